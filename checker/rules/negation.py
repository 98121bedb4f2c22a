"""negation-flip: a statement made negative in one version and positive in the other.

What it flags: a negation ("not", "never", "no", "n't", "failed to") present
in one version and absent in the other, where the rest of the change is only
auxiliary words ("did not issue" / "issued"; "was approved" / "was not
approved"). Contractions are expanded first, so "wasn't" / "was not" is equal.

In a minimal edit (at most a quarter of the words changed) the negation may
come with a reworded word ("grappling with" / "not dealing with") and is
still an error; inside a larger rewrite that is a warning, unless both sides are inside quotation
marks ("We are not out of the woods yet" / "We are now out of the woods"): a
quotation is verbatim, so the flip is an error however its sentence was rewritten.

When both versions negate equally often, the negation has moved ("had not
been forgiven" / "was not forgiven"; "does not have" / "has no"): silent,
unless a minimal edit makes it negate another word ("ill, not drunk" / "not
ill, but drunk"), which is two flips, or one version negates a verb the other
states plainly in a clause away from its own negation ("ruled out capital
controls, saying the government had no plans" / "did not rule out capital
controls, but said ..."). "Declined to confirm" is a refusal like "refused to".

What it lets pass: a negation that moves ("does not have" / "has no"); contractions ("wasn't" /
"was not"); "not ... until", which says when ("began an hour after" / "did not begin until an hour
after"); a predicate one version gives as someone's claim ("which he said were shaving cuts" / "were
not shaving cuts, as the accused claimed"); "No 9", "a no-union policy" and other non-negating uses; a
question of how, how much or when left open ("he said" / "he did not say by how much"). Across the story, a negation
inside a condition ("had the bank not pleaded guilty", "should regulators fail to act") states nothing and
is not matched with a plain statement; a condition turned round in one sentence ("if the website is
not working" / "is working") is still a flip. "Not" before an infinitive negates it, so the verb before
stays plain ("had been warned not to work" / "had not been warned" is a flip); a modal perfect tells
what was not done ("should have acted sooner" / "criticized for not acting sooner": no flip). "Cleared
him of breaching" and "acquitted of" negate
like "had not breached". A sentence of two clauses whose positive one the other version kept alone
("will no longer be able to buy existing houses, although they may still buy up to 60 percent of
the apartments" / "will still be able to purchase up to 60 percent of apartments") is no flip. Nor
is an alternative denied before the one affirmed, when the other version names the affirmed one ("was
built by China Road" / "was built not by a European firm but by China Road"); nor an act named as the
subject of what it would cause ("had decided not to restart trading" / "said restarting during the
session risked confusing investors"); "decided against restarting" is "decided not to restart". A
negation shown with "only once" in its place is shown with what was done ("has never won Le Mans" /
"has won Le Mans only once"). "If the zoo does not appeal" and "Unless the zoo appeals" are one
condition. A question opened by a negated auxiliary ('"Isn't that true?"') asks and denies nothing. "Not
yet" turned into "already" (or "still" into "no longer") inside a rewrite is an error: the words that
change with the negation are the ones that turn.

Why it matters: the flip inverts the fact while leaving almost every word in place.

Example: "The board did not approve the merger" / "The board approved the merger" -> error.

Passes: "wasn't approved" / "was not approved" -> nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..compare import NEGATION_REACH, PairContext
from ..extract import verb_before_adjective
from ..facts import CLEARED, PRIVATIVE, PRONOUNS, cleared_of_at, not_until
from ..match import FIRST_TIME, MODAL_PERFECT, USED_TO, _kept_from, named_as_subject
from ..opposites import opposite, opposites_of
from ..model import Finding, Severity
from ..normalize import clause_break, lemma, position
from ..wordnet import wordnet
from . import rule

_FILLER = {
    "do", "be", "have", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "to", "yet",
    "ever", "any", "a", "an", "the", "also", "still", "so", "far", "longer", "again", "even",
}


def _cues(op_side, negations) -> list:
    """The side's negation cues in this change (facts.find_negations: idioms and "nor" after "neither" are not)."""
    return [t for t in op_side if t in negations]


