"""term-changed: a word replaced by another value of the same attribute.

What it flags: in a changed part of an aligned pair, a word replaced by a
different member of one of the contrast sets in data/contrast_sets.txt:
words that name mutually exclusive values of one attribute (colours, time
units, medals, sports, family relations, fuels, vehicles, review verdicts
...). "yellow" / "green", "weeks" / "months", "gold" / "silver". Members of a
set are never rewordings of each other, so synonyms ("grappling with" /
"handling") never fire. Compared on simple lemmas.

What it lets pass: synonyms and paraphrase ("grappling with" / "handling"); values of a set
that both versions use; a verb made of a set's noun against another word ("which backs the Kurds" /
"which has armed the Kurds": no body part; "profits doubled" / "profits tripled" are still compared);
time units in a restated duration ("18 months" /
"a year and a half"); uncounted years that hold decades ("for decades" / "for years"); one word written as two
("the northeast of England" / "the North East"); one family tie told from its other end ("Yingluck is the sister
of Thaksin" / "Ms Yingluck's brother, Thaksin").

Why it matters: the sentence keeps every name and number while the fact
changes, so no entity or number rule sees it.

A value that becomes a range reaching another value of its set is a change
too: "mixed reviews" / "mixed-to-positive reviews"; so are two values that a
minimal edit exchanges in place ("a father, and a mother of" / "a mother, and
a father of"), although each side uses both words; and so are any two content
words that trade places in an otherwise unchanged sentence ("Smith beat
Jones" / "Jones beat Smith"), unless only function words stand between them
(a reordered list) or WordNet calls them synonyms.

A role said to hold now in one version ("currently plays for") and to be
over in the other ("a former footballer who played for"), in two changes of
one edit, is a warning.

A bound prefix that makes another relation or status of a word both
versions share is a change too: "half-brother" / "step brother",
"co-founder" / "founder", "semi-professional" / "professional" (but a
"half-barrier" is a barrier: "half-" makes another relation of kin only).

Example: "the fire lasted three weeks" / "the fire lasted three months" -> error.

Passes: "the fire lasted three weeks" / "the blaze burned for three weeks" -> nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..compare import PairContext
from ..facts import _FUNCTION, KIN
from ..lexicon import Lexicons
from ..model import Finding, Severity
from ..normalize import BOUND_PREFIXES, Token, lemma, position
from ..opposites import converse_in_other_voice
from ..wordnet import Relation, wordnet
from . import rule
from .numbers import dated_differently


@lru_cache(maxsize=4)
def _sets_of(lex: Lexicons) -> dict[str, frozenset[tuple[int, int]]]:
    """word, lemma or US spelling -> the (contrast set, value) pairs it names."""
    out: dict[str, set[tuple[int, int]]] = {}
    for n, values in enumerate(lex.contrast_sets):
        for v, words in enumerate(values):
            for w in words:
                for form in (w, lemma(w), lex.spelling.get(w, w)):
                    out.setdefault(form, set()).add((n, v))
    return {k: frozenset(v) for k, v in out.items()}


def _sets(word: str, table: dict[str, frozenset[tuple[int, int]]], lex: Lexicons) -> frozenset[tuple[int, int]]:
    low = word.lower()
    if low.endswith("ing") and low not in table and _noun_of_its_own(low):
        return frozenset()  # "a luxury housing complex": housing, not a house; "building", "meeting" are nouns too
    return frozenset().union(*(table.get(form, frozenset()) for form in (low, lemma(low), lex.spelling.get(low, low))))


# a family tie and the same tie told from the other person: "the sister of Thaksin" is "Yingluck's brother"
_CONVERSE_KIN = {"brother": {"brother", "sister"}, "sister": {"brother", "sister"},
                 "father": {"son", "daughter"}, "mother": {"son", "daughter"},
                 "son": {"father", "mother"}, "daughter": {"father", "mother"},
                 "husband": {"wife"}, "wife": {"husband"},
                 "uncle": {"nephew", "niece"}, "aunt": {"nephew", "niece"},
                 "nephew": {"uncle", "aunt"}, "niece": {"uncle", "aunt"}}
_KIN_OF = re.compile(r"\s+of\b")
_KIN_OWNED = re.compile(r"['’]s\s+$")


def _kin_told_from_the_other_end(ta: str, x: Token, tb: str, y: Token) -> bool:
    """A tie told "X is the sister of Y" in one version and "X's brother, Y" in the other: the kin words are each
    other's converse, one of them before "of" and the other after a possessive."""
    kx, ky = x.text.lower(), y.text.lower()
    if ky not in _CONVERSE_KIN.get(kx, ()):
        return False

    def of(text: str, t: Token) -> bool:
        return _KIN_OF.match(text, t.end) is not None

    def owned(text: str, t: Token) -> bool:
        return _KIN_OWNED.search(text, max(0, t.start - 40), t.start) is not None

    return of(ta, x) and owned(tb, y) or owned(ta, x) and of(tb, y)


