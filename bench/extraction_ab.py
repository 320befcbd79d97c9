"""Extraction CPU time of another checkout's `extract/` against this one's, on the same reports.

    git worktree add /tmp/old <commit>
    python bench/extraction_ab.py /tmp/old [REPORT ...] [--passes 3]

Runs in this process the pipeline of the checkout given (its `extract/` package in place of this one's),
over the reports given (default: var/bench/c100/*.txt): one warm-up pass, then `--passes` timed passes with
what is kept per name emptied before each (`pipeline.forget_names` and the restored labels; the per-word
candidates kept, as in `bench/extraction_speed.py`). Prints each pass's CPU seconds and the best. Run it
alternately for the two checkouts, in fresh processes, to compare them on a machine whose speed drifts.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkout", type=Path, help="a checkout of the project (a git worktree)")
    parser.add_argument("reports", nargs="*", type=Path)
    parser.add_argument("--passes", type=int, default=3)
    args = parser.parse_args()
    extract = args.checkout.resolve() / "extract"
    if not (extract / "pipeline.py").is_file():
        sys.exit(f"{args.checkout} holds no extract/pipeline.py: give a checkout of this project")
    paths = args.reports or sorted((ROOT / "var" / "bench" / "c100").glob("*.txt"))
    if not paths:
        sys.exit("no reports: give some, or make var/bench/c100 with bench/scale_corpus.py")

    import tiendo.extract

    tiendo.extract.__path__[:] = [str(extract)]  # the other checkout's modules, imported from here on
    from tiendo.extract import pipeline
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_report
    from tiendo.extract.restore import default_restorer

    forget = getattr(pipeline, "forget_names", lambda: None)  # older checkouts kept no names

    restorer = default_restorer()
    sources = [read_report(p) for p in paths]
    for source in sources:
        extract_source(source)
    seconds = []
    for _ in range(args.passes):
        forget()
        if restorer is not None:
            restorer.restore.cache_clear()
        began = time.process_time()
        for source in sources:
            extract_source(source)
        seconds.append(time.process_time() - began)
    print(f"{args.checkout}: {len(sources)} reports, passes " + " ".join(f"{s:.2f}" for s in seconds)
          + f" s CPU, best {min(seconds):.2f} s")


if __name__ == "__main__":
    main()
