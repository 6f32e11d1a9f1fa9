"""Classes met on tuning batch 69 (measures and timescales written many ways; parents who
are unwell and plans that must stay child focused), on invented text. All names are invented."""
from test_unseen_layouts_15 import _TAIL, _WORK, _lint, _rules

_PLAN_HEAD = """# Child protection plan for Mia
Mum: Sarah Hollis.

"""


def test_a_heading_saying_what_happened_to_the_last_plan_is_history_not_work():
    report = _lint(_PLAN_HEAD + """## What happened to the child in need plan

| Action | Who | Update |
|---|---|---|
| Dental check for Mia | Sarah | Two appointments missed |
| Young carers referral | SW | Made in May; still waiting |

## What we want for Mia
Mia goes to nursery every day and gains weight steadily.
""" + _WORK + _TAIL)
    assert [a.text for a in report.plan.actions if "Dental" in a.text or "carers" in a.text] == []
    assert len(report.plan.actions) == 2
    assert _rules(report, "U001") == []


def test_an_appointment_card_shown_at_visits_is_a_measure():
    work = """## Who is doing what

- Sarah will go to her keywork session at the recovery service each Tuesday, showing her appointment card at the social worker's visits.
- Sarah will go to her keywork session at the recovery service each Tuesday.
"""
    report = _lint(_PLAN_HEAD + "## What we want for Mia\nMia goes to nursery every day.\n" + work + _TAIL)
    assert _rules(report, "M001") == ["Sarah will go to her keywork session at the recovery service each Tuesday."]


def _outcomes_under(heading: str):
    return _lint(_PLAN_HEAD + f"## {heading}\n\n"
                 "- \"I want to be clean, properly clean, and off the script by Christmas.\"\n"
                 "- \"Mia gets to nursery on time every day.\"\n\n" + _WORK + _TAIL)


def test_first_person_outcomes_under_a_parents_words_heading_are_the_parents():
    report = _outcomes_under("What good looks like (in Sarah's words)")
    assert _rules(report, "F002") == ["\"I want to be clean, properly clean, and off the script by Christmas.\""]


def test_first_person_outcomes_under_the_childs_heading_stay_the_childs():
    assert _rules(_outcomes_under("What good looks like (in Mia's words)"), "F002") == []
    assert _rules(_outcomes_under("What good looks like"), "F002") == []


def test_getting_out_of_the_house_is_no_measure_but_seven_out_of_ten_is():
    work = """## Who is doing what

- Sarah will try to get out of the house more and go to the wellbeing group by 30 May 2025.
- Sarah will go to the wellbeing group by 30 May 2025, scoring her mood seven out of ten or better at each visit.
"""
    report = _lint(_PLAN_HEAD + "## What we want for Mia\nMia goes to nursery every day.\n" + work + _TAIL)
    assert _rules(report, "M001") == ["Sarah will try to get out of the house more and go to the wellbeing group by 30 May 2025."]


def test_nothing_seen_at_someones_unannounced_visits_is_a_measure():
    work = """## Who is doing what

- Lee - keep the dog out of the kitchen every day. From 16/4. -> no dog mess seen at Jo's unannounced visits
- Lee - keep the dog out of the kitchen every day. From 16/4.
"""
    report = _lint(_PLAN_HEAD + "## What we want for Mia\nMia goes to nursery every day.\n" + work + _TAIL, name="plan.txt")
    assert _rules(report, "M001") == ["Lee - keep the dog out of the kitchen every day. From 16/4."]


def _r002(details: str, contingency: str):
    tail = _TAIL.replace("and ask for a legal planning meeting", contingency)
    return _rules(_lint(_PLAN_HEAD.replace("Mum: Sarah Hollis.", details) + "## What we want for Mia\n"
                        "Mia goes to nursery every day.\n" + _WORK + tail), "R002")


def test_a_court_in_an_address_is_no_step_to_court():
    assert _r002("Mum: Sarah Hollis, Flat 8, Ribston Court, Elmbury.", "") == [""]
    # a court of law named before "Court" is still one
    assert _r002("Mum: Sarah Hollis.", "and the case will go to Elmbury Family Court") == []
    assert _r002("Mum: Sarah Hollis.", "and the local authority will apply to the Court for an order") == []


