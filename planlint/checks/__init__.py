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

from .. import loader
from ..config import Config
from ..model import Action, ActionFacts, Finding, Location, Plan

CheckFn = Callable[["Context"], Iterable[Finding]]
_CHECKS: dict[str, CheckFn] = {}


@dataclass
class Rule:
    code: str
    name: str
    severity: str
    unit: str
    summary: str
    message: str
    hint: str
    guidance: str
    why: str
    bad: str
    good: str
    dimension: str

    @classmethod
    def from_meta(cls, meta: dict) -> "Rule":
        return cls(
            meta["code"], meta["name"], meta["severity"], meta["unit"], meta["summary"],
            meta["message"], meta["hint"], meta["guidance"], meta["why"].strip(),
            meta["example"]["bad"].strip() + "\n", meta["example"]["good"].strip() + "\n",
            meta["dimension"],
        )


def check(code: str) -> Callable[[CheckFn], CheckFn]:
    def register(fn: CheckFn) -> CheckFn:
        _CHECKS[code] = fn
        return fn

    return register


def all_rules() -> dict[str, Rule]:
    _load_checks()
    rules = {code: Rule.from_meta(meta) for code, meta in loader.rule_metadata().items()}
    missing = set(_CHECKS) ^ set(rules)
    if missing:
        raise RuntimeError(f"rule metadata and checks disagree on {sorted(missing)}")
    return dict(sorted(rules.items()))


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

    def finding(self, location: Location, excerpt: str, **values) -> Finding:
        r = self.rule
        severity = self.config.severity.get(r.code, self.config.severity.get(r.name, r.severity))
        return Finding(
            r.code, r.name, severity, r.message.format(**values), excerpt, r.hint.format(**values), location
        )

    def doc_finding(self, excerpt: str = "", location: Location | None = None, **values) -> Finding:
        return self.finding(location or Location(), excerpt, **values)


def actions_where(ctx: Context, attr: str, status: str, term: str | None = None) -> Iterable[Finding]:
    """Findings for every action whose ActionFacts.<attr> has this status."""
    for action, facts in ctx.actions():
        if getattr(facts, attr) == status:
            values = {"term": getattr(facts, term)} if term else {}
            yield ctx.finding(action.location, action.text, **values)


def run_checks(plan: Plan, config: Config) -> list[Finding]:
    rules = all_rules()
    ctx = Context(plan, config)
    findings: list[Finding] = []
    for code, rule in rules.items():
        if not config.enabled(code, rule.name):
            continue
        ctx.rule = rule
        findings.extend(_CHECKS[code](ctx))
    return findings


def _load_checks() -> None:
    # Importing the modules runs their @check decorators.
    from . import (  # noqa: F401
        c001_c002_c003_contingency, f001_f003_f004_child_focus, h001_mental_health, l001_looked_after,
        m001_m002_measure, o001_f002_outcomes, r001_r002_review, suppression, t001_t002_timescale,
        w001_w002_owner, x001_transfer,
    )
