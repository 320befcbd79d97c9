"""Relations between the entities of one report, from their positions and the words between them."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from .breakdown import broken_down
from .lexicon import CHAM, CUA, DU_AN, THUC_HIEN, THUOC, UW, VON
from .model import INITIATIVE_TYPES, LEGAL_TYPES, Mention, Relation
from .text import Document, Footnote, Span


@dataclass(frozen=True)
class Placed:
    """One mention of an entity, with the entity's id and type."""
    id: str
    type: str
    start: int
    end: int


def mentions_by_sentence(mentions: list[Placed], sentences: list[Span]) -> list[list[Placed]]:
    """For each sentence, the mentions that start in it, in the order of `mentions`."""
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    starts = [mentions[i].start for i in order]
    out = []
    for sent in sentences:
        found = order[bisect_left(starts, sent.start):bisect_left(starts, sent.end)]
        out.append([mentions[i] for i in sorted(found)] if found else [])
    return out


def _initiatives_between(mentions: list[Placed], a: Placed, b: Placed, types=INITIATIVE_TYPES) -> list[Placed]:
    """The initiatives (or other `types`) named after `a` and before `b`: what a later cause, funding source or
    replaced text may be about instead."""
    return [c for c in mentions if c.type in types and a.end <= c.start < b.start]


def part_named_before(folded: str, mentions: list[Placed], whole: Placed) -> Placed:
    """"Dự án X thuộc Chương trình Y, sử dụng vốn ODA …": what the sentence goes on about is the part X, which
    the whole Y only describes, also where Y is named inside X's name ("Tiểu dự án 2 thuộc Dự án Y tạm dừng
    …"); otherwise `whole` itself."""
    return next((m for m in mentions if m.type in INITIATIVE_TYPES and (
        (m.end <= whole.start and PART_OF_GAP.fullmatch(folded, m.end, whole.start)) or
        (m.start < whole.start and whole.end <= m.end and
         _PART_OF_BEFORE.search(folded, max(m.start, whole.start - 12), whole.start)))), whole)


def clause_goes_on(doc: Document, sentences: list[Span], i: int) -> bool:
    """Sentence i is a clause that goes on from the one before: that one ends with ";" in the same
    paragraph, and this one opens in lower case."""
    before = sentences[i - 1] if i else None
    return before is not None and doc.folded[before.end - 1:before.end] == ";" and \
        "\n" not in doc.joined[before.end:sentences[i].start] and \
        doc.joined[sentences[i].start:sentences[i].end].lstrip()[:1].islower()


# A sentence whose subject is "the project" the sentence before named: "Dự án X đã bàn giao … mặt bằng. Dự án chậm
# tiến độ do …" ("Công trình này …"); OCR reads "dự" as "dy", "dir" …
THE_PROJECT = rf"(?:{DU_AN}|cong\s+trinh)(?:\s+nay)?"
_THE_PROJECT = re.compile(rf"\s*{THE_PROJECT}\s+(?!\d)")


# A list item: "- Dự án X: …", "+ …", "a) …", "(2) …"
ITEM_MARK = r"[-+•]|\(\d{1,2}\)|[a-zđ]\)"  # a list item's mark: "-", "+", "(2)", "a)"
_ITEM_OPENING = re.compile(rf"[ \t]*(?:{ITEM_MARK})[ \t]+")


def takes_up_subject(doc: Document, sentences: list[Span], i: int) -> bool:
    """Sentence i is about what the one before is about: a clause that goes on from it, or a sentence of the
    same paragraph that opens on "Dự án" or "Công trình" without a name, or any later sentence of a list
    item ("- Dự án X: đã bàn giao …. Tuy nhiên, tiến độ chậm do …")."""
    if clause_goes_on(doc, sentences, i):
        return True
    start = sentences[i].start
    if i == 0 or "\n" in doc.joined[sentences[i - 1].end:start]:
        return False
    item_start = doc.paragraph_start(start)
    return (_THE_PROJECT.match(doc.folded, start) is not None and
            doc.joined[start:sentences[i].end].lstrip()[:1].isupper()) or \
        _ITEM_OPENING.match(doc.joined, item_start) is not None or \
        _NUMBERED_INITIATIVE.match(doc.folded, item_start) is not None


# "2. Dự án X: …": a numbered item headed by an initiative and a colon is about it, sentence after sentence
_NUMBERED_INITIATIVE = re.compile(rf"[ \t]*\d{{1,2}}\.[ \t]+(?:{DU_AN}|cong\s+trinh|ke\s+hoach|ch{UW}{{1,2}}ong\s+trinh|"
                                  r"[dpb]e\s+an|quy\s+hoach)\s[^.;:\n]{0,200}:")


