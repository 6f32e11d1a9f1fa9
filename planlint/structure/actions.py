"""Actions and outcomes written as bullets or sentences rather than table rows."""
from __future__ import annotations

import dataclasses
import re

from .. import loader
from ..model import Action, Block, Outcome, Section
from ..nlp.commitment import (Commitment, find_commitment, imperative, nothing_needed, opens_with_verb,
                               reports_undertaking, spoken_commitment)
from ..nlp.cues import cue
from ..nlp.understand import CONCRETE_OWNER
from ..readers import ARROWS, FIELD_ROLES, FORM_ROLES, field_role
from ..textutil import (LEAD_IN, OPENING_QUOTES, TIMED_LEAD_IN, WEEKDAY, empty_field, exact_phrase, inline_fields, is_empty_cell,
                        lead_in, longest_phrase)
from .content_kinds import child_state, numbered_step, protective
from .sections import NOT_ACTIONS, PART_NAME, WHEN_OPENS, classify_heading, heading_owner
from .tables import BORN, cell_fields, header_role, split_owner_time
from .. import lazy_re


# A work's code ("A3", "CG2.10"), a reference to numbered or coded work ("3", "A12", "1.2") and a
# list of them ("1, 3 and 4"): what code steps, field lines and the parts answering the work share
# ("6.1.12" in an outline numbered to three levels, not a date's "19.03.26": no third level is 20 or more)
CODE = r"[A-Z]{1,3}\d{1,2}(?:\.\d{1,2})?"
REF = r"(?:[A-Z]{1,3})?\d{1,2}(?:\.\d{1,2}(?:\.1?\d(?!\d))?)?"
REF_LIST = rf"{REF}(?:\s*(?:,|&|and)\s*{REF})*"


def _is_commitment(c: Commitment | None, understanding) -> bool:
    """Whether c, a unit's find_commitment, sets someone (or, passive, no one named) to work."""
    if c is None:
        return False
    if c.passive:
        return True  # "Home conditions will be monitored": an action with no owner
    return understanding.owner_verdict(c.subject, cell=False)[0] != "missing"


def _child_led(c: Commitment | None, text: str, understanding) -> bool:
    """"Amelia will be safe and well": a statement about the child's future (c is
    text's find_commitment)."""
    if c is None or c.passive and _TO_BE.search(text):
        return False  # "Isla's immunisations to be rebooked": a task with nobody named, not a hope
    return understanding.mentions_child(c.subject) and not understanding.owner_verdict(c.subject, cell=False)[1]


# "Kayden knows to ...", "Ruby and Ava know who to ring", "Mia has practised ...": a child's safety skill
_CHILD_KNOWS = lazy_re.compile(r"^\W*(?P<who>[A-Z][\w'’-]+(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?)\s+"
                          r"(?:knows?|has\s+(?:learnt|learned|practised|practiced))\b")
_TO_BE = lazy_re.compile(r"\bto be\s+(?:\w+ly\s+)?\w+(?:ed|en)\b", re.I)
# "will be 5", "needs to be safe", "will need help": a state or a need after the modal; "will stay
# on Ward 6 until ...", "will remain with Nan": where the child lives meanwhile, no one's work
_CHILD_STATE = lazy_re.compile(r"\s*(?:will|must|should|needs?\s+to)\s+(?:continue\s+to\s+|go\s+to\s+|go\s+and\s+)?"
                               r"(?:be|feel|know|need|stay|remain|live)\b", re.I)


_ACTION_LINE_LABELS = set(loader.vocabulary()["action_line_labels"])
_DETAIL_LABELS = set(loader.vocabulary()["detail_labels"])
# "ACTION 3: Parenting assessment ...": an export may number its labels.
# "Kto / Who:", "Skąd będziemy wiedzieć / How we will know:": a bilingual label may run longer.
# "Resp. worker:": a case system abbreviates its labels.
# ("START - END: Thursdays ...": a spaced dash parts two names as a slash does)
_FIELD_LINE = lazy_re.compile(r"^(?P<label>[^\W\d_](?:[^\W\d_]|[ '’/?.]|(?<= )[-–](?= )){0,44}?)(?:\s+\d{1,3}(?:\.\d{1,3})*)?\s*:\s*(?P<value>.*)$")


def _field_line_match(text: str) -> re.Match | None:
    """_FIELD_LINE.match(text). Every match holds a colon, which most blocks lack, and
    without one the pattern's lazy label still tries each of its 45 lengths (about 4 us
    a sentence, for every block several times over)."""
    return _FIELD_LINE.match(text) if ":" in text else None


# "AGREED 2.1 – LD to attend the group": minutes number their decisions and dash the work
_ACTION_DASH = lazy_re.compile(r"^(?P<label>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)?)(?:\s+\d{1,3}(?:\.\d{1,3})*)?\s+[-–—]\s+"
                          r"(?P<value>\S.*)$", re.S)


_GROUP_MAX_WORDS = 6
_FORM_REACH = 6  # blocks below a form's first field lines where its action may stand
# Sections a labelled line may stand for in the middle of the plan's work.
_SECTION_LABELS = frozenset({"contingency", "child_voice", "worries", "strengths", "family"})
_BANNER_WORDS = 10
_LEAD_IN_WORDS = 14
_SINCE = lazy_re.compile(r"\bsince\s+(?:\S+\s+){0,2}$", re.I)
_VERB = lazy_re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|does|did|do|went|goes|"
                   r"lives|live|feels|felt|wants|want)\b", re.I)
_POINTS_AT = r"\b(?:these things|the following|as follows|(?:listed|set out|shown) below)\b"  # the list below
_FORWARD = lazy_re.compile(rf"{_POINTS_AT}|\bbelow\W*$|:\s*$", re.I)
_FOOTNOTE = lazy_re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S")
# a name in capitalised words, perhaps with its team in a bracket: "Ben Asante", "Gansworth Adult
# Social Care (Learning Disability Team)"
_NAME_WORD = r"[A-Z][\w'’.-]*|and|of|the|for|&"
_PROPER_NAME_ONLY = lazy_re.compile(rf"(?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}))*(?:\s*\((?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}))*\))?")
_POINTS_FORWARD = lazy_re.compile(_POINTS_AT, re.I)
_MARKER = lazy_re.compile(r"^\(?[a-z0-9]{1,2}[.)]\s+")
_FORM_FIELD = lazy_re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, loader.vocabulary()["form_fields"])), re.I)
# A sentence about the plan's items as a whole: "Each need below ...", "All the actions in this plan ..."
_ABOUT_THE_ITEMS = lazy_re.compile(r"^\W*(?:each|every|all(?:\s+the)?)\s+(?:needs?|actions?|steps?|tasks?|rows?|outcomes?|goals?|"
                              r"items?|worr(?:y|ies)|areas?)\s+(?:below|above|listed|here|in\s+(?:this|the)\s+(?:plan|table))\b"
                              # "Each heading says by when the things under it will be done"
                              # ("Each part's banner gives the date by which its actions are to be done")
                              r"|^\W*(?:each|every)\s+(?:\w+['’]s\s+)?(?:headings?|sections?|columns?|rows?|box(?:es)?|parts?|banners?|"
                              # ("Each outcome names the wellbeing indicators it is about")
                              r"outcomes?|goals?|needs?|actions?|steps?|tasks?)\s+"
                              r"(?:says?|shows?|tells?|lists?|gives?|names?|sets?\s+out)\b"
                              # "The actions are grouped by when they must be done": how the list is laid out
                              r"|^\W*(?:(?:the|these|our|all\s+the)\s+)?(?:actions?|steps?|tasks?|rows?|items?|points?)\s+"
                              r"(?:(?:below|above|here|that\s+follow)\s+|in\s+(?:this|the)\s+(?:plan|table|section)\s+)?"
                              r"(?:are|have\s+been)\s+(?:grouped|listed|set\s+out|arranged|ordered|sorted|numbered|organi[sz]ed|split)\b"
                              # "The last column is when the core group will next look at the row."
                              # ("The last row of each table, “How we will know”, says by the action's number ...")
                              r"|^\W*the\s+(?:first|second|third|fourth|fifth|last|left|right|middle|top|bottom)(?:-hand)?\s+"
                              r"(?:columns?|rows?|lines?|box(?:es)?)\s+(?:of\s+(?:each|every|the|this)\s+(?:tables?|sections?|parts?)\s*)?"
                              r"(?:,[^.;]{0,40},\s*)?(?:is|are|says?|shows?|tells?|gives?|lists?)\b"
                              # "An X shows the weeks in which the action happens", "A tick in a box means ..."
                              r"|^\W*(?:an?|the)\s+[\"“'‘]?(?:x|✓|✔|ticks?|cross(?:es)?|marks?|stars?|asterisks?)[\"”'’]?\s+"
                              r"(?:\([^()]{0,20}\)\s+)?(?:(?:in|under|against|beside)\s+[^.;]{0,40}?\s+)?"
                              r"(?:shows?|means?|marks?|says?|tells?|gives?)\b"
                              # "The person in the Lead column is responsible for every row beside it"
                              r"|^[^.;]*?\b(?:in|under)\s+the\s+(?:[\"“'‘]?[\w/&'’-]+[\"”'’]?\s+){1,3}columns?\b"
                              # "At the end of each part, 'How we will know' says what the core group will see":
                              # a part named in quotes, and what it gives
                              # ("'What the core group will see' is the record that shows ...": what a part holds)
                              r"|^[^.;]{0,60}?[\"“'‘][^\"“”‘’]{2,40}?[\"”'’],?\s+(?:says?|shows?|gives?|lists?|tells?|sets\s+out|is|are|means?|holds?)\b"
                              # "Each ASSIGNED TO line is the owner of every task printed under it": who owns them
                              r"|^[^.;]{0,60}?\b(?:is|are)\s+the\s+(?:owners?|leads?|person|people)\s+(?:of|for|responsible\s+for)\s+"
                              r"(?:every|each|all(?:\s+the)?|the)\s+(?:actions?|tasks?|steps?|items?|rows?)\b"
                              # "Owners will bring their update to core group 3": whoever owns each item below
                              # "Type: WILL is something that will happen. WILL NOT is a safety agreement": a key to
                              # the words a column uses, in capitals
                              r"|^\W*(?:[\w ]{1,20}:\s+)?(?-i:[A-Z]{2,}(?:\s+[A-Z]{2,})?)\s+(?:is|means)\s+(?:something|an?|the|that|when|where)\b"
                              # "Part B is the rest of the plan": how the plan is laid out
                              r"|^\W*part\s+[A-Z0-9]{1,3}\s+(?:is|are|holds|has|sets\s+out|covers|gives|lists)\b"
                              # (not "The owner will fix the damp", a landlord)
                              r"|^\W*(?:(?:all|each|every)\s+(?:action\s+|task\s+)?owners?|(?:the\s+)?(?:action|task)\s+owners?"
                              r"|(?:the\s+)?owners)\s+(?:will|to|should|must|are\s+to)\b", re.I)
# "the next core group", "the second review conference": a meeting's place in its series
_NTH = rf"(?:(?:{loader.alternation('meeting_ordinals')})\s+)?"
# ("Initial child protection conference: Wednesday 19/11/2025, chaired by ...": the meeting the plan came from)
_MEETING_LABEL = lazy_re.compile(r"^" + _NTH + r"(?:core\s+group|(?:review|initial)(?:\s+child\s+protection)?\s+conference|rcpc|icpc|"
                            r"cla\s+review|looked[- ]after\s+review)s?(?:\s+(?:meetings?|dates?))?\s*$", re.I)
# "Pre-proceedings review meeting: Tuesday 17 February 2026, 10am", "Review child protection conference
# (Strengthening Families): 12 May 2026": any meeting's name, then when it is (not "Legal planning
# meeting: Chloe to ask for one by ...", which is work)
_MEETING_LINE = lazy_re.compile(r"^\W*[\w'’ -]{0,50}?\b(?:meetings?|conferences?|reviews?|panels?|hearings?)"
                                r"(?:\s*\([^)]*\))?\s*:\s*(?P<value>.*)$", re.I)
_WHEN_FIRST = lazy_re.compile(rf"^\W*(?:(?:{loader.alternation('weekdays')})\b|\d{{1,2}}(?:[/.]\d|\s*(?:st|nd|rd|th)?\s+"
                              rf"(?:{loader.alternation('months')})\b))", re.I)
# "The core group, which is you, me, ..., will meet every four weeks", "Review conference: to be arranged"
# ("It will meet every 4 weeks": only a group or a meeting meets as "it")
# ("Core group every 4 weeks at the Family Hub: 12/08/2025, ...", "Third review child protection conference: 23/10")
_MEETING_SENTENCE = lazy_re.compile(r"^\W*(?:(?:the|your|our|their|his|her)\s+)?" + _NTH + r"(?:core\s+group(?:\s+meetings?)?|review(?:\s+child\s+protection)?"
                               r"\s+conference|rcpc|it(?=\s+will\s+(?:meet|be\s+held)\b))\b(?:\s*:|\s+(?:every|each|weekly|fortnightly|monthly)\b|[^.;:]{0,120}?\b(?:(?:will|is\s+to|are\s+to)\s+(?:meet|be\s+held|"
                               r"be\s+on|take\s+place|be\s+arranged)|meets|(?:is|are)\s+(?:held|on)|takes\s+place)\b)"
                               # "There will be a review conference on ...", "The plan will be reviewed at every core group"
                               r"|^\W*there\s+will\s+be\s+(?:an?\s+|the\s+)?(?:next\s+|first\s+)?(?:core\s+group|review|rcpc)\b"
                               # ("The CIN plan will be looked at again after 3 months")
                               r"|^\W*(?:the|this)\s+(?:[\w-]+\s+){0,3}?plan\s+will\s+be\s+(?:reviewed|monitored|checked|looked\s+at)\b"
                               # "We will meet again on 2 September to review how things have gone"
                               r"|^\W*(?:we|everyone)\s+(?:will|shall)\s+(?:all\s+)?meet\s+again\b"
                               # "The core group will go through the last column at every meeting"
                               r"|^\W*(?:the\s+)?core\s+group\s+will\s+(?:go\s+through|look\s+at|review|check|monitor|consider)\b"
                               # "A legal planning review meeting will be held on 06/10/2025 to decide ..." (but a
                               # discharge planning meeting before the baby goes home is work for the baby)
                               r"|^\W*(?:an?|the)\s+(?:next\s+)?(?:legal\s+planning|(?:[\w-]+\s+){0,2}?review)\s+(?:[\w-]+\s+)?meeting\s+"
                               r"will\s+be\s+(?:held|convened|arranged)\b", re.I)
_THROUGH_IT = r"\b(?:go|talk|read)\s+(?:through\s+it|it\s+through|through\s+this(?:\s+letter)?|this(?:\s+letter)?\s+through)\b"
_PAPERWORK = lazy_re.compile(r"\b(?:copy|copies)\s+of\s+(?:the\s+|these\s+|this\s+)?(?:full\s+)?minutes\b"
                      r"|\b(?:send|sends|circulate|circulates|share|shares|get|receive)\s+(?:you\s+|everyone\s+)?(?:the\s+|these\s+)?"
                      r"(?:full\s+)?minutes\b"
                      # "Copies to everyone present and to the conference chair": who gets the paper
                      r"|^\W*copies\s+(?:sent\s+|go\s+)?to\b"
                      # "Sent to everyone present, ...", "Circulated to all invited": the minutes' own distribution
                      r"|^\W*(?:sent|circulated|distributed|emailed)\s+to\s+(?:everyone|all)\b"
                      # "..., so I will only go over them briefly": the letter speaking of itself
                      r"|\bI\s+will\s+(?:only\s+|briefly\s+|now\s+)?(?:go\s+over|set\s+out|summari[sz]e|outline)\b"
                      # "I have set the plan out by when things need to happen": how the letter is laid out
                      r"|\bI\s*(?:have|['’]ve)\s+(?:set|laid|put|written)\s+(?:the|this|your)\s+(?:plan|letter)\s+(?:out|down)\b"
                      # "I promised to write the plan down for you in plain words": this letter, done as it is read
                      r"|\bI\s+(?:promised|said|agreed)\s+(?:that\s+)?(?:I\s+would|to)\s+(?:write|put|set)\s+"
                      r"(?:the|this|your)\s+plan\b"
                      r"(?![^.]*\b(?:with|to)\s+(?:you|him|her|them)\b)"
                      # "Tom will go through it with you on his next visit", "ring you to talk it through": the letter
                      # (to "you", the letter's reader: "show Tiana her crisis card and go through it" is work)
                      rf"|\byou\b[^.]*{_THROUGH_IT}|{_THROUGH_IT}[^.]*\byou\b", re.I)
# A box ticked at the start of a line records something done (an unticked one, "☐", is still to do).
_TICKED = lazy_re.compile(r"^\s*(?:[☒☑✓✔]|\[[xX✓]\])\s")
# ("OUTCOME A Harvey and Ruby are ...": a numbered or lettered outcome, then its words)
_OUTCOME_DASH = lazy_re.compile(r"^(?P<label>(?:outcome|goal|aim|objective)s?)(?:(?:\s+\d{1,2})?\s*[-–—]\s+|"
                           r"\s+(?:\d{1,2}|(?-i:[A-Z]))\s+(?=(?-i:[A-Z])))(?P<value>\S.*)$", re.I | re.S)
_NEED_DASH = lazy_re.compile(r"^(?i:needs?|worry|worries|concerns?)\s+\d{1,2}\s*[-–—]\s+(?P<value>[A-Z].*)$", re.S)
# ("Tags: [NEW] agreed today; [DONE] finished, kept for the record": a key to the marks on the actions)
_KEY_LABEL = lazy_re.compile(r"^\s*(?:key|abbreviations?|glossary|initials(?:\s+used)?|tags|legend)\s*$", re.I)
_DECISIONS = lazy_re.compile(r"\bdecisions?\b(?!\s+and\s+actions?)", re.I)
_HEADING_LEAD = lazy_re.compile(r"^(?:what|actions? for|tasks? for|for|the)\s+", re.I)


