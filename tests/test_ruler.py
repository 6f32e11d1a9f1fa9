"""planlint_ruler's spans are exactly those SpanRuler.match would give.

PlanlintRuler.match deduplicates and sorts plain tuples before making Spans;
the reference here is spaCy's own way: a set of Spans, sorted.
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


def test_spans_as_span_ruler_sorts_them():
    nlp = get_nlp()
    ruler = nlp.get_pipe("planlint_ruler")
    texts = [b.text for p in sorted(SAMPLES.glob("*.docx")) for b in samples.read(p).blocks if b.text]
    texts += ["", " ", "Mum will not  attend ; weekly visits by the SW", "no later than 30 April 2025 (HV)"]
    seen = 0
    for text in texts:
        doc = nlp.make_doc(text)
        for name, proc in nlp.pipeline:
            if name == "planlint_ruler":
                break
            doc = proc(doc)
        got, want = ruler.match(doc), _reference(ruler, doc)
        assert [(s.start, s.end, s.label, s.id) for s in got] == [(s.start, s.end, s.label, s.id) for s in want], text
        seen += len(got)
    assert seen > 1000


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
