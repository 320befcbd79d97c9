"""What extraction produces: entities with mentions, relations and statuses, all with spans."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

ENTITY_TYPES = (
    "Plan", "Planning", "Program", "Project", "Scheme", "Resolution", "Decision", "Directive", "Law",
    "LegalDocument", "Organization", "Place", "FundingSource", "Issue",
)
LEGAL_TYPES = {"Resolution", "Decision", "Directive", "Law", "LegalDocument"}
INITIATIVE_TYPES = {"Plan", "Planning", "Program", "Project", "Scheme"}
# The relations of the annotation schema, which `annotate` writes ...
PREDICATES = ("funds", "implements", "delayedBy", "approvedBy", "issuedBy", "partOf", "locatedIn", "replaces")
# ... and the graph's, with what the schema has no word for: an initiative's investor ("chủ đầu tư")
GRAPH_PREDICATES = (*PREDICATES, "investedBy")
STATUSES = ("proposed", "approved", "procurement", "started", "in_progress", "completed", "delayed",
            "suspended", "planned")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str          # exactly source[start:end]


@dataclass
class Entity:
    id: str
    type: str
    label: str
    key: str                         # identity key within one report (folded name or legal number)
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    number: str | None = None        # legal documents: canonical number, e.g. 415/QĐ-TTg
    date: str | None = None          # legal documents: YYYY-MM-DD when stated

    def rename(self, rename: Callable[[str], str], label: str | None = None) -> None:
        """Every name respelt by `rename` (the label as `label` when given), aliases that now equal the label
        or each other dropped."""
        self.label = rename(self.label) if label is None else label
        self.aliases = list(dict.fromkeys(a for a in map(rename, self.aliases) if a != self.label))


@dataclass(frozen=True)
class Relation:
    s: str
    p: str
    o: str
    evidence: Mention


@dataclass(frozen=True)
class Status:
    entity: str
    status: str
    evidence: Mention
    target_date: str | None = None
    progress: str | None = None


@dataclass
class DocumentMeta:
    title: str | None = None
    kind: str = "report"
    number: str | None = None
    issuer: str | None = None
    province: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    issued: str | None = None


@dataclass
class Extraction:
    source: str
    sha256: str
    text: str
    meta: DocumentMeta
    clean: bool = True                # the text has intact Vietnamese letters (not OCR-damaged)
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    statuses: list[Status] = field(default_factory=list)
