"""TokenMatcher's automaton gives spaCy's Matcher's matches when it forgets its learnt
states mid-run (as it does past _MAX_STATES), and on a fresh matcher."""
from pathlib import Path

from spacy.matcher import Matcher

import samples
from planlint.nlp import matcher as matcher_module
from planlint.nlp.matcher import TokenMatcher
from planlint.nlp.pipeline import get_nlp

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"


def test_same_matches_after_forgetting_states(monkeypatch):
    nlp = get_nlp()
    ruler = nlp.get_pipe("planlint_ruler")
    patterns = [(repr((p["label"], p.get("id", ""))), p["pattern"]) for p in ruler.patterns if isinstance(p["pattern"], list)]
    fresh = TokenMatcher(nlp.vocab, patterns)
    reference = Matcher(nlp.vocab)
    for key, pattern in patterns:
        reference.add(key, [pattern])
    monkeypatch.setattr(matcher_module, "_MAX_STATES", 5)
    texts = [b.text for p in sorted(SAMPLES.glob("*.docx"))[:12] for b in samples.read(p).blocks if b.text]
    found = 0
    for doc in nlp.pipe(texts):
        want = sorted(set(reference(doc)))
        assert sorted(set(fresh(doc))) == want, doc.text
        found += len(want)
    assert found > 100
