"""Classes met writing plans in layouts planlint had not read (tuning batch 42), on
invented text. All names are invented."""
from pathlib import Path

from planlint import lint
from planlint.nlp.commitment import find_commitment

SAMPLES = Path(__file__).parents[1] / "sample_plans"


def _rules(report, *codes):
    return [f for f in report.findings if f.rule in codes]


_COMMENTS = """\
# Tarrowby Council - Children's Services

## Child protection plan: Rhys and Maia Pennock

- **Rhys Pennock**, 14, Tarrowby High School
- **Maia Pennock**, 8, Year 3, Brookside Primary
- **Gwen Pennock**, their aunt, Station Road
- Their dad, Owen, lives in Cardiff

## What Rhys and Maia say

Maia said: "I like it when Auntie Gwen does my hair."

## The plan

| Action | Comments |
|---|---|
| Pick Maia up from school on Tuesdays and give her tea | Gwen Pennock, every Tuesday. The school signs Maia out to Gwen in its log. |
| Return home interview with Rhys after each missing episode | Ffion Lake, Tarrowby Missing Service, within 72 hours of Rhys coming home. The interview is shared with the SW. |
| Keep Rhys's timetable full, and ring home by 10am if he is not in | Mr Alun Pryce, head of year, Tarrowby High, every school day. Register emailed to the SW each Friday. |
"""


def test_a_comment_that_opens_with_a_named_person_then_when_gives_the_owner():
    report = lint(_COMMENTS, name="plan.md")
    owners = [a.facts.owner for a in report.plan.actions]
    assert owners == ["Gwen Pennock", "Ffion Lake, Tarrowby Missing Service", "Mr Alun Pryce, head of year, Tarrowby High"]
    assert not _rules(report, "W001")


def test_a_named_person_then_a_dash_and_when_gives_the_owner_too():
    text = _COMMENTS.replace("Gwen Pennock, every Tuesday.", "Gwen Pennock – every Tuesday.")
    assert lint(text, name="plan.md").plan.actions[0].facts.owner == "Gwen Pennock"


def test_a_comment_that_opens_with_no_name_gives_no_owner():
    text = _COMMENTS.replace("Gwen Pennock, every Tuesday.", "Referral sent, every Tuesday.")
    action = lint(text, name="plan.md").plan.actions[0]
    assert action.facts.owner_status == "missing"


def test_the_documents_name_over_a_list_of_the_family_is_no_action_section():
    plan = lint(_COMMENTS, name="plan.md").plan
    assert [s.kind for s in plan.sections][:2] == ["title", "title"]
    assert len(plan.actions) == 3  # the list of who the family are holds no work
    alone = lint(_COMMENTS.split("## What Rhys")[0] + "- Visit Maia weekly (SW Jo Bell)\n", name="plan.md").plan
    assert alone.actions  # with no later section of work, the list under it is the plan's


_BRACKETS = """\
# Plan for Isla

## What Isla told me

Isla said she worries when Mum stays in bed.

## Who's doing what

### Mum's health

- Visit Nia at home every week to go through her mood and medication, and write to each core group on whether she is keeping the changes Isla needs (Dev Sandhu, care coordinator, Larchby CMHT)
- Check in with Isla every Monday and tell the SW the same day if she is late or worried; each check-in noted on the school's log (Mrs Ann Cole, head of Year 5 and DSL, Larchby Primary)

### Isla's time

- Sit down with Isla by 10 July 2025 to go through who she can ring; her card seen in her school bag at the next visit (Beth Ray, social worker)
"""


def test_who_is_doing_what_heads_the_work_and_a_long_last_bracket_names_its_owner():
    report = lint(_BRACKETS + "\nNia has depression and takes sertraline.\n", name="plan.md")
    plan = report.plan
    assert [a.facts.owner for a in plan.actions] == [
        "Dev Sandhu, care coordinator, Larchby CMHT", "Mrs Ann Cole, head of Year 5 and DSL, Larchby Primary",
        "Beth Ray, social worker"]
    assert not _rules(report, "W001", "F004")


