"""Structure: sections, action tables, bullets, sentences, outcomes and facts."""
import docx
import pytest

from planlint import loader
from planlint.sequencer import analyser_for
from planlint.config import Config
from planlint.readers import read_path, read_text
from planlint.structure import build_plan
from planlint.structure.sections import classify_heading


def plan_of(text, name="plan.md"):
    plan = build_plan(read_text(text, name), analyser_for(Config()))
    return plan


@pytest.mark.parametrize("heading,kind", [
    ("Contingency plan", "contingency"), ("What will happen if the plan is not working?", "contingency"),
    ("Plan B", "contingency"), ("5. Child's wishes and feelings", "child_voice"), ("Voice of the child", "child_voice"),
    ("What Amelia says", "child_voice"), ("Core group", "review"), ("Review arrangements", "review"),
    ("Danger statement", "worries"), ("Safety goal", "outcomes"), ("Household composition", "family"),
    ("What needs to happen", "actions"), ("Outcomes for Amelia", "outcomes"), ("Chronology of visits", "worries"),
    ("Why the plan has been stepped up", "worries"), ("Next dates", "review"),
    ("How we'll check the plan is working", "review"), ("If things go wrong", "contingency"),
    ("What good looks like", "outcomes"), ("How Ava feels", "child_voice"), ("The world of work", "other"),
])
def test_heading_classification(heading, kind):
    assert classify_heading(heading, loader.phrase_table("sections.toml")) == kind


def test_column_synonyms_map_to_roles():
    plan = plan_of("## Plan\n| Desired outcome | What needs to happen | Lead person | Target date | Evidence of progress |\n"
                   "|---|---|---|---|---|\n| Amelia is safe | Visit weekly | SW | Weekly | Visit notes |\n")
    (a,) = plan.actions
    assert a.fields == {"outcome": "Amelia is safe", "action": "Visit weekly", "owner": "SW",
                        "timescale": "Weekly", "measure": "Visit notes"}
    assert a.text == "Amelia is safe | Visit weekly | SW | Weekly | Visit notes"


def headerless_table_plan(tmp_path, rows):
    """A Word plan whose only table has no header row."""
    d = docx.Document()
    d.add_heading("Plan", 1)
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    for r, row in enumerate(rows):
        for c, text in zip(t.rows[r].cells, row):
            c.text = text
    d.save(tmp_path / "h.docx")
    return build_plan(read_path(tmp_path / "h.docx"), analyser_for(Config()))


def test_headerless_table_columns_inferred_from_content(tmp_path):
    rows = [("The health visitor will weigh Amelia", "HV", "Weekly"),
            ("Refer Sarah to the perinatal team", "GP", "by 14 March 2025"),
            ("Unannounced home visits", "SW", "Every Tuesday")]
    plan = headerless_table_plan(tmp_path, rows)
    assert [a.fields.get("owner") for a in plan.actions] == ["HV", "GP", "SW"]
    assert plan.actions[1].fields["timescale"] == "by 14 March 2025"


def test_family_table_is_not_an_action_table():
    plan = plan_of("## Family composition\n| Name | Relationship | DOB |\n|---|---|---|\n"
                   "| Sarah Stone | Mother | 02/03/1998 |\n| Amelia Stone | Child | 01/01/2025 |\n")
    assert plan.actions == []


def test_merged_outcome_row_applies_to_rows_below(tmp_path):
    d = docx.Document()
    d.add_heading("Action plan", 1)
    t = d.add_table(rows=4, cols=3)
    for c, text in zip(t.rows[0].cells, ("Action", "Who", "When")):
        c.text = text
    merged = t.cell(1, 0).merge(t.cell(1, 2))
    merged.text = "Outcome 1: Amelia is safe at home"
    for r, row in enumerate([("Visit weekly", "SW", "Weekly"), ("Weigh Amelia", "HV", "Fortnightly")], start=2):
        for c, text in zip(t.rows[r].cells, row):
            c.text = text
    path = tmp_path / "m.docx"
    d.save(path)
    plan = build_plan(read_path(path), analyser_for(Config()))
    assert [a.fields["outcome"] for a in plan.actions] == ["Outcome 1: Amelia is safe at home"] * 2
    assert [a.location.row for a in plan.actions] == [3, 4]
    assert plan.outcomes[0].text == "Outcome 1: Amelia is safe at home"


