"""Classes met in plans written on practice frameworks' own templates and in plans shaped by one
agency or setting (pass 56): scored assessment tables, a family's own plan with its rules, a
service's care-plan print, a setting's own columns and rhythms. All names are invented."""
from planlint import lint

from test_unseen_layouts_12 import _action, _docx, _rules


def _row_plan(who: str, when: str) -> bytes:
    return f"""# Plan for Maddie Crewe
## What Maddie says
Maddie told Mrs Ashby: "I like it when Gran walks me to school."
## What we want for Maddie
Maddie is fed, warm and at school every day by the review.
## Actions
| Action | Who | When | How we will know |
|---|---|---|---|
| Tell Mrs Ashby the same day about any worry about Maddie's food or clothes | {who} | {when} | Logged on CPOMS by Mrs Ashby and sent to the social worker within the hour |
| Visit Maddie at home and see her on her own | Ruth Dyer, social worker | Every week | Visit notes within two working days |
## If things do not change
If Maddie misses school twice in a week, Ruth will hold a strategy discussion the same day. If nothing changes by the review, the team manager will hold a legal planning meeting.
## Meetings
Core group every four weeks, first on 05/02/2026; review conference on 23/04/2026.
""".encode()


def test_a_collective_gathered_round_the_child_is_still_nobody_in_particular():
    """"Everyone in the team around Maddie": the child the team gathers round does not do the work."""
    for who in ("Everyone in the team around Maddie", "All staff in the team around Maddie"):
        assert len(_rules(lint(_row_plan(who, "The same day"), name="plan.md"), "W002")) == 1, who
    for who in ("Mrs Ashby, DSL", "Everyone at Brookfield Primary"):
        assert not _rules(lint(_row_plan(who, "The same day"), name="plan.md"), "W002"), who


def test_once_the_family_are_settled_is_a_vague_time():
    """A time that waits on how settled people feel names no date ("once the family are settled
    in Harlow"), unlike a move that happens on a day."""
    report = lint(_row_plan("Mrs Ashby, DSL", "Once the family are settled in Harlow"), name="plan.md")
    assert len(_rules(report, "T002")) == 1
    assert not _rules(lint(_row_plan("Mrs Ashby, DSL", "Once the family have moved to Harlow"), name="plan.md"), "T002")

# An adult service's print: lettered parts under rules of dashes, coded dot-leader action blocks
# set in from the margin ("  D1  Action ......", "  D10 Action ......"), a short leader on a field
# the form adds ("Link to family .. -"), and the client's own date of birth and age at the top.
_ADULT_SERVICE_PRINT = """\
BRAMBLEFORD WELLBEING SERVICE  -  adult mental health
=====================================================================

SECTION A: CLIENT
-----------------
  Client ................ Dorian KESTREL      DOB 02/09/1984 (41)
  Keyworker ............. Tamsin Ware
  Children .............. Nell KESTREL (9), Year 5, Brambleford Juniors
                          Otis KESTREL (4), nursery

SECTION C: OUTCOMES
-------------------
  C1  Nell and Otis are taken to school and nursery on time by a well adult every day.
  C2  Nell no longer stays home to look after Otis.

SECTION D: CARE PLAN ACTIONS
----------------------------
  D1  Action ............ Weekly keywork on low mood: a mood diary and a written plan for bad days
      Responsible ....... Tamsin Ware, keyworker
      Target date ....... Every Monday at 2pm
      Evidence .......... Mood diary brought to each session
      Link to family .... -

  D2  Action ............ See Nell and Otis at home, each on their own
      Responsible ....... Cora Flint, social worker
      Target date ....... Every two weeks until the review conference
      Evidence .......... Visit records within 48 hours, with the children's words
      Link to children .. Nell and Otis are seen and heard

  D3  Action ............ Medication review with Dorian
      Responsible ....... Dr Ilse Marr, GP
      Target date ....... By 20/03/2026
      Evidence .......... Review note on the GP record
      Link to children .. -

  D4  Action ............ Young carers assessment for Nell
      Responsible ....... Pip Yates, Brambleford Young Carers
      Target date ....... By 27/03/2026
      Evidence .......... Assessment report sent to Cora
      Link to children .. Nell no longer looks after Otis

  D5  Action ............ Ring Cora the same day if Dorian misses two sessions running
      Responsible ....... Tamsin Ware, keyworker
      Target date ....... The same day
      Evidence .......... Call noted on the client record
      Link to children .. -

  D6  Action ............ Walk Otis to nursery on the mornings Dorian is unwell
      Responsible ....... Gail Kestrel (grandmother)
      Target date ....... Every weekday morning from 02/03/2026
      Evidence .......... Nursery register
      Link to children .. Otis gets to nursery on time

  D7  Action ............ Two sessions with Nell on what happens when Dad is poorly
      Responsible ....... Cora Flint, social worker
      Target date ....... By 13/03/2026
      Evidence .......... Nell's words written up after each session
      Link to children .. Nell understands her dad's illness

  D8  Action ............ Share the crisis line number with Gail and Nell's school
      Responsible ....... Tamsin Ware, keyworker
      Target date ....... By 06/03/2026
      Evidence .......... E-mail to the school saved on the client record
      Link to children .. Someone can get help for Nell and Otis at any hour

  D9  Action ............ Pick up Nell from after-school club on Thursdays
      Responsible ....... Gail Kestrel (grandmother)
      Target date ....... Every Thursday at 5pm
      Evidence .......... After-school club signing-out sheet
      Link to children .. Nell is collected by a well adult

  D10 Action ............ Send Cora Dorian's attendance and any missed sessions
      Responsible ....... Tamsin Ware, keyworker
      Target date ....... Every Friday, by e-mail
      Evidence .......... Weekly e-mail saved on the children's file
      Link to children .. Cora knows whether the children are safe with Dorian

SECTION E: CONTINGENCY
----------------------
  If Dorian is too unwell to look after Nell and Otis, Gail has them at her house that night and
  Cora holds a strategy discussion the same day.
"""


