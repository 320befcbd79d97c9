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

DEFAULT_STORE = "var/store"
STORE_HELP = ("Folder of the embedded store, or a SPARQL 1.1 server: "
              "sparql+http://user:pass@host:port/sparql?update=…&gsp=… (see README).")
DEFAULT_REPORTS = Path("data/reports")


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(1)


@app.command()
def build(reports: Path = typer.Option(DEFAULT_REPORTS, help="Folder of report files."),
          store: str = typer.Option(DEFAULT_STORE, envvar="TIENDO_STORE", help=STORE_HELP),
          jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extract on this many processes."),
          dask: Optional[str] = typer.Option(None, "--dask", help="Extract on the Dask cluster whose scheduler "
                                             "is at this address (tcp://host:8786); needs tiendo[dask].")) -> None:
    """Read every report, extract, and write the graph into the embedded store."""
    from tiendo.extract.reader import ReportError
    from tiendo.kg.build import build as run_build, report_files
    from tiendo.kg.remote import RemoteStoreError
    from tiendo.kg.store import GraphStore
    from tiendo.kg.validate import ValidationError

    try:
        files = report_files(reports)
        with Progress(TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total}"),
                      TimeElapsedColumn(), console=err, transient=True) as progress:
            task = progress.add_task("extracting", total=len(files))
            graph = GraphStore(store)
            result = run_build(files, graph, step=lambda name: progress.update(task, advance=1,
                                                                               description=f"extracting {name}"),
                               jobs=jobs, dask=dask)
    except RemoteStoreError as exc:
        _fail(f"{exc} (reports written before this stay whole; run the build again to finish)")
    except (ReportError, ValidationError, RuntimeError, ValueError) as exc:
        _fail(f"{exc} (nothing was written to the store)")
    _warn(result.warnings)
    _print_summary(graph.summary(), result.changed)


def _warn(warnings: list[str]) -> None:
    for warning in warnings:
        err.print(f"[bold yellow]warning:[/] {warning}")


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
    """Write extractions in the gold-annotation format, each entity with its graph IRI.

    The reports are resolved together (clean texts first), so one thing has one IRI in every file."""
    from tiendo.extract.annotate import to_annotation
    from tiendo.extract.pipeline import extract_batch
    from tiendo.extract.reader import ReportError, read_report
    from tiendo.kg.rdf import extraction_quads
    from tiendo.kg.resolve import Resolver

    try:
        extractions = list(zip(reports, extract_batch([read_report(path) for path in reports])))
    except ReportError as exc:
        _fail(str(exc))
    out.mkdir(parents=True, exist_ok=True)
    resolver = Resolver()
    for path, ex in sorted(extractions, key=lambda pe: (not pe[1].clean, pe[1].source)):
        _, _, iris = extraction_quads(ex, resolver)
        target = out / (path.stem + ".json")
        target.write_text(json.dumps(to_annotation(ex, iris), ensure_ascii=False, indent=1), encoding="utf-8")
        console.print(f"{path.name}: {len(ex.entities)} entities, {len(ex.relations)} relations, "
                      f"{len(ex.statuses)} statuses → {target}")


@app.command()
def query(sparql: Optional[str] = typer.Argument(None, help="A SPARQL query."),
          file: Optional[Path] = typer.Option(None, "--file", help="Read the query from a .rq file."),
          name: Optional[str] = typer.Option(None, "--name", help="Run a named query of kg/queries (see `tiendo queries`)."),
          param: list[str] = typer.Option([], "--param", help="key=value for a named query's parameter."),
          fmt: str = typer.Option("table", "--format", help="table, json or csv."),
          store: str = typer.Option(DEFAULT_STORE, envvar="TIENDO_STORE", help=STORE_HELP)) -> None:
    """Run a SPARQL query over the union of all report graphs."""
    from tiendo.kg import queries

    try:
        if name:
            sparql = queries.get(name).render(queries.parse_params(param))
        elif param:
            _fail("--param goes with --name")
    except ValueError as exc:
        _fail(str(exc))
    if file:
        sparql = file.read_text(encoding="utf-8")
    if not sparql:
        _fail("give a query, --file Q.rq or --name NAME")
    if fmt not in ("table", "json", "csv"):
        _fail(f"unknown format {fmt!r}: choose table, json or csv")
    graph = _open(store)
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


