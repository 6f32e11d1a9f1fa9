"""L001 lac-hospital-no-visits."""
from . import check


@check("L001")
def lac_hospital_no_visits(ctx):
    if not ctx.plan.facts.looked_after:
        return
    hospital = next((s for s, m in ctx.labelled("HOSPITAL", asserted=False)
                     if "negated" not in m.modifiers and not _a_parents_stay(s, m, ctx.plan.facts)
                     and not _left(s.text[:m.start])), None)  # ("came home from the special care baby unit")
    if hospital is None:
        return
    # A table row says who visits in one cell and how often in another, so a row is read whole.
    # ("Evidence: Ward visiting record, sent to the SW each week": a labelled action's measure
    # says how its work is checked; whether anyone visits is its "What" and "By when")
    measures = {a.fields["measure"].strip() for a in ctx.plan.actions if len(a.fields.get("measure", "").split()) >= 3}
    units = ctx.plan.rows + [s for s in ctx.plan.sentences if s.location.row is None and
                             not any(s.text.rstrip().endswith(m) for m in measures)]
    if any(_visits_the_child(s, ctx.plan.facts.child_names) for s in units):
        return
    yield ctx.doc_finding(hospital.text, hospital.location)


def _a_parents_stay(sentence, hospital, facts) -> bool:
    """"Your mum was in the Kestle Ward at Kimbleford General Hospital": a parent before the
    hospital and no child in the sentence (not "Mum stays on the ward with the baby")."""
    words = {w.strip(".,;:'’s").lower() for w in sentence.text.split()}
    if any(m.label == "CHILD_REFS" for m in sentence.mentions) or words & {n.lower() for n in facts.child_names}:
        return False
    before = {w.strip(".,;:'’s").lower() for w in sentence.text[:hospital.start].split()}
    return any(m.label == "PARENT_ROLES" and m.end <= hospital.start for m in sentence.mentions) or \
        bool(before & {n.lower() for n in facts.parent_names})


def _visits_the_child(sentence, child_names) -> bool:
    """A visit to the child (named, or on the ward) with a time stated: not a home visit to a
    parent, not the contingency's "the nurse will end the visit", not "when possible"."""
    if "visit" not in sentence.cues or sentence.section == "contingency" or not sentence.has_time:
        return False
    if "visited" in sentence.cues and "commits" not in sentence.cues:
        return False  # "Jordan has visited four times since 28 February": a report, no plan to visit
    if any(m.label == "VAGUE_TIMESCALES" for m in sentence.mentions):
        return False
    if not _a_visit_planned(sentence):
        return False
    # (not a visit once the child is home: "New birth visit to Alfie at his placement, within
    # 14 days of discharge", unless the ward is named too)
    # (nor is a ward left behind: "once Archie is discharged from Wren Ward", nor one only
    # handed over from: "Take the ward handover and visit Tommy at home within 48 hours of discharge")
    ward = any(m.label == "HOSPITAL" and not m.text.lower().startswith("discharge")
               and not _left(sentence.text[:m.start]) for m in sentence.mentions)
    if "after_discharge" in sentence.cues and (not ward or "visit_at_home" in sentence.cues):
        return False
    return ward or any(m.label in ("CHILD_REFS", "HOSPITAL") for m in sentence.mentions) or \
        any(name in sentence.text for name in child_names)


def _a_visit_planned(sentence) -> bool:
    """Whether the word "visit" says someone will visit: not a time ("Diary read by the SW at
    each statutory visit"), a visitor ("A visitors list for Ryan"), nor a visit instead of which
    something else happens ("speak to the nurse every week instead of visiting"). ("See her" is
    no visit: "Leah to see her mum twice a week", "who has been to see her".)"""
    text, times = sentence.text.lower(), [m for m in sentence.mentions if m.label == "TIME"]
    at = text.find("visit")
    while at >= 0:
        before = text[:at]
        if not (at and text[at - 1].isalpha() or text.startswith("visitor", at) or before.endswith("health ")
                or any(m.start <= at < m.end for m in times) or before.endswith(_NOT_A_VISIT)):
            return True
        at = text.find("visit", at + 1)
    return False


_NOT_A_VISIT = ("instead of ", "rather than ", "without ")


def _left(before: str) -> bool:
    """Whether the words before a hospital's name say it is left: "discharged from (Wren) Ward"."""
    words = before.lower().split()[-_LEAVING_REACH:]
    return any(" ".join(words[:i]).endswith(_LEAVING) for i in range(len(words) - 1, len(words) + 1))


_LEAVING = ("discharged from", "discharge from", "leaves", "has left", "home from", "out of")
_LEAVING_REACH = 4
