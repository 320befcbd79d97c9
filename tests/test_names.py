"""Where a name ends, on short sentences, clean and OCR-damaged."""
from tiendo.extract.pipeline import PIPELINE, extract_source
from tiendo.extract.reader import read_text
from tiendo.extract.text import fold_key


def extracted(text: str):
    return extract_source(read_text(text.encode("utf-8"), "short.txt"))


def names_of(text: str) -> set[str]:
    return {fold_key(e.label) for e in extracted(text).entities}


def test_a_name_ends_after_the_year_that_closes_it():
    found = names_of("UBND tỉnh xây dựng Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 kiểm tra việc "
                     "thực hiện.")
    assert "ke hoach phat trien kinh te xa hoi 5 nam 2026 2030" in found


def test_a_name_ends_after_its_year_in_ocr_text():
    found = names_of("Tap trung thuc hién Ké hoach phat trién kinh té - xa hoi 5 nam 2021 - 2025 thanh cac "
                     "nhiém vu cu thé.")
    assert any(key.startswith("ke hoach phat trien kinh te") and key.endswith("2021 2025") for key in found)


def test_what_continues_a_name_after_its_year_is_kept():
    found = names_of("Phê duyệt Quy hoạch chung thành phố Lạng Sơn đến năm 2045 trên địa bàn tỉnh Lạng Sơn. "
                     "Ban hành Kế hoạch sử dụng đất năm 2024 của các huyện.")
    assert "quy hoach chung thanh pho lang son den nam 2045 tren dia ban tinh lang son" in found
    assert "ke hoach su dung dat nam 2024 cua cac huyen" in found


def test_a_name_ends_where_another_initiative_it_belongs_to_begins():
    # OCR "thudc" is "thuộc": the project's name stops there, and it is part of the program.
    ex = extracted("Hoàn thành thủ tục đầu tư dự án Nâng cấp đoạn Km18-Km80 Quốc lộ 4B thudc Chương "
                   "trình phục hồi và phát triển kinh tế - xã hội, đảm bảo khởi công trong tháng 6/2022.")
    labels = {e.id: e.label for e in ex.entities}
    project = next(e for e in ex.entities if e.type == "Project")
    assert project.label == "Dự án Nâng cấp đoạn Km18 - Km80 Quốc lộ 4B"
    assert any(r.p == "partOf" and r.s == project.id and labels[r.o].startswith("Chương trình phục hồi")
               for r in ex.relations)
    # The sentence's target date is the part's, not the whole's.
    assert {(s.entity, s.status, s.target_date) for s in ex.statuses} >= {(project.id, "planned", "2022-06")}


def test_and_then_a_verb_and_another_cue_word_ends_a_name():
    found = names_of("Điều chỉnh cục bộ Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn và lập "
                     "nhiệm vụ Quy hoạch chung cửa khẩu Chi Ma, huyện Lộc Bình.")
    assert "quy hoach chung xay dung khu kinh te cua khau dong dang lang son" in found
    assert "quy hoach chung cua khau chi ma huyen loc binh" in found


