"""Lexicon phrases as the lemma hashes spaCy's PhraseMatcher keys them by, without its start-up.

SpanRuler adds phrase patterns by running each through the pipeline and
giving the resulting Doc to its PhraseMatcher: for our ~1,600 lexicon phrases,
that was the largest part of a cold `planlint check` after importing spaCy
(a Doc, new lexemes and a stemmer pass per phrase). The PhraseMatcher keys a
phrase by its tokens' attribute values only, and takes them as a list as well
as a Doc (the form it pickles its patterns in). So a phrase that is plain
lower-case words split on spaces, none of them a tokenizer exception, is
stemmed word by word; any other is tokenized by the pipeline's own tokenizer.
Matching stays spaCy's. tests/test_ruler.py checks that planlint_ruler finds
exactly what SpanRuler's own PhraseMatcher finds with the same patterns.
"""
from __future__ import annotations

from .. import lazy_re
from .stem import stem

_PLAIN = lazy_re.compile(r"[a-z]+(?: [a-z]+)*")


class PhraseLemmas:
    """Call with a phrase: the lemma hashes of its tokens, as planlint_stem sets them."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self._specials = set(nlp.tokenizer.rules or ())

    def __call__(self, phrase: str) -> list[int]:
        add = self._nlp.vocab.strings.add
        return [add(stem(word)) for word in self._words(phrase)]

    def _words(self, phrase: str) -> list[str]:
        if _PLAIN.fullmatch(phrase):
            words = phrase.split(" ")
            if not any(w in self._specials for w in words):
                return words
        return [t.orth_ for t in self._nlp.make_doc(phrase)]
