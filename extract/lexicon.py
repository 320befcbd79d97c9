"""General Vietnamese lexicons for report extraction: cue words, agency patterns, funding vocabulary.

Everything here is written in the *folded OCR* space of `text.fold_ocr` (lower case, no
diacritics, look-alike symbols repaired) and tolerates the usual OCR damage of each cue
(ư read as "tr"/"ir"/"i", Đ read as P/B, ă read as i). Nothing here names a project,
document or place of any particular report: these are the words of the genre.
"""
from __future__ import annotations

import re

B = r"(?<![a-z0-9])"   # word start in folded text
E = r"(?![a-z0-9])"    # word end


def word_family(patterns: list[str], overlapping: bool = False) -> re.Pattern:
    """One regex for patterns that each start at a word (`B…`), the alternatives as groups g0, g1, …

    The word-start test runs once per position instead of once per pattern, which makes a scan about
    five times faster. Each group is an empty marker at the end of its alternative, not a group around it:
    the regex engine skips an alternative at its first letter only when that letter comes first, which
    makes the scan another two to four times faster. A match is the first pattern in list order that
    matches at the leftmost place, and ends at `match.end(match.lastgroup)`. With `overlapping` the match
    holds its first letter at most (the rest is looked ahead at), so a match may start inside another
    ("cửa khẩu X" inside "Khu kinh tế cửa khẩu X")."""
    bodies = []
    for pattern in patterns:
        if not pattern.startswith(B):
            raise ValueError(f"pattern does not start at a word: {pattern!r}")
        bodies.append(pattern[len(B):])
    led = [_letter_led(body) for body in bodies]
    if None not in led:
        # Each alternative opens on its letter, the word-start test after it (as `word_scan` does): the engine
        # passes over the positions whose letter opens none at C speed (the ministries' family: 31 → 13 ms
        # over 100 reports). A pattern that opens on a choice is one alternative per choice, each with a
        # marker of its own (g3, g3_1, …; `which` reads the 3).
        return re.compile(_by_first_letter([f"{alt}(?P<g{i}{f'_{k}' if k else ''}>)"
                                            for i, alts in enumerate(led) for k, alt in enumerate(alts)],
                                           ahead=overlapping))
    alternatives = "|".join(f"{body}(?P<g{i}>)" for i, body in enumerate(bodies))
    # The letters a match can start with, when they can be told: positions with another letter are passed
    # over at once (a scan of the funding family twice as fast).
    guard = _guard(set().union(*map(_first_letters, bodies))) if bodies else ""
    return re.compile(f"{guard}{B}(?={alternatives})" if overlapping else f"{guard}{B}(?:{alternatives})")


def _first_letters(pattern: str) -> set[str | None]:
    """The characters a match of `pattern` can start with, from its parse tree ({None} when it cannot tell:
    a class, a lookaround, an empty match)."""
    from re import _parser as parser  # the standard library's own parser (sre_parse before 3.11)

    def first(items) -> set[str | None]:
        out: set[str | None] = set()
        for op, arg in items:
            if op is parser.LITERAL:
                return out | {chr(arg)}
            if op is parser.IN and all(kind is parser.LITERAL for kind, _ in arg):
                return out | {chr(code) for _, code in arg}
            if op is parser.SUBPATTERN:
                inner = first(arg[-1])
            elif op is parser.BRANCH:
                inner = set().union(*(first(branch) for branch in arg[1]))
            elif op in (parser.MAX_REPEAT, parser.MIN_REPEAT):
                inner = first(arg[2])
                if arg[0] == 0:  # optional: what follows may come first as well
                    out |= inner - {""}
                    continue
            else:
                return out | {None}
            if "" in inner:  # it may match nothing: what follows may come first as well
                out |= inner - {""}
                continue
            return out | inner
        return out | {""}

    found = first(parser.parse(pattern))
    return {None} if "" in found else found


def word_scan(pattern: str) -> re.Pattern:
    """`pattern` compiled so that a search jumps from one occurrence of its first letter to the next: a
    leading word-start test (`B`) is moved after that letter ("k(?<![a-z0-9]k)ho…"), which makes a scan
    of a report about twenty times faster. A pattern that may open on several letters gets the guard a
    family gets ("(?=[dk])…"); one whose first letters cannot be told is compiled as it is."""
    body = pattern[len(B):]
    if not pattern.startswith(B):
        return re.compile(pattern)
    if (led := _letter_led(body)) is not None:
        return re.compile(_by_first_letter(led))
    return re.compile(_guard(_first_letters(body)) + pattern)


_QUANTIFIERS = ("?", "*", "+", "{")


def _opens_on_a_letter(body: str) -> bool:
    """Whether every match of `body` opens on its first character, a letter."""
    return body[:1].isalpha() and body[:1].isascii() and body[1:2] not in _QUANTIFIERS


def _letter_led(body: str, depth: int = 0) -> list[str] | None:
    """`body` as alternatives that each open on a letter, in the order the engine tries them, so that each can
    go letter first: "[dpb]ang" → "dang", "pang", "bang"; "(?:von\\s+)?ngan" → "von\\s+ngan", "ngan". None when
    that cannot be told, or would copy a capturing group (its number would change)."""
    if len(top := _top_level_choices(body)) > 1:  # "a…|b…": each choice on its own
        led = [_letter_led(choice_text, depth + 1) for choice_text in top]
        return None if None in led else [alt for alts in led for alt in alts]
    if _opens_on_a_letter(body):
        return [body]
    if depth > 8 or _CAPTURING.search(body):
        return None
    if body.startswith(("(?<!", "(?<=")) and (close := _closing_parenthesis(body)) is not None:
        # "(?<!phuong\\s)cham": the test before the letter is the same test, with the letter, after it
        if (led := _letter_led(body[close + 1:], depth + 1)) is None:
            return None
        return [f"{alt[0]}{body[:4]}(?:{body[4:close]}){alt[0]}){alt[1:]}" for alt in led]
    if choice := re.match(r"\[([a-z]+)\](\+|\{1,(\d)\})?", body):
        if body[choice.end():choice.end() + 1] in _QUANTIFIERS:
            return None
        # "[dpb]{1,2}ang": one of the letters, then what the repetition leaves ("[dpb]{0,1}ang")
        more = "" if not choice.group(2) else "*" if choice.group(2) == "+" else f"{{0,{int(choice.group(3)) - 1}}}"
        choices, rest = list(choice.group(1)), (f"[{choice.group(1)}]{more}" if more else "") + body[choice.end():]
    elif body.startswith("(?:") and (close := _closing_parenthesis(body)) is not None:
        choices, rest = _top_level_choices(body[3:close]), body[close + 1:]
        if rest[:1] == "?" and rest[1:2] not in ("?", "+"):
            choices, rest = choices + [""], rest[1:]  # an optional group: with it first, as the engine tries
        elif rest[:1] in _QUANTIFIERS:
            return None
    else:
        return None
    out: list[str] = []
    for choice_text in choices:
        if (more := _letter_led(choice_text + rest, depth + 1)) is None:
            return None
        out += more
    return out


