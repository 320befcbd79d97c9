"""Interactive pages of the graph (pyvis + networkx), complete offline.

pyvis assembles the nodes and edges; the page itself is ours, because pyvis's own template loads
bootstrap from a CDN (pyvis issues #228/#229). vis-network is inlined from the copy that pyvis
ships, so the page loads nothing from anywhere. Text from reports reaches the page only as JSON
data shown with textContent: a report containing `<script>` shows it as text.
"""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
from pyvis.network import Network

from .analytics import entity_graph
from .store import GraphStore

TYPE_STYLE = {  # colour and shape by type
    "Project": ("#1f77b4", "dot"), "Program": ("#2ca02c", "diamond"), "Plan": ("#17becf", "square"),
    "Planning": ("#9467bd", "triangle"), "Scheme": ("#bcbd22", "star"), "Resolution": ("#d62728", "box"),
    "Decision": ("#ff7f0e", "box"), "Directive": ("#e377c2", "box"), "Law": ("#8c564b", "box"),
    "LegalDocument": ("#7f7f7f", "box"), "Organization": ("#393b79", "ellipse"), "Place": ("#637939", "triangleDown"),
    "FundingSource": ("#e7ba52", "hexagon"), "Issue": ("#843c39", "dot"),
}
LAYOUT_ABOVE = 300  # larger graphs get positions from networkx, so the page opens at once


