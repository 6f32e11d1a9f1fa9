"""Plan facts: the child's name, people named, dates, looked-after status."""
from __future__ import annotations

import re
from collections import Counter

from ..model import Block, PlanFacts

_CHILD_NAME = [
    re.compile(r"\b(?i:child(?:ren)?(?:'s)?|young person(?:'s)?)\s*(?i:full\s+)?(?i:names?)\s*[:\-–]\s*(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\bname of (?:the )?(?:child|young person|baby)\s*[:\-–]\s*(?P<n>[A-Z][\w'-]+)", re.I),
    re.compile(r"\b(?i:child|baby|infant|young person)\s*[:\-–]\s*(?i:baby\s+)?(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\b(?i:plan|conference|review) (?i:for)\s+(?i:baby\s+)?(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\b[Bb]aby\s+(?P<n>[A-Z][a-z][\w'-]+)"),
    re.compile(r"(?P<n>[A-Z][a-z]+)\s*(?:[A-Z][a-z]+\s*)?\(\s*(?:aged?|age|dob|d\.o\.b|born|\d+\s*(?:years?|months?|weeks?|days?))"),
    re.compile(r"(?P<n>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:is|was)\s+(?:now\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)(?:\s+old)?\b"),
    re.compile(r"(?P<n>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+was born\b"),
]
_PARENT_NAME = [
    re.compile(r"\b(?:mum|mother|dad|father|stepfather|step-father|partner)\s*(?:\(|:|-|–|,)\s*\**\s*(?P<n>[A-Z][a-z]+)", re.I),
    re.compile(r"(?P<n>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s*(?:\(|,|-|–)\s*(?:the\s+)?(?:child's\s+|baby's\s+|\w+'s\s+)?(?:mum|mother|dad|father|stepfather|step-father|birth mother|birth father)\b", re.I),
]
_DATE = re.compile(
    r"\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})",
    re.I,
)
_REVIEW = re.compile(r"\b(review (?:child protection )?conference|rcpc|review cp conference|review date|next review)\b", re.I)
_PLAN_DATE = re.compile(r"\b(date of (?:plan|conference|icpc|meeting)|plan date|icpc date|conference date|date)\s*[:\-–]", re.I)
_CAPITAL = re.compile(r"(?<![.!?:;]\s)(?<!^)\b([A-Z][a-z]{2,})\b")
_NOT_NAME = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "mr", "mrs", "ms", "miss", "dr", "the", "this", "child", "protection",
    "plan", "conference", "review", "core", "group", "social", "worker", "health", "visitor",
    "children", "services", "council", "team", "unit", "school", "nursery", "hospital", "police",
    "baby", "mum", "dad", "mother", "father", "local", "authority", "mental", "adult", "family",
    "court", "safety", "outcome", "action", "date", "name", "initial", "english", "british",
    "christmas", "easter", "signs", "what", "who", "how", "when", "will", "and", "for",
}


def find_facts(blocks: list[Block], understanding_mentions) -> PlanFacts:
    facts = PlanFacts()
    head = "\n".join(_block_text(b) for b in blocks[:40]).replace("*", "")
    found: list[str] = []
    for pattern in _CHILD_NAME:
        for m in pattern.finditer(head):
            name = m.group("n")
            if name.lower() not in _NOT_NAME and name not in found:
                found.append(name)
    parents = {m.group("n") for p in _PARENT_NAME for m in p.finditer(head)}
    facts.child_names = [n for n in found if n not in parents][:6]
    names = Counter()
    full = "\n".join(_block_text(b) for b in blocks)
    for line in full.splitlines():
        for m in _CAPITAL.finditer(line):
            if m.group(1).lower() not in _NOT_NAME:
                names[m.group(1)] += 1
    facts.names = sorted(n for n in names if not understanding_mentions(n))
    for line in full.splitlines():
        date = _DATE.search(line)
        if date and _REVIEW.search(line) and not facts.review_date:
            facts.review_date = date.group(1)
        elif date and _PLAN_DATE.search(line) and not facts.plan_date:
            facts.plan_date = date.group(1)
    return facts


def _block_text(b: Block) -> str:
    if b.table:
        return "\n".join(" | ".join(r) for r in b.table.rows)
    return b.text
