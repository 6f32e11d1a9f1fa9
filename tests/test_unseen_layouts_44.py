"""Classes met on tuning material of the forty-fourth pass: plans whose measures and timing sit
away from the action row (keyed checks in prose, an outcome's evidence list, a check over a
table, week-range timelines, tick boxes, part and stage deadlines). All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

from planlint.readers.text import _fixed_cells
from planlint.textutil import ticked_options

_HEAD = """# Child protection plan for Nell and Otis Varley

## What Nell and Otis say
Nell (9) told her teacher: "I want Mum to be happy and the house to be warm."

## What we want for Nell and Otis
1. Nell and Otis live in a clean, warm home with food every day.
2. Nell goes to school every day and Otis to nursery every morning he is booked in.

"""

_TAIL = """
## Contingency
If the house is found without food or heating, or either parent is too unwell to care for the
children, Kim Abara (SW) will arrange for them to stay with their aunt Rhona that day and ask for a
legal planning meeting; if Rhona cannot have them, Kim will find foster carers the same day.

## Meetings
Core group every four weeks: 03/03/2026, 31/03/2026 and 28/04/2026. Review conference: 12/05/2026.
"""


# (the text prints' opening, and their contingency and meetings, the same in each)
_PRINT_HEAD = """DUNMERE COUNCIL - CHILDREN'S SERVICES - CASE PRINT
CHILD PROTECTION PLAN FOR NELL VARLEY (AGED 9)

WHAT NELL SAYS
Nell told her teacher: "I want Mum to be happy and the house to be warm."

OUTCOMES
- Nell lives in a clean, warm home with food every day.
"""

_PRINT_TAIL = """
CONTINGENCY
If Mum is too unwell to care for the children, the SW arranges for them to stay with their aunt
Rhona that day; if Rhona cannot have them, foster carers the same day and a legal planning meeting.

MEETINGS
Core group every four weeks. Review conference: 12/05/2026.
"""


_WEEKS = """## Twelve-week plan

An X shows the weeks in which the action happens or must be done by.

| No. | Action | Lead | Weeks 1-2 (02/02 to 15/02/2026) | Weeks 3-6 (16/02 to 15/03/2026) | Weeks 7-12 (16/03 to 26/04/2026) |
|---|---|---|---|---|---|
| 1 | Give Otis his missed immunisations and his two-year check | Aled Price (health visitor) | | X | |
| 2 | Refer Nell to Dunmere Young Carers | Kim Abara (SW) | X | | |
| 3 | Food bank vouchers and help with a grant application | Sol Reyes (family support worker) | as needed | as needed | as needed |

## Measuring success

Otis's immunisations and check (1) will be written in his red book and Aled will send Kim the results.
Nell's young carers referral (2) is done when the acceptance letter is on file. For food (3), Sol will
look in the cupboards at every visit and write down what she saw.
"""


def test_week_range_columns_marked_with_an_x_time_their_rows():
    report = _lint(_HEAD + _WEEKS + _TAIL)
    assert "Weeks 3-6" in _action(report, "immunisations").fields["timescale"]
    assert not _rules(report, "T001")
    # ("as needed" written under every week instead of a tick is the row's own time)
    assert [x for x in _rules(report, "T002") if "Food bank" in x]


def test_a_line_saying_what_an_x_means_is_layout_not_work():
    report = _lint(_HEAD + _WEEKS + _TAIL)
    assert report.actions == 3
    assert not any("An X shows" in a.text for a in report.plan.actions)


def test_prose_naming_each_actions_check_by_its_number_in_brackets_is_their_measure():
    report = _lint(_HEAD + _WEEKS + _TAIL)
    assert "red book" in _action(report, "immunisations").fields["measure"]
    assert "acceptance letter" in _action(report, "Young Carers").fields["measure"]
    assert not _rules(report, "M001") and not _rules(report, "U001")


def test_a_name_and_an_age_in_brackets_is_no_actions_number():
    # (a guard: "Nell (2)" is a child and her age, not action 2's check)
    text = _WEEKS.replace("Nell's young carers referral (2) is done", "Nell (2) said the referral is done")
    report = _lint(_HEAD + text + _TAIL)
    assert "acceptance letter" not in _action(report, "Young Carers").fields.get("measure", "")


_TIMELINE_PRINT = _PRINT_HEAD + """
ACTIONS (what and who)
When each action happens is in the TIMELINE. What we will see is in the EVIDENCE list.