def test_a_long_last_bracket_that_names_nobody_is_no_owner():
    text = _BRACKETS.replace("(Dev Sandhu, care coordinator, Larchby CMHT)", "(this was agreed at conference, see minutes)")
    assert lint(text, name="plan.md").plan.actions[0].facts.owner_status == "missing"


def test_work_before_a_purpose_is_no_subject():
    # "X to do Y" names X as who does it, unless X is the work itself
    assert find_commitment("Visit Martin at home every week to go through his mood") is None
    assert find_commitment("Sit down with Kai by 10 July to go through the signs") is None
    assert find_commitment("Martin to visit the GP every week").subject == "Martin"


_WHO_WHEN = """\
THE PLAN

1  MUM'S HEALTH

  a) Weekly counselling sessions for Nia at the Larchby Wellbeing Service
     Who / when:        Marta Lis (counsellor) - weekly, 6 sessions from 30/06/2025
     How will we know:  attendance record sent to the SW after each session

  b) Apply for a priority transfer to a bigger, dry home
     Who / when:        Rachel Ince (housing officer, Larchby Homes)
     How will we know:  banding letter copied to the SW
"""


def test_a_who_and_when_line_gives_both_and_a_missing_date_stays_missing():
    actions = lint(_WHO_WHEN, name="plan.txt").plan.actions
    assert [(a.fields.get("owner"), a.fields.get("timescale")) for a in actions] == [
        ("Marta Lis (counsellor)", "weekly, 6 sessions from 30/06/2025"),
        ("Rachel Ince (housing officer, Larchby Homes)", None)]
    assert [a.facts.time_status for a in actions] == ["ok", "missing"]


def test_a_cell_merged_down_both_sides_of_a_page_break_is_one_cell_again():
    from planlint.readers.pdf import _join_merged_across_break

    goal = 'Jack: "I'
    before = [["Our goal", "Step"], [goal, "See Chloe every 2 weeks"], [goal, "Ring the GP"]]
    after = [['just want Mum to be Mum again."', "Review her dose"], ['just want Mum to be Mum again."', "visit after school"]]
    _join_merged_across_break(before, after)
    whole = 'Jack: "I just want Mum to be Mum again."'
    assert [r[0] for r in before[1:] + after] == [whole] * 4
    assert [r[1] for r in after] == ["Review her dose", "visit after school"]  # a cell merged with nothing stays

    # a step in lower case after one that ends unpunctuated, neither merged: two steps
    steps_before, steps_after = [["Step"], ["Weekly home visits"]], [["check the fridge"], ["Ring school"]]
    _join_merged_across_break(steps_before, steps_after)
    assert steps_after[0] == ["check the fridge"]

    # a row merged across every column (a stage's title) is shorter than the rest
    titled_before = [["Step", "Who"], ["Now to 32 weeks"], ["See Mel at home", "HV Jo"]]
    titled_after = [["see the baby on the ward", "SW Hana"], ["At home"]]
    _join_merged_across_break(titled_before, titled_after)
    assert titled_after == [["see the baby on the ward", "SW Hana"], ["At home"]]


def test_a_merged_goal_cut_by_a_page_break_reads_as_one_outcome():
    # a tuning sample plan: its last goal, in Jack's words, runs onto the next page
    plan = lint(SAMPLES / "b42_halsgrove_goal_and_good_looks_like_merged_lumsden.pdf").plan
    assert not [o for o in plan.outcomes if o.text[:1].islower()]
    assert not [f for f in lint(SAMPLES / "b42_halsgrove_goal_and_good_looks_like_merged_lumsden.pdf").findings
                if f.rule == "F002"]


_CARDS = """\
# Tom's promise cards

## What I told Sam

"I like it when Nan picks me up."

## My promise cards

### Card 1 - from Nan

**Promise from:** Nan (Rita Hale)
**What:** I'll pick you up from school and give you your tea at mine.
**When:** Every Monday and Thursday, 3.15pm to 6pm.
**How you'll know:** I'll sign the pick-up book in the school office.

### Card 2 - from Priya at the Recovery Service

**Promise from:** Priya Das, recovery worker, Fenby Recovery Service
**What:** I'll see your dad every week and write a letter before every meeting saying how he is doing.
**When:** Every Friday morning.
**How you'll know:** My letter is read out at every core group.
"""


