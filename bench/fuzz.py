"""A time-bounded fuzzing run over ingest, feeds and the whole `check` path (run by hand).

    python3 bench/fuzz.py [--seconds 300] [--seed N]

Hypothesis generates inputs, half from scratch (arbitrary bytes and Unicode,
control characters, bidi marks, huge numbers, impossible dates, broken
headers) and half by mutating real copy (the seeds and tests/stories):
spliced, truncated, duplicated, with junk inserted. Each target runs for its
share of the time in rounds of examples; a failure is shrunk by hypothesis
and printed with its minimal input. Exits 1 if anything crashed.

Targets and what must hold:
- decode + parse_version: returns a Version or raises InputProblem, nothing else;
- read_feed on JSONL and CSV bytes: returns versions and errors, or InputProblem;
- check_versions on two versions: no exception, every finding's spans are real
  text of its version;
- `wirecheck check A B --json OUT` on the bytes as files: exit 0, 1 or 2 and no
  traceback; on exit 2 one line on stderr and no OUT.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CORPUS = [p.read_text(encoding="utf-8") for p in sorted([*ROOT.glob("seeds/*.txt"), *ROOT.glob("tests/stories/*/*.txt")])]
JUNK = st.sampled_from([
    "\x00", "\ufeff", "\u202e", "\u200f", "\u2066", "\r\n", "\r", "\x0c", "\u2028", "\ud800", "\U0001f600", "\u0301" * 40,
    " date 2022-02-31 ", " date 9999-99-99 ", " date 0001-01-01 ", "(REUTERS) - ", "BRUSSELS, Feb 30 (Reuters) -",
    "9" * 400, "1e308", "-0.0", "1,2,3,4,5,6,7", "$", "%", "“", "”", "\"", "'", "«", "»", "Mr.", "U.S.", "No.", "...",
    "<script>x</script>", "\t", "\n\n\n", "yesterday", "on Wednesday", "not", "n't", "Deputy Foreign Minister",
])


@st.composite
def article_text(draw: st.DrawFn) -> str:
    """Real copy mutated, or arbitrary Unicode."""
    if draw(st.booleans()):
        return draw(st.text(max_size=600))
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
    return text


def article_bytes() -> st.SearchStrategy[bytes]:
    return st.one_of(st.binary(max_size=800),
                     article_text().map(lambda t: t.encode(draw_encoding(t), "surrogatepass")))


def draw_encoding(text: str) -> str:
    return "utf-16" if len(text) % 7 == 0 else "utf-8"


def target_ingest(count: list[int]) -> Callable[[], None]:
    from checker.ingest import InputProblem, decode, parse_version

    @given(article_bytes())
    def run(data: bytes) -> None:
        count[0] += 1
        try:
            v = parse_version(decode(data, "fuzz.txt"), "fuzz.txt")
        except InputProblem:
            return
        assert 0 <= v.body_start <= (v.body_end if v.body_end is not None else len(v.text)) <= len(v.text)
    return run


def target_feed(count: list[int]) -> Callable[[], None]:
    import json

    from checker.feed import read_feed
    from checker.ingest import InputProblem

    record = st.fixed_dictionaries({"id": st.one_of(st.text(max_size=12), st.integers(), st.none()),
                                    "text": st.one_of(article_text(), st.none(), st.integers())},
                                   optional={"date": st.one_of(st.text(max_size=12), st.just("2022-02-31")),
                                             "dateline": st.text(max_size=10), "source": st.text(max_size=10)})

    @given(st.lists(record, max_size=5), st.sampled_from(["jsonl", "csv"]), st.binary(max_size=40))
    def run(records: list[dict[str, object]], kind: str, junk: bytes) -> None:
        count[0] += 1
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"feed.{kind}"
            if kind == "jsonl":
                body = "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode("utf-8", "surrogatepass")
            else:
                import csv
                import io

                buf = io.StringIO()
                w = csv.writer(buf)
                w.writerow(["id", "text", "date"])
                for r in records:
                    w.writerow([r.get("id"), r.get("text"), r.get("date", "")])
                body = buf.getvalue().encode("utf-8", "surrogatepass")
            path.write_bytes(body + junk)
            try:
                read_feed(str(path))
            except InputProblem:
                pass
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
            assert res.exit_code in (0, 1, 2), (res.exit_code, res.output[-500:])
            assert res.exception is None or isinstance(res.exception, SystemExit), "".join(
                traceback.format_exception(res.exception))
            if res.exit_code == 2:
                assert len(res.output.strip().splitlines()) == 1 and not out.exists(), res.output
    return run


TARGETS = {"ingest": target_ingest, "feed": target_feed, "check": target_check, "cli": target_cli}


def fuzz(name: str, seconds: float) -> tuple[int, str | None]:
    """Run one target in rounds until its time is up; (examples, failure or None)."""
    count = [0]
    test = TARGETS[name](count)
    deadline = time.monotonic() + seconds
    wrapped = settings(max_examples=50, deadline=None, database=None, derandomize=False,
                       suppress_health_check=list(HealthCheck))(test)
    while time.monotonic() < deadline:  # each call draws 50 new examples
        try:
            wrapped()
        except Exception:  # noqa: BLE001 - the whole point is to catch anything
            return count[0], traceback.format_exc(limit=8)
    return count[0], None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seconds", type=float, default=300)
    ap.add_argument("--targets", default=",".join(TARGETS))
    args = ap.parse_args()
    names = [n for n in args.targets.split(",") if n]
    t0 = time.monotonic()
    crashed = 0
    print("| target | examples | seconds | crashes |")
    print("|---|---|---|---|")
    failures = []
    for name in names:
        start = time.monotonic()
        n, failure = fuzz(name, args.seconds / len(names))
        crashed += failure is not None
        print(f"| {name} | {n} | {time.monotonic() - start:.0f} | {0 if failure is None else 1} |", flush=True)
        if failure:
            failures.append((name, failure))
    for name, failure in failures:
        print(f"\n--- {name} crashed:\n{failure}")
    print(f"\n{len(names)} targets, {time.monotonic() - t0:.0f} s, {crashed} crashed")
    return 1 if crashed else 0


if __name__ == "__main__":
    raise SystemExit(main())
