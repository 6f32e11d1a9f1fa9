"""planlint: a quality linter for UK child protection plans."""
from .config import Config
from .errors import PlanlintError, ReadError
from .lint import lint, lint_document
from .model import FileReport, Finding, Location

__version__ = "0.1.0"
Report = FileReport

__all__ = ["lint", "lint_document", "Config", "Report", "FileReport", "Finding", "Location",
           "PlanlintError", "ReadError", "__version__"]
