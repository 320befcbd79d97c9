"""Reading report files: encodings, formats and refusals that name the file and the reason."""
import pytest

from conftest import cp1258_bytes
from tiendo.extract.reader import ReportError, read_report, read_text


def test_bundled_reports_read_as_nfc(report_files):
    import unicodedata

    for path in report_files:
        src = read_report(path)
        assert unicodedata.is_normalized("NFC", src.text)
        assert src.encoding == "utf-8"


def test_markdown_is_detected_by_content_not_extension(report_files):
    formats = {p.name: read_report(p).format for p in report_files}
    assert formats["002_a7f84dcfe179fb90.txt"] == "markdown"
    assert [name for name, fmt in formats.items() if fmt == "plain"] == [
        "000_ce199e713a2954a9.txt", "001_37a5917b9675547e.txt", "003_974a447c085e4f6c.txt",
        "004_8965950bfb0edcf7.txt"]


def test_windows_1258_is_decoded():
    import unicodedata

    text = "Kế hoạch phát triển kinh tế - xã hội năm 2024 của tỉnh"
    data = cp1258_bytes(text)
    src = read_text(data, "legacy.txt")
    assert src.encoding == "cp1258"
    assert src.text == unicodedata.normalize("NFC", text)


def test_utf16_with_bom_is_decoded():
    src = read_text("Dự án tuyến cao tốc".encode("utf-16"), "u16.txt")
    assert src.text == "Dự án tuyến cao tốc"


@pytest.mark.parametrize("data,reason", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (bytes(range(256)) * 20, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Dự án".encode("utf-8") + b"\xff\xfe\xfa text \xc3", "not valid UTF-8"),
])
def test_unreadable_files_are_refused_with_name_and_reason(data, reason):
    with pytest.raises(ReportError) as info:
        read_text(data, "bad-file.txt")
    assert "bad-file.txt" in str(info.value)
    assert reason in str(info.value)
