"""Sections whose heading planlint does not know, recognised by what they hold.

"What Leah told me when we walked to the park" is the child's voice and "If
things don't get better" is the contingency, whatever words a template uses:
the child's reported or quoted words, and if/then sentences with a protective
response, say what a section is when its heading does not.
"""
from __future__ import annotations

import re

from .. import loader
from ..model import Section
from ..nlp.commitment import find_commitment, imperative, present_subject, spoken_commitment
from ..textutil import inline_fields, lead_in, longest_phrase
from .sections import LABELLED_OUTCOME, PART_NAME, classify_heading
from .. import lazy_re

# "I like it when Nana picks me up": quoted words in the first person.
# "She told the SW "Mummy fall down, I get Por Por"": anywhere in the sentence, in double quotes.
_QUOTED_FIRST_PERSON = lazy_re.compile(r"^\W*[\"“‘'][^\"”’]*\b(?:I|I'm|my|me)\b|[\"“][^\"”]*\b(?:I|I'm|my|me)\b", re.I)
_WHOSE_WISHES = lazy_re.compile(r"^\W*what\s+(?P<who>.{1,60}?)\s+(?:(?:have\s+)?(?:said|say|says|told\s+us)\s+(?:they|she|he)\s+)?(?:want|wants|would like|hope|hopes|wish|wishes)\W*$", re.I)
_WHOSE_WISHES_FOR = lazy_re.compile(r"^\W*what\s+(?P<who>.{2,60}?)\s+(?:want|wants|would like|hope|hopes|wish|wishes)"
                                    r"\s+for\s+\S.{0,40}$", re.I)
_GLOSSES = lazy_re.compile(r"\s*\([^()]*\)")
_CONDITION_COLUMNS = frozenset(loader.vocabulary()["condition_columns"])
_RESPONSE_COLUMNS = frozenset(loader.vocabulary()["response_columns"])


def _if_then_table(section: Section) -> bool:
    """Whether the section's first table is headed by a trigger column, then a response column."""
    table = next((b.table for b in section.blocks if b.table), None)
    if table is None or not table.rows or len(table.rows[0]) < 2:
        return False
    first, second = (" ".join(c.lower().strip(" .…:?").split()) for c in table.rows[0][:2])
    # ("When | Action | Who" times a plan's work: "when" heads a trigger column only beside "then")
    return first in _CONDITION_COLUMNS and second in _RESPONSE_COLUMNS and (first != "when" or second == "then")


_REPORTED = lazy_re.compile(r"\b(?:said|says|told|asked|explained|shared|attended)\b", re.I)
# Most of a section's sentences must say it, not one in passing.
_SHARE = 0.5


_MEETINGS = lazy_re.compile(r"(?i)\b(?:meetings|dates)\b")


