"""Files and feed records -> Version (text, date, dateline, sources).

The seed format's first line is `` date YYYY-MM-DD DATELINE (AGENCIES) - text``
or `` date YYYY-MM-DD DATELINE • text``; a newspaper version may end with an
agency line such as ``REUTERS, BLOOMBERG``. Plain text without a header is a
version without a date. Offsets everywhere index into the decoded text with
line endings normalised to ``\\n``.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import sys
from dataclasses import replace
from pathlib import Path

from .dateline import parse_dateline
from .model import Version
from .wire_formats import Document, FormatProblem, parse_document, sniff

MAX_BYTES = 4 * 1024 * 1024  # one article; wire copy is tens of KB, and 4 MB is an hour through the model


class InputProblem(Exception):
    """Bad input: carries the file (or record) and a one-line reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


_HEADER = re.compile(r"\A[ \t]*date[ \t]+(?P<date>\d{4}-\d{1,2}-\d{1,2})[ \t]+")
_HEADLINE = re.compile(r"[ \t]*(?P<title>[^\n]{1,160}?)[ \t]*\n(?:[ \t]*\n)*")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENTENCE_END = re.compile(r"[.!?…]['\"’”)]*\s*$")
_AGENCY_LINE = re.compile(r"\A[A-Z][A-Z&.'\- ]{0,30}(?:[ \t]*[,/;][ \t]*[A-Z][A-Z&.'\- ]{0,30}){0,5}\Z")