def _noun_of_its_own(word: str) -> bool:
    """WordNet has the "-ing" word itself as a noun ("housing", "building"), not only as its verb's form."""
    from ..wordnet import wordnet

    return any(s[0] == "n" for s in wordnet().senses(word))


def _verbed(word: str, table: dict[str, frozenset[tuple[int, int]]], lex: Lexicons) -> bool:
    """An "-ed" form that names a value only through its stem: "armed", "headed", "backed" are verbs made of the
    nouns the sets list, not the nouns."""
    low = word.lower()
    return low.endswith("ed") and low not in table and lex.spelling.get(low, low) not in table


def same_attribute(x: str, y: str, lex: Lexicons) -> bool:
    """Two different values of one contrast set ("weeks" / "months"), not two names of one value
    ("positive" / "favourable"): this rule's case."""
    table = _sets_of(lex)
    sx, sy = _sets(x, table, lex), _sets(y, table, lex)
    if lemma(x.lower()) == lemma(y.lower()) or sx & sy:
        return False
    if _verbed(x, table, lex) != _verbed(y, table, lex):
        return False  # "which backs the Kurds" / "which has armed the Kurds": "armed" is a verb made of "arm", no
        # body part; two such verbs ("profits doubled" / "profits tripled") are still compared
    return bool({n for n, _ in sx} & {n for n, _ in sy})


def _figures_of_other_things(ctx: PairContext) -> bool:
    """Both sentences hold figures and none of one could be compared with any of the other: "revenue of $2.5
    billion in the quarter to June" / "279 million active buyers in the year to June" are two statements."""
    from .numbers import _compatible

    qa, qb = ctx.a.facts.quantities, ctx.b.facts.quantities
    return bool(qa and qb) and not any(x.value == y.value or (_compatible(x, y) and x.unit is not None)
                                       for x in qa for y in qb)


_HYPHENED = re.compile(r"(?:-[A-Za-z]+)+")
_HYPHENED_BEFORE = re.compile(r"[A-Za-z]+-$")


def _hyphened_span(text: str, tok: Token) -> tuple[int, int]:
    """A word's span with the hyphened words joined to it, so "north-east" is shown whole, not as "north"; a span
    of time with the vague count before it ("several weeks" / "several days")."""
    m = _HYPHENED.match(text, tok.end)
    few = _VAGUE_COUNT.search(text, max(0, tok.start - 12), tok.start)
    return few.start() if few else tok.start, m.end() if m else tok.end


_VAGUE_COUNT = re.compile(r"\b(?:several|a few|few|many|some)\s+$", re.IGNORECASE)


def _two_words_of(text: str, part: Token, whole: Token) -> bool:
    """`part` and the word after or before it, one space apart, spell `whole` ("North East" / "northeast")."""
    after = re.match(r" ([A-Za-z]+)\b", text[part.end:])
    before = re.search(r"\b([A-Za-z]+) $", text[:part.start])
    return ((after is not None and (part.text + after.group(1)).lower() == whole.text.lower())
            or (before is not None and (before.group(1) + part.text).lower() == whole.text.lower()))


