"""Classes met writing plans whose measures, timescales, owners and parts are written in
practitioners' own words (tuning batch 46), on invented text. All names are invented."""
import io

import docx

from planlint import lint


def _rules(report, *codes):
    return [f for f in report.findings if f.rule in codes]


def _action(report, words):
    (action,) = [a for a in report.plan.actions if words in a.text]
    return action


def _docx(*parts) -> bytes:
    """("Heading 1", "text"), ("List Bullet", "text") or ("table", rows)."""
    d = docx.Document()
    for style, content in parts:
        if style == "table":
            table = d.add_table(rows=len(content), cols=len(content[0]))
            for row, cells in zip(table.rows, content):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
        else:
            d.add_paragraph(content, style=style)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


_TAIL_PARTS = (
    ("Heading 1", "What Cara says"), ("Normal", 'Cara said: "I like it when Gran walks me to school."'),
    ("Heading 1", "Outcomes"), ("List Bullet", "Cara gets to school every day and is fed before she goes."),
    ("Heading 1", "Contingency"),
    ("Normal", "If Mum misses two visits, the SW will ask for a legal planning meeting the same week."),
    ("Heading 1", "Review"), ("Normal", "Core group every 4 weeks from 3 March 2025; review conference on 12 May 2025."),
)


def test_two_label_and_value_pairs_side_by_side_are_the_case_details_not_actions():
    data = _docx(
        ("Title", "Child protection plan – revised at review conference"),
        ("table", [["Children", "Cara Lomax (6), Fenby Primary, Year 2; Alfie Lomax (18 months)", "Parents",
                    "Dawn Lomax and Lee Lomax, 4 Mill Row, Fenby"],
                   ["Review conference", "16 September 2025 (initial conference 17 June 2025)", "Category",
                    "Neglect – plan continues"],
                   ["Social worker", "Joe Marsh", "Chair", "Ann Lee, IRO"]]),
        ("Heading 1", "The plan"),
        ("table", [["Action", "Who", "When", "How we will know"],
                   ["Visit Cara at home and see her on her own", "Joe Marsh, SW", "Every 2 weeks",
                    "Visit records note what Cara says"]]),
        *_TAIL_PARTS)
    report = lint(data, name="plan.docx")
    assert [a.text.split(" | ")[0] for a in report.plan.actions] == ["Visit Cara at home and see her on her own"]
    assert not _rules(report, "M001", "W001", "T001")


_ROTA = """\
CHILD PROTECTION PLAN FOR CARA LOMAX

WHO IS WITH CARA EACH WEEK

+-----------+-----------------------+-----------------------------+
| Day       | Daytime (9am - 5pm)   | Also visiting               |
+-----------+-----------------------+-----------------------------+
| Monday    | Pat Lomax             | Joe Marsh (SW), 2-3pm       |
| Tuesday   | Pat Lomax             | Dawn, 2-3.30pm (supervised) |
| Wednesday | Pat Lomax             | -                           |
| Saturday  | Ray Lomax             | Dawn, 2-3.30pm (supervised) |
+-----------+-----------------------+-----------------------------+

WHO DOES WHAT

Joe Marsh (SW) will visit Cara every Monday, see her on her own and write what she says in his visit notes.

Pat Lomax will take Cara to school every day, and the school register will show her in by 9am.

IF THINGS GO WRONG

If Mum misses two visits, the SW will ask for a legal planning meeting the same week.
"""


def test_a_table_only_its_content_calls_work_is_no_action_table_beside_the_plans_action_section():
    report = lint(_ROTA, name="plan.txt")
    assert all(a.source != "table" for a in report.plan.actions)
    assert len(report.plan.actions) == 2
    assert not _rules(report, "M001")


_TASKS = """\
FENBY COUNCIL   CareFile export

--- TASKS ---------------------------------------------------------------
TASK 01 of 02
  Description ...: Home visits to Cara, at least one a month unannounced
  Allocated to ..: SW Joe Marsh
  Due ...........: Every 2 weeks
  Checked by ....: Team manager - visit records show Cara seen alone
  Notes .........: 2 visits since ICPC

TASK 02 of 02
  Description ...: Record each morning how Cara arrives at school
  Allocated to ..: Fenby Primary (Mrs Kaur, DSL)
  Due ...........: Every school day
  Checked by ....: SW - the arrival sheet is emailed to her every Friday
  Notes .........:
"""


