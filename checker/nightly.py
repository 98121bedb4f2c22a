"""The nightly job: feed -> stories -> a check of each -> reports, index and history.

Reads the feed (a folder, JSONL or CSV), groups articles into stories, checks
every story with two or more versions exactly as `wirecheck check` does,
writes one HTML report per story, `findings.json` and `index.html`, and
records the run in SQLite so the index can say which findings are new since
the last finished run and show a trend per night. Every output file is
written atomically; the database commits a batch of whole stories at a time,
so a run killed half-way leaves the previous outputs and a consistent
database behind.

Work is done once. Every sentence that needs a vector (the leads, for
grouping, and the claims without an identical counterpart, for alignment) is
embedded in one batch, and its vector is kept in the database for later runs.
A story whose versions, config, baseline and code are unchanged since an
earlier run is not checked again: its outputs come from the database. The
per-story work (align, rules, report) runs here, in `workers` processes or on
a Dask cluster (`scheduler`), with the same results.
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from . import __version__
from .config import Config
from .embed import Embedder, text_key
from .feed import read_feed
from .group import article, by_label, group_labels
from .model import Claim, Finding, InputError, Severity, StoryResult, Version
from .output import PageWriter, file_digest, open_binary_output, open_output
from .parallel import map_stories
from .report.html import mark_new
from .segment import segment
from .store import CachedStory, Store
from .story_job import StoryDone, StoryTask, run_story, texts_to_embed
from .timing import Timings

CACHE_DAYS = 7  # cached stories unused for this long are dropped from the database

Progress = Callable[[Iterable[Any], int], Iterable[Any]]  # items, how many


@dataclass
class StoryOutcome:
    key: str  # stable name of the story in this run, used for its report file
    result: StoryResult
    new: set[str] = field(default_factory=set)  # ids of findings not seen in an earlier finished run

    def count(self, severity: Severity) -> int:
        return self._counts[severity]

    @cached_property
    def _counts(self) -> Counter[Severity]:  # the index asks four times per story; accepted ones do not count
        return Counter(f.severity for f in self.result.findings if f.accepted is None)

    @property
    def worst_finding(self) -> Finding | None:
        """The first of the most severe findings of this run that no baseline accepted, in reading order: the
        index's one-line summary of the story."""
        live = [f for f in self.result.findings if f.accepted is None and f.severity > Severity.INFO]
        return min(live, key=lambda f: (-f.severity, f.a.span[0], f.b.version, f.b.span[0]), default=None)

    @property
    def worst(self) -> Severity | None:
        f = self.worst_finding
        return f.severity if f else None

    @property
    def headline(self) -> str:
        from .report.html import headline

        ref = self.result.versions[0]
        return headline(ref, self.result.claims.get(ref.id))

    @property
    def outlets(self) -> str:
        from .report.html import outlet

        return ", ".join(dict.fromkeys(o for v in self.result.versions for o in outlet(v).split(", ") if o))


@dataclass
class NightlyResult:
    run_id: int
    feed: str
    stories: list[StoryOutcome]
    singles: list[Version]
    errors: list[InputError]
    trend: list[dict[str, Any]]
    started: dt.datetime

    @property
    def worst(self) -> Severity | None:
        """The worst finding no baseline accepted, over all stories."""
        return max((s.result.worst for s in self.stories if s.result.worst), default=None)

    def total(self, severity: Severity) -> int:
        return sum(s.count(severity) for s in self.stories)

    @property
    def new_count(self) -> int:
        return sum(len(s.new) for s in self.stories)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:60] or "story"


def story_keys(stories: list[list[Version]], names: list[str] | None = None) -> list[str]:
    """A unique, file-safe name per story, from its name if given, else its reference version's id."""
    seen: set[str] = set()
    keys = []
    for n, versions in enumerate(stories):
        base = _slug(names[n] if names else versions[0].id)
        key, n = base, 2
        while key in seen:
            key, n = f"{base}-{n}", n + 1
        seen.add(key)
        keys.append(key)
    return keys


