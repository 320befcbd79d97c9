"""Shared fixtures: the bundled reports, a graph built from them, and a running API server."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "data" / "reports"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def report_files() -> list[Path]:
    files = sorted(REPORTS.glob("*.txt"))
    assert len(files) == 5, "the five bundled reports are expected in data/reports"
    return files


@pytest.fixture(scope="session")
def built_store(tmp_path_factory, report_files):
    from tiendo.kg.build import build
    from tiendo.kg.store import GraphStore

    path = tmp_path_factory.mktemp("store") / "store"
    store = GraphStore(path)
    build(report_files, store)
    return store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store_path: Path, **env: str):
    """uvicorn serving a store on a free loopback port; returns (base URL, process)."""
    port = _free_port()
    environment = dict(os.environ, TIENDO_STORE=str(store_path), **env)
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "tiendo.api.app:app", "--host", "127.0.0.1",
                             "--port", str(port)], env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return base, proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the API server did not start: " + proc.stdout.read().decode(errors="replace"))


def stop_server(proc) -> None:
    proc.terminate()
    proc.wait(timeout=10)


@pytest.fixture(scope="session")
def server(built_store):
    """The bundled graph, served read-only; queries get a 3 s time limit so a runaway test stays short."""
    built_store.flush()
    base, proc = start_server(built_store.path, TIENDO_QUERY_TIMEOUT="3")
    yield base
    stop_server(proc)
