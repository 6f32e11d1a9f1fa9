"""The plan score: how much of Finding One the plan meets, 0-100.

Each dimension scores the share of its checks that pass:
  - action dimensions (timescales, owners, measures): the share of actions
    with no finding of that dimension; a plan with no actions scores 0;
  - document dimensions (outcomes, contingency, child_focus, adult_services,
    monitoring): the share of that dimension's enabled rules that did not
    fire; an outcome rule that fires on some outcomes counts as the share
    of outcomes it spared.
Rules in the "housekeeping" dimension (S001) never count.
The overall score is the unweighted mean of the dimensions, times 100,
rounded. Rules that are switched off leave their dimension's denominator.
"""
from __future__ import annotations

from .model import Finding, Plan

ACTION_DIMENSIONS = ("timescales", "owners", "measures")
DIMENSIONS = ACTION_DIMENSIONS + ("outcomes", "contingency", "child_focus", "adult_services", "monitoring")


def score(plan: Plan, findings: list[Finding], rules: dict, enabled) -> dict:
    by_dim: dict[str, list] = {d: [] for d in DIMENSIONS}
    for code, rule in rules.items():
        if enabled(code, rule.name) and rule.dimension in by_dim:  # "housekeeping" rules do not score
            by_dim[rule.dimension].append(rule)
    n_actions = len(plan.actions)
    dims: dict[str, float] = {}
    for dim, dim_rules in by_dim.items():
        if not dim_rules:
            continue
        codes = {r.code for r in dim_rules}
        hits = [f for f in findings if f.rule in codes]
        if dim in ACTION_DIMENSIONS:
            bad_units = {(f.location, f.excerpt) for f in hits}
            dims[dim] = (n_actions - len(bad_units)) / n_actions if n_actions else 0.0
            continue
        passed = 0.0
        for r in dim_rules:
            mine = [f for f in hits if f.rule == r.code]
            if r.unit == "outcome" and plan.outcomes:
                passed += 1 - len(mine) / len(plan.outcomes)
            elif r.unit == "action" and n_actions:
                passed += 1 - len({(f.location, f.excerpt) for f in mine}) / n_actions
            else:
                passed += 0.0 if mine else 1.0
        dims[dim] = passed / len(dim_rules)
    overall = round(100 * sum(dims.values()) / len(dims)) if dims else 0
    return {"overall": overall, "dimensions": {k: round(v, 3) for k, v in dims.items()}}
