"""Sections whose heading planlint does not know, recognised by what they hold.

"What Leah told me when we walked to the park" is the child's voice and "If
things don't get better" is the contingency, whatever words a template uses:
the child's reported or quoted words, and if/then sentences with a protective
response, say what a section is when its heading does not.
"""
from __future__ import annotations

import re

from ..model import Section
from .sections import classify_heading

# "I like it when Nana picks me up": quoted words in the first person.
# "She told the SW "Mummy fall down, I get Por Por"": anywhere in the sentence, in double quotes.
_QUOTED_FIRST_PERSON = re.compile(r"^\W*[\"“‘'][^\"”’]*\b(?:I|I'm|my|me)\b|[\"“][^\"”]*\b(?:I|I'm|my|me)\b", re.I)
_WHOSE_WISHES = re.compile(r"^\W*what\s+(?P<who>.{2,60}?)\s+(?:want|wants|would like|hope|hopes|wish|wishes)\W*$", re.I)
# Most of a section's sentences must say it, not one in passing.
_SHARE = 0.5


def recognise_by_content(sections: list[Section], understanding, table: dict) -> None:
    # An "Escalation" section beside a contingency section adds to it; only a
    # plan with no contingency heading needs one found by its content.
    has_contingency = any(s.kind == "contingency" for s in sections)
    has_outcomes = any(s.kind == "outcomes" for s in sections)
    for section in sections:
        if not section.heading or section.kind == "contingency":
            continue
        sentences = [s for b in section.blocks if b.text and not b.table
                     for s in understanding.analyser.sentences(b.text)]
        if not sentences:
            continue
        if not has_contingency and "opens_with_condition" in understanding.cues(section.heading) and any(
            _protective(s, understanding) for s in sentences
        ):
            # "If Mark's anger puts the children at risk" over what will then happen.
            section.kind, has_contingency = "contingency", True
            continue
        if section.kind == "outcomes" and (m := _WHOSE_WISHES.match(section.heading)) and \
                understanding.mentions_parent(m.group("who")) and not understanding.mentions_child(m.group("who")):
            # "What Naomi and Tom want": the parents' wishes, in their words, not the plan's outcomes.
            section.kind = "other"
            continue
        if section.kind not in ("other", "title") or classify_heading(section.heading, table) != "other":
            continue
        heading_names_child = understanding.mentions_child(section.heading)
        voice = sum(understanding.voice_of_child(s) or heading_names_child and bool(_QUOTED_FIRST_PERSON.match(s))
                    for s in sentences)
        if understanding.voice_of_child(section.heading) or voice / len(sentences) >= _SHARE:
            section.kind = "child_voice"
            continue
        protective = [s for s in sentences if _protective(s, understanding)]
        conditional_heading = "conditional" in understanding.cues(section.heading)
        if not has_contingency and protective and (conditional_heading or len(protective) / len(sentences) >= _SHARE):
            section.kind, has_contingency = "contingency", True
            continue
        if not has_outcomes and section.kind == "other" and \
                sum(child_state(s, understanding) for s in sentences) / len(sentences) >= _SHARE:
            # "Vision: Kai lives safely with his mum": the child's life as the plan means it to be.
            section.kind, has_outcomes = "outcomes", True


def child_state(sentence: str, understanding) -> bool:
    """"Kai goes to school every day", "The children are never left alone": the child as
    the subject of a present or future state, with no one set to work."""
    m = _STATE.match(sentence)
    return bool(m) and understanding.mentions_child(m.group("who")) and not _PAST.search(sentence)


_STATE = re.compile(
    r"^\W*(?P<who>(?:the\s+)?[\w'’-]+(?:\s+(?:and|&)\s+[\w'’-]+)?)\s+(?:will\s+)?(?:is|are|has|have|can|feels?|lives?|"
    r"goes|go|sleeps?|attends?|gets?|knows?|eats?|stays?|keeps?|grows?|reaches?|never|always|no longer|be|live|"
    r"sleep|attend|get|know|stay|keep|grow|reach|feel)\b", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|said|told|went|has been|have been)\b", re.I)


def _protective(sentence: str, understanding) -> bool:
    """"If Kerry drinks, Ruby will stay with her nan": a trigger and a response."""
    cues = understanding.cues(sentence)
    responds = any(m.label == "CONTINGENCY_RESPONSES" for m in understanding.mentions(sentence))
    return "if_then" in cues or "conditional" in cues and responds
