"""number-mismatch: a number or amount that differs between versions.

What it flags: quantities of the same kind (same unit or currency, or the
same counted noun, or standing in the same place of the sentence) whose
values cannot both be true. Values are normalised first: "100,000",
"100000" and "one hundred thousand"; "$1.8bn" and "1.8 billion dollars";
"2.5%" and "2.5 per cent" are equal. Rounding ("14.7" / "15") and hedged
approximations ("about 15 pounds" / "14.7 pounds") are consistent and silent;
a bound against the same exact value ("more than 100,000" / "100,000") is a
warning. So are figures that need not contradict: the same figure with its
scale word dropped ("$54.9 million" / "$54.9"), and a pair in which every
figure differs, none is shared, and a name or period differs as well (two
sentences about different things more often than one fact changed). Clock times in two time zones are compared
as moments when both zones' offsets are known ("7 p.m. EST" is "10am AEST", not "8am AEST"), else not at all
("0530 GMT" / "1.30 a.m. local time"); a figure inside a decade ("94" / "his 90s") is not compared.
In a minimal edit, a figure in the place of "a", "an" or "one" before the same
word is compared with one ("a touchdown" / "2 touchdowns"). A score or range
("won 14-10" / "won 17-14") is compared place by place; the
same score in the other order ("lost 1-3" / "lost 3-1") is a warning. A
superlative alone ranks first, so an ordinal added before it is a changed
rank ("the most populous" / "the 11th-most populous"); "one of the most
populous" against "the most populous" is a warning, since only one version
ranks it first. A running tally (deaths, cases, patients, injured, arrests)
that a later-dated version gives higher is a warning, as the update it
usually is; lower in the later version it stays an error, unless the later
sentence gives it as revised or as it stands "now" ("The dead now include
46 miners and five rescuers"), and so does a
tally whose digits are swapped beside a figure both sentences give alike
("Another 78 were wounded and 259 arrested" / "Another 87 ... and 259").
A precise lower bound and the round figure just below it are one count
("at least 162" / "more than 160"); two round bounds are two ("at least
30,000" / "at least 35,000"). A hedged conversion may be a twentieth off
("about 5,800 meters" is 19,000 feet, not 21,000). "Up to" stands against
the top of a range ("estimated at 800,000 to 1.2 million pounds" / "up to
£2m"), never its bottom.
Across the story, each version's one pair of figures written with the same
digits in another order is one figure mistyped (three digits or more, or two
beside a figure both sentences share); a figure of a day after the other
version was published is a later figure, not compared with an undated one.
A figure changed with its conversion in brackets ("up to 200 kilometres (125
miles) per hour" / "up to 250km/h (155mph)") is reported once, by the figure
before the brackets; a distance with its conversion and then "per hour" is a
speed.

What it lets pass: the same value written two ways ("1.8bn" / "1.8 billion", "100,000" / "one
hundred thousand"); rounding and hedges ("about $1.13" / "$1.1337"); one
moment in two time zones; figures of different things; a part against the
whole ("the court's two other liberal justices" / "the three liberal justices"); a share of a whole and the
count it comes to ("about half of the zoo's roughly 600 animals" / "about 300 animals"). A figure of the
year before ("A year earlier, it made a profit of $4.4 billion") or of a day after the other version's
dateline ("fell 3.2 percent in Sydney on Friday" against Thursday's "closed down 1.3 percent"; "Also on
Friday, the central bank set the midpoint ... at 6.5636" against Thursday's undated "at 6.5646") is
another period's: a warning at most. Across the story, two figures more than twenty times apart in
sentences the rewrite moved apart, their digits no slip of scale ("the minister's convoy paid 16,400
taka" / "vehicles paid about 21 million taka in tolls"), are a part and a whole; parts of a unit ("by
two tenths of a second") are no count ("three-time winner").

Why it matters: figures are the facts readers act on.

Example: "sold for $2.5 billion" / "sold for $1.8 billion" -> error.

Passes: "$1.1337" / "about $1.13" -> nothing; "45 billion pounds" / "£45bn" -> nothing.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Collection, Iterator
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from ..compare import REWRITE_FRACTION, PairContext
from ..entities import unmatched
from ..extract import TO_GO
from ..facts import _CURRENCY_SYMBOLS, ClaimFacts, Quantity, prior_period
from ..lexicon import lexicons
from ..model import Finding, Severity
from ..normalize import DASHES, digits_slipped
from ..wordnet import wordnet
from . import rule

if TYPE_CHECKING:
    from ..extract import Clock

# units of one dimension, in a common base, so "40 km" equals "25 miles" and "3 weeks" differs from "3 months"
_BASE = {
    "second": ("time", 1), "minute": ("time", 60), "hour": ("time", 3600), "day": ("time", 86400),
    "week": ("time", 604800), "fortnight": ("time", 1209600), "month": ("time", 2629800), "year": ("time", 31557600),
    "decade": ("time", 315576000), "century": ("time", 3155760000),
    "mm": ("length", 0.001), "cm": ("length", 0.01), "m": ("length", 1), "km": ("length", 1000), "inch": ("length", 0.0254),
    "ft": ("length", 0.3048), "yard": ("length", 0.9144), "mile": ("length", 1609.34), "nmi": ("length", 1852),
    "mg": ("mass", 1e-6), "g": ("mass", 0.001), "kg": ("mass", 1), "lb": ("mass", 0.4536), "oz": ("mass", 0.02835), "tonne": ("mass", 1000),
    "ha": ("area", 1e4), "acre": ("area", 4046.86), "km2": ("area", 1e6), "m2": ("area", 1), "sq mile": ("area", 2.59e6),
    "ml": ("volume", 0.001), "l": ("volume", 1), "gallon": ("volume", 3.785), "m3": ("volume", 1000),
    "kmh": ("speed", 1), "mph": ("speed", 1.609), "knot": ("speed", 1.852),
    "pp": ("rate step", 1), "bp": ("rate step", 0.01),  # "25 basis points" is a quarter of a percentage point
}


def _converted(x: Quantity, y: Quantity) -> tuple[float, float] | None:
    """Both values in one base unit, when their units measure the same thing."""
    bx, by = _BASE.get(x.unit or ""), _BASE.get(y.unit or "")
    if bx is None or by is None or bx[0] != by[0]:
        return None
    return x.value * bx[1], y.value * by[1]


_BOUNDS = frozenset({"lower", "upper"})
_NEAR = 0.02  # figures within 2% of each other are the same figure, slipped or updated, before any in its place


def _distance(x: Quantity, y: Quantity) -> float:
    """How far apart two figures are, relative to the larger (in one base unit when their units convert)."""
    a, b = _converted(x, y) or (x.value, y.value)
    return abs(a - b) / max(abs(a), abs(b), 1e-9)


def _converts_beside(x: Quantity, others: list[Quantity]) -> bool:
    """Another figure of the sentence is x in another unit ("7,800 miles (12,500 kilometers)")."""
    return any(q is not x and q.unit != x.unit and _converted(q, x) is not None and _consistent(q, x) for q in others)


def _equal(x: Quantity, y: Quantity) -> bool:
    return abs(x.value - y.value) <= 1e-9 * max(1.0, abs(x.value)) and x.unit == y.unit


def _other_level(x: Quantity, y: Quantity) -> bool:
    """The level a change left and the level it reached: "raised to 12 percent from 10 percent" / "raised to 15
    percent" compare 12 with 15, never 10 with 15; a margin and a level ("one better than the record of 271")."""
    return {x.change, y.change} == {"from", "to"} or (x.change != y.change and "than" in (x.change, y.change))


