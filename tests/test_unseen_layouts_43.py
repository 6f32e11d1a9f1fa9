"""Classes met on tuning material of the forty-third pass: plain-text prints whose tables have
no dashes under their header, and forms whose values wrap. All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

from planlint.readers.text import _fixed_cells

_PRINT_HEAD = """HOLTBY COUNCIL - CHILDREN'S SERVICES - CASE PRINT

CHILD PROTECTION PLAN FOR ROSA MARSH (AGED 2)

WHAT ROSA HAS SHOWN US
Rosa smiles at nursery staff and cries when a door bangs. Mum says: "Rosa loves her bath."

OUTCOMES FOR ROSA
- Rosa lives in a home where nobody is hurt and there is food every day.
- Rosa goes to nursery every day she is booked in.

"""

_PRINT_TAIL = """
CONTINGENCY
If Dean comes to the flat, Kim rings 999 and the social worker the same day; if Kim's mother
cannot have Rosa that night, the social worker arranges foster care and asks for a legal
planning meeting.

MEETINGS
The core group meets every four weeks. Review conference: 14/05/2026.
"""

_TASKS = """TASKS
Each task gives WHO and WHAT. WHEN is set in the calendar.

T01  WHO  Kim Marsh (Mum)
     WHAT Take Rosa to nursery every day she is booked in and sign her in
T02  WHO  Dr Sunil Varma, consultant psychiatrist, Holtby Community Mental
          Health Team
     WHAT Assess Kim's depression and write to the social worker on whether
          she can make the changes Rosa needs and how long that will take
T03  WHO  Gail Pearce, family support worker, Holtby Family Hub, Children's
          Services
     WHAT Home sessions with Kim on routines, with a note of each session
          sent to the social worker
T04  WHO  Ola Banks (SW)
     WHAT Visit Rosa at home, see her room and see her with Kim; visit notes
          on file within two working days

"""

_CALENDAR = """CALENDAR
--------------------------------------------------------------------------
WEEK BEGINNING   TASKS THAT WEEK                      NOTES
DAILY            T01                                  every day to 14/05
16/03/2026       T02 T03 T04                          core group Tue 17/03
23/03/2026       T03 T04
30/03/2026       T02 T03 T04                          assessment due
--------------------------------------------------------------------------
"""


def test_a_who_value_wrapped_onto_an_indented_line_keeps_its_task_whole():
    report = _lint(_PRINT_HEAD + _TASKS + _CALENDAR + _PRINT_TAIL, name="plan.txt")
    assert report.actions == 4
    assert _action(report, "Assess Kim").fields["owner"] == (
        "Dr Sunil Varma, consultant psychiatrist, Holtby Community Mental Health Team")
    assert _action(report, "Home sessions").fields["owner"].endswith("Holtby Family Hub, Children's Services")
    assert not _rules(report, "W001")


def test_a_calendar_with_no_dashes_under_its_header_times_tasks_listed_by_code():
    report = _lint(_PRINT_HEAD + _TASKS + _CALENDAR + _PRINT_TAIL, name="plan.txt")
    assert not _rules(report, "T001")
    assert "16/03/2026" in _action(report, "Home sessions").fields["timescale"]
    # the calendar's rows are no work of their own, nor a table whose columns planlint could not read
    assert report.actions == 4 and not _rules(report, "U001")


def test_two_codes_two_spaces_apart_are_one_cell_of_their_column():
    starts = [0, 17, 54]
    assert _fixed_cells("DAILY            T01  T09                             every day", starts) == [
        "DAILY", "T01 T09", "every day"]
    # text starting just short of the next column was pushed along: it is that column's
    assert _fixed_cells("Visit Rosa at home every   Ola Banks", [0, 30]) == ["Visit Rosa at home every", "Ola Banks"]


_BLANK_PARTED = """PLAN
------------------------------------------------------------------
WHO  WHAT                                                   WHEN
KM   take Rosa to nursery every day she is booked in       every day
     chk: nursery register sent to OB each Friday

OB   visit Rosa at home and see her room                    every 2 wks
     chk: visit notes on file within two working days

GP   home sessions on routines with Kim                     weekly from
                                                            16/03/26
     chk: session notes to OB after each session

