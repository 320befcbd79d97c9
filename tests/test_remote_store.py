"""The remote store: `tiendo build --store sparql+http://…` into a real Virtuoso, and the API serving from it.

Virtuoso Open Source comes from Debian (`virtuoso-opensource`, installed by .ci/run). Where it is not
installed the tests are skipped with that reason, unless TIENDO_REQUIRE_VIRTUOSO=1 (set by CI) makes the
absence a failure.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import httpx
import pytest

from conftest import AUTH, REPORTS, TOKEN, _free_port, start_server, stop_server, upload

VIRTUOSO = shutil.which("virtuoso-t")
if VIRTUOSO is None and os.environ.get("TIENDO_REQUIRE_VIRTUOSO") == "1":
    raise RuntimeError("TIENDO_REQUIRE_VIRTUOSO=1 but virtuoso-t is not installed (apt-get install virtuoso-opensource)")
pytestmark = pytest.mark.skipif(VIRTUOSO is None, reason="Virtuoso is not installed here "
                                "(Debian: apt-get install virtuoso-opensource); CI installs it and requires it")

INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
[Parameters]
ServerPort = {sql_port}
DisableUnixSocket = 1
CaseMode = 2
DirsAllowed = ., {dir}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = {http_port}
ServerRoot = {dir}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
[SPARQL]
; the default (10,000 rows) would silently cut answers short
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 60
"""


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A Virtuoso server of our own on free ports; yields its HTTP base URL."""
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = _free_port()
    (folder / "virtuoso.ini").write_text(INI.format(dir=folder, sql_port=_free_port(), http_port=http_port))
    proc = subprocess.Popen([VIRTUOSO, "+configfile", "virtuoso.ini", "+foreground"], cwd=folder,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    deadline = time.time() + 60
    while True:
        try:
            if httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            proc.kill()
            log = folder / "virtuoso.log"
            pytest.fail("Virtuoso did not start: " + (log.read_text(errors="replace")[-2000:] if log.exists() else ""))
        time.sleep(0.3)
    yield base
    proc.terminate()
    proc.wait(timeout=30)


def location(base: str, user: str = "dba:dba") -> str:
    """The writable location: Virtuoso's authenticated SPARQL and Graph Store endpoints (HTTP Digest)."""
    host = base.split("://", 1)[1]
    return f"sparql+http://{user}@{host}/sparql-auth?gsp=/sparql-graph-crud-auth"


def read_location(base: str) -> str:
    return f"sparql+http://{base.split('://', 1)[1]}/sparql"


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tiendo.cli", *args], capture_output=True, text=True, timeout=300)


def canonical(quads) -> set[str]:
    """Quads as text, xsd:boolean written canonically: Virtuoso answers 1 for true (the same value)."""
    from pyoxigraph import Literal, Quad

    out = set()
    for q in quads:
        obj = q.object
        if isinstance(obj, Literal) and obj.datatype.value.endswith("#boolean"):
            obj = Literal({"1": "true", "0": "false"}.get(obj.value, obj.value), datatype=obj.datatype)
        out.add(str(Quad(q.subject, q.predicate, obj, q.graph_name)))
    return out


@pytest.fixture(scope="module")
def remote_built(virtuoso):
    done = cli("build", "--reports", str(REPORTS), "--store", location(virtuoso))
    assert done.returncode == 0, done.stderr
    return done


def test_build_writes_the_same_graph_as_the_embedded_store(remote_built, virtuoso, built_store):
    from tiendo.kg.store import GraphStore

    assert "5 reports (5 ingested now)" in remote_built.stdout
    remote = GraphStore(read_location(virtuoso), read_only=True)
    assert remote.reports() == built_store.reports()
    # Every named graph, one per report plus the ontology and the canonical labels, quad for quad.
    assert canonical(remote.store.quads()) == canonical(built_store.store)


def test_a_second_build_finds_every_report_stored(remote_built, virtuoso):
    again = cli("build", "--reports", str(REPORTS), "--store", location(virtuoso))
    assert again.returncode == 0, again.stderr
    assert "5 reports (0 ingested now)" in again.stdout


def test_named_queries_answer_as_on_the_embedded_store(remote_built, virtuoso, built_store):
    from tiendo.kg import queries
    from tiendo.kg.store import GraphStore

    remote = GraphStore(read_location(virtuoso), read_only=True)
    for query in queries.named_queries().values():
        text = query.render({})
        expected, got = built_store.select(text)[1], remote.select(text)[1]
        assert expected, f"{query.name} answers nothing on the bundled graph"
        assert _rows(got) == _rows(expected), query.name


def _rows(rows) -> list[tuple]:
    return sorted(tuple({"1": "true", "0": "false"}.get(v, v) or "" for v in row) for row in rows)


@pytest.fixture(scope="module")
def remote_server(remote_built, virtuoso):
    base, proc = start_server(read_location(virtuoso), TIENDO_QUERY_TIMEOUT="10")
    yield base
    stop_server(proc)


def test_the_api_serves_from_the_remote_store(remote_server, server):
    for path in ("/health", "/projects?limit=500", "/reports"):
        got, expected = httpx.get(remote_server + path, timeout=30), httpx.get(server + path, timeout=30)
        assert got.status_code == 200, got.text
        assert got.json() == expected.json(), path
    project = next(p for p in httpx.get(server + "/projects?limit=500").json()["items"] if p["latest_status"])
    timeline = f"/projects/{project['id']}/timeline"
    got, expected = httpx.get(remote_server + timeline, timeout=30), httpx.get(server + timeline, timeout=30)
    assert got.status_code == 200 and got.json() == expected.json()


