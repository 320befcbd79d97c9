"""Graph analytics with networkx over the resolved entities and their relations.

The networkx graph has one node per entity IRI (with its label and type) and one edge per
relation (with its predicate), taken from the union of all report graphs.
"""
from __future__ import annotations

import networkx as nx

from tiendo.extract.model import GRAPH_PREDICATES

from .store import GraphStore

RELATIONS = GRAPH_PREDICATES
# Relations along which one thing depends on another: X implements / is approved by / is part of Y.
DEPENDS = {"implements", "approvedBy", "partOf", "replaces"}


def entity_graph(store: GraphStore) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    _, nodes = store.select("""
        SELECT ?e (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) WHERE {
          ?e td:mentionedIn ?r ; a ?t . OPTIONAL { ?e skos:prefLabel ?l } } GROUP BY ?e""")
    for iri, etype, label in nodes:
        g.add_node(iri, type=etype.rsplit("#", 1)[-1], label=label or iri)
    values = " ".join(f"td:{p}" for p in RELATIONS)
    _, edges = store.select(f"""
        SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }}
          FILTER EXISTS {{ ?s td:mentionedIn ?r1 }} FILTER EXISTS {{ ?o td:mentionedIn ?r2 }} }}""")
    for s, p, o in edges:
        g.add_edge(s, o, key=p.rsplit("#", 1)[-1], predicate=p.rsplit("#", 1)[-1])
    return g


def most_central(g: nx.MultiDiGraph, types: set[str] | None = None, k: int = 10) -> list[tuple[str, str, float]]:
    """(iri, label, PageRank) of the k most central nodes, optionally of the given types."""
    rank = nx.pagerank(nx.DiGraph(g)) if g.number_of_edges() else {n: 0.0 for n in g}
    ranked = [(n, g.nodes[n]["label"], score) for n, score in rank.items()
              if types is None or g.nodes[n]["type"] in types]
    return sorted(ranked, key=lambda t: (-t[2], t[1]))[:k]


def components(g: nx.MultiDiGraph, min_size: int = 2) -> list[set[str]]:
    """Weakly connected groups of related things, largest first."""
    found = [c for c in nx.weakly_connected_components(g) if len(c) >= min_size]
    return sorted(found, key=lambda c: (-len(c), min(c)))


def explain(g: nx.MultiDiGraph, source: str, target: str) -> list[tuple[str, str, str]]:
    """The shortest chain of relations linking two entities, as (subject, predicate, object) steps;
    empty when nothing links them."""
    undirected = g.to_undirected(as_view=True)
    try:
        path = nx.shortest_path(undirected, source, target)
    except nx.NetworkXNoPath:
        return []
    steps = []
    for a, b in zip(path, path[1:]):
        if g.has_edge(a, b):
            steps.append((a, next(iter(g.get_edge_data(a, b))), b))
        else:
            steps.append((b, next(iter(g.get_edge_data(b, a))), a))
    return steps


def dependents(g: nx.MultiDiGraph, iri: str) -> set[str]:
    """Everything that depends on `iri`, directly or through others (implements, approvedBy, partOf, replaces)."""
    reverse = nx.DiGraph()
    for s, o, p in g.edges(keys=True):
        if p in DEPENDS:
            reverse.add_edge(o, s)
    return nx.descendants(reverse, iri) if iri in reverse else set()
