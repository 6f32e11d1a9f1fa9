"""Classes met on tuning batch 69 (measures and timescales written many ways; parents who
are unwell and plans that must stay child focused), on invented text. All names are invented."""
from test_unseen_layouts_15 import _TAIL, _WORK, _lint, _rules

_PLAN_HEAD = """# Child protection plan for Mia
Mum: Sarah Hollis.

"""


def test_a_heading_saying_what_happened_to_the_last_plan_is_history_not_work():
    report = _lint(_PLAN_HEAD + """## What happened to the child in need plan

| Action | Who | Update |
|---|---|---|
| Dental check for Mia | Sarah | Two appointments missed |
| Young carers referral | SW | Made in May; still waiting |

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.
""" + _WORK + _TAIL)
    assert [a.text for a in report.plan.actions if "Dental" in a.text or "carers" in a.text] == []
    assert len(report.plan.actions) == 2
    assert _rules(report, "U001") == []


def test_an_appointment_card_shown_at_visits_is_a_measure():
    work = """## Who is doing what

- Sarah will go to her keywork session at the recovery service each Tuesday, showing her appointment card at the social worker's visits.
- Sarah will go to her keywork session at the recovery service each Tuesday.
"""
    report = _lint(_PLAN_HEAD + "## What we want for Mia\nMia goes to nursery every day.\n" + work + _TAIL)
    assert _rules(report, "M001") == ["Sarah will go to her keywork session at the recovery service each Tuesday."]


def _outcomes_under(heading: str):
    return _lint(_PLAN_HEAD + f"## {heading}\n\n"
                 "- \"I want to be clean, properly clean, and off the script by Christmas.\"\n"
                 "- \"Mia gets to nursery on time every day.\"\n\n" + _WORK + _TAIL)


def test_first_person_outcomes_under_a_parents_words_heading_are_the_parents():
    report = _outcomes_under("What good looks like (in Sarah's words)")
    assert _rules(report, "F002") == ["\"I want to be clean, properly clean, and off the script by Christmas.\""]


def test_first_person_outcomes_under_the_childs_heading_stay_the_childs():
    assert _rules(_outcomes_under("What good looks like (in Mia's words)"), "F002") == []
    assert _rules(_outcomes_under("What good looks like"), "F002") == []
