"""F001 parent-centred-plan, F003 missing-child-voice, F004 no-adult-services."""
from . import check

ADULT_OWNER = {"ADULT_SERVICES", "MH_SERVICES"}


@check("F001")
def parent_centred_plan(ctx):
    actions = list(ctx.actions())
    parent = [a for a, f in actions if f.parent_needs]
    share = ctx.config.thresholds.get("F001", 0.5)
    if actions and len(parent) / len(actions) > share:
        yield ctx.doc_finding(parent[0].text, parent[0].location, parent=len(parent), total=len(actions))


@check("F003")
def missing_child_voice(ctx):
    if len(ctx.section_text("child_voice").split()) >= 4:
        return
    u = ctx.understanding
    for kind, text, loc in ctx.sentences():
        if kind in ("contingency", "child_voice"):
            continue
        labels = {m.label for m in u.mentions(text) if m.asserted}
        if "CHILD_VOICE" in labels and u.mentions_child(text):
            return
    yield ctx.doc_finding("")


@check("F004")
def no_adult_services(ctx):
    # A history alone ("a history of heroin use") is not a current need.
    illness = next((x for x in ctx.labelled("PARENT_ILLNESS") if "historical" not in x[3].modifiers), None)
    if illness is None:
        return
    if any(f.owner_labels & ADULT_OWNER for _, f in ctx.actions()):
        return
    _, text, loc, mention = illness
    yield ctx.doc_finding(text, loc, condition=mention.text)
