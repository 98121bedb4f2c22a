"""Properties over arbitrary text: ingest, segment and the rules never raise, spans are real, A vs A is clean.

Pairs of one sentence each need no model, so hypothesis can run many examples.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.check import check_texts
from checker.ingest import InputProblem, parse_version
from checker.segment import segment

WORDS = st.sampled_from([
    "The", "minister", "Sergei", "Ryabkov", "said", "on", "Wednesday", "yesterday", "100,000", "$1.8bn", "2.5%", "not",
    "rose", "fell", "Nato", "U.S.", "Mr", '"', "“", "”", ".", ",", "-", "in", "Geneva", "Vienna", "one", "hundred",
    "thousand", "didn't", "week", "month", "\u202e", "<script>", "São", "Paulo", "(", ")", "Jan.", "12", "2019",
])
SENTENCE = st.lists(WORDS, min_size=1, max_size=25).map(" ".join)
TEXT = st.one_of(st.text(max_size=300), SENTENCE)
# derandomize: CI runs the same 400 examples every time, so a red build always reproduces
FAST = settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(TEXT)
def test_ingest_and_segment_never_raise_and_spans_are_real(text):
    try:
        v = parse_version(text, "t.txt")
    except InputProblem:
        return
    for c in segment(v):
        assert v.text[c.start : c.end] == c.text and c.text.strip()


@FAST
@given(SENTENCE, SENTENCE)
def test_rules_never_raise_and_every_span_points_at_its_value(a, b):
    if not a.strip() or not b.strip():
        return
    result = check_texts(a, b)
    texts = {v.id: v.text for v in result.versions}
    for f in result.findings:
        for side in (f.a, f.b):
            s, e = side.span
            assert 0 <= s <= e <= len(texts[side.version])
            if side.value:
                assert texts[side.version][s:e] == side.value


@FAST
@given(SENTENCE)
def test_a_text_against_itself_finds_nothing(a):
    if a.strip():
        assert check_texts(a, a + " ").findings == []


@FAST
@given(SENTENCE, SENTENCE)
def test_swapping_the_versions_swaps_the_values(a, b):
    if not a.strip() or not b.strip():
        return
    fwd = {(f.name, f.a.value, f.b.value) for f in check_texts(a, b).findings if f.severity > 1}
    back = {(f.name, f.b.value, f.a.value) for f in check_texts(b, a).findings if f.severity > 1}
    assert fwd == back


def test_found_by_hypothesis_reordered_words_with_a_negation_are_symmetric():
    a, b = "The minister", "minister not The"
    fwd = {(f.name, f.a.value, f.b.value) for f in check_texts(a, b).findings if f.severity > 1}
    back = {(f.name, f.b.value, f.a.value) for f in check_texts(b, a).findings if f.severity > 1}
    assert fwd == back
