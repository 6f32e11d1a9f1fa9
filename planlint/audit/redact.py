"""Redaction for audit reports: the plan's people and identifiers out, path hashes in.

`--redact` runs inside the worker that linted the plan, because only there is
the plan known; its names never leave that process. What is redacted:

  - the people the plan itself names, family and professionals: the child's
    and parents' names (always), the other names the plan gives
    (`plan.facts.names`), the names in action owners ("Social worker (Sam
    Lee)"), and the words after a title or a family label ("Mr Hargreaves",
    "Mum: Bronwyn Quennell"), wherever they recur -> [NAME];
  - a date after "DOB", "date of birth" or "born" -> [DOB], any other full
    date -> [DATE]; an NHS number -> [NHS]; a UK phone number -> [PHONE]; a
    postcode -> [POSTCODE]; a house number and street ("12 Acacia Road") ->
    [ADDRESS].

An ordinary word is never taken for a name: a word whose lower-case form the
plan itself uses in lower case, or that planlint's lexicons or vocabulary
hold ("Fortnightly", "Throughout", "Thu"; month abbreviations excepted, as
"Jan" may be a name). The child's and parents' names are
the exception: they are redacted even when they are also words ("Will").
"""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from .. import loader
from .. import lazy_re

NAME, DOB, DATE = "[NAME]", "[DOB]", "[DATE]"
NHS, PHONE, POSTCODE, ADDRESS = "[NHS]", "[PHONE]", "[POSTCODE]", "[ADDRESS]"

_MONTH = loader.month_pattern()
_DATE_TEXT = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+\d{2,4}"  # 12 March 2019
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"  # March 12, 2019
    r"|\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}"  # 12/03/2019, 12.03.19
    r"|\d{4}-\d{1,2}-\d{1,2})"  # 2019-03-12
)
_DOB = lazy_re.compile(
    r"(?P<cue>\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born(?:\s+on)?)\s*[:\-–]?\s*\(?\s*)" + _DATE_TEXT,
    re.I,
)
_DATE = lazy_re.compile(r"\b" + _DATE_TEXT + r"\b", re.I)
# Identifiers, most specific first: a phone number starts 0 or +44, an NHS
# number is ten digits grouped 3-3-4.
_PHONE = lazy_re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\w)")
_NHS = lazy_re.compile(r"(?<!\w)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\w)")
_POSTCODE = lazy_re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
_ADDRESS = lazy_re.compile(
    r"\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][\w'’-]*\s+){1,3}"
    r"(?:Road|Rd|Street|St|Avenue|Ave|Lane|Close|Drive|Way|Court|Crescent|Place|Gardens|Terrace|Grove|"
    r"Walk|Square|Row|Mews|Rise|Green|Hill|Park|View)\b\.?"
)
_IDENTIFIERS = ((_PHONE, PHONE), (_NHS, NHS), (_POSTCODE, POSTCODE), (_ADDRESS, ADDRESS))

_WORD = r"[A-Z][\w'’-]*"
_NAME_WORDS = r"(?P<name>(?:" + _WORD + r"[ \t]+){0,2}" + _WORD + r")"
_TITLED = lazy_re.compile(r"\b(?P<title>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)\s+" + _NAME_WORDS)
_LABELLED = lazy_re.compile(
    r"\b(?P<label>(?i:mum|mother|dad|father|step-?father|step-?mother|partner|gran|grandmother|"
    r"grandfather|nan|aunt|uncle|sister|brother|carer|child|young person|baby|name|full name))"
    r"(?P<sep>[ \t]*[:(\-–][ \t]*)" + _NAME_WORDS
)
_LOWER_WORD = lazy_re.compile(r"\b[a-z][a-z'’-]*\b")


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset[str]:
    words = {w for phrases in loader.lexicons().values() for p in phrases for w in _LOWER_WORD.findall(p.lower())}
    # Month abbreviations stay out: "Jan" may be a first name.
    words.update(w.lower() for key, values in loader.vocabulary().items() if key != "month_abbreviations"
                 for v in values for w in v.split())
    return frozenset(words)