def _vis_js() -> str:
    import pyvis

    return (Path(pyvis.__file__).parent / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text(encoding="utf-8")


def neighbourhood(g: nx.MultiDiGraph, center: str | None, hops: int = 1, types: set[str] | None = None,
                  predicates: set[str] | None = None) -> nx.MultiDiGraph:
    """The part of the graph to draw: all of it, or what lies within `hops` of `center`, filtered."""
    sub = g.copy()
    if predicates:
        sub.remove_edges_from([(s, o, k) for s, o, k in sub.edges(keys=True) if k not in predicates])
    if types:
        sub.remove_nodes_from([n for n, d in list(sub.nodes(data=True)) if d["type"] not in types and n != center])
    if center is not None:
        near = nx.single_source_shortest_path_length(sub.to_undirected(as_view=True), center, cutoff=hops)
        sub = sub.subgraph(near).copy()
    return sub


def timelines(store: GraphStore) -> dict[str, list[dict]]:
    _, rows = store.select("""
        SELECT ?e ?asOf ?s ?text ?file WHERE { ?e td:hasStatus ?o . ?o td:status ?s ; td:observedIn ?r ;
          td:evidence/td:text ?text . ?r td:fileName ?file OPTIONAL { ?o td:asOf ?asOf } } ORDER BY ?e ?asOf""")
    out: dict[str, list[dict]] = {}
    for iri, as_of, status, text, report in rows:
        out.setdefault(iri, []).append({"as_of": as_of, "status": status.rsplit("/", 1)[-1], "evidence": text,
                                        "report": report})
    return out


def mentions_by_entity(store: GraphStore) -> dict[str, list[str]]:
    _, rows = store.select("SELECT DISTINCT ?e ?file WHERE { ?e td:mentionedIn ?r . ?r td:fileName ?file }")
    out: dict[str, list[str]] = {}
    for iri, report in rows:
        out.setdefault(iri, []).append(report)
    return out


def page(store: GraphStore, center: str | None = None, hops: int = 1, types: set[str] | None = None,
         predicates: set[str] | None = None) -> str:
    """The HTML page for the whole graph or a neighbourhood."""
    from tiendo.extract.text import fold_key

    full = entity_graph(store)
    if center is not None and center not in full:
        raise KeyError(center)
    g = neighbourhood(full, center, hops, types, predicates)
    history = timelines(store)
    reports = mentions_by_entity(store)
    net = Network(directed=True, cdn_resources="remote")
    positions = nx.spring_layout(nx.Graph(g), seed=7, scale=1000) if len(g) > LAYOUT_ABOVE else {}
    degree = dict(g.degree())
    for node, data in g.nodes(data=True):
        colour, shape = TYPE_STYLE.get(data["type"], ("#999999", "dot"))
        steps = history.get(node, [])
        extra = {"x": float(positions[node][0]), "y": float(positions[node][1]), "physics": False} if positions else {}
        status = steps[-1]["status"] if steps else None
        tooltip = "\n".join([data["label"], data["type"] + (f" · {status}" if status else ""),
                             ", ".join(sorted(reports.get(node, [])))])
        net.add_node(node, label=data["label"][:60], title=tooltip, color=colour, shape=shape,
                     size=10 + 4 * min(degree[node], 10),
                     type=data["type"], fullLabel=data["label"], key=fold_key(data["label"]),
                     status=status, reports=sorted(reports.get(node, [])),
                     timeline=steps, **extra)
    for s, o, predicate in g.edges(keys=True):
        net.add_edge(s, o, label=predicate, title=predicate, arrows="to", font={"size": 9})
    nodes, edges, _, _, _, _ = net.get_network_data()
    data = json.dumps({"nodes": nodes, "edges": edges, "center": center, "types": TYPE_STYLE,
                       "layout": bool(positions)}, ensure_ascii=False).replace("<", "\\u003c")  # no "</script>" or "<!--" can end the block
    return _TEMPLATE.replace("/*VIS*/", _vis_js()).replace("/*DATA*/", data)


def write(store: GraphStore, out: Path, center: str | None = None, hops: int = 1) -> Path:
    out.write_text(page(store, center, hops), encoding="utf-8")
    return out


_TEMPLATE = """<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>tiendo — đồ thị</title>
<style>
 body { margin: 0; font-family: system-ui, sans-serif; display: grid; grid-template-columns: 1fr 24em; height: 100vh; }
 #graph { height: 100vh; border-right: 1px solid #ccc; }
 aside { overflow: auto; padding: .8em; font-size: .9em; }
 #legend span { display: inline-block; margin: .1em .4em .1em 0; }
 #legend i { display: inline-block; width: .8em; height: .8em; margin-right: .25em; border-radius: 50%; }
 #timeline li { margin-bottom: .5em; }
 #timeline b { text-transform: uppercase; font-size: .8em; }
 input { width: 100%; padding: .3em; box-sizing: border-box; }
</style></head>
<body><div id="graph"></div>
<aside>
 <input id="search" placeholder="Tìm / search (có dấu hoặc không dấu)">
 <div id="legend"></div>
 <h3 id="title">Chọn một nút / click a node</h3>
 <div id="meta"></div>
 <ol id="timeline"></ol>
</aside>
<script>/*VIS*/</script>
<script>
const DATA = /*DATA*/;
const nodes = new vis.DataSet(DATA.nodes), edges = new vis.DataSet(DATA.edges);
const network = new vis.Network(document.getElementById("graph"), { nodes, edges }, {
  physics: { enabled: !DATA.layout, stabilization: { iterations: 200 } },
  interaction: { hover: true }, edges: { smooth: false } });
// Physics settles, then stops: the drawing holds still for reading.
network.once("stabilizationIterationsDone", () => network.setOptions({ physics: false }));
window.tiendo = { network, nodes, edges, rendered: false };
network.once("afterDrawing", () => { window.tiendo.rendered = true; });
const legend = document.getElementById("legend");
for (const [type, [colour]] of Object.entries(DATA.types)) {
  const item = document.createElement("span"), dot = document.createElement("i");
  dot.style.background = colour; item.append(dot, type); legend.append(item);
}
const fold = s => s.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
function show(id) {
  const n = nodes.get(id); if (!n) return;
  document.getElementById("title").textContent = n.fullLabel;
  const meta = document.getElementById("meta");
  meta.textContent = n.type + (n.status ? " · " + n.status : "") + " · " + n.reports.join(", ");
  const list = document.getElementById("timeline"); list.replaceChildren();
  for (const step of n.timeline) {
    const li = document.createElement("li"), b = document.createElement("b"), q = document.createElement("div");
    b.textContent = (step.as_of || "?") + " " + step.status; q.textContent = "“" + step.evidence + "” — " + step.report;
    li.append(b, q); list.append(li);
  }
}
network.on("click", params => { if (params.nodes.length) show(params.nodes[0]); });
document.getElementById("search").addEventListener("input", e => {
  const words = fold(e.target.value).split(/\\s+/).filter(Boolean); if (!words.length) return;
  const hit = nodes.get({ filter: n => words.every(w => (" " + n.key + " ").includes(" " + w)) })[0];
  if (hit) { network.selectNodes([hit.id]); network.focus(hit.id, { scale: 1.2 }); show(hit.id); }
});
if (DATA.center) { network.selectNodes([DATA.center]); show(DATA.center); }
</script></body></html>
"""
