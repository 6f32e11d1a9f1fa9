"""Layouts typed without a word processor's structure: a grid table printed
with "+---+" borders, a checklist of "☐" paragraphs in Word, a shouted
heading with a lower-case gloss. All names are invented."""
import io

import docx

from planlint import lint
from planlint.readers import read_bytes, read_text

GRID = """CORE GROUP WHITEBOARD

*** IVO SAYS (Pia saw him on his own at school) ***
  "I like Nanna's because she has a trampoline."

*** THE PLAN ***
+----------------------------------+-----------+-----------------+------------------------------+
| WHAT                             | WHO       | WHEN            | HOW WE'LL KNOW               |
+==================================+===========+=================+==============================+
| Home visits - see Ivo on his own | SW (Pia)  | every 2 wks,    | visit notes: Ivo seen alone, |
| and check the kitchen            |           | 1 in 3 unannounced | kitchen checked           |
+----------------------------------+-----------+-----------------+------------------------------+
| Urine test at each appointment   | VRP (Jo)  | fortnightly     | results emailed to SW        |
+----------------------------------+-----------+-----------------+------------------------------+
"""


def test_a_grid_table_is_one_row_a_band():
    doc = read_text(GRID, "board.txt")
    table = next(b.table for b in doc.blocks if b.table)
    assert table.rows[0] == ["WHAT", "WHO", "WHEN", "HOW WE'LL KNOW"]
    assert table.rows[1][0] == "Home visits - see Ivo on his own and check the kitchen"
    assert table.rows[1][2] == "every 2 wks, 1 in 3 unannounced"
    assert len(table.rows) == 3


def test_a_shouted_heading_may_gloss_in_lower_case():
    report = lint(GRID, name="board.txt")
    assert any(s.kind == "child_voice" and s.heading.startswith("* IVO SAYS") for s in report.plan.sections)


def test_a_service_named_by_its_short_name():
    plan = GRID.replace("CORE GROUP WHITEBOARD", "CORE GROUP WHITEBOARD\n\nKEY: VRP = Vellacott Recovery Partnership")
    report = lint(plan, name="board.txt")
    jo = next(a for a in report.plan.actions if a.fields.get("owner") == "VRP (Jo)")
    assert "ADULT_SERVICES" in jo.facts.owner_labels


def _docx(paragraphs):
    d = docx.Document()
    for style, text in paragraphs:
        d.add_paragraph(text, style=style)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_a_typed_checklist_in_word_is_a_list():
    data = _docx([
        ("Title", "Child protection plan for Ivo Marsh"),
        ("Heading 1", "The plan: before Ivo leaves hospital"),
        ("Normal", "☐  Placement – Pia will confirm a foster placement by 20 June 2025. "
                   "Evidence: placement plan signed by the foster carers."),
        ("Normal", "☐  Discharge planning – the discharge coordinator will hold the final meeting "
                   "at least three days before Ivo goes. Evidence: written discharge plan sent to Pia."),
    ])
    doc = read_bytes(data, "plan.docx")
    items = [b for b in doc.blocks if b.kind == "list_item"]
    assert [b.text[:9] for b in items] == ["Placement", "Discharge"]
    report = lint(data, name="plan.docx")
    assert report.actions == 2
    assert not [f for f in report.findings if f.rule in ("T001", "M001")]


def test_an_evidence_sentence_belongs_to_the_action_before_it():
    plan = ("# Plan for Ivo Marsh\n\n## The plan\n\n"
            "Pia will confirm a foster placement for Ivo by 20 June 2025. Evidence: placement plan signed "
            "by the foster carers, on file before discharge.\n")
    report = lint(plan, name="plan.md")
    assert report.actions == 1
    assert report.plan.actions[0].facts.measure_status == "ok"


