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


_CHILDS_PLAN = """# My plan

## What we are worried about
Mum drinks too much wine and sometimes falls asleep when she is looking after me.

## What I want
I want to live with Mum and not worry about her.

## What the grown-ups will do

{helper}

Mel will see Mum every Tuesday morning, do her breath test and write to Sam once a month to say whether Mum is managing not to drink.

**Sam, my social worker**

Sam will visit me every two weeks, see me on my own and write down what I say in my file.
""" + _TAIL


def test_a_service_explained_in_plain_words_owns_its_workers_actions():
    report = _lint(_CHILDS_PLAN.format(
        helper="**Mel from Kestrel House** (Kestrel House helps grown-ups who drink too much)"))
    assert not _rules(report, "F004")


def test_a_helper_not_said_to_come_from_an_adult_service_leaves_the_gap():
    report = _lint(_CHILDS_PLAN.format(helper="**Mel, Mum's friend** (Mel lives next door to us)"))
    assert _rules(report, "F004")


def test_a_nurse_named_for_the_parents_condition_is_an_adult_service():
    plan = """# Child protection plan for Ruby

## What we are worried about
Dad has type 1 diabetes with severe hypos, and twice Ruby could not wake him.

## What we want for Ruby
- Ruby always has an adult who can look after her when Dad is unwell.

## What Ruby says
Ruby said "I know how to ring 999 now".

## Actions
- {owner} will fit Dad's glucose sensor by 14 March 2025 and send the SW the alarm log each month.
- Sam Cole (SW) will visit Ruby every two weeks and see her alone; visit notes on file.
""" + _TAIL
    assert not _rules(_lint(plan.format(owner="Maria Kovacs, diabetes specialist nurse")), "F004")
    assert _rules(_lint(plan.format(owner="Maria Kovacs, Dad's neighbour")), "F004")
