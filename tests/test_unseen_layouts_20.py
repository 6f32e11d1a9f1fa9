"""Classes met on tuning batch 65 (plans typed fast in shorthand, the document-level rules
written many ways, families of several children, other nations' and agencies' templates),
on invented text. All names are invented."""
from test_unseen_layouts_15 import _OUTCOMES, _TAIL, _action, _lint, _rules


def _plan(actions: str, tail: str = _TAIL, name: str = "plan.md") -> str:
    return _lint("# Child protection plan for Mia\n" + _OUTCOMES + "## Action plan\n" + actions + tail, name=name)


def test_fortn_is_a_fortnight():
    report = _plan("| Action | Who | When | How we will know |\n|---|---|---|---|\n"
                   "| home visits, see Mia alone | SW Jo Hill | fortn. | visit recs on file |\n")
    assert _rules(report, "T001") == [] and _rules(report, "T002") == []


def test_a_core_group_every_fortn_has_a_date():
    tail = _TAIL.replace("Core group every 4 weeks; review conference on 12 June 2025.",
                         "CG fortn., Thurs 2pm at the Family Hub. RCPC 22/4/25 10am")
    assert _rules(_plan("- SW Jo Hill to visit Mia wkly - visit recs on file\n", tail), "R001") == []


def test_the_measure_typed_after_the_date_in_the_when_cell_counts():
    head = "| Action | Who | When | How we will know |\n|---|---|---|---|\n"
    report = _plan(head + "| update the safety plan w/ Mum | IDVA Sam Reed | by 21/2 - signed copy on file | |\n")
    assert _rules(report, "M001") == []
    # a date alone in the When cell leaves the measure missing
    report = _plan(head + "| update the safety plan w/ Mum | IDVA Sam Reed | by 21/2 | |\n")
    assert len(_rules(report, "M001")) == 1


def test_work_for_a_parent_before_a_dash_is_not_its_owner():
    report = _plan("- benefits check for mum (UC + PIP) - FSW Jodie Crane - by 28/2\n"
                   "- SW Jo Hill to visit Mia wkly - visit recs on file\n", name="plan.txt")
    assert _action(report, "benefits check").facts.owner == "FSW Jodie Crane"


def test_a_childs_name_typed_in_lower_case_where_lines_open_is_still_a_name():
    report = _lint("""kids:    Amira Begum (10), Yr 5 Park Primary
         Zayn Begum (2), at home w/ Dad in the day

WHAT WE WANT FOR AMIRA + ZAYN
- amira comes home to a grown up who is well + goes to netball
- zayn has a nursery place from March

ACTIONS
- NR (SW): home visits wkly, see Amira alone each time; visit recs on file
- Mrs Ali (nursery): funded place for Zayn from w/c 24/2; register emailed to NR every Fri

AMIRA + ZAYN
amira (seen alone at school 11/2 by NR) said she is scared when Dad is poorly.

IF THINGS GO WRONG
- if Dad has a seizure while on his own w/ Zayn, Zayn stays w/ Nan at no. 18 that night + NR holds a strat disc the same day; if Nan can't, NR arranges a foster carer
- if it happens twice NR asks the TM for a legal planning mtg within 5 working days

NEXT MTGS
CG every 4 wks: 17/3, 14/4. RCPC Tues 6/5/25
""", name="plan.txt")
    assert report.plan.facts.child_names == ["Amira", "Zayn"]
    assert _rules(report, "F003") == [] and _rules(report, "F002") == []


def test_a_name_written_in_lower_case_inside_a_sentence_is_a_word():
    report = _lint("""Children: Will Baker (7)

Mum said she will try. will is worried about school.
""", name="plan.txt")
    assert "Will" not in report.plan.facts.child_names


