"""A part of the plan that answers its numbered actions: "How we will know it is working" over
"Action 1: visit records show ...", "2. ...", or a table of "No. | What we will see" rows.

Each answer is its action's measure, matched by the number both carry. The answers are the
actions' measures, not more work: the units read from such a part are dropped.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import lazy_re, loader
from ..model import Action, Block, Location, Outcome, Section
from ..textutil import is_empty_cell, longest_phrase
from .actions import _OUTLINE_NUMBER, CODE_STEP, REF, REF_LIST
from .tables import _TICK, DAY_MONTH, _in_weeks, _keyed_checks, _week_columns, map_header


# Actions' references ("3", "A12", "T3", "CG2.2", "1.2": actions.REF) in a list or a span; a code
# is a reference no list would number so
_REFS = rf"{REF}(?:\s*(?:,|&|and|to|-|–)\s*{REF})*"
_LETTERED = r"[A-Z]{1,3}\d{1,2}"  # "A12", "T3", "R10": a code with its letters
_CODE = rf"(?:{_LETTERED}|\d{{1,2}}\.\d{{1,2}})"


def answered_measures(sections: list[Section], actions: list[Action], outcomes: list[Outcome],
                      columns: dict) -> tuple[list[Action], list[Outcome]]:
    """The actions and outcomes left once each part answering the numbered actions has lent
    them its answers as their measures."""
    for i, section in enumerate(sections):
        if section.kind not in _ANSWERING_KINDS and not (
                section.kind == "actions" and checks_heading(section, columns)):
            # ("Checks — how we will know each action is working" is read as more of the plan)
            continue
        answers = _answers(section.blocks, columns, checks_heading(section, columns))
        if section.kind == "outcomes" and not _says_numbers(section) and not _later_numbers(section, answers):
            # (an outcome part's own numbered list is its outcomes: only answers that name their
            # action, "(action 1)", "A3:", answer one there, unless it says its numbers are theirs)
            answers = [x for x in answers if x.explicit]
        if not answers:
            continue
        answered = {key for x in answers for key in _block_keys(x.block)}
        others = [a for a in actions if _unit_key(a.location) not in answered]
        refs = _action_refs(sections, others)
        # ("What good looks like" after the plan's work, its lines led by the work's own codes:
        # "1.1 – Signed competency sheets ...")
        coded = all(x.explicit for x in answers) and any(s.kind == "actions" for s in sections[:i])
        if not (_answers_heading(section, bool(refs), columns) or coded and refs):
            continue
        listed = [a for a in others if a.section == "actions" and a.source in ("list", "sentence")
                  and "measure" not in a.fields]
        if all(x.ordinal for x in answers) and len(answers) == len(listed):
            # A numbered list answering every listed action, in turn (the lists' own numbers, lost
            # to their markup, are no surer than their order)
            for action, answer in zip(listed, answers):
                action.fields["measure"] = answer.text
            continue
        if not refs:
            continue
        if sum(x.ordinal for x in answers) not in (0, len(refs)):
            # a list that skips one, its numbers lost to the list markup, is matched to nothing by guesswork
            answers = [x for x in answers if not x.ordinal]
        matched = [(refs[r], x) for x in answers for r in x.refs if r in refs]
        if len(matched) < _AT_LEAST or len({id(a) for a, _ in matched}) * 2 < len(answers):
            continue
        for action, answer in matched:
            if answer.group:
                action.check = action.check or answer.text
            elif is_empty_cell(action.fields.get("measure", "")) or _POINTS_ELSEWHERE.match(action.fields["measure"]):
                # ("Evidence: see SIGNS OF PROGRESS, task 02": the field says where its check is)
                action.fields["measure"] = answer.text
        actions = [a for a in actions if _unit_key(a.location) not in answered]
        outcomes = [o for o in outcomes if _unit_key(o.location) not in answered]
    return actions, outcomes


def keyed_part_checks(sections: list[Section], actions: list[Action], columns: dict) -> list[Action]:
    """"What the core group will see (for 1.1 to 1.4)" after a part's numbered work, over the
    paragraph that says it: the check of each action the bracket names (where it gives none of
    its own). The actions left: those read from the check's lines are none."""
    said: list[tuple[tuple[str, ...], str]] = []
    used: set[tuple] = set()
    for section in sections:
        lines = [(section.heading or "", None), *((b.text, b) for b in section.blocks)]
        for i, (text, block) in enumerate(lines):
            if block is not None and block.kind not in ("heading", "paragraph") or \
                    not (m := _HEADING_REFS.match(text)) or longest_phrase(m.group("label"), columns)[0] != "measure":
                continue
            own = text[m.end():].strip(" :–—-")
            keys = _refs(m.group("refs"))
            after, each = [], []
            for line, b in lines[i + 1:]:
                if (typed := _typed(line)) and b.kind == "list_item" and not own and \
                        set(found := _refs(typed.group("refs"))) <= set(keys):
                    # ("- 3.1: Mia's own score ... down from 9 to 4", "- 3.2: ..." under it: each its own)
                    each.append((found, line[typed.end():].strip()))
                elif b.kind != "paragraph" or own or each or CODE_STEP.match(line) or _PART_OPENS.match(line) or \
                        _HEADING_REFS.match(line):
                    break
                after.append(b)
            check = " ".join([own, *(b.text.strip() for b in after if b.kind == "paragraph")]).strip()
            said += each or ([(keys, check)] if check else [])
            if each or check:
                used |= {key for b in [*after, *([block] if block is not None else [])] for key in _block_keys(b)}
    if not said:
        return actions
    left = [a for a in actions if _unit_key(a.location) not in used]
    refs = _action_refs(sections, left)
    for keys, check in said:
        for ref in keys:
            if (action := refs.get(ref)) is not None and is_empty_cell(action.fields.get("measure", "")):
                action.check = action.check or check
    return left


