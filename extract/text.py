"""The text layer: folding, line/offset bookkeeping, paragraphs and sentences of a report.

Every transformation here keeps the length of the text, so that an offset in the folded or
joined view is the same offset in the original file. That is what lets each extracted mention
point back at `original[start:end]`.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Upper- and lower-case Vietnamese letters for character classes: a code-point range would mix both cases.
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
LOWER = UPPER.lower()

# Look-alike symbols OCR puts for letters; mapped only inside words (see `fold_ocr`).
_OCR_SYMBOLS = {"&": "a", "@": "u", "¢": "o", "€": "e", "§": "y", "¥": "y", "|": "l"}
_LIGATURES = {"ﬁ": "a", "ﬂ": "a"}  # OCR of "ằ"/"ẳ" comes out as ligatures; one char keeps offsets


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in "đĐ":
        return "d"
    if ch in _LIGATURES:
        return _LIGATURES[ch]
    base = unicodedata.normalize("NFD", ch)[0]
    if unicodedata.category(base) == "Mn":  # a lone combining mark
        return " "
    low = base.lower()
    return low if len(low) == 1 else base


class _FoldTable(dict):
    """A `str.translate` table filled on first sight of each character, so folding runs in C."""

    def __missing__(self, code: int) -> str:
        self[code] = _fold_char(chr(code))
        return self[code]


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d; the result has exactly the length of `text`."""
    if len(text) < 2048:
        return text.translate(_FOLD_TABLE)
    return _fold_long(text)


@lru_cache(maxsize=1)
def _fold_arrays():
    """The fold table as an array over the Basic Multilingual Plane, and which of its entries are filled.
    numpy is imported here, by the first whole report, not by every process that folds a label."""
    import numpy as np

    return np, np.zeros(0x10000, dtype=np.uint32), np.zeros(0x10000, dtype=bool)


def _fold_long(text: str) -> str:
    """`fold` for a whole report: `str.translate` looks up every character of a non-ASCII text in a dict,
    and indexing an array with the text's code points does the whole report at once (100 reports: 0.14 →
    0.02 s)."""
    np, folded, known = _fold_arrays()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    if codes.max() >= 0x10000:  # beyond the table: emoji, rare ideographs
        return text.translate(_FOLD_TABLE)
    if not known[codes].all():
        for code in np.unique(codes[~known[codes]]).tolist():
            folded[code] = ord(_FOLD_TABLE[code])
            known[code] = True
    return folded[codes].tobytes().decode("utf-32-le", "surrogatepass")


_KEY_WORD = re.compile(r"[a-z0-9]+")


def _key(text: str) -> str:
    return " ".join(_KEY_WORD.findall(fold(text)))


# `fold_key` kept per name: the same names and cue words are keyed again and again, within a report and
# across reports (only short texts, so that what a client sends cannot fill the memory).
_short_fold_key = lru_cache(maxsize=16384)(_key)


def fold_key(text: str) -> str:
    """A comparison key: folded words joined by single spaces (not length-preserving)."""
    return _short_fold_key(text) if len(text) <= 256 else _key(text)


# Symbols OCR leaves inside words ("x&" xã, "k¥" kỹ); the restorer reads them as part of a word too.
WORD_SYMBOLS = "&@¢€§¥"
# OCR's ’ after a u inside a word is the horn of ư ("du’ng" dựng, "tru’ong" trường): folded as the stray
# letter OCR leaves there (r), so the word stays one word.
_HORN = re.compile(r"’(?<=u’)(?=[a-z])")
# The symbol comes first, so the engine scans for it instead of trying a lookbehind at every character.
_WORD_WITH_SYMBOL = re.compile(rf"[{WORD_SYMBOLS}|](?:(?<=[a-z].)|(?=[a-z]))")
# A symbol standing alone after a word is OCR's reading of "ở" ("nhà ¢", "Luật Nhà &", "duy trì & mức
# cao"), when no capitalised word follows ("Khoa học & Công nghệ" keeps its "&").
# The symbol leads, the word before it a lookbehind after it: a lookbehind first is tried at every character.
STANDALONE_SYMBOL = re.compile(rf"[&¢](?<=[^\W\d_][ \n].)(?=[ \t]*(?:[,.;:)]|\n|$)|[ \t]+[{LOWER}])")


