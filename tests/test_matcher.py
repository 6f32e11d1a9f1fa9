"""TokenMatcher gives exactly the matches of spaCy's Matcher on the same patterns.

The pipeline runs token patterns through planlint.nlp.matcher for speed;
spaCy's Matcher, given every token pattern of the ruler, is the reference.
"""
import random
from functools import lru_cache

import pytest
from spacy.matcher import Matcher

from planlint.nlp.matcher import TokenMatcher
from planlint.nlp.pipeline import get_nlp


def _ruler():
    return get_nlp().get_pipe("planlint_ruler")


@lru_cache(maxsize=1)
def _reference() -> Matcher:
    matcher = Matcher(get_nlp().vocab, validate=True)
    for p in _ruler().patterns:
        if isinstance(p["pattern"], list):
            matcher.add(repr((p["label"], p.get("id", ""))), [p["pattern"]])
    return matcher


def same_matches_as_spacy(texts):
    """On every sample plan too: tests/test_sample_plans.py, where each plan is read once."""
    nlp, ruler, reference = get_nlp(), _ruler(), _reference()
    assert len(reference) == len({(p["label"], p.get("id", "")) for p in ruler.patterns if isinstance(p["pattern"], list)})
    for doc in nlp.pipe(texts):
        assert sorted(set(ruler.token_matcher(doc))) == sorted(set(reference(doc))), doc.text


def _words():
    """Every word the patterns name, plus numbers, dates and filler."""
    words = {"12", "3", "2025", "14th", "1st", "03/04/2025", "2025-01-31", "mid-march", ",", "-", "'s", "Amelia",
             "will", "the", "a", "of", "weekly", "day", "visit", "Mum", "not", "if", "by", "."}
    for p in _ruler().patterns:
        if isinstance(p["pattern"], list):
            for token in p["pattern"]:
                for value in token.values():
                    if isinstance(value, str):
                        words.add(value)
                    elif isinstance(value, dict):
                        words.update(v for v in value.get("IN", []) if isinstance(v, str))
    return sorted(words)


def test_same_matches_as_spacy_on_generated_text():
    rng = random.Random(12)
    words = _words()
    texts = []
    for _ in range(3000):
        texts.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))))
        texts.append(" ".join(rng.choice(words).upper() if rng.random() < 0.2 else rng.choice(words).title()
                              for _ in range(rng.randint(1, 6))))
    same_matches_as_spacy(texts)


def test_patterns_it_cannot_run_go_to_spacys_matcher():
    nlp = get_nlp()
    patterns = [("shape", [{"SHAPE": "dd"}]), ("plus", [{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]),
                ("neg", [{"LOWER": "not", "OP": "!"}, {"LOWER": "safe"}])]
    matcher = TokenMatcher(nlp.vocab, patterns)
    doc = nlp.make_doc("It is 12 and very very good, really safe, not safe")
    found = {(nlp.vocab.strings[m], doc[s:e].text) for m, s, e in matcher(doc)}
    assert found == {("shape", "12"), ("plus", "very very good"), ("plus", "very good"), ("neg", "really safe")}
