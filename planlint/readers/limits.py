"""Limits that stop one hostile or broken file from stalling a batch run.

A .docx is a zip: its central directory says how many entries it holds and how
big each one becomes, so a zip bomb can be refused before python-docx inflates
anything. zipfile never returns more bytes than an entry declares, so checking
the declared sizes is enough.
"""
from __future__ import annotations

import io
import zipfile

from ..errors import CorruptDocument, TooLarge

MB = 1024 * 1024
MAX_FILE_BYTES = 50 * MB
MAX_ZIP_ENTRIES = 2000
MAX_ZIP_UNCOMPRESSED = 200 * MB
MAX_COMPRESSION_RATIO = 100
# Small entries cannot hurt however well they compress (a 20 KB run of
# identical table-cell XML legitimately compresses beyond 100:1).
RATIO_CHECK_MIN_BYTES = 1 * MB


def check_file_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise TooLarge(f"file too large (over {MAX_FILE_BYTES // MB} MB)")


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