"""


def test_a_header_over_rows_parted_by_blank_lines_is_a_table():
    report = _lint(_PRINT_HEAD + _BLANK_PARTED + _PRINT_TAIL, name="plan.txt")
    assert report.actions == 3
    assert not _rules(report, "T001") and not _rules(report, "W001") and not _rules(report, "M001")
    assert _action(report, "home sessions").fields["timescale"] == "weekly from 16/03/26"


def test_a_banner_in_capitals_over_prose_is_no_table():
    # (a guard: the header's columns need rows set to them)
    report = _lint(_PRINT_HEAD + """PLAN   REVIEW   NEGLECT
Ola Banks (SW) will visit Rosa every two weeks and see her room; her visit notes will be on file
within two working days.
Kim will take Rosa to nursery every day she is booked in, and the nursery register will show it.

""" + _PRINT_TAIL, name="plan.txt")
    assert not any(b.kind == "table" for b in report.plan.document.blocks)


_REVIEW_HEAD = """# Core group record: Kyra and Ollie Tarrant

## What Kyra said
Kyra said: "It's better that Miss Dunne sees me every morning."

"""

_REVIEW_TAIL = """
## Contingency
If Kyra self-harms, school calls 999 and the SW; if Mum is unwell the children go to Dad's; if he
cannot have them the SW arranges foster care and asks for a legal planning meeting.

## Next meetings
Core group every four weeks; review conference 13/07/2026.
"""

_NUMBERED_WORK = """## Progress, outcome by outcome

**Outcome 1 – Kyra is kept safe from self-harm and has an adult she trusts to tell**

Core group score: 3/10 at the review conference → 6/10 today.

**1.1 Weekly sessions with Kyra, with a risk review after each one**

Lead: Beth Lanyon, CAMHS practitioner, Cramberly CAMHS
When: Every Wednesday at 4pm, from 04/02/2026
How we'll know: Attendance and the risk review sent to the SW after each session

Update 24/02/2026: three of three sessions attended.

**1.2 Keep all medicines and blades locked away at both homes, and check the locked box at every visit**

Lead: Jodie (Mum) and Martin (Dad); the SW checks
When: Every day; checked at each weekly SW visit
How we'll know: Locked box seen at every SW visit to each home

**1.3 Request an emergency respite bed for the children**

Closed at core group 2 – no longer needed because Martin now has the children every Wednesday.

**1.4 GP to send the SW Jodie's medication history**

Completed 03/02/2026 – closed.
"""


def test_a_numbered_title_over_its_fields_is_work_not_a_section_it_names():
    # "1.1 Weekly sessions ..., with a risk review ..." short enough to be read as a heading once
    # named a review section; over Lead / When / How we'll know it is the action's title
    report = _lint(_REVIEW_HEAD + _NUMBERED_WORK + _REVIEW_TAIL)
    assert report.actions == 2
    assert _action(report, "Weekly sessions").fields["owner"].startswith("Beth Lanyon")
    assert not _rules(report, "W001") and not _rules(report, "T001") and not _rules(report, "M001")


def test_progress_notes_and_scores_are_not_outcomes():
    report = _lint(_REVIEW_HEAD + _NUMBERED_WORK + _REVIEW_TAIL)
    texts = [o.text for o in report.plan.outcomes]
    assert any(t.startswith("Kyra is kept safe") for t in texts)
    assert not any("score" in t or t.startswith("Update") for t in texts)


def test_a_numbered_item_closed_by_the_line_under_it_is_neither_work_nor_a_goal():
    report = _lint(_REVIEW_HEAD + _NUMBERED_WORK + _REVIEW_TAIL)
    assert report.actions == 2  # the two live items are read, and only they
    assert not any("respite" in a.text or "medication history" in a.text for a in report.plan.actions)
    assert not any("respite" in o.text or "Completed" in o.text for o in report.plan.outcomes)
    assert not _rules(report, "F002")


def test_a_change_log_is_a_record_not_work():
    report = _lint(_REVIEW_HEAD + _NUMBERED_WORK + """
## Change log

| Date | What changed | Agreed by |
|---|---|---|
| 24/02/2026 | Outline plan agreed at the initial conference | Conference |
| 10/03/2026 | SW visits raised from weekly to twice a week | First core group |
| 10/03/2026 | Respite bed request closed | First core group |
""" + _REVIEW_TAIL)
    assert report.actions == 2
    assert not _rules(report, "U001") and not _rules(report, "W001")


def test_a_form_status_line_closing_work_drops_it_but_not_ongoing_work():
    # (a guard: "STATUS" is now a form's field, read with the work above it, and must still close it)
    report = _lint(_PRINT_HEAD + """ACTIONS AGREED AT CORE GROUP 3
