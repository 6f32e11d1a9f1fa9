"""Group blocks into sections and classify each by its heading.

Headings map to kinds through rules/sections.toml. A sub-heading that names
no kind of its own ("Outcome 1", "Baby Amelia") belongs to the section above
it, so the actions under "The plan > Week one" are still plan actions.
"""
from __future__ import annotations

import re

from .. import loader
from ..model import Block, Location, Section
from ..nlp.commitment import FIRST_PERSON, find_commitment
from ..readers import BULLET_GLYPHS, HEADING_MAX_WORDS, MARKED_HEADING_MAX_WORDS, field_role
from ..textutil import OPENING_QUOTES, exact_phrase, lead_in, longest_phrase
from .. import lazy_re

BACKGROUND = frozenset(loader.vocabulary()["background_sections"])
# Header-less tables here list people or history, never work to do.
NO_INFERENCE = BACKGROUND | {"review"}
NOT_ACTIONS = BACKGROUND | {"contingency", "review", "title"}



def classify_heading(text: str, table: dict) -> str:
    """The kind of the longest synonym in the heading; before a colon wins ties.

    "Outcome 1: Nia's worries will be heard" is an outcome; "Safety plan: if
    things go wrong" is the contingency. Words in brackets only gloss the
    heading: "Contingency (agreed at the review conference)" is the contingency.
    """
    text = _BRACKET_NUMBER.sub("", text)
    timed = _part_then_time(text)  # (before its time is cut: "Part 2: The day Rosie leaves hospital")
    text = _DAY_AS_TIME.sub(" ", text)
    bare = re.sub(r"\([^)]*\)?", " ", text)
    halves = _TWO_LANGUAGES.split(bare)
    if len(halves) == 2 and all(h.strip() for h in halves):
        # "¿POR QUÉ HAY UN PLAN? / WHY IS THERE A PLAN?": a heading in two languages is named by
        # the half planlint knows; where both are known, the second (English, after Welsh)
        known = [k for k in (classify_heading(h, table) for h in halves) if k != "other"]
        if known:
            return known[-1]
    if not re.search(r"\w", bare):
        return "other"  # "(as recorded on 02/06/2025; kept with the plan for the core group)" glosses the heading above
    if bare.strip() != text.strip() and ((kind := classify_heading(bare, table)) != "other"
                                         or longest_phrase(bare, table)[0] == "other"):
        return kind  # (a heading named as another part, "Discharge criteria (agreed at the meeting)", too)
    if any(exact_phrase(gloss, table) == "other" for gloss in _BRACKET_GLOSS.findall(text)):
        return "other"  # "Before Oakley goes home (discharge criteria)": the bracket names the part
    if any(_whose_part(gloss) for gloss in _BRACKET_GLOSS.findall(text)):
        # "Health visiting (AK's part, in her own words)": someone's share of the work, in whatever
        # words (not what the child says)
        return "actions"
    if bare.strip() != text.strip() and _DATED_GLOSS.search(text):
        # "Weeks 7-12 (16 March to the review conference on 23 April)": a bracket that dates the
        # heading glosses when, and the meeting it names is no section's name
        return "other"
    if timed or _part_then_time(bare):
        # "Stage 2 — every week until the next review conference on ...": a stage of the work and
        # when it happens, whatever meeting its time names (unless its words name another part:
        # "Part 4 – Every child's view")
        rest = classify_heading(PART_NAME.sub("", bare, count=1), table)
        return "actions" if rest in ("review", "other", "actions", "title") else rest
    if (person := _PERSON_AND_ROLE.match(bare)) and longest_phrase(person.group("who"), table)[0] is None:
        # "Mrs Karen Doyle, attendance officer": whose part it is, not the minutes' attendance (nor
        # "Kim Ray, reviewing officer" the review); what follows the role may name the part
        # ("Jo Hill, health visitor – what I will do")
        part = _ROLE_THEN_PART.split(bare[person.end("who"):].lstrip(" ,–—-"), 1)
        return classify_heading(part[1], table) if len(part) == 2 else "other"
    if _CONDITION.match(bare):
        # "If the plan is not keeping Joss and Pip safe", "Should things slip": a heading that
        # opens on a condition says what happens then, whatever else it names
        return "contingency"
    if _REASON.match(bare):
        return "worries"  # "Why there is still a plan": the reasons for the plan, not its work
    if _ENDING.match(bare):
        return "other"
    if _TO_DO.match(bare):
        return "actions"  # "TO DO (who - what - when - how we'll know)", "To-do list": the work (its "to" is no filler)
    if _PLAN_AND.match(bare):
        return "actions"  # "The plan and what has happened": the plan first, with its progress beside it
    if (m := _WHEN_FIRST.match(bare)) and (kind := classify_heading(bare[m.end():], table)) != "other":
        return kind  # "By the review conference we want": when, then what the section is
    # "Outcomes in the child protection plan", "Views of the child", "What has to be true
    # for Pip by the next review": the words before the first preposition name the
    # section; the rest qualifies it.
    if (m := _QUALIFIED.match(text)) and (head := longest_phrase(m.group("head"), table))[0]:
        # (unless a phrase runs on through the qualifier: "Actions from last core group" is history)
        words = text[m.start("head"):].split()  # (after the heading's number: "5. Actions from the last meeting")
        on = longest_phrase(" ".join(words[:len(m.group("head").split()) + _QUALIFIER_WORDS]), table)
        return on[0] if on[1] > head[1] else head[0]
    whole, whole_len = longest_phrase(text, table)
    if ":" in text:
        head, head_len = longest_phrase(text.split(":", 1)[0], table)
        if head and head_len >= whole_len:
            return head
    if not whole and not _NUMBERED_TITLE.match(bare) and (m := _DOER_HEADING.match(bare)) and \
            (m.group("whose") or m.group("mine")):
        # "My part", "The adults' part", "Nana Jean's jobs": whose share of the work (but "3. Claire's
        # part" titles one numbered item among others, whatever part holds them)
        return "actions"
    return whole or "other"


_QUALIFIER_WORDS = 3
_NUMBERED_TITLE = lazy_re.compile(r"^\W*\d")


