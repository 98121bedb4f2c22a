"""One story's work, self-contained so that it can run in another process or on a Dask worker.

The parent process does what must see the whole feed (ingest, grouping, and
embedding every sentence that needs it in one batch); a `StoryTask` carries a
story's versions, their claims and the vectors its alignment needs, so a
worker never loads the model. `run_story` aligns, runs the rules, applies the
config and baseline, and renders the story's HTML and JSON; the parent only
writes what comes back.
"""
from __future__ import annotations

import datetime as dt
import io
import json
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import baseline
from .align import embedded_indices
from .check import check_versions
from .config import Config, active_rules, adjust
from .embed import Embedder
from .lexicon import lexicons
from .model import Claim, StoryResult, Version
from .timing import Timings


@dataclass
class StoryTask:
    key: str
    versions: list[Version]
    claims: dict[str, list[Claim]]
    vectors: dict[str, np.ndarray]  # text key -> unit vector, for the claims alignment embeds
    config: Config
    accepted: dict[str, dict[str, Any]] = field(default_factory=dict)
    fail_on: str = "error"
    now: dt.datetime | None = None
    model_path: str | None = None  # only loaded if a vector is missing, which is a bug
    index_href: str | None = None  # the page's link back to the run's index (nightly)


@dataclass
class StoryDone:
    key: str
    result: StoryResult  # versions and findings; claims and alignment are dropped once rendered
    html: str | None  # None: served from the cache, and the page in place is already this
    json: bytes  # the story in the wirecheck/1 shape, compact JSON, UTF-8
    timings: Timings


def texts_to_embed(versions: list[Version], claims: dict[str, list[Claim]]) -> list[str]:
    """The claim texts a check of this story runs through the model: those without an identical counterpart."""
    ref = [c for c in claims[versions[0].id] if not c.heading]
    out: list[str] = []
    for other in versions[1:]:
        b = [c for c in claims[other.id] if not c.heading]
        rows, cols = embedded_indices(ref, b)
        if rows and cols:
            out.extend(ref[i].text for i in rows)
            out.extend(b[j].text for j in cols)
    return out


def run_story(task: StoryTask) -> StoryDone:
    from .report import html
    from .report.json import result_dict

    timings = Timings()
    for folder in task.config.lexicons:  # a fresh worker process starts from the built-in lexicons
        lexicons().extend(folder)
    embedder = Embedder(task.model_path)
    embedder.preload(task.vectors)
    cfg = task.config
    result = check_versions(task.versions, embedder, active_rules(cfg), cfg.threshold, story=task.key,
                            claims=task.claims, timings=timings)
    timings.count("sentences embedded by a worker", embedder.encoded)
    result.findings = adjust(result.findings, cfg)
    result = baseline.apply(result, task.accepted)
    with timings.stage("report"):
        buf = io.StringIO()
        html.write(result, buf, fail_on=task.fail_on, now=task.now, index_href=task.index_href)
        data = json.dumps(result_dict(result), ensure_ascii=False).encode("utf-8")
    lite = StoryResult(result.versions, {}, [], result.findings, result.errors, result.story)
    return StoryDone(task.key, lite, buf.getvalue(), data, timings)


def run_batch(tasks: list[StoryTask]) -> list[StoryDone]:
    return [run_story(t) for t in tasks]