def test_a_promise_card_says_whose_promise_it_is():
    report = lint(_CARDS + "\nDad has been drinking too much.\n", name="plan.md")
    plan = report.plan
    assert [s.kind for s in plan.sections if s.heading.startswith(("My promise", "Card"))] == ["actions"] * 3
    assert [a.facts.owner for a in plan.actions] == [
        "Nan (Rita Hale)", "Priya Das, recovery worker, Fenby Recovery Service"]
    assert not _rules(report, "W001", "F004")


_EXPORT = """\
Child Protection Plan

Subjects of plan
Subject 1 – name: Kofi Mensah Subject 1 – date of birth: 12/11/2019 Subject 2 – name: Ama Mensah

Parental health
Substance use: None known for either parent (checked with the GP).
Mother – health: No known health needs.

Outcomes
Outcome 1: Kofi and Ama are always looked after by a safe adult when their mum is at work.

Actions
Action: Visit Kofi and Ama at home every 2 weeks, seeing Kofi alone
Responsible person: Jo Bell, Social Worker
Target date: every 2 weeks
Success measure: visit records show Kofi seen alone
"""


def test_a_case_systems_numbered_subjects_name_the_children_and_a_field_valued_none_denies():
    report = lint(_EXPORT, name="plan.txt")
    assert report.plan.facts.child_names[:2] == ["Kofi", "Ama"]
    assert not _rules(report, "F002", "F004")
    assert _rules(lint(_EXPORT.replace("None known", "Daily cannabis use"), name="plan.txt"), "F004")


def _measure_status(sentence: str) -> str:
    return lint(f"# Plan for Tia\n\n## Action plan\n\n- {sentence}\n", name="plan.md").plan.actions[0].facts.measure_status


def test_a_written_product_sent_to_the_core_group_is_the_measure():
    # "An assessment with no stated output ... has no measure" (docs/rules.md, M001): a stated one is
    assert _measure_status("Dr Rao will see Gemma by 13/08/2025 and send a written view on her relapse risk to the SW") == "ok"
    assert _measure_status("Dr Brandt will assess Tia by 18 July 2025 and send her risk management plan to the SW") == "ok"
    assert _measure_status("Sophie will do four sessions with Tia by 7 August and share what she draws with Kemi and the core group") == "ok"
    assert _measure_status("Sophie will do four sessions of direct work with Tia by 7 August 2025") == "missing"


_OUTLINE = """\
# Plan for Tia and Leo

## The plan

#### 1 Leo's feeding

**1.1 Health visitor (HV Ann Moss, Fenby 0–19 Team) – fortnightly until the review conference**

a) Weigh Leo at home and send the chart to the SW after each weigh.

b) Look at where Leo slept and record it on the safe sleep checklist.

#### 2 Mum's health

##### 2.1 Fenby Perinatal Mental Health Team (CPN Ruth Anand) – by 18 July 2025

a) Home visits to support Kim with her anxiety, and a written report to the SW.

#### 3 Leo's room

**3.1 Leo's room and cot**

a) Clear the back bedroom so the cot fits, seen at the next visit.
"""


def test_a_numbered_title_naming_who_and_when_gives_them_to_the_steps_under_it():
    actions = lint(_OUTLINE, name="plan.md").plan.actions
    assert [(a.facts.owner, a.fields.get("timescale")) for a in actions[:2]] == [
        ("Health visitor (HV Ann Moss, Fenby 0–19 Team)", "fortnightly until the review conference")] * 2
    assert actions[2].facts.owner == "Fenby Perinatal Mental Health Team (CPN Ruth Anand)"
    assert actions[2].fields.get("timescale") == "by 18 July 2025"  # as a heading it lends its time too
    # a title that names a topic, not who acts, gives nobody
    assert actions[-1].facts.owner_status == "missing"


def test_work_named_before_its_purpose_is_no_subject_unless_passive():
    assert find_commitment("Home visits to support Kim with her anxiety") is None
    assert find_commitment("Unannounced home visits to be carried out fortnightly").passive


