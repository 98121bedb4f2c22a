"""Detection quality on the labelled dev data in ../shared/eval (run by hand).

    python3 bench/accuracy.py [--eval DIR] [--out DIR] [--limit N]

Runs `wirecheck pairs` over MRPC, SummEdits and VitaminC, then prints, for
the read and the unread slice of the dev data (bench/splits.py), per data set and per kind, the flag rate at error level and at warning level,
precision/recall/F1 where the labels allow, balanced accuracy on SummEdits
news, and per-rule counts. Flagged benign pairs (MRPC label 0, SummEdits
label 0) of the read slice are written with their findings to
OUT/false_positives.jsonl, to be read, not only counted; the unread slice is
only scored. Where the learned verifier is shipped (data/verifier), each
slice also gets the rules alone, the verifier alone and the two together
(issue 24's figures); the unread slice is the verifier's tune slice, the read
slice its training data. Skips cleanly when the eval folder is absent.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.splits import assign  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
SETS = {"mrpc": "mrpc/pairs.jsonl", "summedits": "summedits/pairs.jsonl", "vitaminc": "vitaminc/pairs.jsonl"}
LEVELS = {"error": ("error",), "warning": ("error", "warning")}


def load(eval_dir: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """Every labelled pair, tagged with its data set; MRPC rows carry the triage verdict."""
    rows: list[dict[str, Any]] = []
    triage: dict[str, str] = {}
    tpath = eval_dir / "mrpc" / "triage.jsonl"
    if tpath.exists():
        for line in tpath.read_text().splitlines():
            t = json.loads(line)
            triage[t["id"]] = t["verdict"]
    for name, rel in SETS.items():
        path = eval_dir / rel
        if not path.exists():
            continue
        for i, line in enumerate(path.read_text().splitlines()):
            if limit and i >= limit:
                break
            d = json.loads(line)
            rows.append({"dataset": name, "id": f"{name}:{d['id']}", "a": d["a"], "b": d["b"], "label": d["label"],
                         "kind": d.get("kind"), "domain": d.get("domain"), "triage": triage.get(d["id"]),
                         "doc_id": d.get("doc_id"), "page": d.get("page")})
    slices = assign(rows)
    for r in rows:
        r["slice"] = slices[r["id"]]
    return rows


def run_pairs(rows: list[dict[str, Any]], out_dir: Path) -> dict[str, dict[str, Any]]:
    """Feed the rows to `wirecheck pairs` in one process; return its output by id."""
    inp, outp = out_dir / "pairs_in.jsonl", out_dir / "pairs_out.jsonl"
    with inp.open("w") as fp:
        for r in rows:
            fp.write(json.dumps({"id": r["id"], "a": r["a"], "b": r["b"]}) + "\n")
    proc = subprocess.run([sys.executable, "-m", "checker", "pairs", str(inp), "-o", str(outp)], cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"wirecheck pairs failed with exit code {proc.returncode}")
    return {o["id"]: o for o in map(json.loads, outp.read_text().splitlines())}


def flagged(out: dict[str, Any], level: str) -> bool:
    return out.get("flag") in LEVELS[level]


def _rate(items: list[bool]) -> float:
    return sum(items) / len(items) if items else float("nan")


def prf(pred: list[bool], gold: list[bool]) -> dict[str, float]:
    tp = sum(p and g for p, g in zip(pred, gold))
    fp = sum(p and not g for p, g in zip(pred, gold))
    fn = sum(g and not p for p, g in zip(pred, gold))
    tn = sum(not p and not g for p, g in zip(pred, gold))
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else float("nan")
    tnr = tn / (tn + fp) if tn + fp else float("nan")
    return {"precision": precision, "recall": recall, "f1": f1, "balanced_accuracy": (recall + tnr) / 2, "n": len(gold)}


def score(rows: list[dict[str, Any]], outputs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """All figures of the table, from rows (with labels) and the pairs output."""
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        if r["id"] not in outputs:
            continue
        ds = r["dataset"]
        groups[(ds, f"label {r['label']}")].append(r)
        if ds == "mrpc":
            if r["label"] == 0 and r["triage"] not in ("conflict", "unsure"):
                groups[(ds, "label 0, clean (no triaged conflict)")].append(r)
            if r["triage"] == "conflict":
                groups[(ds, "triaged conflicts (any label)")].append(r)
        elif r["kind"]:
            for k in str(r["kind"]).split("+"):
                groups[(ds, k)].append(r)
    table = []
    for (ds, kind), items in sorted(groups.items()):
        table.append({
            "dataset": ds, "kind": kind, "n": len(items),
            "error": _rate([flagged(outputs[r["id"]], "error") for r in items]),
            "warning": _rate([flagged(outputs[r["id"]], "warning") for r in items]),
        })
    metrics: dict[str, Any] = {}
    for ds in ("mrpc", "summedits"):
        items = [r for r in rows if r["dataset"] == ds and r["id"] in outputs]
        if items:
            metrics[ds] = prf([flagged(outputs[r["id"]], "error") for r in items], [r["label"] == 1 for r in items])
    news = [r for r in rows if r["dataset"] == "summedits" and r["domain"] == "news" and r["id"] in outputs]
    if news:
        metrics["summedits news"] = prf([flagged(outputs[r["id"]], "error") for r in news], [r["label"] == 1 for r in news])
    conflicts = [r for r in rows if r["dataset"] == "mrpc" and r["id"] in outputs and r["triage"] in ("conflict", "benign")]
    if conflicts:
        metrics["mrpc triage"] = prf([flagged(outputs[r["id"]], "error") for r in conflicts], [r["triage"] == "conflict" for r in conflicts])
    per_rule: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        out = outputs.get(r["id"])
        if out:
            for f in out["findings"]:
                per_rule[f["name"]][f"{r['dataset']} {f['severity']}"] += 1
    return {"table": table, "metrics": metrics, "per_rule": {k: dict(v) for k, v in sorted(per_rule.items())}}


def rates(rows: list[dict[str, Any]], flagged: dict[str, bool]) -> dict[str, float]:
    """Issue 24's figures for one way of flagging (the rules, the verifier, both) over some rows."""
    def rate(items: list[dict[str, Any]]) -> float:
        return sum(flagged[r["id"]] for r in items) / len(items) if items else float("nan")

    mrpc0 = [r for r in rows if r["dataset"] == "mrpc" and r["label"] == 0]
    news = [r for r in rows if r["dataset"] == "summedits" and r["domain"] == "news"]
    pos = [r for r in news if r["label"] == 1]
    neg = [r for r in news if r["label"] == 0]
    return {
        "vitaminc flips": rate([r for r in rows if r["dataset"] == "vitaminc" and r["kind"] == "supports_refutes_flip"]),
        "summedits news balanced accuracy": (rate(pos) + 1 - rate(neg)) / 2 if pos and neg else float("nan"),
        "mrpc label 0": rate(mrpc0),
        "mrpc triaged conflicts": rate([r for r in rows if r["dataset"] == "mrpc" and r["triage"] == "conflict"]),
    }