R8  Check Nell's attendance and ring the social worker the same day with
    any worry.
    Who: Mr Idris Bell, DSL, Dunmere Primary

R9  Take Nell to her swimming club on Saturdays.
    Who: Rhona Varley (aunt)

R10 Six sessions with Nell about her mum's illness, using the "Mum's
    Weather" book.
    Who: Tess Lowe, Think Family worker

TIMELINE

WHEN                                          ACTIONS
--------------------------------------------  ---------------------------
Every school day until the review             R8
  conference (attendance sent each Friday)
Every Saturday, 9am to 11am                   R9
Weekly from 09/03/2026; all six by            R10
  17/04/2026

EVIDENCE
R8  Weekly attendance to the social worker showing 95% or more, and
    every call logged.
R9  Rhona's text to the social worker each Saturday when Nell is home.
R10 Tess's note after each session; Nell can say, at the sixth, whom
    she would tell if Mum became unwell.

""" + _PRINT_TAIL


def test_a_first_cell_wrapped_onto_an_indented_line_goes_on_with_its_row():
    report = _lint(_TIMELINE_PRINT, name="plan.txt")
    table = next(b for b in report.plan.document.blocks if b.kind == "table")
    assert len(table.table.rows) == 4  # header and three rows: the indented lines carry on
    assert table.table.rows[1][0] == "Every school day until the review conference (attendance sent each Friday)"


def test_a_number_set_to_the_right_still_starts_a_row():
    # (a guard: "  9" in a right-aligned number column is a new row, not a wrapped line)
    starts = [0, 6, 40]
    assert _fixed_cells("  9   Visit Nell at home every week   Kim Abara", starts)[0] == "9"


def test_a_timeline_of_codes_times_the_actions_it_lists():
    report = _lint(_TIMELINE_PRINT, name="plan.txt")
    assert report.actions == 3
    assert not _rules(report, "T001") and not _rules(report, "W001")
    assert "09/03/2026" in _action(report, "Six sessions").fields["timescale"]


def test_a_two_figure_code_with_one_space_starts_its_own_entry():
    report = _lint(_TIMELINE_PRINT, name="plan.txt")
    assert "Tess's note" in _action(report, "Six sessions").fields["measure"]
    assert "Tess's note" not in _action(report, "swimming club").fields["measure"]
    assert not _rules(report, "M001")


_CARDS = """DUNMERE COUNCIL - CORE GROUP PLAN FOR NELL AND OTIS VARLEY

WHAT NELL SAYS
Nell told her teacher: "I want Mum to be happy and the house to be warm."

OUTCOMES AND THE EVIDENCE WE WILL LOOK FOR
O1  Nell and Otis live in a clean, warm home with food every day.
    Evidence we will look for:
    - Food seen in the cupboards and the heating on at every visit, written
      in the SW's visit notes.
    - The family support worker's session notes sent to the SW each week.

O2  Nell goes to school every day and Otis to nursery every morning.
    Evidence we will look for:
    - Nell's attendance of 95% or more on the register, e-mailed each Friday.
    - The nursery register shows Otis in on every booked morning.

ACTIONS
Tick one box for how often. Only a ticked box [X] is part of the plan.

A1   For outcome: O1
     What ....... Visit Nell and Otis at home and look in the cupboards
     Lead ....... Kim Abara, SW
     How often .. [ ] Daily [X] Weekly [ ] Fortnightly [ ] Other: ________

