"""A time-bounded fuzzing run over ingest, feeds and the whole `check` path (run by hand).

    python3 bench/fuzz.py [--seconds 120] [--targets ingest,feed,check,cli] [--seed N]

Hypothesis generates inputs, half from scratch (arbitrary bytes and Unicode,
control characters, bidi marks, huge numbers, impossible dates, broken
headers) and half by mutating real copy (the seeds and tests/stories):
spliced, truncated, duplicated, with junk inserted. Each target runs for its
share of the time in rounds of 50 examples; a failure is shrunk by hypothesis
and printed with its minimal input, and the target goes on looking for a
different one until its time is up. Exits 1 if anything crashed.

Targets and what must hold:
- ingest: decode + parse_version on bytes returns a Version whose body lies
  inside its text, or raises InputProblem; nothing else;
- feed: read_feed on JSONL, CSV and folder feeds (well-formed records with
  hostile values, and raw junk lines: huge integers, deep nesting, lone
  surrogates, NaN) returns versions and errors, or raises InputProblem; every
  version it returns can be written as UTF-8 and every error names the feed;
- check: check_versions on two fuzzed versions with the real model: no
  exception, and every finding's spans are real text of its version;
- cli: `wirecheck check A B --json OUT` on the bytes as files: exit 0, 1 or 2
  and no traceback; on exit 2 one line on stderr and no OUT.

With --seed the run is repeatable (round r of a target uses seed N + r);
without it every run explores new inputs.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import HypothesisWarning

warnings.simplefilter("ignore", HypothesisWarning)  # "overly large repr" of a 100 kB input; shorten() cuts it

ROUND = 50  # examples per hypothesis call; a target runs rounds until its time is up
CORPUS = [p.read_text(encoding="utf-8") for p in sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/stories/*/*.txt")])]
JUNK = st.sampled_from([
    "\x00", "\ufeff", "\u202e", "\u200f", "\u2066", "\r\n", "\r", "\x0c", "\u2028", "\ud800", "\U0001f600", "\u0301" * 40,
    " date 2022-02-31 ", " date 9999-99-99 ", " date 0001-01-01 ", "(REUTERS) - ", "BRUSSELS, Feb 30 (Reuters) -",
    "9" * 400, "1e308", "-0.0", "1,2,3,4,5,6,7", "$", "%", "“", "”", "\"", "'", "«", "»", "Mr.", "U.S.", "No.", "...",
    "<script>x</script>", "\t", "\n\n\n", "yesterday", "on Wednesday", "not", "n't", "Deputy Foreign Minister",
    "\u0000\u0001\u001b[31m", "\u200b\u200c\u200d", "\u061c\u0627\u0644\u0633\u0644\u0627\u0645", "\ufffd", "\U000e0001",
    "31 February", "February 30, 2022", "1,000,000,000,000,000,000,000", "10^400", "½", "٣", "Ⅻ",
])


@st.composite
def header(draw: st.DrawFn) -> str:
    """A seed-format first line, valid or nearly so: odd dates, datelines and agency lists."""
    y = draw(st.one_of(st.integers(0, 9999), st.just(2022)))
    m = draw(st.one_of(st.integers(0, 13), st.just(2)))
    d = draw(st.one_of(st.integers(0, 32), st.just(31)))
    year = f"{y:04d}" if draw(st.booleans()) else str(y)
    line = draw(st.text(max_size=30))
    dateline = draw(st.sampled_from(["BRUSSELS", "WASHINGTON, D.C.", "", "SÃO PAULO", "X" * 200, "GENEVA ‘"]))
    agencies = draw(st.sampled_from(["", " (REUTERS)", " (AFP, AP; Reuters/Bloomberg)", " (" + "A" * 90 + ")", " ()"]))
    sep = draw(st.sampled_from([" - ", " • ", ": ", " — ", " ", "-\n"]))
    return f"{draw(st.sampled_from([' ', '', '  '])) }date {year}-{m}-{d} {dateline}{agencies}{sep}{line}"


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """Real copy mutated, or arbitrary Unicode, sometimes behind a fuzzed header."""
    if draw(st.booleans()):
        text = draw(st.text(max_size=600))
    else:
        text = draw(st.sampled_from(CORPUS))
        for _ in range(draw(st.integers(0, 6))):
            i = draw(st.integers(0, len(text)))
            j = draw(st.integers(i, min(len(text), i + 400)))
            op = draw(st.sampled_from(["insert", "delete", "duplicate", "truncate", "upper"]))
            if op == "insert":
                text = text[:i] + draw(st.one_of(JUNK, st.text(max_size=20))) + text[i:]
            elif op == "delete":
                text = text[:i] + text[j:]
            elif op == "duplicate":
                text = text[:j] + text[i:j] + text[j:]
            elif op == "truncate":
                text = text[:j]
            else:
                text = text[:i] + text[i:j].upper() + text[j:]
    if draw(st.integers(0, 3)) == 0:
        text = draw(header()) + text.split(" - ", 1)[-1]
    return text


def article_bytes() -> st.SearchStrategy[bytes]:
    """Arbitrary bytes, or fuzzed text in UTF-8 (lone surrogates kept), UTF-16, Windows-1252 or with a BOM and CRLF."""
    def encode(pair: tuple[str, str]) -> bytes:
        text, how = pair
        if how == "utf-16":
            return text.encode("utf-16", "surrogatepass")
        if how == "cp1252":
            return text.encode("cp1252", "replace")
        if how == "bom-crlf":
            return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8", "surrogatepass")
        return text.encode("utf-8", "surrogatepass")

    return st.one_of(st.binary(max_size=800),
                     st.tuples(article_text(), st.sampled_from(["utf-8", "utf-8", "utf-16", "cp1252", "bom-crlf"])).map(encode))


def target_ingest(count: list[int]) -> Callable[[], None]:
    from checker.ingest import InputProblem, decode, parse_version

    @given(article_bytes())
    def run(data: bytes) -> None:
        count[0] += 1
        try:
            v = parse_version(decode(data, "fuzz.txt"), "fuzz.txt")
        except InputProblem as exc:
            assert exc.reason and "\n" not in exc.reason, exc.reason
            return
        end = v.body_end if v.body_end is not None else len(v.text)
        assert 0 <= v.body_start <= end <= len(v.text) and v.text[v.body_start:end].strip()
        v.text.encode("utf-8")  # whatever ingest accepts can be written out
    return run


RAW_LINES = st.sampled_from([
    '{"id": ' + "1" * 5000 + ', "text": "x"}', "[" * 50000 + "]" * 50000, '{"id": "a", "text": "\\ud800 x"}',
    '{"id": "\\udfff", "text": "The council met."}', '{"id": NaN, "text": "The council met."}',
    '{"id": 1e400, "text": "The council met."}', '{"id": true, "text": "x"}', '{"id": "a", "text": ["x"]}',
    '{"id": "a", "text": "x", "date": "2022-02-31"}', '{"id": "a", "text": "x", "date": "+2022-01-01"}',
    '{"id": "a", "text": "x", "title": {"t": 1}}', "[]", "null", '"text"', "{", "\x00", "\ufeff{}",
    '{"id": "a", "text": "x"}{"id": "b", "text": "y"}', '{"id": "a", "id": "b", "text": "x"}',
])


def target_feed(count: list[int]) -> Callable[[], None]:
    import csv
    import io
    import json

    from checker.feed import read_feed
    from checker.ingest import InputProblem

    value = st.one_of(st.text(max_size=12), st.sampled_from(["\ud800", "<script>", "2022-02-31", "", " "]))
    record = st.fixed_dictionaries({"id": st.one_of(value, st.integers(), st.floats(), st.none()),
                                    "text": st.one_of(article_text(), st.none(), st.integers())},
                                   optional={"date": st.one_of(value, st.just("2022-02-31"), st.just("2022-01-12")),
                                             "dateline": value, "source": value, "title": value})
    columns = st.sampled_from([["id", "text", "date", "dateline", "source", "title"], ["id", "text"], ["text", "id"],
                               ["id"], ["ID", "Text"], [" id ", "text", "text"]])

    @given(st.lists(record, max_size=5), st.sampled_from(["jsonl", "csv", "folder"]), st.lists(RAW_LINES, max_size=2),
           st.binary(max_size=40), columns, st.booleans())
    def run(records: list[dict[str, object]], kind: str, raw: list[str], junk: bytes, cols: list[str], ascii_json: bool) -> None:
        count[0] += 1
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / ("feed" if kind == "folder" else f"feed.{kind}")
            if kind == "jsonl":
                lines = [json.dumps(r, ensure_ascii=ascii_json) for r in records] + raw
                path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass") + junk)
            elif kind == "csv":
                buf = io.StringIO()
                w = csv.writer(buf)
                w.writerow(cols)
                for r in records:
                    w.writerow([r.get(c.strip().lower(), "") for c in cols])
                path.write_bytes(buf.getvalue().encode("utf-8", "surrogatepass") + junk)
            else:
                path.mkdir()
                for n, r in enumerate(records):
                    text = r["text"] if isinstance(r["text"], str) else ""
                    (path / f"{n}.txt").write_bytes(text.encode("utf-8", "surrogatepass"))
                (path / "junk.txt").write_bytes(junk)
                (path / "sub.txt").mkdir()
            try:
                versions, errors = read_feed(str(path))
            except InputProblem as exc:
                assert exc.reason and "\n" not in exc.reason, exc.reason
                return
            for v in versions:
                for s in (v.id, v.text, v.dateline or "", v.title or "", *v.sources):
                    s.encode("utf-8")  # reports and the database must be able to write it
                assert v.text[v.body_start:v.body_end].strip()
            for e in errors:
                assert e.source.startswith(str(path)) and e.reason and "\n" not in e.reason, e
    return run


def target_check(count: list[int]) -> Callable[[], None]:
    from checker.check import check_versions
    from checker.embed import shared_embedder
    from checker.ingest import InputProblem, parse_version

    embedder = shared_embedder()

    @given(article_text(), article_text())
    def run(a: str, b: str) -> None:
        count[0] += 1
        try:
            va, vb = parse_version(a, "a"), parse_version(b, "b")
        except InputProblem:  # refusing bad input is the right answer; check what ingest accepts
            return
        result = check_versions([va, vb], embedder)
        texts = {v.id: v.text for v in result.versions}
        for f in result.findings:
            for s in (f.a, f.b):
                start, end = s.span
                assert 0 <= start <= end <= len(texts[s.version]), (f.rule, s)
    return run


def target_cli(count: list[int]) -> Callable[[], None]:
    from click.testing import CliRunner

    from checker.cli import main

    @given(article_bytes(), article_bytes())
    def run(a: bytes, b: bytes) -> None:
        count[0] += 1
        with tempfile.TemporaryDirectory() as tmp:
            pa, pb, out = Path(tmp) / "a.txt", Path(tmp) / "b.txt", Path(tmp) / "out.json"
            pa.write_bytes(a)
            pb.write_bytes(b)
            res = CliRunner().invoke(main, ["check", str(pa), str(pb), "--json", str(out)])
            assert res.exception is None or isinstance(res.exception, SystemExit), "".join(
                traceback.format_exception(res.exception))
            assert res.exit_code in (0, 1, 2), (res.exit_code, res.output[-500:])
            if res.exit_code == 2:
                assert len(res.output.strip().splitlines()) == 1 and not out.exists(), res.output
    return run


TARGETS = {"ingest": target_ingest, "feed": target_feed, "check": target_check, "cli": target_cli}


def crash_key(exc: BaseException) -> str:
    """The exception type and the innermost frame of the project's code: one key per distinct crash."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/checker/" in f.filename or "/bench/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}"