def test_labels_with_short_dot_leaders_group_into_one_task_each():
    report = lint(_TASKS, name="export.txt")
    owners = [a.facts.owner for a in report.plan.actions]
    assert owners == ["SW Joe Marsh", "Fenby Primary (Mrs Kaur, DSL)"]
    assert not _rules(report, "W001", "T001", "M001")


def test_a_checked_by_line_that_only_names_someone_is_no_measure():
    text = _TASKS.replace("SW - the arrival sheet is emailed to her every Friday", "Joe Marsh")
    report = lint(text, name="export.txt")
    assert _action(report, "Record each morning").facts.measure_status == "missing"
    assert _action(report, "Home visits").facts.measure_status == "ok"


_ARROWS = """\
PLAN FOR CARA

Key: the first » line under each step is the lead, the second when, the third how we will know.

 1. Visit at home and see Cara on her own each time
    »  Joe Marsh (SW)
    »  Weekly for the first 6 weeks
    »  Visit records with Cara's words written down

 2. Get the full file and chronology from Hollinsford
    »  Joe Marsh (SW)
    »  By 11/07/2025
    »  File on the system and chronology brought up to date
"""


def test_a_run_of_arrow_lines_under_a_step_gives_its_fields_one_a_line():
    report = lint(_ARROWS, name="plan.txt")
    assert [a.text for a in report.plan.actions] == [
        "Visit at home and see Cara on her own each time", "Get the full file and chronology from Hollinsford"]
    assert [a.facts.owner for a in report.plan.actions] == ["Joe Marsh (SW)", "Joe Marsh (SW)"]
    assert not _rules(report, "T001", "M001", "W001")


def test_a_lone_arrow_line_still_wraps_its_items_sentence_on():
    text = """\
THE PLAN
 1) SW (Joe) - visit every week, at least one unannounced, see Cara and her bed
      -> visit records show Cara seen on her own
 2) HV Gemma -> weigh Alfie at weekly home visits, weight in the red book
"""
    report = lint(text, name="plan.txt")
    first = report.plan.actions[0]
    assert "visit records show Cara seen" in first.text
    assert first.facts.owner.startswith("SW")


def _heading_kinds(text):
    return {s.heading: s.kind for s in lint(text, name="plan.md").plan.sections}


def test_headings_that_say_what_was_tried_why_there_is_a_plan_and_if_are_no_action_sections():
    kinds = _heading_kinds("""\
# Child protection plan

## 1. Why there is still a plan

Cara has missed 30 days of school this term.

## 2. What the CIN plan tried

- Weekly visits by the family support worker from February to May (14 of 16 sessions held).

## 3. What has to be true for Cara by the next review

- Cara gets to school every day.

## 4. What we will do

- Joe Marsh (SW) will visit Cara every week and write what she says in his notes.

## 5. If the plan is not keeping Cara safe

The SW will ask for a legal planning meeting the same week.
""")
    assert kinds["1. Why there is still a plan"] == "worries"
    assert kinds["2. What the CIN plan tried"] == "worries"
    assert kinds["3. What has to be true for Cara by the next review"] == "outcomes"
    assert kinds["5. If the plan is not keeping Cara safe"] == "contingency"


def test_paragraphs_that_each_open_on_a_condition_are_the_contingency_whatever_the_heading_says():
    report = lint("""\
# Unborn baby plan

## Countdown

- Joe Marsh (SW) will visit Dawn every week until the birth and record each visit.

## When the plan wobbles

If Ryan stays overnight at the flat, the SW will hold a strategy discussion the same day and Dawn and the baby will move to a foster placement.

If Gran cannot stay on any night, Dawn and the baby will go to the parent and baby placement until Gran is back.
""", name="plan.md")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["When the plan wobbles"] == "contingency"
    assert len(report.plan.actions) == 1


_MINUTES = """\
FENBY COUNCIL - CORE GROUP MEETING 3 - CARA LOMAX

PRESENT (initials used in these minutes)
  JM   Joe Marsh ............. Social Worker, Fenby CFS
  LT   Liz Thorne ............ Health Visitor, Fenby 0-19 Team
  DB   Denise Barker ......... Cara's nan

APOLOGIES
  Dr Owen Lacey, GP (update emailed)

----------------------------------------------------------------------

1. HOW CARA IS DOING  (LT, JM)
   LT weighed Alfie on 28/08: on the 50th centile. JM saw Cara on 22/08.

   ACTION: Joint home visit by 18/09/2025 to check the stair gate is fitted,
   with one joint visit note on both records. (JM and LT jointly)

   ACTION: Weigh Alfie at home every two weeks and email JM his weight
   after each visit. (LT)

   ACTION: Supervise Dad's time with Cara at her house every Saturday from
   10am to 1pm and sign the contact book each week. (Nan - DB)
"""


