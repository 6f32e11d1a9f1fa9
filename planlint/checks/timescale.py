"""T001 missing-timescale, T002 vague-timescale."""
from . import check


@check("T001")
def missing_timescale(ctx):
    for action, facts in ctx.actions():
        if facts.time_status == "missing":
            yield ctx.finding(action.location, action.text)


@check("T002")
def vague_timescale(ctx):
    for action, facts in ctx.actions():
        if facts.time_status == "vague":
            yield ctx.finding(action.location, action.text, term=facts.vague_time)
