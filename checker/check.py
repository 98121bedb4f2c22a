"""The pipeline: versions -> claims -> aligned pairs -> rules -> StoryResult.

Every version is compared with the first (the reference). Identical claims
pair without the model and skip the rules; the model is loaded only when some
claim has to be paired by meaning.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

import numpy as np

from .align import align, similarity
from .compare import PairContext, PairSide, StoryContext, side
from .context import with_context
from .embed import Embedder, shared_embedder
from .evidence import MATCHED, ONE_FIGURE_MOVED, moved_facts, qualifiers_changed, reconcile, reversed_moves
from .extract import SAID, extract
from .facts import _MONTHS, Quantity, analyze
from .ingest import parse_version, resolve_dates
from .lexicon import Lexicons, lexicons
from .match import ONE_DAY, Match, StoryMatches, _day, _doers, match_story
from .model import Claim, ClaimPair, Comparison, Finding, Severity, Side, StoryResult, Version
from .normalize import digits_transposed, two_digits_swapped
from .rules import RULES, Rule
from .rules.dates import OTHER_EVENTS_NOTE, RESOLVED_APART
from .rules.movement import ONE_DAY_MOVES
from .rules.numbers import _is_currency
from .rules.person_role import ONE_HOLDER
from .segment import segment
from .timing import Timings


def _empty_side(version: Version, lex: Lexicons) -> PairSide:
    return PairSide(version, (), analyze("", version.date, lex))


def make_context(pair: ClaimPair, a: Version, b: Version, lex: Lexicons | None = None, embedder: Embedder | None = None) -> PairContext:
    """Analyse both sides of an aligned pair for the rules."""
    lex = lex or lexicons()
    return PairContext(
        pair,
        side(a, pair.a, lex) if pair.a else _empty_side(a, lex),
        side(b, pair.b, lex) if pair.b else _empty_side(b, lex),
        lex,
        embedder.encode if embedder is not None else None,
    )


def run_rules(
    pair: ClaimPair, a: Version, b: Version, rules: Iterable[Rule], lex: Lexicons | None = None,
    embedder: Embedder | None = None,
) -> list[Finding]:
    """All findings of the enabled rules on one aligned pair."""
    if pair.kind == "identical":
        return []
    scope = "unmatched" if not pair.a or not pair.b else "pair"
    ctx = make_context(pair, a, b, lex, embedder)
    findings: list[Finding] = []
    for r in rules:
        if r.scope != scope:
            continue
        findings.extend(r(ctx))
    return _dedupe(findings)


def _dedupe(findings: list[Finding], texts: dict[str, str] | None = None) -> list[Finding]:
    """A quotation finding that only repeats a more specific finding inside it or on the same words is dropped
    ("will not raise taxes" is a negation-flip, not also a changed quotation), and so is a
    finding on exactly the spans an earlier rule already reported at the same or a higher severity
    ("woman" / "man" is an antonym and a contrast-set change: one finding, not two)."""
    out: list[Finding] = []
    for f in findings:
        if f.name == "quote-altered" and any(
            g is not f and g.name != "quote-altered" and g.severity >= Severity.WARNING
            and (_within(g.a.span, f.a.span) or _within(g.b.span, f.b.span)
                 or (g.a.version == f.a.version and g.b.version == f.b.version
                     and _overlap(g.a.span, f.a.span, texts, f.a.version)
                     and _overlap(g.b.span, f.b.span, texts, f.b.version)))  # "will not raise" / "not raise"
            for g in findings
        ):
            continue
        out.append(f)
    # one discrepancy found by two rules (a quotation given to another man is also a person swap in the
    # sentence): the same two values between the same versions are reported once, at the higher severity
    # the same rule on overlapping words of both versions ("not been" / "been" and "not been wearing full" /
    # "wearing full"): one discrepancy, reported once, by the first finding
    # (a move reversed, found by the direction rule and by the movement rule, is one discrepancy too)
    kept: list[Finding] = []
    for f in out:
        same = [g for g in kept if _family(g.rule) == _family(f.rule) and g.a.version == f.a.version
                and g.b.version == f.b.version
                and _overlap(g.a.span, f.a.span, texts, f.a.version) and _overlap(g.b.span, f.b.span, texts, f.b.version)]
        if not same:
            kept.append(f)
        elif all(_weight(f) > _weight(g) for g in same):  # the more severe, then the one that shows more words
            kept = [g for g in kept if g not in same] + [f]
    out = kept

    def by_spans(f: Finding) -> tuple[object, ...]:
        return (f.a.version, f.a.span, f.b.version, f.b.span)

    def by_values(f: Finding) -> tuple[object, ...]:
        return (f.a.version, f.b.version, f.a.value.strip().lower(), f.b.value.strip().lower())

    for key in (by_spans, by_values):
        best: dict[tuple[object, ...], Finding] = {}
        for f in out:
            if f.severity < Severity.WARNING and key is by_values:
                continue
            k = key(f)
            if k not in best or (f.severity, -_order(f)) > (best[k].severity, -_order(best[k])):
                best[k] = f  # at equal severity the rule listed first, the more specific: person-role before person
        out = [f for f in out if (f.severity < Severity.WARNING and key is by_values) or best[key(f)] is f]
    return _one_swap_once(_conversions_once(out, texts))


_CONVERSION_OPENS = re.compile(r"\s*\(\s*(?:about|around|some|roughly|nearly|almost|or)?\s*$", re.IGNORECASE)


def _conversions_once(findings: list[Finding], texts: dict[str, str] | None) -> list[Finding]:
    """A figure changed with its conversion in brackets after it ("up to 200 km/h (125 mph)" / "up to 250 km/h (155
    mph)") is one discrepancy: the bracketed figures' finding is dropped when the figures before them are reported,
    whatever its severity: a conversion follows its figure ("40 million euros ($53 million)" / "103 million euros ($136
    million)", the euros restated as the first estimate, is a warning, not an error made of the dollars)."""
    if not texts:
        return findings

    def converts(inner: Side, outer: Side) -> bool:
        text = texts.get(inner.version, "")
        if inner.version != outer.version or outer.span[1] > inner.span[0] \
                or _CONVERSION_OPENS.fullmatch(text[outer.span[1]:inner.span[0]]) is None:
            return False  # read the figures (a parse of each value) only for a bracket right after the other's
        qi, qo = _first_figure(inner.value), _first_figure(outer.value)
        if qi is None or qo is None or qi.unit is None:
            return False
        if qo.unit is None:  # "a fine of up to 30 million won ($22,600)": a currency the lexicon leaves out ("won"
            # is a verb too), named by its conversion into money
            return _is_currency(qi.unit) and outer.value.rstrip()[-1:].isalpha()
        return qi.unit != qo.unit  # another unit, not "killed 12 people (eight of them children)"

    return [f for f in findings if not (f.rule == "WC110" and any(
        g is not f and g.rule == "WC110" and g.severity >= Severity.WARNING and converts(f.a, g.a)
        and converts(f.b, g.b)
        for g in findings))]