def test_the_sparql_endpoint_answers_from_the_remote_store(remote_server, server):
    query = ("SELECT ?label WHERE { ?p a td:Project ; td:mentionedIn ?r . ?r td:fileName ?f ; td:cleanText true . "
             "?p rdfs:label ?label } ORDER BY ?label")
    answers = []
    for base in (remote_server, server):
        response = httpx.post(base + "/sparql", data={"query": query},
                              headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert response.status_code == 200, response.text
        answers.append([b["label"]["value"] for b in response.json()["results"]["bindings"]])
    # The same rows; ORDER BY on strings follows each server's collation, so the order may differ.
    assert sorted(answers[0]) == sorted(answers[1]) and answers[0]
    construct = httpx.post(remote_server + "/sparql", headers={"Accept": "text/turtle"}, timeout=30,
                           data={"query": "CONSTRUCT { ?r td:fileName ?f } WHERE { ?r td:fileName ?f }"})
    assert construct.status_code == 200 and construct.text.count("fileName") >= 5
    for ask, truth in (("ASK { ?r td:fileName ?f }", True), ("ASK { ?r td:fileName \"no such file\" }", False)):
        response = httpx.get(remote_server + "/sparql", params={"query": ask}, timeout=30,
                             headers={"Accept": "application/sparql-results+json"})
        assert response.status_code == 200 and response.json()["boolean"] is truth, response.text
    broken = httpx.post(remote_server + "/sparql", data={"query": "SELECT ?x WHERE { ?x"}, timeout=30)
    assert broken.status_code == 400 and broken.headers["content-type"] == "application/problem+json"


def test_a_write_cut_between_labels_and_graph_is_finished_by_the_next_build(virtuoso, remote_built, built_store,
                                                                            report_files, monkeypatch):
    from tiendo.kg.build import build
    from tiendo.kg.remote import RemoteStore, RemoteStoreError
    from tiendo.kg.store import GraphStore

    writable = GraphStore(location(virtuoso))
    for path in report_files:
        assert writable.remove_report(path.name)
    put, calls = RemoteStore.put_graph, []

    def cut_at_the_third(self, graph, triples):
        calls.append(graph)
        if len(calls) == 3:
            raise RemoteStoreError(0, "connection lost")
        put(self, graph, triples)
    monkeypatch.setattr(RemoteStore, "put_graph", cut_at_the_third)
    with pytest.raises(RemoteStoreError):  # two reports written whole; the third's labels, not its graph
        build(report_files, GraphStore(location(virtuoso)))
    monkeypatch.undo()
    assert len(GraphStore(read_location(virtuoso)).reports()) == 2
    again = build(report_files, GraphStore(location(virtuoso)))
    assert again.changed == 3
    assert canonical(GraphStore(read_location(virtuoso)).store.quads()) == canonical(built_store.store)


def test_an_upload_through_the_api_lands_in_the_remote_store(virtuoso, remote_built, tmp_path):
    from tiendo.kg.iri import ID, report_iri
    from tiendo.kg.store import GraphStore

    base, proc = start_server(location(virtuoso), TIENDO_UPDATE_TOKEN=TOKEN, TIENDO_UPLOADS=str(tmp_path / "up"))
    try:
        text = "UBND TỈNH LẠNG SƠN\nBÁO CÁO\nDự án đường tỉnh ĐT.241 đã khởi công trong tháng 3/2024.\n"
        response = upload(base, "099_upload_test.txt", text.encode())
        assert response.status_code == 201, response.text
        remote = GraphStore(read_location(virtuoso), read_only=True)
        graph = response.json()["graph"]
        assert graph == report_iri("099_upload_test.txt") and graph in remote.reports()
        deleted = httpx.delete(base + "/reports/" + graph[len(ID):], headers=AUTH, timeout=60)
        assert deleted.status_code == 200, deleted.text
        assert report_iri("099_upload_test.txt") not in remote.reports()
    finally:
        stop_server(proc)


def test_a_store_that_cannot_be_reached_is_named(tmp_path):
    port = _free_port()  # nothing listens there
    done = cli("build", "--reports", str(REPORTS), "--store", f"sparql+http://127.0.0.1:{port}/sparql")
    assert done.returncode == 1
    assert f"cannot reach the SPARQL store at http://127.0.0.1:{port}/sparql" in done.stderr


def test_wrong_credentials_are_refused_and_nothing_is_written(virtuoso, remote_built):
    done = cli("remove", "001_x.txt", "--store", location(virtuoso, user="dba:wrong"))
    assert done.returncode == 1
    assert "answered 401" in done.stderr
    assert "wrong" not in done.stderr  # the password is never printed


def test_a_location_names_its_endpoints_and_hides_its_password():
    from tiendo.kg.remote import RemoteStore

    store = RemoteStore("sparql+https://me:secret@example.org:8443/ds/query?update=/ds/update&gsp=/ds/data")
    assert (store.endpoint, store.update_endpoint, store.graph_endpoint) == (
        "https://example.org:8443/ds/query", "https://example.org:8443/ds/update", "https://example.org:8443/ds/data")
    assert "secret" not in repr(store)
    same = RemoteStore("sparql+http://127.0.0.1:3030/ds")  # Fuseki answers every operation at the dataset URL
    assert same.endpoint == same.update_endpoint == same.graph_endpoint == "http://127.0.0.1:3030/ds"
    with pytest.raises(ValueError, match="must begin with sparql\\+http"):
        RemoteStore("http://127.0.0.1:3030/ds")
