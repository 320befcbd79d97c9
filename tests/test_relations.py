"""Relation rules on short Vietnamese sentences, clean and OCR-damaged."""
from tiendo.extract.pipeline import PIPELINE, extract_source
from tiendo.extract.reader import read_text
from tiendo.extract.text import fold_key


def relations_of(text: str, name: str = "short.txt") -> set[tuple[str, str, str]]:
    ex = extract_source(read_text(text.encode("utf-8"), name))
    labels = {e.id: fold_key(e.label) for e in ex.entities}
    return {(labels[r.s], r.p, labels[r.o]) for r in ex.relations}


def test_places_listed_after_a_plan_are_where_it_applies():
    found = relations_of("Phê duyệt bổ sung Kế hoạch sử dụng đất năm 2024 của 03 huyện: Đình Lập, Lộc Bình và "
                         "Bình Gia.")
    plan = "ke hoach su dung dat nam 2024 cua 03 huyen"  # whose plan it is belongs to its name
    assert {(plan, "locatedIn", "huyen dinh lap"), (plan, "locatedIn", "huyen loc binh"),
            (plan, "locatedIn", "huyen binh gia")} <= found


def test_places_listed_in_ocr_text_after_a_colon():
    found = relations_of("Phé duyét bo sung Ké hoach sir dung dat nim 2024 cua 08 huyén: Dinh Lap, Loc Binh, "
                         "Binh Gia, Chi Lang.")
    located = {o for s, p, o in found if p == "locatedIn" and s.startswith("ke hoach")}
    # Four districts, each under its unit word; the names themselves are restored by the diacritic model.
    assert len(located) == 4 and all(o.startswith("huyen ") for o in located)
    assert {"huyen dinh lap", "huyen binh gia", "huyen chi lang"} <= located


def test_an_agency_that_enacts_a_text_issues_it():
    found = relations_of("Trình HĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ đầu tư xây dựng "
                         "hạ tầng kỹ thuật khu công nghiệp.")
    assert any(p == "issuedBy" and s.startswith("nghi quyet") and o.startswith("hdnd tinh") for s, p, o in found)


def test_of_the_agency_read_through_ocr_damage():
    # "của" read as "cia": the issuer inside the document's name is still found.
    found = relations_of("Ban hanh Nghi quyét cia HDND tinh quy dinh tiéu chi thanh lap Cum céng nghiép.")
    assert any(p == "issuedBy" and s.startswith("nghi quyet") and o.startswith("hdnd tinh") for s, p, o in found)


def test_a_plan_that_carries_out_a_program_despite_ocr():
    found = relations_of("UBND tinh ban hanh Ké hoach thyc hién Chuong trinh muc tiéu quéc gia xay dung nong "
                         "thon méi nam 2024.")
    assert any(p == "implements" and s.startswith("ke hoach") and o.startswith("chuong trinh muc tieu quoc gia")
               for s, p, o in found)


def test_an_obstacle_holds_up_the_projects_its_footnote_lists():
    text = ("# Báo cáo\n\n## Đầu tư\n\n"
            "Một số dự án trọng điểm tiến độ thực hiện giải phóng mặt bằng chậm, chưa đáp ứng yêu cầu<sup>3</sup>. "
            "Tập trung chỉ đạo tháo gỡ.\n\n"
            "<sup>3</sup> Dự án Khu tái định cư Bắc Đồng Đăng; Dự án Cụm công nghiệp Hợp Thành 1.\n")
    found = relations_of(text, "short.md")
    delayed = {s for s, p, o in found if p == "delayedBy" and "giai phong mat bang" in o}
    assert any("bac dong dang" in s for s in delayed) and any("hop thanh" in s for s in delayed)


def test_no_place_is_taken_from_a_sentence_after_a_colon():
    # One capitalised word after a colon opens a sentence, not a list of districts.
    found = relations_of("Kế hoạch phát triển du lịch của các huyện: Tập trung hoàn thiện hạ tầng.")
    assert not any(p == "locatedIn" for _, p, _ in found)


def test_a_named_fund_that_gives_the_money_funds_the_project():
    found = relations_of("Triển khai các nội dung của dự án “Hỗ trợ kỹ thuật xây dựng Khu hợp tác thương mại” do "
                         "Quỹ đặc biệt hợp tác Mê Công - Lan Thương viện trợ.")
    assert any(p == "funds" and s == "quy dac biet hop tac me cong lan thuong" and o.startswith("du an ho tro")
               for s, p, o in found)


def test_a_plan_and_a_quarter_are_not_funds():
    found = relations_of("Lập Quy hoạch chung xây dựng khu cửa khẩu Chi Ma. Báo cáo QUÝ I NĂM 2024 và quỹ đất.")
    assert not any(p == "funds" for _, p, _ in found)


def test_the_agency_that_enacts_issues_the_texts_its_footnote_lists():
    found = relations_of("# Báo cáo\n\n## I. Tình hình\n\nUBND tỉnh đã ban hành 04 Chỉ thị, nhiều kế hoạch để triển "
                         "khai nhiệm vụ năm 2024<sup>1</sup>. Tăng cường chỉ đạo.\n\n<sup>1</sup> Trong đó, trọng tâm "
                         "là Chỉ thị về phát động thi đua thực hiện thắng lợi mục tiêu năm 2024; Kế hoạch thực hiện "
                         "Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ về cải thiện môi trường kinh doanh.\n")
    issued = {(s.split()[0], o) for s, p, o in found if p == "issuedBy"}
    # The footnote's directive and plan are the province's; the resolution inside the plan's name stays the
    # Government's, as its number says.
    assert issued == {("chi", "ubnd tinh"), ("ke", "ubnd tinh"), ("nghi", "chinh phu")}


def test_amending_a_resolution_and_a_scheme_of_the_government():
    found = relations_of("Nghị quyết số 15/2021/NQ-HĐND ngày 17/7/2021 của HĐND tỉnh sửa đổi bổ sung Nghị quyết số "
                         "08/2019/NQ-HĐND. Triển khai Đề án 06 của Chính phủ về phát triển ứng dụng dữ liệu về dân cư.")
    assert ("nghi quyet so 15 2021 nq hdnd", "replaces", "nghi quyet so 08 2019 nq hdnd") in found
    assert any(p == "issuedBy" and s.startswith("de an 06") and o == "chinh phu" for s, p, o in found)


def test_the_year_after_a_carried_out_program_is_the_plans():
    found = relations_of("Ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024.")
    assert ("ke hoach thuc hien chuong trinh muc tieu quoc gia xay dung nong thon moi nam 2024", "implements",
            "chuong trinh muc tieu quoc gia xay dung nong thon moi") in found


def test_who_approves_and_who_is_only_asked_to():
    found = relations_of("Thủ tướng Chính phủ đã phê duyệt Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030. Ban hành Quyết "
                         "định phê duyệt Kế hoạch sử dụng đất năm 2024 của 11 huyện. Trình Thủ tướng Chính phủ phê duyệt "
                         "Đề án thí điểm xây dựng cửa khẩu thông minh.")
    approved = {(s.split()[0], o.split()[0]) for s, p, o in found if p == "approvedBy"}
    assert approved == {("quy", "thu"), ("ke", "quyet")}


def test_the_territory_a_project_crosses_despite_ocr_reading_d_as_p_or_b():
    found = relations_of("(1) Dy an nang cap Quéc 16 4B doan Km18 - Km80: Pia phan huyén Loc Binh da ban giao "
                         "38,2/49,35ha; bia phan huyén Dinh Lap di ban giao 19,4ha.")
    located = {o for s, p, o in found if p == "locatedIn" and s.startswith("du an")}
    assert {"huyen loc binh", "huyen dinh lap"} <= located