_FAMILIES = {"WC142": "WC141", "WC143": "WC141", "WC150": "WC141"}  # rules that can report one discrepancy twice:
# movement-reversed, stance-reversed or term-changed and direction-flip ("upper end" / "lower end" is an antonym
# and a contrast-set change)


def _family(rule: str) -> str:
    return _FAMILIES.get(rule, rule)


_SWAP_RULES = ("WC101", "WC102", "WC131")  # a person in a role changed, a person changed, a speaker changed


def _one_swap_once(findings: list[Finding]) -> list[Finding]:
    """One person given for another between two versions is one discrepancy, however many sentences show it:
    "headed by Chief Justice Dipak Misra" / "Chief Justice Ranjan Gogoi, who led the bench" and "Misra said" /
    "Chief Justice Ranjan Gogoi ... said" are reported once, by the more severe finding, then the rule listed
    first (the role's)."""
    def names(value: str) -> set[str]:
        return {w.removesuffix("'s").removesuffix("’s") for w in re.findall(r"\b[A-Z][\w'’-]+", value)}

    def titled(f: Finding, side: Side) -> set[str]:  # "said by the judge (Ralph Alt) in a.txt": whom the title names
        m = re.search(rf"\(([^()]*)\) in {re.escape(side.version)}\b", f.message) if f.rule == "WC131" else None
        return names(m.group(1)) if m else set()

    swaps = [f for f in findings if f.rule in _SWAP_RULES and f.severity >= Severity.WARNING]
    dropped: set[int] = set()
    for f in swaps:
        for g in swaps:
            if g is f or id(g) in dropped or id(f) in dropped or (f.a.version, f.b.version) != (g.a.version, g.b.version):
                continue
            na, nb, ma, mb = (names(side.value) | titled(h, side) for h, side in ((f, f.a), (f, f.b), (g, g.a),
                                                                                   (g, g.b)))
            if na & ma and nb & mb and not (na & mb or nb & ma):
                worse = min((f, g), key=lambda h: (h.severity, -_order(h)))
                dropped.add(id(worse))
            elif f.rule == "WC102" and nb & mb and not na & ma and (
                    g.rule == "WC131" and (f.a.claim, f.b.claim) == (g.a.claim, g.b.claim)
                    or f.why.startswith(MATCHED) and not g.why.startswith(MATCHED)):
                dropped.add(id(f))  # '"... could be dangerous," Tharoor said on Twitter, asking Health Minister Harsh
                # Vardhan to clarify' / '"... could be dangerous," Mr Ramesh said': one man of one version stands for
                # one of the other; the quotation's speaker, or the name in the same place of a sentence, is his
                # counterpart, not the man asked whom the fact matcher put beside him
    bodies = [f for f in findings if f.rule == "WC106" and f.severity >= Severity.WARNING]
    return [f for f in findings if id(f) not in dropped and not _nationality_of_a_swap(f, swaps + bodies)]


