"""A remote triple store behind the SPARQL 1.1 Protocol and the Graph Store HTTP Protocol.

`RemoteStore` offers the part of `pyoxigraph.Store` that `GraphStore` uses, so the graph can live in any
SPARQL 1.1 server (Virtuoso, Fuseki, GraphDB…) instead of the embedded store. Its location is written

    sparql+http://user:password@host:port/sparql?update=/update&gsp=/data

The path is the query endpoint; `update` and `gsp` (the Graph Store endpoint) default to it, as on
Fuseki, and may be paths on the same host or full URLs. Credentials in the URL answer HTTP Digest or
Basic challenges. Report graphs are written whole by a Graph Store PUT (one named graph per report);
everything else goes through SPARQL Update. Results come back as SPARQL XML or an RDF graph and are parsed
into pyoxigraph's own types, so callers cannot tell the two stores apart.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit, urlunsplit

import httpx
from pyoxigraph import (NamedNode, Quad, QueryBoolean, QueryResultsFormat, RdfFormat, parse,
                        parse_query_results, serialize)

SCHEMES = {"sparql+http": "http", "sparql+https": "https"}
_RESULTS_XML = "application/sparql-results+xml"
# Graph answers: RDF/XML is what Virtuoso offers whatever else is asked; Turtle for the others.
_GRAPH_TYPES = {"application/rdf+xml": RdfFormat.RDF_XML, "text/turtle": RdfFormat.TURTLE,
                "application/n-triples": RdfFormat.N_TRIPLES}
_ACCEPT = f"{_RESULTS_XML}, application/rdf+xml;q=0.9, text/turtle;q=0.8, application/n-triples;q=0.7"


def is_remote(location: str | Path) -> bool:
    return str(location).split("://", 1)[0] in SCHEMES


class RemoteStoreError(RuntimeError):
    """The remote store refused a request or could not be reached; `status` is its HTTP status (0: unreachable)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class Triples(list):
    """The triples of a CONSTRUCT or DESCRIBE answer, serialisable like pyoxigraph's QueryTriples."""

    def serialize(self, output=None, format: RdfFormat = RdfFormat.N_TRIPLES):
        return serialize(self, output, format)


class _ChallengeAuth(httpx.Auth):
    """Answer whichever challenge the server sends: Digest (Virtuoso's /sparql-auth) or Basic."""

    def __init__(self, user: str, password: str) -> None:
        self.basic, self.digest = httpx.BasicAuth(user, password), httpx.DigestAuth(user, password)

    def auth_flow(self, request):
        response = yield request
        if response.status_code != 401:
            return
        challenge = response.headers.get("www-authenticate", "").lower()
        scheme = self.digest if challenge.startswith("digest") else self.basic
        flow = scheme.auth_flow(request)
        retried = next(flow)
        if scheme is self.digest:  # digest needs the challenge it answers
            retried = flow.send(response)
        yield retried


