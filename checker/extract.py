"""Version -> typed facts: every figure, date, name and quotation of every sentence, with what it is about.

The pair rules compare the facts of two aligned sentences. Rewrites do not
keep sentences, so this stage reads each version whole, once:

- a `Fact` is a value (a quantity, a date, a name) with its *anchor*: the
  content words near it and in its sentence, and the people it is about,
  which say what the value is about ("300 ... confirmed dead ... Basey");
- `Person`s are the people a version names, each mention of one person
  ("Interior Secretary Mar Roxas", "Roxas", "the 47-year-old") joined by
  surname, with the roles and ages the version gives them;
- `QuoteFact`s are quotations with their speaker: named in the sentence
  ("said Angela Rayner", "according to Lim"), or by a pronoun ("he said") or
  by nothing at all (a quotation that goes on) from the sentences before.

match.py pairs these across versions.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .facts import (_COUNTRY_KEYS, BODY_NOUNS, CLEARED, DEMONYM, DETERMINERS, KIN, ClaimFacts, DateRef, cleared_of_at,
                    PLACE_NOUNS, Name, Quantity, Quote, analyze, in_condition, is_water, not_until)
from .lexicon import Lexicons, lexicons
from .model import Claim, Version
from .normalize import Token, fold_accents, lemma, transliterate

# words that carry no meaning of their own as an anchor (lemmas, as token keys)
STOP = {
    "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "but", "for", "with", "by", "from", "as", "that",
    "this", "these", "those", "be", "have", "do", "it", "its", "their", "they", "he", "she", "his", "her", "him",
    "them", "we", "our", "you", "i", "my", "me", "say", "tell", "add", "not", "no", "will", "would", "could",
    "should", "can", "may", "might", "must", "shall", "which", "who", "whom", "whose", "what", "when", "where",
    "while", "than", "then", "there", "here", "also", "after", "before", "since", "about", "into", "over", "under",
    "up", "out", "all", "some", "any", "more", "most", "other", "such", "only", "just", "so", "if", "because",
    "been", "being", "per", "each", "both", "one", "two", "three", "said", "says", "told", "accord", "report",
    "year", "day", "week", "month", "time", "last", "first", "new", "us", "now", "yet", "still", "even", "very",
    "mr", "ms", "mrs", "dr", "sir", "s", "t", "around", "some", "nearly", "almost", "least", "than",
}
# function words only: what a quotation's content is compared without (STOP also drops vague anchor words)
FUNCTION = {
    "the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "but", "for", "with", "by", "from", "as", "that",
    "this", "these", "those", "be", "have", "do", "it", "its", "their", "they", "he", "she", "his", "her", "him",
    "them", "we", "our", "you", "your", "i", "my", "me", "us", "will", "would", "could", "should", "can", "may",
    "might", "must", "shall", "which", "who", "whom", "whose", "what", "when", "where", "than", "then", "there",
    "here", "so", "if", "because", "been", "being", "all", "some", "any", "such", "very", "just", "also", "not",
}
SPEECH = {"say", "tell", "add", "according", "testify", "testified", "accord", "ask", "write", "state", "declare", "warn", "insist",
          "explain", "note", "announce", "claim", "argue", "admit", "acknowledge", "confirm", "deny", "describe",
          "call", "urge", "recall", "reply", "respond", "continue", "conclude", "quote", "tweet", "post", "promise",
          "pledge", "vow"}
_SPEECH_FORMS = {"wrote", "written", "told", "said", "testifies"}  # the forms no suffix rule below makes


@lru_cache(maxsize=1)
def speech_keys() -> frozenset[str]:
    """The token keys of every written form of a speech verb: the stemmer cuts "declared" to "declar" and "wrote"
    to "wrot", which the base forms never match."""
    from .normalize import tokenize

    forms = set(SPEECH) | _SPEECH_FORMS
    for v in SPEECH:
        stem_ = v[:-1] if v.endswith("e") else v
        forms |= {v + "s", stem_ + "ed", stem_ + "ing", v + "d"}
    return (frozenset(t.key for f in sorted(forms) for t in tokenize(f)) | SPEECH) - {"not"}  # "noted" is cut to
    # "not", the negation's key: `is_speech` reads that one by its text


def is_speech(t: Token) -> bool:
    """A speech verb in any written form ("said", "wrote", "declared", "noted")."""
    return t.key in speech_keys() or t.text.lower() == "noted"

PRONOUNS = {"he", "she", "they", "his", "her"}
NEAR = 5  # words on each side of a value, within its clause, that say what it is about
EVENT_REACH = 14  # words on each side of a date, within its clause, searched for the verb it dates (not
# counting function words)


@dataclass(frozen=True)
class Fact:
    """One value of one version, where it is, and what it is about."""

    kind: str  # quantity | date | name
    version: str
    claim: int  # index into VersionFacts.claims
    start: int  # offsets in the version's text
    end: int
    text: str  # the value as written
    near: frozenset[str]  # content-word keys within NEAR tokens of the value
    sentence: frozenset[str]  # content-word keys of the whole sentence
    people: frozenset[str]  # person keys (surnames) the sentence names, or an age or title refers to
    item: Any  # the Quantity, DateRef or Name
    quoted: bool = False  # inside quotation marks
    owner: str | None = None  # the person a figure is of, when its clause opens with one ("Lay, 64, faces 165 years");
    # for a person's name, their full name in this version ("joko widodo" for "Mr Joko")
    event: frozenset[str] = frozenset()  # for a date, the base forms of the verb it dates: what happened that day
    beyond: frozenset[str] = frozenset()  # for a date, the words of the clause a subordinating word opens after it
    body: Name | None = None  # for a person, the body their title is an office of ("USOC" for "USOC chief executive
    # Jim Scherr")


@dataclass
class Person:
    """One person as a version names them: every mention, the roles and the ages it gives them."""

    key: str  # folded surname
    full: Name  # the longest mention
    mentions: list[tuple[int, Name]] = field(default_factory=list)  # (claim index, name)
    roles: list[tuple[int, Name]] = field(default_factory=list)  # mentions that carry role words

    @property
    def given(self) -> str:
        return self.full.keys[0] if len(self.full.keys) > 1 else ""


@dataclass(frozen=True)
class QuoteFact:
    """A quotation and who says it in this version."""

    version: str
    claim: int
    start: int  # version offsets of the quoted words
    end: int
    text: str
    words: tuple[str, ...]  # its word keys, for matching and comparing
    spans: tuple[tuple[int, int], ...]  # version offsets of each word, in the order of `words`
    speaker: str | None  # person key, or None when nobody can be told
    speaker_name: Name | None  # the mention naming the speaker
    speaker_claim: int | None  # where that mention is
    how: str  # "named" (in the sentence) | "titled" ("the Pope said") | "pronoun" | "continued" | "unknown"


@dataclass
class VersionFacts:
    version: Version
    claims: list[Claim]  # the checkable claims (no subheadings), in order
    analyses: list[ClaimFacts]
    facts: list[Fact]
    people: dict[str, Person]
    quotes: list[QuoteFact]
    items: list[list[tuple[int, int, str, str]]]  # each claim as anchor items (see _items)
    lex: Lexicons = field(default_factory=lexicons, repr=False)

    def facts_near(self, claim: int, start: int, end: int) -> frozenset[str]:
        """The anchor words around claim offsets [start, end), as a fact there would have them."""
        return _window(self.items[claim], start, end)

    def words_by_form(self, forms: frozenset[str]) -> list[tuple[int, Token]]:
        """The words of the version whose key or a base form of it is one of `forms` ("recommended" for
        "recommend"), with their claims, in order. Base forms are looked up only for words that could have
        one of them: the same first letter (WordNet's regular endings), or an irregular form ("went")."""
        from .wordnet import wordnet

        initials = {f[:1] for f in forms}
        irregular = wordnet().irregular()
        out = []
        for ci, claim in enumerate(self.claims):
            index = claim_keys(claim.text, self.version.date, self.lex, len(self.lex.folders))
            hits = sorted(k for key, ks in index.items()
                          if key in forms or (key[:1] in initials or key in irregular) and not forms.isdisjoint(forms_of(key))
                          for k in ks)
            cf = self.analyses[ci]
            out += [(ci, cf.tokens[k]) for k in hits]
        return out

    def act_of(self, f: Fact) -> frozenset[str]:
        """The verb a fact hangs on in its clause, in its base forms, read as a date's event is ("built at the Amur
        shipyard in Komsomolsk-on-Amur": build)."""
        base = self.claims[f.claim].start
        return _event_verbs(self.claims[f.claim].text, self.items[f.claim], f.start - base, f.end - base)

    def to_version(self, claim: int, start: int, end: int) -> tuple[int, int]:
        base = self.claims[claim].start
        return base + start, base + end


@lru_cache(maxsize=8192)
def claim_keys(text: str, ref_date: dt.date | None, lex: Lexicons, _generation: int) -> dict[str, tuple[int, ...]]:
    """Each word key of a claim with the indices of its tokens (memoised like `analyze`)."""
    index: dict[str, list[int]] = {}
    for k, t in enumerate(analyze(text, ref_date, lex).tokens):
        if t.kind == "word":
            index.setdefault(t.key, []).append(k)
    return {key: tuple(ks) for key, ks in index.items()}


@lru_cache(maxsize=65536)
def forms_of(key: str) -> frozenset[str]:
    """A word key and its WordNet base forms."""
    from .wordnet import wordnet

    return wordnet().base_forms(key) | {key}


_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
             "xvi"}  # "Sultan Muhammad V": a regnal number, no surname


_FAMILY_FIRST = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")  # "Bong Joon-ho", "Park Ji-hoon": the family name first


def person_key(name: Name) -> str:
    """A person's surname, folded: "Joachim Löw", "Joachim Loew" and "Loew" are one key; "Harold W. Gehman Jr."
    is Gehman; "Bong Joon-ho" is Bong."""
    if name.keys and _FAMILY_FIRST.fullmatch(name.text):
        return transliterate(name.keys[0])
    return _surname(name.keys or (name.text.lower(),))


@lru_cache(maxsize=16384)
def _surname(keys: tuple[str, ...]) -> str:
    words = [k.rstrip(".") for k in keys]
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]  # "King Felipe of Spain", "Catherine of Aragon": no surname after "of"
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return transliterate(words[-1])


def _content(tokens: list[Token]) -> frozenset[str]:
    return frozenset(t.key for t in tokens if t.kind in ("word", "alias") and t.key not in STOP and len(t.key) > 1)


_BOUNDARY = {",", ";", ":", "(", ")", "[", "]", "—", "and", "but", "while", "whereas", "although", "though", "or"}


@lru_cache(maxsize=8192)
def claim_items(text: str, ref_date: dt.date | None, lex: Lexicons, _generation: int) -> list[tuple[int, int, str, str]]:
    """The anchor items of a claim (memoised like `analyze`, whose result they read; shared, read-only)."""
    return _items(analyze(text, ref_date, lex))


CLOCK_ANCHOR = "q:clock:"  # a time of day as an anchor, its hours as a decimal ("q:clock:23.98")


def _quantity_item(text: str, q: Quantity) -> tuple[int, int, str]:
    """A figure as one anchor item; a time of day keyed by its hour with its "a.m." or "p.m." read into it, so that
    "3:20 p.m." and "3.20pm" are one anchor."""
    clock = clock_time(text, q)
    if clock is None:
        return q.start, q.end, q.key
    marker = _CLOCK_AFTER.match(text, q.end)
    return q.start, marker.end() if marker else q.end, f"{CLOCK_ANCHOR}{clock.hours:.4g}"


_SHORT_TITLE = re.compile(r"[\"“](?:[^\"“”\s]+\s){0,3}[^\"“”\s]+[\"”]")  # a title of four words or fewer:
# "Merci, Chérie", whose comma ends no clause


def _items(cf: ClaimFacts) -> list[tuple[int, int, str, str]]:
    """The claim as (start, end, key, kind) items: words, clause boundaries, and each figure, date or name of
    several words as one item keyed by its value, so that "4:40 a.m." next to a date is one anchor word, and
    "World Cup" one, not two."""
    spans = sorted([_quantity_item(cf.text, q) for q in cf.quantities] + [(d.start, d.end, d.key) for d in cf.dates]
                   + [(n.start, n.end, "n:" + " ".join(n.keys)) for n in cf.names if len(n.keys) > 1])
    out: list[tuple[int, int, str, str]] = []
    k = 0
    toks = cf.tokens
    joined = -1  # a particle already read into the word before it
    titles = [m.span() for m in _SHORT_TITLE.finditer(cf.text)] if ("\"" in cf.text or "“" in cf.text) else []
    for i, t in enumerate(toks):
        if i == joined:
            continue
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        if k < len(spans) and spans[k][0] <= t.start < spans[k][1]:
            if not out or out[-1][:2] != spans[k][:2]:
                out.append((spans[k][0], spans[k][1], spans[k][2], "fact"))
            continue
        low = t.text.lower()
        if low in _BOUNDARY and not any(a < t.start and t.end < b for a, b in titles):
            out.append((t.start, t.end, low, "boundary"))
        elif t.kind == "alias":
            out.append((t.start, t.end, "n:" + t.key, "word"))  # "Britain", "Washington": a name, not a word
        elif t.kind == "word" and i + 1 < len(toks) and toks[i + 1].text.lower() in _VERB_PARTICLES \
                and toks[i + 1].start == t.end + 1 and (compound := _compound(t.text.lower(), toks[i + 1].text.lower())):
            out.append((t.start, toks[i + 1].end, stem(compound), "word"))  # "touch down" is "touchdown"
            joined = i + 1
        elif t.kind == "word" and t.key not in STOP and len(t.key) > 1:
            key = stem(t.key)
            out.append((t.start, t.end, _ONE_ANCHOR.get(key, key), "word"))
        else:
            out.append((t.start, t.end, t.key, "other"))
    return out


# words a rewrite says one workforce with: "employed about 2,600 people" / "its 3,600 staff" (not "were killed" /
# "died": "At least 45 people were killed in France" / "In La Faute-sur-Mer ... at least 29 people died" are two tolls)
_ONE_ANCHOR = {"staff": "employ", "worker": "employ", "workfo": "employ", "employee": "employ", "jail": "prison",
               # the short verbs whose "-ing" and "-ed" forms share no six letters: "tying up 14 staff" / "tied up 15"
               "tying": "tie", "tied": "tie", "dying": "die", "died": "die", "lying": "lie", "lied": "lie",
               # one toll of the injured, whichever word a rewrite gives it: "injuring about 140" / "40 people hurt"
               "hurt": "injur", "wounde": "injur"}


_VERB_PARTICLES = {"down", "up", "off", "out", "over", "back"}


@lru_cache(maxsize=4096)
def _compound(verb: str, particle: str) -> str | None:
    """The noun a phrasal verb is written as in one word, when WordNet knows it: "touched down" -> "touchdown",
    "broke up" -> "breakup", "laid off" -> "layoff"."""
    from .wordnet import wordnet

    wn = wordnet()
    for base in sorted(wn.base_forms(verb) | {verb}):
        if "_" not in base and any(x[0] == "n" for x in wn.senses(base + particle)):
            return base + particle
    return None


def stem(key: str) -> str:
    """An anchor word cut to its first six letters: "investigators" and "investigation", "presidential" and
    "president" are one anchor. Coarse, but anchors are compared as sets between versions of one story."""
    return key if len(key) <= 6 or " " in key else key[:6]


_ATTRIBUTIVE = re.compile(r" (?!(?:and|or|to|in|on|at|of|for|by|with|from|as|after|before|when|that|which)\b)[a-z]+\b")
_DETERMINED = re.compile(r"\b(?:the|its|their|his|her|our|this|that)\s+$|['’]s\s+$", re.IGNORECASE)


def _item_start(it: tuple[int, int, str, str]) -> int:
    return it[0]


def _item_end(it: tuple[int, int, str, str]) -> int:
    return it[1]


def _window(items: list[tuple[int, int, str, str]], start: int, end: int, counts: bool = False) -> frozenset[str]:
    """Anchor keys within NEAR items of the span [start, end), stopping at clause boundaries (a comma, "and",
    a bracket): "300 people were confirmed dead and 2,000 were missing" gives 300 "people confirmed dead"."""
    lo = bisect_right(items, start, key=_item_end)  # items run in order: the first one ending after start
    hi = bisect_left(items, end, key=_item_start)  # and the first one starting at or after end
    if lo >= hi:
        return frozenset()
    idx = range(lo, hi)
    out: set[str] = set()
    stops: dict[int, tuple[int, int]] = {}  # per direction: where the walk stopped at a comma, and words found
    for step, first in ((-1, idx[0] - 1), (1, idx[-1] + 1)):
        k, seen, found = first, 0, 0
        while 0 <= k < len(items) and seen < NEAR:
            s, e, key, kind = items[k]
            if kind == "boundary" and key in "()" and (skip := _aside(items, k, step)) is not None:
                k = skip  # "45 billion pounds ($50.6 billion) of unfunded tax cuts": the conversion is an aside
                continue
            if step > 0 and k == idx[-1] + 1 and (skip := _apposition_after(items, k)) is not None:
                out |= {items[j][2] for j in range(k + 1, skip) if items[j][3] in ("word", "fact")}
                k = skip  # "the Council of State, the country's highest administrative court, struck down": what the
                continue  # name is, and what it did past its apposition
            if kind == "boundary":
                break
            if kind in ("word", "fact"):
                out.add(key)
                found += 1
            seen += 1
            k += step
        stops[step] = (k if 0 <= k < len(items) and items[k][2] == "," else -1, found)
    if (aside := _set_off(items, idx[0], idx[-1] + 1)) and stops[-1] == (aside[0], 0) and stops[1] == (aside[1], 0):
        # "earned a master's degree and, in 1934, a doctorate in mathematics": an aside alone between its commas
        # is about the clause it interrupts
        before = aside[0] - 1
        if before >= 0 and items[before][2] in ("and", "or"):
            before -= 1
        out |= _clause_from(items, before, -1) | _clause_from(items, aside[1] + 1, 1)
    for step in (-1, 1):
        comma, found = stops[step]
        if comma >= 0 and found == 0 and stops[-step][1] == 0 and _edge(items, idx, -step):
            # a phrase set off at the start or the end of its sentence ("Only on Tuesday, Danthine had insisted",
            # "..., on Tuesday"): what it is about is the clause beyond the comma
            out |= _clause_from(items, comma + step, step)
            if step < 0 and (k := _apposition_start(items, comma)) > 0:
                # "$4bn for Marvel, the home of Iron Man and the Avengers, four years ago": that clause was an
                # apposition; the phrase is about the clause before it
                out |= _clause_from(items, k - 1, -1)
    comma = stops[-1][0]
    if comma > 0 and comma + 1 < len(items) and items[comma + 1][2] in _RELATIVE:
        # "imposed the bans, which also apply to businesses": what the relative clause is about stands before it
        k = comma - 1
        while k >= 0 and comma - k <= ANTECEDENT and items[k][3] in ("word", "fact"):
            out.add(items[k][2])
            k -= 1
    ahead = stops[1][0]
    if ahead > 0 and ahead + 1 < len(items) and items[ahead + 1][2] == "when" and ahead == idx[-1] + 1:
        out |= _clause_from(items, ahead + 2, 1)  # "offline since April 21, when Sony discovered the intrusion": what
        # happened that day
    after = idx[-1] + 1  # what a figure counts: "$639 billion in assets", "$196 a share"
    while counts and after < len(items) and items[after][3] == "other" and items[after][2] in ("of", "in", "a", "per", "an", "each"):
        after += 1
    if counts and after < len(items) and items[after][3] == "word" and after > idx[-1] + 1:
        out.add("noun:" + items[after][2])
    return frozenset(out)


