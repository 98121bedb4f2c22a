"""Which named entities of one side have no counterpart in the other, and which swapped.

The entity rules (person, role, spelling, title, place, organisation) share
this matching so they agree on what "the same entity" means: equal keys, one
name a part of the other ("Sherman" / "Wendy Sherman"), or the name's words
present in the other side at all (it was only not recognised as a name there).
A name that a small edit replaces by one the other side mentions elsewhere is a
swap too ("a Japanese developer based in Lyon, France" / "a French developer").
"""
from __future__ import annotations

import difflib
from functools import lru_cache
import re
from dataclasses import dataclass

from .compare import PairContext
from .facts import Name
from .lexicon import lexicons
from .normalize import transliterate
from .wordnet import wordnet

# A swap is anchored (an error, not a warning) only while the sentence is mostly unchanged: past
# this share of changed words a name in the same slot may belong to another clause of a rewrite
# ("told the Associated Press" / "Intel's chief financial officer"). Measured on MRPC label 0:
# 0.6 (the general rewrite limit) 5.6% flagged, 0.3 4.6%, SummEdits unchanged (its edits are minimal).
ENTITY_REWRITE_FRACTION = 0.3


@dataclass(frozen=True)
class Swap:
    """An entity of A replaced by an entity of B in the same slot."""

    a: Name
    b: Name
    same_role: bool  # both carry the same non-empty role words
    anchored: bool  # the change is a small edit with equal words around it
    spelling: bool  # the two names are near-identical strings


def _joined(name: Name) -> str:
    """The name's keys run together: "U.N. Security Council" -> "unsecuritycouncil", "S&P" -> "sp"."""
    return "".join(name.keys).replace(".", "").replace(" ", "").replace("&", "")


_SKIPPABLE = {"of", "for", "the", "and", "&", "with", "on", "in", "to", "a"}
_WORD = re.compile(r"[^\W\d_][\w'’.-]*|&")


def spelled_out(name: Name, text: str) -> bool:
    """An acronym whose words the other side writes out, small words included or not:
    "ADA" / "Americans with Disabilities Act", "CHOGM" / "Commonwealth Heads of Government meeting".

    Every capitalised word of the run gives its initial; a small word may give
    one or be skipped; a lower-case word may give only the last ("meeting").
    """
    letters = _joined(name)
    if not (3 <= len(letters) <= 8) or not _ACRONYM_TEXT.match(name.text):
        return False
    words = _WORD.findall(text)
    for start, first in enumerate(words):
        if not first[0].isupper():
            continue
        matched = {0}  # how many letters the words so far can account for
        for w in words[start:]:
            low = w.lower()
            nxt = {k for k in matched if low in _SKIPPABLE}  # a small word may be skipped
            for k in matched:
                if low[0] == letters[k]:
                    if k + 1 == len(letters):
                        return True  # the last letter may come from a lower-case word ("meeting")
                    if w[0].isupper() or low in _SKIPPABLE:
                        nxt.add(k + 1)
            if not nxt:
                break
            matched = nxt
    return False


_ACRONYM_TEXT = re.compile(r"^[A-Z][A-Z.&]{1,9}$")


_SUFFIXES = {"co", "inc", "corp", "ltd", "plc", "llc", "group", "co.", "inc.", "corp.", "ltd."}


_TRADE_WORDS = {"banking", "holdings", "financial", "insurance", "trading"}  # a trade before the legal form, which
# an acronym may leave out with it
_NO_INITIAL = ("of", "for", "the", "and", "&")  # small words an acronym leaves out


@lru_cache(maxsize=65536)
def _initials(name: Name) -> frozenset[str]:
    """Acronyms the name may be written as: "Air Transport Association" -> ATA; "General Electric Co" -> GE, GEC.

    Taken from the written words as well as the keys: aliases fold "American" to
    the United States' key, and "American Bar Association" is still the ABA.
    """
    out: set[str] = set()
    text = name.text.lower()
    for tokens in (name.keys, tuple(text.replace("-", " ").split()), tuple(text.split())):  # "Gravitational-Wave": G, GW
        words = [k for k in tokens if k and k not in _NO_INITIAL]
        out.add("".join(w[0] for w in words))
        out.add("".join(k[0] for k in tokens if k and k not in ("the", "&")))  # "Alliance for Affordable Solar
        # Energy" is AFASE too
        out.add("".join("x" if w.startswith("ex") else w[0] for w in words))  # "Japan Aerospace eXploration
        # Agency": JAXA
        if words and words[-1] in _SUFFIXES:
            out.add("".join(w[0] for w in words[:-1]))
            if len(words) > 3 and words[-2] in _TRADE_WORDS:  # "Australia and New Zealand Banking Group": ANZ
                out.add("".join(w[0] for w in words[:-2]))
    written = [w for w in name.text.replace("-", " ").split() if w.lower() not in _NO_INITIAL]
    if any(len(w) > 1 and w.isupper() for w in written):  # "AK Party" is the AKP: an acronym gives all its letters
        out.add("".join(w.lower() if w.isupper() else w[0].lower() for w in written))
    return frozenset(out)


