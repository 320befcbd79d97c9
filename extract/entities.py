"""Entity recognisers: each finds candidate mentions of one family of entity types.

A recogniser reads the `Document` views (original, joined, folded) and returns `Candidate`s; the
pipeline then merges candidates that name the same thing into one entity per report.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .admin_units import is_unit_name
from .legal import KIND_CODES, find_legal_numbers, number_key
from .lexicon import (
    AGENDA, ANNUAL, B, CHAM, CLAUSE_OPENERS, CUA, CUE_RE, CUES, DEPARTMENTS, E, THUC_HIEN, THUOC, FUNDING_LABELS, FUNDING_RE,
    GENERIC_TAILS, ISSUE_RE, MINISTRIES, OF_A_PROJECT, ORG_LABELS, ORG_RE, PLACE_LABELS, PLACE_RE, PROVINCES, QUOC_LO,
    WORK_RE, province_unit, which, word_family,
)
from .names import extend_name
from .text import UPPER as U
from .tables import table_rows
from .text import WORD_SYMBOLS, Document, fold_key


@dataclass
class Candidate:
    type: str
    start: int
    end: int
    label: str
    key: str
    number: str | None = None
    date: str | None = None
    issuer: str | None = None                 # from the legal-number grammar
    issuer_span: tuple[int, int] | None = None
    cue_end: int | None = None                # where the cue word ends (names)
    whole_key: str | None = None              # a numbered component's project, by its key ("Dự án thành phần 1.1")


_DATE_AFTER = re.compile(r"\s*,?\s*ng[aà]y\s*(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
# the cue's "hành động" (of action) names the kind too: "Chương trình hành động số 12-CTr/TU", "Kế hoạch hành động số …"
_CUE_BEFORE_NUMBER = re.compile(r"(?P<action>\s+h[a-z]nh\s+[dp][oe6]ng)?(?:\s*s\S{0,2}?\s*[:.]?)?\s*$")
# "Luật Đầu tư công số …": the cue, a name of up to six words that starts with a capital, then "số"
_LAW_BEFORE_NUMBER = re.compile(rf"(?<![\w])(?:Luật|Luat|LUẬT|LUAT)((?:\s+[{U}][\w’']*)(?:\s+[\w’']+){{0,5}}?)"
                                rf"\s+s[oố6ô]\s*[:.]?\s*$")


def legal_documents(doc: Document) -> list[Candidate]:
    """Numbered legal texts, typed by the cue word before the number or by the number's kind code."""
    out = []
    for num in find_legal_numbers(doc.joined):
        if num.kind == "BC":
            continue  # a report's own number, not a document it talks about
        cue_type, cue_label, start = None, None, num.start
        window_start = max(0, num.start - 32)
        for m in CUE_RE.finditer(doc.folded, window_start, num.start):
            gap = doc.folded[m.end():num.start]
            if before := _CUE_BEFORE_NUMBER.fullmatch(gap):  # "số" as OCR also reads it ("sé", "s6", "sd")
                _, cue_type, cue_label = CUES[which(m)]
                cue_label += " hành động" if before.group("action") else ""
                start = m.start()
        law_name = None
        if cue_type is None and num.issuer_code and num.issuer_code.startswith("QH"):
            # "Luật Đầu tư công số 58/2024/QH15": a law's name stands between its cue word and its number
            if law := _LAW_BEFORE_NUMBER.search(doc.joined, max(0, num.start - 80), num.start):
                cue_type, cue_label, start, law_name = "Law", "Luật", law.start(), " ".join(law.group(1).split())
        etype = cue_type or num.entity_type or "Resolution"
        if etype in ("Project", "Planning"):
            etype = num.entity_type or "LegalDocument"
        cue_label = cue_label or (KIND_CODES[num.kind][1] if num.kind in KIND_CODES else "Văn bản")
        if etype == "Law" and cue_label != "Luật":
            etype = "Resolution"
        end = num.end
        date = None
        dm = _DATE_AFTER.match(doc.joined, num.end)
        if dm:
            day, month, year = dm.groups()
            if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
                date = f"{year}-{int(month):02d}-{int(day):02d}"
                end = dm.end()
        label = f"Luật {law_name} số {num.number}" if law_name else f"{cue_label} số {num.number}"
        out.append(Candidate(etype, start, end, label, "n:" + number_key(num.number),
                             number=num.number, date=date, issuer=num.issuer, issuer_span=num.issuer_span))
    return out


