"""Classes met on tuning material of the forty-eighth pass: an outline numbered to three levels
whose timing is in a timeline keyed by item number, each item's check in a second sentence
("We'll know ..."); a part of checks keyed by task code whose one column reads as work too;
the closing lines of minutes. All names are invented."""
import io
import re

import docx

from planlint import lint
from planlint.structure.actions import REF
from test_unseen_layouts_15 import _action, _lint, _rules

_ITEMS = [
    ("6.1.1", "Lee and Michelle will clear the rubbish from the back bedroom so that Bobby can sleep there.",
     "We'll know when Rachel sees the room clear."),
    ("6.1.2", "Rachel Moore (social worker) will visit the children at home and see each child on their own.",
     "We'll know from a visit record on the file for every visit, with each child's own words."),
    ("6.2.1", "Lee will walk Lacey and Bobby to Moorside Primary so that they are in class by 8.50am.",
     "We'll know from Moorside's register, e-mailed to Rachel every Friday."),
    ("6.2.2", "Sue Barlow, school nurse, will check the children's hair for lice and weigh Bobby.",
     "We'll know from the school nursing record, copied to Rachel after each check."),
]
_TIMELINE = [
    ("Within two weeks of this conference (by 19/03/2026)", "6.1.1"),
    ("Every week until the review conference on 04/06/2026", "6.1.2, 6.2.2"),
    ("Every school day", "6.2.1"),
]