def test_bullets_and_sentences_become_actions_outcomes_stay_outcomes():
    plan = plan_of("# Plan for Amelia\n## Outcomes\n- Amelia will be safe and well.\n"
                   "## What needs to happen\n- HV to visit weekly.\n- Attend all appointments.\n\n"
                   "The social worker will see Amelia alone every week. Sarah loves Amelia very much.\n"
                   "## What are we worried about\n- Dad will drink again.\n")
    assert [a.text for a in plan.actions] == [
        "HV to visit weekly.", "Attend all appointments.", "The social worker will see Amelia alone every week."]
    assert [a.source for a in plan.actions] == ["list", "list", "sentence"]
    assert [o.text for o in plan.outcomes] == ["Amelia will be safe and well."]


def test_labelled_text_export_becomes_actions():
    text = ("CHILD PROTECTION PLAN\n\nACTIONS\n\nAction: Visit Amelia at home\nResponsible: Social worker\n"
            "Timescale: Weekly\nHow we will know: Visit records\n\nAction: Refer to perinatal team\n"
            "Responsible: GP\nTimescale: TBC\nHow we will know: Referral letter\n")
    plan = plan_of(text, "plan.txt")
    assert [(a.fields["owner"], a.fields["timescale"]) for a in plan.actions] == [("Social worker", "Weekly"), ("GP", "TBC")]


def test_facts_child_name_and_looked_after():
    plan = plan_of("# Care plan for Baby Amelia\nAmelia is accommodated under section 20 and is on the neonatal unit.\n"
                   "Mum (Sarah) visits daily.\n## Contingency\nIf the placement ends Amelia will be in care.\n")
    assert plan.facts.child_names[0] == "Amelia"
    assert "Sarah" not in plan.facts.child_names
    assert plan.facts.looked_after


def test_looked_after_only_in_contingency_does_not_count():
    plan = plan_of("# Plan for Amelia\nAmelia lives with Sarah.\n## Contingency\nIf Sarah drinks, Amelia will be accommodated under section 20.\n")
    assert not plan.facts.looked_after


def test_action_cards_with_labels_down_the_first_column(tmp_path):
    d = docx.Document()
    d.add_heading("Actions", 1)
    for action, lead in (("Maureen to give the children tea", "Maureen (PGM)"), ("Young carers assessment", "")):
        t = d.add_table(rows=4, cols=2)
        for row, (label, value) in zip(t.rows, (("Action", action), ("Lead", lead), ("Timescale", "Daily"),
                                                 ("How we will know", "-"))):
            row.cells[0].text, row.cells[1].text = label, value
    d.save(tmp_path / "cards.docx")
    plan = build_plan(read_path(tmp_path / "cards.docx"), analyser_for(Config()))
    assert [(a.fields["action"], a.fields["owner"], a.fields["measure"]) for a in plan.actions] == [
        ("Maureen to give the children tea", "Maureen (PGM)", "-"), ("Young carers assessment", "", "-")]


def test_glossed_header_gives_a_column_two_roles_and_need_is_not_the_outcome():
    plan = plan_of("## Plan\n| Need | Outcome (what will be different) | Action | Lead agency | Start / review |\n"
                   "|---|---|---|---|---|\n| Tanya's health | Kayla has tea every day | FSW to run sessions | FSS | Weekly |\n")
    (a,) = plan.actions
    assert (a.fields["outcome"], a.fields["measure"]) == ("Kayla has tea every day", "Kayla has tea every day")
    assert "need" not in a.fields and [o.text for o in plan.outcomes] == ["Kayla has tea every day"]


def test_need_column_is_the_outcome_when_no_column_names_one():
    plan = plan_of("## Plan\n| Identified need | Action | Who | When |\n|---|---|---|---|\n"
                   "| Amelia is fed on time | HV to weigh Amelia | HV | Weekly |\n")
    assert plan.actions[0].fields["outcome"] == "Amelia is fed on time"


