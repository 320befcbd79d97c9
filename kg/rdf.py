"""Turn one report's extraction into quads in that report's named graph.

Everything the report says goes into the graph named by the report's IRI, so that
`GRAPH ?report { … }` tells where a statement came from and removing a report removes exactly
its statements. Each entity, relation and status links to the mentions that support it.
"""
from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from tiendo.extract.model import Extraction, Mention
from tiendo.extract.text import Lines

from .iri import ID, ONTOLOGY, STATUS, report_iri
from .resolve import Resolver

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
SKOS_ALT = NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
RDF_STATEMENT = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
RDF_SUBJECT = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
RDF_PREDICATE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
RDF_OBJECT = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")
XSD = "http://www.w3.org/2001/XMLSchema#"


def td(name: str) -> NamedNode:
    return NamedNode(ONTOLOGY + name)


def vi(text: str) -> Literal:
    return Literal(text, language="vi")


def date_literal(value: str) -> Literal:
    kind = {10: "date", 7: "gYearMonth", 4: "gYear"}.get(len(value))
    return Literal(value, datatype=NamedNode(XSD + kind)) if kind else Literal(value)


def integer(value: int) -> Literal:
    return Literal(str(value), datatype=NamedNode(XSD + "integer"))


def extraction_quads(ex: Extraction, resolver: Resolver | None = None) -> tuple[NamedNode, list[Quad], dict[str, str]]:
    """Return (report graph, its quads, entity id → IRI); IRIs come from `resolver` (a fresh one by default)."""
    resolver = resolver or Resolver()
    iris = resolver.resolve(ex)
    report = NamedNode(report_iri(ex.source))
    graph = report
    doc = Lines(ex.text)
    quads: list[Quad] = []

    def add(s, p, o) -> None:
        quads.append(Quad(s, p, o, graph))

    meta = ex.meta
    add(report, RDF_TYPE, td("Report"))
    add(report, td("fileName"), Literal(ex.source))
    add(report, td("contentHash"), Literal(ex.sha256))
    add(report, td("reportKind"), Literal(meta.kind))
    add(report, td("cleanText"), Literal("true" if ex.clean else "false", datatype=NamedNode(XSD + "boolean")))
    if meta.title:
        add(report, RDFS_LABEL, vi(meta.title))
    for prop, value in (("periodStart", meta.period_start), ("periodEnd", meta.period_end), ("issued", meta.issued)):
        if value:
            add(report, td(prop), date_literal(value))
    if meta.number:
        add(report, td("documentNumber"), Literal(meta.number))
    if meta.issuer:
        issuer = NamedNode(resolver.iri_for("Organization", meta.issuer, ex.clean))
        add(report, td("issuedBy"), issuer)
        add(issuer, RDF_TYPE, td("Organization"))
        add(issuer, RDFS_LABEL, vi(meta.issuer))

    def mention_node(m: Mention) -> NamedNode:
        node = NamedNode(f"{report.value}/mention/{m.start}-{m.end}")
        add(node, RDF_TYPE, td("Mention"))
        add(node, td("inReport"), report)
        add(node, td("start"), integer(m.start))
        add(node, td("end"), integer(m.end))
        add(node, td("line"), integer(doc.line_of(m.start)))
        add(node, td("text"), Literal(m.text))
        return node

    for e in ex.entities:
        node = NamedNode(iris[e.id])
        add(node, RDF_TYPE, td(e.type))
        add(node, RDFS_LABEL, vi(e.label))
        for alias in e.aliases:
            add(node, SKOS_ALT, vi(alias))
        if e.number:
            add(node, td("documentNumber"), Literal(e.number))
        if e.date:
            add(node, td("documentDate"), date_literal(e.date))
        add(node, td("mentionedIn"), report)
        for m in e.mentions:
            add(node, td("mention"), mention_node(m))

    for i, r in enumerate(ex.relations, 1):
        s, o = NamedNode(iris[r.s]), NamedNode(iris[r.o])
        add(s, td(r.p), o)
        statement = NamedNode(f"{report.value}/relation/{i}")
        add(statement, RDF_TYPE, RDF_STATEMENT)
        add(statement, RDF_SUBJECT, s)
        add(statement, RDF_PREDICATE, td(r.p))
        add(statement, RDF_OBJECT, o)
        add(statement, td("evidence"), mention_node(r.evidence))

    for i, st in enumerate(ex.statuses, 1):
        obs = NamedNode(f"{report.value}/status/{i}")
        subject = NamedNode(iris[st.entity])
        add(subject, td("hasStatus"), obs)
        add(obs, RDF_TYPE, td("StatusObservation"))
        add(obs, td("status"), NamedNode(STATUS + st.status))
        add(obs, td("observedIn"), report)
        if meta.period_end:
            add(obs, td("asOf"), date_literal(meta.period_end))
        add(obs, td("evidence"), mention_node(st.evidence))
        if st.target_date:
            add(obs, td("targetDate"), Literal(st.target_date))
        if st.progress:
            add(obs, td("progress"), Literal(st.progress))
    return graph, _unique(quads), iris


def _unique(quads: list[Quad]) -> list[Quad]:
    return list(dict.fromkeys(quads))


__all__ = ["extraction_quads", "ID"]
