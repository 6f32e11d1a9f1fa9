"""The Markdown and plain-text reader. All details are fictional."""
from __future__ import annotations

import textwrap

import pytest

from planlint.errors import CorruptDocument
from planlint.model import Location
from planlint.readers import MARKDOWN_BULLET_GLYPHS, read_bytes, read_text


def read(text: str, name: str = "-"):
    return read_text(textwrap.dedent(text).lstrip("\n"), name)


def shape(doc):
    return [(b.kind, b.level, b.text) for b in doc.blocks]


def test_markdown_headings_paragraphs_and_lines():
    doc = read(
        """
        # Child protection plan

        Agreed at conference on
        3 March 2025.

        Contingency plan
        ================

        Review
        ------
        ## What needs to happen ##
        """,
        "plan.md",
    )
    assert doc.format == "md"
    assert shape(doc) == [
        ("heading", 1, "Child protection plan"),
        ("paragraph", 0, "Agreed at conference on 3 March 2025."),
        ("heading", 1, "Contingency plan"),
        ("heading", 2, "Review"),
        ("heading", 2, "What needs to happen"),
    ]
    assert [b.location.line for b in doc.blocks] == [1, 3, 6, 9, 11]


def test_markdown_bullets_with_depth_and_numbering():
    doc = read(
        """
        - Sam will attend school
          - Mum walks Sam there
            every morning
            1. before 8.30am
        * Dad collects Sam
        + Gran helps on Fridays
        • Social worker visits weekly
        2. Review in June
        """
    )
    assert [(b.kind, b.level, b.numbered, b.text) for b in doc.blocks] == [
        ("list_item", 0, False, "Sam will attend school"),
        ("list_item", 1, False, "Mum walks Sam there every morning"),
        ("list_item", 2, True, "before 8.30am"),
        ("list_item", 0, False, "Dad collects Sam"),
        ("list_item", 0, False, "Gran helps on Fridays"),
        ("list_item", 0, False, "Social worker visits weekly"),
        ("list_item", 0, True, "Review in June"),
    ]


def test_markdown_pipe_table_strips_inline_markup():
    doc = read(
        """
        Intro text.

        | Outcome | **Action** | Who |
        |:--------|-----------:|-----|
        | Sam is safe | Fit a `smoke alarm` | Mum |
        | | | |
        | Sam is well | See the GP |
        """
    )
    assert doc.format == "md"  # sniffed from the pipe table
    table = doc.blocks[1]
    assert table.kind == "table"
    assert table.location == Location(table=1, line=3)
    assert table.table.rows == [
        ["Outcome", "Action", "Who"],
        ["Sam is safe", "Fit a smoke alarm", "Mum"],
        ["Sam is well", "See the GP", ""],
    ]
    assert table.table.row_locations == [
        Location(table=1, row=1, line=3),
        Location(table=1, row=2, line=5),
        Location(table=1, row=4, line=7),
    ]


def test_plain_text_capitals_underlines_and_colon_headings():
    doc = read(
        """
        CHILD PROTECTION PLAN

        What are we worried about:
        Sam has missed school.

        Danger statement
        ----------------
        Sam could be hurt.
        """,
        "plan.txt",
    )
    assert doc.format == "txt"
    assert shape(doc) == [
        ("heading", 1, "CHILD PROTECTION PLAN"),
        ("heading", 2, "What are we worried about"),
        ("paragraph", 0, "Sam has missed school."),
        ("heading", 2, "Danger statement"),
        ("paragraph", 0, "Sam could be hurt."),
    ]


def test_plain_text_repeated_label_blocks_become_one_table():
    doc = read(
        """
        ACTIONS

        Action: Mum to take Sam to school every day.
        Responsible: Mum
        Timescale: From 10 March 2025
        How we will know: School attendance report

        Action: Social worker to visit weekly, including
          one unannounced visit each month.
        Responsible: Social worker
        Timescale: Weekly

        Note: the plan will be reviewed in June.
        """
    )
    heading, table, note = doc.blocks
    assert heading.text == "ACTIONS"
    assert table.kind == "table"
    assert table.table.rows == [
        ["Action", "Responsible", "Timescale", "How we will know"],
        ["Mum to take Sam to school every day.", "Mum", "From 10 March 2025", "School attendance report"],
        [
            "Social worker to visit weekly, including one unannounced visit each month.",
            "Social worker",
            "Weekly",
            "",
        ],
    ]
    assert [(loc.row, loc.line) for loc in table.table.row_locations] == [(1, 3), (2, 3), (3, 8)]
    assert (note.kind, note.text) == ("paragraph", "Note: the plan will be reviewed in June.")


