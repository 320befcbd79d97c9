"""Statuses of initiatives, from cue words in the sentence that mentions them."""
from __future__ import annotations

import re
from bisect import bisect_right

from .breakdown import broken_down
from .lexicon import B, CHAM, CHUA, DUA, DUOC, E, KHOI_CONG, THUC_HIEN, UW, VUONG, word_scan
from .model import INITIATIVE_TYPES, Mention, Status
from .periods import period_bounds, quarter_number
from .relations import (
    APPROVAL, ENACTS, ITEM_MARK, PART_OF_GAP, THE_PROJECT, Placed, clause_goes_on, footnotes_pointed_at,
    mentions_by_sentence, part_named_before, takes_up_subject,
)
from .text import Document, Span

# A part of the works that "hoàn thành" may name: the part is done, not the whole ("đã hoàn thành đập chính",
# "… phần móng", "… hạng mục cầu", "… gói thầu số 2", "… giai đoạn 1", "… nền đường đoạn Km0 - Km5").
_A_PART = (r"\s+(?:(?:cac\s+)?hang\s+muc|phan\s+(?:mong|than|tho|ngam|khung|ket\s+cau)|dap\s+(?:chinh|phu|tran)|"
           r"mong|tru\s+cau|dam\s+cau|nen\s+duong|mat\s+duong|ket\s+cau|coc|goi\s+thau|giai\s+doan\s+(?:\d|i\b)|"
           r"doan\s+(?:tuyen|km|tu))(?![a-z])")
# A length or share after "thông xe (kỹ thuật)": part of the road is open, not all of it ("thông xe kỹ thuật 6,8 km").
_A_FIGURE = r"(?:\s+[a-z]+){0,3}\s+\d+(?:[.,]\d+)*\s*(?:km|%)"
_SOME_OF = r"\s+\d+\s*/\s*\d+\s+[a-z]"  # "đã hoàn thành 4/5 gói thầu": some of the parts, not the whole
_THONG_XE = r"th[oed]ng\s+xe"  # "thông xe" (open to traffic), as OCR also reads it ("thdng xe")
_DU_KIEN = rf"d(?:{UW}|y)\s+ki[ea]n"  # "dự kiến" (expected), as OCR also reads it ("dii kién")
_KHAN_TRUONG = r"kh[a-z]n\s+tr[a-z]{1,3}ng"  # "khẩn trương" (urgently), as OCR also reads it ("kh&n trygng")

