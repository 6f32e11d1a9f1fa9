"""What planlint writes and prints stays safe with hostile names, links and files.

Annotate's output, the audit's report folder, baselines and every output
format; file names that are not UTF-8 or hold control characters; stale
temporaries of killed runs; audit counts and its cache. All names are fictional.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import stat
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from planlint.cli import main

PLAN_MD = """# Child protection plan for Robin Vale

Child: Robin Vale. Mum: Carys Vale.

## Action plan
| Action | Who | When | Measure |
|---|---|---|---|
| Take Robin to every dental appointment | Mum | soon | Dentist confirms attendance |
| Walk Robin to school each morning | Family | Ongoing | Robin arrives on time |
"""
BAD_NAME = os.fsdecode(b"pl\xffan.md")  # a name that is not UTF-8
CONTROL_NAME = "ctl\x1b]0;owned\x07\x01.md"


def run(*args, cwd=None):
    """The CLI in a subprocess, as users run it (bytes: names need not be UTF-8)."""
    return subprocess.run([sys.executable, "-m", "planlint", *map(os.fsencode, map(str, args))],
                          capture_output=True, cwd=cwd, timeout=300)


def make_docx(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Child protection plan for Robin Vale", 0)
    d.add_heading("Action plan", 1)
    d.add_paragraph("Mum to take Robin to the dentist soon.", style="List Bullet")
    d.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    d.save(path)
    return path


def rewrite_docx(src: Path, dst: Path, change) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, change(info.filename, zin.read(info.filename)))
    return dst


def one_line_error(result) -> str:
    err = result.stderr.decode()
    assert result.returncode == 2, (result.stdout, err)
    assert "Traceback" not in err
    return err


# E1: temporary and final files are never written through a link

def test_annotate_never_writes_through_a_link_at_the_old_temporary_name(tmp_path):
    plan = make_docx(tmp_path / "plan.docx")
    victim = tmp_path / "other.docx"
    victim.write_bytes(b"another plan")
    (tmp_path / ".out.docx.planlint-tmp").symlink_to(victim)
    result = run("annotate", plan, "-o", tmp_path / "out.docx")
    assert result.returncode == 0, result.stderr
    assert victim.read_bytes() == b"another plan"
    assert docx.Document(str(tmp_path / "out.docx")).comments


def test_annotate_refuses_an_output_that_is_a_link_even_with_force(tmp_path):
    plan = make_docx(tmp_path / "plan.docx")
    victim = tmp_path / "other.docx"
    victim.write_bytes(b"another plan")
    (tmp_path / "out.docx").symlink_to(victim)
    err = one_line_error(run("annotate", plan, "-o", tmp_path / "out.docx", "--force"))
    assert "symbolic link" in err
    assert victim.read_bytes() == b"another plan" and (tmp_path / "out.docx").is_symlink()


# E3: an existing output is replaced only with --force

def test_annotate_refuses_to_replace_an_existing_output_without_force(tmp_path):
    plan = make_docx(tmp_path / "plan.docx")
    out = tmp_path / "plan.reviewed.docx"
    out.write_bytes(b"my edits")
    out.chmod(0o444)
    err = one_line_error(run("annotate", plan))
    assert "already exists; add --force" in err
    assert out.read_bytes() == b"my edits"
    assert run("annotate", plan, "--force").returncode == 0
    assert docx.Document(str(out)).comments


# E4: an unwritable or missing folder is a one-line error

@pytest.mark.parametrize("where", ["missing/out.docx", "afile/out.docx"])
def test_annotate_into_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path, where):
    plan = make_docx(tmp_path / "plan.docx")
    (tmp_path / "afile").write_text("not a folder")
    err = one_line_error(run("annotate", plan, "-o", tmp_path / where))
    assert "cannot write" in err and "choose another -o" in err
    assert len(err.strip().splitlines()) == 1


# E5: a reviewed copy needs -o rather than growing its name

def test_annotating_a_reviewed_copy_asks_for_an_output_name(tmp_path):
    plan = make_docx(tmp_path / "plan.docx")
    assert run("annotate", plan).returncode == 0
    reviewed = tmp_path / "plan.reviewed.docx"
    before = reviewed.read_bytes()
    err = one_line_error(run("annotate", reviewed))
    assert "already a reviewed copy" in err and "-o" in err
    assert not (tmp_path / "plan.reviewed.reviewed.docx").exists() and reviewed.read_bytes() == before
    assert run("annotate", reviewed, "-o", tmp_path / "again.docx").returncode == 0


# E6: parts that check never reads but python-docx loads

def _bad_header(name, data):
    return data[: len(data) // 2] if name == "word/header1.xml" else data


def _dangling_styles(name, data):
    if name != "word/_rels/document.xml.rels":
        return data
    text = data.decode()
    styles = re.search(r"<Relationship [^>]*styles[^>]*/>", text).group(0)
    extra = styles.replace('Id="', 'Id="rIdX').replace('Target="styles.xml"', 'Target="styles2.xml"')
    return text.replace("</Relationships>", extra + "</Relationships>").encode()


@pytest.mark.parametrize("change", [_bad_header, _dangling_styles])
def test_annotate_on_unusual_docx_parts_is_a_clear_error(tmp_path, change):
    plan = rewrite_docx(make_docx(tmp_path / "base.docx"), tmp_path / "plan.docx", change)
    assert run("check", plan).returncode in (0, 1)  # check reads it
    err = one_line_error(run("annotate", plan, "-o", tmp_path / "out.docx"))
    assert "cannot annotate" in err
    assert not (tmp_path / "out.docx").exists()


# E2, G, I (permissions): the audit's report folder

def audit(*args):
    return CliRunner().invoke(main, ["audit", *map(str, args), "--jobs", "1"])


def test_audit_refuses_a_linked_plans_folder_and_touches_nothing_there(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(PLAN_MD)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "1.html").write_text("keep")
    (elsewhere / "9.html").write_text("keep too")
    out = tmp_path / "report"
    out.mkdir()
    (out / "plans").symlink_to(elsewhere)
    result = audit(tmp_path / "in", "-o", out)
    assert result.exit_code == 2 and "not a folder planlint made" in result.output
    assert sorted(p.name for p in elsewhere.iterdir()) == ["1.html", "9.html"]
    assert (elsewhere / "1.html").read_text() == "keep"


def test_audit_removes_only_the_pages_it_wrote_and_keeps_plans_private(tmp_path):
    plans = tmp_path / "in"
    plans.mkdir()
    for name in ("a.md", "b.md", "c.md"):
        (plans / name).write_text(PLAN_MD)
    out = tmp_path / "report"
    (out / "plans").mkdir(parents=True)
    (out / "plans").chmod(0o755)  # made by an older planlint
    (out / "plans" / "7.html").write_text("someone else's page")
    assert audit(plans, "-o", out).exit_code in (0, 1)
    assert stat.S_IMODE((out / "plans").stat().st_mode) == 0o700
    (plans / "b.md").unlink()
    (plans / "c.md").unlink()
    assert audit(plans, "-o", out).exit_code in (0, 1)
    assert sorted(p.name for p in (out / "plans").iterdir()) == ["1.html", "7.html"]


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_audit_removes_temporaries_left_by_a_killed_run(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text(PLAN_MD)
    out = tmp_path / "report"
    (out / "plans").mkdir(parents=True)
    dead = _dead_pid()
    stale = [out / f".planlint-{dead}-index.html.x1.tmp", out / "plans" / f".planlint-{dead}-3.html.x2.tmp"]
    live = out / ".planlint-1-index.html.x3.tmp"  # pid 1 is running
    for path in (*stale, live):
        path.write_text("Robin Vale's plan")
    assert audit(tmp_path / "in", "-o", out).exit_code in (0, 1)
    assert not any(p.exists() for p in stale)
    assert live.exists()
    assert not [p for p in out.rglob(f".planlint-{os.getpid()}-*")]  # its own are moved into place


# F: names that are not UTF-8 or hold control characters

@pytest.fixture
def odd_names(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (BAD_NAME, CONTROL_NAME):
        (folder / name).write_text(PLAN_MD)
    return folder


def test_audit_with_names_that_are_not_utf8_writes_the_whole_report(odd_names, tmp_path):
    out = tmp_path / "report"
    result = audit(odd_names, "-o", out)
    assert result.exit_code in (0, 1), result.output
    data = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    names = sorted(Path(f["path"]).name for f in data["files"])
    assert names == ["ctl\\x1b]0;owned\\x07\\x01.md", "pl\\xffan.md"]
    rows = list(csv.reader(io.StringIO((out / "plans.csv").read_text(encoding="utf-8-sig"))))
    assert sorted(Path(r[0]).name for r in rows[1:]) == names
    assert "pl\\xffan.md" in (out / "index.html").read_text(encoding="utf-8")
    assert "\x1b" not in "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.html"))


def test_check_json_sarif_and_junit_stay_valid_with_odd_names(odd_names):
    data = json.loads(run("check", "--format", "json", odd_names).stdout.decode("utf-8"))
    assert sorted(Path(f["path"]).name for f in data["files"]) == ["ctl\\x1b]0;owned\\x07\\x01.md", "pl\\xffan.md"]
    log = json.loads(run("check", "--format", "sarif", ".", cwd=odd_names).stdout.decode("utf-8"))
    uris = {a["location"]["uri"] for a in log["runs"][0]["artifacts"]}
    assert "pl%FFan.md" in uris  # the name's own bytes, percent-encoded
    root = ET.fromstring(run("check", "--format", "junit", odd_names).stdout)  # well-formed
    assert {Path(c.get("name")).name for c in root.iter("testcase")} >= {"ctl\\x1b]0;owned\\x07\\x01.md"}
    for fmt in ("text", "github"):
        out = run("check", "--format", fmt, odd_names)
        assert out.returncode == 1 and b"\x1b" not in out.stdout and b"\xff" not in out.stdout


def test_baseline_records_and_matches_names_that_are_not_utf8(odd_names):
    made = run("baseline", ".", "-o", "b.json", cwd=odd_names)
    assert made.returncode == 0, made.stderr
    paths = {e["path"] for e in json.loads((odd_names / "b.json").read_text())["entries"]}
    assert "pl\\xffan.md" in paths
    checked = json.loads(run("check", "--format", "json", "--baseline", "b.json", ".", cwd=odd_names).stdout)
    assert checked["baseline"]["stale"] == [] and checked["baseline"]["known"] > 0
    assert all(f["findings"] == [] for f in checked["files"])


def test_structure_and_check_print_no_terminal_escapes_from_plan_text(tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN_MD.replace("Walk Robin", "Walk \x1b]0;owned\x07\x1b]8;;http://x.invalid\x1b\\Robin"))
    for command in ("structure", "check"):
        out = run(command, plan).stdout
        assert b"\x1b" not in out and b"\x07" not in out
        assert b"\\x1b]0;owned\\x07" in out  # shown, escaped


# I: counts, cache, locations

def test_audit_counts_add_up_with_cache_and_unreadable_files(tmp_path):
    plans = tmp_path / "in"
    plans.mkdir()
    (plans / "a.md").write_text(PLAN_MD)
    (plans / "b.md").write_text(PLAN_MD.replace("Robin", "Ada"))
    (plans / "broken.docx").write_bytes(b"PK\x03\x04 nope")
    out = tmp_path / "report"
    first = audit(plans, "-o", out, "--changed-only")
    assert "3 file(s): 2 linted, 0 from cache, 1 could not be read" in first.output
    second = audit(plans, "-o", out, "--changed-only")
    assert "3 file(s): 0 linted, 2 from cache, 1 could not be read" in second.output


def test_audit_cache_follows_settings_and_pack_edits(tmp_path):
    plans = tmp_path / "in"
    plans.mkdir()
    (plans / "a.md").write_text(PLAN_MD)
    pack = tmp_path / "la-pack"
    (pack / "lexicons").mkdir(parents=True)
    (pack / "pack.toml").write_text('name = "la-pack"\nversion = "1.0"\n')
    (pack / "lexicons" / "vague_owners.txt").write_text("the lantern keeper\n")
    settings = plans / "planlint.toml"
    settings.write_text('extra-packs = ["../la-pack"]\n')
    out = tmp_path / "report"

    def findings():
        return {f["rule"] for f in json.loads((out / "audit.json").read_text())["files"][0]["findings"]}

    assert "1 linted" in audit(plans, "-o", out, "--changed-only").output
    before = findings()
    assert "0 linted, 1 from cache" in audit(plans, "-o", out, "--changed-only").output
    settings.write_text('extra-packs = ["../la-pack"]\nignore = ["' + sorted(before)[0] + '"]\n')
    assert "1 linted, 0 from cache" in audit(plans, "-o", out, "--changed-only").output
    assert sorted(before)[0] not in findings()
    (pack / "lexicons" / "vague_owners.txt").write_text("family\n")
    assert "1 linted, 0 from cache" in audit(plans, "-o", out, "--changed-only").output


def test_docx_findings_get_no_invented_line_numbers(tmp_path):
    plan = make_docx(tmp_path / "plan.docx")
    log = json.loads(run("check", "--format", "sarif", plan).stdout)
    results = log["runs"][0]["results"]
    assert results and all("region" not in r["locations"][0]["physicalLocation"] for r in results)
    assert any(r["locations"][0]["logicalLocations"][0]["name"].startswith("paragraph") for r in results)
    github = run("check", "--format", "github", plan).stdout.decode()
    assert github and ",line=" not in github
