"""Diacritic restoration of names read from OCR text, with the model trained from the clean report."""
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from tiendo.extract import restore
from tiendo.extract.restore import (Restorer, bundled_clean_texts, default_restorer, model_path, packaged_corpora,
                                    train, write_model)
from tiendo.extract.lexicon import genre_phrases
from tiendo.extract.reader import read_report
from tiendo.extract.text import modern_tone

from conftest import REPORTS


@pytest.fixture(scope="module")
def restorer():
    """As a batch of reports is read: the shipped general model, adapted to the clean report beside them."""
    clean = [read_report(p).text for p in sorted(REPORTS.iterdir()) if read_report(p).clean]
    return default_restorer().adapted(clean)


def test_the_model_is_trained_from_general_text_and_the_clean_sample_and_not_kept_in_the_repository(tmp_path):
    import json

    sentences, words, names, sources = packaged_corpora()
    assert sources, "underthesea (a dependency) ships the clean text the model learns from"
    extractor = Path(restore.__file__).resolve().parent
    assert not list(extractor.rglob("*.json")), "no trained model is kept beside the extractor's code"
    clean = [read_report(p).text for p in sorted(REPORTS.iterdir()) if read_report(p).clean]
    assert list(bundled_clean_texts()) == clean and clean, "the bundled sample's clean report is the genre's text"
    out = tmp_path / "model.json"
    written = write_model(out)
    assert json.loads(out.read_text(encoding="utf-8")) == written
    assert written["sources"][:len(sources)] == sources and len(written["sources"]) == len(sources) + 2
    retrained = train(clean, sentences, words, names, genre_phrases())
    assert written["unigrams"] == retrained["unigrams"] and written["bigrams"] == retrained["bigrams"]
    assert default_restorer() is not None and model_path().exists()  # what extraction uses, kept in the cache


def test_an_ocr_report_read_alone_knows_the_words_of_the_genre():
    """Read without a clean report beside it, OCR text is restored with the words reports are made of;
    a batch with the same clean report does not count it twice."""
    base = default_restorer()
    assert base.restore("Ke hoach ho tro nha o cho nguoi co cong") == "Kế hoạch hỗ trợ nhà ở cho người có công"
    assert base.restore("giai ngan von dau tu cong") == "giải ngân vốn đầu tư công"
    clean = [read_report(p).text for p in sorted(REPORTS.iterdir()) if read_report(p).clean]
    assert base.adapted(clean) is base


@pytest.mark.parametrize("ocr,proper", [
    # "tuyến cao tốc", a cue word of the lexicon: the genre's phrases teach it ("Tuyển" before they did)
    ("Dy &n Tuyén cao téc cira khau Hitu Nghi - Chi Ling", "Dự án Tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng"),
    ("Ké hoach phét trién kinh té - x& hoi 5 nam 2021 - 2025", "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025"),
    ("Quy hoach tinh Lang Son thoi ky 2021 - 2030, tdm nhin dén ndm 2050",
     "Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"),
    ("huyén Vin Ling", "huyện Văn Lãng"),
    ("Khu kinh té ctra khau Pong Dang - Lang Son", "Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn"),
    # a lower-case "b" is no misread "đ" (only the capital Đ is read as P or B)
    ("Dé an dao tao, bdi dudng nguon nhan luc", "Đề án đào tạo, bồi dưỡng nguồn nhân lực"),
    # a capital and a 6 is a word whose ô or ơ was read as 6; a plain "a" is seldom a misread "i"
    ("B6 Chinh tri", "Bộ Chính trị"), ("Dy an H6 chira nudc", "Dự án Hồ chứa nước"),
    # a c read as e ("chure" chức, as "duge" is được)
    ("ho tro can bo, cong chure", "hỗ trợ cán bộ, công chức"),
    # a lone consonant is a syllable whose vowel OCR lost; "d" stays, an abbreviation of đồng
    ("Chuong trinh chuyén d6i s trén dia ban tinh", "Chương trình chuyển đổi số trên địa bàn tỉnh"),
    ("vung dong bao dan toc thiéu s va mién nui", "vùng đồng bào dân tộc thiểu số và miền núi"),
    ("tam ung 100 ty d", "tạm ứng 100 tỷ d"),
    # a capital P is Đ, not B ("Pang" Đảng, not Bằng); one capital and a symbol is no acronym ("S¢" Sở, not SỞ)
    ("Nghi quyét Pai hoi Pang cac cap", "Nghị quyết Đại hội Đảng các cấp"),
    ("Chién lugc S¢ hitu tri tué¢", "Chiến lược Sở hữu trí tuệ"),
    # a lower-case b stands for ô or ơ ("sb" số), not for đ: "tiến bộ", not "tiến độ"
    ("ung dung tién bo khoa hoc", "ứng dụng tiến bộ khoa học"),
    ("Luat To6 chirc chinh quyén dia phuong", "Luật Tổ chức chính quyền địa phương"),
    ("thich irng bien doi khi hau", "thích ứng biến đổi khí hậu"),  # a word that opens on ư, read "ir"
    ("Bénh vién Da khoa tinh", "Bệnh viện Đa khoa tỉnh"),
])
def test_ocr_names_get_their_proper_spelling(restorer, ocr, proper):
    assert restorer.restore(ocr) == proper


