"""Two values of one kind: could they be compared, and could both be true?

The value knowledge of the rules (units and conversions, rounding and hedges,
dates resolved against datelines, aliases and surnames) applied to two facts
that the story matcher paired, wherever they stand in their versions.
"""
from __future__ import annotations

from dataclasses import replace

from .entities import near_spelling, same_entity
from .extract import NATIONALITY, ORIGIN, in_one_list
from .normalize import fold_accents
from .extract import Clock, Fact, same_moment, stem
from .facts import _FRACTIONS, PLACE_NOUNS, DateRef, Name, Quantity, is_water

_RESOLVED = ("day", "month", "year")


# role nouns that name no one in particular: "a 25-year-old man" and "a 27-year-old man" may be two people
_ANYONE = {"man", "men", "woman", "women", "person", "peopl", "people", "boy", "girl", "child", "resident", "victim",
           "mother", "father", "son", "daughter", "wife", "husband", "friend", "patient", "worker"}


def same_role(x: Fact, y: Fact) -> bool:
    """Two ages of one role the story has one of, named by the same noun and no other person: "their 25-year-old
    coach" / "their 27-year-old coach"."""
    nx, ny = getattr(x.item, "noun", None), getattr(y.item, "noun", None)
    other_people = bool(x.people and y.people and not x.people & y.people)
    return bool(nx) and nx == ny and nx not in _ANYONE and not other_people


def comparable(x: Fact, y: Fact) -> bool:
    """Of one kind and measure: figures of compatible units, a person's ages, dates, names of one kind."""
    if x.kind != y.kind:
        return False
    if x.kind == "quantity":
        from .rules.numbers import _compatible, _other_level

        qx, qy = x.item, y.item
        if isinstance(qx, Clock) or isinstance(qy, Clock):  # times of day, in one zone (or none said), or in two
            # zones whose offsets are known ("7 p.m. EST" / "10am AEST")
            return isinstance(qx, Clock) and isinstance(qy, Clock) and same_moment(qx, qy) is not None
        assert isinstance(qx, Quantity) and isinstance(qy, Quantity)
        if (qx.unit == "age") != (qy.unit == "age") or qx.part != qy.part or _other_level(qx, qy):
            return False  # "two laps remaining" / "the 69th of 71 laps": a part of a whole (left or added), the whole
        if _range_end(x, "bottom") and y.item.hedge == "upper" or _range_end(y, "bottom") and x.item.hedge == "upper":
            return False  # "estimated at 800,000 to 1.2 million pounds" / "expected to fetch up to £2m": the top of
            # the estimate stands against the bound, not its bottom
        if qx.unit == "age":
            return bool(x.people & y.people) or same_role(x, y)  # the same person's age, wherever it is said
        if (qx.noun in _FRACTIONS) != (qy.noun in _FRACTIONS):
            return False  # "holding him off by two tenths of a second" / "three-time winner Helio Castroneves": parts
            # of a unit are no count of things
        if qx.unit is None and qy.unit is None:
            return True  # what bare figures count, the anchors decide (match.py asks more of them)
        return _compatible(qx, qy)
    if x.kind == "score":
        return True
    if x.kind == "polarity":
        return False  # matched by match.match_polarity, never by value
    if x.kind == "date":
        dx, dy = x.item, y.item
        assert isinstance(dx, DateRef) and isinstance(dy, DateRef)
        # "in 2019" / "on Jan. 1", "since August" / "on Monday": another granularity is another statement,
        # unless one contains the other
        return dx.granularity == dy.granularity or dx.contains(dy) or dy.contains(dx) or _month_of_years(dx, dy)
    if x.kind == "name":
        nx, ny = x.item, y.item
        assert isinstance(nx, Name) and isinstance(ny, Name)
        if "person" in (nx.kind, ny.kind):
            return nx.kind == ny.kind and not _other_offices(nx, ny)
        if (NATIONALITY <= x.near and ny.kind != "place" and not NATIONALITY <= y.near) or (
                NATIONALITY <= y.near and nx.kind != "place" and not NATIONALITY <= x.near):
            return False  # "by European missile maker MBDA" / "by Thales": where the maker is from, not the maker
        # a name of no known kind ("Tho Chu", "LaGuardia Airport") may stand where a place or body stands, but not
        # where a body stands when it is said to be near something ("samples taken near Kolontar" / "by WWF")
        if nx.kind == ny.kind == "place" and is_water(nx) != is_water(ny):
            return False  # "Koh Phi Phi Leh in Krabi province" / "Koh Phi Phi Leh in the Andaman Sea": the island is
            # in both, one a province, the other a sea
        if _state_of_a_country(nx, ny) or _state_of_a_country(ny, nx):
            return False  # "A Wisconsin dentist" / "An American dentist": both can be true; the state is compared
            # with the other version's state, if it names one ("a dentist from Minnesota")
        if {nx.kind, ny.kind} == {"other", "org"}:
            other, org = (x, y) if nx.kind == "other" else (y, x)
            if other.near & _NEAR_PREPS and not org.near & _NEAR_PREPS:
                return False
        return nx.kind == ny.kind or "other" in (nx.kind, ny.kind)
    return False


