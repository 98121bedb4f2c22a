"""False alarms on real copy: same-event articles by different outlets (run by hand).

    python3 bench/real_copy.py [--eval DIR] [--pairs 150] [--seed 13] [--out bench/out/real_copy]
                               [--embedder static|minilm] [--verdicts bench/real_copy_verdicts.jsonl]

ECB+ (../shared/eval/ecbplus/docs.jsonl) groups news articles by the
real-world event they report (`story`). Two articles of the same story are
real, independently written copy of one event, so most of what wirecheck
flags between them is a false alarm, but not all: outlets do disagree.
This builds at least --pairs same-story article pairs (round-robin over the
stories, deterministic with --seed), writes the articles to OUT/articles/,
checks every pair in ONE `wirecheck check --stories` run, and writes
OUT/findings.jsonl (errors), OUT/warnings.jsonl and OUT/unjudged.jsonl
(errors without a verdict yet).

Verdicts are JSON lines in --verdicts:
    {"pair": "<docA>|<docB>", "a_value": "...", "b_value": "...", "verdict": "real"|"false"|"unclear", "note": "..."}
ids, values and verdicts only, never article text (ECB+ texts belong to their
publishers: the verdict file is committed, the articles never are). A finding
takes the verdict of the line with the same pair, a_value and b_value
(case-insensitive, white space collapsed). To judge: read OUT/unjudged.jsonl
and append verdict lines. Prints error precision over judged findings, false
errors per pair and how much is still unjudged. Skips cleanly when the eval
folder is absent.
"""
from __future__ import annotations

import argparse
import json
import math
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
DOCS = Path("ecbplus") / "docs.jsonl"
MIN_SENTENCES = 3
VERDICTS = ("real", "false", "unclear")


def load_docs(path: Path) -> list[dict[str, Any]]:
    """The ECB+ articles, one dict per line."""
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def build_pairs(docs: list[dict[str, Any]], n: int, seed: int = 13,
                min_sentences: int = MIN_SENTENCES) -> list[tuple[str, str]]:
    """At least n (when the data allow) pairs (id_a, id_b) of different articles of one story.

    Articles with fewer than min_sentences sentences are left out. Each story's
    pairs are shuffled, then taken round-robin over the stories (whole rounds,
    so every story gets its share), then shuffled; all with random.Random(seed).
    """
    rng = random.Random(seed)
    by_story: dict[str, list[str]] = defaultdict(list)
    for d in docs:
        if len(d.get("sentences") or []) >= min_sentences:
            by_story[str(d["story"])].append(str(d["id"]))
    queues: list[list[tuple[str, str]]] = []
    for story in sorted(by_story):
        ids = sorted(set(by_story[story]))
        pairs = [(a, b) if rng.random() < 0.5 else (b, a) for a, b in combinations(ids, 2)]
        rng.shuffle(pairs)
        if pairs:
            queues.append(pairs)
    rng.shuffle(queues)
    out: list[tuple[str, str]] = []
    depth = 0
    while len(out) < n and any(depth < len(q) for q in queues):
        out.extend(q[depth] for q in queues if depth < len(q))
        depth += 1
    rng.shuffle(out)
    return out


def pair_id(a: str, b: str) -> str:
    return f"{a}|{b}"


def article_text(doc: dict[str, Any]) -> str:
    """The article as plain text: one sentence per line, in idx order."""
    sentences = sorted(doc["sentences"], key=lambda s: s["idx"])
    return "\n".join(" ".join(str(s["text"]).split()) for s in sentences) + "\n"


def write_inputs(docs: dict[str, dict[str, Any]], pairs: list[tuple[str, str]],
                 out_dir: Path) -> tuple[Path, dict[tuple[Path, Path], str]]:
    """Write the articles and the story list; return the list and the pair id by (path_a, path_b)."""
    art = out_dir / "articles"
    art.mkdir(parents=True, exist_ok=True)
    by_paths: dict[tuple[Path, Path], str] = {}
    lines = []
    for a, b in pairs:
        pa, pb = art / f"{a}.txt", art / f"{b}.txt"
        for doc_id, p in ((a, pa), (b, pb)):
            if not p.exists():
                p.write_text(article_text(docs[doc_id]))
        if " " in str(pa) or " " in str(pb):
            raise SystemExit(f"the story list is space-separated: choose an --out without spaces ({out_dir})")
        lines.append(f"{pa} {pb}")
        by_paths[(pa.resolve(), pb.resolve())] = pair_id(a, b)
    listing = out_dir / "stories.txt"
    listing.write_text("\n".join(lines) + "\n")
    return listing, by_paths


