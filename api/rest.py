"""REST routes for application developers: projects, entities, timelines, reports (JSON, pydantic).

An entity's `id` is its IRI after https://w3id.org/tiendo/id/, e.g. `project/du-an-tuyen-cao-toc-…`.
Search is accent-insensitive: the query is folded and compared with each entity's folded names.
"""
from __future__ import annotations

import re

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import HTMLResponse
from pyoxigraph import Literal, NamedNode
from pydantic import BaseModel, Field

from tiendo.extract.model import GRAPH_PREDICATES
from tiendo.extract.text import fold_key
from tiendo.kg.iri import ID
from tiendo.kg.store import CANONICAL_GRAPH, is_true

from .cache import answers

router = APIRouter(tags=["rest"])

INITIATIVES = ("Plan", "Planning", "Program", "Project", "Scheme")


class Link(BaseModel):
    predicate: str = Field(examples=["funds"])
    id: str
    label: str | None


class ProjectSummary(BaseModel):
    id: str = Field(examples=["project/du-an-dau-tu-xay-dung-tuyen-cao-toc"])
    iri: str
    type: str = Field(examples=["Project"])
    label: str = Field(examples=["Dự án đầu tư xây dựng tuyến cao tốc"])
    latest_status: str | None = Field(None, examples=["started"])
    as_of: str | None = Field(None, examples=["2024-09-30"])


class ProjectOut(ProjectSummary):
    alt_labels: list[str]
    relations_out: list[Link]
    relations_in: list[Link]
    reports: list[str]


class ProjectPage(BaseModel):
    total: int
    limit: int
    offset: int
    items: list[ProjectSummary]


class MentionOut(BaseModel):
    report: str
    start: int
    end: int
    line: int
    text: str


class EntityOut(BaseModel):
    id: str
    iri: str
    types: list[str]
    label: str | None
    alt_labels: list[str]
    number: str | None = None
    relations_out: list[Link]
    relations_in: list[Link]
    mentions: list[MentionOut]


class Observation(BaseModel):
    as_of: str | None = Field(None, examples=["2024-03-31"])
    status: str = Field(examples=["planned"])
    evidence: str
    progress: str | None = None
    target_date: str | None = None
    report: str


class Timeline(BaseModel):
    id: str
    label: str | None
    observations: list[Observation]


class ReportOut(BaseModel):
    id: str
    iri: str
    file: str
    title: str | None
    kind: str | None
    period_start: str | None
    period_end: str | None
    clean_text: bool
    entities: int


def _store():
    from .app import get_store

    return get_store()


_ID = re.compile(r"[a-z]+/[a-z0-9][a-z0-9-]*")


def iri_of(entity_id: str) -> str:
    """The IRI of an id such as `project/du-an-…`; anything not of that shape names nothing here."""
    short = entity_id[len(ID):] if entity_id.startswith(ID) else entity_id.strip("/")
    if not _ID.fullmatch(short):
        raise HTTPException(404, f"no entity {entity_id!r}: ids look like project/du-an-…")
    return ID + short


def _short(iri: str) -> str:
    return iri[len(ID):] if iri.startswith(ID) else iri


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _rows(sparql: str, **bindings) -> list[dict]:
    """SELECT with VALUES bindings; each row as {variable: value or None}."""
    values = "".join(f" VALUES ?{k} {{ {v} }}" for k, v in bindings.items())
    where = sparql.index("{") + 1
    names, rows = _store().select(sparql[:where] + values + sparql[where:])
    return [dict(zip(names, row)) for row in rows]


def _all_words(key: str, text: str) -> str:
    """A SPARQL condition: every folded word of `text` is a whole word of the folded name `key`."""
    words = fold_key(text).split() or [""]
    return " && ".join(f'CONTAINS(CONCAT(" ", {key}, " "), {Literal(" " + w + " ")})' for w in words)


