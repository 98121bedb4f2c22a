"""Severity from evidence: the story's fact matches confirm, withdraw or add findings.

The pair rules compare the two sentences the alignment paired, so they are
right about facts that stayed in their sentence and wrong in two ways when a
rewrite moved them: a value compared with the wrong figure of a paired
sentence (a false alarm), and a changed value in a sentence nobody paired
(a miss). The story matcher knows, for every value, the one value of the
other version it is about. So:

- a pair finding whose value is matched, elsewhere in the other version, with
  a value that agrees with it is withdrawn: it compared the wrong facts;
- a pair finding that a confident match confirms is an error, however much
  the sentence around it was rewritten;
- a confident match whose values disagree and that no pair finding reports
  is a finding of its own, with the anchor it matched on as its evidence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .entities import nested
from .extract import CLOCK_ANCHOR, FROM_END, FUNCTION, Clock, Fact, forms_of, in_one_list
from .facts import _FUNCTION
from .lexicon import lexicons
from .match import (FLAG, NEAR_SITE, ONE_DAY, ONE_MONTH, ONE_STATEMENT, PARENT, STREET, WATERS, Match,
                    StoryMatches, _after, _digit_slip, _numbered_name, dice, one_event_of, other_days, other_events,
                    reaction_to, state_and_act, statement_and_act)
from .model import Finding, Severity, Side
from .normalize import clause_break, lemma
from .opposites import change_or_level, converse, figure_move, level_move, opposite, opposites_of
from .rules import RULES, Rule
from .rules.dates import OTHER_EVENTS_NOTE
from .rules.numbers import SLIP_NOTE
from .wordnet import wordnet

# the rule that reports a disagreement of each kind of fact
RULE_OF = {"polarity": "WC140", "direction": "WC141", "quantity": "WC110", "score": "WC110", "date": "WC120",
           "place": "WC105", "org": "WC106", "person": "WC102"}
_RECONCILED = set(RULE_OF.values()) - {"WC141"}  # a pair's opposites are the direction rule's own reading


def rule_for(fact: Fact, other: Fact | None = None) -> str:
    if fact.kind != "name":
        return RULE_OF[fact.kind]
    kind = fact.item.kind if fact.item.kind != "other" or other is None else other.item.kind
    return RULE_OF.get(kind, RULE_OF["place"])  # two names of no known kind: reported as places


def _overlaps(span: tuple[int, int], fact: Fact) -> bool:
    return span[0] < fact.end and fact.start < span[1]


def _fact_at(facts: list[Fact], span: tuple[int, int]) -> Fact | None:
    hits = [f for f in facts if _overlaps(span, f)]
    return min(hits, key=lambda f: abs(f.start - span[0]) + abs(f.end - span[1])) if hits else None


def _tally_told_apart(tally: Fact, partner: Fact, facts: list[Fact]) -> bool:
    """Both figures of a tally ("517 votes to 482") are written, each on its own, in one sentence of the other
    version besides the partner's ("won 517 votes ..., while Merz won 482")."""
    if tally.kind != "score":
        return False
    wanted = (tally.item.home.value, tally.item.away.value)
    by_claim: dict[int, set[float]] = {}
    for g in facts:
        value = getattr(g.item, "value", None)
        if g.kind == "quantity" and g.claim != partner.claim and isinstance(value, (int, float)):
            by_claim.setdefault(g.claim, set()).add(value)
    return any(set(wanted) <= values for values in by_claim.values())


def _both_told(fa: Fact, fb: Fact, sm: StoryMatches) -> bool:
    """Each value is stated, consistent, by another fact of the other version, and one of them is a date written
    out ("Jan. 9, 2012"), which no other event shares by chance as two weekdays of one week may."""
    from .compare_values import agree

    if not any(ch.isdigit() for ch in fa.text + fb.text):
        return False
    def told(f: Fact, facts: list[Fact], other: Fact) -> bool:  # the same day, not a month that holds it
        return any(g.kind == f.kind and g is not other and g.item.value == f.item.value and agree(f, g) for g in facts)

    return told(fa, sm.b.facts, fb) and told(fb, sm.a.facts, fa)


ONE_TELLING = 0.5  # share of their words two paired sentences have in common to be one telling of one thing


