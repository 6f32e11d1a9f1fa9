"""planlint.toml / [tool.planlint] discovery, loading and command-line overrides."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from planlint.cli import main
from planlint.config_file import find_config, load_config, settings_for
from planlint.errors import UsageError
from planlint.registry import all_rules

PLAN = """\
# Plan for Amelia

## Action plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Unannounced home visits to see Amelia | Social worker | Ongoing | Visit records show Amelia seen alone |
"""


@pytest.fixture
def tree(tmp_path):
    """tmp/pyproject.toml (planlint table), tmp/team/planlint.toml, tmp/team/cases/plan.md."""
    (tmp_path / "pyproject.toml").write_text('[tool.planlint]\nignore = ["R002"]\n')
    team = tmp_path / "team"
    (team / "cases").mkdir(parents=True)
    (team / "planlint.toml").write_text('ignore = ["T002"]\n')
    plan = team / "cases" / "plan.md"
    plan.write_text(PLAN)
    return tmp_path


def rules_found(args) -> set[str]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return {f["rule"] for entry in json.loads(result.stdout)["files"] for f in entry["findings"]}


def test_config_nearest_file_wins(tree):
    assert find_config(tree / "team" / "cases" / "plan.md") == tree / "team" / "planlint.toml"
    assert find_config(tree / "team" / "cases") == tree / "team" / "planlint.toml"
    assert find_config(tree / "other.md") == tree / "pyproject.toml"


def test_config_planlint_toml_beats_pyproject_in_the_same_folder(tree):
    (tree / "team" / "pyproject.toml").write_text('[tool.planlint]\nignore = ["W001"]\n')
    assert find_config(tree / "team" / "x.md") == tree / "team" / "planlint.toml"


def test_config_pyproject_without_planlint_table_is_skipped(tree):
    (tree / "team" / "planlint.toml").unlink()
    (tree / "team" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(tree / "team" / "cases" / "plan.md") == tree / "pyproject.toml"


def test_config_none_found_up_to_the_root(tmp_path):
    start = tmp_path / "deep" / "er"
    start.mkdir(parents=True)
    expected = None  # unless a folder above the test's own folder holds settings
    for folder in (start, *start.parents):
        if (folder / "planlint.toml").is_file():
            expected = folder / "planlint.toml"
            break
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.planlint" in pyproject.read_text(errors="replace"):
            expected = pyproject
            break
    assert find_config(start / "plan.md") == expected


def test_config_load_every_key(tmp_path):
    (tmp_path / "la-pack" / "lexicons").mkdir(parents=True)
    (tmp_path / "la-pack" / "pack.toml").write_text('name = "la-pack"\nversion = "1"\n')
    path = tmp_path / "planlint.toml"
    path.write_text(
        'select = ["T", "W001", "vague-owner", "c002"]\n'
        'ignore = ["T001"]\n'
        'fail-on = "warning"\n'
        'extra-packs = ["la-pack"]\n'
        "[severity]\nX001 = \"error\"\nvague-owner = \"info\"\n"
        "[thresholds]\nF001 = 0.6\n"
    )
    config = load_config(path)
    assert config.select == ["T", "W001", "vague-owner", "C002"]
    assert config.ignore == ["T001"]
    assert config.fail_on == "warning"
    assert config.extra_packs == [str((tmp_path / "la-pack").resolve())]
    assert config.severity == {"X001": "error", "vague-owner": "info"}
    assert config.thresholds == {"F001": 0.6}
    assert config.enabled("T002") and config.enabled("W002", "vague-owner") and not config.enabled("T001")
    assert not config.enabled("M001", "missing-measure")


def test_config_pyproject_table(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "la"\n[tool.planlint]\nfail-on = "info"\n[tool.planlint.thresholds]\nF001 = 1\n')
    config = load_config(path)
    assert (config.fail_on, config.thresholds) == ("info", {"F001": 1.0})


@pytest.mark.parametrize(("text", "message"), [
    ('selct = ["T"]\n', "unknown key 'selct'"),
    ('fail_on = "warning"\n', "did you mean 'fail-on'?"),
    ('select = "T002"\nignore = [1]\n', "ignore: expected a list of strings"),
    ('select = ["T999"]\n', "select: unknown rule 'T999'"),
    ('fail-on = "fatal"\n', "fail-on: 'fatal' is not one of error, warning, info"),
    ('[severity]\nT002 = "loud"\n', "severity.T002: 'loud' is not one of"),
    ('[thresholds]\nF001 = "high"\n', "thresholds.F001: expected a number"),
    ('[thresholds]\nvague-owner = 0.5\n', "thresholds: unknown rule code"),
    ('extra-packs = ["missing"]\n', "extra-packs: folder 'missing' not found"),
    ("select = [\n", "not valid TOML"),
])
def test_config_mistakes_are_one_line_usage_errors(tmp_path, text, message):
    path = tmp_path / "planlint.toml"
    path.write_text(text)
    with pytest.raises(UsageError) as info:
        load_config(path)
    assert message in str(info.value)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_config_thresholds_reach_the_checks(tmp_path):
    from planlint import lint

    bad = all_rules()["F001"].bad
    assert "F001" in {f.rule for f in lint(bad, name="x.md").findings}
    (tmp_path / "planlint.toml").write_text("[thresholds]\nF001 = 1.0\n")
    config = settings_for(tmp_path / "x.md")
    assert "F001" not in {f.rule for f in lint(bad, config, name="x.md").findings}


def test_config_check_uses_the_nearest_file(tree):
    plan = tree / "team" / "cases" / "plan.md"
    found = rules_found([str(plan)])
    assert "T002" not in found and "R002" in found  # team/planlint.toml, not the pyproject above it
    other = tree / "plan2.md"
    other.write_text(PLAN)
    found = rules_found([str(other)])
    assert "T002" in found and "R002" not in found


def test_config_command_line_overrides(tree):
    plan = tree / "team" / "cases" / "plan.md"
    found = rules_found(["--ignore", "R002", str(plan)])
    assert "T002" in found and "R002" not in found  # --ignore replaces the file's ignore
    found = rules_found(["--select", "T002", str(plan)])
    assert found == set()  # the file still ignores T002
    found = rules_found(["--config", str(tree / "pyproject.toml"), str(plan)])
    assert "T002" in found and "R002" not in found


def test_config_fail_on_sets_the_exit_code(tree):
    plan = tree / "team" / "cases" / "plan.md"
    (tree / "team" / "planlint.toml").write_text('select = ["T002"]\n')
    assert CliRunner().invoke(main, ["check", str(plan)]).exit_code == 0  # a warning only
    (tree / "team" / "planlint.toml").write_text('select = ["T002"]\nfail-on = "warning"\n')
    assert CliRunner().invoke(main, ["check", str(plan)]).exit_code == 1
    assert CliRunner().invoke(main, ["check", "--fail-on", "error", str(plan)]).exit_code == 0


def test_config_bad_file_is_exit_2_with_one_line(tree):
    (tree / "team" / "planlint.toml").write_text('colour = "red"\n')
    result = CliRunner().invoke(main, ["check", str(tree / "team" / "cases" / "plan.md")])
    assert result.exit_code == 2
    assert "unknown key 'colour'" in result.output
