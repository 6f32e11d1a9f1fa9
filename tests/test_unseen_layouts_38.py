"""Classes met on tuning material of the thirty-eighth pass: plans whose times and measures stand
apart from the actions (a part answering the actions by number, a week grid of ticks, a note that
sets every action's deadline, a goal whose heading says how its steps are checked). All names are
invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_HEAD = """# Child protection plan for Maisie Holt
Child: Maisie Holt (6). Mum: Jade Holt.

## What Maisie has told us
Maisie said: "I like it when Mum takes me to school and we have toast."

## What we want for Maisie
- Maisie gets to school every day, fed and on time.
- Maisie lives in a home where nobody uses drugs.

"""

_TAIL = """
## Contingency plan
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, the SW arranges foster care and asks for a legal planning meeting.

## Core group and review
The core group meets every four weeks; the review conference is on 09/03/2026.
"""

_NUMBERED_TABLE = """## The plan
| No. | What will happen | Who |
|---|---|---|
| 1 | Visit Maisie at home every week and see her on her own | Priya Shah, SW |
| 2 | Key-work and a urine screen with Jade every Tuesday | Tom Reid, recovery worker, Holt Drug Service |
| 3 | Check every morning that Maisie arrives fed and on time, and ring the SW the same day if not | Mrs Ann Cole, DSL |
| 4 | Take Maisie to her eye clinic appointment on 14/01/2026 | Jade Holt (Mum) |

"""


def test_a_table_answering_the_actions_by_number_gives_their_measures_and_is_no_work():
    report = _lint(_HEAD + _NUMBERED_TABLE + """## How we will know it is working
| Action | What we will see |
|---|---|
| 1 | Visit records show Maisie seen every week, on her own at least every other visit |
| 2 and 3 | Tom's report before each core group with every screen result; the school's weekly attendance sheet |
""" + _TAIL)
    assert report.actions == 4
    missing = _rules(report, "M001")
    assert missing == [_action(report, "eye clinic").text]  # the one action the table leaves out
    assert not _rules(report, "W001") and not _rules(report, "T001")


def test_action_lines_under_a_measures_heading_answer_the_numbered_list():
    report = _lint(_HEAD + """## The plan
1. Priya Shah (SW) will visit Maisie at home every week and see her on her own.
2. Tom Reid (recovery worker, Holt Drug Service) will see Jade every Tuesday for key-work.
3. Mrs Ann Cole (DSL) will check every morning that Maisie arrives fed and on time.

## How we will know it is working
- **Action 1:** visit records show Maisie seen every week.
- **Action 3:** the school's attendance sheet, sent to Priya every Friday.
""" + _TAIL)
    assert report.actions == 3
    assert _rules(report, "M001") == [_action(report, "Tom Reid").text]


def test_numbered_answers_run_together_on_one_line_each_find_their_action():
    report = _lint(_HEAD + """## Action log
1. Priya Shah (SW) to visit Maisie at home every week.
2. Tom Reid (recovery worker) to see Jade every Tuesday for key-work.
3. Mrs Ann Cole (DSL) to check Maisie's attendance every morning.

## What we will look for at the next core group
(The numbers are the action numbers in the log above.)

1 - Visit records showing Maisie seen every week. 2 - Tom's report with every screen result. 3 - Attendance sheet sent every Friday.
""", name="plan.txt")
    assert report.actions == 3
    assert not _rules(report, "M001")


def test_a_numbered_worries_section_answers_nothing():
    # (numbered as the actions are, but the worries: not how the work is checked)
    report = _lint(_HEAD.replace("## What Maisie has told us", """## Worries, numbered
1. Jade has used cocaine on and off for two years.
2. Maisie was late for school 20 times last term.

## What Maisie has told us""") + """## The plan
1. Priya Shah (SW) will visit Maisie at home every week.
2. Tom Reid (recovery worker, Holt Drug Service) will see Jade every Tuesday for key-work.
""" + _TAIL)
    assert len(_rules(report, "M001")) == 2


def test_ticks_under_week_columns_are_a_rows_timescale():
    report = _lint(_HEAD + """## The six-week grid
