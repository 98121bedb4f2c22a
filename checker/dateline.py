"""Datelines as agencies write them: the place, often the day, and the agency, before the first sentence.

    BRUSSELS, Jan 13 (Reuters) -            WASHINGTON (AP) —
    PARIS, 3 March (AFP) -                  LONDON, Oct. 20 (Reuters) -
    NEW YORK, Jan 13, 2024 (Bloomberg) --   Brussels, Jan 13 (Reuters) -
    LONDON •                                (a newspaper's dateline)

A byline ("By Jane Smith") may stand on the lines before it. The day is
returned as written (month, day and perhaps year): a dateline without a year
takes it from elsewhere (`ingest.resolve_dates`), never from the clock.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# a place: one to five words, each capitalised (or all capitals), with a state or country after a comma
_PLACE_WORD = r"[A-Z][A-Za-z.'’\-]*"
_PLACE = rf"(?P<place>{_PLACE_WORD}(?:[ \t]+(?:{_PLACE_WORD}|de|del|la|le|al|el|es|of|on|am|upon)){{0,4}}" \
         rf"(?:,[ \t]*(?!{_MONTH}[ \t]*\d)(?!\d){_PLACE_WORD}(?:[ \t]+{_PLACE_WORD}){{0,2}})?)"
_DAY = (rf"(?:(?P<month>{_MONTH})[ \t]+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[ \t]+(?P<month2>{_MONTH}))"
        rf"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?")
_AGENCY = r"\((?P<agency>[^()\n]{1,80})\)"
_DASH = r"(?:--|-|–|—|•|:)"
DATELINE = re.compile(
    rf"{_PLACE}(?:,[ \t]*{_DAY})?[ \t]*(?:{_AGENCY})?[ \t]*{_DASH}[ \t]*",
)
BYLINE = re.compile(r"[ \t]*By[ \t]+[A-Z][^\n]{0,120}\n(?:[ \t]*(?:and[ \t]+)?[A-Z][^\n]{0,80}\n)?")
_NOT_A_PLACE = {"the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but", "and", "this", "that"}


@dataclass(frozen=True)
class Dateline:
    """What an opening dateline says, and where the article text after it starts."""

    place: str
    month: int | None
    day: int | None
    year: int | None
    agencies: tuple[str, ...]
    end: int  # offset of the first character of the article text

    @property
    def has_day(self) -> bool:
        return self.month is not None and self.day is not None


def parse_dateline(text: str, start: int = 0) -> Dateline | None:
    """The dateline opening `text` at `start` (after an optional byline), or None.

    A dateline must be followed by article text on the same line, and must
    name a place in capitals or carry an agency or a day: "Brussels (Reuters) -"
    is one, "He said - " is not.
    """
    pos = start
    by = BYLINE.match(text, pos)
    if by:
        pos = by.end()
    m = DATELINE.match(text, pos)
    if m is None or "\n" in m.group(0).rstrip() or (m.end() < len(text) and text[m.end()] == "\n"):
        return None  # at the end of the text it is still a dateline: the caller says there is no article
    place = m.group("place").strip().rstrip(",")
    first = place.split()[0].lower().strip(",")
    city = place.split(",")[0]  # "MARIANA, Brazil •": the city in capitals, its country as written in the text
    shouting = city.replace(".", "").replace("-", "").replace("'", "").replace(" ", "").isupper()
    if (first in _NOT_A_PLACE and not shouting) or not (shouting or m.group("agency") or m.group("month") or m.group("month2")):
        return None
    month_word = m.group("month") or m.group("month2")
    day = m.group("day") or m.group("day2")
    agencies = tuple(s.strip() for s in re.split(r"[,/;]", m.group("agency") or "") if s.strip())
    return Dateline(
        place=place,
        month=MONTHS[month_word.rstrip(".").lower()] if month_word else None,
        day=int(day) if day else None,
        year=int(m.group("year")) if m.group("year") else None,
        agencies=agencies,
        end=m.end(),
    )