# Short lower-case words with one digit are OCR of letters ("c6" có, "4n" án, "1a" là, "d3" đã, "d6i" đổi);
# upper-case neighbours ("6B", "QH15", "Km42") are real codes and stay as they are.
# A capital may lead one when lower-case letters follow the digit ("C6ng" công, "V6i" với); "B6", "QL6B" stay codes.
_DIGIT_WORD = re.compile(rf"(?<![\w.,/-])(?:[{UPPER}]?[{LOWER}]{{0,3}}[013468][{LOWER}]{{1,3}}|"
                         rf"[{LOWER}]{{1,3}}[013468][{LOWER}]{{0,3}}|[013468][{LOWER}]{{1,3}})(?![\w/-])")
_DIGIT_LETTER = str.maketrans("013468", "olaaoa")
_OCR_DIGIT = re.compile(r"[013468](?<!\d\d)(?!\d)")  # a digit with no digit beside it


def _digit_words(text: str):
    """What `_DIGIT_WORD.finditer` finds, looked for from the one digit each match holds: a match can only
    begin where the run of letters before the digit begins (its start must follow no word character), so
    that run is found and tried alone; testing a word start at every character cost more than the rest of
    `fold_ocr`."""
    end = 0
    for digit in _OCR_DIGIT.finditer(text):
        at = digit.start()
        run = _LETTERS_BEFORE.search(text, max(at - 4, end), at)
        if m := _DIGIT_WORD.match(text, run.start()):
            yield m
            end = m.end()


_LETTERS_BEFORE = re.compile(rf"[{UPPER}{LOWER}]{{0,4}}\Z")  # the letters (at most four) that end where searched


def fold_ocr(text: str) -> str:
    """`fold` plus OCR look-alikes inside words mapped back to letters (x& → xa, c6 → co, du’ng → durng)."""
    folded = _WORD_WITH_SYMBOL.sub(lambda m: _OCR_SYMBOLS.get(m.group(), m.group()), fold(text))
    if "&" in folded or "¢" in folded:
        for m in STANDALONE_SYMBOL.finditer(text):
            folded = folded[:m.start()] + "o" + folded[m.end():]
    if "’" in folded:
        folded = _HORN.sub("r", folded)
    pieces, pos = [], 0
    for m in _digit_words(text):
        pieces += folded[pos:m.start()], folded[m.start():m.end()].translate(_DIGIT_LETTER)
        pos = m.end()
    if not pieces:
        return folded
    pieces.append(folded[pos:])
    return "".join(pieces)


# Tone marks on "oa", "oe", "uy" at a syllable's end sit on the first vowel, as current spelling has it
# ("hóa", "xóa", "thủy", "Ủy"); older texts put them on the second ("hoá", "thuỷ"). "quý" keeps its mark.
_TONED = {"a": "àáảãạ", "e": "èéẻẽẹ", "y": "ỳýỷỹỵ"}
_BARE = {"o": "òóỏõọ", "O": "ÒÓỎÕỌ", "u": "ùúủũụ", "U": "ÙÚỦŨỤ"}
_OLD_TONE = re.compile(r"(?<![qQ])([oO](?=[àáảãạèéẻẽẹ])|[uU](?=[ỳýỷỹỵ]))(\w)(?!\w)")


def _tone_on_first_vowel(match: re.Match) -> str:
    first, second = match.groups()
    bare, toned = next((bare, toned) for bare, toned in _TONED.items() if second in toned)
    return _BARE[first][toned.index(second)] + bare


def modern_tone(text: str) -> str:
    """`text` with the tone of each open "oa", "oe", "uy" on its first vowel ("hoá" → "hóa", "Uỷ" → "Ủy")."""
    return _OLD_TONE.sub(_tone_on_first_vowel, text)


@dataclass
class Span:
    start: int
    end: int


def _start(span: Span) -> int:
    return span.start


@dataclass
class Paragraph(Span):
    footnote: str | None = None  # the footnote number when this paragraph is a footnote body


