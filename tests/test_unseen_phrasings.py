"""Phrasings met in plans written elsewhere: event and vague timescales,
deferrals until a move, topics that look like measures, people introduced
with their service, and mental health work with the child rather than the
parent. All names are invented."""
import pytest

from test_nlp_understanding import facts  # one action read by the NLP layer alone

from planlint import lint
from planlint.nlp.pipeline import Analyser
from planlint.nlp.understand import Understanding


@pytest.fixture(scope="module")
def understanding():
    return Understanding(Analyser(), names=["Ryan", "Danielle"], child_names=["Tyler"])


@pytest.mark.parametrize("text", [
    "Danielle or Ryan will be outside with Tyler whenever he plays out the front",
    "Nan to sit with Tyler whenever Mum drinks",
])
def test_whenever_an_event_is_a_timescale(understanding, text):
    assert facts(understanding, text).time_status == "ok"


@pytest.mark.parametrize("text, term", [
    ("Jade - register Tyler with a GP when she gets a chance", "when she gets a chance"),
    ("Teacher will let Tyler have time in the Calm Room when he needs it", "when he needs it"),
    ("Parenting assessment to restart at some point after the move", "at some point"),
    ("Direct work with Tyler paused for now", "for now"),
])
def test_vague_timescale_even_beside_an_event(understanding, text, term):
    f = facts(understanding, text)
    assert (f.time_status, f.vague_time) == ("vague", term)


@pytest.mark.parametrize("text", ["whenever she can", "whenever possible"])
def test_whenever_she_can_is_no_event(understanding, text):
    assert facts(understanding, f"Ryan to visit Tyler {text}").time_status != "ok"


@pytest.mark.parametrize("text", [
    "Supervised contact at the family centre - on hold until they've moved, date TBC",
    "Young carers referral - leave for the new authority's SW to make after transfer",
])
def test_deferred_until_the_move(text):
    plan = f"# Child protection plan for Tyler Reid\n\n## Actions\n- {text}\n"
    assert "X001" in {f.rule for f in lint(plan, name="plan.md").findings}


def test_topic_of_sessions_is_not_a_vague_measure(understanding):
    f = facts(understanding, "Jo from the Rainbow Project will do 8 sessions with Tyler about feelings, from 2 June")
    assert f.measure_status == "missing"


