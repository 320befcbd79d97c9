"""The extraction pipeline: small registered components run in order over one report.

Each component takes the shared `State` and adds to it, in the manner of a spaCy pipeline; the
order is `PIPELINE`. `extract_report` is the one entry point the rest of tiendo uses.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from rapidfuzz import fuzz

from . import entities as rec
from .admin_units import read_as_province_names, read_as_unit_names
from .annual_plans import date_annual_plans
from .breakdown import part_candidates
from .labels import project_label, read_as_agency_names, tidy_label
from .legal import number_key
from .lexicon import CENTRAL_CITIES, CUA, CUES, ORG_LABELS, ORG_RE, PLACE_LABELS, province_unit, which
from .investors import Investor, investors
from .metadata import read_metadata
from .periods import spell_quarters
from .model import INITIATIVE_TYPES, LEGAL_TYPES, DocumentMeta, Entity, Extraction, Mention, Relation
from .reader import SourceText, lost_its_diacritics, read_report
from .relations import Placed, find_relations
from .restore import DIGITS_AS_LETTERS
from .same_name import Known, is_year, known_name, similarity, specific_words
from .spellings import CleanSpellings
from .statuses import find_statuses
from .tables import Row, table_rows
from .text import Document, Span, build_document, fold_key, sentences
from .works import works_with_a_status


@dataclass
class State:
    source: SourceText
    doc: Document
    sentences: list[Span]
    province: str | None = None
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    candidates: list[rec.Candidate] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)
    restorer: object | None = None
    as_read: dict[str, str] = field(default_factory=dict)  # entity id → its OCR label, before restoration
    table_rows: tuple[Row, ...] = ()  # the rows of progress tables, by column role
    investors: list[Investor] = field(default_factory=list)  # the investors sentences name ("… làm chủ đầu tư")
    page_names: set[str] = field(default_factory=set)  # keys of organisations named in the page's words, not the lexicon's
    extraction: Extraction | None = None


COMPONENTS: dict[str, Callable[[State], None]] = {}


def component(name: str):
    def register(fn: Callable[[State], None]) -> Callable[[State], None]:
        COMPONENTS[name] = fn
        return fn
    return register


@component("province")
def find_province(state: State) -> None:
    """The report's own province: the one named most often after "tỉnh", or a centrally-run city after "thành phố"."""
    counts: Counter[str] = Counter()
    for m in _PROVINCE_NAMED.finditer(state.doc.folded):
        if m.group(1) in _PROVINCE_KEYS:
            counts[_PROVINCE_KEYS[m.group(1)]] += 1
    for m in _CITY_NAMED.finditer(state.doc.folded):
        counts[_CITY_KEYS[" ".join(m.group(1).split())]] += 1
    if not counts:
        # OCR may have misread the name's letters too ("tinh Pik Lik" for Đắk Lắk): the capitalised name said
        # most often after "tỉnh", when it is a little OCR distance from one province and clearly nearer it
        named = Counter(m.group(1).translate(DIGITS_AS_LETTERS) for m in _PROVINCE_NAMED.finditer(state.doc.folded)
                        if state.doc.joined[m.start(1)].isupper())  # "TINH D6NG THAP": a digit for a vowel
        if named and (near := _province_near(named.most_common(1)[0][0])):
            counts[near] += 1
    state.province = counts.most_common(1)[0][0] if counts else None


@lru_cache(maxsize=4096)
def _province_near(key: str) -> str | None:
    from .restore import ocr_distance  # only for OCR text that names no province as written

    ranked = sorted((ocr_distance(key, known), known) for known in _PROVINCE_KEYS)
    (best, known), (second, _) = ranked[0], ranked[1]
    return _PROVINCE_KEYS[known] if best <= _PROVINCE_REACH and second - best >= 1.0 else None


# "tỉnh X Y", its letter first so that a scan jumps from one "t" to the next; OCR may have read a vowel as a digit
_PROVINCE_NAMED = re.compile(r"t(?<![a-z]t)inh\s+([a-z0-9]+\s+[a-z0-9]+)")
_PROVINCE_KEYS = rec.PROVINCE_BY_KEY
_CITY_KEYS = {fold_key(c): c for c in CENTRAL_CITIES}
_CITY_NAMED = re.compile(r"t(?<![a-z]t)hanh\s+ph[oed]\s+(" + "|".join(k.replace(" ", r"\s+") for k in _CITY_KEYS) + r")(?![a-z])")
_PROVINCE_REACH = 1.5  # three of OCR's usual misreadings (a vowel for another, Đ read as P or B)


@component("metadata")
def metadata(state: State) -> None:
    state.meta = read_metadata(state.doc, state.province)


