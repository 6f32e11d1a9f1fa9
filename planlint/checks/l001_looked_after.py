"""L001 lac-hospital-no-visits."""
from . import check


@check("L001")
def lac_hospital_no_visits(ctx):
    if not ctx.plan.facts.looked_after:
        return
    hospital = next((s for s, m in ctx.labelled("HOSPITAL", asserted=False) if "negated" not in m.modifiers), None)
    if hospital is None:
        return
    # A table row says who visits in one cell and how often in another.
    if any("visit" in s.cues and s.has_time for s in ctx.plan.sentences + ctx.plan.rows):
        return
    yield ctx.doc_finding(hospital.text, hospital.location)