def test_the_members_a_footnote_lists_are_parts_of_the_group_its_mark_follows():
    text = ("Đẩy nhanh tiến độ, tập trung hoàn thành 02 dự án thuộc Chương trình phục hồi và phát triển kinh tế - "
            "xã hội đang triển khai<sup>1</sup>. Giải ngân đạt 15% kế hoạch (gồm: Ngân sách địa phương 124,5 tỷ "
            "đồng, đạt 8,8% kế hoạch<sup>2</sup>).\n\n"
            "<sup>1</sup> Kết quả: (1) Dự án đầu tư xây mới, cải tạo, nâng cấp 03 Trung tâm y tế tuyến huyện, tỉnh "
            "Lạng Sơn: hoàn thành trên 70% khối lượng; (2) Dự án đầu tư xây dựng, cải tạo 50 Trạm y tế tuyến xã, "
            "tỉnh Lạng Sơn: hoàn thành 90% khối lượng.\n\n"
            "<sup>2</sup> Gồm: Vốn đầu tư trong cân đối theo tiêu chí: 93,3 tỷ đồng; Vốn đầu tư từ nguồn thu xổ số "
            "kiến thiết: 1,2 tỷ đồng.\n")
    parts = {(s, o) for s, p, o in relations_of(text) if p == "partOf"}
    program = "chuong trinh phuc hoi va phat trien kinh te xa hoi"
    assert ("du an dau tu xay moi cai tao nang cap 03 trung tam y te tuyen huyen tinh lang son", program) in parts
    assert ("du an dau tu xay dung cai tao 50 tram y te tuyen xa tinh lang son", program) in parts
    assert {("von dau tu trong can doi theo tieu chi", "ngan sach dia phuong"),
            ("von dau tu tu nguon thu xo so kien thiet", "ngan sach dia phuong")} <= parts


def test_a_plan_made_according_to_a_legal_text_implements_it():
    found = relations_of("Thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2022 theo tinh thần Nghị quyết 01/NQ-CP "
                         "của Chính phủ; ban hành Kế hoạch tái cơ cấu ngành công thương theo Quyết định số "
                         "165/QĐ-TTg.")
    implemented = {o for s, p, o in found if p == "implements"}
    assert {"nghi quyet so 01 nq cp", "quyet dinh so 165 qd ttg"} <= implemented


def test_the_issuer_a_report_names_beats_the_one_the_number_implies():
    found = relations_of("Triển khai Nghị quyết số 59-NQ/TU ngày 12/5/2021 của Ban Chấp hành Đảng bộ tỉnh về phát "
                         "triển du lịch; Nghị quyết số 41-NQ/TW ngày 10/10/2023 ctia B6 Chinh tri.")
    issuers = {(s, o) for s, p, o in found if p == "issuedBy"}
    assert ("nghi quyet so 59 nq tu", "ban chap hanh dang bo tinh") in {(s, o[:26]) for s, o in issuers}
    assert ("nghi quyet so 41 nq tw", "bo chinh tri") in issuers
    assert not {o for s, o in issuers if s == "nghi quyet so 59 nq tu" and o.startswith("tinh uy")}


def test_a_text_replaces_every_text_its_parenthesis_lists():
    found = relations_of("Xây dựng Nghị quyết của HĐND tỉnh về chính sách khuyến khích đầu tư vào nông nghiệp, nông "
                         "thôn (thay thế Nghị quyết số 08/2019/NQ-HĐND ngày 10/12/2019 và Nghị quyết số "
                         "15/2021/NQ-HĐND ngày 17/7/2021 của HĐND tỉnh).")
    replaced = {o for s, p, o in found if p == "replaces"}
    assert replaced == {"nghi quyet so 08 2019 nq hdnd", "nghi quyet so 15 2021 nq hdnd"}


def test_the_sources_a_plans_money_is_broken_down_into_fund_it():
    found = relations_of("Giải ngân ước 515,9 tỷ đồng, trong đó: Vốn thuộc Kế hoạch đầu tư công năm 2024 490,1 tỷ đồng, "
                         "đạt 14,2% kế hoạch (gồm: Ngân sách địa phương 124,5 tỷ đồng, đạt 8,8% kế hoạch; Ngân sách "
                         "trung ương 365,5 tỷ đồng, đạt 8,7% kế hoạch). Ngân sách trung ương cấp đủ vốn.")
    funders = {s for s, p, o in found if p == "funds" and o.startswith("ke hoach dau tu cong nam 2024")}
    assert funders == {"ngan sach dia phuong", "ngan sach trung uong"}


def test_a_numbered_texts_title_says_what_it_carries_out():
    found = relations_of("Triển khai Quyết định số 12/QĐ-UBND ngày 18/1/2030 của UBND tỉnh về nhiệm vụ, giải pháp chủ "
                         "yếu chỉ đạo, điều hành thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2030.")
    assert ("quyet dinh so 12 qd ubnd", "implements", "ke hoach phat trien kinh te xa hoi nam 2030") in found
    # OCR, and a list after the title: each item is carried out
    found = relations_of("Trién khai thue hién Quyet dinh s6 415/QP-TTg ngay 09/3/2030 cua Thu tuéng Chinh phu vé "
                         "phéan bd chi tiéu Quy hoach sir dung dat quoc gia thoi ky 2021 - 2030, K& hoach st dung dat "
                         "qudc gia 5 nim 2026 - 2030.")
    assert {(s, o.split()[0]) for s, p, o in found if p == "implements"} == {
        ("quyet dinh so 415 qd ttg", "quy"), ("quyet dinh so 415 qd ttg", "ke")}
    # a text named before a plan it does not govern: "ban hành Quyết định số …; triển khai Kế hoạch …"
    found = relations_of("Ban hành Quyết định số 13/QĐ-UBND ngày 18/1/2030 của UBND tỉnh; triển khai Kế hoạch "
                         "phát triển kinh tế - xã hội năm 2030.")
    assert not [r for r in found if r[1] == "implements"]


def test_the_parts_a_projects_progress_is_broken_into_are_projects_part_of_it():
    for text in ("(2) Dự án cải tạo, nâng cấp 03 Trung tâm Y tế tuyến huyện, tỉnh Lào Cai ước đạt 80% giá trị (trong "
                 "đó: Trung tâm Y tế huyện Bắc Hà: 90%; Trung tâm Y tế huyện Mường Khương: 80%), dự án tập trung "
                 "hoàn thiện.",
                 "(2) Du an cai tao, nang cap 03 Trung tam Y té tuyén huyén, tinh Lao Cai wdc dat 80% gi4 tri (trong "
                 "d6: Trung tim y té huyén Bac Ha: 90%; Trung tdm y té huyén Muong Khuong: 80%), du &n tap trung "
                 "hoan thién."):
        ex = extract_source(read_text(text.encode("utf-8"), "short.txt"))
        labels = {e.id: fold_key(e.label) for e in ex.entities}
        parts = {labels[r.s] for r in ex.relations if r.p == "partOf" and labels[r.o].startswith("du an cai tao")}
        assert len(parts) == 2 and all(p.startswith("trung tam y te") for p in parts), (text, parts)
        figures = {labels[s.entity]: s.progress for s in ex.statuses if s.status == "in_progress"}
        assert sorted(figures[p] for p in parts) == ["80%", "90%"]