def _nationality_of_a_swap(f: Finding, swaps: list[Finding]) -> bool:
    """A place finding between two nationalities that describe the two people or bodies of a swap in the same two
    sentences ("set by South Korean climber Kim Chang-ho" / "held by the Polish climber Jerzy Kukuczka", "employed by
    Canadian security firm GardaWorld" / "worked for the British security company Control Risks"): their
    nationalities, part of the one swap."""
    if f.rule != "WC105" or not any(
            (g.a.version, g.b.version, g.a.claim, g.b.claim) == (f.a.version, f.b.version, f.a.claim, f.b.claim)
            for g in swaps):
        return False
    from .facts import _COUNTRY_KEYS, DEMONYM

    lex = lexicons()

    def nationality(value: str) -> bool:  # "Polish", "by South Korean": a word for a country's people
        words = re.findall(r"[A-Z][\w'’-]*", value)
        return bool(words) and DEMONYM.fullmatch(words[-1]) is not None and any(
            lex.aliases.get(tuple(w.lower() for w in words[k:])) in _COUNTRY_KEYS(lex) for k in range(len(words)))

    return nationality(f.a.value) and nationality(f.b.value)


def _weight(f: Finding) -> tuple[int, int]:
    return int(f.severity), len(f.a.value) + len(f.b.value)


def _overlap(x: tuple[int, int], y: tuple[int, int], texts: dict[str, str] | None, vid: str) -> bool:
    """Overlapping spans, or spans a space apart ("been" and "wearing full"; not "14" and "10" of "14-10")."""
    if x[0] < y[1] and y[0] < x[1]:
        return True
    text = (texts or {}).get(vid, "")
    gap = text[min(x[1], y[1]):max(x[0], y[0])]
    return bool(text) and 0 < len(gap) <= 1 and gap.isspace()


def _order(f: Finding) -> int:
    ids = list(RULES)
    return ids.index(f.rule) if f.rule in ids else len(ids)


def _within(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1] and inner != (0, 0)


