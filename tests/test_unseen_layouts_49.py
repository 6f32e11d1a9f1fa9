"""Classes met on tuning batch 172 (who does what, when and how we will know, in the grammar
of minutes and reports): undertakings reported in minutes ("RB confirmed she would visit"),
a decision's lead-in before "would", restrictions written "CH not to ...", a passive naming
long work or its lead in brackets, a numbered minute's number before its sentence, "+" as
"and" in typed-up notes, "register her with a dentist", "Dr Malik (GP)", and a parent's
parents named after the relation. All names are invented."""
import io
from pathlib import Path

import docx

from planlint import lint
from planlint.nlp.commitment import find_commitment
from test_unseen_layouts_15 import _action, _lint, _rules

_MINUTES = """# Initial child protection conference: minutes

Children: Tayla Moore (9) and Reggie Moore (3). Mum: Kerry Moore.

Present: RB - Rachel Burns, social worker; ND - Nia Davies, CMHT; NB - Neil Bright, probation.

## What Tayla says
Tayla said: "I don't like it when Gavin shouts."

## What needs to be different for Tayla and Reggie
Tayla and Reggie live in a home where no adult shouts at or hits anyone.

## 9. The child protection plan (recommendations agreed)
9.1 It was agreed that Kerry would not allow Gavin Lane into the house until the review conference on 08/04/2026; RB will ask Tayla about this at each visit and record her answer.

9.2 RB confirmed she would visit the children at home every two weeks until the review conference and would type up what Tayla says in the visit record within 48 hours.

9.7 ND said the Community Mental Health Team would continue to see Kerry every two weeks to support her with her low mood, and would send RB a note of each appointment she attends.

9.8 A referral for an Independent Domestic Violence Advocate for Kerry is to be made by RB as soon as possible, and the IDVA's safety plan will be shared with the core group.

9.11 A referral to CAMHS for Tayla's sleep and her fear at night is to be made by 30/01/2026, and the CAMHS acceptance letter will be placed on the children's file.

9.12 A risk assessment of Mr Lane (lead: NB, with the Safe Dads practitioner) is to be completed by 13/02/2026 and the report shared with the core group.

Kerry would like to move nearer to her mother when her tenancy ends in the summer.

## 10. Contingency
If Gavin comes to the house, Kerry will ring 999 and RB will hold a strategy discussion the same day; if
Kerry cannot keep him away, RB will ask for a legal planning meeting within five working days.

## 11. Core group and review
Core group every four weeks from 20/01/2026. Review conference: 08/04/2026.
"""


def test_minutes_report_undertakings_as_the_work_of_whoever_gave_them():
    from planlint.nlp.commitment import reports_undertaking

    assert find_commitment("9.2 RB confirmed she would visit the children every week").subject == "9.2 RB"
    assert find_commitment("ND said the Community Mental Health Team would continue to see Kerry").subject == \
        "the Community Mental Health Team"
    assert find_commitment("9.1 It was agreed that Kerry would not allow Gavin into the house").subject == "Kerry"
    # a wish, a view, and what did not happen commit no one
    assert find_commitment("Mum said she would like more help with the children") is None
    assert find_commitment("The school said it would be helpful if Mum rang") is None
    assert find_commitment("Kerry would like to move nearer to her mother") is None
    assert reports_undertaking("11. Darren said he would have Kacey and Riley to stay every other weekend")
    assert not reports_undertaking("Darren said he visited on Friday")
    report = _lint(_MINUTES)
    assert _action(report, "RB confirmed she would visit").facts.owner_status == "ok"
    assert _action(report, "would continue to see Kerry").facts.owner_status == "ok"
    assert not any("would like to move" in a.text for a in report.plan.actions)


def test_a_passive_may_name_long_work_and_its_lead_in_brackets():
    report = _lint(_MINUTES)
    # the work named at length is still work with nobody named to do it
    assert _rules(report, "W001") == [next(e for e in _rules(report, "W001") if "A referral to CAMHS" in e)]
    assert _action(report, "A risk assessment of Mr Lane").facts.owner_status == "ok"
    # (but "The plan has three stages. ...: every action is to be done ..." is no one work)
    assert find_commitment("The plan has three stages. The timescale for each stage is in its banner: "
                           "every action in a stage is to be done within it") is None