def test_a_districts_own_figure_is_no_part():
    found = relations_of("Dự án cải tạo trường học ước đạt 80% (trong đó: huyện Bắc Hà: 90%; huyện Si Ma Cai: 70%).")
    assert not any(p == "partOf" for _, p, _ in found)


def test_an_agreement_is_issued_by_both_parties_and_an_embassy_is_named_in_ocr_text():
    for text in ("Ký kết Thỏa thuận giữa UBND tỉnh Lào Cai và Đại sứ quán Lào tại Việt Nam về hợp tác y tế.",
                 "Ky két Thoa thuan gitra UBND tinh Lao Cai va Dai sir quan Lao tai Viét Nam vé hop tac y té."):
        issuers = {o for s, p, o in relations_of(text) if p == "issuedBy" and s.startswith("thoa thuan")}
        assert issuers == {"ubnd tinh lao cai", "dai su quan lao tai viet nam"}, (text, issuers)


def test_the_provincial_party_committee_issues_a_resolution_in_ocr_text():
    found = relations_of("Trién khai Nghi quyét cia Ban Chip hanh Pang bo tinh vé phat trién nguon nhan luc tinh "
                         "Lao Cai dén nam 2025.")
    assert any(p == "issuedBy" and s.startswith("nghi quyet cua ban chap hanh") and o.startswith("ban chap hanh dang bo")
               for s, p, o in found), found


def test_a_plan_carries_out_the_provinces_planning_named_by_tinh_alone():
    found = relations_of("Công bố Quy hoạch tỉnh Lào Cai thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Tập trung xây "
                         "dựng Kế hoạch thực hiện Quy hoạch tỉnh và các quy hoạch của tỉnh Lào Cai.")
    # the plan's name ends on the planning's full name (`pipeline._complete_inner_names`)
    assert ("ke hoach thuc hien quy hoach tinh lao cai thoi ky 2021 2030 tam nhin den nam 2050", "implements",
            "quy hoach tinh lao cai thoi ky 2021 2030 tam nhin den nam 2050") in found


def test_a_cause_given_with_do_later_in_the_sentence_is_what_holds_the_project_up():
    found = relations_of("Dự án Đường kết nối các huyện phía Bắc tỉnh Điện Biên đã thi công đạt 65% khối lượng, tuy "
                         "nhiên tiến độ chậm so với kế hoạch do vướng mắc giải phóng mặt bằng tại xã Mường Tùng.")
    # the obstacle is what holds it up; where it stands ("tại xã …") is not part of its name
    assert ("du an duong ket noi cac huyen phia bac tinh dien bien", "delayedBy",
            "vuong mac giai phong mat bang") in found
    found = relations_of("Dự án cải tạo Quốc lộ 279 sử dụng vốn ODA của Ngân hàng Phát triển châu Á (ADB) tạm dừng thi "
                         "công do thiếu vốn đối ứng.")
    assert {("du an cai tao quoc lo 279", "delayedBy", "thieu von doi ung"),
            ("ngan hang phat trien chau a adb", "funds", "du an cai tao quoc lo 279")} <= found
    # another initiative between them is what the cause is about
    found = relations_of("Dự án Trường học Bắc Hà đã hoàn thành, Dự án cầu Bảo Yên chậm tiến độ do thiếu mặt bằng thi công.")
    assert ("du an truong hoc bac ha", "delayedBy", "thieu mat bang thi cong") not in found
    assert ("du an cau bao yen", "delayedBy", "thieu mat bang thi cong") in found


def test_the_text_that_approved_a_project_named_after_it_and_what_pays_for_it():
    found = relations_of("UBND tỉnh phê duyệt chủ trương đầu tư Dự án xây dựng cầu Bắc Hà, thành phố Lào Cai tại Quyết "
                         "định số 456/QĐ-UBND ngày 20/9/2024, tổng mức đầu tư 320 tỷ đồng từ nguồn vốn ngân sách tỉnh.")
    assert {("du an xay dung cau bac ha thanh pho lao cai", "approvedBy", "quyet dinh so 456 qd ubnd"),
            ("ngan sach tinh", "funds", "du an xay dung cau bac ha thanh pho lao cai")} <= found
    # a text cited after a project without any approval is not what approved it
    found = relations_of("Dự án xây dựng cầu Bắc Hà triển khai theo Quyết định số 456/QĐ-UBND ngày 20/9/2024.")
    assert not any(p == "approvedBy" for _, p, _ in found)


def test_an_approval_at_a_decision_with_the_approver_between():
    found = relations_of("Quy hoạch tỉnh Cao Bằng thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 đã được Thủ tướng "
                         "Chính phủ phê duyệt tại Quyết định số 1212/QĐ-TTg ngày 10/8/2023.")
    assert ("quy hoach tinh cao bang thoi ky 2021 2030 tam nhin den nam 2050", "approvedBy",
            "quyet dinh so 1212 qd ttg") in found
    found = relations_of("Dự án Bệnh viện Đa khoa tỉnh (giai đoạn 2) đã được Hội đồng nhân dân tỉnh phê duyệt chủ "
                         "trương đầu tư tại Nghị quyết số 45/NQ-HĐND ngày 12/4/2024.")
    assert any(p == "approvedBy" and s.startswith("du an benh vien") and o == "nghi quyet so 45 nq hdnd"
               for s, p, o in found)


def test_funding_by_partnership_contract_and_counterpart_capital():
    found = relations_of("Dự án đường bộ cao tốc Bắc Kạn - Cao Bằng được đầu tư theo phương thức đối tác công tư "
                         "(PPP), loại hợp đồng BOT, đã khởi công ngày 01/01/2024.")
    assert ("phuong thuc ppp", "funds", "du an duong bo cao toc bac kan cao bang") in found
    found = relations_of("Dự án cầu Bản Giới sử dụng vốn đối ứng của tỉnh và vốn trái phiếu Chính phủ.")
    assert {("von doi ung", "funds", "du an cau ban gioi"),
            ("von trai phieu chinh phu", "funds", "du an cau ban gioi")} <= found


def test_funding_by_the_form_of_partnership_named_after_hinh_thuc():
    found = relations_of("Khu công nghiệp Sông Hồng 2 được đầu tư theo hình thức PPP, đã khởi công.")
    assert any(s == "phuong thuc ppp" and p == "funds" and o.startswith("khu cong nghiep song hong")
               for s, p, o in found)
    # "thức" as OCR reads it: "thyc"
    found = relations_of("Khu cong nghiép Song Hong 2 dugc dau tu theo hinh thyc PPP, da khoi cong.")
    assert any(s == "phuong thuc ppp" and p == "funds" and o.startswith("khu cong nghiep song hong")
               for s, p, o in found)
    found = relations_of("Dự án nhà máy xử lý rác thải Tây Bắc được đầu tư theo hình thức BT, đã hoàn thành.")
    assert any(s == "hinh thuc bt" and p == "funds" and o.startswith("du an nha may xu ly rac thai")
               for s, p, o in found)


def test_partnership_funding_read_through_ocr():
    found = relations_of("Dtr an duong bo cao toc Bac Kan - Cao Bang diroc ddu tu theo phir6ng thirc doi tac cong tu "
                         "(PPP), loai h6p d6ng BOT, da kh6i céng ngay 01/01/2024.")
    assert any(s == "phuong thuc ppp" and p == "funds" and o.startswith("du an duong bo cao toc")
               for s, p, o in found)


