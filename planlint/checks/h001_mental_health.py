"""H001 mh-support-only (Finding Four)."""
from . import check, with_the_child


@check("H001")
def mh_support_only(ctx):
    for action, facts in ctx.actions():
        if "MH_SERVICES" not in facts.owner_labels or "mh_support_work" not in facts.work_cues:
            continue
        if any(m.label == "MH_ASSESSMENT" for m in facts.mentions):
            continue
        # Finding Four is about the parent's treatment: a therapist's sessions
        # with the child ("CAMHS therapist to see Kai weekly") are not that.
        if with_the_child(facts):
            continue
        work = action.fields.get("action", action.text).lower()  # (not the owner's "family therapist")
        if facts.about_child and any(w in work for w in ctx.rule.settings["joint_work"]):
            continue
        yield ctx.action_finding(action, owner=facts.owner)
