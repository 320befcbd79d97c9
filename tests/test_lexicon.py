"""The lexicon's regex helpers: compiled for speed, they must find exactly what the plain patterns find."""
import re

import pytest

from tiendo.extract.lexicon import B, E, ISSUE_PATTERNS, word_family, word_scan, which
from tiendo.extract.reader import read_report
from tiendo.extract.text import build_document

from conftest import REPORTS


@pytest.fixture(scope="module")
def folded_reports() -> list[str]:
    docs = [read_report(p) for p in sorted(REPORTS.glob("*.txt"))]
    return [build_document(d.name, d.text, d.format, d.clean).folded for d in docs]


def test_word_scan_finds_what_the_plain_pattern_finds(folded_reports):
    for pattern in ISSUE_PATTERNS:
        plain, fast = re.compile(pattern), word_scan(pattern)
        for text in folded_reports:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern


def test_word_scan_keeps_the_word_start():
    scan = word_scan(rf"{B}kho\s+khan{E}")
    assert scan.pattern.startswith("(?:k(?<!")
    assert [m.start() for m in scan.finditer("kho khan; nhieukho khan, (kho khan)")] == [0, 26]
    # a first letter with a quantifier cannot be searched for on its own: a guard names the letters it opens on
    assert word_scan(rf"{B}v?on{E}").pattern == rf"(?=[ov]){B}v?on{E}"
    assert word_scan(rf"{B}\d+\s+nam{E}").pattern == rf"{B}\d+\s+nam{E}"  # letters it cannot tell: as it is


def test_word_scan_of_the_status_cues_finds_what_the_plain_patterns_find(folded_reports):
    from tiendo.extract.statuses import STATUS_CUES

    for _, pattern in STATUS_CUES:
        plain, fast = re.compile(pattern), word_scan(pattern)
        for text in folded_reports:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern


def test_word_family_reports_the_first_listed_pattern_and_its_end():
    family = word_family([rf"{B}khu\s+kinh\s+te{E}", rf"{B}khu{E}", rf"{B}(cum)\s+cong\s+nghiep{E}"])
    found = [(which(m), m.start(), m.end(m.lastgroup)) for m in family.finditer("khu kinh te, khu, cum cong nghiep")]
    assert found == [(0, 0, 11), (1, 13, 16), (2, 18, 33)]


def test_overlapping_word_family_finds_a_match_inside_another():
    family = word_family([rf"{B}khu\s+kinh\s+te\s+cua\s+khau{E}", rf"{B}cua\s+khau{E}"], overlapping=True)
    found = [(which(m), m.start(), m.end(m.lastgroup)) for m in family.finditer("khu kinh te cua khau")]
    assert found == [(0, 0, 20), (1, 12, 20)]


def test_the_first_letters_of_a_pattern_are_read_from_its_parse():
    from tiendo.extract.lexicon import _first_letters

    assert _first_letters(r"(?:theo\s+)?h[il]nh") == {"t", "h"}
    assert _first_letters(r"(?:v[oe]n\s+|nguon\s+)?ngan") == {"v", "n"}
    assert _first_letters(r"k[eaoc]{1,2}\s+hoach") == {"k"}
    assert None in _first_letters(r"\d+\s+nam") and None in _first_letters(r"(?:abc)?")


def test_a_family_with_its_first_letter_guard_finds_what_it_finds_without(folded_reports):
    # "v?on": the first letter may be missing, so none can be searched for on its own; a guard names both
    patterns = [rf"{B}v?on{E}", rf"{B}(?:theo\s+)?h[il]nh\s+thuc{E}"]
    guarded = word_family(patterns)
    assert guarded.pattern.startswith("(?=[")
    plain = re.compile(f"{B}(?:" + "|".join(f"{p[len(B):]}(?P<g{i}>)" for i, p in enumerate(patterns)) + ")")
    for text in folded_reports + ["von, on, theo hinh thuc, hlnh thuc"]:
        assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in plain.finditer(text)]


