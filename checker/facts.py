"""Claim text -> typed facts: quantities, dates, names with roles, quotes, negation.

`analyze(text, ref_date)` returns a `ClaimFacts`. Its `words` are the tokens the
diff compares, with each quantity and date folded into one token whose key is
the resolved value, so "100,000" and "one hundred thousand", or "Wednesday"
and "yesterday" under their datelines, compare equal.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .lexicon import Lexicons, lexicons
from .normalize import Token, fold_accents, lemma, tokenize

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
}
_FRACTIONS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
    "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
_FULL_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_PAST_WORDS = frozenset({"former", "ex", "then"})  # a role no longer held
_RELATIVE = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}
_WORTH = frozenset({"worth", "valued", "value", "equivalent", "cost", "costs"})  # "worth hundreds of millions today"
_WORTH_AFTER = frozenset({"money", "terms", "prices", "dollars", "values"})  # "in today's money"
WORTH_REACH = 8  # words back from "today" to the word of worth in its clause


def _today_as_now(tokens: list[Token], i: int) -> bool:
    """ "today" as the present, not the dateline's day: a value in today's money ("which would be worth hundreds of
    millions of dollars today", "in today's money")."""
    if tokens[i].text.lower().removesuffix("'s").removesuffix("’s") != "today":
        return False
    return i + 1 < len(tokens) and tokens[i + 1].text.lower() in _WORTH_AFTER \
        or _in_clause_before(tokens, i, _WORTH, WORTH_REACH)


def _in_clause_before(tokens: list[Token], at: int, words: frozenset[str], reach: int) -> bool:
    """One of `words` within `reach` tokens before index `at`, in its clause."""
    for k in range(at - 1, max(-1, at - 1 - reach), -1):
        if tokens[k].kind == "punct":
            return False
        if tokens[k].text.lower() in words:
            return True
    return False


_RELATIVE_PERIOD = {"last": -1, "this": 0, "next": 1}
# words that put a sentence's weekdays ahead of its dateline, compared as token keys (lemmas: "expected" is
# "expect", "scheduled" is "schedul")
_FUTURE = {lemma(w) for w in ("will", "shall", "next", "scheduled", "due", "plan", "planned", "expect", "expected",
                              "forecast", "set")}
_FUTURE_FORMS = {"coming", "upcoming"}  # as written: "coming" is keyed "come", and "came" is a past


_BOUND_TO = {"certain", "likely", "poised", "bound", "about", "sure", "unlikely"}  # "is certain to be elected"


def _future_at(tokens: list[Token], k: int) -> bool:
    """The word at k puts what follows ahead: "will", "is expected to", and an adjective of what is bound to happen
    before "to" ("is certain to be elected prime minister ... on Wednesday")."""
    t = tokens[k]
    return _future(t) or (t.text.lower() in _BOUND_TO and k + 1 < len(tokens) and tokens[k + 1].text.lower() == "to")


def _future(t: Token) -> bool:
    return t.key in _FUTURE or t.text.lower() in _FUTURE_FORMS


_CURRENCY_SYMBOLS = {"$": "usd", "£": "gbp", "€": "eur", "¥": "jpy", "₹": "inr", "₽": "rub"}
# before "$": "R$" is the Brazilian real (the rand is "R" alone)
_CURRENCY_PREFIX = {"us": "usd", "a": "aud", "c": "cad", "hk": "hkd", "s": "sgd", "nz": "nzd", "nt": "twd", "r": "brl"}
_GLUED_SCALE = {"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12, "tr": 1e12}
_ORD_SUFFIX = {"st", "nd", "rd", "th"}
_FUNCTION = {
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or", "but", "as",
    "that", "this", "these", "those", "than", "per", "each", "their", "its", "his", "her", "our", "your",
    "more", "less", "over", "under", "about", "into", "out", "up", "down", "after", "before", "since",
    "during", "while", "when", "who", "which", "be", "is", "was", "were", "are", "have", "has", "had",
    "said", "says", "say", "it", "they", "he", "she", "we", "i", "you",
}

# prepositions after a figure say what it is not counting: "as many as 30,000 without homes", "12 among them"
_NOT_COUNTED = {"without", "within", "among", "amongst", "across", "against", "through", "toward", "towards", "until",
                "including", "amid", "despite", "near", "off", "onto", "upon", "via", "between", "above", "below",
                "beyond", "around", "behind", "inside", "outside", "like", "plus", "apiece", "each"}


HEDGE_STEPS = 3  # steps of its written precision a hedge may move a figure: "about 6.8 million" is 6.5m to 7.1m


@dataclass(frozen=True)
class Quantity:
    """A number as stated: value, unit, hedge and what it counts."""

    start: int
    end: int
    text: str
    value: float
    unit: str | None = None  # "%", "pp", "usd", "km", "ord", "time" ... or None for a plain count
    hedge: str | None = None  # approx | near-below | near-above | lower | upper
    noun: str | None = None  # lemma of the counted noun ("troop"), for matching slots
    step: float = 1.0  # the value of the last written digit, for rounding
    part: bool = False  # counts a part of a whole, what is left or added: "with two laps remaining", "two extra
    # life sentences", "another 200 people" (never compared with a figure of the whole)
    change: str | None = None  # "from" for the level a change left, "to" for the level it reached ("raised to 12
    # percent from 10 percent"): the old level is never compared with a new one; "than" for a margin ("one stroke
    # better than the record", "2.1 million more than"), never compared with a level

    @property
    def key(self) -> str:
        return f"q:{self.unit or ''}:{self.value:.10g}"

    def shown_end(self, text: str, end: int) -> int:
        """Where the figure ends in `text` (at offset `end`) with the noun it counts when that follows it ("51
        bodies", "six wickets", "five-wicket"), so a finding shows what the figure is."""
        part = re.match(r" of (?:them|whom|us|those)\b", text[end:end + 12])
        if part is not None and self.unit is None:
            return end + part.end()  # "three of them", "two of whom": a part of those the sentence has counted
        m = re.match(r"[ -]([A-Za-z]+)(?: ([a-z]+))?", text[end:end + 40])
        if self.noun is None or self.unit is not None or m is None or m.group(1).lower() in _FUNCTION:
            return end
        for word, stop in ((m.group(1), m.end(1)), (m.group(2), m.end(2))):  # "seven rescue helicopters"
            if word and (lemma(word) == self.noun or word.lower().startswith(self.noun[:4])):
                return end + stop
        return end

    def _rounding_step(self) -> float:
        """The step the figure is rounded to as written: "1.5292" 0.0001, "300" 100, "2.3 million" 0.1m."""
        written = round(abs(self.value) / self.step) if self.step else 0
        step = self.step
        while written and written % 10 == 0:
            written //= 10
            step *= 10
        return step

    def interval(self) -> tuple[float, float]:
        v, half = self.value, self.step / 2
        # a hedge loosens a figure by up to 12%, but no more than three steps of its written precision:
        # "around 1.5292" is not 1.5261, "about 15" may be 14.7, "about 6.8 million" is not 6.3 million
        near = max(min(abs(v) * 0.12, HEDGE_STEPS * self._rounding_step()), half)
        if self.hedge == "approx":
            return (v - near, v + near)
        if self.hedge == "near-below":  # "nearly 50" is not 56
            return (v - near, v + half)
        if self.hedge == "near-above":  # "just over 50" is not 44
            return (v - half, v + near)
        if self.hedge == "lower":  # "over 489" is not 488: the bound is the figure as written
            return (v, math.inf)
        if self.hedge == "upper":
            return (-math.inf, v)
        return (v - half - 1e-9, v + half + 1e-9)


@dataclass(frozen=True)
class DateRef:
    """A date expression resolved against the version's dateline where possible."""

    start: int
    end: int
    text: str
    granularity: str  # day | month | year | weekday (unresolved)
    value: str  # ISO-like: 2022-01-12, 2022-01, 2022, or a weekday name
    counted: bool = False  # a day counted from another event ("a week after the release"): it dates that event

    @property
    def key(self) -> str:
        return f"d:{self.value}"

    def contains(self, other: DateRef) -> bool:
        """Could both name the same time: one is a prefix of the other, or a day without its year."""
        x, y = self.value, other.value
        if (self.granularity == other.granularity == "day" and x[-5:] == y[-5:] and len(x) >= 5 and len(y) >= 5
                and not (_WRITTEN_YEAR.search(self.text) and _WRITTEN_YEAR.search(other.text))):
            return True  # "the Sept. 11, 2001 attacks" / "the September 11 attacks": a year left unsaid
        if x.startswith("month-") or y.startswith("month-"):  # "March" with no year: any March
            return _month_of(x) == _month_of(y)
        return y.startswith(x) or x.startswith(y) or (len(x) == 5 and y.endswith("-" + x)) or (len(y) == 5 and x.endswith("-" + y))


_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _month_of(value: str) -> str | None:
    """The month of "month-03", "2026-03" or "2026-03-14"; None for a year or a weekday."""
    if value.startswith("month-"):
        return value[6:]
    parts = value.split("-")
    return parts[1] if len(parts) >= 2 and parts[0].isdigit() else None


@dataclass(frozen=True)
class Name:
    """A capitalised name, with the role words written next to it."""

    start: int
    end: int
    text: str
    keys: tuple[str, ...]  # normalised name tokens
    kind: str  # person | place | org | other
    role: tuple[str, ...] = ()  # normalised role words ("russia", "deputy", "foreign", "minister")
    role_text: str = ""
    role_span: tuple[int, int] | None = None
    initial: bool = False  # a lone capitalised first word of the sentence: maybe not a name at all
    appointed: bool = False  # the role is one the person is given ("named X as interim chief executive")
    vessel: bool = False  # a ship's name ("the frigate KNM Helge Ingstad"), whoever it is named after


@dataclass(frozen=True)
class Quote:
    start: int  # offsets of the quoted words, quotation marks excluded
    end: int
    text: str


@dataclass
class ClaimFacts:
    """Everything the rules read about one side of a pair."""

    text: str
    tokens: list[Token]
    words: list[Token]  # compared tokens, quantities and dates folded into one token each
    quantities: list[Quantity] = field(default_factory=list)
    dates: list[DateRef] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    negations: list[Token] = field(default_factory=list)
    ref_date: dt.date | None = None


# ---------------------------------------------------------------- quantities


def _parse_digits(text: str) -> tuple[float, float] | None:
    """'1,600,000' -> (1600000, 1); '14.7' -> (14.7, 0.1)."""
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", text):
        text = text.replace(",", "")
    elif re.fullmatch(r"\d{1,3}([ \u00a0\u202f]\d{3})+", text):
        text = re.sub(r"[ \u00a0\u202f]", "", text)  # "70 000"
    elif "," in text:
        return None
    try:
        value = float(text)
    except ValueError:
        return None
    decimals = len(text.split(".")[1]) if "." in text else 0
    return value, 10.0 ** -decimals


def _adjacent(a: Token, b: Token) -> bool:
    return a.end == b.start


def _bare(word: str) -> str:
    """A word in lower case without its possessive ending."""
    return word.lower().removesuffix("'s").removesuffix("’s")


def _aged_after(tokens: list[Token], k: int) -> bool:
    """ ", a 59-year-old" (or ", 59,") right after a name at k: an age, which only a person has."""
    words = [t.text.lower() for t in tokens[k:k + 8]]
    if words[:1] != [","] or len(words) < 3:
        return False
    rest = words[2:] if words[1] in ("a", "an", "the") else words[1:]
    return bool(rest) and rest[0].isdigit() and (rest[1:2] == [","] or rest[1:5] == ["-", "year", "-", "old"])


def _hyphened_title(tokens: list[Token], i: int, lex: Lexicons) -> bool:
    """The word at i opens a title of three hyphened words that titles.txt lists whole ("Editor-in-Chief",
    "Commander-in-Chief"), written without spaces."""
    if i < 0 or i + 4 >= len(tokens) or tokens[i + 1].text != "-" or tokens[i + 3].text != "-":
        return False
    if not all(_adjacent(tokens[k], tokens[k + 1]) for k in range(i, i + 4)):
        return False
    return "-".join(tokens[k].text.lower() for k in (i, i + 2, i + 4)) in lex.titles


def _syllable_after(tokens: list[Token], j: int, run: list[Token]) -> bool:
    """The hyphen at j joins the last word of a name of two or more words to a lower-case syllable that is
    no English word ("Park Ji-hoon"), not an adjective suffix ("a US-led force", "Nato-backed")."""
    if len(run) < 2 or j + 1 >= len(tokens) or not _adjacent(run[-1], tokens[j]):
        return False
    nxt = tokens[j + 1]
    if not _adjacent(tokens[j], nxt) or nxt.kind != "word" or not nxt.text.isalpha() or not nxt.text.islower():
        return False
    if len(nxt.text) <= 4 and len(run[-1].text) <= 5 and nxt.text not in _COMPOUND_TAILS:
        return True  # short syllables that happen to be words: "Dong-woo", "Jae-min", "Chang-ho"
    from .wordnet import wordnet  # only for this rare shape
    return not wordnet().base_forms(nxt.text)


# the second half of hyphenated modifiers after a short place name: "Hong Kong-born", "New York-made"
_COMPOUND_TAILS = frozenset({"led", "run", "born", "made", "held", "based", "owned", "style", "era", "wide", "like",
                             "bred", "bound", "area", "only", "free"})


def _phrase_at(tokens: list[Token], i: int, table: dict[tuple[str, ...], str], max_len: int = 4) -> tuple[str, int] | None:
    """Longest phrase of `table` starting at token i: (value, length)."""
    for size in range(max_len, 0, -1):
        window = tokens[i : i + size]
        if len(window) < size:
            continue
        key = tuple(t.text.lower() for t in window)
        if key in table:
            return table[key], size
    return None


_THAN_THEN = frozenset({"before", "previously", "earlier", "last", "a", "in"})  # "more than before", "than a year ago"
# a four-digit number after one of these is a year, whatever word follows it: "who in 1975 became"
_BEFORE_A_YEAR = {"in", "since", "until", "till", "during", "before", "after"}
# a figure before one of these and "than" is a margin between two others: "one better than the record"
_COMPARATIVES = {"more", "less", "fewer", "better", "worse", "higher", "lower", "greater", "larger", "smaller",
                 "bigger", "longer", "shorter", "faster", "slower", "older", "younger", "earlier", "later", "cheaper"}


def _hedge_before(tokens: list[Token], i: int, lex: Lexicons) -> tuple[str, int] | None:
    """A hedge phrase ending right before token i: (kind, start index)."""
    for size in range(4, 0, -1):
        j = i - size
        if j < 0:
            continue
        key = tuple(t.text.lower() for t in tokens[j:i])
        if key in lex.hedges:
            if j >= 2 and tokens[j - 1].text == "-" and tokens[j - 2].kind == "num":
                return None  # "6-under 282", "18-over": a golfer's score against par, not a bound
            return lex.hedges[key], j
    if i > 2 and tokens[i - 1].text.lower() == "of" and tokens[i - 3].text.lower() in ("maximum", "minimum") \
            and tokens[i - 2].kind == "word":
        return ("upper" if tokens[i - 3].text.lower() == "maximum" else "lower"), i - 3  # "a maximum penalty of
        # five years": the bound the law sets, as "up to seven years" is
    if i > 2 and tokens[i - 1].text.lower().endswith("ing") and tokens[i - 2].text.lower() == "to" \
            and (found := _hedge_before(tokens, i - 1, lex)) is not None and found[0] == "upper":
        return found  # "restricted to withdrawing €50 a day": the limit of what may be done
    return None


def _number_words(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """Parse 'one hundred thousand', 'fifty-seven', 'a dozen' from token i: (value, tokens used)."""
    total, current, j, used_any = 0.0, 0.0, i, False
    n = len(tokens)
    while j < n:
        w = tokens[j].text.lower()
        if w in _SMALL:
            current += _SMALL[w]
        elif w == "hundred" and used_any:
            current = (current or 1) * 100
        elif w in ("thousand", "million", "billion", "trillion") and used_any:
            total += (current or 1) * {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[w]
            current = 0
        elif w == "dozen" and used_any:
            current = (current or 1) * 12
        elif used_any and j + 1 < n and tokens[j + 1].text.lower() in _SMALL and (
            w == "-" and current % 100 >= 20 and current % 10 == 0 and _SMALL[tokens[j + 1].text.lower()] < 10
            or w == "and" and (total or current >= 100)
        ):  # "fifty-seven", "one hundred and five"; not "Nine-Nine"
            j += 1
            continue
        else:
            break
        used_any = True
        j += 1
    if not used_any:
        return None
    return total + current, j - i


_FRACTION_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}  # "a quarter of a million", "half a billion"


def _rate_unit(tokens: list[Token], k: int) -> tuple[str, int] | None:
    """ "percentage point" or "basis point" at k: (unit, tokens used)."""
    words = [t.text.lower() for t in tokens[k:k + 2]]
    if words == ["percentage", "point"]:
        return "pp", 2
    if words == ["basis", "point"]:
        return "bp", 2
    return None


def _fraction(tokens: list[Token], i: int) -> tuple[float, int, str | None, float] | None:
    """A fraction from token i: (value, tokens used, unit, step). A share of a whole is a percentage:
    "a quarter of" (25 %), "two-thirds of", "half of", "one in five" (20 %); a fraction of a scale
    is a count: "a quarter of a million" (250,000). Not "the second half of" or "a third of an inch".
    A fraction is rough, so its step is wide: a fifth of the value ("a third" is 30-37 %), two fifths
    for "one in N" ("one in 10" is said of 8-12 %)."""
    n = len(tokens)
    low = tokens[i].text.lower()
    if low == "one" and i + 2 < n and tokens[i + 1].text.lower() == "in":  # digits are read as counts first
        den = tokens[i + 2].text.lower()
        d = _SMALL.get(den) or (int(den) if den.isdigit() else 0)
        if d >= 2:
            return 100.0 / d, 3, "%", 100.0 / d * 0.4
    scales = _FRACTION_SCALES
    if low == "half" and i + 2 < n and tokens[i + 1].text.lower() in ("a", "an") and tokens[i + 2].text.lower() in scales:
        value = 0.5 * scales[tokens[i + 2].text.lower()]
        return value, 3, None, value * 0.2  # "half a million"
    if low == "half" and i + 2 < n and tokens[i + 1].text.lower() in ("a", "an") and (rate := _rate_unit(tokens, i + 2)):
        return 0.5, 2 + rate[1], rate[0], 0.25  # "half a percentage point"
    if low in ("quarter", "half") and i + 2 < n and tokens[i + 1].text == "-" and tokens[i + 2].text.lower() == "point":
        return (0.25 if low == "quarter" else 0.5), 3, "pp", 0.25  # "a quarter-point cut" in rates
    if low == "half":
        num, k = 1, i
        if i > 0 and tokens[i - 1].text.lower() in _ORDINAL_WORDS.keys() | {"the", "this", "that", "a", "an"}:
            return None
        if i + 2 < n and tokens[i + 1].text.lower() in ("a", "an") and tokens[i + 2].text.lower() in _HALF_SPANS:
            return 0.5, 2, None, 0.1  # "half an hour into the flight": the unit after is read as any figure's
    elif low in ("a", "an", "one"):
        num, k = 1, i + 1
    elif low in _SMALL and 2 <= _SMALL[low] <= 9:
        num, k = _SMALL[low], i + 1
    else:
        return None
    if k < n and k > i and tokens[k].text == "-":
        k += 1
    if low == "half" and k + 1 < n and tokens[k + 1].text.lower() in _HALF_BEFORE:
        return 50.0, 1, "%", 10.0  # "losing nearly half its value", "about half the animals": "of" left out
    if k + 1 >= n or tokens[k].text.lower() not in _FRACTIONS or tokens[k + 1].text.lower() != "of":
        return None
    den = _FRACTIONS[tokens[k].text.lower()]
    if num >= den:
        return None
    if k + 2 < n and tokens[k + 2].text.lower() in ("a", "an"):
        if (rate := _rate_unit(tokens, k + 3)) is not None:
            return num / den, k + 3 + rate[1] - i, rate[0], num / den / 2  # "a quarter of a percentage point"
        scale = scales.get(tokens[k + 3].text.lower() if k + 3 < n else "")
        return (num / den * scale, k + 4 - i, None, num / den * scale * 0.2) if scale else None  # not "an inch"
    return 100.0 * num / den, k + 1 - i, "%", 100.0 * num / den * 0.2


_SEQUENCE_PARTS = frozenset({"last", "final", "first"})  # "the last four boys": some of them, taken in turn (not
# "the other 11 hostages", the rest, which a rewrite tells as a count of its own: "12 Colombian police and soldiers")
_HALF_SPANS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "mile", "kilometre",
                         "kilometer"})  # "half an hour", "half a mile": a measure (not "half a century", a span of
# years a rewrite tells in many ways)
_HALF_BEFORE = {"the", "its", "his", "her", "their", "our", "these", "those", "all"}  # "half" needs no "of" before them


# superlatives of one ranking, as one counted noun: "Britain's fifth-biggest lender" / "the third-largest lender"
_SUPERLATIVES = {"largest": "biggest", "greatest": "biggest", "most-populous": "biggest"}

# "one" is a count only before a noun it counts: not "one of", "no one", "the one", "one day he ..."
_ONE_NOT_BEFORE = {"of", "another", "day", "way", "time", "side", "hand", "point", "thing", "or", "and", "who", "that",
                   "which", "to", "in", "on", "at", "by", "for", "with", "is", "was", "has", "had", "can", "will", "would"}
_ONE_COMPOUNDS = {"off", "sided", "on", "way", "time", "stop", "liner", "liners", "third", "half", "quarter", "fifth",
                  "tenth", "hundredth", "thousandth", "upmanship", "size", "eyed", "armed", "handed", "legged", "to"}
_ONE_NOT_AFTER = {"no", "the", "any", "every", "some", "each", "which", "this", "that", "someone", "anyone", "only",
                  "last", "next", "little", "other", "such"}


# what is paid, in the few words before a figure: "fines of up to 1,000 pounds", "cost 200 pounds", "paid 50 pounds"
_MONEY_WORDS = frozenset(lemma(w) for w in (
    "fine", "fines", "fee", "fees", "cost", "costs", "pay", "paid", "price", "worth", "salary", "wage", "bonus",
    "compensation", "budget", "spend", "spent", "loan", "debt", "tax", "bill", "penalty", "damages", "award", "donated",
    "raised", "funding", "grant"))
MONEY_REACH = 4  # words before the figure ("fined up to", "a fine of about")


def _money_before(tokens: list[Token], k: int) -> bool:
    return any(t.kind == "word" and t.key in _MONEY_WORDS for t in tokens[max(0, k - MONEY_REACH):k])


def _of_after(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].text.lower() == "of"  # "fined for 20 pounds of cocaine": a weight


def _converted_to_money(tokens: list[Token], k: int) -> bool:
    """A bracketed conversion into a currency right after: "45 billion pounds ($50.6 billion)"."""
    return (k + 1 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].text in _CURRENCY_SYMBOLS) or (
        k + 2 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].text.lower() in _CURRENCY_PREFIX
        and tokens[k + 2].text in _CURRENCY_SYMBOLS)


