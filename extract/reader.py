"""Read a report file into NFC text, refusing what is not a readable report.

Vietnamese reports come as UTF-8, UTF-16 (with a BOM) or the legacy Windows-1258 code page, or as
PDF and DOCX files (see `formats`), told apart by their bytes.
The encoding is decided from the bytes; a file that is empty, binary or undecodable is
refused with a `ReportError` that names the file and the reason.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

MAX_REPORT_BYTES = 20 * 1024 * 1024


class ReportError(ValueError):
    """A file that cannot be read as a report; the message names the file and the reason."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class SourceText:
    name: str
    text: str          # NFC text, newlines normalised to "\n"
    encoding: str
    format: str        # "markdown" or "plain"
    sha256: str
    clean: bool = True  # False for OCR output whose Vietnamese letters are broken


# Bytes that never occur in a text report: NUL and most C0 controls.
_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32)) - {27}


def decode_report(data: bytes, name: str) -> tuple[str, str]:
    """Return (text, encoding) or raise ReportError."""
    if not data.strip():
        raise ReportError(name, "the file is empty")
    if len(data) > MAX_REPORT_BYTES:
        raise ReportError(name, f"the file is larger than {MAX_REPORT_BYTES // (1024 * 1024)} MiB")
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", name), "utf-16"
    sample = data[:65536]
    if b"\x00" in sample or sum(b in _CONTROL for b in sample) > len(sample) * 0.01:
        raise ReportError(name, "the file is binary, not a text report")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Not UTF-8: Windows-1258 is the legacy Vietnamese code page. Accept it only when the
    # decoded text looks Vietnamese and the bytes are not UTF-8 with a few broken sequences
    # (Vietnamese letters are 2-3 byte sequences in UTF-8, which real CP1258 text almost never forms).
    high = sum(b >= 0x80 for b in data)
    in_utf8 = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if in_utf8 > 0.5 * high:
        raise ReportError(name, f"the file is not valid UTF-8 (byte {utf8_error.start} is invalid)")
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and _looks_vietnamese(text):
        return text, "cp1258"
    raise ReportError(
        name, f"the file is not valid UTF-8 (byte {utf8_error.start}) and not Windows-1258 Vietnamese text"
    )


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ReportError(name, f"the file declares {encoding} but byte {exc.start} is invalid") from exc


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_VIET_MARKERS = set("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")


def _looks_vietnamese(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    marks = sum(ch in _VIET_MARKERS for ch in unicodedata.normalize("NFD", text))
    return letters > 0 and marks / letters > 0.02


def detect_format(text: str) -> str:
    """Markdown is recognised by its content (headings, <sup> footnotes), not by the file's extension."""
    lines = text.split("\n")
    headings = sum(1 for line in lines if line.startswith("#"))
    sups = text.count("<sup>")
    return "markdown" if headings >= 2 or sups >= 3 else "plain"


def read_text(data: bytes, name: str) -> SourceText:
    import hashlib

    from . import formats

    kind = formats.sniff(data)
    if len(data) > MAX_REPORT_BYTES:
        raise ReportError(name, f"the file is larger than {MAX_REPORT_BYTES // (1024 * 1024)} MiB")
    if kind == "pdf":
        text, encoding = formats.pdf_text(data, name), "pdf"
    elif kind == "docx":
        text, encoding = formats.docx_text(data, name), "docx"
    else:
        text, encoding = decode_report(data, name)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not any(ch.isalpha() for ch in text):
        raise ReportError(name, "the file has no letters: not a text report")
    return SourceText(name, text, encoding, detect_format(text), hashlib.sha256(data).hexdigest(),
                      clean=has_vietnamese_letters(text))


_SHAPING_MARKS = set("\u0302\u0306\u031b")  # circumflex (â ê ô), breve (ă), horn (ơ ư)


def has_vietnamese_letters(text: str) -> bool:
    """Clean Vietnamese has ă â đ ê ô ơ ư in roughly one letter in six; OCR output loses nearly all of them."""
    letters = shaped = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ch in "đĐ" or any(m in _SHAPING_MARKS for m in unicodedata.normalize("NFD", ch)):
                shaped += 1
    return letters > 0 and shaped / letters >= 0.05


def lost_its_diacritics(text: str) -> bool:
    """Vietnamese typed or exported without any diacritics: not one letter in 200 is outside ASCII, where OCR
    output keeps about one in 20 ("ké hoach", "tién") and clean text more than one in four."""
    # counted in C (a loop over the characters cost 2 ms a report): what is not ASCII, but for punctuation
    ascii_only = text.encode("ascii", "ignore")
    foreign = len(text) - len(ascii_only) - sum(text.count(mark) for mark in _TYPOGRAPHY)
    letters = foreign + len(ascii_only.translate(None, _NOT_ASCII_LETTERS))
    return letters > 0 and foreign / letters < 0.005


_TYPOGRAPHY = "“”‘’–—…•°«»\u00a0"
_NOT_ASCII_LETTERS = bytes(c for c in range(128) if not chr(c).isalpha())  # deleted, the letters stay


def read_report(path: str | Path) -> SourceText:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(path.name, f"cannot be read ({exc.strerror})") from exc
    return read_text(data, path.name)
