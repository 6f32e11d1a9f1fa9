"""cues_in's substring prefilter finds every cue a search of each finds."""
from __future__ import annotations

import random
import re
import sys

from planlint.nlp import cues


def _searched(text: str) -> frozenset[str]:
    return frozenset(name for name, rx, _ in cues._sentence_cues() if rx.search(text))


def test_only_the_listed_characters_match_ascii_under_ignorecase():
    ascii_any = re.compile("[" + "".join(re.escape(chr(i)) for i in range(128)) + "]", re.I)
    folding = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_any.match(chr(c))}
    assert folding == {chr(c) for c in (0x130, 0x131, 0x17F, 0x212A)}
    assert all(cues._FOLDS_INTO_ASCII.search(c) for c in folding)


def test_prefilter_finds_what_searching_every_cue_finds():
    rng = random.Random(3)
    needs = [s for s in cues._all_needs()]
    pieces = needs + [w.upper() for w in needs] + [w.title() for w in needs] + [
        " ", " ", ", ", ". ", "–", "’", "“", "é", "İf", "ıf", "ſhall", "\u212aeep", "Mum", "the", "by 14 March",
        "social worker", "we", "plan", "review", "CP", "if", "unless", "?", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(30_000)]
    found = 0
    for text in texts:
        expected = _searched(text)
        assert cues.cues_in(text) == expected, text
        found += bool(expected)
    assert found > 5_000
