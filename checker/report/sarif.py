"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run. ``tool.driver.rules`` lists every rule of the registry (id, name,
summary as ``shortDescription``, the doc's first paragraph as
``fullDescription``, the whole doc as ``help``, the default level). Each
warning or error finding is one ``result``: ``level`` from the finding's own
severity (a configuration may have changed it from the rule's default),
``locations`` the B side (the version that disagrees), ``relatedLocations``
the A side (the reference), and ``partialFingerprints`` the finding's id, so
code scanning tracks one discrepancy across runs. Info findings (mostly
claims in one version only) are left out, because code scanning would raise
an alert for each trim; ``min_severity=Severity.INFO`` includes them as
``note``. A finding accepted by a baseline carries an external
``suppression`` with its reason. Stories that could not be checked are
``toolExecutionNotifications`` of the invocation.

Positions are 1-based lines and columns counted in code points
(``columnKind: unicodeCodePoints``), ``endColumn`` just after the value. The
URI is the version's path as given, percent-encoded (a relative path stays
relative, resolved against the repository root by code scanning; an absolute
one becomes ``file://``). A version without a path (``check_texts``,
``wirecheck pairs``) gets a logical location named by its id instead. Brackets
and backslashes in message text are escaped (``\\[``), as SARIF reserves
``[text](id)`` for links.

Sample::

    {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
     "runs": [{"tool": {"driver": {"name": "wirecheck", "version": "0.1.0", "rules": [
                {"id": "WC110", "name": "number-mismatch",
                 "shortDescription": {"text": "A number, amount or percentage differs"},
                 "fullDescription": {"text": "number-mismatch: a number or amount that differs between versions."},
                 "defaultConfiguration": {"level": "error"}, ...}, ...]}},
               "columnKind": "unicodeCodePoints",
               "results": [{"ruleId": "WC110", "ruleIndex": 6, "level": "error",
                            "message": {"text": "'2.5%' in a.txt but '3.5 per cent' in b.txt"},
                            "locations": [{"physicalLocation": {
                                "artifactLocation": {"uri": "tests/stories/number_percentage/b.txt"},
                                "region": {"startLine": 1, "startColumn": 74, "endLine": 1, "endColumn": 86,
                                           "snippet": {"text": "3.5 per cent"}}}}],
                            "relatedLocations": [{"id": 1, "message": {"text": "reference a.txt: 2.5%"},
                                                  "physicalLocation": {...}}],
                            "partialFingerprints": {"wirecheckFingerprint/v1": "6f379bf7b9e75bfc"},
                            "properties": {"story": "a.txt", "confidence": 1.0, "why": "..."}}],
               "invocations": [{"executionSuccessful": true}]}]}
"""
from __future__ import annotations

import json as _json
import re
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..model import Finding, Severity, StoryResult
from ..rules import RULES
from .positions import Place, place

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "wirecheckFingerprint/v1"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

_BLANK_LINE = re.compile(r"\n\s*\n")
_WS = re.compile(r"\s+")
_RESERVED = re.compile(r"([\\\[\]])")


def first_paragraph(doc: str) -> str:
    """The doc's first paragraph on one line."""
    return _WS.sub(" ", _BLANK_LINE.split(doc.strip(), 1)[0]).strip()


def _text(message: str) -> dict[str, str]:
    """A SARIF message; '[', ']' and '\\' are escaped so no text turns into an embedded link."""
    return {"text": _RESERVED.sub(r"\\\1", message)}


def path_uri(path: str) -> str:
    """A file path as a URI reference: a relative path stays relative, an absolute one becomes file://.

    quote() encodes everything but letters, digits, "/" and "_.-~": spaces, "%", "#", "?", non-ASCII, and ':'
    too, so a feed record's location ("feed.jsonl:7") cannot be read as a URI scheme.
    """
    if PurePosixPath(path).is_absolute():
        return "file://" + quote(path, safe="/")
    return quote(path, safe="/")


def _location(p: Place, message: str, id: int | None = None) -> dict[str, Any]:
    loc: dict[str, Any] = {} if id is None else {"id": id}
    loc["message"] = _text(message)
    if p.path is None:
        loc["logicalLocations"] = [{"name": p.version, "kind": "resource"}]
        return loc
    region: dict[str, Any] = {"startLine": p.start[0], "startColumn": p.start[1], "endLine": p.end[0],
                              "endColumn": p.end[1]}
    if p.value:
        region["snippet"] = {"text": p.value}
    loc["physicalLocation"] = {"artifactLocation": {"uri": path_uri(p.path)}, "region": region}
    return loc


def _result(result: StoryResult, f: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    a, b = place(result, f.a), place(result, f.b)
    # The disagreeing version is B; a claim only in the reference has no B side, so it points at A.
    primary, related = (a, None) if b.empty else (b, None if a.empty else a)
    out: dict[str, Any] = {"ruleId": f.rule}
    if f.rule in rule_index:
        out["ruleIndex"] = rule_index[f.rule]
    out["level"] = LEVELS[f.severity]
    out["message"] = _text(f.message)
    out["locations"] = [_location(primary, f"{primary.version}: {primary.value}")]
    if related is not None:
        out["relatedLocations"] = [_location(related, f"reference {related.version}: {related.value}", id=1)]
    out["partialFingerprints"] = {FINGERPRINT: f.id}
    if f.accepted is not None:
        out["suppressions"] = [{"kind": "external", "status": "accepted", "justification": f.accepted}]
    out["properties"] = {"story": result.story, "name": f.name, "confidence": f.confidence, "why": f.why,
                         "reference": f.a.version, "version": f.b.version}
    return out


def _rule(r: Any) -> dict[str, Any]:
    return {
        "id": r.id,
        "name": r.name,
        "shortDescription": {"text": r.summary},
        "fullDescription": {"text": first_paragraph(r.doc) or r.summary},
        "help": {"text": r.doc or r.summary},
        "defaultConfiguration": {"level": LEVELS[r.severity]},
    }


def sarif_dict(results: list[StoryResult], min_severity: Severity = Severity.WARNING) -> dict[str, Any]:
    rules = sorted(RULES.values(), key=lambda r: r.id)
    rule_index = {r.id: i for i, r in enumerate(rules)}
    notifications = [
        {"level": "warning", "message": _text(f"not checked: {e.source}: {e.reason}"),
         "properties": {"story": r.story, "source": e.source}}
        for r in results for e in r.errors
    ]
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run = {
        "tool": {"driver": {"name": "wirecheck", "version": __version__, "rules": [_rule(r) for r in rules]}},
        "columnKind": "unicodeCodePoints",
        "results": [
            _result(r, f, rule_index)
            for r in results
            for f in sorted(r.findings, key=lambda f: -f.severity)
            if f.severity >= min_severity
        ],
        "invocations": [invocation],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def write(results: list[StoryResult] | StoryResult, fp: TextIO, min_severity: Severity = Severity.WARNING,
          **_: Any) -> None:
    if isinstance(results, StoryResult):
        results = [results]
    _json.dump(sarif_dict(results, min_severity), fp, ensure_ascii=False, indent=2)
    fp.write("\n")