def test_the_place_names_of_the_administrative_table_teach_their_pairs():
    """underthesea's table of provinces, districts and wards is a general lexicon of Vietnamese place
    names: with it, rare pairs of syllables in names are restored as places, not as common words."""
    sentences, words, names, _ = packaged_corpora()
    assert {"Thị trấn Na Sầm", "Na Sầm", "Huyện Tràng Định", "Tràng Định"} <= set(names)
    without, with_names = Restorer(train([], sentences, words)), Restorer(train([], sentences, words, names))
    assert without.restore("thi tran Na Sam") != "thị trấn Na Sầm"
    for ocr, proper in [("thi tran Na Sam", "thị trấn Na Sầm"), ("xa Hitu Lién", "xã Hữu Liên")]:
        assert with_names.restore(ocr) == proper
    assert with_names.restore("huyén Trang Dinh") == "huyện Tràng Định"


def test_place_name_pairs_count_only_for_capitalised_words():
    # "Ngân Sơn" is a district; "giải ngân vốn" is disbursing capital, whatever the place names say
    sentences, words, names, _ = packaged_corpora()
    general = Restorer(train([], sentences, words, names))
    assert general.restore("giai ngan von dau tu cong") == "giải ngân vốn đầu tư công"
    assert general.restore("thi tran Na Sam") == "thị trấn Na Sầm"


def test_equally_near_syllables_are_ranked_by_how_common_they_are(restorer):
    # "st" is one edit from dozens of syllables; the common "sử" must not be cut for "sa", "sát", "sắt"…
    assert restorer.restore("Ké hoach st dung dat") == "Kế hoạch sử dụng đất"
    # nor "phố" (after "thành") for the commoner words alone "phú", "phê", "phủ"
    assert restorer.restore("UBND cac huyén, thanh phd") == "UBND các huyện, thành phố"


def test_codes_and_numbers_are_left_alone(restorer):
    assert restorer.restore("Quốc lộ 4B đoạn Km18 - Km80, QL4B, 111/2024/QH15") == \
        "Quốc lộ 4B đoạn Km18 - Km80, QL4B, 111/2024/QH15"
    # a code's letters are read as training reads them ("km" and a number): "đoạn Km18", not "đoàn"
    assert restorer.restore("nang cap Quoc lo 4B doan Km18 - Km80") == "nâng cấp Quốc lộ 4B đoạn Km18 - Km80"


def test_ocr_report_labels_are_restored_in_a_batch():
    from tiendo.extract.pipeline import extract_batch

    ex = extract_batch([read_report(REPORTS / name) for name in ("000_ce199e713a2954a9.txt",
                                                               "002_a7f84dcfe179fb90.txt")])[0]
    labels = {e.label for e in ex.entities}
    assert "Kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025" in labels
    assert any(label.startswith("Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030") for label in labels)


def test_roman_numerals_are_numbers_not_words():
    from tiendo.extract.restore import default_restorer

    restorer = default_restorer()
    assert restorer.restore("Nghi quyét Dai hoi dai biéu toan qudc lan tht XIII").endswith(" XIII")
    assert restorer.restore("Ban Chap hanh Trung uong khoa XIV").endswith(" XIV")


def test_an_unknown_acronym_is_kept_as_written():
    from tiendo.extract.restore import default_restorer

    restored = default_restorer().restore("Xay dung Dé an thanh lap thém 05 truong THPT va HDND tinh")
    assert " THPT " in restored and " HĐND " in restored


