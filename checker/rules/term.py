"""term-changed: a word replaced by another value of the same attribute.

What it flags: in a changed part of an aligned pair, a word replaced by a
different member of one of the contrast sets in data/contrast_sets.txt:
words that name mutually exclusive values of one attribute (colours, time
units, medals, sports, family relations, fuels, vehicles, review verdicts
...). "yellow" / "green", "weeks" / "months", "gold" / "silver". Members of a
set are never rewordings of each other, so synonyms ("grappling with" /
"handling") never fire. Compared on simple lemmas.

Why it matters: the sentence keeps every name and number while the fact
changes, so no entity or number rule sees it.

A value that becomes a range reaching another value of its set is a change
too: "mixed reviews" / "mixed-to-positive reviews".

Example: "the fire lasted three weeks" / "the fire lasted three months" -> error.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..compare import PairContext
from ..lexicon import Lexicons
from ..model import Finding, Severity
from ..normalize import Token, lemma
from . import rule


@lru_cache(maxsize=4)
def _sets_of(lex: Lexicons) -> dict[str, frozenset[int]]:
    """word or lemma -> the indices of the contrast sets it belongs to."""
    out: dict[str, set[int]] = {}
    for n, members in enumerate(lex.contrast_sets):
        for w in members:
            for form in (w, lemma(w)):
                out.setdefault(form, set()).add(n)
    return {k: frozenset(v) for k, v in out.items()}


def _sets(word: str, table: dict[str, frozenset[int]]) -> frozenset[int]:
    low = word.lower()
    return table.get(low, frozenset()) | table.get(lemma(low), frozenset())


def same_attribute(x: str, y: str, lex: Lexicons) -> bool:
    """Two different values of one contrast set ("weeks" / "months"): this rule's case."""
    table = _sets_of(lex)
    return lemma(x.lower()) != lemma(y.lower()) and bool(_sets(x, table) & _sets(y, table))


@rule("WC150", "term-changed", Severity.ERROR, "A word replaced by another value of the same attribute (yellow/green, weeks/months)")
def check(ctx: PairContext) -> Iterator[Finding]:
    table = _sets_of(ctx.lex)
    for op in ctx.changes:
        if not (op.a and op.b) or op.size > 4:
            continue
        for x in op.a:
            if x.kind != "word" or _measures(ctx.a.facts.words, x) or not _sets(x.text, table):
                continue
            for y in op.b:
                if y.kind != "word" or _measures(ctx.b.facts.words, y) or ctx.both_use(x, y):
                    continue
                if same_attribute(x.text, y.text, ctx.lex):
                    yield ctx.finding(
                        check, (x.start, x.end), (y.start, y.end),
                        f"'{x.text}' in {ctx.a.version.id} but '{y.text}' in {ctx.b.version.id}",
                        severity=Severity.ERROR if ctx.anchored(op) else Severity.WARNING,
                        why="the two words are different values of the same attribute, not rewordings",
                    )
                    return
    for side, v, w in _ranges_added(ctx):
        text = f"'{v.text}' in one version but '{v.text} to {w.text}' in the other"
        spans = ((v.start, v.end), (v.start, w.end)) if side == "b" else ((v.start, w.end), (v.start, v.end))
        other = _counterpart(ctx, side, v)
        if other is None:
            continue
        a_span, b_span = (other, spans[1]) if side == "b" else (spans[0], other)
        yield ctx.finding(check, a_span, b_span, text, severity=Severity.ERROR,
                          why="a value became a range reaching another value of the same attribute")
        return


def _ranges_added(ctx: PairContext) -> Iterator[tuple[str, Token, Token]]:
    """Edits that only add (or only drop) "to W" after a value V of W's attribute: "mixed" / "mixed to positive".
    Yields the side that has the range, V and W."""
    for op in ctx.changes:
        if op.a and op.b or not ctx.anchored(op):
            continue
        side, added = ("a", op.a) if op.a else ("b", op.b)
        words = (ctx.a if side == "a" else ctx.b).facts.words
        if [t.key for t in added[:1]] != ["to"] or len(added) != 2:
            continue
        k = next((n for n, t in enumerate(words) if t is added[0]), 0)
        if k == 0:
            continue
        v, w = words[k - 1], added[1]
        if v.kind == w.kind == "word" and same_attribute(v.text, w.text, ctx.lex):
            yield side, v, w


def _counterpart(ctx: PairContext, side: str, v: Token) -> tuple[int, int] | None:
    """Where the other side writes V alone."""
    other = ctx.b if side == "a" else ctx.a
    hit = next((t for t in other.facts.words if t.key == v.key), None)
    return (hit.start, hit.end) if hit is not None else None


def _measures(words, tok) -> bool:
    """The word is the unit of a number before it ("12-month period"): the number rule owns it."""
    k = next((n for n, t in enumerate(words) if t is tok), None)
    return k is not None and k > 0 and words[k - 1].kind == "quantity"
