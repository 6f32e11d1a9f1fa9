"""Record spaCy's Matcher's matches on every sample plan, one digest a plan.

tests/test_sample_plans.py checks that planlint's token matcher gives exactly
spaCy's matches on every sample plan. spaCy's Matcher takes minutes over the
corpus, so its matches are recorded here and the test runs it only on plans the
record does not hold. Run this after changing models/patterns or upgrading spaCy
(the record names both; a stale one is ignored, never trusted):

    python scripts/record_spacy_matches.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import samples  # noqa: E402
from test_matcher import RECORD, _reference, matches_digest, patterns_key, texts_key  # noqa: E402

from planlint import lint_document, readers  # noqa: E402
from planlint.nlp.pipeline import get_nlp  # noqa: E402


def main() -> int:
    nlp, reference = get_nlp(), _reference()
    plans = {}
    for path in sorted((ROOT / "sample_plans").iterdir()):
        if path.suffix not in readers.SUPPORTED_EXTENSIONS or path.stem.lower() == "readme":
            continue
        # the texts as the test takes them: from the plan's Document after it was linted
        texts = [b.text for b in lint_document(samples.fresh(path)).plan.document.blocks if b.text]
        plans[texts_key(texts)] = matches_digest([reference(doc) for doc in nlp.pipe(texts)])
    RECORD.write_text(json.dumps({"patterns": patterns_key(), "plans": plans}, indent=0, sort_keys=True) + "\n",
                      "utf-8")
    print(f"recorded spaCy's matches on {len(plans)} sample plans in {RECORD.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