def test_a_place_inside_a_name_is_not_another_projects_territory():
    found = relations_of("Dự án xây dựng cầu Hòa Mạc đã hoàn thành 65% khối lượng.\nSở Giao thông vận tải chủ trì "
                         "triển khai Dự án nâng cấp đường tỉnh 494 trên địa bàn huyện Thanh Liêm.")
    located = {(s, o) for s, p, o in found if p == "locatedIn"}
    assert located == {("du an nang cap duong tinh 494 tren dia ban huyen thanh liem", "huyen thanh liem")}


def test_the_part_named_before_the_whole_is_what_is_paid_for():
    found = relations_of("Dự án xây dựng cầu Hòa Mạc thuộc Chương trình phát triển đô thị loại vừa tại Việt Nam, "
                         "sử dụng vốn ODA của Ngân hàng Phát triển châu Á (ADB).")
    funded = {(s, o) for s, p, o in found if p == "funds"}
    assert ("von oda", "du an xay dung cau hoa mac") in funded
    assert not any(o.startswith("chuong trinh") for _, o in funded)


def test_a_cause_holds_up_the_part_whose_name_holds_the_whole():
    found = relations_of("Tiểu dự án 2 thuộc Dự án hồ chứa nước Nậm Ngần tạm dừng thi công do thiếu vốn đối ứng.")
    part, whole = "tieu du an 2 thuoc du an ho chua nuoc nam ngan", "du an ho chua nuoc nam ngan"
    assert (part, "partOf", whole) in found and (part, "delayedBy", "thieu von doi ung") in found
    assert (whole, "delayedBy", "thieu von doi ung") not in found


def test_a_provincial_department_issues_its_plan():
    found = relations_of("Thực hiện Kế hoạch số 12/KH-SGTVT ngày 02/3/2024 của Sở Giao thông vận tải về bảo trì "
                         "đường tỉnh.")
    assert ("ke hoach so 12 kh sgtvt", "issuedBy", "so giao thong van tai") in found
    # a facility ("cơ sở y tế") is no department
    assert not any("so y te" in o for _, _, o in relations_of(
        "Kế hoạch số 5/KH-UBND của các cơ sở y tế về tiêm chủng được ban hành."))


def test_a_program_and_loan_funding_read_through_ocr():
    found = relations_of("Du an x&y dung cau Hoa Mac thuoc Chirong trinh phat trien do thi loai vira, str dung von ODA "
                         "cua Ngan hang Phat trién chau A (ADB).")
    assert any(p == "partOf" and s.startswith("du an xay dung cau") and o.startswith("chuong trinh")
               for s, p, o in found), found
    assert any(s == "von oda" and p == "funds" and o.startswith("du an xay dung cau") for s, p, o in found), found


def test_consent_to_the_investment_policy_approves():
    found = relations_of("Khu công nghiệp Quang Châu mở rộng đã được Thủ tướng Chính phủ chấp thuận chủ trương đầu tư "
                         "tại Quyết định số 300/QĐ-TTg ngày 01/3/2024.")
    assert ("khu cong nghiep quang chau mo rong", "approvedBy", "quyet dinh so 300 qd ttg") in found


def test_a_footnote_that_names_no_initiative_tells_of_the_one_its_mark_follows():
    text = ("# BÁO CÁO\n\n## 1. Đầu tư công\n\n"  # two headings: read as Markdown
            "Dự án cầu Tuần Quán đã hoàn thành, đưa vào sử dụng<sup>3</sup>.\n\n"
            "<sup>3</sup> Tổng mức đầu tư 320 tỷ đồng từ nguồn vốn ngân sách tỉnh.\n")
    assert ("ngan sach tinh", "funds", "du an cau tuan quan") in relations_of(text, "short.md")


def test_agencies_whose_names_hold_commas_and_dashes_issue_their_texts():
    found = relations_of("Thực hiện Quyết định số 12/QĐ-BVHTTDL ngày 02/3/2024 của Bộ Văn hóa, Thể thao và Du lịch "
                         "về phát triển du lịch. Kế hoạch số 5/KH-SLĐTBXH của Sở Lao động - Thương binh và Xã hội.")
    assert ("quyet dinh so 12 qd bvhttdl", "issuedBy", "bo van hoa the thao va du lich") in found
    assert ("ke hoach so 5 kh sldtbxh", "issuedBy", "so lao dong thuong binh va xa hoi") in found
    ocr = relations_of("Quyét dinh s6 12/QD-BVHTTDL cua B6 Van hoa, Thé thao va Du lich")
    assert ("quyet dinh so 12 qd bvhttdl", "issuedBy", "bo van hoa the thao va du lich") in ocr


def test_an_obstacle_at_a_project_holds_it_up():
    found = relations_of("Tập trung tháo gỡ khó khăn về giải phóng mặt bằng tại Khu công nghiệp Quán Ngang giai đoạn 2.")
    assert ("khu cong nghiep quan ngang giai doan 2", "delayedBy", "kho khan ve giai phong mat bang") in found
    assert ("du an duong tinh 585", "delayedBy", "anh huong cua mua bao keo dai") in relations_of(
        "Dự án đường tỉnh 585 chậm tiến độ do ảnh hưởng của mưa bão kéo dài.")


def test_an_approver_named_in_the_passive_and_a_resolution_adopting_a_change():
    found = relations_of("Báo cáo\n\nDự án Khu công nghiệp Tân Tập được Thủ tướng Chính phủ chấp thuận chủ trương đầu "
                         "tư; nhà đầu tư đang hoàn thiện thủ tục. Khu công nghiệp Quang Châu mở rộng đã được Thủ tướng "
                         "Chính phủ chấp thuận chủ trương đầu tư tại Quyết định số 300/QĐ-TTg ngày 01/3/2024. HĐND tỉnh "
                         "ban hành Nghị quyết số 25/NQ-HĐND ngày 10/10/2024 thông qua điều chỉnh Kế hoạch đầu tư công "
                         "trung hạn giai đoạn 2021 - 2025. Dự án nâng cấp đê bao sông Vàm Cỏ Tây bị chậm do thiếu đất "
                         "đắp nền.")
    assert ("du an khu cong nghiep tan tap", "approvedBy", "thu tuong chinh phu") in found
    # with the decision named, the decision is the approval
    assert ("khu cong nghiep quang chau mo rong", "approvedBy", "quyet dinh so 300 qd ttg") in found
    assert ("khu cong nghiep quang chau mo rong", "approvedBy", "thu tuong chinh phu") not in found
    assert ("ke hoach dau tu cong trung han giai doan 2021 2025", "approvedBy", "nghi quyet so 25 nq hdnd") in found
    assert ("du an nang cap de bao song vam co tay", "delayedBy", "thieu dat dap nen") in found


def test_a_project_that_serves_a_program_carries_it_out():
    found = relations_of("Báo cáo\n\nTriển khai Dự án đầu tư trang thiết bị phục vụ Chương trình chuyển đổi số tỉnh Bắc "
                         "Hà giai đoạn 2021 - 2025.")
    assert any(p == "implements" and s.startswith("du an dau tu trang thiet bi") and o.startswith("chuong trinh chuyen")
               for s, p, o in found), found


