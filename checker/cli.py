"""The `wirecheck` command line: parses options and calls the library.

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
2 bad input or usage (one line naming the file). Heavy imports (torch via
the embedder) happen only inside commands that need them.
"""
from __future__ import annotations

import os
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
        from pathlib import Path

        from .embed import resolve_model

        if model_path and not Path(model_path).is_dir():
            raise BadInput(f"{model_path}: --model must be a sentence-transformers model folder")
        return fn(*args, model_path=model_path or resolve_model(embedder), **kwargs)

    wrapper = click.option(
        "--model", "model_path", type=click.Path(), envvar="WIRECHECK_MODEL",
        help="A local sentence-transformers model folder (overrides --embedder).")(wrapper)
    return click.option(
        "--embedder", type=click.Choice(["static", "minilm"]), default="static", show_default=True,
        envvar="WIRECHECK_EMBEDDER",
        help="static: the shipped static embedding (starts in a blink); minilm: the packaged all-MiniLM-L6-v2 transformer.")(wrapper)


CONFIG_OPTION = click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Configuration file (default: ./wirecheck.toml, else [tool.wirecheck] in ./pyproject.toml).")


def exit_code(worst: int | None, fail_on: str) -> int:
    """1 when the worst finding is at or above the --fail-on level."""
    from .model import Severity

    if fail_on == "never" or worst is None:
        return 0
    return 1 if worst >= Severity.parse(fail_on) else 0


class Wirecheck(click.Group):
    """The command group; Ctrl-C ends any command with exit code 130 and one line, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("wirecheck: interrupted; no report was written or replaced", err=True)
            _exit_interrupted(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:  # a defect of wirecheck's, never findings: its own exit code and one line
            if os.environ.get("WIRECHECK_DEBUG"):
                raise
            click.echo(f"wirecheck: internal error: {internal_error(exc)}; no report was written or replaced "
                       "(WIRECHECK_DEBUG=1 shows the traceback)", err=True)
            ctx.exit(INTERNAL_ERROR)


INTERNAL_ERROR = 3  # the exit code of a defect in wirecheck: neither findings (1) nor bad input (2)


def internal_error(exc: Exception) -> str:
    """One line naming an unexpected exception: its type, its message and where it was raised."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f" at {os.path.basename(tb.tb_frame.f_code.co_filename)}:{tb.tb_lineno}" if tb is not None else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _exit_interrupted(ctx: click.Context) -> None:
    """End the process with 130 now that every `finally` has run and every temporary file is gone.

    A KeyboardInterrupt that passed through `exec` of a string (numpy, scipy and
    torch do that while importing) marks CPython's run as interrupted for good:
    at exit it kills itself with SIGINT (status -2) whatever code it was given.
    Leaving through os._exit keeps the documented 130. Under click's test runner
    (not the real process) the ordinary exit is kept.
    """
    if not _is_real_process():
        ctx.exit(130)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(130)


def _is_real_process() -> bool:
    """False under click.testing.CliRunner, which swaps sys.stdout for its own buffer."""
    return not type(sys.stdout).__module__.startswith("click.testing")


