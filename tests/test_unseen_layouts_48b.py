"""Classes met on tuning batch 170 (plans written with other agencies, in their words): a
person's part headed by their name and role under "The plan", its contingency and meetings
beside it; a part's code before "WHAT STEVEN WILL DO"; the parts that are no work (a parent's
early warning signs, a baby's discharge criteria, bail conditions, test results so far); the
services' own vague times ("PRN", "as per CPA"); a note on how the plan is laid out in parts.
All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_ROLE_PARTS = """# Child protection plan: Jayden Sykes

## What Jayden says
Jayden (8) said: "I get angry when people say I smell."

## The plan

### Part A: Ellenthorn Primary School's part

#### Mrs Claire Hartley, Designated Safeguarding Lead

| What I will do | When | How we'll know |
|---|---|---|
| Meet Jayden for a check-in and check-out | Every school day, 8.45am and 3.10pm | Scores logged on CPOMS and sent to Rebecca each Friday |

#### Mrs Karen Doyle, attendance officer

| What I will do | When | How we'll know |
|---|---|---|
| Send Rebecca both children's attendance from the register | Every Friday | Each child at 95% or more by half term |

### Part B: What the family will do

- Toni will get both children to school by 8.45am every school day; the register will show it.

### If things go wrong
If the children miss two days in a week, Rebecca will visit that day and ask for a legal planning
meeting; if Toni is too unwell, Grandad Pete will take them; if he cannot, Rebecca will find a carer.

### Meetings
Core group every four weeks from 20/01/2026. Review conference: 14/04/2026.
"""


def test_a_persons_part_under_the_plan_is_theirs_beside_its_contingency_and_meetings():
    report = _lint(_ROLE_PARTS)
    assert "Karen Doyle" in _action(report, "attendance from the register").fields.get("owner", "")
    assert "Claire Hartley" in _action(report, "check-in and check-out").fields.get("owner", "")
    assert not _rules(report, "W001")


_AGREEMENT = """CHILD PROTECTION PLAN - LILY-MAE DONNELLY (8)

Parents: Steven Donnelly (34) and Kerry Donnelly (31)

WHAT LILY-MAE SAYS
Lily-Mae said: "I want Dad to stop being poorly."

WHAT MUST CHANGE
Lily-Mae is looked after every day by a parent who is not using drugs.

PART 6 - THE AGREEMENT

{heading}

6A.1  Take his methadone every day under supervision at Flaskby Lane Pharmacy.
      When: every day, from 28/01/2026 until the review conference on 05/03/2026.
      We'll know: the pharmacy tells Joanne of any missed dose the same day.

6A.2  Give a urine drug screen at every key-work session.
      When: {when}
      We'll know: results on the FRP record, e-mailed to Tom every Friday.

IF THINGS GO WRONG
If Steven uses heroin, Tom will ask for a legal planning meeting within five working days, and the
children will stay with Nan Sue; if she cannot have them, Tom will find a foster carer that day.

MEETINGS
Core group every four weeks from 03/02/2026. Review conference: 05/03/2026.
"""


def test_a_parts_code_before_whose_part_it_is():
    report = _lint(_AGREEMENT.format(heading="6A  WHAT STEVEN WILL DO", when="every key-work session (Tuesdays)."),
                   name="plan.txt")
    assert report.actions == 2 and not _rules(report, "W001")


def test_a_services_own_vague_times_are_vague():
    for when in ("PRN", "As per CPA", "When capacity allows", "As clinically indicated"):
        report = _lint(_AGREEMENT.format(heading="6A  WHAT STEVEN WILL DO", when=when), name="plan.txt")
        assert _rules(report, "T002") and not _rules(report, "T001"), when


_NOT_WORK = """# Plan for Oakley Lowther

## What Oakley's day is like
Oakley (10 days old) is on the Kestrel Unit; the nurses say he settles when he is held.

## {heading}
- {first}
- {second}

## What we want for Oakley
Oakley goes home to a flat where no one uses drugs, and gains weight along his centile.

## The plan
| What will happen | Lead | When | How we will know |
|---|---|---|---|
| Teach Jade safe sleep and settling | Ruth Hall, nursery nurse | Before rooming in on 24/01/2026 | Teaching checklist signed |
| Visit Oakley on the unit and see him with Jade | Sophie Turner, social worker | Twice a week until discharge | Visit records on file |

## If things go wrong
If Jade uses heroin, Sophie will ask for a legal planning meeting; Oakley stays on the unit, and if
Nan Sandra cannot have him after discharge, Sophie will find a foster carer.

