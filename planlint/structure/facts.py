"""Plan facts: the child's name, people named, dates, looked-after status."""
from __future__ import annotations

import re
from collections import Counter

from .. import loader
from ..model import Block, PlanFacts

_CHILD_NAME = [
    re.compile(r"\b(?i:child(?:ren)?(?:'s)?|young person(?:'s)?)\s*(?i:full\s+)?(?i:names?)\s*[:\-–]\s*(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\bname of (?:the )?(?:child|young person|baby)\s*[:\-–]\s*(?P<n>[A-Z][\w'-]+)", re.I),
    re.compile(r"\b(?i:child|baby|infant|young person)\s*[:\-–]\s*(?i:baby\s+)?(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\b(?i:plan|conference|review) (?i:for)\s+(?i:baby\s+)?(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"\b[Bb]aby\s+(?P<n>[A-Z][a-z][\w'-]+)"),
    re.compile(r"(?P<n>[A-Z][a-z]+)\s*(?:[A-Z][a-z]+\s*)?\(\s*(?:aged?|age|dob|d\.o\.b|born|\d+\s*(?:years?|months?|weeks?|days?)|(?:1[0-7]|[0-9])\s*\))"),
    re.compile(r"\b(?i:conference|meeting|plan|review)\b[^.\n]{0,40}?\b(?i:about)\s+(?:baby\s+)?(?P<n>[A-Z][\w'-]+)"),
    re.compile(r"(?P<n>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:is|was)\s+(?:now\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:days?|weeks?|months?|years?)(?:\s+old)?\b"),
    re.compile(r"(?P<n>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+was born\b"),
]
# The words for one parent in rules/lexicons/parent_roles.txt, longest first:
# "Jo (parent)" does not say whose mother or father Jo is.
_PARENTS = "|".join(
    re.escape(p) for p in sorted(loader.lexicons()["parent_roles"], key=len, reverse=True) if "parent" not in p
)
_PARENT_NAME = [
    re.compile(rf"\b(?:{_PARENTS})\s*(?:\(|:|-|–|,)\s*\**\s*(?P<n>[A-Z][a-z]+)", re.I),
    re.compile(rf"(?P<n>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s*(?:\(|,|-|–)\s*(?:the\s+)?(?:child's\s+|baby's\s+|\w+'s\s+)?(?:{_PARENTS})\b", re.I),
]
# "Children: Kayden Ellis (12) and Nia Ellis (8)" - every name on the line is a child.
_CHILDREN_LINE = re.compile(
    r"^\W*(?i:children|child(?:ren)?'?s? names?|child|name of (?:the )?child(?:ren)?|subject child(?:ren)?|"
    r"young (?:person|people)|baby|infant)\s*[:\-–]\s*(?P<rest>.+)$",
    re.M,
)
_NEXT_LABEL = re.compile(r"\s(?:[A-Z][a-z]+\s?){1,4}:")
_FIRST_NAME = re.compile(r"\b([A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:\s+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?")
# Family composition rows or run-together household lines: "Zara Begum | Subject child | 2".
_RELATION = re.compile(
    r"(?P<n>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)(?:[ \t]+[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)?[ \t]*(?:\|[ \t]*)?(?:[(,–-][ \t]*)?\b"
    rf"(?P<rel>(?i:subject child|child|son|daughter|baby|brother|sister|half-brother|half-sister|{_PARENTS}))\b"
)
_CHILD_RELATIONS = {"subject child", "child", "son", "daughter", "baby", "brother", "sister", "half-brother", "half-sister"}
# "Sept", "September": a month is its first three letters and any more.
_MONTH = "(?:" + "|".join(sorted({m[:3] for m in loader.vocabulary()["months"]})) + ")[a-z]*"
_DATE = re.compile(
    r"\b(\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})",
    re.I,
)
_REVIEW = re.compile(r"\b(review (?:child protection )?conference|rcpc|review cp conference|review date|next review)\b", re.I)
_PLAN_DATE = re.compile(r"\b(date of (?:plan|conference|icpc|meeting)|plan date|icpc date|conference date|date)\s*[:\-–]", re.I)
# A capitalised word that does not open a sentence, a line or a table cell ("| Extended family").
_CAPITAL = re.compile(r"(?<![.!?:;|]\s)(?<!^)\b([A-Z][a-z]{2,})\b")
_NOT_NAME = {
    *loader.vocabulary()["months"], *loader.vocabulary()["weekdays"], "mr", "mrs", "ms", "miss", "dr", "the", "this", "child", "protection",
    "plan", "conference", "review", "core", "group", "social", "worker", "health", "visitor",
    "children", "services", "council", "team", "unit", "school", "nursery", "hospital", "police",
    "baby", "mum", "dad", "mother", "father", "local", "authority", "mental", "adult", "family",
    "court", "safety", "outcome", "action", "date", "name", "initial", "english", "british",
    "christmas", "easter", "signs", "what", "who", "how", "when", "will", "and", "for",
    "dob", "date", "birth", "aged", "age", "legal", "status", "category", "placement", "ward",
    "subject", "relationship", "name", "names", "children's", "neglect", "emotional", "physical",
    "sexual", "abuse", "looked", "after", "section",
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
    for m in _CHILDREN_LINE.finditer(head):
        rest = _NEXT_LABEL.split(m.group("rest"), 1)[0]
        for n in _FIRST_NAME.findall(rest):
            if n.lower() not in _NOT_NAME and n not in found:
                found.append(n)
    parents = {m.group("n") for p in _PARENT_NAME for m in p.finditer(head)}
    for m in _RELATION.finditer(head):
        name, rel = m.group("n"), m.group("rel").lower()
        if name.lower() in _NOT_NAME:
            continue
        if rel in _CHILD_RELATIONS:
            if name not in found and name not in parents:
                found.append(name)
        else:
            parents.add(name)
    lower_words = set(re.findall(r"\b[a-z][a-z'’-]+\b", "\n".join(_block_text(b) for b in blocks)))
    # A real first name is Title-case and never written in lower case elsewhere.
    facts.parent_names = sorted(n for n in parents if n.istitle())
    facts.child_names = [
        n for n in found
        if n not in parents and n.istitle() and n.lower() not in lower_words and not understanding_mentions(n)
    ][:8]
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
        rows = b.table.rows
        if len(rows) == 2:
            # A block of "Label: value" lines read as a one-row table.
            return "\n".join(f"{h}: {v}" for h, v in zip(rows[0], rows[1]))
        return "\n".join(" | ".join(r) for r in rows)
    return b.text
