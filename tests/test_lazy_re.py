"""Module-level patterns compiled on first use (planlint.lazy_re) behave as re.compile's."""
from __future__ import annotations

import importlib
import pkgutil
import re

import planlint
from planlint import lazy_re


def _lazy_patterns():
    found = []
    for info in pkgutil.walk_packages(planlint.__path__, "planlint."):
        if info.name.endswith("__main__"):
            continue  # runs the command line
        module = importlib.import_module(info.name)
        found += [(info.name, name, value) for name, value in vars(module).items()
                  if isinstance(value, lazy_re.LazyPattern)]
    return found


def test_every_lazy_pattern_compiles_as_re_would():
    # A syntax error in a lazy pattern would surface only when a plan first needs it.
    found = _lazy_patterns()
    assert len(found) > 200  # the structure and NLP layers' patterns
    for module, name, lazy in found:
        compiled = re.compile(lazy.pattern, lazy._flags)
        assert (lazy.flags, lazy.groups, lazy.groupindex) == \
            (compiled.flags, compiled.groups, dict(compiled.groupindex)), f"{module}.{name}"


def test_a_lazy_pattern_answers_as_the_compiled_one():
    text = "Jo Hill (HV) - by 14/03; visit weekly. Jo Hill again"
    source, flags = r"(?P<who>jo\s+\w+)|(?P<when>\d+/\d+)", re.I
    lazy, compiled = lazy_re.compile(source, flags), re.compile(source, flags)
    assert lazy.pattern == source
    assert lazy.search(text).span() == compiled.search(text).span()
    assert lazy.match(text).groupdict() == compiled.match(text).groupdict()
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("_", text) == compiled.sub("_", text)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.fullmatch("jo hill") is not None and compiled.fullmatch("jo hill") is not None
    assert lazy.flags == compiled.flags and lazy.flags & re.I


def test_flags_include_what_compiling_adds():
    # `flags` is the compiled pattern's: inline flags and re.UNICODE, as code reading
    # `p.flags & re.M` expects of a pattern written "(?m)^...".
    lazy = lazy_re.compile(r"(?m)^x")
    assert lazy.flags & re.M and lazy.flags & re.U
