"""The HTML reports in a real browser (headless Chromium through Selenium), at a desk's and a phone's width.

Where Chromium, its driver or Selenium is missing these tests skip with the reason, except in CI
(`CI` set, as `.ci/run` does), where a missing browser is a failure: the report's layout is
only ever checked here.
"""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from checker.nightly import run_nightly
from checker.report import html

from .conftest import ROOT, STORIES
from .test_report_html import hostile_result

pytestmark = pytest.mark.browser
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
HEIGHT = 800
NOW = dt.datetime(2026, 11, 21, tzinfo=dt.UTC)


def _missing() -> str:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    if not (CHROMIUM and DRIVER):
        return "chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
    return ""


@pytest.fixture(scope="module")
def browser():
    if why := _missing():
        if os.environ.get("CI"):
            pytest.fail(f"the browser tests cannot run in CI: {why}")
        pytest.skip(why)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", f"--user-data-dir={tempfile.mkdtemp()}", f"--window-size=1280,{HEIGHT}"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    yield driver
    driver.quit()


def _width(browser, width: int) -> None:
    """The viewport exactly `width` x 800 CSS pixels, as a phone or a desk monitor shows the page."""
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": False})


def _open(browser, path: Path, width: int = 1280) -> None:
    _width(browser, width)
    browser.get(path.resolve().as_uri())


def _write(result, path: Path, **kw) -> Path:
    with path.open("w", encoding="utf-8") as fp:
        html.write(result, fp, **kw)
    return path


@pytest.fixture(scope="module")
def seeds_page(seed_result, tmp_path_factory):
    return _write(seed_result, tmp_path_factory.mktemp("seeds") / "seeds.html")


def _overflowing(browser) -> list[str]:
    """Elements whose right edge lies beyond the viewport, and the page's own sideways scroll."""
    return browser.execute_script("""
        var w = document.documentElement.clientWidth, out = [];
        if (document.documentElement.scrollWidth > w) out.push("page scrolls: " + document.documentElement.scrollWidth);
        document.querySelectorAll("body *").forEach(function (e) {
          var r = e.getBoundingClientRect();
          if (r.width && r.right > w + 0.5) out.push(e.tagName + "." + e.className + " right=" + r.right);
        });
        return out;""")


def _open_all_details(browser) -> None:
    browser.execute_script("document.querySelectorAll('details').forEach(function (d) { d.open = true; })")


def _requests(browser) -> list[str]:
    return browser.execute_script("return performance.getEntriesByType('resource').map(function (e) { return e.name; })")


# --- the story report ---------------------------------------------------------------------------

def test_at_1280_the_first_error_card_is_whole_in_the_first_screen(browser, seeds_page):
    _open(browser, seeds_page, 1280)
    card = browser.execute_script("""
        var c = document.querySelector('article.card.error'), r = c.getBoundingClientRect();
        return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, first: c === document.querySelector('article.card')};""")
    assert card["first"], "errors come before warnings"
    assert 0 <= card["top"] and card["bottom"] <= HEIGHT and 0 <= card["left"] and card["right"] <= 1280
    browser.save_screenshot(str(ROOT / "reports" / "seeds-1280.png"))


def test_at_400_nothing_scrolls_sideways_even_with_every_section_open(browser, seeds_page):
    _open(browser, seeds_page, 400)
    assert browser.execute_script("return document.documentElement.clientWidth") == 400
    assert _overflowing(browser) == []
    browser.save_screenshot(str(ROOT / "reports" / "seeds-400.png"))
    _open_all_details(browser)
    assert _overflowing(browser) == []