def test_an_adult_services_print_reads_its_lettered_parts_coded_blocks_and_its_adult_client():
    report = lint(_ADULT_SERVICE_PRINT, name="plan.txt")
    assert len(report.plan.actions) == 10
    assert "Dorian" not in report.plan.facts.child_names  # (41): the client, an adult
    send = _action(report, "Send Cora Dorian's attendance")
    assert send.fields["owner"] == "Tamsin Ware, keyworker"
    assert "Link to children" not in send.fields.get("measure", "")
    assert not any(o.text.startswith("SECTION") for o in report.plan.outcomes)


_HANDOVER = """\
# Transfer handover: Ruby and Leo Pask

## What we want for Ruby and Leo

- Ruby and Leo are safe from their dad's violence at the new flat.

## Handover items until the transfer-in conference

- Visit Ruby and Leo at the new flat, seeing Ruby on her own. Who: Mina Cole, Dunsford SW. Held by
  Dunsford; passes to the Haverleigh SW at the transfer. When: every week until the transfer-in
  conference. How we'll know: visit records within 48 hours.
- Referral of Ruby to CAMHS, on hold until the case transfers. Who: Haverleigh SW. When: after the
  transfer. How we'll know: the acceptance letter.
"""


def test_work_held_every_week_until_the_transfer_is_not_stalled_by_it():
    report = lint(_HANDOVER, name="plan.md")
    stalled = [f.excerpt for f in _rules(report, "X001")]
    assert not any("Visit Ruby and Leo" in e for e in stalled)
    assert any("Referral of Ruby to CAMHS" in e for e in stalled)


_TO_THE_YOUNG_PERSON = """\
# Jodie's plan

## What we want for you

- You are safe from the men who asked you to carry parcels, and you are home by your curfew.

## Your part

- I will be home by 9pm on school nights. When: every night. How we'll know: Mum's curfew sheet.
- I will go to my sessions with Rafe. When: every Wednesday at 4pm. How we'll know: the register.

## Tags and the workers' part

Tags: **[NEW]** agreed today; **[DONE]** finished, kept for the record only.

### Youth work (Rafe's part, in his own words)

1. **[NEW]** I will meet Jodie after school and go through her safety plan with her.
   - Who: Rafe
   - When: every Wednesday at 4pm
   - How we'll know: Rafe's session notes, sent to the social worker
"""


