"""_search_tail finds what a plain search finds: learn_services searches the end of a
sentence for a service's name run and short name only in the run of characters that
can be part of a match (tests/test_facts_fast_paths.py does the same for find_facts)."""
import random
from pathlib import Path

import samples
from planlint.nlp import understand

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"
TAILS = [(understand._NAME_RUN, understand._NAME_RUN_CHARS),
         (understand._SHORT_BEFORE, understand._SHORT_BEFORE_CHARS)]


def _same(text: str) -> int:
    found = 0
    for pattern, chars in TAILS:
        want = pattern.search(text)
        got = understand._search_tail(pattern, text, chars)
        assert (got and (got.span(), got.group())) == (want and (want.span(), want.group())), (pattern.pattern, text)
        found += want is not None
    return found


def test_as_search_on_sample_sentences_cut_before_each_word():
    found = 0
    for path in sorted(SAMPLES.glob("*.docx"))[::3]:
        for block in samples.read(path).blocks:
            for at in [i for i, c in enumerate(block.text) if c.isupper()][:40]:
                found += _same(block.text[:at])
    assert found > 1_000


def test_as_search_on_generated_text():
    rng = random.Random(7)
    pieces = ["Anchor", "Drug", "Alcohol", "Service", "O'Brien", "x-Ray", "Mary-Jo", "D’Arcy", "and", "And", "&", "the",
              "VRP", "DDAS", "AB", "ABCDEFG", "=", ":", "–", "-", " ", "  ", "\t", "\n", "\xa0", "\u2003", ",", ".",
              "(", ")", "'", "’", "2", "é", "É", "_", "ß"]
    found = 0
    for _ in range(30_000):
        found += _same("".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))))
    assert found > 1_000