def _added_clause(ctx: PairContext, op) -> bool:
    """A negation inside words one side only adds after a comma or a joining word, at the end ("wounding seven,
    none seriously", "higher than normal but declined to give figures"): new information, not the old statement
    turned round."""
    if op.a and op.b:
        return False
    toks, side = (op.a, ctx.a) if op.a else (op.b, ctx.b)
    if len(toks) < 2:
        return False
    before = side.text[:toks[0].start].rstrip()
    after = side.text[toks[-1].end:].strip().rstrip("\"”'’ ")  # a quotation's closing mark ends it too
    lead = toks[-1].text.lower() in _JOINS | _SUBORDINATORS or after[:1] in (",", ";", ".", "!", "?") \
        or toks[-1].text in (".", "!", "?")  # '"We will not panic. We have to see the market"': a sentence left out
    if before.lstrip("\"“'‘ ") == "" and lead:
        return True  # a lead-in only one side has: '"We have been denied justice because not a single abuser will
        # face a court"' / '"Not a single abuser will face a court"': the statement after it is the same
    if toks[-1].text.lower() in ("and", "or", "but") and len(toks) >= 3 and after[:1].isalpha():
        return True  # "The bones are not fossilised and are so fragile" / "the bones were so fragile": a negated
        # predicate of a coordination left out, the other one kept
    if before.endswith((".", "!", "?")) and toks[-1].text in (".", "!", "?") and after in ("", "\"", "”"):
        return True  # '"I think that finally times are changing. Isn't that true?"' / '"... times are changing."': a
        # sentence only one side adds at the end says something new, it turns nothing round
    opens = before.endswith((",", ";", ":", "—", "–")) or toks[0].text.lower() in _JOINS  # "... but declined to"
    return opens and (after in ("", ".", "!", "?") or after[:1] in (",", ";"))


PRIVATIVE_REACH = 6  # words before the change a verb of stopping or losing may stand ("emptied hundreds of filling
# stations")
_JOINS = {"but", "and", "while", "although", "though", "yet", "whereas"}
HOW_OFTEN_REACH = 4  # words between a negation and the "only once" that takes its place: "has never won Le Mans" /
# "has won Le Mans only once"
_HOW_OFTEN = {"once", "twice", "rarely", "seldom", "sometimes", "occasionally", "always", "often"}
_SUBORDINATORS = {"because", "since", "as", "that", "after", "when", "if", "so"}


def _asks(text: str, cue: Any) -> bool:
    """The cue opens its sentence as a negated auxiliary ("Isn't", "Don't", "Wasn't") and the sentence is a question."""
    if not cue.text[:1].isupper() or not re.match(r"[A-Za-z]+n['’]t$", text[cue.start:cue.end + 3].split()[0]):
        return False
    end = re.search(r"[.!?]", text[cue.end:])
    return end is not None and end.group() == "?"


def _quoted(side: Any, span: tuple[int, int]) -> bool:
    return any(q.start <= span[0] and span[1] <= q.end for q in side.facts.quotes)