@component("legal_numbers")
def legal_numbers(state: State) -> None:
    state.candidates += rec.legal_documents(state.doc)


@component("this_text")
def this_text(state: State) -> None:
    """"Nghị quyết này", "Quyết định này": in a text that carries its own number ("Số: 27/NQ-HĐND"), the text
    itself, by that number ("Nghị quyết này thay thế Nghị quyết số 12/NQ-HĐND …" replaces it)."""
    own = next((c for c in state.candidates if c.number and state.meta.number and
                number_key(c.number) == number_key(state.meta.number)), None)
    if own is None:
        return
    for m in _THIS_TEXT.finditer(state.doc.folded):
        if _THIS_TEXT_TYPES[m.group(1).split()[0]] == own.type:
            state.candidates.append(replace(own, start=m.start(), end=m.end(), issuer=None, issuer_span=None))


_THIS_TEXT = re.compile(r"(?<![a-z])(nghi\s+quyet|quyet\s+dinh|chi\s+thi|ke\s+hoach)\s+nay(?![a-z])")
_THIS_TEXT_TYPES = {"nghi": "Resolution", "quyet": "Decision", "chi": "Directive", "ke": "Plan"}


@component("initiatives")
def initiatives(state: State) -> None:
    numbered = [c for c in state.candidates if c.number]
    named = rec.initiatives(state.doc, numbered)
    start, end = state.meta.period_start or "", state.meta.period_end or ""
    report_year = end[:4] if end and start[:4] == end[:4] else None  # a report of one year, or of several
    named = date_annual_plans(state.doc, named, report_year)
    if not state.province:  # "Quy hoạch tỉnh" is the province's planning only when the province is known
        named = [c for c in named if c.key != "k:quy hoach tinh"]
    named += works_with_a_status(state.doc, numbered + named)
    state.candidates += named + part_candidates(state.doc, named)


@component("organizations")
def organizations(state: State) -> None:
    found = rec.organizations(state.doc, state.province)
    # The issuer that a legal number's grammar names is an organisation mentioned right there.
    for cand in [c for c in state.candidates if c.issuer and c.issuer_span]:
        label = _issuer_label(cand.issuer, state.province)
        stated = _STATED_ISSUER.match(state.doc.folded, cand.end)
        if stated and ORG_LABELS[which(stated)] not in label:
            continue  # "Nghị quyết số 12-NQ/TW ngày … của Bộ Chính trị": the text says who, the code only guesses
        start, end = cand.issuer_span
        found.append(rec.Candidate("Organization", start, end, label, "o:" + fold_key(label)))
    state.candidates += found


# The issuer a text states right after a number and its date: "… ngày 05/3/2025 của Bộ Chính trị".
_STATED_ISSUER = re.compile(rf"\s*,?\s*(?:ng[a-z]{{1,2}}\s+\d{{1,2}}\s*[/.-]\s*\d{{1,2}}\s*[/.-]\s*\d{{4}}\s*)?,?\s*{CUA}\s+"
                            rf"(?:{ORG_RE.pattern})")


def _issuer_label(issuer: str, province: str | None) -> str:
    """Provincial bodies named by a number's grammar ("HĐND tỉnh") are those of the report's province; a
    centrally-run city's are the city's ("HĐND thành phố Đà Nẵng", "Thành ủy Đà Nẵng")."""
    if province and (issuer.endswith("tỉnh") or issuer == "Tỉnh ủy"):
        if province_unit(province) != "tỉnh":
            issuer = "Thành ủy" if issuer == "Tỉnh ủy" else f"{issuer[:-len('tỉnh')]}{province_unit(province)}"
        return f"{issuer} {province}"
    return issuer


@component("places")
def places(state: State) -> None:
    state.candidates += rec.places(state.doc) + rec.marker_roads(state.doc)


@component("funding")
def funding(state: State) -> None:
    state.candidates += rec.funding_sources(state.doc)


@component("issues")
def issues(state: State) -> None:
    state.candidates += rec.issues(state.doc)


@component("table_cells")
def table_cells(state: State) -> None:
    """A cell under "Chủ đầu tư" names an organisation, the investor, whether or not a recogniser found one in its
    words ("Ban Quản lý dự án các công trình giao thông"): the column says what it is. (A cell under "Khó khăn,
    vướng mắc" is an obstacle: `entities.issues` reads it.)"""
    state.table_rows = table_rows(state.doc.text)
    for row in state.table_rows:
        for cell in row.cells:
            text = " ".join(state.doc.joined[cell.start:cell.end].split())
            if cell.role != "investedBy" or _ROLE_WORD.fullmatch(fold_key(text)) or len(text.split()) < 2 or any(
                    c.type == "Organization" and c.start < cell.end and cell.start < c.end for c in state.candidates):
                continue  # a cell that only repeats its heading ("Nhà đầu tư"), or named already
            _named_by_the_page(state, cell.start, cell.end)