def heads_subgroups(blocks: list[Block], i: int) -> bool:
    """The list item at i has sub-items with sub-items of their own: two levels under it."""
    if i + 2 >= len(blocks):
        return False
    child, grandchild = blocks[i + 1], blocks[i + 2]
    return grandchild.kind == "list_item" and grandchild.level > child.level > blocks[i].level


def _run_on_fields(field: tuple[str, str], columns: dict) -> list[tuple[str, str]]:
    """"Who: all staff.  When: every lesson.  Evidence: -" typed on one line: each label's own
    value, when every label after the first names a field."""
    role, value = field
    parts = _NEXT_LABEL_ON_LINE.split(value)
    more = [_field_of(p, columns) for p in parts[1:]]
    if not more or None in more:
        return [field]
    return [(role, parts[0].strip().rstrip(".;").strip()), *more]


_NEXT_LABEL_ON_LINE = lazy_re.compile(r"(?:(?<=[.;])\s+|\s{2,})(?=[A-Z][A-Za-z'’/ ]{1,30}?\s*:\s)")


def _timed_lead_in(text: str, understanding) -> tuple[str, str] | None:
    """"Stacey and Jordan will, every day from 05/08/2025:" over what they will do: who, and when."""
    m = TIMED_LEAD_IN.match(text.strip())
    if m and only_a_time(m.group("when"), understanding) and understanding.names_owner(m.group("who")):
        return m.group("who").strip(), m.group("when").strip()
    return None


def gather(blocks: list[Block], columns: dict, understanding, heading: str = "") -> list[tuple[Block, dict[str, str]]]:
    """Blocks with the fields that other blocks give them.

    "a) SW to refer Josh" followed by "BY WHEN: 30/05/2025" and "EVIDENCE: ..."
    lines is one action with those fields; "The health visitor will:" gives
    the bullets straight under it their owner. A short list item with
    sub-items under it ("1. Health") is a group title, not an action.
    """
    out: list[tuple[Block, dict[str, str]]] = []
    lead, lead_time, led, loose = "", "", 0, False
    lead_number = ""  # the outline number of a typed lead-in paragraph ("2. The HV will:"), which its steps carry on
    lead_level = -1  # the level of the list item that is the lead-in (-1: a paragraph, which leads any item)
    sources: list[Block | None] = [None]  # the block each plain item of out was read from, as the reader gave it
    # The order of the unlabelled who / when / how lines under the last item, and under this one:
    # siblings keep one order, which settles a line that could be either ("TBC").
    order: list[str] = []
    subs: list[str] = []
    took = False  # the block before this one was a field line of the last action
    labelled = [labelled_action(b, columns) for b in blocks]  # asked once: the form tests below all read it
    opener = _form_opener(blocks, labelled, columns)
    pending: dict[str, str] = {}  # fields of a form that names them before its action
    seen = False  # a labelled action has come
    provisional: set[str] = set()  # fields the first action took from lines above it, until its own say otherwise
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        text = block.text.strip()
        seen = seen or i > 0 and labelled[i - 1]
        if labelled[i] and block.kind == "paragraph" and following is not None and labelled[i + 1] and \
                _NUMBERED_LABEL.match(text) and not _NUMBERED_LABEL.match(following.text.strip()):
            # "Action 6: after school at Auntie Carly's" (a heading the plan's part took in) over
            # "- What: Have Connor and Millie after school ...": the form's title, not more work
            continue
        if (field := _read_field(block, columns, understanding, took) or (
                # (under a bullet, unless it says how the child will be: "Skye is fed on time")
                check if block.kind == "paragraph" and i and blocks[i - 1].kind == "list_item" and
                not _closes_group(blocks, i) and
                (check := check_line(block, columns)) and not child_state(check[1], understanding) else None)) and (
                pending or opener and field[0] == opener or not seen and _titled_form(blocks, labelled, i, columns, heading)):
            # (the first form's fields under its title ("ACTION 1") and above its action: its own)
            # "Lead professional: ..." over "What will happen: ...": this form's own field, not the last one's
            pending[field[0]] = "; ".join(v for v in (pending.get(field[0], ""), field[1]) if v)
            took = False
            continue
        if pending and _field_role(block.text, columns) in ("outcome", "need"):
            out.append((block, {}))  # "WHAT NEEDS TO CHANGE: ..." between the lead and the action: the form's outcome
            continue
        if pending:
            if labelled[i]:
                out.append((block, pending))
                provisional = set(pending) if not opener else set()
                pending, took = {}, True
                continue
            _settle(out, pending)
            pending = {}
        if block.kind in ("paragraph", "list_item") and (m := lead_in(text)):
            lead, lead_time, led = m.group("who").strip(), "", 0
            # (a list item's lead-in leads only the items under it: "Sandra will:" at 1.2 not 1.3)
            lead_level = block.level if block.kind == "list_item" else -1
            # ("2. The health visitor (Kate Burrows) will:" over typed paragraphs "2.1 ...", "2.2 ...":
            # the number its steps carry on)
            if block.kind == "paragraph" and (number := _LEAD_NUMBER.match(lead)):
                lead, lead_number = lead[number.end():], number.group(1)
            else:
                lead_number = ""
            continue
        if lead and lead_number and block.kind == "paragraph" and (step := _STEP_NUMBER.match(text)) and \
                step.group(1) == lead_number:
            led += 1
            out.append((block, {"owner": lead}))
            continue
        if block.kind == "paragraph" and (timed := _timed_lead_in(text, understanding)):
            lead, lead_time, led = *timed, 0
            lead_level = -1
            continue
        if block.kind == "paragraph" and following is not None and following.kind == "list_item" and \
                _OUTLINE_NUMBER.match(text) and (titled := _owner_and_when(text, understanding))[0]:
            # "1.1 Health visitor (HV Josie Marr) – fortnightly" over the steps she leads
            (lead, lead_time), led = titled, 0
            lead_level = -1
            continue
        # ("2. The HV will:" then "2.1 ...", "2.2 ..." as items of one level: the outline's numbers
        # put them under it)
        if lead and block.kind == "list_item" and (block.level > lead_level or "." in block.number) and \
                (led == 0 or loose or _adjacent(blocks[i - 1], block)):
            loose = led == 0 and block.style == "after-blank" or loose and led > 0
            led += 1
            out.append((block, {"owner": lead, **({"timescale": lead_time} if lead_time else {})}))
            continue
        lead = ""
        if (
            block.kind == "list_item" and following is not None and following.kind == "list_item"
            and following.level > block.level
            and not _field_line(following, columns)  # "- Weekly visits" over "- who: SW", "- when: ..."
            # "Day to day" reads like "X to do Y"; three words over sub-items are a title all the same
            # (or an item two levels of work head: "Orla's days are calm ... Part lead: Lucy" over "Lucy
            # will:" over its steps, a part however it is worded)
            and (find_commitment(block.text) is None or len(block.text.split()) <= 3 or heads_subgroups(blocks, i))
            # ("Isla at school, her health and her feelings" over "School" over its actions: an
            # item over sub-items that have their own is a theme, however many words it has)
            and (heads_subgroups(blocks, i) or len(block.text.split()) <= _GROUP_MAX_WORDS
                 # "8. SALT referral for Mia" over "- Lisa (HV)", "- by 16/05": an action and its fields
                 and not (len(block.text.split()) >= 3 and (order or _bare_field(following.text, understanding))))
        ):
            continue
        host = out[-1][0] if out else None
        # A field line under its action, or a "who: SW Leah Pritchard" sub-bullet under its bullet.
        under = host is not None and (host.kind == "paragraph" or host.kind == "list_item" and (
            block.kind == "paragraph" or block.kind == "list_item" and (
                block.level > host.level
                # ("- What: Visit Connor ..." then "- Who: Ewan Sharp (SW)", "- When: ...": a form's
                # fields as bullets side by side, the first naming the work)
                or block.level == host.level and field is not None and labelled_action(host, columns))))
        field = field if under else None
        if under and not field and (m := _field_line_match(text)) and _field_role(text, columns) == "outcome" and \
                _REFS_ONLY.fullmatch(m.group("value").strip()):
            continue  # "Goal: G1, G2" among an action's field lines: which goals it serves, no host of its own
        # An "Action: ..." line takes the field lines under it; another labelled
        # line, or an owner's own line ("HV (Jo): ..." under an owner field), does not.
        # ("Write a safety plan with Gemma: who has the children ..." over "- Who: Joanne Pryce": an
        # item whose colon opens its details, not its owner's line, when a Who sub-bullet says who)
        sub_item = host is not None and host.kind == "list_item" and block.kind == "list_item"
        # ("Each ASSIGNED TO line is the owner of ..." over "ASSIGNED TO: Sam Okoye" over a table
        # with no owner column: the line names the table's owner, not the note's)
        heads_table = field and field[0] == "owner" and following is not None and following.kind == "table"
        takes = field and field[0] not in out[-1][1] and not _need_line(block, columns) and (
            labelled_action(host, columns)
            or not heads_table and not _labelled_line(host.text, columns) and not (field[0] == "owner" and not sub_item
                                                               and _owned_line(host.text, understanding)))
        if takes:
            for role, value in _run_on_fields(field, columns):
                out[-1][1].setdefault(role, value)
            took = True
            continue
        if field and took and field[0] == "comment" and not closes_work(block) and not _need_line(block, columns):
            # "Was: ..." then "Conference decided: keep": a second note among the action's own lines
            out[-1][1]["comment"] = "; ".join(v for v in (out[-1][1].get("comment", ""), field[1]) if v)
            continue
        if field and took and field[0] != "comment" and not _need_line(block, columns):
            # "Responsible worker: Ayo Mbeki (SW)" then "Agency: Druxworth Children's Services", or
            # "Start: 01/07" then "End: 30/09": a second line for the same field, among the action's own.
            # A second measure line ("Evidence: ..." then "Progress: 3 visits so far") reports progress.
            if field[0] in provisional:
                # "Lead professional: ..." in the details above the first form, whose own "Responsible:"
                # line comes after its action: the form's own line says who
                out[-1][1][field[0]] = field[1]
                provisional.discard(field[0])
            elif field[0] == "measure":
                out[-1][1].setdefault("comment", field[1])
            else:
                # (the action's own line may not hold this field: "Lead: ..." under a host not taking it)
                out[-1][1][field[0]] = "; ".join(v for v in (out[-1][1].get(field[0], ""), field[1]) if v)
            continue
        took = False
        if under and not field and len(out[-1][1]) >= 2 and (block.kind == "paragraph" or host.kind == "list_item") and \
                (m := _field_line_match(block.text)) and len(m.group("label").split()) <= _FOREIGN_LABEL_WORDS and \
                longest_phrase(m.group("label"), columns)[0] is None and not labelled[i]:
            # "Cine: Helen Marsh", "Când: la fiecare 2 săptămâni", "- Priority: High · Status: Open" among
            # an action's field lines: a label planlint does not know (a translation, a form's or a task
            # tool's own field) is said of that action
            out[-1][1].setdefault("comment", m.group("value").strip())
            continue
        arrow = _ARROW.match(block.text)
        if under and host.kind == "list_item" and block.kind == "list_item" and "owner" not in out[-1][1] and \
                blocks[i - 1] is host and (who := _doer_line(block.text, understanding)):
            # "3. Lily to go to nursery every day" over "- Sarah to take her", "- from Monday":
            # the first line under the item says who does it, in a sentence of its own
            out[-1][1]["owner"] = who
            subs.append("owner")
            continue
        if under and host.kind == "list_item" and (block.kind == "list_item" or arrow) and not field:
            text = block.text[arrow.end():] if arrow else _sub_code_off(block.text, host.text)
            # (a line its code marks as the item's, "1.1.b visit notes on the case file within ...",
            # or one of the two or three lines under an item that set no one to work, is read by
            # what it says however long it is)
            marked = text != block.text or _detail_lines(blocks, i, understanding)
            said = _unlabelled_field(text, out[-1][1], understanding, marked=marked)
            role = _positional(text, said, out[-1][1], order[len(subs):len(subs) + 1], understanding, marked)
            usual = order or _USUAL_ORDER
            if arrow and role is None and len(subs) < len(usual) and usual[len(subs)] not in out[-1][1]:
                # an arrow marks the line as the item's, however long: who, when, how we'll know, as plans order them
                role = usual[len(subs)]
            if role:
                # "3. Collect Mia from nursery" over "- Sheila (Nan)", "- Mon, Tue, Wed" (or "→ Sheila"):
                # who and when on the lines under it, unlabelled
                out[-1][1][role] = text.strip()
                subs.append(role if role == said else "")
                continue
        if len(subs) >= 2 and all(subs):
            order = subs  # an order only what each line says settled
        subs = []
        if under and block.kind == "list_item" and host.kind == "list_item" and \
                (item := _item_of(blocks, i)) is sources[-1] and \
                ((spelt := item is not _parent(blocks, i)) or find_commitment(host.text) is not None) and \
                _detail_item(block.text, spelt):
            # "1.1 Lucy will visit ... every week" over "at every visit: check Orla's sleeping space ...":
            # a sub-item that only details its item is part of that work, not more of it
            out[-1] = (dataclasses.replace(host, text=f"{host.text.rstrip()} {block.text.strip()}"), out[-1][1])
            continue
        out.append((block, {}))
        sources.append(block)
    _settle(out, pending)
    for _, fields in out:
        if both := fields.pop("owner+timescale", ""):
            owner, time = split_owner_time(both, understanding)
            for key, value in (("owner", owner), ("timescale", time)):
                if value.strip(" -–—"):
                    fields.setdefault(key, value.strip())
    return out


def group_field(block: Block, columns: dict) -> tuple[str, str] | None:
    """("owner", "Sam Okafor, SW") for a print's "Need lead: Sam Okafor, SW" between its need and
    its tasks, ("measure", ...) for an outcome's "How we will know: ...", ("timescale", ...) for its
    "Target date: ..."; ("need", "") or ("outcome", "") for the "NEED 1: ..." or "OUTCOME 1.1: ..."
    line that opens the level such fields are given for; else None."""
    if block.kind != "paragraph" or not (m := _field_line_match(block.text.strip())):
        return None
    label = m.group("label").strip()
    role = longest_phrase(label, columns)[0]
    last = longest_phrase(label.split()[-1], columns)[0] if len(label.split()) > 1 else None
    first = longest_phrase(label.split()[0], columns)[0] if len(label.split()) > 1 else None
    if role in ("need", "outcome") and last in _GROUP_ROLES:
        role = last  # "Need lead", "Outcome target date": the level's lead or date, not the level
    elif role in ("need", "outcome") and first in _GROUP_ROLES:
        role = first  # "Lead for this theme": likewise
    if role in ("need", "outcome"):
        return role, ""
    return (role, m.group("value").strip()) if role in _GROUP_ROLES and m.group("value").strip() else None


_GROUP_ROLES = ("owner", "timescale", "measure")


def _parent(blocks: list[Block], i: int) -> Block | None:
    """The list item the item at i stands under: the nearest before it at a shallower level."""
    return next((b for b in reversed(blocks[:i]) if b.kind == "list_item" and b.level < blocks[i].level), None)


def _item_of(blocks: list[Block], i: int) -> Block | None:
    """The item the sub-item at i details: its parent, or past a label over it with nothing after
    its colon ("What this means:" under "1.3 Visit the children ...")."""
    parent = _parent(blocks, i)
    while parent is not None and parent.text.rstrip().endswith(":") and not lead_in(parent.text) and \
            (at := block_index(blocks, parent)) is not None:
        parent = _parent(blocks, at)
    return parent


def _detail_item(text: str, labelled: bool = False) -> bool:
    """A sub-item that sets no one new to work: "at every visit: check ...", "one visit a month
    after 7pm", "the plan will include the crisis team's number" (not "Mum will ...", nor an
    instruction of its own, "Refer Finley to ...", unless a label over it, "What this means:",
    says it spells out the item)."""
    if not labelled and (imperative(text) or opens_with_verb(text)):
        return False
    c = find_commitment(text)
    words = c.subject.split() if c else []
    return c is None or bool(words) and words[0].lower() in _NO_DOER_SUBJECTS


_NO_DOER_SUBJECTS = frozenset({"the", "this", "it", "these", "that", "which", "one", "a", "an"})


def front_sheet(blocks: list[Block], columns: dict) -> bool:
    """Lines of "Label: value" in which nobody commits to anything, one of them a case
    detail ("Written by:", "DOB:"), and none naming an action's field: the plan's front
    sheet ("Young person: ...", "Dad: Femi ..., phones Marley most Sundays", "Order:
    Referral order, 9 months"), even under a heading read as the plan's work."""
    if not all(b.kind in ("paragraph", "list_item") for b in blocks):
        return False
    matches = [_field_line_match(b.text) for b in blocks]
    fields = [m for m in matches if m]
    first = next((i for i, m in enumerate(matches) if m), len(blocks))
    # (a name or a date on a line of its own, between the fields; a note over the sheet, "Written
    # with Jayden and his mum at the YJS office ...", before them)
    if len(fields) < _FRONT_SHEET_LINES or any(
            not m and ((len(b.text.split()) > _NAME_LINE_WORDS and i > first) or find_commitment(b.text))
            for i, (b, m) in enumerate(zip(blocks, matches))):
        return False
    labels = [m.group("label").strip().lower() for m in fields]
    # ("Agreed at: initial conference" is when the plan was made, but "Agreed action:" is work)
    if any(label in _ACTION_LINE_LABELS or longest_phrase(label, columns)[0] == "measure" for label in labels):
        return False
    # ("SW: will visit ...", "HV: weigh Mia ...": the label is the doer)
    # ("AssetPlus: completed 01/08/2025; ...": a record of when it was done, not work to do)
    if any((find_commitment(m.group("value")) or find_commitment(f"{m.group('label')} {m.group('value')}")
            or opens_with_verb(m.group("value"))) and not _DONE_ON.match(m.group("value")) for m in fields):
        return False
    return any(label in _DETAIL_LABELS for label in labels) or any(BORN.search(b.text) for b in blocks)