_NATION_STATE = re.compile(r"\b(?:foreign|sovereign|nation|member|independent|hostile|rogue|neighbouring|neighboring|"
                           r"host|receiving|sending|third|EU|Union|UN|Nato|Arab|Gulf|Baltic)\s+$", re.IGNORECASE)
# "the host state" of an embassy, "other EU states"


def _nation_state(text: str, state: Token, other: Token) -> bool:
    """ "a foreign state", "member states": a state among nations, which "country" names too."""
    return (state.text.lower().rstrip("s") == "state" and other.text.lower() in ("country", "countries")
            and _NATION_STATE.search(text, max(0, state.start - 20), state.start) is not None)


def _joined(text: str, tok: Token) -> str:
    """The whole hyphened word a token is part of, the hyphens left out and folded: "south-west" is "southwest"."""
    start, end = _hyphened_span(text, tok)
    while (m := _HYPHENED_BEFORE.search(text, 0, start)) is not None:
        start = m.start()
    return text[start:end].replace("-", "").lower()


@rule("WC150", "term-changed", Severity.ERROR, "A word replaced by another value of the same attribute (yellow/green, weeks/months)")
def check(ctx: PairContext) -> Iterator[Finding]:
    table = _sets_of(ctx.lex)
    for op in ctx.changes:
        if not (op.a and op.b) or op.size > 4:
            continue
        for x in op.a:
            if x.kind != "word" or _measures(ctx.a.facts.words, x, op.a) or not _sets(x.text, table, ctx.lex):
                continue
            for y in op.b:
                if y.kind != "word" or _measures(ctx.b.facts.words, y, op.b):
                    continue
                if ctx.both_use(x, y) and not _swapped(ctx, x, y) or ctx.a.in_name(x) and ctx.b.in_name(y):
                    continue  # "West Sussex" / "East Sussex": two places, the name rules' to report whole
                if all(t.text[:1].isupper() and t.text.lower() in ctx.lex.titles for t in (x, y)):
                    continue  # "Finance Minister Alistair Darling" / "Chancellor of the Exchequer Alistair Darling":
                    # the titles of people, WC104's to compare
                if converse_in_other_voice(ctx.a.facts.words, x, ctx.b.facts.words, y):
                    continue  # "passengers had bought their seats" / "seats had been sold"
                if _joined(ctx.a.text, x) == _joined(ctx.b.text, y):
                    continue  # "southwest" / "south-west": one word, hyphened in one version
                if _two_words_of(ctx.b.text, y, x) or _two_words_of(ctx.a.text, x, y):
                    continue  # "the northeast of England" / "the North East": one word, written as two
                if _kin_told_from_the_other_end(ctx.a.text, x, ctx.b.text, y):
                    continue  # "Yingluck is the sister of Thaksin" / "Ms Yingluck's brother, Thaksin": one tie
                if _nation_state(ctx.a.text, x, y) or _nation_state(ctx.b.text, y, x):
                    continue  # "whether a foreign state was behind the attack" / "whether another country was
                    # responsible": a state among nations is a country
                if same_attribute(x.text, y.text, ctx.lex) and not _spans_uncounted(ctx, x, y) and not (
                        _chamber(ctx.a.facts.words, x) == _chamber(ctx.b.facts.words, y) is not None):
                    if dated_differently(ctx):
                        continue  # "rose 1.2 percent in afternoon trading" / "rose 1.5 percent in morning trading
                        # Friday": two days' or two sessions' prices, each told of its own
                    other = _figures_of_other_things(ctx)
                    sa, sb = _hyphened_span(ctx.a.text, x), _hyphened_span(ctx.b.text, y)
                    yield ctx.finding(
                        check, sa, sb, ctx.quoted(sa, sb),
                        severity=Severity.ERROR if ctx.anchored(op) and not other else Severity.WARNING,
                        why="the two words are different values of the same attribute, not rewordings"
                            + (" (the sentences' figures measure different things: they may be two statements)"
                               if other else ""),
                    )
                    return
    lone = _lone_values(ctx, table)
    if lone is not None and not dated_differently(ctx) \
            and not _kin_told_from_the_other_end(ctx.a.text, lone[0], ctx.b.text, lone[1]):  # not two days' or two
        # sessions' own, nor one tie told from its two ends
        x, y = lone
        yield ctx.finding(check, (x.start, x.end), (y.start, y.end), ctx.quoted((x.start, x.end), (y.start, y.end)),
                          severity=Severity.WARNING,
                          why="each version names one value of the same attribute, and a different one, in a rewritten sentence")
        return
    exchanged = _exchanged(ctx)
    if exchanged is not None:
        (x1, y1), (x2, y2) = exchanged
        a_span, b_span = (x1.start, x2.end), (y1.start, y2.end)
        yield ctx.finding(check, a_span, b_span, f"'{x1.text}' and '{x2.text}' exchange places between "
                          f"{ctx.a.version.id} and {ctx.b.version.id}", severity=Severity.ERROR,
                          why="two words swapped places in an otherwise unchanged sentence, so each now says the other's fact")
        return
    status = _status_changed(ctx)
    if status is not None:
        yield ctx.finding(check, *status, ctx.quoted(*status), severity=Severity.WARNING,
                          why="one version says it holds now, the other that it held before")
        return
    for op in ctx.changes:
        spans = _prefix_changed(ctx, op)
        if spans is not None:
            yield ctx.finding(check, *spans, ctx.quoted(*spans),
                              severity=Severity.ERROR if ctx.anchored(op) else Severity.WARNING,
                              why="a prefix that names another relation or status was added, dropped or replaced")
            return
    for side, v, w, kept in _ranges_added(ctx):
        other = _counterpart(ctx, side, kept)
        if other is None:
            continue
        a_span, b_span = ((v.start, w.end), other) if side == "a" else (other, (v.start, w.end))
        yield ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span), severity=Severity.ERROR,
                          why="a value became a range reaching another value of the same attribute")
        return


