"""Classes met on tuning batch 176 (owners said once for many actions) in a case-system print:
its forms numbered "Task 1 of 20" to the left of their dotted-leader fields, grouped under an
"ASSIGNED TO:" line that owns every task under it, and a note saying so. All names are invented."""
from planlint import lint
from planlint.readers.text import read_text

from test_unseen_layouts_15 import _lint, _rules

_HEAD = """CHILD PROTECTION PLAN - PRINT
Children: Harley Quill (6), Roxie Quill (4 months). Mother: Chantelle Quill.

CHILD'S VOICE
Harley said: "I make my own toast when Mummy is asleep."

OUTCOMES FOR THE CHILDREN
1. Harley gets to school on time every day, after breakfast.

PLAN TASKS (grouped by assignee)
Each ASSIGNED TO line is the owner of every task printed under it.

================================================================================
ASSIGNED TO: Sam Okoye - Social Worker - Ironhythe Safeguarding Team
================================================================================
Task 1 of 4
  Task ........ Home visits, one in three unannounced: see Harley on his own and Roxie
                awake, and check the kitchen gate
  Due ......... Weekly from 18/02/2026 until the review conference (12/05/2026)
  Evidence .... Visit records on CareTrack within 2 working days
Task 2 of 4
  Task ........ Parenting assessment of Chantelle
  Due ......... 21/04/2026
  Evidence .... Report shared with Chantelle and the core group

================================================================================
ASSIGNED TO: Gemma Rudd - Health Visitor - Ironhythe 0-19 Service
================================================================================
Task 3 of 4
  Task ........ Weigh Roxie at home and plot her weight in the red book
  Due ......... Weekly until she is back on the 25th centile
  Evidence .... Weights e-mailed to Sam after each visit
Task 4 of 4
  Task ........ Safe sleep check with Chantelle
  Due ......... 27/02/2026
  Evidence .... Safe sleep checklist signed by Chantelle
"""
_TAIL = """
CONTINGENCY
If Harley is found without an adult awake at home, Sam will take both children to their
grandfather's that day and ask for a legal planning meeting within five working days; if he
cannot have them, Sam will find foster carers.

REVIEW
Core group every 4 weeks from 03/03/2026. Review conference: 12/05/2026.
"""


def test_a_forms_counter_left_of_its_fields_numbers_it_and_never_joins_the_value_above():
    tables = [b.table for b in read_text(_HEAD + _TAIL, "plan.txt").blocks if b.kind == "table"]
    rows = [r for t in tables for r in t.rows[1:]]
    assert [r[0] for r in rows] == ["Task 1 of 4", "Task 2 of 4", "Task 3 of 4", "Task 4 of 4"]
    assert rows[0][-1] == "Visit records on CareTrack within 2 working days"


def test_an_assigned_to_line_owns_every_task_under_it_and_the_note_saying_so_is_no_task():
    report = _lint(_HEAD + _TAIL, "plan.txt")
    assert not _rules(report, "W001")
    owners = {a.fields.get("action", a.text)[:20]: a.fields.get("owner", "") for a in report.plan.actions}
    assert owners["Weigh Roxie at home "].startswith("Gemma Rudd")
    assert owners["Parenting assessment"].startswith("Sam Okoye")
    assert not any("ASSIGNED TO line" in a.text for a in report.plan.actions)
    assert len(report.plan.actions) == 4


def test_an_owner_line_over_a_table_leaves_rows_that_name_their_own_doer_alone():
    text = _HEAD.replace("Safe sleep check with Chantelle", "Chantelle will put Roxie down on her back in her cot")
    report = _lint(text + _TAIL, "plan.txt")
    own = next(a for a in report.plan.actions if "on her back" in a.text)
    assert not own.fields.get("owner", "").startswith("Gemma")


# Tuning batch 178 (how we will know, in every way writers say it).
_PLAN_HEAD = """# Child protection plan: Callum and Sophie Hart

Children: Callum Hart (9), Sophie Hart (3). Mum: Carla Hart.

## What Callum says
Callum said: "It's quieter now but I still listen for the door."

## What we want for Callum and Sophie
Callum and Sophie live free from violence and from the fear of it at home.

## The plan
"""
_PLAN_TAIL = """
## If things go wrong
If Sean comes to the house, Carla will ring 999 and Tasha will ask for a legal planning meeting
within five working days; if Carla cannot keep the children safe, they will stay with their aunt Donna.

## Core group and review
Core group every four weeks from 03/03/2026. Review conference: 12/05/2026.
"""