def _counting_one(tokens: list[Token], i: int) -> bool:
    """ "one interception" (a count, against "two interceptions"), not "one of them" or "no one"."""
    if tokens[i].text.lower() != "one" or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt.text == "-" and i + 2 < len(tokens) and tokens[i + 2].start == nxt.end:
        # "a one-year ban" against "two-year bans"; not "one-off", "one-sided", "one-on-one"
        nxt = tokens[i + 2]
        return nxt.kind == "word" and nxt.text.lower() not in _ONE_COMPOUNDS
    if nxt.kind != "word" or nxt.cap or nxt.text.lower() in _ONE_NOT_BEFORE or nxt.text.lower() in _FUNCTION:
        return False
    return i == 0 or tokens[i - 1].text.lower() not in _ONE_NOT_AFTER


@lru_cache(maxsize=4)
def _phrase_tables(lex: Lexicons) -> tuple[dict[tuple[str, ...], str], dict[tuple[str, ...], str]]:
    """Units and currencies as token tuples for _phrase_at, built once per lexicon, not per figure: split as the
    text is, so "km/h" is "km", "/", "h" and never "km" alone."""
    from .normalize import raw_tokens

    def key(phrase: str) -> tuple[str, ...]:
        return tuple(t.text.lower() for t in raw_tokens(phrase))

    return ({key(k): v for k, v in lex.units.items()}, {key(k): v for k, v in lex.currencies.items()})


_SPEEDS = {"km": "kmh", "mile": "mph"}


def _per_hour_after_aside(tokens: list[Token], k: int) -> bool:
    """A bracketed conversion at k, then "per hour" or "an hour": "200 kilometres (125 miles) per hour"; or the end of
    the conversion itself ("125 miles" there)."""
    if k >= len(tokens) or tokens[k].text not in "()":
        return False
    close = k if tokens[k].text == ")" else next(
        (m for m in range(k + 1, min(k + 8, len(tokens))) if tokens[m].text == ")"), None)
    return close is not None and [t.text.lower() for t in tokens[close + 1:close + 3]] in (
        ["per", "hour"], ["an", "hour"], ["a", "hour"])


def _per_unit(tokens: list[Token], k: int, units: dict[tuple[str, ...], str]) -> bool:
    """ "a tonne", "per ounce", "an hour" at k: a rate, so the figure before it is a price."""
    return (k + 1 < len(tokens) and tokens[k].text.lower() in ("a", "an", "per")
            and _phrase_at(tokens, k + 1, units, 3) is not None)


_UNICODE_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}


def _vulgar_fraction(tokens: list[Token], k: int) -> tuple[float, int] | None:
    """A fraction after a whole number: "1/2" in "5 1/2" (value, tokens used), or "½" in "3½" or "2 ½"."""
    if k < len(tokens) and tokens[k].text in _UNICODE_FRACTIONS and tokens[k].start - tokens[k - 1].end <= 1:
        # "3½", "2 ½ servings"
        return _UNICODE_FRACTIONS[tokens[k].text], 1
    if k + 2 >= len(tokens) or tokens[k + 1].text != "/" or not (tokens[k].text.isdigit() and tokens[k + 2].text.isdigit()):
        return None
    if not (_adjacent(tokens[k], tokens[k + 1]) and _adjacent(tokens[k + 1], tokens[k + 2])):
        return None
    num, den = int(tokens[k].text), int(tokens[k + 2].text)
    return (num / den, 3) if 0 < num < den <= 16 else None


_HEDGES_AFTER = {("or", "more"): "lower", ("or", "over"): "lower", ("and", "over"): "lower", ("and", "above"): "lower",
                 ("or", "older"): "lower", ("and", "older"): "lower", ("and", "up"): "lower",
                 ("or", "fewer"): "upper", ("or", "less"): "upper", ("or", "under"): "upper", ("or", "so"): "approx"}


