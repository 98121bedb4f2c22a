"""One aligned pair, ready for the rules: both sides' facts and their word diff.

`PairContext` is what every rule receives. It owns the mapping from offsets
in a side's text (two claims of a split sentence are joined with a space) to
offsets in the version's text, so rules never compute positions themselves.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import numpy as np

from .facts import _FUNCTION, ClaimFacts, analyze
from .lexicon import Lexicons, lexicons
from .model import Claim, ClaimPair, Finding, Severity, Side, Version
from .normalize import Token, clause_break

REWRITE_FRACTION = 0.6  # above this share of changed words a pair is a rewrite, not an edit
MINIMAL_FRACTION = 0.25  # at most this share changed: a minimal edit of one claim
NEGATION_REACH = 8  # tokens back from a word to a negation of its clause ("is not kept at the right temperature")
WEAK_ANCHORS = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "be", "say", "that"}


@dataclass
class PairSide:
    """One side of an aligned pair: its version, claims and facts."""

    version: Version
    claims: tuple[Claim, ...]
    facts: ClaimFacts

    @property
    def text(self) -> str:
        return self.facts.text

    @property
    def proper_words(self) -> frozenset[str]:
        """Words the whole version writes capitalised mid-sentence: evidence that they are names."""
        return _proper_words(self.version.text)

    def cue_before(self, at: int, reach: int, cue: Callable[[Token], bool], stop: Callable[[Token], bool]) -> bool:
        """A cue among the `reach` tokens before offset `at`, with no stop (a clause mark) between it and `at`:
        "a ban on Russia competing", "violated the constitutional guarantee"."""
        for t in reversed([t for t in self.facts.tokens if t.end <= at][-reach:]):
            if stop(t):
                return False
            if cue(t):
                return True
        return False

    def cue_after(self, at: int, reach: int, cue: Callable[[Token], bool], stop: Callable[[Token], bool]) -> bool:
        """A cue among the `reach` tokens from offset `at` on, with no stop between `at` and it: cue_before's
        mirror."""
        for t in [t for t in self.facts.tokens if t.start >= at][:reach]:
            if stop(t):
                return False
            if cue(t):
                return True
        return False

    def negated_in_clause(self, tok: Token) -> bool:
        """A negation before the word in its clause: "when food is not kept at the right temperature"."""
        return self.cue_before(tok.start, NEGATION_REACH, lambda t: t in self.facts.negations, clause_break)

    def in_name(self, tok: Token) -> bool:
        """A capitalised word inside a longer name of the claim: "West" of "West Sussex", "North" of "North Korea"
        (the name rules compare the whole names)."""
        return tok.text[:1].isupper() and any(n.start <= tok.start and tok.end <= n.end and (n.start, n.end) !=
                                              (tok.start, tok.end) for n in self.facts.names)

    def to_version(self, start: int, end: int) -> tuple[int, int]:
        """Map [start, end) in the side text to offsets in the version text."""
        if not self.claims:
            return 0, 0
        base = 0
        for claim in self.claims:
            length = claim.end - claim.start
            if start <= base + length:
                s = claim.start + (start - base)
                e = claim.start + min(end - base, length)
                return s, max(s, e)
            base += length + 1
        last = self.claims[-1]
        return last.end, last.end


@dataclass(frozen=True)
class Op:
    """A diff opcode over the two sides' compared words."""

    tag: str  # replace | delete | insert | equal
    a: list[Token]
    b: list[Token]

    @property
    def size(self) -> int:
        return max(len(self.a), len(self.b))


TOLD_REACH = 40  # characters between a value and the day that dates it in its clause ("3.2 percent in Sydney on
# Friday")
_OTHER_CLAUSE = re.compile(r"[,;]|\b(?:that|which|who|whom|after|before|when|while)\b", re.IGNORECASE)


