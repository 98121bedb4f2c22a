"""quote-attribution: the same quotation given to another speaker.

What it flags: a quotation that two versions share (the same words, one
perhaps a trimmed part of the other), anywhere in the story, whose speaker
differs: "'The Tory party has shown it no longer has a mandate to govern,'
he said" after a sentence about Keir Starmer, against "... said Angela
Rayner". The speaker is read as a reader would: the person next to the
speech verb ("said Rayner", "Roxas said", "according to Lim", "Rotunno
called it"), the subject of a sentence that quotes a phrase ("Vance thanked
the women for their 'remarkable courage'"), the last person named for "he
said", and the previous speaker for a quotation that goes on.

A disagreement is an error when each speaker is named beside the quotation
or in the sentence right before its "he said" (or right before a quotation
that stands alone, going on from theirs), and, for a phrase of four
words or fewer, stands with a verb of saying ("Le Maire called the decision
'an economic error'"), not only near it ("found that Rahman had engaged in
'undue spiritual influence'"); a "he said" after a sentence
that only describes or refers back ("the 78-year-old pontiff urged ...")
carries a person from further back, often the wrong one: a warning. So is
a quotation whose sentence has the other version's speaker tell someone
before it ("the speaker said ... that Rajapaksa had informed him he would
step down 'to ensure a peaceful handover of power'"): words passed on from
one to the other, which either may be said to say.

What it lets pass: the same speaker named two ways ("Ms Truss" / "Liz Truss",
"Hank" / "Henry Paulson"); a body and the officer named as speaking for it
("Al Jazeera's acting director general, Mostefa Souag, said" / "Al Jazeera
said"); a quotation whose speaker one version does not say; quotations of a
few words, which two people may well both use (one long word quoted alone is
compared only in two sentences the alignment paired: "called the decision
'incomprehensible'"), though three words written alike, two of them of meaning, are one quotation
wherever they stand ("called it 'a bitter evening'" / "spoke of 'a bitter evening'").

Why it matters: words put in the wrong mouth are among the most damaging
errors a rewrite can make, and the sentences around the quotation are
usually rewritten, so no sentence-by-sentence comparison sees it.

Example: '"It was like a tsunami," Roxas said' / '"It was like a tsunami,"
said President Benigno Aquino' -> error.

Passes: '"It was like a tsunami," Roxas said' / 'Interior Secretary Mar Roxas
said: "It was like a tsunami."' -> nothing.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..compare import StoryContext
from ..entities import near_spelling, same_entity
from ..facts import Name
from ..lexicon import lexicons
from ..normalize import fold_accents
from ..match import QUOTE_OVERLAP
from ..model import Finding, Severity, Side
from . import rule



@rule("WC131", "quote-attribution", Severity.ERROR, "The same quotation given to a different speaker", scope="story")
def check(ctx: StoryContext) -> Iterator[Finding]:
    for sm in ctx.matches:
        for qm in sm.quotes:
            x, y = qm.a, qm.b
            if x.speaker is None or y.speaker is None or x.speaker_name is None or y.speaker_name is None:
                continue
            namesakes = x.speaker == y.speaker and _other_given_names(x.speaker_name, y.speaker_name, x.speaker)
            if x.speaker == y.speaker and not namesakes:
                continue
            px, py = sm.a.people.get(x.speaker), sm.b.people.get(y.speaker)
            if px is None or py is None:
                continue
            fx, fy = (x.speaker_name, y.speaker_name) if namesakes else (px.full, py.full)  # "Lee Jong-ho" and
            # "Lee Sang-ryul": one surname, two people, each named in full where they speak
            if same_entity(fx, fy) or near_spelling(fx, fy):
                continue  # one person, perhaps misspelt (name-spelling says so)
            if same_entity(x.speaker_name, y.speaker_name):
                continue  # "Philonise" / "Philonise Floyd": the mentions agree though the surname is a brother's
            if fx.kind != "person" or fy.kind != "person":
                continue  # an organisation or a description read as a name is no speaker to compare
            if _speaks_for(sm.a, x, py.full) or _speaks_for(sm.b, y, px.full):
                continue  # "Al Jazeera's acting director general, Mostefa Souag, said" / "Al Jazeera said": the
                # body and the officer who speaks for it
            if any(q.speaker == x.speaker and q is not y and _overlap(q.words, x.words) >= QUOTE_OVERLAP
                   for q in sm.b.quotes):
                continue  # the other version gives the words to both: a shared line, not a swap
            phrase = min(len(x.words), len(y.words)) <= PHRASE
            both = _names_too(sm.a, x, py.key) or _names_too(sm.b, y, px.key)
            severity = check.severity if _sure(x) and _sure(y) and not both and not (
                phrase and not (_speaks(sm.a, x) and _speaks(sm.b, y))) else Severity.WARNING
            a_span = _span(sm.a, x)
            b_span = _span(sm.b, y)
            shown = x.text if len(x.text) <= 60 else x.text[:57] + "..."
            yield Finding(
                rule=check.id, name=check.name, severity=severity,
                message=(f'"{shown}" is said by {_who(x, px)} in {x.version} but by {_who(y, py)} in {y.version}'),
                a=Side(x.version, sm.a.claims[x.speaker_claim].text, a_span, x.speaker_name.text),
                b=Side(y.version, sm.b.claims[y.speaker_claim].text, b_span, y.speaker_name.text),
                confidence=round(qm.overlap, 2),
                why=f"the same quotation ({qm.overlap:.0%} of its words) with another speaker "
                    f"({_how(x.how)} in {x.version}, {_how(y.how)} in {y.version})",
            )


PHRASE = 4  # a quotation of this many words or fewer is a phrase a sentence may cite ("found that imams exerted
# "undue spiritual influence"") rather than give to the names near it: sure only with its speaker's verb beside it
_SPEECH_AFTER = re.compile(r"\s*(?:,[^,.;]{1,80},\s*|,\s*)?(?:also\s+|then\s+|has\s+|had\s+)?(?:said|says|called|calls|"
                           r"told|tells|described|describes|added|adds|warned|warns|wrote|writes|dismissed|branded|"
                           r"denounced|hailed|praised|spoke\s+of|speaks\s+of)\b", re.IGNORECASE)
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|according to|added|wrote)\s*$", re.IGNORECASE)


def _other_given_names(x: Name, y: Name, surname: str) -> bool:
    """Two mentions of one surname, each with a given name the other's does not match: "Science Minister Lee
    Jong-ho" / "Lee Sang-ryul, president of the Korea Aerospace Research Institute"; not one person by a nickname or
    an initial ("Adm. Hal Gehman" / "Navy Admiral Harold W. Gehman Jr"). The caller asks, as of any two speakers,
    that both are people and not one entity or one name misspelt."""
    gx, gy = ([k.rstrip(".") for k in n.keys if k.rstrip(".") not in _SUFFIXES | {surname}] for n in (x, y))
    if not gx or not gy:
        return False  # a surname alone
    nick = lexicons().nicknames

    def one(g: str, h: str) -> bool:  # "Hal" / "Harold", "H." / "Harold", "Jong-ho" / "Jong"
        return (g.startswith(h) or h.startswith(g) or h in nick.get(g, ())
                or any(g in v and h in v for v in nick.values()))

    return not any(one(g, h) for g in gx for h in gy)


_SUFFIXES = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "ii", "iii", "iv"})


def _overlap(x: tuple[str, ...], y: tuple[str, ...]) -> float:
    sx, sy = set(x), set(y)
    return len(sx & sy) / min(len(sx), len(sy)) if sx and sy else 0.0


def _span(vf, q) -> tuple[int, int]:
    return vf.to_version(q.speaker_claim, q.speaker_name.start, q.speaker_name.end)


def _speaks(vf, q) -> bool:
    """The speaker's name stands with a verb of saying: "Emanuel said", "David Vitale, the president of the school
    board, called it", "said Angela Rayner"; not "Rahman and his agents had engaged in ... 'undue spiritual
    influence'", where the name is who the cited phrase is about."""
    text = vf.claims[q.speaker_claim].text
    return bool(_SPEECH_AFTER.match(text, q.speaker_name.end) or _SPEECH_BEFORE.search(text, 0, q.speaker_name.start))


