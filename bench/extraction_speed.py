"""Extraction throughput: MB of report text per second on one core, for the whole pipeline after start-up.

    python bench/extraction_speed.py [REPORT ...] [--runs 5] [--steps]

Start-up (imports and the restoration model) is timed apart. Each run extracts every report once in
this one process; the median and the best run's CPU time are reported, twice: with every cache of the restorer
emptied before each run (as for words never seen), and with only what is kept per name emptied (the
restored labels and `pipeline.forget_names`; the per-word candidates and word-pair tables kept, as in a
process that has read a few reports). With no
reports given, the bundled ones (data/reports) are used.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reports", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--steps", action="store_true",
                        help="also print each pipeline step's CPU time (best of the runs, restored labels emptied)")
    args = parser.parse_args()
    paths = args.reports or sorted((ROOT / "data" / "reports").glob("*.txt"))

    started = time.perf_counter()
    from tiendo.extract.pipeline import extract_source, forget_names
    from tiendo.extract.reader import read_report
    from tiendo.extract.restore import default_restorer

    restorer = default_restorer()
    startup = time.perf_counter() - started

    sources = [read_report(p) for p in paths]
    megabytes = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    for source in sources:  # the first pass fills the per-word caches a long-running process has
        extract_source(source)
    print(f"{len(sources)} reports, {megabytes:.2f} MB; start-up {startup:.2f} s; "
          f"machine reference (a fixed Python loop): {reference_ms():.1f} ms")
    for cold in (True, False):
        seconds = []
        for _ in range(args.runs):
            forget_names()  # the names: each run reads them as new
            if restorer is not None:
                restorer.restore.cache_clear()
                if cold:
                    restorer._pruned.cache_clear()
                    restorer._exact_units.cache_clear()
                    restorer._candidates.cache_clear()
                    restorer._seen_pairs.cache_clear()
            began = time.process_time()
            for source in sources:
                extract_source(source)
            seconds.append(time.process_time() - began)
        median, best = statistics.median(seconds), min(seconds)
        print(f"{'all restorer caches emptied' if cold else 'restored labels emptied   '}: median of {args.runs} runs "
              f"{median:.3f} s CPU = {megabytes / median:.2f} MB/s per core (best run {best:.3f} s = "
              f"{megabytes / best:.2f} MB/s)")
    if args.steps:
        steps = step_times(sources, args.runs, restorer)
        print("per step, best of the runs:", " ".join(f"{name}={sec:.3f}" for name, sec in steps))
    print(f"machine reference after the runs: {reference_ms():.1f} ms")


def step_times(sources, runs: int, restorer) -> list[tuple[str, float]]:
    """CPU seconds of each step of the pipeline over all the reports ("document": building the text's model
    and its sentences), the best of `runs` runs, what is kept per name emptied before each."""
    from tiendo.extract import pipeline
    from tiendo.extract.text import sentences

    best: dict[str, float] = {}
    for _ in range(runs):
        pipeline.forget_names()
        if restorer is not None:
            restorer.restore.cache_clear()
        spent: dict[str, float] = {}
        for source in sources:
            began = time.process_time()
            doc = pipeline.build_document(source.name, source.text, source.format, source.clean)
            state = pipeline.State(source, doc, sentences(doc), restorer=restorer)
            spent["document"] = spent.get("document", 0.0) + time.process_time() - began
            for name in pipeline.PIPELINE:
                began = time.process_time()
                pipeline.COMPONENTS[name](state)
                spent[name] = spent.get(name, 0.0) + time.process_time() - began
        best = {name: min(best.get(name, sec), sec) for name, sec in spent.items()}
    return list(best.items())


def reference_ms() -> float:
    """CPU time of a fixed pure-Python loop, best of five: this shared machine's speed drifts by up to
    twice between minutes, and a figure means little without the speed it was measured at."""
    def loop() -> float:
        began = time.process_time()
        sum(i * i for i in range(1_000_000))
        return time.process_time() - began
    return 1000 * min(loop() for _ in range(5))

if __name__ == "__main__":
    main()