@dataclass
class Footnote:
    number: str          # as the sequence says (OCR may misread the printed number)
    printed: str         # as printed at the start of the body
    start: int           # the body, marker included
    end: int
    ref: int | None = None      # where the reference mark stands in the body text
    ref_end: int | None = None


class Lines:
    """Line numbers of a text's offsets, and spans cut at line breaks."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def line_pieces(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Split [start, end) at line breaks: [(line, start, end)] with non-empty pieces."""
        pieces = []
        pos = start
        while pos < end:
            line = self.line_of(pos)
            line_end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
            stop = min(end, line_end)
            if self.text[pos:stop].strip():
                pieces.append((line, pos, stop))
            pos = stop + 1
        return pieces


@dataclass
class Document(Lines):
    """A report as text plus the views extraction works on."""

    name: str
    text: str
    format: str
    joined: str = ""            # line breaks inside paragraphs become spaces
    folded: str = ""            # fold_ocr(joined)
    clean: bool = False         # intact diacritics: a word's accents may be trusted (đa khoa is not đã)
    paragraphs: list[Paragraph] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    _marks: list[int] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        Lines.__init__(self, self.text)

    def _paragraph_at(self, pos: int) -> Paragraph | None:
        i = bisect.bisect_right(self.paragraphs, pos, key=_start) - 1  # paragraphs are in order, apart
        return self.paragraphs[i] if i >= 0 and pos < self.paragraphs[i].end else None

    def paragraph_end(self, pos: int) -> int:
        """Where the paragraph holding `pos` ends (the end of the text outside any paragraph)."""
        para = self._paragraph_at(pos)
        return para.end if para else len(self.text)

    def paragraph_start(self, pos: int) -> int:
        """Where the paragraph holding `pos` starts (`pos` itself outside any paragraph)."""
        para = self._paragraph_at(pos)
        return para.start if para else pos

    def footnote(self, number: str) -> Footnote | None:
        return next((f for f in self.footnotes if f.number == number), None)

    def mark_after(self, pos: int) -> int:
        """Where the first footnote reference mark at or after `pos` starts (the text's end if there is none):
        a name or an obstacle never runs across one ("… giải phóng mặt bằng12. Dự án …")."""
        if self._marks is None:
            self._marks = sorted(f.ref for f in self.footnotes if f.ref is not None)
        i = bisect.bisect_left(self._marks, pos)
        return self._marks[i] if i < len(self._marks) else len(self.text)


_FOOTNOTE_MD = re.compile(r"^\s*<sup>(\d{1,3})</sup>")
# An OCR footnote body starts a line with its number and a capitalised word: "16 Tính đến…". A footnote
# number has no leading zero: a line that opens on "03 Trung tâm …" is a count wrapped onto a new line.
_FOOTNOTE_OCR = re.compile(rf"^([1-9]\d{{0,2}})[ \t]+(?=[{UPPER}])")


def build_document(name: str, text: str, fmt: str, clean: bool = False) -> Document:
    doc = Document(name=name, text=text, format=fmt, clean=clean)
    doc.paragraphs, page_numbers = _across_page_numbers(text, _paragraphs(text, fmt))
    doc.footnotes = _footnotes(text, fmt, doc.paragraphs)
    pieces, pos = [], 0
    for para in doc.paragraphs:  # a paragraph's line breaks become spaces; the text between keeps them
        pieces += [text[pos:para.start], text[para.start:para.end].replace("\n", " ")]
        pos = para.end
    doc.joined = "".join([*pieces, text[pos:]])
    for start, end in page_numbers:  # read past, as spaces: the offsets stay those of the text
        doc.joined = doc.joined[:start] + " " * (end - start) + doc.joined[end:]
    doc.folded = fold_ocr(doc.joined)
    return doc


# A page's number alone on its line, as text drawn from a PDF keeps it: "8", "- 8 -", "Trang 8", "Trang 8/12"
_PAGE_NUMBER = re.compile(r"\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*|\s*[Tt]rang\s+\d{1,3}(?:\s*/\s*\d{1,3})?\s*")


