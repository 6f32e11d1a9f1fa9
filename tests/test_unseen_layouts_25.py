"""Classes met on tuning batch 77 (exports, outlines and narrative plans; outcomes in odd places;
measures hidden in ordinary words), on invented text unless a test names a tuning sample plan.
All names are invented."""
from pathlib import Path

from planlint.readers import read_path
from test_unseen_layouts_15 import _TAIL, _action, _lint, _rules

_HEAD = """# Child protection plan for Mia
Mum: Sarah Hollis.

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.

"""

_RULED = """SECTION D  ACTION PLAN
-------------------------------------------------------------------------------------
NO   ACTION                              WHO               WHEN            HOW MEASURED
-------------------------------------------------------------------------------------
01   See Mia at home and look in the     SW Jo Hill        Every 10        Visit record with
     kitchen and her bedroom                               working days    what was seen
-------------------------------------------------------------------------------------
02   Support Sarah with her low mood     Dr Amy Sen, GP    As needed       Monitor
-------------------------------------------------------------------------------------
03   Take Mia to nursery on her          Nan (Pat Hollis)  Mon, Wed and    Nursery register sent
     funded mornings                                       Fri mornings    to the SW monthly
-------------------------------------------------------------------------------------

SECTION E  CONTINGENCY
If Sarah misses two nursery drop-offs in a week, Nan will take Mia and the SW will visit the same day.
"""


def test_a_table_whose_rows_are_each_closed_by_a_rule():
    report = _lint(_HEAD + _RULED, name="plan.txt")
    assert [a.fields.get("owner") for a in report.plan.actions] == ["SW Jo Hill", "Dr Amy Sen, GP", "Nan (Pat Hollis)"]
    assert _action(report, "kitchen").fields["action"].endswith("look in the kitchen and her bedroom")
    # "HOW MEASURED" is the measure column: "Monitor" in it is a vague measure, not a comment
    assert [e.split(" | ")[1] for e in _rules(report, "M002")] == ["Support Sarah with her low mood"]


def test_success_measured_by_engagement_is_still_vague():
    report = _lint(_HEAD + """## Who is doing what

- Jas Bhatt (drugs worker) will see Mia's mum weekly from 7 October, with success measured by her engagement.
- Jas Bhatt (drugs worker) will see Mia's mum weekly from 7 October, with success measured by her test results sent to the SW.
""" + _TAIL)
    assert _rules(report, "M002") == ["Jas Bhatt (drugs worker) will see Mia's mum weekly from 7 October, with success "
                                      "measured by her engagement."]


def test_drugs_found_in_the_childs_own_room_are_the_childs():
    plan = """# Child protection plan for Kai
Dad: Gary Dunmore.

## Background
Gary told the police he hit Kai after finding cannabis and a set of scales in {whose} bedroom.

## What we want for Kai
Kai is safe at home and is never hit.

## Who is doing what

- Gary will go to the Safer Parenting course every Wednesday for eight weeks from 8 October, with attendance sent to the SW.
""" + _TAIL.replace("Mia", "Kai")
    assert _rules(_lint(plan.format(whose="Kai's")), "F004") == []
    assert _rules(_lint(plan.format(whose="Gary's")), "F004") != []


def test_actions_that_each_say_so_that_for_the_child_state_outcomes():
    plan = """# Child protection plan for Kai

## The plan
- Gary will go to the Safer Parenting course every Wednesday from 8 October, with attendance sent to the SW, so that {who} is never hit again.
- The SW will see Kai on his own every week and write down what he says on the visit record, so that {who} has someone to talk to.
""" + _TAIL.replace("Mia", "Kai")
    assert _rules(_lint(plan.format(who="Kai")), "O001") == []
    assert _rules(_lint(plan.format(who="the police")), "O001") != []


def test_a_note_on_what_each_heading_says_is_no_work():
    report = _lint(_HEAD + """## The plan
Each heading says by when the things under it will be done, or how long they go on for.

### Before Mia is born
- The midwife, Jane Ford, will see Sarah every two weeks and send her notes to the SW.
""" + _TAIL)
    assert [a.text for a in report.plan.actions] == ["The midwife, Jane Ford, will see Sarah every two weeks and send her notes to the SW."]


def test_pdf_numbered_item_title_wrapped_at_the_margin_is_no_heading():
    # "1.2 Nicole will not drink ... and will blow" over "into the breathalyser at 6pm ..." (a tuning sample plan)
    doc = read_path(Path(__file__).parents[1] / "sample_plans" / "b77_harnsey_numbered_who_when_how_subitems_pennock.pdf")
    assert not [b for b in doc.blocks if b.kind == "heading" and b.text.startswith("into the breathalyser")]
    assert any(b.text.startswith("1.2 Nicole") and b.text.endswith("in front of Adam") for b in doc.blocks)


def test_a_banner_over_a_rule_is_no_table():
    # (a guard: only column names of an action's fields make a ruled header)
    from planlint.readers.text import read_text

    doc = read_text("""HOLMWICK COUNCIL   CHILDREN'S SERVICES   CASE RECORD
=====================================================
CHILD ........ Mia HOLLIS      AGED 3
MOTHER ....... Sarah HOLLIS
""", "plan.txt")
    assert not [b for b in doc.blocks if b.table]


def test_a_parents_illness_told_as_over_needs_no_adult_service_now():
    plan = """# Child protection plan for Kai
Mum: Nicola Dunmore.

## Background
Nicola had postnatal depression after Ellie was born in 2014. She was treated by her GP{end}

## What we want for Kai
Kai is safe at home and is never hit.

## Who is doing what

- The SW, Lena Marsh, will see Kai on his own every week and write down what he says on the visit record.
""" + _TAIL.replace("Mia", "Kai")
    assert _rules(_lint(plan.format(end=" and discharged from mental health services in 2016, and has been well since.")),
                  "F004") == []
    assert _rules(_lint(plan.format(end=", and her low mood has come back this year.")), "F004") != []


def test_the_father_of_a_parent_is_a_grandparent():
    plan = """# Child protection plan for Kai
Lives with: Gary Dunmore (dad). Gary's father, Ron Dunmore, lives nearby.

## Background
{who} drinks most evenings.

## What we want for Kai
Kai is safe at home and is never hit.

## Who is doing what

- The SW, Lena Marsh, will see Kai on his own every week and write down what he says on the visit record.
""" + _TAIL.replace("Mia", "Kai")
    assert _rules(_lint(plan.format(who="Gary's father, Ron Dunmore,")), "F004") == []
    assert _rules(_lint(plan.format(who="Gary")), "F004") != []


def test_signing_in_each_time_is_a_record_of_it():
    report = _lint(_HEAD + """## Who is doing what

- Mia's brother Kai will go to the youth club boxing session every Monday, signing in each time.
- Mia's brother Kai will go to the youth club boxing session every Monday.
""" + _TAIL)
    assert _rules(report, "M001") == ["Mia's brother Kai will go to the youth club boxing session every Monday."]
