"""planlint's account of how it read a plan: whether it found a plan at all,
which tables it read how, what it could not find, and how sure it is.

When a table plainly holds actions but planlint cannot tell which column says
who (or when), a missing owner on every row would be its own misreading
repeated, not the author's fault: the roles it could not find are marked
unclear on the table and its actions, the per-row rules stay silent for
them, and U001 says so once.
"""
from __future__ import annotations

import os
import re

from .. import loader
from ..model import Plan, Reading, TableReading
from ..nlp.commitment import find_commitment, imperative
from .. import lazy_re

# Roles a table may hold in a column planlint cannot read, and the verdict each feeds.
_ROLES = (("owner", "owner_status"), ("timescale", "time_status"), ("measure", "measure_status"))
# Most of a table's rows missing the same field, read from columns planlint did not know.
_UNCLEAR_SHARE = 0.6
# A folder's own documentation, which sits among the plans it describes.
_DOCUMENTATION = lazy_re.compile(r"^(?:readme|changelog|changes|license|licence|contributing)(?:\.\w+)?$", re.I)
# A document this long (in blocks: paragraphs, list items, tables) holds more than one action.
_LONG_DOCUMENT = 20
# Section kinds that only a plan has.
_PLAN_KINDS = {"outcomes", "contingency", "child_voice", "review"}
_PLAN_PARTS = 3  # of those kinds: a document with this many is a plan, whatever its title says
# Words that show a text is about a child and a family, not a team or a policy.
_FAMILY = {"CHILD_REFS", "PARENT_ROLES", "FAMILY_ROLES", "PARENTING_WORK", "CHILD_VOICE"}
_SERVICES = {"PROFESSIONAL_ROLES", "ADULT_SERVICES", "MH_SERVICES"}


def read_account(plan: Plan, tables: list[tuple[TableReading, list]]) -> Reading:
    reading = Reading(tables=[t for t, _ in tables])
    for table, actions in tables:
        _mark_unclear(table, actions)
    kinds = {s.kind for s in plan.sections}
    if _DOCUMENTATION.match(os.path.basename(plan.document.path)):
        reason = "a README or similar file documents a folder; it is not a plan"
    elif _blank_template(plan):
        reason = "a blank template: its outcomes or actions are placeholders in square brackets"
    elif _about_plans_in_general(plan):
        reason = "it names no child or parent and speaks of plans in general, as procedures and guidance do"
    elif (named := _other_document(plan)) and not _carries_a_plan(plan, kinds) and \
            len(kinds & _PLAN_KINDS) < _PLAN_PARTS:
        # (a "summer holiday plan and cover rota" with outcomes, a contingency and the children's
        # words is a plan, whatever else its title calls it)
        reason = f"its title calls it \"{named}\", and no heading calls it a plan"
    elif kinds & _PLAN_KINDS:
        reason = ""
    elif not (plan.actions or plan.outcomes):
        reason = "no actions, outcomes or plan sections"
    elif not (_about_a_family(plan) or _titled_plan(plan)):
        reason = ("no heading calls it a plan, its actions name no child or family, and it has no outcome, "
                  "contingency or review section")
    else:
        reason = ""
    if reason:
        reading.plan_found, reading.certainty = False, "low"
        reading.notes.append(f"no plan found: {reason}")
        return reading
    if bare := _bare_items(plan.actions):
        reading.notes.append(
            f"{len(bare)} item(s) read as actions say no one, no time and no measure and commit no one "
            "(\"Kai's health\"): planlint may have misread them, so the per-item rules are silent for them")
    if unowned := _unowned_items(plan.actions):
        reading.notes.append(
            f"{len(unowned)} list item(s) are worded as work with no one doing it (\"Visit the flat weekly\", "
            "\"Referral to CAMHS\") and planlint found no owner: a list often says who in its heading, a tag "
            "or a line planlint did not read, so W001 is silent for them; write the owner into each item")
    if _owners_are_codes(plan.actions):
        reading.owners_unread = True
        reading.notes.append(
            "most owners planlint found are the actions' reference codes (\"CG2-01\", \"L6\"), not who does "
            "the work: F004 is silent, since an adult service may own work planlint did not read")
    if unread := _unread_times(plan.actions):
        reading.notes.append(
            f"{len(unread)} item(s) or sentence(s) read as actions hold a date or a word of time (\"w/c 3/3\", "
            "\"Tuesdays\") that planlint could not read as a timescale: T001 is silent for them")
    if timeless := _timeless(plan.actions):
        reading.timeless = len(timeless)
        reading.notes.append(
            f"{len(timeless)} of {len(plan.actions)} actions give no time planlint could find: either the plan "
            "gives none, or it says when in a way planlint did not read; T001 is silent for them and U001 says so once")
    for table in reading.tables:
        described = ", ".join(r or "-" for r in table.roles)
        how = {"header": "from its header", "card": "as an action card", "content": "from its content"}[table.evidence]
        reading.notes.append(f"{table.location.describe()}: columns read {how} as {described}")
        if table.unclear:
            reading.notes.append(
                f"{table.location.describe()}: no column says {' or '.join(_words(table.unclear))}; "
                "the rules that need it are silent for this table"
            )
    if len(plan.actions) <= 1 and len(plan.document.blocks) >= _LONG_DOCUMENT:
        # A long plan with one action or none: its action list is probably in a
        # form planlint did not read, so what it says about the plan is a guess.
        reading.certainty = "low"
        reading.notes.append(f"only {len(plan.actions)} action(s) found in a document of "
                             f"{len(plan.document.blocks)} blocks: planlint may have misread where the actions are")
    elif any(t.unclear for t in reading.tables) or any(t.evidence == "content" for t in reading.tables):
        reading.certainty = "medium"
    elif plan.actions and all(a.certainty != "high" for a in plan.actions):
        reading.certainty = "medium"
        reading.notes.append("actions read from sentences and bullets, not from an action table or list")
    return reading


