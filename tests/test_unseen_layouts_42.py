"""Classes met on tuning material of the forty-second pass: measures and timescales written in
ordinary words and unusual places. All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules
from test_unseen_layouts_39 import _DETAIL_TABLE, _HEAD, _TAIL

from planlint.nlp.pipeline import Analyser
from planlint.loader import phrase_table
from planlint.nlp.understand import Understanding

_LABELLED_DETAIL = """## The plan
| Action | Detail |
|---|---|
| Visit Maisie at home and see her on her own | Who: Priya Shah, social worker, Holt Children's Services When: every week from 12 January Evidence: visit records with Maisie's own words |
| Key-work and a urine screen with Jade | Who: Tom Reid, recovery worker, Holt Drug and Alcohol Service When: every Tuesday Evidence: his report to the core group with every result |
"""

_PROSE_DETAIL = """## The plan
| Action | Detail |
|---|---|
| Supervise Maisie's time with her dad at the family centre | Lena Voss, contact supervisor, every other Saturday from 17 January. Shown by: a written record of each session sent to the social worker. |
| Safety planning with Jade, including a code word Maisie can use | Rhian Deakin, IDVA, Holt Women's Aid, fortnightly for the next 12 weeks. We'll know it's working when Maisie can tell the social worker the code word at her next visit. |
| Check Maisie's attendance and give her a Monday check-in | Mr Idris Bello, DSL, Fernley Primary School, every Monday in term time. What the school will see: attendance of 96% or more on the register. |
"""


def test_an_action_detail_cell_with_labels_on_one_line_gives_each_field():
    # a PDF joins the cell's lines: "... Service When: every Tuesday" still parts at the label
    report = _lint(_HEAD + _LABELLED_DETAIL + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "W001")
    visit = _action(report, "see her on her own")
    assert visit.fields["owner"] == "Priya Shah, social worker, Holt Children's Services"
    assert visit.fields["timescale"] == "every week from 12 January"
    assert visit.fields["measure"].startswith("visit records")


def test_who_and_when_in_prose_before_a_labelled_check_is_the_owner():
    report = _lint(_HEAD + _PROSE_DETAIL + _TAIL)
    assert report.actions == 3
    assert not _rules(report, "W001") and not _rules(report, "M001")
    assert _action(report, "family centre").fields["owner"] == "Lena Voss, contact supervisor"
    assert _action(report, "code word").fields["owner"] == "Rhian Deakin, IDVA, Holt Women's Aid"
    assert _action(report, "Monday check-in").fields["owner"] == "Mr Idris Bello, DSL, Fernley Primary School"


def test_a_detail_cell_that_names_nobody_is_read_as_its_column_says():
    from planlint.structure.tables import detail_fields

    understanding = Understanding(Analyser())
    columns = phrase_table("columns.toml")
    # the measure column's own words: no one before the label, so no owner is made up
    assert detail_fields("Attendance above 95%. Evidence: the register sent each Friday", columns,
                         understanding) is None
    # work before the labels: the cell is not only who, when and how we'll know
    assert detail_fields("Jo will ring the school. Who: Jo (SW) When: weekly", columns, understanding) is None
    assert detail_fields("No label here at all, only a note", columns, understanding) is None


def test_an_owner_column_keeps_its_place_beside_a_labelled_measure():
    report = _lint(_HEAD + """## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Maisie at home | PS | Every week | Shown by: visit records with her words. Who: the duty worker if PS is away |
""" + _TAIL)
    assert _action(report, "Visit Maisie").fields["owner"] == "PS"


def test_to_be_discussed_at_the_next_core_group_is_a_vague_measure():
    report = _lint(_HEAD + """## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Refer Maisie to speech and language therapy | PS | By 27/03/2026 | To be discussed at the next core group |
