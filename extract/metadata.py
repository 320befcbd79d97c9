"""Document metadata: title, kind, number, issuer and the reporting period a report covers."""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from .legal import canonical_code
from .lexicon import DEPARTMENTS, province_unit
from .model import DocumentMeta
from .periods import period_bounds
from .restore import DIGITS_AS_LETTERS
from .text import Document, fold_key, fold_ocr

# "Số: 215/BC-UBND", as OCR also reads "Số" ("S6", "Sé", "Sd"): a letter or digit after the S, then the number
_NUMBER_LINE = r"s[^\s:.]?\s*[:.]\s*\d"
_FURNITURE = re.compile(r"(?i)^(?:#+\s*)?(?:\*\*)?\s*(?:b[aá]o\s+c[aá]o\s*(?:\*\*)?\s*$|s[oố6]\s*[:.]|" + _NUMBER_LINE +
                        r"|c[oộ6]ng\s+h[oòóeé]a|"  # OCR "CONG HÉA"
                        r"[đdpb]+[oộ6]?c\s+l\S{1,2}p(?:\s*-|\s*$)|t[iỉ]nh\s+l|[uủ]y\s+ban|ubnd|[^,]{0,30},\s*ng[aà]y)")  # OCR "Boc l4p"


# A line that may name a department: "SỞ …", as OCR also reads "Sở" ("SO", "SÉ", "S6", "SG")
_DEPARTMENT_LINE = re.compile(r"^\W*s[oe6gd]\s+(.+?)\W*$")
_DEPARTMENT_KEYS = {fold_key(name): name for name in DEPARTMENTS}
_DEPARTMENT_LIKENESS = 85  # rapidfuzz ratio of the folded domain to a department's, past OCR's letters


def _department(line: str) -> str | None:
    """The department a heading line names ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", OCR "SG KÉ HOACH VA P4U Tir"), or None."""
    m = _DEPARTMENT_LINE.match(fold_ocr(line).lower())
    if not m or len(m.group(1)) > 60:
        return None
    domain = " ".join(re.findall(r"[a-z0-9]+", m.group(1).translate(DIGITS_AS_LETTERS)))
    best = process.extractOne(domain, list(_DEPARTMENT_KEYS), scorer=fuzz.ratio, score_cutoff=_DEPARTMENT_LIKENESS)
    return f"Sở {_DEPARTMENT_KEYS[best[0]]}" if best else None


# A district-level unit heading the page: "HUYỆN ĐÌNH LẬP", "THỊ XÃ KỲ ANH", "QUẬN 3", "THÀNH PHỐ LẠNG SƠN"
_DISTRICT_LINE = re.compile(r"^\W*(huyen|thi\s+xa|quan|thanh\s+pho)\s+(\S.{0,30}?)\W*$")
_DISTRICT_UNITS = {"huyen": "huyện", "thi xa": "thị xã", "quan": "quận", "thanh pho": "thành phố"}


def _district(heading: list[str], body: str) -> str | None:
    """The district-level body whose report this is, from the unit line under "ỦY BAN NHÂN DÂN" (a centrally-run
    city's "THÀNH PHỐ ĐÀ NẴNG" is a province: `province_unit`), written as a label ("UBND huyện Đình Lập")."""
    for line in heading:
        m = _DISTRICT_LINE.match(fold_ocr(line).lower())
        if not m:
            continue
        name = " ".join(line.split()[len(m.group(1).split()):]).strip(" .,:")  # as written, past the unit word
        unit = _DISTRICT_UNITS[" ".join(m.group(1).split())]
        if unit == "thành phố" and province_unit(name.title()) != "tỉnh":
            return None
        return f"{body} {unit} {name.title() if name.isupper() else name}"
    return None


