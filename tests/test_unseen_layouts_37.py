"""Classes met on tuning material of the thirty-seventh pass: plans as they stand at a review
(progress and RAG columns beside actions kept from the first conference). All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_REVIEW_TABLE = """# Review child protection plan for Isla and Reggie
Children: Isla Moor (8), Reggie Moor (3). Dad: Lee Moor.

## What Isla has told us
Isla said: "I like it when Dad is calm and we watch films."

## What we want for Isla and Reggie
- Isla and Reggie are cared for by a sober adult every day.

## The plan, updated at the review
| No. | Action | Who | When | How we will know | Progress | RAG |
|---|---|---|---|---|---|---|
| 1 | Visit Isla and Reggie at home and see Isla on her own | Hollie Dawes, SW | Weekly until the review | Visit records show both children seen | Achieved – 15 of 16 visits | Green |
| 2 | Report to each core group on whether Lee is making the changes the children need and how long that will take | Kieran Moss, recovery worker (adult alcohol service) | Before each core group | Written report on file | Achieved – four reports | Green |
| 3 | Get a stair gate fitted at the top of the stairs | Hollie Dawes, SW | By 30/06/2025 | Gate seen fitted | Achieved – fitted 27/06/2025 | Green |
| 4 | Lead the Parenting After Conflict group | Gemma Platt, family support worker | Tuesdays 10/06 to 12/08 | Register of sessions | Completed – nine of ten weeks | Green |
| 5 | Tell the SW of any missed breath test | Kieran Moss, recovery worker | Every Monday |  | Partly | Amber |

## Contingency plan
If Lee drinks while caring for the children, they stay with their aunt Kerry that night; if Kerry
cannot have them, the SW arranges foster care and asks for a legal planning meeting.

## Core group and review
The core group meets every four weeks; the review conference is on 09/09/2025.
"""


def test_an_achieved_row_of_work_that_goes_on_is_still_an_action():
    # "Achieved" beside "Weekly" or "before each core group" says the duty is on track; "Achieved"
    # of a one-off ("by 30/06/2025") and "Completed" close the row.
    report = _lint(_REVIEW_TABLE)
    assert report.actions == 3
    assert _action(report, "Visit Isla and Reggie")
    assert _action(report, "Report to each core group")
    assert not [a for a in report.plan.actions if "stair gate" in a.text or "Parenting After" in a.text]


def test_the_adult_service_of_an_achieved_row_still_counts():
    report = _lint(_REVIEW_TABLE)
    assert not _rules(report, "F004")
    assert len(_rules(report, "M001")) == 1  # row 5: no measure