def initiatives(doc: Document, numbered: list[Candidate]) -> list[Candidate]:
    """Named plans, programs, projects, schemes and unnumbered legal texts introduced by cue words."""
    numbered_starts = {c.start for c in numbered}
    out: list[Candidate] = []
    project_until = carried_until = -1
    for m in CUE_RE.finditer(doc.folded):
        if m.start() in numbered_starts or _NAME_OF.search(doc.folded, max(0, m.start() - 5), m.start()):
            continue  # "Tên dự án", "tên công trình": a table's column heading, the name of one, not one
        _, etype, cue_label = CUES[which(m)]
        if etype == "Scheme" and doc.joined[m.start() + 1:m.start() + 2].lower() in _O_VOWELS:
            continue  # "đồ án quy hoạch" (a planning's design dossier; OCR "d6 4n") is no "đề án"
        if _NUMBER_AFTER.match(doc.folded, m.end(), m.end() + 8) and etype not in ("Project", "Scheme"):
            continue  # "Kế hoạch số 12/KH-…" is the legal recogniser's
        if out and m.start() < out[-1].end and _inside_quotes(doc.joined[out[-1].start:m.start()]):
            continue  # a word of a quoted title ("Chương trình “… khu công nghiệp …”"), not a name of its own
        if etype == "Project" and m.start() < project_until:
            continue  # "Khu công nghiệp X" inside "Dự án … Khu công nghiệp X" names the same project
        if cue_label in _ZONE_CUES and (listed := _listed_zones(doc, m.start(), m.end(), cue_label)):
            out += listed
            project_until = listed[-1].end
            continue
        para_end = doc.paragraph_end(m.start())
        limit = min(para_end, doc.mark_after(m.end()))
        end = extend_name(doc.joined, doc.folded, m.end(), limit, doc.clean, doc.joined[m.start()].isupper())
        if m.start() < carried_until and end == carried_until:
            # "Kế hoạch thực hiện Chương trình X năm 2024": the year is the plan's, the program is X; and the
            # rest of the outer title is not X's ("Quyết định về … thực hiện Kế hoạch A, Dự toán B năm 2024").
            end = extend_name(doc.joined, doc.folded, m.end(), limit, doc.clean)
            year = _CLOSING_YEAR.search(doc.folded, m.end(), end)
            # "Đề án triển khai Chiến lược X đến năm 2030, giai đoạn 2021 - 2025 …": past the horizon the carried
            # text named, the period is the outer one's
            horizon = _HORIZON_THEN_PERIOD.search(doc.folded, m.end(), end)
            end = year.start() if year else horizon.end(1) if horizon else end
        if etype == "Law":
            end = _law_name_end(doc.folded, m.end(), end)
        if etype == "Planning" and (provincial := _PROVINCIAL_PLANNING.match(doc.joined, m.end(), end)):
            end = provincial.end()  # "Quy hoạch tỉnh và xúc tiến đầu tư": the province's one planning, then more
        tail = doc.folded[m.end():end].strip()
        if etype == "Project" and (component := _component(doc, m.start(), m.end(), end, out)):
            out.append(component)
            continue
        if not _specific(doc, m.start(), m.end(), end, etype, cue_label, tail):
            continue
        if _MANY_BEFORE.search(doc.folded, max(0, m.start() - 12), m.start()) and \
                (shared := _SHARED_KIND.match(doc.folded, m.end(), end)) and \
                (second := _SECOND_ITEM.search(doc.folded, shared.end(), end)):
            # "các chương trình mục tiêu quốc gia (về) A và B", "02 Chương trình …": one kind, two of them
            kind = doc.joined[m.end():shared.end(1)]
            for start, item_start, item_end in ((m.start(), shared.end(), second.start()), (second.end(), second.end(), end)):
                label = cue_name(cue_label, kind + " " + doc.joined[item_start:item_end])
                out.append(Candidate(etype, start, item_end, label, "k:" + fold_key(label), cue_end=m.end()))
            continue
        if etype == "Plan" and (both := _PERIOD_AND_YEAR.search(doc.folded, m.end(), end)):
            # "kế hoạch đầu tư công giai đoạn 2021 - 2025 và năm 2024": the period's plan and the year's
            head = doc.joined[m.end():both.start()]
            for start, item_start, item_end in ((m.start(), both.start(1), both.end(1)),
                                                (both.start(2), both.start(2), end)):
                label = cue_name(cue_label, head + " " + doc.joined[item_start:item_end])
                out.append(Candidate(etype, start, item_end, label, "k:" + fold_key(label), cue_end=m.end()))
            continue
        label = cue_name(cue_label, doc.joined[m.end():end])
        out.append(Candidate(etype, m.start(), end, label, "k:" + fold_key(label), cue_end=m.end()))
        if _CARRIES_OUT.match(doc.folded, m.end()):
            carried_until = end
        if etype == "Project":
            out += (works := _listed_works(doc, end, para_end))
            # a part's name holds the project it belongs to, which is named too ("Tiểu dự án A thuộc Dự án B", "Dự
            # án thành phần 1 thuộc Dự án B": a name runs across "thuộc Dự án" only for those)
            parent = OF_A_PROJECT.search(doc.folded, m.end(), end)
            project_until = works[-1].end if works else parent.end() - 1 if parent else end
    return out


# "Dự án thành phần 1.1", "Dự án thành phần số 2": a numbered component, named by its number alone
_COMPONENT_NUMBER = re.compile(r"\s+thanh\s+phan\s+(?:so\s+)?\d{1,2}(?:\.\d{1,2})?")
_COMPONENT_REACH = 400  # how far after its project's name a component may be listed


def _component(doc: Document, start: int, cue_end: int, end: int, named: list[Candidate]) -> Candidate | None:
    """"Dự án X: Dự án thành phần 1.1 (…) đã bàn giao …; Dự án thành phần 2.1 …. Dự án thành phần 3 …": a numbered
    component listed after the colon that follows its project, in its paragraph, named by the project it belongs to
    (as "Dự án thành phần 1 thuộc Dự án X" is), one of that project's parts."""
    if not _COMPONENT_NUMBER.fullmatch(doc.folded, cue_end, end):
        return None
    whole = next((c for c in reversed(named) if c.type == "Project" and c.whole_key is None and c.end <= start), None)
    between = doc.folded[whole.end:start] if whole else ""
    if whole is None or len(between) > _COMPONENT_REACH or ":" not in between or doc.paragraph_end(whole.start) < start:
        return None  # listed in the paragraph that names the project, after its colon
    label = f"{cue_name('Dự án', doc.joined[cue_end:end])} thuộc {whole.label}"
    return Candidate("Project", start, end, label, "k:" + fold_key(label), cue_end=cue_end, whole_key=whole.key)


# "… như: Dự án A; Cụm công nghiệp B; đường giao thông kết nối C": in a list of projects, an item named by
# the work itself (a road, a bridge, a school …) with no cue word of its own is one more project. An item
# may end on a few words about it ("… (đoạn A - B) khi đủ điều kiện; tuyến đường sắt …").
_NEXT_ITEM = re.compile(r"[^;.:\n]{0,40}?;[ \t\n]*")


def _listed_works(doc: Document, end: int, para_end: int) -> list[Candidate]:
    out: list[Candidate] = []
    while (sep := _NEXT_ITEM.match(doc.joined, end)) and (work := WORK_RE.match(doc.folded, sep.end())) and \
            not doc.joined[sep.end()].isupper() and not CUE_RE.search(doc.folded, end, sep.end()) \
            and len(out) < 12:  # the words before the ";" name no other initiative ("… và Dự án B; …")
        # a lower-case work: a capitalised item opens a sentence of its own or has a cue word of its own
        end = extend_name(doc.joined, doc.folded, work.end(), para_end, doc.clean)
        if len(doc.folded[sep.end():end].split()) < 4:
            break  # "…; cầu, cống" names no one work
        label = " ".join(doc.joined[sep.end():end].split())
        out.append(Candidate("Project", sep.end(), end, label, "k:" + fold_key(label), cue_end=work.end()))
    return out


