"""An audit's workers die with it: kill -9 of the audit leaves no orphan holding plan data."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended; only its exit status waits to be collected


def test_workers_die_when_the_audit_is_killed(tmp_path, good_plan):
    plans = tmp_path / "in"
    plans.mkdir()
    for name in ("a", "slow"):
        (plans / f"{name}.md").write_bytes(good_plan.read_bytes())
    env = dict(os.environ, PLANLINT_TEST_HANG_ON="slow")  # one worker busy for an hour, one idle
    audit = subprocess.Popen([sys.executable, "-m", "planlint", "audit", str(plans), "-o", str(tmp_path / "out"),
                              "--jobs", "2", "--timeout", "600", "--quiet"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline:
            assert audit.poll() is None, "the audit ended before it could be killed"
            workers = _children(audit.pid)
            time.sleep(0.2)
        assert len(workers) == 2
        time.sleep(3)  # let them take their files
        audit.send_signal(signal.SIGKILL)
        audit.wait()
        deadline = time.monotonic() + 5
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if _alive(w)]
    finally:
        audit.kill()
        for w in _children(audit.pid) | workers:
            if _alive(w):
                os.kill(w, signal.SIGKILL)