def _given_names_agree(x: Name, y: Name) -> bool:
    """Every given name of the shorter name matches one of the longer (prefix or near spelling)."""
    short, long = (x, y) if len(x.keys) <= len(y.keys) else (y, x)
    nick = lexicons().nicknames
    for g in short.keys[:-1]:
        g = g.rstrip(".")
        if not any(h.startswith(g) or g.startswith(h.rstrip(".")) or difflib.SequenceMatcher(None, g, h).ratio() >= 0.75
                   or h in nick.get(g, ()) for h in long.keys[:-1]):
            return False
    return True


_ROMAN = re.compile(r"^(?=[ivxl])(?:xl|l?x{0,3})(?:ix|iv|v?i{0,3})$")


def _numbered(name: Name) -> str | None:
    """The roman numeral that ends a name ("World War II", "Elizabeth II"), if any."""
    last = name.keys[-1].rstrip(".") if name.keys else ""
    return last if len(name.keys) > 1 and last and _ROMAN.match(last) else None


_GAMES = {"olympics", "olympic", "paralympics", "games"}


def _head_of(short: Name, full: Name) -> bool:
    """The one word of a short name is the last word of the full name, of two or more ("Guards" / "Revolutionary
    Guards")."""
    ws, wf = (re.findall(r"[^\W\d_]+", n.text.lower().removesuffix("'s").removesuffix("’s")) for n in (short, full))
    return len(ws) == 1 and len(wf) >= 2 and ws[0] == wf[-1]


def _text_words(n: Name) -> set[str]:
    """The words a name is written with, not the key an alias gives it: "Reserve Bank of Australia" ("rba")."""
    return {_short(transliterate(w)) for w in re.findall(r"[^\W\d_]+", n.text.lower()) if w not in ("of", "the", "s")}


# a people's word that two countries of one name share: it names either ("Congolese", "Korean")
_SHARED_DEMONYMS = {"congolese": "congo", "korean": "korea", "koreans": "korea", "guinean": "guinea",
                    "sudanese": "sudan"}


_ADJECTIVE_ENDS = ("ian", "ean", "an", "ese", "ish")


def _adjective_of(adj: Name, place: Name) -> bool:
    """A one-word adjective made of a one-word place name the aliases do not know ("Catalan" / "Catalonia",
    "Tuscan" / "Tuscany", "Kurdish" / "Kurdistan"): its stem opens the name, which runs at most four letters on."""
    if len(adj.keys) != 1 or len(place.keys) != 1 or adj.kind in ("person", "org") or place.kind in ("person", "org"):
        return False
    a, p = adj.keys[0], place.keys[0]
    if (a,) in lexicons().aliases or a == p:
        return False  # "Austrian" is Austria's, whatever "Australia" begins with
    for end in _ADJECTIVE_ENDS:
        if a.endswith(end) and len(a) - len(end) >= ADJECTIVE_STEM_MIN:
            stem = a[:-len(end)]
            return p.startswith(stem) and len(p) - len(stem) <= 4
    return False


def _first_word_of_body(adj: Name, body: Name) -> bool:
    """A one-word adjective that opens the full name of a body written short ("European" / "EU", which the
    aliases know as "European Union"): the body's adjective."""
    return len(adj.keys) == 1 and adj.kind == "other" and body.kind == "org" and len(body.keys) == 1 \
        and adj.keys[0] in _variant_heads().get(body.keys[0], ())


@lru_cache(maxsize=1)
def _variant_heads() -> dict[str, frozenset[str]]:
    """Each alias's canonical key -> the first words of its variants of two words or more."""
    out: dict[str, set[str]] = {}
    for variant, canon in lexicons().aliases.items():
        if len(variant) >= 2:
            out.setdefault(canon, set()).add(variant[0])
    return {k: frozenset(v) for k, v in out.items()}


