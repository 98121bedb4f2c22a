"""Story grouping quality on ECB+ (run by hand).

    python3 bench/grouping.py [--eval ../shared/eval] [--threshold T] [--sweep]

Each ECB+ document becomes a feed article under an opaque id (the corpus ids
name their story, so they are never shown to the grouper); the gold cluster is
`story`. Prints B-cubed precision, recall and F1 and pairwise F1. Skips
cleanly when the eval folder is absent.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def bcubed(pred: list[int], gold: list[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of predicted labels against gold labels."""
    by_pred: dict[int, set[int]] = defaultdict(set)
    by_gold: dict[str, set[int]] = defaultdict(set)
    for i, (p, g) in enumerate(zip(pred, gold)):
        by_pred[p].add(i)
        by_gold[g].add(i)
    n = len(pred)
    precision = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_pred[pred[i]]) for i in range(n)) / n
    recall = sum(len(by_pred[pred[i]] & by_gold[gold[i]]) / len(by_gold[gold[i]]) for i in range(n)) / n
    return precision, recall, 2 * precision * recall / (precision + recall)


def pairwise_f1(pred: list[int], gold: list[str]) -> float:
    tp = fp = fn = 0
    n = len(pred)
    for i in range(n):
        for j in range(i + 1, n):
            same_p, same_g = pred[i] == pred[j], gold[i] == gold[j]
            tp += same_p and same_g
            fp += same_p and not same_g
            fn += same_g and not same_p
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--threshold", type=float, default=None)
    ap.add_argument("--sweep", action="store_true", help="print F1 for a range of thresholds and weights")
    args = ap.parse_args()
    path = args.eval / "ecbplus" / "docs.jsonl"
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    from checker import group
    from checker.embed import shared_embedder
    from checker.model import Version

    docs = [json.loads(line) for line in path.read_text().splitlines()]
    versions = []
    for n, d in enumerate(docs):
        text = "\n".join(s["text"] for s in d["sentences"])
        versions.append(Version(f"doc{n:04d}", text, body_end=len(text)))
    gold = [d["story"] for d in docs]
    t0 = time.perf_counter()
    arts = [group.article(v) for v in versions]
    embedder = shared_embedder()
    lead_vecs = group.lead_vectors(arts, embedder.encode)
    names = group.name_matrix(arts)
    elapsed = time.perf_counter() - t0
    if args.sweep:
        for w in (0.3, 0.4, 0.5, 0.6, 0.7, 1.0):
            group.EMBED_WEIGHT = w
            sim = group._blend(lead_vecs, lead_vecs, names, names)
            row = []
            for t in (0.25, 0.3, 0.33, 0.36, 0.4, 0.43, 0.46, 0.5):
                row.append(f"{t:.2f}:{bcubed(group.cluster(sim, t), gold)[2]:.3f}")
            print(f"weight {w}: " + "  ".join(row))
        return 0
    sim = group._blend(lead_vecs, lead_vecs, names, names)
    threshold = args.threshold if args.threshold is not None else group.THRESHOLD
    pred = group.cluster(sim, threshold)
    t1 = time.perf_counter()
    blocked = group.cluster_blocked(lead_vecs, names, threshold)
    print(f"blocked clustering (what nightly runs) agrees with the full matrix: {blocked == pred}"
          f" ({time.perf_counter() - t1:.2f} s)")
    p, r, f = bcubed(pred, gold)
    print(f"ECB+ dev: {len(docs)} articles, {len(set(gold))} gold stories, {len(set(pred))} predicted")
    print(f"B-cubed precision {p:.3f} recall {r:.3f} F1 {f:.3f}; pairwise F1 {pairwise_f1(pred, gold):.3f}")
    print(f"threshold {threshold}, embed weight {group.EMBED_WEIGHT}; features and leads in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