def test_the_letters_of_a_legal_number_are_its_code_not_words(restorer):
    assert restorer.restore("K& hoach vé thuc hién Nghi quyet s6 63-NQ/TU").endswith("63-NQ/TU")
    assert restorer.restore("Nghi quyét sb 17/2020/NQ-HDND") == "Nghị quyết số 17/2020/NQ-HĐND"


@given(st.text(alphabet="abdeiopqrtuy ", max_size=12), st.text(alphabet="abdeiopqrtuy ", max_size=12))
def test_the_weighted_levenshtein_distance_bounds_the_ocr_distance_from_below(seen, word):
    from rapidfuzz.distance import Levenshtein

    assert Levenshtein.distance(seen, word, weights=restore.LEAST_COSTS) / 10 <= restore.ocr_distance(seen, word) + 1e-9


def test_a_number_tells_the_word_before_it_what_it_is_and_stays_as_written():
    restorer = default_restorer()
    assert restorer.restore("xa hoi nam 2024") == "xã hội năm 2024"  # "năm" before a year, not "nam"
    assert restorer.restore("Quy hoach thoi ky 2021 - 2030, tim nhin dén nim 2050").endswith(
        "2021 - 2030, tầm nhìn đến năm 2050")


def test_the_unit_words_of_the_administrative_table_are_kept_as_candidates_in_lower_case(restorer):
    # "thành phố" is said in lower case too ("các huyện, thành phố"); OCR's "phé" is as near to "phê" and
    # "phế", which general text has more often, so "phố" must stay among the few candidates kept.
    sentences, words, names, _ = packaged_corpora()
    without, with_names = Restorer(train([], sentences, words)), Restorer(train([], sentences, words, names))
    assert "phố" in {word for word, _ in with_names._pruned("phé")}
    assert restorer.restore("UBND cac huyén, thanh phé tham gia") == "UBND các huyện, thành phố tham gia"
    assert with_names.restore("Khu ctra khau Chi Ma") == without.restore("Khu ctra khau Chi Ma")  # names unchanged


def test_a_unit_word_before_a_capitalised_name_is_read_as_the_unit(restorer):
    # In the reports "y tế tuyến" is a commoner pair than "y tế huyện", but a district's name follows.
    assert restorer.restore("Trung tdm y té huyén Cao Loc") == "Trung tâm y tế huyện Cao Lộc"
    # only a unit word read as written gains: "trinh" before a name stays "trình", not "tỉnh"
    assert restorer.restore("trinh Thu tuong Chinh phu phé duyét") == "trình Thủ tướng Chính phủ phê duyệt"


def test_an_acronym_whose_d_ocr_read_as_p_or_b_is_the_acronym(restorer):
    assert restorer.restore("Nghi quyét cia HPND tinh vé Quy dinh") == "Nghị quyết của HĐND tỉnh về Quy định"
    assert restorer.restore("cua HBND tinh") == "của HĐND tỉnh"
    # acronyms that hold a P or B of their own, or a vowel, keep their letters
    assert restorer.restore("BQL du an, cong tac PCCC, hinh thuc BOT") == "BQL dự án, công tác PCCC, hình thức BOT"


def test_a_symbol_after_a_letter_may_be_a_vowels_mark_read_apart(restorer):
    # "xd@": the a of "xã" read as d, its tilde as @ (a symbol standing alone: `test_a_symbol_standing_alone_is_read_as_o`)
    assert restorer.restore("phat trién kinh té - xd@ hoi trén dia ban tinh") == \
        "phát triển kinh tế - xã hội trên địa bàn tỉnh"


def test_ocr_cent_sign_and_ur_are_read_as_the_vowels_they_stand_for(restorer):
    # ¢ is an ê/ẻ as often as an ơ/ở ("tr¢ em" trẻ em, "ngh¢" nghệ; alone, "ở"); "ur" is ư ("tur" is a reading of ư)
    assert restorer.restore("tiém chung cho tr¢ em") == "tiêm chủng cho trẻ em"
    assert restorer.restore("cong ngh¢ thong tin") == "công nghệ thông tin"
    assert restorer.restore("duy tri ¢ muc cao") == "duy trì ở mức cao"
    assert restorer.restore("tur") in {"từ", "tư", "tự", "tử", "tứ"}