# Most specific first: the first cue that matches a stretch of text claims it.
STATUS_CUES: list[tuple[str, str]] = [
    # "khẩn trương hoàn thành … trước ngày 30/6/2025": a task set, with its deadline
    ("planned", rf"{B}(?:ph[ae]n\s+[dpb][aed4]?u|{_DU_KIEN}|ke\s+hoach|[dpb]e|[dpb]am\s+bao|{_KHAN_TRUONG}|"
                rf"chuan\s+bi\s+(?:cac\s+)?[dpb]ieu\s+kien(?:\s+de)?)"
                rf"\s+(?:se\s+)?(?:som\s+)?(?:{KHOI_CONG}|hoan\s+thanh|dua\s+vao|{_THONG_XE}|khanh\s+thanh|van\s+hanh|"
                rf"giai\s+ngan)"),  # "phấn đấu giải ngân 95% kế hoạch": the plan's aim
    # "tạm dừng", "tạm ngừng"; "dừng/ngừng triển khai, thực hiện, thi công" (ư as OCR also reads it)
    # "chấm dứt hoạt động (dự án)", "thu hồi chủ trương đầu tư": stopped for good, the nearest of the statuses
    ("suspended", rf"{B}(?:tam\s+d[a-z]{{1,3}}ng|(?:d|ng){UW}ng\s+(?:tri[ea]n\s+khai|{THUC_HIEN}|thi\s+cong)|"
                  rf"cham\s+dut\s+hoat\s+dong|thu\s+hoi\s+chu\s+tr{UW}{{1,2}}[oe]ng){E}"),
    # A bare "chậm" is late, but not "chậm nhất" (at the latest); folded alike are "chăm sóc/lo" (care), "chấm
    # dứt/điểm" (end, mark), "phương châm"
    # (motto) and "va chạm giao thông" (collision; "và chậm" folds alike, so "va" alone says nothing).
    ("delayed", rf"{B}(?:{CHAM}\s+(?:tien\s+d[oe]|tri[ea]n\s+khai|so\s+voi)|chua\s+dat\s+tien\s+d[oe]|"  # OCR "chdm", "tién dé"
                # "chưa đáp ứng (yêu cầu về) tiến độ": behind its schedule
                rf"chua\s+dap\s+[uw]ng\s+(?:yeu\s+cau\s+(?:ve\s+)?)?tien\s+d[oe]|"
                rf"(?<!phuong\s){CHAM}(?=[\s,.;)])(?!\s+(?:s[oe]{{1,2}}c|lo|[dpb]ut|[dpb]iem|giao\s+thong|nhat)(?![a-z]))|"
                rf"{VUONG}\s+mac)"),
    # done and in use: "đưa vào sử dụng", "… phát điện", "khai trương", "hoạt động ổn định", "hoàn thành triển khai";
    # not "đã hoàn thành 70% khối lượng", "… giải phóng mặt bằng 95,3%", a figure of how far it has got
    # nor "đã hoàn thành (các) thủ tục …", "… (công tác) giải phóng mặt bằng": a step towards it ("… công tác thi
    # công" is the work done)
    ("completed", rf"{B}(?:da\s+hoan\s+thanh(?!\s+(?:[a-z]+\s+){{0,5}}\d+(?:[.,]\d+)?\s*%|\s+(?:cac\s+)?thu\s+tuc|"
                  rf"\s+h[oed6]\s+s[oe]|"  # "đã hoàn thành hồ sơ trình …": a dossier done, a step towards it
                  rf"\s+(?:viec\s+)?(?:xay\s+dung|lap|soan\s+thao)\s|"  # "… xây dựng đề án …": the draft is done
                  rf"{_A_PART}|{_SOME_OF}|"
                  rf"\s+(?:cong\s+tac\s+)?(?:giai\s+phong|chuan\s+bi|[dpb]au\s+thau|lua\s+chon|boi\s+thuong)){E}|"
                  rf"hoan\s+thanh\s+(?:va\s+)?dua\s+vao|"
                  rf"phe\s+duyet\s+quyet\s+toan|"  # final accounts approved ("đã phê duyệt quyết toán dự án …")
                  # accepted as finished: "đã (được) nghiệm thu(, bàn giao …)", not "… nghiệm thu khối lượng"
                  rf"da\s+(?:{DUOC}\s+)?nghiem\s+thu(?=\s*[.;,)]|\s+(?:va\s+)?(?:ban\s+giao|dua\s+vao|hoan\s+thanh))|"
                  rf"{DUA}\s+vao\s+(?:s{UW}\s+dung|khai\s+thac|v[ad4]n\s+hanh)|"  # OCR: "dtra vao vdn hanh", "sit dung"
                  rf"phat\s+[dpb]i[ea]n|khai\s+tr[uw]{{1,2}}[oe]ng|(?:hoat\s+[dpb]ong|van\s+hanh)\s+[oe]n\s+[dpb]inh|"
                  rf"(?:van\s+hanh|khai\s+thac)\s+thuong\s+mai|"  # in commercial operation
                  rf"hoan\s+thanh\s+tri[ea]n\s+khai|khanh\s+thanh|{_THONG_XE}(?!{_A_FIGURE})|(?:di|{DUA})\s+vao\s+(?:hoat\s+[dpb]ong|v[ad4]n\s+hanh)){E}"),  # "thông xe": open to traffic
    ("started", rf"{B}(?:da\s+)?{KHOI_CONG}(?!\s+moi)"),
    ("procurement", rf"{B}(?:lua\s+chon(?:\s+[dp]uoc)?\s+nha\s+(?:thau|dau\s+tu)|[dpb]au\s+thau|tham\s+dinh)"),
    # "đã phân bổ, giao kế hoạch vốn …": a plan assigned to those who carry it out is in force.
    # "phê duyệt điều chỉnh quy hoạch …" approves the change: the approval claims the drafting verb after it
    # "(HĐND tỉnh) quyết định chủ trương (điều chỉnh) Dự án …": decided the investment policy, an approval
    ("approved", rf"{B}(?:(?:phe\s+duyet|thong\s+qua)(?:\s+dieu\s+chinh(?:\s+cuc\s+b[o6]?)?)?|chap\s+thuan\s+chu\s+truong|"
                 rf"quyet\s+dinh\s+chu\s+tr(?:{UW}|y){{1,2}}[oed]ng(?:\s+[dpb][ae]u\s+t(?:{UW}|y))?(?:\s+dieu\s+chinh)?|ban\s+hanh|"
                 rf"giao(?=\s+k[eao]\s+hoach\s)|"
                 rf"cap\s+giay\s+chung\s+nhan\s+dang\s+ky\s+dau\s+t{UW}|"  # licensed: an investment certificate
                 rf"cap\s+giay\s+phep\s+xay\s+dung)"),  # or a building permit
    # "trình" (also "đang trình") but not "chương trình" (as OCR spells it: "chiéng", "chiidng"), "công trình",
    # "quy trình", "quá trình", "lộ trình", "tiến trình"; drafting verbs right before a plan's cue word.
    ("proposed", rf"{B}(?:(?<!ng\s)(?<!uy\s)(?<!qua\s)(?<!lo\s)(?<!en\s)trinh|(?<=[dpb]ang\s)trinh|[dpb]e\s+xuat|"
                 rf"chuan\s+bi\s+dau\s+tu|"
                 rf"xay\s+dung\s+du\s+thao|du\s+thao|bao\s+cao\s+nghien\s+c{UW}u\s+(?:tien\s+)?kha\s+thi|"
                 rf"lap\s+(?:dieu\s+chinh|quy|h[od]\s+so)|tham\s+muu|hoan\s+thien\s+h[od]\s+so(?!\s+quyet\s+toan)|"
                 rf"(?:xay\s+dung|hoan\s+thien|lap|dieu\s+chinh(?:\s+cuc\s+b[o6]?)?)(?:\s*,\s*(?:m[oa]\s+rong|bo\s+sung))?"
                 rf"(?:\s+(?:h[od]\s+so\s+)?nhiem\s+vu)?(?=\s+(?:k[eao]\s+hoach|ch[uw]{{1,2}}[oe]ng\s+trinh|"
                 rf"[dpb][eao]\s+an|quy\s+hoach){E}))"),
    # "đang hoàn thiện hạ tầng" (not "… hồ sơ", OCR "hé sg": a proposal); not "thời gian thực hiện 2024 - 2027", a
    # period set
    ("in_progress", rf"{B}(?:[dpb]ang\s+(?:thi\s+cong|tri[ea]n\s+khai|{THUC_HIEN}|san\s+lap|"
                    rf"lap\s+[dpb]at|hoan\s+thien(?!\s+h[a-z]{{1,2}}\s+s[a-z]{{1,2}}(?![a-z])))|"
                    rf"tri[ea]n\s+khai|(?<!gian\s){THUC_HIEN}|[dpb]ay\s+nhanh|"
                    rf"[dpb]ay\s+manh|(?<!ve\s)(?<!vea\s)thi\s+cong|giai\s+phong\s+mat\s+bang|tiep\s+tuc|to\s+chuc\s+{THUC_HIEN}|tap\s+trung|"
                    # "Duy trì hiệu quả Chương trình …": kept going; "đã hoàn thành đập chính", "… giai đoạn 1": a
                    # part of the works done, the whole still being built
                    rf"duy\s+tri|(?:da\s+)?(?:co\s+ban\s+)?(?:hoan\s+thanh|nghiem\s+thu)(?={_A_PART}|{_SOME_OF})|"
                    rf"hop\s+long|chay\s+thu)"),  # a bridge's span joined ("hợp long"), a trial run
    # A figure of how far it has got: "bàn giao 38,2/49,35 ha", "giải ngân 118 tỷ đồng, đạt 39,7% kế hoạch".
    ("in_progress", rf"{B}(?:ban\s+giao|giai\s+ngan|khoi\s+l[uw][oe]ng|kiem\s+dem|chi\s+tra|tam\s+[uw]ng|{_THONG_XE}|"
                    rf"[dpb]at|hoan\s+thanh)(?:\s+[a-z]+){{0,8}}?\s+\d+(?:[.,]\d+)*\s*(?:/\s*\d+(?:[.,]\d+)*\s*)?(?:%|km|ha)"),
]
STATUS_RE = [(status, word_scan(pattern)) for status, pattern in STATUS_CUES]
# In the part of a report that sets the tasks ahead, a clause that opens on "Hoàn thành …" ("Tập trung hoàn
# thành …") gives a task: planned, by the end of the period the tasks are for. Not "Hoàn thành trình …"
# (a proposal) nor "Hoàn thành, triển khai …" (the verbs of work going on).
# So do "Khởi công …" and "Đưa vào sử dụng …" opening a clause there: what is to start, what is to be in use.
_TASK = word_scan(rf"{B}(?:(?:tap\s+trung\s+)?hoan\s+thanh(?!\s*,|\s+(?:va\s+)?dua\s+vao|\s+(?:viec\s+)?trinh)|"
                  rf"{KHOI_CONG}|dua\s+vao\s+su\s+dung){E}")