def test_a_check_headed_by_the_numbers_it_covers_is_theirs_and_no_more_work():
    report = _lint(_PLAN_HEAD + """
### Part 1. Callum and Sophie are safe at home

- **1.1** PC Dean Amin (Bildercombe Police) will check every week that Sean keeps to his restraining order.

- **1.2** Carla will go to the 12-week Freedom Programme on Tuesday mornings from 24/02/2026.

- **1.3** Tasha Kemp (social worker) will visit every two weeks, one visit in three unannounced.

### What the core group will see (for 1.1 to 1.3)

No breaches on the police log PC Amin sends each month; the Women's Centre's attendance letter
after weeks 6 and 12; Callum's 'how safe is home' score at 7 or more in Tasha's visit records.
""" + _PLAN_TAIL)
    assert not _rules(report, "M001")
    assert len(report.plan.actions) == 3
    carla = next(a for a in report.plan.actions if "Freedom Programme" in a.text)
    assert "attendance letter" in carla.check


def test_a_how_we_will_know_line_naming_its_items_in_a_bracket_checks_them():
    report = _lint(_PLAN_HEAD + """
- **2.1** Carla will get both children up, dressed and fed, and to school by 8.45am, every school day.
- **2.2** Mrs Pike (attendance officer) will send Tasha the children's attendance every other Friday from 23/01/2026.

**How we will know (for 2.1 and 2.2):** Callum at 95% or more by the Easter holidays (27/03/2026), from
the register Mrs Pike sends.
""" + _PLAN_TAIL)
    assert not _rules(report, "M001")


def test_a_note_on_what_a_quoted_column_is_is_no_work():
    report = _lint(_PLAN_HEAD + """
'What the core group will see' is the record or the change that shows the action is working.

| Action | Who | By when | What the core group will see |
|---|---|---|---|
| Visit every two weeks, one in three unannounced | Tasha Kemp (SW) | From 17/02/2026 | Visit records on file |
| Freedom Programme on Tuesday mornings | Carla | From 24/02/2026 | Attendance letter after weeks 6 and 12 |
""" + _PLAN_TAIL)
    assert len(report.plan.actions) == 2
    assert not _rules(report, "T001")


def test_an_occupational_therapist_is_no_mental_health_worker():
    report = _lint(_PLAN_HEAD.replace("Mum: Carla Hart.", "Mum: Carla Hart, who has multiple sclerosis and depression.") + """
| Action | Who | By when | How we will know |
|---|---|---|---|
| Home visit to fit a hoist and a bath seat, and show Carla how to use them | Wes Harding, occupational therapist, Adult Social Care | By 27/02/2026 | Hoist fitted; training record signed by Carla |
| Visit every two weeks, one in three unannounced | Tasha Kemp (SW) | From 17/02/2026 | Visit records on file |
""" + _PLAN_TAIL)
    assert not _rules(report, "H001")


def test_a_forms_fields_as_bullets_side_by_side_are_one_action_under_its_numbered_title():
    report = _lint(_PLAN_HEAD + """
### Action 1: seeing Callum and Sophie

- What: Visit Callum and Sophie at home and see each of them on their own.
- Who: Tasha Kemp (SW)
- When: Every two weeks until the review conference on 12/05/2026
- How we'll know: Visit records within 2 working days, with each child's own words

### Action 2: Carla's group

- What: Go to the Freedom Programme at the Women's Centre.
- Who: Carla Hart (Mum)
- When: Every Tuesday morning from 24/02/2026
- How we'll know: Attendance in the Women's Centre's monthly letter to Tasha
""" + _PLAN_TAIL)
    assert len(report.plan.actions) == 2
    carla = next(a for a in report.plan.actions if "Freedom Programme" in a.text)
    assert carla.fields["owner"] == "Carla Hart (Mum)" and "monthly letter" in carla.fields["measure"]
    assert not _rules(report, "M001") and not _rules(report, "T001") and not _rules(report, "W001")


def test_checks_keyed_to_the_numbers_before_their_table_are_each_actions_own():
    report = _lint(_PLAN_HEAD + """
**How we'll know (for 3.1 and 3.2, which have no column of their own):**

- 3.1: Callum's own worry score, asked by Mr Dale each Friday, down from 9 to 4 by the review conference.
- 3.2: Callum on the football club register on at least 3 Tuesdays in 4.

| No. | What | Who | When |
|---|---|---|---|
| 3.1 | Check in with Callum and pass on any worry to Tasha the same day | Mr Nathan Dale, learning mentor | Every Friday from 27/02/2026 |
| 3.2 | Keep a place for Callum at football club | Mrs Sana Ahmed, PE teacher | Every Tuesday from 03/03/2026 |
""" + _PLAN_TAIL)
    assert len(report.plan.actions) == 2
    assert not _rules(report, "M001")
    football = next(a for a in report.plan.actions if "football" in a.text)
    assert "register" in (football.check or football.fields.get("measure", ""))