def test_a_sub_project_is_named_by_the_project_it_belongs_to_and_is_part_of_it():
    clean = relations_of("Phối hợp thực hiện Tiểu dự án giải phóng mặt bằng đoạn qua địa phận tỉnh Bắc Kạn thuộc Dự án "
                         "đầu tư xây dựng tuyến cao tốc Chợ Mới - Bạch Thông. Tiến độ giải phóng mặt bằng chậm.")
    sub = "tieu du an giai phong mat bang doan qua dia phan tinh bac kan thuoc du an dau tu xay dung tuyen cao toc " \
          "cho moi bach thong"
    assert (sub, "partOf", "du an dau tu xay dung tuyen cao toc cho moi bach thong") in clean, clean


def test_the_issuer_a_text_states_after_a_number_replaces_the_one_its_code_guesses():
    def organisations(text: str) -> set[str]:
        ex = extract_source(read_text(text.encode("utf-8"), "short.txt"))
        return {e.label for e in ex.entities if e.type == "Organization"}

    assert organisations("Triển khai Nghị quyết số 79-NQ/TW ngày 06/01/2026 của Bộ Chính trị về phát triển kinh tế "
                         "nhà nước.") == {"Bộ Chính trị"}
    assert organisations("Trién khai Nghi quyét so6 79-NQ/TW ngay 06/01/2026 ciia B Chinh tri vé phat trién kinh "
                         "té nha nudc.") == {"Bộ Chính trị"}
    # no issuer stated: the code's grammar names one
    assert organisations("Ban chỉ đạo thực hiện Nghị quyết số 59-NQ/TW họp định kỳ.") == {
        "Ban Chấp hành Trung ương Đảng"}


def test_non_governmental_aid_names_no_government():
    text = ("Đã phê duyệt 22 dự án viện trợ phi chính phủ nước ngoài (NGO). Triển khai Nghị quyết số 01/NQ-CP ngày "
            "05/01/2026 của Chính phủ.")
    ex = extract_source(read_text(text.encode("utf-8"), "short.txt"))
    government = [e for e in ex.entities if e.type == "Organization" and e.label == "Chính phủ"]
    assert government and all(m.start > text.index("(NGO)") for e in government for m in e.mentions)
    ocr = extract_source(read_text("da phé duyét 22 du an vién tro phi chinh pha nudce ngoai (NGO) do Chinh phu "
                                   "giao.".encode("utf-8"), "short.txt", ), pipeline=PIPELINE[:-1])
    assert [len(e.mentions) for e in ocr.entities if e.type == "Organization"] == [1]


def test_credit_that_firms_reach_is_no_funding_source():
    def funding(text: str) -> set[str]:
        ex = extract_source(read_text(text.encode("utf-8"), "short.txt"), pipeline=PIPELINE[:-1])
        return {e.label for e in ex.entities if e.type == "FundingSource"}

    assert not funding("Tạo điều kiện cho doanh nghiệp tiếp cận vốn vay với lãi suất hợp lý.")
    assert not funding("tao diéu kién cho doanh nghiép tiép can vén vay vai lai suat hop 1y.")
    assert funding("Dự án cầu Bản Mới sử dụng vốn vay ODA.")


def test_whose_guidance_is_not_whose_document():
    found = relations_of("Triển khai Kế hoạch tiêm chủng cho trẻ em từ 05 đến dưới 12 tuổi ngay khi có hướng dẫn của Bộ "
                         "Y tế.")
    assert not any(p == "issuedBy" for _, p, _ in found), found
    assert ("nghi quyet so 111 2024 qh15", "issuedBy", "quoc hoi") in relations_of(
        "Thực hiện Nghị quyết số 111/2024/QH15 ngày 18/01/2024 của Quốc hội.")


def test_a_resolution_replaces_another_after_its_own_title():
    found = relations_of("HĐND tỉnh ban hành Nghị quyết số 25/2025/NQ-HĐND ngày 10/4/2025 quy định chính sách hỗ "
                         "trợ phát triển nông nghiệp hàng hóa trên địa bàn tỉnh Lào Cai giai đoạn 2025 - 2030, thay "
                         "thế Nghị quyết số 10/2021/NQ-HĐND.")
    assert ("nghi quyet so 25 2025 nq hdnd", "replaces", "nghi quyet so 10 2021 nq hdnd") in found
    # another text named between them is the one that replaces
    found = relations_of("Ban hành Nghị quyết số 25/2025/NQ-HĐND quy định chính sách hỗ trợ phát triển nông nghiệp "
                         "hàng hóa trên địa bàn tỉnh theo Quyết định số 12/QĐ-TTg, thay thế Nghị quyết số "
                         "10/2021/NQ-HĐND.")
    assert ("nghi quyet so 25 2025 nq hdnd", "replaces", "nghi quyet so 10 2021 nq hdnd") not in found


def test_a_loan_from_a_named_bank_and_money_said_to_be_lacking():
    found = relations_of("Dự án Phát triển cơ sở hạ tầng thích ứng với biến đổi khí hậu tỉnh Hà Nam sử dụng vốn vay "
                         "ODA của Ngân hàng Thế giới (WB), đang lựa chọn nhà thầu.")
    project = "du an phat trien co so ha tang thich ung voi bien doi khi hau tinh ha nam"
    assert ("von oda", "funds", project) in found
    assert ("ngan hang the gioi wb", "funds", project) in found
    # "do thiếu vốn đối ứng": the money is what is missing, not what pays
    found = relations_of("Dự án hồ chứa nước Bản Mòng tạm dừng thi công do thiếu vốn đối ứng.")
    assert not any(p == "funds" for _, p, _ in found)
    assert any(p == "delayedBy" and o == "thieu von doi ung" for _, p, o in found)


def test_a_cause_holds_up_the_part_not_the_whole_it_belongs_to():
    found = relations_of("Dự án nước sinh hoạt tập trung xã Nậm Có thuộc Chương trình mục tiêu quốc gia phát triển "
                         "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi chậm tiến độ do ảnh hưởng của "
                         "mưa lũ.")
    delayed = {(s, o) for s, p, o in found if p == "delayedBy"}
    assert delayed == {("du an nuoc sinh hoat tap trung xa nam co", "anh huong cua mua lu")}


def test_the_form_of_financing_said_at_the_end_of_the_sentence_funds_its_project():
    found = relations_of("Dự án Nhà máy điện khí LNG Hải Lăng giai đoạn 1 đã được cấp Giấy chứng nhận đăng ký đầu "
                         "tư, tổng vốn 2,3 tỷ USD, theo hình thức BOT.")
    assert any(s == "hinh thuc bot ppp" and p == "funds" and o.startswith("du an nha may dien khi lng")
               for s, p, o in found)
    # another project named between takes it
    found = relations_of("Dự án cầu A đã hoàn thành, tổng vốn 120 tỷ đồng; Dự án đường B, tổng vốn 300 tỷ đồng, "
                         "theo hình thức BOT.")
    assert not any(p == "funds" and o.startswith("du an cau a") for s, p, o in found)


def test_partnership_contracts_read_through_ocr():
    # "hình thức" read "hinh thic" (ư as i), "hợp đồng" read "hép d6ng", "đối tác" read "ddi tac"
    found = relations_of("Dit an Cang hang khong Vinh theo phuong thic ddi tac c6ng tw (PPP). Dii an x&y dirng "
                         "Trung tam hanh chinh tinh theo hinh thirc hép d6ng BT chia lira chon dw6c nha d4u tii.")
    assert any(s == "phuong thuc ppp" and p == "funds" and o.startswith("du an cang hang khong") for s, p, o in found), found
    assert any(s == "hinh thuc bt" and p == "funds" and o.startswith("du an xay dung trung tam hanh chinh")
               for s, p, o in found), found


