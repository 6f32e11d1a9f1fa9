"""styles.xml is found in the cache by its stored (compressed) form: only a
member zipfile would inflate to the same bytes may match, and anything unusual
is read the usual way."""
from __future__ import annotations

import io
import zipfile
import zlib

import docx
import pytest

from planlint.errors import CorruptDocument
from planlint.readers import docx as reader
from planlint.readers import read_bytes


def _docx_bytes() -> bytes:
    d = docx.Document()
    d.add_heading("Contingency plan", level=1)
    d.add_paragraph("If Mum misses two visits the social worker will call a strategy meeting.")
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _styles_info(data: bytes):
    archive = zipfile.ZipFile(io.BytesIO(data))
    return archive, archive.getinfo("word/styles.xml")


def test_stored_form_inflates_to_what_zipfile_reads():
    archive, info = _styles_info(_docx_bytes())
    method, crc, size, raw = reader._stored(archive, info)
    assert (method, crc, size) == (info.compress_type, info.CRC, info.file_size)
    assert zlib.decompress(raw, -15) == archive.read(info)


def _renamed_in_local_header(data: bytes) -> bytes:
    # The central directory still says word/styles.xml; the local header says otherwise.
    name = data.index(b"word/styles.xml")  # first in the file: the local header's name
    assert data[name - 30:name - 26] == b"PK\x03\x04"
    return data[:name] + b"word/styleX.xml" + data[name + len("word/styles.xml"):]


def test_a_member_zipfile_would_refuse_has_no_stored_form_and_is_refused_as_before():
    data = _renamed_in_local_header(_docx_bytes())
    archive, info = _styles_info(data)
    assert reader._stored(archive, info) is None
    with pytest.raises(CorruptDocument):
        read_bytes(data, "plan.docx")


def test_encrypted_members_are_left_to_zipfile():
    archive, info = _styles_info(_docx_bytes())
    info.flag_bits |= 0x1
    assert reader._stored(archive, info) is None


def test_the_same_styles_are_parsed_once_and_read_alike():
    data = _docx_bytes()
    reader._STYLES_CACHE.clear()
    first = read_bytes(data, "plan.docx")
    assert len(reader._STYLES_CACHE) == 1
    [styles] = reader._STYLES_CACHE.values()
    again = read_bytes(data, "plan.docx")
    assert list(reader._STYLES_CACHE.values()) == [styles]
    assert again.blocks == first.blocks and first.blocks[0].kind == "heading"
