"""Agency formats -> plain article paragraphs plus metadata.

Wire copy arrives as IPTC ninjs JSON (1.x, 2.x, 3.x), NewsML-G2, NewsML 1.2, NITF
or HTML as often as plain text. The checker compares plain paragraphs, so each
format is reduced here to its article text and the few fields a report uses:
headline, date, dateline, byline, agency and id. Every XML document goes through
defusedxml, so a document that declares entities (billion laughs) or refers to
external ones is refused, never expanded and never fetched. Elements are matched
on local names, so documents with a default namespace, a prefix or none read
the same.
"""
from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass
from html.entities import name2codepoint
from html.parser import HTMLParser
from typing import Any
from xml.etree.ElementTree import Element, ParseError, tostring

import defusedxml
import defusedxml.ElementTree as safe_et

@dataclass(frozen=True)
class Document:
    """One article read from an agency format, as plain text plus metadata."""

    format: str  # "ninjs", "newsml-g2", "newsml-1.2", "nitf", "html"
    paragraphs: tuple[str, ...]  # body paragraphs as plain text, in order, whitespace collapsed, no markup
    headline: str | None = None
    created: datetime.datetime | None = None  # versionCreated / firstCreated / date.issue ... (naive or aware)
    dateline: str | None = None  # the place part only, e.g. "BRUSSELS"
    byline: str | None = None
    source: str | None = None  # provider / agency name if the document names one ("Reuters", "AP")
    id: str | None = None  # guid / uri / NewsItemId


class FormatProblem(Exception):
    """A document that cannot be read; the reason is one line and names no file (the caller adds it)."""

    def __init__(self, reason: str) -> None:
        reason = _collapse(reason)
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------- sniffing

# Keys only ninjs uses (1.x lower case, 3.x camelCase); "headline" alone is too common in other JSON.
_NINJS_KEY = re.compile(
    r'"(?:bodies|body_[A-Za-z0-9_]+|headlines|versioncreated|versionCreated|firstcreated|firstCreated)"\s*:'
)
_NINJS_BODY_KEY = re.compile(r"bodies$|body_[a-z0-9_]+$")
_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE(?:[^\[>]|\[.*?\])*>)", re.S | re.I)
_ROOT = re.compile(r"\s*<([A-Za-z_][\w.:-]*)(?=[\s/>])")
_XML_ROOTS = {
    "newsItem": "newsml-g2", "newsMessage": "newsml-g2", "packageItem": "newsml-g2",
    "NewsML": "newsml-1.2", "NewsItem": "newsml-1.2",
    "nitf": "nitf",
}
_HTML_ROOTS = frozenset(
    "html body article section main div p h1 h2 h3 h4 h5 h6 header blockquote ul ol table".split()
)
_SNIFF_SPAN = 65536  # an XML prologue (declaration, comments, DOCTYPE) is never longer in real feeds


def sniff(text: str) -> str | None:
    """The format of a document's text: "ninjs", "newsml-g2", "newsml-1.2", "nitf", "html", or None for plain text.

    Cheap: a JSON object or array with ninjs-only keys, else the XML root element
    name after any prologue, else an HTML doctype or a leading block tag.
    """
    text = text.lstrip("\ufeff \t\r\n")
    if text.startswith(("{", "[")):
        return "ninjs" if _NINJS_KEY.search(text) else None
    if not text.startswith("<"):
        return None
    head = text[:_SNIFF_SPAN]
    pos = 0
    while (m := _PROLOGUE.match(head, pos)) and m.end() > pos:
        if m.group().lstrip().lower().startswith("<!doctype html"):
            return "html"
        pos = m.end()
    root = _ROOT.match(head, pos)
    if not root:
        return None
    name = _local(root.group(1))
    return _XML_ROOTS.get(name) or ("html" if name.lower() in _HTML_ROOTS else None)


# ---------------------------------------------------------------- entry points


