"""Classes met in batch 28's layouts, each on invented text. All names are invented."""
from planlint import lint
from planlint import loader
from planlint.structure.tables import header_role

_RECORDS = """\
# Plan for Tyler Marsh

## Nights Tyler went missing

| Date | How long | Where he was found | Return interview |
|---|---|---|---|
| 02/03/2025 | 2 nights | A flat in Dunholt with two older men | Done 04/03/2025 (Jo Bell) |
| 19/03/2025 | 1 night | Dunholt bus station, by the police | Offered; Tyler said no |

## The home

| Room | First visit | What we saw |
|---|---|---|
| Kitchen | 1 | Dirty bottles in the sink and the bin overflowing |
| Bedroom | 2 | Wet sheets on Tyler's bed |

## What we will do

| What they will do | Who | When | How we will know |
|---|---|---|---|
| Visit Tyler at home and see him on his own | SW Jo Bell | Every week | Visit notes on file |
| Take Tyler to school | Mum (Kerry Marsh) | Every school day | School register |
"""


def test_a_question_word_heads_the_actions_only_when_work_to_do_follows_it():
    columns = loader.phrase_table("columns")
    for record in ("What we saw", "How long", "What Tyler said", "What is going well", "What we found"):
        assert header_role(record, columns) is None, record
    for work in ("What they will do", "What must happen", "What happens next", "What we're going to do", "What"):
        assert header_role(work, columns) == "action", work
    # A question word with a phrase of its own keeps that phrase's role.
    assert header_role("What are we worried about", columns) == "need"
    assert header_role("How we will know", columns) == "measure"


def test_a_record_of_nights_missing_or_of_rooms_seen_holds_no_actions():
    report = lint(_RECORDS, name="plan.md")
    assert [a.fields["action"] for a in report.plan.actions] == [
        "Visit Tyler at home and see him on his own", "Take Tyler to school"]
    assert not [f for f in report.findings if f.rule in ("M001", "T001", "W001", "U001")]