@rule("WC140", "negation-flip", Severity.ERROR, "A statement negated in one version only")
def check(ctx: PairContext) -> Iterator[Finding]:
    if len(ctx.a.facts.negations) == len(ctx.b.facts.negations) and (
            not ctx.minimal_edit or _negated_words(ctx.a) == _negated_words(ctx.b)) and not _negated_verb_moved_in(ctx):
        return  # a negation moved ("had not been forgiven" / "was not forgiven"); in a minimal edit
        # that negates other words it is two flips ("ill, not drunk" / "not ill, but drunk")
    for op in ctx.changes:
        ca, cb = _cues(op.a, ctx.a.facts.negations), _cues(op.b, ctx.b.facts.negations)
        if len(ca) % 2 == len(cb) % 2 or _added_clause(ctx, op):
            continue  # the same count, or two negations that cancel ("did not fail" / "succeeded")
        if not_until((ctx.b if cb else ctx.a).facts.tokens, (ca or cb)[0]):
            continue  # "began more than an hour after" / "did not begin until more than an hour after"
        if _asks((ctx.b if cb else ctx.a).text, (ca or cb)[0]):
            continue  # '"Isn't that true?"': a question opened by a negated auxiliary asks, it denies nothing
        if _antonym_in(ctx, op) or _antonym_in_clause(ctx, (ca or cb)[0], ctx.b if cb else ctx.a):
            continue  # "was easy" / "was not difficult": an antonym in the same change cancels the negation, or in
            # the negation's clause ("is not kept at the right temperature" / "is kept at the wrong temperature")
        if _moved_verb(ctx, ca, cb):
            continue  # "EY refused last Thursday to sign off" / "EY last week refused to approve": the verb moved
        idx = ctx.ops.index(op) + 1
        while idx < len(ctx.ops) and ctx.ops[idx].tag == "equal" and all(
                t.key in _FILLER or t.key in ("have", "been", "be") for t in ctx.ops[idx].a):
            idx += 1  # "had not | been | affected": auxiliaries between the negation and what it negates
        after = ctx.ops[idx] if idx < len(ctx.ops) else None
        if not ctx.minimal_edit and after is not None and after.tag != "equal":
            continue  # "was operating normally" / "had not been affected": the negated predicate is another one
        plain = ctx.a if cb else ctx.b  # the side without the negation
        at = ctx.spans(op)[0 if cb else 1][0]
        cue_side = ctx.b if cb else ctx.a
        if _negated_beside(plain, at, ctx.spans(op)[0 if cb else 1][1],
                           infinitives=_infinitive(cue_side, (ca or cb)[0])):
            continue  # "the administrator's powers did not extend to" / "the administrator had no power to": the
            # other side negates the same predicate a few words on, in a part of the sentence the diff split off
        if _CLAIMED_BEFORE.search(plain.text, 0, at):
            continue  # "scratches, which he said were shaving cuts" / "were not shaving cuts, as the accused claimed":
            # the plain side tells what someone claimed, the other what the prosecution said of it
        if MODAL_PERFECT.search(plain.text, max(0, at - MODAL_REACH), ctx.spans(op)[0 if cb else 1][1]):
            continue  # "should have acted sooner" / "for not acting sooner": what was not done, said two ways
        if FIRST_TIME.search(plain.text):
            continue  # "the first time cholera has been confirmed in Haiti in decades" / "Cholera had not been
            # confirmed in Haiti for decades": never before is what a first time says
        if USED_TO.search(plain.text, 0, at) or _USE_TO.match(plain.text, at):
            continue  # "online systems residents use to pay bills" / "leaving residents unable to pay water bills":
            # what the systems are for, not that bills were paid
        if any(t.key in _DENY and t.end <= at for t in plain.facts.words):
            continue  # "denied that a video existed" / "insisted that a video did not exist": the verb negates
        if _OUT_OF.search(plain.text, max(0, at - 40), at + 40):
            continue  # "has been out of work since leaving" / "has not worked since leaving": the same privation
        changed = {(t.start, t.end) for o in ctx.changes for t in (o.a if cb else o.b)}
        if any(t.text.lower() in PRIVATIVE for t in (op.a if cb else op.b)) or plain.cue_before(
                at, PRIVATIVE_REACH, lambda t: t.text.lower() in PRIVATIVE and (t.start, t.end) in changed,
                lambda t: t.text in _CLAUSE_MARKS):
            continue  # "paused paid advertising" / "stopped paying", "lost power" / "were without power"; "left
            # hundreds of filling stations without fuel" / "emptied hundreds of filling stations": the verb changed a
            # few words before (not "lost the case and did not appeal" / "lost the case and appealed")
        if plain.cue_before(at, FORBID_REACH + 1, lambda t: t.text.lower() in _FORBID,
                            lambda t: t.text in _CLAUSE_MARKS):
            continue  # "cannot compete under its flag" / "a four-year ban on Russia competing under its own flag"
        if plain.cue_before(at, FEAR_REACH, lambda t: t.text.lower() in _FEAR, lambda t: t.text in _CLAUSE_MARKS) \
                and (ctx.b if cb else ctx.a).cue_before((ca or cb)[0].start, PURPOSE_REACH,
                                                        lambda t: t.text.lower() in _PURPOSE, lambda t: False):
            continue  # "because he feared they would disrupt a speech" / "so they would not disrupt an event": what
            # was feared is what the act was for preventing
        if plain.cue_before(at, UNLESS_REACH, lambda t: t.text.lower() == "unless", lambda t: t.text in _CLAUSE_MARKS) \
                and cue_side.cue_before((ca or cb)[0].start, UNLESS_REACH, lambda t: t.text.lower() == "if",
                                        lambda t: t.text in _CLAUSE_MARKS):
            continue  # "If the zoo does not appeal within 10 working days" / "Unless the zoo appeals within 10
            # working days": one condition, "unless" is "if not"
        if _bound_negates(plain, ctx.b if cb else ctx.a):
            continue  # "could not afford more" / "could afford no more than 4%": the bound says it
        if _left_unsaid(ctx.b if cb else ctx.a, (ca or cb)[0]):
            continue  # '"... a very small profit," he said' / '"... a healthy profit", although he did not say by how
            # much': what was not said is another question, not the statement turned
        if _said_plainly_in_another_clause(ctx.b if cb else ctx.a, (ca or cb)[0], plain, at):
            continue  # "will no longer be able to buy existing houses, although they may still buy up to 60 percent
            # of the apartments" / "will still be able to purchase up to 60 percent of apartments": the other side's
            # plain statement is the negated side's other clause, about another thing
        plain_end = ctx.spans(op)[0 if cb else 1][1]
        if any(_kept_from(plain.facts, t) for t in plain.facts.tokens if at <= t.start <= plain_end + 1):
            continue  # "had decided not to restart trading" / "had decided against restarting trading": what is
            # decided against is not done
        after_cue = [t for t in cue_side.facts.tokens if t.start >= (ca or cb)[0].end and t.text.lower() != "to"]
        negated_verb = lemma(after_cue[0].text.lower()) if after_cue else None  # "not (to) restart"
        if negated_verb is not None and any(lemma(t.text.lower()) == negated_verb and named_as_subject(plain.facts, t)
               for t in plain.facts.tokens if t.start >= at):
            continue  # "had decided not to restart trading during the session" / "said restarting during the session
            # risked confusing investors": the act named as what would cause harm, not said to be done
        if _plain_half_of_not_but(ctx.b if cb else ctx.a, (ca or cb)[0], plain):
            continue  # "was built by China Road and Bridge Corporation" / "was built not by a European firm but by
            # the state-owned China Road and Bridge Corporation": the other side states the half "but" affirms
        cue = (ca or cb)[0]
        rest = [t for t in op.a + op.b if t not in ca and t not in cb and t.key not in _FILLER]
        if len(rest) > (3 if ctx.minimal_edit else 2):
            continue
        # in a minimal edit a negation that comes with a reworded verb ("grappling" / "not dealing") is still a flip
        a_span, b_span = _with_negated_word(ctx, op)
        quoted = _quoted(ctx.a, a_span) and _quoted(ctx.b, b_span)  # a quotation is verbatim, whatever the rewrite
        severity = (Severity.ERROR if not rest or _same_word(rest) or ctx.minimal_edit or quoted
                    or all(t.text.lower() in _PHASE for t in rest) else Severity.WARNING)  # "had not yet been let
        # into the park" / "had already been let into the park": the words that turn with the negation
        yield ctx.finding(
            check, a_span, b_span,
            f"negated in {ctx.a.version.id if ca else ctx.b.version.id} only: '{cue.text}'",
            severity=severity,
            why="a negation word is added or removed while the statement is otherwise the same",
        )
        return


