"""TokenMatcher gives exactly the matches of spaCy's Matcher on the same patterns.

The pipeline runs token patterns through planlint.nlp.matcher for speed;
spaCy's Matcher, given every token pattern of the ruler, is the reference.
"""
import hashlib
import json
import random
from functools import lru_cache
from pathlib import Path

import pytest
import spacy
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
    """On every sample plan too: tests/test_sample_plans.py, where each plan is read once.

    spaCy's Matcher is slow (that is why planlint has its own), so its matches on the
    sample plans are recorded, as one digest a plan, by scripts/record_spacy_matches.py.
    A plan whose texts, patterns or spaCy version the record does not hold is matched
    by spaCy here and now; a digest that differs is matched here too, to name the text."""
    nlp, ruler = get_nlp(), _ruler()
    docs = list(nlp.pipe(texts))
    recorded = recorded_matches().get(texts_key(texts))
    if recorded is not None and recorded == matches_digest([ruler.token_matcher(doc) for doc in docs]):
        return
    reference = _reference()
    assert len(reference) == len({(p["label"], p.get("id", "")) for p in ruler.patterns if isinstance(p["pattern"], list)})
    for doc in docs:
        assert sorted(set(ruler.token_matcher(doc))) == sorted(set(reference(doc))), doc.text


RECORD = Path(__file__).parent / "fixtures" / "spacy_matches.json"


def patterns_key() -> str:
    """What spaCy's matches depend on besides the text: its version and the token patterns."""
    token_patterns = sorted(json.dumps(p, sort_keys=True) for p in _ruler().patterns if isinstance(p["pattern"], list))
    return hashlib.sha256(json.dumps([spacy.__version__, token_patterns]).encode()).hexdigest()


def texts_key(texts) -> str:
    return hashlib.sha256("\0".join(texts).encode()).hexdigest()[:24]


def matches_digest(per_doc) -> str:
    return hashlib.sha256(repr([sorted(set(m)) for m in per_doc]).encode()).hexdigest()[:24]


@lru_cache(maxsize=1)
def recorded_matches() -> dict:
    """The record's digests, if it was made with today's patterns and spaCy."""
    if not RECORD.exists():
        return {}
    record = json.loads(RECORD.read_text("utf-8"))
    return record["plans"] if record.get("patterns") == patterns_key() else {}


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


def test_the_record_of_spacys_matches_is_of_todays_patterns():
    """A stale record is never trusted, but it would let the sample-plan check run spaCy's
    slow Matcher on every plan: after changing models/patterns, run
    scripts/record_spacy_matches.py."""
    assert recorded_matches(), "tests/fixtures/spacy_matches.json is stale: run scripts/record_spacy_matches.py"