@click.group(cls=Wirecheck, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wirecheck")
def main() -> None:
    """Find factual discrepancies between versions of a wire story.

    \b
    Exit codes (every command):
      0    clean: nothing at or above --fail-on
      1    findings at or above --fail-on
      2    usage or input error (one line on stderr naming the file; in a
           batch, feed or pairs file, every record that was skipped is named)
      3    internal error: a defect in wirecheck, one line on stderr (in a
           batch of story folders, the stories it stopped are named, the rest
           checked and reported)
      130  interrupted (Ctrl-C): no report half-written
    """


def rule_list(text: str | None) -> list[str] | None:
    """A comma-separated --select/--ignore value as a list (None when the flag was not given)."""
    return None if text is None else [t.strip() for t in text.split(",") if t.strip()]


SELECT_OPTIONS = [
    click.option("--select", help="Only these rules: ids, id prefixes or names, comma-separated (replaces the config's)."),
    click.option("--ignore", help="Never these rules: ids, id prefixes or names, comma-separated (replaces the config's)."),
]


def selected(cfg: Any, select: str | None, ignore: str | None) -> Any:
    """The configuration with --select/--ignore applied, validated by the same code as the config file's."""
    from dataclasses import replace

    from .config import parse_selection

    return replace(cfg, select=parse_selection(rule_list(select), "--select") if select is not None else cfg.select,
                   ignore=parse_selection(rule_list(ignore), "--ignore") if ignore is not None else cfg.ignore)


@main.command()
@click.argument("versions", nargs=-1, type=click.Path(allow_dash=True))
@click.option("--stories", "stories_file", type=click.Path(dir_okay=False), help="A file listing stories: one folder, or one space-separated list of version files, per line.")
@click.option("--date", "default_date", type=click.DateTime(formats=["%Y-%m-%d"]), help="YYYY-MM-DD: the date of versions whose header, dateline and metadata give none (and the year of a dateline without one).")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, allow_dash=True), help="Write the JSON result here ('-': stdout, and the text summary goes to stderr).")
@click.option("--html", "html_path", type=click.Path(), help="Write the HTML report here (with several stories: a folder with index.html and a page per story).")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True, help="Output format (to stdout, or to --output).")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, allow_dash=True), default="-", show_default=True, help="Where --format writes.")
@click.option("--fail-on", type=FAIL_ON, default=None, help="Exit 1 when a finding is at or above this severity (default: the config's, else error).")
@SELECT_OPTIONS[0]
@SELECT_OPTIONS[1]
@MODEL_OPTIONS
@click.option("--baseline", "baseline_path", type=click.Path(dir_okay=False), help="Findings accepted in this baseline are reported as accepted and never fail.")
@CONFIG_OPTION
@library_errors
def check(versions: tuple[str, ...], stories_file: str | None, default_date: Any, json_path: str | None,
          html_path: str | None, fmt: str, output_path: str, fail_on: str | None, select: str | None,
          ignore: str | None, model_path: str | None, baseline_path: str | None, config_path: str | None) -> None:
    """Check the VERSIONS of one story against the first (the reference), or each story folder given.

    \b
    wirecheck check v1.txt v2.txt [v3.json ...]   one story; '-' reads a version from standard input
    wirecheck check stories/*/                    each folder a story, its files sorted by name
    wirecheck check --stories today.txt           one folder or file list per line

    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 bad input or usage (a story that could not be read: the others are still
    checked and reported); 130 interrupted (no report half-written).
    """
    from .batch import collect
    from .config import for_run
    from .ingest import InputProblem
    from .model import InputError
    from .output import open_output
    from .report import json, text

    cfg = selected(load_config(config_path), select, ignore)
    fail_on = fail_on or cfg.fail_on
    if not versions and stories_file is None:
        raise BadInput("give the version files of a story, story folders, or --stories FILE")
    if list(versions).count("-") > 1:
        raise BadInput("-: standard input can be only one version")
    specs, batch = collect(versions, stories_file)
    cfg = for_run(cfg, single_story=not batch)
    if batch and html_path and (os.path.isfile(html_path) or html_path.lower().endswith((".html", ".htm"))):
        raise BadInput(f"{html_path}: story folders give an index and one page per story, so --html takes a folder here")
    day = default_date.date() if default_date else None
    accepted = _baseline(baseline_path)
    results, errors = [], []
    internal = False
    for spec in _progress(specs, "checking stories", len(specs) > 1):
        try:
            results.append(_check_story(spec.paths, model_path, accepted, cfg, day, name=spec.name if batch else None))
        except InputProblem as exc:
            if not batch:
                raise
            errors.append(InputError(exc.source, exc.reason))
        except Exception as exc:  # one story's defect stops that story, not the batch's others
            if not batch or os.environ.get("WIRECHECK_DEBUG"):
                raise
            internal = True
            errors.append(InputError(spec.name, f"internal error: {internal_error(exc)}"))
    json_to_stdout = json_path == "-"
    if json_path:
        with open_output(json_path) as fp:
            json.write_batch(results, errors, fp) if batch else json.write(results[0], fp)
    if html_path:
        _write_html(html_path, results, errors, fail_on, batch)
    if fmt == "text":
        if output_path == "-" and json_to_stdout:
            text.write_batch(results, errors, sys.stderr)  # stdout carries only the JSON
        else:
            with open_output(output_path) as fp:
                text.write_batch(results, errors, fp)
    elif not (fmt == "json" and json_to_stdout and output_path == "-"):
        with open_output(output_path) as fp:
            if fmt == "json":
                json.write_batch(results, errors, fp) if batch else json.write(results[0], fp)
            else:
                write_format(fmt, results, fp)
    if errors:
        click.echo(f"wirecheck: {len(errors)} of {len(specs)} stories not checked: "
                   + "; ".join(f"{e.source}: {e.reason}" for e in errors), err=True)
        sys.exit(INTERNAL_ERROR if internal else 2)
    sys.exit(exit_code(max((r.worst for r in results if r.worst), default=None), fail_on))


def _progress(items: Any, label: str, show: bool, unit: str = "story") -> Any:
    """A progress bar on stderr when a person is watching (a terminal) and the work is long; nothing in a CI log."""
    if not show or not sys.stderr.isatty():
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=label, file=sys.stderr, leave=False, unit=unit)