_PHASE = frozenset({"yet", "already", "still"})  # "not yet" / "already", "still" / "no longer"


# a relative clause that gives the rest as someone's claim: "which he said were", "that the defence claimed was"
_CLAIMED_BEFORE = re.compile(r"\b(?:which|that|what)\s+(?:he|she|they|the\s+[a-z]+|[A-Z][\w'’-]+)\s+"
                             r"(?:said|says|claimed|claims|insisted|insists|maintained|maintains)\s+(?:\w+\s+){0,2}$")
_USE_TO = re.compile(r"(?:use[sd]?|using)\s+to\b", re.IGNORECASE)  # the change is the verb of a purpose
_SAYING = {"say", "said", "specify", "specified", "disclose", "disclosed", "elaborate", "elaborated", "reveal",
           "revealed", "explain", "explained"}
_QUESTION = {"how", "when", "where", "why", "by"}  # not "whether": "said it would" / "did not say whether it would"
# is the statement withdrawn


def _negated_beside(side: Any, start: int, end: int, infinitives: bool = True) -> bool:
    """A negation cue of `side` within NEGATION_REACH tokens of [start, end), in the same clause: the other side's
    negation moved, not added ("appeared to be "not consistent" with" / "did not appear to be consistent with").
    Unless `infinitives`, a cue that negates an infinitive is no such cue: "had been warned not to work" /
    "had not been warned" negate two verbs."""
    def negation(t: Any) -> bool:
        return t in side.facts.negations and (infinitives or not _infinitive(side, t))

    return (side.cue_after(end, NEGATION_REACH, negation, clause_break)
            or side.cue_before(start, NEGATION_REACH, negation, clause_break))


