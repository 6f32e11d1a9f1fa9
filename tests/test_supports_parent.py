"""Understanding._supports_parent rules a text out by its help words before the pattern;
the answer must be the pattern's search on every text, whoever the plan's parents are."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from planlint import readers
from planlint.nlp.understand import _HELP_NEEDS, _PARENTS, Understanding
from planlint.sequencer import analyser_for
from planlint.config import Config

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"
PARENTS = [(), ("stacey", "jamie"), ("bo", "ſam"), ("rebecca", "lee-ann", "o'neil")]


def _searched(text: str, parent_names) -> bool:
    """The search _supports_parent made before the substring test (with "support visits to Kerry")."""
    people = "|".join([_PARENTS] + [re.escape(n) for n in parent_names])
    return bool(re.search(
        rf"\b(?:support\w*|help\w*|phon\w*|ring\w*|call\w*|reassur\w*|check\w* on)\s+"
        rf"(?:(?:visits?|sessions?|calls?)\s+(?:to|for|with)\s+)?(?:for\s+)?(?:{people})\b"
        rf"|\b(?:{people})\s+(?:to|will)\s+be\s+(?:supported|helped)\b",
        text, re.I,
    ))


def test_every_match_holds_a_help_word():
    # The help words' strings, and the passive's words, which hold them too.
    assert _HELP_NEEDS == {"support", "help", "phon", "ring", "call", "reassur", "check"}
    assert all(any(s in word for s in _HELP_NEEDS) for word in ("supported", "helped"))


@pytest.fixture(scope="module")
def analyser():
    return analyser_for(Config())


def _texts() -> list[str]:
    out = []
    for path in sorted(SAMPLES.glob("*.docx"))[::3]:
        for block in readers.read_path(path).blocks:
            out += [c for row in block.table.rows for c in row] if block.table else [block.text]
    return out


@pytest.mark.parametrize("parent_names", PARENTS)
def test_supports_parent_as_the_search_on_sample_texts(analyser, parent_names):
    understanding = Understanding(analyser, parent_names=parent_names)
    texts = _texts()
    assert len(texts) > 2_000
    found = 0
    for text in texts:
        expected = _searched(text, understanding.parent_names)
        assert understanding._supports_parent(text) == expected, text
        found += expected
    assert found  # the samples do hold help aimed at a parent


def test_supports_parent_as_the_search_on_generated_texts(analyser):
    rng = random.Random(11)
    pieces = ["support", "SUPPORT", "ſupport", "help", "helped", "phone", "Ring", "calls", "reassure", "check", "checks on",
              "Mum", "mum", "Dad", "Stacey", "jamie", "ſam", "to", "will", "be", "supported", "for", " ", "  ", "\n",
              "İ", "K", "Kelvin", "–", "’", ".", ",", "x", "ing", "on"]
    understanding = Understanding(analyser, parent_names=("stacey", "jamie", "sam"))
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 9)))
        assert understanding._supports_parent(text) == _searched(text, understanding.parent_names), text


def test_word_at_and_before_keep_to_word_boundaries():
    from planlint.textutil import word_at, word_before

    assert word_at("call Jo now", 5, {"jo"}) and not word_at("call Joanne", 5, {"jo"})
    assert word_at("call Jo-Anne", 5, {"jo"})  # "-" is no word character, as for \b
    assert word_before("Jo to be helped", 2, {"jo"}) and not word_before("BoJo to be helped", 4, {"jo"})