ADJECTIVE_STEM_MIN = 4  # letters of a place adjective's stem: "Tusc-an", not "Ir-ish"


@lru_cache(maxsize=262144)
def same_entity(x: Name, y: Name) -> bool:
    """Two mentions of one entity: a part of the other, an acronym of it, or the same surname."""
    if not x.keys or not y.keys:
        return False
    if _numbered(x) != _numbered(y) and None not in (_numbered(x), _numbered(y)):
        return False  # "World War II" / "World War III", "Henry VII" / "Henry VIII"
    sx, sy = {_short(transliterate(k)) for k in x.keys}, {_short(transliterate(k)) for k in y.keys}
    if min(len(sx), len(sy)) >= 2 and (sx ^ sy) - {"of", "the"} == {"state"}:
        return False  # "the University of Michigan" / "Michigan State University": two universities
    if sx <= sy or sy <= sx:
        return True  # "Joachim Loew" / "Joachim Löw" too; "Potash Corp" / "Potash Corporation"
    if x.kind == y.kind == "org" and _one_word_short(x.keys, y.keys):
        return True  # "Metro Council" / "Metropolitan Council"
    wx, wy = (_text_words(x), _text_words(y)) if x.kind == y.kind == "org" else (sx, sy)
    if (wx, wy) != (sx, sy) and min(len(wx), len(wy)) >= 2 and (wx <= wy or wy <= wx):
        return True  # "Reserve Bank of Australia" (its key "rba") / "The Reserve Bank": its own words, shortened
    if x.kind == y.kind == "org" and (_head_of(x, y) or _head_of(y, x)):
        return True  # "the Guards' air force" / "Revolutionary Guards air force": a body named by its head word
    if sx == {"games"} and sy & _GAMES or sy == {"games"} and sx & _GAMES:
        return True  # "the 2002 Games" / "the 2002 Winter Olympics": the Games, named short
    if sx & _GAMES and sy & _GAMES and sx - _GAMES == sy - _GAMES:
        return True  # "the 2002 Winter Olympics" / "the 2002 Winter Games": one event, two names
    if _organ_of(x, y) or _organ_of(y, x):
        return True  # "the United Nations" / "the UN General Assembly": a body and one of its organs
    for u, v in ((x, y), (y, x)):
        root = _SHARED_DEMONYMS.get(" ".join(u.keys))
        if root is not None and v.kind not in ("org", "person") \
                and root in " ".join(v.keys).split() + re.findall(r"[a-z]+", v.text.lower()):
            return True  # "the Congolese city of Goma" / "the Democratic Republic of Congo city of Goma": the people
            # of either Congo are Congolese (not "South Korea's Supreme Court": a body of the country)
    if len(x.keys) == len(y.keys) >= 2 and "person" not in (x.kind, y.kind) and all(
            p.rstrip("s") == q.rstrip("s") for p, q in zip(x.keys, y.keys)):
        return True  # "the Meilleur Ouvrier de France title" / "both Meilleurs Ouvriers de France": one name, in the
        # plural
    if _adjective_of(x, y) or _adjective_of(y, x):
        return True  # "the Catalan independence referendum" / "Catalonia's independence referendum"
    if _first_word_of_body(x, y) or _first_word_of_body(y, x):
        return True  # "other EU governments" / "other European governments"
    jx, jy = _joined(x), _joined(y)
    if "new" + jx == jy or "new" + jy == jx:
        return False  # "Hampshire" / "New Hampshire", "Mexico" / "New Mexico": a "New" place is another place
    if jx == jy or (min(len(jx), len(jy)) >= 4 and (jx in jy or jy in jx)):
        return True  # "Stake" / "AtStake", "Korea" / "South Korea", "F.T.C." / "FTC"
    if len(x.keys) == 1 and len(jx) >= 2 and jx in _initials(y) or len(y.keys) == 1 and len(jy) >= 2 and jy in _initials(x):
        return True  # "IE" / "Internet Explorer", "AP" / "Associated Press"
    if _acronym_then_words(x, y) or _acronym_then_words(y, x):
        return True  # "NIH Clinical Center" / "National Institutes of Health Clinical Center"
    if len(x.keys) == 1 and _syllabic(jx, y.keys) or len(y.keys) == 1 and _syllabic(jy, x.keys):
        return True  # "Caltech" / "California Institute of Technology", "FedEx" / "Federal Express"
    # same surname for people: "Jens Stoltenberg" / "J. Stoltenberg", "Timothy Muris" / "Tim Muris",
    # but not "Kelly Morgan" / "George Morgan"
    if x.kind == y.kind == "person" and x.keys[-1] == y.keys[-1]:
        return _given_names_agree(x, y)
    return False


