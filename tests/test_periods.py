"""The period a report covers, and the period a heading sets tasks for, read from folded text."""
import pytest

from tiendo.extract.periods import period_bounds, spell_quarters
from tiendo.extract.pipeline import extract_report
from tiendo.extract.text import fold_ocr

from conftest import REPORTS


@pytest.mark.parametrize("text,bounds", [
    ("Tình hình kinh tế - xã hội quý I năm 2024", ("2024-01-01", "2024-03-31")),
    ("9 tháng đầu năm 2024", ("2024-01-01", "2024-09-30")),
    ("Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030", ("2026-01-01", "2030-12-31")),
    ("tháng 02 năm 2024", ("2024-02-01", "2024-02-29")),  # a leap year's February
    ("nhiệm vụ năm 2025", ("2025-01-01", "2025-12-31")),
    # OCR: I read as l or 1, "năm" as "nim"/"ndm", "tháng" as "thdng"
    ("quy ll ndm 2024", ("2024-04-01", "2024-06-30")),
    ("quý 1V nim 2023", ("2023-10-01", "2023-12-31")),
    ("6 thdng dau nim 2025", ("2025-01-01", "2025-06-30")),
    ("nhiệm vụ trọng tâm", (None, None)),  # no year: no period
    # a month and the months to its end: the whole; a quarter and the next one's tasks: the first
    ("Tình hình kinh tế - xã hội tháng 9 và 9 tháng năm 2024", ("2024-01-01", "2024-09-30")),
    ("quý III và 9 tháng đầu năm 2024", ("2024-01-01", "2024-09-30")),
    ("quý I, nhiệm vụ trọng tâm quý II năm 2024", ("2024-01-01", "2024-03-31")),
    ("tháng 01 và nhiệm vụ tháng 02 năm 2026", ("2026-01-01", "2026-01-31")),
])
def test_the_period_a_text_names(text, bounds):
    assert period_bounds(fold_ocr(text)) == bounds


def test_the_bundled_reports_cover_the_periods_their_titles_name():
    periods = {path.name[:3]: (lambda m: (m.period_start, m.period_end))(extract_report(path).meta)
               for path in sorted(REPORTS.iterdir())}
    assert periods["000"] == ("2024-01-01", "2024-09-30")  # "9 thang dau nim" (OCR), its year on the next line
    assert periods["002"] == ("2024-01-01", "2024-03-31")  # "quý I, nhiệm vụ trọng tâm quý II năm 2024"
    assert periods["004"] == ("2022-01-01", "2022-03-31")  # "quy I nim 2022"
    assert periods["001"] == ("2026-01-01", "2030-12-31")  # "5 nam 2026 - 2030"


def test_a_span_of_years_is_its_whole_span():
    assert period_bounds("ke hoach dau tu cong trung han giai doan 2021 - 2025") == ("2021-01-01", "2025-12-31")


def test_a_council_resolution_is_the_councils_and_dated_where_it_is_signed():
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text

    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 15/NQ-HĐND\n\nNGHỊ QUYẾT\nVề việc điều chỉnh Kế hoạch đầu tư "
            "công trung hạn giai đoạn 2021 - 2025\n\nCăn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\n")
    meta = extract_source(read_text(text.encode("utf-8"), "nq.txt")).meta
    assert meta.issuer == "HĐND tỉnh Đồng Tháp"
    assert meta.issued is None  # 13/6/2019 is the law's date, cited, not the resolution's
    dated = text.replace("Số: 15/NQ-HĐND\n", "Số: 15/NQ-HĐND\nĐồng Tháp, ngày 10 tháng 7 năm 2024\n")
    assert extract_source(read_text(dated.encode("utf-8"), "nq.txt")).meta.issued == "2024-07-10"


def test_quarters_misread_by_ocr_are_written_with_their_roman_number():
    assert spell_quarters("nhiệm vụ, giải pháp chủ yếu Quy 1V năm 2024") == "nhiệm vụ, giải pháp chủ yếu Quý IV năm 2024"
    assert spell_quarters("quý I năm 2022, nhiệm vụ trọng tâm quý Il năm 2022") == \
        "quý I năm 2022, nhiệm vụ trọng tâm quý II năm 2022"
    assert spell_quarters("Quy hoạch tỉnh; quỹ 5") == "Quy hoạch tỉnh; quỹ 5"  # no quarter