def _month_of_years(x: DateRef, y: DateRef) -> bool:
    """A day and a month, both with their years, in the same month of two years: "on December 7, 2002" / "in
    December 2003" is one date with its year changed (the day left out)."""
    if {x.granularity, y.granularity} != {"day", "month"}:
        return False
    px, py = x.value.split("-"), y.value.split("-")
    return (len(px) >= 2 and len(py) >= 2 and px[0].isdigit() and py[0].isdigit() and px[0] != py[0]
            and px[1] == py[1])


_NEAR_PREPS = frozenset({"prep:near", "prep:outside"})  # what comes after these is a place


def _state_of_a_country(state: Name, country: Name) -> bool:
    """A state against a country: another size of place, not another place."""
    from .lexicon import lexicons

    places = lexicons().places
    return (len(state.keys) == 1 and places.get(state.keys[0]) == "state" and len(country.keys) == 1
            and (places.get(country.keys[0]) == "country" or country.keys[0] in ("us", "uk")))


def _other_offices(x: Name, y: Name) -> bool:
    """Two people whose titles name different countries or bodies: "Minnesota Attorney General Keith Ellison" /
    "U.S. Attorney General Merrick Garland" hold two offices, not one."""
    from .lexicon import affiliations

    ax, ay = set(x.role) & affiliations(), set(y.role) & affiliations()
    return bool(ax and ay and not ax & ay and (set(x.role) - ax) & (set(y.role) - ay))  # not "British lawyer
    # Michael Beloff" / "Albie Sachs, the former South African judge": two nationalities, no office in common


def lexical_kind(name: Name) -> str | None:
    """What the lexicons say a name is (a place they list, an organisation by its words), or None when only its
    position said so ("at Old Trafford", "at Stamford Bridge")."""
    from .lexicon import lexicons

    lex = lexicons()
    words = [k.rstrip(".") for k in name.keys]
    if any(w in lex.org_words for w in words):
        return "org"
    joined = " ".join(words)
    if joined in lex.places or joined in lex.parents or any(w in lex.places for w in words if len(words) == 1):
        return "place"  # the parents table lists places too ("montego bay", in Jamaica)
    return None


# nouns that say the name after them is a place (anchor keys, cut like checker.extract.stem)
_PLACE_NOUNS = frozenset(stem(w) for w in PLACE_NOUNS)  # as anchor words are kept
_BUILDINGS = frozenset(stem(w) for w in ("prison", "jail", "hospital", "airport", "reservoir"))  # "taken to
# Wandsworth prison" / "driven to Pentonville prison": both said to be one kind of place, not a body and its seat


_BODY_NOUNS = frozenset(stem(w) for w in ("agency", "ministry", "regulator", "watchdog", "authority", "institute"))
# (not "company" or "bank": what a body speaks of as often as what it is)