def _one_word_short(kx: tuple[str, ...], ky: tuple[str, ...]) -> bool:
    """The same words but one, which one name writes short: the first four letters or more of the other's."""
    if len(kx) != len(ky) or len(kx) < 2:
        return False
    diff = [(u, v) for u, v in zip(kx, ky) if u != v]
    return len(diff) == 1 and min(map(len, diff[0])) >= 4 and (diff[0][0].startswith(diff[0][1])
                                                              or diff[0][1].startswith(diff[0][0]))


def _acronym_then_words(short: Name, long: Name) -> bool:
    """An acronym, then the same last words as the long name, whose first words it abbreviates ("NIH Clinical
    Center" / "National Institutes of Health Clinical Center")."""
    ws = [w for w in short.text.split() if w.lower() != "the"]
    wl = [w for w in long.text.split() if w.lower() != "the"]
    rest = len(ws) - 1
    if rest < 1 or len(wl) <= rest + 1 or not (len(ws[0]) >= 2 and ws[0].isupper()):
        return False
    if [w.lower() for w in ws[1:]] != [w.lower() for w in wl[-rest:]]:
        return False
    return ws[0].lower() == "".join(w[0].lower() for w in wl[:-rest] if w.lower() not in _NO_INITIAL)


def _organ_of(body: Name, organ: Name) -> bool:
    """The organ's one key opens with the body's one key, a body the alias table writes out in words ("un" of "un
    general assembly"; `_body_openers` holds those bodies): the body's own organ, which a rewrite may name for it."""
    if len(body.keys) != 1 or len(organ.keys) != 1 or "person" in (body.kind, organ.kind):
        return False
    return organ.keys[0].startswith(body.keys[0] + " ") and body.keys[0] in _body_openers()


_SHORT_FORMS = {"corporation": "corp", "company": "co", "incorporated": "inc", "limited": "ltd", "brothers": "bros",
                "association": "assn", "department": "dept", "government": "govt", "international": "intl"}


def _short(key: str) -> str:
    """The abbreviation a company or body word is also written as: "Corporation" and "Corp." are one word."""
    key = key.rstrip(".")
    return _SHORT_FORMS.get(key, key)


def _syllabic(short: str, words: tuple[str, ...]) -> bool:
    """A short form made of the beginnings of two or more of the words, in order ("cal" + "tech")."""
    words = tuple(w for w in words if w not in ("of", "the", "and", "for", "&"))
    if len(short) < 4 or len(words) < 2:
        return False

    def fits(s: str, i: int, used: int) -> bool:
        if not s:
            return used >= 2
        for j in range(i, len(words)):
            w = words[j]
            for n in range(min(len(w), len(s)), 1, -1):
                if s[:n] == w[:n] and fits(s[n:], j + 1, used + 1):
                    return True
        return False

    return fits(short, 0, 0)


def near_spelling(x: Name, y: Name) -> bool:
    """Leite/Leitte, Sundwell/Sundwall, "Moamer Kadhafi" / "Muammar Gaddafi", "al-Sisi" / "el-Sissi": the same
    name spelled differently."""
    kx = tuple(k for k in x.keys if k not in _ARTICLES) or x.keys  # the Arabic article, "al" or "el" as heard
    ky = tuple(k for k in y.keys if k not in _ARTICLES) or y.keys
    if len(kx) == len(ky):
        diffs = [(p, q) for p, q in zip(kx, ky) if p != q]  # "Armor Cavalry Regiment" / "Armored ..."
        if len(diffs) == 2 and len(kx) == 2:  # given name and surname, both transliterated ("Mohamed Mursi" /
            (gx, gy), (sx, sy) = diffs  # "Mohammed Morsi"): one system of spelling throughout, so the surname's
            # vowels may differ too
            heard = _consonants(sx)
            return len(heard) >= 3 and heard == _consonants(sy) and _consonants(gx) == _consonants(gy)
        if len(diffs) != 1:
            return False
        p, q = diffs[0]
    else:
        p, q = kx[-1], ky[-1]
    return _near_word(p, q)


_ARTICLES = frozenset({"al", "el"})
_IOTATED = re.compile(r"^y(?=[eaiou])")


