"""HTML: one self-contained discrepancy report an editor reads in seconds, opened from disk.

Evidence first, as coverage.py's and GitHub's pull-request views put the
changed lines first: the story's headline, the versions and a verdict line;
then one card per error and warning, errors first and in reading order, with
the sentence of each version side by side (stacked on a narrow screen), a
word-level diff (<del>/<ins>, readable without colour), the rule and a
plain reason naming the outlets, `file:line:col` per side and a link to the
rule's explanation. Accepted findings (baseline) have their own section.
Consistent sentence pairs and sentences only in one version are collapsed to
counts (<details>), with the full side-by-side table one click away.

A view model (dataclasses) is built from the StoryResult, then rendered by one
Jinja2 template with autoescaping on: article text is untrusted input. CSS and
JS are inline, a Content-Security-Policy forbids remote loads, and the page
reads fine with JavaScript off (filters and j/k navigation are an
enhancement). Sample: reports/seeds.html.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TextIO

from .. import __version__
from ..model import Claim, ClaimPair, Finding, Severity, Side, StoryResult, Version
from .positions import place

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
class Piece:
    """A run of words of a sentence on a card: changed against the reference or not, inside the value or not."""

    text: str
    tag: str = "equal"  # equal | delete (only in the reference) | insert (only in this version)
    marked: bool = False  # part of the value the finding is about
    space: str = ""  # the white space before it


@dataclass
class CardSide:
    version: str
    label: str  # the outlet and the file: "Reuters (000.txt)"
    where: str  # path:line:col, or "" when the version has no such sentence
    pieces: list[Piece]
    role: str  # reference | differs | agrees | also differs | absent


@dataclass
class Card:
    id: str
    finding: Finding
    reason: str  # the rule's message with outlets for file names
    sides: list[CardSide]
    outlier: str  # the version that alone disagrees, when a third version agrees with the reference
    new: bool = False


@dataclass
class RuleDoc:
    id: str
    name: str
    summary: str
    paragraphs: list[str]


@dataclass
class VersionView:
    version: Version
    label: str
    outlet: str


@dataclass
class View:
    story: str
    columns: list[Column]  # every version, for the header
    shown: list[Column]  # the versions given a column in the claims table
    rows: list[Row]
    verdict: str
    fail_on: str
    rules: list[tuple[str, str]]
    generated: str
    version: str
    errors: list[Any]
    headline: str = ""
    versions: list[VersionView] = field(default_factory=list)
    cards: list[Card] = field(default_factory=list)  # errors and warnings no baseline accepted
    accepted: list[Card] = field(default_factory=list)
    consistent: list[Row] = field(default_factory=list)  # rows of sentence pairs that agree
    one_sided: list[Row] = field(default_factory=list)  # rows of sentences only in one version
    rule_docs: list[RuleDoc] = field(default_factory=list)
    summary: str = ""  # "2 errors, 1 warning: publication blocked"
    index_href: str | None = None  # the nightly index, from a story page


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


def headline(version: Version, claims: list[Claim] | None = None) -> str:
    """The story's headline: the agency's own (ninjs, NewsML), else the first line or sentence of the text.
    `claims` is the version's segmentation where the caller has it (a cached story has none)."""
    from ..segment import segment

    if version.title:
        return version.title.strip()
    claims = claims or segment(version)
    text = " ".join(claims[0].text.split()) if claims else version.id
    return text if len(text) <= 120 else text[:117].rsplit(" ", 1)[0].rstrip(",;:") + "..."


def outlet(version: Version) -> str:
    """Who published a version, as its dateline or metadata say ("Reuters"); "" when nothing says."""
    names = [s for s in version.sources if s]
    return ", ".join(n if not n.isupper() or len(n) <= 4 else n.title() for n in names)


def version_labels(versions: list[Version]) -> dict[str, str]:
    """What to call each version in a sentence: its outlet when every version has its own, else its file."""
    outlets = [outlet(v) for v in versions]
    kinds = {frozenset(o.casefold().split(", ")) for o in outlets}
    if all(outlets) and len(kinds) == len(outlets):
        return {v.id: o for v, o in zip(versions, outlets)}
    return {v.id: v.id for v in versions}