def test_emailed_actions_split_owner_from_the_work_by_dashes():
    plan = plan_of("Hi all,\n\nACTIONS AGREED:\n- HV (Sam) — weekly home visits — ongoing\n"
                   "- DSL (Mr Byrne) — keep an eye on Ava in class\n- Attend all appointments - weekly\n"
                   "\nWHERE WE ARE\n- Jason is still on bail not to go to the house.\n", "email.txt")
    assert [a.fields.get("owner") for a in plan.actions] == ["HV (Sam)", "DSL (Mr Byrne)", None]
    assert plan.actions[0].fields["action"] == "weekly home visits — ongoing"


def test_labelled_lines_under_an_item_are_its_fields_and_group_titles_are_not_actions():
    text = ("CHILD PROTECTION PLAN FOR JOSH\n\nACTION PLAN\n\n1. HEALTH VISITING AND HEALTH\n"
            "a) SW to refer Josh to the young carers service.\n   BY WHEN: 30/05/2025\n"
            "   EVIDENCE: Letter confirming the referral was accepted.\n"
            "b) Mum to attend her appointments.\n   BY WHEN: As and when\n\n"
            "2. EDUCATION\na) School to send attendance figures to the SW.\n   WHO: Mrs Hart (DSL)\n")
    plan = plan_of(text, "plan.txt")
    assert [a.text for a in plan.actions] == [
        "SW to refer Josh to the young carers service.", "Mum to attend her appointments.",
        "School to send attendance figures to the SW."]
    assert plan.actions[0].fields["timescale"] == "30/05/2025"
    assert plan.actions[0].fields["measure"].startswith("Letter confirming")
    assert plan.actions[2].fields["owner"] == "Mrs Hart (DSL)"


def test_label_lines_in_a_details_block_are_not_fields():
    plan = plan_of("Child: Poppy Stone\nCategory: Neglect\nDate of conference: 01/04/2025\n\n## Plan\n"
                   "- SW to visit weekly and see Poppy alone; visit records.\n", "plan.txt")
    assert [a.text for a in plan.actions] == ["SW to visit weekly and see Poppy alone; visit records."]


def test_headerless_table_measure_column_inferred(tmp_path):
    rows = [("The health visitor will weigh Amelia", "HV", "Weekly", "Weight recorded in the red book"),
            ("Refer Sarah to the perinatal team", "GP", "by 14 March 2025", "Referral letter copied to the SW"),
            ("Keep an eye on the home", "SW", "Ongoing", "Monitored")]
    plan = headerless_table_plan(tmp_path, rows)
    assert [a.fields.get("measure") for a in plan.actions] == [r[3] for r in rows]
    assert [a.fields["action"] for a in plan.actions] == [r[0] for r in rows]


def test_second_header_row_of_glosses_is_not_an_action():
    plan = plan_of("## Plan\n| Who | When | What needs to happen | How we'll know |\n|---|---|---|---|\n"
                   "| (name and role) | (date or frequency) | | (evidence) |\n"
                   "| Jo Hill (HV) | Weekly | Weigh Keira at home | Weight in the red book |\n")
    assert [a.fields["owner"] for a in plan.actions] == ["Jo Hill (HV)"]


def test_task_blocks_from_a_case_system_and_child_named_with_a_bare_age():
    text = ("Case: Mason Clarke (4)\nMother: Kerry Clarke (31)\n\nTasks\n-----\n"
            "Task: Unannounced home visit, seeing Mason alone\nAssigned to: Tom Reid, Social Worker\n"
            "Due: Every 10 working days\nSuccess measure: Case notes record Mason's views\n-----\n"
            "Task: Nursery place for Mason\nAssigned to:\nDue: ASAP\nSuccess measure:\n")
    plan = plan_of(text, "plan.txt")
    assert plan.facts.child_names == ["Mason"]
    assert [a.fields.get("owner") for a in plan.actions] == ["Tom Reid, Social Worker", ""]


def test_decision_letter_in_the_second_person():
    text = ("Dear Ms Green,\n\nOutcome of the conference held on 4 June 2025 about Ruby\n\n"
            "What we agreed\n\nYou will take Ruby to her health review on 20 June 2025. "
            "We agreed that Mr Hall will attend the Drink Wise service weekly.\n")
    plan = plan_of(text, "letter.txt")
    assert plan.facts.child_names == ["Ruby"]
    assert [a.fields.get("action", a.text)[:8] for a in plan.actions] == ["You will", "We agree"]


