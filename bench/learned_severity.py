"""Would a learned severity beat the hand-written `Match.confident`? An experiment, run by hand.

    python3 bench/learned_severity.py [--test DIR ...]

Every disagreeing fact match (figures, dates, names, scores) of the dev stories
(../shared/stories) and the read blind rounds (bench/blind/r16*-r24*) becomes one row:
the match's features (score, anchor agreement, alignment, support, restatement, kinds,
what the anchors share), its gold label (its two values are a planted error) and the
severity wirecheck gives it today. A logistic regression (numpy, L2) is scored by
leaving one round out at a time, beside today's errors; with --test, it is trained on
all of them and scored on the rounds given (an unseen round). Skips cleanly when the
stories are absent. Result (2026-12-04, docs/accuracy.md): no gain, not shipped.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared"
KINDS = ("quantity", "date", "name", "score")


def rows(folders: list[str]) -> list[dict]:
    import checker.check as ck
    from checker.embed import shared_embedder
    from checker.ingest import read_version
    from checker.match import dice

    captured: list = []
    real = ck.match_story
    ck.match_story = lambda a, b, comp: captured.append(real(a, b, comp)) or captured[-1]
    emb, out = shared_embedder(), []

    def hit(t: str, g: str) -> bool:
        return len(t) >= 2 and (g in t or t in g)

    for d in folders:
        gold = [tuple(p) for p in json.load(open(os.path.join(d, "gold.json")))["errors"]]
        captured.clear()
        found = ck.check_versions([read_version(f) for f in sorted(glob.glob(os.path.join(d, "v[0-9]*")))], emb).findings
        for sm in captured:
            for m in sm.facts:
                if m.agree or m.a.kind not in KINDS:
                    continue
                ta, tb = m.a.text, m.b.text
                sev = max([int(f.severity) for f in found if f.b.version == m.b.version
                           and (ta in f.a.value or f.a.value in ta) and (tb in f.b.value or f.b.value in tb)] or [0])
                kinds = (getattr(m.a.item, "kind", ""), getattr(m.b.item, "kind", ""))
                x = [1.0, m.score, m.near, m.aligned, m.restated, min(m.support, 4) / 4, m.lone_slip,
                     bool(m.lone_event), m.sole_figures, min(len(m.shared), 6) / 6, min(len(m.words), 4) / 4,
                     dice(m.a.sentence, m.b.sentence), min(len(m.a.people & m.b.people), 3) / 3,
                     bool(m.a.people and m.b.people and not m.a.people & m.b.people), sm.kin,
                     m._other_day(), m._slip(), m.a.kind == "quantity" and m._two_counts()]
                x += [m.a.kind == k for k in KINDS] + [kinds == (k, k) for k in ("person", "place", "org")]
                out.append({"round": Path(d).parent.name[:3], "x": [float(v) for v in x],
                            "label": any(hit(ta, a) and hit(tb, b) for a, b in gold), "error": sev == 3})
    ck.match_story = real
    return out


def train(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        g = x.T @ (p - y) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= 0.5 * g
    return w


def table(name: str, y: np.ndarray, today: np.ndarray, p: np.ndarray) -> None:
    def line(label: str, flagged: np.ndarray) -> None:
        print(f"| {name} | {label} | {int((flagged & y).sum())} | {int((flagged & ~y).sum())} |")

    print(f"\n{name}: {len(y)} disagreeing matches, {int(y.sum())} of them planted errors\n")
    print("| set | decision | planted errors at error | other matches at error |\n|---|---|---|---|")
    line("wirecheck today", today)
    for t in (0.5, 0.6, 0.7):
        line(f"learned, p >= {t}", p >= t)
        line(f"today or learned p >= {t + 0.1:.1f}", today | (p >= t + 0.1))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--test", nargs="*", default=[], help="round folders to score the model trained on all the rest")
    args = ap.parse_args()
    dev = [str(SHARED / "stories")] + sorted(glob.glob(str(ROOT / "bench/blind/r1[6-9]?"))
                                               + glob.glob(str(ROOT / "bench/blind/r2[0-4]?")))
    stories = [d for r in dev for d in sorted(glob.glob(os.path.join(r, "*/"))) if os.path.exists(d + "gold.json")]
    if not stories:
        print("no stories found: skipped")
        return 0
    data = rows(stories)
    x = np.array([r["x"] for r in data])
    y = np.array([r["label"] for r in data])
    today = np.array([r["error"] for r in data])
    p = np.zeros(len(data))
    groups = np.array([r["round"] for r in data])
    for g in sorted(set(groups)):  # leave one round out
        w = train(x[groups != g], y[groups != g].astype(float))
        p[groups == g] = 1 / (1 + np.exp(-x[groups == g] @ w))
    table("read rounds, left out one at a time", y, today, p)
    if args.test:
        test = rows([d for r in args.test for d in sorted(glob.glob(os.path.join(r, "*/")))
                     if os.path.exists(d + "gold.json")])
        if test:
            w = train(x, y.astype(float))
            xt = np.array([r["x"] for r in test])
            table("--test rounds", np.array([r["label"] for r in test]), np.array([r["error"] for r in test]),
                  1 / (1 + np.exp(-xt @ w)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
