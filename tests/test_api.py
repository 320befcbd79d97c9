"""The HTTP API with real clients against uvicorn on a loopback port."""
import httpx


def test_health(server):
    body = httpx.get(server + "/health").json()
    assert body["status"] == "ok" and body["reports"] == 5 and body["quads"] > 5000


def test_sparql_get_json(server):
    q = "SELECT ?r WHERE { GRAPH ?r { ?r a td:Report } }"
    resp = httpx.get(server + "/sparql", params={"query": q})
    assert resp.status_code == 200
    assert resp.headers["content-type"].startswith("application/sparql-results+json")
    assert len(resp.json()["results"]["bindings"]) == 5


def test_sparql_post_forms(server):
    q = 'ASK { ?d td:documentNumber "111/2024/QH15" }'
    form = httpx.post(server + "/sparql", data={"query": q})
    direct = httpx.post(server + "/sparql", content=q.encode(), headers={"content-type": "application/sparql-query"})
    assert form.json()["boolean"] is True and direct.json()["boolean"] is True


def test_sparql_errors_are_problem_details(server):
    bad = httpx.get(server + "/sparql", params={"query": "SELECT WHERE {"})
    assert bad.status_code == 400 and bad.headers["content-type"] == "application/problem+json"
    assert "detail" in bad.json()
    none = httpx.get(server + "/sparql", params={"query": "ASK {}"}, headers={"accept": "image/png"})
    assert none.status_code == 406


def test_sparqlwrapper_client(server):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setQuery("""PREFIX td: <https://w3id.org/tiendo/ontology#>
        SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a td:Project }""")
    client.setReturnFormat(JSON)
    result = client.query().convert()
    assert int(result["results"]["bindings"][0]["n"]["value"]) >= 20


def test_construct_as_turtle(server):
    resp = httpx.get(server + "/sparql", params={"query": "CONSTRUCT { ?d td:documentNumber ?n } WHERE { SELECT DISTINCT"
                                                          " ?d ?n WHERE { ?d td:documentNumber ?n } LIMIT 5 }"},
                     headers={"accept": "text/turtle"})
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/turtle")
    import rdflib

    assert len(rdflib.Graph().parse(data=resp.text, format="turtle")) == 5