def test_one_small_table_per_action_with_a_long_label_is_an_action_card():
    from docx import Document as Word

    doc = Word()
    doc.add_heading("Plan for Theo", 1)
    doc.add_heading("What will happen", 2)
    for n, (work, who, when) in enumerate([
            ("Visit Theo on the ward and see him awake", "SW Niamh Carrick", "Twice a week until discharge"),
            ("Repeat skeletal survey and give a written opinion", "Dr Amrit Sahota, paediatrician", "By 31/10/2025")], 1):
        doc.add_heading(f"Action {n}", 3)
        table = doc.add_table(rows=0, cols=2)
        for label, value in (("Action", work), ("Lead", who), ("Expected date", when),
                             ("What will tell us it worked", "A visit record on Theo's file after every visit")):
            cells = table.add_row().cells
            cells[0].text, cells[1].text = label, value
    import io
    data = io.BytesIO()
    doc.save(data)
    report = lint(data.getvalue(), name="plan.docx")
    assert [(a.fields.get("owner"), a.facts.time_status, a.facts.measure_status) for a in report.plan.actions] == [
        ("SW Niamh Carrick", "ok", "ok"), ("Dr Amrit Sahota, paediatrician", "ok", "ok")]
    assert not _rules(report, "M001", "T001", "W001", "U001")


_ASSESSMENT = """\
# Child and family assessment: summary

## 8. Recommendations to conference

I recommend:

- that the plan is made jointly with the perinatal mental health team;
- that insufficient progress by the review conference leads to a legal planning meeting.

## 9. The plan agreed at conference

| Step | Lead | When | What we will see |
|---|---|---|---|
| Visit at home and see Tomi alone | SW Harriet Quayle | Every 2 weeks | Visit records with Tomi's words |
"""


def test_recommendations_before_the_plan_agreed_are_advice_not_its_work():
    actions = lint(_ASSESSMENT, name="plan.md").plan.actions
    assert [a.text for a in actions] == ["Visit at home and see Tomi alone | SW Harriet Quayle | Every 2 weeks | "
                                         "Visit records with Tomi's words"]
    alone = lint(_ASSESSMENT.split("## 9.")[0], name="plan.md").plan.actions
    assert len(alone) == 2  # with no plan after them, the recommendations are the plan's work


def test_where_an_earlier_plan_got_to_is_its_history():
    text = ("# Transfer-in plan\n\n## What the Carrowmoor plan asked for, and where it got to\n\n"
            "Carrowmoor decided not to refer Tia to their CAMHS because she would be moving.\n\n"
            "## The plan from today\n\n- SW Amy Rowe to refer Tia to Yellowbrook CAMHS by 27/06/2025\n")
    plan = lint(text, name="plan.md").plan
    assert [s.kind for s in plan.sections][1:] == ["details", "actions"]
    assert len(plan.actions) == 1
    assert find_commitment("Carrowmoor decided not to refer Tia to CAMHS") is None


def _bullets(n_timed: int, n_untimed: int) -> str:
    timed = [f"- SW Jo Bell to visit Tia at home every {k + 2} weeks, visit notes on file" for k in range(n_timed)]
    untimed = [f"- HV Ann Moss to weigh Tia at clinic {k + 1}, weights in the red book" for k in range(n_untimed)]
    return "# Plan for Tia\n\n## Action plan\n\n" + "\n".join(timed + untimed) + "\n"


def test_no_time_in_most_of_a_plans_actions_is_said_once():
    report = lint(_bullets(1, 4), name="plan.md")
    assert not _rules(report, "T001")
    (once,) = _rules(report, "U001")
    assert once.message == "planlint could not tell where the plan says when each action happens, " \
                           "so it did not check that on 4 of its 5 actions"
    # a plan that leaves the time out of some actions is told on each of them
    some = lint(_bullets(3, 2), name="plan.md")
    assert len(_rules(some, "T001")) == 2 and not _rules(some, "U001")