def _compatible(x: Quantity, y: Quantity) -> bool:
    if x.part != y.part or _other_level(x, y):
        return False  # "with two laps remaining" / "on the 69th of 71 laps", "two extra life sentences" / "three
        # life sentences": a part of a whole, and the whole
    if {x.unit, y.unit} == {None, "point"}:  # "the index rose 13.70" / "gained 13.73 points": a bare move is in points
        bare = x if x.unit is None else y
        return bare.noun is None
    if x.unit != y.unit:
        return _converted(x, y) is not None or _currency_swapped(x, y) or _bare_dollar(x, y) or _bare_dollar(y, x) \
            or _pounds_either(x, y)
    if x.unit is None:
        return x.noun is not None and same_noun(x, y)
    return x.noun == y.noun or None in (x.noun, y.noun) or x.unit not in ("ord", "time")


def same_noun(x: Quantity, y: Quantity) -> bool:
    """Two figures count one noun, or two WordNet has as one ("48 apartments" / "38 flats", "trucks" / "lorries")."""
    from ..wordnet import Relation, wordnet

    if x.noun == y.noun:
        return True
    if not (x.noun and y.noun):
        return False
    return any(wordnet().relation(u, v) is Relation.SAME for u in _words_of(x.noun) for v in _words_of(y.noun))


def _words_of(noun: str) -> tuple[str, ...]:
    """The words a counted noun's key may stand for: `lemma` drops a final "e" ("houses" is "hous", "people"
    "peopl"), which WordNet must have back to know the word."""
    return (noun, noun + "e") if len(noun) > 3 and not noun.endswith("e") else (noun,)


SLIP_NOTE = "the same digits swapped or one of them changed, in one unit"  # evidence.reconcile reads it


def _slip(ctx: PairContext, x: Quantity, y: Quantity) -> bool:
    """Figures of one unit or counted noun in paired sentences, written with the same number of digits, two of them
    swapped or one changed ("84.6 percent" / "86.4 per cent", "18th minute" / "16th minute"): however much the
    sentence around them was rewritten, one figure mistyped."""
    if x.unit != y.unit or (x.unit is None and (x.noun is None or x.noun != y.noun)) or x.unit in ("clock", "age"):
        return False
    return digits_slipped(ctx.a.text[x.start:x.end], ctx.b.text[y.start:y.end])


def _count_other_things(x: Quantity, y: Quantity) -> bool:
    """Bare counts of two specific nouns: "injuring 1,500 residents" / "2,000 buildings collapsed" stand in one
    place of the sentence but count different things; so do a part of a whole (left or added) and the whole."""
    from ..match import GENERIC_NOUNS

    return x.part != y.part or _other_level(x, y) or (
        x.unit is None and x.noun is not None and y.noun is not None and not same_noun(x, y)
        and x.noun not in GENERIC_NOUNS and y.noun not in GENERIC_NOUNS)


def _a_year_and_several(ctx: PairContext, x: Quantity, y: Quantity) -> bool:
    """A sum paid each period against a sum over several periods (no rate said): two measures, not one figure."""
    from ..extract import _period_of_sum, rate_and_total

    return rate_and_total(_period_of_sum(ctx.a.facts, x.end), _period_of_sum(ctx.b.facts, y.end))


def _one_step_and_all(ctx: PairContext, x: Quantity, y: Quantity) -> bool:
    """One figure summed since a date ("has cut its policy rate by 500 basis points since September"), the other
    not: all the steps since then, and one of them."""
    from ..extract import _SINCE_AFTER

    return bool(_SINCE_AFTER.match(ctx.a.text, x.end)) != bool(_SINCE_AFTER.match(ctx.b.text, y.end))


def _currency_swapped(x: Quantity, y: Quantity) -> bool:
    """The same figure in two currencies ("4,910 pounds" / "$4,910"): one of them is wrong."""
    if _bare_dollar(x, y) or _bare_dollar(y, x):
        return False
    return (x.unit != y.unit and _is_currency(x.unit) and _is_currency(y.unit)
            and abs(x.value - y.value) <= 1e-9 * max(1.0, abs(x.value)))


def _pounds_either(x: Quantity, y: Quantity) -> bool:
    """ "693 pounds" read as a weight against "£639": the word names sterling as well, and the other figure is in
    sterling ("The increase of 693 pounds for a typical dual-fuel customer" / "The rise of £639")."""
    return {x.unit, y.unit} == {"lb", "gbp"} and bool(
        re.search(r"\bpounds?\b", (x if x.unit == "lb" else y).text, re.IGNORECASE))


_DOLLARS = frozenset({"usd", "aud", "cad", "nzd", "hkd", "sgd", "twd"})


