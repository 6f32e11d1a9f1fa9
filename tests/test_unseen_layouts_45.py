"""Classes met on tuning material of the forty-fifth pass: house styles not seen before (a merged
"How we'll know" row under each action, owners as initials explained in a key, who and when
bracketed after the work, a contingency table numbered by row, a letter's meeting dates). All
names are invented."""
import io

import docx
from test_unseen_layouts_15 import _action, _lint, _rules

from planlint import lint

_HEAD = """# Child protection plan for Nell and Otis Varley

## What Nell and Otis say
Nell (9) told her teacher: "I want Mum to be happy and the house to be warm."

## What we want for Nell and Otis
1. Nell and Otis live in a clean, warm home with food every day.
2. Nell goes to school every day and Otis to nursery every morning he is booked in.

"""

_TAIL = """
## If things go wrong
If the house is found without food or heating, or Mum is too unwell to care for the children,
Kim Abara (SW) will arrange for them to stay with their aunt Rhona that day and ask for a legal
planning meeting; if Rhona cannot have them, Kim will find foster carers the same day.

## Meetings
Core group every four weeks: 03/03/2026, 31/03/2026 and 28/04/2026. Review conference: 12/05/2026.
"""


def _detail_rows_docx(label: str = "How we'll know: ") -> bytes:
    """"Worry | What's going to happen | Person | Date", each action's row followed by a row whose
    last three cells are merged into one saying how we will know, the worry merged down both."""
    d = docx.Document()
    d.add_heading("Child protection plan for Nell Varley", 1)
    d.add_heading("What Nell says", 2)
    d.add_paragraph('Nell (9) told her teacher: "I want Mum to be happy and the house to be warm."')
    d.add_heading("What's going to happen", 2)
    work = [
        ("Nell is often hungry at school",
         ("Give Nell breakfast club every school day and tell Kim if she comes in hungry",
          "Mrs Ola Reid, head teacher, Dunmere Primary", "Every school day from 02/02/2026"),
         "the breakfast club list shows Nell there at least four days a week, sent to Kim every Friday"),
        ("Mum's low mood means the house goes cold",
         ("Assess Mum's mood and her capacity to change, and write to Kim with the steps and timescale",
          "Ben Cole, community mental health nurse, Dunmere CMHT", "Letter by 27/02/2026"),
         "Ben's letter is on Nell's file by 27/02/2026 and read at the next core group"),
    ]
    t = d.add_table(rows=1 + 2 * len(work), cols=4)
    for cell, text in zip(t.rows[0].cells, ("Worry", "What's going to happen", "Person", "Date")):
        cell.text = text
    for k, (worry, row, check) in enumerate(work):
        top, under = t.rows[1 + 2 * k], t.rows[2 + 2 * k]
        top.cells[0].merge(under.cells[0]).text = worry
        for cell, text in zip(top.cells[1:], row):
            cell.text = text
        under.cells[1].merge(under.cells[3]).text = label + check
    d.add_heading("If things go wrong", 2)
    d.add_paragraph("If Nell comes to school hungry twice in a week, or Mum is too unwell to care for her, "
                    "Kim Abara (SW) will visit that day and Nell will stay with her aunt Rhona; if Rhona "
                    "cannot have her, Kim will find a foster carer the same day and ask for a legal planning meeting.")
    d.add_heading("Meetings", 2)
    d.add_paragraph("Core group every four weeks: 03/03/2026 and 31/03/2026. Review conference: 12/05/2026.")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_merged_how_well_know_row_under_an_action_is_its_measure():
    report = lint(_detail_rows_docx(), name="plan.docx")
    assert report.actions == 2
    assert "breakfast club list" in _action(report, "breakfast club every").fields["measure"]
    assert not _rules(report, "W001") and not _rules(report, "M001") and not _rules(report, "T001")


def test_the_row_under_keeps_its_words_in_the_action_text():
    report = lint(_detail_rows_docx("Evidence of change: "), name="plan.docx")
    assert "Ben's letter is on Nell's file" in _action(report, "capacity to change").text


def test_a_row_of_more_work_under_an_action_is_its_own_action():
    # (a row with an empty first cell, and one whose first cell says who and when: more work)
    report = _lint(_HEAD + """## The plan

| How will we know | Responsible (date) | Action |
|---|---|---|
| Visit notes show both children seen | SW Kim Abara (fortnightly) | Visit Nell and Otis at home |
| | Mum (by 30/04/2026) | Register with a GP and ask for a review of her tablets |
""" + _TAIL)
    assert report.actions == 2
    assert [x for x in _rules(report, "M001") if "Register with a GP" in x]