def test_headerless_rows_whose_owners_run_on_after_a_comma_are_an_action_table():
    rows = [
        ("Visit Kayla at home and look at the sleeping space", "SW Tamsin Odell", "Every 2 weeks", "Visit record notes the cot"),
        ("Assess Kayla's anxiety and report how she will cope", "Dr Imogen Lyle, Nolwenby Perinatal Mental Health Team",
         "Report by 14/11/2025", "Written report to the core group"),
        ("Antenatal parenting course with both parents", "Kayla Fairhurst and Dominic Pryce, at the Family Hub",
         "Four Tuesday sessions from 14/10/2025", "Attendance certificate"),
        ("Hold a discharge planning meeting on the ward", "SW Tamsin Odell, with the ward's safeguarding midwife",
         "Before the baby leaves hospital", "Discharge plan on file"),
    ]
    text = "The plan\n--------\n" + "\n".join(f"{n}\t" + "\t".join(r) for n, r in enumerate(rows, 1)) + "\n"
    actions = lint(text, name="plan.txt").plan.actions
    assert [a.fields.get("owner", "").split(",")[0] for a in actions] == [
        "SW Tamsin Odell", "Dr Imogen Lyle", "Kayla Fairhurst and Dominic Pryce", "SW Tamsin Odell"]


def test_a_childrens_line_with_polish_names_and_a_nickname_names_the_children_not_their_schools():
    text = ("# Child Protection Plan\n\n| | |\n|---|---|\n| Dzieci / Children | Zofia Wiśniewska (9), Nusterdale "
            "St Jude's Primary; Antoni \"Antek\" Wiśniewski (4), Little Larks Nursery |\n\n## Plan\n\n"
            "- SW Jo Bell to visit Zofia weekly, visit notes on file\n")
    assert lint(text, name="plan.md").plan.facts.child_names[:2] == ["Zofia", "Antoni"]


def test_a_cells_last_words_in_a_grid_row_of_their_own_join_the_row_above():
    from planlint.readers.pdf import _continues_row, _join_wrapped_rows

    rows = [["10", "Assess Lisa's capacity and the likely", "Dr Okafor, CMHT", "Report by 21/11/2025", "Report shared"],
            ["", "timescale", "Dr Okafor, CMHT", "Report by 21/11/2025", ""],
            ["11", "visit weekly", "Dr Okafor, CMHT", "Report by 21/11/2025", "Notes"]]
    assert _join_wrapped_rows(rows) == [
        ["10", "Assess Lisa's capacity and the likely timescale", "Dr Okafor, CMHT", "Report by 21/11/2025", "Report shared"],
        rows[2]]  # a row of its own, in lower case, that leaves nothing empty is a row
    # over a page break a row whose cells are drawn again whole runs on as well
    assert _continues_row(["", "timescale", "Dr Okafor, CMHT"], ["10", "the likely", "Dr Okafor, CMHT"])
    assert not _continues_row(["", "Timescale", "Dr Okafor, CMHT"], ["10", "the likely", "Dr Okafor, CMHT"])


def test_a_numbered_heading_that_names_the_outcomes_holds_outcomes_under_the_plan():
    # a tuning sample plan's minutes: "9. Outline child protection plan", then "9.1 What needs to change
    # for Mateus and Lara" over four outcomes, one of them in Dad's words, then "9.2 Actions" over a table
    plan = lint(SAMPLES / "b44_yarnmouth_icpc_minutes_agency_reports_risk_analysis_ferreira.docx").plan
    assert [s.kind for s in plan.sections if s.heading.startswith("9.")][:3] == ["actions", "outcomes", "actions"]
    assert not [a for a in plan.actions if a.text.startswith("Shane will reduce")]


def test_meeting_dates_under_a_heading_that_also_names_next_steps_are_no_actions():
    text = ("# Plan for Kacey\n\n## If things go wrong\n\nIf Mum drinks, Kacey goes to Nan's the same day.\n\n## Meetings and next steps\n\n"
            "- Core group every 6 weeks at St Oswin's, 9.15am: 19/08/2025 and 30/09/2025.\n"
            "- Third review child protection conference: 07/10/2025, 1pm, Zaddlecote Town Hall.\n"
            "- SW Jo Bell to visit Kacey every 2 weeks, visit notes on file.\n")
    actions = lint(text, name="plan.md").plan.actions
    assert [a.text for a in actions] == ["SW Jo Bell to visit Kacey every 2 weeks, visit notes on file."]
