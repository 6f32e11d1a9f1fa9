"""Units planlint cannot read for sure get no per-unit guess: a list of
instructions whose owners stand somewhere it did not read, and work hung on an
event. All names are invented."""
from planlint import lint


def _rules(report, start: str) -> set[str]:
    return {f.rule for f in report.findings if f.excerpt.startswith(start)}


_INSTRUCTIONS = """\
# Child protection plan for Ruby Marsh

## What needs to happen

- Feed Ruby every three hours and fill in the feed chart
  => Abena, from today, chart seen at each visit
- Check the smoke alarms in the flat every week
- Ruby's cot mattress will be replaced by 30/06/2025; new mattress seen at the next visit.
"""


def test_instructions_without_a_doer_get_no_missing_owner_each_and_one_note():
    # "=> Abena": a name planlint does not know, on a line of its own; the
    # smoke alarms: no owner anywhere. Both read the same to planlint.
    report = lint(_INSTRUCTIONS, name="plan.md")
    assert "W001" not in _rules(report, "Feed Ruby")
    assert "W001" not in _rules(report, "Check the smoke")
    notes = [n for n in report.plan.reading.notes if "worded as work with no one doing it" in n]
    assert len(notes) == 1 and notes[0].startswith("2 list item(s)")


def test_a_passive_item_still_names_nobody():
    # "will be replaced" says in words that no one is named: the documented W001 case.
    report = lint(_INSTRUCTIONS, name="plan.md")
    assert "W001" in _rules(report, "Ruby's cot mattress")


def test_an_instruction_with_its_owner_in_the_item_is_read_as_before():
    report = lint("# Plan for Ruby\n\n## Actions\n\n"
                  "- Jo Reed (SW) to visit the flat weekly; visit notes on file.\n"
                  "- Nan to collect Ruby from nursery every Friday; nursery sign-out sheet.\n", name="plan.md")
    owners = {a.text[:6]: a.facts.owner_status for a in report.plan.actions}
    assert owners == {"Jo Ree": "ok", "Nan to": "ok"}
    assert not [n for n in report.plan.reading.notes if "worded as work" in n]


_NARRATIVE = """\
# Plan for Riley Tembo

## What will happen

Auntie Rudo will have Riley for a sleepover when Mum works late, and Rudo will text the social worker.
Nan will collect Riley from school until the new flat is ready, and the school will note who collects him.
Michelle will take Riley to the dentist and the dentist will send the SW a letter.
"""


def test_work_hung_on_an_event_is_not_missing_a_timescale():
    report = lint(_NARRATIVE, name="plan.md")
    assert "T001" not in _rules(report, "Auntie Rudo")
    assert "T001" not in _rules(report, "Nan will collect")


def test_work_with_no_time_at_all_still_misses_one():
    report = lint(_NARRATIVE, name="plan.md")
    assert "T001" in _rules(report, "Michelle will take")


def test_a_table_row_hung_on_an_event_still_needs_its_when_column():
    # In a table the When column decides: an event in the action cell does not fill it.
    report = lint("# Plan for Riley\n\n## Action plan\n\n"
                  "| What | Who | When | How we will know |\n|---|---|---|---|\n"
                  "| Have Riley to stay when Mum works late | Auntie Rudo | | Rudo texts the SW |\n"
                  "| See Riley alone at school | Jo Reed (SW) | Fortnightly | Visit notes |\n", name="plan.md")
    assert "T001" in _rules(report, "Have Riley to stay")


def test_a_report_sent_to_the_writer_is_how_we_will_know():
    report = lint("# Plan for Marta\n\n## What will happen\n\nKerry Lawson will meet Marta every two weeks to go "
                  "through her safety plan, and will send me an updated risk assessment before each core group.\n",
                  name="plan.md")
    assert report.plan.actions[0].facts.measure_status == "ok"


def test_an_outcome_about_he_or_she_is_the_childs():
    report = lint("# Plan for Mabel\n\n## What we want for Mabel\n\n"
                  "- She is fed every three to four hours, day and night, by an adult who is awake.\n"
                  "- While he is on the ward he has someone he knows with him and keeps seeing his mum.\n"
                  "- Mum stays well and keeps taking her medication every day.\n", name="plan.md")
    flagged = {f.excerpt[:8] for f in report.findings if f.rule == "F002"}
    assert flagged == {"Mum stay"}
