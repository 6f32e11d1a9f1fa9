"""Classes met in batch 18's layouts, each on invented text: fields parted by
middle dots inside a bracket, a case system's abbreviated labels, a "RAG:"
key above a table, a title line naming the document, a lead-in line over a
list of outcomes, children on a capitals line, a letter's contingency and
meeting paragraphs, and an empty contingency field. All names are invented."""
from planlint import lint


def _actions(text: str, name: str = "plan.md"):
    report = lint(text, name=name)
    return report, {a.text.split(".")[0]: a.facts for a in report.plan.actions}


def _codes(report) -> list[str]:
    return sorted(f.rule for f in report.findings)


def test_middle_dots_part_the_fields_of_a_bracket():
    report, acts = _actions(
        "# Care plan for Ivo Brant\n\n## The plan\n\n"
        "1. Visit Ivo on the ward and spend time with him alone.\n"
        "   *(Lead: Pia Lund, SW · When: every week until discharge · Evidence: visit notes on file)*\n"
        "2. Go to the alcohol service for an assessment.\n"
        "   *(Lead: Mara Brant · When: ASAP · Evidence: engagement)*\n")
    visit, service = acts["Visit Ivo on the ward and spend time with him alone"], \
        acts["Go to the alcohol service for an assessment"]
    assert (visit.owner_status, visit.owner) == ("ok", "Pia Lund, SW")
    assert service.owner_status == "ok" and service.time_status == "vague" and service.measure_status == "vague"


def test_abbreviated_case_system_labels_make_one_action():
    report, acts = _actions(
        "CHILD PROTECTION PLAN - PRINT VIEW\n\n4. Tasks\n\n"
        "Task desc: Weekly sessions with Ivo Brant about his worries at school\n"
        "Resp. worker: Tess Orr (school counsellor)\n"
        "Target dt: Every Thursday\n"
        "Success criteria: Session notes sent to the SW monthly\n", name="plan.txt")
    assert len(report.plan.actions) == 1
    (facts,) = acts.values()
    assert (facts.owner_status, facts.time_status, facts.measure_status) == ("ok", "ok", "ok")
    assert "counsellor" in facts.owner


def test_a_rag_key_above_a_table_is_no_section():
    report = lint(
        "# Review of the plan\n\n## Outcomes\n\n- Ivo goes to nursery every day.\n\n## The plan\n\n"
        "RAG: **G** done · **A** started · **R** not started\n\n"
        "| Action | Who | When | How we'll know |\n|---|---|---|---|\n"
        "| Weigh Ivo at home | Pia Lund (HV) | every 2 weeks | weight on the red book chart |\n", name="plan.md")
    assert [s.kind for s in report.plan.sections if s.heading.startswith("RAG")] == []
    assert [o.text for o in report.plan.outcomes] == ["Ivo goes to nursery every day."]


def test_a_title_naming_the_document_and_a_lead_in_over_outcomes():
    report = lint(
        "PENDLE COUNCIL\n\nREVIEW CHILD PROTECTION CONFERENCE: THE CHAIR'S WRITTEN PLAN\n\n"
        "Children:      Ivo BRANT    DOB 14/02/2014 (11)\n"
        "               Kit BRANT    DOB 03/10/2020 (4)\n\n"
        "Ivo told me on his own that things are better at home now.\n\n"
        "What we want to see by the next review:\n"
        " - Ivo gets to school on time every day.\n"
        " - Kit is at nursery for every session.\n\n"
        "THE PLAN\n\nPia Lund (SW) will visit Ivo and Kit every two weeks and record what they say.\n",
        name="plan.txt")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["REVIEW CHILD PROTECTION CONFERENCE: THE CHAIR'S WRITTEN PLAN"] == "title"
    assert kinds["What we want to see by the next review"] == "outcomes"
    assert set(report.plan.facts.child_names) == {"Ivo", "Kit"}
    assert "O001" not in _codes(report)


def test_children_named_on_a_capitals_line_among_prose():
    report = lint(
        "Subject: Minutes - core group 3\n\nHi all,\n\nMinutes from yesterday are below.\n\n"
        "CORE GROUP 3 - IVO BRANT (13) AND KIT BRANT (9)\n\n"
        "Agreed actions:\n- PL to see Ivo and Kit at home every week.\n", name="minutes.txt")
    assert report.plan.facts.child_names == ["Ivo", "Kit"]


def test_a_letters_contingency_and_meeting_paragraphs_are_no_actions():
    report = lint(
        "Dear Mara,\n\nThank you for coming to the conference about Ivo.\n\n"
        "I will visit you and Ivo at home every two weeks and write down what Ivo tells me.\n\n"
        "If you drink while you are looking after Ivo, he will go to stay with his nan straight away. "
        "Out of hours, you should ring the emergency duty team.\n\n"
        "The core group, which is you, me and Ivo's school, will meet every four weeks.\n\n"
        "Yours sincerely,\n\nPia Lund\n", name="letter.md")
    texts = [a.text for a in report.plan.actions]
    assert not any(t.startswith(("Out of hours", "If you drink", "The core group")) for t in texts)


def test_an_empty_contingency_field_is_no_contingency():
    report = lint(
        "CHILD PROTECTION PLAN\n\nChild: Ivo Brant\n\n"
        "ACTION: Pia Lund (SW) to visit Ivo every week and record what he says.\n"
        "WHO: Pia Lund, SW\nBY WHEN: weekly\nHOW WILL WE KNOW: visit records on file\n\n"
        "CONTINGENCY PLAN: [no entry]\n", name="plan.txt")
    codes = _codes(report)
    assert "C001" in codes and "C002" not in codes


def test_a_two_row_header_a_reader_gave_one_cell_per_merged_heading():
    from planlint.structure.tables import _two_row_header
    rows = [
        ["No.", "Action", "Responsible", "Timescale", "Evidence"],
        ["", "", "Lead", "Support", "Start", "Complete by", ""],
        ["1", "Visit Ivo at home", "SW Pia Lund", "HV", "02/06/2025", "every 2 weeks", "visit notes"],
    ]
    assert _two_row_header(rows) == [
        "No.", "Action", "Responsible Lead", "Responsible Support", "Timescale Start", "Timescale Complete by",
        "Evidence"]
    # A first data row is no sub-header (it holds dates), and equal rows need no joining.
    assert _two_row_header([rows[0], rows[2], rows[2]]) is None
    assert _two_row_header([rows[2], rows[2], rows[2]]) is None
