"""Baselines: known, intended differences an editor has accepted.

A baseline file lists finding fingerprints (`Finding.id`: rule, both values
and both claims, blind to offsets and white space) with the reason each was
accepted, who accepted it and when. `apply` marks matching findings as
accepted: they stay in every report, labelled with the reason, but no longer
fail the gate. A fingerprint survives re-wrapping the story; it does not
survive a change of either value, so a new discrepancy is never hidden.

File format (JSON)::

    {"schema": "wirecheck-baseline/1",
     "accepted": [{"id": "3f1c0a9e2b7d4c51", "rule": "WC101", "name": "person-role-mismatch",
                   "a_value": "Alexander Grushko", "b_value": "Sergei Ryabkov",
                   "reason": "...", "by": "editor", "date": "2026-11-23"}]}
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from .ingest import InputProblem
from .model import Finding, Severity, StoryResult

SCHEMA = "wirecheck-baseline/1"


def entry(f: Finding, reason: str, by: str | None = None, today: dt.date | None = None) -> dict[str, Any]:
    return {
        "id": f.id, "rule": f.rule, "name": f.name, "a_value": f.a.value, "b_value": f.b.value,
        "reason": reason, "by": by or _user(), "date": (today or dt.date.today()).isoformat(),
    }


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some CI containers
        return "unknown"


def create(results: Iterable[StoryResult], reason: str = "accepted when the baseline was created") -> dict[str, Any]:
    """A baseline accepting every warning and error of these results."""
    seen: dict[str, dict[str, Any]] = {}
    for r in results:
        for f in r.findings:
            if f.severity > Severity.INFO and f.id not in seen:
                seen[f.id] = entry(f, reason)
    return {"schema": SCHEMA, "accepted": list(seen.values())}


def load(path: str | Path) -> dict[str, dict[str, Any]]:
    """Accepted entries by fingerprint; InputProblem names the file on anything malformed."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputProblem(str(path), "baseline file not found") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputProblem(str(path), f"not a readable JSON baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") != SCHEMA or not isinstance(data.get("accepted"), list):
        raise InputProblem(str(path), f"not a wirecheck baseline (expected schema {SCHEMA!r} and an 'accepted' list)")
    out = {}
    for n, e in enumerate(data["accepted"]):
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not isinstance(e.get("reason"), str):
            raise InputProblem(str(path), f"entry {n} needs an 'id' and a 'reason'")
        out[e["id"]] = e
    return out


def accept(path: str | Path, finding_id: str, reason: str, results: Iterable[StoryResult] = ()) -> dict[str, Any]:
    """Add one accepted finding (by its id) with the editor's reason; the file is created if absent."""
    p = Path(path)
    data = {"schema": SCHEMA, "accepted": list(load(p).values())} if p.exists() else {"schema": SCHEMA, "accepted": []}
    match = next((f for r in results for f in r.findings if f.id == finding_id), None)
    new = entry(match, reason) if match else {"id": finding_id, "reason": reason, "by": _user(), "date": dt.date.today().isoformat()}
    data["accepted"] = [e for e in data["accepted"] if e["id"] != finding_id] + [new]
    return data


def apply(result: StoryResult, accepted: dict[str, dict[str, Any]]) -> StoryResult:
    """Mark the findings the baseline accepts; nothing is removed."""
    if not accepted:
        return result
    result.findings = [replace(f, accepted=accepted[f.id]["reason"]) if f.id in accepted else f for f in result.findings]
    return result