_O_VOWELS = set("oòóỏõọôồốổỗộơờớởỡợ6")
_NAME_OF = re.compile(r"(?<![a-z])ten\s+$")
# "Quy hoạch tỉnh (Lào Cai) và …": a province has one planning, named by the province alone; "và" goes on
# to something else ("Hội nghị công bố Quy hoạch tỉnh và Xúc tiến đầu tư").
_PROVINCIAL_PLANNING = re.compile(rf"[ \t]+(?:tỉnh|tinh)(?:[ \t]+[{U}]\w*){{0,2}}(?=[ \t]+(?:và|va)[ \t])")
_CARRIES_OUT = re.compile(rf"\s+(?:{THUC_HIEN}|tri[ea]n\s+khai|ve(?:\s+{THUC_HIEN})?)\s")
# The kind a plural cue names before its members: "(các chương trình) mục tiêu quốc gia …".
_SHARED_KIND = re.compile(r"(\s+muc\s+tieu\s+quoc\s+gia)(?:\s+ve)?(?=\s+[a-z])")
_MANY_BEFORE = re.compile(r"(?:c[ae]c|nhung|\d{1,2})\s+$")  # "các …", "những …", "02 …"
# " và " before a second member of at least three words that is not the kind's name again.
_SECOND_ITEM = re.compile(r"\s+va\s+(?=(?!ch[uw]{1,2}[oe]ng\s+trinh)[a-z]+\s+[a-z]+\s+[a-z]+)")
_PERIOD_AND_YEAR = re.compile(r"\s+(giai\s+doan\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d)\s+va\s+"
                              r"(n[a-z]{1,2}m\s+(?:19|20)\d\d)$")
_CLOSING_YEAR = re.compile(r"(?<!den)\s+n[a-z]{1,2}m\s+(?:19|20)\d\d$")  # not a horizon ("tầm nhìn đến năm 2050")
_HORIZON_THEN_PERIOD = re.compile(r"(?<!nhin\s)(den\s+n[a-z]{1,2}m\s+(?:19|20)\d\d)\s*,\s*giai\s+doan\s")

# "các cụm công nghiệp An Phú 1, 2, Tân Lập và Bắc Hà 2": one cue word, several zones.
_ZONE_CUES = {"Khu công nghiệp", "Cụm công nghiệp", "Khu chế xuất"}
_ZONE_NAME = re.compile(rf"[ \t]+([{U}][\w’']*(?:[ \t]+[{U}][\w’']*){{0,3}}(?:[ \t]+\d+[A-Z]?)?)(?=[\s,;)]|\.(?!\w)|$)")
_ZONE_NEXT = re.compile(rf"(?:[ \t]*,[ \t]*|[ \t]+(?:và|va)[ \t]+)(\d+[A-Z]?|[{U}][\w’']*(?:[ \t]+[{U}][\w’']*){{0,3}}"
                        rf"(?:[ \t]+\d+[A-Z]?)?)(?=[\s,;)]|\.(?!\w)|$)")
_NUMBERED = re.compile(r"^(.*?)[ \t]+\d+[A-Z]?$")


def _listed_zones(doc: Document, start: int, cue_end: int, cue_label: str) -> list[Candidate]:
    """Each zone of a list that follows one cue word, a bare number reusing the name before it."""
    first = _ZONE_NAME.match(doc.joined, cue_end)
    if not first:
        return []
    items = [(start, first.end(1), first.group(1))]
    pos = first.end(1)
    while (m := _ZONE_NEXT.match(doc.joined, pos)) and len(items) < 12:
        name = m.group(1)
        if CUE_RE.match(doc.folded, m.start(1)) or fold_key(name).split()[0] in ("khu", "cum"):
            break  # "… và Khu tái định cư …": another kind of thing
        if name[0].isdigit():
            stem = _NUMBERED.match(items[-1][2])
            if not stem:
                break
            name = f"{stem.group(1)} {name}"
        items.append((m.start(1), m.end(1), name))
        pos = m.end(1)
    if len(items) < 2:
        return []
    return [Candidate("Project", a, b, f"{cue_label} {' '.join(name.split())}",
                      "k:" + fold_key(f"{cue_label} {name}"), cue_end=cue_end if a == start else None)
            for a, b, name in items]


_YEAR = re.compile(r"\d{4}")
# Tails that say which year or whose, not which plan ("kế hoạch năm 2024", "kế hoạch của tỉnh năm 2024"),
# a clause that starts with "và" (also "Sở Kế hoạch và Đầu tư"), "có" or "thuộc" ("dự án có …", "dự án thuộc
# Chương trình …"), and a list of kinds ("chương trình, dự án").
_NO_NAME_TAIL = re.compile(rf"(?:cua\s+(?:tinh|huyen|nganh)\s+)?n[a-z]{{1,2}}m\s+(?:19|20)\d\d$|va\s|co\s|{THUOC}\s|,")


def _issuer_only(tail: str) -> bool:
    """"Nghị quyết của HĐND tỉnh", "Quyết định của UBND tỉnh Lào Cai": who issues it, not which one it is."""
    of = _OF.match(tail)
    issuer = ORG_RE.match(tail, of.end()) if of else None
    return bool(issuer) and len(tail[issuer.end():].split()) <= 2


_KIND_OF = re.compile(r"(?:trong\s+diem|chuyen\s+tiep|khoi\s+cong\s+moi|cap\s+bach|quan\s+trong|lien\s+quan|khac)"
                      r"(?![a-z])")
# A plan to carry out one's tasks (of a year), said in lower case: every agency has one ("Kế hoạch triển khai
# nhiệm vụ năm 2026" of the province, capitalised, is one plan).
_TASKS_ONLY = re.compile(r"(?:trien\s+khai|thuc\s+hien)\s+(?:cac\s+)?nhiem\s+vu(?:\s+n[a-z]{1,2}m\s+(?:19|20)\d\d)?")
_CARRY_OUT = rf"(?:to\s+chuc|tri[ea]n\s+khai|{THUC_HIEN})"
_CARRYING_OUT_ONLY = re.compile(rf"{_CARRY_OUT}(?:\s+{_CARRY_OUT})*")  # "triển khai thực hiện", "tổ chức thực hiện"
_ONLY_A_YEAR = re.compile(r"\s*(?:n[a-z]{1,2}m\s+)?(?:19|20)\d\d\s*")
_OF = re.compile(rf"{CUA}\s+")
# Texts named without their number. "các Quyết định của UBND tỉnh về nhiệm vụ … năm 2024": said in the
# plural, they are never one text.
_UNNUMBERED_TEXTS = {"Resolution", "Decision", "Directive", "LegalDocument"}
_DECIDES = re.compile(r"chu\s+tr[uw]{1,2}[oe]ng(?![a-z])")  # "quyết định chủ trương đầu tư": to decide
_ANNUAL_ALONE = re.compile(ANNUAL)
# "… ban hành 25 Quyết định …", "của 02 dự án …": a count after a word of the line (not a year, nor the
# number of a footnote at the start of its line: "12 Dự án Khu phi thuế quan …")
_COUNTED_BEFORE = re.compile(r"(?<=[a-z:,;(]\s)(?:[2-9]|[0-9]\d)\s+$")
# The kind alone, at a level or in a place: "Chương trình mục tiêu quốc gia (cấp huyện, trên địa bàn tỉnh X)".
_KIND_ONLY = re.compile(r"(?:muc\s+tieu\s+quoc\s+gia|mtqg)(?:\s+c[a-z]p\s+(?:huyen|tinh|xa)|"
                        r"\s+tren\s+dia\s+ban(?:\s+tinh(?:\s+[a-z]+){0,3})?)?")