A2   For outcome: O2
     What ....... Check Nell's attendance each morning and ring the SW with
                  any worry
     Lead ....... Mr Idris Bell, DSL, Dunmere Primary
     How often .. [X] Daily [ ] Weekly [ ] Fortnightly [ ] Other: ________

A3   For outcome: O2
     What ....... Take Otis to nursery and collect him
     Lead ....... Rhona Varley (aunt)
     How often .. [ ] Daily [ ] Weekly [ ] Fortnightly [ ] Other: ________

""" + _PRINT_TAIL


def test_a_cards_code_before_its_first_field_is_its_reference():
    report = _lint(_CARDS, name="plan.txt")
    table = next(b for b in report.plan.document.blocks if b.kind == "table")
    assert table.table.rows[0][:2] == ["Ref", "For outcome"]
    assert [r[0] for r in table.table.rows[1:]] == ["A1", "A2", "A3"]


def test_an_outcomes_evidence_list_is_its_check_not_more_outcomes():
    report = _lint(_CARDS, name="plan.txt")
    assert not [o for o in report.plan.outcomes if "register" in o.text or "cupboards" in o.text]
    assert not _rules(report, "F002")
    # each action takes the check of the outcome it says it is for
    assert "register" in _action(report, "nursery and collect").fields["measure"]
    assert not _rules(report, "M001")


def test_only_a_ticked_box_is_the_plans_time():
    report = _lint(_CARDS, name="plan.txt")
    assert _action(report, "look in the cupboards").fields["timescale"] == "Weekly"
    assert _action(report, "Check Nell's attendance").fields["timescale"] == "Daily"
    # no box ticked: no time in the row's time field (the unticked "Daily" and "Weekly" are not the plan's)
    assert _action(report, "Take Otis").fields["timescale"] == ""


def test_ticked_options_reads_a_row_of_boxes():
    assert ticked_options("[ ] Weekly [X] Fortnightly [ ] Monthly") == "Fortnightly"
    assert ticked_options("☐ Daily ☒ Every school day") == "Every school day"
    assert ticked_options("[ ] Weekly [ ] Other: ________") == ""
    assert ticked_options("[ ] Weekly [X] Other: when he is able") == "Other: when he is able"
    assert ticked_options("Weekly") is None
    # boxes left to tick off as each thing is done are a to-do list, not a choice
    assert ticked_options("☐ 14/03 core group ☐ 28/03 review conference") is None


_OUTCOME_TABLES = """# Review child protection plan: Nell and Otis Varley

## What Nell and Otis say
Nell (9) told her teacher: "I want Mum to be happy and the house to be warm."

## Outcome 1: Nell and Otis live in a clean, warm home with food every day

How we will measure it: at every visit the social worker finds food in the cupboards and the
heating on, written in her visit notes.

| No. | Action | Who | When |
|---|---|---|---|
| 1.1 | Help Mum plan meals and shop on a budget | Sol Reyes, family support worker | Every Tuesday from 03/02/2026 |
| 1.2 | Visit the children at home and look in the cupboards | Kim Abara, SW | Every week |

## Other actions agreed

| No. | Action | Who | When |
|---|---|---|---|
| 2.1 | Refer Otis to the speech and language service | Kim Abara, SW | By 20/02/2026 |
| 2.2 | Apply for a grant for beds | Kim Abara, SW | By 27/02/2026 |
""" + _TAIL


def test_a_check_over_a_table_with_no_measure_column_is_each_rows():
    report = _lint(_OUTCOME_TABLES)
    assert "visit notes" in _action(report, "plan meals").fields["measure"]
    assert not [x for x in _rules(report, "M001") if "plan meals" in x or "look in the cupboards" in x]


def test_a_check_over_one_table_says_nothing_of_the_next():
    # (a guard: the next heading's table has no check of its own)
    report = _lint(_OUTCOME_TABLES)
    assert "visit notes" not in _action(report, "speech and language").fields.get("measure", "")


_STAGES = """## The plan

