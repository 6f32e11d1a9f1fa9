"""The pre-commit hook, run by the real pre-commit in a throwaway git repository.

The hook is taken from .pre-commit-hooks.yaml and run as a `repo: local`
hook with `language: system` pointing at this environment's planlint, so no
network is needed. All names are fictional.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")  # pre-commit depends on PyYAML

ROOT = Path(__file__).resolve().parents[1]
HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
BIN = Path(sys.executable).parent
GOOD = """\
# Child protection plan for Amelia

## What Amelia has told us

Amelia told her social worker she likes it when Nana Linda picks her up from school.

## Outcomes

Amelia is safe at home, gains weight steadily and is seen alone at every visit.

## Action plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Unannounced home visits to see Amelia alone | Social worker (Sam Lee) | Weekly until 30 June 2025 | Visit records show Amelia seen alone |
| Health visitor to weigh Amelia at home | Health visitor (Jo Bright) | Every two weeks | Weight chart shared with the core group |

## Review arrangements

Core group meetings every 4 weeks, first on 3 March 2025. Review conference: 12 May 2025.

## Contingency plan

If Sarah drinks alcohol while caring for Amelia, Amelia will stay with her grandmother Linda and the SW will request a legal planning meeting within 5 working days.
"""
BAD = "# Plan for Amelia\n\n## Action plan\n\n- Sarah to attend the parenting course.\n"


def test_precommit_hook_definition():
    assert len(HOOKS) == 1
    hook = HOOKS[0]
    assert (hook["id"], hook["entry"], hook["language"], hook["pass_filenames"]) == (
        "planlint", "planlint check", "python", True)
    files = re.compile(hook["files"])
    assert all(files.search(f"plans/a{ext}") for ext in (".docx", ".pdf", ".md", ".txt"))
    assert not any(files.search(name) for name in ("setup.py", "plan.doc", "notes.md.bak"))


@pytest.fixture
def repo(tmp_path):
    pre_commit = BIN / "pre-commit"
    planlint = BIN / "planlint"
    if not pre_commit.exists() or not planlint.exists():
        pytest.fail("install the test extras: pip install -e '.[test]' (pre-commit, planlint script)")
    hook = dict(HOOKS[0], language="system", entry=f"{planlint} check")
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (tmp_path / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config))
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(PRE_COMMIT_HOME=str(tmp_path / ".cache"), HOME=str(tmp_path), GIT_CONFIG_NOSYSTEM="1",
               GIT_AUTHOR_NAME="Test", GIT_AUTHOR_EMAIL="test@example.invalid",
               GIT_COMMITTER_NAME="Test", GIT_COMMITTER_EMAIL="test@example.invalid")

    def run(*args, check=True):
        return subprocess.run(args, cwd=tmp_path, env=env, capture_output=True, text=True, check=check,
                              timeout=120)

    run("git", "init", "-q", "-b", "main")
    run("git", "add", ".pre-commit-config.yaml")
    run("git", "commit", "-q", "-m", "config", "--no-verify")
    run(str(pre_commit), "install")
    return tmp_path, run


def test_precommit_passes_a_good_plan_and_blocks_a_bad_one(repo):
    path, run = repo
    (path / "good.md").write_text(GOOD)
    run("git", "add", "good.md")
    ok = run("git", "commit", "-m", "good plan", check=False)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert re.search(r"planlint\.+Passed", ok.stdout + ok.stderr)

    (path / "bad.md").write_text(BAD)
    (path / "script.py").write_text("print('not a plan')\n")
    run("git", "add", "bad.md", "script.py")
    blocked = run("git", "commit", "-m", "bad plan", check=False)
    output = blocked.stdout + blocked.stderr
    assert blocked.returncode != 0
    assert re.search(r"planlint\.+Failed", output)
    assert "bad.md:line 5: M001 missing-measure" in output and "script.py" not in output
    assert run("git", "log", "--format=%s").stdout.splitlines() == ["good plan", "config"]
