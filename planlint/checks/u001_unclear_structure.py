"""U001 unclear-structure."""
from . import check


@check("U001")
def unclear_structure(ctx):
    for table in ctx.plan.reading.tables:
        if table.unclear:
            who_when = " or ".join({"owner": "who does it", "timescale": "when"}[r] for r in sorted(table.unclear))
            yield ctx.finding(table.location, "", "high", missing=who_when, rows=table.actions)
