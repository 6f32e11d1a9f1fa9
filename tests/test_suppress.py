"""Inline "planlint: ignore" notes typed into the plan. All names are fictional."""
from __future__ import annotations

import io
import json

import docx
import pytest
from click.testing import CliRunner

from planlint import Config, lint
from planlint.cli import main
from planlint.model import Location
from planlint.suppress import extract, parse

PLAN = """\
# Child protection plan for Amelia Stone

planlint: ignore R002 — legal planning is recorded in the conference minutes

## Action plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Unannounced home visits to see Amelia alone | Social worker (Sam Lee) | Ongoing planlint: ignore T002 — agreed at conference | Visit records show Amelia seen alone |
| Family to help with shopping | Family | Ongoing | Shopping diary kept by Sarah |

- Sarah to attend the parenting course. planlint: ignore T001, missing-measure - course dates not yet published

## Contingency plan

If Sarah drinks alcohol while caring for Amelia, Amelia will stay with her grandmother Linda and contact will be supervised at the family centre.
"""


def rules_at(report):
    return sorted((f.rule, f.location.table, f.location.row, f.location.line) for f in report.findings)


def without_notes(text: str) -> str:
    """The plan with its notes deleted, every line kept in place."""
    out = []
    for line in text.splitlines():
        if line.startswith("planlint:"):
            line = ""
        elif " planlint:" in line:
            head, tail = line.split(" planlint:", 1)
            line = head + (" |" + tail.split("|", 1)[1] if line.startswith("|") else "")
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(("text", "expected"), [
    ("planlint: ignore T002 — agreed at conference", [(("T002",), "agreed at conference")]),
    ("planlint: ignore T002,W001 - reason", [(("T002", "W001"), "reason")]),
    ("Weekly. PLANLINT: ignore vague-timescale, W002: the family asked", [(("vague-timescale", "W002"),
                                                                            "the family asked")]),
    ("planlint:ignore T002", [(("T002",), "")]),
    ("planlint: ignore", [((), "")]),
    ("nothing to see here", []),
])
def test_suppress_parse_reads_rules_and_reason(text, expected):
    assert [(rules, reason) for rules, reason, _ in parse(text)] == expected


def test_suppress_silences_the_unit_and_records_the_reason():
    report = lint(PLAN, name="plan.md")
    assert report.status == "ok"
    suppressed = sorted((s["rule"], s["location"]["table"], s["location"]["row"], s["location"]["line"], s["reason"])
                        for s in (x.to_dict() for x in report.suppressed))
    assert suppressed == [
        ("M001", None, None, 12, "course dates not yet published"),
        ("R002", None, None, None, "legal planning is recorded in the conference minutes"),
        ("T001", None, None, 12, "course dates not yet published"),
        ("T002", 1, 2, 9, "agreed at conference"),
    ]
    # only the row holding the note is silenced: the next row's vague timescale still shows
    assert ("T002", 1, 3, 10) in rules_at(report)
    assert not any(f.rule in ("R002", "S001") or f.location.line == 12 for f in report.findings)


def test_suppress_matches_the_plan_without_the_findings():
    with_notes = lint(PLAN, name="plan.md")
    plain = lint(without_notes(PLAN), name="plan.md")
    silenced = {(s.finding.rule, s.finding.location) for s in with_notes.suppressed}
    plain_rules = {(f.rule, f.location) for f in plain.findings}
    assert silenced <= plain_rules  # the notes silence real findings of the plan...
    kept = {(f.rule, f.location) for f in with_notes.findings}
    assert kept == plain_rules - silenced  # ...and nothing else
    assert with_notes.score["overall"] > plain.score["overall"]


def test_suppress_extract_takes_notes_out_of_the_text():
    from planlint.readers import read_text

    original = read_text(PLAN, "plan.md")
    document, found = extract(original)
    assert [(n.rules, n.location, n.alone) for n in found.notes] == [
        (("R002",), Location(line=3), True),
        (("T002",), Location(table=1, row=2, line=9), False),
        (("T001", "missing-measure"), Location(line=12), False),
    ]
    assert not any("planlint" in b.text.lower() for b in document.blocks)
    table = next(b for b in document.blocks if b.table)
    assert table.table.rows[1][2] == "Ongoing"
    assert "| Ongoing |" in table.text
    assert any("planlint" in b.text for b in original.blocks)  # the reader's document is left alone


def test_suppress_json_lists_suppressed_findings(tmp_path):
    path = tmp_path / "plan.md"
    path.write_text(PLAN)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(path)])
    data = json.loads(result.stdout)
    entry = data["files"][0]
    assert {s["rule"] for s in entry["suppressed"]} == {"M001", "R002", "T001", "T002"}
    assert set(entry["suppressed"][0]) == {"rule", "location", "reason"}
    assert not {f["rule"] for f in entry["findings"]} & {"M001", "R002", "T001", "S001"}


def test_suppress_note_after_the_first_section_is_not_plan_wide():
    text = PLAN.replace("planlint: ignore R002 — legal planning is recorded in the conference minutes\n", "")
    text += "\nplanlint: ignore R002 — too late to count for the whole plan\n"
    report = lint(text, name="plan.md")
    rules = {f.rule for f in report.findings}
    assert "R002" in rules
    s001 = [f for f in report.findings if f.rule == "S001"]
    assert len(s001) == 1
    assert s001[0].severity == "info" and s001[0].name == "unused-suppression"
    assert s001[0].message == 'this "planlint: ignore R002" note silenced nothing here'
    assert s001[0].excerpt == "planlint: ignore R002 — too late to count for the whole plan"


