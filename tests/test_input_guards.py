"""Guards on everything planlint reads: settings, baselines, standard input,
folders, options, time; and lint() that never raises."""
import os
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

import planlint
from planlint.cli import main
from planlint.readers import limits


def run(*args, input=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, catch_exceptions=False)


def planlint_process(*args, cwd=None, timeout=60):
    return subprocess.run([sys.executable, "-m", "planlint", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("option", ["--config", "--baseline"])
@pytest.mark.skipif(not os.path.exists("/dev/zero") or not hasattr(os, "mkfifo"), reason="POSIX only")
def test_settings_and_baseline_that_never_end_are_refused(tmp_path, good_plan, option):
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    for source, kind in (("/dev/zero", "a device"), (fifo, "a named pipe")):
        done = planlint_process("check", good_plan, option, source, timeout=30)
        assert done.returncode == 2
        assert f"not a regular file ({kind}): planlint reads only ordinary files" in done.stderr
        assert "Traceback" not in done.stderr


def test_settings_file_over_its_limit_is_refused(tmp_path, good_plan):
    settings = tmp_path / "planlint.toml"
    settings.write_text("# padding\n" * 200_000)
    result = run("check", good_plan, "--config", settings)
    assert result.exit_code == 2
    assert f"{settings}: cannot read settings: too large to be a settings file: file over 1 MB" in result.output


def test_standard_input_is_read_only_up_to_the_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    result = run("check", "--format", "json", "-", input="The SW will visit weekly.\n" * 100)
    assert result.exit_code == 2
    assert '"error": "too large to be a plan: file over 1,000 bytes"' in result.output


@pytest.mark.parametrize("option", ["--select", "--ignore"])
def test_unknown_rule_in_select_or_ignore_is_a_usage_error(good_plan, option):
    result = run("check", good_plan, option, "T002,vague-ownr")
    assert result.exit_code == 2
    assert f"{option}: unknown rule 'vague-ownr'; known codes: C001, C002" in result.output
    assert run("check", good_plan, option, "t002,vague-owner,T").exit_code in (0, 1)  # case and prefixes still work


def test_unreadable_folder_is_reported_and_fails_the_run(tmp_path, good_plan, monkeypatch):
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "plan.md").write_text("# Plan\n")
    real_scandir = os.scandir

    def scandir(path):  # chmod 000 does not stop root, so refuse as the system would
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run("check", tmp_path)
    assert f"{locked}: cannot read: cannot open folder: Permission denied" in result.output
    assert result.exit_code == 2


def test_one_slow_file_times_out_and_the_rest_are_linted(good_plan, bad_plan, monkeypatch):
    import planlint.sequencer

    real = planlint.sequencer.lint_document

    def slow(document, config=None):
        if document.path.endswith("good.md"):
            time.sleep(30)
        return real(document, config)

    monkeypatch.setattr(limits, "LINT_SECONDS", 0.5)
    monkeypatch.setattr(planlint.sequencer, "lint_document", slow)
    started = time.monotonic()
    result = run("check", good_plan, bad_plan)
    assert time.monotonic() - started < 10
    assert f"{good_plan}: cannot read: timed out after 0.5 s" in result.output
    assert f"{bad_plan}:line 4: T002" in result.output
    assert result.exit_code == 2


def test_lint_never_raises_and_never_quotes_the_plan(monkeypatch):
    import planlint.structure

    def broken(*args, **kwargs):
        raise ValueError("Amelia Stone lives at 4 Elm Road")

    monkeypatch.setattr(planlint.structure, "build_plan", broken)  # lint_document imports it from there
    report = planlint.lint("# Plan\n\nThe SW will visit Amelia weekly.\n", name="plan.md")
    assert (report.status, report.error) == ("error", "internal error (ValueError)")


def test_a_paragraph_over_spacys_limit_is_refused_not_raised():
    report = planlint.lint("word " * 250_000, name="plan.md")  # 1.25 million characters: spaCy's E088 before
    assert (report.status, report.error) == ("error", "too large to be a plan: over 500,000 characters of text")


def test_lint_reads_bytes_with_the_same_limits():
    assert planlint.lint(b"# Plan\n\n- The SW will visit weekly.\n", name="plan.md").status == "ok"
    report = planlint.lint(b"x" * (limits.MAX_PIECE_CHARACTERS + 1), name="plan.txt")
    assert report.error == "too large to be a plan: a paragraph or table cell of over 100,000 characters"