def test_plain_text_numbered_label_blocks_and_blocks_without_blank_lines():
    doc = read(
        """
        1. Action: Attend the Freedom programme
           Who: Mum
        2. Action: Fit a stair gate
           Who: Dad
        Action: Register with a GP
        Who: Mum
        """
    )
    assert len(doc.blocks) == 1
    assert doc.blocks[0].table.rows == [
        ["Action", "Who"],
        ["Attend the Freedom programme", "Mum"],
        ["Fit a stair gate", "Dad"],
        ["Register with a GP", "Mum"],
    ]


def test_plain_text_labels_not_repeated_stay_paragraphs():
    doc = read(
        """
        Child: Sam Taylor
        Date of birth: 01/02/2015

        Action: Mum to attend every appointment
        Responsible: Mum
        """
    )
    assert shape(doc) == [
        ("paragraph", 0, "Child: Sam Taylor"),
        ("paragraph", 0, "Date of birth: 01/02/2015"),
        ("paragraph", 0, "Action: Mum to attend every appointment"),
        ("paragraph", 0, "Responsible: Mum"),
    ]
    assert [b.location.line for b in doc.blocks] == [1, 2, 4, 5]


def test_markdown_bold_labels_group_like_plain_labels():
    doc = read(
        """
        **Action:** Fit a smoke alarm
        **Who:** Mum

        **Action:** Lock medicines away
        **Who:** Dad
        """
    )
    assert doc.blocks[0].table.rows == [["Action", "Who"], ["Fit a smoke alarm", "Mum"], ["Lock medicines away", "Dad"]]


def test_text_bytes_decoding_bom_and_cp1252():
    assert read_bytes("\ufeffMum’s plan.".encode("utf-8"), "a.txt").blocks[0].text == "Mum’s plan."
    assert read_bytes("Mum’s plan – agreed.".encode("cp1252"), "a.txt").blocks[0].text == "Mum’s plan – agreed."
    assert read_bytes("Plan agreed.".encode("utf-16"), "a.txt").blocks[0].text == "Plan agreed."


def test_text_with_nul_bytes_is_binary():
    with pytest.raises(CorruptDocument, match="^binary file, not text$"):
        read_bytes(b"Plan\x00\x01\x02", "plan.txt")


def test_read_bytes_without_extension_sniffs_text():
    doc = read_bytes(b"# Plan\n\nText.\n", "-")
    assert doc.format == "md"
    assert shape(doc) == [("heading", 1, "Plan"), ("paragraph", 0, "Text.")]


def test_plain_text_colon_inside_wrapped_paragraph_is_not_a_label():
    doc = read(
        """
        When asked why she missed school Sam
        told her teacher: I do not want to
        leave Mum on her own.
        """
    )
    assert shape(doc) == [
        (
            "paragraph",
            0,
            "When asked why she missed school Sam told her teacher: "
            "I do not want to leave Mum on her own.",
        )
    ]


def test_fixed_width_table_from_a_case_system():
    doc = read(
        """
        ACTION PLAN
        No  Action                                   Lead                 Due
        --  ---------------------------------------  -------------------  -------------
        1   Epilepsy nurse to train Michelle         Karen Yeo, Nurse     By 02/05/2025
        2   CMHT psychiatrist to report on Michelle's ability to care  Dr Usha Rao  By 13/06/2025
        3   SW to visit and see Sienna               Joel Mbeki (SW)      Every 2 weeks
            alone at school
        """,
        "plan.txt",
    )
    (table,) = [b.table for b in doc.blocks if b.table]
    assert table.rows[0] == ["No", "Action", "Lead", "Due"]
    # Text overflowing its column pushes the later cells along rather than splitting words.
    assert table.rows[2] == ["2", "CMHT psychiatrist to report on Michelle's ability to care", "Dr Usha Rao", "By 13/06/2025"]
    # A wrapped line continues the row above.
    assert table.rows[3][1] == "SW to visit and see Sienna alone at school"
    assert len(table.rows) == 4


def test_short_line_alone_between_blank_lines_is_a_heading():
    doc = read(
        """
        Plan for baby

        - Jo (HV) will weigh Keira every Tuesday

        If things go wrong

        If Mum's mood drops, Nan will move in that day.

        Thanks,

        Priya
        """,
        "plan.md",
    )
    headings = [b.text for b in doc.blocks if b.kind == "heading"]
    assert headings[:2] == ["Plan for baby", "If things go wrong"]
    assert "Thanks," not in headings