_FRONT_SHEET_LINES = 3
_DONE_ON = lazy_re.compile(r"^\W*(?:completed|done|made|held|agreed|started|signed|written|updated)\s+(?:on\s+)?\d{1,2}[/.]\d",
                           re.I)
_NAME_LINE_WORDS = 6


def _settle(out: list[tuple[Block, dict[str, str]]], pending: dict[str, str]) -> None:
    """Field lines no action followed: after all they were the last action's own."""
    if out and pending:
        for role, value in pending.items():
            out[-1][1][role] = "; ".join(v for v in (out[-1][1].get(role, ""), value) if v)


def _form_line(block: Block, columns: dict) -> bool:
    """A line of a form's own: one of its fields, or its need or outcome ("WHAT NEEDS TO CHANGE: ...")."""
    return bool(_field_line(block, columns)) or _field_role(block.text, columns) in ("outcome", "need")


def _form_top(blocks: list[Block], k: int, columns: dict, stop: int = 0) -> int:
    """The first of the form lines running up to blocks[k] (k itself if none), no higher than stop."""
    while k > stop and _form_line(blocks[k - 1], columns):
        k -= 1
    return k


def _label_key(block: Block) -> str:
    return _field_line_match(_MARKER.sub("", block.text)).group("label").strip().lower()


def _titled_form(blocks: list[Block], labelled: list[bool], i: int, columns: dict, heading: str) -> bool:
    """blocks[i] is among the field lines between a form's title ("ACTION 1", "Task 03", as a
    line or as the section's heading) and its labelled action (a details line above the first
    form has no title over it)."""
    k = _form_top(blocks, i, columns)
    title = blocks[k - 1].text if k > 0 else heading
    return bool(_FORM_TITLE.match(title)) and any(labelled[i + 1:i + 1 + _FORM_REACH])


def _form_opener(blocks: list[Block], labelled: list[bool], columns: dict) -> str | None:
    """The field that opens each form when forms name it before their action ("Lead
    professional: ..." then "What will happen: ..."). Only when the second form shows it
    too: the field lines above its action end with the same labels as those above the
    first action (a lone "Lead professional: ..." in the details above the first form,
    followed by forms that put their fields after the action, is no such layout)."""
    found = [i for i, is_action in enumerate(labelled) if is_action][:2]
    if len(found) < 2:
        return None
    starts = [_form_top(blocks, action, columns, stop) for stop, action in zip((0, found[0] + 1), found)]
    first, second = ([_label_key(b) for b in blocks[k:action] if _field_line(b, columns)] for k, action in zip(starts, found))
    # (the same labels alone above the second action when a title such as "Action 2" stands between the forms)
    titled = starts[1] > found[0] + 1
    if not first or not (titled and second[:1] == first[:1] or len(second) > len(first) and second[-len(first):] == first):
        return None
    role = next(f[0] for b in blocks[:found[0]][::-1] if (f := _field_line(b, columns)) and _label_key(b) == first[0])
    return role if role != "comment" else None


def _doer_line(text: str, understanding) -> str:
    """The doer of a short line that only says who takes the work on: "Sarah to take her", "SW to lead"."""
    if len(text.split()) > _DOER_LINE_WORDS or (c := find_commitment(text)) is None or c.passive:
        return ""
    return c.subject if understanding.owner_verdict(c.subject, cell=False)[0] == "ok" else ""


_DOER_LINE_WORDS = 5


def _detail_lines(blocks: list[Block], i: int, understanding) -> bool:
    """Whether the sub-item at i is one of two or three under its item, one of them only naming
    someone and none setting anyone to work: "- Dev Mistry (SW)", "- every two weeks until ...",
    "- visit records on file within 2 working days, with ...", the item's who, when and how we
    will know (not "- Take Leo to nursery", "- Cook tea on Tuesdays", its steps)."""
    level = blocks[i].level
    start = i
    while start > 0 and blocks[start - 1].kind == "list_item" and blocks[start - 1].level >= level:
        start -= 1
    if start == 0 or blocks[start - 1].kind != "list_item" or blocks[start - 1].level >= level:
        return False
    end = i
    while end + 1 < len(blocks) and blocks[end + 1].kind == "list_item" and blocks[end + 1].level >= level:
        end += 1
    lines = blocks[start:end + 1]
    return 2 <= len(lines) <= len(_USUAL_ORDER) and all(b.level == level for b in lines) and \
        not any(find_commitment(b.text) for b in lines) and \
        any(len(b.text.split()) <= _SUB_ITEM_WORDS and understanding.names_owner(b.text) and
            not understanding.has_time(b.text) and not imperative(b.text) for b in lines)


def _sub_code_off(text: str, item: str) -> str:
    """"1.2.a Michelle" under "1.2 Keep the order in place ...": the sub-item's own words, without
    the code that extends its item's ("1.2.a", "1.2a", "2.1(b)")."""
    if (code := _SUB_CODE.match(text)) and (own := _OUTLINE_NUMBER.match(item)) and \
            code.group(1).startswith(own.group(0).strip().rstrip(".)")):
        return text[code.end():]
    return text


# "1.2.a ", "1.2a ", "2.1(b) ", "3.4.c - ": a sub-item's code, its item's number and a letter
_SUB_CODE = lazy_re.compile(r"^\W*(\d{1,2}(?:\.\d{1,2}){0,3})\.?\(?[a-z]\)?(?:\s*[.:)–—-])?\s+")


def _positional(text: str, role: str | None, fields: dict[str, str], expected: list[str], understanding,
                marked: bool = False) -> str | None:
    """The field a sub-item gives: by what it says (role), or, where that could be
    either ("TBC" is no one and no time) or nothing, by where its siblings put that field."""
    if not expected or expected[0] in fields or role == expected[0] or \
            len(text.split()) > _SUB_ITEM_WORDS and not marked or find_commitment(text):
        return role
    if role is None or not _definite(text, role, understanding):
        return expected[0]
    return role


def _definite(text: str, role: str, understanding) -> bool:
    """A line that can only be that field: a named owner with no time, a time with no owner."""
    concrete = understanding.names_owner(text)
    timed = understanding.has_time(text)
    return role == "owner" and concrete and not timed or role == "timescale" and timed and not concrete or \
        role == "measure" and not timed and not concrete


def _bare_field(text: str, understanding) -> bool:
    """A sub-item that is only an owner or only a time: "Lisa (HV)", "by 16/05"."""
    if len(text.split()) > _BARE_FIELD_WORDS or find_commitment(text) or imperative(text):
        return False
    return understanding.names_owner(text) or understanding.has_time(text)


_BARE_FIELD_WORDS = 4
_FOREIGN_LABEL_WORDS = 3
_USUAL_ORDER = ("owner", "timescale", "measure")
# "→ Ashok Mehta (SW)": an arrow leads a line of the item above
_ARROW = lazy_re.compile(r"^\s*(?:%s)\s*" % "|".join(map(re.escape, ARROWS)))


def _owned_line(text: str, understanding) -> bool:
    """"HV (Jo): ...": a line its owner opens, not "Write the ward plan: the baby is ..."."""
    m = _OWNER_LABEL.match(text)
    # (not "First-day calling for Mason and Lacey: ring Donna ...": whom the work is for)
    return bool(m) and not _CODE_LABEL.match(m.group("label").strip()) and not _FOR_WHOM.search(m.group("label")) and \
        understanding.owner_verdict(m.group("label"), cell=False)[0] != "missing"


_FOR_WHOM = lazy_re.compile(r"(?i)\bfor\s+\S")


def _labelled_line(text: str, columns: dict) -> bool:
    """"Outcome: ...", "Mum: ...", but not "Write the birth and ward plan: the baby is not left ...",
    a sentence whose colon opens its details."""
    if not (m := _field_line_match(text)):
        return False
    label = m.group("label").strip()
    if _CODE_LABEL.match(label):
        return False  # "A1: Visit Callum at home ...": the work's reference, not a field's name
    # a long label is one when a field's name makes up most of it ("How we will know it has worked")
    return len(label.split()) <= _LABEL_WORDS or 2 * longest_phrase(label, columns)[1] >= len(label)


_LABEL_WORDS = 4
_CODE_LABEL = lazy_re.compile(rf"^{CODE}$")


def _unlabelled_field(text: str, fields: dict[str, str], understanding, marked: bool = False) -> str | None:
    """The field a short sub-item (or one marked as its item's) gives the item above it, read by
    what it says."""
    if len(text.split()) > _SUB_ITEM_WORDS and not marked or find_commitment(text):
        return None
    labels = {m.label for m in understanding.mentions(text)}
    if "timescale" not in fields and (understanding.has_time(text) or "VAGUE_TIMESCALES" in labels) and \
            not labels & {"MEASURE_CUES", "MEASURE_PATTERN"}:
        return "timescale"
    verdict, _ = understanding.owner_verdict(text, cell=True)  # a line of its own, as a table cell is
    if "owner" not in fields and verdict != "missing" and len(text.split()) <= _SUB_OWNER_WORDS:
        return "owner"
    if "owner" not in fields and marked and understanding.owner_verdict(text, cell=False)[1] & CONCRETE_OWNER and \
            not labels & {"MEASURE_CUES", "MEASURE_PATTERN"}:
        return "owner"  # "4.1.a Miss Erin Walsh, Reception teacher, Brookside Primary School"
    if "measure" not in fields and ("owner" in fields or "timescale" in fields):
        return "measure"
    return None


_SUB_ITEM_WORDS = 12
_SUB_OWNER_WORDS = 6


def split_field_lines(blocks: list[Block], columns: dict) -> list[Block]:
    """"3. No alcohol kept in the house ...", then "Who: Kerry", "When: Every day from ...",
    "Check: ..." on lines of their own within one Word paragraph (breaks typed with Shift+Enter):
    the item, then each field line as the line a form would give it."""
    out: list[Block] = []
    for block in blocks:
        lines = block.text.split("\n") if block.kind in ("paragraph", "list_item") and "\n" in block.text else []
        first = next((k for k in range(1, len(lines)) if _role_line(lines[k], columns)), None)
        if first is None or sum(bool(_role_line(line, columns)) for line in lines[first:]) < _FIELD_LINES:
            out.append(block)
            continue
        out.append(dataclasses.replace(block, text=" ".join(x.strip() for x in lines[:first])))
        fields: list[str] = []
        for line in lines[first:]:
            if _role_line(line, columns) or not fields:
                fields.append(line.strip())
            else:
                fields[-1] = f"{fields[-1]} {line.strip()}"  # a field's value wrapped onto the next line
        out += [Block("paragraph", line, block.location, style=block.style) for line in fields]
    return out


def _role_line(line: str, columns: dict) -> bool:
    """"Who: Kerry", "By when: ...", "Check: ...": a line naming who, when or how we will know."""
    return bool(m := _field_line_match(line.strip())) and longest_phrase(m.group("label"), columns)[0] in _GROUP_ROLES


_FIELD_LINES = 2  # one "Note: ..." line is no form


def join_stacked_labels(blocks: list[Block], columns: dict) -> list[Block]:
    """"What will happen" / "Visit Ella ..." / "Responsible" / "Sara Khan (SW)" / ...: an export
    that stacks each field's name (often bold, so read as a heading) over its value. Two or
    more such pairs in a row, one of them who, when or how we will know, are "Label: value"
    lines, as other exports write them."""
    blocks = _colon_caps_labels(blocks, columns)
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        pairs, j, asked = [], i, False
        while j < len(blocks):
            if not (role := _stacked_name(blocks[j], columns)):
                if not (role := _asked_name(blocks[j], columns)):
                    break
                asked = True
            if j + 1 < len(blocks) and blocks[j + 1].kind in ("paragraph", "list_item") and \
                    not _stacked_name(blocks[j + 1], columns) and not _FORM_TITLE.match(blocks[j + 1].text):
                pairs.append((role, blocks[j], blocks[j + 1]))
                j += 2
            elif pairs and (j + 1 == len(blocks) or _stacked_name(blocks[j + 1], columns) or blocks[j + 1].kind == "heading"):
                # "Target date" left empty, the next field's name (or the next form's title) under it
                pairs.append((role, blocks[j], None))
                j += 1
            else:
                break
        roles = {role for role, _, _ in pairs}
        # (a form asking "Who will do it?" in its own words asks what is to be done too: an
        # assessment's "Who is in this family?" over "What has happened?" is no form)
        if len(pairs) >= 2 and roles & {"owner", "timescale", "measure"} and \
                (not asked or "action" in roles and len(pairs) >= _ASKED_FIELDS):
            out += [Block("paragraph", f"{label.text.strip().rstrip(':?').strip()}: {value.text if value else ''}".strip(),
                          label.location, style=value.style if value else "") for _, label, value in pairs]
            i = j
        else:
            out.append(blocks[i])
            i += 1
    return out


def _asked_name(block: Block, columns: dict) -> str | None:
    """"Who will do it?", "When will it happen?": a field asked for in a form's own words."""
    text = block.text.strip()
    if not text.endswith("?") or len(text.split()) > _ASKED_WORDS or block.kind not in ("heading", "paragraph") or \
            not _BARE_NAME.fullmatch(text := text.rstrip("?").strip()):
        return None
    # ("Who will do it" is "who"; "Who is in this family" is no field's name)
    role = exact_phrase(text, columns) or \
        exact_phrase(" ".join(w for w in text.lower().split() if w not in _ASKED_FIELD_WORDS), columns)
    return role if role in FORM_ROLES else None


_ASKED_FIELD_WORDS = frozenset(loader.vocabulary()["asked_field_words"])
_ASKED_WORDS = 8
_ASKED_FIELDS = 3


def _colon_caps_labels(blocks: list[Block], columns: dict) -> list[Block]:
    """"LEAD PROFESSIONAL   Sara Khan (SW)", "BY WHEN   every 2 weeks": a field's name in capitals
    with its value after it on the line, no colon. Two or more lines in a row, naming different
    fields, are "Label: value" lines."""
    found = [_caps_field(b, columns) for b in blocks]
    out = list(blocks)
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and found[j]:
            j += 1
        if j - i >= 2 and len({found[k][0] for k in range(i, j)}) >= 2:
            for k in range(i, j):
                _, name, value = found[k]
                out[k] = Block("paragraph", f"{name}: {value}", blocks[k].location, style=blocks[k].style)
        i = j + 1
    return out


def _caps_field(block: Block, columns: dict) -> tuple[str, str, str] | None:
    """(role, name, value) for a paragraph opening with a field's name in capitals."""
    if block.kind != "paragraph" or not (m := _CAPS_RUN.match(block.text)) or _field_line_match(block.text):
        return None  # ("HOW WILL WE KNOW: ..." has its colon: "HOW" is no label of "WILL WE KNOW")
    words = list(re.finditer(r"\S+", m.group(0)))
    for n in range(len(words), 0, -1):
        name = block.text[:words[n - 1].end()]
        value = block.text[words[n - 1].end():].strip()
        role = exact_phrase(name, columns)
        if role in FIELD_ROLES and re.search("[a-z]", value) and ":" not in name:
            return role, name, value
    return None


_CAPS_RUN = lazy_re.compile(r"^(?:[A-Z][A-Z/&'’]*\s+)+")


def _stacked_name(block: Block, columns: dict) -> str | None:
    """The field a heading or line names when it is nothing but that field's name."""
    text = block.text.strip().rstrip(":").strip()
    if block.kind not in ("heading", "paragraph") or not _BARE_NAME.fullmatch(text):
        return None  # (nor a question: _asked_name)
    role = exact_phrase(text, columns)
    if role is None and block.kind == "paragraph" and text.isupper() and len(text.split()) <= _STACKED_NAME_WORDS:
        role = longest_phrase(text, columns)[0]  # "UNTIL OR BY", "PROGRESS SINCE LAST REVIEW": a form's own wording
        if role is None and text.lower() in _PERIOD_LABELS:
            role = "timescale"  # "FROM" over "30/06/2025", between "WHAT WILL HAPPEN" and "UNTIL OR BY"
    return role if role in FORM_ROLES else None


_STACKED_NAME_WORDS = 5
_DETAIL_DOTS = 2  # a line of details set apart by middle dots, naming someone with their age
_WHO_LABEL_WORDS = 3
_REFS_ONLY = lazy_re.compile(REF_LIST)
_NAME_FIRST = lazy_re.compile(r"\s*[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*(?:[,;(]|$)")
_STEP_NUMBER_LEAD = lazy_re.compile(r"^\s*\d{1,2}\.\d{1,2}[.)]?\s+")
# ("Marco Esposito (36), ...", "Ellis Mabey, 16 (DOB 11/06/2009), ...": a name and an age)
_AGED_NAME_FIRST = lazy_re.compile(r"\s*[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2}(?:\s+\(\d{1,2}\)|,\s+\d{1,2}(?![\d/.:]))"
                                   r"\s*(?:[,;(]|$)")
_AGED_NAME = lazy_re.compile(r"\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?\s+\(\d{1,2}\)")


_BARE_NAME = lazy_re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’/()-]){0,40}")  # (no digits: "Action 2" titles a form)
# "Action 1" under "Actions" titles the next form, as does "Card 1 - from Mum" (its gloss after a dash)
_FORM_TITLE = lazy_re.compile(r"^\W*[^\W\d_]+\.?\s*\d{1,3}[.:)]?\s*(?:\s[–—-]\s.*)?$")