def _entity(entity_id: str) -> tuple[str, str]:
    """(IRI, its SPARQL term) of an entity the graph holds; 404 otherwise."""
    iri = iri_of(entity_id)
    node = str(NamedNode(iri))
    if not _rows("SELECT ?e WHERE { ?e td:mentionedIn ?r } LIMIT 1", e=node):
        raise HTTPException(404, f"no entity {entity_id!r}")
    return iri, node


@router.get("/projects", response_model=ProjectPage, summary="Search projects, programs, plans and schemes")
def projects(q: str | None = Query(None, description="words of the name, with or without diacritics",
                                   examples=["cao toc"]),
             type: str | None = Query(None, description="Project, Program, Plan, Planning or Scheme"),
             status: str | None = Query(None, description="latest status, e.g. started"),
             place: str | None = Query(None, description="words of a place it is located in"),
             funder: str | None = Query(None, description="words of a funding source"),
             limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> ProjectPage:
    if type is not None and type not in INITIATIVES:
        raise HTTPException(422, f"type must be one of {', '.join(INITIATIVES)}")
    filters = []
    if q:
        filters.append(f"FILTER EXISTS {{ ?e td:searchKey ?k FILTER({_all_words('?k', q)}) }}")
    if place:
        filters.append(f"FILTER EXISTS {{ ?e td:locatedIn/td:searchKey ?pk FILTER({_all_words('?pk', place)}) }}")
    if funder:
        filters.append(f"FILTER EXISTS {{ ?f td:funds ?e ; td:searchKey ?fk FILTER({_all_words('?fk', funder)}) }}")
    types = [type] if type else list(INITIATIVES)
    rows = _rows(f"""
        SELECT DISTINCT ?e ?t ?label ?state ?asOf WHERE {{
          ?e a ?t . FILTER EXISTS {{ ?e td:mentionedIn ?r }} {' '.join(filters)}
          OPTIONAL {{ ?e skos:prefLabel ?label }}
          OPTIONAL {{ GRAPH <{CANONICAL_GRAPH.value}> {{ ?e td:currentObservation ?o }}
                      ?o td:status ?s ; td:asOf ?asOf BIND(STRAFTER(STR(?s), "/status/") AS ?state) }}
        }}""", t=" ".join(f"td:{t}" for t in types))
    # The canonical graph keeps the observations of the latest date; of several on that date, `_latest`
    # picks the same one as on an entity's page.
    latest: dict[str, ProjectSummary] = {}
    observed: dict[str, list[tuple[str, str]]] = {}
    for r in rows:
        if r["e"] not in latest:
            latest[r["e"]] = ProjectSummary(id=_short(r["e"]), iri=r["e"], type=_local(r["t"]),
                                            label=r["label"] or _short(r["e"]))
        if r["state"]:
            observed.setdefault(r["e"], []).append((r["asOf"], r["state"]))
    for iri, observations in observed.items():
        latest[iri].as_of, latest[iri].latest_status = _latest(observations)
    items = [i for i in latest.values() if not status or i.latest_status == status]
    items.sort(key=lambda i: (i.label.casefold(), i.id))
    return ProjectPage(total=len(items), limit=limit, offset=offset, items=items[offset:offset + limit])


@router.get("/projects/{id:path}/timeline", response_model=Timeline, summary="A project's status across reports")
async def timeline(id: str) -> Timeline:
    # async: a kept answer costs microseconds, and one entity's queries a few milliseconds at most,
    # less than a hop through the thread pool under load.
    return answers().answer(("timeline", id), lambda: _timeline(id))


def _timeline(id: str) -> Timeline:
    from tiendo.kg.queries import get

    iri, node = _entity(id)
    label = _rows("SELECT ?l WHERE { ?e skos:prefLabel ?l }", e=node)
    names, rows = _store().select(_unordered(get("project_timeline").render({"project": iri})))
    rows = [dict(zip(names, row)) for row in rows]
    # The named query's order (date, then status; undated first), completed so that ties are stable.
    rows.sort(key=lambda r: (r["asOf"] is not None, r["asOf"] or "", r["status"], r["report"], r["evidence"],
                             r["progress"] or "", r["targetDate"] or ""))
    return Timeline(id=_short(iri), label=label[0]["l"] if label else None, observations=[
        Observation(as_of=r["asOf"], status=r["status"], evidence=r["evidence"], progress=r["progress"],
                    target_date=r["targetDate"], report=_short(r["report"])) for r in rows])


@router.get("/projects/{id:path}", response_model=ProjectOut, summary="A project (or plan, program, scheme): "
            "its name, latest status, relations and reports")
async def project(id: str) -> ProjectOut:
    return answers().answer(("project", id), lambda: _project(id))


def _project(id: str) -> ProjectOut:
    iri, node = _entity(id)
    types = [_local(r["t"]) for r in _rows("SELECT ?t WHERE { ?e a ?t }", e=node) if _local(r["t"]) in INITIATIVES]
    if not types:
        raise HTTPException(404, f"{id!r} is not a project, plan, program, planning or scheme; see /entities/{id}")
    label, alts = _labels(node)
    # The canonical graph keeps the observations of the latest date: a lookup, where reading every
    # observation took 58 ms for a project named in 1,000 reports.
    observed = _rows(f"""SELECT ?asOf ?s WHERE {{ GRAPH <{CANONICAL_GRAPH.value}> {{ ?e td:currentObservation ?o }}
                         ?o td:status ?s ; td:asOf ?asOf }}""", e=node)
    latest = _latest((r["asOf"], _local(r["s"])) for r in observed)
    reports = sorted({r["r"] for r in _rows("SELECT ?r WHERE { GRAPH ?r { ?e td:mentionedIn ?r } }", e=node)})
    out, inc = _relations(node)
    return ProjectOut(id=_short(iri), iri=iri, type=sorted(types)[0], label=label or _short(iri),
                      latest_status=latest[1] if latest else None, as_of=latest[0] if latest else None,
                      alt_labels=alts, relations_out=out, relations_in=inc, reports=[_short(r) for r in reports])


def _latest(observations) -> tuple[str, str] | None:
    """The latest (date, status) of (date, status) pairs; of several statuses on that date, the first by name."""
    best = None
    for as_of, state in observations:
        if best is None or (as_of, best[1]) > (best[0], state):
            best = (as_of, state)
    return best


def _unordered(sparql: str) -> str:
    """A query without its final ORDER BY: Oxigraph sorts at tens of microseconds a row, Python far faster,
    so the routes sort what they return themselves."""
    return re.sub(r"\nORDER BY[^\n]*\s*$", "\n", sparql)


def _labels(node: str) -> tuple[str | None, list[str]]:
    """The one label shown (skos:prefLabel) and every other name reports give."""
    pref = _rows("SELECT ?l WHERE { ?e skos:prefLabel ?l }", e=node)
    label = pref[0]["l"] if pref else None
    alts = sorted({r["l"] for r in _rows("SELECT ?l WHERE { ?e skos:altLabel|rdfs:label ?l }", e=node)} - {label})
    return label, alts


_RELATIONS = " ".join(f"td:{p}" for p in GRAPH_PREDICATES)


def _relations(node: str) -> tuple[list[Link], list[Link]]:
    # EXISTS, not a join: a node named in hundreds of reports would give hundreds of rows to de-duplicate.
    out = _rows(f"SELECT DISTINCT ?p ?o ?l WHERE {{ VALUES ?p {{ {_RELATIONS} }} ?e ?p ?o . "
                f"FILTER EXISTS {{ ?o td:mentionedIn ?any }} OPTIONAL {{ ?o skos:prefLabel ?l }} }}", e=node)
    inc = _rows(f"SELECT DISTINCT ?p ?s ?l WHERE {{ VALUES ?p {{ {_RELATIONS} }} ?s ?p ?e . "
                f"FILTER EXISTS {{ ?s td:mentionedIn ?any }} OPTIONAL {{ ?s skos:prefLabel ?l }} }}", e=node)
    return ([Link(predicate=_local(r["p"]), id=_short(r["o"]), label=r["l"]) for r in out],
            [Link(predicate=_local(r["p"]), id=_short(r["s"]), label=r["l"]) for r in inc])


@router.get("/entities/{id:path}", response_model=EntityOut, summary="Labels, type, relations and mentions")
async def entity(id: str) -> EntityOut:
    return answers().answer(("entity", id), lambda: _entity_out(id))


def _entity_out(id: str) -> EntityOut:
    iri, node = _entity(id)
    types = sorted({_local(r["t"]) for r in _rows("SELECT ?t WHERE { ?e a ?t }", e=node)})
    label, alts = _labels(node)
    number = _rows("SELECT ?n WHERE { ?e td:documentNumber ?n }", e=node)
    out, inc = _relations(node)
    mentions = _rows("""SELECT ?r ?s ?end ?line ?text WHERE { ?e td:mention ?m .
        ?m td:inReport ?r ; td:start ?s ; td:end ?end ; td:line ?line ; td:text ?text } ORDER BY ?r ?s""", e=node)
    return EntityOut(
        id=_short(iri), iri=iri, types=types, label=label, alt_labels=alts,
        number=number[0]["n"] if number else None, relations_out=out, relations_in=inc,
        mentions=[MentionOut(report=_short(r["r"]), start=int(r["s"]), end=int(r["end"]), line=int(r["line"]),
                             text=r["text"]) for r in mentions])


_REPORTS = """
    SELECT ?r ?file ?title ?kind ?ps ?pe ?clean (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?r {
      ?r a td:Report ; td:fileName ?file ; td:cleanText ?clean .
      OPTIONAL { ?r rdfs:label ?title } OPTIONAL { ?r td:reportKind ?kind }
      OPTIONAL { ?r td:periodStart ?ps } OPTIONAL { ?r td:periodEnd ?pe }
      OPTIONAL { ?e td:mentionedIn ?r } } }
    GROUP BY ?r ?file ?title ?kind ?ps ?pe ?clean ORDER BY ?pe ?file"""


def _report(r: dict) -> ReportOut:
    return ReportOut(id=_short(r["r"]), iri=r["r"], file=r["file"], title=r["title"], kind=r["kind"],
                     period_start=r["ps"], period_end=r["pe"], clean_text=is_true(r["clean"]), entities=int(r["n"]))


@router.get("/reports", response_model=list[ReportOut], summary="The reports in the graph, by period")
def reports() -> list[ReportOut]:
    return [_report(r) for r in _rows(_REPORTS)]


@router.get("/reports/{id:path}", response_model=ReportOut, summary="One report")
def report(id: str) -> ReportOut:
    found = _rows(_REPORTS, r=str(NamedNode(iri_of(id))))
    if not found:
        raise HTTPException(404, f"no report {id!r}")
    return _report(found[0])


@router.get("/graph", response_class=HTMLResponse, summary="The whole graph as an interactive page (offline)")
def graph_page(types: str | None = Query(None, description="comma-separated entity types to keep"),
               relations: str | None = Query(None, description="comma-separated relations to keep")) -> HTMLResponse:
    from tiendo.kg.viz import page

    return HTMLResponse(page(_store(), None, types=_set(types), predicates=_set(relations)))


@router.get("/graph/{id:path}", response_class=HTMLResponse, summary="An entity's neighbourhood as a page")
def neighbourhood_page(id: str, hops: int = Query(1, ge=1, le=4),
                       types: str | None = Query(None, description="comma-separated entity types to keep"),
                       relations: str | None = Query(None, description="comma-separated relations to keep")
                       ) -> HTMLResponse:
    from tiendo.kg.viz import page

    iri = iri_of(id)
    try:
        return HTMLResponse(page(_store(), iri, hops, _set(types), _set(relations)))
    except KeyError:
        raise HTTPException(404, f"no entity {id!r} in the graph") from None


def _set(csv: str | None) -> set[str] | None:
    return {part.strip() for part in csv.split(",") if part.strip()} if csv else None