# A capturing group, told from the pattern's text (compiling every piece to ask would slow the import);
# a "(" inside a class ("[(]") counts too, which only keeps a pattern as it is.
_CAPTURING = re.compile(r"(?<!\\)(?:\\\\)*\((?!\?)|\(\?P<")


def _structure(pattern: str):
    """Each character of `pattern` outside escapes and classes: its index, itself and the depth of groups
    it stands in (a "(" and a ")" at the depth outside them)."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        else:
            depth -= ch == ")"
            yield i, ch, depth
            depth += ch == "("
        i += 1


def _closing_parenthesis(pattern: str) -> int | None:
    """The index of the ")" that closes the group opening `pattern`."""
    return next((i for i, ch, depth in _structure(pattern) if ch == ")" and depth == 0), None)


def _top_level_choices(pattern: str) -> list[str]:
    """`pattern` split at its top-level "|"."""
    bars = [i for i, ch, depth in _structure(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *bars], [*bars, len(pattern)])]


def _by_first_letter(alternatives: list[str], ahead: bool = False) -> str:
    """Alternatives that each open on a letter, as one pattern of word-start patterns: each letter once, the
    word-start test after it, then what follows it in each alternative that opens on it, in their order
    ("k(?<![a-z0-9]k)(?:hu…|e…)|c(?<![a-z0-9]c)…"). Alternatives that open on different letters never match at
    one place, so grouping them by letter changes no match; the test then runs once a place, not once an
    alternative. With `ahead`, what follows the letter is looked ahead at, so that a match holds the letter alone."""
    by_letter: dict[str, list[str]] = {}
    for alternative in alternatives:
        by_letter.setdefault(alternative[0], []).append(alternative[1:])
    rest = "(?=" if ahead else "(?:"
    return "(?:" + "|".join(f"{letter}(?<![a-z0-9]{letter}){rest}{'|'.join(rests)})"
                            for letter, rests in by_letter.items()) + ")"


def _guard(firsts: set[str | None]) -> str:
    """A lookahead for the letters a match opens on; nothing when they cannot all be told."""
    return f"(?=[{''.join(sorted(firsts))}])" if firsts and None not in firsts else ""


def which(match: re.Match) -> int:
    """The index, in its family, of the pattern that made `match`."""
    return int(match.lastgroup[1:].partition("_")[0])

# Damaged spellings of frequent syllables, folded.
CUA = r"c(?:u|ư|tr|ir|ii|tii|ti|ur|i|t|a|w|u:)a"     # cửa
KHAU = r"kh[a-z]{0,1}[aeiu]?u"                    # khẩu
UW_FORMS = ("u", "w", "ir", "tr", "ii", "it", "ti", "ri")  # ư, also read as two letters ("tirong" tướng, "thirc" thức)
UW = f"(?:{'|'.join(UW_FORMS)})"
CHUA = rf"ch(?:{UW}|y)a"  # chưa ("chira", "chwa", "chya")
DUA = rf"[dpb]{UW}a"  # đưa ("dwa", "dira", "dtra")
THUC_HIEN = rf"th(?:{UW}|[uyw]{{1,2}})c\s+hi[ea]n"  # thực hiện ("thyc", "thyuc", "thuyc", "thirc hién")
KHOI_CONG = r"kh[oedg]i\s+c[oed]ng"  # khởi công ("khéi céng", "khdi cdng", "khgi cong": ơ, ô read as é, d or g)
VON = "v[oebd]n"  # "vốn", which OCR also reads "vén", "vbn"
# được ("dugc", "dwoc", "dirgc", "duge", "dyoc", "dtrdc"; ư read as i: "digc")
DUOC = rf"d(?:(?:{UW}|y)(?:o|g|e|d|og|oe)?[ce]|i[ogde]c)"
VUONG = rf"v(?:{UW}|y)[oegd6]ng"  # vướng (held up), as OCR also reads it ("viiong", "vitgng", "vyong")
CHAM = r"ch[ade]m"  # chậm, as OCR also reads its â ("chdm", "chém")
DUAN = rf"{B}d(?:{UW}|y|yu|ư|i)\s*['’]?\s+an{E}"  # dự án ("dy an", "di an": ư read as y or i)
DU_AN = rf"d(?:{UW}|y|i)\s+an"  # the words "dự án" inside a pattern ("dtr an", "di an"), folded
D = r"[dpb]"                                       # Đ read as D, P or B
CONG = r"c[oed6]ng"                                # công, cổng ("céng", "cdng", "c6ng": ô read as é, d or 6)
QUOC_LO = r"qu[a-z]{1,2}c\s+(?:l[oe]|16|l6)"       # Quốc lộ ("Quéc 16", "Quoc lé": OCR misreads lộ)
THUOC = r"thu[oaedg]c"                             # thuộc ("thudc", "thuéc", "thu¢c", "thugc")
# "… thuộc Dự án …": what follows names the project a thing belongs to (the match stops before the cue).
OF_A_PROJECT = re.compile(rf"{THUOC}\s+(?={DUAN})")

# Cue → (entity type, canonical Vietnamese cue). Order matters: longer cues first.
CUES: list[tuple[str, str, str]] = [
    (rf"{B}tieu\s+d(?:{UW}|y|yu)\s*['’]?\s+an{E}", "Project", "Tiểu dự án"),
    (DUAN, "Project", "Dự án"),
    (rf"{B}tuy[ea]n\s+(?:d[uw]{{1,2}}[oe]ng\s+)?cao\s+t[oe]c{E}", "Project", "Tuyến cao tốc"),
    (rf"{B}khu\s+{CONG}\s+nghi[ea]p{E}", "Project", "Khu công nghiệp"),
    (rf"{B}cum\s+{CONG}\s+nghi[ea]p{E}", "Project", "Cụm công nghiệp"),
    (rf"{B}khu\s+ch[ea]\s+xu[ea]t{E}", "Project", "Khu chế xuất"),
    (rf"{B}khu\s+tai\s+dinh\s+cu{E}", "Project", "Khu tái định cư"),
    (rf"{B}nha\s+may{E}", "Project", "Nhà máy"),
    (rf"{B}{CONG}\s+tr[il]nh{E}", "Project", "Công trình"),  # a named work: "Công trình cầu …"
    # Digital-government systems are built and rolled out as projects are.
    (rf"{B}n[eao]n\s+tang{E}", "Project", "Nền tảng"),
    (rf"{B}{CONG}\s+th[oed]ng\s+tin{E}", "Project", "Cổng thông tin"),
    (rf"{B}k[eaoc]{{1,2}}\s+h[oq]ach{E}", "Plan", "Kế hoạch"),
    (rf"{B}quy\s+h[oq]{{1,2}}ach{E}", "Planning", "Quy hoạch"),
    # "Chirong", "Chtrong", "Chiidng", "Chygng": ư read as one or two letters or y, ơ as o, e, d, g or 6
    (rf"{B}ch(?:{UW}|uw|y)[:]?[oedg6]ng\s+tr[il]nh{E}", "Program", "Chương trình"),
    (rf"{B}{D}[eao]\s+an{E}", "Scheme", "Đề án"),
    (rf"{B}nghi\s+quy[eao]t{E}", "Resolution", "Nghị quyết"),
    (rf"{B}quy[eao]t\s+d[ij]nh{E}", "Decision", "Quyết định"),
    (rf"{B}chi\s+th[il]{E}", "Directive", "Chỉ thị"),
    (rf"{B}lu[ae]t{E}", "Law", "Luật"),  # OCR "Luét"
    (rf"{B}nghi\s+dinh\s+thu{E}", "LegalDocument", "Nghị định thư"),
    (rf"{B}nghi\s+dinh{E}", "LegalDocument", "Nghị định"),
    (rf"{B}{CONG}\s+v[aie]n{E}", "LegalDocument", "Công văn"),
    (rf"{B}th[oed]ng\s+t[uw]{E}", "LegalDocument", "Thông tư"),
    (rf"{B}k[eao]t\s+lu[a]n{E}", "LegalDocument", "Kết luận"),
    (rf"{B}{CONG}\s+di[ea]n{E}", "LegalDocument", "Công điện"),
    (rf"{B}hi[ea]p\s+dinh{E}", "LegalDocument", "Hiệp định"),
    (rf"{B}chi[ea]n\s+l[uw][uwoegq]{{0,2}}c{E}", "LegalDocument", "Chiến lược"),  # OCR "lugc", "lwoc"
    (rf"{B}quy\s+ch[ea]{E}", "LegalDocument", "Quy chế"),
    (rf"{B}b[oộ]\s+tieu\s+chi{E}", "LegalDocument", "Bộ tiêu chí"),
    (rf"{B}th[oa][ao]\s+thu[a]n{E}", "LegalDocument", "Thỏa thuận"),
    (rf"{B}h[uw][oe]ng\s+dan{E}", "LegalDocument", "Hướng dẫn"),
]
CUE_RE = word_family([p for p, _, _ in CUES])

# Kinds of work a province builds, by their folded head words (Đ also read as P or B, ư as OCR reads it):
# an item of a list of projects ("…; cầu Bắc Hà; trường …") or a capitalised subject whose building a
# sentence reports ("Bệnh viện … đã hoàn thành") names a project with no cue word.
WORK_KINDS = [
    rf"[dpb]{UW}{{1,2}}[oe]?ng\s+(?:giao\s+thong|tinh|huyen|noi|ket\s+noi|ven|tranh|vanh\s+dai|cao\s+toc)",
    r"tuyen\s+[dpb][uw]{1,2}[oe]?ng", "cau", "ke", r"ho\s+chua", r"nha\s+may", rf"tr{UW}[oe]?ng",
    r"benh\s+vien", r"tru\s+so", "tram", r"trung\s+tam", r"nha\s+(?:van\s+hoa|thi\s+dau|khach)", "cang",
    r"san\s+van\s+dong", r"ben\s+xe", r"khu\s+(?:do\s+thi|du\s+lich|dan\s+cu)", r"ky\s+tuc\s+xa", r"cong\s+vien",
    rf"quang\s+tr{UW}[oe]?ng", r"thuy\s+dien",
]
# The same kinds of work as they are spelt, and the words reports use of a work's progress and of what holds
# it up: the genre's own vocabulary, which restoration learns beside running text (`genre_phrases`).
WORK_LABELS = [
    "đường giao thông", "đường tỉnh", "đường huyện", "đường nối", "đường kết nối", "đường ven", "đường tránh",
    "đường vành đai", "đường cao tốc", "tuyến đường", "cầu", "kè", "hồ chứa nước", "nhà máy", "trường học",
    "bệnh viện", "trụ sở", "trạm y tế", "trung tâm", "nhà văn hóa", "nhà thi đấu", "nhà khách", "cảng",
    "sân vận động", "bến xe", "khu đô thị mới", "khu du lịch", "khu dân cư", "ký túc xá", "công viên",
    "quảng trường", "thủy điện", "quốc lộ", "tỉnh lộ", "hạ tầng kỹ thuật", "cơ sở hạ tầng",
    "khu đô thị", "hạ tầng đô thị", "phát triển đô thị", "chỉnh trang đô thị", "nhà ở xã hội",
]
# The sixty names of lunar years ("Giáp Thìn", "Bính Ngọ"), a heavenly stem and an earthly branch of the same
# parity, as reports name a Tết: "Tết Nguyên đán Bính Ngọ", "Xuân Bính Ngọ".
_STEMS = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"]
_BRANCHES = ["tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"]
LUNAR_YEARS = [f"{stem} {branch}" for i, stem in enumerate(_STEMS) for j, branch in enumerate(_BRANCHES) if i % 2 == j % 2]
TET_PHRASES = [f"tết nguyên đán {year}" for year in LUNAR_YEARS] + [f"xuân {year}" for year in LUNAR_YEARS]
# How a stretch of road is named ("Quốc lộ 1 đoạn từ A đến B", "ĐT.846 đoạn qua huyện X"): a road's number,
# then its stretch (a number stands for any number in the restoration model).
ROAD_STRETCHES = ["quốc lộ 1 đoạn từ", "đường tỉnh 1 đoạn qua", "tỉnh lộ 1 đoạn", "đường huyện 1 đoạn",
                  "đoạn qua địa bàn", "đoạn tuyến", "đoạn từ km 1 đến km 2"]
PROGRESS_PHRASES = [
    "chuẩn bị đầu tư", "phê duyệt chủ trương đầu tư", "lựa chọn nhà thầu", "lựa chọn nhà đầu tư", "đấu thầu",
    "khởi công", "thi công", "đang thi công", "đã hoàn thành", "hoàn thành và đưa vào sử dụng", "đưa vào vận hành",
    "khánh thành", "thông xe", "tạm dừng thi công", "chậm tiến độ", "đẩy nhanh tiến độ", "bàn giao mặt bằng",
    "giải phóng mặt bằng", "bồi thường, hỗ trợ, tái định cư", "vướng mắc", "khó khăn", "giải ngân vốn đầu tư công",
    "kế hoạch vốn", "tổng mức đầu tư", "chủ đầu tư", "nhà thầu", "phấn đấu", "dự kiến", "từ nay đến năm",
    "chưa được bố trí vốn", "bố trí kinh phí", "làm chậm tiến độ", "ảnh hưởng đến tiến độ", "đạt thấp",
    "thiếu năng lực",
]


def genre_phrases() -> list[str]:
    """Every phrase the lexicon spells out: cue words, agencies, funding, places, works, progress."""
    from .labels import ABBREVIATIONS  # spelt-out abbreviations ("giải phóng mặt bằng"); labels imports this module

    return [*(label for _, _, label in CUES), *ORG_LABELS, *(f"Bộ {m}" for m in MINISTRIES),
            *(f"Sở {d}" for d in DEPARTMENTS), *FUNDING_LABELS, *PLACE_LABELS, *WORK_LABELS, *ROAD_STRETCHES,
            # a project named by its work ("Dự án Trung tâm Y tế …"): the pair of the cue and the work's first word
            *sorted({f"dự án {work.split()[0]}" for work in WORK_LABELS}),
            *PROGRESS_PHRASES, *TET_PHRASES,
            *ABBREVIATIONS.values()]


# A kind of work at a word's start: the head of a list item or of a clause.
WORK_RE = re.compile(rf"(?<![a-z])(?:{'|'.join(WORK_KINDS)})(?![a-z])")

# Types whose cue is also an everyday noun/verb ("kế hoạch" = target, "quyết định" = decide):
# they need a capitalised cue, a number, or a specific name to count as an entity.
WEAK_CUES = {"Plan", "Decision", "Directive", "Law", "LegalDocument", "Resolution", "Project", "Planning",
             "Program", "Scheme"}

# Words that open a new clause: a name never runs across them.
# Words that open a new clause after a name, by folded form, with the spellings that do so in clean text
# (folding merges "đã" with "đa", "tạo" stays apart from "tại" only with its accents).
CLAUSE_OPENERS: dict[str, set[str]] = {
    "da": {"đã"}, "dang": {"đang"}, "duoc": {"được"}, "dat": {"đạt"}, "nham": {"nhằm"}, "de": {"để"},
    "nhu": {"như"}, "la": {"là"}, "gom": {"gồm"}, "thi": {"thì"}, "can": {"cần"}, "chua": {"chưa"},
    "tiep": {"tiếp"}, "dong": {"đồng", "đóng"}, "khong": {"không"}, "se": {"sẽ"}, "bi": {"bị"}, "con": {"còn"},
    "tuy": {"tuy"}, "nhung": {"nhưng"}, "neu": {"nếu"}, "vi": {"vì"}, "do": {"do"}, "theo": {"theo"},
    "trong": {"trong"}, "tai": {"tại"}, "voi": {"với"}, "cho": {"cho"}, "tu": {"từ"}, "den": {"đến"},
    "ve": {"về"}, "sau": {"sau"}, "truoc": {"trước"}, "bang": {"bằng"}, "qua": {"qua"}, "tren": {"trên"},
    "cua": {"của"}, "va": {"và"}, "hoac": {"hoặc"}, "kip": {"kịp"}, "phai": {"phải"}, "dam": {"đảm"},
    "tang": {"tăng"}, "giam": {"giảm"}, "uoc": {"ước"}, "vuot": {"vượt"}, "moi": {"mới", "mọi"},
    "cac": {"các"}, "nhieu": {"nhiều"}, "mot": {"một"}, "so": {"số"}, "ngay": {"ngày", "ngay"}, "thang": {"tháng"},
    "khi": {"khi"},  # "… (đoạn A - B) khi đủ điều kiện"
    "cham": {"chậm"}, "chdm": {"chậm"}, "chem": {"chậm"},  # OCR reads â as d or é
    # OCR spellings of "được" (in damaged text the spelling check does not apply)
    "dugc": {"được"}, "duge": {"được"}, "dwoc": {"được"}, "dirge": {"được"}, "duogc": {"được"}, "dugce": {"được"},
    # and with ư read as two letters, a w or a y ("diroc", "dtrgc", "diréc", "dyéc"), ợ as o, g, e or d
    **{f"d{u}{o}c": {"được"} for u in (*UW_FORMS[1:], "y", "i") for o in ("o", "g", "e", "d")},
    **{f"ch{u}a": {"chưa"} for u in (*UW_FORMS[1:], "y")},  # chưa ("chira", "chtra", "chya")
}
# Openers that a name may nevertheless run across when what follows still belongs to it.
NAME_LINKS = {
    # … trên địa bàn tỉnh X; where a work is built: "… cầu trên đường giao thông nông thôn", "… trên tuyến biên giới"
    "tren": rf"tren\s+(?:dia\s+ban|(?:cac\s+)?(?:d[uw][a-z]{{0,2}}ng|tuyen|song|suoi|bien\s+gioi|{QUOC_LO}|ql)(?![a-z]))",
    # "Kế hoạch sử dụng đất năm 2024 của 11 huyện, thành phố", "… một số nội dung của Quy định …"
    # "… chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm …": whose organisation a title sets
    "cua": r"(?<=co\scau\sto\schuc\s)cua\s+[a-z]|cua\s+(?:tinh|huyen|thanh\s+pho|ubnd|hdnd|ban|hoi\s+nghi|chinh\s+phu|thu\s+tuong|quoc\s+hoi|bo|so|c[ae]c\s+huyen|"
           r"\d+\s+huyen|quy\s+(?:dinh|trinh|che)\s|phap\s+luat|"
           r"[dp]ang(?![a-z]))",  # "Nghị quyết Đại hội … lần thứ XIII của Đảng" (OCR "Pang")
    # "và" joins two words of one name, but not two names ("cụm công nghiệp A và cụm công nghiệp B").
    # A project's resettlement area is built with it: "Dự án Đường tránh … và khu tái định cư …".
    "va": r"va\s+(?:(?=khu\s+tai\s+dinh\s+cu)|(?!(?:cac|nhung|mot|da|dang|duoc|tiep|dong|tap|cum|khu|d[uy]\s+an|de\s+an|"
          r"ke\s+hoach|chuong\s+trinh|quy\s+hoach|nghi\s+quyet|quyet\s+dinh|chi\s+thi|luat|tuyen|cao\s+t[oe]c|"
          r"duong\s+cao)\b))[a-z]",
    # … đến năm 2045 (OCR "nim", "ndm"), "… đến dưới 12 tuổi"; a road's far end: "đường nối Quốc lộ 4E đến Quốc lộ 70"
    "den": rf"den\s+(?:(?:n[a-z]{{1,2}}m\s+|(?:d[uw][a-z]{{0,2}}i|tren)\s+)?\d(?![\d.,]*\s*%)|(?:{QUOC_LO}|ql|[dpb]uong\s+(?:tinh|cao\s+toc)|dt|"
           r"cao\s+toc|cua\s+khau|cang|ga|khu\s+cong\s+nghiep|km(?=\s*\d)|"
           r"xa|phuong|thi\s+tran|thi\s+xa|nga\s+(?:ba|tu)|ranh\s+gioi)(?![a-z]))",  # "… đoạn từ A đến xã B"
    # … đoạn từ Km12, "trẻ em từ 05 đến …"; a road's stretch from one place to another ("đoạn từ thị trấn A đến …")
    "tu": r"tu\s+(?:km|nay|\d+\s+(?:den|toi)\s)|(?<=doan\s)tu\s+(?=(?:[a-z0-9]+\s+){1,6}den\s)",
    "ve": r"ve\s+(?!viec\s+[a-z]+\s+(?:da|dang))",  # Nghị quyết về …
    # "gắn với xây dựng …"; a road that joins two others: "đường nối Quốc lộ 32C với cao tốc …"
    # "… thích ứng với biến đổi khí hậu"
    # "… nối Cảng hàng không A với Khu kinh tế B": the far end of a link road
    "voi": r"voi\s+(?:xay|phat|ql|quoc|cao\s+toc|d[uw]{1,2}[oe]ng|tuyen|cang|cua\s+khau|bien\s+doi|san\s+bay|"
           r"khu\s+(?:kinh\s+te|cong\s+nghiep|che\s+xuat|do\s+thi|du\s+lich))",
    "theo": r"theo\s+(?=(?:quyet\s+dinh|nghi\s+quyet)\s+(?:so\s+)?\d)",  # tái cơ cấu … theo Quyết định (số) 165/…
    "cho": r"cho\s+(?:cap|hdnd|cac\s+huyen|nguoi|tre|tro\s+em|hoc)",  # OCR "tr¢ em" (trẻ em)
    "tai": r"tai\s+(?:duong|khu|cua|xa|huyen|viet\s+nam)",
    "trong": r"trong\s+(?:tinh\s+hinh|thoi\s+ky|giai\s+doan|hoat\s+dong)",
    "khi": r"khi\s+nha\s+n[uw][a-z]{0,2}c(?![a-z])",  # "… tái định cư khi Nhà nước thu hồi đất"
    "ngay": r"ngay\s+\d",
    "so": r"so\s+\d",
    "se": r"se\s+\d",  # "số" as OCR reads it ("Nghi quyét sé 02/NQ-CP"): "sẽ" is never followed by a number
    # "chấp hành các quy định của pháp luật", "Đại hội thi đua yêu nước các cấp"
    "cac": r"cac\s+(?:chuong|san|xa|phuong|thi\s+tran|huyen|tinh|co\s+quan|quy\s+dinh\s+cua|c[ae]p(?![a-z]))",  # "kết nối các tỉnh"
}
# Nouns that official names pair across a comma ("nhiệm vụ, giải pháp chủ yếu …", "cơ chế, chính sách đặc
# thù …", "chỉ đạo, điều hành …"): between two of them a comma goes on with the name.
PAIRED_NOUNS = {
    "nhiem vu", "giai phap", "muc tieu", "co che", "chinh sach", "chuc nang", "quyen han", "chi dao", "dieu hanh",
    "dao tao", "boi duong", "tap huan", "bao ton", "phat huy", "quan ly", "khai thac", "bao tri", "kiem tra",
    "giam sat", "thanh tra", "cai tao", "nang cap", "sua chua", "tu bo", "phuc hoi", "ho tro", "khuyen khich",
    "bao quan", "sua doi", "bo sung", "bai bo",  # "bảo quản, tu bổ …", "sửa đổi, bổ sung, bãi bỏ …" (legal titles)
    "dinh cu", "dan cu",  # "khu tái định cư, dân cư …"
    "an toan", "hieu qua",  # "Kế hoạch mở cửa an toàn, hiệu quả đón khách …"
    "tich hop", "chia se", "ket noi",  # "Nền tảng tích hợp, chia sẻ dữ liệu", "kết nối, chia sẻ …"
}

# Two-word openers that end a name even though neither word alone does.
CLAUSE_BIGRAMS = {"hien nay", "hien tai", "hien dang", "tuy nhien", "trong do", "dong thoi", "tiep tuc", "ngay sau",
                  "thay the",  # "Nghị quyết mới thay thế Nghị quyết số …": what replaces is not part of the name
                  # the period a report covers follows the plan's name, it is not part of it: "… quý I", "… 9 tháng"
                  "quy i", "quy ii", "quy iii", "quy iv", "3 thang", "6 thang", "9 thang",
                  # what became of it: "Nhà máy thủy điện X phát điện thương mại", "… đi vào hoạt động"
                  "phat dien", "khai truong", "di vao",
                  "khanh thanh",  # "… khánh thành ngày …"; "Nhà máy nước X đưa vào vận hành" (ư as OCR reads it)
                  *(f"d{u}a vao" for u in UW_FORMS),
                  "vao danh",  # "Bổ sung Dự án X vào danh mục …"
                  "dau tien",  # "triển khai Nền tảng cửa khẩu số đầu tiên trên toàn quốc": the first, not the name
                  "hang nam",  # "Chương trình tiêm chủng mở rộng hàng năm luôn đạt …": every year, what it does
                  # what is expected of it: "Dự án cầu A dự kiến hoàn thành …" (OCR "dii kién", "dy kian")
                  *(f"d{u} {kien}" for u in (*UW_FORMS, "y") for kien in ("kien", "kian")),
                  # stopped: "Dự án Thủy điện X tạm dừng thi công …", ư also as OCR reads it ("tam dirng")
                  *(pair for u in UW_FORMS for pair in (f"tam d{u}ng", f"tam ng{u}ng", f"d{u}ng thi", f"ng{u}ng thi",
                                                        f"d{u}ng trien", f"ng{u}ng trien"))}
# "ngân sách" as OCR also reads it ("ngén sach", "nha nudc")
NGAN_SACH = r"ng[ae]n\s+s[ae]ch"
# Verbs that open a clause only before what they are said of: "… nông thôn bảo đảm hoàn thành chỉ tiêu …",
# but "Đề án bảo đảm an ninh …" is a name.
# What a named thing aims at: "Dự án cầu A phấn đấu khởi công …" (OCR "phén d4u"); but "Kế hoạch phấn đấu đạt
# chuẩn …" is a plan's name, right after its cue.
AIM_BIGRAMS = {"phan dau", "phen dau"}
CLAUSE_PHRASES = re.compile(r"[bdp]a[oe]\s+[dpb]am\s+(?:hoan\s+thanh|tien\s+do|chat\s+luong|dung\s+(?:tien|quy|ke)|"
                            r"yeu\s+cau|theo\s+(?:dung|ke|tien|quy))(?![a-z])|"
                            # what it is paid from: "Dự án cầu A sử dụng vốn ngân sách trung ương …"
                            rf"s(?:{UW}|i|y)\s+dung\s+(?:nguon\s+)?(?:{VON}|{NGAN_SACH})(?![a-z])|"  # OCR "sir dung", "si dung", "sy dung"
                            # how it is financed: "Dự án Cảng hàng không X đầu tư theo phương thức PPP"
                            rf"[dpb]a[a-z]?u\s+t{UW}\s+theo\s+(?:ph[a-z]{{1,3}}ng|h[il]nh)\s+th[a-z]{{1,2}}c(?![a-z])|"
                            # submitted: "… Đề án X trình Thủ tướng Chính phủ" (OCR "trinh Thi tuéng"), "… trình
                            # HĐND tỉnh", "… trình cấp có thẩm quyền"; not "Chương trình Chính phủ điện tử"
                            rf"(?<!ch[uw]ong\s)trinh\s+(?:th[a-z]{{1,2}}\s+t{UW}[a-z]{{1,3}}ng|chinh\s+phu|hoi\s+dong|"
                            rf"ubnd|h[dp]nd|bo\s|cap\s+co)|"
                            # what it serves as: "… quy hoạch chi tiết khu đô thị mới làm cơ sở pháp lý cho …"
                            r"lam\s+c[oa]\s+s[a-z]?\s+(?:phap|de|cho)(?![a-z])|"
                            # what it paid out: "Chương trình A giải ngân 412 tỷ đồng", "… giải ngân được 48%",
                            # "… giải ngân đạt 51%", "… giải ngân chậm"; not "Kế hoạch giải ngân vốn …", whose name it is
                            rf"giai\s+ngan\s+(?:\d|{DUOC}(?![a-z])|[dpb][ae]t(?![a-z])|{CHAM}(?![a-z]))|"
                            # how it went: "… Chương trình A hoàn thành đúng thời gian" (OCR "dtng", "ding")
                            r"d(?:u|t|i|ti)ng\s+(?:thoi\s+gian|tien\s+do|thoi\s+han|han)(?![a-z])")
# After a comma a name goes on only into these (", tỉnh X", ", giai đoạn …", ", tầm nhìn …").
# ", kiểm tra năm 2024" in "Kế hoạch thanh tra, kiểm tra năm 2024": a pair of nouns the year closes.
COMMA_CONTINUATIONS = re.compile(
    r",\s*(?:tinh|huyen|xa|thanh\s+ph[oe]|thi\s+tran|doan|giai\s+doan|t[a-z]m\s+nhin|nhiem\s+ky|ty\s+le|"
    r"dinh\s+h[a-z]{1,3}ng|"  # OCR: "tdm nhìn", "thành phé", "định hudng", "định hi6ng"
    r"cai\s+tao|nang\s+c[ae]p|m[oe6gd]\s+r[oe6d]ng|sua\s+chua|hoan\s+thien|chinh\s+trang|ket\s+n[oe]i|phien\s+ban|"
    r"nao\s+vet|gia\s+c[oed]|chinh\s+tri\s+song|"  # river works: "Dự án Nạo vét, gia cố bờ sông A"
    r"ql|quoc\s+lo|km|dt\.?\s*\d+|[a-z]+(?:\s+[a-z]+)?\s+nam\s+(?:19|20)\d\d|"
    # sectors that share their head word: "phát triển nông, lâm nghiệp", "nông, lâm, ngư nghiệp"
    r"(?:(?:lam|ngu|nong|cong)\s*,\s*)*(?:lam|ngu|nong|cong)\s+nghiep)" + E
)

# The plans a province makes every year, as the words after "Kế hoạch" (folded, as OCR also spells them).
ANNUAL = (r"ph[a-z]{1,2}t\s+tri[a-z]{1,2}n\s+(?:kinh\s+t[a-z]\s*-\s*x[a-z]\s+h[a-z]{1,2}i|kt\s*-\s*xh)"
          r"|(?:v[oe]n\s+)?[dpb][a-z]u\s+t[a-z]{1,2}\s+c[a-z]ng")

# Generic heads that make a candidate non-specific ("các dự án trọng điểm").
GENERIC_TAILS = re.compile(
    rf"^(?:trong\s+diem|chuyen\s+tiep|khoi\s+cong\s+moi|dau\s+tu\s+cong|nay|tren|do|khac|da|dang|"
    rf"lien\s+quan|thanh\s+phan|cua\s+|nam\s+nay|hang\s+nam|de\s+ra|giao|tinh|von|su\s+dung\s+von|"
    rf"cap\s+bach|quan\s+trong|trung\s+han|dau\s+tu|nhom|thuoc|ngoai\s+ngan\s+sach|vi\s+pham|"
    rf"cham\s+tien\s+do|dieu\s+chinh|moi|so|muc\s+tieu(?!\s+qu[a-z]{{1,3}}c\s+gia)|hanh\s+dong|tong\s+the(?=\s*$)|"
    rf"ph[uiw]\s+h[o6e]p|"  # "thực hiện Kế hoạch phù hợp với yêu cầu …" (OCR "phi hop"): how, not which
    rf"l[uy]a\s+ch[oe]n\s+nha\s+th[ae]u){E}"  # "kế hoạch lựa chọn nhà thầu": a procurement plan, every project has one
)

# "Chương trình" of a meeting, a visit or a school year is an agenda or a curriculum, not a program:
# "Chương trình làm việc", "… hoạt động", "… đối thoại" (OCR "ddi thoai"), "… Gặp gỡ đầu Xuân" (OCR "Gap 9o"),
# "… năm học". ("Chương trình công tác đối ngoại năm 2024" is a year's programme of work, and stays.)
AGENDA = re.compile(
    r"^(?:lam\s+viec|hoat\s+dong|d{1,2}[oa]?i\s+thoai|g[aeiud]p\s+[g9]|giao\s+luu|hoi\s+nghi|nam\s+hoc|nghe\s+thuat|"
    r"van\s+nghe|ky\s+niem|tiep\s+xuc|hop(?![a-z]))"
)

ORG_PATTERNS: list[tuple[str, str]] = [
    # (folded pattern, canonical label); {P} is filled with the report's province when known.
    # OCR: "Thudng" (ư read u, ơ read d), "Tinh ty", "Tinh Gy" (Ủ read G)
    (rf"{B}ban\s+th{UW}{{1,2}}[oed6]ng\s+v[uy]\s+tinh\s+[uoatg]y{E}", "Ban Thường vụ Tỉnh ủy"),  # "Thtr6ng"
    (rf"{B}ban\s+ch[a-z]p\s+hanh\s+{D}{{1,2}}ang\s+b[o6]?\s+tinh{E}", "Ban Chấp hành Đảng bộ tỉnh"),  # "Chip", "b"
    (rf"{B}ban\s+chap\s+hanh\s+trung\s+[uw]{{1,2}}[oe]ng\s+{D}ang(?:\s+khoa\s+[xivl]+)?{E}",
     "Ban Chấp hành Trung ương Đảng"),
    (rf"{B}ban\s+tuyen\s+giao\s+tinh\s+[uoat]y{E}", "Ban Tuyên giáo Tỉnh ủy"),
    (rf"{B}b[o6]?\s+chinh\s+tri{E}", "Bộ Chính trị"),  # OCR reads ô as 6 ("B6 Chinh tri") or loses it ("B Chinh tri")
    (rf"{B}th[a-z]{{0,2}}\s+t{UW}[oe]ng\s+ch[il]nh\s+ph[a-z]{{1,2}}{E}", "Thủ tướng Chính phủ"),
    (rf"{B}thanh\s+tra\s+ch[il]nh\s+ph[a-z]{{1,2}}{E}", "Thanh tra Chính phủ"),
    (rf"{B}ch[il]nh\s+ph(?:u|ii|a|u\.){E}", "Chính phủ"),
    (rf"{B}qu[a-z]{{1,3}}c\s+h[oe]i{E}", "Quốc hội"),
    (rf"{B}(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+tinh{E}", "UBND tỉnh"),
    (rf"{B}(?:h{D}{{1,2}}nd|hoi\s+dong\s+nhan\s+dan)\s+tinh{E}", "HĐND tỉnh"),
    (rf"{B}tinh\s+[uoatg]y{E}", "Tỉnh ủy"),
    (rf"{B}{D}{{1,2}}ang\s+cong\s+san\s+viet\s+nam{E}", "Đảng Cộng sản Việt Nam"),
]
ORG_RE = word_family([p for p, _ in ORG_PATTERNS])
ORG_LABELS = [label for _, label in ORG_PATTERNS]

# National ministries (a closed, general list): "Bộ" + one of these heads.
MINISTRIES = [
    "Tài chính", "Xây dựng", "Quốc phòng", "Công an", "Ngoại giao", "Tư pháp", "Công Thương",
    "Kế hoạch và Đầu tư", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường",
    "Giao thông vận tải", "Tài nguyên và Môi trường", "Y tế", "Giáo dục và Đào tạo", "Nội vụ",
    "Văn hóa, Thể thao và Du lịch", "Lao động - Thương binh và Xã hội", "Thông tin và Truyền thông",
    "Khoa học và Công nghệ", "Dân tộc và Tôn giáo",
]

# A province's departments (a closed, general list): "Sở" + the domain, as the ministries name theirs.
DEPARTMENTS = [
    "Tài chính", "Xây dựng", "Tư pháp", "Công Thương", "Kế hoạch và Đầu tư", "Nông nghiệp và Phát triển nông thôn",
    "Nông nghiệp và Môi trường", "Giao thông vận tải", "Tài nguyên và Môi trường", "Y tế", "Giáo dục và Đào tạo",
    "Nội vụ", "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao", "Du lịch", "Lao động - Thương binh và Xã hội",
    "Thông tin và Truyền thông", "Khoa học và Công nghệ", "Ngoại vụ", "Dân tộc và Tôn giáo",
]

# Funding vocabulary (general): pattern → canonical label.
THUC = rf"th(?:{UW}|y|i|[uwa][a-z]?)c"  # "thức" of "hình thức", as OCR also reads it ("thirc", "thyc", "thic", "thugc", "thac")
HOP_DONG = r"h[o6e]p\s+[dpb][o6e]ng"  # "hợp đồng", as OCR also reads it ("h6p déng": ô and ơ read as 6 or é)
FUNDING_PATTERNS: list[tuple[str, str]] = [
    (rf"{B}(?:theo\s+)?h[il]nh\s+{THUC}\s+(?:{HOP_DONG}\s+)?bot(?:\s*\(ppp\))?{E}", "hình thức BOT (PPP)"),
    # "loại hợp đồng BOT" names the same kind of funding as "hình thức BOT"
    (rf"{B}(?:loai\s+)?{HOP_DONG}\s+bot{E}", "hình thức BOT (PPP)"),
    # "theo phương thức đối tác công tư (PPP)", "theo hình thức PPP"
    (rf"{B}(?:theo\s+)?(?:ph{UW}{{1,2}}[o6e]ng|h[il]nh)\s+{THUC}\s+(?:[dpb][o6de]i\s+tac\s+c[o6]ng\s+t{UW}(?:\s*\(ppp\))?|ppp){E}",
     "phương thức PPP"),
    # the other contracts of a public-private partnership: build-transfer, build-transfer-operate, build-own-operate
    *((rf"{B}(?:theo\s+)?h[il]nh\s+{THUC}\s+(?:{HOP_DONG}\s+)?{code}{E}", f"hình thức {code.upper()}")
      for code in ("bt", "bto", "boo")),
    # "ương" as OCR also reads it ("iréng", "iigng", "phiidng": ư as two letters, ơ as é, g or d)
    # its reserve ("dự phòng ngân sách trung ương") pays as it does
    (rf"{B}(?:{VON}\s+|nguon\s+)?(?:{VON}\s+)?(?:d(?:{UW}|y)\s+phong\s+)?{NGAN_SACH}\s+trung\s+(?:{UW}|y){{1,2}}[o6edg]ng{E}",
     "ngân sách trung ương"),
    (rf"{B}(?:{VON}\s+|nguon\s+)?{NGAN_SACH}\s+dia\s+ph{UW}{{1,2}}[o6edg]ng{E}", "ngân sách địa phương"),
    (rf"{B}(?:{VON}|nguon\s+{VON})\s+{NGAN_SACH}\s+nha\s+n[uw][oed]?c{E}", "ngân sách nhà nước"),
    (rf"{B}(?:tu\s+)?{NGAN_SACH}\s+tinh{E}", "ngân sách tỉnh"),
    # a city's budget (a centrally-run city's, or a provincial city's), a district's
    (rf"{B}(?:{VON}\s+|nguon\s+|tu\s+)?{NGAN_SACH}\s+thanh\s+ph[oe]{E}", "ngân sách thành phố"),
    (rf"{B}(?:{VON}\s+|nguon\s+|tu\s+)?{NGAN_SACH}\s+(?:cap\s+)?huyen{E}", "ngân sách huyện"),
    (rf"{B}(?:{VON}\s+)?nstw{E}", "ngân sách trung ương"),
    (rf"{B}(?:{VON}\s+)?ns{D}p{E}", "ngân sách địa phương"),
    (rf"{B}(?:nguon\s+)?{VON}\s+(?:vay\s+)?oda{E}", "vốn ODA"),
    (rf"{B}{VON}\s+vay(?:\s+uu\s+dai)?{E}", "vốn vay"),
    (rf"{B}{VON}\s+su\s+nghiep{E}", "vốn sự nghiệp"),
    (rf"{B}{VON}\s+[dpb]oi\s+[uw]ng{E}", "vốn đối ứng"),  # the province's counterpart share of a loan-funded project
    (rf"{B}(?:{VON}\s+)?trai\s+phieu\s+chinh\s+phu{E}", "vốn trái phiếu Chính phủ"),
    (rf"{B}(?:nguon\s+)?{VON}\s+xa\s+hoi\s+hoa{E}", "nguồn vốn xã hội hóa"),
    (rf"{B}{VON}\s+dau\s+tu\s+tu\s+nguon\s+thu\s+xo\s+so\s+kien\s+thiet{E}", "vốn đầu tư từ nguồn thu xổ số kiến thiết"),
    (rf"{B}{VON}\s+dau\s+tu\s+tu\s+nguon\s+thu\s+su\s+dung\s+dat{E}", "vốn đầu tư từ nguồn thu sử dụng đất"),
    (rf"{B}{VON}\s+dau\s+tu\s+trong\s+can\s+doi\s+theo\s+tieu\s+chi{E}", "vốn đầu tư trong cân đối theo tiêu chí"),
]
FUNDING_RE = word_family([p for p, _ in FUNDING_PATTERNS])
FUNDING_LABELS = [label for _, label in FUNDING_PATTERNS]

# The unit words a place's name follows in a label, as labels spell them ("huyện Bắc Hà", "thị trấn Na Sầm");
# "tỉnh" aside, which `admin_units` does not respell and `same_name` adds.
LABEL_UNIT_WORDS = ("huyện", "quận", "thị xã", "thành phố", "thị trấn", "xã", "phường")

# Administrative and border places: a unit word followed by a capitalised name.
PLACE_UNITS = [
    (rf"{B}huy[ea]n{E}", "huyện"),
    (rf"{B}thanh\s+ph[oaed]{E}", "thành phố"),   # OCR reads ố as "d" or "é"
    (rf"{B}thi\s+tr[a]n{E}", "thị trấn"),
    (rf"{B}thi\s+x[a]{E}", "thị xã"),
    (rf"{B}(?:x[a]){E}", "xã"),
    (rf"{B}ph[uw]{{1,2}}[oe]ng{E}", "phường"),
    (rf"{B}{CUA}\s+{KHAU}\s+qu[a-z]{{1,3}}c\s+t[ea]{E}", "cửa khẩu quốc tế"),
    (rf"{B}{CUA}\s+{KHAU}{E}", "cửa khẩu"),
    (rf"{B}khu\s+kinh\s+t[ea]\s+{CUA}\s+{KHAU}{E}", "Khu kinh tế cửa khẩu"),
]
PLACE_RE = word_family([p for p, _ in PLACE_UNITS], overlapping=True)
PLACE_LABELS = [unit for _, unit in PLACE_UNITS]

# Causes of delay ("Issue"): an obstacle noun phrase.
ISSUE_PATTERNS = [
    rf"{B}{VUONG}\s+m[a]c\s+(?:ve|trong)\s+",
    rf"{B}kho\s+khan\s+ve\s+",
    rf"{B}{VUONG}\s+(?=\d+\s+h[oe]\s)",  # "vướng 15 hộ dân chưa đồng ý giá bồi thường": land not yet cleared
    rf"{B}(?:tien\s+d[oe]\s+)?(?:thuc\s+hien\s+)?giai\s+phong\s+mat\s+bang\s+cham{E}",
    rf"{B}cham\s+giai\s+phong\s+mat\s+bang{E}",
    r"\(do\s+(?P<issue>)",  # "(do …)": the cause given in a parenthesis, after its "do"
    # a difficulty where it is, and its cause: "vướng mắc tại phường A do một số hộ dân chưa đồng ý …"
    rf"{B}(?:{VUONG}\s+m[a]c|kho\s+khan)\s+tai\s+[^,;.()]{{1,40}}?\s+do\s+(?P<issue>)(?=[a-z])",
    # whatever cause a delay is given: "… chậm tiến độ do năng lực nhà thầu hạn chế", "… chậm so với kế hoạch do …",
    # "… chậm so với tiến độ (đề ra) do …"; whatever cause a stop is given: "tạm dừng thi công do vướng mặt bằng …"
    rf"{B}(?:{CHAM}(?:\s+ti[ea]n\s+[dp][oe6])?(?:\s+so\s+v[oe]i\s+(?:k[ea]\s+ho[a-z]{{1,2}}ch|ti[ea]n\s+[dp][oe6])"
    rf"(?:\s+(?:de\s+ra|[dp][uw]{{1,2}}[oe]c\s+duyet))?)?|(?:tam\s+)?d[uw]{{1,2}}ng\s+thi\s+cong|tam\s+d[uw]{{1,2}}ng)"
    rf"\s*,?\s+do\s+(?P<issue>)(?=[a-z])",
    # A cause given with "do" (the obstacle is the group "issue", after the word): "… chậm do vướng mắc giải
    # phóng mặt bằng …", "tạm dừng do thiếu vốn đối ứng", "… thiếu đất đắp nền"; what a party to it failed to do: "chậm do nhà thầu
    # thiếu nhân lực", "do chủ đầu tư chưa bố trí kinh phí"; money not given: "chưa khởi công do chưa được bố
    # trí vốn"; the weather: "chậm do ảnh hưởng của mưa bão". One pattern that starts at "do": a scan finds
    # the word before it tries the causes.
    rf"{B}do\s+(?P<issue>"
    rf"(?:{VUONG}\s+m[a]c|thieu|khan\s+hi[ea]m|bien\s+[dpb][oe]ng\s+gia)\s+(?=[a-z])|"  # "khan hiếm cát", "biến động giá"
    rf"(?:nha\s+thau|chu\s+[dpb]au\s+t{UW}|nha\s+[dpb]au\s+t{UW})\s+(?:thieu|chua|khong|cham)\s+(?=[a-z])|"
    rf"{CHUA}\s+(?:{DUOC}\s+)?(?:b[od6]\s+tri|phan\s+b[od6]|giao|cap|b[od6]\s+sung)\s+(?=(?:du\s+)?(?:{VON}|kinh\s+phi|nguon))|"
    rf"{CHUA}\s+(?:co|{DUOC})\s+h(?:{UW}|y){{1,2}}[oe]ng\s+[dpb][ae]n(?![a-z])|"  # guidance not yet given: "do chưa có hướng dẫn …" (OCR "hy6ng dén")
    rf"anh\s+h{UW}{{1,2}}[oe]ng\s+(?:cua\s+)?(?:thoi\s+tiet|m{UW}a\s+(?:bao|lu|keo\s+dai)|thien\s+tai))",
]
ISSUE_RE = [word_scan(p) for p in ISSUE_PATTERNS]

# The provinces and centrally-run cities (before and after the 2025 merger): a general lexicon used
# to restore the spelling of a province name read from damaged text.
PROVINCES = [
    "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
    "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
    "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
    "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
    "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
    "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
    "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang",
    "Thành phố Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
]
# The centrally-run cities: a province of their own, which their reports call "thành phố" as a province's call
# theirs "tỉnh" ("UBND thành phố", "trên địa bàn thành phố"); Huế since 2025 (Thừa Thiên Huế was a province).
CENTRAL_CITIES = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"]


def province_unit(province: str) -> str:
    """The unit word a report names its own province by: "thành phố" for a centrally-run city, else "tỉnh"."""
    return "thành phố" if province in CENTRAL_CITIES else "tỉnh"
