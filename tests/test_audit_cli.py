"""`planlint audit`, run in-process with CliRunner on small folders built here.

Workers are real processes. All names and details are fictional.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from planlint.cli import main
from planlint.audit.outputs import FINDING_COLUMNS, PLAN_COLUMNS

GOOD = """# Child protection plan for Tallulah Quennell

Child: Tallulah Quennell (DOB 04/05/2019). Mum: Bronwyn Quennell. Date of conference: 3 March 2025.

## Tallulah's wishes and feelings
Tallulah told Mr Hargreaves she likes her nursery and wants Bronwyn to be well.

## Outcomes
- Tallulah is fed, warm and seen every week.

## Action plan

| Action | Who | By when | How we will know |
|---|---|---|---|
| Take Tallulah to nursery every weekday | Bronwyn | ASAP | Attendance monitored |
| See Tallulah alone at home | Social worker | Ongoing | Visit records show Tallulah seen alone |

## Contingency plan
If Bronwyn drinks alcohol while caring for Tallulah, Tallulah will stay with her grandmother and the SW will request a legal planning meeting.
"""

INJECTION = """# Child protection plan

## Action plan

| Outcome | Action | Who | By when |
|---|---|---|---|
| =HYPERLINK("http://evil.example","click") | Walk the child to school | Dad | soon |
| @SUM(A1:A9) | Weigh the baby | Health visitor | ongoing |
| +44 1234 | Visit weekly | | ASAP |
| -2+3 | Refer to housing | Social worker | when possible |
"""


def write_plan(folder: Path, name: str, text: str = GOOD) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def write_docx(path: Path, rows=(("Walk the child to school", "Dad", "Daily", "Register"),)) -> Path:
    d = docx.Document()
    d.add_heading("Child protection plan", 0)
    d.add_heading("Action plan", 1)
    t = d.add_table(rows=1, cols=4)
    for cell, text in zip(t.rows[0].cells, ("Action", "Who", "By when", "How we will know")):
        cell.text = text
    for row in rows:
        for cell, text in zip(t.add_row().cells, row):
            cell.text = text
    d.save(path)
    return path


def zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"\0" * (3 * 1024 * 1024))  # > 100:1
    return path


def audit(*args, env=None):
    result = CliRunner().invoke(main, ["audit", *map(str, args)], env=env, catch_exceptions=False)
    return result


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV must start with a UTF-8 BOM for Excel"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def all_report_text(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in folder.rglob("*") if p.is_file())


def snapshot(folder: Path) -> dict:
    return {p: (p.stat().st_mtime_ns, hashlib.sha256(p.read_bytes()).hexdigest())
            for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def mixed(tmp_path) -> Path:
    plans = tmp_path / "plans"
    write_plan(plans, "good.md")
    write_plan(plans, "sub/notes.txt", GOOD.replace("Tallulah", "Kit"))
    write_docx(plans / "table.docx")
    (plans / "corrupt.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    (plans / "empty.md").write_bytes(b"")
    (plans / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    zip_bomb(plans / "bomb.docx")
    (plans / "ignored.odt").write_bytes(b"not a plan format")
    return plans


def test_audit_mixed_folder_gives_complete_report_with_errors_listed(mixed, tmp_path):
    out = tmp_path / "report"
    before = snapshot(mixed)

    result = audit(mixed, "-o", out, "--jobs", "2")

    assert result.exit_code == 2, result.output  # unreadable files -> 2, like `check`
    assert "7 file(s): 3 linted, 0 from cache, 4 could not be read" in result.output  # adds up to 7
    data = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    assert set(data) >= {"planlint_version", "generated", "as_of", "files", "skipped"}  # keys are only added
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", data["generated"])
    by_name = {Path(f["path"]).name: f for f in data["files"]}
    assert sorted(by_name) == ["bomb.docx", "corrupt.docx", "empty.md", "garbage.pdf",
                               "good.md", "notes.txt", "table.docx"]
    for name in ("good.md", "notes.txt", "table.docx"):
        assert by_name[name]["status"] == "ok"
        assert 0 <= by_name[name]["score"]["overall"] <= 100
        assert by_name[name]["findings"]
    assert by_name["corrupt.docx"]["error"] == "not a valid .docx file (corrupt zip)"
    assert by_name["empty.md"]["error"].startswith("empty document")
    assert "zip bomb" in by_name["bomb.docx"]["error"]
    assert by_name["garbage.pdf"]["status"] == "error"
    for f in data["files"]:
        assert f["status"] == "ok" or "\n" not in f["error"]

    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Files that could not be read (4)" in index
    assert "not a valid .docx file (corrupt zip)" in index
    assert "<svg" in index and "<script src" not in index and "http" not in index.split("<body>")[1]
    assert sorted(p.name for p in (out / "plans").iterdir()) == [f"{n}.html" for n in range(1, 8)]
    page = next(p for p in (out / "plans").iterdir() if "good.md" in p.read_text(encoding="utf-8"))
    assert "Attendance monitored" in page.read_text(encoding="utf-8")  # the excerpt is on the plan page

    assert snapshot(mixed) == before  # inputs untouched
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_audit_csvs_have_bom_columns_and_one_row_per_finding_and_plan(mixed, tmp_path):
    out = tmp_path / "report"
    audit(mixed, "-o", out, "--jobs", "2")
    data = json.loads((out / "audit.json").read_text(encoding="utf-8"))

    findings = read_csv(out / "findings.csv")
    assert findings[0] == FINDING_COLUMNS
    assert FINDING_COLUMNS[:11] == ["path", "rule", "name", "severity", "message", "excerpt",
                                    "page", "paragraph", "table", "row", "line"]  # columns are only added
    assert len(findings) - 1 == sum(len(f["findings"]) for f in data["files"])
    plans = read_csv(out / "plans.csv")
    assert plans[0] == PLAN_COLUMNS
    assert plans[0][:5] == ["path", "status", "error", "actions", "overall"]
    assert plans[0][13:16] == ["errors", "warnings", "linted_at"]
    assert len(plans) - 1 == 7
    rows = {Path(r[0]).name: dict(zip(plans[0], r)) for r in plans[1:]}
    good = next(f for f in data["files"] if f["path"].endswith("good.md"))
    assert rows["good.md"]["overall"] == str(good["score"]["overall"])
    assert rows["good.md"]["errors"] == str(sum(f["severity"] == "error" for f in good["findings"]))
    assert rows["corrupt.docx"]["status"] == "error"
    assert rows["corrupt.docx"]["error"] == "not a valid .docx file (corrupt zip)"
    assert re.match(r"\d{4}-\d\d-\d\dT", rows["good.md"]["linted_at"])


def test_audit_csv_cells_cannot_run_as_formulas(tmp_path):
    write_plan(tmp_path / "in", "inject.md", INJECTION)
    out = tmp_path / "report"
    audit(tmp_path / "in", "-o", out, "--jobs", "1")

    excerpts = [r[5] for r in read_csv(out / "findings.csv")[1:]]
    assert any(e.startswith("'=HYPERLINK") for e in excerpts)
    assert any(e.startswith("'@SUM") for e in excerpts)
    assert any(e.startswith("'+44") for e in excerpts)
    assert any(e.startswith("'-2+3") for e in excerpts)
    for r in read_csv(out / "findings.csv") + read_csv(out / "plans.csv"):
        for cell in r:
            assert not cell.startswith(("=", "+", "-", "@")), cell


def test_audit_redact_removes_names_and_dates_of_birth_from_every_output(tmp_path):
    plans = tmp_path / "in"
    write_plan(plans, "Quennell, Tallulah.md")
    out = tmp_path / "report"

    result = audit(plans, "-o", out, "--redact", "--redact-paths", "--changed-only", "--jobs", "1")

    assert result.exit_code in (0, 1), result.output
    text = all_report_text(out)
    for secret in ("Tallulah", "Quennell", "Bronwyn", "Hargreaves", "04/05/2019", "3 March 2025"):
        assert secret.lower() not in text.lower(), f"{secret!r} leaked into the report"
    assert "[NAME]" in text
    data = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    path = str(plans / "Quennell, Tallulah.md")
    assert data["files"][0]["path"] == hashlib.sha256(path.encode()).hexdigest()[:12]
    assert (out / ".planlint-cache.json").exists()  # the cache was checked too


def test_audit_changed_only_relints_only_the_changed_file(tmp_path):
    plans = tmp_path / "in"
    for name in ("a.md", "b.md", "c.md"):
        write_plan(plans, name, GOOD.replace("Tallulah", name[0].upper() + "ara"))
    out = tmp_path / "report"

    first = audit(plans, "-o", out, "--changed-only", "--jobs", "2")
    assert "3 file(s): 3 linted, 0 from cache" in first.output
    write_plan(plans, "b.md", GOOD.replace("| Ongoing |", "| Weekly |"))
    second = audit(plans, "-o", out, "--changed-only", "--jobs", "2")

    assert "3 file(s): 1 linted, 2 from cache" in second.output
    files = {Path(f["path"]).name: f for f in json.loads((out / "audit.json").read_text())["files"]}
    assert not any('"Ongoing"' in f["message"] for f in files["b.md"]["findings"])  # b's new result
    assert any('"Ongoing"' in f["message"] for f in files["a.md"]["findings"])  # a's cached result
    third = audit(plans, "-o", out, "--changed-only", "--jobs", "2")
    assert "3 file(s): 0 linted, 3 from cache" in third.output
    cache = json.loads((out / ".planlint-cache.json").read_text())
    assert len(cache["entries"]) == 3
    assert "a.md" not in json.dumps(cache["paths"])  # paths are stored only as hashes


def test_audit_since_lints_only_recent_files_and_takes_the_rest_from_the_cache(tmp_path):
    plans = tmp_path / "in"
    for name in ("old.md", "new.md"):
        write_plan(plans, name)
    out = tmp_path / "report"
    audit(plans, "-o", out, "--changed-only", "--jobs", "1")
    old = (plans / "old.md").stat().st_mtime
    os.utime(plans / "old.md", (old, old))

    result = audit(plans, "-o", out, "--since", "2000-01-01", "--jobs", "1")
    assert "2 file(s): 2 linted, 0 from cache" in result.output
    result = audit(plans, "-o", out, "--since", "2999-01-01", "--jobs", "1")
    assert "2 file(s): 0 linted, 2 from cache" in result.output


def test_audit_hung_worker_times_out_with_one_line_and_others_complete(tmp_path):
    plans = tmp_path / "in"
    for name in ("a.md", "slow.md", "b.md", "c.md"):
        write_plan(plans, name)
    out = tmp_path / "report"

    result = audit(plans, "-o", out, "--jobs", "2", "--timeout", "2",
                   env={"PLANLINT_TEST_HANG_ON": "slow"})

    assert result.exit_code == 2
    files = {Path(f["path"]).name: f for f in json.loads((out / "audit.json").read_text())["files"]}
    assert files["slow.md"]["status"] == "error"
    assert files["slow.md"]["error"] == "timed out after 2 s"
    assert all(files[n]["status"] == "ok" for n in ("a.md", "b.md", "c.md"))
    assert "timed out after 2 s" in (out / "index.html").read_text(encoding="utf-8")


def test_audit_crashed_worker_costs_only_its_file(tmp_path):
    plans = tmp_path / "in"
    for name in ("a.md", "boom.md", "b.md"):
        write_plan(plans, name)
    out = tmp_path / "report"

    result = audit(plans, "-o", out, "--jobs", "1", env={"PLANLINT_TEST_CRASH_ON": "boom"})

    files = {Path(f["path"]).name: f for f in json.loads((out / "audit.json").read_text())["files"]}
    assert files["boom.md"]["error"] == "worker crashed"
    assert files["a.md"]["status"] == files["b.md"]["status"] == "ok"
    assert result.exit_code == 2


@pytest.mark.parametrize("text, fail_on, expected", [
    (GOOD, "error", 0),  # warnings only
    (GOOD, "warning", 1),
    (GOOD, "info", 1),
    (INJECTION, "error", 1),  # missing measures are errors
])
def test_audit_exit_code_follows_fail_on(tmp_path, text, fail_on, expected):
    write_plan(tmp_path / "in", "a.md", text)
    result = audit(tmp_path / "in", "-o", tmp_path / "r", "--fail-on", fail_on, "--jobs", "1")
    data = json.loads((tmp_path / "r" / "audit.json").read_text())
    severities = {f["severity"] for f in data["files"][0]["findings"]}
    assert ("error" in severities) == (text is INJECTION)
    assert result.exit_code == expected


def test_audit_no_plans_is_a_usage_error(tmp_path):
    (tmp_path / "in").mkdir()
    result = audit(tmp_path / "in", "-o", tmp_path / "r")
    assert result.exit_code == 2
    assert "no .docx, .pdf, .md or .txt files found" in result.output


def test_audit_interrupted_write_leaves_previous_report_and_no_temp_files(tmp_path, monkeypatch):
    write_plan(tmp_path / "in", "a.md")
    out = tmp_path / "report"
    audit(tmp_path / "in", "-o", out, "--jobs", "1")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    import planlint.audit.dashboard as dashboard

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(dashboard, "render_dashboard", interrupted)
    write_plan(tmp_path / "in", "b.md")
    result = audit(tmp_path / "in", "-o", out, "--jobs", "1")

    assert result.exit_code == 1 and "Aborted" in result.output  # click's answer to Ctrl-C

    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before  # old report whole
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    json.loads((out / "audit.json").read_text())  # whole files only, never half-written


def test_write_atomic_failure_keeps_the_old_file(tmp_path):
    from planlint.safe_write import write_atomic

    target = tmp_path / "index.html"
    write_atomic(str(target), "old")
    with pytest.raises(UnicodeEncodeError):
        write_atomic(str(target), "new \ud800 text")  # fails half-way through writing
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_staged_writes_move_nothing_into_place_unless_all_succeed(tmp_path):
    from planlint.safe_write import StagedWrites

    with pytest.raises(RuntimeError):
        with StagedWrites() as staged:
            staged.write(str(tmp_path / "a.csv"), "a")
            staged.write(str(tmp_path / "b.csv"), "b")
            raise RuntimeError("rendering failed")
    assert list(tmp_path.iterdir()) == []
