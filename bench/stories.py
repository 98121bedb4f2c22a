"""Score multi-version stories with gold answers in ONE wirecheck process (run by hand).

    python3 bench/stories.py [STORIES_DIR ...] [--embedder static|minilm] [--keep DIR] [--against OLD.json]
                             [--quiet]

The same scoring as ../shared/score_stories.py (its `matches` is imported, so
the two cannot drift), but every story is checked by one `wirecheck check
--stories LIST` run: the model and lexicons load once, so the 24 dev stories
take about a second with the static embedder instead of a process each.
Each STORIES_DIR holds story folders (v1.txt, v2.*, ... and gold.json);
the default is ../shared/stories. Skips cleanly when it is absent.

To measure a change on every read story at once, keep one run's JSON and
compare the next with it: `--keep /tmp/before` on the old code, then
`--against /tmp/before/stories.json` on the new prints the stories whose
score moved, with each gained (+) or lost (-) note, and the new totals.
"""
from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_scorer() -> Any:
    spec = importlib.util.spec_from_file_location("score_stories", SHARED / "score_stories.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{SHARED / 'score_stories.py'} not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(findings: list[dict[str, Any]], gold: dict[str, Any], matches: Any) -> dict[str, Any]:
    """Found / as warning / false errors of one story, exactly as score_stories.score_story counts them."""
    res: dict[str, Any] = {"gold": len(gold["errors"]), "found": 0, "as_warning": 0, "false": 0, "notes": []}
    errors = [f for f in findings if f.get("severity") == "error"]
    warnings = [f for f in findings if f.get("severity") == "warning"]
    used: set[int] = set()
    for a, b in gold["errors"]:
        hit = next((i for i, f in enumerate(errors) if i not in used and matches(f, a, b)), None)
        if hit is not None:
            used.add(hit)
            res["found"] += 1
        elif any(matches(f, a, b) for f in warnings):
            res["as_warning"] += 1
            res["notes"].append(f"only a warning: {a} / {b}")
        else:
            res["notes"].append(f"missed: {a} / {b}")
    allowed = [tuple(p) for p in gold.get("warnings_or_errors", [])] + [tuple(p) for p in gold["errors"]]
    for i, f in enumerate(errors):
        if i in used or any(matches(f, a, b) for a, b in allowed):
            continue
        res["false"] += 1
        res["notes"].append(f"false error [{f.get('rule')} {f.get('name')}] "
                            f"{f.get('a', {}).get('value')!r} / {f.get('b', {}).get('value')!r}")
    return res


def changes(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """How one story's score moved between two runs: the counts, then each note gained (+) or lost (-)."""
    if all(old[k] == new[k] for k in ("found", "as_warning", "false")):
        return []
    head = ", ".join(f"{k} {old[k]} -> {new[k]}" for k in ("found", "as_warning", "false") if old[k] != new[k])
    return [head] + [f"  {'+' if n in new['notes'] else '-'} {n}"
                     for n in sorted(set(old["notes"]) ^ set(new["notes"]))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", default=[str(SHARED / "stories")])
    ap.add_argument("--embedder", default=None, help="passed to wirecheck check (default: its default)")
    ap.add_argument("--keep", help="write the batch JSON here")
    ap.add_argument("--against", help="a batch JSON an earlier run kept (--keep DIR writes DIR/stories.json): print "
                    "only the stories whose score differs from it, and how")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args()
    stories = sorted(p.rstrip("/") for d in args.dirs for p in glob.glob(os.path.join(d, "*/"))
                     if os.path.exists(os.path.join(p, "gold.json")))
    if not stories:
        print(f"skipped: no story folders with gold.json under {' '.join(args.dirs)}")
        return 0
    matches = shared_scorer().matches
    work = Path(args.keep or tempfile.mkdtemp(prefix="stories-"))
    work.mkdir(parents=True, exist_ok=True)
    listing, out = work / "stories.txt", work / "stories.json"
    # v1.txt, v2.json, v3.xml ...: every version file in name order, as score_stories passes them
    listing.write_text("\n".join(" ".join(sorted(p for p in glob.glob(os.path.join(s, "v[0-9]*")) if os.path.isfile(p)))
                                 for s in stories) + "\n")
    cmd = [sys.executable, "-m", "checker", "check", "--stories", str(listing), "--json", str(out), "--fail-on", "never"]
    if args.embedder:
        cmd += ["--embedder", args.embedder]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if proc.returncode not in (0, 1) or not out.exists():
        print(f"wirecheck exited {proc.returncode}: {proc.stderr.strip()[-500:]}", file=sys.stderr)
        return 2
    by_first = {s["versions"][0]["path"]: s for s in json.loads(out.read_text())["stories"]}
    before = ({s["versions"][0]["path"]: s for s in json.loads(Path(args.against).read_text())["stories"]}
              if args.against else None)
    total: dict[str, int] = defaultdict(int)
    for folder in stories:
        first = sorted(p for p in glob.glob(os.path.join(folder, "v[0-9]*")) if os.path.isfile(p))[0]
        gold = json.loads(Path(folder, "gold.json").read_text(encoding="utf-8"))
        r = score(by_first[first]["findings"], gold, matches)
        if before is not None:
            if first in before:
                for line in changes(score(before[first]["findings"], gold, matches), r):
                    print(f"{os.path.basename(os.path.dirname(folder))}/{os.path.basename(folder)}: {line}")
        for k in ("gold", "found", "as_warning", "false"):
            total[k] += r[k]
        total["stories"] += 1
        total["exact"] += r["found"] == r["gold"] and r["false"] == 0
        if not args.quiet and before is None:
            print(f"{os.path.basename(folder)}: {r['found']}/{r['gold']} found, {r['false']} false"
                  + "".join(f"\n    {n}" for n in r["notes"]))
    g = max(1, total["gold"])
    print(f"{total['stories']} stories, {total['exact']} exact; gold errors found {total['found']}/{total['gold']} "
          f"({total['found'] / g:.0%}), {total['as_warning']} only as warnings; "
          f"false errors {total['false']} ({total['false'] / total['stories']:.2f} per story); "
          f"one wirecheck process, {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
