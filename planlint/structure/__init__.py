"""Structure: Document -> Plan (sections, actions, outcomes, facts), with
what the NLP layer saw in each of them attached as plain data."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import loader
from ..model import Document, Outcome, Plan, Section, has_time
from ..nlp.commitment import find_commitment, imperative, opens_with_verb, present_subject
from ..nlp.cues import cue
from ..nlp.understand import ADULT_LABELS, CHILD_ADDRESSED, CHILD_WRITES, Understanding
from ..textutil import exact_phrase, has_box, is_empty_cell, lead_in, lower_case_words, ticked_options
from .actions import (aim_statement, block_actions, group_field, split_field_lines, heads_subgroups, block_index, closed_by_its_status, closes_work, demote_action_headings, front_sheet, gather, join_stacked_labels,
                      goal_line, group_check, heading_check, heads_list, labelled_action, lend_group_times, only_a_time, progress_note, said_of_the_work, done_above, group_field_line, PART_ITEMS,
                      shared_measure, time_heading, undated, work_deadline)
from .answers import (answered_measures, answered_times, calendar_times, checks_heading, grid_times, keyed_paragraph_checks, keyed_part_checks, outcome_checks, outcome_evidence,
                      repeated_codes)
from .content_kinds import child_state, numbered_parts, recognise_by_content
from .facts import find_facts
from .reading import read_account
from .sections import PART_NAME, heading_owner, labelled_kind, outline_headings, split_sections
from .sentences import read_contingency, read_outcome, read_rows, read_sentences
from .tables import holds_actions, names_owner_only, table_actions
from .. import lazy_re

__all__ = ["build_plan"]


def build_plan(document: Document, analyser, extra_packs: tuple[str, ...] = ()) -> Plan:
    section_table = loader.phrase_table("sections.toml", extra_packs)
    column_table = loader.phrase_table("columns.toml", extra_packs)
    texts = [b.text for b in document.blocks if b.kind != "table"]
    texts += [c for b in document.blocks if b.table for row in b.table.rows for c in row]
    analyser.start_document()
    analyser.prime(texts)
    role_words = _role_words(extra_packs)
    lower_words = lower_case_words("\n".join(texts))  # once a plan: facts and the NLP view both ask
    facts = find_facts(document.blocks, lambda w: w.lower() in role_words, lower_words)
    child_words = _child_words(document, facts.child_names)
    understanding = Understanding(analyser, facts.names, [*facts.child_names, *child_words], facts.parent_names,
                                  lower_words)
    understanding.learn_services(texts, [row for b in document.blocks if b.table for row in b.table.rows])
    understanding.learn_child_letters(texts, facts.child_names, facts.parent_names)
    understanding.learn_receiving(texts)
    understanding.to_an_adult = _to_an_adult(document.blocks, understanding)
    blocks = join_stacked_labels(split_field_lines(document.blocks, column_table), column_table)
    blocks = outline_headings(blocks, section_table, understanding.has_time)
    sections = split_sections(demote_action_headings(blocks, column_table, section_table), section_table)
    recognise_by_content(sections, understanding, section_table)
    numbered_parts(sections, understanding)
    for section in sections:
        if section.kind == "actions" and front_sheet(section.blocks, column_table):
            section.kind = "details"
        section.adults_heading = _adults_heading(section.heading, understanding)
    for before, section in zip(sections, sections[1:]):
        if before.kind == "actions" and (section.kind in ("other", "review") and (
                only_a_time(section.heading, understanding) or undated(section.heading) or
                time_heading(section.heading, understanding) or lead_in(section.heading) or
                _GROUP_LINE.match(section.heading) and understanding.has_time(section.heading) or
                # ("ME (Rachel, social worker)" then "STUART", "GRANDMA JEAN": the plan's work by person)
                _only_a_person(section.heading, understanding) or
                # ("Seeing Mason and Poppy, and checking the plan is working" over "What: Visit ...",
                # "Who: ...": forms of the work, whatever its heading's words)
                sum(labelled_action(b, column_table) for b in section.blocks) >= _ACTION_LINES
                # ("ADDED AT THE REVIEW (NOT YET LINKED TO A THEME)" over "5.1 A referral will be made ...",
                # "When ..... by 13/02/2026", "Check .... acceptance letter": work with its fields)
                or {"timescale", "measure"} <= {f[0] for b in section.blocks if (f := group_field(b, column_table))})
                # ("PAUL DEAN, RECOVERY WORKER, WILL:" after the plan's parts: whose work follows)
                or section.kind == "outcomes" and lead_in(section.heading)):
            # "ACTIONS" then "THIS WEEK", "EVERY WEEK UNTIL THE REVIEW CONFERENCE", "ONGOING": the work
            # grouped by when it happens (not a review section for the words "review conference")
            section.kind = "actions"
    if any(s.kind == "actions" for s in sections):
        for section in sections:
            if section.kind in _LED_KINDS and (led := lead_in(section.heading or "")) and \
                    not understanding.has_time(led.group("who")) and not understanding.mentions_child(led.group("who")) and \
                    any(b.kind in ("paragraph", "list_item") and _NUMBERED_WORK.match(b.text) or b.kind == "list_item"
                        for b in section.blocks):
                # "I will:", "Lucy Hart (family support worker, Amberhithe Family Hub) will:" over numbered
                # work, in a plan with work elsewhere: more of it, whatever its words suggested
                # (not "By the review, Mia will:", a hope for the child)
                section.kind = "actions"
    for i, section in enumerate(sections):
        if section.kind == "actions" and _RECOMMENDS.search(section.heading) and any(
                s.kind == "actions" and not _RECOMMENDS.search(s.heading) and
                any(b.kind in ("table", "list_item") for b in s.blocks) for s in sections[i + 1:]):
            # An assessment's "Recommendations to conference" before the plan the conference
            # agreed: what was advised, not the plan's work
            section.kind = "other"
    # Minutes and letters often carry their action table under no heading of its
    # own; once a plan has one, commitments in its other prose are background.
    has_action_table = any(holds_actions(b.table.rows, column_table) for b in document.blocks if b.table)
    # Minutes that mark each decision "Agreed: ..." carry their actions in those lines.
    has_action_lines = sum(labelled_action(b, column_table) for b in document.blocks) >= _ACTION_LINES
    has_action_section = has_action_table or has_action_lines or any(s.kind == "actions" for s in sections)
    lend_group_times(sections, understanding)
    actions, outcomes, tables = _read_units(sections, column_table, understanding, has_action_section)
    if not actions and has_action_section and not has_action_table:
        # An action heading with nothing under it that reads as work: the work is elsewhere.
        actions, outcomes, tables = _read_units(sections, column_table, understanding, False)
    if any(a.section == "actions" for a in actions):
        # A table whose columns only its content suggested, outside the plan's action sections
        # (a week's rota of visitors, the case's details), is not the plan's work once those
        # sections hold work of their own.
        actions, tables = _set_aside(actions, tables, lambda t, a: t.evidence == "content" and a[0].section != "actions")
    if any(a.section in ("actions", "outcomes") for a in actions):
        # "Red flags – what happens if ... | What happens": a table under the contingency's heading
        # holds its triggers and responses, not more of the plan's work (whether the work sits under
        # an action heading or under its goals' headings).
        actions, tables = _set_aside(actions, tables, lambda t, a: a[0].section == "contingency")
    in_tables = {id(x) for _, a in tables for x in a}
    if any(_has_time(t) for t, _ in tables) or \
            sum(a.section == "actions" and id(a) not in in_tables for a in actions) >= _ACTION_LINES:
        # "ICPC action | Status | What happened", each row "Completed" or "Carried forward", or
        # "Decision | Reason", beside the table of the plan's work with its timescales (or the
        # work written out in its action sections): how the last plan went, or what the meeting
        # decided, not the work
        actions, tables = _set_aside(actions, tables, lambda t, a: t.records and not _has_time(t))
    if not (actions or outcomes) and all(s.kind in ("title", "preamble") for s in sections) and \
            any(b.kind == "list_item" for s in sections for b in s.blocks):
        # One numbered list under the title and no heading of its own ("5. SW (Leanne) will: a) ...
        # b) ..."): the list is the plan, its work the commitments in it, not every item.
        body = Section("other", sections[-1].heading, sections[-1].location, blocks=sections[-1].blocks,
                       adults_heading=sections[-1].adults_heading)
        actions, outcomes, tables = _read_units([*sections[:-1], body], column_table, understanding, False)
        if actions:
            sections = [*sections[:-1], body]
    # "~~Refer Callum to the drug service~~ | COMPLETE 07/08/2025": work struck through is done, no longer the plan's
    # ("done 20/11: cot delivered, HV saw it set up", a list's finished item marked as such, likewise)
    actions = [a for a in actions if not _STRUCK.fullmatch(a.fields.get("action", a.text).strip())
               and not _STRUCK_DONE.match(a.text)
               and not (a.source == "list" and _DONE_ITEM.match(a.text))
               and not closed_by_its_status(a)]
    if not outcomes:
        outcomes = _labelled_outcomes(sections, column_table)
    facts.looked_after = _looked_after(sections, analyser)
    actions, outcomes = answered_measures(sections, actions, outcomes, column_table)
    actions = keyed_part_checks(sections, actions, column_table)
    actions = keyed_paragraph_checks(sections, actions, column_table)
    actions = answered_times(sections, actions, column_table, understanding.has_time)
    outcome_checks(sections, actions, column_table)
    timing = {id(a) for a in actions}
    actions = grid_times(sections, calendar_times(sections, actions, column_table), column_table)
    # (a calendar or grid of the work, its rows taken away as timing other rows, is no table of actions)
    timing -= {id(a) for a in actions}
    tables = [(t, a) for t, a in tables if not (a and all(id(x) in timing for x in a))]
    actions = repeated_codes(actions)
    for action in actions:
        for key, value in action.fields.items():
            if key != "action" and (said := _ticked(value)) is not None:
                action.fields[key] = said  # "[ ] Weekly [X] Fortnightly": only the ticked box is the plan's
        action.facts = understanding.action_facts(action)
        # (a check said over the work stands for a row that has no measure of its own, even where
        # its work's words sound vague: "using her feelings cards" is how, not how we will know)
        if action.check and (action.facts.measure_status == "missing" or action.facts.measure_status == "vague"
                             and is_empty_cell(action.fields.get("measure", ""))):
            action.fields["measure"] = action.check
            action.facts = understanding.action_facts(action)
    for outcome in outcomes:
        read_outcome(outcome, understanding)
    plan = Plan(document, sections, actions, outcomes, facts,
                read_sentences(sections, understanding), read_rows(sections, understanding))
    plan.contingency = read_contingency(plan, understanding)
    plan.reading = read_account(plan, tables)
    if _adult_work_unlisted(plan, understanding):
        plan.reading.adult_work_unlisted = True
        plan.reading.notes.append("an adult service is set to work in a sentence planlint did not read as an "
                                  "action (\"Kofi sees Mum every Thursday\"): F004 is silent")
    return plan


def _ticked(value: str) -> str | None:
    """ticked_options line by line: a form's "How often" boxes joined with its "Start date" and
    "Complete by" cells ("[X] One-off [ ] Other: ____" then "02/02/2026" then "30/04/2026")
    keep the dates under the boxes. None when no line is a row of boxes."""
    said = ticked_options(value)
    if said is None:
        return None
    # (the boxes' lines read together, the other lines kept as they are)
    boxed, rest = [], []
    for line in value.split("\n"):
        if has_box(line):
            boxed.append(line)
        elif re.search(r"[^\W_]", line):
            rest.append(line)
    return "\n".join(filter(None, [ticked_options(" ".join(boxed)) or "", *rest])).strip()


def _adult_work_unlisted(plan: Plan, understanding) -> bool:
    """An adult service is set to work in a sentence of the plan no action was read from ("Kofi
    will see Mum every week", Kofi Mum's nurse by the plan's who's who): asked only where a
    parent's illness is named and no action planlint read has an adult service's owner, so only
    where F004 may speak."""
    if any((a.facts.owner_labels | a.facts.partner_labels) & ADULT_LABELS for a in plan.actions) or \
            not any(m.label == "PARENT_ILLNESS" for s in plan.sentences for m in s.mentions):
        return False  # (F004 does not speak: nothing to ask)
    read = {a.location for a in plan.actions}
    for sentence in plan.sentences:
        if sentence.section in _NOT_WORK or sentence.location in read:
            continue
        if "commits" in sentence.cues:
            c = find_commitment(sentence.text)
            who = c.subject if c is not None and not c.passive else ""
        else:
            # "Kofi sees Mum at home every Thursday.": a plan written in the present, its times said
            who = present_subject(sentence.text) if has_time(sentence.mentions) else ""
        if who and understanding.owner_verdict(who, cell=False)[1] & ADULT_LABELS:
            return True
    return False


_NOT_WORK = frozenset({"contingency", "worries", "child_voice"})


def _footnoted_times(actions, blocks, understanding) -> None:
    """A row whose When cell is only a mark ("*") takes the time a note beside the table gives
    that mark ("A * in the Date column means by the second review conference on 10/02/2026")."""
    for action in actions:
        mark = action.fields.get("timescale", "").strip()
        if not _MARK.fullmatch(mark):
            continue
        for block in blocks:
            if block.kind == "paragraph" and (at := block.text.find(mark)) >= 0 and \
                    understanding.has_time(block.text[at:]):
                action.fields["timescale"] = block.text[at + len(mark):].strip()
                break


_MARK = lazy_re.compile(r"\*{1,3}|[†‡§]")


def _only_a_person(heading: str, understanding) -> bool:
    """"STUART", "Grandma Jean", "HEALTH VISITOR - Jo Bennett": a heading naming only someone (a
    name in capitals read as the plan writes it elsewhere)."""
    if _ASKS.search(heading):
        return False  # ("HOW THE CORE GROUP WILL CHECK PROGRESS" says what is done, not whose part follows)
    named = heading.title() if heading.isupper() else heading
    words = named.split()
    return names_owner_only(heading, understanding, _PERSON_HEADING_WORDS) or len(words) <= _NAME_WORDS and \
        any(w.lower() in understanding.parent_names for w in words) and \
        names_owner_only(named, understanding, _NAME_WORDS, labelled=False)


_NAME_WORDS = 3  # "Stuart", "Gemma Fairbairn", "Grandma Jean"
_ASKS = lazy_re.compile(r"(?i)\b(?:how|what|when|why|will|shall)\b")


def _person_heading(heading: str, understanding) -> str:
    """"Ayesha Mirza, social worker, Dretchley Children's Social Care" over the steps she does: a
    heading that is only a named person and their role; else "" ("Health", "School" name topics)."""
    named = _NAMED_ROLE.match(heading or "") and names_owner_only(heading, understanding, _PERSON_HEADING_WORDS)
    return heading.strip() if named else ""


# A name, then its role after a comma, a bracket or a dash: "Mr Tunde Oyelaran, designated ..."
_NAMED_ROLE = lazy_re.compile(r"^\W*(?:\d{1,2}[.)]?\s+)?(?:(?:Dr|Mr|Mrs|Ms|Miss)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*(?:,|\(|\s[–—-]\s)")
_PERSON_HEADING_WORDS = 16


def _read_units(sections, column_table, understanding, has_action_section: bool):
    actions, outcomes, tables = [], [], []
    has_actions_part = any(s.kind == "actions" for s in sections)
    carried = ""  # "THE PLAN / How progress will be measured: ..." over the stages that follow it
    theme_lead = ""  # who a theme line among the work says leads the steps after it
    listed_goals = _listed_goals(sections)
    for section in sections:
        if section.kind != "actions":
            carried = theme_lead = ""
        if section.outcome and _goal_label(section.outcome) not in listed_goals:
            outcomes.append(Outcome(section.outcome, section.location, section.kind))
        lead = heading_owner(section.heading) or _person_heading(section.heading, understanding) \
            if section.kind == "actions" else ""
        if not lead and theme_lead and (section.heading or "")[:1].islower():
            lead = theme_lead  # ("... Lead: Llinos Bevan, gweithiwr" wrapped onto "cymdeithasol / social worker")
        listed: list = []  # the work of the list items just read, for a measure line under them
        items_work, items_states = [], 0  # what the section's list items were read as
        last: list = []  # the work the block before this one was read as
        ahead = carried or heading_check(section.heading)  # a measure said once over the work that follows it
        when = ""  # "All of the actions in the table below are to be done by 13/11/2025": their time
        # "Goal 3 – By Christmas ... Owen will see this at his visits." over its steps, inside the section
        checks = [(i, c) for i, b in enumerate(section.blocks) if (b.kind == "heading" or goal_line(b)) and
                  (c := heading_check(b.text)) and (heads_list(section.blocks, b, column_table) or b.kind == "heading"
                                                    and i + 1 < len(section.blocks)
                                                    and section.blocks[i + 1].kind == "list_item")] \
            if section.kind == "actions" else []
        first, first_outcome = len(actions), len(outcomes)
        # (an outcome's "Evidence we will look for:" and the checks listed under it: no more outcomes)
        evidence = {id(b) for _, listed in outcome_evidence(section.blocks, column_table) for b in listed} \
            if section.kind == "outcomes" else set()
        if section.kind in ("outcomes", "other") and checks_heading(section, column_table) and \
                any(b.kind == "table" for b in section.blocks):
            # "We will know this is working when:" over its checks, then the table of the work they
            # check: the checks are each row's measure, not more outcomes
            items = [b for b in section.blocks if b.kind == "list_item"]
            evidence |= {id(b) for b in items}
            ahead = ahead or " ".join(b.text.strip() for b in items)
        gathered = gather(section.blocks, column_table, understanding, section.heading)
        part_leads = _part_leads(section.blocks) if section.kind == "actions" else {}
        if section.kind == "actions":
            outcomes.extend(_part_outcomes(section, {id(b) for b, _ in gathered}, understanding))
        given: dict[str, str] = {}  # a need's lead, an outcome's date and check, over the tasks under it
        levelled = False  # a "NEED 1: ..." or "OUTCOME 1.1: ..." line has opened a level of the plan
        for block, extra in gathered:
            if id(block) in evidence:
                continue
            if block.kind == "paragraph" and not extra and not section.outcome and section.kind != "outcomes" and \
                    (aim := aim_statement(block.text)):
                # "What will be different: by the Easter holidays Lily gets to school ..." opening a part
                # with no outcome of its own: what the part's work is for, not its check (under "Outcome
                # 4: ...", its "Success looks like:" line is how that outcome is checked)
                outcomes.append(Outcome(aim, block.location, section.kind))
                last = []
                continue
            if section.kind == "actions" and not extra and (level := group_field(block, column_table)):
                role, value = level
                if role == "need":
                    given, levelled = {}, True
                elif role == "outcome":
                    given, levelled = {k: v for k, v in given.items() if k == "owner"}, True
                elif levelled and not last:
                    # "Need lead: Sam Okafor" after "NEED 1: ...", "How we will know: ..." after "OUTCOME
                    # 1.1: ...": said once for the tasks under that level, whose own field is left blank
                    given[role] = value
                    continue
            if block.kind == "paragraph" and section.kind == "actions" and (theme := _THEME_LEAD.search(block.text)) \
                    and (_THEME_LINE.match(block.text) or len(block.text[:theme.start()].split()) <= _GROUP_TITLE_WORDS):
                # "2 Siân's mental health and Elis's care – Lead agency: Aberthyrn Perinatal Mental
                # Health Team" over "2.1 ...", "2.2 ...": a theme of the work and who leads its steps;
                # "KAYDEN - lead: Brookside Primary (LM) unless another name is given; all by the February
                # half term (13/02/2026) unless a date is given": a group's lead, and its time
                who, _, rest = theme.group("who").partition(";")
                lead = theme_lead = _UNLESS.sub("", who).strip()
                when = rest if understanding.has_time(rest) else ""
                continue
            if block.kind in ("paragraph", "heading") and section.kind == "actions" and _part_line(block.text):
                if time_heading(block.text, understanding):
                    # "PART B - EVERY WEEK, FROM 17/11/2025 UNTIL THE REVIEW": a part's heading a reader left
                    # as a line of text (or kept inside the section as a sub-heading): when the work after
                    # it happens, not work
                    when = block.text
                    continue
                if (period := _PERIOD_AFTER.search(block.text)) and understanding.has_time(period.group(1)):
                    # "Stage 1: Keeping Osian and Cadi safe now (08/01/2026 to core group 1 on 22/01/2026)":
                    # a stage's name and, in its bracket, when the work under it happens
                    when = period.group(1)
                    continue
                if _heads_table(section.blocks, block):
                    # "Stage 3: Discharge and the first 12 weeks at home (until the baby is 12 weeks old)"
                    # over the stage's own table: the stage's name, whatever its bracket says, not work
                    continue
            if block.kind == "paragraph" and section.kind == "actions" and done_above(block.text) and \
                    understanding.has_time(block.text):
                # "Each of B1 to B6 to be done by the first core group, 24/02/2026" after them: the
                # time of the work above it that gives none of its own, and none of the work itself
                _lend_time(actions[first:], block.text, understanding)
                continue
            if block.kind == "paragraph" and section.kind == "actions" and _PART_TIME_LINE.match(block.text) and \
                    understanding.has_time(block.text):
                # "Everything in Part 2 happens on the day Rosie leaves hospital.": when the part's work
                # happens, said once under its heading, and none of the work
                when = block.text
                continue
            if block.kind == "paragraph" and (section.kind == "actions" or _heads_table(section.blocks, block)) \
                    and said_of_the_work(block.text):
                # a note on the plan's work, not more of it
                when = block.text if work_deadline(block.text) and understanding.has_time(block.text) else when
                continue
            if block.kind == "paragraph" and listed and (field := shared_measure(block, column_table)):
                # "How we'll know, for all three: the register, the breakfast club list ...": one
                # measure for the list above it
                for action in listed:
                    action.fields.setdefault("measure", field)
                listed = []
                continue
            if block.kind == "paragraph" and section.kind == "actions" and not listed and last and \
                    last[-1].source == "sentence" and PART_ITEMS.match(block.text) and \
                    (field := shared_measure(block, column_table)):
                # "For every item in 6A the core group will see a dated entry ..." after the part's coded
                # items ("A1  Rachel Amos (SW) will visit ..."): the check of each of them
                for action in actions[first:]:
                    if action.source == "sentence" and not action.check and "measure" not in action.fields:
                        action.check = field
                continue
            if block.kind == "paragraph" and section.kind in ("actions", "outcomes") and not listed and \
                    (said := group_field_line(section.blocks, block, column_table)):
                # "By when: every day from 16/02/2026 ..." and "How we will know: ..." under an outcome's
                # heading, over its actions: the time and the check of each that gives none of its own
                ahead = said.get("measure") or ahead
                when = said["timescale"] if understanding.has_time(said.get("timescale", "")) else when
                continue
            if block.kind == "paragraph" and section.kind in ("actions", "outcomes") and not listed and \
                    (field := group_check(block, column_table)) and (heads_list(section.blocks, block, column_table)
                                                                      or _heads_table(section.blocks, block)):
                # "We will know this is working when there are no police call-outs ..." under a
                # worry's heading, over its actions: how each of them is checked
                ahead = field
                continue
            measured = False  # a table of the work with a measure column of its own
            if block.kind == "table":
                a, o, table = table_actions(block, section.kind, column_table, understanding,
                                            apart=section.kind == "other" and has_actions_part)
                measured = table is not None and any(r and "measure" in r.split("+") for r in table.roles)
                if table is not None and a:
                    tables.append((table, a))
                _footnoted_times(a, section.blocks, understanding)
                if a and (who := _table_lead(section.blocks, block, column_table)):
                    # "For Connor – Pellowmarsh Academy (Mrs Kate Oduya, DSL) will:" or "ASSIGNED TO: Jo
                    # Hill" over a small table with no Who column: the rows that name no doer are theirs
                    _fill_blank(a, {"owner": who}, understanding)
                elif a and heading_owner(section.heading or "") == "I":
                    # "What I'll do" over a young person's own table: the rows naming no one are hers
                    _fill_blank(a, {"owner": "I"}, understanding)
                if a and time_heading(section.heading or "", understanding):
                    # "By the review conference on 5 March 2026" or "Ongoing / as needed" over a table
                    # whose row leaves its When empty: the heading says when, as it does over bullets
                    for action in a:
                        if is_empty_cell(action.fields.get("timescale", "")) and not understanding.has_time(_own_words(action)):
                            action.fields["timescale"] = section.heading
            else:
                a, o = block_actions(block, section, understanding, has_action_section, column_table, extra)
                if notes := [x for x in a if x.source == "sentence" and said_of_the_work(x.text)]:
                    # "The actions are set out in three stages. ... Every other action is to be done by
                    # 12/01/2026.": the paragraph's notes on the work are none of it
                    when = next((x.text for x in notes if work_deadline(x.text) and understanding.has_time(x.text)), when)
                    a = [x for x in a if x not in notes]
            if section.outcome:
                for action in a:
                    action.fields.setdefault("outcome", section.outcome)
            _fill_blank(a, given, understanding)
            if when:
                _lend_time(a, when, understanding)
            if who := part_leads.get(block.location) or lead:
                # "Health visiting – lead: Bryony Tonkin", "What Mum will do" over "Visit every week ...":
                # who does the steps that name no doer of their own
                # ("What Mum will do" over a table with no Who column: the rows are hers)
                for action in a:
                    if "owner" not in action.fields and \
                            _names_no_doer(action.fields.get("action", action.text), understanding):
                        action.fields["owner"] = who
            if o and section.adults_heading:
                for outcome in o:
                    outcome.adults_words = True
            if closes_work(block) and last:
                # "CG2.1 SW to arrange beds ..." over "STATUS: Done 16/05/2025 - beds delivered": work
                # the status line under it says is done or carried forward to a new action
                gone = {id(x) for x in last}
                actions = [x for x in actions if id(x) not in gone]
            last = a
            if checks and block.kind == "list_item" and (at := block_index(section.blocks, block)) is not None and \
                    (over := [c for i, c in checks if i < at]):
                for action in a:
                    action.check = action.check or over[-1]
            # ("How we will measure it: ..." under an outcome's heading, over a table of its work
            # with no measure column: each row's check)
            if ahead and (block.kind == "list_item" or ahead == carried or block.kind == "table" and not measured):
                for action in a:
                    action.check = action.check or ahead
            listed = listed + a if block.kind == "list_item" else []
            if block.kind == "list_item":
                items_work += a
                items_states += len(o)
            actions += a
            outcomes += o
        if section.kind == "actions" and ahead and len(actions) == first:
            carried = ahead  # the line heads no work of its own section: it is said of the stages below
        if section.kind == "actions" and items_work and items_states and all(_a_state(x) for x in items_work):
            # "What needs to happen for Nova: - Nova is safe ... - Jade and Connor give a full and honest
            # account of how Nova was injured.": a list of states, some read as outcomes and the rest
            # whole sentences committing no one to anything, is the plan's outcomes
            states = {id(x) for x in items_work}
            actions = [x for x in actions if id(x) not in states]
            if _SAFETY_STEPS.search(section.heading or ""):
                # "Sophie's safety plan (agreed with the IDVA)" over "Sophie keeps her phone charged and on
                # her; if Liam comes she dials 999.": the steps a person keeps to for safety, as a family's
                # own safety rules are; neither the children's outcomes nor the professionals' work
                steps = {b.location for b in section.blocks if b.kind == "list_item"}
                outcomes = outcomes[:first_outcome] + [o for o in outcomes[first_outcome:] if o.location not in steps]
            else:
                outcomes += [Outcome(x.text, x.location, section.kind) for x in items_work]
    return actions, outcomes, tables


def _goal_label(text: str) -> str | None:
    """"Goal 1: ...", "Outcome 2 - ...": the label numbering a goal, in lower case."""
    m = _GOAL_LABEL.match(text)
    return f"{m.group(1).lower().rstrip('s')} {m.group(2)}" if m else None


def _listed_goals(sections) -> set[str]:
    """The labels of the goals an outcomes section lists ("- Goal 1: There are no drugs ...
    anywhere Ellis and Nova can reach"), so that "Goal 1: no drugs or needles in reach" heading
    that goal's work later is read as its short name, not as another outcome."""
    return {label for s in sections if s.kind == "outcomes" for b in s.blocks
            if b.kind in ("list_item", "paragraph") and (label := _goal_label(b.text))}


_GOAL_LABEL = lazy_re.compile(r"^\W*(outcomes?|goals?|aims?|objectives?)\s+(\d{1,2}(?:\.\d{1,2})?)\s*[:.)–—-]", re.I)
# "Sophie's safety plan", "Safety steps for Mum": a safety plan's own steps, not a plan's parts
_SAFETY_STEPS = lazy_re.compile(r"\bsafety\s+(?:plan|steps|rules)\b", re.I)


def _lend_time(actions, when: str, understanding) -> None:
    """A time said once for a group, given to each action that gives none of its own (a time the
    action gives itself, however vague, is its own; "9.8 " opening a minute is no time). "Once" in
    its When says how often, and the group's time when."""
    for action in actions:
        own = action.fields.get("timescale", "")
        if _ONCE.match(own) and not understanding.times_its_work(action.fields.get("action", action.text)):
            action.fields["timescale"] = f"{own.strip()} ({when.strip()})"
        elif is_empty_cell(own) and not understanding.times_its_work(_own_words(action)) \
                and not any(m.label == "VAGUE_TIMESCALES" for m in understanding.mentions(action.text)):
            action.fields["timescale"] = when


# "Once", "One-off", "Once only": how often the work happens, not when
_ONCE = lazy_re.compile(r"(?i)^\W*(?:once(?:\s+only)?|one[- ]off|a\s+single\s+\w+)\W*$")
# "Everything in Part 2 happens on the day Rosie leaves hospital", "All of stage 1 starts today":
# a part's work timed in one line under its heading
_PART_TIME_LINE = lazy_re.compile(r"(?i)^\W*(?:everything|all(?:\s+the\s+work)?)\s+(?:in|of|under)\s+"
                                  r"(?:this\s+(?:part|stage|phase|section)|(?:part|stage|phase|section)\s+\w{1,3})\s+"
                                  r"(?:happens?|starts?|runs?|takes?\s+place|(?:is|are)\s+(?:to\s+be\s+)?done)\b")


def _fill_blank(actions, fields: dict[str, str], understanding) -> None:
    """Give each action the fields said once for a group of them where its own is blank; an
    owner only to work that names no doer of its own."""
    for action in actions:
        for role, value in fields.items():
            if is_empty_cell(action.fields.get(role, "")) and (
                    role != "owner" or _names_no_doer(action.fields.get("action", action.text), understanding)):
                action.fields[role] = value


def _part_outcomes(section, read: set[int], understanding) -> list[Outcome]:
    """"Orla and Finley are cared for by a safe, well adult every day ... Part lead: Lucy Marsh" over
    the part's work and its steps: an item heading two levels of work, left out of the work, that
    says how the children's lives will be is that part's outcome."""
    out = []
    for k, block in enumerate(section.blocks):
        if block.kind == "list_item" and id(block) not in read and heads_subgroups(section.blocks, k):
            text = _PART_LEAD.sub("", block.text).strip()
            if child_state(text, understanding):
                out.append(Outcome(text, block.location, section.kind))
    return out


# "... Part lead: Lucy Marsh, social worker.": who leads the part, not what it is for
_PART_LEAD = lazy_re.compile(r"\s*\b(?:part\s+)?lead(?:\s+professional)?\s*:.*$", re.I | re.S)


def _part_leads(blocks) -> dict:
    """Who leads each part of the work, said once on a line under the part's name and over its
    steps ("Part 2. A home with no drugs in reach" over "Lead for this part: HB" over "2.1 Give the
    family a lockable box ...", or "Part 1. Dad's drug use Lead for this part: DC" as one line): by
    the location of each block after that line, up to the next part's name."""
    leads, who = {}, ""
    for k, block in enumerate(blocks):
        if (block.kind == "heading" and not _STEP_HEADING.match(block.text)) or \
                block.kind == "paragraph" and (PART_NAME.match(block.text) or _part_line(block.text)):
            who = ""  # a new part (not "1.3 Prescribing review ..." made a heading: one of the steps)
        if said := _part_lead(blocks, k):
            who = said
            continue
        if who:
            leads[block.location] = who
    return leads


def _part_lead(blocks, k: int) -> str:
    """The lead the line at k names for its part, when it heads the part: straight under the part's
    name ("Lead for this part: the Ward 14 midwives. They will:"), or ending it; else ""."""
    block = blocks[k]
    if block.kind != "paragraph":
        return ""
    above = blocks[k - 1] if k else None
    if (m := _LEAD_LINE.match(block.text)) and (above is None or above.kind == "heading" and not _STEP_HEADING.match(above.text)
                                                or above.kind == "paragraph" and bool(PART_NAME.match(above.text))):
        who = m.group("who")
    elif PART_NAME.match(block.text) and (m := _LEAD_ENDS_PART.search(block.text)):
        who = m.group("who")
    else:
        return ""
    return _UNLESS.sub("", _LED_PRONOUN.sub("", who)).strip(" .;,")


# "Lead for this part: HB", "Part lead: Gemma Firth, health visitor", "Responsible: Laura Kemp" (not
# "Lead professional: ...", the case's, which may head the plan's work without doing all of it)
_LEAD_LINE = lazy_re.compile(r"(?i)^\W*(?:(?:part|stage|section|theme)\s+lead|responsible|lead(?:\s+agency)?"
                             r"(?:\s+for\s+(?:this|the)\s+(?:part|stage|section|theme|area|goal))?)\s*:\s*(?P<who>\S.*)$", re.S)
# "Part 1. Dad's drug use Lead for this part: DC": the part's name and its lead on one line
_LEAD_ENDS_PART = lazy_re.compile(r"\s(?:Part\s+lead|Lead\s+for\s+this\s+(?:part|stage|section))\s*:\s*(?P<who>\S.*)$", re.S)
# ". They will:" after the lead, over the steps: the lead-in to them, not more of the lead
_LED_PRONOUN = lazy_re.compile(r"(?i)[.;]?\s*\b(?:they|he|she|we)\s+(?:will|are\s+to|is\s+to)\s*:?\s*$")
# "1.3 Prescribing review of JD's methadone dose ..." made a heading: a step, not a part
_STEP_HEADING = lazy_re.compile(r"^\s*\d{1,2}\.\d{1,2}[.)]?\s+\S")


def _table_lead(blocks, table, columns) -> str:
    """Who the line straight above a table says will do its work ("Mum will:", "For Lacey – the
    school nurse (Beth Arnott) will:", "ASSIGNED TO: Jo Hill - Family Support Worker"), without
    the child it is for; or ""."""
    at = block_index(blocks, table)
    above = blocks[at - 1] if at else None
    if above is None or above.kind != "paragraph":
        return ""
    if m := lead_in(above.text):
        return _FOR_CHILD.sub("", m.group("who")).strip()
    field = group_field(above, columns)
    return field[1] if field and field[0] == "owner" else ""


# "For Connor – ": whom the part is for, before who does it
_FOR_CHILD = lazy_re.compile(r"^\W*for\s+[^–—:-]{1,40}?\s+[-–—]\s+", re.I)


def _heads_table(blocks, block) -> bool:
    """Whether a table of work follows the block, straight after or after a note on progress
    ("Scale: now 4, aim 8")."""
    at = block_index(blocks, block)
    after = blocks[at + 1:at + 3] if at is not None else []
    return bool(after) and (after[0].kind == "table" or len(after) == 2 and after[1].kind == "table"
                            and after[0].kind == "paragraph" and progress_note(after[0].text))


def _own_words(action) -> str:
    """What an action says of itself, for a time it gives: its fields but a row's reference or
    comment ("2.1 | Visit ...": "2.1" reads as a date) and what it is for."""
    return " \n".join(v for k, v in action.fields.items() if k not in ("comment", "outcome")) or action.text


def _adults_heading(heading: str | None, understanding) -> bool:
    if not heading or understanding.mentions_child(heading):
        return False
    return understanding.mentions_parent(heading) or any(
        m.label == "FAMILY_ROLES" or m.label == "VAGUE_OWNERS" and "family" in m.text.lower()
        for m in understanding.mentions(heading))


def _a_state(action) -> bool:
    """A whole sentence that commits no one ("Nova leaves hospital to a family."), not a terse
    item of work ("Weekly visits")."""
    text = action.fields.get("action", action.text).strip()
    return action.source == "list" and set(action.fields) <= {"action"} and find_commitment(text) is None \
        and not imperative(text) and text.endswith(".") and len(text.split()) >= _STATE_WORDS


_STATE_WORDS = 6


def _set_aside(actions, tables, aside):
    """The actions and tables left once the tables aside(table, its actions) picks are no work."""
    gone = [(t, a) for t, a in tables if aside(t, a)]
    drop = {id(x) for _, a in gone for x in a}
    return [a for a in actions if id(a) not in drop], [t for t in tables if t not in gone]


def _has_time(table) -> bool:
    return any(r and "timescale" in r.split("+") for r in table.roles)


_PERIOD_AFTER = lazy_re.compile(r"\(([^()]{4,80})\)\s*$")


def _part_line(text: str) -> bool:
    """"PART B - EVERY WEEK ...", or in its second language: "Cam 1: ... / Stage 1: Keeping Osian
    and Cadi safe now (08/01/2026 to core group 1 on 22/01/2026)"."""
    return any(_PART_LINE.match(half) for half in (text, *(h.lstrip() for h in text.split(" / ")[1:])))


def _names_no_doer(text: str, understanding) -> bool:
    """"Visit every week ...", "Chair a meeting ...": work with no doer of its own; not "Dawn will
    see Sam" nor "Jess Mabey (perinatal mental health practitioner): I will ..." (a name first,
    which "Visit Orla at home" is not: the plan writes "visit" in lower case too)."""
    if _NAME_FIRST.match(text) and not understanding.in_lower_case(text.split()[0].strip("*_")) and \
            not imperative(text) and not opens_with_verb(text):  # ("Take Maja to ...", "Weigh Leo ...": work)
        return False  # ("Visit Nell at home ..." in a plan that writes "visit" nowhere else opens with work)
    if imperative(text):
        return True
    c = find_commitment(text)
    # ("Fortnightly home visits to Sam to support her with her mood": the work, not its doer, before "to")
    return c is None or not c.passive and bool(_WORK_SUBJECT.match(c.subject))


_ACTION_LINES = 2
_LED_KINDS = frozenset({"other", "strengths", "family", "review"})
_NUMBERED_WORK = lazy_re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+[^\d\s]")
_WORK_SUBJECT = lazy_re.compile(r"(?i)^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:visits?|sessions?|checks?|reviews?|appointments?|"
                                r"meetings?|calls?|assessments?|referrals?|screens?|tests?)(?:\s+(?:to|for|with|of)\b.*)?$")
_NAME_FIRST = lazy_re.compile(r"^\W*[A-Z][\w'’-]*\s+[A-Z]")
_RECOMMENDS = lazy_re.compile(r"\brecommend", re.I)
_THEME_LINE = lazy_re.compile(r"^\s*\d{1,2}[.)]?\s+[^\d\s]")
# "– Lead agency: Aberthyrn 0-19 team (Nia Wyn Jones, health visitor)", "– Arweinydd / Lead: Gethin Howells (father)"
_THEME_LEAD = lazy_re.compile(r"\s[-–—]\s.*?\blead(?:\s+agency|\s+professional)?\s*:\s*(?P<who>[A-Z].*)$", re.I)
_GROUP_TITLE_WORDS = 6
# "unless another name is given", "unless a date is given": the exception, not the lead or the time
_UNLESS = lazy_re.compile(r"\s*\bunless\b.*$", re.I)
_PART_LINE = lazy_re.compile(r"(?i)^\W*(?:part|stage|phase|section)\s+\w{1,3}\s*[-–—:]\s")
# "== DUE BY CORE GROUP 3, THURSDAY 11/12/2025 ==": a group line of a typed log, marked off as such
_GROUP_LINE = lazy_re.compile(r"^\s*(?:={2,}|\*{2,}|-{2,}|~{2,}).*(?:={2,}|\*{2,}|-{2,}|~{2,})\s*$")
_STRUCK = lazy_re.compile(r"~~[^~]+~~")
# "~~Refer you to the Missing and Exploitation Team~~ – done by Chloe on 3 February": struck through and said done
_STRUCK_DONE = lazy_re.compile(r"^[^\w~]*~~[^~]+~~\s*[-–—:,(]?\s*(?:done|completed|closed|finished)\b", re.I)
# "done 20/11:", "DONE –", "Completed 14/11 -" (not "Done by 20/11: ...", a deadline)
_DONE_ITEM = lazy_re.compile(r"^\W*(?:done|completed|finished)(?:\s+(?:on\s+)?\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)?\s*[:–—-]\s",
                             re.I)


def _child_words(document: Document, child_names: list[str]) -> tuple[str, ...]:
    """The words that mean the child in a plan written to or by the child: "you" in a
    letter to them ("Dear Maja, ... people met to talk about you and Filip"), and
    "I" too in "My plan" ("I will tell Sam if Jay comes round")."""
    opening = [b.text for b in document.blocks[:12] if b.kind in ("heading", "paragraph")]
    if any(_MY_PLAN.search(t) for t in opening):
        return CHILD_ADDRESSED + CHILD_WRITES
    if any(_TO_CHILD.search(t) for t in opening):
        return CHILD_ADDRESSED
    # A pattern of the plan's own names costs milliseconds to compile: only an opening
    # with one of its greeting's words can call the child by name.
    if not child_names or not any(_GREETING_WORD.search(t) for t in opening):
        return ()
    names = loader.alternation_of(child_names)
    # "Dear Ffion", also after the same greeting in another language ("Annwyl Ffion · Dear Ffion")
    # "written so that Ruby can read it": the grown-ups' "you" in it is Ruby
    # "Sienna, this is your copy of the plan": a paragraph that opens by calling the child
    # "This plan is written to you, Ellie", "You: Ellie Walsh, 14" in its list of the family
    greeting = re.compile(rf"\b(?:hello|hi|dear)\s+(?:{names})\b|\byou and (?:{names})\b|"
                          rf"\bso (?:that )?(?:{names}) can read\b|^(?:{names}),\s[^.]*\byou(?:r)?\b|"
                          rf"\b(?:written|is|are) (?:to|for) you,?\s+(?:{names})\b|^\W*you\W*:\W*(?:{names})\b", re.I)
    return CHILD_ADDRESSED if any(greeting.search(t) for t in opening) else ()


_TO_CHILD = lazy_re.compile(r"\byour (?:little |big )?(?:brother|sister|teacher|class)", re.I)
# Every greeting above holds one of these.
_GREETING_WORD = lazy_re.compile(r"\b(?:hello|hi|dear)\s|\byou| can read\b", re.I)


# (not "My plan for me and my baby": a parent's own plan)
_MY_PLAN = lazy_re.compile(r"\bmy\s+(?:\w+\s+)?plan\b(?!\s+for\s+(?:me\s+and\s+)?my\s+(?:babies|baby|child|children|son|daughter|kids|family))",
                      re.I)


@lru_cache(maxsize=4)
def _role_words(extra_packs: tuple[str, ...]) -> frozenset[str]:
    """Single words that name a role, never a person ("Nurse", "Mum", "Family")."""
    lex = loader.lexicons(extra_packs)
    names = ("professional_roles", "family_roles", "parent_roles", "vague_owners", "child_refs")
    return frozenset(p for n in names for p in lex.get(n, ()) if " " not in p)


_DEAR = lazy_re.compile(r"^\s*Dear\s+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?P<name>[A-Z][\w'’-]+)")
_OPENING_BLOCKS = 20  # (a letterhead, "Private and confidential" and an address come first)


def _to_an_adult(blocks, understanding) -> bool:
    """A letter that opens "Dear Precious," to someone who is not the child: its "you" is a parent."""
    for b in blocks[:_OPENING_BLOCKS]:
        if m := _DEAR.match(b.text):
            return m.group("name").lower() not in understanding.child_names
    return False


def _labelled_outcomes(sections, column_table: dict) -> list[Outcome]:
    """"Outcome:  Kacey gets to school every day, clean and fed" on a short form's line of its
    own, with no outcomes section: the plan's outcome all the same (but not "Target: every 10
    working days", an action's field)."""
    found = []
    for section in sections:
        for b in section.blocks:
            label, _, value = b.text.partition(":")
            if b.kind == "paragraph" and labelled_kind(b.text) == "outcomes" \
                    and exact_phrase(label, column_table) in (None, "outcome") \
                    and len(value.split()) >= _OUTCOME_WORDS:
                found.append(Outcome(value.strip(), b.location, "outcomes"))
    return found


_OUTCOME_WORDS = 3


def _looked_after(sections, analyser) -> bool:
    for s in sections:
        if s.kind == "contingency":
            continue
        for b in s.blocks:
            texts = [c for row in b.table.rows for c in row] if b.table else [b.text]
            for text in texts:
                # ("her former foster carer, Anne Pryor, still sees her": a parent's past, not the child's care now)
                if any(m.label == "LOOKED_AFTER" and m.asserted and "historical" not in m.modifiers
                       and not cue("cared_for").match(text, m.start)
                       for m in analyser.mentions(text)):
                    return True
    return False
