"""Names in OCR reports take the spelling that a clean report of the same batch gives the same words."""
from tiendo.extract.parallel import extract_parallel
from tiendo.extract.pipeline import extract_batch
from tiendo.extract.reader import read_text

CLEAN = "Hoàn thành lựa chọn nhà đầu tư Dự án tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng theo hình thức BOT."
OCR = ("Tinh dén ngay 15/9/2024: (1) Dy &n Tuyén cao téc cira khau Hitu Nghi - Chi Ling theo hinh thic BOT: "
       "dia phan huyén Chi Lang di chi tra tam tng 60% kinh phi; Dy an duong tranh thi tran Na Sam dang thi cong.")


def project_labels(ex) -> set[str]:
    return {e.label for e in ex.entities if e.type == "Project"}


def test_an_ocr_name_that_folds_like_a_clean_one_takes_its_spelling_whatever_the_order():
    ocr, clean = read_text(OCR.encode(), "ocr.txt"), read_text(CLEAN.encode(), "clean.txt")
    assert clean.clean and not ocr.clean
    alone = project_labels(extract_batch([ocr])[0])
    together = extract_batch([ocr, clean])  # the OCR report first: the clean one is still read before it
    assert [ex.source for ex in together] == ["ocr.txt", "clean.txt"]
    assert "Dự án tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng" in project_labels(together[0])
    # a name the clean report does not have keeps its restored spelling
    assert {label for label in alone if "Na" in label} == {label for label in project_labels(together[0])
                                                             if "Na" in label}


def test_parallel_extraction_lends_clean_spellings_as_the_batch_does():
    ocr, clean = read_text(OCR.encode(), "ocr.txt"), read_text(CLEAN.encode(), "clean.txt")
    batch = extract_batch([clean, ocr])
    parallel = extract_parallel([clean, ocr], jobs=2)
    assert [project_labels(ex) for ex in batch] == [project_labels(ex) for ex in parallel]


def test_an_ocr_name_one_letter_from_a_long_clean_name_takes_its_spelling_but_a_short_one_does_not():
    # OCR glued "Trạm y" into "Tramy", and restoration read it "Trạm": one letter from the clean name
    clean = read_text("Hoàn thành Dự án đầu tư xây dựng, cải tạo 30 Trạm y tế tuyến xã, tỉnh Lào Cai. "
                      "Triển khai Dự án Cầu Bản Vược 1.".encode(), "clean.txt")
    ocr = read_text("Tién dd: (1) Dy 4n dau tu xdy dung, cai tao 30 Tramy té tuyén x4, tinh Lao Cai da hoan "
                    "thanh; (2) Dy an Cau Ban Vuoc 2 dang thi cong.".encode(), "ocr.txt")
    assert clean.clean and not ocr.clean
    alone = project_labels(extract_batch([ocr])[0])
    assert not any("Trạm y tế" in label for label in alone)
    together = project_labels(extract_batch([clean, ocr])[1])
    assert "Dự án đầu tư xây dựng, cải tạo 30 Trạm y tế tuyến xã, tỉnh Lào Cai" in together
    # another bridge, one letter (its number) apart: its own name, not the clean report's
    assert any(label.startswith("Dự án Cầu") and label.endswith(" 2") for label in together)
    assert not any(label.endswith("Vược 1") for label in together)
