"""Tables of initiatives: what each column of a row says about the initiative the row names.

A progress table (Markdown, and DOCX tables as the reader writes them: a row per line, cells between bars)
names an initiative in one column and, in others, who carries it out ("Chủ đầu tư", its investor), what pays for it
("Nguồn vốn") and what holds it up ("Khó khăn, vướng mắc"). The heading row says which column is which;
a cell under such a heading is that role's, whatever its words, since no sentence around it says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .text import fold_key

# A heading's folded words → the role of its column's cells. The name column is the initiative's.
_ROLES = [
    ("name", re.compile(r"ten\s+(?:du\s+an|cong\s+trinh|nhiem\s+vu|chuong\s+trinh|de\s+an)|danh\s+muc|"
                        r"^du\s+an$|^cong\s+trinh$")),
    ("investedBy", re.compile(r"chu\s+dau\s+tu|don\s+vi\s+(?:thuc\s+hien|chu\s+tri)|co\s+quan\s+chu\s+tri|"
                              r"nha\s+dau\s+tu")),
    ("funds", re.compile(r"nguon\s+von|von\s+dau\s+tu\s+tu")),
    ("delayedBy", re.compile(r"kho\s+khan|v[uw]{1,2}[oe]ng\s+mac|ton\s+tai|nguyen\s+nhan")),
]
_RULE = re.compile(r"\|?\s*:?-{3,}")  # the line under a Markdown heading row: "|---|---|"


@dataclass(frozen=True)
class Cell:
    start: int    # offsets in the report's text, the cell's words only (no bars, no spaces around them)
    end: int
    role: str     # "name", "investedBy", "funds" or "delayedBy"


@dataclass(frozen=True)
class Row:
    start: int    # the row's line, from its first cell's words to its last's
    end: int
    cells: tuple[Cell, ...]  # those under a heading with a role, not empty


@lru_cache(maxsize=8)  # read by the obstacle recogniser and by the table component, of one report
def table_rows(text: str) -> tuple[Row, ...]:
    """The data rows of the tables in `text` that have a cell under a heading with a role."""
    rows: list[Row] = []
    roles: list[str | None] | None = None  # the current table's columns, from its heading row
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not line.lstrip().startswith("|"):
            roles = None  # a table ends where its rows do
            continue
        cells = _cells(line, start)
        if roles is None:
            roles = [_role(text[a:b]) for a, b in cells]
        elif not _RULE.match(line.strip()):
            kept = tuple(Cell(a, b, role) for (a, b), role in zip(cells, roles) if role and b > a)
            if kept:
                rows.append(Row(cells[0][0], cells[-1][1], kept))
    return tuple(rows)


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """The spans of a row's cells, each trimmed of spaces."""
    spans = []
    bars = [i for i, ch in enumerate(line) if ch == "|"]
    for left, right in zip(bars, bars[1:]):
        a, b = left + 1, right
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        spans.append((offset + a, offset + b))
    return spans


def _role(heading: str) -> str | None:
    key = fold_key(heading)
    return next((role for role, pattern in _ROLES if pattern.search(key)), None)
