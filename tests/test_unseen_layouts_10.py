"""Classes met writing plans in layouts planlint had not read (tuning batch 39), on
invented text or on tuning sample plans. All names are invented."""
from pathlib import Path

from planlint import lint
from planlint.readers import read_path

SAMPLES = Path(__file__).parents[1] / "sample_plans"


def _rules(report, *codes):
    return [f for f in report.findings if f.rule in codes]


def test_a_second_line_for_a_field_joins_the_action_and_an_empty_field_is_no_heading():
    # "Responsible worker: ..." then "Agency: ...", "Due: ..." and an empty "Success measure:",
    # one of them straight after a page break (a tuning sample plan's case-system print)
    plan = lint(SAMPLES / "b39_druxworth_case_print_plan_item_lines_gorton.pdf").plan
    assert len(plan.actions) == 9
    assert not [a for a in plan.actions if a.text.startswith("Due:")]
    assert not [s for s in plan.sections if s.heading.startswith("Success measure")]
    first = plan.actions[0]
    assert first.fields["owner"] == "Ayo Mbeki (SW); Druxworth Children's Services"
    assert first.fields["timescale"].startswith("Weekly")
    nursery = next(a for a in plan.actions if "nursery place" in a.text)
    assert "Responsible" not in nursery.text  # the label after the page break is a field, not the action's words
    assert nursery.facts.owner_status == "vague"


_DOTS = """\
CHILD PROTECTION PLAN - REVIEW

ACTION PLAN
-----------
TASK 1
  What ........ Home visits, seeing Kian and Ffion alone, checking
                there is food in the house
  Responsible . SW Cerys Pugh
  Target ...... Every 10 working days
  Evidence ....
  Progress .... 3 visits since conference

TASK 2
  What ........ Check Ffion is in school and in clean uniform each day
  Responsible . Mr Owain Hughes, DSL
  Target ...... Daily in term
  Evidence .... Monitored
  Progress .... Attendance 96% this half term
"""


def test_a_leader_cut_short_by_a_long_label_still_makes_a_field():
    plan = lint(_DOTS, name="plan.txt").plan
    assert [a.fields.get("owner") for a in plan.actions] == ["SW Cerys Pugh", "Mr Owain Hughes, DSL"]
    # "Target" is when; a second measure-like line ("Progress") reports progress, it is no measure
    assert [a.facts.time_status for a in plan.actions] == ["ok", "ok"]
    assert [a.facts.measure_status for a in plan.actions] == ["missing", "vague"]


_PLACE = """\
# Child protection plan: Kian Morgan (9)

## Worries
Mum (Bethan) has severe depression and has twice taken an overdose.

## Who is involved
- Harlowmere CMHT: referral refused by Bethan
- Harlowmere High: Mr Owain Hughes, DSL
- Harlowmere Young Carers: Jen Price

## Actions
| Action | Who | When | How we will know |
|---|---|---|---|
| Young carers assessment for Kian | Jen Price, Harlowmere Young Carers | By 25/07/2025 | Assessment sent to the SW |
| Check Kian's attendance every day | Mr Owain Hughes, Harlowmere High | Every school day | Attendance record sent to the SW each Friday |
"""


def test_a_place_that_names_many_services_is_not_an_adult_service():
    # "Harlowmere CMHT" beside "Harlowmere High" and "Harlowmere Young Carers": the school and
    # the young carers' service do not become adult services, so no adult service owns an action
    assert _rules(lint(_PLACE, name="plan.md"), "F004")
    owned = _PLACE.replace("| Check Kian's", "| Review Bethan's medication and report on her mood and Kian's care | "
                                            "Dr Alun Rees, Harlowmere CMHT | By 01/08/2025 | Report to the core group |\n"
                                            "| Check Kian's")
    assert not _rules(lint(owned, name="plan.md"), "F004")


def test_a_person_of_a_service_works_for_it():
    text = ("## Worries\nMum (Kirsty) drinks most days.\n\n## Actions\n"
            "1. Kirsty will do a breath test with her recovery worker, Dean Moss of the Tallow Alcohol Recovery "
            "Service, every Monday, and Dean will email the results to the SW before each core group.\n")
    assert not _rules(lint(text, name="plan.md"), "F004")


