"""The names of a province's districts and communes, from underthesea's table of Vietnam's administrative
units: what a place name damaged by OCR most likely is, in a report about that province.

Restoration reads a name syllable by syllable and may keep a wrong vowel ("huyện Béc Sơn"); the report's
own province has a few hundred unit names, and the one a damaged name is nearest to, when it is much
nearer than any other, is the name meant ("huyện Bắc Sơn"). This is a general lexicon (every province's
units), not a list of any report's places.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .lexicon import LABEL_UNIT_WORDS, PROVINCES
from .restore import ADMIN_UNITS_FILE, DIGITS_AS_LETTERS, LEAST_COSTS, UNIT_KEYS, UNIT_WORD, ocr_distance
from .text import fold, fold_ocr

# A unit word in a label and the capitalised words of its name after it.
_NAMED_UNIT = re.compile(rf"(?<!\w)(?:{'|'.join(LABEL_UNIT_WORDS)})\s+(\w+(?:\s+\w+){{0,2}})", re.IGNORECASE)
NEAR_ENOUGH = 1.0   # the most OCR distance a damaged name may be from the unit name it is read as
CLEAR_LEAD = 0.5    # how much nearer that name must be than the next nearest


@lru_cache(maxsize=1)
def _units() -> list[dict]:
    """The rows of underthesea's table (none without underthesea)."""
    try:
        from importlib.resources import files

        path = files("underthesea") / ADMIN_UNITS_FILE
    except (ImportError, ModuleNotFoundError):
        return []
    return json.loads(path.read_text(encoding="utf-8")).get("ward_mapping", []) if path.is_file() else []


@lru_cache(maxsize=64)
def unit_names(province: str) -> dict[str, str]:
    """Folded name → name of every district and commune (before and after the 2025 reorganisation) of
    `province`, without the unit word: {"bac son": "Bắc Sơn", …}."""
    wanted = fold(province).lower()
    names = {}
    for unit in _units():
        for province_key, keys in (("old_province", ("old_district", "old_ward")), ("new_province", ("new_ward",))):
            if wanted and fold(UNIT_WORD.sub("", unit.get(province_key) or "")).lower() == wanted:
                for key in keys:
                    if unit.get(key):
                        name = UNIT_WORD.sub("", unit[key])
                        names[fold(name).lower()] = name
    return names


@lru_cache(maxsize=1)
def _every_unit_name() -> frozenset[str]:
    """The folded names of every province, district and commune of the country, without unit words."""
    return frozenset(fold(UNIT_WORD.sub("", unit[key])).lower() for unit in _units() for key in UNIT_KEYS
                     if unit.get(key))


def is_unit_name(name: str) -> bool:
    """Whether `name` ("Si Ma Cai", accents aside; "H6 Chi Minh", a vowel OCR read as a digit) is the name of
    some administrative unit of Vietnam."""
    key = fold(name).lower()
    return key in _every_unit_name() or \
        _LETTER_READ_AS_DIGIT.sub(lambda m: m.group().translate(DIGITS_AS_LETTERS), key) in _every_unit_name()


# a digit beside the letters of a word is a letter OCR misread ("H6" Hồ, "V4n" Văn); a number alone stays ("12")
_LETTER_READ_AS_DIGIT = re.compile(r"(?<=[a-z])[0-9](?=[a-z]|\b)|\b[0-9](?=[a-z])")


_WORD_CORE = re.compile(r"(\W*)(.*?)(\W*)$")  # a word's punctuation before and after it, and the word


@lru_cache(maxsize=8192)
def _provinces_as_read(label: str, read: str) -> str:
    """`label` with each province whose name the OCR words `read` (as many as the label's) spell, capitalised,
    written as the province is; the punctuation around the words is kept. Names recur: kept per pair."""
    keys, read_words, words = fold_ocr(read).lower().split(), read.split(), label.split()
    if not len(keys) == len(read_words) == len(words):
        return label
    firsts, by_words = _province_firsts(), _province_by_words()
    starts = [i for i, key in enumerate(keys) if (key in firsts or _d_read(key) in firsts) and read_words[i][:1].isupper()]
    if not starts:
        return label  # no capitalised first word of a province: most labels
    seen = [_WORD_CORE.match(word).group(2) for word in read_words]
    keys = [_WORD_CORE.match(key).group(2) for key in keys]
    for first in starts:
        for size in (4, 3, 2):  # the longest name first ("Thừa Thiên Huế" before "Huế")
            # as read, or with its Đ read as P or B ("Ba Nang" Đà Nẵng)
            name = by_words.get(tuple(keys[first:first + size])) or \
                by_words.get((_d_read(keys[first]), *keys[first + 1:first + size]))
            if name and all(core[:1].isupper() for core in seen[first:first + size]):
                for i, spelt in zip(range(first, first + size), name.split()):
                    before, _, after = _WORD_CORE.match(words[i]).groups()
                    words[i] = before + spelt + after
                break
    return " ".join(words)