def test_an_acronym_in_running_text_keeps_its_letters_and_a_heading_in_capitals_is_restored():
    base = default_restorer()
    assert base.restore("Ngan hang Phat trien chau A (ADB)").endswith("(ADB)")  # not "(AD)"
    assert base.restore("Du an VSIP Lang Son") == "Dự án VSIP Lạng Sơn"
    assert base.restore("BAO CAO TINH HINH KINH TE - XA HQI") == "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI"


def test_a_province_named_in_capitals_is_spelt_as_the_province():
    from tiendo.extract.admin_units import read_as_province_names

    assert read_as_province_names("Cảng hàng không Diễn Biến giai đoạn 2") == "Cảng hàng không Điện Biên giai đoạn 2"
    assert read_as_province_names("cao tốc Lạng Sơn - Quang Ninh") == "cao tốc Lạng Sơn - Quảng Ninh"
    assert read_as_province_names("theo dõi diễn biến dịch bệnh") == "theo dõi diễn biến dịch bệnh"  # not a name


def test_a_capitalised_word_with_a_digit_for_a_letter_is_a_damaged_word_not_a_code():
    base = default_restorer()
    assert base.restore("Khu cong nghiep S6n Nam").split()[3] == "Sơn"
    assert base.restore("Quoc lo QL6B doan Km42") == "Quốc lộ QL6B đoạn Km42"  # codes stay


def test_a_road_number_gives_the_words_around_it_their_context():
    # "4E" stands where a number would ("lộ" before it, "đến" after), as "2024" does after "năm"
    restored = default_restorer().restore("Du an duong noi Quoc lo 4E den cao toc").split()
    assert restored[4:8] == ["Quốc", "lộ", "4E", "đến"]
    assert default_restorer().restore("phap 1y") != "phap 1y"  # a digit for a letter is no road number


def test_text_that_only_lost_its_diacritics_is_read_without_ocr_edits():
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import lost_its_diacritics, read_text

    text = ("Du an cau Tuan Quan da hoan thanh, dua vao su dung. Du an Benh vien Da khoa khu vuc Nghia Lo "
            "dang thi cong. Du an Truong THPT Nghia Lo da khoi cong.")
    assert lost_its_diacritics(text) and not lost_its_diacritics("Dy 4n cira khau Hitu Nghi, ké hoach tién dé")
    labels = {e.label for e in extract_source(read_text(text.encode("utf-8"), "stripped.txt")).entities}
    # "cau" is "cầu" (a bridge), not "đầu"; "Da khoa" is "Đa khoa", not "Đã hóa": no letter was misread
    assert {"Dự án Bệnh viện Đa khoa khu vực Nghĩa Lộ", "Dự án Trường THPT Nghĩa Lộ"} <= labels, labels
    assert any(label.startswith("Dự án cầu Tuần") for label in labels), labels


def test_the_syllable_pairs_of_underthesea_models_teach_common_words_the_sample_lacks():
    # Its CRF models name, as features, the syllable pairs of the treebank they were trained on: far more
    # running text than the sample ships. "đấu thầu" and "tạm ứng" are too rare in the sample to win over
    # "dầu thầu" and "tâm ủng", which fold alike.
    pairs = set(restore.attested_pairs(__import__("importlib.resources").resources.files("underthesea")))
    assert {"đấu thầu", "tạm ứng", "vận tải", "hợp đồng"} <= pairs
    assert all(len(p.split(" ")) == 2 for p in pairs)
    model = default_restorer()
    assert model.restore("Luat Dau thau") == "Luật Đấu thầu"
    assert model.restore("Quyét dinh tam ung 100 ty dong") == "Quyết định tạm ứng 100 tỷ đồng"


def test_a_symbol_standing_alone_is_read_as_o(restorer):
    assert restorer.restore("Luat Nha &") == "Luật Nhà ở"
    assert restorer.restore("nha ¢ cho nguoi c6 cong") == "nhà ở cho người có công"
    assert restorer.restore("Khoa hoc & Cong nghe") == "Khoa học & Công nghệ"


