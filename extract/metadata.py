"""Document metadata: title, kind, number, issuer and the reporting period a report covers."""
from __future__ import annotations

import re

from .model import DocumentMeta
from .periods import period_bounds
from .text import Document, fold_ocr

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
    meta.period_start, meta.period_end = period_bounds(folded_title)
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


def _issued(head: str) -> str | None:
    folded = fold_ocr(head)
    m = re.search(r"ngay\s*[^\s\d]{0,3}\s*(\d{1,2})?\s*[^\s\d]{0,3}\s*thang\s+(\d{1,2})\s+n\w{1,3}m\s+(\d{4})", folded)
    if not m:
        return None
    day, month, year = m.groups()
    if not 1 <= int(month) <= 12:
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}" if day else f"{year}-{int(month):02d}"