@pytest.mark.parametrize("glyph", sorted(MARKDOWN_BULLET_GLYPHS))
def test_every_bullet_glyph_opens_a_list_item(glyph):
    doc = read(f"Plan\n\n{glyph} Sarah to attend the course.\n{glyph} Mum to take Amelia to school.\n")
    assert shape(doc)[1:] == [
        ("list_item", 0, "Sarah to attend the course."),
        ("list_item", 0, "Mum to take Amelia to school."),
    ]


@pytest.mark.parametrize("glyph", ["■", "○", "\uf0b7"])
def test_glyphs_only_pdf_export_draws_stay_text(glyph):
    doc = read(f"Plan\n\n{glyph} Sarah to attend the course.\n")
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [("paragraph", f"{glyph} Sarah to attend the course.")]


EXPORT = """TARN COUNCIL  CareFile   CP PLAN - Baby ROSS   Page 1 of 2
ACTIONS
--------------------------------------------------------------------------------
Action:          SW to visit at home and check the cot and the
                 Moses basket
Responsible:     Tam Reid (SW)
Target date:     fortnightly
Success measure: Visit records show the cot set up and
                 seen by the SW by 36 weeks
--------------------------------------------------------------------------------
TARN COUNCIL  CareFile   CP PLAN - Baby ROSS   Page 2 of 2
Action:          HV to give safe sleep advice
Responsible:     Amy Fenn (HV)
Target date:     on discharge
Success measure: Checklist signed
Social worker: Tam Reid
CONTINGENCY
-----------
If the baby is not safe, the SW will call the police.
"""


def test_text_export_wrapped_values_before_separators_and_repeated_page_headers():
    from planlint import lint

    doc = read_text(EXPORT, "export.txt")
    texts = [b.text for b in doc.blocks]
    assert sum("Page" in t for t in texts) == 1  # the repeat on page 2 is not content
    assert "Success measure: Visit records show the cot set up and seen by the SW by 36 weeks" in texts
    # an underlined heading after a label line is still a heading
    assert [b.text for b in doc.blocks if b.kind == "heading"] == ["ACTIONS", "CONTINGENCY"]
    actions = lint(EXPORT, name="export.txt").plan.actions
    assert [(a.facts.owner_status, a.facts.time_status, a.facts.measure_status) for a in actions] == [("ok", "ok", "ok")] * 2


def test_numbered_headings_over_prose_but_a_loose_list_stays_a_list():
    doc = read_text("""1. Reasons

Skye and Jayden were made subject to child protection plans after an assault in front of them.

2. The plan from today

Kirsty will go to the monthly follow-up group and the group worker will tell me if she misses one.
""", "plan.txt")
    assert [(b.kind, b.text) for b in doc.blocks if b.kind == "heading"] == [
        ("heading", "Reasons"), ("heading", "The plan from today")]
    loose = read_text("## Actions\n\n1. Visit Amelia weekly\n\n2. Refer Sarah to the GP\n", "plan.md")
    assert [b.kind for b in loose.blocks] == ["heading", "list_item", "list_item"]


def test_text_print_with_dot_leaders_outline_numbers_and_running_footers():
    from planlint import lint

    footer = "ORBIS CASE SYSTEM v5.1 | DOC TYPE: CP-PLAN | PRINTED 22/04/2025 BY AMORAN"
    text = f"""PLAN OBJECTIVES AND ACTIONS

Objective 1   Jordan is looked after by a sober adult every evening and night.

  1.1  Action ............ Unannounced home visits, at least one a month
                           after 6pm; see Jordan on his own each time
       Responsible ....... SW Aisha Moran
       Target date ....... By 09/05/2025
       Success measure ... Visit records show Jordan seen alone

{footer}
{"" + chr(10) * 15}
  1.2  Action ............ Walk Jordan to school on Mondays
       Responsible .......
       Target date ....... By 13/06/2025
       Success measure ... School register

{footer}
{"" + chr(10) * 15}
{footer}
"""
    doc = read_text(text, "print.txt")
    # a footer, first printed at the foot of page one, names nothing: none of its printings is content
    assert sum("ORBIS" in b.text for b in doc.blocks) == 0
    plan = lint(text, name="print.txt").plan
    assert [o.text for o in plan.outcomes] == ["Jordan is looked after by a sober adult every evening and night."]
    assert [(a.facts.owner_status, a.facts.time_status) for a in plan.actions] == [("ok", "ok"), ("missing", "ok")]
