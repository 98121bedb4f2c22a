"""direction-flip: a word replaced by its opposite.

What it flags: a changed word whose replacement is its antonym in
data/antonyms.tsv, or the same word with a negating prefix ("suitable" /
"unsuitable", "optimal" / "suboptimal", "encode" / "decode") ("rose" / "fell", "won" / "lost", "accepted" /
"rejected", "opening" / "closing"), compared on simple lemmas so tense and
number do not matter. Inside a minimal edit (a few words changed), WordNet's
antonyms count too, for content words ("big" / "small", "success" /
"failure"); in a rewrite the two words may belong to different clauses, so
only the curated lexicon is trusted there.

A negation added in the same change cancels the flip ("easy" / "not
difficult") and nothing is reported (a negation elsewhere in the sentence
flips another clause: "flexible ... can" / "inflexible ... cannot" is two
flips, not none); so does a "non-" before the word
("non-operative" / "inoperative"). Two opposites that both sides use ("a
reading below 50 ... above it" / "above 50 ... below it") are a reordering,
not a flip.

Across the story, the fact matcher adds three cases no sentence pair shows: a
figure matched with confidence and equal in both versions, told as a rise in
one and a fall in the other ("Maersk shares rose 3 percent ..., after falling
more than 20 percent over the past year" / "Shares in Maersk fell 3pc"), or as
the level a fall reached in one and a rise in the other ("the fee will fall to
365 francs" / "ordered the fee to rise to 365 francs"); a
place both versions name in one statement, gone to in one and come from in
the other ("as he flew home from Atlanta" / "as he flew to Atlanta"); and a
lexicon opposite in two sentences the alignment did not pair, when both words
bear on the same object, share two more words of what happened and no other
subject ("voted overwhelmingly against the drug in November" / "had voted
overwhelmingly in favour of the drug in November"); common particles and
words often of other things ("up", "first", "won") are left to the pairs.

What it lets pass: an opposite cancelled by a negation ("easy" / "not difficult"); opposites
both versions use (a reordering); opposite moves of two different figures ("a contraction of 2.5
percent and growth of 0.5 percent" / "a 2.5pc fall to 0.5pc growth"); a prefix that makes a word
of its own, which WordNet tells apart from the other ("briefing" / "debriefing", "port" /
"import"; "un-" and "non-" only negate); WordNet antonyms inside a rewrite; converse verbs that tell one deal
from its two ends, in the other voice ("had bought their seats" / "seats had been sold") or naming
the other party ("the state will lend it" / "will borrow ... from the government"), unless both
subjects are the same. Opposite states in sentences dated to different days ("Up to 30 people
were feared dead on Thursday" / "Rescuers found eight people alive on Friday") are a warning: each
may be true of its own day; so are opposites one of which is dated after the other version was
published ("Peru reopened its border on Friday" in Friday's copy / "closed their borders" in
Thursday's): what happened since. The figure told rising and falling stands as an error even between
versions that share few sentences: one figure moves one way only, whoever reports it.

Why it matters: the sentence keeps its shape and most of its words while the
fact turns into its opposite.

Example: "the index rose 0.3%" / "the index fell 0.3%" -> error.

Passes: "the index rose 0.3%" / "the index climbed 0.3%" -> nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..compare import PairContext, PairSide
from ..facts import _AM_PM, _FUNCTION, DETERMINERS, Quantity, prior_period
from ..model import Finding, Severity
from ..normalize import Token, clause_break, position
from ..opposites import (converse_in_other_voice, converse_with_other_party, figure_move, morphological_opposites,
                         opposite, opposites_of)
from ..wordnet import wordnet
from . import rule
from .numbers import dated_differently, other_parts, said_of_part, whole_of


def _content(tok: Token) -> bool:
    """A word WordNet's antonyms may be trusted for: not a function or reporting word ("said", "in")."""
    return tok.text.lower() not in _FUNCTION


_NON = re.compile(r"\bnon-?\s*$", re.IGNORECASE)