def decode(data: bytes, source: str) -> str:
    """Bytes -> text, the one decoding rule for files and feed lines.

    UTF-8 (with or without a BOM); UTF-16 with a BOM (little or big endian);
    else Windows-1252, the legacy single-byte encoding of Western newsrooms,
    when every byte is defined in it (0x81, 0x8D, 0x8F, 0x90 and 0x9D are not);
    else refused. Text without a BOM holding NUL bytes is binary, refused.
    """
    if not data.strip():
        raise InputProblem(source, "file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputProblem(source, f"not valid UTF-16 (byte {exc.start})") from None
    elif b"\x00" in data[:8192]:
        raise InputProblem(source, "looks like binary data (NUL bytes), not text")
    else:
        text = decode_line(data, source, "utf-8-sig")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputProblem(source, "file holds only white space")
    return text


def decode_line(data: bytes, source: str, utf8: str = "utf-8") -> str:
    """UTF-8, else Windows-1252 where every byte is defined there, else InputProblem: files and JSONL lines alike."""
    try:
        return data.decode(utf8)
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputProblem(source, f"not valid UTF-8 (byte {exc.start}) nor Windows-1252 text") from None


def unpaired_surrogate(text: str) -> str | None:
    """Why `text` is not valid Unicode (a lone surrogate, as JSON's ``"\\ud800"`` makes), or None.

    Such text cannot be encoded as UTF-8, so it would crash the embedder's
    cache key and every report writer far from the record that carried it.
    """
    m = _SURROGATE.search(text)
    return f"not valid Unicode (unpaired surrogate U+{ord(m.group()):04X} at character {m.start()})" if m else None


def parse_version(text: str, vid: str, path: str | None = None) -> Version:
    """Split the header, headline, byline, dateline and trailing agency line from a version's text.

    The seed header (`` date YYYY-MM-DD ``) gives the date; an agency dateline
    ("LONDON, Oct. 20 (Reuters) -") gives the place, the sources and perhaps
    the day, whose year may have to come from elsewhere (`resolve_dates`).
    """
    source = path or vid
    bad = unpaired_surrogate(text)
    if bad:
        raise InputProblem(source, bad)
    date: dt.date | None = None
    date_from: str | None = None
    title: str | None = None
    body_start = 0
    m = _HEADER.match(text)
    if m:
        try:
            y, mo, d = (int(x) for x in m.group("date").split("-"))
            date = dt.date(y, mo, d)
        except ValueError:
            raise InputProblem(source, f"header date {m.group('date')!r} is not a real date") from None
        body_start, date_from = m.end(), "header"
    line = parse_dateline(text, body_start)
    if line is None and not m:  # a headline line before the byline or dateline
        head = _HEADLINE.match(text, body_start)
        if head and not _SENTENCE_END.search(head.group("title")):
            line = parse_dateline(text, head.end())
            if line is not None:
                title = head.group("title")
    dateline: str | None = None
    sources: list[str] = []
    day_written: tuple[int, int] | None = None
    if line is not None:
        dateline, sources, body_start = line.place, list(line.agencies), line.end
        if line.has_day:
            assert line.month is not None and line.day is not None
            if line.year is not None:
                try:
                    date, date_from = dt.date(line.year, line.month, line.day), "dateline"
                except ValueError:
                    raise InputProblem(source, f"dateline day {line.day}/{line.month}/{line.year} is not a real date") from None
            elif date is None:
                day_written = (line.month, line.day)
    body_end = len(text.rstrip())
    last_nl = text.rfind("\n", 0, body_end)
    if last_nl > body_start:
        last = text[last_nl + 1 : body_end].strip()
        if last and _AGENCY_LINE.match(last) and len(last.split()) <= 8:
            body_end = last_nl
            if not sources:
                sources = [s.strip() for s in re.split(r"[,/;]", last) if s.strip()]
    if not text[body_start:body_end].strip():
        raise InputProblem(source, "no article text after the header")
    return Version(
        id=vid, text=text, path=path, date=date, dateline=dateline, sources=tuple(sources),
        body_start=body_start, body_end=body_end, title=title, day_written=day_written, date_from=date_from,
    )


def nearest(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The (month, day) in the year that puts it nearest to `anchor` ("Dec 31" under a January anchor is last year)."""
    best: dt.date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:  # 29 February, or past the calendar's ends
            continue
        if best is None or abs((cand - anchor).days) < abs((best - anchor).days):
            best = cand
    return best


def resolve_dates(versions: list[Version], default: dt.date | None = None) -> list[Version]:
    """Give undated versions a date: a year-less dateline day takes its year from `default` (--date) or from the
    other versions of the story (the year that puts the day nearest to theirs); a version with no day at all takes
    `default`. A version still without a date keeps None, and its relative dates go unchecked (check warns)."""
    dated = [v.date for v in versions if v.date is not None]
    out: list[Version] = []
    for v in versions:
        if v.date is None and v.day_written is not None:
            anchor, origin = (default, "--date") if default else (dated[0] if dated else None, "story")
            day = nearest(*v.day_written, anchor) if anchor else None
            if day is not None:
                v = replace(v, date=day, date_from=f"dateline, year from {origin}")
        elif v.date is None and default is not None:
            v = replace(v, date=default, date_from="--date")
        out.append(v)
    return out


def too_large(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB, larger than the {MAX_BYTES // (1024 * 1024)} MB limit for one article"


VERSION_SUFFIXES = (".txt", ".text", ".json", ".ninjs", ".xml", ".nitf", ".newsml", ".html", ".htm")


def read_version(path: str | os.PathLike[str], vid: str | None = None) -> Version:
    """Read one version file (plain text or one article in an agency format); InputProblem names the file."""
    source = str(path)
    docs = read_documents(path, vid)
    if len(docs) != 1:
        raise InputProblem(source, f"holds {len(docs)} articles; give each version as a file of its own")
    return docs[0]


def read_documents(path: str | os.PathLike[str], vid: str | None = None) -> list[Version]:
    """Every article in a file: one for plain text, several for a NewsML-G2 newsMessage or a ninjs array."""
    p = Path(path)
    source = str(path)
    if str(path) == "-":
        return text_versions(decode(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>"), vid or "stdin", "-")
    if not p.exists():
        raise InputProblem(source, "no such file")
    if p.is_dir():
        raise InputProblem(source, "is a directory, expected a text file")
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputProblem(source, f"file is {too_large(size)}")
        data = p.read_bytes()
    except OSError as exc:
        raise InputProblem(source, f"cannot read: {exc.strerror or exc}") from None
    return text_versions(decode(data, source), vid or p.name, source)


def text_versions(text: str, vid: str, path: str | None) -> list[Version]:
    """Plain text is one version; an agency format is read by wire_formats, each article a version."""
    source = path or vid
    if len(text) > MAX_BYTES:
        raise InputProblem(source, f"text is {too_large(len(text.encode('utf-8', 'surrogatepass')))}")
    fmt = sniff(text)
    if fmt is None:
        return [parse_version(text, vid, path=path)]
    try:
        docs = parse_document(text)
    except FormatProblem as exc:
        raise InputProblem(source, f"{fmt}: {exc.reason}") from None
    return [from_document(d, vid if len(docs) == 1 else f"{vid}#{n}", path) for n, d in enumerate(docs, 1)]


def from_document(doc: Document, vid: str, path: str | None) -> Version:
    """An agency document -> Version: its paragraphs are the text (an agency dateline opening the body is read as
    in plain text); its metadata fill what the text does not say."""
    v = parse_version("\n\n".join(doc.paragraphs), vid, path=path)
    changes: dict[str, object] = {"format": doc.format, "title": doc.headline or v.title}
    if v.date is None and doc.created is not None:
        created = doc.created.date()
        day = nearest(*v.day_written, created) if v.day_written else None
        changes["date"], changes["date_from"] = (day, "dateline, year from metadata") if day else (created, "metadata")
        changes["day_written"] = None
    if v.dateline is None and doc.dateline:
        changes["dateline"] = doc.dateline
    if not v.sources and doc.source:
        changes["sources"] = (doc.source,)
    return replace(v, **changes)  # type: ignore[arg-type]


def read_versions(paths: list[str]) -> list[Version]:
    """Read the versions of one story, giving each a unique id."""
    versions: list[Version] = []
    seen: dict[str, str] = {}
    for path in paths:
        v = read_version(path)
        vid = "stdin" if path == "-" else Path(path).name
        n = 2
        while vid in {x.id for x in versions}:
            vid = f"{Path(path).name}#{n}"
            n += 1
        if v.text in seen:
            raise InputProblem(str(path), f"same text as {seen[v.text]}: a duplicate version")
        seen[v.text] = str(path)
        versions.append(Version(**{**v.__dict__, "id": vid}))
    return versions
