"""The sample plans, each read once per test run: several equivalence tests
walk every plan's text, and reading a PDF costs far more than the checks
(about 0.8 s each; minutes for the corpus's PDFs).

With one worker per core each worker would read the whole corpus again, so
the reads are shared through a folder the run's first process names in
PLANLINT_TEST_READS (conftest.py): a worker claims a plan before reading it
and leaves it pickled, and skips the plans another worker has claimed until
it has read its own share. Two workers that start together split the corpus.

A PDF whose read is in the record of today's reader (pdf_reads.py) is taken
from the record instead; tests/test_pdf_reads.py reads a share of them for
real each run.
"""
import functools
import os
import pickle
import time
from pathlib import Path

import pdf_reads
from planlint import readers
from planlint.model import Document

SAMPLES = Path(__file__).resolve().parent.parent / "sample_plans"
PLANS = tuple(p for p in sorted(SAMPLES.iterdir())
              if p.suffix in readers.SUPPORTED_EXTENSIONS and p.stem.lower() != "readme")
_WAIT = 300.0  # seconds to wait for a plan another worker claimed before reading it here


def _shared() -> Path | None:
    folder = os.environ.get("PLANLINT_TEST_READS")
    return Path(folder) if folder else None


def _claim(folder: Path, path: Path) -> bool:
    try:
        os.close(os.open(folder / f"{path.name}.claim", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except FileExistsError:
        return False
    return True


def _store(folder: Path, path: Path, document: Document) -> None:
    part = folder / f"{path.name}.{os.getpid()}.part"
    part.write_bytes(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    os.replace(part, folder / f"{path.name}.pickle")


def _load(folder: Path, path: Path) -> Document:
    pickled = folder / f"{path.name}.pickle"
    deadline = time.monotonic() + _WAIT
    while not pickled.exists():
        if time.monotonic() > deadline:  # the claiming worker died: read it here
            return _read(path)
        time.sleep(0.05)
    return pickle.loads(pickled.read_bytes())


def _read(path: Path) -> Document:
    """A sample plan's Document: a PDF's from the record of the reader's reads when it
    holds today's reader and these bytes (pdf_reads.py), else read here."""
    return (path.suffix == ".pdf" and pdf_reads.recorded(path)) or readers.read_path(path)


@functools.cache
def _corpus() -> dict[Path, Document]:
    folder = _shared()
    if folder is None:
        return {p: _read(p) for p in PLANS}
    documents = {}
    for path in PLANS:  # this worker's share first, then what others read
        if _claim(folder, path):
            documents[path] = _read(path)
            _store(folder, path, documents[path])
    for path in PLANS:
        if path not in documents:
            documents[path] = _load(folder, path)
    return documents


def read(path: Path) -> Document:
    """Read-only: callers look at the text and never change the Document."""
    path = Path(path)
    if path.parent == SAMPLES and path in _corpus():
        return _corpus()[path]
    return _read_elsewhere(path)


@functools.cache
def _read_elsewhere(path: Path) -> Document:
    return readers.read_path(path)


def fresh(path: Path) -> Document:
    """A copy of a sample plan's Document for a caller that lints it (linting
    may change the Document it is given)."""
    if path.parent != SAMPLES:
        return readers.read_path(path)
    folder = _shared()
    if folder is None:
        return _read(path)
    read(path)
    pickled = folder / f"{path.name}.pickle"
    return pickle.loads(pickled.read_bytes()) if pickled.exists() else _read(path)
