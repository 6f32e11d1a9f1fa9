#!/usr/bin/env python3
"""Build the planlint labelled evaluation corpus in sample_plans/.

All plans, people, places and organisations are fictional.

Usage (from the repository root):

    /path/to/venv/bin/python sample_plans/_build/build.py          # build + check
    /path/to/venv/bin/python sample_plans/_build/build.py --check  # check only

Needs python-docx (and pdfplumber for the check). PDFs are made by writing a
.docx with python-docx and converting it with LibreOffice
(`soffice --headless --convert-to pdf`); only the PDF is kept.

The plan texts and their expected findings live in plans_word.py (.docx and
.pdf plans, described as blocks) and plans_text.py (.md and .txt plans, written
out verbatim). The findings were labelled by hand from the rule definitions in
sample_plans/README.md; nothing here computes a label.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent  # sample_plans/
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # keep __pycache__ out of sample_plans/

import plans_text  # noqa: E402
import plans_word  # noqa: E402

from corpus import ACTION_RULES, ALL_RULES, DOC_RULES, build, norm  # noqa: E402
MERGE_UP = "^"  # in a table row: this cell is merged with the cell above


# --------------------------------------------------------------------------
# .docx rendering
# --------------------------------------------------------------------------
def _docx_imports():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    return Document, WD_TABLE_ALIGNMENT, OxmlElement, qn, Cm, Pt


def _shade(cell, fill, OxmlElement, qn):
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row, OxmlElement, qn):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def render_docx(plan: dict, path: Path) -> None:
    Document, WD_TABLE_ALIGNMENT, OxmlElement, qn, Cm, Pt = _docx_imports()
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = plan.get("font", "Arial")
    normal.font.size = Pt(10)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), normal.font.name)
    for sec in doc.sections:
        sec.left_margin = sec.right_margin = Cm(2)
        sec.top_margin = sec.bottom_margin = Cm(1.8)
    cp = doc.core_properties
    cp.author = "planlint sample corpus (fictional)"
    cp.title = plan["doc_title"]
    cp.created = cp.modified = dt.datetime(2025, 4, 30, 12, 0, 0)
    cp.last_modified_by = "planlint sample corpus"
    cp.revision = 1

    usable = 17.0  # cm between margins
    for block in plan["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind == "kv":
            for key, value in block[1]:
                para = doc.add_paragraph()
                para.paragraph_format.space_after = Pt(1)
                para.add_run(f"{key}: ").bold = True
                para.add_run(value)
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            spec = block[1]
            header = spec.get("header")
            rows = spec["rows"]
            ncols = len(header) if header else len(rows[0])
            nrows = len(rows) + (1 if header else 0)
            table = doc.add_table(rows=nrows, cols=ncols)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            widths = spec.get("widths") or [usable / ncols] * ncols
            table.autofit = False
            for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(Cm(w).twips)))
            for r in table.rows:
                # keep each row on one page, as most LA templates do
                r._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
                for i, c in enumerate(r.cells):
                    c.width = Cm(widths[i])
            off = 0
            if header:
                hdr = table.rows[0]
                _repeat_header(hdr, OxmlElement, qn)
                for i, text in enumerate(header):
                    cell = hdr.cells[i]
                    cell.text = ""
                    run = cell.paragraphs[0].add_run(text)
                    run.bold = True
                    _shade(cell, "D9E2F3", OxmlElement, qn)
                off = 1
            for ri, row in enumerate(rows):
                assert len(row) == ncols, (plan["name"], row)
                for ci, text in enumerate(row):
                    if text != MERGE_UP:
                        table.cell(ri + off, ci).text = text
            # vertical merges: a run of MERGE_UP cells joins the cell above it
            for ci in range(ncols):
                ri = 0
                while ri < len(rows):
                    end = ri
                    while end + 1 < len(rows) and rows[end + 1][ci] == MERGE_UP:
                        end += 1
                    if end > ri:
                        text = rows[ri][ci]
                        merged = table.cell(ri + off, ci).merge(table.cell(end + off, ci))
                        merged.text = text
                    ri = end + 1
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))


# --------------------------------------------------------------------------
# text extraction for the self-check
# --------------------------------------------------------------------------
def extract_units(path: Path) -> list[str]:
    """Text units (paragraphs, table cells, lines) of a corpus file, normalised."""
    if path.suffix == ".docx":
        from docx import Document

        d = Document(str(path))
        from docx.oxml.ns import qn

        units = [p.text for p in d.paragraphs]
        for t in d.tables:
            # each physical <w:tc> once (a vertically merged cell's text lives
            # in its first <w:tc>; the continuation cells are empty)
            for tc in t._tbl.iter(qn("w:tc")):
                units.append("\n".join("".join(x.text or "" for x in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))
        return [norm(u) for u in units if u.strip()]
    if path.suffix == ".pdf":
        import pdfplumber

        units = []
        with pdfplumber.open(str(path)) as pdf:
            whole = " ".join((pg.extract_text() or "") for pg in pdf.pages)
            units.append(whole)
            for pg in pdf.pages:
                for t in pg.extract_tables():
                    for row in t:
                        units.extend(c for c in row if c)
        return [norm(u) for u in units]
    text = path.read_text(encoding="utf-8")
    # md/txt: one unit per line (every action in these files is on one line)
    return [norm(l) for l in text.splitlines() if l.strip()]


def check_plan(plan: dict) -> list[str]:
    errors = []
    path = OUT / plan["name"]
    if not path.exists():
        return [f"{plan['name']}: file missing"]
    units = extract_units(path)
    if path.suffix == ".pdf":
        whole = units[0]
        cells = units[1:]
    else:
        whole = " \n ".join(units)
        cells = units
    seen = set()
    for f in plan["findings"]:
        rule = f["rule"]
        if rule not in ALL_RULES:
            errors.append(f"{plan['name']}: unknown rule {rule}")
            continue
        exc = f.get("excerpt")
        if rule in DOC_RULES:
            if exc is not None:
                errors.append(f"{plan['name']}: {rule} is doc-level but has an excerpt")
            key = (rule, None)
        else:
            if not exc:
                errors.append(f"{plan['name']}: {rule} needs an excerpt")
                continue
            words = len(exc.split())
            if rule in ACTION_RULES and not 5 <= words <= 12:
                errors.append(f"{plan['name']}: {rule} excerpt has {words} words: {exc!r}")
            found = exc in whole or any(exc in c for c in cells)
            if not found:
                errors.append(f"{plan['name']}: {rule} excerpt not found in extracted text: {exc!r}")
            if rule in ACTION_RULES:
                if path.suffix == ".pdf":
                    n = sum(c.count(exc) for c in cells) or whole.count(exc)
                else:
                    n = sum(1 for u in cells if exc in u)
                if n > 1:
                    errors.append(f"{plan['name']}: {rule} excerpt is not unique ({n}): {exc!r}")
            key = (rule, exc)
        if key in seen:
            errors.append(f"{plan['name']}: duplicate finding {key}")
        seen.add(key)
    return errors


# --------------------------------------------------------------------------


def all_plans() -> list[dict]:
    plans = plans_word.PLANS + plans_text.PLANS
    names = [p["name"] for p in plans]
    assert len(names) == len(set(names)), "duplicate plan names"
    return plans




def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the built files against the labels")
    ap.add_argument("--only", help="build only plans whose name contains this string")
    args = ap.parse_args(argv)
    plans = all_plans()
    if args.only:
        plans = [p for p in plans if args.only in p["name"]]
    if not args.check:
        build(plans, OUT, render_docx)
    errors = []
    for plan in plans:
        errors.extend(check_plan(plan))
    splits = [p["split"] for p in all_plans()]
    if not args.only and splits.count("heldout") * 3 != len(splits):
        errors.append(f"heldout must be exactly a third: {splits.count('heldout')} of {len(splits)}")
    for e in errors:
        print("ERROR:", e)
    print(f"{len(plans)} plans checked, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
