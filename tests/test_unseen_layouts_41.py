"""Classes met on tuning material of the forty-first pass: the later parts of Finding One
(legal planning, a family moving between authorities, a looked-after child in hospital,
adult services planning jointly), each in an author's own words. All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules
from test_unseen_layouts_39 import _HEAD, _TAIL

from planlint.nlp.pipeline import Analyser


def _modifiers(text: str, label: str, words: str) -> frozenset[str]:
    return next(m.modifiers for m in Analyser().mentions(text) if m.label == label and m.text == words)


def test_a_negation_inside_an_if_clause_ends_with_the_clause():
    # "does not go ahead" is the condition's; the booked date after the comma stands
    text = "If Wendlemoor's conference does not go ahead, Billingsholt's review conference on 27/01/2026 stays booked."
    assert "negated" not in _modifiers(text, "TIME", "27/01/2026")
    # without the condition the same negation still reaches on past the comma
    assert "negated" in _modifiers("There will not be, on 27/01/2026, a review.", "TIME", "27/01/2026")


def test_a_fallback_review_conference_booked_under_a_condition_is_a_review_date():
    report = _lint(_HEAD + """## The plan
- Priya Shah (SW) will visit Maisie every week until the transfer-in conference; her visit records will show it.

## Contingency plan
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, PS arranges foster care and asks for a legal planning meeting.

## Next meetings
- Core group every three weeks; next on 16/12/2025.
- If Wendlemoor's transfer-in conference does not go ahead, our review conference on 27/01/2026 stays booked.
""")
    assert not _rules(report, "R001")


def test_a_mental_health_worker_joining_the_social_workers_work_is_no_mh_support_only():
    report = _lint(_HEAD + """## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Joint planning meeting about Jade's leave from the ward and when she can see Maisie safely | Priya Shah (SW) with Owen Price, care co-ordinator, Holt CMHT | Within 5 working days | Shared plan notes on both records |
| Visit Jade on the ward to support her with her mood and see how she is | Owen Price, care co-ordinator, Holt CMHT, with Priya Shah (SW) | Every week | Visit notes to the core group |
""" + _TAIL)
    assert _rules(report, "H001") == [_action(report, "support her with her mood").text]
    assert not _rules(report, "F004")  # the partner is still an adult service working with the family


def test_a_will_inside_a_relative_clause_of_a_statement_is_no_action():
    report = _lint(_HEAD + """## Will the plan change when you move?
No. The plan stays in force until Pendrith holds a transfer-in conference on 27/11/2025.
Pendrith have already allocated a social worker, Daniel Ojo, who will take over at the end of that conference.

## What each of us will do
- I (Priya Shah, social worker) will visit Maisie every week at home until the transfer-in conference; my visit records will show it.
""" + _TAIL)
    assert report.actions == 1
    assert not [f for f in report.findings if f.rule in ("T001", "M001")]


def test_when_the_duty_rota_allows_is_a_vague_time():
    report = _lint(_HEAD + """## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Visit Maisie on Ward 12 and speak to the nurse in charge | Priya Shah, SW | When the duty rota allows | Visit notes on Maisie's file |
| Check Maisie's weight with the ward | Priya Shah, SW | Every Monday | Weights on Maisie's file |
""" + _TAIL)
    assert _rules(report, "T002") == [_action(report, "Ward 12").text]


_LOOKED_AFTER = """# Initial child protection conference: Tommy Reid (2)
- **Legal status:** accommodated under section 20 since 06/11/2025, with his mother's consent.

## Why we are worried
Tommy has been on Ward 4 at Benthwaite General since 04/11/2025 with a chest infection.

## What Tommy shows us
Tommy reaches for his nan and smiles when she comes onto the ward.

## What we want for Tommy
- Tommy is visited on the ward and goes home well.

## The plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Take the ward handover and visit Tommy at home within 48 hours of discharge | Lisa Green, health visitor | From discharge | Weights plotted in the red book |
{extra}
## Contingency plan
If Tommy's nan cannot care for him after discharge, the SW finds foster carers the same day and asks
for a legal planning meeting.

## Meetings
Core group every four weeks from 20/11/2025; review conference on 18/02/2026.
"""


def test_a_home_visit_after_discharge_is_no_visit_on_the_ward_whatever_ward_it_names():
    assert _rules(_lint(_LOOKED_AFTER.format(extra="")), "L001")
    ward = "| Visit Tommy on Ward 4 | Sadia Karim, SW | Twice a week | Visit notes on file |\n"
    assert not _rules(_lint(_LOOKED_AFTER.format(extra=ward)), "L001")
