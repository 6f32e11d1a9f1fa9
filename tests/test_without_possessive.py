"""understand.without_possessive is _POSSESSIVE_S.sub("", word) for the words it is asked of."""
from __future__ import annotations

import random
import re

from planlint.nlp.understand import _POSSESSIVE_S, _WORD, without_possessive


def test_without_possessive_as_the_sub():
    rng = random.Random(4)
    pieces = ["a", "s", "S", "'", "’", "'s", "’s", "-", "Kai", "Mum", "é", "ß", "x"]
    words = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 6))) for _ in range(50_000)]
    words += _WORD.findall("Kai's mum's Jones' Lee’s ’s s' ss'' a's's Ellie-Mae's") + \
        re.findall(r"[A-Za-z][A-Za-z'’-]*", "Nan’s  O'Neil's dad's'")
    for word in words:
        assert without_possessive(word) == _POSSESSIVE_S.sub("", word), word