def test_your_part_and_a_workers_part_in_his_own_words_are_the_work_and_a_tags_key_is_not():
    report = lint(_TO_THE_YOUNG_PERSON, name="plan.md")
    texts = [a.text for a in report.plan.actions]
    assert any("home by 9pm" in t for t in texts) and any("sessions with Rafe" in t for t in texts)
    assert any("meet Jodie after school" in t for t in texts)
    assert not any(t.startswith("Tags") for t in texts)


_WORK = [["What needs to happen", "Who", "By when", "How we'll know"],
         ["Clear and clean the children's bedroom with Gemma", "Rosa Lind, family support worker",
          "Mondays from 12/01/2026 for 6 weeks", "Rosa's session notes, with photos, sent to Tom"],
         ["Visit and see Milo on his own", "Tom Reyes, social worker", "Every week until the review",
          "Visit record within 48 hours with Milo's own words"]]


def test_a_table_of_assessment_scores_by_area_is_no_work():
    report = lint(_docx(("Title", "Child protection plan for Milo Ashby"),
                        ("Heading 1", "Care Profile scores"),
                        ("table", [["Area", "Sub-areas (scored 05/01/2026)", "Score now", "Target by review"],
                                   ["1. Home conditions", "Kitchen 4; bedrooms 5; bathroom 4", "4", "2"],
                                   ["2. Supervision", "Indoors 3; outdoors 4", "4", "1"],
                                   ["3. Warmth and care", "Praise 2; comfort 3", "3", "2"]]),
                        ("Heading 1", "Area 1: Home conditions"), ("table", _WORK),
                        ("Heading 1", "Meetings"), ("Normal", "Core group on 03/02/2026; review on 20/04/2026.")),
                  name="plan.docx")
    assert len(report.plan.actions) == 2
    assert not [f for f in _rules(report, "W001", "M001", "M002") if "Home conditions" in f.excerpt]


_GRID = """CHILD PROTECTION PLAN - NEGLECT

ASSESSMENT SCORES (1 = best, 5 = worst)
  ------------------------------------------------------------------
  AREA                          SCORE NOW        TARGET BY REVIEW
  ------------------------------------------------------------------
  Home conditions: Kitchen      4                2
  Home conditions: Bedrooms     5                2
  Supervision                   4                1
  ------------------------------------------------------------------

OUTCOMES
  Milo sleeps in a clean, warm bed and is never left on his own.

ACTIONS
  1.1 Visit and see Milo on his own
      Owner ......... Tom Reyes, social worker
      Due ........... Every week until the review conference
      Evidence ...... Visit record within 48 hours with Milo's own words
"""


def test_a_printed_grid_of_scores_under_a_ruled_header_is_read_as_a_table_not_outcomes():
    report = lint(_GRID.encode(), name="plan.txt")
    assert not [o for o in report.plan.outcomes if "Kitchen" in o.text or "Supervision" in o.text]
    assert not [f for f in _rules(report, "F002") if "Kitchen" in f.excerpt or "Supervision" in f.excerpt]
    assert len(report.plan.actions) == 1


_FGC = """# Dunmere Family Group Conference Service

## Our family plan for Milo and Esme

Typed up by Ana Price, coordinator, on 14/01/2026.

### Information giving

Tom told the family:

- Milo and Esme were found alone at home at midnight on 02/12/2025.

### The social worker's bottom lines

- Gemma must not care for the children after drinking.
- The children must never be left on their own.

### What we want for Milo and Esme

1. Milo and Esme always have a sober grown-up with them.

## Our plan

### Evenings

- **Nana Joy will** have Milo and Esme at hers every Friday night from 16/01/2026 and text Tom on Saturday to say how it went.
- **Uncle Ravi will** pick Milo and Esme up from school every Tuesday at 3.15pm from 13/01/2026; the school signs them out to him.

## If the plan isn't working

- If Gemma cannot get up for the school run when Nana Joy comes round, Nana Joy will take the children to school and ring Tom that day.

## Meetings

- Core group every four weeks from 03/02/2026; review conference on 20/04/2026.
"""


def test_family_conference_opening_parts_are_not_work_and_a_helper_beside_the_failing_parent_is_no_fallback():
    report = lint(_FGC.encode(), name="plan.md")
    texts = [a.text for a in report.plan.actions]
    assert not [t for t in texts if "must" in t or "found alone" in t]
    assert len(texts) == 2
    assert _rules(report, "C003")  # Gemma fails; Nana Joy only comes round: nothing if Nana Joy cannot help


