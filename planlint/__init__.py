"""planlint: a quality linter for UK child protection plans."""
import importlib

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
    value = getattr(importlib.import_module(".sequencer", __name__), name)
    globals()[name] = value
    return value
