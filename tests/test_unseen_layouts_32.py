"""Classes met on tuning material of the thirty-third pass: vague times written as
"as they arise" or "as often as she can, with each visit logged", and a When field
left blank under an action hung on an event. All names are invented."""
import docx

from test_unseen_layouts_15 import _action, _lint, _rules

_TAIL = """
## If things go wrong
If Kim misses her medication, Sam will hold a strategy discussion the same day and ask for a legal planning meeting.

## Meetings
Core group every 4 weeks; review conference on 12 June 2025.
"""

_HEAD = """# Child protection plan for Jayden

## What we want for Jayden
- Jayden goes to school every day and is not frightened at home.

## What Jayden says
Jayden said "I like it when Nan picks me up".

## Actions
"""


def test_concerns_shared_as_they_arise_is_a_vague_time():
    report = _lint(_HEAD + """- Sam Cole (SW) will visit Jayden every week, with visit notes shared at core group.
- All professionals will share any concerns with the social worker as they arise, logged on the case record.
""" + _TAIL)
    assert any("All professionals will share" in e for e in _rules(report, "T002"))
    assert not any("All professionals will share" in e for e in _rules(report, "T001"))


def test_each_visit_logged_says_what_is_recorded_not_how_often():
    report = _lint(_HEAD + """- Kim Rudd will try to visit Jayden on the ward as often as she can, with each visit written in the ward's parents' log.
- Kim Rudd will visit Jayden on the ward every day, with each visit written in the ward's parents' log.
""" + _TAIL)
    vague = _rules(report, "T002")
    assert any("as often as she can" in e for e in vague)
    assert not any("every day" in e for e in vague)
    assert _action(report, "every day").facts.time_status == "ok"


def test_a_blank_when_field_is_no_time_even_for_an_action_hung_on_an_event():
    report = _lint("""CHILD PROTECTION PLAN FOR JAYDEN

WHAT WE WANT FOR JAYDEN
- Jayden goes to school every day.

ACTIONS

1.  Kim to tell the SW when her epilepsy flares up and who will look after Jayden
    LEAD:    Kim Rudd
    WHEN:
    PROOF:   Each flare-up logged by the SW with the name of the adult caring for Jayden

2.  Kim to ring Nan whenever she feels unwell so that Nan can collect Jayden
    LEAD:    Kim Rudd
    WHEN:    Whenever Kim feels unwell
    PROOF:   Nan's calls noted in the school's pick-up book
""" + _TAIL, name="plan.txt")
    assert _action(report, "epilepsy flares up").facts.time_status == "missing"
    assert _action(report, "ring Nan").facts.time_status != "missing"


_CHILDS_PLAN = """# My plan

## What we are worried about
Mum drinks too much wine and sometimes falls asleep when she is looking after me.

## What I want
I want to live with Mum and not worry about her.

## What the grown-ups will do

{helper}

Mel will see Mum every Tuesday morning, do her breath test and write to Sam once a month to say whether Mum is managing not to drink.

**Sam, my social worker**

Sam will visit me every two weeks, see me on my own and write down what I say in my file.
""" + _TAIL


def test_a_service_explained_in_plain_words_owns_its_workers_actions():
    report = _lint(_CHILDS_PLAN.format(
        helper="**Mel from Kestrel House** (Kestrel House helps grown-ups who drink too much)"))
    assert not _rules(report, "F004")


def test_a_helper_not_said_to_come_from_an_adult_service_leaves_the_gap():
    report = _lint(_CHILDS_PLAN.format(helper="**Mel, Mum's friend** (Mel lives next door to us)"))
    assert _rules(report, "F004")


def test_a_nurse_named_for_the_parents_condition_is_an_adult_service():
    plan = """# Child protection plan for Ruby

## What we are worried about
Dad has type 1 diabetes with severe hypos, and twice Ruby could not wake him.

## What we want for Ruby
- Ruby always has an adult who can look after her when Dad is unwell.

## What Ruby says
Ruby said "I know how to ring 999 now".

## Actions
- {owner} will fit Dad's glucose sensor by 14 March 2025 and send the SW the alarm log each month.
- Sam Cole (SW) will visit Ruby every two weeks and see her alone; visit notes on file.
""" + _TAIL
    assert not _rules(_lint(plan.format(owner="Maria Kovacs, diabetes specialist nurse")), "F004")
    assert _rules(_lint(plan.format(owner="Maria Kovacs, Dad's neighbour")), "F004")