def compare_versions(
    ref: Version, other: Version, claims: dict[str, list[Claim]], embedder: Embedder | None,
    threshold: float | None = None,
) -> Comparison:
    """Align the checkable claims of two versions."""
    a = [c for c in claims[ref.id] if not c.heading]
    b = [c for c in claims[other.id] if not c.heading]
    trivial = len(a) == 1 and len(b) == 1
    encode = None if (trivial or embedder is None) else embedder.encode
    sim = similarity(a, b, encode)
    if trivial:
        pairs = [ClaimPair((a[0],), (b[0],), float(sim[0, 0]))]
    else:
        pairs = align(a, b, sim, threshold) if threshold is not None else align(a, b, sim)
    return Comparison(ref.id, other.id, pairs, np.round(sim, 3).tolist())


def check_versions(
    versions: Sequence[Version],
    embedder: Embedder | None = None,
    rules: Iterable[Rule] | None = None,
    threshold: float | None = None,
    story: str = "",
    claims: dict[str, list[Claim]] | None = None,
    timings: Timings | None = None,
    default_date: dt.date | None = None,
) -> StoryResult:
    """Check every version against the first one.

    `claims` passes segmentation already done (nightly segments once for
    grouping and checking); `timings` collects the align and rules stages;
    `default_date` (--date) dates the versions that carry no date of their own.
    """
    if len(versions) < 2:
        raise ValueError("a story needs at least two versions to compare")
    versions = resolve_dates(list(versions), default_date)
    lex = lexicons()
    timings = timings or Timings()
    active = list(rules) if rules is not None else list(RULES.values())
    if claims is None:
        claims = {v.id: segment(v) for v in versions}
    else:
        claims = {v.id: claims[v.id] for v in versions}
    ref = versions[0]
    comparisons: list[Comparison] = []
    findings: list[Finding] = []
    embedder = embedder or shared_embedder()
    novel = {v.id for v in versions[1:] if _says_more(claims[v.id], claims[ref.id])}
    with timings.stage("extract"):
        facts = {v.id: extract(v, claims[v.id], lex) for v in versions if novel and (v is ref or v.id in novel)}
    matched: list[StoryMatches] = []
    for other in versions[1:]:
        with timings.stage("align"):
            comp = compare_versions(ref, other, claims, embedder, threshold)
        comparisons.append(comp)
        with timings.stage("rules"):
            found: list[Finding] = []
            for pair in comp.pairs:
                if pair.kind != "identical":
                    timings.count("pairs checked")
                found.extend(run_rules(pair, ref, other, active, lex, embedder))
        if other.id not in novel:  # a copy or a trim of the reference: no value in it that the reference lacks
            findings.extend(found)
            continue
        with timings.stage("match"):
            sm = match_story(facts[ref.id], facts[other.id], comp)
        matched.append(sm)
        with timings.stage("rules"):
            if len(sm.a.claims) > 1 and len(sm.b.claims) > 1:  # a story: facts can move between sentences
                found = reconcile(found, sm)
                found += moved_facts(sm, found, active)
                found += reversed_moves(sm, found, active)
                found += qualifiers_changed(sm, found, active)
            findings.extend(found)
    whole = StoryContext(list(versions), claims, lex, facts, matched)
    for r in active:
        if r.scope == "story":
            findings.extend(r(whole))
    findings = _weigh_kinship(findings, matched)
    findings = _tallies_of_other_days(findings, {v.id: v.date for v in versions})
    for r in active:
        if r.scope == "review":
            with timings.stage("verify"):
                whole.findings = list(findings)
                findings.extend(r(whole))
    texts = {v.id: v.text for v in versions}
    return StoryResult(list(versions), claims, comparisons, with_context(_dedupe(findings, texts), texts),
                       story=story or ref.id)


def _says_more(other: Sequence[Claim], ref: Sequence[Claim]) -> bool:
    """`other` has a sentence the reference does not have word for word: it may state a fact differently. A copy,
    a trim or a reordering of the reference's sentences states only the reference's own facts."""
    known = {c.text for c in ref}
    return any(c.text not in known for c in other if not c.heading)