| Visit Maisie at home and see her on her own | PS | Every week | Visit records with her own words |
""" + _TAIL)
    assert _rules(report, "M002") == [_action(report, "speech and language").text]
    assert not _rules(report, "M001")


def test_a_goal_of_safety_with_no_subject_is_the_childs():
    report = _lint(_HEAD.replace("- Maisie gets to school every day, fed and on time.\n",
                                 "- Safe from violence and drinking at home.\n") + _PROSE_DETAIL + _TAIL)
    assert not _rules(report, "F002")
    # a parent's own recovery, with no child in it, is still the parent's
    report = _lint(_HEAD.replace("- Maisie gets to school every day, fed and on time.\n",
                                 "- Jade stops drinking.\n") + _PROSE_DETAIL + _TAIL)
    assert _rules(report, "F002") == ["Jade stops drinking."]


def test_a_detail_cell_in_lines_gives_who_and_when_then_the_check():
    from planlint.loader import phrase_table
    from planlint.structure.tables import detail_fields

    understanding = Understanding(Analyser())
    columns = phrase_table("columns.toml")
    # a Word cell's lines: who and when on the first, the check on the next (no label)
    fields = dict(detail_fields("Nadia Ellis, SW, by 27 March 2026.\nTo be discussed at the next core group.",
                                columns, understanding))
    assert fields["owner"] == "Nadia Ellis, SW" and fields["timescale"].endswith("27 March 2026")
    assert fields["measure"] == "To be discussed at the next core group"
    # a name and a role with no time, then when on a line of its own
    fields = dict(detail_fields("Sam Frost, key worker, Little Owls Nursery\nEvery Monday and Thursday\n"
                                "Collection times emailed to the SW every Friday.", columns, understanding))
    assert fields["owner"] == "Sam Frost, key worker, Little Owls Nursery"
    assert fields["timescale"] == "Every Monday and Thursday"
    assert fields["measure"].startswith("Collection times")
    # a check that opens with a role, and no time: not who and when
    assert detail_fields("SW visit notes show the children seen\nMum's diary", columns, understanding) is None


def test_well_know_it_is_working_when_someone_is_engaging_is_a_vague_measure():
    from planlint.nlp.understand import _measure_verdict

    analyser = Analyser()
    for text in ("We'll know it's working when Darren is engaging well with the service.",
                 "We will know it is working when Darren is engaging well with the service."):
        assert _measure_verdict(analyser.mentions(text), text)[0] == "vague"
    text = "We'll know it's working when the breath-test log shows no positive test."
    assert _measure_verdict(analyser.mentions(text), text)[0] == "ok"


_PRINT_TASK = """  {n}.{k} TASK ........ {task}
      ASSIGNED TO . JW (SW)
      START / END . {when}
      EVIDENCE .... {evidence}
                    CPOMS
      STATUS ...... Continues

"""


def test_a_case_print_of_dot_leader_tasks_is_read_one_form_per_task():
    tasks = [("Visit Maisie at home and see her on her own", "Fortnightly from w/c 16 March 2026",
              "Visit records show Maisie seen alone, as recorded on"),
             ("Direct work with Maisie about who she can tell", "Four sessions, each Thursday from 19 March 2026",
              "Maisie's words and worry scores in her book, logged on"),
             ("Check Maisie's attendance against the register", "Each school day until the review",
              "Attendance figures sent to JW each Friday, logged on")]
    body = "".join(_PRINT_TASK.format(n=1, k=k, task=t, when=w, evidence=e) + "\n" * 12
                   for k, (t, w, e) in enumerate(tasks, start=1))
    report = _lint(_HEAD + "NEEDS AND TASKS\n" + "-" * 40 + "\n"
                   "NEED 1: Maisie is safe, fed and at school every day.\n\n" + body + _TAIL, name="plan.txt")
    assert report.actions == 3
    # "ASSIGNED TO . JW (SW)" three times, a page apart, is each task's owner, not a running header
    assert not _rules(report, "W001")
    assert all(a.fields["owner"] == "JW (SW)" for a in report.plan.actions)
    # the whole field name before its short leader, and "CPOMS" wrapped onto its own line is the value's end
    assert [a.fields["timescale"] for a in report.plan.actions] == [w for _, w, _ in tasks]
    assert all(a.fields["measure"].endswith("CPOMS") for a in report.plan.actions)
    # the need above the tasks stands in for their outcome
    assert "Maisie is safe, fed and at school every day." in [o.text for o in report.plan.outcomes]


def test_a_field_line_named_with_a_spaced_dash_is_a_field_of_the_task_above():
    report = _lint(_HEAD + """## Tasks
