"""Classes met on tuning batch 174 (times and checks said once for many actions, wherever the
template puts them): a part's heading over numbered paragraphs whose number is no date; a note
naming a part in quotes; a closing line timing the items above it ("Each of B1 to B6 to be done
by ..."); a part's labelled time line; an opening line over a range of items; "For every item in
6A ..."; "By when:" and "How we will know:" lines under an outcome's heading; a table's lettered
time banners, "Once, by ..." and checks keyed in a closing row; tick columns headed by times; "as
soon as she is reported missing". All names are invented."""
import io

import docx

from planlint import lint
from test_unseen_layouts_15 import _action, _lint, _rules


def _docx(paragraphs: list[tuple[str, str]], table: list[list[str]] | None = None) -> bytes:
    """("h1"/"h2"/"p", text) paragraphs, then an optional table before the rest."""
    d = docx.Document()
    for kind, text in paragraphs:
        if kind == "table" and table:
            t = d.add_table(rows=len(table), cols=len(table[0]))
            for row, cells in zip(t.rows, table):
                if not any(cells[1:]):
                    row.cells[0].merge(row.cells[-1]).text = cells[0]  # a banner across the table
                    continue
                for cell, value in zip(row.cells, cells):
                    cell.text = value
        elif kind.startswith("h"):
            d.add_heading(text, int(kind[1]))
        else:
            d.add_paragraph(text)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


_HEAD = [
    ("h1", "Child Protection Plan: Maisie and Jack Carver"),
    ("p", "Children: Maisie Carver (8) and Jack Carver (1). Mum: Leanne Carver."),
    ("h2", "What Maisie says"),
    ("p", 'Maisie said: "I make Jack his breakfast when Mummy is asleep."'),
    ("h2", "What we want for Maisie and Jack"),
    ("p", "Maisie and Jack are looked after every day by a mum who is sober."),
]
_TAIL = [
    ("h2", "If things go wrong"),
    ("p", "If Leanne has been drinking while she has the children, Kate will take them to Pauline's that "
          "day and ask her manager for a legal planning meeting within five working days; if Pauline "
          "cannot have them, Kate will find foster carers."),
    ("h2", "Core group and review"),
    ("p", "Core group every four weeks from 10/02/2026. Review conference: 21/04/2026."),
]


def test_a_parts_heading_times_its_numbered_paragraphs_and_a_quoted_part_is_a_note():
    report = lint(_docx([*_HEAD,
        ("h2", "The plan"),
        ("p", "The plan is in two parts. At the end of each part, 'How we will know' says what the core "
              "group will see for each action, by its number."),
        ("h2", "Part 1: Within ten working days of the conference (all by the first core group, 10/02/2026)"),
        ("p", "1.2 Gemma Rowe (EADS) will complete Leanne's assessment, with an AUDIT questionnaire and a "
              "breath test, and send Kate the assessment letter."),
        ("p", "1.3 Kate Morley (SW) will write a safety plan with Leanne and Pauline and give copies to the "
              "school; Kate will see it on Leanne's fridge."),
        *_TAIL]), name="plan.docx")
    assert not _rules(report, "T001")
    assert not any("How we will know" in a.text for a in report.plan.actions)


_CASE_PRINT = """CHILD PROTECTION PLAN - KYLE AND POPPY BARKER

Children: Kyle Barker (7) and Poppy Barker (3). Mum: Gemma Barker. Grandparents: Sue and Alan Barker.

WHAT KYLE SAYS
Kyle said: "I don't like it when Lee shouts at bedtime."

WHAT NEEDS TO CHANGE
Kyle and Poppy go to bed calmly every night with an adult who does not hurt them.

6A WEEKLY WORK
All of the following start this week and run every week until the review conference on 05/05/2026,
unless an item says otherwise.

A1  Ben Hughes (family support worker) will do sessions at home with Gemma and Lee on bedtime for a
    child with ADHD: a routine, a reward chart, and calming down.
A2  Sue and Alan Barker will take Kyle to school on Mondays, Wednesdays and Fridays.

For every item in 6A the core group will see a dated entry on the children's chronology for each
session or school run, sent to Rachel within 2 working days by whoever did it.

6B ONE-OFF TASKS

B1  Rachel Amos (SW) will write a safety plan with Gemma, Lee, Sue and Alan and give each a copy.
B2  Gemma will rebook Poppy's missed hearing test at Emberholt Audiology and show Rachel the letter.

Each of B1 to B2 to be done by the first core group, 24/02/2026.

IF THINGS GO WRONG
If Lee hurts Kyle, Rachel will hold a strategy discussion that day and ask for a legal planning
meeting; if Sue and Alan cannot do the school run, Rachel will arrange a taxi with the school.

CORE GROUP / REVIEW
Core group every 4 weeks from 24/02/2026. Review conference: 05/05/2026.
"""


def test_opening_and_closing_lines_time_and_check_the_items_they_name():
    report = _lint(_CASE_PRINT, "plan.txt")
    assert not _rules(report, "T001") and not _rules(report, "M001")
    assert not any(a.text.startswith(("All of the following", "Each of B1", "For every item")) for a in report.plan.actions)
    assert "24/02/2026" in _action(report, "rebook Poppy").fields.get("timescale", "")


