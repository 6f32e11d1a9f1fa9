"""Classes met on tuning batch 51 (long plans, case-system prints, plans by other
professions), on invented text: a front sheet under the plan's name, a lettered
outcome line, a list of work already closed, a page header with blank margins
cutting a field. All names are invented."""
from planlint import lint

_TAIL = """
## If things do not improve
If Mia misses more than two days of nursery in a week, the social worker will visit the same day and ask for a legal planning meeting.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025.

## What Mia says
Mia said she likes nursery because of the sand pit.

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.
"""

_WORK = """## Who is doing what

The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.

Sarah (mum) will take Mia to nursery every weekday from 3 March 2025, checked against the nursery register each Friday.
"""


def _lint(text: str, name: str = "plan.md"):
    return lint(text.encode(), name=name)


def _actions(report) -> list[str]:
    return [a.text for a in report.plan.actions]


def test_a_front_sheet_under_the_plans_name_is_no_work():
    report = _lint("""NORTHMOOR YOUTH JUSTICE SERVICE
in partnership with Northmoor Children's Services

JOINT SAFETY AND INTERVENTION PLAN
Mia Jones

Written by:     Tom Reed, youth worker
Agreed at:      initial conference, 19 June 2025
Young person:   Mia Jones, born 02/03/2010
Dad:            Lee Jones, lives in Farleigh and phones Mia most Sundays
Order:          Referral order, 9 months, made 5 June 2025


WHO IS DOING WHAT

The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.

Sarah (mum) will take Mia to nursery every weekday from 3 March 2025, checked against the nursery register each Friday.


IF THINGS DO NOT IMPROVE

If Mia misses more than two days of nursery in a week, the social worker will visit the same day and ask for a legal planning meeting.


REVIEWS

Core group every 4 weeks; review conference on 12 June 2025.
""", name="plan.txt")
    texts = _actions(report)
    assert len(texts) == 2, texts
    assert not any(t.startswith(("Dad:", "Order:")) for t in texts)


def test_labelled_work_lines_with_a_case_detail_among_them_are_still_work():
    """A who-does-what list of "Role: work" lines stays the plan's work, even with a date line."""
    report = _lint("""# Child protection plan for Mia Jones (4)

## Actions

Date: 3 March 2025

SW: will visit Mia at home every week and see her alone, recorded in the visit notes

HV: weigh Mia every two weeks until 12 June 2025 and plot it on her growth chart

Mum: will take Mia to nursery every weekday, checked against the register each Friday
""" + _TAIL)
    assert len(_actions(report)) == 3, _actions(report)


def test_a_lettered_outcome_line_is_an_outcome_not_work():
    report = _lint("""# Child protection plan for Mia Jones (4)

## The plan

OUTCOME A Mia is looked after by a sober adult every day and every night.

A1 Sarah will blow into the breath-testing device at 8am and 6pm every day; the recovery service sends the readings to the social worker weekly.
""" + _TAIL)
    texts = _actions(report)
    assert len(texts) == 1 and texts[0].startswith("A1"), texts
    assert any("sober adult" in o.text for o in report.plan.outcomes)
    assert not [f for f in report.findings if f.rule == "W001"]


def test_work_listed_as_closed_is_history_not_the_plans_work():
    report = _lint("# Child protection plan for Mia Jones (4)\n\n" + _WORK + """
## Ashby actions now closed

A2 – NRM referral: made 22/04/2025; positive reasonable grounds decision 30/04/2025. Closed.

A4 – Move to Ashby: Ashby Homes tenancy from 09/06/2025. Closed.

A5 – Mia's nursery place: started at Brookmead on 16/06/2025. Closed.
""" + _TAIL)
    texts = _actions(report)
    assert len(texts) == 2, texts
    assert not any("Closed" in t for t in texts)


def test_a_field_cut_by_a_page_header_with_blank_margins_runs_on():
    header = """
================================================================================
NORTHMOOR COUNCIL                     CASEVIEW 5.1                Page {n} of 3
CHILD PROTECTION PLAN - FULL PRINT    Plan ID: CPP-0047716
================================================================================
"""
    text = header.format(n=1) + """
CHILD PROTECTION PLAN FOR MIA JONES (4)

[A] ACTIONS

  TASK 01 of 02   Links to: OUT-1                       Status: OPEN
    Task ......... Take Mia to nursery every weekday morning.
    Resp ......... Sarah Jones (mum)
    When ......... Every weekday from 03/03/2025

  TASK 02 of 02   Links to: OUT-1, OUT-2                Status: OPEN
    Task ......... Weigh Mia and plot her weight on the growth chart.
    Resp ......... Jane Ford, health visitor
    When ......... Every two weeks until 12/06/2025
""" + "\n" * 12 + header.format(n=2) + """
    Evidence ..... Growth chart shared with the core group at each meeting

[B] CONTINGENCY
    If Mia misses two days of nursery in a week, the social worker visits the same day
    and asks for a legal planning meeting.

[C] REVIEW
    Core group every 4 weeks; review conference on 12/06/2025.
""" + "\n" * 12 + header.format(n=3) + "\n  End of print\n"
    report = _lint(text, name="plan.txt")
    weighing = [a for a in report.plan.actions if "Weigh Mia" in a.text]
    assert len(weighing) == 1
    assert "Growth chart" in weighing[0].fields.get("measure", ""), weighing[0].fields
    assert not [f for f in report.findings if f.rule == "M001" and "Weigh Mia" in (f.excerpt or "")]


