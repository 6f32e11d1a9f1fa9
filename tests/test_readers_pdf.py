"""The PDF reader, on committed fixtures made by LibreOffice from python-docx
documents (see fixtures/readers/make_fixtures.py). All details are fictional.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from planlint.errors import CorruptDocument, EncryptedDocument, NoTextLayer
from planlint.model import Location
from planlint.readers import read_bytes, read_path

FIXTURES = Path(__file__).parent / "fixtures" / "readers"


@pytest.fixture(scope="module")
def plan():
    return read_path(FIXTURES / "plan.pdf")


def test_pdf_blocks_in_reading_order_with_pages(plan):
    assert plan.format == "pdf"
    assert [(b.kind, b.location.page) for b in plan.blocks] == [
        ("heading", 1),
        ("paragraph", 1),
        ("heading", 1),
        ("list_item", 1),
        ("list_item", 1),
        ("table", 1),
        ("paragraph", 1),
        ("heading", 2),
        ("paragraph", 2),
        ("table", 2),
    ]


def test_pdf_headings_from_font_size(plan):
    headings = [(b.level, b.text) for b in plan.blocks if b.kind == "heading"]
    assert headings == [
        (1, "Child protection plan for Sam Taylor"),
        (2, "What needs to happen"),
        (1, "Contingency plan"),
    ]


def test_pdf_wrapped_lines_join_into_one_paragraph(plan):
    paragraph = plan.blocks[1]
    assert paragraph.text == (
        "This plan was agreed at the initial child protection conference "
        "held on 3 March 2025. It will be reviewed within three months."
    )
    assert paragraph.location == Location(page=1, line=2)
    assert plan.blocks[-2].location == Location(page=2, line=2)


def test_pdf_bullets_become_list_items_without_the_glyph(plan):
    items = [b for b in plan.blocks if b.kind == "list_item"]
    assert [(b.text, b.level, b.numbered) for b in items] == [
        ("Sam will attend school every day.", 0, False),
        ("Mum will keep the home free of visitors after 9pm.", 0, False),
    ]


def test_pdf_table_rows_with_vertical_merge_repeated(plan):
    table = next(b for b in plan.blocks if b.kind == "table")
    assert table.location == Location(page=1, table=1)
    assert table.table.rows == [
        ["Outcome", "Action", "Who", "By when"],
        ["Sam is safe at home", "Install a smoke alarm", "Mum", "31 March 2025"],
        ["Sam is safe at home", "Attend the Freedom programme", "Mum", "30 April 2025"],
        ["Sam attends school", "Walk Sam to school", "Dad", "Weekly from 10 March 2025"],
    ]
    assert [loc.row for loc in table.table.row_locations] == [1, 2, 3, 4]
    assert all(loc.page == 1 and loc.table == 1 for loc in table.table.row_locations)


def test_pdf_cell_merged_across_columns_counted_once(plan):
    table = plan.blocks[-1]
    assert table.location == Location(page=2, table=2)
    assert table.table.rows == [
        ["Trigger", "Response", "Who"],
        ["Mum has been drinking", "Sam goes to Gran and the duty team is told"],
    ]
    assert table.table.row_locations[-1] == Location(page=2, table=2, row=2)


def test_pdf_table_text_not_repeated_in_paragraphs(plan):
    outside = " ".join(b.text for b in plan.blocks if b.kind != "table")
    assert "smoke alarm" not in outside
    assert "By when" not in outside


def test_pdf_table_over_a_page_break_is_one_table_without_repeated_header():
    doc = read_path(FIXTURES / "long_table.pdf")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].table.rows
    assert rows[0] == ["Action", "Who", "When"]
    assert rows.count(["Action", "Who", "When"]) == 1
    assert rows[1:] == [[f"Action number {n}", "Social worker", f"Week {n}"] for n in range(1, 61)]
    locations = tables[0].table.row_locations
    assert [loc.row for loc in locations] == list(range(1, 62))
    assert locations[1].page == 1 and locations[-1].page == 2


def test_pdf_text_in_a_drawn_box_is_a_paragraph_of_its_own():
    doc = read_path(FIXTURES / "boxed.pdf")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("heading", "Sam's views"),
        ("paragraph", "I like living with Mum but I want the shouting to stop."),
        ("paragraph", "Sam said this to her social worker on 1 March 2025."),
    ]


def test_pdf_read_bytes_sniffs_pdf_without_extension():
    data = (FIXTURES / "plan.pdf").read_bytes()
    assert read_bytes(data, "-").format == "pdf"


def test_pdf_encrypted():
    with pytest.raises(EncryptedDocument, match="^encrypted PDF: remove the password and try again$"):
        read_path(FIXTURES / "encrypted.pdf")


def test_pdf_without_text_layer():
    with pytest.raises(NoTextLayer, match=r"^no text layer: scanned PDF\?$"):
        read_path(FIXTURES / "no_text.pdf")


def test_pdf_truncated_file_is_corrupt():
    data = (FIXTURES / "plan.pdf").read_bytes()[:400]
    with pytest.raises(CorruptDocument, match="^not a valid PDF file$"):
        read_bytes(data, "plan.pdf")


def test_pdf_cell_bullets_include_symbol_font_glyphs_but_not_markdown_plus():
    from planlint.readers.pdf import _cell_text

    assert _cell_text("■ Sam to attend\nschool daily\n\uf0b7 Mum to call\n+ weekly") == (
        "• Sam to attend school daily\n• Mum to call + weekly"
    )


def test_pdf_table_over_several_pages_with_rows_cut_by_the_breaks():
    """Word lets a long row break across pages: the words at the top of the next
    page finish that row, and a table that runs on over three pages or more
    stays one table."""
    doc = read_path(FIXTURES / "cut_rows.pdf")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert len(tables) == 1
    rows = tables[0].table.rows
    assert [r[0].split(":")[0] for r in rows] == ["Action"] + [f"Action {n}" for n in range(1, 25)]
    assert all(r[0].endswith("talk to the child alone about home") for r in rows[1:])
    assert [r[2] for r in rows[1:]] == [f"Week {n}" for n in range(1, 25)]
    assert tables[0].table.row_locations[-1].page >= 3


def test_pdf_export_field_lines_under_capital_labels_are_blocks_of_their_own():
    """A case-system export's "RESPONSIBLE:" / "TIMESCALE:" lines are fields, not
    the wrapped end of the line above, and a numbered "ACTION 1:" heads them."""
    from planlint import lint

    doc = read_path(FIXTURES / "labelled_export.pdf")
    starts = [b.text.split(":")[0] for b in doc.blocks if b.kind == "paragraph"]
    assert starts[:6] == ["REF", "OUTCOME", "ACTION 1", "RESPONSIBLE", "TIMESCALE", "EVIDENCE OF PROGRESS"]
    assert doc.blocks[4].text.endswith("sent to the social worker.")  # the wrapped value stays with its label
    assert doc.blocks[-1].text == "2.1 Morning routine work with Mum and Sam at home"  # an outline number starts afresh
    plan = lint(FIXTURES / "labelled_export.pdf").plan
    assert [a.fields.get("owner") for a in plan.actions] == [
        "Lee Cole, recovery worker, Brookside Alcohol Service", "Mum (Jo Taylor)"]
    assert [o.text for o in plan.outcomes][0].startswith("Sam is cared for")


def test_pdf_dash_that_opens_a_wrapped_line_carries_the_item_on():
    # "... – Puffin Ward nurse in charge" wrapped onto "– every day by 3pm – call noted ...":
    # the dashed fields run on; the dash opens no item of its own (a tuning sample plan)
    doc = read_path(Path(__file__).parents[1] / "sample_plans" / "b23_burlcombe_ward_stage_bullets_pearce.pdf")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert any(t.startswith("Update call to the SW") and t.endswith("call noted on Archie's file.") for t in items)
    assert not any(t.startswith("every day by 3pm") for t in items)


def test_pdf_list_item_runs_on_over_a_page_break():
    # "... assess her capacity to change and" | page break | "report on her early warning
    # signs ...": the item goes on in lower case on the next page (a tuning sample plan)
    doc = read_path(Path(__file__).parents[1] / "sample_plans" / "b26_nuxmoor_outcome_outline_lettered_steps_brannock.pdf")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert any(t.startswith("Tom Adair") and "and report on her early warning signs" in t for t in items)
    assert not [b for b in doc.blocks if b.text.startswith("report on her early warning signs")]


def _objects(pages):
    return [page.objects for page in pages]


@pytest.mark.parametrize("path", [*sorted(p for p in FIXTURES.glob("*.pdf") if p.stem != "encrypted"),
                                  *sorted((FIXTURES.parent.parent.parent / "sample_plans").glob("*.pdf"))[::60]],
                         ids=lambda p: p.name)
def test_pages_build_the_objects_pdfplumber_builds(path):
    """The reader's pages build each character's dictionary without pdfplumber's generic walk;
    every object, character or not, must be the one pdfplumber builds (a pdfplumber or
    pdfminer upgrade that adds a key fails here)."""
    import io

    import pdfplumber

    from planlint.readers.pdf import _char_pages

    data = path.read_bytes()
    ours = _objects(_char_pages(pdfplumber.PDF(io.BytesIO(data))))
    assert ours == _objects(pdfplumber.PDF(io.BytesIO(data)).pages)
    assert sum(len(page.get("char", ())) for page in ours) > 0 or path.stem == "no_text"


def test_a_character_pdfplumber_would_build_differently_is_left_to_pdfplumber():
    """A colour space named by something other than a string, or a value that is no plain number or
    text, goes through pdfplumber's own walk."""
    import io

    import pdfplumber
    from pdfminer.layout import LTChar

    from planlint.readers.pdf import _char_pages

    page = next(_char_pages(pdfplumber.PDF(io.BytesIO((FIXTURES / "plan.pdf").read_bytes()))))
    char = next(obj for obj in page.layout._objs if type(obj) is LTChar)
    plain = page.process_object(char)
    char.mcid = [1]  # a list: pdfplumber resolves it (and so copies it)
    walked = page.process_object(char)
    assert walked["mcid"] == [1] and walked["mcid"] is not char.mcid
    assert {k: v for k, v in walked.items() if k != "mcid"} == {k: v for k, v in plain.items() if k != "mcid"}


def test_pdf_items_numbered_in_roman_numerals_in_brackets_each_open_an_item():
    # "(i) Not smoke cannabis ..." then "(ii) Go to his Pathways assessment ...": the second
    # item is one of its own, as "(b)" would be (a tuning sample plan)
    doc = read_path(Path(__file__).parents[1] / "sample_plans" / "b182_jinkerdale_icpc_grouped_by_person_roman_brackets_whitfield.pdf")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert any(t.startswith("Go to his Pathways assessment") for t in items)
    assert not any("(ii)" in t for t in items)