def test_a_measures_register_keyed_by_its_last_column_checks_those_actions():
    report = _lint(_PLAN_HEAD + """
| No. | What will happen | Lead | When |
|---|---|---|---|
| 1 | Home visits, one in three unannounced | Tasha Kemp (SW) | Every two weeks from 17/02/2026 |
| 2 | Freedom Programme on Tuesday mornings | Carla Hart (Mum) | From 24/02/2026 |
| 3 | Check Callum in at school each morning | Mr Dale, learning mentor | Every school day |

## How we will know: the measures register

| Measure | Where things are now | What we want to see, and by when | Who reads it | Checks actions |
|---|---|---|---|---|
| Children seen | Seen monthly | Seen every two weeks, in visit records within 48 hours | Tasha | 1 |
| Carla's programme | Not started | Attendance letter after weeks 6 and 12, by 19/05/2026 | Tasha | 2 |
| Callum at school | 82% | 95% on the register sent each Friday, by 27/03/2026 | Tasha | 3 |
""" + _PLAN_TAIL)
    assert len(report.plan.actions) == 3
    assert not _rules(report, "M001")


def test_a_success_column_of_checks_beside_a_column_of_the_childrens_lives_reads_by_its_cells():
    report = _lint(_PLAN_HEAD + """
| No. | What needs to happen | Who | When | Success looks like | What will be different for Callum and Sophie |
|---|---|---|---|---|---|
| 1 | Blow into the breathalyser at every visit | Carla Hart (Mum) | Every visit from 14/01/2026 | Every reading 0.00, written in Tasha's visit records | Callum and Sophie are looked after by a mum who is sober |
| 2 | Home visits, one in three unannounced | Tasha Kemp (SW) | Every two weeks | Visit records on file within 48 hours | Callum and Sophie are seen and heard every two weeks |
""" + _PLAN_TAIL)
    assert not _rules(report, "F002")
    first = report.plan.actions[0]
    assert "0.00" in first.fields["measure"]


# Tuning batch 180 (the plan inside a longer document: tables and lists that are not the work).
_NEXT_STEPS = """
## 9. The safety plan: next steps

| What will happen | Who | When | How we will know |
|---|---|---|---|
| Home visits, one in three unannounced | Tasha Kemp (SW) | Every two weeks from 17/02/2026 | Visit records within 48 hours |
| Freedom Programme on Tuesday mornings | Carla Hart (Mum) | From 24/02/2026 | Attendance letter after weeks 6 and 12 |
"""


def test_a_mapping_summary_whose_last_column_sets_no_one_to_work_is_no_work_beside_the_plan():
    report = _lint(_PLAN_HEAD.replace("## The plan\n", "") + """
## 5. Mapping

| What are we worried about? | What's working well? | What needs to happen? |
|---|---|---|
| Sean hit Carla in front of the children in November. | Carla rang the police straight away. | Callum and Sophie are never in a house where there is violence. |
| Carla has not been to her GP about her low mood. | Carla takes the children to school every day. | Callum can be a child and does not have to look after his mum. |
""" + _NEXT_STEPS + _PLAN_TAIL)
    assert len(report.plan.actions) == 2
    assert not _rules(report, "T001") and not _rules(report, "M001")


def test_a_table_of_what_was_found_is_what_happened_not_work():
    report = _lint(_PLAN_HEAD.replace("## The plan\n", "") + """
## 5. Health checks

| Date | Who saw the children | What was found |
|---|---|---|
| 17/11/2025 | Priya Shah, school nurse | Callum: weight and height on the 50th centile |
| - | Dentist | Neither child has seen a dentist since 2022. |
""" + _NEXT_STEPS + _PLAN_TAIL)
    assert len(report.plan.actions) == 2
    assert not _rules(report, "T001") and not _rules(report, "M001")


