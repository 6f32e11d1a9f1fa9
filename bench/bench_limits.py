"""Time and peak memory of `planlint check` on inputs at and past its limits.

    python bench/bench_limits.py

Each input is linted in its own process; peak memory is that process's
maximum resident set. "at the limit" inputs are the largest planlint accepts
(varied plan text, so nothing is cached); "past" ones are hostile files from
tests/hostile.py that must be refused quickly.
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from hostile import deflated_zeros, docx, paragraph, pdf, stream, text_pdf  # noqa: E402

from planlint.readers import limits  # noqa: E402


def varied_text(characters: int) -> str:
    """Plan-like text with a heading every few lines, no two paragraphs alike."""
    parts, size, n = [], 0, 0
    while size < characters - 200:
        parts.append(f"## Section {n}\n\n- The health visitor {n} will weigh the baby every {n % 7 + 1} days.\n"
                     f"Mum {n} will attend group {n} by {n % 28 + 1} March 2025.\n\n")
        size += len(parts[-1])
        n += 1
    return "".join(parts)


def rows_docx(rows: int) -> bytes:
    body = "".join(f"<w:tr><w:tc>{paragraph(f'Visit {n} weekly')}</w:tc><w:tc>{paragraph(f'Worker {n}')}</w:tc></w:tr>"
                   for n in range(rows))
    return docx(f"<w:tbl>{body}</w:tbl>")


def pages_pdf(pages: int) -> bytes:
    """`pages` pages, each with its own few lines (shared lines would be dropped as running headers)."""
    contents = [b"BT /F1 11 Tf 72 720 Td 14 TL " + b"".join(
        b"(Page %d: the social worker %d will visit every %d days.) '" % (n, n * 10 + line, line + 1)
        for line in range(25)) + b" ET" for n in range(pages)]
    first_page = 3 + pages
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
                   b" ".join(b"%d 0 R" % (first_page + n) for n in range(pages)), pages),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    objects += [stream(content) for content in contents]
    objects += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                b"/Resources << /Font << /F1 3 0 R >> >> >>" % (4 + n) for n in range(pages)]
    return pdf(objects)


def measure(path: Path) -> tuple[float, float, str]:
    """(seconds, peak resident MB, status) of one `planlint check` process."""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-m", "planlint", "check", "--format", "json", str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    out = child.stdout.read()
    _pid, _status, usage = os.wait4(child.pid, 0)
    seconds = time.monotonic() - started
    status = "error" if b'"status": "error"' in out else "ok"
    return seconds, usage.ru_maxrss / 1024, status


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        inputs = {
            f"text, {limits.MAX_CHARACTERS:,} characters (at the limit)": ("at.md", varied_text(limits.MAX_CHARACTERS)),
            f"docx, {limits.MAX_TABLE_ROWS:,} table rows (at the limit)": ("rows.docx", rows_docx(limits.MAX_TABLE_ROWS)),
            f"pdf, {limits.MAX_PDF_PAGES} pages (at the limit)": ("pages.pdf", pages_pdf(limits.MAX_PDF_PAGES)),
            "text, 45 MB (refused)": ("past.md", varied_text(45 * limits.MB)),
            "docx, 100,000 table rows (refused)": ("past.docx", rows_docx(100_000)),
            "pdf, 50,000 pages (refused)": ("past.pdf", text_pdf(50_000)),
            "pdf, stream inflating to 1.4 GB (refused)": (
                "bomb.pdf", text_pdf(content=deflated_zeros(1400 * 1024 * 1024), attributes=b"/Filter /FlateDecode ")),
        }
        print("| input | status | time | peak memory |\n|---|---|---|---|")
        for label, (name, data) in inputs.items():
            path = folder / name
            path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
            seconds, megabytes, status = measure(path)
            print(f"| {label} | {status} | {seconds:.1f} s | {megabytes:.0f} MB |", flush=True)


if __name__ == "__main__":
    main()
