"""Adding and removing reports over HTTP: POST /reports (upload), DELETE /reports/{id}.

Both need the server's update token (`Authorization: Bearer …`, compared in constant time). An upload
is read, extracted, resolved and validated before anything is written; its file is kept under the
uploads folder with a name that cannot leave it.
"""
from __future__ import annotations

import hmac
import os
import re
import threading
from pathlib import Path

from fastapi import APIRouter, Header, HTTPException, UploadFile
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from tiendo.extract.pipeline import extract_source, extraction_warnings
from tiendo.extract.reader import ReportError, read_text
from tiendo.kg.iri import ID, report_iri
from tiendo.kg.validate import ValidationError

router = APIRouter(tags=["reports"])
WRITE_LOCK = threading.Lock()  # one writer at a time: ingestion resolves against what is stored
SUFFIXES = {".txt", ".md", ".pdf", ".docx"}


class Ingested(BaseModel):
    report: str
    graph: str
    changed: bool
    quads: int
    entities: int
    relations: int
    statuses: int
    warnings: list[str] = []


def authorize(authorization: str | None) -> None:
    token = os.environ.get("TIENDO_UPDATE_TOKEN")
    if not token:
        raise HTTPException(403, "this server is read-only; start it with TIENDO_UPDATE_TOKEN to add or remove reports")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "send the update token as `Authorization: Bearer <token>`")


def safe_name(name: str | None) -> str:
    """The file's own name, reduced to letters, digits, dot, dash and underscore: no folders, no '..'."""
    base = re.sub(r"[^\w.-]", "_", Path((name or "").replace("\\", "/")).name).lstrip(".")
    if not base or Path(base).suffix.lower() not in SUFFIXES:
        raise HTTPException(400, f"the file name {name!r} must end in one of {', '.join(sorted(SUFFIXES))}")
    return base


@router.post("/reports", response_model=Ingested, status_code=201, summary="Upload a report and ingest it")
async def upload(file: UploadFile, authorization: str | None = Header(None)) -> Ingested:
    from .app import get_store, store_changed

    authorize(authorization)
    name = safe_name(file.filename)
    limit = int(os.environ.get("TIENDO_MAX_UPLOAD_BYTES", str(20 * 1024 * 1024)))
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise HTTPException(413, f"{name}: the file is larger than the upload limit of {limit} bytes")
    store = get_store()

    def ingest():
        # Reading and extraction take seconds of CPU: they run off the event loop, so the server keeps
        # answering meanwhile. Resolution, validation and the write wait for other writers: resolution
        # depends on what is stored.
        ex = extract_source(read_text(data, name))
        with WRITE_LOCK:
            result = store.ingest(ex)
            store.flush()
        return ex, result
    try:
        ex, result = await run_in_threadpool(ingest)
    except ReportError as exc:
        raise HTTPException(400, str(exc)) from exc
    except ValidationError as exc:
        raise HTTPException(422, str(exc)) from exc
    folder = Path(os.environ.get("TIENDO_UPLOADS", "var/uploads"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    store_changed()
    return Ingested(report=name, graph=result.graph, changed=result.changed, quads=result.quads,
                    entities=len(ex.entities), relations=len(ex.relations), statuses=len(ex.statuses),
                    warnings=extraction_warnings(ex))


@router.delete("/reports/{id:path}", summary="Remove a report's statements (needs the update token)")
def delete(id: str, authorization: str | None = Header(None)) -> dict:
    from .app import get_store, store_changed

    authorize(authorization)
    from .rest import iri_of

    iri = iri_of(id)  # 404 for anything not shaped like an id: nothing reaches the query text unchecked
    store = get_store()
    _, rows = store.select(f"SELECT ?f WHERE {{ GRAPH <{iri}> {{ <{iri}> td:fileName ?f }} }}") if \
        iri.startswith(ID + "report/") else ([], [])
    if not rows:
        raise HTTPException(404, f"no report {id!r}")
    with WRITE_LOCK:
        store.remove_report(rows[0][0])
        store.flush()
    store_changed()
    return {"removed": id, "graph": report_iri(rows[0][0])}