def recognise_by_content(sections: list[Section], understanding, table: dict) -> None:
    # An "Escalation" section beside a contingency section adds to it; only a
    # plan with no contingency heading needs one found by its content.
    has_contingency = any(s.kind == "contingency" for s in sections)
    has_outcomes = any(s.kind == "outcomes" for s in sections)
    childs_page = False
    for section in sections:
        if not section.heading or section.kind == "contingency":
            continue
        opens_page = _childs_page(section.heading, understanding)
        # ("TIERNAN IN HIS OWN WORDS" over "What I want", "What I'll do": a heading with no text of its own)
        childs_page = childs_page or opens_page
        if not has_contingency and section.kind != "child_voice" and _if_then_table(section):
            # "If… | Then…" over "SP comes to the house | LB rings 999 ...": a table of triggers and
            # what then happens is the contingency, whatever the heading above it calls the page
            section.kind, has_contingency = "contingency", True
            continue
        sentences = [s for b in section.blocks if b.text and not b.table
                     for s in understanding.analyser.sentences(b.text)]
        if not sentences:
            continue
        if childs_page and not opens_page and (
                section.kind not in ("actions", "child_voice") or _mostly_work(section, sentences, understanding)):
            childs_page = False
        if childs_page and section.kind == "actions" and not _mostly_work(section, sentences, understanding) and (
                _CHILDS_PAGE.search(section.heading) or
                sum(bool(_FIRST_PERSON.search(s)) for s in sentences) / len(sentences) > _SHARE):
            # "My plan – Ruby's page" over "Things that are good", "Things I worry about": the
            # child's own page, in their words, beside the plan's work ("Grandad picks me up on
            # Tuesdays" tells her week, it sets no one to work)
            section.kind = "child_voice"
            continue
        if not has_contingency and "opens_with_condition" in understanding.cues(section.heading) and any(
            protective(s, understanding) for s in sentences
        ):
            # "If Mark's anger puts the children at risk" over what will then happen.
            section.kind, has_contingency = "contingency", True
            continue
        if section.kind == "actions" and all(
                b.kind in ("paragraph", "list_item") and "opens_with_condition" in understanding.cues(b.text)
                for b in section.blocks) \
                and any(protective(s, understanding) for s in sentences):
            # "When the plan wobbles" over paragraphs (or "Safety plan" over bullets) that each open
            # "If ..." and say what then happens: the contingency, whatever word of the plan its heading
            # has, and beside a contingency heading too ("Your safety plan: if things get hard")
            section.kind, has_contingency = "contingency", True
            continue
        if not has_contingency and section.kind == "worries" and _answers_each_sign(section, understanding):
            # "Early warning signs, and what happens then" over the signs, then "If Nana Jean sees
            # any of these signs, she rings Mark the same day ...": what the plan does when the
            # worries come back, named by the worry
            section.kind, has_contingency = "contingency", True
            continue
        if section.kind == "outcomes" and _mostly_work(section, [], understanding, lists_only=True):
            # "Goal 1 – Tom sees a dentist" over "5. Donna will take Tom to the dental clinic by 4 July"
            section.holds_work = True
            continue
        if section.kind == "outcomes" and (m := _WHOSE_WISHES.match(section.heading)) and \
                understanding.mentions_parent(m.group("who")) and not understanding.mentions_child(m.group("who")):
            # "What Naomi and Tom want": the parents' wishes, in their words, not the plan's outcomes.
            section.kind = "other"
            continue
        if section.kind == "outcomes" and (m := _WHOSE_WISHES_FOR.match(section.heading)) and \
                understanding.mentions_parent(m.group("who")) and not understanding.mentions_child(m.group("who")) and \
                sum(bool(_REPORTED.search(s)) for s in sentences) / len(sentences) >= _SHARE:
            # "What Chloe and Liam want for Ivy" over "Chloe said: ...", "Liam said he wants ...": what the
            # parents told the conference, reported; in their own words as goals it stays the outcomes
            section.kind = "other"
            continue
        if section.kind in ("outcomes", "other") and (m := _WHOSE_WISHES.match(section.heading)) and \
                understanding.mentions_child(m.group("who")) and not understanding.mentions_parent(m.group("who")) \
                and any(s is not section and s.kind == "outcomes" for s in sections):
            # "What Tayo and Funmi want" beside "What we want for Tayo and Funmi": the children's wishes,
            # told or quoted, are their voice, the plan's outcomes the other's (alone, they are both)
            section.kind = "child_voice"
            continue
        if section.kind == "child_voice" and (m := _WHOSE_WISHES.match(_GLOSSES.sub("", section.heading))) and \
                (understanding.mentions_child(m.group("who")) or m.group("who").lower() == "i") and \
                not any(s.kind == "outcomes" for s in sections) and \
                any(s is not section and s.kind == "child_voice" for s in sections):
            # "What Shaun, Mia and Alfie said they want" where the children's words have a part of
            # their own and nothing else says what the plan is for: the goals, in the family's words
            # (in a young person's own plan, "What I want (and what the grown-ups want for me)")
            section.kind = "outcomes"
            continue
        if not has_outcomes and section.kind == "family" and _WHOSE_WISHES.match(_GLOSSES.sub("", section.heading)) \
                and sum(child_state(s, understanding) for s in sentences) / len(sentences) >= _SHARE:
            # "What the family wants" over "2. Ivy is safe with an adult who is well enough to look after
            # her ...", where nothing else says what the plan is for: the goals, in the family's words
            # (its wishes said as the children's lives, not the parents' views of the plan)
            section.kind, has_outcomes = "outcomes", True
            continue
        if section.kind == "child_voice" and _answered(section, understanding):
            # "Your list, and what the grown-ups said back": each wish answered by the adult
            # who will do something about it, in their own words. The answers are the plan.
            section.kind = "actions"
            continue
        if section.kind == "actions" and not section.outcome and (m := _NUMBERED_HEADING.match(section.heading)) \
                and child_state(m.group("text"), understanding):
            # "7.1 The children are never left without a safe adult" over the work for it: the
            # outcome that part of the plan serves, numbered like its other parts
            section.outcome = m.group("text").strip()
        if section.kind == "child_voice" and (_mostly_work(section, sentences, understanding) or _field_form(section)) \
                and not any(understanding.voice_of_child(s) and not _commits(s, understanding) for s in sentences):
            # "2 HEALTH AND FEELINGS" over "a) Sean Mullery (care coordinator) will see Gary ...": a theme
            # of the plan's work, named for what it looks after, with no word of the child's in it
            # (read as its sibling themes are: an empty "The plan" heading above them stays the action section)
            # (the child's words a worker will record, "record his own sleep score", are how the work is
            # checked, no voice of the child's here)
            # (between two parts of the work, "Jaden's health and feelings" is a part of it too)
            at = sections.index(section)
            # (a heading that is a clause, "The day Maisie is born", says when, not what about)
            # (or the last of the work's parts, the contingency or the meetings after it)
            section.kind = "actions" if 0 < at < len(sections) - 1 and \
                sections[at - 1].kind == "actions" and sections[at + 1].kind in ("actions", "contingency", "review") and \
                not _CLAUSE_VERB.search(section.heading) else "other"
            continue
        if section.kind == "other" and (at := sections.index(section)) and sections[at - 1].kind == "actions" and \
                sections[at - 1].blocks and _mostly_work(section, sentences, understanding, lists_only=True):
            # "Me and Jade", "Getting ready for 18" straight after "My part": a part of the work under a
            # heading of its own words, its items setting people to work by a time (themes under an
            # empty "The plan" are read together, in build_plan)
            section.kind = "actions"
            continue
        phase = _PHASE.match(section.heading) or understanding.has_time(section.heading)
        if phase and (section.kind == "other" or section.kind == "review" and not _MEETINGS.search(section.heading)) \
                and _mostly_work(section, sentences, understanding, present=True):
            # (not "Next meetings" over "Core groups every four weeks at the Children's Centre: ...")
            # "NOW – the next two weeks", "June and July": a stretch of the plan's time over its work
            # (a board's cards may say it in the present: "Priya sees Ezra at home every week").
            section.kind = "actions"
            continue
        if section.kind not in ("other", "title") or classify_heading(section.heading, table) != "other":
            continue
        heading_names_child = understanding.mentions_child(section.heading)
        # ("Karen will see Tyler on his own ... and write what he says": an adult's work to hear him, timed)
        voice = sum((understanding.voice_of_child(s) or heading_names_child and bool(_QUOTED_FIRST_PERSON.match(s)))
                    and not _commits(s, understanding, timed=True) for s in sentences)
        if understanding.voice_of_child(section.heading) and (
                2 * sum(_commits(s, understanding, timed=True) for s in sentences) <= len(sentences)
                or any(_FIRST_PERSON.search(s) for s in sentences)) \
                or voice / len(sentences) > _SHARE:
            # (not "HOW TYLER IS FEELING" over the adults' timed work to hear him: that part of the work)
            section.kind = "child_voice"
            continue
        responses = [s for s in sentences if protective(s, understanding)]
        conditional_heading = "conditional" in understanding.cues(section.heading)
        if not has_contingency and responses and (conditional_heading or len(responses) / len(sentences) >= _SHARE):
            section.kind, has_contingency = "contingency", True
            continue
        if not has_outcomes and section.kind == "other" and \
                sum(child_state(s, understanding) for s in sentences) / len(sentences) >= _SHARE:
            # "Vision: Kai lives safely with his mum": the child's life as the plan means it to be.
            section.kind, has_outcomes = "outcomes", True


