"""API load with wrk (Debian's `wrk`), lighter than a Python client on the same two cores.

    python bench/api_wrk.py --base http://127.0.0.1:8000 [--clients 32] [--seconds 10]

`GET /projects/{id}` and `GET /projects/{id}/timeline`, ids drawn at random (wrk's Lua) from the
graph's projects, and the named query projects_by_status through `GET /sparql`, its status drawn from
four values, each run twice: the first run starts with nothing kept in the server's answer cache, the
second finds the answers kept. Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tiendo.kg.queries import get  # noqa: E402


def ids(base: str) -> list[str]:
    items = httpx.get(base + "/projects", params={"type": "Project", "limit": 500}, timeout=120).json()["items"]
    return [item["id"] for item in items]


def run_wrk(base: str, paths: list[str], clients: int, seconds: int) -> dict:
    script = ("paths = {" + ",".join(json.dumps(p) for p in paths) + "}\n"
              "request = function() return wrk.format('GET', paths[math.random(#paths)]) end\n")
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as lua:
        lua.write(script)
        lua.flush()
        out = subprocess.run(["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--latency", "-s", lua.name, base],
                             capture_output=True, text=True, check=True).stdout
    def ms(label: str) -> float:
        value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)\b", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "median": ms("50%"),
            "p99": ms("99%"), "non2xx": int(errors.group(1)) if errors else 0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="http://127.0.0.1:8000")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (Debian: apt-get install wrk)")
    projects = ids(args.base)
    print(f"{len(projects)} projects, {args.clients} connections, {args.seconds} s a run\n")
    print("| request | run | requests/s | median ms | p99 ms | non-2xx |\n|---|---|---|---|---|---|")
    named = [f"/sparql?query={quote(get('projects_by_status').render({'status': s}))}"
             for s in ("delayed", "started", "in_progress", "proposed")]
    for route, paths in (("GET /projects/{id}", [f"/projects/{p}" for p in projects]),
                         ("GET /projects/{id}/timeline", [f"/projects/{p}/timeline" for p in projects]),
                         ("GET /sparql, projects_by_status", named)):
        for run in ("first", "second"):
            r = run_wrk(args.base, paths, args.clients, args.seconds)
            print(f"| {route} | {run} | {r['rps']:.0f} | {r['median']:.1f} | {r['p99']:.1f} | {r['non2xx']} |")


if __name__ == "__main__":
    main()
