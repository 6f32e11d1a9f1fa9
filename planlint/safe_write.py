"""Writing output files safely: whole, private, and never through a link.

Each file is first written to a temporary beside it, created with O_EXCL by
tempfile.mkstemp (so a file or link already at that name is never opened) and
private (mode 0600); only when every file of a batch is written are they moved
into place with os.replace, so a reader never sees half a file and a failed
batch leaves the previous files as they were. A symbolic link at a target is
refused, not replaced.

Temporaries are named `.planlint-<pid>-<target name>.<random>.tmp`, so a run
can tell which were left by a planlint process that no longer exists (killed
mid-write) and remove them: they hold plan data.
"""
from __future__ import annotations

import errno
import os
import re
import stat
import tempfile

_TEMPORARY = re.compile(r"\.planlint-(\d+)-.*\.tmp")


def refuse_link(path: str | os.PathLike) -> None:
    """Raise OSError(ELOOP) if `path` is a symbolic link."""
    if os.path.islink(path):
        raise OSError(errno.ELOOP, "is a symbolic link; planlint does not write through links", os.fspath(path))


class StagedWrites:
    """Stage files, then move them all into place in the order written:

        with StagedWrites() as staged:
            staged.write("report/data.csv", text)
            staged.write("report/index.html", html)  # in place last
    """

    def __init__(self):
        self._staged: list[tuple[str, str]] = []

    def write(self, path: str | os.PathLike, data: str | bytes) -> None:
        path = os.fspath(path)
        refuse_link(path)
        folder = os.path.dirname(os.path.abspath(path))
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".planlint-{os.getpid()}-{os.path.basename(path)}.",
                                   suffix=".tmp")
        self._staged.append((tmp, path))
        if isinstance(data, bytes):
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
        else:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
                handle.write(data)

    def __enter__(self) -> "StagedWrites":
        return self

    def __exit__(self, kind, error, traceback) -> None:
        try:
            if kind is None:
                for tmp, path in self._staged:
                    refuse_link(path)
                    os.replace(tmp, path)
        finally:
            for tmp, _ in self._staged:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass  # moved into place
            self._staged = []


def write_atomic(path: str | os.PathLike, data: str | bytes) -> None:
    with StagedWrites() as staged:
        staged.write(path, data)


def remove_stale(folder: str | os.PathLike) -> int:
    """Remove temporaries in `folder` left by planlint processes that have
    ended (yours only); returns how many were removed."""
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    removed = 0
    for name in names:
        match = _TEMPORARY.fullmatch(name)
        if not match or _running(int(match.group(1))):
            continue
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
            if stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid():
                os.unlink(path)
                removed += 1
        except OSError:
            pass
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill there would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True
