"""find_facts' fast paths give the answers of the plain code they shortcut."""
from __future__ import annotations

import random
import re
from pathlib import Path

import samples
from planlint.structure import facts

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"

_PIECES = [
    *facts._ONE_PARENT, "Mum", "MOTHER", "Step-Dad", "ſtepmum", "Dad's Partner", "mother’s partner",
    "Lee", "Smith", "Rosie's", "Ağa", "İlse", "ıda", "Kelly", "\u212aim",
    "(", ")", ":", "-", "–", ",", "*", " ", " ", "  ", "\n", ".", "'", "’", "the", "child's", "baby's",
]


def _texts(n: int, seed: int = 12):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) + rng.choice(("", " ", "")) for _ in range(rng.randint(1, 30)))


def test_parent_pattern_matches_as_without_its_initials_lookahead():
    fast = facts._PARENT_NAME[0]
    plain = re.compile(fast.pattern.replace(f"(?=[{facts._PARENT_INITIALS}])", "", 1), fast.flags)
    assert plain.pattern != fast.pattern
    for text in _texts(20_000):
        assert [(m.span(), m.group("n")) for m in fast.finditer(text)] == \
               [(m.span(), m.group("n")) for m in plain.finditer(text)], text


def _shouting_plain(text: str) -> bool:
    letters = "".join(filter(str.isalpha, text))
    return len(letters) >= 40 and sum(map(str.isupper, letters)) > 0.9 * len(letters)


def test_shouting_as_counting_every_letter():
    rng = random.Random(5)
    alphabet = "abcXYZ ÉéßŞşİı1-\n" + "ABCDEFGHIJ" * 3
    cases = ["", "a" * 39, "A" * 40, "A" * 36 + "a" * 4, "A" * 37 + "a" * 3, "CHILD 1: KAI KERR " * 5]
    cases += ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200))) for _ in range(20_000)]
    # Mostly capitals, with a few lower-case letters: near the 90% line.
    cases += ["".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 9 + "abcé ") for _ in range(rng.randint(30, 120)))
              for _ in range(20_000)]
    for text in cases:
        assert facts._shouting(text) == _shouting_plain(text), text


def test_child_name_patterns_match_only_text_holding_their_strings():
    # find_facts skips a pattern whose strings its lower-cased opening lacks.
    rng = random.Random(9)
    needs = sorted({s for sets in facts._CHILD_NAME_NEEDS for n in sets for s in n})
    phrases = ["Child: Kai", "Name of the child: Kai", "baby Poppy", "Kai (aged 4)", "plan for Kai",
               "conference about Kai", "Kai is 3 years old", "Kai Reed was born", "Plan – Ava Leung",
               "Re: Zara and Adam", "Name: Kayden", "Jacob, aged 6", "his sister Poppy", "young person - Mia"]
    pieces = [*needs, *phrases, *(p.upper() for p in phrases), *(p.lower() for p in phrases),
              "Kai", "Poppy Callaghan", ":", " - ", "(", "\n", " and ", ", ", " "]
    matched = 0
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        low = text.lower()
        for pattern, sets in zip(facts._CHILD_NAME, facts._CHILD_NAME_NEEDS):
            if sets and pattern.search(text):
                matched += 1
                for strings in sets:
                    assert any(s in low for s in strings), (pattern.pattern, strings, text)
    assert matched > 10_000


def test_every_child_name_pattern_has_a_prefilter():
    # A pattern added with no string every match needs would be run on every plan.
    assert all(facts._CHILD_NAME_NEEDS)
    # More than one set where a match needs strings from several parts ("child" and "name").
    assert frozenset({"name"}) in facts._CHILD_NAME_NEEDS[0]


def _kind_plain(label: str):
    for text in (label, label.partition(" ")[2]):
        kind = next((k for k, pattern in facts._KINDS.items() if re.match(pattern, text)), None)
        if kind:
            return kind
    return None


def test_kind_as_trying_each_pattern_in_turn():
    rng = random.Random(4)
    words = ["date", "of", "the", "next", "review", "conference", "meeting", "icpc", "rcpc", "plan", "social",
             "worker", "sw", "allocated", "team", "name", "category", "status", "type", "child", "children's",
             "young", "person", "baby", "locality", "service", "area", "legal", "core", "group", "key", "lead",
             "made", "agreed", "full", "names", "cp", "initial", "child protection", "x", "calderbrook"]
    labels = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(30_000)]
    labels += ["", " ", "date\n", "team\n", "review date", "date of next review", "service area", "status"]
    kinds = [facts._kind(label) for label in labels]
    assert kinds == [_kind_plain(label) for label in labels]
    assert len(set(kinds)) == len(facts._KINDS) + 1


