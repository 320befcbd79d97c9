"""Status cues on short sentences, clean and OCR-damaged."""
from tiendo.extract.pipeline import extract_source
from tiendo.extract.reader import read_text
from tiendo.extract.text import fold_key


def statuses_of(text: str) -> set[tuple[str, str, str | None]]:
    ex = extract_source(read_text(text.encode("utf-8"), "short.txt"))
    labels = {e.id: e.label for e in ex.entities}
    return {(labels[s.entity], s.status, s.target_date) for s in ex.statuses}


def test_planned_start_with_its_target_month():
    found = statuses_of("UBND tỉnh phấn đấu khởi công Dự án tuyến đường tránh thị trấn Bình Gia trong tháng 4/2024.")
    assert ("Dự án tuyến đường tránh thị trấn Bình Gia", "planned", "2024-04") in found


def test_started_in_ocr_text():
    found = statuses_of("Ha tang giao thdng dugc quan tm day manh, da khoi cong Dy an nang cap Quoc lo 4B "
                        "doan Km18 - Km80.")
    assert any(fold_key(label).startswith("du an") and "quoc lo 4b doan km18 km80" in fold_key(label)
               and status == "started" for label, status, _ in found)


def test_suspended_in_ocr_text():
    found = statuses_of("Mot s6 du an phai tam dirng thuc hién cong tic GPMB nhu: Dy 4n Khu tai dinh cu "
                        "va dan cu Nam Hoa thudc dia ban thanh phé.")
    assert any(status == "suspended" for _, status, _ in found)
