"""HTML: one self-contained discrepancy report an editor opens from disk.

A view model (dataclasses) is built from the StoryResult, then rendered by
one Jinja2 template with autoescaping on: article text is untrusted input.
CSS and JS are inline, a Content-Security-Policy forbids remote loads, and
the page reads fine with JavaScript off (filters are an enhancement).

Layout: one column per version, the reference first; each row is a claim of
the reference with its counterpart in every other version, and claims only in
another version sit after their neighbour. A story republished by many outlets
(more than MAX_COLUMNS versions) shows side by side only the reference and the
versions that disagree with it; the header still lists every version. Sample:
reports/seeds.html.
"""
from __future__ import annotations

import datetime as dt
import difflib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TextIO

from .. import __version__
from ..model import Claim, ClaimPair, Finding, Severity, StoryResult, Version

MAX_COLUMNS = 12  # versions side by side in the claims table; past it, only those that disagree


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
    status: str = ""  # identical | consistent | differs | only here | absent

    @property
    def span(self) -> str:
        if not self.claims:
            return ""
        return f"{self.claims[0].start}–{self.claims[-1].end}"


@dataclass
class Row:
    id: str
    cells: list[Cell]
    findings: list[Finding] = field(default_factory=list)
    one_sided: bool = False

    @property
    def severity(self) -> str:
        worst = max((f.severity for f in self.findings if f.severity > Severity.INFO), default=None)
        return worst.label if worst else ("info" if self.one_sided else "ok")

    @property
    def rules(self) -> str:
        return " ".join(sorted({f.name for f in self.findings}))


@dataclass
class Column:
    version: Version
    errors: int
    warnings: int
    outlier: bool  # disagrees with the reference while another version agrees


@dataclass
class DiffWord:
    text: str
    tag: str  # equal | delete | insert


@dataclass
class FindingView:
    finding: Finding
    row: str
    diff: list[DiffWord]  # word-level diff of the two values, for altered quotations


@dataclass
class View:
    story: str
    columns: list[Column]  # every version, for the header
    shown: list[Column]  # the versions given a column in the claims table
    rows: list[Row]
    findings: list[FindingView]
    counts: dict[str, int]
    verdict: str
    fail_on: str
    rules: list[tuple[str, str]]
    generated: str
    version: str
    errors: list[Any]


def _segments(claims: list[Claim], findings: list[Finding], version: str) -> list[Segment]:
    """Split the claims' text at the highlighted values of the findings that point into them."""
    out: list[Segment] = []
    for n, claim in enumerate(claims):
        if n:
            out.append(Segment(" "))
        marks = []
        for f in findings:
            for s in (f.a, f.b):
                if s.version == version and f.severity > Severity.INFO and s.value and claim.start <= s.span[0] and s.span[1] <= claim.end:
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


def _shown(result: StoryResult) -> list[Version]:
    """The versions after the reference that get a column: all, or past MAX_COLUMNS those that disagree."""
    others = result.versions[1:]
    if len(others) < MAX_COLUMNS:
        return others
    disagree = {f.b.version for f in result.findings if f.severity > Severity.INFO}
    return [v for v in others if v.id in disagree][: MAX_COLUMNS - 1]


def word_diff(a: str, b: str) -> list[DiffWord]:
    """Word-level diff of two values: what B dropped and what it put in."""
    wa, wb = a.split(), b.split()
    out: list[DiffWord] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(DiffWord(" ".join(wa[i1:i2]), "equal"))
            continue
        if i2 > i1:
            out.append(DiffWord(" ".join(wa[i1:i2]), "delete"))
        if j2 > j1:
            out.append(DiffWord(" ".join(wb[j1:j2]), "insert"))
    return out