class RemoteStore:
    def __init__(self, location: str, timeout: float = 60.0, graph_prefix: str = "https://w3id.org/tiendo/") -> None:
        scheme, rest = str(location).split("://", 1)
        if scheme not in SCHEMES:
            raise ValueError(f"{location!r} is not a remote store location: it must begin with sparql+http:// "
                             "or sparql+https://")
        parts = urlsplit(f"{SCHEMES[scheme]}://{rest}")
        if not parts.hostname:
            raise ValueError(f"{location!r} names no host")
        options = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        self.endpoint = urlunsplit((parts.scheme, netloc, parts.path or "/", "", ""))
        self.update_endpoint = urljoin(self.endpoint, options.get("update", self.endpoint))
        self.graph_endpoint = urljoin(self.endpoint, options.get("gsp", self.endpoint))
        self.graph_prefix = graph_prefix  # only graphs under it are counted and dumped: servers keep their own too
        auth = _ChallengeAuth(parts.username or "", parts.password or "") if parts.username else None
        self.client = httpx.Client(auth=auth, timeout=timeout)

    def __repr__(self) -> str:  # never the password
        return f"RemoteStore({self.endpoint})"

    # --- the protocol ------------------------------------------------------------------------------
    def _send(self, method: str, url: str, **kwargs) -> httpx.Response:
        try:
            response = self.client.request(method, url, **kwargs)
        except httpx.TimeoutException:
            raise RemoteStoreError(504, f"the SPARQL store at {url} did not answer in time") from None
        except httpx.HTTPError as exc:
            raise RemoteStoreError(0, f"cannot reach the SPARQL store at {url}: {exc}") from None
        if response.status_code >= 400:
            raise RemoteStoreError(response.status_code, f"the SPARQL store at {url} answered "
                                   f"{response.status_code}: {_gist(response.text)}")
        return response

    def query(self, sparql: str, prefixes: dict[str, str] | None = None, use_default_graph_as_union: bool = True,
              default_graph=None, named_graphs=None, base_iri: str | None = None, timeout: float | None = None):
        """SELECT and ASK answer pyoxigraph QuerySolutions / QueryBoolean; CONSTRUCT and DESCRIBE, Triples.

        The server's default graph is taken to be the union of its graphs, as Virtuoso's and Fuseki's
        (with unionDefaultGraph) are."""
        prologue = _prologue(prefixes)
        if base_iri:
            prologue = f"BASE <{base_iri}>\n" + prologue
        data = {"query": prologue + sparql, "default-graph-uri": _graphs(default_graph),
                "named-graph-uri": _graphs(named_graphs)}
        extra = {"timeout": timeout} if timeout else {}
        response = self._send("POST", self.endpoint, data=data,
                              headers={"Accept": _ACCEPT}, **extra)
        media = response.headers.get("content-type", "").split(";")[0].strip()
        if media in _GRAPH_TYPES:
            return Triples(parse(response.content, _GRAPH_TYPES[media]))
        if media not in (_RESULTS_XML, "application/xml"):
            raise RemoteStoreError(502, f"the SPARQL store at {self.endpoint} answered {media or 'no media type'}, "
                                   "not SPARQL results XML or an RDF graph")
        return _boolean_if_ask(parse_query_results(response.content, QueryResultsFormat.XML))

    def update(self, update: str, prefixes: dict[str, str] | None = None) -> None:
        self._send("POST", self.update_endpoint, data={"update": _prologue(prefixes) + update})

    def put_graph(self, graph: NamedNode, ntriples: str) -> None:
        """Replace one named graph (Graph Store Protocol PUT)."""
        self._send("PUT", self.graph_endpoint, params={"graph": graph.value}, content=ntriples.encode("utf-8"),
                   headers={"Content-Type": "application/n-triples"})

    # --- what GraphStore asks of a store -----------------------------------------------------------
    def contains_named_graph(self, graph: NamedNode) -> bool:
        answer = self.query(f"ASK {{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }}")
        return bool(answer) if isinstance(answer, QueryBoolean) else False

    def load(self, path: str, format: RdfFormat, to_graph: NamedNode) -> None:
        triples = parse(path=path, format=format)
        self.put_graph(to_graph, serialize(triples, format=RdfFormat.N_TRIPLES).decode("utf-8"))

    def quads(self):
        """Every quad of the graphs under graph_prefix (the server's own graphs left out)."""
        rows = self.query(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                          f"FILTER(STRSTARTS(STR(?g), \"{self.graph_prefix}\")) }}")
        return [Quad(row["s"], row["p"], row["o"], row["g"]) for row in rows]

    def __len__(self) -> int:
        rows = list(self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} "
                               f"FILTER(STRSTARTS(STR(?g), \"{self.graph_prefix}\")) }}"))
        return int(rows[0]["n"].value)

    def dump(self, output, format: RdfFormat) -> None:
        serialize(self.quads(), output, format)

    def flush(self) -> None:
        """Nothing to do: the server made each request durable before answering."""

    def close(self) -> None:
        self.client.close()


def _prologue(prefixes: dict[str, str] | None) -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in (prefixes or {}).items())


def _boolean_if_ask(result):
    """Virtuoso may answer ASK as a table with one variable, __ASK_RETVAL, and a row when true."""
    if isinstance(result, QueryBoolean) or [v.value for v in result.variables] != ["__ASK_RETVAL"]:
        return result
    answer = "true" if any(True for _ in result) else "false"
    return parse_query_results(f'{{"head":{{}},"boolean":{answer}}}', QueryResultsFormat.JSON)


def _graphs(graphs) -> list[str]:
    if graphs is None:
        return []
    return [g.value for g in (graphs if isinstance(graphs, (list, tuple)) else [graphs])]


def _gist(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit] + "…"