def demote_action_headings(blocks: list[Block], columns: dict, sections: dict) -> list[Block]:
    """"1.1 Home visits, seeing Ellis on their own" set as a heading, with "a) Who:",
    "b) When:", "c) Evidence:" lines under it, is an action, not a section: it
    becomes a paragraph its field lines belong to. A heading wrapped onto a second
    heading line ("... seeing Ellis and Maisie on" / "their own") is one."""
    out: list[Block] = []
    form_labels: list[str] = []  # the field lines under the last heading read as a form's title
    form_title = ""
    i = 0
    while i < len(blocks):
        block = blocks[i]
        j = i + 1
        if block.kind == "heading":
            text = block.text
            while j < len(blocks) and blocks[j].text[:1].islower() and (
                    blocks[j].kind == "heading" or
                    # ("3.2 Parenting assessment of Courtney and Aaron, including how they respond" set
                    # as a heading, its sentence running on in the body text: "to Freddie's cues ...")
                    j == i + 1 and blocks[j].kind == "paragraph" and _STEP_TITLE.match(text) and
                    _RUNS_ON.match(blocks[j].text)):
                text, j = f"{text} {blocks[j].text}", j + 1
            fields = named = 0
            # "1. Home visits" over "What: ...", "Who: ...", "When: ...": the heading titles the form
            # (as "4. Apply for a school place" titles "FROM: ...", "TO: ...", "BY: Kerry", but an
            # email's "From:" and "To:" lines alone title nothing)
            while j + fields < len(blocks):
                period = _period_line(blocks[j + fields])
                if not (period or _field_line(blocks[j + fields], columns) or
                        fields == 0 and labelled_action(blocks[j], columns)):
                    break
                named += not period
                fields += 1
            # (an email's "From:" and "To:" beside its "Date:" are one field: its heading stays one)
            if fields >= _FORM_FIELDS and (named >= _FORM_FIELDS or named == fields):
                labels = [_label_key(b) for b in blocks[j:j + fields]]
                # (not "5. Action log" nor "Review" over "Date: ..." and "Where: ...", unless the form
                # before it had these very field lines: "7. Ellie-Mae's 2-year review" among forms)
                kind = classify_heading(text, sections)
                # ("5. If Wayne makes contact" among numbered forms is one of them, its work what is
                # done then, as a "Contingency" heading is not)
                if kind not in _FORM_SECTIONS or labels == form_labels and (
                        kind in _WORK_LIKE_SECTIONS or kind == "contingency" and _IF_TITLE.match(text)) \
                        and _NUMBERED_TITLE.match(text) and _NUMBERED_TITLE.match(form_title):
                    out.append(Block("paragraph", text, block.location))
                    form_labels, form_title = labels, text
                    i = j
                    continue
        out.append(block)
        i += 1
    return out


_FORM_FIELDS = 2
_FORM_SECTIONS = {"actions", "outcomes", "contingency", "review", "title"}
# Kinds a form's title may seem by its words alone ("7. Ellie-Mae's 2-year review", "3. Jack is safe")
_WORK_LIKE_SECTIONS = {"review", "outcomes"}
_IF_TITLE = lazy_re.compile(r"^\W*\d{1,2}[.):]?\s+(?:if|when|should)\b", re.I)
_NUMBERED_TITLE = lazy_re.compile(r"^\W*\d{1,2}[.):]?\s")  # ("Review conference" after "4. ..." titles no form)
_STEP_TITLE = lazy_re.compile(r"^\W*\d{1,2}(?:\.\d{1,2})+[.):]?\s")  # "3.2 Parenting assessment ..."
_RUNS_ON = lazy_re.compile(r"^[a-z][a-z'’-]+\s+[^:]*$")  # "to Freddie's cues and ...", not "a) Who: ..."


def _adjacent(previous: Block, block: Block) -> bool:
    """No blank line or empty paragraph between two blocks."""
    if previous.location.paragraph is not None and block.location.paragraph is not None:
        return block.location.paragraph == previous.location.paragraph + 1
    return block.style != "after-blank"


def labelled_action(block: Block, columns: dict) -> bool:
    """"Agreed: Marcus will visit weekly": a line labelled as an action."""
    m = _field_line_match(block.text) if block.kind in ("paragraph", "list_item") else None
    if not m:
        return False
    label = m.group("label").strip().lower()
    # ("Now: 3/10. By the next review: 7/10": a score as it stands, not a revised card's work)
    if label == "now" and not m.group("value").strip()[:1].isalpha():
        return False
    # "Co / What:": either language of a bilingual label
    return any(part.strip() in _ACTION_LINE_LABELS for part in label.split("/"))


# "Action 6:", "Task 2 -": a label with the form's number
_NUMBERED_LABEL = lazy_re.compile(r"^\W*[^\W\d_]+\s+\d{1,3}[a-z]?\s*[:–—-]")
_OFFERED = lazy_re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?(?:offered|volunteered)\s+to\b", re.I)
_OWNED_WORDS = 6
_PARTICIPLE = lazy_re.compile(r"[A-Z][a-z]{3,}ed")  # "Admitted", "Referred", "Discharged"
_PROMISE = lazy_re.compile(r"\b(?:will|shall|going to|won['’]t)\b|['’]ll\b", re.I)
# A sentence that reports what has happened: it opens with a past date or its
# subject's verb is in the past tense.
_PAST_REPORT = lazy_re.compile(
    r"^(?:on \d{1,2}(?:st|nd|rd|th)?\s+[a-z]+|on \d{1,2}/\d{1,2}|last (?:week|month|time|year)|yesterday|earlier|"
    # ("Referral to be made to Young Carers": a passive still to come)
    rf"(?:\w+\s+){{1,3}}(?<!to be )(?:{loader.alternation('past_report_words')}|"
    # "You agreed to take them to school every day" binds the future; "Mum agreed to the referral" is past
    r"agreed(?!\s+to\s+(?!(?:the|a|an|this|that|it|his|her|their|my|our|your)\b)[a-z]))\b)", re.I)
_COMMITS = lazy_re.compile(r"\b(?:will|shall|to [a-z]+)\b")
_FUTURE = lazy_re.compile(r"\b(?:will|shall|going to)\b", re.I)
# An "if" clause whose only verb of work is "would": a hypothetical, where "if ..., Nan will" commits Nan
_MIGHT_HAPPEN = lazy_re.compile(r"^\W*(?:if|should|in case|unless)\b[^.;]*?\b(?:would|could|might)\b", re.I)
_BINDS = lazy_re.compile(r"\b(?:will|shall|must|to\s+(?-i:[a-z])\w*)\b|['’]ll\b", re.I)
_ANOTHER_LABEL = lazy_re.compile(r"\b[A-Z][a-z]+(?: [a-z]+)?:\s")
# Sections that hold the plan's details, where "Social worker: ..." lines are not work.
_DETAIL_KINDS = {"preamble", "title", "details"}
# "HV (Jo Peters): ...", "School - send me ...", and in a letter "Mrs Shah, the safeguarding
# lead at Ilsworthy Juniors. Mrs Shah has ...": a label or a sentence that only names someone.
# "Dean Walsh. ", "Lisa Tran (recovery worker, Compass – Westhallow Drug and Alcohol Service). "
_DOER_SENTENCE = lazy_re.compile(r"^(?P<label>[A-Z][^:.;()–]{1,60}?(?:\s*\([^()]{1,100}\))?)\.\s+(?=[A-Z])")
_OWNER_LABEL = lazy_re.compile(r"^(?P<label>[A-Z][^:.;–]{1,90}?)(?::|\s[-–])\s+\S")
_AIM_WORDS = 4
_LETTER_LABEL = lazy_re.compile(r"^(?P<label>[A-Z])\s*:\s+\S")
_OWNER_SENTENCE = lazy_re.compile(r"^(?P<label>[A-Z][^:.;–]{1,90}?)\.(?=\s+[A-Z])\s+\S")


def _owner_label(text: str, understanding, section_kind: str) -> str:
    """The owner a paragraph opens with: "HV (Jo Peters): ...", "Grandad (Mick, Sean's dad): ..."."""
    if (code := CODE_STEP.match(text) or _LEAD_NUMBER.match(text)) and \
            (_OWNER_LABEL.match(rest := text[code.end():]) or _LETTER_LABEL.match(rest)) and \
            (owner := _owner_label(rest, understanding, section_kind)):
        # "A2: DA: drink no alcohol ...", "T4  PW (OAS): key-work ...", "1. SW: see T & O at home ...":
        # the code or the typed number, then the owner
        return owner
    if (code := code or _OUTLINE_NUMBER.match(text)) and (named := _DOER_SENTENCE.match(rest := text[code.end():])) and \
            len(named.group("label").split()) <= _NAMED_WITH_PLACE_WORDS + 4 and find_commitment(named.group("label")) is None \
            and (verdict := understanding.owner_verdict(named.group("label"), cell=False))[0] == "ok" and \
            (opens_with_verb(rest[named.end():].lstrip()) or verdict[1] & CONCRETE_OWNER):
        # "6.1.2 Dean Walsh. Take all cannabis out of the flat ...": an outline's item, its doer, then the work
        return named.group("label").strip()
    if (k := _KEY_INITIALS.match(text)) and k.group("label").lower() in understanding.key_initials and \
            len(text[k.end():].split()) >= _OWNED_WORDS and find_commitment(text[k.end():]) is None and \
            not _NAME_FIRST.match(text[k.end():]):  # (not "MA  Mel Asante, SW": the key itself)
        # "LW  Visit Mia and Jack ...", "KD  Key-work with LF ...": initials from the plan's key, then the work
        return k.group("label")
    # ("K: no drinking when T & O are home": the letter the plan's details give Mum, as its key gives initials)
    m = _OWNER_LABEL.match(text) or (k := _LETTER_LABEL.match(text)) and k.group("label").lower() in \
        understanding.key_initials and k or None
    sentence = m is None  # the owner opens a sentence, not a label
    m = m or _OWNER_SENTENCE.match(text)
    # "Social worker: Jo Hill" is a detail; an owner's paragraph says what they will do.
    if not m or len(m.group("label").split()) > 12 or len(text[m.end() - 1:].split()) < _OWNED_WORDS:
        return ""
    value = text[m.end() - 1:]
    if value.lstrip()[:1] in OPENING_QUOTES and not _PROMISE.search(value):
        # 'Darren: "When I've had a drink I get loud"': someone's words, not their work
        # (but 'Mum (Jade): "I won't drink when I'm looking after you"' promises it)
        return ""
    other = _ANOTHER_LABEL.search(value)
    if other and field_role(other.group(0).rstrip(": \t")) not in ("measure", "timescale"):
        # "Social worker: Ben Adebayo Team: Dunmere ...": details run together (but "Lead: Jo Hill.
        # Visit ... Checked by: visit notes": the work's own fields follow it)
        return ""
    label = m.group("label").strip()
    if CODE_STEP.match(label + " "):
        return ""  # "A2: assess Jade's drug use ...": the work's code, not its owner
    # ("Conference / Conferința:": either language of a bilingual label)
    keyed = label.isupper() and label.lower() in understanding.key_initials  # ("NB" is no note where the key names her)
    if not keyed and (any(part.strip().lower() in _DETAIL_LABELS for part in label.split("/")) or
                      longest_phrase(label, loader.phrase_table("sections.toml"))[0] and not _people_group(label)):
        return ""  # "Contingency - as discussed, ...": a section's name, not an owner
    if find_commitment(label) or _VERB.search(label) or sentence and imperative(label):
        return ""  # a first sentence, or a clause before a colon ("Isaac is a child, not ..."), says something
    # "SW: Mel Akers, CP plan since ICPC 29/05/25": a date the plan began is no timescale
    # (the mentions last: the words alone usually settle it, without the pipeline)
    if section_kind == "outcomes" and not (find_commitment(value) or imperative(value)):
        return ""  # "Ruby knows her mum: the time she spends with Shannon is safe ...": a hoped-for change
    # ("DA: drink no alcohol ...": initials the plan's key gives someone, or a verb of work, lead work;
    # not "GP: Dr Fiona Haldane, ...", a key's own line)
    if not (find_commitment(value) or imperative(value) or _COMMITS.search(value) or opens_with_verb(value)
            or keyed and value.lstrip()[:1].islower() or any(
            m.label in ("TIME", "VAGUE_TIMESCALES") and not _SINCE.search(value[:m.start])
            for m in understanding.mentions(value))):
        return ""  # "GP: Dr Fiona Haldane, Mill Race Surgery" names someone but gives them nothing to do
    if _PAST_REPORT.search(value.strip()) and not _FUTURE.search(value):
        return ""  # "Perinatal MH: Kelly had psychosis in 2020 ...": an agency's update, not its work
    if understanding.has_time(label):
        return ""  # "EVERY WEDNESDAY - Leon Matthews will see Kirsty ...": when, not who
    if longest_phrase(label, loader.phrase_table("columns.toml"))[0] == "owner" and \
            (first := _FIRST_SENTENCE.match(value)) and understanding.owner_verdict(first.group(1), cell=False)[0] == "ok":
        return first.group(1)  # "Lead: Dami Adeyemi, social worker. Visit the family ...": the lead, then the work
    status, labels = understanding.owner_verdict(label, cell=False)
    # A role, a service, a collective ("Everyone - keep an eye on ..."), or a short
    # name ("Danielle - make a GP appointment", "Gatlow Homes (Sunita) - inspect ...").
    # ("Lorna Price, Fenwold Carers Centre": a name, then where they work)
    who = label.split(",")[0]
    named = (len(label.split()) <= 4 or len(who.split()) <= 3 and len(label.split()) <= _NAMED_WITH_PLACE_WORDS) and \
        all(w[0].isupper() for w in re.findall(r"[A-Za-z][\w'’]*", label))
    if status == "ok" and labels:
        return label
    if sentence:
        return ""  # "Seeing you on your own." titles the work; it names nobody
    if _PARTICIPLE.fullmatch(label) and label.lower() not in understanding.names:
        return ""  # "Admitted: 08/07/2025 via ED": a record's field, not someone's name
    # Under an action heading a collective or a bare name leads its line too.
    return label if section_kind == "actions" and (status == "vague" or status == "ok" and named) else ""


_FIRST_SENTENCE = lazy_re.compile(r"^\W*([^.:;]{2,80}?)\.\s+\S")
_NAMED_WITH_PLACE_WORDS = 8
_KEY_INITIALS = lazy_re.compile(r"^\s*(?P<label>[A-Z]{2,3})\s+(?=[A-Z][a-z])")
_PEOPLE_GROUP_WORDS = frozenset(loader.vocabulary()["people_group_words"])


def _people_group(label: str) -> bool:
    """"Family network", "Wider family": a section's name that names people too."""
    words = label.lower().split()
    return bool(words) and words[-1] in _PEOPLE_GROUP_WORDS


def _field_role(text: str, columns: dict) -> str | None:
    """"Action: SW to visit ..." heads a form whose other lines are its fields."""
    m = _field_line_match(text)
    return longest_phrase(m.group("label"), columns)[0] if m else None


def _read_field(block: Block, columns: dict, understanding, among_fields: bool) -> tuple[str, str] | None:
    """_field_line, with the value deciding what a label that could be either says: "BY: SW Nadia
    Rees" names who (not "BY: 31 May"), and "FROM: 14 January 2025" / "TO: –" give when, as
    does "TO: the transfer-in conference" among an action's field lines (not "To: Kat Lyle")."""
    field = _field_line(block, columns)
    if field is None and among_fields and (check := check_line(block, columns)):
        return check
    if field is None:
        if not _period_line(block):
            return None
        value = _field_line_match(_MARKER.sub("", block.text)).group("value").strip()
        if not among_fields and not is_empty_cell(value) and \
                not understanding.has_time(value) and understanding.owner_verdict(value, cell=False)[0] != "missing":
            return None
        return "timescale", value
    role, value = field
    if role == "timescale" and _label_key(block) == "by" and _names_someone(value, understanding):
        return "owner", value
    return field


def _step_body(text: str) -> str:
    """A step's words after its number or code: "Weigh Elis ..." of "1.1 Weigh Elis ...", "Visit
    Callum ..." of "A1: Visit Callum ..."."""
    return _STEP_NUMBER_LEAD.sub("", CODE_STEP.sub("", text, 1), 1)


_LOOKS_LIKE = lazy_re.compile(r"(?i)\blooks?\s+like\b")  # "Success looks like", "What good looks like"


def aim_statement(text: str) -> str:
    """What a line says the work is for, when it says so in a sentence ("The aim of this part is
    that ...", "What will be different: ...", "We will know Ivy is safer when ..."), else ""."""
    aim = cue("aim_statement").match(text.strip())
    return aim.group("what").strip() if aim and len(aim.group("what").split()) >= _AIM_WORDS else ""


def _closes_group(blocks: list[Block], i: int) -> bool:
    """"Success will look like: Mum feels on top of things ..." last in its part, under several
    bullets: said of the part's work, not of its last bullet."""
    return i == len(blocks) - 1 and i >= 2 and blocks[i - 1].kind == blocks[i - 2].kind == "list_item"


def check_line(block: Block, columns: dict) -> tuple[str, str] | None:
    """("measure", value) for "Success looks like: Every appointment attended and written up in
    the maternity notes" said of an action (among its field lines, or under its bullet): how that
    action is known to work, though its label could name the plan's outcome."""
    # (not "2.2 Outcome: Callum's health needs are met" after a bullet: a label naming the outcome itself)
    if (m := _field_line_match(block.text)) and _LOOKS_LIKE.search(m.group("label")) and \
            longest_phrase(m.group("label"), columns)[0] == "outcome":
        return "measure", m.group("value").strip()
    return None


def _names_someone(value: str, understanding) -> bool:
    """"SW Nadia Rees", "Kerry", "all professionals": a role, a service, someone the plan names
    or a collective, and no time ("TBC", "ASAP", "Friday", "Christmas" are when)."""
    if any(m.label in ("TIME", "VAGUE_TIMESCALES") for m in understanding.mentions(value)):
        return False
    verdict, labels = understanding.owner_verdict(value, cell=False)
    return verdict == "vague" or verdict == "ok" and (
        bool(labels) or any((low := w.lower()) in understanding.names or low in understanding.parent_names
                            for w in re.findall(r"[A-Za-z'’-]+", value)))