def _clauses(side: Any) -> list[tuple[int, int]]:
    """The offsets of the clauses of `side`, the stretches between its clause marks ("," ";" ...)."""
    marks = [t for t in side.facts.tokens if t.text in _CLAUSE_MARKS]
    return list(zip([0] + [t.end for t in marks], [t.start for t in marks] + [len(side.text)]))


def _clause_at(clauses: list[tuple[int, int]], at: int) -> tuple[int, int]:
    return next(c for c in clauses if c[0] <= at <= c[1])


def _said_plainly_in_another_clause(negated: Any, cue: Any, plain: Any, at: int) -> bool:
    """The plain side's clause is, in its content words, another clause of the negated side, one without the
    negation, rather than the negated clause itself: two statements of the negated side, of which the other
    version kept the positive one."""
    from ..facts import _FUNCTION

    def content(side: Any, span: tuple[int, int]) -> set[str]:
        return {t.key for t in side.facts.tokens if span[0] <= t.start and t.end <= span[1] and t.kind != "punct"
                and t.key not in _FILLER and t.text.lower() not in _FUNCTION}

    words = content(plain, (at, _clause_at(_clauses(plain), at)[1]))
    clauses = _clauses(negated)
    own = _clause_at(clauses, cue.start)
    if _NOT_BUT.match(negated.text, own[1]):
        return False  # "is not about childhood friends, but rather coworkers": the contrast turns the first round
    inside = content(negated, own)
    plain_clauses = [c for c in clauses
                     if c != own and not any(c[0] <= n.start < c[1] for n in negated.facts.negations)]
    outside = set().union(*(content(negated, c) for c in plain_clauses)) - inside
    return len(words & outside) >= PLAIN_ELSEWHERE_MIN and len(words & outside) >= 2 * len(words & inside)


# "not by a European firm but by the state-owned China Road": a negated alternative, then the one affirmed, after the
# same word
_NOT_W_BUT_W = re.compile(r"not\s+(\w+)\s+[^,;.]{1,60}?,?\s+but\s+(?:rather\s+)?\1\s+((?:[\w'’-]+\s*){1,5})",
                          re.IGNORECASE)


def _plain_half_of_not_but(negated: Any, cue: Any, plain: Any) -> bool:
    """The negation denies an alternative ("not by X but by Y") and the plain side names the affirmed one (Y)."""
    m = _NOT_W_BUT_W.match(negated.text, cue.start)
    if m is None:
        return False
    from ..facts import _FUNCTION
    said_of = m.group(2)
    if (listed := re.match(r"\s*:([^.;]*)", negated.text[m.end():])) is not None:
        said_of += " " + listed.group(1)  # "but by the so-called contact group: former Ukrainian president Leonid
        # Kuchma, ...": the affirmed one and those it lists
    affirmed = {w.lower() for w in re.findall(r"[\w'’-]+", said_of)} - _FUNCTION
    said = {w.lower() for w in re.findall(r"[\w'’-]+", plain.text)}
    return bool(affirmed & said)


_NOT_BUT = re.compile(r"[,;:]?\s*but\b", re.IGNORECASE)
PLAIN_ELSEWHERE_MIN = 3  # content words of the plain clause found only in another clause of the negated side