_SUPERLATIVE_WORDS = frozenset({"worst", "best", "most", "least"})  # WordNet has verbs written so
_RELATIVE = {"which", "who"}
ANTECEDENT = 2  # words of the noun a relative clause is about ("the bans, which", "water companies, which")
_OPENS_CLAUSE = {"when", "while", "because", "although", "though", "where", "which", "who", "that", "if"}  # before
# a date, a word that opens its clause ("the mine where an explosion on Sunday killed 25"); not the words that are as
# often prepositions ("resigned as Home Secretary on Tuesday", "shortly after midnight on Thursday")
_SUBORDINATE = {"after", "before", "when", "while", "as", "because", "since", "until", "that", "which", "who", "where",
                "if", "though", "although"}
_WHEN_PRESENT = {"when", "once", "until", "till", "before", "after", "as", "if", "unless"}  # opening a clause whose
# verb in the present tells a thing to come
WHEN_SUBJECT = 4  # words of that clause's subject
_RELATIVES = {"who", "which"}  # a relative pronoun and its verb, in the present: "leaders who open their summit"
_MODALS = {"to", "will", "would", "could", "can", "may", "might", "shall", "should", "must", "did", "does", "do"}
_GO_ON = frozenset({"go"})  # "went on strike": the event is the noun
_NOT_EVENT_VERBS = SPEECH - {"announce"} | {"be", "have", "do", "get", "go", "come", "expect", "plan", "schedule", "set", "due",
                             "begin", "start", "continue", "remain", "late", "early"}


# pasts written like their verb, which WordNet lists as no exception: "shut down all of its IT systems on Friday"
_UNCHANGED_PASTS = {"shut", "put", "cut", "hit", "let", "cast", "hurt", "quit", "spread", "split", "burst", "bid",
                    "upset", "shed", "slit", "thrust"}


_LENGTHS = frozenset({"km", "mile", "nmi", "m", "ft", "yard"})
_FROM = re.compile(r"\b(?:off|from|of|near|away)\b", re.IGNORECASE)
_FROM_REACH = 60  # characters from a distance to the place it is measured from


_RATE_AFTER = re.compile(r"\)?\s*(?:\([^()]{0,40}\)\s*)?"
                         r"(?:(?:a|an|per|each)\s+(year|month|week|day)\b|(annually|yearly))", re.IGNORECASE)
_OVER_PERIOD = re.compile(r"\b(?:\w+|\d+)-(year|month|week)\b|\bover\s+(?:\w+|\d+)\s+(year|month|week)s\b",
                          re.IGNORECASE)
SINCE_TOTAL = "over:since"  # the anchor of a figure summed since a date ("by 500 basis points since September")
_SINCE_AFTER = re.compile(r"\s+since\b", re.IGNORECASE)
RATE, OVER = "rate:", "over:"  # anchors of a sum paid each period ("25 million pounds a year") or over several
# ("a three-year deal worth 75 million pounds"): two measures, never one figure mistyped


def _period_of_sum(cf: ClaimFacts, end: int) -> frozenset[str]:
    """A sum's period: "rate:year" when "a year", "per month" or "annually" follows it (past a converted sum in
    brackets), "over:year" when it has none and its sentence tells a span of years ("a three-year deal")."""
    if (m := _RATE_AFTER.match(cf.text, end)) is not None:
        return frozenset({RATE + ("year" if m.group(2) else m.group(1).lower())})
    if (m := _OVER_PERIOD.search(cf.text)) is not None:
        return frozenset({OVER + (m.group(1) or m.group(2)).lower()})
    return frozenset()


def rate_and_total(x: Collection[str], y: Collection[str]) -> bool:
    """Of two sums' anchors, one says a period it is paid in and the other a span of such periods, with no rate said
    ("25 million pounds a year" / "a three-year deal worth 75 million pounds"): two measures, not one figure."""
    def periods(keys: Collection[str], kind: str) -> set[str]:
        return {k.removeprefix(kind) for k in keys if k.startswith(kind)}

    rx, ry, ox, oy = periods(x, RATE), periods(y, RATE), periods(x, OVER), periods(y, OVER)
    return bool(rx and not ry and rx & oy or ry and not rx and ry & ox)


_TITLE_SMALL_WORDS = frozenset({"of", "to", "the", "a", "an", "and", "in", "on", "at", "for", "with", "from", "by"})
TITLE_WORDS = 10  # words of a title in quotation marks, at most


def in_quoted_title(cf: ClaimFacts, n: Name) -> bool:
    """The name is part of a longer title in quotation marks in its sentence ("The Tonight Show with Jay Leno"); not
    the whole title ("a podcast called "Vocabulary Builder""), which is a name of its own."""
    return any(q.start <= n.start and n.end <= q.end and quoted_title(q.text)
               and len(words := [w for w in q.text.split() if w[:1].isalpha()]) > len(n.keys) and len(words) >= 3
               for q in cf.quotes)  # not the name "Jo. Toby 3632", quoted


def quoted_title(text: str) -> bool:
    """Words in quotation marks that are a title ("World War Z", "The Tonight Show with Jay Leno"), not a quotation:
    up to ten words, every one capitalised but the small ones, the first capitalised."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return 0 < len(words) <= TITLE_WORDS and words[0][:1].isupper() and all(
        w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)


def _measures_a_thing(text: str, start: int, end: int, q: Quantity) -> bool:
    """A length or weight written joined to the noun it describes ("the 8,126-metre summit", "a 300-tonne crane"):
    the thing's measure, not a figure of the person or body the sentence is about."""
    return q.unit in _LENGTHS | {"tonne", "kg", "lb"} and "-" in text[start:end] and bool(
        re.match(r"\s+[a-z]", text[end:end + 2]))


def _measured_from(cf: ClaimFacts, name: Name) -> frozenset[str]:
    """The distances measured from a place, as its anchors: "12 nautical miles (22 kilometres) off the Normandy
    coast near Le Havre" / "12 nautical miles out from Cherbourg" hold one spot, told from two places."""
    return frozenset(f"from:{q.key}" for q in cf.quantities
                     if q.unit in _LENGTHS and q.end <= name.start <= q.end + _FROM_REACH
                     and _FROM.search(cf.text, q.end, name.start) and not re.search(r"[.;:]", cf.text[q.end:name.start]))


def _body_in_title(cf: ClaimFacts, person: Name, lex: Lexicons) -> Name | None:
    """The body a person's title before the name says they serve, as a name of its own: "Ontario Superior Court
    Justice Edward Belobaba" sits on the Ontario Superior Court, as "Justice Edward Belobaba of the Ontario Court of
    Appeal" sits on that court; the body's name is in the title, so no name of its own was read. The body is the
    capitalised words before the title's own words ("Health Service Executive Chief Executive"), one of them a word
    of a body ("court", "service")."""
    if person.kind != "person" or person.role_span is None:
        return None
    start, end = person.role_span
    words = list(re.finditer(r"[A-Z][\w'’.-]*", cf.text[start:end]))
    k = next((len(words) - n for n in (3, 2, 1) if len(words) > n and " ".join(
        w.group(0).lower().rstrip(".") for w in words[-n:]) in lex.titles), len(words))  # the title, once: "Justice",
    # "Chief Executive" (not the "Executive" of "Health Service Executive")
    first = 1 if words and words[0].group(0).lower() in _LEVELS else 0  # "State Supreme Court Justice" opening a
    # sentence, "state Supreme Court Justice" within one: one court
    body = words[first:k]
    if len(body) < 2 or k == len(words) or not any(w.group(0).lower() in lex.org_words for w in body) \
            or cf.text[start:end][body[0].start():body[-1].end()].count(" ") != len(body) - 1:
        return None  # "Court Justice": no name of the body; "Bank chief executive": not one capitalised name
    keys = tuple(fold_accents(w.group(0)).lower() for w in body)
    lo, hi = start + body[0].start(), start + body[-1].end()
    return Name(lo, hi, cf.text[lo:hi], keys, "org")


def _title_body(cf: ClaimFacts, person: Name, lex: Lexicons) -> Name | None:
    """The body a person's title names as theirs: the organisation written just before the title
    ("U.S. Anti-Doping Agency chief executive Travis Tygart", "USOC's chief executive"), or inside it ("Ontario
    Superior Court Justice Edward Belobaba")."""
    if person.kind != "person" or person.role_span is None:
        return None
    start = person.role_span[0]
    return next((m for m in cf.names if m.kind == "org" and m.end <= start
                 and _BODY_THEN_TITLE.fullmatch(cf.text, m.end, start)), None) or _body_in_title(cf, person, lex)


_BODY_THEN_TITLE = re.compile(r"(?:'s|’s)?\s*")
_LEVELS = frozenset({"state", "federal", "national", "provincial", "regional", "county", "city", "district"})


FROM_END = "from:end"  # the anchor of a span counted back from the end of something ("13 minutes from time")
# "13 minutes from time", "two laps to go", "five minutes of the race remaining"
TO_GO = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:race|match|game|session|play|trading)\s+)?"
                   r"(?:from\s+(?:time|the\s+end|full[\s-]time)|to\s+go|left|remaining)\b")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:about|around|nearly|almost|up to|more than|at least)\s+)?$", re.IGNORECASE)
_SPAN_UNITS = frozenset({"year", "month", "week", "day", "hour"})


def _lasting(text: str, items: list[tuple[int, int, str, str]], q: Quantity) -> frozenset[str]:
    """What a duration after "for" is the length of, as an anchor: the verb of its clause, however far ("to lease the
    city's 36,000 parking meters to a private investment group for 75 years" is the lease's, as "the 99-year lease"
    is)."""
    if q.unit not in _SPAN_UNITS or not _FOR_BEFORE.search(text, 0, q.start):
        return frozenset()
    from .wordnet import wordnet

    verbs = _event_verbs(text, items, q.start, q.end)
    base_forms = wordnet().base_forms
    return frozenset(key for s, e, key, kind in items if e <= q.start and kind == "word"
                     and base_forms(text[s:e].lower()) & verbs) if verbs else frozenset()


_ACCORDING_TO = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def _attributed_to(cf: ClaimFacts, name: Name, items: list[tuple[int, int, str, str]]) -> frozenset[str]:
    """What a source after "according to" says, as its anchors: "measured 2.4 on the Richter scale according to the
    Met Office" is the Met Office's 2.4, as "the British Geological Survey said the largest registered 2.4" is the
    survey's; the words "according to the" would fill its window otherwise."""
    m = _ACCORDING_TO.search(cf.text, 0, name.start)
    if m is None:
        return frozenset()
    k = bisect_left(items, m.start(), key=_item_start) - 1  # the item before "according"
    return frozenset(_clause_from(items, k, -1)) if k >= 0 else frozenset()


def _possessed(text: str, items: list[tuple[int, int, str, str]], end: int) -> frozenset[str]:
    """What a day's possessive dates, as its event: the noun after it, in WordNet's base form ("Sunday's runoff",
    "yesterday's run-off": the runoff). Nothing when the next word is no noun WordNet knows."""
    from .wordnet import wordnet

    k = bisect_left(items, end + 2, key=_item_start)
    if k >= len(items) or items[k][3] != "word":
        return frozenset()
    wn = wordnet()
    word = text[items[k][0]:items[k][1]].lower()
    forms = wn.base_forms(word) or wn.base_forms(word.replace("-", ""))
    return frozenset(b for b in forms if any(x[0] == "n" for x in wn.senses(b)))


def _event_verbs(text: str, items: list[tuple[int, int, str, str]], start: int, end: int) -> frozenset[str]:
    """The verb a date dates, in its base form ("priced", "pricing": price): the nearest one before the date in
    its clause ("crashed into a hotel ... on Tuesday"), else the nearest after it ("on Wednesday began
    searching"). A word is a verb when WordNet has it as one and it is written as one: "-ed", "-ing", an
    irregular past ("won"), or after "to" or a modal ("would propose"); saying and planning are no event."""
    from .wordnet import wordnet

    wn = wordnet()

    def _declares_a_thing(verbs: frozenset[str], k: int) -> bool:
        """ "declared the emergency", "declared a state of emergency": an act, not a statement ("declared that")."""
        return "declare" in verbs and k + 1 < len(items) and text[items[k + 1][0]:items[k + 1][1]].lower() in (
            "a", "an", "the", "its", "his", "her", "their")

    def verbs_at(k: int) -> frozenset[str]:
        s, e, _, kind = items[k]
        word = text[s:e].split(" ")[0]  # "walked out" (read as "walkout") is walking
        if text[s - 1:s] == "-":
            return frozenset()  # "the loss-making carrier": a word describing a noun, not a verb
        written = text[items[k - 1][0]:items[k - 1][1]] if k > 0 else ""
        before = written.lower()
        if word.endswith(("ed", "ing")) and (before in DETERMINERS or before.endswith(("'s", "’s")) and (
                k + 1 < len(items) and items[k + 1][3] == "word")):
            return frozenset()  # "the expected range", "the offering", "Pakistan's ruling party": a noun or a word
            # describing one
        if before in DETERMINERS and word.lower() in _SUPERLATIVE_WORDS:
            return frozenset()  # "the worst attack in Morocco since March 2003": a superlative, no verb ("to worst")
        if word.endswith("ing") and k + 1 < len(items) and items[k + 1][3] == "word" and wn.senses(
                f"{word.lower()}_{text[items[k + 1][0]:items[k + 1][1]].lower()}"):
            return frozenset()  # "an upmarket shopping mall", "a polling station": one noun WordNet knows, no verb
        if k > 0 and items[k - 1][2].startswith("q::"):
            return frozenset()  # "sentenced two men to death": the noun a bare figure counts ("men", not to man);
            # not after a figure with its unit ("trapped for two weeks walked out")
        if kind == "word" and word.islower() and (word.endswith(("ed", "ing")) or word in wn.irregular()
                                                  or word in _UNCHANGED_PASTS or before in _MODALS
                                                  and not written.istitle()  # "The May contract": a month
                                                  or before in _RELATIVES  # "the summit, which opens tomorrow"
                                                  or word.endswith("s") and _present_after_when(k)):
            verbs = frozenset(b for b in wn.base_forms(word) if any(x[0] == "v" for x in wn.senses(b)))
            if verbs & _LIGHT_VERBS and k > 0 and (act := _act_of_noun(text[items[k - 1][0]:items[k - 1][1]])):
                return act  # "The collision happened shortly before midnight on Monday": the colliding
            if verbs & _BEGIN_VERBS and _BEGUN_WHEN.match(text, e):
                return _STARTED  # "The operation to remove all 137 tigers began on Monday": the day the operation
                # started, not a day of removing (match.py pairs each version's one such start)
            if verbs & _STATE_VERBS:
                return verbs & _STATE_VERBS  # "remained under evacuation orders on Monday": a state that day, not
                # the act of a verb further back ("people living below the dam")
            if verbs & SPEECH and re.match(r"\s+that\b", text[e:e + 6]):
                return frozenset()  # "went on television on Saturday afternoon to announce that the increases ...
                # were suspended": what was announced is the act, not the announcing (but "The increases, announced
                # on Friday")
            if verbs and (not verbs & _NOT_EVENT_VERBS or _declares_a_thing(verbs, k)):
                return verbs
            if verbs & _GO_ON:
                return _what_went_on(k)
        return frozenset()

    def _capitalised(k: int) -> bool:
        return items[k][3] != "boundary" and text[items[k][0]:items[k][0] + 1].isupper()

    def _present_after_when(k: int) -> bool:
        """ "when the Tibetan parliament-in-exile convenes on Monday", "when it meets on Tuesday": a verb in the
        present after a word of time and its subject."""
        j, words = k - 1, 0
        while j >= 0 and items[j][3] in ("word", "other") and words <= WHEN_SUBJECT:
            low = text[items[j][0]:items[j][1]].lower()
            if low in _WHEN_PRESENT:
                return j < k - 1 and text[items[k - 1][0]:items[k - 1][1]].lower() not in DETERMINERS
            words += items[j][3] == "word"
            j -= 1
        return False

    def _what_went_on(k: int) -> frozenset[str]:
        """ "went on strike", "go on trial": the noun after "go on" is what happened ("strike"), when WordNet has it
        as a verb too."""
        if k + 2 >= len(items) or text[items[k + 1][0]:items[k + 1][1]].lower() != "on":
            return frozenset()
        noun = text[items[k + 2][0]:items[k + 2][1]].lower()
        return frozenset(b for b in wn.base_forms(noun) if b == noun and any(x[0] == "v" for x in wn.senses(b)))

    lo = bisect_right(items, start, key=_item_end)
    hi = bisect_left(items, end, key=_item_start)
    if (m := _NOUN_DATED.search(text, 0, start)) and re.match(r"\s+(?:(?:morning|afternoon|evening|night)\s+)?of\s",
                                                              text[end:]) \
            and (act := _act_of_noun(m.group(1))):
        return act  # "His departure followed the resignation on Wednesday evening of BBC chairman Gavyn Davies": the
        # day inside the noun's phrase is the resigning's
    aside = _set_off(items, lo, hi)
    for step, first in ((-1, lo - 1), (1, hi)):
        k, seen = first, 0
        if aside:  # "earned a master's degree and, in 1934, a doctorate": the clause the aside interrupts
            k = aside[0] - 1 if step < 0 else aside[1] + 1
            if step < 0 and k >= 0 and items[k][2] in ("and", "or"):
                k -= 1
        while 0 <= k < len(items) and seen < EVENT_REACH:
            if items[k][3] == "boundary" and items[k][2] in ("and", "or") and 0 < k < len(items) - 1 \
                    and (items[k - 1][3] == items[k + 1][3] == "fact" or _capitalised(k - 1) and _capitalised(k + 1)):
                k += step  # "sent HMS Severn and HMS Tamar late on Wednesday", "enthroned as the 16th Patriarch of
                continue  # Moscow and All Russia on Sunday": a list of names, not another clause
            if step < 0 and items[k][3] == "boundary" and items[k][2] in ("and", "or") and 0 < k < len(items) - 1 \
                    and items[k - 1][3] == items[k + 1][3] == "word" and not verbs_at(k - 1) and not verbs_at(k + 1):
                k += step  # "present the bank's fourth-quarter and full-year results on Thursday": two words that
                continue  # describe one noun, not two clauses
            if step > 0 and k == hi and items[k][2] == "," and all(items[m][3] == "other" for m in range(lo)):
                k += 1  # "On Tuesday, French Maritime Minister Annick Girardin warned": a day that opens the
                continue  # sentence dates its clause
            if step > 0 and k == hi and items[k][2] == "," and not any(verbs_at(m) for m in range(lo)) \
                    and (after := _comma_aside(items, k, verbs_at, step=1)) > 0:
                k = after  # "The council's vote on Monday, by 12 votes to six, rejected a search committee's
                continue  # recommendation": the day in the subject dates the verb after the aside
            if items[k][3] == "boundary":
                if step > 0 or items[k][2] != "," or (k := _comma_aside(items, k, verbs_at)) < 0:
                    break
                continue  # "crossed the coast near Mission Beach, between Cairns and Townsville, shortly after
                # midnight on Thursday": the place's aside holds no verb; the crossing is dated
            if text[items[k][0]:items[k][1]].lower() in (_SUBORDINATE if step > 0 else _OPENS_CLAUSE):
                break  # "into Wednesday after their team knocked Italy out", "Tensions rose after Girardin told
                # lawmakers on Monday": another clause's event
            if step < 0 and (planned := _scheduled_subject(text, items, k)):
                return planned  # "The budget is scheduled for March 18", "the budget would go ahead as planned on
                # March 11": the thing planned for the day, not the planning (or the saying further back)
            if said := _says(text, items[k]):
                return said  # "The FDA on Thursday warned consumers not to eat": the day of the warning; "Parents of
                # children sickened by tainted milk said Friday that", "told lawmakers on Monday": the day of saying
            if verbs := verbs_at(k):
                if verbs is _STARTED:
                    return frozenset()
                if step < 0 and k > 0 and text[items[k][0]:items[k][1]].endswith("ing") and items[k - 1][3] == "word" \
                        and text[items[k - 1][0]:items[k - 1][1]].lower() not in _MODALS and (main := verbs_at(k - 1)):
                    return main  # "were caught hiding in a rented house in the early hours of Monday": the catching
                return verbs | _participle_after(text, items, hi, verbs_at) if step < 0 else verbs
            seen += items[k][3] != "other"  # "the", "of", "to" add no distance: "sentenced two men to death and the
            # former chairwoman of the Sanlu dairy group to life in prison on Thursday"
            k += step
    return SAID if _said_before(text, items, lo) else frozenset()