def test_a_sentence_describing_the_form_is_no_action():
    plan = ("# Plan for Ivo Marsh\n\n## Our SMART plan\n\nEach row is one objective. Read across the row for "
            "what will be done, how we will know, who will do it, and by when.\n\n"
            "- Pia will see Ivo every week; her visit notes will say what he told her.\n")
    report = lint(plan, name="plan.md")
    assert [a.text[:3] for a in report.plan.actions] == ["Pia"]


def test_initials_given_with_an_equals_sign_and_a_title():
    plan = ("# Plan for Ivo Marsh\n\nDC = Dr Dafydd Cole, consultant psychiatrist, Ashvale Community Mental Health Team\n\n"
            "Mum has depression.\n\n## The plan\n\n- DC will see Mum by 16 June 2025 and write to the SW on whether she "
            "can care for Ivo.\n")
    report = lint(plan, name="plan.md")
    assert "MH_SERVICES" in report.plan.actions[0].facts.owner_labels


STEPS = """SAFETY PLAN FOR LEAH

SAFETY STEPS:
 1a  See Leah on her own at school and do "three houses" with her
       Who: Shona Mullan (SW)          When: every 2 weeks
       We'll know because: Leah's words recorded at each visit
 1b  Put a domestic abuse marker on the family's address
       Who: PC Dev Sandhu, Gillingmoor Police
       When: by 26/03/2025
       We'll know because:
"""


def test_steps_numbered_within_a_goal_are_items_with_their_fields():
    report = lint(STEPS, name="steps.txt")
    texts = [a.fields.get("action", a.text) for a in report.plan.actions]
    assert [t[:8] for t in texts] == ["See Leah", "Put a do"]
    marker = report.plan.actions[1]
    assert marker.facts.owner.startswith("PC Dev Sandhu")
    assert [f.rule for f in report.findings if f.location == marker.location] == ["M001"]


def test_minutes_are_named_for_their_meeting_not_their_action_log():
    plan = ("# Ashvale Council\n\n# Core Group Meeting – Minutes and Action Log\n\nDate: 23/04/2025\n\n"
            "## 1. Agency round\n\nMara: says the month has been up and down.\n\n"
            "## 2. What Ivo and Nell are saying\n\nIvo said \"I like it when Nan comes\".\n\n"
            "## 3. Action log\n\n| Action | Who | When | How we'll know |\n|---|---|---|---|\n"
            "| Visit Ivo at home | Pia (SW) | every 2 weeks | visit notes |\n")
    kinds = [s.kind for s in lint(plan, name="m.md").plan.sections]
    assert kinds[:2] == ["title", "title"] and "child_voice" in kinds and kinds[-1] == "actions"


def test_what_success_looks_like_beside_each_action_is_its_measure():
    plan = ("# Plan for Ivo Marsh\n\n## The plan\n\n"
            "| What will happen | Who | By when | What success looks like |\n|---|---|---|---|\n"
            "| Visit Ivo at home | Pia (SW) | every 2 weeks | Visit records show Ivo seen alone |\n"
            "| Breakfast club place for Ivo | Mrs Onslow | daily from 31/03/2025 | Breakfast club register |\n")
    report = lint(plan, name="p.md")
    assert all(a.facts.measure_status == "ok" for a in report.plan.actions)
    assert not [f for f in report.findings if f.rule in ("M001", "F002")]


MINUTES = """ASHVALE COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING - MINUTES

Children:   Ivo MARSH   (12)  DOB 02/03/2013

1. MINUTES OF LAST MEETING (03/06/2025)
   Agreed as accurate.

2. PLAN OUTCOMES (from ICPC, for reference)
   - Ivo is cared for by a parent who is well enough to get him to school on time.

3. CONTINGENCY
   If Mara stops her lithium, PL will visit the same day and request a legal planning meeting.

ACTION SUMMARY
No.   Action                                                   Who          When
----  -------------------------------------------------------  -----------  ---------------
4.1   See Ivo at home on his own and write up his views         PL           01/07/2025
4.2   Send Ivo's attendance figures to PL                       RW           Every Fri

NEXT CORE GROUP:        TBC - to be arranged after the move
"""