def _d_read(key: str) -> str:
    """A folded word whose first letter OCR may have read from a Đ (as P or B), with that Đ back."""
    return "d" + key[1:] if key[:1] in ("p", "b") else key


@lru_cache(maxsize=1)
def _province_firsts() -> frozenset[str]:
    return frozenset(words[0] for words in _province_by_words())


@lru_cache(maxsize=1)
def _province_by_words() -> dict[tuple[str, ...], str]:
    """The provinces named in words alone ("Cao Bằng", not "Bà Rịa - Vũng Tàu"), by their folded words."""
    return {tuple(fold(p).lower().split()): p for p in PROVINCES if all(w.isalpha() for w in p.split())}


@lru_cache(maxsize=1)
def _province_names() -> tuple[re.Pattern, dict[str, str]]:
    names = {fold(p).lower(): p for p in PROVINCES}
    alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)"), names


def read_as_province_names(label: str, read: str | None = None) -> str:
    """`label` with each province named in capitals spelt as the province is: restoration may read its
    words as a common pair ("Cảng hàng không Diễn Biến" is "… Điện Biên"), also where only the words as
    OCR read them (`read`, word for word) spell the province ("Cao B&ng", restored "Cao Đồng")."""
    pattern, names = _province_names()
    if read:
        label = _provinces_as_read(label, read)
    folded = fold(label).lower()  # as long as `label`, character for character
    out, pos = [], 0
    for m in pattern.finditer(folded):
        written = label[m.start():m.end()]
        if all(word[:1].isupper() for word in written.replace("-", " ").split()):
            out += [label[pos:m.start()], names[m.group()]]
            pos = m.end()
    return "".join(out) + label[pos:]


def read_as_unit_names(label: str, province: str | None, read: str | None = None) -> str:
    """`label` with each unit's name ("huyện Béc Sơn") spelt as the province's unit it stands for. `read`
    is the label as the OCR text has it, word for word, when it is known: restoration may have moved a
    word away from the name it was ("Bat Xét" read as "Bát Kết"), and the damaged word is nearer."""
    names = unit_names(province) if province else {}
    if not names:
        return label
    read_words = read.split() if read and len(read.split()) == len(label.split()) else None

    def spelt(m: re.Match) -> str:
        first = len(label[:m.start(1)].split())
        as_read = read_words[first:first + len(m.group(1).split())] if read_words else None
        return m.group()[:m.start(1) - m.start()] + _unit_name(m.group(1), province, as_read)

    return _NAMED_UNIT.sub(spelt, label)


def _unit_name(words: str, province: str, as_read: list[str] | None = None) -> str:
    """The capitalised words at the start of `words` spelt as a unit name, when they are one or near one
    (or `as_read`, the same words as OCR read them, is near one); the words that follow are kept."""
    names = unit_names(province)
    parts = words.split()
    if fold(" ".join(parts[:len(province.split())])).lower() == fold(province).lower():
        return words  # the province itself: "thành phố Hà Nội" in the city's own report, no ward "Hà Hồi"
    capitalised = 0
    while capitalised < len(parts) and parts[capitalised][:1].isupper():
        capitalised += 1
    for size in range(capitalised, 0, -1):  # the longest name that is a unit's, accents aside
        known = names.get(fold(" ".join(parts[:size])).lower())
        if known:
            return " ".join([known, *parts[size:]])
    if capitalised != 2:
        return words  # one syllable is too little to tell names apart, and most names have two
    seen = [fold(" ".join(parts[:2])).lower()]
    if as_read and len(as_read) >= 2:
        seen.append(fold_ocr(" ".join(as_read[:2])).lower())
    nearest = _nearest_name(province, tuple(seen))
    return " ".join([nearest, *parts[2:]]) if nearest else words


@lru_cache(maxsize=4096)
def _nearest_name(province: str, seen: tuple[str, ...]) -> str | None:
    """The province's two-syllable unit name within `NEAR_ENOUGH` of one of the folded readings `seen`,
    when it leads the next nearest by `CLEAR_LEAD`. Names whose cheap lower bound of the OCR distance
    (a weighted Levenshtein distance, in C) passes what could matter are not compared in full."""
    names = unit_names(province)
    reach = NEAR_ENOUGH + CLEAR_LEAD
    ranked = sorted((min(ocr_distance(s, key) for s in seen), key) for key in names if key.count(" ") == 1
                    and min(Levenshtein.distance(s, key, weights=LEAST_COSTS) for s in seen) / 10 <= reach)
    if ranked and ranked[0][0] <= NEAR_ENOUGH and (len(ranked) == 1 or ranked[1][0] - ranked[0][0] >= CLEAR_LEAD):
        return names[ranked[0][1]]
    return None
