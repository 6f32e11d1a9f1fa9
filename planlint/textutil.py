"""Small text helpers shared by the readers and the structure layer."""
from __future__ import annotations

import re

from . import loader

_NUMBERING = re.compile(r"^\s*((section|part|step|stage)\s+)?([0-9]+(\.[0-9]+)*|[a-z]|[ivx]+)[.):]\s+", re.I)
_PUNCT = re.compile(r"[^\w\s'/&-]+")
_SPACE = re.compile(r"\s+")
_CONTRACTIONS = {"'ll": " will", "'re": " are", "'ve": " have", "n't": " not"}
_CONTRACTION = re.compile(r"'ll\b|'re\b|'ve\b|n't\b", re.I)
EMPTY_CELL = {"", "-", "–", "—", "n/a", "na", "none", "nil", "?", "x", "tbc?"}


def normalise(text: str) -> str:
    """Lower case, curly quotes straightened, numbering and punctuation dropped."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    text = _NUMBERING.sub("", text.strip())
    text = _CONTRACTION.sub(lambda m: _CONTRACTIONS[m.group(0).lower()], text)
    text = _PUNCT.sub(" ", text.lower())
    return _SPACE.sub(" ", text).strip()


# Words a heading or column header may add or drop without changing its meaning
# ("Reason for the plan" = "Reason for plan").
_FILLER = {"the", "a", "an", "of", "for", "to", "our", "your", "my", "this", "these", "and", "&", "in"}


def _content(text: str) -> str:
    return " ".join(w for w in normalise(text).split() if w not in _FILLER)


def longest_phrase(text: str, table: dict[str, tuple[str, ...]]) -> tuple[str | None, int]:
    """The kind whose phrase, found at word boundaries in text, is longest.

    Filler words are ignored on both sides, so synonyms match however a
    template words them.
    """
    norm = f" {_content(text)} "
    best, best_len = None, 0
    for kind, keys in _keys(table):
        for key in keys:
            if len(key) > best_len and f" {key} " in norm:
                best, best_len = kind, len(key)
    return best, best_len


def exact_phrase(text: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The kind one of whose phrases is the whole of text (filler aside)."""
    kind, length = longest_phrase(text, table)
    return kind if kind and length == len(_content(text)) else None


_KEY_CACHE: dict[int, tuple] = {}


def _keys(table: dict[str, tuple[str, ...]]) -> tuple:
    """The table's phrases, normalised once (tables come from loader's cache and live for the process)."""
    cached = _KEY_CACHE.get(id(table))
    if cached is None or cached[0] is not table:
        keys = tuple((kind, tuple(k for k in map(_content, phrases) if k)) for kind, phrases in table.items())
        cached = _KEY_CACHE[id(table)] = (table, keys)
    return cached[1]


def is_empty_cell(text: str) -> bool:
    return normalise(text) in EMPTY_CELL or not text.strip(" -–—.")


# "The health visitor (Jo Hill) will:" / "Mum to:" introduces the bullets under it.
LEAD_IN = re.compile(
    rf"^(?P<who>.{{1,80}}?)\s+(?:{loader.alternation('modals')}|to|needs? to|(?:is|are) to|agreed to)\s*:?$", re.I
)