def _names_another_part(heading: str) -> bool:
    """"Discharge criteria", "Before Oakley goes home (discharge criteria)": a heading named as a part
    of its own that is none of the plan's, which takes no kind from the heading above it."""
    return bool(_APART.search(heading))


_APART = lazy_re.compile(rf"\b(?:{loader.alternation('apart_sections')})\b", re.I)


# "Mrs Claire Hartley, Designated Safeguarding Lead", "Jo Hill – health visitor": a person, then their role
_PERSON_AND_ROLE = lazy_re.compile(r"^\W*(?!(?:What|Who|When|Where|Why|How|Which|The|This|That|These|Our|Your|My|His|Her|Their|"
                                   r"Its|All|Each|Every|If|For|By|From|In|On|At)\b)"
                                   r"(?P<who>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
                                   r"\s*(?:,|\s[–—-])\s+\S")
_ROLE_THEN_PART = lazy_re.compile(r"\s[–—-]\s+|:\s+")
_DATED_GLOSS = lazy_re.compile(r"\([^)]*?(?:\b\d{1,2}[/.]\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+" + loader.month_pattern() + r"\b)[^)]*\)",
                               re.I)
_BRACKET_NUMBER = lazy_re.compile(r"^\W*\[\d{1,3}(?:\.\d{1,3})*\]\s*")  # "[3] WHY IS THERE A PLAN?"
_TWO_LANGUAGES = lazy_re.compile(r"\s+/\s+")
# "6. ", "1.2 ", "6A ", "VI. ", "B) ": a heading's number (a letter or a roman numeral only with its stop)
_NUMBERING = r"(?:(?:\d+[A-Za-z]?(?:\.\d+)*[.)]?|(?:[IVXivx]{1,5}|[A-Za-z])[.)])\s+)?"
_PLAN_AND = lazy_re.compile(r"^\W*" + _NUMBERING + r"(?:the\s+|our\s+|this\s+)?(?:action\s+)?(?:plan|actions)\s+(?:and|&)\s+"
                       r"(?!review|contingency)", re.I)
_WHEN_FIRST = lazy_re.compile(r"^\W*(?:by|before|within|until)\s+(?:the\s+)?(?:next\s+|first\s+)?"
                         r"(?:review\s+conference|review|conference|core\s+group)\b"
                         # ("By the review on 13/01/2026 we will see", "By the next review (3 March) we will see")
                         r"(?:\s+(?:on\s+|in\s+)?\(?\d{1,2}(?:[/.]\d{1,2}[/.]\d{2,4}|(?:st|nd|rd|th)?\s+[A-Za-z]+(?:\s+\d{4})?)\)?)?"
                         r"[,:]?\s+(?=\w)", re.I)
_TO_DO = lazy_re.compile(r"^\W*" + _NUMBERING + r"(?:things\s+)?to[- ]do\b(?!\s+(?:with|about)\b)", re.I)
_REASON = lazy_re.compile(r"^\W*" + _NUMBERING + r"why\s+\w", re.I)
# ("If…" alone heads items that each finish the condition: "Craig drives the kids: PD holds ...")
_CONDITION = lazy_re.compile(r"^\W*" + _NUMBERING + r"(?:if|should|in case|unless)(?:\s+\w|\s*(?:…|\.{2,}|→|->)|\s*:?\s*$)", re.I)
# "What stops now the child protection plan has ended", "What will end": work the plan no longer holds
_ENDING = lazy_re.compile(r"^\W*" + _NUMBERING + r"what\s+(?:(?:will|is|are)\s+)?(?:stops?|stopping|ends?|ending|finish(?:es|ing)?)\b",
                          re.I)
# "A safe, alert carer day and night", "Medicines every day": a time, not the child's day.
# ("Part 2: The day Rosie leaves hospital", "On the day of discharge": when the work happens, not
# "Rosie's day", the child's lived experience)
_DAY_AS_TIME = lazy_re.compile(r"\b(?:day\s+and\s+night|(?:every|each|per)\s+day|day[- ]to[- ]day"
                               r"|the\s+day\s+(?:(?:that|when)\s+)?\w+\s+(?:\w+\s+)?(?:leaves|goes|comes|moves|returns"
                               r"|arrives|starts|is|gets|will)|(?:on\s+)?the\s+day\s+of\s+\w+)\b",
                               re.I)
# ("OUTCOMES AGREED AT THE REVIEW CONFERENCE ON 20 MAY 2025": outcomes, where they were agreed;
# "What happened to the child in need plan": history, whichever plan it names)
_QUALIFIED = lazy_re.compile(r"^\W*" + _NUMBERING + r"(?P<head>[A-Za-z'’ -]+?)\s+(?:(?:agreed|set|decided)\s+(?:at|by|with|in)|"
                        r"in|of|from|to|within|under|by)\s+\S", re.I)


def _still_in_title(sections: list[Section]) -> bool:
    """No section with content yet: headings so far are the document's title lines."""
    # "Form CP1 (rev. 11/2024)" above the title is a line of the title page, not content.
    return all(s.kind in ("preamble", "title") and not any(_content_block(b) for b in s.blocks) for s in sections)


def _heads_of(k: int, heirs: dict[int, tuple[int, str]]) -> list[int]:
    """The sections a section took its kind from, nearest first, up the headings above it
    ("Tom told the family" under "Information giving" under "Our family plan for Milo")."""
    heads = []
    while k in heirs and heirs[k][0] not in heads:
        k = heirs[k][0]
        heads.append(k)
    return heads


def _titled(text: str, table: dict) -> bool:
    # "Our safety plan for Tyler and Ruby": a plan named for the child is the document's title
    # ("Mae's plan", "Kai's safety plan" too, but "Nanna Mo's plan" is her part of it)
    return longest_phrase(text, {"title": table.get("title", ())})[0] == "title" or bool(_PLAN_FOR.search(text)) or \
        bool((m := _NAMES_PLAN.match(text)) and m.group(1).lower() not in _RELATIVES)


# "Mae's plan", "Kai and Leo's safety plan": a plan named by whose it is
_NAMES_PLAN = lazy_re.compile(r"^\W*([A-Z][a-z'’-]+)(?:\s+(?:and|&)\s+[A-Z][a-z'’-]+)?['’]s\s+(?:[\w'’-]+\s+){0,3}?plan\W*$")
_RELATIVES = frozenset(w for name in ("family_roles", "parent_roles") for w in loader.lexicons()[name] if " " not in w)


