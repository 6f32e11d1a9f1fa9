"""Lexicon phrases matched on lemmas as spaCy's PhraseMatcher would, without its start-up.

SpanRuler adds phrase patterns by running each through the pipeline and
giving the resulting Doc to a PhraseMatcher: for our ~1,600 lexicon phrases,
that was the largest part of a cold `planlint check` after importing spaCy
(a Doc, new lexemes and a stemmer pass per phrase). Only each phrase's lemmas
are needed, so a phrase that is plain lower-case words split on spaces, none
of them a tokenizer exception, is stemmed word by word; any other phrase is
tokenized by the pipeline's own tokenizer. Matching walks a trie of lemma
hashes from each word. tests/test_ruler.py checks that planlint_ruler gives
exactly the spans spaCy's SpanRuler gives with the same patterns.
"""
from __future__ import annotations

from spacy.attrs import LEMMA

from .. import lazy_re
from .stem import stem
from .stem import words as stem_words

_PLAIN = lazy_re.compile(r"[a-z]+(?: [a-z]+)*")
_END = -1  # a trie node's key for the match_ids of the phrases ending there (hashes are >= 0)


class PhraseTrie:
    """Call with a Doc: (match_id, start, end) for every phrase it holds, as PhraseMatcher on LEMMA."""

    def __init__(self, nlp) -> None:
        self._nlp = nlp
        self._specials = set(nlp.tokenizer.rules or ())
        self._root: dict = {}
        self._size = 0

    def __len__(self) -> int:
        return self._size

    def add(self, match_id: int, phrase: str) -> None:
        add = self._nlp.vocab.strings.add
        node = self._root
        for word in self._words(phrase):
            node = node.setdefault(add(stem(word)), {})
        if node is self._root:
            return  # no words: PhraseMatcher matches nothing for an empty Doc
        ends = node.setdefault(_END, [])
        if match_id not in ends:
            ends.append(match_id)
            self._size += 1

    def _words(self, phrase: str) -> list[str]:
        if _PLAIN.fullmatch(phrase):
            words = phrase.split(" ")
            if not any(w in self._specials for w in words):
                return words
        return [t.orth_ for t in self._nlp.make_doc(phrase)]

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        known = stem_words(doc)
        lemmas = known[4] if known is not None else doc.to_array(LEMMA).tolist()
        root, n, out = self._root, len(lemmas), []
        for start, lemma in enumerate(lemmas):
            node = root.get(lemma)
            end = start + 1
            while node is not None:
                ends = node.get(_END)
                if ends is not None:
                    out.extend((m, start, end) for m in ends)
                if end == n:
                    break
                node = node.get(lemmas[end])
                end += 1
        return out
