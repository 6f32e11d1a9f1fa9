"""A short load run of `planlint serve` on loopback (bench/bench_serve.py; the
README's 60 s figures come from the same script): 20 clients, sample plans
mixed with hostile files, bounded in time."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_twenty_clients_with_hostile_files_get_only_expected_answers():
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "bench_serve.py"), "--seconds", "12", "--json"],
                          capture_output=True, text=True, timeout=300)
    figures = json.loads(done.stdout.strip().splitlines()[-1])

    assert figures["failed"] == 0 and figures["server_alive"], figures
    assert figures["statuses"].get("200", 0) > 0 and figures["hostile"] > 0
    assert {"413", "422"} <= set(figures["statuses"])  # hostile files answered, one error each
    assert figures["p95_s"] <= figures["p95_bound_s"], figures
    assert figures["server_rss_peak_mb"] <= figures["server_rss_bound_mb"], figures
    assert done.returncode == 0