def verifier_table(rows: list[dict[str, Any]], outputs: dict[str, dict[str, Any]], scores: dict[str, float],
                   threshold: float) -> str:
    """Rules alone, verifier alone and the two together (error or warning), with the verifier's own warnings."""
    rows = [r for r in rows if r["id"] in outputs]
    rules = {r["id"]: any(f["rule"] != "WC201" for f in outputs[r["id"]]["findings"]) for r in rows}
    own = {r["id"]: any(f["rule"] == "WC201" for f in outputs[r["id"]]["findings"]) for r in rows}
    ways = {"rules alone": rules, "verifier alone": {r["id"]: scores[r["id"]] > threshold for r in rows},
            "rules + verifier (as shipped)": {k: rules[k] or own[k] for k in rules}}
    lines = ["| flagging by (error or warning) | VitaminC flips | SummEdits news BA | MRPC label 0 | MRPC triaged conflicts |",
             "|---|---|---|---|---|"]
    for name, flags in ways.items():
        m = rates(rows, flags)
        lines.append(f"| {name} | {m['vitaminc flips']:.1%} | {m['summedits news balanced accuracy']:.3f} | "
                     f"{m['mrpc label 0']:.1%} | {m['mrpc triaged conflicts']:.1%} |")
    lines.append(f"\nThe verifier's own warnings (WC201) on MRPC label 0: {rates(rows, own)['mrpc label 0']:.1%}")
    return "\n".join(lines)