@app.command("queries")
def list_queries() -> None:
    """List the named queries with what they answer and their parameters."""
    from tiendo.kg.queries import named_queries

    table = Table("name", "answers", "parameters")
    for q in named_queries().values():
        table.add_row(q.name, q.description, "\n".join(f"{k}: {v}" for k, v in q.params.items()))
    console.print(table)


@app.command()
def ingest(reports: list[Path] = typer.Argument(..., help="Report files to add or update."),
           store: str = typer.Option(DEFAULT_STORE, envvar="TIENDO_STORE", help=STORE_HELP)) -> None:
    """Add reports to the graph (their entities are resolved against what is stored); the same file twice is a no-op."""
    from tiendo.extract.reader import ReportError
    from tiendo.kg.build import build as run_build
    from tiendo.kg.store import GraphStore
    from tiendo.kg.validate import ValidationError

    try:
        result = run_build(reports, GraphStore(store))
    except (ReportError, ValidationError) as exc:
        _fail(f"{exc} (nothing was written to the store)")
    _warn(result.warnings)
    for item in result.ingested:
        console.print(f"{item.report}: {'added' if item.changed else 'unchanged (already stored)'} "
                      f"{item.quads} quads → {item.graph}")


@app.command()
def remove(report: str = typer.Argument(..., help="File name of the report to remove, e.g. 002_….txt."),
           store: str = typer.Option(DEFAULT_STORE, envvar="TIENDO_STORE", help=STORE_HELP)) -> None:
    """Remove a report's statements from the graph."""
    from tiendo.kg.store import GraphStore

    if not GraphStore(store).remove_report(report):
        _fail(f"no report named {report!r} in {store}")
    console.print(f"removed {report}")


def _open(store: str):
    from tiendo.kg.remote import is_remote
    from tiendo.kg.store import GraphStore

    if not is_remote(store) and not Path(store).exists():
        _fail(f"no store at {store}: run `tiendo build` first")
    return GraphStore(store, read_only=True)


@app.command()
def export(fmt: str = typer.Option("nq", "--format", help="ttl, nq, trig or jsonld."),
           out: Path = typer.Option(..., "--out", help="File to write."),
           store: str = typer.Option(DEFAULT_STORE, envvar="TIENDO_STORE", help=STORE_HELP)) -> None:
    """Export the graph to a file."""

    try:
        _open(store).export(out, fmt)
    except ValueError as exc:
        _fail(str(exc))
    console.print(f"wrote {out}")


@app.command()
def viz(entity: Optional[str] = typer.Argument(None, help="An entity id (project/…) or IRI; the whole graph without one."),
        out: Path = typer.Option(Path("graph.html"), "--out", help="The HTML file to write."),
        hops: int = typer.Option(1, help="How far from the entity to draw."),
        store: str = typer.Option(DEFAULT_STORE, envvar="TIENDO_STORE", help=STORE_HELP)) -> None:
    """Write an interactive, offline page of the graph or of an entity's neighbourhood."""
    from tiendo.kg.iri import ID
    from tiendo.kg.viz import write

    center = None if entity is None else entity if entity.startswith("http") else ID + entity.strip("/")
    try:
        write(_open(store), out, center, hops)
    except KeyError:
        _fail(f"no entity {entity!r} in the graph")
    console.print(f"wrote {out}")


@app.command()
def serve(store: str = typer.Option(DEFAULT_STORE, envvar="TIENDO_STORE", help=STORE_HELP),
          host: str = "127.0.0.1", port: int = 8000,
          workers: int = typer.Option(1, min=1, help="Server processes (read-only servers only).")) -> None:
    """Serve the graph over HTTP (SPARQL endpoint and health check)."""
    import os

    import uvicorn

    if workers > 1 and os.environ.get("TIENDO_UPDATE_TOKEN"):
        _fail("--workers above 1 needs a read-only server (no TIENDO_UPDATE_TOKEN): uploads resolve entities "
              "against the store one at a time, which one process guarantees")
    os.environ["TIENDO_STORE"] = str(store)
    uvicorn.run("tiendo.api.app:app", host=host, port=port, workers=workers)


def main() -> None:
    """The console script: a remote store that fails is reported in one line, not a traceback."""
    from tiendo.kg.remote import RemoteStoreError

    try:
        app()
    except RemoteStoreError as exc:
        err.print(f"[bold red]error:[/] {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
