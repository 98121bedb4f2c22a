"""Pairing quality of each embedder (run by hand): which model to use when.

    python3 bench/alignment.py [--eval ../shared/eval] [--quick]

1. MRPC retrieval: each sentence `a` must find its own `b` among all `b`
   sentences by cosine (many near-duplicates in the pool); recall@1 over all
   pairs and over label-0 (paraphrase) pairs, and encode speed.
2. The project's own stories (tests/stories, 2-3 versions each): how many
   align exactly as with MiniLM, and how many still give exactly the findings
   their expect.json lists (the check tests/test_stories.py makes).

MRPC is skipped cleanly when ../shared/eval/ is absent; the stories are in the repo.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

EMBEDDERS = ("minilm", "static")


def mrpc_recall(path: Path, embedder: object, limit: int | None) -> tuple[float, float, float]:
    """recall@1 (all pairs, label-0 pairs) and sentences encoded per second."""
    rows = [json.loads(line) for line in path.read_text().splitlines()][:limit]
    a_texts, b_texts = [r["a"] for r in rows], [r["b"] for r in rows]
    t0 = time.perf_counter()
    ea, eb = embedder.encode(a_texts), embedder.encode(b_texts)  # type: ignore[attr-defined]
    rate = 2 * len(rows) / (time.perf_counter() - t0)
    hit = (ea @ eb.T).argmax(axis=1) == np.arange(len(rows))
    label0 = np.array([r["label"] == 0 for r in rows])
    return float(hit.mean()), float(hit[label0].mean()), rate


def story_cases() -> list[Path]:
    stories = ROOT / "tests" / "stories"
    return sorted(p for p in stories.iterdir() if (p / "expect.json").exists())


def story_pairs(result: object) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return sorted((tuple(c.index for c in p.a), tuple(c.index for c in p.b))  # type: ignore[attr-defined]
                  for comp in result.comparisons for p in comp.pairs)  # type: ignore[attr-defined]


def meets_expectation(case: Path, result: object) -> bool:
    """The same test as tests/test_stories.py, as a yes/no."""
    from checker.model import Severity

    expect = json.loads((case / "expect.json").read_text())["findings"]
    got = [f for f in result.findings if f.severity >= Severity.WARNING]  # type: ignore[attr-defined]
    if len(got) != len(expect):
        return False
    return all(any(
        f.name == w["rule"] and f.severity.label == w["severity"] and f.b.version.startswith(w.get("version", "b"))
        and (w["a_value"] in f.a.value or f.a.value in w["a_value"])
        and (w["b_value"] in f.b.value or f.b.value in w["b_value"]) for f in got) for w in expect)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--quick", action="store_true", help="first 1,000 MRPC pairs only")
    args = ap.parse_args()
    from checker.check import check_versions
    from checker.embed import Embedder, resolve_model
    from checker.ingest import read_versions

    mrpc = args.eval / "mrpc" / "pairs.jsonl"
    cases = story_cases()
    reference: dict[str, list[object]] = {}
    print("| embedder | MRPC recall@1 (all) | MRPC recall@1 (label 0) | sentences/s | stories aligned as MiniLM "
          "| stories meeting expect.json |")
    print("|---|---|---|---|---|---|")
    for name in EMBEDDERS:
        embedder = Embedder(resolve_model(name), batch_size=256 if name == "static" else 64)
        embedder.encode(["warm up"])
        if mrpc.exists():
            r_all, r0, rate = mrpc_recall(mrpc, embedder, 1000 if args.quick else None)
            mrpc_cells = f"{r_all:.3f} | {r0:.3f} | {rate:,.0f}"
        else:
            mrpc_cells = "skipped | skipped | -"
        same = met = 0
        for case in cases:
            files = [str(case / f"{v}.txt") for v in "abc" if (case / f"{v}.txt").exists()]
            result = check_versions(read_versions(files), embedder)
            pairs = story_pairs(result)
            reference.setdefault(case.name, pairs)
            same += pairs == reference[case.name]
            met += meets_expectation(case, result)
        print(f"| {name} | {mrpc_cells} | {same}/{len(cases)} | {met}/{len(cases)} |")
    if not mrpc.exists():
        print(f"MRPC skipped: {mrpc} not found")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