def _reason(f: Finding, labels: dict[str, str]) -> str:
    """The rule's message, with each version's file name replaced by its outlet where one is known."""
    known = {vid: label for vid, label in labels.items() if label != vid}
    if not known:
        return f.message
    names = re.compile("|".join(re.escape(v) for v in sorted(known, key=len, reverse=True)))
    return names.sub(lambda m: known[m.group()], f.message)


_WORD = re.compile(r"\S+")
REWORDED = 0.5  # below this word overlap two sentences are a rewrite: a word diff of them is all change


def _norm(word: str) -> str:
    return word.strip(".,;:!?\"'“”‘’()[]").casefold()


def _pieces(sentence: str, value_span: tuple[int, int] | None, other: str | None, tag: str) -> list[Piece]:
    """The sentence as pieces: words the other sentence lacks tagged `tag` (delete or insert), the finding's
    value marked."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
    changed = [False] * len(words)
    if other is not None:
        theirs = [_norm(w) for w in other.split()]
        ours = [_norm(w) for _, _, w in words]
        matcher = difflib.SequenceMatcher(None, ours, theirs, autojunk=False)
        if matcher.ratio() >= REWORDED:
            for op, i1, i2, _, _ in matcher.get_opcodes():
                if op != "equal":
                    for k in range(i1, i2):
                        changed[k] = True
        elif value_span is not None:  # a sentence rewritten through: only the value is the change
            changed = [value_span[0] < e and s < value_span[1] for s, e, _ in words]
    out: list[Piece] = []
    prev_end = 0
    for k, (start, end, word) in enumerate(words):
        marked = value_span is not None and start < value_span[1] and value_span[0] < end
        piece_tag = tag if changed[k] else "equal"
        space = sentence[prev_end:start]
        if out and out[-1].tag == piece_tag and out[-1].marked == marked:
            out[-1].text += space + word
        else:
            out.append(Piece(word, piece_tag, marked, space))
        prev_end = end
    return out


def _claim_start(version: Version, side: Side) -> int | None:
    """Where the side's sentence starts in its version's text."""
    if not side.claim:
        return None
    at = version.text.rfind(side.claim, 0, side.span[0] + len(side.claim))
    return at if at >= 0 and at <= side.span[0] <= at + len(side.claim) else version.text.find(side.claim)


def _counterpart(result: StoryResult, version: str, ref_claim: str) -> str | None:
    """The sentence of `version` paired with the reference sentence `ref_claim`, if the alignment paired one."""
    for comp in result.comparisons:
        if comp.b != version:
            continue
        for pair in comp.pairs:
            if pair.a and pair.b and ref_claim in pair.a_text:
                return pair.b_text
    return None


def _cards(result: StoryResult, findings: list[Finding], labels: dict[str, str]) -> list[Card]:
    versions = {v.id: v for v in result.versions}
    ref = result.versions[0]
    cards: list[Card] = []
    for f in findings:
        a_version, b_version = versions[f.a.version], versions[f.b.version]
        a_start, b_start = _claim_start(a_version, f.a), _claim_start(b_version, f.b)
        a_span = (f.a.span[0] - a_start, f.a.span[1] - a_start) if a_start is not None and f.a.value else None
        b_span = (f.b.span[0] - b_start, f.b.span[1] - b_start) if b_start is not None and f.b.value else None
        sides = [
            CardSide(f.a.version, labels[f.a.version], place(result, f.a).label() if f.a.claim else "",
                     _pieces(f.a.claim, a_span, f.b.claim or None, "delete"),
                     "reference" if f.a.version == ref.id else "differs" if f.a.claim else "absent"),
            CardSide(f.b.version, labels[f.b.version], place(result, f.b).label() if f.b.claim else "",
                     _pieces(f.b.claim, b_span, f.a.claim or None, "insert"), "differs" if f.b.claim else "absent"),
        ]
        outlier = ""
        if f.a.version == ref.id and f.a.claim:
            agree = []
            for v in result.versions[1:]:
                if v.id == f.b.version:
                    continue
                text = _counterpart(result, v.id, f.a.claim)
                disagrees = any(g.b.version == v.id and g.rule == f.rule and g.a.claim == f.a.claim
                                and g.severity > Severity.INFO for g in result.findings)
                role = "absent" if text is None else "also differs" if disagrees else "agrees"
                sides.append(CardSide(v.id, labels[v.id], "", _pieces(text or "", None, f.a.claim, "insert"), role))
                agree.append(role == "agrees")
            if agree and any(agree):
                outlier = f.b.version
        cards.append(Card(f"f-{f.id}", f, _reason(f, labels), sides, outlier))
    return cards


def _rule_docs(findings: list[Finding]) -> list[RuleDoc]:
    from ..rules import RULES

    out = []
    for rid in sorted({f.rule for f in findings}):
        r = RULES.get(rid)
        if r is None:
            continue
        paragraphs = [" ".join(p.split()) for p in r.doc.split("\n\n") if p.strip()][1:]  # after the title line
        out.append(RuleDoc(r.id, r.name, r.summary, paragraphs))
    return out


def _reading_order(result: StoryResult) -> Any:
    """Errors first, then warnings; within each, by where the finding stands in the reference, then in B."""
    return lambda f: (-f.severity, f.a.span[0] if f.a.claim else 10**9, f.b.version, f.b.span[0])


def build_view(result: StoryResult, fail_on: str = "error", now: dt.datetime | None = None,
               index_href: str | None = None) -> View:
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
    tally = Counter((f.b.version, f.severity) for f in result.findings)
    agreeing = any(not tally[(v.id, Severity.ERROR)] for v in result.versions[1:])
    columns = [Column(v, tally[(v.id, Severity.ERROR)], tally[(v.id, Severity.WARNING)],
                      outlier=bool(tally[(v.id, Severity.ERROR)]) and agreeing) for v in result.versions]
    failing = fail_on != "never" and result.worst is not None and result.worst >= Severity.parse(fail_on)
    shown_ids = {ref.id} | {v.id for v in others}
    labels = version_labels(result.versions)
    serious = sorted((f for f in result.findings if f.severity > Severity.INFO), key=_reading_order(result))
    live = [f for f in serious if f.accepted is None]
    accepted = [f for f in serious if f.accepted is not None]
    open_counts = Counter(f.severity for f in live)
    return View(
        story=result.story, columns=columns, shown=[c for c in columns if c.version.id in shown_ids], rows=rows,
        verdict="fail" if failing else "pass", fail_on=fail_on,
        rules=sorted({(f.rule, f.name) for f in result.findings if f.severity > Severity.INFO}),
        generated=(now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%d %H:%M UTC"),
        version=__version__, errors=result.errors,
        headline=headline(ref, result.claims.get(ref.id)),
        versions=[VersionView(v, labels[v.id], outlet(v)) for v in result.versions],
        cards=_cards(result, live, labels), accepted=_cards(result, accepted, labels),
        consistent=[r for r in rows if r.severity == "ok"],
        one_sided=[r for r in rows if r.severity == "info"],
        rule_docs=_rule_docs(serious),
        summary=_summary(open_counts, len(accepted), failing),
        index_href=index_href,
    )


def _summary(counts: Counter[Severity], accepted: int, failing: bool) -> str:
    """The verdict line: "2 errors, 1 warning: publication blocked", "no discrepancies"."""
    parts = [f"{n} {word}{'' if n == 1 else 's'}" for n, word in
             ((counts[Severity.ERROR], "error"), (counts[Severity.WARNING], "warning")) if n]
    text = ", ".join(parts) if parts else "no discrepancies"
    if accepted:
        text += f" ({accepted} accepted)"
    if parts:
        text += ": publication blocked" if failing else ": publication not blocked at this --fail-on"
    return text


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


def write(result: StoryResult, fp: TextIO, fail_on: str = "error", now: dt.datetime | None = None,
          index_href: str | None = None, **_: Any) -> None:
    fp.write(_template().render(view=build_view(result, fail_on, now, index_href)))


NEW_MARKER = "<!--wirecheck:new-findings-->"


def mark_new(page: str, ids: set[str]) -> str:
    """A story page with the findings `ids` marked new since the last run (a style block at the marker: the
    page itself stays what the cache holds)."""
    if not ids or NEW_MARKER not in page:
        return page
    selectors = ", ".join(f'[data-new-id="{i}"]' for i in sorted(ids) if re.fullmatch(r"[0-9a-f]+", i))
    return page.replace(NEW_MARKER, f"<style>{selectors} {{ display: inline-block !important; }}</style>", 1)
