"""The graph page in a real browser (Debian's Chromium, headless), with every non-loopback request blocked."""
import shutil
import time
from pathlib import Path

import httpx
import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
SCREENSHOT = Path(__file__).resolve().parent.parent / "docs" / "img" / "graph-neighbourhood.png"
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")


def test_neighbourhood_page_renders_offline_and_shows_a_timeline(server, built_store):
    from playwright.sync_api import sync_playwright

    _, rows = built_store.select("""SELECT ?e WHERE { ?e skos:prefLabel ?l ; a td:Project
        FILTER(CONTAINS(?l, "cao tốc") && CONTAINS(?l, "Hữu Nghị - Chi Lăng")) }""")
    iri = rows[0][0]
    url = f"{server}/graph/{iri.split('/id/', 1)[1]}?hops=2"
    outside = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})

        def only_loopback(route):
            if route.request.url.startswith(("http://127.0.0.1", "data:", "about:")):
                return route.continue_()
            outside.append(route.request.url)
            return route.abort()
        page.route("**/*", only_loopback)
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_function("window.tiendo && window.tiendo.rendered", timeout=15000)
        rendered = time.perf_counter() - started
        shown = page.evaluate("window.tiendo.nodes.length")
        expected = httpx.get(url, timeout=60).text.count('"fullLabel"')
        assert shown == expected > 1
        # Click the project itself where the network drew it.
        point = page.evaluate(f"""(() => {{ const n = window.tiendo.network;
            const p = n.canvasToDOM(n.getPositions([{iri!r}])[{iri!r}]); return [p.x, p.y]; }})()""")
        page.mouse.click(point[0], point[1])
        page.wait_for_function("document.querySelectorAll('#timeline li').length > 0")
        steps = page.locator("#timeline li").all_inner_texts()
        assert len(steps) >= 3 and "Hữu Nghị - Chi Lăng" in page.locator("#title").inner_text()
        page.screenshot(path=str(SCREENSHOT))
        browser.close()
    assert outside == []
    print(f"rendered in {rendered:.2f} s")  # recorded in docs/benchmarks.md, not asserted
