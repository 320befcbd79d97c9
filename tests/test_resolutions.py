"""A council's resolution, which users bring beside reports: it decides investment policies for the projects its
article lists, names what pays for each, and replaces older texts ("Nghị quyết này thay thế …")."""
from tiendo.extract.pipeline import extract_source
from tiendo.extract.reader import read_text

RESOLUTION = """HỘI ĐỒNG NHÂN DÂN
TỈNH KIÊN GIANG
Số: 27/NQ-HĐND

Kiên Giang, ngày 12 tháng 7 năm 2024

NGHỊ QUYẾT
Về việc quyết định chủ trương đầu tư một số dự án đầu tư công nhóm B trên địa bàn tỉnh

Điều 1. Quyết định chủ trương đầu tư các dự án sau:
1. Dự án Đường ven biển Rạch Giá - Hòn Đất: tổng mức đầu tư 1.250 tỷ đồng từ nguồn vốn ngân sách tỉnh.
2. Dự án Nâng cấp, mở rộng Bệnh viện Đa khoa khu vực Phú Quốc: tổng mức đầu tư 480 tỷ đồng từ nguồn vốn ngân sách trung ương hỗ trợ có mục tiêu và vốn ngân sách tỉnh.
3. Dự án Kè chống sạt lở bờ biển huyện An Minh: tổng mức đầu tư 320 tỷ đồng, sử dụng nguồn vốn dự phòng ngân sách trung ương.

Điều 2. Tổ chức thực hiện
Nghị quyết này thay thế Nghị quyết số 12/NQ-HĐND ngày 15 tháng 3 năm 2023 của Hội đồng nhân dân tỉnh.
"""
HOSPITAL = "Dự án Nâng cấp, mở rộng Bệnh viện Đa khoa khu vực Phú Quốc"


def test_a_resolution_decides_the_investment_policy_of_each_project_its_article_lists():
    ex = extract_source(read_text(RESOLUTION.encode(), "nq.txt"))
    labels = {e.id: e.label for e in ex.entities}
    relations = {(labels[r.s], r.p, labels[r.o]) for r in ex.relations}
    assert ex.meta.kind == "resolution"
    approved = {labels[s.entity] for s in ex.statuses if s.status == "approved"}
    assert approved == {"Dự án Đường ven biển Rạch Giá - Hòn Đất", HOSPITAL,
                        "Dự án Kè chống sạt lở bờ biển huyện An Minh"}
    # each source of a list pays, past what the first is for; a reserve of the central budget is that budget
    assert {("ngân sách trung ương", "funds", HOSPITAL), ("ngân sách tỉnh", "funds", HOSPITAL),
            ("ngân sách trung ương", "funds", "Dự án Kè chống sạt lở bờ biển huyện An Minh")} <= relations
    # "Nghị quyết này" is the resolution itself, by its own number
    assert ("Nghị quyết số 27/NQ-HĐND", "replaces", "Nghị quyết số 12/NQ-HĐND") in relations


def test_the_same_resolution_through_ocr_damage():
    damaged = (RESOLUTION.replace("HỘI ĐỒNG NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 27/NQ-HĐND",
                                  "H6I DÉNG NHAN DAN\nTINH KIÉN GIANG\nSo: 27/NQ-HPND")
               .replace("chủ trương đầu tư các dự án sau", "chu trydng déu ttr cac dir an sau")
               .replace("từ nguồn vốn ngân sách tỉnh", "ty nguén vén ngén sach tinh")
               .replace("hỗ trợ có mục tiêu và vốn", "h6 trd co muc tiéu va von")
               .replace("sử dụng nguồn vốn dự phòng", "sw dung ngu6n von dw phong"))
    ex = extract_source(read_text(damaged.encode(), "nq_ocr.txt"))
    labels = {e.id: e.label for e in ex.entities}
    relations = {(labels[r.s], r.p, labels[r.o]) for r in ex.relations}
    assert (ex.meta.kind, ex.meta.number, ex.meta.issuer) == ("resolution", "27/NQ-HĐND", "HĐND tỉnh Kiên Giang")
    assert len([s for s in ex.statuses if s.status == "approved"]) == 3
    funded = {(source, project.split(":")[0][:30]) for source, p, project in relations if p == "funds"}
    assert funded == {("ngân sách tỉnh", "Dự án Đường ven biển Rạch Giá "), ("ngân sách trung ương", HOSPITAL[:30]),
                      ("ngân sách tỉnh", HOSPITAL[:30]), ("ngân sách trung ương", "Dự án Kè chống sạt lở bờ biển ")}
    assert ("Nghị quyết số 27/NQ-HĐND", "replaces", "Nghị quyết số 12/NQ-HĐND") in relations
