"""Uploading and deleting reports over HTTP, on a server started with an update token."""
import httpx
import pytest

from conftest import AUTH, REPORTS, stop_server, upload, writable_server


@pytest.fixture(scope="module")
def writable(tmp_path_factory, report_files):
    root = tmp_path_factory.mktemp("writable")
    base, proc = writable_server(root, [p for p in report_files if p.name[:3] in ("003", "004")],
                                 TIENDO_MAX_UPLOAD_BYTES="200000")
    yield base, root
    stop_server(proc)


def count_reports(base: str) -> tuple[int, int]:
    rest = len(httpx.get(base + "/reports").json())
    sparql = httpx.get(base + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a td:Report } }"})
    return rest, int(sparql.json()["results"]["bindings"][0]["n"]["value"])


def test_upload_needs_the_token(writable):
    base, _ = writable
    report = (REPORTS / "002_a7f84dcfe179fb90.txt").read_bytes()
    assert upload(base, "002.txt", report, headers={}).status_code == 401
    assert upload(base, "002.txt", report, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert count_reports(base) == (2, 2)


def test_upload_ingests_once_and_delete_removes(writable):
    base, _ = writable
    report = (REPORTS / "002_a7f84dcfe179fb90.txt").read_bytes()
    first = upload(base, "002_a7f84dcfe179fb90.txt", report)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["changed"] is True and body["entities"] > 50 and body["quads"] > 1000
    assert count_reports(base) == (3, 3)  # REST and the SPARQL workers both see it
    again = upload(base, "002_a7f84dcfe179fb90.txt", report)
    assert again.json()["changed"] is False and count_reports(base) == (3, 3)
    found = httpx.get(base + "/projects", params={"q": "vsip"}).json()
    assert found["total"] >= 1
    report_id = body["graph"].split("/id/", 1)[1]
    # A project only the uploaded report names: its answer is kept by the server until the report goes.
    only_here = next(item["id"] for item in httpx.get(base + "/projects", params={"limit": 500}).json()["items"]
                     if httpx.get(f"{base}/projects/{item['id']}").json()["reports"] == [report_id])
    assert httpx.get(f"{base}/projects/{only_here}").status_code == 200
    assert httpx.delete(f"{base}/reports/{report_id}").status_code == 401
    gone = httpx.delete(f"{base}/reports/{report_id}", headers=AUTH)
    assert gone.status_code == 200 and count_reports(base) == (2, 2)
    assert httpx.get(f"{base}/projects/{only_here}").status_code == 404
    assert httpx.delete(f"{base}/reports/{report_id}", headers=AUTH).status_code == 404


def test_bad_uploads_are_refused_with_the_reason(writable):
    base, root = writable
    binary = upload(base, "scan.txt", b"\x00\x01binary\x00" * 10)
    assert binary.status_code == 400 and "scan.txt" in binary.json()["detail"]
    assert "binary" in binary.json()["detail"]
    big = upload(base, "big.txt", ("Dự án " * 50000).encode())
    assert big.status_code == 413
    wrong_kind = upload(base, "notes.exe", b"hello")
    assert wrong_kind.status_code == 400
    assert count_reports(base) == (2, 2)


def test_file_names_cannot_leave_the_uploads_folder(writable):
    base, root = writable
    text = (REPORTS / "004_8965950bfb0edcf7.txt").read_bytes().replace(b"2022", b"2023")
    resp = upload(base, "../../escaped.txt", text)
    assert resp.status_code == 201, resp.text
    assert (root / "uploads" / "escaped.txt").exists()
    assert not (root / "escaped.txt").exists() and not (root.parent / "escaped.txt").exists()


def test_read_only_server_refuses_uploads(server):
    resp = upload(server, "x.txt", "Dự án".encode(), headers=AUTH)
    assert resp.status_code == 403 and "read-only" in resp.json()["detail"]


def test_sparql_update_needs_the_token(writable):
    base, _ = writable
    insert = b"INSERT DATA { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:b> 'c' } }"
    ask = {"query": "ASK { GRAPH <urn:x:notes> { <urn:x:a> <urn:x:b> 'c' } }"}
    refused = httpx.post(base + "/sparql", content=insert, headers={"content-type": "application/sparql-update"})
    assert refused.status_code == 401 and httpx.get(base + "/sparql", params=ask).json()["boolean"] is False
    done = httpx.post(base + "/sparql", content=insert,
                      headers={"content-type": "application/sparql-update", **AUTH})
    assert done.status_code == 204
    assert httpx.get(base + "/sparql", params=ask).json()["boolean"] is True
    cleared = httpx.post(base + "/sparql", data={"update": "DROP GRAPH <urn:x:notes>"}, headers=AUTH)
    assert cleared.status_code == 204 and httpx.get(base + "/sparql", params=ask).json()["boolean"] is False


def test_kept_answers_follow_sparql_updates(writable):
    base, _ = writable
    entity = httpx.get(base + "/projects", params={"limit": 1}).json()["items"][0]
    before = httpx.get(f"{base}/entities/{entity['id']}").json()
    assert "Tên thêm để thử" not in before["alt_labels"]
    insert = f"INSERT DATA {{ GRAPH <urn:x:names> {{ <{entity['iri']}> skos:altLabel 'Tên thêm để thử'@vi }} }}"
    assert httpx.post(base + "/sparql", data={"update": insert}, headers=AUTH).status_code == 204
    assert "Tên thêm để thử" in httpx.get(f"{base}/entities/{entity['id']}").json()["alt_labels"]
    assert httpx.post(base + "/sparql", data={"update": "DROP GRAPH <urn:x:names>"}, headers=AUTH).status_code == 204
    assert httpx.get(f"{base}/entities/{entity['id']}").json() == before
