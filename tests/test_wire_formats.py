"""Agency formats read as plain paragraphs plus metadata: ninjs 1.x/2.x/3.x, NewsML-G2, NewsML 1.2, NITF, HTML."""
from __future__ import annotations

import datetime as dt
import json
import socket
from pathlib import Path

import pytest

from checker.wire_formats import Document, FormatProblem, parse_document, parse_record, sniff

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "formats"
UTC = dt.timezone.utc
CET = dt.timezone(dt.timedelta(hours=1))


def read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def only(name: str) -> Document:
    docs = parse_document(read(name))
    assert len(docs) == 1
    return docs[0]


def g2_item(inner: str, ns: str = ' xmlns="http://iptc.org/std/nar/2006-10-01/"') -> str:
    """A minimal NewsML-G2 newsItem: `inner` goes into contentMeta, the body is one plain paragraph."""
    return (f'<newsItem{ns} guid="urn:x"><contentMeta>{inner}</contentMeta><contentSet>'
            '<inlineData contenttype="text/plain">Body text.</inlineData></contentSet></newsItem>')


# ---------------------------------------------------------------- ninjs


def test_ninjs_1x_plain_body_splits_at_blank_lines_and_collapses_white_space():
    doc = only("ninjs_1x_text.json")
    assert doc == Document(
        format="ninjs",
        paragraphs=(
            "European Union agriculture ministers agreed on Saturday to extend a transit scheme for grain "
            "until the end of June.",
            "The plan, backed by 24 of the 27 member states, keeps border checks in place.",
            '"It is a fair compromise," the Belgian minister told reporters.',
        ),
        headline="EU ministers agree grain transit plan",
        created=dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC),  # versioncreated wins over firstcreated
        dateline="BRUSSELS",
        byline="By Jane Doe",
        source="Reuters",  # infosource name
        id="urn:newsml:example.org:20240113:eu-grain-talks",
    )


def test_ninjs_1x_html_body_gives_one_paragraph_per_block_with_entities_decoded():
    doc = only("ninjs_1x_html.json")
    assert doc.paragraphs == (
        # the first <p> repeats the headline, so it is not body text
        "A fire broke out at a warehouse in the port of Rotterdam on Saturday, the fire service said.",
        "About 60 firefighters & four boats were sent.",  # <br/> splits a paragraph
        "No one was hurt.",
        "The cause is not yet known \u2014 an inquiry has begun.",
    )
    assert doc.headline == "Fire breaks out at Rotterdam harbour warehouse"
    assert doc.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=CET)  # firstcreated when no versioncreated
    assert doc.dateline == "ROTTERDAM, Netherlands"
    assert doc.byline == "Piet de Vries"
    assert doc.source == "AP"  # copyrightholder when no infosource
    assert doc.id == "http://example.org/news/2024/01/13/harbour-fire"


def test_ninjs_2x_lower_case_keys_prefer_the_plain_body_and_the_main_headline():
    doc = only("ninjs_2x.json")
    assert doc.paragraphs == (  # no blank line: single line breaks separate paragraphs
        "Heavy snow stopped most regional trains in Bavaria on Saturday.",
        "Deutsche Bahn said 120 services were cancelled.",
    )
    assert doc.headline == "Snow halts trains in southern Germany"
    assert doc.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=CET)
    assert (doc.dateline, doc.byline, doc.source) == ("MUNICH", "Max Muster, dpa", "dpa")
    assert doc.id == "urn:newsml:example.de:20240113:240113-99-123456"


def test_ninjs_3x_camel_case_keys_and_an_html_body():
    doc = only("ninjs_3x.json")
    assert doc.paragraphs == (
        "Talks resume",
        "Delegations returned to the negotiating table in Geneva on Saturday.",
        "Item one: a ceasefire.",
        "Item two: prisoner exchanges.",
    )  # the figure and its caption are dropped
    assert doc.headline == "Peace talks resume in Geneva after two-week pause"  # role "main", not the first
    assert doc.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=CET)  # versionCreated
    assert (doc.dateline, doc.byline, doc.source) == ("GENEVA", "Anna Rossi", "AFP")
    assert doc.id == "http://example.ch/news/20240113-geneva-talks"


def test_a_json_array_of_ninjs_objects_is_several_documents():
    items = [json.loads(read("ninjs_1x_text.json")), {"uri": "urn:photo", "type": "picture"},
             json.loads(read("ninjs_3x.json"))]
    docs = parse_document(json.dumps(items))
    assert [d.headline for d in docs] == ["EU ministers agree grain transit plan",
                                          "Peace talks resume in Geneva after two-week pause"]