_CARDS = """# Child protection plan: Kacper and Zofia Nowak

Children: Kacper Nowak (10) and Zofia Nowak (4). Mum: Marta Nowak. Dad: Tomasz Nowak.

## What Kacper and Zofia say
Kacper said: "I want to stop worrying about Mama."

## The plan

### Outcome 1: Kacper and Zofia are safe at home, and their dad does not come to the house

**By when:** every day from 16/02/2026 until the review conference on 11/05/2026.
**How we will know:** the police record shows no call-out to 4 Linden Close; Marta, Kacper and Zofia
each tell Helen, on their own, that Tomasz has not come to the house.

- **Marta** will keep Tomasz out of the house as the order says, and ring 999 if he comes to the door.
- **Helen Ward (social worker)** will visit Marta and the children at home, one visit in three unannounced.

### Outcome 2: Jacob sleeps well and is happy at school

**By when:** every school week, from 26/01/2026 to the start of the Easter holidays (27/03/2026), unless
a step gives its own time.
**We'll know because:** Jacob's own scores for "how I slept", written by Mrs Day in his check-in book,
go up from 3 to at least 6 by Easter.

- Mrs Day will check in with Jacob every school day at 8.50am.
- Marta will keep the bedtime routine she and Jacob agreed every night.

## If things go wrong
If Tomasz comes to the house, Marta rings 999 and Helen holds a strategy discussion that day, then asks
for a legal planning meeting within five working days.

## Meetings
Core group every four weeks from 24/02/2026. Review conference: 11/05/2026.
"""


def test_by_when_and_how_we_will_know_lines_under_an_outcome_serve_its_actions():
    report = _lint(_CARDS)
    assert not _rules(report, "T001") and not _rules(report, "M001")
    assert _action(report, "keep the bedtime routine").check or _action(report, "keep the bedtime routine").fields.get(
        "measure")


def test_a_tables_lettered_time_banners_keyed_checks_and_tick_columns():
    banners = [["Ref", "What will happen", "Who"],
               ["A. Every school day, from Monday 26/01/2026 until the review conference", "", ""],
               ["A1", "Meet Amber at lunchtime in the Base for a check-in about her morning", "Mr Tom Ridley, pastoral lead"],
               ["A2", "Check Amber is in school at registration and ring Nicola if she is not", "Mrs Lorna Beck, DSL"],
               ["How we'll know (A1 and A2): A1 - the check-in log e-mailed to Dan every Friday. A2 - the register "
                "e-mailed to Dan every Friday.", "", ""],
               ["D. Once, by Friday 27/02/2026", "", ""],
               ["Straight away: each of these by Friday 13/02/2026", "", ""],
               ["D0", "Fit a video doorbell and window locks through the sanctuary scheme; the job sheet goes to Dan",
                "Lorna Pike, sanctuary officer"],
               ["D1", "Write a family safety plan with Amber and Nicola and give them each a copy", "Dan Mercer, social worker"],
               ["How we'll know (D1): D1 - the signed safety plan on Dan's file.", "", ""]]
    report = lint(_docx([*_HEAD, ("h2", "The plan"), ("table", ""), *_TAIL], banners), name="plan.docx")
    assert not _rules(report, "T001")
    assert not _rules(report, "M001")
    ticks = [["No.", "What will happen", "Who", "Every week", "By 06/03/2026", "How we'll know"],
             ["1", "Weigh Jack at home and plot his weight in his red book", "Nicola Barnes, health visitor", "X", "",
              "Weights in the red book, seen by Kate"],
             ["2", "Refer Jack to the paediatric dietitian about his weight", "Nicola Barnes, health visitor", "", "X",
              "Referral acceptance letter on Kate's file"]]
    report = lint(_docx([*_HEAD, ("h2", "The plan"), ("table", ""), *_TAIL], ticks), name="plan.docx")
    assert _action(report, "paediatric dietitian").fields.get("timescale") == "By 06/03/2026"
    assert not _rules(report, "T001")


def test_as_soon_as_she_is_reported_missing_is_when_not_vague():
    report = _lint(_CARDS.replace("- Mrs Day will check in with Jacob every school day at 8.50am.",
                                  "- As soon as Jacob is reported missing, PC Quinn will search for him and tell Helen."))
    assert not any("reported missing" in e for e in _rules(report, "T002"))


_PARTS = """# Safety plan for Mia and Archie

Children: Mia Whitaker (4) and Archie Whitaker (1). Mum: Kirsty Whitaker. Dad: Liam Hughes.
Nanna Jean (Jean Whitaker) is Kirsty's mum.

## What Mia says
Mia said: "Daddy shouting and Mummy crying."

## What needs to be different
Mia and Archie are never in the room when an adult is drunk or shouting.

## Our safety plan

### Kirsty's part

| What I will do | When | How everyone will know |
|---|---|---|
| Only let Liam see the children at Nanna Jean's house, with her there the whole time | Every Saturday contact from 17/01/2026 | Nanna Jean's contact book, read by Sam at each visit |

### Kirsty and Nanna Jean together

| What we will do | When | How everyone will know |
|---|---|---|
| Read Mia her Words and Pictures story with her and answer her questions | Every Sunday from 18/01/2026 | Mia's story book on Sam's file, with what Mia said |

## If the safety plan is not working
If Liam turns up drunk, Kirsty rings 999 and Sam holds a strategy discussion that day, then asks for a
legal planning meeting; if Nanna Jean cannot supervise, that contact does not happen.

## Meetings
Core group every four weeks from 29/01/2026. Review conference: 14/04/2026.
"""


def test_two_people_together_head_their_shared_part():
    report = _lint(_PARTS)
    assert "Nanna Jean" in _action(report, "Words and Pictures").fields.get("owner", "")
    assert not _rules(report, "W001")
