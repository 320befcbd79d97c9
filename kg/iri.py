"""Stable IRIs: the same real-world thing gets the same IRI in every report.

Legal documents are named by their normalised number; other entities by their type and folded
name; reports by their file name. Namespaces follow the ontology: things under /id/.
"""
from __future__ import annotations

import re

from tiendo.extract.text import fold_key

ONTOLOGY = "https://w3id.org/tiendo/ontology#"
STATUS = "https://w3id.org/tiendo/status/"
ID = "https://w3id.org/tiendo/id/"

_TYPE_PATH = {
    "Plan": "plan", "Planning": "planning", "Program": "program", "Project": "project", "Scheme": "scheme",
    "Resolution": "resolution", "Decision": "decision", "Directive": "directive", "Law": "law",
    "LegalDocument": "document", "Organization": "org", "Place": "place", "FundingSource": "funding",
    "Issue": "issue",
}


def slug(text: str, limit: int = 90) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_key(text)).strip("-")[:limit].strip("-") or "x"


def entity_iri(etype: str, label: str, number: str | None = None) -> str:
    if number:
        return f"{ID}{_TYPE_PATH[etype]}/{slug(number)}"
    return f"{ID}{_TYPE_PATH[etype]}/{slug(label)}"


def report_iri(source: str) -> str:
    stem = source.rsplit(".", 1)[0] if "." in source else source
    return f"{ID}report/{slug(stem)}"