| No. | What will happen | Lead | 05/01 | 12/01 | 19/01 | 26/01 |
|---|---|---|---|---|---|---|
| 1 | Home visit to see Maisie, one in two unannounced; visit notes record what she said | Priya Shah, SW | ✓ | ✓ | ✓ | ✓ |
| 2 | Fit a stair gate and show Jade how to use it; gate seen fitted | Sam Ward, home safety officer | | ✓ | | |
| 3 | Help Jade fill in her housing form; copy on file | Priya Shah, SW | | | | |
""" + _TAIL)
    assert report.actions == 3
    assert _rules(report, "T001") == [_action(report, "housing form").text]


def test_a_note_setting_every_actions_deadline_is_no_action_and_times_them():
    report = _lint(_HEAD + """## The plan
All of the actions in the table below are to be done within six weeks of this conference, that is by 13/02/2026, unless the action says how often it happens.

| Action | Who | How we will know |
|---|---|---|
| Fit a stair gate at the top of the stairs | Sam Ward, home safety officer | Gate seen fitted |
| Visit Maisie at home every week | Priya Shah, SW | Visit records |
| Chase the landlord asap about the mould | Priya Shah, SW | Repair letter on file |
""" + _TAIL)
    assert report.actions == 3
    assert not _rules(report, "T001") and not _rules(report, "W001")
    # (a time the action gives itself, however vague, is its own)
    assert _rules(report, "T002") == [_action(report, "landlord asap").text]


def test_a_layout_note_saying_each_action_has_a_date_sets_none():
    report = _lint(_HEAD + """## The plan
Each action says who is doing it, by when, and how we will know.

| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Maisie at home | Priya Shah, SW |  | Visit records |
""" + _TAIL)
    assert report.actions == 1
    assert _rules(report, "T001") == [_action(report, "Visit Maisie").text]


def test_a_goal_whose_heading_says_how_it_is_checked_lends_its_steps_a_measure():
    report = _lint(_HEAD + """## Our goals, and what will happen
### Goal 1 – By half term Maisie will be in school every day. The school register will show this.
1. Mrs Ann Cole (DSL) will ring Jade by 9.15am on any day Maisie is not in school.
2. Priya Shah (SW) will visit Maisie at home every week.
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "M001")


def test_a_check_after_the_goal_in_an_outcomes_part_is_its_steps_measure():
    report = _lint(_HEAD + """## Outcome 1: Maisie is in school every day, on time
**What good looks like:** by half term Maisie is at school every day.
**How we will see it:** the school register, sent to the SW every Friday, shows 95% attendance.

1. Jade will walk Maisie to school for the 8.45am bell every school day.
2. Mrs Ann Cole (DSL) will ring Jade by 9.30am on any day Maisie is not in.
""" + _TAIL)
    assert not _rules(report, "M001")


def test_a_commitment_with_its_own_check_lends_it_to_no_other_item():
    report = _lint(_HEAD + """## The plan
- Jade: "I'll go to the Recovery Hub's Tuesday group every week. How we'll know: the group's register."
- Lou and Sam will go to the family support group on the first Monday of every month.
""" + _TAIL)
    assert _rules(report, "M001") == [_action(report, "Lou and Sam").text]


def test_checks_keyed_by_action_codes_answer_the_coded_rows():
    report = _lint(_HEAD + """## The plan
| Ref | Action | Lead |
|---|---|---|
| A1 | Visit Maisie at home every week | Priya Shah, SW |
| A2 | Key-work with Jade every Tuesday | Tom Reid, recovery worker, Holt Drug Service |
| B1 | Take Maisie to her eye clinic on 14/01/2026 | Jade Holt (Mum) |

## Checks — how we will know each action is working
- **A1**: visit records for every week, with Maisie's own words.
- **A2**: Tom's written report before each core group.
""" + _TAIL)
    assert report.actions == 3
    assert _rules(report, "M001") == [_action(report, "eye clinic").text]


