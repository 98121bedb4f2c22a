"""The nightly job: feed -> stories -> a check of each -> reports, index and history.

Reads the feed (a folder, JSONL or CSV), groups articles into stories, checks
every story with two or more versions exactly as `wirecheck check` does,
writes one HTML report per story, `findings.json` and `index.html`, and
records the run in SQLite so the index can say which findings are new since
the last finished run and show a trend per night. Every output file is
written atomically; the database commits story by story, so a run killed
half-way leaves the previous outputs and a consistent database behind.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import __version__, baseline
from .check import check_versions
from .config import Config, active_rules, adjust
from .embed import Embedder
from .feed import read_feed
from .group import group
from .model import InputError, Severity, StoryResult, Version
from .output import open_output
from .report import html
from .report.json import result_dict
from .store import Store

Progress = Callable[[Iterable[Any]], Iterable[Any]]


@dataclass
class StoryOutcome:
    key: str  # stable name of the story in this run, used for its report file
    result: StoryResult
    new: set[str] = field(default_factory=set)  # ids of findings not seen in an earlier finished run

    def count(self, severity: Severity) -> int:
        return self.result.count(severity)


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


def story_keys(stories: list[list[Version]]) -> list[str]:
    """A unique, file-safe name per story, from its reference version's id."""
    seen: set[str] = set()
    keys = []
    for versions in stories:
        base = _slug(versions[0].id)
        key, n = base, 2
        while key in seen:
            key, n = f"{base}-{n}", n + 1
        seen.add(key)
        keys.append(key)
    return keys


def run_nightly(
    feed: str, out_dir: Path, db_path: str, embedder: Embedder, since: dt.date | None = None,
    fail_on: str = "error", progress: Progress = lambda xs: xs, now: dt.datetime | None = None,
    accepted: dict[str, dict[str, Any]] | None = None, config: Config | None = None,
) -> NightlyResult:
    """Check a whole feed; write reports under out_dir and the history in db_path."""
    started = now or dt.datetime.now(dt.timezone.utc)
    cfg = config or Config()
    versions, errors = read_feed(feed)
    if since is not None:
        versions = [v for v in versions if v.date is None or v.date >= since]
    groups = group(versions, embedder.encode) if versions else []
    keys = story_keys(groups)
    outcomes: list[StoryOutcome] = []
    singles: list[Version] = []
    with Store(db_path) as store:
        run_id = store.begin_run(feed, started)
        known = store.known_fingerprints(before_run=run_id)
        for key, story in progress(list(zip(keys, groups))):
            if len(story) < 2:
                singles.extend(story)
                continue
            result = check_versions(story, embedder, active_rules(cfg), cfg.threshold, story=key)
            result.findings = adjust(result.findings, cfg)
            result = baseline.apply(result, accepted or {})
            outcome = StoryOutcome(key, result, {f.id for f in result.findings if f.severity > Severity.INFO and f.id not in known})
            with open_output(out_dir / "stories" / f"{key}.html") as fp:
                html.write(result, fp, fail_on=fail_on, now=started)
            store.record_story(run_id, key, [v.id for v in story], result.findings)
            outcomes.append(outcome)
        summary = {
            "stories": len(outcomes), "singles": len(singles), "skipped": len(errors),
            "error": sum(o.count(Severity.ERROR) for o in outcomes), "warning": sum(o.count(Severity.WARNING) for o in outcomes),
        }
        store.finish_run(run_id, summary)
        trend = store.trend()
    result = NightlyResult(run_id, feed, outcomes, singles, errors, trend, started)
    with open_output(out_dir / "findings.json") as fp:
        json.dump(findings_dict(result), fp, ensure_ascii=False, indent=2)
        fp.write("\n")
    with open_output(out_dir / "index.html") as fp:
        write_index(result, fp, fail_on)
    return result


def findings_dict(result: NightlyResult) -> dict[str, Any]:
    """The run as JSON: each story in the `wirecheck/1` shape, plus what is new and what was skipped."""
    return {
        "schema": "wirecheck-nightly/1",
        "tool": {"name": "wirecheck", "version": __version__},
        "run": result.run_id,
        "feed": result.feed,
        "started": result.started.isoformat(),
        "stories": [dict(result_dict(s.result), new=sorted(s.new)) for s in result.stories],
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

    stories = sorted(result.stories, key=lambda s: (-s.count(Severity.ERROR), -s.count(Severity.WARNING), s.key))
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
