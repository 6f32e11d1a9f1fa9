"""Classes met on tuning material of the thirty-ninth pass: good practice written in ways a
template-bound reader misreads (initials defined once in a key and used alone in an "Action |
Detail" table, an action given a heading of its own with its doer after a dash). All names are
invented."""
import docx
from test_unseen_layouts_15 import _action, _lint, _rules

from planlint import lint

_HEAD = """# Child protection plan for Maisie Holt
Child: Maisie Holt (6). Mum: Jade Holt.

## Present (initials are used in the rest of this plan)
- AC – Ann Cole, designated safeguarding lead, Fernley Primary School
- PS – Priya Shah, social worker, Holt Children's Services
- TR – Tom Reid, recovery worker, Holt Drug and Alcohol Service
- JH – Jade Holt, mother

## What Maisie has told us
Maisie said: "I like it when Mum takes me to school and we have toast."

## What we want for Maisie
- Maisie gets to school every day, fed and on time.
- Maisie lives in a home where nobody uses drugs.

"""

_TAIL = """
## Contingency plan
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, PS arranges foster care and asks for a legal planning meeting.

## Core group and review
The core group meets every four weeks; the review conference is on 09/03/2026.
"""

_DETAIL_TABLE = """## The plan
| Action | Detail |
|---|---|
| Visit Maisie at home and see her on her own | PS. Every week from 12 January. Each visit is written up within two working days. |
| Key-work and a urine screen with Jade | TR, Holt Drug and Alcohol Service, every Tuesday. His written report to PS before each core group shows every result. |
| Check that Maisie arrives fed and on time | AC, every school day. The attendance sheet goes to PS every Friday. |
| Take Maisie to school on the days she is not in breakfast club | JH. Mondays and Thursdays from 12 January. The register will show her on time. |
"""


def test_initials_a_key_gives_own_the_work_when_they_open_the_detail_cell():
    report = _lint(_HEAD + _DETAIL_TABLE + _TAIL)
    assert report.actions == 4
    assert not _rules(report, "W001")
    # the drug service's worker is the adult service's owner of Jade's key-work
    assert not _rules(report, "F004")


def test_a_detail_cell_that_only_says_who_hears_of_the_check_names_no_owner():
    report = _lint(_HEAD + """## The plan
| Action | Detail |
|---|---|
| Maisie to be offered a place at the Fernley holiday club | Club attendance register sent to PS monthly |
| Visit Maisie at home and see her on her own | PS. Every week from 12 January. Each visit is written up within two working days. |
""" + _TAIL)
    assert _rules(report, "W001") == [_action(report, "holiday club").text]


_STEP_HEADINGS = """## What will happen

### 1. Visit Maisie at home – Priya Shah, social worker

Every week from 12 January, one visit in three unannounced. Each visit is written up within
two working days, with what Maisie said.

### 2. Key-work and urine screens – Tom Reid, Holt Drug and Alcohol Service

Every Tuesday from 13 January. Tom's written report before each core group shows every result
and his view of whether Jade can make the changes Maisie needs.

### 3. Take Maisie to school on time – Jade Holt (Mum)

Every school day. The register will show Maisie in school by 8.50am.
"""


def test_an_action_with_a_heading_of_its_own_is_one_step_with_its_doer_after_the_dash():
    report = _lint(_HEAD + _STEP_HEADINGS + _TAIL)
    assert report.actions == 3
    assert not [f for f in report.findings if f.rule in ("W001", "T001", "M001", "F004")]
    visit = _action(report, "Visit Maisie at home")
    assert "Every week from 12 January" in visit.text  # the paragraph under the heading is the step's


def test_numbered_theme_headings_over_bullets_stay_themes():
    # Headings over lists of work are the plan's themes: each bullet is its own action.
    report = _lint(_HEAD + """## What will happen

### 1. Keeping Maisie safe – everyone

- Priya Shah (SW) will visit Maisie every week from 12 January.
- Jade will keep the flat free of drugs every day.

### 2. School – Fernley Primary

- Ann Cole (DSL) will check every school day that Maisie arrives fed.

### 3. Health – Holt GP surgery

- The GP will see Jade by 30 January about her health.
""" + _TAIL)
    assert report.actions == 4


