"""Classes met in batch 25's layouts, each on invented text. All names are invented."""
from planlint import lint

_STACKED = """\
# Plan for Nia Cole

## What we want for Nia

- Nia is safe at home and goes to school every day.

## What needs to happen

| Step | Detail |
|---|---|
| **Step 1** | Visit Nia at home and see her on her own |
| Who | SW Dan Hale |
| When | Every two weeks |
| How we'll know | Visit notes on file |
| **Step 2** | Walk Nia to school |
| Who | - |
| When | Every school day |
| How we'll know | School register |
| **Step 3** | Keep going to the alcohol service |
| Who | Mum (Kerry Cole) |
| When | Ongoing |
| How we'll know | Engagement |
"""


def test_cards_stacked_down_a_two_column_table_are_one_action_each():
    report = lint(_STACKED, name="plan.md")
    actions = report.plan.actions
    assert [a.fields["action"] for a in actions] == [
        "Visit Nia at home and see her on her own", "Walk Nia to school", "Keep going to the alcohol service"]
    assert [a.fields.get("owner") for a in actions] == ["SW Dan Hale", "-", "Mum (Kerry Cole)"]
    assert actions[0].fields["timescale"] == "Every two weeks"
    assert actions[0].fields["measure"] == "Visit notes on file"


def test_each_stacked_card_gets_its_own_findings():
    report = lint(_STACKED, name="plan.md")
    by_rule = {(f.rule, f.excerpt.split(" | ")[0]) for f in report.findings}
    assert ("W001", "Walk Nia to school") in by_rule
    assert ("T002", "Keep going to the alcohol service") in by_rule
    assert ("M002", "Keep going to the alcohol service") in by_rule
    assert not {r for r, e in by_rule if e.startswith("Visit Nia")}
    # No label row ("Who | SW Dan Hale") is read as an action of its own.
    assert not [f for f in report.findings if f.excerpt.startswith(("Who", "When", "How we"))]


def test_a_two_column_table_of_details_is_no_stack_of_cards():
    report = lint("# Plan for Nia\n\n## Details\n\n| | |\n|---|---|\n| Child | Nia Cole |\n| Mum | Kerry Cole |\n"
                  "| School | Hale Primary |\n| Social worker | Dan Hale |\n| Conference | 01/05/2025 |\n"
                  "| Review | 01/08/2025 |\n", name="plan.md")
    assert report.plan.actions == []


def test_empty_cells_are_no_template_placeholders():
    # "Who | -" twice: empty fields of a real plan, not "[Outcome for the child]" twice.
    report = lint(_STACKED, name="plan.md")
    assert report.plan.reading.plan_found


def test_placeholders_still_make_a_blank_template():
    report = lint("# Child protection plan\n\n## Outcomes\n\n- [Outcome for the child]\n- [Outcome for the child]\n\n"
                  "## Action plan\n\n| Action | Who | When |\n|---|---|---|\n| [action] | [name] | [date] |\n", name="plan.md")
    assert not report.plan.reading.plan_found
    assert "blank template" in report.plan.reading.notes[0]


_TASKS = """\
# Plan for Mila Stone

## Tasks

- [ ] See Mila at home on her own · **Sophie Grant (SW)** · due: every 2 weeks · done when: visit notes record what Mila says
- [ ] Weekly care coordination with Claire and a report on her capacity to change · **Tom Ash, care coordinator, Hillside CMHT** · due: weekly · done when: update posted before each core group
"""


def test_an_unlabelled_owner_between_a_task_list_items_labelled_fields():
    report = lint(_TASKS, name="plan.md")
    owners = [a.facts.owner for a in report.plan.actions]
    assert owners == ["Sophie Grant (SW)", "Tom Ash, care coordinator, Hillside CMHT"]
    assert [a.facts.measure_status for a in report.plan.actions] == ["ok", "ok"]
    assert report.plan.actions[0].fields["measure"].startswith("visit notes")


def test_a_service_committed_in_a_later_clause_of_the_same_item_acts_too():
    report = lint("# Plan for Kian\n\n## What we are worried about\n\nChelsea drinks every day.\n\n## The plan\n\n"
                  "- Chelsea will go to her assessment by 13/06/2025 and then weekly key-work, and Steph Arkwright "
                  "(CDAT) will send the SW her test results monthly.\n"
                  "- The HV will weigh Kian every two weeks and record it in the red book.\n", name="plan.md")
    assert "F004" not in {f.rule for f in report.findings}


_ANSWERS = """\
# Maisie's plan

## Things you told me

- "I make us toast. Sometimes there's no milk."

## Your list, and what the grown-ups said back

1. **"Don't leave me on my own with Reggie."**
   Mum says: "I will be home by 5.30pm every school day from Monday 19 May."

2. **"Grandad's days."**
   Grandad Pete says: "I'll pick you up from school every Tuesday and Thursday at 3.15."

3. **"Fix my tooth."**
   Mum says: "I'll take you to the dentist by Friday 13 June."
"""


