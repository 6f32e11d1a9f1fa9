"""What the audit report says: case facts, files not understood, scores on
one scale, grouped findings, threshold colours, neutral hints, --compare.
All names and details are fictional."""
from __future__ import annotations

import json
import re
from pathlib import Path

from planlint.registry import all_rules
from test_audit_cli import audit, read_csv, write_plan

PLAN = """# Child Protection Plan

Child: Tobias Wren (7)
Social worker: Jo Brook
Team: {team}
Category of plan: Neglect
Date of conference: 03/03/2025
Review conference: 12/05/2025

## Tobias's wishes and feelings
Tobias says he likes school.

## Outcomes
- Tobias is safe and attends school every day.

## Action plan

| Action | Who | By when | How we will know |
|---|---|---|---|
| Walk Tobias to school | Dad | Daily | School register shows 95% attendance |
| Help Mum with the house | | soon | |

## Review arrangements
The core group will meet every 4 weeks.
"""
SHOPPING = "Shopping list\n\nMilk, eggs and bread.\n"


def report(tmp_path, *extra, team="North Safeguarding Team", files=None):
    plans = tmp_path / "in"
    for name, text in (files or {"wren.md": PLAN.format(team=team), "shopping.txt": SHOPPING}).items():
        write_plan(plans, name, text)
    out = tmp_path / "out"
    result = audit(plans, "-o", out, "--jobs", "1", "--as-of", "2025-06-01", *extra)
    assert result.exit_code in (0, 1), result.output
    return out


def test_csvs_carry_case_facts_fix_location_certainty_and_scores_out_of_100(tmp_path):
    out = report(tmp_path)
    plans = {Path(r[0]).name: dict(zip(*[read_csv(out / "plans.csv")[0], r])) for r in read_csv(out / "plans.csv")[1:]}
    wren = plans["wren.md"]
    assert (wren["children"], wren["plan_type"], wren["category"]) == ("Tobias Wren", "child protection", "neglect")
    assert (wren["conference_date"], wren["next_review"], wren["overdue"]) == ("2025-03-03", "2025-05-12", "yes")
    assert (wren["social_worker"], wren["team"], wren["understood"]) == ("Jo Brook", "North Safeguarding Team", "yes")
    for dim in ("timescales", "owners", "measures", "outcomes", "contingency"):
        assert re.fullmatch(r"\d{1,3}", wren[dim]) and 0 <= int(wren[dim]) <= 100, (dim, wren[dim])
    assert int(wren["owners"]) == 50  # one of two actions has an owner: 50, not 0.5
    assert plans["shopping.txt"]["understood"].startswith("no: no plan found")
    assert plans["shopping.txt"]["children"] == "" and plans["shopping.txt"]["overdue"] == ""

    rows = read_csv(out / "findings.csv")
    findings = [dict(zip(rows[0], r)) for r in rows[1:]]
    owner = next(f for f in findings if f["rule"] == "W001")
    assert owner["location"].startswith("table 1 row 3") and owner["certainty"] == "high"
    assert owner["fix"] == all_rules()["W001"].hint

    data = json.loads((out / "audit.json").read_text(encoding="utf-8"))
    wren_json = next(f for f in data["files"] if f["path"].endswith("wren.md"))
    assert wren_json["facts"]["overdue"] is True and wren_json["facts"]["team"] == "North Safeguarding Team"
    assert re.fullmatch(r"[0-9a-f]{64}", wren_json["fingerprint"]) and wren_json["understanding"]["plan_found"]
    assert data["as_of"] == "2025-06-01"


def test_files_not_understood_are_listed_apart_and_never_ranked(tmp_path):
    out = report(tmp_path)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "Files not understood as plans (1)" in index
    worst = index.split("Worst plans first")[1].split("</ol>")[0]
    assert "wren.md" in worst and "shopping.txt" not in worst
    assert re.search(r"not scored: no plan found", index)
    page = next(p for p in (out / "plans").iterdir() if "shopping.txt" in p.read_text(encoding="utf-8"))
    assert "Not scored: no plan found" in page.read_text(encoding="utf-8")