# A level of planning, with the kind of area it plans or the scales of its maps but no place or work: "quy hoạch
# chi tiết tỷ lệ 1/2.000 và 1/500" (OCR "ty io" for "tỷ lệ"), "quy hoạch chi tiết khu đô thị mới".
_PLANNING_LEVEL_ONLY = re.compile(r"(?:chi\s+tiet|phan\s+khu|chung)(?:\s+xay\s+dung)?(?:\s+(?:cac\s+)?khu\s+(?:do\s+thi|dan\s+cu)"
                                  r"(?:\s+m[a-z]?i)?)?(?:(?:\s*,)?(?:\s+t[a-z]{1,2}\s+[a-z]{1,2})?"
                                  r"\s+1\s*/\s*[\d.]+(?:\s*(?:,|va)\s*1\s*/\s*[\d.]+)*)?")
# A project management board ("Ban Quản lý dự án …", OCR "Ban Quan Iy", "BQL dự án"): an organisation's name.
_BOARD_BEFORE = re.compile(r"(?:ban\s+qu[a-z]{1,2}n\s+[li1]y|bql)\s+$")
# Words that make the cue after them plural, a kind ("một số" also as OCR reads its ố: "mot sb", "mot sé").
_PLURAL_BEFORE = re.compile(r"(?:c[ae]c|nhung|mot\s+s[obde]|(?P<moi>moi)|nhieu|cung|tung)\s+$")


def _said_of_many(doc: Document, start: int, before: str) -> bool:
    """"các", "những", "một số", "mọi", "nhiều" … before the cue at `start` (`before`, folded): a kind, not one thing.
    Folded "moi" is "mọi" (every) only before a lower-case cue: "khởi công mới Dự án X" starts one project anew."""
    plural = _PLURAL_BEFORE.search(before)
    return bool(plural) and not (plural.group("moi") and doc.joined[start].isupper())
_LIST_JOIN = re.compile(r"(?:,|\s(?:va|hoac))\s*$")


def _after_plural_kind(folded: str, start: int) -> bool:
    """"các chương trình, đề án phát triển …", "các dự án và công trình …": a cue listed after a kind in the
    plural names a kind too, the list's last item carrying the words that both share."""
    window = folded[max(0, start - 48):start]
    join = _LIST_JOIN.search(window)
    if not join:
        return False
    head = window[:join.start()].rstrip()
    kind = next((m for m in CUE_RE.finditer(head) if m.end() == len(head)), None)
    return bool(kind) and bool(_PLURAL_BEFORE.search(head, 0, kind.start()))


# A law's name is a few words ("Luật Xây dựng", "Luật Bảo vệ môi trường") and its year; what follows the
# name in a sentence starts with a linking word or a verb ("… trên địa bàn", "… giao địa phương thực hiện").
_LAW_WORDS = 6
_LAW_YEAR = re.compile(r"\s+(?:n[a-z]{1,2}m\s+)?(?:19|20)\d\d(?![0-9])")
_AFTER_LAW = {"tren", "giao", "cho", "tai", "de", "nay", "moi", "va", "theo", "thi", "duoc", "da", "dang", "ve", "voi",
              "ngay", "so"}  # "Luật Đầu tư công ngày 13 tháng 6 năm 2019": the date it was passed


def _law_name_end(folded: str, start: int, end: int) -> int:
    words = list(re.finditer(r"[a-z0-9]+", folded[start:end]))
    for i, word in enumerate(words):
        year = _LAW_YEAR.match(folded, start + (words[i - 1].end() if i else 0))
        if year and i:
            return year.end()
        before = words[i - 1].group() + " " if i else ""
        after = " " + words[i + 1].group() if i + 1 < len(words) else ""
        # "Luật … chuyển giao …", "Luật Thi đua, khen thưởng": the word is half of a compound
        compound = f"{before}{word.group()}" in _LAW_COMPOUNDS or f"{word.group()}{after}" in _LAW_COMPOUNDS
        if (word.group() in _AFTER_LAW and not compound) or i == _LAW_WORDS:
            return start + (words[i - 1].end() if i else 0)
    return end


_LAW_NAME = re.compile(rf"(?:c[aá]c\s+)?[{U}]")  # "Luật Xây dựng", "Luật các Tổ chức tín dụng" (OCR lower-cases "Các")
_LAW_COMPOUNDS = {"chuyen giao", "dau tu", "de an", "thi dua"}


def _inside_quotes(text: str) -> bool:
    return text.count("“") > text.count("”") or text.count('"') % 2 == 1


# A road named by its number: "đường tỉnh 208", "tỉnh lộ 217", "Quốc lộ 4E", "ĐT.208", "QL.3B".
_NUMBERED_ROAD = re.compile(rf"(?<![a-z])(?:[dpb][a-z]{{1,4}}ng\s+(?:tinh|huyen)|tinh\s+lo|{QUOC_LO}|ql|dt)\.?\s*\d")  # OCR "dirgng"


_NUMBER_AFTER = re.compile(r"\s*(?:so\s*)?\d")  # "Kế hoạch (số) 12/…": a number, the legal recogniser's
_PROPER_WORD = re.compile(rf"(?<![\w])[{U}]")  # a word that opens on a capital


_BRAND = re.compile(rf"[(“\"]\s*[{U}]")  # a name in brackets or quotes: "(Lạng Sơn Cloud)", "“iSee …”"


