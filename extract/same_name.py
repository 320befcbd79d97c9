"""Whether two names name the same thing: the words that tell which one (not what kind), the numbers in
them, and how well the shorter name's words are found in the longer one. Used within one report (two
phrasings of one project) and across reports (kg/resolve.py)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from .legal import number_key
from .lexicon import CUA, LABEL_UNIT_WORDS
from .text import fold_ocr

# Words that say what kind of thing a name is rather than which one.
CUE_WORDS = {
    "du", "an", "de", "tieu", "ke", "hoach", "quy", "chuong", "trinh", "nghi", "quyet", "dinh", "chi", "thi",
    "luat", "khu", "cum", "cong", "nghiep", "tuyen", "duong", "so", "cua", "va", "cac", "ve", "viec", "thuc",
    "hien", "trien", "khai", "xay", "dung", "dau", "tu", "tren", "dia", "ban", "tinh", "nam", "giai", "doan",
    "thoi", "ky", "theo", "hinh", "thuc", "nha", "may", "tai", "o", "thuoc", "voi", "cho", "tam", "nhin", "den",
}
# The phrases of a kind's name ("Chương trình mục tiêu quốc gia", "… phát triển kinh tế - xã hội"): a name
# with no words beside them names the kind.
CLASS_PHRASES = (("muc", "tieu", "quoc", "gia"), ("phat", "trien", "kinh", "te", "xa", "hoi"))
_CLASS_CORES = [tuple(w for w in phrase if w not in CUE_WORDS) for phrase in CLASS_PHRASES]  # as cores have them


def specific_words(core: list[str]) -> list[str]:
    """The words of a name beside the phrases of a kind's name: "phục hồi" in "Chương trình phục hồi và
    phát triển kinh tế - xã hội" (folded, "hồi" is "hội" too, so words alone would not tell)."""
    words = list(core)
    for phrase in _CLASS_CORES:
        for i in range(len(words) - len(phrase), -1, -1):
            if tuple(words[i:i + len(phrase)]) == phrase:
                del words[i:i + len(phrase)]
    return words


_D_LIKE = set("dpb")
_CUA = re.compile(CUA)  # "cửa" as OCR leaves it: cira, ctra, ciia, cura …


def name_tokens(label: str) -> list[str]:
    return [token for token, _ in _tokens_as_written(label)]


def _tokens_as_written(label: str) -> list[tuple[str, str]]:
    """Each folded token of a name with the name's own spelling of it."""
    return [("cua" if _CUA.fullmatch(m.group()) else m.group(), label[m.start():m.end()])
            for m in re.finditer(r"[a-z0-9]+(?:\+[0-9]+)?", fold_ocr(label))]


def _is_cue_word(token: str, written: str) -> bool:
    """Folded, "nam" is also "Nam" (south, Việt Nam): a word of the name, where "năm" is the year's."""
    return token in CUE_WORDS and not (token == "nam" and written.lower() != "năm")


def is_year(token: str) -> bool:
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
    tokens: tuple[str, ...] = ()   # every word and number of the name, folded
    places: tuple[tuple[str, ...], ...] = ()  # the places it names after a unit word, folded ("huyện Bắc Hà")


def known_name(iri: str, etype: str, label: str, number: str | None, date: str | None, clean: bool) -> Known:
    written = _tokens_as_written(label)
    tokens = [t.lstrip("0") or "0" if t.isdigit() else t for t, _ in written]  # "03 năm" is "3 năm"
    # a token is letters, or holds a digit ("km18", "4b", "2024"): `isalpha` tells which, at C speed
    numbers = frozenset(t for t in tokens if not t.isalpha())
    core = [t for t, (_, spelt) in zip(tokens, written) if t.isalpha() and not _is_cue_word(t, spelt)]
    key = year = None
    if number:
        key = number_key(number)
        embedded = re.search(r"/(\d{4})/", number)
        year = embedded.group(1) if embedded else (date[:4] if date else None)
    return Known(iri, etype, core, numbers, key, year, clean, tuple(tokens), _places_named(label))


# The unit words a place's name follows: "huyện Bắc Hà", "thị trấn Na Sầm", "tỉnh Lào Cai".
_UNIT_WORDS = {*LABEL_UNIT_WORDS, "tỉnh"}