def keyed_paragraph_checks(sections: list[Section], actions: list[Action], columns: dict) -> list[Action]:
    """"How we will know (Part 2): 2.1 - the school's registers ... 2.2 - Gemma signs ...", or "How
    we will know: For 1.1, the school register ... For 1.2, ...": a paragraph after a part's
    numbered work giving each action its check by number, as a table's foot row may. Each action
    it names takes that check where it says none of its own; the paragraph is no work, and where
    a reader ran it onto the line of the part's last action, it is cut from that action's work.
    The actions left."""
    said: list[tuple[dict[str, str], Action | None, int]] = []  # (the checks, the action they trail, where)
    used: set[tuple] = set()
    for section in sections:
        for block in section.blocks:
            if block.kind == "paragraph" and (keyed := _keyed_checks(block.text, columns) or
                                               _shared_check(block.text, columns)):
                said.append((keyed, None, 0))
                used |= _block_keys(block)
            elif block.kind == "table" and block.table and all(len(r) == 2 for r in block.table.rows) and \
                    (keyed := {k: v for r in block.table.rows for k, v in _shared_check(": ".join(r), columns).items()}):
                # ("We will know because | For steps 1.1 and 1.2: ..." as a box over the steps)
                said.append((keyed, None, 0))
                used |= _block_keys(block)
    for action in actions:
        if (tail := _keyed_tail(action.fields.get("action", ""), columns)) is not None:
            said.append((tail[1], action, tail[0]))
    if not said:
        return actions
    left = [a for a in actions if _unit_key(a.location) not in used]
    refs = _action_refs(sections, left)
    for keyed, trailed, at in said:
        named = [(refs[ref], check) for ref, check in keyed.items() if ref in refs]
        if len(named) < _AT_LEAST:
            continue  # (one number in common may be a coincidence)
        if trailed is not None:
            trailed.fields["action"] = trailed.fields["action"][:at].strip()
        for action, check in named:
            if is_empty_cell(action.fields.get("measure", "")):
                action.check = action.check or check
    return left


def _shared_check(text: str, columns: dict) -> dict[str, str]:
    """{"1.1": check, "1.2": check} from "We will know because: For steps 1.1 and 1.2: Shannon and Kian
    each tell Jo ...": a measure's label, then one check for the steps it names; {} otherwise."""
    label = _LABEL.match(text)
    if not label or longest_phrase(label.group("label"), columns)[0] != "measure":
        return {}
    if not (m := _FOR_STEPS.match(text, label.end())):
        return {}
    return dict.fromkeys(_refs(m.group("refs")), text[m.end():].strip())


_LABEL = lazy_re.compile(r"^\W*(?P<label>[^\W\d_][\w '’]{2,40}?)\W*\s*:\s+")
# "For steps 1.1 and 1.2: ", "For actions 3.1 to 3.3 – "
_FOR_STEPS = lazy_re.compile(rf"(?i:for)\s+(?:(?i:actions?|steps?|tasks?|items?)\s+)?(?P<refs>{_REFS})\s*[:,–—-]\s+")


def _keyed_tail(work: str, columns: dict) -> tuple[int, dict[str, str]] | None:
    """Where keyed checks start after an action's own sentences ("2.5 Sergeant Amos will tell the
    school ... by 9am the next morning. How we will know: For 2.1, ... For 2.5, ..."), and what they
    say, or None."""
    for m in _NEXT_SENTENCE.finditer(work):
        if keyed := _keyed_checks(work[m.end():], columns):
            return m.start(), keyed
    return None


_NEXT_SENTENCE = lazy_re.compile(r"(?<=[.;!?])\s+(?=[A-Z])")


# "What the core group will see (for 1.1 to 1.4)", "How we will know (for 2.3 and 2.4; 2.1 gives its
# own):": a check's label, then the numbers of the actions it checks in a bracket
_HEADING_REFS = lazy_re.compile(rf"^\W*(?P<label>[^\W\d_][^():.;]{{2,60}}?)\s*\(\s*(?i:for|covers?|checks?)\s+"
                                rf"(?:(?i:actions?|steps?|tasks?|items?)\s+)?(?P<refs>{_REFS})\s*(?:[;,][^()]*)?\)\s*:?")
# "Part 2. Callum and Sophie-Rose are cared for ...": the next part opens
_PART_OPENS = lazy_re.compile(r"(?i)^\W*(?:part|stage|phase|section|outcome|goal)\s+\w{1,3}\s*[.:–—-]")


