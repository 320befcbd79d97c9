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

# Look-alike symbols OCR puts for letters; mapped only inside words (see `fold_ocr`).
_OCR_SYMBOLS = {"&": "a", "@": "u", "¢": "o", "€": "e", "§": "y", "|": "l", "’": "'"}
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


def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d; the result has exactly the length of `text`."""
    return "".join(_fold_char(ch) for ch in text)


def fold_key(text: str) -> str:
    """A comparison key: folded words joined by single spaces (not length-preserving)."""
    return " ".join(re.findall(r"[a-z0-9]+", fold(text)))


_WORD_WITH_SYMBOL = re.compile(r"(?<=[a-z])[&@¢€§|]|[&@¢€§|](?=[a-z])")


# Short lower-case words with one digit are OCR of letters ("c6" có, "4n" án, "1a" là, "d3" đã);
# upper-case neighbours ("4B", "QH15", "Km18") are real codes and stay as they are.
_DIGIT_WORD = re.compile(r"(?<![\w.,/-])(?:[a-zà-ỹđ]{1,3}[013468]|[013468][a-zà-ỹđ]{1,3})(?![\w/-])")
_DIGIT_LETTER = str.maketrans("013468", "olaaoa")


def fold_ocr(text: str) -> str:
    """`fold` plus OCR look-alikes inside words mapped back to letters (x& → xa, c6 → co)."""
    folded = _WORD_WITH_SYMBOL.sub(lambda m: _OCR_SYMBOLS.get(m.group(), m.group()), fold(text))
    if not _DIGIT_WORD.search(text):
        return folded
    chars = list(folded)
    for m in _DIGIT_WORD.finditer(text):
        for i in range(m.start(), m.end()):
            chars[i] = chars[i].translate(_DIGIT_LETTER)
    return "".join(chars)


@dataclass
class Span:
    start: int
    end: int


@dataclass
class Paragraph(Span):
    footnote: str | None = None  # the footnote number when this paragraph is a footnote body


@dataclass
class Document:
    """A report as text plus the views extraction works on."""

    name: str
    text: str
    format: str
    joined: str = ""            # line breaks inside paragraphs become spaces
    folded: str = ""            # fold_ocr(joined)
    line_starts: list[int] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)

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


_FOOTNOTE_MD = re.compile(r"^\s*<sup>(\d{1,3})</sup>")
# An OCR footnote body starts a line with its number and a capitalised word: "16 Tính đến…".
_FOOTNOTE_OCR = re.compile(r"^(\d{1,3})[ \t]+(?=[A-ZĐÀ-Ỹ])")


def build_document(name: str, text: str, fmt: str) -> Document:
    doc = Document(name=name, text=text, format=fmt)
    doc.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    doc.paragraphs = _paragraphs(text, fmt)
    joined = list(text)
    for para in doc.paragraphs:
        for i in range(para.start, para.end):
            if joined[i] == "\n":
                joined[i] = " "
    doc.joined = "".join(joined)
    doc.folded = fold_ocr(doc.joined)
    return doc


def _paragraphs(text: str, fmt: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    start = None
    footnote = None
    pos = 0
    for line in text.split("\n"):
        line_end = pos + len(line)
        marker = (_FOOTNOTE_MD if fmt == "markdown" else _FOOTNOTE_OCR).match(line)
        if not line.strip() or marker:
            if start is not None:
                out.append(Paragraph(start, pos - 1, footnote))
                start, footnote = None, None
        if line.strip():
            if start is None:
                start = pos
                footnote = marker.group(1) if marker else None
        pos = line_end + 1
    if start is not None:
        out.append(Paragraph(start, len(text), footnote))
    return out


# A sentence ends at ". " / "; " / ": " followed by an upper-case letter, or at the end of a paragraph.
_SENTENCE_END = re.compile(r"[.;!?](?=\s+[\"“(]?[A-ZĐÀ-Ỹ0-9])|;(?=\s)")


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
