"""Actions and outcomes written as bullets or sentences rather than table rows."""
from __future__ import annotations

from ..model import Action, Block, Outcome, Section
from ..nlp.commitment import find_commitment, imperative

# Sections whose bullets describe the family or the worries, not work to do.
NOT_ACTIONS = {"worries", "strengths", "family", "details", "child_voice", "contingency", "review", "title"}


def _is_commitment(text: str, understanding) -> bool:
    c = find_commitment(text)
    if c is None:
        return False
    if c.passive:
        return True  # "Home conditions will be monitored": an action with no owner
    return understanding.owner_verdict(c.subject, cell=False)[0] != "missing"


def _child_led(text: str, understanding) -> bool:
    """"Amelia will be safe and well": a statement about the child's future."""
    c = find_commitment(text)
    return c is not None and understanding.mentions_child(c.subject) and not understanding.owner_verdict(
        c.subject, cell=False
    )[1]


def block_actions(
    block: Block, section: Section, understanding, plan_has_action_section: bool
) -> tuple[list[Action], list[Outcome]]:
    actions: list[Action] = []
    outcomes: list[Outcome] = []
    if section.kind in NOT_ACTIONS:
        return actions, outcomes
    if block.kind == "list_item":
        units = [block.text.strip()]
    elif block.kind == "paragraph":
        if plan_has_action_section and section.kind not in ("actions", "outcomes"):
            # Prose elsewhere in a plan that has an action section is background.
            return actions, outcomes
        units = understanding.analyser.sentences(block.text)
    else:
        return actions, outcomes
    for text in units:
        if len(text.split()) >= 3:
            _place(text, block, section, section.kind == "actions", understanding, actions, outcomes)
    return actions, outcomes


def _place(text, block: Block, section, plan_section, understanding, actions, outcomes):
    source = "list" if block.kind == "list_item" else "sentence"
    if section.kind == "outcomes" or _child_led(text, understanding) and not plan_section:
        if _is_commitment(text, understanding) and not _child_led(text, understanding):
            actions.append(Action(text, block.location, source, section.kind, {"action": text}))
        else:
            outcomes.append(Outcome(text, block.location, section.kind))
        return
    if _is_commitment(text, understanding) or (
        plan_section and block.kind == "list_item" and (imperative(text) or understanding.has_time(text))
    ):
        actions.append(Action(text, block.location, source, section.kind, {"action": text}))
