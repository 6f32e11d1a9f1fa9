"""`planlint check` from the outside: exit codes, JSON contract, bad input in a batch."""
import json

import pytest
from click.testing import CliRunner

from planlint.cli import main


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_cli_good_plan_exits_zero(good_plan):
    result = run("check", str(good_plan))
    assert result.exit_code == 0, result.output
    assert "0 error(s)" in result.output


def test_cli_bad_plan_exits_one_with_compiler_style_lines(bad_plan):
    result = run("check", str(bad_plan))
    assert result.exit_code == 1
    assert f"{bad_plan}:line 4: T002 vague-timescale" in result.output
    assert "fix:" in result.output


def test_cli_fail_on_warning_turns_warnings_into_failure(good_plan, tmp_path):
    p = tmp_path / "warn.md"
    p.write_text(good_plan.read_text().replace("Every Tuesday", "Ongoing"), encoding="utf-8")
    assert run("check", str(p)).exit_code == 0
    assert run("check", "--fail-on", "warning", str(p)).exit_code == 1


def test_cli_json_contract(bad_plan):
    data = json.loads(run("check", "--format", "json", str(bad_plan)).output)
    assert data["planlint_version"] == "0.1.0"
    (f,) = data["files"]
    assert set(f) >= {"path", "status", "error", "actions", "findings"}
    assert f["status"] == "ok" and f["error"] is None and f["actions"] == 2
    for finding in f["findings"]:
        assert set(finding) >= {"rule", "name", "severity", "message", "excerpt", "hint", "location"}
        assert set(finding["location"]) == {"page", "paragraph", "table", "row", "line"}
    t002 = [x for x in f["findings"] if x["rule"] == "T002"]
    assert t002 and t002[0]["excerpt"] == "All professionals to monitor ongoing."
    assert t002[0]["location"]["line"] == 4


def test_cli_table_row_excerpt_joins_cells(tmp_path):
    p = tmp_path / "t.md"
    p.write_text("## Action plan\n| Action | Who | When | Measure |\n|---|---|---|---|\n"
                 "| Visit Amelia | SW | Ongoing | Visit records |\n", encoding="utf-8")
    data = json.loads(run("check", "--format", "json", str(p)).output)
    t002 = [x for x in data["files"][0]["findings"] if x["rule"] == "T002"][0]
    assert t002["excerpt"] == "Visit Amelia | SW | Ongoing | Visit records"
    assert (t002["location"]["table"], t002["location"]["row"]) == (1, 2)


@pytest.mark.parametrize("name,content,reason", [
    ("corrupt.docx", b"PK\x03\x04 this is not a zip", "docx"),
    ("empty.md", b"", "empty"),
    ("sheet.xlsx", b"a,b", "unsupported"),
])
def test_cli_bad_file_exit_two_and_others_still_linted(tmp_path, good_plan, name, content, reason):
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("check", "--format", "json", str(bad), str(good_plan))
    assert result.exit_code == 2
    data = json.loads(result.output)
    broken, ok = data["files"]
    assert broken["status"] == "error" and reason in broken["error"].lower()
    assert "\n" not in broken["error"]
    assert ok["status"] == "ok" and ok["actions"] == 3


def test_cli_folder_recursion(tmp_path, good_plan, bad_plan):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "notes.csv").write_text("x")
    (tmp_path / "sub" / "again.md").write_text(bad_plan.read_text())
    data = json.loads(run("check", "--format", "json", str(tmp_path)).output)
    assert sorted(f["path"].rsplit("/", 1)[1] for f in data["files"]) == ["again.md", "bad.md", "good.md"]


def test_cli_stdin(bad_plan):
    result = run("check", "--format", "json", "--stdin-filename", "draft.md", "-", input=bad_plan.read_text())
    data = json.loads(result.output)
    assert data["files"][0]["path"] == "draft.md" and data["files"][0]["findings"]


def test_cli_missing_file_is_exit_two(tmp_path):
    result = run("check", str(tmp_path / "nope.docx"))
    assert result.exit_code == 2


def test_cli_select_and_ignore(bad_plan):
    data = json.loads(run("check", "--format", "json", "--select", "T002", str(bad_plan)).output)
    assert {f["rule"] for f in data["files"][0]["findings"]} == {"T002"}
    data = json.loads(run("check", "--format", "json", "--ignore", "T002,vague-owner", str(bad_plan)).output)
    assert not {f["rule"] for f in data["files"][0]["findings"]} & {"T002", "W002"}


def test_cli_rule_explains_like_ruff():
    out = run("rule", "T002").output
    for part in ("# vague-timescale (T002)", "## What it does", "## Why is this bad?", "## Example", "## Use instead",
                 "Finding One"):
        assert part in out
    assert run("rule", "Z999").exit_code == 2


def test_cli_rules_lists_every_rule():
    out = run("rules").output
    for code in ("T001", "T002", "W001", "W002", "M001", "M002", "O001", "C001", "F001", "F002", "F003", "F004",
                 "H001", "C002", "C003", "R001", "R002", "L001", "X001"):
        assert code in out


def test_cli_structure_shows_actions(good_plan):
    out = run("structure", str(good_plan)).output
    assert "[contingency] Contingency plan" in out
    assert "actions (3)" in out
    assert "child=Amelia" in out
