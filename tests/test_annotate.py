"""`planlint annotate`: a reviewed .docx copy with a Word comment per finding.

Plans are built here with python-docx; every name is fictional.
"""
from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import zipfile

import docx
import pytest
from click.testing import CliRunner
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from planlint.cli import main
from planlint.integrations import annotate as ann
from planlint.readers import docx as reader
from planlint.readers import read_bytes

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ROWS = [
    ("Action", "Who", "When", "How we will know"),
    ("Unannounced home visits to see Amelia alone", "Social worker (Sam Lee)", "Ongoing",
     "Visit records show Amelia seen alone"),
    ("Health visitor to weigh Amelia at home", "Health visitor (Jo Bright)", "Weekly until 30 June 2025",
     "Weight chart shared with the core group"),
]


def make_plan(path):
    d = docx.Document()
    d.add_heading("Child protection plan for Amelia Stone", 0)
    d.add_heading("Action plan", 1)
    table = d.add_table(rows=len(ROWS), cols=4)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    d.add_paragraph("Sarah to attend the parenting course.", style="List Bullet")
    d.add_heading("Contingency plan", 1)
    d.add_paragraph("If things do not improve we will think again.")
    d.save(path)
    return path


def anchored(path) -> list[tuple[str, str, str, str]]:
    """(author, initials, comment text, text of the paragraph the comment is anchored in)."""
    d = docx.Document(str(path))
    comments = {c.comment_id: c for c in d.comments}
    out = []
    for start in d.element.body.iter(qn("w:commentRangeStart")):
        p = start.getparent()
        while p.tag != qn("w:p"):
            p = p.getparent()
        c = comments[int(start.get(qn("w:id")))]
        out.append((c.author, c.initials, c.text, "".join(t.text or "" for t in p.iter(qn("w:t")))))
    return out


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan(tmp_path):
    return make_plan(tmp_path / "plan.docx")


def test_annotate_comments_each_finding_on_its_unit(plan):
    before = sha(plan)
    result = CliRunner().invoke(main, ["annotate", str(plan)])
    assert result.exit_code == 0, result.output
    out = plan.with_name("plan.reviewed.docx")
    assert out.exists() and f"{out}: 8 comment(s)" in result.stdout
    assert sha(plan) == before  # the plan itself is never written
    notes = anchored(out)
    assert {(a, i) for a, i, _, _ in notes} == {("planlint", "PL")}
    by_rule = {text.split()[0]: (text, where) for _, _, text, where in notes}
    # an action row: anchored in the row's first cell
    assert by_rule["T002"] == (
        'T002 vague-timescale: "Ongoing" does not say when — fix: Give a date, a frequency or an event '
        'instead, e.g. "by 14 March 2025", "weekly", "by the next core group".',
        "Unannounced home visits to see Amelia alone",
    )
    # a list item
    assert by_rule["T001"][1] == by_rule["M001"][1] == "Sarah to attend the parenting course."
    assert by_rule["T001"][0].startswith("T001 missing-timescale: no timescale: nothing says when")
    # whole-plan findings: on their section's heading, else on the title
    assert by_rule["C002"][1] == "Contingency plan"
    assert by_rule["C002"][0].startswith("C002 vague-contingency: the contingency plan has no specific ")
    assert by_rule["O001"][1] == "Child protection plan for Amelia Stone"
    assert len(notes) == 8


def test_annotate_comment_text_matches_the_lint_report(plan):
    from planlint import lint

    report = lint(plan)
    texts = sorted(t for _, _, t, _ in anchored(ann.annotate(plan).output))
    assert texts == sorted(f"{f.rule} {f.name}: {f.message} — fix: {f.hint}" for f in report.findings)


def test_annotate_refuses_to_overwrite_the_plan(plan):
    before = sha(plan)
    result = CliRunner().invoke(main, ["annotate", str(plan), "-o", str(plan)])
    assert result.exit_code == 2
    assert "refusing to overwrite the plan itself" in result.output
    assert sha(plan) == before


def test_annotate_needs_a_docx(tmp_path):
    md = tmp_path / "plan.md"
    md.write_text("# Plan\n- SW to visit weekly.\n")
    result = CliRunner().invoke(main, ["annotate", str(md)])
    assert result.exit_code == 2 and "needs a .docx file" in result.output


