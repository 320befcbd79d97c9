"""Latency of every named query of kg/queries on a built store: pyoxigraph, and side by side rdflib's
in-memory Dataset loaded with the same quads.

    python bench/sparql_latency.py --store var/bench/s1000 [--runs 20] [--rdflib-runs 3] [--no-rdflib]

Parameters are bound to values taken from the graph itself (the most observed project, the most common
issuer word and place word, the two latest reports), so the same command serves any corpus. Prints one
Markdown table: median and p95 in milliseconds for each engine and the rdflib/pyoxigraph ratio of medians.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tiendo.extract.text import fold_key  # noqa: E402
from tiendo.kg.queries import named_queries  # noqa: E402
from tiendo.kg.store import PREFIXES, GraphStore  # noqa: E402


def parameter_values(store: GraphStore) -> dict[str, str]:
    def first(query: str) -> str | None:
        _, rows = store.select(query)
        return rows[0][0] if rows and rows[0][0] else None

    reports = [r[0] for r in store.select("""SELECT ?r WHERE { GRAPH ?r { ?r a td:Report ; td:periodEnd ?end } }
        ORDER BY DESC(?end) ?r LIMIT 2""")[1]]
    issuer = first("""SELECT ?l WHERE { ?d td:issuedBy ?o . ?o skos:prefLabel ?l } GROUP BY ?l ORDER BY DESC(COUNT(*)) LIMIT 1""")
    place = first("""SELECT ?l WHERE { ?x td:locatedIn ?p . ?p skos:prefLabel ?l } GROUP BY ?l ORDER BY DESC(COUNT(*)) LIMIT 1""")
    return {
        "project": first("""SELECT ?p WHERE { ?p a td:Project ; td:hasStatus ?o } GROUP BY ?p
                            ORDER BY DESC(COUNT(?o)) ?p LIMIT 1""") or "",
        "issuer": " ".join(fold_key(issuer or "").split()[-2:]),
        "place": " ".join(fold_key(place or "").split()[-2:]),
        "status": "delayed",
        "number": first("SELECT ?n WHERE { ?d td:implements|^td:implements ?x ; td:documentNumber ?n } LIMIT 1") or "",
        "after": reports[0] if reports else "",
        "before": reports[1] if len(reports) > 1 else "",
    }


def timed(run, times: int) -> list[float]:
    out = []
    for _ in range(times):
        started = time.perf_counter()
        run()
        out.append(1000 * (time.perf_counter() - started))
    return out


def capped(run, times: int, cap: float) -> list[float]:
    """Like `timed`, each run in a forked child (sharing the loaded data) stopped after `cap` seconds;
    a stopped run counts as `inf` and ends the series."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    out = []
    for _ in range(times):
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=lambda: send.send(timed(run, 1)[0]))
        child.start()
        if receive.poll(cap):
            out.append(receive.recv())
            child.join()
        else:
            child.kill()
            child.join()
            out.append(float("inf"))
            break
    return out


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--store", required=True, help="a store folder, or a sparql+http://… server")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--rdflib-runs", type=int, default=3)
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--rdflib-cap", type=float, default=60, help="seconds after which an rdflib run is stopped")
    args = parser.parse_args()
    store = GraphStore(args.store, read_only=True)
    values = parameter_values(store)
    queries = {}
    for name, q in sorted(named_queries().items()):
        queries[name] = q.render({k: values[k] for k in q.params if values.get(k)})

    oxi = {}
    for name, text in queries.items():
        rows = len(store.select(text)[1])  # warm, and the size of the answer
        oxi[name] = (timed(lambda: store.select(text), args.runs), rows)

    rdf = {}
    load_seconds = None
    if not args.no_rdflib:
        import rdflib

        with tempfile.TemporaryDirectory() as tmp:
            dump = Path(tmp) / "all.nq"
            store.store.dump(str(dump), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
            started = time.perf_counter()
            dataset = rdflib.Dataset(default_union=True)
            dataset.parse(dump, format="nquads")
            load_seconds = time.perf_counter() - started
        ns = {k: rdflib.Namespace(v) for k, v in PREFIXES.items()}
        for name, text in queries.items():
            rdf[name] = capped(lambda: list(dataset.query(text, initNs=ns)), args.rdflib_runs, args.rdflib_cap)

    quads = len(store.store)
    engine = "remote" if store.remote else "pyoxigraph"
    print(f"{len(store.reports())} reports, {quads} quads; {engine} {args.runs} runs, rdflib {args.rdflib_runs} runs"
          + (f"; rdflib load {load_seconds:.0f} s" if load_seconds else ""))
    print()
    print(f"| query | rows | {engine} median ms | p95 | rdflib median ms | p95 | ratio |")
    print("|---|---|---|---|---|---|---|")
    for name, (times, rows) in oxi.items():
        line = f"| {name} | {rows} | {statistics.median(times):.1f} | {p95(times):.1f} |"
        if name in rdf:
            median = statistics.median(rdf[name])
            if median == float("inf"):
                line += f" > {args.rdflib_cap * 1000:.0f} (stopped) | – | > {args.rdflib_cap * 1000 / max(statistics.median(times), 0.01):.0f}× |"
            else:
                ratio = median / max(statistics.median(times), 0.01)
                line += f" {median:.0f} | {p95(rdf[name]):.0f} | {ratio:.0f}× |"
        else:
            line += " – | – | – |"
        print(line)


if __name__ == "__main__":
    main()
