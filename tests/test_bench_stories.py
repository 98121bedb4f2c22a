"""bench/stories.py: what it says when one story's score moved between two runs."""
from __future__ import annotations

from bench.stories import changes


def score(found: int, warned: int, false: int, *notes: str) -> dict:
    return {"gold": 3, "found": found, "as_warning": warned, "false": false, "notes": list(notes)}


def test_a_story_scored_alike_twice_says_nothing():
    assert changes(score(1, 1, 0, "only a warning: May 4 / May 14"),
                   score(1, 1, 0, "only a warning: May 4 / May 14")) == []


def test_a_moved_score_gives_its_counts_then_each_note_gained_or_lost():
    old = score(0, 2, 1, "only a warning: May 4 / May 14", "false error [WC102] 'Grand Slam' / 'Kyrgios'")
    new = score(1, 1, 0, "only a warning: Naldi / Ferrara")
    assert changes(old, new) == [
        "found 0 -> 1, as_warning 2 -> 1, false 1 -> 0",
        "  - false error [WC102] 'Grand Slam' / 'Kyrgios'",
        "  - only a warning: May 4 / May 14",
        "  + only a warning: Naldi / Ferrara",
    ]
