"""The audit dashboard in a real browser: plan text never runs, sorting works.

Needs Debian's chromium and chromium-driver (/usr/bin/chromium,
/usr/bin/chromedriver) and the selenium package. Skipped when they are
missing, except under CI (CI=true), where missing means the setup is broken.
All names and details are fictional.
"""
from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from planlint.cli import main

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
FILE_NAME = "<img src=x onerror=window.__pwned=3>.md"


def _missing() -> str | None:
    if importlib.util.find_spec("selenium") is None:
        return "selenium is not installed"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not shutil.which(path):
            return f"{path} is missing (apt-get install chromium chromium-driver)"
    return None


def _hostile_docx(path: Path) -> None:
    d = docx.Document()
    d.add_heading(f"Child protection plan {SCRIPT}", 0)
    d.add_heading(f"What needs to happen {IMG}", 1)
    t = d.add_table(rows=1, cols=4)
    for cell, text in zip(t.rows[0].cells, ("Action", "Who", "By when", "How we will know")):
        cell.text = text
    for row in ((f"Visit weekly {SCRIPT}", "Social worker", "soon", "Monitored"),
                (f"Weigh the baby {IMG}", "", "ongoing", "")):
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    d.save(path)


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    plans = tmp_path_factory.mktemp("plans")
    _hostile_docx(plans / "hostile.docx")
    (plans / FILE_NAME).write_text("# Plan\n\n## Action plan\n- The SW will visit weekly.\n", encoding="utf-8")
    (plans / "good.md").write_text(
        "# Plan for Kit\n\n## Kit's wishes and feelings\nKit says he likes school.\n\n## Outcomes\n"
        "- Kit is safe and attends school.\n\n## Action plan\n\n| Action | Who | By when | How we will know |\n"
        "|---|---|---|---|\n| Walk Kit to school | Dad | Daily | School register shows 95% attendance |\n\n"
        "## Contingency plan\nIf Dad cannot walk Kit, Gran will, and the SW will request a legal planning "
        "meeting if attendance falls below 90%.\n\n## Review arrangements\nThe core group will meet every 4 "
        "weeks, first on 3 March 2025. The review conference is on 12 May 2025.\n", encoding="utf-8")
    (plans / "broken.docx").write_bytes(b"PK\x03\x04 broken")
    out = plans.parent / (plans.name + "-report")
    result = CliRunner().invoke(main, ["audit", str(plans), "-o", str(out), "--jobs", "2"])
    assert (out / "index.html").exists(), result.output
    return out


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    reason = _missing()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}", "--window-size=1280,900"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
    yield driver
    driver.quit()


def _open(browser, path: Path):
    from selenium.webdriver.common.by import By

    browser.get(path.as_uri())
    return browser.find_element(By.TAG_NAME, "body").text


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_audit_browser_dashboard_shows_hostile_path_as_text_and_runs_none_of_it(report, browser):
    text = _open(browser, report / "index.html")

    assert FILE_NAME in text
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.execute_script("return document.images.length") == 0
    assert browser.execute_script("return document.scripts.length") == 1  # our table script only
    assert "not a valid .docx file (corrupt zip)" in text


def test_audit_browser_plan_page_shows_excerpts_literally(report, browser):
    files = json.loads((report / "audit.json").read_text(encoding="utf-8"))["files"]
    n = next(i for i, f in enumerate(files, 1) if f["path"].endswith("hostile.docx"))
    text = _squash(_open(browser, report / "plans" / f"{n}.html"))

    assert SCRIPT in text and IMG in text
    for finding in files[n - 1]["findings"]:
        assert _squash(finding["excerpt"]) in text
    assert browser.execute_script("return typeof window.__pwned") == "undefined"
    assert browser.execute_script("return document.images.length + document.scripts.length") == 0


def test_audit_browser_table_sorts_and_filters(report, browser):
    from selenium.webdriver.common.by import By

    _open(browser, report / "index.html")

    def column(i):
        return [row.find_elements(By.TAG_NAME, "td")[i].text
                for row in browser.find_elements(By.CSS_SELECTOR, "#plans tbody tr") if row.is_displayed()]

    def header(label):
        return browser.find_element(By.XPATH, f"//table[@id='plans']//th/button[normalize-space()='{label}']")

    scores = [int(s) for s in column(3) if s.isdigit()]
    assert scores == sorted(scores)  # worst plans first
    header("Score").click()  # already ascending, so now descending
    scores = [int(s) if s.isdigit() else -1 for s in column(3)]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) > 1
    header("Plan").click()
    paths = column(1)
    assert paths == sorted(paths, key=str.lower)
    header("Plan").click()
    assert column(1) == sorted(paths, key=str.lower, reverse=True)

    browser.find_element(By.ID, "filter").send_keys("good.md")
    assert [Path(p).name for p in column(1)] == ["good.md"]