def test_a_reports_word_triple_settles_a_spelling_its_pair_leaves_open(restorer):
    """General text pairs "định" (mostly of "quyết định") with "cụ" ("quy định cụ thể") more than with "cư"; a
    report's "tái định cư" decides after "tái". A triple never outweighs an OCR edit ("cấp đoạn" stays, though
    the clean report's "nâng cấp hoàn thiện" is seen)."""
    general = [["quyết", "định"]] * 200 + [["quy", "định", "cụ", "thể"]] * 20 + [["tái", "định"]] * 5
    model = train(["Bố trí khu tái định cư cho các hộ dân."], general)
    assert model["trigrams"]["tái định cư"] == 1 and "quy định cụ" not in model["trigrams"]  # reports' triples only
    assert Restorer(model).restore("khu tai dinh cu") == "khu tái định cư"
    assert Restorer({**model, "trigrams": {}}).restore("khu tai dinh cu") == "khu tái định cụ"
    # the same on the bundled reports: report 000's OCR text, the clean report's triples
    assert restorer.restore("Khu tai dinh cu xa Luc Thén").startswith("Khu tái định cư xã")
    assert restorer.restore("Dự án Nang cap doan Km18") == "Dự án Nâng cấp đoạn Km18"


def test_a_pair_across_a_comma_is_counted_apart_from_the_pair_inside_a_phrase():
    """"cơ quan tư pháp" pairs "quan" with "tư"; in a list ("bảo quản, tu bổ") the words either side of a comma
    are read by what is seen across commas, and a fixed list ("sở, ban, ngành") still tells its words."""
    general = [["cơ", "quan", "tư", "pháp"]] * 30 + [["bảo", "quản"]] * 3 + [["tu", "bổ"]] * 2
    model = train(["Các sở, ban, ngành."], general)
    assert model["bigrams"]["quan tư"] == 30 and model["bigrams"]["sở, ban"] == restore.REPORT_WEIGHT
    assert "sở ban" not in model["bigrams"] and "ban ngành" not in model["bigrams"]
    assert Restorer(model).restore("bao quan, tu bo") == "bảo quản, tu bổ"
    assert Restorer(model).restore("bao quan tu") == "bảo quan tư"  # no comma: the phrase's pair holds
    # on the bundled model: report 000's OCR list and report 004's "cép s@, ban, nganh"
    assert default_restorer().restore("Quy hoach bao quan, tu bo").startswith("Quy hoạch bảo quản, ")
    assert default_restorer().restore("canh tranh cép s@, ban, nganh") == "cạnh tranh cấp sở, ban, ngành"


def test_a_syllable_is_counted_and_written_with_its_tone_where_the_reports_put_it():
    """"hoá" and "hóa" are one word: the model counts them together and writes the newer spelling, which the
    reports mostly use; "quý" (qu + y) and closed syllables ("hoàn") have one spelling only."""
    assert [modern_tone(w) for w in ("hoá", "thuỷ", "uỷ", "khoẻ", "quý", "hoàn", "khuya")] == \
        ["hóa", "thủy", "ủy", "khỏe", "quý", "hoàn", "khuya"]
    model = train(["Hàng hoá xuất khẩu.", "Chuyển đổi số hóa."])
    assert model["unigrams"]["hóa"] == 2 * restore.REPORT_WEIGHT and "hoá" not in model["unigrams"]
    assert Restorer(model).restore("hang hoa xuat khau") == "hàng hóa xuất khẩu"


def test_a_capital_i_between_lower_case_words_is_an_l_that_ocr_misread(restorer):
    # "quan Iy" is "quản lý", "nay Ia" is "nay là": lower case, as the words around them
    assert restorer.restore("Ke hoach quan Iy cong vien dia chat") == "Kế hoạch quản lý công viên địa chất"
    assert "là thị trấn" in restorer.restore("Khu tai dinh cu xa A (nay Ia thi tran B)")
    # "Ia" opening a name in capitals stays a name ("huyện Ia Grai"), as does a word that opens the text
    assert restorer.restore("cac huyen Ia Grai") == "các huyện Ia Grai"


def test_a_short_form_in_brackets_is_kept_as_written(restorer):
    assert restorer.restore("von vay cua Ng&n hang Thé gigi (WB)") == "vốn vay của Ngân hàng Thế giới (WB)"
    # two capitals outside brackets may be a damaged word: "HJ" is "Hỗ"
    assert restorer.restore("Dy an HJ tro ky thuat") == "Dự án Hỗ trợ kỹ thuật"


