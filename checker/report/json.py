"""JSON: the canonical result, schema ``wirecheck/1``.

Sample::

    {"schema": "wirecheck/1", "tool": {"name": "wirecheck", "version": "0.1.0"},
     "story": "000.txt",
     "versions": [{"id": "000.txt", "path": "seeds/000.txt", "date": "2022-01-12",
                   "dateline": "BRUSSELS", "sources": ["BLOOMBERG", "REUTERS"], "claims": 35}],
     "pairs": [{"a": "000.txt", "b": "003.txt", "kind": "match", "similarity": 0.86,
                "a_claims": [{"index": 12, "span": [2310, 2450], "text": "..."}], "b_claims": [...]}],
     "findings": [{"id": "5f0c...", "rule": "WC101", "name": "person-role-mismatch",
                   "severity": "error", "confidence": 1.0, "message": "...", "why": "...",
                   "a": {"version": "000.txt", "claim": "...", "span": [2391, 2408], "value": "Alexander Grushko"},
                   "b": {"version": "003.txt", "claim": "...", "span": [2101, 2115], "value": "Sergei Ryabkov"}}],
     "summary": {"error": 1, "warning": 0, "info": 20},
     "errors": [{"source": "feed.jsonl:7", "reason": "..."}]}
"""
from __future__ import annotations

import json as _json
from typing import Any, TextIO

from .. import __version__
from ..model import Claim, Finding, InputError, Severity, StoryResult

SCHEMA = "wirecheck/1"


def _claim(c: Claim) -> dict[str, Any]:
    return {"index": c.index, "span": [c.start, c.end], "text": c.text}


def finding_dict(f: Finding) -> dict[str, Any]:
    return {
        "id": f.id, "rule": f.rule, "name": f.name, "severity": f.severity.label, "confidence": f.confidence,
        "message": f.message, "why": f.why, "accepted": f.accepted,
        "a": {"version": f.a.version, "claim": f.a.claim, "span": list(f.a.span), "value": f.a.value},
        "b": {"version": f.b.version, "claim": f.b.claim, "span": list(f.b.span), "value": f.b.value},
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
        "findings": [finding_dict(f) for f in result.findings],
        "summary": {**{s.label: result.count(s) for s in sorted(Severity, reverse=True)},
                    "accepted": sum(1 for f in result.findings if f.accepted is not None)},
        "errors": [error_dict(e) for e in result.errors],
    }


def error_dict(e: InputError) -> dict[str, str]:
    return {"source": e.source, "reason": e.reason}


def write(result: StoryResult, fp: TextIO, **_: Any) -> None:
    _json.dump(result_dict(result), fp, ensure_ascii=False, indent=2)
    fp.write("\n")