def reconcile(findings: list[Finding], sm: StoryMatches) -> list[Finding]:
    """Withdraw pair findings whose values the story matched elsewhere; make confirmed ones errors."""
    out: list[Finding] = []
    for f in findings:
        if f.rule not in _RECONCILED or f.accepted is not None:
            out.append(f)
            continue
        a_facts = sm.a.facts + [m.a for m in sm.facts if m.a.kind == "polarity"]  # a plain predicate is a fact
        b_facts = sm.b.facts + [m.b for m in sm.facts if m.b.kind == "polarity"]  # only once it is matched
        fa = _fact_at(a_facts, f.a.span) if f.a.version == sm.a.version.id else None
        fb = _fact_at(b_facts, f.b.span) if f.b.version == sm.b.version.id else None
        ma, mb = (sm.of(fa) if fa else None), (sm.of(fb) if fb else None)
        elsewhere = any(m is not None and m.agree and (m.a is not fa or m.b is not fb) for m in (ma, mb))
        if elsewhere:
            continue  # the value is restated, about the same thing, in another sentence
        if f.rule == "WC120" and fa is not None and fb is not None and not (ma is not None and ma.confident) \
                and _both_told(fa, fb, sm):
            continue  # "were taken in a night-time raid on Jan. 9, 2012" / "were shown to reporters ... on Tuesday":
            # each version gives both days elsewhere ("breaking in on Jan. 9, 2012", "officials said on Tuesday"),
            # so the pair compared the days of two events
        if f.rule == "WC120" and f.severity == Severity.ERROR and fa is not None and fb is not None \
                and ma is None and mb is None and other_events(fa, fb) \
                and dice(fa.sentence, fb.sentence) < ONE_TELLING:
            acts = f"{'/'.join(sorted(fa.event))}, {'/'.join(sorted(fb.event))}"
            f = replace(f, severity=Severity.WARNING, why=f"{f.why}; but they date different acts ({acts}), and the "
                                                            "story matches neither day elsewhere")
            # "Kirill, 69, arrived in Havana on Thursday" / "Kirill, 69, was to celebrate a liturgy in Havana's
            # Russian Orthodox cathedral on Saturday": paired for the man and the city, the days of two acts (not "A
            # 71-year-old man died on Tuesday night when his car was swept off a road" / "... was killed yesterday
            # when his car was washed off a road": one telling in most of its words, its verb a synonym)
        if f.rule == "WC110" and fa is not None and fb is not None and (
                _tally_told_apart(fb, fa, sm.a.facts) or _tally_told_apart(fa, fb, sm.b.facts)):
            continue  # "Spahn ... after winning 157 votes" / "Kramp-Karrenbauer defeated Merz by 517 votes to 482":
            # the other version gives 517 and 482 in a sentence of their own; the rule compared two things' figures
        if f.rule == "WC110" and ma is not None and ma is mb and ma.restated and not ma.agree \
                and _in_its_sentence(ma, sm):
            continue  # "more than 6,000 people had been moved" / "more than 20,000 people were now in evacuation
            # centres, up from about 6,000 on Sunday night": the other sentence states the figure too, as an earlier one
        if fa is not None and fb is not None and any(
                m is not None and m.confident and not m.agree and (m.a is not fa or m.b is not fb) for m in (ma, mb)):
            continue  # the story compares one of the values with another figure ("1,473 miles (2,370 km)" /
            # "2,730km": the kilometres): moved_facts reports that match
        if f.severity == Severity.WARNING and SLIP_NOTE in f.why and sm.kin and _only_for_size(f):
            f = replace(f, severity=Severity.ERROR, why=f"{f.why}; in versions of one story that agree on most "
                                                          "facts, a mistyped figure")
        if (f.severity == Severity.WARNING and sm.kin and f.rule in _NAME_RULES and _only_for_size(f)
                and fa is not None and fb is not None and _replaced(fa, fb, sm)):
            f = replace(f, severity=Severity.ERROR, why=f"{f.why}; neither name is written anywhere in the other "
                                                          "version, in versions of one story")
        if ma is not None and ma is mb and not ma.agree and f.severity == Severity.ERROR and (
                (ma.restated and other_events(ma.a, ma.b))
                or (ma.a.kind == "date" and (reaction_to(ma.a, ma.b) or statement_and_act(ma.a, ma.b)))
                or (other_events(ma.a, ma.b) and _told_since(ma, sm))
                or (ma.a.kind == "date" and state_and_act(ma.a, ma.b))):
            # the value is told elsewhere, of what its own sentence tells; or one day dates a reaction to the
            # other's act ("a court on Monday convicted 207 people" / "politicians on Tuesday hailed the conviction")
            f = replace(f, severity=Severity.WARNING, why=f"{f.why}; but they date different events "
                                                            f"({'/'.join(sorted(ma.a.event))}, "
                                                            f"{'/'.join(sorted(ma.b.event))})")
        if ma is not None and ma is mb and ma.confident and not ma.agree:
            one_event = one_event_of(ma.a, ma.b) or ma.support >= ONE_STATEMENT or ma.lone_event is not None
            # each version's only date of one thing is that thing's date
            two_acts = ma.a.kind == "date" and other_events(ma.a, ma.b) and not one_event and not _act_named(ma)
            # "who flew to Whakatane on Monday evening" / "met first responders in Whakatane on Tuesday": each day
            # dates its own act (not "issue a recommendation in October" / "make a recommendation in November")
            if f.severity < Severity.ERROR and ((_only_for_size(f) and not two_acts) or (_only_for_events(f)
                                                                                          and one_event)):
                f = replace(f, severity=Severity.ERROR, why=f"{f.why}; {_because(ma)}".lstrip("; "))
            elif f.severity < Severity.ERROR and _naming_doubt(f) and _unknown_places(ma):
                # "Sharm el-Sheikh" / "Hurghada": two names of no known kind may be one thing named two ways, unless
                # what stands around them says they hold one place in one statement: reported as what they are
                r = RULES[rule_for(ma.a, ma.b)]
                f = replace(f, rule=r.id, name=r.name, severity=Severity.ERROR,
                            why=f"one name replaces another; {_because(ma)}")
            if ma.a.kind in ("score", "polarity"):  # "5" / "4" of "5-0" / "4-0": the whole score is the value
                f = replace(f, a=replace(f.a, span=(ma.a.start, ma.a.end), value=ma.a.text),
                            b=replace(f.b, span=(ma.b.start, ma.b.end), value=ma.b.text),
                            message=f"'{ma.a.text}' in {ma.a.version} but '{ma.b.text}' in {ma.b.version}")
        out.append(f)
    return out


def _act_named(m: Match) -> bool:
    """Both sentences name one act by its noun ("issue a recommendation" / "make a recommendation"): whatever verb
    each gives it, one act."""
    from .extract import _act_of_noun

    return any(w.endswith(("ion", "ment")) and _act_of_noun(w) for w in m.a.sentence & m.b.sentence)


def _in_its_sentence(m: Match, sm: StoryMatches) -> bool:
    """One side's figure is written again, in its unit, in the very sentence the other side's value stands in."""
    from .compare_values import agree

    def alike(f: Fact, o: Fact) -> bool:  # the same figure, not one it rounds to ("99 out of 100") nor the figure in
        # another unit ("7,700 miles (12,400 km)")
        nf, no = getattr(f.item, "noun", None), getattr(o.item, "noun", None)
        return o.kind == f.kind and not o.quoted and getattr(o.item, "unit", None) == getattr(f.item, "unit", None) \
            and getattr(o.item, "value", None) == getattr(f.item, "value", None) and agree(f, o) \
            and (nf is None or no is None or nf == no)  # not "four singles" / a song called "Four Walls"

    return any(o.claim == m.b.claim and o is not m.b and alike(m.a, o) for o in sm.b.facts) \
        or any(o.claim == m.a.claim and o is not m.a and alike(m.b, o) for o in sm.a.facts)