def _hedge_after(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """A hedge written after the figure: "46 or more", "a dozen or so"."""
    if j + 1 >= len(tokens):
        return None
    kind = _HEDGES_AFTER.get((tokens[j].text.lower(), tokens[j + 1].text.lower()))
    return (kind, 2) if kind else None


def _age(tokens: list[Token], i: int, j: int) -> int | None:
    """Where the figure at [i, j) is a person's age, the index after its age words; else None."""
    n = len(tokens)
    value = str(_SMALL.get(tokens[i].text.lower(), tokens[i].text))  # "aged nine", "a seven-year-old"
    if not value.isdigit() or not 0 < int(value) < 125:
        return None
    rest = [t.text.lower() for t in tokens[j:j + 4]]
    if rest[:4] == ["-", "year", "-", "old"]:
        return j + 4
    if rest[:2] == ["-", "old"] and tokens[j - 1].text.lower() in ("year", "years"):
        return j + 2  # the unit already read "24-year"
    if rest[:2] == ["year", "old"] or rest[:2] == ["years", "old"] or rest[:1] == ["old"] and tokens[j - 1].text.lower() in ("years", "year"):
        return j + (1 if rest[:1] == ["old"] else 2)
    if i > 0 and tokens[i - 1].text.lower() == "aged" or i > 1 and tokens[i - 1].text.lower() in ("from", "between") \
            and tokens[i - 2].text.lower() == "aged":
        return j  # "aged nine", "pupils aged from four to 16"
    if rest[:1] == ["s"] and tokens[j].start == tokens[j - 1].end and int(value) % 10 == 0 and any(
            t.text.lower() in ("her", "his", "their") for t in tokens[max(0, i - 3):i]):
        return j + 1  # "a woman in her 50s", "a man in his mid-40s": an age, not a count
    if i > 2 and [t.text.lower() for t in tokens[i - 3:i]] == ["the", "age", "of"]:
        return j  # "who died in May at the age of 83"
    if (i > 1 and tokens[i - 1].text == "," and j < n and tokens[j].text in (",", ".") and j == i + 1
            and tokens[i - 2].kind == "word" and tokens[i - 2].text.isalpha() and int(value) >= 10):
        return j  # "Ann Lee, 67, said": a number set off by commas after a name or a person is an age
    if (i > 1 and j == i + 1 and tokens[i - 1].text.lower() in ("was", "is") and (j == n or tokens[j].text in ".;")
            and tokens[i - 2].text.lower() in ("he", "she", "who")):
        return j  # "He was 57.": a person's bare number, closing the statement, is their age
    k = i - 1 if i > 0 and tokens[i - 1].text.lower() in _AGE_HEDGES else i
    if (k > 0 and j == i + 1 and tokens[k - 1].text.lower() in ("was", "is")
            and [t.text.lower() for t in tokens[j:j + 2]] in (["when", "he"], ["when", "she"])):
        return j  # "(the woman) was about 30 when she died": a person's number when they did a thing is their age
    return None


_AGE_HEDGES = frozenset({"about", "around", "roughly", "approximately", "only", "just", "nearly", "almost"})


def _and_a_half(tokens: list[Token], k: int) -> bool:
    return k + 2 < len(tokens) and [t.text.lower() for t in tokens[k:k + 3]] == ["and", "a", "half"]


_SPAN_SECONDS = {"hour": 3600, "minute": 60, "second": 1}


def _durations(qs: list[tuple[Quantity, int, int]], tokens: list[Token]) -> list[tuple[Quantity, int, int]]:
    """Hours, minutes and seconds told in a row ("two hours, one minute and 39 seconds") are one duration, in
    seconds, as "2:01:39" is: not three figures, the last of which ("39 seconds") is no margin of 28 seconds."""
    out: list[tuple[Quantity, int, int]] = []
    last: str | None = None  # the smallest span the duration at the end of `out` has so far
    for q, i, j in qs:
        if out and last and q.unit in _SPAN_SECONDS and not q.hedge and _SPAN_SECONDS[last] > _SPAN_SECONDS[q.unit] \
                and {t.text.lower() for t in tokens[out[-1][2]:i]} <= {",", "and"}:
            p, pi, _ = out[-1]
            total = p.value * _SPAN_SECONDS[p.unit or "second"]  # in seconds once merged
            out[-1] = (replace(p, end=q.end, value=total + q.value * _SPAN_SECONDS[q.unit], unit="second",
                               step=q.step * _SPAN_SECONDS[q.unit]), pi, j)
            last = q.unit
            continue
        out.append((q, i, j))
        last = q.unit if q.unit in _SPAN_SECONDS and not q.hedge else None
    return out


def find_quantities(tokens: list[Token], lex: Lexicons, skip: frozenset[int] = frozenset()) -> list[tuple[Quantity, int, int]]:
    """Quantities with the token range [i, j) each covers (hedge excluded); `skip` tokens belong to dates."""
    out: list[tuple[Quantity, int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        if i in skip:
            i += 1
            continue
        tok = tokens[i]
        low = tok.text.lower()
        value: float | None = None
        step = 1.0
        j = i + 1
        unit: str | None = None
        half_after_unit = False
        if tok.kind == "num":
            parsed = _parse_digits(tok.text)
            if parsed is None:
                i += 1
                continue
            value, step = parsed
            # a leading decimal point: ".85 cent"
            if i > 0 and tokens[i - 1].text == "." and _adjacent(tokens[i - 1], tok) and "." not in tok.text and (
                i < 2 or not _adjacent(tokens[i - 2], tokens[i - 1])
            ):
                value, step = float("0." + tok.text), 10.0 ** -len(tok.text)
            # a time of day: 10:30
            if j + 1 < n and tokens[j].text == ":" and tokens[j + 1].kind == "num" and _adjacent(tok, tokens[j]):
                mins = _parse_digits(tokens[j + 1].text)
                secs = (_parse_digits(tokens[j + 3].text) if j + 3 < n and tokens[j + 2].text == ":"
                        and tokens[j + 3].kind == "num" and _adjacent(tokens[j + 1], tokens[j + 2]) else None)
                if mins and secs:  # a race time, "2:01:39": hours, minutes and seconds, one duration
                    value, unit, step, j = value * 3600 + mins[0] * 60 + secs[0], "second", 1.0, j + 4
                elif mins:
                    value, unit, step, j = value + mins[0] / 60, "time", 1 / 60, j + 2
        elif (share := _fraction(tokens, i)) is not None:
            value, used, unit, step = share
            j = i + used
        elif low in _SMALL and low != "one" or (low == "one" and i + 1 < n and tokens[i + 1].text.lower() in ("hundred", "thousand", "million", "billion", "trillion", "dozen")) or _counting_one(tokens, i):
            parsed_w = _number_words(tokens, i)
            if parsed_w:
                value, used = parsed_w
                j = i + used
                step = 1.0 if value < 100 else 10 ** math.floor(math.log10(value))
        elif low in ("a", "an") and i + 1 < n and tokens[i + 1].text.lower() in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
            parsed_w = _number_words([tokens[i]._replace(text="one")] + tokens[i + 1 : i + 2], 0)
            if parsed_w:
                value, _ = parsed_w
                j = i + 2
                step = value
        elif low == "a" and i + 1 < n and tokens[i + 1].text.lower() in ("decade", "century") \
                and not (i > 0 and tokens[i - 1].text.lower() in ("half", "of")):  # not "half a century", "a
            # quarter of a century"
            value, step, j = 1.0, 1.0, i + 1  # "in more than a decade" / "in more than ten years": a span of years,
            # where "a year", "a week" are left alone (they count nothing a rewrite restates as a figure)
        elif low in ("a", "an") and _and_a_half(tokens, i + 2) and i + 1 < n and tokens[i + 1].kind == "word":
            value, half_after_unit = 1.0, True  # "a year and a half": the half is added after the unit
        elif low in _ORDINAL_WORDS and not (low == "second" and _of_a_second(tokens, i)):
            value, unit = float(_ORDINAL_WORDS[low]), "ord"
        elif low == "debut" and i + 1 < n and tokens[i + 1].kind == "word" and tokens[i + 1].text.lower() not in _FUNCTION:
            value, unit = 1.0, "ord"  # "her debut album" / "her second album"; not "made his debut in"
        if value is None:
            i += 1
            continue
        if unit is None and _and_a_half(tokens, j):
            value, step, j = value + 0.5, 0.5, j + 3  # "two and a half years", "2 and a half"
        elif tok.kind == "num" and unit is None and (frac := _vulgar_fraction(tokens, j)) is not None:
            value, step, j = value + frac[0], frac[0], j + frac[1]  # "5 1/2 months", "3½ years"
        start_i = i
        # currency before: $, US$, £
        if unit is None and i > 0 and tokens[i - 1].text in _CURRENCY_SYMBOLS:
            unit = _CURRENCY_SYMBOLS[tokens[i - 1].text]
            start_i = i - 1
            if i > 1 and tokens[i - 2].kind in ("word", "alias") and _adjacent(tokens[i - 2], tokens[i - 1]):
                pre = tokens[i - 2].text.lower()
                if pre in _CURRENCY_PREFIX and unit == "usd":
                    unit, start_i = _CURRENCY_PREFIX[pre], i - 2
        elif unit is None and i > 1 and tokens[i - 2].text == "$" and tokens[i - 1].text.upper() in ("US", "A", "C", "NZ", "HK", "S") and _adjacent(tokens[i - 1], tok):
            unit, start_i = _CURRENCY_PREFIX[tokens[i - 1].text.lower()], i - 2  # $US3.95
        elif unit is None and i > 0 and tokens[i - 1].text.lower() in lex.currencies and tokens[i - 1].text.isupper():
            unit, start_i = lex.currencies[tokens[i - 1].text.lower()], i - 1  # USD 5
        # ordinal suffix: 42nd
        if unit is None and j < n and tokens[j].text.lower() in _ORD_SUFFIX and _adjacent(tokens[j - 1], tokens[j]):
            unit, j = "ord", j + 1
        # scale: 1.8bn, 1.8 billion, 3m
        if j + 1 < n and tokens[j].text == "-" and _adjacent(tokens[j - 1], tokens[j]) and tokens[j + 1].text.lower() in (
            "thousand", "million", "billion", "trillion"
        ):
            j += 1  # "$70-million"
        if j < n and unit not in ("ord", "time"):
            nxt = tokens[j].text.lower()
            if _adjacent(tokens[j - 1], tokens[j]) and nxt in _GLUED_SCALE and (
                    unit is not None or len(nxt) > 1
                    or _phrase_at(tokens, j + 1, _phrase_tables(lex)[1], 3) is not None):  # "200m ringgit"
                value, step, j = value * _GLUED_SCALE[nxt], step * _GLUED_SCALE[nxt], j + 1
            elif nxt in ("thousand", "million", "billion", "trillion") or (nxt in lex.scales and nxt not in ("m", "b", "k", "hundred", "dozen")):
                mult = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}.get(nxt) or lex.scales[nxt]
                value, step, j = value * mult, step * mult, j + 1
        # unit or currency after
        if j < n and unit not in ("ord", "time"):
            if tokens[j].text == "%":
                unit, j = unit or "%", j + 1
            else:
                units, currencies = _phrase_tables(lex)
                hit = _phrase_at(tokens, j, units, 3)
                if (hit is None and j + 1 < n and tokens[j].text == "-" and _adjacent(tokens[j - 1], tokens[j])
                        and (glued := _phrase_at(tokens, j + 1, units, 3)) is not None):
                    hit = glued[0], glued[1] + 1  # "a 184.5-kilometre stage", "a 115-mile stage"
                cur = _phrase_at(tokens, j, currencies, 3)
                if cur and unit is None:
                    unit, j = cur[0], j + cur[1]
                elif hit and unit is None:
                    unit, j = hit[0], j + hit[1]
                    if unit in _SPEEDS and _per_hour_after_aside(tokens, j):
                        unit = _SPEEDS[unit]  # "winds of up to 200 kilometres (125 miles) per hour": a speed, its
                        # conversion set between the distance and the hour
                    if unit == "lb" and (_per_unit(tokens, j, units) or step >= 1e5 or _converted_to_money(tokens, j)
                                         or _money_before(tokens, start_i) and not _of_after(tokens, j)):
                        unit = "gbp"  # "4,910 pounds a tonne", "45 billion pounds ($50.6 billion)", "fines of up
                        # to 1,000 pounds": sterling
        if half_after_unit:
            if unit is None or not _and_a_half(tokens, j):
                i += 1
                continue  # "a banana and a half" counts no unit
            value, step, j = 1.5, 0.5, j + 3  # "a year and a half" is 1.5 years
        # no year test here: find_dates took the years (their tokens are in `skip`); what it left ("1898 cases") counts
        if unit in (None, "year") and (tok.kind == "num" or tok.text.lower() in _SMALL) \
                and (age_end := _age(tokens, start_i, j)) is not None:
            unit, j = "age", age_end  # "the 24-year-old", "aged 24", "Ann Lee, 24,", "24 years old"
        hedge = _hedge_before(tokens, start_i, lex)
        after = _hedge_after(tokens, j)
        if hedge is None and after is not None:
            hedge, j = (after[0], start_i), j + after[1]  # "46 or more"
        noun = None
        k = j
        if k < n and tokens[k].text == "-" and k + 1 < n:
            k += 1  # 57-nation
        added = start_i > 0 and tokens[start_i - 1].text.lower() in ("another", "further") or (
            start_i > 1 and tokens[start_i - 1].text.lower() in _SEQUENCE_PARTS and unit is None
            and tokens[start_i - 2].text.lower() in ("the", "its", "their"))  # "another 200 people", "the last four
        # boys": a part of the whole (the 12 boys)
        while k < n and tokens[k].kind == "word" and tokens[k].text.lower() in ("of", "more", "additional", "new", "other", "extra"):
            added |= tokens[k].text.lower() in ("additional", "extra", "other") or (
                tokens[k].text.lower() == "more" and unit != "%"
                and not any(t.text.lower() == "than" for t in tokens[k + 1:k + 5]))  # "312 more legally cast votes
            # than": a margin
            # "two extra life sentences", "two more", "joined by the court's two other liberal justices" (three with the
            # one who wrote); not "2.1 million more than the incumbent", a difference, nor "will pay 18.56% more", a
            # rise
            k += 1
        if (k < n and tokens[k].kind == "word" and tokens[k].text.lower() not in _FUNCTION | _NOT_COUNTED
                and not _AM_PM.fullmatch(tokens[k].text)):  # "8am", "7 p.m." count nothing: a time of day
            k += _compound_head(tokens, k)  # "seven rescue helicopters" count helicopters
            participle = _participle(tokens[k].text)
            if participle and k + 1 < n and tokens[k + 1].kind == "word" \
                    and tokens[k + 1].text.islower() and tokens[k + 1].text not in _FUNCTION | _NOT_COUNTED:
                k += 1  # "five confirmed cases" count cases
                participle = _participle(tokens[k].text)
            noun = None if participle else lemma(tokens[k].text)
            noun = _SUPERLATIVES.get(noun, noun)  # "fifth-biggest" / "third-largest": one ranking
            if noun == "member" and k + 2 < n and tokens[k + 1].text.lower() == "of" and tokens[k + 2].kind == "word" \
                    and tokens[k + 2].text.islower() and tokens[k + 2].text not in _FUNCTION:
                noun = lemma(tokens[k + 2].text)  # "15 members of staff" count staff, as "14 staff" do
        elif unit == "ord" and k + 1 < n and tokens[k].kind == "alias" and tokens[k + 1].kind == "word" \
                and tokens[k + 1].cap and tokens[k + 1].text.lower() not in _FUNCTION:
            noun = lemma(tokens[k + 1].text)  # "the 3rd U.S. Circuit Court of Appeals": the numbered circuit
        elif k < n and tokens[k].kind == "alias" and not lex.places.get(tokens[k].key) \
                and tokens[k].key not in _COUNTRY_KEYS(lex):  # not "9,700 U.S. women"
            noun = tokens[k].key  # "Twenty-one Liberal Democrats" / "28 Lib Dem MPs": members of one body
        elif unit in _TIME_UNITS and k < n and tokens[k].text.lower() == "after" and not (
                (at := (hedge[1] if hedge else start_i)) > 0 and tokens[at - 1].text.lower() == "for"):  # not "halted
            # the race for about 50 minutes after gluing themselves to the road": a length, then what was done
            noun = "after"  # "two days after the bank raised rates": counted from another event, like "five years
            # later" (not "without power for as long as 12 hours before crews could bring it back": a length)
        left = noun is not None and k + 1 < n and tokens[k + 1].text.lower() in ("remaining", "left")
        each = k + (noun is not None) < n and tokens[k + (noun is not None)].text.lower() == "each" \
            and unit is None  # "made up of nine members each from labour, business and the public interest": a
        # share of each, no total
        first = hedge[1] if hedge else start_i
        start = tokens[first].start
        end = tokens[j - 1].end
        before = tokens[first - 1].text.lower() if first else ""
        margin = any(m + 1 < n and tokens[m + 1].text.lower() == "than" and tokens[m].text.lower() in _COMPARATIVES
                     for m in (k, k + 1))  # "one better than", "one stroke better than"
        margin |= (k < n and tokens[k].text.lower() == "than" and tokens[k - 1].text.lower() in _COMPARATIVES
                   and k + 1 < n and tokens[k + 1].text.lower() in _THAN_THEN)  # "115 suites, 12 more than before":
        # a rise, against the former level (not "2.1 million more than the incumbent", a lead told as a margin)
        if margin and noun is not None and tokens[k].text.lower() in _COMPARATIVES:
            noun = None  # "better" is what the margin is, not what it counts
        part = added or left or each
        out.append((Quantity(start, end, "", value, unit, hedge[0] if hedge else None, noun, step, part,
                             "than" if margin else before if before in ("from", "to") else None), start_i, j))
        i = j
    return _share_range_units(tokens, out)


_AM_PM = re.compile(r"[aApP]\.?[mM]\.?")
_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade"}
# a nationality word, as a whole name: American, Israeli, Chinese, British, French, Dutch, European (plural too)
DEMONYM = re.compile(r"[A-Z][a-z]+(?:an|ese|esse|ish|i|ch|ic)s?")


def _compound_head(tokens: list[Token], k: int) -> int:
    """How many words from `k` only modify the plural noun after them, the thing counted ("seven rescue helicopters",
    "two police cars", "54 Atlanta schools", "363 Dick Smith stores"); else 0. The head is a plural that is only
    ever a noun ("helicopters", not "says")."""
    if k + 1 >= len(tokens) or tokens[k].text.endswith("s") or tokens[k].kind != "word":
        return 0
    from .wordnet import wordnet

    def plural_noun(head: Token, named: bool) -> bool:
        word = head.text.lower()
        if head.kind != "word" or head.cap or not word.endswith("s") or word.endswith("ss") or word in _FUNCTION:
            return False
        bases = wordnet().base_forms(word) - {word}
        senses = [s[0] == "n" for b in bases for s in wordnet().senses(b)]
        # after a name ("54 Atlanta schools", "three Russian warships") a plural that can be a noun is one
        return bool(bases) and (any(senses) if named else all(senses))

    def describing(word: str) -> bool:  # "silver", "civilian": WordNet has it as an adjective
        return any(s[0] in "as" for b in wordnet().base_forms(word) | {word} for s in wordnet().senses(b))

    if k + 3 < len(tokens) and tokens[k + 1].text.lower() in ("and", "or") and not tokens[k].cap \
            and tokens[k + 2].kind == "word" and tokens[k + 2].text.islower() and not tokens[k + 2].text.endswith("s") \
            and describing(tokens[k].text.lower()) and describing(tokens[k + 2].text) \
            and plural_noun(tokens[k + 3], True):
        return 3  # "600,000 silver and gold coins": two words describing one noun, joined (not "43 people and
        # flattening homes")
    m = 1
    while tokens[k].cap and m < 3 and k + m + 1 < len(tokens) and tokens[k + m].cap and tokens[k + m].kind == "word" \
            and not tokens[k + m].text.endswith("s"):
        m += 1  # "363 Dick Smith stores": a name of two words before the noun
    return m if plural_noun(tokens[k + m], tokens[k].cap) else 0


def _share_range_units(tokens: list[Token], found: list[tuple[Quantity, int, int]]) -> list[tuple[Quantity, int, int]]:
    """In "between 30 and 80 pounds" or "2 to 3 inches" the first number takes the unit and noun of the second."""
    out = list(found)
    for k in range(len(out) - 1):
        (q, i, j), (r, i2, _) = out[k], out[k + 1]
        between = [t.text.lower() for t in tokens[j:i2]]
        if q.unit is None and q.noun is None and between in (["and"], ["to"], ["-"], ["or"], ["–"]) and (r.unit or r.noun):
            out[k] = (replace(q, unit=r.unit, noun=r.noun), i, j)
    return out


# ---------------------------------------------------------------- dates


_COUNT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_SPANS = {"day": 1, "days": 1, "week": 7, "weeks": 7}


def _days_apart(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """At "a day after", "two days before", "a week after": (the days from the sentence's date to the event the
    clause after it tells, the token index past the phrase); None elsewhere."""
    if i + 2 >= len(tokens):
        return None
    count, span, way = (t.text.lower() for t in tokens[i:i + 3])
    count_n = int(count) if count.isdigit() and len(count) == 1 else _COUNT_WORDS.get(count)
    if count_n is None or span not in _SPANS or way not in ("after", "before") or (count == "a") != (span in ("day", "week")):
        return None
    return (-1 if way == "after" else 1) * count_n * _SPANS[span], i + 3


# before a span of days, these make it no count of days: "nearly a week after it ran aground" names no day
_ROUGHLY = frozenset({"nearly", "almost", "about", "around", "roughly", "some", "over", "than", "under",
                      "approximately", "barely", "just"})


def _day_before_in(found: list[tuple[DateRef, int, int]]) -> dt.date | None:
    """The resolved day the sentence named last, which a relative phrase after it counts from."""
    if not found or found[-1][0].granularity != "day":
        return None
    try:
        return dt.date.fromisoformat(found[-1][0].value)
    except ValueError:
        return None


def _shift(ref: dt.date, days: int) -> dt.date | None:
    """ref + days, or None past the calendar's ends (a dateline of 0001-01-01 and "yesterday")."""
    try:
        return ref + dt.timedelta(days=days)
    except OverflowError:
        return None


def _resolve_weekday(ref: dt.date, weekday: int, future: bool) -> dt.date | None:
    if future:
        return _shift(ref, (weekday - ref.weekday()) % 7)
    return _shift(ref, -((ref.weekday() - weekday) % 7))


def _year_for(ref: dt.date | None, month: int, day: int, past: bool = False) -> int | None:
    """The year of a day written without one: the nearest to the dateline, or in a sentence told in the past (and
    of nothing to come) the last before it ("votes were cast in the Nov. 4 election" in a June story)."""
    if ref is None:
        return None
    year = ref.year
    if month - ref.month > 6:
        year -= 1  # "Dec 30" in a January story
    elif ref.month - month > 6:
        year += 1
    if past and year == ref.year and (month, day) > (ref.month, ref.day + 1):
        year -= 1
    return year


_PAST_TOLD = frozenset({"was", "were", "had", "did"})  # the auxiliaries of a past; "said" is only the telling
PAST_REACH = 6  # tokens before a date, in its clause, where the auxiliary of its past stands


_ANY_SUCH = frozenset({"a", "an", "any", "every", "each"})


def _any_such_day(tokens: list[Token], i: int) -> bool:
    """A weekday after "a", "any" or "every", with at most one describing word between ("a normal Monday", "every
    Friday"): a kind of day, not a date."""
    before = [t.text.lower() for t in tokens[max(0, i - 2):i]]
    return bool(before) and (before[-1] in _ANY_SUCH or len(before) == 2 and before[0] in _ANY_SUCH
                             and before[1].isalpha() and not tokens[i - 1].cap)


def _told_past_before(tokens: list[Token], i: int) -> bool:
    """A past auxiliary shortly before the date at token i, in its clause: "were cast in the Nov. 4 election"; not
    "which had supported him, turned against him ahead of an election on July 10"."""
    for t in reversed(tokens[max(0, i - PAST_REACH):i]):
        if t.text in _CLAUSE_MARKS:
            return False
        if t.text.lower() in _PAST_TOLD:
            return True
    return False


_CLAUSE_MARKS = {",", ";", ":", "—", "–", "(", ")"}
# the articles and possessives before a noun: "the offering" dates no event (not "that": "a meeting that ended"
# dates the ending); "the ruling Awami League" is shown with its modifier
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})
_PAST = {"said", "told", "was", "were", "had", "did", "won", "lost", "met", "took", "made", "came", "went", "began",
         "fell", "rose", "saw", "gave", "left", "held", "struck", "closing", "close", "closed", "last", "ago", "earlier"}


_TO_BE = {"is", "are", "was", "were", "be", "been", "being", "'s", "’s"}


def _set_participle(tokens: list[Token], k: int) -> bool:
    """ "set" as a past participle ("the record set on Friday"), not the future of "is set to", "set for"."""
    if tokens[k].text.lower() != "set":
        return False
    return not (k + 1 < len(tokens) and tokens[k + 1].text.lower() in ("to", "for")
                or k > 0 and tokens[k - 1].text.lower() in _TO_BE)


def _tense_at(tokens: list[Token], i: int) -> bool | None:
    """Whether the weekday at token i is ahead of the dateline (True) or behind it (False), by the nearest word of
    tense in its own clause, before it first ("said on Monday it will cut": Monday is past; "will meet in Brussels
    on Friday": ahead; "a premium to the closing price on Friday": past); else by the nearest in its sentence
    ("But Thursday's increase, to 19 per cent, had been twice what markets expected": past); None when the
    sentence has none."""
    if i > 0 and tokens[i - 1].text.lower() == "since":
        return False  # "Since Wednesday, customers have paid": a day gone by
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(tokens) and (tokens[k].text not in _CLAUSE_MARKS or _aside_at(tokens, k, step)
                                         or _clock_colon(tokens, k)):
            if tokens[k].text in "()":
                k = _aside_at(tokens, k, step)  # "takes effect at 12:01 a.m. EDT (0401 GMT) on Tuesday": past the
                continue  # bracket
            if (tense := _tense_of(tokens, k)) is not None:
                return tense
            k += step
    for far in range(1, len(tokens)):
        for k in (i - far, i + far):
            if 0 <= k < len(tokens) and (tense := _tense_of(tokens, k, far=True)) is not None:
                return tense
    return None


def _clock_colon(tokens: list[Token], k: int) -> bool:
    """The colon of a time of day ("12:01"), no clause mark."""
    return tokens[k].text == ":" and 0 < k < len(tokens) - 1 and tokens[k - 1].kind == tokens[k + 1].kind == "num"


def _aside_at(tokens: list[Token], k: int, step: int) -> int:
    """Past a bracket opening (in the direction of `step`) at k: the index beyond its closing one; 0 when k holds
    none or it does not close."""
    if not (0 <= k < len(tokens)) or tokens[k].text != ("(" if step > 0 else ")"):
        return 0
    closing = ")" if step > 0 else "("
    j = k + step
    while 0 <= j < len(tokens) and tokens[j].text != closing:
        j += step
    return j + step if 0 <= j < len(tokens) and 0 <= j + step < len(tokens) else 0


# the present of a verb of a set time: "the requirement takes effect on Tuesday", "the strike begins on Monday"
_SCHEDULED = {"takes", "begins", "starts", "opens", "expires", "comes", "kicks", "resumes"}


def _tense_of(tokens: list[Token], k: int, far: bool = False) -> bool | None:
    """The tense the word at k gives a weekday near it: ahead (True), behind (False) or none (None). From another
    clause (`far`), "would" is a condition, not a day ahead ("as they would at home")."""
    t = tokens[k]
    low = t.text.lower()
    if far and low == "would":
        return None
    if _set_participle(tokens, k):
        return None  # "the previous high set on Friday": a past participle; "is set to meet", "set for Friday"
    attributive = k > 0 and tokens[k - 1].text.lower() in _DEFINITE  # "the expected range": no tense
    if (_future_at(tokens, k) and not attributive) or low == "would":  # "would be held on Saturday"
        return not _planned_before(tokens, k)  # "39 percent of junior doctors scheduled to work on Tuesday had
        # turned up": past
    if not far and low in _SCHEDULED and not attributive:
        return True  # "takes effect ... on Tuesday": a time set ahead
    passive = k > 0 and tokens[k - 1].text.lower() in ("be", "been", "being", "remain", "stay")  # "would be held",
    # "expected to remain closed": a participle, no past
    if low == "last" and k + 1 < len(tokens) and tokens[k + 1].text.lower() in _LASTING:
        return None  # "will take effect on Tuesday and last until noon on Thursday": the verb, no "last week"
    if not passive and (low in _PAST or (t.kind == "word" and low.endswith("ed") and len(low) > 4 and not t.cap
                                         and not attributive)):  # "will submit the revised numbers on Wednesday":
        # a word describing a noun, no past
        return False
    return None


_LASTING = frozenset({"until", "till", "through", "into", "beyond"})
_PLANS = {"scheduled", "due", "expected", "planned"}


def _planned_before(tokens: list[Token], k: int) -> bool:
    """A plan told as past: the participle describes a noun (no "is" or "will be" before it) and its clause's verb
    is a past perfect ("doctors scheduled to work on Tuesday had turned up", "the flight due to land on Friday had
    been diverted"): the day was planned and is over."""
    if tokens[k].text.lower() not in _PLANS or (k > 0 and tokens[k - 1].text.lower() in _TO_BE | {"will", "would"}):
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].text not in _CLAUSE_MARKS:
        if tokens[j].text.lower() == "had":
            return True
        j += 1
    return False


