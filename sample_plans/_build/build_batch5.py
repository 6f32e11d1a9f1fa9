#!/usr/bin/env python3
"""Build batch 5 of the planlint labelled evaluation corpus (files named b5_*).

All plans, people, places, services and local authorities are fictional.

Usage (from the repository root):

    /work/main/.venv/bin/python sample_plans/_build/build_batch5.py          # build + check
    /work/main/.venv/bin/python sample_plans/_build/build_batch5.py --check  # check only
    /work/main/.venv/bin/python sample_plans/_build/build_batch5.py --only sos

Batch 5 is tuning material: every file is `"split": "tune"`. The plan texts
and their hand-written labels live in b5_plans_1.py, b5_plans_2.py, ... (each
module defines a list PLANS); this script only renders them and checks them.
The labels were written from the rule definitions in docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading
its code; nothing here computes a label.

Needs python-docx, and pdfplumber for the check. PDFs are made by writing a
.docx with python-docx and converting it with LibreOffice through
corpus.convert_to_pdf; only the PDF is kept.

The check makes sure that every label is well formed, that every excerpt
occurs exactly once in the file's extracted text (whitespace collapsed) and
in exactly one text unit, that merged cells really are merged, and that each
PDF header and page footer is on every page.
"""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent  # sample_plans/
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

from corpus import ALL_RULES, DOC_RULES, build, expected_doc, extract_units, norm  # noqa: E402

V = "^"  # in a docx table cell: merged with the cell above (vertical merge)
H = "<"  # in a docx table cell: merged with the cell to its left (horizontal merge)


def F(rule, excerpt=None):
    """One expected finding: a rule, and for action-level rules an excerpt of the action."""
    return {"rule": rule, "excerpt": excerpt} if excerpt else {"rule": rule}


BATCH = 5  # --batch 6 builds batch 6 (b6_plans_*.py) with the same renderer and checks
SPLIT = "tune"  # --split heldout for a batch kept out of tuning


def load_plans() -> list[dict]:
    plans = []
    for path in sorted(HERE.glob(f"b{BATCH}_plans_*.py")):
        mod = importlib.import_module(path.stem)
        plans.extend(mod.PLANS)
    return plans


# ===========================================================================
# .docx rendering
# ===========================================================================
def _w(tag, **attrs):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(f"w:{k}"), str(v))
    return e