def test_agenda_items_after_the_attendees_hold_the_actions_they_label():
    report = lint(_MINUTES, name="minutes.txt")
    assert len(report.plan.actions) == 3
    assert {s.kind for s in report.plan.sections if s.heading.startswith("HOW CARA")} == {"other"}


def test_initials_from_a_key_with_dot_leaders_own_the_actions_they_end():
    report = lint(_MINUTES, name="minutes.txt")
    assert [a.facts.owner for a in report.plan.actions] == ["JM and LT jointly", "LT", "Nan"]


def test_a_second_name_in_an_owners_bracket_is_no_timescale():
    action = _action(lint(_MINUTES, name="minutes.txt"), "Supervise Dad's time")
    assert action.fields.get("timescale", "") == ""
    assert action.facts.time_status == "ok"  # "every Saturday from 10am to 1pm"


def test_a_wrapped_line_in_lower_case_with_a_colon_carries_the_sentence_on():
    text = """\
5. THE PLAN

5.6  Every Friday and Saturday night until the review conference, Dawn
     will be at home from 8pm: the care home has changed her rota so
     that she does not work those nights. We will know because the
     manager's letter confirming the rota is on file.
"""
    report = lint(text, name="plan.txt")
    (action,) = report.plan.actions
    assert "We will know because" in action.text
    assert action.facts.measure_status == "ok"


def _measure(sentence):
    text = f"# Plan\n\n## Actions\n\n- {sentence}\n"
    return lint(text, name="plan.md").plan.actions[0].facts.measure_status


def test_a_thing_handed_to_a_professional_is_a_measure():
    assert _measure("Dawn will apply for a non-molestation order by 30 May 2025, "
                    "and will show the order to the social worker.") == "ok"
    assert _measure("Joe Marsh (SW) will write an assessment of Dawn's capacity to change by 19 May 2025 "
                    "and present it at the pre-birth planning meeting.") == "ok"


def test_information_people_or_time_handed_over_is_no_measure():
    assert _measure("All agencies will share information with the SW as and when.") != "ok"
    assert _measure("Cara's school will give her some extra time with her teacher every Friday.") != "ok"
    assert _measure("Gran will send the children to the school every day.") != "ok"


def test_a_heading_that_names_who_leads_gives_the_steps_under_it_their_owner():
    report = lint("""\
# Pre-birth plan

## Who will do what

### Social work – lead: Kit Penrose, social worker

- Visit Dawn at home every two weeks before the birth; each visit record notes where the baby will sleep.

### Perinatal mental health team – lead: Dr Elowen Carne, consultant perinatal psychiatrist, with Sam Jelbert, community psychiatric nurse

- Write an assessment of Dawn's risk of relapse after the birth by 19 September 2025 and send it to the core group.
- Dawn will see Sam every week and tell him how she is sleeping; Sam records it in her notes.
""", name="plan.md")
    owners = [a.facts.owner for a in report.plan.actions]
    assert owners[:2] == ["Kit Penrose, social worker",
                          "Dr Elowen Carne, consultant perinatal psychiatrist, with Sam Jelbert, community psychiatric nurse"]
    assert owners[2] == "Dawn"  # a step that names its own doer keeps it
    assert not _rules(report, "W001")


def test_a_heading_that_says_what_someone_will_do_gives_their_steps_an_owner():
    report = lint("""\
# Child protection plan

## What the health visitor will do (Bethan Corless, Fenby 0-19 Service)

- Go to the flat every Tuesday, weigh Orla and plot the weight in her red book.

## What Shona (Mum) will do

- Write the time of every bottle on the feed chart each day; the health visitor checks it each Tuesday.
- Nan (Pat Kerr) will stay over every Friday and do the 2am feed, written on the chart in her hand.
""", name="plan.md")
    assert [a.facts.owner for a in report.plan.actions] == [
        "the health visitor (Bethan Corless, Fenby 0-19 Service)", "Shona (Mum)", "Nan (Pat Kerr)"]
    assert not _rules(report, "W001")


def test_a_box_titled_with_whose_it_is_gives_its_rows_their_owner():
    data = _docx(
        ("Title", "My plan – Lili"),
        ("Heading 1", "What the grown-ups will do"),
        ("table", [["[Photo: Mum and Lili making pancakes] ERIKA HORVATH – Mum", "", ""],
                   ["What I will do", "When", "How you will know"],
                   ["Keep the front door locked and not let Dad into the flat", "Every day",
                    "The police tell Rhiannon the same day if they are called"]]),
    )
    report = lint(data, name="plan.docx")
    (action,) = report.plan.actions
    assert action.facts.owner_status == "ok" and "ERIKA HORVATH" in action.facts.owner
    assert not _rules(report, "W001")


