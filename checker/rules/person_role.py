"""person-role-mismatch: the same role held by a different person.

What it flags: an office or role that names one person in one version and
another person in the other, wherever in the story the two are named: the
seeds' "Russian Deputy Foreign Minister Alexander Grushko" / "... Sergei
Ryabkov", or "Manhattan District Attorney Cyrus Vance" in one version and,
three paragraphs away in the other, "Alvin Bragg, the district attorney".
Roles are read from titles before a name and appositives after it, and
compared as sets of words, so one version may say more of the role than the
other ("the district attorney" / "Manhattan District Attorney"). An office
that says nothing of where it is ("foreign secretary", "president") counts
when each version gives it to one person only and never names the other's
holder ("Foreign Secretary Liz Truss" / "Dominic Raab, the foreign
secretary").

What it lets pass: roles many people hold at once ("a spokesman", "an
analyst", "a minister", "the striker"); the same person under a reworded
title ("finance minister" / "Chancellor" is title-mismatch at most); a role
named for the other person too in the other version (two deputy ministers);
a former holder ("former president"), and a new or incoming one ("Rio Tinto's new chief executive Sam Walsh" /
"Chief Executive Tom Albanese stepped down": his successor, not a swap).

Why it matters: misattributing who said or did something is among the most
damaging errors in wire copy, and a rewrite that moves the name away from
the title is easy to miss.

Example: "Deputy Foreign Minister Alexander Grushko" / "Deputy Foreign
Minister Sergei Ryabkov" -> error.

Passes: "Deputy Foreign Minister Sergei Ryabkov" / "Ryabkov, the deputy foreign minister" -> nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from ..compare import StoryContext
from ..entities import near_spelling, same_entity
from ..extract import Person, VersionFacts
from ..facts import _COUNTRY_KEYS, TITLE_ACRONYMS, Name
from ..lexicon import affiliations, lexicons
from ..model import Finding, Severity, Side
from ..wordnet import wordnet
from . import rule

# roles that several people hold at once: they never say which one
GENERIC = {
    "spokesman", "spokeswoman", "spokesperson", "official", "analyst", "economist", "lawyer", "attorney", "adviser",
    "advisor", "aide", "expert", "researcher", "professor", "prof", "scientist", "dr", "doctor", "member",
    "minister", "senator", "representative", "rep", "lawmaker", "legislator", "mp", "mep", "player", "striker",
    "defender", "midfielder", "winger", "goalkeeper", "batsman", "bowler", "pitcher", "quarterback", "activist",
    "author", "campaigner", "correspondent", "editor", "journalist", "physician", "executive", "officer", "director",
    "manager", "owner", "founder", "co-founder", "cofounder", "candidate", "nominee", "delegate", "diplomat",
    "envoy", "negotiator", "commissioner", "councillor", "councilor", "councilman", "councilwoman", "alderman",
    "assemblyman", "assemblywoman", "congressman", "congresswoman", "judge", "justice", "magistrate", "prosecutor",
    "solicitor", "barrister", "counsel", "detective", "inspector", "sergeant", "constable", "police", "priest",
    "rabbi", "imam", "bishop", "cardinal", "rev", "reverend", "sir", "dame", "lady", "lord", "baron", "baroness",
    "prince", "princess", "duke", "duchess", "sheikh", "sheik", "king", "queen", "emperor", "empress", "crown",
    "monarch", "sultan", "emir", "pope", "senior", "junior", "special", "associate",
    "assistant", "head", "leader", "chief", "deputy", "vice", "general", "state", "high", "secretary", "coach",
    "captain", "skipper", "trustee", "strategist", "dean", "acting", "interim", "mr", "ms", "mrs", "the", "of",
    "brother", "sister", "wife", "husband", "widow", "widower", "son", "daughter", "mother", "father", "uncle",
    "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter", "grandmother", "grandfather", "fiance",
    "fiancee",
}
RANKS = {"deputy", "assistant", "vice", "acting", "associate", "under", "junior", "principal", "lieutenant", "sub",
         "shadow", "interim", "co"}  # "Assistant District Attorney" is another office than "District Attorney"
# said in the why of an office named by two words of its own or more ("Home Affairs Minister", not "Mayor" or
# "Sen.", of which one story may name several); check.py keeps it an error between articles that share little
ONE_HOLDER = "an office one person holds at a time, by its own words"
PAST = {"former", "ex", "late", "outgoing", "then"}  # a role no longer held says nothing about the holder now
TENURE = PAST | {"new", "incoming", "designate", "elect"}  # when the office is held: "new chief executive Sam Walsh"
# is the successor of the chief executive who stepped down, not him; the "mayor-elect" is not yet mayor
_NEW_BEFORE = re.compile(r"\b(?:new|newly[- ](?:appointed|named|elected))\s+$", re.IGNORECASE)


# "the bank's chief executive", "the company's chairman", "the city's mayor": the business or place the story is
# about, named by its kind
# (not "the regulator's" or "the ministry's", which are mostly another body than the one the story names)
_OWNER_BY_KIND = re.compile(r"(?i)^the (\w+)['’]s\b")
_BUSINESS_KINDS = {"bank", "lender", "insurer", "company", "firm", "group", "business", "airline", "carrier",
                   "carmaker", "retailer", "broadcaster", "newspaper", "operator", "club", "team", "party",
                   "city", "town", "country", "nation", "state", "province", "region", "county", "capital"}  # "the
# city's mayor": of the city the story names


def _role(name: Name) -> frozenset[str]:
    """The role's words, without articles, and without the kind of business that stands for the story's own
    ("the bank's chief executive" is the chief executive of the bank the story names)."""
    # an acronym spelled out: "Pebble CEO John Shively" / "the chief executive"
    words = frozenset(x for w in name.role if w not in ("the", "of", "a", "an")
                      for x in TITLE_ACRONYMS.get(w.rstrip("."), (w.rstrip("."),)))
    if (of := re.search(r"\sof\s+(.+)$", name.text)) is not None:  # "Senator Jeff Flake of Arizona": his state
        words |= {w.lower() for w in of.group(1).split()} & affiliations()
    owner = _OWNER_BY_KIND.match(name.role_text or "")
    if owner and owner.group(1).lower() in _BUSINESS_KINDS:
        words -= {owner.group(1).lower()}
    return words


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’-]*)\s+$")


def _role_start(name: Name) -> int:
    """Where a role written before its holder's name begins, else where the name does."""
    return name.role_span[0] if name.role_span and name.role_span[0] < name.start else name.start


