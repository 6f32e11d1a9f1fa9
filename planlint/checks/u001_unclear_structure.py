"""U001 unclear-structure."""
from . import check


@check("U001")
def unclear_structure(ctx):
    for table in ctx.plan.reading.tables:
        if table.unclear:
            who_when = " or ".join({"owner": "who does it", "timescale": "when", "measure": "how progress is measured"}[r] for r in sorted(table.unclear))
            yield ctx.finding(table.location, "", "high", where="which column of this table", missing=who_when,
                              rows=f"its {table.actions} rows")
    if timeless := ctx.plan.reading.timeless:
        yield ctx.doc_finding("", where="where the plan", missing="when each action happens",
                              rows=f"{timeless} of its {len(ctx.plan.actions)} actions")
