"""`planlint baseline` and `planlint check --baseline`. All names are fictional."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from planlint import Finding, Location
from planlint.baseline import fingerprint, unit_hash
from planlint.cli import main

PLAN = """\
# Plan for Amelia

## Action plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Unannounced home visits to see Amelia alone | Social worker | Ongoing | Visit records show Amelia seen alone |
| Health visitor to weigh Amelia at home | Health visitor | Weekly | Weight chart shared with the core group |
"""


def run(*args):
    return CliRunner().invoke(main, list(args))


def json_check(*args):
    result = run("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.fixture
def repo(tmp_path, monkeypatch):
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "amelia.md").write_text(PLAN)
    (tmp_path / "plans" / "noah.md").write_text(PLAN.replace("Amelia", "Noah"))
    monkeypatch.chdir(tmp_path)
    result = run("baseline", "plans", "-o", ".planlint-baseline.json")
    assert result.exit_code == 0, result.output
    return tmp_path


def test_baseline_records_hashes_not_plan_text(repo):
    text = (repo / ".planlint-baseline.json").read_text()
    data = json.loads(text)
    assert data["planlint_baseline"] == 1
    before = json_check("plans")
    findings = [(e["path"], f["rule"]) for e in before["files"] for f in e["findings"]]
    assert sorted((e["path"], e["rule"]) for e in data["entries"]) == sorted(
        (p.replace("\\", "/"), r) for p, r in findings)
    assert {"plans/amelia.md", "plans/noah.md"} == {e["path"] for e in data["entries"]}
    assert "Amelia" not in text and "Ongoing" not in text and "Social worker" not in text


def test_baseline_hides_known_findings(repo):
    data = json_check("--baseline", ".planlint-baseline.json", "plans")
    assert all(entry["findings"] == [] for entry in data["files"])
    assert data["baseline"]["stale"] == [] and data["baseline"]["known"] > 0
    result = run("check", "--baseline", ".planlint-baseline.json", "plans")
    assert result.exit_code == 0
    assert "known finding(s) in .planlint-baseline.json not shown" in result.stdout


def test_baseline_survives_edits_elsewhere_and_reports_new_findings(repo):
    plan = repo / "plans" / "amelia.md"
    edited = PLAN.replace("# Plan for Amelia\n", "# Plan for Amelia\n\nAgreed at conference on 3 March 2025.\n")
    edited += "| Sarah to attend the parenting course | Sarah | As and when | Certificate shared with the SW |\n"
    plan.write_text(edited)
    data = json_check("--baseline", ".planlint-baseline.json", "plans/amelia.md")
    new = [(f["rule"], f["location"]["row"]) for f in data["files"][0]["findings"]]
    assert new == [("T002", 4)]  # only the new row; the old rows moved down two lines but still match
    assert data["baseline"]["stale"] == []


def test_baseline_lists_stale_entries(repo):
    plan = repo / "plans" / "amelia.md"
    plan.write_text(PLAN.replace("| Ongoing |", "| Every Tuesday |"))
    data = json_check("--baseline", ".planlint-baseline.json", "plans/amelia.md")
    assert data["files"][0]["findings"] == []
    assert [(s["path"], s["rule"], s["name"]) for s in data["baseline"]["stale"]] == [
        ("plans/amelia.md", "T002", "vague-timescale")]
    result = run("check", "--baseline", ".planlint-baseline.json", "plans/amelia.md")
    assert "plans/amelia.md: info: baseline entry T002 vague-timescale no longer matches a finding" in result.stdout
    assert "1 stale baseline entry" in result.stdout
    assert result.exit_code == 0


def test_baseline_entries_for_files_not_checked_are_not_stale(repo):
    data = json_check("--baseline", ".planlint-baseline.json", "plans/noah.md")
    assert data["baseline"]["stale"] == []
    data = json_check("--baseline", ".planlint-baseline.json", "--ignore", "T002", "plans/amelia.md")
    assert data["baseline"]["stale"] == []  # T002 was switched off, not fixed


def test_baseline_paths_are_relative_to_the_baseline_file(repo, monkeypatch):
    monkeypatch.chdir(repo / "plans")
    data = json_check("--baseline", "../.planlint-baseline.json", "amelia.md")
    assert data["files"][0]["findings"] == [] and data["baseline"]["stale"] == []


def test_baseline_counts_identical_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    row = "| Unannounced home visits to see Amelia alone | Social worker | Ongoing | Visit records show Amelia seen alone |\n"
    (tmp_path / "plan.md").write_text(PLAN + row)
    assert run("baseline", "plan.md").exit_code == 0
    (tmp_path / "plan.md").write_text(PLAN + row + row)
    data = json_check("--baseline", ".planlint-baseline.json", "plan.md")
    assert [f["rule"] for f in data["files"][0]["findings"]] == ["T002"]  # the third copy is new


def test_baseline_fingerprint_ignores_position_and_spacing():
    a = Finding("T002", "vague-timescale", "warning", "m", "Visits  to\nAmelia", "h", Location(table=1, row=2))
    b = Finding("T002", "vague-timescale", "warning", "m", "visits to amelia", "h", Location(table=3, row=9))
    assert unit_hash(a.excerpt) == unit_hash(b.excerpt)
    assert fingerprint(a, "plans/a.md") == fingerprint(b, "plans/a.md") != fingerprint(b, "plans/b.md")


@pytest.mark.parametrize("content", ["not json", '{"entries": []}', '{"planlint_baseline": 1, "entries": [{}]}'])
def test_baseline_bad_file_is_a_usage_error(repo, content):
    (repo / "bad.json").write_text(content)
    result = run("check", "--baseline", "bad.json", "plans")
    assert result.exit_code == 2
    assert "bad.json" in result.output
