"""Periods named in folded text: "quý II năm 2024", "9 tháng đầu năm 2024", "tháng 4/2024", "5 năm 2021 - 2025".

OCR spells the words loosely ("quy", "qui", "thang", "thdng", "nam", "ndm", "nim") and reads I as l or 1,
so each word is matched by its frame and a quarter's number by its look-alikes."""
from __future__ import annotations

import calendar
import re

# A quarter's number as written, and as OCR reads it (l and 1 for I).
QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1v": 4, "l": 1, "ll": 2, "lll": 3, "lv": 4, "1": 1, "2": 2, "3": 3,
            "4": 4, "11": 2, "111": 3, "1l": 2, "il": 2, "li": 2, "iil": 3, "ill": 3}

_NAM = r"n[a-z]{1,2}m"
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# "5 năm 2021 - 2025", "giai đoạn 2021 - 2025"
_SPAN = re.compile(rf"(?:\d\s+{_NAM}|giai\s+doan)\s+((?:19|20)\d\d)\s*-\s*((?:19|20)\d\d)")
_MONTHS = re.compile(rf"(\d{{1,2}})\s+th[a-z]ng\s+(?:[dpb][a-z]u\s+)?{_NAM}")  # "9 tháng (đầu) năm"
_QUARTER = re.compile(r"qu[a-z]\s+([ivl1]{1,3})(?![a-z0-9])")
_MONTH = re.compile(r"th[a-z]ng\s+(\d{1,2})(?!\d)")


def quarter_number(written: str) -> int | None:
    return QUARTERS.get(written)


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_QUARTER_WRITTEN = re.compile(r"(?<!\w)([Qq])u[yýiíỳỷ]\s+([IVLivl1]{1,3})(?![\w])")


def spell_quarters(text: str) -> str:
    """Each quarter named in `text` written "quý" + its Roman number, as OCR misreads neither ("Quy 1V" → "Quý
    IV", "quý Il" → "quý II"); a number that is no quarter's is left as it is."""
    def spelt(m: re.Match) -> str:
        q = quarter_number(m.group(2).lower())
        return f"{m.group(1)}uý {_ROMAN[q]}" if q else m.group()
    return _QUARTER_WRITTEN.sub(spelt, text)


def month_end(year: int, month: int) -> str:
    month = max(1, min(12, month))
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def period_bounds(folded: str) -> tuple[str | None, str | None]:
    """First and last day of the period the text names: of its first "N tháng", quarter or month, in the
    first year it names; the whole year when it names only a year; (None, None) without a year."""
    years = _YEARS.findall(folded)
    if not years:
        return None, None
    if span := _SPAN.search(folded):
        return f"{span.group(1)}-01-01", f"{span.group(2)}-12-31"
    year = int(years[0])
    found = [(m.start(), kind, m) for kind, m in (("months", _MONTHS.search(folded)),
                                                  ("quarter", _QUARTER.search(folded)),
                                                  ("month", _MONTH.search(folded))) if m]
    if not found:
        return f"{year}-01-01", f"{year}-12-31"
    found.sort(key=lambda t: t[0])
    first = _bounds(year, *found[0][1:])
    if len(found) > 1 and _AND.fullmatch(folded, found[0][2].end(), found[1][0]):
        # "tháng 9 và 9 tháng năm 2024", "quý III và 9 tháng …": the month and the months to its end, the whole
        second = _bounds(year, *found[1][1:])
        if second[0] <= first[0] and first[1] <= second[1]:
            return second
    return first


_AND = re.compile(r"\s*,?\s*va\s+")


def _bounds(year: int, kind: str, m: re.Match) -> tuple[str, str]:
    if kind == "months":
        return f"{year}-01-01", month_end(year, int(m.group(1)))
    if kind == "quarter":
        q = quarter_number(m.group(1)) or 1
        return f"{year}-{3 * q - 2:02d}-01", month_end(year, 3 * q)
    n = max(1, min(12, int(m.group(1))))
    return f"{year}-{n:02d}-01", month_end(year, n)