def test_an_agencys_report_of_what_happened_is_no_work():
    report = _lint("""# Child protection plan for Mia Jones (4)

## What was agreed at the core group

Children's Centre (PS): Sarah and Mia came to Baby Chat on 10/07 and 17/07. PS said Sarah was calm and fed Mia without prompting.

SW (HW): two visits since CG1, one unannounced (18/07, 9.30am). Flat tidy, food in, Mia clean.

""" + _WORK + _TAIL)
    texts = _actions(report)
    assert len(texts) == 2, texts
    assert not any(t.startswith(("Children's Centre", "SW (HW)")) for t in texts)


_UPDATES = """# Child protection plan for Mia Jones (4)

## Action plan

| Action | Who | By when | {extra} |
|---|---|---|---|
| See Mia alone at home | Social worker (Sam Lee) | Every week | {a} |
| Weigh Mia at the clinic | Health visitor (Jo Bright) | Every two weeks | {b} |
| Freedom Programme for Sarah | Sarah, with the family support worker | By 30 June 2025 | {c} |
| Take Mia to nursery every weekday | Sarah | From 3 March 2025 | {d} |
"""


def test_a_column_planlint_cannot_read_is_said_once_not_a_missing_measure_on_every_row():
    report = _lint(_UPDATES.format(extra="Progress", a="Two visits so far, Mia chatty", b="9th centile, up a little",
                                   c="Place offered for the spring", d="Settling in well") + _TAIL)
    assert not [f for f in report.findings if f.rule == "M001"]
    (once,) = [f for f in report.findings if f.rule == "U001"]
    assert "how progress is measured" in once.message


def test_a_table_with_no_measure_column_and_nothing_else_still_says_so_on_each_row():
    text = _UPDATES.replace(" {extra} |", "").replace("|---|---|---|---|", "|---|---|---|")
    text = "\n".join(line.rsplit(" | {", 1)[0] + " |" if "{" in line else line for line in text.splitlines())
    report = _lint(text + "\n" + _TAIL)
    assert len([f for f in report.findings if f.rule == "M001"]) >= 3  # ("weigh" is a measure of its own)
    assert not [f for f in report.findings if f.rule == "U001"]


def test_labelled_instructions_with_their_leads_elsewhere_are_not_unowned_on_each_line():
    report = _lint("""# Child protection plan for Mia Jones (4)

## Actions

Action 1: Refer Mia to the speech and language service by 30 May 2025; the referral letter is copied to the core group.

Action 2: Book Mia's two-year check by 14 April 2025; the clinic letter is shared at the next core group.

Action 3: Visit Mia at home every week and see her alone; visit notes record what she says.

Leads for each action were agreed at the meeting and are on the attendance sheet.
""" + _TAIL)
    assert len(report.plan.actions) == 3, [a.text for a in report.plan.actions]
    assert not [f for f in report.findings if f.rule == "W001"]


def test_work_then_how_it_is_checked_after_a_dash_has_its_time_and_a_when_clause_with_a_contraction():
    report = _lint("""# Child protection plan for Mia Jones (4)

## Actions

- get Mia to nursery by 8.50 every day - nursery register

- Uncle Lee will come round to help Sarah with bedtime whenever he's not on shift, and tells the social worker each week.
""" + _TAIL)
    actions = report.plan.actions
    assert len(actions) == 2
    assert actions[0].fields.get("owner") is None  # the work, not its doer
    assert all(a.facts.time_status == "ok" for a in actions), [(a.text, a.facts.time_status) for a in actions]


def test_the_core_groups_checking_and_a_legal_planning_meeting_are_how_the_plan_is_monitored_not_work():
    report = _lint("# Child protection plan for Mia Jones (4)\n\n" + _WORK + """
The core group will go through the last column of this plan at every meeting.

A legal planning review meeting will be held on 06/10/2025 to decide whether to issue proceedings.

A discharge planning meeting will be held on the ward before the baby goes home, with the midwife's notes sent to the social worker.
""" + _TAIL)
    texts = _actions(report)
    assert not any(t.startswith(("The core group", "A legal planning")) for t in texts), texts
    assert any(t.startswith("A discharge planning meeting") for t in texts), texts


def test_an_outcome_for_someone_named_beside_a_parent_named_by_role_is_the_childs():
    text = """# Plan

## What we want to see

- Mateo and Valentina keep a good relationship with their dad, seeing him safely every week.
- Stuart takes his medication and stays well.

## Actions

- The social worker, Ana Ruiz, will visit every week and see the children alone; visit notes record what they say.
"""
    report = _lint(text)
    flagged = [f.excerpt for f in report.findings if f.rule == "F002"]
    assert not any(e.startswith("Mateo") for e in flagged), flagged
    assert any(e.startswith("Stuart") for e in flagged), flagged  # a parent's own change, named


def test_a_ticked_box_records_what_is_done_and_an_empty_one_is_still_to_do():
    """A guard: the ticked line here was no action before either (tuning plan
    b51_fordingley, a boxed form, is where a ticked line was read as work)."""
    report = _lint("# Child protection plan for Mia Jones (4)\n\n" + _WORK + """
☒ Plan explained to Sarah Jones on 03/07/2025 ☒ Copy posted to Lee Jones on 04/07/2025

☐ Sarah will book Mia's two-year check by 14 April 2025, and the clinic letter goes to the core group.
""" + _TAIL)
    texts = _actions(report)
    assert not any("Plan explained" in t for t in texts), texts
    assert any("two-year check" in t for t in texts), texts
