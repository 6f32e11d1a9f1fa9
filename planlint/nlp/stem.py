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
from spacy.attrs import IDX, LEMMA, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

_MAX_WORDS = 200_000  # words remembered before the cache starts again

_KEEP = {"always", "various", "previous", "serious", "anxious", "nervous", "status", "this", "his", "us", "was",
         "has", "does", "is", "as", "yes", "less", "unless", "across", "process", "address", "progress", "needs",
         # "housing" is a service and a need; stemmed, it read every "house" as both
         "housing",
         # "parenting" is work on how a parent cares; stemmed, every "parents" read as that work
         # and every "parenting course" as a parent named
         "parenting"}


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
    if w.endswith("e") and len(w) > 3 and w not in _KEEP_E:
        w = w[:-1]
    return w + "e" if w in _NEGATIONS and w != word.lower() else w


# Words whose "-e" is kept: "care" stemmed as "car" read "seen in cars" as "in care".
_KEEP_E = frozenset({"care"})


# A stem must never read as a negation: "notes", "note" and "noting" stemmed to "not", so
# "Supervision notes emailed to the SW" and "Please note ..." negated what followed them.
_NEGATIONS = frozenset({"not", "no", "nor"})


@Language.factory("planlint_stem")
def make_stem(nlp: Language, name: str):
    return StemComponent()


# Sentence starts as from_array takes them: 1 opens a sentence, -1 (in uint64) does not.
_START, _INSIDE = 1, (1 << 64) - 1
_FULL_STOPS = frozenset(Sentencizer.default_punct_chars)
_WORD_ATTRS = [ORTH, IDX, LENGTH]
# (orths, char offsets, lengths, the indices of the words that open a sentence) of a
# Doc's words, as this component read and set them, under a key of Doc.user_data:
# words(doc) gives them to the components after it and to the Analyser.
WORDS_KEY = ("planlint", "words")


def words(doc: Doc):
    """WORDS_KEY's lists for a Doc this component has set, or None (an empty Doc, one
    it never saw, or one whose words have changed since: none of planlint's does)."""
    found = doc.user_data.get(WORDS_KEY)
    return found if found is not None and len(found[0]) == len(doc) else None


class StemComponent:
    """Sets every token's lemma, and where each sentence starts, through one array,
    each distinct word stemmed and classed once: `token.lemma_ = ...` made a Token
    and looked up a string for every word, and spaCy's Sentencizer makes a Token
    for every word it reads (about a tenth of the pipeline)."""

    def __init__(self) -> None:
        self._words: dict[int, tuple[int, bool, bool]] = {}  # orth -> (lemma hash, ends a sentence, is_punct)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        words, vocab = self._words, doc.vocab
        if len(words) > _MAX_WORDS:
            words.clear()
        # The words' offsets and lengths come in the same to_array: the components after
        # this one, and the Analyser, read them from WORDS_KEY rather than each asking again.
        orths, offsets, lengths = doc.to_array(_WORD_ATTRS).T.tolist()
        lemmas, starts, firsts = [], [], [0]
        seen_stop = False
        for orth in orths:
            word = words.get(orth)
            if word is None:
                lex = vocab[orth]
                word = words[orth] = (vocab.strings.add(stem(lex.orth_)), lex.orth_ in _FULL_STOPS, lex.is_punct)
            lemma, stop, punct = word
            lemmas.append(lemma)
            # spaCy's Sentencizer with its default punct_chars: after a full stop, the
            # first word that is neither punctuation nor a full stop opens a sentence.
            if seen_stop and not punct and not stop:
                firsts.append(len(starts))
                starts.append(_START)
                seen_stop = False
            else:
                starts.append(_INSIDE)
                seen_stop = seen_stop or stop
        starts[0] = _START
        doc.from_array([LEMMA, SENT_START], numpy.array([lemmas, starts], dtype=numpy.uint64).T)
        doc.user_data[WORDS_KEY] = (orths, offsets, lengths, firsts)
        return doc
