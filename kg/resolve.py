"""Entity resolution across reports: one IRI for one real-world thing.

Legal documents are the same when their numbers are (and their years do not disagree: 07/NQ-CP is
issued every January). Other entities are the same when they have the same type, the same numbers
in their names (Km5+200-Km42 is not Km42-Km90; năm 2024 is not năm 2025) and the words of the
shorter name are found in the longer one. Words compare exactly between clean texts and loosely
(edit distance) when one side is OCR output, where "cira khau" must meet "cửa khẩu".

IRIs are minted once, from the first name seen for a thing, and never change; reports are resolved
clean ones first, so that names with intact diacritics mint the IRIs where there are any.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from tiendo.extract.model import Entity, Extraction
from tiendo.extract.same_name import Known, known_name, similarity

from .iri import entity_iri


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
        entry = known_name(iri, etype, label, number, date, clean)
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
        probe = known_name("", e.type, e.label, e.number, e.date, clean)
        if probe.number:
            same = [k for k in self.by_number.get(probe.number, [])
                    if k.year is None or probe.year is None or k.year == probe.year]
            candidates = [k for k in same if k.year == probe.year] or same
            return candidates[0].iri if candidates else None
        best, best_score = None, 0.0
        for label in [e.label, *e.aliases]:
            probe = known_name("", e.type, label, None, None, clean)
            for k in self._candidates(probe):
                score = similarity(probe, k, across_reports=True)
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