def test_scarce_materials_and_price_swings_are_causes():
    found = relations_of("Dự án đường Vành đai 3 chậm tiến độ do khan hiếm cát đắp nền. Dự án cầu Mỹ Lợi chậm do biến "
                         "động giá vật liệu xây dựng.")
    assert ("du an duong vanh dai 3", "delayedBy", "khan hiem cat dap nen") in found
    assert any(s == "du an cau my loi" and p == "delayedBy" and o.startswith("bien dong gia vat lieu")
               for s, p, o in found), found


def test_a_place_inside_the_last_items_name_is_not_where_the_items_before_it_are():
    found = relations_of("Khởi công 03 dự án: Dự án Cầu Thị Nại 2, Dự án đường ven biển Cát Tiến và Dự án Trung tâm Y tế "
                         "thị xã An Nhơn.")
    assert ("du an trung tam y te thi xa an nhon", "locatedIn", "thi xa an nhon") in found
    assert not any(p == "locatedIn" and s.startswith(("du an cau", "du an duong")) for s, p, _ in found), found
    # a place after the list is where each item is ("cụm công nghiệp A và B, huyện X")
    found = relations_of("Cụm công nghiệp Hồng Phong và Cụm công nghiệp Tân Thành, huyện Lộc Bình được phê duyệt.")
    assert ("cum cong nghiep hong phong", "locatedIn", "huyen loc binh") in found


def test_resettlement_is_part_of_an_obstacle_and_where_it_is_ends_it():
    found = relations_of("Dự án cầu Ea Kao chậm do vướng mắc về cơ chế bồi thường, hỗ trợ, tái định cư khi Nhà nước thu "
                         "hồi đất thực hiện các dự án. Dự án cầu Ea Súp chậm do vướng mắc giải phóng mặt bằng tại xã A.")
    assert ("du an cau ea kao", "delayedBy",
            "vuong mac ve co che boi thuong ho tro tai dinh cu khi nha nuoc thu hoi dat") in found, found
    assert ("du an cau ea sup", "delayedBy", "vuong mac giai phong mat bang") in found


def test_a_cause_named_as_what_slows_a_project_down():
    # "<cause> làm chậm tiến độ …": the cause is the clause's subject, "tình hình", "việc" no part of it
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\n- Tình hình thời tiết diễn biến phức tạp, mưa nhiều làm chậm "
                         "tiến độ triển khai Dự án cầu Ea Kao.\n- Việc thiếu vật liệu đắp nền làm chậm tiến độ Dự án "
                         "đường Vành đai 3.")
    assert ("du an cau ea kao", "delayedBy", "thoi tiet dien bien phuc tap mua nhieu") in found, found
    assert ("du an duong vanh dai 3", "delayedBy", "thieu vat lieu dap nen") in found
    # OCR text (report 000): "1am cham" is "làm chậm"
    ex = extract_source(read_text("Báo cáo\n\nTình hình quý I.\n\n- Tinh hinh thoi tiét dién bién phuc tap, mua nhiéu "
                                  "1am cham tién d¢ trién khai c4c du 4n.".encode("utf-8"), "short.txt"))
    assert [e.label for e in ex.entities if e.type == "Issue"] == ["thời tiết diễn biến phức tạp, mưa nhiều"]


def test_what_above_all_holds_up_a_plan_is_an_obstacle():
    # "…, nhất là <cause>, ảnh hưởng đến tiến độ …": the cause named after "nhất là" (above all); report 000, OCR
    ex = extract_source(read_text("Báo cáo\n\nTình hình quý I.\n\n- Mot s6 khoan thu noi dia chua dat tien do du toan "
                                  "giao: Thu tir doanh nghiép nha nudc Trung wong, thue bao vé méi truong, nhat 1a thu "
                                  "tien su dung dat cap tinh dat thap, anh huong dén tien do giai ngan von dau tu cong."
                                  .encode("utf-8"), "short.txt"))
    assert [e.label for e in ex.entities if e.type == "Issue"] == ["thu tiền sử dụng đất cấp tỉnh đạt thấp"]


def test_a_programs_numbered_project_is_named_with_the_program_and_held_up_by_missing_guidance():
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\nDự án 5 thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững "
                         "chưa giải ngân do chưa có hướng dẫn của Bộ Nông nghiệp và Môi trường.")
    part = "du an 5 thuoc chuong trinh muc tieu quoc gia giam ngheo ben vung"
    assert (part, "partOf", "chuong trinh muc tieu quoc gia giam ngheo ben vung") in found, found
    assert (part, "delayedBy", "chua co huong dan cua bo nong nghiep va moi truong") in found
    # a project with a name of its own still ends before "thuộc" ("Dự án A thuộc Chương trình B": two names)
    found = relations_of("Dự án cầu Ea Kao thuộc Chương trình phát triển đô thị được khởi công.")
    assert ("du an cau ea kao", "partOf", "chuong trinh phat trien do thi") in found, found


def test_every_source_of_a_listed_funding_pays_and_the_next_sentence_says_why_the_project_is_late():
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\nDự án đường vành đai 5 đoạn qua tỉnh Hà Nam được đầu tư bằng "
                         "nguồn vốn ngân sách trung ương và ngân sách tỉnh; đã bàn giao 41,5/47,2 km mặt bằng. Dự án "
                         "chậm tiến độ do thiếu đất đắp nền.")
    project = "du an duong vanh dai 5 doan qua tinh ha nam"
    assert ("ngan sach trung uong", "funds", project) in found, found
    assert ("ngan sach tinh", "funds", project) in found, found
    assert (project, "delayedBy", "thieu dat dap nen") in found, found
    # OCR text, "Dự án này" read "Dy an nay"
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\nDy an Cau Ba Lai dang thi cong. Dy an nay cham tién do do thiéu "
                         "vat liéu.")
    assert any(s == "du an cau ba lai" and p == "delayedBy" for s, p, _ in found), found
    # a project named in the next sentence is its own subject
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\nDự án Cầu Ba Đa đang thi công. Dự án Cầu Bến Thủy chậm tiến "
                         "độ do thiếu vật liệu.")
    assert not any(s == "du an cau ba da" and p == "delayedBy" for s, p, _ in found), found


def test_every_sentence_of_a_list_item_is_about_its_head():
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\n- Dự án Cầu Mỹ Thuận 3: đã bàn giao mặt bằng đạt 99,2%. Tuy nhiên, "
                         "tiến độ thi công chậm do thiếu cát đắp nền.\n\n- Dự án Nâng cấp Quốc lộ 91 đoạn từ Km0 đến Km14: "
                         "vướng 15 hộ dân chưa đồng ý giá bồi thường.")
    assert ("du an cau my thuan 3", "delayedBy", "thieu cat dap nen") in found, found
    assert ("du an nang cap quoc lo 91 doan tu km0 den km14", "delayedBy",
            "vuong 15 ho dan chua dong y gia boi thuong") in found, found


def test_approval_and_the_standing_committee_as_ocr_reads_them():
    found = relations_of("Báo cáo\n\nTinh hinh quy I.\n\nHDND tinh da ban hanh Nghi quyét sd 12/NQ-HDND ngay 15/7/2024 vé "
                         "viéc théng qua Be an phat trién nong nghiep huu co tinh Ha Nam giai doan 2025 - 2030. Thuc hien "
                         "Thong bao ket luan so 123-TB/TU ngay 05/01/2025 cua Ban Thtr6ng vu Tinh uy.")
    assert any(p == "approvedBy" and s.startswith("de an phat trien nong nghiep") for s, p, _ in found), found
    assert any(p == "issuedBy" and o.startswith("ban thuong vu tinh uy") for _, p, o in found), found


