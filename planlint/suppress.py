"""Inline suppression: notes an author types in the plan itself.

    planlint: ignore T002 — agreed at conference that visits stay flexible
    planlint: ignore T002,vague-owner - reason

A note silences the named rules (codes or kebab-case names, comma-separated)
for the unit that holds it: the table row whose cell holds it, or the
paragraph / list item it is written in (matched by Location). A note on a
line of its own under the title, before the first section that is not the
title, silences the rules for the whole plan (when no heading reads as a
title, an opening top-level heading such as "# Plan for Amelia" is the title).

`extract` runs before the plan is built and takes the notes out of the text,
so a note's own words ("mum agreed...") never count as plan content. `apply`
runs after the checks: it drops the suppressed findings (keeping them, with
the reason, in `report.suppressed`), reports each rule a note names that
silenced nothing as S001 unused-suppression, and sorts the findings.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from . import loader
from .config import Config
from .model import SEVERITY_RANK, Block, Document, FileReport, Finding, Location, Table, table_text
from .registry import all_rules, effective_severity

__all__ = ["Directive", "Directives", "Suppressed", "extract", "apply", "parse", "S001"]

S001 = "S001"

_NOTE = re.compile(r"\bplanlint\s*:\s*ignore\b(?P<body>[^\n]*)", re.IGNORECASE)
_RULES = re.compile(r"\s*(?P<rules>[\w-]+(?:\s*,\s*[\w-]+)*)")
_SEPARATOR = re.compile(r"^[\s—–:-]+")


def _has_note(text: str) -> bool:
    """Whether _NOTE finds a note in text. Every note holds "planlint", which ASCII
    text shows in lower case when it has it (non-ASCII text may hold a letter re.I
    matches to "i", such as "ı", so it is searched): _NOTE, opening with \b under
    re.I, is tried at every character of every block otherwise."""
    if text.isascii() and "planlint" not in text.lower():
        return False
    return _NOTE.search(text) is not None


@dataclass(frozen=True)
class Directive:
    rules: tuple[str, ...]  # as written: codes or names
    reason: str
    text: str  # the note as written, for S001's excerpt
    location: Location  # the unit it silences: the paragraph or table row holding it
    block_index: int  # position of its block among the document's blocks
    alone: bool  # nothing else in its paragraph / row


@dataclass
class Directives:
    notes: list[Directive] = field(default_factory=list)
    order: list[Location] = field(default_factory=list)  # block locations, document order
    title: Location | None = None  # the opening top-level heading, whatever kind it was given


@dataclass(frozen=True)
class Suppressed:
    finding: Finding
    reason: str

    def to_dict(self) -> dict:
        return {"rule": self.finding.rule, "location": self.finding.location.to_dict(), "reason": self.reason}


def parse(text: str) -> list[tuple[tuple[str, ...], str, str]]:
    """Every note in `text` as (rules, reason, note text)."""
    out = []
    for match in _NOTE.finditer(text):
        rules_match = _RULES.match(match.group("body"))
        if not rules_match:
            out.append(((), "", match.group(0).strip()))
            continue
        rules = tuple(r.strip() for r in rules_match.group("rules").split(",") if r.strip())
        reason = _SEPARATOR.sub("", match.group("body")[rules_match.end():]).strip()
        out.append((rules, reason, match.group(0).strip()))
    return out


def _strip(text: str) -> str:
    lines = (_NOTE.sub("", line).rstrip(" \t—–-:;,") for line in text.split("\n"))
    return "\n".join(line.strip() for line in lines if line.strip())


def extract(document: Document) -> tuple[Document, Directives]:
    """The document with notes taken out of its text, and the notes found."""
    found = Directives(order=[b.location for b in document.blocks])
    first = document.blocks[0] if document.blocks else None
    if first is not None and first.kind == "heading" and first.level <= 1:
        found.title = first.location  # "# Plan for Amelia" is the title even if it reads as "plan"
    blocks: list[Block] = []
    changed = False
    for index, block in enumerate(document.blocks):
        if block.table is not None:
            new = _table_notes(block, index, found)
        elif _has_note(block.text):
            text = _strip(block.text)
            for rules, reason, note in parse(block.text):
                found.notes.append(Directive(rules, reason, note, block.location, index, not text))
            new = dataclasses.replace(block, text=text) if text else None
        else:
            new = block
        changed = changed or new is not block
        if new is not None:
            blocks.append(new)
    if not changed:
        return document, found
    return dataclasses.replace(document, blocks=blocks), found


def _table_notes(block: Block, index: int, found: Directives) -> Block | None:
    rows = block.table.rows
    header = [c.strip().lower() for c in rows[0]] if rows else []
    # A labelled form in Markdown ("Action: ... / planlint: ignore T002 - ...")
    # arrives as a table with a "planlint" column holding "ignore T002 - ...".
    note_columns = {i for i, h in enumerate(header) if h == "planlint"}
    new_rows: list[list[str]] = []
    new_locations: list[Location] = []
    changed = False
    for r, row in enumerate(rows):
        location = block.table.row_locations[r] if r < len(block.table.row_locations) else block.location
        cells, notes = [], []
        for c, cell in enumerate(row):
            text = f"planlint: {cell}" if c in note_columns and r > 0 and cell.strip() else cell
            if _has_note(text):
                notes.extend(parse(text))
                cell = _strip(text)
            cells.append(cell)
        if notes:
            changed = True
            alone = not any(c.strip() for i, c in enumerate(cells) if i not in note_columns)
            for rules, reason, note in notes:
                found.notes.append(Directive(rules, reason, note, location, index, alone))
        if any(c.strip() for c in cells):  # a row that held only a note goes, as the reader drops empty rows
            new_rows.append(cells)
            new_locations.append(location)
    if not changed:
        return block
    if not new_rows:
        return None
    return dataclasses.replace(block, text=table_text(new_rows), table=Table(rows=new_rows, row_locations=new_locations))


def apply(report: FileReport, found: Directives, config: Config) -> FileReport:
    """Drop suppressed findings, add S001 for notes that silenced nothing, sort."""
    report.suppressed = []
    rules = all_rules()
    by_selector = {}
    for code, rule in rules.items():
        by_selector[code] = by_selector[rule.name] = rule

    def rule_for(token: str):
        return by_selector.get(token) or by_selector.get(token.upper()) or by_selector.get(token.lower())

    plan_wide = _plan_wide(report, found)
    used: set[tuple[int, str]] = set()
    kept: list[Finding] = []
    for finding in report.findings:
        hit = None
        for n, note in enumerate(found.notes):
            if not (plan_wide[n] or note.location == finding.location):
                continue
            for token in note.rules:
                rule = rule_for(token)
                if rule is not None and rule.code == finding.rule:
                    hit = hit or note
                    used.add((n, token))
        if hit is None:
            kept.append(finding)
        else:
            report.suppressed.append(Suppressed(finding, hit.reason))
    s001 = rules.get(S001)
    if s001 is not None and config.enabled(S001, s001.name):
        severity = effective_severity(s001, config)
        for n, note in enumerate(found.notes):
            for token in note.rules or ("",):
                rule = rule_for(token)
                if rule is not None and (n, token) in used:
                    continue
                if rule is not None and not config.enabled(rule.code, rule.name):
                    continue  # a rule switched off could not have fired
                problem = "silenced nothing here" if rule is not None else "names no planlint rule"
                kept.append(Finding(
                    S001, s001.name, severity, s001.message.format(rule=token or "?", problem=problem),
                    note.text, s001.hint, note.location,
                ))
    kept.sort(key=lambda f: (_position(f.location), -SEVERITY_RANK[f.severity], f.rule))
    report.findings = kept
    return report


def _plan_wide(report: FileReport, found: Directives) -> list[bool]:
    """Which notes sit on their own under the title, before the first real section."""
    starts = set()
    if report.plan is not None:
        starts = {s.location for s in report.plan.sections if s.kind not in loader.vocabulary()["plan_wide_sections"] and s.heading}
        if not report.plan.sections_of("title"):
            starts.discard(found.title)
    first = next((i for i, loc in enumerate(found.order) if loc in starts), len(found.order))
    return [note.alone and note.block_index < first for note in found.notes]


def _position(loc: Location) -> tuple:
    return (loc.page or 0, loc.table or 0, loc.row or 0, loc.paragraph or 0, loc.line or 0)
