"""Small text helpers shared by the readers and the structure layer."""
from __future__ import annotations

import re

from . import loader
from . import lazy_re

_NUMBERING = lazy_re.compile(r"^\s*((section|part|step|stage)\s+)?([0-9]+(\.[0-9]+)*|[a-z]|[ivx]+)[.):]\s+", re.I)
_PUNCT = lazy_re.compile(r"[^\w\s'/&-]+")
_CONTRACTIONS = {"'ll": " will", "'re": " are", "'ve": " have", "n't": " not"}
_CONTRACTION = lazy_re.compile(r"'ll\b|'re\b|'ve\b|n't\b", re.I)
_GOING_TO = lazy_re.compile(r"(?:'s|'re|'m|\s+is|\s+are|\s+am)\s+going\s+to\s+", re.I)
# The marks a quotation opens with.
OPENING_QUOTES = ('"', "“", "'", "‘")
EMPTY_CELL = {"", "-", "–", "—", "n/a", "na", "none", "nil", "?", "x", "tbc?"}


def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, numbering and punctuation dropped."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    text = _NUMBERING.sub("", text.strip())
    if "going to" in text.lower():  # "What's going to happen", "What I'm going to do": what will
        text = _GOING_TO.sub(" will ", text)
    if "'" in text:  # every contraction has one; most headers and cells have none
        text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(0).lower()], text)
    # split() breaks at exactly the characters \s matches: the runs collapsed, the ends stripped.
    return " ".join(_PUNCT.sub(" ", text.lower()).split())


def _is_word_char(text: str, i: int) -> bool:
    """Whether text[i] is what re's \\w matches (out of range: no)."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _boundary(text: str, i: int) -> bool:
    """re's \\b at i."""
    return _is_word_char(text, i - 1) != _is_word_char(text, i)


def word_at(text: str, pos: int, words) -> bool:
    """Whether one of `words` (lower case) is written at pos and ends at a word
    boundary, in any case: what `(?:words)\\b` matched there under re.I, without
    compiling a pattern of a plan's own names (a few milliseconds a plan)."""
    return any(text[pos:pos + len(w)].lower() == w and _boundary(text, pos + len(w)) for w in words)


def word_before(text: str, end: int, words) -> bool:
    """Whether one of `words` (lower case) ends at `end` and starts at a word
    boundary, in any case: `\\b(?:words)` ending there under re.I."""
    return any(end >= len(w) and text[end - len(w):end].lower() == w and _boundary(text, end - len(w)) for w in words)


# Words a heading or column header may add or drop without changing its meaning
# ("Reason for the plan" = "Reason for plan").
_FILLER = {"the", "a", "an", "of", "for", "to", "our", "your", "my", "this", "these", "and", "&", "in"}


def _content(text: str) -> str:
    return " ".join(w for w in normalise(text).split() if w not in _FILLER)


def longest_phrase(text: str, table: dict[str, tuple[str, ...]]) -> tuple[str | None, int]:
    """The kind whose phrase, found at word boundaries in text, is longest.

    Filler words are ignored on both sides, so synonyms match however a
    template words them.
    """
    # A phrase is found at word boundaries when it is a run of text's words, so
    # each run that starts with a phrase's first word, up to the most words of a
    # phrase starting with it, is looked up: labels and headings are a few words,
    # and a table has hundreds of phrases. Ties go to the phrase met first in the
    # table, as a scan of the table in order would give.
    index, most_words = _index(table)
    words = _content(text).split()
    best = None
    for i, first in enumerate(words):
        for j in range(i + 1, min(len(words), i + most_words.get(first, 0)) + 1):
            found = index.get(" ".join(words[i:j]))
            if found is not None and (best is None or found < best):
                best = found
    return (best[2], -best[0]) if best else (None, 0)