def _bare_dollar(x: Quantity, y: Quantity) -> bool:
    """ "$412m" in a Sydney paper is the "A$412 million" of the wire: a bare "$" is whatever dollar the
    other version names."""
    return x.unit == "usd" and y.unit in _DOLLARS and "$" in x.text and not re.search(r"US\$|U\.S\.|USD", x.text)


def _is_currency(unit: str | None) -> bool:
    return unit is not None and unit in _currency_codes()


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(lexicons().currencies.values()) | frozenset(_CURRENCY_SYMBOLS.values())


FINE_STEP = 0.05  # the largest step, against the figure, at which two estimates one step apart may be one figure
TRUNCATION = 0.01  # the most a figure cut short (not rounded) may lose and still be the same figure


def _significant(value: float) -> int:
    """Significant digits of a whole number: 60,000 -> 1, 1,316,000 -> 4."""
    return len(str(int(abs(value))).rstrip("0"))


def _round_figure(coarse: Quantity, fine: Quantity) -> bool:
    """"60,000 years" for 59,619: a round figure (at most two significant digits, two trailing zeros
    written before any decimal point: not "80 million", not "$3.500 billion") within 2% of a more precise
    one. "1,316,000" / "1,329,000" are two precise figures, not one rounded."""
    written = coarse.value / coarse.step  # the digits as written: "80 million" is 80, "60,000" is 60000
    if coarse.value == 0 or written != int(written) or re.search(r"\d\.\d", coarse.text):
        return False  # "$3.500 billion": zeros written after the point are precise, not rounding
    digits = str(int(abs(written)))
    zeros = len(digits) - len(digits.rstrip("0"))
    return (zeros >= 2 and _significant(coarse.value) <= 2 and _significant(fine.value) > _significant(coarse.value)
            and abs(coarse.value - fine.value) <= 0.02 * abs(coarse.value))


BOUND_ROUNDING = 0.05  # how far below a precise bound the round one it is rounded down to may lie


def _rounded_bound(rough: Quantity, fine: Quantity) -> bool:
    """A lower bound rounded down to a round figure from a precise one, within one step of its rounding: "more than
    160" for "at least 162" is one count; "over $140m" / "over $4bn" are two bounds, "at least 26" / "at least 28"
    two counts, "at least 30,000 euros" / "at least 35,000 euros" two round sums."""
    step = rough._rounding_step()
    return step > fine._rounding_step() == fine.step and rough.value <= fine.value < rough.value + step \
        and fine.value - rough.value <= BOUND_ROUNDING * fine.value  # not "40 or more" for "at least 46"


def _consistent(x: Quantity, y: Quantity) -> bool:
    """Could both be true: conversion, rounding or truncation, or overlapping hedged ranges."""
    if _currency_swapped(x, y):
        return False
    if _bare_dollar(x, y) or _bare_dollar(y, x) or _pounds_either(x, y):
        y = replace(y, unit=x.unit)  # "$68 million" in Sydney copy / "A$68 million ($72 million)": one figure
    conv = _converted(x, y) if x.unit != y.unit else None
    if conv is not None and (x.hedge in _BOUNDS) != (y.hedge in _BOUNDS):
        (lx, hx), (ly, hy) = x.interval(), y.interval()  # "more than two decades" / "24 years": a bound, in one unit
        fx, fy = conv[0] / x.value if x.value else 1.0, conv[1] / y.value if y.value else 1.0
        return lx * fx <= hy * fy and ly * fy <= hx * fx
    if conv is not None:  # conversions in copy are rounded: "90 miles (150 km)", to the precision written, and
        # a little more when hedged; "925 meters (3,035 feet)" is not 952 metres
        big = max(abs(conv[0]), abs(conv[1]))
        half = (x._rounding_step() * conv[0] / x.value if x.value else 0) / 2 + (
            y._rounding_step() * conv[1] / y.value if y.value else 0) / 2
        slack = 0.05 if x.hedge or y.hedge else 0.02
        return abs(conv[0] - conv[1]) <= min(0.1 * big, half + slack * big)
    if x.hedge == y.hedge == "lower" and (_rounded_bound(x, y) or _rounded_bound(y, x)):
        return True
    if x.hedge == y.hedge and x.hedge in ("lower", "upper"):
        x, y = replace(x, hedge=None), replace(y, hedge=None)  # "over $140m" / "over $4bn": two different bounds
    if x.hedge is None and y.hedge is None:
        if _round_figure(x, y) or _round_figure(y, x):
            return True
        coarse, fine = (x, y) if x.step >= y.step else (y, x)
        if coarse.step == fine.step:
            return abs(x.value - y.value) <= 1e-9 * max(1.0, abs(x.value))
        tol = 1e-9 * max(1.0, abs(coarse.value))
        if abs(coarse.value - fine.value) < coarse.step / 2 - tol or (
                abs(coarse.value - fine.value) <= coarse.step / 2 + tol and _written_digits(coarse) >= 2):
            return True  # rounded, halves either way: "$15 million" for $14.5 million; not "1 percent" for 1.5
            # per cent, a figure of one digit is written as it is
        # cut short rather than rounded, losing little: "$14.2 million" for $14,284,031, not "1%" for 1.9%
        truncated = math.floor(fine.value / coarse.step + 1e-9) * coarse.step
        return abs(coarse.value - truncated) <= tol and abs(fine.value - truncated) <= TRUNCATION * abs(fine.value)
    hedged, plain = (x, y) if y.hedge is None else (y, x)
    if hedged.hedge in ("lower", "upper") and plain.hedge is None and hedged.value % 10 \
            and digits_slipped(hedged.text, plain.text):
        return False  # a bound is the count known so far, not a round figure: "at least 26 weeks pregnant" / "36
        # weeks pregnant" is one count, a digit changed; "at least 50" / "57" may both be true
    if hedged.hedge == "approx" and plain.hedge is None and plain._rounding_step() == _rounded_to(hedged):
        return abs(x.value - y.value) <= 1e-9 * max(1.0, abs(x.value))  # a hedge excuses rounding a finer
        # figure ("about 40" for 38), and a figure exactly as round as the hedged one has nothing to round:
        # "about 7,800 miles" / "7,700 miles"; but "about $225,000" rounds $224,000 to the nearest five
    lx, hx = x.interval()
    ly, hy = y.interval()
    if x.hedge == y.hedge == "approx":  # two estimates of one figure: one margin apart, not two
        if (step := x._rounding_step()) == y._rounding_step():  # written to one step: one step apart at most, and
            # only a fine step: "about 6.8 million" / "some 6.9 million" may round one figure two ways, "about
            # 15,000" / "some 16,000" or "about 17" / "about 15" do not
            gap = abs(x.value - y.value)
            return gap <= 1e-9 * step or (gap <= step * (1 + 1e-9)
                                          and step <= FINE_STEP * max(abs(x.value), abs(y.value)))
        return abs(x.value - y.value) <= max(hx - lx, hy - ly) / 2
    return lx <= hy and ly <= hx