_OPPOSED_PREPOSITIONS = {"for", "against", "with", "without", "above", "below", "before", "after", "in", "out"}


def _next_content(words: list[Token], tok: Token) -> str | None:
    k = position(words, tok)
    return next((w.key for w in words[k + 1:] if w.key not in _FUNCTION or w.key in ("him", "her", "them", "it")),
                None) if k is not None else None


def _figure_moved_by(side: PairSide, tok: Token) -> float | None:
    """The value of the figure a word says the move of ("rose" in "rose 3 percent", "fall" in "a 3pc fall")."""
    cf = side.facts
    for q in cf.quantities:
        move = figure_move(cf.tokens, q.start, q.end)
        if move is not None and move[1].start == tok.start:
            return q.value
    return None


def _moves_of_other_figures(ctx: PairContext, x: Token, y: Token) -> bool:
    """Each word is the move of a figure, and the two figures differ: the words tell two moves, not one turned."""
    fx, fy = _figure_moved_by(ctx.a, x), _figure_moved_by(ctx.b, y)
    return fx is not None and fy is not None and fx != fy


def _other_parts(ctx: PairContext, x: Token, y: Token) -> bool:
    """Each word is what its own part of one whole did ("39 of 47 prefectures lost" / "eight of the 47 gained")."""
    def part(cf, tok: Token) -> Quantity | None:
        return next((q for q in cf.quantities if (w := whole_of(cf, q)) is not None and tok.start >= w.end
                     and tok.text.lower() in said_of_part(cf, w)), None)

    px, py = part(ctx.a.facts, x), part(ctx.b.facts, y)
    return px is not None and py is not None and other_parts(ctx.a.facts, px, ctx.b.facts, py)


def _prepositions_of_other_objects(ctx: PairContext, x: Token, y: Token) -> bool:
    """Two opposed prepositions whose objects differ say nothing opposite: "against him" / "for the government"."""
    if x.text.lower() not in _OPPOSED_PREPOSITIONS or y.text.lower() not in _OPPOSED_PREPOSITIONS:
        return False
    return _next_content(ctx.a.facts.words, x) != _next_content(ctx.b.facts.words, y)


def _prefixed_non(text: str, tok: Token) -> bool:
    """ "non-operative", "non- operative": the word is negated by a prefix the tokenizer split off."""
    return _NON.search(text[max(0, tok.start - 6):tok.start]) is not None


_CONTRAVENE = ("violat", "breach", "contraven", "infring", "flout")  # stems of verbs that break what they name


BREAK_REACH = 3  # words between a verb of breaking and the word it breaks ("violated the constitutional guarantee")


def _broken(side: PairSide, tok: Token) -> bool:
    """A verb of breaking stands a few words before the word, in its clause: what it names is broken."""
    return side.cue_before(tok.start, BREAK_REACH, lambda t: t.text.lower().startswith(_CONTRAVENE),
                           lambda t: t.kind == "punct")


def _same_object(ctx: PairContext, x: Token, y: Token) -> bool:
    """The word right after each opposite is the same content word: "slightly above annual consumer price inflation"
    / "just below annual inflation" set one thing against one thing, however much else was reworded; or the same
    preposition, then the same name ("40 km east of Abidjan" / "25 miles west of Abidjan")."""
    return _object_through(ctx, x, y) is not None


def _object_through(ctx: PairContext, x: Token, y: Token) -> tuple[Token, Token, bool] | None:
    """The two sides' same word after the opposites, right after them or after the same preposition (the last
    item says which): the thing both set against each other."""
    wa, wb = ctx.a.facts.words, ctx.b.facts.words
    ia = next((k for k, t in enumerate(wa) if t.start >= x.end), None)
    ib = next((k for k, t in enumerate(wb) if t.start >= y.end), None)
    if ia is None or ib is None:
        return None
    na, nb = wa[ia], wb[ib]
    if na.key == nb.key and na.kind == "word" and na.text.lower() not in _FUNCTION:
        return na, nb, False
    if na.text.lower() == nb.text.lower() in _OBJECT_PREPOSITIONS and ia + 1 < len(wa) and ib + 1 < len(wb) \
            and wa[ia + 1].key == wb[ib + 1].key and wa[ia + 1].text[:1].isupper():
        return wa[ia + 1], wb[ib + 1], True
    return None