# "REVIEW CHILD PROTECTION CONFERENCE: THE CHAIR'S WRITTEN PLAN"
_DOCUMENT_NAME = lazy_re.compile(r"\b(?:plan|minutes|record|report)\W*$", re.I)
# "Kian Malinowski: plan after step-up from CIN" (but "THE PLAN" heads the work)
_NAMED_PLAN = lazy_re.compile(r"^[^:]{2,40}:\s*(?:child protection\s+)?plan\b", re.I)
# "Outcome 1: Ruby is fed", "2. Ruby is safe" under the plan name one outcome and head its work;
# "Goals for Ruby", "What we want for the baby" name a list of outcomes.
_NAMES_AN_OUTCOME = lazy_re.compile(r"^\W*(?:outcome|goal|aim|objective)s?\s*\d|^\W*\d+(?:\.\d+)*[.)]?\s|:\s*\S+(?:\s+\S+){2,}", re.I)
# "9.1 What needs to change for Mateus and Lara", "3. Our goals for Kai": numbered, but a list's name
_NAMES_OUTCOMES = lazy_re.compile(
    r"^\W*\d+(?:\.\d+)*[.)]?\s+(?:what\s+(?:needs?|has)\s+to\s+(?:change|be\s+different)|what\s+(?:we|i)\s+want|"
    r"(?:our\s+|the\s+)?(?:goals|outcomes|aims|objectives))\b", re.I)
_MINUTES_ITEM = lazy_re.compile(r"^\W*\d+[.)]?\s+(?:the\s+)?(?:minutes|notes)\s+(?:of|from)\b", re.I)
_NUMBERED = lazy_re.compile(r"^\W*\d+(?:\.\d+)*[.)]?\s")
_CONDITION_HEADING = lazy_re.compile(r"^\W*if\s+\w+", re.I)
_PLAN_FOR = lazy_re.compile(r"\bplan\s+for\b|^\W*(?:my|your|our)\s+(?:\w+\s+)?plan\b", re.I)


def outline_headings(blocks: list[Block], table: dict, has_time) -> list[Block]:
    """"1. Why Finn and Isla have a plan" over "1.1 Leah has bipolar disorder ...": a numbered
    outline's short items with deeper items (or prose) under them are its headings, when two or
    more of them name parts of a plan (its worries, outcomes, contingency ...). Only those that
    name a part at the outline's top level, or a stage of time at any level ("Weeks 1-4: 3 to 30
    March"), are: "1. Referral to Early Help" over its details stays an action."""
    heads = [i for i, b in enumerate(blocks) if _outline_head(blocks, i)]
    if len({classify_heading(blocks[i].text, table) for i in heads} & _OUTLINE_PARTS) < _OUTLINE_NAMED_PARTS:
        return blocks
    # (and a part over prose, "5. If things go wrong" over its paragraphs)
    heads += [i for i, b in enumerate(blocks[:-1]) if i not in heads and b.kind == "list_item" and b.numbered
              and blocks[i + 1].kind == "paragraph" and _short_title(b.text)]
    # Below the top level, themes of the plan's work ("1.2 If Jess starts to become unwell") stay
    # its themes; a stage of time over work ("Before the baby is born - by 36 weeks") heads it.
    top = min(blocks[i].level for i in heads)
    heads = [i for i in heads if has_time(blocks[i].text) or
             blocks[i].level == top and classify_heading(blocks[i].text, table) != "other"]
    out = list(blocks)
    for i in heads:
        b = blocks[i]
        out[i] = Block("heading", b.text, b.location, level=b.level + 1, style=b.style)
    return out


def _outline_head(blocks: list[Block], i: int) -> bool:
    b = blocks[i]
    if b.kind != "list_item" or not b.numbered or i + 1 >= len(blocks):
        return False
    below = blocks[i + 1]
    # ("1. SALT referral for Mia" over "a) Who: Lisa (HV)": an action over its fields)
    return below.kind == "list_item" and below.level > b.level and _short_title(b.text) and not _DETAIL_LINE.match(below.text)


def _short_title(text: str) -> bool:
    text = text.strip()
    return len(text.split()) <= MARKED_HEADING_MAX_WORDS and not text.endswith((":", ".", ";", ",")) \
        and find_commitment(text) is None


_OUTLINE_NAMED_PARTS = 2
# The parts that show a list is the plan's outline ("Why there is a plan", "What we want for ...",
# "If things go wrong"), not work whose words happen to name a detail or the family
_OUTLINE_PARTS = frozenset({"worries", "strengths", "child_voice", "outcomes", "contingency", "review"})


