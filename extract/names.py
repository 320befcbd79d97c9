"""Where a name that follows a cue word ends.

A name runs word by word from its cue until a clause boundary: a stop punctuation mark, a word
that opens a new clause ("đã", "được", "theo" …), or a comma that does not lead into a part of
the name (", tỉnh X", ", giai đoạn …"). Folding makes some words collide ("đạt"/"đất",
"tư"/"từ"), so a word counts as an opener only when its neighbours do not make it part of a
known compound, and never when it is capitalised (a proper noun inside the name).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    AIM_BIGRAMS, CLAUSE_BIGRAMS, CLAUSE_OPENERS, CLAUSE_PHRASES, COMMA_CONTINUATIONS, CUE_RE, DU_AN, NAME_LINKS,
    OF_A_PROJECT, PAIRED_NOUNS, THUOC, UW_FORMS, WORK_RE,
)
from .restore import DIGITS_AS_LETTERS

# Folded compounds in which an "opener" word is really part of a name.
NAME_BIGRAMS = {
    "dau tu", "dinh tu", "su dung", "dung dat", "hoi dat", "quy dat", "dat dai", "dat o", "dat nong", "dat rung",
    "ha tang", "thon moi", "moi truong", "do thi", "bao ve", "co so", "so huu", "tai chinh", "tai dinh",
    "tai co", "tai nguyen", "dong bao", "dong bo", "cong dong", "hoat dong", "lao dong", "chu dong", "tac dong",
    "dong nai", "tang truong", "tang cuong", "dan so", "ky so", "chuyen doi", "doi so", "chuyen do", "chi so",
    "co cau", "nong thon", "ve sinh", "tu nhan", "tu phap", "tu van", "tu xa", "tu ve", "tu do", "tu chu",
    "mot so", "ban do", "tien do", "dieu do", "trinh do", "che do", "nhiet do", "muc do", "do tin",
    "truong hoc", "hoc duong", "de an", "du an", "cho em", "nha o", "nha nuoc", "theo doi", "thanh tra",
    "dang bo", "dang cong", "cong san", "dai hoi", "dai bieu", "nhan dan", "dan toc", "dan cu", "dan sinh",
    "dan quan", "cao toc", "tai nang", "cua khau", "cac tieu", "bo tieu", "mot xa", "xa mot", "va dao",
    "khoa hoc", "cong nghe", "dich vu", "tu thien", "ve tinh", "so hoa", "do an", "do dac", "dong bang",
    "thi tran", "thi xa", "thi diem", "cham soc", "da khoa", "da dang", "da muc", "giam ngheo", "giam sat", "bat dong",
    "thi hanh", "thi dua", "xay moi", "lam moi", "doi moi", "can bo", "thi truong", "dat chuan", "bao dam",
    "hinh moi", "ky moi", "hanh dong", "doan qua", "doi voi", "toc do", "mo cua", "thi moi",  # "khu đô thị mới", in a name no "thì mới" (only then)
    # compounds whose second word is an opener's spelling once OCR has lost the marks ("đơn vị" is no "vì")
    "don vi", "vi tri", "mat bang", "hieu qua", "nhu cau", "khong gian", "trong diem", "can cuoc", "thiet bi",
    "hang khong", "nen tang",  # "nền tảng" (platform) is no "tăng"
    "chia se",  # "chia sẻ" (share), as OCR reads "sẻ" ("chia s¢"): no "sẽ"
    "khi hau", "khi tuong", "khi thai", "khi dot", "khi the", "khi tai",  # "khí hậu", "khí tượng" … are no "khi"
    "dien khi",  # "Nhà máy điện khí LNG …" (gas-fired) is no "khi" (when)
    "thieu so",  # "dân tộc thiểu số" (OCR "thiéu sé": no "sẽ")
    "thi tren",  # "thị trấn" with â read as é ("thi trén"): no "thì"
    "thu do",  # "Vùng Thủ đô Hà Nội": no "do" (because)
    "thi dau",  # "Nhà thi đấu" (a sports hall): no "thì"
}
# "số" the adjective "digital" after the nouns it qualifies ("chính quyền số", "kinh tế số", "xã hội số",
# "thương mại số", "dữ liệu số" …): part of a name, not "số" the number or count that opens a clause
NAME_BIGRAMS |= {f"{noun} so" for noun in ("quyen", "te", "hoi", "phu", "mai", "khau", "nghe", "lieu",
                                           "nang", "duc", "lich", "nghiep", "hoa", "thi", "tri", "tac")}
# "hồ chứa nước" (a reservoir) is no "chưa" (not yet), as OCR spells either ("hé chiia")
NAME_BIGRAMS |= {f"ho {form}" for form, spellings in CLAUSE_OPENERS.items() if spellings == {"chưa"}}
# "dược liệu", "dược phẩm", "dược sĩ": OCR spells "dược" as it spells "được" ("dugc liéu")
NAME_BIGRAMS |= {f"{form} {noun}" for form, spellings in CLAUSE_OPENERS.items() if spellings == {"được"}
                 for noun in ("lieu", "pham", "si")}

# "kế hoạch (vốn) Trung ương giao", "… Thủ tướng Chính phủ giao 490 tỷ đồng" (OCR "Thu twdng"): who
# assigned a plan's figures, a clause after the plan's name.
_ASSIGNED_BY = re.compile(r"(?:trung\s+[uw]{1,2}[oe]ng|th[a-z]{0,2}\s+t[a-z]{1,3}ng(?:\s+ch[il]nh\s+ph[a-z]{1,2})?|"
                          r"ch[il]nh\s+ph[a-z]{1,2}|ubnd\s+tinh|hdnd\s+tinh)\s+giao(?![a-z])")
# Word pairs in which a clause opener's spelling is part of the name ("tu bổ" is no "từ").
_COMPOUNDS = NAME_BIGRAMS | PAIRED_NOUNS


def _paired(pairs: set[str], by: int) -> dict[str, set[str]]:
    """The pairs looked up by their first (`by` = 0) or second word: for OCR's misreadings of the other."""
    out: dict[str, set[str]] = {}
    for pair in pairs:
        words = pair.split(" ")
        out.setdefault(words[by], set()).add(words[1 - by])
    return out