def test_children_looked_after_by_an_adult_every_day_are_not_looked_after_children():
    plan = """# Child protection plan for Mia
## What we want for Mia
Mia is looked after every day and every night by an adult who is sober.
## Action plan
- The SW, Jo Hill, will visit Mia every week from 3 March 2025; visit notes on file.
- Mum will bring the school admission letters to the SW by 14 March 2025; letters seen by the SW.
""" + _TAIL
    report = _lint(plan)
    assert not report.plan.facts.looked_after
    assert _rules(report, "L001") == []
    looked_after = plan.replace("Mia is looked after every day and every night by an adult who is sober.",
                                "Mia is looked after by Westmere Council under section 20 and is on the children's ward.")
    assert _lint(looked_after).plan.facts.looked_after


def test_a_value_wrapped_onto_an_indented_line_in_capitals_stays_in_its_field():
    report = _plan("""TASK 1   Review Sarah's medication and write a report on whether she can
         meet Mia's needs, and how long that is likely to take
  OWNER ..... Dr Femi Oduya, consultant psychiatrist, Westmere Adult
              CMHT
  WHEN ...... by 16/05/2025
  EVIDENCE .. written report to the SW, shared at the core group
TASK 2   Weigh Mia at home
  OWNER ..... Jane Ford, health visitor
  WHEN ...... every 2 weeks
  EVIDENCE .. weights in the red book
""", name="plan.txt")
    action = _action(report, "Review Sarah's medication")
    assert action.fields.get("timescale") == "by 16/05/2025"
    assert "CMHT" in action.fields.get("owner", "")
    assert _rules(report, "T001") == [] and _rules(report, "M001") == []