def _near_word(p: str, q: str) -> bool:
    if p == q or len(p) < 4 or len(q) < 4:
        return False
    if _IOTATED.sub("", p) == _IOTATED.sub("", q):
        return True  # "Yevdokimov" / "Evdokimov", "Yegorov" / "Egorov": a Russian initial E heard as "ye" or not
    return _transliterated(p, q) or (p[0] == q[0] and difflib.SequenceMatcher(None, p, q).ratio() >= 0.8)


def _transliterated(p: str, q: str) -> bool:
    """"Kadhafi" / "Gaddafi" / "Qaddafi": one name transliterated two ways, the same consonants as heard though
    written with other letters; not "Baker" / "Booker", the same letters with a vowel changed."""
    if len(p) < 4 or len(q) < 4 or (heard := _consonants(p)) != _consonants(q) or len(heard) < 3:
        return False
    return _consonants(p, heard=False) != _consonants(q, heard=False)


_SOUNDS = (("kh", "k"), ("dh", "d"), ("th", "t"), ("ph", "f"), ("q", "k"), ("g", "k"))


def _consonants(word: str, heard: bool = True) -> str:
    """A word's consonants, doubles once; `heard`, as a transliteration hears them: digraphs and k/g/q one sound."""
    w = word.lower()
    for a, b in _SOUNDS if heard else ():
        w = w.replace(a, b)
    w = "".join(c for c in w if c.isalpha() and c not in "aeiouy")
    return "".join(c for i, c in enumerate(w) if i == 0 or c != w[i - 1])


def _present(name: Name, keys: set[str]) -> bool:
    """The name's words occur in the other side (a mention not recognised as a name there).

    An alias ("Dublin" folded to a country) is not matched this way: its
    canonical key may stand in the other side for something else.
    """
    return bool(name.keys) and name.start >= 0 and all(k in keys for k in name.keys) and not _is_alias(name)


def _is_alias(name: Name) -> bool:
    return len(name.keys) == 1 and " " not in name.text and name.keys[0] != name.text.lower().removesuffix("'s")


def _counterpart(name: Name, others: list[Name]) -> bool:
    """A mention of the same entity among `others`. A shorter mention ("Farina") does not count when
    `others` also hold a rival full name with the same surname ("Johann Maria Farina" /
    "Giovanni Maria Farina ... Farina"): the short mention is the rival's."""
    found = [m for m in others if same_entity(name, m)]
    if any(len(m.keys) >= len(name.keys) for m in found):
        return True
    rival = any(m.kind == name.kind == "person" and len(m.keys) >= 2 and m.keys[-1] == name.keys[-1]
                and _other_given_name(m.keys[0], name.keys[0]) and not same_entity(name, m)
                for m in others)
    return bool(found) and not (len(name.keys) >= 2 and rival)


def _other_given_name(g: str, h: str) -> bool:
    """Given names of two people, not one man's name and nickname: another initial, or hardly a letter in
    common ("Shahrukh" / "Salmaan"). "Jim" / "James" and "Nick" / "Nicholas" may be one man."""
    return g[:1] != h[:1] or difflib.SequenceMatcher(None, g, h).ratio() < 0.4


def _replaced_in_place(ctx: PairContext, only_a: list[Name], only_b: list[Name]) -> list[tuple[Name, Name]]:
    """Names one change replaces outright, where one of them is mentioned elsewhere on the other side:
    "a Japanese developer based in Lyon, France" / "a French developer based in Lyon, France"."""
    if ctx.changed_fraction > ENTITY_REWRITE_FRACTION:
        return []  # in a rewrite, a name in another's place is as likely another clause
    out = []
    for op in ctx.changes:
        if not (op.a and op.b) or not ctx.anchored(op):
            continue
        xs = [n for n in ctx.a.facts.names if _covers(n, op.a)]
        ys = [n for n in ctx.b.facts.names if _covers(n, op.b)]
        for x in xs:
            for y in ys:
                if not (_covers(x, op.a, strict=True) and _covers(y, op.b, strict=True)) and (
                        x.kind != y.kind or x.kind == "other"):
                    continue  # an article gained or lost: "UConn has" / "the Huskies have" may be a nickname
                if x in only_a and y not in only_b and _elsewhere(y, ctx.a.facts.names, x) or (
                        y in only_b and x not in only_a and _elsewhere(x, ctx.b.facts.names, y)):
                    out.append((x, y))
    return out


