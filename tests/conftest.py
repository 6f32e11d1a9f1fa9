"""Shared fixtures: small fictional plans built in the test, never real data."""
import os
import shutil
import tempfile
from pathlib import Path

import pytest

GOOD_MD = """# Child protection plan for Amelia
Child: Amelia Stone, 6 weeks old. Mum: Sarah Stone.

## Amelia's wishes and feelings
Amelia is 6 weeks old. At visits she was seen to settle quickly when held by her grandmother.

## Outcomes
- Amelia is fed on time, gains weight and is seen by a professional every week.

## Action plan
| Outcome | Action | Who | By when | How we will know |
|---|---|---|---|---|
| Amelia gains weight | Weigh Amelia and record it in the red book | Health visitor | Weekly | Weight stays on the 9th centile or above |
| Amelia is safe at home | Unannounced visits, seeing Amelia alone | Social worker | Every Tuesday | Visit records show Amelia seen |
| Sarah's mood is safe for Amelia | Review Sarah and report on her capacity to change and the likely timescale | Perinatal mental health team | by 14 March 2025 | Written report to the core group |

## Contingency plan
If Sarah misses two feeds or stops taking her medication, Amelia will stay with her grandmother the same day and the SW will request a legal planning meeting.
If the grandmother is unable to help, the SW will arrange a foster placement.

## Review arrangements
The core group will meet every 4 weeks, first on 3 March 2025. The review child protection conference is on 12 May 2025.
"""

BAD_MD = """# Child protection plan
## Action plan
- Mum will be supported with her mental health.
- All professionals to monitor ongoing.
"""


@pytest.fixture
def good_plan(tmp_path) -> Path:
    p = tmp_path / "good.md"
    p.write_text(GOOD_MD, encoding="utf-8")
    return p


@pytest.fixture
def bad_plan(tmp_path) -> Path:
    p = tmp_path / "bad.md"
    p.write_text(BAD_MD, encoding="utf-8")
    return p


# The longest test files first: with one worker per core (pytest-xdist, scripts/test.sh) they
# start together at the beginning instead of finishing the run on one worker while the other waits.
_LONGEST_FIRST = ("test_sample_plans.py", "test_install.py", "test_hostile.py", "test_serve_load.py",
                  "test_facts_patterns.py", "test_output_safety.py")


def pytest_collection_modifyitems(items):
    rank = {name: i for i, name in enumerate(_LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order


# samples.py shares the sample plans' reads between workers through this folder.
# The first process (the controller, or the only one) makes it; workers inherit it.
_READS = "PLANLINT_TEST_READS"
_made_reads = None


def pytest_configure(config):
    global _made_reads
    if not os.environ.get(_READS):
        _made_reads = os.environ[_READS] = tempfile.mkdtemp(prefix="planlint-test-reads-")


def pytest_unconfigure(config):
    if _made_reads:
        shutil.rmtree(_made_reads, ignore_errors=True)
        os.environ.pop(_READS, None)
