"""Named cues (rules/cues.toml): short patterns found once per sentence.

Sentence-level cues are recorded by name on the plan; clause-level cues
(conditions and what they say) become Conditions; work cues are looked for
only in what an action asks to be done. Checks read the names.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources

from .. import loader
from ..model import Condition

_WORD = re.compile(r"[A-Za-z']+")


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[re.Pattern, str]]:
    """Each cue's pattern and scope: "sentence", "clause" or "work"."""
    data = tomllib.loads(resources.files("planlint.packs").joinpath("cues.toml").read_text("utf-8"))
    return {
        name: (re.compile(loader.expand_text(body["pattern"], f"cues.toml [{name}]"),
                          re.I if body.get("ignore_case", True) else 0),
               "clause" if body.get("clause") else "work" if body.get("work") else "sentence")
        for name, body in data.items()
    }


def cue(name: str) -> re.Pattern:
    return _cues()[name][0]


@lru_cache(maxsize=None)
def _scoped_cues(scope: str) -> tuple[tuple[str, re.Pattern, frozenset[str] | None], ...]:
    return tuple((name, rx, required_strings(rx)) for name, (rx, of) in _cues().items() if of == scope)


def cues_in(text: str, scope: str = "sentence") -> frozenset[str]:
    """Names of the cues of a scope ("sentence" or "work") found in text."""
    found = _scoped_cues(scope)
    if folds_into_ascii(text):
        # Case-insensitive matching lets these match ASCII letters, which a
        # lower-cased substring test would miss: every cue is searched.
        return frozenset(name for name, rx, _ in found if rx.search(text))
    low = text.lower()
    openings = _cue_openings(scope)
    return frozenset(found[i][0] for i in _candidates(low, scope)
                     if _found(found[i][1], text, low, openings[i]))


def _candidates(low: str, scope: str) -> set[int]:
    """The places in _scoped_cues(scope) of the cues low may hold: those holding one of
    the strings their every match needs, and those needing none that can be told.

    Most cues are absent from most sentences: ruling a cue out by its strings (C speed)
    saves its regular expression a scan of every position. One scan of a trie of all
    the strings finds, at each place, the longest that starts there; the others that
    start there are its prefixes. (A substring test of each string was twice as slow.)"""
    scan, cues_of, always = _needs_scan(scope)
    candidates = set(always)
    for longest in set(scan.findall(low)):
        candidates |= cues_of[longest]
    return candidates


@lru_cache(maxsize=None)
def _needs_scan(scope: str) -> tuple[re.Pattern, dict[str, frozenset[int]], frozenset[int]]:
    found = _scoped_cues(scope)
    needs = _all_needs(scope)
    # (a lookahead consumes nothing, so finds that overlap are all seen)
    scan = re.compile(f"(?=({trie_pattern(needs)}))") if needs else re.compile(r"(?!)")
    cues_of = {s: frozenset(i for i, (_, _, wanted) in enumerate(found)
                            if wanted and any(s.startswith(t) for t in wanted)) for s in needs}
    return scan, cues_of, frozenset(i for i, (_, _, wanted) in enumerate(found) if wanted is None)


