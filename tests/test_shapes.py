"""SHACL shapes: the bundled reports conform; a broken graph is refused with the reason."""
import pytest
from pyoxigraph import NamedNode, Quad

from tiendo.extract.pipeline import extract_report
from tiendo.kg.rdf import extraction_quads
from tiendo.kg.store import GraphStore
from tiendo.kg.validate import ValidationError, check, violations

TD = "https://w3id.org/tiendo/ontology#"


@pytest.fixture(scope="module")
def clean_report_quads(report_files):
    _, quads, _ = extraction_quads(extract_report(report_files[2]))
    return quads


def test_a_bundled_report_conforms(clean_report_quads):
    assert violations(clean_report_quads) == []


def test_a_mention_without_text_is_a_violation(clean_report_quads):
    broken = [q for q in clean_report_quads if q.predicate != NamedNode(TD + "text")]
    found = violations(broken)
    assert found and all("text" in v for v in found)
    with pytest.raises(ValidationError, match="SHACL violation"):
        check("002.txt", broken)


def test_a_status_outside_the_scheme_is_a_violation(clean_report_quads):
    status = NamedNode(TD + "status")
    broken = [Quad(q.subject, q.predicate, NamedNode("https://w3id.org/tiendo/status/finished"), q.graph_name)
              if q.predicate == status else q for q in clean_report_quads]
    assert any("status" in v for v in violations(broken))


def test_a_mention_that_ends_before_it_starts_is_a_violation(clean_report_quads):
    from pyoxigraph import Literal

    end = NamedNode(TD + "end")
    victim = next(q.subject for q in clean_report_quads if q.predicate == end)
    broken = [Quad(q.subject, end, Literal("0", datatype=NamedNode("http://www.w3.org/2001/XMLSchema#integer")),
                   q.graph_name) if q.predicate == end and q.subject == victim else q for q in clean_report_quads]
    found = violations(broken)
    assert any(victim.value in v and "ends before it starts" in v for v in found), found


def test_ingest_refuses_an_invalid_graph_and_writes_nothing(tmp_path, report_files, monkeypatch):
    store = GraphStore(tmp_path / "store")
    before = len(store.store)
    from tiendo.kg import store as store_module

    def broken_quads(ex, resolver=None):
        graph, quads, iris = extraction_quads(ex, resolver)
        return graph, [q for q in quads if q.predicate != NamedNode(TD + "mentionedIn")][:2000], iris
    monkeypatch.setattr(store_module, "extraction_quads", broken_quads)
    with pytest.raises(ValidationError):
        store.ingest(extract_report(report_files[4]))
    assert len(store.store) == before
