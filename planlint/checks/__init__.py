"""Checks: Plan -> Findings. One small function per rule.

A check is registered with @check("CODE") in the module named by its codes
(checks/t001_t002_timescale.py); its name, severity, message, hint,
rationale and examples live as data in rules/checks/CODE-name.toml, so
`planlint rule CODE`, the docs and the tests all read the same text.
A check is a pure function of the Plan and the Config: it never opens a
file, never calls the NLP layer and never searches raw text; it reads the
mentions, cues and verdicts the structure layer attached to the plan.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from ..config import Config
from ..model import CERTAINTY_RANK, Action, ActionFacts, Finding, Location, Plan
from ..registry import Rule, all_rules, effective_severity

CheckFn = Callable[["Context"], Iterable[Finding]]
_CHECKS: dict[str, CheckFn] = {}
# Rules with metadata but no check here: S001 unused-suppression is about the
# "planlint: ignore" notes, taken out of the text before the checks run;
# planlint.suppress reports it after them.
NOT_CHECKED_HERE = {"S001"}


def check(code: str) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        _CHECKS[code] = fn
        return fn

    return register


@dataclass
class Context:
    """What every check may read."""

    plan: Plan
    config: Config
    rule: Rule | None = None

    def labelled(self, label: str, asserted: bool = True, skip=("contingency",)):
        """(sentence, its first mention with this label) outside the skipped sections."""
        for sentence in self.plan.sentences:
            if sentence.section in skip:
                continue
            for m in sentence.mentions:
                if m.label == label and (m.asserted or not asserted):
                    yield sentence, m
                    break

    def section_text(self, kind: str) -> str:
        return "\n".join(s.text for s in self.plan.sentences if s.section == kind)

    def actions(self) -> Iterable[tuple[Action, ActionFacts]]:
        return ((a, a.facts) for a in self.plan.actions)

    def finding(self, location: Location, excerpt: str, certainty: str = "", **values) -> Finding:
        """A finding of the current rule; as sure as the plan's reading unless the unit says otherwise."""
        r = self.rule
        severity = effective_severity(r, self.config)
        return Finding(
            r.code, r.name, severity, r.message.format(**values), excerpt, r.hint.format(**values), location,
            certainty or self.plan.reading.certainty,
        )

    def action_finding(self, action: Action, **values) -> Finding:
        return self.finding(action.location, action.text, _lower(action.certainty, self.plan.reading.certainty),
                            **values)

    def doc_finding(self, excerpt: str = "", location: Location | None = None, **values) -> Finding:
        return self.finding(location or Location(), excerpt, **values)


def _lower(a: str, b: str) -> str:
    return min(a, b, key=CERTAINTY_RANK.__getitem__)


# The field each verdict reads; an action whose table hides that field in a
# column planlint could not read is not told it is missing (U001 says so once).
_ROLE_OF = {"owner_status": "owner", "time_status": "timescale", "measure_status": "measure"}


def with_the_child(facts: ActionFacts) -> bool:
    """Work with the child, not the parent ("CAMHS therapist to see Kai weekly", "Weekly
    counselling for Kayla at school"): no service for a parent's illness."""
    return facts.about_child and (not facts.about_parent or facts.child_first)


def actions_where(ctx: Context, attr: str, status: str, term: str | None = None) -> Iterable[Finding]:
    """Findings for every action whose ActionFacts.<attr> has this status."""
    for action, facts in ctx.actions():
        if getattr(facts, attr) == status and not (status == "missing" and _ROLE_OF[attr] in action.unclear):
            values = {"term": getattr(facts, term)} if term else {}
            yield ctx.action_finding(action, **values)


def run_checks(plan: Plan, config: Config) -> list[Finding]:
    rules = all_rules()
    checks = _load_checks(rules)
    ctx = Context(plan, config)
    findings: list[Finding] = []
    for code, rule in rules.items():
        if code not in checks or not config.enabled(code, rule.name):
            continue
        ctx.rule = rule
        findings.extend(checks[code](ctx))
    return findings


def _load_checks(rules: dict[str, Rule]) -> dict[str, CheckFn]:
    # Importing the modules runs their @check decorators.
    from . import (  # noqa: F401
        c001_c002_c003_contingency, f001_f003_f004_child_focus, h001_mental_health, l001_looked_after,
        m001_m002_measure, o001_f002_outcomes, r001_r002_review, t001_t002_timescale,
        u001_unclear_structure, w001_w002_owner, x001_transfer,
    )

    disagree = set(_CHECKS) ^ (set(rules) - NOT_CHECKED_HERE)
    if disagree:
        raise RuntimeError(f"rule metadata and checks disagree on {sorted(disagree)}")
    return _CHECKS
