"""Extraction on several processes (`--jobs 2`) and on a Dask cluster builds the same graph as on one."""
from test_incremental import snapshot as canonical
from tiendo.kg.build import build
from tiendo.kg.store import GraphStore


def test_two_processes_build_the_same_graph_as_one(tmp_path, report_files, built_store):
    parallel = GraphStore(tmp_path / "jobs2")
    build(report_files, parallel, jobs=2)
    assert canonical(parallel) == canonical(built_store)


def test_a_dask_cluster_builds_the_same_graph_as_one_process(tmp_path, report_files, built_store):
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      host="127.0.0.1") as cluster:
        on_dask = GraphStore(tmp_path / "dask")
        build(report_files, on_dask, dask=cluster.scheduler_address)
    assert canonical(on_dask) == canonical(built_store)