_AT_LEAST = 2  # one number in common may be a coincidence of two lists
_POINTS_ELSEWHERE = lazy_re.compile(r"(?i)^\W*(?:see|refer\s+to|as\s+(?:in|per|set\s+out\s+in)|set\s+out\s+in|in)\s+"
                                    r"(?:the\s+)?(?:\S+\s+){0,5}?(?:below|above|section|part|table|list|appendix|progress|criteria|"
                                    r"success|evidence)\b")
# (not the worries, the background or the child's words, numbered as they may be)
_ANSWERING_KINDS = frozenset({"other", "outcomes", "review"})


def _answers_heading(section: Section, numbered_work: bool, columns: dict) -> bool:
    """"How we will know it is working", "Signs it is working", or, in a plan whose work is
    numbered, a heading that says its numbers are the actions' ("What good looks like (numbers
    match the grid)")."""
    return checks_heading(section, columns) or numbered_work and (
        _says_numbers(section) or bool(_LOOKS_LIKE.search(section.heading or "")))


# "What good looks like for the next steps", "What success will look like": in a plan whose work
# is numbered, a part keyed by those numbers says how each is known to be done
_LOOKS_LIKE = lazy_re.compile(r"(?i)\b(?:good|success)\s+(?:looks|will\s+look)\s+like\b")


def checks_heading(section: Section, columns: dict) -> bool:
    """"How we will know", "We will know this is working when:": a heading over checks."""
    return longest_phrase(_OUTLINE_NUMBER.sub("", section.heading or ""), columns)[0] == "measure"


def _later_numbers(section: Section, answers: list) -> bool:
    """"What good looks like for the next steps" over "10 – a written offer ...", "11 – ...":
    numbers typed from past the first, which no list of the part's own would start at."""
    return bool(_LOOKS_LIKE.search(section.heading or "")) and bool(answers) and \
        not any(x.ordinal for x in answers) and answers[0].refs[:1] != ("1",)


def _says_numbers(section: Section) -> bool:
    """"What good looks like (numbers match the grid)", or "(The numbers are the action numbers
    in the log above.)" under the heading."""
    first = next((b.text for b in section.blocks if b.kind == "paragraph"), "")
    return bool(_SAYS_NUMBERS.search(section.heading or "") or _SAYS_NUMBERS.search(first[:_NOTE_CHARS]))


_NOTE_CHARS = 120


# "(numbers match the grid)", "by action number", "under the same number"
_SAYS_NUMBERS = lazy_re.compile(r"(?i)\bnumbers?\s+(?:match|as|are\s+the|of\s+the\s+actions?)\b|"
                                r"\b(?:same|action|actions['’]?|by(?:\s+the)?)\s+numbers?\b")


@dataclass
class _Answer:
    refs: tuple[str, ...]  # the actions it answers: "3", "A12", "1.2"
    text: str
    block: Block
    explicit: bool  # it names them ("Action 3:", "A12", "(action 3)"), not only a place in a list
    ordinal: bool = False  # its number is only its place among a numbered list's items
    # said of a group of rows ("Outcome 3 (rows 3.1 to 3.3): ..."): each row's check where the
    # row says no measure of its own
    group: bool = False


def _answers(blocks: list[Block], columns: dict, checks: bool = False) -> list[_Answer]:
    """Each answer of a part. A numbered list's items with no number typed are numbered in turn.
    Under a heading that names the checks ("Appendix – success criteria"), a table keyed by
    reference answers though its header reads as an outcome ("Ref | What success looks like")."""
    answers = []
    ordinal = 0
    for block in blocks:
        rows = block.table.rows if block.kind == "table" and block.table else []
        if keyed := _refs_last(rows):
            rows = [[r[-1], *r[:-1]] for r in rows]  # its references first, as a "No." column gives them
        if rows and not (_work(rows, columns) if keyed else _work_or_outcomes(rows, columns, checks)) and \
                not _week_columns(rows[0], rows[1:]):
            # (a grid of marks by week says when each action happens, not how it is checked)
            for row in rows:
                if row and (m := _CELL_REFS.fullmatch(row[0].strip())):
                    text = " ".join(c.strip() for c in row[1:] if c.strip())
                    if text:
                        answers.append(_Answer(_refs(m.group(1)), text, block, True))
        elif block.kind in ("list_item", "paragraph"):
            if m := _typed(block.text):
                # (lines "1 - Dean's visit records ... 2 - Lacey's weights ..." a reader ran together)
                parts = _NEXT_ANSWER.split(block.text[m.end():])
                explicit = bool(m.group("word")) or not m.group("refs").strip().isdigit()
                answers.append(_Answer(_refs(m.group("refs")), parts[0].strip(), block, explicit))
                answers += [_Answer(_refs(parts[k]), parts[k + 1].strip(), block, explicit)
                            for k in range(1, len(parts) - 1, 2)]
            elif m := _ROWS_NAMED.match(block.text):
                # "Outcome 1 (rows 1.1 to 1.5): Amy's photographs ...": the checks of the rows it names
                answers.append(_Answer(_refs(m.group(1)), block.text[m.end():].strip(), block, True, group=True))
            elif m := _TRAILING_REFS.search(block.text):
                # "The GP's summary is on the children's file by 24/10/2025 (action 3)."
                answers.append(_Answer(_refs(m.group(1) or m.group(2)), block.text[:m.start()].strip(), block, True))
            elif block.kind == "list_item" and block.numbered:
                ordinal += 1
                answers.append(_Answer((str(ordinal),), block.text.strip(), block, False, ordinal=True))
            elif checks:
                # "Amy's visits (1) will be written up every week ... The house (3) will be
                # monitored at each visit.": prose under a checks heading naming each action's
                # check by its number in brackets, each sentence the check of those it names
                # ("For 8 and 9, visit records show ...": each sentence led by the numbers it checks)
                for sentence in _SENTENCE_END.split(block.text):
                    if led := _FOR_REFS.match(sentence):
                        answers.append(_Answer(_refs(led.group(1)), sentence[led.end():].strip(), block, True))
                    else:
                        answers += [_Answer(_refs(m.group(1)), sentence.strip(), block, True)
                                    for m in _INLINE_REF.finditer(sentence)]
    return answers


