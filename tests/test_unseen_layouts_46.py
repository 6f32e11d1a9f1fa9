"""Classes met on tuning material of the forty-sixth pass: ordinary plans in councils' everyday
templates (a directory of the people around the family under a heading that sounds like work, a
case system's plan printed as a tree, a contingency as labelled Trigger / Response lines, a Lead
and a Support column both left blank). All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules

_VOICE = """## What Leo says
Leo (5) told his nursery key person: "I like it when Dad takes me to nursery and Mum is up."

## What must be different for Leo
1. Leo is fed, clean and warm every day and goes to nursery every booked morning.

"""

_MEETINGS = """
## Meetings
Core group every four weeks: 03/03/2026, 31/03/2026 and 28/04/2026. Review conference: 12/05/2026.
If Leo is not safer by the review conference, Nkechi will ask for a legal planning meeting.
"""


def _directory(header: str = "| Name | Role | Service |") -> str:
    return f"""# Child protection plan for Leo Hale

## Who is helping the family
{header}
|---|---|---|
| Nkechi Obi | Social worker | Kelderbrook Children's Services |
| Tessa Grant | Health visitor | Kelderbrook 0-19 Health Service |
| Hannah Marsh | Perinatal mental health nurse | Kelderbrook Perinatal Mental Health Service |
| Jo Lister | Family support worker | Kelderbrook Family Support |

{_VOICE}## The plan
| What will happen | Who | When |
|---|---|---|
| Visit Leo at home and see his room; the visit record says what was seen | Nkechi Obi (SW) | Every week from 02/02/2026 |
| Weigh Leo's sister at home; her weight is plotted in her red book | Tessa Grant (HV) | Every two weeks |

## If things go wrong
If Leo is found alone in the flat, Nkechi will arrange for him to stay with his aunt Ruth that day;
if Ruth cannot have him, Nkechi will find a foster carer the same day.
{_MEETINGS}"""


def test_a_directory_of_the_people_around_the_family_holds_no_actions():
    report = _lint(_directory())
    assert report.actions == 2
    assert not any("Perinatal mental health nurse" in a.text for a in report.plan.actions)
    assert not _rules(report, "H001") and not _rules(report, "U001")


def test_a_table_whose_rows_commit_someone_is_still_work_under_a_name_header():
    text = _directory().replace("| Social worker |", "| Will visit Leo every week |")
    assert _lint(text).actions == 6


_TREE = """CASE HALE family   Case no. 00481923

CHILD'S VIEWS
Leo (5) told his teacher: "I like it when Dad takes me to nursery and Mum is up."

PLAN TREE (needs > outcomes > tasks)

NEED A  Leo's care
  Outcome A: Leo is fed, clean and warm every day.
  |
  +-- A.1  SW to visit Leo at home, one visit in two after 4pm, and see his room and the
  |        kitchen cupboards.
  |          Assigned to : Nkechi Obi (SW)
  |          Due         : Every 2 weeks until the RCPC on 12/05/2026
  |          Evidence    : Visit record with what was in the cupboards.
  |
  +-- A.2  Breakfast club every day for Leo, and a call to the SW the same day if he is
           absent or comes in hungry.
             Assigned to : Ruth Pryce, DSL, Kempsford Infant School
             Due         : Every school day
             Evidence    : Breakfast club register sent to the SW every Friday.

NEED B  Dad's health
  Outcome B: Leo is looked after by a dad whose pain is managed.
  |
  +-- B.1  Dr Lowe to review Gary's tramadol every two weeks and write to the SW after each
           review.
             Assigned to : Dr Alan Lowe, GP
             Due         : Every 2 weeks from 12/12/2025
             Evidence    : GP letter to the SW after each review.

CONTINGENCY
If Leo is found alone, Nkechi will arrange for him to stay with his aunt Carol that night.

