"""A re-run of `audit` into the same folder keeps the pages whose inputs did
not change, and those pages are exactly what a fresh report would hold.

All names and details are fictional.
"""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from planlint.audit.dashboard import DIMENSION_LABELS

from test_audit_cli import GOOD, audit, write_plan

OTHER = GOOD.replace("Tallulah Quennell", "Ivo Marchetti").replace("Tallulah", "Ivo").replace("Bronwyn", "Carla")
# Generated times and the run's history differ between any two runs.
LINTED_AT = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[^ <\",]*")
STAMPED = {"index.html", "audit.json", "history.jsonl", ".planlint-manifest.json", ".planlint-cache.json"}


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def inodes(folder: Path) -> dict[str, int]:
    """os.replace gives a rewritten file a new inode; a kept one keeps its own."""
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def plans(tmp_path: Path) -> Path:
    write_plan(tmp_path / "in", "a.md")
    write_plan(tmp_path / "in", "b.md", OTHER)
    return tmp_path / "in"


def without_keys(out: Path, copy: Path) -> Path:
    """A copy of a report whose manifest has lost its keys, so a re-run into
    it renders every page: the reference for pages a re-run kept."""
    shutil.copytree(out, copy)
    manifest = copy / ".planlint-manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    manifest.write_text(json.dumps({"pages": data["pages"]}) + "\n", encoding="utf-8")
    return copy


def same_pages(ours: Path, theirs: Path) -> None:
    """Equal but for the time a plan was linted (each report lints a changed plan itself)."""
    a, b = files(ours), files(theirs)
    assert a.keys() == b.keys()
    for name in a.keys() - STAMPED:
        assert LINTED_AT.sub(b"T", a[name]) == LINTED_AT.sub(b"T", b[name]), name


def test_unchanged_rerun_keeps_every_page_and_they_equal_rendered_ones(tmp_path):
    folder = plans(tmp_path)
    out = tmp_path / "report"
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")  # now with "since the previous audit"
    reference = without_keys(out, tmp_path / "reference")
    first = inodes(out)
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")
    audit(folder, "-o", reference, "--jobs", "1", "--changed-only")
    second = inodes(out)

    kept = {name for name in first if first[name] == second.get(name)}
    assert {"plans/1.html", "plans/2.html", "findings.csv"} <= kept
    assert any(name.startswith("rules/") for name in kept) and any(name.startswith("teams/") for name in kept)
    assert "index.html" not in kept
    same_pages(out, reference)


def test_a_changed_plan_rewrites_its_page_and_the_pages_that_list_it(tmp_path):
    folder = plans(tmp_path)
    out = tmp_path / "report"
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")
    reference = without_keys(out, tmp_path / "reference")
    first = inodes(out)
    write_plan(folder, "b.md", OTHER.replace("Attendance monitored", "Attendance checked weekly by the school"))
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")
    audit(folder, "-o", reference, "--jobs", "1", "--changed-only")
    second = inodes(out)

    assert first["plans/1.html"] == second["plans/1.html"]
    assert first["plans/2.html"] != second["plans/2.html"]
    assert all(first[name] != second[name] for name in first if name.startswith(("rules/", "teams/")))
    assert first["findings.csv"] != second["findings.csv"]
    same_pages(out, reference)


def test_dimension_bars_keep_their_order_when_a_cached_result_has_sorted_keys():
    from planlint.audit.dashboard import dimension_bars
    from planlint.registry import all_rules
    from planlint.score import DIMENSIONS

    values = {d: 0.5 for d in sorted(DIMENSIONS)}
    bars = dimension_bars({"score": {"overall": 50, "dimensions": values}, "findings": []}, all_rules())
    assert [b["label"] for b in bars] == [DIMENSION_LABELS[d] for d in DIMENSIONS]


def test_a_page_removed_or_a_new_audit_date_is_written_again(tmp_path):
    folder = plans(tmp_path)
    out = tmp_path / "report"
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")
    expected = (out / "plans" / "1.html").read_bytes()
    (out / "plans" / "1.html").unlink()
    audit(folder, "-o", out, "--jobs", "1", "--changed-only")
    assert (out / "plans" / "1.html").read_bytes() == expected

    first = inodes(out)
    audit(folder, "-o", out, "--jobs", "1", "--as-of", "2031-01-01", "--changed-only")
    second = inodes(out)
    assert all(first[name] != second[name] for name in first if name.startswith("plans/"))


def test_a_report_whose_manifest_has_no_keys_is_written_whole(tmp_path):
    """A page is kept only when the manifest holds the key it was made from;
    a report from before keys (or with its keys lost) has every page written
    again."""
    folder = plans(tmp_path)
    out = tmp_path / "report"
    audit(folder, "-o", out, "--jobs", "1")
    copy = without_keys(out, tmp_path / "copy")
    first = inodes(copy)
    audit(folder, "-o", copy, "--jobs", "1")
    second = inodes(copy)
    assert all(first[name] != second[name] for name in first if name.startswith(("plans/", "rules/", "teams/")))


def test_a_location_is_written_with_every_field_it_has():
    """Location.to_dict is written out by hand (asdict was the cost of a big
    audit.json); a field added to Location must reach the JSON too."""
    from dataclasses import asdict, fields

    from planlint.model import Location

    where = Location(**{f.name: i for i, f in enumerate(fields(Location), 1)})
    assert where.to_dict() == asdict(where)