_OBJECT_PREPOSITIONS = frozenset({"of", "from"})  # "east of Abidjan", "north from Kabul"


def _names_the_change(side: PairSide, tok: Token) -> bool:
    """The word names a change as a noun, after an article or its figure ("the 5.2% rise", "a fall") or before "of"
    ("growth of 5%"), rather than saying one happened."""
    before = [t for t in side.facts.words if t.end <= tok.start]
    after = next((t for t in side.facts.words if t.start >= tok.end), None)
    return bool(before) and (before[-1].key in DETERMINERS or before[-1].text.endswith("%")
                             or before[-1].kind == "quantity") or (after is not None and after.key == "of")


_BECOMING = frozenset({"grow", "grew", "grown", "grows", "growing", "become", "became", "becomes", "becoming",
                       "get", "got", "gets", "getting", "turn", "turned", "turns"})
_COMPARATIVE_AFTER = re.compile(r"\s+(?:(?:much|even|far|ever|still|slightly|a little)\s+)?(?:more|less|fewer|"
                                r"[a-z]+er)\b")


def _become_comparative(side: PairSide, t: Token) -> bool:
    """A verb of becoming before a comparative ("grew smaller", "became less"): the comparative carries the
    direction, not the verb."""
    return t.text.lower() in _BECOMING and _COMPARATIVE_AFTER.match(side.text, t.end) is not None


