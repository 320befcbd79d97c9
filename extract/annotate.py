"""Write an extraction in the annotation format of the gold standard (one JSON per report).

Mentions are given by line: a mention that wraps over lines becomes one mention per line piece,
each an exact substring of its line, as the annotation schema asks.
"""
from __future__ import annotations

from .model import PREDICATES, Extraction, Mention
from .text import Lines


def _line_mentions(doc: Lines, mention: Mention) -> list[dict]:
    out = []
    for line, start, end in doc.line_pieces(mention.start, mention.end):
        text = doc.text[start:end].strip()
        if text:
            out.append({"line": line, "text": text})
    return out


def to_annotation(ex: Extraction, iris: dict[str, str] | None = None) -> dict:
    doc = Lines(ex.text)
    entities = []
    for e in ex.entities:
        item = {"id": e.id, "type": e.type, "label": e.label, "aliases": e.aliases,
                "mentions": [m for mention in e.mentions for m in _line_mentions(doc, mention)]}
        if e.number:
            item["number"] = e.number
        if e.date:
            item["date"] = e.date
        if iris and e.id in iris:
            item["iri"] = iris[e.id]
        entities.append(item)
    relations = []
    for r in ex.relations:
        if r.p not in PREDICATES:
            continue  # the graph's own relations (an investor) have no place in the annotation schema
        first = _line_mentions(doc, r.evidence)[:1] or [{"line": doc.line_of(r.evidence.start), "text": ""}]
        relations.append({"s": r.s, "p": r.p, "o": r.o, **first[0]})
    statuses = []
    for s in ex.statuses:
        first = _line_mentions(doc, s.evidence)[:1] or [{"line": doc.line_of(s.evidence.start), "text": ""}]
        statuses.append({"entity": s.entity, "status": s.status, **first[0], "target_date": s.target_date,
                         "progress": s.progress})
    meta = ex.meta
    return {
        "source": ex.source,
        "document": {"title": meta.title, "kind": meta.kind, "number": meta.number, "issuer": meta.issuer,
                     "period_start": meta.period_start, "period_end": meta.period_end, "issued": meta.issued},
        "entities": entities,
        "relations": relations,
        "statuses": statuses,
    }
