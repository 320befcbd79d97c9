"""Names as the clean reports of a batch spell them.

Restoration guesses diacritics syllable by syllable; a clean report that names the same thing has them
right. An OCR report's name that folds exactly like a clean report's name of the same type is the same
words, so it takes the clean spelling ("Dự án tuyển cao tốc …" becomes "Dự án tuyến cao tốc …"). Names
that differ in any letter are left to restoration: only the marks change here, never the words.
"""
from __future__ import annotations

from .model import Extraction
from .text import fold_key


class CleanSpellings:
    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], str] = {}

    def learn(self, ex: Extraction) -> None:
        """Remember the names of a clean report (the first spelling seen of a name is kept)."""
        if ex.clean:
            for e in ex.entities:
                for label in (e.label, *e.aliases):
                    self.by_key.setdefault((e.type, fold_key(label)), label)

    def apply(self, ex: Extraction) -> None:
        """Give an OCR report's names the clean spelling of the same words."""
        if ex.clean or not self.by_key:
            return
        for e in ex.entities:
            if e.number:
                continue  # numbered texts are labelled by their number, in one canonical form already
            e.rename(lambda name: self.by_key.get((e.type, fold_key(name)), name))

    def __call__(self, ex: Extraction) -> Extraction:
        """Learn from a clean extraction, correct an OCR one; extractions come clean ones first."""
        self.learn(ex)
        self.apply(ex)
        return ex
