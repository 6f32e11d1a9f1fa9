"""M001 missing-measure, M002 vague-measure."""
from . import actions_where, check


@check("M001")
def missing_measure(ctx):
    for action, facts in ctx.actions():
        # "If Shauna cannot stay at home, Jess will find a refuge place the same day": a
        # contingency line among the actions says what happens if; the response is all of it.
        # (nor when the learned second opinion is nearly sure it says how progress is checked)
        if facts.measure_status == "missing" and not facts.measure_seen and "measure" not in action.unclear \
                and "if_then" not in facts.cues:
            yield ctx.action_finding(action)


@check("M002")
def vague_measure(ctx):
    return actions_where(ctx, "measure_status", "vague", term="vague_measure")
