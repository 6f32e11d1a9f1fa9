"""C001 missing-contingency, C002 vague-contingency, C003 family-support-without-fallback."""
from .. import lazy_re
from . import check


@check("C001")
def missing_contingency(ctx):
    if len(ctx.plan.contingency.text.split()) < 4:
        yield ctx.doc_finding("")


@check("C002")
def vague_contingency(ctx):
    contingency = ctx.plan.contingency
    if len(contingency.text.split()) < 4:
        return  # C001's business
    # (the child's name says whom the worry is about, not what to look out for)
    generic = set(ctx.rule.settings["generic_trigger_words"]) | {n.lower() for n in ctx.plan.facts.child_names}
    specific = any(words - generic for words in contingency.triggers)
    concrete = any(m.label == "CONTINGENCY_RESPONSES" for m in contingency.mentions)
    if not (specific and concrete):
        yield ctx.doc_finding(contingency.text.strip().split("\n")[0],
                              missing="trigger" if not specific else "protective response")


@check("C003")
def family_support_without_fallback(ctx):
    collectives = ctx.rule.settings["family_collectives"]
    family_owned = [a for a, f in ctx.actions() if "FAMILY_ROLES" in f.owner_labels or
                    f.owner_status == "vague" and any(c in f.owner.lower() for c in collectives)]
    supervising = [a for a, f in ctx.actions() if "supervises" in f.cues and _family_named(f)]
    # A family's own safety rules ("Nan will ring Mum every evening") rely on them too.
    family_rules = [s for s in ctx.plan.sentences if s.section == "family" and "commits" in s.cues
                    and any(m.label == "FAMILY_ROLES" and m.asserted for m in s.mentions)]
    if len(family_owned) + len(family_rules) < 2 and not supervising:
        return
    # "If Jackie or Jordan cannot do their day": the helpers by name count too.
    # (but not a parent sharing the work: "Nan and Danielle" with "If Danielle cannot get up when Nan
    # arrives" says what Mum fails at, not what happens when Nan cannot come)
    parents = {n.lower() for n in ctx.plan.facts.parent_names}
    helpers = {name for a in family_owned for name in a.facts.owner_names
               if not (name in parents and _SHARED.search(a.facts.owner))}
    for sentence in ctx.plan.contingency.sentence_conditions:
        # The failure must be the helpers' own: "if Nan cannot have Leo", not
        # "if Sophie stops her medication, Leo will stay with Nan".
        if any((c.family_support or helpers & c.words) and c.failure for c in sentence):
            return
    first = (supervising or family_owned or family_rules)[0]
    yield ctx.doc_finding(first.text, first.location)


def _family_named(facts) -> bool:
    """A relative owns the action or is named in it, but not in an owner the owner verdict found
    to be no relative ("Sister Amy Tait, Puffin Ward" supervising on the ward is a nurse)."""
    if "FAMILY_ROLES" in facts.owner_labels:
        return True  # "Carol will supervise Ricky's contact", Carol the grandmother by the plan's details
    return any(m.label == "FAMILY_ROLES" and m.text not in facts.owner for m in facts.mentions)


_SHARED = lazy_re.compile(r"\s(?:and|&)\s|\+")  # "Nan and Danielle", "Nan + Mum": an owner of several
