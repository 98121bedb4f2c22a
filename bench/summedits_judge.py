"""How well a careful reader does on SummEdits news from the two versions alone (run by hand).

    python3 bench/summedits_judge.py [--eval DIR] [--pairs bench/out/pairs_out.jsonl]

Two helper sessions that never saw the labels or the code judged the 115 news pairs of the read slice
(bench/splits.py): one from the two versions alone ("does b state a different fact from a?"), one against the
source document ("is b consistent with it?"). Their verdicts are in bench/summedits_judged.jsonl (ids only, none
of the data's text). This prints each judge's balanced accuracy against the labels, beside wirecheck's when a
`wirecheck pairs` output is given: how much of the SummEdits target a reader of the pair alone can reach.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.accuracy import DEFAULT_EVAL, load  # noqa: E402

JUDGED = Path(__file__).resolve().parent / "summedits_judged.jsonl"


def balanced_accuracy(flags: dict[str, bool], labels: dict[str, int]) -> tuple[float, float, float]:
    """(balanced accuracy, recall on label 1, flag rate on label 0) over the ids of `flags`."""
    pos = [flags[i] for i in flags if labels[i] == 1]
    neg = [flags[i] for i in flags if labels[i] == 0]
    recall, false_rate = sum(pos) / len(pos), sum(neg) / len(neg)
    return (recall + 1 - false_rate) / 2, recall, false_rate


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL)
    ap.add_argument("--pairs", type=Path, default=ROOT / "bench" / "out" / "pairs_out.jsonl")
    args = ap.parse_args(argv)
    if not args.eval.exists():
        print(f"skipped: {args.eval} not found")
        return 0
    labels = {r["id"]: r["label"] for r in load(args.eval) if r["dataset"] == "summedits"}
    judged = [json.loads(line) for line in JUDGED.read_text().splitlines()]
    rows = {"reader, the two versions alone": {j["id"]: bool(j["pair_only"]) for j in judged},
            "reader, against the source document": {j["id"]: bool(j["with_document"]) for j in judged}}
    if args.pairs.exists():
        out = {o["id"]: o for o in map(json.loads, args.pairs.read_text().splitlines())}
        rows["wirecheck, error or warning"] = {j["id"]: any(f["severity"] in ("error", "warning")
                                                            for f in out[j["id"]]["findings"]) for j in judged}
    print(f"SummEdits news, read slice: {len(judged)} pairs "
          f"({sum(labels[j['id']] for j in judged)} inconsistent)")
    print("| flagging by | balanced accuracy | recall, label 1 | flagged, label 0 |\n|---|---|---|---|")
    for name, flags in rows.items():
        ba, recall, false_rate = balanced_accuracy(flags, labels)
        print(f"| {name} | {ba:.3f} | {recall:.1%} | {false_rate:.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