def test_whatever_cause_a_delay_is_given_holds_it_up():
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\nDự án Cầu Ba Lai chậm tiến độ do năng lực nhà thầu hạn chế và thủ "
                         "tục điều chỉnh dự án kéo dài. Chương trình mục tiêu quốc gia giảm nghèo bền vững giải ngân đạt "
                         "38,5%, chậm so với kế hoạch do một số huyện chậm phân bổ vốn.")
    assert ("du an cau ba lai", "delayedBy", "nang luc nha thau han che va thu tuc dieu chinh du an keo dai") in found
    assert ("chuong trinh muc tieu quoc gia giam ngheo ben vung", "delayedBy", "mot so huyen cham phan bo von") in found


def test_money_not_yet_given_and_a_law_as_ocr_spells_them():
    found = relations_of("Báo cáo\n\nTinh hinh quy I.\n\nDi an Cau Ba Lai chiia khdi cong do chya dtrdc bd tri vdn.")
    assert ("du an cau ba lai", "delayedBy", "chua duoc bo tri von") in found, found
    from test_names import names_of
    assert "luat dat dai nam 2024" in names_of("Báo cáo\n\nTinh hinh quy I.\n\nTrién khai Luét Dat dai nam 2024.")


def test_the_lender_named_after_a_loan_in_a_list_of_sources_funds_too():
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\nDự án Đường cao tốc Tuyên Quang - Hà Giang (giai đoạn 1) được đầu tư "
                         "bằng vốn ngân sách trung ương, ngân sách địa phương và vốn vay Ngân hàng Thế giới (WB); đang thi "
                         "công.")
    funders = {s for s, p, _ in found if p == "funds"}
    assert {"ngan sach trung uong", "ngan sach dia phuong", "ngan hang the gioi wb"} <= funders, found


def test_a_numbered_part_sources_and_a_lender_as_ocr_spells_them():
    found = relations_of("Báo cáo\n\nTinh hinh quy I.\n\nDtr an 5 thudc Chitdng trinh muc tiéu quéc gia giam nghéo bén vung "
                         "chua giai ngan do chua co huéng dan. Dii an Cau Ba Lai duoc dau ttr bang v6n ng&n sach trung "
                         "iréng, ngan sach dia phiidng va von vay Ngén hang Thé gi6i (WB); dang thi cong.")
    assert any(p == "partOf" and s.startswith("du an 5 thuoc chuong trinh") for s, p, _ in found), found
    funders = {s for s, p, o in found if p == "funds" and o == "du an cau ba lai"}
    assert {"ngan sach trung uong", "ngan sach dia phuong", "ngan hang the gioi wb"} <= funders, found


def test_an_issuer_after_the_next_text_is_that_texts():
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\nHoàn thiện Kế hoạch hành động của Ban Thường vụ Tỉnh ủy và Kế hoạch "
                         "của UBND tỉnh thực hiện Nghị quyết số 79-NQ/TW ngày 06/01/2026 của Bộ Chính trị.")
    issuers = {(s, o) for s, p, o in found if p == "issuedBy"}
    assert any(s.startswith("ke hoach hanh dong") and o.startswith("ban thuong vu") for s, o in issuers), found
    assert not any(s.startswith("ke hoach hanh dong") and o.startswith("ubnd") for s, o in issuers), found


def test_a_tables_column_of_obstacles_holds_up_each_rows_project():
    table = ("# BÁO CÁO\n\n## Tiến độ các dự án trọng điểm quý II năm 2025\n\n"
             "| TT | Tên dự án | Nguồn vốn | Tiến độ | {heading} |\n|---|---|---|---|---|\n"
             "| 1 | Dự án Cầu Tân Lập | Ngân sách tỉnh | Đã hoàn thành | |\n"
             "| 2 | Dự án Khu công nghiệp Liên Hà Thái | Vốn doanh nghiệp | Đang san lấp mặt bằng | Thiếu vật liệu san lấp |\n")
    found = relations_of(table.format(heading="Khó khăn, vướng mắc"), "table.md")
    assert ("du an khu cong nghiep lien ha thai", "delayedBy", "thieu vat lieu san lap") in found, found
    assert not any(s == "du an cau tan lap" and p == "delayedBy" for s, p, _ in found), found
    # a column of something else says nothing of obstacles
    assert not any(p == "delayedBy" for _, p, _ in relations_of(table.format(heading="Ghi chú"), "table.md"))


def test_tai_chinh_is_no_tai_that_ends_an_obstacle():
    # "tài chính" (finance) folds as "tại" (at) does; "tại xã …" still ends the obstacle
    found = relations_of("Báo cáo\n\nTình hình quý I.\n\nDự án Cầu Ba Lai chậm tiến độ do nhà thầu thiếu năng lực tài chính. "
                         "Dự án Cầu Bến Thủy chậm do vướng mắc giải phóng mặt bằng tại xã An Bình.")
    assert ("du an cau ba lai", "delayedBy", "nha thau thieu nang luc tai chinh") in found, found
    assert ("du an cau ben thuy", "delayedBy", "vuong mac giai phong mat bang") in found, found


def test_a_delay_against_the_schedule_and_an_obstacle_with_a_bracket_of_its_own():
    found = relations_of("Dự án Nút giao thông khác mức giữa đường A và đường B đã khởi công, khối lượng đạt khoảng "
                         "35%; chậm so với tiến độ do công tác di dời hạ tầng kỹ thuật (điện, nước, viễn thông) còn "
                         "kéo dài.")
    assert ("du an nut giao thong khac muc giua duong a va duong b", "delayedBy",
            "cong tac di doi ha tang ky thuat dien nuoc vien thong con keo dai") in found
    # the bracket of "(do …)" still closes the obstacle it opens
    assert ("du an cau y", "delayedBy", "vuong mac ve giai phong mat bang") in \
        relations_of("Dự án Cầu Y tạm dừng thi công (do vướng mắc về giải phóng mặt bằng) từ tháng 5.")


def test_whatever_cause_a_stop_is_given_holds_the_project_up():
    assert ("du an cau z", "delayedBy", "vuong mat bang cua 08 ho dan") in \
        relations_of("Dự án Cầu Z tạm dừng thi công do vướng mặt bằng của 08 hộ dân.")


def test_a_citys_and_a_districts_budget_pay():
    found = relations_of("Dự án Cảng X sử dụng vốn ngân sách trung ương và vốn ngân sách thành phố; Dự án Đường Y "
                         "sử dụng ngân sách huyện.")
    assert {("ngan sach trung uong", "funds", "du an cang x"), ("ngan sach thanh pho", "funds", "du an cang x"),
            ("ngan sach huyen", "funds", "du an duong y")} <= found


def test_a_difficulty_where_it_is_and_its_cause():
    assert ("du an dai lo dong tay giai doan 2", "delayedBy", "mot so ho dan chua dong y voi phuong an boi thuong") in \
        relations_of("Dự án Đại lộ Đông Tây (giai đoạn 2): đã bàn giao 12,5/18,2 ha; vướng mắc tại phường Đông Hương do "
                     "một số hộ dân chưa đồng ý với phương án bồi thường.")


