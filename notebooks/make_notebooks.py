"""Writes the three notebooks from the cells below, so that their source stays reviewable as code.

    .venv/bin/python notebooks/make_notebooks.py
"""
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

OPEN_GRAPH = '''import os, tempfile
from pathlib import Path
from tiendo.kg.store import GraphStore
from tiendo.kg.build import build, report_files

# The graph of the bundled reports: the one `make build` wrote, or a fresh one built here.
root = Path.cwd().parent if Path.cwd().name == "notebooks" else Path.cwd()
path = Path(os.environ.get("TIENDO_STORE", root / "var" / "store"))
if not path.exists():
    path = Path(tempfile.mkdtemp()) / "store"
    build(report_files(root / "data" / "reports"), GraphStore(path))
store = GraphStore(path, read_only=True)
print(store.summary()["reports"], "reports,", store.summary()["quads"], "quads")'''

NOTEBOOKS = {
    "01_sparql_for_planners.ipynb": [
        new_markdown_cell("# SPARQL for planners\n\nThe named questions of `kg/queries/`, answered on the "
                          "bundled reports, as tables; then how many initiatives are in each status."),
        new_code_cell(OPEN_GRAPH),
        new_code_cell('''import pandas as pd
from tiendo.kg.queries import named_queries

def ask(name, **params):
    names, rows = store.select(named_queries()[name].render(params))
    return pd.DataFrame(rows, columns=names)

for q in named_queries().values():
    print(f"{q.name}: {q.description}")'''),
        new_code_cell('''latest = ask("projects_by_status")
latest[["label", "state", "asOf"]].head(15)'''),
        new_code_cell('''ask("who_funds_what")[["sourceLabel", "initiativeLabel"]].drop_duplicates()'''),
        new_code_cell('''ask("documents_by_issuer", issuer="thu tuong")'''),
        new_code_cell('''ask("delayed_projects")[["label", "issue", "evidence"]]'''),
        new_code_cell('''import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

counts = latest.drop_duplicates("initiative")["state"].value_counts()
ax = counts.plot.bar(title="Latest status of each initiative", color="#1f4e79")
ax.set_ylabel("initiatives")
plt.tight_layout()
assert counts.sum() > 50
counts'''),
    ],
    "02_explore_graph.ipynb": [
        new_markdown_cell("# Exploring the graph\n\nThe interactive page (offline) and what networkx says of it."),
        new_code_cell(OPEN_GRAPH),
        new_code_cell('''from IPython.display import HTML
from tiendo.kg.viz import page

_, rows = store.select("""SELECT ?e WHERE { ?e skos:prefLabel ?l ; a td:Project
    FILTER(CONTAINS(?l, "cao tốc") && CONTAINS(?l, "Chi Lăng")) }""")
expressway = rows[0][0]
html = page(store, expressway, hops=2)
HTML(f'<iframe srcdoc="{html.replace(chr(34), "&quot;")}" style="width:100%;height:520px;border:0"></iframe>')'''),
        new_code_cell('''import pandas as pd
from tiendo.kg import analytics

g = analytics.entity_graph(store)
print(g.number_of_nodes(), "entities,", g.number_of_edges(), "relations")
pd.DataFrame(analytics.most_central(g, {"Decision", "Resolution", "Program", "Plan"}, k=10),
             columns=["iri", "label", "pagerank"])'''),
        new_code_cell('''parts = analytics.components(g)
[len(p) for p in parts[:10]]'''),
        new_code_cell('''decision = next(n for n, d in g.nodes(data=True) if "236/QĐ-TTg" in d["label"])
[g.nodes[n]["label"] for n in analytics.dependents(g, decision)]'''),
    ],
    "03_trace_project.ipynb": [
        new_markdown_cell("# Tracing a project across reports\n\nThe Hữu Nghị - Chi Lăng expressway: what each "
                          "report said of it, with its words."),
        new_code_cell(OPEN_GRAPH),
        new_code_cell('''import pandas as pd
from tiendo.kg.queries import named_queries

_, rows = store.select("""SELECT ?e ?l WHERE { ?e skos:prefLabel ?l ; a td:Project
    FILTER(CONTAINS(?l, "cao tốc") && CONTAINS(?l, "Chi Lăng")) }""")
project, label = rows[0]
names, steps = store.select(named_queries()["project_timeline"].render({"project": project}))
timeline = pd.DataFrame(steps, columns=names)
print(label)
timeline[["asOf", "status", "evidence", "report"]]'''),
        new_code_cell('''import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt

order = ["proposed", "procurement", "approved", "planned", "started", "in_progress", "delayed", "suspended", "completed"]
points = timeline.assign(date=pd.to_datetime(timeline["asOf"]), rank=timeline["status"].map(order.index))
fig, ax = plt.subplots(figsize=(8, 3))
ax.scatter(points["date"], points["rank"], color="#1f4e79")
ax.set_yticks(range(len(order)), order)
ax.set_title(label)
plt.tight_layout()
assert timeline["report"].nunique() >= 3
points[["date", "status"]]'''),
    ],
}


def main() -> None:
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                               "language": "python"}})
        nbformat.write(nb, HERE / name)
        print("wrote", HERE / name)


if __name__ == "__main__":
    main()