def _across_page_numbers(text: str, paragraphs: list[Paragraph]) -> tuple[list[Paragraph], list[tuple[int, int]]]:
    """The paragraphs, one where a sentence runs on past a page's number ("… chậm so với kế hoạch do⏎⏎2⏎⏎vướng
    mắc …": the text before it ends on no stop, the text after it goes on in lower case); and where those numbers are."""
    out: list[Paragraph] = []
    numbers: list[tuple[int, int]] = []
    i = 0
    while i < len(paragraphs):
        para = paragraphs[i]
        after = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        if out and after and not (out[-1].footnote or para.footnote or after.footnote) and \
                _PAGE_NUMBER.fullmatch(text, para.start, para.end) and \
                text[out[-1].start:out[-1].end].rstrip()[-1:] not in ".;:!?" and \
                text[after.start:after.start + 1].islower():
            numbers.append((para.start, para.end))
            out[-1] = Paragraph(out[-1].start, after.end)
            i += 2
            continue
        out.append(para)
        i += 1
    return out, numbers


def _is_heading(line: str) -> bool:
    """A line in capitals ("II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024"): a heading, not a wrapped sentence."""
    if line.lstrip()[:1].islower():
        return False  # a wrapped line of a sentence (most of an OCR text's lines)
    lower = sum(map(str.islower, line))
    if 5 * lower > len(line):
        return False  # most lines: too many lower-case letters to be four in five of its letters
    upper = sum(map(str.isupper, line))
    return upper + lower >= 4 and upper >= 4 * lower  # four in five letters in capitals


# "2. Về …", "2.1. …", "II. …", "a) …": a line that a number or letter opens, as headings and items are.
_NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.|[IVX]{1,4}\.|[a-zđ]\))[ \t]+[^\W\d_]")
# "- Dự án …", "+ Cụm công nghiệp …": an item of a list (not "- 2025", a range wrapped onto a new line).
_LIST_ITEM = re.compile(r"[ \t]*[-+•][ \t]+(?=[^\W\d_])")


def _opens_paragraph(line: str, previous: str, heading: bool, is_heading: bool, short: float) -> bool:
    """Whether `line` starts a paragraph though no blank line comes before it: a heading in capitals (its lines
    stay together), a list item or a numbered paragraph after a finished sentence, and what follows a short
    numbered heading ("2. Về công tác quy hoạch⏎UBND tỉnh đã …")."""
    if is_heading != heading or line.lstrip().startswith("|"):
        return True  # a heading's lines stay together; a table's row is a paragraph of its own
    if previous.rstrip().endswith((".", ";", ":")):
        return bool(_LIST_ITEM.match(line) or _NUMBERED.match(line))
    return (len(previous.strip()) < short and not (heading and is_heading) and
            bool(line.lstrip()[:1].isupper() or _LIST_ITEM.match(line)) and _NUMBERED.match(previous) is not None)