def _places_named(label: str) -> tuple[tuple[str, ...], ...]:
    """The capitalised words after each unit word of a name, folded."""
    words = label.split()
    places = []
    for i, word in enumerate(words):
        if word.lower() in _UNIT_WORDS or " ".join(words[i - 1:i + 1]).lower() in _UNIT_WORDS:
            name = []
            for following in words[i + 1:]:
                if not following[0].isupper():
                    break
                name.append(following)
            if name:
                places.append(tuple(name_tokens(" ".join(name))))
    return tuple(places)


def _other_places(a: Known, b: Known) -> bool:
    """Both names say where, and no place of one is a place of the other ("Trung tâm Y tế huyện A", "…
    huyện B"): two things, however alike the rest. OCR spellings of one place still match."""
    if not a.places or not b.places:
        return False
    loose = not (a.clean and b.clean)
    return not any(len(p) == len(q) and all(token_similarity(x, y, loose) > 0 for x, y in zip(p, q))
                   for p in a.places for q in b.places)


def _segment(known: Known) -> tuple[str, ...]:
    """The words after "đoạn" that say which stretch of a road ("đoạn Hàm Nghi - Vũng Áng", "đoạn Km18 - Km80"),
    up to what says where the road is or which it is ("… tỉnh A", "… Quốc lộ 4B", "… thuộc Dự án B"); not a
    period's ("giai đoạn 2021 - 2025")."""
    tokens = known.tokens
    at = next((i for i, t in enumerate(tokens) if t == "doan" and (i == 0 or tokens[i - 1] != "giai")), None)
    if at is None:
        return ()
    end = next((i for i in range(at + 1, len(tokens)) if tokens[i] in _AFTER_SEGMENT), len(tokens))
    return tokens[at + 1:end]


_AFTER_SEGMENT = {"tinh", "huyen", "xa", "thi", "thanh", "quan", "phuong", "thuoc", "quoc", "duong", "tuyen", "giai"}


def _other_segments(a: Known, b: Known) -> bool:
    """Both names say which stretch of a road, and the shorter stretch has a word the other lacks ("… đoạn Hàm
    Nghi - Vũng Áng", "… đoạn Vũng Áng - Bùng"): two projects of one road, however alike the rest."""
    short, long_ = sorted((_segment(a), _segment(b)), key=len)
    if not short:
        return False
    loose = not (a.clean and b.clean)
    return any(all(token_similarity(word, other, loose) == 0 for other in long_) for word in short)


def _part_and_whole(part: Known, whole: Known) -> bool:
    """"Tiểu dự án A thuộc Dự án B" and "Dự án B": a part named by the whole it belongs to is not that whole,
    though the whole's words are all in its name: they are more the words after "thuộc" than before it."""
    if "thuoc" not in part.tokens:
        return False
    at = part.tokens.index("thuoc")
    head, tail = set(part.tokens[:at]), set(part.tokens[at + 1:])
    return sum(t in tail for t in whole.tokens) > sum(t in head for t in whole.tokens)


def similarity(a: Known, b: Known, across_reports: bool = False) -> float:
    """How well the shorter name's words are found in the longer one (0..1); 0 when numbers differ."""
    short, long_ = (a, b) if len(a.core) <= len(b.core) else (b, a)
    if _other_places(a, b) or _other_segments(a, b) or _part_and_whole(a, b) or _part_and_whole(b, a):
        return 0.0
    if a.numbers != b.numbers:
        # A short name may leave out the landmarks of a long one ("… tại … mốc 1119-1120", "… mốc 1119-1120
        # và … mốc 1088/2-1089"), never its years, and never says numbers the long one does not.
        left_out = list(long_.numbers)
        for n in short.numbers:
            if n not in left_out:
                return 0.0
            left_out.remove(n)
        if any(is_year(t) for t in left_out) or len(short.core) < 4:
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
    # A short name inside a much longer one is weaker evidence than two names of like length; across reports,
    # so is a name of two telling words found whole in a long one ("Kế hoạch thực hiện Quy hoạch tỉnh X" keeps
    # only "X"), which within one report is most often the same thing said short.
    balance = min(1.0, 0.6 + 0.4 * len(short.core) / max(1, len(long_.core)))
    whole = coverage == 1.0 and not (across_reports and len(short.core) <= 2)
    return coverage * (1.0 if whole else balance)


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
