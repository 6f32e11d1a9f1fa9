"""planlint_ruler: spaCy's SpanRuler with faster matchers in place of its own.

Lexicons (phrases on lemmas) are matched by phrases.PhraseTrie and token
patterns by matcher.TokenMatcher; each gives the matches SpanRuler's
PhraseMatcher and Matcher would (tests/test_ruler.py, tests/test_matcher.py).
Neither pattern kind is added to SpanRuler's own matchers, which nothing here
calls: loader.py has already checked each token pattern against spaCy's schema,
building that Matcher checked and compiled them all again (about a tenth of
the pipeline's cold start), and building the PhraseMatcher made a Doc for
every lexicon phrase (more than that).
"""
from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from .matcher import TokenMatcher
from .phrases import PhraseTrie
from .pipeline import MATCHES, MATCHES_KEY

if not Doc.has_extension(MATCHES):
    Doc.set_extension(MATCHES, default=None)


@Language.factory("planlint_ruler", default_config={"spans_key": "planlint", "phrase_matcher_attr": None,
                                                    "validate": False, "overwrite": False})
def make_ruler(nlp: Language, name: str, spans_key: str, phrase_matcher_attr, validate: bool, overwrite: bool):
    return PlanlintRuler(nlp, name, spans_key=spans_key, phrase_matcher_attr=phrase_matcher_attr,
                         validate=validate, overwrite=overwrite)


class PlanlintRuler(SpanRuler):
    def __init__(self, nlp: Language, name: str, **config) -> None:
        super().__init__(nlp, name, **config)
        self.phrases = PhraseTrie(nlp)

    def add_patterns(self, patterns) -> None:
        # Phrases on lemmas go to the PhraseTrie; SpanRuler's PhraseMatcher keeps any other attribute.
        on_lemmas = self.phrase_matcher_attr in ("LEMMA", LEMMA)
        super().add_patterns([p for p in patterns if isinstance(p["pattern"], str) and not on_lemmas])
        for entry in patterns:
            if isinstance(entry["pattern"], list) or on_lemmas and isinstance(entry["pattern"], str):
                label, pattern_id = entry["label"], entry.get("id", "")
                key = self.nlp.vocab.strings.add(repr((label, pattern_id)))
                self._match_label_id_map[key] = {"label": label, "id": pattern_id}
                self._patterns.append(entry)
                if isinstance(entry["pattern"], str):
                    self.phrases.add(key, entry["pattern"])
            elif not isinstance(entry["pattern"], str):
                raise ValueError(f"A pattern is a phrase or a list of token patterns, not {entry['pattern']!r}")
        self.token_matcher = TokenMatcher(
            self.nlp.vocab,
            [(repr((p["label"], p.get("id", ""))), p["pattern"]) for p in self._patterns if isinstance(p["pattern"], list)],
            validate=self.validate,
        )
        # match_id -> (label, id) as the hashes a Span stores, so spans are sorted before any is made.
        add = self.nlp.vocab.strings.add
        self._span_keys = {m: (add(v["label"]), add(v["id"])) for m, v in self._match_label_id_map.items()}

    def __call__(self, doc):
        # SpanRuler.__call__, keeping the tuples doc.spans is made from. They mirror
        # doc.spans only when the ruler's spans are all it holds: a new key, no filter.
        error_handler = self.get_error_handler()
        try:
            found = self._found(doc)
            mirror = bool(self.key) and self.key not in doc.spans and self.spans_filter is None
            self.set_annotations(doc, self._spans(doc, found))
            if mirror:
                doc.user_data[MATCHES_KEY] = found
            return doc
        except Exception as e:  # noqa: BLE001  as SpanRuler.__call__: the error handler decides
            return error_handler(self.name, self, [doc], e)

    def leave_matches(self, doc):
        """__call__ for the Analyser: the tuples under MATCHES_KEY, without doc.spans.
        planlint reads only the tuples, and making the Spans and their SpanGroup cost
        about as much as finding them (4.5 us of 8 for a two-word Doc). As __call__,
        an error propagates (spaCy's default error handler raises it)."""
        doc.user_data[MATCHES_KEY] = self._found(doc)
        return doc

    def match(self, doc):
        return self._spans(doc, self._found(doc))

    @staticmethod
    def _spans(doc, found):
        return [Span(doc, start, end, label=label, span_id=span_id) for start, end, label, span_id in found]

    def _found(self, doc) -> list[tuple[int, int, int, int]]:
        # SpanRuler.match with the token matcher swapped: the same spans, deduplicated and sorted alike.
        # Deduplicated and sorted as (start, end, label, id) before any Span is made: a Span
        # compares as (start_char, end_char, label, kb_id, id), which orders the same within
        # one Doc (tokens are never empty), and comparing Spans builds two tuples each time.
        # SpanRuler.match also silences W036 (a Matcher with no patterns), which neither of
        # these raises: TokenMatcher only calls its fallback Matcher when it has patterns.
        keys = self._span_keys
        return sorted({(start, end, *keys[m]) for m, start, end in
                       self.token_matcher(doc) + self.phrases(doc) + list(self.phrase_matcher(doc)) if start != end})