def verifier_scores(rows: list[dict[str, Any]]) -> tuple[dict[str, float], float] | None:
    """Every pair's verifier score and the shipped threshold; None where no verifier is shipped."""
    from checker import verifier

    model = verifier.shared()
    if model is None:
        return None
    return dict(zip([r["id"] for r in rows], model.score([(r["a"], r["b"]) for r in rows]).tolist())), model.threshold


def false_positives(rows: list[dict[str, Any]], outputs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Flagged benign pairs, with what flagged them."""
    out = []
    for r in rows:
        o = outputs.get(r["id"])
        benign = r["label"] == 0 and r["dataset"] in ("mrpc", "summedits") and r["triage"] not in ("conflict", "unsure")
        if o and benign and o["flag"] in ("error", "warning"):
            out.append({"id": r["id"], "flag": o["flag"], "a": r["a"], "b": r["b"], "findings": o["findings"]})
    return out


def render(result: dict[str, Any]) -> str:
    lines = ["| data set | kind / subset | n | flagged error | flagged error or warning |", "|---|---|---|---|---|"]
    for t in result["table"]:
        lines.append(f"| {t['dataset']} | {t['kind']} | {t['n']} | {t['error']:.1%} | {t['warning']:.1%} |")
    lines += ["", "| set (error level) | precision | recall | F1 | balanced accuracy | n |", "|---|---|---|---|---|---|"]
    for name, m in result["metrics"].items():
        lines.append(f"| {name} | {m['precision']:.3f} | {m['recall']:.3f} | {m['f1']:.3f} | {m['balanced_accuracy']:.3f} | {m['n']} |")
    lines += ["", "| rule | counts |", "|---|---|"]
    for rule, counts in result["per_rule"].items():
        lines.append(f"| {rule} | " + ", ".join(f"{k}: {v}" for k, v in sorted(counts.items())) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the shared eval folder")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out", help="where to write outputs")
    ap.add_argument("--limit", type=int, default=None, help="at most N pairs per data set")
    args = ap.parse_args(argv)
    if not args.eval.exists():
        print(f"skipped: {args.eval} not found")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    rows = load(args.eval, args.limit)
    t0 = time.perf_counter()
    outputs = run_pairs(rows, args.out)
    elapsed = time.perf_counter() - t0
    fps = false_positives([r for r in rows if r["slice"] == "read"], outputs)  # the unread slice is never read
    with (args.out / "false_positives.jsonl").open("w") as fp:
        for fpos in fps:
            fp.write(json.dumps(fpos, ensure_ascii=False) + "\n")
    verified = verifier_scores(rows)
    for name in ("all", "read", "unread"):
        part = [r for r in rows if name == "all" or r["slice"] == name]
        print(f"\n## {name} slice ({len(part)} pairs)\n")
        print(render(score(part, outputs)))
        if verified:
            print(f"\n### The verifier on the {name} slice" + (" (its tune slice)" if name == "unread" else
                  " (its training slice: flattering)" if name == "read" else "") + "\n")
            print(verifier_table(part, outputs, *verified))
    print(f"\n{len(rows)} pairs in {elapsed:.0f} s ({len(rows) / elapsed:.0f} pairs/s through `wirecheck pairs`, process"
          f" start-up included); {len(fps)} flagged benign pairs of the read slice written to "
          f"{args.out / 'false_positives.jsonl'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
