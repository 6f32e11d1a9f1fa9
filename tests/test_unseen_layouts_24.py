"""Classes met on tuning batch 75 (outcomes, measures and timescales in ordinary words; exports,
outlines, update columns), on invented text unless a test names a tuning sample plan. All names
are invented."""
from pathlib import Path

from planlint.readers import read_path
from test_unseen_layouts_15 import _TAIL, _action, _lint, _rules

_HEAD = """# Child protection plan for Mia
Mum: Sarah Hollis.

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.

"""

_WORK = """## Who is doing what

- The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.
"""


def test_a_legal_status_section_tells_the_arrangement_and_is_no_work():
    report = _lint(_HEAD + """## Mia's legal status at birth
Because Sarah stopped her medication in June and the parenting assessment will not be finished before the birth,
Sarah and Tom have agreed in writing that Mia will be accommodated under section 20 from birth. Because of Sarah's
medication, the neonatal team will keep Mia on the neonatal unit for at least 72 hours to watch for withdrawal. She
will then be placed with Nan as a connected person carer. Sarah and Tom can visit Mia on the unit; times will be
agreed with the ward.

""" + _WORK + _TAIL)
    assert [a.text for a in report.plan.actions] == [
        "The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group."]


def test_legal_steps_ahead_beside_the_status_still_count():
    # (a guard: "Legal status and planning" stays a part of the plan R002 reads)
    report = _lint(_HEAD + """## Legal status and planning
If Sarah withdraws her consent, the social worker will ask the team manager for a legal planning meeting within 5 working days.

""" + _WORK + _TAIL.replace(" and ask for a legal planning meeting", ""))
    assert _rules(report, "R002") == []


def test_an_outline_item_over_two_levels_is_a_theme_however_long():
    report = _lint(_HEAD + """## The plan

- Mia at nursery, her health and her feelings
  - Nursery
    - Mrs Patel (nursery manager) will email the social worker Mia's attendance every Friday until 12 June 2025.
  - Health
    - The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group.
""" + _TAIL)
    assert len(report.plan.actions) == 2
    assert not any(a.text.startswith("Mia at nursery") for a in report.plan.actions)


def test_an_update_column_reports_progress_it_is_no_outcome_and_no_measure():
    report = _lint(_HEAD + """## The plan

| Action | Update (core group, 3 July 2025) |
|---|---|
| The health visitor, Jane Ford, will weigh Mia every two weeks until 12 June 2025 and send the weights to the core group. | Seen four times; Mia is gaining weight. |
| CAMHS to complete an assessment of Mia's sleep by 30 June 2025. | Referral accepted by CAMHS; Mia is on the waiting list. |
""" + _TAIL)
    assert [o.text for o in report.plan.outcomes] == ["Mia goes to nursery every day and gains weight steadily."]
    assert [e.split(" | ")[0] for e in _rules(report, "M001")] == ["CAMHS to complete an assessment of Mia's sleep by 30 June 2025."]


def test_a_parent_named_with_her_age_before_what_she_is():
    report = _lint("""# Child in need plan for Kian
Lives with: Leanne Maddox (36), mum, 4 Elm Close.

## What needs to be different
- Kian is home by 10pm on school nights.
- Leanne feels less on her own and more confident setting rules.

""" + _WORK.replace("Mia", "Kian") + _TAIL)
    assert _rules(report, "F002") == ["Leanne feels less on her own and more confident setting rules."]


def test_the_child_named_as_the_one_using_is_no_parents_illness():
    plan = """# Child in need plan for Kian
Mum: Leanne Maddox.

## Why Kian has a plan
The assessment found that {who} has been smoking cannabis most weekends and staying out on the nights Leanne works.

""" + _WORK.replace("Mia", "Kian") + _TAIL
    assert _rules(_lint(plan.format(who="Kian")), "F004") == []
    assert _rules(_lint(plan.format(who="Leanne")), "F004") != []


