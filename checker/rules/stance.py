"""stance-reversed: one person said to back a thing in one version and to oppose it in another, anywhere in the story.

What it flags: a named person or body whose stance on one thing two versions report the other way round, in
sentences the rewrite moved apart: "Mayor Linda Thompson opposed the filing" / "Mayor Linda Thompson, who backed the
filing, said"; "Scottish Labour and the Liberal Democrats backed the bill" / "The Scottish Conservatives and Scottish
Labour voted against the bill"; "Wilson Sossion, secretary general of the union, criticised the speed of the marking"
/ "Wilson Sossion, who leads the union, welcomed the speed of the marking". The actor is named right before the verb
(or before ", who", or opens the sentence before an aside set off by commas), alone or in a list; the thing is the
first content word after the verb ("the filing": filing).

What it lets pass: an actor who takes both sides in one version (a change of mind is news) or whose stance is told
as a past one ("initially opposed"); a negated stance ("did not oppose"); stances on different things ("backed the
plan" / "opposed the tax"); bodies named by a common word ("the council rejected"), of which a story may have
several.

Why it matters: who was for and who was against is the fact of a vote or a dispute, and a rewrite that moves the
stance into a relative clause hides it from the pair rules (direction-flip), which only see words side by side.

Example: "Mayor Linda Thompson opposed the filing" / "Mayor Linda Thompson, who backed the filing, said" -> error.

Passes: "Thompson opposed the filing" / "Thompson, who fought the filing," -> nothing (both against).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..compare import StoryContext, opposite_ways, spans_finding
from ..extract import VersionFacts, mention_key
from ..facts import Name
from ..model import Finding, Severity
from ..normalize import lemma
from . import rule

SUPPORT = frozenset({"back", "support", "endorse", "favour", "favor", "champion", "welcome", "praise", "hail"})
OPPOSE = frozenset({"oppose", "reject", "resist", "fight", "fought", "denounce", "condemn", "criticise", "criticize",
                    "deplore"})
_FOR = frozenset(lemma(w) for w in SUPPORT) | {"vote for"}  # compared as the tokens' simple lemmas
_AGAINST = frozenset(lemma(w) for w in OPPOSE) | {"vote against"}
_OBJECT_SKIP = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "our"})
# between the person and the verb: nothing, ", who", an auxiliary or an adverb of degree
_GAP = re.compile(r"(?:\s*,\s*who|)(?:\s+(?:had|has|have|also|strongly|publicly|firmly|both|all))*\s+")
_APPOSED = re.compile(r"\s*,[^,;:\"“”]{1,80},\s*")  # "Wilson Sossion, who leads the union, welcomed": the subject,
# then an aside about it
_LISTED = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")  # "Scottish Labour and the Liberal Democrats backed"


@rule("WC143", "stance-reversed", Severity.ERROR,
      "A named person or body backing a thing in one version and opposing it in another", scope="story")
def check(ctx: StoryContext) -> Iterator[Finding]:
    for sm in ctx.matches:
        for _, (_, ca, a0, a1), (_, cb, b0, b1) in opposite_ways(_stances(sm.a), _stances(sm.b)):
            yield spans_finding(check, sm, (ca, a0, a1), (cb, b0, b1),
                                "the same person or body is for a thing in one version and against it in the other, "
                                "and neither version says they took both sides")


def _actor(n: Name, vf: VersionFacts) -> str | None:
    """Who a name before a stance verb is: a person by their key, a named body by its words."""
    if n.kind == "place":
        return None
    return mention_key(n, vf.people) or (" ".join(n.keys) if n.kind in ("org", "other") and len(n.keys) >= 2
                                         else None)  # "Scottish Labour"; not "Labour" alone, nor "Sunday"


def _stances(vf: VersionFacts) -> dict[tuple[str, str], list[tuple[str, int, int, int]]]:
    """Per (actor, thing): (for or against, claim, start, end) of each stance verb whose subject is a named person
    or body, or a list of them ("Scottish Labour and the Liberal Democrats backed the bill"), the span from the verb
    to the thing."""
    out: dict[tuple[str, str], list[tuple[str, int, int, int]]] = {}
    for ci, cf in enumerate(vf.analyses):
        toks = cf.tokens
        for k, t in enumerate(toks):
            if t.kind != "word":
                continue
            verb, first, end = lemma(t.text.lower()), t, k
            if verb == lemma("vote") and k + 1 < len(toks) and toks[k + 1].text.lower() in ("for", "against"):
                verb, end = f"vote {toks[k + 1].text.lower()}", k + 1
            way = "for" if verb in _FOR else "against" if verb in _AGAINST else None
            if way is None:
                continue
            j = end + 1
            while j < len(toks) and toks[j].text.lower() in _OBJECT_SKIP:
                j += 1
            if j >= len(toks) or toks[j].kind != "word" or toks[j].text[:1].isupper():
                continue  # "backed Obama": a person backed is no thing to take sides on here
            thing = lemma(toks[j].text.lower())
            actors, edge, joint = [], first.start, _GAP
            before = sorted((n for n in cf.names if n.end <= first.start), key=lambda n: -n.end)
            opening = min(before, key=lambda n: n.start) if before else None
            if opening is not None and opening.start == 0 and _APPOSED.fullmatch(cf.text, opening.end, first.start):
                before, joint = [opening], _APPOSED  # the aside is passed over: the sentence's subject holds it
            for n in before:
                if joint.fullmatch(cf.text, n.end, edge) is None:
                    break  # "did not oppose": a negation between the actor and the verb is no gap it allows
                if (who := _actor(n, vf)) is not None:
                    actors.append(who)
                edge, joint = n.start, _LISTED
            for who in actors:
                out.setdefault((who, thing), []).append((way, ci, first.start, toks[j].end))
    return out
