"""The learned second opinion for M001 (models/measure_check, planlint/nlp/measure_check.py).

It is trained by scripts/train_measure_check.py from the tuning plans; these tests read the
committed model as a user's install does and check what it may and may not do."""
import json
from importlib import resources

import pytest
from spacy.util import load_config

from planlint import lint
from planlint.nlp import measure_check, understand
from planlint.registry import all_rules

_MODEL = resources.files("planlint.models") / "measure_check"

# No measure anywhere: the plan names the work, who and when, and nothing that could be seen.
_NO_MEASURE = """# Child protection plan for Ruby Dane
## What Ruby has told us
Ruby said she likes her nan's dog.
## The plan
| Action | Who | When |
|---|---|---|
| Complete a parenting assessment of Tasha | Kim Ode (SW) | By 30/04/2026 |
| Refer Tasha to the Pathway drug service | Kim Ode (SW) | Within 5 working days |
"""


def test_the_committed_model_is_the_one_its_config_describes():
    config = load_config(_MODEL / "config.cfg")
    saved = json.loads((_MODEL / "textcat" / "cfg").read_text("utf-8"))
    assert saved["labels"] == config["training"]["labels"] == ["M001"]
    meta = json.loads((_MODEL / "meta.json").read_text("utf-8"))
    assert meta["examples"] > meta["labelled_M001"] > 0
    assert 0 < config["planlint"]["veto"] < 0.5  # it takes an M001 away only when nearly sure


def test_the_rules_own_bad_example_keeps_its_finding():
    bad = all_rules()["M001"].bad
    assert [f.rule for f in lint(bad.encode(), name="plan.md").findings].count("M001") == 1
    assert not measure_check.sees_a_measure("Complete a parenting assessment of Sarah | Social worker | by 30 April 2025 | ")


def test_an_action_with_nothing_to_see_keeps_its_finding():
    report = lint(_NO_MEASURE.encode(), name="plan.md")
    assert [f.rule for f in report.findings].count("M001") == 2


def test_the_model_only_ever_takes_a_finding_away(monkeypatch):
    # Whatever the model says, the findings are the rules' findings or fewer.
    def findings(opinion):
        monkeypatch.setattr(understand, "sees_a_measure", opinion)
        return sorted((f.rule, f.excerpt) for f in lint(_NO_MEASURE.encode(), name="plan.md").findings)

    rules_alone = findings(lambda text: False)
    always_seen = findings(lambda text: True)
    assert set(always_seen) < set(rules_alone)
    assert {r for r, _ in set(rules_alone) - set(always_seen)} == {"M001"}


def test_structure_says_when_the_model_read_a_measure(monkeypatch):
    from click.testing import CliRunner

    from planlint.cli import main

    monkeypatch.setattr(understand, "sees_a_measure", lambda text: True)
    out = CliRunner().invoke(main, ["structure", "-"], input=_NO_MEASURE).output
    assert out.count("measure=missing (model: seen)") == 2


@pytest.mark.parametrize("text", ["", "   ", "|  |  |"])
def test_empty_text_is_scored_without_error(text):
    assert isinstance(measure_check.sees_a_measure(text), bool)