# "Ruby's page", "My page", "in her own words": a part of the plan the child wrote or chose the words
# of ("My plan for the next eight weeks" may be a health visitor's, in the first person)
_CHILDS_PAGE = lazy_re.compile(r"['’]s\s+(?:own\s+)?page\b|^\W*my\s+(?:own\s+)?page\b|"
                               r"\bin\s+(?:his|her|their|my)\s+own\s+words\b", re.I)
_FIRST_PERSON = lazy_re.compile(r"\b(?:I|I'm|I’m|me|my)\b")


def _childs_page(heading: str, understanding) -> bool:
    m = _CHILDS_PAGE.search(heading)
    return bool(m) and (m.group(0).lstrip().lower().startswith("my") or understanding.mentions_child(heading))


_CLAUSE_VERB = lazy_re.compile(r"\b(?:is|are|was|were|will|be|been|has|have|had|comes?|goes?|starts?|moves?)\b", re.I)


def _mostly_work(section: Section, sentences: list[str], understanding, lists_only: bool = False,
                 present: bool = False) -> bool:
    """Most of a section's items commit someone to work ("Kerry will visit ...",
    "Weigh Oskar at home [Jo, HV]"), and the work is for the child: a few in
    passing, or an email's housekeeping ("Aaliyah will chair"), make no plan."""
    led = _led_items(section.blocks)
    steps = [b.text for b in section.blocks if numbered_step(b)]
    items = [b.text for b in section.blocks if b.kind == "list_item" and not _leads(b)] or steps or sentences
    if not items:
        return False
    work = [t for t in items if t in led or _fielded(t) or _commits(t, understanding, timed=lists_only)
            or present and present_work(t, understanding)]
    # (numbered steps, "3.1 ...", "3.2 ...", are the goal's work by their numbers, even when none names the child)
    # (nor when the heading sets the goal out by its label: "Safety goal 3: a safety network ...")
    return len(work) >= _MIN_WORK and len(work) / len(items) >= _SHARE and \
        (items is steps or bool(LABELLED_OUTCOME.match(section.heading)) or any(understanding.mentions_child(t) for t in work))


