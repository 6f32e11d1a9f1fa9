"""Redaction for audit reports: people's names and dates of birth out, path hashes in.

`--redact` runs inside the worker that linted the plan, because only there are
the plan's own names known (`plan.facts.names` and `facts.child_names`); the
names never leave that process. Redaction errs towards removing too much: a
capitalised word that sits beside a known name, after a title (Mr, Mrs, Ms,
Miss, Mx, Dr) or after a family label ("Mum: Jane") is treated as a name too.

Dates: a date after "DOB", "D.O.B", "date of birth" or "born" becomes [DOB];
any other full date (12/03/2019, 2019-03-12, 12 March 2019, March 12, 2019)
becomes [DATE].
"""
from __future__ import annotations

import hashlib
import re

from .. import loader

NAME, DOB, DATE = "[NAME]", "[DOB]", "[DATE]"

_MONTH = "(?:" + "|".join(sorted({m[:3] for m in loader.vocabulary()["months"]})) + r")[a-z]*\.?"
_DATE_TEXT = (
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r",?\s+\d{2,4}"  # 12 March 2019
    r"|" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"  # March 12, 2019
    r"|\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{2,4}"  # 12/03/2019, 12.03.19
    r"|\d{4}-\d{1,2}-\d{1,2})"  # 2019-03-12
)
_DOB = re.compile(
    r"(?P<cue>\b(?:d\.?\s?o\.?\s?b\.?|date\s+of\s+birth|born(?:\s+on)?)\s*[:\-–]?\s*\(?\s*)" + _DATE_TEXT,
    re.I,
)
_DATE = re.compile(r"\b" + _DATE_TEXT + r"\b", re.I)
_WORD = r"[A-Z][\w'’-]*"
_NAME_WORDS = r"(?P<name>(?:" + _WORD + r"[ \t]+){0,2}" + _WORD + r")"
_TITLED = re.compile(r"\b(?P<title>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?)\s+" + _NAME_WORDS)
_LABELLED = re.compile(
    r"\b(?P<label>(?i:mum|mother|dad|father|step-?father|step-?mother|partner|gran|grandmother|"
    r"grandfather|nan|aunt|uncle|sister|brother|carer|child|young person|baby|name|full name))"
    r"(?P<sep>[ \t]*[:(\-–][ \t]*)" + _NAME_WORDS
)


def harvest_names(text: str) -> set[str]:
    """Words named by a title or a family label anywhere in the plan
    ("Mr Hargreaves", "Mum: Bronwyn Quennell"), to redact wherever they recur."""
    found: set[str] = set()
    for pattern in (_TITLED, _LABELLED):
        for m in pattern.finditer(text):
            found.update(w.strip("'’-") for w in m.group("name").split())
    return {w for w in found if len(w) > 1}


def names_pattern(names) -> re.Pattern | None:
    """One pattern for a plan's names, longest first, whole words, with an
    adjacent capitalised word (a first name or surname) taken along."""
    words = sorted({n.strip() for n in names if n and len(n.strip()) > 1}, key=len, reverse=True)
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words) + "|" + "|".join(re.escape(w.upper()) for w in words)
    core = rf"(?:{alternation})"
    return re.compile(rf"(?<![\w\[])(?:{_WORD}\s+)?{core}(?:\s+{_WORD})?(?![\w\]])")


def redact_text(text: str, names_re: re.Pattern | None) -> str:
    if not text:
        return text
    text = _DOB.sub(lambda m: m.group("cue") + DOB, text)
    text = _DATE.sub(DATE, text)
    text = _TITLED.sub(lambda m: m.group("title") + " " + NAME, text)
    text = _LABELLED.sub(lambda m: m.group("label") + m.group("sep") + NAME, text)
    if names_re is not None:
        text = names_re.sub(NAME, text)
    return text


def redact_result(result: dict, names) -> dict:
    """Redact a file's JSON result in place (findings' message, excerpt and hint)."""
    pattern = names_pattern(names)
    for finding in result.get("findings", []):
        for key in ("message", "excerpt", "hint"):
            finding[key] = redact_text(finding.get(key) or "", pattern)
    return result


def path_hash(path: str) -> str:
    """A stable short stand-in for a plan's path: 12 hex digits of its sha256."""
    return hashlib.sha256(path.encode("utf-8", "surrogateescape")).hexdigest()[:12]
