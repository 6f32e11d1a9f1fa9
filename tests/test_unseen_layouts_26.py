"""Classes met on tuning batch 79 (owner-first paragraphs, per-person headings, a bilingual
plan, a decision sheet, a looked-after baby on the ward), on invented text unless a test names
a tuning sample plan. All names are invented."""
from pathlib import Path

from planlint.nlp.pipeline import Analyser
from planlint.readers import read_path
from test_unseen_layouts_15 import _TAIL, _action, _lint, _rules

_SAMPLES = Path(__file__).parents[1] / "sample_plans"

_HEAD = """# Child protection plan for Jayden
Mother: Chantelle Okafor (26), 19 Sorrel Walk

## What we want for Jayden
Jayden is in school every day and on time.

"""


def test_a_sentence_ending_wrapped_under_a_bullet_is_no_field_name():
    doc = read_path(_SAMPLES / "b79_drayscombe_per_person_headings_plan_bennett.pdf")
    item = next(b for b in doc.blocks if "go through the plan with Jade" in b.text)
    assert item.text.endswith("write any changes onto the plan.")
    assert not any(b.text == "plan." for b in doc.blocks)
    # an export's field name led to its colon with dots is still a field name
    doc = read_path(_SAMPLES / "b21_kestrelby_courier_task_print_transfer_dunleavy.pdf")
    task = next(b for b in doc.blocks if b.text.startswith("TASK 06"))
    assert "ASSIGNED TO" not in task.text


def test_an_owner_named_then_where_they_work_leads_a_paragraph():
    report = _lint(_HEAD + """## Who is doing what

Lorna Price, Fenwold Carers Centre: complete a carer's assessment with Chantelle by 13 June 2025 and send the written assessment to the social worker.

Kofi Mensah, Fenwold Homes: help Chantelle with her housing benefit claim by 1 June 2025, confirming it to the social worker in writing.
""" + _TAIL)
    assert _action(report, "carer's assessment").facts.owner == "Lorna Price, Fenwold Carers Centre"


_NETWORK = _HEAD + """## Who is doing what

Marcus Okafor (uncle): have Jayden to sleep at his flat every night Chantelle stays with her mum, and text the social worker when they arrive.

Family network: take Jayden to school on the mornings Chantelle is at her mum's, from 12 May 2025, so that the school register shows him in every day.

Daniel Brook, social worker: visit every week until the review conference and record what Jayden says.

## If things go wrong
If Chantelle drinks while caring for Jayden, he will stay with Marcus and the social worker will hold a strategy discussion the same day.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025. If there is not enough progress by then, the social worker will ask for a legal planning meeting.

## What Jayden says
Jayden said he likes his teacher and the sandpit.
"""


def test_a_family_network_label_gives_its_paragraph_to_the_relatives():
    report = _lint(_NETWORK)
    assert _rules(report, "W002") == [_action(report, "take Jayden to school").text]
    # with the uncle's action, two lean on the family and the contingency never says what if they cannot
    assert _rules(report, "C003")
    # ("Family rules: ..." is still that part of the plan, not someone's work)
    rules = _lint(_NETWORK.replace("Family network: take", "Family rules: take"))
    assert not any("take Jayden to school" in a.text for a in rules.plan.actions)


def test_a_collective_beside_its_translation_is_still_a_collective():
    table = """## Y cynllun / The plan
| Action | Pwy / Who | Pryd / When | Sut / How we will know |
|---|---|---|---|
| Make sure Jayden has breakfast before school | Y teulu / The family | Bob dydd ysgol / Every school day | Breakfast club record |
| Take Jayden to the dentist | The family / Ravi Sandhu | By 30/06/2025 | Dentist's letter to the SW |
"""
    report = _lint(_HEAD + table + _TAIL)
    assert [e.split(" | ")[0] for e in _rules(report, "W002")] == ["Make sure Jayden has breakfast before school"]


def test_an_illness_of_a_relative_the_details_name_is_not_a_parents():
    plan = """# Child protection plan for Jayden
Mother: Chantelle Okafor (26)
Maternal grandmother: Patricia Okafor (54)

## What has been happening
Patricia was told in January that her bowel cancer has spread and cannot be cured.

## What we want for Jayden
Jayden is in school every day and on time.

## Actions
- Daniel Brook (SW) will visit Jayden every week and record what he says in his visit notes.
""" + _TAIL
    assert not _rules(_lint(plan), "F004")
    # the same words of the mother are hers
    assert _rules(_lint(plan.replace("Patricia was told", "Chantelle was told")), "F004")


def test_what_life_should_look_like_heads_the_outcomes():
    plan = """# Review child protection plan for Harvey

## What life should look like for Harvey by the next review
Harvey is collected from school every day by a parent who is sober.

## Actions
- SW Tom Ashby will see Harvey at school every two weeks and record what he says.
""" + _TAIL
    report = _lint(plan)
    assert [o.text for o in report.plan.outcomes] == ["Harvey is collected from school every day by a parent who is sober."]
    assert not _rules(report, "O001")


