"""planlint_ruler: spaCy's SpanRuler, with token patterns run by TokenMatcher.

Lexicons still go through the SpanRuler's PhraseMatcher; token patterns are
matched by matcher.TokenMatcher, which gives the same matches faster. They are
not added to the SpanRuler's own Matcher, which nothing here calls: loader.py
has already checked each against spaCy's token pattern schema, and building
that Matcher checked them again and compiled them all, about a tenth of the
pipeline's cold start.
"""
from __future__ import annotations

import warnings

from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Span

from .matcher import TokenMatcher


@Language.factory("planlint_ruler", default_config={"spans_key": "planlint", "phrase_matcher_attr": None,
                                                    "validate": False, "overwrite": False})
def make_ruler(nlp: Language, name: str, spans_key: str, phrase_matcher_attr, validate: bool, overwrite: bool):
    return PlanlintRuler(nlp, name, spans_key=spans_key, phrase_matcher_attr=phrase_matcher_attr,
                         validate=validate, overwrite=overwrite)


class PlanlintRuler(SpanRuler):
    def add_patterns(self, patterns) -> None:
        super().add_patterns([p for p in patterns if not isinstance(p["pattern"], list)])
        for entry in patterns:
            if isinstance(entry["pattern"], list):
                label, pattern_id = entry["label"], entry.get("id", "")
                key = self.nlp.vocab.strings.as_int(repr((label, pattern_id)))
                self._match_label_id_map[key] = {"label": label, "id": pattern_id}
                self._patterns.append(entry)
        self.token_matcher = TokenMatcher(
            self.nlp.vocab,
            [(repr((p["label"], p.get("id", ""))), p["pattern"]) for p in self._patterns if isinstance(p["pattern"], list)],
            validate=self.validate,
        )

    def match(self, doc):
        # SpanRuler.match with the token matcher swapped: the same spans, deduplicated and sorted alike.
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="\\[W036")
            matches = self.token_matcher(doc) + list(self.phrase_matcher(doc))
        labels = self._match_label_id_map
        return sorted({Span(doc, start, end, label=labels[m]["label"], span_id=labels[m]["id"])
                       for m, start, end in matches if start != end})