REVIEW
Core group every 4 weeks: 16/12/2025, 13/01/2026. Review conference 12/05/2026.
"""


def test_a_plan_printed_as_a_tree_reads_each_branch_as_one_action_with_its_fields():
    report = _lint(_TREE, name="plan.txt")
    assert report.actions == 3
    visit = _action(report, "SW to visit Leo at home")
    assert "see his room and the kitchen cupboards" in visit.text and "+--" not in visit.text
    assert "Nkechi" in visit.fields.get("owner", "") and "Visit record" in visit.fields.get("measure", "")
    assert not _rules(report, "W001") and not _rules(report, "T001") and not _rules(report, "M001")


def test_one_branch_mark_is_no_tree():
    # ("+-- A.1" once, "| note" lines in a text: the marks stay as written)
    text = "# Plan for Leo\n\n+-- A.1 Visit Leo every week (Nkechi, SW)\n| a note\n"
    from planlint.readers.text import read_text
    assert any("+--" in b.text for b in read_text(text).blocks)


def _labelled_triggers(response: str) -> str:
    return f"""# Child protection plan for Leo Hale

{_VOICE}## The plan
- Nkechi Obi (SW) will visit Leo every week from 02/02/2026; the visit record says what she saw.

## Contingency
Trigger 1   Gary found drunk while caring for Leo, or cannot be woken.
Response    {response}
Trigger 2   No food in the house at a visit.
Response    Nkechi to arrange an emergency food parcel the same day.
{_MEETINGS}"""


def test_contingency_lines_labelled_trigger_are_its_triggers():
    report = _lint(_labelled_triggers("Nkechi arranges for Leo to stay with his aunt Carol that night; "
                                      "strategy discussion with police the same day."))
    assert not _rules(report, "C002")


def test_a_trigger_line_with_no_protective_response_is_still_vague():
    report = _lint(_labelled_triggers("The core group will discuss it."))
    assert _rules(report, "C002")


def test_a_lead_and_a_support_column_both_blank_leave_the_action_without_an_owner():
    report = _lint(f"""# Child protection plan for Leo Hale

{_VOICE}## The plan
| No. | Action | Lead | Support from | Target date | Evidence of progress |
|---|---|---|---|---|---|
| 1 | Nkechi will visit Leo at home every week | Nkechi Obi, SW | - | Weekly from 02/02/2026 | Visit records |
| 2 | Broken window in Leo's bedroom to be reported to the landlord and repaired | - | - | 13/03/2026 | Window seen repaired at the next visit |
{_MEETINGS}""")
    assert any("Broken window" in e for e in _rules(report, "W001"))
    assert not any("Nkechi will visit" in e for e in _rules(report, "W001"))


_REGISTER = """MINUTES OF CORE GROUP MEETING (CG2)

Children:   Tyler Ashby (14) and Mia Cole (2)

PRESENT (initials are used in these minutes and in the register)
  NB  Natalie Byrne, social worker (chair and minutes)
  DA  Danielle Ashby, mother
  JK  Mr Jaspreet Kaur, designated safeguarding lead, Olvanmoor High School
  PW  Paul Wright, recovery worker, Olvanmoor Alcohol Service (OAS)

THE CHILDREN'S VIEWS
Tyler said: "I want Mum to stop drinking and I want to stay at my school."

OUTCOMES
1. Tyler and Mia are cared for every day and night by an adult who is sober.

CONTINGENCY
If DA is found drunk while caring for the children, NB will arrange for them to stay with
their grandmother that night; if she cannot have them, NB will find foster carers the same day.

DATES
Core group every four weeks: CG3 on 11/02/2026. Review conference: 05/03/2026.
If there is not enough progress by CG3, NB will ask for a legal planning meeting.

10. ACTION REGISTER (from CG2)

FOR BOTH CHILDREN - lead: NB unless another name is given; all by the
review conference on 05/03/2026 unless a date is given
A1  Visit the children at home, one visit in three unannounced, and see Tyler
    on his own.
    Evidence: a visit record for every visit, with Tyler's words.
A0  Write up the children's own words about home with each of them.
    Evidence: the write-up on the case file.
A2  DA: drink no alcohol while caring for the children, and take a breath
    test at every NB and PW visit.
    When: every day from 14/01/2026. Evidence: every breath test recorded at
    0.0 on the case file.
