"""The spaCy pipeline planlint runs: blank English, no trained weights.

    tokenizer -> planlint_stem (lemmas, and sentence starts as spaCy's Sentencizer sets them)
              -> planlint_ruler (lexicons + token patterns)
              -> planlint_context (negation / hypothetical / historical)

Every lexicon of the built-in and extra rule packs (see loader.py) becomes a
span label named after its file (professional_roles.txt -> PROFESSIONAL_ROLES);
token patterns come from models/patterns/*.jsonl and each pack's patterns/.
Results land in doc.spans["planlint"]. planlint_ruler is spaCy's SpanRuler
with token patterns matched by matcher.TokenMatcher (same matches, faster).
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter

from .. import loader
from ..model import Mention
from . import settled

SPANS_KEY = "planlint"
# The ruler's spans as (start, end, label, span_id) tuples, in doc.spans' order, kept
# under spaCy's key for a Doc extension (planlint_ruler sets it): the context component
# and the Analyser read them from here, since each read of doc.spans makes a Span (and
# two Tokens) per span.
MATCHES = "planlint_matches"
MATCHES_KEY = ("._.", MATCHES, None, None)


@lru_cache(maxsize=4)
def get_nlp(extra_packs: tuple[str, ...] = ()):
    import spacy

    from . import context, ruler, stem  # noqa: F401  registers planlint_context, _ruler and _stem

    settled()
    nlp = spacy.blank("en")
    nlp.add_pipe("planlint_stem")  # sentence starts too, as spaCy's sentencizer would set them
    span_ruler = nlp.add_pipe(
        "planlint_ruler",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LEMMA", "validate": True, "overwrite": False},
    )
    patterns = [
        {"label": name.upper(), "pattern": phrase}
        for name, phrases in loader.lexicons(extra_packs).items()
        for phrase in phrases
    ]
    patterns.extend(dict(p) for p in loader.token_patterns(extra_packs))
    span_ruler.add_patterns(patterns)
    nlp.add_pipe("planlint_context", config={"spans_key": SPANS_KEY})
    settled()
    return nlp


def _to_mentions(doc, text: str, offsets: list[int], lengths: list[int], labels: dict[int, str]) -> list[Mention]:
    found = doc.user_data.get(MATCHES_KEY)
    if found is None:  # spans the ruler did not leave as tuples (see MATCHES)
        spans = [(s.start, -s.end, s.label_, s.start_char, s.end_char) for s in doc.spans[SPANS_KEY]]
    else:
        # A span's start_char and end_char from its tokens' offsets (the ruler's spans are never empty).
        strings = doc.vocab.strings
        spans = [(start, -end, labels.get(label) or labels.setdefault(label, strings[label]),
                  offsets[start], offsets[end - 1] + lengths[end - 1]) for start, end, label, _ in found]
    spans.sort(key=_START_AND_LONGEST)  # (start, -end)
    # The tokenizer keeps the text whole (doc.text == text), so a span's text
    # is its slice of it: cheaper than Span.text, which joins its tokens.
    # span._.modifiers builds an Underscore object per read; the value lives in
    # doc.user_data under spaCy's key for a span extension (name, start_char, end_char).
    data = doc.user_data
    return [Mention(label, text[a:b], a, b, data.get(("._.", "modifiers", a, b), _NO_MODIFIERS))
            for _, _, label, a, b in spans]


_START_AND_LONGEST = itemgetter(0, 1)  # a span tuple's (start, -end), as s[:2] without a lambda
_NO_MODIFIERS: frozenset[str] = frozenset()  # the extension's default (context.py)
# One to_array call: each costs ~2 us, a plan stores ~80 Docs.
_OFFSETS_STARTS_AND_LENGTHS = ["IDX", "SENT_START", "LENGTH"]


class Analyser:
    """Turns text into Mentions and sentences, caching by text for one plan.

    Each analysed text also seeds the cache with its sentences, so checks
    that look sentence by sentence never run the pipeline twice.
    """

    def __init__(self, extra_packs: tuple[str, ...] = ()):
        self.nlp = get_nlp(tuple(extra_packs)) if extra_packs else get_nlp()
        # Each text goes through the components in turn, as nlp(text) does, but
        # without Language.__call__'s per-component bookkeeping (its pipeline list,
        # error-handler lookups, config dicts): a plan analyses ~80 short texts.
        self._make_doc = self.nlp.make_doc
        # The ruler leaves only its tuples (PlanlintRuler.leave_matches): nothing the
        # Analyser reads needs doc.spans. Its spans would mirror the tuples, as
        # test_ruler checks, since get_nlp's ruler has no filter and a new Doc no spans.
        self._components = tuple(proc.leave_matches if name == "planlint_ruler" else proc
                                 for name, proc in self.nlp.pipeline)
        self._labels: dict[int, str] = {}  # label hash -> label
        # planlint_stem's words(doc), imported with the pipeline (get_nlp), not with this module
        from .stem import words

        self._stem_words = words
        self._cache: dict[str, list[Mention]] = {}
        self._sents: dict[str, list[str]] = {}

    def start_document(self) -> None:
        """Forget the last plan's text: the cache is per plan, so a batch never grows it."""
        self._cache.clear()
        self._sents.clear()

    def prime(self, texts) -> None:
        todo = [t for t in dict.fromkeys(texts) if t and t not in self._cache]
        for text in todo:
            self._store(text, self._analyse(text))

    def _analyse(self, text: str):
        doc = self._make_doc(text)
        for component in self._components:
            doc = component(doc)
        return doc

    def _store(self, text: str, doc) -> None:
        # Sentences as doc.sents gives them, cut from the text by token offsets:
        # a sentence Span's text and offsets make a Token for each of its words.
        known = self._stem_words(doc)  # planlint_stem's read of the words and where sentences start
        if known is not None:
            _, offsets, lengths, firsts = known
            starts = firsts[1:]
        else:
            offsets, sent_starts, lengths = doc.to_array(_OFFSETS_STARTS_AND_LENGTHS).T.tolist()
            starts = [i for i, v in enumerate(sent_starts) if i and v == 1]
        mentions = _to_mentions(doc, text, offsets, lengths, self._labels)
        self._cache[text] = mentions
        sents = []
        mention_starts = None
        for first, after in zip([0, *starts], [*starts, len(doc)]):
            if first == after:
                continue  # an empty doc has no sentence
            sent = text[offsets[first]:offsets[after] if after < len(doc) else len(text)]
            stripped = sent.strip()
            if not stripped:
                continue
            sents.append(stripped)
            if stripped not in self._cache:
                start = offsets[first] + len(sent) - len(sent.lstrip())
                end = start + len(stripped)
                inside = []
                if mention_starts is None:
                    # Mentions are in start order: a sentence's are found from the first that starts in it.
                    mention_starts = [m.start for m in mentions]
                for m in mentions[bisect_left(mention_starts, start):]:
                    if m.start >= end:
                        break
                    if m.end <= end:
                        inside.append(Mention(m.label, m.text, m.start - start, m.end - start, m.modifiers))
                self._cache[stripped] = inside
        self._sents[text] = sents

    def mentions(self, text: str) -> list[Mention]:
        if text not in self._cache:
            self._store(text, self._analyse(text))
        return self._cache[text]

    def sentences(self, text: str) -> list[str]:
        if text not in self._sents:
            self._store(text, self._analyse(text))
        return self._sents[text]
