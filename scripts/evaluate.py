"""Precision, recall and F1 per rule on the labelled sample plans.

    python scripts/evaluate.py                 # held-out plans (the honest figures)
    python scripts/evaluate.py --split tune    # the plans rules were tuned on
    python scripts/evaluate.py --split tune -v # list every false positive / negative
    python scripts/evaluate.py --plans "b3_*"  # one batch only

A predicted finding matches an expected one when the rule is the same and,
for unit-level rules, the expected excerpt (a distinctive piece of the
action or outcome text) occurs in the finding's excerpt. Each expected
finding matches at most one prediction. The plans and their labels are in
sample_plans/ (see sample_plans/README.md).
"""
from __future__ import annotations

import argparse
import fnmatch
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planlint import lint  # noqa: E402
from planlint.registry import all_rules  # noqa: E402


def norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def plans(split: str, pattern: str = "*", exclude: str | list[str] = ""):
    excluded = [exclude] if isinstance(exclude, str) else exclude
    for expected in sorted((ROOT / "sample_plans").glob(pattern + ".expected.json")):
        if any(g and fnmatch.fnmatch(expected.name, g + ".expected.json") for g in excluded):
            continue
        meta = json.loads(expected.read_text("utf-8"))
        if split != "all" and meta.get("split") != split:
            continue
        stem = expected.name[: -len(".expected.json")]
        files = [p for p in expected.parent.glob(stem + ".*") if not p.name.endswith(".expected.json")]
        if len(files) != 1:
            raise SystemExit(f"{expected.name}: expected exactly one plan file named {stem}.*, found {len(files)}")
        yield files[0], meta


def evaluate(split: str, verbose: bool = False, pattern: str = "*", exclude: str | list[str] = "", lint_path=lint):
    """Counts per rule; lint_path lints one plan (the tests pass one that shares its reads)."""
    counts = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    n = 0
    for path, meta in plans(split, pattern, exclude):
        n += 1
        report = lint_path(path)
        if report.status != "ok":
            print(f"{path.name}: cannot read: {report.error}", file=sys.stderr)
        if "actions" in meta:
            right = _count_right(report.actions, meta["actions"])
            counts[ACTIONS]["tp" if right else "fn"] += 1
            if verbose and not right:
                print(f"ACTIONS {path.name}: found {report.actions}, labelled {meta['actions']}")
        expected = list(meta.get("findings", []))
        used = [False] * len(expected)
        for f in report.findings:
            hit = None
            for i, e in enumerate(expected):
                if used[i] or e["rule"] != f.rule:
                    continue
                if e.get("excerpt") and norm(e["excerpt"]) not in norm(f.excerpt):
                    continue
                hit = i
                break
            if hit is None:
                counts[f.rule]["fp"] += 1
                if verbose:
                    print(f"FP {path.name}: {f.rule} {f.name} [{f.location.describe()}] {f.excerpt[:110]!r}")
            else:
                used[hit] = True
                counts[f.rule]["tp"] += 1
        for e, u in zip(expected, used):
            if not u:
                counts[e["rule"]]["fn"] += 1
                if verbose:
                    print(f"FN {path.name}: {e['rule']} {e.get('excerpt', '')!r}")
    return n, counts


ACTIONS = "actions"  # plans whose label counts their actions: tp when planlint's count is right, else fn


def _count_right(found: int, labelled: int) -> bool:
    """Within one action, or a tenth of the count: writers and readers may fairly
    differ on whether "Mum and Dad will ..." is one action or two."""
    return abs(found - labelled) <= max(1, labelled // 10)


def table(n: int, counts, split: str) -> str:
    rows = [f"Split: {split}, {n} plans. P = precision, R = recall (n/a: no findings expected or made).", "",
            "| rule | name | TP | FP | FN | P | R | F1 |", "|---|---|---|---|---|---|---|---|"]
    rules = all_rules()
    tot = {"tp": 0, "fp": 0, "fn": 0}
    for code, rule in rules.items():
        c = counts.get(code, {"tp": 0, "fp": 0, "fn": 0})
        for k in tot:
            tot[k] += c[k]
        rows.append(f"| {code} | {rule.name} | {c['tp']} | {c['fp']} | {c['fn']} | " + " | ".join(_prf(c)) + " |")
    rows.append(f"| all | micro-average | {tot['tp']} | {tot['fp']} | {tot['fn']} | " + " | ".join(_prf(tot)) + " |")
    if ACTIONS in counts:
        c = counts[ACTIONS]
        rows.append(f"\nAction counts right (within one, or a tenth) in {c['tp']} of {c['tp'] + c['fn']} plans that label them.")
    return "\n".join(rows) + "\n"


def _prf(c) -> list[str]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else None
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None
    f1 = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return [f"{v:.2f}" if v is not None else "n/a" for v in (p, r, f1)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["heldout", "tune", "all"], default="heldout")
    ap.add_argument("-v", "--verbose", action="store_true", help="list false positives and negatives")
    ap.add_argument("--plans", default="*", metavar="GLOB", help='only plans whose name matches, e.g. "b3_*"')
    ap.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                    help='leave out plans whose name matches, e.g. "b8_*" (may be given more than once)')
    args = ap.parse_args()
    n, counts = evaluate(args.split, args.verbose, args.plans, args.exclude)
    print(table(n, counts, args.split), end="")


if __name__ == "__main__":
    main()
