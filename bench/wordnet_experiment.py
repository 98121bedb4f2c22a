"""Does WordNet tell a changed common word from a rewording? (run by hand)

    python3 bench/wordnet_experiment.py [--eval ../shared/eval] [--limit N]

The experiment behind the README's "which approach earns its place" rows for
WordNet. A candidate rule, registered only in this process, flags a change of
one or two lower-case content words inside a minimal, anchored edit when
WordNet 3.0 (data/wordnet) gives the two sides no shared sense: "collapse" /
"explosion", "parents" / "teachers", "hedge funds" / "banks". Each firing
records the WordNet path distance between the words (synonym 0, one step 1,
..., 99 when none within 6 steps). The table gives, for each minimum
distance, the share of pairs flagged at error level by the shipped rules plus
the candidate: SummEdits by label and on news (balanced accuracy), MRPC label
0, VitaminC supports/refutes flips. Nothing is written to data/.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from checker.compare import PairContext  # noqa: E402
from checker.facts import _FUNCTION  # noqa: E402
from checker.model import Finding, Severity  # noqa: E402
from checker.normalize import Token  # noqa: E402
from checker.opposites import opposite, opposites_of  # noqa: E402
from checker.rules import rule  # noqa: E402
from checker.rules.term import same_attribute  # noqa: E402
from checker.wordnet import Relation, WordNet, wordnet  # noqa: E402

THRESHOLDS = (None, 1, 3, 5, 7, 99)  # None: the shipped rules alone
CANDIDATE = "WC951"


def distance(wn: WordNet, x: str, y: str, limit: int = 6) -> int:
    """Steps between the nearest senses of two words (0: a shared synset; 99: none within `limit`)."""
    sx = {s for b in wn.base_forms(x) for s in wn.senses(b)}
    sy = {s for b in wn.base_forms(y) for s in wn.senses(b)}
    front, seen = set(sx), set(sx)
    for d in range(limit + 1):
        if front & sy:
            return d
        front = {n for s in front for n in wn.near(s)} - seen
        seen |= front
    return 99


def _content(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.kind == "word" and not t.cap and t.text.isalpha() and t.text.lower() not in _FUNCTION]


def _terms(words: list[Token], wn: WordNet) -> list[str]:
    phrase = " ".join(t.text for t in words)
    return [phrase] if len(words) > 1 and wn.base_forms(phrase) else [t.text for t in words]


@rule(CANDIDATE, "experiment-word-replaced", Severity.ERROR, "candidate: a common word replaced by an unrelated one")
def candidate(ctx: PairContext) -> Iterator[Finding]:
    if not ctx.minimal_edit:
        return
    wn, opposites = wordnet(), opposites_of(ctx.lex)
    for op in ctx.changes:
        if not (op.a and op.b) or op.size > 2 or not ctx.anchored(op):
            continue
        xs, ys = _content(op.a), _content(op.b)
        if not xs or not ys or len(xs) < len(op.a) - 1 or len(ys) < len(op.b) - 1:
            continue
        tx, ty = _terms(xs, wn), _terms(ys, wn)
        if any(wn.relation(x, y) is not Relation.DIFFERENT for x in tx for y in ty):
            continue
        if any(opposite(x.text, y.text, opposites) or same_attribute(x.text, y.text, ctx.lex) for x in xs for y in ys):
            continue
        d = min(distance(wn, x, y) for x in tx for y in ty)
        yield ctx.finding(candidate, (op.a[0].start, op.a[-1].end), (op.b[0].start, op.b[-1].end), "", why=str(d))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--limit", type=int, default=None, help="pairs per data set")
    args = ap.parse_args()
    if not (args.eval / "summedits" / "pairs.jsonl").exists():
        print(f"skipped: no labelled data under {args.eval}")
        return 0
    from checker.embed import shared_embedder
    from checker.pairs import run_pairs

    groups: dict[str, str] = {}
    lines = []
    for name in ("summedits", "mrpc", "vitaminc"):
        for n, line in enumerate((args.eval / name / "pairs.jsonl").read_text().splitlines()):
            if args.limit and n >= args.limit:
                break
            d = json.loads(line)
            if name == "vitaminc" and d["kind"] != "supports_refutes_flip":
                continue
            key = f"{name}{d['label']}" if name != "vitaminc" else "vitaminc flips"
            if name == "mrpc" and d["label"] == 1:
                continue
            groups[d["id"]] = key + (" news" if d.get("domain") == "news" else "")
            lines.append(json.dumps({"id": d["id"], "a": d["a"], "b": d["b"]}))
    flagged: dict[int | None, dict[str, list[bool]]] = {t: defaultdict(list) for t in THRESHOLDS}
    for item in run_pairs(lines, "eval", shared_embedder()):
        if not hasattr(item, "result"):
            continue
        errors = [f for f in item.result.findings if f.severity is Severity.ERROR]
        shipped = any(f.rule != CANDIDATE for f in errors)
        far = max((int(f.why) for f in errors if f.rule == CANDIDATE), default=-1)
        group = groups[item.id]
        for t in THRESHOLDS:
            hit = shipped or (t is not None and far >= t)
            for g in {group, group.removesuffix(" news")}:
                flagged[t][g].append(hit)

    def rate(t: int | None, g: str) -> float:
        xs = flagged[t][g]
        return sum(xs) / len(xs) if xs else float("nan")

    print("| rules | SummEdits label 1 | SummEdits label 0 | SummEdits balanced acc. | news balanced acc. | MRPC label 0 | VitaminC flips |")
    print("|---|---|---|---|---|---|---|")
    for t in THRESHOLDS:
        name = "shipped rules" if t is None else f"+ candidate, WordNet distance >= {t}" if t < 99 else "+ candidate, no path within 6 steps"
        bal = (rate(t, "summedits1") + 1 - rate(t, "summedits0")) / 2
        news = (rate(t, "summedits1 news") + 1 - rate(t, "summedits0 news")) / 2
        print(f"| {name} | {rate(t, 'summedits1'):.1%} | {rate(t, 'summedits0'):.1%} | {bal:.3f} | {news:.3f} | "
              f"{rate(t, 'mrpc0'):.1%} | {rate(t, 'vitaminc flips'):.1%} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