def _elsewhere(name: Name, others: list[Name], replaced: Name) -> bool:
    """The name has a counterpart among `others` besides the one it replaced."""
    return not same_entity(name, replaced) and any(m is not replaced and same_entity(name, m) for m in others)


def _first_words(ctx: PairContext) -> list[tuple[Name, Name]]:
    """A sentence's first word, capitalised anyway, replaced by another in an otherwise unchanged
    sentence ("Jane drags the family ..." / "Ruth drags the family ..."; "Sam Slater released" / "Hammond
    released"): names when at least one of them is no English word that WordNet knows, so "Officials
    said" / "Police said" is not a swap, and neither is possessive."""
    if not ctx.minimal_edit:
        return []
    xs = [n for n in ctx.a.facts.names if _opens(n, ctx.a.facts.words) and not _possessive(n)]
    ys = [n for n in ctx.b.facts.names if _opens(n, ctx.b.facts.words) and not _possessive(n)]
    for op in ctx.changes:
        if not (op.a and op.b) or op.size > 3 or not ctx.anchored(op):
            continue
        x = next((n for n in xs if n.start == op.a[0].start and n.end == op.a[-1].end), None)
        y = next((n for n in ys if n.start == op.b[0].start and n.end == op.b[-1].end), None)
        if x is not None and y is not None and not same_entity(x, y) and not (_english(x) and _english(y)):
            return [(x, y)]
    return []


def _opens(name: Name, words: list) -> bool:
    """The name opens the sentence: a lone capitalised first word, or a full name there ("Sam Slater
    released ...")."""
    return bool(words) and name.start == words[0].start and (name.initial and " " not in name.text or " " in name.text)


def _possessive(name: Name) -> bool:
    """ "Nokia's sales" for "Handset sales": a determiner, not a subject swapped."""
    return name.text.replace("’", "'").lower().endswith("'s")


def _english(name: Name) -> bool:
    """A word WordNet knows (in any sense): "Officials", but also "Ruth" and "Wayne"."""
    return bool(wordnet().base_forms(name.text.lower()))


def _covers(name: Name, tokens: list, strict: bool = False) -> bool:
    """The changed tokens lie inside the name, unless `strict` but for an article before it and a
    possessive after it ("Russia's" / "the U.S.'s")."""
    inner = tokens if strict else [t for t in tokens if not (t.end <= name.start and t.key in ("the", "a", "an")
                                                             or t.start >= name.end and t.key == "s")]
    return bool(inner) and name.start <= inner[0].start and inner[-1].end <= name.end


def unmatched(ctx: PairContext) -> tuple[list[Name], list[Name]]:
    """Names of A with no counterpart in B, and of B with none in A."""
    a_names, b_names = ctx.a.facts.names, ctx.b.facts.names
    a_keys = {t.key for t in ctx.a.facts.words}
    b_keys = {t.key for t in ctx.b.facts.words}
    only_a = [n for n in a_names if not _counterpart(n, b_names) and not _present(n, b_keys)
              and not spelled_out(n, ctx.b.text)]
    only_b = [n for n in b_names if not _counterpart(n, a_names) and not _present(n, a_keys)
              and not spelled_out(n, ctx.a.text)]
    # a lone capitalised first word is a name only if the pair writes it capitalised elsewhere too
    proper = {k for n in a_names + b_names if not n.initial for k in n.keys} | ctx.a.proper_words | ctx.b.proper_words
    only_a = [n for n in only_a if (not n.initial or n.keys[0] in proper) and not _in_a_title(ctx.a, n)]
    only_b = [n for n in only_b if (not n.initial or n.keys[0] in proper) and not _in_a_title(ctx.b, n)]
    return only_a, only_b


def _in_a_title(side, n: Name) -> bool:
    """The name is part of a title in quotation marks ("The Tonight Show with Jay Leno"): what the show is called,
    not who did anything."""
    from .extract import in_quoted_title

    return in_quoted_title(side.facts, n)


def matched(ctx: PairContext) -> list[tuple[Name, Name]]:
    """Pairs of names that refer to the same entity in both sides."""
    out = []
    for x in ctx.a.facts.names:
        for y in ctx.b.facts.names:
            if same_entity(x, y):
                out.append((x, y))
                break
    return out


def _title_words(name: Name, ctx: PairContext) -> frozenset[str]:
    return frozenset(k for k in name.role if k in ctx.lex.titles)