_PERIOD_LABELS = frozenset(loader.vocabulary()["period_labels"])


def _period_line(block: Block) -> bool:
    """"FROM: 14 January 2025", "To: Kat Lyle": a line whose label may give a span of time."""
    return block.kind in ("paragraph", "list_item") and _field_line_match(_MARKER.sub("", block.text)) is not None \
        and _label_key(block) in _PERIOD_LABELS


def _field_line(block: Block, columns: dict) -> tuple[str, str] | None:
    # "a) Who: SW Natalie Rusk" typed without list markup keeps its letter
    if block.kind not in ("paragraph", "list_item"):
        return None
    return _field_of(_MARKER.sub("", block.text), columns)


def _need_line(block: Block, columns: dict) -> bool:
    """"1. Need identified: Orla has missed ..." opens the next item, its need before its response:
    not a field of the line above, as "Why: to find out where he went" is."""
    text = block.text.strip()
    bare = _MARKER.sub("", text)
    if (m := _field_line_match(bare)) is None or longest_phrase(m.group("label"), columns)[0] != "need":
        return False
    return bare != text or block.kind == "list_item" or m.group("label").strip().lower() not in _AFTER_LABELS


_AFTER_LABELS = {"why", "reason", "reasons"}  # need labels said of the action above them


def shared_measure(block: Block, columns: dict) -> str:
    """The value of a line that only says how we will know ("How we'll know, for all three: ..."),
    or a sentence that says it of every item above ("For each of these, I will ask to see the
    appointment card ... and write down in my notes whether it happened")."""
    text = block.text.strip()
    if _EACH_OF_THESE.match(text) and _CHECKED.search(text):
        return text
    if not (m := _SHARED_LABEL.match(text)):
        return ""
    return m.group("value") if longest_phrase(m.group("label"), columns)[0] == "measure" else ""


def group_check(block: Block, columns: dict) -> str:
    """A line over a group's actions that says how all of them are checked: "How we'll know: ..."
    or "We will know this is working when ...", leading no work of its own."""
    text = block.text.strip()
    if _GROUP_CHECK.match(text) and not _EACH_OF_THESE.match(text):
        return text
    if _GOAL_LABEL.match(text) and (m := _LATER_CHECK.search(text)):
        # "What good looks like: ... How we will see it: the school register ...": the check after the goal
        return text[m.end():].strip()
    return shared_measure(block, columns) if _SHARED_LABEL.match(text) else ""


def goal_line(block: Block) -> bool:
    """"Goal 2 – ...", "Outcome 1: ...", "What good looks like: ..." set as a paragraph."""
    return block.kind == "paragraph" and bool(_GOAL_LABEL.match(block.text))


# "A1: hold a family network meeting", "CG2.3 - Refer ...": an item's code before its work
CODE_STEP = lazy_re.compile(rf"^\s*({CODE})(?:\s*[.:)]|\s+[-–—])?\s+(?=\S)")


def heading_check(heading: str | None) -> str:
    """"Goal 1 – By October half term Ruby will be in school every day. The school register will
    show this.": a heading whose later sentence says how the work under it is checked."""
    sentences = _SENTENCE_END.split((heading or "").strip())
    return next((s for s in sentences[1:] if _CHECKS_THIS.search(s)), "")


_SENTENCE_END = lazy_re.compile(r"(?<=[.;])\s+(?=[A-Z])")
_CHECKS_THIS = lazy_re.compile(r"(?i)(?<!what\s)(?<!which\s)\b(?:will|would|should)\s+(?:show|see|note|record|confirm|check|evidence)\s+"
                               r"(?:this|it|that)\b|^\W*how\s+we(?:\s+will|['’]ll)\s+(?:know|see|check)\b")


def work_deadline(text: str) -> bool:
    """"... are to be done within six weeks of this conference", "... by 12/01/2026": a note on the
    work that sets its deadline (not "Each action says who is doing it, by when")."""
    return bool(_WORK_DEADLINE.search(text))


_WORK_DEADLINE = lazy_re.compile(r"(?i)\b(?:by|before|within|until|no\s+later\s+than)\s+(?:the\s+)?(?:\S+\s+){0,4}?"
                                 r"(?:\d|weeks?\b|months?\b|days?\b|term\b|review\b|conference\b|core\s+group\b)")


def done_above(text: str) -> bool:
    """"Items 1 to 7 are to be done by 36 weeks (13/03/2026)", "Each of B1 to B6 to be done by the
    first core group, 24/02/2026", "All of the above by half term": a line after the work it times."""
    return bool(_DONE_ABOVE.match(text))


_ITEM_RANGE = r"[A-Z]{0,2}\d{1,2}[a-z]?\s*(?:to|-|–|and)\s*[A-Z]{0,2}\d{1,2}[a-z]?"
_DONE_ABOVE = lazy_re.compile(
    rf"(?i)^\W*(?:(?:items?|actions?|steps?|tasks?|points?)\s+{_ITEM_RANGE}|each\s+of\s+{_ITEM_RANGE}|"
    r"(?:all|each|every\s+one|everything)\s+(?:of\s+)?(?:the\s+)?(?:above|these)(?:\s+(?:actions?|steps?|items?|tasks?))?)"
    r"\s+(?:(?:are|is)\s+)?(?:to\s+be\s+)?(?:(?:done|completed|finished|in\s+place)\s+)?"
    r"(?:by|before|within|no\s+later\s+than)\b")


def said_of_the_work(text: str) -> bool:
    """"All of the actions in the table below are to be done within six weeks", "Every other
    action is to be done by 12/01/2026", "The measures for each action are in the table ...": a
    note on the plan's actions, said of all of them, that is none of them."""
    return bool(_OF_THE_WORK.match(text) or _CODES_KEY.search(text))


_OF_THE_WORK = lazy_re.compile(
    # ("Timescale for this part: every step in table A is to be done by ...": labelled as the part's time)
    r"(?i)^\W*(?:part\s+\w{1,3}\s*[-–:]\s*)?(?:(?:timescales?|deadline|time|when)\s+for\s+(?:this|the|each)\s+"
    r"(?:part|section|stage|table)\s*:\s*)?(?:(?:all|each|every|any)(?:\s+other)?\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?"
    # ('Each item ends with "We'll see it:", which says how ...': the layout of the items, not one of
    # them; not "all items of rubbish", things)
    r"(?:actions?|tasks?|steps?|items?(?!\s+of\b)|these|following)\b(?!\s+(?:will|must|should)\s+(?:be\s+)?(?:reviewed|monitored|checked)\b)|"
    # "Items 6.1 to 6.9 start on Monday 26/01/2026 and happen every week until ...": a range of them
    r"(?:items?|actions?|steps?|tasks?)\s+[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})?[a-z]?\s*(?:to|-|–)\s*[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})?[a-z]?\s+"
    r"(?:start|run|happen|are|will|must|should|to\s+be)\b|"
    r"(?:the\s+)?(?:measures?|timescales?|dates?|checks?)\s+(?:for|of)\s+(?:each|every|all|the)\s+(?:of\s+the\s+)?actions?\b|"
    # "A one-off action is to be finished by the last day of the month that has its X", "A row with an X ..."
    r"an?\s+(?:(?:one-off|weekly|new|standing)\s+)?(?:action|row|task)\s+(?:is|with|that|which|marked)\b|"
    # "Each has one person responsible, a timescale and an outcome indicator the core group will
    # check": what every action in the table gives, said of all of them
    r"each(?:\s+one)?\s+(?:has|gives|says|shows|names)\b[^.]{0,40}?\b(?:person\s+responsible|lead|owner|timescale|"
    r"measure|indicator)s?\b[^.]{0,20}?,[^.]{0,60}\b(?:timescale|measure|indicator|date|check)s?\b|"
    # "The person or service responsible is named once, in bold, above the actions they will do."
    r"the\s+(?:person|people|service|owner|lead)s?\b[^.]{0,40}?\b(?:is|are)\s+(?:named|listed|shown|given)\b|"
    # "(No dates yet. These will start when things have settled at home.)": the part's items, all of them
    r"these(?:\s+(?:actions|steps|items|tasks))?\s+(?:will\s+(?:all\s+)?(?:start|begin|happen|run)|(?:all\s+)?(?:start|begin))\b|"
    # "COMPLETED and DROPPED rows are kept for this version only": a note on the table's rows
    r"(?:completed|dropped|closed|done|finished)(?:\s+(?:and|or|/)\s+(?:completed|dropped|closed|done|finished))?\s+"
    r"(?:rows?|actions?|items?|tasks?)\s+(?:are|will|have|stay)\b|"
    # "Stage 1 – Before the baby is born: everything here done by 36 weeks": a stage's line, not its work
    r"(?:stage|phase|part)\s+\w{1,3}\s*[-–—:]\s[^.]{0,80}?\b(?:everything|all\s+of\s+(?:this|these)|every\s+action)\b|"
    # "Table 2 – Before Jason's release. ... every action in this table is to be done by 02/03/2026": a caption
    r"table\s+\w{1,3}\s*[-–—:.]\s.{0,200}?\b(?:every|each|all(?:\s+the)?)\s+(?:actions?|rows?|tasks?|steps?)\s+"
    r"(?:in|on)\s+(?:this|the)\s+table\b)")


# "From: S = set at the strategy meeting on 06/10/2025; C = added at the conference", "R = red,
# A = amber, G = green": a key to the codes a table uses, two or more short codes defined
_CODES_KEY = lazy_re.compile(r"\b[A-Z][A-Za-z]{0,2}\s*=\s*[^=;,]{2,80}[;,]\s*(?:and\s+)?[A-Z][A-Za-z]{0,2}\s*=\s*\S")


def block_index(blocks: list[Block], block: Block) -> int | None:
    """Where block stands among blocks (by identity: equal blocks may stand twice)."""
    return next((i for i, b in enumerate(blocks) if b is block), None)


def heads_list(blocks: list[Block], block: Block, columns: dict) -> bool:
    """Whether a list follows the block straight after, or the block ends its section (a line over
    the sections below): a line over work, not one of a form's field lines."""
    at = block_index(blocks, block)
    # (not a line under an item and its fields: "5.6 Health check ... / Owner: / Evidence: ...")
    under_item = at and (blocks[at - 1].kind == "list_item" or
                         (_field_of(blocks[at - 1].text, columns) or ("",))[0] in _ITEM_FIELD_ROLES)
    return at is not None and not under_item and (at + 1 == len(blocks) or blocks[at + 1].kind == "list_item")


_ITEM_FIELD_ROLES = frozenset({"owner", "timescale", "owner+timescale", "measure"})


def group_field_line(blocks: list[Block], block: Block, columns: dict) -> dict[str, str] | None:
    """{"timescale": "every day from 16/02/2026 ..."} for "By when: ..." in a run of such lines
    ("By when:", "How we will know:") that opens a part and heads its list: said once for every
    item under it, which none of the items' own field lines are. (A line may hold both, run
    together: "By when: ... We'll know because: ...".)"""
    at = block_index(blocks, block)
    if at is None or block.kind != "paragraph" or not (field := _field_of(block.text, columns)) or \
            field[0] not in ("timescale", "measure") or not field[1]:
        return None
    said = {field[0]: field[1]}
    if len(fields := inline_fields(block.text, columns)) > 1 and fields["action"] in ("", block.text.strip()) and \
            set(fields) <= {"action", "timescale", "measure"}:
        said = {k: v for k, v in fields.items() if k != "action"}
    first = at
    while first and blocks[first - 1].kind == "paragraph" and \
            (_field_of(blocks[first - 1].text, columns) or ("",))[0] in _ITEM_FIELD_ROLES:
        first -= 1
    after = at
    while after + 1 < len(blocks) and blocks[after + 1].kind == "paragraph" and \
            (_field_of(blocks[after + 1].text, columns) or ("",))[0] in _ITEM_FIELD_ROLES:
        after += 1
    # (the run opens its part, under its heading or its lead line, and the list comes straight after it)
    opens = first == 0 or blocks[first - 1].kind == "heading" or \
        blocks[first - 1].kind == "paragraph" and _field_of(blocks[first - 1].text, columns) is None
    return said if opens and after + 1 < len(blocks) and blocks[after + 1].kind == "list_item" and (
        after > first or len(said) > 1) else None


_GROUP_CHECK = lazy_re.compile(r"^\W*(?:we(?:\s+will|['’]ll|\s+shall)\s+know\s+(?:(?:this|it|the\s+plan|they|these)\s+"
                               r"(?:is|are)\s+working\s+)?(?:when|because|if)|success\s+(?:looks|will\s+look)\s+like|"
                               r"signs?\s+of\s+success)\b", re.I)


_GOAL_LABEL = lazy_re.compile(r"(?i)^\W*(?:what\s+good\s+(?:looks|will\s+look)\s+like|goal|outcome|aim|what\s+we\s+want)\b")
_LATER_CHECK = lazy_re.compile(r"(?i)(?<=[.;])\s+how\s+we(?:\s+will|['’]ll)\s+(?:see|know|check)(?:\s+(?:it|this|that))?"
                               r"(?:\s+is\s+working)?\s*:\s*(?=\S)")
# "For each of these, I will ask to see ...", "Jo will note each of these in her record ..."
# ("For every item in 6A the core group will see a dated entry ...": the items of a part, by its name)
_A_PARTS_ITEMS = r"(?:each|every)\s+(?:item|action|step|task)\s+(?:in|of|under)\s+(?:part\s+|section\s+)?[A-Z0-9]{1,3}\b"
_EACH_OF_THESE = lazy_re.compile(r"^\W*(?:\S+\s+){0,6}?(?:for\s+)?(?:(?:each|all|every\s+one|any)\s+(?:one\s+)?of\s+"
                                 rf"(?:these|those|the\s+above)|{_A_PARTS_ITEMS})", re.I)
# "For every item in 6A ...", opening the line: said after a part's coded items, of all of them
PART_ITEMS = lazy_re.compile(rf"(?i)^\W*for\s+{_A_PARTS_ITEMS}")
_CHECKED = lazy_re.compile(r"\b(?:see|seen|check\w*|show\w*|record\w*|note[sd]?|log\w*|writ\w+\s+down|evidence\w*|confirm\w*|"
                           r"register|card|letter|report\w*)\b", re.I)


# "How we'll know, for all three:", "We will know (for each of these):"
# ("How we will know (for 2.1 to 2.3): ...": a bracket may say which items, numbers and all)
_SHARED_LABEL = lazy_re.compile(r"^(?P<label>[^\W\d_](?:[^:.;()]|\([^():]{1,40}\)){0,50}?)\s*:\s*(?P<value>\S.*)$", re.S)


def _field_of(text: str, columns: dict) -> tuple[str, str] | None:
    """("owner", "SW") for "Who: SW": text that opens with the label of an action's field."""
    if not (m := _field_line_match(text)):
        return None
    if (group := _GROUP_LABEL.match(m.group("label"))) and longest_phrase(group.group("title"), columns)[0] is None:
        return None  # "KAYDEN - lead: Brookside Primary ...": a group's lead over the items after it, not a field
    role, _ = longest_phrase(m.group("label"), columns)
    if role in ("need", "comment"):
        role = "comment"  # "Why: to find out where he went", "Notes: ...": said of the action, not another one
    elif role in ("owner", "timescale") and header_role(m.group("label"), columns) == "owner+timescale":
        role = "owner+timescale"  # "Who / when: Marta Lis (counsellor) - weekly": parted once gathered
    return (role, m.group("value").strip()) if role in ("owner", "timescale", "owner+timescale", "measure", "comment") else None


_CODE_ONLY = lazy_re.compile(CODE)  # ("A7" read as a label's owner is the work's code)
_GROUP_LABEL = lazy_re.compile(r"^(?P<title>\S.{0,60}?)\s[-–—]\s+\S")


def _fielded_work(extra: dict | None) -> bool:
    """Fields gathered from the lines under an item that name who does it and when or how we will
    know ("5.1 Book a GP appointment ..." over "Owner .... Stacey", "Due .... By 30/01/2026"): the
    item is work wherever its part stands ("PARENT'S HEALTH (LINKED TO AREAS 1 AND 3)" after the
    plan's parts by area), as only work is written with such fields."""
    # (an owner line left blank, "Lead:", is still the form's field for one: the item is work without an owner)
    return bool(extra) and "owner" in extra and \
        any(not is_empty_cell(extra.get(role, "")) for role in ("timescale", "measure"))