def _one_statement(m: Match) -> bool:
    """A disagreeing match whose sentences are one statement: other facts and words of what happened agree, the
    more of one the fewer of the other ("fell onto the Polcevera river" / "fell about 45 metres onto the Bisagno
    river"; "through in about three and a half days, Rabie said" / "through in four and a half days, he said")."""
    words = len(m.words) + (m.a.kind == "quantity" and any(k.startswith("q:") for k in m.shared))  # "won 54 of the
    # 87 seats" / "won 53 of the 87 seats": the whole two figures count from is said alike (not "the No. 5 seed in
    # the AFC playoffs" / "... in the National Football League playoffs": a figure beside two bodies)
    words += any(k.startswith("noun:") for k in m.shared)  # "17,000 television episodes" / "7,000 television
    # episodes": the specific noun both figures count says most of what they are, and counts twice
    return (m.support >= 2 and words >= 2) or (m.support >= 3 and words >= 1) or (m.support >= 1 and words >= 3)


_SPANS = frozenset({"second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade"})


def _mistyped(m: Match) -> bool:
    """Each article's only figure of one measure, one a slip of the other's digits ("22 transmission towers" /
    "23 transmission towers"): the same count, mistyped, even between two articles; not a time that has gone on
    ("the 12 days of the offensive" / "after 13 days", written a day apart)."""
    return m.lone_slip and getattr(m.a.item, "unit", None) not in _SPANS


def _weigh_kinship(findings: list[Finding], matched: list[StoryMatches]) -> list[Finding]:
    """Errors between two articles that are not versions of one story (few sentences in common, few facts
    agreed) become warnings: such articles report different facts as a matter of course. Not a quotation of six
    words or more given word for word to two speakers, or with a word changed: whoever reports it, it was said by
    one, in one way; nor an office
    its own words make one person's ("Home Affairs Minister") given to two: whoever reports it, one holds it."""
    strangers = {sm.b.version.id for sm in matched
                 if len(sm.a.claims) > 1 and len(sm.b.claims) > 1 and not sm.kin}
    if not strangers:
        return findings
    why = " (the versions share few sentences and facts: they read as two articles on one event, not versions of one)"
    # one statement in both articles, agreeing on two other facts and on what happened: its change stands
    # ("Mandela died on Thursday at the age of 95" / "Mandela, who died Wednesday night at the age of 95")
    stated = {(m.b.version, m.b.start) for sm in matched for m in sm.facts
              if not m.agree and m.confident and ((m.near >= 0.5 and _one_statement(m)) or _mistyped(m)
                                                  or m.sole_figures or _one_day_ahead(m, sm)
                                                  or _one_persons_act(m, sm))}  # or paired sentences alike in most
    # words, or each article's only day of one thing still to come, or of one person's act
    # a quotation of six words or more, word for word in both: the same statement, whoever reports it
    verbatim = {(sm.b.version.id, sm.b.claims[q.b.claim].text) for sm in matched for q in sm.quotes
                if q.overlap >= 0.99 and min(len(q.a.words), len(q.b.words)) >= VERBATIM_WORDS}
    quoted = {(sm.b.version.id, sm.b.claims[q.b.claim].text) for sm in matched for q in sm.quotes
              if min(len(q.a.words), len(q.b.words)) >= VERBATIM_WORDS}
    return [replace(f, severity=Severity.WARNING, why=f.why + why)
            if f.severity == Severity.ERROR and f.b.version in strangers and f.rule != "WC121"
            and not (f.rule == "WC131" and (f.b.version, f.b.claim) in verbatim)
            and not (f.rule == "WC130" and (f.b.version, f.b.claim) in quoted)  # '"Paul Bocuse's legacy is not in
            # question"' / '"... is now in question"': one statement, whoever reports it, its word changed
            and not (f.rule == "WC101" and ONE_HOLDER in f.why)
            and not (f.rule == "WC120" and f.why.startswith(RESOLVED_APART) and OTHER_EVENTS_NOTE not in f.why)
            and not (f.rule == "WC142" and ONE_DAY_MOVES in f.why)  # "Oil prices rose" (in Wednesday's copy) /
            # "Oil prices, which fell on Wednesday": one market's move of one day, whoever reports it
            and not (f.rule == "WC141" and ONE_FIGURE_MOVED in f.why)  # "fell 9 percent" / "rose 9 percent": one
            # figure, matched with confidence, moves one way only, whoever reports it
            and not _nearly_same_sentence(f) and not any(v == f.b.version and f.b.span[0] <= s < f.b.span[1] + 1
                                                         for v, s in stated) else f
            for f in findings]