def test_wishes_answered_by_the_adults_in_their_own_words_are_the_plan():
    report = lint(_ANSWERS, name="plan.md")
    section = next(s for s in report.plan.sections if s.heading.startswith("Your list"))
    assert section.kind == "actions"
    assert [a.facts.owner for a in report.plan.actions] == ["Mum", "Grandad Pete", "Mum"]
    assert all(a.facts.time_status == "ok" for a in report.plan.actions)


def test_a_childs_own_quotes_stay_the_childs_voice():
    report = lint(_ANSWERS, name="plan.md")
    assert next(s for s in report.plan.sections if s.heading == "Things you told me").kind == "child_voice"
    assert "F003" not in {f.rule for f in report.findings}


def test_step_and_timing_headers_name_an_action_table():
    report = lint("# Plan for Aoife's baby\n\n## The steps\n\n| Step | Lead | Timing | Evidence |\n|---|---|---|---|\n"
                  "| Visit Aoife and check the cot | Sunita Bhardwaj (SW) | Every 2 weeks | Visit records |\n"
                  "| Antenatal contact on safe sleep | HV Bethan Crowley | By 01/08/2025 | Checklist signed |\n",
                  name="plan.md")
    assert [a.fields.get("timescale") for a in report.plan.actions] == ["Every 2 weeks", "By 01/08/2025"]


def test_pdf_two_digit_item_number_that_lost_its_space_still_numbers_an_item():
    # "10.Harbour View Surgery's practice nurse will ...": the number reached the
    # tab stop (a tuning sample plan)
    from pathlib import Path

    from planlint.readers import read_path
    doc = read_path(Path(__file__).parents[1] / "sample_plans"
                    / "b25_mossingford_icpc_sw_report_numbered_recommendations_pengelly.pdf")
    items = [b.text for b in doc.blocks if b.kind == "list_item"]
    assert any(t.startswith("Harbour View Surgery's practice nurse will give Ruby") for t in items)
    assert any(t.startswith("Jordan will do a hair strand test") for t in items)


def test_pdf_heading_that_wraps_after_a_comma_is_still_a_heading():
    from pathlib import Path

    path = Path(__file__).parents[1] / "sample_plans" / \
        "b25_mabbersley_prebirth_assessment_summary_then_staged_plan_corrigan.pdf"
    report = lint(path)
    part_b = next(s for s in report.plan.sections if s.heading.startswith("Part B"))
    assert part_b.kind == "actions"
    assert len(report.plan.actions) >= 8  # the Step | Lead | Timing | Evidence table under it


def _form(rows_per_box):
    """A Word form: a details table of label/value pairs, then boxes titled in their top row."""
    from io import BytesIO

    import docx

    d = docx.Document()
    d.add_heading("Child Protection Plan (Form CP3)", 1)
    details = d.add_table(rows=2, cols=4)
    for r, cells in enumerate([["Young person", "Tayo Adebayo", "Date of birth", "17/08/2009"],
                               ["Lives with", "Folake Adebayo (mum)", "Social worker", "Nadia Rahman"]]):
        for c, text in enumerate(cells):
            details.cell(r, c).text = text
    for title, body in rows_per_box:
        box = d.add_table(rows=2, cols=1)
        box.cell(0, 0).text = title
        box.cell(1, 0).text = body
    out = BytesIO()
    d.save(out)
    return out.getvalue()


def test_a_forms_boxes_titled_in_their_top_row_are_sections():
    data = _form([("C. What Tayo says", 'Tayo said: "I just want to be left alone and go to college."'),
                  ("D. What we want for Tayo", "• Tayo sleeps at home every night.\n• Tayo goes to college every day.")])
    report = lint(data, name="form.docx")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["C. What Tayo says"] == "child_voice"
    assert kinds["D. What we want for Tayo"] == "outcomes"
    assert [o.text for o in report.plan.outcomes] == ["Tayo sleeps at home every night.", "Tayo goes to college every day."]
    assert "F003" not in {f.rule for f in report.findings}


def test_a_details_table_of_label_value_pairs_names_the_child():
    report = lint(_form([("C. What Tayo says", 'Tayo said: "I want to go to college."')]), name="form.docx")
    assert report.plan.facts.child_names == ["Tayo"]


def test_a_box_under_a_title_it_does_not_know_stays_a_table():
    report = lint(_form([("Office use only", "Checked by the team manager on 20/03/2025")]), name="form.docx")
    assert "Office use only" not in {s.heading for s in report.plan.sections}


def test_a_task_tools_status_line_under_a_task_is_said_of_it():
    report = lint("# Plan for Ellis\n\n## Tasks\n\n"
                  "- [ ] Fill in Ellis's feed chart at every feed\n"
                  "  - Assigned to: Gemma Varley (mum)\n"
                  "  - Due: every feed (5 a day)\n"
                  "  - Done when: chart shows all 5 feeds, checked by the nurse at each visit\n"
                  "  - Priority: High · Status: In progress\n", name="plan.md")
    assert len(report.plan.actions) == 1
    assert not [f for f in report.findings if f.excerpt.startswith("Priority")]