def exact_phrase(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The kind one of whose phrases is the whole of text (filler aside)."""
    kind, length = longest_phrase(text, table)
    return kind if kind and length == len(_content(text)) else None


_KEY_CACHE: dict[int, tuple] = {}
_KEY_CACHE_SIZE = 64


def _index(table: dict[str, tuple[str, ...]]) -> tuple[dict[str, tuple[int, int, str]], dict[str, int]]:
    """Each normalised phrase -> (-its length, its place in the table, its kind), the
    first place it has; and each first word of a phrase -> the most words of a
    phrase starting with it. Built once per table (tables come from loader's cache
    and live for the process)."""
    cached = _KEY_CACHE.get(id(table))
    if cached is None or cached[0] is not table:
        if len(_KEY_CACHE) >= _KEY_CACHE_SIZE:
            _KEY_CACHE.clear()  # some callers build a small table per call: each entry keeps its table alive
        index: dict[str, tuple[int, int, str]] = {}
        for kind, phrases in table.items():
            for phrase in map(_content, phrases):
                if phrase:
                    index.setdefault(phrase, (-len(phrase), len(index), kind))
        most_words: dict[str, int] = {}
        for phrase in index:
            words = phrase.split(" ")
            most_words[words[0]] = max(most_words.get(words[0], 0), len(words))
        cached = _KEY_CACHE[id(table)] = (table, (index, most_words))
    return cached[1]


def lower_case_words(text: str) -> set[str]:
    """Every word written in lower case: a real first name never is."""
    return set(_LOWER_WORD.findall(text))


_LOWER_WORD = lazy_re.compile(r"\b[a-z][a-z'’-]+\b")


def name_letters(name: str) -> set[str]:
    """The letters a plan may call someone by: "T" for Tommy; "E", "E-M" and "EM" for Ellie-Mae;
    "K" and "KN" for Kerry Nolan."""
    initials = [part[:1].upper() for part in name.split("-") if part]
    words = "".join(part[:1].upper() for part in name.replace("-", " ").split())
    return {name[:1].upper(), "-".join(initials), "".join(initials), words}


# "Mon", "Tues", "Thursday": one of the week's days, by its name or the start of it
WEEKDAY = lazy_re.compile(r"(?i)\s*(?P<day>%s)\b\.?" % "|".join(
    sorted({d[:n] for d in loader.vocabulary()["weekdays"] for n in range(3, len(d) + 1)}, key=len, reverse=True)))


def empty_field(text: str) -> bool:
    """"Outcomes for the child(ren): -", "Contingency:": a form's label with nothing after it."""
    label, colon, value = text.rpartition(":")
    return bool(colon) and bool(label.strip()) and is_empty_cell(value)


def is_empty_cell(text: str) -> bool:
    # Asked of every cell by several readers of a table (about five times a cell);
    # normalising a long cell each time was a tenth of a large table's lint.
    empty = _EMPTY_SEEN.get(text)
    if empty is None:
        if len(_EMPTY_SEEN) > _MAX_SEEN:
            _EMPTY_SEEN.clear()
        empty = _EMPTY_SEEN[text] = normalise(text) in EMPTY_CELL or not text.strip(" -–—.")
    return empty


_EMPTY_SEEN: dict[str, bool] = {}
_MAX_SEEN = 20_000


# "Jo Hill, by" of "Jo Hill, by 14/03": the word that leads into a cut-off time
TRAILING_TIME_WORD = lazy_re.compile(rf"\b(?:{loader.alternation('trailing_time_words')})\s*$", re.I)

# "The health visitor (Jo Hill) will:" / "Mum to:" introduces the bullets under it (a pair of
# people with their roles and service may run long: "Dr Sunil Varma (consultant psychiatrist) and
# Bev Tate (care coordinator), Vinthorpe Community Mental Health Team, will:").
LEAD_IN = lazy_re.compile(
    rf"^(?P<who>.{{1,160}}?)\s+(?:{loader.alternation('modals')}|to|needs? to|(?:is|are) to|agreed to|(?:has|have)\s+agreed(?:\s+that)?)\s*:?$", re.I
)


# "Stacey and Jordan will, every day from 05/08/2025:": who, then when, over what they will do
TIMED_LEAD_IN = lazy_re.compile(r"^(?P<who>[^:,]{1,80}?)\s+(?:will|shall|to|(?:is|are)\s+to)\s*,?\s+(?P<when>[^:]{3,60}?)\s*:$",
                                re.I)


def lead_in(text: str) -> re.Match | None:
    """LEAD_IN's match for a line that ends with its colon ("Leah will:"), else None."""
    text = text.strip()
    return LEAD_IN.match(text) if text.endswith(":") else None


# "(Who: Kelly. When: daily. How we'll know: -)" written inside a bullet.
# "(Lead: Amy · When: by 21/05 · Evidence: ...)": a middle dot, bullet or bar parts fields as a semicolon does.
# ("[Pwy / Who: Lowri Vaughan, SW] [Erbyn pryd / By when: ...]": square brackets, and a label in two languages)
_INLINE_FIELD = lazy_re.compile(r"(?:^|[(\[.;,·•|]\s*)(?P<label>[A-Za-z][A-Za-z'’/ ]{1,28}?)\s*:\s*(?P<value>[^.;()\[\]·•|]*)")


def inline_fields(text: str, columns: dict) -> dict[str, str]:
    """Fields of an action written as a sentence followed by labelled parts."""
    fields: dict[str, str] = {}
    labels: dict[str, str] = {}
    first = end = None
    for m in _INLINE_FIELD.finditer(text):
        role, _ = longest_phrase(m.group("label"), columns)
        if role and role not in ("action", "need") and role not in fields:
            fields[role], labels[role], end = m.group("value").strip(), m.group("label"), m.end()
            first = m.start() if first is None else first
    # "...; from 25/06/2025; check: his work rota shown to Kerry": one field will do
    # when its label is nothing but a field's name and it ends the text after the work.
    lone = len(fields) == 1 and first and not text[end:].strip(" .") and \
        all(v and exact_phrase(labels[r], columns) == r for r, v in fields.items())
    if len(fields) < 2 and not lone:
        return {"action": text}
    fields["action"] = text[:first].rstrip(" (—–-") or text
    return fields


def has_box(text: str) -> bool:
    """A tick box ("[ ]", "[X]", "☐", "☒") in text."""
    return bool(_BOX.search(text))


def ticked_options(value: str) -> str | None:
    """"[ ] Weekly [X] Fortnightly [ ] Monthly": what a row of tick boxes says, its ticked
    options alone ("Fortnightly"; "" when none is ticked), or None when the value is no row of
    boxes. An unticked option is not the plan's."""
    boxes = list(_BOX.finditer(value))
    if len(boxes) < _FEWEST_BOXES:
        return None
    ends = [b.start() for b in boxes[1:]] + [len(value)]
    options = [(_TICK_MARK.search(b.group(0)), value[b.end():end].strip(" \t\n;,|")) for b, end in zip(boxes, ends)]
    if not any(mark for mark, _ in options) and any(
            any(c.isdigit() for c in text) or len(_WORDS.findall(text)) > _OPTION_WORDS for _, text in options):
        # ("☐ 14/03 core group ☐ 28/03 review": boxes left to tick off as each is done, a
        # to-do list's, not a choice of options)
        return None
    # (an option filled in but left unticked, "[ ] Other: by 27/02/2026", was still written for the row)
    ticked = [text for mark, text in options if mark or _FILLED_IN.search(text)]
    before = value[:boxes[0].start()].strip(" \t\n;,|")
    return "; ".join(t for t in [before, *ticked] if t)


_FEWEST_BOXES = 2
_OPTION_WORDS = 3  # ("Weekly", "Every two weeks": an option of a choice is a word or three)
# ("[X]", "[✓]", "[√]", "[*]", "☒", "☑", "■"; an empty "[ ]", "☐", "□")
_BOX = lazy_re.compile(r"\[\s*[xX✓✔√*]?\s*\]|[☐☒☑□■✅]")
_TICK_MARK = lazy_re.compile(r"[xX✓✔√*☒☑■✅]")
_FILLED_IN = lazy_re.compile(r":\s*[^\W_]")
_WORDS = lazy_re.compile(r"[^\W\d_]+")