def test_a_date_always_holds_a_digit():
    rng = random.Random(6)
    pieces = ["12", "1", "3rd", "March", "mar.", "Sept", "2025", "/", ".", "-", " ", "\n", "٣", "٢٠٢٥", "x", "review"]
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        if facts._DATE.search(text):
            assert facts._DIGIT.search(text), text


def _date_texts():
    rng = random.Random(7)
    pieces = ["12", "1", "3rd", "21st", "March", "mar.", "Sept", "2025", "2025-06-01", "/", ".", "-", " ", "\n", "٣",
              "٢٠٢٥", "x", "_", "a1", "é", "ſ", "İ", "K", "review", "Review Conference", "RCPC", "next review",
              "review date", "Date of plan", "date", "DATE:", ":", "–", "conference"]
    lines = [line for p in sorted(SAMPLES.glob("*.docx"))[::3] for b in samples.read(p).blocks
             for line in facts._block_text(b).splitlines()]
    return lines + ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(30_000)]


def test_date_pattern_matches_as_the_plain_one():
    # the pattern as it was written before it opened with the digit
    plain = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th)?\s+" + facts.loader.month_pattern()
                       + r"\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{4}-\d{2}-\d{2})", re.I)
    found = 0
    for text in _date_texts():
        got = [(m.span(), m.group(1)) for m in facts._DATE.finditer(text)]
        assert got == [(m.span(), m.group(1)) for m in plain.finditer(text)], text
        found += len(got)
    assert found > 2_000


def test_review_and_plan_date_as_their_search():
    from planlint.nlp.cues import folds_into_ascii

    found = 0
    for text in _date_texts():
        low = None if folds_into_ascii(text) else text.lower()
        for pattern in (facts._REVIEW, facts._PLAN_DATE):
            want = pattern.search(text)
            got = facts._search_holding(pattern, text, low)
            assert (got and got.span()) == (want and want.span()), text
            found += bool(want)
    assert found > 1_000


def test_capital_pattern_matches_as_the_plain_one():
    # the pattern as it was written before it opened with the capital (and "Reach" of "In-Reach" no name)
    plain = re.compile(r"(?<![.!?:;|]\s)(?<!-)(?<!^)\b([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})\b")
    rng = random.Random(8)
    pieces = ["Kai", "Poppy", "ÉLodie", "Émile", "Ab", "Abc", "abc", "ÞÓr", "ßen", ".", "!", "?", ":", ";", "|", " ",
              "  ", "\n", "\t", "-", "'", "’", "1", "_", "Xyz", "ÀÀa", "×a", "Øle", "de"]
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 16)))
        got = [(m.span(), m.group(1)) for m in facts._CAPITAL.finditer(text)]
        assert got == [(m.span(), m.group(1)) for m in plain.finditer(text)], text
        found += len(got)
    assert found > 10_000


def _started_patterns():
    return ([(facts._CHILD_NAME[i], starts) for i, starts in facts._CHILD_NAME_STARTS.items()]
            + [(facts._PARENT_NAME[i], starts) for i, starts in facts._PARENT_NAME_STARTS.items()])


def _opening_texts():
    for path in sorted(SAMPLES.glob("*.docx")):
        texts = [facts._block_text(b) for b in samples.read(path).blocks]
        head = "\n".join(texts[:40]).replace("*", "")
        yield head
        yield head.title()
    rng = random.Random(10)
    words = sorted({w for _, starts in _started_patterns() for w in starts})
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), *_PIECES, "Kai", "Poppy Reed",
              "names", "name", "Full", ":", " - ", "–", "aged", "(", "\n", "ſ", "İ", "Child's", "sister", "son",
              "conference about", "for baby", "Kelly's mum", "wants for", "We hope for", "wishes"]
    for _ in range(20_000):
        yield "".join(rng.choice(pieces) + rng.choice(("", " ")) for _ in range(rng.randint(1, 16)))


def _prefixes(items, c) -> set[str]:
    """Strings, one of which every match of the parsed sequence starts with."""
    items = list(items)
    while items and items[0][0] in (c.AT, c.ASSERT, c.ASSERT_NOT):
        items = items[1:]  # zero-width: a look-ahead or \\b consumes nothing
    if not items:
        return {""}
    op, av = items[0]
    if op is c.LITERAL:
        return {chr(av) + p for p in _prefixes(items[1:], c)}
    if op is c.SUBPATTERN:
        return _prefixes([*av[-1], *items[1:]], c)
    if op is c.BRANCH:
        return {p for alternative in av[1] for p in _prefixes([*alternative, *items[1:]], c)}
    return {""}  # a class, a repeat: what follows is not known