def _left_unsaid(side: Any, cue: Any) -> bool:
    """The negation leaves a question of how, how much or when unanswered: "did not say by how much", "would not
    say when"."""
    words = side.facts.words
    k = position(words, cue)
    if k is None:
        return False
    rest = [t.text.lower() for t in words[k + 1:k + 5] if t.key not in _FILLER]
    return len(rest) >= 2 and rest[0] in _SAYING and rest[1] in _QUESTION


_DENY = {"deny", "denied", "denie", "dispute", "disputed", "reject", "rejected"}  # report a statement as untrue
# words that forbid what follows them, as "cannot" does: "a ban on Russia competing", "barred from standing"
_FORBID = {"ban", "bans", "banned", "banning", "bar", "barred", "barring", "bars", "prohibit", "prohibited",
           "prohibits", "prohibiting", "forbid", "forbids", "forbade", "forbidden", "prevent", "prevents", "prevented",
           "preventing"}
FORBID_REACH = 4  # words between a forbidding word and the verb it forbids
_OUT_OF = re.compile(r"\bout\s+of\s+(?:work|a\s+job|office|power|action|contention)\b", re.IGNORECASE)
_FEAR = {"feared", "fear", "fears", "fearing", "afraid", "worried", "worry", "worries", "concerned"}
_PURPOSE = {"so", "lest"}  # "so they would not", "so that it does not": an aim, the feared thing prevented
FEAR_REACH, PURPOSE_REACH = 5, 4  # words from the fear to the feared verb, from "so" to the negation
_CLAUSE_MARKS = {",", ";", ":", ".", '"', "“", "”"}
_BOUNDS = {"more", "less", "fewer", "longer"}
UNLESS_REACH = 8  # words from "unless" or "if" to the verb of its condition ("Unless the city's zoo appeals")


def _bound_negates(plain: Any, negated: Any) -> bool:
    """The side without the negation says "no more", "no less" or "no longer" where the other has none: a bound
    read as no negation that negates all the same ("could afford no more than 4%" / "could not afford more")."""
    def bounds(side: Any) -> int:
        ws = [t.text.lower() for t in side.facts.words]
        return sum(w == "no" and n in _BOUNDS for w, n in zip(ws, ws[1:]))
    return bounds(plain) > bounds(negated)


_PARTICLE_CUES = {"not", "n't", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "non"}


def _moved_verb(ctx: PairContext, ca: list, cb: list) -> bool:
    """A negating verb ("refused", "failed", "declined") on one side of the change that the other sentence says too,
    as often: the word order moved, the statement did not."""
    cues = ca or cb
    if not cues or any(c.key in _PARTICLE_CUES for c in cues):
        return False
    keys_a = [c.key for c in ctx.a.facts.negations]
    keys_b = [c.key for c in ctx.b.facts.negations]
    return all(keys_a.count(c.key) == keys_b.count(c.key) for c in cues)


def _negated_words(side) -> list[str]:
    return sorted(t.key if t is not None else "" for _, t in _negated_tokens(side))


def _negated_tokens(side) -> list:
    """Each negation with the word it bears on: the first after it that is not an auxiliary, "have" or an
    adverb in -ly, so "does not have a death penalty" and "has no death penalty" both negate "death"."""
    words = side.facts.words
    tokens = side.facts.tokens
    out = []
    for cue in side.facts.negations:
        k = position(words, cue)
        if k is None:
            continue
        k += 1
        if cue.text.lower() in CLEARED and (at := position(tokens, cue)) is not None \
                and (of := cleared_of_at(tokens, at)) is not None and of + 1 < len(tokens):
            k = position(words, tokens[of + 1]) or k  # "acquitted Princess Cristina, the sister of King Felipe,
            # of tax fraud" negates the fraud, as "was cleared of tax fraud" does
        while k < len(words) and (words[k].key in _FILLER or words[k].key in ("have", "been", "being")
                                  or wordnet().adverb(words[k].text) or words[k] in side.facts.negations):
            k += 1
        out.append((cue, words[k] if k < len(words) else None))
    return out


