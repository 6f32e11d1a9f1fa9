"""Classes met on tuning batch 59 (narrative plans and letters, tables of unusual shapes,
the Child Z situations, plans from the four nations), on invented text: work left to the
council a family moves to, named by its place; a case system's "-----+-----" rule; who
and when in one comment; an "Outcome / evidence" cell; numbered outcome headings over the
work; outcomes "agreed at" a conference; an agenda's "Minutes of" item; a "Lead (by)"
bracket; measures sent, filled in or given; a worker introduced with a service whose name
holds "and"; "The plan and what has happened". All names are invented."""
from test_unseen_layouts_15 import _OUTCOMES, _TAIL, _action, _lint, _rules

_MOVING = """# Child protection plan for Mia
Tarnby Council · Children's Social Care

Sarah has a tenancy in Keldermouth and the family will move there on 14 June 2025; the case
will transfer to Keldermouth Children's Services after the move.
""" + _OUTCOMES


def test_work_left_to_the_council_the_family_moves_to_stalls_the_plan():
    report = _lint(_MOVING + """## Action plan
- Parenting assessment of Sarah, to be completed by Keldermouth after the move, with the report sent to the core group.
- The housing support referral will be left to Keldermouth, with the referral form kept on file.
- Jo Hart (SW) will pass the family support sessions to Keldermouth Family Hub by 14 June 2025 and keep their email on file.
- Jo Hart (SW) will send the chronology and this plan to Keldermouth Children's Services by 6 June 2025, with their reply on file.
- Jo Hart (SW) will visit Mia every week until the transfer-in conference and record what she says in the visit notes.
""" + _TAIL)
    flagged = _rules(report, "X001")
    assert len(flagged) == 3
    assert not any("send the chronology" in f or "every week" in f for f in flagged)


def test_the_council_named_in_the_plans_heading_is_not_where_the_family_goes():
    report = _lint("""# Child protection plan for Mia (transfer-in)
Keldermouth Council · Children's Social Care

The family moved to Keldermouth from Tarnby in May 2025 and the case transferred to us.
""" + _OUTCOMES + """## Action plan
- Parenting assessment of Sarah, to be completed by Keldermouth's family assessment team by 30 July 2025, with the report sent to the SW.
""" + _TAIL)
    assert _rules(report, "X001") == []


def test_paused_until_the_new_council_takes_over_the_case():
    report = _lint(_MOVING + """## Action plan
The parenting assessment that was started in April will be paused until Keldermouth take over the case.
Jo Hart (SW) will visit Mia every week until the move and record what she says in the visit notes.
""" + _TAIL)
    assert len(_rules(report, "X001")) == 1


def test_a_case_systems_plus_joined_rule_makes_a_pipe_table():
    report = _lint("""TARNBY COUNCIL - CHILD PROTECTION PLAN
OUTCOMES FOR THE CHILD:
1. Mia goes to nursery every day and gains weight steadily.

ACTION PLAN:
REF  | ACTION                                   | RESPONSIBLE        | TIMESCALE      | EVIDENCE
-----+------------------------------------------+--------------------+----------------+------------------------
4.01 | SW to visit Mia at home and see her alone | SW Jo Hart         | Every 2 weeks  | Visit record on file
4.02 | Mia to be offered a nursery place          | Tarnby Early Years | By 28/11/2025  | -
4.03 | Home conditions check                       |                    | -              | Checklist on file
""" + _TAIL, name="plan.txt")
    assert len(report.plan.actions) == 3
    assert all(a.source == "table" for a in report.plan.actions)
    assert _rules(report, "W001") == ["4.03 | Home conditions check |  | - | Checklist on file"]


def test_who_then_when_in_one_comment():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
| Action | Comments |
|---|---|
| Complete a parenting assessment of Sarah and Dean | SW Priya Cole, by 21/11/2025. |
""" + _TAIL)
    assert _action(report, "parenting assessment").facts.owner == "SW Priya Cole"


def test_an_outcome_and_evidence_cell_that_is_its_rows_measure_is_no_adult_outcome():
    table = """## Action plan
| Identified need | Action | Lead person | Timescale | Outcome / evidence |
|---|---|---|---|---|
| Mum's low mood | Care coordinator to see Mum at home | Paula Breen, CMHT | Fortnightly | Mum keeps her appointments (CMHT attendance record) |
| Mum's drinking | Key work with Mum | Mo Akhtar, Tarnby Recovery | Weekly | Mum's drinking is under control |
"""
    report = _lint("# Plan for Mia\n" + _OUTCOMES + table + _TAIL)
    assert _rules(report, "F002") == ["Mum's drinking is under control"]


def test_numbered_headings_stating_the_childs_state_are_the_plans_outcomes():
    report = _lint("""# Plan for Mia