CG2.1  SW to arrange a cot and bedding for Rosa through the Holtby Family Fund.
       STATUS: Done 16/05/2026 - cot delivered, photo on file.

CG2.2  School nurse to see Rosa about her weight.
       STATUS: Not done - carried forward as CG3.2.

CG2.3  Kim's mother will collect Rosa from nursery and give her tea at her house.
       PROGRESS: Done every Wednesday since the conference.
       WHEN: every Wednesday
       MEASURE: nursery collection book signed each Wednesday
""" + _PRINT_TAIL, name="plan.txt")
    texts = [a.text for a in report.plan.actions]
    assert not any("cot and bedding" in t or "School nurse" in t for t in texts)
    assert any("collect Rosa" in t for t in texts)


def test_an_outcome_label_may_head_a_long_statement_of_it():
    report = _lint(_REVIEW_HEAD + """## Outcome 1 — Jayden is safe in the community: he is home by 9.30pm, does not go missing, and is not being used by older young people to carry drugs

| # | What happens now | Who | By when | How we'll know | Status at review |
|---|---|---|---|---|---|
| 1.1 | Meet Jayden twice a week and work through the exploitation programme with him | Kai Bennett, youth worker | Every Tuesday and Friday | Session notes to the SW weekly | Partly – 14 of 18 |
| 1.2 | Hold a return home interview with Jayden after every missing episode | Lois Marr, Missing from Home Service | Within 72 hours of every return | Interview record sent to the SW within 72 hours | Achieved – continues |
""" + _REVIEW_TAIL)
    assert report.actions == 2
    assert any("Jayden is safe in the community" in o.text for o in report.plan.outcomes)


def test_carried_forward_from_an_earlier_plan_is_no_timescale():
    report = _lint(_REVIEW_HEAD + """## The plan after review

| Ref | Action | Owner | Timescale | Measure | RAG at review |
|---|---|---|---|---|---|
| 1 | Visit Kyra at home and see her on her own | Ellis Brown, SW | Weekly until the review | Visit records show Kyra seen alone | G – every week |
| 2 | CAMHS assessment of Kyra's low mood | Dr Lucy Farrant, CAMHS | – | Assessment report sent to the SW | R – carried forward from the ICPC plan |
""" + _REVIEW_TAIL)
    assert [f for f in _rules(report, "T001") if "CAMHS assessment" in f]


def test_a_grid_of_paired_fields_is_one_task():
    from planlint.model import Block, Location, Table
    from planlint.loader import phrase_table
    from planlint.nlp.pipeline import Analyser
    from planlint.nlp.understand import Understanding
    from planlint.structure.tables import table_actions

    grid = [["Task no.", "T1", "Status", "Open"],
            ["Description", "Visit Rosa at home and see her on her own", "Outcome", "1, 2"],
            ["Assigned to", "Ola Banks, Social Worker", "Target date", "Every two weeks until the review"],
            ["How will we know", "Visit records show Rosa seen alone at every visit", "Completed", "-"]]
    block = Block("table", "", Location(table=2), table=Table(grid))
    actions, _, reading = table_actions(block, "actions", phrase_table("columns.toml"), Understanding(Analyser()))
    assert len(actions) == 1
    fields = actions[0].fields
    assert fields["action"] == "Visit Rosa at home and see her on her own"
    assert fields["owner"] == "Ola Banks, Social Worker"
    assert fields["timescale"] == "Every two weeks until the review"
    assert fields["measure"].startswith("Visit records")
    # (a guard: an ordinary four-column table of work is read row by row)
    rows = [["Action", "Who", "Start", "End"],
            ["Visit Rosa weekly", "Ola Banks (SW)", "12/01/2026", "14/05/2026"],
            ["Take Rosa to nursery", "Kim (Mum)", "12/01/2026", "14/05/2026"],
            ["Weigh Rosa", "Jo Hill (HV)", "19/01/2026", "14/05/2026"]]
    block = Block("table", "", Location(table=3), table=Table(rows))
    assert len(table_actions(block, "actions", phrase_table("columns.toml"), Understanding(Analyser()))[0]) == 3


_SIDE_BY_SIDE = """Item 1 of 2
  Action
      Visit Rosa at home and see her on her own; see where she sleeps
  Lead                                    Supported by
      Ola Banks, social worker,               Duty SW when on leave
      Holtby Children's Services
  Start                                   Complete by
      12/01/2026                              Until the review conference
  How we will know
      Visit records show Rosa seen alone at every visit

