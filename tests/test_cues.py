"""cues_in rules cues out by a substring test before searching: it must find
exactly what searching every cue's regular expression finds."""
from __future__ import annotations

import random

from planlint import loader
from planlint.nlp import cues


def every_cue(text: str, scope: str) -> frozenset[str]:
    return frozenset(name for name, (rx, of) in cues._cues().items() if of == scope and rx.search(text))


def test_cues_in_finds_what_searching_every_cue_finds():
    phrases = [p for ps in loader.lexicons().values() for p in ps]
    words = sorted({w for p in phrases for w in p.split()} | {
        "If", "CG", "CGM", "core", "group", "TBC", "review", "conference", "hopefully", "we", "hope", "that",
        "visit", "supervised", "Date", "of", "next", "will", "be", "booked", ",", ".", "ſupervised", "İf", "K",
    })
    rng = random.Random(12)
    texts = phrases + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))) for _ in range(5000)]
    texts += ["If Mum drinks, Sam will stay with Nan.", "CG3 on 4 May", "Core Group every 4 weeks",
              "We hope that Ryan will attend.", "Review conference: TBC", "ſupervised contact", "ＣＧ meeting"]
    texts += ["CPN to support Mum with her medication", "Talking therapies: CBT sessions weekly"]
    for scope in ("sentence", "work"):
        assert [cues.cues_in(t, scope) for t in texts] == [every_cue(t, scope) for t in texts]
    assert any(cues.cues_in(t, "work") for t in texts)


def test_every_cue_of_the_built_in_pack_has_a_prefilter_or_is_always_searched():
    for name, rx, needs in cues._scoped_cues("sentence") + cues._scoped_cues("work"):
        assert needs is None or (needs and all(s.isascii() and s == s.lower() for s in needs)), name