@dataclass
class PairContext:
    """What a rule sees: the pair, both sides' facts, and the diff between them."""

    pair: ClaimPair
    a: PairSide
    b: PairSide
    lex: Lexicons = field(default_factory=lexicons)
    encode: Callable[[list[str]], np.ndarray] | None = None  # the sentence encoder, for rules that weigh meaning

    @cached_property
    def ops(self) -> list[Op]:
        """The word diff, the same whichever side is called A: checking B against A mirrors A against B."""
        aw, bw = self.a.facts.words, self.b.facts.words
        ka, kb = [t.key for t in aw], [t.key for t in bw]
        if kb < ka:  # difflib breaks ties by argument order; diff in a canonical order and mirror
            mirrored = difflib.SequenceMatcher(None, kb, ka, autojunk=False).get_opcodes()
            flip = {"insert": "delete", "delete": "insert"}
            return [Op(flip.get(tag, tag), aw[j1:j2], bw[i1:i2]) for tag, i1, i2, j1, j2 in mirrored]
        matcher = difflib.SequenceMatcher(None, ka, kb, autojunk=False)
        return [Op(tag, aw[i1:i2], bw[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]

    @cached_property
    def changes(self) -> list[Op]:
        """Non-equal opcodes, minus benign re-spacings ("build-up"/"buildup", "cyber attacks"/"cyberattacks")."""
        out = []
        for op in self.ops:
            if op.tag == "equal":
                continue
            if op.a and op.b and "".join(t.key for t in op.a) == "".join(t.key for t in op.b):
                continue
            out.append(op)
        return out

    @cached_property
    def replacements(self) -> list[Op]:
        """The changes with words on both sides, and those the diff cut in two round a function word both sides
        share ("the public opposes restarting [the] reactors" / "Japanese support restarting [the] reactors", the
        "the" matched across): a deletion and an insertion with one or two function words between are one
        replacement."""
        out = [op for op in self.changes if op.a and op.b]
        ops = self.ops
        for x, mid, y in zip(ops, ops[1:], ops[2:]):
            if {x.tag, y.tag} == {"insert", "delete"} and mid.tag == "equal" and len(mid.a) <= 2 \
                    and all(t.key in _FUNCTION for t in mid.a):
                out.append(Op("replace", x.a + y.a, x.b + y.b))
        return out

    @cached_property
    def changed_fraction(self) -> float:
        """Share of compared words that the diff changes: low for an edit, high for a rewrite."""
        total = len(self.a.facts.words) + len(self.b.facts.words)
        changed = sum(len(op.a) + len(op.b) for op in self.changes)
        return changed / total if total else 0.0

    @cached_property
    def _keys(self) -> tuple[frozenset[str], frozenset[str]]:
        return frozenset(t.key for t in self.a.facts.words), frozenset(t.key for t in self.b.facts.words)

    def both_use(self, x: Token, y: Token) -> bool:
        """Each side uses both words ("below 50 ... above it" / "above 50 ... below it"): a reordering, not a swap."""
        a_keys, b_keys = self._keys
        return {x.key, y.key} <= a_keys and {x.key, y.key} <= b_keys

    def says_both(self, x: Token, y: Token) -> bool:
        """The reference side says both words ("concerned about the arrests of activists and urged Saudi authorities
        to release them" / "called for the release of jailed activists"): the other side's word restates what the
        reference says too, it replaces nothing. One way only: a summary that says both words of a source that
        says one has turned something round as often as not (SummEdits lost antonym and negation flips both ways)."""
        a_keys, _ = self._keys
        return {x.key, y.key} <= a_keys

    def told_since(self, a_span: tuple[int, int], b_span: tuple[int, int]) -> bool:
        """The value at one side's span is dated, in its own clause, to a day after the other version's dateline
        and not after its own: news of a later day, which the other version could not tell ("Rio's shares closed
        down 1.3 percent in London" in Thursday's copy / "fell 3.2 percent in Sydney on Friday" in Friday's; not
        "on Saturday began preparing for an election that must be held within 90 days", whose days are older)."""
        for side, other, (start, end) in ((self.a, self.b, a_span), (self.b, self.a, b_span)):
            own, then = side.version.date, other.version.date
            if own is None or then is None:
                continue
            quoted = [(q.start, q.end) for q in side.facts.quotes]  # '"Today the only winner is ..."': the
            # speaker's day, not the copy's
            for d in side.facts.dates:
                if d.granularity != "day" or not then.isoformat() < d.value <= own.isoformat() \
                        or any(s <= d.start < e for s, e in quoted):
                    continue
                between = side.text[end:d.start] if d.start >= end else side.text[d.end:start]
                if len(between) <= TOLD_REACH and not _OTHER_CLAUSE.search(between):
                    return True
        return False

    @property
    def minimal_edit(self) -> bool:
        """A few words changed in an otherwise identical claim: the shape of a correction or an error, not a rewrite."""
        return self.changed_fraction <= MINIMAL_FRACTION

    def anchored(self, op: Op | None) -> bool:
        """A small edit in a sentence that otherwise agrees: equal words around it, little else changed.

        Between versions of one story, a name or number replaced inside an
        otherwise identical context is a changed fact; the same replacement
        inside a wholesale rewrite may describe something else entirely.
        """
        if op is None or op.size > 4 or self.changed_fraction > REWRITE_FRACTION:
            return False
        idx = self.ops.index(op)
        prev = self.ops[idx - 1] if idx > 0 else None
        nxt = self.ops[idx + 1] if idx + 1 < len(self.ops) else None

        def solid(run: Op | None, edge: int) -> bool:
            return run is not None and run.tag == "equal" and (len(run.a) >= 2 or run.a[edge].key not in WEAK_ANCHORS)

        return solid(prev, -1) or solid(nxt, 0)

    def op_of(self, a_span: tuple[int, int] | None, b_span: tuple[int, int] | None) -> Op | None:
        """The change that touches both spans (char offsets in each side's text), if one does."""
        for op in self.changes:
            if a_span is not None and not any(t.start < a_span[1] and a_span[0] < t.end for t in op.a):
                continue
            if b_span is not None and not any(t.start < b_span[1] and b_span[0] < t.end for t in op.b):
                continue
            return op
        return None

    def spans(self, op: Op) -> tuple[tuple[int, int], tuple[int, int]]:
        """Char spans of a change on both sides; an empty side gets the word next to the gap."""
        return self._op_span(op, "a"), self._op_span(op, "b")

    def _op_span(self, op: Op, which: str) -> tuple[int, int]:
        toks = op.a if which == "a" else op.b
        if toks:
            return toks[0].start, toks[-1].end
        idx = self.ops.index(op)
        for near in list(reversed(self.ops[:idx])) + self.ops[idx + 1 :]:
            toks = near.a if which == "a" else near.b
            if toks:
                t = toks[-1] if self.ops.index(near) < idx else toks[0]
                return t.start, t.end
        return 0, 0

    def quoted(self, a_span: tuple[int, int], b_span: tuple[int, int]) -> str:
        """The usual finding message: "'<a words>' in <a> but '<b words>' in <b>"."""
        return (f"'{self.a.text[a_span[0]:a_span[1]]}' in {self.a.version.id} but "
                f"'{self.b.text[b_span[0]:b_span[1]]}' in {self.b.version.id}")

    def finding(
        self,
        rule: "object",
        a_span: tuple[int, int],
        b_span: tuple[int, int],
        message: str,
        *,
        severity: Severity | None = None,
        why: str = "",
        confidence: float = 1.0,
    ) -> Finding:
        """Build a Finding with both sides mapped to version offsets."""
        sa = self.a.to_version(*a_span)
        sb = self.b.to_version(*b_span)
        return Finding(
            rule=rule.id,  # type: ignore[attr-defined]
            name=rule.name,  # type: ignore[attr-defined]
            severity=severity or rule.severity,  # type: ignore[attr-defined]
            message=message,
            a=Side(self.a.version.id, self.a.text, sa, self.a.text[a_span[0] : a_span[1]]),
            b=Side(self.b.version.id, self.b.text, sb, self.b.text[b_span[0] : b_span[1]]),
            confidence=confidence,
            why=why,
        )


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;:] )([A-Z][\w'’.-]*)")


@lru_cache(maxsize=256)
def _proper_words(text: str) -> frozenset[str]:
    return frozenset(m.group(1).lower().rstrip(".").removesuffix("'s").removesuffix("’s") for m in _MID_SENTENCE_CAPITAL.finditer(text))


def side(version: Version, claims: tuple[Claim, ...], lex: Lexicons | None = None) -> PairSide:
    """Analyse the joined text of some claims of one version."""
    text = " ".join(c.text for c in claims)
    return PairSide(version, claims, analyze(text, version.date, lex))


@dataclass
class StoryContext:
    """What a story-wide rule sees: every version (the first is the reference), its claims and facts, and the
    facts and quotations matched between the reference and each other version."""

    versions: list[Version]
    claims: dict[str, list[Claim]]
    lex: Lexicons = field(default_factory=lexicons)
    facts: dict[str, Any] = field(default_factory=dict)  # version id -> extract.VersionFacts
    matches: list[Any] = field(default_factory=list)  # match.StoryMatches, one per other version
    findings: list[Any] = field(default_factory=list)  # every other rule's findings, for the review rules


def opposite_ways(xs: dict[Any, list[tuple]], ys: dict[Any, list[tuple]]) -> list[tuple[Any, tuple, tuple]]:
    """(key, first entry of xs, first entry of ys) for each key both versions tell one way each, and not the same way:
    entries are tuples whose first item is the way ("up", "for"); a key told both ways in one version says
    nothing."""
    out = []
    for key in sorted(xs.keys() & ys.keys()):
        a, b = xs[key], ys[key]
        if len({w for w, *_ in a}) == 1 and len({w for w, *_ in b}) == 1 and a[0][0] != b[0][0]:
            out.append((key, a[0], b[0]))
    return out


def spans_finding(rule: Any, sm: Any, at_a: tuple[int, int, int], at_b: tuple[int, int, int], why: str,
                  confidence: float = 0.9) -> Finding:
    """A story rule's finding on two spans of claims, (claim, start, end) in each version of a StoryMatches."""
    (ca, a0, a1), (cb, b0, b1) = at_a, at_b
    a_text, b_text = sm.a.claims[ca].text[a0:a1], sm.b.claims[cb].text[b0:b1]
    return Finding(
        rule=rule.id, name=rule.name, severity=rule.severity,
        message=f"'{a_text}' in {sm.a.version.id} but '{b_text}' in {sm.b.version.id}",
        a=Side(sm.a.version.id, sm.a.claims[ca].text, sm.a.to_version(ca, a0, a1), a_text),
        b=Side(sm.b.version.id, sm.b.claims[cb].text, sm.b.to_version(cb, b0, b1), b_text),
        confidence=confidence, why=why,
    )

