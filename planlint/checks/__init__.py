"""Checks: Plan -> Findings. One small function per rule.

A check is registered with @check("CODE"); its name, severity, message,
hint, rationale and examples live as data in rules/checks/CODE-name.toml,
so `planlint rule CODE`, the docs and the tests all read the same text.
A check never opens a file and never sees raw document bytes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

from .. import loader
from ..config import Config
from ..model import Action, Finding, Location, Plan
from ..nlp.understand import ActionFacts, Understanding

CheckFn = Callable[["Context"], Iterable[Finding]]
# Sections that describe the family and the worries: their "if"s and mentions
# of court are history or analysis, not the plan's own arrangements.
BACKGROUND = {"family", "worries", "strengths", "child_voice", "details"}
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


def run_checks(plan: Plan, understanding: Understanding, config: Config) -> list[Finding]:
    rules = all_rules()
    facts = [understanding.action_facts(a) for a in plan.actions]
    ctx = Context(plan, understanding, facts, config)
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
        child_focus, contingency, looked_after, measure, mental_health, monitoring, outcomes,
        owner, suppression, timescale, transfer,
    )