def _docx_plan(path, page_heading: str):
    document = docx.Document()
    document.add_heading("Review child protection plan for Ruby", 0)
    document.add_heading("What Ruby says", 1)
    document.add_paragraph('Ruby said "I like it when Grandad picks me up".')
    document.add_heading("What needs to be different for Ruby", 1)
    document.add_paragraph("Ruby is got up, fed and to school on time every day.")
    document.add_heading("The plan", 1)
    document.add_paragraph("Dani Okafor (SW) will see Ruby on her own every 2 weeks; visit records show what she said.")
    document.add_paragraph("Marcus Lyle (CPN, Farlowmere CMHT) will see Mum every 2 weeks and report to each core "
                           "group on whether she can keep well enough to care for Ruby.")
    document.add_heading("If things go wrong", 1)
    document.add_paragraph("If Mum becomes unwell, Ruby will stay with Grandad and the SW will ask for a legal "
                           "planning meeting the same week.")
    document.add_heading("Core group and review", 1)
    document.add_paragraph("Core group every 4 weeks; review conference on 15 January 2026.")
    document.add_heading(page_heading, 1)
    document.add_paragraph("Ruby and Dani wrote this page together.")
    document.add_heading("Things that are good", 2)
    for t in ("Grandad Pete picks me up on Tuesdays and we make pancakes.",
              "Mrs Bramley lets me help in the library at lunch."):
        document.add_paragraph(t, style="List Bullet")
    document.add_heading("Things I worry about", 2)
    for t in ("I worry Mum will go back to the hospital.", "I still check Mum has had her tablets before school."):
        document.add_paragraph(t, style="List Bullet")
    document.save(path)
    return path


def test_the_childs_own_page_beside_the_plan_is_their_voice_not_work(tmp_path):
    from planlint import lint
    report = lint(_docx_plan(tmp_path / "plan.docx", "My plan – Ruby's page"))
    assert not any("pancakes" in a.text or "I worry" in a.text for a in report.plan.actions)
    assert not [f for f in report.findings if f.rule in ("M001", "T001", "W001")]


def test_a_page_that_is_not_the_childs_keeps_its_items():
    report = _lint(_HEAD + """- Sam Cole (SW) will visit Jayden every week; visit notes shared at core group.

## My plan for the next eight weeks
- I will visit Jayden at home every two weeks and weigh him; his weight recorded in the red book.
- I will go through safe sleep with Kim by 30 June 2025; Kim shows me the cot set up.
""" + _TAIL)
    assert any("weigh him" in a.text for a in report.plan.actions)


def test_a_note_on_the_tables_columns_is_no_action():
    report = _lint(_HEAD + """| Action | Lead | When | How we will know |
|---|---|---|---|
| Visit Jayden at home and see him alone | Sam Cole, SW | Every 2 weeks | Visit records |

The person in the Lead column is responsible for every row beside it.
""" + _TAIL)
    assert not any("Lead column" in a.text for a in report.plan.actions)


def test_a_long_goal_heading_is_the_outcome_and_its_signs_of_success_are_not_another():
    report = _lint("""# Child protection plan for Mason

## What Mason tells us
Mason said "I check the bins for bottles".

## Goal 1: Mason is cared for by a sober adult every day and every night, at home and at his aunt's

**Signs of success:** Stacey's blood tests are clear three times in a row and every breath test reads 0.00.

| What will happen | Who | When | How will we know? |
|---|---|---|---|
| Visit Mason at home and see him alone | Josh Adeyemi, SW | Weekly | Visit records show Mason seen alone |
""" + _TAIL)
    texts = [o.text for o in report.plan.outcomes]
    assert any(t.startswith("Goal 1:") for t in texts)
    assert not any("Signs of success" in t for t in texts)
    assert not _rules(report, "O001")


def test_help_on_the_days_a_parent_cannot_manage_names_no_vague_measure():
    report = _lint(_HEAD + """- Keith Hardcastle (grandad) to take Jayden to school on the days Kim can't manage it.
- Sam Cole (SW) will visit Jayden every week; visit notes shared at core group.
""" + _TAIL)
    assert _action(report, "Keith Hardcastle").facts.measure_status == "missing"