def ordinary_words(text: str) -> frozenset[str]:
    """Words that are not names: those the text uses in lower case, and the lexicons' words."""
    return _lexicon_words() | frozenset(_LOWER_WORD.findall(text))


def harvest_names(text: str) -> set[str]:
    """Words named by a title or a family label anywhere in the plan
    ("Mr Hargreaves", "Mum: Bronwyn Quennell"), to redact wherever they recur."""
    found: set[str] = set()
    for pattern in (_TITLED, _LABELLED):
        for m in pattern.finditer(text):
            found.update(w.strip("'’-") for w in m.group("name").split())
    return {w for w in found if len(w) > 1}


def plan_names(plan) -> tuple[set[str], frozenset[str]]:
    """(the names to redact, the ordinary words) for a Plan."""
    text = "\n".join(b.text for b in plan.document.blocks)
    ordinary = ordinary_words(text)
    facts = plan.facts
    always = {n for n in (*facts.child_names, *facts.parent_names) if n}
    found = set(facts.names) | harvest_names(text)
    for action in plan.actions:
        found.update(re.findall(_WORD, action.facts.owner))
    names = set(always)
    for name in found:
        words = [w for w in name.split() if _is_name(w, ordinary)]
        if words and len(words) == len(name.split()):
            names.add(name)
        names.update(words)
    return names, ordinary


def _is_name(word: str, ordinary: frozenset[str]) -> bool:
    # Capitalised with lower-case letters after (so no acronyms: SW, GP) and no ordinary word.
    # "Women" of "Women's Aid" is as ordinary as "women's".
    low = word.lower()
    return len(word) > 1 and word[0].isupper() and any(c.islower() for c in word) and low not in ordinary \
        and f"{low}'s" not in ordinary and f"{low}’s" not in ordinary


def names_pattern(names) -> re.Pattern | None:
    """One pattern for a plan's names, longest first, whole words (and their
    capitals), with the capitalised word either side captured so a first name
    or surname the plan does not list can go too (redact_text decides)."""
    words = sorted({n.strip() for n in names if n and len(n.strip()) > 1}, key=len, reverse=True)
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words) + "|" + "|".join(re.escape(w.upper()) for w in words)
    # A name may stand in square brackets ("[Who: Lowri Vaughan]"); only a placeholder
    # already put in ("[NAME]", "[DATE]") is left alone.
    return re.compile(rf"(?<!\w)(?:(?P<before>{_WORD})\s+)?(?:(?<!\[)|(?!{_PLACEHOLDER_WORDS}\]))(?:{alternation})"
                      rf"(?:\s+(?P<after>{_WORD}))?(?!\w)")


_PLACEHOLDER_WORDS = "(?:" + "|".join(p.strip("[]") for p in (NAME, DOB, DATE, NHS, PHONE, POSTCODE, ADDRESS)) + ")"


def redact_text(text: str, names_re: re.Pattern | None, ordinary: frozenset[str] = frozenset()) -> str:
    if not text:
        return text
    text = _DOB.sub(lambda m: m.group("cue") + DOB, text)
    text = _DATE.sub(DATE, text)
    for pattern, label in _IDENTIFIERS:
        text = pattern.sub(label, text)
    if names_re is not None:
        def name(m: re.Match) -> str:
            before, after = m.group("before"), m.group("after")
            keep_before = f"{before} " if before and not _is_name(before, ordinary) else ""
            keep_after = f" {after}" if after and not _is_name(after, ordinary) else ""
            return f"{keep_before}{NAME}{keep_after}"

        text = names_re.sub(name, text)
    return text


def redact_result(result: dict, plan) -> dict:
    """Redact a file's JSON result in place (findings' message, excerpt and hint)."""
    names, ordinary = plan_names(plan)
    pattern = names_pattern(names)
    for finding in result.get("findings", []):
        for key in ("message", "excerpt", "hint"):
            finding[key] = redact_text(finding.get(key) or "", pattern, ordinary)
    return result


def path_hash(path: str) -> str:
    """A stable short stand-in for a plan's path: 12 hex digits of its sha256."""
    return hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()[:12]