def split_sections(blocks: list[Block], table: dict) -> list[Section]:
    sections = [Section("preamble", "", blocks[0].location if blocks else Location())]
    stack: list[tuple[int, str, bool, int]] = []  # (level, kind, is an umbrella, section index) of open headings
    heirs: dict[int, tuple[int, str]] = {}  # section index: (the heading's it took its kind from, its own kind)
    chain: tuple[int, int] | None = None  # level and index of an action heading its siblings may carry on
    blocks = list(_split_labelled_headings(_action_headings(_titled_work(_closed_items(blocks)), table), table))
    kinds = _themes(blocks, {i: _heading_kind(b.text, table) for i, b in enumerate(blocks) if _is_heading(b)}, table)
    umbrellas = _umbrellas(blocks, kinds)
    for i, block in enumerate(blocks):
        if i not in kinds:
            sections[-1].blocks.append(block)
            continue
        level = block.level or 1
        while stack and stack[-1][0] >= level:
            stack.pop()
        kind = kinds[i]
        first = len(sections) == 1
        if _still_in_title(sections) and (
            kind in ("title", "other") or kind == "actions" and (first and level == 1 or _titled(block.text, table))
            # "REVIEW CHILD PROTECTION CONFERENCE: THE CHAIR'S WRITTEN PLAN" names the document
            or kind == "review" and _DOCUMENT_NAME.search(block.text)
            or kind == "actions" and _NAMED_PLAN.match(block.text)
        ) or kind == "title" and not any(_content_block(b) for s in sections for b in s.blocks):
            # The title lines ("Brackenridge Council", "Child Protection Plan
            # for Amelia") name the whole plan, not its action section; a title-like
            # line with nothing above it but headings ("Review Child Protection
            # Conference" over "Hartlemoor City Council") makes those headings title
            # lines too (still in the title, they already are, and none is on the stack).
            for s in sections[1:]:
                s.kind = "title"
            stack.clear()
            sections.append(Section("title", block.text.strip(), block.location))
            continue
        if kind == "title" and _MINUTES_ITEM.match(block.text):
            kind = "other"  # "1. Minutes of core group 1 (09/05/2025)": an agenda item on the last meeting's record
        elif kind == "title":
            kind = _part_named(block.text, table) or "actions"
        outcome = ""
        chained = kind == "other" and chain is not None and chain[0] == level and (
            not sections[chain[1]].blocks
            # "D ACTIONS" over a key to initials, then "1 ANA STAYS WELL": its numbered themes
            or _NUMBERED.match(block.text) and not any(b.kind in ("list_item", "table") for b in sections[chain[1]].blocks))
        if chained:
            # "THE PLAN" with nothing under it, then "1 FINLEY IS SAFE", "2 ISLA IS FED" at
            # its own level: the plan's themes, not sections of their own.
            kind = "actions"
        elif kind in ("other", "worries") and _CONDITION_HEADING.match(block.text):
            kind = "contingency"  # "If Mum gets poorly": what happens then
        elif kind == "other" and stack and not (stack[-1][1] == "details" and sections[-1].blocks) \
                and not _names_another_part(block.text):
            # ("APOLOGIES" over a line of its own, then "2. HOW ARCHIE IS DOING": an agenda item
            # after the details, not more of them)
            heirs[len(sections)] = (stack[-1][3], kind)
            kind = stack[-1][1]
            if kind == "actions" and stack[-1][2]:
                kind = "other"  # "INFORMATION SHARED" under a record's title that names its actions
        elif kind == "family" and stack and stack[-1][1] == "actions" and not stack[-1][2]:
            heirs[len(sections)] = (stack[-1][3], kind)
            kind = "actions"  # "Family support" under "What will happen": who does that part of the work
        elif kind == "actions" and stack and stack[-1][1] == "contingency":
            kind = "contingency"  # "What the grown-ups will do" under "If Mum gets poorly"
        elif kind == "outcomes" and stack and stack[-1][1] == "actions" and _NAMES_AN_OUTCOME.search(block.text) \
                and not _NAMES_OUTCOMES.match(block.text):
            kind, outcome = "actions", block.text.strip()
        elif kind == "outcomes" and _labels_its_outcome(block.text):
            outcome = block.text.strip()  # "Outcome 1: Amelia is safe at home" names its outcome
        if kind == "outcomes" and not outcome and stack and stack[-1][1] == "outcomes" and \
                (n := _ORDINAL.match(block.text)) and len(block.text[n.end():].split()) >= _OUTCOME_WORDS:
            # "### 3. Aga feels less anxious ..." under "Things we want to be different": one of them
            outcome = block.text.strip()
        if not chained:
            chain = (level, len(sections)) if kind == "actions" else None
        stack.append((level, kind, i in umbrellas, len(sections)))
        sections.append(Section(kind, block.text.strip(), block.location, outcome=outcome))
    named = set()  # the sections found below to name the plan over its opening parts, not to hold its work
    # (a heading that took a "Who came" or "Information giving" under it, a part that comes before
    # the work, titles those parts; "Our family plan" over "Keeping the kids safe" heads the work)
    # (the first part under it: "Help from the family" after "Time with Dad" under "Our plan as questions
    # and answers" is the family's share of the work)
    opening = {above for k, (head, own) in heirs.items() if own in _BEFORE_THE_WORK and k == head + 1
               for above in _heads_of(k, heirs)}
    for j, section in enumerate(sections):
        if j in heirs and heirs[j][0] in named and section.kind == "actions":
            # "Information giving", "The social worker's bottom lines" under "Our family plan for Kayden
            # and Lacey", which names the document: their own kinds, not the work's they took from it
            section.kind = heirs[j][1]
            named.add(j)
            continue
        if section.kind == "title" and any(_content_block(b) for b in section.blocks):
            # "Making sure Maddie is safe" right under the title, with a list or
            # prose under it, is a section of the plan, not a second title line.
            kind = classify_heading(section.heading, table)
            if kind == "actions" and not any(
                    b.kind in ("list_item", "table") or _ACTION_LINE.match(b.text) for b in section.blocks):
                # "My Plan" over a line of prose ("For Amber, age 9. Made at ...") is still the title.
                continue
            if kind == "actions" and _titled(section.heading, table) and any(s.kind == "actions" for s in sections[j + 1:]):
                # "Child protection plan: Kayden and Ava" over a list of who they are, and "The plan"
                # later: the document's name over its details, not its work.
                continue
            if kind == "title" and (part := _part_named(section.heading, table)):
                if part == "actions" and any(s.kind == "actions" for s in sections[j + 1:]):
                    continue  # "Signs of Safety – Mapping and Safety Plan" over the case's details, the work later
                kind = part
            section.kind = "other" if kind == "title" and not _titled(section.heading, table) else kind
        elif section.kind == "actions" and _titled(section.heading, table) and not _NUMBERED_PART.match(section.heading) \
                and section.blocks and all(b.kind == "paragraph" and not _ACTION_LINE.match(b.text) for b in section.blocks) \
                and any(s.kind == "actions" for s in sections[j + 1:]):
            # "Your baby's child protection plan" over a letter's prose, or "Pre-birth Child Protection
            # Plan" over the baby's details, with "The plan" later: the plan named, not its work
            section.kind = "other"
            if j in opening:
                named.add(j)
    return [s for s in sections if s.blocks or s.heading]


# "9. Outline child protection plan", "Part B – Child protection plan": a numbered part over its own sections
_NUMBERED_PART = lazy_re.compile(r"(?i)^\W*(?:\d|(?:part|section|stage|phase)\s+\w{1,3}\b)")