def _banner_plan(banner: str) -> bytes:
    return _docx(("Title", "Care plan and child protection plan for Ruby Stott"),
                 ("Normal", "Ruby Stott, aged 3. Mum: Dana Stott, who has bipolar disorder."),
                 ("Heading 1", "What Ruby says"), ("Normal", 'Ruby told Gemma: "Mummy sings to me."'),
                 ("Heading 1", "What we want for Ruby"),
                 ("List Bullet", "Ruby is fed, dressed and at nursery every weekday by the review."),
                 ("Heading 1", "The plan"),
                 ("table", [["Action", "Who", "When", "How we will know"],
                            [banner] * 4,
                            ["See Dana at home to review her lithium and ask how she is caring for Ruby",
                             "Ola Reed, care coordinator", "Every two weeks",
                             "Ola's notes to Gemma, with what she saw of Ruby's care"],
                            ["Visit Ruby at home and at nursery", "Gemma Hart, social worker", "Every week",
                             "Visit notes within two working days"]]),
                 ("Heading 1", "If things go wrong"),
                 ("Normal", "If Dana stops her lithium, Ola tells Gemma the same day and Gemma holds a strategy "
                            "discussion. If nothing changes by the review, the manager holds a legal planning meeting."),
                 ("Heading 1", "Meetings"), ("Normal", "Core group on 04/02/2026; review conference on 22/04/2026."))


def test_a_banner_listing_a_parents_things_is_a_topic_not_an_outcome_about_her():
    """"A. Dana's mental health and medication" across a care plan's table names what the rows under
    it are about; "Dana's mood and sleep improve" says a change for her (F002)."""
    assert not _rules(lint(_banner_plan("A. Dana's mental health and medication"), name="plan.docx"), "F002")
    assert len(_rules(lint(_banner_plan("A. Dana's mood and sleep improve"), name="plan.docx"), "F002")) == 1


# a safety plan's own steps, a goal's short name, a stage's name over its
# table, the family's wishes said as the children's lives, a child the details line runs on from

def _safety_steps_plan(steps_heading: str) -> bytes:
    return f"""# Child protection plan for Ruby and Kit Marsh
Children: Ruby Marsh (9) and Kit Marsh (6). Mum: Dana Marsh (33).
## What Ruby and Kit say
Ruby told Ms Oyelowo: "I like it when Mum reads to us at bedtime."
## What we want for Ruby and Kit
- **Goal 1:** Ruby and Kit live safely at home, and Dean cannot reach them at home, at school or on the way.
- **Goal 2:** Ruby and Kit go to school every day and on time.
## The plan
### Goal 1: no contact from Dean, and a mum who feels in control again
| Who | What | When | How we'll know |
|---|---|---|---|
| Asha Ford, IDVA | Safety planning with Dana and a review of her risk assessment | Every week until the review on 16/04/2026 | Updated safety plan sent to Tom Ince after each meeting |
| All agencies at MARAC | Tell the police about any sighting of Dean near the family | The same day | Logged with the MARAC coordinator |
### Goal 2: Ruby and Kit at school every day
| Who | What | When | How we'll know |
|---|---|---|---|
| Tom Ince, social worker | Visit at home and see Ruby and Kit on their own | Every week until the review | Visit notes within 2 working days |
### {steps_heading}
- Dana keeps her phone charged and with her, and if Dean comes to the door she rings 999 straight away.
- Ruby and Dana have a code word; if Dana says it, Ruby takes Kit upstairs, locks the door and rings 999.
- Dana changes the way she walks to school each day and does not post where she is online.
## If things go wrong
If Dean comes to the house, Dana rings 999 and Tom visits the same day. If the children are not safer by the review, Tom's manager will hold a legal planning meeting.
## Meetings
Core group every four weeks from 03/02/2026; review conference on 16/04/2026.
""".encode()


def test_a_safety_plans_own_steps_and_a_goals_short_name_are_no_outcomes():
    """"Dana's safety plan" over "Dana keeps her phone charged ...": the steps a parent keeps to for
    safety, not the children's outcomes; "Goal 1: no contact from Dean, and a mum who feels in
    control again" heading that goal's work names the goal listed above it, not another one; and
    "All agencies at MARAC" is everyone gathered at a meeting, nobody in particular."""
    report = lint(_safety_steps_plan("Dana's safety plan (agreed with Asha on 12/01/2026)"), name="plan.md")
    assert not _rules(report, "F002")
    assert not any("Dana" in o.text for o in report.plan.outcomes)
    assert len(_rules(report, "W002")) == 1
    assert len(report.plan.actions) == 3  # (nor the professionals' work)