def test_the_genres_phrases_teach_what_running_text_seldom_says(restorer):
    # "từ nay đến năm", "vốn đối ứng": phrases of the lexicon, weighed as a report's words
    assert restorer.restore("tir nay dén nam 2030") == "từ nay đến năm 2030"
    assert restorer.restore("thieu v6n doi wng") == "thiếu vốn đối ứng"


def test_the_cached_model_is_another_file_when_the_lexicons_phrases_change(monkeypatch):
    from tiendo.extract import lexicon

    before = model_path()
    monkeypatch.setattr(lexicon, "genre_phrases", lambda: ["đường tỉnh", "một cụm từ mới"])
    assert model_path() != before


def test_d_may_be_an_accented_u_that_ocr_misread(restorer):
    # "mién ndi" (4 times in report 001) is "miền núi"; "ndi dung" stays "nội dung"
    assert restorer.restore("dan toc thieu so va mién ndi") == "dân tộc thiểu số và miền núi"
    assert restorer.restore("cac ndi dung") == "các nội dung"


def test_a_w_is_an_u_with_a_horn_that_ocr_misread(restorer):
    # "Trung wong" (26 times in the OCR reports) is "Trung ương", not "Trung công"; "Pwdng" is "Đường"
    assert restorer.restore("ngan sach trung wong phan bo") == "ngân sách trung ương phân bổ"
    assert restorer.restore("Du an Pwdng bd cao toc") == "Dự án Đường bộ cao tốc"


def test_the_genres_words_of_urban_works_and_delays(restorer):
    # "tiến độ thi công" no longer outweighs "phát triển đô thị"; "thiếu năng lực" (lacking capacity) is a cause
    assert restorer.restore("Chuong trinh phat trién d6 thi tinh") == "Chương trình phát triển đô thị tỉnh"
    assert restorer.restore("nha thau thiéu nang luc") == "nhà thầu thiếu năng lực"


# A name OCR read twice, damaged differently each time ("bén vimg", "bén viing").
TWICE_READ = """UY BAN NHAN DAN TINH CAO BANG

Ky thuat so hda, trién khai hiéu qua Chuong trinh muc tiéu québc gia giam nghéo bén vimg, hd trg
ngudi dan thoat ngheo. Nam 2024, Chuong trinh muc tiéu qudc gia giam ngheo bén viing da giai ngan dugc 85% ké hoach von.
"""


def test_a_name_read_twice_is_restored_from_its_least_damaged_reading(restorer):
    worse, better = "giam nghéo bén vimg", "giam ngheo bén viing"
    assert restorer.restore(worse, (better,)) == restorer.restore(better, (worse,)) == "giảm nghèo bền vững"
    assert restorer.restore("giam nghéo bén vimg", ("giam ngheo",)) == restorer.restore(worse)  # not word for word

    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text

    ex = extract_source(read_text(TWICE_READ.encode("utf-8"), "twice.txt"))
    assert [e.label for e in ex.entities if e.type == "Program"] == \
        ["Chương trình mục tiêu quốc gia giảm nghèo bền vững"]


def test_a_stretch_of_a_numbered_road_is_read_as_one(restorer):
    # "<number> đoạn" is the lexicon's way of naming a road's stretch, which general text never shows
    assert restorer.restore("nang cap Quoc lo 1 doan Ca Mau - Nam Can").startswith("nâng cấp Quốc lộ 1 đoạn Cà Mau")
    assert restorer.restore("duong tinh 846 doan qua huyén Cao Lanh").startswith("đường tỉnh 846 đoạn qua huyện")


def test_a_project_named_by_its_work_keeps_the_works_word(restorer):
    # "dự án trọng điểm" (key projects) is common, but a project named by a kind of work is that work
    assert restorer.restore("Dy an Trung tam Y té huyén Pac Nam da khoi cong").startswith("Dự án Trung tâm Y tế huyện")


def test_a_lunar_years_name_is_read_as_the_calendar_names_it(restorer):
    # the sixty names of lunar years are general knowledge the lexicon spells, not words of this corpus
    assert "Tết Nguyên đán Bính Ngọ năm 2026" in restorer.restore("t6 chirc Tét Nguyén dan Binh Ngo nim 2026 vui tuoi")
    assert "Xuân Giáp Thìn" in restorer.restore("don Xuan Giap Thin 2024")
