"""Property tests over the text layer, the extractor and the graph: whatever the input, no crash, offsets
that point at the text they name, and a graph that passes the SHACL shapes."""
from hypothesis import HealthCheck, given, settings, strategies as st

from test_text import VIETNAMESE, WORDS
from tiendo.extract.pipeline import extract_source
from tiendo.extract.reader import ReportError, read_text
from tiendo.extract.text import build_document
from tiendo.kg.rdf import extraction_quads
from tiendo.kg.validate import violations

RELAXED = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Report-shaped text: cue words, legal numbers, footnote marks, OCR damage, Markdown and stray HTML.
MARKUP = st.sampled_from(["# ", "## ", "**", "<sup>", "</sup>", "<div>", "<b>", "1. ", "2 ", "- ", "|", "\r\n",
                          "\t", "\u00a0", "\u200b", "ngày 12/3/2024", "quý I năm 2024", "9 tháng đầu năm 2024"])
REPORTISH = st.lists(st.one_of(WORDS, MARKUP, st.text(VIETNAMESE, max_size=12), st.text(max_size=6)),
                     max_size=80).map(" ".join)


def _read(text: str):
    try:
        return read_text(text.encode("utf-8"), "generated.txt")
    except ReportError:
        return None  # refused with a reason: allowed; any other exception is not


@settings(max_examples=2000, **RELAXED)
@given(st.one_of(st.text(max_size=400), REPORTISH))
def test_any_unicode_reads_and_extracts_with_valid_offsets(text):
    src = _read(text)
    if src is None:
        return
    doc = build_document(src.name, src.text, src.format, src.clean)
    assert len(doc.joined) == len(doc.folded) == len(src.text)
    for para in doc.paragraphs:
        assert 0 <= para.start <= para.end <= len(src.text)
    for note in doc.footnotes:
        assert 0 <= note.start <= note.end <= len(src.text)
    ex = extract_source(src)
    for e in ex.entities:
        assert e.label.strip() and e.mentions
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(src.text) and src.text[m.start:m.end] == m.text
    for s in ex.statuses:
        assert src.text[s.evidence.start:s.evidence.end] == s.evidence.text


@settings(max_examples=1000, **RELAXED)
@given(st.binary(max_size=600))
def test_any_bytes_are_read_or_refused_with_a_reason(data):
    try:
        src = read_text(data, "upload.bin")
    except ReportError as exc:
        assert str(exc).startswith("upload.bin: ") and exc.reason
        return
    assert src.text and src.text == __import__("unicodedata").normalize("NFC", src.text)


@settings(max_examples=250, **RELAXED)
@given(REPORTISH)
def test_any_extraction_gives_a_graph_that_passes_the_shapes(text):
    src = _read(text)
    if src is None:
        return
    _, quads, _ = extraction_quads(extract_source(src))
    assert violations(quads) == []
