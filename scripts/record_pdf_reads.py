"""Record what the PDF reader reads from every sample PDF (tests/pdf_reads.py).

A test run takes a sample PDF's Document from this record instead of reading
the PDF again, when the record holds today's reader and the file's bytes;
tests/test_pdf_reads.py fails while it does not. Run this after changing the
PDF reader or what it imports (the record names them), or after adding PDFs:

    python scripts/record_pdf_reads.py [--jobs N]
"""
from __future__ import annotations

import argparse
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import pdf_reads  # noqa: E402

from planlint import readers  # noqa: E402


def _entry(path: Path) -> tuple[str, dict]:
    document = readers.read_path(path)
    return path.name, {"sha256": pdf_reads.file_digest(path), "document": pdf_reads.to_data(document)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()
    paths = sorted((ROOT / "sample_plans").glob("*.pdf"))
    with ProcessPoolExecutor(args.jobs) as pool:
        plans = dict(pool.map(_entry, paths, chunksize=8))
    pdf_reads.write(plans)
    print(f"recorded the reads of {len(plans)} sample PDFs in {pdf_reads.RECORD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