| No. | What will happen | Who |
|---|---|---|
| Stage 1 - the first six weeks at home, until the baby is six weeks old | | |
| 1 | Visit to weigh the baby and check Mum for early signs of becoming unwell | Aled Price, health visitor |
| 2 | Start the Dunmere mums' group, when she feels ready | Kerry Varley (Mum) |
| 3 | Check Otis's speech, and refer him for therapy if he needs it | Aled Price, health visitor |
"""


def test_a_stage_until_the_baby_is_six_weeks_old_times_its_rows():
    report = _lint(_HEAD + _STAGES + _TAIL)
    assert "six weeks old" in _action(report, "weigh the baby").fields["timescale"]
    assert not [x for x in _rules(report, "T001") if "weigh the baby" in x]


def test_a_rows_own_vague_time_stands_instead_of_its_stages():
    report = _lint(_HEAD + _STAGES + _TAIL)
    assert [x for x in _rules(report, "T002") if "mums' group" in x]
    # (a condition on part of the work is no time of the row's)
    assert not [x for x in _rules(report, "T002") if "Otis's speech" in x]


def test_a_part_heading_with_all_by_a_date_times_the_table_under_it():
    report = _lint(_HEAD + """## What will happen

### A. Next four weeks: all by Friday 27/02/2026

| Ref | What will happen | Who |
|---|---|---|
| A1 | Refer Nell to Dunmere Young Carers | Kim Abara, SW |
| A2 | Apply for a grant for beds | Sol Reyes, family support worker |
""" + _TAIL)
    assert not _rules(report, "T001")
    assert "27/02/2026" in _action(report, "grant for beds").fields["timescale"]


def test_a_tables_caption_saying_when_every_action_in_it_is_due_times_its_rows():
    report = _lint(_HEAD + """## How this plan is set out

The work is in two tables. Each table's caption says when its actions are due, and the appendix says
how we will know each one has worked.

Table 1 - Carried on from the last plan. Every action in this table runs until the review on 12/05/2026.

| Ref | What will happen | Lead |
|---|---|---|
| 1.1 | Visit Nell and Otis at home and see Nell on her own | Kim Abara, SW |
| 1.2 | Check Nell's attendance and ring the SW with any worry | Mr Idris Bell, DSL |

Table 2 - Before the move. Every action in this table is to be done by Monday 02/03/2026.

| Ref | What will happen | Lead |
|---|---|---|
| 2.1 | Refer Nell to Dunmere Young Carers | Kim Abara, SW |
| 2.2 | Apply for a grant for beds | Sol Reyes, family support worker |
""" + _TAIL)
    assert "02/03/2026" in _action(report, "grant for beds").fields["timescale"]
    assert "12/05/2026" in _action(report, "see Nell on her own").fields["timescale"]
    assert not _rules(report, "T001")


def test_keyed_checks_under_what_good_looks_like_answer_the_later_steps():
    report = _lint(_HEAD + """## The plan

| No. | What needs to happen | Who | When |
|---|---|---|---|
| 1 | Visit Nell and Otis at home every week and look in the cupboards | Kim Abara, SW | Every week; notes on file |

## Next steps

| No. | What needs to happen | Who |
|---|---|---|
| 10 | Find Otis a nursery place | Kim Abara, SW |
| 11 | Portage home visits to help Mum play with Otis | Jo Lund, Portage |
| 12 | Complete a parenting assessment | Kim Abara, SW |

## What good looks like for the next steps
10 – a written offer from the nursery with Otis's start date.
11 – Jo's visit notes show Otis playing with Mum for ten minutes or more.
""" + _TAIL)
    assert "written offer" in _action(report, "nursery place").fields["measure"]
    missing = _rules(report, "M001")
    assert [x for x in missing if "parenting assessment" in x]
    assert not [x for x in missing if "nursery place" in x or "Portage" in x]


def test_a_vague_time_of_the_work_is_not_made_good_by_when_its_check_reports():
    report = _lint(_HEAD + """## Actions

