"""F001 parent-centred-plan, F003 missing-child-voice, F004 no-adult-services."""
import re

from . import check

ADULT_OWNER = {"ADULT_SERVICES", "MH_SERVICES"}


def _childs(u, text: str, mention) -> bool:
    """The illness is the child's: "Kayden will be kept safe from self-harm",
    "CAMHS to assess Kayden's self-harm"."""
    owner = re.search(r"([A-Za-z'’-]+)\s*$", text[: mention.start])
    if owner and re.search(r"['’]s?$", owner.group(1)) and u.mentions_child(owner.group(1)):
        return True
    return u.mentions_child(text) and not u.mentions_parent(text)


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
        if u.voice_of_child(text):
            return
    yield ctx.doc_finding("")


@check("F004")
def no_adult_services(ctx):
    # A history alone ("a history of heroin use") is not a current need.
    u = ctx.understanding
    illness = next(
        (x for x in ctx.labelled("PARENT_ILLNESS") if "historical" not in x[3].modifiers and not _childs(u, x[1], x[3])),
        None,
    )
    if illness is None:
        return
    if any(f.owner_labels & ADULT_OWNER for _, f in ctx.actions()):
        return
    _, text, loc, mention = illness
    yield ctx.doc_finding(text, loc, condition=mention.text)
