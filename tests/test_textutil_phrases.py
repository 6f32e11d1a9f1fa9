"""longest_phrase gives what a scan of the table in order gives: the longest
phrase found at word boundaries, the first in the table on a tie."""
import random

from planlint import loader
from planlint.textutil import _content, exact_phrase, longest_phrase


def _keys(table):
    """The table's phrases as the scan compares them, in the table's order."""
    return [(kind, f" {key} ", len(key))
            for kind, phrases in table.items() for key in filter(None, map(_content, phrases))]


def _scan(text, keys):
    norm = f" {_content(text)} "
    best, best_len = None, 0
    for kind, key, size in keys:
        if size > best_len and key in norm:
            best, best_len = kind, size
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
        keys = _keys(table)
        for text in texts:
            want = _scan(text, keys)
            assert longest_phrase(text, table) == want, text
            assert exact_phrase(text, table) == (want[0] if want[0] and want[1] == len(_content(text)) else None)
            checked += want[0] is not None
    assert checked > 2000
