"""JSON: the canonical result, schema ``wirecheck/1`` for one story, ``wirecheck-batch/1`` for several.

Each side of a finding carries its character span and, beside it, the
1-based line and column where the value starts and ends (columns count code
points; the end is just after the value), as the text, SARIF and GitHub
writers report them. A batch (`check` of story folders or `--stories`) is
one object with a `stories` list of single-story objects, the totals, and
what could not be read.

Sample::

    {"schema": "wirecheck/1", "tool": {"name": "wirecheck", "version": "0.1.0"},
     "story": "000.txt",
     "versions": [{"id": "000.txt", "path": "seeds/000.txt", "date": "2022-01-12",
                   "dateline": "BRUSSELS", "sources": ["BLOOMBERG", "REUTERS"], "claims": 35}],
     "pairs": [{"a": "000.txt", "b": "003.txt", "kind": "match", "similarity": 0.86,
                "a_claims": [{"index": 12, "span": [2310, 2450], "text": "..."}], "b_claims": [...]}],
     "findings": [{"id": "5f0c...", "rule": "WC101", "name": "person-role-mismatch",
                   "severity": "error", "confidence": 1.0, "message": "...", "why": "...",
                   "a": {"version": "000.txt", "claim": "...", "span": [2391, 2408], "line": 20, "col": 11,
                         "end_line": 20, "end_col": 28, "value": "Alexander Grushko"},
                   "b": {"version": "003.txt", "claim": "...", "span": [2101, 2115], "value": "Sergei Ryabkov"}}],
     "summary": {"error": 1, "warning": 0, "info": 20},
     "errors": [{"source": "feed.jsonl:7", "reason": "..."}]}
"""
from __future__ import annotations

import json as _json
from typing import Any, TextIO

from .. import __version__
from ..model import Claim, Finding, InputError, Severity, Side, StoryResult
from .positions import place

SCHEMA = "wirecheck/1"
BATCH_SCHEMA = "wirecheck-batch/1"


def _claim(c: Claim) -> dict[str, Any]:
    return {"index": c.index, "span": [c.start, c.end], "text": c.text}


def _side(result: StoryResult, side: Side) -> dict[str, Any]:
    p = place(result, side)
    return {"version": side.version, "claim": side.claim, "span": list(side.span), "line": p.start[0], "col": p.start[1],
            "end_line": p.end[0], "end_col": p.end[1], "value": side.value}


def finding_dict(result: StoryResult, f: Finding) -> dict[str, Any]:
    return {
        "id": f.id, "rule": f.rule, "name": f.name, "severity": f.severity.label, "confidence": f.confidence,
        "message": f.message, "why": f.why, "accepted": f.accepted, "a": _side(result, f.a), "b": _side(result, f.b),
    }


def result_dict(result: StoryResult) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "tool": {"name": "wirecheck", "version": __version__},
        "story": result.story,
        "versions": [
            {"id": v.id, "path": v.path, "date": v.date.isoformat() if v.date else None, "dateline": v.dateline,
             "sources": list(v.sources), "claims": len(result.claims.get(v.id, []))}
            for v in result.versions
        ],
        "pairs": [
            {"a": comp.a, "b": comp.b, "kind": p.kind, "similarity": round(p.similarity, 3),
             "a_claims": [_claim(c) for c in p.a], "b_claims": [_claim(c) for c in p.b]}
            for comp in result.comparisons for p in comp.pairs
        ],
        "findings": [finding_dict(result, f) for f in result.findings],
        "summary": {**{s.label: result.count(s) for s in sorted(Severity, reverse=True)},
                    "accepted": sum(1 for f in result.findings if f.accepted is not None)},
        "errors": [error_dict(e) for e in result.errors],
    }


def error_dict(e: InputError) -> dict[str, str]:
    return {"source": e.source, "reason": e.reason}


def batch_dict(results: list[StoryResult], errors: list[InputError]) -> dict[str, Any]:
    """Several stories checked in one run: each story's object, the totals, and the stories not checked."""
    return {
        "schema": BATCH_SCHEMA,
        "tool": {"name": "wirecheck", "version": __version__},
        "stories": [result_dict(r) for r in results],
        "summary": {"stories": len(results), **{s.label: sum(r.count(s) for r in results) for s in sorted(Severity, reverse=True)},
                    "accepted": sum(1 for r in results for f in r.findings if f.accepted is not None),
                    "skipped": len(errors)},
        "errors": [error_dict(e) for e in errors],
    }


def write(result: StoryResult, fp: TextIO, **_: Any) -> None:
    _json.dump(result_dict(result), fp, ensure_ascii=False, indent=2)
    fp.write("\n")


def write_batch(results: list[StoryResult], errors: list[InputError], fp: TextIO) -> None:
    _json.dump(batch_dict(results, errors), fp, ensure_ascii=False, indent=2)
    fp.write("\n")