def build_view(result: StoryResult, fail_on: str = "error", now: dt.datetime | None = None) -> View:
    ref = result.versions[0]
    others = _shown(result)
    comps = {c.b: c for c in result.comparisons}
    on_pair: dict[tuple[str, str, str], list[Finding]] = {}  # (version, claim in A, claim in B): its findings
    for f in result.findings:
        on_pair.setdefault((f.b.version, f.a.claim, f.b.claim), []).append(f)

    def findings_of(pair: ClaimPair, version: str) -> list[Finding]:
        return on_pair.get((version, pair.a_text, pair.b_text), [])

    ref_claims = [c for c in result.claims.get(ref.id, []) if not c.heading]
    # counterpart of every reference claim in each other version
    by_ref: dict[tuple[str, int], ClaimPair] = {}
    extra: dict[str, list[ClaimPair]] = {}
    for v in others:
        comp = comps.get(v.id)
        for pair in comp.pairs if comp else []:
            if pair.a:
                for c in pair.a:
                    by_ref[(v.id, c.index)] = pair
            else:
                extra.setdefault(v.id, []).append(pair)
    rows: list[Row] = []
    seen_pairs: set[int] = set()
    for claim in ref_claims:
        pairs = {v.id: by_ref.get((v.id, claim.index)) for v in others}
        if any(p is not None and id(p) in seen_pairs for p in pairs.values()):
            continue  # the second claim of a split sentence: already shown with the first
        seen_pairs |= {id(p) for p in pairs.values() if p is not None}
        findings = [f for v in others if (p := pairs[v.id]) is not None for f in findings_of(p, v.id)]
        a_claims = next((list(p.a) for p in pairs.values() if p is not None), [claim])
        cells = [Cell(ref.id, a_claims, _segments(a_claims, findings, ref.id), "reference")]
        for v in others:
            p = pairs[v.id]
            own = [f for f in findings if f.b.version == v.id and f.severity > Severity.INFO]
            if p is None or not p.b:
                cells.append(Cell(v.id, [], [], "absent"))
            else:
                status = "differs" if own else ("identical" if p.kind == "identical" else "consistent")
                cells.append(Cell(v.id, list(p.b), _segments(list(p.b), findings, v.id), status))
        only_ref = all(p is None or not p.b for p in pairs.values())
        rows.append(Row("", cells, findings, one_sided=only_ref))
    for v in others:
        for pair in sorted(extra.get(v.id, []), key=lambda p: p.b[0].index):
            findings = findings_of(pair, v.id)
            cells = [Cell(ref.id, [], [], "absent")] + [
                Cell(o.id, list(pair.b), _segments(list(pair.b), findings, o.id), "only here") if o.id == v.id else Cell(o.id, [], [], "")
                for o in others
            ]
            row = Row("", cells, findings, one_sided=True)
            pos = _insert_after(rows, v.id, pair.b[0].index)
            rows.insert(pos, row)
    for n, row in enumerate(rows):
        row.id = f"r{n}"
    row_of = {f.id: r.id for r in rows for f in r.findings}
    tally = Counter((f.b.version, f.severity) for f in result.findings)
    agreeing = any(not tally[(v.id, Severity.ERROR)] for v in result.versions[1:])
    columns = [Column(v, tally[(v.id, Severity.ERROR)], tally[(v.id, Severity.WARNING)],
                      outlier=bool(tally[(v.id, Severity.ERROR)]) and agreeing) for v in result.versions]
    counts = {s.label: result.count(s) for s in sorted(Severity, reverse=True)}
    failing = fail_on != "never" and result.worst is not None and result.worst >= Severity.parse(fail_on)
    shown = sorted(result.findings, key=lambda f: -f.severity)
    findings = [
        FindingView(f, row_of.get(f.id, ""), word_diff(f.a.value, f.b.value) if f.name == "quote-altered" else [])
        for f in shown
    ]
    shown_ids = {ref.id} | {v.id for v in others}
    return View(
        story=result.story, columns=columns, shown=[c for c in columns if c.version.id in shown_ids], rows=rows,
        findings=findings, counts=counts,
        verdict="fail" if failing else "pass", fail_on=fail_on,
        rules=sorted({(f.rule, f.name) for f in result.findings if f.severity > Severity.INFO}),
        generated=(now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__, errors=result.errors,
    )


def _insert_after(rows: list[Row], version: str, index: int) -> int:
    """Where a claim only in `version` goes: after the row holding that version's previous claim."""
    pos = 0
    for k, row in enumerate(rows):
        for cell in row.cells:
            if cell.version == version and cell.claims and cell.claims[-1].index < index:
                pos = k + 1
    return pos


@lru_cache(maxsize=4)
def _template_named(name: str) -> Any:
    """A template of report/templates, autoescaped: everything it shows may come from an article."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("checker", "report/templates"),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
    )
    return env.get_template(name)


def _template() -> Any:
    return _template_named("report.html.j2")


def write(result: StoryResult, fp: TextIO, fail_on: str = "error", now: dt.datetime | None = None, **_: Any) -> None:
    fp.write(_template().render(view=build_view(result, fail_on, now)))
