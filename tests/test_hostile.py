"""Every command over every hostile input (tests/hostile.py), run as users run
it: each file ends with exit 0, 1 or 2, without a traceback, within
SECONDS, writing nothing outside the output it was given and leaving the
file as it was."""
import hashlib
import json
import os
import stat
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from hostile import write_hostile

SECONDS = 30  # per command and file (check and baseline: all files); the slowest takes 4 s alone, 20 s in this test's parallel runs

# Output-side cases another change fixes (reporters, baseline and audit
# writing names, structure printing plan text). Here they must still not hang,
# use a wrong exit code or change anything, but may end in a traceback.


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile-root")
    folder = write_hostile(root)
    yield root, folder
    os.chmod(folder / "locked", 0o700)  # so pytest can clean up


def _entries(folder: Path) -> list[bytes]:
    return sorted(e for e in os.listdir(os.fsencode(folder)))


def _snapshot(root: Path) -> dict[bytes, str]:
    """Every entry under root (links and pipes not followed) with a hash of each file."""
    found = {}
    for parent, dirs, files in os.walk(os.fsencode(root)):
        for name in dirs + files:
            path = os.path.join(parent, name)
            info = os.lstat(path)
            digest = f"mode {stat.S_IFMT(info.st_mode)}"
            if stat.S_ISREG(info.st_mode):
                with open(path, "rb") as handle:
                    digest = hashlib.sha256(handle.read()).hexdigest()
            elif stat.S_ISLNK(info.st_mode):
                digest = os.readlink(path).hex()
            found[path] = digest
    return found


def _run(args: list, cwd: Path, stdin=None) -> tuple[int, str, float, str]:
    """(exit code, stderr, seconds, stdout)"""
    started = time.monotonic()
    try:
        done = subprocess.run([sys.executable, "-m", "planlint", *args], cwd=cwd, stdin=stdin or subprocess.DEVNULL,
                              capture_output=True, timeout=SECONDS * 2)
    except subprocess.TimeoutExpired:
        return -1, "timed out", SECONDS * 2, ""
    return (done.returncode, done.stderr.decode("utf-8", "replace"), time.monotonic() - started,
            done.stdout.decode("utf-8", "replace"))


def _commands(folder: Path, out: Path) -> list[tuple[str, bytes | None, list, object]]:
    """(command, entry name or None for all of them, arguments, stdin).

    Commands that take one file run once per entry; check and baseline, which
    take many, run once over all entries (check's JSON then gives each one's
    status), and so does the audit over the folder.
    """
    jobs = []
    entries = []
    for n, name in enumerate(_entries(folder)):
        path = os.path.join(os.fsencode(folder), name)
        if os.path.isdir(path) and not os.path.islink(path):
            continue
        entries.append(path)
        jobs += [
            ("structure", name, ["structure", path], None),
            ("annotate", name, ["annotate", path, "-o", out / f"annotated-{n}.docx"], None),
        ]
        if stat.S_ISREG(os.stat(path).st_mode) or name == b"dev-zero.txt":  # what standard input can be
            jobs.append(("stdin", name, ["check", "-", "--stdin-filename", "plan"], path))
    jobs.append(("check", None, ["check", "--format", "json", *entries], None))
    jobs.append(("baseline", None, ["baseline", *entries, "-o", out / "baseline.json"], None))
    jobs.append(("audit", None, ["audit", folder, "-o", out / "report", "-q"], None))
    jobs.append(("audit --follow-symlinks", None,
                 ["audit", folder, "-o", out / "report-links", "-q", "--follow-symlinks"], None))
    jobs.append(("check folder", None, ["check", folder], None))
    return jobs


def test_every_command_survives_every_hostile_file(hostile, tmp_path):
    root, folder = hostile
    out, cwd = tmp_path / "out", tmp_path / "cwd"
    out.mkdir()
    cwd.mkdir()
    before = _snapshot(root)

    def run(job):
        command, name, args, stdin_path = job
        if stdin_path is None:
            return job, _run(args, cwd)
        with open(stdin_path, "rb") as stdin:
            return job, _run(args, cwd, stdin)

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(run, _commands(folder, out)))

    problems = []
    for (command, name, args, _stdin), (code, stderr, seconds, stdout) in results:
        what = f"{command} {name!r}"
        if command == "check":  # every entry reported, each with its own status
            statuses = {f["path"]: f["status"] for f in json.loads(stdout)["files"]}
            assert statuses and set(statuses.values()) <= {"ok", "error"}
        if code not in (0, 1, 2):
            problems.append(f"{what}: exit {code} {stderr[-300:]}")
        if seconds > SECONDS:
            problems.append(f"{what}: {seconds:.0f} s")
        if "Traceback" in stderr:
            problems.append(f"{what}: traceback {stderr[-300:]}")
    assert problems == []
    assert _snapshot(root) == before  # no original changed, nothing written beside them
    assert os.listdir(cwd) == []


def test_refusals_name_the_limit(hostile, tmp_path):
    _root, folder = hostile
    expected = {
        "huge.txt": "too large to be a plan: file over 50 MB",
        "million-char-paragraph.md": "too large to be a plan: over 500,000 characters of text",
        "one-long-word.txt": "too large to be a plan: a paragraph or table cell of over 100,000 characters",
        "hundred-thousand-rows.docx": "too large to be a plan: over 5,000 table rows",
        "many-pages.pdf": "too large to be a plan: over 200 pages",
        "bomb.pdf": "too large to be a plan: its content inflates to over 200 MB (decompression bomb?)",
        "fifo-plan.txt": "not a regular file (a named pipe): planlint reads only ordinary files",
        "dev-zero.txt": "not a regular file (a device): planlint reads only ordinary files",
    }
    for name, message in expected.items():
        code, stderr, _, _ = _run(["structure", folder / name], tmp_path)
        assert (code, stderr) == (2, f"{folder / name}: cannot read: {message}\n"), name


def test_folder_entries_are_reported_not_skipped_silently(hostile, tmp_path):
    _root, folder = hostile
    code, stderr, _, _ = _run(["check", folder, "--format", "json"], tmp_path)
    lines = set(stderr.splitlines())
    link = "symbolic link, not followed (add --follow-symlinks to lint what it points to)"
    assert {
        f"{folder / '.hidden-plan.md'}: skipped: hidden file",
        f"{folder / '.hidden-folder'}: skipped: hidden folder",
        f"{folder / 'legacy.doc'}: skipped: unsupported file type '.doc' (planlint reads .docx, .pdf, .md, .txt)",
        f"{folder / 'link-outside.md'}: skipped: {link}",
        f"{folder / 'dev-zero.txt'}: skipped: {link}",
        f"{folder / 'loop'}: skipped: {link}",
    } <= lines
    assert code == 2  # corrupt files in the folder


def test_symlinks_are_followed_only_when_asked_and_a_loop_ends(hostile, tmp_path):
    root, folder = hostile
    linked = str(folder / "link-outside.md")
    _code, _stderr, _, stdout = _run(["check", folder, "--format", "json"], tmp_path)
    paths = {f["path"] for f in json.loads(stdout)["files"]}
    assert linked not in paths and str(folder / "plan.md") in paths
    _code, _stderr, seconds, stdout = _run(["check", folder, "--follow-symlinks", "--format", "json"], tmp_path)
    paths = [f["path"] for f in json.loads(stdout)["files"]]
    assert linked in paths
    assert str(folder / "loop" / "outside" / "other-team.md") in paths  # through the loop once, then no more
    assert not [p for p in paths if str(folder / "loop" / "hostile") in p]  # the folder itself, not again
