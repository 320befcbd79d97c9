"""The SPARQL query operation (SPARQL 1.1 Protocol): GET ?query=, POST form, POST sparql-query.

Queries run in worker processes under a time and size limit (see `executor`); `default-graph-uri`
and `named-graph-uri` choose the dataset (by default the union of all report graphs); a GET without
a query answers the service description. Update is refused unless the server was started with an
update token and the request carries it; the endpoint never makes outside requests.
"""
from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from tiendo.kg.remote import RemoteStoreError
from tiendo.kg.store import PREFIXES

from .executor import QueryRefused
from .executor import Request as QueryRequest

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


SERVICE_DESCRIPTION = """@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix td: <https://w3id.org/tiendo/ontology#> .

[] a sd:Service ;
   sd:endpoint <{endpoint}> ;
   sd:supportedLanguage sd:SPARQL11Query ;
   sd:resultFormat <http://www.w3.org/ns/formats/SPARQL_Results_JSON> , <http://www.w3.org/ns/formats/SPARQL_Results_XML> ,
       <http://www.w3.org/ns/formats/SPARQL_Results_CSV> , <http://www.w3.org/ns/formats/SPARQL_Results_TSV> ,
       <http://www.w3.org/ns/formats/Turtle> , <http://www.w3.org/ns/formats/N-Triples> ,
       <http://www.w3.org/ns/formats/JSON-LD> , <http://www.w3.org/ns/formats/RDF_XML> ;
   sd:feature sd:UnionDefaultGraph ;
   sd:defaultDataset [ a sd:Dataset ; sd:defaultGraph [ a sd:Graph ] ] .
"""
RESULT_FORMATS = {"json": "JSON", "xml": "XML", "csv": "CSV", "tsv": "TSV"}
# Server-side requests to arbitrary URLs are not made for anyone who can reach the endpoint, unless the
# operator sets TIENDO_ALLOW_REMOTE=1. Keywords are looked for outside strings, IRIs and comments, so a
# query that merely mentions the word (FILTER(CONTAINS(?label, "load")), ?service) is not refused.
_REMOTE = re.compile(r"(?<![?$\w])(SERVICE|LOAD)\b", re.IGNORECASE)
_NOT_KEYWORDS = re.compile(  # a backslash before a quote or '#' is a prefixed name's escape (ex:a\#), not a string or comment
    r'(?<!\\)(?:"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*)'
    r'|<[^<>"{}|^`\\\s]*>')


def reaches_out(text: str) -> bool:
    """True when a query or update would make this server fetch another URL and that is not allowed."""
    if os.environ.get("TIENDO_ALLOW_REMOTE", "").lower() in ("1", "true", "yes"):
        return False
    return bool(_REMOTE.search(_NOT_KEYWORDS.sub(" ", text)))


STATIC = Path(__file__).resolve().parent / "static"


@router.get("/sparql/examples", summary="The named queries of kg/queries, for the query page")
def examples() -> list[dict]:
    from tiendo.kg.queries import named_queries

    return [{"name": q.name, "description": q.description, "query": q.text} for q in named_queries().values()]


@router.api_route("/sparql", methods=["GET", "POST"])
@router.api_route("/sparql/", methods=["GET", "POST"], include_in_schema=False)
async def sparql(request: Request) -> Response:
    from .app import get_executor

    params = {k: request.query_params.getlist(k) for k in request.query_params}
    if "update" in params:
        return problem(405, "Method not allowed", "an update is sent with POST, never in a GET query string")
    query = (params.get("query") or [None])[0]
    if request.method == "POST":
        ctype, _, options = request.headers.get("content-type", "").partition(";")
        ctype = ctype.strip().lower()
        charset = options.lower().replace(" ", "").partition("charset=")[2].strip('"') or "utf-8"
        if charset not in ("utf-8", "utf8"):
            return problem(415, "Unsupported charset", f"send the request body as UTF-8, not {charset}")
        try:
            text = (await request.body()).decode("utf-8")
        except UnicodeDecodeError as exc:
            return problem(400, "Invalid encoding", f"the request body is not UTF-8 (byte {exc.start})")
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(text)
            if "update" in form:
                if len(form["update"]) > 1 or "query" in form:
                    return problem(400, "Several operations", "send one update per request")
                return await _update(request, form["update"][0])
            params.update(form)
            query = (form.get("query") or [None])[0]
            if len(form.get("query", [])) > 1:
                return problem(400, "Several queries", "send one query per request")
        elif ctype == "application/sparql-query":
            query = text
        elif ctype == "application/sparql-update":
            return await _update(request, text)
        else:
            return problem(415, "Unsupported media type",
                           "POST a query as application/x-www-form-urlencoded or application/sparql-query")
    if query is None and request.method == "GET":
        if _accepted(request.headers.get("accept", ""), {"text/html": "html"}, "") == "text/html":
            return FileResponse(STATIC / "sparql.html", media_type="text/html")
        endpoint = str(request.url).split("?")[0]
        return Response(SERVICE_DESCRIPTION.format(endpoint=endpoint), media_type="text/turtle")
    if len(params.get("query", [])) > 1:
        return problem(400, "Several queries", "send one query per request")
    if not query:
        return problem(400, "Missing query", "give the SPARQL query in the `query` parameter")
    if reaches_out(query):
        return problem(403, "Remote access refused", "SERVICE and LOAD would make this server fetch other URLs; "
                       "they are disabled unless the server is started with TIENDO_ALLOW_REMOTE=1")
    accept = request.headers.get("accept", "")
    results_media = _accepted(accept, RESULT_TYPES, "application/sparql-results+json")
    graph_media = _accepted(accept, GRAPH_TYPES, "text/turtle")
    req = QueryRequest(query, RESULT_FORMATS[RESULT_TYPES[results_media]] if results_media else None,
                       GRAPH_TYPES[graph_media] if graph_media else None,
                       tuple(params.get("default-graph-uri", [])), tuple(params.get("named-graph-uri", [])),
                       str(request.url).split("?")[0])
    try:
        body, media_type = await asyncio.to_thread(get_executor().run, req)
    except QueryRefused as exc:
        return problem(exc.status, exc.title, exc.detail)
    return Response(body, media_type=media_type)


async def _update(request: Request, update: str) -> Response:
    """SPARQL Update, only on a server started with an update token and only with that token."""
    from fastapi import HTTPException

    from .app import get_store, store_changed
    from .uploads import WRITE_LOCK, authorize

    try:
        authorize(request.headers.get("authorization"))
    except HTTPException as exc:
        return problem(exc.status_code, "Update refused", f"SPARQL Update: {exc.detail}")
    if reaches_out(update):
        return problem(403, "Remote access refused", "LOAD and SERVICE would make this server fetch other URLs; "
                       "they are disabled unless the server is started with TIENDO_ALLOW_REMOTE=1")
    store = get_store()

    def run() -> None:
        with WRITE_LOCK:
            store.store.update(update, prefixes=PREFIXES)  # the same predeclared prefixes as queries
            store.flush()
    try:
        await asyncio.to_thread(run)
    except SyntaxError as exc:
        return problem(400, "Malformed update", str(exc))
    except RemoteStoreError as exc:  # the remote server's refusal, with its status when it is the client's fault
        return problem(exc.status if 400 <= exc.status < 500 else 502, "Update failed", str(exc))
    store_changed()
    return Response(status_code=204)
