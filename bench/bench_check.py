"""Speed of `planlint check` on one Word plan of 15 actions.

    python bench/bench_check.py

Prints (1) cold start: the whole `planlint check plan.docx` process, median
of 5 runs; (2) warm: the second lint of a plan in one process, against the
time python-docx alone takes to open the file and walk its paragraphs and
table cells (median of 60 interleaved runs each). Targets from the issue: cold < 1.0 s,
warm lint <= 2x the python-docx walk.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import docx

ROWS = [
    ("Amelia gains weight", "Weigh Amelia and record it in the red book", "Health visitor", "Weekly", "Weight on the 9th centile or above"),
    ("Amelia is safe at home", "Unannounced visits, seeing Amelia alone", "Social worker", "Every Tuesday", "Visit records"),
    ("Amelia is safe at home", "Check the cot and safe sleep at every visit", "Health visitor", "Ongoing", "Monitored"),
    ("Sarah's mood is safe", "Weekly sessions with Sarah", "Perinatal mental health team", "Weekly", "Attendance record"),
    ("Sarah's mood is safe", "Review medication", "GP", "by 14 March 2025", ""),
    ("Amelia is fed", "Help Sarah with night feeds", "Linda (MGM)", "Every night", "Feed chart kept"),
    ("Amelia is fed", "Stay over at weekends", "Keith (PGF)", "As often as he can", "Feed chart kept"),
    ("Home is safe", "Home conditions will be monitored", "", "Ongoing", "Reviewed at core group"),
    ("Home is safe", "Refer to housing for repairs", "Social worker", "within 2 weeks", "Repairs completed, letter on file"),
    ("Sarah stops drinking", "Attend the alcohol service", "Sarah", "Weekly", "Breathalyser results shared"),
    ("Sarah stops drinking", "Keyworker sessions and testing", "Drug and alcohol service", "Fortnightly", "Negative tests"),
    ("Amelia's needs are met", "Complete a parenting assessment", "Social worker", "by 30 April 2025", ""),
    ("Amelia's needs are met", "Share any concerns", "All professionals", "Same day", "Logged on file"),
    ("Plan is reviewed", "Core group meetings", "Core group", "Every 4 weeks", "Minutes circulated"),
    ("Plan is reviewed", "Update the plan", "TBC", "TBC", "Improvement"),
]


def make_plan(path: Path, seed: int = 0) -> None:
    """A 15-action plan; seed changes the child's name and the order of rows."""
    name = ["Amelia", "Jayden", "Poppy"][seed % 3]
    rows = [tuple(c.replace("Amelia", name) for c in r) for r in ROWS[seed:] + ROWS[:seed]]
    d = docx.Document()
    d.add_heading(f"Child protection plan for {name} Stone", 0)
    d.add_paragraph("Child: Amelia Stone, 6 weeks old. Mum: Sarah Stone.")
    d.add_heading("What are we worried about", 1)
    d.add_paragraph("Sarah has postnatal depression and has been drinking heavily since Amelia was born.")
    d.add_heading("Amelia's wishes and feelings", 1)
    d.add_paragraph("Amelia was seen to settle quickly when held by her grandmother.")
    d.add_heading("Action plan", 1)
    t = d.add_table(rows=1, cols=5)
    for cell, text in zip(t.rows[0].cells, ("Outcome", "Action", "Who", "By when", "How will we know")):
        cell.text = text
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row):
            cell.text = text
    d.add_heading("Contingency plan", 1)
    d.add_paragraph("If Sarah drinks while caring for Amelia, Amelia will stay with Linda and the SW will request a legal planning meeting.")
    d.add_heading("Review arrangements", 1)
    d.add_paragraph("Core group every 4 weeks. Review child protection conference on 12 May 2025.")
    d.save(path)


def walk_docx(path: Path) -> int:
    d = docx.Document(str(path))
    n = sum(len(p.text) for p in d.paragraphs)
    for t in d.tables:
        for row in t.rows:
            n += sum(len(c.text) for c in row.cells)
    return n


RUNS = 60


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        plan = Path(tmp) / "plan.docx"
        make_plan(plan)
        other = Path(tmp) / "other.docx"
        make_plan(other, seed=1)
        exe = [sys.executable, "-m", "planlint", "check", str(plan)]
        cold = median_time(lambda: subprocess.run(exe, capture_output=True), 5)

        from planlint import lint

        assert lint(other).status == "ok"  # the first plan in a process pays for loading
        report = lint(plan)
        assert report.status == "ok", report.error
        # Alternate two different plans so no per-plan cache can help, and
        # interleave lint and walk so both see the same machine load.
        warms, walks = [], []
        for _ in range(RUNS):
            warms.append(median_time(lambda: (lint(other), lint(plan)), 1) / 2)
            walks.append(median_time(lambda: (walk_docx(other), walk_docx(plan)), 1) / 2)
        warm, walk = statistics.median(warms), statistics.median(walks)
        print(f"plan: {report.actions} actions, {len(report.findings)} findings")
        print(f"cold start, whole process (median of 5): {cold:.3f} s  (target < 1.0 s)")
        print(f"warm lint (median of {RUNS}):                {warm * 1000:.1f} ms")
        print(f"python-docx open + walk (median of {RUNS}):  {walk * 1000:.1f} ms")
        print(f"warm lint / python-docx walk:            {warm / walk:.2f}x  (target <= 2x)")


if __name__ == "__main__":
    main()
