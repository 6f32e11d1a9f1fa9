"""sentences._last_word gives the group re.search(r"([A-Za-z'’-]+)\\s*$", text[:end])
found, which _whose searched for at every character of a sentence."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import samples
from planlint.structure.sentences import _last_word

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"
_PATTERN = re.compile(r"([A-Za-z'’-]+)\s*$")


def _searched(text: str, end: int) -> str | None:
    found = _PATTERN.search(text[:end])
    return found.group(1) if found else None


def test_white_space_is_what_str_isspace_holds():
    assert {chr(c) for c in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(c))} == \
        {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}


def test_last_word_as_the_search_on_sample_texts():
    checked = 0
    for path in sorted(SAMPLES.glob("*.docx"))[::4]:
        for block in samples.read(path).blocks:
            for text in [c for row in block.table.rows for c in row] if block.table else [block.text]:
                for end in range(0, len(text) + 1, 3):
                    assert _last_word(text, end) == _searched(text, end), (text, end)
                    checked += 1
    assert checked > 10_000


def test_last_word_as_the_search_on_generated_texts():
    rng = random.Random(5)
    pieces = ["Mum", "Kai's", "Kai’s", "self-harm", "-", "'", "’", " ", "  ", "\n", "\t", "\u00a0", "\u2003", "\x1c",
              "\x85", ",", ".", "(", ")", "é", "Zoë", "ß", "1", "_", "x", "A", "s", "drink", "İ", "ſ", "K"]
    for _ in range(50_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        end = rng.randint(0, len(text))
        assert _last_word(text, end) == _searched(text, end), (text, end)
