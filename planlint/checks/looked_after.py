"""L001 lac-hospital-no-visits."""
import re

from . import check

_VISIT = re.compile(r"\bvisit\w*\b|\bsee (?:him|her|the baby|baby)\b", re.I)


@check("L001")
def lac_hospital_no_visits(ctx):
    if not ctx.plan.facts.looked_after:
        return
    hospital = next(
        (h for h in ctx.labelled("HOSPITAL", asserted=False) if "negated" not in h[3].modifiers), None
    )
    if hospital is None:
        return
    u = ctx.understanding
    # A table row says who visits in one cell and how often in another.
    for _, text, _ in ctx.sentences() + [(k, " | ".join(cells), loc) for k, cells, loc in ctx.rows()]:
        if _VISIT.search(text) and u.has_time(text):
            return
    yield ctx.doc_finding(hospital[1], hospital[2])
