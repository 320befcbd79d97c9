"""Entity resolution across reports: one IRI for one real-world thing.

Legal documents are the same when their numbers are (and their years do not disagree: 02/NQ-CP is
issued every January). Other entities are the same when they have the same type, the same numbers
in their names (Km3+700-Km18 is not Km18-Km80; năm 2024 is not năm 2025) and the words of the
shorter name are found in the longer one. Words compare exactly between clean texts and loosely
(edit distance) when one side is OCR output, where "cira khau" must meet "cửa khẩu".

IRIs are minted once, from the first name seen for a thing, and never change; reports are resolved
clean ones first, so that names with intact diacritics mint the IRIs where there are any.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from tiendo.extract.legal import number_key
from tiendo.extract.lexicon import CUA
from tiendo.extract.model import Entity, Extraction
from tiendo.extract.text import fold_ocr

from .iri import entity_iri

# Words that say what kind of thing a name is rather than which one.
CUE_WORDS = {
    "du", "an", "de", "tieu", "ke", "hoach", "quy", "chuong", "trinh", "nghi", "quyet", "dinh", "chi", "thi",
    "luat", "khu", "cum", "cong", "nghiep", "tuyen", "duong", "so", "cua", "va", "cac", "ve", "viec", "thuc",
    "hien", "trien", "khai", "xay", "dung", "dau", "tu", "tren", "dia", "ban", "tinh", "nam", "giai", "doan",
    "thoi", "ky", "theo", "hinh", "thuc", "nha", "may", "tai", "o", "thuoc", "voi", "cho", "tam", "nhin", "den",
}
_D_LIKE = set("dpb")


_CUA = re.compile(CUA)  # "cửa" as OCR leaves it: cira, ctra, ciia, cura …


def name_tokens(label: str) -> list[str]:
    tokens = re.findall(r"[a-z0-9]+(?:\+[0-9]+)?", fold_ocr(label))
    return ["cua" if _CUA.fullmatch(t) else t for t in tokens]


def _is_year(token: str) -> bool:
    return token.isdigit() and 1900 <= int(token) <= 2100


@dataclass
class Known:
    iri: str
    type: str
    core: list[str]
    numbers: frozenset[str]
    number: str | None = None      # legal number key without year
    year: str | None = None
    clean: bool = True


@dataclass
class Resolver:
    known: dict[str, list[Known]] = field(default_factory=dict)   # by type
    by_number: dict[str, list[Known]] = field(default_factory=dict)
    minted: set[str] = field(default_factory=set)
    # Blocking: a name is compared only with names of its type that share a word with it (or, for names
    # with no word left, with all of them). Without it, resolving grows with the square of the corpus.
    by_word: dict[tuple[str, str], list[Known]] = field(default_factory=dict)
    _registered: set[tuple] = field(default_factory=set)

    def register(self, iri: str, etype: str, label: str, number: str | None, date: str | None, clean: bool) -> None:
        entry = _known(iri, etype, label, number, date, clean)
        key = (iri, etype, tuple(entry.core), entry.numbers, entry.number, entry.year, entry.clean)
        if key in self._registered:
            return  # the same name of the same thing, seen again in another report: nothing new to compare
        self._registered.add(key)
        if entry.number:
            self.by_number.setdefault(entry.number, []).append(entry)
        else:
            self.known.setdefault(etype, []).append(entry)
            for word in set(entry.core):
                self.by_word.setdefault((etype, word), []).append(entry)
        self.minted.add(iri)

    def _candidates(self, probe: Known) -> list[Known]:
        if not probe.core:
            return self.known.get(probe.type, [])
        seen: dict[int, Known] = {}
        for word in set(probe.core):
            for k in self.by_word.get((probe.type, word), ()):
                seen.setdefault(id(k), k)
        return list(seen.values())

    def resolve(self, ex: Extraction) -> dict[str, str]:
        """Entity id → IRI for one report, registering what it adds."""
        out: dict[str, str] = {}
        for e in ex.entities:
            iri = self.match(e, ex.clean)
            if iri is None:
                iri = self._mint(e)
            out[e.id] = iri
            for label in [e.label, *e.aliases]:
                self.register(iri, e.type, label, e.number, e.date, ex.clean)
        return out

    def match(self, e: Entity, clean: bool) -> str | None:
        probe = _known("", e.type, e.label, e.number, e.date, clean)
        if probe.number:
            same = [k for k in self.by_number.get(probe.number, [])
                    if k.year is None or probe.year is None or k.year == probe.year]
            candidates = [k for k in same if k.year == probe.year] or same
            return candidates[0].iri if candidates else None
        best, best_score = None, 0.0
        for label in [e.label, *e.aliases]:
            probe = _known("", e.type, label, None, None, clean)
            for k in self._candidates(probe):
                score = similarity(probe, k)
                # Equal scores go to the smaller IRI, so the outcome does not depend on the order in which
                # things were registered (one build, or a build resumed over a store that holds part of it).
                if score > best_score or (score == best_score and best is not None and k.iri < best.iri):
                    best, best_score = k, score
        return best.iri if best is not None and best_score >= 0.8 else None

    def iri_for(self, etype: str, label: str, clean: bool) -> str:
        """The IRI of a thing known only by its name (the issuer of a report), minted if new."""
        entity = Entity("", etype, label, "")
        iri = self.match(entity, clean) or self._mint(entity)
        self.register(iri, etype, label, None, None, clean)
        return iri

    def _mint(self, e: Entity) -> str:
        base = entity_iri(e.type, e.label, _dated_number(e.number, e.date))
        iri, n = base, 2
        while iri in self.minted:
            iri, n = f"{base}-{n}", n + 1
        return iri


def _dated_number(number: str | None, date: str | None) -> str | None:
    if number and date and not re.search(r"/\d{4}/", number):
        return f"{number} {date[:4]}"
    return number


def _known(iri: str, etype: str, label: str, number: str | None, date: str | None, clean: bool) -> Known:
    tokens = name_tokens(label)
    numbers = frozenset(t for t in tokens if any(c.isdigit() for c in t))
    core = [t for t in tokens if t not in CUE_WORDS and t not in numbers]
    key = year = None
    if number:
        key = number_key(number)
        embedded = re.search(r"/(\d{4})/", number)
        year = embedded.group(1) if embedded else (date[:4] if date else None)
    return Known(iri, etype, core, numbers, key, year, clean)


def similarity(a: Known, b: Known) -> float:
    """How well the shorter name's words are found in the longer one (0..1); 0 when numbers differ."""
    short, long_ = (a, b) if len(a.core) <= len(b.core) else (b, a)
    if a.numbers != b.numbers:
        # A short name may leave out the landmarks of a long one ("… tại … mốc 1119-1120"), never its years.
        if short.numbers or any(_is_year(t) for t in long_.numbers) or len(short.core) < 4:
            return 0.0
    if len(short.core) < 2:
        return 1.0 if short.core == long_.core else 0.0
    loose = not (a.clean and b.clean)
    pool = list(long_.core)
    total = 0.0
    for token in short.core:
        scores = [(token_similarity(token, other, loose), i) for i, other in enumerate(pool)]
        score, index = max(scores, default=(0.0, -1))
        if score > 0:
            pool.pop(index)
        total += score
    coverage = total / len(short.core)
    # A short name inside a much longer one is weaker evidence than two names of like length.
    balance = min(1.0, 0.6 + 0.4 * len(short.core) / max(1, len(long_.core)))
    return coverage * (1.0 if coverage == 1.0 else balance)


def token_similarity(a: str, b: str, loose: bool) -> float:
    if a == b:
        return 1.0
    if not loose or min(len(a), len(b)) < 2:
        return 0.0
    if a[0] != b[0] and not (a[0] in _D_LIKE and b[0] in _D_LIKE):
        return 0.0
    # OCR breaks about one letter in three of a syllable; half the letters right is a likely match.
    sim = Levenshtein.normalized_similarity(a, b)
    return 0.5 + sim / 2 if sim >= 0.5 else 0.0
