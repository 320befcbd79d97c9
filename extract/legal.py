"""The grammar of Vietnamese legal-document numbers, in clean and OCR-damaged text.

    98/2023/QH15        number / year / National Assembly term
    05/2021/NQ-HĐND     number / year / kind-issuer
    415/QĐ-TTg          number / kind-issuer
    9876/BTC-NSNN       number / issuer-department (an official letter)
    12-NQ/TW            number-kind / issuer (Party documents)

OCR breaks the letter Đ into D, B, P or DB ("QD-TTg", "QDB-TTg", "HBND"); `canonical_code`
repairs those against the closed list of codes that really contain Đ.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Kinds of document, by the code inside the number → entity type and Vietnamese name.
KIND_CODES = {
    "NQ": ("Resolution", "Nghị quyết"),
    "QĐ": ("Decision", "Quyết định"),
    "CT": ("Directive", "Chỉ thị"),
    "KH": ("Plan", "Kế hoạch"),
    "NĐ": ("LegalDocument", "Nghị định"),
    "TT": ("LegalDocument", "Thông tư"),
    "TTLT": ("LegalDocument", "Thông tư liên tịch"),
    "KL": ("LegalDocument", "Kết luận"),
    "TB": ("LegalDocument", "Thông báo"),
    "CĐ": ("LegalDocument", "Công điện"),
    "BC": ("LegalDocument", "Báo cáo"),
    "TTr": ("LegalDocument", "Tờ trình"),
    "HD": ("LegalDocument", "Hướng dẫn"),
    "CTr": ("Program", "Chương trình"),
    "ĐA": ("Scheme", "Đề án"),
}

# Issuing bodies, by the code after the kind (national bodies and generic provincial ones).
ISSUER_CODES = {
    "TTg": "Thủ tướng Chính phủ",
    "CP": "Chính phủ",
    "TW": "Ban Chấp hành Trung ương Đảng",
    "HĐND": "HĐND tỉnh",
    "UBND": "UBND tỉnh",
    "TU": "Tỉnh ủy",
    "BCT": "Bộ Công Thương",
    "BTC": "Bộ Tài chính",
    "BXD": "Bộ Xây dựng",
    "BQP": "Bộ Quốc phòng",
    "BCA": "Bộ Công an",
    "BNG": "Bộ Ngoại giao",
    "BTP": "Bộ Tư pháp",
    "BYT": "Bộ Y tế",
    "BNV": "Bộ Nội vụ",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BGTVT": "Bộ Giao thông vận tải",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "UBDT": "Ủy ban Dân tộc",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "VPCP": "Văn phòng Chính phủ",
}

_D_CODES = [c for c in list(KIND_CODES) + list(ISSUER_CODES) + ["ĐT", "ĐTM"] if "Đ" in c]
_OCR_VARIANTS: dict[str, str] = {}
for _code in _D_CODES:
    for _bad in ("D", "B", "P", "DB", "DP", "Đ", "Ð"):
        _OCR_VARIANTS.setdefault(_code.replace("Đ", _bad), _code)


# The National Assembly's term ("QH15") and its Standing Committee's ("UBTVQH15"); OCR reads 1 as I or l.
_TERM = re.compile(r"((?:UBTV)?QH)[Il1](\d)")


def canonical_code(code: str) -> str:
    """Repair one dash-separated code: QD→QĐ, HBND→HĐND, Ttg→TTg, QHI5→QH15."""
    if code in ISSUER_CODES or code in KIND_CODES:
        return code
    if term := _TERM.fullmatch(code):
        return f"{term.group(1)}1{term.group(2)}"
    if code in _OCR_VARIANTS:
        return _OCR_VARIANTS[code]
    upper = code.upper()
    for known in list(ISSUER_CODES) + list(KIND_CODES):
        if known.upper() == upper:
            return known
    return _OCR_VARIANTS.get(upper, code)


@dataclass(frozen=True)
class LegalNumber:
    start: int
    end: int
    raw: str
    number: str          # canonical form with Vietnamese letters
    year: str | None
    kind: str | None     # a KIND_CODES key
    issuer_code: str | None
    issuer_span: tuple[int, int] | None  # where the issuer code stands in the text

    @property
    def issuer(self) -> str | None:
        if self.issuer_code in ISSUER_CODES:
            return ISSUER_CODES[self.issuer_code]
        if self.issuer_code and re.fullmatch(r"QH\d{1,2}", self.issuer_code):
            return "Quốc hội"
        if self.issuer_code and re.fullmatch(r"UBTVQH\d{1,2}", self.issuer_code):
            return "Ủy ban Thường vụ Quốc hội"
        return None

    @property
    def entity_type(self) -> str | None:
        if self.kind in KIND_CODES:
            return KIND_CODES[self.kind][0]
        if self.issuer_code and self.issuer_code.startswith("QH"):
            return None  # a law or a resolution: the cue word decides
        return "LegalDocument"


_CODE = r"[A-ZĐÐ][A-Za-zĐđÐ]{0,7}\d{0,2}"
# Both styles open on a digit, and test what stands before it once past it ("\d(?<![\w/]\d)"): the engine
# then searches for digits at C speed instead of trying the test at every character (twice as fast).
# Government style: N[/YYYY]/CODE[-CODE[-CODE]]; OCR puts stray spaces around the slash and after a dash.
_GOV = re.compile(
    rf"(\d(?<![\w/]\d)\d{{0,4}})\s?/\s?(?:(\d{{4}})\s?/\s?)?({_CODE}(?:-[ ]?{_CODE}){{0,2}})(?![\w])"
)
# Party style: N-KIND/ISSUER (12-NQ/TW, 05-KL/TU, 56-KH/TU, 12-CTr/TU, 03-ĐA/TU); the issuer may be a committee's
# board (30-HD/BTGTU: Ban Tuyên giáo Tỉnh ủy).
_PARTY = re.compile(r"(\d(?<![\w/]\d)\d{0,3})-(NQ|KL|CT|CTr|KH|ĐA|DA|BC|QĐ|QD|TB|HD)/"
                    r"(TW|TU|HU|ĐU|DU|BCS|[A-ZĐ]{2,6}(?:TW|TU|HU))(?![\w])")


def find_legal_numbers(text: str) -> list[LegalNumber]:
    found: list[LegalNumber] = []
    for m in _PARTY.finditer(text):
        kind = canonical_code(m.group(2))
        issuer = m.group(3)
        found.append(LegalNumber(m.start(), m.end(), m.group(), f"{m.group(1)}-{kind}/{issuer}", None, kind,
                                 issuer, (m.start(3), m.end(3))))
    for m in _GOV.finditer(text):
        parts = [(p.group(), p.start()) for p in re.finditer(r"[^-\s]+", m.group(3))]
        codes = [canonical_code(p) for p, _ in parts]
        if not _plausible(codes, m.group(2)):
            continue
        kind = codes[0] if codes[0] in KIND_CODES else None
        issuer_index = 1 if kind and len(codes) > 1 else 0
        if kind and len(codes) == 1:
            issuer_index = None
        issuer_code = codes[issuer_index] if issuer_index is not None else None
        issuer_span = None
        if issuer_index is not None:
            code, offset = parts[issuer_index]
            issuer_span = (m.start(3) + offset, m.start(3) + offset + len(code))
        number = m.group(1) + "/" + (m.group(2) + "/" if m.group(2) else "") + "-".join(codes)
        found.append(LegalNumber(m.start(), m.end(), m.group(), number, m.group(2), kind, issuer_code, issuer_span))
    found.sort(key=lambda n: n.start)
    return found


def _plausible(codes: list[str], year: str | None) -> bool:
    """Reject fractions and measures that share the shape (1/500, 8,9/27 km, 1088/2)."""
    first = codes[0]
    if first in KIND_CODES or first in ISSUER_CODES:
        return True
    if re.fullmatch(r"QH\d{1,2}", first):
        return bool(year)
    # Department letters such as BTC-NSNN or BQP-TM: all capitals, two parts.
    return len(codes) >= 2 and all(re.fullmatch(r"[A-ZĐ]{2,8}", c) for c in codes)


def number_key(number: str) -> str:
    """The identity of a number regardless of diacritics and spacing (as the scorer compares)."""
    from .text import fold

    return re.sub(r"[^a-z0-9/]", "", fold(number))
