"""`planlint serve` in a real browser (headless Chromium through selenium):
upload, findings, the annotated download, escaping, errors, the drop zone,
the keyboard and axe-core.

Needs Debian's chromium and chromium-driver and axe-core in .axe/ (scripts/test.sh
installs it); see tests/chromium.py. All plans are fictional.
"""
from __future__ import annotations

import re
import shutil
import time
import zipfile
from pathlib import Path

import docx
import httpx2 as httpx
import pytest

import chromium
from serve_server import running

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DOCX = ROOT / "sample_plans" / "b2_hollinvale_cin_stepup_brooks.docx"
SCRIPT = "<script>window.pwned=1</script>"
IMG = '<img src=x onerror="window.pwned=2">'
HOSTILE_MD = (f"# Child protection plan for Kit {SCRIPT}\n\n## Action plan\n"
              f"- The SW will visit {IMG} soon.\n- Mum will engage {SCRIPT}.\n")


@pytest.fixture(scope="module")
def server():
    with running("--jobs", "2") as (url, _):
        yield url


@pytest.fixture(scope="module")
def downloads(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(tmp_path_factory, downloads):
    chromium.require(chromium.AXE)
    driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"), downloads)
    yield driver
    driver.quit()


def _upload(browser, server: str, path: Path) -> str:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    browser.find_element(By.ID, "file").send_keys(str(path))
    browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
    WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.CSS_SELECTOR, "section.result"))
    return browser.find_element(By.TAG_NAME, "body").text


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_a_sample_docx_shows_its_findings_and_the_reviewed_copy_downloads(browser, server, downloads, tmp_path):
    from selenium.webdriver.common.by import By

    plan = Path(shutil.copy(SAMPLE_DOCX, tmp_path / "plan.docx"))
    expected = httpx.post(server + "/api/lint", files={"file": ("plan.docx", plan.read_bytes())}, timeout=60).json()
    findings = expected["files"][0]["findings"]
    text = _squash(_upload(browser, server, plan))

    assert findings and "Results for plan.docx" in text
    for f in findings:
        assert _squash(f["message"]) in text and _squash(f["hint"]) in text
    assert f"{expected['files'][0]['score']['overall']} out of 100" in text
    assert "Owner: missing" in text and "Timescale: vague (ASAP)" in text  # the verdicts planlint read

    browser.find_element(By.ID, "download").click()
    reviewed = downloads / "plan.reviewed.docx"
    # (the browser writes the download under another name and renames it when whole; on a loaded
    # 2-core machine that has taken over 30 s, so wait longer for a whole file)
    deadline = time.monotonic() + 90
    while not (reviewed.exists() and zipfile.is_zipfile(reviewed)) and time.monotonic() < deadline:
        time.sleep(0.2)
    comments = [c.text for c in docx.Document(str(reviewed)).comments]
    assert len(comments) == len(findings)
    assert all(c.startswith(tuple(f["rule"] for f in findings)) for c in comments)


def test_plan_text_is_shown_literally_and_never_runs(browser, server, tmp_path):
    plan = tmp_path / "hostile.md"
    plan.write_text(HOSTILE_MD, encoding="utf-8")
    text = _upload(browser, server, plan)

    assert SCRIPT in text and IMG in text
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    assert browser.execute_script("return document.images.length") == 0
    assert browser.execute_script("return document.scripts.length") == 1  # serve.js only


def test_a_corrupt_file_gets_a_clear_error(browser, server, tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a real zip")
    text = _upload(browser, server, broken)
    assert "This file could not be checked" in text
    assert "not a valid .docx file (corrupt zip)" in text and "try again" in text


def test_a_file_dropped_on_the_page_is_checked(browser, server):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(server + "/")
    browser.execute_script("""
        const data = new DataTransfer();
        data.items.add(new File([arguments[0]], "dropped.md", {type: "text/markdown"}));
        document.getElementById("dropzone").dispatchEvent(
            new DragEvent("drop", {dataTransfer: data, bubbles: true, cancelable: true}));
    """, HOSTILE_MD)
    WebDriverWait(browser, 60).until(lambda b: b.find_elements(By.CSS_SELECTOR, "section.result"))
    assert "Results for dropped.md" in browser.find_element(By.TAG_NAME, "body").text


def test_the_file_picker_and_button_are_reached_with_the_keyboard(browser, server):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    browser.get(server + "/")
    reached = []
    for _ in range(4):
        ActionChains(browser).send_keys(Keys.TAB).perform()
        reached.append(browser.execute_script(
            "const e = document.activeElement; return e.id || e.tagName.toLowerCase() + ':' + e.textContent.trim();"))
    assert "file" in reached and "button:Check this plan" in reached
    assert reached.index("file") < reached.index("button:Check this plan")


def test_axe_finds_no_serious_or_critical_violations(browser, server, tmp_path):
    browser.get(server + "/")
    assert chromium.axe(browser) == []
    plan = Path(shutil.copy(SAMPLE_DOCX, tmp_path / "plan.docx"))
    _upload(browser, server, plan)
    assert chromium.axe(browser) == []
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04")
    _upload(browser, server, broken)
    assert chromium.axe(browser) == []
