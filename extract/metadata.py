"""Document metadata: title, kind, number, issuer and the reporting period a report covers."""
from __future__ import annotations

import calendar
import re

from .model import DocumentMeta
from .text import Document, fold_ocr

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1v": 4, "l": 1, "ll": 2, "lll": 3, "1": 1, "2": 2, "3": 3, "4": 4,
          "11": 2, "111": 3}
_FURNITURE = re.compile(r"(?i)^(?:#+\s*)?(?:\*\*)?\s*(?:b[aá]o\s+c[aá]o\s*(?:\*\*)?\s*$|s[oố6]\s*[:.]|c[oộ]ng\s+h[oò]a|"
                        r"[đdp]+[oộ]c\s+l[aậ]p|t[iỉ]nh\s+l|[uủ]y\s+ban|ubnd|[^,]{0,30},\s*ng[aà]y)")


def read_metadata(doc: Document, province: str | None) -> DocumentMeta:
    meta = DocumentMeta(issuer=f"UBND tỉnh {province}" if province else None, province=province)
    head = doc.text[:1500]
    folded_head = fold_ocr(head)
    if re.search(r"thong\s+cao\s+bao\s+chi", folded_head):
        meta.kind = "press_release"
    title_lines = _title_lines(doc.text)
    title = " ".join(title_lines).strip()
    meta.title = re.sub(r"\s+", " ", re.sub(r"[#*]", "", title)).strip() or None
    folded_title = fold_ocr(title)
    if meta.kind == "report" and re.match(r"\s*(?:ke\s+hoach|ph\w{1,2}t\s+tri\w{1,2}n\s+kinh\s+te)", folded_title) \
            and re.search(r"\d\s+nam\s+\d{4}\s*-\s*\d{4}", folded_title):
        meta.kind = "plan"
    number = re.search(r"(?im)^.{0,40}?s[oố6]\s*[:.]\s*(\d+)\s*/\s*([A-ZĐ]+-[A-ZĐ]+)", head)
    if number:
        meta.number = f"{number.group(1)}/{number.group(2)}"
    meta.period_start, meta.period_end = _period(folded_title)
    meta.issued = _issued(head)
    return meta


def _title_lines(text: str) -> list[str]:
    """The first block of lines that is not page furniture (headers, number, place and date)."""
    lines = []
    for line in text.split("\n")[:40]:
        stripped = line.strip()
        if not stripped:
            if lines:
                break
            continue
        if _FURNITURE.match(stripped) and not lines:
            continue
        if stripped.upper() == stripped and len(stripped) < 40 and not lines:
            continue  # a heading in capitals ("THÔNG CÁO BÁO CHÍ") comes before the title
        lines.append(stripped)
        if len(lines) == 2 or stripped.endswith((".", ":")):
            break  # a title is one or two lines; what follows is the body
    return lines


def _period(folded_title: str) -> tuple[str | None, str | None]:
    years = re.findall(r"(?<!\d)(20\d\d|19\d\d)(?!\d)", folded_title)
    if not years:
        return None, None
    span = re.search(r"(\d)\s+nam\s+(\d{4})\s*-\s*(\d{4})", folded_title)
    if span:
        return f"{span.group(2)}-01-01", f"{span.group(3)}-12-31"
    year = int(years[0])
    months = re.search(r"(\d{1,2})\s+thang\s+(?:dau\s+)?n\w{1,2}m", folded_title)
    quarter = re.search(r"quy\s+([il1v]{1,3})\b", folded_title)
    month = re.search(r"thang\s+(\d{1,2})\b", folded_title)
    first = [(m.start(), kind, m) for kind, m in (("months", months), ("quarter", quarter), ("month", month)) if m]
    if not first:
        return f"{year}-01-01", f"{year}-12-31"
    _, kind, m = min(first, key=lambda t: t[0])
    if kind == "months":
        n = int(m.group(1))
        return f"{year}-01-01", _month_end(year, n)
    if kind == "quarter":
        q = _ROMAN.get(m.group(1), 1)
        return f"{year}-{3 * q - 2:02d}-01", _month_end(year, 3 * q)
    n = int(m.group(1))
    return f"{year}-{n:02d}-01", _month_end(year, n)


def _month_end(year: int, month: int) -> str:
    month = max(1, min(12, month))
    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _issued(head: str) -> str | None:
    folded = fold_ocr(head)
    m = re.search(r"ngay\s*[^\s\d]{0,3}\s*(\d{1,2})?\s*[^\s\d]{0,3}\s*thang\s+(\d{1,2})\s+n\w{1,3}m\s+(\d{4})", folded)
    if not m:
        return None
    day, month, year = m.groups()
    if not 1 <= int(month) <= 12:
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}" if day else f"{year}-{int(month):02d}"
