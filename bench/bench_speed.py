"""The speed goals, each measured as a ratio or a bound in one run.

    python bench/bench_speed.py [--plans 1000] [--runs 9]

    warm     per .docx sample plan: warm lint time / python-docx open-and-walk
             time (medians of interleaved runs, garbage collected untimed before
             each); the median and the worst plan
    cold     `planlint check plan.docx` / `python -c "import spacy, docx;
             spacy.blank('en')"` (median of interleaved runs), and check's peak RSS;
             planlint's bytecode is written first, as installing it does
    audit    `planlint audit --jobs 2` on --plans .docx plans (generated, with the
             samples mixed in): plans/s and the peak RSS of the whole process
             tree; then a `--changed-only` re-run with nothing changed
    scaling  ms per table row for plans of 500 and 5,000 action rows

Goals (issue "Speed near the floor"): warm median <= 2.0 and worst <= 3.0;
cold <= 1.1; audit >= 45 plans/s; re-run < 2 s; check < 150 MB, audit tree
< 400 MB; <= 0.6 ms per row at 5,000 rows. Not a test: nothing is asserted.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from bench_audit import plan_spec, write_docx  # noqa: E402
from bench_check import walk_docx  # noqa: E402

_PEAK = """
import json, resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def samples() -> list[Path]:
    return sorted((ROOT / "sample_plans").glob("*.docx"))


def warm(runs: int, collect: bool = True) -> list[tuple[str, float]]:
    from planlint import lint

    plans = samples()
    for p in plans:
        assert lint(p).status == "ok"  # the first lint in a process pays for loading
    ratios = []
    for p in plans:
        lints, walks = [], []
        for _ in range(runs):  # interleaved, so both see the same machine load
            # python-docx leaves each opened document in reference cycles. Uncollected,
            # it is freed by the first collection the next lint's allocations start,
            # and that lint is charged for it: about 150 objects and their parsed XML,
            # 2-3 ms a plan (gc.callbacks in the warm loop). Collecting before each
            # timed call, untimed, charges neither side for the other's garbage.
            if collect:
                gc.collect()
            t = time.perf_counter()
            lint(p)
            lints.append(time.perf_counter() - t)
            if collect:
                gc.collect()
            t = time.perf_counter()
            walk_docx(p)
            walks.append(time.perf_counter() - t)
        ratios.append((p.name, statistics.median(lints) / statistics.median(walks)))
    return ratios


def compile_bytecode() -> None:
    """Write planlint's bytecode, as installing it does. The floor's spaCy and
    python-docx come with theirs; an editable checkout run with
    PYTHONDONTWRITEBYTECODE=1 (as on the development machine) has none, so each
    cold `check` compiled planlint's source again (about 60 ms)."""
    import compileall
    import importlib

    for name in ("planlint", "planlint.packs", "planlint.models"):
        for folder in importlib.import_module(name).__path__:
            compileall.compile_dir(folder, quiet=1)


def cold(runs: int) -> tuple[float, float, float]:
    plan = ROOT / "sample_plans" / "pennock_icpc_dunn.docx"
    check = [sys.executable, "-m", "planlint", "check", str(plan)]
    floor = [sys.executable, "-c", "import spacy, docx; spacy.blank('en')"]
    times: dict[int, list[float]] = {0: [], 1: []}
    for _ in range(runs):
        for k, cmd in enumerate((check, floor)):
            t = time.perf_counter()
            subprocess.run(cmd, capture_output=True)
            times[k].append(time.perf_counter() - t)
    peak_kb = int(subprocess.run([sys.executable, "-c", _PEAK, *check], capture_output=True, text=True).stdout)
    return statistics.median(times[0]), statistics.median(times[1]), peak_kb / 1024


def tree_rss_mb(pid: int) -> float:
    """Resident memory of pid and all its descendants (Linux /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat[1])
        rss[int(entry.name)] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
    tree, grew = {pid}, True
    while grew:
        new = {p for p, pp in parents.items() if pp in tree} - tree
        tree |= new
        grew = bool(new)
    return sum(rss.get(p, 0) for p in tree) / 2 ** 20


def audit(folder: Path, out: Path, *extra: str) -> tuple[float, float]:
    cmd = [sys.executable, "-m", "planlint", "audit", str(folder), "-o", str(out), "--quiet", *extra]
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0.0
    while proc.poll() is None:
        if Path("/proc").exists():
            peak = max(peak, tree_rss_mb(proc.pid))
        time.sleep(0.05)
    return time.perf_counter() - t, peak


def corpus(folder: Path, n: int) -> None:
    rng = random.Random(5)
    folder.mkdir(parents=True)
    real = samples()
    for i in range(n):
        dest = folder / f"plan-{i:04d}.docx"
        if i % 4 == 0:
            shutil.copyfile(real[i // 4 % len(real)], dest)
        else:
            write_docx(plan_spec(rng), dest)


def scaling() -> list[tuple[int, float]]:
    from planlint import lint
    from planlint.readers.limits import MAX_TABLE_ROWS

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        rng = random.Random(9)
        # The largest plan planlint reads: its action rows and a header row fill the row limit.
        for rows in (500, MAX_TABLE_ROWS - 1):
            p = Path(tmp) / f"rows{rows}.docx"
            write_docx(plan_spec(rng, rows=rows), p)
            t = time.perf_counter()
            report = lint(p)
            assert report.status == "ok", report.error
            out.append((rows, (time.perf_counter() - t) * 1000 / rows))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plans", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-compile", action="store_true",
                        help="cold: do not write planlint's bytecode first, as up to the 6th pass (see compile_bytecode)")
    parser.add_argument("--no-collect", action="store_true",
                        help="warm: time as the README's runs up to the 4th pass did, where a lint may pay "
                             "to free the last walk's document")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPU(s), Python {sys.version.split()[0]}")

    ratios = warm(args.runs, collect=not args.no_collect)
    values = [r for _, r in ratios]
    worst = max(ratios, key=lambda x: x[1])
    print(f"warm: lint / python-docx walk over {len(ratios)} .docx sample plans: median {statistics.median(values):.2f}x, "
          f"worst {worst[1]:.2f}x ({worst[0]})  (goal <= 2.0, worst <= 3.0)")

    if not args.no_compile:
        compile_bytecode()
    check, floor, peak = cold(args.runs)
    print(f"cold: check {check:.2f} s / import spacy, docx + spacy.blank {floor:.2f} s = {check / floor:.2f}x  "
          f"(goal <= 1.1); check peak RSS {peak:.0f} MB (goal < 150)")

    tmp = Path(tempfile.mkdtemp(prefix="planlint-speed-"))
    try:
        corpus(tmp / "plans", args.plans)
        seconds, peak = audit(tmp / "plans", tmp / "report", "--jobs", "2")
        print(f"audit --jobs 2: {args.plans / seconds:.1f} .docx plans/s ({args.plans} in {seconds:.1f} s), "
              f"process tree peak RSS {peak:.0f} MB  (goal >= 45 plans/s, < 400 MB)")
        audit(tmp / "plans", tmp / "cached", "--jobs", "2", "--changed-only")
        seconds, _ = audit(tmp / "plans", tmp / "cached", "--jobs", "2", "--changed-only")
        print(f"audit --changed-only, {args.plans} unchanged plans: {seconds:.2f} s  (goal < 2 s)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    for rows, ms in scaling():
        print(f"scaling: {rows:>5} action rows: {ms:.2f} ms per row  (goal <= 0.6 at 5,000)")


if __name__ == "__main__":
    main()