def _after_zone(tokens: list[Token], i: int) -> bool:
    """The weekday follows a time in GMT or UTC ("at 5:59 a.m. (1959 GMT Monday)", "2100 GMT on Monday"): another
    zone's day, no date of its own."""
    before = [t.text.lower() for t in tokens[max(0, i - 2):i]]
    return bool(before) and (before[-1] in ("gmt", "utc") or before == ["gmt", "on"] or before == ["utc", "on"])


# words that put a figure in the period a result is compared with: "a year earlier", "the previous year", "in the
# same quarter last year", "year-ago"
_PRIOR_PERIOD = re.compile(
    r"\b(?:(?:a|one|the) year (?:earlier|ago|before)|(?:the|a) (?:previous|prior|preceding) (?:year|quarter)"
    r"|(?:in )?the same (?:period|quarter|month|half) (?:of |a )?(?:last|the previous|a) year(?: earlier| ago)?"
    r"|last year's|year[- ](?:earlier|ago))\b", re.IGNORECASE)
PRIOR_REACH = 30  # characters between a figure and the words after it that date it ("$4.4 billion a year earlier")


def prior_period(text: str, start: int, end: int) -> bool:
    """The words at [start, end) (a figure, a result's word) are of the period the story compares with: the
    sentence opens with it ("A year earlier, the company made a profit of $4.4 billion"), or it follows them in
    their clause with no other figure between ("from $4.4 billion a year earlier"), or stands just before them
    ("a year-earlier profit of $4.4 billion")."""
    for m in _PRIOR_PERIOD.finditer(text):
        if (m.start() == 0 or not text[:m.start()].strip(" \"“'‘")) and text[m.end():m.end() + 1] == ",":
            if start >= m.end():
                return True  # an opening adverbial: the whole sentence
            continue
        if end <= m.start() <= end + PRIOR_REACH and not re.search(r"[\d,;]", text[end:m.start()]):
            return True
        if m.end() <= start <= m.end() + PRIOR_REACH and "year-" in m.group(0).lower() \
                and not re.search(r"[\d,;]", text[m.end():start]):
            return True
    return False


_WRITTEN_YEAR_TEXT = re.compile(r"1[89]\d\d|20\d\d")


def _decade(tokens: list[Token], i: int) -> bool:
    """The year at i is written as a decade: "the 1930s", "the 1980's" (ten years, no date of one event)."""
    rest = tokens[i + 1:i + 3]
    return bool(rest) and rest[0].start == tokens[i].end and (
        rest[0].text == "s" or rest[0].text in ("'", "’") and len(rest) > 1 and rest[1].text == "s"
        and rest[1].start == rest[0].end)


_BEFORE_MONTH = frozenset({"in", "since", "until", "till", "by", "early", "late", "mid", "from", "through", "during",
                           "last", "next", "this", "before", "after", "between"})
_MONTH_LINK = frozenset({"and", "to", "or", "through", "until", "-", "–"})  # "between May and October", "April or May"


def _month_may(tokens: list[Token], i: int) -> bool:
    """ "died in May at the same reserve", "since May": the month after a word of time, not the modal nor Theresa
    May ("in May's government" is hers)."""
    def month(k: int) -> bool:
        return 0 <= k < len(tokens) and tokens[k].text.lower().rstrip(".") in _MONTHS and tokens[k].cap

    linked = (i + 2 < len(tokens) and tokens[i + 1].text.lower() in _MONTH_LINK and month(i + 2)) or (
        i >= 2 and tokens[i - 1].text.lower() in _MONTH_LINK and month(i - 2))  # "between May and October"
    if not linked and (i == 0 or tokens[i - 1].text.lower() not in _BEFORE_MONTH):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return after is None or not (after.start == tokens[i].end and after.text[:1] in "'’")


def find_dates(tokens: list[Token], ref: dt.date | None, future: bool) -> list[tuple[DateRef, int, int]]:
    out: list[tuple[DateRef, int, int]] = []
    n = len(tokens)
    i = 0
    while i < n:
        low = tokens[i].text.lower().rstrip(".")
        tok = tokens[i]
        if low in _MONTHS and tok.cap and (low != "may" or (i + 1 < n and tokens[i + 1].kind == "num")
                                           or (i > 0 and tokens[i - 1].kind == "num") or _month_may(tokens, i)):
            month = _MONTHS[low]
            j = i + 1
            if j < n and tokens[j].text == "." and low not in _FULL_MONTHS:
                j += 1  # "Oct." is one word; the full stop after "11 May." ends the sentence
            day = year = None
            start_i = i
            if j < n and tokens[j].kind == "num" and tokens[j].text.isdigit() and 1 <= int(tokens[j].text) <= 31 and len(tokens[j].text) <= 2:
                day, j = int(tokens[j].text), j + 1
                if j < n and tokens[j].text.lower() in _ORD_SUFFIX:
                    j += 1
            elif i > 0 and tokens[i - 1].kind == "num" and tokens[i - 1].text.isdigit() and 1 <= int(tokens[i - 1].text) <= 31:
                day, start_i = int(tokens[i - 1].text), i - 1  # 12 January
            k = j + 1 if j < n and tokens[j].text == "," else j
            if k < n and re.fullmatch(r"1[89]\d\d|20\d\d", tokens[k].text):
                year, j = int(tokens[k].text), k + 1
            elif (ref is not None and j + 1 < n and tokens[j].text.lower() in _RELATIVE_PERIOD
                  and tokens[j + 1].text.lower() == "year"):
                year, j = ref.year + _RELATIVE_PERIOD[tokens[j].text.lower()], j + 2  # "in March this year"
            elif ref is not None and day is None and i > 0 and tokens[i - 1].text.lower() in ("last", "next"):
                ahead = tokens[i - 1].text.lower() == "next"  # "last November" in a September story: the one before
                year = ref.year + (1 if ahead and month <= ref.month else -1 if not ahead and month >= ref.month
                                   else 0)
                start_i = i - 1
            if year is None and day is not None:
                year = _year_for(ref, month, day, not future and _told_past_before(tokens, start_i))
            if day is not None and year is not None:
                try:
                    value, gran = dt.date(year, month, day).isoformat(), "day"
                except ValueError:
                    value, gran = f"{month:02d}-{day:02d}", "day"
            elif day is not None:
                value, gran = f"{month:02d}-{day:02d}", "day"
            elif year is not None:
                value, gran = f"{year}-{month:02d}", "month"
            elif _month_in_name(tokens, i):
                i += 1  # "Interior Secretary Mar Roxas", "Theresa May": a name, not a month
                continue
            else:
                value, gran = f"month-{month:02d}", "month"
            out.append((DateRef(tokens[start_i].start, tokens[j - 1].end, "", gran, value), start_i, j))
            i = j
            continue
        if tok.cap and (holiday := _holiday_at(tokens, i)) is not None:
            (month, day), j = holiday
            year = _year_for(ref, month, day, not future and _told_past_before(tokens, i))
            value = dt.date(year, month, day).isoformat() if year is not None else f"{month:02d}-{day:02d}"
            out.append((DateRef(tok.start, tokens[j - 1].end, "", "day", value), i, j))
            i = j
            continue
        weekday = _bare(low)  # "Tuesday's floods" name the day too
        if weekday in _WEEKDAYS and tok.cap and _any_such_day(tokens, i):
            i += 1  # "compared with a normal Monday morning": any Monday, no day of the story
            continue
        if weekday in _WEEKDAYS and tok.cap and not _after_zone(tokens, i):
            ahead = _tense_at(tokens, i)
            day = _resolve_weekday(ref, _WEEKDAYS[weekday], future if ahead is None else ahead) if ref is not None \
                else None
            told = i > 0 and tokens[i - 1].text.lower() in ("last", "next")  # "last Thursday": which one is said
            if day is not None and day == ref and told:
                day = _shift(ref, 7 if tokens[i - 1].text.lower() == "next" else -7)  # "last Thursday" in Thursday's
                # copy is a week ago, "next Monday" in Monday's a week on
            value, gran = (day.isoformat(), "day") if day is not None else (weekday, "weekday")
            first = i - 1 if told and day is not None else i
            out.append((DateRef(tokens[first].start, tok.start + len(weekday), "", gran, value), first, i + 1))
        elif weekday in _RELATIVE and ref is not None and not _title_word(tokens, i) and not _today_as_now(tokens, i) \
                and (day := _shift(ref, _RELATIVE[weekday])) is not None:  # "yesterday's election" too
            out.append((DateRef(tok.start, tok.start + len(weekday), "", "day", day.isoformat()), i, i + 1))
        elif (low == "last" and i + 1 < n and tokens[i + 1].text.lower() == "night" and ref is not None
              and (day := _shift(ref, -1)) is not None):  # "last night" in the next day's paper
            out.append((DateRef(tok.start, tokens[i + 1].end, "", "day", day.isoformat()), i, i + 2))
            i += 2
            continue
        elif low in _RELATIVE_PERIOD and i + 1 < n and tokens[i + 1].text.lower() in ("year", "month") and ref is not None:
            shift = _RELATIVE_PERIOD[low]  # "last year", "this month", "next year" against the dateline
            if tokens[i + 1].text.lower() == "year":
                gran, value = "year", str(ref.year + shift)
            else:
                m = ref.year * 12 + ref.month - 1 + shift
                gran, value = "month", f"{m // 12}-{m % 12 + 1:02d}"
            out.append((DateRef(tok.start, tokens[i + 1].end, "", gran, value), i, i + 2))
            i += 2
            continue
        elif (low in _COUNT_WORDS or (low.isdigit() and len(low) <= 2)) and i + 2 < n and ref is not None \
                and tokens[i + 1].text.lower() in ("year", "years") and tokens[i + 2].text.lower() == "ago":
            years = _COUNT_WORDS[low] if low in _COUNT_WORDS else int(low)  # "two years ago" against the dateline
            out.append((DateRef(tok.start, tokens[i + 2].end, "", "year", str(ref.year - years)), i, i + 3))
            i += 3
            continue
        elif (ago := _days_ago(tokens, i)) is not None and ref is not None and (day := _shift(ref, -ago[0])) is not None:
            out.append((DateRef(tok.start, tokens[ago[1] - 1].end, "", "day", day.isoformat()), i, ago[1]))
            i = ago[1]
            continue
        elif (low in _COUNT_WORDS or low.isdigit()) and (span := _days_apart(tokens, i)) is not None \
                and not (i and tokens[i - 1].text.lower() in _ROUGHLY) \
                and (anchor := _day_before_in(out)) is not None and (day := _shift(anchor, span[0])) is not None:
            # "named Abbasi on Saturday, a day after the court disqualified Sharif": the disqualifying is dated
            out.append((DateRef(tok.start, tokens[span[1] - 1].end, "", "day", day.isoformat(), counted=True), i,
                        span[1]))
            i = span[1]
            continue
        elif tok.kind == "num" and _WRITTEN_YEAR_TEXT.fullmatch(tok.text) and not _decade(tokens, i):
            nxt = tokens[i + 1].text.lower() if i + 1 < n else ""
            prev = tokens[i - 1].text if i else ""
            # a year, unless it counts a plural noun after it ("1898 cases"); "is", "was", "has" only look plural
            if prev not in _CURRENCY_SYMBOLS and nxt not in ("%", "per", "percent") and nxt not in _TIMEZONES and not (
                    prev.lower() not in _BEFORE_A_YEAR  # "who in 1975 became": a year before its verb
                    and prev.lower() != "the"  # "on the 2009 tests", "after the 2005 floods": a count has its comma
                    and nxt and tokens[i + 1].kind == "word" and not tokens[i + 1].cap and lemma(nxt) != nxt
                    and not nxt.endswith(("ing", "ed"))  # "the 1988 bombing", "1975 became" are years
                    and nxt not in ("season", "election") and nxt not in _FUNCTION):
                out.append((DateRef(tok.start, tok.end, "", "year", tok.text), i, i + 1))
        i += 1
    return out


# days a name gives, the same every year: "on Christmas Day", "on New Year's Eve"
_HOLIDAYS = {("christmas", "day"): (12, 25), ("christmas", "eve"): (12, 24), ("boxing", "day"): (12, 26),
             ("new", "year", "day"): (1, 1), ("new", "year", "eve"): (12, 31), ("valentine", "day"): (2, 14),
             ("halloween",): (10, 31)}


def _holiday_at(tokens: list[Token], i: int) -> tuple[tuple[int, int], int] | None:
    """((month, day), token end) of a fixed holiday named at i ("Christmas Day", "New Year's Eve"), capitalised."""
    words = tuple(_bare(t.text) for t in tokens[i:i + 3])
    for length in (3, 2, 1):
        if words[:length] in _HOLIDAYS and all(t.cap for t in tokens[i:i + length]):
            return _HOLIDAYS[words[:length]], i + length
    return None


