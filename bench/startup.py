"""Start-up and batch wall times of the `wirecheck` command, per embedder (run by hand; tests never time code).

    python3 bench/startup.py [--runs 5] [--embedders static,minilm]

Times, each as min / median over --runs runs, Python start-up included, warm
disk cache (one untimed run first):
  --help              `wirecheck --help`
  input error         `wirecheck check` of a missing file (exit 2)
  seed check          `wirecheck check seeds/*.txt` (exit 1)
  20-story batch      `wirecheck check` of 20 story folders of tests/stories in one process
The issue's budgets: seed check <= 1.5 s and --help <= 0.5 s (medians).
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], runs: int, codes: tuple[int, ...]) -> tuple[float, float]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True)  # warm the disk cache
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True)
        times.append(time.perf_counter() - t0)
        if proc.returncode not in codes:
            raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}: {proc.stderr.decode()[-300:]}")
    return min(times), statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--embedders", default="static,minilm")
    args = ap.parse_args()
    exe = [sys.executable, "-m", "checker"]
    seeds = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    stories = [str(p) for p in sorted((ROOT / "tests" / "stories").iterdir()) if (p / "a.txt").exists()][:20]
    print("| embedder | --help | input error | seed check | 20-story batch |")
    print("|---|---|---|---|---|")
    for name in args.embedders.split(","):
        cells = []
        for cmd, codes in (
            (exe + ["--help"], (0,)),
            (exe + ["check", "missing.txt", "other.txt", "--embedder", name], (2,)),
            (exe + ["check", *seeds, "--embedder", name], (1,)),
            (exe + ["check", *stories, "--embedder", name], (0, 1)),
        ):
            lo, med = timed(cmd, args.runs, codes)
            cells.append(f"{lo:.2f} / {med:.2f} s")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nmin / median of {args.runs} runs, Python start-up included; {len(stories)} stories in the batch")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
