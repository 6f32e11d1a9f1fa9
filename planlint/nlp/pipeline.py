"""The spaCy pipeline planlint runs: blank English, no trained weights.

    tokenizer -> sentencizer -> span_ruler (lexicons + token patterns)
              -> planlint_context (negation / hypothetical / historical)

Every lexicon file in rules/lexicons becomes a span label named after the
file (professional_roles.txt -> PROFESSIONAL_ROLES); token patterns come from
models/patterns/*.jsonl. Results land in doc.spans["planlint"].
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import loader

SPANS_KEY = "planlint"


@dataclass(frozen=True)
class Mention:
    label: str
    text: str
    start: int  # character offsets into the analysed text
    end: int
    modifiers: frozenset = frozenset()

    @property
    def asserted(self) -> bool:
        """True unless negated or hypothetical."""
        return not (self.modifiers & {"negated", "hypothetical"})


@lru_cache(maxsize=4)
def get_nlp(extra_packs: tuple[str, ...] = ()):
    import spacy

    from . import context  # noqa: F401  registers the planlint_context factory

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    ruler = nlp.add_pipe(
        "span_ruler",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER", "validate": True, "overwrite": False},
    )
    patterns = [
        {"label": name.upper(), "pattern": phrase}
        for name, phrases in loader.lexicons(extra_packs).items()
        for phrase in phrases
    ]
    patterns.extend(dict(p) for p in loader.token_patterns())
    ruler.add_patterns(patterns)
    nlp.add_pipe("planlint_context", config={"spans_key": SPANS_KEY})
    return nlp


def _to_mentions(doc) -> list[Mention]:
    return [
        Mention(s.label_, s.text, s.start_char, s.end_char, s._.modifiers)
        for s in sorted(doc.spans[SPANS_KEY], key=lambda s: (s.start, -s.end))
    ]


class Analyser:
    """Turns text into Mentions, caching by text: plans repeat a lot of cells."""

    def __init__(self, extra_packs: tuple[str, ...] = ()):
        self.nlp = get_nlp(tuple(extra_packs))
        self._cache: dict[str, list[Mention]] = {}

    def prime(self, texts) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in self._cache]
        for text, doc in zip(todo, self.nlp.pipe(todo, batch_size=64)):
            self._cache[text] = _to_mentions(doc)

    def mentions(self, text: str) -> list[Mention]:
        if text not in self._cache:
            self._cache[text] = _to_mentions(self.nlp(text))
        return self._cache[text]

    def sentences(self, text: str) -> list[str]:
        return [s.text.strip() for s in self.nlp(text).sents if s.text.strip()]
