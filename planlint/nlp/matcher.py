"""Token patterns matched as spaCy's Matcher would, at a fraction of its cost.

spaCy's Matcher evaluates every IN and REGEX predicate of every pattern on
every token: over half of a lint went there. Here each token's predicates
depend only on its word (lexeme), so each distinct word is tested once and
its results kept as a bitmask; all patterns then run together as one
automaton over those masks, from each word, so a word that can begin no
pattern costs one test and any other a lookup per step. Matches are every (start, end) a pattern spans, as the Matcher
returns them without `greedy`; tests/test_matcher.py checks that both give
exactly the same matches.

Patterns using anything outside the small language our patterns use go to a
spaCy Matcher instead, so a rule pack can use all of spaCy's pattern syntax.
"""
from __future__ import annotations

import re

from spacy.matcher import Matcher

from .stem import words as stem_words

# Lexeme attributes: a word's value never depends on its context.
_STRING_ATTRS = {"TEXT": "orth_", "ORTH": "orth_", "LOWER": "lower_"}
_FLAG_ATTRS = {"IS_ALPHA": "is_alpha", "IS_DIGIT": "is_digit", "IS_PUNCT": "is_punct", "IS_TITLE": "is_title",
               "IS_UPPER": "is_upper", "IS_LOWER": "is_lower", "LIKE_NUM": "like_num"}
_OPS = {"1", "?", "*", "+"}
_MAX_WORDS = 200_000  # words remembered before the cache starts again
_MAX_STATES = 50_000  # automaton states remembered before they are learnt again


def _predicate(attr: str, value):
    """A test of one lexeme, or None if this matcher does not handle it."""
    if attr in _FLAG_ATTRS and isinstance(value, bool):
        name = _FLAG_ATTRS[attr]
        return lambda lex: getattr(lex, name) == value
    if attr not in _STRING_ATTRS:
        return None
    name = _STRING_ATTRS[attr]
    if isinstance(value, str):
        return lambda lex: getattr(lex, name) == value
    if not isinstance(value, dict) or len(value) != 1:
        return None
    (kind, arg), = value.items()
    if kind == "IN" and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
        words = frozenset(arg)
        return lambda lex: getattr(lex, name) in words
    if kind == "NOT_IN" and isinstance(arg, list) and all(isinstance(a, str) for a in arg):
        words = frozenset(arg)
        return lambda lex: getattr(lex, name) not in words
    if kind == "REGEX" and isinstance(arg, str):
        search = re.compile(arg).search
        return lambda lex: bool(search(getattr(lex, name)))
    return None


def _compile(pattern: list[dict], specs: dict, tests: list):
    """[(bit, op)] with "+" as "1" then "*", or None if not handled here."""
    elements = []
    for token in pattern:
        op = token.get("OP", "1")
        conditions = {k: v for k, v in token.items() if k != "OP"}
        if op not in _OPS:
            return None
        preds = [_predicate(k, v) for k, v in conditions.items()]
        if None in preds:
            return None
        key = repr(sorted(conditions.items()))
        if key not in specs:
            specs[key] = 1 << len(tests)
            # A test of one condition is its predicate: each new word runs every test, and
            # all() over a generator doubled the cost of one (~35 of 70 us a word).
            tests.append(_word_list(conditions) or (preds[0] if len(preds) == 1 else
                                                    lambda lex, preds=preds: all(p(lex) for p in preds)))
        bit = specs[key]
        elements.extend([(bit, "1"), (bit, "*")] if op == "+" else [(bit, op)])
    return tuple(elements)


def _word_list(conditions: dict):
    """(lexeme attribute, words) when the test is only "this attribute is one of
    these words": such tests are answered by one lookup per attribute."""
    if len(conditions) != 1:
        return None
    (attr, value), = conditions.items()
    if attr not in _STRING_ATTRS:
        return None
    words = [value] if isinstance(value, str) else value.get("IN") if isinstance(value, dict) and len(value) == 1 else None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        return None
    return _STRING_ATTRS[attr], frozenset(words)


def _closure(patterns, states) -> frozenset:
    """States reachable without consuming a token (skipping ? and *); a state is
    (pattern index, element index), and len(elements) is a pattern's end."""
    out = set()
    for p, k in states:
        elements = patterns[p][1]
        while True:
            out.add((p, k))
            if k == len(elements) or elements[k][1] not in "?*":
                break
            k += 1
    return frozenset(out)