_ROLE_WORD = re.compile(r"(?:nha|chu)\s+dau\s+tu|doanh\s+nghiep|khong|chua\s+co|-+|x")


@component("investors")
def investor_names(state: State) -> None:
    """An investor a sentence names ("do Ban Quản lý dự án … làm chủ đầu tư") is an organisation, named by the
    words between its cues, unless a recogniser named it from the same word."""
    state.investors = investors(state.doc)
    for investor in state.investors:
        if not any(c.type == "Organization" and c.start == investor.start for c in state.candidates):
            _named_by_the_page(state, investor.start, investor.end)


def _named_by_the_page(state: State, start: int, end: int) -> None:
    """An organisation named by the words at start:end, as the page writes them (restoration spells them)."""
    label = " ".join(state.doc.joined[start:end].split())
    state.candidates.append(rec.Candidate("Organization", start, end, label, "o:" + fold_key(label)))
    state.page_names.add(state.candidates[-1].key)


@component("merge")
def merge(state: State) -> None:
    """One entity per real thing per report: same number, or same type and a near-equal folded name."""
    doc = state.doc
    entities: list[Entity] = []
    by_key: dict[str, Entity] = {}
    counters: Counter[str] = Counter()
    seen_numbers: dict[str, set[tuple]] = defaultdict(set)  # the numbers in each entity's names so far
    initiative_spans = [(c.start, c.end) for c in state.candidates if c.type in INITIATIVE_TYPES]
    place_spans = [(c.start, c.end) for c in state.candidates if c.type == "Place"]
    for cand in sorted(state.candidates, key=lambda c: (c.start, -c.end)):
        if cand.type == "Place" and (any(s <= cand.start and cand.end <= e and (s, e) != (cand.start, cand.end)
                                         for s, e in place_spans)
                                     or (_ROAD_BEFORE.search(doc.folded, max(0, cand.start - 12), cand.start)
                                         and any(s < cand.start < e for s, e in initiative_spans))):
            continue  # "cửa khẩu X" inside "Khu kinh tế cửa khẩu X"; "cao tốc cửa khẩu A - B" names a road's ends
        if cand.type == "FundingSource" and any(s < cand.start and cand.end <= e for s, e in initiative_spans) \
                and not re.search(r"(?:,|thuộc|thuoc)\s*$", doc.joined[max(0, cand.start - 7):cand.start]):
            continue  # money named inside a name is part of it
        entity = by_key.get(cand.key) or _similar(entities, cand, seen_numbers, doc.clean)
        if entity is None:
            counters[cand.type] += 1
            entity = Entity(f"{_PREFIX[cand.type]}{counters[cand.type]}", cand.type, cand.label, cand.key,
                            number=cand.number, date=cand.date)
            entities.append(entity)
            by_key[cand.key] = entity
        elif cand.label != entity.label and cand.label not in entity.aliases and not cand.number:
            entity.aliases.append(cand.label)
        entity.date = entity.date or cand.date
        seen_numbers[entity.id].add(tuple(_NUMBERS(cand.key)))
        mention = Mention(cand.start, cand.end, doc.text[cand.start:cand.end])
        if mention not in entity.mentions:
            entity.mentions.append(mention)
    for entity in entities:
        # The longest name seen is the most complete label; shorter ones stay as aliases.
        if not entity.number and entity.aliases:
            names = [entity.label] + entity.aliases
            best = most_complete(names)
            entity.aliases = [n for n in names if n != best]
            entity.label = best
    state.extraction = Extraction(state.source.name, state.source.sha256, state.source.text, state.meta,
                                  state.source.clean, entities)
    state.placed = [Placed(e.id, e.type, m.start, m.end) for e in entities for m in e.mentions]


_WORDS = re.compile(r"\w+")
_LINKING = {"và", "của", "các", "về", "cho", "trên", "tại", "thuộc", "đối", "với", "những"}


def _content_words(label: str) -> list[str]:
    """A name's words as written, but the words that only link others ("phục hồi (và) phát triển")."""
    return [word for word in _WORDS.findall(label.lower()) if word not in _LINKING]


_ROAD_BEFORE = re.compile(r"(?:cao\s+t[oe]c|duong|tuyen|quoc\s+lo)\s+$")  # OCR "cao téc"
_PREFIX = {"Plan": "pl", "Planning": "pn", "Program": "pg", "Project": "pj", "Scheme": "s", "Resolution": "r",
           "Decision": "d", "Directive": "c", "Law": "l", "LegalDocument": "ld", "Organization": "o",
           "Place": "p", "FundingSource": "f", "Issue": "i"}