def _negated_verb_moved_in(ctx: PairContext) -> bool:
    """One side negates a word the other states plainly in a clause of its own, away from its own negation, which
    bears on a word the first side does not have at all: two clauses, one turned round ("ruled out capital
    controls, saying the government had no plans" / "did not rule out capital controls, but said the government
    would first try other measures"), not one negation moved ("did no work" / "was not asked to do any work")."""
    from ..extract import forms_of

    def forms(text: str) -> frozenset[str]:
        return forms_of(text.lower())

    def apart(side, u) -> bool:
        """The plain word stands in another clause than every negation of its sentence, or before a negation of an
        infinitive, which bears on its own verb ("had been warned on Wednesday not to work")."""
        text = side.text
        return all(any(ch in text[min(c.end, u.end):max(c.start, u.start)] for ch in ",;:—–")
                   or (c.start > u.end and _infinitive(side, c)) for c in side.facts.negations)

    def negated(side) -> list:
        """The negated words in their cue's clause ("had been ignored; CCOO said" negates nothing after it)."""
        return [t for c, t in _negated_tokens(side) if t is not None
                and not any(ch in side.text[c.end:t.start] for ch in ",;:—–.")]

    na, nb = negated(ctx.a), negated(ctx.b)
    if not na or not nb:
        return False  # one side negates nothing in its clause: no negation turned round between clauses
    for mine, theirs, other in ((nb, na, ctx.a), (na, nb, ctx.b)):
        mine_side = ctx.b if other is ctx.a else ctx.a
        mine_plain = {f for t in mine_side.facts.words if t not in mine_side.facts.negations for f in forms(t.text)}
        turned = [t for t in mine if not any(forms(t.text) & forms(x.text) for x in theirs) and any(
            forms(t.text) & forms(u.text) and apart(other, u) for u in other.facts.words
            if u not in other.facts.negations)]
        gone = [x for x in theirs if not forms(x.text) & mine_plain]
        if turned and gone:
            return True
    return False


MODAL_REACH = 20  # characters before the change to look for a modal perfect in ("should | have acted")
_NOT_TO = re.compile(r"\s+to\s+[a-z]")  # after "not": the negation of an infinitive ("warned not to work")


def _infinitive(side: Any, cue: Any) -> bool:
    """The cue is "not" or "never" before an infinitive, which it negates ("warned not to work"); not a verb of
    refusing ("declined to give details" negates the giving)."""
    return cue.text.lower() in ("not", "never") and _NOT_TO.match(side.text, cue.end) is not None


def _same_word(rest) -> bool:
    """The one word besides the negation is the same word on both sides, in any inflection ("ruled" / "rule")."""
    from ..extract import forms_of

    if len(rest) != 2:
        return False
    return rest[0].key == rest[1].key or bool(forms_of(rest[0].text.lower()) & forms_of(rest[1].text.lower()))