VERBATIM_WORDS = 6


def _one_day_ahead(m: Match, sm: StoryMatches) -> bool:
    """Each article's only date of one act, both days after both datelines ("Kirill will be enthroned ... on
    Sunday" / "Kirill will be enthroned on Saturday"): the day set for one thing to come, whoever reports it."""
    if m.a.kind != "date" or not m.lone_event or sm.a.version.date is None or sm.b.version.date is None:
        return False
    days = (_day(m.a), _day(m.b))
    return None not in days and min(days) > max(sm.a.version.date, sm.b.version.date)


def _one_persons_act(m: Match, sm: StoryMatches) -> bool:
    """Each article's only date of one act, done by one person both name, both days gone by ("Joko Widodo was sworn
    in as Indonesia's seventh president on Monday" / "Widodo, who was sworn in on Sunday"): the day of one thing,
    whoever reports it."""
    if m.a.kind != "date" or not m.lone_event or m.second:
        return False
    if m.lone_event == ONE_DAY and not (m.a.event & m.b.event) - SAID:
        return False  # each article's only day, of one act both tell
    if sm.a.version.date is None or sm.b.version.date is None or not _doers(m.a, sm.a) & _doers(m.b, sm.b):
        return False
    days = (_day(m.a), _day(m.b))
    return None not in days and max(days) <= min(sm.a.version.date, sm.b.version.date)


# what a running tally of an outbreak or a disaster counts: it only grows from one day's copy to the next
_TALLY = re.compile(r"\b(?:deaths?|dead|killed|died|cases?|sickened|ill|patients?|injured|wounded|infected|"
                    r"evacuated|arrested|detained|charged|toll)\b", re.IGNORECASE)


# a tally the later version says is revised: "The dead now include 46 miners and five rescuers" (after a rescuer
# presumed dead was found alive)
_UPDATED = re.compile(r"\b(?:now|revised|lowered|corrected)\b", re.IGNORECASE)


def _tallies_of_other_days(findings: list[Finding], dates: dict[str, dt.date | None]) -> list[Finding]:
    """A running tally that a later-dated version gives higher ("Eight of the patients have developed kidney
    failure" / a day later "At least 14 of the patients") is an update more often than an error: a warning, saying
    so. Lower in the later version it stays an error, the dead and the sick are not un-counted, unless the later
    sentence gives its figure as revised or as it stands now."""
    out = []
    for f in findings:
        da, db = dates.get(f.a.version), dates.get(f.b.version)
        if f.rule == "WC110" and f.severity == Severity.ERROR and da and db and da != db \
                and _TALLY.search(f.a.claim) and _TALLY.search(f.b.claim):
            qa, qb = _first_figure(f.a.value), _first_figure(f.b.value)
            if _a_rate(f.a) or _a_rate(f.b) or digits_transposed(f.a.value, f.b.value) or _swapped_beside(f) \
                    or (qa is not None and qa.unit is not None) or _an_age(f.a) or _an_age(f.b):
                pass  # "one death prevented for every eight patients" counts no tally; "4,180" / "4,810" suspected
                # cases: a tally grows, it does not shuffle its digits; "lived 25 metres from the road" measures;
                # "died in May aged 81" / "at the age of 83": an age
            elif _settled(f, da, db):
                pass  # "a hotel and cafe in Ouagadougou, in January, in which 30 people died" / "... where 33 died",
                # in March copy: a toll of an attack months gone is counted, not growing
            elif qa is not None and qb is not None and (qb.value > qa.value if db > da else qa.value > qb.value):
                f = replace(f, severity=Severity.WARNING,
                            why=f"{f.why}; a running tally, higher in the later version ({min(da, db).isoformat()}, "
                                f"{max(da, db).isoformat()}): an update?")
            elif _UPDATED.search((f.b if db > da else f.a).claim):
                f = replace(f, severity=Severity.WARNING,
                            why=f"{f.why}; a running tally the later version ({max(da, db).isoformat()}) gives as "
                                "revised: an update?")
        out.append(f)
    return out


