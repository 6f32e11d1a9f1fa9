"""R001 missing-review-arrangements, R002 missing-legal-escalation."""
from .. import lazy_re, loader
from ..structure.sections import BACKGROUND
from . import check

_MEETINGS = {"core_group", "review_conference"}


@check("R001")
def missing_review_arrangements(ctx):
    # A meetings table names the meeting in its first cell and its date in another.
    labelled_rows = [
        r for r in ctx.plan.rows if len(r.cells) > 1 and len(r.cells[0].split()) <= 5 and r.head_cues & _MEETINGS
    ]
    row_ids = {id(r) for r in labelled_rows}  # ("Core group | every 4 weeks": its first cell names the meeting)
    dated = {"core_group": [], "review_conference": []}
    unconfirmed = set()
    before = None
    for s in ctx.plan.sentences + labelled_rows:
        # "The next big meeting is on 18 September. It is called the review conference.": the
        # meeting a sentence names is the one the sentence before it dated.
        before_dated = "names_previous" in s.cues and before is not None and before.has_time \
            and before.location == s.location
        has_date = s.has_time or before_dated
        before = s
        if s.section == "contingency" and "conditional" in s.cues:
            continue  # "if ..., an early review conference will be held": not the plan's reviews
        meetings = s.cues & _MEETINGS
        if meetings and "unconfirmed" in s.cues and ("conditional" not in s.cues or _LABEL_UNSET.match(s.text)) \
                and not (s.section == "actions" and _calendar_date(s)):
            # "Review conference: to be arranged", "Next core group: date TBC" (but not "If ..., an
            # extra core group will be arranged", nor a dated action's "will be agreed with the
            # family by 08/08/2025 ... and sent to the core group")
            unconfirmed |= meetings
            continue
        if has_date and "this_meeting" not in s.cues:
            for meeting in meetings:
                if id(s) in row_ids or before_dated or _dated(s, meeting):
                    dated[meeting].append(s)
    # Once the plan says a meeting has no date, a dated mention must be of the next one,
    # not "the plan from the review conference on 27/02/2025", "shared at each core group
    # until the transfer-in conference" or a visit's "every 2 weeks until the next review".
    core, review = (any("next_meeting" in s.cues and s.section != "actions" for s in dated[meeting])
                    if meeting in unconfirmed
                    else bool(dated[meeting]) for meeting in ("core_group", "review_conference"))
    if not (core and review):
        missing = "core group meetings" if not core else "the review conference"
        if not core and not review:
            missing = "core group meetings or the review conference"
        yield ctx.doc_finding("", missing=missing)


# "Review CPPM: to be arranged by Inverbrackie Council if the family have moved by then": the
# meeting's own line says it has no date, whatever the condition after says of who sets it
_LABEL_UNSET = lazy_re.compile(r"(?i)^\W*[^:.]{2,40}:\s*(?:tbc|tba|to\s+be\s+(?:arranged|confirmed|set|agreed|booked|fixed))\b")


def _calendar_date(s) -> bool:
    """A date in figures ("by 08/08/2025"), not a time read from words ("by the Conference Unit")."""
    return any(m.label == "TIME" and m.asserted and any(c.isdigit() for c in m.text) for m in s.mentions)


def _dated(s, meeting: str) -> bool:
    """A time in the sentence other than the meeting itself: "read out at each core group"
    uses the core group as a when, and says nothing of when it meets."""
    own = _MEETING_WORDS[meeting]
    return any(m.label == "TIME" and m.asserted and own.isdisjoint(m.text.lower().split()) for m in s.mentions)


_MEETING_WORDS = {"core_group": frozenset({"core", "cg", "cgs", "cgm", "cgms"}),
                  "review_conference": frozenset({"review", "conference", "rcpc", "reviews", "conferences"})}


@check("R002")
def missing_legal_escalation(ctx):
    # ("Legal advice" over what was advised: a heading names a subject, and its text says what of it)
    headings = {(section.heading, section.location) for section in ctx.plan.sections if section.blocks}
    for s in ctx.plan.sentences:
        if s.section in BACKGROUND or (s.text, s.location) in headings:
            continue
        if "done_already" in s.cues and not s.cues & {"commits", "conditional"}:
            continue  # "Legal advice was taken before conference": no step that follows a lack of progress
        if any(m.label == "LEGAL_ESCALATION" and "negated" not in m.modifiers and not _weighed(s.text[:m.start])
               and not _a_building(m.text, s.text[:m.start]) for m in s.mentions):
            return
    yield ctx.doc_finding("")


def _weighed(before: str) -> bool:
    """"the team manager will consider whether a legal planning meeting is needed": weighing the
    step, not taking it (but "will consider a legal planning meeting" asks for the meeting)."""
    words = before.lower().split()[-_WEIGH_REACH:]
    return any(w in ("whether", "if") and i > 0 and words[i - 1].startswith(_WEIGH_VERBS)
               for i, w in enumerate(words))


def _a_building(found: str, before: str) -> bool:
    """"Flat 8, Ribston Court": "Court" after a capitalised word that names no court of law."""
    words = before.split()
    if found != "Court" or not words:
        return False
    name = words[-1].strip("(,")
    return name.istitle() and name.isalpha() and name.lower() not in _COURTS_OF_LAW


_COURTS_OF_LAW = frozenset(loader.vocabulary()["courts_of_law"])
_WEIGH_VERBS = ("consider", "decid", "discuss", "think")
_WEIGH_REACH = 5