def test_a_numbered_items_sentence_with_a_colon_keeps_its_lead_when_and_check_lines():
    report = _lint("""CORE GROUP 3 - CALLUM AND SOPHIE HART
Children: Callum Hart (9), Sophie Hart (3). Mum: Carla Hart.

WHAT CALLUM SAID
Callum said: "I like it when Mum walks me to school."

OUTCOMES
Callum and Sophie go to school every day, on time, warm and fed.

9. AGREED ACTIONS
--------------------------------------------------------------------------------
9.1  Visit the children at home, one visit in two after 4pm and
     unannounced; see each child alone.
     Lead:  RS
     By:    Weekly until the review conference
     Check: Visit records within 48 hours, with the children's words

9.2  First-day calling for Callum and Sophie: ring Carla if either child
     is not in by 9.05am, and ring RS if there is no answer by 10am.
     Lead:  AT
     By:    Every school day
     Check: First-day call log; attendance e-mailed to RS every other
            Friday; Callum at 95% by the February half term
""" + _TAIL, "plan.txt")
    assert len(report.plan.actions) == 2
    calling = next(a for a in report.plan.actions if "First-day calling" in a.text)
    assert calling.fields.get("owner") == "AT" and "call log" in calling.fields.get("measure", "")
    assert not _rules(report, "W001") and not _rules(report, "T001")


# Tuning batch 182 (plans typed by hand: Word paragraphs, e-mails and notes).
def _word(paragraphs: list[str]) -> bytes:
    """A Word file of plain paragraphs, "\\n" a typed line break (Shift+Enter), "\\t" a tab."""
    import io

    import docx

    d = docx.Document()
    for text in paragraphs:
        p = d.add_paragraph()
        run = p.add_run()
        for i, line in enumerate(text.split("\n")):
            if i:
                run.add_break()
            for j, piece in enumerate(line.split("\t")):
                if j:
                    run.add_tab()
                run.add_text(piece)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


_WORD_HEAD = ["Child Protection Plan", "Children: Kayla Pryor (11), Mason Pryor (6). Mum: Donna Pryor.",
              "WHAT KAYLA SAYS", 'Kayla said: "I get told off for being late."',
              "WHAT WE WANT FOR KAYLA AND MASON", "Kayla gets to school on time and has time to be 11.", "THE PLAN"]
_WORD_TAIL = ["IF THINGS GO WRONG", "If Donna is too unwell to get the children up, Jess will take them to their "
              "aunt's that day and ask for a legal planning meeting within five working days; if their aunt "
              "cannot have them, Jess will find foster carers.",
              "CORE GROUP AND REVIEW", "Core group every 4 weeks from 29/04/2026. Review conference: 10/07/2026."]


def test_word_paragraphs_typed_as_a_table_with_tabs_are_that_table():
    report = lint(_word([*_WORD_HEAD,
        "No.\tWhat needs to happen\t\t\t\tWho\t\tWhen\t\tHow we'll know",
        "1.\tJess to visit Kayla and Mason at home and see\tJess (SW)\tWeekly until next RCPC\tVisit notes on file within 2 days,\n"
        "\teach of them on their own, in their bedrooms\t\t\twith what each child says",
        "2.\tCheck Mason is in by 8.45am and ring Donna, then\tMrs Obi (DSL)\tEvery school day\tWeekly attendance to Jess;\n"
        "\tJess, the same morning if he is not\t\t\t95% by end of summer term",
        "3.\tDonna to go to the Freedom Programme (12 weeks)\tDonna\tTuesdays from 21/04/26\tRegister sent to Jess; certificate\n"
        "\t\t\t\tat the end",
        *_WORD_TAIL]), name="plan.docx")
    assert len(report.plan.actions) == 3
    visit = next(a for a in report.plan.actions if "visit Kayla" in a.text)
    assert visit.fields["owner"] == "Jess (SW)" and "in their bedrooms" in visit.fields["action"]
    assert visit.fields["measure"] == "Visit notes on file within 2 days, with what each child says"
    assert "at the end" in next(a for a in report.plan.actions if "Freedom" in a.text).fields["measure"]
    assert not _rules(report, "W001") and not _rules(report, "M001")


def test_who_when_and_check_lines_typed_inside_an_items_word_paragraph_are_its_fields():
    report = lint(_word([*_WORD_HEAD,
        "1.\tVisit Kayla and Mason at home and see each of them on their own.\nWho:\tJess (SW)\n"
        "When:\tWeekly until the review conference\nCheck:\tVisit notes on file within 2 days",
        "2.\tGet Kayla and Mason to school by 8.45am.\nWho:\tDonna\nWhen:\tEvery school day\n"
        "Check:\tSchool registers sent to Jess every Friday",
        *_WORD_TAIL]), name="plan.docx")
    assert len(report.plan.actions) == 2
    school = next(a for a in report.plan.actions if "8.45am" in a.text)
    assert school.fields.get("owner") == "Donna" and "registers" in school.fields.get("measure", "")
    assert not _rules(report, "M001") and not _rules(report, "T001")


