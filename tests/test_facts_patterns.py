"""Speed-ups of find_facts' patterns find exactly what the plain patterns find."""
import functools
import random
import re
from pathlib import Path

import samples
from planlint import readers
from planlint.structure import facts

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"
_INSIDE_A_WORD = "(?<![A-ZÀ-ÖØ-Þ])"


@functools.cache  # every sample plan read once for the tests (PDFs are slow to read)
def _texts() -> tuple[str, ...]:
    texts = ["\n".join(facts._block_text(b) for b in samples.read(p).blocks[:40])
             for p in sorted(SAMPLES.iterdir()) if p.suffix in readers.SUPPORTED_EXTENSIONS and p.stem != "README"]
    rng = random.Random(4)
    # Words, parent words and the characters where case-insensitive classes differ.
    pieces = ["Lee", "Smith", "lee", "SMITH", "Jo", "O'Brien", "McKay", "Zoë", "ßen", "ÿan", "Ÿves", "ẞen", "ſam", "Kai",
              "İpek", "mum", "Dad", "mother's partner", "step-dad", "the", "child's", "Amy's", "(", ")", ",", "-", "–",
              ":", " ", "  ", "\n", "'", "’", "a", "É", "×", "÷", "x", "1"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(30000)]
    return tuple(texts)


def test_parent_name_never_starts_inside_a_word():
    pattern = facts._PARENT_NAME[1]
    assert pattern.pattern.startswith(_INSIDE_A_WORD)
    plain = re.compile(pattern.pattern[len(_INSIDE_A_WORD):], pattern.flags)
    found = 0
    for text in _texts():
        want = [(m.span(), m.group("n")) for m in plain.finditer(text)]
        assert [(m.span(), m.group("n")) for m in pattern.finditer(text)] == want, text
        found += len(want)
    assert found > 1000


def test_named_then_parent_as_finditer():
    # _named_then_parent tries the second parent pattern only before a delimiter its tail follows from.
    pattern = facts._PARENT_NAME[1]
    found = 0
    for text in _texts():
        want = [(m.span(), m.group("n")) for m in pattern.finditer(text)]
        assert [(m.span(), m.group("n")) for m in facts._named_then_parent(text)] == want, text
        found += len(want)
    assert found > 1000


def test_related_as_finditer():
    # _related tries the relation pattern only before a relation word its tail matches from.
    from planlint.nlp.cues import folds_into_ascii

    rng = random.Random(6)
    pieces = ["Lee", "Smith", "Zara Begum", "Jo-Ann", "O’Neil", "|", " | ", "Subject child", "child", "son", "Son",
              "daughter", "baby", "Baby", "brother", "half-brother", "sister", "mum", "Mum", "Dad", "mother's partner",
              "step-dad", "(", ",", "–", "-", " ", "\t", "\n", "Protection", " protection", " care", "ſon", "İ", "x", "2",
              "(36)", " (4)", "(", ")", "17"]
    texts = list(_texts()[:200]) + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(30000)]
    found = 0
    for text in texts:
        low = None if folds_into_ascii(text) else text.lower()
        want = [(m.span(), m.group("n"), m.group("rel")) for m in facts._RELATION.finditer(text)]
        assert [(m.span(), m.group("n"), m.group("rel")) for m in facts._related(text, low)] == want, text
        found += len(want)
    assert found > 1000


def test_possessive_names_match_as_the_plain_patterns():
    # Each child-name pattern whose name is read possessively ("++") finds what its "+" form finds.
    name = "(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]++)"
    possessive = [p for p in facts._CHILD_NAME if name in p.pattern]
    assert len(possessive) == 7
    rng = random.Random(8)
    pieces = ["Kai", "Poppy", "Smith", "HOLLINS", "McKay", "Zoë", "ÿan", "Ÿves", " ", "  ", "\n", ",", "(", ")", "is", "was",
              "born", "aged", "who is", "now", "3", "12", "years", "old", "has", "a", "child protection", "plan", "and",
              "&", "Mum", "You", "dob", "DOB", "x", "é", "ß", "'s", "-"]
    texts = list(_texts()) + ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 12)))
                        for _ in range(30000)]
    for pattern in possessive:
        assert not pattern.flags & re.I
        plain = re.compile(pattern.pattern.replace(name, name.replace("++", "+")), pattern.flags)
        found = 0
        for text in texts:
            want = [(m.span(), m.group("n")) for m in plain.finditer(text)]
            assert [(m.span(), m.group("n")) for m in pattern.finditer(text)] == want, (pattern.pattern, text)
            found += len(want)
        assert found > 10, pattern.pattern


def test_line_patterns_as_finditer():
    # _finditer_lines tries a pattern opening with ^ under re.M only where a line starts.
    patterns = [facts._CHILD_NAME[i] for i in sorted(facts._LINE_PATTERNS)] + [facts._CHILDREN_LINE]
    assert len(patterns) == 11
    rng = random.Random(9)
    pieces = ["Plan", "plan", "Conference", "minutes", "Re:", "re", "Subject:", "Name:", "Children:", "child", "Kai",
              "Poppy", "Smith", "'s", "’s", "and", "&", ":", " : ", "-", "–", ",", "7", " years", "\n", "\n\n", " ",
              "*", "•", "x", "İ", "é", "\nRe: Kai and Poppy", "\nPlan: Kai Smith", "\nKai Smith, 7, Year 2",
              "\nKai and Poppy's plan", "\nKai's new plan", "\nRe: Kai Smith and Poppy",
              "\nKai Smith    7   Year 2", "\nKai Smith 7 Year 2", "  ", "Year 2"]
    texts = list(_texts()) + ["".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 14)))
                        for _ in range(30000)]
    for pattern in patterns:
        found = 0
        for text in texts:
            want = [m.span() for m in pattern.finditer(text)]
            assert [m.span() for m in facts._finditer_lines(pattern, text)] == want, (pattern.pattern, text)
            assert all(end > start for start, end in want)
            found += len(want)
        assert found > 10, pattern.pattern
