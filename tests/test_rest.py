"""REST routes against the running app, with httpx."""
import httpx


def test_accent_insensitive_project_search(server):
    page = httpx.get(server + "/projects", params={"q": "huu nghi chi lang", "type": "Project"}).json()
    labels = [item["label"] for item in page["items"]]
    assert any("Hữu Nghị - Chi Lăng" in label for label in labels)
    assert page["total"] == len(page["items"]) >= 1


def test_filters_status_place_funder_and_paging(server):
    started = httpx.get(server + "/projects", params={"status": "started"}).json()
    assert started["items"] and all(i["latest_status"] == "started" for i in started["items"])
    funded = httpx.get(server + "/projects", params={"funder": "BOT"}).json()
    assert any("Hữu Nghị - Chi Lăng" in i["label"] for i in funded["items"])
    placed = httpx.get(server + "/projects", params={"place": "Lộc Bình"}).json()
    assert placed["items"]
    first = httpx.get(server + "/projects", params={"limit": 5}).json()
    second = httpx.get(server + "/projects", params={"limit": 5, "offset": 5}).json()
    assert len(first["items"]) == 5 and first["items"][0]["id"] != second["items"][0]["id"]
    assert first["total"] == second["total"] > 100


def test_timeline_in_date_order_with_evidence(server):
    page = httpx.get(server + "/projects", params={"q": "vsip"}).json()
    project = next(i for i in page["items"] if i["type"] == "Project")
    timeline = httpx.get(f"{server}/projects/{project['id']}/timeline").json()
    dates = [o["as_of"] for o in timeline["observations"]]
    assert dates == sorted(dates) and len({o["report"] for o in timeline["observations"]}) >= 3
    assert all(o["evidence"] and o["status"] for o in timeline["observations"])


def test_entity_with_relations_and_mentions(server):
    page = httpx.get(server + "/projects", params={"q": "cao toc huu nghi"}).json()
    project = next(i for i in page["items"] if i["type"] == "Project")
    body = httpx.get(f"{server}/entities/{project['id']}").json()
    assert body["types"] == ["Project"] and body["mentions"]
    assert any(link["predicate"] == "funds" for link in body["relations_in"])
    for m in body["mentions"]:
        assert m["report"].startswith("report/") and m["end"] > m["start"] and m["line"] >= 1


def test_project_card_agrees_with_the_list_and_the_timeline(server):
    page = httpx.get(server + "/projects", params={"q": "vsip"}).json()
    listed = next(i for i in page["items"] if i["type"] == "Project")
    card = httpx.get(f"{server}/projects/{listed['id']}").json()
    timeline = httpx.get(f"{server}/projects/{listed['id']}/timeline").json()["observations"]
    assert {k: card[k] for k in listed} == listed  # the same label, type and latest status as in the list
    assert card["as_of"] == max(o["as_of"] for o in timeline)
    assert set(card["reports"]) >= {o["report"] for o in timeline} and len(card["reports"]) >= 3
    place = httpx.get(server + "/sparql", params={"query": "SELECT ?p WHERE { ?p a td:Place } LIMIT 1"}).json()
    place_id = place["results"]["bindings"][0]["p"]["value"].split("/id/", 1)[1]
    refused = httpx.get(f"{server}/projects/{place_id}")
    assert refused.status_code == 404 and "/entities/" in refused.json()["detail"]


def test_reports(server):
    listed = httpx.get(server + "/reports").json()
    assert len(listed) == 5 and [r["period_end"] for r in listed] == sorted(r["period_end"] for r in listed)
    one = httpx.get(f"{server}/reports/{listed[0]['id']}").json()
    assert one == listed[0]
    assert sum(r["clean_text"] for r in listed) == 1


def test_errors_are_problem_details(server):
    for url, status in ((server + "/entities/project/no-such-thing", 404),
                        (server + "/projects/project/no-such-thing/timeline", 404),
                        (server + "/reports/report/nope", 404),
                        (server + "/projects?type=Spaceship", 422),
                        (server + "/projects?limit=0", 422)):
        resp = httpx.get(url)
        assert resp.status_code == status, url
        assert resp.headers["content-type"] == "application/problem+json"
        assert resp.json()["detail"]
