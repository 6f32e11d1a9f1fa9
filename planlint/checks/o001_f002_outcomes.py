"""O001 missing-outcomes, F002 adult-centred-outcome."""
from ..textutil import empty_field
from . import check

ADULT = {"PARENT_ROLES", "PARENT_NEEDS", "PARENT_ILLNESS"}


@check("O001")
def missing_outcomes(ctx):
    outcomes = ctx.plan.outcomes
    # ("Joy will stop drinking", "Joy will attend all her appointments": every outcome an adult's
    # leaves no outcome for the child; F002 names each)
    # ("Social worker visits to continue", "Specialist alcohol service involved": services
    # delivered are no outcome either)
    if outcomes and not all(o.service_only or _adult_centred(o, evidence) for evidence in [_evidence(ctx)] for o in outcomes):
        return
    headings = {(section.heading, section.location) for section in ctx.plan.sections}
    if not outcomes and any(s.section == "outcomes" and s.text.strip() and not empty_field(s.text)
                            and (s.text, s.location) not in headings for s in ctx.plan.sentences):
        return  # (not "Outcomes for the child(ren): -", the form's field left empty under its heading)
    if any("outcome_statement" in s.cues for s in ctx.plan.sentences):
        return  # "The aim of this plan is that Ava is safe and well"
    names = {n.lower() for n in ctx.plan.facts.child_names}
    if sum(_purpose_for_child(a.text, names) for a in ctx.plan.actions) >= _PURPOSES:
        return  # "..., so that Kai is never hit again": each action says what it is for the child
    yield ctx.doc_finding("")


_PURPOSES = 2


def _purpose_for_child(text: str, names: set[str]) -> bool:
    """An action whose "so that" clause opens with the child: "..., so that Kai has someone
    outside the family to talk to" (not "so that the police can act quickly")."""
    at = text.lower().find(" so that ")
    words = text[at + len(" so that "):].split()[:1] if at >= 0 else []
    return bool(words) and words[0].strip(".,;:").removesuffix("'s").removesuffix("’s").lower() in names


@check("F002")
def adult_centred_outcome(ctx):
    # An "Outcome / evidence" cell is also its row's measure: "Roisin keeps her appointments
    # (CMHT attendance record)" says how that work is checked, not what the plan is for.
    evidence = _evidence(ctx)
    for outcome in ctx.plan.outcomes:
        if _adult_centred(outcome, evidence):
            yield ctx.finding(outcome.location, outcome.text)


def _evidence(ctx) -> set[str]:
    return {a.fields["measure"] for a in ctx.plan.actions if a.fields.get("measure")}


def _adult_centred(outcome, evidence: set[str]) -> bool:
    if outcome.text in evidence and any(m.label in ("MEASURE_CUES", "MEASURE_PATTERN") for m in outcome.mentions):
        return False
    if outcome.section == "need":
        return False  # a "What is the worry?" cell says what is wrong, not what should change
    if outcome.condition:
        return False  # "If Jade is having a bad day" heads the help that follows; it hopes for nothing
    if outcome.topic:
        return False  # "Relationship with parents", "Time with her mum": a topic, not a described change
    adult = {m.label for m in outcome.mentions} & ADULT or outcome.about_parent
    return bool(adult) and not outcome.about_child