def _specific(doc: Document, start: int, cue_end: int, end: int, etype: str, cue_label: str, tail: str) -> bool:
    """A cue phrase names a specific thing only when its name says which one."""
    words = tail.split()
    if etype == "Law":  # "Luật Xây dựng", "Luật Điện lực", "Luật giáo dục 2019": a capital cue and a name or year
        original_tail = doc.joined[cue_end:end].strip()
        return bool(words) and doc.joined[start].isupper() and (bool(_LAW_NAME.match(original_tail)) or
                                                              bool(_YEAR.search(tail)))
    # a capitalised cue inside a sentence marks a title; in a heading in capitals every word is capitalised
    capital_cue = doc.joined[start].isupper() and not sentence_initial(doc, start) and \
        not doc.joined[start:cue_end].isupper()
    if cue_label in _ZONE_CUES and capital_cue and re.fullmatch(r"\d{1,2}[a-z]?", tail):
        return True  # "Khu chế xuất 1": a zone named by its number
    if etype == "Planning" and tail == "tinh" and doc.joined[start].isupper():
        return True  # "Quy hoạch tỉnh": the province's one planning (the labels name the province)
    if etype == "Planning" and _PLANNING_LEVEL_ONLY.fullmatch(tail):
        return False  # "quy hoạch chi tiết tỷ lệ 1/2.000 và 1/500": a level of planning and its scales, no place
    if etype == "Plan" and _ANNUAL_ALONE.fullmatch(tail):
        return True  # "kế hoạch đầu tư công": the year's plan, which `annual_plans` dates (or drops)
    if len(words) < 2 or _NO_NAME_TAIL.match(tail) or _issuer_only(tail):
        return False
    original_tail = doc.joined[cue_end:end]
    has_proper = bool(_PROPER_WORD.search(original_tail))
    has_year = bool(_YEAR.search(tail)) or bool(_NUMBERED_ROAD.search(tail))  # a road's number says which, too
    before = doc.folded[max(0, start - 12):start]
    if cue_label == "Nền tảng" and not doc.joined[start].isupper() and not _BRAND.search(original_tail):
        # "trên nền tảng hệ giá trị …": on the basis of; "các phần mềm nền tảng, số hóa …": the kind of software;
        # "xây dựng nền tảng số quản lý …": what is built. A platform is named by its title ("Nền tảng cửa khẩu số")
        # or by its brand ("nền tảng điện toán đám mây (Lạng Sơn Cloud)").
        return False
    if etype == "Project" and _BOARD_BEFORE.search(doc.folded, max(0, start - 16), start):
        return False  # "Ban Quản lý dự án khu vực …": a board that manages projects, no project
    if _COUNTED_BEFORE.search(before) and (etype != "Program" or not _SHARED_KIND.match(doc.folded, cue_end)):
        # "Ban hành 25 Quyết định …", "09 dự án …", "13 đề án …": several; "phê duyệt 05 Chương trình phát triển
        # đô thị (thị trấn A, B …)": one of a kind per town ("02 Chương trình mục tiêu quốc gia A và B" are split)
        return False
    if etype == "Program" and _KIND_ONLY.fullmatch(tail) and not _said_of_many(doc, start, before):
        return False  # "dự án thuộc Chương trình mục tiêu quốc gia": the kind, not one program ("các …": the group)
    if (_said_of_many(doc, start, before) or _after_plural_kind(doc.folded, start)) and \
            not re.match(r"muc\s+tieu\s+quoc\s+gia", tail) and \
            not (capital_cue and has_year and etype not in _UNNUMBERED_TEXTS):
        return False  # "các dự án …" is a kind; "các Kế hoạch cải cách hành chính năm 2024" names the year's plans
    quoted = "“" in original_tail or '"' in original_tail
    if GENERIC_TAILS.match(tail) and not (has_year or has_proper or quoted):
        return False
    if _CARRYING_OUT_ONLY.fullmatch(tail):
        return False  # "ban hành Kế hoạch triển khai thực hiện như sau:": what it does, not which one
    if not capital_cue and _TASKS_ONLY.fullmatch(tail):
        return False  # "xây dựng kế hoạch triển khai nhiệm vụ năm 2026": each body's own plan for its tasks
    if (kind := _KIND_OF.match(tail)) and _ONLY_A_YEAR.fullmatch(tail, kind.end()):
        return False  # "dự án trọng điểm năm 2026": a kind of project, whatever its year
    if etype == "Program" and AGENDA.match(tail) and not quoted:
        return False
    if etype in _UNNUMBERED_TEXTS:
        if etype == "Decision" and (len(words) <= 2 or _DECIDES.match(tail)):
            return False  # "thông báo Quyết định giải thể" (a kind); "Quyết định chủ trương …" (the verb: decided)
        return capital_cue or (doc.joined[start].isupper() and len(words) >= 4)
    if etype == "Project" and "dự án" not in cue_label.lower() and not (has_proper or has_year or quoted):
        return capital_cue and len(words) >= 3
    return capital_cue or has_proper or has_year or quoted or len(words) >= 6


def sentence_initial(doc: Document, pos: int) -> bool:
    before = doc.joined[max(0, pos - 4):pos].rstrip()
    return not before or before[-1] in ".;:!?)\n" or before.endswith("</sup>")


_SPACES = re.compile(r"\s+")


def cue_name(cue_label: str, rest: str) -> str:
    """A name as a label: the cue as the lexicon spells it, then the words after it on one line."""
    return _SPACES.sub(" ", f"{cue_label}{rest}").strip(" ,-")


# never across a paragraph break; a word may hold OCR's look-alike symbols ("Đồng V&n" is Đồng Văn)
_CAPITAL_WORDS = re.compile(rf"(?:[ \t]+(?:[{U}][\w’'.{WORD_SYMBOLS}]*|\d+[A-Z]?))+")


# Between the words of a ministry's or department's domain, the commas and dashes of its written name
# ("Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội") as well as spaces.
_DOMAIN_GAP = r"[\s,\-–]+"


def _agency_family(head: str, domains: list[str]) -> re.Pattern:
    return word_family([rf"{B}{head}\s+" + _DOMAIN_GAP.join(map(re.escape, fold_key(name).split())) + E
                        for name in domains])


_MINISTRY_RE = _agency_family("bo", MINISTRIES)
# "Sở Giao thông vận tải" (OCR: "Sé", "So"), longer domains first ("Văn hóa, Thể thao và Du lịch" before "Du lịch")
_DEPARTMENT_RE = _agency_family("s[oe]", DEPARTMENTS)
_CO_BEFORE = re.compile(r"(?<![a-z])c[oe]\s+$")  # "cơ sở y tế" is a facility, not "Sở Y tế"


_NON = re.compile(r"(?<![a-z])phi\s+$")


