"""Every named query runs on the bundled graph and gives a real answer."""
import json

import pytest

from tiendo.extract.text import fold_key
from tiendo.kg import queries
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
    # Each row's words are those of its own report, not another report's about the same project.
    for r in rows:
        _, found = built_store.select(f"""SELECT ?e WHERE {{ GRAPH <{r['report']}> {{ ?e td:text ?t }}
                                          FILTER(STR(?t) = {json.dumps(r['evidence'])}) }} LIMIT 1""")
        assert found, (r["label"], r["report"])


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


def test_documents_by_issuer_every_issuer_sorted(built_store):
    rows = run(built_store, "documents_by_issuer")
    # Without a word, every issuer's documents; each once, by issuer then number.
    assert len({r["issuerLabel"] for r in rows}) >= 3
    assert len(rows) == len({(r["document"], r["number"], r["issuerLabel"]) for r in rows})
    keys = [(r["issuerLabel"].lower(), r["number"].lower()) for r in rows]
    assert keys == sorted(keys)
    assert {r["document"] for r in run(built_store, "documents_by_issuer", issuer="thu tuong")} < {r["document"] for r in rows}


def test_projects_in_place_without_a_place_lists_every_located_initiative(built_store):
    rows = run(built_store, "projects_in_place")
    _, located = built_store.select("SELECT DISTINCT ?i ?p ?g WHERE { GRAPH ?g { ?i td:locatedIn ?p } }")
    assert len(rows) == len(located)
    keys = [(r["placeLabel"].lower(), r["label"].lower()) for r in rows]
    assert keys == sorted(keys)


def test_a_line_only_with_a_parameter_is_left_out_without_it(tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("# Things, by name.\n# param name: part of a name, accent-insensitive (folded) (optional)\n"
                    "SELECT ?x WHERE {\n  ?x rdfs:label ?l .\n  FILTER(CONTAINS(?l, ?name))  # only with name\n}\n")
    q = queries.load(path)
    assert "CONTAINS" not in q.render({})
    assert 'CONTAINS(?l, "bac ha")' in q.render({"name": "Bắc Hà"})
    path.write_text("# Things.\nSELECT ?x WHERE {\n  FILTER(CONTAINS(?l, ?name))  # only with name\n}\n")
    with pytest.raises(ValueError, match="only with 'name', which is no parameter"):
        queries.load(path)


def test_unknown_parameter_is_refused():
    with pytest.raises(ValueError, match="no parameter"):
        queries.get("projects_in_place").render({"city": "x"})


def store_of(texts: dict[str, str]):
    """An in-memory store of short reports, one per (file name, text)."""
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text
    from tiendo.kg.store import GraphStore

    store = GraphStore()
    for name, text in texts.items():
        store.ingest(extract_source(read_text(text.encode("utf-8"), name)))
    return store


def test_delayed_projects_pairs_each_report_with_its_own_words():
    texts = {
        "a.txt": "Dự án đường tránh thị trấn Bình Gia chậm tiến độ do vướng mắc về giải phóng mặt bằng tại xã Hồng Phong.",
        "b.txt": "Tiến độ Dự án đường tránh thị trấn Bình Gia còn chậm (do vướng mắc về giải phóng mặt bằng tại xã Hồng Phong).",
    }
    rows = run(store_of(texts), "delayed_projects")
    assert {r["report"] for r in rows} == {report_iri("a.txt"), report_iri("b.txt")}
    assert all(r["issue"] for r in rows)
    for r in rows:
        own = texts["a.txt" if r["report"] == report_iri("a.txt") else "b.txt"]
        assert r["evidence"] in own, (r["report"], r["evidence"])


def test_delayed_projects_names_only_the_obstacles_the_rows_report_names():
    rows = run(store_of({
        "a.txt": "Dự án đường tránh thị trấn Bình Gia chậm tiến độ do vướng mắc về giải phóng mặt bằng tại xã Hồng Phong.",
        "b.txt": "Dự án đường tránh thị trấn Bình Gia chậm tiến độ.",
    }), "delayed_projects")
    # Report b says the project is late but not why: its row names no obstacle, not report a's.
    assert {(r["report"], bool(r["issue"])) for r in rows} == {(report_iri("a.txt"), True),
                                                               (report_iri("b.txt"), False)}


def test_delayed_projects_gives_a_named_cause_once_with_the_words_that_name_it():
    texts = {
        "a.txt": "Dự án đường tránh thị trấn Bình Gia chậm tiến độ do vướng mắc về giải phóng mặt bằng tại xã Hồng Phong.",
        "b.txt": "Dự án đường tránh thị trấn Bình Gia chậm tiến độ.",
    }
    rows = run(store_of(texts), "delayed_projects")
    # Report a says why: one row, the cause's, quoting the clause that gives it (not also the bare
    # "chậm tiến độ" paired with the cause); report b says only that it is late: one row, no cause.
    by_report = {r["report"]: r for r in rows}
    assert len(rows) == len(by_report) == 2
    assert "do vướng mắc" in by_report[report_iri("a.txt")]["evidence"]
    assert by_report[report_iri("a.txt")]["issue"] and not by_report[report_iri("b.txt")]["issue"]


def test_the_readme_example_queries_answer(built_store):
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```sparql\n(.*?)```", readme, re.DOTALL)
    assert len(examples) >= 3
    for sparql in examples:
        _, rows = built_store.select(sparql)
        assert rows, sparql


def test_a_query_as_written_answers_as_without_its_optional_parameter(built_store):
    # The query page shows the text as written; run so, an optional filter is no filter.
    for name in ("projects_in_place", "documents_by_issuer"):
        query = queries.get(name)
        _, as_written = built_store.select(query.text)
        _, rendered = built_store.select(query.render({}))
        assert as_written and sorted(map(tuple, as_written)) == sorted(map(tuple, rendered)), name
