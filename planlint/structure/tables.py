"""Action tables: map columns to roles and rows to Actions.

Columns are named by their header through rules/columns.toml; a header may
name two roles ("Who and when", "Responsible (date)"). Headers are hints and
the cells are evidence: a column whose header planlint does not know is read
by what it holds (mostly dates: the timescale; short cells naming people: the
owner; both: owner and timescale in one cell; prose: a comment the action's
facts are read from), and an owner column whose cells also carry dates is
both. When a table has no header we recognise, its columns are judged by
content alone: the column whose cells are mostly timescales is the
timescale, short cells that name people are owners, the longest text is the
action.
"""
from __future__ import annotations

import re

from .. import loader
from ..model import Action, Block, Location, Outcome, TableReading
from ..nlp.commitment import find_commitment, imperative, opens_with_verb
from ..nlp.understand import CONCRETE_OWNER
from ..textutil import TRAILING_TIME_WORD, WEEKDAY, is_empty_cell, lead_in, longest_phrase, normalise, ticked_options
from .content_kinds import child_state
from .sections import BACKGROUND, LABELLED_OUTCOME, NO_INFERENCE, heading_owner
from .. import lazy_re

_STATUS_ONLY = lazy_re.compile(
    r"^\W*(red|amber|green|r|a|g|rag|not started|started|in progress|on track|off track|completed?|done|"
    r"new( action)?|no|yes|n/?a|open|closed|on hold|cancelled|"
    r"carried (?:forward|fwd|over)|c/?f|(?:partly |partially |part |not )?(?:met|achieved))\W*$",
    re.I,
)


def map_header(header: list[str], table: dict) -> list[str | None]:
    """The role of each column, or "outcome+measure" for a header like
    "Outcome (what will be different)": the words outside the brackets name
    the column, a gloss in brackets gives it a second role."""
    roles = [header_role(cell, table) for cell in header]
    measures = [i for i, r in enumerate(roles) if r in ("measure", "measure+comment", "comment+measure")]
    # "How will we know | Progress since ICPC | RAG": the first says how progress is measured;
    # the others report it so far, and a progress note is not a measure. Alone ("Need | Action |
    # Lead | Review date | RAG"), a RAG or status column still only reports: a measure, if any,
    # is in the action's own words.
    # ("RAG / update 20/05" read as measure and comment is a comment)
    roles = [("comment" if i in measures and _status_header(header[i]) else r) for i, r in enumerate(roles)]
    if "action" not in _present(roles) and any(_TRIED.search(cell) for cell in header):
        # "What we tried | Who | When | What difference it made", "When | What was tried | Who
        # offered it": who and when beside what was done already, with no column of work to do,
        # record an earlier plan
        return [None] * len(roles)
    times = [i for i, r in enumerate(roles) if r == "timescale"]
    newer = [i for i in times if _NEWER.search(header[i])]
    if len(times) > 1 and newer and len(newer) < len(times):
        # "ICPC date | New date (RCPC 23/09/2025)": the date a review set replaces the one before it
        roles = [("comment" if i in times and i not in newer else r) for i, r in enumerate(roles)]
    if "outcome" not in {r for role in roles if role for r in role.split("+")}:
        # With no outcome column, "Need" / "Area of concern" is the nearest thing to one.
        roles = [("outcome" if r == "need" else r) for r in roles]
    return [None if r == "need" else r for r in roles]


# A date of birth: "DOB 12/03/2017", "D.O.B.", "date of birth", "born 14/02/2016" (not "is born on ...")
BORN = lazy_re.compile(r"\b(?:dob|d\.o\.b\b\.?|date of birth)\b|\bborn\s+\d", re.I)
# A cell saying its row's work is over ("Completed 12/05", "DONE", "No longer needed: ..."), not "Complete by ...".
# ("CF – done 28/10/2025, closed": a log's marker before it)
# ("No longer needed because Pat now takes Ruby": whatever follows, not a due date)
_CLOSED = lazy_re.compile(r"^\W*(?:(?:c/?f|carried\s+forward|new)\s*[-–—:]\s*)?"
                          r"(?:drop\s*(?:[:.(–—]|$)|"  # ("DROP", not "Drop-off and pick-up times")
                          r"(?:completed?|done|closed|achieved|finished|ended|dropped|stopped|withdrawn|cancelled)\b"
                          r"(?!\s+(?:by|when|within|before|on\s+time))\s*(?:[:.(–—-]|\d|$)|no longer (?:needed|required)\b)", re.I)
_NEWER = lazy_re.compile(r"\b(?:new|revised|updated|current|amended|changed)\b", re.I)
_TRIED = lazy_re.compile(r"\btried\b|\bdifference it made\b", re.I)
_STATUS_HEADER = lazy_re.compile(r"\b(?:progress|update|updates|rag|status|since|so far)\b", re.I)
_MEASURE_HEADER = lazy_re.compile(r"\b(?:evidence|know|measured?|measures|indicators?|success|show|shows|shown)\b", re.I)


_ACHIEVED = lazy_re.compile(r"^\W*achieved\b", re.I)
_RECURRING = lazy_re.compile(r"\b(?:every|each|daily|nightly|weekly|fortnightly|monthly|termly)\b", re.I)


def _done_ticked(header: list[str], said: list[str]) -> bool:
    """Whether a "Done?" or "Completed?" column says yes for the row, its cells as their ticked
    boxes say them (_said: "[X] Yes [ ] No" is "Yes"; "✓")."""
    return any(j < len(said) and _DONE_HEADER.fullmatch(name.strip()) and _YES.fullmatch(said[j].strip())
               for j, name in enumerate(header))


def _said(cell: str) -> str:
    """A cell as its ticked boxes say it ("[ ] Weekly [X] Other: by 26/02" is "Other: by 26/02")."""
    said = ticked_options(cell)
    return cell if said is None else said


_DONE_HEADER = lazy_re.compile(r"(?i)(?:done|completed?|finished|closed)\s*\??")
_YES = lazy_re.compile(r"(?i)yes|y|✓|✔")


def _on_track(row: list[str], said: list[str], roles) -> bool:
    """"Achieved – 15 of 16 weekly visits" beside "Weekly until the review": a duty that goes on
    and is on track, not work the plan has closed (as "Completed" or "Achieved" of a one-off is);
    said is the row as its ticked boxes say it (_said)."""
    marked = [c for c in said[1:] if _CLOSED.match(c)]
    return all(_ACHIEVED.match(c) for c in marked) and \
        any("timescale" in column and _RECURRING.search(cell) for column, cell in zip(roles, row))


def _status_header(cell: str) -> bool:
    """"Progress since ICPC", "RAG / update": a report so far ("Evidence of progress" is a measure)."""
    return bool(_STATUS_HEADER.search(cell)) and not _MEASURE_HEADER.search(cell)
# "Who\nBy when": a header written on two lines joins its roles too.
_JOINED = lazy_re.compile(r"\s*(?:/|&|\+|,|\band\b|\n|\s[–—-]\s)\s*", re.I)


_IN_THEIR_WORDS = lazy_re.compile(r"\bin\s+(?:[\w'’ ]+['’]s?|our|their|my|his|her|your)\s+(?:own\s+)?words\b", re.I)
# "What still needs to happen": words that qualify a header without changing its role.
_HEADER_FILLERS = lazy_re.compile(r"\b(?:still|now|else|also|then)\s+", re.I)


def header_role(cell: str, table: dict) -> str | None:
    if len(re.sub(r"\([^)]*\)", " ", cell).split()) > 12:  # a gloss in brackets may run long
        return None
    if BORN.search(cell):
        return None  # "Age / date of birth": who someone is, in a family table, not when work is due
    cell = _HEADER_FILLERS.sub("", cell)
    gloss = re.search(r"\(([^)]*)\)", cell)
    main = _phrase_role(re.sub(r"\([^)]*\)", " ", cell), table) if gloss else None
    if main == "measure" and _IN_THEIR_WORDS.search(gloss.group(1)):
        return "outcome"  # "What will be different (in the family's words)": what they hope for, not a check
    if main is None:
        return _joined_roles(cell, table) or _phrase_role(cell, table)
    # "Care and intervention (who and when)": a gloss may name two roles of its own
    second = _joined_roles(gloss.group(1), table) or _phrase_role(gloss.group(1), table)
    extra = [r for r in (second or "").split("+") if r and r not in (main, "need")]
    return "+".join([main, *extra])


def _joined_roles(cell: str, table: dict) -> str | None:
    """"Who and when", "Lead / by when": two roles joined in one header."""
    parts = [p for p in _JOINED.split(cell) if p.strip()]
    if len(parts) < 2:
        return None
    roles = [_phrase_role(p, table) for p in parts]
    if "need" in roles:
        return None
    # "Update – who, when, and how we'll check": a word before the dash names the column, its roles follow
    roles = [r for r, p in zip(roles, parts) if r or len(p.split()) > 1 or p is not parts[0]]
    if None in roles:
        # "Pwy a phryd / Who and when": a bilingual header names its roles in one of its languages
        if not _BILINGUAL.search(cell):
            return None
        roles = [r for r in roles if r]
    if len(set(roles)) < 2:
        return roles[0] if roles and _BILINGUAL.search(cell) else None
    return "+".join(dict.fromkeys(roles))


_BILINGUAL = lazy_re.compile(r"\S\s*/\s*\S")
_QUESTION_HEADERS = frozenset(loader.vocabulary()["question_headers"])
_WORK_TO_DO = frozenset(loader.vocabulary()["work_to_do"])


def _phrase_role(text: str, table: dict) -> str | None:
    """The role a header's longest phrase names. A bare "What" or "How" names
    the action column only when work to do follows it ("What they will do"):
    "What we saw", "How long", "What Shannon said" head a record."""
    role, length = longest_phrase(text, table)
    if role == "action":
        words = normalise(text).split()
        if len(words) > 1 and words[0] in _QUESTION_HEADERS and length == len(words[0]) \
                and not _WORK_TO_DO.intersection(words[1:]):
            return None
    return role


def is_action_header(roles: list[str | None]) -> bool:
    present = _present(roles)
    return len(present) >= 2 and ("action" in present or {"owner", "timescale"} <= present)


def _titled_header(rows: list[list[str]], columns: dict) -> bool:
    """A title row (one cell, or one text merged across) above a row of column headers."""
    if len(rows) < 3:
        return False
    title = {c.strip() for c in rows[0] if c.strip()}
    return len(title) == 1 and not is_action_header(map_header(rows[0], columns)) \
        and is_action_header(map_header(rows[1], columns))


def holds_actions(rows: list[list[str]], columns: dict) -> bool:
    """The table's header (or, in an action card, its first column) names an action table's columns."""
    if not rows:
        return False
    if _titled_header(rows, columns):
        rows = rows[1:]
    return is_action_header(map_header(rows[0], columns)) or is_action_header(_card_roles(rows, columns)) \
        or stacked_cards(rows, columns) is not None or cell_cards(rows, columns) is not None


_CARD_ORDER = ("action", "owner", "timescale", "measure")
_LABEL_WORDS = 8  # "How we'll know it is working"


