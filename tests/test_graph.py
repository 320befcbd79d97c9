"""The graph built from the bundled reports: types, labels, mentions and named-graph provenance."""

import pytest

from tiendo.kg.iri import report_iri


def test_every_report_has_its_named_graph(built_store, report_files):
    assert sorted(built_store.reports()) == sorted(report_iri(p.name) for p in report_files)


def test_counts_by_type_are_plausible(built_store):
    summary = built_store.summary()
    entities = summary["entities"]
    assert summary["reports"] == 5
    for etype in ("Plan", "Planning", "Program", "Project", "Scheme", "Resolution", "Decision", "Organization",
                  "Place", "FundingSource"):
        assert entities.get(etype, 0) >= 3, f"too few {etype}: {entities}"
    assert 200 <= sum(entities.values()) <= 1500
    assert summary["relations"]["issuedBy"] >= 20
    assert summary["status_observations"] >= 50


def test_every_entity_has_a_vietnamese_label_and_a_mention(built_store):
    _, missing_label = built_store.select("""
        SELECT DISTINCT ?e WHERE { ?e td:mentionedIn ?r .
          FILTER NOT EXISTS { ?e rdfs:label ?l FILTER(langMatches(lang(?l), "vi")) } }""")
    _, missing_mention = built_store.select("""
        SELECT DISTINCT ?e WHERE { ?e td:mentionedIn ?r . FILTER NOT EXISTS { ?e td:mention ?m } }""")
    assert missing_label == [] and missing_mention == []


def test_mentions_point_at_the_exact_text(built_store, report_files):
    texts = {report_iri(p.name): p.read_text(encoding="utf-8") for p in report_files}
    _, rows = built_store.select("""
        SELECT ?r ?s ?e ?t WHERE { ?m a td:Mention ; td:inReport ?r ; td:start ?s ; td:end ?e ; td:text ?t }""")
    assert len(rows) > 500
    for report, start, end, text in rows:
        assert texts[report][int(start):int(end)] == text


def test_named_graph_says_where_a_fact_came_from(built_store):
    # Resolution 111/2024/QH15 is issued by the National Assembly: the quarter-I 2024 report says so.
    _, rows = built_store.select("""
        SELECT DISTINCT ?report WHERE {
          GRAPH ?report { ?doc td:documentNumber "111/2024/QH15" ; td:issuedBy ?org . ?org rdfs:label ?l }
          FILTER(STR(?l) = "Quốc hội") }""")
    reports = {r[0].rsplit("/", 1)[-1] for r in rows}
    assert "002-a7f84dcfe179fb90" in reports
    assert all(r.startswith("https://w3id.org/tiendo/id/report/") for r, in rows)


def test_same_legal_document_has_one_iri_across_reports(built_store):
    _, rows = built_store.select("""
        SELECT ?d (COUNT(DISTINCT ?r) AS ?n) WHERE { ?d td:documentNumber "326/QĐ-TTg" ; td:mentionedIn ?r }
        GROUP BY ?d""")
    assert len(rows) == 1 and int(rows[0][1]) >= 2


def test_ingesting_the_same_report_again_changes_nothing(built_store, report_files):
    from tiendo.extract.pipeline import extract_report

    before = len(built_store.store)
    result = built_store.ingest(extract_report(report_files[2]))
    assert result.changed is False
    assert len(built_store.store) == before


def test_a_bad_file_stops_the_build_and_leaves_the_store_as_it_was(tmp_path, report_files):
    from tiendo.extract.reader import ReportError
    from tiendo.kg.build import build
    from tiendo.kg.store import GraphStore

    store = GraphStore(tmp_path / "store")
    build(report_files[:1], store)
    before = sorted(str(q) for q in store.store)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a_good.txt").write_bytes(report_files[3].read_bytes())
    (folder / "b_broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    from tiendo.kg.build import report_files as list_reports
    with pytest.raises(ReportError, match="b_broken.txt"):
        build(list_reports(folder), store)
    assert sorted(str(q) for q in store.store) == before
