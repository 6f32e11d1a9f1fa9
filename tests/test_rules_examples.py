"""Every rule fires on its own bad example and stays silent on its good one.

The examples are the ones `planlint rule CODE` prints, read from rules/checks.
"""
import pytest

from planlint import lint
from planlint.registry import all_rules

RULES = all_rules()


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_fires_on_bad_example(code):
    report = lint(RULES[code].bad, name=f"{code}-bad.md")
    assert report.status == "ok"
    assert code in {f.rule for f in report.findings}, f"false negative: {code} missed its bad example"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_silent_on_good_example(code):
    report = lint(RULES[code].good, name=f"{code}-good.md")
    assert report.status == "ok"
    assert code not in {f.rule for f in report.findings}, f"false positive: {code} fired on its good example"


@pytest.mark.parametrize("code", sorted(RULES))
def test_rule_metadata_is_complete(code):
    rule = RULES[code]
    assert rule.severity in {"error", "warning", "info"}
    assert rule.unit in {"action", "doc", "outcome"}
    assert "Finding" in rule.guidance or "Working Together" in rule.guidance
    assert rule.why and rule.hint and rule.summary


def test_rule_names_and_codes_are_unique():
    names = [r.name for r in RULES.values()]
    assert len(names) == len(set(names))
