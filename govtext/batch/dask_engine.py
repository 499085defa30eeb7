"""The Dask engine: the same extraction on a Dask cluster, same records as the local engine.

Documents are cut into groups, each group becomes a dask bag whose partitions are
extracted on the workers (each worker builds its pipeline once), and the
partitions' records come back in input order. Without a scheduler address a
``LocalCluster`` of ``workers`` single-threaded processes is started.

On Slurm (dask-jobqueue)::

    from dask_jobqueue import SLURMCluster
    cluster = SLURMCluster(cores=8, memory="16GB"); cluster.scale(jobs=10)
    govtext extract archive/ -o out.jsonl --engine dask --scheduler cluster.scheduler_address
"""
from __future__ import annotations

from itertools import islice
from typing import Any, Iterable, Iterator

from govtext.record import ErrorRecord, Record

__all__ = ["extract_dask"]

_PIPELINES: dict = {}


def _extract_partition(documents: list[Any], options: tuple) -> list[Record | ErrorRecord]:
    from govtext.pipeline import Pipeline

    key = repr(options)
    if key not in _PIPELINES:
        _PIPELINES[key] = Pipeline(**dict(options))
    return list(_PIPELINES[key].pipe(documents))


def extract_dask(documents: Iterable[Any], workers: int = 2, scheduler: str | None = None,
                 partition_size: int = 16, partitions_per_round: int | None = None,
                 **pipeline_options) -> Iterator[Record | ErrorRecord]:
    """Records for ``documents``, computed on a Dask cluster, in input order."""
    import dask.bag as db
    from distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    options = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in pipeline_options.items()))
    per_round = partitions_per_round or 4 * max(1, len(client.scheduler_info()["workers"]) or workers)
    try:
        it = iter(documents)
        while group := list(islice(it, partition_size * per_round)):
            n = max(1, -(-len(group) // partition_size))
            bag = db.from_sequence(group, npartitions=n)
            results = bag.map_partitions(_extract_partition, options).compute(scheduler=client)
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