_SCHEDULING = frozenset({"scheduled", "slated", "set", "due", "planned", "expected"})  # a day something is planned for
_BETWEEN_SUBJECT = frozenset({"is", "was", "are", "were", "be", "been", "being", "will", "would", "still", "now",
                              "also", "originally", "as", "ahead", "go", "goes", "went", "to", "has", "had", "have",
                              "and"}) | _SCHEDULING


def _scheduled_subject(text: str, items: list[tuple[int, int, str, str]], k: int) -> frozenset[str]:
    """The noun a date after a word of planning is the day of, as the date's event: "The budget is scheduled for
    March 18", "the Budget would go ahead as planned on March 11" (the budget's day), when a determiner opens the
    noun; else nothing."""
    if text[items[k][0]:items[k][1]].lower() not in _SCHEDULING:
        return frozenset()
    j = k - 1
    while j >= 0 and items[j][3] in ("word", "other") and text[items[j][0]:items[j][1]].lower() in _BETWEEN_SUBJECT:
        j -= 1
    if j < 1 or items[j][3] != "word" or text[items[j - 1][0]:items[j - 1][1]].lower() not in DETERMINERS | {"this",
                                                                                                           "next"}:
        return frozenset()
    return frozenset({lemma(text[items[j][0]:items[j][1]].lower())})


SAID = frozenset({"say"})  # the event of a date that dates only a statement: "Nigeria's museums chief said on Wednesday"

_STATE_VERBS = frozenset({"remain", "stay"})
_BEGIN_VERBS = frozenset({"begin", "start"})
_BEGUN_WHEN = re.compile(r"\s+(?:(?:late|early)\s+)?(?:on|in|at)\s")  # "began on Monday", not "began searching"

_STARTED = frozenset({"begin"})  # the verb before a day something began on, which dates no other verb
_LIGHT_VERBS = frozenset({"happen", "occur"})  # verbs whose subject says what happened: "the collision happened"
_NOUN_TO_VERB = (("ision", "ide"), ("osion", "ode"), ("ation", "ate"), ("ation", ""), ("ment", ""))  # collision,
# explosion, resignation, ...
# "the resignation on (Wednesday evening of ...)": the day of the noun's act
_NOUN_DATED = re.compile(r"\b(?:the|a|an|his|her|its|their)\s+([a-z]+(?:ion|ment|al|ure))\s+"
                         r"(?:(?:late\s+|early\s+)?on\s+)?$")


def _act_of_noun(noun: str) -> frozenset[str]:
    """The verb an event noun is of: "collision" collide, "explosion" explode, "crash" crash (WordNet has it as a
    verb); nothing for a noun of no act."""
    from .wordnet import wordnet

    wn = wordnet()
    low = noun.lower()
    forms = [low] + [low[:-len(a)] + b for a, b in _NOUN_TO_VERB if low.endswith(a) and len(low) > len(a) + 2]
    return frozenset(f for f in forms if any(x[0] == "v" for x in wn.senses(f)))


def _clause_after(cf: ClaimFacts, end: int) -> frozenset[str]:
    """The words of the clause a subordinating word opens after `end`: "returned to the table on Tuesday as a strike
    ... entered its second day" (the strike is another clause's)."""
    after = [t for t in cf.tokens if t.start >= end]
    for i, t in enumerate(after):
        if t.text.lower() in _SUBORDINATE:
            return _content(after[i + 1:])
        if t.text in (".", ";", ":"):
            break
    return frozenset()


def _says(text: str, item: tuple[int, int, str, str]) -> frozenset[str]:
    """The verb of saying the item is, written as a past or present ("warned": warn; "said": say), else nothing."""
    from .wordnet import wordnet

    s, e, _, kind = item
    word = text[s:e].lower()
    if kind not in ("word", "other") or not word.endswith(("ed", "id", "ld", "ys")):
        return frozenset()
    return wordnet().base_forms(word) & (SPEECH - {"announce"})


def _said_before(text: str, items: list[tuple[int, int, str, str]], lo: int) -> bool:
    """The verb just before a date, in its clause, says something: the date is when it was said."""
    for k in range(lo - 1, max(-1, lo - 4), -1):
        if items[k][3] == "boundary":
            return False
        if _says(text, items[k]):
            return True
    return False


NATIONALITY = frozenset({"kind:nationality"})  # the anchor of a nationality describing the name after it
_DESCRIBED = re.compile(r"\s+(?:[a-z-]+\s+){1,3}$")


def _descriptor(cf: ClaimFacts, n: Name) -> bool:
    """A nationality word opening the description of the name that follows it ("made by European missile maker
    MBDA", "German carmaker Volkswagen"): where the named one is from, comparable with places only."""
    word = cf.text[n.start:n.end]
    if not DEMONYM.fullmatch(word) or word.endswith("s") or word.lower() in lexicons().places:
        return False  # one nationality, not "Europeans", nor a country whose name looks like one ("Iran", "Japan")
    after = [m for m in cf.names if m.start > n.end]
    return bool(after) and _DESCRIBED.fullmatch(cf.text[n.end:after[0].start]) is not None \
        and not any(t.kind != "word" for t in cf.tokens if n.end <= t.start < after[0].start)


def _set_off(items: list[tuple[int, int, str, str]], lo: int, hi: int) -> tuple[int, int] | None:
    """The commas around the span of items [lo, hi) when it is an aside of its own between them, with nothing
    but function words beside it (", in 1934,")."""
    a, b = lo - 1, hi
    while a >= 0 and items[a][3] == "other":
        a -= 1
    while b < len(items) and items[b][3] == "other":
        b += 1
    if 0 < a and b < len(items) - 1 and items[a][2] == "," and items[b][2] == ",":
        return a, b
    return None


def _participle_after(text: str, items: list[tuple[int, int, str, str]], k: int,
                      verbs_at: Callable[[int], frozenset[str]]) -> frozenset[str]:
    """The verb of a participle clause right after a date and its comma: the same day's doing ("tore through the
    village on Monday, sweeping cars into the sea" dates the sweeping too)."""
    if k + 1 < len(items) and items[k][2] == "," and text[items[k + 1][0]:items[k + 1][1]].endswith("ing"):
        return verbs_at(k + 1)
    if k + 2 < len(items) and items[k][2] == "," and text[items[k + 1][0]:items[k + 1][1]].lower() == "with":
        for m in range(k + 2, min(len(items), k + 2 + WITH_REACH)):  # "devalued the yuan on Tuesday, with the
            if items[m][3] == "boundary":  # central bank cutting the currency's daily reference rate": its doer
                break
            if text[items[m][0]:items[m][1]].endswith("ing") and (verbs := verbs_at(m)):
                return verbs
    return frozenset()


WITH_REACH = 5  # items from "with" to the participle of its clause ("with the central bank cutting")


def _comma_aside(items: list[tuple[int, int, str, str]], k: int,
                 verbs_at: Callable[[int], frozenset[str]], step: int = -1) -> int:
    """Reading from the comma at k in direction `step`: the item beyond an aside set off by commas that holds no verb
    and no clause word (back: ", between Cairns and Townsville,"; on: ", by 12 votes to six,"), or -1 when what lies
    that way is another clause."""
    j = k + step
    while 0 <= j < len(items) and (items[j][3] != "boundary" or items[j][2] in ("and", "or")):
        if items[j][2] in _SUBORDINATE or verbs_at(j):
            return -1
        j += step
    return j + step if 0 <= j + step < len(items) and items[j][2] == "," and abs(j - k) > 1 else -1


def _edge(items: list[tuple[int, int, str, str]], idx: range, step: int) -> bool:
    """Nothing but function words between the span and the sentence's edge in direction `step`."""
    k = idx[0] - 1 if step < 0 else idx[-1] + 1
    while 0 <= k < len(items):
        if items[k][3] != "other" or items[k][2] in ".!?" and 0 < k < len(items) - 1:
            return items[k][2] in ".!?" and (k == len(items) - 1)
        k += step
    return True


def _clause_from(items: list[tuple[int, int, str, str]], k: int, step: int) -> set[str]:
    """The anchor keys of up to NEAR items from k on, walking by `step` until a clause boundary."""
    out: set[str] = set()
    seen = 0
    while 0 <= k < len(items) and seen < NEAR and items[k][3] != "boundary":
        if items[k][3] in ("word", "fact"):
            out.add(items[k][2])
        seen += 1
        k += step
    return out


def _apposition_start(items: list[tuple[int, int, str, str]], comma: int, reach: int = 12) -> int:
    """The comma opening an apposition ("Marvel, the home of Iron Man and the Avengers,") that closes at the comma
    at `comma`; -1 when the clause before `comma` is none."""
    k = comma - 1
    while k > 0 and comma - k <= reach and (items[k][3] != "boundary" or items[k][2] == "and"):
        k -= 1
    return k if k > 0 and items[k][2] == "," and items[k + 1][2] in ("the", "a", "an") else -1


_APPOSITION_OPENERS = {"the", "a", "an", "its", "his", "her", "their"}


def _apposition_after(items: list[tuple[int, int, str, str]], k: int, reach: int = 8) -> int | None:
    """Past an apposition opening with the comma at k (", the country's highest administrative court,"): the item
    after its closing comma, when a word follows there; None when k opens no such aside."""
    if items[k][2] != "," or k + 1 >= len(items) or items[k + 1][2] not in _APPOSITION_OPENERS:
        return None
    j = k + 1
    while j < len(items) and j - k <= reach and items[j][3] != "boundary":
        j += 1
    if j < len(items) - 1 and j - k <= reach and items[j][2] == "," and items[j + 1][3] == "word":
        return j + 1
    return None


def _aside(items: list[tuple[int, int, str, str]], k: int, step: int) -> int | None:
    """Where a bracket holding only figures ends ("($50.6 billion)", "(2040 GMT)"), to read past it."""
    opening, closing = ("(", ")") if step > 0 else (")", "(")
    if items[k][2] != opening:
        return None
    j = k + step
    while 0 <= j < len(items) and items[j][2] != closing:
        if items[j][3] == "word" and items[j][2].upper() not in ZONE_HOURS:
            return None  # "(0401 GMT)" is a figure and its zone
        j += step
    return j + step if 0 <= j < len(items) and j != k + step else None


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _is_person(n: Name) -> bool:
    """A person's name: one the name reader calls a person (or any name with role words), that names no place
    or body ("San Diego Chargers") and is not made of common words only ("Mt Cook National Park", "White
    House"), unless it carries a title ("Police Chief Bill Blair")."""
    if not (n.kind == "person" or (n.kind == "other" and n.role)):
        return False
    if n.role and any(t in lexicons().titles for t in n.role):
        return True
    from .wordnet import wordnet

    if _names_a_place_or_body(n):
        return False  # "San Diego Chargers": a place's team
    words = [k for k in (k.rstrip(".") for k in n.keys) if len(k) > 3 and k not in _PARTICLES]
    return not words or not all(wordnet().common(k) for k in words) or _given_then_surname(n)


def _given_then_surname(n: Name) -> bool:
    """A known given name, then one more word that names no group ("Jack Shepherd", "Charlotte Brown"): a person,
    though both words are common nouns; not "Christian Democrats", nor a given name that is a country or a state
    ("Georgia Power", "Victoria Station")."""
    lex = lexicons()
    return len(n.keys) == 2 and n.keys[0] in lex.given_names and lex.places.get(n.keys[0]) in (None, "city") \
        and _GROUP_NOUN.search(n.keys[1]) is None


_GROUP_NOUN = re.compile(r"(?:ists|ans|ats|ives|als|ers)$")  # "Democrats", "Socialists", "Greens" aside


def _names_a_place_or_body(n: Name) -> bool:
    """A body's word or a place (or a place's other name) among the name's words: "San Diego Chargers"."""
    lex = lexicons()
    keys = [k.rstrip(".") for k in n.keys]
    spans = {" ".join(keys[i:j]) for i in range(len(keys)) for j in range(i + 1, len(keys) + 1)}
    return any(k in lex.org_words for k in keys) or any(sp in lex.places or sp in lex.aliases_text for sp in spans)


_TIMES_OF_OFFICE = {"former", "ex", "late", "outgoing", "acting", "then", "incoming"}  # when, not which office


def _modifier(cf: ClaimFacts, n: Name, nouns_only: bool = False) -> bool:
    """A name used as a noun's modifier, not as a person: "a House Republican leadership spokesman", "the Obama
    administration" (a lower-case noun, not a verb, follows it). With `nouns_only`, only before a word that is
    nothing but a noun ("the UN wildlife trade convention", not "the Board sent")."""
    if n.text.endswith(("'s", "’s")):
        return False  # "Amanda Knox's conviction": a possessor is a person, not a modifier
    if len(n.keys) >= 2 and n.role_span and n.role_span[1] <= n.start and any(
            w.rstrip(".") in lexicons().titles and w not in _TIMES_OF_OFFICE for w in n.role):
        return False  # "the resignation of UBS Chief Executive Oswald Gruebel days later": a titled person
    nxt = next((t for t in cf.tokens if t.start >= n.end), None)
    if nxt is None or nxt.kind != "word" or nxt.cap or cf.text[n.end:nxt.start].strip():
        return False
    if nxt.text.lower() in FUNCTION or nxt.text.lower() in _PREPOSITIONS or len(nxt.text) < 3:
        return False  # "the injured Andy Robertson at the interval": "at" is a noun only to WordNet
    if _title_of_the_next(cf, nxt):
        return True  # "former Juventus general manager Luciano Moggi": the body the next person's title is of
    from .wordnet import wordnet

    senses = [s for b in wordnet().base_forms(nxt.text) for s in wordnet().senses(b)]
    if bool(senses) and all(s[0] == "n" for s in senses):
        return True
    if nouns_only:
        return False
    # "at the historic Sunda Kelapa harbour", "A Melbourne judge": after an article, a name before an uninflected noun
    # names that thing
    word = nxt.text.lower()
    before = [t for t in cf.tokens if t.end <= n.start][-2:]
    return (any(t.key in ("the", "a", "an") for t in before) and len(word) > 3 and word in wordnet().base_forms(word)
            and any(s[0] == "n" for s in wordnet().senses(word)))


def _title_of_the_next(cf: ClaimFacts, first: Token) -> bool:
    """Lower-case words from `first` on, a title among them, lead straight to a capitalised name ("general manager
    Luciano Moggi")."""
    titles = lexicons().titles
    after = [t for t in cf.tokens if t.start >= first.start][:TITLE_RUN + 1]
    k = 0
    while k < len(after) and after[k].kind == "word" and not after[k].cap and after[k].text.islower():
        k += 1
    return 0 < k <= TITLE_RUN and k < len(after) and after[k].cap and after[k].kind == "word" and any(
        t.text in titles for t in after[:k])


TITLE_RUN = 3  # lower-case words of a title between a body and its holder's name


def _titled(n: Name) -> bool:
    """One name after a title: "President Biden", "Floyd's brother Philonise"; not a title read as a name
    ("Treasury Secretary"), a body ("Labour Party's"), a plural ("Labour MPs") or a place, and the title must
    be an office or a family word, not only whose it is ("Labour")."""
    from .lexicon import affiliations

    lex = lexicons()
    key = n.keys[0].rstrip(".") if len(n.keys) == 1 else ""
    office = {w.rstrip(".") for w in n.role} & lex.titles - affiliations()
    return (bool(key) and bool(office) and key not in lex.titles and key not in lex.org_words
            and key not in lex.places and not (n.text[:1].isupper() and n.text.rstrip("'’s").isupper()
                                                 or re.fullmatch(r"[A-Z]+s", n.text)))


class People(dict[str, Person]):
    """The people of one version by surname key; `parts` indexes the other parts of their full names once the
    set is complete (see mention_key)."""

    parts: dict[str, list[str]] | None = None


