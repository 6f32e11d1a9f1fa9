"""Classes met on tuning material of the fortieth pass: the words of good rows (times given
once for a group, From / Until fields, documents that will exist, outcomes said to a young
person) and the notes around them that a template-bound reader takes for work. All names are
invented."""
from test_unseen_layouts_15 import _action, _lint, _rules
from test_unseen_layouts_39 import _HEAD, _TAIL


def test_a_note_on_how_the_actions_are_grouped_is_no_action():
    report = _lint(_HEAD + """## What will happen
The actions are grouped by when they must be done.

| Who | Action | How we will know |
|---|---|---|
| Priya Shah, social worker | Visit Maisie at home every week and see her alone | Visit records with Maisie's words |
""" + _TAIL)
    assert report.actions == 1
    assert not [f for f in report.findings if f.rule in ("W001", "T001", "M001")]


def test_a_conditional_legal_planning_request_among_next_steps_is_escalation_not_work():
    report = _lint(_HEAD + """## What will happen
- Priya Shah (SW) will visit Maisie every week from 12 January; her visit records will show it.

## Meetings and next steps
- Core group every four weeks from 14 January.
- Review child protection conference: 9 March 2026.
- If Maisie's care has not got better by the review conference, Priya will ask her manager for a
  legal planning meeting.

## Contingency plan
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, PS arranges foster care the same day.
""")
    assert report.actions == 1
    assert not _rules(report, "R002")  # the request still answers the legal escalation rule


def test_overnight_beside_as_and_when_is_how_long_not_when():
    report = _lint(_HEAD + """## The plan
- Aunt Lou will have Maisie overnight as and when Jade needs a rest, and will text PS when she does.
- Aunt Lou will have Maisie overnight every Friday, and will text PS when she does.
""" + _TAIL)
    assert _rules(report, "T002") == [_action(report, "as and when").text]


def test_sending_a_named_worker_the_dates_of_the_visits_is_a_record():
    report = _lint(_HEAD + """## The plan
- The perinatal mental health team (nurse Amy Clarke) will visit Jade at home every fortnight to
  support her with her low mood, and send Priya the dates of the visits.
- The perinatal mental health team will visit Jade every fortnight and send Mum the dates of the visits.
""" + _TAIL)
    assert _rules(report, "M001") == [_action(report, "send Mum the dates").text]


def test_a_work_item_with_a_colon_takes_its_who_when_and_how_sub_bullets():
    report = _lint(_HEAD + """## The plan
- **Write a family safety plan with Jade: who has Maisie if Jade uses, and where the methadone is kept**
  - Who: Priya Shah, social worker
  - When: by Friday 13 February
  - How we'll know: the safety plan signed by Jade, on the fridge
""" + _TAIL)
    assert report.actions == 1
    plan = _action(report, "family safety plan")
    assert plan.fields["owner"] == "Priya Shah, social worker"
    assert plan.fields["timescale"] == "by Friday 13 February"


_STAGES = """## What will happen
### Weeks 1-6 (12 January to 20 February 2026)
- Priya Shah (SW) will visit Maisie at home; her visit records will show what Maisie said.
- Tom Reid (Holt Drug and Alcohol Service) will see Jade for key-work; his written report goes to
  Priya before each core group.
- Ann Cole (DSL) will do Maisie's settling review with a referral to the school nurse if she needs
  it; the school nurse's letter will be on file.

### Weeks 7-12 (23 February to the review conference on 9 March 2026)
- Tom Reid will take a hair-strand test from Jade; the result goes to Priya before the review.
- Priya Shah (SW) will complete a parenting assessment; the report goes to the review conference.
"""


def test_a_stage_heading_whose_dates_name_the_review_still_heads_work():
    report = _lint(_HEAD + _STAGES + _TAIL)
    assert report.actions == 5
    assert not [f for f in report.findings if f.rule in ("T001", "T002")]


def test_if_needed_under_a_time_heading_asks_whether_not_when():
    report = _lint(_HEAD + _STAGES + _TAIL)
    review = _action(report, "settling review")
    assert review.fields["timescale"].startswith("Weeks 1-6")


def test_a_case_export_subject_line_with_a_comma_before_dob_names_the_child():
    report = _lint("""# Child Protection Plan (Review)
Subject 1: Keira WALSH, DOB 02/06/2013 (12), Year 8
Household: Nicola WALSH (37), mother

## Safety goals
- Keira no longer checks on her mum or looks after her brother, and has time for netball and friends.

## Tasks
- Darren Pollitt (SW) will visit Keira every week from 14 January; visit records show her seen alone.
""" + _TAIL)
    assert report.plan.facts.child_names == ["Keira"]
    assert not _rules(report, "F002")