def test_an_ocr_reports_title_is_restored_for_display():
    meta = extract_report(REPORTS / "004_8965950bfb0edcf7.txt").meta
    assert "kinh tế - xã hội quý I năm 2022, nhiệm vụ trọng tâm quý II năm 2022" in meta.title


def test_the_national_motto_as_ocr_reads_it_is_no_title():
    # "Độc lập - Tự do - Hạnh phúc" read "Boc l4p - Tu do - Hanh phuc": page furniture, not the report's title
    from tiendo.extract.reader import read_text
    from tiendo.extract.pipeline import extract_source

    text = ("UY BAN NH&N D4N\nTINH BAC GIANG\nSo: 512/BC-UBND\n\nCONG HOA XA HOI CHU NGHIA VIET NAM\n"
            "Boc l4p - Tu do - Hanh phuc\n\nBac Giang, ngay 25 thang 10 nam 2025\n\nBAO CAO\n"
            "Tinh hinh kinh te - xa hoi thang 10 va 10 thang nim 2025\n\nI. TINH HINH CHUNG\n\nTang truong kha.\n")
    meta = extract_source(read_text(text.encode(), "bg.txt")).meta
    assert meta.title and meta.title.startswith("Tình hình kinh tế - xã hội tháng 10"), meta.title
    assert (meta.period_start, meta.period_end) == ("2025-01-01", "2025-10-31")
    # its ộ lost ("Pdc l&p"), and "CỘNG HÒA" read "CONG HÉA": both still furniture
    damaged = text.replace("Boc l4p", "Pdc l&p").replace("CONG HOA", "CONG HÉA")
    meta = extract_source(read_text(damaged.encode(), "bg.txt")).meta
    assert meta.title and meta.title.startswith("Tình hình kinh tế - xã hội tháng 10"), meta.title


def test_a_departments_report_is_the_departments():
    from tiendo.extract.reader import read_text
    from tiendo.extract.pipeline import extract_source

    text = ("UBND TỈNH THANH HÓA\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\n\nBÁO CÁO\nTình hình giải ngân vốn đầu tư công 6 tháng đầu "
            "năm 2025\n\nLũy kế giải ngân của tỉnh Thanh Hóa đạt 35,4% kế hoạch.\n")
    meta = extract_source(read_text(text.encode(), "th.txt")).meta
    assert (meta.issuer, meta.period_start, meta.period_end) == ("Sở Kế hoạch và Đầu tư", "2025-01-01", "2025-06-30")
    for damaged in ("SÉ KE HOACH VA DAU TU", "SG KÉ HOACH VA P4U Tir"):  # as OCR reads it, and not as the title
        meta = extract_source(read_text(text.replace("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", damaged).encode(), "th.txt")).meta
        assert (meta.issuer, meta.period_end) == ("Sở Kế hoạch và Đầu tư", "2025-06-30")


def test_a_districts_report_is_the_districts():
    from tiendo.extract.reader import read_text
    from tiendo.extract.pipeline import extract_source

    text = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐÌNH LẬP\nSố: 215/BC-UBND\n\nĐình Lập, ngày 20 tháng 6 năm 2024\n\nBÁO CÁO\n"
            "Tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2024\n\nCông trình Trường Mầm "
            "non xã Bắc Xa đã hoàn thành, bàn giao đưa vào sử dụng.\n")
    assert extract_source(read_text(text.encode(), "dl.txt")).meta.issuer == "UBND huyện Đình Lập"
    # a provincial city's committee; a centrally-run city is a province (its committee is the province's)
    city = text.replace("HUYỆN ĐÌNH LẬP", "THÀNH PHỐ LẠNG SƠN")
    assert extract_source(read_text(city.encode(), "tp.txt")).meta.issuer == "UBND thành phố Lạng Sơn"
    central = text.replace("HUYỆN ĐÌNH LẬP", "THÀNH PHỐ CẦN THƠ")
    assert extract_source(read_text(central.encode(), "ct.txt")).meta.issuer == "UBND thành phố Cần Thơ"
    # OCR's header is restored as a name is ("HUYÉN BINH LÉP")
    ocr = ("UY BAN NH4N D4N\nHUYÉN BINH LÉP\nSd: 215/BC-UBND\n\nBAO CAO\nTinh hinh thuc hién nhiém vu phat trién kinh "
           "té - xa héi 6 thang dau nim 2024\n\nCong trinh Truong Mam non xa Bac Xa da hoan thanh.\n")
    assert extract_source(read_text(ocr.encode(), "dl_ocr.txt")).meta.issuer == "UBND huyện Đình Lập"
