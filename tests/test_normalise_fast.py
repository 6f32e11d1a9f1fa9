"""textutil.normalise gives what its plain regular-expression form gave."""
from __future__ import annotations

import random
import re
import sys

from planlint import textutil

_SPACE = re.compile(r"\s+")


def _normalise_plain(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    text = textutil._NUMBERING.sub("", text.strip())
    text = textutil._CONTRACTION.sub(lambda m: textutil._CONTRACTIONS[m.group(0).lower()], text)
    text = textutil._PUNCT.sub(" ", text.lower())
    return _SPACE.sub(" ", text).strip()


def test_split_breaks_where_regex_whitespace_does():
    assert all(bool(_SPACE.match(chr(c))) == chr(c).isspace() for c in range(sys.maxunicode + 1))


def test_normalise_as_plain_form():
    rng = random.Random(7)
    pieces = [*"abc ABC'’‘\u00a0\t\n\u2003\u0085\x1c.-–,;:()/&_12?", "n't", "'ll", "'RE", "’ve", "section ",
              "1. ", "iv) ", "Step 2: ", "N/A", "none", "Who", "won't", "İ"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(50_000)]
    texts += ["", "  ", "1. None", "Section 3.2: n/a", "Mum'll ring", "We’re – on track."]
    for text in texts:
        assert textutil.normalise(text) == _normalise_plain(text), text