# sets whose values a rewrite restates in other words: time units ("48 hours" / "two days"), units of
# place ("the state" / "the county"), public offices and ranks ("the minister" / "the president", "Deputy
# Minister" / "the minister": WC104 compares titles), named by a member
_REWORDED_IN_REWRITES = ("day", "county", "president", "deputy")


@lru_cache(maxsize=4)
def _reworded_sets(lex: Lexicons) -> frozenset[int]:
    """The contrast sets _REWORDED_IN_REWRITES names, by index."""
    return frozenset(n for w in _REWORDED_IN_REWRITES for n, _ in _sets(w, _sets_of(lex), lex))


def _lone_values(ctx: PairContext, table: dict[str, frozenset[tuple[int, int]]]) -> tuple[Token, Token] | None:
    """In a rewrite, where no single change holds both words ("took silver" / "a bronze medallist"): each
    side names exactly one value of a contrast set, and the values differ. Sets with several values on a
    side ("gold, silver and bronze") say nothing."""
    skip = _reworded_sets(ctx.lex)

    def values(side) -> dict[int, list[Token]]:
        out: dict[int, list[Token]] = {}
        for t in side.facts.words:
            if t.kind == "word" and not (t.cap and not t.first):  # "Blacks", "County": parts of names
                for n in {n for n, _ in _sets(t.text, table, ctx.lex)} - skip:
                    out.setdefault(n, []).append(t)
        return out
    va, vb = values(ctx.a), values(ctx.b)
    for n in va.keys() & vb.keys():
        xs, ys = va[n], vb[n]
        if len({lemma(t.text.lower()) for t in xs}) == 1 and len({lemma(t.text.lower()) for t in ys}) == 1:
            x, y = xs[0], ys[0]
            ox, oy = ctx.op_of((x.start, x.end), None), ctx.op_of(None, (y.start, y.end))
            if (same_attribute(x.text, y.text, ctx.lex) and ox is not None and oy is not None
                    and not _measures(ctx.a.facts.words, x, ox.a) and not _measures(ctx.b.facts.words, y, oy.b)
                    and not converse_in_other_voice(ctx.a.facts.words, x, ctx.b.facts.words, y)
                    and _joined(ctx.a.text, x) != _joined(ctx.b.text, y)  # "northeastern" / "north-eastern"
                    and not (_two_words_of(ctx.b.text, y, x) or _two_words_of(ctx.a.text, x, y))):
                return x, y  # not "tickets were sold at" / "tickets had been bought at": one sale
    return None