def _rounded_to(q: Quantity) -> float:
    """The step a figure is rounded to, a five in its last written digit rounding to the nearest five of it."""
    step = q._rounding_step()
    return step * 5 if step and round(abs(q.value) / step) % 10 == 5 else step


def _written_digits(q: Quantity) -> int:
    """Digits of a figure at its written precision: "15 million" has two, "1 percent" one, "0.25" two."""
    return len(str(round(abs(q.value) / q.step))) if q.step > 0 and abs(q.value) >= q.step else 1


_CLOCK = re.compile(r"\s?[ap]\.?m\b\.?", re.IGNORECASE)
_ZONE = re.compile(r"\s*\(?((?:[A-Z]{1,4}T|GMT|UTC)\b|[A-Z][a-z]+ time\b|local time\b)")
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "m": 1e6, "k": 1e3, "mn": 1e6, "tn": 1e12}


def _clock(text: str, q: Quantity) -> tuple[bool, str | None]:
    """Whether q is a time of day ("8am", "6 p.m.", "10:30") and the time zone written after it, if any."""
    after = text[q.end:q.end + 24]
    m = _CLOCK.match(after)
    if m is None and q.unit != "time":
        return False, None
    zone = _ZONE.match(after[m.end() if m else 0:])
    return True, zone.group(1) if zone else None


def _decade(text: str, q: Quantity) -> bool:
    """"90s", "1990s": a figure that stands for ten."""
    if q.unit == "age":  # "in his 80s", read with its "s"
        return q.value % 10 == 0 and text[q.end - 2:q.end - 1].isdigit() and text[q.end - 1:q.end] == "s"
    after = text[q.end:q.end + 2]
    return q.unit is None and q.value % 10 == 0 and after[:1] == "s" and not after[1:].isalpha()


