"""Plain dataclasses passed between the pipeline's stages.

ingest -> Version; segment -> Claim; align -> ClaimPair; rules -> Finding;
check -> StoryResult. Nothing here does work beyond small derived properties.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property


class Severity(IntEnum):
    """Ordered so that `max()` gives the worst; `never` is only a --fail-on level."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls[text.strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {text!r} (expected error, warning or info)") from None


@dataclass(frozen=True)
class Version:
    """One version of a story as read from disk or a feed record."""

    id: str  # short label used in output: the file name or record id
    text: str  # the full text; every span in the result indexes into it
    path: str | None = None
    date: dt.date | None = None
    dateline: str | None = None
    sources: tuple[str, ...] = ()
    body_start: int = 0  # where the article text begins (after the header)
    body_end: int | None = None  # where it ends (before a trailing agency line)
    title: str | None = None
    day_written: tuple[int, int] | None = None  # (month, day) of a dateline without a year, until a year is found
    date_from: str | None = None  # where `date` came from: header, dateline, metadata, --date, story
    format: str = "text"  # text, ninjs, newsml-g2, newsml-1.2, nitf, html


@dataclass(frozen=True)
class Claim:
    """A sentence (or heading) of a version, with its place in the text."""

    version: str
    index: int  # position among the version's claims
    start: int
    end: int
    text: str
    paragraph: int = 0
    heading: bool = False  # subheadings are kept for display but never checked


@dataclass(frozen=True)
class ClaimPair:
    """Claims of two versions that say the same thing.

    `a`/`b` hold one claim each for a 1:1 match, two on one side for a split
    sentence, and nothing on one side for a claim only in the other version.
    """

    a: tuple[Claim, ...]
    b: tuple[Claim, ...]
    similarity: float = 0.0

    @property
    def kind(self) -> str:
        if not self.a:
            return "only_b"
        if not self.b:
            return "only_a"
        if len(self.a) > 1 or len(self.b) > 1:
            return "split"
        return "identical" if self.a[0].text == self.b[0].text else "match"

    @property
    def a_text(self) -> str:
        return " ".join(c.text for c in self.a)

    @property
    def b_text(self) -> str:
        return " ".join(c.text for c in self.b)


@dataclass(frozen=True)
class Side:
    """Where one side of a finding stands: version, claim text, span and value."""

    version: str
    claim: str
    span: tuple[int, int]  # [start, end) of `value` in the version's text
    value: str


_WS = re.compile(r"\s+")


def _lead_in(side: Side, words: int = 4) -> str:
    """The few words before the value in its claim: tell apart two findings with the same values, from the text
    alone. The whole claim would not do: which sentences an embedder pairs (a split sentence joins two) varies."""
    at = side.claim.find(side.value) if side.value else -1
    before = side.claim[:at] if at >= 0 else ""
    return " ".join(before.split()[-words:]).lower()


def fingerprint(rule: str, a: Side, b: Side) -> str:
    """Stable id for a finding: the rule, both versions, both values and the words just before each value.

    Blind to offsets, white space, case and alignment scores, so a baseline
    written with one embedder matches with the other and survives re-wrapping.
    """
    key = "\x1f".join(
        [rule, a.version, b.version, _WS.sub(" ", a.value).strip().lower(), _WS.sub(" ", b.value).strip().lower(),
         _lead_in(a), _lead_in(b)]
    )
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(frozen=True)
class Finding:
    """One discrepancy between two versions, as a rule reported it."""

    rule: str  # rule id, e.g. WC101
    name: str  # rule name, e.g. person-role-mismatch
    severity: Severity
    message: str
    a: Side
    b: Side
    confidence: float = 1.0
    why: str = ""  # the evidence in plain words
    accepted: str | None = None  # the editor's recorded reason when a baseline accepts this finding

    @cached_property
    def id(self) -> str:
        """Computed once: JSON, history and the 'new' set all ask for it."""
        return fingerprint(self.rule, self.a, self.b)


@dataclass(frozen=True)
class InputError:
    """Something that could not be checked; listed in the result, never only logged."""

    source: str  # file name, record id or "path:line"
    reason: str


@dataclass
class Comparison:
    """The alignment of one version against the reference."""

    a: str  # reference version id
    b: str
    pairs: list[ClaimPair]
    similarity: list[list[float]] = field(default_factory=list)  # a-claims x b-claims, for evidence


@dataclass
class StoryResult:
    """Everything a report writer needs; JSON is its faithful rendering."""

    versions: list[Version]
    claims: dict[str, list[Claim]]
    comparisons: list[Comparison]
    findings: list[Finding]
    errors: list[InputError] = field(default_factory=list)
    story: str = ""

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    @property
    def worst(self) -> Severity | None:
        """The worst finding not accepted by a baseline: what a CI gate fails on."""
        return max((f.severity for f in self.findings if f.accepted is None), default=None)
