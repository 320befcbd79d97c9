"""The command line, run as a user runs it: build, query, annotate, export."""
import json
import subprocess
import sys

import pytest

from conftest import REPORTS, SHARED

TIENDO = [sys.executable, "-m", "tiendo.cli"]


def run(*args, cwd=None):
    return subprocess.run([*TIENDO, *args], capture_output=True, text=True, cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("cli") / "store"
    done = run("build", "--reports", str(REPORTS), "--store", str(store), "--jobs", "2")
    assert done.returncode == 0, done.stderr
    assert "5 reports" in done.stdout and "Project" in done.stdout and "issuedBy" in done.stdout
    return store


def test_query_as_table_json_and_csv(cli_store):
    q = 'SELECT ?n WHERE { ?d td:documentNumber ?n FILTER(?n = "236/QĐ-TTg") }'
    table = run("query", q, "--store", str(cli_store))
    assert table.returncode == 0 and "236/QĐ-TTg" in table.stdout
    as_json = json.loads(run("query", q, "--format", "json", "--store", str(cli_store)).stdout)
    assert as_json["results"]["bindings"][0]["n"]["value"] == "236/QĐ-TTg"
    csv = run("query", q, "--format", "csv", "--store", str(cli_store)).stdout
    assert csv.splitlines()[0] == "n" and "236/QĐ-TTg" in csv


def test_query_from_file(cli_store, tmp_path):
    rq = tmp_path / "reports.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g a td:Report } }", encoding="utf-8")
    out = run("query", "--file", str(rq), "--format", "csv", "--store", str(cli_store))
    assert out.stdout.split() == ["n", "5"]


def test_malformed_query_is_a_clear_error(cli_store):
    out = run("query", "SELECT WHERE {", "--store", str(cli_store))
    assert out.returncode == 1 and "not valid SPARQL" in out.stderr


def test_export_formats(cli_store, tmp_path):
    for fmt in ("ttl", "nq", "jsonld"):
        target = tmp_path / f"graph.{fmt}"
        out = run("export", "--format", fmt, "--out", str(target), "--store", str(cli_store))
        assert out.returncode == 0, out.stderr
        assert target.stat().st_size > 100_000
    import rdflib

    g = rdflib.Dataset()
    g.parse(tmp_path / "graph.nq", format="nquads")
    assert len(list(g.graphs())) >= 6


def test_build_refuses_a_bad_file(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    out = run("build", "--reports", str(folder), "--store", str(tmp_path / "store"))
    assert out.returncode == 1
    assert "empty.txt" in out.stderr and "empty" in out.stderr


def test_annotate_writes_gold_format_with_iris(tmp_path):
    out = run("annotate", *map(str, sorted(REPORTS.glob("*.txt"))), "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    files = sorted(tmp_path.glob("*.json"))
    assert len(files) == 5
    lines = {}
    for f in files:
        ann = json.loads(f.read_text(encoding="utf-8"))
        source_lines = (REPORTS / ann["source"]).read_text(encoding="utf-8").split("\n")
        for e in ann["entities"]:
            assert e["iri"].startswith("https://w3id.org/tiendo/id/")
            for m in e["mentions"]:
                assert m["text"] in source_lines[m["line"] - 1]
            lines.setdefault(e.get("number"), set()).add(e["iri"])
    assert len(lines["326/QĐ-TTg"]) == 1


@pytest.mark.skipif(not (SHARED / "eval" / "score.py").exists(), reason="../shared/eval/score.py is not beside the repo")
def test_scorer_entity_f1_meets_the_floor(tmp_path):
    out = run("annotate", *map(str, sorted(REPORTS.glob("*.txt"))), "--out", str(tmp_path))
    assert out.returncode == 0
    scored = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(SHARED / "gold"),
                             "--pred", str(tmp_path), "--corpus", str(REPORTS), "--json", str(tmp_path / "s.json")],
                            capture_output=True, text=True, timeout=120)
    result = json.loads((tmp_path / "s.json").read_text())
    assert result["entities"]["f1"] >= 0.40, scored.stdout


def test_named_query_with_a_parameter(cli_store):
    out = run("query", "--name", "documents_by_issuer", "--param", "issuer=thủ tướng", "--format", "csv",
              "--store", str(cli_store))
    assert out.returncode == 0, out.stderr
    assert "236/QĐ-TTg" in out.stdout and "Thủ tướng Chính phủ" in out.stdout
    bad = run("query", "--name", "documents_by_issuer", "--param", "city=x", "--store", str(cli_store))
    assert bad.returncode == 1 and "no parameter city" in bad.stderr
    listed = run("queries")
    assert "project_timeline" in listed.stdout and "projects_in_place" in listed.stdout


def test_ingest_then_remove_a_report(tmp_path):
    store = tmp_path / "store"
    report = REPORTS / "004_8965950bfb0edcf7.txt"
    first = run("ingest", str(report), "--store", str(store))
    assert first.returncode == 0 and "added" in first.stdout, first.stderr
    again = run("ingest", str(report), "--store", str(store))
    assert "unchanged" in again.stdout
    gone = run("remove", report.name, "--store", str(store))
    assert gone.returncode == 0 and "removed" in gone.stdout
    missing = run("remove", report.name, "--store", str(store))
    assert missing.returncode == 1 and "no report named" in missing.stderr


def test_dask_address_that_answers_nothing_is_a_clear_error(tmp_path):
    out = run("build", "--reports", str(REPORTS), "--store", str(tmp_path / "store"), "--dask", "tcp://127.0.0.1:9")
    assert out.returncode == 1 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in out.stderr
    assert "nothing was written" in out.stderr


def test_serve_on_two_processes_and_only_read_only(cli_store, tmp_path):
    import os
    import time

    import httpx

    from conftest import _free_port

    port = _free_port()
    proc = subprocess.Popen([*TIENDO, "serve", "--store", str(cli_store), "--port", str(port), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline, answers = time.time() + 60, []
        while time.time() < deadline and len(answers) < 20:
            try:
                answers.append(httpx.get(f"http://127.0.0.1:{port}/projects?limit=1", timeout=5).json()["total"])
            except httpx.HTTPError:
                time.sleep(0.3)
        assert len(answers) == 20 and len(set(answers)) == 1 and answers[0] > 0
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    refused = subprocess.run([*TIENDO, "serve", "--store", str(cli_store), "--workers", "2"], capture_output=True,
                             text=True, timeout=60, env=dict(os.environ, TIENDO_UPDATE_TOKEN="t"))
    assert refused.returncode == 1 and "needs a read-only server" in refused.stderr


def test_the_store_can_be_given_by_the_environment(cli_store):
    import os

    done = subprocess.run([*TIENDO, "query", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?r { ?r a td:Report } }",
                           "--format", "csv"], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, TIENDO_STORE=str(cli_store)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["n", "5"]
