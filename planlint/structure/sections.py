"""Group blocks into sections and classify each by its heading.

Headings map to kinds through rules/sections.toml. A sub-heading that names
no kind of its own ("Outcome 1", "Baby Amelia") belongs to the section above
it, so the actions under "The plan > Week one" are still plan actions.
"""
from __future__ import annotations

from ..model import Block, Location, Section
from ..textutil import longest_phrase

# Headings longer than this are sentences in bold, not section titles.
MAX_HEADING_WORDS = 14


def classify_heading(text: str, table: dict) -> str:
    kind, _ = longest_phrase(text.split(":")[0] if ":" in text else text, table)
    if kind is None and ":" in text:
        kind, _ = longest_phrase(text, table)
    return kind or "other"


def split_sections(blocks: list[Block], table: dict) -> list[Section]:
    sections = [Section("preamble", "", blocks[0].location if blocks else Location())]
    stack: list[tuple[int, str]] = []  # (level, kind) of open headings
    for block in blocks:
        if block.kind != "heading" or len(block.text.split()) > MAX_HEADING_WORDS:
            sections[-1].blocks.append(block)
            continue
        level = block.level or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        kind = classify_heading(block.text, table)
        if kind == "title" or (kind == "other" and len(sections) == 1):
            if len(sections) == 1:
                # The document's title ("Child Protection Plan for Amelia")
                # names the whole plan, not its action section.
                sections.append(Section("title", block.text.strip(), block.location))
                continue
            kind = "actions"
        if kind == "other" and stack:
            kind = stack[-1][1]
        stack.append((level, kind))
        sections.append(Section(kind, block.text.strip(), block.location))
    return [s for s in sections if s.blocks or s.heading]
