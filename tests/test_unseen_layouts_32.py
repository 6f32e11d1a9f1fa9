"""Classes met on tuning material of the thirty-third pass: vague times written as
"as they arise" or "as often as she can, with each visit logged", and a When field
left blank under an action hung on an event. All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_TAIL = """
## If things go wrong
If Kim misses her medication, Sam will hold a strategy discussion the same day and ask for a legal planning meeting.

## Meetings
Core group every 4 weeks; review conference on 12 June 2025.
"""

_HEAD = """# Child protection plan for Jayden

## What we want for Jayden
- Jayden goes to school every day and is not frightened at home.

## What Jayden says
Jayden said "I like it when Nan picks me up".

## Actions
"""


def test_concerns_shared_as_they_arise_is_a_vague_time():
    report = _lint(_HEAD + """- Sam Cole (SW) will visit Jayden every week, with visit notes shared at core group.
- All professionals will share any concerns with the social worker as they arise, logged on the case record.
""" + _TAIL)
    assert any("All professionals will share" in e for e in _rules(report, "T002"))
    assert not any("All professionals will share" in e for e in _rules(report, "T001"))


def test_each_visit_logged_says_what_is_recorded_not_how_often():
    report = _lint(_HEAD + """- Kim Rudd will try to visit Jayden on the ward as often as she can, with each visit written in the ward's parents' log.
- Kim Rudd will visit Jayden on the ward every day, with each visit written in the ward's parents' log.
""" + _TAIL)
    vague = _rules(report, "T002")
    assert any("as often as she can" in e for e in vague)
    assert not any("every day" in e for e in vague)
    assert _action(report, "every day").facts.time_status == "ok"


def test_a_blank_when_field_is_no_time_even_for_an_action_hung_on_an_event():
    report = _lint("""CHILD PROTECTION PLAN FOR JAYDEN

WHAT WE WANT FOR JAYDEN
- Jayden goes to school every day.

ACTIONS

1.  Kim to tell the SW when her epilepsy flares up and who will look after Jayden
    LEAD:    Kim Rudd
    WHEN:
    PROOF:   Each flare-up logged by the SW with the name of the adult caring for Jayden

2.  Kim to ring Nan whenever she feels unwell so that Nan can collect Jayden
    LEAD:    Kim Rudd
    WHEN:    Whenever Kim feels unwell
    PROOF:   Nan's calls noted in the school's pick-up book
""" + _TAIL, name="plan.txt")
    assert _action(report, "epilepsy flares up").facts.time_status == "missing"
    assert _action(report, "ring Nan").facts.time_status != "missing"
