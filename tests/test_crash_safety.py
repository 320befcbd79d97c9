"""A build or an upload killed mid-way (SIGKILL) leaves the store whole: each report is in it entirely,
with the labels derived from it, or not at all; the store opens and a re-run completes."""
import os
import signal
import subprocess
import sys
import threading
import time

import httpx
from pyoxigraph import NamedNode, Store

from conftest import REPORTS, start_server, upload, writable_server
from tiendo.kg.iri import report_iri
from tiendo.kg.store import CANONICAL_GRAPH, GraphStore


def graph_quads(store: Store, graph: str) -> set[str]:
    return {str(q) for q in store.quads_for_pattern(None, None, None, NamedNode(graph))}


def stored_reports(path, names) -> list[str]:
    """The reports a reader sees right now (the writer keeps the store open meanwhile)."""
    try:
        store = Store.read_only(str(path))
    except Exception:  # the writer may be creating the files this very moment
        return []
    return [n for n in names if store.contains_named_graph(NamedNode(report_iri(n)))]


def assert_whole(path, reference: Store | None = None) -> GraphStore:
    """Every stored report graph is complete (equal to the reference's) and the derived labels match them."""
    store = GraphStore(path)
    for graph in store.reports():
        quads = graph_quads(store.store, graph)
        assert quads, f"{graph} is empty"
        if reference is not None:
            assert quads == graph_quads(reference, graph), f"{graph} is not the whole report"
    canonical = graph_quads(store.store, CANONICAL_GRAPH.value)
    store.refresh_canonical()
    assert graph_quads(store.store, CANONICAL_GRAPH.value) == canonical, "labels out of step with the reports"
    return store


def test_a_build_killed_while_writing_leaves_whole_reports_and_a_rerun_completes(tmp_path, report_files, built_store):
    names = [p.name for p in report_files]
    for attempt in range(3):  # the writing lasts about a second; catch it mid-way, retrying if it slipped by
        path = tmp_path / f"store{attempt}"
        command = [sys.executable, "-m", "tiendo.cli", "build", "--reports", str(REPORTS), "--store", str(path)]
        build = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while build.poll() is None:
            if stored_reports(path, names):  # the writing has begun: kill it before it ends
                os.kill(build.pid, signal.SIGKILL)
                break
            time.sleep(0.02)
        build.wait(timeout=60)
        if build.returncode == -signal.SIGKILL:
            break
    assert build.returncode == -signal.SIGKILL, "the build finished three times before the test could kill it"
    survived = assert_whole(path, built_store.store)
    assert 1 <= len(survived.reports()) < len(names)
    del survived  # closes the store for the re-run
    subprocess.run(command, check=True, capture_output=True, timeout=300)
    done = assert_whole(path, built_store.store)
    assert len(done.reports()) == len(names)
    assert graph_quads(done.store, CANONICAL_GRAPH.value) == graph_quads(built_store.store, CANONICAL_GRAPH.value)


def test_a_server_killed_during_an_upload_keeps_the_old_or_the_new_state(tmp_path):
    first, added = REPORTS / "004_8965950bfb0edcf7.txt", REPORTS / "003_974a447c085e4f6c.txt"
    base, proc = writable_server(tmp_path, [first])
    before = httpx.get(base + "/reports").json()
    threading.Thread(target=lambda: _quietly(upload, base, added.name, added.read_bytes()), daemon=True).start()
    time.sleep(1.0)  # the upload is being read, extracted and validated
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    state = assert_whole(tmp_path / "store")
    assert len(state.reports()) in (len(before), len(before) + 1)
    del state
    base, proc = start_server(tmp_path / "store", TIENDO_UPDATE_TOKEN="s3cret-token")
    try:
        again = upload(base, added.name, added.read_bytes())
        assert again.status_code == 201, again.text
        assert len(httpx.get(base + "/reports").json()) == len(before) + 1
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert_whole(tmp_path / "store")


def _quietly(call, *args):
    try:
        call(*args)
    except httpx.HTTPError:
        pass  # the server was killed under the request, as intended
