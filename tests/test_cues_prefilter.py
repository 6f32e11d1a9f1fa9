"""cues_in's substring prefilter finds every cue a search of each finds."""
from __future__ import annotations

import random
import re
import sys

from planlint.nlp import cues


def _searched(text: str, scope: str) -> frozenset[str]:
    return frozenset(name for name, rx, _ in cues._scoped_cues(scope) if rx.search(text))


def test_only_the_listed_characters_match_ascii_under_ignorecase():
    ascii_any = re.compile("[" + "".join(re.escape(chr(i)) for i in range(128)) + "]", re.I)
    folding = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_any.match(chr(c))}
    assert folding == {chr(c) for c in (0x130, 0x131, 0x17F, 0x212A)}
    assert all(cues._FOLDS_INTO_ASCII.search(c) for c in folding)


def test_prefilter_finds_what_searching_every_cue_finds():
    rng = random.Random(3)
    needs = [*cues._all_needs(), *cues._all_needs("work")]
    pieces = needs + [w.upper() for w in needs] + [w.title() for w in needs] + [
        " ", " ", ", ", ". ", "–", "’", "“", "é", "İf", "ıf", "ſhall", "\u212aeep", "Mum", "the", "by 14 March",
        "social worker", "we", "plan", "review", "CP", "if", "unless", "?", "\n"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(30_000)]
    found = 0
    for text in texts:
        for scope in ("sentence", "work"):
            expected = _searched(text, scope)
            assert cues.cues_in(text, scope) == expected, (scope, text)
            found += bool(expected)
    assert found > 5_000


def test_candidates_are_the_cues_whose_needed_strings_the_text_holds():
    rng = random.Random(5)
    for scope in ("sentence", "work"):
        found = cues._scoped_cues(scope)
        pieces = [*cues._all_needs(scope), " ", "x", "e", "will be", "care co-ordinator"]
        for _ in range(20_000):
            low = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
            expected = {i for i, (_, _, needs) in enumerate(found) if needs is None or any(s in low for s in needs)}
            assert cues._candidates(low, scope) == expected, (scope, low)


def test_trie_pattern_matches_exactly_its_strings_and_the_longest_first():
    strings = ["will", "will be", "will be ", "wi", "a.b", "see", "session"]
    rx = re.compile(cues.trie_pattern(strings))
    assert all(rx.fullmatch(s) for s in strings)
    assert not any(rx.fullmatch(s) for s in ("w", "will b", "aXb", "sess", ""))
    assert rx.match("will be there").group() == "will be "