def block_actions(
    block: Block, section: Section, understanding, plan_has_action_section: bool, columns: dict,
    extra: dict | None = None,
) -> tuple[list[Action], list[Outcome]]:
    actions: list[Action] = []
    outcomes: list[Outcome] = []
    if section.kind in NOT_ACTIONS and section.kind != "worries" or block.kind not in ("list_item", "paragraph"):
        return actions, outcomes
    if section.kind != "outcomes" and (aim := aim_statement(block.text)):
        # "The aim of this part is that Poppy and Alfie live in a home that is clean ...", "What we
        # want instead: ..." under a worry: what the work is for, said in a sentence rather than
        # under an outcomes heading
        outcomes.append(Outcome(aim, block.location, section.kind))
        return actions, outcomes
    if section.kind in NOT_ACTIONS:
        return actions, outcomes
    if (BORN.search(block.text) or block.text.count("·") >= _DETAIL_DOTS and _AGED_NAME.search(block.text)) \
            and not find_commitment(block.text) and not imperative(block.text):
        # "Child 1: Harley VARLEY · CB-7730418 · DOB 12/03/2017 (8y)", "Leo Quinn (2), 7 Mintern Walk ·
        # Mum: Shannon Quinn · ICPC 04/02/2025": who the plan is for, not work
        return actions, outcomes
    if _need_line(block, columns):
        # "10. Need identified: ...": the response under it is the work; the need stands in for its
        # outcome, as a "Need" column does ("NEED 1: Kian and Bella are not hurt ..."), unjudged by F002
        if need := _field_line_match(_MARKER.sub("", block.text.strip())).group("value").strip():
            outcomes.append(Outcome(need, block.location, "need"))
        return actions, outcomes
    if need := _NEED_DASH.match(block.text.strip()):
        # "NEED 1 - Marcus is safe when he is out" over its numbered responses: a need, as a "Need"
        # column's cell is (a dash for the colon)
        outcomes.append(Outcome(need.group("value").strip(), block.location, "need"))
        return actions, outcomes
    m = _field_line_match(block.text)
    if m and len(m.group("label").split()) <= _WHO_LABEL_WORDS and (
            _AGED_NAME_FIRST.match(m.group("value")) or _NAME_FIRST.match(m.group("value"))
            and find_commitment(m.group("value")) is None
            and any(x.label in ("PARENT_ROLES", "FAMILY_ROLES") for x in understanding.mentions(m.group("label")))):
        # "Father: Marco Esposito (36), now at 5 Canal Wharf; bail conditions not to contact Jade",
        # "Mum: Tracey Mabey, lives in Alicante; FaceTime most weekends": who someone is, among the
        # plan's details, not work
        return actions, outcomes
    if _TICKED.match(block.text):
        return actions, outcomes  # "☒ Plan explained to Joy on 03/07/2025 ☒ Copy posted ...": what is done
    if not extra and (m and _STATUS_LABEL.match(m.group("label")) or progress_note(block.text)):
        return actions, outcomes  # "UPDATE: 6/6 DONE. CONTINUES UNTIL ...": how the work above is going
    if m and (_MEETING_LABEL.match(m.group("label")) or _KEY_LABEL.match(m.group("label"))) or (
            (meeting := _MEETING_LINE.match(block.text)) and _WHEN_FIRST.match(meeting.group("value"))):
        # "NEXT CORE GROUP: TBC", "Review conference: 4 August": when the plan is checked;
        # "Key: CMW community midwife; SM safeguarding midwife": who the initials are
        return actions, outcomes
    if m and not extra and exact_phrase(m.group("label"), loader.phrase_table("sections.toml")) in _SECTION_LABELS and \
            not (_people_group(m.group("label")) and (find_commitment(m.group("value")) or opens_with_verb(m.group("value")))):
        # "Contingency: if Lee drinks, Jayden goes to Pat's", "What Jayden says: ...": a line a
        # section's name labels says that section's piece among the actions, not more work
        return actions, outcomes
    if not m and (dash := _OUTCOME_DASH.match(block.text)):
        m = dash  # "OUTCOME 1 - Maisie and Leo are fed ...": a dash for the colon
    role = longest_phrase(m.group("label"), columns)[0] if m else None
    if role == "outcome":
        # "Outcome: Harley and Skye are safe at home" written above its actions.
        if len(m.group("value").split()) >= 3:
            outcomes.append(Outcome(m.group("value").strip(), block.location, section.kind))
        return actions, outcomes
    head, colon, rest = block.text.partition(":")
    if colon and len(head.split()) <= _BANNER_WORDS and role is None and \
            not find_commitment(rest) and child_state(rest.strip(), understanding):
        # "PHASE 1 - BEFORE THE BABY IS BORN: the baby is born safely": a banner naming what the work is for.
        outcomes.append(Outcome(rest.strip(), block.location, section.kind))
        return actions, outcomes
    labelled = labelled_action(block, columns)
    if plan_has_action_section and section.kind not in ("actions", "outcomes") and not labelled and \
            not _fielded_work(extra):
        # Bullets and prose elsewhere in a plan that has an action section are background.
        return actions, outcomes
    if fields := labelled_fields(block.text, columns) or question_fields(block.text, columns, understanding):
        # "ACTION 1: ... WHO: ... BY WHEN: ..." run together: one action with its fields.
        actions.append(Action(block.text.strip(), block.location, "labelled", section.kind, {**fields, **(extra or {})},
                              certainty="high" if section.kind == "actions" else "medium"))
        return actions, outcomes
    if labelled and not extra:
        # "Agreed: Marcus (SW) will visit ...", "Action: refer to CAMHS": labelled as an action wherever it stands.
        value = m.group("value").strip()
        if len(value.split()) >= 3 and not _plan_status(value, understanding):
            # "Task 1: Visit Ava every week - Jo Hill (SW) - visit notes on file": its fields as a bullet's
            fields = bracket_fields(value, understanding) or dash_fields(value, understanding) or {"action": value}
            actions.append(Action(block.text.strip(), block.location, "labelled", section.kind, fields,
                                  certainty="high"))
        return actions, outcomes
    numbered = section.kind == "actions" and _numbered_paragraph(block, section)
    if extra and role == "action" and _labelled_line(block.text, columns):
        # "Action: SW to visit ..." over its "Responsible:" and "Target date:" lines.
        extra = {"action": m.group("value").strip(), **extra}
        units = [block.text.strip()]
    elif not extra and section.kind not in _DETAIL_KINDS and (
            owner := _owner_label(block.text, understanding, section.kind)):
        # "SW (Hannah Cole): I will visit ... My visit notes will record ...": one
        # action per owner's paragraph, however many sentences it runs to.
        extra = {"owner": owner}
        units = [block.text.strip()]
    elif block.kind == "list_item" or extra or _LEAD_BRACKET.match(block.text) or numbered_step(block) or \
            numbered:
        # fields from other lines, or who and when bracketed before it ("E1. [SW Jo | weekly] Visit
        # ... . Evidence: ..."), belong to the whole block, as the sentences of a numbered step do
        # (a numbered paragraph's typed "2." goes, as a list's number does; a code, "R5.", is referred to and stays)
        units = [_PLAIN_NUMBER.sub("", block.text.strip(), 1) if not extra and numbered else block.text.strip()]
        if extra and "owner" not in extra and section.kind not in _DETAIL_KINDS and (
                owner := _owner_label(block.text, understanding, section.kind)) and not _CODE_ONLY.fullmatch(owner):
            # "A2  DA: drink no alcohol ..." over its "When: ... Evidence: ..." line: the owner it opens with
            extra = {"owner": owner, **extra}
    else:
        units = _carried_on(_with_fields([part for s in understanding.analyser.sentences(block.text)
                                          for part in enumerated(s)], columns), understanding)
        if section.kind != "actions" and units and "opens_with_condition" in understanding.cues(units[0]) and \
                any(protective(u, understanding) for u in units):
            # "If you or Jordan use cannabis ..., Maisie will stay with Denise. Out of hours, ring ...":
            # a paragraph of what happens if things go wrong, outside the plan's work.
            return actions, outcomes
    for text in units:
        if len(text.split()) >= 3:
            _place(text, block, section, understanding, columns, actions, outcomes, extra)
    return actions, outcomes


def _numbered_paragraph(block: Block, section) -> bool:
    """"3. You, Craig, will go to the fathers' group ... The group worker will send me the
    attendance list.": a paragraph the writer numbered as one of a run is one item, its later
    sentences its own (a "1." alone may number a heading's only paragraph)."""
    if block.kind != "paragraph" or not (m := _ITEM_NUMBER.match(block.text)):
        return False
    return int(m.group(1)) > 1 or \
        sum(b.kind == "paragraph" and bool(_ITEM_NUMBER.match(b.text)) for b in section.blocks) >= 2


_ACKNOWLEDGED = lazy_re.compile(r"^(?:[^:]{1,60}:\s*)?(?:will\s+do|ok(?:ay)?|noted|thanks?(?:\s+you)?|fine|yes|agreed|great"
                                r"|no\s+problem|got\s+it|will\s+(?:do|sort)\s+(?:that|it))\W*$", re.I)
_ENTERED_BY = lazy_re.compile(r"^\W*(?:entered|typed|recorded|input|uploaded)\s+(?:up\s+)?by\b", re.I)
_PLAIN_NUMBER = lazy_re.compile(r"^\d{1,2}[.)]\s+(?=[A-Z])")
_ITEM_NUMBER = lazy_re.compile(r"^\s*(?:[A-Z]{1,2})?(\d{1,2})[.)]\s+[A-Z]")  # "3. You ...", "S1. I will ..."


def _with_fields(units: list[str], columns: dict) -> list[str]:
    """"Maya will hold the meeting by 20 June. Evidence: the signed plan on file.":
    a sentence that opens with a field's label belongs to the sentence before it."""
    out: list[str] = []
    for unit in units:
        if out and _field_of(unit, columns):
            out[-1] = f"{out[-1]} {unit}"
        else:
            out.append(unit)
    return out


def closed_by_its_status(action: Action) -> bool:
    """"CG2.1  SW to arrange beds ..." with its "STATUS: Done 16/05/2025 - beds delivered" (or
    "Not done - carried forward as CG3.2") among its fields: work its own status line says is over
    or moved to a new action. ("Achieved" is left: ongoing work can be achieved and go on.)"""
    work = action.fields.get("action", action.text)
    return action.source != "table" and (bool(_CLOSED_FIELD.match(action.fields.get("comment", "")))
                                         or bool(_CLOSED_NOTE.search(action.text))) or bool(_CLOSED_TAG.match(work))


# "Safe sleep check and a new cot mattress (Megan, done 23/10/2025).", "Ross to go to the Triple P
# group: dropped, as the autism course covers it": a listed item's own note that it is over
_CLOSED_NOTE = lazy_re.compile(r"\((?:[^()]*[,;]\s*)?(?:done|completed|closed|accepted|dropped|stopped|ended|finished)\s+"
                               r"(?:on\s+)?\d{1,2}[/.]\d{1,2}[^()]*\)|:\s*(?:dropped|stopped|no\s+longer\s+(?:needed|required)|"
                               # (not "Evidence: completed packs returned to Mr Daly")
                               r"completed|closed|done)\s*(?:[,;.(–—-]|$|\s(?:as|because|since)\b)", re.I)


# "1.2 [COMPLETED - remove at next review] Infant feeding team home visit ...", "[DROPPED] ...": a
# revised plan's tag on work it keeps listed for the record only
_CLOSED_TAG = lazy_re.compile(r"^\W*(?:[A-Z]{0,3}\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?[\[(]\s*(?:completed?|done|closed|finished|"
                              r"dropped|stopped|withdrawn|cancelled|no longer (?:needed|required))\b[^\])]*[\])]", re.I)


# ("Carried forward (RCPC1 ref 3)" says where live work came from; "carried forward as CG3.2", that
# a new action took it over)
# ("Done every Wednesday since the conference" goes on: a date, a dash or the end must follow)
_CLOSED_FIELD = lazy_re.compile(r"^\W*(?:(?:done|completed|closed|finished)\b\s*(?:[:.(–—-]|\d|$)|"
                                r"no longer (?:needed|required)\b|"
                                r"(?:not done\W+)?carried (?:forward|over)\s+(?:as|to|into)\s+(?:new\s+)?"
                                r"(?:action\s+)?(?:[A-Z]{1,4}\s?)?\d)", re.I)


def closes_work(block: Block) -> bool:
    """"STATUS: Done 16/05/2025 - beds delivered", "Status: Not done - carried forward as CG3.2": a
    status line saying the work above it is over, or moved to a new action."""
    m = _field_line_match(block.text) if block.kind == "paragraph" else None
    return bool(m) and bool(_STATUS_LABEL.match(m.group("label"))) and bool(_CLOSED_STATUS.match(m.group("value")))


_CLOSED_STATUS = lazy_re.compile(r"^\W*(?:(?:done|completed|closed|achieved|finished)\b(?!\s+(?:by|when|within|before))|"
                                 r"no longer (?:needed|required)\b|(?:not done\W+)?carried (?:forward|over)\b)", re.I)


def progress_note(text: str) -> bool:
    """"Update 24/02/2026: three of three sessions attended", "Core group score: 3/10 -> 6/10",
    "IRO's summary: ...", "Scaling (how sure are we ..., 0-10): 3 -> 6": a note on how the work or
    an outcome is going, under it or beside it; neither work nor a goal of its own."""
    head, colon, _ = text.partition(":")
    if not colon or len(head) > _PROGRESS_LABEL_CHARS:
        return False
    # ("Scale (0 = not safe at all, 10 = always safe), scored by the SW at each core group: now 3":
    # the label is what comes before its gloss and who gives it)
    head = _GLOSS.sub("", head).split(",")[0]
    words = _NOT_LABEL_WORDS.sub(" ", head).lower().split()
    if words and words[0].endswith(("'s", "’s", "s'", "s’")):
        words = words[1:]  # "IRO's summary", "Chair's rating"
    for opener in _PROGRESS_OPENERS:
        if words[:len(opener)] == opener:
            words = words[len(opener):]
            break
    return 0 < len(words) <= _PROGRESS_LABEL_WORDS and words[0] in _PROGRESS_WORDS


_PROGRESS_WORDS = frozenset(loader.vocabulary()["progress_note_words"])
_PROGRESS_OPENERS = tuple(opener.split() for opener in loader.vocabulary()["progress_note_openers"])
_PROGRESS_LABEL_CHARS = 160
_GLOSS = lazy_re.compile(r"\([^()]*\)")
_PROGRESS_LABEL_WORDS = 5  # "Progress since the last core group"
# dates, numbers and brackets in a label ("Update 07/04/2026", "Scaling (0 = ..., 10 = ...)")
_NOT_LABEL_WORDS = lazy_re.compile(r"\([^()]*\)|\[[^\[\]]*\]|[^\w\s'’]*\d[^\s]*|[^\w\s'’]+")


_STATUS_LABEL = lazy_re.compile(r"^\W*(?:updates?|progress(?:\s+(?:update|so far|to date))?|status|rag(?:\s+status)?)\W*$", re.I)
_BRACKETED = lazy_re.compile(r"^\s*\([^()]*\)\W*$")


def _plan_status(text: str, understanding) -> bool:
    """"Decision: Caleb remains subject to a child protection plan", "Nan's Friday care is added
    to the plan": what was decided about the plan itself (but not "Jo will visit while Caleb is
    subject to a plan", work someone takes on)."""
    if "plan_status" not in understanding.cues(text) or opens_with_verb(_step_body(text)):
        return False  # ("2.2 Arrange a family group conference ... The family's plan is added to this plan": work)
    c = find_commitment(text)
    # ("Ivy should have a child protection plan", "Maisie and Reggie continue to be subject to ...")
    return c is None or understanding.mentions_child(c.subject) and not understanding.owner_verdict(c.subject, cell=False)[1]


def _carried_on(units: list[str], understanding) -> list[str]:
    """"The health visitor will weigh Mia every two weeks. Her weights will be plotted on
    the growth chart and shared with the core group.": a sentence that refers back to the
    work before it, and gives it no new doer, says more of that work (how it is checked, by
    when) rather than asking for more."""
    out: list[str] = []
    for unit in units:
        if out and _BACK_REFERENCE.match(unit) and find_commitment(out[-1]) is not None and \
                not _new_doer(unit, understanding):
            out[-1] = f"{out[-1]} {unit}"
        else:
            out.append(unit)
    return out


def _new_doer(unit: str, understanding) -> bool:
    c = find_commitment(unit)
    return c is not None and bool(c.subject) and not c.passive and \
        any(m.label in CONCRETE_OWNER for m in understanding.mentions(c.subject))


# What the sentence before was about: "This", "It", "These", "Her weights", "Their attendance";
# or how everyone will know it worked ("We will know this is working when ...")
_BACK_REFERENCE = lazy_re.compile(
    # (not the "it" of "It is hoped that Sian will go to the group": a new piece of work)
    r"^(?:this|that|it(?!\s+(?:is|was|has|had|would|may|might)\b|['’]s\b)|these|those|(?:her|his|their|its)\s+[a-z]+"
    r"|(?:we|you|everyone)(?:\s+will|['’]ll)\s+know)\b", re.I)


def enumerated(sentence: str) -> list[str]:
    """A sentence numbering its actions inside it ("... agreed that (1) Owen
    will see Tiana ...; (2) Ruth will ...") is one action a number; the words
    before the first number only lead in."""
    marks = list(_INLINE_NUMBER.finditer(sentence))
    numbers = [int(m.group(1)) for m in marks]
    if len(marks) < 2 or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return [sentence]
    ends = [m.start() for m in marks[1:]] + [len(sentence)]
    return [_ENUMERATION_JOIN.sub("", sentence[m.end():end]).strip() for m, end in zip(marks, ends)]


_INLINE_NUMBER = lazy_re.compile(r"(?<![\w(])\((\d{1,2})\)\s+")
_ENUMERATION_JOIN = lazy_re.compile(r"[;,]?\s*(?:and|or)?\s*$")


# The column roles whose labelled line under a goal ("Who: Kerry  When: ...") says how the goal is worked for
_FIELD_ROLES_NOT_GOALS = frozenset({"measure", "owner", "timescale"})


