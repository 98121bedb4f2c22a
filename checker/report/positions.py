"""Character offsets -> 1-based line and column, for the CI report writers.

A finding's span is ``[start, end)`` in its version's text, after line endings
were normalised to ``\\n``; a file read with CRLF endings therefore has the
same line numbers, and the same columns (the ``\\r`` sits after the last
column). Columns count Unicode code points, the way Python indexes a str (SARIF
``columnKind: unicodeCodePoints``); a tab is one column. The end of a span is
exclusive: ``line_col(text, end)`` is the position just after the value, as
SARIF's ``endColumn`` wants it.

Sample::

    >>> line_col("one\\ntwo three", 8)
    (2, 5)
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Side, StoryResult, Version


def line_col(text: str, offset: int) -> tuple[int, int]:
    """The 1-based (line, column) of `offset` in `text`; `len(text)` is allowed (just past the end)."""
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} is outside the text (0..{len(text)})")
    line_start = text.rfind("\n", 0, offset) + 1
    return text.count("\n", 0, offset) + 1, offset - line_start + 1


@dataclass(frozen=True)
class Place:
    """Where one side of a finding is: its version, that version's path, and the span as lines and columns."""

    version: str
    path: str | None  # None when the version was not read from a file (check_texts, `pairs`)
    start: tuple[int, int]  # (line, column) of the first character
    end: tuple[int, int]  # (line, column) just after the last character
    value: str

    @property
    def empty(self) -> bool:
        """True for the missing side of a claim found in one version only (an empty span, no value)."""
        return self.start == self.end and not self.value

    def label(self) -> str:
        """``path:line:col`` (or ``version:line:col`` without a path), for plain-text reports."""
        return f"{self.path or self.version}:{self.start[0]}:{self.start[1]}"


def place(result: StoryResult, side: Side) -> Place:
    """Locate one side of a finding in its version's text."""
    version = _version(result, side.version)
    start, end = side.span
    return Place(side.version, version.path, line_col(version.text, start), line_col(version.text, end), side.value)


def _version(result: StoryResult, vid: str) -> Version:
    for v in result.versions:
        if v.id == vid:
            return v
    raise KeyError(f"finding names version {vid!r}, which is not in story {result.story!r}")
