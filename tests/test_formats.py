"""GitHub annotations, JUnit XML and standard input. All names are fictional."""
from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from planlint.cli import main
from planlint.reporters.github import _data, _prop

BAD = """\
# Plan for Amelia

## Action plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Unannounced home visits to see Amelia alone | Social worker | Ongoing | Visit records show Amelia seen alone |
| Health visitor to weigh Amelia | Health visitor | Weekly | |
"""
GOOD = """\
# Child protection plan for Amelia

## What Amelia has told us

Amelia told her social worker she likes it when Nana Linda picks her up from school.

## Outcomes

Amelia is safe at home, gains weight steadily and is seen alone at every visit.

## Action plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Unannounced home visits to see Amelia alone | Social worker (Sam Lee) | Weekly until 30 June 2025 | Visit records show Amelia seen alone |
| Health visitor to weigh Amelia at home | Health visitor (Jo Bright) | Every two weeks | Weight chart shared with the core group |

## Review arrangements

Core group meetings every 4 weeks, first on 3 March 2025. Review conference: 12 May 2025.

## Contingency plan

If Sarah drinks alcohol while caring for Amelia, Amelia will stay with her grandmother Linda and the SW will request a legal planning meeting within 5 working days.
"""
MIXED = GOOD.replace("| Weekly until 30 June 2025 |", "| Ongoing |")  # one warning, no errors
GITHUB_LINE = re.compile(r"^::(error|warning|notice) file=(?P<file>[^,]+)(?:,line=(?P<line>\d+))?,"
                         r"title=(?P<title>[A-Z]\d{3} [a-z-]+)::(?P<message>.+)$")


def check(*args, input=None):
    return CliRunner().invoke(main, ["check", *args], input=input)


@pytest.fixture
def plans(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.md").write_text(BAD)
    (tmp_path / "mixed.md").write_text(MIXED)
    return tmp_path


def test_github_annotations(plans):
    result = check("--format", "github", "bad.md")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    parsed = [GITHUB_LINE.match(line) for line in lines]
    assert all(parsed), lines
    by_title = {m["title"]: m for m in parsed}
    t002 = by_title["T002 vague-timescale"]
    assert (t002.group(1), t002["file"], t002["line"]) == ("warning", "bad.md", "7")
    assert by_title["M001 missing-measure"].group(1) == "error"
    assert by_title["M001 missing-measure"]["line"] == "8"
    assert by_title["C001 missing-contingency"]["line"] is None  # about the whole plan: no line
    assert "Amelia seen alone" not in result.stdout


def test_github_escapes_properties_and_messages():
    assert _prop("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert _data("50% done\r\nnext: x,y") == "50%25 done%0D%0Anext: x,y"


def test_github_unreadable_file(plans):
    (plans / "broken.docx").write_bytes(b"PK\x03\x04 nope")
    result = check("--format", "github", "broken.docx")
    assert result.exit_code == 2
    assert result.stdout.startswith("::error file=broken.docx,title=cannot read::")


def test_junit_one_testcase_per_plan(plans):
    result = check("--format", "junit", "bad.md", "mixed.md")
    assert result.exit_code == 1
    root = ET.fromstring(result.stdout)
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {"bad.md", "mixed.md"}
    failures = cases["bad.md"].findall("failure")
    assert len(failures) == 1  # JUnit allows one failure per testcase
    assert sorted(re.findall(r"^error: ([A-Z]\d{3})", failures[0].text, re.M)) == ["C001", "M001", "O001"]
    assert failures[0].get("message").startswith("3 finding(s) at or above error: ")  # errors only by default
    assert cases["mixed.md"].find("failure") is None
    out = cases["mixed.md"].find("system-out").text
    assert out.strip() == ("warning: T002 vague-timescale at table 1 row 2 line 15: The only timescale is vague "
                           "(ongoing, asap, as and when, TBC...). Fix: Give a date, a frequency or an event instead, "
                           'e.g. "by 14 March 2025", "weekly", "by the next core group".')
    assert "Amelia seen alone" not in result.stdout


def test_junit_fail_on_warning(plans):
    root = ET.fromstring(check("--format", "junit", "--fail-on", "warning", "mixed.md").stdout)
    case = root.find("testsuite/testcase")
    assert "T002 vague-timescale" in case.find("failure").get("message")
    assert root.find("testsuite").get("failures") == "1"


def test_junit_unreadable_file_is_an_error(plans):
    (plans / "broken.docx").write_bytes(b"PK\x03\x04 nope")
    root = ET.fromstring(check("--format", "junit", "broken.docx", "mixed.md").stdout)
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("errors")) == ("2", "1")
    error = suite.find("testcase[@name='broken.docx']/error")
    assert error.get("message").startswith("cannot read")


def test_stdin_with_a_filename(plans):
    result = check("--format", "json", "--stdin-filename", "cases/amelia.md", "-", input=BAD)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert [f["path"] for f in data["files"]] == ["cases/amelia.md"]
    assert "T002" in {f["rule"] for f in data["files"][0]["findings"]}


def test_stdin_without_a_filename_is_dash(plans):
    result = check("-", input=BAD)
    assert result.exit_code == 1
    assert result.stdout.startswith("-:")


def test_stdin_uses_the_settings_beside_its_filename(plans):
    (plans / "cases").mkdir()
    (plans / "cases" / "planlint.toml").write_text('select = ["T002"]\n')
    result = check("--format", "json", "--stdin-filename", "cases/amelia.md", "-", input=BAD)
    assert {f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]} == {"T002"}
    assert result.exit_code == 0
