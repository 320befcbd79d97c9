"""Whatever people upload: each bad file is refused with a message naming the problem and the store is
left exactly as it was; odd but readable files are accepted."""
import io
import zipfile

import httpx
import pytest

from conftest import REPORTS, cp1258_bytes, stop_server, upload, writable_server
from test_formats import pdf_bytes

LIMIT = 2_000_000
VIETNAMESE = ("UBND TỈNH CAO BẰNG\nBÁO CÁO tình hình thực hiện kế hoạch đầu tư công quý II năm 2025\n\n"
              "1. Dự án đường tỉnh Quảng Uyên - Phục Hòa đang thi công, đạt 35% khối lượng.\n"
              "2. Dự án cải tạo bệnh viện đa khoa huyện Hà Quảng chậm tiến độ do vướng mắc giải phóng mặt bằng.\n")


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-input")
    base, proc = writable_server(root, [REPORTS / "004_8965950bfb0edcf7.txt"], TIENDO_MAX_UPLOAD_BYTES=str(LIMIT))
    yield base
    stop_server(proc)


def state(base: str) -> tuple:
    """Everything a client can see change: the report list, the quad count and a digest of every quad."""
    digest = httpx.get(base + "/sparql", params={"query": """SELECT (COUNT(*) AS ?n)
        (SUM(STRLEN(CONCAT(STR(?s), STR(?p), STR(?o), STR(?g)))) AS ?size) WHERE { GRAPH ?g { ?s ?p ?o } }"""})
    row = digest.json()["results"]["bindings"][0]
    return (tuple(r["id"] for r in httpx.get(base + "/reports").json()), httpx.get(base + "/health").json()["quads"],
            row["n"]["value"], row["size"]["value"])


def encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes())))
    writer.encrypt(user_password="mật khẩu", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def scanned_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer)
    page.rect(80, 80, 400, 600, fill=1)  # an image of a page: shapes, no text layer
    page.showPage()
    page.save()
    return buffer.getvalue()


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))  # 60 MiB that packs into ~60 KiB
    return buffer.getvalue()


BAD = {
    "empty": ("empty.txt", lambda: b"", 400, "empty"),
    "binary": ("photo.txt", lambda: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, 400, "binary"),
    "too large": ("huge.txt", lambda: VIETNAMESE.encode() * (LIMIT // len(VIETNAMESE.encode()) + 1), 413, "limit"),
    "invalid UTF-8": ("broken.txt", lambda: VIETNAMESE.encode()[:150] + b"\xff\xfe\xc3(" + VIETNAMESE.encode()[150:],
                      400, "not valid UTF-8"),
    "truncated PDF": ("cut.pdf", lambda: pdf_bytes()[:20000], 400, "truncated"),
    "encrypted PDF": ("locked.pdf", encrypted_pdf, 400, "encrypted"),
    "scanned PDF": ("scan.pdf", scanned_pdf, 400, "scanned PDF"),
    "DOCX zip bomb": ("bomb.docx", zip_bomb, 400, "unpacks to more than"),
    "DOCX not a zip": ("fake.docx", lambda: b"PK\x03\x04" + bytes(range(200)), 400, "not a valid zip"),
    "file name": ("report.exe", lambda: VIETNAMESE.encode(), 400, "must end in"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_file_is_refused_by_name_and_reason_and_nothing_changes(shared, case):
    name, make, status, reason = BAD[case]
    before = state(shared)
    resp = upload(shared, name, make())
    assert resp.status_code == status, resp.text
    problem = resp.json()
    assert reason in problem["detail"] and (name in problem["detail"] or case == "file name")
    assert resp.headers["content-type"] == "application/problem+json"
    assert state(shared) == before


def test_windows_1258_is_accepted_and_decoded(shared):
    resp = upload(shared, "legacy-1258.txt", cp1258_bytes(VIETNAMESE))
    assert resp.status_code == 201, resp.text
    found = httpx.get(shared + "/projects", params={"q": "benh vien da khoa huyen ha quang"}).json()
    assert any("bệnh viện đa khoa huyện Hà Quảng" in p["label"] for p in found["items"])


def test_markdown_with_broken_html_is_accepted(shared):
    text = ("# BÁO CÁO kết quả thực hiện kế hoạch quý III năm 2025\n\n<div><b>Tình hình chung\n\n"
            "1. Dự án nâng cấp đường huyện Thạch An - Đông Khê<sup>1 đã hoàn thành <i>giải phóng mặt bằng.\n\n"
            "## Chú thích\n\n<sup>1</sup> Theo Quyết định số 1234/QĐ-UBND ngày 12/3/2025 của UBND tỉnh <td>\n")
    resp = upload(shared, "broken-html.md", text.encode())
    assert resp.status_code == 201, resp.text
    assert resp.json()["entities"] >= 2 and not resp.json()["warnings"]


def test_a_report_with_no_entities_is_accepted_with_a_warning(shared):
    text = "Hôm nay trời nắng, gió nhẹ. Mọi người đi làm đúng giờ và về nhà ăn cơm.\n" * 5
    resp = upload(shared, "nothing.txt", text.encode())
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["entities"] == 0 and any("no plan, project" in w for w in body["warnings"])