TASK 1 of 2 Go to the Parents in Recovery group at Mill Lane Family Hub
  OWNER ........ Jade Holt (Mum)
  START - END .. Thursdays, eight weeks from 12/03/2026
  SHOWN BY ..... the group register, sent to PS every month

TASK 2 of 2 Visit Maisie at home and see her on her own
  OWNER ........ PS
  START - END .. Every week from 12/03/2026
  SHOWN BY ..... visit records with her own words
""" + _TAIL, name="plan.txt")
    assert report.actions == 2
    assert not _rules(report, "W001") and not _rules(report, "T001")


_STAGED = """## The plan
The time for each stage is in its heading. How we will know each action has worked is in the
appendix, by its Ref.

### Stage 1 – now until the next core group (all by 17/03/2026)

| Ref | Action | Lead |
|---|---|---|
| 1.1 | Agree a written testing plan with Jade and the drug service | Priya Shah, SW |
| 1.2 | Fit a stair gate and put locks on the cupboard with the cleaning products | Amir Lal, family support worker |

### Stage 2 – every week until the next review conference

| Ref | Action | Lead |
|---|---|---|
| 2.1 | Visit Maisie at home and see her on her own | Priya Shah, SW |
| 2.2 | Key-work sessions and drug tests for Jade | Tom Reid, recovery worker, Holt Drug and Alcohol Service |

### Stage 3 – when things have settled

| Ref | Action | Lead |
|---|---|---|
| 3.1 | Book Jade a place on the Incredible Years parenting group | Priya Shah, SW |

## Appendix – success criteria

| Ref | What success looks like |
|---|---|
| 1.1 | The testing plan, signed by Jade, on file by 17/03/2026 |
| 1.2 | The gate and the locks seen fitted at the next visit |
| 2.1 | Visit records show Maisie seen alone every week |
| 2.2 | Tom's report with every result on file before each core group |
| 3.1 | Jade's place confirmed in writing |
"""


def test_stage_headings_time_their_tables_and_an_appendix_keyed_by_ref_measures_them():
    report = _lint(_HEAD + _STAGED + _TAIL)
    assert report.actions == 5
    # ("2.1" in the row's Ref cell reads as a date: it is no time the row gives itself)
    assert _action(report, "2.1").fields["timescale"] == "Stage 2 – every week until the next review conference"
    assert not _rules(report, "T001") and not _rules(report, "M001") and not _rules(report, "U001")
    assert _action(report, "1.2").fields["measure"] == "The gate and the locks seen fitted at the next visit"
    # a stage whose only time is how things feel is vague for every row in it
    assert _rules(report, "T002") == [_action(report, "Incredible Years").text]


def test_a_part_line_to_be_done_by_a_date_times_the_table_under_it():
    report = _lint(_HEAD + """## Action log
Part A – to be done by the next core group, Tuesday 10/03/2026

| Who | Ref | Action | How we will know |
|---|---|---|---|
| PS | A1 | Hold a family network meeting to agree who has Maisie if Jade uses | The written network plan sent to the core group |
| AC | A2 | Book Maisie's missed dental check and go with Jade | The clinic letter shows Maisie was seen |
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "T001") and not _rules(report, "M001")


def test_minutes_present_list_is_who_came_not_work():
    report = _lint(_HEAD.replace("## Present (initials are used in the rest of this plan)",
                                 "## Present (initials are used in the action log)") + _DETAIL_TABLE + _TAIL)
    assert report.actions == 4
    assert not any(a.text.startswith(("AC –", "PS –", "TR –", "JH –")) for a in report.plan.actions)


def test_outcomes_lettered_lend_their_checks_to_the_rows_for_them():
    report = _lint(_HEAD + """## Outcomes
| Outcome | What we want for Maisie | How we will know |
|---|---|---|
| A | Maisie's home is ready: a clear bed and no drugs in reach | PS sees the bedroom and the locked box at every visit |
| B | Maisie is at school every day | The register, sent to PS each Friday, shows 95% or more |

## The plan
| Ref | What will happen | Who | When | For outcome |
|---|---|---|---|---|
| 1 | Joint home visit to see Maisie's bedroom and the locked box | Priya Shah, SW | By 20/03/2026 | A |
| 2 | Walk Maisie to school on Mondays and Thursdays | Jade Holt (Mum) | Every Monday and Thursday | B |
""" + _TAIL)
    assert not _rules(report, "M001")
    assert _action(report, "Joint home visit").fields["measure"].startswith("PS sees the bedroom")


