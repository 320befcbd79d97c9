"""Names as the clean reports of a batch spell them.

Restoration guesses diacritics syllable by syllable; a clean report that names the same thing has them
right. An OCR report's name that folds exactly like a clean report's name of the same type is the same
words, so it takes the clean spelling ("Dự án tuyển cao tốc …" becomes "Dự án tuyến cao tốc …"). So does
a long name that differs from one clean name only by a space or a letter that OCR merged or lost ("50
Tramy té" read as "50 Trạm tế" for "50 Trạm y tế"), when its numbers are the same and no other clean name
of its type is as near. Names further apart are left to restoration.
"""
from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from .model import Extraction
from .text import fold_key

# How long a name's key must be (letters, spaces left out) for one letter's difference to be OCR's, not
# another name's ("Kế hoạch A" and "Kế hoạch B" differ by one letter too).
NEAR_LENGTH = 40
_DIGITS = re.compile(r"\d+")


def _near_key(key: str) -> str:
    return key.replace(" ", "")


class CleanSpellings:
    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], str] = {}
        # (type, the numbers of the name) → the clean names' keys without spaces, and their spellings
        self.near: dict[tuple[str, tuple[str, ...]], dict[str, str]] = {}

    def learn(self, ex: Extraction) -> None:
        """Remember the names of a clean report (the first spelling seen of a name is kept)."""
        if ex.clean:
            for e in ex.entities:
                for label in (e.label, *e.aliases):
                    key = fold_key(label)
                    self.by_key.setdefault((e.type, key), label)
                    if len(_near_key(key)) >= NEAR_LENGTH:
                        self.near.setdefault((e.type, tuple(_DIGITS.findall(key))), {}).setdefault(_near_key(key), label)

    def spelt(self, etype: str, name: str) -> str:
        """`name` as a clean report spells it: the same words, or one letter or space apart; else as it is."""
        key = fold_key(name)
        if (found := self.by_key.get((etype, key))) is not None:
            return found
        near_key = _near_key(key)
        if len(near_key) < NEAR_LENGTH:
            return name
        near = [label for clean_key, label in self.near.get((etype, tuple(_DIGITS.findall(key))), {}).items()
                if Levenshtein.distance(near_key, clean_key, score_cutoff=1) <= 1]
        return near[0] if len(near) == 1 else name

    def apply(self, ex: Extraction) -> None:
        """Give an OCR report's names the clean spelling of the same words."""
        if ex.clean or not self.by_key:
            return
        for e in ex.entities:
            if e.number:
                continue  # numbered texts are labelled by their number, in one canonical form already
            e.rename(lambda name: self.spelt(e.type, name))

    def __call__(self, ex: Extraction) -> Extraction:
        """Learn from a clean extraction, correct an OCR one; extractions come clean ones first."""
        self.learn(ex)
        self.apply(ex)
        return ex
