"""Incremental, idempotent ingestion: add a report, add it again, remove it."""
from tiendo.extract.pipeline import extract_report
from tiendo.kg.build import build
from tiendo.kg.store import GraphStore


def snapshot(store: GraphStore) -> list[str]:
    """The whole dataset, canonicalised: this graph has no blank nodes, so sorted N-Quads compare exactly."""
    return sorted(str(q) for q in store.store)


def test_add_twice_then_remove_restores_the_graph(tmp_path, report_files):
    store = GraphStore(tmp_path / "store")
    build([p for p in report_files if not p.name.startswith("001")], store)
    before = snapshot(store)
    added = extract_report(next(p for p in report_files if p.name.startswith("001")))
    assert store.ingest(added).changed
    with_report = snapshot(store)
    assert len(with_report) > len(before)
    assert not store.ingest(added).changed        # the same file again: nothing changes
    assert snapshot(store) == with_report
    assert store.remove_report(added.source)
    assert snapshot(store) == before              # exactly the earlier graph
    assert not store.remove_report(added.source)  # removing it again is refused


def test_an_added_report_resolves_against_what_is_stored(tmp_path, report_files):
    store = GraphStore(tmp_path / "store")
    build([p for p in report_files if p.name.startswith("002")], store)
    later = store.ingest(extract_report(next(p for p in report_files if p.name.startswith("000"))))
    _, rows = store.select("""SELECT (COUNT(DISTINCT ?r) AS ?n) WHERE {
        ?e td:documentNumber "111/2024/QH15" ; td:mentionedIn ?r }""")
    assert later.changed and rows[0][0] == "2"


def test_labels_kept_report_by_report_equal_a_full_recomputation(tmp_path, report_files):
    # Each commit carries the canonical labels it changes (one transaction); recomputing them all
    # from the report graphs must give the same canonical graph.
    store = GraphStore(tmp_path / "store")
    build(report_files, store)
    incremental = snapshot(store)
    store.refresh_canonical()
    assert snapshot(store) == incremental


def current_statuses(store: GraphStore) -> dict[str, set[str]]:
    _, rows = store.select("""SELECT ?e ?s WHERE { GRAPH <https://w3id.org/tiendo/id/graph/canonical> {
        ?e td:currentStatus ?s } }""")
    out: dict[str, set[str]] = {}
    for entity, status in rows:
        out.setdefault(entity, set()).add(status.rsplit("/", 1)[-1])
    return out


def latest_by_hand(store: GraphStore) -> dict[str, set[str]]:
    """Each entity's statuses on the latest date any report gives it, from every observation."""
    _, rows = store.select("SELECT ?e ?s ?d WHERE { GRAPH ?g { ?e td:hasStatus ?o . ?o td:status ?s ; td:asOf ?d } }")
    latest: dict[str, tuple[str, set[str]]] = {}
    for entity, status, date in rows:
        known = latest.get(entity)
        if known is None or date > known[0]:
            latest[entity] = (date, {status.rsplit("/", 1)[-1]})
        elif date == known[0]:
            known[1].add(status.rsplit("/", 1)[-1])
    return {entity: statuses for entity, (_, statuses) in latest.items()}


def test_current_status_follows_the_latest_report_in_and_out(tmp_path, report_files):
    # Reports are added oldest last here, then removed: the kept current status must always equal the
    # latest observation's, recomputed from every report graph.
    store = GraphStore(tmp_path / "store")
    build([p for p in report_files if not p.name.startswith("003")], store)
    assert current_statuses(store) == latest_by_hand(store) and current_statuses(store)
    added = extract_report(next(p for p in report_files if p.name.startswith("003")))
    store.ingest(added)
    with_report = current_statuses(store)
    assert with_report == latest_by_hand(store)
    store.remove_report(added.source)
    assert current_statuses(store) == latest_by_hand(store) != with_report
