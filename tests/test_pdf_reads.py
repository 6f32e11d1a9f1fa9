"""The record of the PDF reader's reads of the sample PDFs (pdf_reads.py),
which test runs take instead of reading every PDF again, is today's reader's."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pdf_reads
from planlint import readers

ROOT = Path(__file__).resolve().parent.parent
PDFS = sorted((ROOT / "sample_plans").glob("*.pdf"))
FIXTURES = Path(__file__).parent / "fixtures" / "readers"


def test_the_record_holds_every_sample_pdf_as_it_is_now():
    """After changing the PDF reader (or what it imports) or adding PDFs:
    python scripts/record_pdf_reads.py"""
    stale = "tests/fixtures/pdf_reads.json.gz is stale: run scripts/record_pdf_reads.py"
    assert pdf_reads._recorded(), stale + " (made by another reader)"
    missing = [p.name for p in PDFS if pdf_reads.recorded(p) is None]
    assert missing == [], stale
    assert set(pdf_reads._recorded()) == {p.name for p in PDFS}, stale


def test_a_share_of_the_sample_pdfs_read_now_give_the_record():
    """Each run reads every 20th sample PDF for real: a reader's dependency the fingerprint
    missed, or a read that is not the same each time, shows here."""
    for path in PDFS[::20]:
        assert pdf_reads.recorded(path) == readers.read_path(path), path.name


def test_a_document_comes_back_from_the_record_as_it_went_in():
    for name in ("plan.pdf", "labelled_export.pdf", "cut_rows.pdf"):
        document = readers.read_path(FIXTURES / name)
        data = json.loads(json.dumps(pdf_reads.to_data(document)))
        back = pdf_reads.from_data(data, FIXTURES / name)
        assert back == document
        assert any(b.table for b in back.blocks) or name != "plan.pdf"


def test_the_fingerprint_holds_every_planlint_module_a_pdf_read_imports():
    fixtures = [str(FIXTURES / f"{n}.pdf") for n in ("plan", "labelled_export", "stacked_fields", "caps_fields")]
    script = ("import sys; from planlint import readers\n"
              f"for f in {fixtures!r}: readers.read_path(f)\n"
              "print('\\n'.join(m.__file__ for n, m in sys.modules.items()\n"
              "                 if n.split('.')[0] == 'planlint' and getattr(m, '__file__', None)))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    imported = {Path(f).resolve().relative_to(ROOT).as_posix() for f in out.split()}
    assert "planlint/readers/pdf.py" in imported and "planlint/loader.py" in imported
    assert imported - set(pdf_reads.READER_FILES) == set()


def test_a_changed_reader_or_file_is_not_taken_from_the_record(tmp_path, monkeypatch):
    path = PDFS[0]
    assert pdf_reads.recorded(path) is not None
    copy = tmp_path / path.name
    copy.write_bytes(path.read_bytes() + b"\n%")  # the same name, other bytes
    assert pdf_reads.recorded(copy) is None
    pdf_reads._recorded.cache_clear()
    monkeypatch.setattr(pdf_reads, "fingerprint", lambda: "another reader")
    try:
        assert pdf_reads.recorded(path) is None
    finally:
        monkeypatch.undo()
        pdf_reads._recorded.cache_clear()