def test_an_overlapping_family_finds_what_the_plain_one_finds(folded_reports):
    from tiendo.extract.lexicon import PLACE_RE, PLACE_UNITS

    assert PLACE_RE.pattern.startswith("(?:")  # each letter searched for on its own, the rest looked ahead at
    bodies = "|".join(f"{p[len(B):]}(?P<g{i}>)" for i, (p, _) in enumerate(PLACE_UNITS))
    plain = re.compile(f"{B}(?={bodies})")
    for text in folded_reports:
        assert [(m.start(), which(m), m.end(m.lastgroup)) for m in PLACE_RE.finditer(text)] == \
            [(m.start(), which(m), m.end(m.lastgroup)) for m in plain.finditer(text)]


def test_patterns_that_open_on_a_choice_become_one_alternative_per_letter():
    from tiendo.extract.lexicon import _letter_led

    assert _letter_led(r"[dpb]ang") == ["dang", "pang", "bang"]
    assert _letter_led(r"(?:v[oe]n\s+|nguon\s+)?ngan") == [r"v[oe]n\s+ngan", r"nguon\s+ngan", "ngan"]
    assert _letter_led(r"[dpb]{1,2}ang") == ["d[dpb]{0,1}ang", "p[dpb]{0,1}ang", "b[dpb]{0,1}ang"]
    # a test of what comes before moves after the letter, with the letter
    assert _letter_led(r"(?<!phuong\s)cham|trinh") == [r"c(?<!(?:phuong\s)c)ham", "trinh"]
    assert _letter_led(r"(?:abc)??d") is None  # lazy: the engine would try without the group first
    assert _letter_led(r"\d+\s+nam") is None and _letter_led(r"(a)?b") is None  # a group's number would change


def test_families_that_open_on_choices_find_what_the_plain_families_find(folded_reports):
    from tiendo.extract.lexicon import CUE_RE, CUES, FUNDING_PATTERNS, FUNDING_RE, ORG_PATTERNS, ORG_RE

    for fast, patterns in ((FUNDING_RE, [p for p, _ in FUNDING_PATTERNS]), (ORG_RE, [p for p, _ in ORG_PATTERNS]),
                           (CUE_RE, [p for p, _, _ in CUES])):
        assert not fast.pattern.startswith("(?=[")  # each letter searched for on its own
        bodies = "|".join(f"{p[len(B):]}(?P<g{i}>)" for i, p in enumerate(patterns))
        plain = re.compile(f"{B}(?:{bodies})")
        for text in folded_reports:
            assert [(m.span(), which(m), m.end(m.lastgroup)) for m in fast.finditer(text)] == \
                [(m.span(), which(m), m.end(m.lastgroup)) for m in plain.finditer(text)]


def test_a_family_whose_patterns_open_on_letters_finds_what_the_plain_family_finds(folded_reports):
    from tiendo.extract.entities import _FUNDER_HEAD, _MINISTRY_RE

    ministries = [rf"{B}bo\s+tai\s+chinh{E}", rf"{B}bo\s+xay\s+dung{E}", rf"{B}so\s+giao\s+thong{E}"]
    for patterns in (ministries, [rf"{B}quy{E}", rf"{B}ngan\s+hang{E}"], [rf"{B}kho\s+khan{E}", rf"{B}vuong\s+mac{E}"]):
        fast = word_family(patterns)
        assert fast.pattern.startswith(f"(?:{patterns[0][len(B)]}(?<!")  # the letter first, searched for on its own
        bodies = "|".join(f"{p[len(B):]}(?P<g{i}>)" for i, p in enumerate(patterns))
        plain = re.compile(f"{B}(?:{bodies})")
        for text in folded_reports + ["nhieubo tai chinh; (quy) ngan hang, kho khan"]:
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == \
                [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert _FUNDER_HEAD.pattern.startswith("(?:q(?<!") and _MINISTRY_RE.pattern.startswith("(?:b(?<!")
