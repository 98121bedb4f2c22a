"""Nightly throughput on a synthetic feed (run by hand; tests never time code).

    python3 bench/throughput.py [--articles 2000] [--embedder minilm|static] [--workers 1] [--seed 7] [--repeat 5]
                                 [--no-verifier]

Builds a feed of N articles: stories of 2-6 versions made from real sentences
in ../shared/eval/ (ECB+, MRPC, SummEdits documents, VitaminC), with the
edits wire copy goes through: exact copies, trims, reordered paragraphs,
MRPC paraphrases swapped in, and in about a third of the stories one injected
error (a changed number or an inserted negation) whose sentence is recorded.
Then, each in a fresh process so that peak memory is its own:

1. `nightly` end to end on an empty database (articles/s, claims/s, sentences
   embedded, time per stage, peak RSS);
2. the raw encode time of the feed's distinct sentences with the same model
   (model loaded before the clock starts), and the ratio of the two;
3. `nightly` again on the same feed, database and report folder (the caches),
   as cron runs it, and the speed-up; then once more into an empty folder;
4. how many injected errors were flagged (error or warning on the edited sentence).

Process start-up and imports (torch: ~6 s) are outside every clock.
Skips cleanly when ../shared/eval/ is absent.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3})(?![\d.,]\d)(?!\d)")
_AUX = re.compile(r"\b(is|was|will|has|have|can|could|would|should|are|were|did|does)\b")
_YEARISH = re.compile(r"^(1[89]|20)\d\d$")


def sentence_pool(eval_dir: Path) -> tuple[list[str], dict[str, str]]:
    """Distinct real sentences, and MRPC paraphrases (a -> b of label-0 pairs)."""
    seen: dict[str, None] = {}
    paraphrase: dict[str, str] = {}
    for line in (eval_dir / "ecbplus" / "docs.jsonl").read_text().splitlines():
        for s in json.loads(line)["sentences"]:
            seen.setdefault(s["text"].strip(), None)
    for line in (eval_dir / "mrpc" / "pairs.jsonl").read_text().splitlines():
        row = json.loads(line)
        seen.setdefault(row["a"], None)
        if row["label"] == 0:
            paraphrase[row["a"]] = row["b"]
    for line in (eval_dir / "summedits" / "docs.jsonl").read_text().splitlines():
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'])", json.loads(line)["text"]):
            seen.setdefault(s.strip(), None)
    for line in (eval_dir / "vitaminc" / "pairs.jsonl").read_text().splitlines():
        seen.setdefault(json.loads(line)["a"], None)
    pool = [s for s in seen if 40 <= len(s) <= 400 and s[-1] in ".!?\"'" and "\n" not in s]
    return pool, paraphrase


def inject(sentence: str, rng: random.Random) -> tuple[str, str] | None:
    """A changed number or an inserted negation, or None when the sentence offers neither."""
    numbers = [m for m in _NUMBER.finditer(sentence) if not _YEARISH.match(m.group(1)) and int(m.group(1)) > 2]
    if numbers and rng.random() < 0.6:
        m = rng.choice(numbers)
        new = str(int(m.group(1)) * 2 + 3)
        return sentence[:m.start()] + new + sentence[m.end():], "number"
    aux = _AUX.search(sentence)
    if aux and " not " not in sentence and "n't" not in sentence:
        return sentence[:aux.end()] + " not" + sentence[aux.end():], "negation"
    return None


def make_feed(path: Path, articles: int, seed: int, eval_dir: Path) -> dict[str, object]:
    """Write the feed as JSONL; returns what was injected where."""
    rng = random.Random(seed)
    pool, paraphrase = sentence_pool(eval_dir)
    injected: list[dict[str, str]] = []
    written = 0
    story = 0
    with path.open("w", encoding="utf-8") as out:
        while written < articles:
            story += 1
            sentences = rng.sample(pool, rng.randint(8, 14))
            paragraphs = [sentences[i:i + 2] for i in range(0, len(sentences), 2)]
            n_versions = min(rng.randint(2, 6), articles - written) if articles - written >= 2 else 1
            edited = rng.random() < 0.33
            for v in range(n_versions):
                paras = [list(p) for p in paragraphs]
                if v > 0:
                    kind = rng.choice(["copy", "trim", "reorder", "paraphrase"])
                    if kind == "trim" and len(paras) > 3:
                        paras = paras[:rng.randint(3, len(paras) - 1)]
                    elif kind == "reorder" and len(paras) > 3:
                        i, j = rng.sample(range(1, len(paras)), 2)
                        paras[i], paras[j] = paras[j], paras[i]
                    elif kind == "paraphrase":
                        paras = [[paraphrase.get(s, s) for s in p] for p in paras]
                    if edited and v == n_versions - 1:
                        spots = [(i, j) for i, p in enumerate(paras) for j in range(len(p)) if (i, j) != (0, 0)]
                        rng.shuffle(spots)
                        for i, j in spots:
                            change = inject(paras[i][j], rng)
                            if change:
                                injected.append({"story": f"s{story:06d}", "version": f"s{story:06d}-v{v}",
                                                 "kind": change[1], "before": paras[i][j], "after": change[0]})
                                paras[i][j] = change[0]
                                break
                text = "\n\n".join(" ".join(p) for p in paras)
                out.write(json.dumps({"id": f"s{story:06d}-v{v}", "text": text, "date": "2026-11-20"}) + "\n")
                written += 1
    return {"stories": story, "articles": written, "injected": injected}


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_nightly(feed: str, out: str, db: str, model: str | None, workers: int, verifier: bool = True
                  ) -> dict[str, object]:
    """One nightly run in this process; figures as a dict."""
    import datetime as dt

    import sentence_transformers  # noqa: F401  (imports outside the clock, as in a warm process)

    from checker.config import Config, for_run
    from checker.embed import Embedder
    from checker.nightly import RunStats, run_nightly

    stats = RunStats()
    t0 = time.perf_counter()
    result = run_nightly(feed, Path(out), db, Embedder(model), now=dt.datetime(2026, 11, 21, tzinfo=dt.UTC),
                         stats=stats, workers=workers, config=None if verifier else for_run(Config(verifier=False), False))
    wall = time.perf_counter() - t0
    flagged = [{"version": f.b.version, "claim": f.b.claim, "severity": f.severity.label, "rule": f.rule}
               for s in result.stories for f in s.result.findings if f.severity.label != "info"]
    return {"wall": wall, "articles": stats.articles, "claims": stats.claims, "distinct": stats.distinct_claims,
            "embedded": stats.embedded, "cache_hits": stats.cache_hits, "stories_cached": stats.stories_cached,
            "stories": len(result.stories), "stages": stats.timings.seconds, "peak_mib": _peak_mib(),
            "flagged": flagged}


def child_encode(feed: str, model: str | None) -> dict[str, object]:
    """Raw encode of the feed's distinct sentences with the same model (loaded before the clock)."""
    from checker.embed import Embedder
    from checker.feed import read_feed
    from checker.segment import segment

    versions, _ = read_feed(feed)
    texts = list(dict.fromkeys(c.text for v in versions for c in segment(v) if not c.heading))
    emb = Embedder(model)
    model_obj = emb._load()
    t0 = time.perf_counter()
    model_obj.encode(texts)  # the Encoder protocol: the static model and the transformer alike
    return {"seconds": time.perf_counter() - t0, "sentences": len(texts), "peak_mib": _peak_mib()}