def _similar(entities: list[Entity], cand: rec.Candidate, seen_numbers: dict[str, set[tuple]],
             clean: bool = False) -> Entity | None:
    """The entity a candidate names again: a near-equal folded name (OCR spells one name several ways), or
    one that extends the other. In clean text a word spelt otherwise is another name ("cụm công nghiệp Hồ
    Sơn 1" and "Hòa Sơn 1"), so there the near-equal names must have the same words but linking ones."""
    if cand.number or cand.type in ("Organization", "FundingSource"):
        return None
    body = cand.key[2:]
    if cand.type == "Law":  # "Luật Xây dựng" and "Luật Xây dựng năm 2014" in one report: the same law
        body = _LAW_YEAR.sub("", body)
        return next((e for e in entities if e.type == "Law" and fuzz.ratio(_LAW_YEAR.sub("", e.key[2:]), body) >= 90),
                    None)
    numbers = tuple(_NUMBERS(cand.key))
    for entity in entities:
        if entity.type == cand.type and not entity.number and (
                (fuzz.ratio(entity.key[2:], body) >= 92 and _NUMBERS(entity.key) == list(numbers) and
                 (not clean or _content_words(entity.label) == _content_words(cand.label)))
                or (_one_extends_the_other(entity.key[2:], body) and
                    # "Kế hoạch phát triển kinh tế - xã hội" may be said again as "… năm 2024", but then
                    # "… 5 năm 2021 - 2025" is another plan, not the same one said a third way
                    (numbers in seen_numbers[entity.id] or seen_numbers[entity.id] <= {()}))):
            return entity
    return None


def most_complete(names: list[str]) -> str:
    """The longest name, but a zone's own name over the same with "Dự án" before it ("Khu công nghiệp X",
    not "Dự án khu công nghiệp X"): the project is the zone; and a name over the same followed by "trên địa
    bàn tỉnh X"."""
    folded = {fold_key(n) for n in names}
    own = [n for n in names if not (_PROJECT_OF.match(fold_key(n)) and _PROJECT_OF.sub("", fold_key(n)) in folded)
           and _SCOPE.sub("", fold_key(n)) not in folded - {fold_key(n)}]
    return max(own or names, key=len)


_PROJECT_OF = re.compile(r"^du an (?:dau tu |xay dung )*(?=(?:khu|cum) )")
# "… trên địa bàn tỉnh X" after a name said without it too: where the report's share of it is, not its name.
_SCOPE = re.compile(r" tren dia ban (?:tinh|huyen|thanh pho)(?: [a-z]+){0,3}$")
_LAW_YEAR = re.compile(r"\s+(?:n[a-z]{1,2}m\s+)?(?:19|20)\d\d$")
# "Cụm công nghiệp An Phú 1" is not "… An Phú 2"; a digit inside a word is OCR's ("x4 hội").
_NUMBERS = re.compile(r"(?:(?<![a-z])|(?<=km))\d+").findall
PREFIX_WORDS = 7  # a name this long is specific: said again with more words after it, it is the same thing


def _one_extends_the_other(a: str, b: str) -> bool:
    """"Đề án thí điểm xây dựng cửa khẩu thông minh" and the same name followed by where it is."""
    short, long = sorted((a, b), key=len)
    return len(short.split()) >= PREFIX_WORDS and long.startswith(short + " ")


@component("restore")
def restore_labels(state: State) -> None:
    """OCR text: give each name its proper Vietnamese spelling (names fixed by a lexicon are already right)."""
    from .restore import default_restorer

    restorer = state.restorer or default_restorer()
    if state.source.clean or restorer is None:
        return
    if lost_its_diacritics(state.source.text):
        restorer = restorer.exact_only()  # nothing was misread: "cau" is "cầu", never "đầu"
    for entity in state.extraction.entities:
        if entity.number and entity.type == "Law" and " số " in entity.label:
            # "Luật Dau tu cong số 58/2024/QH15": the law's name as read, the number already canonical
            entity.rename(lambda name: _restored_before_number(name, restorer))
        if entity.number or (entity.type in ("Organization", "FundingSource") and not _read_off_the_page(entity)
                             and entity.key not in state.page_names):
            continue
        state.as_read[entity.id] = entity.label
        names = [entity.label, *entity.aliases]
        entity.rename(lambda name: restorer.restore_after(name, _lexicon_head(name), _other_readings(name, names)))
    meta = state.extraction.meta
    if meta.title:
        meta.title = spell_quarters(restorer.restore(meta.title))  # the report's own title, as a reader lists it
    if meta.issuer and (district := _DISTRICT_ISSUER.match(meta.issuer)) and district.group(2) not in CENTRAL_CITIES:
        meta.issuer = restorer.restore_after(meta.issuer, district.group(1))  # a district's name, read off the page