_LETTER = """Dear Reuben,

Thank you for coming to the first part of your child protection conference on Tuesday 3 February.
Your mum has bipolar disorder. In December the home treatment team looked after her at home.

## What we want for you by the review on 28 April
- You are no longer the person who looks after your mum, her money or her tablets.
- You know your mum's warning signs and exactly who to ring.

## What will happen
- I will see you on your own every Tuesday from 10 February, and write down your score out of 10.
- Carys Bell from Hobbsworth Young Carers will meet you every other Thursday from 12 February, and by
  13 March the two of you will have written your young carer's plan, which you and I will both sign.
- Femi Adeyemi, your mum's care co-ordinator at the community mental health team, will visit her every
  week and write to me before each core group on whether she is making the changes you need and how
  long that is likely to take.

## If things go wrong
If your mum stops her lithium or shows two warning signs, ring me or the out-of-hours team; I will
arrange for you to stay with your aunt Bernie that night, and if she cannot have you, with a foster
carer.

## Meetings
The core group meets every three weeks; the review conference is on 28 April 2026.
"""


def test_a_letter_to_the_child_about_your_conference_and_your_mum_is_the_childs():
    report = _lint(_LETTER)
    assert report.plan.facts.child_names == ["Reuben"]
    assert not _rules(report, "F002")


def test_a_team_that_looked_after_a_parent_says_nothing_of_the_childs_status():
    report = _lint(_LETTER)
    assert report.plan.facts.looked_after is False


def test_a_document_that_will_have_been_written_is_how_we_will_know():
    report = _lint(_LETTER)
    assert not _rules(report, "M001")


def test_a_from_until_field_in_a_dotted_record_is_its_timescale():
    report = _lint("""CHILD PROTECTION PLAN - MAISIE HOLT
Child ........... Maisie Holt (6)
Mum ............. Jade Holt

WHAT WE WANT FOR MAISIE
Maisie gets to school every day, fed and on time.

THE PLAN

4.5  WHAT ......... Review Jade's sertraline with her
     SO THAT ...... Jade can wake if Maisie calls out in the night
     WHO .......... Dr Tariq Hamid, GP, Ferncliffe Surgery
     FROM - UNTIL . 11/03/2026 - 27/03/2026
     WE WILL SEE .. letter to Priya with the new prescription

4.6  WHAT ......... Visit Maisie at home and see her on her own
     SO THAT ...... Maisie's words are heard
     WHO .......... Priya Shah, social worker
     FROM - UNTIL . 12/01/2026 - 09/03/2026
     WE WILL SEE .. visit records with Maisie's own words

CONTINGENCY PLAN
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, Priya arranges foster care and asks for a legal planning meeting.

CORE GROUP AND REVIEW
The core group meets every four weeks; the review conference is on 09/03/2026.
""", name="plan.txt")
    assert report.actions == 2
    assert not [f for f in report.findings if f.rule in ("T001", "M001")]


def test_what_if_things_go_wrong_names_no_sign():
    report = _lint(_HEAD + """## The plan
- Priya Shah (SW) will visit Maisie every week from 12 January; her visit records will show it.

## What if things go wrong?
If things get worse at home or the safety plan is not followed, the core group will meet to discuss
what needs to happen next, and Priya will talk it through with her manager.

## Core group and review
The core group meets every four weeks; the review conference is on 09/03/2026.
""")
    assert _rules(report, "C002")


def test_a_scored_room_heading_still_heads_its_coded_work():
    # (guard) a bracket with numbers that is no date ("score 5 -> target 1") still glosses the heading
    report = _lint(_HEAD + """## Actions by room

CHILDREN'S BEDROOM (score 5 -> target 1)

C1  New mattress for Maisie and clean bedding, washed every week
    Who: Jade, with the family support worker     When: mattress by 11/07/25, then weekly
    How we'll know: improvement in the bedroom
""" + _TAIL, name="plan.txt")
    assert _rules(report, "M002")


# Batch 127: the whole-plan parts placed where a template does not put them.

def test_a_so_that_cell_that_goes_on_from_its_header_is_the_childs():
    report = _lint(_HEAD + """## The plan
| What will happen | Who | When | How we will know | So that Maisie … |
|---|---|---|---|---|
| Visit Maisie at home and see her alone | Priya Shah, social worker | Every week from 12 January | Visit records with her words | … comes home from school to a mum who is sober and makes her tea |
| Key-work with Jade, with a urine screen each week | Tom Reid, Holt Drug and Alcohol Service | Every Tuesday | Written report before each core group | … has a mum who stays off drugs |
""" + _TAIL)
    assert not _rules(report, "F002")