def test_writing_each_visit_up_is_how_we_will_know():
    report = _lint(_HEAD + """## The plan
1. I will visit Maisie at home every week and see her on her own. I write each visit up within
   two working days, with Maisie's own words.
2. Tom Reid (recovery worker) will see Jade every Tuesday and send PS his written report before
   each core group.
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "M001")


def test_who_someone_is_among_the_details_is_no_work_under_a_plan_title():
    report = _lint("""# Child protection plan – professional version
Child: Maisie Holt (6), Year 2 at Fernley Primary
Father: Dean Holt (36), now at 5 Canal Wharf; bail conditions not to contact Jade or go to the house
Mother: Jade Holt (33), 31 Wicker Row

## What Maisie has told us
Maisie said: "I like it when Mum takes me to school and we have toast."

## What we want for Maisie
- Maisie lives free from violence at home.

## Action plan
- Priya Shah (SW) will visit Maisie every week from 12 January; her visit notes record what Maisie says.
""" + _TAIL)
    assert report.actions == 1
    assert not any("bail conditions" in a.text for a in report.plan.actions)


def test_numbered_steps_under_a_theme_line_that_names_its_lead_are_the_leads_work(tmp_path):
    # Set as a PDF's lines are: the theme and its steps as paragraphs of their own.
    document = docx.Document()
    document.add_heading("Child protection plan for Maisie Holt", 0)
    document.add_paragraph("Child: Maisie Holt (6). Mum: Jade Holt.")
    document.add_heading("What Maisie has told us", 1)
    document.add_paragraph('Maisie said: "I like it when Mum takes me to school and we have toast."')
    document.add_heading("What we want for Maisie", 1)
    document.add_paragraph("Maisie and her baby brother are fed, safe and well cared for every day.")
    document.add_heading("The plan", 1)
    for line in (
        "1 Feeding and sleeping safely – Lead agency: Holt 0-19 team (Nia Jones, health visitor)",
        "1.1 Weigh Maisie's baby brother at home every week until the review. His weight is plotted in his red "
        "book at each visit.",
        "1.2 Check where the baby sleeps at every home visit, using the safe sleep checklist. The checklist goes "
        "in his health record.",
        "2 Social work – Lead: Priya Shah, social worker",
        "2.1 Visit Maisie at home every week and see her on her own. Each visit is written up within two working days.",
        "2.2 Arrange a family group conference by 16/02/2026, so that the wider family can plan who will look after "
        "Maisie if Jade is unwell. The family's written plan is added to this plan.",
    ):
        document.add_paragraph(line)
    document.add_heading("Contingency plan", 1)
    document.add_paragraph("If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt "
                           "Lou that night; if Lou cannot have her, the SW arranges foster care and asks for a legal "
                           "planning meeting.")
    document.add_heading("Core group and review", 1)
    document.add_paragraph("The core group meets every four weeks; the review conference is on 09/03/2026.")
    path = tmp_path / "plan.docx"
    document.save(path)
    report = lint(path)
    assert report.actions == 4
    assert not _rules(report, "W001") and not _rules(report, "W002")


_CODED_PRINT = """CHILD PROTECTION PLAN
Child ............ Maisie HOLT (6)
Lives with ....... Jade Holt (Mum)

WHAT MAISIE SAYS
Maisie said: "I like it when Mum takes me to school and we have toast."

OUTCOMES
O1  Maisie gets to school every day, fed and on time.
O2  Maisie lives in a home where nobody uses drugs.

ACTIONS
A1   Visit Maisie at home, one visit in two unannounced, and see her on her
     own every week until the review; visit notes record what she says.
     FOR OUTCOMES O1 AND O2
     WHO: Priya Shah, social worker (SW)

A2   Key-work and a urine screen with Jade every Tuesday, with a written
     report to each core group.
     FOR OUTCOME O2
     WHO: Tom Reid, recovery worker, Holt Drug and Alcohol Service

A3   Check every school morning that Maisie arrives fed and on time, and ring
     the SW the same day if not.
     FOR OUTCOME O1
     WHO: Mrs Ann Cole, DSL, Fernley Primary

IF THINGS GO WRONG
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, the SW arranges foster care and asks for a legal planning meeting.

MEETINGS
The core group meets every four weeks; the review conference is on 09/03/2026.
"""


def test_a_coded_item_takes_its_who_line_and_its_outcome_line_in_capitals():
    report = _lint(_CODED_PRINT, name="plan.txt")
    assert report.actions == 3
    assert not _rules(report, "W001")
    assert _action(report, "Key-work").fields["owner"].startswith("Tom Reid")


def test_a_grid_of_the_work_by_reference_marked_by_week_times_it():
    report = _lint(_HEAD + """## The plan
1. Priya Shah (SW) will visit Maisie at home and see her on her own; visit notes record what she says.
2. Tom Reid (recovery worker, Holt Drug and Alcohol Service) will do key-work and a urine screen with Jade, with a written report to each core group.
3. Mrs Ann Cole (DSL) will get Maisie a place at breakfast club; the club register shows her there.

## When
| Ref | Lead | W1 | W2 | W3 | W4 |
|---|---|---|---|---|---|
| 1 | Priya Shah (SW) | X | X | X | X |
| 2 | Tom Reid | X | X | X | X |
| 3 | Ann Cole (DSL) | X |  |  |  |
""" + _TAIL)
    assert report.actions == 3
    assert not _rules(report, "T001")
    assert _action(report, "breakfast club").fields["timescale"] == "in week 1"


def test_a_responsible_agency_row_across_the_table_owns_the_rows_under_it():
    report = _lint(_HEAD + """## The plan
| What will happen | Target date | Proof |
|---|---|---|
| Responsible agency: Holt Children's Social Care | | |
| Visit Maisie at home and see her on her own | Weekly from 12/01/2026 | Visit records with Maisie's words |
| Responsible agency: Holt 0-19 team | | |
| Check Maisie's weight and growth at home | Every four weeks | Weight plotted in her red book |
| Responsible: Jade's family | | |
| Nan (Carol Holt) to take Maisie to school | Every Monday | The register shows Maisie in by 8.50am |
| Help Jade keep the house clean and tidy | Every Saturday | Clean clothes for Maisie at every visit |
""" + _TAIL)
    assert report.actions == 4
    assert not _rules(report, "W001")
    # the row the family banner alone owns is the family's, a collective; the row naming Nan is hers
    assert _rules(report, "W002") == [_action(report, "keep the house clean").text]


def test_success_looks_like_among_an_actions_fields_is_its_measure():
    report = _lint(_HEAD + """## Actions
Action 1 of 2
Action: Visit Maisie at home and see her on her own.
Responsible: Priya Shah (SW)
Due: Every week from 12/01/2026
Success looks like: Visit records show Maisie seen on her own at every visit.

Action 2 of 2
Action: Key-work with Jade and a urine screen each week.
Responsible: Tom Reid (recovery worker, Holt Drug and Alcohol Service)
Due: Every Tuesday from 13/01/2026
Success looks like: A written report before each core group with every screen result.
""" + _TAIL)
    assert report.actions == 2
    assert not [f for f in report.findings if f.rule in ("M001", "F002")]


def test_you_in_a_plan_written_to_a_young_person_is_the_young_person():
    report = _lint("""# Your plan, Kai
Kai, this is the plan agreed at your conference. I have written it to you.

- **You:** Kai Quarrie, 15, Year 10 at Holt Academy
- **You live with:** your mum, Gemma Quarrie, and your sister Tilly (9)

## What you told us
You said: "I want to stay at home and stop going missing."

## What we all want
- Nobody is using you to carry or sell drugs, and the debt is dealt with so no one can hold it over you.
- You get help with the cutting and with sleep, and you tell someone before you hurt yourself.

## The plan
- Amira Sethi (SW) will see you on your own every week from 10/02/2026; her visit notes record what you say.

## If things go wrong
If you go missing, your mum rings the police straight away and Amira holds a strategy discussion the same
day; if you are at risk again, Amira asks for a legal planning meeting.

## Meetings
The core group meets every four weeks; the review conference is on 28/04/2026.
""")
    assert not _rules(report, "F002")


def test_work_struck_through_and_said_done_is_no_longer_the_plans():
    report = _lint(_HEAD + """## The plan
- ~~Refer Maisie to the school nurse~~ – done by Priya on 3 February; the nurse has met her twice.
- Priya Shah (SW) will visit Maisie at home every week from 12/01/2026; visit notes record what she says.
""" + _TAIL)
    assert report.actions == 1


def test_a_heading_saying_whose_part_it_is_owns_the_table_under_it():
    report = _lint(_HEAD + """## What Mum will do
| What | When | How we'll know |
|---|---|---|
| Keep the bedtime at 7pm and read with Maisie | Every night from 12/01/2026 | Bedtime chart seen at each visit |

## What Priya will do
| What | When | How we'll know |
|---|---|---|
| See her on her own at school | Every two weeks | Visit notes with what Maisie says |
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "W001")