def test_a_title_line_plan_and_progress_names_no_child():
    report = _lint("# Review Child Protection Conference – Plan and Progress\n\nChildren: Zara Okafor (11)\n\n"
                   "## What we want for Zara\nZara goes to school every day.\n" + _WORK + _TAIL)
    assert report.plan.facts.child_names == ["Zara"]


def test_visits_already_made_are_no_plan_to_visit_the_child_on_the_ward():
    def plan(news: str) -> str:
        return ("# Care plan for Alfie\nAlfie is looked after under section 20 and is on Wren Ward, Westmere "
                f"General Hospital.\n\n## News\n{news}\n\n## What we want for Alfie\nAlfie gains weight steadily.\n"
                + _WORK.replace("Mia", "Alfie") + _TAIL.replace("Mia", "Alfie"))
    assert len(_rules(_lint(plan("Jordan has visited four times since 28 February; the nurses say Alfie is calm with him.")), "L001")) == 1
    assert _rules(_lint(plan("Jordan has visited four times since 28 February and will visit Alfie on the "
                             "ward every Tuesday and Friday.")), "L001") == []


def test_sending_it_on_in_a_gerund_clause_is_a_measure():
    work = """## Who is doing what

- Dev Lal from the young carers service will meet Mia's brother every fortnight from 1 December and complete a young carer's assessment, sending it to the social worker by 16 January 2026.
- Dev Lal from the young carers service will meet Mia's brother every fortnight from 1 December and complete a young carer's assessment by 16 January 2026.
"""
    report = _lint(_PLAN_HEAD + "## What we want for Mia\nMia goes to nursery every day.\n" + work + _TAIL)
    assert _rules(report, "M001") == ["Dev Lal from the young carers service will meet Mia's brother every fortnight "
                                      "from 1 December and complete a young carer's assessment by 16 January 2026."]


def test_attendance_sent_on_to_someone_is_a_measure():
    work = """## Who is doing what

- Whole family to go to family therapy at the Bridge Centre every other Tuesday; the therapist sends attendance to Marcus.
- Sarah to go to family therapy at the Bridge Centre every other Tuesday.
"""
    report = _lint(_PLAN_HEAD + "## What we want for Mia\nMia goes to nursery every day.\n" + work + _TAIL)
    assert _rules(report, "M001") == ["Sarah to go to family therapy at the Bridge Centre every other Tuesday."]


def _children(details: str) -> list[str]:
    return _lint("# Child protection plan\n\n" + details + "\n\n## What we want for them\nThey go to school every day.\n"
                 + _WORK + _TAIL, name="plan.txt").plan.facts.child_names


def test_children_named_on_the_details_lines_of_other_templates():
    # a case system's dot leaders, the second child on the next line
    assert _children("Children ............ Eli Quaye, born 19/01/2013 (12), Pelsingham Academy, Year 7\n"
                     "Mira Quaye, born 04/09/2019 (5), Castlegate Primary, Reception") == ["Eli", "Mira"]
    # a police form's "Children in household", surnames in capitals
    assert _children("Children in household: Jace TENNICK, 8 (Year 3, Holloway Road Primary); "
                     "Lola COLLEY, 2 (Little Acorns Nursery)") == ["Jace", "Lola"]
    # an age in months
    assert _children("Children: Ruby Hartnell, 4 (Puffins Pre-school); Bonnie Hartnell, 10 months") == ["Ruby", "Bonnie"]


def test_children_with_mc_surnames_and_a_born_date_are_named():
    # a fixed-width family table whose surname has a capital inside it
    assert _children("FAMILY DETAILS\nCiara McAuley   11   P7, St Brigid's Primary School\n"
                     "Tiernan McAuley   5   P1, St Brigid's Primary School\nShauna McAuley   31   mother") == ["Ciara", "Tiernan"]
    assert _children("Lola Penrice, born 21/04/2024 (14 months)\nMother: Jade Penrice (22).") == ["Lola"]


def test_a_child_named_in_capitals_with_dob_in_brackets():
    assert _children("CORE GROUP MEETING 3  -  ARCHIE BARKER  (DOB 02/03/2025, 6 MONTHS)\n\n"
                     "Mother: Sarah Barker (DOB 01/02/1990)") == ["Archie"]