def _place(text, block: Block, section, understanding, columns, actions, outcomes, extra=None):
    source = "list" if block.kind == "list_item" else "sentence"
    if (numbered := _ACTION_DASH.match(text)) and numbered.group("label").lower() in _ACTION_LINE_LABELS:
        text = numbered.group("value")  # "AGREED 2.1 – LD to attend ...": the decision's number, then the work
    # ("Goal 1 – Tom sees a dentist" over a list of the work for it reads as the plan does)
    step = block.kind == "list_item" or numbered_step(block)
    plan_section = section.kind == "actions" or section.holds_work and step
    if section.kind == "outcomes" and not extra and not (section.holds_work and step):
        # Under an outcomes heading even "Mum will..." states a hoped-for change
        # (but "Action:" with its "Responsible:" lines is an action anywhere);
        # "Agreed with Leanne, in their words:" only leads in to them.
        # ("Signs of success: Stacey's tests are clear ..." under "Goal 1: ..." says how the goal
        # will be known to be met, "Who: Kerry, with FSW  When: ..." who works for it: no other goal)
        # ("Outcomes for the child(ren): -": a form's field left empty states nothing)
        if not text.rstrip().endswith(":") and not progress_note(text) and not _ABOUT_THE_ITEMS.match(text) and \
                not empty_field(text) and not (
                (f := _FIELD_LINE.match(text)) and exact_phrase(f.group("label"), columns) in _FIELD_ROLES_NOT_GOALS):
            outcomes.append(Outcome(text, block.location, section.kind))
        return
    if not extra and len({m.group(0).lower() for m in _FORM_FIELD.finditer(text)}) >= 2:
        return  # "Read across the row for what will be done, how we will know, who will do it"
    if not extra and _BRACKETED.match(text):
        return  # "(agreed by the conference; the core group will add detail)": a note on what went before
    if not extra and _ABOUT_THE_ITEMS.match(text):
        return  # "Each need below was agreed with Bronagh ...": how the plan is laid out, not work in it
    if not extra and _MEETING_SENTENCE.match(text):
        return  # "The core group will meet monthly": when the plan is checked, read by the review rules
    if not extra and "opens_with_condition" in understanding.cues(text) and \
            any(m.label == "LEGAL_ESCALATION" for m in understanding.mentions(text)):
        return  # "If the care is no better by the review, Hannah will ask for a legal planning meeting": R002's escalation
    if not extra and _PAPERWORK.search(text):
        return  # "The chair will send you the minutes", "Copies to ...", the letter of itself: paperwork, not work
    if not extra and _PAST_REPORT.search(text) and not _FUTURE.search(text) and not (
            # ("11. Darren said he would have them every other weekend", an item among the agreed
            # actions; in an update's discussion, what someone said they would look into is talk)
            plan_section and step and reports_undertaking(text)):
        # "On 9 June I showed Jade how to make up a bottle", "- KO visited 15/04, both children
        # seen": what happened, not what will, in a sentence or a bullet
        return
    if not extra and nothing_needed(text):
        return  # "The ward will not need to restrict other visitors": nothing to do
    if not extra and _OFFERED.search(text) and not _PROMISE.search(text):
        return  # "Rosa has offered to stay for the first two weeks": an offer made, no one set to work
    if not extra and _MIGHT_HAPPEN.match(text) and not _BINDS.search(text):
        return  # "If Archie is fit before the cot arrives, he would stay on the ward": what might be, not work
    if not extra and source == "sentence" and (len(text.split()) <= _LEAD_IN_WORDS and _FORWARD.search(text) or
                                               text.rstrip().endswith(":") and _POINTS_FORWARD.search(text)):
        # "The professionals will do these things alongside it", "We, the Oyelaran family, agree to do
        # these things so that Kemi, Tobi and Deji are safe and looked after:": a lead-in to the list below
        return
    if not extra and _FOOTNOTE.match(text):
        return  # "¹ Grace signed consent on 05/02/2026 for ...": a footnote to the plan, no work of its own
    if not extra and (_ACKNOWLEDGED.match(text) or _ENTERED_BY.match(text)):
        # "Lucy Kerr (HV): Will do", "Noted.": a reply agreeing to the work above, none of its own;
        # "Entered by EB 09/01/2026 17:05 · formal CP plan to follow": who typed the record in
        return
    if not extra and _PROPER_NAME_ONLY.fullmatch(text.strip()) and understanding.names_owner(text):
        return  # "Gansworth Adult Social Care (Learning Disability Team)" over its worker's items: who, no work
    # asked once: the tests below and the owner's heading all read it
    # ("E1. [SW Jo | weekly] Visit ...": the work after who and when in a bracket)
    c = find_commitment(text[m.end() - 1:] if (m := _LEAD_BRACKET.match(text)) else text)
    if not extra and c is None and text.rstrip().endswith(":"):
        return  # "What needs to be better for Kian and Lexi:": it leads in to the items under it
    if not plan_section and _child_led(c, text, understanding) or \
            plan_section and not extra and c is None and child_state(text, understanding):
        # ("(a) Harley is in school every day and no longer stays home to look after his mum" under
        # "The conference agreed that by the next review:": how the child will be, with no one set to work)
        outcomes.append(Outcome(text, block.location, section.kind))
        return
    if not extra and _plan_status(text, understanding):
        return  # "Everyone agreed that Ivy should have a child protection plan": a decision on the plan
    if plan_section and source == "sentence" and not extra and c is not None and not c.passive and \
            _CHILD_STATE.match(text, text.find(c.subject) + len(c.subject)) and _child_led(c, text, understanding):
        return  # "Ava will be 5 in June", "Ava will need help to settle in": how the child is, not work
    if not extra and (k := _CHILD_KNOWS.match(text)) and understanding.mentions_child(k.group("who")) and \
            not understanding.mentions_parent(k.group("who")):
        return  # "Kayden knows to take Mila to his room and ring 999": what the child knows, not work
    # Under an action heading every bullet is an action, whatever its grammar;
    # a conference's decisions also record what it found ("Riley remains subject
    # to a plan"), so only their commitments are work.
    decisions = bool(_DECISIONS.search(section.heading))
    if decisions and not extra and _child_led(c, text, understanding):
        return  # "Riley and Esme remain subject to a plan": what the conference found
    # ("The social worker, Priya Nandra, will:" over "1.2 Complete a pre-birth assessment": a numbered
    # step set as a paragraph under its doer's lead-in is one of the doer's bullets)
    # ("1.1 Weigh Elis at home every week ..." set as a paragraph under the plan's action heading:
    # a numbered step that opens with what to do is work, as a bullet would be)
    bullet_is_work = plan_section and (block.kind == "list_item" or (numbered_step(block) or CODE_STEP.match(text))
                                       and bool(lead_in(section.heading or ""))
                                       or section.kind == "actions" and numbered_step(block)
                                       and opens_with_verb(step := _step_body(text))
                                       # (not "7.8 Review child protection conference: 07/10/2025 at 1.30pm")
                                       and not _field_line_match(step)) and not decisions
    lead = lead_bracket_fields(text, understanding) if plan_section else {}
    if extra or _is_commitment(c, understanding) or bullet_is_work or lead:
        fields = inline_fields(text, columns)
        if lead and "owner" not in fields:
            fields = {**lead, **fields}
        elif len(fields) == 1 and (spoken := spoken_commitment(text)):
            fields = {"owner": spoken[0], "action": spoken[1]}  # "Mum says: “I will be home by 5.30pm ...”"
        elif len(fields) == 1:
            fields = tagged_fields(text, columns, understanding) or bracket_fields(text, understanding) or \
                dash_fields(text, understanding) or fields
        elif "owner" not in fields:
            fields.update(_segment_owner(fields["action"], understanding))
        fields.update(extra or {})
        # ("3.2 visit every week ...; one visit in three will be unannounced": the work opens the item,
        # whatever a later clause says)
        if "owner" not in fields and (c is None or c.subject.lower() == "i" or imperative(_step_body(fields.get("action", text)))) and \
                (who := _heading_owner(section, understanding)):
            # "Health visitor (Jo Hill)" over bullets that name nobody, or "Nan (Brenda)" over
            # her own "I'll have Kai every Friday": the heading says who
            fields["owner"] = who
        when = section.heading if time_heading(section.heading or "", understanding) else section.when
        if not when and (timed := _timed_lead_in((section.heading or "").rstrip(" :") + ":", understanding)):
            # (the same line made a heading)
            who, when = timed
            if "owner" not in fields and (c is None or c.subject.lower() == "i"):
                fields["owner"] = who
        if "timescale" not in fields and when and not understanding.times_its_work(text) and \
                not any(m.label == "VAGUE_TIMESCALES"
                        and "opens_with_condition" not in understanding.cues(m.text) for m in understanding.mentions(text)):
            # "Every week" over the things done every week, "BY THE NEXT CORE GROUP - 5 August" or
            # "ONGOING" over the work due then ("... and a referral to speech therapy if he needs it":
            # whether a step is needed, not when the work is due)
            fields["timescale"] = when
        elif "timescale" not in fields and fields.get("owner") and section.heading and \
                not any(m.label in ("TIME", "VAGUE_TIMESCALES") for m in understanding.mentions(text)):
            # "3.2 GP (Dr Helen Ashe) – by 18 July 2025" as a heading lends its time as it does as a line
            who, when = _owner_and_when(section.heading, understanding)
            if when and who == fields["owner"]:
                fields["timescale"] = when
        # An action under a heading planlint recognised is surer than a sentence it took for one.
        actions.append(Action(text, block.location, source, section.kind, fields,
                              certainty="high" if plan_section else "medium"))


# "· due:", "| done when:": the separators a task list puts between an item's fields.
_SEGMENT = lazy_re.compile(r"\s+[·•|]\s+")


def _segment_owner(action: str, understanding) -> dict[str, str]:
    """The owner standing unlabelled among labelled fields: "See Mila at home ·
    Sophie Grant (SW) · due: every 2 weeks · done when: ...". The labelled
    fields are read already; the part after the work that names who is the owner."""
    parts = _SEGMENT.split(action.strip())
    later = next((i for i, part in enumerate(parts[1:], start=1) if _owner_after_work(part, understanding)), None)
    if later is None:
        return {}
    return {"owner": parts[later], "action": " · ".join(parts[:later] + parts[later + 1:])}


def _heading_owner(section: Section, understanding) -> str:
    """The person a short heading names, as in "What Mum will do" or "School".

    A possessive ("Mum's mental health") names a topic, not who acts.
    """
    heading = section.heading
    if heading and heading_owner(heading) == "I":
        return "I"  # ("I will:" in a worker's letter, "What I'll do" in a young person's own plan)
    if not heading or len(heading.split()) > 6 or re.search(r"\w['’]s\b", heading):
        return _owner_and_when(heading, understanding)[0] if heading else ""
    # The owner opens the heading: "School", "What Mum will do", not "Support for Dad".
    start = m.end() if (m := _HEADING_LEAD.match(heading)) else 0
    if any(m.label in CONCRETE_OWNER and m.start == start for m in understanding.mentions(heading)):
        return heading
    return _owner_and_when(heading, understanding)[0]


def _owner_and_when(title: str, understanding) -> tuple[str, str]:
    """("Health visitor (HV Josie Marr, Dunsellow 0–19 Team)", "fortnightly until the review
    conference") for a numbered title over the steps someone leads, "1.1 Health visitor (HV
    Josie Marr, Dunsellow 0–19 Team) – fortnightly until the review conference"; ("", "") when
    the title names no one first ("3 Leanne's mental health", "Support for Dad")."""
    text = _OUTLINE_NUMBER.sub("", title.strip(), count=1)
    if not text or text.endswith((".", ":")) or re.search(r"\w['’]s\b", text):
        return "", ""
    who, when = (part.strip() for part in _TITLE_DASH.split(text, 1)) if _TITLE_DASH.search(text) else (text, "")
    if len(re.sub(r"\([^)]*\)", " ", who).split()) > _OWNER_TITLE_WORDS or find_commitment(who) or imperative(who):
        return "", ""
    if when and not any(m.label in ("TIME", "VAGUE_TIMESCALES") for m in understanding.mentions(when)):
        return "", ""
    # the owner first, or after its place's name ("Dunsellow Perinatal Mental Health Team")
    if not any(m.label in CONCRETE_OWNER and _PLACE_NAME.fullmatch(who[:m.start]) for m in understanding.mentions(who)):
        return "", ""
    return who, when


# "1.1 ", "2) ", "A. ": an outline's number before a title
_OUTLINE_NUMBER = lazy_re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Z][.)])\s+")
_LEAD_NUMBER = lazy_re.compile(r"^\s*(\d{1,2})[.)]\s+(?=\S)")
_STEP_NUMBER = lazy_re.compile(r"^\s*(\d{1,2})\.\d{1,2}[.)]?\s+(?=\S)")
_TITLE_DASH = lazy_re.compile(r"\s[–—-]\s")
_PLACE_NAME = lazy_re.compile(r"(?:[A-Z][\w'’-]*\s+){0,2}")
_OWNER_TITLE_WORDS = 10


def undated(heading: str) -> bool:
    """"NO DUE DATE SET", "RECURRING": a task list's group of work with no one date, after
    the groups headed by theirs ("DUE 04/07/2025"); it lends its work no time."""
    return bool(_UNDATED_HEADING.match(heading or ""))


_UNDATED_HEADING = lazy_re.compile(r"^\W*(?:recurring|repeating|regular|no\s+(?:due\s+)?date(?:\s+(?:set|given|agreed))?|undated|"
                              r"not\s+yet\s+dated|date\s+(?:tbc|to\s+be\s+confirmed))\W*$", re.I)


def only_a_time(heading: str, understanding) -> list:
    """The time mentions of a short heading that is nothing but a time ("THIS WEEK - by Friday
    11 July", "Ongoing", "Now until 30 weeks"); none for any other heading."""
    heading = PART_NAME.sub("", heading or "")  # ("PART C - AT EVERY CONTACT": the part's letter names it)
    if not heading or len(heading.split()) > _TIME_HEADING_WORDS:
        return []
    said = [m for m in understanding.mentions(heading) if m.label in ("TIME", "VAGUE_TIMESCALES")]
    covered = sum(len(re.findall(r"[^\W\d_]", heading[m.start:m.end])) for m in _outermost_spans(said))
    # ("DUE 04/07/2025": the word that makes a date a deadline is part of the time)
    letters = len(re.findall(r"[^\W\d_]", _DUE.sub("", heading)))
    return said if said and covered >= _TIME_SHARE * letters else []


_GROUP_MARKS = lazy_re.compile(r"^\s*(?:={2,}|\*{2,}|~{2,})\s*|\s*(?:={2,}|\*{2,}|~{2,})\s*$")


_UNLESS_STATED = lazy_re.compile(r"[\s,;(]*\bunless\s+(?:otherwise\s+)?(?:stated|shown|given|said|noted)\b\)?\s*$", re.I)


def time_heading(heading: str, understanding) -> bool:
    """A heading that says when all the work under it happens: "Every week", "Weekly", or a
    heading that is nothing but a time ("THIS WEEK - by Friday 11 July", "Ongoing")."""
    # ("== EVERY WEEK UNTIL THE REVIEW ==": a typed log's group line; "PART A - ...": the part's name)
    # ("Part A – to be done by the next core group, Tuesday 10/03/2026": by then)
    # ("A. BEFORE 36 WEEKS (ALL BY 21/03/2026)": the part's letter, then when)
    # ("BY END FEB (Fri 27.2.26) unless stated": when, for every item that gives no time of its own)
    unmarked = _UNLESS_STATED.sub("", _OUTLINE_NUMBER.sub("", _GROUP_MARKS.sub("", heading or "")))
    named = PART_NAME.match(unmarked)
    heading = _TO_BE_DONE.sub("", unmarked[named.end():] if named else unmarked)
    said_after = heading.split(":", 1)[1] if ":" in heading else ""
    if named and WHEN_OPENS.match(heading) and len(heading.split()) <= _PART_TIME_WORDS and (
            # ("PHASE 1 - BEFORE THE BABY IS BORN: the baby is born safely ...": when, then what for)
            not said_after.strip() or WHEN_OPENS.match(_ALL_DONE.sub("", said_after))) and \
            understanding.has_time(heading) and find_commitment(heading) is None and not imperative(heading):
        # "Stage 1 – now until the baby is born (from 10/03/2026; baby due 14/05/2026)": a part's
        # name, then only when its work happens (not "Section B – Updated plan from 03/07/2025")
        return True
    if named and (label := _STAGE_END.match(heading)) and label.group("after") and \
            len(label.group("head").split()) <= _STAGE_NAME_WORDS and WHEN_OPENS.match(label.group("after")) and \
            understanding.has_time(label.group("after")) and find_commitment(heading) is None:
        # "Stage 2 – On the ward: from the birth until the day the baby goes home": the part's name
        # and label, then only when its work happens
        return True
    if _DEADLINE_HEADING.match(heading) and len(heading.split()) <= _DATED_DEADLINE_WORDS and _DATED.search(heading) \
            and understanding.has_time(heading):
        # "Due by core group 3, Thursday 11/12/2025", "IN THE NEXT 28 DAYS: ALL BY FRIDAY 12 DECEMBER 2025":
        # a deadline with its date
        return True
    if len(heading.split()) <= _DATED_DEADLINE_WORDS and (staged := _STAGE_END.match(heading)) and \
            len(staged.group("head").split()) <= _STAGE_NAME_WORDS and \
            (_DEADLINE_HEADING.match(end := _TO_BE_DONE.sub("", staged.group("after") or staged.group("inside"))) and
             only_a_time(end, understanding) or _STAGE_END_WORD.match(end) and understanding.has_time(end)
             or len(_DATED.findall(end)) >= 2 and understanding.has_time(end)):
        # "Weeks 1 and 2: by Friday 01/08/2025", "WEEKS 3-6 (TO 03/10/2025)": a stage's short
        # name, then when its work is due ("Weeks 7-12 (23 February to the review conference on
        # 9 March 2026)": between two dates)
        return True
    if not heading or len(heading.split()) > _TIME_HEADING_WORDS:
        return False
    if _FREQUENCY_HEADING.match(heading) and len(heading.split()) <= _FREQUENCY_HEADING_WORDS:
        return understanding.has_time(heading)
    if not (said := only_a_time(heading, understanding)):
        return False
    if _FREQUENCY_HEADING.match(heading):
        return True  # "Every week until the review conference on 14/10/2025": how often, and until when
    # a deadline ("By the next core group", "This week") or no real time at all ("Ongoing");
    # not a stretch the work falls somewhere in ("Now until 30 weeks", "From 30 weeks until the birth")
    # unless it runs between dates ("Weeks 1-4: Monday 3 March to Sunday 30 March 2025")
    return bool(_DEADLINE_HEADING.match(heading)) or all(m.label == "VAGUE_TIMESCALES" for m in said) or \
        len(_DATED.findall(heading)) >= 2