_CUES_WITH_TASKS = [*STATUS_RE[:1], ("planned", _TASK), *STATUS_RE[1:]]
_FIGURE = STATUS_RE[-1][1]  # a progress figure tells of what was named before it
# "trong tháng 4/2024", "trong Quý III/2024", "quý III năm 2024", "trước ngày 30/6/2024" (its month), "trong năm 2025",
# "vào cuối năm 2026" (2026-12)
_TARGET = re.compile(r"(?:trong\s+)?(?:thang|quy|ngay\s+\d{1,2}\s*/)\s*(\d{1,2}|[ivx]+)\s*(?:/|\s+nam\s+)\s*(\d{4})|"
                     r"(cuoi\s+)?(?:trong\s+)?nam\s+(\d{4})")  # "cuối năm 2026": its last month
_PROGRESS = re.compile(
    rf"(?:ban\s+giao|dat|{THUC_HIEN}|giai\s+ngan|kiem\s+dem|hoan\s+thanh(?=\s+\d)|{_THONG_XE})[^;.]{{0,40}}?\d+(?:[.,]\d+)?\s*(?:/\s*\d+(?:[.,]\d+)?)?\s*"
    r"(?:%|km|ha|ty\s+dong)"
)
WINDOW = 90
_AIMED = re.compile(rf"(?<![a-z])(?:{_DU_KIEN}|ph[ae]n\s+[dpb][ae]u|ke\s+hoach|muc\s+tieu|dang|se|{_KHAN_TRUONG}|phai)"
                    r"(?![a-z])[^;.]*$")