def test_plan_page_groups_findings_under_their_unit_with_the_excerpt_once(tmp_path):
    out = report(tmp_path)
    page = next(p for p in (out / "plans").iterdir() if "wren.md" in p.read_text(encoding="utf-8"))
    html = page.read_text(encoding="utf-8")
    # "Help Mum with the house" has no owner, a vague timescale and no measure: three findings, one excerpt.
    assert html.count("Help Mum with the house") == 1
    unit = html.split("Help Mum with the house")[1].split('<div class="unit">')[0]
    assert {"W001", "T002", "M001"} <= set(re.findall(r"\b[A-Z]\d{3}\b", unit))


def test_dimension_bars_are_coloured_by_threshold_and_a_missing_subject_is_not_a_part_score(tmp_path):
    out = report(tmp_path)
    page = next(p for p in (out / "plans").iterdir() if "wren.md" in p.read_text(encoding="utf-8"))
    bars = re.findall(r'<title>([A-Za-z ]+): ([^<]+)</title>\s*<text[^>]*>[^<]*</text>\s*<rect class="track"[^>]*/>\s*'
                      r'<rect class="(\w+)"', page.read_text(encoding="utf-8"))
    seen = {label: (text, band) for label, text, band in bars}
    assert seen["Contingency"] == ("missing (C001)", "bad")  # not "33%" beside "no contingency plan"
    for text, band in seen.values():
        if text.endswith("%"):
            pct = int(text[:-1])
            assert band == ("good" if pct >= 80 else "fair" if pct >= 50 else "bad"), (text, band)
    assert {"good", "fair"} <= {band for _, band in seen.values()}  # not every bar below 100 is red


def test_rule_hints_name_nobody_from_another_plan():
    for code, rule in all_rules().items():
        assert not re.search(r"\b(Sarah|Amelia|Linda)\b", rule.hint), code


def test_redact_keeps_names_out_of_case_facts(tmp_path):
    out = report(tmp_path, "--redact")
    text = "".join((out / name).read_text(encoding="utf-8") for name in ("plans.csv", "audit.json", "index.html"))
    assert "Tobias" not in text and "Jo Brook" not in text
    assert "North Safeguarding Team" in text  # a team is not a person


def test_compare_with_a_folder_holding_no_audit_is_a_one_line_error(tmp_path):
    (tmp_path / "empty").mkdir()
    write_plan(tmp_path / "in", "wren.md", PLAN.format(team="North"))
    result = audit(tmp_path / "in", "-o", tmp_path / "out", "--compare", tmp_path / "empty")
    assert result.exit_code == 2 and "no audit.json to compare with" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_team_and_rule_pages_left_from_a_bigger_audit_are_removed(tmp_path):
    files = {"wren.md": PLAN.format(team="North Team"), "ash.md": PLAN.format(team="South Team")}
    out = report(tmp_path, files=files)
    assert sorted(p.name for p in (out / "teams").iterdir()) == ["1.html", "2.html"]
    (tmp_path / "in" / "ash.md").unlink()
    report(tmp_path, files={"wren.md": files["wren.md"]})
    assert sorted(p.name for p in (out / "teams").iterdir()) == ["1.html"]
    assert (out / "rules" / "C001.html").exists()
    assert len((out / "history.jsonl").read_text(encoding="utf-8").splitlines()) == 2


def test_audit_report_lists_what_it_did_not_lint(tmp_path):
    """A .doc, a hidden file and a link are named in audit.json and on the dashboard, not dropped silently."""
    import json as _json

    from click.testing import CliRunner

    from planlint.cli import main as _main

    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "kit.md").write_text("# Child protection plan for Kit\n\n## Actions\n- The SW will visit Kit weekly.\n")
    (plans / "old plan.doc").write_bytes(b"\xd0\xcf\x11\xe0 not read")
    (plans / ".hidden.md").write_text("# hidden\n")
    (plans / "elsewhere.md").symlink_to(tmp_path / "outside.md")
    out = tmp_path / "report"
    CliRunner().invoke(_main, ["audit", str(plans), "-o", str(out), "-q"])
    skipped = {s["path"].rsplit("/", 1)[-1]: s["reason"] for s in _json.loads((out / "audit.json").read_text())["skipped"]}
    assert set(skipped) == {"old plan.doc", ".hidden.md", "elsewhere.md"}
    assert "unsupported" in skipped["old plan.doc"]
    page = (out / "index.html").read_text()
    assert "Not linted" in page and "old plan.doc" in page
