"""Version -> [Claim] with character offsets into the version's text.

Sentences end at . ! ? followed by space and a capital, a digit or an
opening quote, except after abbreviations (Mr., U.S., Jan. 12, No. 3) and
initials, and never inside a quotation that closes later in the paragraph.
A short line without final punctuation ("Little leeway") is a subheading:
kept for display, never checked. A line without final punctuation followed by
a line starting in lower case is a hard-wrapped sentence and joins it.

Lines that are about the copy rather than the story are no claims at all:
bylines, "Updated ..."/"Published ..." stamps, photo credits, "Reporting by
... Editing by ...", Reuters' conversion notes "(($1 = 0.9 euros))", the
trust-principles footer, and lines that are only a web or mail address.
"""
from __future__ import annotations

import re

from .model import Claim, Version
from .normalize import URL_OR_EMAIL

# Abbreviations that never end a sentence, and those that do not when a number follows.
_ABBREV = {
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "maj",
    "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "cpl", "pvt", "messrs", "mme", "mlle",
    "inc", "corp", "ltd", "co", "bros", "vs", "v", "etc", "approx", "est", "jr", "sr", "mt", "ft", "ave",
    "blvd", "rd", "dept", "univ", "assn", "fig", "e.g", "i.e", "cf", "al",
}
_BEFORE_NUMBER = {"no", "nos", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "art", "vol", "p", "pp", "ch", "sec"}
_END = re.compile(r"[.!?]+(?:['\"’”)\]]+)?(?=\s)")
_OPEN_QUOTES = "\"“”"
_HEADING_END = re.compile(r"[.!?:;,…]['\"’”)]*\s*$")


_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|der|al|bin|da|di|le|la))*"
METADATA = re.compile(
    "|".join([
        rf"By\s+{_NAME}(?:\s*(?:,|and|&)\s*{_NAME})*(?:\s*[,|/–—-]\s*[\w .,'’-]{{0,60}})?",  # By Jane Smith, Reuters
        r"(?:Last\s+)?(?:Updated|Published|Posted|First\s+published|Modified|updated|published)\s*:?\s*(?:on\s+|at\s+)?"
        r"(?:\d|an?\s+(?:hour|minute|day)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
        r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)[^!?]{0,80}",  # Updated 3 hours ago
        r"\(?(?:Photo|Photograph|Picture|Image|Video|Graphic)s?(?:\s+credit)?\s*[:/-][^\n]{0,160}\)?",
        r"\(?[^()\n]{0,160}\b(?:REUTERS|Reuters|AFP|AP|EPA|Getty\s+Images|Bloomberg)\s*/\s*[A-Z][^\n]{0,80}\)?",  # REUTERS/Yves Herman
        r"\(?(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Research)\s+by\b[^\n]{0,300}\)?",
        r"\(\((?:[^()]|\([^()]*\))*\)\)",  # (($1 = 0.9 euros))
        r"Our\s+Standards:[^\n]{0,100}",
        r"https?\s*:\s*/\s*/[^\n]*",  # an address, however its copy was tokenised ("http: / / www. ...")
        rf"(?:\d{{1,2}}\s+{_MONTH_NAME}\.?|{_MONTH_NAME}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+\d{{4}}(?:[\s,-]*(?:\d{{1,2}}[:.]\d{{2}}(?:\s?[ap]\.?m\.?)?|\((?:GMT|UTC)[+-]\d{{1,2}}:\d{{2}}\)"
        r"|GMT|UTC|BST|EST|EDT|CET|Last\s+updated\s+at))*",  # "5 Aug 2013 10:37", "2 October 2013, 15:39 (GMT+05:00)"
        rf"(?:{URL_OR_EMAIL.pattern})(?:\s*[,;]?\s*(?:{URL_OR_EMAIL.pattern}))*",
    ]),
)


