"""Files planlint must refuse with a clear, one-line reason that never quotes
the file's content (plans hold sensitive data)."""
from __future__ import annotations

import io
import zipfile

import docx
import pytest

from planlint.errors import (
    CorruptDocument,
    EmptyDocument,
    EncryptedDocument,
    ReadError,
    TooLarge,
    UnsupportedFormat,
)
from planlint.readers import SUPPORTED_EXTENSIONS, limits, read_bytes, read_path

SECRET = "Sam Taylor lives at 1 Example Road"


def small_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph(SECRET)
    buffer = io.BytesIO()
    d.save(buffer)
    return buffer.getvalue()


def with_extra_entries(data: bytes, entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO(data[:])
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def assert_safe(error: ReadError) -> None:
    message = str(error)
    assert "\n" not in message
    assert "Sam" not in message and "Example" not in message


BAD_INPUTS = [
    ("corrupt zip", SECRET.encode() + b"PK\x03\x04 not a zip", "plan.docx", CorruptDocument,
     r"^not a valid \.docx file \(corrupt zip\)$"),
    ("truncated docx", small_docx()[:300], "plan.docx", CorruptDocument, r"^not a valid \.docx file"),
    ("zip that is not Word", with_extra_entries(b"", {"note.txt": SECRET.encode()}), "plan.docx",
     CorruptDocument, r"^not a valid \.docx file$"),
    ("empty file", b"", "plan.docx", EmptyDocument, "^empty document: no text found$"),
    ("blank text", b"  \n\n \t\n", "plan.txt", EmptyDocument, "^empty document: no text found$"),
    ("unknown extension", SECRET.encode(), "plan.xlsx", UnsupportedFormat,
     r"^unsupported file type '\.xlsx' \(planlint reads \.docx, \.pdf, \.md, \.txt\)$"),
    ("binary named .txt", b"\x89PNG\r\n\x1a\n\x00\x00" + SECRET.encode(), "plan.txt", CorruptDocument,
     "^binary file, not text$"),
    ("OLE .doc or encrypted docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + SECRET.encode() * 20, "plan.docx",
     EncryptedDocument, r"^encrypted or legacy \.doc file$"),
    ("OLE sniffed without extension", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + SECRET.encode(), "-",
     EncryptedDocument, r"^encrypted or legacy \.doc file$"),
    ("PDF named .pdf that is text", SECRET.encode(), "plan.pdf", CorruptDocument, "^not a valid PDF file$"),
]


@pytest.mark.parametrize(
    "data, name, error, message",
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_refused_with_safe_message(data, name, error, message):
    with pytest.raises(error, match=message) as caught:
        read_bytes(data, name)
    assert_safe(caught.value)


def test_docx_with_too_many_entries_is_too_large():
    data = with_extra_entries(small_docx(), {f"extra/part{n}.xml": b"<a/>" for n in range(2001)})
    with pytest.raises(TooLarge, match=r"^too many parts in \.docx \(over 2000\)$") as caught:
        read_bytes(data, "plan.docx")
    assert_safe(caught.value)


def test_docx_with_highly_compressed_entry_is_too_large():
    data = with_extra_entries(small_docx(), {"word/media/bomb.bin": b"\0" * (5 * limits.MB)})
    with pytest.raises(TooLarge, match=r"compressed more than 100:1 \(zip bomb\?\)$") as caught:
        read_bytes(data, "plan.docx")
    assert_safe(caught.value)


def test_docx_over_uncompressed_total_is_too_large(monkeypatch):
    # Lower the limit rather than build 200 MB in a test.
    monkeypatch.setattr(limits, "MAX_ZIP_UNCOMPRESSED", 10_000)
    with pytest.raises(TooLarge, match=r"too large when unpacked"):
        read_bytes(small_docx(), "plan.docx")


def test_file_over_size_limit_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "plan.txt"
    path.write_text("word " * 500)
    with pytest.raises(TooLarge, match=r"^too large to be a plan: file over 1,000 bytes$"):
        read_path(path)
    with pytest.raises(TooLarge):
        read_bytes(path.read_bytes(), "plan.txt")


def test_unsupported_extension_refused_without_opening(tmp_path):
    with pytest.raises(UnsupportedFormat, match=r"'\.odt'"):
        read_path(tmp_path / "does-not-exist.odt")


def test_missing_file_is_a_read_error(tmp_path):
    with pytest.raises(ReadError, match="^cannot open file: No such file or directory$"):
        read_path(tmp_path / "missing.docx")


def test_extensions_are_case_insensitive_and_listed():
    assert SUPPORTED_EXTENSIONS == (".docx", ".pdf", ".md", ".markdown", ".txt", ".text")
    assert read_bytes(small_docx(), "PLAN.DOCX").blocks[0].text == SECRET


def test_importing_readers_does_not_import_pdfplumber():
    import subprocess
    import sys

    code = "import sys, planlint.readers; print('pdfplumber' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