def test_checks_under_an_outcome_that_name_their_action_are_its_measure():
    report = _lint(_HEAD.replace("## What we want for Maisie", "## Outcomes") + """### How we will know
- Visit records show Maisie seen every week (action 1).
- Tom's report is on file before each core group (action 2).

## The plan
1. Priya Shah (SW) will visit Maisie at home every week.
2. Tom Reid (recovery worker, Holt Drug Service) will see Jade every Tuesday for key-work.
3. Mrs Ann Cole (DSL) will check every morning that Maisie arrives fed and on time.
""" + _TAIL)
    assert report.actions == 3
    assert _rules(report, "M001") == [_action(report, "Mrs Ann Cole").text]


def test_a_numbered_outcome_list_answers_no_action():
    # (numbered 1 and 2 as the work is, but the outcomes themselves)
    report = _lint(_HEAD.replace("""- Maisie gets to school every day, fed and on time.
- Maisie lives in a home where nobody uses drugs.""", """1. Maisie gets to school every day, fed and on time.
2. Maisie lives in a home where nobody uses drugs.""") + """## The plan
1. Priya Shah (SW) will visit Maisie at home every week.
2. Tom Reid (recovery worker, Holt Drug Service) will see Jade every Tuesday for key-work.
""" + _TAIL)
    assert len(report.plan.outcomes) >= 2
    assert len(_rules(report, "M001")) == 2


def test_a_stage_heading_with_its_deadline_in_brackets_times_its_steps():
    report = _lint(_HEAD + """## The plan
### Weeks 1–4 (to be done by Friday 05/12/2025)
- Sam Ward (home safety officer) will fit a stair gate at the top of the stairs; gate seen fitted.
- Jade will register Maisie with a dentist and show Priya the letter.
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "T001")


def test_x_marks_under_month_columns_are_a_rows_timescale():
    report = _lint(_HEAD + """## The plan
| No. | What will happen | Lead | Nov | Dec | Jan |
|---|---|---|---|---|---|
| 1 | Home visit to see Maisie; visit notes record what she said | Priya Shah, SW | X | X | X |
| 2 | Fit a stair gate; gate seen fitted | Sam Ward, home safety officer | X | | |
| 3 | Help Jade with her housing form; copy on file | Priya Shah, SW | | | |
""" + _TAIL)
    assert _rules(report, "T001") == [_action(report, "housing form").text]


def test_lead_columns_headed_by_dates_say_when_each_lead_holds_the_work():
    report = _lint(_HEAD + """## The plan
| Ref | What needs to happen | Lead 03/11/2025 – 14/12/2025 | Lead 15/12/2025 – 21/01/2026 | What we will see |
|---|---|---|---|---|
| 1 | Give Maisie a home and get her to school every day | Lou Holt (aunt) | — | School register sent each Friday |
| 2 | Visit Maisie wherever she is living | Priya Shah, SW | Priya Shah, SW | Visit records |
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "T001")


def test_a_marker_column_is_no_timescale():
    report = _lint(_HEAD + """## Action log
| Ref | Marker | Action | Lead |
|---|---|---|---|
| CG2.7 | C/F (1.1) | Visit Maisie at home, one visit in three unannounced, and look at her room | Priya Shah, SW |
| CG2.8 | C/F (1.9) | Weekly key-work sessions with Jade at Holt Drug Service | Tom Reid, recovery worker |
| CG2.9 | C/F (1.3) | Check Maisie's attendance and phone the SW the same day with any worry | Mrs Ann Cole, DSL |
| CG2.10 | NEW | Collect Maisie from school on Mondays and Wednesdays and give her tea | Lou Holt (aunt) |
| CG2.11 | C/F (1.7) | Weigh Maisie every two weeks at the clinic | Kim Dale, HV |
| CG2.12 | NEW | Be at the flat on Friday and Saturday evenings from 7pm | Sam Holt (grandfather) |
""" + _TAIL)
    assert report.actions == 6
    assert not _rules(report, "T001")