## Meetings
Core group every four weeks from 20/01/2026. Review conference: 14/04/2026.
"""


def test_parts_that_set_no_one_to_work_are_no_actions():
    for heading, first, second in (
            ("Before Oakley goes home (discharge criteria)",
             "Jade and Lee have done 48 hours' rooming in and given all his cares.",
             "The flat has a Moses basket, a smoke alarm and a locked box for Jade's methadone."),
            ("Jade's early warning signs (from her CPA crisis plan)",
             "Sleeping less than 5 hours a night for two nights running.",
             "Spending money she does not have, and going out late at night."),
            ("Lee's bail conditions (until the plea hearing on 16/03/2026)",
             "Not to contact Jade or Oakley directly or indirectly.",
             "Not to go within 100 metres of Kestrel Unit.")):
        report = _lint(_NOT_WORK.format(heading=heading, first=first, second=second))
        assert report.actions == 2, heading
        assert not _rules(report, "F002") and not _rules(report, "M001"), heading
    # (the same lines under a heading of work are read, so the test above can fail)
    assert _lint(_NOT_WORK.format(heading="What will happen first", first="Lee will not contact Jade.",
                                  second="Jade will go to every key-work session.")).actions == 4


_PARTS = """CORE GROUP PLAN - HARLEY AND AVA QUINLAN

WHAT HARLEY SAYS
Harley (9) said: "I try to wake Mum up but she won't."

WHAT WE WANT FOR HARLEY AND AVA
1. Harley and Ava are cared for every day by a parent who is sober and not using drugs.

THE PLAN
~~~~~~~~
Part A is the recovery service's plan for Connor and Stacey, written in its own format and agreed at the
core group: each goal says what will change for the children, and each step has its own Who, When and
Evidence lines. {note}

PART A - RECOVERY PLAN
----------------------
1.1  Who:      Kelly Marsh, alcohol worker
     Step:     Breath tests for Stacey at home between 3pm and 7pm.
     When:     every Monday and Thursday from 02/02/2026
     Evidence: breathalyser readings e-mailed to Hollie the same day

PART B - EVERYONE ELSE
----------------------
1.2  Who:      Hollie Grant, social worker
     Step:     Visit Harley and Ava at home and see each child alone.
     When:     every week until the review conference on 14/04/2026
     Evidence: visit records on file with each child's words

IF THINGS GO WRONG
If Stacey drinks while caring for the children, Hollie will ask for a legal planning meeting, and
Nan Pat will have them that night; if Pat cannot, Hollie will find a foster carer.

MEETINGS
Core group every four weeks from 02/02/2026. Review conference: 14/04/2026.
"""


def test_a_note_on_the_plans_parts_is_no_outcome():
    # (under the outcomes, where a line of its own would read as one)
    text = _PARTS.format(note="").replace("not using drugs.\n", "not using drugs.\n\n{note}\n")
    assert not _rules(_lint(text.replace("{note}", "Part B is the rest of the plan."), name="plan.txt"), "F002")
    assert _rules(_lint(text.replace("{note}", "Mum will feel less stressed and cope better."), name="plan.txt"), "F002")


def test_a_long_run_of_tildes_underlines_or_rules_and_opens_no_code_block():
    text = _PARTS.format(note="").replace(
        "WHAT WE WANT FOR HARLEY AND AVA\n", "WHAT WE WANT FOR HARLEY AND AVA\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n")
    report = _lint(text, name="plan.txt")
    assert [o.text for o in report.plan.outcomes] == [
        "Harley and Ava are cared for every day by a parent who is sober and not using drugs."]
    assert "THE PLAN" in [section.heading for section in report.plan.sections]


def test_discharge_criteria_under_the_outcomes_are_none_of_them():
    text = _NOT_WORK.format(heading="Oakley's nurses", first="Kestrel Unit nurses care for Oakley day and night.",
                            second="-").replace(
        "gains weight along his centile.\n",
        "gains weight along his centile.\n\n### Before Oakley goes home (discharge criteria)\n"
        "- Jade and Lee have done 48 hours' rooming in and given all his cares.\n"
        "- The flat has a Moses basket, a smoke alarm and a locked box for Jade's methadone.\n")
    report = _lint(text)
    assert not any("rooming in" in o.text for o in report.plan.outcomes)
    assert not _rules(report, "F002")


def test_what_everyone_will_do_is_said_of_everyone():
    report = _lint(_AGREEMENT.format(heading="6F  WHAT EVERYONE WILL DO", when="every key-work session (Tuesdays)."),
                   name="plan.txt")
    assert len(_rules(report, "W002")) == 2 and not _rules(report, "W001")