def _part_named(heading: str, table: dict) -> str | None:
    """"CHILD IN NEED PLAN - WHAT WE WANT FOR MASON": the plan's name, then the part of it."""
    part = _NAME_THEN_PART.split(heading, 1)
    kind = classify_heading(part[1], table) if len(part) == 2 else None
    return kind if kind not in (None, "title", "other") else None


_NAME_THEN_PART = lazy_re.compile(r"\s[-–—:]\s+|:\s+")
# Kinds a theme of the plan's work may share words with ("Family time", "Feelings and
# behaviour", "Risk of exploitation"); the family's own rules stay theirs.
_THEME_KINDS = frozenset({"family", "worries", "child_voice"})


def _themes(blocks: list[Block], kinds: dict[int, str], table: dict) -> dict[int, str]:
    """Kinds with the themes of an action heading's work read as its work: "Family time",
    "Risk of exploitation" under "Action plan", over lines that set people to work. The
    document's title ("Plan for Amelia") heads every section, not the plan's themes."""
    out = dict(kinds)
    heads = sorted(kinds)
    for n, i in enumerate(heads):
        if kinds[i] not in _THEME_KINDS:
            continue
        level = blocks[i].level or 1
        parent = next((j for j in reversed(heads[:n]) if (blocks[j].level or 1) < level), None)
        if parent is not None and parent != heads[0] and out[parent] == "actions" and \
                not _titled(blocks[parent].text, table) and _only_leads_in(blocks, parent) and _sets_work(blocks, i):
            out[i] = "actions"
        elif parent is not None and parent != heads[0] and out[parent] in ("outcomes", "actions") and \
                (number := _ORDINAL.match(blocks[i].text)) and int(number.group(1)) > 1 and (before := next(
                (j for j in reversed(heads[:n]) if (blocks[j].level or 1) <= level), None)) is not None and \
                (blocks[before].level or 1) == level and (last := _ORDINAL.match(blocks[before].text)) and \
                int(last.group(1)) == int(number.group(1)) - 1 and out[before] == "other":
            # "### 3. Aga feels less anxious and more confident as a parent" after "### 2. Maja and
            # Kuba go to school every day": the next of a numbered run of statements, whatever its
            # words (not "2. HOW THE CHILDREN ARE" after "1. OUTCOMES", a record's named parts)
            out[i] = out[before]
    return out


_ORDINAL = lazy_re.compile(r"^\W*(\d{1,2})[.)]?\s")
_OUTCOME_WORDS = 4


def _under(blocks: list[Block], i: int) -> list[Block]:
    """The blocks under the heading at i, up to the next heading."""
    out = []
    for block in blocks[i + 1:]:
        if _is_heading(block):
            break
        out.append(block)
    return out


def _only_leads_in(blocks: list[Block], i: int) -> bool:
    """An action heading with at most a line of its own before its first sub-heading: a heading
    over the plan's themes, not a document's title over its details ("Child Protection Plan")."""
    own = _under(blocks, i)
    return len(own) <= 1 and all(b.kind == "paragraph" for b in own)


def _sets_work(blocks: list[Block], i: int) -> bool:
    """Whether most of what stands under the heading at i, up to the next heading, sets
    someone to work in words of its own ("SW to arrange contact every Saturday"), not
    the child's quoted words or a description of the worry."""
    body = [b.text for b in _under(blocks, i) if b.kind in ("list_item", "paragraph")]
    work = [t for t in body if t.lstrip()[:1] not in OPENING_QUOTES and (c := find_commitment(t)) is not None
            and _SUBJECT.match(c.subject) and c.subject.lower() not in FIRST_PERSON]
    return bool(body) and len(work) * 2 > len(body)


# Who a line sets to work names them in a few words ("SW (Jo Hill)", "Gran"), not
# "On 1 May, with 0 meaning Ivy" before a scale's "will be left again".
_SUBJECT = lazy_re.compile(r"^[^,\d:;]{1,40}$")


# What opens a time: "now until the baby is born", "every week until the review", "by Friday"
WHEN_OPENS = lazy_re.compile(r"(?i)^\W*(?:now|today|straight\s+away|right\s+away|immediately|at\s+once|"
                             r"from|until|till|by|before|after|during|while|within|over|the\s+(?:next|first|last)|"
                             r"(?:on\s+)?the\s+day(?![- ]to[- ]day)|"
                             r"(?:the\s+)?weeks?|(?:the\s+)?months?|days?|every|each|daily|weekly|this|once|when)\b")
# "PART C - ", "Stage 2 — ": a part of the work named by its letter or number
PART_NAME = lazy_re.compile(r"(?i)^\W*(?:part|section|stage|phase)\s+[A-Z0-9]{1,2}\s*[-–—:.]\s+")


def _labels_its_outcome(heading: str) -> bool:
    """"Outcome 1: Amelia is safe at home": a label, then the outcome itself (the colon after a
    part's number is no outcome's: "SECTION C: OUTCOMES (agreed at conference)" only names the part)."""
    named = PART_NAME.sub("", heading)
    return ":" in named and len(named.split(":", 1)[1].split()) >= 3


def _part_then_time(text: str) -> bool:
    """"Stage 2 — every week until the next review conference on Tuesday 12 May 2026": a part of
    the work named, then when it happens (whatever meeting the time names)."""
    return bool((m := PART_NAME.match(text)) and WHEN_OPENS.match(text[m.end():]))


def _is_heading(block: Block) -> bool:
    # A heading in the child's own words ("“I want to feel OK in my own head and not end up
    # back in hospital.”") is a whole sentence, quoted, and no less a heading for its length.
    # So is an outcome set out under its label ("Goal 1: Mason and Ivy are cared for by a sober
    # adult every day and every night").
    # (an outcome's label may head a long statement of it: "Outcome 1 — Jayden is safe in the
    # community: he is home by 9.30pm, does not go missing, and is not being used ...")
    limit = 3 * MARKED_HEADING_MAX_WORDS if LABELLED_OUTCOME.match(block.text) else \
        2 * MARKED_HEADING_MAX_WORDS if _QUOTED_WHOLE.match(block.text) or _part_then_time(block.text) \
        or _LABELLED_THEME.match(block.text) or lead_in(block.text) \
        else MARKED_HEADING_MAX_WORDS
    return block.kind == "heading" and _words(block.text) <= limit


