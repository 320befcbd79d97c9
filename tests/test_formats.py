"""PDF and DOCX reports made from the Markdown report give the entities the Markdown gives."""
import re
from pathlib import Path

import pytest

from tiendo.extract.pipeline import extract_source
from tiendo.extract.reader import ReportError, read_report, read_text
from tiendo.extract.text import fold_key

from conftest import REPORTS

MARKDOWN = REPORTS / "002_a7f84dcfe179fb90.txt"
FONT_PLACES = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]


def markdown_blocks() -> list[tuple[int, str]]:
    """(heading level or 0, plain text) for each block of the Markdown report."""
    out = []
    for block in MARKDOWN.read_text(encoding="utf-8").split("\n\n"):
        block = block.strip()
        if not block:
            continue
        level = len(block) - len(block.lstrip("#"))
        text = re.sub(r"<sup>(\d+)</sup>", r"[\1]", block.lstrip("# ")).replace("**", "").replace("*", "")
        out.append((level, text))
    return out


def entity_keys(data: bytes, name: str) -> set[tuple[str, str]]:
    ex = extract_source(read_text(data, name))
    return {(e.type, e.number or fold_key(e.label)) for e in ex.entities}


@pytest.fixture(scope="module")
def markdown_entities():
    return entity_keys(MARKDOWN.read_bytes(), MARKDOWN.name)


def docx_bytes() -> bytes:
    import io

    import docx

    document = docx.Document()
    for level, text in markdown_blocks():
        if level:
            document.add_heading(text, level=min(level, 4))
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes() -> bytes:
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    font = next((p for p in FONT_PLACES if p.exists()), None)
    if font is None:
        pytest.skip("no TrueType font with Vietnamese letters (Debian fonts-dejavu-core) on this machine")
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(font)))
    style = ParagraphStyle("body", fontName="DejaVuSans", fontSize=10, leading=13, spaceAfter=8)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([Paragraph(escape(text), style) for _, text in markdown_blocks()])
    return buffer.getvalue()


def overlap(a: set, b: set) -> float:
    return len(a & b) / max(1, len(a | b))


def test_docx_gives_the_markdown_entities(markdown_entities):
    found = entity_keys(docx_bytes(), "report.docx")
    assert overlap(found, markdown_entities) >= 0.9
    numbers = {k for k in markdown_entities if "/" in k[1]}
    assert numbers <= found


def test_pdf_gives_the_markdown_entities(markdown_entities):
    found = entity_keys(pdf_bytes(), "report.pdf")
    assert overlap(found, markdown_entities) >= 0.8
    numbers = {k for k in markdown_entities if "/" in k[1]}
    assert numbers <= found


def test_format_is_decided_by_content_not_extension(tmp_path):
    disguised = tmp_path / "report.txt"
    disguised.write_bytes(docx_bytes())
    assert read_report(disguised).encoding == "docx"


@pytest.mark.parametrize("data,reason", [
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog", "truncated"),
    (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\n", "PDF cannot be read"),
    (b"PK\x03\x04" + b"\x00" * 40, "not a valid zip"),
])
def test_broken_pdf_and_docx_are_refused(data, reason):
    with pytest.raises(ReportError, match=reason):
        read_text(data, "broken")


def test_zip_that_is_not_a_docx_is_refused():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("hello.txt", "xin chào")
    with pytest.raises(ReportError, match="not a DOCX"):
        read_text(buffer.getvalue(), "archive.docx")


def test_pdf_without_text_layer_needs_ocr():
    import io

    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer)
    c.rect(100, 100, 200, 200, fill=1)  # a "scan": shapes, no text
    c.showPage()
    c.save()
    with pytest.raises(ReportError, match="scanned PDF"):
        read_text(buffer.getvalue(), "scan.pdf")


def test_a_docx_tables_rows_are_read_in_their_place():
    import io

    import docx

    document = docx.Document()
    document.add_heading("BÁO CÁO", 1)
    document.add_paragraph("Tiến độ các dự án trọng điểm quý II năm 2025")
    table = document.add_table(rows=3, cols=3)
    rows = [["Tên dự án", "Tiến độ", "Khó khăn, vướng mắc"], ["Dự án Cầu Tân Lập", "Đã hoàn thành", ""],
            ["Dự án Khu công nghiệp Liên Hà Thái", "Đang san lấp mặt bằng", "Thiếu vật liệu san lấp"]]
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    document.add_paragraph("Các dự án còn lại đang triển khai.")
    buffer = io.BytesIO()
    document.save(buffer)
    source = read_text(buffer.getvalue(), "progress.docx")
    # the table sits between the paragraphs it stands between, one row per line
    assert source.text.index("Tiến độ các dự án") < source.text.index("| Dự án Cầu Tân Lập |") < \
        source.text.index("Các dự án còn lại")
    ex = extract_source(source)
    labels = {e.id: fold_key(e.label) for e in ex.entities}
    assert ("du an khu cong nghiep lien ha thai", "delayedBy", "thieu vat lieu san lap") in {
        (labels[r.s], r.p, labels[r.o]) for r in ex.relations}
