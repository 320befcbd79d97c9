"""SHACL validation of a report's graph (pySHACL), before it is stored.

The report's triples are validated together with the ontology (which types the status concepts),
against `ontology/shapes.ttl`. Only results of severity sh:Violation stop ingestion.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import rdflib
from pyoxigraph import Quad

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


class ValidationError(ValueError):
    """A report graph that does not conform to the shapes; `violations` says where and why."""

    def __init__(self, report: str, violations: list[str]) -> None:
        shown = "\n  ".join(violations[:20])
        more = f"\n  … and {len(violations) - 20} more" if len(violations) > 20 else ""
        super().__init__(f"{report}: {len(violations)} SHACL violation(s):\n  {shown}{more}")
        self.violations = violations


@lru_cache(maxsize=1)
def _shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


@lru_cache(maxsize=1)
def _ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_DIR / "tiendo.ttl", format="turtle")


def violations(quads: list[Quad]) -> list[str]:
    return _violations_nt(_nt(quads))


def _nt(quads: list[Quad]) -> str:
    return "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)


def _violations_nt(triples: str) -> list[str]:
    from pyshacl import validate

    # The ontology's triples are copied in, not parsed again for every report, and the graph is validated
    # in place (pySHACL otherwise copies it first; it is ours alone): 40 reports, 11.2–12.4 → 9.0–11.0 s CPU.
    data = rdflib.Graph()
    for triple in _ontology():
        data.add(triple)
    data.parse(data=triples, format="nt")
    _, results, _ = validate(data, shacl_graph=_shapes(), inference="none", advanced=True, inplace=True)
    out = []
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        if results.value(result, SH.resultSeverity) != SH.Violation:
            continue
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage)
        out.append(f"{focus} {path or ''}: {message}")
    return sorted(out)


def check(report: str, quads: list[Quad]) -> None:
    found = violations(quads)
    if found:
        raise ValidationError(report, found)


def check_all(graphs: list[tuple[str, str]], jobs: int = 1) -> None:
    """Validate several report graphs given as (report, N-Triples), on `jobs` processes; the first report
    with violations raises."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from contextlib import nullcontext

    triples = [t for _, t in graphs]
    parallel = jobs > 1 and len(graphs) > 1
    # Spawned, not forked: a fork of a build holding a thousand prepared graphs would copy its pages
    # as the garbage collector touches them.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) if parallel else nullcontext() as pool:
        found = pool.map(_violations_nt, triples, chunksize=4) if parallel else map(_violations_nt, triples)
        for (report, _), problems in zip(graphs, found):
            if problems:
                raise ValidationError(report, problems)
