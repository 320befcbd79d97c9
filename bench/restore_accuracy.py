"""Diacritic restoration accuracy: strip the diacritics from clean text and restore them.

Two-fold over the paragraphs of the clean reports in data/reports: the model is trained on one half
(plus the clean text that PyPI packages ship, see `packaged_corpora`) and restores the other, so no
paragraph is restored by a model that saw it. Prints syllable accuracy; a syllable spelt with the tone on
the other vowel of an open "oa", "oe", "uy" ("hoá" for "hóa": both are right) counts as restored.

With `--ocr` the text is damaged as OCR without Vietnamese damages it, not merely stripped: each marked
vowel may be read as another glyph ("cửa" as "cira"/"ctra", "Đồng" as "Pong", "xã hội" as "x& hgi",
"năm" as "nim", "quốc" as "qudc"), with a fixed seed, and restored with OCR edits allowed. This is
synthetic damage of the kinds the issue lists, not a measurement on real OCR output (the scorer's
label_exact on the OCR reports is that).

    .venv/bin/python bench/restore_accuracy.py [REPORT_DIR] [--ocr]
"""
from __future__ import annotations

import random
import re
import sys
import unicodedata
import time
from pathlib import Path

from tiendo.extract.lexicon import genre_phrases
from tiendo.extract.reader import read_report
from tiendo.extract.restore import Restorer, packaged_corpora, train
from tiendo.extract.text import fold, modern_tone

SYLLABLE = re.compile(r"[^\W\d_]+")


def strip(text: str) -> str:
    """Diacritics off, case kept: what a keyboard without Vietnamese input gives."""
    return "".join(ch if not fold(ch).isalpha() else (fold(ch).upper() if ch.isupper() else fold(ch)) for ch in text)


# What a marked vowel is read as by OCR that does not know Vietnamese (the mark gone, or the letter misread).
OCR_READINGS = {
    "ư": ["u", "u", "ir", "tr", "it", "ii", "y", "i", "w"], "ơ": ["o", "o", "d", "6", "g", "é"],
    "ô": ["o", "o", "6", "é", "d"], "ă": ["a", "i", "&", "a"], "â": ["a", "4", "&", "é"], "ê": ["e", "é", "é"],
    "đ": ["d", "d", "d"], "Đ": ["D", "P", "B"],
}
_HORN, _BREVE, _CIRCUMFLEX = "\u031b", "\u0306", "\u0302"


def ocr_damage(text: str, seed: int = 7) -> str:
    """`text` as OCR output: plain tone marks dropped (or read as an acute on e/o), marked vowels misread."""
    chance = random.Random(seed)
    out = []
    for ch in text:
        decomposed = unicodedata.normalize("NFD", ch)
        letter, marks = decomposed[0], decomposed[1:]
        if ch in "đĐ":
            out.append(chance.choice(OCR_READINGS[ch]))
            continue
        if not marks or not letter.isalpha():
            out.append(ch)
            continue
        lower = letter.lower()
        key = ("ư" if lower == "u" else "ơ") if _HORN in marks else "ă" if _BREVE in marks else \
            {"e": "ê", "o": "ô", "a": "â"}.get(lower) if _CIRCUMFLEX in marks else None
        reading = chance.choice(OCR_READINGS[key]) if key else ("é" if lower in "eo" and chance.random() < 0.3 else lower)
        out.append(reading.upper() if letter.isupper() and len(reading) == 1 else reading)
    return "".join(out)


def main(folder: Path, ocr: bool = False) -> None:
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
        restorer = Restorer(train(training, sentences, words, names, genre_phrases()), max_edits=2 if ocr else 0)
        for para in test:
            restored = SYLLABLE.findall(restorer.restore(ocr_damage(para) if ocr else strip(para)).lower())
            gold = SYLLABLE.findall(para.lower())
            if len(restored) != len(gold):
                continue
            # "hoá" and "hóa" are one word spelt two ways (the tone on either vowel); restoration writes the latter
            right += sum(a == modern_tone(b) for a, b in zip(restored, gold))
            total += len(gold)
    elapsed = time.perf_counter() - started
    print(f"{'OCR-damaged' if ocr else 'stripped'}: paragraphs={len(paragraphs)} syllables={total} accuracy={right / max(1, total):.4f} "
          f"seconds={elapsed:.1f}")


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--ocr"]
    main(Path(args[0]) if args else Path("data/reports"), ocr="--ocr" in sys.argv[1:])