def _add_field(paragraph, instr: str) -> None:
    from docx.oxml.ns import qn

    def run_with(child):
        r = paragraph.add_run()
        r._r.append(child)
        return r

    run_with(_w("w:fldChar", fldCharType="begin"))
    instr_el = _w("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = f" {instr} "
    run_with(instr_el)
    run_with(_w("w:fldChar", fldCharType="separate"))
    paragraph.add_run("1")
    run_with(_w("w:fldChar", fldCharType="end"))


def _add_text_with_fields(paragraph, text: str, size=None, bold=False, colour=None) -> None:
    from docx.shared import Pt, RGBColor

    for part in re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
        if part == "{PAGE}":
            _add_field(paragraph, "PAGE")
        elif part == "{NUMPAGES}":
            _add_field(paragraph, "NUMPAGES")
        elif part:
            run = paragraph.add_run(part)
            run.bold = bold
            if size:
                run.font.size = Pt(size)
            if colour:
                run.font.color.rgb = RGBColor.from_string(colour)


def _add_outline_numbering(doc) -> int:
    """A multi-level numbering definition printing 1 / 1.1 / a); returns its numId."""
    from docx.oxml.ns import qn

    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abs_id, num_id = max(abs_ids + [0]) + 10, max(num_ids + [0]) + 1
    absn = _w("w:abstractNum", abstractNumId=abs_id)
    absn.append(_w("w:multiLevelType", val="multilevel"))
    levels = [("decimal", "%1", 0), ("decimal", "%1.%2", 567), ("lowerLetter", "%3)", 1134)]
    for ilvl, (fmt, text, left) in enumerate(levels):
        lvl = _w("w:lvl", ilvl=ilvl)
        lvl.append(_w("w:start", val=1))
        lvl.append(_w("w:numFmt", val=fmt))
        lvl.append(_w("w:lvlText", val=text))
        lvl.append(_w("w:lvlJc", val="left"))
        ppr = _w("w:pPr")
        ppr.append(_w("w:ind", left=left + 567, hanging=567))
        lvl.append(ppr)
        absn.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = _w("w:num", numId=num_id)
    num.append(_w("w:abstractNumId", val=abs_id))
    numbering.append(num)
    return num_id


def render_docx(plan: dict, path: Path) -> None:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    font = plan.get("font", "Arial")
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(plan.get("font_size", 10.5))
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    if plan.get("landscape"):
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        usable = 25.7
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        usable = 17.0
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    cp = doc.core_properties
    cp.author = "planlint sample corpus (fictional)"
    cp.title = plan["doc_title"]
    cp.created = cp.modified = dt.datetime(2025, 7, 1, 9, 0, 0)
    cp.last_modified_by = "planlint sample corpus"
    cp.revision = 1

    if plan.get("header"):
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_text_with_fields(hp, plan["header"], size=9, bold=True, colour="800000")
    if plan.get("footer"):
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _add_text_with_fields(fp, plan["footer"], size=9)

    def shade(cell, fill):
        tc_pr = cell._tc.get_or_add_tcPr()
        tc_pr.append(_w("w:shd", val="clear", color="auto", fill=fill))

    def set_cell(cell, text, bold=False):
        cell.text = ""
        lines = text.split("\n")
        para = cell.paragraphs[0]
        for i, line in enumerate(lines):
            if i:
                para = cell.add_paragraph()
            run = para.add_run(line)
            run.bold = bold

    num_id = None
    for block in plan["blocks"]:
        kind = block[0]
        if kind == "title":
            doc.add_paragraph(block[1], style="Title")
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(block[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(block[1])
        elif kind in ("pi", "pi2"):  # typed numbering: indented paragraph
            para = doc.add_paragraph(block[1])
            para.paragraph_format.left_indent = Cm(0.8 if kind == "pi" else 1.6)
            para.paragraph_format.space_after = Pt(2)
        elif kind == "pl":  # address line, no space after
            para = doc.add_paragraph(block[1])
            para.paragraph_format.space_after = Pt(0)
        elif kind == "pr":  # right-aligned line
            para = doc.add_paragraph(block[1])
            para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            para.paragraph_format.space_after = Pt(0)
        elif kind == "boldp":  # bold paragraph used as a heading
            para = doc.add_paragraph()
            para.paragraph_format.space_before = Pt(10)
            para.paragraph_format.keep_with_next = True
            para.add_run(block[1]).bold = True
        elif kind == "kv":
            for key, value in block[1]:
                para = doc.add_paragraph()
                para.paragraph_format.space_after = Pt(1)
                para.add_run(f"{key}: ").bold = True
                para.add_run(value)
        elif kind == "bullets":
            for item in block[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in block[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "mlist":  # one real Word list numbered 1 / 1.1 / a)
            if num_id is None:
                num_id = _add_outline_numbering(doc)
            for level, text in block[1]:
                para = doc.add_paragraph(text, style="List Paragraph")
                if level < 2:
                    para.paragraph_format.space_before = Pt(6 if level == 0 else 3)
                    para.paragraph_format.keep_with_next = True
                    para.runs[0].bold = True
                num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = level
                num_pr.get_or_add_numId().val = num_id
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "table":
            spec = block[1]
            grid = ([spec["header"]] if spec.get("header") else []) + spec["rows"]
            has_header = bool(spec.get("header"))
            ncols = len(grid[0])
            table = doc.add_table(rows=len(grid), cols=ncols)
            table.style = "Table Grid"
            table.alignment = WD_TABLE_ALIGNMENT.CENTER
            table.autofit = False
            widths = spec.get("widths") or [usable / ncols] * ncols
            for gc, wd in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
                gc.set(qn("w:w"), str(int(Cm(wd).twips)))
            for ri, r in enumerate(table.rows):
                tr_pr = r._tr.get_or_add_trPr()
                tr_pr.append(_w("w:cantSplit"))
                if ri == 0 and has_header:
                    tr_pr.append(_w("w:tblHeader", val="true"))
                for i, c in enumerate(r.cells):
                    c.width = Cm(widths[i])
            for ri, row in enumerate(grid):
                assert len(row) == ncols, (plan["name"], row)
                for ci, text in enumerate(row):
                    if text in (V, H):
                        continue
                    cell = table.cell(ri, ci)
                    band = ci + 1 < ncols and row[ci + 1] == H
                    head = ri == 0 and has_header
                    set_cell(cell, text, bold=(head or band or (ci == 0 and spec.get("bold_first_col", False))))
                    if head:
                        shade(cell, spec.get("header_fill", "D9E2F3"))
                    elif band:
                        shade(cell, spec.get("band_fill", "EDEDED"))
            for ri, row in enumerate(grid):
                ci = 0
                while ci < ncols:
                    end = ci
                    while end + 1 < ncols and row[end + 1] == H:
                        end += 1
                    if end > ci:
                        merged = table.cell(ri, ci).merge(table.cell(ri, end))
                        set_cell(merged, row[ci], bold=True)
                    ci = end + 1
            for ci in range(ncols):
                ri = 0
                while ri < len(grid):
                    end = ri
                    while end + 1 < len(grid) and grid[end + 1][ci] == V:
                        end += 1
                    if end > ri and grid[ri][ci] not in (V, H):
                        merged = table.cell(ri, ci).merge(table.cell(end, ci))
                        set_cell(merged, grid[ri][ci], bold=(ri == 0 and has_header))
                    ri = end + 1
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))


# ===========================================================================
# checks
# ===========================================================================
def _render_checked(plan: dict, path: Path) -> None:
    """Render a plan's .docx (also the source of a .pdf) and check its merged cells are really merged."""
    render_docx(plan, path)
    if plan.get("check_vmerge") and (got := _count_vmerge_starts(path)) != plan["check_vmerge"]:
        raise SystemExit(f"{plan['name']}: source docx has {got} merged cells, want {plan['check_vmerge']}")


def _count_vmerge_starts(path: Path) -> int:
    from docx import Document
    from docx.oxml.ns import qn

    d = Document(str(path))
    n = 0
    for t in d.tables:
        for tc in t._tbl.iter(qn("w:tc")):
            vm = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
            if vm is not None and vm.get(qn("w:val")) == "restart":
                n += 1
    return n


def _check_pdf_pages(plan: dict, path: Path) -> list[str]:
    import pdfplumber

    errors = []
    name = plan["name"]
    with pdfplumber.open(str(path)) as pdf:
        pages = [norm(pg.extract_text() or "") for pg in pdf.pages]
    total = len(pages)
    if total < plan.get("min_pages", 1):
        errors.append(f"{name}: {total} page(s), want at least {plan['min_pages']}")
    for i, text in enumerate(pages, start=1):
        for key in ("header", "footer"):
            if plan.get(key):
                want = norm(plan[key].replace("{PAGE}", str(i)).replace("{NUMPAGES}", str(total)))
                if want not in text:
                    errors.append(f"{name}: page {i} {key} should read {want!r}")
    return errors


def check_plan(plan: dict) -> list[str]:
    errors = []
    name = plan["name"]
    path = OUT / name
    if not re.fullmatch(rf"b{BATCH}_[a-z]+_[a-z0-9_]+_[a-z]+\.(docx|pdf|md|txt)", name):
        errors.append(f"{name}: batch {BATCH} names are b{BATCH}_<place>_<layout>_<surname>.<ext>")
    if plan["split"] != SPLIT:
        errors.append(f"{name}: every batch {BATCH} file is {SPLIT} material")
    if plan.get("not_a_plan") and plan["findings"]:
        errors.append(f"{name}: a file that is not a plan has no findings")
    if "actions" in plan and not (isinstance(plan["actions"], int) and plan["actions"] >= 0):
        errors.append(f"{name}: actions is the number of the plan's actions, a whole number")
    if not path.exists():
        return errors + [f"{name}: file missing"]
    exp_path = OUT / (Path(name).stem + ".expected.json")
    if not exp_path.exists() or json.loads(exp_path.read_text(encoding="utf-8")) != expected_doc(plan):
        errors.append(f"{name}: {exp_path.name} is missing or out of date")
    units = extract_units(path)
    seen = set()
    for f in plan["findings"]:
        rule = f["rule"]
        if rule not in ALL_RULES:
            errors.append(f"{name}: unknown rule {rule}")
            continue
        exc = f.get("excerpt")
        if rule in DOC_RULES:
            if exc is not None:
                errors.append(f"{name}: {rule} is doc-level but has an excerpt")
        else:
            if not exc:
                errors.append(f"{name}: {rule} needs an excerpt")
                continue
            words = len(exc.split())
            if rule != "F002" and not 5 <= words <= 12:
                errors.append(f"{name}: {rule} excerpt has {words} words: {exc!r}")
            hits = [u for u in units if norm(exc) in u]
            n = sum(u.count(norm(exc)) for u in units)
            if n != 1 or len(hits) != 1:
                errors.append(f"{name}: {rule} excerpt occurs {n} times (want exactly 1): {exc!r}")
        key = (rule, exc)
        if key in seen:
            errors.append(f"{name}: duplicate finding {key}")
        seen.add(key)
    for must in plan.get("must_contain", []):
        if not any(norm(must) in u for u in units):
            errors.append(f"{name}: text {must!r} not found")
    if path.suffix == ".docx" and plan.get("check_vmerge"):
        got = _count_vmerge_starts(path)
        if got != plan["check_vmerge"]:
            errors.append(f"{name}: {got} vertically merged cells, want {plan['check_vmerge']}")
    if path.suffix == ".pdf" and (plan.get("header") or plan.get("footer") or plan.get("min_pages")):
        errors.extend(_check_pdf_pages(plan, path))
    return errors






def summary(plans: list[dict]) -> None:
    from collections import Counter

    per_rule = Counter(f["rule"] for p in plans for f in p["findings"])
    for p in plans:
        c = Counter(f["rule"] for f in p["findings"])
        txt = ", ".join(f"{r}×{n}" if n > 1 else r for r, n in sorted(c.items())) or (
            "none (not a plan)" if p.get("not_a_plan") else "none (exemplary)")
        print(f"  {p['name']:<58} {p['template']:<40} {txt}")
    print("  per rule:", ", ".join(f"{r} {n}" for r, n in sorted(per_rule.items())))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the built files against the labels")
    ap.add_argument("--only", help="build and check only files whose name contains this string")
    ap.add_argument("--final", action="store_true", help="also check the batch's format mix and coverage")
    ap.add_argument("--summary", action="store_true", help="print a per-file summary of the labels")
    ap.add_argument("--batch", type=int, default=5, help="which batch's b<N>_plans_*.py to build")
    ap.add_argument("--split", default="tune", choices=["tune", "heldout"], help="the split every file of the batch is in")
    args = ap.parse_args(argv)
    global BATCH, SPLIT
    BATCH, SPLIT = args.batch, args.split
    all_plans = load_plans()
    names = [p["name"] for p in all_plans]
    assert len(names) == len(set(names)), "duplicate plan names"
    plans = [p for p in all_plans if not args.only or args.only in p["name"]]
    if not args.check:
        build(plans, OUT, _render_checked)
    errors = []
    for plan in plans:
        errors.extend(check_plan(plan))
    if args.final:
        from collections import Counter

        exts = Counter(Path(p["name"]).suffix for p in all_plans)
        if len(all_plans) < 20:
            errors.append(f"only {len(all_plans)} files, want at least 20")
        if exts[".docx"] < 7 or exts[".pdf"] < 5 or exts[".md"] < 4 or exts[".txt"] < 4:
            errors.append(f"format mix is {dict(exts)}")
        covered = {f["rule"] for p in all_plans for f in p["findings"]}
        if covered != ALL_RULES:
            errors.append(f"rules with no expected finding: {sorted(ALL_RULES - covered)}")
        if sum(1 for p in all_plans if p.get("not_a_plan")) < 3:
            errors.append("want at least 3 files that are not plans")
        if sum(1 for p in all_plans if not p.get("not_a_plan") and not p["findings"]) < 4:
            errors.append("want at least 4 exemplary plans")
        if sum(1 for p in all_plans if p["name"].endswith(".pdf") and p.get("header") and p.get("footer")) < 3:
            errors.append("want at least 3 PDFs with a header and a page footer")
    for e in errors:
        print("ERROR:", e)
    if args.summary:
        summary(plans)
    total = sum(len(p["findings"]) for p in plans)
    print(f"{len(plans)} files checked, {total} expected findings, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
