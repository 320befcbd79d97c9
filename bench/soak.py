"""A bounded soak on loopback: mixed REST and SPARQL reads from many clients, and an upload every few seconds.

    python bench/soak.py --base http://127.0.0.1:8000 --token TOKEN --seconds 60 --clients 32 --pid PID

It stops by itself after --seconds and prints one JSON object: requests, status counts, transport errors,
latency percentiles per kind of request, and the server's resident memory sampled every second (--pid).
The test suite runs it against a server it starts (tests/test_soak.py); docs/reliability.md has the figures.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
NAMED = "SELECT ?project ?label WHERE { ?project a td:Project ; rdfs:label ?label } ORDER BY ?label LIMIT 20"


def rss_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def upload_variants(n: int, distinct: int = 4) -> list[tuple[str, bytes]]:
    """Reports to upload: the two shortest bundled ones moved to other years, `distinct` different files in
    turn. The first round adds them; later rounds re-send them, which must change nothing (same content),
    so memory measured after the first round shows leaks, not the graph's growth."""
    sources = sorted((ROOT / "data" / "reports").glob("*.txt"), key=lambda p: p.stat().st_size)[:2]
    out = []
    for i in range(n):
        k = i % distinct
        source = sources[k % len(sources)]
        year = str(2040 + k)
        data = source.read_bytes().replace(b"2024", year.encode()).replace(b"2022", year.encode())
        out.append((f"soak-{k:03d}-{source.name}", data))
    return out


async def soak(base: str, token: str, seconds: float, clients: int, upload_every: float, pid: int | None) -> dict:
    statuses: Counter = Counter()
    errors: Counter = Counter()
    latency: dict[str, list[float]] = defaultdict(list)
    memory: list[float] = []
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        projects = (await client.get("/projects", params={"limit": 200})).json()["items"]
        ids = [p["id"] for p in projects]
        if not ids:
            raise SystemExit("the store has no projects to read; build it first")
        reads = [
            ("project", lambda: client.get(f"/entities/{random.choice(ids)}")),
            ("timeline", lambda: client.get(f"/projects/{random.choice(ids)}/timeline")),
            ("search", lambda: client.get("/projects", params={"q": random.choice(["du an", "cao toc", "khu"])})),
            ("sparql", lambda: client.get("/sparql", params={"query": NAMED})),
            ("reports", lambda: client.get("/reports")),
        ]
        deadline = time.monotonic() + seconds

        async def reader() -> None:
            while time.monotonic() < deadline:
                kind, call = random.choice(reads)
                started = time.perf_counter()
                try:
                    response = await call()
                    statuses[response.status_code] += 1
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] += 1
                    continue
                latency[kind].append(time.perf_counter() - started)

        async def uploader() -> None:
            for name, data in upload_variants(int(seconds / upload_every) + 1):
                if time.monotonic() >= deadline:
                    return
                started = time.perf_counter()
                try:
                    response = await client.post("/reports", files={"file": (name, data)},
                                                 headers={"Authorization": f"Bearer {token}"}, timeout=300)
                    statuses[response.status_code] += 1
                except httpx.HTTPError as exc:
                    errors[type(exc).__name__] += 1
                latency["upload"].append(time.perf_counter() - started)
                await asyncio.sleep(max(0.0, upload_every - (time.perf_counter() - started)))

        async def sampler() -> None:
            while time.monotonic() < deadline and pid:
                value = rss_mib(pid)
                if value is not None:
                    memory.append(round(value, 1))
                await asyncio.sleep(1.0)

        await asyncio.gather(*(reader() for _ in range(clients)), uploader(), sampler())
    return {
        "seconds": seconds, "clients": clients,
        "requests": sum(statuses.values()) + sum(errors.values()),
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "transport_errors": dict(errors),
        "server_errors": sum(v for k, v in statuses.items() if k >= 500),
        "latency_ms": {kind: {"n": len(v), "median": round(1000 * statistics.median(v), 1),
                              "p99": round(1000 * _quantile(v, 0.99), 1)} for kind, v in sorted(latency.items())},
        "rss_mib": {"first": memory[0] if memory else None, "max": max(memory, default=None),
                    "last": memory[-1] if memory else None, "samples": memory},
    }


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--token", required=True, help="the server's TIENDO_UPDATE_TOKEN")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--upload-every", type=float, default=5)
    parser.add_argument("--pid", type=int, help="server process id, to sample its memory")
    args = parser.parse_args()
    result = asyncio.run(soak(args.base, args.token, args.seconds, args.clients, args.upload_every, args.pid))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
