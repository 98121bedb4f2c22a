"""HTML: one self-contained discrepancy report an editor opens from disk.

A view model (dataclasses) is built from the StoryResult, then rendered by
one Jinja2 template with autoescaping on: article text is untrusted input.
CSS and JS are inline, a Content-Security-Policy forbids remote loads, and
the page reads fine with JavaScript off (filters are an enhancement).

Sample: reports/seeds.html.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TextIO

from .. import __version__
from ..model import Claim, ClaimPair, Finding, Severity, StoryResult


@dataclass
class Segment:
    text: str
    finding: str | None = None  # finding id highlighted by this segment
    severity: str = ""


@dataclass
class Cell:
    version: str
    claims: list[Claim]
    segments: list[Segment]

    @property
    def span(self) -> str:
        if not self.claims:
            return ""
        return f"{self.claims[0].start}–{self.claims[-1].end}"


@dataclass
class Row:
    id: str
    kind: str  # identical | match | split | only_a | only_b
    a: Cell
    b: Cell
    similarity: float
    findings: list[Finding] = field(default_factory=list)

    @property
    def severity(self) -> str:
        worst = max((f.severity for f in self.findings if f.severity > Severity.INFO), default=None)
        return worst.label if worst else ("info" if self.kind in ("only_a", "only_b") else "ok")

    @property
    def rules(self) -> str:
        return " ".join(sorted({f.name for f in self.findings}))


@dataclass
class Table:
    a: str
    b: str
    rows: list[Row]


@dataclass
class View:
    story: str
    versions: list[Any]
    tables: list[Table]
    findings: list[Finding]
    counts: dict[str, int]
    verdict: str
    fail_on: str
    rules: list[tuple[str, str]]
    generated: str
    version: str
    errors: list[Any]


def _segments(claims: tuple[Claim, ...], findings: list[Finding], side: str) -> list[Segment]:
    """Split the claims' text at the highlighted values of the findings."""
    out: list[Segment] = []
    for n, claim in enumerate(claims):
        if n:
            out.append(Segment(" "))
        marks = []
        for f in findings:
            s = f.a if side == "a" else f.b
            if f.severity > Severity.INFO and s.value and claim.start <= s.span[0] and s.span[1] <= claim.end:
                marks.append((s.span[0] - claim.start, s.span[1] - claim.start, f))
        marks.sort(key=lambda m: (m[0], -m[1]))
        pos = 0
        for start, end, f in marks:
            if start < pos:
                continue
            if start > pos:
                out.append(Segment(claim.text[pos:start]))
            out.append(Segment(claim.text[start:end], f.id, f.severity.label))
            pos = end
        if pos < len(claim.text):
            out.append(Segment(claim.text[pos:]))
    return out


def _row(n: int, pair: ClaimPair, a: str, b: str, findings: list[Finding]) -> Row:
    def mine(f: Finding) -> bool:
        in_a = any(c.start <= f.a.span[0] <= c.end for c in pair.a) if pair.a else not f.a.value
        in_b = any(c.start <= f.b.span[0] <= c.end for c in pair.b) if pair.b else not f.b.value
        return f.a.version == a and f.b.version == b and in_a and in_b and f.a.claim == pair.a_text and f.b.claim == pair.b_text

    own = [f for f in findings if mine(f)]
    return Row(
        f"r{n}", pair.kind, Cell(a, list(pair.a), _segments(pair.a, own, "a")),
        Cell(b, list(pair.b), _segments(pair.b, own, "b")), pair.similarity, own,
    )


def _order(pairs: list[ClaimPair]) -> list[ClaimPair]:
    """Reading order of the reference, with claims only in B placed after their predecessor in B."""
    matched = sorted((p for p in pairs if p.a), key=lambda p: p.a[0].index)
    result = list(matched)
    for p in sorted((p for p in pairs if not p.a), key=lambda p: p.b[0].index):
        bi = p.b[0].index
        pos = 0
        for k, q in enumerate(result):
            if q.b and q.b[-1].index < bi:
                pos = k + 1
        result.insert(pos, p)
    return result


def build_view(result: StoryResult, fail_on: str = "error", now: dt.datetime | None = None) -> View:
    from ..rules import RULES

    tables = []
    n = 0
    for comp in result.comparisons:
        rows = []
        for pair in _order(comp.pairs):
            rows.append(_row(n, pair, comp.a, comp.b, result.findings))
            n += 1
        tables.append(Table(comp.a, comp.b, rows))
    counts = {s.label: result.count(s) for s in sorted(Severity, reverse=True)}
    failing = fail_on != "never" and result.worst is not None and result.worst >= Severity.parse(fail_on)
    shown = sorted(result.findings, key=lambda f: -f.severity)
    return View(
        story=result.story, versions=result.versions, tables=tables, findings=shown, counts=counts,
        verdict="fail" if failing else "pass", fail_on=fail_on,
        rules=sorted({(f.rule, f.name) for f in result.findings if f.severity > Severity.INFO}),
        generated=(now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__, errors=result.errors,
    )


@lru_cache(maxsize=1)
def _template() -> Any:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("checker", "report/templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    return env.get_template("report.html.j2")


def write(result: StoryResult, fp: TextIO, fail_on: str = "error", now: dt.datetime | None = None, **_: Any) -> None:
    fp.write(_template().render(view=build_view(result, fail_on, now)))