def footnotes_pointed_at(doc: Document, sentences: list[Span]) -> list[tuple[Footnote, Span]]:
    """Each footnote whose reference mark was found, with the sentence the mark stands in."""
    out = []
    starts = [x.start for x in sentences]  # sentences are in order and apart
    for note in doc.footnotes:
        if note.ref is None:
            continue
        # the first sentence holding the mark: the one before, when the mark ends it, else the one it is in
        i = bisect_right(starts, note.ref) - 1
        sentence = next((sentences[j] for j in (i - 1, i) if j >= 0 and sentences[j].start <= note.ref <= sentences[j].end),
                        None)
        if sentence is not None:
            out.append((note, sentence))
    return out


def _between(doc: Document, a_end: int, b_start: int) -> str:
    return doc.folded[a_end:b_start] if a_end <= b_start else ""


def _evidence(doc: Document, start: int, end: int) -> Mention:
    return Mention(start, end, doc.text[start:end])


def find_relations(doc: Document, placed: list[Placed], sentences: list[Span]) -> list[Relation]:
    out: dict[tuple[str, str, str], Relation] = {}

    def add(s: Placed, p: str, o: Placed, start: int, end: int) -> None:
        if s.id != o.id and (s.id, p, o.id) not in out:
            out[(s.id, p, o.id)] = Relation(s.id, p, o.id, _evidence(doc, start, end))

    ordered = sorted(placed, key=lambda m: (m.start, -m.end))
    by_sentence = mentions_by_sentence(ordered, sentences)
    for mentions in by_sentence:
        for a in mentions:
            for b in mentions:
                if a is b:
                    continue
                gap = _between(doc, a.end, b.start)
                inner = a.start < b.start and b.end <= a.end
                # A plan/program that carries out another text: "Kế hoạch thực hiện Nghị quyết số …".
                if a.type in INITIATIVE_TYPES | LEGAL_TYPES and b.type in INITIATIVE_TYPES | LEGAL_TYPES:
                    lead = doc.folded[max(a.start, b.start - 14):b.start]
                    if inner and (_CARRIES_OUT.search(lead) or (a.type == "Plan" and _ABOUT.search(lead)) or
                                  (b.type in LEGAL_TYPES and _FOLLOWING.search(lead))):
                        add(a, "implements", b, a.start, b.end)
                    elif 0 <= b.start - a.end <= 40 and _CARRIES_OUT.search(gap) and "." not in gap and ";" not in gap:
                        add(a, "implements", b, a.start, b.end)  # "Quyết định số … để thực hiện Kế hoạch …"
                    elif 0 <= b.start - a.end < 30 and _FOLLOWING.fullmatch(gap) and b.type in LEGAL_TYPES:
                        add(a, "implements", b, a.start, b.end)
                    elif a.type in LEGAL_TYPES and 0 <= b.start - a.end <= 220 and _TITLE_CARRIES_OUT.fullmatch(gap) \
                            and not any(a.end <= m.start < b.start for m in mentions if m.type != "Organization"):
                        # "Quyết định số 12/QĐ-UBND ngày … của UBND tỉnh về nhiệm vụ, giải pháp … thực hiện Kế
                        # hoạch …": the text's own title says what it carries out, and so the list that follows
                        add(a, "implements", b, a.start, b.end)
                        for c in _listed_after(doc, b, mentions, INITIATIVE_TYPES | LEGAL_TYPES):
                            add(a, "implements", c, a.start, c.end)
                # "X thuộc Y", after X or inside its name: part of a program, a project or a zone.
                if a.type in INITIATIVE_TYPES and b.type in INITIATIVE_TYPES | {"Place"} and (
                        PART_OF_GAP.fullmatch(gap) or
                        (inner and _PART_OF_BEFORE.search(doc.folded[max(a.start, b.start - 12):b.start]))):
                    zone = b.type == "Place" and doc.folded[b.start:b.start + 4] == "khu "
                    add(a, "partOf" if b.type != "Place" or zone else "locatedIn", b, a.start, b.end)
                # Where a project is: a place inside its name or right after it.
                if a.type in INITIATIVE_TYPES and b.type == "Place" and (
                        inner or (0 <= b.start - a.end <= 30 and _PLACE_GAP.fullmatch(gap))):
                    add(a, "locatedIn", b, a.start, b.end)
                    # "cụm công nghiệp A và B, huyện X": the initiatives listed before it are there too; not
                    # where the place is inside the last one's name ("…, Dự án C và Dự án Trung tâm Y tế thị xã X").
                    first = a
                    for c in sorted((c for c in mentions if c.type == a.type and c.end <= a.start and
                                     (not inner or "," in doc.folded[b.start - 3:b.start])), key=lambda c: -c.end):
                        if not _LIST_GAP.fullmatch(doc.folded[c.end:first.start]):
                            break
                        add(c, "locatedIn", b, c.start, b.end)
                        first = c
                    # "… của các huyện: A, B và C": the places listed after the first one, too.
                    for c in _listed_after(doc, b, mentions, {"Place"}):
                        add(a, "locatedIn", c, a.start, c.end)
                # Who pays: a funding source next to the initiative ("theo hình thức BOT"), or said to pay later in
                # its sentence ("…, tổng mức đầu tư 320 tỷ đồng từ nguồn vốn ngân sách tỉnh"), no other initiative between.
                # Not money said to be lacking: "tạm dừng do thiếu vốn đối ứng" names an obstacle.
                if a.type in INITIATIVE_TYPES and b.type == "FundingSource" and 0 <= b.start - a.end and (
                        b.start - a.end <= 40 or ((_PAID_FROM.search(doc.folded, max(0, b.start - 24), b.start) or
                                                   _BY_FORM.match(doc.folded, b.start)) and
                                                  not _initiatives_between(mentions, a, b))) and \
                        not _LACKING.search(doc.folded, max(0, b.start - 24), b.start):
                    _pays(doc, b, mentions, part_named_before(doc.folded, mentions, a), add)
                if a.type == "FundingSource" and b.type in INITIATIVE_TYPES and 0 <= b.start - a.end <= 40 and \
                        re.search(r"(?:cho|thuc\s+hien|dau\s+tu)\s", gap):
                    add(a, "funds", b, a.start, b.end)
                # A named fund or bank: "dự án … do Quỹ … viện trợ", "… sử dụng vốn vay Ngân hàng …".
                if a.type in INITIATIVE_TYPES and b.type == "Organization" and 0 <= b.start - a.end <= 40 and (
                        (_BY_FUNDER.fullmatch(gap) and _FUNDER_GIVES.match(doc.folded, b.end)) or _LOAN_FROM.fullmatch(gap)):
                    paid = part_named_before(doc.folded, mentions, a)
                    add(b, "funds", paid, paid.start, b.end)
                # What holds it up: an obstacle right after the initiative, or given as the cause ("… tiến độ
                # chậm so với kế hoạch do vướng mắc …") later in its sentence, no other initiative between (but those
                # listed with it). "Dự án X thuộc Chương trình Y chậm do Z": Z holds up the part X, not the whole Y.
                if a.type in INITIATIVE_TYPES and b.type == "Issue" and 0 <= b.start - a.end and (
                        b.start - a.end <= 60 or _CAUSE.search(doc.folded, max(0, b.start - 4), b.start)) and \
                        all(_LIST_GAP.fullmatch(doc.folded, a.end, c.start) for c in _initiatives_between(mentions, a, b)):
                    held = part_named_before(doc.folded, mentions, a)
                    add(held, "delayedBy", b, held.start, b.end)
                # "tháo gỡ khó khăn về giải phóng mặt bằng tại Khu công nghiệp X": the obstacle is X's
                if a.type == "Issue" and b.type in INITIATIVE_TYPES and (_AT.fullmatch(gap) or _SLOWS_DOWN.fullmatch(gap)):
                    add(b, "delayedBy", a, a.start, b.end)  # "… mưa nhiều làm chậm tiến độ Dự án X": it slows X
                # "Quyết định số … phê duyệt X" / "X … được phê duyệt tại Quyết định số …".
                # "Quyết định phê duyệt Kế hoạch …" names what it approves; "Thủ tướng Chính phủ đã phê duyệt X".
                if a.type in {"Decision", "Resolution", "Organization"} and b.type in INITIATIVE_TYPES | LEGAL_TYPES and (
                        (0 <= b.start - a.end <= 60 and _APPROVES.search(gap) and (
                            a.type != "Organization" or (_APPROVES.fullmatch(gap) and not _ASKED_OR_ISSUER.search(
                                doc.folded, max(0, a.start - 12), a.start)))) or
                        (inner and a.type != "Organization" and
                         _APPROVES.search(doc.folded, max(a.start, b.start - 30), b.start))):
                    add(b, "approvedBy", a, a.start, b.end)
                # "X được Thủ tướng Chính phủ chấp thuận chủ trương đầu tư" (no decision named): the approver
                if a.type in INITIATIVE_TYPES and b.type == "Organization" and _APPROVED_BY.fullmatch(gap) and \
                        (verb := _APPROVAL_AFTER.match(doc.folded, b.end)) and \
                        not _AT_A_TEXT_AFTER.match(doc.folded, verb.end()):
                    add(a, "approvedBy", b, a.start, verb.end())
                # "phê duyệt (chủ trương đầu tư) X, thành phố Y tại Quyết định số …", "X được phê duyệt tại …",
                # "X đã được Thủ tướng Chính phủ phê duyệt tại …" (the approver may stand between, nothing else)
                if a.type in INITIATIVE_TYPES and b.type in {"Decision", "Resolution"} and 0 <= b.start - a.end <= 80 \
                        and _AT_TEXT.search(gap) and not any(a.end <= c.start < b.start and c.type != "Organization"
                                                             for c in mentions) and (
                        APPROVAL.search(gap) or APPROVAL.search(doc.folded, max(0, a.start - 40), a.start) or
                        (a.type == "Plan" and _ASSIGNED_AT.search(gap))):
                    add(a, "approvedBy", b, a.start, b.end)
                # "(thay thế Nghị quyết số …)", "… sửa đổi, bổ sung Nghị quyết số …"; after the text's title too ("Nghị
                # quyết số 25/… quy định …, thay thế Nghị quyết số 10/…"), no other text named between, in one clause
                if a.type in LEGAL_TYPES and b.type in LEGAL_TYPES and 0 <= b.start - a.end and _REPLACES.search(gap) and (
                        b.start - a.end <= 80 or (b.start - a.end <= 320 and not _CLAUSE_BREAK.search(gap) and
                                                  not _initiatives_between(mentions, a, b, LEGAL_TYPES | INITIATIVE_TYPES))):
                    add(a, "replaces", b, a.start, b.end)
                    # "(thay thế Nghị quyết số A ngày … và Nghị quyết số B …)": both
                    for c in _listed_after(doc, b, mentions, LEGAL_TYPES, _DATED_LIST_GAP, reach=40):
                        add(a, "replaces", c, a.start, c.end)
                # "… của Quốc hội": the issuer stated after the document.
                # Not across another text ("Kế hoạch A và Kế hoạch của UBND tỉnh …": the second one's issuer).
                if a.type in _ISSUER_AFTER_TYPES and b.type == "Organization" and 0 <= b.start - a.end <= 30 and \
                        _OF_BEFORE.search(gap) and "," not in gap and not _OTHER_NOUN_OF.search(gap) and \
                        not _initiatives_between(mentions, a, b, INITIATIVE_TYPES | LEGAL_TYPES):
                    add(a, "issuedBy", b, a.start, b.end)
                # "Nghị quyết của HĐND tỉnh quy định …": the issuer inside the document's own name.
                if a.type in _ISSUER_AFTER_TYPES and b.type == "Organization" and inner and \
                        _OF_BEFORE.search(doc.folded[max(a.start, b.start - 8):b.start]) and \
                        not any(a.start < m.start < b.start and m.type in INITIATIVE_TYPES | LEGAL_TYPES
                                for m in mentions):
                    add(a, "issuedBy", b, a.start, b.end)
                # "Thỏa thuận giữa UBND tỉnh X và Đại sứ quán Y …": an agreement is both parties' text.
                if a.type in LEGAL_TYPES and b.type == "Organization" and inner and \
                        _BETWEEN.search(doc.folded, a.start, b.start):
                    add(a, "issuedBy", b, a.start, b.end)
                # "HĐND tỉnh ban hành Nghị quyết …", "UBND tỉnh đã ban hành Kế hoạch …".
                if a.type == "Organization" and b.type in LEGAL_TYPES | {"Plan", "Program", "Scheme"} and \
                        0 <= b.start - a.end <= 30 and _ISSUES.fullmatch(gap):
                    add(b, "issuedBy", a, a.start, b.end)
    _places_of_parts(doc, placed, add)
    _parts_of_breakdowns(doc, placed, add)
    _shares_of_funding(doc, placed, add)
    _parts_in_footnotes(doc, placed, sentences, add)
    _delays_in_footnotes(doc, placed, sentences, add)
    _delays_in_later_clauses(doc, by_sentence, sentences, add)
    _funding_in_footnotes(doc, placed, sentences, add)
    _issued_in_footnotes(doc, placed, sentences, add, {s for s, p, _ in out if p == "issuedBy"})
    return list(out.values())


