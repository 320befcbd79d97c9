"""Diacritic restoration: give a name read from OCR text its proper Vietnamese spelling.

Vietnamese syllables are a closed set. A syllable bigram model is learned from general clean
Vietnamese text that a PyPI package ships (underthesea's VLSP sample and Viet74K word list, the syllable
pairs its CRF models name as features, and the pairs of syllables in the names of its table of provinces,
districts and wards) and from the clean reports of
the bundled sample (data/reports): the genre at hand, whose words ("hỗ trợ", "giải ngân") general text
seldom has. At run time it is adapted to the clean reports being read beside the OCR ones
(`Restorer.adapted`), so a name spelled properly in one report helps restore it in another. The
repository holds no model: it is trained from those files (read from disk, nothing downloaded) the first
time it is needed, in about a second, and kept in the user's cache (`TIENDO_CACHE`, default ~/.cache/tiendo).
An OCR token is replaced by the syllable that best explains it: close to it
once both are folded (edit distance, so "cira" can be "cửa"), and likely after the syllable before it
(Viterbi over the name), or after the two before it where a clean report holds the three ("tái định cư").

    python -m tiendo.extract.restore train [--out MODEL.json]   # what `make model` runs
"""
from __future__ import annotations

import copy
import hashlib
import heapq
import json
import math
import os
import unicodedata
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein

from .legal import canonical_code
from .text import STANDALONE_SYMBOL, WORD_SYMBOLS, fold, fold_ocr, modern_tone

MODEL_FORMAT = 14  # bump when `train` changes what it writes: cached models of another format are retrained


