"""Plans written as a letter to the family: a "Re:" line names the children,
"you agreed to" and "has offered to" bind the future, and "I will show me"
style reports to the writer are how progress is known. All names are invented."""
import pytest

from planlint import lint

LETTER = """Dear Ms Okafor,

Re: Tayo and Remi – plan agreed at the child protection conference on 3 March 2025

Thank you for coming to the conference. I am writing to set out the plan.

What will happen now
I will visit you and the children at home every two weeks from 10 March and see Tayo and Remi on their own.
You agreed to take Tayo and Remi to school every day and to ring the school by 9am if they are ill.
Your sister Bisi has kindly offered to help with the school run on Mondays from 10 March.
We will ask Greenway Primary to send us the children's attendance every Friday.
The family support worker, Dan, will help you set up a budget by the end of March and will show me the budget.
The health visitor will see Remi monthly from April and tell the social worker his weight.

What we hope will change
By the review we hope Tayo and Remi will be in school every day and will always have food at home.

What Tayo and Remi told me
Tayo said he gets hungry at school. Remi said he likes his teacher.

If things do not improve
If the children miss two days of school in a fortnight, they will stay with Bisi and I will hold a legal planning meeting within a week.
If Bisi can no longer help, the family support worker will do the Monday school run.

Next meetings
The core group will meet on 24 March 2025 and then every six weeks. The review conference is on 2 June 2025.

Yours sincerely,
Hannah Cole
Social Worker
"""


@pytest.fixture(scope="module")
def result():
    return lint(LETTER, name="letter.txt")


def test_re_line_names_the_children(result):
    assert result.plan.facts.child_names == ["Tayo", "Remi"]


def test_determiner_before_a_relation_word_is_not_a_name(result):
    assert "Your" not in result.plan.facts.child_names


def test_review_date_is_the_one_after_the_words(result):
    assert result.plan.facts.review_date == "2 June 2025"


def test_heading_in_ordinary_words_over_the_childrens_words_is_their_voice(result):
    kinds = {s.heading: s.kind for s in result.plan.sections}
    assert kinds["What Tayo and Remi told me"] == "child_voice"
    assert "F003" not in {f.rule for f in result.findings}


@pytest.mark.parametrize("opening", ["You agreed to take Tayo", "Your sister Bisi has kindly offered"])
def test_agreements_and_offers_are_actions(result, opening):
    assert any(a.text.startswith(opening) for a in result.plan.actions)


def test_past_agreement_to_a_thing_is_not_an_action():
    text = LETTER.replace("You agreed to take Tayo and Remi to school every day and to ring the school by 9am if they are ill.",
                          "You agreed to the referral to the food bank last week.")
    assert not any(a.text.startswith("You agreed") for a in lint(text, name="letter.txt").plan.actions)


@pytest.mark.parametrize("opening", ["We will ask Greenway", "The family support worker, Dan,", "The health visitor will see Remi"])
def test_reports_to_the_writer_or_a_named_role_are_measures(result, opening):
    action = next(a for a in result.plan.actions if a.text.startswith(opening))
    assert action.facts.measure_status == "ok"
    assert not any(f.rule == "M001" and f.excerpt.startswith(opening) for f in result.findings)


def test_subject_line_that_names_no_child_gives_no_child():
    text = "Subject: Room change - core group 14 May\n\nHi all,\n\nThe room has moved.\n"
    assert lint(text, name="email.txt").plan.facts.child_names == []


TO_A_CHILD = """Dear Maja,

On Tuesday a group of people met to talk about you and Filip (4).

What we all want for you and Filip
- You know exactly who to ring and what will happen if Mum has been drinking.
- Filip is collected from nursery on time by Mum or Auntie Kasia.

Who is going to do what
- I will visit you and Filip at home every two weeks from 17 March and write down what you tell me.

What I think and feel
I feel worried when Mum is asleep in the day.
"""


def test_a_letter_to_a_child_about_them_and_a_sibling_speaks_to_the_child():
    result = lint(TO_A_CHILD, name="letter.txt")
    assert "F002" not in {f.rule for f in result.findings}
    kinds = {s.heading: s.kind for s in result.plan.sections}
    assert kinds.get("What I think and feel") == "child_voice"


TO_LEO = """Dear Leo,

Re: Leo and Poppy

Who is going to do what

Mum. From 4 April Mum has promised not to drink any alcohol in the daytime when she is looking after you and Poppy.

Mrs Shah, the safeguarding lead at Ilsworthy Juniors. Mrs Shah has given you a place at breakfast club from Monday 7 April, and she will tell me if you miss a day.

Seeing you on your own. Maya will see you every week from 7 April and write down what you say.
"""


def test_a_paragraph_that_opens_by_naming_its_owner():
    owners = [a.facts.owner for a in lint(TO_LEO, name="letter.txt").plan.actions]
    assert owners[:2] == ["Mum", "Mrs Shah, the safeguarding lead at Ilsworthy Juniors"]
    assert owners[2] == "Maya"  # "Seeing you on your own." titles the work and names nobody
