"""The text layer: length-preserving folds, footnotes split out and linked, exact offsets."""
from hypothesis import HealthCheck, given, settings, strategies as st

from tiendo.extract.pipeline import extract_source
from tiendo.extract.reader import read_report, read_text
from tiendo.extract.text import _DIGIT_WORD, _REF_OCR, _digit_words, build_document, fold, fold_ocr

from conftest import REPORTS


def document(name: str):
    src = read_report(REPORTS / name)
    return build_document(src.name, src.text, src.format)


def test_fold_strips_diacritics_and_keeps_length():
    assert fold("Đề án cửa khẩu thông minh") == "de an cua khau thong minh"
    assert fold_ocr("D& an cura khau, x4 hoi, c6 vai tro") == "da an cura khau, xa hoi, co vai tro"
    assert fold_ocr("Quốc lộ 4B, Km18") == "quoc lo 4b, km18"


def test_a_symbol_standing_alone_after_a_word_is_ocr_of_o():
    # OCR reads "ở" as "&" or "¢" ("Luật Nhà ở", "nhà ở cho người có công", "duy trì ở mức cao")
    assert fold_ocr("Luat Nha &, Luat") == "luat nha o, luat"
    assert fold_ocr("vé nha\n&, phan dau") == "ve nha\no, phan dau"
    assert fold_ocr("nha ¢ cho nguoi") == "nha o cho nguoi"
    # an ampersand between names is one: "Khoa học & Công nghệ", "R&D"
    assert fold_ocr("Khoa hoc & Cong nghe, R&D") == "khoa hoc & cong nghe, rad"