def test_a_named_school_in_a_comment_owns_the_action():
    text = ("## Action plan\n\n| Action | Comments |\n|---|---|\n"
            "| Weekly nurture session for Noah | Brinkley Infants – every Tuesday. "
            "Session log sent to the SW each half term. |\n"
            "| Home visits to see Noah on his own | SW Tom Reddy – every two weeks. Visit notes on file. |\n")
    plan = lint(text, name="plan.md").plan
    assert [a.facts.owner_status for a in plan.actions] == ["ok", "ok"]
    assert not _rules(lint(text, name="plan.md"), "W001")


def test_one_action_tables_either_side_of_a_page_break_stay_apart():
    # "Action 4 | ..." at the foot of page 2 and "Action 5 | ..." at the top of page 3 (a tuning
    # sample plan): two cards, not one table running on
    doc = read_path(SAMPLES / "b26_yelmstone_transfer_stacked_label_tables_petrie.pdf")
    firsts = [b.table.rows[0][0] for b in doc.blocks if b.kind == "table" and b.table.rows[0][0].startswith("Action")]
    assert firsts == [f"Action {n}" for n in range(1, 11)]


def _stacked_docx(path, bold=True):
    import docx

    d = docx.Document()
    d.add_heading("Child Protection Plan – Review", 1)
    d.add_paragraph("Child: Ella Moss (6)")
    d.add_heading("What we want for Ella", 2)
    d.add_paragraph("Ella is safe at home and goes to school every day.")
    d.add_heading("Actions", 2)
    for n, (what, who, ev) in enumerate([
        ("Visit Ella at home every two weeks and see her on her own.", "Sara Khan, social worker", "Visit notes record what Ella says."),
        ("Take Ella to school every day from 01/09/2025.", "Jo Moss (mother)", "School register shows Ella in by 8.50am."),
    ], 1):
        d.add_paragraph(f"Action {n}")
        for label, value in (("What will happen", what), ("Responsible", who), ("Evidence of progress", ev)):
            d.add_paragraph().add_run(label).bold = bold
            d.add_paragraph(value)
    d.add_heading("Review", 2)
    d.add_paragraph("Core group every 4 weeks from 15/07/2025. Review conference 20/10/2025.")
    d.save(path)
    return path


def test_a_field_name_stacked_over_its_value_is_a_field(tmp_path):
    # each field's name on its own line (bold in Word, so read as a heading), its value below
    for bold in (True, False):
        plan = lint(_stacked_docx(tmp_path / f"plan{bold}.docx", bold)).plan
        assert [a.fields.get("owner") for a in plan.actions] == ["Sara Khan, social worker", "Jo Moss (mother)"]
        assert not _rules(lint(tmp_path / f"plan{bold}.docx"), "M001", "W001")
        assert [s.kind for s in plan.sections] == ["title", "outcomes", "actions", "review"]
    text = ("CHILD PROTECTION PLAN\n\nWHAT WE WANT FOR ELLA\nElla is safe at home.\n\nACTIONS\n\nAction 1\n"
            "What will happen\nVisit Ella at home every two weeks and see her on her own.\nResponsible\n"
            "Sara Khan, social worker\nEvidence of progress\nVisit notes record what Ella says.\n\n"
            "Evidence\nThe school and the health visitor have seen a change since May.\n")
    plan = lint(text, name="plan.txt").plan
    assert [a.fields.get("owner") for a in plan.actions] == ["Sara Khan, social worker"]
    assert [a.fields.get("measure") for a in plan.actions] == ["Visit notes record what Ella says."]
    # "Evidence" alone over a paragraph, with no other field near it, stays a heading
    assert "Evidence" in [s.heading for s in plan.sections]