def _heading_kind(text: str, table: dict) -> str:
    # "Safety goal 3: a safety network around the children" is a goal, whatever words follow its label;
    # "Reviewing Brooke's plan" says how the plan is checked, though a name stands between its words
    if LABELLED_OUTCOME.match(text):
        return "outcomes"
    if _REVIEWING_PLAN.match(text):
        return "review"
    return _staged(classify_heading(text, table), text)


def _staged(kind: str, heading: str) -> str:
    """"Stage 3: From the first day at home": a stage of the plan's work, not the child's day."""
    return "actions" if kind == "child_voice" and _STAGE_LABEL.match(heading) else kind


_STAGE_LABEL = lazy_re.compile(r"^\W*(?:stage|phase)\s+\d{1,2}\s*[:.–—-]", re.I)
_REVIEWING_PLAN = lazy_re.compile(r"^\W*(?:\d{1,2}[.)]?\s+)?(?:reviewing|monitoring)\s+(?:the\s+|this\s+|[\w'’-]+['’]s\s+)"
                                  r"(?:child\s+protection\s+|cp\s+|child['’]s\s+)?plan\b", re.I)
_QUOTED_WHOLE = lazy_re.compile(r"^\s*[\"“][^\"“”]+[\"”]\s*$")
# "Worry 3: Mia has seen and heard her mum and dad shouting at the door": a theme of the plan
# set out under its label, as long as the worry takes to say (as an owner's lead-in, "Flaxholt
# Perinatal Mental Health Team (Beth Tully, perinatal CPN, and Dr Anjali Rao, ...) will:", may be)
_LABELLED_THEME = lazy_re.compile(r"^\W*(?:worry|concern|risk|danger|harm|issue)\s+(?:\d{1,2}|[A-Z])[.)]?\s*[:–—-]\s+\S",
                                  re.I)
# ("Personal outcome 1: ...": Wales's outcomes are the person's own)
LABELLED_OUTCOME = lazy_re.compile(r"^\W*(?:(?:safety|wellbeing|family|our|my|personal)\s+)?(?:outcome|goal|aim|objective)s?"
                                    r"(?:\s+(?:\d{1,2}|[A-Z]))?[.)]?\s*[:–—-]\s+\S", re.I)


# Kinds only a section of its own has: a heading over several of them spans the document.
_OWN_KINDS = frozenset({"worries", "strengths", "family", "child_voice", "outcomes", "contingency", "review"})
_BEFORE_THE_WORK = _OWN_KINDS - {"contingency", "review"}


def _umbrellas(blocks: list[Block], kinds: dict[int, str]) -> set[int]:
    """Headings whose sub-headings hold several kinds of section of their own:
    "STRATEGY MEETING RECORD - AGREED ACTIONS" over "Why the meeting was called",
    "What we want for Isla", "Contingency" titles the record, so an unnamed
    sub-heading under it ("Information shared") is not its action section."""
    found = set()
    heads = sorted(kinds)
    for n, i in enumerate(heads):
        level = blocks[i].level or 1
        below = set()
        for j in heads[n + 1:]:
            if (blocks[j].level or 1) <= level:
                break
            below.add(kinds[j])
        # A plan's themes may be named like sections ("Family time", "Leo's feelings"):
        # an umbrella has an action section of its own below it, or three other kinds.
        own = len(below & _OWN_KINDS)
        # ("The plan" over its parts, then "If things go wrong" and "Meetings": the work with what
        # follows it in a plan, not a record's title over all of it, which holds what comes before)
        if (own >= 3 or own >= 2 and "actions" in below) and below & _BEFORE_THE_WORK:
            found.add(i)
    return found


def _words(heading: str) -> int:
    """A bilingual heading ("Beth fydd yn digwydd · What will happen – who, when") is as long as its longer half;
    who leads the part ("– lead: Dr Elowen Carne, consultant perinatal psychiatrist, with ...") glosses it."""
    heading = heading[:m.start()] if (m := _LEAD_GLOSS.search(heading)) else heading
    # ("SCALING (0 = Tyler and Maisie will be hurt again; 10 = safe enough for the plan to close)":
    # the bracket explains the heading's word or two)
    if len(bare := _BRACKET_GLOSS.sub(" ", heading).split()) <= _GLOSSED_WORDS and bare:
        heading = " ".join(bare)
    return max(len(part.split()) for part in _LANGUAGES.split(heading))


_BRACKET_GLOSS = lazy_re.compile(r"\(([^()]*)\)")  # (findall gives what the bracket says)
_GLOSSED_WORDS = 2


# "Social work – lead: Kit Penrose, social worker", "GP (led by Dr Rashid)": who leads the steps under it
_LEAD_GLOSS = lazy_re.compile(r"\b(?:lead(?:\s+professional)?|led\s+by|responsible)\s*[:–-]?\s+(?P<who>[A-Z][^()]*?)\)?\s*$", re.I)
# "What the health visitor will do (Bethan Corless)", "School's part (Mrs Fairbairn, DSL)": whose steps follow
_DOER_HEADING = lazy_re.compile(r"^\W*" + _NUMBERING + r"(?:what\s+(?P<who>[^()]{2,60}?(?:\s*\([^()]{1,40}\))?)\s+(?:will|is\s+going\s+to|are\s+going\s+to)\s+do"
                           r"|(?P<whose>[^()]{2,60}?)['’]s?\s+(?:part|jobs?|tasks?|actions?)"
                           # ("Your part" in a plan written to the young person: his own share of the work)
                           r"|(?P<mine>my|our|your)\s+(?:part|jobs?|tasks?|actions?)"
                           # ("Kirsty and Nanna Jean together" among the people's parts: both of theirs)
                           r"|(?P<pair>[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:and|&)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+together)"
                           r"(?:\s*\((?P<gloss>[^()]{2,100})\))?\s*:?\s*$", re.I)


def _whose_part(gloss: str) -> bool:
    """"AK's part", "my part, as I wrote it": a bracket that opens by saying whose share of the work it is."""
    m = _DOER_HEADING.match(_GLOSS_CLAUSE.split(gloss, 1)[0])
    return bool(m and (m.group("whose") or m.group("mine")))


