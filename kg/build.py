"""Build the graph from a folder of reports: read and extract everything first, then write.

A file that cannot be read stops the build before anything is written, so the store is left
exactly as it was.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tiendo.extract.parallel import iter_extractions
from tiendo.extract.pipeline import extraction_warnings
from tiendo.extract.reader import ReportError, read_report

from .iri import report_iri
from .store import GraphStore, IngestResult, Prepared
from .validate import ValidationError, check_all

REPORT_SUFFIXES = {".txt", ".md", ".pdf", ".docx"}
FLUSH_EVERY = 50_000  # triples written between flushes of the embedded store


@dataclass
class BuildResult:
    ingested: list[IngestResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(r.changed for r in self.ingested)


def report_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        raise ReportError(str(folder), "is not a folder of reports")
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES)
    if not files:
        raise ReportError(str(folder), f"holds no report files ({', '.join(sorted(REPORT_SUFFIXES))})")
    return files


def build(files: list[Path], store: GraphStore, step: Callable[[str], None] = lambda _: None,
          validate: bool = True, jobs: int = 1, dask: str | None = None) -> BuildResult:
    """Extract (on `jobs` processes or a Dask cluster), resolve and validate every report, then write them;
    any failure writes nothing."""
    sources = [read_report(path) for path in files]
    # Clean texts first: their names, with intact diacritics, mint the IRIs.
    sources.sort(key=lambda s: (not s.clean, s.name))
    result = BuildResult()
    prepared: list[tuple[str, Prepared | None]] = []
    # Each extraction is resolved as soon as it arrives and then dropped: only the compact N-Triples of
    # the prepared graphs are held until everything is validated.
    for ex in iter_extractions(sources, jobs, dask, step):
        result.warnings += extraction_warnings(ex)
        prepared.append((ex.source, store.prepare(ex, validate=False)))
    del sources
    if validate:  # all graphs are checked, on `jobs` processes, before the first one is written
        try:
            check_all([(source, ready.triples) for source, ready in prepared if ready is not None], jobs)
        except ValidationError:
            store.forget_unwritten()
            raise
    # The names and current statuses of the entities written so far, kept for the canonical graph's updates.
    unflushed, known_names, known_current = 0, {}, {}
    for source, ready in prepared:
        if ready is None:
            result.ingested.append(IngestResult(source, report_iri(source), 0, False, {}))
            continue
        # Each report is one transaction with the labels it changes: a crash keeps whole reports only.
        result.ingested.append(store.commit(ready, known_names=known_names, known_current=known_current))
        unflushed += ready.size
        if unflushed >= FLUSH_EVERY:  # RocksDB's write buffers otherwise grow by ~1 GiB per million quads
            store.flush()
            unflushed = 0
    store.flush()
    if result.changed:
        store.optimize()
    return result