_LETTER = """DIMSWORTH COUNTY COUNCIL
Children's Services
Hollins House, 2 Canal Street

Private and confidential
Ms Leanne Varley
Flat 3, 18 Tenter Road
Dimsworth DW4 6LS

22 July 2025

Dear Leanne,

YOUR CHILD PROTECTION PLAN FOR FREYA

I promised to write the plan down for you in plain words, so this letter is your copy of it.

WHAT WE WANT TO SEE

- Freya is fed on time and gains weight along her centile line.
- Your mood is stable and you feel like yourself again.

WHAT WILL HAPPEN

- I will visit Freya at home every week and see her awake; my visit notes go to each core group.
- Owen Lacey, your care coordinator from the Dimsworth Perinatal Mental Health Team, will keep seeing you every week to support you with your mood; we will know it is helping when you feel better.

IF THINGS GET WORSE

If you become unwell again, Freya will stay with your mum, Sandra, and I will ask for a legal planning meeting.

MEETINGS

Core group every 4 weeks; review conference on 14 October 2025.
"""


def test_a_parents_copy_of_the_plan_for_the_child_speaks_to_the_parent():
    report = _lint(_LETTER, name="letter.txt")
    assert "Leanne" not in report.plan.facts.child_names
    assert any("Your mood is stable" in e for e in _rules(report, "F002"))
    assert not any("promised" in a.text for a in report.plan.actions)


def test_we_will_know_by_a_feeling_is_a_vague_measure():
    report = _lint(_LETTER, name="letter.txt")
    assert _action(report, "Owen Lacey").facts.measure_status == "vague"


def test_a_review_conference_called_off_gives_no_review_date():
    plan = _HEAD + """- Sam Cole (SW) will visit Jayden every week; visit notes shared at core group.

## If things go wrong
If Kim misses her medication, Sam will hold a strategy discussion the same day and ask for a legal planning meeting.

## Core group and review
- Core group: next meeting 19/08/2025, then every 4 weeks.
- Review conference: {review}
"""
    called_off = _lint(plan.format(review="the review conference due on 09/09/2025 is cancelled. Ollerbridge "
                                          "will hold a transfer-in conference instead, date to be confirmed."))
    assert _rules(called_off, "R001")
    held = _lint(plan.format(review="the review conference will be held on 09/09/2025."))
    assert not _rules(held, "R001")


_LETTER_TO_BOTH = """Foxbarrow City Council
Children's Services
Kingfisher House, 2 Lockside

Kayleigh and Ryan McAllister
14 Sorrel Walk

Dear Kayleigh and Ryan,

Tyler (10): your children's child protection plan

Kayleigh, you told me your depression has been very bad since your dad died.

WHAT WE WANT FOR TYLER
- Tyler gets to school on time every day, fed and in clean clothes.

WHAT TYLER SAYS
Tyler told me "I like football with Uncle Craig".

WHAT NEEDS TO HAPPEN
- Lorna Beck (CPN, Foxbarrow CMHT) will see Kayleigh every two weeks and report to each core group on whether she can care for Tyler.
- Denise (Ryan's mum) will take Tyler to school every Monday and Tuesday; the school marks him in by 8.50am.
- Craig (Kayleigh's brother) will take Tyler to football every Saturday; Craig texts me after each session.
- I will visit Tyler every two weeks and see him on his own; my visit notes go to each core group.

IF THINGS GET WORSE
If Tyler misses school two days running, I will visit the same day and ask for a legal planning meeting.

MEETINGS
Core group every 4 weeks; review conference on 12 October 2025.
"""


def test_a_letter_to_both_parents_names_them_and_their_mother_is_a_grandparent():
    report = _lint(_LETTER_TO_BOTH, name="letter.txt")
    assert set(report.plan.facts.parent_names) == {"Kayleigh", "Ryan"}
    assert "FAMILY_ROLES" in _action(report, "Denise").facts.owner_labels
    assert _rules(report, "C003")


def test_a_relative_named_as_such_is_no_service_worker_whatever_list_she_stood_in():
    report = _lint("""# Pre-birth plan for baby Brannigan

Mother: Jade Brannigan. Grandmother: Sandra Brannigan (Jade's mum).

## What we are worried about
Jade has bipolar disorder and is under the Oxlington Perinatal Mental Health Team.

## What we want for the baby
- The baby is cared for by a well adult every night in the first six weeks.

## What Tayo says
Tayo said "I'm going to show the baby my dinosaurs".

## Plan
- Discharge planning meeting with Jade, Sandra, the ward, the perinatal team and the HV by 36 weeks; Hannah Cole (SW) sends the minutes to everyone.
- Lisa Mowbray (perinatal CPN) will see Jade weekly and report to each core group on her capacity to care for the baby.
- Sandra Brannigan (maternal grandmother) will stay overnight and do the 2am feed every night for 14 nights; Sandra fills in the night chart.
""" + _TAIL)
    assert _action(report, "2am feed").facts.owner_labels == frozenset({"FAMILY_ROLES"})
    assert not any("2am feed" in e for e in _rules(report, "H001"))


