"""Plain data passed between planlint's layers.

readers   -> Document (located Blocks)
nlp       -> Mentions (labelled spans of text, with their modifiers)
structure -> Plan (Sections, Actions with their ActionFacts, Outcomes,
             Sentences and Rows with their mentions and cues, PlanFacts)
checks    -> Finding
lint      -> FileReport

Nothing here knows about files, spaCy or output formats.
"""
from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field
from typing import Literal

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
Severity = Literal["error", "warning", "info"]
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
# How sure planlint is of what it read: a finding on a table whose columns it
# recognised by their headers is surer than one on a sentence it took for an action.
Certainty = Literal["high", "medium", "low"]
CERTAINTY_RANK = {"low": 0, "medium": 1, "high": 2}


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
        # Not dataclasses.asdict, which deep-copies: a 1,000-plan audit.json has ~12,000 locations.
        return {"page": self.page, "paragraph": self.paragraph, "table": self.table, "row": self.row,
                "line": self.line}

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


class Mention:
    """A labelled span the NLP layer found, e.g. TIME "by 14 March".

    Immutable, equal and hashed by its fields, as a frozen dataclass would be;
    written out because a plan builds hundreds, and a frozen dataclass's
    __init__ (object.__setattr__ for each field) cost 0.67 us a Mention, this 0.39.
    """

    __slots__ = ("label", "text", "start", "end", "modifiers")
    label: str
    text: str
    start: int  # character offsets into the analysed text
    end: int
    modifiers: frozenset  # negated, hypothetical, historical, childs

    def __init__(self, label: str, text: str, start: int, end: int, modifiers: frozenset = frozenset()) -> None:
        _set_label(self, label)
        _set_text(self, text)
        _set_start(self, start)
        _set_end(self, end)
        _set_modifiers(self, modifiers)

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _fields(self) -> tuple:
        return (self.label, self.text, self.start, self.end, self.modifiers)

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return (f"Mention(label={self.label!r}, text={self.text!r}, start={self.start!r}, end={self.end!r}, "
                f"modifiers={self.modifiers!r})")

    def __reduce__(self):
        return Mention, self._fields()  # pickle's default sets slots through the __setattr__ refused above

    @property
    def asserted(self) -> bool:
        """True unless negated or hypothetical."""
        return not (self.modifiers & {"negated", "hypothetical"})


# The slots' own setters, which __init__ calls past the refusing __setattr__.
_set_label, _set_text, _set_start, _set_end, _set_modifiers = (
    Mention.__dict__[name].__set__ for name in Mention.__slots__)


def has_time(mentions: list[Mention]) -> bool:
    return any(m.label == "TIME" and m.asserted for m in mentions)


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


def table_text(rows: list[list[str]]) -> str:
    """A table block's text: a line per row, its cells' words between " | "."""
    return "\n".join(" | ".join(" ".join(c.split()) for c in row) for row in rows)


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
    # the outline number typed before a list item ("1.1", "2c"), which its markup does not keep in
    # the text and other parts of the plan refer to ("How we will know (for 1.1 to 1.4)")
    number: str = ""


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
    # "Our goals" whose numbered steps are mostly people's work: those steps are actions.
    holds_work: bool = False
    # "The family's views", "What Leanne and Callum say": a heading naming the adults, by role or
    # by name, and not the child. First-person words under it are theirs, not the child's.
    adults_heading: bool = False
    # "Before Rosie comes home" over "Jo Hill (HV) will:": the time a group heading lends the
    # sections of work under it that name only who does it
    when: str = ""

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks if b.text)


ActionSource = Literal["table", "list", "sentence", "labelled"]


@dataclass
class ActionFacts:
    """The NLP verdicts on one action: who, when, how we will know, and about whom."""

    owner: str = ""
    owner_status: str = "missing"  # ok | vague | missing
    owner_labels: frozenset = frozenset()
    owner_names: frozenset = frozenset()  # capitalised words of the owner cell, lower-cased
    passive: bool = False
    time_status: str = "missing"  # ok | vague | missing
    vague_time: str = ""
    measure_status: str = "missing"  # ok | vague | missing
    vague_measure: str = ""
    # the rules found no measure, but the learned second opinion (models/measure_check) is nearly
    # sure the action says how progress will be checked: no M001
    measure_seen: bool = False
    about_child: bool = False
    about_parent: bool = False  # the action names a parent or a parent's illness
    # the action names the child before any parent: "Counselling for Tia about her worries about her dad"
    child_first: bool = False
    parent_needs: bool = False
    mentions: list[Mention] = field(default_factory=list)  # of the whole action text
    cues: frozenset = frozenset()  # names of the cues in rules/cues.toml found in the action text
    work_cues: frozenset = frozenset()  # the same, in what is to be done (every field but who and what for)
    # owner labels of the other people the action's later sentences commit
    # ("Mum will go to her group. Her recovery worker will breath-test her.")
    partner_labels: frozenset = frozenset()
    # the work is left to the council the family moves to, named by its place ("to be completed by
    # Keldermouth after the move", "Pass the key work to Brindlecross drug service")
    left_to_receiving: bool = False
    # the work is held back until the family has moved, in a plan that speaks of a transfer
    # ("Young carers assessment - hold until the family is settled in Hollinsford")
    waits_for_move: bool = False


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
    facts: ActionFacts = field(default_factory=ActionFacts)
    certainty: Certainty = "high"
    # Roles ("owner", "timescale") this action's table may hold in a column
    # planlint could not read: a missing one is not the author's fault.
    unclear: frozenset = frozenset()
    # How the group it stands in is checked ("How we will check: ..." on its goal's banner, "We will
    # know this is working when ..." over its list): its measure when it says none of its own.
    check: str = ""