def test_work_to_be_done_with_no_one_named_is_ownerless_not_a_misreading():
    report = lint("""\
# Our plan

## Our promises

- Support to be offered to us with the rent arrears before the court date on 14 August.
- Dayo will go to the Caring Dads group every Tuesday until 30 September; the group sends Ruth his attendance.
""", name="plan.md")
    support = _action(report, "Support to be offered")
    assert support.facts.owner_status == "missing" and "owner" not in support.unclear
    assert [f.excerpt for f in _rules(report, "W001")] and all("Support" in f.excerpt for f in _rules(report, "W001"))


def test_a_table_of_changes_stamped_with_date_and_time_is_a_record_not_work():
    report = lint("""\
# Task report

## Tasks

| Task | Assigned to | Due | Evidence |
|---|---|---|---|
| Visit Amani on the ward | Olu Bankole, SW | Twice a week | Visit notes on file |

## Record history

| When | Who | What changed |
|---|---|---|
| 13/06/2025 17:40 | O. Bankole | Looked after episode opened |
| 19/06/2025 10:12 | O. Bankole | Tasks T-01 to T-12 added |
""", name="report.md")
    assert [a.text.split(" | ")[0] for a in report.plan.actions] == ["Visit Amani on the ward"]


def test_cards_stacked_down_a_table_under_a_banner_each_are_one_action():
    rows = []
    for n, (work, lead, when, proof) in enumerate([
            ("Visit Jordan at home and see him on his own", "Becky Orme, SW", "Weekly", "Visit record with Jordan's words"),
            ("Referral to the community dental service for Keeley", "", "By 30/06/2025", "Appointment letter on file"),
    ], 1):
        rows += [[f"Action {n} of 2 · outcome 1"], ["Action", work], ["Lead", lead], ["Target date", when],
                 ["Evidence", proof], ["Status", "On track"]]
    d = docx.Document()
    d.add_paragraph("Child Protection Plan", style="Title")
    d.add_paragraph("Plan actions", style="Heading 1")
    table = d.add_table(rows=len(rows), cols=2)
    for row, cells in zip(table.rows, rows):
        if len(cells) == 1:
            row.cells[0].merge(row.cells[1]).text = cells[0]
        else:
            row.cells[0].text, row.cells[1].text = cells
    buf = io.BytesIO()
    d.save(buf)
    report = lint(buf.getvalue(), name="plan.docx")
    assert [a.fields.get("action") for a in report.plan.actions] == [
        "Visit Jordan at home and see him on his own", "Referral to the community dental service for Keeley"]
    assert [f.rule for f in report.findings if f.rule in ("W001", "T001", "M001")] == ["W001"]


def test_a_document_with_outcomes_a_contingency_and_the_childs_words_is_a_plan_whatever_its_title_says():
    report = lint("""\
# Ellis and Maisie – summer holiday plan and cover rota

## What Ellis says

Ellis said: "I like it when Nan takes us to the park."

## What we want for Ellis and Maisie this summer

- Every day of the holidays Ellis and Maisie are with an adult who is well.

## Holiday cover rota

| When | Who | What they will do | How we'll know |
|---|---|---|---|
| Monday to Friday, 7.30 to 9.15am | Craig (Dad) | Get the children up and fed | Dad texts the SW each morning |

## If someone on the rota cannot do their slot

If a slot is not covered, the SW will arrange a childminder the same day.
""", name="plan.md")
    assert report.plan.reading.plan_found


def test_a_progress_note_in_the_evidence_column_is_no_measure():
    report = lint("""\
# Review child protection plan

## The plan

| No. | Action | Lead | By when | Progress / evidence |
|---|---|---|---|---|
| 1 | Safety planning sessions with Tyler about who to ring | SW Oliver Stannard | By 11/07/2025 | Started 12/06/2025 |
| 2 | Choices programme for Lee | Lee Hallworth | By 30/09/2025 | Suitability interview held 24/06/2025; on the waiting list |
| 3 | Weekly sessions for Tyler with the school counsellor | Mrs Kaur, DSL | Weekly | Completed session notes sent to the SW each month |
""", name="plan.md")
    assert [a.facts.measure_status for a in report.plan.actions] == ["missing", "missing", "ok"]
