"""What spaCy's Matcher would cost as the cue-word recogniser, measured on the bundled reports.

    pip install spacy && python bench/spacy_matcher_cost.py [--runs 3]

Issue 4 asks for spaCy's Matcher on a token attribute holding the folded, OCR-normalised form. This
measures the three steps that design needs — tokenising with `spacy.blank("vi")` (syllables, no pyvi),
writing each token's folded form into NORM, and running the Matcher with the OCR-tolerant patterns of
four cue words — in CPU seconds, next to tiendo's whole extraction pipeline on the same text. spaCy is
not a dependency of tiendo: install it to run this.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Four of the lexicon's cue words as Matcher patterns over NORM (the folded form), OCR variants included.
PATTERNS = {
    "Plan": [{"NORM": {"REGEX": "^k[eaoc]{1,2}$"}}, {"NORM": {"REGEX": "^h[oq]ach$"}}],
    "Program": [{"NORM": {"REGEX": "^ch(?:u|w|uw)(?:o|e)ng$"}}, {"NORM": {"REGEX": "^tr[il]nh$"}}],
    "Project": [{"NORM": {"IN": ["du", "dy", "dyu", "dw"]}}, {"NORM": "an"}],
    "Planning": [{"NORM": "quy"}, {"NORM": {"REGEX": "^h[oq]{1,2}ach$"}}],
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    try:
        import spacy
        from spacy.matcher import Matcher
    except ImportError:
        sys.exit("spaCy is not installed: pip install spacy")
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_report
    from tiendo.extract.text import fold_ocr

    sources = [read_report(p) for p in sorted((ROOT / "data" / "reports").glob("*.txt"))]
    megabytes = sum(len(s.text.encode("utf-8")) for s in sources) / 1e6
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    matcher = Matcher(nlp.vocab)
    for name, pattern in PATTERNS.items():
        matcher.add(name, [pattern])
    for source in sources:
        extract_source(source)  # warm the restorer's per-word caches, as the pipeline figure assumes
    steps: dict[str, list[float]] = {"tokenise": [], "fold into NORM": [], "match 4 cue words": [],
                                     "tiendo's whole pipeline": []}
    for _ in range(args.runs):
        began = time.process_time()
        docs = [nlp.make_doc(s.text) for s in sources]
        tokenised = time.process_time()
        for doc in docs:
            for token in doc:
                token.norm_ = fold_ocr(token.text)
        folded = time.process_time()
        matches = sum(len(matcher(doc)) for doc in docs)
        matched = time.process_time()
        for source in sources:
            extract_source(source)
        steps["tokenise"].append(tokenised - began)
        steps["fold into NORM"].append(folded - tokenised)
        steps["match 4 cue words"].append(matched - folded)
        steps["tiendo's whole pipeline"].append(time.process_time() - matched)
    print(f"{len(sources)} reports, {megabytes:.2f} MB, {sum(len(d) for d in docs)} spaCy tokens, {matches} cue matches; "
          f"spaCy {spacy.__version__}; median CPU seconds of {args.runs} runs:")
    for step, seconds in steps.items():
        print(f"  {step:24s} {statistics.median(seconds):.3f} s")


if __name__ == "__main__":
    main()
