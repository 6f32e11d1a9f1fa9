"""Module-level patterns compiled on first use rather than at import.

planlint's layers hold about 480 regular expressions. Compiled at import they
cost about 100 ms of every cold `planlint check`, while linting one plan uses
about half of them. A LazyPattern stands where the compiled pattern would; on
first use it compiles and keeps the compiled pattern's bound methods and
attributes as its own, so each later call costs what the pattern's does. A
match's `.re` is the compiled pattern, not the LazyPattern: tell which pattern
matched by which was called, not by identity.
"""
from __future__ import annotations

import re

# Everything a compiled pattern offers besides `pattern`, which is known without compiling.
_COPIED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
           "flags", "groups", "groupindex")


class LazyPattern:
    __slots__ = ("pattern", "_flags", "__dict__")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str):
        # Called only for a name not yet set on the instance: the first use. `flags`
        # is the compiled pattern's (with the inline flags and re.UNICODE it adds).
        compiled = re.compile(self.pattern, self._flags)
        for attr in _COPIED:
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_re.compile({self.pattern!r}, {self._flags})"


def compile(pattern: str, flags: int = 0) -> LazyPattern:  # noqa: A001  stands in for re.compile
    return LazyPattern(pattern, flags)