_BABY_TAIL = """
## What Ivy's days are like
Ivy (seen on the ward, 3 days old) feeds well from a bottle and settles when held.

## If things go wrong
If Chloe or Liam cannot feed Ivy safely, Ivy will stay on the ward and the SW will ask for a legal planning meeting.

## Meetings
Core group every 4 weeks; review conference on 12 June 2025.
"""


def test_what_the_parents_told_the_conference_they_want_for_the_baby_is_their_view_not_the_goals():
    plan = """# Child protection plan for Ivy

Parents: Chloe Hart (19) and Liam Hart (21)

## What Chloe and Liam want for Ivy
{words}

## Outcomes for Ivy
- Ivy is fed at least every three hours and stays on or above the 9th centile.

## Plan
- Sophie Marr (HV) will weigh Ivy every week at home; weights in the red book.
""" + _BABY_TAIL
    told = _lint(plan.format(words='Chloe said: "I want to be a good mum and learn how to do it right." Liam said he '
                                   'wants Ivy "to have a warm house". Her advocate attended the conference with her.'))
    assert not any("good mum" in o.text for o in told.plan.outcomes)
    assert not _rules(told, "F002")
    goals = _lint(plan.format(words="- Ivy has a warm home and her own cot.\n- Ivy is fed on time, day and night."))
    assert any("warm home" in o.text for o in goals.plan.outcomes)


def test_a_parents_learning_disability_alone_asks_no_adult_service():
    plan = """# Pre-birth plan for baby Whitlock

## What we are worried about
Jade has {condition} and left school without qualifications.

## What we want for the baby
- The baby is fed on time and sleeps safely in her own cot.

## What Tayo says
Tayo said "I will help with the baby".

## Plan
- Amy Lowe (SW) will visit Jade weekly before the birth and go through safe sleep; visit notes on file.
""" + _TAIL
    assert not _rules(_lint(plan.format(condition="a mild learning disability")), "F004")
    assert _rules(_lint(plan.format(condition="depression")), "F004")


def test_sending_the_sw_a_paper_named_in_capitals_is_a_measure():
    report = _lint(_HEAD + """- The IDVA will refer Kim back to MARAC for the 02/10/2025 meeting and send the SW the MARAC actions within 2 days.
""" + _TAIL)
    assert _action(report, "MARAC").facts.measure_status == "ok"


def test_a_parents_line_names_the_parents_not_the_town_after_them():
    report = _lint("""# Review child protection plan

Children: Lily Kowalski (11) and Max Kowalski (5)
Parents: Agnieszka Kowalski (36) and Tomasz Kowalski (40), 22 Orchard Rise, Halverton

## What we want for Lily and Max
- Tomasz's mood will be stable and he will sleep better.
- Lily has time to play and is not Max's carer.

## What Lily says
Lily said "I do Max's tea when Mum is on lates".

## Plan
- Rebecca Sloane (SW) will see Lily on her own every 2 weeks; visit notes record her words.
""" + _TAIL)
    assert set(report.plan.facts.parent_names) == {"Agnieszka", "Tomasz"}
    assert any("Tomasz's mood" in e for e in _rules(report, "F002"))


def test_all_health_professionals_is_a_collective_owner():
    report = _lint(_HEAD + """| Action | Who | When | How we will know |
|---|---|---|---|
| Tell the SW within 24 hours if Jayden misses any health appointment | All health professionals | Within 24 hours | Each missed appointment logged |
| Visit Jayden at home and see him alone | Sam Cole, SW | Every 2 weeks | Visit records |
""" + _TAIL)
    assert any("Tell the SW" in e for e in _rules(report, "W002"))