_FIRST_WORDS = _paired(NAME_BIGRAMS, by=1)
_CLAUSE_FIRSTS = _paired({pair for pair in CLAUSE_BIGRAMS if pair.count(" ") == 1}, by=1)
_NAME_SECONDS = _paired(NAME_BIGRAMS, by=0)
_COMPOUND_SECONDS = _paired(_COMPOUNDS, by=0)
_COMPOUND_FIRSTS = _paired(_COMPOUNDS, by=1)
# "… thuộc Chương trình …", "… và lập nhiệm vụ Quy hoạch …": the words after lead into another name.
_ANOTHER_NAME = re.compile(rf"(?:{THUOC}|va(?:\s+[a-z]+){{0,3}}?)\s+{CUE_RE.pattern}")
# A project ("Dự án …") is built with its resettlement area, which is part of its name: "Dự án Cầu A
# và Khu tái định cư xã B". After another head ("Cụm công nghiệp A và Khu tái định cư B") it is a second name.
_PROJECT_HEAD = re.compile(rf"{DU_AN}\s*$")
_FIRST_AFTER = re.compile(r"so\s+dau\s+tien(?![a-z])")
# "Dự án 5 thuộc Chương trình …", "Dự án thành phần 1 thuộc Dự án …": a numbered part is named by its whole
_NUMBERED_PART = re.compile(rf"\s+(?:thanh\s+phan\s+(?:so\s+)?)?\d{{1,2}}\s+({THUOC})\s+"
                            rf"(?:ch[a-z]{{1,3}}ng\s+trinh|{DU_AN})(?![a-z])")
# "Dự án X theo Nghị quyết số 45/NQ-HĐND": the text a project was decided by, not its name (a plan may be named
# after what it follows: "Kế hoạch tái cơ cấu … theo Quyết định 165/QĐ-TTg", NAME_LINKS)
_BY_A_TEXT = re.compile(r"theo\s+(?:quyet\s+dinh|nghi\s+quyet)(?![a-z])")
# A sub-project ("Tiểu dự án …") is named by the project it belongs to: "Tiểu dự án A thuộc Dự án B" is one name.
_SUBPROJECT_HEAD = re.compile(r"tieu\s+d[a-z]{1,3}\s*['’]?\s+an\s*$")
_AND_RESETTLEMENT = re.compile(r"va\s+khu\s+tai\s+dinh\s+cu(?![a-z])")
# Words that only link a name to what follows, by folded form, with their spelling ("tư" in "đầu tư" is not "từ").
_LINK_WORDS = {"ve": "về", "cua": "của", "va": "và", "tai": "tại", "cho": "cho", "voi": "với", "theo": "theo",
               "tu": "từ", "den": "đến", "tren": "trên", "trong": "trong", "cac": "các"}