_GLOSS_CLAUSE = lazy_re.compile(r"\s*[,;]\s*")


# "What I'll do", "I will:": the writer's own work
_MINE = lazy_re.compile(r"(?i)^\W*(?:what\s+I(?:['’]ll|\s+will|\s+am\s+going\s+to)\s+do|"
                       r"I(?:\s+will|\s+shall|\s+am\s+going\s+to|\s+have\s+agreed(?:\s+to|\s+that)?)\s*:)\W*$")
# ("What everyone will do" is said of everyone: a collective owner, W002's to judge)
_PRONOUNS = {"i", "we", "you", "they", "us", "our", "my", "your", "their", "all"}
# "we, Marta and Piotr," / "we (Mum and Dad)": a pronoun, then the people it stands for
_PRONOUN_NAMED = lazy_re.compile(r"(?i:we|i|us|our|my)\s*[,(]\s*(?P<names>[A-Z][^(),]*(?:,\s*[A-Z][^(),]*)*?)\s*[,)]?")
# "Lauren", "Marta and Piotr", "Mum and Dad": a bracket of names only (not "for 1.1 to 1.4", "2026")
_NAMES_ONLY = lazy_re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s*(?:,|and|&)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)*")


def heading_owner(heading: str) -> str:
    """Who does the steps a heading stands over, when it says so; else ""."""
    if m := _LEAD_GLOSS.search(heading):
        return m.group("who").strip()
    heading = PART_NAME.sub("", heading)  # ("Part 1: What we, Marta and Piotr, will do")
    if _MINE.match(heading):
        # "What I'll do", "I will:": in a plan in the child's (or a parent's) own words, or a worker's
        # letter, the writer's ("My part" leaves its rows to say whose, as they often do better)
        return "I"
    if (m := _DOER_HEADING.match(heading)) is None and ":" in heading:
        m = _DOER_HEADING.match(heading.split(":", 1)[1])  # "Our part: what we, Siobhan and Ryan, will do"
    if m:
        who = (m.group("who") or m.group("whose") or m.group("pair") or m.group("mine")).strip()
        gloss = (m.group("gloss") or "").strip()
        if who.lower() not in _PRONOUNS:
            if named := _PRONOUN_NAMED.fullmatch(who):
                # "What we, Marta and Piotr, will do", "What we (Mum and Dad) will do": the names
                return named.group("names").strip()
            return f"{who} ({gloss})" if gloss else who
        if _NAMES_ONLY.fullmatch(gloss):
            return gloss  # "My part (Lauren)", "Our part (Marta and Piotr)"
        # ("What we will do": whoever "we" are, the steps say it better)
    # "Dr Anita Roy, Velmore Perinatal Mental Health Team, will:" as a heading, whose colon a
    # bold line made heading may have lost ("Jade will")
    if (m := lead_in(heading.rstrip(" :") + ":")) and m.group("who").lower() not in _PRONOUNS:
        return m.group("who").strip(" ,")
    return ""


_LANGUAGES = lazy_re.compile(r"\s[·|/]\s")


def _content_block(block: Block) -> bool:
    """A list, or a paragraph of prose rather than a "Date: 12/03/2025" line."""
    return block.kind == "list_item" or block.kind == "paragraph" and (
        len(block.text.split()) >= _PROSE_WORDS and not _DETAIL_LINE.match(block.text)
        or bool(_ACTION_LINE.match(block.text)))


# "Action: SW to visit ...", "Task 2:": work to do, whatever the heading above it.
_ACTION_LINE = lazy_re.compile(r"^\W*(?:actions?|tasks?|agreed|recommendations?)(?:\s+\d+(?:\.\d+)*)?\s*:", re.I)


# "Niamh's father: Darren Kerr – does not live at the house ...": a long detail is still a detail.
_DETAIL_LINE = lazy_re.compile(r"^[^:.;]{1,40}:\s")
# A paragraph this long is prose; title pages carry short lines (names, dates, addresses).
_PROSE_WORDS = 15


_LEAD_IN_HEADING_WORDS = 12
_LEAD_IN_KINDS = {"outcomes", "child_voice", "contingency"}
# Below any heading a plan marks up: the list it names sits inside the section above it.
_LEAD_IN_LEVEL = 9


_BOX_BULLET = lazy_re.compile(rf"^\s*[{re.escape(BULLET_GLYPHS)}]\s+")


def _titled_box(block: Block, table: dict) -> tuple[str, list[Block]] | None:
    """(title, body blocks) for a one-column table whose top row names a section
    planlint knows ("What we are worried about") and whose rows below hold its text."""
    rows = block.table.rows if block.kind == "table" and block.table else []
    if len(rows) < 2 or any(len({c.strip() for c in row if c.strip()}) > 1 for row in rows):
        return None
    title = next((c.strip() for c in rows[0] if c.strip()), "")
    if not title or "\n" in title or len(title.split()) > HEADING_MAX_WORDS or title.endswith((".", ";")) \
            or classify_heading(title, table) == "other":
        return None
    body = []
    for row in rows[1:]:
        for line in next((c for c in row if c.strip()), "").split("\n"):
            if line.strip():
                bullet = _BOX_BULLET.match(line)
                body.append(Block("list_item" if bullet else "paragraph", line[bullet.end():].strip() if bullet
                                  else line.strip(), block.location))
    return title, body


def _closed_items(blocks: list[Block]) -> list[Block]:
    """"2.6 GP to send the SW Jodie's medication history" over "Completed 03/02/2026 – closed.",
    "2.7 Request a respite bed" over "Closed at core group 2 – no longer needed because ...": a
    numbered item the line under it closes is done, neither work nor a goal; both go."""
    out = list(blocks)
    for i, block in enumerate(blocks[:-1]):
        after = blocks[i + 1]
        if block.kind in ("heading", "paragraph") and _NUMBERED.match(block.text) and \
                after.kind == "paragraph" and _CLOSING_LINE.match(after.text):
            out[i] = out[i + 1] = None
    return [b for b in out if b is not None]


# "Completed 03/02/2026 – closed", "Closed at core group 2 – no longer needed", "No longer needed: ..."
# (not "Completed by 31/03", a due date; nor "Achieved", which ongoing work may be too)
_CLOSING_LINE = lazy_re.compile(r"^\W*(?:(?:completed|closed|done|finished)\b(?!\s+(?:by|when|within|before|on\s+time))"
                                r"|no longer (?:needed|required)\b)", re.I)