def organizations(doc: Document, province: str | None) -> list[Candidate]:
    out = []
    for m in ORG_RE.finditer(doc.folded):
        if _NON.search(doc.folded, max(0, m.start() - 4), m.start()):
            continue  # "(viện trợ) phi chính phủ": non-governmental, no government
        end = m.end()
        label = full = ORG_LABELS[which(m)]
        if label.endswith("tỉnh") or label.endswith("Tỉnh ủy"):
            named = re.match(rf"\s+([{U}]\w*(?:\s+[{U}]\w*)?)", doc.joined[end:end + 30])
            # "UBND tỉnh Cao Bằng" in another province's report is Cao Bằng's; "UBND tỉnh" alone, the report's own
            other = PROVINCE_BY_KEY.get(fold_key(named.group(1))) if named else None
            if other or (named and province and fold_key(named.group(1)) == fold_key(province)):
                end += named.end()
            if other or province:
                full = f"{label} {other or province}"
        out.append(Candidate("Organization", m.start(), end, full, "o:" + fold_key(full)))
    if province and province_unit(province) != "tỉnh":
        out += _city_bodies(doc, province)
    for m in _FUNDER_HEAD.finditer(doc.folded):
        head = doc.joined[m.start():m.end()]
        if not head[0].isupper() or head.isupper() or CUE_RE.match(doc.folded, m.start()) or \
                (doc.clean and head not in ("Quỹ", "Ngân hàng")) or _QUARTER.match(doc.folded, m.end()):
            continue  # "quỹ đất" (a common noun), "Quy hoạch" (a cue), "Quý I" (a quarter)
        end = extend_name(doc.joined, doc.folded, m.end(), doc.paragraph_end(m.start()), doc.clean)
        clause = _FUNDER_NAME_END.search(doc.joined, m.end(), end)
        end = clause.start() if clause else end
        verb = _FUNDER_VERB.search(doc.folded, m.end(), end)
        end = verb.start() if verb else end
        # "Ngân hàng Phát triển châu Á (ADB) tạm dừng …": the name's short form, then a lower-case word
        end = next((a.end(1) for a in _ABBREVIATION_AFTER.finditer(doc.joined, m.end(), end) if a.group(2).islower()),
                   end)
        while end > m.end() and not doc.joined[end - 1].isalnum() and doc.joined[end - 1] != ")":
            end -= 1
        words = doc.joined[m.end():end].split()
        if len(words) >= 2 and any(w[0].isupper() for w in words):
            name = " ".join([FUNDER_HEADS[which(m)], *words])
            out.append(Candidate("Organization", m.start(), end, name, "o:" + fold_key(name)))
    for m in _MISSION.finditer(doc.folded):
        named = _MISSION_NAME.match(doc.joined, m.end(m.lastgroup))
        if named and doc.joined[m.start()].isupper():
            label = " ".join(f"{_MISSION_LABELS[which(m)]}{named.group()}".split())
            out.append(Candidate("Organization", m.start(), named.end(), label, "o:" + fold_key(label)))
    for m in _MINISTRY_RE.finditer(doc.folded):
        if doc.joined[m.start()].isupper():
            label = f"Bộ {MINISTRIES[which(m)]}"
            out.append(Candidate("Organization", m.start(), m.end(), label, "o:" + fold_key(label)))
    for m in _DEPARTMENT_RE.finditer(doc.folded):
        if doc.joined[m.start()] == "S" and not _CO_BEFORE.search(doc.folded, max(0, m.start() - 4), m.start()):
            label = f"Sở {DEPARTMENTS[which(m)]}"
            out.append(Candidate("Organization", m.start(), m.end(), label, "o:" + fold_key(label)))
    return out


PROVINCE_BY_KEY = {fold_key(p): p for p in PROVINCES}  # the provinces by their folded names ("lao cai")
# A centrally-run city's own bodies, as its reports name them: "UBND thành phố", "HĐND thành phố", "Thành ủy".
_CITY_BODY = word_family([rf"{B}(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+thanh\s+ph[oe]{E}",
                          rf"{B}(?:h[dpb]{{1,2}}nd|hoi\s+dong\s+nhan\s+dan)\s+thanh\s+ph[oe]{E}", rf"{B}thanh\s+[uoatg]y{E}"])
_CITY_BODY_LABELS = ["UBND thành phố", "HĐND thành phố", "Thành ủy"]


def _city_bodies(doc: Document, city: str) -> list[Candidate]:
    """The bodies of the centrally-run city whose report this is ("UBND thành phố" alone, or with the city's
    name), and those of a city inside it by its own name ("UBND thành phố Thủ Đức")."""
    out = []
    for m in _CITY_BODY.finditer(doc.folded):
        named = _NAME_AFTER.match(doc.joined, m.end())
        end, whose = (named.end(), " ".join(named.group(1).split())) if named else (m.end(), city)
        label = f"{_CITY_BODY_LABELS[which(m)]} {whose}"
        out.append(Candidate("Organization", m.start(), end, label, "o:" + fold_key(label)))
    return out


_NAME_AFTER = re.compile(rf"[ \t]+([{U}]\w*(?:[ \t]+[{U}]\w*){{0,3}})")  # never across a line


# Named funds and banks give money to projects: "do Quỹ … viện trợ", "vốn vay Ngân hàng …".
FUNDER_HEADS = ["Quỹ", "Ngân hàng"]
_FUNDER_HEAD = word_family([rf"{B}quy{E}", rf"{B}ng[ae]n\s+hang{E}"])  # OCR "Ngén hang"
_FUNDER_NAME_END = re.compile(r"\s+(?:và|va)\s+[a-zđ]")  # "Quỹ Nhân đạo và triển khai …": a new clause
_QUARTER = re.compile(r"\s+(?:[ivx]+|\d)(?![a-z0-9])")
_ABBREVIATION_AFTER = re.compile(r"(\([A-ZĐ]{2,}\))\s+(\w)")
_FUNDER_VERB = re.compile(rf"{B}(?:vien\s+tro|tai\s+tro|ho\s+tro|cho\s+vay|cap\s+von|bao\s+lanh){E}")

# A country's mission: "Đại sứ quán Lào tại Việt Nam", "Tổng Lãnh sự quán Trung Quốc tại Hà Nội".
_SU = r"s(?:u|ir|ii|tr|w)"  # "sứ", "sự", as OCR also reads them ("sir")
_MISSION = word_family([rf"{B}dai\s+{_SU}\s+quan{E}", rf"{B}tong\s+lanh\s+{_SU}\s+quan{E}",
                        rf"{B}lanh\s+{_SU}\s+quan{E}"])
_MISSION_LABELS = ["Đại sứ quán", "Tổng Lãnh sự quán", "Lãnh sự quán"]
_MISSION_NAME = re.compile(rf"(?:[ \t]+[{U}][\w’']*){{1,3}}(?:[ \t]+(?:tại|tai)(?:[ \t]+[{U}][\w’']*){{1,3}})?")
# The heads of organisation names read off the page rather than written by the lexicon: restoration spells them.
NAMED_ORG_HEADS = [*FUNDER_HEADS, *_MISSION_LABELS]