def build_people(analyses: list[ClaimFacts]) -> People:
    """People of one version, joined by surname; a lone unknown word joins a person with that surname."""
    people = People()
    named: set[int] = set()  # the names that made a person (their first words may be common nouns)
    bodies = {person_key(n) for cf in analyses for n in cf.names if _BODY_APPOSITION.match(cf.text, n.end) or n.vessel}
    # and a ship: "the frigate KNM Helge Ingstad" ... "The Helge Ingstad is one of five frigates"
    for ci, cf in enumerate(analyses):
        for n in cf.names:
            if person_key(n) in bodies:
                continue  # "Thames Water, Britain's biggest water company,": a body, named like a person
            if in_quoted_title(cf, n):
                continue  # "Grand Theft Auto IV", "The Tonight Show with Jay Leno": a title, no person
            honoured = len(n.keys) == 1 and _HONORIFIC_BEFORE.search(cf.text[:n.start]) is not None  # "Ms Ardern"
            who = n.kind == "person" and (_who_follows(cf, n) or _AGE_AFTER.match(cf.text, n.end) is not None)
            # "Mark Porter, who chairs the BMA council"; "Ruth Perry, 53, head of": a name of common words
            if (_is_person(n) or honoured or who) and (len(n.keys) >= 2 or _titled(n) or honoured) \
                    and not _modifier(cf, n):
                key = person_key(n)
                named.add(id(n))
                p = people.setdefault(key, Person(key, n))
                if len(n.keys) > len(p.full.keys):
                    p.full = n
    # a later mention may use any part of the name but the given name: "Lula" for Luiz Inacio Lula da Silva; "Xi"
    # for Xi Jinping, whose surname comes first
    parts: dict[str, set[str]] = {}
    for key, p in people.items():
        for k in _later_parts(p.full):
            if k not in _PARTICLES:
                parts.setdefault(transliterate(k), set()).add(key)
    for ci, cf in enumerate(analyses):
        for n in cf.names:
            key = person_key(n)
            if key not in people and len(n.keys) == 1 and len(parts.get(key, ())) == 1:
                key = next(iter(parts[key]))
            if key in people and (_is_person(n) or len(n.keys) == 1 or id(n) in named):  # "Charlotte Brown, 24,"
                people[key].mentions.append((ci, n))
                if n.role:
                    people[key].roles.append((ci, n))
    return people


_BODY_APPOSITION = re.compile(r",\s*(?:the|an?|[\w-]+['’]s)\s+(?:[\w-]+\s+){0,3}(?:company|firm|group|bank|lender|"
                              r"insurer|utility|carrier|airline|retailer|maker|manufacturer|supplier|operator|"
                              r"broadcaster|newspaper|agency|charity|club|party|union|regulator|watchdog)\s*[,;.]")
# a noun phrase whose head is a body's word: not "Sergio Ermotti, the bank's chief executive", "Stan O'Neal, will join
# the combined company"
_WHO_AFTER = re.compile(r",\s*who(?:se)?\s+(\w+)")
_AGE_AFTER = re.compile(r",\s*(?:aged\s+)?\d{1,3},")  # "Ruth Perry, 53,": a person's age


def _who_follows(cf: ClaimFacts, n: Name) -> bool:
    """A relative clause only a person takes, in the singular: "Mark Porter, who chairs the BMA council," is a man,
    though his name's words are common nouns; not "the New Orleans Saints, who have placed" (a team, plural) nor a
    name with a place or a body's word in it."""
    m = _WHO_AFTER.match(cf.text, n.end)
    if m is None or m.group(1).lower() in ("have", "are", "were", "do", "own"):
        return False
    return not _names_a_place_or_body(n)

_PARTICLES = {"le", "la", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "al", "el", "bin", "ibn",
              "dos", "das", "do", "y", "jr", "sr", "ii", "iii"}


def mention_key(n: Name, people: dict[str, Person]) -> str | None:
    """The person a mention names, by surname or by another part of the full name ("Lula"), if known; never
    a place or a body ("Spain" after "King Felipe of Spain")."""
    if n.kind in ("place", "org"):
        return None
    key = person_key(n)
    if key in people:
        return key
    if len(n.keys) == 1:
        owners = _part_owners(people).get(key, ())
        if len(owners) == 1:
            return owners[0]
    return None


def _part_owners(people: dict[str, Person]) -> dict[str, list[str]]:
    """Who has each later part of a full name (particles included), worked out once per set of people."""
    if isinstance(people, People) and people.parts is not None:
        return people.parts
    parts: dict[str, list[str]] = {}
    for p in people.values():
        for k in {transliterate(k) for k in _later_parts(p.full)}:
            parts.setdefault(k, []).append(p.key)
    if isinstance(people, People):
        people.parts = parts
    return parts


def _later_parts(full: Name) -> tuple[str, ...]:
    """The parts of a full name a later mention may use alone: all but the given name, which is the first but in
    Chinese, Korean and Vietnamese order ("Xi Jinping", "Moon Jae-in"), where the first is the surname, and but
    where the first is no given name the lexicons know ("Masidi Manjun", then "Masidi said": Malay names are used
    by the given name, which Faker's lists do not hold)."""
    keys = full.keys
    return keys if len(keys) >= 2 and (keys[0] in SURNAME_FIRST or keys[0] not in lexicons().given_names) \
        else keys[1:]


# surnames written before the given name in Chinese, Korean and Vietnamese names: the commonest, short ones
SURNAME_FIRST = frozenset({
    "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo",
    "lin", "gao", "luo", "zheng", "liang", "xie", "tang", "feng", "deng", "cao", "peng", "zeng", "xiao",
    "tian", "dong", "pan", "yuan", "cai", "jiang", "du", "ye", "cheng", "wei", "su", "lu", "ding", "ren", "shen",
    "yao", "jin", "xi", "wen", "bo", "kong", "qin", "yi", "geng", "meng", "hou", "shi", "mao", "zhong", "fu", "bai",
    "kim", "park", "choi", "jung", "kang", "cho", "yoon", "jang", "lim", "oh", "seo", "shin", "kwon", "hwang",
    "ahn", "yoo", "jeon", "moon", "ko", "roh", "chun", "nguyen", "tran", "pham", "vo", "phan", "dang", "bui",
    "ngo", "duong", "ly", "hun"})  # not "he" nor "le", a pronoun and a particle


def _proper(n: Name) -> bool:
    """A name of no known kind that is still a name: not made of common words and weekdays only ("Headline",
    "Global", "Sunday's"), nor a lone capitalised first word that may be a common word ("Police said"; but
    "Greenpeace said")."""
    return _proper_keys(n.keys) and (not n.initial or not _common_first(n.text))


def _common_first(word: str) -> bool:
    """A capitalised first word that may be a common word: WordNet knows it in lower case, or it has an apostrophe."""
    from .wordnet import wordnet

    return "'" in word or "’" in word or wordnet().common(word)


@lru_cache(maxsize=16384)
def _proper_keys(keys: tuple[str, ...]) -> bool:
    from .wordnet import wordnet

    words = [k.rstrip(".").removesuffix("'s") for k in keys if k not in _PARTICLES]
    places = lexicons().places  # "Air China": a country's name is a name, whatever else WordNet has it for
    return any(len(w) > 1 and (not wordnet().common(w) or w in places) and w not in _WEEKDAY_WORDS for w in words)


_WEEKDAY_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}


def _persons_in(cf: ClaimFacts, people: dict[str, Person], spans: list[tuple[int, int]]) -> list[tuple[Name, str]]:
    """Mentions of known people in a claim, outside the given spans (quotations)."""
    out = []
    for n in cf.names:
        key = mention_key(n, people)
        if key is not None and not _inside(spans, n.start, n.end):
            out.append((n, key))
    return out


def _opening_person(cf: ClaimFacts, people: dict[str, Person], spans: list[tuple[int, int]],
                    sexes: dict[str, str]) -> Name | None:
    """The person a sentence opens with, as its subject ("Christo Wiese, the chairman, will run the group"; not
    "Wiese's lawyer"): who a "he said" later in the sentence is, before anyone of an earlier sentence."""
    found = _persons_in(cf, people, spans)
    first = found[0][0] if found else None
    begins = (first.role_span or (first.start,))[0] if first is not None else -1  # the role before it, if any
    opens = first is not None and cf.tokens and (
        cf.tokens[0].start in (first.start, begins)
        or _OPENING_ADVERBIAL.fullmatch(cf.text[:begins]) and re.match(r"\s+[a-z]", cf.text[first.end:]))
    # "Earlier in the day Schettino had wept as he told the court": a time before the subject, the subject then its
    # verb (not "After meeting Smith, he said")
    if not opens or _possessive(cf, first):  # "Archbishop Bernard Barsi drew laughter ... when he said"
        return None
    if _ASIDE_SAID.match(cf.text[first.end:]):
        return None  # "Vladimir Putin, he said, had invaded Ukraine": the name is what was said about
    sex = _pronoun_sex(cf)
    return None if sex is not None and sexes.get(found[0][1], sex) != sex else first


def _titled_speaker(cf: ClaimFacts, people: dict[str, Person], ci: int,
                    spans: list[tuple[int, int]]) -> tuple[str, Name] | None:
    """The speaker a sentence names by title alone ("the Pope said", "said the patriarch"), when the version has
    given that title to one person so far and the sentence names nobody: that person's key, and the words that
    name them here as their mention ("the Pope", keyed as the person)."""
    if _persons_in(cf, people, spans):
        return None
    toks = [t for t in cf.tokens if not _inside(spans, t.start, t.end)]
    said = [t for t in toks if is_speech(t)]
    if len(said) != 1:
        return None
    k = toks.index(said[0])
    titles = lexicons().titles
    told = said[0].text.lower() in ("told", "tell", "tells", "telling")  # "he told the judge": the one told
    words = next((w for w in (toks[k - 2:k], [] if told else toks[k + 1:k + 3]) if len(w) == 2
                  and w[0].text.lower() == "the" and w[1].text.lower() in titles), None)  # "the Pope said", "said
    # the Pope"
    if words is None:
        return None
    title = words[1].text.lower()
    holders = [(key, p) for key, p in people.items() if any(c <= ci and title in n.role for c, n in p.roles)]
    if len(holders) != 1:
        return None  # "the minister said" after two ministers: either
    key, person = holders[0]
    start, end = words[0].start, words[1].end
    return key, Name(start, end, cf.text[start:end], person.full.keys, "person", (title,))


_OPENING_ADVERBIAL = re.compile(r"(?:Earlier|Later|Afterwards|Then|On|In|At|Outside|Inside|Before|After)\b"
                                r"[a-z0-9 ]{0,30}?\s")  # "Earlier in the day ", "On Wednesday ", "Outside court "
_ASIDE_SAID = re.compile(r",\s*(?:he|she|they)\s+\w+\s*,", re.IGNORECASE)  # ", he said," set off after a name
_CLAUSE_OPENERS = {"and", "but", "while", "whereas"}
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|they|who|it)\b", re.IGNORECASE)


def _clause_subject(cf: ClaimFacts, n: Name) -> bool:
    """A name that opens its clause ("Lay, 64, faces", "and Skilling, 52, up to"), not an object ("hit Nuwan
    Kulasekara for a six") nor a possessor ("Lay's lawyer")."""
    if _possessive(cf, n):
        return False
    words = cf.text[:n.start].split()
    while words and words[-1][:1].isupper() and words[-1][-1:] not in ",;:":
        words.pop()  # a title or honorific before the name: "Mr Bolsonaro", "Justice Kennedy"
    k = next((k for k in range(min(ARTICLE_ADJECTIVES, len(words) - 1) + 1)
              if words[len(words) - 1 - k] in ("the", "The")), None)
    if k is not None and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words[len(words) - k:]):
        del words[len(words) - 1 - k:]  # "while the FDP returned to parliament with 10.7 percent": a body's article;
        # "The pro-unity Ciudadanos party was the largest": and the words describing it
    if len(words) >= 2 and words[-1].lower() in KIN and words[-2].lower() in ("his", "her", "their"):
        del words[-2:]  # "His wife Helene, 53, was sentenced to four years": the relative opens the clause
    return not words or words[-1][-1] in ",;:" or words[-1].lower() in _CLAUSE_OPENERS


ARTICLE_ADJECTIVES = 2  # lower-case words between "the" and a name it opens ("the pro-unity Ciudadanos party")


def _owner_before(cf: ClaimFacts, n: Name, start: int) -> bool:
    """The person a figure is of: the name opening the figure's clause, or a possessive right before the figure
    ("to Bolsonaro's 43.2%")."""
    between = cf.text[n.end:start]
    if _possessive(cf, n):
        return not between.strip(" '’s") or bool(_HIS_MEASURE.fullmatch(between))
    return _clause_subject(cf, n) and not _PRONOUN_SUBJECT.search(between)  # "..., after he lost 38sec": "he" may
    # be someone else


# "da Silva's margin at about", "Lula's lead of", "Mr Modi's majority was": the measure of the possessor
_HIS_MEASURE = re.compile(r"(?:['’]s?)?\s(?:[a-z]+\s)?[a-z]+\s(?:at|of|was|is|stood at|to)\s(?:(?:about|around|some|roughly|"
                          r"nearly|almost|just)\s)?")
