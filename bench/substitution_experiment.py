"""Does a learned classifier tell a changed term from a rewording? (run by hand)

    python3 bench/substitution_experiment.py [--eval ../shared/eval]

The experiment behind the README's answer to "which approach earns its
place" for common-noun/verb/adjective substitutions. Candidates are small
replacements of content words (no names, numbers, dates) in pairs that are
edits, not rewrites. Each is described by embedding features (cosine of the
two phrases, how far the sentence moves when only this replacement is
applied, the phrases' vectors) and a logistic regression is scored with
5-fold cross-validation grouped by source document. Positives: SummEdits
inconsistent pairs of kind entity_modification / antonym_swap, VitaminC
supports/refutes flips; negatives: SummEdits consistent pairs, MRPC label 0
minus triaged conflicts. Only pairs with one candidate are used. It prints
ROC AUC on SummEdits and the recall reached while SummEdits label-0 pairs stay
under 6% and MRPC label-0 under 1% flagged. Nothing is written to data/.
"""
from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checker.check import compare_versions, make_context  # noqa: E402
from checker.compare import REWRITE_FRACTION, Op, PairContext  # noqa: E402
from checker.embed import shared_embedder  # noqa: E402
from checker.model import Version  # noqa: E402
from checker.segment import segment  # noqa: E402

SUBSTITUTION_KINDS = {"entity_modification", "antonym_swap"}
FEATURES = ("cos_span", "cos_edit", "char_ratio", "len_a", "len_b", "changed_fraction", "n_changes", "stem_shared")

_FUNCTION = {
    "the", "a", "an", "of", "to", "in", "on", "at", "for", "by", "with", "and", "or", "but", "as", "that", "this",
    "be", "have", "do", "will", "would", "can", "could", "should", "may", "might", "it", "its", "they", "their",
    "he", "his", "she", "her", "we", "our", "from", "into", "about", "than", "so", "also", "which", "who",
}
MAX_SPAN = 3  # words on either side of a replacement considered a substitution

def candidates(ctx: PairContext) -> list[Op]:
    """Small replacements of content words by content words, outside names, numbers and dates."""
    out = []
    for op in ctx.changes:
        if op.tag != "replace" or len(op.a) > MAX_SPAN or len(op.b) > MAX_SPAN:
            continue
        toks = op.a + op.b
        if any(t.kind in ("quantity", "date", "alias") or (t.cap and not t.first) for t in toks):
            continue
        if not any(t.key not in _FUNCTION for t in op.a) or not any(t.key not in _FUNCTION for t in op.b):
            continue
        out.append(op)
    return out


def _edited(ctx: PairContext, op: Op) -> str:
    """Sentence A with only this replacement applied."""
    a = ctx.a.text
    return a[: op.a[0].start] + ctx.b.text[op.b[0].start : op.b[-1].end] + a[op.a[-1].end :]


def features(ctx: PairContext, op: Op, encode) -> np.ndarray:
    span_a = ctx.a.text[op.a[0].start : op.a[-1].end]
    span_b = ctx.b.text[op.b[0].start : op.b[-1].end]
    vecs = encode([span_a, span_b, ctx.a.text, _edited(ctx, op)])
    cos_span = float(vecs[0] @ vecs[1])
    cos_edit = float(vecs[2] @ vecs[3])
    char_ratio = difflib.SequenceMatcher(None, span_a.lower(), span_b.lower()).ratio()
    stems_a = {t.key[:5] for t in op.a if t.key not in _FUNCTION}
    stems_b = {t.key[:5] for t in op.b if t.key not in _FUNCTION}
    return np.array([
        cos_span, cos_edit, char_ratio, len(op.a), len(op.b), ctx.changed_fraction, len(ctx.changes),
        float(bool(stems_a & stems_b)),
    ], dtype=np.float64)