def test_a_difficulty_to_resolve_that_holds_nothing_up_is_no_obstacle():
    ex = extract_source(read_text("Tập trung giải quyết các vướng mắc về cơ chế bồi thường, hỗ trợ, tái định cư. Dự án "
                                  "Cầu Z chậm tiến độ do vướng mắc về giải phóng mặt bằng.".encode(), "short.txt"))
    assert [e.label for e in ex.entities if e.type == "Issue"] == ["vướng mắc về giải phóng mặt bằng"]
    # as OCR reads "vướng" ("vitgng m&c tai …", "vudng mac"), and where it is said
    assert ("du an dai lo dong tay", "delayedBy", "mot so ho dan chua dong y") in \
        relations_of("Dự án Đại lộ Đông Tây đã bàn giao 12,5/18,2 ha; vitgng mac tai phuong Dong Huong do mot so ho "
                     "dan chua dong y.")


def test_what_pays_for_the_project_a_later_sentence_takes_up():
    found = relations_of("Dự án cầu Tứ Liên đang thi công. Dự án sử dụng vốn vay ODA của Ngân hàng Đầu tư châu Âu (EIB).")
    assert {("von oda", "funds", "du an cau tu lien"),
            ("ngan hang dau tu chau au eib", "funds", "du an cau tu lien")} <= found
    # the lender after "của", in the sentence that names the project
    assert ("ngan hang the gioi wb", "funds", "du an cau y") in \
        relations_of("Dự án cầu Y sử dụng vốn vay của Ngân hàng Thế giới (WB).")


def test_numbered_components_listed_after_their_projects_colon_are_its_parts():
    ex = extract_source(read_text(
        "Dự án đầu tư xây dựng đường Vành đai 4 - Vùng Thủ đô: Dự án thành phần 1.1 (bồi thường, hỗ trợ, tái định cư) "
        "đã bàn giao 99,5% mặt bằng; Dự án thành phần 2.1 (đường song hành) đang thi công, đạt 38% giá trị hợp đồng. "
        "Dự án thành phần 3 theo phương thức đối tác công tư (PPP) đang lựa chọn nhà đầu tư.\n\nDự án thành phần 4 "
        "chưa triển khai.".encode(), "short.txt"))
    labels = {e.id: e.label for e in ex.entities}
    whole = "Dự án đầu tư xây dựng đường Vành đai 4 - Vùng Thủ đô"
    parts = {labels[r.s] for r in ex.relations if r.p == "partOf" and labels[r.o] == whole}
    assert parts == {f"Dự án thành phần {n} thuộc {whole}" for n in ("1.1", "2.1", "3")}  # not 4: another paragraph
    statuses = {(labels[s.entity].split(" thuộc ")[0], s.status) for s in ex.statuses}
    assert {("Dự án thành phần 1.1", "in_progress"), ("Dự án thành phần 3", "procurement")} <= statuses


PROGRESS_TABLE = """# ỦY BAN NHÂN DÂN TỈNH BẠC LIÊU

**BÁO CÁO**

**Tiến độ các dự án trọng điểm tháng 9 năm 2025**

| STT | Tên dự án | Chủ đầu tư | Nguồn vốn | Tiến độ thực hiện | Khó khăn, vướng mắc |
|---|---|---|---|---|---|
| 1 | Dự án đường ven biển đoạn Gành Hào - Nhà Mát | Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh | Ngân sách tỉnh | Đạt 40% khối lượng | Chưa có mặt bằng sạch tại xã Vĩnh Hậu |
| 2 | Dự án Trường THPT Phước Long | Sở Giáo dục và Đào tạo | Vốn ODA | Đã hoàn thành | |
| 3 | Dự án Khu nhà ở xã hội phường 2 | Nhà đầu tư | Vốn ngoài ngân sách | Tạm dừng thi công | Thiếu vật liệu đất đắp nền |
"""


def test_a_progress_tables_columns_say_who_invests_in_pays_for_and_holds_up_each_rows_project():
    ex = extract_source(read_text(PROGRESS_TABLE.encode("utf-8"), "table.md"))
    labels = {e.id: e.label for e in ex.entities}
    rels = {(labels[r.s], r.p, labels[r.o]) for r in ex.relations}
    road, school, housing = ("Dự án đường ven biển đoạn Gành Hào - Nhà Mát", "Dự án Trường THPT Phước Long",
                             "Dự án Khu nhà ở xã hội phường 2")
    # the column names the investor, though no sentence does and no recogniser knows the board's name
    assert (road, "investedBy", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh") in rels
    assert (school, "investedBy", "Sở Giáo dục và Đào tạo") in rels
    assert ("ngân sách tỉnh", "funds", road) in rels and ("vốn ODA", "funds", school) in rels
    assert (housing, "delayedBy", "thiếu vật liệu đất đắp nền") in rels
    assert not any(p == "investedBy" and s == housing for s, p, _ in rels)  # "Nhà đầu tư" names no one
    # each relation's evidence is its row, as the file holds it
    row = next(r for r in ex.relations if labels[r.s] == school and r.p == "investedBy")
    assert PROGRESS_TABLE[row.evidence.start:row.evidence.end] == row.evidence.text
    assert row.evidence.text.startswith("2 | Dự án Trường THPT Phước Long")


def test_the_investor_a_sentence_names_is_read_whole_between_its_cues():
    board = "Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh"
    for text, investor in (
            (f"Dự án Khu tái định cư phường 11, thành phố Cao Lãnh do {board} làm chủ đầu tư, sử dụng vốn ngân sách "
             "tỉnh: đang hoàn thiện hạ tầng kỹ thuật.", board),
            ("Dự án cầu Cao Lãnh 2, chủ đầu tư là Sở Giao thông vận tải, đã khởi công.", "Sở Giao thông vận tải"),
            ("Dy an cau Cao Lanh 2 do Công ty Cé phan Dau tu Phú Cuong lam chu d4u tu da khéi cong.",
             "Công ty Cổ phần Đầu tư Phú Cường")):
        rels = relations_of(text)
        assert any(p == "investedBy" and fold_key(o) == fold_key(investor) for _, p, o in rels), (text, rels)
    # "do" that gives a cause names no investor, and a lower-case "do người dân …" no body
    assert not any(p == "investedBy" for _, p, _ in relations_of(
        "Dự án cầu A chậm do người dân là chủ đầu tư nhà ở chưa đồng ý phương án bồi thường."))


def test_annotations_keep_to_the_schemas_relations_and_the_graph_has_the_investor():
    from tiendo.extract.annotate import to_annotation

    ex = extract_source(read_text(PROGRESS_TABLE.encode("utf-8"), "table.md"))
    assert any(r.p == "investedBy" for r in ex.relations)
    assert not any(r["p"] == "investedBy" for r in to_annotation(ex)["relations"])


def test_a_plan_a_council_assigns_in_a_resolution_is_approved_by_it():
    rels = relations_of("Kế hoạch đầu tư công năm 2024 được Hội đồng nhân dân tỉnh giao tại Nghị quyết số 85/NQ-HĐND ngày "
                        "08/12/2023 là 4.215 tỷ đồng.")
    assert ("ke hoach dau tu cong nam 2024", "approvedBy", "nghi quyet so 85 nq hdnd") in rels
    # land assigned is no plan approved
    assert not any(p == "approvedBy" for _, p, _ in relations_of(
        "Dự án cầu A được giao đất tại Quyết định số 12/QĐ-UBND ngày 02/3/2024 của UBND tỉnh."))