def test_outcome_label_contingency_label_and_rag_status():
    text = ("CORE GROUP REVIEW\n\nChildren: Harley Walsh (11)\n\nPROGRESS AGAINST THE PLAN\n\nOutcome: Harley and Skye are safe from abuse at home.\n\n"
            "Action: Harley to be offered counselling.\nLead:\nBy when: TBC\nEvidence:\nRAG: Red\n\n"
            "Action: Police to share call-outs within 24 hours.\nLead: PC Lord\nBy when: Same day\n"
            "Evidence: Log shared with SW.\nRAG: Green\n\n"
            "CONTINGENCY: If Mr Walsh returns to the house, Nicola will call the police at once.\n")
    plan = plan_of(text, "plan.txt")
    assert [o.text for o in plan.outcomes] == ["Harley and Skye are safe from abuse at home."]
    assert [s.kind for s in plan.sections if s.heading == "CONTINGENCY"] == ["contingency"]
    assert [a.fields["measure"] for a in plan.actions] == ["", "Log shared with SW."]


def test_lead_in_gives_its_bullets_an_owner_until_a_gap():
    text = ("# Plan for Ava\n\n## What will happen\n\nThe health visitor (Jo Hill) will:\n"
            "- weigh Ava every two weeks\n- check the cot at every visit\n\n"
            "- Weekly home visits, seeing Ava alone (SW)\n- Keep an eye on the home conditions\n")
    plan = plan_of(text)
    assert [a.fields.get("owner") for a in plan.actions] == [
        "The health visitor (Jo Hill)", "The health visitor (Jo Hill)", None, None]


def test_bold_lead_in_in_word_gives_its_list_an_owner(tmp_path):
    d = docx.Document()
    d.add_heading("Child protection plan for Ava", 0)
    d.add_heading("What will happen", 1)
    d.add_paragraph().add_run("Mum will:").bold = True
    d.add_paragraph("take Ava to nursery every weekday", style="List Bullet")
    d.add_paragraph("attend the parenting course on Tuesdays", style="List Bullet")
    d.save(tmp_path / "lead.docx")
    plan = build_plan(read_path(tmp_path / "lead.docx"), analyser_for(Config()))
    assert [a.fields.get("owner") for a in plan.actions] == ["Mum", "Mum"]


def test_section_right_under_the_title_with_a_word_numbered_list(tmp_path):
    d = docx.Document()
    d.add_heading("Child protection plan for Maddie Cole", 0)
    d.add_heading("Making sure Maddie is safe", 1)
    d.add_paragraph("Health", style="List Number")
    d.add_paragraph("HV to weigh Maddie fortnightly and record it in the red book", style="List Number 2")
    d.add_paragraph("Home", style="List Number")
    d.add_paragraph("SW to visit weekly and check the kitchen", style="List Number 2")
    d.save(tmp_path / "n.docx")
    plan = build_plan(read_path(tmp_path / "n.docx"), analyser_for(Config()))
    assert [a.text[:6] for a in plan.actions] == ["HV to ", "SW to "]


def test_sub_heading_that_names_someone_owns_the_bullets_that_name_nobody():
    plan = plan_of("# Child protection plan for Ava\n\n## What will happen\n\n### Health visitor (Jo Hill)\n"
                   "- Weigh Ava every two weeks\n- SW to visit weekly\n\n### Support for Dad\n"
                   "- Weekly sessions with the family support worker\n\n### Mum's mental health\n"
                   "- Attend the perinatal clinic fortnightly\n")
    assert [a.fields.get("owner") for a in plan.actions] == ["Health visitor (Jo Hill)", None, None, None]


@pytest.mark.parametrize("header,role", [
    ("Led by", "owner"), ("Action owner", "owner"), ("Support from", "owner"), ("Contact person", "owner"),
    # a progress report so far, even as the only measure-like column, is no measure (dfc31f3)
    ("Progress/Update", "comment"), ("Target date for completion", "timescale"), ("Steps to achieve", "action"),
])
def test_more_column_headers(header, role):
    from planlint.structure.tables import map_header

    assert map_header([header], loader.phrase_table("columns.toml")) == [role]