def swaps(ctx: PairContext) -> list[Swap]:
    """Entities of A that B replaced by a different entity in the same place.

    Candidates are paired best first over all pairs (not A's names in order),
    so checking B against A finds the mirror image of A against B.
    """
    only_a, only_b = unmatched(ctx)
    candidates: list[tuple[tuple[int, int, str], Swap]] = []
    pairs = [(x, y) for x in only_a for y in only_b] + _replaced_in_place(ctx, only_a, only_b) + _first_words(ctx)
    for x, y in pairs:
        if _parts_of_one_name(ctx, x, y) or adjective_of(x, y):
            continue
        same_role = bool(x.role) and x.role == y.role
        op = ctx.op_of((x.start, x.end), (y.start, y.end))
        if not (same_role or op is not None or _misspelt_surname(x, y) or _same_slot(ctx, x, y)
                or _quoted_by(ctx, x, y, only_a, only_b)):
            continue
        if op is not None and op.size > 8 and not same_role:
            continue
        anchored = ctx.anchored(op) and ctx.changed_fraction <= ENTITY_REWRITE_FRACTION
        score = 2 * same_role + anchored + (x.kind == y.kind)
        tie = (x.start + y.start, "\x1f".join(sorted((x.text, y.text))))
        candidates.append(((-score, *tie), Swap(x, y, same_role, anchored, near_spelling(x, y))))
    out: list[Swap] = []
    used_a: set[int] = set()
    used_b: set[int] = set()
    for _, swap in sorted(candidates, key=lambda c: c[0]):
        if id(swap.a) in used_a or id(swap.b) in used_b:
            continue
        used_a.add(id(swap.a))
        used_b.add(id(swap.b))
        out.append(swap)
    return out


_openers: dict[tuple[int, int], dict[str, frozenset[str]]] = {}


def _body_openers() -> dict[str, frozenset[str]]:
    """For each body of the alias table, the first words of its written-out names ("eu": "european"); made again
    when the configuration's lexicons grow the table, as normalize's alias table is."""
    lex = lexicons()
    key = (id(lex), len(lex.aliases))
    if key not in _openers:
        out: dict[str, set[str]] = {}
        for variant, canon in lex.aliases.items():
            if len(variant) > 1 and variant[0].isalpha():
                out.setdefault(canon, set()).add(variant[0])
        _openers[key] = {k: frozenset(v) for k, v in out.items()}
    return _openers[key]


def adjective_of(x: Name, y: Name) -> bool:
    """One side is a single word that opens the other side's body's full name: "European" goods / "EU" goods
    (the European Union), "African" / "AU" troops."""
    for one, body in ((x, y), (y, x)):
        if len(one.keys) == 1 and len(body.keys) == 1 and one.kind != "person" \
                and one.keys[0] in _body_openers().get(body.keys[0], ()):
            return True
    return False


def _parts_of_one_name(ctx: PairContext, x: Name, y: Name) -> bool:
    """Two single words that one full name of either version holds side by side: "Widodo's" / "Mr Joko's" under
    "Joko Widodo" (an Indonesian "Mr Joko"), one person named two ways."""
    wx, wy = (re.sub(r"['’]s?$", "", n.text.split()[-1]) if n.text.split() else "" for n in (x, y))
    if not wx or not wy or wx == wy or len(x.text.split()) > 1 and len(y.text.split()) > 1:
        return False
    gap = r"\s+(?:(?:da|de|di|do|dos|van|von|der|bin|ibn|al|el)\s+)?"  # "Lula da Silva"
    full = re.compile(rf"\b(?:{re.escape(wx)}{gap}{re.escape(wy)}|{re.escape(wy)}{gap}{re.escape(wx)})\b")
    return any(full.search(v.text) for v in (ctx.a.version, ctx.b.version))


def _same_slot(ctx: PairContext, x: Name, y: Name) -> bool:
    """Two names of one known kind that a rewrite left in the same words: "born in Belluno in 1933" / "was
    born in Treviso in 1933". The two words before each are the same, one of them a content word, and so
    is the word after."""
    if x.kind != y.kind or x.kind == "other":
        return False
    wa, wb = ctx.a.facts.words, ctx.b.facts.words
    ia = [n for n, t in enumerate(wa) if x.start <= t.start < x.end]
    ib = [n for n, t in enumerate(wb) if y.start <= t.start < y.end]
    if not ia or not ib or ia[0] < 2 or ib[0] < 2 or ia[-1] + 1 >= len(wa) or ib[-1] + 1 >= len(wb):
        return False
    before_a, before_b = [t.key for t in wa[ia[0] - 2:ia[0]]], [t.key for t in wb[ib[0] - 2:ib[0]]]
    return (before_a == before_b and any(k not in _SLOT_WORDS for k in before_a)
            and wa[ia[-1] + 1].key == wb[ib[-1] + 1].key)