# What an approval of a task to draft is about: the text is still being drawn up ("phê duyệt nhiệm vụ (lập,
# điều chỉnh) Quy hoạch …", "phê duyệt đề cương …").
_TASK_OF_DRAFTING = re.compile(r"\s+(?:nhiem\s+vu|de\s+cuong)(?:\s+(?:lap|dieu\s+chinh|xay\s+dung))?\s")
# "chưa khởi công", "chưa được phê duyệt": what has not happened yet
_NOT_YET = re.compile(rf"(?<![a-z]){CHUA}\s+(?:{DUOC}\s+)?$")
_NOT_YET_STATUSES = {"started", "completed", "approved", "procurement", "in_progress"}  # "chưa triển khai do …"
_BECAUSE = re.compile(r"(?<![a-z])do\s+[a-z]")
_A_DRAFT = re.compile(r"du\s+thao")  # the cue "dự thảo" (a draft)
_DRAFTS_OF_MANY = re.compile(r"(?<![a-z])(?:cac|nhung)\s+$")  # "các dự thảo …": drafts of a kind
_ONCE = re.compile(r"(?<![a-z])sau\s+khi(?:\s+[a-z]+){0,5}\s+$")  # "sau khi (Thủ tướng Chính phủ) …": once it happens
_SUBMITTED = re.compile(r"(?<![a-z])(?:trinh|de\s+nghi|xin\s+y\s+kien|tham\s+muu|gui)(?![a-z])")


def _submitted(folded: str, clause_start: int, cue_start: int) -> bool:
    """"trình Chính phủ phê duyệt …": an approval (or appraisal) asked for, told by the verb of asking just before it."""
    return _SUBMITTED.search(folded, max(clause_start, cue_start - 40), cue_start) is not None


def find_statuses(doc: Document, placed: list[Placed], sentences: list[Span]) -> list[Status]:
    out: dict[tuple[str, str], Status] = {}
    tasks_from, tasks_until = tasks_part(doc)
    initiatives = [m for m in placed if m.type in INITIATIVE_TYPES]
    in_name = bytearray(len(doc.folded) + 1)  # 1 where a name covers the character
    for m in placed:
        in_name[m.start:m.end] = b"\x01" * (m.end - m.start)
    by_sentence = mentions_by_sentence(initiatives, sentences)
    carried: list[Placed] = []  # the initiatives of the clauses an item's later clauses go on from
    for i, (sent, inside) in enumerate(zip(sentences, by_sentence)):
        item_clause = not inside and bool(carried) and takes_up_subject(doc, sentences, i)
        carried = inside or (carried if item_clause else [])
        if item_clause:
            # "- Dự án X: đạt 78%; dự kiến hoàn thành trong tháng 12/2024": only the item's head is meant
            inside = carried
        if not inside:
            continue
        figures_until = _figures_until(doc, sentences, by_sentence, i)
        claimed: list[tuple[int, int]] = []
        specific: set[str] = set()  # initiatives this sentence gives a status more telling than "in progress"
        for cue_status, pattern in _CUES_WITH_TASKS:
            for cue in pattern.finditer(doc.folded, sent.start, sent.end):
                status = cue_status
                if in_name[cue.start()] or any(s <= cue.start() < e for s, e in claimed):
                    continue  # a cue inside a name ("Kế hoạch thực hiện …") says nothing of status
                if pattern is _TASK and (cue.start() < tasks_from or
                                         not _CLAUSE_OPENING.fullmatch(doc.folded, sent.start, cue.start())):
                    continue
                claimed.append((cue.start(), cue.end()))
                if status in _NOT_YET_STATUSES and \
                        _NOT_YET.search(doc.folded, max(sent.start, cue.start() - 12), cue.start()):
                    # "chưa khởi công do chưa được bố trí vốn": held up, by the cause given; without one, nothing
                    if not _BECAUSE.search(doc.folded, cue.end(), min(sent.end, cue.end() + 60)):
                        continue
                    status = "delayed"
                if status == "proposed" and _A_DRAFT.match(doc.folded, cue.start()) and \
                        _DRAFTS_OF_MANY.search(doc.folded, max(sent.start, cue.start() - 12), cue.start()):
                    continue  # "… tập trung xây dựng các dự thảo Nghị quyết …": drafts of a kind, not of what was named
                if status == "approved" and _ONCE.search(doc.folded, max(sent.start, cue.start() - 40), cue.start()):
                    continue  # "… sau khi Thủ tướng Chính phủ phê duyệt": an approval still to come
                if status == "approved" and _TASK_OF_DRAFTING.match(doc.folded, cue.end()):
                    status = "proposed"  # "phê duyệt nhiệm vụ điều chỉnh Quy hoạch …": the drafting is approved
                if status in ("approved", "procurement") and _submitted(doc.folded, sent.start, cue.start()):
                    # "trình Chính phủ phê duyệt …", "trình Bộ Xây dựng thẩm định …": a proposal, told by "trình"
                    continue
                if status == "completed" and _AIMED.search(doc.folded, max(sent.start, cue.start() - 80), cue.start()):
                    continue  # "dự kiến hoàn thành bàn giao đưa vào sử dụng" is still to come
                target = ((_item_head(doc.folded, cue.start(), inside) or
                           _sole_subject(doc.folded, sentences[i].start, inside)) if item_clause else
                          _nearest(doc.folded, cue.start(), cue.end(), inside, before_first=pattern is _FIGURE))
                if target is None or (status == "in_progress" and target.id in specific):
                    continue
                if status == "completed" and (
                        (item_clause and _COMPONENT_FIRST.match(doc.folded, sentences[i].start)) or
                        (target.end <= cue.start() and _PART_AS_SUBJECT.search(doc.folded, target.end, cue.start()))):
                    status = "in_progress"  # a part of it is finished ("Dự án X: đoạn trên cao đã vận hành …")
                if ENACTS.match(doc.folded, cue.start()) and any(
                        not in_name[a.start()] for a in APPROVAL.finditer(doc.folded, cue.end(), target.start)):
                    continue  # "ban hành Quyết định số … phê duyệt X": the decision was issued; "phê duyệt" tells X's
                if status not in ("in_progress", "planned"):
                    specific.add(target.id)  # what is aimed for says nothing against work going on now
                start, end = min(cue.start(), target.start), max(cue.end(), target.end)
                key = (target.id, status)
                if key in out:
                    continue
                target_date = _target_date(_around_name(doc.folded, cue.end(), target, sent.end)) \
                    if status == "planned" else None
                if pattern is _TASK and target_date is None:
                    target_date = tasks_until
                progress = _PROGRESS.search(doc.folded, target.end, min(figures_until, target.end + 160))
                out[key] = Status(
                    target.id, status, Mention(start, end, doc.text[start:end]), target_date,
                    " ".join(doc.joined[progress.start():progress.end()].split()) if progress else None,
                )
                for other in _coordinated(doc.folded, target, inside):
                    if status == "in_progress" and other.id in specific:
                        break
                    out.setdefault((other.id, status), Status(other.id, status, Mention(start, other.end,
                                                                                      doc.text[start:other.end])))
    _distribute_over_lists(doc, initiatives, out)
    _told_in_footnotes(doc, initiatives, sentences, out)
    _figures_of_parts(doc, initiatives, out)
    _issued_in_a_list(doc, initiatives, sentences, by_sentence, out)
    return list(out.values())