def _outline_docx(second_sentence: bool = True) -> bytes:
    """Items typed with their outline numbers as plain paragraphs, then a "When | Plan items" table."""
    d = docx.Document()
    d.add_heading("Child Protection Plan", 1)
    d.add_heading("4. What Lacey and Bobby say", 2)
    d.add_paragraph('Bobby (6) told Rachel: "I want my own bed and no nits."')
    d.add_heading("5. What must change for the children", 2)
    d.add_paragraph("5.1 Lacey and Bobby live in a clean home, each with a bed, and are in school every day.")
    d.add_heading("6. The plan", 2)
    d.add_paragraph("Each item says who will do it and how we will know. When each item happens is in the "
                    "timeline at part 7, by item number.")
    for number, work, check in _ITEMS:
        d.add_paragraph(f"{number} {work}" + (f" {check}" if second_sentence else ""))
    d.add_heading("7. Timeline", 2)
    t = d.add_table(rows=1 + len(_TIMELINE), cols=2)
    for row, cells in zip(t.rows, [("When", "Plan items"), *_TIMELINE]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_heading("8. If things go wrong", 2)
    d.add_paragraph("8.1 If a child is found with no bed to sleep in, Rachel will visit that day and ask her "
                    "manager for a legal planning meeting within five working days; if the children's aunt "
                    "Jo cannot have them, Rachel will find foster carers the same day.")
    d.add_heading("9. Core group and review", 2)
    d.add_paragraph("9.1 Core group every four weeks: 19/03/2026, 23/04/2026 and 21/05/2026.")
    d.add_paragraph("9.2 Review child protection conference: 04/06/2026.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_timeline_keyed_by_three_level_item_numbers_times_each_item():
    report = lint(_outline_docx(), name="plan.docx")
    assert report.actions == len(_ITEMS)
    assert "Every week until the review conference" in _action(report, "see each child on their own").fields["timescale"]
    assert not _rules(report, "T001") and not _rules(report, "W001")


def test_a_second_sentence_saying_how_we_will_know_is_the_items_check():
    report = lint(_outline_docx(), name="plan.docx")
    walk = _action(report, "walk Lacey and Bobby")
    assert "Moorside's register" in walk.text and walk.facts.measure_status == "ok"
    assert report.actions == len(_ITEMS) and not _rules(report, "M001")
    # (without it the item has no check: M001 on each, so the test above can fail)
    assert len(_rules(lint(_outline_docx(second_sentence=False), name="plan.docx"), "M001")) >= 2


def test_a_reference_has_up_to_three_levels_and_a_date_is_none():
    ref = re.compile(REF)
    for code in ("6", "6.1", "6.1.2", "6.1.12", "A12"):
        assert ref.fullmatch(code), code
    for date in ("19.03.26", "1.3.25", "19.03.2026"):
        assert not ref.fullmatch(date), date


_CHECKS_PLAN = """# Child protection plan for Noah Ferris

## Child's voice
Noah (7) said: "I check Mummy's breathing at night, just in case."

## Outcomes
- Noah is always looked after by an adult who is well enough to care for him.

## Plan tasks
| Task ID | Task | Assigned to | Frequency | Review by |
|---|---|---|---|---|
| T01 | Visit Noah at home and see him on his own | Sana Qureshi, SW | Weekly | 19/05/2026 |
| T02 | See Jade at home, check her mood and medicines, and report on her capacity to change | Femi Adeyemi, CPN, Astwyke CMHT | Every two weeks | 19/05/2026 |
| T03 | Check in with Noah when he arrives at school | Mrs Gill Dale, ELSA | Every school day | 19/05/2026 |

## How we will know
| Task ID | Evidence (what will be seen, counted or read) |
|---|---|
| T01 | A visit record on CaseLink within 48 hours of every visit, with Noah's own words. |
| T02 | Femi's written report on CaseLink two working days before each core group. |
| T03 | Check-ins logged on CPOMS and attendance e-mailed to the SW each Friday. |

## Contingency
If Jade is unwell, Noah rings Auntie Stacey, who takes him to her house that day; if Stacey cannot, the SW
finds a foster carer the same day.

## Review
Core group every four weeks: 10/03/2026, 07/04/2026. Review conference: 19/05/2026. If there is no
progress by then, the SW will ask for a legal planning meeting.
"""


def test_checks_keyed_by_task_code_are_the_tasks_measures_not_more_tasks():
    report = _lint(_CHECKS_PLAN)
    assert report.actions == 3
    assert "CPOMS" in _action(report, "Check in with Noah").fields["measure"]
    assert not _rules(report, "W001") and not _rules(report, "T001") and not _rules(report, "M001")


_MINUTES = """# Core group minutes: Harley and Skye Moss

## What Harley says
Harley (8) told his teacher: "I don't like it when they shout."

## Outcomes
- Harley and Skye live in a home with no violence and get to school on time every day.

## If things go wrong
If Jason comes back to the home, Tom will ask for a legal planning meeting within five working days, and
Leanne's sister Kim will have the children that night; if Kim cannot, Tom will find emergency carers.

## Next meetings
Core group 3: 10/03/2026, every four weeks. Review conference: 08/04/2026.

## Action log
Agreed at core group 2. {note}

| Ref | Action agreed | Owner | When | We'll know because |
|---|---|---|---|---|
| A1 | Visit Harley and Skye at home and see each child alone | Tom Ash, SW | Every two weeks from 11/02/2026 | Visit records on file |
| A2 | Check Skye's weight and development | Jo Hill, HV | By 27/02/2026 | Her red book and a letter to Tom |

Minutes: TA, 11/02/2026. {sent}
"""


def test_the_notes_around_an_action_log_are_no_actions():
    note, sent = "Owners will bring their update to core group 3.", "Sent to everyone present and the conference chair."
    report = _lint(_MINUTES.format(note=note, sent=sent))
    assert report.actions == 2
    # (the same lines worded as work are read as actions, so the test above can fail)
    worded = _lint(_MINUTES.format(note="Jo Hill will bring her update to core group 3.",
                                   sent="Tom Ash will send Leanne's GP a copy of the plan by 13/02/2026."))
    assert worded.actions == 4


_LETTER = """# Your baby's plan

Dear Chloe and Ryan,

## What we want for Maisie
Maisie is born safely and goes home to a calm flat where no one uses cannabis.

## What will happen, and when
{lead}

### By Friday 16 January 2026
- I will visit you at home with the health visitor. We will know because my visit record is on Maisie's file.
- Tessa Grant, your health visitor, will go through safe sleep with you. We will know because she signs the safe sleep checklist with you.

## If things go wrong
If either of you uses cannabis at home, I will ask for a legal planning meeting within five working days, and
Maisie will stay with Nan Julie; if Julie cannot have her, I will find a foster carer the same day.

## Meetings
Core group every four weeks from 20/01/2026. Review conference: 14/04/2026.

Hannah Greaves, social worker
"""


def test_a_letter_saying_how_it_is_set_out_is_no_action():
    report = _lint(_LETTER.format(lead="I have set the plan out by when things need to happen."))
    assert report.actions == 2 and not _rules(report, "M001")
    # (work in the same place is read, so the test above can fail)
    assert _lint(_LETTER.format(lead="I will visit Maisie's nursery every Friday.")).actions == 3