# "a second dual national, Anoosheh Ashoori", "A third dual national, environmentalist Morad Tahbaz": who the counted
# one is, in apposition
_NAMED_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+(?:(?!(?:and|but|while|whereas|then|as|when|only|for|to|"
                          r"by|with|after|before)\s)[a-z-]+\s+){0,2}")  # not "in the 66th minute, and Cheslin Kolbe
# added", "took the seventh game, only for Anand to strike back": a new clause
# "detained 27 people, among them Massimo Carminati": one of those counted, not whose figure it is; "a record 8.17
# million votes, defeating Han Kuo-yu": the one beaten
_MEMBER_AFTER = re.compile(r",\s+(?:among|including|such as|defeating|beating|ahead of|against)\b")
_FOR_WHOM = re.compile(r"\s*(?:%|per ?cent|of the vote)?\s*for\s+(?:[a-z]+\s+){0,2}")  # "24.5% for incumbent"
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?\w+ed\b")  # "was certified", "were banned"
_RELATIVE_AFTER = re.compile(r"^(?:, \d{1,3})?, (?:which|who) [^,;:\"“”]*$")  # "Blatter, 79, who had defended"


# "Loganair, which serves the Highlands and islands, said it had cancelled": the body the relative clause is about
# opens the clause past it (its own verb, or what it said of itself), no other subject between
_RELATIVE_THEN_VERB = re.compile(r"^, (?:which|who) [^,;:\"“”]*, (?:(?:said|says|added)(?: that)? (?:it|they) )?"
                                 r"(?![a-z ]*\b(?:the|a|an|its|their|his|her|he|she)\b)[a-z ]*$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def nationality_word(text: str) -> bool:
    """A word the lexicon has for a country's people ("German", "Argentine"), not a name that only ends like one."""
    key = (text.lower(),)
    lex = lexicons()
    return DEMONYM.fullmatch(text) is not None and key in lex.aliases and lex.aliases[key] in _COUNTRY_KEYS(lex)


def _side_right_before(cf: ClaimFacts, start: int) -> Name | None:
    """A team's or a body's name written right before a figure, as its object ("leaves Celtic six points clear")."""
    n = next((m for m in reversed(cf.names) if m.end <= start), None)
    if n is None or cf.text[n.end:start].strip() or n.kind not in ("org", "other") or not _proper(n) \
            or nationality_word(n.text) or re.match(r"\s*$", cf.text[:n.start]):
        return None  # not a name opening the sentence: it is the subject, whose figure the other branches read
    return n


def _body_before(cf: ClaimFacts, start: int) -> Name | None:
    """The team, company or country a figure is of: the last name of one before it that opens the figure's clause,
    or is possessive right before it, or that a relative clause leading to the figure is about ("Chelsea, which
    finished sixth")."""
    names = [n for n in cf.names if n.end <= start and n.kind in ("org", "place", "other") and _proper(n)
             and not (nationality_word(n.text) and _LOWER_WORD_AFTER.match(cf.text, n.end))
             and not (n.kind == "place" and _modifier(cf, n))]  # not "A German high-speed train", "A Melbourne
    # judge": a nationality or a place describing a noun owns nothing
    if not names:
        return None
    n = names[-1]
    between = cf.text[n.end:start]
    if _RELATIVE_AFTER.match(between) or _RELATIVE_THEN_VERB.match(between):
        return n
    if _ITS_BEFORE.search(cf.text, 0, start) and not cf.text[:names[0].start].strip(" \"“'‘") \
            and names[0].kind != "place":
        return names[0]  # "Malev ... went bust, leaving ... and its 3,600 staff facing the sack": the subject's
    plain = _PARTICIPLE_AFTER_COMMA.sub(" ", _APPOSITION_FIRST.sub("", between, count=1))  # "Ciudadanos, the
    # unionist party led by Ines Arrimadas, won ... 37 seats", "Ciudadanos party was the largest party, winning 36":
    # an aside about the body, a participle of its clause
    return n if "," not in plain and _owner_before(cf, n, start) else None  # not "Kenyans made up the largest
    # group, with 32 on board, followed by 18 Canadians"


_ITS_BEFORE = re.compile(r"\bits\s+$")


def _in_aside(cf: ClaimFacts, body: Name, n: Name) -> bool:
    """`n` is named in the aside set off right after `body` ("Ciudadanos, the unionist party led by Ines Arrimadas,
    won"): it says who leads the body, not whose the clause's figures are."""
    m = _APPOSITION_FIRST.match(cf.text[body.end:])
    return m is not None and n.end <= body.end + m.end()


_APPOSITION_FIRST = re.compile(r"^,\s+(?:the|a|an)\s[^,;:]*,")  # ", the unionist party led by Ines Arrimadas,"
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s+(?=(?:winning|taking|securing|earning|gaining|scoring|claiming|polling|"
                                     r"getting|receiving|collecting)\s)")  # what the subject won, not "leaving 67.5
# billion euros from outside lenders": what it left to others
REPORTED = "role:reported"  # the anchor of a name that opens what someone said
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|insisted|argued)\s+(?:that\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
_AUX_AFTER = re.compile(r"^\s+(?:would|will|was|is|had|has|could|should|did|may|might|must|can|were|are|have)\b")


def reported_subject(text: str, name: Name) -> bool:
    """The name opens what was said ("said Mr Black could have tried"): it is spoken of, not speaking."""
    return bool(_SAID_BEFORE.search(text[max(0, name.start - 30):name.start])) and bool(
        _AUX_AFTER.match(text[name.end:name.end + 12]))


def _ranked_within(q: Quantity, body: Name) -> bool:
    """ "Britain's fifth-biggest lender": the place a superlative rank holds in is no owner of the rank."""
    return q.unit == "ord" and (q.noun or "").endswith("est") and body.kind == "place"


def _owner_of(cf: ClaimFacts, n: Name, start: int) -> bool:
    """A name whose the figure at `start` is: it opens the figure's clause, is possessive right before it, or a
    relative clause about it leads to the figure ("Tottenham Hotspur, who finished fourth")."""
    return bool(_RELATIVE_AFTER.match(cf.text[n.end:start])) or _owner_before(cf, n, start)


_SENTENCING = re.compile(r"\b(?:sentenced|sentencing|jailed|jailing|fined|fining|gave|giving|handed|awarded|banned|"
                         r"ordered|ordering)\s+$")


def _sentenced(cf: ClaimFacts, start: int) -> Name | None:
    """The name right before the figure at `start` to whom a sentence, fine or award is given ("sentenced Najib to
    12 years", "fined Thames Water £20m"): the figure is theirs, not the judge's."""
    names = [n for n in cf.names if n.end <= start]
    if not names:
        return None
    n = names[-1]
    if _SENTENCING.search(cf.text[max(0, n.start - 20):n.start]) and re.fullmatch(r"\s*(?:to\s+)?(?:a\s+)?",
                                                                                   cf.text[n.end:start]):
        return n
    return None


def _possessive(cf: ClaimFacts, n: Name) -> bool:
    return bool(re.search(r"['’]s?$", cf.text[n.start:n.end]) or re.match(r"['’]s\b", cf.text[n.end:n.end + 3]))


_AGE_BEFORE_NAME = re.compile(r"\s+(?:[\w.-]+\s+){0,3}")  # "-year-old" and up to three words before the name
_AGE_REF = re.compile(r"\bthe\s+\d{1,3}-year-old\b", re.IGNORECASE)
# a person told by nationality or side and trade, opening the sentence: "The Argentine forward", "The Frenchman"
# (not "The Barcelona striker Luis Suarez", who is named)
_NATIONAL_REF = re.compile(r"The\s+(?:(?:(?:French|Dutch|Welsh|Irish|English|Scots)man|Spaniard|Briton|Swede|Dane|Pole|"
                           r"Finn|Scot)\b|[A-Z][a-z]+(?:-born)?\s+(?P<trade>[a-z]+)\b(?!\s+[A-Z]))")
_TRADES = {"forward", "winger", "goalkeeper", "keeper", "defender", "playmaker", "driver", "rider", "cyclist",
           "sprinter", "runner", "swimmer", "boxer", "golfer", "player", "veteran", "international"}


def _described_person(cf: ClaimFacts) -> bool:
    """The sentence opens with a person told by nationality and trade or title, not by name: "The Argentine forward
    had started the evening on 250 goals", "The Frenchman finished third": the one the sentence before was about."""
    m = _NATIONAL_REF.match(cf.text.lstrip("\"“'‘ "))
    return m is not None and (m.group("trade") is None or m.group("trade") in _TRADES
                              or m.group("trade") in lexicons().titles)
_A_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)  # "a 34-year-old": an age that introduces someone


def _subject(cf: ClaimFacts, people: dict[str, Person]) -> str | None:
    """The first person a sentence names: who a following "he", "she" or "the 47-year-old" is likely to be."""
    found = [(n, k) for n, k in _persons_in(cf, people, [(q.start, q.end) for q in cf.quotes])
             if not _possessive(cf, n) and not _after_article(cf, n)
             and not _opening_agent(cf, n)]
    return found[0][1] if found else None


def _opening_agent(cf: ClaimFacts, n: Name) -> bool:
    """The name is the agent in a phrase that opens the sentence before its own pronoun subject: "Coached by Michael
    Chang, he admitted ..." is about "he" (not "The inquiry was run by Kevan Gosper", which is about Gosper)."""
    before = cf.text[:n.start]
    return _AGENT_BEFORE.search(before) is not None and "," not in before \
        and _PRONOUN_AFTER_PHRASE.match(cf.text, n.end) is not None


_AGENT_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_PRONOUN_AFTER_PHRASE = re.compile(r"[^,.;]*,\s+(?:he|she|they)\b")

_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def _after_article(cf: ClaimFacts, n: Name) -> bool:
    """ "the roof of the Casa Rosada", "held at the Capella Hotel": a name after an article is a place or a thing,
    never who speaks."""
    return _ARTICLE_BEFORE.search(cf.text, max(0, n.start - 5), n.start) is not None


def _back_reference_at(cf: ClaimFacts) -> int | None:
    """Where a sentence first refers back to a person by "he", "she" or "the 47-year-old" (outside quotations)."""
    spans = [(q.start, q.end) for q in cf.quotes]
    at = [t.start for t in cf.tokens if t.key in ("he", "she") and not _inside(spans, t.start, t.end)]
    at += [m.start() for m in _AGE_REF.finditer(cf.text) if not _inside(spans, m.start(), m.end())]
    return min(at, default=None)


def _first_person_at(cf: ClaimFacts, people: dict[str, Person]) -> int:
    found = [n.start for n, _ in _persons_in(cf, people, [(q.start, q.end) for q in cf.quotes])]
    return min(found, default=len(cf.text))


# a name followed by one of these, after a speech verb, opens the reported clause: "said Weinstein would appeal"
_REPORTED_AUX = {"would", "will", "was", "is", "had", "has", "could", "should", "did", "may", "might", "must", "can",
        "were", "are", "have", "be", "does", "wo"}


# a name after these is the author of words someone else says: "Quoting Wilfrid Laurier", "in the words of"
_CITED = re.compile(r"\b(?:quoting|citing|paraphrasing|echoing|words of|borrowing from)\s+(?:[A-Z][\w.'’-]*\s+)*$",
                    re.IGNORECASE)


_DESCRIBED_AS = re.compile(r"\s+as\s")  # after the object of a verb of describing: "described Versace as"
_OBJECT_OF = re.compile(r"\b(?:of|about|against|for|to|with|on|at|in|from|over)\s+$", re.IGNORECASE)


def _speaker(cf: ClaimFacts, quote: Quote, people: dict[str, Person]) -> Name | None:
    """The person a sentence gives as saying `quote`: the one next to a speech verb ("said Rayner", "Roxas said",
    "according to Lim", "Rotunno called it"), else the sentence's subject for a quoted phrase ("Vance thanked
    the women for their 'remarkable courage'"). Not a possessive ("Weinstein's lawyer"), nor the subject of
    the reported clause ("said Weinstein would appeal")."""
    spans = [(q.start, q.end) for q in cf.quotes]
    text = cf.text
    tokens = cf.tokens
    cands = []
    verbs = [t for t in tokens if is_speech(t) and not _inside(spans, t.start, t.end)]
    described: Token | None = None  # a verb of describing whose object is named: "described Versace as"
    for n, _ in _persons_in(cf, people, spans):
        if _possessive(cf, n) or _modifier(cf, n) or _after_article(cf, n):
            continue  # "Weinstein's attack", "the Floyd family", "at the Capella Hotel"
        if _CITED.search(text[:n.start]) or _CITED.search(text[:n.start] + text[n.start:n.end].split(" ")[0] + " "):
            continue  # "Quoting Wilfrid Laurier, he added", "drew on the words of Laurier": the words' author
        if _DESCRIBED_AS.match(text, n.end) and (v := next((v for v in verbs if v.end <= n.start), None)):
            described = v
            continue  # 'Patrizio Bertelli, Prada's chairman, described Versace as "a brand with a bold ...
            # aesthetic"': the one described is what the words are about
        if _TOLD_BEFORE.search(text[:n.start]):
            continue  # "Duarte, the deputy director, told TV Globo: ...": whom he told is no speaker
        if any(v.end <= n.start and _DESCRIBING_CLAUSE.search(text, v.end, n.start) for v in verbs):
            continue  # '"...," the Chinese president said at the ceremony in Zhuhai, which was attended by Carrie
            # Lam': a name in a clause that describes something after the verb is no speaker
        k = next((i for i, t in enumerate(tokens) if t.start >= n.end), None)
        if k is not None and tokens[k].text.lower() in _REPORTED_AUX and any(v.end <= n.start for v in verbs):
            continue  # "said Weinstein would appeal", "said Germany, France and Spain were in": what was said
        if k is not None and k + 1 < len(tokens) and tokens[k].text in _OPENING_QUOTES \
                and tokens[k + 1].text[:1].islower() and any(v.end <= n.start for v in verbs):
            continue  # 'Nadal ... said Wawrinka "has been knocking on the door"': the quotation goes on from the name,
            # which is what was said about
        cands.append(n)
    if described is not None:
        cands = [n for n in cands if n.end <= described.start]  # 'the Council described Fridman as "..." and Aven
        # as one of the closest oligarchs to President Vladimir Putin': the describer, if named, is the one before
    if not cands:
        return None
    if not verbs:
        cands = [n for n in cands if not _OBJECT_OF.search(text, max(0, n.start - 10), n.start)]
        if not cands:
            return None  # 'found that the jury "ought to have entertained a doubt" about the guilt of Pell': the one
            # a preposition names is what the phrase is about, not who says it
        if (subject := _UNNAMED_SUBJECT.match(text, 0, cands[0].start)) and subject.group(1) in lexicons().titles:
            return None  # 'The Indian prime minister thanked Mr Khan for "respecting the sentiments of India"': the
            # one named is whom the unnamed subject thanked, not who says the words
        opener = cands[0].end <= quote.start and _OWN_CLAUSE.search(text, cands[0].end, quote.start)
        unnamed = cands[0].end <= quote.start and any(
            m.group(1) in lexicons().titles for m in _UNNAMED_ACTOR.finditer(text, cands[0].end, quote.start))
        # "Geoffrey Rush has won his action ..., with a judge branding its coverage "...": the words are the
        # unnamed judge's, not the subject's
        return None if opener or unnamed else cands[0]  # "Cameron apologised ... after the report by Robert Francis
        # found "appalling ... suffering"": the quoted phrase belongs to a clause of its own, whose subject is not his
    # the speech verb nearest the quotation, then the person nearest that verb: "Mann said that rape "...",
    # while Haley told the judge "..."" gives each quotation its own speaker
    def gap(v: Token, q: Quote) -> int:
        return min(abs(v.start - q.end), abs(q.start - v.end))

    quotes = sorted(cf.quotes, key=lambda q: q.start)
    owner = {id(v): _introduced(tokens, quotes, v) for v in verbs}
    own: list[Token] = []
    for q in quotes[: quotes.index(quote) + 1][::-1]:  # a quotation without a verb of its own goes on from the one
        own = [v for v in verbs if owner[id(v)] is q]  # before it: 'said Ashcombe had shown "X" and had "Y"'
        if own:
            break
    if not own:
        if any(_pronoun_beside(tokens, v) for v in verbs):
            return None  # 'Vladimir Putin, he said, had invaded Ukraine ...: "He's getting exactly the opposite."'
        # 'Mayor Anne Hidalgo spoke of a "terrible fire," and her deputy Emmanuel Gregoire said the blaze caused
        # "colossal damage"': every speech verb introduces another quotation; this one is its clause's subject's
        closing = _closing_speaker(text, cands, verbs)
        if closing is not None:
            return closing  # 'Yoon "will humbly accept the will of the people" and focus on state affairs, his chief
            # of staff Lee Kwan-sup said': the one who says the whole sentence says the words quoted in it
        before = [n for n in cands if n.end <= quote.start]
        return before[-1] if before else cands[0]
    verb = min(own, key=lambda v: gap(v, quote))
    if _pronoun_beside(tokens, verb):
        return None  # '"Let's light this candle," he said, borrowing the phrase Alan Shepard made famous'
    if _PASSIVE_BEFORE.search(text, 0, verb.start):
        return next((n for n in cands if n.start >= verb.end and _BY.fullmatch(text, verb.end, n.start)),
                    None)  # "Fujimori ... was said by his lawyer to be "calm"": the one it was said of is no speaker
    if (m := _UNNAMED_BEFORE.search(text, 0, verb.start)) and m.group(1).lower() in lexicons().titles:
        return None  # "Azari ... appeared in court, where a prosecutor said the plan was "...": someone not named
    if (verb.text.lower().endswith("ing") and text[:verb.start].rstrip().endswith(",") and cands[0].end <= verb.start
            and not any(v.start < verb.start for v in verbs)):  # not 'said Lehmann, calling it': the verb says who
        return _head_of_apposition(text, cands, cands[0], verb) or cands[0]  # "Singh ... handed the certificate to
        # Azad, the health minister, calling it "...": a participle's subject is its sentence's
    best = min(cands, key=lambda n: min(abs(n.start - verb.end), abs(verb.start - n.end)))
    if verb.text.lower() in ("told", "tells", "tell") and best.start >= verb.end:
        return None  # '"I lied under oath," the 38-year-old told Wayne County Circuit Judge David Groner': the one
        # told is no speaker
    head = next((m for m in cands if m.end <= best.start and re.match(r",\s*who\b", text[m.end:])
                 and best.end <= verb.start), None)
    if head is not None:
        best = head  # "Bill Clinton, who telephoned Mr Trimble, Mr Adams and other leaders ..., said": the relative
        # clause names whom he called, not who spoke
    titled = next((m for m in cands if m.start >= best.end and _only_titles(text[best.end:m.start])), None)
    if titled is not None:
        best = titled  # "said Credit Suisse chairman Axel Lehmann": the body is whose chairman speaks
    if _listed(text, cands, best):
        return None  # "Breyer, Sotomayor and Kagan wrote": several speakers, none of them alone
    if best.end <= verb.start and re.search(r"\band\b", text[best.end:verb.start]) and _pronoun_first(tokens):
        return None  # "He hugged President Pinera and told him: ...": the object of the first verb is no speaker
    if best.end <= verb.start and re.search(r"\b(?:and|but)\b", text[best.end:verb.start]) and cands[0] is not best \
            and cands[0].end <= best.start and _past_verb_in(text[cands[0].end:best.start]) \
            and not _past_verb_in(text[best.end:verb.start]):
        best = cands[0]  # "Foreign Secretary David Miliband thanked Abbas and other Palestinian leaders and said the
        # release was "...": the object of the first verb is no speaker; the subject of both verbs is ("Hashimoto
        # expressed gratitude to Mr. Fujimori but said he ...")
    first = next((v for v in verbs if v.start >= best.end), verb)  # "Kostunica, a rival of Djindjic ..., said he
    # had not been told and called it "illegal"": the apposition closes before the first verb after the name
    return _head_of_apposition(text, cands, best, first) or best


_DESCRIBING_CLAUSE = re.compile(r",\s*(?:which|where|whose)\b[^;:\"“”]*$")  # a clause about a thing or a place


_SENTENCE_END = re.compile(r"(?:\s+(?:on|late\s+on|in)\s+[A-Z]?[a-z]+)?\s*[.!?]?[\"”’']?\s*")


def _closing_speaker(text: str, cands: list[Name], verbs: list[Token]) -> Name | None:
    """The name of a speech verb that closes the sentence after a comma (", his chief of staff Lee Kwan-sup
    said."): who reports all of it."""
    verb = verbs[-1]
    if not _SENTENCE_END.fullmatch(text, verb.end):
        return None
    comma = text.rfind(",", 0, verb.start)
    if comma < 0:
        return None
    return next((n for n in reversed(cands) if comma < n.start and n.end <= verb.start), None)


def _past_verb_in(text: str) -> bool:
    """A lower-case verb in the past tense among the words: "-ed", or an irregular past WordNet lists ("won")."""
    from .wordnet import wordnet

    return any(w.endswith("ed") or w in wordnet().irregular() for w in re.findall(r"\b[a-z]{3,}\b", text))


_BY = re.compile(r"\s+by\s+(?:the\s+)?")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$", re.IGNORECASE)
_UNNAMED_ACTOR = re.compile(r"\b(?:a|an|the)\s+([a-z]+)\s+[a-z]+(?:ing|ed)\b")  # "with a judge branding"
# "The Indian prime minister thanked (Mr) ": an unnamed subject, by its title, and its verb
_UNNAMED_SUBJECT = re.compile(r"[Tt]he\s+(?:[A-Za-z-]+\s+){0,3}?([a-z]+)\s+[a-z]+ed\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$")
_UNNAMED_BEFORE = re.compile(r"\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}([a-z]+)\s+$")  # "where a senior prosecutor "


_OWN_CLAUSE = re.compile(r"\b(?i:after|when|because|since|before|until|although|though|whereas|while)\s+"
                         r"(?:(?i:the|a|an|his|her|its|their)\s|[A-Z])")  # a clause opened with its own subject


_TOLD_BEFORE = re.compile(r"\b(?:told|tells|telling)\s+(?:the\s+)?$", re.IGNORECASE)


def _only_titles(between: str) -> bool:
    """One to four title words and nothing else ("chairman", "chief executive"): a body's office before a name."""
    words = between.split()
    titles = lexicons().titles
    return 1 <= len(words) <= 4 and all(w.lower().rstrip(".") in titles for w in words)


_LIST_JOIN = re.compile(r",?\s+and\s+|,\s*")


def _listed(text: str, cands: list[Name], n: Name) -> bool:
    """A name joined to another by "and" or a comma, with nothing else between: one of several people."""
    return any(m is not n and (_LIST_JOIN.fullmatch(text[m.end:n.start]) or _LIST_JOIN.fullmatch(text[n.end:m.start]))
               for m in cands)


def _pronoun_first(tokens: list[Token]) -> bool:
    return bool(tokens) and tokens[0].text.lower() in ("he", "she", "they")


def _introduced(tokens: list[Token], quotes: list[Quote], verb: Token) -> Quote | None:
    """The quotation a speech verb gives: the one just before it ('"...," Smith said', '"...," said Smith', at most
    six words apart and no "and" or "while" between), else the next one after it."""
    for q in quotes:
        if q.end <= verb.start:
            between = [t for t in tokens if q.end <= t.start and t.end <= verb.start and t.kind == "word"]
            if len(between) <= 6 and not any(t.key in _CLAUSE_JOINS for t in between):
                return q
    return next((q for q in quotes if q.start >= verb.end), None)


_CLAUSE_JOINS = {"and", "while", "but", "whereas", "as", "when", "after", "before"}


_OWN_APPOSITION = re.compile(r",\s*(?:the|a|an|his|her|its|their)\s[^,]*,")


def _head_of_apposition(text: str, cands: list[Name], n: Name, verb: Token) -> Name | None:
    """ "Mr Prabowo, a one-time son-in-law of the late president Suharto, said": a name inside the apposition or
    clause closed by the comma before the verb is not the subject, who is the name before its opening comma."""
    between = re.sub(r"(?<=\d),(?=\d{3})", "", text[n.end:verb.start].rstrip())  # "with 1,500 staff," is one aside
    if _OWN_APPOSITION.fullmatch(between):
        between = ","  # "appearing beside Markus Söder, the leader of the CSU, called it": the name's own apposition
    if n.end > verb.start or not between.endswith(",") or "," in between[:-1]:
        return None  # also "Barack Obama, for whom Mr Mandela had been an inspiration, said"
    opening = text.rfind(",", 0, n.start)
    for _ in range(2):  # "Johannes Ludewig, chief executive of the state railway, Deutsche Bahn, said": the name
        # set off after an apposition set off in its turn
        if opening < 0:
            return None
        head = next((m for m in cands if m is not n and m.end <= opening and not text[m.end:opening].strip()), None)
        if head is not None:
            return head
        earlier = text.rfind(",", 0, opening)
        if earlier < 0 or not text[earlier + 1:opening].strip()[:1].islower():
            return None  # only a lower-case apposition ("chief executive of ...") stands between the two
        opening = earlier
    return None


def _pronoun_beside(tokens: list[Token], verb: Token) -> bool:
    """ "he said", "said she": the speech verb's subject is a pronoun."""
    k = next(i for i, t in enumerate(tokens) if t is verb)
    if k > 0 and tokens[k - 1].key in PRONOUNS:
        return True
    # "said he." but not "said he would appeal": then "he" is what was said about; nor "told her,": whom he told;
    # nor 'said he "strongly condemns ..."', whose quotation opens what he is said to do
    return k + 1 < len(tokens) and tokens[k + 1].key in PRONOUNS and tokens[k + 1].text.lower() in ("he", "she", "they") \
        and (k + 2 == len(tokens) or tokens[k + 2].kind == "punct" and tokens[k + 2].text not in _OPENING_QUOTES)


_OPENING_QUOTES = {'"', "“", "‘"}


_SPEECH_ADVERBS = {"then", "also", "later", "again", "once", "still", "further"}


def _pronoun_speaker(cf: ClaimFacts) -> bool:
    """ "he said", "she told reporters", "they added": a quotation attributed by a pronoun."""
    spans = [(q.start, q.end) for q in cf.quotes]
    toks = [t for t in cf.tokens if not _inside(spans, t.start, t.end) and t.kind == "word"]
    for k, (a, b) in enumerate(zip(toks, toks[1:])):
        if a.key in PRONOUNS and (is_speech(b) or (k + 2 < len(toks) and is_speech(toks[k + 2]) and (
                b.text.lower() in _SPEECH_ADVERBS or b.text.lower().endswith("ly")))):
            return True  # "he said", "He then said", "she later told"
        if is_speech(a) and b.key in PRONOUNS and not (k + 2 < len(toks) and toks[k + 2].key in _REPORTED_AUX):
            return True  # "said he", not "The judge said he was sure": there "he" opens what was said
    return False


_DONE_MAX = 64
_done: OrderedDict[tuple[Any, ...], VersionFacts] = OrderedDict()  # recent versions' facts, by what they depend on


def extract(version: Version, claims: list[Claim], lex: Lexicons | None = None) -> VersionFacts:
    """All facts, people and attributed quotations of one version.

    A version whose text, date and claims are those of one extracted shortly before (wire copy republished
    word for word) gets that version's facts under its own id, without the work again."""
    lex = lex or lexicons()
    claims = [c for c in claims if not c.heading]
    key = (version.text, version.date, tuple((c.text, c.start) for c in claims), id(lex), len(lex.folders))
    done = _done.get(key)
    if done is None:
        done = _done[key] = _extract(version, claims, lex)
        if len(_done) > _DONE_MAX:
            _done.popitem(last=False)
    else:
        _done.move_to_end(key)
    if done.version.id == version.id:
        return done
    return VersionFacts(version, claims, done.analyses, [replace(f, version=version.id) for f in done.facts],
                        done.people, [replace(q, version=version.id) for q in done.quotes], done.items, lex)


@dataclass(frozen=True)
class _Planned:
    """A fact of a claim as far as the claim alone says it: where, what, and its anchors. Who it is about
    depends on the version around it (`who`: "age" for a person's age, "name" for a name)."""

    kind: str
    start: int
    end: int
    item: Any
    near: frozenset[str]
    quoted: bool
    who: str | None = None
    event: frozenset[str] = frozenset()
    beyond: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _ClaimPlan:
    sentence: frozenset[str]  # content-word keys of the claim and the days it names
    facts: tuple[_Planned, ...]
    quote_words: tuple[tuple[tuple[str, ...], tuple[tuple[int, int], ...]], ...]  # per quotation: keys, claim spans


@lru_cache(maxsize=8192)
def _plan(text: str, ref_date: dt.date | None, lex: Lexicons, _generation: int) -> _ClaimPlan:
    """What `extract` finds in one claim before the version's people are known (memoised like `analyze`:
    a sentence republished in five versions is planned once)."""
    cf = analyze(text, ref_date, lex)
    items = claim_items(text, ref_date, lex, _generation)
    qspans = [(q.start, q.end) for q in cf.quotes]
    out: list[_Planned] = []

    def plan(kind: str, start: int, end: int, item: Any, who: str | None = None,
             around: tuple[int, int] | None = None, mates: frozenset[str] = frozenset()) -> None:
        counts = kind == "quantity" and getattr(item, "unit", "x") is None  # "in assets": what a bare figure counts
        attributive = _ATTRIBUTIVE.match(text, end) and _DETERMINED.search(text, 0, start)
        event = (frozenset() if kind != "date" or attributive else _possessed(text, items, end)
                 if text[end:end + 2] in ("'s", "’s") else _event_verbs(text, items, start, end))
        # "Tuesday's collapse came despite a decision to raise": the day is the collapse's, as in "returns from its
        # July 4 recess" it is the recess's
        beyond = _clause_after(cf, end) if kind == "date" else frozenset()
        if kind == "quantity" and _SINCE_AFTER.match(text, getattr(item, "end", end)):
            mates = mates | {SINCE_TOTAL}  # "has cut its policy rate by 500 basis points since September": all the
            # steps since then
        noun = getattr(item, "noun", None) if counts else None
        if noun and noun.isalpha() and re.match(r"\s+\w+\s+(?:and|or)\s", text[end:]):
            mates = mates | {stem(noun)}  # "more than 600,000 silver and gold coins": what it counts, past the "and"
        out.append(_Planned(kind, start, end, item, _window(items, *(around or (start, end)), counts) | mates,
                            _inside(qspans, start, end), who, event, beyond))

    scores = find_scores(cf)
    in_scores = {id(q) for sc in scores for q in (sc.home, sc.away)}
    for sc in scores:
        plan("score", sc.start, sc.end, sc)
    previous: Quantity | None = None
    counted: str | None = None  # what the last bare figure counted: "60,000 drivers"
    counts: list[tuple[int, Quantity]] = []  # the bare figures planned so far that count a noun, with their plans
    for q in cf.quantities:
        if id(q) in in_scores:
            continue
        main, previous = (previous if _converted_aside(cf.text, previous, q) else None), q
        if q.unit == "age":  # "Klose, 36," is Klose's; "the 35-year-old" the last person named before it
            plan("quantity", q.start, q.end, q, who="age")
        elif (clock := clock_time(cf.text, q)) is not None:
            plan("quantity", q.start, q.end, clock)
        elif not _identifier(cf, q):  # "1,473 miles (2,370 kilometers) across": the aside is about what its figure is
            if main is not None and q.hedge is None and main.hedge in ("lower", "upper"):
                q = replace(q, hedge=main.hedge)  # "less than 50 km (30 miles)": the conversion is a bound too
            whole = next((k for k, w in reversed(counts) if w.value > q.value), None)  # a part is less than its
            # whole: "21,000 jobs at risk in 16 countries, including 9,000 in Britain" are 9,000 of the jobs
            part = _part_of(cf, q, out[whole].item.noun if whole is not None else counted)
            left = frozenset({FROM_END}) if q.unit in _SPAN_UNITS | {"minute", "second"} and TO_GO.match(
                cf.text, q.end) else frozenset()  # "won it 13 minutes from time": counted back from the end
            plan("quantity", q.start, q.end, q, around=(main.start, main.end) if main else None,
                 mates=part | _lasting(cf.text, items, q) | left)
            if part and whole is not None:  # the whole of 9,000, an anchor of its own
                out[whole] = replace(out[whole], near=out[whole].near | {f"{WHOLE}{q.value:g}"})
        if q.noun not in (None, "them", "whom") and q.unit is None:
            counted = q.noun
            if out and out[-1].item is q:
                counts.append((len(out) - 1, q))
    for d in cf.dates:
        if _inside(qspans, d.start, d.end) and _relative(d):
            continue  # "today" in a quotation is the speaker's day, not the dateline's
        if _names_the_day_after(cf, d):
            continue  # "by Friday, Oct. 28": the calendar date says the day
        plan("date", d.start, d.end, d)
    hosts = _hosts(cf) if cf.names else set()
    for n in cf.names:
        if n.kind in ("place", "org", "other", "person"):
            described = _described_place(cf.text, n, items)
            plan("name", n.start, n.end, n, who="name",
                 around=_apposition(cf.text, n, items) or _list_span(cf, n) or (described and described[0]),
                 mates=_list_mates(cf.text, cf.names, n) | (described[1] if described else frozenset())
                 | (NATIONALITY if _descriptor(cf, n) else frozenset())
                 | _measured_from(cf, n) | _attributed_to(cf, n, items)
                 | (_clause_from(items, 0, 1) if _after_participle(cf, n) else frozenset())
                 | ({HOST} if n.start in hosts else frozenset()))
    for n in cf.names:
        if (body := _body_in_title(cf, n, lex)) is not None:
            plan("name", body.start, body.end, body, who="name", mates=frozenset({"n:" + " ".join(n.keys)}))
    for cue, word in negated_words(cf, nominal=False):
        if not_until(cf.tokens, cue):
            continue  # "did not begin until an hour later" says when it began
        before = [t for t in cf.tokens if t.end <= cue.start]
        start = before[-1].start if before and cue.key == "not" and (
            before[-1].key in _AUX or verb_before_adjective(before[-1], word)) else cue.start  # "pleaded not guilty"
        thing = word.key if _held_none(cf.tokens, cue, word) else None
        plan("polarity", start, _object_end(cf, word), Polarity(word.key, True, word.start, word.end, noun=thing),
             around=(word.start, word.end))  # the anchors of the word: its object among them; "contain no
        # explosives": the thing not held is what the two versions' words are about
    quote_words = []
    for q in cf.quotes:
        inside = [t for t in cf.tokens if q.start <= t.start and t.end <= q.end and t.kind != "punct"]
        quote_words.append((tuple(lemma(t.key) if t.kind == "word" else t.key for t in inside),  # "Winning" after a full stop
                            tuple((t.start, t.end) for t in inside)))
    sentence = _content(cf.tokens) | {d.key for d in cf.dates} | (
        {REPEATED} if _REPEATED.search(text) or _ANOTHER_OF_ITS_KIND.match(text) or A_LATER_ONE.search(text)
        else set())
    # the days a sentence is about say which fact
    return _ClaimPlan(sentence, tuple(out), tuple(quote_words))


def _extract(version: Version, claims: list[Claim], lex: Lexicons) -> VersionFacts:
    analyses = [analyze(c.text, version.date, lex) for c in claims]
    people = build_people(analyses)
    all_items = [claim_items(c.text, version.date, lex, len(lex.folders)) for c in claims]
    facts: list[Fact] = []
    quotes: list[QuoteFact] = []
    previous_subject: str | None = None
    subjects: list[str] = []  # every sentence's subject so far, for "she said" after a man was named
    sexes = genders(analyses, people)
    last_speaker: tuple[str | None, Name | None, int | None] = (None, None, None)
    recent_speaker: str | None = None  # the last person quoted, however long ago
    for ci, (claim, cf) in enumerate(zip(claims, analyses)):
        plan = _plan(claim.text, version.date, lex, len(lex.folders))
        qspans = [(q.start, q.end) for q in cf.quotes]
        named = frozenset(k for _, k in _persons_in(cf, people, []))
        if not named and previous_subject and _pronoun_subject(cf):
            named = frozenset([previous_subject])  # "He has 53 catches": the last person named
        here = _subject(cf, people)
        if previous_subject and (at := _back_reference_at(cf)) is not None and at < _first_person_at(cf, people):
            here = previous_subject  # "the 50-year-old paid homage to Martin Scorsese", "she turned to her partner,
            # the broadcaster Clarke Gayford": the sentence is still about the one before's person
        base = claim.start
        persons = _persons_in(cf, people, qspans) if plan.facts else []  # outside quotations, in order
        for p in plan.facts:
            who: frozenset[str] = named
            owner: str | None = None
            near, item = p.near, p.item
            if p.who == "age":
                before = [k for n, k in persons if n.end <= p.start]
                after = [k for n, k in persons if n.start >= p.end and cf.text[p.start:p.end].endswith("old")
                         and _AGE_BEFORE_NAME.fullmatch(cf.text[p.end:n.start])]
                introduced = _A_BEFORE.search(cf.text, max(0, p.start - 4), p.start) is not None
                person = after[0] if after else before[-1] if before else None if introduced else previous_subject
                # "the 25-year-old Daniel Rockhouse", "the 23-year-old McLaren driver Lewis Hamilton": the person it
                # describes; "said Sophie, a 34-year-old neighbour": someone new, not the last person named
                who = frozenset([person]) if person else frozenset()
                near = near | {f"p:{person}"} if person else near
            elif p.kind == "quantity" and isinstance(item, Quantity):
                before = [(n, k) for n, k in persons if n.end <= p.start] if named else []
                after = [(n, k) for n, k in persons if n.start >= p.end and (
                    _FOR_WHOM.fullmatch(cf.text[p.end:n.start]) or (
                        _NAMED_AFTER.fullmatch(cf.text[p.end:n.start])
                        and not _MEMBER_AFTER.search(cf.text, p.end, n.start)))]
                if after:
                    owner = after[0][1]  # "Zelenskiy had 73.2%, against 24.5% for incumbent Petro Poroshenko"
                elif (given := _sentenced(cf, p.start)) is not None:
                    owner = next((k for n, k in before if n is given), fold_accents(given.text).lower())  # "He
                    # sentenced Najib to 12 years": the term is the one sentenced's, not the judge's
                elif _measures_a_thing(cf.text, p.start, p.end, item):
                    pass  # "reached the 8,126-metre summit": the summit's height, nobody's figure
                elif (body := _side_right_before(cf, p.start)) is not None and not _ranked_within(item, body):
                    owner = fold_accents(body.text).lower().removesuffix("'s").removesuffix("’s")  # "Rodgers leaves
                    # Celtic six points clear": the side right before the figure has it, not the clause's subject
                elif before and _owner_of(cf, before[-1][0], p.start):  # "Lay, 64, faces up to 165 years and
                    owner = before[-1][1]  # Skilling, 52, up to 185 years": the person named last, opening the clause
                elif not before and previous_subject and (
                        _pronoun_subject(cf) or _AGE_REF.match(cf.text) or _described_person(cf)) \
                        and "," not in cf.text[:p.start]:
                    owner = previous_subject  # "He managed just 25.4 per cent", "The 23-year-old McLaren driver
                    # finished fifth": the one the sentence before was about
                elif (body := _body_before(cf, p.start)) is not None and not (
                        before and before[-1][0].end > body.end and not _in_aside(cf, body, before[-1][0])) \
                        and not _ranked_within(item, body):
                    owner = fold_accents(body.text).lower().removesuffix("'s").removesuffix("’s")  # "Chelsea, which
                    # finished sixth", "Indonesia reported about 4,500 deaths": a team's, a country's figure
                    if before and before[-1][0].end <= body.start and re.fullmatch(
                            r"(?:['’]s)?\s+", cf.text[before[-1][0].end:body.start]) \
                            and cf.text[before[-1][0].start:body.start].rstrip().endswith(("'s", "’s")):
                        owner = f"{before[-1][1]} {owner}"  # "Carmena's Ahora Madrid platform won 20 seats" / "Ms
                        # Carmena's 20": her platform's seats are hers too
            elif p.kind == "date" and len(persons) >= 1:
                before = [(n, k) for n, k in persons if n.end <= p.start]
                if before and _owner_of(cf, before[-1][0], p.start) \
                        and not _PASSIVE.search(cf.text, before[-1][0].end, p.start):
                    owner = before[-1][1]  # "Blatter, 79, attended his hearing on Thursday, while Platini, 60,
                    # boycotted his hearing on Friday": each man's day; not "Gregoire was certified on Thursday" (by
                    # someone else)
            elif p.who == "name":
                if p.quoted and in_quoted_title(cf, item):
                    continue  # "The Tonight Show with Jay Leno": a show's title, not who did anything
                key = mention_key(item, people)
                if key is not None:  # a person: who did what ("Kroos then scored twice in 69 seconds")
                    if _CITED.search(claim.text[:p.start]):
                        continue  # "Quoting Wilfrid Laurier, he added": the author of words, not who did anything
                    item = replace(item, kind="person") if item.kind != "person" else item
                    who = frozenset()
                    owner = fold_accents(people[key].full.text).lower()  # the person's full name in this version
                elif item.kind == "person":
                    item = replace(item, kind="other")  # capitalised words that are not a person after all
                agent = _AGENT_COMPOUND.match(cf.text, item.end)  # "27 Bombardier-built trams": built by Bombardier
                if item.kind == "other" and (_BODY_NOUN_BEFORE.search(cf.text, 0, item.start) or agent):
                    item = replace(item, kind="org")  # "outsourcing group Capita": the noun before says what it is
                if item.kind == "other" and not _proper(item):
                    continue  # "Winning", "Global", "Sunday's": capitalised, but no name
                if (m := _SIDES_OF.search(cf.text, 0, p.start)) and (
                        not m.group(0).lower().startswith("across") or len(item.keys) == 1 or is_water(item)):
                    continue  # "Markets on both sides of the Atlantic": a figure of speech for two places, no place
                    # (but "walked across the Brooklyn Bridge" names where)
                if item.kind == "person" and reported_subject(cf.text, item):
                    near = near | {REPORTED}  # "said Mr Black could have tried": spoken of, not speaking
                prep = "by" if agent else _preposition_before(cf, item)  # "from Denver" / "from Salt Lake City": the
                # relation is an anchor
                if agent:
                    near = near | {stem(agent.group(1))}
                if prep:
                    near = near | {f"prep:{prep}"}
                if item.kind in ("org", "other") and (described := _relative_words(cf, item)):
                    near = near | described  # "Rothschild, which advised the Government on the sale" / "advised by
                    # Lazard": what the body did, told in the clause that describes it
                if prep == "to" and item.kind in ("place", "other") and (origin := _origin(cf, item)):
                    near = near | {f"{ORIGIN}{origin}"}
                if item.kind in ("place", "other") and (host := _located(cf, item) or _host_after(cf, item)):
                    near = near | {f"in:{host}"}  # "Bienenbuettel, a village in Lower Saxony": where the town is
            if p.kind == "quantity" and isinstance(item, Quantity) and item.unit in lex.currencies.values():
                near = near | _period_of_sum(cf, p.end)
            body = _title_body(cf, item, lex) if p.who == "name" else None
            facts.append(Fact(p.kind, version.id, ci, base + p.start, base + p.end, claim.text[p.start:p.end], near,
                              plan.sentence, who, item, p.quoted, owner, p.event, p.beyond, body))
        for q, (words, spans) in zip(cf.quotes, plan.quote_words):
            wspans = tuple((base + s, base + e) for s, e in spans)
            name = _speaker(cf, q, people)
            if name is not None:
                speaker, mention, where, how = mention_key(name, people) or person_key(name), name, ci, "named"
            elif (titled := _titled_speaker(cf, people, ci, qspans)) is not None:
                # '"Finally," the Pope said as the two men exchanged three kisses': the one person of that title
                speaker, mention, where, how = titled[0], titled[1], ci, "titled"
            elif _pronoun_speaker(cf) and (opening := _opening_person(cf, people, qspans, sexes)) is not None:
                # "Christo Wiese ... will run the group for now; he said the board wanted the truth "...""
                speaker, mention, where, how = person_key(opening), opening, ci, "named"
            elif _pronoun_speaker(cf) and previous_subject is not None:
                speaker, how = previous_subject, "pronoun"
                if _other_pronoun(cf) and recent_speaker not in (None, previous_subject):
                    speaker = recent_speaker  # "He had acted 'too hastily', she said": "he" is the last one named
                sex = _pronoun_sex(cf)
                if sex is not None and sexes.get(speaker, sex) != sex:
                    # "Albanese said his counterpart ...". "'And to Clarke ...,' she said": the last woman named
                    speaker = next((k for k in reversed(subjects) if sexes.get(k, sex) == sex), speaker)
                mention, where = _mention_before(people[speaker], ci)
                if mention is None:  # '"I am sorry for what happened to Charlotte," he said', Charlotte Brown's
                    speaker, how = None, "unknown"  # father named only further on: the "he" is not his
            elif (last_speaker[0] is not None and not _speech_in(cf, qspans) and ci > 0 and analyses[ci - 1].quotes
                  and not _persons_in(cf, people, qspans)):
                (speaker, mention, where), how = last_speaker, "continued"
            else:
                speaker, mention, where, how = None, None, None, "unknown"
            quotes.append(QuoteFact(version.id, ci, base + q.start, base + q.end, q.text, words, wspans, speaker,
                                    mention, where, how))
            last_speaker = (speaker, mention, where)
            recent_speaker = speaker or recent_speaker
        if here is not None:
            previous_subject = here
            subjects.append(here)
        elif not cf.quotes:
            last_speaker = (None, None, None)
    return VersionFacts(version, claims, analyses, facts, people, quotes, all_items, lex)


_RELATIVE_DAY = re.compile(r"\b(?:yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|"
                           r"sunday|last|this|next|ago)\b", re.IGNORECASE)


def _relative(d: DateRef) -> bool:
    return bool(_RELATIVE_DAY.search(d.text))


def _names_the_day_after(cf: ClaimFacts, d: DateRef) -> bool:
    """A weekday followed by the date it falls on ("Friday, Oct. 28", "Friday (Jan 12)")."""
    if d.granularity not in ("day", "weekday") or not _RELATIVE_DAY.fullmatch(d.text.strip()):
        return False
    after = cf.text[d.end:d.end + 3]
    return any(o.start > d.end and o.start - d.end <= 3 and o.granularity == "day" and not _relative(o)
               and "day" not in o.text.lower()  # "early on Saturday, two days after a rate hike": another day
               for o in cf.dates) and after[:1] in (",", " ", "(")


@dataclass(frozen=True)
class Score:
    """A result or a score line, "7-1", "5-0 up at halftime", "won 3-2": two bare figures and a dash."""

    start: int
    end: int
    text: str
    home: Quantity
    away: Quantity
    unit: str = "score"
    noun: str | None = None
    hedge: str | None = None

    @property
    def value(self) -> tuple[float, float]:
        return (self.home.value, self.away.value)


_DASH_BETWEEN = re.compile(r"\s?[-–—]\s?$")
_TALLY_BETWEEN = re.compile(r"\s+(?:votes?\s+)?to\s+")  # "14 votes to eight": a vote's result, one fact
_TALLY_BEFORE = re.compile(r"\b(?:by|voted)\s+$")
# "voted 72 in favour and five against": the same tally, its sides named
_FOR_BETWEEN = re.compile(r"\s+(?:votes?\s+)?in\s+favou?r(?:\s+of\s+[^,;]{1,40}?)?,?\s+(?:and|with|to)\s+")
_AGAINST_AFTER = re.compile(r"\s+(?:votes?\s+)?(?:were\s+)?against\b")
# "506 members backed the republic and only four opposed it": the tally, told by what each side did
_BACKED_BETWEEN = re.compile(r"\s+(?:[a-z]+\s+)?(?:backed|supported|approved|favou?red|voted\s+for)\b[^,;.]{0,40}?,?\s+"
                             r"(?:and|with|while)\s+(?:only\s+|just\s+)?")
_OPPOSED_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:opposed|rejected|voted\s+against)\b")


def find_scores(cf: ClaimFacts) -> list[Score]:
    """Two bare whole figures joined by a dash ("7-1", "4–0"), or a vote's tally ("by 14 votes to eight", "voted 61
    to 20"): a score, not a range of units ("10-15%") nor a change ("from 5 to 10")."""
    out = []
    qs = cf.quantities
    for x, y in zip(qs, qs[1:]):
        between = cf.text[x.end:y.start]
        whole = (x.unit is None and y.unit is None and x.value == int(x.value) and y.value == int(y.value)
                 and x.value < 1000 and y.value < 1000 and x.hedge is None and y.hedge is None)  # "6-under 282": par
        dash = _DASH_BETWEEN.match(between) and len(between) <= 3 and not cf.text[y.end:y.end + 1].isalnum()
        tally = _TALLY_BETWEEN.fullmatch(between) and (
            "vote" in between or _TALLY_BEFORE.search(cf.text[:x.start]))  # "by 14 votes to eight", "voted 61 to 20"
        for_against = (_FOR_BETWEEN.fullmatch(between) and _AGAINST_AFTER.match(cf.text, y.end)
                       or _BACKED_BETWEEN.fullmatch(between) and _OPPOSED_AFTER.match(cf.text, y.end))
        if whole and (dash or tally or for_against):
            out.append(Score(x.start, y.end, cf.text[x.start:y.end], x, y))
    for x in qs:
        if x.unit is None and x.hedge is None and x.value == int(x.value) and x.value < 1000 \
                and (none := _TO_NONE.match(cf.text, x.end)) and ("vote" in none.group(0)
                                                                 or _TALLY_BEFORE.search(cf.text[:x.start])):
            zero = Quantity(none.end() - 4, none.end(), "none", 0.0, None)
            out.append(Score(x.start, none.end(), cf.text[x.start:none.end()], x, zero))  # "by 123 votes to none"
    return sorted(out, key=lambda sc: sc.start)


_TO_NONE = re.compile(r"\s+(?:votes?\s+)?to\s+none\b")  # a unanimous tally: "by 123 votes to none", "voted 40 to none"


@dataclass(frozen=True)
class Polarity:
    """A predicate said to hold or not: "did not recommend" is ("recommend", negated)."""

    word: str  # the negated word's key
    negated: bool
    start: int  # claim offsets of the word itself
    end: int
    unit: str = "polarity"
    noun: str | None = None
    hedge: str | None = None


_AUX = {"do", "be", "have", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "to", "yet",
        "ever", "any", "a", "an", "the", "also", "still", "so", "far", "longer", "again", "even", "been", "being"}


def _object_end(cf: ClaimFacts, word: Token) -> int:
    """Where a predicate's first object word ends: "not seek re-election"; after an article, the words of its noun
    phrase, up to three ("recommended a general ban", "were not a fair reflection of")."""
    toks = [t for t in cf.tokens if t.start >= word.end]
    end = word.end
    phrase = 0  # words left to take after an article
    for t in toks:
        if t.text in ("-",) or (t.kind == "word" and t.key in ("a", "an", "the", "any")):
            phrase = 3
            continue
        if t.kind != "word" or t.key in STOP or (phrase and t.key in _PREPOSITIONS):
            break
        end = t.end
        phrase -= 1
        nxt = cf.text[t.end:t.end + 1]
        if nxt != "-" and phrase <= 0:
            break
    return end


_FOUND_NONE = {"evidence", "sign", "signs", "indication", "proof", "trace"}  # "no evidence of": a finding denied
_HOLDING = {"contain", "contains", "contained", "containing", "carried", "carrying", "held", "holding"}  # "found to
# contain no explosives" denies what "had contained explosives" states


def _held_none(toks: list[Token], cue: Token, word: Token | None = None) -> bool:
    """The cue is "no" right after a verb of holding ("found to contain no explosives"), and, when `word` is given,
    right before it."""
    i = next((i for i, t in enumerate(toks) if t.start == cue.start), None)
    return (cue.text.lower() == "no" and i is not None and i > 0 and toks[i - 1].text.lower() in _HOLDING
            and (word is None or i + 1 < len(toks) and toks[i + 1].start == word.start))
_NOMINAL_CUES = {"no", "without", "none", "nobody", "no-one", "noone", "nothing", "nowhere", "non"}


def negated_words(cf: ClaimFacts, nominal: bool = True) -> list[tuple[Token, Token]]:
    """Each negation cue and the content word it negates ("did not recommend", "would not seek"), outside
    quotations (those are the quote rules'). Without `nominal`, only predicates a verb's negation denies as a fact:
    "were without electricity" is a state ("lost electricity" says it too), "No party has won" a quantifier, "had
    the bank not pleaded guilty" a condition."""
    from .wordnet import wordnet

    spans = [(q.start, q.end) for q in cf.quotes]
    out = []
    toks = cf.tokens
    for cue in cf.negations:
        k = next((i for i, t in enumerate(toks) if t.start >= cue.end), None)
        found_none = cue.text.lower() == "no" and k is not None and (
            toks[k].text.lower() in _FOUND_NONE or _held_none(toks, cue))
        if _inside(spans, cue.start, cue.end) or not nominal and (
                cue.text.lower() in _NOMINAL_CUES and not found_none or in_condition(cf.tokens, cue)):
            continue  # without `nominal`, a predicate denied as a fact: not one denied inside a condition ("had the
            # bank not pleaded guilty"); but "found no evidence of" denies what "there was evidence of" states
        if k is not None and cue.text.lower() in CLEARED and (of := cleared_of_at(toks, k - 1)) is not None:
            k = of + 1  # "cleared Mr Borgen of breaching": what he did not do
        while k is not None and k < len(toks) and (toks[k].key in _AUX or wordnet().adverb(toks[k].text)
                                                   or toks[k].kind == "punct"):
            k += 1
        if k is not None and k < len(toks) and toks[k].text.lower() in _NOT_A_PREDICATE:
            continue  # "Not since the breakup of AT&T has a case ...": the first since, no predicate denied
        if k is not None and k < len(toks) and toks[k].kind == "word" and toks[k].key not in STOP:
            out.append((cue, toks[k]))
    return out


_NOT_A_PREDICATE = {"since", "until", "till", "only", "just", "merely", "least"}


def verb_before_adjective(verb: Token, word: Token) -> bool:
    """A verb (WordNet knows its base forms as verbs only) before an adjective it takes ("pleaded guilty", "pleaded
    not guilty"): the verb is part of what a negation of the adjective turns."""
    from .wordnet import wordnet

    wn = wordnet()
    if verb.kind != "word" or word.kind != "word":
        return False
    pos = {x[0] for b in wn.base_forms(word.text.lower()) | {word.text.lower()} for x in wn.senses(b)}
    return ({x[0] for b in wn.base_forms(verb.text.lower()) for x in wn.senses(b)} == {"v"}
            and bool(pos & {"a", "s"}) and "v" not in pos)


_CLOCK_AFTER = re.compile(r"\s?([ap])\.?m\b\.?", re.IGNORECASE)
_ZONE_AFTER = re.compile(r"\s*\(?((?:[A-Z]{1,4}T|GMT|UTC)\b|local time\b)")


@dataclass(frozen=True)
class Clock:
    """A time of day: hours since midnight, and the zone it is written in (None when none is said)."""

    start: int
    end: int
    text: str
    hours: float
    zone: str | None
    unit: str = "clock"
    noun: str | None = None
    hedge: str | None = None

    @property
    def value(self) -> float:
        return self.hours


# hours from UTC of the zones wire copy writes whose offset is not in doubt ("CST" is Chicago's or China's, "IST"
# India's, Ireland's or Israel's: left out)
ZONE_HOURS = {"GMT": 0.0, "UTC": 0.0, "BST": 1.0, "CET": 1.0, "CEST": 2.0, "EET": 2.0, "EEST": 3.0, "MSK": 3.0,
              "HKT": 8.0, "SGT": 8.0, "JST": 9.0, "KST": 9.0, "AWST": 8.0, "ACST": 9.5, "AEST": 10.0, "AEDT": 11.0,
              "NZST": 12.0, "NZDT": 13.0, "EST": -5.0, "EDT": -4.0, "CDT": -5.0, "MST": -7.0, "MDT": -6.0,
              "PST": -8.0, "PDT": -7.0}


def same_moment(x: Clock, y: Clock) -> bool | None:
    """Whether two times of day in known zones are one moment (whatever the day), None when a zone is unknown;
    a hedged time ("just before 6am", "shortly after 2 a.m.", "about 3.45pm") may be up to an hour off."""
    tolerance = 1.0 if x.hedge or y.hedge else 0.01
    if x.zone == y.zone:
        gap = abs(x.hours - y.hours)
    elif x.zone not in ZONE_HOURS or y.zone not in ZONE_HOURS:
        return None
    else:
        gap = (x.hours - ZONE_HOURS[x.zone] - y.hours + ZONE_HOURS[y.zone]) % 24
    return min(gap, 24 - gap) < tolerance


def clock_time(text: str, q: Quantity) -> Clock | None:
    """ "4:40 a.m.", "8.44am", "1230 GMT", "11.42pm local time" as a time of day, else None."""
    after = text[q.end:q.end + 24]
    m = _CLOCK_AFTER.match(after)
    written = text[q.start:q.end]
    if m is None and q.unit != "time" and not re.fullmatch(r"[012]\d[0-5]\d", written):
        return None
    if m is None and q.unit != "time" and not _ZONE_AFTER.match(after):
        return None  # "1230" alone is a figure; "1230 GMT" a time
    hm = re.match(r"(\d{1,2})(?:[:.](\d{2})|(\d{2}))?$", written.split()[-1]) if written else None  # "around 6"
    if hm is None:
        return None
    h, mins = int(hm.group(1)), int(hm.group(2) or hm.group(3) or 0)
    if m is not None and m.group(1).lower() == "p" and h < 12:
        h += 12
    if m is not None and m.group(1).lower() == "a" and h == 12:
        h = 0
    zone = _ZONE_AFTER.match(after[m.end() if m else 0:])
    hedge = q.hedge or ("approx" if _CLOCK_HEDGE.search(text[max(0, q.start - 24):q.start]) else None)
    return Clock(q.start, q.end, written, h + mins / 60, zone.group(1).upper() if zone else None, hedge=hedge)


# "just before 6am", "shortly after 2 a.m.", "just past 2:30", "by 6pm": a time told as near another one
_CLOCK_HEDGE = re.compile(r"\b(?:before|after|past|by|until|till|around|about|approximately|nearly|almost)\s+$",
                          re.IGNORECASE)


_ID_WORDS = {"flight", "runway", "route", "highway", "interstate", "gate", "platform", "room", "no", "number", "model",
             "version", "channel", "line", "row", "seat", "bus", "train", "apollo", "boeing", "airbus", "article", "section",
             "chapter", "resolution", "bill", "case", "code", "page", "track", "lane", "level", "stage", "floor", "pier",
             "terminal", "reactor", "berth", "hangar", "ward", "ligue", "liga", "division", "formula", "unit",
             "block"}  # "Ligue 1", "Unit 2" (a nuclear plant's reactor)


_PREPOSITIONS = {"from", "to", "in", "at", "into", "near", "outside", "inside", "across", "off", "via", "towards", "toward",
                 "against", "by", "with", "for", "of", "on"}


_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who)\s+((?:[a-z]+\s+){0,3}[a-z]+)")
RELATIVE_WORDS = 2  # content words of a relative clause taken as its name's anchors


def _relative_words(cf: ClaimFacts, n: Name) -> frozenset[str]:
    """The first content words of a relative clause right after a name ("Rothschild, which advised the
    Government"), keyed as anchors are."""
    m = _RELATIVE_CLAUSE.match(cf.text, n.end)
    if m is None:
        return frozenset()
    words = [w for w in m.group(1).split() if w not in STOP and w not in FUNCTION][:RELATIVE_WORDS]
    return frozenset(stem(lemma(w)) for w in words)


ORIGIN = "origin:"  # the place a journey to a named place began: "sailing from Sines in Portugal to Bremerhaven"
_FROM_ORIGIN = re.compile(r"\bfrom\s+((?:[A-Z][\w'’.-]*\s*)+)")


def _origin(cf: ClaimFacts, n: Name) -> str | None:
    """The capitalised place after the nearest "from" before a destination in its clause ("heading from Sines in
    Portugal to Hamburg"), keyed: a journey's start, which says the two destinations are of one journey."""
    start = max(cf.text.rfind(";", 0, n.start), cf.text.rfind(". ", 0, n.start), n.start - 80, 0)
    found = list(_FROM_ORIGIN.finditer(cf.text, start, n.start))
    if not found:
        return None
    return fold_accents(found[-1].group(1).split(" ")[0].strip(",.'’")).lower() or None


def _preposition_before(cf: ClaimFacts, n: Name) -> str | None:
    described = next((m for m in reversed(cf.names) if m.end <= n.start and _descriptor(cf, m)), None)
    if described is not None and _DESCRIBED.fullmatch(cf.text[described.end:n.start]):
        n = described  # "made by European missile maker MBDA": made by MBDA
    if (span := _list_span(cf, n)) is not None:
        n = next(m for m in cf.names if m.start == span[0])  # "from Thailand and Morocco": Morocco is from too
    if (m := _PLACE_OF.search(cf.text, max(0, n.start - 60), n.start)) is not None:
        n = replace(n, start=m.start())  # "launched from near the east coast port of Wonsan": from Wonsan
    before = [t for t in cf.tokens if t.end <= n.start]
    described = 0  # "filmed by the campaign group Animals Australia": what the body is, between its article and it
    while before and described < DESCRIBED_MAX and before[-1].text.islower() and before[-1].text.isalpha() \
            and before[-1].text not in _PREPOSITIONS and before[-1].text not in ("the", "a", "an") and len(before) > 1:
        before.pop()
        described += 1
    if described and not (before and before[-1].text.lower() in ("the", "a", "an")) \
            and not _BODY_NOUN_BEFORE.search(cf.text, 0, n.start):  # "run by outsourcing group Capita": by Capita
        before = [t for t in cf.tokens if t.end <= n.start]  # no article: the words were the clause, not a description
    while before and before[-1].text.lower() in ("the", "a", "an"):
        before.pop()
    if len(before) >= 3 and before[-2].text.lower() in ("and", "or") and {before[-1].text.lower(),
                                                                          before[-3].text.lower()} == {"to", "from"}:
        return None  # "flights to and from Doha": both ways, no one direction
    if len(before) >= 2 and before[-1].text.lower() == "for" and before[-2].text.lower() in _BOUND:
        return "to"  # "leaving the port of Baltimore bound for Colombo": where it was going
    if len(before) >= 2 and before[-1].text.lower() == "near" and before[-2].text.lower() in ("from", "to"):
        return before[-2].text.lower()  # "launched from near Wonsan": launched from there
    return before[-1].text.lower() if before and before[-1].text.lower() in _PREPOSITIONS else None


_BOUND = frozenset({"bound", "headed", "heading", "sailed", "sailing", "left", "leaving", "departed", "departing",
                    "destined"})  # "bound for", "left for": a destination, as "to" is


DESCRIBED_MAX = 3  # lower-case words that describe a body between its article and its name ("the campaign group")


LIST_MIN = 3  # names in a run for it to be a list
PAIR_MIN = 2  # bodies in a run for it to be a list: "its lenders, led by RBS and Lloyds" / "Barclays and Lloyds"


def _list_of(text: str, names: list[Name], n: Name) -> list[Name]:
    """The names of n's kind listed with it, n among them ("Guinea, Liberia, Sierra Leone and Nigeria"); empty when
    n is no name of the claim."""
    def placelike(x: Name) -> bool:
        return x.kind == "place" or (x.kind == "other" and len(x.keys) <= 3 and "of" not in x.keys)

    kin = [m for m in names if m.kind == n.kind or {m.kind, n.kind} == {"org", "other"}
           or placelike(m) and placelike(n)]  # "RBS and Lloyds", "Bollène, Pierrelatte and Lamotte-du-Rhône": a body
    # or a place the lexicons know and one they do not (not "Zein El Abdin Ahmed Abdel Gadir of Sudan", a man)
    if n not in kin:
        return []
    lo = hi = kin.index(n)
    while lo > 0 and _LIST_JOIN.fullmatch(text[kin[lo - 1].end:kin[lo].start]):
        lo -= 1
    while hi + 1 < len(kin) and _LIST_JOIN.fullmatch(text[kin[hi].end:kin[hi + 1].start]):
        hi += 1
    return kin[lo:hi + 1]


_OF_THEM = re.compile(r"\s+of\s+(?:them|whom|which)\b")
_INCLUDING = re.compile(r"\b(?:including|among them)\s+(?:(?:about|around|some|nearly|almost|more than)\s+)?$")


def _part_of(cf: ClaimFacts, q: Quantity, counted: str | None) -> frozenset[str]:
    """What a bare figure that is part of the one before counts: "60,000 drivers ..., around 45,000 of them in
    London" / "60,000 drivers ... including 40,000 in London" both count drivers."""
    if counted is None or q.unit is not None or q.noun not in (None, "them", "whom"):
        return frozenset()
    if _OF_THEM.match(cf.text, q.end) or _INCLUDING.search(cf.text, 0, q.start):
        return frozenset({stem(counted)})
    return frozenset()


_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]{2,}ing\b[^,;:\"“”]{0,60},\s+")
_ING_PREPOSITIONS = {"during", "following", "according", "including", "regarding", "concerning", "excluding",
                     "considering", "pending", "notwithstanding", "barring", "starting", "beginning", "excepting"}
