"""The .docx reader, on documents built here with python-docx and raw XML.

All names and details are fictional.
"""
from __future__ import annotations

import io
import re

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml

from planlint.errors import EmptyDocument
from planlint.model import Location
from planlint.readers import read_bytes
from planlint.readers.docx import paragraph_text, walk

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def read(document):
    buffer = io.BytesIO()
    document.save(buffer)
    return read_bytes(buffer.getvalue(), "plan.docx")


def xml(fragment: str):
    """Parse a w: fragment, declaring the namespace on its root element."""
    return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {W_NS}", fragment, count=1))


def append_body(document, fragment: str):
    """Add a raw block (w:p, w:tbl, w:sdt) to the body, before the section properties."""
    body = document.element.body
    body.sectPr.addprevious(xml(fragment))


def texts(doc, kind=None):
    return [b.text for b in doc.blocks if kind is None or b.kind == kind]


def test_docx_paragraphs_and_tables_keep_body_order():
    d = docx.Document()
    d.add_paragraph("Before the table.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Action", "Who"
    table.cell(1, 0).text, table.cell(1, 1).text = "Attend school", "Sam"
    d.add_paragraph("After the table.")

    doc = read(d)

    assert doc.format == "docx"
    assert [b.kind for b in doc.blocks] == ["paragraph", "table", "paragraph"]
    assert doc.blocks[0].location == Location(paragraph=1)
    assert doc.blocks[1].location == Location(table=1)
    assert doc.blocks[2].location == Location(paragraph=2)
    assert doc.blocks[1].text == "Action | Who\nAttend school | Sam"
    assert doc.blocks[1].table.rows == [["Action", "Who"], ["Attend school", "Sam"]]
    assert doc.blocks[1].table.row_locations == [
        Location(table=1, row=1),
        Location(table=1, row=2),
    ]


def test_docx_heading_detection():
    d = docx.Document()
    d.add_heading("Child protection plan", 0)  # Title style
    d.add_heading("What are we worried about?", 2)
    custom = d.styles.add_style("LA Section Heading", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = d.styles["Heading 1"]
    d.add_paragraph("Contingency plan", style="LA Section Heading")
    bold = d.add_paragraph()
    bold.add_run("Review arrangements").bold = True
    d.add_paragraph("The plan was agreed.")
    sentence = d.add_paragraph()
    sentence.add_run("Mum must not leave Sam alone.").bold = True
    append_body(d, '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Outline heading</w:t></w:r></w:p>')

    blocks = read(d).blocks

    assert [(b.kind, b.level, b.text) for b in blocks] == [
        ("heading", 1, "Child protection plan"),
        ("heading", 2, "What are we worried about?"),
        ("heading", 1, "Contingency plan"),
        ("heading", 2, "Review arrangements"),
        ("paragraph", 0, "The plan was agreed."),
        ("paragraph", 0, "Mum must not leave Sam alone."),  # ends with a full stop
        ("heading", 3, "Outline heading"),
    ]
    assert blocks[0].style == "Title"
    assert blocks[2].style == "LA Section Heading"


def test_docx_bold_heading_needs_every_run_bold_and_few_words():
    d = docx.Document()
    mixed = d.add_paragraph()
    mixed.add_run("Who will help").bold = True
    mixed.add_run(" Sam at school")
    long = d.add_paragraph()
    long.add_run("Sam will go to school every day and be collected by an adult she knows").bold = True

    assert [b.kind for b in read(d).blocks] == ["paragraph", "paragraph"]


def add_numbering(document) -> None:
    """numId 90: level 0 draws bullets, level 1 numbers."""
    numbering = document.part.part_related_by(RT.NUMBERING).element
    numbering.insert(0, xml(
        '<w:abstractNum w:abstractNumId="90">'
        '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl>'
        "</w:abstractNum>"
    ))
    numbering.append(xml('<w:num w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))


def numbered_paragraph(text: str, num_id: int, level: int) -> str:
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr>'
        f"<w:r><w:t>{text}</w:t></w:r></w:p>"
    )


def test_docx_list_items_with_levels_and_number_formats():
    d = docx.Document()
    add_numbering(d)
    d.add_paragraph("Bullet from style", style="List Bullet")
    d.add_paragraph("Second level bullet", style="List Bullet 2")
    d.add_paragraph("Numbered from style", style="List Number")
    append_body(d, numbered_paragraph("Direct bullet", 90, 0))
    append_body(d, numbered_paragraph("Direct number", 90, 1))
    append_body(d, numbered_paragraph("Numbering removed", 0, 0))

    blocks = read(d).blocks

    assert [(b.kind, b.level, b.numbered, b.text) for b in blocks] == [
        ("list_item", 0, False, "Bullet from style"),
        ("list_item", 1, False, "Second level bullet"),
        ("list_item", 0, True, "Numbered from style"),
        ("list_item", 0, False, "Direct bullet"),
        ("list_item", 1, True, "Direct number"),
        ("paragraph", 0, False, "Numbering removed"),
    ]


def test_docx_horizontally_merged_cell_counted_once():
    d = docx.Document()
    table = d.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Action", "Who", "When")):
        cell.text = text
    table.cell(1, 0).text = "Attend every appointment"
    merged = table.cell(1, 1).merge(table.cell(1, 2))
    merged.text = "Mum by Friday"

    block = read(d).blocks[0]

    assert block.table.rows == [["Action", "Who", "When"], ["Attend every appointment", "Mum by Friday"]]


def test_docx_vertically_merged_outcome_repeats_on_each_row():
    d = docx.Document()
    table = d.add_table(rows=4, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Outcome", "Action"
    outcome = table.cell(1, 0).merge(table.cell(3, 0))
    outcome.text = "Sam is safe at home"
    for row, action in ((1, "Fit a smoke alarm"), (2, "Lock the medicines away"), (3, "Agree a bedtime")):
        table.cell(row, 1).text = action

    rows = read(d).blocks[0].table.rows

    assert rows == [
        ["Outcome", "Action"],
        ["Sam is safe at home", "Fit a smoke alarm"],
        ["Sam is safe at home", "Lock the medicines away"],
        ["Sam is safe at home", "Agree a bedtime"],
    ]


def test_docx_nested_table_is_its_own_block_after_its_parent():
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Family network"
    cell = outer.cell(0, 1)
    cell.text = "Contacts:"
    inner = cell.add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Gran", "07700 900123"
    later = d.add_table(rows=1, cols=1)
    later.cell(0, 0).text = "Later table"

    blocks = read(d).blocks

    assert [(b.kind, b.location.table) for b in blocks] == [("table", 1), ("table", 2), ("table", 3)]
    assert blocks[0].table.rows == [["Family network", "Contacts:"]]
    assert "Gran" not in blocks[0].text
    assert blocks[1].table.rows == [["Gran", "07700 900123"]]
    assert blocks[1].table.row_locations == [Location(table=2, row=1)]
    assert blocks[2].text == "Later table"


def test_docx_content_controls_are_read_but_unfilled_placeholders_are_not():
    d = docx.Document()
    append_body(
        d,
        "<w:p><w:r><w:t xml:space=\"preserve\">Child: </w:t></w:r>"
        "<w:sdt><w:sdtPr><w:alias w:val=\"Name\"/></w:sdtPr>"
        "<w:sdtContent><w:r><w:t>Sam Taylor</w:t></w:r></w:sdtContent></w:sdt></w:p>",
    )
    append_body(
        d,
        "<w:sdt><w:sdtPr/><w:sdtContent>"
        "<w:p><w:r><w:t>Text in a block content control.</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>",
    )
    append_body(
        d,
        "<w:p><w:r><w:t xml:space=\"preserve\">Review date: </w:t></w:r>"
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr>"
        "<w:sdtContent><w:r><w:t>Click or tap to enter a date.</w:t></w:r></w:sdtContent></w:sdt></w:p>",
    )

    assert texts(read(d)) == [
        "Child: Sam Taylor",
        "Text in a block content control.",
        "Review date:",
    ]


def test_docx_tracked_insertions_read_and_deletions_not():
    d = docx.Document()
    append_body(
        d,
        "<w:p><w:r><w:t xml:space=\"preserve\">Mum will </w:t></w:r>"
        "<w:del w:id=\"1\" w:author=\"SW\"><w:r><w:delText>try to </w:delText></w:r></w:del>"
        "<w:ins w:id=\"2\" w:author=\"SW\"><w:r><w:t xml:space=\"preserve\">always </w:t></w:r></w:ins>"
        "<w:r><w:t>attend.</w:t></w:r></w:p>",
    )

    assert texts(read(d)) == ["Mum will always attend."]


def test_docx_smart_tags_fields_hyperlinks_tabs_and_breaks():
    d = docx.Document()
    append_body(
        d,
        "<w:p><w:smartTag w:uri=\"urn:x\" w:element=\"place\"><w:r><w:t>Leeds</w:t></w:r></w:smartTag>"
        "<w:r><w:tab/></w:r>"
        "<w:fldSimple w:instr=\" DATE \"><w:r><w:t>1 March 2025</w:t></w:r></w:fldSimple>"
        "<w:hyperlink w:anchor=\"x\"><w:r><w:br/><w:t>see guidance</w:t></w:r></w:hyperlink>"
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
        "</w:p>",
    )

    assert texts(read(d)) == ["Leeds 1 March 2025\nsee guidance"]


def test_docx_headers_and_footers_ignored():
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    d.sections[0].footer.paragraphs[0].text = "Page footer text"
    d.add_paragraph("Body text.")

    doc = read(d)

    assert texts(doc) == ["Body text."]


def test_docx_table_of_contents_skipped():
    d = docx.Document()
    append_body(
        d,
        "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
        "</w:docPartObj></w:sdtPr><w:sdtContent>"
        "<w:p><w:r><w:t>Contingency plan 4</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>",
    )
    d.styles.add_style("toc 2", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Review arrangements 5", style="toc 2")
    d.add_heading("Contingency plan", 1)

    assert texts(read(d)) == ["Contingency plan"]


def test_docx_cell_paragraphs_become_lines_and_blank_rows_are_dropped():
    d = docx.Document()
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Action", "Who"
    cell = table.cell(2, 0)
    cell.text = "Attend school"
    cell.add_paragraph("Attend the GP", style="List Bullet")
    table.cell(2, 1).text = "Mum"

    block = read(d).blocks[0]

    assert block.table.rows == [["Action", "Who"], ["Attend school\nAttend the GP", "Mum"]]
    assert [loc.row for loc in block.table.row_locations] == [1, 3]
    assert block.text == "Action | Who\nAttend school Attend the GP | Mum"


def test_docx_paragraph_numbers_count_empty_body_paragraphs():
    d = docx.Document()
    d.add_paragraph("First.")
    d.add_paragraph("")
    d.add_paragraph("Third.")

    assert [b.location.paragraph for b in read(d).blocks] == [1, 3]


def test_docx_without_text_is_empty():
    d = docx.Document()
    d.add_paragraph("   ")
    d.add_table(rows=2, cols=2)

    with pytest.raises(EmptyDocument, match="^empty document: no text found$"):
        read(d)


def test_walk_yields_the_blocks_read_finds_with_the_paragraphs_behind_each_location():
    d = docx.Document()
    d.add_heading("Plan for Amelia", 1)
    d.add_paragraph("")
    append_body(d, "<w:sdt><w:sdtContent><w:p><w:r><w:t>Inside a content control</w:t></w:r></w:p>"
                   "</w:sdtContent></w:sdt>")
    d.add_paragraph("Mum to attend the parenting course.", style="List Bullet")
    table = d.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Action", "Who"
    table.cell(2, 1).text = "Health visitor"
    table.cell(2, 1).add_paragraph("Weekly")
    table.cell(2, 0).add_table(rows=1, cols=1).cell(0, 0).text = "Nested"
    buffer = io.BytesIO()
    d.save(buffer)
    opened = docx.Document(io.BytesIO(buffer.getvalue()))

    sources = list(walk(opened))

    assert [s.block for s in sources] == read_bytes(buffer.getvalue(), "plan.docx").blocks
    assert [(s.block.kind, s.block.location) for s in sources] == [
        ("heading", Location(paragraph=1)), ("paragraph", Location(paragraph=3)),
        ("list_item", Location(paragraph=4)), ("table", Location(table=1)), ("table", Location(table=2)),
    ]
    for source in sources[:3]:
        [(location, (p,))] = source.paragraphs.items()
        assert location == source.block.location and paragraph_text(p) == source.block.text
    rows = sources[3].paragraphs
    assert list(rows) == [Location(table=1, row=n) for n in (1, 2, 3)]  # the empty row too
    assert [[paragraph_text(p) for p in rows[loc]] for loc in rows] == [
        ["Action", "Who"], ["", ""], ["", "", "Health visitor", "Weekly"],  # the nested table is its own block
    ]
    assert [paragraph_text(p) for p in sources[4].paragraphs[Location(table=2, row=1)]] == ["Nested"]


def test_a_plan_whose_styles_differ_from_one_read_before_is_read_with_its_own_styles():
    # styles.xml is remembered by content between plans: a plan that changes
    # one style must not be read with the styles of a plan read before it.
    def plan(heading_style_bold: bool):
        d = docx.Document()
        d.styles.add_style("LA Section", WD_STYLE_TYPE.PARAGRAPH).font.bold = heading_style_bold
        d.add_paragraph("Contingency plan", style="LA Section")
        d.add_paragraph("The plan was agreed.")
        return d

    for _ in range(2):
        assert read(plan(True)).blocks[0].kind == "heading"
        assert read(plan(False)).blocks[0].kind == "paragraph"
