"""The report's own province: a province ("tỉnh") or a centrally-run city ("thành phố"), whose bodies and
plannings a report names without saying whose."""
from tiendo.extract.pipeline import extract_source
from tiendo.extract.reader import read_text

CITY_REPORT = """ỦY BAN NHÂN DÂN
THÀNH PHỐ ĐÀ NẴNG
Số: 318/BC-UBND

Đà Nẵng, ngày 10 tháng 12 năm 2024

BÁO CÁO
Tình hình thực hiện kế hoạch đầu tư công năm 2024

Kế hoạch đầu tư công năm 2024 được Hội đồng nhân dân thành phố giao tại Nghị quyết số 112/NQ-HĐND ngày 08/12/2023.
Quy hoạch thành phố Đà Nẵng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được Thủ tướng Chính phủ phê duyệt tại
Quyết định số 1287/QĐ-TTg ngày 02/11/2023. UBND thành phố đã ban hành Kế hoạch số 56/KH-UBND ngày 15/3/2024 thực hiện
Quy hoạch thành phố. UBND thành phố Thủ Đức ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số trên địa bàn thành phố.
"""


def _extract(text: str, name: str):
    ex = extract_source(read_text(text.encode("utf-8"), name))
    labels = {e.id: e.label for e in ex.entities}
    return ex, labels, {(labels[r.s], r.p, labels[r.o]) for r in ex.relations}


def test_a_centrally_run_city_reports_as_its_own_province():
    ex, labels, relations = _extract(CITY_REPORT, "city.txt")
    assert ex.meta.issuer == "UBND thành phố Đà Nẵng"
    planning = "Quy hoạch thành phố Đà Nẵng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"
    # the bodies a number's grammar names are the city's, and "Quy hoạch thành phố" is the city's planning
    assert {("Nghị quyết số 112/NQ-HĐND", "issuedBy", "HĐND thành phố Đà Nẵng"),
            ("Kế hoạch số 56/KH-UBND", "issuedBy", "UBND thành phố Đà Nẵng"),
            ("Kế hoạch số 56/KH-UBND", "implements", planning)} <= relations
    assert [label for label in labels.values() if label.startswith("Quy hoạch")] == [planning]
    # "UBND thành phố Thủ Đức" is a city inside it, not the city's committee
    assert not any("tỉnh" in label for label in labels.values())
    assert ("Kế hoạch số 12/KH-UBND", "issuedBy", "UBND thành phố Đà Nẵng") not in relations


def test_another_provinces_committee_is_not_the_reports_own():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n\nBÁO CÁO\nTình hình quý I năm 2024\n\n"
            "UBND tỉnh Lạng Sơn ban hành Kế hoạch số 20/KH-UBND về du lịch. UBND tỉnh Cao Bằng ban hành Kế hoạch số "
            "35/KH-UBND về nông thôn mới.\n")
    ex, labels, relations = _extract(text, "province.txt")
    assert ex.meta.issuer == "UBND tỉnh Lạng Sơn"
    other = text.index("UBND tỉnh Cao Bằng")
    assert not any(m.start == other for e in ex.entities if e.label == "UBND tỉnh Lạng Sơn" for m in e.mentions)
    assert ("Kế hoạch số 35/KH-UBND", "issuedBy", "UBND tỉnh Cao Bằng") in relations


def test_a_city_report_through_ocr_damage():
    text = ("UY BAN NH&N D&N\nTHANH PHD HA NOI\n\nTHÉNG CAO BAO CHI\nKet qua thuc hien cac du an giao thong trong diém "
            "quy III nam 2024\n\nDu an cau Tu Lien duge HDND thanh phé phe duyet chu truong dau tu tai Nghi quyet so "
            "18/NQ-HDND ngay 23/9/2024.\n")
    ex, labels, relations = _extract(text, "city_ocr.txt")
    assert (ex.meta.kind, ex.meta.issuer) == ("press_release", "UBND thành phố Hà Nội")
    # the city's council by the number's grammar, not a ward whose name is near "Hà Nội"
    assert ("Nghị quyết số 18/NQ-HĐND", "issuedBy", "HĐND thành phố Hà Nội") in relations


# The head of the page in two columns side by side, as text drawn from a PDF or a DOCX table lays it out.
TWO_COLUMN_HEAD = """ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐỒNG THÁP                        Độc lập - Tự do - Hạnh phúc

Số: 312/BC-UBND                  Đồng Tháp, ngày 25 tháng 11 năm 2024

BÁO CÁO
Tình hình thực hiện kế hoạch đầu tư công tháng 11 năm 2024

Kế hoạch đầu tư công năm 2024 của tỉnh là 4.215 tỷ đồng.
"""


def test_a_page_head_in_two_columns_is_not_the_title():
    meta = _extract(TWO_COLUMN_HEAD, "head.txt")[0].meta
    assert meta.title == "Tình hình thực hiện kế hoạch đầu tư công tháng 11 năm 2024"
    assert (meta.period_start, meta.period_end, meta.issuer) == ("2024-11-01", "2024-11-30", "UBND tỉnh Đồng Tháp")
    # through OCR: the province's name with a digit for its vowel ("D6NG"), said nowhere else as written
    ocr = TWO_COLUMN_HEAD.replace("TỈNH ĐỒNG THÁP", "TINH D6NG THAP").replace("Đồng Tháp,", "Péng Thap,")
    ocr = ocr.replace("Tình hình thực hiện kế hoạch đầu tư công", "Tinh hinh thtrc hién ké hoach dau tu céng")
    meta = _extract(ocr.replace("của tỉnh", "ctia tinh"), "head_ocr.txt")[0].meta
    assert (meta.period_start, meta.issuer) == ("2024-11-01", "UBND tỉnh Đồng Tháp")