def _parts_of_breakdowns(doc: Document, placed: list[Placed], add) -> None:
    """"Dự án … (trong đó: A: 90%; B: 80%)": each part the project's progress is broken into is part of it."""
    for member, whole, part in broken_down(doc, placed):
        add(member, "partOf", whole, part.start, part.figure_end)


def _pays(doc: Document, source: Placed, mentions: list[Placed], paid: Placed, add) -> None:
    """`source` pays for `paid`; so does each source listed after it ("… bằng nguồn vốn ngân sách trung ương và ngân
    sách tỉnh"), and the lender named right after a loan ("… và vốn vay (của) Ngân hàng Thế giới (WB)")."""
    for c in [source, *_listed_after(doc, source, mentions, {"FundingSource"}, _FUNDING_GAP)]:
        add(c, "funds", paid, paid.start, c.end)
        if _FUNDER_GIVES_AFTER_LOAN.match(doc.folded, c.start) and (lender := next(
                (o for o in mentions if o.type == "Organization" and o.start >= c.end and
                 _LENDER_GAP.fullmatch(doc.folded, c.end, o.start)), None)):
            add(lender, "funds", paid, paid.start, lender.end)


_LENDER_GAP = re.compile(r"\s*(?:cua\s+)?")


def _delays_in_later_clauses(doc: Document, by_sentence: list[list[Placed]], sentences: list[Span], add) -> None:
    """"Dự án X đang thi công 06/08 gói thầu; tiến độ chậm so với kế hoạch do nhà thầu thiếu nhân lực": a
    clause after ";" that names no initiative gives the cause of the one initiative the clauses before name
    (a part named with its whole: the part); and "Dự án sử dụng vốn vay ODA …", what pays for it."""
    carried: list[Placed] = []
    for i, inside in enumerate(by_sentence):
        initiatives = [m for m in inside if m.type in INITIATIVE_TYPES]
        if initiatives or not takes_up_subject(doc, sentences, i):
            carried = initiatives
            continue
        subject = part_named_before(doc.folded, carried, carried[-1]) if carried else None
        if subject is None or len(carried) > 2 or (len(carried) == 2 and subject is carried[-1]):
            continue
        for issue in (m for m in inside if m.type == "Issue"):
            if _CAUSE.search(doc.folded, max(0, issue.start - 4), issue.start):
                add(subject, "delayedBy", issue, issue.start, issue.end)
        if source := next((m for m in inside if m.type == "FundingSource" and
                           _PAID_FROM.search(doc.folded, max(0, m.start - 24), m.start)), None):
            _pays(doc, source, inside, subject, add)