def _titled_work(blocks: list[Block]) -> list[Block]:
    """"1.1 Weekly sessions with Kyra, with a risk review after each one" in bold over "Lead: ...",
    "When: ...", "How we'll know: ...": a numbered action's title over its fields, read as a
    heading when short enough (its longer siblings are paragraphs). It is that action's first
    line, not a section named by its words."""
    out = list(blocks)
    for i, block in enumerate(blocks):
        if block.kind != "heading" or not (m := _NUMBERED.match(block.text)) or \
                len(block.text[m.end():].split()) < _WORK_TITLE_WORDS:
            continue
        under = blocks[i + 1:i + 1 + _FIELDS_UNDER_TITLE]
        fields = [b for b in under if b.kind == "paragraph" and _action_field(b.text)]
        if under and under[0] in fields and len(fields) >= 2:
            out[i] = Block("paragraph", block.text, block.location)
    return out


def _action_field(text: str) -> bool:
    """"Lead: Beth Lanyon, ...", "How we'll know: ...": a line naming who, when or how we'll know."""
    m = _FIELD_LABEL.match(text)
    return m is not None and field_role(m.group("label")) in ("owner", "timescale", "measure")


_WORK_TITLE_WORDS = 4  # "3. Plan", "2.1 Health" over labelled lines are parts of a form, not work
_FIELDS_UNDER_TITLE = 4
_FIELD_LABEL = lazy_re.compile(r"^\W*(?P<label>[^\W\d_][\w '’/&()-]{0,30}?)\s*:\s*\S")


def _action_headings(blocks: list[Block], table: dict) -> list[Block]:
    """"1. Visit Amy on the unit, then at home – Grace Tembo, social worker" over a paragraph
    saying when and how we will know, then "2. Keep a record of ... – Ward 4, nurse in charge":
    a plan that gives each action a heading of its own (what, a dash, who) under its action
    heading. Each is one numbered step of that section, its heading and paragraphs together,
    not a section of its own. Three or more, numbered from 1, only paragraphs under each."""
    out = list(blocks)
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    run: list[int] = []
    for n, i in enumerate(heads):
        m = _DASHED_STEP.match(blocks[i].text)
        after = heads[n + 1] if n + 1 < len(heads) else len(blocks)
        body = blocks[i + 1:after]
        step = m is not None and bool(body) and all(b.kind == "paragraph" for b in body)
        if step and run and blocks[run[-1]].level == blocks[i].level and \
                int(m.group("n")) == int(_DASHED_STEP.match(blocks[run[-1]].text).group("n")) + 1:
            run.append(i)
            continue
        _steps_of(run, blocks, heads, out, table)
        run = [i] if step and int(m.group("n")) == 1 else []
    _steps_of(run, blocks, heads, out, table)
    return [b for b in out if b is not None]


def _steps_of(run: list[int], blocks: list[Block], heads: list[int], out: list, table: dict) -> None:
    if len(run) < _FEWEST_STEP_HEADINGS:
        return
    level = blocks[run[0]].level or 1
    parent = next((blocks[j] for j in reversed(heads) if j < run[0] and (blocks[j].level or 1) < level), None)
    if parent is None or _heading_kind(parent.text, table) != "actions":
        return
    for n, i in enumerate(run):
        end = run[n + 1] if n + 1 < len(run) else next((j for j in heads if j > i), len(blocks))
        head = _DASHED_STEP.match(blocks[i].text).group("text").rstrip()
        body = " ".join(b.text.strip() for b in blocks[i + 1:end])
        # (a dash before the paragraph, as after the heading's work: who stands between two dashes)
        out[i] = Block("list_item", f"{head.rstrip(' .:;')} — {body}", blocks[i].location, numbered=True)
        for j in range(i + 1, end):
            out[j] = None


_DASHED_STEP = lazy_re.compile(r"^\W*(?P<n>\d{1,2})[.)]\s+(?P<text>\S.*?\s[–—-]\s+\S.*)$")
_FEWEST_STEP_HEADINGS = 3


def _split_labelled_headings(blocks: list[Block], table: dict):
    """"CONTINGENCY: If Mr Walsh returns, ..." standing alone is a heading and its text.

    Outcome headings keep their text, which names the outcome.
    """
    level = 1
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if block.kind == "heading":
            level = block.level
        if (box := _titled_box(block, table)) is not None:
            # A form's box titled in its top row ("C. What Tayo says" over what he said):
            # a section beside the headings around it.
            yield Block("heading", box[0], block.location, level=level)
            yield from box[1]
            continue
        # (right under a heading, a lead-in introduces that heading's list: "Agreed with Mara, in her words:")
        if block.kind == "paragraph" and following is not None and following.kind == "list_item" and \
                i > 0 and blocks[i - 1].kind != "heading" and \
                block.text.rstrip().endswith(":") and len(block.text.split()) <= _LEAD_IN_HEADING_WORDS and \
                classify_heading(block.text.rstrip(" :"), table) in _LEAD_IN_KINDS:
            # "What we want to see by the next review:" over a list names the list, as a heading would.
            yield Block("heading", block.text.rstrip(" :"), block.location, level=_LEAD_IN_LEVEL)
            continue
        head, _, rest = block.text.partition(":")
        kind = longest_phrase(head, table)[0] if block.kind == "heading" and rest else None
        # A sentence after the colon is content; a phrase ("Safety plan: if things go wrong") is still a title.
        if kind and kind not in ("title", "outcomes") and len(rest.split()) >= 6 and rest.rstrip().endswith((".", "!", "?")):
            yield Block("heading", head.strip(), block.location, level=block.level)
            yield Block("paragraph", rest.strip(), block.location)
        else:
            yield block


_LABEL_WORDS = 6


def labelled_kind(text: str) -> str | None:
    """The section a line's label names: "Contingency: if Lee drinks, ..." is the contingency's."""
    head, colon, _ = text.partition(":")
    if not colon or len(head.split()) > _LABEL_WORDS:
        return None
    return exact_phrase(head, loader.phrase_table("sections.toml"))
