"""Findings -> findings whose values carry the words that make them readable.

A rule reports the value it compared: "Monday", "10", "had not contacted",
"maybe". An editor reads "on Monday" / "on Sunday", "10 nominations" /
"11 nominations", "had not contacted her" / "had contacted her", "maybe the
worst" / "certainly the worst" faster, and can search the copy for them.
Each side is widened on its own, within its sentence, by at most a word or
two: the preposition that governs a date, figure or place; what a figure
counts; a predicate's object and the verb it depends on ("agreed to let");
the content words before and after a changed word of a quotation; the speech verb next to a speaker's name.
The message a rule wrote is left as it is.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .facts import (_FULL_MONTHS, _ORDINAL_WORDS, _PARTICLES, _RELATIVE_PERIOD, _SMALL, _TO_BE, _WEEKDAYS, DEMONYM,
                    DETERMINERS, PLACE_NOUNS)
from .model import Finding, Side

_PREPOSITIONS = {"on", "in", "at", "by", "into", "to", "from", "since", "until", "till", "before", "after", "for",
                 "over", "under", "near"}
_PLACE_PREPOSITIONS = {"against", "outside", "across", "off", "via"}  # "against Zimbabwe", "off Sumatra"
_FUNCTION = {"the", "a", "an", "of", "to", "in", "on", "at", "and", "or", "but", "for", "with", "by", "from", "as",
             "that", "this", "be", "is", "was", "are", "were", "been", "being", "has", "have", "had", "do", "does",
             "did", "will", "would", "could", "should", "can", "may", "might", "must", "it", "its", "their", "they",
             "he", "she", "his", "her", "him", "them", "we", "our", "you", "your", "i", "my", "me", "us", "who",
             "which", "than", "then", "so", "if", "not", "no", "very", "just", "also", "all", "some", "any"}
_DEGREES = frozenset({"more", "less", "most", "least"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+) $")
_VERB_TO_BEFORE = re.compile(r"([a-z]+) to $")  # "agreed to" let
_WORD_AFTER = re.compile(r" ([A-Za-z][A-Za-z'’-]*)")
_NOUN_AFTER = re.compile(r"[ -]([A-Za-z][A-Za-z'’]*)")  # "10 nominations", "eight-storey"
_CONTENT_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’-]*) $")
# a value that ends in its figure ("10", "79th", "eight"), not in a word that already says what it is ("5 million")
_ENDS_IN_FIGURE = re.compile(r"(?:\d[\d,.]*(?:st|nd|rd|th)?|" + "|".join(sorted(_SMALL) + sorted(_ORDINAL_WORDS))
                             + r")$", re.IGNORECASE)
_ENDS_IN_ORDINAL = re.compile(r"(?:\d(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r")$", re.IGNORECASE)
_SPEECH = re.compile(r"^(?:said|says|told|added|wrote|asked)\b")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|added)(?: (?:Mr|Mrs|Ms|Dr)\.?)? $")
_SPEECH_ROLE_BEFORE = re.compile(r"\b(?:said|says|added)((?: [A-Za-z][A-Za-z.-]*){1,3}) $")

_LEFT = {"WC105", "WC110", "WC120"}  # "on Monday", "into five", "in Culiacan"
_COUNTED = {"WC110"}  # "10 nominations"
_OF_WHOLE = re.compile(r" (?:out )?of (?:every |the |its |their |[A-Za-z]+(?:'s|’s) ){0,2}"
                       r"(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?(?![\d%])")
# a passive's auxiliaries ("was being treated", "had been refused"), not a perfect's alone ("has denied")
_AUXILIARIES_BEFORE = re.compile(r"\b((?:(?:has|have|had)\s+)?(?:(?:was|were|is|are|be|been|being)\s+)+)\Z")
_OBJECT = {"WC140"}  # "had not contacted her"
_QUOTED = {"WC130"}  # "maybe the worst", "wrong from the start"
_SPOKEN = {"WC102", "WC131"}  # "Skilling said", "said Mr Levin": who said it
_SUBJECT = {"WC141"}  # "the dollar fell" / "the dollar rose", "widespread use" / "limited use"
_TERM = {"WC150"}  # "first day" / "first year"
_NAMED = {"WC102", "WC105", "WC106"}  # "NATO-led", "Basel-based": a name with the participle glued to it
# what a place names after it: "the Munich district court", "in Kachin state" (not "Lower Saxony south of", "in
# Sydney last November")
_PLACE_HEADS = PLACE_NOUNS | {"court", "council", "area", "territory", "government", "authorities", "police",
                              "municipality", "oblast", "governorate", "department", "parish", "township"}
_FACILITIES = {"airport", "port", "station", "harbour", "harbor", "prison", "jail", "hospital", "stadium", "airbase"}
_ACRONYM_AFTER = re.compile(r" \([A-Z][A-Z&.]{1,7}\)")
_GLUED_PARTICIPLE = re.compile(r"-([a-z]+ed|run|held|made)\b")
# the period a figure is of, right after it: "3.5% in March", "14.7 percent in April", "$10.01 on Tuesday"
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"  # a space, or a line break inside a paragraph (a re-wrapped sentence)
_PERIOD_AFTER = re.compile(_GAP + r"(?:in|on)" + _GAP + "(?:" + "|".join(
    w.capitalize() for w in sorted(_FULL_MONTHS | set(_WEEKDAYS))) + r")\b")
# the size of a move after its verb: "fell 2.3 percent" / "rose 2.3 percent", "dropped by $1.50"
_MOVE_AFTER = re.compile(r" (?:by )?(?:about |nearly |almost |some |around )?[$£€]?\d[\d,.]*\d?"
                         r"(?: ?(?:%|percent\b|per cent\b|percentage points?\b|points?\b|cents?\b|pence\b))?")
_NEGATED_BEFORE = re.compile(r"\b(?:(?:do|does|did|will|would|could|can|should|is|was|are|were|had|has|have)\s+)?"
                             r"(?:not|never)\s+$")
_DATED = {"WC120"}  # "held on Friday"
_WEEKDAY_BEFORE = re.compile(r"\b(" + "|".join(w.capitalize() for w in _WEEKDAYS) + r"),? $")  # "Thursday, " July 4
_PARTS_OF_DAY = {"night", "morning", "evening", "afternoon"}
_TIME_OF_DAY_BEFORE = re.compile(r"\b(?:(?:early|small|late|wee) hours of|midnight|noon|dawn|dusk|late|early)(?: on)? $"
                                 r"|\b(?:end|start|beginning|middle|half|quarter) of $", re.IGNORECASE)
# a role set off by commas before a name: "the Alberta premier, " (Rachel Notley, said)
_ROLE_SET_OFF_BEFORE = re.compile(r"\b(?:the|his|her|its|their) (?:[A-Za-z][\w.'’-]* ){0,3}[a-z]+, $")
_ROLE_BEFORE = {"WC106"}  # "the ruling Awami League" / "the opposition Bangladesh Nationalist Party"
_ARTICLES = {"a", "an", "the"}
_DETERMINERS = _ARTICLES | {"our", "their", "his", "its", "my", "your"}  # "not our first choice" ("her" may be the
# object: "had not contacted her before")
# a role set off by commas after a name, opening with a determiner: ", the U.N. emergency relief coordinator,"
_APPOSITION = re.compile(r", ((?:the|his|her|its|their|a|an|[A-Z][\w.-]*['’]s) [^,;:\"“”()]{2,60}?)"
                         r"(?=,|\.\s*$|\.\s+[A-Z\"“]|$)")
_SAID_HOW = re.compile(r" (?:in a (?:written |brief |short )?statement|in an interview|on (?:Twitter|X|Facebook))\b")
_TOLD_WHOM = re.compile(r"( (?:the )?[a-z]+(?: [a-z]+)?)(?=[.,;:]|$| in | at | on | that )")  # "told reporters"
_PREFIX_BEFORE = re.compile(r"\b((?:[Vv]ice|[Dd]eputy|[Ee]x|[Cc]o|[Aa]cting)-)$")
_CAPITALISED_BEFORE = re.compile(r"([A-Z][A-Za-z]+\.?) $")
_JOINED_BEFORE = re.compile(r"([A-Z][A-Za-z]+ (?:and|&) )$")  # "Health and " inside a body's name
_TITLE_BEFORE = re.compile(r"([A-Za-z][a-z]+\.?) $")  # a title word, capitalised or not: "spokesman", "Justice"


def with_context(findings: list[Finding], texts: dict[str, str]) -> list[Finding]:
    """Each finding with both values widened as the module says (spans and values together)."""
    return [_widen(f, texts) for f in findings]


_CLOCK_SHOWN = re.compile(r"\s?[aApP]\.?[mM]\b\.?(?:\s*\(?(?:[A-Z]{1,4}T|GMT|UTC)\b\)?|\s+local time\b)?")


def _widen(f: Finding, texts: dict[str, str]) -> Finding:
    if f.rule not in _LEFT | _COUNTED | _OBJECT | _QUOTED | _SPOKEN | _ROLE_BEFORE | _SUBJECT | _TERM | _NAMED:
        return f
    a, b = _side(f.rule, f.a, texts.get(f.a.version)), _side(f.rule, f.b, texts.get(f.b.version))
    return f if (a, b) == (f.a, f.b) else replace(f, a=a, b=b)


def _nationality(word: str) -> bool:
    """A nationality word ("Japanese video game developer": it describes the noun), not a place the gazetteer
    knows ("Munich district court": the place names the body)."""
    from .lexicon import lexicons

    return bool(DEMONYM.fullmatch(re.split(r"[\s-]", word)[-1])) and word.lower() not in lexicons().places


def _side(rule: str, s: Side, text: str | None) -> Side:
    start, end = s.span
    if text is None or end <= start or text[start:end] != s.value:
        return s  # a value that is not the text at its span (a composed message): leave it
    lo, hi = _sentence_bounds(text, start, end)
    if rule in _DATED and (m := _WEEKDAY_BEFORE.search(text, lo, start)):
        start = m.start(1)  # "from Thursday, July 4": the day with its date
    if rule in _LEFT and (m := _WORD_BEFORE.search(text, lo, start)) and (m.group(1).lower() in _PREPOSITIONS or (
            rule == "WC105" and m.group(1).lower() in _PLACE_PREPOSITIONS)):
        start = m.start(1)
        if rule in _DATED and (v := _WORD_BEFORE.search(text, lo, start)) and v.group(1).islower() \
                and v.group(1) not in _FUNCTION and _inflected_verb(v.group(1)):
            start = v.start(1)  # "scheduled for Saturday" / "held on Friday": what happened that day
    if rule in _DATED and (m := _WORD_BEFORE.search(text, lo, start)) and m.group(1).lower() in _RELATIVE_PERIOD:
        start = m.start(1)  # "last Thursday" / "on Friday": the copy's own words for the day
    if rule in _DATED and (m := _TIME_OF_DAY_BEFORE.search(text, lo, start)):
        start = m.start()  # "midnight on Thursday" / "the early hours of Wednesday", "late on Tuesday", "the end of
        # 2017": the part of the day or period the copy names
    if rule in _DATED and (m := _WORD_AFTER.match(text, end, hi)) and m.group(1).lower() in _PARTS_OF_DAY:
        end = m.end(1)  # "on Wednesday night" / "on Tuesday night"
    clock = _CLOCK_SHOWN.match(text, end, hi) if rule in _COUNTED else None
    whole = _OF_WHOLE.match(text, end, hi) if rule in _COUNTED and _ENDS_IN_FIGURE.search(text, start, end) else None
    if whole:
        end = whole.end()  # "in 11 of Germany's 16 federal states", "around 9 out of every 10": a part with its whole
    elif clock:
        end = clock.end()  # "7 p.m. EST" / "8am (AEST)": a time of day with its zone
    elif rule in _COUNTED and _ENDS_IN_FIGURE.search(text, start, end) and (m := _NOUN_AFTER.match(text, end, hi)):
        ordinal = bool(_ENDS_IN_ORDINAL.search(text, start, end))
        if m.group(1).islower() and _noun(m.group(1), only=not ordinal):  # "79th minute" (minute: also an adjective)
            end = m.end(1)
        elif m.group(1)[:1].isupper() and (n := _WORD_AFTER.match(text, m.end(1), hi)) and n.group(1).islower() \
                and _noun(n.group(1)):
            end = n.end(1)  # "13 French institutions"
    if rule in _OBJECT and (m := _WORD_AFTER.match(text, end, hi)) and not m.group(1).islower() \
            and (n := _WORD_AFTER.match(text, m.end(1), hi)) and n.group(1).islower() and n.group(1) not in _FUNCTION \
            and _noun(n.group(1), only=False):
        end = m.end(1)  # "had not broken EU rules": a name that qualifies the object comes with it
    if rule in _OBJECT and s.value.islower() and " " not in s.value and (m := _WORD_BEFORE.search(text, lo, start)) \
            and m.group(1) in _PREPOSITIONS:
        start = m.start(1)  # "was on bail" / "had been refused bail": the state with its preposition
    elif rule in _OBJECT and (m := _WORD_AFTER.match(text, end, hi)) and m.group(1).islower() \
            and m.group(1) not in ("not", "never"):  # "had been warned not to work": its own negation, no object
        end = m.end(1)
        if m.group(1) == "as" and (p := _WORD_AFTER.match(text, end, hi)) and p.group(1).islower():
            end = p.end(1)  # "was being treated as suspicious": what it was treated as
        if (p := _WORD_AFTER.match(text, end, hi)) and p.group(1) in _VERB_PARTICLES:
            m, end = p, p.end(1)  # "had not been ruled out" / "had been ruled out": the particle is the verb's
        if m.group(1).lower() in _DETERMINERS and (o := _WORD_AFTER.match(text, end, hi)):
            m, end = o, o.end(1)  # "won a majority" / "failed to win the Western": the object, not its article
        if (a := _WORD_BEFORE.search(text, lo, m.start(1))) and a.group(1).lower() in _DETERMINERS \
                and m.group(1).islower() and not _noun(m.group(1)) and (n := _WORD_AFTER.match(text, end, hi)) \
                and n.group(1).islower() and n.group(1) not in _FUNCTION and _noun(n.group(1), only=False):
            end = n.end(1)  # "were not a fair reflection": the noun the adjective after the article describes
    if rule in _COUNTED and (m := _PERIOD_AFTER.match(text, end, min(len(text), end + 40))):
        end = m.end()  # the same whether or not the copy is re-wrapped there (findings' ids rely on it)
    if rule in _SUBJECT:
        start, end = _with_subject_or_noun(text, lo, hi, start, end)
        if _inflected_verb(text[s.span[0]:s.span[1]]) and (m := _MOVE_AFTER.match(text, end, hi)):
            end = m.end()
        if text[s.span[0]:s.span[1]].lower() in _DEGREES and (m := _WORD_AFTER.match(text, end, hi)) \
                and m.group(1).islower() and m.group(1) not in _FUNCTION:
            end = m.end(1)  # "is less profitable" / "is more profitable": what the degree grades
        if (m := _WORD_AFTER.match(text, end, hi)) and m.group(1).lower() == "than":
            end = m.end(1)  # "better than" / "worse than" forecast: what the comparison is against
    if rule in _TERM and (m := _WORD_BEFORE.search(text, lo, start)) and m.group(1).lower() in _ORDINAL_WORDS:
        start = m.start(1)  # "first day" / "first year"
    if rule in _OBJECT and (m := _VERB_TO_BEFORE.search(text, lo, start)) and m.group(1) not in _FUNCTION:
        start = m.start(1)  # "agreed to let" / "refused to let"
    elif rule in _OBJECT and (m := _AUXILIARIES_BEFORE.search(text, lo, start)):
        start = m.start(1)  # "was being treated" / "was not being treated": the verb with its auxiliaries
    name = text[s.span[0]:end]  # the place as the rule gave it, not the preposition widened before it ("in Kachin")
    if rule == "WC105" and name[:1].isupper() and not _nationality(name) and not name.endswith(("'s", "’s")):
        for _ in range(2):  # "the Munich district court" / "the Frankfurt district court": the body the place names
            m = _WORD_AFTER.match(text, end, hi)
            if m is None or m.group(1) not in _PLACE_HEADS:
                break
            end = m.end(1)
    if rule in _NAMED and (m := _GLUED_PARTICIPLE.match(text, end, hi)):
        end = m.end(1)  # "NATO-led" / "U.N.-led", "Basel-based" / "Zurich-based": what the name does there
    if rule in _NAMED and (m := _WORD_AFTER.match(text, end, hi)) and m.group(1) in _FACILITIES:
        end = m.end(1)  # "at Cairo airport" / "at Alexandria airport": the place is the airport, not the city
    if rule in _NAMED and (m := _ACRONYM_AFTER.match(text, end, hi)):
        end = m.end()  # "the Australian Security Intelligence Organisation (ASIO)" / "the AFP": both its names
    if rule in _SPOKEN | _ROLE_BEFORE:
        start = _role_before(text, lo, start, rule)
    if rule in _SPOKEN:
        if text[end - 2:end] in ("'s", "’s") and (m := _WORD_AFTER.match(text, end, hi)) and m.group(1).islower() \
                and _noun(m.group(1), only=False) and not _inflected_verb(m.group(1)):
            end = m.end(1)  # "Giorgos Karagounis's corner": what of the person's it is
        if m := _APPOSITION.match(text, end, hi):
            end = m.end(1)  # "Jan Egeland, the U.N. emergency relief coordinator," / "Peter Costello, his Treasurer"
        set_off = end > s.span[1]
        if (m := _ROLE_SET_OFF_BEFORE.search(text, lo, start)) and text[end:end + 1] == ",":
            start, set_off = m.start(), True  # "the Alberta premier, Rachel Notley, said"
        gap = len(text[end:hi]) - len(text[end:hi].lstrip(" ,"))  # ", told" after the role set off by commas
        if (m := _SPEECH.match(text[end + gap:hi])) and ("," not in text[end:end + gap] or set_off):
            end = end + gap + m.end()
            if m.group(0) == "told" and (o := _TOLD_WHOM.match(text, end, hi)):
                end = o.end(1)  # "Howard told party supporters"
            elif o := _SAID_HOW.match(text, end, hi):
                end = o.end()  # "MacGregor said in a statement", "Hassabis wrote on Twitter": how it was said
        elif m := _SPEECH_BEFORE.search(text, lo, start):
            start = m.start()
        elif (m := _SPEECH_ROLE_BEFORE.search(text, lo, start)) and all(
                w[:1].isupper() or w.lower() in _titles() for w in m.group(1).split()):
            start = m.start()  # "said Mannesmann chief Klaus Esser"
    if rule in _QUOTED:
        left = start
        for _ in range(3):  # back to the content word before: "fear with hope" / "fear with change"
            m = _CONTENT_BEFORE.search(text, lo, left)
            if m is None or '"' in text[m.start():left] or "“" in text[m.start():left]:
                break
            left = m.start(1)
            if m.group(1).lower() not in _FUNCTION:
                start = left  # only as far as a content word: not "I have deep remorse"
                break
        if start == s.span[0] and (m := _WORD_BEFORE.search(text, lo, start)) and m.group(1).lower() in _ARTICLES:
            start = m.start(1)  # "a great chance" / "a real chance"
        if start == s.span[0] and (m := _NEGATED_BEFORE.search(text, lo, start)):
            start = m.start()  # "did not want to know" / "did not need to know": the negation is what was said
        for _ in range(3):  # up to the next content word
            m = _WORD_AFTER.match(text, end, hi)
            if m is None:
                break
            end = m.end(1)
            if m.group(1).lower() not in _FUNCTION:
                break
        if (m := _WORD_AFTER.match(text, end, hi)) and m.group(1).lower() in ("ago", "later", "earlier"):
            end = m.end(1)  # "about a year ago" / "about two years ago": the time the words say
    if rule in _QUOTED | _TERM | _SUBJECT | _OBJECT:
        start, end = _whole_words(text, start, end)  # "nuclear-free era" / "nuclear-safe era", not "free era"
    return s if (start, end) == s.span else Side(s.version, s.claim, (start, end), text[start:end])


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A span widened to whole hyphened words, a word character at a time on either side."""
    while start > 1 and text[start - 1] == "-" and text[start - 2].isalnum():
        start -= 1
        while start > 0 and _word_char(text[start - 1]):
            start -= 1
    while end + 1 < len(text) and text[end] == "-" and text[end + 1].isalnum():
        end += 1
        while end < len(text) and _word_char(text[end]):
            end += 1
    return start, end


