"""Classes met on tuning batch 89 (timescales and measures in their real forms; a parent's
illness written many ways), on invented text. All names are invented."""
import docx

from test_unseen_layouts_15 import _action, _lint, _rules

_TAIL = """
## If things go wrong
If Kim misses her medication, Sam will hold a strategy discussion the same day and ask for a legal planning meeting.

## Meetings
Core group every 4 weeks; review conference on 12 June 2025.
"""


def test_a_dash_separated_export_under_its_key_line_is_a_table():
    report = _lint("""CHILD PROTECTION PLAN

WHAT WE WANT FOR JAYDEN
- Jayden goes to school every day.

ACTIONS
(number - action - lead - timescale - evidence)

1 - Visit Jayden at home and see him on his own - Ben Ford, SW - every 10 working days - visit records show Jayden seen alone
2 - Stop using cannabis and give a hair strand test - Kim Rudd - ASAP - negative result sent to the SW
3 - Send Jayden's records to the new school - professionals - by 25/07/2025 - the school confirms in writing
""" + _TAIL, name="plan.txt")
    assert len(report.plan.actions) == 3
    visit = _action(report, "Visit Jayden at home")
    assert visit.fields.get("owner") == "Ben Ford, SW"
    assert visit.fields.get("timescale") == "every 10 working days"
    assert any("Stop using cannabis" in e for e in _rules(report, "T002"))
    assert any("Send Jayden's records" in e for e in _rules(report, "W002"))


def test_a_sentence_with_spaced_dashes_is_no_table_key():
    report = _lint("""PLAN

ACTIONS
Kim said it was hard - really hard - to get up in the mornings.
- Sam Cole (SW) will visit Jayden every week and record what he says.
""" + _TAIL, name="plan.txt")
    assert not report.plan.reading.tables
    assert any("Sam Cole" in a.text for a in report.plan.actions)


def _stage_table(path):
    document = docx.Document()
    document.add_heading("Pre-birth child protection plan for baby Varley", 0)
    document.add_heading("What we want for the baby", 1)
    document.add_paragraph("The baby is born safely and goes home to parents who are drug free.")
    document.add_heading("The plan", 1)
    rows = [("What will happen", "Who", "We will know because"),
            ("Stage 1 – by 36 weeks pregnant (Friday 2 May 2025)",) * 3,
            ("Agree who will look after Mason when Jade goes into labour", "Anya Desai, SW",
             "Tracey's name on the birth plan"),
            ("Stage 2 – from 36 weeks until the baby is born",) * 3,
            ("Home visit to see where the baby will sleep", "Sophie Marr, HV", "Moses basket seen set up")]
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        if len(set(row)) == 1 and r:
            merged = table.cell(r, 0).merge(table.cell(r, 2))
            merged.text = row[0]
            continue
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.add_heading("If things go wrong", 1)
    document.add_paragraph("If Jade uses heroin, the SW will call a legal planning meeting the same week.")
    document.add_heading("Meetings", 1)
    document.add_paragraph("Core group every 4 weeks; review conference on 12 June 2025.")
    document.save(path)
    return path


def test_a_stage_banner_across_a_table_with_no_when_column_says_when(tmp_path):
    from planlint import lint

    report = lint(_stage_table(tmp_path / "plan.docx"))
    assert _action(report, "look after Mason").fields.get("timescale", "").startswith("Stage 1")
    assert _action(report, "where the baby will sleep").fields.get("timescale", "").startswith("Stage 2")
    assert not _rules(report, "T001")


def test_a_time_in_a_column_header_is_every_rows_deadline():
    report = _lint("""# Plan for Amelia
## What we want for Amelia
- Amelia is safe at home and dry at night.
## Part A
| Action | Lead | By the review on 4 March 2026 we will see |
|---|---|---|
| Fit a video doorbell at Mercer Street | PC Sian Morgan, police DA unit | Doorbell fitted and a photo on the police record |
| Find Amelia a school place near the new home | Mrs Joy Adebayo, DSL | The new school confirms her start date |
""" + _TAIL)
    assert not _rules(report, "T001")
    assert "4 March 2026" in _action(report, "video doorbell").fields.get("timescale", "")


def test_a_voice_section_kept_for_later_records_no_voice():
    report = _lint("""# Plan for Jayden and Amelia
**Children:** Jayden Pengelly (13); Amelia Pengelly (6)
**Mother:** Leanne Pengelly (33)
## Jayden and Amelia's views
To be added after the next visit.
## What we want for them
- Jayden and Amelia live in a home with no violence.
## The plan
| Action | Lead | When | How we'll know |
|---|---|---|---|
| Safety planning with Leanne | Kerry Doyle, IDVA | Weekly | Safety plan signed by Leanne and copied to the SW |
""" + _TAIL)
    assert _rules(report, "F003") == [""]


def test_carried_forward_in_the_when_column_is_no_timescale():
    report = _lint("""# Review plan for Kian
## What we want for Kian
- Kian is at school every day and not worried about home.
## The plan
| Action | Lead | By when | Success looks like |
|---|---|---|---|
| Direct work with Kian about his worries at home | Marcus Obi, SW | Carried forward | Kian's three houses drawing shared with the core group |
| Visit Kian at home | Marcus Obi, SW | Every 2 weeks | Visit notes say what Kian said |
""" + _TAIL)
    assert any("Direct work" in e for e in _rules(report, "T001"))
    assert not any("Visit Kian" in e for e in _rules(report, "T001"))


def test_a_lead_field_left_blank_under_an_item_is_a_missing_owner():
    report = _lint("""PLAN

WHAT WE WANT
- Darcy and Alfie sleep in a dry, warm bedroom.

ACTIONS

1.  Help Stacey set up a bedtime routine for the children
    LEAD:    Jo Pearce, FSW
    WHEN:    Weekly
    PROOF:   Routine chart seen at each visit

2.  Get the damp treated in the children's bedroom
    LEAD:
    WHEN:    By 31 October 2025
    PROOF:   SW sees the damp treated at a home visit
""" + _TAIL, name="plan.txt")
    assert any("damp" in e for e in _rules(report, "W001"))
    assert not any("bedtime routine" in e for e in _rules(report, "W001"))