def _other_readings(name: str, names: list[str]) -> tuple[str, ...]:
    """The entity's other names that are this one as OCR read it again: as many words, near-equal folded."""
    count, key = len(name.split()), fold_key(name)
    return tuple(other for other in names if other != name and len(other.split()) == count
                 and fuzz.ratio(fold_key(other), key) >= READING_LIKENESS)


READING_LIKENESS = 80  # "giam nghéo bén vimg" and "giam ngheo bén viing" are 90 alike; another name far less
_DISTRICT_ISSUER = re.compile(r"((?:UBND|HĐND) (?:huyện|thị xã|quận|thành phố)) (.+)$")


def _restored_before_number(label: str, restorer) -> str:
    name, _, number = label.rpartition(" số ")
    return f"{restorer.restore_after(name, _lexicon_head(name))} số {number}" if name else label


@component("unit_names")
def unit_names(state: State) -> None:
    """OCR text: an agency's name spelt as the agency is, a district's or commune's name as the report's
    province spells its units, and a province's name as the province is spelt."""
    if state.source.clean:
        return
    def spelt(name: str, read: str | None = None) -> str:
        return _spelt_as_units(name, state.province, read)

    for entity in state.extraction.entities:
        entity.rename(spelt, label=spelt(entity.label, state.as_read.get(entity.id)))


@lru_cache(maxsize=1 << 14)
def _spelt_as_units(name: str, province: str | None, read: str | None) -> str:
    """Computed once per name, province and reading: names recur across reports."""
    return read_as_province_names(read_as_unit_names(read_as_agency_names(name, read), province, read), read)


@component("labels")
def tidy_labels(state: State) -> None:
    """One written form for every label: abbreviations spelt out, tone marks placed one way, ranges spaced,
    the report's province named where a name says "tỉnh" alone."""
    for entity in state.extraction.entities:
        province = state.province if entity.type in INITIATIVE_TYPES | LEGAL_TYPES else None
        entity.rename(lambda name: tidy_label(name, province))
        if entity.type == "Project":
            entity.rename(project_label)


@component("coalesce")
def coalesce(state: State) -> None:
    """One entity per thing, once labels are restored: two OCR spellings of one name ("huyén Muong Khirong",
    "huyen Muong Khuong") are two keys to `merge` but one label now; two phrasings of one initiative ("Dự án
    đường cao tốc A - B", "Dự án đầu tư xây dựng tuyến cao tốc A (tỉnh X) - B (tỉnh Y)") share all the
    shorter name's words."""
    kept: dict[tuple[str, str], Entity] = {}
    entities = []

    def profile(e: Entity) -> Known:
        return _words_of(e.type, e.label)

    # Blocking: an initiative is compared only with those of its type that share a word with it.
    by_word: dict[tuple[str, str], set[int]] = defaultdict(set)  # → positions in `entities`

    def index(position: int) -> None:
        e = entities[position]
        for word in _blocking_words(profile(e)):
            by_word[(e.type, word)].add(position)

    position: dict[int, int] = {}  # id(entity) → its place in `entities`
    for entity in state.extraction.entities:
        key = (entity.type, fold_key(entity.label))
        same = None if entity.number else kept.get(key)
        if same is None and not entity.number and entity.type in INITIATIVE_TYPES:
            me = profile(entity)
            nearby = sorted({i for word in _blocking_words(me) for i in by_word.get((entity.type, word), ())})
            same = next((entities[i] for i in nearby if not entities[i].number and
                         _same_initiative(profile(entities[i]), me)), None)
        if same is None:
            position[id(entity)] = len(entities)
            entities.append(entity)
            if not entity.number:
                kept[key] = entity
                if entity.type in INITIATIVE_TYPES:
                    index(position[id(entity)])
            continue
        same.mentions = sorted(same.mentions + [m for m in entity.mentions if m not in same.mentions],
                               key=lambda m: m.start)
        names = list(dict.fromkeys([same.label, *same.aliases, entity.label, *entity.aliases]))
        same.label = most_complete(names)  # as `merge` chooses
        same.aliases = [n for n in names if n != same.label]
        # Whatever folds like either name now leads to the entity that stays.
        kept[key] = kept[(same.type, fold_key(same.label))] = same
        if same.type in INITIATIVE_TYPES:
            index(position[id(same)])  # under the words of its label now
        same.date = same.date or entity.date
    entities = _periods_left_out(entities, profile)
    _complete_inner_names(entities)
    if len(entities) < len(state.extraction.entities):
        state.extraction.entities = entities
        state.placed = [Placed(e.id, e.type, m.start, m.end) for e in entities for m in e.mentions]