class TokenMatcher:
    """Call with a Doc: (match_id, start, end) for every match, like spaCy's Matcher."""

    def __init__(self, vocab, patterns: list[tuple[str, list[dict]]], validate: bool = True):
        self.vocab = vocab
        specs: dict[str, int] = {}
        self._tests: list = []
        self._patterns = []  # (match_id, elements)
        self._fallback = Matcher(vocab, validate=validate)
        for key, pattern in patterns:
            elements = _compile(pattern, specs, self._tests)
            if elements is None:
                self._fallback.add(key, [pattern])
            else:
                self._patterns.append((vocab.strings.add(key), elements))
        self._index: dict[str, dict[str, int]] = {}  # lexeme attribute -> word -> bits of its word-list tests
        self._others = []  # (bit, test) for every other test
        for i, test in enumerate(self._tests):
            if callable(test):
                self._others.append((1 << i, test))
            else:
                words = self._index.setdefault(test[0], {})
                for word in test[1]:
                    words[word] = words.get(word, 0) | 1 << i
        # A word's kind numbers its mask, the bits of the tests it passes: the automaton
        # steps on kinds, small ints that hash and compare faster than masks of ~300 bits.
        self._kinds: dict[int, int] = {}  # orth -> kind
        self._kind_of: dict[int, int] = {}  # mask -> kind
        self._kind_masks: list[int] = []  # kind -> mask
        self._opens: list[bool] = []  # kind -> whether it passes a test some pattern opens with
        self._forget_moves()
        # The tests a word must pass to begin a match: most words pass some test (IS_ALPHA,
        # NOT_IN) but none a pattern opens with, and the start state's move on them is dead.
        self._first = 0
        for p, k in self._states[1]:
            elements = self._patterns[p][1]
            if k != len(elements):
                self._first |= elements[k][0]

    def _forget_moves(self) -> None:
        # All patterns run as one automaton whose states are sets of (pattern,
        # element) and are numbered as met: 0 is the dead state, 1 the start.
        # Its moves are learnt as words are met, so a warm step is one lookup.
        self._state_ids: dict[frozenset, int] = {}
        self._states: list[frozenset] = []
        self._moves: list[dict[int, tuple[int, tuple[int, ...]]]] = []
        self._state(frozenset())
        self._state(_closure(self._patterns, {(p, 0) for p in range(len(self._patterns))}))

    def _state(self, states: frozenset) -> int:
        found = self._state_ids.get(states)
        if found is None:
            found = self._state_ids[states] = len(self._states)
            self._states.append(states)
            self._moves.append({})
        return found

    def _move(self, state: int, kind: int) -> tuple[int, tuple[int, ...]]:
        """The state after a word of this kind, and the match_ids of the patterns it completes."""
        mask = self._kind_masks[kind]
        step = set()
        for p, k in self._states[state]:
            elements = self._patterns[p][1]
            if k != len(elements):
                bit, op = elements[k]
                if mask & bit:
                    step.add((p, k if op == "*" else k + 1))
        after = _closure(self._patterns, step)
        ended = tuple(self._patterns[p][0] for p, k in sorted(after) if k == len(self._patterns[p][1]))
        return self._state(after), ended

    def _mask(self, orth: int) -> int:
        lex = self.vocab[orth]
        mask = 0
        for attr, words in self._index.items():
            mask |= words.get(getattr(lex, attr), 0)
        for bit, test in self._others:
            if test(lex):
                mask |= bit
        return mask

    def _kind(self, orth: int) -> int:
        mask = self._mask(orth)
        kind = self._kind_of.get(mask)
        if kind is None:
            kind = self._kind_of[mask] = len(self._kind_masks)
            self._kind_masks.append(mask)
            self._opens.append(bool(mask & self._first))
        return kind

    def kinds(self, doc) -> list[int]:
        cache = self._kinds
        if len(cache) > _MAX_WORDS:
            cache.clear()
        out = []
        known = stem_words(doc)  # planlint_stem's read of the words, when it has run
        for orth in known[0] if known is not None else doc.to_array("ORTH").tolist():
            kind = cache.get(orth)
            if kind is None:
                kind = cache[orth] = self._kind(orth)
            out.append(kind)
        return out

    def __call__(self, doc) -> list[tuple[int, int, int]]:
        matches = list(self._fallback(doc)) if len(self._fallback) else []
        kinds = self.kinds(doc)
        if len(self._states) > _MAX_STATES:
            self._forget_moves()
        moves, n, opens = self._moves, len(kinds), self._opens
        for start, kind in enumerate(kinds):
            if not opens[kind]:
                continue  # a word that passes none of the tests patterns open with begins no match
            state, j = 1, start
            while state and j < n:
                kind = kinds[j]
                move = moves[state].get(kind)
                if move is None:
                    move = moves[state][kind] = self._move(state, kind)
                state, ended = move
                j += 1
                for match_id in ended:
                    matches.append((match_id, start, j))
        return matches