def _delays_in_footnotes(doc: Document, placed: list[Placed], sentences: list[Span], add) -> None:
    """"… giải phóng mặt bằng chậm¹⁷" with footnote 17 listing the projects: the obstacle named in the
    sentence that points to a footnote holds up the initiatives the footnote lists."""
    for note, sentence in footnotes_pointed_at(doc, sentences):
        obstacles = [m for m in placed if m.type == "Issue" and sentence.start <= m.start < note.ref]
        listed = [m for m in placed if m.type in INITIATIVE_TYPES and note.start <= m.start < note.end]
        for obstacle in obstacles:
            for initiative in listed:
                add(initiative, "delayedBy", obstacle, obstacle.start, obstacle.end)


def _funding_in_footnotes(doc: Document, placed: list[Placed], sentences: list[Span], add) -> None:
    """"Dự án cầu X đã hoàn thành³" with footnote 3 "Tổng mức đầu tư 320 tỷ đồng từ nguồn vốn ngân sách tỉnh":
    a footnote that names no initiative of its own tells of the one initiative its mark follows."""
    for note, sentence in footnotes_pointed_at(doc, sentences):
        inside = [m for m in placed if note.start <= m.start < note.end]
        before = [m for m in placed if m.type in INITIATIVE_TYPES and sentence.start <= m.start and m.end <= note.ref]
        if len(before) != 1 or any(m.type in INITIATIVE_TYPES for m in inside):
            continue
        for source in (m for m in inside if m.type == "FundingSource"):
            if _PAID_FROM.search(doc.folded, max(note.start, source.start - 24), source.start):
                add(source, "funds", before[0], before[0].start, before[0].end)