def stacked_cards(rows: list[list[str]], columns: dict) -> tuple[list[list[str]], list[int]] | None:
    """Action cards stacked down a two-column table ("Step 1 | Visit Tia",
    "Who | SW Laura Pike", "When | Weekly", "How we'll know | Visit notes",
    then "Step 2 | ..."), as a table with a row per card, and the index of each
    card's first row. A card opens at a row whose label is no field ("Step 1")
    or is the action's own; the labels of the other fields repeat card after card."""
    width = max((len(r) for r in rows), default=0)
    # ("Action 1 of 9 · outcome 1, 2" merged across, over each card's rows: a banner that opens it)
    banners = [len(r) == 1 and width == 2 for r in rows]
    if len(rows) < 6 or width not in (2, 3) or any(len(r) != width and not b for r, b in zip(rows, banners)):
        return None
    # "1 | Who is responsible | SW Nadia Rahman": a third column on the left keys each card
    keys = [r[0].strip() for r in rows] if width == 3 else [""] * len(rows)
    rows = [r[-2:] if not b else [r[0], ""] for r, b in zip(rows, banners)]
    labels = [r[0].strip() for r in rows]
    roles = [header_role(c, columns) if len(c.split()) <= _LABEL_WORDS and not b else None
             for c, b in zip(labels, banners)]
    if min(roles.count("owner"), roles.count("timescale")) < 2:
        return None
    cards: list[tuple[int, dict[str, str]]] = []
    for i, (row, role) in enumerate(zip(rows, roles)):
        if banners[i]:
            cards.append((i, {}))
        elif role == "action" and cards and i > 0 and banners[i - 1]:
            cards[-1][1]["action"] = row[1]  # the card its banner opened
        elif role in (None, "action") or not cards or keys[i] != keys[i - 1]:
            cards.append((i, {"action": row[1]}))  # a header row ("Step | Detail") opens an empty card
        elif role not in cards[-1][1]:
            cards[-1][1][role] = row[1]
    cards = [(i, fields) for i, fields in cards if len(fields) > 1]
    if len(cards) < 2:
        return None
    names: dict = {}
    for role, label in zip(roles, labels):
        names.setdefault(role, label)  # each field under its first label
    return _card_table(cards, names)


def cell_cards(rows: list[list[str]], columns: dict) -> tuple[list[list[str]], list[int]] | None:
    """Action cards laid out as a grid, one card to a cell ("CARD 1 – Seeing Rhys /
    What: Home visits ... / Who: Amira Haddad (SW) / When: Weekly / How we'll know: ..."),
    as a table with a row per card, and the row each card stood in."""
    cells = [(i, c) for i, row in enumerate(rows) for c in row if c.strip()]
    if 2 * sum("\n" in c for _, c in cells) < len(cells):
        return None  # a card takes two labelled lines: most cells must have two lines or more
    cards: list[tuple[int, dict[str, str]]] = []
    prose_cards: list[tuple[int, dict[str, str]]] = []
    names: dict[str, str] = {}
    for i, cell in cells:
        fields: dict[str, str] = {}
        role = None
        for line in cell.split("\n"):
            m = _CELL_FIELD.match(line.strip())
            label_role = header_role(m.group("label"), columns) if m else None
            if label_role in _CARD_ORDER and label_role not in fields:
                role, fields[role] = label_role, m.group("value").strip()
                names.setdefault(role, m.group("label").strip())
            elif role and line.strip():
                fields[role] += " " + line.strip()  # the value wraps onto the next line
        if len(fields) >= 2 and {"action", "owner"} & fields.keys():
            cards.append((i, fields))
        elif not fields and (prose := _prose_card(cell)):
            prose_cards.append((i, {"action": prose}))
    if len(cards) < 2 or 2 * (len(cards) + len(prose_cards)) < len(cells):
        return None
    # A card written as a sentence beside labelled ones is still a card: its owner, time and
    # check are read from its words.
    return _card_table(sorted(cards + prose_cards, key=lambda c: c[0]), names)


def _prose_card(cell: str) -> str | None:
    """The work of a card that is a title line ("Card 6") over sentences, not labelled lines."""
    title, _, rest = cell.partition("\n")
    rest = " ".join(rest.split())
    if len(title.split()) <= _CARD_TITLE_WORDS and len(rest.split()) >= _WORK_BOX_WORDS:
        return rest
    return None


def period_grid(rows: list[list[str]], columns: dict, analyse) -> tuple[list[list[str]], list[int]] | None:
    """"Who | Weeks 1-4 | Weeks 5-8 | By the review" over a row per person, or "Day | NB (FSW) |
    JM (Mum)" over a row per day: each box with work in it is one action, its owner the person's
    and its time the period's, as a table with a row per box (a box's own time goes with its
    words), and the row each box stood in."""
    header, body = rows[0], rows[1:]
    if len(header) < 1 + _GRID_PERIODS or len(rows) < 3:
        return None
    if all(header_role(header[j], columns) in (None, "timescale") and _period(header[j], analyse)
           for j in range(1, len(header))):
        people = [r[0] if r else "" for r in body]
        # (row of the box, its person, its work, its period)
        boxes = [(i, r[0], r[j], header[j]) for i, r in enumerate(body, 1) for j in range(1, min(len(header), len(r)))]
    elif all(r and _period(r[0], analyse) for r in body) and \
            2 * sum(names_owner_only(c, analyse, _GRID_OWNER_WORDS) for c in header[1:]) > len(header) - 1:
        # (the days down the side and the people across the top: the same grid turned)
        people = header[1:]
        boxes = [(i, header[j], r[j], r[0]) for j in range(1, len(header)) for i, r in enumerate(body, 1) if j < len(r)]
    else:
        return None
    boxes = [(i, who, work, _period_time(when)) for i, who, work, when in boxes if not is_empty_cell(work)]
    if len(boxes) < _GRID_PERIODS or 2 * sum(len(work.split()) >= _WORK_BOX_WORDS for _, _, work, _ in boxes) < len(boxes) \
            or not (header_role(header[0], columns) == "owner" or
                    2 * sum(names_owner_only(who, analyse, _GRID_OWNER_WORDS) for who in people if who) > len(people)):
        return None  # (ticks or a word or two under each period are a week grid's: _week_columns)
    return [[header[0], "Action", "When"], *([who, work, when] for _, who, work, when in boxes)], [i for i, *_ in boxes]


def _period(cell: str, analyse) -> bool:
    return bool(analyse.has_time(cell) or _STAGE.match(cell) or WEEKDAY.fullmatch(cell.strip()))


def _period_time(cell: str) -> str:
    """A grid's period as the time of a box under it: a lone "Mon" in a grid of the week's days is
    every Monday."""
    cell = " ".join(cell.split())
    if day := WEEKDAY.fullmatch(cell):
        return "every " + next(d for d in loader.vocabulary()["weekdays"] if d.startswith(day["day"].lower())).title()
    return cell


_STEP_NUMBER = lazy_re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[A-Z]\d{1,2}(?:\.\d{1,2})?)[.):]?\s+(?=[A-Za-z])")
_GRID_PERIODS = 2
_WORK_BOX_WORDS = 4
_GRID_OWNER_WORDS = 12
_CARD_TITLE_WORDS = 4
_CELL_FIELD = lazy_re.compile(r"^(?P<label>[^\W\d_][^:]{0,40}?)\s*:\s*(?P<value>.*)$")


def _card_table(cards: list[tuple[int, dict[str, str]]], names: dict) -> tuple[list[list[str]], list[int]]:
    """A header naming each field the cards give, then a row per card."""
    found = {r for _, fields in cards for r in fields}
    header = [r for r in _CARD_ORDER if r in found] + sorted(found - set(_CARD_ORDER))
    table = [["Action"] + [names.get(r, r) for r in header[1:]]]
    table += [[fields.get(r, "") for r in header] for _, fields in cards]
    return table, [i for i, _ in cards]


def _card_roles(rows: list[list[str]], columns: dict) -> list[str | None]:
    """The roles named down the first column, as an action card's labels ("Action", "Who",
    "By when"); none for a contact card ("Details | Name | School | Phone") or for prose."""
    labels = [r[0] for r in rows if r]
    roles = map_header(labels, columns) if all(len(c.split()) <= _LABEL_WORDS for c in labels) else []
    # "Subject | Mother | Father | Plan status | Allocated worker": the case's details, not an action;
    # "Agency | Mossgrave Children's Services | Mossgrave Alcohol Service | Mossgrave Surgery": names
    # down the column, a few of which hold a field's word, not a card's labels
    if sum(r is not None for r in roles) * 2 <= len(labels):
        return []
    return roles if "action" in _present(roles) and not _case_details(labels) else []


def _paired_fields(rows: list[list[str]], columns: dict) -> list[list[str]]:
    """[[label, value], ...] for a grid of label | value pairs side by side (four or six columns,
    three rows or more) whose labels name an action's work and at least two of who, when and how
    we'll know; [] for any other table, the case's details side by side among them."""
    width = len(rows[0]) if rows else 0
    if width not in (4, 6) or len(rows) < _PAIRED_ROWS or any(len(r) != width for r in rows):
        return []
    # ("Task Ref | KS-22871-T01": the task's number, which names no field of its work)
    pairs = [["Ref" if _REF_LABEL.match(r[i]) else r[i].strip(), r[i + 1].strip()]
             for r in rows for i in range(0, width, 2) if r[i].strip()]
    labels = [label for label, _ in pairs]
    if any(len(label.split()) > _LABEL_WORDS for label in labels):
        return []
    roles = map_header(labels, columns)
    # (each row opens with a field's name, and nearly every name is one: not "Action | Who | Start |
    # End" over rows of work, whose cells name nothing)
    named = [r is not None or label == "Ref" for label, r in zip(labels, roles)]
    if not all(header_role(r[0], columns) or _REF_LABEL.match(r[0]) for r in rows) or \
            sum(named) < _PAIRED_NAMED * len(labels):
        return []
    present = _present(roles)
    return pairs if "action" in present and len(present & {"owner", "timescale", "measure"}) >= 2 else []


_PAIRED_ROWS = 3
_PAIRED_NAMED = 0.8
_REF_LABEL = lazy_re.compile(r"^\W*(?:(?:task|action|item|step)\s+)?(?:ref(?:erence)?|no\.?|number|id|code)\W*$", re.I)


def _details_table(rows: list[list[str]], columns: dict) -> bool:
    """"Plan field | Value" over "Child | Ellis Varley, 8", "Dad | Scott Varley": the case's
    details under labels, however the header reads; not "Who | What they will do"."""
    if len(rows) >= 2 and all(len(r) == 4 for r in rows) and not is_action_header(map_header(rows[0], columns)):
        # "Children | Harley (6) | Parents | Stacey": two label and value pairs side by side
        labels = [r[i].strip() for r in rows for i in (0, 2)]
        return all(len(c.split()) <= _LABEL_WORDS for c in labels) and _case_details(labels)
    if len(rows) < 3 or any(len(r) != 2 for r in rows):
        return False
    labels = [r[0].strip() for r in rows[1:]]
    if _FIELD_HEADER.match(rows[0][0]) and _VALUE_HEADER.match(rows[0][1]):
        return True  # "Item | Detail", "Field | Value": a form's fields, whatever they are
    # ("Document | Child protection plan (review)" over "Version | 2.1": no header, its first row a field too)
    headless = bool(_DETAIL_LABEL.match(rows[0][0].strip()))
    return (headless or header_role(rows[0][1], columns) in (None, "comment")) and \
        all(len(c.split()) <= _LABEL_WORDS for c in labels) and _case_details(labels)


