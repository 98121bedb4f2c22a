"""Where the time goes: seconds per pipeline stage and counters, for the nightly summary and bench/."""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

STAGES = ("ingest", "group", "embed", "align", "rules", "report")


@dataclass
class Timings:
    """Seconds per stage and event counts; `merge` adds a worker's figures to the parent's."""

    seconds: dict[str, float] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start

    def count(self, name: str, n: int = 1) -> None:
        self.counts[name] += n

    def merge(self, other: Timings) -> None:
        for k, v in other.seconds.items():
            self.seconds[k] = self.seconds.get(k, 0.0) + v
        self.counts.update(other.counts)

    def line(self) -> str:
        names = [s for s in STAGES if s in self.seconds] + sorted(set(self.seconds) - set(STAGES))
        return ", ".join(f"{n} {self.seconds[n]:.1f}s" for n in names)