@lru_cache(maxsize=50_000)
def _words_of(etype: str, label: str) -> Known:
    """A name's words, as `coalesce` compares them: computed once per name, as names recur across reports."""
    return known_name("", etype, label, None, None, True)


def forget_names() -> None:
    """Empty the caches kept per name (label): what a benchmark does to time reports whose names are new to
    the process, as the restorer's `restore.cache_clear()` does for restored labels."""
    from . import admin_units, labels, text

    for cached in (_words_of, _spelt_as_units, labels.tidy_label, labels.read_as_agency_names,
                   admin_units._provinces_as_read, text._short_fold_key):
        cached.cache_clear()


def _periods_left_out(entities: list[Entity], profile: Callable[[Entity], Known]) -> list[Entity]:
    """A name said again without its period ("Quy hoạch phát triển điện lực quốc gia" after "… thời kỳ 2021 -
    2030, tầm nhìn đến năm 2050") is that one, when it is the only initiative of the report the name extends
    by a period: with two ("… năm 2024", "… 5 năm 2021 - 2025") the bare name does not say which."""
    folded = {id(e): fold_key(e.label) for e in entities}
    # each type's unnumbered names in folded order: the names extending one are found by bisection
    by_type: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for i, e in enumerate(entities):
        if not e.number:
            by_type[e.type].append((folded[id(e)], i))
    for names in by_type.values():
        names.sort()
    dropped: set[int] = set()
    for e in entities:
        name = folded[id(e)]
        if e.number or e.type not in INITIATIVE_TYPES or _A_DIGIT.search(name) or \
                len(name.split()) < _PERIODLESS_WORDS or len(specific_words(profile(e).core)) < 2:
            continue  # "Chương trình mục tiêu quốc gia" names a kind, whichever period follows
        # the names that start with "name ": from "name " up to "name!" (the character after the space)
        names = by_type[e.type]
        extending = names[bisect.bisect_left(names, (name + " ", -1)):bisect.bisect_left(names, (name + "!", -1))]
        longer = [f for other, i in extending if (f := entities[i]) is not e and id(f) not in dropped
                  and _PERIOD.match(other, len(name) + 1)]
        if len(longer) != 1:
            continue
        kept = longer[0]
        kept.mentions = sorted(kept.mentions + [m for m in e.mentions if m not in kept.mentions], key=lambda m: m.start)
        kept.aliases = list(dict.fromkeys([*kept.aliases, e.label, *e.aliases]))
        dropped.add(id(e))
    return [e for e in entities if id(e) not in dropped]


def _complete_inner_names(entities: list[Entity]) -> None:
    """A name that ends on another initiative's name said without its period ("Kế hoạch thực hiện Quy hoạch
    tỉnh" after "Quy hoạch tỉnh … thời kỳ 2021 - 2030, tầm nhìn đến năm 2050") ends on that initiative's full
    name, when only one initiative of the report is named so: the plan is the one for that planning."""
    full_of: dict[str, list[Entity]] = defaultdict(list)  # a period-less name (folded) → the initiatives it names
    for f in entities:
        if f.type in INITIATIVE_TYPES and not f.number:
            label = fold_key(f.label)
            for short in {fold_key(a) for a in f.aliases}:
                if label.startswith(short + " ") and _PERIOD.match(label, len(short) + 1):
                    full_of[short].append(f)
    if not full_of:
        return
    for e in entities:
        if e.type not in INITIATIVE_TYPES or e.number or _PERIOD.search(fold_key(e.label)):
            continue
        words = e.label.split()
        for size in range(len(words) - 1, 0, -1):  # the longest tail first, the head's own words kept
            named = full_of.get(fold_key(" ".join(words[-size:])), [])
            if len(named) == 1 and named[0] is not e:
                e.aliases = list(dict.fromkeys([*e.aliases, e.label]))
                e.label = " ".join([*words[:-size], named[0].label])
                break


_A_DIGIT = re.compile(r"\d")
_PERIODLESS_WORDS = 5  # fewer words than this, and a name without its period may be another thing
# The span a planning or a plan covers: "thời kỳ 2021 - 2030 …", "giai đoạn 2021 - 2025", "đến năm 2045"
# ("… năm 2024" after a program's name is that year's share of it, not its name).
_PERIOD = re.compile(r"(?:thoi ky|giai doan|den nam) (?:19|20)\d\d")