_MONTH_OR_YEAR = re.compile(r"\b(?:(?:January|February|March|April|June|July|August|September|October|November|"
                            r"December)|(?:19|20)\d\d)\b")


def _settled(f: Finding, da: dt.date, db: dt.date) -> bool:
    """Both sentences date what they count to one month or year before either dateline's month: the tally of a
    thing gone by, which no update changes."""
    shared = set(_MONTH_OR_YEAR.findall(f.a.claim)) & set(_MONTH_OR_YEAR.findall(f.b.claim))
    first = min(da, db)
    for when in shared:
        if when.isdigit():
            if int(when) < first.year:
                return True
        elif _MONTHS[when.lower()] not in (da.month, db.month) and not _YEAR.search(f.a.claim):
            return True
    return False


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_FIGURE = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?")  # "383" of "a herd of 383, the ministry said": no comma after


def _an_age(side: Side) -> bool:
    """The figure is someone's age: "aged 81", "at the age of 83", "the 83-year-old", "Messina Denaro, 60,"."""
    if re.search(r"\d[- ]years?[- ]old\b", side.value):
        return True  # "the 61-year-old"
    value = re.escape(side.value.strip())
    return bool(value) and (re.search(rf"\b(?:aged|age of)\s+{value}\b|\b{value}[- ]years?[- ]old\b", side.claim,
                                      re.IGNORECASE) is not None
                            or re.search(rf"\b[A-Z][\w'’-]+,\s+{value},", side.claim) is not None)


def _swapped_beside(f: Finding) -> bool:
    """Two digits swapped beside a figure both sentences give alike ("Another 78 were wounded and 259 arrested" /
    "Another 87 were injured and 259 were arrested"): the tally beside it did not grow, this one was mistyped."""
    if not two_digits_swapped(f.a.value, f.b.value):
        return False
    others = [set(_FIGURE.findall(side.claim)) - set(_FIGURE.findall(side.value)) for side in (f.a, f.b)]
    return bool(others[0] & others[1])


_RATE_BEFORE = re.compile(r"\b(?:every|each|one in|one out of|per)\s*$", re.IGNORECASE)


def _a_rate(side: Side) -> bool:
    """The figure says how often, not how many: "for every eight ventilated patients", "one in 12"."""
    at = side.claim.find(side.value)
    return at > 0 and _RATE_BEFORE.search(side.claim[:at]) is not None


def _first_figure(value: str) -> Quantity | None:
    """The first figure written in a finding's value."""
    found = analyze(value, None, lexicons()).quantities
    return found[0] if found else None


def _nearly_same_sentence(f: Finding) -> bool:
    """The two sentences are copies of each other but for the change: evidence on their own, whatever the
    articles around them ("Voters in 2009 approved a $3 million bond" / "Palmer voters in 2010 approved ...")."""
    from .align import word_overlap

    return word_overlap(f.a.claim, f.b.claim) >= 0.6


def check_texts(
    a: str, b: str, a_date: dt.date | None = None, b_date: dt.date | None = None,
    embedder: Embedder | None = None, rules: Iterable[Rule] | None = None,
) -> StoryResult:
    """Check two short texts (a claim and its other version), as `wirecheck pairs` does."""
    va = Version("a", a, date=a_date, body_end=len(a.rstrip()))
    vb = Version("b", b, date=b_date, body_end=len(b.rstrip()))
    return check_versions([va, vb], embedder, claim_rules(rules))


def claim_rules(rules: Iterable[Rule] | None = None) -> list[Rule]:
    """The rules for two versions of a claim (`pairs`, `check_texts`): all but those about whole articles (a
    claim has no dateline to be missing)."""
    return [r for r in (rules if rules is not None else RULES.values()) if not r.articles_only]


__all__ = ["check_texts", "check_versions", "compare_versions", "parse_version", "run_rules"]
