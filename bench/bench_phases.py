"""Where a warm lint's time goes, phase by phase, over the .docx sample plans.

    python bench/bench_phases.py [--every 3]

Each phase of the sequencer and of structure.build_plan (the reader, the NLP
priming, the plan's facts, the units read from sections, the sentences, each
action's facts, the checks) is timed by a wrapper around the function that
does it, so the figures add a little overhead of their own; the total is the
plain wall time of the warm lints with the garbage collector off. Phases nest
(build_plan holds most of the others), so their shares do not add up to 100%.
A diagnostic for where speed work could pay, not a goal: nothing is asserted.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# (module, attribute) pairs: planlint's own functions, looked up by name; one
# that has moved or been renamed is left out of the table, not an error.
PHASES = [
    ("planlint.readers", "read_path"),
    ("planlint.sequencer", "lint_document"),
    ("planlint.structure", "build_plan"),
    ("planlint.nlp.pipeline", "Analyser.prime"),
    ("planlint.structure", "find_facts"),
    ("planlint.nlp.understand", "Understanding.learn_services"),
    ("planlint.structure", "split_sections"),
    ("planlint.structure", "recognise_by_content"),
    ("planlint.structure", "_read_units"),
    ("planlint.nlp.understand", "Understanding.action_facts"),
    ("planlint.structure", "read_sentences"),
    ("planlint.structure", "read_rows"),
    ("planlint.structure", "read_contingency"),
    ("planlint.checks", "run_checks"),
]


def _wrap(spent: dict[str, float]) -> None:
    import importlib

    for module_name, name in PHASES:
        owner = importlib.import_module(module_name)
        *path, attr = name.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        if owner is None or not hasattr(owner, attr):
            continue
        inner = getattr(owner, attr)

        def timed(*args, _inner=inner, _name=name, **kwargs):
            start = time.perf_counter()
            try:
                return _inner(*args, **kwargs)
            finally:
                spent[_name] += time.perf_counter() - start

        setattr(owner, attr, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--every", type=int, default=3, help="take every Nth .docx sample plan")
    args = parser.parse_args()
    spent: dict[str, float] = defaultdict(float)
    _wrap(spent)
    from planlint import lint

    plans = sorted((ROOT / "sample_plans").glob("*.docx"))[::args.every]
    for plan in plans:
        lint(plan)  # the first lint in a process pays for loading
    spent.clear()
    gc.collect()
    gc.disable()
    start = time.perf_counter()
    for plan in plans:
        lint(plan)
    total = time.perf_counter() - start
    gc.enable()
    print(f"{len(plans)} plans, warm lint {1000 * total / len(plans):.2f} ms a plan")
    for name, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {name:32s} {1000 * seconds / len(plans):6.2f} ms  {100 * seconds / total:5.1f}%")


if __name__ == "__main__":
    main()
