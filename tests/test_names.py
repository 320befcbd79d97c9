"""Where a name ends, on short sentences, clean and OCR-damaged."""
from tiendo.extract.pipeline import extract_source
from tiendo.extract.reader import read_text
from tiendo.extract.text import fold_key


def names_of(text: str) -> set[str]:
    ex = extract_source(read_text(text.encode("utf-8"), "short.txt"))
    return {fold_key(e.label) for e in ex.entities}


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
