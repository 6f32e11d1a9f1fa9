"""Checks: Plan -> Findings. One small function per rule.

A check is registered with @check("CODE"); its name, severity, message,
hint, rationale and examples live as data in rules/checks/CODE-name.toml,
so `planlint rule CODE`, the docs and the tests all read the same text.
A check never opens a file and never sees raw document bytes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from ..config import Config
from ..model import Action, Finding, Location, Plan
from ..nlp.understand import ActionFacts, Understanding
from ..registry import Rule, all_rules, effective_severity

CheckFn = Callable[["Context"], Iterable[Finding]]
# Sections that describe the family and the worries: their "if"s and mentions
# of court are history or analysis, not the plan's own arrangements.
BACKGROUND = {"family", "worries", "strengths", "child_voice", "details"}
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
    understanding: Understanding
    action_facts: list[ActionFacts]
    config: Config
    rule: Rule | None = None
    findings: list[Finding] = field(default_factory=list)

    _sentences: list | None = None
    _rows: list | None = None

    def sentences(self) -> list[tuple[str, str, Location]]:
        """(section kind, sentence, location) over the whole plan, tables included."""
        if self._sentences is None:
            out = []
            split = self.understanding.analyser.sentences
            for section in self.plan.sections:
                if section.heading:
                    out.append((section.kind, section.heading, section.location))
                for block in section.blocks:
                    if block.table:
                        locs = block.table.row_locations
                        for i, row in enumerate(block.table.rows):
                            loc = locs[i] if i < len(locs) else block.location
                            out.extend((section.kind, s, loc) for cell in row if cell for s in split(cell))
                    elif block.text:
                        out.extend((section.kind, s, block.location) for s in split(block.text))
            self._sentences = out
        return self._sentences

    def rows(self) -> list[tuple[str, list[str], Location]]:
        """(section kind, cells, location) for every table row: "Core group |
        every 4 weeks" says in one row what no single cell says."""
        if self._rows is None:
            self._rows = [
                (section.kind, [c for c in row if c], locs[i] if i < len(locs) else block.location)
                for section in self.plan.sections for block in section.blocks if block.table
                for locs in [block.table.row_locations] for i, row in enumerate(block.table.rows)
            ]
        return self._rows

    def labelled(self, label: str, asserted: bool = True, skip=("contingency",)):
        """Sentences holding a mention with this label, outside the skipped sections."""
        for kind, text, loc in self.sentences():
            if kind in skip:
                continue
            for m in self.understanding.mentions(text):
                if m.label == label and (m.asserted or not asserted):
                    yield kind, text, loc, m
                    break

    def section_text(self, kind: str) -> str:
        return "\n".join(t for k, t, _ in self.sentences() if k == kind)

    def actions(self) -> Iterable[tuple[Action, ActionFacts]]:
        return zip(self.plan.actions, self.action_facts)

    def finding(self, location: Location, excerpt: str, **values) -> Finding:
        r = self.rule
        severity = effective_severity(r, self.config)
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


def run_checks(plan: Plan, understanding: Understanding, config: Config) -> list[Finding]:
    rules = all_rules()
    checks = _load_checks(rules)
    facts = [understanding.action_facts(a) for a in plan.actions]
    ctx = Context(plan, understanding, facts, config)
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
        child_focus, contingency, looked_after, measure, mental_health, monitoring, outcomes,
        owner, timescale, transfer,
    )

    disagree = set(_CHECKS) ^ (set(rules) - NOT_CHECKED_HERE)
    if disagree:
        raise RuntimeError(f"rule metadata and checks disagree on {sorted(disagree)}")
    return _CHECKS
