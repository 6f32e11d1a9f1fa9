"""Pieces every corpus build script shares: the rule sets a label may use,
PDF conversion with LibreOffice, and the text units a label excerpt is checked
against. All plans built with them are fictional."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ACTION_RULES = {"T001", "T002", "W001", "W002", "M001", "M002", "H001", "X001"}
OUTCOME_RULES = {"F002"}
DOC_RULES = {"O001", "C001", "F001", "F003", "F004", "C002", "C003", "R001", "R002", "L001"}
ALL_RULES = ACTION_RULES | OUTCOME_RULES | DOC_RULES


def convert_to_pdf(docx_path: Path, outdir: Path) -> Path:
    profile = Path(tempfile.mkdtemp(prefix="planlint_lo_profile_"))
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    pdf = outdir / (docx_path.stem + ".pdf")
    if not pdf.exists():
        raise RuntimeError(f"LibreOffice did not produce {pdf}")
    return pdf


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def extract_units(path: Path) -> list[str]:
    """Non-overlapping text units of a built file, whitespace collapsed."""
    if path.suffix == ".docx":
        from docx import Document
        from docx.oxml.ns import qn

        d = Document(str(path))
        units = [p.text for p in d.paragraphs]
        for t in d.tables:
            # each physical <w:tc> once; a merged cell's text is in its first <w:tc>
            for tc in t._tbl.iter(qn("w:tc")):
                units.append("\n".join("".join(x.text or "" for x in p.iter(qn("w:t"))) for p in tc.iter(qn("w:p"))))
        return [norm(u) for u in units if u.strip()]
    if path.suffix == ".pdf":
        import pdfplumber

        units = []
        with pdfplumber.open(str(path)) as pdf:
            for pg in pdf.pages:
                tables = pg.find_tables()
                rest = pg
                for t in tables:
                    units.extend(c for row in t.extract() for c in row if c)
                    rest = rest.outside_bbox(t.bbox)
                units.append(rest.extract_text() or "")
        return [norm(u) for u in units if u and u.strip()]
    return [norm(path.read_text(encoding="utf-8"))]


def expected_doc(plan: dict) -> dict:
    """A plan's label file: what it is and every finding it should get."""
    doc = {"split": plan["split"], "template": plan["template"], "description": plan["description"]}
    if plan.get("not_a_plan"):
        doc["not_a_plan"] = True
    if "actions" in plan:  # the writer's count of the plan's actions (batch 48 on)
        doc["actions"] = plan["actions"]
    doc["findings"] = plan["findings"]
    return doc


def build(plans: list[dict], out: Path, render_docx) -> None:
    """Write each plan in its format (a .pdf is a LibreOffice conversion of its
    .docx) and its label file beside it."""
    with tempfile.TemporaryDirectory(prefix="planlint_build_") as tmp:
        tmp = Path(tmp)
        for plan in plans:
            target = out / plan["name"]
            ext = target.suffix
            if ext == ".docx":
                render_docx(plan, target)
            elif ext == ".pdf":
                src = tmp / (target.stem + ".docx")
                render_docx(plan, src)
                shutil.move(str(convert_to_pdf(src, tmp)), str(target))
            elif ext in (".md", ".txt"):
                text = plan["text"]
                target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
            else:
                raise ValueError(ext)
            label = out / (target.stem + ".expected.json")
            label.write_text(json.dumps(expected_doc(plan), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            print(f"built {target.relative_to(out.parent)}")
