"""A label's written form: the report's abbreviations spelt out and ranges spaced one way.

Reports shorten the same words in different ways ("Chương trình MTQG …", "Chương trình mục tiêu quốc
gia …") and write ranges as "2021-2025", "2021 -2025" or "2021 - 2025". A label is what a planner
reads and what entity resolution compares across reports, so it takes one form: the words in full and
the ranges spaced. The abbreviations are those of Vietnamese public administration in general; OCR may
read their Đ as D, so they are looked up by folded form. A report calls its own province "tỉnh"; a label
read beside other provinces' names it. An agency's name that OCR damaged is spelt as the agency is.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import ORG_LABELS, ORG_RE, province_unit, which
from .text import fold, fold_ocr, modern_tone

# Abbreviation (folded, upper case) → the words it stands for.
ABBREVIATIONS = {
    "MTQG": "mục tiêu quốc gia",
    "GPMB": "giải phóng mặt bằng",
    "TDC": "tái định cư",
    "NSTW": "ngân sách trung ương",
    "NSDP": "ngân sách địa phương",
    "NSNN": "ngân sách nhà nước",
    "KT-XH": "kinh tế - xã hội",
    "DBKK": "đặc biệt khó khăn",
    "DTTS": "dân tộc thiểu số",
    "DTTS&MN": "dân tộc thiểu số và miền núi",
    "NTM": "nông thôn mới",
    "CCHC": "cải cách hành chính",
    "XDCB": "xây dựng cơ bản",
    "HTX": "hợp tác xã",
    "KCN": "khu công nghiệp",
    "CCN": "cụm công nghiệp",
    "CNTT": "công nghệ thông tin",
    "ATGT": "an toàn giao thông",
    "PCCC": "phòng cháy, chữa cháy",
    "KH&CN": "khoa học và công nghệ",
    "GD&DT": "giáo dục và đào tạo",
    "TN&MT": "tài nguyên và môi trường",
}
_ABBREVIATION = re.compile(r"(?<![\w&-])[A-ZĐ][A-ZĐ&-]*[A-ZĐ](?![\w&-])")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\b")
_KM_RANGE = re.compile(r"\b(Km\s?\d[\d+,.]*)\s*[-–—]\s*(Km\s?\d)")
# A national road as OCR reads "Quốc lộ": "Quốc 16 4E", "Quéc 16 4E" (a word "lộ" read as digits), or its vowel
# misread and restored as another word ("Quoc lé 30": "Quốc lệ 30"); a number follows.
_ROAD_CLASS = re.compile(r"\b([Qq])u[^\W\d_]{1,2}c (?:16|l6|1ộ|l[^\W\d_])(?= \d)")
# A provincial road's code before its number, as restoration may have read "DT.846": "Đt.846", "Đi.846"
_PROVINCIAL_ROAD = re.compile(r"\b[DĐ][TtIi]\.(?=\d)")


def _spelt_out(match: re.Match) -> str:
    return ABBREVIATIONS.get(fold(match.group()).upper(), match.group())


@lru_cache(maxsize=1 << 14)  # names recur across reports
def tidy_label(label: str, province: str | None = None) -> str:
    """The label with its abbreviations spelt out, tone marks placed one way, ranges written "A - B", a road's
    class spelt ("Quốc lộ"), and "the province" named when the report's province is known."""
    label = modern_tone(_ABBREVIATION.sub(_spelt_out, label))
    label = _YEAR_RANGE.sub(r"\1 - \2", label)
    label = _KM_RANGE.sub(r"\1 - \2", label)
    label = _ROAD_CLASS.sub(r"\1uốc lộ", label)
    label = _PROVINCIAL_ROAD.sub("ĐT.", label)
    if not province or fold(province).lower() in fold(label).lower():
        return label  # no province known, or the name says it already ("… tỉnh Lào Cai năm 2022 … trên địa bàn tỉnh")
    # unless a name follows already ("trên địa bàn tỉnh Lào Cai", "tỉnh Điện Biên")
    the_province = _THE_PROVINCE if province_unit(province) == "tỉnh" else _THE_CITY
    return the_province.sub(lambda m: m.group() if label[m.end() + 1:m.end() + 2].isupper()
                            else f"{m.group()} {province}", label)


# "… trên địa bàn tỉnh", "… của tỉnh năm 2024", "Quy hoạch tỉnh thời kỳ …", "Nghị quyết Đại hội Đảng bộ tỉnh …",
# "Kế hoạch vốn đầu tư công năm 2025 tỉnh" (not "… cấp tỉnh", "ngân sách tỉnh"): a report says "the province" for
# its own; a label read across provinces names it ("… trên địa bàn tỉnh Lào Cai").
_THE_PROVINCE = re.compile(r"(?:(?<=trên địa bàn )|(?<=của )|(?<=[Qq]uy hoạch )|(?<=Đảng bộ ))tỉnh(?!\w)|(?<=\d )tỉnh$")
_THE_CITY = re.compile(_THE_PROVINCE.pattern.replace("tỉnh", "thành phố"))  # a centrally-run city's own report


@lru_cache(maxsize=1 << 14)
def read_as_agency_names(label: str, read: str | None) -> str:
    """`label` with each agency that its words as OCR read them (`read`, word for word) name spelt as the
    agency is: "Ban Thuong vy Tinh ty" is "Ban Thường vụ Tỉnh ủy", which restoration, reading word by word,
    may miss ("Tỉnh từ"). The agencies are the lexicon's (`ORG_PATTERNS`), not any report's."""
    if not read:
        return label
    words, folded = label.split(" "), fold_ocr(read).lower()
    if len(folded) != len(read) or folded.count(" ") != len(words) - 1:
        return label  # folded to another length, or not word for word: offsets would not say which word is which
    for m in ORG_RE.finditer(folded):
        first, last = folded.count(" ", 0, m.start()), folded.count(" ", 0, m.end(m.lastgroup))
        canonical = ORG_LABELS[which(m)].split()
        if len(canonical) == last - first + 1 and all(word.isalpha() for word in words[first:last + 1]):
            words[first:last + 1] = canonical
    return " ".join(words)


# An institution's own name opens on a capital after its head, as official names are written ("Trung tâm Y tế
# huyện A", "Bệnh viện Đa khoa tỉnh", "Trường Mầm non xã B", "Trạm Y tế xã C"); not a place or a linking word.
_INSTITUTION = re.compile(r"^((?:Dự án (?:(?:Đầu tư )?(?:Xây dựng|xây dựng) )?)?(?:Trung tâm|Bệnh viện|Trường|Trạm) )"
                          r"(?!(?:xã|huyện|tỉnh|thành|thị|phường|quận|của|và|tại|thuộc|cho|ở)\b)([a-zà-ỹđ])")


def project_label(label: str) -> str:
    """A project's label as official names are written: an institution's name after its head capitalised, and a
    work named without a cue word ("đường giao thông kết nối A đến B", listed among projects) called a project."""
    label = _INSTITUTION.sub(lambda m: m.group(1) + m.group(2).upper(), label)
    return f"Dự án {label}" if label[:1].islower() else label