def test_staying_so_a_parent_is_never_alone_with_the_baby_is_supervision():
    report = _lint(_HEAD + """## The plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Stay with Sarah every weekday morning so that she is never alone with Mia while her medication is changed | Lisa Hollis (aunt) | Weekdays 8am to 1pm until 12 June 2025 | Diary kept by Lisa, read by the social worker |
| The health visitor will weigh Mia every two weeks | Jane Ford (HV) | Until 12 June 2025 | Weights in the red book |
""" + _TAIL)
    found = _rules(report, "C003")
    assert len(found) == 1 and found[0].startswith("Stay with Sarah every weekday morning")


def test_worries_about_safety_in_general_name_no_trigger():
    plan = _HEAD + _WORK + """
## If things get worse
If {trigger}, the social worker will talk to her manager and the core group will meet early. If things have not
improved by the review conference, the social worker will request a legal planning meeting.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025.

## What Mia says
Mia said she likes nursery because of the sand pit.
"""
    assert _rules(_lint(plan.format(trigger="there are further concerns about the children's safety")), "C002") != []
    assert _rules(_lint(plan.format(trigger="Sarah misses two feeds in a day")), "C002") == []


def test_outcomes_that_only_deliver_services_are_no_outcome():
    plan = """# Child protection plan for Mia
Mum: Sarah Hollis.

## Outcomes
- Referral to the Elmbury Family Hub completed and family support in place.
- Social worker visits to continue.
- Specialist alcohol service involved.
{more}
""" + _WORK + _TAIL
    assert _rules(_lint(plan.format(more="")), "O001") != []
    assert _rules(_lint(plan.format(more="- Mia goes to nursery every day and gains weight steadily.")), "O001") == []


def test_a_babys_day_told_under_her_name_is_her_voice():
    plan = _HEAD + """## Mia on the ward
The nurses say Mia takes 60 ml every three hours but tires before the end of a feed. She settles best held upright
against a shoulder. She startles at the ward's alarms and cries hard when she is laid flat.

""" + _WORK + _TAIL.split("## What Mia says")[0]
    assert _rules(_lint(plan), "F003") == []
    assert _rules(_lint(plan.replace("She settles", "The room is").replace("and cries hard", "and is loud")), "F003") != []


def test_a_record_written_as_the_work_is_done_and_a_look_at_each_visit_are_measures():
    report = _lint(_HEAD + """## Who is doing what

- Nan will look after Mia every Friday from 9am to 3pm, writing her feeds and sleeps in the notebook that comes home in her bag.
- Sarah will put Mia down on her back in her cot for every sleep, and the social worker will look at where she is sleeping at each visit.
- Nan will look after Mia every Friday from 9am to 3pm.
""" + _TAIL)
    assert _rules(report, "M001") == ["Nan will look after Mia every Friday from 9am to 3pm."]


def test_before_the_next_child_in_need_meeting_is_a_time():
    report = _lint(_HEAD + """## The plan

| Action | Update |
|---|---|
| A referral will be made by the social worker to the youth service for a mentor for Mia before the next child in need meeting. | Form sent. |
| A referral will be made by the social worker to the youth service for a mentor for Mia. | Form sent. |
""" + _TAIL)
    assert [_action(report, w).facts.time_status for w in ("meeting.", "for Mia.")] == ["ok", "missing"]


def test_pdf_field_value_that_stops_short_ends_the_field():
    # "HOW WILL WE KNOW: -" over "Item 11 of 11 · Status: Open" (a tuning sample plan)
    doc = read_path(Path(__file__).parents[1] / "sample_plans" / "b75_culvermere_careframe_export_labelled_lines_brannigan.pdf")
    texts = [b.text for b in doc.blocks]
    assert "HOW WILL WE KNOW: -" in texts and "Item 11 of 11 · Status: Open" in texts
    assert "HOW WILL WE KNOW: Written assessment report shared with Shannon and the core group" in texts  # a wrapped value
