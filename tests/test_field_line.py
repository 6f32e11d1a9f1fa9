"""actions._field_line_match is _FIELD_LINE.match, skipped for text with no colon."""
from __future__ import annotations

import random
from pathlib import Path

from planlint import readers
from planlint.structure.actions import _FIELD_LINE, _field_line_match

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"


def _same(text: str) -> None:
    found, expected = _field_line_match(text), _FIELD_LINE.match(text)
    assert (found and found.span(), found and found.groupdict()) == (expected and expected.span(),
                                                                      expected and expected.groupdict()), text


def test_field_line_as_the_match_on_sample_texts():
    checked = 0
    for path in sorted(SAMPLES.glob("*.docx"))[::3]:
        for block in readers.read_path(path).blocks:
            for text in [c for row in block.table.rows for c in row] if block.table else [block.text]:
                _same(text)
                checked += 1
    assert checked > 2_000


def test_field_line_as_the_match_on_generated_texts():
    rng = random.Random(3)
    pieces = ["Who", "who", "By when", " ", "  ", ":", "：", "\n", "\t", "1", "2.3", "/", "'", "’", "?", ".", "é",
              "Kto", "SW", "will visit", "-", "_", "9"]
    for _ in range(30_000):
        _same("".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))))