def _listed_after(doc: Document, first: Placed, mentions: list[Placed], types, gap: re.Pattern | None = None,
                  reach: int | None = None) -> list[Placed]:
    """The mentions of `types` that follow `first` as the next items of one list, each `gap` (a comma, ";"
    or "và" by default) after the one before it, and no further than `reach` characters when given."""
    gap = gap or _LIST_GAP
    out, last = [], first
    for c in mentions:
        if c.type in types and c.start >= last.end and (reach is None or c.start - last.end <= reach) and \
                gap.fullmatch(doc.folded, last.end, c.start):
            out.append(c)
            last = c
    return out


def _shares_of_funding(doc: Document, placed: list[Placed], add) -> None:
    """"Kế hoạch đầu tư công … 490,1 tỷ đồng (gồm: Ngân sách địa phương 124,5 tỷ đồng, …; Ngân sách trung
    ương 365,5 tỷ đồng …)": the sources a plan's money is broken down into, each with its amount, fund it."""
    initiatives = sorted((m for m in placed if m.type in INITIATIVE_TYPES), key=lambda m: m.end)
    ends = [m.end for m in initiatives]
    for source in (m for m in placed if m.type == "FundingSource"):
        if not _AMOUNT.match(doc.folded, source.end):
            continue
        i = bisect_right(ends, source.start)  # the initiatives that end before the source: the last one owns it
        owner = initiatives[i - 1] if i else None
        # within the sentence: a breakdown runs on over ";" (and footnote marks), never over a full stop
        if owner and source.start - owner.end <= 240 and _BREAKDOWN.search(doc.folded, owner.end, source.start) \
                and not _FULL_STOP.search(doc.folded, owner.end, source.start):
            add(source, "funds", owner, owner.start, source.end)


