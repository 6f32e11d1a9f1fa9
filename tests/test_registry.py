"""Rule metadata and the one place a rule's severity is settled."""
import pytest

from planlint import lint
from planlint.config import Config
from planlint.registry import all_rules, effective_severity


def test_severity_from_settings_by_code_then_by_name_else_the_rules_own():
    rule = all_rules()["W001"]
    assert effective_severity(rule, Config()) == rule.severity
    assert effective_severity(rule, Config(severity={rule.name: "info"})) == "info"
    assert effective_severity(rule, Config(severity={rule.name: "info", "W001": "error"})) == "error"


def test_a_check_without_metadata_stops_the_run(monkeypatch):
    import planlint.checks

    plan = "# Plan\n\n## Actions\n- The SW will visit weekly.\n"
    lint(plan, name="plan.md")  # loads the registered checks
    from planlint.readers import read_text
    from planlint.sequencer import lint_document

    monkeypatch.setitem(planlint.checks._CHECKS, "Z999", lambda ctx: ())
    with pytest.raises(RuntimeError, match="Z999"):
        lint_document(read_text(plan, "plan.md"))
    # lint() never raises: every file reports the mistake instead of passing.
    report = lint(plan, name="plan.md")
    assert (report.status, report.error) == ("error", "internal error (RuntimeError)")


def test_s001_has_metadata_and_its_findings_come_from_suppression():
    text = "# Plan\n\n## Actions\n- The SW will visit every Tuesday. planlint: ignore vague-owner\n"
    s001 = [f for f in lint(text, name="plan.md").findings if f.rule == "S001"]
    assert [f.name for f in s001] == [all_rules()["S001"].name]