def test_rows_parted_by_blank_lines_under_one_rule_are_each_a_row():
    report = _lint("""CHILD PROTECTION PLAN FOR MAISIE HOLT (6)

WHAT MAISIE SAYS
Maisie said: "I like it when Mum takes me to school and we have toast."

WHAT WE WANT FOR MAISIE
1. Maisie gets to school every day, fed and on time.

THE PLAN

NO   WHAT NEEDS TO HAPPEN                LEAD             REVIEW DATE       SUCCESS LOOKS LIKE
----------------------------------------------------------------------------------------------------
1    Visit Maisie at home and see her    Priya (SW)       Weekly to the     Visit notes show Maisie seen
     on her own                                           review 03.03.26   alone, her words written down

2    Key-work and a urine screen with    Tom Reid (Holt   Every Tuesday     Written report before each
     Jade                                Drug Service)    from 13/01/26     core group with every result

3    Check Maisie arrives fed and on     Mrs Cole (DSL)   Every school day  Weekly attendance e-mail to
     time, and ring Priya if not                                            Priya; 95% attendance

IF THINGS GO WRONG
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, Priya arranges foster care and asks for a legal planning meeting.

MEETINGS
The core group meets every four weeks; the review conference is on 03/03/2026.
""", name="plan.txt")
    assert report.actions == 3
    assert not [f for f in report.findings if f.rule in ("W001", "T001", "M001")]