A3  PW (OAS): key-work with DA with a breath test each time, and a written
    report on whether her drinking is changing enough.
    When: weekly. Evidence: OAS report on file before every core group.

TYLER - lead: Olvanmoor High School (JK) unless another name is given;
all by the February half term (13/02/2026) unless a date is given
A10 Check in with Tyler at the pastoral base, and ring NB the same day if he
    is absent or late.
    When: every school day. Evidence: attendance email to NB each Friday.
A11 NB: talk to Tyler about a young carer's assessment and refer him to the
    young carers service if he agrees.
    Evidence: a copy of the referral on the case file.
"""


def test_a_register_grouped_by_child_gives_each_item_its_groups_lead_and_time():
    report = _lint(_REGISTER, name="plan.txt")
    assert report.actions == 6
    assert "05/03/2026" in _action(report, "own words about home").fields.get("timescale", "")
    assert not _rules(report, "W001") and not _rules(report, "T001")
    visit = _action(report, "Visit the children at home")
    assert visit.fields.get("owner") == "NB"
    assert "Olvanmoor High School" in _action(report, "pastoral base").fields.get("owner", "")


def test_a_group_time_is_only_its_own_groups():
    # (the second group gives no time: its item without one of its own has none)
    report = _lint(_REGISTER.replace("unless another name is given;\nall by the February half term (13/02/2026) "
                                     "unless a date is given", "unless another name is given"), name="plan.txt")
    assert any("young carer's assessment" in e for e in _rules(report, "T001"))


def test_a_code_then_initials_and_a_colon_name_the_owner():
    report = _lint(_REGISTER, name="plan.txt")
    assert _action(report, "drink no alcohol").fields.get("owner") == "DA"
    assert _action(report, "young carer's assessment").facts.owner == "NB"


def test_a_reading_wrapped_onto_the_next_line_is_no_numbered_item():
    report = _lint(_REGISTER, name="plan.txt")
    assert not any(a.text.startswith("on the case file") for a in report.plan.actions)
    assert "0.0 on the case file" in _action(report, "drink no alcohol").fields.get("measure", "")


def test_a_lead_in_over_a_table_without_a_who_column_owns_its_rows():
    report = _lint(f"""# Child protection plan for Leo Hale

{_VOICE}## Leo's plan
For Leo – Aneta (Mum) will:

| What | When | How we will know |
|---|---|---|
| Take Leo to the dentist for his check-up | By 19/12/2025 | Appointment card seen by Hannah |
| Give Leo his feeds at the times on the feeding plan | Every day from 02/12/2025 | Feeding diary seen at each visit |
{_MEETINGS}""")
    assert not _rules(report, "W001")
    assert _action(report, "dentist").fields.get("owner") == "Aneta (Mum)"


_OUTLINE = """# Child protection plan for Orla and Finley Whitcombe

## What Finley says
Finley (4) told his nursery: "I like it when Nana stays and Mummy is not sad."

## The plan
1. Orla and Finley are cared for by a safe, well adult every day and night. Part lead: Lucy Marsh, social worker.
    1. Lucy Marsh (social worker) will visit Orla and Finley at home every week until the review conference, and write what she sees in her visit record.
        - at every visit: check Orla's sleeping space and the locked medicine box;
        - one visit a month at 7pm or later, to see the children's tea and bedtime.
    2. Sandra Whitcombe (maternal grandmother) will:
        - stay overnight at the flat every Friday until the review conference; Sandra texts Lucy each Saturday morning.
    3. Denise Pryor (paternal grandmother) will supervise Kyle's time with the children every Saturday from 10am to 1pm, and text Lucy after each visit.
2. Orla grows and develops well. Part lead: Megan Doyle, health visitor.
    1. Megan Doyle (health visitor) will weigh Orla at home every two weeks; her weights are plotted in her red book.
        - the weights will be shared with Lucy after each visit.

## If things go wrong
If Georgia is too unwell to care for the children, Lucy will arrange for them to stay with Sandra that
day; if Sandra cannot have them, Lucy will find foster carers the same day.