def _figures_until(doc: Document, sentences: list[Span], by_sentence: list[list[Placed]], i: int) -> int:
    """Where the figures of sentence i's initiatives may be read up to: its end, or the end of the clause
    after its ";" when that clause goes on in lower case and names no initiative of its own ("X đã khởi công
    ngày …; đến nay đã bàn giao 85,2/93,5 km mặt bằng"; not "…; Dự án Y đã bàn giao …")."""
    if i + 1 < len(sentences) and not by_sentence[i + 1] and clause_goes_on(doc, sentences, i + 1):
        return sentences[i + 1].end
    return sentences[i].end


# A clause that takes up the subject of the clause before: "…; dự án đang thi công", "…; hiện nay đang …"
# A clause whose subject is left out opens on its tense or aim: "…; đã hoàn thành …", "…; phấn đấu hoàn thành …"
# A part of the initiative as a clause's subject: "…; hạng mục kè chắn sóng đã hoàn thành 70%", "…; các gói thầu
# thuộc hợp phần A đã hoàn thành" (a part done: the whole is under way)
_COMPONENT = r"(?:cac\s+)?(?:hang\s+muc|goi\s+thau|hop\s+phan)"
_COMPONENT_FIRST = re.compile(rf"\s*{_COMPONENT}\s")
_PART_AS_SUBJECT = re.compile(rf"[:;]\s*(?:{_COMPONENT}|doan|nhanh)\s")  # "Dự án X: đoạn trên cao đã …"
_SUBJECT_LEFT_OUT = re.compile(rf"\s*(?:[dpb]a|[dpb]ang|ph[ae]n\s+[dpb][ae]u|{_DU_KIEN})\s")
_TAKES_UP = re.compile(rf"\s*(?:{THE_PROJECT}|hien\s+nay|hien|den\s+nay|tien\s+d[oe]|{_COMPONENT})\s")  # OCR "tién dé"


def _sole_subject(folded: str, clause_start: int, carried: list[Placed]) -> Placed | None:
    """"Dự án X …; dự án đang thi công, dự kiến hoàn thành trong quý III": a clause that opens on "dự án",
    "hiện nay", "đến nay" or "tiến độ" (its progress) is about the one initiative the clauses before it name;
    so is one that opens on its verb ("…; đã hoàn thành đập chính"), its subject left out, when that
    initiative heads its item or paragraph and so is the subject left out."""
    if len(carried) != 1:
        return None
    if _TAKES_UP.match(folded, clause_start):
        return carried[0]
    head = carried[0]
    heads_its_item = _ITEM_MARK_BEFORE.search(folded, max(0, head.start - 8), head.start) is not None or \
        _TOPIC_BEFORE.search(folded, max(0, head.start - 24), head.start) is not None
    return head if heads_its_item and _SUBJECT_LEFT_OUT.match(folded, clause_start) else None


