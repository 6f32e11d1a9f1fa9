"""M001 missing-measure, M002 vague-measure."""
from . import actions_where, check


@check("M001")
def missing_measure(ctx):
    return actions_where(ctx, "measure_status", "missing")


@check("M002")
def vague_measure(ctx):
    return actions_where(ctx, "measure_status", "vague", term="vague_measure")