def model_path() -> Path:
    """Where the trained model is cached: one file per underthesea version, bundled sample, lexicon and model
    format."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        source = f"underthesea-{version('underthesea')}"
    except PackageNotFoundError:
        source = "none"
    cache = os.environ.get("TIENDO_CACHE") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "tiendo"
    # Another sample of reports is another model. Its files' bytes are hashed, not read as reports: start-up
    # needs only the key, and only training needs the texts.
    sample = hashlib.sha256()
    for path in _bundled_files():
        sample.update(path.name.encode("utf-8") + b"\0" + path.read_bytes())
    from .lexicon import genre_phrases

    sample.update("\n".join(genre_phrases()).encode("utf-8"))  # the lexicon's phrases: another lexicon, another model
    return Path(cache) / f"syllables-{source}-{sample.hexdigest()[:12]}-v{MODEL_FORMAT}.json"


BUNDLED_REPORTS = Path(__file__).resolve().parent.parent / "data" / "reports"  # in a source checkout


def _bundled_files() -> list[Path]:
    return sorted(path for path in BUNDLED_REPORTS.glob("*") if path.is_file()) if BUNDLED_REPORTS.is_dir() else []


@lru_cache(maxsize=1)
def bundled_clean_texts() -> tuple[str, ...]:
    """The clean (not OCR) reports of the sample bundled with the source, as the reader gives them; none
    where the package is installed without it."""
    from .reader import ReportError, read_report

    texts = []
    for path in _bundled_files():
        try:
            source = read_report(path)
        except ReportError:
            continue
        if source.clean:
            texts.append(source.text)
    return tuple(texts)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
_VOWEL_RE = re.compile(r"[aeiouy]")
_ROMAN = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # I to XXXIX: the numbers of congresses and terms
_WORD = re.compile(rf"[{WORD_SYMBOLS}]?[^\W_]*[^\W\d_](?:[^\W_]|[{WORD_SYMBOLS}]|(?<=[uU])’(?=[^\W\d_]))*")
# A lower-case word ending in two digits that OCR reads for letters: "ph01" (phối), "gi61" (giới).
_LETTERS_READ_AS_DIGITS = re.compile(r"[a-zđ]{2,3}[013468]{2}")
# A capitalised word with one letter read as a digit between lower-case letters: "S6n" is "Sơn". A code ends in
# its digits or capitals ("QL6B", "Km42").
# and "T6", "B6", "To6": Tổ, Bộ (ô read as 6, or as a vowel and a 6), not "Km6"
_DIGIT_INSIDE_A_WORD = re.compile(r"[A-ZĐ][a-zđ]*[0-9][a-zđ]+|[A-ZĐ][aeiouy]{0,2}6")
_ROAD_NUMBER = re.compile(r"\d{1,3}[A-Z]{1,2}")
_L_READ_AS_I = re.compile(r"I[a-zà-ỹđ]")
_U_AS_TWO = re.compile(r"(?=it|ir|ti|tr|ii|ri|ur)")  # where OCR may have read ư as two letters ("tur" từ)
DIGITS_AS_LETTERS = str.maketrans("0134689", "olaaoaa")  # the letters OCR reads as digits
_SYMBOL = re.compile(r"[&@¢€§]")  # what OCR writes for a marked vowel ("x&" xã, "tr¢" trẻ)
_SYLLABLE = re.compile(r"[^\W\d_]+")
# Numbers are one token of the model, NUM: "năm" is read before a year ("năm 2024", not "nam 2024").
NUM = "<num>"
_NUMBER = re.compile(r"\d+(?:[.,/]\d+)*")
# A road's number ("4E", lower-cased "4e") is one number, as restoration reads it (`_ROAD_NUMBER`).
_TRAINING_TOKEN = re.compile(rf"\d{{1,3}}[a-zA-Z]{{1,2}}(?![^\W\d_])|{_SYLLABLE.pattern}|{_NUMBER.pattern}")
_TRAINING_TOKEN_OR_COMMA = re.compile(rf"{_TRAINING_TOKEN.pattern}|,")  # a number's comma is inside its token
# What the lattice reads: words (which may hold OCR's digits and symbols, "x4", "x&") and whole numbers.
_LATTICE_TOKEN = re.compile(rf"{_WORD.pattern}|{_NUMBER.pattern}|{STANDALONE_SYMBOL.pattern}")
START = "<s>"
_LETTERS_AND_NUMBER = re.compile(r"([A-Za-z]{1,3})\d+")
_AS_WRITTEN = "\x00"  # before a lattice token: its one reading is the rest, as written
# What ends a run of words whose pairs the model counts and reads: a sentence's end, a bracket, a quote.
_BREAK = re.compile(r"[.;:!?\n()“”\"]+")
# A pair across a comma is counted apart, its first word marked with the comma ("sở," before "ban"): a list's
# items seldom tell each other's spelling ("bảo quản, tu bổ" is not "quản tư" of "cơ quan tư pháp"), but a
# fixed list does ("sở, ban, ngành").
COMMA = ","
# Reports are the genre being restored (their names, places and administrative phrases); general text
# only fills the gaps, so a report's counts weigh more.
REPORT_WEIGHT = 5
# A report's word triples ("tái định cư", not "quy định cụ") settle a spelling the word pair leaves open; they
# weigh little beside the pair (`bench/restore_accuracy.py` is the same at 0.1, a little worse above it).
TRIGRAM_WEIGHT = 0.1
BEAM = 12  # candidates kept per token
EXACT_KEPT = 2  # spellings the token folds to exactly, kept beyond the beam


def train(texts: list[str], sentences: list[list[str]] = (), words: list[str] = (), names: list[str] = (),
          phrases: list[str] = ()) -> dict:
    """Unigram and bigram counts of lower-case syllables: of clean report texts, of running-text
    sentences (lists of syllables), of the genre's `phrases` (the lexicon's spellings, weighed as a report's
    words: "đường tỉnh", not "dưỡng tính") and, once each, of the syllables inside dictionary words; trigram
    counts of the reports only (general text's triples made the benchmark worse). Place
    `names` give pairs of their own ("bắc hà"), which count only for capitalised words: "giải ngân
    vốn" must not become "Ngân Sơn", a district's name."""
    unigrams: Counter[str] = Counter()
    bigrams: Counter[str] = Counter()
    trigrams: Counter[str] = Counter()

    def add(syllables: list[str], start: bool = True, weight: int = 1, triples: bool = False) -> None:
        # each word with its tone where the reports mostly put it ("hóa", not "hoá"): the counts of one word are
        # not split between its two spellings
        syllables = [modern_tone(word) for word in syllables]
        prev, comma = START if start else None, ""
        for word in syllables:
            if word == COMMA:
                comma = COMMA
                continue
            unigrams[word] += weight
            if prev is not None:
                bigrams[f"{prev}{comma} {word}"] += weight
            prev, comma = word, ""
        if triples:
            for piece in " ".join(syllables).split(COMMA):  # no triple across a comma
                words = piece.split()
                for triple in zip(words, words[1:], words[2:]):
                    trigrams[" ".join(triple)] += 1

    for text in texts:
        text = re.sub(r"<[^>]+>", " ", text)  # markup such as <sup>12</sup> is not Vietnamese
        for sentence in _BREAK.split(text):
            add([_as_token(w) for w in _TRAINING_TOKEN_OR_COMMA.findall(sentence.lower())], weight=REPORT_WEIGHT,
                triples=True)
    for sentence in sentences:
        add([_as_token(w) for w in sentence if w == COMMA or _TRAINING_TOKEN.fullmatch(w)])
    for phrase in phrases:
        add([_as_token(w) for w in _TRAINING_TOKEN.findall(phrase.lower())], start=False, weight=REPORT_WEIGHT)
    for word in words:
        add(_SYLLABLE.findall(word.lower()), start=False)
    name_bigrams: Counter[str] = Counter()
    for name in names:
        unit = _SYLLABLE.findall(m.group(0).lower()) if (m := UNIT_WORD.match(name)) else []
        if len(unit) == 2:
            # The unit words are common words too ("các huyện, thành phố"): the second syllable of one counts
            # once for each unit the table names with it, so that the few candidates kept for an OCR token
            # ("phé": phê, phế, phố …) keep it. Not the first ("thị" would outnumber "Chi" in names).
            unigrams[unit[1]] += 1
        syllables = [modern_tone(w) for w in _SYLLABLE.findall(name.lower())]
        for prev, word in zip(syllables, syllables[1:]):
            name_bigrams[f"{prev} {word}"] += 1
        for word in syllables:
            unigrams.setdefault(word, 1)
    return {"unigrams": dict(unigrams), "bigrams": dict(bigrams), "trigrams": dict(trigrams),
            "name_bigrams": dict(name_bigrams)}


def _as_token(word: str) -> str:
    """A syllable as it is, a number as NUM."""
    return NUM if word[0].isdigit() else word


def packaged_corpora() -> tuple[list[list[str]], list[str], list[str], list[str]]:
    """Clean Vietnamese shipped by PyPI packages, when installed: underthesea's VLSP 2013 sample
    (running text), its Viet74K word list and its table of administrative units.
    Returns (sentences, dictionary words, place names, sources)."""
    try:
        from importlib.resources import files

        root = files("underthesea")
    except (ImportError, ModuleNotFoundError):
        return [], [], [], []
    sentences, words, names, sources = [], [], [], []
    vlsp = root / "pipeline/pos_tag/models/pos_crf_vlsp2013_20230303/test_output.txt"
    if vlsp.is_file():
        current: list[str] = []
        for line in vlsp.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                if current:
                    sentences.append(current)
                current = []
                continue
            token = unicodedata.normalize("NFC", line.split("\t")[0]).lower()
            if token == COMMA:
                current.append(COMMA)  # a pair across it is counted apart (`COMMA`)
            elif token in ".;:!?…()\"“”":
                if current:
                    sentences.append(current)
                current = []
            else:
                current += token.split()
        if current:
            sentences.append(current)
        sources.append("underthesea: VLSP 2013 POS sample")
    dictionary = root / "corpus/data/Viet74K.txt"
    if dictionary.is_file():
        words = [unicodedata.normalize("NFC", w) for w in dictionary.read_text(encoding="utf-8").splitlines() if w]
        sources.append("underthesea: Viet74K word list")
    pairs = attested_pairs(root)
    if pairs:
        words = words + pairs * 2  # twice: a pair a model kept as a feature was seen more than once
        sources.append("underthesea: syllable pairs its word-segmentation and tagging models were trained on")
    units = root / ADMIN_UNITS_FILE
    if units.is_file():
        names = administrative_names(json.loads(units.read_text(encoding="utf-8")))
        sources.append("underthesea: administrative units of Vietnam (provinces, districts, wards)")
    return sentences, words, names, sources


# The features of underthesea's CRF models (python-crfsuite files) name the syllable pairs of the corpus they
# were trained on (the full VLSP 2013 treebank, much more running text than the sample above):
# "T[-1,0].lower=vận tải" is a pair that text holds. Each counts once, as a dictionary word does.
_PAIR_FEATURE = re.compile(rb"T\[(?:-2,-1|-1,0|0,1|1,2)\](?:\.lower)?=([^\x00-\x1f=]{3,40}?)(?=[\x00-\x1f])")


def attested_pairs(root) -> list[str]:
    pairs: set[str] = set()
    for model in sorted(Path(str(root)).glob("pipeline/*/models/*/models.bin")):
        for m in _PAIR_FEATURE.finditer(model.read_bytes()):
            try:
                pair = unicodedata.normalize("NFC", m.group(1).decode("utf-8")).lower()
            except UnicodeDecodeError:
                continue
            syllables = pair.split(" ")
            if len(syllables) == 2 and all(_SYLLABLE.fullmatch(w) for w in syllables):
                pairs.add(pair)
    return sorted(pairs)


ADMIN_UNITS_FILE = "address/data/mapping.json"  # underthesea's table of Vietnam's administrative units
UNIT_KEYS = ("old_province", "old_district", "old_ward", "new_province", "new_ward")


def administrative_names(mapping: dict) -> list[str]:
    """Every province, district and ward name of underthesea's address table, with its unit word
    ("Thị trấn Bắc Hà") and without it ("Bắc Hà"): the place names reports are full of."""
    names = {unit[key] for unit in mapping.get("ward_mapping", []) for key in UNIT_KEYS if unit.get(key)}
    bare = {UNIT_WORD.sub("", name) for name in names}
    return sorted(unicodedata.normalize("NFC", name) for name in names | bare if name)


# The unit word before a unit's name in the table ("Huyện Bắc Hà").
UNIT_WORD = re.compile(r"^(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Thị trấn|Xã|Phường|Đặc khu)\s+")


def _folded(token: str) -> str:
    """An OCR token folded (no marks, lower case) with the digits OCR writes for letters read as letters."""
    return fold_ocr(token).lower().translate(DIGITS_AS_LETTERS)


class Restorer:
    """`max_edits` bounds how far a token may be from the syllable it is read as: 0 for text that only
    lost its diacritics, 2 for OCR output; `edit_cost` is the log-probability paid per edit."""

    def __init__(self, model: dict, max_edits: int = 2, edit_cost: float = 6.0) -> None:
        self.max_edits = max_edits
        self.edit_cost = edit_cost
        self.unigrams: dict[str, int] = model["unigrams"]
        self.bigrams: dict[str, int] = model["bigrams"]
        self.name_bigrams: dict[str, int] = model.get("name_bigrams", {})
        self.trigrams: dict[str, int] = model.get("trigrams", {})
        self.trained_on: set[str] = set(model.get("trained_on", ()))  # digests of the reports counted in
        self.total = sum(self.unigrams.values()) or 1
        self.by_fold: dict[str, list[str]] = {}
        for word in self.unigrams:
            self.by_fold.setdefault(fold(word), []).append(word)
        # What a damaged token may be read as: syllables, not the abbreviations ("ct", "kt") of the training text.
        self.folds = [key for key in self.by_fold if _VOWEL_RE.search(key)]
        # How common each folded form is: among spellings equally far from a token, the common ones are kept.
        self.fold_count = {key: sum(self.unigrams[w] for w in words) for key, words in self.by_fold.items()}
        self._indexes: list[dict[str, list[str]]] | None = None  # built on first use: clean text needs none
        self._cache_lookups()
        # For each word, the words seen before it and how often: the lattice looks up only pairs that exist.
        self.before: dict[str, dict[str, int]] = {}
        for pair, n in self.bigrams.items():
            prev, _, word = pair.partition(" ")
            self.before.setdefault(word, {})[prev] = n
        # What a capitalised word may follow: the general pairs and those of place names, added.
        self.name_before: dict[str, dict[str, int]] = {}
        for pair, n in self.name_bigrams.items():
            prev, _, word = pair.partition(" ")
            merged = self.name_before.setdefault(word, dict(self.before.get(word, {})))
            merged[prev] = merged.get(prev, 0) + n
        # For each pair of words, the words seen after it and how often, with their total.
        followers: dict[tuple[str, str], dict[str, int]] = {}
        for triple, n in self.trigrams.items():
            first, second, word = triple.split(" ")
            followers.setdefault((first, second), {})[word] = n
        self.after_pair = {pair: (after, sum(after.values())) for pair, after in followers.items()}
        self._unigram_norm = self.total + 0.1 * len(self.unigrams)
        self._halves: dict[str, tuple[float, float]] = {}  # word → (½·unigram, its log), filled on first sight
        self._exact_only: Restorer | None = None
        self.options = {"max_edits": max_edits, "edit_cost": edit_cost}

    def adapted(self, clean_texts: list[str]) -> Restorer:
        """A restorer that also knows the syllables of these clean reports (weighted as the genre at hand);
        those the model was trained on already are not counted twice."""
        new = [text for text in clean_texts if text_digest(text) not in self.trained_on]
        if not new:
            return self
        extra = train(new)
        unigrams, bigrams = dict(self.unigrams), dict(self.bigrams)
        for word, n in extra["unigrams"].items():
            unigrams[word] = unigrams.get(word, 0) + n
        for pair, n in extra["bigrams"].items():
            bigrams[pair] = bigrams.get(pair, 0) + n
        trigrams = dict(self.trigrams)
        for triple, n in extra["trigrams"].items():
            trigrams[triple] = trigrams.get(triple, 0) + n
        adapted = Restorer({"unigrams": unigrams, "bigrams": bigrams, "trigrams": trigrams,
                            "name_bigrams": self.name_bigrams,
                            "trained_on": [*self.trained_on, *map(text_digest, new)]}, **self.options)
        # The general syllables' index is shared; only the reports' new syllables are indexed again.
        known = set(self.folds)
        adapted._indexes = [*self._deletion_indexes(), _deletion_index([f for f in adapted.folds if f not in known])]
        return adapted

    def _cache_lookups(self) -> None:
        """This restorer's own caches of what it has read: the same names recur across reports, the same
        words across names, the same word pairs across sentences."""
        self._candidates = lru_cache(maxsize=50000)(self._candidates_uncached)
        self.restore = lru_cache(maxsize=20000)(Restorer.restore.__get__(self))
        self._pruned = lru_cache(maxsize=50000)(Restorer._pruned.__get__(self))
        self._exact_units = lru_cache(maxsize=50000)(Restorer._exact_units.__get__(self))
        self._seen_pairs = lru_cache(maxsize=200000)(self._seen_pairs_uncached)

    def exact_only(self) -> Restorer:
        """This model reading text that only lost its diacritics (no OCR misreadings): every token is read as a
        syllable it folds to exactly. Made once, sharing the model's tables."""
        if self.max_edits == 0:
            return self
        if self._exact_only is None:
            twin = copy.copy(self)
            twin.max_edits, twin.options = 0, {**self.options, "max_edits": 0}
            twin._cache_lookups()  # caches of its own: its candidates differ
            self._exact_only = twin
        return self._exact_only

    def _deletion_indexes(self) -> list[dict[str, list[str]]]:
        if self._indexes is None:
            self._indexes = [_deletion_index(self.folds)]
        return self._indexes

    def _near(self, probe: str, limit: int) -> list[str]:
        """The syllables (folded) within `limit` edits of `probe`, found by their deletion neighbourhoods
        (as SymSpell does): a few dictionary lookups instead of comparing the probe with every syllable."""
        found: set[str] = set()
        for index in self._deletion_indexes():
            for variant in _deletions(probe, limit):
                found.update(index.get(variant, ()))
        return [folded for folded in found if Levenshtein.distance(probe, folded, score_cutoff=limit) <= limit]

    @classmethod
    def load(cls, path: Path | None = None, **options) -> Restorer:
        path = path or model_path()
        return cls(json.loads(path.read_text(encoding="utf-8")), **options)

    def _candidates_uncached(self, token: str) -> tuple[tuple[str, float], ...]:
        """(syllable, edit cost) pairs that a folded OCR token may stand for."""
        digits = sum(ch.isdigit() for ch in token)
        if digits and (digits > 1 or any(ch.isupper() for ch in token)) and not (
                _LETTERS_READ_AS_DIGITS.fullmatch(token) or _DIGIT_INSIDE_A_WORD.fullmatch(token)):
            return ()  # a code such as "Km42", "QL6B" or "QH15", not a damaged word
        if token in ("&", "¢"):  # standing alone, OCR's "ở" (`text.STANDALONE_SYMBOL`)
            key = "o"
        else:
            key = _SYMBOL.sub("a", _folded(token))
        keys = {key: 0.0}
        if self.max_edits and "¢" in token:  # ¢ is read as o, and is as often an e with its marks ("tr¢ em" trẻ em)
            keys.setdefault(_folded(token.replace("¢", "e")), 0.0)
        if self.max_edits and len(token) > 2 and _SYMBOL.search(token[1:]):
            # a symbol after a letter may be a vowel's mark read apart from it: "xd@" is "xã" (d for a, @ for ~)
            keys.setdefault(_folded(_SYMBOL.sub("", token)), 0.5)
        if self.max_edits == 0:
            pass  # only the diacritics are missing: no OCR misreadings to undo
        elif token[:1] in "PB":
            keys["d" + key[1:]] = 0.5  # Đ is read as P or B far more often than either is misread (đ is read d)
        if self.max_edits and token.isupper() and not _VOWEL_RE.search(key):
            # an acronym whose Đ OCR read as P or B ("HPND" is HĐND): acronyms are read only as they are spelt
            swapped = key.replace("p", "d").replace("b", "d")
            if swapped != key and swapped in self.by_fold:
                keys.setdefault(swapped, 0.5)
        # ư is read as w ("Trung wong" Trung ương, "thwong" thường): no Vietnamese word has a w
        for probe in [probe for probe in keys if "w" in probe] if self.max_edits else []:
            keys.setdefault(probe.replace("w", "u"), keys[probe] + 0.5)
        # ư is read as two letters: "tirong" tướng, "cira"/"ctra" cửa, "ciia" cửa.
        for probe in list(keys) if self.max_edits else []:
            for m in _U_AS_TWO.finditer(probe):  # each place it may be ("gitra": "giua", not "gura")
                if m.start() == 0 and probe[:2] not in ("ir", "ii", "it"):
                    continue  # a word opens on "tr", never on "ir": "irng" is "ứng"
                keys.setdefault(probe[:m.start()] + "u" + probe[m.start() + 2:], keys[probe] + 0.5)
        out: dict[str, float] = {}
        for probe, extra in keys.items():
            exact = probe in self.by_fold
            # A lone lower-case consonant is a syllable whose vowel OCR lost ("chuyển đổi s" số, "phân b" bổ), or an
            # abbreviation (as "đ" for đồng is, and kept as such).
            lone = len(probe) == 1 and token.islower() and not _VOWEL_RE.search(probe) and probe != "d"
            limit = min(self.max_edits, 2 if len(probe) >= 5 else 1 if len(probe) >= 2 or not exact or lone else 0)
            near = self._near(probe, limit)
            if lone:
                near = [folded for folded in near if folded.startswith(probe)]
            if token[:1].isupper() and (not token.isupper() or digits):  # "Hà", "H6"; not an acronym, "UBND"
                # a proper name the model may not know: change it little, and its capital only as OCR misreads
                # one (a marked vowel, Đ, "I" for "l": "Iy" is "lý")
                limit = min(limit, 1)
                capitals = probe[:1] + _NEAR_LETTERS.get(probe[:1], "") + ("l" if probe[:1] == "i" else "")
                near = [folded for folded in self._near(probe, limit) if folded[:1] in capitals]
            if exact and not _VOWEL_RE.search(probe):
                near.append(probe)  # an abbreviation read as written ("đ" for đồng)
            ranked = sorted((ocr_distance(probe, folded) + extra, -self.fold_count[folded], folded)
                            for folded in near)[:16]
            for cost, _, folded in ranked:
                for word in self.by_fold[folded]:
                    out[word] = min(out.get(word, 99.0), cost)
        return tuple(out.items())

    def _pruned(self, token: str) -> tuple[tuple[str, float], ...]:
        """The few candidates worth a place in the lattice: cheap to reach and common on their own."""
        options = self._candidates(token)
        if not options:
            return ((token, 0.0),)
        if len(options) <= BEAM:
            return options
        kept = heapq.nsmallest(BEAM, options, key=lambda wc: self.edit_cost * wc[1]
                               - math.log(self.unigrams.get(wc[0], 0) + 1))
        # and the commonest spellings the token folds to exactly, however rare ("xat": xát, beside xã and xuất)
        exact = sorted((option for option in options if option[1] == 0 and option not in kept),
                       key=lambda wc: -self.unigrams.get(wc[0], 0))
        return tuple(kept) + tuple(exact[:EXACT_KEPT])

    def restore(self, text: str, readings: tuple[str, ...] = ()) -> str:
        """`text` with each OCR-damaged word replaced by its most likely proper spelling. `readings`: the same
        name as OCR read it elsewhere in the report, word for word ("bén vimg" and "bén viing"); each word
        may be read as any of its readings may, at the cost of the cheapest, so the least damaged one speaks."""
        tokens = list(_LATTICE_TOKEN.finditer(text))
        # a road's number ("4E" of "Quốc lộ 4E") stands where a number would; "1y", "4n" are damaged words
        numbers = [_NUMBER.fullmatch(t.group()) is not None or _ROAD_NUMBER.fullmatch(t.group()) is not None
                   for t in tokens]
        if all(numbers):
            return text
        # A number stays as written, and tells the words around it what they are ("năm 2024").
        # "Iy", "Ia" between lower-case words: OCR's capital I for an l ("quản lý", "nay là"), not a name ("Ia Grai")
        lowered = [0 < i < len(tokens) - 1 and _L_READ_AS_I.match(t.group()) is not None and
                   not tokens[i + 1].group()[:1].isupper() and not tokens[i - 1].group()[:1].isupper()
                   for i, t in enumerate(tokens)]
        # a number's own dots and commas are inside its token; what lies between two tokens may break the run
        breaks = [_break_between(text, tokens[i - 1].end(), t.start()) if i else "" for i, t in enumerate(tokens)]
        codes = [None if number else self._code_letters(t.group()) for t, number in zip(tokens, numbers)]
        lattice = [NUM if number else _AS_WRITTEN + code if code else t.group()
                   for t, number, code in zip(tokens, numbers, codes)]
        for reading in readings:
            lattice = _with_reading(lattice, [t.group() for t in _LATTICE_TOKEN.finditer(reading)])
        words = self._viterbi(lattice, [t.group()[:1].isupper() and not low for t, low in zip(tokens, lowered)], breaks)
        in_capitals = 2 * sum(t.group().isupper() for t in tokens) > len(tokens)
        out, pos = [], 0
        for match, word, low, code in zip(tokens, words, lowered, codes):
            out.append(text[pos:match.start()])
            if word == NUM or code:
                out.append(match.group())
                pos = match.end()
                continue
            joined_by = (text[match.start() - 1:match.start()], text[match.end():match.end() + 1])
            in_code = "/" in joined_by or "-" in joined_by  # a letter group of "12-NQ/TU"
            if in_code and match.group()[:1].isupper():
                out.append(canonical_code(match.group()))  # a legal number's code: "TU" stays, "HDND" is HĐND
            elif joined_by == ("(", ")") and match.group().isupper() and len(match.group()) > 1:
                out.append(match.group())  # a name's short form in brackets: "Ngân hàng Thế giới (WB)"
            elif _as_written(match.group(), word, in_capitals):
                out.append(match.group())  # "THPT", "XVII"
            elif low and word[:1] == "l":
                out.append(word)
            else:
                out.append(_same_case(match.group(), word))
            pos = match.end()
        out.append(text[pos:])
        return "".join(out)

    def _code_letters(self, token: str) -> str | None:
        """The letters a code such as "Km18" opens on, when the model knows them and the token is no damaged
        word: the code stays as written, and gives the word before it the context its letters give in training,
        which reads "km" and a number ("đoạn Km18", not "đoàn")."""
        m = _LETTERS_AND_NUMBER.fullmatch(token) if token[-1:].isdigit() else None
        letters = m.group(1).lower() if m else None
        return letters if letters in self.unigrams and not self._candidates(token) else None

    def restore_after(self, text: str, head: str, readings: tuple[str, ...] = ()) -> str:
        """`text` restored (with its other `readings`), except its first words `head`, already spelt right (a
        cue word from the lexicon: "huyện", "Kế hoạch"), which still give the words after them their context."""
        if not head or not text.startswith(head):
            return self.restore(text, readings)
        kept = len(_WORD.findall(head))
        restored = self.restore(text, readings)
        tokens = list(_WORD.finditer(restored))
        if kept == 0 or len(tokens) < kept:
            return restored
        return head + restored[tokens[kept - 1].end():]

    def _half_unigram(self, word: str) -> tuple[float, float]:
        """Half the word's smoothed unigram probability and its log, the back-off term of every step it is
        in, computed once per word."""
        half = 0.5 * (self.unigrams.get(word, 0) + 0.1) / self._unigram_norm
        self._halves[word] = half, math.log(half)
        return self._halves[word]

    def _seen_pairs_uncached(self, previous: str, token: str, capital: bool,
                             comma: str = "") -> dict[str, tuple[tuple[str, float], ...]]:
        """For each reading of `token`, the readings of the token before it that it was seen after (across a
        comma when `comma` is one), each with the pair's term log(0.5·pair/count(prev) + 0.5·unigram). It
        depends on the two tokens only (their candidates are fixed), and pairs of tokens recur across a corpus
        far more than they are new."""
        before = self.name_before if capital else self.before
        prevs = {prev + comma: count for prev, _ in self._options(previous)
                 if (count := self.unigrams.get(prev, 0))}
        out = {}
        for word, _ in self._options(token):
            seen_before = before.get(word) or self.before.get(word)
            if seen_before and prevs:
                half_uni = (self._halves.get(word) or self._half_unigram(word))[0]
                # only the pairs seen: the intersection walks the smaller side in C
                out[word] = tuple(
                    # place-name pairs are counted without their words' counts: never above 1
                    (prev[:len(prev) - len(comma)],
                     math.log(0.5 * (min(seen_before[prev], prevs[prev]) / prevs[prev]) + half_uni))
                    for prev in prevs.keys() & seen_before.keys())
        return out

    def _options(self, token: str | tuple[str, ...]) -> tuple[tuple[str, float], ...]:
        if isinstance(token, tuple):  # a word OCR read several ways: what any reading may be, at its cheapest
            merged: dict[str, float] = {}
            for reading in token:
                for word, cost in self._pruned(reading):
                    merged[word] = min(merged.get(word, 99.0), cost)
            return tuple(merged.items())
        if token == NUM:
            return ((NUM, 0.0),)
        return ((token[1:], 0.0),) if token[:1] == _AS_WRITTEN else self._pruned(token)

    def _exact_units(self, token: str) -> frozenset[str]:
        """The unit words among a token's readings as written ("huyện" of "huyen")."""
        return frozenset(word for word, cost in self._options(token) if cost == 0 and word in _UNIT_BEFORE_NAME)

    def _viterbi(self, tokens: list[str], capitals: list[bool], breaks: list[str]) -> list[str]:
        """The best word sequence through the lattice of the tokens' readings (`NUM` for a number), minus
        `edit_cost` per edit, under a bigram model with absolute-discount backoff: log(0.5·pair/count(prev) +
        0.5·unigram) for a pair seen, log(0.5·unigram) otherwise (unigrams smoothed by 0.1).

        Most word pairs were never seen, and then the score does not depend on the previous word: the best
        predecessor is simply the best-scoring one, so only the pairs seen (`_seen_pairs`) are compared. A
        triple of a report is mixed into its pair's term (`TRIGRAM_WEIGHT`), with the word before the previous
        one taken from the previous word's best path: a second-order search at the cost of a first-order one.
        `breaks` tells what parts each token from the one before (`_break_between`): across a comma only the
        pairs seen across one are read, and no triple, as training counted them."""
        scores: dict[str, float] = {START: 0.0}
        backs: list[dict[str, str]] = []
        exact_units: set[str] = set()
        halves, previous, after_pair = self._halves, None, self.after_pair
        for token, capital, after_break in zip(tokens, capitals, breaks):
            options = self._options(token)
            if capital and exact_units & scores.keys():
                # a unit word, read as written, names what follows: "huyện Bắc Hà", not "y tế tuyến Bắc
                # Hà" ("trinh" is "trình", never "tỉnh", for a name after it)
                scores = {prev: score + _NAME_AFTER_UNIT if prev in exact_units else score
                          for prev, score in scores.items()}
            top_prev = max(scores, key=scores.__getitem__)
            top = scores[top_prev]
            seen = {} if previous is None or after_break == _HARD_BREAK else \
                self._seen_pairs(previous, token, capital, after_break)
            step: dict[str, float] = {}
            back: dict[str, str] = {}
            last = backs[-1] if backs else {}
            for word, cost in options:
                best, best_prev = top + (halves.get(word) or self._half_unigram(word))[1], top_prev
                for prev, term in seen.get(word, ()):
                    # A reading spelt as the token folds, seen after the best path's last two words: the triple
                    # weighs in. Not for an OCR edit: a common triple must not outweigh what the page shows.
                    after = after_pair.get((last.get(prev), prev)) if cost == 0 and not after_break else None
                    if after and (n := after[0].get(word)):
                        term = math.log(TRIGRAM_WEIGHT * n / after[1] + (1 - TRIGRAM_WEIGHT) * math.exp(term))
                    total = scores[prev] + term
                    if total > best or (total == best and prev < best_prev):
                        best, best_prev = total, prev
                best -= self.edit_cost * cost
                if word not in step or best > step[word]:
                    step[word], back[word] = best, best_prev
            backs.append(back)
            scores, previous = step, token
            exact_units = self._exact_units(token)
        word = max(scores, key=scores.__getitem__)
        words = [word]
        for back in reversed(backs[1:]):
            word = back[word]
            words.append(word)
        return words[::-1]


_HARD_BREAK = "."


def _with_reading(lattice: list, reading: list[str]) -> list:
    """The lattice with another reading of its words: each plain word becomes the tuple of what the
    readings show there. A reading that is not word for word the same name (another count of words, a
    number where a word is) leaves the lattice as it was."""
    if len(reading) != len(lattice):
        return lattice
    merged = []
    for token, other in zip(lattice, reading):
        if token == NUM or token[:1] == _AS_WRITTEN:
            if _NUMBER.fullmatch(other) is None and token == NUM:
                return lattice
            merged.append(token)
        elif _NUMBER.fullmatch(other):
            return lattice  # a number where this reading has a word: another name
        else:
            seen = token if isinstance(token, tuple) else (token,)
            merged.append(seen if other in seen else tuple(sorted((*seen, other))))
    return merged


def _break_between(text: str, start: int, end: int) -> str:
    """What parts two words of `text` (the gap is text[start:end]): "" nothing, `COMMA` a comma, or
    `_HARD_BREAK` a sentence's end, a bracket or a quote, across which no pair is read."""
    gap = text[start:end]
    if gap == " ":
        return ""  # most gaps: one space
    if _BREAK.search(gap):
        return _HARD_BREAK
    return COMMA if COMMA in gap else ""


INDEX_EDITS = 2  # the most edits a token is ever read through (`max_edits`)
# Unit words that a place's name follows ("huyện Bắc Hà", "thị trấn Na Sầm"), and what a capitalised word
# after one adds to the unit word's log-probability, whatever the name: the table's pairs know each name,
# not names in general. It ranks the unit word against other readings, never the names after it.
_UNIT_BEFORE_NAME = {"huyện", "xã", "tỉnh", "quận", "phường", "trấn"}
_NAME_AFTER_UNIT = 2.0


def _deletions(word: str, edits: int) -> set[str]:
    """The word and every string made from it by deleting up to `edits` letters."""
    out, frontier = {word}, {word}
    for _ in range(edits):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))} - out
        out |= frontier
    return out


