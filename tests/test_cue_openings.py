"""cues_in tries a cue only where the text has one of the strings its every match
starts with (cues.opening_strings): it must find exactly what search finds."""
from __future__ import annotations

import random
import re
from pathlib import Path

import samples
from planlint.nlp import cues

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"


def _started():
    return [(name, rx, starts) for scope in ("sentence", "work")
            for (name, rx, _), starts in zip(cues._scoped_cues(scope), cues._cue_openings(scope))
            if starts is not None]


def _started_anywhere():
    """Each cue with the pattern that finds, in one pass, every place where the cue's match could
    start: a lookahead holding it (its lookbehinds and word boundaries still see the text before)."""
    return [(name, rx, starts, re.compile(f"(?=(?:{rx.pattern}))", rx.flags)) for name, rx, starts in _started()]


def _texts():
    for path in sorted(SAMPLES.glob("*.docx"))[::3]:
        for block in samples.read(path).blocks:
            texts = [c for row in block.table.rows for c in row] if block.table else [block.text]
            for text in texts:
                yield text
                yield text.upper()
    rng = random.Random(21)
    strings = sorted({s for _, _, starts in _started() for s in starts} | set(cues._all_needs()) | set(cues._all_needs("work")))
    pieces = [*strings, *(s.upper() for s in strings), *(s.title() for s in strings),
              " ", " ", ", ", ". ", "–", "’", "“", "é", "İf", "ıf", "ſhall", "\u212aeep", "Mum", "the", "x",
              "by 14 March", "social worker", "we", "plan", "review", "CP", "CG", "CG3", "if", "unless", "?", "\n",
              "has", "have", "agreed", "to", "be", "core", "group", "see", "him", "visited", "hoping", "that"]
    for _ in range(30_000):
        yield "".join(rng.choice(pieces) + rng.choice(("", " ", "")) for _ in range(rng.randint(1, 14)))


def test_most_cues_have_openings():
    # The built-in pack: only the cues anchored at the start of the text have none
    # (re tries those at one place anyway).
    assert len(_started()) >= 10


def test_every_match_starts_with_an_opening_and_found_is_search():
    matched = tried = 0
    for text in _texts():
        if cues.folds_into_ascii(text):
            continue  # cues_in searches every cue of such text
        low = text.lower()
        for name, rx, starts, anywhere in _started_anywhere():
            # Every place a match starts (search finds the first): where rx.match(text, at) would succeed.
            for found in anywhere.finditer(text):
                assert low.startswith(starts, found.start()), (name, text, found.start())
                matched += 1
            assert cues._found(rx, text, low, starts) == (rx.search(text) is not None), (name, text)
            tried += 1
    assert matched > 5_000 and tried > 100_000


def test_opening_strings_of_hand_written_patterns():
    assert cues.opening_strings(re.compile(r"\b(?:has|have) agreed\b", re.I)) == ("has agreed", "have agreed")
    assert cues.opening_strings(re.compile(r"\bvisit\w*\b|\bsee (?:him|her)\b")) == ("see her", "see him", "visit")
    assert cues.opening_strings(re.compile(r"(?<!no )\bplans?\b")) == ("plan",)
    assert cues.opening_strings(re.compile(r"(?:review|review date)\b")) == ("review",)
    # What can open with anything, or with nothing, has none.
    for pattern in (r"\w+ plan", r"(?:the )?plan", r"^\W*if\b", r"(?=plan)", r"[Pp]lan", r"a|\d", r"ſhall"):
        assert cues.opening_strings(re.compile(pattern, re.I)) is None, pattern
