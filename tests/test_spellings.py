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
