"""Diacritic restoration accuracy: strip the diacritics from clean text and restore them.

Two-fold over the paragraphs of the clean reports in data/reports: the model is trained on one half
(plus the clean text that PyPI packages ship, see `packaged_corpora`) and restores the other, so no
paragraph is restored by a model that saw it. Prints syllable accuracy.

    .venv/bin/python bench/restore_accuracy.py [REPORT_DIR]
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from tiendo.extract.reader import read_report
from tiendo.extract.restore import Restorer, packaged_corpora, train
from tiendo.extract.text import fold

SYLLABLE = re.compile(r"[^\W\d_]+")


def strip(text: str) -> str:
    """Diacritics off, case kept: what a keyboard without Vietnamese input gives."""
    return "".join(ch if not fold(ch).isalpha() else (fold(ch).upper() if ch.isupper() else fold(ch)) for ch in text)


def main(folder: Path) -> None:
    paragraphs = []
    for path in sorted(folder.iterdir()):
        src = read_report(path)
        if src.clean:
            paragraphs += [p for p in re.sub(r"<[^>]+>", " ", src.text).split("\n\n") if SYLLABLE.search(p)]
    folds = [paragraphs[0::2], paragraphs[1::2]]
    sentences, words, names, sources = packaged_corpora()
    print("also trained on:", "; ".join(sources) or "nothing else (underthesea is not installed)")
    right = total = 0
    started = time.perf_counter()
    for test, training in ((folds[0], folds[1]), (folds[1], folds[0])):
        # Stripped text has lost only its diacritics: every syllable is read as one that folds like it.
        restorer = Restorer(train(training, sentences, words, names), max_edits=0)
        for para in test:
            restored = SYLLABLE.findall(restorer.restore(strip(para)).lower())
            gold = SYLLABLE.findall(para.lower())
            if len(restored) != len(gold):
                continue
            right += sum(a == b for a, b in zip(restored, gold))
            total += len(gold)
    elapsed = time.perf_counter() - started
    print(f"paragraphs={len(paragraphs)} syllables={total} accuracy={right / max(1, total):.4f} "
          f"seconds={elapsed:.1f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("data/reports"))
