"""Classes met on tuning batch 81 (core group logs carried forward, a parent's past drug use,
looked-after young people on a ward), on invented text. All names are invented."""
from test_unseen_layouts_15 import _TAIL, _lint, _rules

_LOG = """CORE GROUP 3 RECORD - Brandon and Ellie Quinn
Mother: Sam Quinn. Father: Wayne Pollard.

WHAT WE WANT FOR BRANDON AND ELLIE
Ellie has her health checks and Brandon stays in school.

ACTIONS FROM CORE GROUP 2 (13/05/2025)
CG2.1  SW to arrange beds and bedding for both children through the Family Fund.
       STATUS: Done 16/05/2025 - beds delivered, photos on file.

CG2.2  School nurse to see Ellie about her head lice, height and weight.
       STATUS: Not done - carried forward as CG3.2.

CG2.3  Wayne to take Ellie to the dentist for the check-up she missed.
       STATUS: {status}

ACTIONS AGREED AT CORE GROUP 3
CG3.1  Kirsty Adair (SW) to see Brandon and Ellie on their own every week until the review and record what they say.
"""


def test_work_a_status_line_closes_is_no_longer_the_plans():
    report = _lint(_LOG.format(status="In progress - appointment booked") + _TAIL, name="plan.txt")
    texts = [a.text for a in report.plan.actions]
    assert not any("beds and bedding" in t or "head lice" in t for t in texts)
    assert any("dentist" in t for t in texts)  # still going on: still the plan's work
    closed = _lint(_LOG.format(status="Completed 27/05/2025 - no treatment needed") + _TAIL, name="plan.txt")
    assert not any("dentist" in a.text for a in closed.plan.actions)


_PAST_USE = """# Child protection plan for Ellie
Mother: Sam Quinn.

## Background
{history}

## What we want for Ellie
Ellie goes to school every day, clean and fed.

## Actions
- Kirsty Adair (SW) will visit Ellie every week and record what she says in her visit notes.
- The school nurse will check Ellie's hair and weight every month and write to the SW.
"""


def test_a_parents_drug_use_that_ended_is_history():
    over = "Sam used heroin and crack cocaine between 2012 and 2018. She finished treatment in 2018 and has not used since."
    assert not _rules(_lint(_PAST_USE.format(history=over) + _TAIL), "F004")
    now = "Sam uses heroin and crack cocaine most days and has not had treatment."
    assert _rules(_lint(_PAST_USE.format(history=now) + _TAIL), "F004")


_WARD = """# Care plan for Ryan (looked after, section 20)
Ryan is on Ward 12 at Nesterby General Hospital after surgery.

## What we want for Ryan
Ryan recovers and goes back to the Lodge safely.

## While Ryan is in hospital
- {visit}
- Abi Lister (Lodge manager) will get a ground-floor bedroom ready by 20/06/2025 and send the SW photos.

## Contingency
If Ryan is threatened on the ward, the police will be called and he will move to another hospital the same day.

## Reviews
Core group every 4 weeks; looked after review on 04/09/2025.

## What Ryan says
Ryan said the ward is boring and he misses the staff at the Lodge.
"""


def test_words_of_visiting_that_plan_no_visit():
    for not_planned in (
        "Carl (SW) will ring the ward every Monday and speak to the nurse instead of visiting, and note each call.",
        "A visitors list for Ryan will be agreed with the ward by 06/06/2025 and kept at the nurses' station.",
        "Carl (SW) will ring the ward every Monday and note each call. Carl visited Ryan on the ward on 3 June.",
    ):
        assert _rules(_lint(_WARD.format(visit=not_planned)), "L001"), not_planned
    planned = "Carl (SW) will visit Ryan on the ward every week until he is discharged and note what he says."
    assert not _rules(_lint(_WARD.format(visit=planned)), "L001")


_WORK = """# Child protection plan for Lina
Mum: Sami Haddad.

## What we want for Lina
Lina's teeth are cared for and she goes to her clubs.

## Actions
- {action}
"""


def test_evidence_said_in_other_words_is_a_measure():
    for measured in (
        "Sami will take Lina to the dental appointment on Tuesday 14 October; the dental service will let the "
        "school nurse know she attended.",
        "Joanne Price (family support worker) will show Sami how to plan a weekly shop by 30 June and leave her a "
        "written shopping list.",
        "Auntie Pauline will help with Lina's tea every Monday and put what she did in the family book.",
        "Sami will not drink when Lina is at home, from today, and will do a saliva test at every visit.",
    ):
        assert not _rules(_lint(_WORK.format(action=measured) + _TAIL), "M001"), measured
    unmeasured = "Sami will take Lina to the dental appointment on Tuesday 14 October."
    assert _rules(_lint(_WORK.format(action=unmeasured) + _TAIL), "M001")