_OF_WHOLE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w.]+['’]s\s+)?")  # "of the", "of Japan's", "of the country's"


def whole_of(cf: ClaimFacts, q: Quantity) -> Quantity | None:
    """The whole a bare count is part of, written right after it: 47 for "Thirty-nine of Japan's 47 prefectures"."""
    w = next((w for w in cf.quantities if w.start >= q.end), None)
    return w if w is not None and q.unit is None and w.unit is None and _OF_WHOLE.fullmatch(cf.text, q.end, w.start) \
        else None


def share_of(cf: ClaimFacts, q: Quantity) -> Quantity | None:
    """The share of a count written right before it, a fraction or a percentage: "about half" for "about half of
    the zoo's roughly 600 animals"."""
    s = next((s for s in reversed(cf.quantities) if s.end <= q.start), None)
    return s if s is not None and s.unit == "%" and q.unit is None and _OF_WHOLE.fullmatch(cf.text, s.end, q.start) \
        else None


_AND = re.compile(r"\s+and\s+")


def in_years_and_months(cf: ClaimFacts, q: Quantity) -> float | None:
    """A span of years with the months written after it, in years: 8.5 for "eight years and six months"."""
    if q.unit != "year":
        return None
    m = next((m for m in cf.quantities if m.start >= q.end), None)
    if m is None or m.unit != "month" or not _AND.fullmatch(cf.text, q.end, m.start):
        return None
    return q.value + m.value / 12


def one_span_of_years(cx: ClaimFacts, x: Quantity, cy: ClaimFacts, y: Quantity) -> bool:
    """"eight years and six months" / "eight and a half years": one span, written in two units or in one."""
    tx, ty = in_years_and_months(cx, x), in_years_and_months(cy, y)
    if tx is None and ty is None:
        return False
    vx, vy = tx if tx is not None else x.value, ty if ty is not None else y.value
    return x.unit == y.unit == "year" and abs(vx - vy) < 1e-6


def told_as_share(cx: ClaimFacts, x: Quantity, y: Quantity) -> bool:
    """`x` is the whole of a share whose part is `y`: "about half of the zoo's roughly 600 animals had drowned" /
    "about 300 animals had died" tell one part, once as a share of the whole and once as a count."""
    share = share_of(cx, x)
    if share is None or y.unit is not None:
        return False
    part = share.value / 100 * x.value
    slack = SHARE_SLACK if share.hedge or x.hedge or y.hedge else 0.0
    return abs(part - y.value) <= slack * y.value + 0.5


SHARE_SLACK = 0.1  # a hedged share times a whole, against a count: "about half" of "roughly 600" is 270 to 330


def said_of_part(cf: ClaimFacts, whole: Quantity) -> list[str]:
    """The words after a part's whole, up to a clause mark: what the part did ("prefectures lost population")."""
    out = []
    for t in cf.tokens:
        if t.start < whole.end:
            continue
        if t.text in (",", ";", ":") or len(out) == PART_VERB_REACH:
            break
        if t.kind == "word":
            out.append(t.text.lower())
    return out


PART_VERB_REACH = 6  # words after a part's whole to the verb that says what it did ("47 prefectures lost")


def other_parts(cx: ClaimFacts, x: Quantity, cy: ClaimFacts, y: Quantity) -> bool:
    """Two counts of one whole that fit in it together, each said to do the opposite of the other: "Thirty-nine of
    Japan's 47 prefectures lost population" / "Only eight of the 47 prefectures gained population" count two parts."""
    from ..opposites import opposite, opposites_of

    wx, wy = whole_of(cx, x), whole_of(cy, y)
    if wx is None or wy is None or wx.value != wy.value or x.value + y.value > wx.value:
        return False
    table = opposites_of(lexicons())
    return any(opposite(p, q, table) for p in said_of_part(cx, wx) for q in said_of_part(cy, wy))


def _first_since(text: str, q: Quantity) -> bool:
    """ "first" opening "the first ... since" or "the first time": an idiom, no rank."""
    from ..match import FIRST_TIME

    return q.unit == "ord" and q.value == 1 and FIRST_TIME.match(text, q.start) is not None


def _not_comparable(ctx: PairContext, x: Quantity, y: Quantity) -> bool:
    """Times of day in different zones, a figure and the decade it falls in, offsets of two events, or spans counted
    from the start and from the end."""
    cx, cy = _clock(ctx.a.text, x), _clock(ctx.b.text, y)
    if cx[0] and cy[0] and cx[1] != cy[1]:
        return True
    if one_span_of_years(ctx.a.facts, x, ctx.b.facts, y):
        return True  # "sentenced to eight years and six months" / "received eight and a half years"
    if told_as_share(ctx.a.facts, x, y) or told_as_share(ctx.b.facts, y, x):
        return True  # "about half of the zoo's roughly 600 animals" / "about 300 animals": one part
    if _first_since(ctx.a.text, x) or _first_since(ctx.b.text, y):
        return True  # "only the second New Zealander to win the prize, after Keri Hulme" / "the first New Zealander
        # to win the award since Keri Hulme": the first since is a record's end, no rank
    if other_parts(ctx.a.facts, x, ctx.b.facts, y):
        return True  # "Thirty-nine of Japan's 47 prefectures lost population" / "eight of the 47 gained population"
    ea, eb = _offset_event(ctx.a.text, x), _offset_event(ctx.b.text, y)
    if ea and eb and ea != eb:
        return True  # "arrested in Chile five years later" / "arrested in 2005 and extradited two years later"
    if bool(TO_GO.match(ctx.a.text, x.end)) != bool(TO_GO.match(ctx.b.text, y.end)):
        return True  # "fell behind after 14 minutes" / "won it 13 minutes from time": counted from two ends
    if bool(_AGO.match(ctx.a.text, x.end)) != bool(_AGO.match(ctx.b.text, y.end)):
        return True  # "seized in New York more than a decade ago" / "After more than 12 years of legal wrangling": a
        # time counted back from the dateline, and a span
    if _decade(ctx.a.text, x) and x.value <= y.value < x.value + 10:
        return True
    if _scales_apart(x, y):
        return True  # "won in 4min 02.50sec" / "For 15 years, Phelps's world record looked untouchable": a race's
        # time and how long a record stood, no one span mistold
    return _decade(ctx.b.text, y) and y.value <= x.value < y.value + 10


def _scales_apart(x: Quantity, y: Quantity) -> bool:
    """Two measures of one dimension in units and sizes that no slip joins: more than a thousand times apart once
    in one unit, written in units of their own ("seconds" / "years")."""
    both = _converted(x, y)
    if both is None or x.unit == y.unit or min(both) <= 0:
        return False
    return max(both) > SCALES_APART * min(both)


SCALES_APART = 1000


def _one_moment(kx: Clock | None, ky: Clock | None) -> bool | None:
    """For two times of day, whether they can be one moment: in one zone the same hour, in two zones whose offsets
    are known the same instant, in other zones always (nothing to compare); None when they are not both times."""
    from ..extract import same_moment

    if kx is None or ky is None:
        return None
    return same_moment(kx, ky) is not False


_OFFSET = re.compile(r"\s+(?:later|earlier|afterwards|before|after)\b", re.IGNORECASE)
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
_EVENT = re.compile(r"\b([a-z]+(?:ed|en)|won|lost|fled|left|held|met|took|came|went|began)\b")


def _offset_event(text: str, q: Quantity) -> str | None:
    """The event a duration "later" or "earlier" dates ("extradited two years later": "extradited"): the last
    past participle before it in its clause."""
    if q.unit not in ("year", "month", "week", "day", "hour", "minute") or not _OFFSET.match(text, q.end):
        return None
    clause = re.split(r"[,;:]|\band\b", text[:q.start])[-1]
    events = _EVENT.findall(clause.lower())
    return events[-1] if events else None


def _scale_dropped(x: Quantity, y: Quantity) -> str | None:
    """The scale word one side writes and the other leaves out ("$54.9-million" / "$54.9"), if that is all."""
    if x.unit != y.unit and None not in (x.unit, y.unit):
        return None
    for big, small in ((x, y), (y, x)):
        words = [w for w in re.findall(r"[a-z]+", big.text.lower()) if w in _SCALES]
        if len(words) == 1 and not any(w in _SCALES for w in re.findall(r"[a-z]+", small.text.lower())):
            if abs(big.value - small.value * _SCALES[words[0]]) <= 1e-9 * abs(big.value):
                return words[0]
    return None


def _message(ctx: PairContext, x: Quantity, y: Quantity) -> str:
    return ctx.quoted((x.start, x.end), (y.start, y.end))


@rule("WC110", "number-mismatch", Severity.ERROR, "A number, amount or percentage differs")
def check(ctx: PairContext) -> Iterator[Finding]:
    qa, qb = list(ctx.a.facts.quantities), list(ctx.b.facts.quantities)
    from ..extract import clock_time

    times_a = {id(q): clock_time(ctx.a.text, q) for q in qa}  # read once, asked of every pair of figures
    times_b = {id(q): clock_time(ctx.b.text, q) for q in qb}

    def one_moment(x: Quantity, y: Quantity) -> bool | None:
        return _one_moment(times_a[id(x)], times_b[id(y)])

    scores = _paired_scores(ctx)  # "won 14-10" / "won 17-14": compared place by place, not by value
    reversed_ = (len(scores) == 2 and _equal(scores[0][0], scores[1][1]) and _equal(scores[0][1], scores[1][0])
                 and not _equal(scores[0][0], scores[0][1]))  # "0-0" reads the same both ways
    for x, y in scores:
        qa.remove(x)
        qb.remove(y)
    if reversed_:  # "lost 1-3" / "lost 3-1": house styles differ on which score comes first
        a_span, b_span = (scores[0][0].start, scores[1][0].end), (scores[0][1].start, scores[1][1].end)
        yield ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span), severity=Severity.WARNING,
                          why="the same score written in the other order: a house style, or the other side won")
        scores = []
    for x, y in scores:
        if not _equal(x, y):
            yield ctx.finding(check, (x.start, x.end), (y.start, y.end), _message(ctx, x, y),
                              why=f"{x.value:g} vs {y.value:g} in the same place of the one score or range")
    # the same value on both sides is settled first: where the word diff keeps it in place ("won 2-1" /
    # "won 1-1": the second 1s), then wherever it stands
    kept = {ta.start: tb.start for op in ctx.ops if op.tag == "equal" for ta, tb in zip(op.a, op.b)
            if ta.kind == "quantity"}
    settled = [(x, y) for x in qa for y in qb if kept.get(x.start) == y.start and _equal(x, y)
               and one_moment(x, y) is not False]  # "7 p.m." is not "7 a.m."
    for x, y in settled:
        qa.remove(x)
        qb.remove(y)
    for x in list(qa):
        equal = [y for y in qb if _equal(x, y) and not _counts_elsewhere(x, y, qa, qb)
                 and one_moment(x, y) is not False]
        y = next((y for y in equal if y.noun == x.noun), equal[0] if equal else None)
        if y is not None:
            settled.append((x, y))
            qa.remove(x)
            qb.remove(y)
    for x in list(qa):  # then a bare figure equal to one written with a unit: "from seven years to two" /
        # "to two years from seven" (the range's unit is written once)
        y = next((y for y in qb if (x.unit is None) != (y.unit is None) and x.unit not in ("ord", "%")
                  and y.unit not in ("ord", "%") and abs(x.value - y.value) <= 1e-9 * max(1.0, abs(x.value))), None)
        if y is not None:
            settled.append((x, y))
            qa.remove(x)
            qb.remove(y)
    for x in list(qa):  # then a figure the other gives in another unit: "in more than a decade" / "in more than ten
        # years" is the span "one-day" (its fall's) stands beside
        y = next((y for y in qb if x.unit != y.unit and x.hedge == y.hedge and _converted(x, y) is not None
                  and _consistent(x, y) and not _converts_beside(x, ctx.a.facts.quantities)
                  and not _converts_beside(y, ctx.b.facts.quantities)), None)  # not "7,800 miles (12,500 km)" /
        # "7,700 miles (12,400 km)": each side's own conversion is its counterpart's
        if y is not None:
            settled.append((x, y))
            qa.remove(x)
            qb.remove(y)
    shared = len(settled)
    for x, y in settled:
        if x.hedge != y.hedge and (x.hedge in ("lower", "upper") or y.hedge in ("lower", "upper")):
            yield ctx.finding(check, (x.start, x.end), (y.start, y.end), _message(ctx, x, y),
                              severity=Severity.WARNING, why="the same figure, stated as a bound in one version only")
    mismatches: list[Finding] = []
    figures: list[tuple[Quantity, Quantity]] = []  # the values of those mismatches
    used_a: list[Quantity] = []
    all_a = ctx.a.facts.quantities
    for x in qa:
        candidates = []
        twins = {q.unit for q in all_a if q is not x and _consistent(q, x)}  # x's own conversion asides
        for y in qb:
            op = ctx.op_of((x.start, x.end), (y.start, y.end))
            if not (_compatible(x, y) or (op is not None and x.unit == y.unit and op.size <= 6
                                          and not _count_other_things(x, y)) or one_moment(x, y) is not None):
                continue
            if _a_year_and_several(ctx, x, y):
                continue  # "worth 25 million pounds a year" / "a three-year deal worth 75 million pounds"
            if _one_step_and_all(ctx, x, y):
                continue  # "cut its policy rate by 100 basis points" / "by 500 basis points since September"
            score = (x.noun is not None and x.noun == y.noun) * 2 + (op is not None) + (x.unit is not None)
            own = y.unit == x.unit or y.unit not in twins  # "7,800 miles (12,500 kilometers)" / "7,700 miles
            # (12,400 km)": miles with miles and kilometres with kilometres, where both versions convert
            closeness = 2 if _consistent(x, y) else int(_distance(x, y) <= _NEAR)
            candidates.append((own, closeness, score, y))
        if not candidates:
            continue
        best = max(candidates, key=lambda c: c[:3])  # then a figure that agrees ("30 miles" / "50 km (32 miles)"),
        # then one all but equal, then the best placed, then the first: "with 7:42 left" / "with 14:05 left ...
        # with 7:41 to go" compares 7:42 with 7:41
        y = best[3]
        if not best[0] and any(q.unit == y.unit and _consistent(q, x) for q in qa[qa.index(x) + 1:]):
            continue  # "about 20 km (12 miles)" / "about 20 miles": the miles are compared with the miles
        qb.remove(y)
        used_a.append(x)
        moment = one_moment(x, y)
        if moment is not None:
            if moment:
                continue  # times of day: "7 p.m. EST" is "10am AEST"; "7 p.m." is not "7 a.m."
        elif _consistent(x, y) or _not_comparable(ctx, x, y):
            continue
        message = _message(ctx, x, y)
        scale = _scale_dropped(x, y)
        if scale:
            shared += 1
            yield ctx.finding(check, (x.start, x.end), (y.start, y.end), message, severity=Severity.WARNING,
                              why=f"the same figure, with '{scale}' in one version only")
            continue
        slip = _slip(ctx, x, y)
        anchored = ctx.anchored(ctx.op_of((x.start, x.end), (y.start, y.end))) or _same_neighbours(ctx, x, y)
        other_day = ((dated_differently(ctx) or ctx.told_since((x.start, x.end), (y.start, y.end)))
                     and not _size_rank(x, y) and not (x.unit == "age" and _within_a_month(ctx))
                     or prior_period(ctx.a.text, x.start, x.end) != prior_period(ctx.b.text, y.start, y.end))
        # "A year earlier, it made a profit of $4.4 billion" / "reported a loss of $17 billion": two periods' results
        # an age holds for a while: copy a few days apart gives one age, articles months apart may give two
        figures.append((x, y))
        mismatches.append(ctx.finding(
            check, (x.start, x.shown_end(ctx.a.text, x.end)), (y.start, y.shown_end(ctx.b.text, y.end)), message,
            severity=Severity.ERROR if anchored and not other_day else Severity.WARNING,
            why=(f"{x.value:g} {x.unit} vs {y.value:g} {y.unit}: one figure in two currencies"
                 if _currency_swapped(x, y) else (f"{x.value:g} {x.unit} vs {y.value:g} {y.unit}"
                                                  if x.unit and y.unit and x.unit != y.unit
                                                  else f"{x.value:g} vs {y.value:g}" + (f" {x.unit}" if x.unit else ""))
                 + ": not a rounding or approximation of each other")
            + ("" if anchored else " (within a larger rewrite)")
            + (f" ({SLIP_NOTE})" if slip and not anchored else "")
            + (" (the versions date the figures differently: they may be of different days)" if other_day else ""),
        ))
    if len(mismatches) >= 2 and not shared and _other_subject(ctx, figures):
        mismatches = [replace(f, severity=Severity.WARNING, why=f.why + " (every figure differs, none is shared, and"
                              " the subject or period differs too: the versions may be about different things)")
                      for f in mismatches]
    yield from mismatches
    yield from _article_for_count(ctx, [x for x in qa if x not in used_a], qb)
    yield from _rank_added(ctx)