# "Đối với Dự án X, Bộ … đã phê duyệt …; phấn đấu khởi công …": the sentence's topic, which its clauses go on
# about whatever their own subjects, when "đối với" (or "riêng") opens the sentence or an item
_TOPIC_BEFORE = re.compile(r"(?:(?m:^)[ \t]*(?:[-+•]|[a-z]\)|\(\d{1,2}\))?|[.;:]\s*)\s*"
                           r"(?:[dpb][oe]i\s+v[oe]i|rieng(?:\s+[dpb][oe]i\s+v[oe]i)?)\s+$")


def _issued_in_a_list(doc: Document, initiatives: list[Placed], sentences: list[Span],
                      by_sentence: list[list[Placed]], out: dict) -> None:
    """"Ban hành Kế hoạch A; Kế hoạch B; Kế hoạch C": each text of the list that "ban hành" opens, one
    after each ";", is issued too (approved), up to an item that is not a text of the same kind."""
    opening = []  # for each sentence, the initiative named right at its start
    for sent, inside in zip(sentences, by_sentence):
        opening.append(inside[0] if inside and not doc.folded[sent.start:inside[0].start].strip() else None)
    starts = [s.start for s in sentences]
    by_id = {m.id: m for m in initiatives}
    for (entity, status), known in list(out.items()):
        if status != "approved" or entity not in by_id or not ENACTS.match(doc.folded, known.evidence.start):
            continue
        head = by_id[entity]
        i = bisect_right(starts, head.start) - 1
        while doc.joined[sentences[i].start:sentences[i].end].rstrip().endswith(";") and i + 1 < len(sentences):
            item = opening[i + 1]
            if item is None or item.type != head.type:
                break
            out.setdefault((item.id, "approved"), Status(item.id, "approved", Mention(
                item.start, item.end, doc.text[item.start:item.end])))
            i += 1


def _figures_of_parts(doc: Document, initiatives: list[Placed], out: dict) -> None:
    """"(trong đó: A: 90%; B: 80%)": each part of a project's progress is in progress, by its own figure."""
    for member, _, part in broken_down(doc, initiatives):
        evidence = Mention(part.start, part.figure_end, doc.text[part.start:part.figure_end])
        figure = doc.joined[part.figure_start:part.figure_end]
        if (known := out.get((member.id, "in_progress"))) is None or known.progress is None:
            out[(member.id, "in_progress")] = Status(member.id, "in_progress", evidence, None, figure)


# What may stand before a clause's first word: an earlier clause and its ";" or ":", a list mark.
_CLAUSE_OPENING = re.compile(r"(?:.*[;:])?\s*(?:[-+*•]|\d{1,2}\.|[a-z]\))?\s*", re.S)
# The heading of the tasks ahead: "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2024", "Phần II. Nhiệm vụ, giải pháp chủ
# yếu …", "PHƯƠNG HƯỚNG, NHIỆM VỤ …": a line of its own, in capitals or a Markdown heading.
_TASKS_HEADING = re.compile(r"^[ \t]*(?:#+[ \t]*)?(?:\*\*)?(?:[ivxl1]+\.|ph[a-z]n\s+[ivxl1]+\.?|[a-z]\.|\d\.)?\s*"
                            r"(?:ph[a-z]{1,2}ng\s+h[a-z]{1,2}ng\s*,?\s*)?nhi[a-z]m\s+v[a-z]\s*,?\s*(?:v[a-z]\s+)?"
                            r"(?:(?:gi[a-z]i\s+ph[a-z]p|tr[o0]ng\s+t[a-z]m|ch[a-z]\s+y[a-z]u|th[a-z]ng\s+\d+|qu[yi]\s+[ivx]+)"
                            r"\b[^\n]{0,80})$", re.M)
# "2. Nhiệm vụ tháng 11", "II. Nhiệm vụ trọng tâm quý IV": a short numbered heading in sentence case
_NUMBERED_SHORT = re.compile(r"[ \t]*(?:\d|[IVX]+)\.[ \t]")


def tasks_part(doc: Document) -> tuple[int, str | None]:
    """Where the part of the report that sets the tasks ahead begins (the end of the text when it has none),
    and the last month of the period the tasks are for ("QUÝ IV NĂM 2024" → "2024-12")."""
    for m in _TASKS_HEADING.finditer(doc.folded):
        line = doc.text[m.start():m.end()]
        letters = [ch for ch in line if ch.isalpha()]
        if line.lstrip().startswith("#") or (letters and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)) or \
                (_NUMBERED_SHORT.match(line) and len(line.strip()) <= 60):
            end = period_bounds(m.group())[1]
            return m.start(), end[:7] if end else None
    # A plan ("KẾ HOẠCH" on a line of its own at the top) is all tasks, for the period its title names.
    if (plan := _PLAN_HEADING.search(doc.folded, 0, 800)) and doc.text[plan.start():plan.end()].strip().isupper():
        title_end = doc.folded.find("\n", plan.end() + 1)
        end = period_bounds(doc.folded[plan.end():title_end if title_end > 0 else len(doc.folded)])[1]
        return plan.end(), end[:7] if end else None
    return len(doc.folded), None


