"""longest_phrase gives what a scan of the table in order gives: the longest
phrase found at word boundaries, the first in the table on a tie."""
import random

from planlint import loader
from planlint.textutil import _content, exact_phrase, longest_phrase


def _scan(text, table):
    norm = f" {_content(text)} "
    best, best_len = None, 0
    for kind, phrases in table.items():
        for key in filter(None, map(_content, phrases)):
            if len(key) > best_len and f" {key} " in norm:
                best, best_len = kind, len(key)
    return best, best_len


def test_same_as_scanning_the_table():
    rng = random.Random(7)
    tables = [loader.phrase_table("sections.toml"), loader.phrase_table("columns.toml")]
    tables.append({"title": tables[0].get("title", ())})
    tables.append({"a": ("review", "next review date"), "b": ("review date", "Review"), "c": ("date of review",)})
    checked = 0
    for table in tables:
        phrases = [p for ps in table.values() for p in ps]
        words = sorted({w for p in phrases for w in p.split()} | {"the", "of", "1.", "(a)", "–", "Mum's", "don't", "&"})
        texts = phrases + [p.upper() + ":" for p in phrases]
        texts += [" ".join(rng.choice(phrases) for _ in range(rng.randint(2, 3))) for _ in range(800)]
        texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(1500)]
        for text in texts:
            assert longest_phrase(text, table) == _scan(text, table), text
            want = _scan(text, table)
            assert exact_phrase(text, table) == (want[0] if want[0] and want[1] == len(_content(text)) else None)
            checked += want[0] is not None
    assert checked > 2000