def _refs_last(rows: list[list[str]]) -> bool:
    """Whether a table's last column names the actions each row is for: "Measure | ... | Checks
    actions" over "... | 7, 9, 11" keys each check as a first "No." column would."""
    return len(rows) >= 2 and len(rows[0]) >= 2 and bool(_NAMES_ACTIONS.search(rows[0][-1])) and \
        all(_CELL_REFS.fullmatch(r[-1].strip()) for r in rows[1:] if r and r[-1].strip())


# "Checks actions", "For action no.", "Actions": a last column naming the actions each row is for
_NAMES_ACTIONS = lazy_re.compile(r"(?i)^\W*(?:(?:checks?|for|answers?)\s+)?(?:actions?|steps?|tasks?)(?:\s+(?:no\.?|numbers?|checked))?\W*$")
# "visits (1)", "Dr Osei's letter (5)": a number in brackets after a word in lower case (not
# "Jayden (11)", a name and an age)
_INLINE_REF = lazy_re.compile(rf"(?<![\w’'-])[a-z][\w’'-]*\s\(({_REFS})\)")
# ("For 1, ...", "For **step 6**, ...", "For actions 8 and 9: ...")
_ROWS_NAMED = lazy_re.compile(rf"^[^:()]{{0,40}}\(\s*(?i:rows?|actions?|steps?|tasks?|items?)\s+({_REFS})\s*\)\s*:\s*")
_FOR_REFS = lazy_re.compile(rf"^\W*(?i:for)\s+[*_]*(?:(?i:actions?|steps?|tasks?|items?)\s+)?({_REFS})[*_]*\s*[,:–—-]\s+")
_SENTENCE_END = lazy_re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


def repeated_codes(actions: list[Action]) -> list[Action]:
    """"A5  assess Kayleigh's drinking ..." and, after the part's work, "A5: Paul's written assessment
    is on file ...": a line led by the code of work already read is that work's check (a reader
    may run the checks' heading into the work above it). The actions left."""
    first: dict[str, Action] = {}
    kept = []
    for action in actions:
        # (a letter code, "A5", "CG2.3": plain numbers restart part by part)
        m = CODE_STEP.match(action.fields.get("action", action.text)) if action.source != "table" else None
        code = m.group(1) if m else ""
        if code in first:
            if is_empty_cell(first[code].fields.get("measure", "")):
                first[code].fields["measure"] = action.text[m.end():].strip()
            continue
        if code:
            first[code] = action
        kept.append(action)
    return kept


def _work(rows: list[list[str]], columns: dict) -> bool:
    """Whether a table keyed to the actions by its last column is no register of their checks:
    a column of what will be done, or none of how we will know ("WHEN | ACTIONS" is a timeline;
    a register's "Who reads it" and "by when" say how its checks are made)."""
    roles = [part for r in map_header(rows[0], columns)[1:] for part in (r or "").split("+")]
    return "action" in roles or "measure" not in roles


def _work_or_outcomes(rows: list[list[str]], columns: dict, checks: bool = False) -> bool:
    """"No. | What we want for Ella | How we will know": numbered outcomes with their checks (or
    numbered work with its own columns), not checks answering the work by number."""
    named = (map_header(rows[0], columns) if rows else [])[1:]
    roles = {part for r in named if r for part in r.split("+")}
    # ("Ref | What success looks like" under "Appendix – success criteria": one column, the checks)
    checks = checks and len(named) == 1
    if checks and "measure" in roles:
        return False  # ("Task ID | Evidence (what will be seen, counted or read)": a check, whatever else it reads as)
    # (a "Checked by" column beside the checks says who looks, not whose work the row is)
    return bool(roles & ({"action"} if checks else {"outcome", "action"})) or {"owner", "timescale"} <= roles