def run_check(listing: Path, out_dir: Path, embedder: str | None) -> tuple[dict[str, Any], int]:
    """Check every listed pair in one wirecheck process; return its JSON and exit code."""
    result_path = out_dir / "result.json"
    cmd = [sys.executable, "-m", "checker", "check", "--stories", str(listing), "--json", str(result_path),
           "--fail-on", "never"]
    if embedder:
        cmd += ["--embedder", embedder]
    proc = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
    if proc.returncode not in (0, 1, 2) or not result_path.exists():
        raise SystemExit(f"wirecheck check failed with exit code {proc.returncode}")
    return json.loads(result_path.read_text()), proc.returncode


def match_stories(result: dict[str, Any], by_paths: dict[tuple[Path, Path], str]) -> dict[str, dict[str, Any]]:
    """Each story object of the batch JSON, by the pair id its first two version paths name."""
    out: dict[str, dict[str, Any]] = {}
    for story in result.get("stories", []):
        versions = story.get("versions") or []
        if len(versions) < 2:
            continue
        key = tuple((ROOT / v["path"]).resolve() for v in versions[:2])
        pid = by_paths.get(key)  # type: ignore[arg-type]
        if pid is not None:
            out[pid] = story
    return out


def flatten(pid: str, finding: dict[str, Any]) -> dict[str, Any]:
    """One finding as a findings.jsonl row."""
    a, b = finding.get("a") or {}, finding.get("b") or {}
    return {"pair": pid, "rule": finding.get("rule"), "name": finding.get("name"),
            "a_value": a.get("value"), "b_value": b.get("value"),
            "a_sentence": a.get("claim"), "b_sentence": b.get("claim"),
            "message": finding.get("message"), "why": finding.get("why")}


def collect(stories: dict[str, dict[str, Any]], severity: str) -> list[dict[str, Any]]:
    """The flattened findings of one severity, pair by pair."""
    return [flatten(pid, f) for pid, story in stories.items() for f in story.get("findings", [])
            if f.get("severity") == severity]


def norm(value: Any) -> str:
    """A value as compared with verdicts: case-folded, white space collapsed."""
    return " ".join(str(value if value is not None else "").split()).casefold()


def verdict_key(pair: str, a_value: Any, b_value: Any) -> tuple[str, str, str]:
    return norm(pair), norm(a_value), norm(b_value)


def load_verdicts(path: Path) -> dict[tuple[str, str, str], dict[str, Any]]:
    """The verdict lines by (pair, a_value, b_value); a later line wins. Missing file: none."""
    if not path.exists():
        return {}
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        v = json.loads(line)
        if v.get("verdict") not in VERDICTS:
            raise SystemExit(f"{path}:{n}: verdict must be one of {', '.join(VERDICTS)}")
        out[verdict_key(v["pair"], v.get("a_value"), v.get("b_value"))] = v
    return out