# prefixes that make another relation, rank or status of the same word: "half-brother" / "step-brother",
# "co-founder" / "founder", "semi-professional" / "professional", "ex-wife" / "wife"
_BOUND_PREFIXES = BOUND_PREFIXES  # not "vice": titles are WC104's


def _fellows(prefix: str, head: str) -> bool:
    """"co-" before a plural: the group's members are what the word says ("some co-workers" are workers, "the
    co-authors" authors); only one holder ("the co-founder" / "the founder") is told apart by it."""
    low = head.lower()
    return prefix == "co" and lemma(low) != low


def _a_kind_of(prefix: str, head: str) -> bool:
    """"half-" dropped before a word that names no kin: a "half-barrier" is a barrier, a "half-brother" another
    relation than a brother."""
    return prefix == "half" and lemma(head.lower()) not in KIN


def _prefix_changed(ctx: PairContext, op) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans of a bound prefix added, dropped or replaced before a word both versions share, if this
    change is one: a hyphen ("semi-professional"), no space ("stepbrother") or, for two prefixes, a space
    ("half brother" / "step brother")."""
    idx = ctx.ops.index(op)
    nxt = ctx.ops[idx + 1] if idx + 1 < len(ctx.ops) else None
    if len(op.a) + len(op.b) == 1 and nxt is not None and nxt.tag == "equal":
        side, tok = (ctx.a, op.a[0]) if op.a else (ctx.b, op.b[0])
        head = nxt.a[0] if op.a else nxt.b[0]
        if tok.key in _BOUND_PREFIXES and side.text[tok.end:head.start] == "-" and not _fellows(tok.key, head.text) \
                and not _a_kind_of(tok.key, head.text):
            other = nxt.b[0] if op.a else nxt.a[0]
            here, there = (tok.start, head.end), (other.start, other.end)
            return (here, there) if op.a else (there, here)
    if len(op.a) == 1 and len(op.b) == 1:
        x, y = op.a[0].text.lower(), op.b[0].text.lower()
        if x in _BOUND_PREFIXES and y in _BOUND_PREFIXES and nxt is not None and nxt.tag == "equal":
            return (op.a[0].start, nxt.a[0].end), (op.b[0].start, nxt.b[0].end)
        for short, long in ((x, y), (y, x)):
            if any(long == p + short and not _fellows(p, short) for p in _BOUND_PREFIXES) and len(short) >= 4:
                return (op.a[0].start, op.a[0].end), (op.b[0].start, op.b[0].end)
    return None


def _exchanged(ctx: PairContext) -> tuple[tuple[Token, Token], tuple[Token, Token]] | None:
    """Two content words that a minimal edit exchanges in place, apart in the sentence ("delete it from
    their work devices, and ... from their personal devices" / "... personal devices, and ... work
    devices"; "Smith beat Jones" / "Jones beat Smith"): each now says the other's fact. Words with no
    content word between them ("the US and the EU" / "the EU and the US") are a reordered list."""
    if not ctx.minimal_edit or len(ctx.changes) > 3:
        return None  # among many rewordings, two near-synonyms trading places ("coverage options ... payment
        # plans" / "coverage plans ... payment options") say much the same
    ones = _one_for_one(ctx)
    words = ctx.a.facts.words
    index = {id(t): n for n, t in enumerate(words)}
    for i, (x1, y1) in enumerate(ones):
        for x2, y2 in ones[i + 1:]:
            k = [lemma(t.text.lower()) for t in (x1, y1, x2, y2)]  # a name's key depends on where it stands
            if not (k[0] == k[3] and k[1] == k[2] and k[0] != k[1]):
                continue
            if not all(t.kind == "word" and t.key not in _FUNCTION and len(t.key) > 2 for t in (x1, y1)):
                continue
            if wordnet().relation(x1.text, y1.text) is Relation.SAME:
                continue  # "a new client ... new customers" / "a new customer ... new clients"
            between = [t.key for t in words[index[id(x1)] + 1:index[id(x2)]]]
            if any(k not in _FUNCTION and k not in ("nor", "versus", "vs") for k in between):
                return (x1, y1), (x2, y2)
    return None


_NOW = frozenset({"currently", "current", "incumbent"})
_BEFORE = frozenset({"former", "formerly", "erstwhile", "ex"})


def _status_changed(ctx: PairContext) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """ "who currently plays for Club León" / "a former footballer who played for Club León": one version
    says the role holds now, the other that it is over, in two changes of an edit (not one word for the
    other, which the contrast sets already see). Spans, if so; a warning, since the two changes may
    describe different roles."""
    if ctx.changed_fraction > 0.3:
        return None
    keys_a, keys_b = ctx._keys
    changed_a = [t for op in ctx.changes for t in op.a]
    changed_b = [t for op in ctx.changes for t in op.b]
    for in_a, in_b in ((_NOW, _BEFORE), (_BEFORE, _NOW)):
        x = next((t for t in changed_a if t.key in in_a), None)
        y = next((t for t in changed_b if t.key in in_b), None)
        if x is not None and y is not None and not keys_a & in_b and not keys_b & in_a:
            return (x.start, x.end), (y.start, y.end)
    return None


def _one_for_one(ctx: PairContext) -> list[tuple[Token, Token]]:
    """The changes that replace one word by one word, as (a word, b word)."""
    return [(op.a[0], op.b[0]) for op in ctx.changes if len(op.a) == 1 and len(op.b) == 1]


def _swapped(ctx: PairContext, x: Token, y: Token) -> bool:
    """Two one-word edits that exchange the words in place ("a father, and a mother of" / "a mother,
    and a father of"): the values swapped, not the clauses reordered."""
    keys = [(p.key, q.key) for p, q in _one_for_one(ctx)]
    return (x.key, y.key) in keys and (y.key, x.key) in keys and ctx.minimal_edit


def _ranges_added(ctx: PairContext) -> Iterator[tuple[str, Token, Token, Token]]:
    """Edits that only add (or only drop) "to W" after a value V of W's attribute, or "V to" before W:
    "mixed" / "mixed to positive", "positive" / "mixed-to-positive". Yields the side that has the range
    V to W, V, W, and the end the other side writes alone."""
    for op in ctx.changes:
        if op.a and op.b or not ctx.anchored(op):
            continue
        side, added = ("a", op.a) if op.a else ("b", op.b)
        if len(added) != 2 or "to" not in (added[0].key, added[1].key):
            continue
        words = (ctx.a if side == "a" else ctx.b).facts.words
        k = position(words, added[0])
        if k is None:
            continue
        if added[0].key == "to" and k > 0:
            v, w, kept = words[k - 1], added[1], words[k - 1]  # "mixed [to positive]"
        elif added[1].key == "to" and k + 2 < len(words):
            v, w, kept = added[0], words[k + 2], words[k + 2]  # "[mixed to] positive"
        else:
            continue
        if v.kind == w.kind == "word" and same_attribute(v.text, w.text, ctx.lex):
            yield side, v, w, kept


def _counterpart(ctx: PairContext, side: str, kept: Token) -> tuple[int, int] | None:
    """Where the other side writes the kept end alone."""
    other = ctx.b if side == "a" else ctx.a
    hit = next((t for t in other.facts.words if t.key == kept.key), None)
    return (hit.start, hit.end) if hit is not None else None


_CHAMBERS = {"senate": "upper", "house": "lower"}


def _chamber(words: list[Token], tok: Token) -> str | None:
    """Which chamber of a parliament a word names: "the Senate" and "the upper house" are one, "the House" and
    "the lower house" the other."""
    low = tok.text.lower()
    k = position(words, tok)
    if low == "house" and k is not None and k > 0 and words[k - 1].text.lower() in ("upper", "lower"):
        return words[k - 1].text.lower()
    if low in ("upper", "lower") and k is not None and k + 1 < len(words) and words[k + 1].text.lower() == "house":
        return low
    return _CHAMBERS.get(low)


_SPANS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade",
                    "century"})
