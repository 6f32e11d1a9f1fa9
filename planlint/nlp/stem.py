"""A tiny suffix stemmer set as token.lemma_, so lexicons match word forms.

There is no trained lemmatizer to load, and exact spelling would make every
lexicon list "visit, visits, visited, visiting". Patterns and text pass
through the same stemmer, so a crude but consistent stem is enough:
"visits", "visiting" and "visit" all become "visit"; "-ed" forms stay
distinct because a past participle ("completed", "signed") is evidence
where the bare verb is a task.
"""
from __future__ import annotations

from functools import lru_cache

import numpy
from spacy.attrs import LEMMA, ORTH
from spacy.language import Language
from spacy.tokens import Doc

_MAX_WORDS = 200_000  # words remembered before the cache starts again

_KEEP = {"always", "various", "previous", "serious", "anxious", "nervous", "status", "this", "his", "us", "was",
         "has", "does", "is", "as", "yes", "less", "unless", "across", "process", "address", "progress", "needs"}


@lru_cache(maxsize=1 << 16)  # plans repeat their words: each is stemmed once
def stem(word: str) -> str:
    w = word.lower()
    if len(w) <= 3 or not w.isalpha() or w in _KEEP:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    # "-ed" is kept: "completed" is evidence, "complete" is a task.
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]  # "stopp(ed)" -> "stop"
    if w.endswith("e") and len(w) > 3:
        w = w[:-1]
    return w


@Language.factory("planlint_stem")
def make_stem(nlp: Language, name: str):
    return StemComponent()


class StemComponent:
    """Sets every token's lemma through one array, each distinct word stemmed once:
    `token.lemma_ = ...` made a Token and looked up a string for every word."""

    def __init__(self) -> None:
        self._lemmas: dict[int, int] = {}  # orth -> lemma hash, in this pipeline's vocab

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lemmas, strings = self._lemmas, doc.vocab.strings
        if len(lemmas) > _MAX_WORDS:
            lemmas.clear()
        out = []
        for orth in doc.to_array(ORTH).tolist():
            lemma = lemmas.get(orth)
            if lemma is None:
                lemma = lemmas[orth] = strings.add(stem(strings[orth]))
            out.append(lemma)
        doc.from_array([LEMMA], numpy.array(out, dtype=numpy.uint64))
        return doc