@given(st.text(max_size=300))
def test_folds_keep_every_offset(text):
    assert len(fold(text)) == len(text) == len(fold_ocr(text))


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=40))
def test_a_long_text_folds_as_its_characters_fold(piece):
    # A whole report is folded as an array of code points; a label, character by character: the same result,
    # beyond the Basic Multilingual Plane (emoji) and for lone surrogates too.
    for text in ((piece * (3000 // len(piece) + 1))[:3000], ("Đề\ud800 án" + piece) * 300):
        assert fold(text) == "".join(fold(ch) for ch in text)


# OCR's digits inside words, found from each digit instead of a scan of every position: the same matches
_DIGIT_TEXT = st.text(alphabet="acdnosyễ0123468 .,/-KQHCV", max_size=60)


@given(_DIGIT_TEXT)
def test_digit_words_are_found_as_a_scan_finds_them(text):
    assert [m.span() for m in _digit_words(text)] == [m.span() for m in _DIGIT_WORD.finditer(text)]


def test_ocr_reference_marks_follow_a_word():
    marks = [m.group() for m in _REF_OCR.finditer("công®® và yêu cầu’ năm 2024 kỳ? Km42 tỉnh12, (1) 5%")]
    assert marks == ["®®", "’", "?", "42", "12"]  # "Km42" is a candidate; `_is_mark` tells codes apart


def test_markdown_footnotes_are_split_out_and_linked():
    doc = document("002_a7f84dcfe179fb90.txt")
    assert len(doc.footnotes) == 43 and all(f.ref is not None for f in doc.footnotes)
    two = doc.footnote("2")
    assert doc.text[two.start:two.end].startswith("<sup>2</sup> Như: Trình Chính phủ phê duyệt Đề án thí điểm")
    # The mark stands after the provincial master plan it explains, not at "m<sup>2</sup>" (square metres).
    assert doc.text[two.ref - 40:two.ref].endswith("tầm nhìn đến năm 2050")
    assert all(doc.footnote(str(n)).ref < doc.footnote(str(n + 1)).ref for n in range(1, 43))


def test_ocr_footnotes_are_split_out_and_linked():
    doc = document("000_ce199e713a2954a9.txt")
    sixteen = doc.footnote("16")
    # Footnote 16 of the 9-month 2024 report lists the land-clearance progress of the key projects …
    body = doc.text[sixteen.start:sixteen.end]
    assert body.startswith("16 Tinh dén ngay 15/9/2024: (1) Dy &n Tuyén cao téc") and "giao mat bang" in body
    # … and is pointed at from "bàn giao mặt bằng sạch cho các đơn vị thi công¹⁶".
    assert doc.text[sixteen.ref - 30:sixteen.ref].endswith("cho cac don vi thi cong")
    seventeen = doc.footnote("17")
    assert doc.text[seventeen.ref - 12:seventeen.ref].endswith("yéu cau")
    # Footnote bodies are not body paragraphs: the page after them starts a paragraph of its own.
    assert not any(p.footnote is None and p.start < sixteen.start < p.end for p in doc.paragraphs)


def test_every_mention_is_the_exact_source_text(report_files):
    for path in report_files:
        src = read_report(path)
        ex = extract_source(src)
        for e in ex.entities:
            for m in e.mentions:
                assert src.text[m.start:m.end] == m.text
                # a mention begins and ends on the words it names (a store may trim a literal's spaces)
                assert m.text == m.text.strip(), (path.name, m.text)
        for s in ex.statuses:
            assert src.text[s.evidence.start:s.evidence.end] == s.evidence.text


VIETNAMESE = st.sampled_from(list("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
                                  "ùúủũụừứửữựỳýỷỹỵ &@¢€|’-–,.;:()“”/0123456789\n "))
WORDS = st.sampled_from(["Dự án", "Kế hoạch", "Quyết định số 236/QĐ-TTg", "Nghị quyết số 111/2024/QH15", "huyện",
                         "Chương trình", "Đề án", "khởi công", "tạm dừng", "UBND tỉnh", "theo hình thức BOT", "của",
                         "<sup>3</sup>", "\n\n", "; ", ". ", "Lạng Sơn", "Km18", "QD-TTg", "x& hgi", "cira khau"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(WORDS, st.text(VIETNAMESE, max_size=12)), max_size=60).map(" ".join))
def test_any_text_extracts_without_error_and_with_valid_offsets(text):
    if not any(ch.isalpha() for ch in text):
        return
    src = read_text(text.encode("utf-8"), "generated.txt")
    ex = extract_source(src)
    for e in ex.entities:
        assert e.label and e.mentions
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(src.text) and src.text[m.start:m.end] == m.text
    ids = {e.id for e in ex.entities}
    assert all(r.s in ids and r.o in ids for r in ex.relations)
    assert all(s.entity in ids for s in ex.statuses)


def test_a_count_wrapped_to_the_start_of_a_line_is_no_footnote():
    # "(2) Dự án … nâng cấp⏎03 Trung tâm Y tế …": a footnote number has no leading zero, so the project's
    # name goes on across the line, and the footnotes around it keep the numbers printed on them.
    doc = document("000_ce199e713a2954a9.txt")
    assert not any(note.printed.startswith("0") for note in doc.footnotes)
    assert [doc.footnote(str(n)).printed for n in range(24, 31)] == [str(n) for n in range(24, 31)]
    count = doc.text.index("nang cap\n03 Trung")  # inside footnote 23's body, which goes on past it
    assert doc.footnote("23").start < count < count + 20 < doc.footnote("23").end


def test_a_heading_in_capitals_is_a_paragraph_of_its_own_without_a_blank_line():
    text = ("Dự án A đã hoàn thành.\n\nII. NHIỆM VỤ TRỌNG TÂM\nQUÝ III NĂM 2025\nPhấn đấu khởi công Dự án B trong tháng\n"
            "9/2025 tại xã C.")
    doc = build_document("short.txt", text, "plain")
    pieces = [text[p.start:p.end] for p in doc.paragraphs]
    # the heading's two lines stay together; the wrapped sentence after it is joined again
    assert pieces == ["Dự án A đã hoàn thành.", "II. NHIỆM VỤ TRỌNG TÂM\nQUÝ III NĂM 2025",
                      "Phấn đấu khởi công Dự án B trong tháng\n9/2025 tại xã C."]
    assert "tháng 9/2025" in doc.joined


def test_list_items_and_a_short_numbered_heading_are_paragraphs_of_their_own():
    text = ("1. Về các dự án trọng điểm\n- Dự án A: đã bàn giao 45 km, đạt 90%.\n- Dự án B: đã hoàn thành 70% khối\n"
            "lượng, dự kiến hoàn thành trong quý II/2025.\n2. Về công tác quy hoạch\nUBND tỉnh đã phê duyệt Quy hoạch C "
            "giai đoạn 2021\n- 2030 và Kế hoạch D. Những nội dung này được triển khai trong các tháng cuối năm, bảo đảm "
            "đúng tiến độ đề ra theo chỉ đạo của Ủy ban nhân dân tỉnh.")
    doc = build_document("short.txt", text, "plain")
    pieces = [" ".join(text[p.start:p.end].split()) for p in doc.paragraphs]
    assert pieces[:4] == ["1. Về các dự án trọng điểm", "- Dự án A: đã bàn giao 45 km, đạt 90%.",
                          "- Dự án B: đã hoàn thành 70% khối lượng, dự kiến hoàn thành trong quý II/2025.",
                          "2. Về công tác quy hoạch"]
    assert pieces[4].startswith("UBND tỉnh") and "giai đoạn 2021 - 2030 và Kế hoạch D." in pieces[4]  # a range wrapped


def test_a_numbered_paragraph_whose_first_line_wraps_stays_whole():
    # 003's "6. Triển khai Kế hoạch thực hiện Nghị quyết số 02/NQ-CP ngày⏎08/01/2026 …" (OCR)
    doc = document("003_974a447c085e4f6c.txt")
    start = doc.text.index("02/NQ-CP ngay\n08/01/2026")
    assert any(p.start < start < start + 30 < p.end for p in doc.paragraphs)


def test_a_numbered_heading_is_its_own_paragraph_in_text_whose_lines_are_paragraphs():
    # Text that does not wrap (one paragraph a line, as a word processor exports it): the heading is short
    # beside the text's full lines, though long beside its median line (letterhead lines are short too).
    long = "Dự án A đã bàn giao mặt bằng, " * 6
    text = ("UBND TỈNH B\nSố: 12/BC-UBND\nBÁO CÁO\nTình hình tháng 10\n1. Đầu tư công\n" + long + "đạt 80%.\n"
            "2. Thực hiện các chương trình mục tiêu quốc gia\nThực hiện Nghị quyết số 111/2024/QH15, UBND tỉnh đã "
            "ban hành Kế hoạch số 5/KH-UBND. " + long + "\n")
    doc = build_document("short.txt", text, "plain")
    pieces = [text[p.start:p.end] for p in doc.paragraphs]
    assert "2. Thực hiện các chương trình mục tiêu quốc gia" in pieces


def test_a_sentence_runs_on_past_a_pages_number():
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text

    text = ("UY BAN NHAN DAN TINH BAC KAN\n\nDy an Hd chira nudc Nam Cut dang thi cong, tién do cham so vdi ké hoach do"
            "\n\n2\n\nvuéng mac giai phong mat bang tai x& Nong Thinh. Dy an cau Ban Chat da khoi cong.\n\n- 3 -\n\n"
            "Dy an Trung tam Y té huyén Pac Nam da khoi cong.")
    doc = build_document("pages.txt", text, "text")
    number = text.index("\n2\n") + 1
    # the sentence goes on past "2"; after "- 3 -" (a finished sentence before it) a new paragraph begins
    assert [p for p in doc.paragraphs if p.start < number < p.end] and \
        not [p for p in doc.paragraphs if p.start < text.index("- 3 -") < p.end]
    assert doc.joined[number] == " " and len(doc.joined) == len(text)
    ex = extract_source(read_text(text.encode("utf-8"), "pages.txt"))
    labels = {e.id: e.label for e in ex.entities}
    held = [r for r in ex.relations if r.p == "delayedBy"]
    assert [labels[r.o] for r in held] == ["vướng mắc giải phóng mặt bằng"]
    issue = next(e for e in ex.entities if e.type == "Issue")
    assert all(text[m.start:m.end] == m.text for m in issue.mentions)