def _told_since(m: Match, sm: StoryMatches) -> bool:
    """One side's day is gone by in its own version but after the other version was published, and its sentence
    tells an act after another ("Hundreds of people descended on a beach on Monday" in Monday's copy / "Police closed
    a beach on Tuesday after hundreds of scavengers carted off goods" in Tuesday's): the later version tells a later
    act, which the earlier could not. Not a day to come ("sailings suspended until January 27"), nor one act told two
    ways ("stepped down on Tuesday" / "announced his resignation on Wednesday")."""
    da, db = sm.a.version.date, sm.b.version.date
    if _after(m.b, da) and not _after(m.b, db):
        return _AFTER_ACT.match(sm.b.version.text, m.b.end) is not None
    if _after(m.a, db) and not _after(m.a, da):
        return _AFTER_ACT.match(sm.a.version.text, m.a.end) is not None
    return False


_AFTER_ACT = re.compile(r"\s*,?\s*after\b", re.IGNORECASE)


_NAME_RULES = {"WC102", "WC105", "WC106"}


def _replaced(fa: Fact, fb: Fact, sm: StoryMatches) -> bool:
    """Two names of one known kind standing in one place of two paired sentences, neither written anywhere in the
    other version, even another way ("Toni Kroos" / "Mesut Özil" where one version never names Özil): one replaced
    the other; not two names a rewrite moved about ("Bolsonaro" / "Lula", both in both)."""
    from .compare_values import agree, metonym_risk

    if fa.kind != "name" or fb.kind != "name" or fa.item.kind != fb.item.kind or fa.item.kind == "other":
        return False
    if metonym_risk(fa, fb):
        return False  # "at Manchester United" / "at Old Trafford": a club and its ground may be one thing
    if _reference_point(fa, sm.a.version.text) or _reference_point(fb, sm.b.version.text):
        return False  # "its plant in Belfast" / "its plant in Mirabel, north of Montreal": the city locates the town
    if fa.item.kind == "org" and len(_name_words(fa) & _name_words(fb)) >= ONE_BODY_WORDS:
        return False  # "the Central Elections Commission of Turkmenistan" / "the Central Election and Referendum
        # Commission": one body named two ways, in most of its words
    if fa.item.kind == "place" and _places_of_two_acts(fa, fb, sm):
        return False  # "built at the Amur shipyard in Komsomolsk-on-Amur" / "arrived on Sunday at the port of Bolshoi
        # Kamen": where each of two acts happened

    def written(f: Fact, facts: list[Fact]) -> bool:  # not a place for a body named after it: "Norwegian" does not
        # write "Accident Investigation Board Norway"
        return any(g.kind == "name" and g.item.kind != "other" and (g.item.kind != "place" or f.item.kind == "place")
                   and agree(f, g) for g in facts)

    return not written(fa, sm.b.facts) and not written(fb, sm.a.facts)


ONE_BODY_WORDS = 3  # words of their own two bodies' names share, for the names to be of one body


def _name_words(f: Fact) -> frozenset[str]:
    """A name's own words, in their base forms: "Elections" is "election"."""
    return frozenset(lemma(k) for k in f.item.keys if k not in FUNCTION)


def _places_of_two_acts(fa: Fact, fb: Fact, sm: StoryMatches) -> bool:
    """Each place hangs on a verb of its own, of no one sense: the places of two acts, not one place renamed; unless
    the two sentences give one figure alike ("the world record of 15.67m she set in winning Olympic gold in Tokyo" /
    "the 15.67m she had jumped at the world championships in Doha": the act that set it, told two ways)."""
    from .match import _one_verb_sense

    ea, eb = sm.a.act_of(fa), sm.b.act_of(fb)
    if not ea or not eb or ea & eb or any(_one_verb_sense(u, v) for u in ea for v in eb):
        return False

    def figures(facts: list[Fact], claim: int) -> set[tuple[object, object]]:
        return {(f.item.value, f.item.unit) for f in facts if f.claim == claim and f.kind == "quantity"
                and isinstance(getattr(f.item, "value", None), (int, float))}

    return not figures(sm.a.facts, fa.claim) & figures(sm.b.facts, fb.claim)


_BEARING = re.compile(r"\b(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)? of (?:the )?$", re.IGNORECASE)


def _reference_point(fact: Fact, text: str) -> bool:
    """A place written after a bearing ("north of Montreal", "20 km south-west of the capital"): it says where
    another place lies, not where anything happened."""
    return _BEARING.search(text, max(0, fact.start - 30), fact.start) is not None


def _unknown_places(m: Match) -> bool:
    """Two names of no known kind (or one a body by its description), each after a preposition ("the resort of
    Sharm el-Sheikh" / "the resort of Hurghada"), with the same description ("Spain's") or beside one other member of
    a list: where one thing stands in one statement, and neither a known place that might contain the other."""
    if m.a.kind != "name" or not all(f.item.kind in ("other", "org") for f in (m.a, m.b)) or not any(
            f.item.kind == "other" for f in (m.a, m.b)):
        return False  # one may be a body by the noun before it ("run by outsourcing group Capita" / "run by Serco")
    if m.a.item.role and m.a.item.role == m.b.item.role:
        return True  # "owned by Spain's Ferrovial" / "owned by Spain's Abertis": one description, two names
    if in_one_list(m.shared):
        return True  # "in Toulouse and Montauban" / "in Toulouse and Carcassonne": one list's other member
    return all(any(k.startswith("prep:") for k in f.near) for f in (m.a, m.b))