Item 2 of 2
  Action
      Take Rosa to nursery every day she is booked in and sign her in
  Lead                                    Supported by
      Kim Marsh (Mum)                         Kim's mother, Jean
  Start                                   Complete by
      12/01/2026                              Every nursery day until the review
  How we will know
      The nursery register shows Rosa in every booked session

"""


def test_two_field_names_side_by_side_each_head_their_own_column_of_value():
    report = _lint(_PRINT_HEAD + "ACTIONS\n\n" + _SIDE_BY_SIDE + _PRINT_TAIL, name="plan.txt")
    assert report.actions == 2
    visit = _action(report, "Visit Rosa")
    assert visit.fields["owner"] == "Ola Banks, social worker, Holtby Children's Services"
    assert not _rules(report, "W001") and not _rules(report, "T001") and not _rules(report, "M001")


def test_a_childs_name_written_surname_first_and_its_short_form_name_the_child():
    report = _lint("""TRACKWELL CP - CHILD PROTECTION PLAN (PRINT VIEW)
Child(ren): OSEI, Abigail Ama (F) DOB 19/10/2014   Address: 22 Marlow Crescent

PLAN OBJECTIVES
OBJ 1 Abi feels safe enough at home to sleep in her own bed without her phone under her pillow.
""" + _PRINT_TAIL, name="plan.txt")
    assert "Abigail" in report.plan.facts.child_names
    assert not _rules(report, "F002")


_CARDS = """ACTIONS AGREED

ITEM 00                                              STATUS  CLOSED 02/02/2026
What
    Refer Kim to the Holtby Community Mental Health Team
Who
    Dr Omar Reyes, GP, Quay Street Surgery
When
    By 26/01/2026
How we will know
    Referral accepted; acceptance on the case record

ITEM 01                                                            STATUS  OPEN
What
    Visit Rosa at home and see her on her own
Who
    Ola Banks, social worker
When
    Every two weeks until the review conference
How we will know
    Visit records show Rosa seen alone at every visit

ITEM 02                                                            STATUS  OPEN
What
    Take Rosa to nursery every day she is booked in
Who
    Kim Marsh (Mum)
When
    Every nursery day
How we will know
    The nursery register shows Rosa in every booked session

"""


def test_a_cards_number_and_status_on_one_line_open_the_card_and_close_it_when_done():
    report = _lint(_PRINT_HEAD + _CARDS + _PRINT_TAIL, name="plan.txt")
    assert report.actions == 2
    assert not any("Community Mental Health" in a.text for a in report.plan.actions)
    assert not _rules(report, "W001") and not _rules(report, "M001")


def test_cards_stacked_down_two_columns_are_work_not_case_details():
    from planlint.model import Block, Location, Table
    from planlint.loader import phrase_table
    from planlint.nlp.pipeline import Analyser
    from planlint.nlp.understand import Understanding
    from planlint.structure.tables import table_actions

    card = [["TASK REF ..........", "CP-0404"],
            ["TASK ..............", "Record Rosa's attendance and whether she arrives fed"],
            ["ASSIGNED TO .......", "Jess Barr, key worker, Little Wrens Nursery"],
            ["DUE / FREQUENCY ...", "Every session"],
            ["EVIDENCE ..........", "Nursery log emailed to the SW each Friday"],
            ["STATUS ............", "OPEN"]]
    other = [["TASK REF ..........", "CP-0405"],
             ["TASK ..............", "Key-work sessions and urine screens with Kim"],
             ["ASSIGNED TO .......", "Neil Parr, key worker, Holtby Drug and Alcohol Service"],
             ["DUE / FREQUENCY ...", "Fortnightly"],
             ["EVIDENCE ..........", "Screen results on the case record before every core group"],
             ["STATUS ............", "OPEN"]]
    block = Block("table", "", Location(table=5), table=Table(card + other))
    actions = table_actions(block, "actions", phrase_table("columns.toml"), Understanding(Analyser()))[0]
    assert [a.fields["owner"] for a in actions] == [
        "Jess Barr, key worker, Little Wrens Nursery", "Neil Parr, key worker, Holtby Drug and Alcohol Service"]