_FULL_STOP = re.compile(r"\.(?:\s|$)")
_AMOUNT = re.compile(r"\s*(?:la\s+|:\s*)?\d[\d.,]*\s*(?:ty|trieu)\s+dong")
_BREAKDOWN = re.compile(r"(?:\(|:|,|;)\s*(?:bao\s+)?gom\s*:?|trong\s+do\s*:")


def _parts_in_footnotes(doc: Document, placed: list[Placed], sentences: list[Span], add) -> None:
    """A footnote that lists the members of a group its mark follows: "02 dự án thuộc Chương trình X¹⁸"
    with footnote 18 naming the two projects, or "Ngân sách địa phương 124,5 tỷ đồng²¹" with footnote 21
    "Gồm: Vốn …; Vốn …". Each member named in the footnote is part of the whole."""
    for note, sentence in footnotes_pointed_at(doc, sentences):
        top = _outermost([m for m in placed if note.start <= m.start < note.end])
        before = [m for m in placed if sentence.start <= m.start and m.end <= note.ref]
        whole, family = None, INITIATIVE_TYPES
        groups = list(_COUNTED_GROUP.finditer(doc.folded, sentence.start, note.ref))
        count = groups[-1] if groups else None  # the group nearest the mark
        if count is not None and note.ref - count.end() <= 90:
            # the whole follows the group ("02 dự án thuộc X", the mark before or after X) or leads the sentence
            after = [m for m in placed if m.type in INITIATIVE_TYPES and count.end() <= m.start <= note.ref_end + 12]
            after = [m for m in after if PART_OF_GAP.fullmatch(
                _WITHOUT_MARK.sub("", doc.folded[count.end():m.start]))]
            leading = [m for m in before if m.type in INITIATIVE_TYPES and m.end <= count.start()]
            whole = (after or leading[-1:] or [None])[0]
        elif _LISTS_MEMBERS.match(doc.folded, note.start) and before:
            whole = before[-1]
            family = {"FundingSource"} if whole.type == "FundingSource" else INITIATIVE_TYPES
        if whole is None or whole.type not in family:
            continue
        for member in top:
            if member.type in family and member.id != whole.id:
                add(member, "partOf", whole, member.start, member.end)


# "02 dự án", "03 công trình", "các dự án" (a counted group), near the footnote mark that lists them.
_COUNTED_GROUP = re.compile(r"(?<![\d,.])(?:\d{1,3}|cac)\s+(?:d[uy]\s+[a4&]n|cong\s+trinh)(?![a-z])")
_WITHOUT_MARK = re.compile(r"<sup>\d+</sup>|\s\d{1,3}(?=\s)")
# A footnote body that opens with "Gồm:" / "Bao gồm" (after its number) lists the members of what it explains.
_LISTS_MEMBERS = re.compile(r"\s*(?:<sup>)?\s*\d*\s*(?:</sup>)?[\s.:]*(?:bao\s+)?gom(?![a-z])")


def _issued_in_footnotes(doc: Document, placed: list[Placed], sentences: list[Span], add, issued: set[str]) -> None:
    """"UBND tỉnh đã ban hành 04 Chỉ thị, nhiều kế hoạch …¹" with footnote 1 naming them: the agency that
    enacts in the sentence issues the texts and plans the footnote lists (unless their issuer is known)."""
    for note, sentence in footnotes_pointed_at(doc, sentences):
        enacts = ENACTS.search(doc.folded, sentence.start, note.ref)
        issuers = [m for m in placed if m.type == "Organization" and sentence.start <= m.start and
                   enacts and m.end <= enacts.start() and _ENACTED_BY.fullmatch(doc.folded, m.end, enacts.end())]
        if len(issuers) != 1:
            continue
        listed = [m for m in placed if m.type in _ISSUED_TYPES and note.start <= m.start < note.end]
        for text in _outermost(listed):
            if text.id not in issued:
                add(text, "issuedBy", issuers[0], text.start, text.end)


def _outermost(mentions: list[Placed]) -> list[Placed]:
    """The mentions not inside a longer one of the same list ("Kế hoạch thực hiện Nghị quyết số …", not the
    resolution named in it)."""
    return [m for m in mentions if not any(o is not m and o.start <= m.start and m.end <= o.end and
                                           o.end - o.start > m.end - m.start for o in mentions)]