def test_a_note_on_how_one_off_actions_are_timed_is_no_action():
    report = _lint(_HEAD + """## The plan
A one-off action is to be finished by the last day of the month that has its X.

| No. | What will happen | Lead | Nov | Dec | Jan |
|---|---|---|---|---|---|
| 1 | Home visit to see Maisie; visit notes record what she said | Priya Shah, SW | X | X | X |
| 2 | Fit a stair gate; gate seen fitted | Sam Ward, home safety officer | X | | |
""" + _TAIL)
    assert report.actions == 2
    assert not report.findings or all(f.rule not in ("M001", "W001", "T001") for f in report.findings)


def test_a_deadline_in_a_tables_title_row_times_its_rows():
    import io

    import docx

    from planlint import lint

    d = docx.Document()
    d.add_paragraph("Child protection plan for Maisie Holt", style="Title")
    d.add_paragraph("What Maisie has told us", style="Heading 1")
    d.add_paragraph('Maisie said: "I like it when Mum takes me to school."')
    d.add_paragraph("What we want for Maisie", style="Heading 1")
    d.add_paragraph("Maisie gets to school every day, fed and on time.", style="List Bullet")
    d.add_paragraph("The plan", style="Heading 1")
    rows = [["No.", "What will happen", "Lead"],
            ["1", "Fit a stair gate at the top of the stairs; gate seen fitted", "Sam Ward, home safety officer"],
            ["2", "Register Maisie with a dentist; the letter on file", "Jade Holt (Mum)"]]
    table = d.add_table(rows=len(rows) + 1, cols=3)
    title = table.rows[0].cells[0].merge(table.rows[0].cells[2])
    title.text = "TABLE 1 – SETTING UP: every action in this table is to be done by Friday 05/12/2025"
    for row, cells in zip(table.rows[1:], rows):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    for heading, text in (("Contingency plan", _TAIL.split("## Contingency plan\n")[1].split("\n\n")[0]),
                          ("Core group and review", "The core group meets every four weeks; the review "
                                                    "conference is on 09/03/2026.")):
        d.add_paragraph(heading, style="Heading 1")
        d.add_paragraph(text.replace("\n", " "))
    buf = io.BytesIO()
    d.save(buf)
    report = lint(buf.getvalue(), name="plan.docx")
    assert report.actions == 2
    assert not _rules(report, "T001")
    # (known, not only left unjudged as a table with no When column)
    assert [a.facts.time_status for a in report.plan.actions] == ["ok", "ok"]


def test_time_rows_across_a_table_time_the_rows_under_them():
    report = _lint(_HEAD + """## Your plan
| No. | What will happen | Who | How we'll know |
|---|---|---|---|
| IN THE NEXT FOUR WEEKS – all by Tuesday 16/12/2025 | | | |
| 1 | Fit a stair gate and cupboard locks | Sam Ward, home safety officer | Gate and locks seen fitted |
| 2 | Review Jade's medication and write to the SW | Dr Amy Cole, GP | GP letter on file |
| OTHER THINGS AGREED AT CONFERENCE | | | |
| 3 | Help Jade apply for a housing transfer | Priya Shah, SW | Application reference on file |
""" + _TAIL)
    assert report.actions == 3
    assert [a.facts.time_status for a in report.plan.actions] == ["ok", "ok", "missing"]


