"""The SPARQL query operation (SPARQL 1.1 Protocol): GET ?query=, POST form, POST sparql-query."""
from __future__ import annotations

from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

router = APIRouter(tags=["sparql"])

RESULT_TYPES = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}


def problem(status: int, title: str, detail: str) -> JSONResponse:
    return JSONResponse({"title": title, "status": status, "detail": detail}, status_code=status,
                        media_type="application/problem+json")


def _accepted(accept: str, offered: dict[str, str], default: str) -> str | None:
    """The first offered media type the Accept header allows (by q order), or None."""
    if not accept.strip():
        return default
    ranked = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, fields[0].lower()))
    for neg_q, _, media in sorted(ranked):
        if neg_q == 0:
            continue
        if media in offered:
            return media
        if media in ("*/*", "application/*"):
            return default
    return None


@router.api_route("/sparql", methods=["GET", "POST"])
async def sparql(request: Request) -> Response:
    from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

    from .app import get_store

    query = request.query_params.get("query")
    if request.method == "POST":
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8", errors="replace")
        if ctype == "application/x-www-form-urlencoded":
            query = (parse_qs(body).get("query") or [None])[0]
        elif ctype == "application/sparql-query":
            query = body
        else:
            return problem(415, "Unsupported media type",
                           "POST a query as application/x-www-form-urlencoded or application/sparql-query")
    if not query:
        return problem(400, "Missing query", "give the SPARQL query in the `query` parameter")
    try:
        result = get_store().query(query)
    except SyntaxError as exc:
        return problem(400, "Malformed query", str(exc))
    accept = request.headers.get("accept", "")
    if isinstance(result, (QuerySolutions, QueryBoolean)):
        media = _accepted(accept, RESULT_TYPES, "application/sparql-results+json")
        if media is None:
            return problem(406, "Not acceptable", f"results are offered as {', '.join(RESULT_TYPES)}")
        fmt = getattr(QueryResultsFormat, RESULT_TYPES[media].upper())
        return Response(result.serialize(format=fmt), media_type=fmt.media_type)
    media = _accepted(accept, GRAPH_TYPES, "text/turtle")
    if media is None:
        return problem(406, "Not acceptable", f"graphs are offered as {', '.join(GRAPH_TYPES)}")
    fmt = getattr(RdfFormat, GRAPH_TYPES[media])
    return Response(result.serialize(format=fmt), media_type=fmt.media_type)
