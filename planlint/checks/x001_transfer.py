"""X001 transfer-stalls-plan."""
from . import check


@check("X001")
def transfer_stalls_plan(ctx):
    for action, facts in ctx.actions():
        labels = {m.label for m in facts.mentions if "negated" not in m.modifiers}
        # (or left to the council the family moves to, by its place name: "to be completed by Keldermouth")
        if {"TRANSFER", "DEFERRAL"} <= labels or facts.left_to_receiving or facts.waits_for_move:
            yield ctx.action_finding(action)