@rule("WC141", "direction-flip", Severity.ERROR, "A word replaced by its opposite (rose/fell, won/lost)")
def check(ctx: PairContext) -> Iterator[Finding]:
    opposites = opposites_of(ctx.lex)
    meant_a, meant_b = _phrasal_meanings(ctx.a.facts.words), _phrasal_meanings(ctx.b.facts.words)
    for op in ctx.replacements:
        if sum(t in ctx.a.facts.negations for t in op.a) % 2 != sum(t in ctx.b.facts.negations for t in op.b) % 2:
            continue  # "an easy one" / "not a difficult one": a negation in the same change cancels the antonym
        for x in op.a:
            for y in op.b:
                if not (x.spelled and y.spelled) or x in ctx.a.facts.negations or y in ctx.b.facts.negations:
                    continue  # a negative verb ("fails" / "succeeds") is negation-flip's
                if _prefixed_non(ctx.a.text, x) or _prefixed_non(ctx.b.text, y) or ctx.both_use(x, y) \
                        or ctx.says_both(x, y):
                    continue
                if _broken(ctx.a, x) != _broken(ctx.b, y):
                    continue  # "was unconstitutional" / "violated the constitutional guarantee": one thing, two ways
                if _AM_PM.fullmatch(x.text) or _AM_PM.fullmatch(y.text):
                    continue  # "7 p.m. EST" / "1.30 a.m. local time": times of day are the numbers rule's
                if _moves_of_other_figures(ctx, x, y):
                    continue  # "a contraction of 2.5 percent and growth of 0.5 percent" / "a 2.5pc fall to 0.5pc
                    # growth": each word is the move of its own figure, and the figures are not the same
                if _other_parts(ctx, x, y):
                    continue  # "Thirty-nine of Japan's 47 prefectures lost population" / "Only eight of the 47
                    # prefectures gained population": two parts of one whole, one shrinking, the other growing
                if _prepositions_of_other_objects(ctx, x, y):
                    continue  # "testified against him" / "testified for the government": for the prosecution
                if _particles_of_other_verbs(ctx, x, y):
                    continue  # "stepped down" / "gave up": each particle belongs to its own verb
                if _scoped_by_insufficiently(ctx, x, y):
                    continue  # "insufficiently equipped and inexperienced" / "insufficiently equipped and experienced"
                if _names_the_change(ctx.a, x) != _names_the_change(ctx.b, y):
                    continue  # "The 5.2% rise is slightly above inflation" / "The increase falls just below it": the
                    # rise is what is spoken of, "falls" where it stands
                if _become_comparative(ctx.a, x) or _become_comparative(ctx.b, y):
                    continue  # "shrank over time" / "grew smaller over time": the comparative says the direction
                if _first_since(ctx, x, y):
                    continue  # "the last pope to resign was Gregory" / "the first pope to resign since Gregory"
                if _negation_for_prefix(ctx, x, y):
                    continue  # "the cause is unknown" / "the cause would not be known": the same, two ways
                if ctx.a.negated_in_clause(x) != ctx.b.negated_in_clause(y):
                    continue  # "when food is not kept at the right temperature" / "when food is kept at the wrong
                    # temperature": a negation of its clause, in another change, turns the opposite back
                if _denied(ctx.a, x) != _denied(ctx.b, y):
                    continue  # "have denied knowing that the works were fake" / "has said she believed the works were
                    # genuine": a denial turns the word round again
                if _infinitive(ctx.a, x) != _infinitive(ctx.b, y):
                    continue  # "the three who voted against the death penalty" / "jurors who are reluctant to vote
                    # for the death penalty": an act and a disposition, not one act turned round
                if ctx.a.in_name(x) and ctx.b.in_name(y):
                    continue  # "West Sussex" / "East Sussex": two places, the name rules' to report whole
                if _viewpoints(x, y):
                    continue  # "who had come to meet a flight" / "who had gone to the airport to meet a flight": one
                    # journey, told from where the writer stands
                if _after_hyphen(ctx.a.text, x) or _after_hyphen(ctx.b.text, y):
                    continue  # "quarter-finals" is no "finals", and no opposite of "first"
                if _of_which(ctx.a, x) != _of_which(ctx.b, y) and {x.text.lower(), y.text.lower()} == _TIME_ORDER:
                    continue  # "seven days to pay, after which the files would be deleted" / "five days to pay
                    # before files were destroyed": "after which" looks back from the second act, one order told twice
                if converse_in_other_voice(ctx.a.facts.words, x, ctx.b.facts.words, y):
                    continue  # "passengers had bought their seats" / "seats had been sold": one sale, two voices
                if converse_with_other_party(ctx.a.facts.words, x, ctx.b.facts.words, y, _subjects(ctx, x, y)):
                    continue  # "the state will lend it 4.4 billion euros" / "will borrow 4.4 billion euros from the
                    # government": one loan, from its two ends
                # WordNet calls spelled numbers opposites ("third" / "three"): the lexicon alone judges those
                use_wordnet = ctx.minimal_edit and _content(x) and _content(y) and x.kind == y.kind == "word"
                px, py = meant_a.get(id(x)), meant_b.get(id(y))
                if y.key in opposites.get(x.key, ()) or opposite(x.text, y.text, opposites, use_wordnet) or (
                        (px or py) and opposite(px or x.text, py or y.text, opposites)):
                    other_days = dated_differently(ctx) or _other_years(ctx) or _news_since(ctx) or (
                        prior_period(ctx.a.text, x.start, x.end) != prior_period(ctx.b.text, y.start, y.end))
                    noun = _same_noun_after(ctx, x, y) or _place_after(ctx, x, y)
                    yield ctx.finding(
                        check, (_degree_before(ctx.a.text, x.start), noun[0] if noun else x.end),
                        (_degree_before(ctx.b.text, y.start), noun[1] if noun else y.end),
                        f"'{x.text}' in {ctx.a.version.id} but its opposite '{y.text}' in {ctx.b.version.id}",
                        severity=Severity.ERROR if (op.size <= 4 or _same_object(ctx, x, y)) and not other_days
                        else Severity.WARNING,
                        why="the replaced words are antonyms" + (" (the sentences date different days: each may be"
                                                                " true of its own)" if other_days else ""),
                    )
                    return
        joined = _hyphen_prefixed(ctx, op)
        if joined is not None:
            a_span, b_span = joined
            yield ctx.finding(check, a_span, b_span, ctx.quoted(a_span, b_span),
                              severity=Severity.ERROR if op.size <= 4 else Severity.WARNING,
                              why="the words differ by opposite prefixes")
            return