def examples(eval_dir: Path) -> list[tuple[np.ndarray, int, str, str]]:
    """(features, label, group, source) for every usable pair."""
    rows = []
    for line in (eval_dir / "summedits" / "pairs.jsonl").read_text().splitlines():
        d = json.loads(line)
        kinds = set(str(d.get("kind") or "").split("+"))
        if d["label"] == 1 and not kinds & SUBSTITUTION_KINDS:
            continue
        rows.append((d["a"], d["b"], d["label"], d["doc_id"], "summedits"))
    triage = {}
    tp = eval_dir / "mrpc" / "triage.jsonl"
    if tp.exists():
        triage = {t["id"]: t["verdict"] for t in map(json.loads, tp.read_text().splitlines())}
    for line in (eval_dir / "mrpc" / "pairs.jsonl").read_text().splitlines():
        d = json.loads(line)
        if d["label"] == 0 and triage.get(d["id"]) not in ("conflict", "unsure"):
            rows.append((d["a"], d["b"], 0, d["id"], "mrpc"))
    for line in (eval_dir / "vitaminc" / "pairs.jsonl").read_text().splitlines():
        d = json.loads(line)
        if d["kind"] == "supports_refutes_flip":
            rows.append((d["a"], d["b"], 1, d.get("page", d["id"]), "vitaminc"))
    embedder = shared_embedder()
    out = []
    for n, (a, b, label, group, source) in enumerate(rows):
        va = Version("a", a, body_end=len(a.rstrip()))
        vb = Version("b", b, body_end=len(b.rstrip()))
        claims = {"a": segment(va), "b": segment(vb)}
        comp = compare_versions(va, vb, claims, embedder)
        found = []
        for pair in comp.pairs:
            if pair.kind not in ("match", "split"):
                continue
            ctx = make_context(pair, va, vb, embedder=embedder)
            if ctx.changed_fraction > REWRITE_FRACTION:
                continue
            for op in candidates(ctx):
                sa = ctx.a.text[op.a[0].start : op.a[-1].end]
                sb = ctx.b.text[op.b[0].start : op.b[-1].end]
                found.append((features(ctx, op, embedder.encode), embedder.encode([sa, sb, ctx.a.text, ctx.b.text])))
        if len(found) == 1:
            out.append((found[0][0], label, f"{source}:{group}", source, found[0][1]))
        if n % 1000 == 0:
            print(f"  {n}/{len(rows)} pairs, {len(out)} examples", file=sys.stderr)
    return out


def cross_validate(x, y, groups, source, name: str, c: float) -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    held = np.zeros(len(y))
    w = np.where(source == "summedits", 1.0, 0.5)
    for train, test in GroupKFold(n_splits=5).split(x, y, groups):
        mean, scale = x[train].mean(axis=0), x[train].std(axis=0) + 1e-9
        clf = LogisticRegression(C=c, max_iter=2000).fit((x[train] - mean) / scale, y[train], sample_weight=w[train])
        held[test] = clf.predict_proba((x[test] - mean) / scale)[:, 1]
    se = source == "summedits"
    neg_se, neg_mrpc, pos_se = se & (y == 0), (source == "mrpc") & (y == 0), se & (y == 1)
    t = next((t for t in np.linspace(0.05, 0.99, 95) if (held[neg_se] >= t).mean() <= 0.06 and (held[neg_mrpc] >= t).mean() <= 0.01), 0.99)
    print(f"| {name} | {roc_auc_score(y[se], held[se]):.3f} | {t:.2f} | {(held[pos_se] >= t).mean():.1%} | "
          f"{(held[neg_se] >= t).mean():.1%} | {(held[neg_mrpc] >= t).mean():.1%} |")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    args = ap.parse_args()
    if not args.eval.exists():
        print(f"skipped: {args.eval} not found")
        return 0
    data = examples(args.eval)
    x = np.stack([d[0] for d in data])
    y = np.array([d[1] for d in data])
    groups = np.array([d[2] for d in data])
    source = np.array([d[3] for d in data])
    vecs = np.stack([d[4] for d in data])
    va, vb = vecs[:, 0], vecs[:, 1]
    print(f"{len(y)} examples, {int(y.sum())} positive")
    print("| features | ROC AUC (SummEdits) | threshold | SummEdits recall | SummEdits label 0 flagged | MRPC label 0 flagged |")
    print("|---|---|---|---|---|---|")
    cross_validate(x, y, groups, source, "8 scalar features", 1.0)
    cross_validate(np.hstack([x, va * vb, np.abs(va - vb)]), y, groups, source, "scalar + phrase vector products", 0.01)
    cross_validate(np.hstack([x, va, vb, vecs[:, 2] - vecs[:, 3]]), y, groups, source, "scalar + phrase vectors + sentence shift", 0.05)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