def _tenure_before(text: str, name: Name) -> frozenset[str]:
    """ "new" written before the role ("Rio Tinto's new chief executive Sam Walsh"), which titles.txt does not
    count as a role word: "new" is mostly no office's."""
    return frozenset({"new"}) if _NEW_BEFORE.search(text, 0, _role_start(name)) else frozenset()


def _body_before(text: str, name: Name) -> str | None:
    """The body a role written right before its holder's name belongs to, by the word before the role: a name
    ("Lazio president Claudio Lotito") or a body's word ("commission president Cesare Ruperto")."""
    m = _WORD_BEFORE.search(text, 0, _role_start(name))
    if m is None:
        return None
    word = m.group(1)
    if word[:1].isupper() and (m.start(1) > 0 or not wordnet().common(word)) or word.lower() in lexicons().org_words:
        return word.lower().removesuffix("'s").removesuffix("’s")
    return None


_OF_BODY = re.compile(r"\bof\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*\s*)+)")


def _body_of(text: str, name: Name) -> str | None:
    """The body a role names after "of" ("chief executive of Sony Computer Entertainment America"), if any."""
    if name.role_span is None:
        return None
    m = _OF_BODY.search(text, name.role_span[0], name.role_span[1])
    return m.group(1).strip().lower() if m else None