_VIEWPOINT_PAIRS = ({"come", "go"}, {"bring", "take"})


def _viewpoints(x: Token, y: Token) -> bool:
    """ "come" / "go", "bring" / "take": one movement told from either end, no opposite acts."""
    forms = (_forms(x.text.lower()), _forms(y.text.lower()))
    return any(forms[0] & pair and forms[1] & pair and not forms[0] & forms[1] & pair for pair in _VIEWPOINT_PAIRS)


def _news_since(ctx: PairContext) -> bool:
    """One side dates what it tells after the other version was published ("Peru reopened its border with Ecuador
    on Friday", in Friday's copy, against Thursday's "Peru and Colombia closed their borders"): what happened since."""
    def after(side, published, own) -> bool:  # after the other's dateline, not after its own (a day to come)
        return published is not None and own is not None and any(
            d.granularity == "day" and published.isoformat() < d.value <= own.isoformat() for d in side.facts.dates)

    return after(ctx.a, ctx.b.version.date, ctx.a.version.date) or after(ctx.b, ctx.a.version.date, ctx.b.version.date)


def _other_years(ctx: PairContext) -> bool:
    """Both sides name a year and share none: "made a profit of 2.1 billion pounds in 2016" / "reported a loss of 2
    billion pounds for 2017" are two years' results."""
    ya = {d.value[:4] for d in ctx.a.facts.dates if d.granularity in ("year", "month", "day")}
    yb = {d.value[:4] for d in ctx.b.facts.dates if d.granularity in ("year", "month", "day")}
    return bool(ya and yb and not ya & yb)


_NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)  # "no winners": without it the value says the opposite
_DEGREE = re.compile(r"\b(?:too|very|so|far|much|extremely|relatively|unusually|how|quite|rather|increasingly)\s+$",
                     re.IGNORECASE)  # "how imperfect people can be" / "how perfect": the degree goes with the word


def _same_noun_after(ctx: PairContext, x: Token, y: Token) -> tuple[int, int] | None:
    """Where the noun after two opposite words ends in each side, when both describe the same noun ("attract private
    investment" / "attract public investment"): the change is shown with what it describes."""
    wa, wb = ctx.a.facts.words, ctx.b.facts.words
    ia, ib = next((k for k, t in enumerate(wa) if t is x), None), next((k for k, t in enumerate(wb) if t is y), None)
    if ia is None or ib is None or ia + 1 >= len(wa) or ib + 1 >= len(wb):
        return None
    na, nb = wa[ia + 1], wb[ib + 1]
    if na.key != nb.key or not (na.text.isalpha() and na.text.islower()) \
            or ctx.a.text[x.end:na.start] != " " or ctx.b.text[y.end:nb.start] != " ":
        return None
    parts = {t[:1] for t in wordnet().senses(na.text.lower())}
    if "n" not in parts or not parts <= {"n", "v"}:
        if _describing(na.text.lower()) and na.key not in _TIME_BEFORE and ia + 2 < len(wa) and ib + 2 < len(wb):
            ma, mb = wa[ia + 2], wb[ib + 2]  # "allowed older cars" / "barred older cars": the noun after one
            # describing word both sides keep
            if ma.key == mb.key and ma.text.isalpha() and ma.text.islower() and ctx.a.text[na.end:ma.start] == " " \
                    and ctx.b.text[nb.end:mb.start] == " " and _naming(ma.text.lower()):
                return ma.end, mb.end
        return None  # a noun as written: not "rose sharply", "a woman was", "above annual inflation"
    return na.end, nb.end