def _days_ago(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """(days, token end) of "three days ago", "a week ago", "a fortnight ago" at i: a day counted back from the
    dateline. Longer spans ("five weeks ago") are too loosely written to name one day."""
    words = [t.text.lower() for t in tokens[i:i + 3]]
    if len(words) < 3 or words[2] != "ago":
        return None
    if words[0] in ("a", "one") and words[1] in ("week", "fortnight"):
        return (7 if words[1] == "week" else 14), i + 3
    count = _COUNT_WORDS.get(words[0]) or (int(words[0]) if words[0].isdigit() and len(words[0]) <= 2 else None)
    if count is not None and words[1] in ("day", "days"):
        return count, i + 3
    if count == 2 and words[1] == "weeks":
        return 14, i + 3
    return None


# ---------------------------------------------------------------- names

_PARTICLES = {"le", "la", "de", "del", "della", "da", "di", "du", "do", "dos", "das", "van", "von", "der", "den", "al",
              "el", "bin", "ibn", "es"}  # "dos Santos", "Rio Grande do Sul", "Dar es Salaam"
_CONNECTORS = {"&", "of", "for", "the", "de", "del", "della", "da", "di", "du", "do", "dos", "das", "la", "le", "van",
               "von", "der", "den", "bin", "al", "el", "ibn", "y", "und", "es"}
_NOT_NAMES = {
    "the", "a", "an", "but", "and", "or", "if", "in", "on", "at", "as", "for", "from", "to", "with", "by", "of",
    "this", "that", "these", "those", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you", "his",
    "her", "their", "our", "my", "meanwhile", "however", "while", "when", "after", "before", "since", "although",
    "though", "because", "still", "also", "yet", "so", "then", "now", "some", "many", "most", "more", "all",
    "one", "two", "three", "other", "another", "such", "what", "who", "which", "where", "how", "why", "no", "not",
    "asked", "according", "earlier", "later", "last", "next", "both", "each", "every", "any", "only", "just",
    "even", "few", "several", "officials", "analysts", "police", "shares", "stocks", "under", "over", "about",
    "despite", "during", "until", "unlike", "like", "without", "instead", "indeed", "overall", "separately",
    "mr", "mrs", "ms", "western", "eastern", "northern", "southern", "speaking", "today", "quoting", "citing",
    "echoing", "paraphrasing", "addressing", "praising", "thanking", "congratulating", "backing", "criticising",
    "criticizing", "replacing", "succeeding", "joining", "describing",
    # a pronoun's contraction opening a quotation: "We've been waiting"
    "we've", "we're", "we'll", "we'd", "i'm", "i've", "i'll", "i'd", "it's", "it'll", "he's", "she's", "they're",
    "they've", "they'll", "you're", "you've", "that's", "there's", "let's", "here's", "what's",
}
_NOT_NAMES |= {w.replace("'", "’") for w in _NOT_NAMES if "'" in w}
_ACRONYM = re.compile(r"^[A-Z][A-Z.&]{1,7}$")
_CAPITALISED_NOUNS = frozenset({"government", "cabinet", "opposition", "administration"})  # capitalised, alone
_FIELDS = frozenset({"IT", "HR", "PR", "AI", "ICT"})  # acronyms of a trade's field, written before the trade


_TIMEZONES = {"gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "eet",
              "aest", "aedt", "ist", "jst", "msk", "hkt", "sgt"}
_NOT_NAME_WORDS = set(_MONTHS) | set(_WEEKDAYS) | _TIMEZONES | {"yesterday", "today", "tomorrow"}


def _is_name_token(t: Token) -> bool:
    return t.kind in ("word", "alias") and (t.cap or _ELIDED_PARTICLE.match(t.text) is not None) \
        and t.text[:1].isalpha() and t.text.lower().rstrip(".") not in _NOT_NAME_WORDS


_ELIDED_PARTICLE = re.compile(r"[dl]['’][A-Z]")  # "Musée d'Orsay", "Valéry Giscard d'Estaing": part of the name


def _org_follows(tokens: list[Token], k: int, lex: Lexicons) -> bool:
    """Capitalised words from k on that end in an organisation word: "Competition and Consumer Commission",
    "Securities and Exchange Commission", "Food and Drug Administration" (not "Britain and France")."""
    while k < len(tokens) and _is_name_token(tokens[k]):
        if tokens[k].text.lower() in lex.org_words:
            return True
        k += 1
    return False


def _office_follows(tokens: list[Token], k: int, lex: Lexicons) -> bool:
    """Capitalised words from k on hold an office's title ("Cyber Security Minister")."""
    while k < len(tokens) and _is_name_token(tokens[k]):
        if (w := tokens[k].text.lower().rstrip(".")) in lex.titles and w not in lex.portfolios:
            return True
        k += 1
    return False


def _body_of(run: list[Token], lex: Lexicons) -> bool:
    """The run names a body by what it is of or for: "Department of Health", "Ministry for Housing"."""
    return any(u.text.lower() in ("of", "for") and m > 0 and run[m - 1].text.lower().rstrip(".") in lex.org_words
               for m, u in enumerate(run))


def _listed_fields(tokens: list[Token], k: int, lex: Lexicons) -> int | None:
    """Where the rest of a body's list of fields ends, from k on ("Housing and Communities" after "Department for
    Levelling Up,"): capitalised common words, "and", capitalised common words; None when they are names."""
    def field(m: int) -> int:
        while m < len(tokens) and _is_name_token(tokens[m]) and _field_word(tokens[m].text, lex):
            m += 1
        return m
    m = field(k)
    while m > k and m + 1 < len(tokens) and tokens[m].text == "," and field(m + 1) > m + 1:
        m = field(m + 1)  # "Alcohol, Tobacco, Firearms and Explosives": a longer list of fields
    if m == k or m >= len(tokens) or tokens[m].text.lower() != "and":
        return None
    end = field(m + 1)
    return end if end > m + 1 else None


def _field_word(word: str, lex: Lexicons) -> bool:
    from .wordnet import wordnet

    low = word.lower()
    return (low not in lex.org_words and low not in lex.places
            and any(wordnet().senses(b) for b in wordnet().base_forms(low)))


def _portfolio_follows(run: list[Token], tokens: list[Token], k: int, lex: Lexicons) -> bool:
    """The second field of a body named for two: "Department of Fisheries and Oceans"; not "the Bank of England and
    Barclays" (a name after "and", not a common word), nor "Ministry of Defence and Foreign Office" (a body)."""
    if not _body_of(run, lex) or k >= len(tokens) or not _is_name_token(tokens[k]):
        return False
    word = tokens[k].text
    return (_field_word(word, lex)  # "Oceans", "Communities"
            and not (k + 1 < len(tokens) and _is_name_token(tokens[k + 1])
                     and tokens[k + 1].text.lower() in lex.org_words))


def _common_word(word: str) -> bool:
    """A word WordNet knows as an adjective or a common noun, written in lower case ("leftist", "veteran")."""
    from .wordnet import wordnet

    return any(s[0] in "asr" for b in wordnet().base_forms(word.lower()) for s in wordnet().senses(b))


def _month_in_name(tokens: list[Token], j: int) -> bool:
    """A month's name used as a name: "Interior Secretary Mar Roxas", "June Sarpong", "Theresa May" (not "Mar 13",
    "in March Russia", "last May")."""
    t = tokens[j]
    if not (t.kind == "word" and t.cap and t.text.lower() in _MONTHS and not t.text.endswith(".")):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    prev = tokens[j - 1] if j > 0 else None
    if nxt is not None and (nxt.kind == "num" or nxt.text == "."):
        return False  # "Mar 13", "Sept. 23"
    before = prev is not None and prev.kind == "word" and _is_name_token(prev) and prev.text.lower() not in _NOT_NAMES
    after = nxt is not None and nxt.kind == "word" and _is_name_token(nxt)
    speaks = nxt is not None and nxt.text.lower() in _SPEECH_VERBS | {"had"}  # '"...," May said', "May told
    # parliament", "May had given Moscow until midnight": a person's name, not the month
    return after or before or speaks


def _portfolio_goes_on(tokens: list[Token], start: int, end: int, lex: Lexicons) -> bool:
    """ "The Minister for Home Affairs and Cyber Security, Clare O'Neil,": the words after "and" end an office's
    portfolio ("Minister for ..."), not a person's name, when the holder's name follows."""
    if start < 3 or tokens[start - 1].text.lower() != "and":
        return False
    k = start - 2
    while k > 0 and tokens[k].text[:1].isupper():
        k -= 1
    if not (k >= 1 and k < start - 2 and tokens[k].text.lower() in ("for", "of")
            and tokens[k - 1].text.lower() in lex.titles):
        return False
    after = end + 1 if end < len(tokens) and tokens[end].text == "," else end
    return after < len(tokens) and _is_name_token(tokens[after])


_PORTFOLIO_TITLES = {"minister", "secretary", "commissioner", "spokesman", "spokeswoman", "spokesperson"}


def _portfolio_half(tokens: list[Token], b: int, names: list[Name], lex: Lexicons) -> int | None:
    """Where the capitalised words before "and" at b begin ("Home Affairs and ..."), when they are no person and
    no place: the first half of an office's portfolio."""
    if b < 1 or tokens[b].text.lower() != "and" or not tokens[b - 1].text[:1].isupper():
        return None
    k = b - 1
    while k >= 1 and tokens[k - 1].text[:1].isupper() and tokens[k - 1].kind == "word":
        k -= 1
    words = " ".join(t.text.lower() for t in tokens[k:b])
    last = names[-1] if names and names[-1].end > tokens[k].start else None
    if words in lex.places or (last is not None and last.kind in ("person", "place")) or b - k > 3:
        return None
    return k


def _particles_then_name(tokens: list[Token], k: int) -> bool:
    """ "von Eschenbach", "van der Merwe": one or two particles, then a name word."""
    m = k
    while m < len(tokens) and m < k + 2 and tokens[m].text.lower() in _PARTICLES:
        m += 1
    return k < m < len(tokens) and _is_name_token(tokens[m])


def _article_particle(tokens: list[Token], k: int) -> bool:
    """An Arabic article joined to the name after it: "al-" of "al-Falih", "el-" of "el-Sheikh"."""
    return (tokens[k].text.lower() in ("el", "al") and k + 2 < len(tokens) and tokens[k + 1].text == "-"
            and _adjacent(tokens[k], tokens[k + 1]) and _is_name_token(tokens[k + 2]))


_IRISH_COUNTIES = frozenset({
    "antrim", "armagh", "carlow", "cavan", "clare", "cork", "derry", "donegal", "down", "dublin", "fermanagh", "galway",
    "kerry", "kildare", "kilkenny", "laois", "leitrim", "limerick", "londonderry", "longford", "louth", "mayo", "meath",
    "monaghan", "offaly", "roscommon", "sligo", "tipperary", "tyrone", "waterford", "westmeath", "wexford", "wicklow"})
_STREET_LEADS = frozenset({"rue", "calle", "avenida", "viale", "corso"})


def _street_lead(tokens: list[Token], k: int) -> bool:
    """A street word written in lower case before the street's name ("the rue Cambon", "rue de Castiglione")."""
    nxt = k + 2 if k + 2 < len(tokens) and tokens[k + 1].text.lower() in _PARTICLES else k + 1
    return tokens[k].text in _STREET_LEADS and nxt < len(tokens) and _is_name_token(tokens[nxt])


def _glued_to_names(tokens: list[Token]) -> frozenset[int]:
    """Figures written onto a capitalised word ("Jet2", "G20", "COP26", "MH17"): part of a name, no quantity. Not a
    quarter or half of a year ("Q3", "H1")."""
    return frozenset(k for k in range(1, len(tokens)) if tokens[k].kind == "num" and tokens[k].text.isdigit()
                     and tokens[k - 1].kind == "word" and tokens[k - 1].end == tokens[k].start
                     and tokens[k - 1].text[:1].isupper() and tokens[k - 1].text not in ("Q", "H", "FY")
                     and (k + 1 >= len(tokens) or tokens[k + 1].start > tokens[k].end or _plural_s(tokens, k + 1)))


def _plural_s(tokens: list[Token], k: int) -> bool:
    """A plural "s" written onto a figure that ends a name ("nine Nimrod MRA4s")."""
    return tokens[k].text == "s" and tokens[k].start == tokens[k - 1].end and (
        k + 1 >= len(tokens) or tokens[k + 1].start > tokens[k].end)


_NAME_PREFIXES = frozenset({"St", "Ste", "Mt", "Ft"})  # abbreviations that open a name ("St. Mary's Basilica")


def find_names(tokens: list[Token], lex: Lexicons, skip: frozenset[int] = frozenset()) -> list[Name]:
    """Capitalised runs, split into role words and the name itself; `skip` tokens belong to dates and numbers."""
    names: list[Name] = []
    n = len(tokens)
    pos = {id(t): k for k, t in enumerate(tokens)}  # a token's index (Tokens compare by value: index() is slow)
    i = 0
    while i < n:
        t = tokens[i]
        if not (_is_name_token(t) or _month_in_name(tokens, i) or _article_particle(tokens, i)
                or _street_lead(tokens, i)) or i in skip:
            i += 1
            continue
        j = i
        run: list[Token] = []
        while j < n:
            tj = tokens[j]
            if run and tj.kind == "num" and tj.start == run[-1].end and tj.text.isdigit() and (
                    j + 1 >= n or tokens[j + 1].start > tj.end or _plural_s(tokens, j + 1)) \
                    and run[-1].text[-1:].isalpha():
                run.append(tj)  # "Jet2", "G20", "COP26", "MRA4s": the figure is part of the name
                j += 1
                break
            if j in skip:
                break
            if tj.text.lower() == "of" and (_titled_person(run, lex) or _person_from(run, tokens, j, lex)
                                            or _company_from(run, tokens, j, lex)):
                break  # "Judge Jerry Baxter of Fulton County Superior Court": a person, then where they serve
            if (_is_name_token(tj) or _month_in_name(tokens, j)
                    or tj.text.lower() in _CONNECTORS and run and j + 1 < n and (_is_name_token(tokens[j + 1]) or (
                        tokens[j + 1].text.lower() in _PARTICLES and j + 2 < n and _is_name_token(tokens[j + 2])))
                    # "Fernando de la Rúa", "Rafael van der Vaart": two particles in a row
                    or tj.text.lower() == "of" and run and any(u.text.lower() in lex.org_words for u in run)
                    and j + 2 < n and tokens[j + 1].text.lower() == "the" and _is_name_token(tokens[j + 2])
                    # "Office of the Comptroller of the Currency", "Department of the Treasury": a body of a thing
                    or tj.text.lower() == "and" and run and _org_follows(tokens, j + 1, lex)
                    and not any((w := u.text.lower().rstrip(".")) in lex.titles and (
                        w not in lex.portfolios or any(v.text.lower() in lex.org_words for v in run)
                        or _office_follows(tokens, j + 1, lex)) for u in run)  # not
                    # "Finance Minister Pier Carlo Padoan and Senate Speaker Pietro Grasso": two officers, nor
                    # "Ministry of Defence and Foreign Office", two bodies (but "the Defence Research and
                    # Development Organisation": a portfolio alone is no officer, unless an office follows: "Home
                    # Affairs and Cyber Security Minister Clare O'Neil")
                    or tj.text.lower() == "and" and run and _portfolio_follows(run, tokens, j + 1, lex)
                    or tj.text.lower() == "and" and run and j + 1 < n and _is_name_token(tokens[j + 1])
                    and run[-1].text.lower().rstrip(".") in lex.titles
                    and run[0].text.lower() not in lex.titles | {"the", "a", "an"}
                    and tokens[j + 1].text.lower().rstrip(".") in lex.titles):  # "Comcast Chairman and Chief
                # Executive Brian Roberts": one man's two titles
                run.append(tj)
                j += 1
            elif tj.text == "," and run and _body_of(run, lex) and (end := _listed_fields(tokens, j + 1, lex)):
                run += tokens[j:end]  # "Department for Levelling Up, Housing and Communities": one body's fields
                j = end
            elif tj.text == "-" and run and j + 1 < n and _is_name_token(tokens[j + 1]) and _adjacent(run[-1], tj):
                run.append(tj)  # Nato-Russia, al-Assad
                j += 1
            elif tj.text == "-" and run and j + 3 < n and tokens[j + 1].text in _HYPHENED_PARTICLES \
                    and tokens[j + 2].text == "-" and _is_name_token(tokens[j + 3]) and _adjacent(run[-1], tj) \
                    and _adjacent(tokens[j + 2], tokens[j + 3]):
                run += tokens[j:j + 4]  # "Lamotte-du-Rhône", "Saint-Jean-de-Luz", "Stratford-upon-Avon": one place
                j += 4
            elif tj.text == "-" and run and _hyphened_title(tokens, j - 1, lex):
                run += tokens[j:j + 4]  # "Reuters Editor-in-Chief Stephen J. Adler": one title, not "Reuters Editor"
                j += 4
            elif _article_particle(tokens, j):
                run += [tj, tokens[j + 1]]  # "Sharm el-Sheikh", "Bashar al-Assad", "al-Falih told"
                j += 2
            elif not run and _street_lead(tokens, j):
                run.append(tj)  # "rue Cambon", "calle Mayor": the street word, lower case in its own language
                j += 1
            elif tj.text == "-" and _syllable_after(tokens, j, run):
                run += [tj, tokens[j + 1]]  # a two-syllable given name: "Park Ji-hoon", "Kim Dong-woo"
                j += 2
            elif (tj.text in ('"', "“") and run and j + 3 < n and _is_name_token(tokens[j + 1])
                  and tokens[j + 2].text in ('"', "”") and _is_name_token(tokens[j + 3])):
                run += [tj, tokens[j + 1], tokens[j + 2]]  # a nickname in quotation marks: Francis R. "Dick" Scobee
                j += 3
            elif (tj.text == "(" and run and j + 3 < n and _is_name_token(tokens[j + 1]) and tokens[j + 2].text == ")"
                  and _is_name_token(tokens[j + 3]) and len(run) == 1 and not _is_role_word(tokens[j + 3], lex)
                  and (lex.places.get(run[0].text.lower()) is None)):
                run += [tj, tokens[j + 1], tokens[j + 2]]  # a nickname in brackets: "Warren (Smokey) Thomas"
                j += 3
            elif (tj.text == "." and run and (len(run[-1].text) == 1 and run[-1].text.isupper()
                                              or run[-1].text in _NAME_PREFIXES) and _adjacent(run[-1], tj)
                  and j + 1 < n and (_is_name_token(tokens[j + 1]) or tokens[j + 1].text in ('"', "“") or _particles_then_name(tokens, j + 1))):
                run.append(tj)  # a middle initial: "Douglas J. Feith", "Andrew C. von Eschenbach"; "St. Mary's
                # Basilica", "Mt. Everest": an abbreviation that opens the name
                j += 1
            else:
                break
        owner = next((m for m, u in enumerate(run[:-1]) if u.text.endswith(("'s", "’s")) and not _is_role_word(u, lex)),
                     None)
        if owner is not None and owner == 1 + (run[1].text == ".") \
                and run[0].text.rstrip(".") in ("St", "Saint", "Ste"):
            owner = None  # "St Paul's Cathedral", "St Thomas' Hospital": a saint's name names the building
        if owner is not None and run[owner].text.lower().replace("’", "'") in _COLLECTIVE_POSSESSIVES:
            owner = None  # "People's Square", "the Women's Institute": the possessive is part of the name
        if owner is not None and _bare(run[owner].text) in lex.titles and owner > 0 \
                and run[owner - 1].text.lower() in lex.titles and run[owner + 1].text.lower() in lex.org_words:
            owner = None  # "the Prosecutor General's Office", "the Attorney General's Office": an office's body
        if owner is not None and not any(u.text.lower().rstrip(".") in lex.titles for u in run[owner + 1:]):
            j = pos[id(run[owner])] + 1  # "Netscape's Web browser": the possessor's name ends at its "'s"; not
            run = run[:owner + 1]  # "Disney's Chief Executive Robert Iger", where it is the office's
        i = j
        # drop a sentence-initial common word ("The", "But") from the run
        while run and (run[0].first or run[0].text.lower() in _NOT_NAMES) and run[0].text.lower() in _NOT_NAMES:
            run = run[1:]
        if (len(run) > 2 and run[0].first and run[0].kind == "word" and not _is_role_word(run[0], lex)
                and run[0].text.lower() not in lex.places and _common_word(run[0].text)
                and run[1].text.lower().rstrip(".") not in lex.org_words
                and run[2].text != "-"):  # "Lee Jae-yong, his grandson": a family name before a two-syllable given name
            run = run[1:]  # "Leftist Luiz Inacio Lula da Silva": an adjective that only opens the sentence, not the
            # first word of a body's name ("Maritime Union of Australia")
        while run and run[-1].text.lower() in _CONNECTORS | {"-"}:
            run = run[:-1]
        if not run or _portfolio_goes_on(tokens, pos[id(run[0])], pos[id(run[-1])] + 1, lex):
            continue
        if len(run) == 1 and run[0].text.lower() in _CAPITALISED_NOUNS and not run[0].first:
            continue  # "which advised the Government on the sale": British copy's capital, no name
        if run[-1].text in _FIELDS and pos[id(run[-1])] + 1 < n and tokens[pos[id(run[-1])] + 1].text.islower():
            run = run[:-1]  # "the British IT consultant", "an HR manager": a trade's field, no body
            if not run:
                continue
        # role words at the front of the run (Russian Deputy Foreign Minister ...)
        k = 0
        is_org = any(t.text.lower().rstrip(".") in lex.org_words or _bare(t.text) in lex.org_words for t in run) \
            or _venue([t.text.lower() for t in run])
        # "The Delhi Police's crime branch": a body's name, possessive
        titled = next((m for m in range(len(run) - 1, 0, -1) if run[m - 1].text.lower().rstrip(".") in lex.titles
                       and run[m].text.lower() not in _CONNECTORS | {"and", ","} and run[m - 1].kind == "word"), None)
        if is_org and titled is not None and not any(
                t.text.lower().rstrip(".") in lex.org_words for t in run[titled:]):
            is_org = False  # "Treasury Secretary Henry Paulson": an organisation's office, then a person
        street = len(run) >= 2 and run[-1].text.lower() in _GEOGRAPHIC_HEADS and run[-2].kind == "alias"
        geographic = len(run) >= 2 and run[-1].text.lower() in _GEOGRAPHIC_HEADS and run[-1].cap
        while not is_org and not street and k < len(run) - 1 and (
                _is_role_word(run[k], lex) and not _half_title(run, k, lex)
                or any(_hyphened_title(run, m, lex) for m in range(max(0, k - 3), k))) \
                and not (geographic and run[k].text.lower() in lex.titles):
            k += 1  # not "Wellington Street", "Moscow Road": a place named after a city, not a city's street; not
            # "Queen Maud Gulf", "King William Island", "Prince Edward Island": a place named after a person
        if k > 0 and all(t.text.lower() in lex.portfolios for t in run[:k]) and k == len(run) - 1 \
                and run[k].text.lower() not in lex.titles and _noun(run[k].text):
            k = 0  # "The Social Democrats and the Greens": a field with no office before a common noun is a word of
            # the name (but "Home Affairs and Cyber Security Minister Clare O'Neil": fields of the office that
            # follows; "Chief Secretary to the Treasury Danny Alexander": a field, then a person)
        for m in range(len(run) - 1, k, -1):
            if not is_org and run[m - 1].text.lower().rstrip(".") in lex.titles and run[m].text.lower() not in (
                    "and", "&") and not _half_title(run, m - 1, lex):  # not "Erdogan's Justice and Development
                # party": a field of a body's name
                if run[m - 1].text.lower() in lex.portfolios and k == 0:
                    break  # "Vela International Marine": a field with no office after it is a word of a name
                if geographic:
                    break  # "Glasgow Queen Street", "King Street": a place named after the title
                k = m  # "FTC Chairman Tim Muris": the role runs to the last title word
                break
        vessel = _vessel(tokens, pos[id(run[0])], run)
        if vessel:
            k = 0  # "the anti-submarine ship Admiral Tributs", "KNM Helge Ingstad": a ship's name, title and all
        core = run[k:]
        while core and core[0].text.lower() in _CONNECTORS \
                and not (core[0].cap and len(core) > 1 and core[0].text != "The") \
                and not (len(core) > 2 and core[1].text == "-"):
            core = core[1:]  # "of England", but a capitalised particle begins a surname: "Le Pen", "De Gaulle", and
            # so does an article joined to it: "al-Falih"
        if not core or (not is_org and (k > 0 or _after_article(tokens, pos[id(run[0])])) and all(
                t.text.lower().rstrip(".") in lex.titles for t in core)):
            continue  # "The Prime Minister said", "the new King said": an office, no name
        role_toks = list(run[:k])
        of_body = k > 0 and run[k - 1].text.lower() == "of" and len(core) == 1  # "the Mayor of Greymouth": whose
        if of_body:  # office it is, not who holds it
            role_toks = []
        # lower-case role words just before the run: "Nato secretary-general Jens Stoltenberg"
        b = pos[id(run[0])] - 1
        while b >= 0 and (tokens[b].text.lower() in lex.titles or tokens[b].text == "-"
                          or tokens[b].text.lower() in ("then", "ex") and b + 1 < len(tokens) and tokens[b + 1].text == "-"
                          or (_is_name_token(tokens[b]) and _is_role_word(tokens[b], lex))
                          or (tokens[b].text == "." and b >= 1 and tokens[b - 1].text.lower() + "." in lex.titles
                              and _adjacent(tokens[b - 1], tokens[b]))):  # "Sen. Luis de la Garza"
            role_toks.insert(0, tokens[b])
            b -= 1
        set_off = False
        if not role_toks:
            role_toks, c = _role_before(tokens, b, pos[id(run[-1])] + 1, lex)
            if role_toks and _own_role_after(tokens, pos[id(run[-1])] + 1, lex):
                role_toks = []  # "by the Japanese prime minister, Mr Tusk, president of the European Council": a
                # list, each name with the role after it
            else:
                b = c
            set_off = bool(role_toks)
        elif role_toks[-1].text.lower() in _PORTFOLIO_TITLES and (half := _portfolio_half(tokens, b, names, lex)) \
                is not None:
            # "Home Affairs and Cyber Security Minister Clare O'Neil": the portfolio's first half is the office's
            if names and names[-1].end > tokens[half].start:
                names.pop()
            role_toks = tokens[half:b] + role_toks
            b = half - 1
        initial = False
        if run[0].first and len(run) == 1 and not role_toks and core[0].kind != "alias":
            # a lone capitalised first word: a name only if it looks like one
            if core[0].text.lower() in lex.titles or not _looks_proper(core[0], lex):
                continue
            initial = core[0].text.lower() not in lex.places and not _ACRONYM.match(core[0].text)
        keys = _party_state(tuple(_name_key(t, lex) for t in core if t.text not in ("-", ".", '"', "“", "”")), lex)
        keys = _state_of_a_town(core, tokens, b, lex) or keys
        if street or _venue([t.text.lower() for t in core]):
            keys = tuple(fold_accents(t.text.lower()) for t in core)  # "Wellington Street", "Manila City Hall": the
            # written words (not the country "Manila" stands for in "Manila said")
        appointed = _appointed_as(tokens, pos[id(run[0])] - 1, pos[id(run[-1])] + 1, lex)
        after = appointed or ([] if set_off else _role_after(tokens, pos[id(run[-1])] + 1, lex))  # "The city's
        # mayor, Michael Haupl, promised to help": the name closes the aside; what follows is what he did
        prev = tokens[b].text.lower() if b >= 0 else ""
        place_of = prev == "of" and b >= 1 and tokens[b - 1].text.lower() in PLACE_NOUNS | _PLACE_PLURALS \
            or prev == "and" and _listed_places_of(tokens, b)
        if place_of or of_body:
            prev = "in"  # "the nearby town of Anjar", "the port of Ferrol": said to be a place
        elif prev == "at" and _arrived_before(tokens, b):
            prev = "in"  # "landed at Siem Reap airport", "arrived hours late at Egmore station": where one arrived,
            # a place
        kind = _classify(core, role_toks + after, lex, prev)
        if kind == "org" and len(core) > 1 and _bare(core[-1].text.lower()) not in lex.org_words and (
                role_toks and _officer(role_toks[-1].text.lower(), lex)
                or any(_officer(w := t.text.lower(), lex) and w.endswith(("man", "woman", "person")) for t in after)):
            kind = "person"  # "Police spokeswoman Charity Charamba", "Charity Charamba, a police spokeswoman": an
            # officer's title before a name, or one only a person holds after it, says a person, whatever a word of
            # the name means (not "the federal Department of Fisheries and Oceans", "the Court of Accounts, the state
            # auditor")
        if len(keys) == 2 and keys[0] == "co" and keys[1] in _IRISH_COUNTIES:
            keys, kind = ("county", keys[1]), "place"  # "Co Down", "Co. Kerry": an Irish county, not a company
        if kind == "other" and _aged_after(tokens, pos[id(run[-1])] + 1):
            kind = "person"  # "Chae Jong-gi, a 59-year-old who was convicted in 2006": an age says a person
        if place_of and not role_toks and kind == "person":
            kind, after = "place", []  # "the village of Otesevo, the first visit by a Greek prime minister": the
            # aside after a place is what happened there, not who it is
        nxt = pos[id(run[-1])] + 1
        if kind in ("other", "person") and nxt < len(tokens) and (
                tokens[nxt].text in _AREA_NOUNS | _WATERS_AFTER
                or tokens[nxt].text in _PLACE_PLURALS and prev == "and"):  # "Csongrád and Baranya counties" (not
            # "European ports": ports of Europe)
            kind = "place"  # "Dresden's Pieschen district", "the Neustadt district", "the Piusa river": the noun
            # after says what it is
        elif (kind == "other" or kind == "person" and core[0].text.lower() not in lex.given_names) \
                and not role_toks and _body_set_off_after(tokens, nxt):
            kind = "org"  # "published on Monday by El Mundo, the Spanish daily": what the aside calls it (not
            # "said Svante Weyler, a Stockholm publisher": a given name says a person)
        elif kind == "other" and nxt + 1 < len(tokens) and tokens[nxt].text == "," \
                and tokens[nxt + 1].text.lower() in ("near", "outside"):
            kind = "place"  # "launched from Sunan, near the North Korean capital": where it lies says what it is
        elif kind == "person" and not role_toks and prev == "the" and _building_after(tokens, nxt):
            kind = "place"  # "the La Moneda presidential palace": a building, named for whoever (not "John Smith
            # building a house")
        elif kind in ("other", "person") and nxt < len(tokens) and tokens[nxt].text in _BODY_PARTS \
                and " ".join(t.text.lower() for t in core) not in lex.places:
            kind = "org"  # "the Kreditbanken branch", "the Unilever subsidiary": a body's part says it is a body
        if kind == "person" and not role_toks and prev == "of" and b >= 1 \
                and tokens[b - 1].text.lower().rstrip(".") in lex.titles:
            kind = "other"  # "agriculture minister of Lower Saxony": the body of the office, not who holds it
        at = pos[id(run[0])] - 1
        if kind == "person" and names and names[-1].kind == "person" and at >= 1 and tokens[at].text.lower() == "of" \
                and tokens[at - 1].end == names[-1].end:
            kind = "org"  # "Lieutenant Commander Peter Coombs of RNAS Culdrose": where the person serves
        if vessel:
            kind, role_toks, after = "other", [], []  # a ship, whoever it is named after
        if role_toks and any(t.text.lower() in _PAST_WORDS for t in after):
            after = []  # "Opposition Leader Brendan Nelson, a former defence minister": the office held now, not
            # the one held before
        then = [] if role_toks or after or vessel \
            else _office_then(tokens, pos[id(run[0])] - 1, pos[id(run[-1])] + 1, lex)
        if then:
            after = then  # "when Janette Garin was health secretary": an office she held before, not now
        role_all = role_toks + after
        role = tuple(_name_key(t, lex) for t in role_all if t.kind != "punct" and t.text.lower() not in _CONNECTORS)
        if then:
            role = ("former", *role)
        shown = role_toks or after
        rs = (shown[0].start, shown[-1].end) if shown else None
        names.append(Name(core[0].start, core[-1].end, "", keys, kind, role, "", rs, initial, bool(appointed), vessel))
    return names


def _state_of_a_town(core: list[Token], tokens: list[Token], b: int, lex: Lexicons) -> tuple[str, ...] | None:
    """A capital's name written after a town and a comma is the state of that name ("Snohomish, Washington"): the
    key of "Washington state", not of the country whose capital the name alone stands for."""
    if len(core) != 1 or core[0].kind != "alias" or b < 1 or tokens[b].text != "," or not tokens[b - 1].cap:
        return None
    state = f"{core[0].text.lower()} state"
    return (lex.aliases.get(tuple(state.split()), state),) if lex.places.get(state) == "state" else None


_PARTIES = {"r": "republican", "d": "democrat", "i": "independent"}


def _party_state(keys: tuple[str, ...], lex: Lexicons) -> tuple[str, ...]:
    """US style "R-Tenn." is "Republican of Tennessee": the party letter spelled out before a state."""
    if len(keys) == 2 and keys[0] in _PARTIES and lex.places.get(keys[1]) == "state":
        return _PARTIES[keys[0]], keys[1]
    return keys


def _name_key(t: Token, lex: Lexicons) -> str:
    """A name word's key: its alias, else the word folded but never stemmed ("SARS" stays "sars")."""
    if t.kind == "alias":
        return t.key
    w = fold_accents(t.text.lower().replace("’", "'")).removesuffix("'s").rstrip("'")
    return lex.spelling.get(w, w)


_APPOINTING = {"named", "appointed", "elected", "installed", "chosen", "picked"}
_BEING = {"is", "was", "has", "had", "have", "been", "be"}
_OFFICE_OPENERS = ("the", "its", "their")  # "as its leader": read, then left out of the office


def _office_from(tokens: list[Token], k: int, lex: Lexicons) -> list[Token]:
    """The office an appointing verb gives from k on ("interim chief executive on Wednesday"): its words up to the
    last title word before a clause mark or another preposition; nothing without a title word."""
    if k < len(tokens) and tokens[k].text.lower() == "as":
        k += 1
    words: list[Token] = []
    while (k < len(tokens) and tokens[k].kind in ("word", "alias") and len(words) < 6
           and (tokens[k].text.lower() not in _FUNCTION or tokens[k].text.lower() in ("of",) + _OFFICE_OPENERS)):
        words.append(tokens[k])
        k += 1
    last = max((m for m, t in enumerate(words) if t.text.lower() in lex.titles), default=None)
    first = next((m for m, t in enumerate(words) if t.text.lower() not in _OFFICE_OPENERS), 0)
    return words[first:last + 1] if last is not None else []


_THEN = {"when", "while"}  # "when X was health secretary": the clause of another time


def _office_then(tokens: list[Token], before: int, k: int, lex: Lexicons) -> list[Token]:
    """The office a "when" clause says a name held ("when Janette Garin was health secretary"): its words, up to
    the last title word; nothing without one."""
    if before < 0 or tokens[before].text.lower() not in _THEN or k >= len(tokens) or tokens[k].text.lower() != "was":
        return []
    return _office_from(tokens, k + 1, lex)


def _appointed_as(tokens: list[Token], before: int, k: int, lex: Lexicons) -> list[Token]:
    """The office a name is given by an appointing verb: "Srinivas Vadlamani, who was named interim chief
    executive", "named Ram Mynampati, a board member, as interim chief executive" (what the person is made, not
    what they were)."""
    n = len(tokens)
    if before >= 0 and tokens[before].text.lower() in _APPOINTING:
        j = k
        if j < n and tokens[j].text == ",":  # past an appositive: "named X, a board member, as ..."
            j = next((m for m in range(j + 1, min(n, j + 16)) if tokens[m].text in (",", ".", ";")), n)
            j = j + 1 if j < n and tokens[j].text == "," else n
        return _office_from(tokens, j, lex) if j < n and tokens[j].text.lower() == "as" else []
    if k + 2 < n and tokens[k].text == "," and tokens[k + 1].text.lower() == "who":
        j = k + 2
        while j < n and tokens[j].text.lower() in _BEING:
            j += 1
        if j < n and tokens[j].text.lower() in _APPOINTING and j > k + 2:
            return _office_from(tokens, j + 1, lex)
    return []


def _of_a_second(tokens: list[Token], i: int) -> bool:
    """ "two tenths of a second", "a fraction of a second", "metres per second": the unit of time, no rank."""
    before = [t.text.lower() for t in tokens[max(0, i - 2):i]]
    return before == ["of", "a"] or before[-1:] == ["per"]


def _role_after(tokens: list[Token], k: int, lex: Lexicons) -> list[Token]:
    """An appositive role after a name: "Jens Stoltenberg, Nato's secretary-general, said"."""
    n = len(tokens)
    if k >= n or tokens[k].text != ",":
        return []
    k += 1
    after: list[Token] = []
    while k < n and tokens[k].text not in (",", ".", ";", ":", '"', "“", "”") and len(after) < _APPOSITIVE_MAX:
        after.append(tokens[k])
        k += 1
    if k < n and len(after) == _APPOSITIVE_MAX and any(x.text.lower() in lex.titles and y.text.islower()
                                                        and y.text.endswith("ed") for x, y in zip(after, after[1:])):
        return []  # no mark closes it, and a verb follows its title: "near New Albany, the 79-year-old president
        # described the roughly 1,000 acres ...": the sentence's subject and its verb, not an aside about the name
    if not any(t.text.lower() in lex.titles and not (t.text[:1].isupper() and t.text.lower() in KIN) for t in after):
        return []  # "McCool, Rick Husband, Michael Anderson": a capitalised kin word is a surname
    if any(x.text.lower() in lex.titles and y.text[:1].isupper() and y.kind == "word"
           and y.text.lower() not in lex.titles and not y.text.endswith(("'s", "’s"))
           and (x.text[:1].islower() or y.text.lower() not in lex.places) for x, y in zip(after, after[1:])):
        return []  # "William McCool, payload commander Michael Anderson", "Abiy Ahmed, Egyptian President Abdel
        # Fattah el-Sissi and ...": the next titled name of a list (not "President Biden's chief of staff")
    if after and (after[0].text.lower() in _NOT_APPOSITIVE or after[0].text.lower() in _PLACE_OR_TIME_PREPS):
        return []  # a relative clause, a verb, or the next item of a list: "Takeshi Arai, and South Korea's ...",
        # "Pieter de Ruyter, will chair its board"
    if any(t.text.lower() in _SPEECH_VERBS for t in after):
        return []  # "... in the town of Basey, a provincial disaster official said": who told it, not who Basey is
    if len(after) > 1 and after[0].text.islower() and after[0].text.endswith(("ing", "ed")) \
            and after[1].text.lower() in _PARTICIPLE_PREPS:
        return []  # "President Recep Tayyip Erdogan, standing with South Korea's prime minister, Chung Sye-kyun":
        # a participle and its preposition tell what the person did, and whose role follows is the next name's
    if after and _inflected_verb(after[0].text):
        return []  # "on holiday in Cornwall, flew back to London ... to chair": the sentence's verb, not a role
    if after and after[0].text.islower() and after[0].text.endswith("ing") \
            and after[0].text not in _ROLE_PARTICIPLES | lex.titles and _inflected_verb(after[0].text, ing=True):
        return []  # "the counties of Csongrad and Bacs-Kiskun, giving police and army wider powers": what was done
    return after


def _inflected_verb(word: str, ing: bool = False) -> bool:
    """A lower-case verb in a form of its own ("flew", "returned"), which no role opens with; with `ing`, a
    participle in "-ing" too ("giving"), though WordNet has it as a noun as well."""
    from .wordnet import wordnet

    if not word.isalpha() or not word.islower() or word.endswith("s"):
        return False
    wn = wordnet()
    bases = wn.base_forms(word) - ({word} if ing else set())
    return word not in bases and any(t.startswith("v") for b in bases for t in wn.senses(b))


# participles that open a role ("Jane Doe, leading researcher at ...", "acting president")
_ROLE_PARTICIPLES = frozenset({"leading", "ruling", "governing", "presiding", "outgoing", "incoming", "managing",
                               "acting", "founding", "visiting", "reigning", "sitting", "serving", "ranking",
                               "commanding", "consulting", "supervising", "investigating", "sailing"})


# prepositions after a participle that open what someone did, not a role ("standing with", "flanked by"); not "as"
# ("serving as prime minister" is a role)
_PARTICIPLE_PREPS = {"with", "by", "beside", "alongside", "next", "behind", "at", "in", "on", "near", "to", "from",
                     "outside", "inside", "among", "between"}
_APPOSITIVE_MAX = 10  # words of an aside after a name read as its role


KIN = frozenset({"father", "mother", "parent", "parents", "brother", "sister", "son", "daughter", "husband", "wife",
                 "widow", "widower", "uncle", "aunt", "nephew", "niece", "cousin", "grandson", "granddaughter",
                 "grandfather", "grandmother", "stepfather", "stepmother", "stepson", "stepdaughter", "fiancé",
                 "fiancée"})  # words for relatives
_SPEECH_VERBS = {"said", "says", "told", "added", "stated", "noted", "explained", "confirmed", "announced"}
_NOT_APPOSITIVE = {"who", "which", "said", "says", "told", "added", "and", "or", "but", "will", "would", "shall",
                   "should", "can", "could", "may", "might", "must", "is", "was", "are", "were", "has", "had", "have",
                   "did", "does", "until", "till", "since", "while", "when", "because", "unless", "although",
                   "though", "whose", "whom", "where"}  # a clause: "replacing Askar Mamin, until a new cabinet is
# formed"
# an aside opened by one of these says where or when, not who: "off Pylos, in international waters"
_PLACE_OR_TIME_PREPS = {"in", "at", "on", "off", "near", "from", "into", "during", "after", "before", "under", "over",
                        "across", "inside", "outside"}
_DEFINITE = {"the", "its", "his", "her", "their", "our"}  # where a role set off before a name begins; no tense
_APPOSITIVE_ENDS = {",", ".", ";", ":", "-", "–", "—", ")"}


def _role_before(tokens: list[Token], b: int, k: int, lex: Lexicons) -> tuple[list[Token], int]:
    """An appositive role before a name set off by commas: "The chief financial officer, Peter Sandell, said", "the
    US vice-president, Kamala Harris,". The role runs back from the comma at `b` to a determiner or a possessive,
    ends in a title word, and the name (ending before `k`) closes the clause: a comma, a full stop, a dash. Returns
    the role tokens and the index before them, or nothing and `b` unchanged."""
    if b < 1 or tokens[b].text != "," or k < len(tokens) and tokens[k].text not in _APPOSITIVE_ENDS:
        return [], b
    c = b - 1
    role: list[Token] = []
    while (c >= 0 and len(role) < 6 and (tokens[c].kind in ("word", "alias") or _joining_hyphen(tokens, c))
           and tokens[c].key not in _DEFINITE and not tokens[c].text.lower().endswith(("'s", "’s"))):
        role.insert(0, tokens[c])
        c -= 1
    if not role or c < 0:
        return [], b
    posted = len(role) >= 3 and role[-2].text.lower() in ("to", "in") and role[-1].text[:1].isupper() \
        and role[-3].text.lower() in lex.titles  # "The Czech ambassador to Moscow, Vitezslav Pivonka,"
    if tokens[b - 1].text.lower() not in lex.titles and not posted:
        return [], b
    if tokens[c].key not in _DEFINITE and not tokens[c].text.lower().endswith(("'s", "’s")):
        return [], b
    return role[:-2] if posted else role, c


def _own_role_after(tokens: list[Token], k: int, lex: Lexicons) -> bool:
    """A role set off after the name ending before token k that is its own, not the next name's set off before it
    ("Kamala Harris, China's vice-president, Wang Qishan": Wang's)."""
    after = _role_after(tokens, k, lex)
    close = k + 1 + len(after)
    return bool(after) and not (close + 1 < len(tokens) and tokens[close].text == ","
                                and _is_name_token(tokens[close + 1])
                                and tokens[close + 1].text.lower() not in lex.titles)


def _joining_hyphen(tokens: list[Token], c: int) -> bool:
    """A hyphen inside a word ("vice-president"), touching the words on either side."""
    return (tokens[c].text in ("-", "‐") and 0 < c < len(tokens) - 1 and _adjacent(tokens[c - 1], tokens[c])
            and _adjacent(tokens[c], tokens[c + 1]))


def _after_article(tokens: list[Token], i: int) -> bool:
    """The token at i follows "the" or "a", with at most two lower-case words between ("the new King")."""
    j = i - 1
    while j >= 0 and i - j <= 3 and tokens[j].kind == "word":
        if tokens[j].key in ("the", "a", "an"):
            return True
        if tokens[j].cap:
            return False
        j -= 1
    return False


def _titled_person(run: list[Token], lex: Lexicons) -> bool:
    """A title and then a given name and a surname ("Judge Jerry Baxter", "Archbishop Justin Welby"): the run is a
    person's name, which an "of" after it does not extend ("the Duke of Edinburgh", "Secretary of State" have no
    name before it)."""
    k = 0
    while k < len(run) and _is_role_word(run[k], lex):
        k += 1
    rest = [t for t in run[k:] if t.kind == "word"]
    return k > 0 and len(rest) >= 2 and not any(
        t.text.lower().rstrip(".") in lex.org_words or _is_role_word(t, lex) for t in rest)


_COMPANY_ENDS = frozenset({"co", "corp", "inc", "ltd", "plc", "llc", "sa", "ag", "nv", "bv", "spa", "gmbh"})


def _company_from(run: list[Token], tokens: list[Token], j: int, lex: Lexicons) -> bool:
    """A company's name, closed by its legal form, then "of" and one place ("Eclat Textile Co of Taiwan"): the
    company and where it is, not one name."""
    words = [t for t in run if t.kind == "word"]
    return (len(words) >= 2 and words[-1].text.lower().rstrip(".") in _COMPANY_ENDS and j + 1 < len(tokens)
            and tokens[j + 1].text.lower() in lex.places
            and not (j + 2 < len(tokens) and _is_name_token(tokens[j + 2])))


def _person_from(run: list[Token], tokens: list[Token], j: int, lex: Lexicons) -> bool:
    """A given name and a surname, then "of" and one place ("Elijah Cummings of Maryland", "Jason Chaffetz of
    Utah"): a person and where they are from, not one name; not a place's own name of common words ("Democratic
    Republic of Congo") nor a body ("Bank of England")."""
    from .wordnet import wordnet

    words = [t for t in run if t.kind == "word"]
    if not 2 <= len(words) <= 6 or any(t.kind != "word" and t.text != "-" for t in run) or j + 1 >= len(tokens) \
            or not _is_name_token(tokens[j + 1]):
        return False
    if len(run) > 2 and tokens[j + 1].text.lower() not in lex.places:
        return False  # "Zein El Abdin Ahmed Abdel Gadir of Sudan", "Jean-Claude Ganga of Congo": a longer name, then a
        # place the lexicons know
    if j + 2 < len(tokens) and _is_name_token(tokens[j + 2]):
        return False
    low = [t.text.lower() for t in words]
    after = tokens[j + 1].text.lower()
    place = after in lex.places or (after not in lex.org_words and not wordnet().common(after)
                                    and not _is_role_word(tokens[j + 1], lex))  # "Gloria Johnson of Knoxville": a
    # town no list has is still no word of a body's name
    return (place and not any(w in lex.org_words or _is_role_word(t, lex) for w, t in zip(low, words))
            and not all(wordnet().common(w) for w in low))


_COLLECTIVE_POSSESSIVES = frozenset({"people's", "women's", "children's", "men's", "workers'", "veterans'",
                                     "citizens'", "farmers'", "teachers'"})
_HYPHENED_PARTICLES = frozenset({"du", "de", "des", "la", "le", "les", "sur", "en", "lès", "upon", "on", "under",
                                 "in", "am", "an", "der", "di", "del"})  # inside a place's hyphened name
_HALF_TITLES = frozenset({"grand", "crown", "vice"})  # a title only with the title after it: "Grand Duke", "Crown
# Prince", "Vice Admiral"; not "Grand Slam champion Stan Wawrinka", "Crown Resorts"


def _half_title(run: list[Token], k: int, lex: Lexicons) -> bool:
    """run[k] is a word that is a title only before another title word, and the word after it is none."""
    nxt = run[k + 1].text.lower().rstrip(".") if k + 1 < len(run) else ""
    return run[k].text.lower() in _HALF_TITLES and nxt not in lex.titles and nxt != "-"


def _is_role_word(t: Token, lex: Lexicons) -> bool:
    low = t.text.lower().rstrip(".")
    return low in lex.titles or t.text.lower() in lex.titles or (t.kind == "alias" and t.key in _COUNTRY_KEYS(lex)) or low in ("of",)


_country_cache: dict[int, set[str]] = {}


def _COUNTRY_KEYS(lex: Lexicons) -> set[str]:
    got = _country_cache.get(id(lex))
    if got is None:
        got = {canon for variant, canon in lex.aliases.items() if lex.places.get(canon) == "country" or lex.places.get(" ".join(variant)) == "country"}
        _country_cache[id(lex)] = got
    return got


def _looks_proper(t: Token, lex: Lexicons) -> bool:
    low = t.text.lower()
    return t.kind == "alias" or low in lex.places or _ACRONYM.match(t.text) is not None or low not in _us_spellings(lex) and low not in _NOT_NAMES and not low.endswith("ly")


_us_spelling_sets: dict[int, frozenset[str]] = {}


def _us_spellings(lex: Lexicons) -> frozenset[str]:
    """The American forms of the spelling lexicon: common words, so not names (a set, not a linear scan)."""
    got = _us_spelling_sets.get(id(lex))
    if got is None:
        got = _us_spelling_sets[id(lex)] = frozenset(lex.spelling.values())
    return got


# nouns that say the name after "of" is a place ("the town of Anjar")
PLACE_NOUNS = frozenset({"port", "city", "town", "village", "province", "region", "capital", "island", "district",
                         "county", "suburb", "harbour", "harbor", "state", "canton", "prefecture", "borough", "river",
                         "valley", "lake", "atoll"})
# places of one kind, named in a list after or before them ("the two southern counties of Csongrad and Bacs-Kiskun",
# "Csongrád and Baranya counties")
_PLACE_PLURALS = frozenset({"counties", "provinces", "regions", "districts", "states", "prefectures", "cantons",
                            "municipalities", "towns", "villages", "cities", "islands", "ports"})


def _listed_places_of(tokens: list[Token], b: int) -> bool:
    """The "and" at b closes a list of names after a plural place noun and "of" ("the counties of Csongrad and
    Bacs-Kiskun"): the name after it is such a place too."""
    k = b - 1
    while k >= 1 and (tokens[k].cap or tokens[k].text in (",", "-")):
        k -= 1
    return k >= 1 and k < b - 1 and tokens[k].text == "of" and tokens[k - 1].text.lower() in _PLACE_PLURALS


_AREA_NOUNS = frozenset({"district", "province", "county", "region", "suburb", "borough", "neighbourhood",
                         "neighborhood", "prefecture", "canton", "municipality", "township"})
_WATERS_AFTER = frozenset({"river", "lake", "valley", "island", "islands", "atoll", "archipelago", "reef", "peninsula",
                           "beach", "bay", "coast"})  # lower case after a name: a place ("Jimbaran beach", "Mururoa
# atoll")
_MEMBERS = frozenset({"workers", "farmers", "teachers", "nurses", "employees", "drivers", "doctors", "miners", "pilots",
                      "riders", "growers", "producers", "unions", "workers'", "farmers'", "teachers'", "nurses'"})
_BUILDINGS_AFTER = frozenset({"palace", "building", "stadium", "hospital", "airport", "station", "prison", "tower",
                              "cathedral", "church", "mosque", "temple", "square", "bridge"})  # lower case after a name


def _building_after(tokens: list[Token], k: int) -> bool:
    """A building's noun in lower case at token k, or after one lower-case word there ("presidential palace")."""
    for j in (k, k + 1):
        if j < len(tokens) and tokens[j].text in _BUILDINGS_AFTER:
            return True
        if j >= len(tokens) or not (tokens[j].kind == "word" and tokens[j].text.islower()):
            return False
    return False


# buildings the organisation words do not hold
_VENUES = frozenset({"grandstand", "basilica", "mosque", "synagogue", "chapel", "abbey", "cemetery", "mausoleum",
                     "crematorium", "consulate", "barracks", "auditorium", "racecourse", "velodrome", "gallery",
                     "library", "hotel"})


_BODY_PARTS = frozenset({"branch", "subsidiary", "division", "headquarters"})


def _venue(lows: list[str]) -> bool:
    """A building's name by its last word ("the Quirino Grandstand", "Manila City Hall")."""
    return len(lows) > 1 and (lows[-1] in _VENUES or lows[-2:] in (["city", "hall"], ["town", "hall"]))


# the words a street's name begins or ends with ("Avenue Montaigne", "Rue de la Paix"; "Oxford Street")
STREET_LEADS = frozenset({"rue", "piazza", "plaza", "avenida", "avenue", "boulevard", "calle", "viale", "corso"})
STREET_HEADS = frozenset({"street", "road", "avenue", "square", "lane", "boulevard"})
_GEOGRAPHIC_LEADS = {"mount", "lake", "cape", "gare", "lago", "monte", "puerto", "ciudad",
                     "isla", "ile", "île", "north", "south", "east", "west", "northern", "southern", "eastern",
                     "western", "upper", "lower", "county"} | STREET_LEADS  # "West Sussex", "Lower Saxony": a region
_GEOGRAPHIC_HEADS = {"beach", "bay", "island", "islands", "valley", "springs", "falls", "harbour", "harbor", "creek",
                     "heights", "peninsula", "coast", "desert", "gulf", "strait", "lake", "river", "canyon", "sound",
                     "sea", "ocean", "mountains", "hills", "forest", "plateau", "basin", "delta", "bridge", "reservoir",
                     "loch", "estuary", "lagoon", "fjord"} | STREET_HEADS  # "Oxford Street", "Vartry Reservoir"
# a stretch of land that holds towns: "the U.S. Gulf Coast" may be where "New Orleans" is
AREA_HEADS = frozenset({"coast", "valley", "peninsula", "basin", "delta", "plains", "highlands", "lowlands", "belt",
                        "riviera", "region"})


def is_area(name: "Name") -> bool:
    """A name of a stretch of land by its head word ("Gulf Coast", "Ruhr Valley"), not a place the gazetteer knows as
    a country or a town ("Ivory Coast", "Gold Coast")."""
    from .lexicon import lexicons

    words = name.text.split()
    return (len(words) >= 2 and words[-1].lower() in AREA_HEADS
            and fold_accents(name.text).lower().removeprefix("the ") not in lexicons().places)


SEAS = frozenset({"sea", "ocean", "gulf", "bay", "strait", "straits", "channel"})  # salt water, by the word for it
_WATERS = SEAS - {"bay"} | {"river", "lake", "loch", "estuary", "lagoon", "reservoir"}  # not "Montego Bay", a town
_WATERS_BEFORE_OF = _WATERS | {"bay"}  # "the Bay of Bengal" is water
_FIRST_OF = SEAS | {"isle", "cape"}  # before "of" and a name: "the Sea of Japan", "the Isle of Wight"
_WATERS_FIRST = frozenset({"river", "loch"})  # "River Thames", "Loch Ness"; not "Lake Placid", a town too


def is_water(name: Name) -> bool:
    """A sea, an ocean, a gulf, a strait, a river or a lake, by the word that says so ("the Andaman Sea", "Strait
    of Hormuz", "the Savannah River", "River Thames"): a town stands on it, a province holds an island in it."""
    words = name.text.lower().split()
    return bool(words) and (words[-1] in _WATERS or len(words) >= 3 and words[0] in _WATERS_BEFORE_OF
                            and words[1] == "of"
                            or len(words) >= 2 and words[0] in _WATERS_FIRST)


_WHERE = frozenset({"at", "in", "near", "outside", "inside", "across"})  # before a name: where, not who
_ARRIVING = frozenset({"landed", "lands", "landing", "arrived", "arrives", "arriving", "docked", "docks", "berthed",
                       "down"})  # before "at" and a name: the place one arrived at ("touched down at")
ARRIVED_REACH = 3  # words between a verb of arriving and the "at" of where ("arrived hours late at")


def _arrived_before(tokens: list[Token], at: int) -> bool:
    """A verb of arriving within a few words before the "at" at index `at`, in its clause."""
    return _in_clause_before(tokens, at, _ARRIVING, ARRIVED_REACH)


# nouns of a ship, before its name ("the frigate Helge Ingstad"), and the prefixes of a navy's or a merchant ship's
# name ("HMS Astute", "KNM Helge Ingstad", "MV Sewol"), as written
VESSEL_NOUNS = frozenset({"ship", "vessel", "frigate", "destroyer", "submarine", "cruiser", "corvette", "warship",
                          "tanker", "freighter", "trawler", "ferry", "yacht", "liner", "tug", "galleon", "schooner",
                          "steamer", "steamship", "minesweeper", "icebreaker", "flagship", "dredger", "barge"})
_SHIP_PREFIXES = frozenset({"HMS", "USS", "HMAS", "HMCS", "HMNZS", "INS", "KRI", "KNM", "RFS", "HNLMS", "ARA", "ROKS",
                            "USNS", "USCGC", "HMHS", "RMS", "MV", "SS", "RV", "HDMS", "HSwMS", "BNS", "PNS", "JDS"})


def _vessel(tokens: list[Token], start: int, run: list[Token]) -> bool:
    """A ship's name: after a ship's noun ("the anti-submarine ship Admiral Tributs") or opening with a ship's
    prefix ("HMAS Sydney"), whatever person or place it is named after."""
    return len(run) > 1 and run[0].text in _SHIP_PREFIXES \
        or start >= 1 and tokens[start - 1].text.lower() in VESSEL_NOUNS


# nouns of a body, before its name: "outsourcing group Capita", "accountants Deloitte" (a body's name, though
# "capita" is a common word too)
BODY_NOUNS = frozenset({"group", "firm", "company", "maker", "carrier", "operator", "contractor", "consortium",
                        "retailer", "lender", "insurer", "airline", "chain", "supplier", "manufacturer", "developer",
                        "builder", "charity", "broadcaster", "publisher", "accountants", "auditor", "auditors",
                        "newspaper", "magazine", "tabloid"})


def _classify(core: list[Token], role: list[Token], lex: Lexicons, prev: str = "") -> str:
    lows = [t.text.lower() for t in core]
    joined = " ".join(lows)
    if len(lows) > 1 and lows[-1] in _GEOGRAPHIC_HEADS | _AREA_NOUNS:
        return "place"  # "Mission Beach", "Pearl Harbor", "Gold Coast", "Gyeonggi Province": the last word says what
        # it is
    if len(lows) > 2 and lows[0] in _FIRST_OF and lows[1] == "of":
        return "place"  # "the Sea of Japan", "Gulf of Aden", "Bay of Biscay": the first word says what it is
    if len(lows) > 1 and lows[-1] in _MEMBERS:
        return "org"  # "the Korean Metal Workers' Union", "the National Farmers": who its members are
    if _venue(lows):
        return "org"  # "the Quirino Grandstand", "Manila City Hall": a building, as "Wawel Cathedral" is (no
        # surname: not "Arsenio Hall")
    if any(_bare(w) in lex.org_words for w in lows):
        return "org"  # "the National Crime Agency's cyber crime unit" too
    if len(lows) > 1 and lows[0] in _GEOGRAPHIC_LEADS:
        return "place"  # "Mount Everest", "Lake Geneva", "Gare du Nord": the first word says what it is
    if prev in _WHERE and not role and joined not in lex.places and core[0].kind != "alias":
        return "org" if prev == "at" else "place"  # "analysts at Goldman Sachs", "based in Wiesbaden", "the site near
        # New Albany"
    if prev in BODY_NOUNS and not role:
        return "org"  # "accountancy firm PwC", "accountants Deloitte", "outsourcing group Capita": the noun says what
    if len(core) == 1 and core[0].kind == "alias":
        canon = core[0].key
        if lex.places.get(canon) or canon in _COUNTRY_KEYS(lex):
            return "place"
        return "org"
    if joined in lex.places:
        return "place"
    if role and any(t.text.lower() in lex.titles for t in role):
        return "person"
    if all(_ACRONYM.match(t.text) for t in core):
        return "org"
    if len(core) >= 2 and len(core[-1].text) == 1 and core[-1].text.isupper():
        return "other"  # "Serie A", "Group B", "Plan B": a letter names a division, not a person's initial-less surname
    spaced = any(core[m].text != "-" and core[m + 1].text != "-" for m in range(len(core) - 1))  # not "Rolls-Royce"
    def syllable(m: int) -> bool:  # "Kim Chang-ho", "Park Ji-hoon": a given name's second syllable, lower case
        return m >= 2 and core[m - 1].text == "-" and core[m].text.islower() and len(core[m].text) <= 4

    if len(core) >= 2 and spaced and all(t.kind == "word" and (t.text[:1].isupper() or t.text in _PARTICLES
                                                               or syllable(m))
                                         or t.text == "-" and 0 < m < len(core) - 1 and core[m - 1].cap
                                         and (core[m + 1].cap or syllable(m + 1)) for m, t in enumerate(core)) and (
            not any(t.text.lower() in _CONNECTORS and t.text.lower() not in _PARTICLES for t in core)):
        return "person"  # "Jens Stoltenberg", "Le Pen", "Luiz Inacio Lula da Silva", "Jean-Pierre Raffarin",
        # "Geula Even-Saar"; not "Bank of England"
    return "other"


# ---------------------------------------------------------------- quotes and negation

_QUOTE = re.compile(r"\"([^\"]{1,2000})\"|“([^”]{1,2000})”|‘([^’]{3,2000})’")


def find_quotes(text: str) -> list[Quote]:
    out = []
    for m in _QUOTE.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        s, e = m.start(g), m.end(g)
        out.append(Quote(s, e, text[s:e]))
    return out


def is_negation(t: Token, lex: Lexicons) -> bool:
    """A negation cue as written ("not", "never") or expanded from a contraction ("didn't")."""
    if t.kind != "word":
        return False
    low = t.text.lower()
    return low in lex.negation or (t.key == "not" and low != "noted" and ("'" in low or "’" in low or low.endswith("nt") or low == "cannot"))


# cue + the words after it that make an idiom of it, not a negation: "nothing but praise" (only praise),
# "not only", "no more than 5" (at most 5: a bound), "no doubt", "none other than"
_NOT_NEGATING = {("but",), ("only",), ("more", "than"), ("less", "than"), ("fewer", "than"), ("doubt",),
                 ("other", "than"), ("sooner",), ("later", "than")}


def _idiom_after(tokens: list[Token], k: int) -> bool:
    nxt = k + 2 if k + 2 < len(tokens) and tokens[k + 1].text == "." else k + 1
    if tokens[k].text in ("No", "no.", "No.") and nxt < len(tokens) and tokens[nxt].kind in ("num", "quantity"):
        return True  # "the No 9 shirt", "world No. 3", "No. 10 Downing Street": the number sign
    if tokens[k].text.lower() == "no" and nxt < len(tokens) and tokens[nxt].text == "-" \
            and tokens[nxt].start == tokens[k].end:
        return True  # "its no-union policy", "a no-fly zone", "a no-deal Brexit": a compound that names a thing
    after = tuple(t.text.lower() for t in tokens[k + 1:k + 3])
    if tokens[k].text.lower() in _FAIL:
        return after[:1] != ("to",) and not (after[1:] == ("to",) and after[0].endswith("ly"))  # "failed to reach a
        # deal", "failed properly to address" say it was not done; "the dike failed", "a failed coup" negate nothing
    return any(after[:len(idiom)] == idiom for idiom in _NOT_NEGATING)


def not_until(tokens: list[Token], cue: Token) -> bool:
    """ "did not begin until an hour later", "not until 2010": the negation says when it happened, not whether.
    Still a cue, so that it cancels an opposite ("remained closed until 1pm" / "did not reopen until 1pm")."""
    k = next((i for i, t in enumerate(tokens) if t is cue), None)
    return (k is not None and cue.text.lower() in ("not", "n't")
            and "until" in (t.text.lower() for t in tokens[k + 1:k + 3]))


_FAIL = {"fail", "fails", "failed", "failing", "failure", "inability"}  # "failure to protect", "inability to unite":
# a failing, as a noun


# titles written as acronyms: "Permian Crest CEO" / "Permian Crest Chief Executive"
TITLE_ACRONYMS = {"ceo": ("chief", "executive"), "cfo": ("chief", "financial", "officer"),
                  "coo": ("chief", "operating", "officer"), "cto": ("chief", "technology", "officer")}


# subject pronouns: shown with what they say or do when a finding turns it round ("We expect" / "We do not expect")
PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they"})


# verbs of ceasing negate the -ing verb after them ("stop reaching new customers"), not a noun ("stopped the attack")
# verbs that say a thing stopped or is missing, as a negation would: "paused paid advertising" / "stopped paying
# for advertising", "lost electricity" / "were without electricity"
PRIVATIVE = {"pause", "paused", "pauses", "pausing", "suspend", "suspended", "suspends", "suspending", "halt", "halted",
             "halts", "halting", "stop", "stopped", "stops", "cease", "ceased", "ended", "scrapped", "abandoned",
             "lost", "lose", "loses", "losing", "lack", "lacked", "lacks", "lacking", "missing", "emptied", "empties",
             "emptying", "drained", "drains", "draining"}
_CEASE = {"stop", "stops", "stopped", "stopping", "cease", "ceases", "ceased", "ceasing", "quit", "quits", "quitting"}


def _ceases(tokens: list[Token], k: int) -> bool:
    nxt = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
    return tokens[k].text.lower() in _CEASE and nxt.endswith("ing") and len(nxt) > 5


_DECLINE = {"decline", "declines", "declined", "declining"}
DECLINE_GAP = 3  # words of time between "declined" and "to" ("declined on Tuesday to comment")
_LEVELS = {"record", "low", "lows", "level", "levels", "zero"}


def _declines_to(tokens: list[Token], k: int) -> bool:
    """ "declined to confirm", "declines to comment": a refusal, a negation like "refused to"; not "declined to
    1.2%" or "declined to a record low", where the word means fell (data/negation.txt leaves it out for that)."""
    if tokens[k].text.lower() not in _DECLINE:
        return False
    to = next((j for j in range(k + 1, min(k + 2 + DECLINE_GAP, len(tokens) - 1))
               if tokens[j].text.lower() == "to" or tokens[j].kind != "word" or tokens[j].text.lower() == "by"), None)
    if to is None or tokens[to].text.lower() != "to":
        return False  # "declined earlier this year to hear the case": the time between is no part of the refusal
    from .wordnet import wordnet

    verb = tokens[to + 1].text
    return verb.isalpha() and verb.islower() and verb not in _LEVELS and not verb.endswith("est") \
        and any(s.startswith("v") for s in wordnet().senses(verb))


_YET_AFTER = {"have", "has", "had", "having", "is", "are", "was", "were", "be", "been", "remain", "remains",
              "remained"}


def _yet_to(tokens: list[Token], k: int) -> bool:
    """ "have yet to be published", "is yet to decide": not done so far, a negation like "have not yet been"."""
    return (tokens[k].text.lower() == "yet" and 0 < k < len(tokens) - 2 and tokens[k - 1].text.lower() in _YET_AFTER
            and tokens[k + 1].text.lower() == "to" and tokens[k + 2].text.isalpha() and tokens[k + 2].text.islower())


def _wrong_to_say(tokens: list[Token], k: int) -> bool:
    """ "It would be wrong to say this is the end of the road": what follows is said not to be so, as "it was not
    the end of the road" says."""
    return (tokens[k].text.lower() in ("wrong", "incorrect", "untrue", "false") and k < len(tokens) - 2
            and tokens[k + 1].text.lower() == "to" and tokens[k + 2].text.lower() in _CLAIMING)


_CLAIMING = {"say", "suggest", "claim", "think", "believe", "conclude"}


_INVERTED = {"had", "were", "should"}  # "had the bank not pleaded guilty": a condition, said the other way round
_SUBJECT_START = {"he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "its", "his", "her", "their", "this",
                  "that", "these", "those"}
_CONDITIONS = {"if", "unless"}
_NOT_SUBJECTS = {"also", "still", "yet", "even", "then", "already", "never", "not", "now", "so", "too", "been", "be"}
_CLAUSE_ENDS = _CLAUSE_MARKS | {'"', "“", "”"}


def _officer(word: str, lex: Lexicons) -> bool:
    """A title that names an officer ("spokeswoman", "minister"): no field ("defence") and no word WordNet has as an
    adjective too ("federal", "acting")."""
    from .wordnet import wordnet

    return word in lex.titles and word not in lex.portfolios and not any(
        s[0] in "as" for s in wordnet().senses(word))


def _body_set_off_after(tokens: list[Token], k: int) -> bool:
    """An aside at token k that calls the name before it a body: ", the Spanish daily", ", a state-owned company."
    (its noun closes the aside, so "Smith, a company director" is a person)."""
    if k + 2 >= len(tokens) or tokens[k].text != "," or tokens[k + 1].text.lower() not in ("the", "a", "an"):
        return False
    m = k + 2
    while m < len(tokens) and m - k <= 5 and tokens[m].kind in ("word", "alias") \
            and tokens[m].text.lower() not in _BODIES_SET_OFF:
        m += 1
    return m < len(tokens) and tokens[m].text.lower() in _BODIES_SET_OFF and (
        m + 1 == len(tokens) or tokens[m + 1].text in (",", ".", ";") or tokens[m + 1].text.lower() in ("which",
                                                                                                          "that"))


_BODIES_SET_OFF = BODY_NOUNS | {"daily", "weekly", "agency", "ministry", "bank"}


def _participle(word: str) -> bool:
    """A past participle no dictionary has as a noun: "the first of up to eight planned" counts what was planned
    (the tests), not plans."""
    from .wordnet import wordnet

    return word.islower() and word.endswith("ed") and word not in _BARS \
        and not any(s[0] == "n" for s in wordnet().senses(word))


_BARS = frozenset({"needed", "required"})  # "two more than the 68 needed for a majority": a bar, kept apart from counts


def _noun(word: str) -> bool:
    """WordNet knows the word as a noun ("state" in "should state regulators fail"; not "earlier", "twice")."""
    from .wordnet import wordnet

    return any(s[0] == "n" for b in wordnet().base_forms(word.lower()) for s in wordnet().senses(b))


def _hypothetical(tokens: list[Token], k: int) -> bool:
    """A negation inside a condition states nothing: "would have been £397 million had the bank not pleaded guilty",
    "if the talks do not resume": what did happen is the other clause's business."""
    for j in range(max(0, k - 4), k - 1):
        if (tokens[j].text.lower() in _INVERTED and not (j > 0 and tokens[j - 1].text.lower() in PRONOUNS)
                and (tokens[j + 1].text.lower() in _SUBJECT_START or _noun(tokens[j + 1].text) and all(
                    t.kind == "word" and t.text.lower() not in _NOT_SUBJECTS and not t.text.lower().endswith("ly")
                    for t in tokens[j + 1:k]))):
            return True  # "had the bank not pleaded", "should state regulators fail to act"
    for j in range(k - 1, max(-1, k - 10), -1):
        low = tokens[j].text.lower()
        if low in _CLAUSE_ENDS:
            return False
        if low in _CONDITIONS:
            return True
    return False


CLEARED = {"cleared", "clears", "absolved", "absolves", "exonerated", "exonerates", "acquitted", "acquits"}
CLEARED_REACH = 8  # words from "cleared" to its "of": the person cleared may have a title and three names


def cleared_of_at(tokens: list[Token], k: int) -> int | None:
    """The index of the "of" that says what the one cleared at `k` did not do, if any: "cleared Mr Borgen of
    breaching his duties" says he did not breach them, a negation like "had not breached"; "acquitted of four
    charges" as "cleared him of four counts"; not "cleared the way" or "cleared the site"."""
    if tokens[k].text.lower() not in CLEARED or k + 1 >= len(tokens) or tokens[k + 1].text.lower() in ("the", "a", "an"):
        return None
    j, seen = k + 1, 0
    while j < len(tokens) and seen < CLEARED_REACH:  # "acquitted Roman Catholic bishop Franco Mulakkal of raping"
        t = tokens[j]
        if t.text.lower() == "of":
            return j
        if t.text == "," and j + 1 < len(tokens) and tokens[j + 1].text.lower() in _APPOSITION_OPENERS:
            close = next((m for m in range(j + 1, min(len(tokens), j + 1 + APPOSITION_REACH)) if tokens[m].text == ","),
                         None)
            if close is None:
                return None
            j = close + 1  # "acquitted Princess Cristina, the sister of King Felipe, of tax fraud": past the aside
            continue
        if t.kind == "punct":
            return None
        j, seen = j + 1, seen + 1
    return None


_APPOSITION_OPENERS = {"the", "a", "an", "his", "her", "its", "their"}
APPOSITION_REACH = 10  # words of an aside set off between a name and what follows it


_OPENERS = {'"', "“", "‘", "'", ":", "(", "—", "–", "-", ";"}


def _title_word(tokens: list[Token], i: int) -> bool:
    """ "on the Today programme", "USA Today": a capital inside a sentence, not after a quotation mark or a colon
    that opens one, makes the word part of a name, not a day."""
    return tokens[i].cap and not tokens[i].first and i > 0 and tokens[i - 1].text not in _OPENERS \
        and not tokens[i - 1].text.endswith((".", "!", "?"))


def in_condition(tokens: list[Token], cue: Token) -> bool:
    """The negation cue stands inside a condition ("had the bank not pleaded guilty", "if the talks do not resume"):
    it states nothing of what happened, though a condition turned round ("if the website is not working" / "if the
    website is working") is still a change of the sentence."""
    k = next((i for i, t in enumerate(tokens) if t is cue), None)
    return k is not None and _hypothetical(tokens, k)


_VOTES = frozenset({"vote", "votes", "voted", "voting"})


def _ballot_answer(tokens: list[Token], k: int) -> bool:
    """ "voted no", "vote No": the answer cast, as "voted against it" is, not a negation of the vote."""
    return tokens[k].text.lower() == "no" and k > 0 and tokens[k - 1].text.lower() in _VOTES


def find_negations(tokens: list[Token], lex: Lexicons) -> list[Token]:
    """Negation cues; "neither ... nor" counts once; idioms ("nothing but", "not only") are not cues."""
    cues = [t for k, t in enumerate(tokens)
            if (is_negation(t, lex) or _ceases(tokens, k) or _declines_to(tokens, k) or _yet_to(tokens, k)
                or cleared_of_at(tokens, k) is not None or _wrong_to_say(tokens, k))
            and not _idiom_after(tokens, k) and not _ballot_answer(tokens, k)]
    if any(t.text == "Yes" for t in tokens):  # "66.4 per cent voting Yes and 33.6 per cent No": the ballot's answer
        cues = [t for t in cues if not (t.text == "No" and not t.first)]
    lows = [t.text.lower() for t in cues]
    if "neither" in lows and "nor" in lows:
        cues.pop(lows.index("nor"))
    return cues


# ---------------------------------------------------------------- analysis


# Stock codes wire copy prints beside a name: Reuters' "Alcoa Inc. AA.N" and ".SPX", Yahoo's "(nyse: PEP - news)".
_TICKER = re.compile(r"(?<![\w.])[A-Z0-9]{1,6}\.[A-Z]{1,2}(?![.\w])|(?<=\s)\.[A-Z]{2,6}\b"
                     r"|\((?:nyse|nasdaq|amex|lse|tsx|asx)\s*:[^)]{0,60}\)", re.IGNORECASE)


# a telephone number: three or more digit groups with nine digits or more ("0800 123 456", "+44 20 7946 0958",
# "(212) 555-1234"), an identifier, not a quantity
_PHONE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?\d{2,4}(?:[ .-]\d{2,4})+|\d{2,4}(?:[ .-]\d{2,4}){2,})"
                    r"(?![\w.]?\d)")


