"""X001 transfer-stalls-plan."""
from .. import lazy_re
from . import check


@check("X001")
def transfer_stalls_plan(ctx):
    for action, facts in ctx.actions():
        labels = {m.label for m in facts.mentions if "negated" not in m.modifiers and not _how_often(m, facts.mentions)}
        # (or left to the council the family moves to, by its place name: "to be completed by Keldermouth")
        if {"TRANSFER", "DEFERRAL"} <= labels or facts.left_to_receiving or facts.waits_for_move:
            yield ctx.action_finding(action)


def _how_often(mention, mentions) -> bool:
    """"once" of "at least once a fortnight": how often, not the "once" of "once the family has moved"."""
    return mention.label == "DEFERRAL" and mention.text.lower() == "once" and any(
        t.label == "TIME" and t.start == mention.start and _FREQUENCY.match(t.text) for t in mentions)


_FREQUENCY = lazy_re.compile(r"(?i)once\s+(?:a|an|per|every|each)\b")