ENACTS = re.compile(r"(?<![a-z])ban\s+hanh(?![a-z])")  # "ban hành": enacting (relations), issued (statuses)
_ENACTED_BY = re.compile(r"\s*(?:da\s+|vua\s+)?ban\s+hanh")
_ISSUED_TYPES = (LEGAL_TYPES - {"Law"}) | {"Plan", "Program", "Scheme"}  # a law is the National Assembly's
_ISSUER_AFTER_TYPES = _ISSUED_TYPES | {"Law"}  # "… của Quốc hội" after any of these names its issuer
# "X thuộc Y": between a part and its whole, or before the whole inside the part's name.
PART_OF_GAP = re.compile(rf"\s*,?\s*{THUOC}\s+(?:cac\s+)?")
# "<cause> làm chậm (tiến độ) (triển khai) …": what the cause slows comes next
_SLOWS_DOWN = re.compile(rf"\s*l[ae]m\s+{CHAM}(?:\s+ti[ea]n\s+[dp][oe])?(?:\s+(?:tri[ea]n\s+khai|{THUC_HIEN}|"
                         r"thi\s+cong|gi[a-z]{2}\s+ngan))?(?:\s+(?:cua|cac))?\s*")
_PART_OF_BEFORE = re.compile(rf"{THUOC}\s+(?:cac\s+)?$")


# Between an initiative and the place it is in: ", huyện X", " của các huyện: X, Y", " tại 03 xã (X, …".
_PLACE_GAP = re.compile(rf"\s*,?\s*(?:(?:cua|tai|{THUOC})\s+(?:cac\s+|\d+\s+)?(?:huyen|xa|phuong|thanh\s+pho|thi\s+tran)?)?"
                        r"\s*[:(]?\s*")
_BY_FUNDER = re.compile(r"\W*(?:duoc\s+)?do\s+")
_FUNDER_GIVES = re.compile(r"\s*(?:vien\s+tro|tai\s+tro|ho\s+tro|cho\s+vay|cap\s+von)(?![a-z])")
_LACKING = re.compile(r"(?<![a-z])(?:thieu|chua\s+(?:duoc\s+)?bo\s+tri|chua\s+co)(?:\s+(?:nguon|du))?\s+$")
_LOAN_FROM = re.compile(rf"\W*(?:s{UW}\s+dung\s+)?(?:nguon\s+)?{VON}\s+(?:vay(?:\s+oda|\s+uu\s+dai)?|vien\s+tro|tai\s+tro|oda)\s+"
                        rf"(?:cua\s+|tu\s+)?")  # "… sử dụng vốn vay ODA của Ngân hàng Thế giới"
_CARRIES_OUT = re.compile(rf"(?:{THUC_HIEN}|tri[ea]n\s+khai|thi\s+hanh|phuc\s+vu)\s+(?:cac\s+)?$")  # "… phục vụ chương trình …" serves it
_BETWEEN = re.compile(r"(?<![a-z])gi(?:u|ii|tr|r|w)a\s")  # "giữa", as OCR also reads it ("gitra")
_ABOUT = re.compile(r"(?<![a-z])ve\s+$")  # "Kế hoạch về Chương trình …"
# A numbered text's title up to what it carries out: "…, ngày 18/1/2022 của UBND tỉnh về nhiệm vụ, giải pháp
# chủ yếu chỉ đạo, điều hành thực hiện …", "… của Thủ tướng Chính phủ về phân bổ chỉ tiêu …".
_TITLE_CARRIES_OUT = re.compile(rf"\s*,?\s*(?:ngay\s+[\d/]+\s*)?,?\s*(?:{CUA}\s+[^;.]{{1,60}}?\s+)?ve\s+[^;.]{{0,140}}?"
                                rf"(?:{THUC_HIEN}|tri[ea]n\s+khai|ph[a-z]{{1,3}}n\s+b[a-z]{{0,2}}\s+chi\s+tieu)\s+(?:cac\s+)?")