def outcome_checks(sections: list[Section], actions: list[Action], columns: dict) -> None:
    """"No. | What we want for Ella and Noah | How we will know" over the plan's work, each row
    of which says the outcome it is "For" ("1", "1 and 3"): that outcome's check is its measure."""
    if not any("measure" not in a.fields and _serves(a) for a in actions):
        return  # (most plans: no action names its outcome by number)
    checks: dict[str, str] = {}
    for section in sections:
        if section.kind == "outcomes":
            for ref, listed in outcome_evidence(section.blocks, columns):
                if ref:
                    checks.setdefault(ref, " ".join(b.text.strip() for b in listed[1:]))
            # "1. **You feel safe at home.** *We'll know because* the police tell Jo ...": a numbered
            # outcome with its own check, for the actions that say they are "(for 1)"
            numbered = [b for b in section.blocks if b.kind == "list_item" and b.numbered]
            for k, block in enumerate(numbered, start=1):
                if said := _KNOW_BECAUSE.search(block.text):
                    checks.setdefault(str(k), block.text[said.start():].strip())
        for block in section.blocks:
            rows = block.table.rows if block.kind == "table" and block.table else []
            roles = map_header(rows[0], columns) if rows else []
            if "outcome" not in roles or "measure" not in roles:
                continue
            at = roles.index("measure")
            for row in rows[1:]:
                if row and at < len(row) and (refs := _outcome_refs(row[0])) and not is_empty_cell(row[at]):
                    checks.update((r, row[at].strip()) for r in refs)
    if not checks:
        return
    for action in actions:
        # (a measure column left empty says the row has none, whatever its outcome's check)
        if "measure" not in action.fields and (refs := _serves(action)):
            said = [checks[r] for r in refs if r in checks]
            if said:
                action.fields["measure"] = " ".join(said)


def outcome_evidence(blocks: list[Block], columns: dict) -> list[tuple[str, list[Block]]]:
    """"O1  Tilly and Reuben are always cared for ..." / "Evidence we will look for:" / "- The SW's
    visit records show ...": each list of checks an outcome part gives under a lead-in naming
    them, with the reference of the outcome above it ("" when it has none), the lead-in first."""
    found, ref, i = [], "", 0
    while i < len(blocks):
        block = blocks[i]
        if (m := _OUTCOME_CODE.match(block.text)) and block.kind != "table":
            ref = m.group(1)
        if block.kind == "paragraph" and block.text.rstrip().endswith(":") and \
                longest_phrase(block.text, columns)[0] == "measure":
            j = i + 1
            while j < len(blocks) and blocks[j].kind == "list_item":
                j += 1
            if j > i + 1:
                found.append((ref, blocks[i:j]))
                i = j
                continue
        i += 1
    return found


# "O1: Tilly and Reuben ...", "Outcome 2 – ...": an outcome's reference opening its line
_OUTCOME_CODE = lazy_re.compile(r"^\W*(?:(?i:outcome|goal|aim)\s+)?([A-Z]{0,2}\d{1,2})\s*[:.)–—-]\s+")


def _serves(action: Action) -> tuple[str, ...]:
    """The outcomes an action says it serves: its outcome cell ("1 and 3", "A"), or its own
    words' last bracket ("... and book your six sessions (for 4)")."""
    if refs := _outcome_refs(action.fields.get("outcome", "")):
        return refs
    said = _FOR_OUTCOME.search(action.fields.get("action", action.text))
    return _refs(said.group(1)) if said else ()


# "(for 4)", "(for 1 and 3)", "(outcome 2)", "(goals 1, 3)" closing the work
_FOR_OUTCOME = lazy_re.compile(rf"\(\s*(?:for|(?i:outcomes?|goals?))\s+({REF_LIST})\s*\)\W*$")
# "We'll know because ...", "How we will know: ...": an outcome's own check, inside its item
_KNOW_BECAUSE = lazy_re.compile(r"(?i)\b(?:we(?:['’]ll|\s+will)\s+know\s+(?:because|when|if)|how\s+we(?:['’]ll|\s+will)\s+know\s*:)")


def _outcome_refs(cell: str) -> tuple[str, ...]:
    """The outcomes a cell names: "1", "1 and 3", "O2", or a lone letter ("A", "B and D") in a
    plan that letters its outcomes."""
    if m := _CELL_REFS.fullmatch(cell.strip()):
        return _refs(m.group(1))
    return tuple(_LETTERS.findall(cell)) if _LETTER_REFS.fullmatch(cell.strip()) else ()


_LETTER_REFS = lazy_re.compile(r"[A-H](?:\s*(?:,|&|and)\s*[A-H])*")
_LETTERS = lazy_re.compile(r"\b[A-H]\b")


