"""Extraction of a batch of reports on several processes or on a Dask cluster, with the same result as
`extract_batch` on one: every worker restores diacritics with the model adapted to the batch's clean
reports, and extractions come back in the order of the sources."""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Iterator

from .model import Extraction
from .pipeline import batch_restorer, extract_source
from .reader import SourceText
from .spellings import CleanSpellings

_RESTORER = None  # one per worker process, built once by `_start_worker`


def _start_worker(clean_texts: list[str]) -> None:
    global _RESTORER
    _RESTORER = batch_restorer(clean_texts)


def _extract(source: SourceText) -> Extraction:
    return extract_source(source, _RESTORER)


def extract_parallel(sources: list[SourceText], jobs: int = 1, dask: str | None = None,
                     step: Callable[[str], None] = lambda _: None) -> list[Extraction]:
    """Extract on `jobs` local processes, or on the Dask cluster whose scheduler is at `dask`."""
    return list(iter_extractions(sources, jobs, dask, step))


def iter_extractions(sources: list[SourceText], jobs: int = 1, dask: str | None = None,
                     step: Callable[[str], None] = lambda _: None) -> Iterator[Extraction]:
    """Extractions in the order of `sources`, each as soon as it is ready, so a caller can use and drop
    one while the workers go on with the next. Clean reports given first lend their spelling of names to
    the OCR reports after them (`CleanSpellings`)."""
    return map(CleanSpellings(), _iter_extractions(sources, jobs, dask, step))


def _iter_extractions(sources: list[SourceText], jobs: int, dask: str | None,
                      step: Callable[[str], None]) -> Iterator[Extraction]:
    clean = [s.text for s in sources if s.clean]
    if dask:
        yield from _on_dask(sources, clean, dask, step)
        return
    if jobs <= 1 or len(sources) <= 1:
        restorer = batch_restorer(clean)
        for source in sources:
            ex = extract_source(source, restorer)
            step(ex.source)
            yield ex
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(clean,)) as pool:
        for ex in pool.map(_extract, sources, chunksize=max(1, min(8, len(sources) // (4 * jobs)))):
            step(ex.source)
            yield ex


def _extract_with(source: SourceText, clean_texts: tuple[str, ...]) -> Extraction:
    """Dask task: the adapted restorer is built once per worker process and batch, then reused."""
    global _RESTORER, _RESTORER_KEY
    key = hash(clean_texts)
    if _RESTORER_KEY != key:
        _RESTORER, _RESTORER_KEY = batch_restorer(list(clean_texts)), key
    return extract_source(source, _RESTORER)


_RESTORER_KEY: int | None = None
DASK_CONNECT_SECONDS = 10


def _on_dask(sources: list[SourceText], clean: list[str], address: str, step) -> Iterator[Extraction]:
    try:
        from distributed import Client
    except ImportError as exc:
        raise RuntimeError("--dask needs the distributed package: pip install 'tiendo[dask]'") from exc
    try:
        client = Client(address, timeout=DASK_CONNECT_SECONDS)
    except OSError as exc:
        raise RuntimeError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
    with client:
        # The clean texts go to every worker once, as one object, not with every task.
        shared = client.scatter({"clean": tuple(clean)}, broadcast=True)["clean"]
        futures = client.map(_extract_with, sources, clean_texts=shared, pure=False)
        for future in futures:  # in the order of the sources
            ex = future.result()
            future.release()
            step(ex.source)
            yield ex