def _place_after(ctx: PairContext, x: Token, y: Token) -> tuple[int, int] | None:
    """Where the name after a compass point and "of" ends in each side ("east of Abidjan" / "west of Abidjan"): the
    change is shown with the place it is told from."""
    if x.key not in _COMPASS or y.key not in _COMPASS:
        return None
    found = _object_through(ctx, x, y)
    if found is None or not found[2]:
        return None  # right after the word: _same_noun_after's to show
    return found[0].end, found[1].end


_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})


_TIME_BEFORE = frozenset({"last", "next", "previous", "past", "following", "same", "first", "other", "early", "late"})
# "shrank last year": when, not what was changed


def _forms(word: str) -> frozenset[str]:
    """A word as written and its base forms ("cars": car, "older": old, "gone": go)."""
    return wordnet().base_forms(word) | {word}


def _parts(word: str) -> set[str]:
    """The parts of speech WordNet gives any of the word's forms: "n", "v", "a", "s", "r"."""
    wn = wordnet()
    return {t[:1] for w in _forms(word) for t in wn.senses(w)}


def _naming(word: str) -> bool:
    """A word WordNet has as a noun, as written or in its base form ("cars": car)."""
    return "n" in _parts(word)


def _describing(word: str) -> bool:
    """A word WordNet has as an adjective, as written or in its base form ("older": old)."""
    return bool(_parts(word) & {"a", "s"})


def _degree_before(text: str, start: int) -> int:
    """Where a word's value begins with the degree word and the "no" before it: "too low" / "too high", "no winners" /
    "no losers" is the change shown."""
    m = _DEGREE.search(text, max(0, start - 14), start)
    start = m.start() if m else start
    d = _NO_BEFORE.search(text, max(0, start - 5), start)
    return d.start() if d else start


DENIAL_REACH = 10  # tokens back from a word to the verb of denial of its clause ("denied knowing that the works were")
_DENIALS = frozenset({"deny", "denies", "denied", "denying", "dispute", "disputes", "disputed", "disputing"})


def _denied(side: PairSide, tok: Token) -> bool:
    """A verb of denial before the word in its clause: what follows is said not to be so ("Knoedler has denied any
    wrongdoing, and its former president has said she believed the works were genuine": another clause)."""
    return side.cue_before(tok.start, DENIAL_REACH, lambda t: t.text.lower() in _DENIALS, clause_break)


def _infinitive(side: PairSide, tok: Token) -> bool:
    """The word, or the verb it follows ("vote for"), stands after "to": what someone would or might do."""
    before = [t for t in side.facts.tokens if t.end <= tok.start]
    if before and before[-1].text.lower() == "to":
        return True
    return len(before) >= 2 and before[-1].kind == "word" and before[-2].text.lower() == "to" \
        and tok.text.lower() in _PREPOSITION_OPPOSITES


_PREPOSITION_OPPOSITES = {"for", "against", "in", "out", "up", "down", "on", "off", "with", "without"}


def _subjects(ctx: PairContext, x: Token, y: Token) -> tuple[str | None, str | None]:
    from ..match import _subject_of

    return _subject_of(ctx.a.facts, x.start), _subject_of(ctx.b.facts, y.start)


_PARTICLES = {"up", "down", "in", "out", "on", "off", "over", "back", "away"}
# phrasal verbs and the one word they mean, so that their opposites are known: "had accepted an offer" / "had
# turned down an offer"
_PHRASAL = {("turn", "down"): "reject", ("call", "off"): "cancel", ("shut", "down"): "close",
            ("close", "down"): "close", ("pull", "out"): "withdraw", ("back", "out"): "withdraw",
            ("give", "up"): "surrender", ("put", "off"): "postpone", ("set", "up"): "establish"}
_PHRASAL_PARTICLES = frozenset(particle for _, particle in _PHRASAL)


def _phrasal_meanings(words: list[Token]) -> dict[int, str]:
    """The one word each phrasal verb of a claim means, by its verb token's id: the verb, then its particle."""
    from ..wordnet import wordnet

    out: dict[int, str] = {}
    for tok, nxt in zip(words, words[1:]):
        particle = nxt.text.lower()
        if particle not in _PHRASAL_PARTICLES:
            continue
        meant = next((_PHRASAL[(b, particle)] for b in wordnet().base_forms(tok.text.lower()) | {tok.text.lower()}
                      if (b, particle) in _PHRASAL), None)
        if meant is not None:
            out[id(tok)] = meant
    return out


