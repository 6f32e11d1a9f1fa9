"""Readers: a plan file (or text) -> Document of located blocks.

A reader never knows a rule. Each format lives in its own module and exposes
`read(data: bytes, path: str) -> Document`; `read_path` and `read_bytes`
dispatch on the extension and apply the limits (limits.py) that protect a
run from hostile files.

Format modules are imported only when a file of that format is read, so
`import planlint.readers` stays cheap (pdfplumber in particular is slow to
import).
"""
from __future__ import annotations

import importlib
import os

from ..errors import EmptyDocument, UnsupportedFormat
from ..model import Document
from . import limits

__all__ = [
    "SUPPORTED_EXTENSIONS", "ARROWS", "BULLET_GLYPHS", "MARKDOWN_BULLET_GLYPHS", "PDF_BULLET_GLYPHS", "HEADING_MAX_WORDS",
    "MARKED_HEADING_MAX_WORDS",
    "read_path", "read_bytes", "read_text", "unsupported",
]

SUPPORTED_EXTENSIONS = (".docx", ".pdf", ".md", ".markdown", ".txt", ".text")


# The fields of an action a form names, and those with the other lines a form gives it.
FIELD_ROLES = frozenset({"action", "owner", "timescale", "measure"})
FORM_ROLES = FIELD_ROLES | {"need", "outcome", "comment"}


def label_roles(label: str) -> list[str | None]:
    """The roles of columns.toml a label names exactly: the whole label's, then, for a label in two
    languages ("Gwirio / Check", "O / From"), each half's (either may name the field)."""
    from .. import loader  # (here, so importing the package stays as cheap as it says above)
    from ..textutil import exact_phrase

    table = loader.phrase_table("columns.toml")
    halves = [part.strip() for part in label.split("/")] if "/" in label else []
    return [exact_phrase(label, table), *(exact_phrase(half, table) for half in halves)]


def field_role(label: str) -> str | None:
    """"owner" for "LEAD", "timescale" for "BY WHEN": the field of an action a label names
    exactly (not "RM", a key's initials), which export readers trust where they would not
    trust any capitalised label."""
    role = next((r for r in label_roles(label) if r), None)
    return role if role in FIELD_ROLES else None


_MODULE_FOR_EXTENSION = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".md": "text",
    ".markdown": "text",
    ".txt": "text",
    ".text": "text",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Characters that make a line a list item when it starts with one and a space.
# Each format adds only the markers its own writers produce: "+" is a Markdown
# list marker, and PDF export draws Word's ○ ■ □ bullets and its Symbol and
# Wingdings bullets (private-use U+F000-U+F0FF) as characters. Widening any
# set would turn lines that read as text today into list items.
BULLET_GLYPHS = "•▪◦●‣·–-*"
MARKDOWN_BULLET_GLYPHS = BULLET_GLYPHS + "+"
PDF_BULLET_GLYPHS = BULLET_GLYPHS + "○■□" + "".join(map(chr, range(0xF000, 0xF100)))

# A line that opens with one of these gives a field of the item above it ("→ Ashok Mehta (SW)",
# a print's "»  every 2 weeks"): it starts a line of its own, however it is indented.
ARROWS = ("→", "->", "=>", "⇒", "➔", "➜", "»")

# A line a reader promotes to a heading by its looks (bold, capitals, a larger
# font) has at most this many words; a longer one is an emphasised sentence.
HEADING_MAX_WORDS = 12
# A heading the author marked as one (a Word heading style, a Markdown "#") may
# run longer ("Outcome 1: Kayden and Nia will not be caught up in their
# parents' arguments"); past this it is a sentence styled as a heading.
MARKED_HEADING_MAX_WORDS = 14


def read_path(path: str | os.PathLike) -> Document:
    """Read a plan file. Raises a ReadError subclass with a one-line reason."""
    name = os.fspath(path)
    module = _module_for(name)  # refuse unsupported types before opening
    return _read(limits.read_file(name), name, module)


def read_bytes(data: bytes, name: str) -> Document:
    """Read a plan held in memory; `name` picks the format ('-' = sniff)."""
    return _read(data, name, _module_for(name))


def read_text(text: str, name: str = "-") -> Document:
    """Read Markdown or plain text that is already decoded."""
    from . import text as text_reader

    document = text_reader.read_text(text, name)
    limits.check_document(document)
    return document


def _module_for(name: str) -> str | None:
    """The reader module for `name`, or None when the content must be sniffed."""
    extension = os.path.splitext(os.path.basename(name))[1].lower()
    if not extension:
        return None
    if extension not in _MODULE_FOR_EXTENSION:
        raise unsupported(extension)
    return _MODULE_FOR_EXTENSION[extension]


def unsupported(extension: str) -> UnsupportedFormat:
    return UnsupportedFormat(f"unsupported file type {extension!r} (planlint reads .docx, .pdf, .md, .txt)")


def _sniff(data: bytes) -> str:
    if data.startswith(b"PK\x03\x04") or data.startswith(_OLE_MAGIC):
        return "docx"  # the docx reader explains what an OLE file is
    if b"%PDF-" in data[:1024]:
        return "pdf"
    return "text"


def _read(data: bytes, name: str, module: str | None) -> Document:
    limits.check_file_size(len(data))
    if not data.strip():
        raise EmptyDocument("empty document: no text found")
    reader = importlib.import_module(f"{__name__}.{module or _sniff(data)}")
    document = reader.read(data, name)
    limits.check_document(document)
    return document
