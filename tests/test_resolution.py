"""Entity resolution: one IRI per real thing across reports, distinct things kept apart."""
import pytest

from tiendo.extract.model import Entity, Extraction, DocumentMeta
from tiendo.kg.resolve import Resolver


def report(name: str, clean: bool, *entities: tuple[str, str]) -> Extraction:
    ex = Extraction(name, "0" * 64, "", DocumentMeta(), clean)
    ex.entities = [Entity(f"e{i}", etype, label, "") for i, (etype, label) in enumerate(entities)]
    return ex


def resolve_pair(a: tuple[str, str, bool], b: tuple[str, str, bool]) -> tuple[str, str]:
    r = Resolver()
    first = r.resolve(report("a.txt", a[2], (a[0], a[1])))["e0"]
    second = r.resolve(report("b.txt", b[2], (b[0], b[1])))["e0"]
    return first, second


@pytest.mark.parametrize("a,b", [
    # OCR spelling of the same project
    (("Project", "Dự án tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng", True),
     ("Project", "Dy &n Tuyén cao téc cira khau Hitu Nghi - Chi Ling", False)),
    # a short name inside the long one
    (("Project", "Dự án Đầu tư xây dựng và kinh doanh kết cấu hạ tầng Khu công nghiệp VSIP Lạng Sơn", True),
     ("Project", "Khu công nghiệp VSIP Lạng Sơn", True)),
    # the long name's landmarks (not years) may be left out
    (("Scheme", "Đề án thí điểm xây dựng cửa khẩu thông minh tại khu vực mốc 1119-1120", True),
     ("Scheme", "Dé an thi diém xay dung cira khau théng minh", False)),
])
def test_variants_of_one_thing_share_an_iri(a, b):
    first, second = resolve_pair(a, b)
    assert first == second


@pytest.mark.parametrize("a,b", [
    (("Project", "Dự án cải tạo nâng cấp Quốc lộ 4B đoạn Km3+700 - Km18", True),
     ("Project", "Dự án cải tạo nâng cấp Quốc lộ 4B đoạn Km18 - Km80", True)),
    (("Plan", "Kế hoạch phát triển kinh tế - xã hội năm 2024", True),
     ("Plan", "Kế hoạch phát triển kinh tế - xã hội năm 2025", True)),
    (("Project", "Cụm công nghiệp Hồ Sơn 1", True), ("Project", "Cụm công nghiệp Hòa Sơn 1", True)),
    (("Project", "Dự án tuyến cao tốc Đồng Đăng - Trà Lĩnh", True),
     ("Project", "Dự án tuyến cao tốc cửa khẩu Hữu Nghị - Chi Lăng", True)),
    (("Plan", "Kế hoạch sử dụng đất năm 2024", True), ("Planning", "Quy hoạch sử dụng đất năm 2024", True)),
    # a sub-project is named by the project it belongs to, and is not that project (either way round)
    (("Project", "Tiểu dự án giải phóng mặt bằng đoạn qua tỉnh Bắc Kạn thuộc Dự án cao tốc Chợ Mới - Bạch Thông", True),
     ("Project", "Dự án cao tốc Chợ Mới - Bạch Thông", True)),
    (("Project", "Dy an cao téc Chg Mdi - Bach Thong", False),
     ("Project", "Tiểu dự án giải phóng mặt bằng đoạn qua tỉnh Bắc Kạn thuộc Dự án cao tốc Chợ Mới - Bạch Thông", True)),
    # a name whose only telling words are a place's is not every long name that ends in the place
    (("Plan", "Kế hoạch thực hiện Quy hoạch tỉnh Bắc Kạn", True),
     ("Plan", "Ké hoach mé cira an toan, hiéu qua don khach du lich quéc té trén dia ban tinh Bac Kan", False)),
])
def test_distinct_things_stay_distinct(a, b):
    first, second = resolve_pair(a, b)
    assert first != second


def test_legal_documents_by_number_and_year():
    r = Resolver()
    ex = report("a.txt", True)
    ex.entities = [Entity("e0", "Resolution", "Nghị quyết số 02/NQ-CP", "", number="02/NQ-CP", date="2024-01-05"),
                   Entity("e1", "Decision", "Quyết định số 236/QĐ-TTg", "", number="236/QĐ-TTg")]
    first = r.resolve(ex)
    later = report("b.txt", False)
    later.entities = [Entity("e0", "Resolution", "Nghi quyét 02/NQ-CP", "", number="02/NQ-CP", date="2026-01-08"),
                      Entity("e1", "Decision", "Quyet dinh 236/QD-TTg", "", number="236/QĐ-TTg")]
    second = r.resolve(later)
    assert second["e1"] == first["e1"]          # same number, no year given: the same decision
    assert second["e0"] != first["e0"]          # 02/NQ-CP is issued every January: 2024 ≠ 2026