| No. | Action | Who | How we will know |
|---|---|---|---|
| 1 | Start the Dunmere mums' group, when she feels ready | Kerry Varley (Mum) | The group leader sends the SW the register each month |
""" + _TAIL)
    assert [x for x in _rules(report, "T002") if "mums' group" in x]


_MARK_GRID_PRINT = _PRINT_HEAD + """
ACTIONS
B1   Visit Nell at home and see her on her own
     WHO: Kim Abara, SW

B2   Get Nell a bed and clean bedding
     WHO: Sol Reyes, family support worker

B3   Register Nell with a dentist
     WHO: Kerry Varley (Mum)

TIMELINE - X = the action happens that week
        Wk1    Wk2    Wk3    Wk4
        02/03  09/03  16/03  23/03
B1      X      X      X      X
B2      X      .      .      .
B3      .      .      .      .

REVIEW CRITERIA (by reference)
B1   Visit records show Nell seen on her own every week, her words written down.
B2   At the visit in week 2 Nell has a bed with clean bedding; photos on file.
B3   The dentist's registration letter is seen by the SW.

""" + _PRINT_TAIL


def test_a_grid_of_marks_under_weeks_is_read_as_a_table():
    report = _lint(_MARK_GRID_PRINT, name="plan.txt")
    table = next(b for b in report.plan.document.blocks if b.kind == "table")
    assert table.table.rows[0] == ["Ref", "Wk1 (02/03)", "Wk2 (09/03)", "Wk3 (16/03)", "Wk4 (23/03)"]
    assert table.table.rows[2] == ["B2", "X", "", "", ""]


def test_the_weeks_a_code_is_marked_in_are_its_time_and_no_check():
    report = _lint(_MARK_GRID_PRINT, name="plan.txt")
    assert report.actions == 3
    assert "Wk1" in _action(report, "bed and clean bedding").fields["timescale"]
    assert "photos on file" in _action(report, "bed and clean bedding").fields["measure"]
    # a code marked in no week has no time
    assert [x for x in _rules(report, "T001") if "dentist" in x]
    assert len(_rules(report, "T001")) == 1 and not _rules(report, "M001")


def test_prose_checks_led_by_the_numbers_they_check():
    report = _lint(_HEAD + """## Actions
1. Kim Abara (SW) will visit Nell and Otis every week and see Nell on her own.
2. Aled Price (health visitor) will weigh Otis every two weeks.
3. Sol Reyes (family support worker) will help Mum plan meals every Tuesday.

## Measuring success
The core group will judge the actions like this. For 1, visit notes show Nell seen on her own each
week. For 2 and 3, Otis's weight is plotted in his red book and the meal plan is on the fridge.
""" + _TAIL)
    assert "red book" in _action(report, "weigh Otis").fields["measure"]
    assert "red book" in _action(report, "plan meals").fields["measure"]
    assert report.actions == 3 and not _rules(report, "M001")


def test_a_lettered_part_heading_that_says_when_times_the_work_under_it():
    report = _lint(_HEAD + """## Actions

### A. BEFORE THE BABY LEAVES HOSPITAL
1. Kim Abara (SW) will hold a discharge planning meeting on the ward.

### B. BEFORE 36 WEEKS (ALL BY 21/03/2026)
2. Sol Reyes (family support worker) will help Mum buy a cot and a car seat.
""" + _TAIL)
    assert not _rules(report, "T001")
    assert "21/03/2026" in _action(report, "buy a cot").fields["timescale"]


def test_a_named_stage_then_its_label_then_when():
    report = _lint(_HEAD + """## The plan

Stage 2 – On the ward: from the birth until the day the baby goes home

| No. | What will happen | Who |
|---|---|---|
| 8 | Visit Mum and the baby on the ward | Kim Abara, SW |
| 9 | Hold a discharge planning meeting | Kim Abara, SW |
""" + _TAIL)
    assert not _rules(report, "T001")
    assert "from the birth" in _action(report, "discharge planning").fields["timescale"]


def test_checks_under_a_know_heading_over_a_table_are_its_rows_measures_not_outcomes():
    report = _lint("""# Child protection plan for Ivy Pell

