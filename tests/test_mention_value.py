"""Mention is a value, as the frozen dataclass it replaced was."""
from __future__ import annotations

import copy
import pickle
from dataclasses import FrozenInstanceError

import pytest

from planlint.model import Mention


def test_mention_equal_hashed_and_shown_by_its_fields():
    a = Mention("TIME", "by 14 March", 3, 14, frozenset({"negated"}))
    assert a == Mention("TIME", "by 14 March", 3, 14, frozenset({"negated"}))
    assert hash(a) == hash(("TIME", "by 14 March", 3, 14, frozenset({"negated"})))
    assert a != Mention("TIME", "by 14 March", 3, 15, frozenset({"negated"}))
    assert a != ("TIME", "by 14 March", 3, 14, frozenset({"negated"}))
    assert len({a, Mention("TIME", "by 14 March", 3, 14, frozenset({"negated"}))}) == 1
    assert repr(a) == "Mention(label='TIME', text='by 14 March', start=3, end=14, modifiers=frozenset({'negated'}))"
    assert Mention(label="X", text="y", start=0, end=1).modifiers == frozenset()
    assert not a.asserted and Mention("X", "y", 0, 1).asserted


def test_mention_cannot_change_and_copies_whole():
    a = Mention("TIME", "by 14 March", 3, 14)
    for change in (lambda: setattr(a, "start", 4), lambda: delattr(a, "text"), lambda: setattr(a, "other", 1)):
        with pytest.raises(FrozenInstanceError):
            change()
    assert pickle.loads(pickle.dumps(a)) == a == copy.deepcopy(a) == copy.copy(a)