_SHORT_FORM = re.compile(r"\s*[A-ZĐ][A-ZĐ0-9&.-]+\s*")  # an acronym in brackets: "(LGSP)", "(OCOP)", "(WB)"
_CUE_BEFORE = re.compile(CUE_RE.pattern + r"\s*$")
_TOKEN = re.compile(r"\s*([a-z0-9]+(?:[.,/+][a-z0-9]+)*|\S)")
_STOP_PUNCT = set(";.:)]”!?…")
_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+,\d+")  # "1.250", "210,5": an amount, never part of a name


def _row_of_figures(folded: str, tok: str, nxt: re.Match | None, limit: int) -> bool:
    """Whether the number `tok` opens a table row's figures: an amount ("1.250", "210,5"), a share ("36 %"), or
    a number before one ("480 210,5", "650 120 18,5%"); not a name's number, its year ("Kế hoạch đầu tư công năm
    2024 490,1 tỷ đồng": the amount after it ends the name) nor OCR's digits for letters ("Quéc 16 18", Quốc lộ 18)."""
    if _AMOUNT.fullmatch(tok):
        return True
    if not nxt or _YEAR.fullmatch(tok):
        return False
    after = nxt.group(1)
    if after == "%":
        return True
    if not after[:1].isdigit():
        return False
    third = _TOKEN.match(folded, nxt.end(1), limit)
    return bool(_AMOUNT.fullmatch(after)) or bool(third and (third.group(1) == "%" or third.group(1)[:1].isdigit()))
_HYPHENS = set("-–—")
MAX_WORDS = 48


