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
from pathlib import Path

from .model import Version

MAX_BYTES = 4 * 1024 * 1024  # one article; wire copy is tens of KB, and 4 MB is an hour through the model


class InputProblem(Exception):
    """Bad input: carries the file (or record) and a one-line reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


_HEADER = re.compile(r"\A[ \t]*date[ \t]+(?P<date>\d{4}-\d{1,2}-\d{1,2})[ \t]+")
_DATELINE = re.compile(
    r"(?P<dateline>[A-Z][A-Z.'’\- ]*(?:,[ \t]*[A-Z][A-Za-z.'’\- ]*)?)"  # BRUSSELS / WASHINGTON, D.C.
    r"[ \t]*(?:\((?P<agencies>[^)\n]{1,80})\))?"
    r"[ \t]*(?:-|–|—|•|:)[ \t]*"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
_AGENCY_LINE = re.compile(r"\A[A-Z][A-Z&.'\- ]{0,30}(?:[ \t]*[,/;][ \t]*[A-Z][A-Z&.'\- ]{0,30}){0,5}\Z")


def decode(data: bytes, source: str) -> str:
    """Bytes -> text: UTF-8 (BOM allowed), else Windows-1252; binary is refused."""
    if not data.strip():
        raise InputProblem(source, "file is empty")
    if b"\x00" in data[:8192]:
        raise InputProblem(source, "looks like binary data (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputProblem(source, f"not valid UTF-8 (byte {exc.start}) nor Windows-1252 text") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputProblem(source, "file holds only white space")
    return text


def unpaired_surrogate(text: str) -> str | None:
    """Why `text` is not valid Unicode (a lone surrogate, as JSON's ``"\\ud800"`` makes), or None.

    Such text cannot be encoded as UTF-8, so it would crash the embedder's
    cache key and every report writer far from the record that carried it.
    """
    m = _SURROGATE.search(text)
    return f"not valid Unicode (unpaired surrogate U+{ord(m.group()):04X} at character {m.start()})" if m else None


def parse_version(text: str, vid: str, path: str | None = None) -> Version:
    """Split the header and trailing agency line from a version's text."""
    source = path or vid
    bad = unpaired_surrogate(text)
    if bad:
        raise InputProblem(source, bad)
    date: dt.date | None = None
    dateline: str | None = None
    sources: list[str] = []
    body_start = 0
    m = _HEADER.match(text)
    if m:
        try:
            y, mo, d = (int(x) for x in m.group("date").split("-"))
            date = dt.date(y, mo, d)
        except ValueError:
            raise InputProblem(source, f"header date {m.group('date')!r} is not a real date") from None
        body_start = m.end()
        dm = _DATELINE.match(text, body_start)
        if dm and "\n" not in dm.group(0):
            dateline = dm.group("dateline").strip().rstrip(",") or None
            if dm.group("agencies"):
                sources = [s.strip() for s in re.split(r"[,/;]", dm.group("agencies")) if s.strip()]
            body_start = dm.end()
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
        body_start=body_start, body_end=body_end,
    )


def too_large(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB, larger than the {MAX_BYTES // (1024 * 1024)} MB limit for one article"


def read_version(path: str | os.PathLike[str], vid: str | None = None) -> Version:
    """Read one version file; raise InputProblem naming the file on bad input."""
    p = Path(path)
    source = str(path)
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
    return parse_version(decode(data, source), vid or p.name, path=source)


def read_versions(paths: list[str]) -> list[Version]:
    """Read the versions of one story, giving each a unique id."""
    versions: list[Version] = []
    seen: dict[str, str] = {}
    for path in paths:
        v = read_version(path)
        vid = Path(path).name
        n = 2
        while vid in {x.id for x in versions}:
            vid = f"{Path(path).name}#{n}"
            n += 1
        if v.text in seen:
            raise InputProblem(str(path), f"same text as {seen[v.text]}: a duplicate version")
        seen[v.text] = str(path)
        versions.append(Version(**{**v.__dict__, "id": vid}))
    return versions
