"""Safe by default: no CORS, no server-side requests (SERVICE, LOAD), bounded results; each opened only by
an explicit setting (docs/security.md)."""
import httpx
import pytest

from conftest import AUTH, TOKEN, start_server, stop_server

ORIGIN = "http://evil.example"
FEDERATED = "SELECT ?label WHERE {{ SERVICE <{endpoint}> {{ ?r a <https://w3id.org/tiendo/ontology#Report> ; " \
            "<http://www.w3.org/2000/01/rdf-schema#label> ?label }} }}"


@pytest.fixture(scope="module")
def opened(built_store, tmp_path_factory):
    """The same graph served with CORS for one origin, remote access allowed and a small result limit."""
    path = tmp_path_factory.mktemp("opened") / "store"
    built_store.store.backup(str(path))
    base, proc = start_server(path, TIENDO_CORS_ORIGINS="https://planning.example", TIENDO_ALLOW_REMOTE="1",
                              TIENDO_MAX_RESULT_BYTES="20000", TIENDO_UPDATE_TOKEN=TOKEN)
    yield base
    stop_server(proc)


def test_cors_is_closed_by_default(server):
    simple = httpx.get(server + "/health", headers={"Origin": ORIGIN})
    assert simple.status_code == 200 and "access-control-allow-origin" not in simple.headers
    preflight = httpx.options(server + "/sparql", headers={"Origin": ORIGIN, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_cors_opens_only_to_the_configured_origins(opened):
    allowed = httpx.get(opened + "/health", headers={"Origin": "https://planning.example"})
    assert allowed.headers["access-control-allow-origin"] == "https://planning.example"
    preflight = httpx.options(opened + "/sparql", headers={"Origin": "https://planning.example",
                                                           "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]
    other = httpx.get(opened + "/health", headers={"Origin": ORIGIN})
    assert "access-control-allow-origin" not in other.headers


def test_service_and_load_are_refused_by_default_however_written(server):
    for query in ["SELECT * WHERE { service <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
                  "PREFIX ex: <http://e/> SELECT * { ?s ex:a\\# SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
                  "SELECT * WHERE { SeRvIcE\n<http://127.0.0.1:9/sparql>{?s ?p ?o} }"]:
        refused = httpx.get(server + "/sparql", params={"query": query})
        assert refused.status_code == 403 and "TIENDO_ALLOW_REMOTE" in refused.json()["detail"], query
    # The word itself, in a string, a variable or an IRI, is no remote access.
    harmless = 'SELECT ?load WHERE { ?s <urn:x:SERVICE> ?load FILTER(CONTAINS(STR(?load), "LOAD service")) }'
    assert httpx.get(server + "/sparql", params={"query": harmless}).status_code == 200


def test_load_is_refused_even_with_the_token_unless_allowed(tmp_path, built_store):
    built_store.store.backup(str(tmp_path / "store"))
    base, proc = start_server(tmp_path / "store", TIENDO_UPDATE_TOKEN=TOKEN)
    try:
        load = httpx.post(base + "/sparql", data={"update": "LOAD <http://127.0.0.1:9/data.ttl>"}, headers=AUTH)
        assert load.status_code == 403 and "TIENDO_ALLOW_REMOTE" in load.json()["detail"]
    finally:
        stop_server(proc)


def test_service_works_when_the_operator_allows_it(opened, server):
    federated = httpx.get(opened + "/sparql", params={"query": FEDERATED.format(endpoint=server + "/sparql")},
                          timeout=60)
    assert federated.status_code == 200, federated.text
    assert len(federated.json()["results"]["bindings"]) == 5  # the five reports, fetched from the other server


def test_results_over_the_size_limit_are_refused_not_truncated(opened):
    big = httpx.get(opened + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert big.status_code == 413 and "limit of 20000" in big.json()["detail"]
    small = httpx.get(opened + "/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 5"})
    assert small.status_code == 200 and len(small.json()["results"]["bindings"]) == 5