def extend_name(original: str, folded: str, pos: int, limit: int, clean: bool = False, titles: bool = False) -> int:
    """Return the end offset of the name that starts at `pos` (just after its cue).

    In clean text a word opens a clause only when it is spelt as the opener is ("đã", not "đa"). With
    `titles` (a capitalised cue: a title proper), a name runs across commas to a year that closes the clause."""
    end = cursor = settled = pos
    linking = enumerating = seen_year = at_clause_end = False
    of_a_project = bool(_PROJECT_HEAD.search(folded, max(0, pos - 8), pos))
    before = folded[max(0, pos - 16):pos]
    of_a_subproject = "tieu" in before and bool(_SUBPROJECT_HEAD.search(before))
    # "Dự án 5 thuộc Chương trình …": a program's numbered component is named by the program it is part of
    numbered_part = _NUMBERED_PART.match(folded, pos) if of_a_project else None
    of_its_whole = numbered_part.start(1) if numbered_part else -1  # where "thuộc" goes on with the name
    proper_start = original[pos:pos + 4].lstrip()[:1].isupper()  # a name that opens on a capital: a title
    where = 0  # past ", tỉnh X" (1), and past its capitalised name (2): a lower-case word then ends the name
    words = 0
    # the cue's last word comes before the name's first: "Khu đô thị mới …" is a compound, no "thì mới"
    prev, before_prev = folded[folded.rfind(" ", max(0, pos - 12), pos) + 1:pos], ""
    if not prev.isalnum():
        prev = ""
    ahead, ahead_at = None, -1  # the token read as the next word, and where it was read from
    item_head = ""  # after a comma inside a list, the word its previous item opened on
    about = False  # whether the name has gone past "về" (a title's subject)
    while True:
        m = ahead if ahead_at == cursor else _TOKEN.match(folded, cursor, limit)
        if not m:
            break
        tok, tstart, tend = m.group(1), m.start(1), m.end(1)
        cursor = tend
        if tok[0].isalnum():
            if at_clause_end and not original[tstart].isupper():
                break  # "… (Trung Quốc)9 Tiếp tục …": a footnote's mark, and the next sentence
            nxt = _TOKEN.match(folded, tend, limit)
            ahead, ahead_at = nxt, tend
            next_word = nxt.group(1) if nxt and nxt.group(1)[0].isalnum() else ""
            if tok[0].isdigit() and words and _row_of_figures(folded, tok, nxt, limit):
                break  # a table flattened by OCR: "Dự án Cầu A 480 210,5 43,9%", the row's figures after its name
            # "Quy hoạch các cụm công nghiệp …", "Luật Các tổ chức tín dụng": a name may name a plural
            plural_name = words == 0 and tok == "cac" and next_word not in CLAUSE_OPENERS
            repeated = tok == item_head  # "các cấp, các ngành": a list's item opens as the one before it did
            item_head = ""
            # "… về xây dựng vai trò của đội ngũ doanh nhân …": past "về", a title's subject runs across "của"
            # before a common noun
            whose = about and tok == "cua" and next_word.isalpha() and original[nxt.start(1)].islower()
            if original[tstart].isupper():
                where = 2 if where else 0
            elif where == 2:
                if tok not in _AFTER_PLACE and _AFTER_PLACE.isdisjoint(_ocr_readings(tok)) and not tok.isdigit() and \
                        f"{tok} {next_word}" not in _AFTER_PLACE_PAIRS and \
                        not (of_a_subproject and OF_A_PROJECT.match(folded, tstart)):
                    break  # "…, tỉnh Lào Cai khối lượng hoàn thành …": the place closed the name
                where = 0  # "…, tỉnh Lào Cai đến năm 2035", "… giai đoạn 2021 - 2025": the name goes on
            # (the first letters and the year's first digits only spare the calls that could not match)
            if (not (plural_name or repeated or whose) and _opens_clause(original, folded, tok, tstart, prev, next_word, clean)) or \
                    (tok[0] in "tcuh" and _ASSIGNED_BY.match(folded, tstart)) or \
                    (words and f"{tok} {next_word}" in AIM_BIGRAMS) or \
                    (of_a_project and tok == "theo" and _BY_A_TEXT.match(folded, tstart)) or \
                    (prev[:2] in ("19", "20") and _ends_after_year(original, tok, tstart, prev, next_word)) or \
                    (tok[:3] in ("thu", "va") and _ANOTHER_NAME.match(folded, tstart) and
                     tstart != of_its_whole and
                     not (of_a_project and _AND_RESETTLEMENT.match(folded, tstart)) and
                     not (of_a_subproject and OF_A_PROJECT.match(folded, tstart))):
                break
            words += 1
            if words > MAX_WORDS:
                break
            about = about or tok == "ve"
            # a linking word, also as OCR misread it ("vgi" với; a capitalised word is a name's: "Quảng Trị")
            link = tok if clean or original[tstart].isupper() else _as_link_word(tok)
            linking = link in _LINK_WORDS and not _in_name_bigram(prev, link) and \
                (not clean or original[tstart:tend].lower() == _LINK_WORDS[link])
            if not linking:
                settled = tend  # a name never ends on a word that only links it to what follows ("… về")
            if tok == "tinh" and not where and next_word and original[nxt.start(1)].isupper():
                where = 1  # "… Sản Nhi tỉnh Lào Cai hoàn thành …": after the province's name, as after ", tỉnh X"
            before_prev, prev = prev, tok
            seen_year = seen_year or bool(_YEAR.fullmatch(tok))
            end = tend
            continue
        if tok in _HYPHENS:
            nxt = _TOKEN.match(folded, tend, limit)
            if not nxt or not nxt.group(1)[0].isalnum():
                break
            continue
        if tok == ",":
            if COMMA_CONTINUATIONS.match(folded, tstart) or _pairs_nouns(folded, tend, limit, f"{before_prev} {prev}"):
                if _UNIT_AS_SUBJECT.match(folded, tstart) and prev not in _UNIT_KIND_ENDS:
                    # ", tỉnh đã phân bổ …": the province is the next clause's subject; but "… của các huyện, thị
                    # xã, thành phố đã được phê duyệt": the last of a list of kinds of unit
                    break
                where = 1 if _COMMA_PLACE.match(folded, tstart) else 0
                before_prev, prev = prev, tok  # a year before the comma no longer closes the name (", tỷ lệ 1/500")
                continue
            if (titles or proper_start) and not seen_year and \
                    (closing := _title_closing(original, folded, tstart, limit, titles, clean)):
                end = cursor = closing
                break
            clause_end = _proper_name_closing(original, folded, tstart, limit, clean) if proper_start or titles else None
            if clause_end:
                # "dự án Khu du lịch sinh thái, cáp treo Núi A.": the clause's last words, which end
                # on a proper name, are the title's
                end = cursor = clause_end
                before_prev, prev = prev, folded[cursor - 1:cursor]
                at_clause_end = True  # only its bracketed parts and capitalised words may follow
                continue
            if _enumerates(folded, tend, limit, prev, before_prev, enumerating):
                enumerating = True  # past one item of a list, the list's last item may be long
                item_head = before_prev
                continue
            break
        if tok == "(":
            close = folded.find(")", tend, min(limit, tend + 80))
            if close > 0 and _parenthetical_is_name(original[tend:close], folded[tend:close]):
                end = cursor = close + 1
                if _SHORT_FORM.fullmatch(original, tend, close):
                    break  # "Nền tảng tích hợp, chia sẻ dữ liệu (LGSP) kết nối …": a name's short form ends it
                continue
            break
        if tok in "“\"" and (words == 0 or _CUE_BEFORE.search(folded, max(0, tstart - 24), tstart)):
            # a quoted name at the start, or after a cue inside the name ("Kế hoạch thực hiện Chương trình “…”")
            close = min((i for i in (folded.find("”", tend, limit), folded.find('"', tend, limit)) if i > 0),
                        default=-1)
            if close < 0:  # OCR reads a closing ” as ’: “Sóng và máy tính cho em’
                close = folded.find("’", tend, min(limit, tend + 200))
            if 0 < close - tend < 200:
                end = cursor = close + 1
                words += 1
                continue
            break
        if tok in "”\"" and words:
            end = tend  # a closing quote ends a quoted name inside the name
            break
        break
    return end if not linking else settled


