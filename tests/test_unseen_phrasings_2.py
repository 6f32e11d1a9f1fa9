"""More classes met in plans written elsewhere: actions numbered inside a
prose sentence, a "checked by:" line under a typed-up item, a document
written and sent as the measure, a judged object after "keep an eye on",
brothers and sisters named in a letter, a contingency naming several
helpers in one condition, and words a narrow PDF cell broke. All names are
invented."""
import pytest

from test_nlp_understanding import facts  # one action read by the NLP layer alone

from planlint import lint
from planlint.nlp.pipeline import Analyser
from planlint.nlp.understand import Understanding
from planlint.readers.pdf import _cell_text
from planlint.structure.actions import enumerated


@pytest.fixture(scope="module")
def understanding():
    return Understanding(Analyser(), names=["Mara", "Tess"], child_names=["Ivo"])


def test_actions_numbered_inside_a_sentence_are_one_action_each():
    parts = enumerated(
        "The conference agreed that (1) Pia Lund, social worker, will see Ivo every week; "
        "(2) Mara will take Ivo to nursery every weekday, and (3) a referral will be made to the carers service.")
    assert parts == [
        "Pia Lund, social worker, will see Ivo every week",
        "Mara will take Ivo to nursery every weekday",
        "a referral will be made to the carers service.",
    ]


@pytest.mark.parametrize("text", [
    "Ivo is seen (1) at home and at school.",  # one number: a bracket, not a list
    "Ivo goes to (2) clubs and (5) sessions.",  # not counting up
])
def test_a_stray_bracketed_number_is_not_a_list(text):
    assert enumerated(text) == [text]


def test_numbered_prose_plan_finds_the_unowned_action():
    plan = (
        "# Child protection plan for Ivo Marsh\n\n## The plan\n\n"
        "To get there, the conference agreed that (1) Pia Lund, social worker, will see Ivo on his own "
        "every two weeks and write what he says in her visit records; (2) Mara will take Ivo to nursery "
        "every weekday from 2 June, and the nursery register will show he attended; and (3) a referral "
        "will be made to the young carers service.\n")
    report = lint(plan, name="plan.md")
    assert report.actions == 3
    owner = [f for f in report.findings if f.rule == "W001"]
    assert [f.excerpt for f in owner] == ["a referral will be made to the young carers service."]


def test_checked_by_line_under_a_typed_up_item_is_its_measure():
    plan = (
        "PLAN FOR IVO\n\nTHE PLAN\n"
        " 1) Tess - no drinking at home, at all. Starts 12/06.\n"
        "      checked by: breathalyser at SW evening visits, reading 0.00 every time\n"
        " 2) SW (Pia) - visit every week, see Ivo on his own -> visit records say what Ivo said\n")
    report = lint(plan, name="plan.txt")
    assert not [f for f in report.findings if f.rule == "M001"]