_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "my", "your"})


def _superlative(word: str) -> bool:
    """ "most", "best", "largest": a word that ranks first unless an ordinal says otherwise. WordNet tells
    "largest" (from the adjective "large") from "protest"."""
    w = word.lower()
    return w in ("most", "least", "best", "worst") or wordnet().superlative(w)


_SINCE = re.compile(r"[^.;:]*?\bsince\s+(?:the\s+)?([^,.;:]+)")


def _scope(text: str, end: int) -> str | None:
    """What a superlative ranks among, by the "since" after it in its sentence: "1790", "1930s"."""
    m = _SINCE.match(text, end)
    return m.group(1).strip().lower() if m else None


def _rank_added(ctx: PairContext) -> Iterator[Finding]:
    """ "the most populous" / "the 11th-most populous", "the largest" / "the second-largest": an ordinal
    that an anchored edit puts before a superlative both versions share moves the rank from first.
    "one of the largest" / "the largest" only leaves the rank open: a warning."""
    for n, op in enumerate(ctx.ops):
        added = op.a or op.b
        if op.tag not in ("insert", "delete") or n + 1 >= len(ctx.ops) or not ctx.anchored(op):
            continue
        nxt = ctx.ops[n + 1]
        if nxt.tag != "equal":
            continue
        if ([t.key for t in added] == ["one", "of"] and len(nxt.a) >= 2 and nxt.a[0].key in _DETERMINERS
                and _superlative(nxt.a[1].text)):
            one_of = (added[0].start, (nxt.a if op.a else nxt.b)[1].end)
            alone = (nxt.b[0].start, nxt.b[1].end) if op.a else (nxt.a[0].start, nxt.a[1].end)
            a_span, b_span = (one_of, alone) if op.a else (alone, one_of)
            yield ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span), severity=Severity.WARNING,
                              why="one version ranks it first, the other only among the first")
            continue
        if len(added) != 1 or not _superlative(nxt.a[0].text):
            continue
        side = ctx.a if op.a else ctx.b
        rank = next((q for q in side.facts.quantities if q.start <= added[0].start < q.end and q.unit == "ord"), None)
        if rank is None or rank.value == 1:
            continue
        if _scope(ctx.a.text, nxt.a[0].end) != _scope(ctx.b.text, nxt.b[0].end):
            continue  # "the second-slowest rate of growth ... since the first census in 1790" / "the slowest growth
            # since the 1930s": ranked among other years, two rankings
        ranked = (rank.start, nxt.a[0].end if op.a else nxt.b[0].end)
        first = (nxt.b[0].start, nxt.b[0].end) if op.a else (nxt.a[0].start, nxt.a[0].end)
        a_span, b_span = (ranked, first) if op.a else (first, ranked)
        yield ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span),
                          why=f"a superlative alone ranks first; the other version ranks it {rank.value:g}")