def _word_char(c: str) -> bool:
    """What the regular expression `\\w` matches."""
    return c.isalnum() or c == "_"


_VERB_PARTICLES = {"out", "off", "up", "down", "away", "back", "over"}
_COMPARATIVE = re.compile(r"(?:high|low|great|small|larg|bigg|strong|weak|fast|slow)er|more|less|fewer", re.IGNORECASE)


def _with_subject_or_noun(text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """A changed predicate or quality with what it is of: the subject of a moved verb ("the dollar fell"), the noun
    an adjective describes ("widespread use"), the verb a direction follows ("fled north")."""
    before = _WORD_BEFORE.search(text, lo, start)
    attributive = before is not None and before.group(1).lower() in _FUNCTION | _PREPOSITIONS  # "for limited use"
    if before is not None and before.group(1) in _TO_BE and _inflected_verb(text[start:end]) \
            and text[start:end].endswith("ed"):
        start = before.start(1)  # "was rejected" / "was approved": the passive shown whole
    elif _inflected_verb(text[start:end]) and not attributive:
        if before is not None and before.group(1).islower() and _noun(before.group(1), only=False):
            start = before.start(1)  # "the dollar fell" / "the dollar rose": what moved
    elif (m := _WORD_AFTER.match(text, end, hi)) and m.group(1).islower() and _noun(m.group(1), only=False) \
            and not _inflected_verb(m.group(1)) and (attributive or not _noun(text[start:end], only=False)
                                                     or _COMPARATIVE.fullmatch(text[start:end])) \
            and not text[start:end].split()[-1][:1].isupper():  # "... to Johannesburg two years ago": a name ends it
        end = m.end(1)  # "widespread use" / "limited use": the adjective with what it describes
    elif before is not None and before.group(1).islower() and _inflected_verb(before.group(1)) \
            and not _inflected_verb(text[start:end]):
        start = before.start(1)  # "fled north" / "fled south": the direction of what was done
    return start, end


def _role_before(text: str, lo: int, start: int, rule: str) -> int:
    """Where a name's shown role begins: a person's title words ("Justice Clarence Thomas"), a body's modifier
    after a determiner ("the ruling Awami League")."""
    if rule in _SPOKEN:
        if (m := _WORD_BEFORE.search(text, lo, start)) and m.group(1) in _PARTICLES:
            start = m.start(1)  # "de Merode said": the particle is part of the surname
        titles = _titles()
        titled = False
        while (m := _TITLE_BEFORE.search(text, lo, start)) and m.group(1).lower().rstrip(".") in titles:
            start, titled = m.start(1), True
            if (p := _PREFIX_BEFORE.search(text, lo, start)) is not None:
                start = p.start(1)  # "Vice-Chairman", "Deputy-Governor": the prefix is part of the title
        for _ in range(3 if titled else 0):  # "NASA spokesman Steve Nesbitt", "Deutsche Bahn chief executive
            # Johannes Ludewig": whose office, up to three words of its name
            m = _CAPITALISED_BEFORE.search(text, lo, start)
            if m is None and (joined := _JOINED_BEFORE.search(text, lo, start)) \
                    and not _CAPITALISED_BEFORE.search(text, lo, joined.start(1)) \
                    and not text[lo:joined.start(1)].rstrip().endswith(","):
                start = joined.start(1)  # "Health and Human Services Secretary Otis Bowen": "and" inside the name;
                continue  # not "Francois Hollande and ..." nor "Merkel, Hollande and Spanish Prime Minister": people
            if m is None or m.group(1).lower() in _FUNCTION | titles:
                break
            start = m.start(1)
        return start
    m = _WORD_BEFORE.search(text, lo, start)
    if m and m.group(1).islower() and m.group(1) not in _FUNCTION:
        det = _WORD_BEFORE.search(text, lo, m.start(1))
        if det and det.group(1).lower() in DETERMINERS:
            return m.start(1)
    return start


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    """The title words of the lexicons ("justice", "chief") and the courtesy titles ("Mr", "Mrs")."""
    from .lexicon import lexicons

    lex = lexicons()
    return frozenset(lex.titles | {h.rstrip(".") for h in lex.honorifics})


def _inflected_verb(word: str) -> bool:
    """A verb written in a tense ("fell", "climbed", "rises"), not an adjective ("generous") or a base form."""
    from .wordnet import wordnet

    wn = wordnet()
    w = word.lower()
    regular = w.endswith(("ed", "ing", "s"))
    if not (regular or w in wn.irregular()):
        return False
    return any(b != w and (regular or not w.startswith(b)) and any(x[0] == "v" for x in wn.senses(b))
               for b in wn.base_forms(w))  # "fell" is fall's, "held" hold's; "offer" is no comparative of "off"


def _noun(word: str, only: bool = True) -> bool:
    """Only a noun in WordNet ("nominations", "touchdowns"; not "out", "were", "more"); with only=False, a noun
    among other senses ("minute")."""
    from .wordnet import wordnet

    wn = wordnet()
    senses = [s for b in wn.base_forms(word.lower()) for s in wn.senses(b)]
    test = all if only else any
    return bool(senses) and test(s[0] == "n" for s in senses) and word.lower() not in _FUNCTION


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The line around a span: widening never crosses into another sentence or paragraph."""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    return lo, len(text) if hi < 0 else hi
