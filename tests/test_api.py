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


def test_runaway_query_is_stopped_while_others_answer(server):
    """A cross join of all triples five times is cut off at the time limit (3 s for the test server);
    a simple query sent meanwhile still answers within a second."""
    import threading
    import time

    runaway = {}

    def send_runaway():
        q = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?p ?o }"
        started = time.perf_counter()
        runaway["response"] = httpx.get(server + "/sparql", params={"query": q}, timeout=30)
        runaway["seconds"] = time.perf_counter() - started

    thread = threading.Thread(target=send_runaway)
    thread.start()
    time.sleep(0.5)
    started = time.perf_counter()
    quick = httpx.get(server + "/sparql", params={"query": "ASK { ?s a td:Report }"}, timeout=10)
    quick_seconds = time.perf_counter() - started
    thread.join()
    assert quick.status_code == 200 and quick.json()["boolean"] is True
    assert quick_seconds < 1.0
    assert runaway["response"].status_code == 503
    assert "time" in runaway["response"].json()["detail"] and runaway["seconds"] < 10
    # the endpoint keeps answering after a worker was stopped
    assert httpx.get(server + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"] is True


def test_default_and_named_graph_uri(server):
    from tiendo.kg.iri import report_iri

    clean = report_iri("002_a7f84dcfe179fb90.txt")
    q = "SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a td:Report }"
    union = httpx.get(server + "/sparql", params={"query": q}).json()
    one = httpx.get(server + "/sparql", params={"query": q, "default-graph-uri": clean}).json()
    assert union["results"]["bindings"][0]["n"]["value"] == "5"
    assert one["results"]["bindings"][0]["n"]["value"] == "1"
    named = httpx.get(server + "/sparql", params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                                   "named-graph-uri": clean}).json()
    assert [b["g"]["value"] for b in named["results"]["bindings"]] == [clean]


def test_service_description_without_query(server):
    resp = httpx.get(server + "/sparql")
    assert resp.status_code == 200 and resp.headers["content-type"].startswith("text/turtle")
    import rdflib

    g = rdflib.Graph().parse(data=resp.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, rdflib.RDF.type, sd.Service) in g


def test_update_and_remote_requests_are_refused(server):
    update = httpx.post(server + "/sparql", content=b"INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                        headers={"content-type": "application/sparql-update"})
    assert update.status_code == 403 and "read-only" in update.json()["detail"]
    form = httpx.post(server + "/sparql", data={"update": "CLEAR ALL"})
    assert form.status_code == 403
    remote = httpx.get(server + "/sparql", params={"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> "
                                                             "{ ?s ?p ?o } }"})
    assert remote.status_code == 403
    assert httpx.get(server + "/sparql", params={"query": "ASK { <urn:a> <urn:b> <urn:c> }"}).json()["boolean"] is False


def test_query_page_is_served_by_the_app(server):
    page = httpx.get(server + "/sparql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    assert "/static/yasgui/yasgui.min.js" in page.text and "http" not in page.text.split("<script>")[1]
    script = httpx.get(server + "/static/yasgui/yasgui.min.js")
    assert script.status_code == 200 and len(script.content) > 100_000
    examples = httpx.get(server + "/sparql/examples").json()
    assert {e["name"] for e in examples} >= {"project_timeline", "who_funds_what"}


def test_sparqlwrapper_xml_select_and_construct_turtle(server):
    from SPARQLWrapper import TURTLE, XML, SPARQLWrapper

    client = SPARQLWrapper(server + "/sparql")
    client.setQuery("""PREFIX td: <https://w3id.org/tiendo/ontology#>
        SELECT ?n WHERE { ?d td:documentNumber ?n FILTER(?n = "236/QĐ-TTg") } LIMIT 1""")
    client.setReturnFormat(XML)
    document = client.query().convert()  # an xml.dom document of SPARQL results
    values = [node.firstChild.data for node in document.getElementsByTagName("literal")]
    assert values == ["236/QĐ-TTg"]
    client.setQuery("""PREFIX td: <https://w3id.org/tiendo/ontology#>
        CONSTRUCT { ?d td:documentNumber ?n } WHERE { ?d td:documentNumber ?n FILTER(?n = "236/QĐ-TTg") }""")
    client.setReturnFormat(TURTLE)
    import rdflib

    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert {str(o) for o in graph.objects()} == {"236/QĐ-TTg"}


def test_rdflib_sparqlstore_reads_through_the_endpoint(server):
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = rdflib.Graph(store=SPARQLStore(server + "/sparql"))
    rows = list(graph.query("""PREFIX td: <https://w3id.org/tiendo/ontology#>
        SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE { ?r a td:Report }"""))
    assert int(rows[0][0]) == 5
    number = rdflib.Literal("111/2024/QH15")
    subjects = set(graph.subjects(rdflib.URIRef("https://w3id.org/tiendo/ontology#documentNumber"), number))
    assert len(subjects) == 1
