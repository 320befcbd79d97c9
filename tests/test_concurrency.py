"""Eight uploads at once all land, none lost or duplicated, while queries keep seeing whole reports."""
import threading
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from conftest import stop_server, upload, writable_server
from test_bad_input import VIETNAMESE as SMALL


PER_REPORT = """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } ?g a td:Report } GROUP BY ?g"""
UNLABELLED = """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e td:mentionedIn ?g }
    FILTER NOT EXISTS { GRAPH <https://w3id.org/tiendo/id/graph/canonical> { ?e skos:prefLabel ?l } } }"""


def variants(report_files) -> list[tuple[str, bytes]]:
    """Eight different reports: the five bundled ones and three of them for other years."""
    out = [(p.name, p.read_bytes()) for p in report_files]
    for p, year in zip(report_files[2:5], ("2031", "2032", "2033")):
        text = p.read_bytes().replace(b"2024", year.encode()).replace(b"2022", year.encode())
        out.append((f"{p.stem}-{year}.txt", text))
    return out


@pytest.fixture(scope="module")
def small_server(tmp_path_factory):
    root = tmp_path_factory.mktemp("concurrent")
    (root / "seed").mkdir()
    (root / "seed" / "seed.txt").write_text(SMALL, encoding="utf-8")
    base, proc = writable_server(root, [root / "seed" / "seed.txt"])
    yield base
    stop_server(proc)


def sparql(base: str, query: str) -> list[dict]:
    return httpx.get(base + "/sparql", params={"query": query}, timeout=60).json()["results"]["bindings"]


def test_eight_concurrent_uploads_all_land_and_readers_see_whole_reports(small_server, report_files):
    base = small_server
    reports = variants(report_files)
    seen: dict[str, set[int]] = {}
    unlabelled: list[int] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            for row in sparql(base, PER_REPORT):
                seen.setdefault(row["g"]["value"], set()).add(int(row["n"]["value"]))
            unlabelled.append(int(sparql(base, UNLABELLED)[0]["n"]["value"]))

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            answers = list(pool.map(lambda r: upload(base, r[0], r[1], timeout=600), reports))
    finally:
        done.set()
        watcher.join()
    assert [a.status_code for a in answers] == [201] * 8, [a.text for a in answers if a.status_code != 201]
    assert all(a.json()["changed"] for a in answers)
    final = {row["g"]["value"]: int(row["n"]["value"]) for row in sparql(base, PER_REPORT)}
    assert len(final) == 1 + 8 and len(httpx.get(base + "/reports").json()) == 9  # the seed and the eight
    graphs = {a.json()["graph"] for a in answers}
    assert len(graphs) == 8 and graphs <= set(final)
    # While the uploads ran, a report graph was either absent or whole: never seen at another size.
    for graph, sizes in seen.items():
        assert sizes == {final[graph]}, f"{graph} was seen at sizes {sorted(sizes)}, finally {final[graph]}"
    assert len(unlabelled) >= 3 and set(unlabelled) == {0}
    duplicates = sparql(base, """SELECT ?name (COUNT(DISTINCT ?r) AS ?n) WHERE { GRAPH ?r { ?r td:fileName ?name } }
        GROUP BY ?name HAVING (COUNT(DISTINCT ?r) > 1)""")
    assert duplicates == []
