"""planlint installed the way users install it: a wheel or an sdist into a
fresh virtual environment (no -e), and the real pre-commit flow.

A stale file in a build folder once reached the wheel and made every plan
unreadable, and an editable install cannot show that. These tests build from a
clean copy of the source (what git would check out, plus uncommitted edits),
so nothing left in this working tree can leak in.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PLAN = "sample_plans/brackenridge_core_group_amelia.docx"
BAD = "# Plan for Amelia\n\n## Action plan\n\n- Sarah to attend the parenting course.\n"


def _run(*args, cwd=None, env=None, check=True, timeout=600):
    result = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True,
                            timeout=timeout)
    if check and result.returncode != 0:
        raise AssertionError(f"{args} exited {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result


def _clean_copy(dest: Path) -> Path:
    """The files git would check out, as they are now: tracked and new, never ignored; of the
    sample plans (82 MB, never in a wheel or sdist) only the one the tests lint."""
    listed = _run("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=ROOT).stdout
    for name in filter(None, listed.split("\0")):
        src = ROOT / name
        if name.startswith("sample_plans/") and name != PLAN:
            continue
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


# pip byte-compiles every module it installs (spaCy's dependencies are thousands); what these
# tests check is what the install holds and how it runs, and Python compiles on first import.
_NO_BYTECODE = {**os.environ, "PIP_NO_COMPILE": "1"}


def _fresh_venv(path: Path) -> Path:
    venv.create(path, with_pip=True)
    return path / "bin"


def _lint_json(planlint: Path, cwd: Path) -> str:
    result = _run(planlint, "check", "--format", "json", PLAN, cwd=cwd, check=False)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def source(tmp_path_factory):
    return _clean_copy(tmp_path_factory.mktemp("src"))


@pytest.fixture(scope="module")
def dists(source, tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    _run(sys.executable, "-m", "build", "--wheel", "--sdist", "--outdir", out, source)
    return {"wheel": next(out.glob("*.whl")), "sdist": next(out.glob("*.tar.gz"))}


@pytest.fixture(scope="module")
def fresh_bin(tmp_path_factory):
    """One fresh venv holding planlint alone, installed from the wheel and then the sdist
    without dependencies: it finds them in this environment's site-packages (a path file
    names that folder, whose own path files, among them the editable install's, are
    not read). Installing spaCy and the rest again took two minutes a run; the pre-commit
    test below installs the declared dependencies for real, into the hook's environment."""
    bin_dir = _fresh_venv(tmp_path_factory.mktemp("fresh") / "venv")
    purelib = _run(bin_dir / "python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))").stdout.strip()
    (Path(purelib) / "test-dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", "utf-8")
    return bin_dir


@pytest.mark.parametrize("kind", ["wheel", "sdist"])
def test_install_non_editable_lints_like_the_editable_install(kind, dists, source, fresh_bin):
    # --force-reinstall takes the wheel's files away first, so none can stand in for a file the sdist lacks.
    args = ["--no-deps", "--force-reinstall"] if kind == "sdist" else ["--no-deps"]
    _run(fresh_bin / "python", "-m", "pip", "install", "-q", *args, dists[kind], env=_NO_BYTECODE)
    where = _run(fresh_bin / "python", "-c", "import planlint; print(planlint.__file__)", cwd=fresh_bin).stdout
    assert Path(where.strip()).is_relative_to(fresh_bin.parent)  # the installed copy, not this checkout
    installed = _lint_json(fresh_bin / "planlint", cwd=source)
    editable = _lint_json(BIN / "planlint", cwd=source)
    assert '"status": "ok"' in installed
    assert installed == editable


def test_install_leaves_no_build_output_in_git(source):
    tracked = _run("git", "ls-files", cwd=ROOT).stdout.splitlines()
    assert not [t for t in tracked if t.startswith(("build/", "dist/")) or ".egg-info/" in t]


def test_install_precommit_try_repo_runs_the_declared_hook(source, tmp_path):
    """`pre-commit try-repo` installs the hook exactly as .pre-commit-hooks.yaml
    declares it (language: python), i.e. a non-editable pip install."""
    pre_commit = BIN / "pre-commit"
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(PRE_COMMIT_HOME=str(tmp_path / "cache"), HOME=str(tmp_path), GIT_CONFIG_NOSYSTEM="1", PIP_NO_COMPILE="1",
               GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.invalid",
               GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.invalid")
    hook_repo = tmp_path / "hook"
    shutil.copytree(source, hook_repo)
    _run("git", "init", "-q", "-b", "main", cwd=hook_repo, env=env)
    _run("git", "add", "-A", cwd=hook_repo, env=env)
    _run("git", "commit", "-q", "-m", "planlint", cwd=hook_repo, env=env)

    plans = tmp_path / "plans"
    plans.mkdir()
    _run("git", "init", "-q", "-b", "main", cwd=plans, env=env)
    shutil.copy(source / PLAN, plans / "amelia.docx")
    (plans / "bad.md").write_text(BAD)
    _run("git", "add", "-A", cwd=plans, env=env)

    # One run for both files: each try-repo builds the hook's environment afresh (about 90 s).
    run = _run(pre_commit, "try-repo", hook_repo, "planlint", "--files", "amelia.docx", "bad.md",
               cwd=plans, env=env, check=False)
    assert "cannot read" not in run.stdout, run.stdout
    assert re.search(r"amelia\.docx: \d+ actions", run.stdout), run.stdout  # the Word plan was read
    assert run.returncode == 1, run.stdout + run.stderr
    assert "bad.md:line 5: M001 missing-measure" in run.stdout
