"""The legal-number grammar, in clean text and in the forms OCR leaves behind."""
import pytest

from tiendo.extract.legal import find_legal_numbers, number_key


@pytest.mark.parametrize("text,number,issuer,etype", [
    ("Nghị quyết số 111/2024/QH15 ngày 18/01/2024", "111/2024/QH15", "Quốc hội", None),
    ("Quyết định số 236/QĐ-TTg ngày 19/3/2024", "236/QĐ-TTg", "Thủ tướng Chính phủ", "Decision"),
    ("Nghị quyết số 44-NQ/TW ngày 24/11/2023", "44-NQ/TW", "Ban Chấp hành Trung ương Đảng", "Resolution"),
    ("Nghị quyết số 08/2019/NQ-HĐND", "08/2019/NQ-HĐND", "HĐND tỉnh", "Resolution"),
    ("Chỉ thị số 06/CT-TTg", "06/CT-TTg", "Thủ tướng Chính phủ", "Directive"),
    ("Công văn số 16684/BTC-NSNN", "16684/BTC-NSNN", "Bộ Tài chính", "LegalDocument"),
    ("Nghị quyết số 02/NQ-CP", "02/NQ-CP", "Chính phủ", "Resolution"),
    # OCR damage: Đ read as D, DB, B or P; stray spaces around the slash.
    ("Quyét dinh s6 1009/QD-TTg ngay 19/9/2024", "1009/QĐ-TTg", "Thủ tướng Chính phủ", "Decision"),
    ("Quyét dinh sé 262/QDB-TTg", "262/QĐ-TTg", "Thủ tướng Chính phủ", "Decision"),
    ("Nghi quyét sb 17/2020/NQ-HDND, ngay 14/12/2020", "17/2020/NQ-HĐND", "HĐND tỉnh", "Resolution"),
    ("s& 62/NQ-HPND, ngay 09/ 12/2021", "62/NQ-HĐND", "HĐND tỉnh", "Resolution"),
    ("Quyét dinh 143/Qb-UBND", "143/QĐ-UBND", "UBND tỉnh", "Decision"),
    ("Quyét dinh s6 23/2021/QP- TTg, Quyét dinh", "23/2021/QĐ-TTg", "Thủ tướng Chính phủ", "Decision"),
    ("Cong vin sé6 3391/BQP-TM ngay 20/8/2024", "3391/BQP-TM", "Bộ Quốc phòng", "LegalDocument"),
    # the Standing Committee of the 15th National Assembly, its 1 read as I
    ("Nghi quyét s6 1672/NQ-UBTVQHI5, ngdy 16/6/2025", "1672/NQ-UBTVQH15", "Ủy ban Thường vụ Quốc hội", "Resolution"),
    # a Party committee's board issues it: the board's code is kept, no issuer is guessed
    ("Hudng dan s6 30-HD/BTGTU, ngay 12/5/2021", "30-HD/BTGTU", None, "LegalDocument"),
    # a Party committee's plan, programme of action and scheme, in the Party's style of number
    ("Kế hoạch số 56-KH/TU của Tỉnh ủy", "56-KH/TU", "Tỉnh ủy", "Plan"),
    ("Chương trình hành động số 12-CTr/TU ngày 05/3/2025", "12-CTr/TU", "Tỉnh ủy", "Program"),
    ("Đề án số 03-ĐA/TU ngày 10/01/2025", "03-ĐA/TU", "Tỉnh ủy", "Scheme"),
])
def test_numbers_are_found_and_canonicalised(text, number, issuer, etype):
    found = find_legal_numbers(text)
    assert [n.number for n in found] == [number]
    assert found[0].issuer == issuer
    assert found[0].entity_type == etype
    assert text[found[0].start:found[0].end].replace(" ", "") == found[0].raw.replace(" ", "")


@pytest.mark.parametrize("text", [
    "tỷ lệ 1/500", "bàn giao 8,9/27,13 km", "khu vực mốc 1088/2-1089", "ngày 18/01/2024", "đạt 250/350km",
])
def test_measures_and_dates_are_not_numbers(text):
    assert find_legal_numbers(text) == []


def test_number_key_ignores_diacritics_and_spaces():
    assert number_key("236/QĐ-TTg") == number_key("236/QD-TTg") == "236/qdttg"


def test_a_law_named_before_its_number_is_one_law():
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text

    for text in ("Triển khai thi hành Luật Đầu tư công số 58/2024/QH15 của Quốc hội.",
                 "Trien khai thi hanh Luat Dau tu cong so 58/2024/QH15 cua Quoc hoi."):
        ex = extract_source(read_text(text.encode("utf-8"), "short.txt"))
        documents = [(e.type, e.label, e.number) for e in ex.entities if e.number]
        assert documents == [("Law", "Luật Đầu tư công số 58/2024/QH15", "58/2024/QH15")], documents


def test_an_official_letter_read_through_ocr_with_a_capital_before_the_digit():
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text

    ex = extract_source(read_text("UBND tinh co C6ng van so 1234/UBND-KT ngay 20/7/2023.".encode("utf-8"), "a.txt"))
    assert [e.label for e in ex.entities if e.number] == ["Công văn số 1234/UBND-KT"]


def test_a_programme_of_action_keeps_its_kind_before_its_number():
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text

    for text in ("Triển khai Chương trình hành động số 12-CTr/TU ngày 05/3/2025 của Ban Thường vụ Tỉnh ủy.",
                 "Trién khai Chuong trinh hanh déng sé 12-CTr/TU ngay 05/3/2025 cua Ban Thuong vu Tinh uy."):
        ex = extract_source(read_text(text.encode("utf-8"), "short.txt"))
        programs = [(e.label, e.number) for e in ex.entities if e.type == "Program"]
        assert programs == [("Chương trình hành động số 12-CTr/TU", "12-CTr/TU")], programs
