"""The sample plans, each read once per test run: several equivalence tests
walk every plan's text, and reading a PDF costs far more than the checks."""
import functools
from pathlib import Path

from planlint import readers
from planlint.model import Document

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"


@functools.cache
def read(path: Path) -> Document:
    """Read-only: callers look at the text and never change the Document."""
    return readers.read_path(path)
