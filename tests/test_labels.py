"""A label's written form: abbreviations spelt out, ranges spaced one way, OCR's reading of a road's class."""
import pytest

from tiendo.extract.labels import project_label, read_as_agency_names, tidy_label


@pytest.mark.parametrize("label,tidy", [
    ("Chương trình MTQG giảm nghèo bền vững giai đoạn 2021-2025",
     "Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025"),
    ("Dự án nâng cấp đoạn Km18 -Km80", "Dự án nâng cấp đoạn Km18 - Km80"),
    ("Kế hoạch cải cách hành chính năm 2024", "Kế hoạch cải cách hành chính năm 2024"),
    ("Chương trình xóa nhà tạm, nhà dột nát thuỷ lợi hoá", "Chương trình xóa nhà tạm, nhà dột nát thủy lợi hóa"),
    # "lộ" read as digits, with or without the marks of "Quốc" restored
    ("Dự án nâng cấp đoạn Km18 - Km80 Quéc 16 4B", "Dự án nâng cấp đoạn Km18 - Km80 Quốc lộ 4B"),
    ("đường kết nối Quốc 16 4B đến Quốc 16 18", "đường kết nối Quốc lộ 4B đến Quốc lộ 18"),
    ("Kỷ niệm 16 năm", "Kỷ niệm 16 năm"),  # a number that follows no road word stays
])
def test_a_label_takes_one_written_form(label, tidy):
    assert tidy_label(label) == tidy


def test_the_report_province_is_named_where_the_label_says_the_province():
    assert tidy_label("Quy hoạch tỉnh thời kỳ 2021 - 2030", "Lào Cai") == "Quy hoạch tỉnh Lào Cai thời kỳ 2021 - 2030"
    assert tidy_label("Kế hoạch trên địa bàn tỉnh Điện Biên", "Lào Cai") == "Kế hoạch trên địa bàn tỉnh Điện Biên"
    # the province's party organisation, whose congress a resolution is of
    assert tidy_label("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVI", "Lào Cai") == \
        "Nghị quyết Đại hội Đảng bộ tỉnh Lào Cai lần thứ XVI"
    # a plan of a year "tỉnh" closes ("Kế hoạch vốn … năm 2025 tỉnh được giao …"); not a level or a budget
    assert tidy_label("Kế hoạch vốn đầu tư công năm 2025 tỉnh", "Lào Cai") == \
        "Kế hoạch vốn đầu tư công năm 2025 tỉnh Lào Cai"
    assert tidy_label("Kế hoạch sử dụng đất 5 năm cấp tỉnh", "Lào Cai") == "Kế hoạch sử dụng đất 5 năm cấp tỉnh"


def test_an_agency_that_ocr_damaged_is_spelt_as_the_agency():
    restored = "Kế hoạch của Ban Thường vụ Tỉnh từ thực hiện Nghị quyết"
    assert read_as_agency_names(restored, "Ké hoach ciia Ban Thuong vy Tinh ty thuc hién Nghi quyét") == \
        "Kế hoạch của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết"
    # without the words as read, or when they do not line up word for word, the label stays
    assert read_as_agency_names(restored, None) == restored
    assert read_as_agency_names(restored, "Ban Thuong vy Tinh ty") == restored


def test_an_ocr_label_names_the_agency_as_it_is_spelt():
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text

    ex = extract_source(read_text("Trién khai Ké hoach ciia Ban Thuong vy Tinh ty thuc hién Nghi quyét s6 12-NQ/TW "
                                  "ngay 05/3/2025 cua Bo Chinh tri.".encode(), "short.txt"))
    assert any(e.type == "Plan" and "Ban Thường vụ Tỉnh ủy" in e.label for e in ex.entities), \
        [e.label for e in ex.entities]


def test_a_projects_label_is_written_as_official_names_are():
    assert project_label("Trung tâm y tế huyện Bắc Sơn") == "Trung tâm Y tế huyện Bắc Sơn"
    assert project_label("Dự án xây dựng Trường mầm non xã Tân Văn") == "Dự án xây dựng Trường Mầm non xã Tân Văn"
    assert project_label("Trung tâm huyện Văn Lãng") == "Trung tâm huyện Văn Lãng"  # a place follows: no name
    # a work listed without a cue word is called a project, as the annotations do
    assert project_label("đường giao thông kết nối Quốc lộ 4B đến Quốc lộ 18") == \
        "Dự án đường giao thông kết nối Quốc lộ 4B đến Quốc lộ 18"
    assert project_label("Dự án Cầu Ba Lai") == "Dự án Cầu Ba Lai"
