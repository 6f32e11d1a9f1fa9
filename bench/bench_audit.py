"""Speed and memory of `planlint audit` on a corpus of 1,000 varied plans.

    python bench/bench_audit.py [--plans 1000] [--keep DIR]

Builds the corpus in a temporary folder: plans from sample_plans/ (if any) are
copied with names, dates and rows varied; the rest are generated here as Word,
Markdown and PDF plans (PDFs written directly, with ruled tables) with
varied names, dates, number of action rows and quality. A few broken files are
mixed in (corrupt .docx, empty .md, garbage and encrypted .pdf).

Prints, for --jobs 1 and --jobs 2: plans per second for each format (each
format audited as its own folder) and for the whole corpus, and the peak
resident memory of the largest process (ru_maxrss of the audit's process
tree); then the time to lint one Word plan of 10, 50 and 200 action rows.
Everything is fictional. Not a test: nothing is asserted.
"""
from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
FIRST = ["Amelia", "Jayden", "Poppy", "Oliver", "Ava", "Leo", "Isla", "Noah", "Maya", "Kai", "Ruby", "Theo"]
SURNAMES = ["Stone", "Walker", "Hughes", "Patel", "Okafor", "Nowak", "Evans", "Begum", "Price", "Doyle"]
PARENTS = ["Sarah", "Kelly", "Jade", "Liam", "Dean", "Marta", "Aisha", "Gemma", "Craig", "Leanne"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ACTIONS = [
    ("{c} gains weight", "Weigh {c} and record it in the red book", ["Health visitor", "Midwife", ""],
     ["Weekly", "by {d}", "Ongoing", "ASAP"], ["Weight on the 9th centile or above", "Monitored", ""]),
    ("{c} is safe at home", "Unannounced visits, seeing {c} alone", ["Social worker", "SW", "All professionals"],
     ["Every Tuesday", "Weekly", "As and when"], ["Visit records show {c} seen alone", "Reviewed at core group"]),
    ("{p}'s mood is stable", "Weekly sessions with {p}; assess her capacity to change",
     ["Perinatal mental health team", "GP", "TBC"], ["Weekly", "by {d}", "Soon"],
     ["Written report to each core group", "Attendance record", ""]),
    ("{c} is fed", "Help {p} with night feeds", ["Linda (MGM)", "Family", "Keith (PGF)"],
     ["Every night", "As often as possible"], ["Feed chart kept", "Improvement"]),
    ("Home is safe", "Refer to housing for repairs", ["Social worker", ""], ["within 2 weeks", "by {d}", ""],
     ["Repairs completed, letter on file", ""]),
    ("{p} stops drinking", "Attend the alcohol service", ["{p}", "Drug and alcohol service"],
     ["Weekly", "Fortnightly", "Ongoing"], ["Breathalyser results shared", "Negative tests", "Engagement"]),
    ("{c}'s needs are met", "Complete a parenting assessment", ["Social worker"], ["by {d}", "TBC"],
     ["Assessment report shared with the core group", ""]),
    ("{c} attends nursery", "Take {c} to nursery every weekday", ["{p}", "Dad"], ["Daily from {d}", "Daily"],
     ["Nursery attendance register at 95% or above", "Attendance monitored"]),
]


def fake_date(rng: random.Random, year: int | None = None) -> str:
    return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {year or rng.randint(2024, 2026)}"


def plan_spec(rng: random.Random, rows: int | None = None) -> dict:
    """A fictional plan as headings, paragraphs and one action table."""
    child, surname, parent = rng.choice(FIRST), rng.choice(SURNAMES), rng.choice(PARENTS)
    fill = {"c": child, "p": parent}
    n_rows = rows if rows is not None else rng.choice([3, 5, 8, 12, 15, 20])
    table = [["Outcome", "Action", "Who", "By when", "How we will know"]]
    for _ in range(n_rows):
        outcome, action, owners, whens, measures = rng.choice(ACTIONS)
        cells = [outcome, action, rng.choice(owners), rng.choice(whens), rng.choice(measures)]
        table.append([c.format(d=fake_date(rng, 2025), **fill) for c in cells])
    parts: list[tuple[str, object]] = [
        ("h1", f"Child protection plan for {child} {surname}"),
        ("p", f"Child: {child} {surname} (DOB {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/"
              f"{rng.randint(2012, 2024)}). Mum: {parent} {surname}. Date of conference: {fake_date(rng, 2025)}."),
        ("h2", "What are we worried about"),
        ("p", f"{parent} has postnatal depression and has been drinking heavily since {child} was born."),
    ]
    if rng.random() < 0.6:
        parts += [("h2", f"{child}'s wishes and feelings"),
                  ("p", f"{child} was seen to settle quickly when held by her grandmother.")]
    if rng.random() < 0.7:
        parts += [("h2", "Outcomes"), ("li", f"{child} is fed, warm and gaining weight."),
                  ("li", f"{child} is seen by a professional every week.")]
    parts += [("h2", "Action plan"), ("table", table)]
    if rng.random() < 0.75:
        strong = rng.random() < 0.5
        parts += [("h2", "Contingency plan"), ("p", (
            f"If {parent} drinks alcohol while caring for {child}, {child} will stay with her grandmother "
            "and the SW will request a legal planning meeting within 5 working days."
            if strong else "If the plan is not working, the core group will review and consider next steps."))]
    if rng.random() < 0.6:
        parts += [("h2", "Review arrangements"),
                  ("p", f"The core group will meet every 4 weeks, first on {fake_date(rng, 2025)}. "
                        f"The review child protection conference will be held on {fake_date(rng, 2025)}.")]
    return {"parts": parts}


def write_docx(spec: dict, path: Path) -> None:
    import docx

    d = docx.Document()
    for kind, value in spec["parts"]:
        if kind == "h1":
            d.add_heading(value, 0)
        elif kind == "h2":
            d.add_heading(value, 1)
        elif kind == "li":
            d.add_paragraph(value, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(value[0]))
            t.style = "Table Grid"
            for row in value:
                for cell, text in zip(t.add_row().cells, row):
                    cell.text = text
        else:
            d.add_paragraph(value)
    d.save(path)


def write_md(spec: dict, path: Path) -> None:
    out = []
    for kind, value in spec["parts"]:
        if kind == "h1":
            out.append(f"# {value}\n")
        elif kind == "h2":
            out.append(f"## {value}\n")
        elif kind == "li":
            out.append(f"- {value}")
        elif kind == "table":
            out.append("\n| " + " | ".join(value[0]) + " |\n|" + "---|" * len(value[0]))
            out.extend("| " + " | ".join(c or " " for c in row) + " |" for row in value[1:])
            out.append("")
        else:
            out.append(f"\n{value}\n")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_pdf(spec: dict, path: Path) -> None:
    """A text PDF with Helvetica text and a ruled table, written by hand."""
    pages: list[list[str]] = [[]]
    y = 800.0

    def need(height: float) -> None:
        nonlocal y
        if y - height < 50:
            pages.append([])
            y = 800.0

    def text(x: float, yy: float, size: float, s: str, bold: bool = False) -> None:
        esc = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1")
        pages[-1].append(f"BT /{'F2' if bold else 'F1'} {size} Tf {x:.1f} {yy:.1f} Td ({esc}) Tj ET")

    def wrap(s: str, width: float, size: float) -> list[str]:
        per_line = max(4, int(width / (size * 0.5)))
        words, lines, line = s.split(), [], ""
        for w in words:
            if line and len(line) + 1 + len(w) > per_line:
                lines.append(line)
                line = w
            else:
                line = f"{line} {w}".strip()
        return lines + [line] if line else lines or [""]

    for kind, value in spec["parts"]:
        if kind in ("h1", "h2"):
            size = 16 if kind == "h1" else 13
            need(size * 2)
            y -= size * 1.8
            text(50, y, size, value, bold=True)
        elif kind in ("p", "li"):
            for line in wrap(("\u2022 " if kind == "li" else "") + value, 495, 10):
                need(14)
                y -= 14
                text(60 if kind == "li" else 50, y, 10, line.replace("\u2022", "-"))
            y -= 6
        elif kind == "table":
            widths = [90, 150, 80, 80, 95]
            y -= 10
            for row in value:
                wrapped = [wrap(c, w - 6, 8) for c, w in zip(row, widths)]
                height = 11 * max(len(w) for w in wrapped) + 6
                need(height)
                x = 50.0
                for cell_lines, w in zip(wrapped, widths):
                    pages[-1].append(f"{x:.1f} {y - height:.1f} {w} {height:.1f} re S")
                    for k, line in enumerate(cell_lines):
                        text(x + 3, y - 11 * (k + 1), 8, line, bold=row is value[0])
                    x += w
                y -= height
            y -= 6
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    kids = []
    for ops in pages:
        stream = zlib.compress("\n".join(["0.5 w"] + ops).encode("latin-1"))
        objects.append(f"<< /Length {len(stream)} /Filter /FlateDecode >>\nstream\n".encode("latin-1") + stream + b"\nendstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                       "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>")
        kids.append(len(objects))
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(out.tell())
        body = obj if isinstance(obj, bytes) else obj.encode("latin-1")
        out.write(f"{i} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    out.write("".join(f"{o:010d} 00000 n \n" for o in offsets).encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    path.write_bytes(out.getvalue())


WRITERS = {"docx": write_docx, "md": write_md, "pdf": write_pdf}


def vary_sample(src: Path, rng: random.Random, dest: Path) -> None:
    """A copy of a sample plan with its first name swapped (text formats) or as is."""
    if src.suffix.lower() in (".md", ".txt"):
        text = src.read_text(encoding="utf-8", errors="replace")
        for old in FIRST:
            text = text.replace(old, rng.choice(FIRST))
        dest.write_text(text, encoding="utf-8")
    else:
        shutil.copyfile(src, dest)


def build_corpus(folder: Path, n: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    samples = sorted(p for p in (ROOT / "sample_plans").glob("*")
                     if p.suffix.lower() in (".docx", ".md", ".txt", ".pdf") and not p.name.lower().startswith("readme"))
    counts = {"docx": 0, "md": 0, "pdf": 0}
    shares = [("docx", 0.5), ("md", 0.3), ("pdf", 0.2)]
    for fmt, share in shares:
        (folder / fmt).mkdir(parents=True, exist_ok=True)
        for i in range(int(n * share)):
            dest = folder / fmt / f"plan-{i:04d}.{fmt}"
            same_format = [s for s in samples if s.suffix.lower().lstrip(".") == fmt or (fmt == "md" and s.suffix == ".txt")]
            if same_format and i % 4 == 0:
                src = rng.choice(same_format)
                vary_sample(src, rng, dest.with_suffix(src.suffix))
            else:
                WRITERS[fmt](plan_spec(rng), dest)
            counts[fmt] += 1
    (folder / "docx" / "corrupt.docx").write_bytes(b"PK\x03\x04 this is not really a zip")
    (folder / "md" / "empty.md").write_bytes(b"")
    (folder / "pdf" / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(rng.randrange(256) for _ in range(4000)))
    encrypted = ROOT / "tests" / "fixtures" / "readers" / "encrypted.pdf"
    if encrypted.exists():
        shutil.copyfile(encrypted, folder / "pdf" / "encrypted.pdf")
    return counts


_MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
proc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": elapsed, "peak_kb": peak, "rc": proc.returncode, "stderr": proc.stderr.decode()[-500:]}))
"""


def audit(folder: Path, jobs: int, out: Path) -> dict:
    """Run `planlint audit` in a fresh process tree; wall time and peak RSS."""
    cmd = [sys.executable, "-c", _MEASURE, sys.executable, "-c", "from planlint.cli import main; main()", "audit", str(folder),
           "-o", str(out), "--jobs", str(jobs), "--quiet"]
    result = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    if "Traceback" in result["stderr"] or result["rc"] not in (0, 1, 2):
        raise SystemExit(f"planlint audit failed:\n{result['stderr']}")
    return result


def size_curve(folder: Path) -> list[tuple[int, float]]:
    from planlint import Config, lint

    rng = random.Random(3)
    out = []
    for rows in (10, 50, 200):
        paths = []
        for k in range(5):
            p = folder / f"rows{rows}-{k}.docx"
            write_docx(plan_spec(rng, rows=rows), p)
            paths.append(p)
        lint(paths[0], Config())  # warm the pipeline
        t = time.perf_counter()
        for p in paths:
            report = lint(p, Config())
            assert report.status == "ok", report.error
        out.append((rows, (time.perf_counter() - t) / len(paths)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--keep", type=Path, help="build the corpus here and keep it")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="planlint-bench-"))
    corpus = args.keep or tmp / "corpus"
    try:
        t = time.perf_counter()
        counts = build_corpus(corpus, args.plans)
        print(f"corpus: {sum(counts.values())} plans ({counts['docx']} docx, {counts['md']} md, "
              f"{counts['pdf']} pdf) + 4 broken files, built in {time.perf_counter() - t:.1f} s; "
              f"{os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")
        for jobs in (1, 2):
            for fmt in ("docx", "md", "pdf"):
                r = audit(corpus / fmt, jobs, tmp / f"report-{fmt}-{jobs}")
                n = counts[fmt]
                print(f"--jobs {jobs} {fmt:>4}: {n / r['seconds']:6.1f} plans/s ({n} plans in {r['seconds']:.1f} s, "
                      f"peak RSS {r['peak_kb'] / 1024:.0f} MB, exit {r['rc']})")
            r = audit(corpus, jobs, tmp / f"report-all-{jobs}")
            n = sum(counts.values()) + 4
            print(f"--jobs {jobs}  all: {n / r['seconds']:6.1f} files/s ({n} files in {r['seconds']:.1f} s, "
                  f"peak RSS {r['peak_kb'] / 1024:.0f} MB, exit {r['rc']})")
        for rows, seconds in size_curve(tmp):
            print(f"lint one .docx plan of {rows:>3} action rows: {seconds * 1000:7.1f} ms")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