def _naming_doubt(f: Finding) -> bool:
    """The rule's only doubt is that two names of no known kind may name one thing ("Hussein" / "Saddam")."""
    why = f.why.lower()
    return "another way of naming the same one" in why and not any(w in why for w in ("different", "bound"))


def _only_for_size(f: Finding) -> bool:
    """The rule made it a warning for the size of the rewrite around it, not because the values may be about
    different things, days or subjects: the evidence a match adds answers the first doubt only."""
    why = f.why.lower()
    return not any(w in why for w in ("different", "other order", "bound", "one version only", "may "))


def _only_for_events(f: Finding) -> bool:
    """The rule's only doubt is that two dates in differently worded sentences may date different events."""
    return f.rule == "WC120" and OTHER_EVENTS_NOTE in f.why  # never beside "within a larger rewrite": that note
    # is for a pair the diff aligned, this one for a pair it did not


def _sides(f: Fact) -> tuple[float, float]:
    return f.item.home.value, f.item.away.value


MATCHED = "matched in"  # how the why of a finding the fact matcher made on its sentences alone opens


def _because(m: Match) -> str:
    if m.lone_slip and m.a.kind == "name":
        return "two names alike but for one word, each version naming only its own"
    if m.lone_slip and m.a.kind == "quantity" and _numbered_name(m.a) and not _digit_slip(m.a, m.b):
        return "each version's only number of one named body (a court's circuit, a fleet, a division)"
    if m.lone_slip:
        if m.aligned:
            return ("the one figure each side left unmatched in sentences that agree on the rest, "
                    "its digits swapped or one changed")
        if m.a.kind == "score" and sum(_sides(m.a)) == sum(_sides(m.b)):
            return "each version's only result, the same total split another way"
        if m.a.kind == "score":
            return "each version's only result, one side written alike and the other's digits swapped or one changed"
        if m.a.item.unit or m.a.item.noun:
            return f"each version's only figure in {m.a.item.unit or m.a.item.noun}, its digits swapped or one changed"
        return ("the same digits in another order, and neither figure stated in the other version: one figure "
                "mistyped, wherever the rewrite put it")
    if m.source:
        return "each the source its sentence gives for one figure both sentences give alike"
    if m.sole_measure and not m.sole_figures:
        return (f"each the only figure in {m.a.item.unit} of two paired sentences that agree on {m.support} other "
                "facts")
    if m.sole_figures and m.a.kind == "date":
        return "each the only date of two paired sentences, the same month in two years"
    if m.sole_figures:
        what = "name in its place (where it happened, or who said it)" if m.a.kind == "name" else "figure"
        return f"each the only {what} of two paired sentences that say the same thing in most of their words"
    if m.lone_event == ONE_DAY:
        return "the only day each version names, wherever the rewrite put it"
    if m.lone_event == ONE_MONTH:
        return "each version's only date in that month, the years one apart: one date, its year mistyped"
    if m.lone_event and m.lone_event.endswith(" of them"):
        return (f"each version's one figure that {m.lone_event.removeprefix('the ').removesuffix(' of them')} are part "
                "of, told alike in both, wherever the rewrite put it")
    if m.lone_event:
        if m.lone_event == STREET:
            return "each version's only street, wherever the rewrite put it"
        if m.lone_event == WATERS:
            return "each version's only sea where it happened that the other version never names, wherever the " \
                "rewrite put it"
        if m.lone_event == FLAG:
            return "each version's only flag of a ship, wherever the rewrite put it"
        if m.a.kind == "polarity":
            return (f"each version's only '{m.a.text.split()[-1]}' / '{m.b.text.split()[-1]}', said of one thing "
                    f"({', '.join(sorted(_shown(w) for w in m.shared))}), wherever the rewrite put it")
        if m.lone_event.startswith(PARENT):
            return (f"the body each version says '{m.lone_event.removeprefix(PARENT)}' is part of, wherever the "
                    "rewrite put it")
        what = {"date": "date", "quantity": "measured figure"}.get(m.a.kind, "place" if m.lone_event == NEAR_SITE
                                                                           else "body")
        return f"each version's only {what} of '{_shown(m.lone_event)}', wherever the rewrite put it"
    shared = ", ".join(sorted(_shown(w) for w in m.shared))
    where = "in the sentences the alignment paired" if m.aligned else "in sentences the rewrite moved apart"
    if not shared:
        facts = f", which agree on {m.support} other fact{'s' if m.support != 1 else ''}" if m.support else ""
        return f"{MATCHED} {where.removeprefix('in ')}{facts}"
    return f"both values are about the same thing ({shared}) {where}"


def _shown(anchor: str) -> str:
    """An anchor key as a reader would recognise it."""
    if anchor.startswith("n:"):
        return anchor[2:].title()
    if anchor.startswith("from:q:"):  # "from:q:nmi:12": what a distance is measured from
        _, _, unit, value = anchor.split(":", 3)
        return f"{value} {unit} from"
    if anchor.startswith(CLOCK_ANCHOR):  # "q:clock:15.33": the time of day, "15:20"
        hours = float(anchor.split(":")[-1])
        return f"{int(hours):02d}:{round(hours % 1 * 60):02d}"
    if anchor.startswith(("q:", "d:")):
        return anchor.split(":")[-1]
    if anchor.startswith("list:"):  # "list:lloyds": another member of the name's list
        return f"listed with {anchor[5:].title()}"
    if anchor == FROM_END:
        return "time left before the end"
    return anchor


def _with_noun(fact: Fact, text: str) -> tuple[int, int]:
    """A figure's span with the noun it counts when that follows it, so the finding shows what the figure is; a
    body's name with the place word the name rules read before it ("Saudi Aramco")."""
    if fact.kind == "quantity":
        return fact.start, fact.item.shown_end(text, fact.end)
    item = fact.item
    if fact.kind == "name" and item.kind in ("org", "other") and item.role_span and item.role \
            and item.role_span[1] + 1 == item.start and all(k in lexicons().places for k in item.role) \
            and not item.role_text.endswith(("'s", "’s")):  # not "France's CNES": whose, not the name
        return fact.start - (item.start - item.role_span[0]), fact.end
    return fact.start, fact.end