def _article_for_count(ctx: PairContext, qa: list[Quantity], qb: list[Quantity]) -> Iterator[Finding]:
    """ "a touchdown" / "2 touchdowns", "number one" / "number two": a figure that a minimal edit puts in
    the place of "a", "an" or "one" before the same word. Only figures no other figure was paired with."""
    if not ctx.minimal_edit:
        return
    for n, op in enumerate(ctx.ops):
        if op.tag != "replace" or len(op.a) != 1 or len(op.b) != 1 or n + 1 >= len(ctx.ops) or ctx.ops[n + 1].tag != "equal":
            continue
        for word, tok, figures, q_first in ((op.a[0], op.b[0], qb, False), (op.b[0], op.a[0], qa, True)):
            q = next((q for q in figures if q.start <= tok.start < q.end), None)
            if word.text.lower() not in ("a", "an", "one") or q is None or q.value == 1 or q.unit is not None:
                continue
            a_span, b_span = ((q.start, q.end), (word.start, word.end)) if q_first else ((word.start, word.end), (q.start, q.end))
            yield ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span),
                              why=f"one against {q.value:g}, before the same word")


def _scores(text: str, quantities: list[Quantity]) -> list[tuple[Quantity, Quantity]]:
    """Two bare figures joined by a dash: a score or a range ("14-10", "10–15%")."""
    return [(x, y) for x, y in pairwise(quantities) if text[x.end:y.start] in DASHES]


def _paired_scores(ctx: PairContext) -> list[tuple[Quantity, Quantity]]:
    """The figures of the one score each side writes, place by place, when the word before it is the same
    ("by a score of 14-10" / "by a score of 17-14")."""
    sa, sb = _scores(ctx.a.text, ctx.a.facts.quantities), _scores(ctx.b.text, ctx.b.facts.quantities)
    if len(sa) != 1 or len(sb) != 1 or not ctx.minimal_edit:
        return []
    (x1, x2), (y1, y2) = sa[0], sb[0]
    before_a, before_b = ctx.a.text[:x1.start].split()[-1:], ctx.b.text[:y1.start].split()[-1:]
    if not before_a or before_a != before_b or (x1.unit, x2.unit) != (y1.unit, y2.unit):
        return []
    return [(x1, y1), (x2, y2)]


