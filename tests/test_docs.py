"""docs/rules.md is exactly what `planlint rules --format markdown` prints."""
from pathlib import Path

from click.testing import CliRunner

from planlint.cli import main
from planlint.registry import all_rules

RULES_MD = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_docs_rules_md_is_current():
    result = CliRunner().invoke(main, ["rules", "--format", "markdown"])
    assert result.exit_code == 0
    assert RULES_MD.read_text("utf-8") == result.stdout, (
        "docs/rules.md is out of date: run `planlint rules --format markdown > docs/rules.md`"
    )


def test_docs_rules_md_covers_every_rule():
    text = RULES_MD.read_text("utf-8")
    for code, rule in all_rules().items():
        assert f"## {rule.name} ({code})" in text