def calendar_times(sections: list[Section], actions: list[Action], columns: dict) -> list[Action]:
    """"Week | Week beginning | Actions due that week" with "1 | Monday 17/11/2025 | 1, 3, 4, 6":
    a calendar of the work by number; the weeks an action's number is listed in are its
    timescale, and its rows are no work of their own. The actions left."""
    weeks: dict[str, list[tuple[str, str]]] = {}  # ref -> (its column's words in a calendar by month, its row's time)
    calendars = set()
    for section in sections:
        for block in section.blocks:
            rows = block.table.rows[1:] if block.kind == "table" and block.table else []
            if len(rows) < _CALENDAR_ROWS or not any(_LISTED.match(c) or _LONE_CODE.fullmatch(c.strip())
                                                     for r in rows for c in r) and \
                    not any(_ITEM_COLUMN.match(c) for c in block.table.rows[0]):
                continue  # (no cell lists numbers or holds an action's code: no calendar)
            width = min(map(len, rows))
            dated = next((j for j in range(width) if
                          sum(bool(_DATE_CELL.search(r[j])) for r in rows) >= _CALENDAR_SHARE * len(rows)), None)
            if dated is None:
                continue
            # ("To be finished that week | Happening this week": each column of numbers lists work)
            # ("Every Saturday | R9": a column of actions' codes, one a row, lists work too)
            listed = [j for j in range(width) if j != dated and (filled := _filled(rows, j)) and (
                      any("," in r[j] or _LISTED.match(r[j]) for r in rows) and
                      sum(bool(_REF_LIST.fullmatch(_bare(c))) for c in filled) >= _CALENDAR_SHARE * len(rows)
                      or len(filled) >= _CALENDAR_SHARE * len(rows) and all(_LONE_CODE.fullmatch(c) for c in filled))]
            header = block.table.rows[0]
            named = [j for j in range(min(width, len(header))) if j != dated and j not in listed and
                     _ITEM_COLUMN.match(header[j]) and (filled := _filled(rows, j)) and
                     len(filled) >= _CALENDAR_SHARE * len(rows) and all(_REF_LIST.fullmatch(_bare(c)) for c in filled)]
            # ("Week commencing | Item | What happens that week" over "09/03/2026 | 6 | Nursery place ...":
            # a column the header names as the items' numbers lists them one a row)
            listed += named
            if listed:
                # ("Finished by the end of the month" beside "Every week": a column of single numbers
                # beside one of lists lists work too)
                listed += [j for j in range(width) if j != dated and j not in listed and
                           (filled := _filled(rows, j)) and all(_REF_LIST.fullmatch(_bare(c)) for c in filled)]
            roles = map_header(header, columns)
            # (what happens that week beside the items named by number restates their work)
            kept = {"owner", "outcome"} if named else {"action", "owner", "outcome"}
            if any(r and set(r.split("+")) & kept for j, r in enumerate(roles) if j not in listed):
                continue  # (a table of the work itself, its outcome numbers beside it, is no calendar)
            if listed:
                calendars.update(_block_keys(block))
            by_month = sum(bool(_MONTH_ROW.search(r[dated])) for r in rows) >= _CALENDAR_SHARE * len(rows)
            for row in rows:
                for j in listed:
                    if m := _REF_LIST.fullmatch(_bare(row[j])):
                        for ref in _refs(m.group(0)):
                            # "Month | Every week | Finished by the end of the month" with "March 2026 |
                            # 1, 3, 4": the column says how often, the row in which month
                            head = header[j].strip() if by_month and j < len(header) else ""
                            weeks.setdefault(ref, []).append((head, row[dated].strip()))
    if not weeks:
        return actions
    return _lend_times(sections, actions, calendars, {ref: _when_listed(when) for ref, when in weeks.items()})


_ITEM_COLUMN = lazy_re.compile(r"(?i)^\W*(?:plan\s+)?(?:items?|actions?|steps?|tasks?)(?:\s+(?:no\.?|numbers?|nos\.?))?\W*$")


def _filled(rows: list[list[str]], j: int) -> list[str]:
    return [r[j].strip() for r in rows if not is_empty_cell(r[j])]


def _bare(cell: str) -> str:
    """A calendar cell's numbers without their marks and notes: "1, 2, 8*", "9 (session 1), 10*"."""
    return _CELL_NOTES.sub("", cell).strip()


_CELL_NOTES = lazy_re.compile(r"\*|\s*\([^()]*\)")


def _when_listed(when: list[tuple[str, str]]) -> str:
    """"in the weeks beginning 17/11/2025, 24/11/2025", or by month under the column's own
    words: "Every week (February 2026, March 2026)"."""
    if not any(head for head, _ in when):
        return "in the weeks beginning " + ", ".join(time for _, time in when)
    said: dict[str, list[str]] = {}
    for head, time in when:
        said.setdefault(head, []).append(time)
    return "; ".join(f"{head} ({', '.join(times)})" if head else ", ".join(times) for head, times in said.items())


def _lend_times(sections: list[Section], actions: list[Action], keys: set, times: dict[str, str],
                at_least: int = 0) -> list[Action]:
    """The actions left once the rows of the tables that time them (keys) are dropped, each
    action a reference of times names given that time where it gives none of its own; all the
    actions, untouched, when fewer than at_least of the references are any action's."""
    left = [a for a in actions if _unit_key(a.location) not in keys]
    refs = _action_refs(sections, left)
    if sum(ref in refs for ref in times) < at_least:
        return actions
    for ref, when in times.items():
        if (action := refs.get(ref)) is not None and is_empty_cell(action.fields.get("timescale", "")):
            action.fields["timescale"] = when
    return left


