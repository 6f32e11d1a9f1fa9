"""O001 missing-outcomes, F002 adult-centred-outcome."""
from . import check

ADULT = {"PARENT_ROLES", "PARENT_NEEDS", "PARENT_ILLNESS"}


@check("O001")
def missing_outcomes(ctx):
    if ctx.plan.outcomes or ctx.section_text("outcomes").strip():
        return
    if any("outcome_statement" in s.cues for s in ctx.plan.sentences):
        return  # "The aim of this plan is that Ava is safe and well"
    yield ctx.doc_finding("")


@check("F002")
def adult_centred_outcome(ctx):
    # An "Outcome / evidence" cell is also its row's measure: "Roisin keeps her appointments
    # (CMHT attendance record)" says how that work is checked, not what the plan is for.
    evidence = {a.fields["measure"] for a in ctx.plan.actions if a.fields.get("measure")}
    for outcome in ctx.plan.outcomes:
        if outcome.text in evidence and any(m.label in ("MEASURE_CUES", "MEASURE_PATTERN") for m in outcome.mentions):
            continue
        if outcome.section == "need":
            continue  # a "What is the worry?" cell says what is wrong, not what should change
        if outcome.condition:
            continue  # "If Jade is having a bad day" heads the help that follows; it hopes for nothing
        if outcome.topic:
            continue  # "Relationship with parents", "Time with her mum": a topic, not a described change
        adult = {m.label for m in outcome.mentions} & ADULT or outcome.about_parent
        if adult and not outcome.about_child:
            yield ctx.finding(outcome.location, outcome.text)
