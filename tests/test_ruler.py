"""planlint_ruler's spans are exactly those SpanRuler.match would give.

PlanlintRuler.match deduplicates and sorts plain tuples before making Spans;
the reference here is spaCy's own way: a set of Spans, sorted. Its lexicon
phrases, added as lemma hashes, match as phrases added as Docs do (its
TokenMatcher finds what the Matcher finds: tests/test_matcher.py).
"""
from pathlib import Path

from spacy.tokens import Span

import samples
from planlint.nlp.pipeline import MATCHES_KEY, SPANS_KEY, _to_mentions, get_nlp

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"


def _reference(ruler, doc):
    labels = ruler._match_label_id_map
    matches = ruler.token_matcher(doc) + list(ruler.phrase_matcher(doc))
    return sorted({Span(doc, start, end, label=labels[m]["label"], span_id=labels[m]["id"])
                   for m, start, end in matches if start != end})


def _stemmed(nlp, text):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "planlint_ruler":
            break
        doc = proc(doc)
    return doc


def test_spans_as_span_ruler_sorts_them():
    nlp = get_nlp()
    ruler = nlp.get_pipe("planlint_ruler")
    texts = [b.text for p in sorted(SAMPLES.glob("*.docx")) for b in samples.read(p).blocks if b.text]
    texts += ["", " ", "Mum will not  attend ; weekly visits by the SW", "no later than 30 April 2025 (HV)"]
    seen = 0
    for text in texts:
        doc = _stemmed(nlp, text)
        got, want = ruler.match(doc), _reference(ruler, doc)
        assert [(s.start, s.end, s.label, s.id) for s in got] == [(s.start, s.end, s.label, s.id) for s in want], text
        seen += len(got)
    assert seen > 1000


def test_phrases_added_as_lemmas_match_as_phrases_added_as_docs():
    """planlint_ruler gives its PhraseMatcher each lexicon phrase as lemma hashes (PhraseLemmas),
    not as a Doc: on every sample plan's text, every lexicon phrase (as written, capitalised,
    in capitals and in a sentence) and awkward strings, it finds exactly what a PhraseMatcher
    built as SpanRuler builds it (each phrase through the pipeline) finds."""
    import spacy

    from planlint import loader

    nlp = get_nlp()
    ruler = nlp.get_pipe("planlint_ruler")
    reference = spacy.blank("en")
    reference.add_pipe("planlint_stem")
    spacy_ruler = reference.add_pipe("span_ruler", config={"phrase_matcher_attr": "LEMMA"})
    spacy_ruler.add_patterns([p for p in ruler.patterns if isinstance(p["pattern"], str)])
    texts = [b.text for p in sorted(SAMPLES.glob("*.docx")) for b in samples.read(p).blocks if b.text]
    phrases = [p for ps in loader.lexicons(()).values() for p in ps]
    texts += [t for p in phrases for t in (p, p.title(), p.upper(), f"Mum said the {p}'s were seen, not {p}s.")]
    texts += ["", " ", "self harm, self-harm and self - harm", "can't, cannot, don't and do n't", "Co-ordinator's",
              "seen in cars, in care and caring"]
    seen = 0
    for text in texts:
        doc = _stemmed(nlp, text)
        got = sorted(set(ruler.phrase_matcher(doc)))
        assert got == sorted(set(spacy_ruler.phrase_matcher(doc))), text
        seen += len(got)
    assert seen > 5000


def test_kept_matches_mirror_doc_spans_and_give_the_same_mentions():
    """The tuples the ruler leaves for later readers (pipeline.MATCHES) say what
    doc.spans says after the whole pipeline, the context component's removals
    included, and mentions read from them equal mentions read from doc.spans."""
    nlp = get_nlp()
    texts = [b.text for p in sorted(SAMPLES.glob("*.docx")) for b in samples.read(p).blocks if b.text]
    texts += ["", "Mum will not attend; weekly visits by the conference chair", "no later than 30 April (HV)"]
    for text in texts:
        doc = nlp(text)
        kept = doc.user_data[MATCHES_KEY]
        assert kept == [(s.start, s.end, s.label, s.id) for s in doc.spans[SPANS_KEY]], text
        offsets, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist() if len(doc) else ([], [])
        from_kept = _to_mentions(doc, text, offsets, lengths, {})
        del doc.user_data[MATCHES_KEY]
        assert from_kept == _to_mentions(doc, text, offsets, lengths, {}), text


def test_analyser_without_doc_spans_gives_the_mentions_of_the_whole_pipeline():
    """The Analyser's ruler leaves only its tuples (PlanlintRuler.leave_matches):
    its mentions and sentences equal those read from nlp(text)'s doc.spans."""
    from planlint.nlp.pipeline import Analyser

    nlp, analyser = get_nlp(), Analyser()
    texts = [b.text for p in sorted(SAMPLES.glob("*.docx")) for b in samples.read(p).blocks if b.text]
    texts += ["Mum will not attend; weekly visits by the conference chair", "no later than 30 April (HV)"]
    for text in texts:
        doc = nlp(text)
        del doc.user_data[MATCHES_KEY]  # mentions from doc.spans
        offsets, lengths = doc.to_array(["IDX", "LENGTH"]).T.tolist() if len(doc) else ([], [])
        assert analyser.mentions(text) == _to_mentions(doc, text, offsets, lengths, {}), text
        assert analyser.sentences(text) == [s.text.strip() for s in doc.sents if s.text.strip()], text