def metonym_risk(x: Fact, y: Fact) -> bool:
    """One name typed by the lexicons, the other only by its position: "at Manchester United" / "at Old Trafford"
    may be a club and its ground, one thing named two ways."""
    if x.kind != "name":
        return False
    owners = any(f.text.endswith(("'s", "’s")) for f in (x, y))  # "the National Institutes of Health's research
    # hospital" / "America's most prestigious research hospital": whose the hospital is, not its name
    if x.near & y.near & (_PLACE_NOUNS if owners else _PLACE_NOUNS | _BUILDINGS) or any(
            k.startswith(("from:", ORIGIN)) for k in x.near & y.near):
        return False  # "the northwestern port of Ferrol" / "the port city of Vigo": both said to be places; so is
        # what one distance is measured from ("12 nautical miles out from Cherbourg" / "... off Le Havre"), and where
        # a journey from one place went ("from Sines in Portugal to Bremerhaven" / "... to Hamburg")
    if x.near & y.near & _BODY_NOUNS and "place" not in (lexical_kind(x.item), lexical_kind(y.item)):
        return False  # "Airparif, the agency that monitors air quality" / "According to Meteo-France, the agency that
        # monitors air quality": both said to be one kind of body, not a club and its ground
    if in_one_list(x.near & y.near):
        return False  # "led by RBS and Lloyds" / "Barclays and Lloyds among them": one list's members, the list kept
        # but for one, are no club and its ground
    if {x.item.kind, y.item.kind} <= {"place", "other"} and "place" in (x.item.kind, y.item.kind) \
            and all("prep:in" in f.near or lexical_kind(f.item) == "place" for f in (x, y)) \
            and (x.item.kind == y.item.kind or all("prep:in" in f.near for f in (x, y))):  # "in the Charente region" /
        # "in a converted mill in the Dordogne": where, both times, whether or not the lexicons know the place
        return False  # "the Maggiore hospital in Bologna" / "in Imola", "prosecutors in Oldenburg" / "Hamburg
        # prosecutors": where something is, not a club or its ground
    if x.item.kind == y.item.kind == "place" and _prepositions(x) & _prepositions(y) & _LOCATIVE \
            and (lexical_size(x.item) == lexical_size(y.item) or {lexical_size(x.item), lexical_size(y.item)} <= {
                None, "city"}):
        return False  # "launched from Sunan, near the North Korean capital" / "launched from near the east coast port
        # of Wonsan": both places by the words around them, in one relation to what happened, of one size as far as
        # the place data knows, or towns (not "from South America" / "from the Amazon region": a continent and a part
        # of it; but "bound for Glasgow Queen Street" / "to Edinburgh")
    if _from_one_country(x.item, y.item):
        return False  # "Japan's Taisei Corp" / "Kajima of Japan": two of one country's firms, not a place and its body
    kx, ky = lexical_kind(x.item), lexical_kind(y.item)
    if {x.item.kind, y.item.kind} == {"org", "other"} and kx is None and ky is None \
            and len({k for k in x.near & y.near if ":" not in k}) >= 2 and _prepositions(x) == _prepositions(y):
        return False  # "Accountancy firm KPMG was appointed administrator" / "Deloitte was appointed as
        # administrator": a name no lexicon knows, doing what the body did in the other version, is another body;
        # not "Metropolitan Police said officers were called" / "Officers were called to the Hilton hotel"
    return (kx is None) != (ky is None) or kx != ky or "other" in (x.item.kind, y.item.kind)


_LOCATIVE = frozenset(f"prep:{p}" for p in ("from", "at", "near", "to", "into", "off", "in"))  # where (not "the size
# of the U.S. state of Delaware" / "a quarter the size of Wales": two measures of size)


def lexical_size(n: Name) -> str | None:
    """What the place data says a place is ("country", "region", "city"), None when it does not know it."""
    from .lexicon import lexicons

    return lexicons().places.get(fold_accents(n.text).lower().removesuffix("'s").removesuffix("’s"))


def _prepositions(f: Fact) -> frozenset[str]:
    return frozenset(k for k in f.near if k.startswith("prep:"))


def _from_one_country(x: Name, y: Name) -> bool:
    """Two names that each say they are of one place ("Japan's Taisei Corp" / "Kajima of Japan") and name
    different things besides it."""
    from .lexicon import lexicons

    places = lexicons().places
    shared = [k for k in set(x.keys) & set(y.keys) if k in places]
    rest_x, rest_y = (set(n.keys) - set(shared) - {"of", "the"} for n in (x, y))
    return bool(shared) and bool(rest_x) and bool(rest_y) and not rest_x & rest_y