def test_an_actions_outcome_number_lends_it_that_outcomes_check():
    report = _lint(_HEAD.replace("""## What we want for Maisie
- Maisie gets to school every day, fed and on time.
- Maisie lives in a home where nobody uses drugs.
""", """## What we want for Maisie, and how we will know
| No. | What we want for Maisie | How we will know |
|---|---|---|
| 1 | Maisie gets to school every day, fed and on time. | The register, sent to the SW every Friday, shows her in every day. |
| 2 | Maisie lives in a home where nobody uses drugs. | Jade's screens are negative and the flat is seen clean at each visit. |
""") + """## The plan
| No. | What will happen | Who | For outcome |
|---|---|---|---|
| 1 | Walk Maisie to school every school day | Lou Holt (aunt) | 1 |
| 2 | Key-work with Jade every Tuesday | Tom Reid, recovery worker, Holt Drug Service | 2 |
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "M001")
    # (the outcome table's own numbers are no checks of the work by number: its checks, not its outcomes)
    measure = _action(report, "Walk Maisie").fields["measure"]
    assert "register" in measure and "gets to school" not in measure


def test_a_calendar_listing_action_numbers_by_week_times_them_and_is_no_work():
    report = _lint(_HEAD + """## The actions
| No. | What will happen | Lead | What we will see |
|---|---|---|---|
| 1 | Visit Maisie at home | Priya Shah, SW | Visit records |
| 2 | Fit a stair gate | Sam Ward, home safety officer | Gate seen fitted |
| 3 | Take Maisie to the eye clinic | Jade Holt (Mum) | Clinic letter on file |

## The calendar
| Week | Week beginning | Actions due that week |
|---|---|---|
| 1 | Monday 17/11/2025 | 1, 2 |
| 2 | Monday 24/11/2025 | 1, 3 |
| 3 | Monday 01/12/2025 | 1 |
""" + _TAIL)
    assert report.actions == 3
    assert not _rules(report, "W001")
    # (known, not only left unjudged as a table with no When column)
    assert [a.facts.time_status for a in report.plan.actions] == ["ok", "ok", "ok"]


def test_numbered_steps_under_their_doers_lead_in_are_its_work():
    # (as a PDF's lines give them: paragraphs, their numbers kept, under the doer's lead-in)
    from planlint import lint_document
    from planlint.model import Block, Document, Location

    lines = [("heading", "Child protection plan for Maisie Holt"), ("heading", "What Maisie has told us"),
             ("paragraph", 'Maisie said: "I like it when Mum takes me to school."'),
             ("heading", "What we want for Maisie"), ("list_item", "Maisie gets to school every day, fed and on time."),
             ("heading", "The plan"), ("heading", "The social worker, Priya Shah, will:"),
             ("paragraph", "1.1 Visit Maisie at home every week, one visit in two unannounced."),
             ("paragraph", "1.2 Complete a pre-birth assessment of Jade."),
             ("paragraph", "1.3 Help Jade buy a cot and a pram with her grant."),
             ("heading", "Contingency plan"),
             ("paragraph", "If Jade is found under the influence, Maisie stays with her aunt Lou that night."),
             ("heading", "Core group and review"),
             ("paragraph", "The core group meets every four weeks; the review conference is on 09/03/2026.")]
    blocks = [Block(kind, text, Location(page=1, line=i + 1), level=1 if kind == "heading" else 0)
              for i, (kind, text) in enumerate(lines)]
    report = lint_document(Document("plan.pdf", "pdf", blocks))
    assert [a.text.split()[0] for a in report.plan.actions] == ["1.1", "1.2", "1.3"]


_TYPED_PARTS = """CHILD PROTECTION PLAN FOR MAISIE HOLT

WHAT MAISIE HAS TOLD US
Maisie said: "I like it when Mum takes me to school and we have toast."

WHAT WE WANT FOR MAISIE
Maisie gets to school every day, fed and on time.

THE PLAN
The time for everything in a part is in the part's heading.

PART A - IN THE NEXT 28 DAYS: ALL BY FRIDAY 12 DECEMBER 2025

  PRIYA SHAH, SOCIAL WORKER, WILL:
    A1  hold a family network meeting and write down who looks after Maisie on a bad day.

  TOM REID, RECOVERY WORKER, HOLT DRUG SERVICE, WILL:
    A2  assess Jade's drug use and say whether she can care for Maisie while she stops.

  CHECKS FOR PART A:
    A1: the written network plan is on file by 12/12/2025.
    A2: Tom's written assessment is on file.

CONTINGENCY PLAN
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that night;
if Lou cannot have her, the SW arranges foster care and asks for a legal planning meeting.

CORE GROUP AND REVIEW
The core group meets every four weeks; the review conference is on 09/03/2026.
"""


def test_doers_lead_ins_under_a_timed_part_of_a_typed_plan_are_its_work():
    report = _lint(_TYPED_PARTS, name="plan.txt")
    assert report.actions == 2  # (a check led by its action's code is no more work)
    assert [a.facts.owner_status for a in report.plan.actions] == ["ok", "ok"]
    assert [a.facts.time_status for a in report.plan.actions] == ["ok", "ok"]
    assert not _rules(report, "M001")