def _same_measure(m: Match) -> bool:
    """One unit on both sides, or bare counts of one specific noun: "300 ... confirmed dead" / "200 were
    confirmed dead", not "four days" / "30 hours" (both may be true)."""
    ua, ub = m.a.item.unit, m.b.item.unit
    if ua is not None or ub is not None:
        return ua == ub
    return any(k.startswith("noun:") for k in m.shared) or bool(m.words)


def _one_statement(m: Match) -> bool:
    """The two sentences agree on two other facts and the figures share a word of what happened: the figure the
    numbers rule could not place ("leaving up to 50,000 homeless" / "leaving as many as 30,000 without a home")
    is the statement's one changed fact."""
    return m.support >= 2 and bool(m.words)


def _same_day_measure(m: Match) -> bool:
    """Measures in one unit beside the same day, in sentences that agree on two other facts: the day says which
    of several figures is meant ("47.9C on Monday before hitting 49.6C on Tuesday" / "recorded 46.9C on Tuesday")."""
    unit = m.a.item.unit
    return (m.support >= 2 and unit is not None and unit == m.b.item.unit
            and any(k.startswith("d:") for k in m.shared))


def _idiom_ordinal(f: Fact, text: str) -> bool:
    """ "the first ... since", "for the first time": an ordinal of no rank, unless a verb of placing gives it one
    ("Tawadros finished first in last week's ballot")."""
    word = f.text.lower()
    return f.item.unit == "ord" and word in ("first", "last", "1st") and (word == "last"
                                                                        or not _PLACED.search(text, 0, f.start))


