"""What several reporters say the same way: a rule's documentation, a finding's
message for machine outputs, the line a finding starts on, and names and plan
text made safe to show."""
from __future__ import annotations

import os
import re

from ..model import Finding, Location

# Besides the C0 controls (below): DEL and the C1 controls, the line and
# paragraph separators, the bidi overrides that make text read differently from
# how it is stored, the lone surrogates that stand for a file name's bytes that
# are not UTF-8, and the two non-characters XML forbids.
_UNSAFE = "\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
# Plan text keeps its tabs and line breaks: they lay text out and control nothing.
_UNSAFE_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f{_UNSAFE}]")
# In names a backslash is escaped too, so the form can be read back exactly
# (on Windows a backslash is the separator and cannot be part of a name).
_UNSAFE_NAME = re.compile(f"[\x00-\x1f{_UNSAFE}]" if os.sep == "\\" else f"[\x00-\x1f{_UNSAFE}\\\\]")


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    if char == "\\":
        return "\\\\"
    if 0xDC80 <= code <= 0xDCFF:  # os.fsdecode's stand-in for the byte code - 0xDC00
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def display_text(text: str) -> str:
    """Plan text or a message, safe for a terminal, XML, CSV or JSON: control
    characters but tab and line feed (terminal escape sequences among them)
    become \\xNN or \\uNNNN."""
    return _UNSAFE_TEXT.sub(_escape, text)


def display_name(path: str) -> str:
    """A file name as every output shows it, escaped but unambiguous: a byte
    that is not UTF-8 becomes \\xNN, a control character \\xNN or \\uNNNN, and
    a backslash \\\\ (except on Windows). Ordinary names are unchanged."""
    return _UNSAFE_NAME.sub(_escape, path)


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


def start_line(loc: Location) -> int | None:
    """The line a finding starts on, where the file has lines (.md, .txt); None
    for a .docx paragraph or table row and for a PDF, whose lines count per page."""
    return loc.line if loc.page is None else None


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
