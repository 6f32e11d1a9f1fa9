"""Limits that stop one hostile or broken file from stalling a run or taking
the machine's memory. Every command reads plans, settings and baselines
through here, so the same guards hold for check, structure, annotate, audit,
baseline and standard input.

Each limit sits far beyond any real plan (the largest sample plan has 6,400
characters, 45 table rows and 3 pages) and is checked before the expensive
step it protects: the size before reading, the declared sizes of a .docx's
parts before unpacking, the page count before laying out a PDF, the length of
the text before parsing it. Bounding every input this way also bounds the
memory one lint can use, without a process-wide limit that would also bind a
program calling planlint.lint() (the audit's worker processes add one).

A .docx is a zip: its central directory says how many entries it holds and how
big each one becomes, so a zip bomb can be refused before python-docx inflates
anything. zipfile never returns more bytes than an entry declares, so checking
the declared sizes is enough.
"""
from __future__ import annotations

import io
import os
import signal
import stat
import threading
import zipfile
from contextlib import contextmanager

from ..errors import CorruptDocument, NotRegularFile, ReadError, TimedOut, TooLarge

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB
MAX_SETTINGS_BYTES = 1 * MB
MAX_CHARACTERS = 500_000  # all the text of one plan (about 150 pages)
MAX_PIECE_CHARACTERS = 100_000  # one paragraph or table cell: the most the language pipeline is given at once
MAX_TABLE_ROWS = 5_000  # all tables of one plan together
MAX_PDF_PAGES = 200
MAX_XML_PART_BYTES = 20 * MB  # one part of a .docx (the document body) as XML
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_UNCOMPRESSED = 200 * MB  # a .docx unpacked, or all the streams of a PDF inflated
MAX_COMPRESSION_RATIO = 100
# Small entries cannot hurt however well they compress (a 20 KB run of
# identical table-cell XML legitimately compresses beyond 100:1).
RATIO_CHECK_MIN_BYTES = 1 * MB
LINT_SECONDS = 60.0  # one file, in check, structure, annotate and baseline (audit has --timeout)

_NOT_REGULAR = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"),
                (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket"))


def too_large(detail: str, what: str = "plan") -> TooLarge:
    return TooLarge(f"too large to be a {what}: {detail}")


def check_file_size(size: int, limit: int | None = None, what: str = "plan") -> None:
    limit = MAX_FILE_BYTES if limit is None else limit
    if size > limit:
        raise too_large(f"file over {_megabytes(limit)}", what)


def read_file(path: str | os.PathLike, limit: int | None = None, what: str = "plan") -> bytes:
    """The bytes of an ordinary file of at most `limit` bytes.

    A named pipe, a device or a socket is refused before it is read: reading
    one can block forever (a pipe nobody writes to) or never end (/dev/zero).
    It is opened non-blocking, so a pipe swapped in after the first look
    cannot block either; the second look at the open file decides.
    """
    limit = MAX_FILE_BYTES if limit is None else limit
    try:
        _refuse_unusual(os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as handle:
            info = os.fstat(fd)
            _refuse_unusual(info.st_mode)
            check_file_size(info.st_size, limit, what)
            data = handle.read(limit + 1)  # the file may have grown since fstat
    except OSError as error:
        # strerror is e.g. "No such file or directory": never file content.
        raise ReadError(f"cannot open file: {error.strerror or 'read failed'}") from None
    check_file_size(len(data), limit, what)
    return data


def read_stream(stream, limit: int | None = None, what: str = "plan") -> bytes:
    """At most `limit` bytes of a stream (standard input), refused if there are more."""
    limit = MAX_FILE_BYTES if limit is None else limit
    data = stream.read(limit + 1)
    check_file_size(len(data), limit, what)
    return data


def _refuse_unusual(mode: int) -> None:
    for test, kind in _NOT_REGULAR:
        if test(mode):
            raise NotRegularFile(f"not a regular file ({kind}): planlint reads only ordinary files")
    if not stat.S_ISREG(mode):
        raise NotRegularFile("not a regular file: planlint reads only ordinary files")


def check_characters(count: int) -> None:
    if count > MAX_CHARACTERS:
        raise too_large(f"over {MAX_CHARACTERS:,} characters of text")


def check_piece(text: str) -> None:
    if len(text) > MAX_PIECE_CHARACTERS:
        raise too_large(f"a paragraph or table cell of over {MAX_PIECE_CHARACTERS:,} characters")


def check_table_rows(count: int) -> None:
    if count > MAX_TABLE_ROWS:
        raise too_large(f"over {MAX_TABLE_ROWS:,} table rows")


def check_pages(count: int) -> None:
    if count > MAX_PDF_PAGES:
        raise too_large(f"over {MAX_PDF_PAGES:,} pages")


def check_document(document) -> None:
    """Every reader's Document, whatever the format: the guarantee the later
    layers rely on (no piece of text handed to the language pipeline is
    longer than MAX_PIECE_CHARACTERS)."""
    characters = rows = 0
    for block in document.blocks:
        pieces = [cell for row in block.table.rows for cell in row] if block.table else [block.text]
        rows += len(block.table.rows) if block.table else 0
        for piece in pieces:
            check_piece(piece)
            characters += len(piece)
    check_characters(characters)
    check_table_rows(rows)


def check_xml_part(info: zipfile.ZipInfo) -> None:
    if info.file_size > MAX_XML_PART_BYTES:
        raise too_large(f"{info.filename} over {_megabytes(MAX_XML_PART_BYTES)}")


def open_checked_zip(data: bytes) -> zipfile.ZipFile:
    """Open a .docx as a zip, refusing it if it is corrupt or a zip bomb."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise CorruptDocument("not a valid .docx file (corrupt zip)") from None
    check_zip_entries(entries)
    return archive


def check_zip_entries(entries: list[zipfile.ZipInfo]) -> None:
    if len(entries) > MAX_ZIP_ENTRIES:
        raise TooLarge(f"too many parts in .docx (over {MAX_ZIP_ENTRIES})")
    total = 0
    for info in entries:
        total += info.file_size
        if total > MAX_ZIP_UNCOMPRESSED:
            raise TooLarge(
                f".docx too large when unpacked (over {MAX_ZIP_UNCOMPRESSED // MB} MB)"
            )
        if info.file_size >= RATIO_CHECK_MIN_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > MAX_COMPRESSION_RATIO:
                raise TooLarge(
                    f".docx part compressed more than {MAX_COMPRESSION_RATIO}:1 (zip bomb?)"
                )


@contextmanager
def time_limit(seconds: float):
    """Raise TimedOut in the block once `seconds` have passed.

    A timer signal (SIGALRM) interrupts whatever Python code is running, so a
    parser stuck in a loop stops too. Signals reach only the main thread and
    exist only on POSIX: elsewhere the block runs without a limit, and the
    size limits above still bound the work. The audit instead kills a worker
    process that overruns, which also stops a parser stuck inside C code.
    """
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise TimedOut(f"timed out after {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _megabytes(size: int) -> str:
    return f"{size // MB} MB" if size >= MB else f"{size:,} bytes"