def places(doc: Document) -> list[Candidate]:
    out = []
    for m in PLACE_RE.finditer(doc.folded):
        unit, unit_end = PLACE_LABELS[which(m)], m.end(m.lastgroup)
        if doc.joined[m.start():unit_end].isupper() or _NOT_A_UNIT.get(unit, _NEVER).search(
                doc.folded, max(0, m.start() - 9), min(len(doc.folded), unit_end + 5)):
            continue  # a heading in capitals; "xã hội", "hợp tác xã", "địa phương" name no place
        names = _CAPITAL_WORDS.match(doc.joined, unit_end)
        if not names:
            if unit in _ADMIN_UNITS:
                out += _opened_list(doc, unit, unit_end)
            continue
        name = names.group().strip()
        words = name.split()[:3]
        if unit == "Khu kinh tế cửa khẩu":  # "… Bắc Hà - Lào Cai": the zone is named after both
            pair = re.match(rf"\s+[{U}]\w*(?:\s+[{U}]\w*)?(?:\s*-\s*[{U}]\w*"
                            rf"(?:\s+[{U}]\w*){{0,2}})?", doc.joined[unit_end:unit_end + 60])
            name = pair.group().strip() if pair else " ".join(words[:2])
        elif unit in ("cửa khẩu", "cửa khẩu quốc tế"):
            # A pair of gates "X - Y" is two gates, one each side of the border: the place is the first.
            name = " ".join(words[:2])
        elif re.fullmatch(r"\d+[A-Z]?", words[-1]):
            name = " ".join(words)
        else:  # most unit names have two syllables; a few have three ("huyện Si Ma Cai")
            three = len(words) == 3 and unit in _ADMIN_UNITS and is_unit_name(" ".join(words).rstrip("."))
            name = " ".join(words[:3 if three else 2])
        if not name or name.split()[0][0].isdigit() or sum(c.isupper() for c in name) > len(name.split()) + 1:
            continue  # "XÃ HỘI" in a capitalised heading is not a commune
        end = unit_end + doc.joined[unit_end:].index(name.split()[0]) + len(name)
        if name.endswith("."):
            name, end = name[:-1], end - 1  # the sentence's full stop, not an abbreviation
        label = f"{unit} {name}"
        out.append(Candidate("Place", m.start(), end, label, "p:" + fold_key(label)))
        if unit in _ADMIN_UNITS:
            out += _listed_places(doc, unit, end)
    return out


# A road named by the border markers it runs between: "đường chuyên dụng vận chuyển hàng hóa khu vực mốc
# 1119 - 1120", "đường tuần tra biên giới mốc 12/1 - 14" (OCR reads "mốc" as "méc", "mbc").
_MARKER_ROAD = re.compile(r"[dpb](?<![a-z][dpb])u{1,2}[oe]ng(?:\s+[a-z]+){1,8}?\s+m[a-z]{1,2}c\s+"
                          r"\d{1,4}(?:/\d{1,2})?\s*-\s*\d{1,4}(?:/\d{1,2})?(?![\d/])")


def marker_roads(doc: Document) -> list[Candidate]:
    """Roads named by the border markers at their ends: places where a scheme or project is."""
    out = []
    for m in _MARKER_ROAD.finditer(doc.folded):
        if any(w in CLAUSE_OPENERS for w in doc.folded[m.start():m.end()].split()[1:-3]):
            continue  # "đường … đã hoàn thành đến mốc 12 - 14": a clause, not a name
        label = " ".join(doc.joined[m.start():m.end()].split())
        out.append(Candidate("Place", m.start(), m.end(), label, "p:" + fold_key(label)))
    return out


_ADMIN_UNITS = {"huyện", "thành phố", "thị trấn", "xã", "phường"}
# Words that contain a unit word without naming a unit: society, cooperative, locality, bilateral.
_NOT_A_UNIT = {
    "xã": re.compile(r"(?:hop\s+tac\s+xa|xa\s+hoi)(?![a-z])"),
    "huyện": re.compile(r"huyen\s+[uoat]y(?![a-z])"),  # "Huyện ủy": the district's Party committee
    "phường": re.compile(r"(?<![a-z])(?:dia|song|da|don)\s+phu{1,2}[oe]ng(?![a-z])"),
}
_NEVER = re.compile(r"(?!)")
# "các huyện Bắc Hà, Mường Khương, Si Ma Cai và Bảo Yên": more names of the same unit.
# A listed place's name: one or two capitalised words; OCR may lower-case the second ("Vin quan,").
_LISTED_NAME = rf"[{U}]\w*(?:\s+[{U}]\w*|\s+[a-z]\w*(?=\s*[,;.)]))?"
_NEXT_NAME = re.compile(rf"(?:\s*,\s*|\s+(?:và|va)\s+)({_LISTED_NAME})(?=[\s,;.)]|$)")


# "08 huyện (Bắc Hà, Bảo Yên, …)", "các huyện: Sa Pa, Bát Xát, …": a unit word opening a list.
_LIST_OPENER = re.compile(rf"\s*[:(]\s*({_LISTED_NAME})(?=[\s,;.)]|$)")


def _opened_list(doc: Document, unit: str, pos: int) -> list[Candidate]:
    first = _LIST_OPENER.match(doc.joined, pos)
    if not first or fold_key(first.group(1)).split()[0] in _NOT_PLACE_HEADS:
        return []
    listed = _listed_places(doc, unit, first.end(1))
    if not listed:
        return []  # one capitalised word after a colon is a sentence, not a list of places
    label = f"{unit} {_capitalised(first.group(1))}"
    return [Candidate("Place", first.start(1), first.end(1), label, "p:" + fold_key(label)), *listed]