def _minutes_docx() -> bytes:
    """_MINUTES as a Word file, each minute a paragraph that keeps its typed number."""
    d = docx.Document()
    for line in _MINUTES.splitlines():
        if line.startswith("#"):
            d.add_heading(line.lstrip("# "), 1 if line.startswith("# ") else 2)
        elif line.strip():
            d.add_paragraph(line)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_numbered_minutes_number_is_no_date():
    report = lint(_minutes_docx(), name="minutes.docx")
    assert _action(report, "9.8 A referral").text.startswith("9.8 ")
    assert _action(report, "Independent Domestic Violence Advocate").facts.time_status == "vague"
    assert any("Independent Domestic Violence Advocate" in e for e in _rules(report, "T002"))


_TYPED_NOTES = """CHILD PROTECTION PLAN - LACEY McALLISTER AND UNBORN BABY

KEY TO INITIALS
CH   = Chloe McAllister, Mum
RT   = Reece Tunstall, Dad (Lacey and unborn baby)
SW   = Jo Kendal, social worker

WHAT LACEY SAYS
Lacey (2) points to the dog and says "Tina's dog!" - happiest at her aunt's.

WHAT NEEDS TO CHANGE FOR LACEY + BABY
1. Lacey is at nursery 4 days a wk, her health checks + jabs are up to date, and she is eating well
   + growing.
2. Lacey is fed, changed + played with by a parent who notices her cues,
   + keeps growing along her centile.

THE PLAN
1.  SW to visit wkly until birth (1 in 3 unannounced). Check: visit recs on file within 2 working days.
2.  CH not to use cannabis in the flat or when looking after Lacey - from 15/12/25. Check: every UDS clear (see 5).
3.  CH not to let RT into the flat - from 15/12/25. Check: DAU call log checked by PC Gill before each CG.
4.  CH to take Lacey to GP for missed 1 yr jabs + register her with a dentist by 30/01/26.

IF THINGS GO WRONG
If RT comes to the flat, CH will ring 999 and SW will hold a strategy discussion that day; if CH
cannot keep him away, SW will ask for a legal planning meeting within 5 working days.

CORE GROUP / REVIEW
Core group every 4 wks from 06/01/26. Review conference: 06/03/26.
"""


def test_typed_up_notes_restrictions_plus_and_a_verb_register():
    report = _lint(_TYPED_NOTES, "plan.txt")
    # "CH not to ...": a restriction CH keeps
    assert _action(report, "not to use cannabis").facts.owner_status == "ok"
    assert _action(report, "not to let RT").facts.owner_status == "ok"
    # "+ growing." carries the outcome's sentence on; it is no item of its own
    assert any(o.text.endswith("eating well + growing.") for o in report.plan.outcomes)
    assert not any(a.text.startswith("keeps growing") or "notices her cues" in a.text for a in report.plan.actions)
    # "register her with a dentist" is the work, not a register that shows it
    assert _action(report, "register her with a dentist").facts.measure_status == "missing"
    # "Dad (Lacey and unborn baby)" after a parent's name says whose dad: Lacey is the child
    assert report.plan.facts.child_names[:1] == ["Lacey"]
    assert "Lacey" not in report.plan.facts.parent_names
    assert not _rules(report, "F002")


_LETTER = """# Mila's child protection plan

Dear Natalia and Aaron,

## Why Mila has a plan
Mila (5 months) had a bruise on her cheek. Natalia, you told the conference that you have had
postnatal depression since October, and Dr Malik (GP) started you on sertraline.

## What is going well
Aaron's parents, Lorraine and Keith Briggs, have supervised whenever Aaron has been with Mila.

## What Mila's days are like
Mila smiles and coos at Natalia and sleeps in a Moses basket in your room.

## What we all want for Mila
Mila is safe from harm and has no more unexplained bruises.

## What we agreed will happen
- I will visit Mila at home every week until the review conference and see her awake; my visit notes will record it.
- Lorraine and Keith will be at the flat every Tuesday and Thursday from 3pm to 7pm; they will sign the visit book each time.
- Lorraine will have Mila at her house every Saturday from 10am to 4pm; I will see the visit book at each visit.
- Dr Susan Reeve, consultant paediatrician, will see Mila in clinic on 5 February 2026 and send her clinic letter to me.
- Natalia, you will keep taking your sertraline every day and show me your repeat prescription at my visit on 20 February 2026.

## If things go wrong
If anyone sees a new bruise on Mila, they will ring me the same day and I will hold a strategy discussion; if
there is another injury, I will ask for a legal planning meeting within five working days.

## Meetings
Core group every four weeks from 20 January 2026. Review conference: 2 April 2026.
"""