# "Action plan", "Child protection plan", "My plan", "Plan", "Plan for Amelia"; not "every plan".
_PLAN_TITLE = lazy_re.compile(
    r"\b(?:action|protection|care|safety|support|need|cin|cp|birth|pathway|my|the|this|our|your)\s+plan\b"
    r"|\bplan\s+for\b|^\W*plan\W*$", re.I)


_PLACEHOLDER = lazy_re.compile(r"\[[^\]\n]{1,40}\]")
_OTHER_DOCUMENT = lazy_re.compile(rf"\b({loader.alternation('other_documents')})\b", re.I)
# Title lines are the first few headings.
_TITLE_HEADINGS = 3


def _blank_template(plan: Plan) -> bool:
    """Two or more outcomes or actions that are nothing but "[Outcome for the child]".
    A redacted plan has "[name]" inside its actions, never instead of them."""
    units = [o.text for o in plan.outcomes] + [a.fields.get("action", a.text) for a in plan.actions]
    return sum(bool(_PLACEHOLDER.search(u)) and not re.sub(r"[\W_]+", "", _PLACEHOLDER.sub("", u)) for u in units) >= 2


# Sentences about plans in general that make a document guidance rather than a plan.
_GENERAL_SENTENCES = 2


def _about_plans_in_general(plan: Plan) -> bool:
    if plan.facts.child_names or plan.facts.parent_names:
        return False
    # A leaflet's headings ask what a plan or a conference is.
    defined = sum(bool(_DEFINING.match(s.heading)) for s in plan.sections if s.heading)
    return defined + sum("plans_in_general" in s.cues for s in plan.sentences) >= _GENERAL_SENTENCES


_DEFINING = lazy_re.compile(r"^\W*what (?:is|are) (?:a|an)\b", re.I)


def _carries_a_plan(plan: Plan, kinds: set[str]) -> bool:
    """A case note or minutes whose "ACTIONS" section sets work for a named child's family:
    the record carries the plan on (a team's minutes name no child)."""
    return "actions" in kinds and bool(plan.facts.child_names) and \
        sum(a.section == "actions" for a in plan.actions) >= _CARRIED_ACTIONS


_CARRIED_ACTIONS = 3


def _other_document(plan: Plan) -> str:
    headings = [s.heading for s in plan.sections if s.heading][:_TITLE_HEADINGS]
    if any(_PLAN_TITLE.search(h) for h in headings):
        return ""
    for h in headings:
        if m := _OTHER_DOCUMENT.search(h) or _ASSESSMENT_TITLE.search(h):
            return m.group(1).lower()
    return ""


# "Child and Family Assessment", "Pre-birth Assessment": an assessment is the
# document; "Assessment and plan" or "Assessment of need" may lead to a plan.
_ASSESSMENT_TITLE = lazy_re.compile(r"\b(assessment)\W*$", re.I)


def _titled_plan(plan: Plan) -> bool:
    """A heading that calls the document a plan: "Action plan", "Child protection plan for Amelia"."""
    return any(_PLAN_TITLE.search(s.heading) for s in plan.sections if s.heading)


def _about_a_family(plan: Plan) -> bool:
    """A named child or parent, or actions and outcomes about a child or a family:
    team minutes talk about children too, but their actions are about the team."""
    if plan.facts.child_names or plan.facts.parent_names:
        return True
    for mentions in [a.facts.mentions for a in plan.actions] + [o.mentions for o in plan.outcomes]:
        services = [m for m in mentions if m.label in _SERVICES]
        for m in mentions:
            # "Children's services" is a service, not a child.
            if m.label in _FAMILY and not any(s.start <= m.start and m.end <= s.end for s in services):
                return True
    return False


def _bare_items(actions: list) -> list:
    """Bullets and labelled lines with nothing of an action about them: no owner,
    time or measure, and no one committed ("will", "to", an imperative). A
    poor plan's "Attend all appointments" still commits someone; a topic line
    or a misread label does not, and a wrong error on each would repeat
    planlint's misreading, not the author's fault."""
    bare = [
        a for a in actions
        if a.source in ("list", "labelled") and not a.unclear
        and (a.facts.owner_status, a.facts.time_status, a.facts.measure_status) == ("missing",) * 3
        and find_commitment(a.fields.get("action", a.text)) is None and not imperative(a.fields.get("action", a.text))
    ]
    for action in bare:
        action.unclear = frozenset({"owner", "timescale", "measure"})
    return bare


