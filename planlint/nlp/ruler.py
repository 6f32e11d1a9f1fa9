"""planlint_ruler: spaCy's SpanRuler, quicker to build, with token patterns run by TokenMatcher.

Lexicons (phrases on lemmas) go to SpanRuler's PhraseMatcher as the lemma
hashes phrases.PhraseLemmas reads, not as a Doc each (more than a tenth of the
pipeline's cold start); token patterns are matched by matcher.TokenMatcher,
which gives the Matcher's matches (tests/test_matcher.py) and are never added
to SpanRuler's own Matcher, which nothing here calls: loader.py has already
checked each against spaCy's schema, and building that Matcher checked and
compiled them all again (about a tenth of the pipeline's cold start).
"""
from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, Span

from .matcher import TokenMatcher
from .phrases import PhraseLemmas
from .pipeline import MATCHES, MATCHES_KEY

if not Doc.has_extension(MATCHES):
    Doc.set_extension(MATCHES, default=None)


@Language.factory("planlint_ruler", default_config={"spans_key": "planlint", "phrase_matcher_attr": None,
                                                    "validate": False, "overwrite": False})
def make_ruler(nlp: Language, name: str, spans_key: str, phrase_matcher_attr, validate: bool, overwrite: bool):
    return PlanlintRuler(nlp, name, spans_key=spans_key, phrase_matcher_attr=phrase_matcher_attr,
                         validate=validate, overwrite=overwrite)


class PlanlintRuler(SpanRuler):
    def add_patterns(self, patterns) -> None:
        # Phrases on lemmas go to SpanRuler's PhraseMatcher as lemma hashes (PhraseLemmas); on any
        # other attribute, SpanRuler adds them its own way.
        on_lemmas = self.phrase_matcher_attr in ("LEMMA", LEMMA)
        super().add_patterns([p for p in patterns if isinstance(p["pattern"], str) and not on_lemmas])
        lemmas = PhraseLemmas(self.nlp)
        phrases: dict[str, list[list[int]]] = {}  # key -> its phrases' lemma hashes, added once a key
        for entry in patterns:
            if isinstance(entry["pattern"], list) or on_lemmas and isinstance(entry["pattern"], str):
                label, pattern_id = entry["label"], entry.get("id", "")
                key = repr((label, pattern_id))
                self._match_label_id_map[self.nlp.vocab.strings.add(key)] = {"label": label, "id": pattern_id}
                self._patterns.append(entry)
                if isinstance(entry["pattern"], str):
                    phrases.setdefault(key, []).append(lemmas(entry["pattern"]))
            elif not isinstance(entry["pattern"], str):
                raise ValueError(f"A pattern is a phrase or a list of token patterns, not {entry['pattern']!r}")
        for key, keywords in phrases.items():
            self.phrase_matcher.add(key, keywords)
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
                       self.token_matcher(doc) + list(self.phrase_matcher(doc)) if start != end})