def _capitalised(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def _listed_places(doc: Document, unit: str, pos: int) -> list[Candidate]:
    out = []
    # A city is followed by where it is, not by more cities ("thành phố Nam Ninh, Quảng Tây").
    while (m := _NEXT_NAME.match(doc.joined, pos)) and len(out) < 12 and unit != "thành phố":
        name = m.group(1)
        if fold_key(name).split()[0] in _NOT_PLACE_HEADS or CUE_RE.match(doc.folded, m.start(1)) or \
                _NOT_LISTED_PLACES.match(doc.folded, m.start(1)):
            break  # "… huyện Bắc Hà và Dự án …", "… huyện Bảo Yên, Trung tâm y tế …": the list has ended
        end = m.end(1)
        if (third := _THIRD_WORD.match(doc.joined, end)) and is_unit_name(f"{name} {third.group(1)}"):
            name, end = f"{name} {third.group(1)}", third.end(1)  # "…, Si Ma Cai và …"
        label = f"{unit} {_capitalised(name)}"
        out.append(Candidate("Place", m.start(1), end, label, "p:" + fold_key(label)))
        pos = end
    return out


_THIRD_WORD = re.compile(rf"[ \t]+([{U}]\w*)(?=[\s,;.)]|$)")


# Capitalised words that follow a list of places without being one (a new clause, an agency).
# After a place: an institution, or the province or country it is in ("Nam Ninh, Quảng Tây, Trung Quốc").
_NOT_LISTED_PLACES = re.compile(r"(?:trung\s+t[a-z]m|benh\s+vien|truong|viet\s+nam|trung\s+qu[a-z]{1,2}c|lao|campuchia)(?![a-z])")
_NOT_PLACE_HEADS = {"ubnd", "hdnd", "uy", "so", "bo", "ban", "trong", "dong", "tinh", "nhan", "chinh", "thu"}


_CREDIT_ACCESS = re.compile(r"(?<![a-z])ti[a-z]{1,2}p\s+c[a-z]{1,2}n\s+(?:(?:cac|nguon)\s+)?$")  # tiếp cận (các/nguồn)


def funding_sources(doc: Document) -> list[Candidate]:
    out = []
    for m in FUNDING_RE.finditer(doc.folded):
        if _CREDIT_ACCESS.search(doc.folded, max(0, m.start() - 24), m.start()):
            continue  # "doanh nghiệp tiếp cận vốn vay": credit for firms, not what funds an initiative
        label = FUNDING_LABELS[which(m)]
        out.append(Candidate("FundingSource", m.start(), m.end(m.lastgroup), label, "f:" + fold_key(label)))
    return out


# "<" starts a footnote mark (<sup>17</sup>); "… tại Khu công nghiệp X": where the obstacle is, not what it is
# (but "tái định cư", resettlement, and "tài chính", "tài sản" … fold alike and are what it is); ", phấn đấu
# giải ngân …", ", đẩy nhanh …": the next clause's task
_ISSUE_END = re.compile(r"[;.)<]|,\s*(?:da|dang|nen|do\s+do|phan\s+dau|day\s+nhanh|tap\s+trung|bao\s+dam|dam\s+bao|"
                        r"tiep\s+tuc|kip\s+thoi|de\s+nghi|yeu\s+cau|chi\s+dao)\b|"
                        r"\s+tai\s(?!dinh\s+c|(?:chinh|san|nguyen|tro|lieu|khoan)(?![a-z]))")  # "tài chính" is no "tại"
_COMMA = re.compile(",")
_LAND_TAKEN = re.compile(r"khi\s+nha\s+n[a-z]{1,3}c\s+thu\s+h[a-z]{1,2}i\s+[dpb][a-z]{1,2}t(?![a-z])")  # OCR "nuéc", "hdi"
_TRAILING = " \t\n'’\"”,:"


def issues(doc: Document) -> list[Candidate]:
    out = []
    for pattern in ISSUE_RE:
        named = "issue" in pattern.groupindex  # the obstacle is the group, after its cue ("do", "(do")
        for m in pattern.finditer(doc.folded):
            start = m.start("issue") if named else m.start()
            stop = _issue_end(doc, start, m.end())
            if pattern.pattern.startswith(r"\(") and not stop:
                continue  # "(do …" that never closes
            if not stop and doc.folded[m.end() - 1].isspace():  # "vướng mắc trong …" with no end in sight:
                stop = _COMMA.search(doc.folded, m.end(), min(len(doc.folded), m.end() + 120))  # to its comma
                if not stop:
                    continue
            end = min(stop.start() if stop else m.end(), doc.mark_after(m.end()))
            if land := _LAND_TAKEN.search(doc.folded, m.end(), end):
                end = land.end()  # "… bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất": what follows is a purpose
            if issue := _issue(doc, start, end):
                out.append(issue)
    out += _causes_that_slow(doc)
    out += _obstacles_in_tables(doc)
    return out


def _obstacles_in_tables(doc: Document) -> list[Candidate]:
    """"| Dự án A | … | Thiếu vật liệu san lấp |": in a table whose heading names a column of obstacles (in a
    Markdown report, or a DOCX's tables written as Markdown), each row's cell in that column is an obstacle."""
    out = []
    for row in table_rows(doc.text):
        for cell in row.cells:
            if cell.role == "delayedBy" and (issue := _issue(doc, cell.start, cell.end)):
                # a cell opens on a capital as a sentence does; the obstacle is named as inside one
                label = issue.label[:1].lower() + issue.label[1:] if issue.label[1:2].islower() else issue.label
                out.append(replace(issue, label=label))
    return out


def _issue_end(doc: Document, start: int, pos: int) -> re.Match | None:
    """Where the obstacle that starts at `start` ends, sought from `pos`: a bracket closes it only when it
    closes none of its own ("di dời hạ tầng kỹ thuật (điện, nước, viễn thông) còn kéo dài")."""
    limit = min(len(doc.folded), pos + 120)
    stop = _ISSUE_END.search(doc.folded, pos, limit)
    while stop and stop.group() == ")" and doc.folded.count("(", start, stop.start()) > \
            doc.folded.count(")", start, stop.start()):
        stop = _ISSUE_END.search(doc.folded, stop.end(), limit)
    return stop


def _issue(doc: Document, start: int, end: int) -> Candidate | None:
    """The obstacle named by doc.joined[start:end], when it is 3 to 18 words long."""
    end = start + len(doc.joined[start:end].rstrip(_TRAILING))  # no stray quote (OCR) at the end
    text = doc.joined[start:end]
    if not 3 <= len(text.split()) <= 18:
        return None
    return Candidate("Issue", start, end, _SPACES.sub(" ", text), "i:" + fold_key(text))


# "Tình hình thời tiết diễn biến phức tạp, mưa nhiều làm chậm tiến độ …": a cause named as the subject of "làm
# chậm" (makes slow), from its clause's start; "tình hình" (the state of) and "việc" (the fact of) are no part of it.
# So is the subject of ", ảnh hưởng đến tiến độ …" (holds up), from "nhất là" (above all) where a list names it.
_SLOWS = re.compile(rf"l(?<![a-z]l)[ae]m\s+{CHAM}(?![a-z])|,\s*[a-z]nh\s+h[uw]{{1,2}}[oe]ng\s+(?:[dp][ae]n|t[oe]i)\s+ti[ea]n\s+[dp][oe]")
_CLAUSE_START = re.compile(r"(?:^|[.;:\n(]|(?<![a-z])-\s|,\s*nhat\s+la\s)\s*(?:(?:tinh\s+hinh|viec)\s+)?(?=[a-z])")


def _causes_that_slow(doc: Document) -> list[Candidate]:
    out = []
    for m in _SLOWS.finditer(doc.folded):
        clause = None
        for clause in _CLAUSE_START.finditer(doc.folded, max(0, m.start() - 120), m.start()):
            pass  # the last clause start before the verb
        if clause is None:
            continue
        if doc.mark_after(clause.end()) >= m.start() and (issue := _issue(doc, clause.end(), m.start())):
            out.append(issue)
    return out