def trie_pattern(strings) -> str:
    """A regular expression matching exactly the given strings, written as a trie
    ("ab(?:c|d)" for "abc", "abd") so a failing place is left after one character,
    and greedy, so it matches the longest string starting at a place."""
    trie: dict = {}
    for s in strings:
        node = trie
        for ch in s:
            node = node.setdefault(ch, {})
        node[""] = {}

    def written(node: dict) -> str:
        branches = [re.escape(ch) + written(rest) for ch, rest in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return written(trie)


def _found(rx: re.Pattern, text: str, low: str, starts: tuple[str, ...] | None) -> bool:
    """Whether rx.search(text) finds a match, for a cue whose every match starts with
    one of `starts` in lower case: tried only where low (text.lower(), of text's
    length, and text free of _FOLDS_INTO_ASCII) has one of them. Most cues open with
    \\b and a case-insensitive word, which re tries at every character of the text;
    search finds a match if and only if match() does at some place, and match() at a
    place sees the text before it (word boundaries, look-behinds) as search does."""
    if starts is None or len(low) != len(text):
        return rx.search(text) is not None
    # (whether, not where: the places are tried as found, with no sorting, and the first match ends it)
    match, find = rx.match, low.find
    for word in starts:
        at = find(word)
        while at >= 0:
            if match(text, at):
                return True
            at = find(word, at + 1)
    return False


def places(low: str, words) -> list[int]:
    """Where any of words starts in low, in order (overlapping finds included): the
    only places a pattern whose every match starts with one of them need be tried."""
    found = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            found.add(at)
            at = low.find(word, at + 1)
    return sorted(found)


@lru_cache(maxsize=None)
def _cue_openings(scope: str) -> tuple[tuple[str, ...] | None, ...]:
    return tuple(opening_strings(rx) for _, rx, _ in _scoped_cues(scope))


def opening_strings(rx: re.Pattern) -> tuple[str, ...] | None:
    """Lower-case ASCII strings one of which every match of rx starts with, or None
    when none can be told (the cue is then searched)."""
    try:
        from re import _constants, _parser  # the parser re itself compiles with

        found = _openings(list(_parser.parse(rx.pattern, rx.flags)), _constants)
    except Exception:  # noqa: BLE001  a prefilter is only a speed-up: without one, the cue is searched
        return None
    if not found or not all(s and s.isascii() for s in found):
        return None  # under IGNORECASE a non-ASCII literal can match ASCII text
    # A string that starts with another of them adds no place to try ("review date", "review ").
    return tuple(sorted(s for s in found if not any(t != s and s.startswith(t) for t in found)))


_MOST_OPENINGS = 16  # a longer opening is not worth more strings to look for


def _openings(items: list, c) -> set[str] | None:
    """For a parsed sequence: strings (lower case) one of which every match of it
    starts with, or None. Zero-width assertions before its first character are
    passed over (they consume nothing); then a run of literal characters (with the
    openings of what follows it, when it has a few), a group
    (read with what follows it), an alternation whose every branch has openings
    (each read with what follows it), or a repeat that must match at least once."""
    i = 0
    while i < len(items) and items[i][0] in (c.AT, c.ASSERT, c.ASSERT_NOT):
        i += 1
    if i == len(items):
        return None
    op, av = items[i]
    if op is c.LITERAL:
        run = []
        while i < len(items) and items[i][0] is c.LITERAL:
            run.append(chr(items[i][1]))
            i += 1
        run = "".join(run).lower()
        # What follows the run lengthens it: "(?:has|have) agreed" opens with "ha", then "s" or "ve".
        after = _openings(items[i:], c) if i < len(items) else None
        return {run + s for s in after} if after and len(after) <= _MOST_OPENINGS else {run}
    rest = items[i + 1:]
    if op is c.SUBPATTERN:
        return _openings(list(av[-1]) + rest, c)
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            strings = _openings(list(branch) + rest, c)
            if not strings:
                return None
            found |= strings
        return found
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _openings(list(av[2]), c)
    return None


# The only characters outside ASCII that IGNORECASE matches to an ASCII character
# ("İ", "ı", "ſ", the Kelvin sign), which lower() leaves or makes unlike it. Other
# non-ASCII text ("–", curly quotes: a tenth of a plan's sentences) takes the
# substring test, since its cues' ASCII literals can only match ASCII characters.
_FOLDS_INTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")


def folds_into_ascii(text: str) -> bool:
    """Whether text holds a character that defeats a lower-cased test for required_strings."""
    return not text.isascii() and bool(_FOLDS_INTO_ASCII.search(text))


@lru_cache(maxsize=None)
def _all_needs(scope: str = "sentence") -> tuple[str, ...]:
    return tuple(sorted({s for _, _, needs in _scoped_cues(scope) if needs for s in needs}))


def required_strings(rx: re.Pattern) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which every match of rx contains, or None
    when none can be told (the cue is then always searched)."""
    try:
        from re import _constants, _parser  # the parser re itself compiles with

        found = _literals(_parser.parse(rx.pattern, rx.flags), _constants)
    except Exception:  # noqa: BLE001  a prefilter is only a speed-up: without one, every cue is searched
        return None
    if not found or not all(s.isascii() for s in found):
        return None  # under IGNORECASE a non-ASCII literal can match ASCII text
    return _shortest_needed(found)


def _shortest_needed(strings) -> frozenset[str]:
    """strings in lower case, less any holding another of them: "review date" is
    present only when "review" is, so testing it too could never let a match through."""
    low = {s.lower() for s in strings}
    return frozenset(s for s in low if not any(t != s and t in s for t in low))


def _literals(items, c) -> frozenset[str] | None:
    """For a parsed sequence: strings one of which every match contains, or None.

    Of _all_literals' candidates, the one whose shortest string is longest
    rules out most. Comparing lower case is right whether the part is
    case-sensitive or not: it only ever lets more text through.
    """
    candidates = _all_literals(items, c)
    return max(candidates, key=lambda s: min(map(len, s))) if candidates else None


def required_string_sets(rx: re.Pattern) -> tuple[frozenset[str], ...]:
    """Sets of lower-case ASCII strings such that every match of rx contains a
    string of each set: required_strings' candidates all together, where it keeps
    one. () when none can be told."""
    try:
        from re import _constants, _parser

        found = _all_literals(_parser.parse(rx.pattern, rx.flags), _constants)
    except Exception:  # noqa: BLE001  a prefilter is only a speed-up
        return ()
    # under IGNORECASE a non-ASCII literal can match ASCII text
    return tuple(_shortest_needed(strings) for strings in found if all(s.isascii() for s in strings))


def _all_literals(items, c) -> list[frozenset[str]]:
    """Every candidate of a parsed sequence, each a set one of whose strings every
    match contains: each run of literal characters, the union over a branch whose
    every alternative has a candidate, and the candidates of the groups and
    repeats (at least once) it must match. The best of them is _literals'."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset({"".join(run)}))
            run = []
        if op is c.SUBPATTERN:
            candidates += _all_literals(av[-1], c)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            candidates += _all_literals(av[2], c)
        elif op is c.BRANCH:
            alternatives = [_literals(a, c) for a in av[1]]
            if all(alternatives):
                candidates.append(frozenset().union(*alternatives))
    if run:
        candidates.append(frozenset({"".join(run)}))
    return candidates


def condition_clauses(text: str) -> list[str]:
    """The clause after each "if", "should", "unless"... up to the next , . ; :, and
    the trigger before a whiteboard's arrow ("Nan can't have them -> foster carers")."""
    return [m.group("clause") for name in ("condition", "arrow_condition") for m in cue(name).finditer(text)]


def words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def conditions(text: str) -> list[Condition]:
    return [
        Condition(frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", clause)),
                  bool(cue("failure").search(clause)), bool(cue("family_support").search(clause)))
        for whole in condition_clauses(text) for clause in _own_parts(whole)
    ]


def _own_parts(clause: str) -> list[str]:
    """A condition's clause up to a condition nested in it, which is a clause of its own: in "If
    Tanya cannot get up when Grandma calls round", Tanya fails and Grandma only calls round (the
    helper's failure is not said by a failure and a helper's name in one clause). A condition on a
    line of its own opens another sentence, run on from a heading with no stop ("If the plan isn't
    working" over "If Pat or Shelley is ill ..."): both are conditions."""
    nested = cue("condition").search(clause)
    if not nested:
        return [clause]
    head = clause[:nested.start()]
    return [head, *_own_parts(nested.group("clause"))] if "\n" in head else [head]