def test_a_one_word_heading_glossed_by_its_scale_heads_its_scores():
    report = _lint("""SIGNS OF SAFETY CHILD PROTECTION PLAN
Child: Maisie Holt (6). Mum: Jade Holt.

SAFETY GOAL
Maisie will live with her mum in a home where nobody is hurt or frightened.

SCALING (0 = Maisie will be hurt again; 10 = safe enough for the plan to close)
Jade 6 - Lou 5 - Ann Cole (DSL) 4 - Priya (SW) 3

ACTION PLAN
- Priya Shah (SW) will visit Maisie every week from 12 January; her visit records will show it.

CONTINGENCY
If Jade is found under the influence while caring for Maisie, Maisie stays with her aunt Lou that
night; if Lou cannot have her, Priya arranges foster care and asks for a legal planning meeting.

MEETINGS
The core group meets every four weeks; the review conference is on 09/03/2026.
""", name="plan.txt")
    assert [o.text for o in report.plan.outcomes] == [
        "Maisie will live with her mum in a home where nobody is hurt or frightened."]


def test_a_plain_text_if_then_table_says_what_happens_if_the_family_cannot():
    report = _lint(_HEAD + """## The plan
| Who | Action | When | How we will know |
|---|---|---|---|
| Lou Holt (aunt) | Supervise Jade's time with Maisie at Lou's house | Every Sunday, 1pm to 4pm | Lou's contact book, seen by PS |
| Lou Holt (aunt) | Collect Maisie from school and give her tea | Every Wednesday | School collection log |

CONTINGENCY
IF                                      THEN
======================================================================
Jade is found under the influence       Maisie stays with Lou that night;
while caring for Maisie                 PS holds a strategy discussion.
----------------------------------------------------------------------
Lou cannot supervise a Sunday           That visit does not go ahead; PS
                                        arranges contact at the family centre.
----------------------------------------------------------------------

## Core group and review
The core group meets every four weeks; the review conference is on 09/03/2026.
""", name="plan.txt")
    assert not _rules(report, "C003")


def test_a_noun_phrase_item_with_a_colon_takes_its_who_sub_bullet():
    report = _lint(_HEAD + """## The plan
- **Routine sessions at home with Jade: breakfast, bath time and bedtime for Maisie**
  - Who: Tasha Greer, family support worker
  - When: every Wednesday for eight weeks from 19/01/2026
  - How we'll know: routine chart on the fridge filled in each day and checked by Tasha each week
""" + _TAIL)
    assert report.actions == 1
    assert _action(report, "Routine sessions").fields["owner"] == "Tasha Greer, family support worker"


def test_a_thing_to_be_got_names_no_one_to_get_it():
    report = _lint(_HEAD + """## The plan
- **A bed and bedding for Maisie to be got from the Holt Furniture Scheme**
  - Who: –
  - When: by 28/01/2026
  - How we'll know: bed seen made up in Maisie's room at a visit
""" + _TAIL)
    assert _rules(report, "W001")


def test_by_the_review_on_a_date_we_will_see_heads_the_outcomes():
    report = _lint(_HEAD.replace("## What we want for Maisie", "## By the review on 09/03/2026 we will see")
                   + "## The plan\n- Priya Shah (SW) will visit Maisie every week from 12 January; her visit records"
                     " will show it.\n" + _TAIL)
    assert not _rules(report, "O001")
    assert len(report.plan.outcomes) == 2


# Older tuning material: checks said in words a measure list had not met.

def test_a_report_to_the_core_group_on_what_the_parent_is_doing_assesses_change():
    report = _lint(_HEAD + """## The plan
| Who | Action | When | How we will know |
|---|---|---|---|
| Dr Ann Bell, psychologist, Holt Community Mental Health Team | Weekly DBT skills group and individual sessions for Jade; report to every core group on what Jade is doing differently with Maisie | Every Thursday from 15 January | Attendance record and the written report |
| Dr Ann Bell, psychologist, Holt Community Mental Health Team | Weekly DBT skills group and individual sessions for Jade | Every Thursday from 15 January | Attendance record |
""" + _TAIL)
    assert _rules(report, "H001") == [_action(report, "individual sessions for Jade |").text]


