"""What several reporters say the same way: a rule's documentation, a finding's
message for machine outputs, and the line a finding starts on."""
from __future__ import annotations

from ..model import Finding, Location


def plain_hint(hint: str) -> str:
    """A rule's hint as written: {placeholders} are filled only with plan words at run time."""
    return hint.replace("{", "").replace("}", "")


def safe_message(finding: Finding, rules: dict, include_text: bool) -> str:
    """The message for machine outputs: no plan words unless asked for."""
    if include_text:
        return f"{finding.message}. Fix: {finding.hint}"
    rule = rules.get(finding.rule)
    if rule is None:
        return f"{finding.rule} {finding.name}"
    return f"{rule.summary} Fix: {plain_hint(rule.hint)}"


def start_line(loc: Location) -> int:
    """Plans are not source code: the line (.md/.txt/.pdf), else the paragraph, else the table row, else 1."""
    return loc.line or loc.paragraph or loc.row or 1


def rule_markdown(rule, level: int = 1) -> str:
    """One rule's documentation in the shape ruff uses: what, why, example, use instead."""
    h = "#" * level
    return (
        f"{h} {rule.name} ({rule.code})\n\n"
        f"Severity: {rule.severity}. Applies to: {'the whole plan' if rule.unit == 'doc' else 'each ' + rule.unit}.\n\n"
        f"{h}# What it does\n{rule.summary}\n\n"
        f"{h}# Why is this bad?\n{rule.why}\n\n{rule.guidance}\n\n"
        f"{h}# Example\n```markdown\n{rule.bad}```\n\n"
        f"{h}# Use instead\n```markdown\n{rule.good}```\n\n"
        f"{h}# How to fix\n{plain_hint(rule.hint)}\n"
    )