def fuzz(name: str, seconds: float, base_seed: int | None) -> tuple[int, list[tuple[str, str]]]:
    """Run one target in rounds until its time is up; (examples, [(crash key, report)])."""
    count = [0]
    test = settings(max_examples=ROUND, deadline=None, database=None,
                    suppress_health_check=list(HealthCheck))(TARGETS[name](count))
    deadline = time.monotonic() + seconds
    crashes: dict[str, str] = {}
    rnd = 0
    while time.monotonic() < deadline:
        run = seed(base_seed + rnd)(test) if base_seed is not None else test
        rnd += 1
        try:
            run()
        except Exception as exc:  # noqa: BLE001 - the whole point is to catch anything
            # hypothesis raises an ExceptionGroup when one round found several distinct failures
            found = list(exc.exceptions) if isinstance(exc, BaseExceptionGroup) else [exc]
            new = {crash_key(e): e for e in found if crash_key(e) not in crashes}
            if not new:  # found again: nothing new to learn from this target
                break
            for key, e in new.items():  # the notes hold hypothesis's shrunk "Falsifying example"
                crashes[key] = shorten("".join(traceback.format_exception(e, limit=-6)))
    return count[0], list(crashes.items())


def shorten(report: str, width: int = 300) -> str:
    """Long lines of a report (a 5,000-digit number, 50,000 brackets) cut to `width` characters."""
    return "\n".join(line if len(line) <= width else f"{line[:width]}... ({len(line) - width:,} more characters)"
                     for line in report.splitlines())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=120, help="total time, shared equally by the targets")
    ap.add_argument("--targets", default=",".join(TARGETS), help="comma-separated, from: " + ", ".join(TARGETS))
    ap.add_argument("--seed", type=int, default=None, help="make the run repeatable")
    args = ap.parse_args()
    names = [n for n in args.targets.split(",") if n]
    unknown = [n for n in names if n not in TARGETS]
    if unknown:
        ap.error(f"unknown target(s): {', '.join(unknown)}")
    t0 = time.monotonic()
    print("| target | examples | seconds | crashes |")
    print("|---|---|---|---|")
    found = []
    for name in names:
        start = time.monotonic()
        n, crashes = fuzz(name, args.seconds / len(names), args.seed)
        print(f"| {name} | {n} | {time.monotonic() - start:.0f} | {len(crashes)} |", flush=True)
        found += [(name, key, report) for key, report in crashes]
    for name, key, report in found:
        print(f"\n--- {name}: {key}\n{report}")
    print(f"\n{len(names)} targets, {time.monotonic() - t0:.0f} s, {len(found)} crash(es)")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