def specific_role(role: frozenset[str]) -> bool:
    """A role one person holds at a time: a word that is neither generic nor a place or body the role belongs
    to ("district attorney", "interior secretary", "deputy foreign minister", "president"); not "Vatican
    spokesman" or "Brazil coach", of which a story may name several."""
    if not role or role & PAST:
        return False
    if any(set(title.split()) <= role for title in _compound_titles()):
        return True  # "secretary-general", "chief executive", "attorney general": one holder each
    return bool(role - GENERIC - affiliations())


@lru_cache(maxsize=1)
def _compound_titles() -> tuple[str, ...]:
    """Offices of several words (titles.txt): each names one holder, though every word of it is generic."""
    return tuple(t for t in lexicons().titles if " " in t and t not in ("head of state", "head of government"))


def one_person(p: Person, q: Person) -> bool:
    """Two mentions of one person: one name within the other, the same surname with agreeing given names
    ("Father Federico Lombardi" / "Fr Federico Lombardi"), or a misspelling."""
    if same_entity(p.full, q.full) or near_spelling(p.full, q.full):
        return True
    return p.key == q.key and (not p.given or not q.given or p.given == q.given
                               or p.given in lexicons().nicknames.get(q.given, ()))


def _distinctive(role: frozenset[str]) -> bool:
    """Specific by its own words ("foreign", "interior", "district"), not only by being an office."""
    return bool(role - GENERIC - affiliations() - {w for t in _compound_titles() for w in t.split()})


def _same_place(x: frozenset[str], y: frozenset[str], aligned: bool) -> bool:
    """An office named with the same country or body in both versions, or in two sentences the alignment paired."""
    ax, ay = x & affiliations(), y & affiliations()
    return aligned or bool(ax and ay and ax == ay)


def _same_role(x: frozenset[str], y: frozenset[str]) -> frozenset[str] | None:
    """The role both say, when one says all the other does (and it is specific)."""
    common = x & y
    if (x <= y or y <= x) and specific_role(common) and not (x ^ y) & (RANKS | TENURE):  # "former RBI Governor"
        # is not the governor now, "new chief executive" not the one who left
        return common
    return None


def _holds(vf: VersionFacts, person: Person | None, role: frozenset[str]) -> bool:
    return person is not None and any(_same_role(_role(n), role) for _, n in person.roles)


def _sole_holder(vf: VersionFacts, role: frozenset[str]) -> bool:
    """One person only holds the role in this version."""
    return sum(any(_same_role(_role(n), role) for _, n in p.roles) for p in vf.people.values()) == 1


def _office_beside(vf: VersionFacts, person: Person | None, role: frozenset[str]) -> bool:
    """This version writes the office the role is of in the clause right after naming the person ("Ignazio Marino,
    of the Democratic Party, resigned as mayor"): it has the person hold that office too. The office is the role's
    words less whose it is; a role of whose alone says nothing. Not a title before the name (a role, read as one),
    nor words past another person's name ("Amoroso will become chairman, replacing Roy Bostock")."""
    if person is None:
        return False
    office = {w for w in role - GENERIC - affiliations() if w.isalpha()}
    if not office:
        return False
    for ci, mention in person.mentions:
        text = vf.claims[ci].text
        after = re.split(r"[.;:]", text[mention.end:])[0]
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", after)][:OFFICE_REACH]
        if office <= set(words) and not any(p.start > mention.end and p.start - mention.end < len(after)
                                            for q in vf.people.values() if q is not person
                                            for c, p in q.mentions if c == ci):
            return True
    return False


OFFICE_REACH = 10  # words after a name in which its clause may give the person an office


def _present(vf: VersionFacts, p: Person) -> Person | None:
    """The same person in another version, if it names them."""
    return next((q for q in vf.people.values() if one_person(p, q)), None)