## 7. Proposed plan
### 7.1 Mia is never left without a safe adult
Jo Hart (SW) will visit every two weeks until the review and record what Mia says in her visit notes.
### 7.2 Mia is fed and gains weight steadily
The health visitor, Jane Ford, will weigh Mia every two weeks and send the weights to the SW.
""" + _TAIL)
    assert _rules(report, "O001") == []
    assert {o.text for o in report.plan.outcomes} >= {"Mia is never left without a safe adult"}


def test_outcomes_agreed_at_a_conference_head_outcomes():
    report = _lint("""TARNBY COUNCIL

OUTCOMES AGREED AT THE REVIEW CONFERENCE ON 20 MAY 2025
1. Mia goes to nursery every day.
2. Mia is fed and gains weight steadily.

WHAT WILL HAPPEN
Jo Hart (SW) will visit Mia every two weeks and record what she says in her visit notes.
""" + _TAIL, name="plan.txt")
    assert _rules(report, "O001") == []


def test_an_agendas_minutes_item_is_no_action_section():
    report = _lint("""# Core group minutes
## Present
Jo Hart (SW), Jane Ford (HV), Sarah (mum)
## Apologies
None
## 1. Minutes of core group 1 (09/05/2025)
Agreed as accurate.
## 2. Agency updates
AH: Visited Mia at home on 03/06. The parenting assessment has had 4 of 8 sessions.
## 3. Action log
| Action | Who | When | How we will know |
|---|---|---|---|
| Weigh Mia | Jane Ford, HV | Every 2 weeks | Weights sent to the SW |
""" + _TAIL)
    assert not any(t.startswith("AH:") for t in [a.text for a in report.plan.actions])


def test_a_lead_by_cells_bracket_says_how_long():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
| No. | Task | Lead (by) | Evidence |
|---|---|---|---|
| 1.2 | Psychiatric treatment for Sarah on Ashby Ward | Dr Rana Quayle, consultant psychiatrist (while Sarah is an inpatient) | Discharge summary copied to the SW |
| 1.3 | Weigh Mia and check her feeds | Jane Ford, HV (by 30/06/2025) | Weights sent to the SW |
""" + _TAIL)
    assert _rules(report, "T001") == []


def test_measures_sent_filled_in_or_given():
    report = _lint("# Plan for Mia\n" + _OUTCOMES + """## Action plan
- Dean will send Lucy his work rota on the first day of each month.
- Nan will supervise Dean's contact with Mia every Saturday and fill in the contact sheet that Lucy collects.
- Lucy (SW) will help Sarah with her housing application by 30 June 2025 and give the housing reference number to the core group.
""" + _TAIL)
    assert _rules(report, "M001") == []


def test_a_worker_introduced_with_a_service_whose_name_holds_and():
    report = _lint("""# Plan for Mia
Lindsay Crowe – Dean's keyworker, Tarnby Alcohol and Drug Service

Dean is drinking most nights.
""" + _OUTCOMES + """## Action plan
- Lindsay will see Dean every fortnight, breath test him and send the SW the results before each core group.
- The health visitor, Jane Ford, will weigh Mia every two weeks and send the weights to the SW.
""" + _TAIL)
    assert _rules(report, "F004") == []


def test_the_plan_and_what_has_happened_heads_the_plan():
    report = _lint("# Core group review for Mia\n" + _OUTCOMES + """## The plan and what has happened
| What | Update |
|---|---|
| SW visits to see Mia at home | Seen 5 times since the ICPC. Jo Hart (SW) will keep visiting every week until the review; visit notes record what Mia says. |
| Weighing Mia and checking her feeds | Weighed 3 times. Jane Ford (HV) will weigh her every two weeks and send the weights to the SW. |
| Sunday tea for Mia at Nan's | Going well. Nan will have Mia every Sunday and tell the SW how it went. |
| Nursery place for Mia | Started in May. Mrs Kay (nursery manager) will send the SW Mia's attendance every Friday. |
""" + _TAIL)
    assert [s.kind for s in report.plan.sections if s.heading == "The plan and what has happened"] == ["actions"]
    assert any("SW visits" in a.text for a in report.plan.actions)