def test_at_400_the_two_versions_of_a_card_are_stacked(browser, seeds_page):
    _open(browser, seeds_page, 400)
    a, b = browser.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('article.card.error figure.side'),
            function (f) { var r = f.getBoundingClientRect(); return [r.left, r.top]; }).slice(0, 2);""")
    assert a[0] == b[0] and b[1] > a[1]
    _open(browser, seeds_page, 1280)
    a, b = browser.execute_script("""
        return Array.prototype.map.call(document.querySelectorAll('article.card.error figure.side'),
            function (f) { var r = f.getBoundingClientRect(); return [r.left, r.top]; }).slice(0, 2);""")
    assert a[1] == b[1] and b[0] > a[0]


def test_the_card_marks_the_changed_words_as_deleted_and_inserted(browser, seeds_page):
    from selenium.webdriver.common.by import By

    _open(browser, seeds_page)
    card = browser.find_element(By.CSS_SELECTOR, "article.card.error")
    assert "Alexander Grushko" in card.find_element(By.CSS_SELECTOR, ".reason").text
    deleted = [d.get_attribute("textContent") for d in card.find_elements(By.CSS_SELECTOR, "del")]
    inserted = [i.get_attribute("textContent") for i in card.find_elements(By.CSS_SELECTOR, "ins")]
    assert any("Alexander Grushko" in d and d.startswith("[only in the reference") for d in deleted)
    assert any("Sergei Ryabkov" in i and i.startswith("[only in this version") for i in inserted)
    assert not any("Deputy Foreign Minister" in t for t in deleted + inserted), "unchanged words stay unmarked"
    where = [w.text for w in card.find_elements(By.CSS_SELECTOR, ".where")]
    assert [w.split(":")[0].rsplit("/", 2)[-2:] for w in where] == [["seeds", "000_3d2e5d092f8fec45.txt"],
                                                                   ["seeds", "003_6c51fbfdb6f44f20.txt"]]
    assert all(w.split(":")[1].isdigit() and w.split(":")[2].isdigit() for w in where), "file:line:col"


def test_a_clean_storys_page_fits_on_one_screen(browser, embedder, tmp_path):
    from checker.check import check_versions
    from checker.ingest import read_versions

    case = STORIES / "benign_contractions"
    result = check_versions(read_versions([str(case / "a.txt"), str(case / "b.txt")]), embedder)
    _open(browser, _write(result, tmp_path / "clean.html"), 1280)
    assert browser.execute_script("return document.documentElement.scrollHeight") <= HEIGHT
    assert "no discrepancies" in browser.find_element("css selector", ".verdict").text.lower()


def test_the_page_makes_no_network_request(browser, seeds_page):
    _open(browser, seeds_page)
    _open_all_details(browser)
    assert _requests(browser) == []
    assert browser.execute_script("return document.querySelectorAll('[src], link[href]').length") == 0


def test_j_and_k_move_between_findings(browser, seeds_page):
    from selenium.webdriver.common.action_chains import ActionChains

    _open(browser, seeds_page)
    ids = browser.execute_script("return Array.prototype.map.call(document.querySelectorAll('article.card:not(.accepted)'), function (c) { return c.id; })")
    assert len(ids) >= 2

    def active():
        return browser.execute_script("return document.activeElement.id")
    ActionChains(browser).send_keys("j").perform()
    assert active() == ids[0]
    ActionChains(browser).send_keys("j").perform()
    assert active() == ids[1]
    top = browser.execute_script("return document.activeElement.getBoundingClientRect().top")
    assert 0 <= top < HEIGHT
    ActionChains(browser).send_keys("k").perform()
    assert active() == ids[0]


def test_the_filter_hides_findings_by_severity_and_rule(browser, seeds_page):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(browser, seeds_page)
    error = browser.find_element(By.CSS_SELECTOR, "article.card.error")
    warnings = browser.find_elements(By.CSS_SELECTOR, "article.card.warning")
    assert error.is_displayed() and warnings and warnings[0].is_displayed()
    browser.find_element(By.CSS_SELECTOR, "input.f-sev[value=error]").click()
    assert not error.is_displayed() and warnings[0].is_displayed()
    browser.find_element(By.CSS_SELECTOR, "input.f-sev[value=error]").click()
    Select(browser.find_element(By.ID, "f-rule")).select_by_value(error.get_attribute("data-rule"))
    assert error.is_displayed() and not any(w.is_displayed() for w in warnings
                                            if w.get_attribute("data-rule") != error.get_attribute("data-rule"))


def test_the_rule_link_opens_the_rules_explanation(browser, seeds_page):
    from selenium.webdriver.common.by import By

    _open(browser, seeds_page)
    link = browser.find_element(By.CSS_SELECTOR, "article.card.error a.rule")
    rule = browser.find_element(By.CSS_SELECTOR, link.get_attribute("hash"))
    assert rule.tag_name == "details" and rule.get_attribute("id") == "rule-WC101"
    rule.find_element(By.TAG_NAME, "summary").click()
    assert rule.get_attribute("open") is not None and len(rule.text) > 80


def test_hostile_text_runs_no_script(browser, embedder, tmp_path):
    from selenium.webdriver.common.by import By

    _open(browser, _write(hostile_result(embedder), tmp_path / "hostile.html"))
    _open_all_details(browser)
    assert browser.execute_script("return window.__pwned === undefined")
    assert len(browser.find_elements(By.CSS_SELECTOR, "script")) == 1
    assert not browser.find_elements(By.CSS_SELECTOR, "td img, td script, blockquote img, blockquote script")
    assert not browser.execute_script("return Array.prototype.some.call(document.querySelectorAll('a'), function (a) { return a.protocol === 'javascript:'; })")
    assert "<script>window.__pwned=1</script>" in browser.find_element(By.CSS_SELECTOR, "table.side").text
    assert _requests(browser) == []


# --- the nightly index and its story pages -------------------------------------------------------

CASES = ["number_percentage", "person_role_title_before", "date_year", "benign_contractions"]


@pytest.fixture(scope="module")
def nightly(embedder, tmp_path_factory):
    """A feed of four stories run once: every finding is new."""
    tmp = tmp_path_factory.mktemp("nightly")
    feed = tmp / "feed"
    feed.mkdir()
    for case in CASES:
        for v in ("a", "b"):
            shutil.copy(STORIES / case / f"{v}.txt", feed / f"{case}-{v}.txt")
    result = run_nightly(str(feed), tmp / "out", str(tmp / "h.db"), embedder, now=NOW)
    return result, tmp / "out"


def test_the_index_lists_stories_worst_first_with_the_runs_worst_finding(browser, nightly):
    from selenium.webdriver.common.by import By

    result, out = nightly
    _open(browser, out / "index.html")
    items = browser.find_elements(By.CSS_SELECTOR, "li.story")
    assert len(items) == len(result.stories) == len(CASES)
    order = {"error": 0, "warning": 1, "info": 2, "ok": 3}
    worst = [order[li.get_attribute("data-worst")] for li in items]
    assert worst == sorted(worst) and worst[0] == 0 and worst[-1] == 3
    by_key = {s.key: s for s in result.stories}
    for li in items:
        story = by_key[li.get_attribute("data-key")]
        shown = [f for f in story.result.findings if f.severity.label in ("error", "warning") and not f.accepted]
        text = li.find_element(By.CSS_SELECTOR, "p.worst").text
        if shown:
            top = max(shown, key=lambda f: f.severity)
            assert top.message in text and top.rule in text
        else:
            assert "agree" in text
        assert li.find_element(By.TAG_NAME, "h3").text.startswith(story.headline[:20])
    assert browser.find_elements(By.CSS_SELECTOR, "svg.trend rect")
    assert _requests(browser) == []
    _width(browser, 400)
    assert _overflowing(browser) == []


def test_a_story_with_new_findings_is_marked_new_on_the_index_and_on_its_page(browser, nightly):
    from selenium.webdriver.common.by import By

    result, out = nightly
    _open(browser, out / "index.html")
    flagged = [li for li in browser.find_elements(By.CSS_SELECTOR, "li.story") if li.get_attribute("data-new") != "0"]
    assert flagged and all(li.find_element(By.CSS_SELECTOR, "span.new").is_displayed() for li in flagged)
    key = flagged[0].get_attribute("data-key")
    flagged[0].find_element(By.CSS_SELECTOR, "h3 a").click()
    assert browser.current_url.endswith(f"stories/{key}.html")
    marks = [m for m in browser.find_elements(By.CSS_SELECTOR, ".new-mark") if m.is_displayed()]
    story = next(s for s in result.stories if s.key == key)
    assert {m.get_attribute("data-new-id") for m in marks} == set(story.new)
    _width(browser, 400)
    assert _overflowing(browser) == []


def test_a_story_page_links_back_to_the_index(browser, nightly):
    from selenium.webdriver.common.by import By

    result, out = nightly
    _open(browser, out / "stories" / f"{result.stories[0].key}.html")
    back = browser.find_element(By.PARTIAL_LINK_TEXT, "All stories")
    back.click()
    assert browser.current_url == (out / "index.html").resolve().as_uri()
    assert browser.find_elements(By.CSS_SELECTOR, "li.story")


def test_the_night_after_nothing_is_marked_new(browser, embedder, nightly, tmp_path):
    from selenium.webdriver.common.by import By

    _, out = nightly
    db = out.parent / "h.db"
    second_db = tmp_path / "h.db"
    shutil.copy(db, second_db)
    again = run_nightly(str(out.parent / "feed"), tmp_path / "out", str(second_db), embedder, now=NOW + dt.timedelta(days=1))
    assert again.new_count == 0
    _open(browser, tmp_path / "out" / "index.html")
    assert not browser.find_elements(By.CSS_SELECTOR, "li.story span.new")
    for s in again.stories:
        _open(browser, tmp_path / "out" / "stories" / f"{s.key}.html")
        assert not [m for m in browser.find_elements(By.CSS_SELECTOR, ".new-mark") if m.is_displayed()]