def _paragraphs(text: str, fmt: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    start = None
    footnote = None
    pos = 0
    heading = False
    previous = ""
    lines = text.split("\n")
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    # Shorter than a full line: a wrapped line runs to the page's width (most lines of OCR text), a line
    # that is one whole paragraph (text that does not wrap) is as long as the paragraph.
    short = max(40, 0.6 * lengths[int(0.9 * (len(lengths) - 1))]) if lengths else 40
    footnote_marker = _FOOTNOTE_MD if fmt == "markdown" else _FOOTNOTE_OCR
    for line in lines:
        line_end = pos + len(line)
        marker = footnote_marker.match(line)
        # OCR pages begin with an indented line: after a footnote it is body text again.
        page_start = footnote is not None and line.startswith(" ")
        blank = line.isspace() or not line
        is_heading = not blank and _is_heading(line)
        turn = start is not None and not blank and _opens_paragraph(line, previous, heading, is_heading, short)
        heading = is_heading
        previous = line
        if blank or marker or page_start or turn:
            if start is not None:
                out.append(Paragraph(start, pos - 1, footnote))
                start, footnote = None, None
        if not blank:
            if start is None:
                start = pos
                footnote = marker.group(1) if marker else None
        pos = line_end + 1
    if start is not None:
        out.append(Paragraph(start, len(text), footnote))
    return out


# A reference mark glued to the end of a word: <sup>N</sup> in Markdown; in OCR text a superscript
# number comes out as digits or as look-alike symbols ("công®®", "yêu cầu'’", "kỳ?").
_REF_MD = re.compile(r"(?<!^)<sup>(\d{1,3})</sup>", re.MULTILINE)
# The mark's first character leads the pattern (the word before it is a lookbehind after it), so the
# engine scans for that character instead of testing a lookbehind at every position.
_REF_OCR = re.compile(r"[\d®©?’'*°](?<=[^\W\d_%)].)(?:(?<=\d)\d?|(?<!\d)[®©?’'*°]{0,2})(?=[\s,.;:)]|$)",
                      re.MULTILINE)


def _footnotes(text: str, fmt: str, paragraphs: list[Paragraph]) -> list[Footnote]:
    """Footnote bodies in order, each linked to its reference mark in the body text.

    Markdown says which mark is which. In OCR text, marks are found by their shape and handed to the
    bodies in order: the marks of a page come before the footnotes at its foot."""
    bodies = [p for p in paragraphs if p.footnote is not None]
    if fmt == "markdown":
        out, after = [], 0
        for p in bodies:
            # The first <sup>N</sup> after the previous reference: "m<sup>2</sup>" elsewhere is a unit.
            ref = next((m for m in _REF_MD.finditer(text, after) if m.group(1) == p.footnote
                        and not any(b.start <= m.start() < b.end for b in bodies)), None)
            if ref:
                after = ref.end()
            out.append(Footnote(p.footnote, p.footnote, p.start, p.end, ref.start() if ref else None,
                                ref.end() if ref else None))
        return out
    out, expected = [], 0
    for p in bodies:
        printed = int(p.footnote)
        # A misread number keeps the sequence going; a plausible one resets it.
        expected = printed if expected < printed <= expected + 3 else expected + 1
        out.append(Footnote(str(expected), p.footnote, p.start, p.end))
    body_spans = [(p.start, p.end) for p in paragraphs if p.footnote is None]
    body_starts = [s for s, _ in body_spans]

    def in_body(pos: int) -> bool:
        i = bisect.bisect_right(body_starts, pos) - 1
        return i >= 0 and pos < body_spans[i][1]

    marks = [m for m in _REF_OCR.finditer(text) if in_body(m.start()) and _is_mark(text, m)]
    queue: list[re.Match] = []
    previous_end = 0
    mark_starts = [m.start() for m in marks]
    for note in out:
        # body spans are sorted and disjoint: the first one after the last footnotes ends first
        first_body = bisect.bisect_left(body_starts, previous_end)
        if first_body < len(body_spans) and body_spans[first_body][1] <= note.start:
            # A new page's foot: its marks are those of the body text since the last footnotes.
            queue = marks[bisect.bisect_left(mark_starts, previous_end):bisect.bisect_left(mark_starts, note.start)]
        if queue:
            mark = queue.pop(0)
            note.ref, note.ref_end = mark.start(), mark.end()
        previous_end = note.end
    return out


def _is_mark(text: str, m: re.Match) -> bool:
    word = re.search(r"[^\W\d_]+$", text[max(0, m.start() - 30):m.start()])
    if m.group()[0].isdigit():
        # "c6", "s6" are OCR letters; "Km42", "QL6" are codes.
        return bool(word) and len(word.group()) >= 3 and word.group().islower()
    return True


# A sentence ends at ". " / "; " / ": " followed by an upper-case letter, or at the end of a paragraph.
_SENTENCE_END = re.compile(rf"[.;!?](?=\s+[\"“(]?[{UPPER}0-9])|;(?=\s)")


def sentences(doc: Document) -> list[Span]:
    out = []
    for para in doc.paragraphs:
        pos = para.start
        for m in _SENTENCE_END.finditer(doc.joined, para.start, para.end):
            out.append(Span(pos, m.end()))
            pos = m.end()
        if pos < para.end:
            out.append(Span(pos, para.end))
    return out
