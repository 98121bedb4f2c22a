"""Run story tasks here, in local worker processes, or on a Dask cluster; results come back in order.

Tasks go out in batches (one pickled round trip per batch, not per story)
and only a few batches are in flight at a time, so memory stays bounded
however long the feed. Every mode runs the same `run_batch`, so results do
not depend on where they were computed.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from .story_job import StoryDone, StoryTask, run_batch

BATCH = 16  # stories per round trip
IN_FLIGHT = 4  # batches queued per worker


def _batches(tasks: Iterable[StoryTask], size: int) -> Iterator[list[StoryTask]]:
    it = iter(tasks)
    while batch := list(islice(it, size)):
        yield batch


def _windowed(submit: Any, batches: Iterator[list[StoryTask]], window: int) -> Iterator[StoryDone]:
    pending: deque[Any] = deque()
    for batch in batches:
        pending.append(submit(run_batch, batch))
        if len(pending) >= window:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def map_stories(tasks: Iterable[StoryTask], workers: int = 1, scheduler: str | None = None) -> Iterator[StoryDone]:
    """`run_story` over tasks, in order: serially, in `workers` processes, or on the Dask scheduler at ADDRESS."""
    if scheduler:
        from distributed import Client

        with Client(scheduler, set_as_default=False) as client:
            n = max(1, len(client.scheduler_info().get("workers", {})) or workers)
            yield from _windowed(lambda fn, b: client.submit(fn, b, pure=False), _batches(tasks, BATCH), IN_FLIGHT * n)
        return
    if workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: the parent may hold torch's thread pools, which do not survive a fork
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            yield from _windowed(pool.submit, _batches(tasks, BATCH), IN_FLIGHT * workers)
        return
    for task in tasks:
        yield from run_batch([task])
