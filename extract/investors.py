"""Who invests in an initiative: the organisation a sentence names as its investor ("chủ đầu tư").

"Dự án X do Ban Quản lý dự án … làm chủ đầu tư" and "Dự án X, chủ đầu tư là Công ty …" bound the investor's
name by the words around it, so a name no recogniser knows (a project board, a company) is read whole.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Document

# "chủ đầu tư", as OCR also reads it ("chu d4u tw", "chu déu tu")
_INVESTOR = re.compile(r"chu\s+[dpb][ae][a-z]?u\s+t[a-z]{1,2}(?![a-z])")
# "… do <investor> làm chủ đầu tư", "… do <investor> là chủ đầu tư": read back from the cue, which is rare, not
# forth from every "do"
_BY = re.compile(r"(?<![a-z])do\s+([^.;:()\n]{3,160}?)\s+l[a-z]{0,2}\s+$")
_REACH = 180
# "…, chủ đầu tư là <investor>", "… (chủ đầu tư: <investor>)", up to the clause's end
_IS = re.compile(r"\s*(?:l[a-z]\s+|:\s*)([^.;:,()\n]{3,160}?)(?=\s*[.;,()\n]|$)")
_MOST_WORDS = 24


@dataclass(frozen=True)
class Investor:
    start: int      # the investor's name in the text
    end: int
    cue_start: int  # where the words that make it the investor begin ("do …", "chủ đầu tư là …")
    cue_end: int


def investors(doc: Document) -> list[Investor]:
    """The investors a report names, each a name that opens on a capital (a body, not "người dân")."""
    out = []
    for cue in _INVESTOR.finditer(doc.folded):
        window = max(0, cue.start() - _REACH)
        by = _BY.search(doc.folded, window, cue.start())
        named = [(by.span(1), by.start(), cue.end())] if by else []
        if (is_ := _IS.match(doc.folded, cue.end())):
            named.append((is_.span(1), cue.start(), is_.end()))
        for (start, end), cue_start, cue_end in named:
            name = doc.joined[start:end]
            if name[:1].isupper() and len(name.split()) <= _MOST_WORDS:
                out.append(Investor(start, end, cue_start, cue_end))
    return out
