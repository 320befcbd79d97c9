"""Every named query runs on the bundled graph and gives a real answer."""
import pytest

from tiendo.kg import queries
from tiendo.extract.text import fold_key
from tiendo.kg.iri import report_iri


def run(store, name, **params):
    q = queries.get(name)
    names, rows = store.select(q.render(params))
    return [dict(zip(names, row)) for row in rows]


def test_every_query_file_is_documented():
    found = queries.named_queries()
    assert len(found) >= 8
    for q in found.values():
        assert q.description, f"{q.name} has no comment saying what it answers"


def test_projects_by_status(built_store):
    rows = run(built_store, "projects_by_status")
    assert len(rows) > 50
    started = run(built_store, "projects_by_status", status="started")
    assert started and all(r["state"] == "started" for r in started)
    assert any("VSIP" in (r["label"] or "") for r in run(built_store, "projects_by_status"))


def test_delayed_projects_and_why(built_store):
    rows = run(built_store, "delayed_projects")
    assert rows
    # An obstacle is named, with the words of the report that name it: "(do chủ đầu tư chưa bố trí …)".
    named = [r for r in rows if r["issue"]]
    assert named and all(r["evidence"] for r in named)
    assert any("chu dau tu" in fold_key(r["evidence"]) for r in named)


def test_who_funds_what(built_store):
    rows = run(built_store, "who_funds_what")
    assert any("BOT" in r["sourceLabel"] and "Hữu Nghị - Chi Lăng" in r["initiativeLabel"] for r in rows)


def test_implementers_of_a_resolution(built_store):
    rows = run(built_store, "implementers_of", number="02/NQ-CP")
    assert rows and all("02/NQ-CP" in r["targetLabel"] for r in rows)
    assert any(r["implementerLabel"].startswith("Kế hoạch thực hiện Nghị quyết") for r in rows)


def test_project_timeline_in_date_order(built_store):
    _, found = built_store.select("""SELECT ?e WHERE { ?e skos:prefLabel ?l FILTER(CONTAINS(?l, "VSIP")) }""")
    rows = run(built_store, "project_timeline", project=found[0][0])
    dates = [r["asOf"] for r in rows]
    assert len({r["report"] for r in rows}) >= 3
    assert dates == sorted(dates)
    assert all(r["evidence"] for r in rows)


def test_documents_by_issuer_accent_insensitive(built_store):
    rows = run(built_store, "documents_by_issuer", issuer="Thu tuong")
    numbers = {r["number"] for r in rows}
    assert {"236/QĐ-TTg", "865/QĐ-TTg"} <= numbers
    assert all(r["issuerLabel"] == "Thủ tướng Chính phủ" for r in rows)


def test_projects_in_place(built_store):
    rows = run(built_store, "projects_in_place", place="Lộc Bình")
    assert rows and all("Lộc Bình" in r["placeLabel"] or "Loc Binh" in r["placeLabel"] for r in rows)


def test_status_changes_between_two_reports(built_store):
    rows = run(built_store, "status_changes", before=report_iri("002_a7f84dcfe179fb90.txt"),
               after=report_iri("000_ce199e713a2954a9.txt"))
    # Quarter I 2024: the expressway was still to be started; by September it had been started.
    assert any("Hữu Nghị - Chi Lăng" in r["label"] and r["now"] == "started" for r in rows)


def test_unknown_parameter_is_refused():
    with pytest.raises(ValueError, match="no parameter"):
        queries.get("projects_in_place").render({"city": "x"})
