"""How far a pair-only checker can reach on SummEdits (run by hand, after bench/accuracy.py).

    python3 bench/accuracy.py && python3 bench/summedits_reach.py [--eval DIR] [--out DIR]

SummEdits judges each edit against a source document that wirecheck never
sees, so some edits labelled inconsistent are plain synonyms ("collapse" /
"disaster"): wrong against the document, the same fact on the page. Every
label-1 pair the rules missed at commit eabb721 was read and given a verdict
in bench/summedits_triage.jsonl (ids only, no text):

- fact: reading only the two versions, they state different facts;
- specificity: one is broader or vaguer, or adds or drops a detail;
- synonym: the same meaning, or a near-synonym or paraphrase;
- unclear.

The reach of a kind is the share of its pairs that are not a miss judged
synonym or specificity: an upper bound on its error-level recall for any
checker that reads only the pair, even one that caught every other pair
without a single false alarm. Misses with no verdict (pairs flagged when the
triage was made) count as reachable, so the bound stays an upper one.
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TRIAGE = Path(__file__).resolve().parent / "summedits_triage.jsonl"
KINDS = {"entity_modification": 0.85, "negation_insertion_removal": 0.85, "antonym_swap": 0.75}
OUT_OF_REACH = ("synonym", "specificity")


def reach(pairs: list[dict[str, Any]], flags: dict[str, str | None], verdicts: dict[str, str]) -> list[dict[str, Any]]:
    """Per target row: pairs, error-level rate now, misses by verdict, and the reach of a pair-only checker.

    `pairs` are SummEdits rows (id, label, kind, domain), `flags` the highest
    severity per id (None when silent), `verdicts` the triage by id.
    """
    groups: list[tuple[str, float | None, list[dict[str, Any]]]] = [
        (kind, target, [p for p in pairs if p["label"] == 1 and kind in (p["kind"] or "").split("+")])
        for kind, target in KINDS.items()]
    groups.append(("news, label 1", None, [p for p in pairs if p["label"] == 1 and p["domain"] == "news"]))
    out = []
    for name, target, rows in groups:
        misses = Counter(verdicts.get(p["id"], "unjudged") for p in rows if flags.get(p["id"]) != "error")
        n = len(rows)
        lost = sum(misses[v] for v in OUT_OF_REACH)
        out.append({"row": name, "n": n, "target": target,
                    "error": sum(flags.get(p["id"]) == "error" for p in rows) / n if n else float("nan"),
                    "misses": dict(misses), "reach": (n - lost) / n if n else float("nan")})
    return out


def news_balanced_reach(pairs: list[dict[str, Any]], flags: dict[str, str | None], verdicts: dict[str, str]) -> float:
    """Balanced accuracy on SummEdits news if every reachable label-1 pair were flagged at error and the
    label-0 pairs kept today's flags."""
    news = [p for p in pairs if p["domain"] == "news"]
    pos = [p for p in news if p["label"] == 1]
    neg = [p for p in news if p["label"] == 0]
    recall = sum(flags.get(p["id"]) == "error" or verdicts.get(p["id"], "unjudged") not in OUT_OF_REACH
                 for p in pos) / len(pos)
    specificity = sum(flags.get(p["id"]) != "error" for p in neg) / len(neg)
    return (recall + specificity) / 2


def render(rows: list[dict[str, Any]], balanced: float) -> str:
    head = "| row | pairs | error now | misses: fact / specificity / synonym / unclear / unjudged | reach | target |"
    lines = [head, "|---|---|---|---|---|---|"]
    for r in rows:
        m = r["misses"]
        split = " / ".join(str(m.get(v, 0)) for v in ("fact", "specificity", "synonym", "unclear", "unjudged"))
        target = f"{r['target']:.0%}" if r["target"] is not None else "-"
        lines.append(f"| {r['row']} | {r['n']} | {r['error']:.1%} | {split} | {r['reach']:.1%} | {target} |")
    lines.append(f"\nSummEdits news balanced accuracy if every reachable pair were flagged: {balanced:.3f} (target 0.85)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "out")
    args = ap.parse_args(argv)
    src, flags_path = args.eval / "summedits" / "pairs.jsonl", args.out / "pairs_out.jsonl"
    if not src.exists():
        print(f"skipped: {src} not found")
        return 0
    if not flags_path.exists():
        print(f"skipped: {flags_path} not found; run python3 bench/accuracy.py first")
        return 0
    pairs = [json.loads(line) for line in src.read_text().splitlines()]
    flags = {}
    for line in flags_path.read_text().splitlines():
        o = json.loads(line)
        if o["id"].startswith("summedits:"):
            flags[o["id"].removeprefix("summedits:")] = o["flag"]
    verdicts = {t["id"]: t["verdict"] for t in map(json.loads, TRIAGE.read_text().splitlines())}
    print(render(reach(pairs, flags, verdicts), news_balanced_reach(pairs, flags, verdicts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