def agree(x: Fact, y: Fact) -> bool:
    """Could both values be true of one thing: the same figure rounded or converted, the same day, one entity."""
    if x.kind == "quantity":
        from .rules.numbers import _consistent

        if isinstance(x.item, Clock):
            return bool(same_moment(x.item, y.item))
        if _top_of_range(x, y) or _top_of_range(y, x):
            return _consistent(replace(x.item, hedge=None), replace(y.item, hedge=None))
        return _consistent(x.item, y.item)
    if x.kind == "score":
        return x.item.value in (y.item.value, y.item.value[::-1])  # "lost 1-3" / "lost 3-1": an order of writing
    if x.kind == "date":
        dx, dy = x.item, y.item
        assert isinstance(dx, DateRef) and isinstance(dy, DateRef)
        from .rules.dates import _a_week_apart, weeks_loose

        return (dx.value == dy.value or dx.contains(dy) or dy.contains(dx) or _a_week_apart(dx, dy)
                or weeks_loose(dx, dy))
    if x.kind == "name":
        kinds = {x.item.kind, y.item.kind}
        if _of_a_place(x.item, y.item) or _of_a_place(y.item, x.item):
            return False
        return (same_entity(x.item, y.item) or (kinds <= {"person", "other"} and (
            "person" in kinds or _hyphenated(x.item) and _hyphenated(y.item)) and near_spelling(x.item, y.item))
                or _one_full_name(x, y) or _head_of_acronym(x, y) or _head_of_acronym(y, x))
    return x.text == y.text


def _top_of_range(bound: Fact, top: Fact) -> bool:
    """An upper bound ("expected to fetch up to £2m") and the top of a range in its unit ("estimated at 800,000 to
    1.2 million pounds"): the same top of one estimate, compared as written."""
    return bound.item.hedge == "upper" and _range_end(top, "top")


def _range_end(f: Fact, end: str) -> bool:
    """The figure is the top ("to 1.2 million pounds") or the bottom ("800,000" of it) of a range its sentence gives
    in one unit, beside the other end."""
    q = f.item
    if not isinstance(q, Quantity) or q.hedge is not None or (q.change == "to") != (end == "top"):
        return False
    prefix = f"q:{q.unit or ''}:"
    return any(k.startswith(prefix) and (float(k[len(prefix):]) < q.value) == (end == "top") for k in f.near)


def _of_a_place(place, body) -> bool:
    """A place said of a name of no known kind only to say where it is from ("Japanese" / "Kajima of Japan"): the
    country is not the contractor. (A body its words name, "the Central Elections Commission of Turkmenistan", is
    left to the name rules.)"""
    if place.kind != "place" or body.kind != "other" or len(place.keys) != 1:
        return False
    rest = [k for k in body.keys if k not in place.keys and k not in ("of", "the")]
    return place.keys[0] in body.keys and bool(rest) and body.keys[0] != "of"


def _head_of_acronym(x: Fact, y: Fact) -> bool:
    """A body's bare head word ("Commission chairman Wafula Chebukati") refers back to a body an acronym names
    whose letters hold its initial ("IEBC chairman Wafula Chebukati", the Independent Electoral and Boundaries
    Commission)."""
    from .lexicon import lexicons

    if len(x.item.keys) != 1 or x.item.keys[0] not in lexicons().org_words:
        return False
    short = y.text.removesuffix("'s").removesuffix("’s")
    return short.isupper() and short.isalpha() and 2 <= len(short) <= 6 and x.item.keys[0][0].upper() in short


def _hyphenated(name) -> bool:
    """A capitalised name whose last word is hyphenated ("Gwen Pritchard-Evans"), which the name reader leaves of no
    kind: a misspelling of it ("Prichard-Evans") is the name-spelling rule's, not another name."""
    words = name.text.split()
    return bool(words) and "-" in words[-1].strip("-") and words[-1][:1].isupper()


def _one_full_name(x: Fact, y: Fact) -> bool:
    """Two mentions of one person: each version's full name for one of them holds the other's last word ("Lula" /
    "da Silva" under "Luiz Inacio Lula da Silva", "Widodo" / "Mr Joko" under "Joko Widodo")."""
    if not (x.owner and y.owner):
        return False
    last = [fold_accents(f.text).lower().removesuffix("'s").removesuffix("’s").split()[-1:] for f in (x, y)]
    return bool(last[0] and last[1]) and (last[1][0] in x.owner.split() or last[0][0] in y.owner.split())