def _write_html(path: str, results: list[Any], errors: list[Any], fail_on: str, batch: bool) -> None:
    """One story: the page at `path`. Several: a folder with a page per story and an index."""
    from pathlib import Path

    from .output import open_output
    from .report import html

    if not batch:
        with open_output(path) as fp:
            html.write(results[0], fp, fail_on=fail_on)
        return
    import datetime as dt

    from .nightly import NightlyResult, StoryOutcome, story_keys, write_index

    keys = story_keys([[r.versions[0]] for r in results], names=[r.story for r in results])
    for key, r in zip(keys, results):
        with open_output(Path(path) / "stories" / f"{key}.html") as fp:
            html.write(r, fp, fail_on=fail_on, index_href="../index.html")
    run = NightlyResult(0, "check", [StoryOutcome(k, r) for k, r in zip(keys, results)], [], errors, [],
                        dt.datetime.now(dt.UTC))
    with open_output(Path(path) / "index.html") as fp:
        write_index(run, fp, fail_on)


def write_format(fmt: str, results: list[Any], fp: Any) -> None:
    """Render results in one of the CI formats (junit, sarif, github), each naming every finding's story."""
    from .report import github, junit, sarif

    {"junit": junit, "sarif": sarif, "github": github}[fmt].write(results, fp)


def _baseline(path: str | None) -> dict[str, Any]:
    from . import baseline

    return baseline.load(path) if path else {}


def _check_story(versions: tuple[str, ...], model_path: str | None, accepted: dict[str, Any] | None = None,
                 cfg: Any = None, default_date: Any = None, name: str | None = None) -> Any:
    """Read and check the versions of one story with the configuration's rules, applying a baseline if given."""
    from . import baseline
    from .check import check_versions
    from .config import Config, active_rules, adjust
    from .embed import shared_embedder
    from .ingest import InputProblem, read_versions

    if len(versions) < 2:
        where = versions[0] if versions else (name or "story")
        raise InputProblem(where, "one version only; a story needs at least two versions to compare")
    cfg = cfg or Config()
    result = check_versions(read_versions(list(versions)), shared_embedder(model_path), active_rules(cfg), cfg.threshold,
                            story=name or "", default_date=default_date)
    result.findings = adjust(result.findings, cfg)
    return baseline.apply(result, accepted or {})


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
@click.argument("versions", nargs=-1, required=True, type=click.Path())
@click.option("--reason", required=True, help="Why this difference is intended; recorded with your user name and the date.")
@click.option("-b", "--baseline", "baseline_path", default="wirecheck-baseline.json", show_default=True, type=click.Path(dir_okay=False), help="Baseline file to add to (created if absent).")
@MODEL_OPTIONS
@library_errors
def baseline_accept(finding_id: str, versions: tuple[str, ...], reason: str, baseline_path: str, model_path: str | None) -> None:
    """Accept one finding by its id (from the JSON or HTML report) in the story of VERSIONS, with a reason.

    The story is checked again so that an id it does not produce (a typo, a
    finding of another story) is refused instead of silently accepted; the
    rule and both values are recorded beside the id.
    """
    import json as _json

    from . import baseline
    from .output import open_output

    results = [_check_story(versions, model_path)]
    if not any(f.id == finding_id for f in results[0].findings):
        raise BadInput(f"{versions[0]}: no finding with id {finding_id!r} in this story (see the ids in --json or --html)")
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
            for item in _progress(run_pairs(stream, input_path, shared_embedder(model_path)), "checking pairs",
                                  input_path != "-" and os.path.getsize(input_path) > 100_000, unit="pair"):
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
    from .config import for_run

    cfg = for_run(load_config(config_path), single_story=False)
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
    if result.errors:
        click.echo(f"wirecheck nightly: {len(result.errors)} record(s) skipped (listed above); exit code 2", err=True)
        sys.exit(2)
    sys.exit(exit_code(result.worst, fail_on))


@main.command("rules")
@click.argument("rule", required=False)
@click.option("--markdown", is_flag=True, help="Print the rules reference (docs/rules.md) in Markdown instead.")
def list_rules(rule: str | None, markdown: bool) -> None:
    """List every rule with its id, default severity and what it flags; or explain RULE (an id or a name).

    \b
    wirecheck rules            the table
    wirecheck rules WC101      what WC101 flags, what it lets pass, an example of each
    wirecheck rules --markdown the whole reference, as docs/rules.md
    """
    from .rules import RULES, by_name, reference_markdown

    if rule is not None:
        try:
            r = by_name(rule.strip())
        except KeyError:
            raise BadInput(f"{rule}: no such rule (see `wirecheck rules`)") from None
        click.echo(f"{r.id} {r.name} (default severity: {r.severity.label}; reads: {r.scope})\n")
        click.echo(r.doc)
        return
    if markdown:
        click.echo(reference_markdown(), nl=False)
        return
    for r in RULES.values():
        click.echo(f"{r.id}  {r.name:<28} {r.severity.label:<8} {r.summary}")


if __name__ == "__main__":  # pragma: no cover
    main()