def test_key_projects_have_one_iri_and_a_timeline_over_three_reports(built_store):
    """The expressway, VSIP and the smart border-gate scheme, each through SPARQL."""
    _, rows = built_store.select("""
        SELECT ?e ?type ?label (COUNT(DISTINCT ?r) AS ?reports) WHERE {
          ?e a ?type ; skos:prefLabel ?label ; td:hasStatus/td:observedIn ?r } GROUP BY ?e ?type ?label""")
    wanted = {"expressway": ("Project", ("cao tốc", "Hữu Nghị - Chi Lăng")), "vsip": ("Project", ("VSIP",)),
              "smart_gate": ("Scheme", ("cửa khẩu thông minh",))}
    by_key = {}
    for iri, etype, label, n in rows:
        for key, (want_type, words) in wanted.items():
            if etype.endswith("#" + want_type) and all(w in label for w in words):
                by_key.setdefault(key, []).append((iri, int(n)))
    for key in ("expressway", "vsip", "smart_gate"):
        assert len(by_key.get(key, [])) == 1, f"{key}: {by_key.get(key)}"
        assert by_key[key][0][1] >= 3, f"{key} timeline spans {by_key[key][0][1]} reports"


def test_every_variant_seen_is_an_alt_label(built_store):
    _, rows = built_store.select("""
        SELECT ?e (COUNT(DISTINCT ?l) AS ?n) WHERE { ?e skos:prefLabel ?p ; rdfs:label ?l } GROUP BY ?e
        HAVING (COUNT(DISTINCT ?l) > 1)""")
    assert len(rows) >= 10  # things named differently by different reports keep all their names
    _, prefs = built_store.select("SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE { ?e skos:prefLabel ?p ; td:mentionedIn ?r } GROUP BY ?e "
                                  "HAVING (COUNT(DISTINCT ?p) > 1)")
    assert prefs == []  # exactly one preferred label each


def test_names_alike_but_for_their_places_are_two_things():
    from tiendo.extract.same_name import known_name, similarity

    def known(label, clean=False):
        return known_name("", "Project", label, None, None, clean)

    # "Trung tâm Y tế huyện A" and "… huyện B" share every word but the place: two centres
    assert similarity(known("Trung tâm y tế huyện Cao Lộc"), known("Trung tâm y tế huyện Lộc Bình")) == 0.0
    # one place as OCR and as restored spell it is still one place
    assert similarity(known("Trung tâm y tế huyện Béc Sơn"), known("Trung tâm Y tế huyện Bắc Sơn")) > 0.8


def test_stretches_of_one_road_are_two_projects():
    from tiendo.extract.same_name import known_name, similarity

    def known(label, clean=True):
        return known_name("", "Project", label, None, None, clean)

    # two stretches of one expressway share every word but their ends: two projects, in one report or across
    east = "Dự án đường cao tốc Bắc - Nam phía Đông đoạn "
    assert similarity(known(east + "Hàm Nghi - Vũng Áng"), known(east + "Vũng Áng - Bùng")) == 0.0
    assert similarity(known("Dy an duong cao téc Bac - Nam phia Déng doan Ham Nghi - Viing Ang", False),
                      known(east + "Vũng Áng - Bùng")) == 0.0
    # one stretch, said with the road's number after it or the province: one project
    assert similarity(known("Dự án nâng cấp đoạn Km18 - Km80 Quốc lộ 4B"),
                      known("Dự án nâng cấp Quốc lộ 4B đoạn Km18 - Km80 tỉnh Lạng Sơn")) > 0.8
    assert similarity(known("Dự án Đường tránh đoạn qua thị trấn Bình Gia"),
                      known("Dy an Duong tranh doan qua thi trdn Binh Gia", False)) > 0.8


def test_a_report_keeps_each_stretch_of_a_road_with_its_own_status():
    from tiendo.extract.pipeline import extract_source
    from tiendo.extract.reader import read_text

    text = ("Báo cáo\n\nTình hình tháng 10.\n\nDự án đường cao tốc Bắc - Nam phía Đông đoạn Hàm Nghi - Vũng Áng đã "
            "bàn giao 98,5% mặt bằng. Dự án đường cao tốc Bắc - Nam phía Đông đoạn Vũng Áng - Bùng chậm tiến độ "
            "do vướng mặt bằng.\n")
    ex = extract_source(read_text(text.encode(), "stretches.txt"))
    label = {e.id: e.label for e in ex.entities}
    statuses = {(label[s.entity].rsplit("đoạn ", 1)[-1], s.status) for s in ex.statuses}
    assert statuses == {("Hàm Nghi - Vũng Áng", "in_progress"), ("Vũng Áng - Bùng", "delayed")}
    delayed = [label[r.s] for r in ex.relations if r.p == "delayedBy"]
    assert delayed == ["Dự án đường cao tốc Bắc - Nam phía Đông đoạn Vũng Áng - Bùng"]
