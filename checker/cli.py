"""The `wirecheck` command line: parses options and calls the library.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 bad input or usage (one line naming the file). Heavy imports (torch via
the embedder) happen only inside commands that need them.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from typing import Any

import click

from . import __version__

FAIL_ON = click.Choice(["error", "warning", "info", "never"])
FORMATS = ["text", "json", "junit", "sarif", "github"]


class BadInput(click.ClickException):
    """Bad input or usage: one readable line, exit code 2."""

    exit_code = 2

    def show(self, file: Any = None) -> None:
        click.echo(f"wirecheck: error: {self.format_message()}", err=True)


def library_errors(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library exceptions into one-line click errors, in one place."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .embed import ModelUnavailable
        from .ingest import InputProblem

        try:
            return fn(*args, **kwargs)
        except InputProblem as exc:
            raise BadInput(f"{exc.source}: {exc.reason}") from None
        except ModelUnavailable as exc:
            raise BadInput(str(exc)) from None

    return wrapper


def load_config(config_path: str | None) -> Any:
    """The configuration file's settings; its extra lexicon folders are loaded once here."""
    from .config import load
    from .lexicon import lexicons

    cfg = load(config_path)
    for folder in cfg.lexicons:
        lexicons().extend(folder)
    return cfg


def MODEL_OPTIONS(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--embedder minilm|static and --model PATH, passed on as one `model_path` (None: the packaged model)."""

    @wraps(fn)
    def wrapper(*args: Any, embedder: str, model_path: str | None, **kwargs: Any) -> Any:
        from .embed import resolve_model

        return fn(*args, model_path=model_path or resolve_model(embedder), **kwargs)

    wrapper = click.option(
        "--model", "model_path", type=click.Path(), envvar="WIRECHECK_MODEL",
        help="A local sentence-transformers model folder (overrides --embedder).")(wrapper)
    return click.option(
        "--embedder", type=click.Choice(["minilm", "static"]), default="minilm", show_default=True,
        envvar="WIRECHECK_EMBEDDER",
        help="minilm: the packaged all-MiniLM-L6-v2; static: the shipped static embedding, ~100x faster.")(wrapper)


CONFIG_OPTION = click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file (default: ./wirecheck.toml, else [tool.wirecheck] in ./pyproject.toml).")


def exit_code(worst: int | None, fail_on: str) -> int:
    """1 when the worst finding is at or above the --fail-on level."""
    from .model import Severity

    if fail_on == "never" or worst is None:
        return 0
    return 1 if worst >= Severity.parse(fail_on) else 0


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecheck")
def main() -> None:
    """Find factual discrepancies between versions of a wire story."""


@main.command()
@click.argument("versions", nargs=-1, required=True, type=click.Path(dir_okay=True, allow_dash=False))
@click.option("--json", "json_path", type=click.Path(dir_okay=False, allow_dash=True), help="Write the JSON result here ('-' for stdout).")
@click.option("--html", "html_path", type=click.Path(dir_okay=False), help="Write the HTML report here.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format (to stdout, or to --output).")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True, help="Where --format writes.")
@click.option("--fail-on", type=FAIL_ON, default=None, help="Exit 1 when a finding is at or above this severity (default: the config's, else error).")
@MODEL_OPTIONS
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), help="Findings accepted in this baseline are reported as accepted and never fail.")
@CONFIG_OPTION
@library_errors
def check(versions: tuple[str, ...], json_path: str | None, html_path: str | None, fmt: str, output_path: str, fail_on: str | None,
          model_path: str | None, baseline_path: str | None, config_path: str | None) -> None:
    """Check VERSIONS of one story against the first (the reference)."""
    from .output import open_output
    from .report import html, json

    cfg = load_config(config_path)
    fail_on = fail_on or cfg.fail_on
    result = _check_story(versions, model_path, baseline_path, cfg)
    if json_path:
        with open_output(json_path) as fp:
            json.write(result, fp)
    if html_path:
        with open_output(html_path) as fp:
            html.write(result, fp, fail_on=fail_on)
    if not (fmt == "json" and json_path == "-" and output_path == "-"):
        with open_output(output_path) as fp:
            write_format(fmt, [result], fp)
    sys.exit(exit_code(result.worst, fail_on))


def write_format(fmt: str, results: list[Any], fp: Any) -> None:
    """Render results in one of FORMATS; json and text render each story in turn."""
    from .report import github, json, junit, sarif, text

    if fmt in ("json", "text"):
        for r in results:
            (json if fmt == "json" else text).write(r, fp)
    else:
        {"junit": junit, "sarif": sarif, "github": github}[fmt].write(results, fp)


def _check_story(versions: tuple[str, ...], model_path: str | None, baseline_path: str | None = None, cfg: Any = None) -> Any:
    """Read and check the versions of one story with the configuration's rules, applying a baseline if given."""
    from . import baseline
    from .check import check_versions
    from .config import Config, active_rules, adjust
    from .embed import shared_embedder
    from .ingest import read_versions

    if len(versions) < 2:
        raise BadInput(f"{versions[0]}: one version only; give at least two versions of the story")
    cfg = cfg or Config()
    accepted = baseline.load(baseline_path) if baseline_path else {}
    result = check_versions(read_versions(list(versions)), shared_embedder(model_path), active_rules(cfg), cfg.threshold)
    result.findings = adjust(result.findings, cfg)
    return baseline.apply(result, accepted)


@main.group("baseline")
def baseline_group() -> None:
    """Accept known, intended differences so they stop failing the gate."""


@baseline_group.command("create")
@click.argument("versions", nargs=-1, required=True, type=click.Path())
@click.option("-o", "--output", "output_path", default="wirecheck-baseline.json", show_default=True, type=click.Path(dir_okay=False), help="Baseline file to write.")
@click.option("--reason", default="accepted when the baseline was created", show_default=True, help="Reason recorded for every accepted finding.")
@MODEL_OPTIONS
@library_errors
def baseline_create(versions: tuple[str, ...], output_path: str, reason: str, model_path: str | None) -> None:
    """Accept every warning and error that VERSIONS of one story produce today."""
    import json as _json

    from . import baseline
    from .output import open_output

    data = baseline.create([_check_story(versions, model_path)], reason)
    with open_output(output_path) as fp:
        _json.dump(data, fp, ensure_ascii=False, indent=2)
        fp.write("\n")
    click.echo(f"wirecheck: {len(data['accepted'])} finding(s) accepted in {output_path}", err=True)


@baseline_group.command("accept")
@click.argument("finding_id")
@click.argument("versions", nargs=-1, type=click.Path())
@click.option("--reason", required=True, help="Why this difference is intended; recorded with your user name and the date.")
@click.option("-b", "--baseline", "baseline_path", default="wirecheck-baseline.json", show_default=True, type=click.Path(dir_okay=False), help="Baseline file to add to (created if absent).")
@MODEL_OPTIONS
@library_errors
def baseline_accept(finding_id: str, versions: tuple[str, ...], reason: str, baseline_path: str, model_path: str | None) -> None:
    """Accept one finding by its id (from the JSON or HTML report), with a reason.

    Give the story's VERSIONS too to record the rule and both values beside the id.
    """
    import json as _json

    from . import baseline
    from .output import open_output

    results = [_check_story(versions, model_path)] if versions else []
    if results and not any(f.id == finding_id for f in results[0].findings):
        raise BadInput(f"{versions[0]}: no finding with id {finding_id} in this story")
    data = baseline.accept(baseline_path, finding_id, reason, results)
    with open_output(baseline_path) as fp:
        _json.dump(data, fp, ensure_ascii=False, indent=2)
        fp.write("\n")
    click.echo(f"wirecheck: accepted {finding_id} in {baseline_path}", err=True)


@main.command()
@click.argument("input_path", metavar="INPUT.jsonl", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("-o", "--output", "output_path", required=True, type=click.Path(dir_okay=False, allow_dash=True), help="Write one JSON line per pair here ('-' for stdout).")
@click.option("--fail-on", type=FAIL_ON, default="never", show_default=True, help="Exit 1 when a pair is flagged at or above this severity.")
@MODEL_OPTIONS
@library_errors
def pairs(input_path: str, output_path: str, fail_on: str, model_path: str | None) -> None:
    """Check claim pairs from INPUT.jsonl (id, a, b, optional a_date, b_date).

    Bad lines are reported on stderr with their line number and skipped; the
    exit code is then 2, after every good line has been written.
    """
    import json as _json

    from .embed import shared_embedder
    from .ingest import InputProblem
    from .model import InputError
    from .output import open_output
    from .pairs import run_pairs

    try:
        stream = sys.stdin if input_path == "-" else open(input_path, encoding="utf-8-sig")
    except OSError as exc:
        raise InputProblem(input_path, f"cannot read: {exc.strerror or exc}") from None
    bad = 0
    worst = None
    with stream, open_output(output_path) as out:
        try:
            for item in run_pairs(stream, input_path, shared_embedder(model_path)):
                if isinstance(item, InputError):
                    bad += 1
                    click.echo(f"wirecheck: skipped {item.source}: {item.reason}", err=True)
                    continue
                record = item.to_dict()
                out.write(_json.dumps(record, ensure_ascii=False) + "\n")
                if item.result.worst and item.result.worst > 1:
                    worst = max(worst or item.result.worst, item.result.worst)
        except UnicodeDecodeError as exc:
            raise InputProblem(input_path, f"not valid UTF-8 (byte {exc.start})") from None
    if bad:
        click.echo(f"wirecheck: {bad} bad line(s) skipped in {input_path}", err=True)
        sys.exit(2)
    sys.exit(exit_code(worst, fail_on))


@main.command("group")
@click.argument("feed", type=click.Path())
@click.option("-o", "--output", "output_path", required=True, type=click.Path(dir_okay=False, allow_dash=True), help="Write one JSON line {id, story} per article here ('-' for stdout).")
@MODEL_OPTIONS
@library_errors
def group_cmd(feed: str, output_path: str, model_path: str | None) -> None:
    """Group the articles of FEED (folder, JSONL or CSV) into stories."""
    import json as _json

    from .embed import shared_embedder
    from .feed import read_feed
    from .group import group
    from .nightly import story_keys
    from .output import open_output

    versions, errors = read_feed(feed)
    for e in errors:
        click.echo(f"wirecheck: skipped {e.source}: {e.reason}", err=True)
    stories = group(versions, shared_embedder(model_path).encode)
    with open_output(output_path) as out:
        for key, story in zip(story_keys(stories), stories):
            for v in story:
                out.write(_json.dumps({"id": v.id, "story": key}, ensure_ascii=False) + "\n")
    click.echo(f"wirecheck: {len(versions)} articles in {len(stories)} stories", err=True)


@main.command()
@click.argument("feed", type=click.Path())
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder for index.html, findings.json and stories/*.html.")
@click.option("--db", "db_path", default="wirecheck.db", show_default=True, type=click.Path(dir_okay=False), help="SQLite history of runs and findings.")
@click.option("--since", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only articles dated on or after this day (undated articles are kept).")
@click.option("--fail-on", type=FAIL_ON, default=None, help="Exit 1 when a finding is at or above this severity (default: the config's, else error).")
@MODEL_OPTIONS
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), help="Findings accepted in this baseline are reported as accepted and never fail.")
@click.option("--workers", type=click.IntRange(1, 256), default=1, show_default=True, help="Check stories in this many local processes.")
@click.option("--scheduler", metavar="ADDRESS", help="Check stories on this Dask distributed scheduler (e.g. tcp://10.0.0.5:8786).")
@click.option("--format", "fmt", type=click.Choice(["none", "junit", "sarif", "github"]), default="none", show_default=True, help="Also render all stories' findings in a CI format.")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True, help="Where --format writes.")
@CONFIG_OPTION
@library_errors
def nightly(feed: str, out_dir: str, db_path: str, since: Any, fail_on: str | None, model_path: str | None, baseline_path: str | None,
            workers: int, scheduler: str | None, fmt: str, output_path: str, config_path: str | None) -> None:
    """Group FEED into stories, check each, and write an index with what is new since the last run."""
    from pathlib import Path

    from .embed import shared_embedder
    from .nightly import RunStats, run_nightly, summary_line

    def progress(items: Any, length: int) -> Any:
        """A progress bar on stderr for a person watching; nothing in cron's mail."""
        if not sys.stderr.isatty():
            yield from items
            return
        with click.progressbar(items, length=length, label="checking stories", file=sys.stderr) as bar:
            yield from bar

    from . import baseline

    cfg = load_config(config_path)
    fail_on = fail_on or cfg.fail_on
    accepted = baseline.load(baseline_path) if baseline_path else {}
    stats = RunStats()
    result = run_nightly(feed, Path(out_dir), db_path, shared_embedder(model_path), since.date() if since else None,
                         fail_on, progress, accepted=accepted, config=cfg, workers=workers, scheduler=scheduler,
                         stats=stats)
    if fmt != "none":
        from .output import open_output

        with open_output(output_path) as fp:
            write_format(fmt, [s.result for s in result.stories], fp)
    for e in result.errors:
        click.echo(f"wirecheck: skipped {e.source}: {e.reason}", err=True)
    click.echo(summary_line(result), err=True)
    click.echo(f"wirecheck nightly: {stats.articles} articles, {stats.embedded} sentences embedded, {stats.cache_hits} from"
               f" the cache, {stats.stories_cached} stories unchanged since an earlier run; {stats.timings.line()}", err=True)
    sys.exit(exit_code(result.worst, fail_on))


@main.command("rules")
@click.option("--markdown", is_flag=True, help="Print the README's rules table instead.")
def list_rules(markdown: bool) -> None:
    """List every rule with its id, default severity and what it flags."""
    from .rules import RULES

    if markdown:
        click.echo("| id | name | default severity | what it flags |")
        click.echo("|---|---|---|---|")
    for r in RULES.values():
        if markdown:
            click.echo(f"| {r.id} | `{r.name}` | {r.severity.label} | {r.summary} |")
        else:
            click.echo(f"{r.id}  {r.name:<28} {r.severity.label:<8} {r.summary}")


if __name__ == "__main__":  # pragma: no cover
    main()