## What we have seen of Ivy
Ivy smiles at her nan and settles when she is held.

## Outcome 1: Ivy is fed every three to four hours and gains weight

### We will know this is working when:
- Ivy's weight, plotted in her red book every week, goes up each week.
- Ryan's urine screens, sent to the SW every fortnight, are negative.

| No. | What will happen | Who | When |
|---|---|---|---|
| 1.1 | Weigh Ivy at the baby clinic | Bethan Crowe, health visitor | Every Tuesday |
| 1.2 | Have Ivy at her house and give her feeds | Lorraine Pell (grandmother) | Every Wednesday |
""" + _TAIL)
    assert not [o for o in report.plan.outcomes if "urine" in o.text]
    assert not _rules(report, "F002") and not _rules(report, "M001")
    assert "red book" in _action(report, "give her feeds").fields["measure"]


_DONE_COLUMN = """## Actions

| No. | Action (and how we will know) | Who | How often | Done? |
|---|---|---|---|---|
| 1 | Visit Nell and Otis at home and see Nell on her own; visit notes on file | Kim Abara, SW | [X] Weekly [ ] Monthly | [ ] Yes [X] No |
| 2 | Refer Otis to the speech and language service; the referral letter on file | Kim Abara, SW | [ ] Weekly [X] Other: by 20/02/2026 | [X] Yes [ ] No |
| 3 | Check Nell's attendance and e-mail it to the SW each Friday | Mr Idris Bell, DSL | [X] Weekly [ ] Monthly | [X] Yes [ ] No |
"""


def test_a_one_off_ticked_done_is_closed_and_ongoing_work_ticked_done_still_counts():
    report = _lint(_HEAD + _DONE_COLUMN + _TAIL)
    assert report.actions == 2
    assert not any("speech and language" in a.text for a in report.plan.actions)
    assert any("attendance" in a.text for a in report.plan.actions)


def test_checks_keyed_one_line_each_by_action_number_keep_their_numbers():
    report = _lint("""DUNMERE COUNCIL - CORE GROUP PLAN FOR NELL VARLEY (AGED 9)

WHAT NELL SAYS
Nell told her teacher: "I want Mum to be happy and the house to be warm."

OUTCOMES
- Nell lives in a clean, warm home with food every day.

ACTIONS
ACTION 1 ........ Visit Nell at home and see her on her own
LEAD ............ Kim Abara, SW
FREQUENCY ....... [X] Weekly  [ ] Fortnightly  [ ] Monthly
STATUS .......... [X] Open  [ ] Complete

ACTION 2 ........ Refer Nell to Dunmere Young Carers
LEAD ............ Kim Abara, SW
FREQUENCY ....... [ ] Weekly  [ ] Fortnightly  [X] Other: by 20/02/2026
STATUS .......... [ ] Open  [X] Complete

ACTION 3 ........ Weekly support visits to Mum for her low mood
LEAD ............ Bev Thorn, CPN, Dunmere Community Mental Health Team
FREQUENCY ....... [X] Weekly  [ ] Fortnightly  [ ] Monthly
STATUS .......... [X] Open  [ ] Complete

MEASURING SUCCESS
Action 1: visit records show Nell seen on her own every week.
Action 3: Mum feels better in herself.

""" + _PRINT_TAIL, name="plan.txt")
    assert "seen on her own" in _action(report, "Visit Nell").fields["measure"]
    assert [x for x in _rules(report, "M002") if "low mood" in x]
    # the referral ticked complete is closed, and no check reads as more work
    assert report.actions == 2 and not _rules(report, "T001") and not _rules(report, "M001")


def test_an_outcomes_check_over_the_rows_it_names_stands_only_where_a_row_says_none():
    report = _lint(_HEAD + """## Action plan

