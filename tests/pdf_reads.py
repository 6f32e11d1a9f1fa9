"""A record of what the PDF reader reads from each sample PDF, so that a test
run need not read them all again (reading a PDF costs about 0.7 s, the corpus's
~500 PDFs most of the suite's time; everything else reads in milliseconds).

The record is trusted only when it was made by today's reader: it names a
fingerprint of the reader's code (the files below) and the rule data it reads,
and for each PDF the SHA-256 of the file it read; beside them, the versions of
pdfplumber, pdfminer.six and Python it was read with. A PDF whose bytes or
reader changed is read here and now; tests/test_pdf_reads.py fails until the
record is made again (scripts/record_pdf_reads.py) and reads a share of the
PDFs for real each run to compare with it, which is what shows a new release
of a library that reads differently.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from planlint.model import Block, Document, Location, Table

ROOT = Path(__file__).resolve().parent.parent
RECORD = Path(__file__).parent / "fixtures" / "pdf_reads.json.gz"
# What a PDF's read depends on in this repo: the reader and every planlint module
# its reading imports (tests/test_pdf_reads.py checks this list is complete), and the
# column labels it knows.
READER_FILES = (
    *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "planlint" / "readers").glob("*.py")),
    "planlint/__init__.py", "planlint/config.py", "planlint/errors.py", "planlint/lazy_re.py",
    "planlint/loader.py", "planlint/model.py", "planlint/textutil.py",
    "rules/__init__.py", "models/__init__.py", "rules/columns.toml",
)


def fingerprint() -> str:
    digest = hashlib.sha256()
    for name in READER_FILES:
        digest.update(name.encode() + b"\0" + (ROOT / name).read_bytes() + b"\0")
    return digest.hexdigest()


def libraries() -> list[str]:
    """The versions the record was read with. Kept beside it, not in the fingerprint: a fresh
    install takes the newest pdfplumber the index has, and a release that reads every sample
    the same must not stale the record (the share read for real each run shows one that does not)."""
    return [metadata.version(p) for p in ("pdfplumber", "pdfminer.six")] + [f"{sys.version_info[:2]}"]


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _location(location: Location) -> list:
    return [location.page, location.paragraph, location.table, location.row, location.line]


def to_data(document: Document) -> dict:
    blocks = []
    for b in document.blocks:
        table = None if b.table is None else [b.table.rows, [_location(x) for x in b.table.row_locations]]
        blocks.append([b.kind, b.text, _location(b.location), b.level, table, b.numbered, b.style])
    return {"format": document.format, "blocks": blocks}


def from_data(data: dict, path: Path) -> Document:
    blocks = []
    for kind, text, location, level, table, numbered, style in data["blocks"]:
        if table is not None:
            table = Table(rows=table[0], row_locations=[Location(*x) for x in table[1]])
        blocks.append(Block(kind=kind, text=text, location=Location(*location), level=level, table=table,
                            numbered=numbered, style=style))
    return Document(path=str(path), format=data["format"], blocks=blocks)


def write(plans: dict[str, dict]) -> None:
    body = json.dumps({"reader": fingerprint(), "libraries": libraries(), "plans": plans}, sort_keys=True,
                      separators=(",", ":"))
    RECORD.write_bytes(gzip.compress(body.encode("utf-8"), mtime=0))


@lru_cache(maxsize=1)
def _recorded() -> dict:
    """The record's plans, if today's reader made it."""
    if not RECORD.exists():
        return {}
    record = json.loads(gzip.decompress(RECORD.read_bytes()))
    return record["plans"] if record.get("reader") == fingerprint() else {}


def recorded(path: Path) -> Document | None:
    """What the reader reads from `path`, if the record holds it for these bytes."""
    entry = _recorded().get(path.name)
    if entry is None or entry["sha256"] != file_digest(path):
        return None
    return from_data(entry["document"], path)
