"""X001 transfer-stalls-plan."""
from . import check


@check("X001")
def transfer_stalls_plan(ctx):
    for action, facts in ctx.actions():
        labels = {m.label for m in facts.mentions if "negated" not in m.modifiers}
        if {"TRANSFER", "DEFERRAL"} <= labels:
            yield ctx.action_finding(action)
