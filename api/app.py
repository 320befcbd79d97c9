"""The HTTP API: health, the SPARQL query endpoint and REST routes over the embedded store.

The store folder comes from the TIENDO_STORE environment variable (default var/store). The app opens
it read-only, so a build can run beside a serving process, unless TIENDO_UPDATE_TOKEN is set: then it
owns the store and accepts uploads and deletions from requests that carry the token. SPARQL queries run in worker
processes: TIENDO_QUERY_TIMEOUT (seconds, default 10), TIENDO_QUERY_WORKERS (default 2) and
TIENDO_MAX_RESULT_BYTES (default 50 MiB) set their limits. Browsers on other origins get no CORS headers
unless TIENDO_CORS_ORIGINS lists them (comma-separated); SPARQL SERVICE and LOAD are refused unless
TIENDO_ALLOW_REMOTE=1. docs/security.md says what each setting opens.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.responses import JSONResponse, Response

from tiendo import __version__
from tiendo.kg.remote import is_remote
from tiendo.kg.store import GraphStore

from .rest import router as rest_router
from .uploads import router as uploads_router
from .sparql import router as sparql_router


def store_location() -> str:
    return os.environ.get("TIENDO_STORE", "var/store")


@lru_cache(maxsize=1)
def get_store() -> GraphStore:
    location = store_location()
    if is_remote(location):  # a SPARQL 1.1 server: it enforces its own access rules
        return GraphStore(location, read_only=not os.environ.get("TIENDO_UPDATE_TOKEN"))
    path = Path(location)
    if not path.exists():
        raise RuntimeError(f"no store at {path}: run `tiendo build` first")
    # Only a server started with an update token writes (uploads, deletions); otherwise it only reads,
    # and a build may run beside it.
    return GraphStore(path, read_only=not os.environ.get("TIENDO_UPDATE_TOKEN"))


_TITLES = {400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found", 405: "Method not allowed",
           406: "Not acceptable", 413: "Too large", 415: "Unsupported media type", 422: "Invalid request"}


@lru_cache(maxsize=1)
def get_executor():
    from .executor import QueryExecutor, RemoteExecutor

    store = get_store()  # the same clear error when there is no store
    timeout = float(os.environ.get("TIENDO_QUERY_TIMEOUT", "10"))
    max_bytes = int(os.environ.get("TIENDO_MAX_RESULT_BYTES", str(50 * 1024 * 1024)))
    if store.remote:
        return RemoteExecutor(store.store, timeout=timeout, max_bytes=max_bytes)
    return QueryExecutor(Path(store_location()), workers=int(os.environ.get("TIENDO_QUERY_WORKERS", "2")),
                         timeout=timeout, max_bytes=max_bytes)


def store_changed() -> None:
    """After this server wrote to the store: query workers reopen it and kept answers are dropped."""
    from .cache import answers

    get_executor().refresh()
    answers().clear()


def create_app() -> FastAPI:
    app = FastAPI(title="tiendo", version=__version__,
                  description="Knowledge graph of the plans, programs and projects in Vietnamese provincial reports.")

    @app.get("/health", tags=["meta"])
    def health() -> dict:
        store = get_store()
        return {"status": "ok", "version": __version__, "reports": len(store.reports()), "quads": len(store.store)}

    @app.exception_handler(RuntimeError)
    async def runtime_error(request: Request, exc: RuntimeError) -> Response:
        return JSONResponse({"title": "Service unavailable", "status": 503, "detail": str(exc)}, status_code=503,
                            media_type="application/problem+json")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return JSONResponse({"title": _TITLES.get(exc.status_code, "Error"), "status": exc.status_code,
                             "detail": exc.detail}, status_code=exc.status_code, media_type="application/problem+json")

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse({"title": "Invalid request", "status": 422, "detail": detail}, status_code=422,
                            media_type="application/problem+json")

    origins = [o.strip() for o in os.environ.get("TIENDO_CORS_ORIGINS", "").split(",") if o.strip()]
    if origins:  # closed by default: a page on another site cannot read answers through a visitor's browser
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_methods=["GET", "POST"],
                           allow_headers=["Accept", "Content-Type"])

    from fastapi.staticfiles import StaticFiles

    app.mount("/static", StaticFiles(directory=Path(__file__).resolve().parent / "static"), name="static")
    app.include_router(sparql_router)
    app.include_router(uploads_router)
    app.include_router(rest_router)
    return app


app = create_app()