_TITLE_WORDS = re.compile(r"(?:[A-Z][a-z]*\.?\s+){0,3}")


def _after_participle(cf: ClaimFacts, n: Name) -> bool:
    """The name is the subject right after a phrase opening the sentence with a participle ("Delivering the
    judgment, Lord Leggatt said"): that phrase says what the named one did."""
    m = _PARTICIPLE_OPENER.match(cf.text)
    if m is None or cf.text[:m.end()].split()[0].lower() in _ING_PREPOSITIONS:
        return False  # "During one of the exchanges, Assistant District Attorney David Rossi asked": a time, no act
    return m.end() <= n.start and _TITLE_WORDS.fullmatch(cf.text, m.end(), n.start) is not None


_BODY_NOUN_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(BODY_NOUNS)) + r")\s+$")  # "run by outsourcing group
# Capita": a body's name


_AGENT_COMPOUND = re.compile(r"-(built|made|owned|led|backed|run|controlled|designed|operated|funded|sponsored)\b")


WHOLE = "w:"  # an anchor of a figure a later one is part of, with the part's value ("w:9000")
HOST = "p:host"  # an anchor: the name is the state or country written after a town ("Portland, Oregon")
REPEATED = "p:again"  # a sentence key: its act is a repeat of one told before ("Crowds again walked across")
_REPEATED = re.compile(r"\bagain\s+(?:[a-z]+ed|rose|fell|took|went|came|ran|made|gave|held|met|saw|won|lost|struck|"
                       r"broke|began|left|led|sank|flew|hit|shut|set|cut|put|became)\b")
