"""Shared fixtures: the bundled reports, a graph built from them, and a running API server."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
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
    # The log goes to a file: a pipe nobody reads fills up under load and stalls the server.
    log = tempfile.NamedTemporaryFile(prefix="tiendo-server-", suffix=".log", delete=False)
    proc = subprocess.Popen([sys.executable, "-m", "uvicorn", "tiendo.api.app:app", "--host", "127.0.0.1",
                             "--port", str(port)], env=environment, stdout=log, stderr=subprocess.STDOUT)
    proc.log_path = log.name
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while time.time() < deadline:
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return base, proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("the API server did not start: " + Path(log.name).read_text(errors="replace"))


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


TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def build_with_cli(reports: Path, store: Path) -> None:
    """Built by the CLI in its own process: a server must then be the only one holding the store for writing."""
    subprocess.run([sys.executable, "-m", "tiendo.cli", "build", "--reports", str(reports), "--store", str(store)],
                   check=True, capture_output=True, timeout=300)


def writable_server(root: Path, reports: list[Path], **env: str):
    """A server that accepts uploads (with AUTH), over a store built from `reports`; returns (base URL, process)."""
    import shutil

    (root / "reports").mkdir(parents=True, exist_ok=True)
    for path in reports:
        shutil.copy(path, root / "reports" / path.name)
    build_with_cli(root / "reports", root / "store")
    return start_server(root / "store", TIENDO_UPDATE_TOKEN=TOKEN, TIENDO_UPLOADS=str(root / "uploads"), **env)


def upload(base: str, name: str, data: bytes, headers=AUTH, timeout: float = 120):
    return httpx.post(base + "/reports", files={"file": (name, data)}, headers=headers, timeout=timeout)


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 keeps letters like ê, ơ, ư precomposed and writes tone marks as combining."""
    import unicodedata

    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(base + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258")
