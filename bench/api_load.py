"""API load on loopback: requests per second and latency percentiles at N concurrent clients.

    python bench/api_load.py --base http://127.0.0.1:8000 [--clients 32] [--seconds 20]

Three request kinds, each measured on its own for --seconds: `GET /projects/{id}`, `GET /projects/{id}/timeline`
(ids of the graph's projects, drawn at random) and the named query `projects_by_status` through `/sparql`.
Prints a Markdown table. The server is whatever runs at --base (`tiendo serve`, or uvicorn with workers).
"""
from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import time
from pathlib import Path
import sys

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


async def measure(client: httpx.AsyncClient, make_request, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    failures = 0
    deadline = time.monotonic() + seconds

    async def one_client() -> None:
        nonlocal failures
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                response = await make_request()
                if response.status_code != 200:
                    failures += 1
            except httpx.HTTPError:
                failures += 1
                continue
            latencies.append(time.perf_counter() - started)

    started = time.monotonic()
    await asyncio.gather(*(one_client() for _ in range(clients)))
    elapsed = time.monotonic() - started
    ordered = sorted(latencies)
    return {"rps": len(latencies) / elapsed, "median": 1000 * statistics.median(ordered),
            "p99": 1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))], "n": len(latencies),
            "failures": failures}


async def run(base: str, clients: int, seconds: float) -> list[tuple[str, dict]]:
    from tiendo.kg.queries import get

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:
        items = (await client.get("/projects", params={"type": "Project", "limit": 500})).json()["items"]
        ids = [i["id"] for i in items]
        named = get("projects_by_status").render({"status": "delayed"})
        kinds = [
            ("GET /projects/{id}", lambda: client.get(f"/projects/{random.choice(ids)}")),
            ("GET /projects/{id}/timeline", lambda: client.get(f"/projects/{random.choice(ids)}/timeline")),
            ("named SPARQL query (projects_by_status)", lambda: client.get("/sparql", params={"query": named})),
        ]
        out = []
        for name, make_request in kinds:
            await measure(client, make_request, clients, min(2.0, seconds))  # warm-up
            out.append((name, await measure(client, make_request, clients, seconds)))
        return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    results = asyncio.run(run(args.base, args.clients, args.seconds))
    print(f"{args.clients} concurrent clients, {args.seconds:g} s each\n")
    print("| request | requests/s | median ms | p99 ms | non-200 |")
    print("|---|---|---|---|---|")
    for name, r in results:
        print(f"| {name} | {r['rps']:.0f} | {r['median']:.1f} | {r['p99']:.1f} | {r['failures']} |")


if __name__ == "__main__":
    main()