def _same_initiative(a: Known, b: Known) -> bool:
    """Two phrasings of one initiative in one report: the shorter name's words all in the longer one; or the
    same years and the longer name the shorter with at most three words more ("Kế hoạch đầu tư công (trung
    hạn) giai đoạn 2026 - 2030"), where folding leaves too few telling words to compare."""
    if a.numbers and a.numbers == b.numbers and any(is_year(n) for n in a.numbers) and \
            _with_a_few_more_words(_said_or_not(a), _said_or_not(b)):
        return True
    short = min(a.core, b.core, key=len)
    if len(specific_words(short)) < 2:
        return False  # "Chương trình mục tiêu quốc gia trên địa bàn tỉnh" names a kind, not one program
    if not set(a.core) & set(b.core):
        return False  # names of one report compare word for word: no word in common, no match
    return similarity(a, b) >= 0.8


def _said_or_not(name: Known) -> tuple[str, ...]:
    """A plan's words without "vốn": "kế hoạch vốn năm 2025" is the year's (public investment) capital plan,
    "Kế hoạch (vốn) đầu tư công năm 2025"."""
    return tuple(t for t in name.tokens if t != "von") if name.type == "Plan" else name.tokens


def _blocking_words(name: Known) -> set[str]:
    """What two names to compare must share: a telling word, or a year."""
    return set(name.core) | {n for n in name.numbers if is_year(n)}


def _with_a_few_more_words(a: tuple[str, ...], b: tuple[str, ...], most: int = 3) -> bool:
    """One token list is the other with at most `most` tokens inserted (in order)."""
    short, long = sorted((a, b), key=len)
    if not short or len(long) - len(short) > most:
        return False
    it = iter(long)
    return all(token in it for token in short)


def _read_off_the_page(entity: Entity) -> bool:
    """A name read off the page (a fund's, a bank's, an embassy's), not one the lexicon wrote ("Thủ tướng
    Chính phủ")."""
    return entity.label.startswith(tuple(head + " " for head in rec.NAMED_ORG_HEADS))


# The cue words a name starts with, as the lexicon spells them (longest first): restoration leaves them be.
_HEADS = sorted({label for _, _, label in CUES} | set(PLACE_LABELS) | set(rec.NAMED_ORG_HEADS), key=len, reverse=True)


def _lexicon_head(label: str) -> str:
    return next((head for head in _HEADS if label.startswith(head + " ")), "")


@component("relations")
def relations(state: State) -> None:
    ex = state.extraction
    rels = find_relations(state.doc, state.placed, state.sentences)
    # issuedBy from the legal-number grammar: the number itself names its issuer.
    ids = {(e.type, e.key): e for e in ex.entities}
    stated = {r.s for r in rels if r.p == "issuedBy"}  # "… số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh"
    for cand in state.candidates:
        if cand.issuer and cand.number:
            doc_entity = ids.get((cand.type, cand.key))
            if doc_entity and doc_entity.id in stated:
                continue  # the report names who issued it: that beats what the number's code implies
            label = _issuer_label(cand.issuer, state.province)
            org = ids.get(("Organization", "o:" + fold_key(label)))
            if doc_entity and org:
                rels.append(Relation(
                    doc_entity.id, "issuedBy", org.id, Mention(cand.start, cand.end, state.doc.text[cand.start:cand.end])))
    rels += _table_relations(state) + _investor_relations(state)
    # a numbered component listed after its project's colon is part of that project
    for cand in state.candidates:
        if cand.whole_key and (part := ids.get((cand.type, cand.key))) and (whole := ids.get((cand.type, cand.whole_key))):
            rels.append(Relation(part.id, "partOf", whole.id, Mention(cand.start, cand.end, state.doc.text[cand.start:cand.end])))
    seen = set()
    ex.relations = []
    for r in rels:
        if (r.s, r.p, r.o) not in seen:
            seen.add((r.s, r.p, r.o))
            ex.relations.append(r)


def _table_relations(state: State) -> list[Relation]:
    """In a progress table's row, what its columns say of the initiative the row names (in its name column, or
    the row's first initiative): who invests in it, what pays for it, what holds it up. The row is the evidence."""
    out = []
    for row in state.table_rows:
        start, end = row.start, row.end
        inside = [p for p in state.placed if start <= p.start and p.end <= end]
        names = [cell for cell in row.cells if cell.role == "name"]
        initiative = next((p for p in inside if p.type in INITIATIVE_TYPES and (
            not names or any(c.start <= p.start and p.end <= c.end for c in names))), None)
        if initiative is None:
            continue
        evidence = Mention(start, end, state.doc.text[start:end])
        for cell in row.cells:
            kind = _ROLE_KINDS.get(cell.role)
            named = [p for p in inside if p.type == kind and cell.start <= p.start and p.end <= cell.end]
            for p in named:
                if not any(q.start <= p.start and p.end <= q.end and (q.start, q.end) != (p.start, p.end) for q in named):
                    out.append(Relation(p.id, cell.role, initiative.id, evidence) if cell.role == "funds"
                               else Relation(initiative.id, cell.role, p.id, evidence))
    return out