def test_numbered_headings_in_capitals_and_a_fixed_width_action_summary():
    report = lint(MINUTES, name="minutes.txt")
    kinds = {s.heading.split(" (")[0]: s.kind for s in report.plan.sections}
    assert kinds["PLAN OUTCOMES"] == "outcomes" and kinds["CONTINGENCY"] == "contingency"
    assert kinds["ACTION SUMMARY"] == "actions" and kinds["MINUTES OF LAST MEETING"] != "actions"
    assert [a.fields.get("owner") for a in report.plan.actions] == ["PL", "RW"]


def test_a_written_agreement_lists_each_partys_clauses():
    plan = ("# Written Agreement\n\nFor Ivo Marsh\n\n## Mara and Lee agree:\n\n"
            "- Mara and Lee will take Ivo to school by 8.50am every day; the register will show it.\n"
            "- Lee will go to the alcohol service every Tuesday from 3 June; attendance sent to the SW.\n\n"
            "## Family members agree:\n\n- Nan (Rita Marsh) will collect Ivo every Friday; nursery sign-out book.\n\n"
            "## Looking at the agreement again\n\nCore group every 4 weeks from 12 June; review conference 4 August 2025.\n")
    report = lint(plan, name="agreement.md")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["Written Agreement"] == "title" and kinds["Looking at the agreement again"] == "review"
    assert kinds["Mara and Lee agree:"] == kinds["Family members agree:"] == "actions"
    assert report.actions == 3


ATTENDEES = """CORE GROUP MEETING - MINUTES

Children:   Ivo MARSH   (12)  DOB 02/03/2013

PRESENT
  MM   Mara Marsh             Mum
  PL   Pia Lund               SW, Ashvale Children's Services
  JH   Josh Hale              CPN, Ashvale CMHT (North)

ACTION SUMMARY
No.   Action                                                   Who          When
----  -------------------------------------------------------  -----------  ---------------
4.1   See Ivo at home on his own and write up his views         PL           01/07/2025
4.2   Continue fortnightly appts with MM and support her        JH           Ongoing
      with her medication

NEXT CORE GROUP:        TBC - to be arranged after the move
REVIEW CONFERENCE:      To be arranged
"""


def test_an_attendees_list_in_aligned_columns_names_each_persons_service():
    report = lint(ATTENDEES, name="minutes.txt")
    jh = next(a for a in report.plan.actions if a.fields.get("owner") == "JH")
    assert "MH_SERVICES" in jh.facts.owner_labels
    assert jh.facts.time_status == "ok"  # "fortnightly" in the work beside "Ongoing"
    assert "H001" in {f.rule for f in report.findings if f.location == jh.location}


def test_the_next_meetings_under_an_action_list_are_no_actions():
    report = lint(ATTENDEES, name="minutes.txt")
    assert report.actions == 2


def test_a_details_card_is_no_action_card():
    data = _docx([("Title", "Pre-birth child protection plan for Baby Marsh")])
    d = docx.Document(io.BytesIO(data))
    t = d.add_table(rows=6, cols=2)
    for row, (label, value) in zip(t.rows, [
            ("Subject", "Unborn baby MARSH, EDD 28/08/2025"), ("Mother", "Mara MARSH (20)"),
            ("Father", "Lee DYER (24)"), ("Plan status", "Pre-birth ICPC 12/06/2025 – child protection plan"),
            ("Allocated worker", "Pia Lund (SW), Team 3"), ("Review", "11/09/2025")]):
        row.cells[0].text, row.cells[1].text = label, value
    buf = io.BytesIO()
    d.save(buf)
    report = lint(buf.getvalue(), name="plan.docx")
    assert not [a for a in report.plan.actions if a.source == "table"]