def test_labels_spell_out_abbreviations_and_space_ranges():
    found = names_of("Thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025 và Dự án cải tạo "
                     "đoạn Km3+700-Km18.")
    assert "chuong trinh muc tieu quoc gia xay dung nong thon moi giai doan 2021 2025" in found
    ex = extracted("Thực hiện Chương trình MTQG xây dựng nông thôn mới giai đoạn 2021-2025.")
    assert [e.label for e in ex.entities if e.type == "Program"] == [
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025"]


def test_one_cue_word_then_a_list_of_zones_names_each_zone():
    ex = extracted("Đẩy nhanh tiến độ đầu tư hạ tầng các cụm công nghiệp Hợp Thành 1, 2, Đình Lập và "
                   "Bắc Sơn 2. Thành lập cụm công nghiệp Na Dương 1 và Na Dương 3, huyện Lộc Bình.")
    labels = {e.id: e.label for e in ex.entities}
    zones = {e.label for e in ex.entities if e.type == "Project"}
    assert zones == {"Cụm công nghiệp Hợp Thành 1", "Cụm công nghiệp Hợp Thành 2", "Cụm công nghiệp Đình Lập",
                     "Cụm công nghiệp Bắc Sơn 2", "Cụm công nghiệp Na Dương 1", "Cụm công nghiệp Na Dương 3"}
    # The place after the list is where each of its zones is; the status before it is each zone's.
    assert {labels[r.s] for r in ex.relations if r.p == "locatedIn"} == {
        "Cụm công nghiệp Na Dương 1", "Cụm công nghiệp Na Dương 3"}
    assert {labels[s.entity] for s in ex.statuses if s.status == "in_progress"} == {
        "Cụm công nghiệp Hợp Thành 1", "Cụm công nghiệp Hợp Thành 2", "Cụm công nghiệp Đình Lập",
        "Cụm công nghiệp Bắc Sơn 2"}


def test_a_zone_list_inside_a_project_name_stays_the_project():
    found = names_of("Dự án Xây dựng hạ tầng Cụm công nghiệp Hợp Thành 1, Hợp Thành 2 và khu tái định cư Hợp Thành "
                     "chậm tiến độ.")
    assert not any(key.startswith("cum cong nghiep") for key in found)


def test_a_long_name_said_again_with_more_words_is_one_entity():
    ex = extracted("Trình Chính phủ phê duyệt Đề án thí điểm xây dựng cửa khẩu thông minh. Hoàn thiện "
                   "Đề án thí điểm xây dựng cửa khẩu thông minh tại đường chuyên dụng khu vực mốc 1119 - "
                   "1120.")
    schemes = [e for e in ex.entities if e.type == "Scheme"]
    assert len(schemes) == 1 and len(schemes[0].mentions) == 2
    assert schemes[0].label.endswith("mốc 1119 - 1120")


def test_labels_put_tone_marks_where_current_spelling_does():
    ex = extracted("Thực hiện Đề án xoá nhà tạm và Dự án nhà máy thuỷ điện vận chuyển hàng hoá.")
    assert {e.label for e in ex.entities} >= {"Đề án xóa nhà tạm", "Dự án nhà máy thủy điện vận chuyển hàng hóa"}


def test_a_pair_of_nouns_before_the_year_is_one_name():
    assert "ke hoach thanh tra kiem tra nam 2024" in names_of(
        "Tổ chức thực hiện nghiêm túc kế hoạch thanh tra, kiểm tra năm 2024. Triển khai nghiém tic ké hoach "
        "thanh tra, kiém tra nam 2022.")


def test_a_year_a_department_or_a_clause_is_not_a_plan_name():
    found = names_of("Triển khai theo kế hoạch năm 2024. Sở Kế hoạch và Đầu tư chủ trì. Ban hanh Ké hoach va thanh "
                     "lap cac Doan kiem tra.")
    assert not any(key.startswith("ke hoach") for key in found)


def test_the_period_a_report_covers_is_not_part_of_the_plans_name_but_its_year_is():
    found = names_of("Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội quý I năm 2024.")
    assert found == {"ke hoach phat trien kinh te xa hoi nam 2024"}


def test_an_annual_plan_named_without_a_year_is_the_plan_of_the_year_the_text_or_the_report_gives():
    report = ("BÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2030\n\n"
              "Triển khai Kế hoạch phát triển kinh tế - xã hội quý I. Xây dựng Kế hoạch phát triển kinh tế - xã "
              "hội, kế hoạch đầu tư công, dự toán ngân sách nhà nước năm 2031. Thực hiện Kế hoạch phát triển kinh "
              "tế - xã hội 5 năm 2026 - 2030.")
    assert names_of(report) == {"ke hoach phat trien kinh te xa hoi nam 2030", "ke hoach phat trien kinh te xa hoi "
                                "nam 2031", "ke hoach dau tu cong nam 2031",
                                "ke hoach phat trien kinh te xa hoi 5 nam 2026 2030"}
    # OCR: the plan named with a year's budget estimate is that year's plan
    ocr = ("BAO CAO\nTinh hinh kinh té - x& hoi quy I nim 2030\n\nThyc hién Ké hoach phat trién kinh té - x4 hoi "
           "va dy toan ngan sach nha nude nam 2031. Trién khai Ké hoach phat trién kinh té - xa hoi.")
    assert names_of(ocr) == {"ke hoach phat trien kinh te xa hoi nam 2031", "ke hoach phat trien kinh te xa hoi nam 2030"}


def test_a_name_never_ends_on_a_linking_word_and_reads_through_poverty_reduction():
    found = names_of("Triển khai Chương trình mục tiêu quốc gia về giảm nghèo bền vững.")
    assert found == {"chuong trinh muc tieu quoc gia ve giam ngheo ben vung"}
    # OCR text: "dugc" is "được", which starts the clause after the name.
    found = names_of("Thuc hién Chuong trinh phuc hoi va phat trién kinh té - xa hoi dugc tap trung chi dao.")
    assert len(found) == 1 and next(iter(found)).endswith("xa hoi")


def test_an_enumeration_inside_a_name_runs_across_its_commas():
    found = names_of("Ban hành Kế hoạch sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2025. Ban hành "
                     "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Xúc tiến Đầu "
                     "tư. Triển khai Kế hoạch chọn sách giáo khoa lớp 5, 9, 12 năm học 2024 - 2025.")
    assert {"ke hoach sap xep don vi hanh chinh cap huyen cap xa giai doan 2023 2025",
            "quyet dinh quy dinh chuc nang nhiem vu quyen han va co cau to chuc cua trung tam xuc tien dau tu",
            "ke hoach chon sach giao khoa lop 5 9 12 nam hoc 2024 2025"} <= found


def test_a_law_is_its_name_and_year_and_one_law_however_often_named():
    ex = extracted("Triển khai Luật Đất đai trên địa bàn tỉnh. Thi hành Luật Đất đai năm 2024, Luật Đầu "
                   "tư và Luật Kinh doanh bất động sản giao địa phương thực hiện.")
    laws = {fold_key(e.label): len(e.mentions) for e in ex.entities if e.type == "Law"}
    assert laws == {"luat dat dai nam 2024": 2, "luat dau tu": 1, "luat kinh doanh bat dong san": 1}
    # OCR text: a lower-case name with its year is a law too.
    assert "luat giao duc 2019" in names_of("Trién khai Luat gido duc 2019 giao dia phuong thuc hién.")


def test_a_relative_clause_or_a_list_of_kinds_is_not_a_name():
    found = names_of("Các dự án có tiến độ giải phóng mặt bằng nhanh. Hoàn thành 02 dự án thuộc Chương trình phục hồi và "
                     "phát triển kinh tế - xã hội. Rà soát các chương trình, dự án đầu tư công.")
    assert found == {"chuong trinh phuc hoi va phat trien kinh te xa hoi"}


def test_a_cue_listed_after_a_kind_in_the_plural_names_a_kind():
    # "các chương trình, đề án …": both share the words of the last item, and the list names kinds
    text = ("Rà soát danh mục các chương trình, đề án phát triển kinh tế - xã hội và các dự án, công trình "
            "trọng điểm của tỉnh. Triển khai Đề án phát triển kinh tế cửa khẩu tỉnh Lạng Sơn.")
    assert names_of(text) == {"de an phat trien kinh te cua khau tinh lang son"}
    ocr = ("Ra soat danh muc cac chuong trinh, dé an phat trién kinh té - x& hoi va cac dy an, céng trinh "
           "trong diém cua tinh. Trién khai Dé an phat trién kinh té ctra khau tinh Lang Son.")
    assert names_of(ocr) == {"de an phat trien kinh te cua khau tinh lang son"}
    # a cue after a named item of the list is a name of its own
    assert "de an phat trien du lich nam 2025" in names_of(
        "Triển khai các chương trình mục tiêu quốc gia, Đề án phát triển du lịch năm 2025.")


def test_a_level_of_planning_and_its_scales_is_a_kind():
    ex = extracted("Các khu vực đã được lập quy hoạch phân khu, quy hoạch chi tiết tỷ lệ 1/2.000 và 1/500. Phê duyệt "
                   "Quy hoạch chi tiết xây dựng khu vực cửa khẩu Bản Mới, tỷ lệ 1/500.")
    assert {fold_key(e.label) for e in ex.entities if e.type == "Planning"} == {
        "quy hoach chi tiet xay dung khu vuc cua khau ban moi ty le 1 500"}
    assert not names_of("Cac khu vuc da duoc lap quy hoach chi tiét ty I¢ 1/2.000 va 1/500 dap tng yéu cau.")
    # the kind of area without its name, and what the planning serves as, are no name either
    assert not names_of("Lập quy hoạch chi tiết khu đô thị mới làm cơ sở pháp lý cho việc lập dự án đầu tư.")
    assert not names_of("lap quy hoach\nchi tiét khu d6 thi méi lam co s phap 1y cho viéc 1ap dy én dau tu.")
    assert "quy hoach chi tiet khu do thi moi mai pha" in names_of("Phê duyệt quy hoạch chi tiết khu đô thị mới Mai Pha.")


def test_some_projects_read_by_ocr_are_a_kind():
    assert not names_of("Hoan thanh dua vao sir dung mot sb du 4n duong tinh, duong huyén va dudng tuan tra bién gidi.")
    assert not names_of("Hoàn thành đưa vào sử dụng một số dự án đường tỉnh, đường huyện và đường tuần tra biên giới.")


def test_a_project_management_board_is_no_project():
    assert not names_of("Chuyển giao các Ban Quản lý dự án khu vực về Ủy ban nhân dân cấp xã quản lý.")
    assert not names_of("chuyén giao va ddi tén cac Ban Quan\nly dy 4n khu vyc vé Uy ban nhan dan cp xa quan ly.")
    assert "du an duong tranh thi tran" in names_of("BQL dự án tỉnh triển khai Dự án Đường tránh thị trấn.")


def test_each_agencys_plan_for_its_tasks_is_no_one_plan():
    assert not names_of("Một số cơ quan chưa chủ động xây dựng kế hoạch triển khai nhiệm vụ năm 2026.")
    assert not names_of("Mot s6 co quan chua chu dong xay\ndung ké hoach trién khai nhiém vu nam 2026.")
    assert "ke hoach trien khai nhiem vu nam 2026" in names_of("UBND tỉnh ban hành Kế hoạch triển khai nhiệm vụ năm 2026.")


def test_a_title_runs_across_a_comma_to_the_proper_name_that_ends_its_clause():
    found = names_of("Sớm triển khai dự án Quần thể khu du lịch sinh thái, cáp treo Núi Đá. Lập Đề án xây dựng Khu "
                     "hợp tác thương mại, du lịch Bản Mới (Việt Nam) - Pò Mã (Trung Quốc). Đẩy nhanh dự án Cầu "
                     "Bắc Hà, đã khởi công tháng 3.")
    assert {"du an quan the khu du lich sinh thai cap treo nui da", "du an cau bac ha",
            "de an xay dung khu hop tac thuong mai du lich ban moi viet nam po ma trung quoc"} <= found
    # OCR text: the clause's end lost its full stop to a footnote's mark; the name ends there all the same
    ocr = names_of("Trién khai thyc hién dy an Hd tro k¥ thuat xay dung khu hop tac thwong mai, du lich\n"
                   "Ban Méi (Viét Nam) - Po Ma (Trung Quoc)9 Tang cudng trao ddi voi phia ban.")
    assert any(key.startswith("du an ho tro ky thuat") and key.endswith("ma trung quoc") for key in ocr), ocr
    # after a name that has reached its proper name, the comma opens the next item of a list
    assert names_of("Khởi công dự án Cầu Bắc Hà, đường Na Sầm.") == {"du an cau bac ha"}


def test_how_it_went_ends_a_name():
    assert names_of("Hoàn thành Chương trình xóa nhà tạm, nhà dột nát đúng thời gian Thủ tướng Chính phủ chỉ đạo.") == {
        "chuong trinh xoa nha tam nha dot nat"}
    found = names_of("hoan thanh Chuong trinh x6a nha tam, nha dot nat dtng thoi gian Thu tudéng Chinh phu chi dao.")
    assert len(found) == 1 and next(iter(found)).endswith("nha dot nat"), found


def test_ocr_readings_of_compounds_sectors_and_agencies_keep_a_name_whole():
    # "téc do cao" is "tốc độ cao", not "tốc" and a clause opened by "do" (because)
    found = names_of("chuan bj dau tu tuyén cao téc Lang Son - Quang Ninh khi du diéu kién; tuyén duong sat téc do cao "
                     "Ha Noi - Pong Piang; dau tu ha tang logistics.")
    assert any(key.startswith("du an tuyen duong sat toc do cao ha noi") for key in found), found
    # sectors that share a head word ("nông, lâm nghiệp"), and the Standing Board as OCR reads it ("Thudng vu Tinh Gy")
    ex = extracted("Tap trung tham muu xay dung Nghi quyét ctia Ban\nThudng vu Tinh Gy vé phat trién néng, 1am nghiép "
                   "chu luc giai doan 2026 -\n2030.")
    assert {e.label for e in ex.entities} >= {
        "Nghị quyết của Ban Thường vụ Tỉnh ủy về phát triển nông, lâm nghiệp chủ lực giai đoạn 2026 - 2030"}, \
        [e.label for e in ex.entities]
    # a meeting's programme ("Chương trình Gặp gỡ đầu Xuân", OCR "gdp g&") is an agenda, not a program
    assert not names_of("Chuan bi tét cac noi dung phuc vu Chuong trinh gdp g& ddu Xuin ndm 2026 va Hoi nghi.")


def test_a_congress_resolution_keeps_whose_congress_it_was():
    found = names_of("Tuyên truyền thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, Nghị quyết "
                     "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII.")
    assert "nghi quyet dai hoi dai bieu toan quoc lan thu xiii cua dang" in found
    ocr = names_of("Tiép tuc tuyén truyén thuc hién Nghi quyét Pai hoi dai biéu toan qudc\nlan tht XIII cua Pang, Nghi "
                   "quyét Pai hoi dai biéu Pang bo tinh Lang Son lan thu XVII.")
    assert "nghi quyet dai hoi dai bieu toan quoc lan thu xiii cua dang" in ocr, ocr


def test_a_parenthesis_saying_what_a_figure_counts_is_no_part_of_the_plan():
    assert names_of("Giải ngân kế hoạch vốn năm 2025 (bao gồm cả vốn kéo dài) đạt 119,6%.") == {"ke hoach von nam 2025"}
    assert names_of("Giai ngan ké hoach von nam 2025 (bao gom ca vén kéo dai) dén hét thang 01/2026.") == {
        "ke hoach von nam 2025"}


def test_an_opening_up_that_is_safe_and_effective_is_one_plan():
    # "mở cửa" (open up) is no "của" (of), and "an toàn, hiệu quả" a pair the name runs across
    found = names_of("Ban hanh va trién khai ké hoach m¢ ctra an toan, hiéu qua\ndon khach du lich qubc té trén dia ban "
                     "tinh. D3 chi dao chuan bi.")
    assert found == {"ke hoach mo cua an toan hieu qua don khach du lich quoc te tren dia ban tinh"}, found


def test_whom_a_plan_is_for_and_their_ages_stay_in_its_name():
    found = names_of("trién khai\nké hoach tiém chung cho tr¢ em tur 05 dén dudi 12 tudi ngay khi c6 hudng dan\nciia Bo Y té.")
    assert any(key.startswith("ke hoach tiem chung cho tre em") and key.endswith("05 den duoi 12 tuoi") for key in found), \
        found


def test_a_quoted_title_inside_a_name_belongs_to_it():
    ex = extracted('Ban hành Kế hoạch thực hiện Chương trình "Nâng cao chất lượng giáo dục mầm non ở địa '
                   'bàn đô thị, khu công nghiệp giai đoạn 2025 - 2035" trên địa bàn tỉnh.')
    assert {(e.type, e.label.split('"')[0]) for e in ex.entities} == {
        ("Plan", "Kế hoạch thực hiện Chương trình "), ("Program", "Chương trình ")}


def test_a_digit_read_inside_a_word_does_not_split_one_plan_in_two():
    found = names_of("Xay dung Ké hoach phat trién kinh té - x4 hoi 5 nam 2026 - 2030. Uy ban nhan dan tinh xay dung "
                     "Ké hoach phat trién kinh té - xa hoi 5 nim 2026 - 2030 nhu sau.")
    assert len([key for key in found if key.startswith("ke hoach")]) == 1


def test_the_last_item_of_an_enumeration_and_a_period_in_brackets_stay_in_the_name():
    found = names_of("Triển khai Đề án xây dựng, quản lý, khai thác, bảo trì cầu trên đường giao thông nông thôn "
                     "giai đoạn 2024 - 2030. Điều chỉnh Kế hoạch sử dụng đất 05 năm (2021 - 2025) tỉnh Lạng Sơn, "
                     "Dự án thành lập bản đồ hành chính cấp tỉnh.")
    assert "de an xay dung quan ly khai thac bao tri cau tren duong giao thong nong thon giai doan 2024 2030" in found
    assert "ke hoach su dung dat 05 nam 2021 2025 tinh lang son" in found


def test_ocr_years_and_symbols_inside_a_name():
    found = names_of("Lap Quy hoach tinh Lang Son thoi ky 2021 - 2030, tam nhin dén nim 2050. Dy an Dau tu xay dung "
                     "ha tang k¥ thuat va nha xuong. Ban hanh Ké hoach t6 chirc trién khai thi hanh Luat Dat dai.")
    assert any(key.startswith("quy hoach") and key.endswith("thoi ky 2021 2030 tam nhin den nam 2050") for key in found)
    assert any(key.startswith("du an dau tu xay dung ha tang ky thuat") for key in found)
    assert any(key.startswith("ke hoach") and "thi hanh luat" in key for key in found)


def test_an_enumeration_stops_at_a_determiner_and_a_plural_read_through_ocr_names_nothing():
    found = names_of("Thuc hién Nghi quyét Dai hoi Dang bo tinh lan tht XVIII, cac chuong trinh, dé an phat trién "
                     "kinh té. Chu trong céc chuong trinh nong nghiép, néng thon, phat trién kinh té.")
    assert len(found) == 1 and next(iter(found)).endswith("xviii")


def test_two_ocr_spellings_that_restore_alike_are_one_place():
    ex = extract_source(read_text("Dự án qua huyén Vin Ling và huyen Van Lang, tỉnh Lạng Sơn.".encode("utf-8"), "short.txt"),
                        pipeline=[name for name in PIPELINE if name != "roles"])
    assert [e.label for e in ex.entities if e.type == "Place"].count("huyện Văn Lãng") == 1


def test_two_phrasings_of_one_project_in_a_report_are_one_entity():
    ex = extracted("Dự án đầu tư xây dựng tuyến cao tốc Đồng Đăng (tỉnh Lạng Sơn) - Trà Lĩnh (tỉnh Cao Bằng) "
                   "đang thi công. Ngoài ra, Dự án đường cao tốc Đồng Đăng - Trà Lĩnh đã bàn giao 8 km.")
    projects = [e for e in ex.entities if e.type == "Project"]
    assert len(projects) == 1 and len(projects[0].mentions) == 2
    assert projects[0].label.startswith("Dự án đầu tư xây dựng tuyến cao tốc Đồng Đăng (tỉnh Lạng Sơn)")


def test_a_kind_of_program_is_not_one_of_its_programs():
    ex = extracted("Giải ngân các Chương trình mục tiêu quốc gia trên địa bàn tỉnh đạt 60%, trong đó Chương trình "
                   "mục tiêu quốc gia xây dựng nông thôn mới đạt 70%.")
    assert len([e for e in ex.entities if e.type == "Program"]) == 2


def test_an_organisation_is_kept_for_what_it_does_not_for_being_named():
    ex = extracted("Sở Công Thương phối hợp với Bộ Ngoại giao tổ chức hội nghị. Thủ tướng Chính phủ đã phê duyệt "
                   "Đề án thí điểm xây dựng cửa khẩu thông minh.")
    assert [e.label for e in ex.entities if e.type == "Organization"] == ["Thủ tướng Chính phủ"]


def test_the_agenda_of_a_meeting_is_no_program_but_a_years_programme_of_work_is():
    programs = {e.label for e in extracted(
        "Tổ chức thành công Chương trình Gặp gỡ đầu Xuân 2024 và Chương trình đối thoại giữa Chủ tịch UBND tỉnh "
        "với thanh niên năm 2024; xây dựng chương trình công tác đối ngoại của tỉnh năm 2024.").entities
        if e.type == "Program"}
    assert programs == {"Chương trình công tác đối ngoại của tỉnh năm 2024"}
    ocr = {e.label for e in extracted("thuc hién thoa thuan dat duoc tai Chuong trinh Gap 9o dau Xuan 2024 va "
                                      "chuong trinh ddi thoai gitta Chu tich UBND tinh nam 2022.").entities
           if e.type == "Program"}
    assert not ocr


def test_build_new_is_part_of_a_projects_name():
    assert "du an dau tu xay moi cai tao nang cap 03 trung tam y te tuyen huyen tinh lang son" in names_of(
        "(1) Dự án đầu tư xây mới, cải tạo, nâng cấp 03 Trung tâm y tế tuyến huyện, tỉnh Lạng Sơn: hoàn thành 70%.")


def test_whose_plan_and_a_compound_read_through_ocr_belong_to_the_name():
    assert "ke hoach su dung dat nam 2024 cua 11 huyen thanh pho" in names_of(
        "Phê duyệt Kế hoạch sử dụng đất năm 2024 của 11 huyện, thành phố; Quyết định thu hồi đất.")
    assert "luat pau tu" in names_of("Triển khai Luat Pau tu, trong quý đã cấp mới 5 dự án.")


def test_the_province_a_name_says_only_tinh_for_is_named_in_its_label():
    ex = extracted("UBND tỉnh Lạng Sơn ban hành Đề án đẩy mạnh phân cấp quản lý nhà nước trên địa bàn tỉnh. "
                   "Xây dựng chương trình công tác đối ngoại của tỉnh năm 2024. Kế hoạch thực hiện Quy hoạch tỉnh "
                   "thời kỳ 2021 - 2030 được ban hành. Nghị quyết của HĐND tỉnh về đầu tư công được thông qua.")
    labels = {e.label for e in ex.entities}
    assert {"Đề án đẩy mạnh phân cấp quản lý nhà nước trên địa bàn tỉnh Lạng Sơn",
            "Chương trình công tác đối ngoại của tỉnh Lạng Sơn năm 2024",
            "Kế hoạch thực hiện Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030"} <= labels
    assert "Nghị quyết của HĐND tỉnh về đầu tư công" in labels  # an agency's "tỉnh" is its title
    once = {e.label for e in extracted("Ban hành Kế hoạch cải cách hành chính tỉnh Lạng Sơn năm 2022 trên địa bàn "
                                       "tỉnh.").entities}
    assert "Kế hoạch cải cách hành chính tỉnh Lạng Sơn năm 2022 trên địa bàn tỉnh" in once  # named once is enough


def test_no_label_of_the_markdown_report_carries_footnote_markup():
    from tiendo.extract.pipeline import extract_report

    from conftest import REPORTS

    clean = next(p for p in sorted(REPORTS.glob("*.txt")) if "<sup>" in p.read_text(encoding="utf-8"))
    labels = [e.label for e in extract_report(clean).entities]
    assert labels and not [label for label in labels if "<" in label or ">" in label]


def test_a_digital_platform_or_portal_with_a_name_is_a_project_a_generic_one_is_not():
    ex = extracted("Triển khai thí điểm sử dụng Nền tảng cửa khẩu số tại các cửa khẩu; vận hành nền tảng điện toán "
                   "đám mây (Lạng Sơn Cloud) và Cổng thông tin dữ liệu đất đai Lạng Sơn; phát triển các nền tảng số.")
    projects = {fold_key(e.label) for e in ex.entities if e.type == "Project"}
    assert projects == {"nen tang cua khau so", "nen tang dien toan dam may lang son cloud",
                        "cong thong tin du lieu dat dai lang son"}


def test_a_text_named_only_by_its_issuer_is_no_entity():
    names = names_of("Tập trung xây dựng các dự thảo Nghị quyết của HĐND tỉnh, Quyết định của UBND tỉnh quy định "
                     "chi tiết các nội dung Luật Đất đai giao địa phương thực hiện. Việc đưa một số cơ chế, chính "
                     "sách, Nghị quyết của Tỉnh ủy, HĐND tỉnh vào cuộc sống còn chậm.")
    assert not {n for n in names if n.startswith("nghi quyet cua")}
    assert any(n.startswith("quyet dinh cua ubnd tinh quy dinh chi tiet") for n in names)  # says what it does


def test_what_replaces_a_text_is_not_part_of_its_name():
    ex = extracted("trinh HDND tinh ban hanh Nghi quyét méi thay thé Nghi quyét sb 17/2020/NQ-HDND, ngay 14/12/2020.")
    assert not [e for e in ex.entities if "thay" in fold_key(e.label)]


def test_a_comma_between_nouns_a_name_pairs_goes_on_with_the_name():
    names = names_of("Ban hành Quyết định về nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành thực hiện Kế hoạch phát "
                     "triển kinh tế - xã hội năm 2024; Nghị quyết về cơ chế, chính sách đặc thù thu hút đầu tư.")
    assert any(n.startswith("quyet dinh ve nhiem vu giai phap chu yeu chi dao dieu hanh") for n in names)
    assert "nghi quyet ve co che chinh sach dac thu thu hut dau tu" in names


def test_a_kinds_name_said_again_with_two_different_periods_names_two_plans():
    ex = extracted("Tình hình thực hiện Kế hoạch phát triển kinh tế - xã hội quý I. Thực hiện Kế hoạch phát triển "
                   "kinh tế - xã hội năm 2024. Hoàn thành Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.")
    plans = sorted(e.label for e in ex.entities if e.type == "Plan")
    assert plans == ["Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025",
                     "Kế hoạch phát triển kinh tế - xã hội năm 2024"]


def test_a_zone_is_named_as_itself_rather_than_as_its_project():
    ex = extracted("Đẩy nhanh Dự án khu công nghiệp VSIP Lạng Sơn. Khu công nghiệp VSIP Lạng Sơn đã được giao đất.")
    assert [e.label for e in ex.entities if e.type == "Project"] == ["Khu công nghiệp VSIP Lạng Sơn"]


def recognised(text: str):
    """The recognisers' entities, before "roles" keeps those the report gives a role (an obstacle named only as a task
    to resolve holds nothing up and is dropped there: these tests are about where a name ends)."""
    return extract_source(read_text(text.encode("utf-8"), "short.txt"),
                          pipeline=[name for name in PIPELINE if name != "roles"])


def test_an_obstacle_ends_before_the_next_task_and_without_stray_quotes():
    ex = recognised("trién khai D& an cura khau thong minh. Tich cyc giai quyét kho khan, vuéng mac\n"
                   "trong cong tac boi thuong, giai phong mat bang, day nhanh tién d6 thuc hién cac\n"
                   "du an trong diém, du an dong luc, cong trinh quan trong cua tinh theo ké hoach dé ra.\n"
                   "Mot sé du an tién do thuc hién giai phong mat bang cham, chua dap tng yéu cau'’. Het.")
    issues = {e.label for e in ex.entities if e.type == "Issue"}
    # "…, đẩy nhanh tiến độ …" is the next task; "bồi thường, giải phóng mặt bằng" is one work
    assert {fold_key(i) for i in issues} >= {"vuong mac trong cong tac boi thuong giai phong mat bang"}
    assert not [i for i in issues if i[-1] in "'’\""]


def test_funding_sources_read_through_ocr_that_reads_von_as_ven():
    ex = extracted("Két qua giai ngan (bao gom ca vén su nghiép) woc 620 ty ddng, dat 35,5% ké hoach.")
    assert {e.label for e in ex.entities if e.type == "FundingSource"} == {"vốn sự nghiệp"}
    ex = extracted("Quy dinh dinh muc phan b vén ngén sach nha nudc cho cac nganh.")  # "ngân sách nhà nước"
    assert {e.label for e in ex.entities if e.type == "FundingSource"} == {"ngân sách nhà nước"}


def test_a_scale_after_the_year_that_ends_a_planning_belongs_to_it():
    assert "quy hoach chung thi tran huu lung huyen huu lung tinh lang son den nam 2035 ty le 1 5 000" in names_of(
        "Phê duyệt điều chỉnh cục bộ Quy hoạch chung thị trấn Hữu Lũng, huyện Hữu Lũng, tỉnh Lạng Sơn đến năm "
        "2035, tỷ lệ 1/5.000. Thủ tướng Chính phủ đã phê duyệt.")


def test_a_compound_inside_a_laws_name_does_not_end_it():
    names = names_of("Tham gia ý kiến theo quy định của Luật Chuyển giao công nghệ. Triển khai Luật Thi đua, khen "
                     "thưởng năm 2022 và Luật Đất đai giao địa phương thực hiện.")
    assert {"luat chuyen giao cong nghe", "luat dat dai"} <= names
    assert any(n.startswith("luat thi dua") for n in names)


def test_a_compound_whose_second_word_looks_like_an_opener_in_ocr_text_stays_in_the_name():
    ex = extracted("trong d6 da hoan thanh xay dung d& an sip xép don vi hanh chinh cp xa thuoc cac\n"
                   "huyén: Vin quan, Trang Dinh, Hitu Liing, Loc Binh, trinh B Noi vu tham dinh.")
    assert not ex.clean
    assert any(fold_key(e.label).startswith("de an sap xep don vi hanh chinh") for e in ex.entities)


def test_a_kind_of_project_with_a_year_is_still_a_kind():
    assert not names_of("Rà soát danh mục dự án trọng điểm năm 2026, đôn đốc hoàn thiện thủ tục đầu tư.")
    assert "ke hoach dau tu cong nam 2022" in names_of("Hoàn thành giao Kế hoạch đầu tư công năm 2022 cho các "
                                                       "đơn vị.")


def test_coalescing_keeps_every_mention_when_a_merged_name_is_met_again():
    """A name merged into another entity, then met again under another key, joins the entity that stays."""
    from types import SimpleNamespace

    from tiendo.extract.model import Entity, Mention
    from tiendo.extract.pipeline import COMPONENTS

    first = Entity("pj1", "Project", "Dự án đường cao tốc Đồng Đăng - Trà Lĩnh", "k:a", [Mention(0, 5, "a")])
    longer = Entity("pj2", "Project", "Dự án đầu tư xây dựng tuyến cao tốc Đồng Đăng - Trà Lĩnh", "k:b",
                    [Mention(10, 15, "b")])
    again = Entity("pj3", "Project", "Dự án đầu tư xây dựng tuyến cao tốc Đồng Đăng - Trà Lĩnh", "k:c",
                   [Mention(20, 25, "c")])
    state = SimpleNamespace(extraction=SimpleNamespace(entities=[first, longer, again]), placed=[])
    COMPONENTS["coalesce"](state)
    assert [e.id for e in state.extraction.entities] == ["pj1"]
    assert [m.start for m in state.extraction.entities[0].mentions] == [0, 10, 20]
    assert len(state.placed) == 3


def test_one_program_said_with_and_without_where_the_province_carries_it_out():
    ex = extracted("Triển khai Chương trình phục hồi và phát triển kinh tế - xã hội trên địa bàn tỉnh Lào Cai. Các dự "
                   "án thuộc Chương trình phục hồi và phát triển kinh tế - xã hội được tập trung. Chương trình mục tiêu "
                   "quốc gia trên địa bàn tỉnh và Chương trình mục tiêu quốc gia giảm nghèo bền vững.")
    programs = {e.label: e.aliases for e in ex.entities if e.type == "Program"}
    # "phục hồi" tells which program, though folded "hồi" is the "hội" of "xã hội"; its name leaves out the scope
    assert programs["Chương trình phục hồi và phát triển kinh tế - xã hội"] == [
        "Chương trình phục hồi và phát triển kinh tế - xã hội trên địa bàn tỉnh Lào Cai"]
    # the kind of program in a place is no one program of that kind: neither merged into one nor an entity
    assert "Chương trình mục tiêu quốc gia giảm nghèo bền vững" in programs and len(programs) == 2


def test_strategies_and_regulations_are_texts_also_in_ocr():
    ex = extracted("Trién khai thuc hién Chién lugc phét trién nang luong qudc gia Viét Nam dén nim 2030. Ban hanh Quy "
                   "ché ph01 hop gitra cac co quan trong cong tac tham dinh.")
    assert [(e.type, e.label) for e in ex.entities] == [
        ("LegalDocument", "Chiến lược phát triển năng lượng quốc gia Việt Nam đến năm 2030"),
        ("LegalDocument", "Quy chế phối hợp giữa các cơ quan")]  # "ph01": OCR read "phối" with digits
    # a regulation named only by what it is about, in lower case, is no text of its own
    assert not extracted("Thực hiện quy chế dân chủ ở cơ sở.").entities


def test_criteria_sets_and_agreements_are_texts():
    ex = extracted("Triển khai Bộ tiêu chí quốc gia về nông thôn mới. Ký Thỏa thuận hợp tác xét nghiệm với tỉnh Vân Nam.")
    assert [(e.type, fold_key(e.label).split()[0]) for e in ex.entities] == [("LegalDocument", "bo"),
                                                                           ("LegalDocument", "thoa")]


def test_a_zone_named_by_its_number_and_the_years_plans_said_in_the_plural():
    ex = extracted("Đẩy nhanh các dự án hạ tầng các khu chức năng (Khu trung chuyển hàng hóa, Khu chế xuất 1 và một số "
                   "dự án khác). Triển khai đồng bộ các Kế hoạch cải cách hành chính năm 2030. Rà soát các dự án "
                   "đầu tư công.")
    assert sorted(e.label for e in ex.entities) == ["Khu chế xuất 1", "Kế hoạch cải cách hành chính năm 2030"]


def test_programs_counted_one_for_each_town_are_a_kind():
    assert not names_of("Phê duyệt 07 Chương trình phát triển đô thị (thị trấn Bản Mới, thị trấn Na Hang).")
    assert not names_of("phé duyét 07 Chuong trinh phat trién do thi (thi tran Ban Méi, thi tran Na Hang).")


def test_a_plural_kind_with_two_members_names_two_programs():
    found = names_of("Lồng ghép với các chương trình mục tiêu quốc gia giảm nghèo bền vững và phát triển kinh tế xã "
                     "hội vùng đồng bào dân tộc thiểu số và miền núi. Thực hiện 02 Chương trình mục tiêu quốc gia về "
                     "giảm nghèo bền vững và phát triển vùng dân tộc, miền núi.")
    # the second sentence names the same two, the second one shorter: one entity each
    assert found == {"chuong trinh muc tieu quoc gia giam ngheo ben vung",
                     "chuong trinh muc tieu quoc gia phat trien kinh te xa hoi vung dong bao dan toc thieu so va "
                     "mien nui"}


def test_a_name_said_again_without_its_span_is_the_one_span_named():
    one = extracted("Lập Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Bắc Hà - Lào Cai đến năm 2045. Công bố Quy "
                    "hoạch chung xây dựng Khu kinh tế cửa khẩu Bắc Hà - Lào Cai.")
    assert [e.label for e in one.entities if e.type == "Planning"] == [
        "Quy hoạch chung xây dựng Khu kinh tế cửa khẩu Bắc Hà - Lào Cai đến năm 2045"]
    # two spans named: the bare name does not say which
    two = extracted("Quy hoạch sử dụng đất tỉnh Lào Cai thời kỳ 2011 - 2020 đã hết hiệu lực; lập Quy hoạch sử dụng "
                    "đất tỉnh Lào Cai thời kỳ 2021 - 2030. Công bố Quy hoạch sử dụng đất tỉnh Lào Cai.")
    assert len([e for e in two.entities if e.type == "Planning"]) == 3


def test_one_plan_said_with_a_few_words_more_and_the_same_years():
    ex = extracted("Xây dựng Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030. Rà soát các mục tiêu của Kế hoạch "
                   "đầu tư công giai đoạn 2026 - 2030. Giao Kế hoạch vốn đầu tư công năm 2030; giải ngân Kế hoạch vốn "
                   "năm 2030. Thực hiện Kế hoạch vốn năm 2031.")
    assert sorted(e.label for e in ex.entities) == ["Kế hoạch vốn năm 2031", "Kế hoạch vốn đầu tư công năm 2030",
                                                   "Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030"]
    # "kế hoạch vốn" of a year is its public investment plan; a bare annual plan is the report's year's
    ex = extracted("BÁO CÁO\nTình hình kinh tế - xã hội quý I năm 2030\n\nGiao kế hoạch vốn năm 2030 cho các "
                   "dự án. Vốn thuộc kế hoạch đầu tư công Thủ tướng Chính phủ giao 490,1 tỷ đồng.")
    assert [e.label for e in ex.entities if e.type == "Plan"] == ["Kế hoạch đầu tư công năm 2030"]
    # a count written with a leading zero is the same count ("03 năm", "3 năm")
    ex = extracted("Xây dựng Kế hoạch tài chính 03 năm 2025 - 2027. Hoàn thành Kế hoạch tài chính ngân sách 3 năm "
                   "2025 - 2027.")
    assert [e.label for e in ex.entities] == ["Kế hoạch tài chính ngân sách 3 năm 2025 - 2027"]


def test_equipment_is_part_of_a_name():
    assert names_of("Đẩy nhanh dự án Đầu tư hạ tầng trang thiết bị công nghệ thông tin của tỉnh.") == {
        "du an dau tu ha tang trang thiet bi cong nghe thong tin cua tinh"}


def test_a_quoted_name_closed_by_a_misread_quote_and_an_age_range():
    assert names_of("Phát động chương trình “Sóng và máy tính cho em’. Trao 500 máy tính.") == {
        "chuong trinh song va may tinh cho em"}
    assert names_of("Triển khai Kế hoạch tiêm chủng cho trẻ em từ 05 đến dưới 12 tuổi ngay khi có hướng dẫn.") == {
        "ke hoach tiem chung cho tre em tu 05 den duoi 12 tuoi"}


def test_a_list_of_verbs_inside_a_name_does_not_end_it():
    # "tu bổ" is a compound, not the opener "từ"; in OCR text the spelling cannot tell them apart
    for text in ("Hoàn thành Quy hoạch bảo quản, tu bổ, phục hồi và phát huy giá trị di tích quốc gia Bắc Hà, "
                 "gửi các Bộ thẩm định.",
                 "Hoan thanh Quy hoach bao quan, tu bo, phuc hdi va phat huy gia tri di tich quoc gia Bac Ha, "
                 "gui cac Bo tham dinh."):
        found = names_of(text)
        assert any(key.startswith("quy hoach bao quan") and key.endswith("quoc gia bac ha") for key in found), found


def test_a_legal_title_runs_across_amending_verbs_and_the_text_it_amends():
    found = names_of("Ban hành Quyết định sửa đổi, bổ sung một số nội dung của Quy trình thu hồi đất trên địa bàn "
                     "tỉnh Lào Cai; Quyết định sửa đổi và bãi bỏ một số nội dung của Quy định hạn mức giao đất ở.")
    assert "quyet dinh sua doi bo sung mot so noi dung cua quy trinh thu hoi dat tren dia ban tinh lao cai" in found
    assert "quyet dinh sua doi va bai bo mot so noi dung cua quy dinh han muc giao dat o" in found


def test_an_agreement_between_two_parties_names_both():
    for text in ("Ký kết Thỏa thuận giữa UBND tỉnh Lào Cai và Đại sứ quán Lào tại Việt Nam về hợp tác y tế.",
                 "Ky két Thoa thuan gitra UBND tinh Lao Cai va Dai sir quan Lao tai Viét Nam vé hop tac y té."):
        assert any(key.startswith("thoa thuan giua ubnd tinh lao cai va dai su quan lao tai viet nam")
                   for key in names_of(text)), text


def test_a_name_may_name_a_plural():
    for text in ("Phê duyệt Quy hoạch các cụm công nghiệp trên địa bàn tỉnh Lào Cai.",
                 "Phe duyet Quy hoach cac cum cong nghiep tren dia ban tinh Lao Cai."):
        found = names_of(text)  # restoration spells the OCR words; the boundary is what is tested
        assert any(key.startswith("quy hoach cac c") and key.endswith("tren dia ban tinh lao cai") for key in found)
    # OCR lower-cases the "Các" of a law's name
    assert "luat cac to chuc tin dung" in names_of("trién khai thuc hién Luat Dat dai va Luat cac To chuc tin dung.")


def test_texts_said_in_the_plural_are_not_one_text():
    found = names_of("Thực hiện các Nghị quyết của Chính phủ và các Quyết định của UBND tỉnh về nhiệm vụ, mục tiêu "
                     "phát triển kinh tế - xã hội năm 2024.")
    assert not any(key.startswith(("quyet dinh", "nghi quyet")) for key in found), found


def test_ocr_spellings_of_the_words_that_carry_a_name_on():
    # "tdm nhin" (tầm nhìn), "dinh hudng" (định hướng), "céc huyén, thanh phé", "d6i s6" (đổi số); restoration
    # spells the words, the boundaries are what is tested
    found = names_of("Ban hanh Ké hoach trién khai Quy hoach tinh Lao Cai thoi ky 2021 - 2030, tdm nhin dén ndm 2050.")
    assert any(k.startswith("quy hoach tinh lao cai") and k.endswith("2030 tam nhin den nam 2050") for k in found), found
    assert any(k.startswith("ke hoach trien khai quy hoach") and k.endswith("tam nhin den nam 2050") for k in found)
    found = names_of("Thuc hién Nghi quyét cua Ban Thuong vu Tinh uy vé chuyén d6i s6 tinh Lao Cai dén nam 2025, "
                     "dinh hudng dén nim 2030.")
    assert any(k.startswith("nghi quyet cua ban thuong vu") and k.endswith("dinh huong den nam 2030") for k in found)
    found = names_of("Phé duyét Ké hoach sur dung dat nam 2022 cua céc huyén, thanh phé.")
    assert any(k.startswith("ke hoach su dung dat nam 2022") and len(k.split()) == 12 for k in found), found


def test_a_school_that_meets_the_national_standard_is_part_of_a_name():
    found = names_of("Ban hành Kế hoạch công nhận trường học đạt chuẩn quốc gia năm 2022, trong quý.")
    assert "ke hoach cong nhan truong hoc dat chuan quoc gia nam 2022" in found


def test_a_name_runs_on_into_a_numbered_text_it_follows_not_into_an_unnumbered_one():
    found = names_of("Triển khai Kế hoạch tái cơ cấu ngành công thương theo Quyết định 165/QĐ-TTg. "
                     "Lập Quy hoạch sử dụng đất thời kỳ 2021 - 2030 cho các huyện, thành phố theo quyết định của "
                     "Thủ tướng Chính phủ.")
    assert "ke hoach tai co cau nganh cong thuong theo quyet dinh 165 qd ttg" in found
    assert "quy hoach su dung dat thoi ky 2021 2030 cho cac huyen thanh pho" in found


def test_a_title_that_its_year_closes_runs_across_its_commas():
    found = names_of("Ban hành Chỉ thị về phát động thi đua thực hiện thắng lợi mục tiêu, nhiệm vụ phát triển kinh tế "
                     "- xã hội, bảo đảm quốc phòng, an ninh năm 2024, Chỉ thị về giải ngân vốn đầu tư công. Ban hành "
                     "Kế hoạch kiểm tra, đã triển khai năm 2024.")
    assert "chi thi ve phat dong thi dua thuc hien thang loi muc tieu nhiem vu phat trien kinh te xa hoi bao dam " \
           "quoc phong an ninh nam 2024" in found
    assert not any(key.endswith("trien khai nam 2024") for key in found)  # a clause, not the rest of a title


def test_the_rest_of_an_outer_title_is_not_the_inner_plans():
    ex = extracted("Ban hành Quyết định về nhiệm vụ, giải pháp chủ yếu chỉ đạo, điều hành thực hiện Kế hoạch phát "
                   "triển kinh tế - xã hội, Dự toán ngân sách nhà nước năm 2024.")
    labels = {e.type: e.label for e in ex.entities}
    assert labels["Decision"].endswith("Kế hoạch phát triển kinh tế - xã hội, Dự toán ngân sách nhà nước năm 2024")
    assert labels["Plan"] == "Kế hoạch phát triển kinh tế - xã hội năm 2024"


def test_kinds_and_counts_are_not_one_thing():
    # several texts counted, the kind of program alone, the province's one planning before "và"
    found = names_of("Ban hành 25 Quyết định khen thưởng đối với 208 tập thể. Khởi công các dự án thuộc Chương trình "
                     "mục tiêu quốc gia chậm nhất trong tháng 6/2024. Tổ chức Hội nghị công bố Quy hoạch tỉnh Lào Cai và "
                     "xúc tiến đầu tư năm 2024. Triển khai Chiến lược bảo vệ Tổ quốc trong tình hình mới.")
    assert not any(key.startswith(("quyet dinh", "chuong trinh")) for key in found), found
    assert "quy hoach tinh lao cai" in found, found
    assert "chien luoc bao ve to quoc trong tinh hinh moi" in found


def test_the_province_after_a_comma_closes_a_name():
    found = names_of("(2) Dự án cải tạo, nâng cấp 03 Trung tâm Y tế tuyến huyện, tỉnh Lào Cai khối lượng hoàn thành "
                     "ước đạt 80% giá trị. Phê duyệt Quy hoạch chung thị trấn Bắc Hà, huyện Bắc Hà, tỉnh Lào Cai đến "
                     "năm 2035.")
    assert "du an cai tao nang cap 03 trung tam y te tuyen huyen tinh lao cai" in found
    assert "quy hoach chung thi tran bac ha huyen bac ha tinh lao cai den nam 2035" in found


def test_an_action_program_is_named_in_ocr_text():
    # "hành động" is a compound: its "dong" is no "đồng"/"đóng" opening a clause
    found = names_of("Xay dung Chuong trinh hanh dong thuc hién ké hoach trién khai Quy hoach tinh Lao Cai thoi ky "
                     "2021 - 2030 sau khi duoc phe duyet.")
    assert any(key.startswith("chuong trinh hanh dong thuc hien ke hoach") for key in found), found


def test_a_sub_project_runs_through_the_stretch_it_covers_and_ocr_horns():
    # "đoạn qua địa phận tỉnh X" belongs to the name, and so does the project it belongs to, which is named too;
    # OCR's ’ after u is the horn of ư ("du’ng" dựng)
    ex = extracted("Thuc hién Tiéu dy an giai phong mat bang doan qua dia phan tinh Lao Cai thu¢c dyu 4n dau tu "
                   "xay du’ng tuyen cao téc Bac Ha - Sa Pa.")
    labels = {e.id: fold_key(e.label) for e in ex.entities}
    sub = next(key for key in labels.values() if key.startswith("tieu du an"))
    assert sub.endswith("tinh lao cai thuoc du an dau tu xay dung tuyen cao toc bac ha sa pa") and "doan qua" in sub
    assert any(labels[r.s] == sub and r.p == "partOf" and labels[r.o].startswith("du an dau tu xay dung tuyen cao")
               for r in ex.relations)


def test_counted_initiatives_and_a_kind_at_a_level_are_no_entity():
    found = names_of("Chưa phân bổ chi tiết của 09 dự án chương trình mục tiêu quốc gia. Phê duyệt 13 đề án phân loại "
                     "đô thị trên địa bàn tỉnh. Tăng thu đối ứng Chương trình MTQG cấp huyện.")
    assert not found, found
    # the number of a footnote at the start of its line is no count
    found = names_of("Ngay từ đầu năm đã triển khai các dự án¹².\n\n12 Dự án Khu phi thuế quan giai đoạn 1, Dự án Khu "
                     "chế xuất 1.")
    assert "du an khu phi thue quan giai doan 1" in found, found


def test_a_plan_of_a_period_and_of_a_year_named_together_are_two():
    found = names_of("Rà soát, điều chỉnh kế hoạch đầu tư công giai đoạn 2026-2030 và năm 2027 theo quy định.")
    assert found == {"ke hoach dau tu cong giai doan 2026 2030", "ke hoach dau tu cong nam 2027"}, found


def test_on_the_basis_of_is_no_platform():
    found = names_of("Xay dung con nguoi Lao Cai trén nén tang hé gia tri van hoa Viét Nam.")
    assert not found, found
    found = names_of("Các doanh nghiệp khai báo trên Nền tảng cửa khẩu số tại cửa khẩu quốc tế Lào Cai.")
    assert "nen tang cua khau so tai cua khau quoc te lao cai" in found, found


def test_a_projects_resettlement_area_is_part_of_its_name():
    # After "Dự án …" the resettlement area built with it belongs to the project's name, clean and OCR.
    assert "du an cau bac ha so 1 duong giao thong va khu tai dinh cu xa lung phinh" in names_of(
        "Dự án Cầu Bắc Hà số 1, đường giao thông và Khu tái định cư xã Lùng Phình chậm tiến độ.")
    found = names_of("Cham tién do: du 4n Xay dung ha ting Cum céng nghiép Tan Tién\n1, Tan Tién 2 va khu tai "
                     "dinh cu Tan Tién (do thoi gian Hop dong du an da hét).")
    assert any(k.startswith("du an xay dung ha tang") and k.endswith("2 va khu tai dinh cu tan tien") for k in found)
    # "khu tái định cư, dân cư …": the comma pairs two kinds of area of one name
    assert any(k.endswith("va khu tai dinh cu dan cu thi tran bac ha") for k in names_of(
        "Dự án Đường tránh thị trấn Bắc Hà và khu tái định cư, dân cư thị trấn Bắc Hà chậm tiến độ."))
    # After another head it is a name of its own: "Cụm công nghiệp A 1, 2 và Khu tái định cư A".
    found = names_of("Tập trung xây dựng Cụm công nghiệp Bắc Hà 1, 2 và Khu tái định cư Bắc Hà.")
    assert "khu tai dinh cu bac ha" in found and not any("va khu" in k for k in found)


def test_a_title_says_whose_organisation_it_sets():
    found = names_of("Ban hành Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm "
                     "Phục vụ hành chính công tỉnh Lào Cai; Quyết định ban hành Đề án xây dựng cầu.")
    assert ("quyet dinh quy dinh chuc nang nhiem vu quyen han va co cau to chuc cua trung tam phuc vu hanh chinh "
            "cong tinh lao cai") in found


def test_a_policy_title_runs_on_across_doi_voi():
    found = names_of("Triển khai Đề án tổ chức xây dựng lực lượng và quy định một số chính sách đối với dân quân "
                     "tự vệ tỉnh Lào Cai giai đoạn 2021 - 2025; rà soát.")
    assert ("de an to chuc xay dung luc luong va quy dinh mot so chinh sach doi voi dan quan tu ve tinh lao cai "
            "giai doan 2021 2025") in found


def test_a_very_long_scheme_name_is_read_whole_and_its_short_form_is_the_same_scheme():
    long_name = ("Đề án thí điểm xây dựng cửa khẩu thông minh tại đường chuyên dụng vận chuyển hàng hóa khu vực "
                 "mốc 1203-1204 và đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1190/2-1191 thuộc cặp cửa khẩu "
                 "quốc tế Bắc Hà (Việt Nam) - Hà Khẩu (Trung Quốc)")
    ex = extracted(f"Thủ tướng Chính phủ phê duyệt {long_name}. Ban hành Kế hoạch thực hiện Đề án thí điểm xây "
                   "dựng cửa khẩu thông minh tại đường chuyên dụng vận chuyển hàng hóa khu vực mốc 1203-1204.")
    schemes = [e for e in ex.entities if e.type == "Scheme"]
    assert [fold_key(e.label) for e in schemes] == [fold_key(long_name)]
    assert len(schemes[0].mentions) == 2


def test_after_its_closing_year_a_name_goes_on_across_va_only_to_another_period():
    found = names_of("Triển khai Chương trình hỗ trợ xóa nhà tạm, nhà dột nát trên địa bàn tỉnh Lào Cai giai đoạn "
                     "2024 - 2025 và chủ động triển khai các nhiệm vụ.")
    assert any(k.endswith("giai doan 2024 2025") for k in found) and not any("chu dong" in k for k in found)
    assert "ke hoach cai cach hanh chinh tinh lao cai nam 2022 va giai doan 2021 2025" in names_of(
        "Ban hành Kế hoạch cải cách hành chính tỉnh Lào Cai năm 2022 và giai đoạn 2021 - 2025.")
    # OCR's "ndm" for "năm": a plan of a period and of a year, as the text names them together
    found = names_of("Chuan bi dau tu ddi véi ké hoach dau tu cong giai doan 2026-2030 va ndm 2026; trién khai.")
    assert {"ke hoach dau tu cong giai doan 2026 2030", "ke hoach dau tu cong nam 2026"} <= found


def test_a_work_named_with_the_road_it_is_built_on_keeps_it():
    # "trên" opens a clause ("… trên 50 km") except before where a work stands: a road, a route, a border.
    assert "de an xay dung cau dan sinh tren duong giao thong nong thon bac ha" in names_of(
        "Triển khai Đề án xây dựng cầu dân sinh trên đường giao thông nông thôn Bắc Hà đạt kết quả tốt.")
    found = names_of("Trién khai Dé an xay dung, quan ly, khai thac, bao tri cau trén dudng giao thong ndng thén tinh Lao Cai, "
                     "giai doan 2024 - 2030. Xay dyng duong.")
    assert any(key.startswith("de an xay dung") and key.endswith("tren duong giao thong nong thon tinh lao cai "
                                                                  "giai doan 2024 2030") for key in found), found


def test_bao_dam_before_what_is_ensured_opens_a_clause():
    found = names_of("Triển khai Đề án xây dựng cầu dân sinh Bắc Hà bảo đảm hoàn thành chỉ tiêu kế hoạch năm 2024.")
    assert "de an xay dung cau dan sinh bac ha" in found
    assert "de an bao dam an ninh trat tu tren dia ban tinh lao cai" in names_of(
        "Triển khai Đề án bảo đảm an ninh trật tự trên địa bàn tỉnh Lào Cai.")


def test_cac_cap_goes_on_with_the_name():
    # "các" opens a clause ("… các dự án đã …"), but "các cấp" is said of the body the name names
    found = names_of("Ban hành Ké hoach t6 chirc Pai hoi thi dua yéu nudc cac cép. Phong trao dat két qua.")
    assert any(key.endswith("dai hoi thi dua yeu nuoc cac cap") for key in found), found


def test_a_road_named_by_its_two_ends_runs_to_the_far_one():
    assert "du an duong noi quoc lo 4e den cao toc noi bai lao cai" in names_of(
        "Dự án đường nối Quốc lộ 4E đến cao tốc Nội Bài - Lào Cai được triển khai thi công.")
    found = names_of("Dy an duong giao thong két ndi Qudc 16 4B dén Quéc 16 18 da khoi cong.")
    assert any(key.startswith("du an duong giao thong") and "quoc lo 4b" in key and key.endswith("quoc lo 18")
               for key in found), found


def test_what_a_project_is_paid_from_is_no_part_of_its_name():
    ex = extracted("Dự án cầu Bắc Hà trên Quốc lộ 4E sử dụng vốn ngân sách trung ương đã hoàn thành.")
    labels = {e.id: e.label for e in ex.entities}
    assert "Dự án cầu Bắc Hà trên Quốc lộ 4E" in labels.values()
    assert ("ngân sách trung ương", "funds", "Dự án cầu Bắc Hà trên Quốc lộ 4E") in \
        {(labels[r.s], r.p, labels[r.o]) for r in ex.relations}


def test_a_work_listed_among_projects_without_a_cue_word_is_a_project():
    ex = extracted("Một số dự án có tiến độ GPMB nhanh như: Dự án khu công nghiệp Bắc Hà; Cụm công nghiệp Bảo Yên 1; "
                   "đường giao thông kết nối Quốc lộ 4E đến Quốc lộ 70.")
    projects = {fold_key(e.label) for e in ex.entities if e.type == "Project"}
    assert "du an duong giao thong ket noi quoc lo 4e den quoc lo 70" in projects
    ex = extracted("Dự án khu công nghiệp Bắc Hà đã hoàn thành; cầu, cống được sửa chữa kịp thời.")
    assert [e.label for e in ex.entities if e.type == "Project"] == ["Dự án khu công nghiệp Bắc Hà"]


def test_an_airport_is_named_in_full():
    assert "du an dau tu xay dung cang hang khong dien bien giai doan 2" in names_of(
        "Dự án đầu tư xây dựng Cảng hàng không Điện Biên giai đoạn 2 theo hình thức PPP đang lựa chọn nhà đầu tư.")


def test_a_planning_design_dossier_is_no_scheme():
    kinds = {(e.type, fold_key(e.label)) for e in extracted(
        "Đang lấy ý kiến đối với đồ án Quy hoạch phân khu Khu du lịch Bắc Hà đến năm 2040.").entities}
    assert ("Planning", "quy hoach phan khu khu du lich bac ha den nam 2040") in kinds
    assert not any(kind == "Scheme" for kind, _ in kinds)
    # OCR reads "đồ án" as "d6 4n", and "Đề án" as "Dé an" (or "D¢ an", which folds alike: the mark tells)
    ocr = {e.type for e in extracted("Trién khai d6 4n Diéu chinh Quy hoach chung xay dung khu Bac Ha.").entities}
    assert "Scheme" not in ocr
    assert "Scheme" in {e.type for e in extracted("Trién khai D¢ an thi diém xay dung ctra khau théng minh.").entities}


def test_ocr_readings_of_u_horn_in_cue_and_agency_words():
    # ư read as two letters: "Dtr an" (Dự án), "Thu tirong" (Thủ tướng)
    ex = extracted("Thu tirong Chinh phu da ban hanh Quyét dinh s6 325/QP-TTg. Dtr an Khu cong nghiep Bac Ha dang thi cong.")
    labels = {(e.type, e.label) for e in ex.entities}
    assert ("Organization", "Thủ tướng Chính phủ") in labels
    assert any(kind == "Project" and label.startswith("Dự án Khu công nghiệp") for kind, label in labels)


def test_a_work_on_a_national_road_read_through_ocr_keeps_the_road():
    found = names_of("Dtr an cau Bac Ha trén Quéc 16 4E tai huyen Bac Ha da hoan thanh.")
    assert any(key.startswith("du an") and "tren quoc lo 4e" in key for key in found), found


def test_a_name_ends_where_it_is_said_to_stop():
    # "tạm dừng thi công" says what became of the project; it is no part of its name (ư read "ir" by OCR)
    for text in ("Dự án Thủy điện Bản Rạ tạm dừng thi công để điều chỉnh thiết kế.",
                 "Dự an Thuy dién Ban Ra tam dirng thi cong dé diéu chinh thiét ké."):
        projects = {e.label for e in extracted(text).entities if e.type == "Project"}
        assert len(projects) == 1 and all(fold_key(p).endswith(" ra") for p in projects), projects


def test_a_road_named_by_its_number_names_a_project():
    assert "du an duong tinh 208" in names_of("Dự án đường tỉnh 208 đã bàn giao 12/20 km.")
    assert "du an nang cap tinh lo 217" in names_of("Dự án nâng cấp tỉnh lộ 217 đang thi công.")
    assert not names_of("Dự án nâng cấp tuyến đường đang thi công.")  # which road, it does not say


def test_ocr_forms_of_duoc_and_su_dung_von_end_a_name():
    assert "du an duong bo cao toc bac kan cao bang" in names_of(
        "Dtr an duong bo cao toc Bac Kan - Cao Bang diroc dau tu theo phuong thuc PPP.")
    projects = {n for n in names_of("Dir an cai tao, nang cap Quoc lo 34 doan Km0 - Km45 sw dung von vay Ngan hang "
                                    "The gioi dang thi cong.") if n.startswith("du an")}
    assert len(projects) == 1 and all(p.endswith("km0 km45") for p in projects), projects


def test_a_road_that_links_provinces_keeps_them_in_its_name():
    assert "du an duong lien ket ket noi cac tinh thai nguyen bac giang va vinh phuc" in names_of(
        "Dự án đường liên kết, kết nối các tỉnh Thái Nguyên, Bắc Giang và Vĩnh Phúc đã bàn giao mặt bằng sạch.")


def test_a_road_joining_two_others_is_one_name():
    assert "du an duong noi quoc lo 32c voi cao toc noi bai lao cai" in names_of(
        "Gồm: Dự án đường nối Quốc lộ 32C với cao tốc Nội Bài - Lào Cai; Dự án Khu tái định cư Nam Cường.")


def test_a_law_ends_before_its_date_and_a_project_before_the_list_it_joins():
    names = names_of("Căn cứ Luật Đầu tư công ngày 13 tháng 6 năm 2019;\n1. Bổ sung Dự án Nâng cấp đường ĐT.845 "
                     "đoạn Tràm Chim - Tân Công Sính vào danh mục kế hoạch, với số vốn 150 tỷ đồng.")
    assert {"luat dau tu cong", "du an nang cap duong dt 845 doan tram chim tan cong sinh"} <= names, names


def test_a_name_ends_where_it_is_submitted():
    for text in ("Hoàn thiện hồ sơ Đề án thành lập Khu kinh tế cửa khẩu trình Thủ tướng Chính phủ.",
                 "Hoan thién hé so Dé an thanh lap Khu kinh té cira khau trinh Thi tuéng Chinh phu."):
        assert any(n == "de an thanh lap khu kinh te cua khau" for n in names_of(text)), names_of(text)
    # "trình" of "Chương trình" is the cue's, not a submission
    assert any(n.startswith("chuong trinh chinh phu dien tu") for n in names_of(
        "Triển khai Chương trình Chính phủ điện tử năm 2024."))


def test_a_name_ends_where_its_financing_is_told():
    assert "du an cang hang khong quang tri" in names_of(
        "Dự án Cảng hàng không Quảng Trị đầu tư theo phương thức đối tác công tư (PPP), nhà đầu tư đang hoàn thiện hồ sơ.")
    assert "du an cang hang khong quang tri" in names_of(
        "Du an Cang hang khong Quang Tri dau tu theo hinh thirc BOT dang thi cong.")


def test_a_named_work_is_a_project_and_an_issue_ends_before_where_it_is():
    assert "cong trinh trung tam van hoa the thao huyen hai lang" in names_of(
        "Công trình Trung tâm Văn hóa - Thể thao huyện Hải Lăng tạm dừng thi công để điều chỉnh thiết kế.")
    assert not any(n.startswith("cong trinh") for n in names_of("Các công trình thủy lợi đã hoàn thành."))
    found = names_of("Tập trung tháo gỡ khó khăn về giải phóng mặt bằng tại Khu công nghiệp Quán Ngang giai đoạn 2.")
    assert "kho khan ve giai phong mat bang" in found


def test_a_work_that_opens_a_sentence_on_its_building_is_a_project():
    found = extracted("Bệnh viện Đa khoa tỉnh (giai đoạn 2) đã hoàn thành và đưa vào sử dụng từ ngày 15/9/2024. "
                      "Cầu Tà Lạt trên Quốc lộ 4E đang thi công, đạt 60% khối lượng.")
    assert {(e.type, e.label) for e in found.entities} >= {
        ("Project", "Bệnh viện Đa khoa tỉnh (giai đoạn 2)"), ("Project", "Cầu Tà Lạt trên Quốc lộ 4E")}
    # an agency that completes a task is no work
    assert not extracted("Trung tâm Y tế huyện đã hoàn thành kế hoạch tiêm chủng.").entities
    ocr = extracted("Benh vién Da khoa tinh (giai doan 2) da hoan thanh va dua vao sir dung.")
    assert [e.label for e in ocr.entities] == ["Bệnh viện Đa khoa tỉnh (giai đoạn 2)"]


def test_a_province_that_opens_the_next_clause_is_not_in_the_name():
    found = names_of("Báo cáo tháng 6\n\nThực hiện Nghị quyết số 88/2019/QH14 của Quốc hội phê duyệt Đề án tổng thể "
                     "phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi, tỉnh đã phân bổ 356 tỷ "
                     "đồng. Dự án đường nối Quốc lộ 4E, tỉnh Lào Cai đã hoàn thành.")
    assert "de an tong the phat trien kinh te xa hoi vung dong bao dan toc thieu so va mien nui" in found
    assert "du an duong noi quoc lo 4e tinh lao cai" in found


def test_ocr_spellings_of_duoc_before_lieu_are_pharmacy_and_symbols_inside_place_names():
    found = names_of("Báo cáo\n\nHĐND tỉnh ban hành Nghị quyết quy định chính sách hỗ trợ phát triển cây dugc liéu "
                     "trên địa bàn tỉnh giai đoạn 2024 - 2030.")
    assert any(n.startswith("nghi quyet quy dinh chinh sach ho tro phat trien cay dugc lieu") for n in found)
    assert "thi tran dong van" in names_of("Báo cáo\n\nQuy hoach chung thi tran Bong V&n den n&m 2040 dang dugc l&p.")


def test_ocrs_se_before_a_number_is_so_and_goes_on_into_the_name():
    found = names_of("Báo cáo\n\nUBND tỉnh ban hành Ké hoach thuc hién Nghi quyét sé 02/NQ-CP ngay 08/01/2026 cua Chinh "
                     "phu.")
    assert any(n.startswith("ke hoach thuc hien nghi quyet so 02 nq cp") for n in found), found


def test_an_obstacle_ends_at_its_footnote_mark_and_a_province_is_spelt_as_ocr_read_it():
    text = ("Bao cao\n\nMét so dir an ch4m tién do do vu6ng mac giai phéng mit bang12. Quy hoach tinh Cao B&ng thoi ky "
            "2021 - 2030, t4m nhin den nim 2050 da duoc phe duyet.\n12 Gém: Du an Puong tranh thi tran Trung Khanh.\n")
    found = names_of(text)
    assert "vuong mac giai phong mat bang" in found
    assert "quy hoach tinh cao bang thoi ky 2021 2030 tam nhin den nam 2050" in found


def test_ocr_spellings_of_chuong_trinh_open_a_program():
    found = names_of("Báo cáo\n\nChygng trinh muc tiéu qudc gia giam nghéo ben vtrng giai doan 2021 - 2025 dugc trién "
                     "khai. Ban hanh Ké hoach s6 2150/KH-UBND thuc hién Chiidng trinh muc tiéu quéc gia xay dung nong "
                     "thon méi nam 2024.")
    assert {"chuong trinh muc tieu quoc gia giam ngheo ben vung giai doan 2021 2025",
            "chuong trinh muc tieu quoc gia xay dung nong thon moi nam 2024"} <= found


def test_a_road_named_by_its_number_through_ocr_is_specific():
    # (OCR output keeps some marks, "é" above all; text with none at all is read as text that lost them)
    assert "du an duong tinh 830e" in names_of("Bao cao\n\nDir an dirgng tinh 830E (tdng mic d4u tu 2.150 ty déng, "
                                               "vén ng4n sach tinh) da khéi cong ngay 12/8/2024.")


def test_an_obstacle_ends_before_the_next_task_and_a_cause_in_parentheses_starts_after_do():
    found = {fold_key(e.label) for e in recognised(
        "Báo cáo\n\nCác chủ đầu tư tập trung tháo gỡ vướng mắc về giải phóng mặt bằng, phấn đấu giải ngân 100% kế "
        "hoạch vốn. Dự án Cụm công nghiệp Hợp Thành chậm tiến độ (do chủ đầu tư chưa bố trí kinh phí giải phóng mặt "
        "bằng).").entities}
    assert {"vuong mac ve giai phong mat bang", "chu dau tu chua bo tri kinh phi giai phong mat bang"} <= found


def test_in_clean_text_a_word_spelt_otherwise_is_another_name():
    ex = extracted("Báo cáo\n\nĐẩy nhanh tiến độ các cụm công nghiệp Hợp Thành 1, cụm công nghiệp Hồ Sơn 1 và cụm "
                   "công nghiệp Hòa Sơn 1. Chương trình phục hồi và phát triển kinh tế - xã hội được đẩy mạnh; "
                   "Chương trình phục hồi phát triển kinh tế - xã hội đã giải ngân 90%.")
    labels = {e.label for e in ex.entities if e.type == "Project"}
    assert {"Cụm công nghiệp Hồ Sơn 1", "Cụm công nghiệp Hòa Sơn 1"} <= labels
    # a linking word left out ("phục hồi (và) phát triển") does not make another program
    assert len([e for e in ex.entities if e.type == "Program"]) == 1


def test_deciding_is_no_decision_and_a_kind_of_decision_is_none_either():
    found = names_of("Báo cáo\n\nQuyết định chủ trương điều chỉnh Dự án 21 xã thuộc hai huyện Văn Lãng và Tràng Định. "
                     "Có 12 doanh nghiệp thông báo Quyết định giải thể.")
    assert not any(n.startswith("quyet dinh") for n in found)
    assert any(n.startswith("du an 21 xa") for n in found)


def test_a_compound_whose_first_word_ocr_misread_does_not_end_the_name():
    # "mirc do" is "mức độ" (ư read as "ir"), "dbi voi" is "đối với" (ố read as b): no "do", no "với" clause
    found = names_of("Ban hanh chuong trinh xac dinh chi s6 danh gia mirc do chuyén d6i s6 doanh nghiép. "
                     "Trién khai Dé an t6 chirc xay dung luc luong va quy dinh mot sd chinh sach dbi voi dan quén "
                     "ty vé tinh Lang Son giai doan 2021 - 2025; ra soat.")
    assert any(key.startswith("chuong trinh xac dinh chi so danh gia muc do chuyen doi so doanh nghiep")
               for key in found), found
    assert any(key.startswith("de an to chuc xay dung luc luong va quy dinh mot so chinh sach doi voi dan quan")
               and key.endswith("2021 2025") for key in found), found


def test_a_compound_whose_second_word_ocr_misread_does_not_end_the_name():
    # "mot sd" is "một số" (ố read as d): "một" opens no clause there
    found = names_of("Ban hanh Nghi quyét quy dinh mot sd chinh sach ho tro doanh nghiép nho va vira. Trién khai.")
    assert "nghi quyet quy dinh mot so chinh sach ho tro doanh nghiep nho va vua" in found, found


def test_the_wards_a_scheme_sets_up_are_part_of_its_name():
    found = names_of("Hoàn thiện hồ sơ Đề án nhập huyện A vào thành phố B và thành lập các phường thuộc thành "
                     "phố B. Trên cơ sở đó")
    assert "de an nhap huyen a vao thanh pho b va thanh lap cac phuong thuoc thanh pho b" in found


def test_khi_opens_a_clause_after_a_name_but_not_in_khi_nha_nuoc_or_khi_hau():
    ex = extracted("Chuẩn bị tốt cho công tác chuẩn bị đầu tư tuyến cao tốc Lạng Sơn - Quảng Ninh (đoạn Lạng Sơn - "
                   "Tiên Yên) khi đủ điều kiện; tuyến đường sắt tốc độ cao Hà Nội - Đồng Đăng; đầu tư hạ tầng.")
    labels = {fold_key(e.label) for e in ex.entities if e.type == "Project"}
    assert "tuyen cao toc lang son quang ninh doan lang son tien yen" in labels, labels
    # the next item of the list, after the words about the first
    assert "du an tuyen duong sat toc do cao ha noi dong dang" in labels, labels
    found = names_of("Ban hành Quyết định sửa đổi Quy trình thực hiện bồi thường, hỗ trợ, tái định cư khi Nhà nước "
                     "thu hồi đất. Triển khai Dự án ung pho bien doi khi hau tai huyen A.")
    assert any(key.endswith("tai dinh cu khi nha nuoc thu hoi dat") for key in found), found
    assert any(key.startswith("du an ung pho bien doi khi hau") for key in found), found


def test_an_opener_that_ocr_misspelt_inside_a_compound_does_not_end_the_name():
    # "thiéu sé" is "thiểu số", not "thiểu" and "sẽ"
    found = names_of("Thuc hién chuong trinh muc tiéu quéc gia vé phat trién kinh té, x4 hoi vang déng bao dan "
                     "toc thiéu sé va mién ndi, ty 18 ho nghéo giam.")
    assert any("dan toc thieu so va mien" in key for key in found), found


def test_a_listed_work_after_a_few_words_never_swallows_another_named_initiative():
    ex = extracted("Tập trung thi công các dự án: Dự án cầu Bắc Hà và Dự án cầu Na Sầm; đường giao thông kết nối "
                   "Quốc lộ 4B đến Quốc lộ 18; cải tạo chợ.")
    labels = {e.label for e in ex.entities if e.type == "Project"}
    assert {"Dự án cầu Bắc Hà", "Dự án cầu Na Sầm", "Dự án đường giao thông kết nối Quốc lộ 4B đến Quốc lộ 18"} <= labels


def test_a_plan_for_a_planning_named_without_its_period_takes_the_plannings_full_name():
    # clean, then OCR: the planning is named with its period once, then without it inside the plan's name
    for text in ("Thủ tướng Chính phủ phê duyệt Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. "
                 "UBND tỉnh ban hành Kế hoạch thực hiện Quy hoạch tỉnh Lạng Sơn. Hết.",
                 "Thu tuéng Chinh phu phé duyét Quy hoach tinh Lang Son thoi ky 2021 - 2030, tam nhin dén nam 2050. "
                 "UBND tinh ban hanh Ké hoach thuc hién Quy hoach tinh Lang Son. Hét."):
        plans = [fold_key(e.label) for e in extracted(text).entities if e.type == "Plan"]
        assert plans == ["ke hoach thuc hien quy hoach tinh lang son thoi ky 2021 2030 tam nhin den nam 2050"], text


def test_a_plan_for_one_of_two_plannings_of_that_name_keeps_its_own_words():
    # two periods of "Quy hoạch tỉnh Lạng Sơn": the plan's name does not say which
    ex = extracted("Quy hoạch tỉnh Lạng Sơn thời kỳ 2011 - 2020 hết hiệu lực. Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - "
                   "2030 được phê duyệt. Triển khai Quy hoạch tỉnh Lạng Sơn theo quy định. Ban hành Kế hoạch thực "
                   "hiện Quy hoạch tỉnh Lạng Sơn. Hết.")
    assert [e.label for e in ex.entities if e.type == "Plan"] == ["Kế hoạch thực hiện Quy hoạch tỉnh Lạng Sơn"]


def test_a_list_inside_a_name_goes_on_when_its_next_item_opens_on_the_same_word():
    # "các" opens a clause elsewhere; here it opens the list's second item, as it opened the first
    clean = names_of("Ban hành Kế hoạch tổ chức Hội khỏe Phù Đổng các cấp, các ngành tiến tới Hội khỏe Phù Đổng "
                     "toàn tỉnh lần thứ XI năm 2025. Các huyện triển khai.")
    key = "ke hoach to chuc hoi khoe phu dong cac cap cac nganh tien toi hoi khoe phu dong toan tinh lan thu xi nam 2025"
    assert key in clean
    ocr = names_of("Ban hanh Ké hoach t6 chirc Hoi khoe Phu Dong cac cép, cac nganh tién t6i Hoi khoe Phu Dong "
                   "toan tinh lan tha XI nam 2025. Cac huyén trién khai.")
    assert key in ocr


def test_a_road_number_after_a_comma_is_part_of_a_road_projects_name():
    found = names_of("Khởi công Dự án tuyến đường kết nối cụm công nghiệp Na Dương, ĐT.241 với QL.4B (tỉnh Lào Cai) "
                     "trong quý III.")
    assert "du an tuyen duong ket noi cum cong nghiep na duong dt 241 voi ql 4b tinh lao cai" in found


def test_a_long_parenthesis_of_what_a_project_includes_is_part_of_its_name():
    clean = names_of("Đẩy nhanh Dự án Khu công nghiệp số 2 (bao gồm cả khu tái định cư và dân cư phục vụ khu công "
                     "nghiệp số 2) đạt 40% khối lượng.")
    assert "du an khu cong nghiep so 2 bao gom ca khu tai dinh cu va dan cu phuc vu khu cong nghiep so 2" in clean
    # OCR reads "gồm" as "gdm"
    ocr = names_of("Day nhanh Dy 4n Khu cong nghiép s6 2 (bao gdm ca khu tai dinh cu va dan cu phuc vu khu cong "
                   "nghiép s6 2) dat 40% khéi luong.")
    assert "du an khu cong nghiep so 2 bao gom ca khu tai dinh cu va dan cu phuc vu khu cong nghiep so 2" in ocr


def test_a_name_ends_before_continues_as_ocr_misreads_it():
    # "tlep tuc" is "tiếp tục" with its i read as l: the clause after the program's name
    found = names_of("Chuong trinh phat trién du lich cong déng tlep tuc dugc trién khai c6 hiéu qua.")
    assert "chuong trinh phat trien du lich cong dong" in found


def test_a_titles_subject_runs_across_whose_before_a_common_noun():
    found = names_of("Ban hành Kế hoạch thực hiện Nghị quyết số 12-NQ/TU ngày 05/3/2024 của Ban Thường vụ Tỉnh ủy "
                     "về nâng cao chất lượng của đội ngũ giáo viên trong thời kỳ mới; triển khai đồng bộ.")
    assert any(key.endswith("ve nang cao chat luong cua doi ngu giao vien trong thoi ky moi") for key in found)
    # without "về" before it, "của" still ends a name ("Kế hoạch … của đơn vị" names who made the plan)
    found = names_of("Rà soát Kế hoạch đào tạo nghề của các doanh nghiệp đã đăng ký.")
    assert "ke hoach dao tao nghe" in found


def test_a_resolution_of_a_party_plenum_is_named_with_it():
    found = names_of("Ban hành Chương trình hành động thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Hội nghị "
                     "lần thứ 5 Ban Chấp hành Trung ương Đảng khóa XIII về đất đai.")
    assert any(key.startswith("chuong trinh hanh dong") and key.endswith("khoa xiii ve dat dai") for key in found)


def test_a_capitalised_name_after_a_lower_case_cue_runs_across_commas_to_the_period_that_closes_it():
    found = names_of("Đẩy nhanh tiến độ dự án Xây dựng trung tâm dữ liệu, các nền tảng dùng chung, số hóa hồ sơ "
                     "phục vụ chương trình cải cách hành chính giai đoạn 2021 - 2025. Tiếp tục rà soát.")
    assert ("du an xay dung trung tam du lieu cac nen tang dung chung so hoa ho so phuc vu chuong trinh cai cach "
            "hanh chinh giai doan 2021 2025") in found
    # a list of names is not one title: its second item opens on a cue of its own
    found = names_of("Hoàn thành dự án Nâng cấp trạm bơm Đông Hà, dự án cải tạo kênh tưới giai đoạn 2021 - 2025.")
    assert "du an nang cap tram bom dong ha" in found


def test_a_second_site_in_brackets_is_part_of_a_projects_name():
    found = names_of("Dự án Bệnh viện Đa khoa tỉnh (cơ sở 2) sử dụng vốn ngân sách tỉnh, đang lựa chọn nhà thầu.")
    assert "du an benh vien da khoa tinh co so 2" in found


def test_a_name_ends_after_the_provinces_name_before_a_verb():
    found = names_of("Dự án Bệnh viện Sản Nhi tỉnh Lào Cai hoàn thành, đưa vào sử dụng từ tháng 5/2025.")
    assert "du an benh vien san nhi tinh lao cai" in found
    # what may follow the province in a name still does
    found = names_of("Ban hành Nghị quyết Đại hội Đảng bộ tỉnh Lào Cai lần thứ XVI nhiệm kỳ 2020 - 2025.")
    assert any(key.endswith("lan thu xvi nhiem ky 2020 2025") for key in found)
    found = names_of("Dự án đường bộ ven biển tỉnh Nam Định đoạn qua huyện Hải Hậu đang thi công.")
    assert "du an duong bo ven bien tinh nam dinh doan qua huyen hai hau" in found


def test_a_work_whose_kind_ends_in_a_compound_with_its_first_word():
    # "Khu đô thị mới": "mới" after "thị" is the compound, not "thì mới"
    found = names_of("Khu đô thị mới phía Nam thành phố Hà Nam đã khởi công ngày 15/5/2023.")
    assert "khu do thi moi phia nam thanh pho ha nam" in found


def test_a_date_after_a_works_name_is_when_something_happened_not_its_name():
    assert "du an cau hiep" in names_of("Đã khởi công Dự án cầu Hiệp ngày 20/5/2024.")
    assert "du an cau hiep" in names_of("Da khoi cong Dy an cau Hiép ngay 20/5/2024.")
    # after a legal number, the date is the text's own
    found = names_of("Ban hành Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ.")
    assert "ke hoach thuc hien nghi quyet so 02 nq cp ngay 05 01 2024 cua chinh phu" in found


def test_a_platform_shared_across_a_comma_ends_on_its_short_form():
    # "tích hợp, chia sẻ" (OCR "chia sé": no "sẽ") is one name; the short form in brackets closes it
    clean = names_of("Duy trì hoạt động ổn định Nền tảng tích hợp, chia sẻ dữ liệu của tỉnh (LGSP) kết nối, liên "
                     "thông dữ liệu giữa các hệ thống.")
    assert "nen tang tich hop chia se du lieu cua tinh lgsp" in clean
    ocr = names_of("Duy tri hoat dong 6n dinh Nén tang tich hop, chia sé dit liéu cua tinh (LGSP) két ndi, lién "
                   "théng dir liéu giira cac hé thong.")
    assert "nen tang tich hop chia se du lieu cua tinh lgsp" in ocr
    # a percentage after "đến" is how far it reached, not part of the name
    assert "nen tang tich hop chia se du lieu tinh lgsp" in names_of(
        "Triển khai Nền tảng tích hợp, chia sẻ dữ liệu tỉnh (LGSP) đến 100% cơ quan nhà nước.")


def test_a_plan_named_only_by_carrying_out_is_no_name():
    assert not any(k.startswith("ke hoach") for k in names_of("UBND tỉnh ban hành Kế hoạch triển khai thực hiện "
                                                              "như sau:"))


def test_a_reservoir_is_no_not_yet_in_ocr_text():
    # "hồ chứa nước" read by OCR as "hé chiia nir6c": "chiia" is also OCR's "chưa", which would open a clause
    found = names_of("Báo cáo quý II\n\nTieu dit an 2 thu6c Dit an hé chiia nir6c Ném Ng4n tam dung thi c6ng do "
                     "thieu v6n doi wng.")
    assert any(n.startswith("tieu du an 2 thuoc du an ho chua nuoc") for n in found), found
    # and "chưa" after another word still ends a name: "Dự án … chưa bố trí vốn"
    assert "du an duong tinh 176" in names_of("Báo cáo\n\nDit an duong tinh 176 chiia bé tri v6n.")


def test_what_a_program_paid_out_is_not_its_name():
    found = names_of("Báo cáo\n\nChương trình mục tiêu quốc gia giảm nghèo bền vững giải ngân 412 tỷ đồng, đạt 48%. "
                     "UBND tỉnh ban hành Kế hoạch giải ngân vốn đầu tư công năm 2025.")
    assert "chuong trinh muc tieu quoc gia giam ngheo ben vung" in found
    assert "ke hoach giai ngan von dau tu cong nam 2025" in found  # where paying out is what the plan is of
    assert "chuong trinh muc tieu quoc gia giam ngheo ben vung" in names_of(
        "Báo cáo\n\nChuong trinh muc tiéu quéc gia giam nghéo bén vitng giai ngan dugc 48% ké hoach.")


def test_a_province_whose_letters_ocr_misread_is_still_the_reports_province():
    # "Đắk Lắk" read "Pik Lik": no province is named as written, and this one is clearly the nearest
    ex = extracted("UY BAN NHAN DAN TINH PIK LIK\nSd: 215/BC-UBND\n\nBAO CAO\n\nUBND tinh Pik Lik ban hanh Ké hoach "
                   "s6 88/KH-UBND ngay 12/5/2025 thuc hién Quy hoach tinh thdi ky 2021 - 2030.")
    assert ex.meta.issuer == "UBND tỉnh Đắk Lắk"
    assert any(e.label == "Quy hoạch tỉnh Đắk Lắk thời kỳ 2021 - 2030" for e in ex.entities), ex.entities
    # words near no province, or as near two, name none: "tỉnh" of "Tình hình" is no province's
    assert extracted("TINH HINH THUC HIEN\n\nBAO CAO\n\nKé hoach s6 88/KH-UBND.").meta.issuer is None


def test_a_works_verbs_listed_with_commas_stay_in_its_name():
    # "Nâng cấp, mở rộng", "Cải tạo, sửa chữa": the kinds of work a name lists before what is worked on
    found = names_of("Báo cáo\n\nDự án Nâng cấp, mở rộng Quốc lộ 7A đoạn Km0 - Km36 chậm tiến độ. Dự án Cải tạo, sửa "
                     "chữa Trường THPT Quỳnh Lưu đang thi công.")
    assert "du an nang cap mo rong quoc lo 7a doan km0 km36" in found
    assert "du an cai tao sua chua truong thpt quynh luu" in found
    # OCR: "mở" read "mg", "rộng" read "r6ng"
    assert "du an nang cap mo rong quoc lo 7a doan km0 km36" in names_of(
        "Báo cáo\n\nDit an Néng cap, mg r6ng Qu6c lo 7A doan Km0 - Km36 cham tien dd.")


def test_how_a_plan_is_carried_out_is_no_plans_name():
    # "thực hiện Kế hoạch phù hợp với yêu cầu thực tiễn": "phù hợp" says how, and names no plan
    assert not any(n.startswith("ke hoach phu hop") for n in names_of(
        "Báo cáo\n\nĐiều hành thực hiện Kế hoạch phù hợp với yêu cầu thực tiễn."))
    assert not any(n.startswith("ke hoach ph") for n in names_of(
        "Báo cáo\n\nDieu hanh thuc hién Ké hoach phi hop véi yéu cau thyc tién."))


def test_the_text_a_project_was_decided_by_is_not_its_name():
    found = names_of("Báo cáo\n\nChấp thuận chủ trương đầu tư Dự án Khu công nghiệp Becamex VSIP giai đoạn 2 theo Nghị "
                     "quyết số 45/NQ-HĐND của HĐND tỉnh. Dự án đê sông Kôn giải ngân chậm.")
    assert "du an khu cong nghiep becamex vsip giai doan 2" in found
    assert "du an de song kon" in found
    # a plan may be named after what it follows
    assert "ke hoach tai co cau nganh cong thuong theo quyet dinh 165 qd ttg" in names_of(
        "Báo cáo\n\nBan hành Kế hoạch tái cơ cấu ngành công thương theo Quyết định 165/QĐ-TTg.")


def test_a_strategys_horizon_closes_it_inside_a_scheme_that_carries_it_out():
    # "Đề án triển khai Chiến lược X đến năm 2030, giai đoạn 2021 - 2025": the period is the scheme's
    found = names_of("Báo cáo\n\nTriển khai hiệu quả Đề án triển khai Chiến lược Sở hữu trí tuệ đến năm 2030, giai "
                     "đoạn 2021 - 2025 trên địa bàn tỉnh, đã hỗ trợ 44 sản phẩm.")
    assert "chien luoc so huu tri tue den nam 2030" in found
    assert any(n.startswith("de an trien khai chien luoc so huu tri tue den nam 2030 giai doan 2021 2025")
               for n in found), found
    # "tầm nhìn đến năm 2050, giai đoạn …" is no horizon of the carried text's own
    assert "nen tang cua khau so" in names_of(
        "Báo cáo\n\nLạng Sơn là tỉnh triển khai Nền tảng cửa khẩu số đầu tiên trên toàn quốc.")


def test_digital_is_part_of_a_name_and_expected_is_not():
    # "số" the adjective ("chính quyền số") goes on with the name; "số" the count does not
    found = names_of("Báo cáo\n\nĐề án xây dựng chính quyền số tỉnh Hà Nam giai đoạn 2025 - 2030 đã được phê duyệt. "
                     "Kế hoạch phát triển kinh tế số và xã hội số năm 2025 được triển khai.")
    assert "de an xay dung chinh quyen so tinh ha nam giai doan 2025 2030" in found, found
    assert "ke hoach phat trien kinh te so va xa hoi so nam 2025" in found, found
    # "dự kiến" (expected) opens what is said of the project, in clean and OCR text
    for text in ("Báo cáo\n\nDự án Xây dựng cầu Ba Đa và đường dẫn hai đầu cầu dự kiến hoàn thành trong quý II/2026.",
                 "Báo cáo\n\nDy an Xay dung cau Ba Da va duong dan hai dau cau dy kién hoan thanh trong quy II/2026."):
        assert "du an xay dung cau ba da va duong dan hai dau cau" in names_of(text), text


def test_a_roads_stretch_from_one_place_to_another_is_part_of_its_name():
    found = names_of("Báo cáo\n\nDự án Cải tạo, nâng cấp Quốc lộ 38 đoạn từ thị trấn Vôi đến xã Tân Dĩnh do Sở "
                     "Giao thông vận tải làm chủ đầu tư đã khởi công.")
    assert "du an cai tao nang cap quoc lo 38 doan tu thi tran voi den xa tan dinh" in found, found
    assert "du an cai tao nang cap quoc lo 38 doan" not in found


def test_cues_and_clause_openers_as_ocr_reads_their_letters():
    # "công" read "cdng", "dự án" read "Di an", "hồ" read "H6", "sử dụng" read "si dung"
    found = names_of("Báo cáo\n\nTinh hinh quy I.\n\nKhu cdng nghiép Yén Lir mé rong duoc Thu tuong Chinh phu chap thuan "
                     "chu truong dau tu. Di an H6 chua niroc Khu6n Th&n si dung von vay tam dirng thi cdng.")
    assert any(n.startswith("khu cong nghiep yen") for n in found), found
    assert any(n.startswith("du an ho chua nuoc khuon th") and "dung" not in n for n in found), found


def test_a_numbered_component_is_named_with_its_project_which_is_named_too():
    ex = extracted("Báo cáo\n\nTình hình quý I.\n\n- Dự án thành phần 1 thuộc Dự án đầu tư xây dựng đường bộ cao tốc Bến "
                   "Lức - Long Thành giai đoạn 1: đã bàn giao mặt bằng đạt 99,2%.")
    names = {fold_key(e.label) for e in ex.entities}
    part = "du an thanh phan 1 thuoc du an dau tu xay dung duong bo cao toc ben luc long thanh giai doan 1"
    assert part in names, names
    assert "du an dau tu xay dung duong bo cao toc ben luc long thanh giai doan 1" in names, names


def test_a_lower_case_platform_is_named_only_by_its_brand():
    # "nền tảng" in running text is a kind of thing unless a brand names it
    assert not any(n.startswith("nen tang") for n in names_of(
        "Báo cáo\n\nTinh hinh quy I.\n\nXay dung co so du lieu phuc vu cho nén tang trg Iy 40 can bd, cong chtrc, "
        "vién chac."))
    assert any(n.startswith("nen tang dien toan dam may") for n in names_of(
        "Báo cáo\n\nTình hình quý I.\n\nHoàn thiện nền tảng điện toán đám mây (Hà Nam Cloud)."))


def test_ocr_misreadings_that_would_open_a_clause_inside_a_name():
    # "đô thị" read "dé thi" is no "để"; "mở rộng" read "md rdng" goes on after its comma
    found = names_of("Báo cáo\n\nTinh hinh quy I.\n\nTinh dang lap Quy hoach chung dé thi Long Xuyén den nam 2045. "
                     "Phén déu hoan thanh Dw an Nang cap, md rdng Quoc lo 91 trong quy IV/2025.")
    assert any(n.startswith("quy hoach chung") and n.endswith("long xuyen den nam 2045") for n in found), found
    assert any(n.startswith("du an nang cap mo rong quoc") for n in found), found


def test_a_new_start_is_of_one_project_and_its_second_site_is_in_its_name():
    # folded "mới" is "mọi" (every) only before a lower-case cue; "cơ sở 2" after the province goes on with the name
    found = names_of("Báo cáo\n\nTình hình quý I.\n\nKhởi công mới Dự án Bệnh viện Đa khoa tỉnh Hà Nam cơ sở 2 trong quý "
                     "II/2025. Dự án Bệnh viện Y học cổ truyền tỉnh Hà Nam có tổng mức đầu tư 500 tỷ đồng.")
    assert "du an benh vien da khoa tinh ha nam co so 2" in found, found
    assert "du an benh vien y hoc co truyen tinh ha nam" in found, found


def test_the_last_kind_of_unit_in_a_list_is_no_subject_of_the_next_clause():
    found = names_of("Báo cáo\n\nTình hình quý I.\n\nKế hoạch sử dụng đất năm 2025 của các huyện, thị xã, thành phố đã được "
                     "phê duyệt.")
    assert "ke hoach su dung dat nam 2025 cua cac huyen thi xa thanh pho" in found, found


def test_every_year_is_what_a_program_does_not_its_name():
    found = names_of("Báo cáo\n\nTình hình quý I.\n\nTỷ lệ trẻ em được tiêm đủ liều theo Chương trình tiêm chủng mở rộng "
                     "hàng năm luôn đạt trên 95%.")
    assert "chuong trinh tiem chung mo rong" in found, found


def test_a_name_never_ends_on_a_linking_word_or_runs_past_duoc_as_ocr_spells_them():
    # "với" read "vgi", "được" read "dyéc"
    found = names_of("Bao cao\n\nTinh hinh quy I.\n\nUBND tinh ban hanh Ké hoach thuc hien vgi cac néi dung sau. Kinh phi "
                     "thuc hién Ké hoach phat trien du lich tinh Ha Nam dyéc bo tri tir nguon ngan sach tinh.")
    assert not any(n.startswith("ke hoach thuc hien") for n in found), found
    assert "ke hoach phat trien du lich tinh ha nam" in found, found


def test_a_procurement_plan_is_a_kind_not_a_plans_name():
    # every project has its "kế hoạch lựa chọn nhà thầu" (report 000, through OCR damage)
    found = names_of("Bao cao\n\nTinh hinh quy I.\n\nHién nay dang trinh phé duyét du toan mua sam va ké hoach lya chon "
                     "nha thau thuc hién céc gdi thau (hd tro vat tu, bao bi) cac chudi lién két.")
    assert not any(n.startswith("ke hoach lua chon nha thau thuc hien") for n in found), found


def test_what_a_project_is_paid_from_ends_its_name_as_ocr_reads_it():
    # "sử dụng" with its ư read as y, "vốn" read "vdn": what it is paid from is no part of the name
    found = names_of("Dit an Dau ty xay dung cang Lien Chieu (giai doan 1) sy dung vdn ngan sach trung uong va vdn "
                     "ngan sach thanh pho; hang muc ke chan song da hoan thanh.")
    assert any(name.startswith("du an dau t") and name.endswith("xay dung cang lien chieu giai doan 1") for name in found)
    assert not any("su dung" in name for name in found)


def test_a_citys_name_whose_d_ocr_read_as_b_is_spelt_as_the_city():
    labels = {e.label for e in extracted("Dir an Phat trién bén vung thanh phé Ba Nang sy dung vén vay Ngén hang The "
                                         "gi6i (WB) tam dirng thi cong.").entities}
    assert any(label.endswith("thành phố Đà Nẵng") and label.startswith("Dự án") for label in labels)


def test_a_link_road_names_both_its_ends():
    assert "du an duong giao thong noi cang hang khong tho xuan voi khu kinh te nghi son doan tu km0 den km15" in \
        names_of("Dự án Đường giao thông nối Cảng hàng không Thọ Xuân với Khu kinh tế Nghi Sơn (đoạn từ Km0 đến Km15): "
                 "đã thông xe kỹ thuật 6,8 km.")


def test_a_river_works_name_runs_across_its_paired_verbs():
    assert "du an nao vet gia co bo song thi tinh giai doan 2" in \
        names_of("Dự án Nạo vét, gia cố bờ sông Thị Tính giai đoạn 2 sử dụng vốn vay Ngân hàng Phát triển Châu Á (ADB).")


def test_a_title_runs_across_a_comma_to_the_period_that_closes_it():
    assert "ke hoach phat trien nong lam nghiep chu luc tap trung ben vung gan voi tieu thu san pham giai doan 2026 " \
        "2030" in names_of("Ban hành Kế hoạch phát triển nông, lâm nghiệp chủ lực tập trung, bền vững gắn với tiêu thụ "
                           "sản phẩm giai đoạn 2026 - 2030. Triển khai Chương trình xây dựng nông thôn mới.")


def test_river_works_as_ocr_reads_them():
    assert any(name.startswith("du an nao vet gia c") and name.endswith("giai doan 2") for name in names_of(
        "Dir an Nao vet, gia cd bo séng Thi Tinh giai doan 2 sir dung vén vay Ng&n hang Phat trien Chau A (ADB)."))


def test_a_road_that_joins_two_towns_names_both():
    found = names_of("Dự án Đường bao biển nối thành phố Hạ Long với thành phố Cẩm Phả: hoàn thành trước ngày "
                     "30/6/2025. UBND tỉnh làm việc với tỉnh Lạng Sơn về Dự án Cầu X.")
    assert "du an duong bao bien noi thanh pho ha long voi thanh pho cam pha" in found
    assert "du an cau x" in found  # "với tỉnh …" after no "nối" links nothing


def test_a_table_row_flattened_by_ocr_ends_the_name_before_its_figures():
    found = names_of("PHỤ LỤC\nTình hình giải ngân\n\nSTT Tên dự án Tổng mức đầu tư Giải ngân Tỷ lệ\n"
                     "1 Dự án Đường tỉnh 293 kéo dài 1.250 450 36%\n2 Dự án Cầu Đông Xuyên 480 210,5 43,9%\n"
                     "3 Dự án Bệnh viện Đa khoa tỉnh (giai đoạn 2) 650 120 18%\n")
    assert {"du an duong tinh 293 keo dai", "du an cau dong xuyen", "du an benh vien da khoa tinh giai doan 2"} <= found
    assert not any(name.startswith("du an tong muc") for name in found)  # "Tên dự án": a column's heading
    # a name's own numbers, and OCR's digits for letters ("Quéc 16 18": Quốc lộ 18), stay in it
    assert any(name.endswith("quoc lo 4b den quoc lo 18") for name in
               names_of("Khởi công Dự án đường giao thông kết nối Quốc lộ 4B đến Quốc lộ 18."))


def test_a_names_year_stays_before_an_amount():
    assert "ke hoach dau tu cong nam 2024" in names_of("Vốn thuộc Kế hoạch đầu tư công năm 2024 490,1 tỷ đồng, đạt 14,2% "
                                                       "kế hoạch.")


def test_what_a_project_aims_at_is_not_its_name():
    for text in ("Dự án nâng cấp Quốc lộ 1 đoạn Cà Mau - Năm Căn phấn đấu khởi công trong quý I năm 2026.",
                 "Đối với Dự án nâng cấp Quốc lộ 1 đoạn Cà Mau - Năm Căn, phấn đấu khởi công trong quý I năm 2026.",
                 "Dy an nang cap Quéc 16 1 doan Ca Mau - Nam Can phén d4u khoi cong trong quy I nam 2026."):
        found = names_of(text)
        assert "du an nang cap quoc lo 1 doan ca mau nam can" in found, text
        assert not any("khoi cong" in name for name in found), text
    # right after its cue, "phấn đấu" is the plan's own word
    assert "ke hoach phan dau dat chuan nong thon moi giai doan 2021 2025" in names_of(
        "UBND tỉnh ban hành Kế hoạch phấn đấu đạt chuẩn nông thôn mới giai đoạn 2021 - 2025.")


def test_a_national_road_whose_lo_ocr_misread_still_ends_the_stretch_and_is_spelt():
    ex = extracted("UY BAN NHAN DAN TINH DONG THAP\n\n1. Dy an duong DT.846 doan tu Tan Nghia dén Quoc lé 30: da thi "
                   "cong hoan thanh 75% khoi lwgng.")
    label = next(e.label for e in ex.entities if e.type == "Project")
    assert label.startswith("Dự án đường ĐT.846 đoạn từ Tân Nghĩa") and label.endswith("Quốc lộ 30"), label