def _investor_relations(state: State) -> list[Relation]:
    """Each named investor's initiative: the nearest named before its cue in the same sentence."""
    out = []
    for investor in state.investors:
        sentence = next((s for s in state.sentences if s.start <= investor.cue_start < s.end), None)
        org = next((p for p in state.placed if p.type == "Organization" and p.start == investor.start), None)
        before = [p for p in state.placed if p.type in INITIATIVE_TYPES and sentence and
                  sentence.start <= p.start and p.end <= investor.cue_start]
        if org and before:
            initiative = max(before, key=lambda p: p.end)
            out.append(Relation(initiative.id, "investedBy", org.id, Mention(
                initiative.start, investor.cue_end, state.doc.text[initiative.start:investor.cue_end])))
    return out


_ROLE_KINDS = {"investedBy": "Organization", "funds": "FundingSource", "delayedBy": "Issue"}


@component("statuses")
def statuses(state: State) -> None:
    state.extraction.statuses = find_statuses(state.doc, state.placed, state.sentences)


@component("roles")
def organisations_and_places_with_a_role(state: State) -> None:
    """An organisation is kept when the report says what it does to a plan, project or text (issues,
    approves, funds, carries out); a place, when something is said to be in it (or it in something).
    Ministries named in passing ("phối hợp với Bộ Ngoại giao") and places listed as where results were
    had ("các huyện A, B, C đạt …") are not what the graph is about. Nor is a difficulty named only as a task,
    something to resolve, that holds up nothing named ("giải quyết các vướng mắc về cơ chế bồi thường …")."""
    ex = state.extraction
    acting = {r.s for r in ex.relations} | {r.o for r in ex.relations} | {s.entity for s in ex.statuses}
    ex.entities = [e for e in ex.entities if e.id in acting or not (
        e.type in ("Organization", "Place") or (e.type == "Issue" and all(
            _TO_RESOLVE.search(state.doc.folded, max(0, m.start - 24), m.start) for m in e.mentions)))]


# "giải quyết (khó khăn,) (các) …", "tháo gỡ …", "xử lý …", "khắc phục …": a difficulty as the object of a task
_TO_RESOLVE = re.compile(r"(?:giai\s+quyet|thao\s+go|xu\s+ly|khac\s+phuc)(?:\s+kho\s+khan\s*,)?(?:\s+(?:cac|nhung))?\s*$")


PIPELINE = ["province", "metadata", "legal_numbers", "this_text", "initiatives", "organizations", "places", "funding",
            "issues", "table_cells", "investors", "merge", "restore", "unit_names", "labels", "coalesce", "relations",
            "statuses", "roles"]


def extract_source(source: SourceText, restorer=None, pipeline: list[str] = PIPELINE) -> Extraction:
    """The report's extraction, by the named components in order (a shorter `pipeline` shows what the
    components before the last one find: the recognisers' tests run without "roles")."""
    doc = build_document(source.name, source.text, source.format, source.clean)
    state = State(source, doc, sentences(doc), restorer=restorer)
    for name in pipeline:
        COMPONENTS[name](state)
    return state.extraction


def batch_restorer(clean_texts: list[str]):
    """The restorer for a batch: the shipped model, adapted to the batch's clean reports."""
    from .restore import default_restorer

    base = default_restorer()
    return base.adapted(clean_texts) if base is not None and clean_texts else base


def extract_batch(sources: list[SourceText], step: Callable[[str], None] = lambda _: None) -> list[Extraction]:
    """Several reports read together: the clean ones teach restoration how names are spelled for the rest,
    and lend their spelling to the same names in OCR reports. Extractions come in the order of `sources`."""
    restorer = batch_restorer([s.text for s in sources if s.clean])
    spellings = CleanSpellings()
    out: dict[int, Extraction] = {}
    for i in sorted(range(len(sources)), key=lambda i: not sources[i].clean):  # clean ones first
        out[i] = spellings(extract_source(sources[i], restorer))
        step(sources[i].name)
    return [out[i] for i in range(len(sources))]


def extract_report(path: str | Path) -> Extraction:
    return extract_source(read_report(path))


def extraction_warnings(ex: Extraction) -> list[str]:
    """What a reader should know about an accepted report: it may be stored yet say nothing we can use."""
    warnings = []
    if not ex.entities:
        warnings.append(f"{ex.source}: no plan, project, document or other entity was found; "
                        "the report is stored but adds nothing to the graph")
    if not ex.meta.period_start and not ex.meta.issued:
        warnings.append(f"{ex.source}: neither a reporting period nor an issue date was found")
    return warnings
