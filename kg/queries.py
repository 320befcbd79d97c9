"""The library of named SPARQL queries in kg/queries/*.rq.

Each file opens with comment lines: the first says what the query answers; `# param NAME: …` lines
declare its parameters. A parameter is bound before the query runs, so
an unbound one leaves its variable free; a value that is an IRI becomes an IRI, anything else a
string, folded (no diacritics, lower case) when the parameter says "(folded)". An optional parameter is
tested as `FILTER(!BOUND(?p) || …)`. A given value is written into the WHERE clause in place of its
variable (`BOUND(?p)` becoming true, or false when the value is not given), and also bound by a VALUES block: engines plan a constant
filter far better than one on a variable (projects_in_place: 1.5 s → 44 ms on 1,000 reports in
Oxigraph). A line ending in `# only with NAME` is left out when NAME is not given: a pattern that
only serves a filter would otherwise multiply the rows (every search key of every place: 11.5 s
instead of 0.14 s for projects_in_place without a place). The text stays standard SPARQL any store can
run, and as written (the query page's examples) it answers as without the parameter.

The queries name the graph each pattern reads where they can: labels from the canonical graph, a
report's statements from `GRAPH ?report`. Over the union default graph an engine must merge every
graph's matches first (status_changes on 1,000 reports: 12 times faster once it names its two reports).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import Literal, NamedNode

from tiendo.extract.text import fold_key

QUERY_DIR = Path(__file__).resolve().parent / "queries"
_PARAM = re.compile(r"^#\s*param\s+(\w+)\s*:\s*(.*)$")
_WHERE = re.compile(r"WHERE\s*\{", re.IGNORECASE)
_ONLY_WITH = re.compile(r"^.*#\s*only with\s+(\w+)\s*\n", re.MULTILINE)


@dataclass
class NamedQuery:
    name: str
    description: str
    text: str
    params: dict[str, str] = field(default_factory=dict)

    def render(self, values: dict[str, str]) -> str:
        """The query text with each given parameter bound by a VALUES block at the start of its WHERE."""
        unknown = set(values) - set(self.params)
        if unknown:
            known = ", ".join(self.params) or "none"
            raise ValueError(f"query {self.name!r} has no parameter {', '.join(sorted(unknown))} (it takes: {known})")
        text = _ONLY_WITH.sub(lambda m: m.group(0) if m.group(1) in values else "", self.text)
        where = _WHERE.search(text)
        head, body = text[:where.end()], text[where.end():]
        for key in self.params:
            given = key in values
            body = re.sub(rf"(!\s*)?BOUND\(\s*[?$]{key}\s*\)",
                          lambda m: "true" if given != bool(m.group(1)) else "false", body)
            if given:
                body = re.sub(rf"[?$]{key}\b", lambda _: self._term(key, values[key]), body)
        bindings = "".join(f"\n  VALUES ?{key} {{ {self._term(key, value)} }}" for key, value in sorted(values.items()))
        return head + bindings + body

    def _term(self, key: str, value: str) -> str:
        if re.match(r"https?://\S+$", value):
            return str(NamedNode(value))
        if "(folded)" in self.params[key]:
            return str(Literal(fold_key(value)))
        return str(Literal(value))


def load(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    description = lines[0].lstrip("# ").strip() if lines and lines[0].startswith("#") else ""
    params = {m.group(1): m.group(2).strip() for m in map(_PARAM.match, lines) if m}
    for m in _ONLY_WITH.finditer(text):
        if m.group(1) not in params:
            raise ValueError(f"{path.name}: a line is kept only with {m.group(1)!r}, which is no parameter")
    return NamedQuery(path.stem, description, text, params)


def named_queries() -> dict[str, NamedQuery]:
    return {p.stem: load(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def get(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise ValueError(f"no named query {name!r}; there are: {', '.join(queries)}")
    return queries[name]


def parse_params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise ValueError(f"a parameter is key=value, not {pair!r}")
        key, value = pair.split("=", 1)
        out[key.strip()] = value.strip()
    return out