def test_parse_record_reads_a_decoded_feed_line():
    doc = parse_record(json.loads(read("ninjs_2x.json")))
    assert doc is not None and doc.format == "ninjs" and doc.byline == "Max Muster, dpa"


@pytest.mark.parametrize("record", [
    {"id": "7", "text": "A wirecheck feed record, not ninjs."},
    {"uri": "urn:photo", "type": "picture", "headline": "A photo"},
])
def test_parse_record_without_body_keys_is_none(record):
    assert parse_record(record) is None


def test_parse_record_with_an_empty_body_is_a_problem():
    with pytest.raises(FormatProblem, match="no body text"):
        parse_record({"uri": "urn:x", "headline": "Empty", "bodies": [{"value": " \n "}]})


@pytest.mark.parametrize("value, expected", [
    ("2024-01-13T10:15:00Z", dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC)),
    ("2024-01-13T10:15:00+01:00", dt.datetime(2024, 1, 13, 10, 15, tzinfo=CET)),
    ("2024-01-13", dt.datetime(2024, 1, 13)),
    ("20240113T101500Z", dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC)),
    ("20240113T101500+0000", dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC)),
    ("20240113", dt.datetime(2024, 1, 13)),
    ("2024-01-13T10:15:00", dt.datetime(2024, 1, 13, 10, 15)),  # naive stays naive
    ("next Tuesday", None),  # an unreadable date is no date, not a failed document
])
def test_created_reads_iso_8601_and_the_compact_newsml_form(value, expected):
    doc = parse_record({"uri": "urn:x", "versioncreated": value, "body_text": "Text."})
    assert doc is not None and doc.created == expected


# ---------------------------------------------------------------- NewsML-G2


def test_newsml_g2_item_with_an_xhtml_body():
    doc = only("newsml_g2_xhtml.xml")
    assert doc.paragraphs == (
        "European Union energy ministers on Saturday backed a target to fill gas storage to 90% by November.",
        "Next steps",
        "The European Parliament votes on the plan in February.",
        "Prices fell 3% after the news.",
    )
    assert doc.headline == "EU energy ministers back gas storage target"  # the headline without a sub role
    assert doc.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC)  # versionCreated
    assert doc.dateline == "BRUSSELS"  # "BRUSSELS, Jan 13 (Reuters) -"
    assert (doc.byline, doc.source) == ("By John Smith", "Reuters")  # <by>, provider literal
    assert doc.id == "urn:newsml:example.com:20240113:EU-ENERGY"


def test_newsml_g2_item_with_a_prefixed_namespace_and_an_nitf_body():
    doc = only("newsml_g2_nitf.xml")
    assert doc.paragraphs == (
        "Lisbon's metro was shut on Saturday as workers held a 24-hour strike over pay \u2014 the third this winter.",
        "Unions said 95% of staff took part.",
    )  # no photo caption, no tagline
    assert doc.headline == "Lisbon metro workers strike for 24 hours"
    assert doc.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=CET)  # firstCreated
    assert doc.dateline == "LISBON"  # located/name when there is no dateline
    assert doc.byline == "By Maria Costa, Transport Correspondent"  # from the NITF body.head
    assert doc.source == "Lusa"  # infoSource: the provider names only a URI
    assert doc.id == "urn:newsml:example.net:20240113:LISBON-STRIKE"


def test_a_news_message_holds_several_items_and_skips_pictures():
    quake, update = parse_document(read("newsml_g2_message.xml"))
    assert quake.paragraphs == (
        "A magnitude 6.1 earthquake shook northern Chile on Saturday, officials said.",
        "There were no immediate reports of damage.",
    )
    assert (quake.headline, quake.dateline, quake.byline, quake.source) == (
        "Earthquake shakes northern Chile", "SANTIAGO, Chile", "Luis Mena", "AP")  # qcode nprov:AP
    assert quake.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC)
    assert update.paragraphs == ("Chilean officials said a magnitude 6.1 quake caused no damage.",)
    assert update.created == dt.datetime(2024, 1, 13, 10, 30, tzinfo=UTC)  # contentCreated, compact form
    assert update.id == "urn:newsml:example.org:20240113:QUAKE-2"


@pytest.mark.parametrize("dateline, place", [
    ("MOSCOW, Monday (Reuters)", "MOSCOW"),
    ("WASHINGTON, May 3 (AP) -", "WASHINGTON"),
    ("Brussels, 13 January 2024", "Brussels"),
    ("GROSSETO, Italy (AP) --", "GROSSETO, Italy"),
    ("CAPE MAY, N.J., Jan. 5", "CAPE MAY, N.J."),
])
def test_the_dateline_keeps_only_the_place(dateline, place):
    (doc,) = parse_document(g2_item(f"<dateline>{dateline}</dateline>"))
    assert doc.dateline == place