def _particles_of_other_verbs(ctx: PairContext, x, y) -> bool:
    """Two particles whose verbs differ are no opposites: "stepped down" / "gave up" both say "resigned"."""
    if x.text.lower() not in _PARTICLES or y.text.lower() not in _PARTICLES:
        return False

    def verb(side, tok) -> str | None:
        words = side.facts.words
        k = position(words, tok)
        return words[k - 1].key if k else None

    return verb(ctx.a, x) != verb(ctx.b, y)


_WEAKLY = {"insufficiently", "inadequately", "barely", "hardly", "scarcely", "poorly"}


def _scoped_by_insufficiently(ctx: PairContext, x, y) -> bool:
    """An adverb that negates a list it heads ("insufficiently equipped and experienced") before the plain word
    of a prefixed pair: both versions say the same."""
    for side, tok in ((ctx.a, x), (ctx.b, y)):
        words = side.facts.words
        k = position(words, tok)
        if k is not None and any(t.text.lower() in _WEAKLY for t in words[max(0, k - 5):k]):
            return True
    return False


def _first_since(ctx: PairContext, x, y) -> bool:
    """ "The first ... since X" says what "the last ... was X" says."""
    pair = {x.text.lower(), y.text.lower()}
    if pair != {"first", "last"}:
        return False
    first_side = ctx.a if x.text.lower() == "first" else ctx.b
    return "since" in {t.text.lower() for t in first_side.facts.words}


def _negation_for_prefix(ctx: PairContext, x: Token, y: Token) -> bool:
    """One word negated by its prefix ("unknown"), the other by a negation a few words before it ("not be
    known") or lessened right before it ("less reliable" / "unreliable"): they say the same."""
    if not morphological_opposites(x.text, y.text):
        return False

    def negated(side, tok) -> bool:
        words = side.facts.words
        k = position(words, tok)
        return k is not None and (any(t in side.facts.negations for t in words[max(0, k - 3):k])
                                  or k > 0 and words[k - 1].text.lower() in _LESSENING)

    return negated(ctx.a, x) != negated(ctx.b, y)


_LESSENING = frozenset({"less", "hardly", "barely", "scarcely"})  # "less reliable data" / "unreliable data": the
# plain word lessened says what its prefix says


_PARTITIVE = {"quarter", "semi", "half", "eighth"}


_TIME_ORDER = frozenset({"before", "after"})


def _of_which(side: PairSide, tok: Token) -> bool:
    """The word opens a relative clause: "after which", "before which"."""
    nxt = next((t for t in side.facts.words if t.start >= tok.end), None)
    return nxt is not None and nxt.text.lower() == "which"


def _after_hyphen(text: str, tok: Token) -> bool:
    """The second part of a stage's name ("quarter-finals", "semi-final"): the compound names another stage, not
    the opposite of "first". ("pre-recorded" / "live" and "Mind-aware" / "Unmindful" stay opposites.)"""
    if tok.start < 2 or text[tok.start - 1] != "-":
        return False
    head = re.search(r"([A-Za-z]+)$", text[:tok.start - 1])
    return head is not None and head.group(1).lower() in _PARTITIVE


def _hyphen_prefixed(ctx: PairContext, op) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """One word against a prefix and a word written with a hyphen, opposite by their prefixes:
    "megacluster" / "mini-cluster". Spans, if so."""
    for one, two, text in ((op.a, op.b, ctx.b.text), (op.b, op.a, ctx.a.text)):
        if len(one) != 1 or len(two) != 2 or text[two[0].end:two[1].start] != "-":
            continue
        if morphological_opposites(one[0].text, two[0].text + two[1].text):
            spans = ((one[0].start, one[0].end), (two[0].start, two[1].end))
            return spans if one is op.a else (spans[1], spans[0])
    return None