_LEGAL = """# Child protection plan for Leo

## Legal advice
Legal advice was taken before conference. The council's solicitor advised on 8 May 2025 that the threshold for care proceedings was not met.

## What we want for Leo
Leo is never left alone at home.

## Actions
- Louise Garner (SW) will visit Leo every week and record who has looked after him.

## If things go wrong
If Leo is left alone again, he will stay with his grandmother Jean and the police will be called.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025.

## What Leo says
Leo said he gets scared when he is on his own.
"""


def test_legal_advice_already_taken_is_no_step_after_poor_progress():
    assert _rules(_lint(_LEGAL), "R002") == [""]
    planned = _LEGAL.replace("Core group every 4 weeks;", "If there is no progress by 1 July, Louise will ask for a "
                             "legal planning meeting. Core group every 4 weeks;")
    assert not _rules(_lint(planned), "R002")


def test_a_relative_who_will_look_after_the_children_is_a_response():
    contingency = """## Contingency plan
If Sioned is not well enough to get up and care for the children, or Jayden is not in school by 9.30am, the school will ring the social worker. {response}
"""
    work = _HEAD + """## Actions
- Daniel Brook (SW) will visit Jayden every week and record what he says in his visit notes.

"""
    tail = _TAIL.split("## Reviews")[1]
    caring = contingency.format(response="Nain Mair will come to the house and look after Jayden until Sioned is well.")
    assert not _rules(_lint(work + caring + "## Reviews" + tail), "C002")
    talking = contingency.format(response="The social worker will discuss it with her manager.")
    assert _rules(_lint(work + talking + "## Reviews" + tail), "C002")


_WARD = """# Care plan for Archie (looked after child, section 20)
Archie is on Puffin Ward at Dennerby Royal Infirmary with bronchiolitis.

## What we want for Archie
Archie gets well and goes home to his foster carers.

## Plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Keep a daily diary of Archie's feeds and sleep | Lorraine Blake (foster carer) | Every day | {measure} |
| Find a nursery place for Archie | SW Megan Doyle | By 30/11/2025 | Place confirmed in writing |

## Contingency
If the placement breaks down, Archie will move to an emergency foster placement the same day.

## Reviews
Core group every 4 weeks; looked after review on 13/11/2025.

## What Archie shows us
Archie turns to Lorraine's voice and settles when held.
"""


def test_a_visit_named_only_as_when_something_happens_plans_no_visit():
    asked = _lint(_WARD.format(measure="Diary read by the SW at each statutory visit"))
    assert _rules(asked, "L001")
    planned = _lint(_WARD.format(measure="Diary read by the SW, who will visit Archie on the ward every week"))
    assert not _rules(planned, "L001")


def test_a_labelled_actions_measure_line_plans_no_visit():
    export = """CARE PLAN - LOOKED AFTER CHILD
Child: Zofia Nowak, 10 weeks, Ward 4 (children's ward), Feldhampton General Hospital

OUTCOME: Zofia gains weight and goes home to a foster carer.

ACTIONS
  Action 1
    What:      Visit Zofia on Ward 4 and do her feeds
    Who:       Kasia and Tomasz Nowak
    By when:   As often as they can
    Evidence:  Ward visiting record, sent to the SW each week

CONTINGENCY: If Zofia's weight falls, a strategy discussion will be held the same day.
REVIEWS: Core group every 4 weeks; looked after review on 13/06/2025.
"""
    assert _rules(_lint(export, name="plan.txt"), "L001")


def test_a_hospital_left_behind_is_no_stay_to_visit():
    plan = _WARD.replace("Archie is on Puffin Ward at Dennerby Royal Infirmary with bronchiolitis.",
                         "Archie came home from the special care baby unit at Dennerby Royal Infirmary on 14/04/2025.")
    assert not _rules(_lint(plan.format(measure="Diary read by the SW at each statutory visit")), "L001")


def test_a_relative_by_name_supervising_relies_on_the_family():
    plan = """# Child protection plan for Tyler
Mother: Jade Bennett. Father: Ricky Shaw.
Maternal grandmother: Carol Bennett (52)

## What we want for Tyler
Tyler is safe when he sees his dad.

## What Nan will do
- Carol will supervise Ricky's contact with Tyler at her house every Saturday from 10am to 12 noon, and write in the contact book how Tyler was.

## What the social worker will do
- Ryan Okafor (SW) will visit every week and write down what Tyler says in his visit notes.

## If things go wrong
If Jade drinks while she is caring for Tyler, he will stay with Carol and the social worker will hold a strategy discussion the same day.

## Reviews
Core group every 4 weeks; review conference on 12 June 2025. If there is not enough progress, the social worker will ask for a legal planning meeting.

## What Tyler says
Tyler said he likes going to Nan's.
"""
    assert _rules(_lint(plan), "C003")


def test_parents_are_not_parenting_work_nor_parenting_a_parent():
    analyser = Analyser()
    assert "PARENTING_WORK" not in {m.label for m in analyser.mentions("the parents' café at the Family Hub")}
    assert "PARENT_ROLES" not in {m.label for m in analyser.mentions("a place on a parenting course")}
    assert "PARENTING_WORK" in {m.label for m in analyser.mentions("a place on a parenting course")}