def test_who_and_when_lines_under_a_goal_are_no_goals():
    report = _lint("""CHILD PROTECTION PLAN

Parents: Kerry McBride (27) and Wayne Storey (31)

WHAT WE WANT FOR JAXON
- Jaxon sleeps in a clean, dry bed every night.

THE PLAN
C1  New mattress for Jaxon and clean bedding, washed every week
    Who: Kerry, with FSW     When: mattress by 11/07/25, then weekly
""" + _TAIL.replace("## ", ""), name="plan.txt")
    assert not any(o.text.startswith("Who:") for o in report.plan.outcomes)
    assert not _rules(report, "F002")


def test_family_work_with_a_parent_and_the_child_is_not_the_parents_treatment():
    plan = """# Review plan

Parents: Gemma Pemberton (37) and Shaun Pemberton (40)

## What we want for Reuben
- Reuben lives in a calm home without arguments.

## What Reuben says
Reuben said "I hate the shouting".

## Plan
| Action | Who | When | How we will know |
|---|---|---|---|
| {work} | Mel Jordan, therapist, Amberlow CMHT | Fortnightly from 01/07/2025 | Session notes to the SW |
""" + _TAIL
    assert not _rules(_lint(plan.format(work="Six sessions of family work for Shaun and Reuben on the arguments")), "H001")
    assert _rules(_lint(plan.format(work="Six support sessions for Shaun on his low mood")), "H001")


def test_numbered_steps_under_a_safety_goal_are_its_work_whoever_they_name():
    report = _lint("""# Child protection plan – Signs of Safety

Children: Tyler Jordan (8) and Poppy Jordan (5)

## What Tyler and Poppy say
Tyler said "I hide upstairs when Dad shouts".

## Safety goal 3: a safety network around the children

3.1 Hannah Reid (SW) will hold the first safety network meeting with Nina and Becky by 25 July, and send everyone the written plan by 1 August; each signed copy will be on the file.

3.2 Nina and Becky will have a check-in call every evening at 7pm for 8 weeks. Becky will text Hannah the same evening if a call is missed.
""" + _TAIL, name="plan.txt")
    assert any(s.kind == "outcomes" and s.heading.startswith("Safety goal 3") for s in report.plan.sections)
    texts = [a.text for a in report.plan.actions]
    assert any("first safety network meeting" in t for t in texts)
    assert any("check-in call" in t and "Becky will text" in t for t in texts)
    assert not _rules(report, "F002")


def test_a_family_list_giving_age_and_date_of_birth_names_the_children():
    report = _lint("""# Child Protection Plan — Daniel and Grace Cole

## 1. Family
- **Daniel Cole**, 9 (DOB 11/02/2016) — Year 4 at Elvercombe Park Primary
- **Grace Cole**, 3 (DOB 03/05/2022) — not yet at nursery
- **Funmi Adeyemi**, 31 — mum
""" + _TAIL)
    assert {"Daniel", "Grace"} <= set(report.plan.facts.child_names)
    assert "Funmi" not in report.plan.facts.child_names


def test_reviewing_the_childs_plan_is_the_review_part_not_the_work():
    report = _lint(_HEAD + """- Sam Cole (SW) will visit Jayden every week; visit notes shared at core group.

## Reviewing Jayden's plan
- Core group (Kim, Sam, the school and the HV): every 4 weeks, on 26/08/2025 and 23/09/2025.
- Review child protection planning meeting: 11/11/2025 at 10am, chaired by Alan Munro.

## If things go wrong
If Kim misses her medication, Sam will hold a strategy discussion the same day and ask for a legal planning meeting.
""")
    assert any(s.kind == "review" and s.heading.startswith("Reviewing") for s in report.plan.sections)
    assert not _rules(report, "M001") and not _rules(report, "R001")


def test_the_ward_coordinator_on_duty_is_an_owner():
    report = _lint(_HEAD + """- Labour ward coordinator on duty to phone the SW within 1 hour of Kim being admitted in labour; the call logged on the maternity record.
""" + _TAIL)
    assert not _rules(report, "W001")


def test_a_stage_of_the_work_named_for_a_day_is_no_voice_of_the_child():
    report = _lint("""# Child protection plan for Ivy

## What we want for Ivy
- Ivy is fed every three hours and sleeps on her back in her own cot.

## Stage 3: From the first day at home
| Action | Who | When | How we will know |
|---|---|---|---|
| Weigh Ivy at home | Sophie Marr, HV | Weekly | Weights in the red book |
""" + _TAIL)
    assert any(s.kind == "actions" and s.heading.startswith("Stage 3") for s in report.plan.sections)
    assert _rules(report, "F003")  # no voice of the child anywhere: the stage heading is none