@dataclass
class Outcome:
    text: str
    location: Location
    section: SectionKind
    mentions: list[Mention] = field(default_factory=list)
    about_child: bool = False
    about_parent: bool = False
    condition: bool = False  # "If Jade is having a bad day": a banner naming when, not a change
    topic: bool = False  # "Relationship with parents", "Drug and Alcohol Service": a topic or a name, not a change
    # Under a heading naming a parent and not the child ("What good looks like (in Leanne's
    # words)", "What Mum wants"): an outcome in the first person there is the parent's.
    adults_words: bool = False
    # In a column whose header names the child ("For the baby, this means"): a change for them
    # unless it names a parent ("A safe place to sleep from the first night")
    for_child: bool = False
    # "Social worker visits to continue", "Specialist alcohol service involved": a service
    # delivered, with neither the child nor a parent in it; no outcome for the child.
    service_only: bool = False


@dataclass
class Sentence:
    """One sentence of the plan (a heading, a sentence of a block or of a table
    cell), or a whole table row read as one unit, with what the NLP layer saw."""

    text: str
    section: SectionKind
    location: Location
    mentions: list[Mention] = field(default_factory=list)
    cues: frozenset = frozenset()  # names of the cues in rules/cues.toml found in it
    child_voice: bool = False  # the child speaks, wishes or is observed
    head_cues: frozenset = frozenset()  # a table row: the cues of its first cell
    cells: list[str] = field(default_factory=list)  # a table row: its non-empty cells

    @property
    def has_time(self) -> bool:
        return has_time(self.mentions)


@dataclass
class Condition:
    """An "if ..." clause: what it names and whether it is a failure."""

    words: frozenset  # its words, lower-cased
    failure: bool  # "cannot", "stops", "breaks down"...
    family_support: bool  # family, support, supervision, grandparents...


@dataclass
class Contingency:
    """The plan's contingency: its section or, without one, its "if ..., X will ..." sentences."""

    text: str = ""
    mentions: list[Mention] = field(default_factory=list)
    triggers: list[frozenset] = field(default_factory=list)  # words of each trigger
    sentence_conditions: list[list[Condition]] = field(default_factory=list)  # per sentence


@dataclass
class TableReading:
    """How one table was read: the role of each column, and on what evidence."""

    location: Location
    roles: list[str | None]  # "owner", "owner+timescale", None for a column planlint does not use
    evidence: str  # "header", "content" (no header planlint knows), "card" (labels down the first column)
    actions: int = 0
    unclear: frozenset = frozenset()  # roles it could not find a column for
    # A column gives each row's progress ("Completed", "Carried forward") or a decision's reason:
    # the table records, it does not set work.
    records: bool = False


@dataclass
class Reading:
    """planlint's account of how it read the plan (JSON "understanding")."""

    plan_found: bool = True
    certainty: Certainty = "high"
    notes: list[str] = field(default_factory=list)
    tables: list[TableReading] = field(default_factory=list)
    timeless: int = 0  # actions left unchecked for a time because most of the plan's have none planlint can find
    owners_unread: bool = False  # most owners found are the work's reference codes ("CG2-01"), not who does it
    adult_work_unlisted: bool = False  # an adult service is set to work in a sentence no action was read from

    def to_dict(self) -> dict:
        return {"plan_found": self.plan_found, "certainty": self.certainty, "notes": list(self.notes)}


@dataclass
class PlanFacts:
    child_names: list[str] = field(default_factory=list)
    plan_date: str | None = None
    review_date: str | None = None
    looked_after: bool = False
    names: list[str] = field(default_factory=list)  # people's names found in the plan
    parent_names: list[str] = field(default_factory=list)  # names given for mum, dad, step-parents
    # Case facts for the audit, each None or empty when the plan does not say it plainly.
    children: list[str] = field(default_factory=list)  # the children's names as the plan gives them
    plan_type: str | None = None  # a plan_type_* list of rules/vocabulary.toml: "child protection"...
    categories: list[str] = field(default_factory=list)  # category_* lists: "neglect", "emotional abuse"...
    conference_date: str | None = None  # ISO date of the plan or conference
    next_review: str | None = None  # ISO date of the next review
    social_worker: str | None = None
    team: str | None = None


@dataclass
class Plan:
    document: Document
    sections: list[Section]
    actions: list[Action]
    outcomes: list[Outcome]
    facts: PlanFacts
    sentences: list[Sentence] = field(default_factory=list)  # headings, block and cell sentences
    rows: list[Sentence] = field(default_factory=list)  # every table row, cells joined with " | "
    contingency: Contingency = field(default_factory=Contingency)
    reading: Reading = field(default_factory=Reading)

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
    certainty: Certainty = "high"

    def to_dict(self) -> dict:
        return {
            "rule": self.rule,
            "name": self.name,
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
            "hint": self.hint,
            "location": self.location.to_dict(),
            "certainty": self.certainty,
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
        if self.plan is not None:
            d["understanding"] = self.plan.reading.to_dict()
        return d
