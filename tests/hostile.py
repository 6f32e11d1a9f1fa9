"""Write a folder of hostile inputs: files built to crash, hang or exhaust a
linter, and folder entries it must not lint silently.

    python tests/hostile.py FOLDER      writes FOLDER/hostile/ (and FOLDER/outside/)

Everything is generated here, small on disk (the "huge" file is sparse), and
holds no real data. write_hostile() returns the hostile folder; the names of
its entries say what each one is.
"""
from __future__ import annotations

import io
import os
import sys
import zipfile
import zlib
from pathlib import Path

PLAN = "# Plan\n\n## Actions\n- The social worker will visit Amelia every Tuesday.\n"

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx(body: str, prolog: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal .docx whose body is `body` (WordprocessingML)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", f'{prolog}<w:document xmlns:w="{_W}"><w:body>{body}</w:body></w:document>')
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF of numbered objects (1 is the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def stream(data: bytes, attributes: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), attributes) + data + b"\nendstream"


def text_pdf(pages: int = 1, content: bytes | None = None, attributes: bytes = b"", trailer: bytes = b"") -> bytes:
    """`pages` pages sharing one content stream (by default a line of text)."""
    content = content if content is not None else b"BT /F1 12 Tf 72 720 Td (The social worker will visit.) Tj ET"
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + n) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        stream(content, attributes),
    ]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>"] * pages
    return pdf(objects, trailer)


def deflated_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    out = [packer.compress(chunk) for _ in range(size // len(chunk))]
    return b"".join(out) + packer.flush()


def write_hostile(root: str | os.PathLike) -> Path:
    root = Path(root)
    folder, outside = root / "hostile", root / "outside"
    folder.mkdir(parents=True)
    outside.mkdir()
    (outside / "other-team.md").write_text(PLAN.replace("Amelia", "Outsider"), "utf-8")

    def put(name: str | bytes, data: bytes | str) -> None:
        path = os.path.join(os.fsencode(folder), os.fsencode(name))
        with open(path, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)

    # Text
    put("plan.md", PLAN)
    put("empty.txt", b"")
    put("whitespace.md", " \n\t\n" * 100)
    put("binary-garbage.txt", bytes(range(256)) * 64)
    put("latin1-garbage.txt", bytes(range(128, 256)) * 64)
    put("utf16.txt", PLAN.encode("utf-16"))
    put("million-char-paragraph.md", "word " * 200_001)
    put("one-long-word.txt", "a" * 150_000)
    put("two-million-chars.txt", ("The social worker will visit. " * 3 + "\n\n") * 22_000)
    put("many-lines.md", "- visit\n" * 100_000)
    put("control-chars.md", "# Plan \x1b]0;owned\x07\x1b[2J\n\n- The SW will visit \x08\x7f weekly.\n")
    with open(folder / "huge.txt", "wb") as handle:  # sparse: 60 MB on paper, nothing on disk
        handle.truncate(60 * 1024 * 1024)
    # Word
    put("plan.docx", docx(paragraph("The social worker will visit every Tuesday.")))
    put("corrupt.docx", b"PK\x03\x04" + bytes(range(256)) * 8)
    put("truncated.docx", docx(paragraph("Visit weekly.") * 50)[:300])
    put("not-a-zip.docx", "just text")
    put("zip-bomb.docx", docx(paragraph("Visit."), extra={"word/media/bomb.bin": bytes(20 * 1024 * 1024)}))
    rows = "".join(f"<w:tr><w:tc>{paragraph(n)}</w:tc><w:tc>{paragraph(n * 7919)}</w:tc></w:tr>" for n in range(100_000))
    put("hundred-thousand-rows.docx", docx(f"<w:tbl>{rows}</w:tbl>"))
    put("long-paragraph.docx", docx(paragraph("word " * 30_000)))
    nested = "<w:tbl><w:tr><w:tc>" * 3000 + paragraph("deep") + "</w:tc></w:tr></w:tbl>" * 3000
    put("nested-tables.docx", docx(nested))
    laughs = ('<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
              + "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi")) + "]>")
    put("billion-laughs.docx", docx(paragraph("&i;"), prolog=laughs))
    put("legacy.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    put("encrypted-word.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    # PDF
    put("plan.pdf", text_pdf())
    put("corrupt.pdf", b"%PDF-1.4\n" + bytes(range(256)) * 16)
    put("no-text.pdf", text_pdf(content=b"0 0 m 100 100 l S"))
    put("bomb.pdf", text_pdf(content=deflated_zeros(300 * 1024 * 1024), attributes=b"/Filter /FlateDecode "))
    put("many-pages.pdf", text_pdf(pages=1000))
    put("encrypted.pdf", text_pdf(trailer=b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >> "
                                          b"/ID [<%s> <%s>] " % ((b"ab" * 32,) * 2 + (b"cd" * 16,) * 2)))
    # Names and entries
    put(b"non-utf8-\xff\xfe.md", PLAN)
    put("control\x1b]0;x\x07name.md", PLAN)
    put("new\nline.md", PLAN)
    put(".hidden-plan.md", PLAN)
    (folder / ".hidden-folder").mkdir()
    (folder / ".hidden-folder" / "plan.md").write_text(PLAN, "utf-8")
    (folder / "locked").mkdir()
    (folder / "locked" / "plan.md").write_text(PLAN, "utf-8")
    os.chmod(folder / "locked", 0)  # root can still read it; the test fakes the refusal then
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "fifo-plan.txt")
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", folder / "dev-zero.txt")
    os.symlink(outside / "other-team.md", folder / "link-outside.md")
    os.symlink("..", folder / "loop")  # a folder link back up: endless if followed blindly
    return folder


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python tests/hostile.py FOLDER")
    print(write_hostile(sys.argv[1]))