def test_the_agency_in_a_dateline_is_the_source_when_nothing_else_names_one():
    (doc,) = parse_document(g2_item("<dateline>MOSCOW, Monday (Reuters)</dateline>"))
    assert doc.source == "Reuters"


def test_newsml_g2_without_a_namespace_reads_the_same():
    (doc,) = parse_document(g2_item("<headline>No namespace</headline>", ns=""))
    assert (doc.headline, doc.paragraphs) == ("No namespace", ("Body text.",))


# ---------------------------------------------------------------- NewsML 1.2, NITF, HTML


def test_newsml_1_2_item_with_an_nitf_body():
    doc = only("newsml_12_nitf.xml")
    assert doc.paragraphs == (
        "Farmers drove hundreds of tractors onto motorways around Paris on Saturday.",
        "Police said 40 people were detained.",
    )
    assert doc.headline == "French farmers block roads near Paris"
    assert doc.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC)  # ThisRevisionCreated
    assert (doc.dateline, doc.byline, doc.source) == ("PARIS", "Claire Martin", "AFP")
    assert doc.id == "urn:newsml:example.fr:20240113:PAR-FARM-0113:2"


def test_standalone_nitf():
    doc = only("nitf.xml")
    assert doc.paragraphs == (
        "Poland's parliament passed the 2024 budget on Saturday by 240 votes to 205.",
        "Deficit",
        "The deficit is set at 5.1% of GDP.",
    )  # no abstract, no tagline
    assert doc.headline == "Polish parliament passes 2024 budget"  # hl1 before head/title
    assert doc.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC)  # date.issue norm
    assert (doc.dateline, doc.byline, doc.source) == ("WARSAW", "By Anna Kowalska", "PAP")
    assert doc.id == "PL-BUDGET-20240113"


def test_html_named_entities_in_nitf_are_read_as_characters():
    (doc,) = parse_document("<nitf><body><body.content><p>Up 5&nbsp;% &ndash; a record.</p>"
                            "</body.content></body></nitf>")
    assert doc.paragraphs == ("Up 5 % \u2013 a record.",)


def test_html_page_drops_navigation_scripts_figures_and_the_headline():
    doc = only("page.html")
    assert doc.paragraphs == (
        "Storm Isha closed Dublin airport on Saturday, with 80 flights cancelled.",
        "Gusts reached 130 km/h",
        "on the west coast.",
        "Schools stay shut.",
        "Trains run a reduced service.",
        "Forecasters said winds would ease & rain clear by Sunday.",
    )
    assert doc.headline == "Storm closes Dublin airport"  # the h1, not the <title> with the site name
    assert doc.created == dt.datetime(2024, 1, 13, 10, 15, tzinfo=UTC)
    assert (doc.dateline, doc.byline, doc.source) == (None, "Sean Byrne", None)
    assert doc.id == "https://example.ie/news/storm-dublin"


def test_an_html_fragment_without_h1_takes_no_headline():
    (doc,) = parse_document("<p>One.</p><p>Two <b>bold</b> words.</p>")
    assert (doc.format, doc.headline, doc.paragraphs) == ("html", None, ("One.", "Two bold words."))


ALL_FIXTURES = sorted(p.name for p in FIXTURES.iterdir())


@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_script_style_and_captions_never_reach_the_paragraphs(name):
    text = " ".join(p for d in parse_document(read(name)) for p in d.paragraphs)
    for noise in ("trackStory", "never shown", "script text", "injected", "color: red",
                  "Delegates arrive", "gas storage site", "empty platform", "sea wall", "Home World",
                  "Example Times", "Reporting by", "Summary that is not body text"):
        assert noise not in text


# ---------------------------------------------------------------- sniff


@pytest.mark.parametrize("name, fmt", [
    ("ninjs_1x_text.json", "ninjs"),
    ("ninjs_1x_html.json", "ninjs"),
    ("ninjs_2x.json", "ninjs"),
    ("ninjs_3x.json", "ninjs"),
    ("newsml_g2_xhtml.xml", "newsml-g2"),
    ("newsml_g2_nitf.xml", "newsml-g2"),
    ("newsml_g2_message.xml", "newsml-g2"),
    ("newsml_12_nitf.xml", "newsml-1.2"),
    ("nitf.xml", "nitf"),
    ("page.html", "html"),
])
def test_sniff_names_each_fixture_format(name, fmt):
    assert sniff(read(name)) == fmt
    assert {d.format for d in parse_document(read(name))} == {fmt}


