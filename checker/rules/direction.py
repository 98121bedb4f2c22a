"""direction-flip: a word replaced by its opposite.

What it flags: a changed word whose replacement is its antonym in
data/antonyms.tsv, or the same word with a negating prefix ("suitable" /
"unsuitable", "optimal" / "suboptimal", "encode" / "decode") ("rose" / "fell", "won" / "lost", "accepted" /
"rejected", "opening" / "closing"), compared on simple lemmas so tense and
number do not matter.

A negation added on the same side cancels the flip ("easy" / "not
difficult") and nothing is reported.

Why it matters: the sentence keeps its shape and most of its words while the
fact turns into its opposite.

Example: "the index rose 0.3%" / "the index fell 0.3%" -> error.
"""
from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..compare import PairContext
from ..lexicon import Lexicons
from ..model import Finding, Severity
from ..normalize import lemma
from . import rule


@lru_cache(maxsize=4)
def _opposites(lex: Lexicons) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for word, others in lex.antonyms.items():
        for w in (word, lemma(word)):
            out.setdefault(w, set()).update(others | {lemma(o) for o in others})
    return {k: frozenset(v) for k, v in out.items()}


_NEGATING_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "de", "mis", "sub", "anti")
_SWAPPED_PREFIXES = (("en", "de"), ("over", "under"), ("pre", "post"), ("up", "down"), ("inter", "intra"), ("im", "ex"))


def _forms(word: str) -> set[str]:
    """The word, its lemma, and its stem with the suffix cut but no letter undoubled ("adding" -> "add")."""
    w = word.lower()
    out = {w, lemma(w)}
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            out.add(w[: -len(suffix)])
            out.add(w[: -len(suffix)] + "e")
    return out


def morphological_opposites(x: str, y: str) -> bool:
    """"suitable"/"unsuitable", "optimal"/"suboptimal", "encoding"/"decoding": opposites by prefix."""
    x, y = x.lower().replace("-", ""), y.lower().replace("-", "")
    for short, long in ((x, y), (y, x)):
        for p in _NEGATING_PREFIXES:
            if long == p + short and len(short) >= 4:
                return True
    for p, q in _SWAPPED_PREFIXES:
        for a, b in ((x, y), (y, x)):
            if a.startswith(p) and b.startswith(q) and a[len(p):] == b[len(q):] and len(a) - len(p) >= 4:
                return True
    return False


def opposite(x: str, y: str, opposites: dict[str, frozenset[str]]) -> bool:
    """Are two written words antonyms, by the lexicon or by a negating prefix?"""
    fy = _forms(y)
    return any(fy & opposites.get(f, frozenset()) for f in _forms(x)) or morphological_opposites(x, y)


@rule("WC141", "direction-flip", Severity.ERROR, "A word replaced by its opposite (rose/fell, won/lost)")
def check(ctx: PairContext) -> Iterator[Finding]:
    opposites = _opposites(ctx.lex)
    if len(ctx.a.facts.negations) % 2 != len(ctx.b.facts.negations) % 2:
        return  # "an easy one" / "not difficult": the negation cancels the antonym
    for op in ctx.changes:
        if not (op.a and op.b):
            continue
        for x in op.a:
            for y in op.b:
                if x.kind == "word" and y.kind == "word" and (y.key in opposites.get(x.key, ()) or opposite(x.text, y.text, opposites)):
                    yield ctx.finding(
                        check, (x.start, x.end), (y.start, y.end),
                        f"'{x.text}' in {ctx.a.version.id} but its opposite '{y.text}' in {ctx.b.version.id}",
                        severity=Severity.ERROR if op.size <= 4 else Severity.WARNING,
                        why="the replaced words are antonyms",
                    )
                    return