_PLACED = re.compile(r"\b(?:finish|come|came|plac|rank|end)(?:e?s|e?d|ing)?\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # a rank


def moved_facts(sm: StoryMatches, findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """A finding for each confident disagreeing match that the pair findings do not already report."""
    active = {r.id: r for r in rules}
    reported = [(f.a.version, f.a.span, f.b.version, f.b.span) for f in findings]
    out: list[Finding] = []
    for m in sm.facts:
        if m.agree or not m.confident:
            continue
        if m.aligned and m.a.kind == "quantity" and not m.lone_slip and not m.sole_figures and (
                (m.near < 0.5 and not _one_statement(m) and not _same_day_measure(m)) or not _same_measure(m) or any(
                (va == m.a.version and _overlaps(sa, m.a)) or (vb == m.b.version and _overlaps(sb, m.b))
                for va, sa, vb, sb in reported)):
            continue  # figures of paired sentences are the numbers rule's, unless it compared them with the wrong ones
        if m.a.kind == "quantity" and (m.a.item.unit == "clock" or _idiom_ordinal(m.a, sm.a.version.text)
                                       or _idiom_ordinal(m.b, sm.b.version.text)):
            continue  # game clocks and times of day differ from sentence to sentence; "the first ... since"
        if m.a.kind == "quantity" and not m.aligned and len(ways := _moves(
                m, sm, lambda tokens, f: figure_move(tokens, f.item.start, f.item.end))) == 2 \
                and ways[0][0] != ways[1][0]:
            continue  # "sent Unilever shares up 13 percent ... on Friday" / "Unilever's stock was down about 7 percent
            # ..., giving back around half of the gains it made on Friday": a rise and a fall told in sentences the
            # rewrite moved apart are two moves, not one figure changed
        if m.a.kind == "name" and m.a.item.kind == m.b.item.kind == "place" and nested(m.a.item, m.b.item):
            continue  # "near Chicago" / "in Illinois": one place inside the other, both true
        rid = rule_for(m.a, m.b)
        if rid not in active:
            continue
        if any(va == m.a.version and vb == m.b.version and _overlaps(sa, m.a) and _overlaps(sb, m.b)
               for va, sa, vb, sb in reported):
            continue
        from .compare_values import metonym_risk

        r = RULES[rid]
        severity = Severity.WARNING if metonym_risk(m.a, m.b) and not _two_bodies(m) and not (
            m.a.kind == "name" and m.sole_figures) and not (m.lone_event or "").startswith(PARENT) else r.severity
        # each the one place of one statement, or the body one company is part of: no club and its ground
        sa, sb = _with_noun(m.a, sm.a.version.text), _with_noun(m.b, sm.b.version.text)
        out.append(_match_finding(r, severity, m, sm, sa, sb, _because(m)))
    return out


def qualifiers_changed(sm: StoryMatches, findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """One count of one thing whose one qualifying word is another value of the same attribute: "annulled results
    from seven northern regions" / "threw out votes from seven western regions"; the figure and what it counts
    agree, so the word between them is what changed, wherever the rewrite put the sentence."""
    from .rules.term import same_attribute

    rule = next((r for r in rules if r.id == "WC150"), None)
    if rule is None:
        return []
    out: list[Finding] = []
    for m in sm.facts:
        if m.a.kind != "quantity" or not m.agree or isinstance(m.a.item, Clock) or len(m.shared) < QUALIFIED_SHARED:
            continue
        noun = getattr(m.a.item, "noun", None)
        if noun is None or noun != getattr(m.b.item, "noun", None) or m.a.item.unit is not None:
            continue
        ea, eb = (f.item.shown_end(vf.version.text, f.end) for f, vf in ((m.a, sm.a), (m.b, sm.b)))
        wa, wb = sm.a.version.text[m.a.end:ea].split(), sm.b.version.text[m.b.end:eb].split()
        if len(wa) != 2 or len(wb) != 2 or not same_attribute(wa[0], wb[0], sm.a.lex):
            continue  # "seven northern regions": the figure, one word, the noun
        sa = (m.a.end + 1, m.a.end + 1 + len(wa[0]))
        sb = (m.b.end + 1, m.b.end + 1 + len(wb[0]))
        if _reported_at(findings + out, m, sa):
            continue
        out.append(_match_finding(rule, rule.severity, m, sm, sa, sb,
                                  f"the same count of the same thing ('{m.a.text} {noun}'), its one qualifying word "
                                  f"another value of the same attribute; {_because(m)}"))
    return out


QUALIFIED_SHARED = 2  # anchors two counts share besides their value, to be one count told twice


def _two_bodies(m: Match) -> bool:
    """Two names the reader takes for bodies, neither a known place, holding one role by their anchors ("led by
    the German Aerospace Center" / "led by France's CNES space agency"): two bodies, whatever the lexicons know."""
    from .compare_values import lexical_kind

    return m.a.kind == "name" and m.a.item.kind == m.b.item.kind == "org" and "place" not in (
        lexical_kind(m.a.item), lexical_kind(m.b.item))


def _match_finding(r: Rule, severity: Severity, m: Match, sm: StoryMatches, sa: tuple[int, int],
                   sb: tuple[int, int], why: str) -> Finding:
    """The finding a match makes on its own, showing the two versions' text at `sa` and `sb`."""
    va, vb = sm.a.version.text[sa[0]:sa[1]], sm.b.version.text[sb[0]:sb[1]]
    return Finding(
        rule=r.id, name=r.name, severity=severity,
        message=f"'{va}' in {m.a.version} but '{vb}' in {m.b.version}",
        a=Side(m.a.version, sm.a.claims[m.a.claim].text, sa, va),
        b=Side(m.b.version, sm.b.claims[m.b.claim].text, sb, vb),
        confidence=round(min(1.0, m.score), 2), why=why,
    )


# prepositions of motion that send the same place the other way: "flew home from Atlanta" / "flew to Atlanta"
_AWAY, _TOWARD = frozenset({"prep:from"}), frozenset({"prep:to", "prep:into", "prep:towards", "prep:toward"})


def reversed_moves(sm: StoryMatches, findings: list[Finding], rules: list[Rule]) -> list[Finding]:
    """A place both versions name, in one statement, as where a move went in one and where it came from in the
    other: the direction is reversed, though every name agrees."""
    rule = next((r for r in rules if r.id == "WC141"), None)
    if rule is None:
        return []
    out: list[Finding] = []
    turned = [m for m in sm.facts if m.agree and m.a.kind == "name" and m.a.item.kind != "person"
              and m.b.item.kind != "person" and _turned(m)
              and not (_taken_from(m.a, sm.a.version.text) or _taken_from(m.b, sm.b.version.text))
              and not any(f.text.endswith(("'s", "’s")) for f in (m.a, m.b))]  # "scooped oil from San Francisco's
    # beaches" / "oil that spilled into San Francisco Bay": the possessive names whose the beaches are, not an end

    def reported(m: Match) -> bool:
        return _reported_at(findings + out, m, (m.a.start, m.a.end))

    def route(x: Fact, y: Fact, text: str) -> tuple[int, int]:
        """From the move into the first end ("was sailing from") to the second end ("Ancona")."""
        return _move_span(min(x, y, key=lambda f: f.start), text)[0], max(x.end, y.end)

    for m, n in _reversed_routes(turned, sm):
        if reported(m):
            continue
        sa, sb = route(m.a, n.a, sm.a.version.text), route(m.b, n.b, sm.b.version.text)
        out.append(_match_finding(rule, rule.severity, m, sm, sa, sb,
                                  f"the same two places in one statement, the route between them run the other way "
                                  f"('{m.a.text}' and '{n.a.text}' change ends); {_because(m)}"))
    for m in turned:
        if not (m.a.item.kind == "place" and m.confident and m.words):
            continue
        if reported(m):
            continue  # already reported at this place
        if any(f.rule == rule.id and f.a.claim == sm.a.claims[m.a.claim].text
               and f.b.claim == sm.b.claims[m.b.claim].text for f in findings + out):
            continue  # "Mexico imports a quarter of the corn it consumes from the United States" / "Mexico exports a
            # quarter of its corn to the United States": the verbs turned round already say the move runs the other way
        sa, sb = _move_span(m.a, sm.a.version.text), _move_span(m.b, sm.b.version.text)
        out.append(_match_finding(rule, rule.severity, m, sm, sa, sb,
                                  f"the same place, the move to it in one version and from it in the other; "
                                  f"{_because(m)}"))
    for m, sa, sb in _compass_turned(sm):
        if not reported(m):
            out.append(_match_finding(rule, rule.severity, m, sm, sa, sb,
                                      f"the same distance from the same place, told in the opposite direction; "
                                      f"{_because(m)}"))
    for m, sa, sb, how in _figures_moved_apart(sm):
        if not _reported_at(findings + out, m, sa, rule.id, Severity.ERROR):  # the pair rule saw the verbs swapped
            # (at warning for the rewrite's size, the figure's match confirms it: the error replaces the warning)
            out.append(_match_finding(rule, rule.severity, m, sm, sa, sb, f"the same figure, {how}; {_because(m)}"))
    return out


RISE_AND_FALL = "a rise in one version and a fall in the other"
ONE_FIGURE_MOVED = f"the same figure, {RISE_AND_FALL}"  # check._weigh_kinship reads it
_MOVE_UNITS = {"%", "pp", "point", "bp"}  # units a move is told in; a sum of money is one too


def _reported_at(findings: list[Finding], m: Match, span: tuple[int, int], rule: str | None = None,
                 least: Severity = Severity.WARNING) -> bool:
    """A finding (of `rule`, when given; of `least` severity or more) between the match's two versions already shows
    words of `span` in the first; an info finding ("claim only in one version") reports nothing of the values in its
    sentence."""
    return any(f.severity >= least and (rule is None or f.rule == rule) and f.a.version == m.a.version
               and f.b.version == m.b.version and f.a.span[0] < span[1] and span[0] < f.a.span[1] for f in findings)


def _figures_moved_apart(sm: StoryMatches) -> list[tuple[Match, tuple[int, int], tuple[int, int], str]]:
    """Confident matches of one figure, equal in both versions, told as a rise in one and a fall in the other
    ("Maersk shares rose 3 percent" / "Shares in Maersk fell 3pc"; "the fee will fall to 365 francs" / "ordered the
    fee to rise to 365 francs"), with the version spans of move and figure; not in sentences dated to different
    days ("fell 3% on Monday" / "rose 3% on Tuesday")."""
    currencies = set(sm.a.lex.currencies.values())
    out = []
    for m in sm.facts:
        if m.a.kind != "quantity" or not (m.agree and m.confident) or (
                m.a.item.unit not in _MOVE_UNITS and m.a.item.unit not in currencies):
            continue  # a count or a measure does not rise or fall in one move
        spans = _moves(m, sm, lambda tokens, f: figure_move(tokens, f.item.start, f.item.end)) or _moves(
            m, sm, lambda tokens, f: level_move(tokens, f.item.start))  # "rose 3%"; else "will fall to 365 francs"
        if spans and spans[0][0] != spans[1][0] and not other_days(m.a, m.b):
            out.append((m, spans[0][1], spans[1][1], RISE_AND_FALL))
            continue
        acts = _opposed_acts(m, sm)  # "Canada accepted only about 11 percent of claims" / "only about 11 per cent
        # of those claims were rejected"
        if acts and not other_days(m.a, m.b):
            out.append((m, acts[0], acts[1], "told of opposite acts"))
            continue
        spans = _moves(m, sm, lambda tokens, f: change_or_level(tokens, f.item.start))  # "raise fees by $1,778" /
        # "raise tuition to $1,778": a change in one version, the level it reaches in the other
        if spans and spans[0][0] != spans[1][0] and not other_days(m.a, m.b):
            out.append((m, spans[0][1], spans[1][1],
                        "the size of a change in one version and the level reached in the other"))
    return out


ACT_REACH = 6  # words either side of a figure, within its clause, where the act it is a figure of is told


_TRADE = frozenset({"imports", "exports"})


def _named_trade(words: list, t: object) -> bool:
    """ "EU imports", "Japanese exports": a trade noun after the name of whose it is, which copy writes from either
    end of the trade; not the verb of a subject ("Mexico imports a quarter of its corn")."""
    k = next((i for i, u in enumerate(words) if u is t), None)
    return t.text in _TRADE and k is not None and k > 0 and words[k - 1].text[:1].isupper() \
        and not (k + 1 < len(words) and words[k + 1].text.lower() in ("a", "an", "the", "about", "more", "most"))


def _opposed_acts(m: Match, sm: StoryMatches) -> list[tuple[int, int]]:
    """The version spans of two words of opposite acts ("accepted" / "rejected"), one beside each side's figure in
    its clause and neither beside the other's, by the antonym lexicon only, with the figures; else []."""
    around = []
    for f, vf in ((m.a, sm.a), (m.b, sm.b)):
        tokens = vf.analyses[f.claim].tokens
        at = [k for k, t in enumerate(tokens) if t.start >= f.item.start and t.end <= f.item.end]
        if not at:
            return []
        near = []
        for step, k in ((-1, at[0] - 1), (1, at[-1] + 1)):
            while 0 <= k < len(tokens) and abs(k - (at[0] if step < 0 else at[-1])) <= ACT_REACH \
                    and not clause_break(tokens[k]):
                if tokens[k].kind == "word" and tokens[k].text.islower() and tokens[k].text not in _FUNCTION:
                    near.append(tokens[k])  # not "for" / "against": words of acts, not their relations
                k += step
        around.append((near, vf.claims[f.claim].start, tokens))
    (na, ba, ta), (nb, bb, tb) = around
    keys_a, keys_b = {t.key for t in na}, {t.key for t in nb}
    said_a, said_b = ({t.key for t in vf.analyses[f.claim].tokens} for f, vf in ((m.a, sm.a), (m.b, sm.b)))
    table = opposites_of(sm.a.lex)
    for x in na:
        for y in nb:
            if forms_of(x.key) & said_b or forms_of(y.key) & said_a:
                continue  # "will cut spending and raise taxes by 11.3 billion euros" / "€11.3bn in spending cuts and
                # tax rises": each sentence says both acts of the one sum
            if _named_trade(ta, x) and _named_trade(tb, y):
                continue  # "Japanese tariffs on about 94 percent of EU imports" / "About 94 per cent of EU exports to
                # Japan": the bloc's trade named from either end (not "Mexico imports ..." / "Mexico exports ...")
            if x.key not in keys_b and y.key not in keys_a and opposite(x.text, y.text, table) \
                    and not converse(x.text, y.text) and not _other_parts(x.text, y.text):  # "will lend it 4.4
                # billion euros" / "will borrow €4.4 billion from the government": one loan, from its two ends
                return [(min(ba + x.start, m.a.start), max(ba + x.end, m.a.end)),
                        (min(bb + y.start, m.b.start), max(bb + y.end, m.b.end))]
    return []


_COMPASS_OF = re.compile(r"\b(north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OPPOSITE_WAYS = {"north": "south", "south": "north", "east": "west", "west": "east"}


def _compass_turned(sm: StoryMatches) -> list[tuple[Match, tuple[int, int], tuple[int, int]]]:
    """One place, one distance measured from it in both versions, and the compass word before it turned round:
    "about 65 km (40 miles) south of Manila" / "about 65 kilometres north of Manila"."""
    out = []
    for m in sm.facts:
        if not (m.agree and m.a.kind == "name" and any(k.startswith("from:") for k in m.a.near & m.b.near)):
            continue
        ca = _COMPASS_OF.search(sm.a.version.text, max(0, m.a.start - 30), m.a.start)
        cb = _COMPASS_OF.search(sm.b.version.text, max(0, m.b.start - 30), m.b.start)
        if ca and cb and _OPPOSITE_WAYS[ca.group(1).lower()] == cb.group(1).lower():
            out.append((m, (ca.start(), m.a.end), (cb.start(), m.b.end)))
    return out


def _other_parts(x: str, y: str) -> bool:
    """One word only an adjective, the other never one ("to pay up to 13 billion euros" / "up to €13bn in unpaid
    taxes"): what the sum is, not an act told the other way."""
    px, py = _parts_of_speech(x), _parts_of_speech(y)
    return bool(px and py) and ((px == {"a"} and "a" not in py) or (py == {"a"} and "a" not in px))


def _parts_of_speech(word: str) -> set[str]:
    """WordNet's parts of speech of a word and its base forms, a satellite adjective counted as an adjective."""
    wn = wordnet()
    return {"a" if t[:1] == "s" else t[:1] for b in wn.base_forms(word.lower()) | {word.lower()} for t in wn.senses(b)}


def _moves(m: Match, sm: StoryMatches, read) -> list[tuple[str, tuple[int, int]]]:
    """Each side's way of moving and the version span of its move and figure, when `read` finds both; else []."""
    spans = []
    for f, vf in ((m.a, sm.a), (m.b, sm.b)):
        move = read(vf.analyses[f.claim].tokens, f)
        if move is None:
            return []
        word, base = move[1], vf.claims[f.claim].start
        spans.append((move[0], (min(base + word.start, f.start), max(base + word.end, f.end))))
    return spans


# a verb of taking before "from": the place is where something is got, which "switched its supply to" says too
_TAKEN_FROM = re.compile(r"\b(?:draw|drew|drawn|drawing|draws|take|took|taken|taking|takes|buy|buys|bought|buying|"
                         r"import|imports|imported|importing|source|sourced|sourcing|pump|pumps|pumped|pumping|"
                         r"obtain|obtained|obtaining|receive|received|receiving|borrow|borrowed|borrowing)\b"
                         r"(?:\s+[\w'’-]+){0,3}\s+from\s+(?:the\s+)?$", re.IGNORECASE)


def _taken_from(fact: Fact, text: str) -> bool:
    """ "began drawing its water from the Flint River": where the water comes from, not a move away from it; nor is
    help asked of a place ("appealed for help from France" / "appealed to France") a move to or from it, nor where
    someone spoke from ("spoke to the BBC from the British consulate")."""
    before = text[max(0, fact.start - 60):fact.start]
    return (_TAKEN_FROM.search(before) is not None or _ASKED_OF.search(before) is not None
            or _SPOKEN_FROM.search(text, max(0, fact.start - 90), fact.start) is not None)


# speaking from a place: "spoke to the BBC from the British consulate in Jerusalem" is where he was, not a move
_SPOKEN_FROM = re.compile(r"\b(?:spoke|speaking|speaks|said|says|told|talking|talked|phoned|phoning|wrote|writing|"
                          r"broadcast|broadcasting|tweeted|posted)\b(?:\s+[\w'’-]+){0,4}\s+from\s+"
                          r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


# asking or getting help of a place: "appealed for help from France", "appealed to France", "sought aid from"
_ASKED_OF = re.compile(r"\b(?:help|aid|assistance|support|backing|appeal|appeals|appealed|appealing|call|calls|called|"
                       r"request|requests|requested|plea|pleas)(?:\s+[\w'’-]+){0,2}\s+(?:from|to)\s+(?:the\s+)?$",
                       re.IGNORECASE)


def _turned(m: Match) -> bool:
    """The same name gone to in one version and come from in the other."""
    return bool((m.a.near & _AWAY and m.b.near & _TOWARD) or (m.a.near & _TOWARD and m.b.near & _AWAY))


def _reversed_routes(turned: list[Match], sm: StoryMatches) -> list[tuple[Match, Match]]:
    """Two names of one statement that swap ends between versions: "sailing from Patras to Ancona" / "on its way
    from Ancona to Patras". The two reversals vouch for each other, so neither match needs to be confident alone,
    but the sentences must be paired or share a word of what happened, and one of the names must stand once in each
    sentence ("from London to Paris and back from Paris to London" goes both ways; "flown to Ludwigshafen and then
    taken from Ludwigshafen to Speyer" / "from Speyer to Ludwigshafen" goes one way, reversed)."""
    def once(m: Match) -> bool:
        keys_a = [f for f in sm.a.facts if f.claim == m.a.claim and f.kind == "name" and f.text == m.a.text]
        keys_b = [f for f in sm.b.facts if f.claim == m.b.claim and f.kind == "name" and f.text == m.b.text]
        return len(keys_a) == 1 and len(keys_b) == 1

    out: list[tuple[Match, Match]] = []
    for i, m in enumerate(turned):
        for n in turned[i + 1:]:
            if (m.a.claim, m.b.claim) != (n.a.claim, n.b.claim) or m.a.text == n.a.text:
                continue
            if not (m.a.near & _AWAY and n.a.near & _TOWARD or m.a.near & _TOWARD and n.a.near & _AWAY):
                continue  # one end each
            if (m.aligned or m.words) and (n.aligned or n.words) and (once(m) or once(n)):
                out.append((m, n))
    return out


_MOVE = re.compile(r"(?:\b[a-z]+\s+){0,2}(?:from|to|into|towards?)\s+(?:the\s+)?$")


def _move_span(fact: Fact, text: str) -> tuple[int, int]:
    """The place with its preposition and up to two words before it ("flew home from Atlanta")."""
    m = _MOVE.search(text[max(0, fact.start - 40):fact.start])
    return (fact.start - (len(m.group(0)) if m else 0), fact.end)