def answered_times(sections: list[Section], actions: list[Action], columns: dict, has_time) -> list[Action]:
    """"Timeline (the numbers match the actions above)" over "No. | When" rows, or "1 ..... Weekly from
    26/01/2026  2 ..... Fortnightly ...": a part that gives each numbered action its time, as a
    checks part gives its check. Each action's time where it gives none of its own; the part's
    lines are no work. The actions left."""
    times: dict[str, str] = {}
    used: set[tuple] = set()
    for section in sections:
        if not (named := _times_heading(section, columns)):
            continue
        answers = [x for x in _answers(section.blocks, columns) + _leader_answers(section.blocks) if x.refs]
        timed = [x for x in answers if has_time(x.text)]
        if len(timed) < _AT_LEAST or 2 * len(timed) < len(answers):
            continue
        # (a chronology under "Timeline", "1 | March 2024: Kai was born", is timed too: only a part
        # that says its numbers are the actions', or whose heading says when work happens, answers them)
        if not (_says_numbers(section) or named == "timescale" and all(x.explicit for x in timed)):
            continue
        for x in timed:
            for ref in x.refs:
                times.setdefault(ref, x.text)
        used |= {key for x in answers for key in _block_keys(x.block)}
    if not times:
        return actions
    # (numbers that match no numbered work answer nothing)
    return _lend_times(sections, actions, used, times, at_least=_AT_LEAST)


def _times_heading(section: Section, columns: dict) -> str:
    """"timescale" for a heading over the actions' times ("When each action happens", "Timescales
    (by action number)"), "timeline" for one that may as well head a chronology, else ""."""
    heading = _BRACKET.sub("", _OUTLINE_NUMBER.sub("", section.heading or "")).strip()
    if heading and longest_phrase(heading, columns)[0] == "timescale":
        return "timescale"
    return "timeline" if _TIMELINE.fullmatch(heading) else ""


_BRACKET = lazy_re.compile(r"\([^()]*\)")
_TIMELINE = lazy_re.compile(r"(?i)\W*(?:the\s+)?time\s*-?\s*line\W*")
# "1 ..... Weekly from ...", "10 .... First appointment by ...": a number and a dot leader before its time
_LEADER = lazy_re.compile(rf"(?:^|(?<=\s))({REF})\s*\.{{3,}}\s*")


def _leader_answers(blocks: list[Block]) -> list[_Answer]:
    """The entries of a dot-leader list keyed by number, which a reader may run into one paragraph."""
    found = []
    for block in blocks:
        if block.kind not in ("paragraph", "list_item") or not _LEADER.match(block.text):
            continue
        parts = _LEADER.split(block.text)
        found += [_Answer(_refs(parts[k]), parts[k + 1].strip(), block, True) for k in range(1, len(parts) - 1, 2)]
    return found


def grid_times(sections: list[Section], actions: list[Action], columns: dict) -> list[Action]:
    """"REF | LEAD | W1 | W2 | ..." with "T6 | Amira Patel (SW) | X | . | .": a grid of the work by
    its reference, marked under the weeks or months it happens in. The weeks an action's row is
    marked in are its timescale; the grid's rows are no work of their own. The actions left."""
    found: dict[str, str] = {}
    grids = set()
    for section in sections:
        for block in section.blocks:
            rows = block.table.rows if block.kind == "table" and block.table else []
            if len(rows) <= _CALENDAR_ROWS or not (weeks := _week_columns(rows[0], rows[1:])):
                continue
            body = [r for r in rows[1:] if r]
            refs = [r[0].strip() for r in body]
            if sum(bool(_ONE_REF.fullmatch(c)) for c in refs) < _CALENDAR_SHARE * len(body) or \
                    any(r and "action" in r.split("+") for r in map_header(rows[0], columns)):
                continue  # (a table of the work itself, ticked by week, is read with its rows)
            grids.update(_block_keys(block))
            for row, ref in zip(body, refs):
                marked = [weeks[j] for j in sorted(weeks) if j < len(row) and _TICK.match(row[j])]
                if marked and _ONE_REF.fullmatch(ref):
                    found[ref] = _in_weeks(marked)
    if not grids:
        return actions
    return _lend_times(sections, actions, grids, found)


_CALENDAR_ROWS = 3
# "March 2026", "1 to 12 May 2026": a calendar's row for a month
_MONTH_YEAR = rf"(?i:\b(?:{loader.alternation('months')})\s+20\d\d\b)"
# "1, 3, 4" or codes parted by spaces alone, "T02 T03 T06" (bare numbers so parted could be anything)
_LISTED = lazy_re.compile(rf"\s*(?:{REF}\s*,\s*(?:[A-Z]{{1,3}})?\d|{_LETTERED}\s+[A-Z]{{1,3}}\d)")
_CALENDAR_SHARE = 0.6
_LONE_CODE = lazy_re.compile(_LETTERED)
_REF_LIST = lazy_re.compile(rf"{REF_LIST}|{_LETTERED}(?:\s+{_LETTERED})+")
# ("Every Saturday", "Every school day", "Weekly from ...": how often, as a calendar's row may say)
_DATE_CELL = lazy_re.compile(rf"{DAY_MONTH}|{_MONTH_YEAR}|(?i:\b(?:daily|weekly|fortnightly|monthly)\b|"
                             rf"\bevery\s+(?:\w+\s+)?(?:day|week|fortnight|month|weekday|morning|evening|night|"
                             rf"{loader.alternation('weekdays')})s?\b)")