# The rest of a clause after a comma, to its end or to a parenthesis (which the name loop reads): plain words, hyphens.
_REST_OF_CLAUSE = re.compile(r",\s*((?:[a-z0-9]+(?:[.,/][0-9]+)*|-)(?:,?\s+(?:[a-z0-9]+(?:[.,/][0-9]+)*|-)){0,11}?)\s*(?=[.;:(]|$)")
_WORD_KEY = re.compile(r"[a-z0-9]+")


def _proper_name_closing(original: str, folded: str, comma: int, limit: int, clean: bool) -> int | None:
    """Where the clause after a comma ends (or a parenthesis opens), when its words go on with a name that
    had not yet reached a proper name: they begin in lower case, end on a capitalised word, and hold no clause
    opener, cue or kind of work; otherwise None."""
    rest = _REST_OF_CLAUSE.match(folded, comma, limit)
    before = re.search(r"(\w+)\W*$", original[max(0, comma - 30):comma])
    if not rest or not before or before.group(1)[:1].isupper():
        return None  # "dự án Cầu A, đường B": the name before the comma was whole, a list goes on
    end = rest.end(1)
    spans = [m.span() for m in _WORD_KEY.finditer(folded, comma, end)]
    if not spans or not original[spans[0][0]].islower() or not original[spans[-1][0]].isupper():
        return None
    keys = [folded[a:b] for a, b in spans]
    # a clause opener, as where the name runs word by word ("sử dụng vốn …"; "Núi Đá" is no "đã")
    if any(_opens_clause(original, folded, key, a, keys[i - 1] if i else "", keys[i + 1] if i + 1 < len(keys) else "",
                         clean) and key not in _LINK_WORDS for i, (key, (a, _)) in enumerate(zip(keys, spans))):
        return None
    return None if CUE_RE.search(folded, comma, end) or WORK_RE.search(folded, comma, end) else end


_UNIT_KIND_ENDS = {"huyen", "xa", "tran", "pho", "phuong", "tinh", "quan"}  # a kind of unit's last word, folded
_UNIT_AS_SUBJECT = re.compile(r",\s*(?:tinh|huyen|xa|thanh\s+pho|thi\s+xa)\s+(?:da|dang|se|duoc|tiep\s+tuc|chu\s+tri|"
                              r"phan\s+bo|bo\s+tri)(?![a-z])")
def _title_closing(original: str, folded: str, comma: int, limit: int, titles: bool, clean: bool) -> int | None:
    """Where a title that a comma does not end is closed by its year or period, or None.

    "Chỉ thị về … kinh tế - xã hội, bảo đảm quốc phòng, an ninh năm 2024." (a capitalised cue: `titles`)
    runs across its commas to the year, not across a list of names (", kế hoạch …, … năm 2025"). A name
    that opens on a capital after a lower-case cue ("dự án Đầu tư hạ tầng A, các phần mềm B, số hóa C phục
    vụ chương trình D giai đoạn 2021 - 2025.") runs to the period that ends its sentence, unless one of its
    comma's items opens on a cue (a list)."""
    if titles:
        closing = _CLOSING_TITLE.match(folded, comma, limit)
        if not closing or _holds_opener(closing.group(1)) or CUE_RE.search(folded, comma, closing.end()) or \
                (closing.start(2) >= 0 and not CUE_RE.match(folded, closing.start(2))):
            return None
        return closing.end()
    closing = _CLOSING_PERIOD.match(folded, comma, limit)
    if not closing or _holds_opener(closing.group(1), original[closing.start(1):closing.end(1)] if clean else None) or \
            any(CUE_RE.match(item.strip()) for item in closing.group(1).split(",")):
        return None
    return closing.end()