_PLAN_HEADING = re.compile(r"^[ \t]*(?:#+[ \t]*)?(?:\*\*)?k[eao]\s+h[oq]ach(?:\*\*)?[ \t]*$", re.M)


# Between two items of one list: a comma or "và", maybe past items that name nothing ("…, dự toán ngân sách, …").
_LIST_GAP = re.compile(r"(?:\s*(?:,|\sva)\s+[^,.;:()]{1,60}?)*\s*(?:,|\sva)\s*")


def _coordinated(folded: str, first: Placed, mentions: list[Placed]) -> list[Placed]:
    """The initiatives of the same kind listed right after `first` ("cụm công nghiệp A, B và C"), up to an
    item with a status cue of its own."""
    out, last = [], first
    for m in sorted(mentions, key=lambda m: m.start):
        if m.start >= last.end and m.type == first.type:
            if m.start - last.end > 200 or not _LIST_GAP.fullmatch(folded, last.end, m.start) or \
                    any(pattern.search(folded, last.end, m.start) for _, pattern in STATUS_RE):
                break
            out.append(m)
            last = m
    return out


def _told_in_footnotes(doc: Document, initiatives: list[Placed], sentences: list[Span], out: dict) -> None:
    """"Một số dự án … giải phóng mặt bằng chậm¹⁷", "Đẩy mạnh … tiến độ của các dự án trọng điểm¹⁶", the
    footnote listing them: each initiative the footnote names takes the status the sentence gives (the most
    telling one, if it gives several)."""
    for note, sentence in footnotes_pointed_at(doc, sentences):
        start = max(sentence.start, note.ref - _FOOTNOTE_REACH)
        found = next(((status, cue) for status, pattern in STATUS_RE
                      if (cue := pattern.search(doc.folded, start, note.ref))), None)
        if found is None or _WEAK.fullmatch(found[1].group()):
            continue  # "Tập trung …", "Tiếp tục …" before a footnote say too little of what it lists
        status, cue = found
        if status in ("approved", "procurement") and _submitted(doc.folded, start, cue.start()):
            status = "proposed"  # "trình Thủ tướng Chính phủ phê duyệt …²": submitted, as in the sentence itself
        for m in initiatives:
            if note.start <= m.start < note.end and (m.id, status) not in out:
                out[(m.id, status)] = Status(m.id, status, Mention(cue.start(), cue.end(),
                                                                   doc.text[cue.start():cue.end()]))


_WEAK = re.compile(r"tap\s+trung|tiep\s+tuc")
_FOOTNOTE_REACH = 160  # how far before its footnote mark a cue still speaks of what the footnote lists


# "Khởi công nhiều dự án … như: A; B; C." — one cue, then a list of the initiatives it applies to.
_LIST_INTRO = re.compile(r"\s(?:nh[uw][a-z]?|gom|bao\s+gom|nhu\s+sau|sau)\s*:")  # "… các dự án sau:"


def _distribute_over_lists(doc: Document, initiatives: list[Placed], out: dict) -> None:
    # Cues are looked for only in the stretch before each list's colon: scanning the whole report
    # for every status cost more than all the rest of status finding.
    windows: list[list[int]] = []
    for intro in _LIST_INTRO.finditer(doc.folded):
        start = max(0, intro.start() - _LIST_REACH - _LONGEST_CUE)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = intro.start()
        else:
            windows.append([start, intro.start()])
    given: dict[int, str] = {}  # list → the status it took: a more specific one first ("tạm dừng thực hiện … như:")
    for status, pattern in STATUS_RE:
        for window_start, window_end in windows:
            for cue in pattern.finditer(doc.folded, window_start, window_end):
                intro = _LIST_INTRO.search(doc.folded, cue.end(), min(len(doc.folded), cue.end() + _LIST_REACH))
                # the cue and the list's colon in one paragraph: a heading's words ("TÌNH HÌNH THỰC HIỆN …") are
                # no cue for the list of the paragraph after it
                if not intro or "." in doc.folded[cue.end():intro.start()] or \
                        doc.paragraph_end(cue.start()) < intro.end() or \
                        given.setdefault(intro.start(), status) != status:
                    continue
                # The list ends with its sentence, and never runs into the next paragraph (or footnote); but a
                # colon that ends its paragraph opens a list set out as paragraphs, each item headed by one initiative
                end = _SENTENCE_STOP.search(doc.folded, intro.end())
                para_end = doc.paragraph_end(intro.end() - 1)  # the colon's paragraph (it may be its last character)
                stop = min(end.start() if end else len(doc.folded), para_end)
                listed = [m for m in initiatives if intro.end() <= m.start < stop] \
                    if doc.folded[intro.end():para_end].strip() else _item_heads(doc, para_end, initiatives)
                for m in listed:
                    if (m.id, status) not in out:
                        out[(m.id, status)] = Status(m.id, status, Mention(cue.start(), m.end, doc.text[cue.start():m.end]))


