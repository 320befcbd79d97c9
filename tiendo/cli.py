"""The `tiendo` command line: build, annotate, query, export, serve."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

app = typer.Typer(help="tiendo: a knowledge graph of Vietnamese provincial reports.", no_args_is_help=True,
                  add_completion=False)
console = Console()
err = Console(stderr=True)

DEFAULT_STORE = Path("var/store")
DEFAULT_REPORTS = Path("data/reports")


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(1)


@app.command()
def build(reports: Path = typer.Option(DEFAULT_REPORTS, help="Folder of report files."),
          store: Path = typer.Option(DEFAULT_STORE, help="Folder of the embedded store.")) -> None:
    """Read every report, extract, and write the graph into the embedded store."""
    from tiendo.extract.reader import ReportError
    from tiendo.kg.build import build as run_build, report_files
    from tiendo.kg.store import GraphStore

    try:
        files = report_files(reports)
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      TimeElapsedColumn(), console=err, transient=True) as progress:
            task = progress.add_task("extracting", total=len(files))
            graph = GraphStore(store)
            result = run_build(files, graph, step=lambda name: progress.update(task, advance=1,
                                                                               description=f"extracting {name}"))
    except ReportError as exc:
        _fail(f"{exc} (nothing was written to the store)")
    _print_summary(graph.summary(), result.changed)


def _print_summary(summary: dict, changed: int) -> None:
    console.print(f"[bold]{summary['reports']}[/] reports ({changed} ingested now), "
                  f"[bold]{summary['quads']}[/] quads, {summary['status_observations']} status observations")
    console.print(_count_table("entities by type", "type", summary["entities"]))
    console.print(_count_table("relations by predicate", "predicate", summary["relations"]))


def _count_table(title: str, column: str, counts: dict[str, int]) -> Table:
    table = Table(title=title)
    table.add_column(column)
    table.add_column("count", justify="right")
    for key, n in counts.items():
        table.add_row(key, str(n))
    return table


@app.command()
def annotate(reports: list[Path] = typer.Argument(..., help="Report files."),
             out: Path = typer.Option(..., "--out", help="Folder for one JSON per report.")) -> None:
    """Write extractions in the gold-annotation format (with each entity's graph IRI)."""
    from tiendo.extract.annotate import to_annotation
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import ReportError, read_report
    from tiendo.kg.rdf import extraction_quads

    out.mkdir(parents=True, exist_ok=True)
    for path in reports:
        try:
            ex = extract_source(read_report(path))
        except ReportError as exc:
            _fail(str(exc))
        _, _, iris = extraction_quads(ex)
        target = out / (path.stem + ".json")
        target.write_text(json.dumps(to_annotation(ex, iris), ensure_ascii=False, indent=1), encoding="utf-8")
        console.print(f"{path.name}: {len(ex.entities)} entities, {len(ex.relations)} relations, "
                      f"{len(ex.statuses)} statuses → {target}")


@app.command()
def query(sparql: Optional[str] = typer.Argument(None, help="A SPARQL query."),
          file: Optional[Path] = typer.Option(None, "--file", help="Read the query from a .rq file."),
          fmt: str = typer.Option("table", "--format", help="table, json or csv."),
          store: Path = typer.Option(DEFAULT_STORE, help="Folder of the embedded store.")) -> None:
    """Run a SPARQL query over the union of all report graphs."""
    from tiendo.kg.store import GraphStore

    if file:
        sparql = file.read_text(encoding="utf-8")
    if not sparql:
        _fail("give a query, or --file Q.rq")
    if fmt not in ("table", "json", "csv"):
        _fail(f"unknown format {fmt!r}: choose table, json or csv")
    if not store.exists():
        _fail(f"no store at {store}: run `tiendo build` first")
    graph = GraphStore(store, read_only=True)
    try:
        if fmt != "table":
            sys.stdout.buffer.write(graph.serialize_results(sparql, fmt))
            return
        names, rows = graph.select(sparql)
    except SyntaxError as exc:
        _fail(f"the query is not valid SPARQL: {exc}")
    table = Table(*names)
    for row in rows:
        table.add_row(*("" if v is None else v for v in row))
    console.print(table)
    console.print(f"{len(rows)} rows")


@app.command()
def export(fmt: str = typer.Option("nq", "--format", help="ttl, nq, trig or jsonld."),
           out: Path = typer.Option(..., "--out", help="File to write."),
           store: Path = typer.Option(DEFAULT_STORE, help="Folder of the embedded store.")) -> None:
    """Export the graph to a file."""
    from tiendo.kg.store import GraphStore

    if not store.exists():
        _fail(f"no store at {store}: run `tiendo build` first")
    try:
        GraphStore(store, read_only=True).export(out, fmt)
    except ValueError as exc:
        _fail(str(exc))
    console.print(f"wrote {out}")


@app.command()
def serve(store: Path = typer.Option(DEFAULT_STORE, help="Folder of the embedded store."),
          host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the graph over HTTP (SPARQL endpoint and health check)."""
    import os

    import uvicorn

    os.environ["TIENDO_STORE"] = str(store)
    uvicorn.run("tiendo.api.app:app", host=host, port=port)


if __name__ == "__main__":
    app()
