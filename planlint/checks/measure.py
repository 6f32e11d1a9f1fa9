"""M001 missing-measure, M002 vague-measure."""
from . import check


@check("M001")
def missing_measure(ctx):
    for action, facts in ctx.actions():
        if facts.measure_status == "missing":
            yield ctx.finding(action.location, action.text)


@check("M002")
def vague_measure(ctx):
    for action, facts in ctx.actions():
        if facts.measure_status == "vague":
            yield ctx.finding(action.location, action.text, term=facts.vague_measure)
