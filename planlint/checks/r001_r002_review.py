"""R001 missing-review-arrangements, R002 missing-legal-escalation."""
from ..structure.sections import BACKGROUND
from . import check

_MEETINGS = {"core_group", "review_conference"}


@check("R001")
def missing_review_arrangements(ctx):
    core = review = False
    # A meetings table names the meeting in its first cell and its date in another.
    labelled_rows = [
        r for r in ctx.plan.rows if len(r.cells) > 1 and len(r.cells[0].split()) <= 5 and r.head_cues & _MEETINGS
    ]
    dated_reviews = []
    unconfirmed_review = False
    before = None
    for s in ctx.plan.sentences + labelled_rows:
        # "The next big meeting is on 18 September. It is called the review conference.": the
        # meeting a sentence names is the one the sentence before it dated.
        dated = s.has_time or ("names_previous" in s.cues and before is not None and before.has_time
                               and before.location == s.location)
        before = s
        if s.section == "contingency" and "conditional" in s.cues:
            continue  # "if ..., an early review conference will be held": not the plan's reviews
        if "review_conference" in s.cues and "unconfirmed" in s.cues:
            unconfirmed_review = True  # "Review conference: to be arranged"
            continue
        if not dated or "this_meeting" in s.cues:
            continue
        core = core or "core_group" in s.cues
        if "review_conference" in s.cues:
            dated_reviews.append(s)
    # Once the plan says its review conference has no date, a dated mention must be
    # of the next one, not "the plan from the review conference on 27/02/2025".
    review = any("next_meeting" in s.cues for s in dated_reviews) if unconfirmed_review else bool(dated_reviews)
    if not (core and review):
        missing = "core group meetings" if not core else "the review conference"
        if not core and not review:
            missing = "core group meetings or the review conference"
        yield ctx.doc_finding("", missing=missing)


@check("R002")
def missing_legal_escalation(ctx):
    for s in ctx.plan.sentences:
        if s.section in BACKGROUND:
            continue
        if any(m.label == "LEGAL_ESCALATION" and "negated" not in m.modifiers for m in s.mentions):
            return
    yield ctx.doc_finding("")
