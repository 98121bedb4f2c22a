"""`wirecheck pairs`: many short claim pairs through the same pipeline as `check`.

Each input line is a JSON object with `id`, `a`, `b` and optional `a_date`,
`b_date` (YYYY-MM-DD). Each pair becomes two one-claim-or-more versions and
goes through `check_versions`, so the rules and their code path are exactly
those of `check`; the model is loaded once, and only if some side has several
sentences to align. Bad lines are reported with their line number, never
silently dropped.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .check import check_versions, claim_rules
from .embed import Embedder
from .model import InputError, Severity, StoryResult, Version


@dataclass
class PairRecord:
    id: str
    result: StoryResult

    def to_dict(self) -> dict[str, Any]:
        worst = max((f.severity for f in self.result.findings if f.severity > Severity.INFO), default=None)
        return {
            "id": self.id,
            "flag": worst.label if worst else None,
            "findings": [
                {"rule": f.rule, "name": f.name, "severity": f.severity.label, "a_value": f.a.value,
                 "b_value": f.b.value, "message": f.message}
                for f in self.result.findings if f.severity > Severity.INFO
            ],
        }


def _date(value: Any, field: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{field} {value!r} is not a YYYY-MM-DD date") from None


def _version(vid: str, text: str, date: dt.date | None) -> Version:
    return Version(vid, text, date=date, body_end=len(text.rstrip()))


def parse_line(line: str) -> tuple[str, Version, Version]:
    """One input line -> (id, version a, version b); ValueError says what is wrong."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise ValueError("expected a JSON object")
    missing = [k for k in ("id", "a", "b") if k not in obj]
    if missing:
        raise ValueError(f"missing field(s): {', '.join(missing)}")
    for k in ("a", "b"):
        if not isinstance(obj[k], str) or not obj[k].strip():
            raise ValueError(f"field {k!r} must be non-empty text")
    return (
        str(obj["id"]),
        _version("a", obj["a"], _date(obj.get("a_date"), "a_date")),
        _version("b", obj["b"], _date(obj.get("b_date"), "b_date")),
    )


def run_pairs(lines: Iterable[str], source: str, embedder: Embedder | None = None) -> Iterator[PairRecord | InputError]:
    """Check every pair; yield a record per good line and an InputError per bad one."""
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            pid, a, b = parse_line(line)
        except ValueError as exc:
            yield InputError(f"{source}:{n}", str(exc))
            continue
        yield PairRecord(pid, check_versions([a, b], embedder, claim_rules(), story=pid))