# "Kế hoạch tái cơ cấu … theo Quyết định số …", "… năm 2022 theo tinh thần Nghị quyết số 07/NQ-CP"
_FOLLOWING = re.compile(r"\s*,?\s*(?<![a-z])theo\s+(?:tinh\s+than\s+)?$")
_OF_BEFORE = re.compile(rf"{CUA}\s+$")  # "của", as OCR also spells it ("cia", "ctia", "caa")
# "… ngay khi có hướng dẫn của Bộ Y tế": whose guidance, not whose document
_OTHER_NOUN_OF = re.compile(rf"(?:h[uw]{{1,2}}[oed]ng\s+d[a-z]{{1,2}}n|ch[il]\s+dao|y\s+ki[a-z]{{1,2}}n|de\s+nghi)\s+{CUA}\s+$")
# "phê duyệt", "thông qua", "chấp thuận", as OCR also reads them ("phé duyét", "théng qua", "chép thuén")
_APPROVAL_VERB = r"(?:phe\s+duyet|th[oe6d]ng\s+qua|ch[ae]p\s+thu[ae]n)"
_APPROVES = re.compile(rf"\s*(?:da\s+|vua\s+)?{_APPROVAL_VERB}\s+(?:nhiem\s+vu\s+|dieu\s+chinh\s+)?$")
# "trình Thủ tướng Chính phủ phê duyệt …" asks for approval; "… số 415/QĐ-TTg của Thủ tướng …" is the issuer.
_ASKED_OR_ISSUER = re.compile(rf"(?:trinh|de\s+nghi|xin|{CUA})\s+$")
_CLAUSE_BREAK = re.compile(r";|\.\s")
_REPLACES = re.compile(r"(?:thay\s+the|sua\s+doi,?\s+(?:va\s+)?bo\s+sung(?:\s+mot\s+so\s+(?:noi\s+dung|dieu)\s+cua)?)\s+$")
_ISSUES = re.compile(r"\s*(?:da\s+|vua\s+)?ban\s+hanh\s+(?:cac\s+|\d+\s+)?")
# "phê duyệt", "thông qua", "chấp thuận (chủ trương đầu tư)" anywhere
APPROVAL = re.compile(rf"(?<![a-z]){_APPROVAL_VERB}(?![a-z])")
_BY_FORM = re.compile(r"theo\s+(?:h[il]nh|ph)")  # "…, tổng vốn 2,3 tỷ USD, theo hình thức BOT": how it is financed
_NGUON = r"ngu[o6e]n"  # "nguồn", as OCR also reads its ồ ("ngu6n", "nguén")
# "từ (nguồn vốn) …", "bằng …", "sử dụng …", as OCR also reads them ("ty nguén vén", "str dung", "sy dung")
_PAID_FROM = re.compile(rf"(?<![a-z])(?:t[uy]|bang|s(?:{UW}|y)\s+dung)(?:\s+(?:{_NGUON}|{VON}|{_NGUON}\s+{VON}))?\s+$")
_AT_TEXT = re.compile(r"(?<![a-z])(?:tai|theo)\s+$")  # "… tại Quyết định số …"
# "Kế hoạch đầu tư công năm 2024 được HĐND tỉnh giao tại Nghị quyết số …": a plan a council assigns, it approves
_ASSIGNED_AT = re.compile(r"(?<![a-z])giao\s+tai\s+$")
_CAUSE = re.compile(r"(?<![a-z])do\s+$")
_FUNDER_GIVES_AFTER_LOAN = re.compile(rf"(?:nguon\s+)?{VON}\s+(?:vay|vien\s+tro|tai\s+tro)")  # a loan, aid or grant
_APPROVED_BY = re.compile(r"\s+(?:da\s+)?duoc\s+")  # "X (đã) được <approver> …"
_APPROVAL_AFTER = re.compile(rf"\s+{_APPROVAL_VERB}(?:\s+chu\s+truong(?:\s+dau\s+tu)?)?")
_AT_A_TEXT_AFTER = re.compile(r"[^.;]{0,40}?(?<![a-z])(?:tai|theo)\s+(?:quyet\s+dinh|nghi\s+quyet|van\s+ban|cong\s+van)")
_AT = re.compile(r"\s+tai\s+")
_LIST_GAP = re.compile(r"\s*(?:,|;|\sva)\s*")  # in folded text "và" is "va"
# Between two sources of one list: "… trung ương (hỗ trợ có mục tiêu) và (nguồn) vốn ngân sách tỉnh"
_FUNDING_GAP = re.compile(rf"(?:\s+h[o6]\s+tr[a-z6]{{1,2}}\s+co\s+muc\s+tieu)?\s*(?:,|;|\sva)\s*(?:{_NGUON}\s+)?(?:{VON}\s+)?")
_DATED_LIST_GAP = re.compile(r"\s*,?\s*(?:ngay\s+[\d/]+\s*)?(?:,|\sva)\s*")  # "… ngày 10/12/2019 và …"
_PART_OF_TERRITORY = re.compile(r"(?:[dpb]ia\s+(?:phan|ban)|doan\s+qua|qua)\s+$")  # OCR reads Đ as P or B


def _places_of_parts(doc: Document, placed: list[Placed], add) -> None:
    """"Dự án X: địa phận huyện A đã …; địa phận huyện B …" — the territory a project crosses, stated
    clause by clause after the project's name (often in a footnote), so across sentence boundaries."""
    projects = sorted((m for m in placed if m.type in {"Project", "Planning", "Scheme"}), key=lambda m: m.end)
    for place in (m for m in placed if m.type == "Place"):
        if not _PART_OF_TERRITORY.search(doc.folded[max(0, place.start - 14):place.start]) or \
                any(p.start < place.start < p.end for p in projects):
            continue  # a place inside a name ("Dự án … trên địa bàn huyện A") is that name's own
        before = [p for p in projects if p.end <= place.start and place.start - p.end <= 600
                  and "\n\n" not in doc.text[p.end:place.start]]
        if before:
            owner = before[-1]
            add(owner, "locatedIn", place, place.start, place.end)
