"""The ontology: every term labelled in Vietnamese and English and commented; core terms present."""
from pathlib import Path

import rdflib
from rdflib.namespace import OWL, RDF, RDFS

TD = rdflib.Namespace("https://w3id.org/tiendo/ontology#")
ONTOLOGY = Path(__file__).resolve().parent.parent / "ontology" / "tiendo.ttl"
CORE_CLASSES = ("Report Plan Planning Program Project Scheme LegalDocument Resolution Decision Directive Law "
                "Organization Place FundingSource Issue StatusObservation Mention").split()
CORE_PROPERTIES = ("funds implements delayedBy approvedBy issuedBy partOf locatedIn replaces hasStatus status "
                   "observedIn asOf documentNumber mentionedIn").split()


def load() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY, format="turtle")


def test_core_terms_are_declared():
    g = load()
    for name in CORE_CLASSES:
        assert (TD[name], RDF.type, OWL.Class) in g, name
    for name in CORE_PROPERTIES:
        assert (TD[name], RDF.type, OWL.ObjectProperty) in g or (TD[name], RDF.type, OWL.DatatypeProperty) in g, name


def test_every_term_has_vi_and_en_labels_and_a_comment():
    g = load()
    terms = {s for s in g.subjects(RDF.type, None) if isinstance(s, rdflib.URIRef)}
    assert len(terms) > 40
    for term in terms:
        langs = {label.language for label in g.objects(term, RDFS.label)}
        assert {"vi", "en"} <= langs, f"{term} lacks a Vietnamese or English label"
        assert any(True for _ in g.objects(term, RDFS.comment)), f"{term} has no rdfs:comment"