def read_metadata(doc: Document, province: str | None) -> DocumentMeta:
    head = doc.text[:1500]
    folded_head = fold_ocr(head)
    # the issuing body heads the page: "HỘI ĐỒNG NHÂN DÂN TỈNH …" issues a resolution, the People's Committee
    # (UBND) everything else a province reports
    council = re.search(r"(?m)^\W*(?:h[o6]i\s+[dpb][oe6]ng\s+nh[a-z&4]n\s+d[a-z&4]n|h[dđpb]nd)\b", folded_head[:300])  # OCR "H6I DÉNG"
    body = "HĐND" if council else "UBND"
    meta = DocumentMeta(issuer=f"{body} {province_unit(province)} {province}" if province else None, province=province)
    heading = head.split("\n")[:4]  # the issuing body's lines
    if district := _district(heading, body):
        meta.issuer = district  # "ỦY BAN NHÂN DÂN / HUYỆN ĐÌNH LẬP": a district's own report
    # "UBND TỈNH X" over "SỞ KẾ HOẠCH VÀ ĐẦU TƯ": the department's own report
    if department := next((d for line in heading if (d := _department(line))), None):
        meta.issuer = department
    if re.search(r"th[oe6]ng\s+cao\s+bao\s+chi", folded_head):  # OCR "THÉNG CAO"
        meta.kind = "press_release"
    elif re.search(r"(?m)^\W*ke\s+hoach\W*$", folded_head):
        meta.kind = "plan"  # "KẾ HOẠCH" on a line of its own: the document is a plan, whatever its title
    elif re.search(r"(?m)^\W*nghi\s+quyet\W*$", folded_head):
        meta.kind = "resolution"  # "NGHỊ QUYẾT": a council's resolution (its articles decide, approve, replace)
    elif re.search(r"(?m)^\W*quyet\s+dinh\W*$", folded_head):
        meta.kind = "decision"
    title_lines = _title_lines(doc.text)
    title = " ".join(title_lines).strip()
    meta.title = re.sub(r"\s+", " ", re.sub(r"[#*]", "", title)).strip() or None
    folded_title = fold_ocr(title)
    if meta.kind == "report" and re.match(r"\s*(?:ke\s+hoach|ph\w{1,2}t\s+tri\w{1,2}n\s+kinh\s+te)", folded_title) \
            and re.search(r"\d\s+nam\s+\d{4}\s*-\s*\d{4}", folded_title):
        meta.kind = "plan"
    number = re.search(r"(?im)^.{0,40}?(?<!\w)s[^\s:.]?\s*[:.]\s*(\d+)\s*/\s*([A-ZĐ]+-[A-ZĐ]+)", head)
    if number:
        meta.number = f"{number.group(1)}/{'-'.join(map(canonical_code, number.group(2).split('-')))}"  # OCR "NQ-HPND"
    meta.period_start, meta.period_end = period_bounds(folded_title)
    meta.issued = _issued(head)
    return meta


_COLUMN_GAP = re.compile(r"\s{3,}|\t")


def _in_capitals(line: str) -> bool:
    return line.upper() == line and len(line) < 40


def _title_lines(text: str) -> list[str]:
    """The first block of lines that is not page furniture (headers, number, place and date)."""
    lines = []
    for line in text.split("\n")[:40]:
        stripped = line.strip()
        if not stripped:
            if lines:
                break
            continue
        # the page's head in two columns, side by side on one line ("TỈNH A      Độc lập - Tự do - Hạnh phúc")
        columns = _COLUMN_GAP.split(stripped)
        if not lines and any(_FURNITURE.match(column) or _department(column) or _in_capitals(column)
                             for column in columns):
            continue  # a heading in capitals ("THÔNG CÁO BÁO CHÍ") comes before the title
        lines.append(stripped)
        if len(lines) == 2 or stripped.endswith((".", ":")):
            break  # a title is one or two lines; what follows is the body
    return lines


_DATE = re.compile(r"ngay\s*[^\s\d]{0,3}\s*(\d{1,2})?\s*[^\s\d]{0,3}\s*thang\s+(\d{1,2})\s+n\w{1,3}m\s+(\d{4})")
# Where a document is dated: "Lào Cai, ngày …" (the place-and-date line). A date on a line that cites a
# text ("Căn cứ Luật … ngày 13 tháng 6 năm 2019") is that text's.
_CITES = re.compile(r"(?m)^\W*can\s+cu\b.*$")


def _issued(head: str) -> str | None:
    folded = fold_ocr(head)
    dated = re.search(r"(?m)^[^,\n]{0,40},\s*" + _DATE.pattern, folded)
    m = _DATE.search(dated.group()) if dated else _DATE.search(_CITES.sub("", folded))
    if not m:
        return None
    day, month, year = m.groups()
    if not 1 <= int(month) <= 12:
        return None
    return f"{year}-{int(month):02d}-{int(day):02d}" if day else f"{year}-{int(month):02d}"
