"""planlint: a quality linter for UK child protection plans."""
import importlib
import sys
import types

from .config import Config
from .errors import PlanlintError, ReadError
from .model import FileReport, Finding, Location

__version__ = "0.1.0"
Report = FileReport

__all__ = ["lint", "lint_document", "Config", "Report", "FileReport", "Finding", "Location",
           "PlanlintError", "ReadError", "__version__"]

# lint() needs the NLP pipeline and every check. They load on first use, so
# what only reads rules, settings or reports (reporters, `planlint rules`,
# `planlint --help`) never loads them.
_LAZY = ("lint", "lint_document")


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module 'planlint' has no attribute {name!r}")
    value = getattr(importlib.import_module(".lint", __name__), name)
    globals()[name] = value
    return value


class _Package(types.ModuleType):
    def __setattr__(self, name: str, value) -> None:
        # planlint.lint is the function; importing the planlint.lint module
        # (which sets it as an attribute here) must not hide it.
        if name in _LAZY and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
