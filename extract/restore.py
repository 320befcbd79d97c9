"""Diacritic restoration: give a name read from OCR text its proper Vietnamese spelling.

Vietnamese syllables are a closed set. A syllable bigram model is learned from clean Vietnamese
text (the clean reports in the repository); an OCR token is then replaced by the syllable that best
explains it: close to it once both are folded (edit distance, so "cira" can be "cửa" and "Ling"
"Lăng"), and likely after the syllable before it (Viterbi over the name).

    python -m tiendo.extract.restore train data/reports --out extract/models/syllables.json

The model file ships in the repository; `make model` rebuilds it.
"""
from __future__ import annotations

import json
import math
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .text import fold, fold_ocr

MODEL_PATH = Path(__file__).resolve().parent / "models" / "syllables.json"
_WORD = re.compile(r"[&@¢€§]?[^\W_]*[^\W\d_](?:[^\W_]|[&@¢€§])*")
_DIGITS_AS_LETTERS = str.maketrans("0134689", "olaaoaa")
_SYLLABLE = re.compile(r"[^\W\d_]+")
START = "<s>"


def train(texts: list[str]) -> dict:
    """Unigram and bigram counts of lower-case syllables of clean text (sentence-internal bigrams)."""
    unigrams: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    for text in texts:
        text = re.sub(r"<[^>]+>", " ", text)  # markup such as <sup>12</sup> is not Vietnamese
        for sentence in re.split(r"[.;:!?\n()“”\"]+", text):
            prev = START
            for word in _SYLLABLE.findall(sentence.lower()):
                unigrams[word] += 1
                bigrams[f"{prev} {word}"] += 1
                prev = word
    return {"unigrams": dict(unigrams), "bigrams": {k: v for k, v in bigrams.items() if v > 0}}


class Restorer:
    def __init__(self, model: dict) -> None:
        self.unigrams: dict[str, int] = model["unigrams"]
        self.bigrams: dict[str, int] = model["bigrams"]
        self.total = sum(self.unigrams.values()) or 1
        self.by_fold: dict[str, list[str]] = {}
        for word in self.unigrams:
            self.by_fold.setdefault(fold(word), []).append(word)
        self.folds = list(self.by_fold)
        self._candidates = lru_cache(maxsize=20000)(self._candidates_uncached)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Restorer:
        return cls(json.loads(path.read_text(encoding="utf-8")))

    def logp(self, prev: str, word: str) -> float:
        """Bigram probability with absolute-discount backoff to unigrams."""
        uni = (self.unigrams.get(word, 0) + 0.1) / (self.total + 0.1 * len(self.unigrams))
        prev_count = self.unigrams.get(prev, 0) if prev != START else 0
        pair = self.bigrams.get(f"{prev} {word}", 0)
        if prev_count and pair:
            return math.log(0.7 * pair / prev_count + 0.3 * uni)
        return math.log(0.3 * uni)

    def _candidates_uncached(self, token: str) -> tuple[tuple[str, float], ...]:
        """(syllable, edit cost) pairs that a folded OCR token may stand for."""
        digits = sum(ch.isdigit() for ch in token)
        if digits and (digits > 1 or any(ch.isupper() for ch in token)):
            return ()  # a code such as "Km18", "QL4B" or "QH15", not a damaged word
        key = re.sub(r"[&@¢€§]", "a", fold_ocr(token).lower().translate(_DIGITS_AS_LETTERS))
        keys = {key: 0.0}
        if key[:1] in "pb":
            keys["d" + key[1:]] = 0.5  # Đ is read as P or B far more often than either is misread
        # ư is read as two letters: "Hitu" Hữu, "cira"/"ctra" cửa, "ciia" cửa.
        for probe in list(keys):
            repaired = probe[:1] + re.sub(r"it|ir|ti|tr|ii|ri", "u", probe[1:], count=1)
            if repaired != probe:
                keys.setdefault(repaired, keys[probe] + 0.5)
        out: dict[str, float] = {}
        for probe, extra in keys.items():
            exact = probe in self.by_fold
            limit = 2 if len(probe) >= 5 else 1 if len(probe) >= 3 or not exact else 0
            if token[:1].isupper() and not token.isupper():
                limit = min(limit, 1)  # a proper name the model may not know: change it little
            for folded, cost, _ in process.extract(probe, self.folds, scorer=Levenshtein.distance,
                                                   score_cutoff=limit, limit=12):
                for word in self.by_fold[folded]:
                    out[word] = min(out.get(word, 99.0), cost + extra)
        return tuple(out.items())

    def restore(self, text: str) -> str:
        """`text` with each OCR-damaged word replaced by its most likely proper spelling."""
        tokens = list(_WORD.finditer(text))
        if not tokens:
            return text
        lattice = [self._candidates(t.group()) or ((t.group(), 0.0),) for t in tokens]
        best: dict[str, tuple[float, list[str]]] = {START: (0.0, [])}
        for options in lattice:
            step: dict[str, tuple[float, list[str]]] = {}
            for word, cost in options:
                for prev, (score, path) in best.items():
                    total = score + self.logp(prev, word) - 2.5 * cost
                    if word not in step or total > step[word][0]:
                        step[word] = (total, path + [word])
            best = step
        words = max(best.values(), key=lambda sp: sp[0])[1]
        out, pos = [], 0
        for match, word in zip(tokens, words):
            out.append(text[pos:match.start()])
            out.append(_same_case(match.group(), word))
            pos = match.end()
        out.append(text[pos:])
        return "".join(out)


def _same_case(original: str, word: str) -> str:
    if original.isupper() and len(original) > 2:
        return word.upper()  # an acronym: UBND, HĐND, BOT
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=1)
def default_restorer() -> Restorer | None:
    return Restorer.load() if MODEL_PATH.exists() else None


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "train":
        print("usage: python -m tiendo.extract.restore train REPORT_DIR [--out MODEL.json]", file=sys.stderr)
        return 2
    from .reader import read_report

    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else MODEL_PATH
    sources = [read_report(p) for p in sorted(Path(argv[1]).iterdir()) if p.is_file()]
    clean = [s.text for s in sources if s.clean]
    model = train(clean)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    print(f"trained on {len(clean)} clean report(s) of {len(sources)}: {len(model['unigrams'])} syllables, "
          f"{len(model['bigrams'])} bigrams → {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