def numbered_parts(sections: list[Section], understanding) -> None:
    """"Part 1: Getting to school", "Part 2: Evenings, bedtimes and Craig's drinking", "Part 4:
    Lily's worries": the plan's parts, numbered alike. Once one of them is read as the work, a
    sibling whose words sounded like a worry or a topic, and whose items set people to work by a
    time, is work too; so are two or more such parts where none was read as the work."""
    parts = [s for s in sections if s.heading and PART_NAME.match(s.heading)]
    working = [s for s in parts if s.kind in ("other", "worries", "strengths", "family") and _mostly_work(
        s, [t for b in s.blocks if b.text and not b.table for t in understanding.analyser.sentences(b.text)],
        understanding, lists_only=True)]
    # (one part read as the work already, or two or more of them that are)
    if any(s.kind == "actions" for s in parts) or len(working) >= _MIN_WORK:
        for section in working:
            section.kind = "actions"


def _field_form(section: Section) -> bool:
    """"What needs to happen: ..." over "Who will do it: ..." and "By when: ...": an action's
    fields, each on a line of its own."""
    columns = loader.phrase_table("columns.toml")
    roles = {longest_phrase(m.group("label"), columns)[0] for b in section.blocks
             if b.kind == "paragraph" and (m := _FIELD_LINE.match(b.text))}
    return "action" in roles and bool(roles & {"owner", "timescale"})


_FIELD_LINE = lazy_re.compile(r"^\W*(?P<label>[^\W\d_][\w '’/&()-]{0,40}?)\s*:\s*\S")


def numbered_step(block) -> bool:
    """"1.1 Liam will join the programme ...", "2.3 Mrs Okonjo will ...": a numbered step of a goal,
    set as a paragraph (a PDF's lines), as a list item would be."""
    return block.kind == "paragraph" and bool(_STEP_NUMBER.match(block.text))


_STEP_NUMBER = lazy_re.compile(r"^\s*\d{1,2}\.\d{1,2}[.)]?\s+\S")


def _fielded(text: str) -> bool:
    """"Review Nicola's medication. Who: Dr Fisk. When: by 30/09": work with its owner and
    its time or check in labelled parts, as only an action is written."""
    fields = inline_fields(text, loader.phrase_table("columns.toml"))
    return "owner" in fields and ("timescale" in fields or "measure" in fields)


def _leads(block) -> bool:
    """"Kate Ormerod, social worker, will:": a lead-in naming who does the items under it."""
    return block.kind in ("paragraph", "list_item") and bool(lead_in(block.text))


def _led_items(blocks) -> set[str]:
    """The list items straight under a lead-in ("Leah will:" over "take her lithium every
    evening ..."): each is that person's work, though it opens with a verb in lower case."""
    led, lead = set(), None
    for b in blocks:
        if _leads(b):
            lead = b
        elif lead is not None and b.kind == "list_item" and (lead.kind == "paragraph" or b.level > lead.level):
            led.add(b.text)
        else:
            lead = None
    return led


