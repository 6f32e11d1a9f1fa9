"""Whiteboards, keys and letters met in plans written elsewhere: arrows
from a trigger to its response, initials a key defines, short names of
services, a who/when/how column written as one sentence. All names are
invented."""
import pytest

from test_nlp_understanding import facts  # one action read by the NLP layer alone

from planlint import lint
from planlint.nlp.pipeline import Analyser
from planlint.nlp.understand import Understanding

WHITEBOARD = """CORE GROUP 1 - MARSH CHILDREN (typed up from whiteboard)

Children: Ivo Marsh (7)  |  Nell Marsh (4)

KEY
 PL  = Pia Lund, social worker
 JF  = Jo Finch, Ashvale Alcohol Team (AAT) - Mum's worker
 NAN = Rita Marsh (Mum's mum)

ACTIONS   (WHO -> what -> when -> how we know)

 1. PL -> home visit, see Ivo + Nell alone, check food in -> every wk -> visit recs on file
 2. JF -> written update on Mum's drinking -> before each CG -> report to CG
 3. NAN -> nursery pick up Mon/Wed/Fri + tea at hers -> every wk -> nursery sign-out sheet
 4. NAN -> school run on Tuesdays -> every Tues -> register shows Ivo in by 8.50

IF IT GOES WRONG
 * Mum found drunk in charge of kids -> PL visits SAME DAY, kids go to NAN's
 * NAN can't have them (ill / away) -> emergency foster carers same day + PL asks for legal planning mtg
"""


def test_a_whiteboard_reads_whole():
    report = lint(WHITEBOARD, name="board.txt")
    rules = {f.rule for f in report.findings}
    assert any(s.kind == "contingency" for s in report.plan.sections)
    assert not rules & {"C001", "C003", "T001", "M001"}, report.findings


@pytest.fixture(scope="module")
def understanding():
    return Understanding(Analyser(), names=["Mara", "Pia"], child_names=["Ivo"])


@pytest.mark.parametrize("text", [
    "Pia will help Ivo write his own plan, which Ivo will bring to the July core group",
    "Rita will take Ivo to Cubs every Wednesday from 11 June, and his badge book will show the weeks he has been",
    "Rita will have Ivo to stay every Saturday and write the times she collects him in the notebook in his bag",
])
def test_records_everyday_people_keep_are_measures(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


def test_a_psychiatrists_report_on_whether_mum_is_ready_to_care_is_an_assessment():
    plan = ("# Pre-birth plan for Baby Marsh\n\nMum has depression.\n\n## Plan\n\n"
            "| What | Who | When | How we will know |\n|---|---|---|---|\n"
            "| Report on Mara's mood and whether she is ready to care for a newborn | Dr Asif Rahman, perinatal "
            "psychiatrist | by 8 August 2025 | report to the SW |\n")
    assert "H001" not in {f.rule for f in lint(plan, name="p.md").findings}


def test_a_who_when_how_sentence_is_owned_by_its_subject():
    plan = ("# Plan for Ivo Marsh\n\nMum has depression.\n\n## The plan\n\n"
            "| Area | Who, when and how we'll know |\n|---|---|\n"
            "| When Mum feels unsafe | Mara will ring the CMHT crisis line and Rita at any time if she feels she "
            "might hurt herself, and Rita will come within the hour. The crisis team will log each call. |\n")
    report = lint(plan, name="p.md")
    assert report.plan.actions[0].facts.owner == "Mara"
    assert "H001" not in {f.rule for f in report.findings}


def test_initials_in_brackets_with_a_date_name_the_owner():
    plan = ("# Plan for Ivo Marsh\n\nPL = Pia Lund, social worker, Ashvale Children's Services\n\n## The plan\n\n"
            "- Home visit to check that Ivo has a bed with clean bedding (PL, by 20 May 2025) – the completed "
            "home conditions checklist will be on Ivo's file.\n")
    report = lint(plan, name="p.md")
    assert report.plan.actions[0].facts.owner == "PL"


def test_items_that_commit_no_one_and_say_nothing_are_not_flagged_one_by_one():
    plan = ("# Child protection plan for Ivo Marsh\n\n## The plan\n\n"
            "- Ivo's health\n- Home conditions and the kitchen\n"
            "- Pia (SW) will visit Ivo every week; her notes will say what he told her.\n")
    report = lint(plan, name="p.md")
    assert not [f for f in report.findings if f.rule in ("W001", "T001", "M001")]
    assert any("may have misread them" in n for n in report.plan.reading.notes)


def test_a_poor_plans_bare_commands_are_still_flagged():
    plan = ("# Child protection plan for Ivo Marsh\n\n## The plan\n\n"
            "- Attend all appointments\n- Mum to engage with services\n")
    report = lint(plan, name="p.md")
    rules = [f.rule for f in report.findings]
    assert rules.count("T001") == 2
    # Who attends is not written, but a list of instructions often says who in a
    # heading or a line planlint did not read: it says so once, not "no owner" on the item.
    assert "W001" not in rules
    assert any("worded as work with no one doing it" in n for n in report.plan.reading.notes)