def test_a_details_table_is_no_action_table_whatever_its_header_says():
    report = lint("# CP plan – Ellis Varley\n\n| Plan field | Value |\n|---|---|\n"
                  "| Child | Ellis Varley, 8 (DOB 03/01/2017) |\n| Lives with | Gemma Varley (mum) |\n"
                  "| Dad | Scott Varley – lives in Spain |\n| Plan owner | Rachel Obi, social worker |\n\n"
                  "## Tasks\n\n- Rachel Obi (SW) to visit Ellis every two weeks; visit notes on file.\n", name="plan.md")
    assert [a.text[:11] for a in report.plan.actions] == ["Rachel Obi "]


def test_a_who_does_what_table_of_short_names_is_still_an_action_table():
    report = lint("# Plan for Ellis\n\n## The plan\n\n| Who | What they will do |\n|---|---|\n"
                  "| Mum | Give Ellis every feed on time |\n| Dad | Ring Ellis every Sunday |\n"
                  "| SW | Visit every two weeks |\n", name="plan.md")
    assert len(report.plan.actions) == 3


_BOXES = """\
CHILD PROTECTION PLAN - DAVI COSTA (5)

WHAT WILL HAPPEN
┌──────────────────────────────────────────────┐
│ ACTION 1 – Social worker visits              │
├──────────────────────────────────────────────┤
│ What: Visit Davi at home and see him alone   │
│ Who: Kate Hollis, social worker (SW)         │
│ When: Every 2 weeks; next by 23/05/2025      │
│ How we will know: visit records show it      │
└──────────────────────────────────────────────┘
"""


def test_a_box_drawn_round_an_action_is_no_part_of_its_text():
    report = lint(_BOXES, name="plan.txt")
    texts = [b.text for b in report.plan.document.blocks]
    assert not any(set(t) & set("│┌┐└┘├┤─") for t in texts)
    assert [a.facts.owner for a in report.plan.actions] == ["Kate Hollis, social worker (SW)"]
    assert not [f for f in report.findings if f.rule in ("W001", "T001", "M001")]


def test_a_grid_drawn_with_box_lines_is_a_table():
    from planlint.readers import read_text
    doc = read_text("┌──────┬──────┐\n│ Who  │ When │\n├──────┼──────┤\n│ SW   │ Weekly │\n└──────┴──────┘\n", "p.txt")
    tables = [b for b in doc.blocks if b.kind == "table"]
    assert tables and tables[0].table.rows == [["Who", "When"], ["SW", "Weekly"]]


def test_a_name_with_an_age_and_a_dot_separator_names_the_child():
    report = lint("# Child protection plan\n\n**Jordan Garside**, 13 · Year 8, Castlegate Academy\n\n"
                  "## Steps\n\n- Priya (SW) to see Jordan alone every two weeks; visit notes on file.\n", name="plan.md")
    assert report.plan.facts.child_names == ["Jordan"]
    assert next(s for s in report.plan.sections if s.heading == "Steps").kind == "actions"


def _card_grid():
    from io import BytesIO

    import docx

    d = docx.Document()
    d.add_heading("Child Protection Plan", 1)
    d.add_paragraph("Children: Rhys Calloway, 6 (DOB 11/03/2019), Year 1\nPoppy Calloway, 3 (DOB 26/08/2021)")
    d.add_heading("The plan – action cards", 2)
    grid = d.add_table(rows=1, cols=2)
    grid.cell(0, 0).text = ("CARD 1 – Seeing Rhys\nWhat: Home visits to see Rhys on his own\nWho: Amira Haddad (SW)\n"
                            "When: Weekly\nHow we'll know: visit notes on file")
    grid.cell(0, 1).text = ("CARD 2 – Poppy at nursery\nWhat: Greet Poppy each morning and note any marks\n"
                            "Who: Jas Dhillon, nursery manager\nWhen: Every nursery day\nHow we'll know: daily log")
    out = BytesIO()
    d.save(out)
    return out.getvalue()


def test_action_cards_laid_out_one_to_a_cell_are_one_action_each():
    report = lint(_card_grid(), name="plan.docx")
    assert [a.facts.owner for a in report.plan.actions] == ["Amira Haddad (SW)", "Jas Dhillon, nursery manager"]
    assert not [f for f in report.findings if f.rule in ("W001", "T001", "M001")]


def test_a_second_child_on_the_line_under_a_children_label():
    report = lint(_card_grid(), name="plan.docx")
    assert report.plan.facts.child_names[:2] == ["Rhys", "Poppy"]


def test_a_letter_for_a_child_names_the_child():
    report = lint("# A letter for Ellie-Mae\n\nDear Ellie-Mae,\n\nThank you for the picture.\n", name="letter.md")
    assert report.plan.facts.child_names == ["Ellie-Mae"]