def test_the_family_wants_said_as_the_childrens_lives_are_the_goals_and_a_stage_name_is_no_work():
    """A TAF plan's "What the family wants" over the children's lives as they should be is what the
    plan is for when nothing else says it; "Stage 2: After the move (until Jay is settled at
    nursery)" over that stage's table is its name, whatever its bracket says."""
    data = """# Team Around the Family plan: stepped up to child protection
Children: Nell Rowe (8) and Jay Rowe (3). Mum: Cheryl Rowe (30).
## What Jay and Nell say
Nell told Priya: "I want Mum to get up in the mornings."
## What the family wants
1. Nell doesn't have to get Jay ready in the mornings, and she is at school on time every day.
2. Jay is safe with a grown-up who is well enough to care for him, and is ready for nursery in April.
3. Jay and Nell have a home that is warm, with food in the cupboards every week.
## TAF actions carried into the plan
Stage 1: Now until the move (to 27/02/2026)

| No. | What we agreed | Who | By when | How we'll know |
|---|---|---|---|---|
| 1 | Home visits, seeing Jay and Nell on their own | Priya Sandhu, social worker | Every week | Visit notes within 48 hours |

Stage 2: After the move (until Jay is settled at nursery)

| No. | What we agreed | Who | By when | How we'll know |
|---|---|---|---|---|
| 2 | Morning routine sessions at home with Mum | Colin Farr, family support worker | Tuesdays at 8am for 6 weeks | Nell's arrival times on the register, sent to Priya each Friday |
## If things don't get better
If Nell misses school twice in a week, Priya will call a core group the same week. If nothing changes by the review, her manager will hold a legal planning meeting.
## Meetings
Core group every four weeks from 05/02/2026; review conference on 23/04/2026.
""".encode()
    report = lint(data, name="plan.md")
    assert not _rules(report, "O001")
    assert len(report.plan.outcomes) == 3
    assert not any(a.text.startswith("Stage 2") for a in report.plan.actions)
    assert len(report.plan.actions) == 2


def test_a_child_the_children_line_names_stays_a_child_when_a_parents_line_runs_on():
    """"Mum: Tara Lowe (31), with Ivo and Bea Dad: Rob Lowe (35)": a PDF's run-on line reads "Bea Dad",
    but the "Children:" line said Bea is a child, so her outcome is the child's own."""
    data = _docx(
        ("Heading 1", "Child protection plan"),
        ("Normal", "Children: Ivo Lowe, born 02/05/2016 (9), Year 5, and Bea Lowe, born 11/08/2021 (4), Reception"),
        ("Normal", "Mum: Tara Lowe (31), 4 Mill Row, Harnwick, with Ivo and Bea Dad: Rob Lowe (35), at his sister's"),
        ("Heading 1", "What Ivo and Bea told us"), ("Normal", 'Ivo said: "I want Dad to stop shouting."'),
        ("Heading 1", "What we want for Ivo and Bea"),
        ("List Bullet", "Bea's behaviour settles: she stops biting at nursery and sleeps through most nights."),
        ("Heading 1", "Actions"),
        ("table", [["Action", "Who", "When", "How we will know"],
                   ["Visit and see Ivo and Bea on their own", "Kemi Shaw, social worker", "Every week",
                    "Visit notes within 2 working days"]]),
        ("Heading 1", "If things go wrong"),
        ("Normal", "If Rob comes to the house, Tara rings 999 and Kemi visits the same day."),
        ("Heading 1", "Meetings"), ("Normal", "Core group on 03/02/2026; review conference on 20/04/2026."),
    )
    report = lint(data, name="plan.docx")
    assert "Bea" in report.plan.facts.child_names
    assert not _rules(report, "F002")


