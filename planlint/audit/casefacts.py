"""Case facts for the audit: whose plan, what kind, when it is next reviewed.

The worker turns a plan's PlanFacts into the plain "facts" of its result;
the dashboard and the CSVs then read only that. Facts the plan does not
state plainly are None or empty, never guessed. Under --redact the
children's and the social worker's names never leave the worker.
"""
from __future__ import annotations

from datetime import date


def case_facts(facts, redact: bool) -> dict:
    return {
        "children": [] if redact else list(facts.children),
        "plan_type": facts.plan_type,
        "categories": list(facts.categories),
        "conference_date": facts.conference_date,
        "next_review": facts.next_review,
        "social_worker": None if redact else facts.social_worker,
        "team": facts.team,
    }


def facts_of(result: dict) -> dict:
    """A result's facts, blank for a file that was not read (or an older cache entry)."""
    blank = {"children": [], "plan_type": None, "categories": [], "conference_date": None,
             "next_review": None, "social_worker": None, "team": None}
    return {**blank, **(result.get("facts") or {})}


def overdue(result: dict, as_of: date) -> bool | None:
    """True when the next review is before the audit date; None when the plan gives no date."""
    review = facts_of(result)["next_review"]
    if not review:
        return None
    try:
        return date.fromisoformat(review) < as_of
    except ValueError:
        return None


def short_names(children: list[str]) -> str:
    """ "Kayden Ellis, Nia Ellis" -> "Kayden E., Nia E." for the dashboard."""
    shown = []
    for name in children:
        words = name.split()
        shown.append(words[0] + (f" {words[-1][0]}." if len(words) > 1 else ""))
    return ", ".join(shown)


def not_understood(result: dict) -> str | None:
    """Why a read file is not scored: no plan found, or a reading planlint is unsure of."""
    if result.get("status") != "ok":
        return None
    reading = result.get("understanding") or {}
    notes = "; ".join(reading.get("notes") or [])
    if reading.get("plan_found") is False:
        return "no plan found" + (f": {notes}" if notes else "")
    if reading.get("certainty") == "low":
        return "planlint is unsure how to read this plan" + (f": {notes}" if notes else "")
    return None


def scored(result: dict) -> bool:
    return result.get("status") == "ok" and bool(result.get("score")) and not_understood(result) is None