def is_metadata(line: str) -> bool:
    """A line about the copy (byline, time stamp, credit, conversion note, address), not about the story."""
    return METADATA.fullmatch(line.strip()) is not None


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, pos - 20) : pos])
    return m.group(1).lower() if m else ""


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Does the punctuation at `dot` end a sentence, the next one starting at `after`?"""
    nxt = text[after : after + 1]
    if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘'("):
        return False
    if text[dot] != ".":
        return True
    word = _word_before(text, dot)
    if not word:
        return True
    if word in _ABBREV:
        return False
    if word in _BEFORE_NUMBER and nxt.isdigit():
        return False
    if len(word) == 1 and word.isalpha() and text[dot - 1].isupper():
        return False  # an initial: "J. Smith"
    if "." in word:
        return False  # U.S., U.K., a.m.: rarely a sentence end in wire copy
    return True


def _quote_open(segment: str) -> bool:
    """Is a double quotation open at the end of `segment`?"""
    straight = segment.count('"')
    curly_open, curly_close = segment.count("“"), segment.count("”")
    return straight % 2 == 1 or curly_open > curly_close


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    sent_start = start
    para = text[start:end]
    closes_later = not _quote_open(para)  # an unclosed quote runs to the paragraph end: ignore it
    for m in _END.finditer(text, start, end):
        after = m.end()
        while after < end and text[after].isspace():
            after += 1
        if after >= end:
            break
        if not _is_boundary(text, m.start(), after):
            continue
        if closes_later and _quote_open(text[sent_start : m.end()]):
            continue
        spans.append((sent_start, m.end()))
        sent_start = after
    spans.append((sent_start, end))
    return spans


def is_heading(line: str, first: bool) -> bool:
    """A subheading (short, no final punctuation, not the lead) or a headline in title case at any length
    ("Biologists Call on Obama Administration to Overturn Bush Rules"): display, not a claim."""
    words = line.split()
    opening = line.lstrip("'\"‘“")  # "'I WASN'T THERE'": a quoted subheading
    if _HEADING_END.search(line) or not opening[:1].isupper() or not words:
        return False
    long_words = [w for w in words if len(w) >= 4 and w[:1].isalpha()]
    title_case = len(words) >= 4 and long_words and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)
    return bool(title_case) or ((not first) and len(words) <= 8)


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stripped line spans; a hard-wrapped line (no final punctuation, next line lower-case) joins the next."""
    lines = []
    for m in re.finditer(r"[^\n]+", text[:end]):
        ls, le = max(m.start(), start), m.end()
        if le <= start:
            continue
        chunk = text[ls:le]
        if not chunk.strip():
            continue
        ls += len(chunk) - len(chunk.lstrip())
        lines.append((ls, ls + len(chunk.strip())))
    out: list[tuple[int, int]] = []
    for ls, le in lines:
        if out:
            ps, pe = out[-1]
            prev, nxt = text[ps:pe], text[ls:le]
            if (text[pe:ls].count("\n") == 1 and not _HEADING_END.search(prev) and nxt[:1].islower()
                    and not is_metadata(prev) and not is_metadata(nxt)):
                out[-1] = (ps, le)
                continue
        out.append((ls, le))
    return out


def segment(version: Version) -> list[Claim]:
    """Split a version's body into claims; subheadings are marked, not dropped."""
    text = version.text
    end = version.body_end if version.body_end is not None else len(text)
    claims: list[Claim] = []
    for paragraph, (ls, le) in enumerate(_paragraphs(text, version.body_start, end)):
        stripped = text[ls:le]
        if "\n" not in stripped and is_metadata(stripped):
            continue
        if "\n" not in stripped and is_heading(stripped, first=not claims):
            claims.append(Claim(version.id, len(claims), ls, le, stripped, paragraph, heading=True))
            continue
        for s, e in _split_paragraph(text, ls, le):
            sent = text[s:e].strip()
            if sent:
                s += len(text[s:e]) - len(text[s:e].lstrip())
                claims.append(Claim(version.id, len(claims), s, s + len(sent), sent, paragraph))
    return claims