def test_the_plan_named_over_the_babys_details_is_no_work():
    # a letter, then the attached plan's title over who the baby and family are, then "The plan"
    report = _lint(_LETTER)
    assert report.actions == 2
    assert not any(a.text.startswith(("Baby:", "Family who will help")) for a in report.plan.actions)


_LETTER = """Children's Services, Holt Council
Thursday 22/01/2026

Dear Jade,

## Your baby's child protection plan

Thank you for coming to the pre-birth conference on 20/01/2026. I will be your social worker and I will hold the plan.
The plan is attached. We agreed to do the things in it in two stages.

Yours sincerely,
Priya Shah, Social Worker

## Pre-birth Child Protection Plan
Baby: Unborn baby of Jade Holt, due 14/04/2026
Mother: Jade Holt (24)
Family who will help: Lou Holt (Jade's aunt), 4 Mill Lane

## What we want for the baby
- The baby is born well and goes home with a mum who is sober.

## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Key-work and a breath test every Wednesday | Tom Reid, recovery worker | Every Wednesday | His report to each core group |
| Antenatal home visit about safe sleep | Amy Cole, health visitor | By 36 weeks (24/03/2026) | The visit record sent to the SW |

## Contingency plan
If Jade is found drunk while caring for the baby, the baby stays with Lou that night; if Lou cannot have her, PS arranges foster care and asks for a legal planning meeting.

## Core group and review
The core group meets every four weeks; the review conference is on 09/03/2026.
"""


def test_a_month_calendar_of_action_numbers_times_them_by_its_columns():
    report = _lint(_HEAD + """## The plan
| No. | What will happen | Who | How we will know |
|---|---|---|---|
| 1 | Visit Maisie at home and see her on her own | Priya Shah, SW | Visit records with her words |
| 2 | Fit a stair gate and cupboard locks | Amir Lal, family support worker | Gate and locks seen fitted |
| 3 | Key-work and a breath test with Jade | Tom Reid, recovery worker | His report to each core group |

## When each action happens
| Month | Every week | Finished by the end of the month |
|---|---|---|
| February 2026 | 1, 3 | 2 |
| March 2026 | 1, 3 | |
| April 2026 | 1, 3 | |
""" + _TAIL)
    assert report.actions == 3
    assert not _rules(report, "T001")
    assert _action(report, "stair gate").fields["timescale"] == "Finished by the end of the month (February 2026)"
    assert _action(report, "Key-work").fields["timescale"] == "Every week (February 2026, March 2026, April 2026)"


# a case print's contingency and meetings, in capitals headings
_PRINT_TAIL = """
CONTINGENCY
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, PS arranges foster care and asks for a legal planning meeting.

REVIEW
The core group meets every four weeks; the review conference is on 09/03/2026.
"""

_MINUTE = """CORE GROUP RECORD
ATTENDANCE, AND KEY TO THE INITIALS USED BELOW
  PS  Priya Shah, social worker, Holt Children's Services
  TR  Tom Reid, recovery worker, Holt Drug and Alcohol Service
  AC  Ann Cole, designated safeguarding lead, Fernley Primary

WHAT MAISIE HAS SAID
Maisie said: "I like it when Mum takes me to school and we have toast."

OUTCOMES FOR MAISIE
  a) Maisie gets to school every day, fed and on time.

ACTIONS AGREED
 1  PS  Visit Maisie at home, at least one visit in two unannounced, and
        see her on her own.
 2  TR  Key-work with Jade and an oral fluid test at each session, with a
        written report to PS before each core group.
 3  AC  Check Maisie's attendance and whether she has had breakfast.

ACTION TIMETABLE
  EVERY DAY, 23/01/2026 TO 07/04/2026 .......... 3
  w/c 26/01/2026 ............................... 1, 2*
  w/c 02/02/2026 ............................... 1 (session 1), 2
  w/c 09/02/2026 ............................... 1, 2

HOW WE WILL KNOW (BY ACTION NUMBER)
 1  Visit records show Maisie seen alone every week.
 2  Tom's written report on file before each core group.
 3  The register sent to PS every Friday.
""" + _PRINT_TAIL