# An item of a list set out as paragraphs: "1. …", "- …", "a) …", "(2) …"
_ITEM_HEAD = re.compile(rf"\s*(?:{ITEM_MARK}|\d{{1,2}}[.)])[ \t]+")
_MAX_ITEMS = 30


def _item_heads(doc: Document, after: int, initiatives: list[Placed]) -> list[Placed]:
    """The initiatives that open the items of a list whose paragraphs follow `after` ("… các dự án sau:" then
    "1. Dự án A: tổng mức đầu tư …", "2. Dự án B: …"), up to the first paragraph that is no such item."""
    by_start = {m.start: m for m in initiatives}
    heads: list[Placed] = []
    while len(heads) < _MAX_ITEMS and (mark := _ITEM_HEAD.match(doc.joined, after)) and mark.end() in by_start:
        heads.append(by_start[mark.end()])
        after = doc.paragraph_end(mark.end())
    return heads


_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")


_LIST_REACH = 140   # how far after its cue a list may begin
_LONGEST_CUE = 80   # longer than any status cue's match


def _nearest(folded: str, cue_start: int, cue_end: int, mentions: list[Placed],
             before_first: bool = False) -> Placed | None:
    """The initiative right after the cue (it governs it), else the closest one before it; for a figure, the
    one before it first."""
    after = [m for m in mentions if cue_start < m.start and m.start - cue_end <= WINDOW]  # "lập quy|hoạch …" too
    before = [m for m in mentions if 0 <= cue_start - m.end <= WINDOW or m.start <= cue_start < m.end]
    if after and not (before_first and before):
        return min(after, key=lambda m: m.start)
    if not before:
        return _item_head(folded, cue_start, mentions)
    closest = max(before, key=lambda m: m.end)
    # "Dự án X thuộc Chương trình Y, đảm bảo khởi công …": the sentence is about the part, not the whole (which
    # may be long enough to put the part out of the cue's window).
    return part_named_before(folded, mentions, closest)


_ITEM_MARK = re.compile(r"\(\d{1,2}\)\s*")
# "(2) ", "- ", "+ ", "a) ", "2. " right before the initiative (a dash, a plus, a letter or a number at a paragraph's
# start), or nothing before it at a paragraph's start ("Dự án X: đã bàn giao …; dự kiến …")
_ITEM_MARK_BEFORE = re.compile(r"(?:\(\d{1,2}\)|(?m:^)[ \t]*(?:[-+•]|[a-z]\)|\d{1,2}\.)?)\s*$")
# "…: ", maybe past "(giai đoạn 1)" or what the head goes on to say of itself ("… do Ban … làm chủ đầu tư, sử dụng
# vốn ngân sách tỉnh: …"; another initiative named there is no longer the head's, `_item_head` sees to that)
_COLON_AFTER = re.compile(r"\s*(?:\([^)]{0,60}\))?[^.;:()]{0,200}?:")
_ITEM_REACH = 600


def _item_head(folded: str, cue_start: int, mentions: list[Placed]) -> Placed | None:
    """"(2) Dự án X: đã hoàn thành …, dự kiến hoàn thành trong quý II/2024; (3) …": in an enumerated item the
    initiative that heads it is what every clause of the item is about, also when the head says what it is
    part of ("Dự án thành phần 1 thuộc Dự án Y: …")."""
    heads = []
    for m in mentions:
        if m.end > cue_start or cue_start - m.end > _ITEM_REACH or \
                not _ITEM_MARK_BEFORE.search(folded, max(0, m.start - 8), m.start):
            continue
        whole = next((w for w in mentions if w.start >= m.end and PART_OF_GAP.fullmatch(folded, m.end, w.start)), None)
        end = whole.end if whole else m.end
        if end <= cue_start and (colon := _COLON_AFTER.match(folded, end, cue_start)) and "\n\n" not in colon.group():
            heads.append((end, m))
    if not heads:
        return None
    end, head = max(heads, key=lambda h: h[0])
    between = folded[end:cue_start]
    if _ITEM_MARK.search(between) or "\n\n" in between or any(end < m.start < cue_start for m in mentions):
        return None
    return head


def _around_name(folded: str, cue_end: int, target: Placed, sentence_end: int) -> str:
    """The words after a planned cue that may give its date, without the name they are said of: "hoàn thành
    Quy hoạch chung thị trấn X đến năm 2040 trong quý IV/2024" aims at 2024-12, not at the planning's horizon."""
    until = min(sentence_end, max(cue_end, target.end) + 60)
    if target.start < cue_end:
        return folded[cue_end:until]
    return folded[cue_end:target.start] + " " + folded[target.end:until]


def _target_date(text: str) -> str | None:
    m = _TARGET.search(text)
    if not m:
        return None
    if m.group(4):
        return f"{m.group(4)}-12" if m.group(3) else m.group(4)
    n, year = m.group(1), m.group(2)
    if n.isdigit():
        month = int(n)
        if "quy" in m.group(0):
            month = 3 * month
        return f"{year}-{max(1, min(12, month)):02d}"
    return f"{year}-{3 * (quarter_number(n) or 1):02d}"