def _deletion_index(folds: list[str]) -> dict[str, list[str]]:
    """Deletion variant → the folded syllables it comes from. Two strings within k edits share a variant
    with at most k deletions from each, so looking up a token's variants finds every such syllable."""
    index: dict[str, list[str]] = {}
    for folded in folds:
        for variant in _deletions(folded, INDEX_EDITS):
            index.setdefault(variant, []).append(folded)
    return index


# The least each edit costs in `ocr_distance`, in tenths (insert, delete, substitute): a Levenshtein
# distance with these weights, divided by ten, is never more than the OCR distance.
LEAST_COSTS = (10, 6, 5)
_NOISE = set("itr")  # what OCR adds or drops around ư and ơ


def ocr_distance(seen: str, word: str) -> float:
    """Edit distance in which OCR's usual mistakes cost less: a marked vowel read as another letter
    (`_NEAR_LETTERS`), Đ read as P or B, a stray i/t/r where ư was."""
    rows = [float(j) for j in range(len(word) + 1)]
    for i, a in enumerate(seen, 1):
        delete = 0.6 if a in _NOISE else 1.0
        near = _NEAR_LETTERS.get(a, "")
        diag, left = rows[0], float(i)
        rows[0] = left
        for j, b in enumerate(word, 1):
            up = rows[j]
            # the cheapest of: delete `a` (from above), insert `b` (from the left), substitute (diagonal)
            best = diag if a == b else diag + (0.5 if b in near else 1.0)
            if up + delete < best:
                best = up + delete
            if left + 1.0 < best:
                best = left + 1.0
            rows[j] = left = best
            diag = up
    return rows[-1]