Actions are grouped by the outcome they serve. Each part's banner gives the date by which its actions are
to be done.

| No. | What will happen | Who | When |
|---|---|---|---|
| 3.1 | Assess Mum's depression and send the SW a written assessment of what she can change | Dr Alan Reid, psychiatrist | By 20/02/2026 |
| 3.2 | Weekly support sessions with Mum for her low mood | Jo Marsh, CPN | Every week |

## How we will know things are better
- Outcome 1 (rows 1.1 to 1.5): the SW's photographs at each visit show the kitchen clear.
- Outcome 3 (rows 3.1 to 3.2): Mum feels better in herself.
""" + _TAIL)
    vague = _rules(report, "M002")
    assert [x for x in vague if "low mood" in x] and not [x for x in vague if "written assessment" in x]
    assert report.actions == 2  # the layout sentences are no work


def test_a_part_heading_parted_from_its_deadline_by_a_dash():
    report = _lint(_HEAD + """## The plan

### Weeks 1 to 4 – all by 10/03/2026
1. **Kim Abara (SW)** will refer Nell to Dunmere Young Carers.
2. **Sol Reyes (family support worker)** will help Mum apply for a grant for beds.

## Signs of progress
For **step 1**, the acceptance letter is on Nell's file.
For **step 2**, the beds are seen in the children's rooms at a visit.
""" + _TAIL)
    assert not _rules(report, "T001") and not _rules(report, "M001")
    assert "10/03/2026" in _action(report, "grant for beds").fields["timescale"]


def test_an_evidence_field_pointing_to_a_list_of_checks_by_code_takes_its_check():
    report = _lint(_PRINT_HEAD + """
TASKS
 TASK 01  Visit Nell at home and see her on her own
   Responsible : Kim Abara (Social Worker)
   Frequency   : [X] Weekly  [ ] Fortnightly  [ ] Monthly
   Evidence    : Visit notes on file within two working days
 TASK 02  Return home conversation with Nell after every missing episode
   Responsible : Chloe Baptiste (Missing Worker)
   Frequency   : [ ] Weekly  [ ] Fortnightly  [X] Other: within 72 hours of every return
   Evidence    : see SIGNS OF PROGRESS, task 02
 TASK 03  ELSA sessions with Nell about her worries
   Responsible : Mrs Dina Kaur (ELSA, St Luke's Primary)
   Frequency   : [X] Weekly  [ ] Fortnightly  [ ] Monthly
   Evidence    : see SIGNS OF PROGRESS, task 03

SIGNS OF PROGRESS (for tasks whose Evidence field points here)
 02  A return home conversation record on file within 72 hours of each return.
 03  Mrs Kaur's session notes sent to the SW every half term, with Nell's worry score.
""" + _PRINT_TAIL, name="plan.txt")
    assert "return home conversation record" in _action(report, "Return home").fields["measure"]
    assert "session notes" in _action(report, "ELSA").fields["measure"]
    assert report.actions == 3 and not _rules(report, "M001")


def test_a_check_wrapped_at_the_margin_onto_a_lower_case_word_and_colon_stays_one_line():
    report = _lint(_HEAD + """## Outcomes, and what we will do for each

### Outcome 1: the baby comes home to a warm, safe flat that is ready for her by 36 weeks

**How we'll know:** at the joint visit at 36 weeks Kim and Aled go round the flat with the home
checklist: heating working, no mould, a cot with a new mattress and clothes ready.
**Score now:** 3 · **Score by 36 weeks:** 8

- **Marcus Lee (personal adviser)** will help Mum claim the maternity grant and buy a cot – *by 20/03/2026*.
- **Julie Marsh, repairs officer, Dunmere Homes** will arrange the boiler repair – *by 27/03/2026*.
""" + _TAIL)
    assert not any(b.text.startswith("checklist") for b in report.plan.document.blocks)
    assert "home checklist" in _action(report, "boiler repair").fields["measure"]
    assert not _rules(report, "M001")