def test_forms_that_name_their_lead_before_the_action_keep_it(tmp_path):
    # "Lead professional: ..." above "Action: ..." in each form of a Word plan: each lead is its own form's
    import docx

    d = docx.Document()
    d.add_heading("Plan for Ella Moss (6)", 1)
    d.add_heading("Outcomes", 2)
    d.add_paragraph("Ella is safe at home and goes to school every day.")
    d.add_heading("Plan", 2)
    for who, what, evidence in (
        ("Sara Khan, social worker", "Visit Ella at home every two weeks and see her on her own.",
         "Visit notes record what Ella says."),
        ("Jo Moss (mother)", "Take Ella to school every day from 01/09/2025.", "School register shows Ella in by 8.50am."),
        ("Lee Moss (father)", "Go to the Compass drug service every Thursday from 03/07/2025.", ""),
    ):
        d.add_paragraph(f"Lead professional: {who}")
        d.add_paragraph(f"Action: {what}")
        if evidence:
            d.add_paragraph(f"Evidence: {evidence}")
        d.add_paragraph("")
    d.save(tmp_path / "plan.docx")
    plan = lint(tmp_path / "plan.docx").plan
    assert [a.fields.get("owner") for a in plan.actions] == [
        "Sara Khan, social worker", "Jo Moss (mother)", "Lee Moss (father)"]
    assert [a.facts.measure_status for a in plan.actions] == ["ok", "ok", "missing"]


def test_a_lead_in_the_details_does_not_turn_the_forms_around(tmp_path):
    # one "Lead professional:" line above the first form, whose fields follow its action:
    # each form keeps its own "Responsible:" line; with "Step n" titles, lead-first forms still read
    import docx

    forms = (("Visit Ella at home every two weeks and see her on her own.", "Sara Khan, social worker"),
             ("Take Ella to school every day from 01/09/2025.", "Jo Moss (mother)"))
    for lead_first in (False, True):
        d = docx.Document()
        d.add_heading("Plan for Ella Moss (6)", 1)
        d.add_heading("Plan", 2)
        if not lead_first:
            d.add_paragraph("Lead professional: Sara Khan, social worker")
        for n, (what, who) in enumerate(forms, 1):
            if lead_first:
                d.add_paragraph(f"Step {n}")
                d.add_paragraph(f"Responsible: {who}")
            d.add_paragraph(f"Action: {what}")
            if not lead_first:
                d.add_paragraph(f"Responsible: {who}")
            d.add_paragraph("Evidence: the SW's visit notes")
        d.save(tmp_path / f"plan{lead_first}.docx")
        plan = lint(tmp_path / f"plan{lead_first}.docx").plan
        assert [a.fields.get("owner") for a in plan.actions] == [who for _, who in forms], lead_first


def test_who_and_when_in_a_square_bracket_opening_the_item():
    text = ("# Plan for Jayden (3)\n\n## Who will do what\n\n"
            "E1. [SW Marnie Oakes | every 2 weeks] Visit on a day Kofi is looking after Jayden and "
            "write down what Jayden says; evidence: visit records.\n\n"
            "E2. [every Monday | Tom Ashdown, EIP care coordinator] See Kofi and check his early signs; "
            "evidence: a written report to each core group.\n")
    plan = lint(text, name="plan.md").plan
    assert [a.fields.get("owner") for a in plan.actions] == ["SW Marnie Oakes", "Tom Ashdown, EIP care coordinator"]
    assert [a.fields.get("timescale") for a in plan.actions] == ["every 2 weeks", "every Monday"]


def test_of_two_outcome_columns_the_checks_are_the_measure():
    text = ("# Plan for Harvey (8)\n\n## Our plan\n\n| Our goal | What will happen | Person | When | What good looks like |\n"
            "|---|---|---|---|---|\n"
            "| Harvey feels safe at home. | Weekly time with Harvey to talk about home | Mrs Ann Lee, DSL | Every Thursday "
            "| Session log sent to the SW each month |\n"
            "| Harvey feels safe at home. | Get Harvey back to Cubs on Fridays | Kayleigh (mum) | From 04/07/2025 "
            "| Cubs register shows he went |\n")
    plan = lint(text, name="plan.md").plan
    assert [o.text for o in plan.outcomes] == ["Harvey feels safe at home."]
    assert [a.facts.measure_status for a in plan.actions] == ["ok", "ok"]


FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def test_capital_field_names_without_colons_in_a_pdf_export():
    # "LEAD PROFESSIONAL" over its value (the last one across a page break), or "BY WHEN   every
    # Thursday" on one line: each form's own lead, when and measure (fixtures/readers/make_fixtures.py)
    for name in ("stacked_fields.pdf", "caps_fields.pdf"):
        plan = lint(FIXTURES / name).plan
        assert [a.fields.get("owner") for a in plan.actions] == [
            "Sara Khan, social worker", "Lee Moss (father) with his Compass key worker", "Jo Moss (mother)"], name
        assert [a.facts.measure_status for a in plan.actions] == ["ok", "ok", "ok"], name
        assert not _rules(lint(FIXTURES / name), "W001", "W002", "T001", "T002", "M001", "M002"), name