# ", … năm 2024" (", … giai đoạn 2026 - 2030") up to the end of the clause, or to the next name of a list: the rest
# of a title that its year or period closes (commas inside)
_CLOSING_TITLE = re.compile(r",((?:\s+[a-z-]+,?){1,9}?)\s+(?:n[a-z]{1,2}m\s+(?:19|20)\d\d|"
                            r"giai\s+doan\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d)(?=\s*(?:[.;:)]|$)|\s*,\s*(\S))")
# A name that opens on a capital after a lower-case cue ("dự án Đầu tư hạ tầng A, các phần mềm B, số hóa C …
# giai đoạn 2021 - 2025."): its title runs across commas to the period that closes the sentence.
_CLOSING_PERIOD = re.compile(r",((?:\s+[a-z-]+,?){1,24}?)\s+giai\s+doan\s+(?:19|20)\d\d\s*-\s*(?:19|20)\d\d(?=\s*[.;]|$)")


def _holds_opener(words: str, spelt: str | None = None) -> bool:
    """Whether a clause opener stands among `words` (folded), other than a link word or half of a compound
    ("bảo đảm"). With `spelt` (the same words in clean text), only a word spelt as the opener is one ("hồ sơ"
    holds no "số")."""
    seq = re.findall(r"[a-z0-9]+", words)
    if any(f"{a} {b}" in CLAUSE_BIGRAMS or f"{a} {b}" in AIM_BIGRAMS for a, b in zip(seq, seq[1:])):
        return True  # ", phấn đấu khởi công trong quý I năm 2026": what it aims at, not more of its title
    as_spelt = re.findall(r"\w+", spelt.lower()) if spelt is not None else None
    if as_spelt is not None and len(as_spelt) != len(seq):
        as_spelt = None  # not word for word: the folded words decide
    return any(w in CLAUSE_OPENERS and w not in _LINK_WORDS and not _in_name_bigram(seq[i - 1] if i else "", w)
               and f"{w} {seq[i + 1] if i + 1 < len(seq) else ''}" not in _COMPOUNDS
               and (as_spelt is None or as_spelt[i] in CLAUSE_OPENERS[w]) for i, w in enumerate(seq))


_AFTER_PLACE = set(_LINK_WORDS) | {"giai", "thoi", "nam", "tam", "dinh", "ty", "nhiem", "phien", "lan", "doan"}
_AFTER_PLACE_PAIRS = {"co so"}  # "Bệnh viện Đa khoa tỉnh X cơ sở 2": the second site (not "có", has)
_COMMA_PLACE = re.compile(r",\s*(?:tinh|huyen|xa|thanh\s+ph[oe]|thi\s+tran)\s")
_TWO_WORDS = re.compile(r"\s*([a-z]+\s+[a-z]+)(?![a-z])")


def _pairs_nouns(folded: str, pos: int, limit: int, before: str) -> bool:
    """"nhiệm vụ, giải pháp": the comma joins two nouns an official name pairs."""
    after = _TWO_WORDS.match(folded, pos, limit)
    return before in PAIRED_NOUNS and bool(after) and after.group(1) in PAIRED_NOUNS


_ITEM = re.compile(r"\s*([a-z0-9]+)(?:\s+[a-z0-9]+){0,2}(?=\s*,|\s+va\s)")


def _enumerates(folded: str, pos: int, limit: int, prev: str, before_prev: str, enumerating: bool) -> bool:
    """A comma inside a name's enumeration: "cấp huyện, cấp xã", "lớp 5, 9, 12", "chức năng, nhiệm vụ,
    quyền hạn và …" (the same first word again, numbers, or short items that a comma or "và" ends)."""
    nxt = _TOKEN.match(folded, pos, limit)
    if not nxt or not nxt.group(1)[0].isalnum():
        return False
    word = nxt.group(1)
    after = _TOKEN.match(folded, nxt.end(1), limit)
    compound = after and f"{word} {after.group(1)}" in _COMPOUNDS
    if CUE_RE.match(folded, nxt.start(1)):
        return False  # ", Dự án …": the next name
    if word == before_prev or (word.isdigit() and prev.isdigit()):
        return True  # "các cấp, các ngành": the same first word again, an opener's spelling or not
    if word in CLAUSE_OPENERS and not compound:
        return False  # ", các …", ", đã …": the next clause, not the next item ("tu bổ" is)
    if _opener_follows(folded, nxt.end(1), limit):
        return False  # an item holds no clause opener past its first word: ", gửi các Bộ …" is the next clause
    return (enumerating and word.isalpha()) or bool(_ITEM.match(folded, pos, limit))