def test_reannotating_replaces_planlint_comments_and_keeps_others(plan, tmp_path):
    first = ann.annotate(plan).output
    d = docx.Document(str(first))
    heading = next(p for p in d.paragraphs if p.text == "Action plan")
    d.add_comment(heading.runs, text="Check with the team manager", author="Jo Bright", initials="JB")
    d.save(str(first))

    second = ann.annotate(first, tmp_path / "again.docx")
    assert (second.comments, second.removed) == (8, 8)
    notes = anchored(second.output)
    assert len(notes) == 9
    assert ("Jo Bright", "JB", "Check with the team manager", "Action plan") in notes
    assert sum(a == "planlint" for a, _, _, _ in notes) == 8
    # no dangling anchors: every comment has exactly one start, end and reference
    body = docx.Document(str(second.output)).element.body
    for tag in ("w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        assert sorted(int(e.get(qn("w:id"))) for e in body.iter(qn(tag))) == sorted(
            c.comment_id for c in docx.Document(str(second.output)).comments)


def pdf_comments(pdf) -> list[tuple[str, str]]:
    """(author line, text) of each comment LibreOffice exported as a PDF note."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    out = []
    with open(pdf, "rb") as handle:
        for page in PDFPage.create_pages(PDFDocument(PDFParser(handle))):
            for annot in resolve1(page.annots) or []:
                annot = resolve1(annot)
                if getattr(annot.get("Subtype"), "name", "") == "Text":
                    out.append((decode_text(annot.get("T", b"")), decode_text(annot.get("Contents", b""))))
    return out


def test_annotated_copy_opens_in_libreoffice(plan, tmp_path):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed; CI installs it")
    out = ann.annotate(plan).output
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
         'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}',
         "--outdir", str(tmp_path / "pdf"), str(out)],
        check=True, capture_output=True, timeout=120,
    )
    pdf = tmp_path / "pdf" / "plan.reviewed.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")
    notes = pdf_comments(pdf)  # LibreOffice read every comment, with its author
    assert len(notes) == 8 and all(author.startswith("planlint") for author, _ in notes)
    assert sorted(text.split()[0] for _, text in notes) == sorted(t.split()[0] for _, _, t, _ in anchored(out))


def test_annotate_unreadable_docx_is_exit_2(tmp_path):
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not a zip")
    result = CliRunner().invoke(main, ["annotate", str(broken)])
    assert result.exit_code == 2 and "cannot read" in result.output
    assert not (tmp_path / "broken.reviewed.docx").exists()


def test_annotate_whole_plan_findings_without_a_title_go_on_the_first_paragraph(tmp_path):
    d = docx.Document()
    d.add_paragraph("Sarah will attend the parenting course every Tuesday until 30 June 2025.")
    d.add_paragraph("Amelia will be seen alone by the social worker every week.")
    path = tmp_path / "notes.docx"
    d.save(str(path))
    notes = anchored(ann.annotate(path).output)
    c001 = [where for _, _, text, where in notes if text.startswith("C001 missing-contingency: ")]
    assert c001 == ["Sarah will attend the parenting course every Tuesday until 30 June 2025."]


def test_annotate_anchors_a_run_in_an_empty_paragraph():
    d = docx.Document()
    p = d.add_paragraph()
    runs = ann._runs(p)
    assert len(runs) == 1 and runs[0]._r.getparent() is p._p
    d.add_comment(runs, text="x", author=ann.AUTHOR, initials=ann.INITIALS)
    assert len(list(p._p.iter(qn("w:commentRangeStart")))) == 1


def _xml(fragment: str):
    return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {W_NS}", fragment, count=1))


def test_locator_counts_paragraphs_and_tables_like_the_reader():
    """Nested tables, content controls and a contents block: the element for each Location holds its text."""
    d = docx.Document()
    body = d.element.body
    toc = ('<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj>'
           '</w:sdtPr><w:sdtContent><w:p><w:r><w:t>Contents entry</w:t></w:r></w:p></w:sdtContent></w:sdt>')
    body.sectPr.addprevious(_xml(toc))
    d.add_heading("Plan for Amelia", 1)
    d.add_paragraph("")  # empty paragraphs still count
    body.sectPr.addprevious(_xml(
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Inside a content control</w:t></w:r></w:p>"
        "</w:sdtContent></w:sdt>"))
    outer = d.add_table(rows=3, cols=2)
    outer.cell(0, 0).text, outer.cell(0, 1).text = "Action", "Who"
    outer.cell(1, 0).text, outer.cell(1, 1).text = "SW to visit weekly", "SW"
    inner = outer.cell(2, 0).add_table(rows=2, cols=1)
    inner.cell(0, 0).text, inner.cell(1, 0).text = "Nested header", "Nested row two"
    outer.cell(2, 1).text = "HV"
    d.add_paragraph("After the tables")
    last = d.add_table(rows=2, cols=2)
    last.cell(0, 0).text, last.cell(1, 1).text = "Second table", "only the second cell"
    buffer = io.BytesIO()
    d.save(buffer)
    data = buffer.getvalue()

    blocks = read_bytes(data, "plan.docx").blocks
    locator = ann._Locator(docx.Document(io.BytesIO(data)))
    seen_tables = set()
    for block in blocks:
        if block.table is None:
            p = locator.element(block.location)
            assert reader._clean("".join(t for t, _ in reader._pieces(p))) == block.text
            continue
        seen_tables.add(block.location.table)
        for row, loc in zip(block.table.rows, block.table.row_locations):
            text = ann._text(locator.element(loc))
            assert text and any(text in cell for cell in row), (loc, text, row)
    assert seen_tables == {1, 2, 3}
    assert ann._text(locator.element(blocks[-1].table.row_locations[1])) == "only the second cell"


OFFICE = "http://schemas.microsoft.com/office"
EXTRAS = {  # Word's part -> (relationship type, root element, entry for one comment)
    "commentsExtended": (f"{OFFICE}/2011/relationships/commentsExtended",
                         f'w15:commentsEx xmlns:w15="{OFFICE}/word/2012/wordml"',
                         '<w15:commentEx w15:paraId="{para}" w15:done="0"/>'),
    "commentsIds": (f"{OFFICE}/2016/09/relationships/commentsIds",
                    f'w16cid:commentsIds xmlns:w16cid="{OFFICE}/word/2016/wordml/cid"',
                    '<w16cid:commentId w16cid:paraId="{para}" w16cid:durableId="{durable}"/>'),
    "commentsExtensible": (f"{OFFICE}/2018/08/relationships/commentsExtensible",
                           f'w16cex:commentsExtensible xmlns:w16cex="{OFFICE}/word/2018/wordml/cex"',
                           '<w16cex:commentExtensible w16cex:durableId="{durable}"/>'),
}


def durable(n: int) -> str:
    return f"{0x20000000 + n:08X}"


def with_word_comment_parts(path) -> dict[str, str]:
    """Give each comment a paraId and the commentsExtended/Ids/Extensible entries Word writes; paraId -> author."""
    d = docx.Document(str(path))
    comments = d.part.part_related_by(docx.opc.constants.RELATIONSHIP_TYPE.COMMENTS).element
    authors = {}
    for n, p in enumerate(comments.iter(qn("w:p"))):
        para = f"{0x10000000 + n:08X}"
        p.set(qn("w14:paraId"), para)
        authors[para] = p.getparent().get(qn("w:author"))
    d.save(str(path))
    with zipfile.ZipFile(path) as z:
        files = {name: z.read(name) for name in z.namelist()}
    types, rels = files["[Content_Types].xml"].decode(), files["word/_rels/document.xml.rels"].decode()
    for part, (reltype, root, entry) in EXTRAS.items():
        entries = "".join(entry.format(para=para, durable=durable(n)) for n, para in enumerate(authors))
        files[f"word/{part}.xml"] = f"<{root}>{entries}</{root.split()[0]}>".encode()
        content_type = f"application/vnd.openxmlformats-officedocument.wordprocessingml.{part}+xml"
        types = types.replace("</Types>",
                              f'<Override PartName="/word/{part}.xml" ContentType="{content_type}"/></Types>')
        rels = rels.replace("</Relationships>",
                            f'<Relationship Id="rId{part}" Type="{reltype}" Target="{part}.xml"/></Relationships>')
    files["[Content_Types].xml"], files["word/_rels/document.xml.rels"] = types.encode(), rels.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return authors


def test_reannotating_drops_word_comment_parts_entries_of_planlint_comments_only(plan, tmp_path):
    first = ann.annotate(plan).output
    d = docx.Document(str(first))
    d.add_comment(d.paragraphs[0].runs, text="Check with the team manager", author="Jo Bright", initials="JB")
    d.save(str(first))
    authors = with_word_comment_parts(first)
    assert list(authors.values()).count("planlint") == 8

    again = ann.annotate(first, tmp_path / "again.docx").output

    jo = [para for para, author in authors.items() if author == "Jo Bright"]
    jo_durable = [durable(n) for n, para in enumerate(authors) if para in jo]
    with zipfile.ZipFile(again) as z:
        left = {part: re.findall(r'(?:paraId|durableId)="([0-9A-F]+)"', z.read(f"word/{part}.xml").decode())
                for part in EXTRAS}
    assert left == {"commentsExtended": jo, "commentsIds": jo + jo_durable, "commentsExtensible": jo_durable}