def _run_child(*args: str) -> dict[str, object]:
    proc = subprocess.run([sys.executable, __file__, "--child", *args], capture_output=True, text=True, cwd=ROOT,
                          check=False)
    if proc.returncode != 0:
        raise SystemExit(f"child {args[0]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--embedder", default="minilm", help="minilm, static or a model folder")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--eval", type=Path, default=EVAL)
    ap.add_argument("--repeat", type=int, default=1, help="time the first run this many times, report the fastest")
    ap.add_argument("--keep", type=Path, help="keep the feed, outputs and database in this folder")
    ap.add_argument("--no-raw", action="store_true", help="skip the raw encode measurement")
    ap.add_argument("--no-verifier", action="store_true",
                    help="leave the learned verifier (WC201) out: the rules' own cost, as before issue 24")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    if args.child:
        kind, *rest = args.child
        model = None if rest[-1] == "-" else rest[-1]
        if kind == "nightly":
            out = child_nightly(rest[0], rest[1], rest[2], model, int(rest[3]), rest[4] == "verifier")
        else:
            out = child_encode(rest[0], model)
        print(json.dumps(out))
        return 0
    if not (args.eval / "mrpc" / "pairs.jsonl").exists():
        print(f"skipped: {args.eval} not found")
        return 0
    from checker.embed import resolve_model

    model = resolve_model(args.embedder) or "-"
    work = args.keep or Path(tempfile.mkdtemp(prefix="wirecheck-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    feed, db = work / "feed.jsonl", work / "wirecheck.db"
    db.unlink(missing_ok=True)
    t0 = time.perf_counter()
    made = make_feed(feed, args.articles, args.seed, args.eval)
    print(f"feed: {made['articles']} articles in {made['stories']} stories, {len(made['injected'])} injected errors,"
          f" {feed.stat().st_size / 1e6:.1f} MB ({time.perf_counter() - t0:.1f} s to build)")
    verifier = "no-verifier" if args.no_verifier else "verifier"
    firsts = []
    for _ in range(args.repeat):  # this machine's timings wander by a fifth from run to run: take the fastest
        db.unlink(missing_ok=True)
        shutil.rmtree(work / "out1", ignore_errors=True)
        firsts.append(_run_child("nightly", str(feed), str(work / "out1"), str(db), str(args.workers), verifier, model))
    first = min(firsts, key=lambda r: float(r["wall"]))  # type: ignore[arg-type]
    # as cron runs it: the same report folder (unchanged pages are neither read from the cache nor rewritten) ...
    second = _run_child("nightly", str(feed), str(work / "out1"), str(db), str(args.workers), verifier, model)
    # ... and into an empty folder, where every page is written again
    fresh = _run_child("nightly", str(feed), str(work / "out2"), str(db), str(args.workers), verifier, model)
    raw = None if args.no_raw else _run_child("encode", str(feed), model)
    wall = float(first["wall"])  # type: ignore[arg-type]
    print(f"embedder {args.embedder}, workers {args.workers}")
    walls = sorted(float(r["wall"]) for r in firsts)  # type: ignore[arg-type]
    spread = f" (fastest of {len(walls)}; median {walls[len(walls) // 2]:.1f} s)" if len(walls) > 1 else ""
    print(f"first run: {wall:.1f} s{spread}, {first['articles'] / wall:.1f} articles/s,"
          f" {first['claims'] / wall:.0f} claims/s; {first['stories']} stories checked")
    print(f"  claims {first['claims']}, distinct {first['distinct']}, embedded {first['embedded']},"
          f" cache hits {first['cache_hits']}")
    print("  stages: " + ", ".join(f"{k} {v:.1f}s" for k, v in first["stages"].items()))  # type: ignore[union-attr]
    print(f"  peak memory {first['peak_mib']:.0f} MiB")
    if raw:
        ratio = wall / float(raw["seconds"])  # type: ignore[arg-type]
        print(f"raw encode of the {raw['sentences']} distinct sentences: {raw['seconds']:.1f} s;"
              f" nightly / raw = {ratio:.2f} (target <= 1.25)")
    w2, w3 = float(second["wall"]), float(fresh["wall"])  # type: ignore[arg-type]
    print(f"second run (same feed, database and report folder): {w2:.1f} s, {wall / w2:.1f}x faster (target >= 20x);"
          f" {second['cache_hits']} vectors and {second['stories_cached']} stories from the cache;"
          f" peak {second['peak_mib']:.0f} MiB")
    print(f"  into an empty report folder: {w3:.1f} s, {wall / w3:.1f}x faster; peak {fresh['peak_mib']:.0f} MiB")
    flagged = {(f["version"], f["claim"]) for f in first["flagged"]}  # type: ignore[union-attr]
    by_kind: dict[str, list[int]] = {}
    for inj in made["injected"]:  # type: ignore[union-attr]
        hit = any(v == inj["version"] and inj["after"] in c for v, c in flagged)
        by_kind.setdefault(inj["kind"], [0, 0])[0] += hit
        by_kind[inj["kind"]][1] += 1
    print("injected errors flagged (error or warning): " + ", ".join(
        f"{k} {h}/{n}" for k, (h, n) in sorted(by_kind.items())))
    other = len([f for f in first["flagged"]])  # type: ignore[arg-type]
    print(f"all error/warning findings: {other}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
