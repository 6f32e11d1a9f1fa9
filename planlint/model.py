"""Plain data passed between planlint's layers.

readers  -> Document (located Blocks)
structure -> Plan (Sections, Actions, Outcomes, PlanFacts)
checks   -> Finding
lint     -> FileReport

Nothing here knows about files, spaCy or output formats.
"""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
Severity = Literal["error", "warning", "info"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Location:
    """Where a unit of text came from. Unused coordinates stay None.

    `table`, `row`, `paragraph`, `page` and `line` are 1-based. `row` counts
    rows of the table including its header row.
    """

    page: int | None = None
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    line: int | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> str:
        parts = []
        if self.page is not None:
            parts.append(f"page {self.page}")
        if self.table is not None:
            parts.append(f"table {self.table}")
            if self.row is not None:
                parts.append(f"row {self.row}")
        elif self.paragraph is not None:
            parts.append(f"paragraph {self.paragraph}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        return " ".join(parts) or "document"


@dataclass
class Table:
    """A table as logical rows of logical cells.

    A cell merged across grid columns appears once in its row; a cell merged
    down several rows repeats its text in each row it spans (so a merged
    "Outcome" cell applies to every action row beside it).
    """

    rows: list[list[str]]
    # row_locations[i] is where rows[i] came from (table index, row, page...)
    row_locations: list[Location] = field(default_factory=list)


@dataclass
class Block:
    """One located unit of a document, in reading order."""

    kind: BlockKind
    text: str
    location: Location
    level: int = 0  # heading level (1 = top) or list depth (0 = top)
    table: Table | None = None  # set when kind == "table"
    numbered: bool = False  # list item from a numbered list
    style: str = ""  # reader-specific hint such as the Word style name


@dataclass
class Document:
    path: str
    format: Literal["docx", "pdf", "md", "txt"]
    blocks: list[Block]


SectionKind = str  # a key from rules/sections.toml, e.g. "contingency", "child_voice", "other"


@dataclass
class Section:
    kind: SectionKind
    heading: str
    location: Location
    blocks: list[Block] = field(default_factory=list)
    # An "Outcome 1: ..." sub-heading inside the plan: the outcome its actions serve.
    outcome: str = ""

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.text)


ActionSource = Literal["table", "list", "sentence", "labelled"]


@dataclass
class Action:
    """Something someone is asked to do, with the fields the plan gave it.

    `fields` maps a role (action, owner, timescale, measure, outcome) to the
    text the plan put there; roles the plan left out are absent. For a bullet
    or a sentence only "action" is set and the NLP layer finds the rest.
    """

    text: str  # the excerpt: row cells joined with " | ", or the sentence
    location: Location
    source: ActionSource
    section: SectionKind
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    text: str
    location: Location
    section: SectionKind


@dataclass
class PlanFacts:
    child_names: list[str] = field(default_factory=list)
    plan_date: str | None = None
    review_date: str | None = None
    looked_after: bool = False
    names: list[str] = field(default_factory=list)  # people's names found in the plan
    parent_names: list[str] = field(default_factory=list)  # names given for mum, dad, step-parents


@dataclass
class Plan:
    document: Document
    sections: list[Section]
    actions: list[Action]
    outcomes: list[Outcome]
    facts: PlanFacts

    def sections_of(self, kind: SectionKind) -> list[Section]:
        return [s for s in self.sections if s.kind == kind]


@dataclass
class Finding:
    rule: str
    name: str
    severity: Severity
    message: str
    excerpt: str
    hint: str
    location: Location

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
            "hint": self.hint,
            "location": self.location.to_dict(),
        }


@dataclass
class FileReport:
    path: str
    status: Literal["ok", "error"] = "ok"
    error: str | None = None
    actions: int = 0
    findings: list[Finding] = field(default_factory=list)
    score: dict | None = None
    # findings silenced by "planlint: ignore" notes: objects with .to_dict()
    suppressed: list = field(default_factory=list)
    plan: Plan | None = field(default=None, repr=False)

    def to_dict(self) -> dict:
        d = {
            "path": self.path,
            "status": self.status,
            "error": self.error,
            "actions": self.actions,
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.score is not None:
            d["score"] = self.score
        d["suppressed"] = [s.to_dict() for s in self.suppressed]
        return d