# "Crowds again walked": an act done again; not "had electricity again by mid-morning" nor "would not fly again
# until": restored, resumed
# a sentence opening on another of its kind: "A smaller fire broke out at the refinery on June 10", "Another
# explosion", "An earlier fire": not the story's own event
_ANOTHER_OF_ITS_KIND = re.compile(r"[\"“]?(?:Another|A separate|An earlier|A previous|A smaller|A larger|"
                                  r"A second(?= )|An? [a-z]+er (?=[a-z]+ "
                                  r"(?:broke|erupted|struck|hit|occurred|happened)\b))\b")
# "made a second airdrop of food and water on Friday night", "divers resumed their search of the river on Friday":
# the act of that day is a later one of its kind (not "to avoid a second ballot", which is no act done)
A_LATER_ONE = re.compile(r"\b(?:made|mounted|launched|staged|conducted|carried\s+out|began|held)\s+a\s+"
                         r"(?:second|third|fourth|fifth)\s+[a-z]+\b(?!-)"
                         r"|\bresum(?:ed|es|ing)\s+(?:their|its|his|her|the)\b")


_SIDES_OF = re.compile(r"\b(?:sides? of|across) the\s+$", re.IGNORECASE)
_AND_OR = re.compile(r"\b(?:and|or)\b")


