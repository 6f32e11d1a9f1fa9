"""Lint many files in worker processes, each file under a time limit.

Where processes can fork, the parent loads the language pipeline once and
every worker starts with it; elsewhere (Windows) each worker loads it when it
starts. A worker then takes one file at a time from the parent over a pipe. The parent waits for each answer until that
file's deadline: a worker that overruns is killed and replaced, and one that
dies is replaced, so a hung or crashed worker costs only its own file an
error line ("timed out after 60 s", "worker crashed"). Each worker caps its
own address space (RLIMIT_AS) so one hostile file cannot take the machine's
memory; the size and zip-bomb limits of planlint.readers apply as usual.
Workers die with the parent, even one killed with SIGKILL, so no orphan keeps
a plan in memory.

Results are the JSON contract of one file (FileReport.to_dict()) plus
"linted_at" and the plan's case facts ("facts"). With redact=True the worker redacts them before they leave it,
so the plan's names never reach the parent.

Test hooks, for the test suite only: PLANLINT_TEST_HANG_ON=<file stem> makes
a worker sleep forever on that file; PLANLINT_TEST_CRASH_ON=<file stem> makes
it exit abruptly. Both do nothing unless set.
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from multiprocessing.connection import wait
from pathlib import Path
from typing import Callable

START_TIMEOUT = 120.0  # seconds a new worker may take to load the pipeline
MAX_START_FAILURES = 3
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


class AuditError(Exception):
    """The audit could not run at all (e.g. no worker could start)."""


@dataclass(frozen=True)
class Limits:
    timeout: float = 60.0
    max_memory_mb: int = 2048
    redact: bool = False


def now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def error_result(path: str, reason: str) -> dict:
    return {"path": path, "status": "error", "error": reason, "actions": 0, "findings": [],
            "linted_at": now_iso()}


def lint_files(paths: list[str], limits: Limits, jobs: int,
               on_done: Callable[[int], None] | None = None) -> list[dict]:
    """Results for `paths`, in order. Never raises for a bad file."""
    results: list[dict | None] = [None] * len(paths)
    pending = deque(range(len(paths)))
    forking = sys.platform.startswith("linux")
    ctx = multiprocessing.get_context("fork" if forking else "spawn")
    if forking and paths:
        try:
            _load_pipeline()  # before the first fork, so no worker loads it again
        except Exception:  # noqa: BLE001  each worker then tries, and reports why it cannot
            pass
    pool: list[_Worker] = []
    start_failures, last_reason = 0, ""

    def finish(index: int, result: dict) -> None:
        results[index] = result
        if on_done:
            on_done(1)

    try:
        pool = [_Worker(ctx, limits) for _ in range(min(max(jobs, 1), len(paths)))]
        while pending or any(w.job is not None for w in pool):
            for w in pool:
                if w.ready and w.job is None and pending:
                    w.give(pending.popleft(), paths, limits.timeout)
            deadlines = [w.deadline for w in pool if w.deadline is not None]
            wait_for = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            wait([w.conn for w in pool] + [w.process.sentinel for w in pool], timeout=wait_for)
            for w in list(pool):
                message, dead = w.receive()
                if message and message[0] == "ready":
                    w.ready, w.deadline, start_failures = True, None, 0
                    continue
                if message and message[0] == "done":
                    finish(message[1], message[2])
                    w.job, w.deadline = None, None
                    continue
                if message and message[0] == "init-failed":
                    dead, last_reason = True, message[1]
                timed_out = not dead and w.deadline is not None and time.monotonic() > w.deadline
                if not (dead or timed_out):
                    continue
                w.kill()
                if w.job is not None:
                    finish(w.job, error_result(paths[w.job], (
                        f"timed out after {limits.timeout:g} s" if timed_out else "worker crashed")))
                elif not w.ready:
                    start_failures += 1
                    last_reason = last_reason or ("worker took too long to start" if timed_out else "worker exited")
                    if start_failures >= MAX_START_FAILURES:
                        raise AuditError(f"could not start a worker process: {last_reason}")
                if pending:
                    pool[pool.index(w)] = _Worker(ctx, limits)
                else:
                    pool.remove(w)
    finally:
        for w in pool:
            w.stop()
    return results  # type: ignore[return-value]


class _Worker:
    def __init__(self, ctx, limits: Limits, task: Callable | None = None):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, limits, os.getpid(), task), daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.job: int | None = None
        self.deadline: float | None = time.monotonic() + max(START_TIMEOUT, limits.timeout)

    def give(self, index: int, paths: list[str], timeout: float) -> None:
        self.job = index
        self.deadline = time.monotonic() + timeout
        self.conn.send((index, paths[index]))

    def receive(self) -> tuple[tuple | None, bool]:
        """(message or None, whether the worker is gone)."""
        try:
            if self.conn.poll():
                return self.conn.recv(), False
        except (EOFError, OSError):
            return None, True
        return None, not self.process.is_alive()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()

    def stop(self) -> None:
        if self.process.is_alive() and self.ready and self.job is None:
            try:
                self.conn.send(None)
                self.process.join(2)
            except (OSError, ValueError):
                pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


class JobFailed(Exception):
    """A WarmPool job cost its worker: it ran past its deadline or the worker died."""


class WarmPool:
    """The same workers kept warm between jobs, for a long-running front end
    (planlint serve): run(job) returns task(job, limits) computed in a worker.

    run() may be called from many threads at once; each call waits for an
    idle worker (the caller bounds how many wait) and then for the answer
    until the job's deadline. A worker that overruns or dies is replaced and
    only that call raises JobFailed.
    """

    def __init__(self, task: Callable, limits: Limits, jobs: int):
        self.task, self.limits = task, limits
        forking = sys.platform.startswith("linux")
        self._ctx = multiprocessing.get_context("fork" if forking else "spawn")
        if forking:
            _load_pipeline()  # before the first fork, as in lint_files
        # A worker forked while another is being started would hold that
        # one's end of its pipe open, so starts take turns.
        self._starting = threading.Lock()
        self._workers: set[_Worker] = set()
        self._idle: queue.SimpleQueue = queue.SimpleQueue()
        for _ in range(max(jobs, 1)):
            self._idle.put(self._start())

    def run(self, job):
        worker = self._ready(self._idle.get())
        try:
            worker.job, worker.deadline = 0, time.monotonic() + self.limits.timeout
            try:
                worker.conn.send((0, job))
            except (OSError, ValueError):
                pass  # it died while idle: the wait below finds it gone
            while True:
                wait([worker.conn, worker.process.sentinel], timeout=max(0.0, worker.deadline - time.monotonic()))
                message, dead = worker.receive()
                if message and message[0] == "done":
                    worker.job, worker.deadline = None, None
                    return message[2]
                if dead or time.monotonic() > worker.deadline:
                    worker = self._replace(worker)
                    raise JobFailed("worker crashed" if dead else f"timed out after {self.limits.timeout:g} s")
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        for w in list(self._workers):
            w.stop()

    def _start(self) -> _Worker:
        with self._starting:
            worker = _Worker(self._ctx, self.limits, self.task)
            self._workers.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> _Worker:
        worker.kill()
        self._workers.discard(worker)
        return self._start()

    def _ready(self, worker: _Worker) -> _Worker:
        """`worker` once it has loaded the pipeline, or a replacement; AuditError when none will start."""
        failures, reason = 0, ""
        while not worker.ready:
            wait([worker.conn, worker.process.sentinel], timeout=max(0.0, worker.deadline - time.monotonic()))
            message, dead = worker.receive()
            if message and message[0] == "ready":
                worker.ready, worker.deadline = True, None
            elif dead or (message and message[0] == "init-failed") or time.monotonic() > worker.deadline:
                failures += 1
                reason = message[1] if message and message[0] == "init-failed" else "worker did not start"
                worker = self._replace(worker)
                if failures >= MAX_START_FAILURES:
                    self._idle.put(worker)
                    raise AuditError(f"could not start a worker process: {reason}")
        return worker


def _load_pipeline() -> None:
    from ..config import Config
    from ..sequencer import analyser_for

    analyser_for(Config())


def _worker_main(conn, limits: Limits, parent_pid: int, task: Callable | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with_parent(parent_pid)
    try:
        _limit_memory(limits.max_memory_mb)
        _load_pipeline()  # already loaded where the parent forked
    except MemoryError:
        conn.send(("init-failed", f"out of memory loading the language pipeline (raise --max-memory-mb above {limits.max_memory_mb})"))
        return
    except Exception as exc:  # noqa: BLE001  reported as one line, no detail
        conn.send(("init-failed", f"{type(exc).__name__} while loading the language pipeline"))
        return
    conn.send(("ready",))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        index, path = job
        conn.send(("done", index, (task or lint_to_result)(path, limits)))


def lint_to_result(path: str, limits: Limits) -> dict:
    from ..config_file import settings_for
    from ..errors import UsageError
    from ..sequencer import lint
    from .casefacts import case_facts
    from .redact import redact_result

    _test_hooks(path)
    try:
        try:
            config = settings_for(path)  # the nearest planlint.toml, as `check` uses
        except UsageError as exc:
            return error_result(path, f"bad settings: {exc}")
        report = lint(Path(path), config, name=path)
        result = report.to_dict()
        if report.plan is not None:
            result["facts"] = case_facts(report.plan.facts, limits.redact)
        if limits.redact and report.plan is not None:
            redact_result(result, report.plan)
    except MemoryError:
        return error_result(path, f"out of memory (over {limits.max_memory_mb} MB)")
    except Exception as exc:  # noqa: BLE001  a bug must cost one file, not the batch
        return error_result(path, f"internal error ({type(exc).__name__})")
    result["linted_at"] = now_iso()
    return result


def _die_with_parent(parent_pid: int) -> None:
    """Make this worker exit when the parent does, however the parent ends.

    A worker blocked in a hung file, or waiting on a pipe that a sibling also
    holds open, would otherwise outlive a killed parent by minutes. Linux
    kills it at once (PR_SET_PDEATHSIG); elsewhere a thread waits on the
    parent's sentinel, which every platform's multiprocessing provides.
    """
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL) == 0:
                if os.getppid() != parent_pid:  # the parent died before prctl took effect
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_when_gone, args=(parent.sentinel,), daemon=True).start()


def _exit_when_gone(sentinel) -> None:
    wait([sentinel])
    os._exit(1)


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # not on this platform
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = megabytes * 1024 * 1024
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def _test_hooks(path: str) -> None:
    stem = Path(path).stem
    if stem and stem == os.environ.get("PLANLINT_TEST_HANG_ON"):
        time.sleep(3600)
    if stem and stem == os.environ.get("PLANLINT_TEST_CRASH_ON"):
        os._exit(70)
