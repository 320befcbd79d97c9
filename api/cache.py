"""Answers of the per-entity routes, kept until the store changes.

A read-only server sees one snapshot of the embedded store for its whole life, and a writable one
changes it only through its own uploads, deletions and updates, which clear this cache; so a kept
answer is always the answer the store would give now. A remote store may be changed by others, so
its answers are never kept. TIENDO_ANSWER_CACHE sets how many answers are kept (0: none).
"""
from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Callable

from fastapi.responses import Response


class AnswerCache:
    def __init__(self, size: int) -> None:
        self.size = size
        self._answers: OrderedDict[tuple, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def answer(self, key: tuple, make: Callable[[], object]) -> Response:
        """The JSON answer for `key`, made by `make()` (a pydantic model) when not kept."""
        with self._lock:
            body = self._answers.get(key)
            if body is not None:
                self._answers.move_to_end(key)
        if body is None:
            body = make().model_dump_json().encode("utf-8")
            if self.size:
                with self._lock:
                    self._answers[key] = body
                    while len(self._answers) > self.size:
                        self._answers.popitem(last=False)
        return Response(body, media_type="application/json")

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()


_cache: AnswerCache | None = None


def answers() -> AnswerCache:
    global _cache
    if _cache is None:
        from .app import get_store

        size = 0 if get_store().remote else int(os.environ.get("TIENDO_ANSWER_CACHE", "4096"))
        _cache = AnswerCache(size)
    return _cache
