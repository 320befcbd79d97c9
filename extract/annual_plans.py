"""The year of a plan made every year, when a report names it without one.

A province makes a socio-economic development plan ("Kế hoạch phát triển kinh tế - xã hội") and a public
investment plan ("Kế hoạch đầu tư công") each year. A periodic report that names one without a year means
its own year's ("thực hiện Kế hoạch phát triển kinh tế - xã hội quý I"); a year that closes a list of such
documents is each one's ("Xây dựng Kế hoạch phát triển kinh tế - xã hội, kế hoạch đầu tư công, dự toán
ngân sách nhà nước năm 2025"); and the plan named with a year's budget estimate is that year's plan
("Kế hoạch phát triển kinh tế - xã hội và dự toán ngân sách nhà nước năm 2025"). Patterns are in the
folded OCR space of `text.fold_ocr`.
"""
from __future__ import annotations

import re

from .entities import Candidate, cue_name
from .lexicon import ANNUAL
from .text import Document, fold_key

_NAM = r"n[a-z]{1,2}m"  # năm, read "nam", "nim", "ndm"
_YEAR = r"((?:19|20)\d\d)(?!\d)"
_HEAD = re.compile(r"k[eaoc]{1,2}\s+h[oq]ach\s")  # the cue of a plan
_BARE = re.compile(rf"(?:{ANNUAL})\s*$")
# "… và dự toán ngân sách nhà nước năm 2025": the plan of that year.
_WITH_BUDGET = re.compile(rf"(?:{ANNUAL})(\s*(?:,|v[aà])\s+d[a-z]\s+to[a-z]n\s+ng[a-z]n\s+s[a-z]ch"
                          rf"(?:\s+nh[a-z]\s+n[a-z]{{2,4}})?\s+{_NAM}\s+{_YEAR})\s*$")
# ", kế hoạch đầu tư công, dự toán ngân sách nhà nước năm 2025": a year closing a list of plans and estimates.
_LISTED_WITH = re.compile(rf"(?:\s*(?:,|v[aà])\s+(?:k[a-z]\s+ho[a-z]ch|d[a-z]\s+to[a-z]n)(?:\s+[a-z-]+){{1,8}}?)+"
                          rf"\s+{_NAM}\s+{_YEAR}")
# "… quý I", "… 6 tháng đầu năm 2024", "… 9 tháng": a part of the year, which is the report's unless given.
_PART_OF_YEAR = re.compile(rf"\s*(?:qu[a-z]\s+[ivxl1]+|(?:\d+|s[a-z]u|ch[a-z]n)\s+th[a-z]ng(?:\s+[dpb][a-z]u)?)"
                           rf"(?:\s+{_NAM}(?:\s+{_YEAR})?)?")


def date_annual_plans(doc: Document, candidates: list[Candidate], report_year: str | None) -> list[Candidate]:
    """Give each annual plan named without a year the year the text or the report gives it. Returns the
    candidates without the annual plans left with no year ("kế hoạch đầu tư công" alone names none)."""
    undated = set()
    for c in candidates:
        if c.type != "Plan" or c.number or c.cue_end is None or not _HEAD.match(doc.folded, c.start):
            continue
        name = doc.folded[c.cue_end:c.end]
        if _BARE.fullmatch(name.strip()):
            after = doc.folded[c.end:c.end + 160]
            listed, part = _LISTED_WITH.match(after), _PART_OF_YEAR.match(after)
            year = listed.group(1) if listed else (part.group(1) or report_year) if part else report_year
            if year:
                _dated(c, c.label, year)
            else:
                undated.add(id(c))
        elif budget := _WITH_BUDGET.search(name):
            c.end = c.cue_end + budget.start(1)
            _dated(c, cue_name("Kế hoạch", doc.joined[c.cue_end:c.end]), budget.group(2))
    return [c for c in candidates if id(c) not in undated]


def _dated(c: Candidate, label: str, year: str) -> None:
    c.label = f"{label.rstrip(' ,')} năm {year}"
    c.key = "k:" + fold_key(c.label)