def judge(findings: list[dict[str, Any]], verdicts: dict[tuple[str, str, str], dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings, each with its "verdict" (None when not judged yet)."""
    out = []
    for f in findings:
        key = verdict_key(f["pair"], f.get("a_value"), f.get("b_value"))
        v = verdicts.get(key) or next(  # a value now shown with a word more ("sustained when") keeps its verdict
            (v for (pair, a, b), v in verdicts.items() if pair == key[0] and a and b and a in key[1] and b in key[2]),
            None)
        out.append(dict(f, verdict=v["verdict"] if v else None))
    return out


def unjudged(judged: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The findings still without a verdict, as rows to read and judge."""
    return [{k: v for k, v in f.items() if k != "verdict"} for f in judged if f.get("verdict") is None]


def score(errors: list[dict[str, Any]], warnings: list[dict[str, Any]], pairs: int, stories: int) -> dict[str, Any]:
    """The figures of the table, from judged error findings (see judge) and warnings."""
    counts = Counter(f.get("verdict") for f in errors)
    real, false, unclear, unj = counts["real"], counts["false"], counts["unclear"], counts[None]

    def per(x: int) -> float:
        return x / pairs if pairs else float("nan")

    return {
        "pairs": pairs, "stories": stories, "errors": len(errors),
        "errors_per_pair": per(len(errors)), "warnings": len(warnings), "warnings_per_pair": per(len(warnings)),
        "judged": real + false + unclear, "real": real, "false": false, "unclear": unclear, "unjudged": unj,
        "precision": real / (real + false) if real + false else float("nan"),
        "false_per_pair": per(false), "unjudged_per_pair": per(unj),
        "per_rule": dict(sorted(Counter(str(f.get("name")) for f in errors).items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def _fmt(x: float, spec: str = ".3f") -> str:
    return "n/a" if isinstance(x, float) and math.isnan(x) else format(x, spec)


def render(s: dict[str, Any]) -> str:
    """The score as Markdown tables."""
    rows = [
        ("pairs checked", s["pairs"]), ("stories", s["stories"]),
        ("error findings", s["errors"]), ("errors per pair", _fmt(s["errors_per_pair"])),
        ("warning findings", s["warnings"]), ("warnings per pair", _fmt(s["warnings_per_pair"])),
        ("judged errors", s["judged"]), ("real", s["real"]), ("false", s["false"]), ("unclear", s["unclear"]),
        ("unjudged errors", s["unjudged"]),
        ("error precision (real / (real + false))", _fmt(s["precision"])),
        ("false errors per pair", _fmt(s["false_per_pair"])),
        ("unjudged errors per pair", _fmt(s["unjudged_per_pair"])),
    ]
    lines = ["| figure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in rows]
    lines += ["", "| rule (errors) | findings |", "|---|---|"]
    lines += [f"| {name} | {n} |" for name, n in s["per_rule"].items()] or ["| (none) | 0 |"]
    return "\n".join(lines)


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w") as fp:
        for r in rows:
            fp.write(json.dumps(r, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the shared eval folder")
    ap.add_argument("--pairs", type=int, default=150, help="at least this many article pairs")
    ap.add_argument("--seed", type=int, default=13, help="the sampling seed")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "real_copy", help="where to write outputs")
    ap.add_argument("--embedder", choices=("static", "minilm"), default=None, help="passed to wirecheck check")
    ap.add_argument("--verdicts", type=Path, default=ROOT / "bench" / "real_copy_verdicts.jsonl",
                    help="the JSON lines of verdicts on error findings")
    args = ap.parse_args(argv)
    docs_path = args.eval / DOCS
    if not docs_path.exists():
        print(f"skipped: {docs_path} not found")
        return 0
    out_dir = args.out.resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    docs = load_docs(docs_path)
    by_id = {str(d["id"]): d for d in docs}
    pairs = build_pairs(docs, args.pairs, args.seed)
    listing, by_paths = write_inputs(by_id, pairs, out_dir)
    t0 = time.perf_counter()
    result, code = run_check(listing, out_dir, args.embedder)
    elapsed = time.perf_counter() - t0
    stories = match_stories(result, by_paths)
    if code == 2 or len(stories) < len(pairs):
        for e in result.get("errors", []):
            print(f"skipped story: {e.get('source')}: {e.get('reason')}")
        print(f"{len(pairs) - len(stories)} of {len(pairs)} pairs not checked")
    errors = judge(collect(stories, "error"), load_verdicts(args.verdicts))
    warnings = collect(stories, "warning")
    todo = unjudged(errors)
    _write_jsonl(out_dir / "findings.jsonl", [{k: v for k, v in f.items() if k != "verdict"} for f in errors])
    _write_jsonl(out_dir / "warnings.jsonl", warnings)
    _write_jsonl(out_dir / "unjudged.jsonl", todo)
    n_stories = len({by_id[p.split("|", 1)[0]]["story"] for p in stories})
    print(render(score(errors, warnings, len(stories), n_stories)))
    print(f"\n{len(stories)} pairs in {elapsed:.0f} s; {len(todo)} unjudged error findings in "
          f"{out_dir / 'unjudged.jsonl'} (append verdicts to {args.verdicts})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