def code_fingerprint() -> str:
    """A hash of the checker's code and data: a cached story is reused only by the code that made it."""
    global _CODE
    if _CODE is None:
        from .lexicon import DATA_DIR

        h = hashlib.sha256(__version__.encode())
        package = Path(__file__).resolve().parent
        # the lexicons and the verifier, not the embedders: the embedder's name is in the key
        lexicons = [*DATA_DIR.glob("*.t*"), *DATA_DIR.glob("wordnet/*"), *DATA_DIR.glob("verifier/*")]
        for path in sorted([*package.rglob("*.py"), *package.rglob("*.j2"), *lexicons]):
            h.update(path.name.encode())
            h.update(path.read_bytes())
        _CODE = h.hexdigest()
    return _CODE


_CODE: str | None = None


def story_cache_key(key: str, story: list[Version], model: str, cfg: Config, accepted: dict[str, Any],
                    fail_on: str) -> str:
    """Everything a story's outputs depend on, hashed: its versions, the model, config, baseline and code."""
    parts = [code_fingerprint(), key, model, repr(cfg), json.dumps(accepted, sort_keys=True, default=str), fail_on]
    parts += [repr((v.id, v.text, v.date, v.dateline, v.sources, v.body_start, v.body_end, v.title, v.format))
              for v in story]  # not v.path: a cron job's dated feed file moves every record, not its content
    return hashlib.sha256("\x1e".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


class Claims(dict[str, list[Claim]]):
    """Each version's claims, segmented on first use: a rerun served from the caches segments nothing."""

    def __init__(self, versions: Iterable[Version]) -> None:
        super().__init__()
        self._versions = {v.id: v for v in versions}

    def __missing__(self, vid: str) -> list[Claim]:
        claims = self[vid] = segment(self._versions[vid])
        return claims


@dataclass
class RunStats:
    """What a run did, for the summary line and bench/throughput.py."""

    timings: Timings = field(default_factory=Timings)
    articles: int = 0
    claims: int = 0  # segmented in this run (none when every story came from the cache)
    distinct_claims: int = 0
    embedded: int = 0  # sentences run through the model
    cache_hits: int = 0  # sentences whose vectors came from the database
    stories_cached: int = 0  # stories whose outputs came from the database


def run_nightly(
    feed: str, out_dir: Path, db_path: str, embedder: Embedder, since: dt.date | None = None,
    fail_on: str = "error", progress: Progress = lambda xs, n: xs, now: dt.datetime | None = None,
    accepted: dict[str, dict[str, Any]] | None = None, config: Config | None = None,
    workers: int = 1, scheduler: str | None = None, stats: RunStats | None = None,
) -> NightlyResult:
    """Check a whole feed; write reports under out_dir and the history (and caches) in db_path."""
    try:
        return _run(feed, out_dir, db_path, embedder, since, fail_on, progress, now, accepted, config, workers,
                    scheduler, stats)
    finally:
        gc.unfreeze()  # what _kept_out_of_collection froze is the collector's again


def _run(
    feed: str, out_dir: Path, db_path: str, embedder: Embedder, since: dt.date | None, fail_on: str,
    progress: Progress, now: dt.datetime | None, accepted: dict[str, dict[str, Any]] | None, config: Config | None,
    workers: int, scheduler: str | None, stats: RunStats | None,
) -> NightlyResult:
    started = now or dt.datetime.now(dt.UTC)
    cfg = config or Config()
    accepted = accepted or {}
    stats = stats if stats is not None else RunStats()
    t = stats.timings
    with t.stage("ingest"):
        versions, errors = read_feed(feed)
        if since is not None:
            versions = [v for v in versions if v.date is None or v.date >= since]
    claims = Claims(versions)
    stats.articles = len(versions)
    outcomes: list[StoryOutcome] = []
    singles: list[Version] = []
    with Store(db_path) as store:
        embedder.store = store
        before = (embedder.encoded, embedder.stored_hits)
        feed_key = "group:" + hashlib.sha256("\x1e".join(
            [code_fingerprint(), embedder.name, *(f"{v.id}\x1f{text_key(v.text)}" for v in versions)]).encode(
                "utf-8", "surrogatepass")).hexdigest()
        labels = store.get_memo(feed_key, started.date())
        if labels is None or len(labels) != len(versions):
            with t.stage("ingest"):
                arts = [article(v, claims[v.id]) for v in versions]
            with t.stage("embed"):
                embedder.encode([s for a in arts for s in a.lead])
            with t.stage("group"):
                labels = group_labels(arts, embedder.encode)
                store.put_memo(feed_key, labels, started.date())
        groups = by_label(versions, labels)
        keys = story_keys(groups)
        run_id = store.begin_run(feed, started)
        known = store.known_fingerprints(before_run=run_id)
        checkable = [(k, g) for k, g in zip(keys, groups) if len(g) > 1]
        by_key = dict(checkable)
        singles = [g[0] for g in groups if len(g) == 1]
        cache_keys = {k: story_cache_key(k, g, embedder.name, cfg, accepted, fail_on) for k, g in checkable}
        cached = store.cached_stories(list(cache_keys.values()), started.date())
        stats.stories_cached = len(cached)
        with t.stage("embed"):
            embedder.encode([s for k, g in checkable if cache_keys[k] not in cached for s in texts_to_embed(g, claims)])
        stats.embedded = embedder.encoded - before[0]
        stats.cache_hits = embedder.stored_hits - before[1]
        stats.claims = sum(len(c) for c in claims.values())
        stats.distinct_claims = len({c.text for cs in claims.values() for c in cs if not c.heading})
        # the feed, its claims, the models and the lexicons live until the run ends: out of the collector's
        # way, so that its full collections while stories are checked walk only what the checking makes
        gc.freeze()

        def page_path(key: str) -> Path:
            return out_dir / "stories" / f"{key}.html"

        def task(key: str, story: list[Version]) -> StoryTask:
            sub = {v.id: claims[v.id] for v in story}
            # a story's page and JSON depend on its content only, so tonight's can be reused tomorrow from
            # another feed file; where each record sits in this run's feed is written beside them (locations)
            content = [replace(v, path=None) for v in story]
            return StoryTask(key, content, sub, embedder.vectors(texts_to_embed(story, claims)), cfg, accepted,
                             fail_on, started, embedder.model_path, index_href="../index.html")

        def tasks() -> Iterator[StoryTask]:
            for key, story in checkable:
                if cache_keys[key] not in cached:
                    yield task(key, story)

        def done() -> Iterator[StoryDone]:
            fresh = map_stories(tasks(), workers, scheduler)
            for key, story in checkable:
                if cache_keys[key] not in cached:
                    yield next(fresh)
                    continue
                # read now, not all at once (a rerun's memory stays flat), and its page only if ours differs
                with _kept_out_of_collection():
                    hit = store.get_story(cache_keys[key], file_digest(page_path(key)))
                if hit is None:  # damaged since it was listed: check it here
                    cached.discard(cache_keys[key])
                    embedder.encode(texts_to_embed(story, claims))
                    yield run_story(task(key, story))
                    continue
                yield StoryDone(key, StoryResult(story, {}, [], hit.findings, story=key), hit.html, hit.data, Timings())

        pending: list[tuple[str, list[str], list[Finding]]] = []
        to_cache: dict[str, CachedStory] = {}
        with open_binary_output(out_dir / "findings.json") as fj, PageWriter() as pages:
            fj.write(b'{"schema": "wirecheck-nightly/1", "stories": [\n')
            for n, item in enumerate(progress(done(), len(checkable))):
                t.merge(item.timings)
                with t.stage("report"):
                    new = {f.id for f in item.result.findings if f.severity > Severity.INFO and f.id not in known}
                    # the cache holds the page without tonight's "new" marks; a page in place that has last
                    # night's marks differs from it, so it comes back here and is written again without them
                    if item.html is not None:
                        pages.write(page_path(item.key), mark_new(item.html, new))
                    elif new:
                        pages.write(page_path(item.key), mark_new(page_path(item.key).read_text("utf-8"), new))
                    # the story's JSON object with this run's "new" ids added as its last key
                    fj.write(b",\n" if n else b"")
                    fj.write(memoryview(item.json)[:-1])  # no copy of a story's JSON, which can be megabytes
                    item.result.versions = by_key[item.key]  # with this run's locations, for the CI formats
                    fj.write(b', "new": ' + json.dumps(sorted(new)).encode() + b', "locations": '
                             + json.dumps({v.id: v.path for v in by_key[item.key]}, ensure_ascii=False).encode() + b"}")
                    outcomes.append(StoryOutcome(item.key, item.result, new))
                    if n % 50 == 49:
                        gc.freeze()  # the outcomes so far and the analyses cached for later stories stay
                    pending.append((item.key, [v.id for v in item.result.versions], item.result.findings))
                    if cache_keys[item.key] not in cached:
                        to_cache[cache_keys[item.key]] = CachedStory(item.json, item.result.findings, item.html)
                    if len(pending) >= 200:
                        store.record_stories(run_id, pending)
                        store.put_stories(to_cache, started.date())
                        pending, to_cache = [], {}
            with t.stage("report"):
                pages.close()  # every story page is in place before the index and findings.json are
                store.record_stories(run_id, pending)
                store.put_stories(to_cache, started.date())
                summary = {
                    "stories": len(outcomes), "singles": len(singles), "skipped": len(errors),
                    "error": sum(o.count(Severity.ERROR) for o in outcomes),
                    "warning": sum(o.count(Severity.WARNING) for o in outcomes),
                }
                result = NightlyResult(run_id, feed, outcomes, singles, errors, [], started)
                tail = run_dict(result)
                fj.write(("\n],\n" + json.dumps(tail, ensure_ascii=False, indent=2)[1:] + "\n").encode("utf-8"))
                store.finish_run(run_id, summary)
                store.prune_story_cache(started.date() - dt.timedelta(days=CACHE_DAYS))
                result.trend = store.trend()
        embedder.store = None
    with t.stage("report"), open_output(out_dir / "index.html") as fp:
        write_index(result, fp, fail_on)
    return result


@contextmanager
def _kept_out_of_collection() -> Iterator[None]:
    """Build long-lived, acyclic objects (a cached story's findings) without the cycle collector, then freeze them.

    A rerun of a 100,000-article feed decodes 723,000 cached findings. Left to
    the collector, every full collection walked all of them again and took
    most of the rerun (37 s; 24 s with this). They stay referenced until the
    run ends; run_nightly unfreezes the heap then.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def run_dict(result: NightlyResult) -> dict[str, Any]:
    """findings.json without its stories (run_nightly streams those in as they are checked)."""
    return {
        "tool": {"name": "wirecheck", "version": __version__},
        "run": result.run_id,
        "feed": result.feed,
        "started": result.started.isoformat(),
        "singles": [v.id for v in result.singles],
        "errors": [{"source": e.source, "reason": e.reason} for e in result.errors],
        "summary": {
            "stories": len(result.stories), "singles": len(result.singles), "skipped": len(result.errors),
            "error": result.total(Severity.ERROR), "warning": result.total(Severity.WARNING),
            "info": result.total(Severity.INFO), "new": result.new_count,
        },
    }


def write_index(result: NightlyResult, fp: Any, fail_on: str) -> None:
    from .report.html import _template_named

    stories = sorted(result.stories, key=lambda s: (-(s.worst or 0), -s.count(Severity.ERROR),
                                                    -s.count(Severity.WARNING), -len(s.new), s.key))
    fp.write(_template_named("index.html.j2").render(
        result=result, stories=stories, fail_on=fail_on, version=__version__,
        generated=result.started.strftime("%Y-%m-%d %H:%M UTC"), Severity=Severity,
    ))


def summary_line(result: NightlyResult) -> str:
    return (
        f"wirecheck nightly: {len(result.stories)} stories checked, {len(result.singles)} single articles, "
        f"{len(result.errors)} records skipped; {result.total(Severity.ERROR)} errors, "
        f"{result.total(Severity.WARNING)} warnings, {result.new_count} new since the last run"
    )
