"""planlint.audit.runner.WarmPool: warm workers that survive bad jobs."""
from __future__ import annotations

import os
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from planlint.audit.runner import JobFailed, Limits, WarmPool


def _task(job, limits):
    if job == "hang":
        time.sleep(60)
    if job == "crash":
        os._exit(70)
    return (job, os.getpid())


@pytest.fixture(scope="module")
def pool():
    p = WarmPool(_task, Limits(timeout=1.0), jobs=2)
    yield p
    p.close()


def test_many_threads_share_the_warm_workers(pool):
    with ThreadPoolExecutor(8) as threads:
        answers = list(threads.map(pool.run, range(20)))
    assert [job for job, _ in answers] == list(range(20))
    assert len({pid for _, pid in answers}) <= 2  # the same two workers, not one per job


@pytest.mark.parametrize("job, reason", [("hang", "timed out after 1 s"), ("crash", "worker crashed")])
def test_a_job_that_hangs_or_crashes_its_worker_fails_alone(pool, job, reason):
    with pytest.raises(JobFailed, match=reason):
        pool.run(job)
    with ThreadPoolExecutor(2) as threads:
        assert [j for j, _ in threads.map(pool.run, ["a", "b", "c"])] == ["a", "b", "c"]


def test_closing_the_pool_ends_its_workers():
    p = WarmPool(_task, Limits(timeout=5.0), jobs=2)
    p.run("x")
    processes = [w.process for w in p._workers]
    p.close()
    assert processes and not any(proc.is_alive() for proc in processes)