def test_an_items_two_or_three_lines_of_who_when_and_check_are_its_own_however_long():
    report = _lint(_PLAN_HEAD + """
- Visit the children at home, seeing Callum on his own, and Sophie awake, at every visit
  - Tasha Kemp (SW)
  - every two weeks until the next review, one visit a month unannounced
  - visit records on file within 2 working days, with Callum's words and how Sophie was
- **1.2** Keep the non-molestation order in place, and ring 999 if Sean comes to the house.
  - 1.2.a Carla
  - 1.2.b every day until the order ends on 08/01/2027
  - 1.2.c each call is on the police log, and Carla tells Tasha about it the same day, as agreed
""" + _PLAN_TAIL)
    assert len(report.plan.actions) == 2
    assert not _rules(report, "M001") and not _rules(report, "T001") and not _rules(report, "W001")


def test_an_items_own_steps_under_it_stay_its_steps():
    report = _lint(_PLAN_HEAD + """
- Carla will get the children ready for school every day from 02/03/2026:
  - Take Callum to school by 8.45am, signed in by the office (register sent to Tasha every Friday)
  - Take Sophie to nursery by 9am, signed in by her key person (register sent to Tasha every Friday)
""" + _PLAN_TAIL)
    texts = [a.text for a in report.plan.actions]
    assert any(t.startswith("Take Callum") for t in texts) and any(t.startswith("Take Sophie") for t in texts)


def test_the_plans_work_under_each_persons_name_in_capitals_is_the_plan():
    report = _lint("""Children: Noah Fairbairn (8), Isla Fairbairn (3).
Gemma Fairbairn (34), Mum. Stuart Fairbairn (38), Dad.

WHAT NOAH SAID
Noah said: "Dad hit me with his belt and it really hurt."

WHAT WE ALL WANT FOR NOAH AND ISLA
1. Noah is never hit or hurt again, by anyone.

THE PLAN - WHO IS DOING WHAT

ME (Rachel, social worker)
(a) I will visit Noah and Isla at home every week until the review
    conference. My visit notes, written up within two working days,
    will say what Noah told me.

STUART
(a) Stuart will go to every session of the ten-week Calm Dads group,
    Wednesday evenings from 04/02/2026. The group leader will send me
    the register each week.

GEMMA
(a) Gemma will take Isla to nursery every weekday by 9am from
    26/01/2026; the nursery register is sent to me every Friday.

IF THINGS GO WRONG
If Noah has a mark or says he has been hit, I will take the children to
Grandma Jean's that day and ask for a legal planning meeting within five
working days; if Jean cannot have them, I will find foster carers.

MEETINGS
Core group every 4 weeks from 12/02/2026. Review conference: 15/04/2026.
""", "plan.txt")
    assert len(report.plan.actions) == 3
    assert any("Calm Dads" in a.text for a in report.plan.actions)


def test_a_part_of_the_work_named_for_checking_the_plan_holds_work_when_its_forms_say_so():
    report = _lint(_PLAN_HEAD + """
### Callum's days at school

#### 1. Check-ins

What: Check Callum in each morning and ring Tasha the same day if anything worries her.
Who: Mrs Pike, learning mentor
When: Every school day from 02/03/2026
How we'll know: Check-in log sent to Tasha every Friday

### Seeing Callum and Sophie, and checking the plan is working

#### 2. Visits

What: Visit Callum and Sophie at home and see each of them on their own.
Who: Tasha Kemp (SW)
When: Every two weeks until the review conference
How we'll know: Visit records within 2 working days

#### 3. Core group reading

What: Bring the school's logs and the visit records to each core group and read them together.
Who: Tasha Kemp (SW)
When: Every core group
How we'll know: Minutes record what was read and what it showed
""" + _PLAN_TAIL)
    assert len(report.plan.actions) == 3


def test_a_service_named_before_a_bracket_saying_what_it_is_is_an_adult_service():
    report = _lint(_PLAN_HEAD.replace("Mum: Carla Hart.", "Mum: Carla Hart, who has been drinking heavily since 2024.\n\n"
                                      "For anyone new: Gary Lomas is Carla's worker at Turning Tides (the alcohol service).") + """
- Write a report on Carla's drinking, whether she can stay sober while she looks after Callum and
  Sophie, and how long that is likely to take -> Gary Lomas (Turning Tides) -> by 06/03/2026 ->
  report on the file
- Visit the children at home every two weeks -> Tasha Kemp (SW) -> from 17/02/2026 -> visit records
""" + _PLAN_TAIL)
    assert not _rules(report, "F004")