def _counts_elsewhere(x: Quantity, y: Quantity, qa: list[Quantity], qb: list[Quantity]) -> bool:
    """Equal values that count different things, each with a partner of its own noun on the other side:
    "a score of 26 ... 23 critics" / "a score of 25 ... 26 critics" pairs 23 with 26 critics, not 26 with 26."""
    if x.noun == y.noun:
        return False
    return (y.noun is not None and any(z is not x and z.noun == y.noun for z in qa)) or (
        x.noun is not None and any(z is not y and z.noun == x.noun for z in qb))


def _other_subject(ctx: PairContext, figures: list[tuple[Quantity, Quantity]]) -> bool:
    """Besides the figures, a name or a period differs: "Ventura County ... 1,540" / "Texas beaches ... 317",
    "33 percent over 15 months" / "9 percent in six weeks". Market figures of one index at two
    times of day differ in every figure but name the same index: those stay errors."""
    only_a, only_b = unmatched(ctx)
    if any(x.kind == y.kind != "other" for x in only_a for y in only_b):
        return True  # another company, place or person, not only another source ("Burke" / "the Weather Service")
    da, db = {d.key for d in ctx.a.facts.dates}, {d.key for d in ctx.b.facts.dates}
    if da and db and not da & db:
        return True  # a day added on one side ("... on Friday") is detail, not another period
    return any(_BASE.get(x.unit or "", ("",))[0] == "time" and x.unit != y.unit for x, y in figures)  # "15 months" / "six weeks", not "30-day" / "15-day"


def _size_rank(x: Quantity, y: Quantity) -> bool:
    """Two ranks by a superlative ("third-largest" / "second-largest" school district): a standing that does not
    change from one day's report to the next."""
    return x.unit == y.unit == "ord" and x.noun == y.noun and x.noun is not None and _superlative(x.noun)


AGE_DAYS = 31  # datelines this close give one person one age


def _within_a_month(ctx: PairContext) -> bool:
    """Both versions are dated, at most a month apart."""
    da, db = ctx.a.version.date, ctx.b.version.date
    return da is not None and db is not None and abs((da - db).days) <= AGE_DAYS


# the day a figure was made public, not the day it is of: "according to final results published on Monday"
_STATED_ON = re.compile(r"\b(?:published|released|announced|issued|reported|confirmed)\s+(?:late\s+|early\s+)?"
                        r"(?:on\s+)?$", re.IGNORECASE)


def dated_differently(ctx: PairContext) -> bool:
    """Both sides name a day and share none, or a trading session and share none: figures of different days need
    not agree. A day a figure was made public ("final results published on Monday") is no day it is of."""
    da = {d.value for d in ctx.a.facts.dates if d.granularity in ("day", "weekday")
          and not _STATED_ON.search(ctx.a.text, 0, d.start)}
    db = {d.value for d in ctx.b.facts.dates if d.granularity in ("day", "weekday")
          and not _STATED_ON.search(ctx.b.text, 0, d.start)}
    dated, undated = (ctx.a, ctx.b) if da else (ctx.b, ctx.a)
    if bool(da) != bool(db) and _told_since(da or db, undated.version.date, dated.version.date) \
            and not _day_of_saying(dated):
        return True  # "Also on Friday, the central bank set the midpoint ... at 6.5636" (dated Friday) / "set the
        # midpoint ... at 6.5646" (dated Thursday, no day said): a day the other version could not tell of
    return bool(da and db and not da & db) or other_sessions({t.key[:6] for t in ctx.a.facts.words},
                                                             {t.key[:6] for t in ctx.b.facts.words})


def _day_of_saying(side) -> bool:
    """A day the side's sentence gives to a statement ("police said on Wednesday"): the day of the news, not
    of what it tells."""
    from .dates import said_on

    return any(said_on(side.text, d) for d in side.facts.dates)


def _told_since(days: set[str], other: dt.date | None, own: dt.date | None) -> bool:
    """Every day is a calendar day after the other version's dateline and not after its own: news of a day the other
    could not tell of (not "available from February 5", a day to come)."""
    return other is not None and own is not None and all(
        len(d) == 10 and other.isoformat() < d <= own.isoformat() for d in days)


_SESSIONS = {"extend", "mornin", "early", "late", "aftern", "premar", "overni", "midday", "openin", "closin", "after-",
             "pre-ma", "evenin"}  # words (cut to six letters) that say which trading session a price moved in


def other_sessions(xs: Collection[str], ys: Collection[str]) -> bool:
    """Words of two trading sessions, each beside "trading" ("rose 1.5 percent in extended trading" / "rose 2
    percent in morning trading", the next day's): two prices, not one changed. Takes anchor keys cut to six
    letters."""
    if "trad" not in xs or "trad" not in ys:
        return False
    sx, sy = set(xs) & _SESSIONS, set(ys) & _SESSIONS
    return bool(sx and sy and not sx & sy)


def _same_neighbours(ctx: PairContext, x: Quantity, y: Quantity) -> bool:
    """The word before or after both numbers is the same ("rose 0.3%" / "rose 0.5%"), in a pair that is not a rewrite."""
    if ctx.changed_fraction > REWRITE_FRACTION:
        return False
    wa, wb = ctx.a.facts.words, ctx.b.facts.words
    ia = next((k for k, t in enumerate(wa) if t.kind == "quantity" and t.end == x.end), None)
    ib = next((k for k, t in enumerate(wb) if t.kind == "quantity" and t.end == y.end), None)
    if ia is None or ib is None:
        return False
    before = ia > 0 and ib > 0 and wa[ia - 1].key == wb[ib - 1].key and wa[ia - 1].key not in ("and", "the", "a")
    after = ia + 1 < len(wa) and ib + 1 < len(wb) and wa[ia + 1].key == wb[ib + 1].key and wa[ia + 1].key not in ("and", "the", "a")
    return before or after