# a code of capitals and digits: a road, an aircraft, a group of nations ("the M4", "F-35 jets", "an A380", "the G7",
# "COVID-19"), a name or an identifier, no quantity; not a quarter or a half of a year ("Q3", "H1")
_CODE = re.compile(r"(?<![\w$£€.-])(?![QH]\d\b)[A-Z]{1,4}-?\d{1,4}[A-Z]?(?![\w-])")


def _phones(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PHONE.finditer(text) if sum(c.isdigit() for c in m.group(0)) >= 9
            and not re.fullmatch(r"\d{1,3}(?: \d{3})+", m.group(0))]  # "12 345 678" is a number


def _in_tickers(text: str, tokens: list[Token]) -> frozenset[int]:
    """Indices of the tokens inside stock codes and telephone numbers: identifiers, not names or figures."""
    spans = [m.span() for m in _TICKER.finditer(text) if m.group(0).startswith("(") or not m.group(0).islower()]
    spans += _phones(text)
    if not spans:
        return frozenset()
    return frozenset(k for k, t in enumerate(tokens) if any(s <= t.start and t.end <= e for s, e in spans))


def analyze(text: str, ref_date: dt.date | None = None, lex: Lexicons | None = None) -> ClaimFacts:
    """All facts of one claim; offsets index into `text`.

    Memoised: a reference claim is compared with every other version of its
    story, and wire copy repeats sentences. The result is shared, so callers
    must treat it as read-only.
    """
    lex = lex or lexicons()
    return _analyze(text, ref_date, lex, len(lex.folders))