_MONTH_ROW = lazy_re.compile(_MONTH_YEAR)
# "Action 1:", "Actions 3 and 4 -", "12. ", "2) ", "A3:", "1.2 ", "T4  " before an answer or an action
# ("Box 8. Little Acorns' offer letter ...": a grid's numbered boxes, answered by the box's number)
_TYPED = lazy_re.compile(rf"^\s*(?P<word>(?i:actions?|box(?:es)?|items?|steps?|tasks?)\s*(?i:no\.?\s*)?)?(?P<refs>{_REFS})"
                         rf"(?:\s*[.:)]|\s+[-–—])\s+")
_TYPED_CODE = lazy_re.compile(rf"^\s*(?P<refs>{_CODE}(?:\.\d{{1,2}})?)(?P<word>)\s+(?=\S)")
# "(8) Top up the electricity meter ...", "(8) Dev reads the meter balance ...": a number in brackets
_TYPED_BRACKET = lazy_re.compile(rf"^\s*\((?P<refs>{REF})\)(?P<word>)\s+(?=\S)")
_NEXT_ANSWER = lazy_re.compile(r"(?<=[.;])\s+(\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})*)\s+[-–—]\s+")
_TRAILING_REFS = lazy_re.compile(rf"\(\s*(?:(?i:see\s+)?(?i:actions?)\s*)({_REFS})\s*\)\W*$|"
                                 rf"\(\s*({_CODE}(?:\s*(?:,|&|and|to|-|–)\s*{REF})*)\s*\)\W*$")
# "1", "3 and 4", "Action 7", "A12" alone in a table's first cell
# ("ACTION 2 OF 12": a case system's count of its records)
_CELL_REFS = lazy_re.compile(rf"(?:(?i:actions?)\s*(?i:no\.?\s*)?)?({_REFS})(?:\s+(?i:of)\s+\d{{1,3}})?\.?")


def _typed(text: str):
    return _TYPED.match(text) or _TYPED_CODE.match(text) or _TYPED_BRACKET.match(text)


_ONE_REF = lazy_re.compile(REF)
_SPAN = lazy_re.compile(r"(?i)\d\s*(?:to|-|–)\s*[A-Z]{0,3}\d")  # "Actions 3 to 5", "A1–A3": each of them


def _refs(text: str) -> tuple[str, ...]:
    found = _ONE_REF.findall(text or "")
    if len(found) == 2 and _SPAN.search(text):
        (head, a), (head_b, b) = (_split_ref(r) for r in found)
        if head == head_b and a < b <= a + _LONGEST_SPAN:
            return tuple(f"{head}{n}" for n in range(a, b + 1))
    return tuple(found)


_LONGEST_SPAN = 20


def _split_ref(ref: str) -> tuple[str, int]:
    """"A12" -> ("A", 12), "1.3" -> ("1.", 3), "7" -> ("", 7)."""
    digits = len(ref) - len(ref.rstrip("0123456789"))
    return ref[:-digits], int(ref[-digits:])


def _action_refs(sections: list[Section], actions: list[Action]) -> dict[str, Action]:
    """The reference each action of the plan carries: its table row's first cell ("1 | Visit
    ...", "A3 | ..."), the number or code typed before its item, or its place among the numbered
    items of the plan's action sections."""
    typed, ordinals = {}, {}
    ordinal = 0
    for section in sections:
        if section.kind != "actions":
            continue
        for block in section.blocks:
            if block.kind not in ("list_item", "paragraph"):
                continue
            if m := _typed(block.text):
                typed[str(block.location)] = _refs(m.group("refs"))[0]
            elif block.number and _refs(block.number) == (block.number,):
                typed[str(block.location)] = block.number
            elif block.kind == "list_item" and block.numbered:
                ordinal += 1
                ordinals[str(block.location)] = str(ordinal)
    refs: dict[str, Action] = {}
    for action in actions:
        if action.section == "contingency":
            continue
        if action.source == "table":
            m = _CELL_REFS.fullmatch(action.text.split(" | ", 1)[0].strip())
            ref = _refs(m.group(1))[0] if m and " | " in action.text else _boxed_ref(action)
        else:
            key = str(action.location)
            ref = typed.get(key) or ordinals.get(key) or (
                m.group("refs") if (m := _typed(action.fields.get("action", action.text))) and len(_refs(m.group("refs"))) == 1
                else None)
        if ref is not None:
            refs.setdefault(ref, action)
    return refs


def _boxed_ref(action: Action) -> str | None:
    """The number a grid's box types before its work, where the row's first cell is whose it is
    ("Mum (Leanne) | 15. Go to the six-week parenting group ...", "Ryan (Dad) | (8) Top up the
    meter ..."): a grid of one column per person numbers its boxes so the checks can name them."""
    m = _typed(action.fields.get("action", ""))
    return refs[0] if m and len(refs := _refs(m.group("refs"))) == 1 else None


def _block_keys(block: Block) -> set[tuple]:
    """What the units read from a block are known by: a paragraph's place, or a table's on each
    page it runs over (a PDF table broken across pages is one block)."""
    where = block.location
    if block.kind != "table":
        return {(str(where),)}
    rows = block.table.row_locations if block.table else []
    return {(where.page, where.table)} | {(r.page, r.table) for r in rows if r is not None}


def _unit_key(where: Location) -> tuple:
    return (where.page, where.table) if where.table is not None else (str(where),)
