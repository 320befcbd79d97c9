"""networkx analytics over the bundled graph."""
import pytest

from tiendo.kg import analytics


@pytest.fixture(scope="module")
def graph(built_store):
    return analytics.entity_graph(built_store)


def test_graph_has_the_entities_and_relations(graph):
    assert graph.number_of_nodes() > 300
    assert graph.number_of_edges() > 50


def test_most_central_documents_and_programs(graph):
    top = analytics.most_central(graph, {"Decision", "Resolution", "Program"}, k=5)
    assert len(top) == 5
    assert all(graph.nodes[iri]["type"] in {"Decision", "Resolution", "Program"} for iri, _, _ in top)
    assert [s for _, _, s in top] == sorted((s for _, _, s in top), reverse=True)


def test_connected_components(graph):
    parts = analytics.components(graph)
    assert parts and len(parts[0]) >= len(parts[-1]) >= 2


def _by_label(graph, text):
    return next(n for n, d in graph.nodes(data=True) if text in d["label"])


def test_explanation_path_between_two_entities(graph):
    decision = _by_label(graph, "236/QĐ-TTg")
    issuer = next(n for n, d in graph.nodes(data=True) if d["label"] == "Thủ tướng Chính phủ")
    steps = analytics.explain(graph, decision, issuer)
    assert steps and decision in steps[0][::2] and issuer in steps[-1][::2]
    assert all(p in analytics.RELATIONS for _, p, _ in steps)


def test_no_path_is_an_empty_explanation(graph):
    lonely = [n for n in graph if graph.degree(n) == 0]
    assert analytics.explain(graph, lonely[0], lonely[1]) == []


def test_what_depends_on_a_decision(graph):
    decision = _by_label(graph, "236/QĐ-TTg")
    dependents = analytics.dependents(graph, decision)
    assert any("Quy hoạch tỉnh" in graph.nodes[n]["label"] for n in dependents)