@rule("WC101", "person-role-mismatch", Severity.ERROR, "Same role or title, different person named", scope="story")
def check(ctx: StoryContext) -> Iterator[Finding]:
    for sm in ctx.matches:
        a, b = sm.a, sm.b
        seen: set[tuple[str, str]] = set()
        for pa in a.people.values():
            for ca, na in pa.roles:
                ra = _role(na)
                if not specific_role(ra):
                    continue
                for pb in b.people.values():
                    if (pa.key, pb.key) in seen or one_person(pa, pb):
                        continue
                    for cb, nb in pb.roles:
                        rb = _role(nb)
                        role = _same_role(ra | _tenure_before(a.claims[ca].text, na),
                                          rb | _tenure_before(b.claims[cb].text, nb))
                        if role is None or same_entity(na, nb):
                            continue  # "President Cristina Fernandez" in both: one person, though a version that
                            # also names Alberto Fernandez files both under one surname
                        qa, qb = _body_before(a.claims[ca].text, na), _body_before(b.claims[cb].text, nb)
                        if qa and qb and qa != qb:
                            continue  # "commission president Cesare Ruperto" / "Lazio president Claudio Lotito":
                            # presidents of two bodies
                        if _holds(b, _present(b, pa), role) or _holds(a, _present(a, pb), role):
                            continue  # the other version gives the role to both: two holders, not a swap
                        if _office_beside(a, _present(a, pb), role) or _office_beside(b, _present(b, pa), role):
                            continue  # "where Appendino unseated the Democratic Party mayor Piero Fassino" / "since
                            # Ignazio Marino, the Democratic Party mayor, quit", Marino "resigned as mayor" in the
                            # first version too: two holders of one office in two cities
                        if _present(a, pb) is not None and (pa_in_b := _present(b, pa)) is not None and (
                                pa_in_b.roles or not (_sole_holder(a, role) and _sole_holder(b, role))):
                            continue  # both people are in both versions: the roles may simply be shared out; unless
                            # each version gives the office to one person only, the other holding none in it:
                            # "Chairman Christo Wiese ... will serve as executive chairman" / "Danie van der Merwe, who
                            # was named executive chairman", Wiese named there only as the largest shareholder
                        whose_a = ra | ({qa} & affiliations() if qa else set())  # "IOC president Thomas Bach":
                        whose_b = rb | ({qb} & affiliations() if qb else set())  # the IOC's
                        if not _distinctive(role) and not _same_place(whose_a, whose_b, (ca, cb) in sm.aligned) \
                                and (_body_of(a.claims[ca].text, na) != _body_of(b.claims[cb].text, nb) or not (
                                    ((na.appointed and nb.appointed) or (_sole_holder(a, role) and
                                                                         _sole_holder(b, role)))
                                    and _present(b, pa) is None and _present(a, pb) is None)):
                            continue  # "the chief executive", "President": of which company, which country? Not
                            # when each version tells one appointment to it, or gives the office to one person only
                            # ("Foreign Secretary Liz Truss" / "Dominic Raab, the foreign secretary"), and never
                            # names the other's holder; but "chief executive of Sony Computer Entertainment America"
                            # / "Chief Executive Howard Stringer" may be of two bodies still
                        seen.add((pa.key, pb.key))
                        shown = na.role_text or nb.role_text or " ".join(sorted(role))
                        yield Finding(
                            rule=check.id, name=check.name, severity=check.severity,
                            message=f"{shown} is {na.text} in {a.version.id} but {nb.text} in {b.version.id}",
                            a=Side(a.version.id, a.claims[ca].text, a.to_version(ca, na.start, na.end), na.text),
                            b=Side(b.version.id, b.claims[cb].text, b.to_version(cb, nb.start, nb.end), nb.text),
                            why="the role words match in both versions but the person named differs"
                            + (f"; {ONE_HOLDER}" if len(role - GENERIC - affiliations())
                               + bool(role & _COUNTRY_KEYS(lexicons())) >= 2 else ""),  # one country's office
                        )
                        break
