"""Layouts from templates planlint was not written for: columns read by their
content, two fields in one cell, outcome columns in the family's words,
"Action | Update" tables, tables it cannot read, and files that are not plans.
All names are invented."""
import json

from click.testing import CliRunner

from planlint import lint
from planlint.cli import main


def findings(text: str, name: str = "plan.md") -> list[tuple[str, str]]:
    return [(f.rule, f.excerpt) for f in lint(text, name=name).findings]


def rules_on(text: str, excerpt: str) -> set[str]:
    return {rule for rule, e in findings(text) if excerpt in e}


WHO_AND_WHEN = """# Child protection plan for Kian Ashdown

## What we will do
| What we want for Kian | Action | Who and when | How we will know |
|---|---|---|---|
| Kian is fed on time and gains weight | Weigh Kian at home | Jo Hill (HV) – every two weeks | Weight chart shared |
| Kian is fed on time and gains weight | Feeding plan with Tara | HV Jo Hill, by 14/03/2025 | Feeding diary seen at each visit |
| Kian is safe at home | Unannounced visits to see Kian | SW Priya Das | Visit records |
"""


def test_unseen_who_and_when_column_gives_owner_and_timescale():
    plan = lint(WHO_AND_WHEN, name="plan.md").plan
    owners = [a.facts.owner for a in plan.actions]
    assert owners == ["Jo Hill (HV)", "HV Jo Hill", "SW Priya Das"]
    assert [a.facts.time_status for a in plan.actions] == ["ok", "ok", "missing"]
    assert rules_on(WHO_AND_WHEN, "Unannounced visits") == {"T001"}
    assert not any(rule == "W001" for rule, _ in findings(WHO_AND_WHEN))


def test_unseen_outcome_column_in_the_familys_words_is_the_outcome():
    plan = lint(WHO_AND_WHEN, name="plan.md").plan
    assert [o.text for o in plan.outcomes] == ["Kian is fed on time and gains weight", "Kian is safe at home"]
    assert all(a.fields["action"] != a.fields["outcome"] for a in plan.actions)
    assert "O001" not in {rule for rule, _ in findings(WHO_AND_WHEN)}


def test_unseen_owner_column_that_also_holds_dates_is_read_as_both():
    text = WHO_AND_WHEN.replace("Who and when", "Lead")
    plan = lint(text, name="plan.md").plan
    assert [a.facts.owner for a in plan.actions][:2] == ["Jo Hill (HV)", "HV Jo Hill"]
    assert [a.facts.time_status for a in plan.actions][:2] == ["ok", "ok"]


ACTION_UPDATE = """# Plan for Mia Kerr

## Actions
| Action | Update |
|---|---|
| Home visits to see Mia on her own | Booked, the first one went well and Mia showed me her room |
| Weigh Mia at the clinic | Last weight was on the 9th centile, a slight rise |
| Parenting course for Dee | A place was offered on the spring course and a letter sent out |
"""


def test_unseen_action_update_table_is_read_and_unclear_owner_is_said_once():
    found = findings(ACTION_UPDATE)
    assert len(lint(ACTION_UPDATE, name="plan.md").plan.actions) == 3
    assert [rule for rule, _ in found].count("U001") == 1
    assert not any(rule in ("W001", "T001") for rule, _ in found)


def test_unseen_update_cell_with_a_date_and_a_role_gives_the_action_both():
    text = ACTION_UPDATE.replace(
        "Booked, the first one went well and Mia showed me her room",
        "The SW will visit every Tuesday; the first visit went well")
    plan = lint(text, name="plan.md").plan
    first = plan.actions[0].facts
    assert (first.owner_status, first.time_status) == ("ok", "ok")


def test_unseen_a_clear_table_without_an_owner_column_still_gets_w001():
    """Every column is one planlint knows: the owners are really missing."""
    text = "# Plan for Mia Kerr\n\n## Actions\n| Action | By when |\n|---|---|\n" \
           "| Home visits to see Mia alone | Weekly |\n| Weigh Mia at the clinic | Every two weeks |\n"
    found = findings(text)
    assert [rule for rule, _ in found].count("W001") == 2
    assert "U001" not in {rule for rule, _ in found}


MINUTES = """Team meeting notes, 4 March

Present: Priya, Sam, Jo

1. Rota for the duty desk
- Sam to update the rota by Friday.
- Jo will book the training room for the away day.

2. Any other business
- The printer on the second floor is fixed.
"""


def test_unseen_team_minutes_are_not_a_plan():
    report = lint(MINUTES, name="minutes.txt")
    assert report.status == "ok" and report.findings == [] and report.score is None
    assert report.plan.reading.plan_found is False
    result = CliRunner().invoke(main, ["check", "-"], input=MINUTES)
    assert result.exit_code == 0 and "no plan found" in result.output


def test_unseen_json_carries_the_understanding_and_each_findings_certainty():
    result = CliRunner().invoke(main, ["check", "--format", "json", "-"], input=ACTION_UPDATE)
    data = json.loads(result.output)["files"][0]
    assert data["understanding"]["certainty"] == "medium"
    assert any("no column says who" in note for note in data["understanding"]["notes"])
    assert {f["certainty"] for f in data["findings"]} <= {"high", "medium", "low"}
    minutes = json.loads(CliRunner().invoke(main, ["check", "--format", "json", "-"], input=MINUTES).output)
    assert minutes["files"][0]["understanding"]["plan_found"] is False


NARRATIVE = """# Plan for Leo Grant

## About Leo

Leo is two. The social worker will visit Leo every week and see him on his own.
Mum will try to take Leo to nursery more often.
"""


def test_unseen_min_certainty_hides_guesses():
    everything = CliRunner().invoke(main, ["check", "--format", "json", "-"], input=NARRATIVE)
    sure = CliRunner().invoke(main, ["check", "--format", "json", "--min-certainty", "high", "-"], input=NARRATIVE)
    all_f = json.loads(everything.output)["files"][0]["findings"]
    sure_f = json.loads(sure.output)["files"][0]["findings"]
    assert any(f["certainty"] == "medium" for f in all_f)
    assert sure_f == [f for f in all_f if f["certainty"] == "high"]
