"""T001 missing-timescale, T002 vague-timescale."""
from . import actions_where, check


@check("T001")
def missing_timescale(ctx):
    return actions_where(ctx, "time_status", "missing")


@check("T002")
def vague_timescale(ctx):
    return actions_where(ctx, "time_status", "vague", term="vague_time")