def test_a_four_word_capital_label_in_plain_text():
    text = ("CHILD PROTECTION PLAN\n\nOUTCOMES\nElla is safe at home.\n\nPLAN\n\n"
            "LEAD PROFESSIONAL   Jo Moss (mother)\nWHAT WILL HAPPEN   Take Ella to school every day.\n"
            "BY WHEN   Every school day from 01/09/2025\nHOW WE WILL KNOW   School register shows Ella in by 8.50am.\n")
    plan = lint(text, name="plan.txt").plan
    assert [a.fields.get("measure") for a in plan.actions] == ["School register shows Ella in by 8.50am."]


def test_an_empty_stacked_field_keeps_the_form_together(tmp_path):
    # "Target date" left empty, "Evidence of progress" straight under it: the form goes on
    import docx

    d = docx.Document()
    d.add_heading("Plan for Ella Moss (6)", 1)
    d.add_heading("Actions", 2)
    for what, who, when, evidence in (
        ("Visit Ella at home and see her on her own.", "Sara Khan, social worker", "Every 2 weeks from 07/07/2025",
         "Visit notes record what Ella says."),
        ("Dad to go to the Compass drug service.", "Lee Moss (father)", "", "Compass letters copied to the SW."),
    ):
        for label, value in (("What will happen", what), ("Responsible", who), ("Target date", when),
                             ("Evidence of progress", evidence)):
            d.add_paragraph().add_run(label).bold = True
            if value:
                d.add_paragraph(value)
    d.save(tmp_path / "plan.docx")
    report = lint(tmp_path / "plan.docx")
    assert [a.fields.get("measure") for a in report.plan.actions] == [
        "Visit notes record what Ella says.", "Compass letters copied to the SW."]
    assert [f.excerpt.split(":", 1)[1].strip() for f in _rules(report, "T001")] == ["Dad to go to the Compass drug service."]
    text = ("CHILD PROTECTION PLAN\n\nACTIONS\n\nWhat will happen\nDad to go to the Compass drug service.\nResponsible\nLee Moss (father)\n"
            "Target date\nEvidence of progress\nCompass letters copied to the SW.\n")
    assert [a.fields for a in lint(text, name="plan.txt").plan.actions] == [{
        "action": "Dad to go to the Compass drug service.", "owner": "Lee Moss (father)", "timescale": "",
        "measure": "Compass letters copied to the SW."}]


_BY_WHEN = """\
CHILD PROTECTION PLAN - ACTION SHEET

WHAT WE WANT TO SEE
- Jayden is clean, fed and at nursery every day.

ACTIONS AGREED

THIS WEEK - by Friday 11 July 2025
- Put the bleach in the high cupboard and send the SW a photo of it. (Kerry)

EVERY WEEK UNTIL THE REVIEW CONFERENCE
- Home visit, seeing Jayden awake; the visit notes say who was in charge. (Lucy Hammond, SW)

ONGOING
- Keep an eye on how Jayden arrives at nursery and pass on anything worrying. (Mrs Cole, nursery manager)

NOW UNTIL 30 WEEKS
- Book the birth plan meeting with the ward; the plan is copied to the SW. (Fiona, midwife)
"""


def test_headings_that_say_when_group_the_work():
    report = lint(_BY_WHEN, name="plan.txt")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["EVERY WEEK UNTIL THE REVIEW CONFERENCE"] == "actions"  # work, not the review section
    assert kinds["ONGOING"] == "actions"
    assert len(report.plan.actions) == 4
    times = [a.fields.get("timescale") for a in report.plan.actions]
    # a deadline or "ongoing" over the work is its when; a stretch ("now until 30 weeks") is not
    assert times == ["THIS WEEK - by Friday 11 July 2025", "EVERY WEEK UNTIL THE REVIEW CONFERENCE", "ONGOING", None]
    assert [f.rule for f in _rules(report, "T001", "T002")] == ["T002", "T001"]


