"""Running SPARQL queries under a time limit and a size limit, in worker processes.

An Oxigraph query cannot be interrupted from Python, so each query runs in a worker process that
holds the store open read-only; a query still running at the time limit has its worker killed and
replaced, while the other workers go on answering. Results larger than the size limit are refused.
With a remote store the server runs the query and the HTTP request carries the time limit.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
import threading
from dataclasses import dataclass
from pathlib import Path


class QueryRefused(Exception):
    """A query the endpoint will not answer; `status` is the HTTP status to give."""

    def __init__(self, status: int, title: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail


@dataclass(frozen=True)
class Request:
    query: str
    results_format: str | None   # QueryResultsFormat name acceptable to the client, or None
    graph_format: str | None     # RdfFormat name acceptable to the client, or None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    base_iri: str | None = None  # relative IRIs in the query resolve against the endpoint's URL


def answer(store, req: Request, max_bytes: int, **query_options) -> tuple:
    """("ok", body, media type) or ("refused", status, title, detail) for one query on a store
    (pyoxigraph's, or the remote one that answers in its types, with its own `query_options`)."""
    from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

    from tiendo.kg.store import PREFIXES

    try:
        options = {"prefixes": PREFIXES, "base_iri": req.base_iri, **query_options}
        if req.default_graphs:
            options["default_graph"] = [NamedNode(g) for g in req.default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if req.named_graphs:
            options["named_graphs"] = [NamedNode(g) for g in req.named_graphs]
        result = store.query(req.query, **options)
        if isinstance(result, (QuerySolutions, QueryBoolean)):
            if req.results_format is None:
                return ("refused", 406, "Not acceptable", "a SELECT or ASK result is offered as SPARQL "
                        "results JSON, XML, CSV or TSV")
            fmt = getattr(QueryResultsFormat, req.results_format)
        else:
            if req.graph_format is None:
                return ("refused", 406, "Not acceptable", "a CONSTRUCT or DESCRIBE result is offered as "
                        "Turtle, N-Triples, JSON-LD or RDF/XML")
            fmt = getattr(RdfFormat, req.graph_format)
        body = result.serialize(format=fmt)
        if len(body) > max_bytes:
            return ("refused", 413, "Result too large",
                    f"the result is {len(body)} bytes, over the limit of {max_bytes}; add LIMIT or filters")
        return ("ok", body, fmt.media_type)
    except SyntaxError as exc:
        return ("refused", 400, "Malformed query", str(exc))
    except Exception as exc:  # an evaluation error names what went wrong; the worker lives on
        status = getattr(exc, "status", 400)  # a remote store's own refusal keeps its status
        return ("refused", status if status >= 400 else 502, "Query failed", f"{exc.__class__.__name__}: {exc}")


def _open_read_only(store_path: str, attempts: int = 5):
    """The store opened read-only. A writer compacting at that moment may delete a file the manifest
    just listed ("Corruption: … No such file"); opening again reads the new manifest."""
    import time

    from pyoxigraph import Store

    for attempt in range(attempts):
        try:
            return Store.read_only(store_path)
        except (RuntimeError, OSError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _serve(store_path: str, conn, max_bytes: int) -> None:
    store = _open_read_only(store_path)
    while True:
        try:
            req: Request = conn.recv()
        except EOFError:
            return
        conn.send(answer(store, req, max_bytes))


class Worker:
    def __init__(self, store_path: str, max_bytes: int, generation: int = 0) -> None:
        self.generation = generation
        ctx = mp.get_context("spawn")
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_serve, args=(store_path, child, max_bytes), daemon=True)
        self.process.start()
        child.close()

    def kill(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class QueryExecutor:
    def __init__(self, store_path: Path, workers: int = 2, timeout: float = 10.0,
                 max_bytes: int = 50 * 1024 * 1024) -> None:
        self.store_path, self.timeout, self.max_bytes = str(store_path), timeout, max_bytes
        self.idle: queue.Queue[Worker] = queue.Queue()
        for _ in range(workers):
            self.idle.put(Worker(self.store_path, max_bytes))
        self.generation = 0
        self._lock = threading.Lock()

    def refresh(self) -> None:
        """After the store changed: workers opened it read-only before, so each is replaced by a new one."""
        with self._lock:
            self.generation += 1

    def _release(self, worker: Worker) -> None:
        if worker.generation != self.generation:
            worker.kill()
            worker = Worker(self.store_path, self.max_bytes, self.generation)
        self.idle.put(worker)

    def run(self, req: Request) -> tuple[bytes, str]:
        """Blocking: the serialized result and its media type, or QueryRefused."""
        try:
            worker = self.idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryRefused(503, "Busy", "every query worker is busy; try again shortly") from None
        if worker.generation != self.generation:  # opened before the store last changed
            worker.kill()
            worker = Worker(self.store_path, self.max_bytes, self.generation)
        try:
            worker.conn.send(req)
            if not worker.conn.poll(self.timeout):
                worker.kill()
                worker = Worker(self.store_path, self.max_bytes, self.generation)
                raise QueryRefused(503, "Query timed out",
                                   f"the query ran longer than the time limit of {self.timeout:g} s and was stopped; "
                                   "narrow it or add LIMIT")
            answer = worker.conn.recv()
        except (EOFError, BrokenPipeError, OSError):
            worker.kill()
            worker = Worker(self.store_path, self.max_bytes, self.generation)
            raise QueryRefused(500, "Query worker failed", "the query stopped its worker; it was restarted") from None
        finally:
            self._release(worker)
        if answer[0] == "refused":
            raise QueryRefused(*answer[1:])
        return answer[1], answer[2]

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get().kill()


class RemoteExecutor:
    """Queries for a remote store: the server runs them under its own limits and this one's time limit."""

    def __init__(self, store, timeout: float = 10.0, max_bytes: int = 50 * 1024 * 1024) -> None:
        self.store, self.timeout, self.max_bytes = store, timeout, max_bytes

    def refresh(self) -> None:
        """Nothing to reopen: every query goes to the server."""

    def run(self, req: Request) -> tuple[bytes, str]:
        answered = answer(self.store, req, self.max_bytes, timeout=self.timeout)
        if answered[0] == "refused":
            if answered[1] == 504:
                raise QueryRefused(503, "Query timed out", f"the SPARQL store did not answer within the time limit "
                                   f"of {self.timeout:g} s; narrow the query or add LIMIT")
            raise QueryRefused(*answered[1:])
        return answered[1], answered[2]

    def close(self) -> None:
        """The store's connections close with it."""