def test_checks_said_as_records_kept_or_shown_are_measures():
    report = _lint(_HEAD + """## The plan
- Lou (aunt) will take Maisie to school and collect her every school day, signing her in and out at the school office.
- Jade will open a credit union account so that her rent is paid on the day her benefits come in; the standing order shown to the SW.
- Jade will go to the money advice service by 30 January and bring the repayment plan to the next core group.
- Ann Cole (DSL) will make a "people I can tell" card with Maisie by 30 January and show it to Jade.
- Jade will go to the money advice service by 30 January.
""" + _TAIL)
    assert _rules(report, "M001") == [_action(report, "money advice service by 30 January.").text]


# Batch 129: relatives who help, a parent whose illness adult services treat.

def test_a_safety_plan_of_if_bullets_is_the_contingency():
    report = _lint(_HEAD + """## The plan
- Priya Shah (SW) will visit Maisie every week from 12 January; her visit records will show it.

## Safety plan
- **If Jade takes too many tablets or says she is planning to:** whoever is with her rings 999, Lou takes
  Maisie home with her that day and Priya holds a strategy discussion the same day.
- **If Lou can't have Maisie** (she is ill or away): Priya arranges emergency foster carers that day.

## Core group and review
The core group meets every four weeks; the review conference is on 09/03/2026.
""")
    assert report.actions == 1
    assert not _rules(report, "C001")


def test_a_second_childs_age_and_date_of_birth_after_a_joined_line_name_a_child():
    report = _lint("""CHILD PROTECTION PLAN

Orla Brennan, 12 (DOB 09/06/2013), Year 8, Rostherley Academy
Cian Brennan, 3 (DOB 28/02/2022), Daisy Chain Nursery
Mum: Clare Brennan (34)
""" + _TAIL, name="plan.txt")
    assert report.plan.facts.child_names == ["Orla", "Cian"]


def test_what_we_are_asking_you_to_do_in_a_letter_heads_work():
    report = _lint(_HEAD + """## What we are asking you to do
- **Jade**, you will not use any drugs while you are looking after Maisie, and your weekly tests will show it.

## What I will do
- I will visit Maisie every week from 12 January; my visit records will show what she said.
""" + _TAIL)
    assert report.actions == 2
    assert not _rules(report, "M001")


def test_a_mental_health_view_of_how_long_more_help_is_needed_assesses_change():
    report = _lint(_HEAD + """## The plan
| Who | Action | When | How we will know |
|---|---|---|---|
| Carys Rowlands, Holt Perinatal Mental Health Team | Visit weekly to help Jade read Maisie's cues, and write a view at six weeks of how Jade is responding and how long more help is likely to be needed | Weekly from 12 January | Written view sent to the SW |
| Bethan Lowry, Holt Perinatal Mental Health Team | Visit Jade at home and give a written view to each core group on whether she can sustain caring for Maisie | Twice a week | Written view on file |
| Bethan Lowry, Holt Perinatal Mental Health Team | Visit Jade at home to support her with her mood | Twice a week | Visit dates sent to the SW |
""" + _TAIL)
    assert _rules(report, "H001") == [_action(report, "support her with her mood").text]


def test_what_the_child_says_coming_to_the_core_group_is_how_we_will_know():
    report = _lint(_HEAD + """## The plan
- I will do four sessions with Maisie about her mum's illness by 21/02/2026, and we will make a card
  together with the people she can ring; her card and what she says will come to the core group.
""" + _TAIL)
    assert not _rules(report, "M001")


def test_owners_read_as_reference_codes_leave_adult_services_unjudged():
    log = """# Core group 2 - action log
Child: Maisie Holt (6). Mum: Jade Holt. Jade said she now drinks "only at the weekend".

## What we want for Maisie
- Maisie gets to school every day, fed and on time.

## Actions
- CG2-01: Visit Maisie at home every week from 12 January - PS; visit records show it.
- CG2-02: Key-work with Jade every Tuesday and a breath test each time - TR; results to PS monthly.
- CG2-03: Check that Maisie arrives fed every school day - AC; attendance sheet to PS every Friday.
""" + _TAIL
    report = _lint(log)
    assert all(a.facts.owner.startswith("CG2-") for a in report.plan.actions)  # the owners misread as codes
    assert not _rules(report, "F004")
    # (guard) owners read as people, none an adult service: the parent's drinking still needs one
    named = _lint(log.replace("- CG2-01: ", "- ").replace("- CG2-02: ", "- ").replace("- CG2-03: ", "- ")
                  .replace(" - PS;", " (Priya Shah, SW);").replace(" - TR;", " (Lou Holt, aunt);")
                  .replace(" - AC;", " (Ann Cole, DSL);"))
    assert _rules(named, "F004")