@pytest.mark.parametrize("text", [
    " date 2024-01-13 BRUSSELS (REUTERS) - Ministers met on Saturday.\n",
    "Ministers met on Saturday.\n\nThey agreed.",
    "{EMBARGOED} Ministers met on Saturday.",
    '{"id": "7", "text": "A wirecheck feed record."}',
    "[Updated] Ministers met on Saturday.",
    "<<Breaking>> Ministers met.",
    "",
])
def test_sniff_says_none_for_plain_text_and_other_json(text):
    assert sniff(text) is None


@pytest.mark.parametrize("text, fmt", [
    ("\ufeff<!DOCTYPE html><p>x</p>", "html"),
    ("<article><p>x</p></article>", "html"),
    ('<?xml version="1.0"?>\n<!-- feed -->\n<nitf><body/></nitf>', "nitf"),
    ('<!DOCTYPE NewsML SYSTEM "NewsML_1.2.dtd">\n<NewsML Version="1.2"/>', "newsml-1.2"),
    ('<nar:newsMessage xmlns:nar="http://iptc.org/std/nar/2006-10-01/"/>', "newsml-g2"),
    ('[{"uri": "a", "bodies": []}]', "ninjs"),
    ('{"uri": "x", "headline": "A", "body_text": "B"', "ninjs"),  # malformed, but plainly meant as ninjs
])
def test_sniff_looks_only_at_the_start(text, fmt):
    assert sniff(text) == fmt


# ---------------------------------------------------------------- refusals


@pytest.mark.parametrize("text, reason", [
    ('{"uri": "x", "headline": "A", "body_text": "B"', "invalid JSON"),
    ('{"id": "7", "text": "A feed record"}', "not ninjs"),
    ("Just plain text.", "not a ninjs, NewsML, NITF or HTML document"),
    ("<nitf><body><body.content><p>Unclosed</body.content></body></nitf>", "invalid XML"),
    ('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet/></newsItem>', "no NewsML-G2 newsItem"),
    ("<NewsML><NewsItem><NewsComponent/></NewsItem></NewsML>", "no NewsML 1.2 NewsItem"),
    ("<nitf><body><body.content/></body></nitf>", "no body text"),
    ("<html><body><nav>Menu</nav><script>x()</script></body></html>", "no body text"),
    ('{"uri": "x", "body_text": "Bad \\ud800 text"}', "unpaired surrogate"),
])
def test_malformed_documents_are_refused_with_a_one_line_reason(text, reason):
    with pytest.raises(FormatProblem) as info:
        parse_document(text)
    assert reason in info.value.reason
    assert "\n" not in str(info.value)


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE nitf [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<nitf><body><body.content><p>&lol9;</p></body.content></body></nitf>"""


def test_billion_laughs_is_refused_not_expanded():
    with pytest.raises(FormatProblem, match="entity"):
        parse_document(BILLION_LAUGHS)


def test_an_external_entity_is_refused_and_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    doc = (f'<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
           "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>")
    with pytest.raises(FormatProblem, match="entity") as info:
        parse_document(doc)
    assert "TOP-SECRET-VALUE" not in str(info.value)


@pytest.fixture
def no_network(monkeypatch):
    """Every attempt to open a connection is recorded and fails."""
    attempts: list[tuple] = []

    def deny(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access blocked by the test")

    for name in ("connect", "connect_ex"):
        monkeypatch.setattr(socket.socket, name, deny)
    monkeypatch.setattr(socket, "create_connection", deny)
    monkeypatch.setattr(socket, "getaddrinfo", deny)
    return attempts


def test_an_external_parameter_entity_is_refused_without_fetching(no_network):
    doc = ('<?xml version="1.0"?><!DOCTYPE nitf [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'
           "<nitf><body><body.content><p>x</p></body.content></body></nitf>")
    with pytest.raises(FormatProblem):
        parse_document(doc)
    assert no_network == []


def test_an_external_dtd_is_tolerated_but_never_loaded(tmp_path, no_network):
    """Real NITF and NewsML 1.2 files name their DTD; reading them must neither fetch it nor use it."""
    dtd = tmp_path / "nitf.dtd"
    dtd.write_text('<!ENTITY probe "FROM-THE-DTD">')
    remote = ('<!DOCTYPE nitf SYSTEM "http://127.0.0.1:9/nitf-3-6.dtd">'
              "<nitf><body><body.content><p>Fine.</p></body.content></body></nitf>")
    assert parse_document(remote)[0].paragraphs == ("Fine.",)
    local = (f'<!DOCTYPE nitf SYSTEM "{dtd.as_uri()}">'
             "<nitf><body><body.content><p>&probe;</p></body.content></body></nitf>")
    with pytest.raises(FormatProblem, match="undefined entity"):
        parse_document(local)
    assert no_network == []