@pytest.mark.parametrize("text", [
    "Counsellor will write in the contact book after each session",
    "Counsellor to continue weekly sessions with Ryan; attendance recorded",
    "Nurse to give written advice on bathing Tyler, copied to the SW",
    "Family support worker to fill in a home conditions checklist each visit",
])
def test_records_made_as_the_work_is_done_are_measures(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


PEOPLE = """# Child protection plan for Skye Lowe

## Why we are worried
Mum has depression and has stopped taking her tablets.

## Who is who
Karen is Mum's nurse from the Ushbrook mental health team.

## Who is going to help
- Karen will see Mum every week to help her feel better.
- Jo Morley, Harbour Recovery, will send the SW Mum's breath test results every Friday.

## What we want
Skye is looked after by a mum who is well.
"""


def test_a_person_introduced_with_their_service_owns_its_actions():
    result = lint(PEOPLE, name="plan.md")
    karen = next(a for a in result.plan.actions if a.text.startswith("Karen will see"))
    assert "MH_SERVICES" in karen.facts.owner_labels
    rules = {f.rule for f in result.findings}
    assert "F004" not in rules and "H001" in rules


def test_a_person_who_refers_to_a_service_is_not_its_worker():
    text = PEOPLE.replace("Karen is Mum's nurse from the Ushbrook mental health team.",
                          "Karen will refer Mum to the Ushbrook mental health team soon.")
    karen = next(a for a in lint(text, name="plan.md").plan.actions if a.text.startswith("Karen will see"))
    assert "MH_SERVICES" not in karen.facts.owner_labels


THERAPY = """# Child protection plan for Kai Dunn

## Why we are worried
Dad (Lee) has depression.

## Actions
| Action | Who | When | How we will know |
|---|---|---|---|
| Play therapy sessions with Kai | CAMHS therapist Ann Roe | Weekly from 3 March | Sessions attended |
| Therapy sessions for Lee | Talking Therapies therapist Ann Roe | Weekly from 3 March | Sessions attended |
| Sessions for Lee, with a report on whether he is likely to stay well enough to care for Kai | Psychologist Dr Bea Hunt | By 30 May | Report to core group |
"""


def test_mental_health_work_with_the_child_is_not_h001():
    flagged = [f.excerpt for f in lint(THERAPY, name="plan.md").findings if f.rule == "H001"]
    assert len(flagged) == 1 and "Therapy sessions for Lee" in flagged[0]


def test_a_list_of_people_and_services_introduces_nobody():
    text = PEOPLE.replace("Karen is Mum's nurse from the Ushbrook mental health team.",
                          "Present: Karen Lowe, Tomas Lowe, SW, HV, Ushbrook mental health team.")
    karen = next(a for a in lint(text, name="plan.md").plan.actions if a.text.startswith("Karen will see"))
    assert "MH_SERVICES" not in karen.facts.owner_labels


MY_PLAN = """# Our family plan for Ellie, age 8

## What we want to happen
- I see Dad in a safe way, with a grown-up there every time.
- I want to stop drinking and feel like myself again.

## Who is going to help me
- Sam my social worker will see me every 2 weeks and write down what I say in my notes.
"""


def test_an_outcome_in_the_first_person_is_the_childs_unless_it_is_a_parents_illness():
    flagged = [f.excerpt for f in lint(MY_PLAN, name="plan.md").findings if f.rule == "F002"]
    assert flagged == ["I want to stop drinking and feel like myself again."]


def test_scottish_review_planning_meeting_is_the_review_conference():
    plan = ("# Child's Plan for Finlay Baird\n\n## What will happen\n"
            "- Lead Professional Niall Crawford to visit Finlay weekly from 7 April; visit notes on file.\n\n"
            "## Core group and review\n- Core group: every 4 weeks from 24/04/2025.\n"
            "- Review Child Protection Planning Meeting: 03/07/2025, 10am.\n")
    assert "R001" not in {f.rule for f in lint(plan, name="plan.md").findings}
    unreviewed = plan.replace("- Review Child Protection Planning Meeting: 03/07/2025, 10am.\n", "")
    assert "R001" in {f.rule for f in lint(unreviewed, name="plan.md").findings}


HORIZONS = """# My plan – Maisie, age 10

## What I am worried about
- Sometimes Mum drinks a lot of wine and falls asleep on the sofa.

## What my mum will do
- My mum will go to Horizons every Tuesday morning to get help to stop drinking.

## What Lou will do
- Lou from Horizons will meet Mum every Tuesday, do a breath test and tell Sam the result that same day.
"""


def test_a_place_a_parent_goes_for_their_illness_is_an_adult_service():
    assert "F004" not in {f.rule for f in lint(HORIZONS, name="plan.md").findings}
    unnamed = HORIZONS.replace("go to Horizons every Tuesday morning to get help to stop drinking",
                               "try hard every day")
    assert "F004" in {f.rule for f in lint(unnamed, name="plan.md").findings}


@pytest.mark.parametrize("text", [
    "Ryan not to have any unsupervised contact with Tyler",
    "Danielle will not drink any alcohol on school nights",
    "Ryan must never be alone with Tyler",
])
def test_a_prohibition_holds_for_the_plan_and_needs_no_date(understanding, text):
    assert facts(understanding, text).time_status == "ok"


@pytest.mark.parametrize("text", [
    "Danielle will try to keep the door locked and will not let Ryan in",  # a task before the rule
    "The HV will not visit weekly",  # a frequency denied, not a rule
])
def test_not_every_not_is_a_standing_rule(understanding, text):
    assert facts(understanding, text).time_status == "missing"


@pytest.mark.parametrize("text", [
    "HV to go through safe sleep again at my next visit",
    "Speech therapy referral on hold until the family have moved",
    "Nursery to check Tyler at drop-off",
    "Ryan to stay sober during contact",
    "Danielle to attend term-time sessions",
    "SW to start the referral on receipt of consent",
    "School to ring the SW on the first day of any absence",
])
def test_event_timescales_at_a_visit_or_a_move(understanding, text):
    assert facts(understanding, text).time_status == "ok"


@pytest.mark.parametrize("text", [
    "Teacher will tick that Tyler went to Rainbows every Thursday",
    "Nan will have Tyler every weekend and write it in the blue book",
    "SW to see the beds made up at the next visit",
    "Life story book to be seen at the next review",
    "SW to see Tyler's bedroom at every visit",
    "SW to visit weekly; no further incidents reported by police",
    "Tyler to tell his teacher how he feels using the feelings thermometer",
    "Danielle to show she can keep the house clean at unannounced visits",
])
def test_everyday_measures(understanding, text):
    assert facts(understanding, text).measure_status == "ok"


def test_a_place_is_not_an_event(understanding):
    assert facts(understanding, "Ryan will try to find Tyler a place at the Saturday club").time_status == "missing"


@pytest.mark.parametrize("opening", [
    "Kai Smith DOB 01/02/2019", "About: Kai Smith", "Plan for: Kai Smith", "Me: Kai Smith, 13",
    "Child(ren): Kai Smith, Mia Smith", "For Kai, aged 6",
])
def test_the_child_is_named_however_the_opening_puts_it(opening):
    text = f"{opening}\n\n## What Kai said\nKai said he is scared at night.\n\n## Plan\n- SW to visit weekly from 1 May.\n"
    result = lint(text, name="plan.md")
    assert result.plan.facts.child_names[0] == "Kai"
    assert "F003" not in {f.rule for f in result.findings}


CHILDS_OWN_PLAN = """# My plan – Ellie, age 10

## About me
I like gymnastics and drawing horses. I get scared when Mum falls asleep and I can't wake her.

## Who will help me
- Sam my social worker will see me on my own every 2 weeks from 1 May and write down what I say.
- Everyone who helps me will keep an eye on how I am feeling.
"""


def test_in_a_childs_own_plan_i_is_the_child():
    rules = [(f.rule, f.excerpt[:8]) for f in lint(CHILDS_OWN_PLAN, name="plan.md").findings]
    assert "F003" not in {r for r, _ in rules}
    assert ("W002", "Everyone") in rules


def test_children_with_ages_on_a_line_that_also_names_their_schools():
    text = ("Children: Archie HALE (8), Year 3, Brookside Primary; Lily WILCOX (4), Little Steps Nursery\n\n"
            "## Plan\n- SW to visit weekly from 1 May.\n")
    assert lint(text, name="plan.md").plan.facts.child_names == ["Archie", "Lily"]


def test_a_rule_triggered_by_a_time_has_its_timescale(understanding):
    text = "Danielle and Ryan will report Tyler missing to the police if he is not home by 10pm"
    assert facts(understanding, text).time_status == "ok"


def test_a_report_on_whether_a_parent_can_change_is_an_assessment():
    text = ("# Plan for Tyler Reid\n\n## Why we are worried\nMum has depression.\n\n## What will happen\n"
            "- CPN Sam Okafor will see Mum every week from 7 April and by 30 May write a report saying whether "
            "Mum is well enough to look after Tyler and how long that is likely to take.\n")
    assert "H001" not in {f.rule for f in lint(text, name="plan.md").findings}


@pytest.mark.parametrize("owner", ["Substance misuse nurse", "Dual diagnosis worker", "Harbour Wellbeing Service",
                                   "Mum's psychiatric nurse", "Addaction"])
def test_adult_services_named_by_what_they_treat(owner):
    text = ("# Plan for Kai Smith\n\n## Worries\nMum drinks every day.\n\n## Actions\n"
            "| Action | Who | When | How we will know |\n|---|---|---|---|\n"
            f"| Weekly sessions with Mum about her drinking | {owner} | Weekly from 1 May | Breath tests sent to SW |\n")
    assert "F004" not in {f.rule for f in lint(text, name="plan.md").findings}


@pytest.mark.parametrize("fallback", [
    "Should Shauna not be able to do the school run, Dad will take Kai.",
    "Back-up: if Shauna is ill, Uncle Dan does the school run.",
    "When Shauna is away, Grandad takes Kai to school.",
])
def test_a_fallback_for_family_help_in_other_words(fallback):
    text = ("# Plan for Kai Smith\n\n## Actions\n| Action | Who | When | How we will know |\n|---|---|---|---|\n"
            "| Take Kai to school | Auntie Shauna | Every weekday | School register |\n"
            "| Have Kai overnight on Fridays | Auntie Shauna | Every Friday | Contact book |\n\n"
            "## If things go wrong\nIf Mum is found drunk caring for Kai, the SW will visit the same day and Kai "
            f"will stay with Nan.\n{fallback}\n")
    assert "C003" not in {f.rule for f in lint(text, name="plan.md").findings}
    without = text.replace(fallback, "")
    assert "C003" in {f.rule for f in lint(without, name="plan.md").findings}