_KEY = """# Theo's plan

## Who's who
The initials below are used in the rest of this plan.

- **RA** — Rosa Adeyemi, social worker, Children with Disabilities Team
- **PM** — Paolo Marchetti, Theo's dad
- **KJ** — Kieran Joyce, recovery worker, Turning Tide (Ymmerdale's drug and alcohol charity)

## Why there's a plan
Paolo's drinking means Theo, who is autistic, is sometimes left without a sober adult at night.

## How Theo lets us know
When his teacher asked about home at night on 22/01/2026, Theo pointed to the sad face on his
feelings board.

## What we want for Theo
- Theo is looked after day and night by a sober adult.

## What will happen
- Visit Theo at home every week, one visit in the evening, and write what Theo shows us on the
  visit record. (RA, every week from 15/01/2026)
- Key-work and a breath test with Paolo, and a written report to RA on whether Paolo is changing his
  drinking and how long further change is likely to take. (KJ, every Monday from 02/02/2026; report
  two working days before each core group)

## If things go wrong
If Paolo has two positive breath tests, RA will ask for a legal planning meeting; if he is found
drunk in charge of Theo, Theo will stay with his aunt Gina that night and RA will hold a strategy
discussion the next day.

## Meetings
Core group every four weeks from 12/02/2026. Review conference: 09/04/2026.
"""


def test_initials_before_a_comma_in_the_closing_bracket_name_the_owner():
    report = _lint(_KEY)
    fields = _action(report, "Key-work and a breath test").fields
    assert fields["owner"] == "KJ" and fields["timescale"].startswith("every Monday")


def test_a_key_line_gives_the_service_its_initials_stand_for():
    report = _lint(_KEY)
    assert not _rules(report, "F004")


def test_a_key_entry_naming_whose_worker_someone_is_is_no_parent():
    # ("Mum's worker at Open Door": Kieran works for Mum's drug service, he is not Mum)
    report = _lint(_KEY.replace("Kieran Joyce, recovery worker, Turning Tide",
                                "Kieran Joyce, Dad's worker at Turning Tide").replace(
        "- Key-work and a breath test with Paolo", "- Kieran will do key-work and a breath test with Paolo"))
    assert not _rules(report, "F004")


def test_a_clause_of_what_the_work_spares_the_child_does_not_undo_it():
    report = _lint(_HEAD + """## What will happen
- Adult Social Care will start carers coming in every morning and evening to help Mum wash and dress,
  so that Nell doesn't have to. The carers write each visit in the folder by the door, and Kim looks at
  it every time she comes. (Dev Mehta, care manager, by 16/02/2026)
""" + _TAIL)
    assert report.actions == 1


def test_a_letters_meeting_date_is_no_work():
    report = _lint(_HEAD + """## What will happen
- Kim Abara (SW) will visit Nell and Otis every week and see Nell on her own; her visit notes record
  what Nell says. (every week from 02/02/2026)

## What happens next
The core group will meet every six weeks at Dunmere Primary. Your next review conference is on
Tuesday 21/07/2026 at 10am at Dunmere Town Hall, and your letter will be read out there.
""" + _TAIL)
    assert report.actions == 1
    assert not _rules(report, "W001")


def test_a_contingency_table_numbered_by_row_reads_its_triggers():
    report = _lint(_HEAD + """## What will happen
- Kim Abara (SW) will visit Nell and Otis every week and see Nell on her own; her visit notes record
  what Nell says. (every week from 02/02/2026)

## Contingency

| Ref | Trigger | Response |
|---|---|---|
| 1 | Mum's partner comes to the house or Nell says she was hit | Kim calls the police and holds a strategy discussion the same day |
| 2 | The house has no heating or food at a visit | The children stay with their aunt Rhona that night |

## Meetings
Core group every four weeks: 03/03/2026 and 31/03/2026. Review conference: 12/05/2026.
""")
    assert not _rules(report, "C002")