def test_a_minutes_numbered_items_led_by_key_initials_are_owned_actions():
    report = _lint(_MINUTE, name="plan.txt")
    assert report.actions == 3
    assert [a.facts.owner for a in report.plan.actions] == ["PS", "TR", "AC"]
    assert not _rules(report, "W001")
    # the key's own lines ("PS  Priya Shah, social worker ...") are who is who, not work
    assert not any("Priya Shah, social worker" in a.text for a in report.plan.actions)


def test_work_that_says_which_numbered_outcome_it_serves_takes_that_outcomes_check():
    report = _lint(_HEAD.replace("""## What we want for Maisie
- Maisie gets to school every day, fed and on time.
- Maisie lives in a home where nobody uses drugs.
""", """## What we want for you, and how we'll know
1. **You get to school every day.** *We'll know because* the register shows you in school (95% or more).
2. **Nobody at home uses drugs.** *We'll know because* Mum's tests are negative and Tom sends them to Priya.
""") + """## Who will do what
### Part 1 – every week until the review on 09/03/2026
- **Priya (your social worker) will:**
  - walk you to school on Mondays and Thursdays when Mum has her group (for 1)
  - book Mum's first appointment at the drug service and go with her (for 2)
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "M001")
    assert _action(report, "walk you to school").fields["measure"].startswith("We'll know because the register")


_CODED_PRINT = """CHILD PROTECTION PLAN - MAISIE HOLT
Jade grew up in foster care; her former foster carer, Ann Pryor, still sees her.

WHAT MAISIE HAS SAID
Maisie said: "I like it when Mum takes me to school and we have toast."

OUTCOMES FOR MAISIE
O1  Maisie gets to school every day, fed and on time.

TASKS
T01  WHO  Priya Shah (SW)
     WHAT Visit Maisie at home and see her on her own every week
T02  WHO  Tom Reid, recovery worker, Holt Drug and Alcohol Service
     WHAT Key-work with Jade every Tuesday, with a urine screen every
          four weeks
T03  WHO  Ann Cole, designated safeguarding lead, Fernley Primary
     WHAT Check Maisie's attendance every school day

HOW WE WILL KNOW (BY TASK CODE)
T01  Visit records show Maisie seen on her own every week.
T02  Tom's written report with the screen results before each core group.
T03  The register sent to Priya every Friday.
""" + _PRINT_TAIL


def test_coded_forms_keep_their_codes_for_the_checks_keyed_by_them():
    report = _lint(_CODED_PRINT, name="plan.txt")
    assert report.actions == 3
    assert [a.text.split(" | ")[0] for a in report.plan.actions] == ["T01", "T02", "T03"]
    assert not _rules(report, "M001")
    assert _action(report, "attendance").fields["measure"] == "The register sent to Priya every Friday."
    # a parent's former foster carer makes no child looked after
    assert not report.plan.facts.looked_after


def test_a_long_stage_heading_that_names_a_meeting_is_a_stage_of_the_work():
    # 15 words, and "review conference" in its time: still the stage's heading, not the review section
    report = _lint(_HEAD + """## The plan
### Stage 1 — from today until the next core group: all done by Tuesday 24 February 2026

| # | What needs to happen | Who |
|---|---|---|
| 1 | Fit a stair gate and cupboard locks | Amir Lal, family support worker |

> **What we'll look for at core group — Stage 1**
> - **1:** the gate and the locks seen fitted at the next visit.

### Stage 2 — every week until the next review conference on Tuesday 12 May 2026

| # | What needs to happen | Who |
|---|---|---|
| 2 | Twelve sessions of counselling for Jade's low mood | Maria Lenz, counsellor |
""" + _TAIL)
    assert [a.section for a in report.plan.actions] == ["actions", "actions"]
    assert not _rules(report, "T001")
