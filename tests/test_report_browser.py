"""The HTML report in a real browser (headless Chromium through Selenium).

Skipped, with the reason, where Chromium, its driver or Selenium is missing;
.ci/run installs all three, so CI always runs these.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from checker.report import html

from .conftest import ROOT
from .test_report_html import hostile_result

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM and DRIVER), reason="chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"),
]


@pytest.fixture(scope="module")
def browser():
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                f"--user-data-dir={tempfile.mkdtemp()}", "--window-size=1400,1800"):
        opts.add_argument(arg)
    driver = webdriver.Chrome(service=Service(DRIVER), options=opts)
    yield driver
    driver.quit()


def _open(browser, result, path: Path, **kw) -> None:
    with path.open("w", encoding="utf-8") as fp:
        html.write(result, fp, **kw)
    browser.get(path.resolve().as_uri())


def test_seeds_row_is_highlighted_and_a_screenshot_is_saved(browser, seed_result, tmp_path):
    from selenium.webdriver.common.by import By

    _open(browser, seed_result, tmp_path / "seeds.html")
    (row,) = browser.find_elements(By.CSS_SELECTOR, "tr.row-error")
    marks = row.find_elements(By.CSS_SELECTOR, "mark.error")
    assert [m.text for m in marks] == ["Alexander Grushko", "Sergei Ryabkov"]
    assert all(m.is_displayed() for m in marks)
    browser.save_screenshot(str(ROOT / "reports" / "seeds-test.png"))  # reports/seeds.png is the committed copy


def test_clicking_a_finding_scrolls_to_its_row(browser, seed_result, tmp_path):
    from selenium.webdriver.common.by import By

    _open(browser, seed_result, tmp_path / "seeds.html")
    link = browser.find_element(By.CSS_SELECTOR, "ol.findings li[data-severity=error] a")
    link.click()
    target = browser.execute_script("return location.hash")
    row = browser.find_element(By.CSS_SELECTOR, target)
    top = browser.execute_script("return arguments[0].getBoundingClientRect().top", row)
    assert "row-error" in row.get_attribute("class") and -5 <= top < 600


def test_severity_filter_hides_rows(browser, seed_result, tmp_path):
    from selenium.webdriver.common.by import By

    _open(browser, seed_result, tmp_path / "seeds.html")
    row = browser.find_element(By.CSS_SELECTOR, "tr.row-error")
    info_rows = browser.find_elements(By.CSS_SELECTOR, "tr.row-info")
    assert row.is_displayed() and info_rows[0].is_displayed()
    browser.find_element(By.CSS_SELECTOR, "input.f-sev[value=error]").click()
    assert not row.is_displayed()
    assert info_rows[0].is_displayed()
    browser.find_element(By.CSS_SELECTOR, "input.f-sev[value=info]").click()
    assert not info_rows[0].is_displayed()
    browser.find_element(By.CSS_SELECTOR, "#f-ok").click()
    assert not any(r.is_displayed() for r in browser.find_elements(By.CSS_SELECTOR, "tr.row-ok"))


def test_hostile_text_runs_no_script(browser, embedder, tmp_path):
    from selenium.webdriver.common.by import By

    _open(browser, hostile_result(embedder), tmp_path / "hostile.html")
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.find_elements(By.CSS_SELECTOR, "script") and len(browser.find_elements(By.CSS_SELECTOR, "script")) == 1
    assert not browser.find_elements(By.CSS_SELECTOR, "td img, td script")
    assert "<script>window.__pwned=1</script>" in browser.find_element(By.CSS_SELECTOR, "table.side").text
