"""Record what planlint says about every sample plan, or compare with a record.

A refactor must not change what users see. Record before, compare after:

    python scripts/same_output.py record /tmp/before.json
    ... change the code ...
    python scripts/same_output.py compare /tmp/before.json

It records the `check --format json` contract and `structure` output for every
plan in sample_plans/ and tests/fixtures/readers/, every other output format
for a few of them, and the rule docs; it exits 1 on any difference.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from click.testing import CliRunner

from planlint.cli import main

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = {".docx", ".pdf", ".md", ".txt"}


def plans() -> list[Path]:
    found = [p for d in ("sample_plans", "tests/fixtures/readers") for p in sorted((ROOT / d).glob("*"))
             if p.suffix in SUFFIXES and p.name != "README.md"]
    return [p.relative_to(ROOT) for p in found]


def _run(args: list[str]) -> dict:
    result = CliRunner().invoke(main, args, catch_exceptions=True)
    return {"exit": result.exit_code, "output": result.output,
            "exception": repr(result.exception) if result.exception and not isinstance(result.exception, SystemExit)
            else None}


def record() -> dict:
    out = {"rules": _run(["rules"]), "rule T002": _run(["rule", "T002"])}
    for plan in plans():
        out[f"check {plan}"] = _run(["check", "--format", "json", str(plan)])
        for fmt in ("text", "sarif", "github", "junit") if len(plan.stem) % 7 == 0 else ():
            out[f"check --format {fmt} {plan}"] = _run(["check", "--format", fmt, str(plan)])
        out[f"structure {plan}"] = _run(["structure", str(plan)])
    return out


def main_() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["record", "compare"])
    parser.add_argument("file", type=Path)
    args = parser.parse_args()
    os.chdir(ROOT)
    now = record()
    if args.mode == "record":
        args.file.write_text(json.dumps(now, indent=1, sort_keys=True))
        print(f"recorded {len(now)} outputs")
        return 0
    before = json.loads(args.file.read_text())
    changed = sorted(k for k in before if before[k] != now.get(k))
    for key in changed:
        print(f"CHANGED: {key}")
    new = len(now.keys() - before.keys())
    print(f"{len(before) - len(changed)} of {len(before)} recorded outputs identical"
          + (f" ({new} outputs of plans added since were not compared)" if new else ""))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main_())