# For each letter OCR wrote, the letters it may stand for at half the cost (in folded text): a vowel whose
# marks made it look like another glyph ("nim" năm, "tuéng" tướng, "Dy" Dự, "pha" phủ), ơ/ô read as d, b or g
# ("qudc" quốc, "sb" số, "trg" trợ) and ú as d ("mién ndi" miền núi), Đ read as P (a capital P or B is read as
# Đ in `_candidates`), c read as e ("chure" chức, "duge" được). The reading is one way: OCR that writes a plain
# "a" seldom saw an "i", so "khoa" is not cheaply "khởi"; P and B are both readings of Đ, not of each other, and
# a lower-case b is no đ ("tiến bộ", not "tiến độ").
_NEAR_LETTERS = {"a": "ou", "e": "oac", "i": "au", "o": "ua", "u": "oa", "y": "ui", "d": "pboau", "p": "d", "b": "o",
                 "g": "o"}


def _as_written(token: str, word: str, in_capitals: bool = False) -> bool:
    """A Roman numeral ("khóa XIII"), or an acronym the search would turn into another word ("THPT" into
    "thất", "ADB" into "ad"; "HDND" into "HĐND" is its spelling), is no damaged word. Each still takes part in the search,
    where its nearest word gives its neighbours their context."""
    if len(token) < 2 or not token.isupper():
        return False
    if _ROMAN.fullmatch(token):
        return True
    folded = fold_ocr(token).lower()
    if _d_read_as_p_or_b(folded, fold(word)) and not _VOWEL_RE.search(folded):
        return False  # an acronym whose Đ OCR read as P or B: "HPND" is HĐND
    # An acronym ("ADB", "WTO") keeps its letters, not "ad"; in a heading in capitals the words are words
    # ("XA HQI" is "XÃ HỘI") and only codes without a vowel are kept.
    return len(token) > 2 and fold(word) != folded and not (in_capitals and _VOWEL_RE.search(folded))