def _answered(section: Section, understanding) -> bool:
    """Most list items quote an adult promising timed work for the child."""
    items = [b.text for b in section.blocks if b.kind == "list_item"]
    answers = [t for t in items if (spoken := spoken_commitment(t)) and understanding.has_time(spoken[1])
               and not understanding.mentions_child(spoken[0])]
    return len(answers) >= _MIN_WORK and len(answers) / len(items) >= _SHARE


def present_work(text: str, understanding) -> str:
    """Who a sentence in the present sets to timed work ("Kofi sees Mum at home every Thursday",
    "Card K1. Priya Nandra (social worker) sees Ezra every week"), or "": someone other than the
    child, a verb in the present, and a time."""
    who = present_subject(text)
    if not who or not understanding.has_time(text) or understanding.mentions_child(who):
        return ""
    return who if understanding.owner_verdict(who, cell=False)[0] == "ok" else ""


def _commits(text: str, understanding, timed: bool = False) -> bool:
    """Someone set to work; with timed, by a date or on a frequency too, since
    an outcome may say "Mum will be able to keep Tom safe" but sets no date."""
    if timed and not understanding.has_time(text):
        return False
    if imperative(text):
        return True
    c = find_commitment(text)
    # (the child as the subject sets no one to work; "Tasha, Alfie's key person," is an adult)
    return c is not None and not c.passive and understanding.owner_verdict(c.subject, cell=False)[0] == "ok" \
        and not understanding.mentions_child(_POSSESSIVE_WORD.sub("", c.subject))


_MIN_WORK = 2
_POSSESSIVE_WORD = lazy_re.compile(r"\b[\w-]+['’]s\b")
_PHASE = lazy_re.compile(r"^\W*(?:%s)\b" % "|".join(loader.vocabulary()["phase_words"]), re.I)


def child_state(sentence: str, understanding) -> bool:
    """"Kai goes to school every day", "The children are never left alone": the child as
    the subject of a present or future state, with no one set to work."""
    m = _STATE.match(sentence)
    if not (m and understanding.mentions_child(m.group("who")) and not _PAST.search(sentence)):
        return False
    # "Jayden will be checked in with each morning by Mrs Parr": the child is the subject, but the
    # work is the adult's the passive names
    c = find_commitment(sentence) if _BE_DONE_BY.search(sentence) else None
    return not (c and c.passive and c.agent and understanding.owner_verdict(c.agent, cell=False)[0] == "ok")


_NUMBERED_HEADING = lazy_re.compile(r"^\W*\d+(?:\.\d+)+[.)]?\s+(?P<text>\S.*)$")
_STATE = lazy_re.compile(
    r"^\W*(?P<who>(?:the\s+|both\s+|all\s+)?[\w'’-]+(?:\s+(?:and|&)\s+[\w'’-]+)?)\s+(?:will\s+)?(?:is|are|has|have|can|feels?|lives?|"
    r"goes|go|sleeps?|attends?|gets?|knows?|eats?|stays?|keeps?|grows?|reaches?|never|always|no longer|be|live|"
    r"sleep|attend|get|know|stay|keep|grow|reach|feel)\b", re.I)
_BE_DONE_BY = lazy_re.compile(r"\bbe\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b.*?\bby\s+[A-Z]", re.S)
_PAST = lazy_re.compile(r"\b(?:was|were|had|did|said|told|went|has been|have been)\b", re.I)


_RESPONSES = 2  # one "If ..." item among the worries may be a worry said as a condition


def _answers_each_sign(section: Section, understanding) -> bool:
    """Whether every item of a section's list opens on a condition and says what then happens."""
    items = [b.text for b in section.blocks if b.kind == "list_item"]
    return len(items) >= _RESPONSES and \
        all("opens_with_condition" in understanding.cues(text) for text in items) and \
        sum(any(protective(s, understanding) for s in understanding.analyser.sentences(text)) for text in items) \
        >= _RESPONSES


def protective(sentence: str, understanding) -> bool:
    """"If Kerry drinks, Ruby will stay with her nan": a trigger and a response."""
    cues = understanding.cues(sentence)
    responds = any(m.label == "CONTINGENCY_RESPONSES" for m in understanding.mentions(sentence))
    return "if_then" in cues or "conditional" in cues and responds
