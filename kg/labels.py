"""Choosing the one label to show for a thing named differently by different reports."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

_SHAPING = set("\u0302\u0306\u031b")


@lru_cache(maxsize=1 << 16)  # a build scores the same names again at every report that repeats them
def vietnamese_letter_share(text: str) -> float:
    """Share of letters that carry Vietnamese shaping (â ă ê ô ơ ư đ): high for intact text."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    shaped = sum(1 for c in letters if c in "đĐ" or any(m in _SHAPING for m in unicodedata.normalize("NFD", c)))
    return shaped / len(letters)


def best_label(variants: list[tuple[str, bool, int]]) -> str:
    """Pick from (label, from clean text, times seen): clean text first, then the most often seen, then the
    most intact-looking, then the longest; ties broken alphabetically so the choice is reproducible."""
    return min(variants, key=lambda v: (not v[1], -v[2], -round(vietnamese_letter_share(v[0]), 2), -len(v[0]), v[0]))[0]