_FIELD_HEADER = lazy_re.compile(r"^\W*(?:item|field|label|heading|question|section|plan field)s?\W*$", re.I)
_VALUE_HEADER = lazy_re.compile(r"^\W*(?:details?|values?|information|answers?|responses?|entry|entries)\W*$", re.I)


def _change_log(rows: list[list[str]]) -> bool:
    """"Date | What changed | Agreed by", "Date/time | User | Event": a record of when the plan
    was changed or opened, each row a past entry; not "By when | What | Who", whose dates are due."""
    words = [_LOG_WORDS.sub(" ", c).lower().split() for c in rows[0]] if rows else []
    vocabulary = loader.vocabulary()
    return len(rows) >= 2 and bool(words) and 0 < len(words[0]) <= 2 and words[0][0] in vocabulary["log_date_headers"] and \
        any(" ".join(w) in vocabulary["log_entry_headers"] for w in words[1:])


_LOG_WORDS = lazy_re.compile(r"[^\w\s'’]+")


def _key_table(rows: list[list[str]], columns: dict) -> bool:
    """"Letters | Who | Where they work" over "SW | Amy Clegg, social worker | ...": a key to the
    abbreviations a plan uses, each row's first cell one of them, and no date anywhere; not
    "Who | What | When" over "SW | Visit weekly | 14/03", whose first column is the owners."""
    if len(rows) > _KEY_ROWS and len(rows[0]) == 2 and normalise(rows[0][1]) in _KEY_MEANS:
        return True  # "Who / what | Means" over "J | Jade Hadfield, Mum (24)": what each letter stands for
    firsts = [r[0].strip() for r in rows[1:] if r]
    return len(firsts) >= _KEY_ROWS and all(_ABBREVIATION.match(c) for c in firsts) and \
        header_role(rows[0][0], columns) is None and not any(ch.isdigit() for r in rows[1:] for c in r for ch in c)


_KEY_ROWS = 3
_KEY_MEANS = frozenset({"means", "meaning", "stands for", "what it means", "in full", "full name"})


def _directory(rows: list[list[str]], analyse) -> bool:
    """"Name | Role | Service" over "Tessa Grant | Health visitor | 0-19 Service": who the
    people around the family are, two headers of a directory and no row holding work or a
    time; not "Name | What they will do | When", whose rows commit someone."""
    headers = loader.vocabulary()["directory_headers"]
    if len(rows) < _KEY_ROWS or sum(normalise(c) in headers for c in rows[0]) < 2:
        return False
    return not any(analyse.has_time(c) or find_commitment(c) is not None or imperative(c)
                   for r in rows[1:] for c in r if c.strip())
_ABBREVIATION = lazy_re.compile(r"^[A-Z]{2,5}\d?(?:\s*/\s*[A-Z]{2,5})?$")


def _case_details(labels: list[str]) -> bool:
    """Labels that name the case's details ("Child", "Mother", "Address") more than once."""
    return sum(bool(_DETAIL_LABEL.match(c.strip())) for c in labels) >= _CARD_DETAILS


def _present(roles: list[str | None]) -> set[str]:
    return {r for role in roles if role for r in role.split("+")}


