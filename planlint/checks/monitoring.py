"""R001 missing-review-arrangements, R002 missing-legal-escalation."""
import re

from . import BACKGROUND, check

# "Date of review conference: 08/04/2025" dates the meeting that made the plan.
_THIS_MEETING = re.compile(r"^\W*date of\b", re.I)
_CONDITIONAL = re.compile(r"\b(if|should|unless|in the event|otherwise)\b", re.I)
# "CG2: 10/04/2025" and "CGM" are how minutes and emails abbreviate core groups.
_CORE_GROUP = re.compile(r"(?i:\bcore\s*groups?\b)|\bCG\s?\d{0,2}\b|\bCGMs?\b")
_REVIEW_CONF = re.compile(
    r"\b(review (?:child protection |cp )?(?:case )?conference|rcpc|review cpc|review conference|"
    r"(?:next|first) (?:child protection )?review|(?:cla|lac|looked after) review|review meeting|"
    r"review date|will be reviewed at conference|reviewed at (?:a |the )?(?:review )?conference)\b",
    re.I,
)


@check("R001")
def missing_review_arrangements(ctx):
    u = ctx.understanding
    core = review = False
    # A meetings table names the meeting in its first cell and its date in another.
    labelled_rows = [
        (k, " | ".join(cells), loc) for k, cells, loc in ctx.rows()
        if len(cells) > 1 and len(cells[0].split()) <= 5 and (_CORE_GROUP.search(cells[0]) or _REVIEW_CONF.search(cells[0]))
    ]
    for kind, text, _ in ctx.sentences() + labelled_rows:
        if kind == "contingency" and _CONDITIONAL.search(text):
            continue  # "if ..., an early review conference will be held": not the plan's reviews
        if not u.has_time(text) or _THIS_MEETING.match(text):
            continue
        core = core or bool(_CORE_GROUP.search(text))
        review = review or bool(_REVIEW_CONF.search(text))
    if not (core and review):
        missing = "core group meetings" if not core else "the review conference"
        if not core and not review:
            missing = "core group meetings or the review conference"
        yield ctx.doc_finding("", missing=missing)


@check("R002")
def missing_legal_escalation(ctx):
    for kind, text, loc in ctx.sentences():
        if kind in BACKGROUND:
            continue
        for m in ctx.understanding.mentions(text):
            if m.label == "LEGAL_ESCALATION" and "negated" not in m.modifiers:
                return
    yield ctx.doc_finding("")