def test_suppress_unused_and_unknown_rules_are_s001():
    text = PLAN.replace("ignore T002 — agreed", "ignore T002, W001, Z999 — agreed")
    report = lint(text, name="plan.md")
    s001 = sorted(f.message for f in report.findings if f.rule == "S001")
    assert s001 == [
        'this "planlint: ignore W001" note silenced nothing here',
        'this "planlint: ignore Z999" note names no planlint rule',
    ]
    assert {f.location for f in report.findings if f.rule == "S001"} == {Location(table=1, row=2, line=9)}


def test_suppress_s001_respects_config():
    text = PLAN.replace("ignore T002 — agreed", "ignore T002, W001 — agreed")
    assert "S001" not in {f.rule for f in lint(text, Config(ignore=["S001"]), name="plan.md").findings}
    # a rule that is switched off could not have fired: no S001 for it
    assert "S001" not in {f.rule for f in lint(text, Config(ignore=["W001"]), name="plan.md").findings}
    report = lint(text, Config(severity={"S001": "warning"}), name="plan.md")
    assert {f.severity for f in report.findings if f.rule == "S001"} == {"warning"}


def test_suppress_s001_does_not_change_the_score():
    from planlint.registry import all_rules

    rule = all_rules()["S001"]
    bad, good = lint(rule.bad, name="bad.md"), lint(rule.good, name="good.md")
    assert "S001" in {f.rule for f in bad.findings}
    assert bad.score == good.score


def test_suppress_in_a_docx_table_cell_and_paragraph(tmp_path):
    from planlint.integrations.annotate import annotate

    d = docx.Document()
    d.add_heading("Child protection plan for Amelia Stone", 0)
    d.add_heading("Action plan", 1)
    table = d.add_table(rows=2, cols=4)
    for c, text in enumerate(("Action", "Who", "When", "How we will know")):
        table.cell(0, c).text = text
    for c, text in enumerate(("Unannounced home visits to see Amelia alone", "Social worker (Sam Lee)", "Ongoing",
                              "Visit records show Amelia seen alone")):
        table.cell(1, c).text = text
    table.cell(1, 2).add_paragraph("planlint: ignore vague-timescale — agreed at conference")
    d.add_paragraph("Sarah to attend the parenting course. planlint: ignore T001,M001 - dates not published",
                    style="List Bullet")
    path = tmp_path / "plan.docx"
    d.save(str(path))

    report = lint(path)
    assert sorted((s.finding.rule, s.finding.location.describe()) for s in report.suppressed) == [
        ("M001", "paragraph 3"), ("T001", "paragraph 3"), ("T002", "table 1 row 2")]
    assert not {"T001", "T002", "M001", "S001"} & {f.rule for f in report.findings}
    copy = docx.Document(io.BytesIO(annotate(path).output.read_bytes()))
    assert not any(c.text.split()[0] in ("T001", "T002", "M001") for c in copy.comments)


def test_suppress_under_an_opening_heading_that_reads_as_a_section():
    """"# Plan for Amelia" sounds like an action section, but opening the document it is the title."""
    text = ("# Plan for Amelia\n\nplanlint: ignore R002 — in the conference minutes\n\n## Action plan\n\n"
            "- SW to visit Amelia weekly and see her alone.\n")
    report = lint(text, name="plan.md")
    assert [s.finding.rule for s in report.suppressed] == ["R002"]
    assert "S001" not in {f.rule for f in report.findings}


def test_suppress_note_in_a_labelled_form():
    """Markdown "Label: value" actions become table rows; the note's line becomes a "planlint" column."""
    text = ("# Child protection plan for Amelia\n\n## Action plan\n\n"
            "Action: Unannounced home visits to see Amelia alone\nWho: Social worker (Sam Lee)\nWhen: Ongoing\n"
            "How we will know: Visit records show Amelia seen alone\nplanlint: ignore T002 - agreed at conference\n\n"
            "Action: Health visitor to weigh Amelia\nWho: Health visitor\nWhen: As and when\n"
            "How we will know: Weight chart\n")
    report = lint(text, Config(select=["T002", "S001"]), name="plan.md")
    assert [(s.finding.rule, s.finding.location.row, s.reason) for s in report.suppressed] == [
        ("T002", 2, "agreed at conference")]
    assert [(f.rule, f.location.row) for f in report.findings] == [("T002", 3)]


def test_has_note_as_the_search():
    # suppress._has_note rules ASCII text without "planlint" out before _NOTE's search.
    import random
    from pathlib import Path

    from planlint import readers
    from planlint.suppress import _NOTE, _has_note

    samples = Path(__file__).resolve().parent.parent / "sample_plans"
    texts = [t for p in sorted(samples.glob("*.docx"))[::5] for b in readers.read_path(p).blocks
             for t in ([c for row in b.table.rows for c in row] if b.table else [b.text])]
    rng = random.Random(2)
    pieces = ["planlint", "PLANLINT", "PlanLint", "planlınt", "PLANLİNT", "planlint: ignore T002", "Planlınt:ignore", "plan", "lint", ":", " : ", "ignore", "IGNORE",
              "T002", " ", "\n", "x", "–", "é", "—", "-"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(30_000)]
    found = 0
    for text in texts:
        want = _NOTE.search(text) is not None
        assert _has_note(text) == want, text
        found += want
    assert found > 1_000