@pytest.mark.parametrize("text", [
    "Nurse Kim Abel will see Mara by 18/07/2025 and write a seizure safety plan for Ivo that she sends to the SW",
    "Kim Abel, youth worker, will offer Ivo a return home interview within 72 hours and send the write-up to me",
])
def test_a_document_written_or_sent_is_a_measure(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


@pytest.mark.parametrize("text", [
    "HV to keep an eye on Ivo's weight + rash. next visit 22/4",
    "HV Jo to keep an eye on his weight and feeding at weekly home visits",
])
def test_keep_an_eye_on_something_countable_is_still_vague(understanding, text):
    assert facts(understanding, text).measure_status == "vague"


def test_weight_on_the_chart_is_a_measure(understanding):
    assert facts(understanding, "HV to weigh Ivo weekly; weight plotted on his chart").measure_status == "ok"


def test_a_sister_named_in_a_letter_to_the_child_is_a_child():
    plan = (
        "# Your plan, Ivo\n\nDear Ivo,\n\nA lot of grown-ups met to talk about home for you and your "
        "little sister Nell.\n\n## What we all want\n\n- Nell is never left on her own, inside or outside the house.\n")
    report = lint(plan, name="plan.md")
    assert "Nell" in report.plan.facts.child_names
    assert not [f for f in report.findings if f.rule == "F002"]


def test_contingency_naming_each_helper_covers_family_support():
    plan = (
        "# Child protection plan for Ivo Marsh\n\n## Our plan\n\n"
        "| What | Who | When | How we'll know |\n|---|---|---|---|\n"
        "| Walk Ivo to school | Nan (Rita Marsh) | Monday to Friday | school register |\n"
        "| Do the night feeds | Uncle Dan | Every night | feed chart |\n\n"
        "## If the plan isn't working\n\n"
        "If Nan, Rita or Dan can't do their part, they will tell the SW the same day and Dan will cover "
        "the nights. If nobody in the family can cover the nights, the SW will arrange foster care that day.\n")
    assert "C003" not in {f.rule for f in lint(plan, name="plan.md").findings}


def test_contingency_without_the_helpers_failing_still_gets_c003():
    plan = (
        "# Child protection plan for Ivo Marsh\n\n## Our plan\n\n"
        "| What | Who | When | How we'll know |\n|---|---|---|---|\n"
        "| Walk Ivo to school | Nan (Rita Marsh) | Monday to Friday | school register |\n"
        "| Do the night feeds | Uncle Dan | Every night | feed chart |\n\n"
        "## If the plan isn't working\n\n"
        "If Mara drinks, Nan and Dan will call the SW, who will hold a strategy discussion that day.\n")
    assert "C003" in {f.rule for f in lint(plan, name="plan.md").findings}


@pytest.mark.parametrize("cell, text", [
    ("Relationshi\np with her mother", "Relationship with her mother"),
    ("Visit Ivo at\nhome weekly", "Visit Ivo at home weekly"),
    ("Sign the\nor diary", "Sign the or diary"),  # a word of its own, not a broken one
])
def test_a_word_broken_by_a_narrow_pdf_cell_is_mended(cell, text):
    assert _cell_text(cell) == text


@pytest.mark.parametrize("owner, status", [
    ("Mum's side of the family", "vague"),
    ("Dad's family", "vague"),
    ("Ivo's school", "ok"),
    ("Mara's partner (Lee)", "ok"),
])
def test_whose_family_does_not_say_which_of_them(understanding, owner, status):
    assert understanding.owner_verdict(owner, cell=True)[0] == status


@pytest.mark.parametrize("measure, status", [
    ("Mum tells me she is coping better.", "vague"),
    ("Dad says he feels calmer", "vague"),
    ("Mum tells me when the prescription is collected", "ok"),
])
def test_a_parents_word_on_her_own_feelings_is_a_vague_measure(understanding, measure, status):
    assert facts(understanding, "Nurse to visit Mara weekly", measure=measure).measure_status == status


@pytest.mark.parametrize("text, subject", [
    ("I'll see you on your own every two weeks", "I"),
    ("LD agrees not to come to the house until the review", "LD"),
    ("Riley and Esme remain subject to child protection plans", None),
])
def test_commitments_in_everyday_grammar(text, subject):
    from planlint.nlp.commitment import find_commitment
    c = find_commitment(text)
    assert (c.subject if c else None) == subject


@pytest.mark.parametrize("text", [
    "Nikki Shore, IDVA, will go through a risk assessment with Mara by 23 May and send Mara the new safety plan",
    "Pia will refer Ivo to CAMHS by 16 May; the referral and the reply will be on Ivo's file",
])
def test_a_document_sent_to_a_named_person_or_kept_on_file_is_a_measure(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


RULE = "-" * 60
WORKING_AGREEMENT = f"""CHILD PROTECTION PLAN AND WORKING AGREEMENT

Children:   Ivo MARSH, born 19/10/2013 (11), Hill Academy, Year 7

KEY TO INITIALS
  PL    Pia Lund, social worker, Ashvale Children's Services
  RM    Ravi Mistry, recovery worker, Pathway Recovery (drug and alcohol service)
  LD    Leon Marsh, dad

{RULE}
PART 1  ABOUT IVO
{RULE}
Leon has been using cocaine most weekends since last summer.

{RULE}
PART 3  WHAT WE HAVE AGREED
{RULE}
3.1 PL will see Ivo on his own every two weeks and write what he says in her visit notes.

3.2 RM will test LD every week from 9 June and send PL the results before each core group.

{RULE}
PART 4  IF THE AGREEMENT IS BROKEN
{RULE}
If LD comes to the house, PL will visit Ivo the same day and a strategy discussion will be held.
"""


def test_a_key_to_initials_names_the_service_that_acts():
    report = lint(WORKING_AGREEMENT, name="plan.txt")
    rm = next(a for a in report.plan.actions if a.text.startswith("RM"))
    assert "ADULT_SERVICES" in rm.facts.owner_labels
    assert "F004" not in {f.rule for f in report.findings}


def test_if_the_agreement_is_broken_is_the_contingency():
    report = lint(WORKING_AGREEMENT, name="plan.txt")
    assert any(s.kind == "contingency" for s in report.plan.sections)


@pytest.mark.parametrize("opening, children", [
    ("Dear Tia,\n\nYou and Leo have child protection plans because of what happened.", ["Leo"]),
    ("Unborn baby: Baby Pike, due 05/09/2025\nBrother: Reggie Pike, born 04/01/2021 (4)\n"
     "Mum: Shannon Pike (24)\n\nNeither child has contact with Dean.", ["Reggie"]),
])
def test_children_named_where_a_plan_names_them(opening, children):
    report = lint(f"{opening}\n\n## Plan\n\n- SW to visit weekly and record what the children say\n", name="p.md")
    assert report.plan.facts.child_names == children


@pytest.mark.parametrize("owner, labels", [
    ("Sister Aisha Rahman", {"PROFESSIONAL_ROLES"}),
    ("Ivo's sister Amy", {"FAMILY_ROLES"}),
])
def test_a_ward_sister_is_a_nurse_not_family(understanding, owner, labels):
    assert set(understanding.owner_verdict(owner, cell=False)[1]) == labels