_NEXT_WORDS = re.compile(r"(?:\s+[a-z0-9]+){1,2}")


def _opener_follows(folded: str, pos: int, limit: int) -> bool:
    """Whether one of the two words after `pos` opens a clause and no link carries the name across it."""
    words = _NEXT_WORDS.match(folded, pos, limit)
    if not words:
        return False
    for m in re.finditer(r"[a-z0-9]+", words.group(0)):
        start = pos + m.start()
        following = _TOKEN.match(folded, pos + m.end(), limit)
        if m.group(0) in CLAUSE_OPENERS and not (following and f"{m.group(0)} {following.group(1)}" in _COMPOUNDS):
            if not _linked(m.group(0), folded, start):
                return True
    return False


def _linked(word: str, folded: str, start: int) -> bool:
    """Whether the opener `word` at `start` only links the name to more of it (NAME_LINKS). Matched in
    place, not on a slice: a link may look behind it ("cơ cấu tổ chức của …")."""
    link = _LINKS.get(word)
    return bool(link and link.match(folded, start, start + 40)) or (
        word == "voi" and bool(_TO_A_PLACE.match(folded, start)) and bool(_JOINS.search(folded, max(0, start - 60), start)))


_LINKS = {word: re.compile(pattern) for word, pattern in NAME_LINKS.items()}
# "Dự án Đường bao biển nối thành phố A với thành phố B": after "nối" (joins), "với" a place is the far end
_JOINS = re.compile(r"(?<![a-z])noi\s")
_TO_A_PLACE = re.compile(r"voi\s+(?:thanh\s+ph[oed]|thi\s+xa|thi\s+tran|huyen|tinh|xa)\s")  # OCR "thanh phd"


def _opens_clause(original: str, folded: str, word: str, start: int, prev: str, next_word: str,
                  clean: bool = False) -> bool:
    if original[start].isupper():
        return False  # a capitalised word inside a name is a proper noun, not a new clause
    if f"{word} {next_word}" in CLAUSE_BIGRAMS or (word in _PHRASE_HEADS and CLAUSE_PHRASES.match(folded, start)):
        return True
    if word not in CLAUSE_OPENERS:
        # "tlep tuc": OCR's misreading of "tiếp tục"
        return (firsts := _CLAUSE_FIRSTS.get(next_word)) is not None and not firsts.isdisjoint(_ocr_readings(word))
    if word == "so" and (not next_word or next_word in CLAUSE_OPENERS or _FIRST_AFTER.match(folded, start)):
        # "số" the adjective ending a name ("Nền tảng cửa khẩu số tại …", "… số đầu tiên trên toàn quốc"), not
        # "số lượng", "số 12"
        return False
    if word == "ngay" and "/" not in folded[max(0, start - 16):start]:
        return True  # a date belongs to a legal number ("số 41-NQ/TW ngày …"), not to a work ("cầu A ngày 20/5")
    if clean and original[start:start + len(word)].lower() not in CLAUSE_OPENERS[word]:
        return False
    if _in_name_bigram(prev, word) or f"{word} {next_word}" in _COMPOUNDS or \
            _second_misread(word, next_word, _COMPOUND_SECONDS) or \
            _second_misread(next_word, word, _COMPOUND_FIRSTS):  # "mot sd" một số, "dé thi" đô thị (no "để")
        return False
    return not _linked(word, folded, start)


# the first words of CLAUSE_PHRASES ("sử" also as OCR reads its ư: "sw", "sir", "si", "sy"; "đầu" also read "pau";
# "làm"; "đúng"; "giải")
_PHRASE_HEADS = {"bao", "bae", "dao", "dae", "pao", "pae", "trinh", "dau", "pau", "bau", "lam", "dung", "dtng",
                 "ding", "dting", "giai", "si", "sy", *(f"s{u}" for u in UW_FORMS)}


def _in_name_bigram(prev: str, word: str) -> bool:
    """"đầu tư" is a compound, also where OCR misread a letter of either word ("thiéu sé" thiểu số)."""
    if f"{prev} {word}" in NAME_BIGRAMS:
        return True
    firsts = _FIRST_WORDS.get(word)
    if firsts and not firsts.isdisjoint(_ocr_readings(prev)):
        return True
    return _second_misread(prev, word, _NAME_SECONDS)


