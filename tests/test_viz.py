"""Interactive pages: offline, complete, and safe with whatever text reports hold."""
import json
import re

import httpx

from tiendo.kg.analytics import entity_graph
from tiendo.kg.viz import page


def data_of(html: str) -> dict:
    return json.loads(re.search(r"const DATA = (.*?);\n", html).group(1).replace("<\\/", "</"))


def test_whole_graph_page_is_offline_and_complete(built_store):
    html = page(built_store)
    assert not re.search(r"<(?:script|link)[^>]+(?:src|href)=", html)  # every asset is inline
    assert "vis.Network" in html
    data = data_of(html)
    assert len(data["nodes"]) == entity_graph(built_store).number_of_nodes()
    assert data["layout"] is True  # a graph of this size opens with a precomputed layout


def test_neighbourhood_page_carries_timelines(built_store):
    _, rows = built_store.select('SELECT ?e WHERE { ?e skos:prefLabel ?l ; a td:Project FILTER(CONTAINS(?l, "VSIP")) }')
    data = data_of(page(built_store, rows[0][0], hops=1))
    center = next(n for n in data["nodes"] if n["id"] == rows[0][0])
    assert len({step["report"] for step in center["timeline"]}) >= 3
    assert 1 <= len(data["nodes"]) < 60


def test_report_text_cannot_inject_script(tmp_path):
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text
    from tiendo.kg.store import GraphStore

    store = GraphStore(tmp_path / "store")
    text = "Tập trung thi công Dự án “Xây dựng đường </script><script>alert(1)</script> Bắc Sơn” năm 2024."
    store.ingest(extract_source(read_text(text.encode(), "hostile.txt")), validate=False)
    html = page(store)
    assert "<script>alert(1)</script>" not in html
    assert any("alert(1)" in n["fullLabel"] for n in data_of(html)["nodes"])  # shown, as text


def test_pages_are_served_by_the_api(server, built_store):
    whole = httpx.get(server + "/graph", timeout=60)
    assert whole.status_code == 200 and "text/html" in whole.headers["content-type"]
    _, rows = built_store.select('SELECT ?e WHERE { ?e skos:prefLabel ?l ; a td:Project FILTER(CONTAINS(?l, "VSIP")) }')
    short = rows[0][0].split("/id/", 1)[1]
    near = httpx.get(f"{server}/graph/{short}", params={"hops": 2, "relations": "locatedIn,funds"}, timeout=60)
    assert near.status_code == 200 and short in near.text
    assert httpx.get(server + "/graph/project/no-such-thing").status_code == 404