def _unowned_items(actions: list) -> list:
    """List items and labelled lines ("Action 2: Refer Mia to ...") worded as work with no
    doer ("Visit the flat", "Referral to CAMHS") in which planlint found no owner. A plan
    that leaves the owner out says it in words: "Home conditions will be monitored". An
    instruction without a subject is how a list reads when its owners stand somewhere
    else, in a heading ("Mum will:"), a tag or a line of its own, and a missing owner on
    each item would repeat planlint's misreading."""
    unowned = [
        a for a in actions
        if a.source in ("list", "labelled") and "owner" not in a.unclear and a.facts.owner_status == "missing"
        and find_commitment(a.fields.get("action", a.text)) is None
        and "owner" not in a.fields  # ("LEAD:" left blank under the item says there is none)
    ]
    for action in unowned:
        action.unclear = action.unclear | {"owner"}
    return unowned


def _owners_are_codes(actions: list) -> bool:
    """More than half of the actions with an owner have a reference code for it ("CG2-01 | ...",
    "L6: CF Refer Karen ..."): the layout's owners were not read."""
    owned = [a for a in actions if a.facts.owner_status != "missing"]
    return bool(owned) and sum(bool(_REFERENCE_CODE.fullmatch(a.facts.owner.strip())) for a in owned) > len(owned) / 2


_REFERENCE_CODE = lazy_re.compile(r"[A-Z]{1,4}\d{0,3}(?:[-.]\d{1,3})?(?<=\d)")


def _unread_times(actions: list) -> list:
    """Bullets, sentences and labelled lines with no timescale found that still
    hold a date or a word that only says when. A bullet's timescale is in the
    bullet; when planlint finds none among words like these, it more likely
    failed to read the form it is written in than the author left it out."""
    unread = [
        a for a in actions
        if a.source in ("list", "sentence", "labelled") and a.facts.time_status == "missing"
        and "timescale" not in a.unclear and _TIME_LIKE.search(_PAST_CLAUSE.sub("", a.text))
    ]
    for action in unread:
        action.unclear = action.unclear | {"timescale"}
    return unread


def _timeless(actions: list) -> list:
    """Most of a plan's actions, four or more, with no time found. Plans that leave out when
    leave it out of some actions; none of the labelled plans leaves it out of most, while a
    form planlint did not read (a date column, a heading over the work) hides it from all."""
    checked = [a for a in actions if "timescale" not in a.unclear]
    timeless = [a for a in checked if a.facts.time_status == "missing"]
    if len(timeless) < _TIMELESS_ACTIONS or len(timeless) < _TIMELESS_SHARE * len(checked):
        return []
    for action in timeless:
        action.unclear = action.unclear | {"timescale"}
    return timeless


# "which has been a problem since 2024", "which was reported in November 2025": when
# something happened, which no form of timescale is written as.
_PAST_CLAUSE = lazy_re.compile(r"\b(?:since|which (?:has|have|had) been|which (?:was|were))\b[^,.;]*", re.I)
_TIMELESS_ACTIONS = 4
_TIMELESS_SHARE = 0.6
_VOCABULARY = loader.vocabulary()


def _vocab(*keys: str) -> str:
    return loader.alternation_of(w for key in keys for w in _VOCABULARY[key] if w not in ("may", "sat", "sun"))


# A date in figures, an ordinal day, a year, a clock time, a count of days or weeks;
# a month or its short form by a number ("Jan" alone is a name, "may" a hedge); a
# weekday, but not one that names a club ("the Saturday club"); a word of time.
_TIME_LIKE = lazy_re.compile(
    r"\b\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:19|20)\d{2}\b"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s?[ap]m\b|\b\d+\s*(?:days?|weeks?|wks?|months?|hours?|hrs?)\b|\bMay\b"
    r"|(?i:\b\d{1,2}\s*(?:%s)\b|\b(?:%s)\.?\s*\d)" % (_vocab("month_abbreviations"), _vocab("month_abbreviations"))
    + r"|(?i:(?<!\bthe )\b(?:%s)s?\b|\b(?:%s)\b)" % (_vocab("weekdays", "weekday_abbreviations"),
                                                   _vocab("months", "time_words")))


def _mark_unclear(table: TableReading, actions: list) -> None:
    present = {r for role in table.roles if role for r in role.split("+")}
    guessed = any(r in (None, "comment") for r in table.roles)
    if len(actions) < 2 or not guessed:
        return
    unclear = set()
    for role, verdict in _ROLES:
        missing = sum(getattr(a.facts, verdict) == "missing" for a in actions)
        if role not in present and missing / len(actions) >= _UNCLEAR_SHARE:
            unclear.add(role)
    table.unclear = frozenset(unclear)
    for action in actions:
        action.unclear = table.unclear


def _words(roles) -> list[str]:
    return [{"owner": "who", "timescale": "when", "measure": "how progress is measured"}[r] for r in sorted(roles)]