def refine_by_content(roles: list[str | None], rows: list[list[str]], analyse) -> list[str | None]:
    """Columns the header leaves unknown are read by what they hold, and an
    owner (or timescale) column whose cells also carry the other is both."""
    roles = list(roles)
    unnamed = [i for i, r in enumerate(roles) if r is None]
    columns = _column_cells(rows, len(roles))
    outcomes = [i for i, r in enumerate(roles) if r == "outcome" and columns[i]]
    if len(outcomes) > 1 and "measure" not in _present(roles):
        # "Our goal | What will happen | ... | What good looks like": of two outcome columns the
        # one whose cells read most as checks says how we will know; the other stays the outcome
        checks = {i: _checks(columns[i], analyse) for i in outcomes}
        best = max(outcomes, key=lambda i: (checks[i], i))
        if checks[best] >= _MEASURE_SHARE:
            roles[best] = "measure"
    measures = [i for i, r in enumerate(roles) if r == "measure" and columns[i]]
    if len(outcomes) == 1 and len(measures) == 1 and \
            _checks(columns[outcomes[0]], analyse) >= _MEASURE_SHARE > _checks(columns[measures[0]], analyse) and \
            _share(columns[measures[0]], lambda c: child_state(c, analyse)) >= _MEASURE_SHARE:
        # "Success looks like | What will be different for Logan and Ivy" holding "Every breath reading
        # 0.00, in the visit records" and "Logan and Ivy are looked after by a mum who is sober": the
        # headers' words could go either way; the cells say which is the check and which the outcome
        roles[outcomes[0]], roles[measures[0]] = "measure", "outcome"
    for i, cells in enumerate(columns):
        if not cells:
            continue
        present = _present(roles)
        time = _share(cells, analyse.has_time)
        # "Weekly from 1 May" names nobody: what is left once the time is taken out must
        owner = _share(cells, lambda c: len(c.split()) <= 8 and _owner_besides_time(c, analyse))
        # Who and when fit in a few words; a column of sentences is a comment however many dates it holds.
        short = sorted(len(c.split()) for c in cells)[len(cells) // 2] <= 8
        if roles[i] == "outcome" and "measure" not in present and _checks(cells, analyse) >= _MEASURE_SHARE:
            # "What success looks like" beside each action: "Visit records show both children seen"
            roles[i] = "measure"
        elif roles[i] and "outcome" in roles[i].split("+") and "action" not in roles[i].split("+") and \
                "measure" not in present and \
                _checks(cells, analyse) >= _MEASURE_SHARE:
            # "Target / what good looks like" ("target" a date's word too) with "GP letter on the SW's
            # file by 27/02/2026": each row's check, and its date only where no column says when
            roles[i] = "+".join(dict.fromkeys(
                "measure" if r == "outcome" else r for r in roles[i].split("+")
                if not (r == "timescale" and "timescale" in _present(roles[:i] + roles[i + 1:]))))
        elif roles[i] == "measure" and roles.count("measure") > 1 and "outcome" not in present and (
                _share(cells, lambda c: child_state(c, analyse)) >= _MEASURE_SHARE
                or _spans_rows(cells) and "action" in roles[i + 1:]):
            # "What will be different for Maisie | ... | How we will know": the first holds the
            # children's lives as they should be ("Maisie goes to school every day"), the outcome;
            # so does one merged down over the actions it heads, as no single action's check is.
            roles[i] = "outcome"
        elif roles[i] == "action" and "action" in roles[:i]:
            # A second "action" column is a header we misread ("What will tell us it is working").
            roles[i] = "measure" if "measure" not in present and _checks(cells, analyse) >= 0.5 else "comment"
        elif roles[i] is None:
            if _share(cells, _STATUS_ONLY.match) >= 0.5:
                continue  # a RAG or status column
            if all(_REFERENCE.match(r[i]) for r in rows if i < len(r) and not is_empty_cell(r[i])
                   and sum(not is_empty_cell(c) for c in r) > 1):
                # "7.1", "D1", "A2": the row's number, not a date or initials (a banner's "Nan
                # (Brenda) will:", alone in its row, may stand in the same column)
                roles[i] = "comment"
                continue
            wants = [r for r, share in (("owner", owner), ("timescale", time))
                     if short and share >= 0.5 and r not in present]
            roles[i] = "+".join(wants) if wants else "comment"
        elif roles[i] == "timescale" and roles.count("timescale") > 1 and "owner" not in present and \
                time < 0.5 and owner >= 0.5:
            # "By when | Done by": a second "by" column that holds people, not dates, says who
            roles[i] = "owner"
        elif roles[i] == "owner" and "timescale" not in present and time >= 0.5:
            roles[i] = "owner+timescale"
        elif roles[i] == "timescale" and "owner" not in present and owner >= 0.5:
            roles[i] = "owner+timescale"
    left = [i for i in unnamed if roles[i] == "comment" and columns[i]]
    if "action" not in _present(roles) and left:
        # "Commitment | Made by | When": with who and when known, the unnamed column of
        # the longest cells says what is to be done
        longest = max(left, key=lambda i: _mean_length(columns[i]))
        if _mean_length(columns[longest]) >= _WORK_CHARS:
            roles[longest] = "action"
    return roles


_WORK_CHARS = 15
_FILLED_WORK = 0.8  # (a column of work found by its cells is filled on nearly every row)


_MEASURE_SHARE = 0.6
# ("Update at RCPC (22/01/2026)" dates the progress column: when it was written, not when work is due)
_DEADLINE = lazy_re.compile(r"\b(?:by|before|until)\b", re.I)
# "Stage 1 –", "Phase 2:", "Step 3 ·", "Part 3 – ... all actions by 13/02/2026": a numbered part of the plan's time line
_STAGE = lazy_re.compile(r"^\W*(?:stage|phase|part|step|week|weeks|month)\s+\d{1,2}(?:\s*(?:[-–]|to)\s*\d{1,2})?\b", re.I)
_DETAIL_LABEL = lazy_re.compile(r"^(?:%s|mother|father|mum|dad|parents?|unborn baby|baby)\b" % "|".join(
    map(re.escape, loader.vocabulary()["detail_labels"])), re.I)
_CARD_DETAILS = 2
_DATE_LABEL = lazy_re.compile(rf"^(?:(?:next|first)\s+)?(?:{loader.alternation('date_labels')})(?:\s+date)?s?$", re.I)


def split_owner_time(cell: str, analyse) -> tuple[str, str]:
    """"Jo Hill (HV) – by 14/03": the owner before the timescale, or after it."""
    spans = [m for m in analyse.mentions(cell) if m.label in ("TIME", "VAGUE_TIMESCALES")]
    parted = _DASHED.match(cell)
    if parted and analyse.names_owner(parted.group(1)) and \
            not any(m.start < parted.end(1) for m in spans):
        # "MA – between 30 June and 4 July", "RK – first visit within 48 hours": the dash
        # parts them, whatever words open the time
        if spans or len(parted.group(2).split()) <= _DASHED_TIME_WORDS:  # "Ama - every nursery morning"
            return parted.group(1), parted.group(2)
    if parted and any(m.label == "TIME" and m.start >= parted.start(2) for m in spans) and \
            not any(m.label == "TIME" and m.start < parted.end(1) for m in spans) and \
            analyse.owner_verdict(parted.group(1), cell=False)[0] == "vague":
        # "TBC – by 31/03/2025": a date after the dash, so the "TBC" before it is who, not when
        return parted.group(1), parted.group(2)
    if not spans:
        if b := _WHEN_BRACKET.search(cell):
            # "Dr Quayle, consultant psychiatrist (while Kirsty is an inpatient)": the bracket of a
            # "Lead (by)" cell says for how long
            return cell[:b.start()].strip(" ,"), b.group(1).strip()
        return cell.strip(), ""
    start, end = min(m.start for m in spans), max(m.end for m in spans)
    before, after = cell[:start].strip(" -–—,;:/("), cell[end:].strip(" -–—,;:/)")
    before = TRAILING_TIME_WORD.sub("", before).strip(" -–—,;:/(")  # "Jo Hill, by" + "14/03"
    if _DATE_LABEL.match(before):
        before = ""  # "Review 31/07/2025", "Target date: 14/03": the time's label, no one's name
    if before:
        return before, cell[start:].strip()
    return after, cell[:end].strip()


_WHEN_BRACKET = lazy_re.compile(r"\(\s*((?:while|whilst|until|when|once|after|before|during|throughout)\b[^()]*)\)\s*$", re.I)
_DASHED_TIME_WORDS = 6
_DASHED = lazy_re.compile(r"^\s*([^-–—]{1,60}?)\s+[-–—]\s+(\S.*?)\s*$", re.S)


def infer_columns(rows: list[list[str]], analyse) -> list[str | None] | None:
    """Content-based fallback for a table whose header names no roles."""
    width = max(len(r) for r in rows)
    if width == 2 and len(rows) >= 2:
        return _who_and_when_beside_work(_column_cells(rows, width), analyse)
    if width < 3 or len(rows) < 2:
        return None
    columns = _column_cells(rows, width)
    time_share = [_share(cells, analyse.has_time) for cells in columns]
    owner_share = [_share(cells, lambda c: _names_first(c, analyse)) for cells in columns]
    length = [_mean_length(cells) for cells in columns]
    roles: list[str | None] = [None] * width
    t = max(range(width), key=lambda i: time_share[i])
    o = max((i for i in range(width) if i != t), key=lambda i: owner_share[i])
    if owner_share[o] < 0.5 <= owner_share[t] and \
            _share(columns[t], lambda c: ":" not in c and _names_first(c, analyse) and
                   _owner_besides_time(c, analyse)) >= 0.5:
        # "HC (SW) - weekly": who and when share the column (not "Every school night at 7.30pm",
        # nor "Kerry and Wayne When: asap", a form's labelled lines misread as a table's cells)
        o = t
    if time_share[t] < 0.5 or owner_share[o] < 0.5:
        return None
    # (a banner row, "1. Dylan is home safe every night" across the table, is no header)
    first = next((r for r in rows if sum(not is_empty_cell(c) for c in r) >= 2), rows[0])
    if t >= len(first) or not analyse.has_time(first[t]):
        return None  # the first row is a header we do not know: not an action table
    rest = [i for i in range(width) if i not in (t, o)]
    if not rest or max(length[i] for i in rest) < 15:
        return None  # no column long enough to describe work (a list of names and dates)
    roles[t], roles[o] = "timescale", "owner"
    if o == t:
        roles[t] = "owner+timescale"
    if len(rest) > 1:
        # The column that mostly says how we will know ("Visit records", "Monitored").
        share = {i: _checks(columns[i], analyse) for i in rest}
        m = max(rest, key=lambda i: (share[i], i))
        if share[m] >= 0.5:
            roles[m] = "measure"
            rest.remove(m)
    roles[max(rest, key=lambda i: length[i])] = "action"
    return roles


def _who_and_when_beside_work(columns: list[list[str]], analyse) -> list[str | None] | None:
    """"GT (SW) every 2 wks | See Amari and Kye on their own ... → visit record ...": a working
    copy's margin says who and when, the wide column the work."""
    for margin, work in ((0, 1), (1, 0)):
        if _share(columns[margin], analyse.has_time) >= 0.5 and \
                _share(columns[margin], lambda c: _names_first(c, analyse)) >= 0.5 and \
                _mean_length(columns[work]) >= 15 and _mean_length(columns[margin]) < _mean_length(columns[work]):
            roles: list[str | None] = [None, None]
            roles[margin], roles[work] = "owner+timescale", "action"
            return roles
    return None


def _names_first(cell: str, analyse) -> bool:
    """A cell that names who, perhaps with their service after a comma ("Dr Imogen Lyle, Nolwenby
    Perinatal Mental Health Team"; "Dominic Pryce; facilitator Hywel Madoc reports to the SW")."""
    first = _FIRST_PART.split(cell, 1)[0]
    if parted := _DASHED.match(first):
        first = parted.group(1)  # "DSL St Mark's (Mr Tom Ives) - every school day": who, then when
    return len(first.split()) <= _OWNER_CELL_WORDS and analyse.names_owner(first)


_FIRST_PART = lazy_re.compile(r"[,;\n]")
_OWNER_CELL_WORDS = 6


def _two_row_header(rows: list[list[str]]) -> list[str] | None:
    """"Responsible" over "Lead | Support", "Timescale" over "Start | Complete by": a
    header whose merged cells a reader gave one cell each, over the sub-headings.

    The second row's blank cells stand under one heading each; a run of sub-headings
    shares the headings left, the spare cells spread evenly over the run."""
    if len(rows) < 3 or not len(rows[0]) < len(rows[1]) == len(rows[2]):
        return None
    top, sub = rows[0], rows[1]
    if any(len(c.split()) > _SUB_HEADING_WORDS or any(ch.isdigit() for ch in c) for c in sub):
        return None
    # ("No. | Outcome | Responsibility" over "No. | Outcome | Who | By when": a heading merged down
    # into the second row, which a reader repeats there, stands over no sub-heading)
    above = {normalise(c) for c in top if not is_empty_cell(c)}
    sub = ["" if normalise(c) in above else c for c in sub]
    runs: list[list[int]] = []  # consecutive column indexes: a blank alone, or sub-headings together
    for i, cell in enumerate(sub):
        if not is_empty_cell(cell) and runs and not is_empty_cell(sub[runs[-1][-1]]):
            runs[-1].append(i)
        else:
            runs.append([i])
    if all(is_empty_cell(c) for c in sub):
        return None
    return _under_headings(top, sub, runs, lambda run: len(run) // 2 if len(run) > 1 else 1) or \
        _under_headings(top, sub, runs, len)  # (each run of sub-headings under one heading)


def _under_headings(top: list[str], sub: list[str], runs: list[list[int]], width) -> list[str] | None:
    """The header of top's headings over sub's, each run of sub-headings width(run) to a heading;
    None when that does not use every heading once."""
    header, heading = [], 0
    for run in runs:
        if heading >= len(top):
            return None
        if is_empty_cell(sub[run[0]]):
            header.append(top[heading])
            heading += 1
            continue
        wide = width(run)  # sub-headings under each heading of the run
        for k, i in enumerate(run):
            header.append(f"{top[min(heading + k // wide, len(top) - 1)]} {sub[i]}".strip())
        heading += -(-len(run) // wide)
    return header if heading == len(top) else None


_SUB_HEADING_WORDS = 5
_BANNER_NUMBER = lazy_re.compile(r"^\W*(?:(?:outcome|goal|aim|objective)\s+)?\d{1,2}[.:)]?\s+", re.I)


def _header_continues(row: list[str], roles: list[str | None], columns: dict) -> bool:
    filled = [(c.strip(), r) for c, r in zip(row, roles) if not is_empty_cell(c)]
    if len(filled) == 1 and heading_owner(filled[0][0]):
        return False  # ("WHAT MUM (LUCY) WILL DO" across the table under its header: whose rows follow)
    return bool(filled) and all(
        (c.startswith("(") and c.endswith(")")) or (r is not None and header_role(c, columns) == r) for c, r in filled
    )


def _measure_like(cell: str, analyse) -> bool:
    return any(m.label in ("MEASURE_CUES", "MEASURE_PATTERN", "VAGUE_MEASURES") for m in analyse.mentions(cell))


def _column_cells(rows: list[list[str]], width: int) -> list[list[str]]:
    """The filled cells of each of a table's first width columns."""
    return [[r[i] for r in rows if i < len(r) and not is_empty_cell(r[i])] for i in range(width)]


def _share(cells: list[str], test) -> float:
    """The share of cells that pass test (0 for a column with none)."""
    return sum(bool(test(c)) for c in cells) / max(len(cells), 1)


def _checks(cells: list[str], analyse) -> float:
    """The share of a column's cells that say how we will know."""
    return _share(cells, lambda c: _measure_like(c, analyse))


def _spans_rows(cells: list[str]) -> bool:
    """A column whose text runs on down several rows, as a merged cell reads."""
    return len(cells) >= 3 and len(set(cells)) <= len(cells) / 2


def _mean_length(cells: list[str]) -> float:
    return sum(len(c) for c in cells) / max(len(cells), 1)


# "What was found", "What happened", "What we did": a column of what has been done (not "What was agreed")
# ("Service | Who was told | Date": whom the move was told to, a record)
_PAST_HEADER = lazy_re.compile(r"(?i)\b(?:was|were|has\s+been|have\s+been)\s+(?:found|done|seen|said|offered|provided|told|"
                               r"informed|notified|contacted)\b|"
                               r"\bwhat\s+(?:happened|we\s+did|was\s+done|they\s+found|\w+\s+(?:found|saw|noticed|heard|observed))\b")
# a traffic-light safety plan's first column: "GREEN", "AMBER", "RED"
_TRAFFIC_LIGHT = lazy_re.compile(r"(?i)^\W*(?:green|amber|red|yellow)\W*$")


def table_actions(
    block: Block, section: str, columns: dict, analyse, apart: bool = False,
) -> tuple[list[Action], list[Outcome], TableReading | None]:
    """The actions and outcomes of a table; apart: it stands in a part of its own while the plan
    sets out its work in a part for it."""
    rows = block.table.rows if block.table else []
    if not rows:
        return [], [], None
    locs = block.table.row_locations
    title_owner = title_time = ""
    title_outcome = None
    if _titled_header(rows, columns):
        # "Need: Health" merged across the top, the column headers under it; or whose box it is
        # ("[Photo: Mum and Lili] ERIKA HORVATH – Mum" over "What I will do | When | ...").
        title = _CAPTION.sub(" ", next(c for c in rows[0] if c.strip())).strip()
        title_owner = title if names_owner_only(title, analyse) else ""
        # "TABLE 1 – SETTING THINGS UP: every action in this table is to be done by Friday 05/12/2025":
        # when the rows under it are due
        title_time = title if not title_owner and _TITLE_TIME.search(title) and analyse.has_time(title) else ""
        # "Outcome 1: Jayden and Tia-Mae live in a clean, safe home" over the header: what the rows are for
        title_outcome = (_banner_check(title)[0], _row_location(locs, 0, block.location)) \
            if LABELLED_OUTCOME.match(title) else None
        rows, locs = rows[1:], locs[1:]
    while len(rows) > 1 and all(is_empty_cell(c) for c in rows[0]):
        rows, locs = rows[1:], locs[1:]  # an export's empty header row: the table has no header
    if (two := _two_row_header(rows)) is not None:
        rows, locs = [two] + rows[2:], locs[1:]
    if paired := _paired_fields(rows, columns):
        # "Task no. | T1 | Status | Open" over "Description | Visit ... | Outcome | 1, 2", "Assigned to
        # | ... | Target date | ...": one task's grid, its fields in pairs across each row; read as a
        # table of one row under its labels
        rows, locs = [list(column) for column in zip(*paired)], [block.location] * 2
    # (cards stacked down two columns, "TASK REF | CP-0404 ... STATUS | OPEN" then "TASK REF | CP-0405 ...",
    # repeat their labels card after card: no case details, whatever the labels are)
    stacked = stacked_cards(rows, columns) or cell_cards(rows, columns) or period_grid(rows, columns, analyse)
    if not stacked and (_details_table(rows, columns) or _answer_grid(rows) or _key_table(rows, columns)
                        or _change_log(rows) or _directory(rows, analyse)):
        return [], [], None
    start, evidence = 1, "header"
    if stacked:
        rows, firsts = stacked
        locs = [locs[0]] + [locs[i] for i in firsts] if locs else []
        evidence = "card"
    roles = map_header(rows[0], columns)
    if len(rows[0]) >= 2 and all(_LANGUAGE.match(c) for c in rows[0]):
        # "EN | ES", "English | Cymraeg": each row says one thing in two languages; the English
        # (or the first) column is the text to read, the rest a translation of it
        english = next((i for i, c in enumerate(rows[0]) if _ENGLISH.match(c)), 0)
        roles = ["action" if i == english else "comment" for i in range(len(rows[0]))]
    label_roles = [] if stacked else _card_roles(rows, columns)
    # "Action | ELSA sessions to help her with her worries" heads a card, not a
    # table: its first column names more of an action's fields than its first row.
    if is_action_header(label_roles) and (
            not is_action_header(roles) or len(_present(label_roles)) > len(_present(roles))):
        # An action card: labels down the first column, one action per value column.
        rows = [list(col) for col in zip(*(r + [""] * (max(map(len, rows)) - len(r)) for r in rows))]
        roles = map_header(rows[0], columns)
        locs = [block.location] * len(rows)
        evidence = "card"
    if section in BACKGROUND and (any(_status_header(c) for c in rows[0]) or not (
            _present(roles) & {"timescale", "measure"} and _present(roles) & {"owner", "action"})
            # ("Date | Category | Entry (short) | Staff" under "Chronology": a dated record by whom, its
            # header naming no work and no check)
            or evidence == "header" and not _present(roles) & {"action", "measure"}):
        # (a RAG or progress column there reviews the last plan's work: "How the last plan went")
        # "Area | November | June | What Shannon said" under the family's scores, "Who | Score |
        # What they said": a table among the background needs the work's who or what and its
        # when or how we'll know to be an action table. Its outcome column still says what
        # should change: "What we are worried about | What we want to happen instead".
        return [], _column_outcomes(rows, locs, roles, block.location, section), None
    doing = roles.index("action") if "action" in roles else None  # (the column of work, found once)
    if section in NO_INFERENCE and evidence == "header" and doing is not None and not any(
            find_commitment(c) or imperative(c) or opens_with_verb(c)
            # ("1.5 Go to every session ...": the step's number, then its work)
            for c in (_STEP_NUMBER.sub("", r[doing].strip()) for r in rows[1:] if len(r) == len(roles)) if c):
        # "Date | What | Where" under "Key dates" ("14/01/2026 | Bail review hearing | Youth Court"), a
        # log of times missing under its heading: dates and events, nobody set to do anything
        return [], [], None
    lights = [r[0] for r in rows[1:] if r and not is_empty_cell(r[0])]
    if len(lights) >= 2 and all(map(_TRAFFIC_LIGHT.match, lights)) and not _present(roles) & {"owner", "timescale"}:
        # "GREEN | You're at home ... | Nothing extra" over "AMBER | ..." and "RED | ...": a young
        # person's traffic-light safety plan, each row a situation and what happens then, not work
        return [], [], None
    if section != "actions" and any(_PAST_HEADER.search(c) for c, r in zip(rows[0], roles) if r in (None, "action", "owner")):
        # "Date | Who saw the children | What was found" among the health checks: what happened,
        # not what will
        return [], [], None
    if apart and not stacked and not _present(roles) & {"owner", "timescale", "measure"} and "action" in roles and \
            not any(find_commitment(c) or imperative(c) or opens_with_verb(c)
                    for r in rows[1:] if len(r) == len(roles) and (c := r[roles.index("action")].strip())):
        # "What are we worried about? | What's working well? | What needs to happen?" in the
        # mapping, no one in its last column set to do anything, the plan's work in a part
        # of its own: a summary of the case, not its work
        return [], [], None
    if evidence == "header" and "action" not in _present(roles) and any(_HISTORY_HEADER.search(c) for c in rows[0]):
        # "Date | What happened | Who told us": a chronology, each row an event, not work
        return [], [], None
    if evidence == "header" and "action" not in _present(roles) and _scores(rows):
        # "GCP2 area | Sub-areas and scores | Area score now | Target by review" over "1. Physical
        # care | Nutrition 4; Housing 4 | 4 | 2": an assessment's scores by area, not work
        return [], [], None
    roles = _work_among_measures(roles, rows[1:], analyse)
    # "Action | Update": an action column beside columns whose headers we do not know.
    lone_action = _present(roles) == {"action"} and len(roles) >= 2 and section not in NO_INFERENCE
    if not is_action_header(roles) and not lone_action and len(_present(roles)) >= 2 and section not in NO_INFERENCE:
        # "what's happening | by | when | check": a header naming two roles but no work column (its
        # "by" read as a time) is still a header; the cells say which column holds the work, who does it
        refined = refine_by_content(roles, rows[1:], analyse)
        work = refined.index("action") if "action" in refined else None
        if work is not None and is_action_header(refined) and \
                _share(rows[1:], lambda r: work < len(r) and not is_empty_cell(r[work])) >= _FILLED_WORK:
            roles, evidence = refined, "content"
    if not is_action_header(roles) and not lone_action:
        inferred = None if section in NO_INFERENCE else infer_columns(rows, analyse)
        if inferred is None:
            return [], [], None
        roles, start, evidence = inferred, 0, "content"
    if start == 1 and len(rows) > 1 and _header_continues(rows[1], roles, columns):
        start += 1  # a second header row: "(name and role)" under "Who"
    if "timescale" in roles and len(rows) - start >= 2 and all(
            _STAMP.search(r[roles.index("timescale")]) for r in rows[start:] if len(r) == len(roles)):
        # "13/06/2025 17:40 | O. Bankole | Looked after episode opened": a record's history, each
        # change stamped with its date and time, not work with a timescale
        return [], [], None
    if evidence != "content":
        roles = refine_by_content(roles, rows[start:], analyse)
    actions: list[Action] = []
    outcomes: dict[str, Outcome] = {}
    if start and not title_owner and "owner" not in _present(roles) and \
            all(sum(not is_empty_cell(c) for c in r) >= 2 for r in rows[start:] if r):
        # (not over banner rows naming each person in turn: the header is each one's "I")
        # "What Mum will do | When | How we'll know": the work's column says whose
        # (a concrete one: "What the grown-ups will do" leaves each row to name its own)
        title_owner = next((who for h, r in zip(rows[0], roles) if r and "action" in r.split("+")
                            and (who := heading_owner(h)) and names_owner_only(who, analyse)), "")
    group_outcome, group_owner, group_time, group_check = "", title_owner, "", ""
    if title_outcome:
        group_outcome = title_outcome[0]
        outcomes[group_outcome] = Outcome(group_outcome, title_outcome[1], section)
    banner_owner = ""  # who a labelled banner row says owns the rows under it
    # "By the review on 4 March 2026 we will see" over the checks, in a table with no When
    # column: the header says when every row is due
    header_time = next((h for h, r in zip(rows[0], roles) if r == "measure" and _DEADLINE.search(h)
                        and analyse.has_time(h)), "") if start and "timescale" not in _present(roles) else ""
    # "By 31 July 2025 | By 30 September 2025": a column per date, each cell what is done by then
    header_dates = [rows[0][j] if start and j < len(rows[0]) and r and "timescale" in r.split("+") and
                    _DEADLINE.match(rows[0][j].strip()) and analyse.has_time(rows[0][j]) else ""
                    for j, r in enumerate(roles)]
    weeks = _week_columns(rows[0], rows[1:]) if start else {}
    # "Lead 03/11/2025 – 14/12/2025 | Lead 15/12/2025 – 21/01/2026": whose the work is, and when
    dated_leads = {j: h for j, (h, r) in enumerate(zip(rows[0], roles)) if start and r == "owner"
                   and _DATED.search(h) and analyse.has_time(h)}
    # "Every week | Every 2 weeks | By 06/03/2026" with an X under the one that applies: each
    # column a time, its cells only ticks
    ticked_times = {j: h for j, h in enumerate(rows[0]) if start and j not in weeks and analyse.has_time(h)
                    and all(j >= len(r) or is_empty_cell(r[j]) or _TICK.match(r[j]) for r in rows[start:])
                    and any(j < len(r) and _TICK.match(r[j]) for r in rows[start:])} if start else {}
    # A "Need" or "What is the worry?" column stands in for the outcome: it
    # counts as one, but says what is wrong rather than what should change.
    outcome_kind = "need" if start and _PROBLEM_HEADER.search(_outcome_header(rows[0], roles)) else section
    # "For the baby, this means", "What this means for Jaxon": the column says whom its cells are for
    # ("What this means for me": the child's own column, in the first person)
    for_child = bool(start) and (analyse.mentions_child(h := _outcome_header(rows[0], roles)) or
                                 bool(_FIRST_PERSON_HEADER.search(h)))
    whose = "owner" in _present(roles)
    after = -1  # the row the last action was read from
    for i in range(start, len(rows)):
        row = rows[i]
        loc = _row_location(locs, i, block.location)
        filled = [c for c in row if not is_empty_cell(c)]
        if not filled:
            continue
        # "1. Dylan is home safe every night |  |  |": a banner the export left unmerged
        banner = len(row) >= 3 and len(filled) == 1 and (not is_empty_cell(row[0]) and (
            child_state(_BANNER_NUMBER.sub("", _banner_check(row[0])[0]), analyse)
            # ("IN THE NEXT FOUR WEEKS – all by 16/12/2025 |  |  |": a time row the export left unmerged)
            or _time_banner(row[0], analyse)
            # ("Stage 1 - the first six weeks at home, until the baby is six weeks old |  |  |")
            or _STAGE.match(row[0]) and analyse.has_time(row[0])
            or _OWNER_BANNER.match(row[0])  # ("Responsible agency: ... |  |  |", unmerged)
            or row[0].strip().isupper() and len(row[0].split()) >= _BANNER_WORDS)
            # ("| **OUTCOME 1 - Kofi is never hit at home** |  |  |" under "# | What needs to happen | ...",
            # "**Nan (Brenda) will:** |  |  |", "Also agreed at conference: |  |": a pipe table's bold
            # rows, each a label over the rows under it, in whichever cell the writer typed it)
            or LABELLED_OUTCOME.match(filled[0]) or _LABEL_ROW.match(filled[0]))
        if not banner and len(filled) == 2 and len(row) >= 2 and _ROW_CODE.fullmatch(row[0].strip()) and \
                not is_empty_cell(row[1]) and all(is_empty_cell(c) for c in row[2:]) and \
                _GLOSS.sub("", row[1]).strip().isupper():
            # "A | ANTENATAL (now → birth) |  |  |", "W | WARD 12 (birth → d/c)": a stage's letter in the
            # number column and its name in capitals, the rest empty: a banner over the rows it numbers
            filled, banner = [row[1]], True
        if len(roles) > 1 and (len(row) == 1 or len(row) > 1 and len({c.strip() for c in row}) == 1 or banner):
            if "owner" not in _present(roles) and (named := _OWNER_BANNER.match(filled[0])):
                # "Responsible agency: Umbrook Health Visiting Team" across the table: whose rows
                # follow, unless a row names its own doer ("Nan (Carol) to take Lily-Rose ...")
                group_owner, banner_owner = "", named.group("who").strip()
                continue
            if banner and _LABEL_ROW.match(filled[0]):
                # "Nan (Brenda McAllister) will:" over her rows; "Also agreed at conference:" over
                # rows of no one's in particular
                led = lead_in(filled[0])
                group_owner, banner_owner = "", led.group("who").strip() if led else ""
                continue
            if who := heading_owner(filled[0]):
                # "WHAT MUM (LUCY) WILL DO" across the table: whose rows follow, as over bullets
                group_owner, banner_owner = "", who
                continue
            if "owner" not in _present(roles) and names_owner_only(filled[0], analyse):
                # "Social worker – Jo Bell" across the table: whose rows follow
                group_owner, banner_owner = filled[0], ""
                continue
            if not _STAGE.match(filled[0]) and _time_banner(filled[0], analyse):
                # "IN THE NEXT FOUR WEEKS – all by Tuesday 16/12/2025" across the table: when the rows
                # under it happen (a time, not an outcome)
                group_time = filled[0]
                continue
            if keyed := _keyed_checks(filled[0], columns):
                # "How we will know – 1.1: the SW's photographs ... 1.2: the back bedroom is clear ...":
                # a row at the table's foot giving each action above its check, by number
                for action in actions:
                    ref = action.text.split(" | ", 1)[0].strip().rstrip(".")
                    if ref in keyed and is_empty_cell(action.fields.get("measure", "")):
                        action.fields["measure"] = keyed[ref]
                continue
            # A row merged across the table: a group label such as "Outcome 1: ..."
            group_outcome, group_check = _banner_check(filled[0])
            outcomes.setdefault(group_outcome, Outcome(group_outcome, loc, section))
            # "Stage 2 – from 36 weeks until the baby is born" across a table with no When
            # column: when the rows under it happen
            group_time = filled[0] if _STAGE.match(filled[0]) and analyse.has_time(filled[0]) else ""
            continue
        if [c.strip().lower() for c in row] == [c.strip().lower() for c in rows[0]] and start == 1:
            continue  # header repeated on a new page
        if actions and after == i - 1 and (detail := _detail_row(row, rows[i - 1], columns)):
            # "How we'll know: the assessment letter reaches Joanne by 24/03/2026" merged across the
            # row under an action (its worry cell merged down beside both): that action's field
            role, value, own = detail
            held = actions[-1].fields.get(role, "")
            actions[-1].fields[role] = value if is_empty_cell(held) else f"{held}\n{value}"
            actions[-1].text += " | " + " ".join(own)
            after = i
            continue
        said = [_said(c) for c in row]  # (what each cell's ticked boxes say, read once for the row)
        if any(_CLOSED.match(c) for c in said[1:]) and not _on_track(row, said, roles):
            continue  # "Completed: order made, copy on file", "No longer needed": work the plan has closed
        if start and _done_ticked(rows[0], said) and not any(
                r and "timescale" in r and _RECURRING.search(c) for r, c in zip(roles, said)):
            continue  # "Done? | [X] Yes [ ] No" beside a one-off: closed
        if any(BORN.search(c) for c in row) and not any(find_commitment(c) for c in row):
            continue  # "Leah Farrah, born 02/11/2007 (17) | Imran Farrah (dad), ...": who, not work
        fields: dict[str, str] = {}
        for column_roles, cell, dated in zip(roles, row, header_dates):
            parts = detail_fields(cell, columns, analyse) if not whose and column_roles in _DETAIL_ROLES else None
            for role, value in parts or cell_fields(column_roles, cell, analyse):
                if role == "timescale" and dated and not is_empty_cell(value) and not analyse.has_time(value) and \
                        not any(m.label == "VAGUE_TIMESCALES" for m in analyse.mentions(value)):
                    value = f"{dated}: {value}"  # "By 30 September 2025" over "Plan written and signed"
                if role == "measure" and _STATUS_ONLY.match(value) and not is_empty_cell(value):
                    continue  # "Amber" says how it is going, not how we will know ("N/A": no way to)
                if role == "comment" and _REFERENCE.match(value):
                    continue  # "2", "D1": the row's number, said of nothing
                if role in fields and is_empty_cell(value):
                    continue  # ("Lead | Support from" over "- | -": no owner, not "-\n-")
                fields[role] = value.strip() if role not in fields or is_empty_cell(fields[role]) \
                    else (fields[role] + "\n" + value).strip()
        if "outcome" not in fields and group_outcome:
            fields["outcome"] = group_outcome
        if "owner" not in fields and group_owner:
            fields["owner"] = group_owner
        elif "owner" not in fields and banner_owner and find_commitment(fields.get("action", "")) is None:
            fields["owner"] = banner_owner
        if dated_leads and is_empty_cell(fields.get("timescale", "")) and (
                held := [h for j, h in dated_leads.items() if j < len(row) and not is_empty_cell(row[j])]):
            fields["timescale"] = "; ".join(held)
        if ticked_times and all(_TICK.match(v) for v in fields.get("timescale", "").split("\n") if v.strip()) and (
                marked := [h for j, h in ticked_times.items() if j < len(row) and _TICK.match(row[j])]):
            fields["timescale"] = "; ".join(marked)  # the ticked column's time, not its "X"
        if weeks and is_empty_cell(fields.get("timescale", "")) and (ticked := [w for j, w in weeks.items()
                                                                         if j < len(row) and _TICK.match(row[j])]):
            # "No. | What will happen | Lead | 20/10 | 27/10 | 03/11" with a tick under each week the
            # row's work happens in: the ticks are its timescale
            fields["timescale"] = _in_weeks(ticked)
        elif weeks and is_empty_cell(fields.get("timescale", "")) and (said := list(dict.fromkeys(
                row[j].strip() for j in weeks if j < len(row) and not is_empty_cell(row[j])))):
            # ("as needed" written under every week instead of a tick: the row's own time)
            fields["timescale"] = "; ".join(said)
        if "timescale" not in fields and (group_time or header_time or title_time) and "timescale" not in _present(roles) \
                and not _own_vague_time(row, group_time, title_time, analyse):
            fields["timescale"] = group_time or header_time or title_time
        if fields.get("outcome") and not is_empty_cell(fields["outcome"]) and re.search("[A-Za-z]", fields["outcome"]):
            # "1, 2" refers to numbered outcomes stated elsewhere; only words are an outcome.
            outcomes.setdefault(fields["outcome"], Outcome(fields["outcome"], loc, outcome_kind, for_child=for_child))
        work = [fields.get(r, "") for r in ("action", "owner", "timescale", "measure")]
        if all(is_empty_cell(w) for w in work):
            continue  # an outcome with no actions under it
        actions.append(Action(" | ".join(c.strip() for c in row), loc, "table", section, fields,
                              certainty="medium" if evidence == "content" else "high", check=group_check))
        after = i
    if section == "child_voice" and actions and \
            2 * sum(_childs_words(a.fields.get("action", ""), analyse) for a in actions) >= len(actions):
        # "Leon (11) | "I just want it to stop." | Gemma (SW), at school, 26/11": under the
        # child's-voice heading, a row of what the child said is no work, whoever heard it when
        return [], list(outcomes.values()), None
    reading = TableReading(block.location, roles, evidence, len(actions),
                           records=_records(roles, rows[0] if start else [], rows[start:]))
    return actions, list(outcomes.values()), reading


def _detail_row(row: list[str], above: list[str], columns: dict) -> tuple[str, str, list[str]] | None:
    """The field a row under an action gives it, its value and the row's own cells: one cell of
    its own (merged across the rest) opening with a field's label ("How we'll know: ...",
    "Evidence of change: ..."), or a label in a cell ("How we'll know", or any label with its
    colon) and the value beside it, in a row narrower than the one above. None for a row of
    more work. A row's own cells are those after the cells it repeats from the row above (a
    cell merged down the rows repeats its text in each)."""
    k = 0
    while k < len(row) and k < len(above) and row[k].strip() == above[k].strip():
        k += 1
    own = [c.strip() for c in row[k:] if not is_empty_cell(c)]
    if len(own) == 1 and (m := _CELL_LABEL.match(own[0])) and \
            (role := header_role(m.group("label"), columns)) in _DETAIL_FIELDS:
        value = own[0][m.end():].strip()
    elif len(own) == 2 and (len(row) < len(above) or own[0].endswith(":")) and \
            _LABEL_CELL.fullmatch(own[0]) and (role := header_role(own[0].rstrip(":"), columns)) in _DETAIL_FIELDS:
        value = own[1]
    else:
        return None
    return (role, value, own) if value else None


_DETAIL_FIELDS = frozenset({"measure", "timescale", "owner"})
# ("How we'll know", "Evidence of change:": a few words and no figure, "Sheryl every Thurs 6-8pm" none)
_LABEL_CELL = lazy_re.compile(r"[^\d\n]{1,60}")


def _own_vague_time(row: list[str], group_time: str, title_time: str, analyse) -> bool:
    """Whether a row's own vague time stands instead of its banner's or title's: "when she feels
    ready" under "Stage 3 - until the baby is six weeks old" (a condition on part of the work,
    "refer her if she needs it", is no time of the row's under a banner)."""
    if not (group_time or title_time):
        return False
    vague = [m for m in analyse.mentions(" ".join(row)) if m.label == "VAGUE_TIMESCALES"]
    return bool(vague) and (not group_time or any(not _CONDITION.match(m.text) for m in vague))


_CONDITION = lazy_re.compile(r"(?i)^\W*(?:if|unless)\b")


def _week_columns(header: list[str], body: list[list[str]]) -> dict[int, str]:
    """A week grid's columns ("20/10", "w/c 3 Nov", "Week 2", "W10"), by index, each named by its
    week: at least three of them, with nothing but ticks or crosses in their cells."""
    weeks = {j: m.group(0).strip() for j, cell in enumerate(header) if (m := _WEEK_HEADER.fullmatch(cell.strip()))}
    # (a row may write a few words under the weeks instead of ticks, "as needed", but more rows
    # are ticked than worded)
    weeks = {j: w for j, w in weeks.items()
             if all(j >= len(r) or is_empty_cell(r[j]) or _TICK.match(r[j]) or
                    len(r[j].split()) <= _WEEK_CELL_WORDS for r in body)}
    ticked = sum(any(j < len(r) and _TICK.match(r[j]) for j in weeks) for r in body)
    worded = sum(any(j < len(r) and r[j].strip() and not _TICK.match(r[j]) for j in weeks) for r in body)
    return weeks if len(weeks) >= _GRID_WEEKS and ticked > worded else {}


_WEEK_CELL_WORDS = 3


def _in_weeks(ticked: list[str]) -> str:
    """"in the weeks beginning 20/10, 03/11", "in week 1, week 2": the weeks a row is ticked in,
    as a time a reader of the row's fields knows."""
    if all(_WEEK_NUMBER.fullmatch(w) for w in ticked):
        return "in " + ", ".join("week " + _WEEK_NUMBER.fullmatch(w).group(1) for w in ticked)
    if all(_MONTH.fullmatch(w) for w in ticked):
        return "in " + ", ".join(ticked)
    if all(_ONE_WEEK.fullmatch(w) for w in ticked):
        return "in the weeks beginning " + ", ".join(_WEEK_PREFIX.sub("", w) for w in ticked)
    return "in " + ", ".join(ticked)  # "in Weeks 3-6 (03/02 to 02/03/2026)": spans, said as headed


_GRID_WEEKS = 3
# "14/11", "14.11.2025": a day and a month in figures
DAY_MONTH = r"\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b"
_DATED = lazy_re.compile(DAY_MONTH)
_WEEK_NUMBER = lazy_re.compile(r"(?i)(?:week|wk|w)\.?\s*(\d{1,2})")
_WEEK_PREFIX = lazy_re.compile(r"(?i)^(?:w/?c|week\s+(?:beginning|commencing)|wb)\.?\s*")
# ("Nov", "December 2025": a month grid's columns)
# (a month's full name or a short form, not any word its letters open: "Marcus", "Janet")
_MONTHS = f"(?:{loader.alternation('months')}|{loader.alternation('month_abbreviations')})"
_MONTH = lazy_re.compile(rf"(?i){_MONTHS}\.?(?:\s+\d{{4}})?")
_DAY = r"(?:\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)"
_ONE_WEEK = lazy_re.compile(rf"(?i)(?:(?:w/?c|wb|week\s+(?:beginning|commencing))\.?\s*)?{_DAY}")
_SPAN = r"\s*(?:-|–|—|to|and|&)\s*"
# (or a span of them, "Weeks 1-2 (20/01 to 02/02/2026)", "Month 2", "Jan–Mar")
_WEEK_HEADER = lazy_re.compile(
    rf"(?i)(?:(?:(?:w/?c|wb|week\s+(?:beginning|commencing))\.?\s*)?{_DAY}(?:{_SPAN}{_DAY})?|"
    rf"(?:weeks?|wks?|w|months?)\.?\s*\d{{1,2}}(?:{_SPAN}\d{{1,2}})?|"
    rf"{_MONTHS}\.?(?:{_SPAN}{_MONTHS}\.?)?(?:\s+\d{{4}})?)(?:\s*\([^()]{{1,40}}\))?")
# ("✓", "✔", "X", "x", "●", "Yes"): a mark that the row's work happens that week
_TICK = lazy_re.compile(r"(?i)^\s*(?:[✓✔√☑●•*xX]|yes|y)\s*$")


def _time_banner(text: str, analyse) -> bool:
    """"IN THE NEXT FOUR WEEKS – all by 16/12/2025", "EVERY WEEK UNTIL THE REVIEW": a row that says
    when the rows under it happen."""
    return bool(_TIME_BANNER.match(text)) and analyse.has_time(text)


_BANNER_WORDS = 3  # ("OTHER THINGS AGREED AT CONFERENCE |  |  |": a group's label in capitals)
_ROW_CODE = lazy_re.compile(r"[A-Z]{1,3}\d{0,2}|\d{1,2}")  # "A", "W", "F2", "12": a row's number or a stage's letter
_GLOSS = lazy_re.compile(r"\([^()]*\)")
# ("A. Every school day, from Monday 26/01/2026 ...": a group's letter before when; "D. Once, by
# Friday 27/02/2026": one-off work due by then; "Straight away: each of these by Friday 13/02/2026")
_TIME_BANNER = lazy_re.compile(r"(?i)^\W*(?:[A-Z]\d{0,2}[.):]\s+)?(?:in\s+the\s+(?:next|first)|by|before|within|every|each|until|from|during|"
                               r"once,?\s+(?:by|before|within)|straight\s+away|right\s+away|immediately|at\s+once|this\s+week|"
                               r"weekly|fortnightly|monthly|daily|now\s+(?:until|to))\b")
# (a deadline or a frequency said of the whole table, not only a date in its title)
_TITLE_TIME = lazy_re.compile(r"(?i)\b(?:by|before|within|until|no\s+later\s+than|every|each|weekly|fortnightly|monthly|daily|from)\b")


def _keyed_checks(banner: str, columns: dict) -> dict[str, str]:
    """{"1.1": "the SW's photographs ...", "1.2": ...} from "How we will know – 1.1: the SW's
    photographs ... 1.2: ...": a measure's label, then two or more checks each after its action's
    number; {} for any other row."""
    label = _KEYED_LABEL.match(banner)
    if not label or header_role(label.group(1), columns) != "measure":
        return {}
    rest = banner[label.end():]
    keys = list(_KEY_REF.finditer(rest))
    if len(keys) < _FEWEST_KEYED or keys[0].start() != 0:
        return {}
    ends = [k.start() for k in keys[1:]] + [len(rest)]
    return {k.group(1) or k.group(2): rest[k.end():end].strip() for k, end in zip(keys, ends)}


# ("How we'll know (A1 to A3): A1 - ...": the rows it answers in brackets after the label)
_KEYED_LABEL = lazy_re.compile(r"^\W*([^\W\d_][\w '’]{2,40}?)(?:\s*\([^()]{1,30}\))?\s*[:–—-]\s+")
# "1.1: ", "A2 - " at the start or after a sentence's end; "For 1.1, the school register ...",
# each check led by "For" and its action's number
_KEY_REF = lazy_re.compile(r"(?:^|(?<=[.;])\s+)(?:((?:[A-Z]{1,3})?\d{1,2}(?:\.\d{1,2})?)\s*[:–—-]|"
                           r"(?i:for)\s+((?:[A-Z]{1,3})?\d{1,2}(?:\.\d{1,2})?)\s*[,:–—-])\s+")
_FEWEST_KEYED = 2


def _banner_check(banner: str) -> tuple[str, str]:
    """"Goal 1: Jayden is cared for by a sober adult. How we will check: Nicole's tests are
    negative ...": the goal, and how the rows under it are checked."""
    if m := _CHECK_LABEL.search(banner):
        return banner[:m.start()].strip(), banner[m.end():].strip()
    return banner, ""


_CHECK_LABEL = lazy_re.compile(r"(?<=[.;])\s+(?:how\s+we(?:\s+will|['’]ll)\s+(?:check|know)(?:\s+it['’]?s\s+working)?|"
                               r"we(?:\s+will|['’]ll)\s+know\s+(?:this|it)\s+is\s+working\s+when|checked\s+by|"
                               r"success\s+looks\s+like)\s*:?\s*", re.I)


def _childs_words(cell: str, analyse) -> bool:
    return bool(_QUOTED.search(cell)) or analyse.voice_of_child(cell)


_QUOTED = lazy_re.compile(r"[\"“][^\"“”]{3,}[\"”]")


def _row_location(locs: list, i: int, table: Location) -> Location:
    """Where row i came from, as the reader placed it, or its number in the table."""
    return locs[i] if i < len(locs) else Location(table=table.table, row=i + 1)


def _answer_grid(rows: list[list[str]]) -> bool:
    """"Decision | Carers can decide | SW decides | Mum to be asked" over "Haircuts | Yes | No |
    Yes – she has asked to be asked": each row answered yes or no down the columns after the
    first, a grid of who may decide or what applies, not work."""
    body = [c for row in rows[1:] for c in row[1:]]
    # (a week grid's ticks say when work happens: "Visit Leo | Jo (SW) | ✓ | ✓ | ✓")
    return len(rows) >= 3 and min(map(len, rows)) >= 3 and \
        _share([c for c in body if not is_empty_cell(c)], _ANSWER.match) >= _ANSWER_SHARE and \
        not _week_columns(rows[0], rows[1:])


# ("Yes – she has asked to be asked", "✓", "—"; not "No one ...", "No longer ...")
_ANSWER = lazy_re.compile(r"^\W*(?:yes|no|y|n|n/?a|x)\b(?!\s+(?:one|longer|more)\b)|^\W*$", re.I)
_ANSWER_SHARE = 0.6


def _column_outcomes(rows: list[list[str]], locs: list, roles: list[str | None], where: Location,
                     section: str) -> list[Outcome]:
    """The cells under a header read as the outcome, one Outcome each (not a "Worry" or
    "Why" column, which says what is wrong or why a score was given)."""
    if "outcome" not in roles or _PROBLEM_HEADER.search(rows[0][i := roles.index("outcome")]):
        return []
    return [Outcome(row[i].strip(), _row_location(locs, k, where), section)
            for k, row in enumerate(rows[1:], 1) if i < len(row) and len(row[i].split()) >= _OUTCOME_WORDS]


_OUTCOME_WORDS = 3  # ("Safe", "Home": a cell of a word or two names a topic)


def _records(roles: list[str | None], header: list[str], rows: list[list[str]]) -> bool:
    """"ICPC action | Status | What happened" with "Completed", "Carried forward", "Partly met":
    each row says how far earlier work got, in a column beside the work itself; "Decision |
    Reason": each row says what a meeting decided and why."""
    if any(_REASON_HEADER.match(c) for c in header) or \
            any(_HISTORY_HEADER.search(c) for c in header) and not _present(roles) & {"owner", "timescale"}:
        return True  # ("The CIN plan asked | What happened by the end of May": how it went)
    for i, role in enumerate(roles):
        cells = [r[i] for r in rows if i < len(r) and not is_empty_cell(r[i])]
        if role != "action" and len(cells) >= 2 and _share(cells, _STATUS_ONLY.match) >= 0.5 and \
                _share(cells, _PROGRESS_WORD.search) >= 0.5:
            return True
    return False


_ENGLISH_WORDS = loader.vocabulary()["languages_english"]
_ENGLISH = lazy_re.compile(rf"^\W*(?:{loader.alternation_of(_ENGLISH_WORDS)})\W*$", re.I)
_LANGUAGE = lazy_re.compile(
    rf"^\W*(?:{loader.alternation_of((*_ENGLISH_WORDS, *loader.vocabulary()['languages_other']))})\W*$", re.I)


def _scores(rows: list[list[str]]) -> bool:
    """A column headed as a score or rating ("Area score now", "Rating (1-5)") whose every cell is a
    bare number ("4", "3/5"): each row rates something, as an assessment's tool does; the target
    beside it ("Target by review" over "2") is a score to reach, not a date."""
    body = rows[1:]
    return len(body) >= 2 and any(
        _SCORE_HEADER.search(name) and all(j < len(r) and _SCORE.match(r[j]) for r in body)
        for j, name in enumerate(rows[0]))


_SCORE_HEADER = lazy_re.compile(r"\b(?:scores?|scored|scoring|ratings?|rated)\b", re.I)
_SCORE = lazy_re.compile(r"^\W*\d{1,2}(?:\s*(?:/|out of)\s*\d{1,2})?\W*$", re.I)
_REFERENCE = lazy_re.compile(r"^\W*(?:[A-Z]{1,2}\s?)?\d{1,3}(?:\.\d{1,3})?[a-z]?\W*$")
_HISTORY_HEADER = lazy_re.compile(r"\bwhat (?:has )?happened\b|\bdone so far\b|\bwhat (?:was|has been|we) (?:done|tried)\b", re.I)
_REASON_HEADER = lazy_re.compile(r"^\W*(?:reasons?|rationale|why)\b", re.I)
# (a status a review gives earlier work, not the "Red" or "Yes" of a live plan's RAG column)
_PROGRESS_WORD = lazy_re.compile(r"\b(?:started|progress|completed?|done|carried|c/?f|met|achieved|closed|on hold|cancelled)\b",
                            re.I)


def _work_among_measures(roles: list[str | None], rows: list[list[str]], analyse) -> list[str | None]:
    """"Safety measure – lead officer, and when | How it is checked": with two measure
    columns and no action column, the one whose cells do not read as checks ("Fit a
    door chain ... – PC Birch, by 20/06") holds the work."""
    measured = [i for i, r in enumerate(roles) if r and "measure" in r.split("+")]
    if "action" in _present(roles) or len(measured) < 2:
        return roles
    columns = _column_cells(rows, len(roles))
    share = {i: _checks(columns[i], analyse) if columns[i] else 1.0 for i in measured}
    work = min(measured, key=lambda i: share[i])
    if share[work] >= 0.5 or max(share.values()) < 0.5:
        return roles
    return [("+".join("action" if p == "measure" else p for p in r.split("+")) if i == work else r)
            for i, r in enumerate(roles)]


def _owner_besides_time(cell: str, analyse) -> bool:
    who = split_owner_time(cell, analyse)[0] if analyse.has_time(cell) else cell
    # "Yes – every 2 weeks", "Completed" under "Carry forward?": a status, not a name; "Every time I
    # feel like hurting myself", "The same day I notice": what is left of a time is a clause or a
    # stray word, no one's name
    return bool(who) and not _STATUS_ONLY.match(who) and not _LEFT_OF_A_TIME.match(who) and analyse.names_owner(who)


_LEFT_OF_A_TIME = lazy_re.compile(r"(?i)^\W*(?:(?:the|a|an|this|that|each|every|same)\W*$|(?:I|we|you|he|she|they|it)\s+[a-z])")


_BANNER_OWNER_WORDS = 8


def names_owner_only(text: str, analyse, words: int = _BANNER_OWNER_WORDS, labelled: bool = True) -> bool:
    """A short banner or heading that is only a person, role or service ("Health visitor – Amy
    Cole"), in words or fewer; labelled=False: or a name the plan gives someone ("Stuart")."""
    if len(text.split()) > words or analyse.has_time(text):
        return False
    status, labels = analyse.owner_verdict(text, cell=False)
    return status == "ok" and (bool(labels & CONCRETE_OWNER) or not labelled) and find_commitment(text) is None


# "Nan (Brenda McAllister) will:", "Also agreed at conference:": a short line ending on its colon
_LABEL_ROW = lazy_re.compile(r"^[^:]{2,100}:\s*$")
_OWNER_BANNER = lazy_re.compile(r"(?i)^\W*(?:responsible(?:\s+(?:agency|service|person|people))?|lead(?:\s+(?:agency|service|"
                                r"professional))?|owner|agency)\s*[:–—-]\s*(?P<who>\S.{0,150})$")
_STAMP = lazy_re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\b")
_CAPTION = lazy_re.compile(r"\[[^\[\]]*\]")  # "[Photo: Dad in his football shirt]"
# What is wrong, or only which part of the child's life a row is about ("Area"): no hoped-for change.
_PROBLEM_HEADER = lazy_re.compile(r"\b(?:worr\w*|concerns?|why|reasons?|problems?|risks?|areas?|focus|themes?|topics?|domains?)\b",
                             re.I)


_FIRST_PERSON_HEADER = lazy_re.compile(r"\b(?:me|my|I)\b")


def _outcome_header(header: list[str], roles: list[str | None]) -> str:
    return next((h for h, r in zip(header, roles) if r and "outcome" in r.split("+")), "")


def cell_fields(column_roles: str | None, cell: str, analyse) -> list[tuple[str, str]]:
    """The fields one cell gives: one per role, an owner-and-date cell split in two."""
    if not column_roles:
        return []
    roles = column_roles.split("+")
    if {"owner", "timescale"} <= set(roles) <= {"owner", "timescale", "comment"}:
        # ("Update (who and when)": the update's own words stay its comment)
        owner, time = split_owner_time(cell, analyse)
        return [("owner", owner), ("timescale", time)] + ([("comment", cell)] if "comment" in roles else [])
    if "owner" in roles and len(roles) >= 3 and (c := find_commitment(cell)) and not c.passive:
        # "Who, when and how we'll know": a sentence whose subject is the owner, not every
        # service it mentions ("Leanne will ring the CMHT crisis line ...")
        return [(role, c.subject if role == "owner" else cell) for role in roles]
    if {"action", "owner"} <= set(roles) and "timescale" not in roles:
        # "What we will do — and who": the work, then after a dash whoever does it; with no one
        # after a dash, the work's own words say who ("Counselling ... to be arranged": nobody)
        work, who = _work_then_doer(cell, analyse)
        return [("action", work) if role == "action" else ("owner", who) if role == "owner" else (role, cell)
                for role in roles if role != "owner" or who]
    if "action" in roles and "outcome" in roles and (parted := _SO_THAT.split(cell, maxsplit=1))[1:]:
        # "What will be done, so that...": the work, then what it is for, or (when it
        # reads as a check: "so that the visit notes show ...") how we will know
        after = parted[1].strip()
        purpose = "measure" if _measure_like(after, analyse) else "outcome"
        return [(purpose, after) if role == "outcome" else (role, cell) for role in roles]
    return [(role, cell) for role in roles]


_SO_THAT = lazy_re.compile(r",?\s+so\s+that\s+", re.I)


def detail_fields(cell: str, columns: dict, analyse) -> list[tuple[str, str]] | None:
    """An "Action | Detail" table's second cell, in a table with no owner column, saying who
    does the work: with labels ("Who: Beth Carney, midwife When: by 32 weeks Evidence: the
    alert seen"), or who and when in prose before a check on a line of its own or labelled
    ("Lorna Peck, contact supervisor, every other Saturday. Shown by: a record of each
    session"). None when it names no one, so the cell is read as its column says."""
    marks = [(m.start(), m.end(), role) for m in _CELL_LABEL.finditer(cell)
             if (role := header_role(m.group("label"), columns)) in _CELL_LABEL_ROLES]
    marks += [(m.start(), m.start(), "measure") for m in _KNOWING.finditer(cell)]
    # "Rachel Obi, SW, by 27 March 2026.\nTo be discussed at the next core group.": each line its own part
    starts = {s for s, _, _ in marks}
    marks += [(m.end(), m.end(), None) for m in _NEXT_LINE.finditer(cell) if m.end() not in starts]
    if not marks:
        return None
    marks.sort()
    fields: dict[str, str] = {}
    for (_, end, role), after in zip(marks, [*(s for s, _, _ in marks[1:]), len(cell)]):
        if not (value := cell[end:after].strip(" .;,\n")):
            continue
        if role is None:
            # a line with no label: when, if nothing has said when and it reads as no check; else the check
            role = "timescale" if "timescale" not in fields and analyse.has_time(value) and \
                not _measure_like(value, analyse) else "measure"
        for part, text in zip(role.split("+"), split_owner_time(value, analyse) if "+" in role else (value,)):
            text = text.strip(" .;,\n")
            fields[part] = f"{fields[part]} {text}" if part == "measure" and part in fields else fields.get(part, text)
    if lead := cell[:marks[0][0]].strip(" .;,\n"):
        if "owner" in fields:
            return None  # work before the labels: the cell is not only who, when and how
        owner, time = split_owner_time(lead, analyse)
        if len(owner.split()) > _CELL_OWNER_WORDS or find_commitment(owner) or not analyse.names_owner(owner):
            return None
        fields["owner"] = owner.strip(" .;,")
        if time:
            fields.setdefault("timescale", time.strip(" .;,"))
        if "timescale" not in fields and not _NAMED_LEAD.match(owner):
            # who with no when is a name and then a role ("Sasha Bell, key worker, ..."), not a
            # check that opens with a role ("SW visit notes show ...")
            return None
    if not fields.get("owner"):
        return None
    return list(fields.items())


# A label in a cell, typed on the same line as the value before it ("... Health Service When: by 36
# weeks"): a capital, then up to four words in small letters ("Shown by", "How we'll know", "Who / when")
_CELL_LABEL = lazy_re.compile(r"(?:^|(?<=[\s.;,(]))(?P<label>[A-Z][a-z'’]*(?:(?:\s*/\s*|\s)[a-z'’]+){0,4})\s*:\s+")
# "... then reviewed with Agnieszka. We'll know it's working when ...": a sentence saying how we'll know
_KNOWING = lazy_re.compile(r"(?:^|(?<=[.;]\s))(?=(?:we|you)(?:['’]ll|\s+will)\s+(?:know|see)\b)", re.I)
_NAMED_LEAD = lazy_re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[,(–—-]")
_NEXT_LINE = lazy_re.compile(r"\n\s*(?=\S)")
_CELL_LABEL_ROLES = frozenset({"owner", "timescale", "measure", "owner+timescale", "comment"})
_CELL_OWNER_WORDS = 14
_DETAIL_ROLES = frozenset({"measure", "comment"})  # the columns that may be an action's detail


def _work_then_doer(cell: str, analyse) -> tuple[str, str]:
    """"Keep an eye on Leo at weekends — Dawn's family": the work, and who does it. With no one
    after a dash, the subject of the cell's sentence; else the cell is both, unless its work is
    passive with no agent ("Counselling for Ellie to be arranged": nobody, so "")."""
    parts = _DOER_DASH.split(cell.strip())
    who = parts[-1].strip() if len(parts) >= 2 else ""
    if not who or len(who.split()) > _DOER_WORDS or analyse.has_time(who) or find_commitment(who) or \
            analyse.owner_verdict(who, cell=True)[0] == "missing":
        c = find_commitment(cell)
        if c and not c.passive and c.subject:
            # ("The family will make sure Ken is never alone with the children": the sentence's
            # subject does it, not every name in the work)
            return cell, c.subject
        return cell, "" if c and c.passive and not c.agent else cell
    return cell[:cell.rstrip().rfind(who)].rstrip(" -–—"), who


_DOER_DASH = lazy_re.compile(r"\s+[—–-]{1,2}\s+")
_DOER_WORDS = 16
