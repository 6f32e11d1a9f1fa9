"""Classes met on tuning batch 73 (measures and timescales hard to read; words that look like
times), on invented text. All names are invented."""
from test_unseen_layouts_15 import _TAIL, _action, _lint, _rules

_PLAN_HEAD = """# Child protection plan for Mia
Mum: Sarah Hollis.

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.

## Who is doing what

"""


def _plan(*bullets: str):
    return _lint(_PLAN_HEAD + "".join(f"- {b}\n" for b in bullets) + _TAIL)


def test_a_frequency_describing_a_thing_gives_no_time():
    report = _plan("Jo Hill (family support worker) will draw up a daily routine chart with Sarah, with a copy kept on the file.",
                   "Jo Hill (family support worker) will go through Sarah's monthly budget with her, with a copy kept on the file.",
                   "Jo Hill (family support worker) will help Sarah plan a weekly shop, with a copy kept on the file.",
                   "Jo Hill (family support worker) will see Sarah weekly, with a copy kept on the file.",
                   "Jo Hill (family support worker) will make weekly home visits, with a copy kept on the file.")
    assert [_action(report, w).facts.time_status for w in ("routine", "budget", "shop", "see Sarah", "home visits")] == [
        "missing", "missing", "missing", "ok", "ok"]


def test_passing_on_what_the_child_says_the_same_day_is_a_measure():
    report = _plan("Mrs Patel (DSL) will see Mia each nursery morning and pass anything she says about home to the "
                   "DSL the same day.",
                   "Mrs Patel (DSL) will see Mia each nursery morning and pass anything on to Sophie.")
    assert _action(report, "the same day").facts.measure_status == "ok"
    assert _rules(report, "M001") == ["Mrs Patel (DSL) will see Mia each nursery morning and pass anything on to Sophie."]


def test_a_parents_own_hospital_stay_is_not_the_looked_after_childs():
    plan = """# Care plan for Mia, a looked after child
Mum: Sarah Hollis.

## Why Mia is looked after
{stay}

## What we want for Mia
Mia is settled with her foster carers and goes to nursery every day.

## Who is doing what
- The social worker, Jo Hill, will see Mia at her foster home every two weeks and record what she says.
""" + _TAIL
    assert _rules(_lint(plan.format(stay="Sarah was in Ward 4 at Elmbury General Hospital for three weeks.")), "L001") == []
    assert _rules(_lint(plan.format(stay="Mia was in Ward 4 at Elmbury General Hospital for three weeks.")), "L001") != []


def test_an_empty_who_over_an_instruction_naming_everyone_as_recipient_is_missing():
    report = _lint(_PLAN_HEAD.replace("## Who is doing what\n\n", "") + """## Network plan

| Who | What | When | How we will know |
|---|---|---|---|
| Brenda (Nan) | Take Mia to nursery | Every Monday | Nursery register |
|  | Type up the network plan and give a signed copy to everyone who came | By 19/03/2025 | Signed copies held by each person |
| Everyone in the network | Tell the SW the same day if Dad comes to the house | Every day | Each call logged by the SW |
""" + _TAIL)
    assert _rules(report, "W001") == [" | Type up the network plan and give a signed copy to everyone who came | By 19/03/2025 "
                                      "| Signed copies held by each person"]
    assert len(_rules(report, "W002")) == 1
