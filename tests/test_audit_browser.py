"""The audit dashboard in a real browser: plan text never runs, sorting works.

Needs Debian's chromium and chromium-driver (/usr/bin/chromium,
/usr/bin/chromedriver) and the selenium package. Skipped when they are
missing, except under CI (CI=true), where missing means the setup is broken.
All names and details are fictional.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

import chromium
from planlint.cli import main

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=2">'
FILE_NAME = "<img src=x onerror=window.__pwned=3>.md"


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
    chromium.require()
    driver = chromium.start(tmp_path_factory.mktemp("chromium-profile"))
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


# --- An audit run twice: case facts, filters, since-last-time, drill-down, accessibility.

AS_OF = "2025-06-01"
CONTINGENCY = ("## Contingency plan\nIf Mum cannot keep {child} safe at home, {child} will stay with Gran and the SW "
               "will request a legal planning meeting the same day.\n\n")


def _case_plan(child: str, worker: str, team: str, kind: str, review: str, contingency: bool = True,
               extra_action: str = "") -> str:
    first = child.split()[0]
    return (
        f"# {kind} Plan\n\nChild: {child} (7)\nSocial worker: {worker}\nTeam: {team}\n"
        f"Category of plan: Neglect\nDate of conference: 03/03/2025\nReview conference: {review}\n\n"
        f"## {first}'s wishes and feelings\n{first} says he likes school.\n\n"
        f"## Outcomes\n- {first} is safe and attends school every day.\n\n"
        "## Action plan\n\n| Action | Who | By when | How we will know |\n|---|---|---|---|\n"
        f"| Walk {first} to school | Dad | Daily | School register shows 95% attendance |\n"
        f"| Take {first} to the dentist | Mum | by 30 April 2025 | Dentist letter shared with the SW |\n"
        + extra_action + "\n"
        + (CONTINGENCY.format(child=first) if contingency else "")
        + "## Review arrangements\nThe core group will meet every 4 weeks.\n"
    )


@pytest.fixture(scope="module")
def twice(tmp_path_factory) -> dict:
    """A folder audited, then audited again into the same report folder after
    two plans were edited and one renamed."""
    plans = tmp_path_factory.mktemp("service")
    north, south = "North Safeguarding Team", "South Locality Team"
    files = {
        "wren.md": _case_plan("Tobias Wren", "Jo Brook", north, "Child Protection", "12/05/2025", contingency=False),
        "ash.md": _case_plan("Milo Ash", "Sam Lee", south, "Child in Need", "01/07/2025"),
        "birch.md": _case_plan("Ned Birch", "Jo Brook", north, "Child Protection", "01/04/2025", contingency=False),
        "cole.md": _case_plan("Kit Cole", "Sam Lee", south, "Child Protection", "20/08/2025"),
    }
    for name, text in files.items():
        (plans / name).write_text(text, encoding="utf-8")
    (plans / "shopping.txt").write_text("Shopping list\n\nMilk, eggs and bread.\n", encoding="utf-8")
    out = plans.parent / (plans.name + "-report")
    first = CliRunner().invoke(main, ["audit", str(plans), "-o", str(out), "--jobs", "2", "--as-of", AS_OF])
    assert (out / "index.html").exists(), first.output
    before = json.loads((out / "audit.json").read_text(encoding="utf-8"))

    (plans / "wren.md").write_text(_case_plan("Tobias Wren", "Jo Brook", north, "Child Protection", "12/05/2025"),
                                   encoding="utf-8")  # a contingency added
    (plans / "ash.md").write_text(_case_plan("Milo Ash", "Sam Lee", south, "Child in Need", "01/07/2025",
                                             extra_action="| Tidy the bedroom | Mum | | Photo of the bedroom |\n"),
                                  encoding="utf-8")  # an action with no timescale
    (plans / "cole.md").rename(plans / "cole-renamed.md")
    second = CliRunner().invoke(main, ["audit", str(plans), "-o", str(out), "--jobs", "2", "--as-of", AS_OF])
    assert second.exit_code in (0, 1), second.output
    return {"out": out, "before": before, "after": json.loads((out / "audit.json").read_text(encoding="utf-8"))}


def _rows(browser) -> list[dict]:
    from selenium.webdriver.common.by import By

    heads = [th.text.strip(" ▲▼") for th in browser.find_elements(By.CSS_SELECTOR, "#plans thead th")]
    return [dict(zip(heads, (td.text for td in row.find_elements(By.TAG_NAME, "td"))))
            for row in browser.find_elements(By.CSS_SELECTOR, "#plans tbody tr") if row.is_displayed()]


def test_audit_browser_case_facts_and_filters(twice, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    _open(browser, twice["out"] / "index.html")
    rows = {Path(r["Plan"]).name: r for r in _rows(browser)}
    assert rows["wren.md"]["Child"] == "Tobias W."  # first name and initial only
    assert rows["wren.md"]["Social worker"] == "Jo Brook" and rows["wren.md"]["Team"] == "North Safeguarding Team"
    assert rows["wren.md"]["Plan type"] == "child protection" and rows["ash.md"]["Plan type"] == "child in need"
    assert rows["wren.md"]["Category"] == "neglect"
    assert rows["wren.md"]["Conference"] == "2025-03-03" and rows["wren.md"]["Next review"] == "2025-05-12"
    assert rows["wren.md"]["Overdue"] == "yes" and rows["ash.md"]["Overdue"] == "no"
    assert rows["shopping.txt"]["Score"] == "–" and "no plan found" in rows["shopping.txt"]["Status"]

    overdue = browser.find_element(By.ID, "overdue-filter")
    overdue.send_keys(Keys.SPACE)  # by keyboard
    assert sorted(Path(r["Plan"]).name for r in _rows(browser)) == ["birch.md", "wren.md"]
    overdue.send_keys(Keys.SPACE)
    Select(browser.find_element(By.ID, "team-filter")).select_by_visible_text("South Locality Team")
    assert sorted(Path(r["Plan"]).name for r in _rows(browser)) == ["ash.md", "cole-renamed.md"]
    Select(browser.find_element(By.ID, "worker-filter")).select_by_visible_text("Jo Brook")
    assert _rows(browser) == []
    assert "0 of 5 shown" in browser.find_element(By.ID, "shown").text

    header = browser.find_element(By.XPATH, "//table[@id='plans']//th/button[normalize-space()='Next review']")
    header.send_keys(Keys.ENTER)  # sorting by keyboard
    assert browser.find_element(By.XPATH, "//table[@id='plans']//th[button[normalize-space()='Next review']]"
                                ).get_attribute("aria-sort") == "ascending"


def test_audit_browser_compare_shows_exactly_the_edited_plans(twice, browser):
    from selenium.webdriver.common.by import By

    _open(browser, twice["out"] / "index.html")
    changed = {Path(row.get_attribute("data-plan")).name: row
               for row in browser.find_elements(By.CSS_SELECTOR, "#changes tbody tr")}
    assert sorted(changed) == ["ash.md", "wren.md"]  # the renamed plan is matched, so unchanged
    assert "C001" in changed["wren.md"].find_element(By.CLASS_NAME, "resolved-findings").text
    assert changed["wren.md"].find_element(By.CLASS_NAME, "new-findings").text == "0"
    assert "T001" in changed["ash.md"].find_element(By.CLASS_NAME, "new-findings").text
    assert changed["ash.md"].find_element(By.CLASS_NAME, "resolved-findings").text == "0"

    files = twice["after"]["files"]
    n = next(i for i, f in enumerate(files, 1) if f["path"].endswith("cole-renamed.md"))
    page = _squash(_open(browser, twice["out"] / "plans" / f"{n}.html"))
    assert "renamed from" in page and "cole.md" in page and "No finding is new or resolved" in page
    history = (twice["out"] / "history.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(history) == 2 and "Tobias" not in "".join(history)  # aggregates only


def test_audit_browser_rule_drill_down_lists_every_failing_plan(twice, browser):
    from selenium.webdriver.common.by import By

    _open(browser, twice["out"] / "index.html")
    browser.find_element(By.XPATH, "//table[@id='teams']").is_displayed()
    link = browser.find_element(By.XPATH, "//a[starts-with(normalize-space(), 'C001 missing-contingency')]")
    browser.get(link.get_attribute("href"))
    plans = [Path(a.text).name for a in browser.find_elements(By.CSS_SELECTOR, ".plan-failing h3 a")]
    assert plans == ["birch.md"]  # wren.md has its contingency now
    assert "no contingency" in _squash(browser.find_element(By.CSS_SELECTOR, ".plan-failing").text).lower()

    _open(browser, twice["out"] / "index.html")
    north = next(row for row in browser.find_elements(By.CSS_SELECTOR, "#teams tbody tr") if "North" in row.text)
    assert north.find_elements(By.TAG_NAME, "td")[3].text == "1 (50%)"  # which team's plans lack contingencies
    browser.get(north.find_element(By.TAG_NAME, "a").get_attribute("href"))
    assert sorted(Path(a.text).name for a in browser.find_elements(By.CSS_SELECTOR, "#team-plans a")) == [
        "birch.md", "wren.md"]


@pytest.mark.parametrize("page", ["index", "plan"])
def test_audit_browser_pages_have_no_serious_accessibility_violations(twice, browser, page):
    chromium.require(chromium.AXE)
    files = twice["after"]["files"]
    n = next(i for i, f in enumerate(files, 1) if f["path"].endswith("ash.md"))
    _open(browser, twice["out"] / ("index.html" if page == "index" else f"plans/{n}.html"))
    violations = chromium.axe(browser)
    assert violations == [], [(v["id"], v.get("impact"), v.get("help")) for v in violations]