def test_success_looks_like_under_a_bullet_is_that_bullets_measure():
    report = _lint(_HEAD + """## The plan
- Support visits to Jade at home for her low mood, every two weeks (Holt Perinatal Mental Health Team).
  Success looks like: Jade says she feels brighter.
- Stay at the flat every Saturday night and do the night feeds (Nana Bev).
  Success looks like: Nana Bev's Saturday feeds written on the feeding chart.
""" + _TAIL)
    assert report.actions == 2
    assert _rules(report, "M002") == [_action(report, "Support visits").text]
    assert not _rules(report, "M001") and not _rules(report, "F002")


def test_who_is_who_lines_under_a_plans_title_are_no_work():
    report = _lint("""# Maisie's Safety Plan
- **Young person:** Maisie Holt, 15
- **Mum:** Jade Holt, lives in Alicante; FaceTime most weekends
- **Initial child protection conference:** Wednesday 19/11/2025, chaired by Ann Rao (IRO)

## What Maisie has told us
Maisie said: "I want to stay with Dad and finish college."

## What we want for Maisie
- Maisie is safe at home and at college.

## Next steps
- Priya Shah (SW) will see Maisie on her own every week from 24/11/2025; her notes record what Maisie says.
""" + _TAIL)
    assert report.actions == 1


def test_a_goal_reference_line_among_an_actions_fields_keeps_the_fields_its():
    report = _lint(_HEAD + """## Tasks
### Task 1 of 2
What: See Maisie on her own, at least every other week away from the flat
Goal: G1, G2
Owner: The SW
Due / how often: Every week until the review conference
Success looks like: Visit records show Maisie seen alone each week, her own words written down

### Task 2 of 2
What: Be home by 9pm on school nights and keep the phone switched on
Goal: G1
Owner: Jade (Mum)
Due / how often: Every night from 24/11/2025
Success looks like: Maisie home by 9pm on every night the SW asks about
""" + _TAIL)
    assert report.actions == 2
    assert not [f for f in report.findings if f.rule in ("W001", "T001", "M001")]


def test_a_note_on_what_a_column_says_is_no_work():
    report = _lint(_HEAD + """## The plan
The last column is when the core group will next look at the row.

| What | Who | When | How we will know | Next looked at |
|---|---|---|---|---|
| Visit Maisie at home and see her on her own | Priya Shah (SW) | Every week from 12/01/2026 | Visit notes with Maisie's words | Each core group |
""" + _TAIL)
    assert report.actions == 1
    assert not report.findings