_HELPER = _HEAD.replace("## What Nell", """## Key
- KA = Kim Abara, social worker
- RV = Rhona Varley, Nell's aunt

## What Nell""", 1) + """## What will happen
- RV will have Nell and Otis for tea every Tuesday and Thursday after school and text KA that they
  came. (RV, every Tuesday and Thursday)
- RV will take Nell to school every Monday and write it in the home-school book. (RV, every Monday)
- KA will visit Nell and Otis every week; her visit notes record what Nell says. (KA, every week)

## If things go wrong
If Mum is too unwell to care for the children, they stay with RV. If RV is ill or cannot have them,
KA will find a foster carer the same day and ask for a legal planning meeting.

## Meetings
Core group every four weeks: 03/03/2026 and 31/03/2026. Review conference: 12/05/2026.
"""


def test_a_fallback_naming_the_helper_by_initials_covers_the_family_help():
    report = _lint(_HELPER)
    assert not _rules(report, "C003")


def test_family_help_with_no_fallback_still_gets_c003_by_initials():
    report = _lint(_HELPER.replace("If RV is ill or cannot have them,\nKA will find a foster carer the same day and",
                                   "KA will"))
    assert _rules(report, "C003")


def test_a_name_then_its_initials_in_brackets_is_a_key_entry():
    report = _lint(_KEY.replace("- **KJ** — Kieran Joyce, recovery worker, Turning Tide",
                                "- Kieran Joyce (KJ) – recovery worker, Turning Tide"))
    assert "ADULT_SERVICES" in _action(report, "Key-work and a breath test").facts.owner_labels
    assert not _rules(report, "F004")



_PARTS = _HEAD + """## Who is doing what
Each part of the plan sits under the name of the person doing it.

### Kim Abara, social worker, Dunmere Children's Services

| Step | When | What will show it |
|---|---|---|
| Visit Nell and Otis at home and see Nell on her own | Every week from 02/02/2026 | Visit records show both children seen |
| Get the last council's records for both children | By 20/02/2026 | Records on the Dunmere file |

### Ben Cole, community mental health nurse, Dunmere Community Mental Health Team

| Step | When | What will show it |
|---|---|---|
| Assess Mum's mood and her capacity to change, with the steps and a timescale | By 27/02/2026 | Ben's letter on Nell's file |
""" + _TAIL


def test_a_heading_that_is_a_named_person_and_role_owns_the_table_under_it():
    report = _lint(_PARTS)
    assert _action(report, "Get the last council").fields["owner"].startswith("Kim Abara")
    assert not _rules(report, "W001")
    # (the nurse's heading names an adult service, whose work the plan then holds)
    assert not _rules(report, "F004")


def test_a_topic_heading_over_a_table_with_no_owner_column_owns_nothing():
    report = _lint(_PARTS.replace("### Kim Abara, social worker, Dunmere Children's Services", "### Home visits"))
    assert [x for x in _rules(report, "W001") if "Get the last council" in x]


def test_a_need_line_with_a_dash_over_its_responses_is_a_need_not_work():
    report = _lint(_HEAD + """## The plan

NEED 1 - Nell is warm and fed at home every day

- 1.1 Kim Abara (SW) will visit every week and check the cupboards and the heating; her visit
  notes record what she found. (every week from 02/02/2026)
- 1.2 Sol Reyes (family support worker) will help Mum apply for a heating grant by 20/02/2026;
  the grant letter will be on file.
""" + _TAIL)
    assert report.actions == 2
    assert any(o.text.startswith("Nell is warm") for o in report.plan.outcomes)


def test_the_next_of_a_numbered_run_of_outcome_headings_stays_an_outcome():
    # ("3. Mum feels less anxious" would otherwise read as the child's feelings, a voice section)
    report = _lint(_HEAD.replace("## What we want for Nell and Otis\n1. Nell and Otis live in a clean, warm "
                                 "home with food every day.\n2. Nell goes to school every day and Otis to "
                                 "nursery every morning he is booked in.\n", "") + """## Things we want to be different

### 1. Nell and Otis live in a warm home

- 1.1 Help Mum apply for a heating grant
  - Who: Sol Reyes (family support worker)
  - When: By 20/02/2026
  - Check: The grant letter on file

### 2. Nell goes to school every day

- 2.1 Check Nell's attendance each morning and ring Kim if she is absent
  - Who: Mrs Ola Reid, head teacher
  - When: Every school day
  - Check: Attendance emailed to Kim every Friday

### 3. Mum feels less anxious and more confident as a parent

- 3.1 Guided self-help sessions for Mum's anxiety
  - Who: Dunmere Wellbeing Service
  - When: Weekly for 8 weeks from 09/02/2026
  - Check: Attendance letter from the service to Kim
""" + _TAIL)
    assert [s.kind for s in report.plan.sections if s.heading.startswith("3.")] == ["outcomes"]
    assert report.actions == 3


