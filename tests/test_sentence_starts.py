"""planlint_stem sets sentence starts exactly as spaCy's Sentencizer (default
punct_chars) would, on every block and cell of the sample plans and on
generated strings of punctuation, full stops and words."""
import random
from pathlib import Path

from spacy.pipeline import Sentencizer

import samples
from planlint.nlp.pipeline import get_nlp

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"


def _texts():
    texts = []
    for p in sorted(SAMPLES.glob("*.docx")):
        for b in samples.read(p).blocks:
            texts.append(b.text)
            if b.table:
                texts += [c for row in b.table.rows for c in row]
    rng = random.Random(12)
    pieces = [".", "!", "?", "...", "。", "？", "!?", ")", "(", "\"", "'", ",", ";", "-", "–", "•", "\n", "\n\n",
              "  ", "Mum", "will", "visit", "e.g.", "Dr.", "St.", "1.", "10/06/2025", "SW", "a.m.", "“", "”"]
    for _ in range(3000):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))))
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))))
    return texts


def test_sentence_starts_as_spacys_sentencizer():
    nlp = get_nlp()
    stem = nlp.get_pipe("planlint_stem")
    sentencizer = Sentencizer()
    seen = 0
    for text in _texts():
        ours, theirs = stem(nlp.make_doc(text)), sentencizer(nlp.make_doc(text))
        assert [t.sent_start for t in ours] == [t.sent_start for t in theirs], repr(text)
        assert [s.text for s in ours.sents] == [s.text for s in theirs.sents], repr(text)
        seen += sum(t.is_sent_start for t in ours)
    assert seen > 5000