def parse_document(text: str) -> list[Document]:
    """All articles in a document (a NewsML-G2 newsMessage or a JSON array of ninjs objects may hold several).

    Raises FormatProblem with a one-line reason on a malformed document (invalid
    JSON/XML, no body text, a forbidden entity/DTD). Items that carry no text (a
    picture, a package) are skipped; a document with no article at all is refused.
    """
    text = text.lstrip("\ufeff")
    fmt = sniff(text)
    if fmt == "ninjs":
        return _ninjs_documents(_load_json(text))
    if fmt == "html":
        return [_html_document(text)]
    if fmt is None:
        if text.lstrip().startswith(("{", "[")):
            _load_json(text)  # a syntax error is the better reason
            raise FormatProblem("JSON is not ninjs (no headline, bodies or body_* keys)")
        raise FormatProblem("not a ninjs, NewsML, NITF or HTML document")
    root = _parse_xml(text)
    return _XML_READERS[fmt](root)


def parse_record(record: dict) -> Document | None:
    """A ninjs object already decoded from a JSON feed line -> Document, or None if the dict has no ninjs body keys.

    Raises FormatProblem when the body keys are there but hold no text, so an
    empty article is reported rather than checked as nothing.
    """
    doc = _ninjs_document(record)
    if doc is not None and not doc.paragraphs:
        raise FormatProblem("ninjs item has no body text")
    return doc


# ---------------------------------------------------------------- text helpers

_WS = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_TAG = re.compile(r"</?[A-Za-z][\w.:-]*(?:\s[^<>]*)?/?>")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