def test_talking_about_how_it_is_going_is_a_vague_check():
    report = _lint(_HEAD + """## What will happen
- It is hoped that you will both complete the Safe Families course, which starts on 13 January 2026,
  and we will talk about how it is going at each core group.
""" + _TAIL)
    assert [x for x in _rules(report, "M002") if "Safe Families" in x]
    assert not _rules(report, "M001")


def test_a_mark_in_the_date_column_takes_the_time_its_note_gives():
    report = _lint(_HEAD + """## What's going to happen

A * in the Date column means by the review conference on 12/05/2026.

| What's going to happen | Person | Date | Signs it's working |
|---|---|---|---|
| Young carer's assessment with Nell | Erin Walsh (Dunmere Young Carers) | * | Nell's young carer's plan sent to Kim |
| Visit Nell and Otis at home | Kim Abara (SW) | Every week | Visit notes record what Nell says |
""" + _TAIL)
    assert "12/05/2026" in _action(report, "Young carer").fields["timescale"]
    assert not _rules(report, "T001")


_LETTER = """# Dear Kobi,

Thank you for coming to the review conference. You and Ama will stay on a child protection plan for now.

## What we want for you and Ama
1. Kobi goes to school every day, on time, and has time for football.
2. Kobi and Ama live with a mum who takes her medicine safely and is awake and able to look after them.

## What you asked for, and what we agreed

**You asked:** not to have to get Ama up before school any more.
**We agreed:** from Monday 24 November, a carer from Hawcrofton Home Support will come at 7.15am every
school day to get Ama up and dressed. You'll know it is working because you will be leaving for school by
8.15; the agency sends Ruth its visit log every Friday.

**You asked:** not to keep telling your story to new people.
**We agreed:** Ruth Akande will stay your social worker, and she will see you on your own every two weeks.
She will write down what you say in your own words and show you what she has written.

## If things go wrong
If Mum is found unwell or has been drinking, ring 999 and then Ruth; Ama and you will stay with Uncle Kofi
that night, and if he cannot have you Ruth will find a foster carer the same day and ask for a legal
planning meeting.

## Meetings
Core group every four weeks from 9 December 2025. Review conference: 3 March 2026.
"""


def test_a_we_agreed_paragraph_is_one_action_with_its_check():
    report = _lint(_LETTER)
    assert report.actions == 2
    assert not _rules(report, "M001") and not _rules(report, "T001")


def test_a_letter_to_the_child_on_a_plan_names_the_child():
    # ("Kobi and Ama live with a mum who ...": the children's outcome, written to Kobi)
    report = _lint(_LETTER)
    assert "Kobi" in report.plan.facts.child_names
    assert not _rules(report, "F002")


def test_a_line_saying_what_each_outcome_names_is_layout():
    report = _lint(_HEAD.replace("## What we want for Nell and Otis\n", "## What we want for Nell and Otis\n"
                                 "Each outcome names the wellbeing indicators it is about.\n\n") + """## What will happen
- Kim Abara (SW) will visit Nell and Otis every week and see Nell on her own; her visit notes record
  what Nell says. (every week from 02/02/2026)
""" + _TAIL)
    assert not any(o.text.startswith("Each outcome") for o in report.plan.outcomes)


def test_an_adult_service_set_to_work_outside_the_actions_read_stops_f004():
    # (Kofi's work sits in a part planlint read no actions from: F004 would be a guess)
    plan = _HEAD + """## Who helps us
Kofi Boateng is Mum's nurse from the Dunmere Community Mental Health Team.

## Why there is a plan
Mum has bipolar disorder and was in hospital in the summer.

## What will happen
- Kim Abara (SW) will visit Nell and Otis every week and see Nell on her own; her visit notes record
  what Nell says. (every week from 02/02/2026)

## Mum's nurse
Kofi sees Mum at home every Thursday and writes to Kim before each core group about how Mum is.
""" + _TAIL
    report = _lint(plan)
    assert report.actions == 1
    assert not _rules(report, "F004")
    # (with no such sentence, the plan leaves Mum's illness to no adult service)
    assert _rules(_lint(plan.replace("Kofi sees Mum at home every Thursday and writes to Kim before each core "
                                     "group about how Mum is.", "Kofi has known Mum for a long time.")), "F004")