def _second_misread(first: str, second: str, seconds_of: dict[str, set[str]]) -> bool:
    """Whether `second`, as OCR may have misread it, makes a pair with `first` (`seconds_of`: the words paired
    with each word on one side, e.g. a pair's second words by its first)."""
    seconds = seconds_of.get(first)
    return bool(seconds) and not seconds.isdisjoint(_ocr_readings(second))


@lru_cache(maxsize=20000)
def _as_link_word(word: str) -> str:
    """The link word that `word` is, also as OCR misread it ("vgi" với), or else `word` itself."""
    if word in _LINK_WORDS:
        return word
    return next((reading for reading in sorted(_ocr_readings(word)) if reading in _LINK_WORDS), word)


@lru_cache(maxsize=20000)
def _ocr_readings(word: str) -> frozenset[str]:
    """What a folded word may be once OCR's usual misreadings are undone: Đ read as P or B ("Pau tu" đầu tư), i as l,
    ư as two letters or a w ("mirc do" mức độ), ô or ơ as é, b, d or g ("téc do" tốc độ, "dbi voi" đối với)."""
    readings = set()
    if (letters := word.translate(DIGITS_AS_LETTERS)) != word and letters.isalpha():
        readings.add(letters)  # "h6 chua" hồ chứa: a letter read as a digit in a capitalised word ("H6")
    if "l" in word[1:]:
        readings.add(word[0] + word[1:].replace("l", "i"))  # "tlep" tiếp: i read as l
    if word[:1] in ("p", "b"):
        readings.add("d" + word[1:])
    if (read := _U_READ_AS_TWO.sub("u", word[1:])) != word[1:]:
        readings.add(word[0] + read)
    if "e" in word:
        readings.add(word.replace("e", "o"))
    readings.update(word[:at] + "o" + word[at + 1:] for at in range(1, len(word)) if word[at] in "bdg")
    return frozenset(readings)


_U_READ_AS_TWO = re.compile("|".join(form for form in UW_FORMS if form != "u"))


_YEAR = re.compile(r"(?:19|20)\d\d")
# What may follow a name's closing year and still be the name: "… năm 2024 của các huyện", "… 2021 - 2025
# trên địa bàn tỉnh", "… 2030 và tầm nhìn …", "… 2025 tỉnh Lào Cai", "… 2030 theo Quyết định …" (a link).
_AFTER_YEAR = {"va", "tren", "tai", "cua", "den", "tam", "dinh", "tinh", "huyen", "xa", "thanh", "thi", "o", "cho",
               "theo", "ve", "voi", "giai", "nhiem", "tu"}


_PERIOD_AFTER_AND = re.compile(r"giai|n[a-z]m|t[a-z]m|dinh")  # giai đoạn, năm, tầm nhìn, định hướng (OCR "ndm", "tdm")


def _ends_after_year(original: str, word: str, start: int, prev: str, next_word: str) -> bool:
    """A lower-case word right after the year that closes a name's period starts the sentence again
    ("Kế hoạch … 5 năm 2026 - 2030 kiểm tra …", "… 2021 - 2025 thành các nhiệm vụ")."""
    if not _YEAR.fullmatch(prev) or original[start].isupper() or word.isdigit():
        return False
    if word == "thanh":
        return next_word != "pho"
    if word == "va":  # "… 2021 - 2025 và tầm nhìn …", "… năm 2022 và giai đoạn …", not "… 2025 và chủ động triển khai"
        return not (_PERIOD_AFTER_AND.fullmatch(next_word) or next_word.isdigit())
    return word not in _AFTER_YEAR


_PAREN_OK = re.compile(r"^\s*(?:doan|giai\s+doan|nhanh|ppp|c[oe]\s+s[oe]\s+\d|bao\s+g[a-z]?m(?!\s+(?:ca\s+)?v[oe]n)|viet\s+nam|trung\s+quoc|tinh\s+[a-z]|"
                       r"(?:19|20)\d\d\s*-\s*(?:19|20)\d\d\s*$)")  # "(2021 - 2025)"


def _parenthetical_is_name(original: str, folded: str) -> bool:
    """Short parentheticals that qualify a name: (đoạn Km5+200 đến Km42), (Việt Nam), (Lào Cai Cloud), and
    what a project includes, however long: (bao gồm cả khu tái định cư và dân cư …)."""
    words = len(folded.split())
    if not words or words > 20:
        return False
    if _PAREN_OK.match(folded):
        return words <= 10 or folded.lstrip().startswith("bao")
    if words > 10:
        return False
    first = original.strip()[:1]
    return first.isupper() and not re.match(r"\s*(?:do|theo|trong|nay|thay|dat|gom|tang|giam)\b", folded)