def _d_read_as_p_or_b(seen: str, word: str) -> bool:
    """Whether `seen` is the folded `word` with some of its d (Đ) read as p or b, and nothing else changed."""
    return len(seen) == len(word) and seen != word and \
        all(a == b or (a in "pb" and b == "d") for a, b in zip(seen, word))


def _same_case(original: str, word: str) -> str:
    if original.isupper() and sum(ch.isupper() for ch in original) > 1 and \
            (len(original) > 2 or fold(word) == fold_ocr(original).lower()):
        # an acronym: UBND, HĐND, BOT, and "NQ" kept as it is (not "HJ", a damaged "Hỗ", nor "S¢", a damaged "Sở")
        return word.upper()
    if original[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


@lru_cache(maxsize=1)
def default_restorer() -> Restorer | None:
    """The general model: from the cache, or trained now from underthesea's text; None without underthesea."""
    path = model_path()
    if not path.exists() and write_model(path) is None:
        return None
    return Restorer.load(path)


def write_model(out: Path) -> dict | None:
    """Train on the clean Vietnamese that underthesea ships and the bundled clean reports, and write the
    model atomically; None when underthesea is not installed."""
    sentences, words, names, sources = packaged_corpora()
    if not sources:
        return None
    from .lexicon import genre_phrases

    reports = list(bundled_clean_texts())
    model = train(reports, sentences, words, names, genre_phrases())
    model["sources"] = sources + ["tiendo: the phrases its lexicon spells (cue words, agencies, funding, works)"] + \
        ([f"tiendo: {len(reports)} clean reports of the bundled sample"] if reports else [])
    model["trained_on"] = sorted(map(text_digest, reports))
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(f".{os.getpid()}.tmp")
    partial.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    partial.replace(out)  # readers see the whole file or none; concurrent builders write the same content
    print(f"trained on {len(reports)} report(s), {len(sentences)} sentences, {len(words)} dictionary words and "
          f"{len(names)} place names: "
          f"{len(model['unigrams'])} syllables, {len(model['bigrams'])} bigrams → {out}", file=sys.stderr)
    return model


def main(argv: list[str]) -> int:
    if not argv or argv[0] != "train":
        print("usage: python -m tiendo.extract.restore train [--out MODEL.json]", file=sys.stderr)
        return 2
    out = Path(argv[argv.index("--out") + 1]) if "--out" in argv else model_path()
    if write_model(out) is None:
        print("underthesea is not installed: pip install -e .", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