_SPAN_LEMMAS = frozenset(lemma(w) for w in _SPANS)  # compared as lemmas: "decades" is "decad", as "decade" is
_COUNTING = frozenset({"a", "an", "one", "per", "every", "each", "last", "next", "this", "that", "previous", "prior",
                       "past", "following", "coming", "current", "fiscal", "calendar", "same"})


_MANY_YEARS = frozenset(lemma(w) for w in ("decades", "centuries"))
_BEFORE_DURATION = frozenset({"for", "within", "in", "after", "over", "take", "takes", "took", "last", "lasts"})


def _spans_uncounted(ctx: PairContext, x: Token, y: Token) -> bool:
    """Two spans of time of which one is not counted ("for most of the year" / "outside the summer months"): a
    part of the calendar, no duration changed ("a year" / "a month", "last week" / "last month" are counted)."""
    if lemma(x.text.lower()) not in _SPAN_LEMMAS or lemma(y.text.lower()) not in _SPAN_LEMMAS:
        return False

    def counted(words: list[Token], tok: Token) -> bool:  # "a very difficult week", "the previous year"
        k = position(words, tok)
        if k is None:
            return False
        for w in reversed(words[max(0, k - 3):k]):
            if w.kind == "quantity":
                return True
            if w.text.lower() in _COUNTING:
                return w is not words[k - 1] or lemma(tok.text.lower()) == tok.text.lower()  # not "in the coming
                # days": how many unsaid, which "next week" may be
            if w.text.lower() in ("the", "of") or w.kind != "word":
                return False
        return False

    def duration(words: list[Token], tok: Token) -> bool:  # "adding hours", "for weeks": many, their number unsaid
        k = position(words, tok)
        return k is not None and k > 0 and lemma(tok.text.lower()) != tok.text.lower() and (
            words[k - 1].text.lower() in _BEFORE_DURATION or words[k - 1].text.lower().endswith(("ing", "ed")))

    if duration(ctx.a.facts.words, x) and duration(ctx.b.facts.words, y):
        sizes = {lemma(x.text.lower()), lemma(y.text.lower())}
        return "year" in sizes and bool(sizes & _MANY_YEARS)  # "for decades" / "for years": years without number
        # hold decades; "adding hours to journey times" / "adding minutes": two durations, each of its own size
    return not (counted(ctx.a.facts.words, x) and counted(ctx.b.facts.words, y))


def _measures(words: list[Token], tok: Token, changed: list[Token]) -> bool:
    """The word is the unit of a number before it that changed too ("12-month" / "18-week"): the number
    rule owns it. After an unchanged number the word is the only change ("156 insurgents" / "156
    civilians"), and it is this rule's."""
    k = position(words, tok)
    return k is not None and k > 0 and words[k - 1].kind == "quantity" and any(t is words[k - 1] for t in changed)
