"""Rule metadata: each rule's code, name, severity, messages and docs.

Read from rules/checks/CODE-name.toml, so `planlint rule CODE`, the docs,
the settings file, the reporters and the checks all see the same text.
Nothing here needs the NLP pipeline or the checks themselves: reading the
rules must stay cheap for everything that only names or describes them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from . import loader
from .config import Config


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
    # The rule's own numbers and word lists ([settings] in its TOML), e.g. F001's share.
    settings: dict = field(default_factory=dict)

    @classmethod
    def from_meta(cls, meta: dict) -> "Rule":
        return cls(
            meta["code"], meta["name"], meta["severity"], meta["unit"], meta["summary"],
            meta["message"], meta["hint"], meta["guidance"], meta["why"].strip(),
            meta["example"]["bad"].strip() + "\n", meta["example"]["good"].strip() + "\n",
            meta["dimension"], meta.get("settings", {}),
        )


def all_rules() -> dict[str, Rule]:
    """Code -> Rule for every rule, in code order."""
    return {code: Rule.from_meta(meta) for code, meta in sorted(loader.rule_metadata().items())}


def effective_severity(rule: Rule, config: Config) -> str:
    """The rule's severity once the settings' [severity] table (by code or by name) is applied."""
    return config.severity.get(rule.code, config.severity.get(rule.name, rule.severity))
