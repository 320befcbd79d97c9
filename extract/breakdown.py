"""The parts a project's progress is broken down into.

"Dự án cải tạo 03 trung tâm y tế … ước đạt 80% giá trị (trong đó: Trung tâm Y tế huyện A: 90%;
Trung tâm Y tế huyện B: 80%)": each part named before a figure of its own is a project of its own, part of
the project the parenthesis follows, and its figure says that work on it is going on. The recogniser takes
the parts as projects, the relation component makes each part of the whole, the status component reads each
figure.
Patterns are in the folded OCR space ("trong d6:" is "trong đó:").
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .entities import Candidate
from .text import Document, fold_key

# "(trong đó:" within the sentence that named the whole, at most this far after its name
_OPEN = re.compile(r"\(\s*trong\s+d[o06]\s*:")
_REACH = 200
_SENTENCE_END = re.compile(r"[.;](?:\s|$)")
# one part: a name, a colon, a percentage; then a separator or the closing parenthesis
_PART = re.compile(r"\s*([^:;,()%]{6,90}?)\s*:\s*(\d{1,3}(?:[.,]\d+)?\s*%)\s*([;,)])")
# a district's or commune's own figure is a place's progress, not a project's
_PLACE_FIRST = re.compile(r"(?:huyen|xa|phuong|thi\s+tran|thanh\s+pho|tinh)(?![a-z])")


@dataclass(frozen=True)
class Part:
    start: int           # the part's name
    end: int
    figure_start: int    # its percentage
    figure_end: int


def parts_after(doc: Document, whole_end: int) -> list[Part]:
    """The parts a "(trong đó: A: 90%; B: 80%)" right after a name breaks its progress into."""
    limit = min(len(doc.folded), whole_end + _REACH)
    stop = _SENTENCE_END.search(doc.folded, whole_end, limit)
    opening = _OPEN.search(doc.folded, whole_end, stop.start() if stop else limit)
    if not opening:
        return []
    parts, pos = [], opening.end()
    while m := _PART.match(doc.folded, pos):
        start = m.start(1)
        if not doc.joined[start].isupper() or _PLACE_FIRST.match(doc.folded, start) or len(m.group(1).split()) < 2:
            break
        parts.append(Part(start, m.end(1), m.start(2), m.end(2)))
        pos = m.end()
        if m.group(3) == ")":
            break
    return parts


def part_candidates(doc: Document, named: list[Candidate]) -> list[Candidate]:
    """The parts of each named project, as projects."""
    out = []
    for whole in named:
        if whole.type == "Project":
            for part in parts_after(doc, whole.end):
                label = " ".join(doc.joined[part.start:part.end].split())
                out.append(Candidate("Project", part.start, part.end, label, "k:" + fold_key(label)))
    return out


def broken_down(doc: Document, mentions: list) -> Iterator[tuple[object, object, Part]]:
    """(part's mention, whole's mention, part) for each project mention named as a part of another's progress."""
    projects = {m.start: m for m in mentions if m.type == "Project"}
    for whole in projects.values():
        for part in parts_after(doc, whole.end):
            if (member := projects.get(part.start)) is not None and member is not whole:
                yield member, whole, part