## Meetings
Core group every four weeks: 03/03/2026, 31/03/2026. Review conference: 12/05/2026.
If the children are not safer by the review, Lucy will ask for a legal planning meeting.
"""


def test_in_an_outline_a_part_heads_work_and_a_sub_item_only_details_its_item():
    report = _lint(_OUTLINE)
    assert report.actions == 4
    visit = _action(report, "will visit Orla and Finley")
    assert "one visit a month at 7pm" in visit.text
    assert not _rules(report, "W001") and not _rules(report, "M001") and not _rules(report, "O001")


def test_a_list_items_lead_in_leads_only_the_items_under_it():
    report = _lint(_OUTLINE)
    assert _action(report, "stay overnight").fields.get("owner", "").startswith("Sandra")
    assert "Sandra" not in _action(report, "supervise Kyle's time").fields.get("owner", "")


def test_a_part_heading_two_levels_of_work_is_its_outcome():
    report = _lint(_OUTLINE)
    assert any(o.text.startswith("Orla grows and develops well") for o in report.plan.outcomes)
    assert not any("Part lead" in o.text for o in report.plan.outcomes)


_LEVELS = """CASE PRINT   CHILD PROTECTION PLAN

SUBJECTS
  Leah Tonkin ......... F  13  (04/06/2012)  Pendrassock Academy, Year 9
  Mia Penhale ......... F   6  (30/08/2019)  Trewellan Primary, Year 2

CHILDREN'S VIEWS
Leah (seen alone at school): "I don't want him back, ever."

PLAN TREE

NEED 1  SAFETY FROM DOMESTIC ABUSE
  Need lead ..........: Sam Okafor, Social Worker

  OUTCOME 1.1  Leah and Mia live at home without seeing or hearing any violence.
    Target date ......: 26/03/2026
    How we will know .: No police call-outs; each child's safety score at 7 out of 10 or more.

    TASK 1.1.1  Visit the children at home and see each child alone
      Assigned to ....:
      Due ............: Weekly until the review conference
      Evidence .......: Visit record for each visit with each child's words

    TASK 1.1.2  Flag the house for an urgent response
      Assigned to ....: Pendrassock Police, Domestic Abuse Unit
      Due ............:
      Evidence .......:

CONTINGENCY
If Lee comes to the house, Kerry will call 999 and Sam will arrange for the children to stay
with their aunt that night; if she cannot have them, Sam will find foster carers the same day.

REVIEW
Core group every four weeks from 03/02/2026. Review conference 26/03/2026.
If the plan is not working by the review, Sam will ask for a legal planning meeting.
"""


def test_a_field_given_at_a_level_of_the_plan_counts_for_the_tasks_under_it():
    report = _lint(_LEVELS, name="plan.txt")
    assert report.actions == 2
    assert not _rules(report, "W001") and not _rules(report, "T001") and not _rules(report, "M001")
    assert _action(report, "Visit the children").fields.get("owner", "").startswith("Sam Okafor")
    assert "police call-outs" in _action(report, "Flag the house").fields.get("measure", "")


def test_a_print_lists_its_children_under_subjects_by_name_and_age():
    report = _lint(_LEVELS, name="plan.txt")
    assert report.plan.facts.child_names == ["Leah", "Mia"]
    assert not _rules(report, "F002")


def test_items_under_a_label_that_spells_out_a_step_are_that_steps_words():
    report = _lint(f"""# Child protection plan for Leo Hale

{_VOICE}## The plan
- **1.3 Visit Leo at home, one visit in three unannounced.**
  - Who: Nkechi Obi, social worker
  - When: weekly until the review conference
  - How we'll know: a visit record for every visit, with what Leo said.
  - What this means:
    - see Leo alone at least once a month;
    - check the fridge and the cupboards.
- **1.4 Weigh Leo's sister at home.**
  - Who: Tessa Grant, health visitor
  - When: every two weeks
  - How we'll know: her weights plotted in her red book.
{_MEETINGS}""")
    assert report.actions == 2
    assert "check the fridge" in _action(report, "Visit Leo at home").text
    assert not _rules(report, "M001") and not _rules(report, "T001")