def test_a_mental_health_view_on_whether_and_how_soon_is_an_assessment():
    sarah = "Sarah (mum) has depression and anxiety.\n"
    for work in ("Weekly video sessions with Sarah for her anxiety, with a written view for the core group on "
                 "whether she is able to keep Mia safe, and how soon",
                 "See Sarah by 6 June 2025 and tell the core group in writing whether her recovery is on track for "
                 "her to meet Mia's needs, and how long that may take"):
        report = _lint("# Child protection plan for Mia\n" + sarah + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| """ + work + """ | Ben Achebe, therapist, Westmere Talking Therapies | Weekly from 28/04/2025 | Written view sent to the SW |
""" + _TAIL)
        assert _rules(report, "H001") == [], work
    supports = _lint("# Child protection plan for Mia\n" + sarah + _OUTCOMES + """## Action plan
| Action | Who | When | How we will know |
|---|---|---|---|
| Weekly video sessions with Sarah for her anxiety | Ben Achebe, therapist, Westmere Talking Therapies | Weekly from 28/04/2025 | Attendance sent to the SW |
""" + _TAIL)
    assert len(_rules(supports, "H001")) == 1


def test_a_short_outcome_that_says_a_parent_will_change_is_adult_centred():
    plan = _lint("# Child protection plan for Mia\nSarah (mum) has depression.\n## What needs to change\n"
                 "Sarah's mood will improve.\nMia goes to nursery every day.\n## Action plan\n"
                 "- The HV, Jo Hill, will weigh Mia every 2 weeks from 3 March 2025; weights in the red book.\n" + _TAIL)
    assert [f.excerpt for f in plan.findings if f.rule == "F002"] == ["Sarah's mood will improve."]
    assert _rules(plan, "O001") == []


def test_outcomes_that_are_all_a_parents_leave_none_for_the_child():
    plan = _lint("# Child protection plan for Mia\nJoy (mum) drinks most days.\n## What we are working towards\n"
                 "Joy will stop drinking and stay sober.\nJoy will attend all her Recovery Service appointments.\n"
                 "## Action plan\n"
                 "- The HV, Jo Hill, will weigh Mia every 2 weeks from 3 March 2025; weights in the red book.\n" + _TAIL)
    assert len(_rules(plan, "F002")) == 2
    assert len(_rules(plan, "O001")) == 1


def _voice_plan(voice: str) -> str:
    return ("# Child protection plan for Mia\nMother: Donna Bevan (29)\nChildren: Mia Bevan (6)\n" + _OUTCOMES
            + "## Action plan\n- The SW, Jo Hill, will visit Mia every 2 weeks from 3 March 2025; visit notes on file.\n"
            + _TAIL.replace("## What Mia says\nMia said she likes nursery because of the sand pit.\n", voice))


def test_a_section_of_the_adults_views_records_no_voice_of_the_child():
    adults = ("## The family's views\nDonna said at conference that she had let things slide.\n"
              "She wants help with money first. Grandad Ray said he had not realised how bad things were.\n")
    assert len(_rules(_lint(_voice_plan(adults)), "F003")) == 1
    with_mia = adults + "Mia said she likes it when Grandad Ray picks her up.\n"
    assert _rules(_lint(_voice_plan(with_mia)), "F003") == []
    days = adults + "## Mia at school\nMia is in Year 2. She runs to her teacher in the mornings. She eats all her lunch.\n"
    assert _rules(_lint(_voice_plan(days)), "F003") == []


def test_weighing_whether_to_hold_a_legal_planning_meeting_is_no_escalation():
    tail = _TAIL.replace("the social worker will visit the same day and ask for a legal planning meeting.",
                         "the team manager will consider whether a legal planning meeting is needed.")
    assert len(_rules(_plan("- SW Jo Hill to visit Mia every week from 3/3/25; visit notes on file\n", tail), "R002")) == 1
    asks = _TAIL.replace("ask for a legal planning meeting", "consider a legal planning meeting")
    assert _rules(_plan("- SW Jo Hill to visit Mia every week from 3/3/25; visit notes on file\n", asks), "R002") == []


def test_a_review_conference_another_council_will_arrange_has_no_date():
    tail = _TAIL.replace("review conference on 12 June 2025.",
                         "the review child protection conference will be arranged by Fennimere after the transfer.")
    assert len(_rules(_plan("- SW Jo Hill to visit Mia every week from 3/3/25; visit notes on file\n", tail), "R001")) == 1
    booked = _TAIL.replace("review conference on 12 June 2025.", "the review conference will be arranged for 12 June 2025.")
    assert _rules(_plan("- SW Jo Hill to visit Mia every week from 3/3/25; visit notes on file\n", booked), "R001") == []


def test_a_visit_once_the_child_leaves_the_ward_is_no_visit_on_it():
    def plan(when: str) -> str:
        return ("# Care plan for Archie\nArchie is looked after under section 20 and is on Wren Ward, Westmere "
                "General Hospital.\n" + _OUTCOMES.replace("Mia", "Archie") + "## Action plan\n"
                "| Action | Who | When | How we will know |\n|---|---|---|---|\n"
                f"| Visit Archie and see him with his carers | SW Callum Reid | {when} | Visit notes on file |\n" + _TAIL)
    assert len(_rules(_lint(plan("Every two weeks once Archie is discharged from Wren Ward")), "L001")) == 1
    assert _rules(_lint(plan("Twice a week on Wren Ward until he is discharged")), "L001") == []


def test_a_step_number_starred_as_changed_still_opens_its_fields():
    report = _plan("""Steps marked * are new or changed since the last plan.

7.1   WHEN   weekly from 10/07/2025
      WHO    Rhys Tanner, care coordinator, Westmere CMHT
      WHAT   see Sarah at home and tell each core group whether she is making the changes Mia needs
      PROOF  written report to every core group

7.2*  WHEN   by 15/08/2025
      WHO    Jo Hill, health visitor
      WHAT   weigh Mia at home
      PROOF  weights in the red book
""", name="plan.txt")
    action = _action(report, "weigh Mia at home")
    assert action.fields.get("timescale") == "by 15/08/2025"
    assert action.fields.get("owner") == "Jo Hill, health visitor"
    assert [f.rule for f in report.findings if f.rule in ("W001", "T001", "M001")] == []


# Batch 67 tuning: teenagers at risk outside the home; very short and very long plans.

def test_a_plan_written_to_the_young_person_by_name_is_about_them():
    report = _lint("""# Ellie's child protection plan

*This plan is written to you, Ellie, because you asked for it to be. Sam (your social worker) wrote it.*

## Why we are worried
Mum (Dawn Walsh) has reported you missing seven times since September.

## What you told us
You said you would like to go back to dance and that you want to keep your phone.

## What we want to change
- You are safe from adults who want to use you, and you come home every night.
- You are in school every day and you're back at dance.

## What will happen
- Sam will see you on your own every week from 10 February 2025 and write down what you say in the visit notes.
""" + _TAIL.replace("## What Mia says\nMia said she likes nursery because of the sand pit.\n", ""))
    assert _rules(report, "F002") == [] and _rules(report, "O001") == [] and _rules(report, "F003") == []


def test_a_familys_safety_plan_in_an_appendix_is_not_the_plans_work():
    report = _plan("- The SW, Jo Hill, will visit Mia every week from 3 March 2025; visit notes on file.\n", _TAIL + """
## Appendix C: Family safety plan
Nobody drives the children anywhere at night unless it is an emergency.
If Mia says her code word to Grandad, he will ring the SW.
""")
    assert len(report.plan.actions) == 1


def test_an_agency_contact_list_down_a_table_is_not_an_action_card():
    report = _plan("- The SW, Jo Hill, will visit Mia every week from 3 March 2025; visit notes on file.\n", _TAIL + """
## Appendix: agencies

| Agency | Contact |
|---|---|
| Westmere Children's Services | Jo Hill, SW, 01632 961 200 |
| Westmere Alcohol Service | Priya Lal, keyworker, 01632 961 310 |
| Westmere Surgery | Dr Helen Marr, GP, 01632 961 455 |
""")
    assert len(report.plan.actions) == 1


def test_handing_the_professional_the_thing_is_a_measure():
    report = _plan("- Sarah will go to the money advice drop-in by 14 March 2025 and bring the SW the repayment plan.\n"
                   "- Dr Hale, Westmere CAMHS, will assess Mia by 30/05/2025 and send her written recommendations to "
                   "Sarah and the GP.\n")
    assert _rules(report, "M001") == []


def test_a_line_of_the_familys_details_under_the_plans_title_is_not_work():
    report = _lint("""# Child Protection Plan – Mia Hale

Mia Hale (2), 7 Mintern Walk, Westmere · Mum: Sarah Hale · ICPC 04/02/2025 (neglect) · SW: Jo Hill

| Action | Who | By when | How we will know |
|---|---|---|---|
| Visit Mia at home and see her awake | SW Jo Hill | Weekly from 10/02/2025 | Visit record on file |
""")
    assert [a.text for a in report.plan.actions] == [
        "Visit Mia at home and see her awake | SW Jo Hill | Weekly from 10/02/2025 | Visit record on file"]


def test_an_outcome_on_a_labelled_line_of_a_short_form_is_the_plans_outcome():
    text = """CHILD PROTECTION PLAN (SHORT FORM)

Child:       Kacey Hurst, 7, Year 2
Outcome:  Kacey gets to school every day, clean, fed and with her PE kit.

Plan:
- SW Robyn Tate will visit every week and see Kacey; visit notes record what Kacey says.
"""
    report = _lint(text, name="plan.txt")
    assert [o.text for o in report.plan.outcomes] == ["Kacey gets to school every day, clean, fed and with her PE kit."]
    assert _rules(report, "O001") == []


def test_a_reminder_the_day_before_each_one_says_when():
    report = _plan("- Liam will text Sarah a reminder the day before each appointment, and the SW checks the texts.\n"
                   "- Liam is her one contact and will text her a reminder the day before each one; the SW checks the texts.\n")
    assert _rules(report, "T001") == []