_SLOT_WORDS = frozenset({"the", "a", "an", "in", "on", "at", "of", "to", "for", "by", "with", "from", "and", "or", ","})


def _quoted_by(ctx: PairContext, x: Name, y: Name, only_a: list[Name], only_b: list[Name]) -> bool:
    """One quotation given to two people: both sides quote the same words (most of them shared) and each
    names one full name the other lacks ("... ruthless in the box," Fraser Dunlop said / said Graeme
    Lockhart)."""
    if not (_full_person(x) and _full_person(y)):
        return False
    if [n for n in only_a if _full_person(n)] != [x] or [n for n in only_b if _full_person(n)] != [y]:
        return False
    qa, qb = ctx.a.facts.quotes, ctx.b.facts.quotes
    if len(qa) != 1 or len(qb) != 1:
        return False
    wa, wb = set(qa[0].text.lower().split()), set(qb[0].text.lower().split())
    return len(wa) >= 5 and len(wa & wb) >= 0.6 * min(len(wa), len(wb))


def _full_person(n: Name) -> bool:
    return n.kind == "person" and len(n.keys) >= 2


def _misspelt_surname(x: Name, y: Name) -> bool:
    """One full name written twice, its surname a letter off ("Anthony Kiernan" / "Anthony Kiernen"),
    wherever a rewrite put it."""
    return (len(x.keys) >= 2 and len(x.keys) == len(y.keys) and x.keys[:-1] == y.keys[:-1]
            and near_spelling(x, y))


def kind_of(swap: Swap) -> str:
    """The entity type of a swap: the known type of either side."""
    kinds = {swap.a.kind, swap.b.kind} - {"other"}
    for k in ("person", "place", "org"):
        if kinds == {k}:
            return k
    if len(kinds) > 1:
        return "mixed"
    return "other"


_IN_FULL = {"us": "united states", "uk": "united kingdom"}  # alias canonicals the parents table writes in full
_REGION_ADJECTIVES = {"middle eastern": "middle east", "balkan": "balkans", "scandinavian": "scandinavia"}


def _place_key(name: Name) -> str | None:
    """The key of a place in the parents table: "Chicago", "the West African (country)" -> "west africa"."""
    parents = lexicons().parents
    written = re.sub(r"^the\s+", "", transliterate(name.text).lower().strip())
    if written in parents or lexicons().places.get(written) == "city":
        return written  # "Pretoria" itself, not the country its alias stands for; "Kingston", which the table leaves
        # out (there are several), is still a city, not Jamaica, and holds no other city of Jamaica
    key = " ".join(name.keys).rstrip(".")
    key = _IN_FULL.get(key, _REGION_ADJECTIVES.get(key, key))
    if key not in parents and key.endswith("an") and key[:-1] in parents:
        key = key[:-1]  # "west african" -> "west africa", "southeast asian" -> "southeast asia"
    return key


def nested(x: Name, y: Name) -> bool:
    """One place lies inside the other by data/place_parents.tsv, at any depth: "Chicago" in "Illinois",
    "Ouagadougou" (Burkina Faso) in "the West African (country)"."""
    kx, ky = _place_key(x), _place_key(y)
    return bool(kx and ky and kx != ky) and (_inside(kx, ky) or _inside(ky, kx))


def lies_in(x: Name, y: Name) -> bool:
    """`x` lies inside `y` by data/place_parents.tsv, at any depth ("Queens" in "New York", "Massachusetts" in "the
    United States")."""
    kx, ky = _place_key(x), _place_key(y)
    return bool(kx and ky) and _inside(kx, ky)


def placed_apart(x: Name, y: Name) -> bool:
    """Both places are in data/place_parents.tsv and neither lies inside the other: the data says where each is, so
    neither can contain the other ("Hampshire" in England, "New Hampshire" in the United States)."""
    parents = lexicons().parents
    kx, ky = _place_key(x), _place_key(y)
    return kx in parents and ky in parents and kx != ky and not nested(x, y)


def _inside(start: str, goal: str) -> bool:
    parents = lexicons().parents
    seen, todo = {start}, [start]
    while todo:
        for up in parents.get(todo.pop(), ()):
            if up == goal:
                return True
            if up not in seen:
                seen.add(up)
                todo.append(up)
    return False
