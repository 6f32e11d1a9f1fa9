"""The "Why Kacper and Zofia have a plan" child-name pattern tests that the name is
none of its excluded words after the name rather than by a look-ahead before it
(which made re try it at every character): the same matches as the look-ahead."""
from __future__ import annotations

import random
import re
from pathlib import Path

import samples
from planlint.structure import facts

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"
_LOOK_AHEAD = re.compile(
    r"(?!(?:You|We|They|Both|All|Mum|Dad)\b)(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)\s+(?:and|&)\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"
    r"(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?\s+"
    r"(?:have|are)\s+(?:been\s+)?(?:on\s+|subject\s+to\s+)?(?:an?\s+)?(?:(?i:child protection|cp|child in need)\s+)?"
    r"(?i:plans?)\b")
_PATTERN = next(p for p in facts._CHILD_NAME if "(?<!You)" in p.pattern)


def _same(text: str) -> int:
    want = [(m.span(), m.groupdict()) for m in _LOOK_AHEAD.finditer(text)]
    assert [(m.span(), m.groupdict()) for m in _PATTERN.finditer(text)] == want, text
    return len(want)


def test_same_matches_on_sample_openings():
    for path in sorted(SAMPLES.glob("*.docx")):
        texts = [facts._block_text(b) for b in samples.read(path).blocks]
        head = "\n".join(texts).replace("*", "")
        _same(head)
        _same(head.title())


def test_same_matches_on_generated_texts():
    rng = random.Random(8)
    names = ["You", "Young", "Yo", "We", "Wes", "They", "Theya", "Both", "All", "Alla", "Mum", "Mumé", "Dad", "Dadß",
             "Kai", "Zofia", "ÉLa", "Éva", "YOU", "we", "Y", "BothYou", "KaiYou", "Kai-Dad"]
    glue = [" ", "  ", "\n", "", " x ", ", ", "'"]
    tails = ["and", "&", "have", "are", "been", "on", "subject to", "a", "an", "CP", "child protection", "plan",
             "plans", "PLANS", "Smith", "O'Neil"]
    found = 0
    for _ in range(40_000):
        words = [rng.choice(names), "and", rng.choice(names), *rng.sample(tails, rng.randint(0, 3)),
                 rng.choice(("have", "are")), rng.choice(("a", "an", "", "child protection")), "plan"]
        if rng.random() < 0.3:
            words[rng.randrange(len(words))] = rng.choice(names + tails)
        found += _same("".join(w + rng.choice(glue[:2] if rng.random() < 0.8 else glue) for w in words))
    assert found > 1_000
