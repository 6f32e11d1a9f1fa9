"""What reading a plan costs, by format, on the sample plans.

    python bench/bench_read.py [--every 5]

For every --every'th sample plan: the time planlint's reader takes, and a warm
lint of what it read. For each PDF also the time pdfplumber's stock pages take to
build their objects (`page.chars`: pdfminer's interpretation of the page and
pdfplumber's dictionary for each character), which the reader's pages build
with a leaner character step (readers/pdf.py) before finding tables and
lines. Medians and totals per format. Not a test: nothing is asserted.
"""
from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from planlint import lint_document, readers  # noqa: E402


def _page_objects(path: Path) -> float:
    import pdfplumber

    start = time.perf_counter()
    pdf = pdfplumber.PDF(io.BytesIO(path.read_bytes()))
    for page in pdf.pages:
        page.chars  # noqa: B018 (builds the page's objects)
        page.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--every", type=int, default=5)
    args = parser.parse_args()
    plans = [p for p in sorted((ROOT / "sample_plans").iterdir())
             if p.suffix in readers.SUPPORTED_EXTENSIONS and p.stem.lower() != "readme"][::args.every]
    lint_document(readers.read_path(plans[0]))  # the pipeline built, and the reader modules imported, untimed
    read, linted, objects = defaultdict(list), defaultdict(list), []
    for path in plans:
        start = time.perf_counter()
        document = readers.read_path(path)
        mid = time.perf_counter()
        lint_document(document)
        read[path.suffix].append(mid - start)
        linted[path.suffix].append(time.perf_counter() - mid)
        if path.suffix == ".pdf":
            objects.append(_page_objects(path))
    print(f"{len(plans)} sample plans (every {args.every}th)")
    print("| format | plans | read, median ms | read, total s | lint, median ms |")
    print("|---|---|---|---|---|")
    for suffix in sorted(read):
        print(f"| {suffix} | {len(read[suffix])} | {statistics.median(read[suffix]) * 1000:.0f} | "
              f"{sum(read[suffix]):.1f} | {statistics.median(linted[suffix]) * 1000:.0f} |")
    if objects:
        share = sum(objects) / sum(read[".pdf"])
        print(f"PDF: pdfplumber's stock page objects alone, median {statistics.median(objects) * 1000:.0f} ms a plan "
              f"({share:.0%} of the PDF reads' time)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
