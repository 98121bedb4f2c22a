"""model-disagreement: the learned verifier reads two versions of a sentence as disagreeing where no rule did.

What it flags: a sentence and its counterpart in another version (paired by the alignment, or holding facts
matched across the story) that the rules left without any warning or error, when the verifier
(checker/verifier.py, trained by scripts/train_verifier.py) scores them above its strict threshold. The
finding shows the verifier's score and the words that differ. It catches what the rules have no words for: a
changed common noun or predicate ("the plan was approved" / "the plan was shelved"), a fact rewritten in
other words.

What it lets pass: a change whose every word lies inside facts the rules matched and found equal ("14.7
pounds" / "about 15 pounds"); two sentences that share less than 40% of their content words (they are not versions of one
sentence, whatever facts they share); pairs a rule already flagged (the verifier never raises, lowers or vetoes a rule's finding);
identical sentences; everything below the threshold, which was set so that the verifier flags at most 1% of
benign cross-outlet rewrites (MRPC label 0 of the tune slice).

Why it matters: a fifth of real factual revisions change words no lexicon lists; a second reader that has seen
thousands of real revisions points the editor at them, as a warning to look at, never as a verdict.

Example: "The council approved the plan on Monday." / "The council shelved the plan on Monday." -> warning
(score 0.9x, «approved» / «shelved»), when the verifier scores it above its threshold.

Passes: "The council approved the plan on Monday." / "On Monday the council approved the plan." -> nothing.

Turn it off with `ignore = ["WC201"]` in the configuration, or `--ignore WC201`.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..compare import StoryContext
from ..model import Claim, Finding, Severity, Side
from . import rule


def _flagged(ctx: StoryContext) -> set[tuple[str, str, str]]:
    """(version, reference sentence, other sentence) of every claim a rule flagged at warning or above."""
    out = set()
    for f in ctx.findings:
        if f.severity >= Severity.WARNING:
            out.add((f.b.version, f.a.claim, f.b.claim))
    return out


def _covered(a: Claim, b: Claim, version: str, flagged: set[tuple[str, str, str]]) -> bool:
    return any(v == version and a.text in ca and b.text in cb for v, ca, cb in flagged)


KIN = 0.4  # share of content words two sentences must have in common to be read as versions of one sentence


def _versions_of_one_sentence(a: str, b: str) -> bool:
    """The verifier learned from versions of one sentence; two sentences that only share a matched fact are
    something else, and it reads them as disagreeing (the seeds' lead and a Stoltenberg quotation scored 0.98)."""
    from ..align import word_overlap

    return word_overlap(a, b) >= KIN


def _judged_equal(sm: object, i: int, j: int, a: Claim, b: Claim) -> bool:
    """Every word that differs between the two sentences lies inside facts the rules matched and found to agree
    ("14.7 pounds" / "about 15 pounds", "yesterday" / "on Wednesday"): the rules have judged that change."""
    from .. import verifier

    spans_a = [(m.a.start, m.a.end) for m in sm.facts if m.agree and m.a.claim == i and m.b.claim == j]
    spans_b = [(m.b.start, m.b.end) for m in sm.facts if m.agree and m.a.claim == i and m.b.claim == j]
    if not spans_a:
        return False
    runs, ta, tb = verifier.changed_runs(a.text, b.text)

    def inside(toks: list, lo: int, hi: int, start: int, spans: list[tuple[int, int]]) -> bool:
        return all(any(s <= start + t.start() and start + t.end() <= e for s, e in spans) for t in toks[lo:hi])

    return all(inside(ta, i1, i2, a.start, spans_a) and inside(tb, j1, j2, b.start, spans_b)
               for i1, i2, j1, j2 in runs)


def _side(version: str, claim: Claim, span: tuple[int, int] | None) -> Side:
    if span is None:
        return Side(version, claim.text, (claim.start, claim.start), "")
    return Side(version, claim.text, (claim.start + span[0], claim.start + span[1]), claim.text[span[0]:span[1]])


@rule("WC201", "model-disagreement", Severity.WARNING,
      "The learned verifier reads two versions of a sentence as disagreeing where no rule did", scope="review")
def model_disagreement(ctx: StoryContext) -> Iterator[Finding]:
    from .. import verifier

    model = verifier.shared()
    if model is None or not ctx.matches:
        return
    flagged = _flagged(ctx)
    todo: list[tuple[str, Claim, Claim]] = []
    seen: set[tuple[str, int, int]] = set()
    for sm in ctx.matches:
        vid = sm.b.version.id
        pairs = set(sm.aligned) | {(m.a.claim, m.b.claim) for m in sm.facts}
        for i, j in sorted(pairs):
            a, b = sm.a.claims[i], sm.b.claims[j]
            if (vid, i, j) in seen or " ".join(a.text.split()) == " ".join(b.text.split()):
                continue
            seen.add((vid, i, j))
            if (not _covered(a, b, vid, flagged) and _versions_of_one_sentence(a.text, b.text)
                    and not _judged_equal(sm, i, j, a, b)):
                todo.append((vid, a, b))
    if not todo:
        return
    scores = model.score([(a.text, b.text) for _, a, b in todo])
    for (vid, a, b), score in zip(todo, scores):
        if score <= model.threshold:
            continue
        sa, sb = verifier.changed_words(a.text, b.text)
        left, right = _side(a.version, a, sa), _side(vid, b, sb)
        yield Finding(
            "WC201", "model-disagreement", Severity.WARNING,
            f"the verifier reads these sentences as disagreeing (score {score:.2f}): "
            f"«{left.value}» in {a.version} / «{right.value}» in {vid}",
            left, right, confidence=float(score),
            why=f"a model trained on real revisions scores the change {score:.2f}, above its threshold "
                f"{model.threshold:.2f}; no rule names this kind of change",
        )
