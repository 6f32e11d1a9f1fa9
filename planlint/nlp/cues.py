"""Named cues (rules/cues.toml): short patterns found once per sentence.

Sentence-level cues are recorded by name on the plan; clause-level cues
(conditions and what they say) become Conditions. Checks read the names.
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
def _cues() -> dict[str, tuple[re.Pattern, bool]]:
    data = tomllib.loads(resources.files("planlint.packs").joinpath("cues.toml").read_text("utf-8"))
    return {
        name: (re.compile(loader.expand_text(body["pattern"], f"cues.toml [{name}]"),
                          re.I if body.get("ignore_case", True) else 0), body.get("clause", False))
        for name, body in data.items()
    }


def cue(name: str) -> re.Pattern:
    return _cues()[name][0]


def cues_in(text: str) -> frozenset[str]:
    """Names of the sentence-level cues found in text."""
    return frozenset(name for name, (rx, clause) in _cues().items() if not clause and rx.search(text))


def condition_clauses(text: str) -> list[str]:
    """The clause after each "if", "should", "unless"... up to the next , . ; :"""
    return [m.group("clause") for m in cue("condition").finditer(text)]


def words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


def conditions(text: str) -> list[Condition]:
    return [
        Condition(frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", clause)),
                  bool(cue("failure").search(clause)), bool(cue("family_support").search(clause)))
        for clause in condition_clauses(text)
    ]