def _speaks_for(vf, q, body: Name) -> bool:
    """The speaker is named as an officer of `body`, the other version's speaker: "Al Jazeera's acting director
    general, Mostefa Souag, said", "Mostefa Souag, Al Jazeera's director general, said"."""
    name = q.speaker_name
    if not name.role or not body.keys:
        return False
    text = fold_accents(vf.claims[q.speaker_claim].text.lower())
    start = min(name.start, name.role_span[0]) if name.role_span else name.start
    end = max(name.end, name.role_span[1]) if name.role_span else name.end
    owner = re.compile(r"\b" + r"\s+".join(map(re.escape, body.keys)) + r"['’]s?\s")
    return bool(owner.search(text, max(0, start - len(" ".join(body.keys)) - 3), end))


def _names_too(vf, q, surname: str) -> bool:
    """The sentence that quotes has the other version's speaker tell someone, before the quotation: "Speaker
    Abeywardena said ... that Rajapaksa had informed him he would step down 'to ensure a peaceful handover of power'" /
    "Rajapaksa ... told the speaker ... that he would go 'to ensure ...'": words one passed on from the other, which
    either may be said to say (not "Kerry met Rodriguez. 'We have a deal,' Kerry said")."""
    claim = vf.claims[q.claim]
    text = fold_accents(vf.version.text[claim.start:q.start]).lower()
    return re.search(rf"\b{re.escape(surname)}\b(?:\s+\w+){{0,2}}?\s+{_TOLD}\b", text) is not None


_TOLD = r"(?:told|informed|assured|promised|wrote to)"


def _sure(q) -> bool:
    """The speaker is named beside the quotation, or "he said" (or a quotation standing alone) follows the sentence
    that names them; not a "he said" after a sentence that only describes or refers back ("the 78-year-old pontiff
    urged", "In his homily he called"), whose person the reading carries from further back and may well mistake."""
    return q.how in ("named", "titled") or q.how in ("pronoun", "continued") and q.speaker_claim is not None \
        and q.claim - q.speaker_claim <= 1  # '"I don't have a sabotage story," Gay said.' then '"I basically put my
    # trust in someone and I was let down."': a quotation on its own right after the sentence naming its speaker


def _who(q, person) -> str:
    """The speaker as the version names them there, with the full name when that is a title ("the judge (Ralph
    Alt)")."""
    name = q.speaker_name.text
    return name if name[:1].isupper() else f"{name} ({person.full.text})"


def _how(how: str) -> str:
    return {"named": "named beside it", "titled": "named beside it by the title only they hold",
            "pronoun": "'he/she said' after the sentence naming them",
            "continued": "the quotation goes on from theirs"}.get(how, how)
