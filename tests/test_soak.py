"""The bounded soak (bench/soak.py) against a real server: 60 s of mixed reads at 32 clients and an upload
every 5 s (four
different files in turn), on loopback. No 5xx, no dropped connection, every upload lands, memory does not run away."""
import importlib.util
import json
import os

from conftest import ROOT, TOKEN, start_server, stop_server

SECONDS = float(os.environ.get("TIENDO_SOAK_SECONDS", "60"))


def load_soak():
    spec = importlib.util.spec_from_file_location("soak", ROOT / "bench" / "soak.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_soak_has_no_server_errors_and_stable_memory(tmp_path, built_store):
    import asyncio

    built_store.store.backup(str(tmp_path / "store"))  # a consistent copy of the bundled graph
    base, proc = start_server(tmp_path / "store", TIENDO_UPDATE_TOKEN=TOKEN, TIENDO_UPLOADS=str(tmp_path / "up"))
    try:
        result = load_soak().soak(base, TOKEN, SECONDS, clients=32, upload_every=5, pid=proc.pid)
        result = asyncio.run(result)
    finally:
        stop_server(proc)
    print(json.dumps({k: v for k, v in result.items() if k != "rss_mib"} | {"rss": {
        k: result["rss_mib"][k] for k in ("first", "max", "last")}}))  # the figures in docs/reliability.md
    assert result["server_errors"] == 0 and result["transport_errors"] == {}, result["statuses"]
    assert set(result["statuses"]) <= {"200", "201"}, result["statuses"]
    assert result["latency_ms"]["upload"]["n"] >= SECONDS / 10 and result["requests"] > 20 * SECONDS
    # Memory after the first round of uploads (the graph has stopped growing) stays level: no leak.
    samples = result["rss_mib"]["samples"]
    settled = samples[len(samples) // 2]
    assert samples[-1] <= settled * 1.2 + 30, samples