def _outermost_spans(mentions: list) -> list:
    out: list = []
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


# "Every week", "Each morning", "Weekly": a heading that says how often all the work under it happens
_FREQUENCY_HEADING = lazy_re.compile(r"^\W*(?:daily|weekly|fortnightly|monthly|every|each)\b", re.I)
_FREQUENCY_HEADING_WORDS = 6
_TIME_HEADING_WORDS = 10
_DATED_DEADLINE_WORDS = 14
_PART_TIME_WORDS = 20
_ALL_DONE = lazy_re.compile(r"(?i)^\W*(?:all|everything)(?:\s+(?:of\s+)?(?:this|these|it))?\s+(?:to\s+be\s+)?(?:done|completed|finished)\s+")
_DEADLINE_HEADING = lazy_re.compile(r"^\W*(?:by|before|within|due|deadline|ahead\s+of|in\s+time\s+for|no\s+later\s+than|this\s+week|today|"
                               r"tomorrow|immediately|(?:in|during|over)\s+the\s+(?:first|next)\s+\w+\s+(?:days|weeks|months))\b", re.I)
_STAGE_NAME_WORDS = 4
# "Weeks 1–4 (to be done by Friday 05/12/2025)", "(all to be completed by ...)": the deadline after it
# ("all by Friday 19/12/2025": the same)
_TO_BE_DONE = lazy_re.compile(r"(?i)^\W*(?:(?:all|everything)\s+(?=by\b|before\b|within\b|to\s+be\b))?"
                              r"(?:to\s+be\s+(?:done|completed|finished|in\s+place)\s+)?(?=by\b|before\b|within\b)")
# ("Weeks 1 to 4 – all by 10/12/2025": a dash parts them too)
_STAGE_END = lazy_re.compile(r"^(?P<head>[^:()]+?)\s*(?:(?::|\s[–—-])\s*(?P<after>.+)|\((?P<inside>[^()]+)\)\s*)$")
_STAGE_END_WORD = lazy_re.compile(r"^\W*(?:to|until|till|ending)\s+\d", re.I)
# a day of a month ("3 March", "30/03/2025")
_DATED = lazy_re.compile(rf"\b\d{{1,2}}(?:\s+(?:{loader.alternation('months')})\b|/\d{{1,2}}\b)", re.I)
# ("by 10/12/2025": a preposition before a date in figures is part of the time too)
_DUE = lazy_re.compile(r"^\W*(?:(?:due|deadline|target date)\b:?|(?:by|before|on|until|till)\s+(?=\d))", re.I)
_TIME_SHARE = 0.6  # of a heading's letters a time must cover for the heading to be when


# "HV Gemma -> weigh Ava weekly": an arrow in typed-up notes splits fields as a dash does
_DASH = lazy_re.compile(r"\s+(?:[—–-]{1,2}>?|→)\s+")


def tagged_fields(text: str, columns: dict, understanding) -> dict[str, str] | None:
    """"... KP will summarise them each Friday. [Lead & when: KP, every shift until discharge]":
    who and when in a labelled bracket that ends the item, the label a column header."""
    m = _TAG.search(text)
    role = header_role(m.group("label") or m.group("label2"), columns) if m else None
    if role not in ("owner", "timescale", "owner+timescale"):
        return None
    value = (m.group("value") or m.group("value2")).strip()
    fields = {"action": text[:m.start()].strip()}
    if role == "owner+timescale":
        head, comma, tail = value.partition(",")
        # "KP, every shift until discharge", "-, after the police interviews": who, then when
        owner, time = (head, tail) if comma and (not head.strip(" -–—") or understanding.names_owner(head)) \
            else split_owner_time(value, understanding)
        fields.update({k: v.strip() for k, v in (("owner", owner), ("timescale", time)) if v.strip(" -–—")})
    else:
        fields[role] = value
    return fields


_TAG = lazy_re.compile(r"\s(?:\[(?P<label>[A-Za-z][A-Za-z'’&/ ]{1,28}?)\s*:\s*(?P<value>[^\[\]]+)\]"
                  r"|\((?P<label2>[A-Za-z][A-Za-z'’&/ ]{1,28}?)\s*:\s*(?P<value2>[^()]+)\))\W*$")


_ALIAS_WORDS = 3


def bracket_fields(text: str, understanding) -> dict[str, str] | None:
    """"Fit a lock box (Dean; by 13/06/2025) – Priya sees it locked": the lead and the
    timescale in a bracket, unlabelled, and how we will know after it."""
    m = _BRACKET.search(text)
    if not m:
        return None
    parts = [p.strip() for p in _BRACKET_PARTS.split(m.group("inner")) if p.strip()]
    head, comma, tail = parts[0].partition(",") if parts else ("", "", "")
    if comma and len(head.split()) <= _ALIAS_WORDS and not understanding.has_time(head) and not WEEKDAY.match(head) and \
            understanding.has_time(tail) and understanding.owner_verdict(head, cell=False)[0] != "missing":
        # "(KJ, every Monday from 02/02/2026; report ...)", "(HV, by 12/02)": who, a comma, then when
        # (not "(Monday, Wednesday and Friday mornings)": days)
        parts[:1] = [head.strip(), tail.strip()]
    owner = next((p for p in parts if not understanding.has_time(p) and not WEEKDAY.match(p) and
                  understanding.owner_verdict(_leading_words(p), cell=False)[0] != "missing"), None)
    time = next((p for p in parts if p is not owner and understanding.has_time(p)), None)
    if owner is None and time is None or len(parts) < 2:
        return None  # "(the 20-week scan)": a bracket that only glosses
    fields = {"action": text[:m.start()].strip()}
    if owner:
        fields["owner"] = owner
    # ("(Nan - DB)": her initials from the key say who again, not when)
    rest = [p for p in parts if p is not owner and not (
        len(p.split()) <= _ALIAS_WORDS and understanding.owner_verdict(p, cell=False)[0] != "missing")]
    if rest:
        fields["timescale"] = "; ".join(rest)
    after = _DASH.sub(" ", " " + text[m.end():]).strip(" .")
    if after:
        fields["measure"] = after
    return fields


def lead_bracket_fields(text: str, understanding) -> dict[str, str]:
    """"E1. [SW Marnie Oakes | every 2 weeks] Visit on a day ...": who and when in a square
    bracket opening the item, the work after it."""
    m = _LEAD_BRACKET.match(text)
    if not m:
        return {}
    parts = [p.strip() for p in _LEAD_BRACKET_PARTS.split(m.group("inner")) if p.strip()]
    owner = next((p for p in parts if not understanding.has_time(p) and
                  understanding.owner_verdict(_leading_words(p), cell=True)[0] != "missing"), None)
    times = [p for p in parts if p is not owner and understanding.has_time(p)]
    if owner is None or len(parts) < 2:
        return {}
    return {"owner": owner, **({"timescale": "; ".join(times)} if times else {})}


_LEAD_BRACKET = lazy_re.compile(r"^\W*(?:[A-Z]?\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?\[(?P<inner>[^\[\]]{3,200})\]\s*\S")
_LEAD_BRACKET_PARTS = lazy_re.compile(r"\s[|/]\s|;")


def _leading_words(part: str) -> str:
    """The first comma parts of part that fit in an owner's few words: "Kofi Mensah, recovery
    worker" of "Kofi Mensah, recovery worker, Corrisford Drug and Alcohol Service"; "" if none do."""
    pieces = part.split(",")
    return next((",".join(pieces[:n]).strip() for n in range(len(pieces), 0, -1)
                 if len(",".join(pieces[:n]).split()) <= _DASH_OWNER_WORDS), "")


# The last bracket of an item, with what follows it: "... (Dean; by 13/06/2025) – Priya sees ..."
_BRACKET = lazy_re.compile(r"\((?P<inner>[^()]{3,160})\)(?=[^()]*$)")
_BRACKET_PARTS = lazy_re.compile(r";|\s[–—-]\s")


def dash_fields(text: str, understanding) -> dict[str, str] | None:
    """"HV (Sam) — weekly home visits — ongoing": an owner, then the work and
    its timing, split by dashes, as in an emailed list of actions. The rest
    stays one field so "weekly" anywhere in it still counts as a timescale."""
    parts = _DASH.split(text.strip())
    if len(parts) < 2:
        return None
    # "Referral to speech and language therapy – SW – June": the owner between the work and its time,
    # a role or a service ("Dr Omar Shah, consultant paediatrician").
    later = next((i for i, part in enumerate(parts[1:], start=1) if _owner_after_work(part, understanding)), None)
    # The verdict last: a long first part ("Sam will write to every core group (every 4 weeks)
    # with ...") is never the owner, and its verdict would send it through the pipeline.
    # ("get Kian to school by 8.50 every day - school register": the work, then how it is checked)
    first = len(parts[0].split()) <= _DASH_OWNER_WORDS and not find_commitment(parts[0]) and \
        not imperative(parts[0]) and not opens_with_verb(parts[0]) and \
        (verdict := understanding.owner_verdict(parts[0], cell=False))[0] != "missing" and \
        not understanding.has_time(parts[0])
    # (the first part leads unless it names no role and a later part does: "Fracture clinic
    # follow-up for Archie – Puffin Ward discharge nurse – TBC", nor when it names its person
    # only as whom the work is for: "benefits check for mum (UC + PIP) - FSW Jodie Crane - by 28/2")
    if first and later is not None and _for_someone(parts[0], understanding):
        first = False
    if first and (verdict[1] or verdict[0] == "vague" or later is None):  # "ALL -> tell GH same day": a collective leads
        return {"owner": parts[0], "action": " — ".join(parts[1:])}
    if later is None:
        return None
    fields = {"owner": parts[later]}
    rest = parts[:later] + parts[later + 1:]
    # "work – owner – by 10/06/2025 – written opinion to the SW": after the time, how we will know
    timed = next((i for i, part in enumerate(rest) if i and (understanding.has_time(part) or any(
        m.label == "VAGUE_TIMESCALES" for m in understanding.mentions(part)))), None)
    if timed is not None and timed + 1 < len(rest):
        fields.update(action=" — ".join(rest[:timed]), timescale=rest[timed], measure=" — ".join(rest[timed + 1:]))
    else:
        fields["action"] = " — ".join(rest)
    return fields


_DASH_OWNER_WORDS = 8
# "DC Hannah Greer, Burlcombe Child Abuse Investigation Team": a name, then who they are
_NAMED_ROLE = lazy_re.compile(r"^(?:(?:Dr|Mr|Mrs|Ms|Miss|DC|DS|PC)\.?\s+)?[A-Z][a-z'’-]+\s+[A-Z][\w'’-]+,\s+\S")
# "Abena and Kofi", "Mum & Dad": names, joined, and nothing else
_NAMES_ONLY = lazy_re.compile(r"^[A-Z][\w'’-]*(?:\s+(?:and|&)\s+[A-Z][\w'’-]*|\s+[A-Z][\w'’-]*)*$")


def _owner_after_work(part: str, understanding) -> bool:
    """A dashed part after the work that names who does it: a role or service, names, or a name
    with who they are; not a time, a commitment, or how the work is checked."""
    # ("Dr Helen Marsh, Mum's psychiatrist, Nimbrey Community Mental Health Team": a name and who
    # they are runs longer than a role alone)
    most = 2 * _DASH_OWNER_WORDS if _NAMED_ROLE.match(part) else _DASH_OWNER_WORDS
    if len(part.split()) > most or understanding.has_time(part) or find_commitment(part):
        return False
    if any(m.label == "VAGUE_TIMESCALES" for m in understanding.mentions(part)):
        return False  # "KT – referral to Young Carers – ASAP – ...": a vague time in capitals names no one
    status, labels = understanding.owner_verdict(part, cell=False)
    return status == "ok" and bool(labels or _NAMES_ONLY.match(part) or _NAMED_ROLE.match(part)) and \
        not _checks(part, understanding)


def _for_someone(part: str, understanding) -> bool:
    """Whether every person part names follows a preposition ("benefits check for mum",
    "a catch-up with Dad"), after words of its own: the work, named with whom it is for."""
    people = [m for m in understanding.mentions(part) if m.label in CONCRETE_OWNER]
    return bool(people) and all(m.start > 0 and _PREPOSITION_BEFORE.search(part[:m.start]) for m in people)


# (after at least one word: "With Mum – ..." opens no work)
_PREPOSITION_BEFORE = lazy_re.compile(r"\w\W+(?:for|with|to|about|re|of)\s+(?:(?:her|his|their|the|my|your)\s+)?$", re.I)


def _checks(text: str, understanding) -> bool:
    """"nursery register shows Tyler in": how the work is checked, not who does it."""
    return any(m.label in ("MEASURE_CUES", "MEASURE_PATTERN") for m in understanding.mentions(text))


# "ACTION 1:", "WHO:", "BY WHEN:", "HOW WILL WE KNOW:": a case system's labels in capitals.
_CAPS_LABEL = lazy_re.compile(r"(?:^|(?<=\s))(?P<label>[A-Z][A-Z0-9 /&'’-]{0,30}[A-Z0-9])\s*:(?:\s+|$)")


def labelled_fields(text: str, columns: dict) -> dict[str, str] | None:
    """The fields of an action whose labelled lines were run into one paragraph."""
    found = []  # (role, where the label starts, where its value starts)
    for m in _CAPS_LABEL.finditer(text):
        # "TBC HOW WILL WE KNOW:": capitals run on from a value into the next label.
        words = list(re.finditer(r"\S+", m.group("label")))
        for w in words:
            role = exact_phrase(re.sub(r"\d+", " ", m.group("label")[w.start():]), columns)
            if role and role != "need":
                found.append((role, m.start("label") + w.start(), m.end()))
                break
    roles = {role for role, _, _ in found}
    if "action" not in roles or len(roles) < 2 or found[0][0] != "action" or found[0][1] > 0:
        return _titled_run_on(text, columns)
    fields: dict[str, str] = {}
    for (role, _, value_start), nxt in zip(found, found[1:] + [(None, len(text), None)]):
        fields.setdefault(role, text[value_start: nxt[1]].strip())
    return fields


def _titled_run_on(text: str, columns: dict) -> dict[str, str] | None:
    """"04 Action: Weekly sessions ... Who: Gusselby Talking Therapies When: weekly ... Check: ...": a
    case print's fields run together under labels in ordinary case, every one of them a field's."""
    if text.count(":") < _RUN_ON_ROLES:
        return None  # (most text has fewer labels than that: asked first, it saves the labels' lookup)
    found = [(exact_phrase(m.group("label"), columns), m) for m in _TITLE_LABEL.finditer(text)]
    if found and found[0][0] is None and (known := next((i for i, (role, _) in enumerate(found) if role), None)):
        # ("M1. Home visits: see Riley ... Who: RN (SW). When: ...": a colon inside the unlabelled work)
        found = found[known:] if found[known][0] == "owner" else found
    roles = [role for role, _ in found]
    if None in roles or "need" in roles or len(roles) != len(set(roles)):
        return None
    # (fields in square brackets, "[Pwy / Who: Y teulu / The family]", are lead_bracket_fields' and the like)
    if roles and "action" not in roles and "owner" in roles and len(roles) >= _RUN_ON_ROLES - 1 and "[" not in text and \
            len((work := text[:found[0][1].start()].strip()).split()) >= _UNLABELLED_WORK_WORDS and not work.endswith(":"):
        # "PoC 1. Home wt + full feed obs. Who: SB (HV). When: wkly (Tues am). How we'll know: ...":
        # the work unlabelled, then its fields under their labels
        return {"action": work, **{role: text[m.end():nxt.start() if nxt else len(text)].strip()
                                   for (role, m), nxt in zip(found, [m for _, m in found[1:]] + [None])}}
    if len(set(roles)) < _RUN_ON_ROLES or roles[0] != "action" or not _ROW_REF.fullmatch(text[:found[0][1].start()]):
        return None
    return {role: text[m.end():nxt.start() if nxt else len(text)].strip()
            for (role, m), nxt in zip(found, [m for _, m in found[1:]] + [None])}


_TITLE_LABEL = lazy_re.compile(r"(?:^|(?<=\s))(?P<label>[A-Z][A-Za-z'’]*(?:\s[a-z'’]+){0,3}):(?=\s|$)")
_ROW_REF = lazy_re.compile(r"\W*(?:[A-Z]{0,3}\d{1,3}(?:\.\d{1,2})?[.)]?)?\s*")
_RUN_ON_ROLES = 3
_UNLABELLED_WORK_WORDS = 3


def question_fields(text: str, columns: dict, understanding) -> dict[str, str] | None:
    """"What's going to happen? Weigh Leo ... Who's doing it, and by when? Jo Hill (HV) - weekly
    How will we know? ...": a table typed out box by box under its column's question."""
    questions = list(_QUESTION.finditer(text))
    if len(questions) < 2 or questions[0].start() > 0:
        return None
    fields: dict[str, str] = {}
    for q, nxt in zip(questions, questions[1:] + [None]):
        if not (role := header_role(q.group(), columns)):
            return None
        value = text[q.end(): nxt.start() if nxt else len(text)].strip()
        for r, v in cell_fields(role, value, understanding):
            fields.setdefault(r, v)
    return fields if "action" in fields and len(fields) >= 2 else None


# A column's question: capitalised, as a box's heading is, and short.
_QUESTION = lazy_re.compile(r"(?<![\w'’])(?:What|Who|When|How|By when|Why)\b[^?.;]{0,60}\?")


def lend_group_times(sections: list[Section], understanding) -> None:
    """"Before Rosie comes home" with nothing under it but "Jo Hill (HV) will:", "Dr Anita Roy
    ... will:" sections: each of those has the group's time, until the next part of the plan."""
    when = ""
    for section in sections:
        heading = section.heading or ""
        if section.kind != "actions":
            when = ""
        elif not section.blocks and time_heading(heading, understanding):
            when = heading
        elif when and LEAD_IN.match(heading.strip()):
            section.when = when
        else:
            when = ""