@lru_cache(maxsize=8192)
def _analyze(text: str, ref_date: dt.date | None, lex: Lexicons, _generation: int) -> ClaimFacts:
    tokens = tokenize(text, lex)
    future = any(_future_at(tokens, k) and not _set_participle(tokens, k) for k in range(len(tokens)))
    phones = _phones(text) + [m.span() for m in _CODE.finditer(text)] if any(c.isdigit() for c in text) else []
    in_phones = frozenset(k for k, t in enumerate(tokens) if any(s <= t.start and t.end <= e for s, e in phones))
    ds = [d for d in find_dates(tokens, ref_date, future) if not in_phones & set(range(d[1], d[2]))]
    in_dates = frozenset(k for _, i, j in ds for k in range(i, j))
    decades = frozenset(k for k, t in enumerate(tokens) if t.kind == "num" and _WRITTEN_YEAR_TEXT.fullmatch(t.text)
                        and _decade(tokens, k))  # "the 1930s": neither a date nor a count (but "in her 50s" is an age)
    qs = _durations(find_quantities(tokens, lex, in_dates | in_phones | decades | _glued_to_names(tokens)), tokens)
    folded: dict[int, tuple[int, Token]] = {}
    quantities, dates = [], []
    for d, i, j in ds:
        d = replace(d, text=text[d.start : d.end])
        dates.append(d)
        folded[i] = (j, Token(d.text, d.start, d.end, d.key, "date"))
    for q, i, j in qs:
        if any(i < fj and fi < j for fi, (fj, _) in folded.items()):
            continue
        q = replace(q, text=text[q.start : q.end])
        quantities.append(q)
        folded[i] = (j, Token(q.text, q.start, q.end, q.key, "quantity"))
    words: list[Token] = []
    i = 0
    while i < len(tokens):
        if i in folded:
            j, tok = folded[i]
            words.append(tok)
            i = j
            continue
        if tokens[i].kind != "punct":
            words.append(tokens[i])
        i += 1
    in_facts = frozenset(k for _, i, j in ds + qs for k in range(i, j)) | _in_tickers(text, tokens)
    names = [
        replace(nm, text=text[nm.start : nm.end], role_text=text[nm.role_span[0] : nm.role_span[1]] if nm.role_span else "")
        for nm in find_names(tokens, lex, in_facts)
    ]
    return ClaimFacts(
        text=text, tokens=tokens, words=words, quantities=quantities, dates=dates, names=names,
        quotes=find_quotes(text), negations=find_negations(tokens, lex), ref_date=ref_date,
    )