def test_a_form_in_its_own_words_with_its_need_between_lead_and_action(tmp_path):
    # "ACTION n" headings; capital names in the form's own wording ("UNTIL OR BY"); the need
    # ("WHAT NEEDS TO CHANGE") between the lead and the work; the last field left empty
    import docx

    d = docx.Document()
    d.add_heading("Child Protection Plan", 1)
    d.add_heading("Part D – Actions", 2)
    for n, (who, what) in enumerate((("Euan Blackwood, social worker", "Visit at home and see Callum on his own."),
                                     ("Morag Farquharson (mother)", "Give Isla her medicine at 7am and 7pm.")), 1):
        d.add_heading(f"ACTION {n}", 3)
        for label, value in (("LEAD PROFESSIONAL", who), ("WHAT NEEDS TO CHANGE", f"Need {n}: Isla is safe and well."),
                             ("WHAT WILL HAPPEN", what), ("UNTIL OR BY", "Every 2 weeks until the review"),
                             ("HOW WE WILL KNOW", "Visit records and the medicine chart"), ("PROGRESS SINCE LAST REVIEW", "")):
            d.add_paragraph(label)
            if value:
                d.add_paragraph(value)
    d.save(tmp_path / "plan.docx")
    plan = lint(tmp_path / "plan.docx").plan
    assert [a.fields.get("owner") for a in plan.actions] == ["Euan Blackwood, social worker", "Morag Farquharson (mother)"]
    assert [a.fields.get("timescale") for a in plan.actions] == ["Every 2 weeks until the review"] * 2
    assert [o.text for o in plan.outcomes] == ["Need 1: Isla is safe and well.", "Need 2: Isla is safe and well."]


_LOWER_STACKED = """\
PRE-BIRTH PLAN

actions

need
    Leo and the baby need to be seen regularly at home by their social
    worker, before and after the birth.
action
    Visit at home, see Leo on his own, and look at the baby's sleeping
    space.
lead
    Bethan Cole, social worker
when
    From 30/06/2025: every 2 weeks until the birth
evidence
    Visit records note what Leo says.
status

What we want to see
  * Leo is safe and well.
  * The baby sleeps in her own cot.

NEXT MEETINGS
Core group every 4 weeks from 15/07/2025.
"""


def test_lower_case_field_names_over_indented_values():
    plan = lint(_LOWER_STACKED, name="plan.txt").plan
    assert [(a.fields.get("owner"), a.fields.get("timescale")) for a in plan.actions] == [
        ("Bethan Cole, social worker", "From 30/06/2025: every 2 weeks until the birth")]
    # a heading over a list, with another heading further down, stays a heading
    assert [o.text for o in plan.outcomes][-2:] == ["Leo is safe and well.", "The baby sleeps in her own cot."]


_PAGED = """\
KESTON COUNCIL    CHILDREN'S SOCIAL CARE    CP PLAN
Child(ren): MOSS Ella (6)                                     PAGE 1 OF 2
==========================================================================

OUTCOMES
- Ella is safe at home and goes to school every day.

PLAN - TASKS

TASK 01
LEAD PROFESSIONAL:  Marcus Pengelly, CPN
NEED:               Jo needs to stay on her medication so that she is
--------------------------------------------------------------------------
KESTON COUNCIL    CHILDREN'S SOCIAL CARE    CP PLAN
Child(ren): MOSS Ella (6)                                     PAGE 2 OF 2
==========================================================================
                    well enough to care for Ella.
ACTION:             Home visits to check Jo is taking her lithium
TARGET:             Fortnightly
EVIDENCE:           Lithium level in range at each monthly test

TASK 02
LEAD PROFESSIONAL:
AGENCY:             Keston Young Carers
ACTION:             Young carers assessment for Ella
TARGET:             By 25/07/2025
EVIDENCE:           Assessment sent to the SW
"""


def test_a_running_header_inside_a_form_and_an_empty_lead_at_its_top():
    plan = lint(_PAGED, name="plan.txt").plan
    assert not [s for s in plan.sections if s.heading.startswith(("TASK", "LEAD", "AGENCY"))]
    assert [s.heading for s in plan.sections].count("KESTON COUNCIL CHILDREN'S SOCIAL CARE CP PLAN") == 1
    assert [a.fields.get("owner") for a in plan.actions] == ["Marcus Pengelly, CPN", "Keston Young Carers"]
    assert [a.location.line for a in plan.actions] == [18, 25]  # the file's own line numbers