def _collapse(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


def _plain_paragraphs(text: str) -> list[str]:
    """Blank lines separate paragraphs; text without any is split at each line break."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    return [p for p in map(_collapse, blocks) if p]


def _is_markup(kind: str, value: str) -> bool:
    """Whether a body is markup, from its declared type (a MIME type or a ninjs 1.x key suffix), else its look."""
    kind = kind.lower()
    if any(word in kind for word in ("html", "xml", "nitf")):
        return True
    if "plain" in kind or kind == "text":
        return False
    return bool(_TAG.search(value))


def _string_body(value: str, kind: str) -> list[str]:
    return _markup_paragraphs(value) if _is_markup(kind, value) else _plain_paragraphs(value)


def _parse_date(value: Any) -> datetime.datetime | None:
    """ISO 8601 (2024-01-13T10:15:00Z, 2024-01-13) or the compact NewsML/NITF form (20240113T101500Z)."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return datetime.datetime.fromisoformat(value.strip().upper())
    except ValueError:
        return None


def _first_date(*values: Any) -> datetime.datetime | None:
    return next((d for d in map(_parse_date, values) if d is not None), None)


_DATE_START = re.compile(
    r"[\s,]+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d|\d)",
    re.I,
)
_PAREN = re.compile(r"\(([^()]*)\)")


def _place(dateline: str | None) -> str | None:
    """The place of a dateline: "MOSCOW, Monday (Reuters) -" -> "MOSCOW"; "GROSSETO, Italy" stays whole."""
    text = _collapse(_PAREN.sub(" ", dateline or ""))
    text = _DATE_START.split(text, maxsplit=1)[0]
    return text.strip(" ,;:-–—•") or None


def _dateline_agency(dateline: str | None) -> str | None:
    """The agency a dateline credits in brackets, "(Reuters)", as a last resort for `source`."""
    found = _PAREN.findall(dateline or "")
    return (_collapse(found[-1]) or None) if found else None


def _make(fmt: str, paragraphs: list[str], **fields: Any) -> Document:
    """A Document; a first paragraph that only repeats the headline is dropped (it is not body text)."""
    headline = fields.get("headline")
    if paragraphs and headline and paragraphs[0].casefold() == headline.casefold():
        paragraphs = paragraphs[1:]
    for value in (*paragraphs, *(v for v in fields.values() if isinstance(v, str))):
        if m := _SURROGATE.search(value):
            raise FormatProblem(f"not valid Unicode (unpaired surrogate U+{ord(m.group()):04X})")
    return Document(format=fmt, paragraphs=tuple(paragraphs), **fields)


# ---------------------------------------------------------------- markup -> paragraphs

_SKIP = frozenset(
    "script style nav figure figcaption noscript template svg iframe head aside footer form button select "
    "textarea body.head body.end media".split()  # the last three: NITF heads, taglines and photo captions
)
_BLOCK = frozenset(
    "p div br hr h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table tr th td caption section article "
    "main header address body html hl1 hl2 bq block body.content".split()
)
_DATE_META = ("article:published_time", "datepublished", "date", "dc.date", "pubdate")


class _TextExtractor(HTMLParser):
    """Block elements become paragraphs; noise (scripts, navigation, figures) is dropped.

    Also notes what an HTML page says of itself (title, first h1, meta tags).
    Tag names are taken after any namespace prefix, so serialised XHTML or NITF
    from an XML document reads like HTML.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self.h1: str | None = None
        self.meta: dict[str, str] = {}
        self._buf: list[str] = []
        self._skipping: list[str] = []  # open elements whose content is dropped
        self._title: list[str] | None = None
        self._h1: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = _local(tag).lower()
        if name == "meta":
            self._note_meta(attrs)
        elif name == "title" and self.title is None and self._skipping in ([], ["head"]):
            self._title = []
        elif name == "body":
            self._skipping.clear()  # an unclosed <head> ends here
        if name in _SKIP:
            if not self._skipping:
                self._flush()
            self._skipping.append(name)
        elif not self._skipping and name in _BLOCK:
            self._flush()
            if name == "h1" and self.h1 is None:
                self._h1 = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = _local(tag).lower()
        if name == "meta":
            self._note_meta(attrs)
        elif name in _BLOCK and name not in _SKIP and not self._skipping:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        name = _local(tag).lower()
        if name == "title" and self._title is not None:
            self.title, self._title = _collapse("".join(self._title)) or None, None
        if name in self._skipping:
            del self._skipping[len(self._skipping) - 1 - self._skipping[::-1].index(name):]
        elif not self._skipping and name in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._title is not None:
            self._title.append(data)
        if self._skipping:
            return
        self._buf.append(data)
        if self._h1 is not None:
            self._h1.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _flush(self) -> None:
        text = _collapse("".join(self._buf))
        self._buf.clear()
        if text:
            self.paragraphs.append(text)
        if self._h1 is not None:
            self.h1, self._h1 = text or None, None

    def _note_meta(self, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): v for k, v in attrs if v is not None}
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
        if key and "content" in a:
            self.meta.setdefault(key, _collapse(a["content"]))


def _extract(markup: str) -> _TextExtractor:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    return parser


def _markup_paragraphs(markup: str) -> list[str]:
    return _extract(markup).paragraphs


# ---------------------------------------------------------------- XML helpers

_HTML_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")
_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})


def _parse_xml(text: str) -> Element:
    """Parse through defusedxml; HTML named entities (&nbsp;) that NITF feeds use are read as characters."""
    try:
        return _defused_parse(text)
    except FormatProblem as problem:
        if "undefined entity" not in problem.reason:
            raise
        fixed = _HTML_ENTITY.sub(_numeric_entity, text)
        if fixed == text:
            raise
        return _defused_parse(fixed)


def _defused_parse(text: str) -> Element:
    try:
        return safe_et.fromstring(text)
    except defusedxml.EntitiesForbidden as exc:
        raise FormatProblem(f"XML declares entity {exc.name!r}; entity declarations are refused") from None
    except defusedxml.ExternalReferenceForbidden as exc:
        raise FormatProblem(f"XML refers to external resource {exc.sysid!r}; refused") from None
    except defusedxml.DefusedXmlException as exc:
        raise FormatProblem(f"XML uses a forbidden construct ({type(exc).__name__})") from None
    except ParseError as exc:
        raise FormatProblem(f"invalid XML: {exc}") from None


def _numeric_entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name in _XML_ENTITIES or name not in name2codepoint:
        return m.group()
    return f"&#{name2codepoint[name]};"


def _local(tag: Any) -> str:
    """An element or tag name without namespace or prefix ("{ns}newsItem", "nar:newsItem" -> "newsItem")."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1] if isinstance(tag, str) else ""


def _kids(el: Element | None, name: str) -> list[Element]:
    return [] if el is None else [c for c in el if _local(c.tag) == name]


def _kid(el: Element | None, *path: str) -> Element | None:
    for name in path:
        if el is None:
            return None
        el = next((c for c in el if _local(c.tag) == name), None)
    return el


def _find_all(el: Element | None, name: str) -> list[Element]:
    return [] if el is None else [d for d in el.iter() if d is not el and _local(d.tag) == name]


def _find(el: Element | None, name: str) -> Element | None:
    if el is None:
        return None
    return next((d for d in el.iter() if d is not el and _local(d.tag) == name), None)


def _text(el: Element | None) -> str | None:
    return None if el is None else _collapse("".join(el.itertext())) or None


def _attr(el: Element | None, name: str) -> str | None:
    return None if el is None else _collapse(el.get(name)) or None


def _first(*values: str | None) -> str | None:
    return next((v for v in values if v), None)


def _element_paragraphs(el: Element) -> list[str]:
    """Paragraphs of an embedded body: NITF's body.content, XHTML's body, or the element itself."""
    name = _local(el.tag)
    if name in ("nitf", "html"):
        inner = _find(el, "body.content" if name == "nitf" else "body")
        el = inner if inner is not None else el
    return _markup_paragraphs(tostring(el, encoding="unicode"))


def _container_body(box: Element, kind: str) -> tuple[list[str], dict[str, Any]]:
    """Paragraphs of an inlineXML / inlineData / DataContent, with what an embedded NITF or XHTML says of itself."""
    children = list(box)
    if not children:
        return _string_body(box.text or "", kind), {}
    paragraphs: list[str] = []
    fallback: dict[str, Any] = {}
    for child in children:
        paragraphs += _element_paragraphs(child)
        if not fallback:
            fallback = _embedded_fields(child)
    return paragraphs, fallback


def _embedded_fields(el: Element) -> dict[str, Any]:
    name = _local(el.tag)
    if name == "nitf":
        return _nitf_fields(el)
    if name == "html":
        return {"headline": _first(_text(_find(el, "h1")), _text(_find(el, "title")))}
    return {}


# ---------------------------------------------------------------- ninjs


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise FormatProblem(f"invalid JSON: {exc}") from None
    except RecursionError:
        raise FormatProblem("invalid JSON: nested too deeply") from None


def _ninjs_documents(data: Any) -> list[Document]:
    items = data if isinstance(data, list) else [data]
    docs = [d for d in (_ninjs_document(i) for i in items if isinstance(i, dict)) if d is not None and d.paragraphs]
    if not docs:
        raise FormatProblem("no ninjs item with body text")
    return docs


def _ninjs_document(record: dict) -> Document | None:
    """ninjs 1.x (headline, body_*, byline), 2.x (lower-case headlines/bodies/by) and 3.x (camelCase) alike."""
    rec = {str(k).lower(): v for k, v in record.items()}
    if not any(_NINJS_BODY_KEY.match(k) for k in rec):
        return None
    return _make(
        "ninjs",
        _ninjs_body(rec),
        headline=_ninjs_headline(rec),
        created=_first_date(rec.get("versioncreated"), rec.get("firstcreated"), rec.get("contentcreated")),
        dateline=_place(_str(rec.get("located"))) or _ninjs_located_place(rec),
        byline=_collapse(_first(_str(rec.get("byline")), _str(rec.get("by")))) or None,
        source=_ninjs_source(rec),
        id=_collapse(_first(_str(rec.get("uri")), _str(rec.get("guid")))) or None,
    )


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _ninjs_body(rec: dict[str, Any]) -> list[str]:
    """The first plain-text body with text, else the first markup one (body_text before body_html)."""
    plain: list[str] = []
    markup: list[str] = []
    for key, value in rec.items():
        if key.startswith("body_") and isinstance(value, str):
            (markup if _is_markup(key[5:], value) else plain).append(value)
        elif key == "bodies" and isinstance(value, list):
            for body in value:
                if isinstance(body, dict) and isinstance(body.get("value"), str):
                    kind = _str(_lower_get(body, "contenttype")) or ""
                    (markup if _is_markup(kind, body["value"]) else plain).append(body["value"])
    for value in plain:
        if paragraphs := _plain_paragraphs(value):
            return paragraphs
    for value in markup:
        if paragraphs := _markup_paragraphs(value):
            return paragraphs
    return []


def _lower_get(obj: dict, key: str) -> Any:
    return next((v for k, v in obj.items() if str(k).lower() == key), None)


def _ninjs_headline(rec: dict[str, Any]) -> str | None:
    """1.x `headline`; 2.x/3.x `headlines`, the one with role "main" (or no role) first."""
    if headline := _collapse(_str(rec.get("headline"))):
        return headline
    heads = [h for h in rec.get("headlines") or [] if isinstance(h, dict) and isinstance(h.get("value"), str)]
    heads.sort(key=lambda h: (_str(h.get("role")) or "main").lower() != "main")
    for h in heads:
        value = h["value"]
        kind = _str(_lower_get(h, "contenttype")) or ""
        text = " ".join(_markup_paragraphs(value)) if _is_markup(kind, value) else _collapse(value)
        if text:
            return text
    return None


def _ninjs_located_place(rec: dict[str, Any]) -> str | None:
    """A `places` entry whose rel says it is where the story was filed; other places are what it is about."""
    for place in rec.get("places") or rec.get("place") or []:
        if isinstance(place, dict):
            rel = (_str(place.get("rel")) or _str(place.get("role")) or "").lower()
            if rel.endswith(("located", "dateline")) and (name := _collapse(_str(place.get("name")))):
                return _place(name)
    return None


def _ninjs_source(rec: dict[str, Any]) -> str | None:
    """The first named info source (`infosource`, `infosources`, `infoSources`), else the copyright holder."""
    for src in rec.get("infosources") or rec.get("infosource") or []:
        if isinstance(src, dict) and (name := _collapse(_str(src.get("name")) or _str(src.get("literal")))):
            return name
    return _collapse(_str(rec.get("copyrightholder"))) or None


# ---------------------------------------------------------------- NewsML-G2


def _g2_documents(root: Element) -> list[Document]:
    items = [root] if _local(root.tag) == "newsItem" else _find_all(root, "newsItem")
    docs = [d for d in map(_g2_document, items) if d is not None]
    if not docs:
        raise FormatProblem("no NewsML-G2 newsItem with body text")
    return docs


def _g2_document(item: Element) -> Document | None:
    meta, cmeta = _kid(item, "itemMeta"), _kid(item, "contentMeta")
    paragraphs, inner = _g2_body(_kid(item, "contentSet"))
    if not paragraphs:
        return None
    raw_dateline = _text(_kid(cmeta, "dateline"))
    return _make(
        "newsml-g2",
        paragraphs,
        headline=_first(_g2_headline(cmeta), inner.get("headline"), _text(_kid(meta, "title"))),
        created=_first_date(_text(_kid(meta, "versionCreated")), _text(_kid(meta, "firstCreated")),
                            _text(_kid(cmeta, "contentCreated"))) or inner.get("created"),
        dateline=_first(_place(raw_dateline), _text(_kid(cmeta, "located", "name")), inner.get("dateline")),
        byline=_first(_text(_kid(cmeta, "by")), inner.get("byline"), _text(_kid(cmeta, "creator", "name"))),
        source=_first(_party(_kid(meta, "provider")), _party(_kid(cmeta, "infoSource")),
                      _text(_kid(cmeta, "creditline")), _dateline_agency(raw_dateline), inner.get("source")),
        id=_attr(item, "guid"),
    )


def _g2_body(content_set: Element | None) -> tuple[list[str], dict[str, Any]]:
    """The first inlineXML / inlineData in document order that holds text (the provider's main rendition)."""
    for box in list(content_set) if content_set is not None else []:
        if _local(box.tag) in ("inlineXML", "inlineData"):
            paragraphs, fields = _container_body(box, box.get("contenttype") or box.get("contentType") or "")
            if paragraphs:
                return paragraphs, fields
    return [], {}


def _g2_headline(cmeta: Element | None) -> str | None:
    heads = _kids(cmeta, "headline")
    heads.sort(key=lambda h: not (h.get("role") or "main").lower().endswith("main"))
    return next((t for t in map(_text, heads) if t), None)


def _party(el: Element | None) -> str | None:
    """A G2 party's name: <name>, @literal, else the code of its qcode ("nprov:REUTERS" -> "REUTERS")."""
    if el is None:
        return None
    qcode = el.get("qcode") or ""
    return _first(_text(_kid(el, "name")), _attr(el, "literal"), _collapse(qcode.partition(":")[2]) or None)


# ---------------------------------------------------------------- NewsML 1.2


def _newsml1_documents(root: Element) -> list[Document]:
    items = [root] if _local(root.tag) == "NewsItem" else _kids(root, "NewsItem")
    docs = [d for d in map(_newsml1_document, items) if d is not None]
    if not docs:
        raise FormatProblem("no NewsML 1.2 NewsItem with body text")
    return docs


def _newsml1_document(item: Element) -> Document | None:
    paragraphs, inner = _newsml1_body(item)
    if not paragraphs:
        return None
    ident, mgmt, lines = _find(item, "NewsIdentifier"), _kid(item, "NewsManagement"), _find(item, "NewsLines")
    raw_dateline = _text(_kid(lines, "DateLine"))
    return _make(
        "newsml-1.2",
        paragraphs,
        headline=_first(_text(_kid(lines, "HeadLine")), inner.get("headline")),
        created=_first_date(_text(_kid(mgmt, "ThisRevisionCreated")), _text(_kid(mgmt, "FirstCreated")))
        or inner.get("created"),
        dateline=_first(_place(raw_dateline), inner.get("dateline")),
        byline=_first(_text(_kid(lines, "ByLine")), inner.get("byline")),
        source=_first(_attr(_kid(_find(item, "Provider"), "Party"), "FormalName"),
                      _attr(_kid(_find(item, "Source"), "Party"), "FormalName"),
                      _text(_kid(lines, "CreditLine")), _dateline_agency(raw_dateline), inner.get("source")),
        id=_first(_text(_kid(ident, "PublicIdentifier")), _text(_kid(ident, "NewsItemId"))),
    )


def _newsml1_body(item: Element) -> tuple[list[str], dict[str, Any]]:
    """The first ContentItem whose DataContent holds text; photos and links (Href only) have none."""
    for content in _find_all(item, "ContentItem"):
        data = _kid(content, "DataContent")
        if data is not None:
            paragraphs, fields = _container_body(data, _attr(_kid(content, "MimeType"), "FormalName") or "")
            if paragraphs:
                return paragraphs, fields
    return [], {}


# ---------------------------------------------------------------- NITF


def _nitf_documents(root: Element) -> list[Document]:
    paragraphs = _element_paragraphs(root)
    if not paragraphs:
        raise FormatProblem("NITF document has no body text")
    return [_make("nitf", paragraphs, **_nitf_fields(root))]


def _nitf_fields(nitf: Element) -> dict[str, Any]:
    """Metadata of an NITF document, standalone or embedded in NewsML."""
    head, body_head = _kid(nitf, "head"), _find(nitf, "body.head")
    docdata, dateline = _kid(head, "docdata"), _kid(body_head, "dateline")
    story_date = _kid(dateline, "story.date")
    return {
        "headline": _first(_text(_find(body_head, "hl1")), _text(_kid(head, "title"))),
        "created": _first_date(_attr(_kid(docdata, "date.issue"), "norm"), _attr(story_date, "norm"),
                               _attr(_kid(docdata, "date.release"), "norm")),
        "dateline": _first(_text(_kid(dateline, "location")), _place(_text(dateline))),
        "byline": _text(_kid(body_head, "byline")),
        "source": _first(_text(_kid(body_head, "distributor")), _attr(_kid(docdata, "doc.copyright"), "holder")),
        "id": _attr(_kid(docdata, "doc-id"), "id-string"),
    }


# ---------------------------------------------------------------- HTML


def _html_document(text: str) -> Document:
    page = _extract(text)
    if not page.paragraphs:
        raise FormatProblem("HTML document has no body text")
    return _make(
        "html",
        page.paragraphs,
        headline=page.h1 or page.title,
        created=_first_date(*(page.meta.get(k) for k in _DATE_META)),
        byline=page.meta.get("author") or None,
        id=page.meta.get("og:url") or None,
    )


_XML_READERS = {
    "newsml-g2": _g2_documents,
    "newsml-1.2": _newsml1_documents,
    "nitf": _nitf_documents,
}