def test_every_match_of_a_started_pattern_opens_with_a_start():
    # From the parsed pattern, so a word added to a pattern's opening without its start fails here.
    from re import _constants, _parser

    for pattern, starts in _started_patterns():
        prefixes = _prefixes(_parser.parse(pattern.pattern, pattern.flags), _constants)
        assert all(p.lower().startswith(starts) for p in prefixes), (pattern.pattern, prefixes, starts)


def test_patterns_with_starts_match_as_finditer():
    from planlint.nlp.cues import folds_into_ascii

    matched = 0
    for text in _opening_texts():
        low = None if folds_into_ascii(text) else text.lower()
        for pattern, starts in _started_patterns():
            want = [(m.span(), m.group("n")) for m in pattern.finditer(text)]
            for m in pattern.finditer(text) if low is not None else ():
                assert m.group().lower().startswith(starts), (pattern.pattern, m.group())
            assert [(m.span(), m.group("n")) for m in facts._finditer(pattern, text, low, starts)] == want, \
                (pattern.pattern, text)
            matched += len(want)
    assert matched > 2_000


def test_after_a_parent_as_its_pattern():
    rng = random.Random(21)
    names = ["Mia", "Jayden", "Ann", "Anna", "O'Neil", "Zoë", "_Al", "Mia2", "Baby", "Piotr", "Anne-Marie", "Mia "]
    pieces = [*names, " ", "  ", "\t", " \t ", "\n", ",", "-", "_", "2", "é", "ß", "Pike", "and", "for", "'", "’"]
    found = 0
    for _ in range(20_000):
        name = rng.choice(names)
        parents = set(rng.sample(names, rng.randint(1, 4))) - {name} or {"Pike"}  # never empty, as _only_a_surname calls it
        near = [rng.choice(sorted(parents)) + rng.choice(("", " ", "\t", "  ")) + name for _ in range(3)]
        text = "".join(rng.choice(pieces + near) for _ in range(rng.randint(0, 16)))
        want = bool(re.search(rf"\b(?:{'|'.join(map(re.escape, parents))})[ \t]+{re.escape(name)}\b", text))
        assert facts._after_a_parent(name, text, parents) == want, (name, text, parents)
        found += want
    assert found > 500
    # A third of the sample plans' texts (as _date_texts takes them), with their capitalised words as the names
    for plan in sorted(SAMPLES.glob("*.docx"))[::3]:
        text = "\n".join(facts._block_text(b) for b in samples.read(plan).blocks)
        words = sorted(set(re.findall(r"\b[A-Z][a-z]+\b", text)))
        for name in words[:40]:
            parents = set(words) - {name}
            want = bool(re.search(rf"\b(?:{'|'.join(map(re.escape, parents))})[ \t]+{re.escape(name)}\b", text))
            assert facts._after_a_parent(name, text, parents) == want, (plan.name, name)


def _only_a_surname_plain(name: str, text: str, parents: set[str]) -> bool:
    return bool(parents) and facts._after_a_parent(name, text, parents) and \
        not re.search(rf"\b{re.escape(name)}[ \t]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+", text)


def test_only_a_surname_as_searching_the_whole_text():
    # _only_a_surname tries its "Name Surname" pattern only where the name is written.
    rng = random.Random(33)
    names = ["Mia", "Pike", "Ann", "Anna", "O'Neil", "Zoë", "Baby", "Anne-Marie"]
    pieces = [*names, " ", "\t", "\n", ",", "-", "_", "2", "é", "Pike", "Nowak", "Éva", "and", "'", "’", "MiaPike"]
    found = 0
    for _ in range(20_000):
        name = rng.choice(names)
        parents = set(rng.sample(names, rng.randint(0, 3))) - {name}
        text = "".join(rng.choice(pieces) + rng.choice(("", " ", "")) for _ in range(rng.randint(0, 16)))
        want = _only_a_surname_plain(name, text, parents)
        assert facts._only_a_surname(name, text, parents) == want, (name, text, parents)
        found += want
    assert found > 20
    for plan in sorted(SAMPLES.glob("*.docx")):
        text = "\n".join(facts._block_text(b) for b in samples.read(plan).blocks)
        words = sorted(set(re.findall(r"\b[A-Z][a-z]+\b", text)))
        for name in words[:40]:
            parents = set(words[40:80]) - {name}
            assert facts._only_a_surname(name, text, parents) == _only_a_surname_plain(name, text, parents), plan.name
