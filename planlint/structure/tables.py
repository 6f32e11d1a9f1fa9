"""Action tables: map columns to roles and rows to Actions.

Columns are named by their header through rules/columns.toml. When a table
has no header we recognise, its columns are judged by what they hold: the
column whose cells are mostly timescales is the timescale, short cells that
name people are owners, the longest text is the action.
"""
from __future__ import annotations

import re

from ..model import Action, Block, Location, Outcome
from ..textutil import is_empty_cell, longest_phrase
from .sections import NO_INFERENCE

_STATUS_ONLY = re.compile(
    r"^\W*(red|amber|green|r|a|g|rag|not started|started|in progress|on track|off track|completed?|done|"
    r"new( action)?|no|yes|n/?a)\W*$",
    re.I,
)


def map_header(header: list[str], table: dict) -> list[str | None]:
    """The role of each column, or "outcome+measure" for a header like
    "Outcome (what will be different)": the words outside the brackets name
    the column, a gloss in brackets gives it a second role."""
    roles = [_role(cell, table) for cell in header]
    if "outcome" not in {r for role in roles if role for r in role.split("+")}:
        # With no outcome column, "Need" / "Area of concern" is the nearest thing to one.
        roles = [("outcome" if r == "need" else r) for r in roles]
    return [None if r == "need" else r for r in roles]


def _role(cell: str, table: dict) -> str | None:
    if len(cell.split()) > 12:
        return None
    gloss = re.search(r"\(([^)]*)\)", cell)
    main = longest_phrase(re.sub(r"\([^)]*\)", " ", cell), table)[0] if gloss else None
    if main is None:
        return longest_phrase(cell, table)[0]
    second = longest_phrase(gloss.group(1), table)[0]
    return f"{main}+{second}" if second and second not in (main, "need") else main


def is_action_header(roles: list[str | None]) -> bool:
    present = {r for role in roles if role for r in role.split("+")}
    return len(present) >= 2 and ("action" in present or {"owner", "timescale"} <= present)


def infer_columns(rows: list[list[str]], analyse) -> list[str | None] | None:
    """Content-based fallback for a table whose header names no roles."""
    width = max(len(r) for r in rows)
    if width < 3 or len(rows) < 2:
        return None
    columns = [[r[i] for r in rows if i < len(r) and not is_empty_cell(r[i])] for i in range(width)]
    time_share, owner_share, length = [], [], []
    for cells in columns:
        n = max(len(cells), 1)
        time_share.append(sum(analyse.has_time(c) for c in cells) / n)
        owner_share.append(sum(len(c.split()) <= 6 and analyse.names_owner(c) for c in cells) / n)
        length.append(sum(len(c) for c in cells) / n)
    roles: list[str | None] = [None] * width
    t = max(range(width), key=lambda i: time_share[i])
    o = max((i for i in range(width) if i != t), key=lambda i: owner_share[i])
    if time_share[t] < 0.5 or owner_share[o] < 0.5:
        return None
    if t >= len(rows[0]) or not analyse.has_time(rows[0][t]):
        return None  # the first row is a header we do not know: not an action table
    rest = [i for i in range(width) if i not in (t, o)]
    if not rest or max(length[i] for i in rest) < 15:
        return None  # no column long enough to describe work (a list of names and dates)
    roles[t], roles[o] = "timescale", "owner"
    if len(rest) > 1:
        # The column that mostly says how we will know ("Visit records", "Monitored").
        share = {i: sum(_measure_like(c, analyse) for c in columns[i]) / max(len(columns[i]), 1) for i in rest}
        m = max(rest, key=lambda i: (share[i], i))
        if share[m] >= 0.5:
            roles[m] = "measure"
            rest.remove(m)
    roles[max(rest, key=lambda i: length[i])] = "action"
    return roles


def _header_continues(row: list[str], roles: list[str | None], columns: dict) -> bool:
    filled = [(c.strip(), r) for c, r in zip(row, roles) if not is_empty_cell(c)]
    return bool(filled) and all(
        (c.startswith("(") and c.endswith(")")) or (r is not None and _role(c, columns) == r) for c, r in filled
    )


def _measure_like(cell: str, analyse) -> bool:
    return any(m.label in ("MEASURE_CUES", "MEASURE_PATTERN", "VAGUE_MEASURES") for m in analyse.mentions(cell))


def table_actions(block: Block, section: str, columns: dict, analyse) -> tuple[list[Action], list[Outcome]]:
    rows = block.table.rows if block.table else []
    if not rows:
        return [], []
    roles = map_header(rows[0], columns)
    start = 1
    if not is_action_header(roles) and is_action_header(map_header([r[0] for r in rows if r], columns)):
        # An action card: labels down the first column, one action per value column.
        rows = [list(col) for col in zip(*(r + [""] * (max(map(len, rows)) - len(r)) for r in rows))]
        roles = map_header(rows[0], columns)
        locs = [block.location] * len(rows)
    else:
        locs = block.table.row_locations
    if not is_action_header(roles):
        inferred = None if section in NO_INFERENCE else infer_columns(rows, analyse)
        if inferred is None:
            return [], []
        roles, start = inferred, 0
    if start == 1 and len(rows) > 1 and _header_continues(rows[1], roles, columns):
        start += 1  # a second header row: "(name and role)" under "Who"
    actions: list[Action] = []
    outcomes: dict[str, Outcome] = {}
    group_outcome = ""
    for i in range(start, len(rows)):
        row = rows[i]
        loc = locs[i] if i < len(locs) else Location(table=block.location.table, row=i + 1)
        filled = [c for c in row if not is_empty_cell(c)]
        if not filled:
            continue
        if len(roles) > 1 and (len(row) == 1 or len(row) > 1 and len({c.strip() for c in row}) == 1):
            # A row merged across the table: a group label such as "Outcome 1: ..."
            group_outcome = filled[0]
            outcomes.setdefault(group_outcome, Outcome(group_outcome, loc, section))
            continue
        if [c.strip().lower() for c in row] == [c.strip().lower() for c in rows[0]] and start == 1:
            continue  # header repeated on a new page
        fields: dict[str, str] = {}
        for column_roles, cell in zip(roles, row):
            for role in column_roles.split("+") if column_roles else ():
                if role == "measure" and _STATUS_ONLY.match(cell):
                    continue  # "Amber" says how it is going, not how we will know
                fields[role] = (fields[role] + "\n" + cell).strip() if role in fields else cell.strip()
        if "outcome" not in fields and group_outcome:
            fields["outcome"] = group_outcome
        if fields.get("outcome") and not is_empty_cell(fields["outcome"]) and re.search("[A-Za-z]", fields["outcome"]):
            # "1, 2" refers to numbered outcomes stated elsewhere; only words are an outcome.
            outcomes.setdefault(fields["outcome"], Outcome(fields["outcome"], loc, section))
        work = [fields.get(r, "") for r in ("action", "owner", "timescale", "measure")]
        if all(is_empty_cell(w) for w in work):
            continue  # an outcome with no actions under it
        actions.append(Action(" | ".join(c.strip() for c in row), loc, "table", section, fields))
    return actions, list(outcomes.values())
