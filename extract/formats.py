"""PDF and DOCX reports: their text, in the same form as a text report.

The format is decided from the bytes (a PDF starts with %PDF-, a DOCX is a zip holding
word/document.xml), not from the file's extension. Offsets of mentions then refer to the text
extracted here, which is what the report's graph stores as its text.
"""
from __future__ import annotations

import io
import zipfile

from .reader import ReportError

MAX_UNZIPPED_BYTES = 50 * 1024 * 1024  # a DOCX larger than this once unpacked is refused (zip bombs)


def sniff(data: bytes) -> str:
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        return "docx"
    return "text"


def pdf_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf repairs what it can and would read a cut-off file's first pages as if they were all of it.
    if b"%%EOF" not in data[-2048:]:
        raise ReportError(name, "the PDF is truncated (it has no %%EOF end marker); give the complete file")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise ReportError(name, "the PDF is encrypted; give an unprotected copy")
        pages = [page.extract_text() or "" for page in reader.pages]
    except ReportError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise ReportError(name, f"the PDF cannot be read ({exc.__class__.__name__}: {exc})") from exc
    text = "\n\n".join(p.strip() for p in pages)
    if sum(ch.isalpha() for ch in text) < 20:
        raise ReportError(name, "scanned PDF with no text layer, needs OCR")
    return text


def docx_text(data: bytes, name: str) -> str:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        if "word/document.xml" not in archive.namelist():
            raise ReportError(name, "the zip file is not a DOCX document (no word/document.xml)")
        if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
            raise ReportError(name, f"the DOCX unpacks to more than {MAX_UNZIPPED_BYTES // (1024 * 1024)} MiB")
    except zipfile.BadZipFile as exc:
        raise ReportError(name, f"the file starts like a DOCX but is not a valid zip ({exc})") from exc
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on broken parts
        raise ReportError(name, f"the DOCX cannot be read ({exc.__class__.__name__}: {exc})") from exc
    blocks = []
    for block in document.iter_inner_content():  # paragraphs and tables, in the order of the document
        text = _markdown_table(block) if isinstance(block, docx.table.Table) else _docx_paragraph(block)
        if text:
            blocks.append(text)
    return "\n\n".join(blocks)


def _docx_paragraph(para) -> str:
    text = para.text.strip()
    style = (para.style.name or "").lower() if para.style is not None else ""
    if text and style.startswith("heading"):
        level = "".join(ch for ch in style if ch.isdigit()) or "1"
        text = "#" * int(level[0]) + " " + text
    return text


def _markdown_table(table) -> str:
    """A DOCX table as the Markdown report writes one: a row per line, its cells between bars, the heading row
    first (a table of projects, their progress and their obstacles reads as it does in Markdown)."""
    rows = [["|".join(" ".join(cell.text.split()).split("|")) for cell in row.cells] for row in table.rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return ""
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join([lines[0], "|" + "---|" * len(rows[0]), *lines[1:]])