def _with_negated_word(ctx: PairContext, op) -> tuple[tuple[int, int], tuple[int, int]]:
    """The change plus the word right after it on both sides ("did not approve" / "approved"), and past an
    auxiliary to its verb ("no ransom was paid")."""
    idx = ctx.ops.index(op)
    nxt = ctx.ops[idx + 1] if idx + 1 < len(ctx.ops) and ctx.ops[idx + 1].tag == "equal" else None
    spans = []
    for toks, follow in ((op.a, nxt.a if nxt else []), (op.b, nxt.b if nxt else [])):
        k = 1
        aux = _AUX_SHOWN | {"be", "been", "being"}
        while k < len(follow) and (follow[k - 1].text.lower() in aux or follow[k].text.lower() in aux):
            k += 1  # "a ransom was paid" / "no ransom was paid": past the auxiliary to the verb it carries
        parts = list(toks) + list(follow[:k])
        spans.append((parts[0].start, parts[-1].end) if parts else (0, 0))
    if not op.a or not op.b:
        a, b = ctx.spans(op)
        spans = [spans[0] if op.a or nxt else a, spans[1] if op.b or nxt else b]
        then = (ctx.ops[idx + 2] if nxt is not None and len(nxt.a) <= HOW_OFTEN_REACH and idx + 2 < len(ctx.ops)
                else None)
        if then is not None and then.tag != "equal" and bool(then.a) == bool(op.b) and bool(then.b) == bool(op.a) \
                and then.size <= 3 and any(t.text.lower() in _HOW_OFTEN for t in then.a + then.b):  # "has never
            # happened before" / "has happened only once before": the diff cut one change in two, and the other
            # side's half says how often instead
            ends = (then.a or nxt.a)[-1].end, (then.b or nxt.b)[-1].end  # "has never won Le Mans" / "has won Le
            # Mans only once": what is won, on both sides
            spans = [(spans[0][0], ends[0]) if spans[0][1] else spans[0],
                     (spans[1][0], ends[1]) if spans[1][1] else spans[1]]
    prev = ctx.ops[idx - 1] if idx > 0 and ctx.ops[idx - 1].tag == "equal" else None
    cue = {t.text.lower() for t in list(op.a) + list(op.b)} | {t.key for t in list(op.a) + list(op.b)}
    if prev is not None and prev.a and cue & {"not", "never", "n't", "no"}:
        back = 0  # the verb the negation hangs on ("was not in court" / "was in court") and a pronoun that is its
        # subject ("We do not expect" / "We expect"): who says or does what is turned round
        if prev.a[-1].text.lower() in _AUX_SHOWN or prev.a[-1].key in _AUX_SHOWN:
            back = 1  # "cannot" is read as "can" and "not": "employers cannot close" / "employers can close"
        elif len(prev.a) >= 2 and _hedge(prev.a[-1]) and prev.a[-2].text.lower() in _AUX_SHOWN:
            back = 2  # "the voice was probably his" / "was probably not his": the hedge between verb and negation
        elif "not" in cue and nxt is not None and nxt.a and verb_before_adjective(prev.a[-1], nxt.a[0]):
            back = 1  # "pleaded not guilty" / "pleaded guilty": the verb whose complement the negation turns
        if len(prev.a) > back and prev.a[-1 - back].text.lower() in PRONOUNS | {"there"}:  # "there was no evidence"
            back += 1
        if back:
            spans = [(prev.a[-back].start, spans[0][1]) if spans[0][1] else spans[0],
                     (prev.b[-back].start, spans[1][1]) if spans[1][1] else spans[1]]
        before = ctx.ops[idx - 2] if idx > 1 and back == len(prev.a) == len(prev.b) else None
        if before is not None and before.a and before.b and before.a[-1].text.lower() == before.b[-1].text.lower() \
                and before.a[-1].text.lower() in PRONOUNS | {"there"}:
            spans = [(before.a[-1].start, spans[0][1]), (before.b[-1].start, spans[1][1])]  # '"There is evidence' /
            # 'but that there was no evidence': the subject beyond the diff's other change
    return spans[0], spans[1]


def _hedge(t: Any) -> bool:
    """An adverb that may stand between a verb and its negation ("probably", "still", "also")."""
    low = t.text.lower()
    return low in _BETWEEN or (len(low) > 4 and low.endswith("ly") and t.kind == "word")


_BETWEEN = frozenset({"still", "also", "just", "even", "already", "almost", "yet", "certainly", "perhaps"})
_AUX_SHOWN = {"is", "are", "was", "were", "did", "does", "do", "has", "have", "had", "will", "would", "could", "can",
              "should", "must", "may", "might", "shall"}


def _antonym_in_clause(ctx: PairContext, cue, negated) -> bool:
    """An antonym pair in another change whose word on the negated side stands after the cue in its clause."""
    opposites = opposites_of(ctx.lex)
    for op in ctx.changes:
        for x in op.a:
            for y in op.b:
                if x.kind != "word" or y.kind != "word" or not opposite(x.text, y.text, opposites):
                    continue
                word = y if negated is ctx.b else x
                if word.start > cue.start and negated.negated_in_clause(word):
                    return True
    return False


def _antonym_in(ctx: PairContext, op) -> bool:
    """An antonym pair in this change besides the cues ("fails" / "succeeds" is the flip itself).

    Only this change: "flexible ... can" / "inflexible ... cannot" flips two
    clauses, and one does not cancel the other.
    """
    opposites = opposites_of(ctx.lex)
    a_words = [t.text for t in op.a if t.kind == "word" and t not in ctx.a.facts.negations]
    b_words = [t.text for t in op.b if t.kind == "word" and t not in ctx.b.facts.negations]
    return any(opposite(x, y, opposites) for x in a_words for y in b_words)