def test_a_title_is_no_name_and_a_parents_parents_are_family():
    report = _lint(_LETTER)
    # "Dr Malik (GP)" makes Dr Malik the GP, not every "Dr": the paediatrician is no adult service
    assert "ADULT_SERVICES" not in _action(report, "consultant paediatrician").facts.owner_labels
    assert _rules(report, "F004")
    # "Aaron's parents, Lorraine and Keith Briggs": their supervision is the family's help, with no fallback
    assert "FAMILY_ROLES" in _action(report, "Lorraine and Keith will be at the flat").facts.owner_labels
    assert _rules(report, "C003")


_REPORT = """# Social worker's report to the review conference

Children: Tia Price (9) and Jack Price (5). Dad: Gareth Price.

## Tia's and Jack's views
Tia said: "I worry about Dad when he is poorly."

## Proposed outcomes for Tia and Jack
Tia and Jack are cared for every day by a dad who is not using cannabis.

## What will happen

Under each heading, the sentences that say who will do something are the plan; the others explain why.

### Keeping Tia and Jack safe
Gareth will not use cannabis at home from now until the next review conference, and every urine screen
from the drug service will be clear. Rhian Morgan (social worker) will visit every two weeks until the
review conference and record what each child says within 48 hours.

### Tia's and Jack's health and feelings
Mrs Dawn Morris (ELSA) will see Tia in six weekly sessions from 10/03/2026 and record Tia's own feelings
score after each. The school nurse, Bethan Cole, will refer Jack to audiology by 20/03/2026 and send the
appointment letter to Rhian. Mr Patel will keep a daily note of how Jack arrives, including anything he
says about being smacked, and send a summary to Rhian every Friday.

### Gareth's health
A review of Gareth's sertraline by his GP, Dr Anwen Parry (Harbour Road Surgery), by 31/03/2026, with a
letter to Rhian confirming the dose.

Completion of the routines work with Gareth (lead: Carys Jenkins, Family Intervention Service): six weekly
sessions at home from 09/03/2026, with the worker's notes sent to Rhian after each.

## Contingency
If a urine screen is not clear, Rhian will visit that day and ask for a legal planning meeting within
five working days; if Gareth cannot care for the children, they will stay with their aunt Sian, and if
Sian cannot have them, Rhian will find foster carers.

## Core group and review
Core group every four weeks from 17/03/2026. Review conference: 12/05/2026.
"""


# The tuning plan it was met in, less its details and background: a narrative paragraph per area
# under "What will happen", one of them named for the children's health and feelings.
_NARRATIVE_PLAN = Path(__file__).resolve().parents[1] / "sample_plans" / \
    "b172_ardensholt_icpc_plan_narrative_paragraph_per_area_trevelyan.md"


def _narrative() -> str:
    lines = _NARRATIVE_PLAN.read_text("utf-8").split("\n")
    return "\n".join(lines[:6] + lines[lines.index("## What will happen"):])


def test_a_part_of_the_work_named_for_the_childs_feelings_is_work_not_their_voice():
    # "record his own sleep score", "anything she says about being smacked": the child's words a
    # worker will note are how the work is checked; between two parts of the work, a part of it
    report = _lint(_narrative())
    assert [s.kind for s in report.plan.sections if "feelings" in s.heading] == ["actions"]
    assert _action(report, "Mr Patel will keep a daily note").facts.owner_status == "ok"
    assert _action(report, "Ms Ferreira, the school counsellor, will see")


def test_work_named_as_a_noun_with_its_doer_is_an_action():
    assert find_commitment("A review of Gareth's sertraline by his GP, Dr Anwen Parry, by 31/03/2026").agent == "his GP"
    assert find_commitment("Completion of the routines work (lead: Carys Jenkins, FIS): six sessions").agent == \
        "Carys Jenkins"
    # with no one named, a noun is a topic or a heading, not work
    assert find_commitment("Completion of the parenting assessment by 30 April") is None
    assert find_commitment("Review of the plan at core group") is None
    report = _lint(_REPORT)
    assert _action(report, "A review of Gareth's sertraline").facts.owner_status == "ok"
    assert _action(report, "Completion of the routines work").facts.owner_status == "ok"
