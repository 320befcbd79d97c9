"""Works named by what they are: "Bệnh viện Đa khoa tỉnh đã hoàn thành …", "Cầu Bắc Hà đang thi công".

A report often opens a sentence with the work itself, with no "Dự án" or "Công trình" before it. Such a
name is a project only when the sentence reports its building (thi công, khởi công, hoàn thành, đưa vào
sử dụng …): "Trung tâm Y tế huyện đã hoàn thành kế hoạch tiêm chủng" speaks of an agency, not a work.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .entities import Candidate, sentence_initial
from .lexicon import B, DUA, DUOC, E, KHOI_CONG, UW, WORK_KINDS, word_family
from .names import extend_name
from .text import Document, fold_key

_WORK_HEAD = word_family([rf"{B}{kind}{E}" for kind in WORK_KINDS])
# What the sentence then says of it: that it is being built, was built or is in use.
_BUILDING = re.compile(
    rf"[\s,]*(?:(?:da|dang|se|{DUOC}|tiep\s+tuc|co\s+ban)\s+)*(?:"
    rf"(?:dau\s+t{UW}\s+)?xay\s+d(?:{UW}|y)ng|thi\s+cong|{KHOI_CONG}|khanh\s+thanh|thong\s+xe|v[a-z]n\s+hanh|"
    rf"{DUA}\s+vao\s+(?:s{UW}\s+dung|v[a-z]n\s+hanh|khai\s+thac|hoat\s+dong)|"
    rf"hoan\s+thanh(?=\s*(?:[.;,]|$|va\s+{DUA}|\d|xay\s+dung|thi\s+cong|dau\s+tu|giai\s+doan|hang\s+muc)))(?![a-z])")


def works_with_a_status(doc: Document, taken: list[Candidate]) -> list[Candidate]:
    """Capitalised works that open a sentence whose verb reports their building; none inside a name found
    already (a cue's name holds its own works: "Dự án Bệnh viện …")."""
    spans = sorted((c.start, c.end) for c in taken)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of a name starting at or before each
    out = []
    for m in _WORK_HEAD.finditer(doc.folded):
        start = m.start()
        if not doc.joined[start].isupper() or not sentence_initial(doc, start):
            continue
        if (i := bisect_right(starts, start) - 1) >= 0 and reach[i] > start:
            continue  # inside a name found already
        end = extend_name(doc.joined, doc.folded, m.end(), doc.paragraph_end(start), doc.clean, True)
        if len(doc.folded[start:end].split()) < 3 or not _BUILDING.match(doc.folded, end):
            continue  # "Cầu đã thông xe" names no one work
        label = " ".join(doc.joined[start:end].split())
        out.append(Candidate("Project", start, end, label, "k:" + fold_key(label), cue_end=m.end()))
    return out