def _list_span(cf: ClaimFacts, n: Name) -> tuple[int, int] | None:
    """The span of the list a place or body is one of ("nominations from Thailand and Morocco"), so that each
    member's anchors are the list's: the last one is as much about the nominations as the first."""
    if n.kind not in ("place", "org"):
        return None
    listed = _list_of(cf.text, cf.names, n)
    if len(listed) < 2 or not any(_AND_OR.search(cf.text, m.end, o.start) for m, o in zip(listed, listed[1:])):
        return None  # "a laboratory in Austin, Texas": a town and its state, no list
    if any(_host_after(cf, m) for m in listed):
        return None  # "in West Chester, Pennsylvania, and Snohomish, Washington": towns with their states
    return listed[0].start, listed[-1].end


def _list_mates(text: str, names: list[Name], n: Name) -> frozenset[str]:
    """For a name in a list of three or more names of its kind ("in Guinea, Liberia, Sierra Leone and
    Nigeria"; two bodies are a list too: "led by RBS and Lloyds"), the other members as anchors ("list:guinea"):
    what a list member is about is the list, and a list that keeps every member but one has changed that one."""
    listed = _list_of(text, names, n)
    if not listed:
        return frozenset()
    if _EXAMPLES.search(text[:listed[0].start]) is not None:
        return frozenset({EXAMPLE})  # "universities including Oxford, Cambridge, Edinburgh": a few of many, each
        # version its own choice ("campuses in London, Cambridge, Bristol and Edinburgh")
    if len(listed) < (PAIR_MIN if n.kind in ("org", "other") else LIST_MIN):
        return frozenset()
    return frozenset(f"list:{m.keys[-1]}" for m in listed if m is not n and m.keys)


def in_examples(text: str, names: list[Name], n: Name) -> bool:
    """A name among examples ("universities including Oxford, Cambridge and Edinburgh", "cities such as Lyon"): a
    rewrite may pick other ones."""
    listed = _list_of(text, names, n)
    return bool(listed) and _EXAMPLES.search(text[:listed[0].start]) is not None


EXAMPLE = "list:example"  # the anchor of a name among examples


def in_one_list(keys: Iterable[str]) -> bool:
    """The anchors name another member of a list the name stands in ("list:toulouse"), not examples."""
    return any(k.startswith("list:") and k != EXAMPLE for k in keys)
_EXAMPLES = re.compile(r"\b(?:including|includes|include|such as|among them|like)\s*$", re.IGNORECASE)


def _apposition(text: str, n: Name, items: list[tuple[int, int, str, str]]) -> tuple[int, int] | None:
    """The span of a name set off by commas ("their captain, Giovanni van Bronckhorst, was sent off") with its
    commas, so that its anchors are the clause around it; None for a name in the flow of its clause."""
    before = text[:n.start].rstrip()
    after = text[n.end:].lstrip()
    if not (before.endswith(",") and after.startswith(",")):
        return None
    return len(before) - 1, n.end + (len(text) - n.end - len(after)) + 1


_PLACE_OF = re.compile(r"\bthe\s+(?:[a-z-]+\s+){0,3}(?:" + "|".join(sorted(PLACE_NOUNS)) + r")\s+of\s+$")


def _described_place(text: str, n: Name, items: list[tuple[int, int, str, str]]
                     ) -> tuple[tuple[int, int], frozenset[str]] | None:
    """A place named after the noun that says what it is ("launched from near the east coast port of Wonsan"): the
    span from the article, so the clause around the phrase anchors the place, and the phrase's own words."""
    m = _PLACE_OF.search(text, max(0, n.start - 60), n.start)
    if m is None:
        return None
    return (m.start(), n.end), frozenset(key for s, e, key, kind in items
                                          if m.start() <= s and e <= n.start and kind in ("word", "fact"))


# between a place and the region it lies in: ", a village in ", ", in ", " in the state of "
_LOCATED_GAP = re.compile(r",?\s*(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2})?(?:(?:prison|jail|camp|airport|port|plant|mine|"
                          r"base|hospital|temple|monastery|stadium|university)\s+)?in\s+(?:the\s+(?:[a-z-]+\s+)?"
                          r"(?:state|province|region|county|district)\s+of\s+|(?:north|south|east|west|central)"
                          r"[a-z-]*\s+)?$")  # "Jinzhou prison in the
# northeastern province of Liaoning" / "Jinzhou prison in Jilin province": the site's name, then where it is;
# "Castelvetrano in western Sicily" too


def _located(cf: ClaimFacts, n: Name) -> str | None:
    """The key of the place a name says `n` contains ("Bienenbuettel, a village in Lower Saxony", "the village of
    Bienenbüttel in Lower Saxony", "Bienenbuettel, in Schleswig-Holstein"): one anchor of a region however the
    sentence around it was rewritten."""
    before = [m for m in cf.names if m.end <= n.start and m.kind in ("place", "other") and m.keys]
    if not before or not _LOCATED_GAP.fullmatch(cf.text[before[-1].end:n.start]):
        return None
    return transliterate(before[-1].keys[-1])[:6]


def _hosts(cf: ClaimFacts) -> set[int]:
    """The starts of the states and countries written after a town and a comma ("extradited from Portland, Oregon,
    in 2008"): where the town is, so that the town, not its state, is what a rewrite's "extradited from Seattle
    in 2008" is matched with."""
    hosts = (_host_name(cf, n) for n in cf.names)
    return {h.start for h in hosts if h is not None and not h.text.endswith(("'s", "’s"))}  # not "at Felixstowe,
    # Britain's biggest container port": an apposition that opens with a country's possessive


def _host_name(cf: ClaimFacts, n: Name) -> Name | None:
    """The state or country written right after a town and a comma ("a laboratory in Austin, Texas" / "a lab in
    Dallas, Texas")."""
    from .lexicon import lexicons

    places = lexicons().places
    after = next((m for m in cf.names if m.start >= n.end and m.keys), None)
    if after is None or cf.text[n.end:after.start].strip() != ",":
        return None
    if places.get(" ".join(n.keys)) in ("country", "continent", "region", "state"):
        return None  # "Ukraine, Honduras and the Dominican Republic": a list of countries
    from .entities import lies_in

    if places.get(" ".join(after.keys)) not in ("state", "country", "region") and not lies_in(n, after):
        return None  # but a district the place data puts in the city written after it ("Queens, New York")
    return after


def _host_after(cf: ClaimFacts, n: Name) -> str | None:
    """The key of the state or country written right after a town and a comma: one anchor of where the town is."""
    host = _host_name(cf, n)
    return transliterate(host.keys[-1])[:6] if host is not None else None


def _converted_aside(text: str, before: Quantity | None, q: Quantity) -> bool:
    """q is the figure before it in another unit, in brackets: "1,473 miles (2,370 kilometers)"."""
    return (before is not None and before.unit is not None and q.unit is not None and before.unit != q.unit
            and re.fullmatch(r"\s*\(\s*(?:about|some|around|or)?\s*", text[before.end:q.start]) is not None
            and text[q.end:q.end + 2].lstrip().startswith(")"))


def _identifier(cf: ClaimFacts, q: Quantity) -> bool:
    """A number that names rather than counts: "Flight 3318", "runway 21", "Apollo 11", "No 10"."""
    if q.unit is not None or q.hedge or q.value != int(q.value):
        return False
    before = [t for t in cf.tokens if t.end <= q.start]
    return bool(before) and before[-1].text.lower().rstrip(".") in _ID_WORDS


def _pronoun_subject(cf: ClaimFacts) -> bool:
    """The sentence opens with "he", "she" or "his"/"her" (outside quotations)."""
    first = next((t for t in cf.tokens if t.kind == "word"), None)
    return first is not None and first.text.lower() in ("he", "she", "his", "her")


_MALE = {"he", "him", "his", "himself"}
_FEMALE = {"she", "her", "hers", "herself"}
_SUBJECT_PRONOUNS = {"he", "she", "himself", "herself"}
_MALE_WORDS = {"mr", "husband", "widower", "brother", "son", "father", "uncle", "nephew", "grandson", "grandfather",
               "king", "prince", "duke", "lord", "sir", "fiance"}
_FEMALE_WORDS = {"ms", "mrs", "miss", "wife", "widow", "sister", "daughter", "mother", "aunt", "niece",
                 "granddaughter", "grandmother", "queen", "princess", "duchess", "lady", "dame", "fiancee"}
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$")


def genders(analyses: list[ClaimFacts], people: dict[str, Person]) -> dict[str, str]:
    """What a version tells of each person's sex, "m" or "f", where it tells it: "Mr"/"Ms" before a mention,
    a family word or a title ("her partner ... Clarke Gayford" does not count; "brother Philonise" does), and
    "he"/"she" in a sentence that names that person alone. Unknown people are left out."""
    votes: dict[str, list[str]] = {}
    shared = _shared_surnames(people)  # "Bernard Madoff" and "his wife, Ruth Madoff": one key, two people
    for cf in analyses:
        named = [(n, k) for n, k in _persons_in(cf, people, [])
                 if k not in shared or len(n.keys) < 2 or n.keys[0] == shared[k]]  # a relative's sex is not theirs
        for n, k in named:
            if (m := _HONORIFIC_BEFORE.search(cf.text[:n.start])):
                votes.setdefault(k, []).append("m" if m.group(1) == "Mr" else "f")
            role = {w.rstrip(".") for w in n.role}
            if role & _MALE_WORDS or role & _FEMALE_WORDS:
                votes.setdefault(k, []).append("m" if role & _MALE_WORDS else "f")
        if len({k for _, k in named}) == 1:  # "Albanese said his counterpart": the pronoun after the name is his
            spans = [(q.start, q.end) for q in cf.quotes]
            after = [t.text.lower() for t in cf.tokens
                     if not _inside(spans, t.start, t.end) and t.start >= named[0][0].end and t.kind == "word"]
            before = {t.text.lower() for t in cf.tokens if t.end <= named[0][0].start}
            # "Albanese said his counterpart" is his; in "Masipa did not extend his bail" the possessive, further
            # on, is as often another's: possessives count only as the name's verb's object
            words = (set(after) & _SUBJECT_PRONOUNS) | set(after[1:2])
            if bool(words & _MALE) != bool(words & _FEMALE) and not before & (_MALE | _FEMALE):
                votes.setdefault(named[0][1], []).append("m" if words & _MALE else "f")
    return {k: max(set(v), key=v.count) for k, v in votes.items() if len(set(v)) == 1}


def _shared_surnames(people: dict[str, Person]) -> dict[str, str]:
    """Keys whose full mentions have two different given names, a family ("Oscar" and "Arnold Pistorius"), with
    the given name of the one named first: the story's person, the others being relatives."""
    out = {}
    for key, p in people.items():
        given = [n.keys[0] for _, n in p.mentions if len(n.keys) >= 2 and n.keys[0] not in _PARTICLES]
        if len(set(given)) > 1:
            out[key] = given[0]
    return out


def _pronoun_sex(cf: ClaimFacts) -> str | None:
    """ "m" for "he said", "f" for "she said"."""
    spans = [(q.start, q.end) for q in cf.quotes]
    toks = [t for t in cf.tokens if not _inside(spans, t.start, t.end) and t.kind == "word"]
    for a, b in zip(toks, toks[1:]):
        for p in (a, b) if (a.key in PRONOUNS and is_speech(b)) or (is_speech(a) and b.key in PRONOUNS) else ():
            if p.key in ("he", "she"):
                return "m" if p.key == "he" else "f"
    return None


def _other_pronoun(cf: ClaimFacts) -> bool:
    """The sentence that says "she said" also has a "he" (or the reverse) outside its quotations: two people."""
    spans = [(q.start, q.end) for q in cf.quotes]
    seen = {t.text.lower() for t in cf.tokens if not _inside(spans, t.start, t.end)}
    return bool(seen & {"he", "him", "his"}) and bool(seen & {"she", "her"})


def _speech_in(cf: ClaimFacts, spans: list[tuple[int, int]]) -> bool:
    return any(is_speech(t) and not _inside(spans, t.start, t.end) for t in cf.tokens)


def _mention_before(person: Person, claim: int) -> tuple[Name | None, int | None]:
    """The last mention of a person at or before a claim: what a pronoun points back to."""
    before = [(ci, n) for ci, n in person.mentions if ci <= claim]
    if not before:  # the person the pronoun was read as is first named further on: no one it can point back to
        return None, None
    ci, n = before[-1]
    return n, ci


__all__ = ["DateRef", "Fact", "Person", "Quantity", "QuoteFact", "VersionFacts", "extract", "person_key"]
