"""H001 mh-support-only (Finding Four)."""
import re

from . import check


@check("H001")
def mh_support_only(ctx):
    parents = ctx.plan.facts.parent_names
    for action, facts in ctx.actions():
        if "MH_SERVICES" not in facts.owner_labels:
            continue
        if any(m.label == "MH_ASSESSMENT" for m in facts.mentions):
            continue
        # Finding Four is about the parent's treatment: a therapist's sessions
        # with the child ("CAMHS therapist to see Kai weekly") are not that.
        text = action.fields.get("action", action.text)
        if facts.about_child and not _names_parent(text, facts, parents):
            continue
        yield ctx.action_finding(action, owner=facts.owner)


def _names_parent(text: str, facts, parents) -> bool:
    if any(m.label in ("PARENT_ROLES", "PARENT_ILLNESS") for m in facts.mentions):
        return True
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in parents)