_COPIES = """# Child protection plan: Toby Renn (4)

Mum: Carla Renn. Copies to: Carla, Lowfield Family Hub, Brenton Homes, GP (Dr Ash, Mill Lane Surgery)

## Why Toby has a plan
Mum drinks most evenings and has depression; Toby has been found alone at night.

## What Toby says
Toby told his nursery key worker: "Mummy sleeps a lot."

## What we want for Toby
Toby is looked after by a sober adult every evening and night by the review.

## Actions
| Action | Who | When | How we will know |
|---|---|---|---|
| Six sessions with Carla on routines and bedtimes | Jess Bray, Lowfield Family Hub | Tuesdays from 13/01/2026 | Session notes sent to the SW |
| Fix the broken window in Toby's room | Brenton Homes repairs | By 20/01/2026 | Repair job closed and seen by the SW |
| Visit Toby at home and see him alone | Kim Lowe, social worker | Every week | Visit notes within two working days |

## If things go wrong
If Toby is found alone again, Kim holds a strategy discussion the same day. If nothing changes by the review, the manager holds a legal planning meeting.

## Meetings
Core group on 03/02/2026; review conference on 21/04/2026.
"""


def test_services_listed_before_a_gp_are_not_people_who_work_for_the_gp():
    """"Lowfield Family Hub, Brenton Homes, GP (...)" lists services; the family hub is no adult
    service, so a mother's drinking and depression with no adult service's work is F004."""
    assert len(_rules(lint(_COPIES.encode(), name="plan.md"), "F004")) == 1


_FOUR_NATIONS_TAIL = """
## Core Group and review
Core Group every three weeks from 02/02/2026. {review}: 20/04/2026 at 10am.
"""


def _review_plan(review: str) -> bytes:
    return (_row_plan("Mrs Ashby, DSL", "The same day").decode().split("## Meetings")[0]
            + _FOUR_NATIONS_TAIL.format(review=review)).encode()


def test_scotlands_review_cppm_and_northern_irelands_review_cpcc_are_review_conferences():
    for review in ("Review CPPM", "Review CPCC"):
        assert not _rules(lint(_review_plan(review), name="plan.md"), "R001"), review
    assert _rules(lint(_review_plan("Family time"), name="plan.md"), "R001")


def test_a_line_saying_what_every_action_gives_is_no_action():
    """"Each has one person responsible, a timescale and an outcome indicator the core group will
    check" over a plan's actions describes them all; it is none of them."""
    plan = _row_plan("Mrs Ashby, DSL", "The same day").decode().replace(
        "## Actions\n", "## Actions\nThe actions are grouped by domain. Each has one person responsible, a timescale "
        "and an outcome indicator the core group will check.\n\n")
    report = lint(plan.encode(), name="plan.md")
    assert not any("Each has one person" in a.text for a in report.plan.actions)
    assert len(report.plan.actions) == 2


def test_what_matters_to_the_child_is_the_childs_voice():
    """Wales's "what matters" conversation: "What matters to Maddie" holds her own words, and a
    parent's "What matters to Dad" holds his, not the plan's work."""
    plan = _row_plan("Mrs Ashby, DSL", "The same day").decode().replace(
        "## What Maddie says\nMaddie told Mrs Ashby: \"I like it when Gran walks me to school.\"\n",
        "## Beth sy'n bwysig i Maddie / What matters to Maddie\n\"I want Dad to stop shouting.\"\n\n"
        "## What matters to Dad\n\"I want to see her. I'll do the course if it means I see her.\"\n")
    report = lint(plan.encode(), name="plan.md")
    kinds = {s.heading: s.kind for s in report.plan.sections}
    assert kinds["Beth sy'n bwysig i Maddie / What matters to Maddie"] == kinds["What matters to Dad"] == "child_voice"
    assert not _rules(report, "F003")
    assert not any("do the course" in a.text for a in report.plan.actions)


def test_a_review_meetings_own_line_left_to_be_arranged_has_no_date_whatever_follows():
    """"Review CPPM: to be arranged by Inverbrackie Council if the family have moved by then" is
    no date, though a condition follows (an action's "at each Review CPPM" dates nothing)."""
    plan = _review_plan("Review CPPM").decode().replace(
        "Review CPPM: 20/04/2026 at 10am.", "Review CPPM: to be arranged by Harlow Council if the family have moved by then.").replace(
        "| Every week | Visit notes within two working days |", "| Every week until each Review CPPM | Visit notes within two working days |")
    assert "until each Review CPPM" in plan
    assert _rules(lint(plan.encode(), name="plan.md"), "R001")
