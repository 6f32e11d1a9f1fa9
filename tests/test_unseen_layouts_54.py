"""Classes met in plans whose times, checks, owners and outcomes are said in ordinary words and put
where no template puts them (pass 54): week grids of people by day, a parent's letter from the
details, "The aim of this part is that ...", "Success will look like:" closing a part, a theme's
"Lead for this theme:" line, checks said as someone ringing or e-mailing back. All names are
invented."""
from planlint.nlp.commitment import find_commitment
from planlint.textutil import empty_field

from test_unseen_layouts_15 import _action, _lint, _rules

_TAIL = """
## What Mia says
Mia told Tom at nursery: "I like Nana's house. I don't like it when Mummy sleeps."

## If things go wrong
If Mia is found alone at home, Tom will hold a strategy discussion the same day and Mia will stay with Nana.
If nothing has changed at the review conference, the team manager will hold a legal planning meeting.

## Meetings
Core group every four weeks from 03/02/2026; review conference on 20/04/2026.
"""

_DAYS_DOWN = """# Our week: Mia's plan

## Outcomes
Mia is fed, clean and at nursery every day she is booked.

## The grid (every week until the review)
| Day | NB (FSW) | Jade (Mum) | Tom Hale (SW) |
|---|---|---|---|
| Mon | Home visit 9.30am: cleaning rota with Jade, check the cot | Mia to nursery by 9am, nursery register | - |
| Wed | - | Baby clinic 10am, Mia weighed, weight in the red book | Home visit with Mia seen awake, visit notes within 48 hours |
| Fri | Update to Tom: visits and the feed chart, e-mail on the file | - | - |
""" + _TAIL


def test_a_grid_with_the_days_down_the_side_reads_each_box_as_work():
    report = _lint(_DAYS_DOWN)
    assert len(report.plan.actions) == 5
    visit = _action(report, "cleaning rota")
    assert visit.facts.owner == "NB (FSW)" and visit.fields["timescale"] == "every Monday"
    assert _rules(report, "T001") == [] and _rules(report, "W001") == []


def test_a_grid_with_the_days_across_the_top_reads_each_box_as_work():
    turned = _DAYS_DOWN.replace("""| Day | NB (FSW) | Jade (Mum) | Tom Hale (SW) |
|---|---|---|---|
| Mon | Home visit 9.30am: cleaning rota with Jade, check the cot | Mia to nursery by 9am, nursery register | - |
| Wed | - | Baby clinic 10am, Mia weighed, weight in the red book | Home visit with Mia seen awake, visit notes within 48 hours |
| Fri | Update to Tom: visits and the feed chart, e-mail on the file | - | - |""", """| Who | Mon | Wed | Fri |
|---|---|---|---|
| NB (FSW) | Home visit 9.30am: cleaning rota with Jade, check the cot | - | Update to Tom: visits and the feed chart, e-mail on the file |
| Jade (Mum) | Mia to nursery by 9am, nursery register | Baby clinic 10am, Mia weighed, weight in the red book | - |
| Tom Hale (SW) | - | Home visit with Mia seen awake, visit notes within 48 hours | - |""")
    report = _lint(turned)
    assert len(report.plan.actions) == 5
    assert _action(report, "Baby clinic").fields["timescale"] == "every Wednesday"


_LETTERED_PARENT = """# Child Protection Plan

Children: Tia Nolan (DOB 08/05/2014, 11); Ollie Nolan (DOB 30/09/2017, 8)
Mum: Kerry Nolan (38), K
Aunt: Dawn Reilly (Kerry's sister), D, 29 Weaver Street

## Outcomes
- T & O are cared for every day and night by a sober adult.

## The plan
1. SW: see T & O at home, each on their own. Wkly until RCPC. Check: visit notes on LCS within 48h.
5. K: no drinking when T & O are at home or in her care. Every day. Check: breath tests at each SW visit.
10. D: tea for T & O at hers after school. Tue + Thu 3.30-7pm. Check: D texts SW on Thu evenings.
""" + _TAIL


def test_the_letter_a_details_line_gives_a_parent_owns_her_lines():
    report = _lint(_LETTERED_PARENT)
    assert len(report.plan.actions) == 3
    assert _action(report, "no drinking").facts.owner == "K"
    assert _action(report, "tea for T & O").facts.owner == "D"
    assert _rules(report, "W001") == []


def test_a_letter_no_details_line_gives_owns_nothing():
    report = _lint(_LETTERED_PARENT.replace("Mum: Kerry Nolan (38), K", "Mum: Kerry Nolan (38)")
                   .replace("Aunt: Dawn Reilly (Kerry's sister), D, 29 Weaver Street", "Aunt: Dawn Reilly"))
    assert all(a.facts.owner not in ("D", "K") for a in report.plan.actions)


_AIMS = """# Review child protection plan

Children: Poppy Grant (9) and Alfie Grant (5). Mum: Natalie Grant. Dad: Lee Grant.

## Part 1: Home
The aim of this part is that Poppy and Alfie live in a home that is clean, warm and safe.

| What will happen, and who will do it | When | How we will know |
|---|---|---|
| Lee and Natalie will clear the boxes from the back bedroom so each child has a bed | By 13/02/2026 | Rachel sees the room at her visit |
| The family will make sure Ken is never alone with Poppy or Alfie | Every day | Lee texts Rachel after each visit from Ken |

## Part 2: Mum's health
The aim of this part is that Natalie's mood stays stable and she keeps taking her lithium.

| What will happen, and who will do it | When | How we will know |
|---|---|---|
| Natalie will take her lithium as prescribed | Every day | Lithium levels sent by the GP to Rachel |
""" + _TAIL


def test_an_aim_said_in_a_sentence_over_the_work_is_an_outcome():
    report = _lint(_AIMS)
    assert [o.text for o in report.plan.outcomes] == [
        "Poppy and Alfie live in a home that is clean, warm and safe.",
        "Natalie's mood stays stable and she keeps taking her lithium."]
    assert _rules(report, "F002") == ["Natalie's mood stays stable and she keeps taking her lithium."]
    assert _rules(report, "O001") == []


def test_the_subject_of_a_who_and_what_cell_is_its_owner():
    report = _lint(_AIMS)
    assert _action(report, "clear the boxes").facts.owner == "Lee and Natalie"
    assert [x.split(" | ")[0] for x in _rules(report, "W002")] == ["The family will make sure Ken is never alone with Poppy or Alfie"]


_SUCCESS = """# Child protection plan: Amber and Josh Collins

Mum: Kerry Collins. Kerry's partner: Gary Lowe.

### 1. Food and the house
- Eversgrove Family Hub (Jade Foster) will visit every Monday at 4pm for ten weeks to help Kerry plan meals; Jade sends the checklist to Lucy every two weeks.
- Kerry will meet Eversgrove Money Advice by 30/01/2026 to sort out her debts; a copy of the repayment plan will go to Lucy.

Success will look like: Mum feels on top of things at home and is managing her money.
""" + _TAIL


def test_success_said_under_several_bullets_is_the_parts_outcome_not_the_last_bullets_check():
    report = _lint(_SUCCESS)
    assert _rules(report, "F002") == ["Mum feels on top of things at home and is managing her money."]
    assert _rules(report, "M002") == []
    assert "feels on top" not in _action(report, "Money Advice").fields.get("measure", "")


_THEMES = """FINSTOWE COUNCIL :: FAMILYVIEW
CHILD PROTECTION PLAN - REVIEW

Children ................. Jayden PRYOR (M), dob 14/03/2016, age 9, Year 5, Finstowe Primary
                           Lacey PRYOR (F), dob 30/07/2020, age 5, Reception, Finstowe Primary

HOUSEHOLD
Gemma PRYOR (31) ......... Mother. Anxiety; waiting for Finstowe Talking Therapies.

THEMES AND TASKS
THEME 1: MUM'S ANXIETY
  Goal: Jayden and Lacey have a mum who is well enough to get them to school.
  Lead for this theme: Leanne Foster (social worker)

  1.1  Apply to the Finstowe Household Support Fund for school uniform for both children.
       When ..... by 06/02/2026
       Check .... award letter on file
  1.2  Finstowe Talking Therapies (Amy Lowther, wellbeing practitioner) will give Gemma six sessions of guided self-help for her anxiety.
       When ..... weekly from 12/01/2026
       Check .... attendance letter to Leanne after session 6
"""


def test_a_themes_lead_line_owns_the_tasks_that_name_no_one():
    report = _lint(_THEMES, "plan.txt")
    assert _action(report, "Household Support Fund").facts.owner == "Leanne Foster (social worker)"


def test_a_case_prints_household_line_names_the_mother_and_its_school_no_child():
    report = _lint(_THEMES, "plan.txt")
    assert sorted(report.plan.facts.child_names) == ["Jayden", "Lacey"]
    assert "Gemma" in report.plan.facts.parent_names
    # (her therapy is only support: Finding Four's finding, once she is known as the parent)
    assert _rules(report, "H001")


def test_to_before_a_place_or_people_is_no_infinitive():
    assert find_commitment("Random urine screens for Gemma, and a written report to each core group on the results.") is None
    assert find_commitment("1.5 Go to every session of the programme") is None
    assert find_commitment("Mum to attend every appointment").subject == "Mum"


_CHECKS = """# Child protection plan for Ruby

## Outcomes
Ruby is at nursery every weekday, fed and clean, and her home is safe and warm.

## The plan
- Gemma Walsh (health visitor) will chase Ruby's missed hearing test by 30/01/2026, and e-mail me the new appointment.
- Miss Khan will do six "Safe Hands" sessions with Ruby by February half term, and give Laura Ruby's finished safe hands drawing.
- Mr Dev Patel, the housing officer, will have the broken window repaired by 23 January 2026, and I will see the repairs done when I next visit.
- The nursery will keep an eye on Ruby every day she is in and ring me the same day if they have any worries.
""" + _TAIL


def test_someone_sending_or_showing_the_result_back_is_a_check():
    report = _lint(_CHECKS)
    assert _rules(report, "M001") == []
    # (a call made on a worry no one can see checks nothing: "keep an eye on" stays vague)
    assert _rules(report, "M002") == ["The nursery will keep an eye on Ruby every day she is in and ring me the same day if they have any worries."]


def test_a_review_date_the_family_will_be_sent_is_no_date():
    report = _lint(_TAIL.replace("review conference on 20/04/2026.",
                                 "the review conference will be in April; the conference team will send you the date.")
                   + "\n## Outcomes\nMia is safe.\n")
    assert [f.rule for f in report.findings if f.rule == "R001"] == ["R001"]


def test_next_meetings_over_a_dated_core_group_line_is_no_work():
    report = _lint(_CHECKS.replace("## Meetings\nCore group every four weeks from 03/02/2026; review conference on 20/04/2026.",
                                   "## Next meetings\n- Core groups every four weeks at the Children's Centre: core group 3 on 19/02/2026 at 1.30pm.\n"
                                   "- Review child protection conference: 09/03/2026 at 10am."))
    assert not any("Core groups every four weeks" in a.text for a in report.plan.actions)


def test_days_in_a_bracket_are_when_not_who():
    report = _lint("""# Plan for Teddy
## Outcomes
Teddy is happy and safe at nursery.
## Actions
- Teddy's mood will be recorded by his key person, Mrs Anita Patel, every session he is booked for (Monday, Wednesday and Friday mornings), and sent to Marcus every Friday.
""" + _TAIL)
    assert "Monday" not in _action(report, "Teddy's mood").facts.owner


def test_two_adults_written_to_about_the_child_are_the_parents():
    report = _lint("""Dear Kayleigh and Dean,

## Kai's child protection plan
Kai Walsh (6) has a plan because of bruises to his arm.

## What will be different for Kai
1. Kai is not hurt by anyone at home.
2. Dean can manage his anger without shouting, and Kayleigh feels confident and less anxious.
""" + _TAIL)
    assert {"Kayleigh", "Dean"} <= set(report.plan.facts.parent_names)
    assert _rules(report, "F002") == ["Dean can manage his anger without shouting, and Kayleigh feels confident and less anxious."]


def test_an_empty_outcomes_field_is_no_outcome():
    assert empty_field("Outcomes for the child(ren): -") and not empty_field("Outcome: Mia is safe")
    report = _lint("""CAREFILE PRINT

PLAN OUTCOMES
  Outcomes for the child(ren): -

TASKS AGREED
  TASK 1: SW to visit Mia at home every week until the review; visit notes on file within 48 hours.
""" + _TAIL, "plan.txt")
    assert [f.rule for f in report.findings if f.rule == "O001"] == ["O001"]


def test_a_part_named_for_the_childs_feelings_that_holds_timed_work_is_work():
    report = _lint("""CHILD PROTECTION PLAN

WHAT WE WANT TO ACHIEVE
- Tyler has a hot meal every day.

THE PLAN
--------

HOME AND FOOD
- Lisa Morgan will give Tyler his tea at her house every Monday, and text Karen when he has eaten.

HOW TYLER IS FEELING
- Karen will see Tyler on his own every two weeks until the review and write what he says in her visit record.

IF THINGS GO WRONG
------------------
If Tyler is found alone at home, Karen will hold a strategy discussion that day.
""", "plan.txt")
    assert len(report.plan.actions) == 2  # (the one under "HOW TYLER IS FEELING" too: adults' timed work)


def test_a_parents_initial_paired_with_a_childs_is_the_childs_letter():
    report = _lint("""# Case export
Subject(s): MARSH, Tyler (M) DOB 03/03/2020 [5y]; MARSH, Ruby (F) DOB 11/11/2024 [14m]
COLE, Ryan: Father of T & R, 29. Not in household.

## Outcomes
- O1 T & R are cared for every day by a parent who is not under the influence of drugs.
- O3 R's health and development needs are met (1yr review, imms up to date, safe sleep).
""" + _TAIL)
    assert _rules(report, "F002") == []


def test_a_step_table_under_a_danger_heading_is_the_work():
    report = _lint("""# Plan for Tayla and Mason

## 1. Seeing and hearing violence
**Safety goal.** Tayla and Mason never see or hear violence.

| Step | Who | When | What will we see? |
|---|---|---|---|
| 1.1 Go to every session of the Safer Relationships programme | Craig | Wednesdays for 24 weeks | Programme worker's report to KM |
| 1.2 Supervise Craig's contact with Tayla and Mason at her house | Nanna Sue | Sundays, 2pm to 4pm | Contact sheet signed after every visit |
""" + _TAIL)
    assert len(report.plan.actions) == 2


def test_a_long_lead_in_heading_owns_the_bullets_under_it():
    report = _lint("""# Plan for Isla
## Outcomes
Isla is fed and gaining weight.
## The plan
### Grandma Lynne will:
- Stay overnight on Sam's work nights and do Isla's 2am feed; she writes it on the feed chart.
### Flaxholt Perinatal Mental Health Team (Beth Tully, perinatal CPN, and Dr Anjali Rao, consultant perinatal psychiatrist) will:
- See Jade at home every week for her depression, and write to each core group on whether she is making the changes needed and how long that is likely to take.
""" + _TAIL)
    assert _action(report, "See Jade at home").facts.owner.startswith("Flaxholt Perinatal Mental Health Team")


def test_work_under_other_things_that_need_to_happen_is_work():
    report = _lint("""# Plan for Kai
## Outcomes
Kai is safe at home.
## What I will do
- I will visit Kai every week until the review conference and see him on his own; visit notes within 48 hours.
## Other things that need to happen
- Kai's bedroom door, which was broken on 02/12/2025, will be mended by 06/02/2026. The mended door will be checked at the next home visit.
""" + _TAIL)
    assert [x[:40] for x in _rules(report, "W001")] == ["Kai's bedroom door, which was broken on "]


def test_a_joint_visit_with_the_childrens_social_worker_is_planning_together():
    report = _lint("""# Plan for Ava
Mum: Jo Ashby. Dad: Paul Ashby, under Buttervale CMHT for depression.
## Outcomes
Ava is safe and well cared for.
## Actions
| What | Who | When | How we will know |
|---|---|---|---|
| Joint home visit, so that Paul's care plan and the children's plan are checked together | Sophie Lang (SW) and Ruth Akande (CPN, Buttervale CMHT) | Every four weeks | A joint visit note on both records |
""" + _TAIL)
    assert _rules(report, "H001") == []


def test_a_capitals_value_wrapped_after_a_word_that_cannot_end_it_is_no_heading():
    report = _lint("""CASE PRINT

SECTION 4  ACTIONS
4.05  Find foster carers trained in caring for babies withdrawing from opiates
      RESP ....... JESS PRENTICE (SW), WITH THE FOSTERING TEAM
      DUE ........ CARERS NAMED BY 01/08/2025; AT LEAST 3 WARD VISITS BEFORE
                   DISCHARGE
      DONE WHEN .. Carers named on the case record

4.06  Hold a discharge planning meeting with the SW, the foster carers and the HV
      RESP ....... DR FARAH IQBAL, CONSULTANT NEONATOLOGIST
      DUE ........ AT LEAST 5 DAYS BEFORE DISCHARGE
      DONE WHEN .. Written discharge plan copied to the SW, HV and carers
""", "plan.txt")
    assert [s.heading for s in report.plan.sections if s.heading == "DISCHARGE"] == []
    assert len(report.plan.actions) == 2


_WORRY = """# Child protection plan for Ivy Hart

Mum: Sarah Hart. Dad: Mark Hart.

## Why Ivy has a plan
Ivy (2) was found alone in the street in November.

## Worry 1: Ivy has been left with no sober adult
Sarah drinks in the afternoons and falls asleep.

**What we want instead:** Ivy is always looked after by a sober adult.

## Nursery
We will know Ivy is safer when she is at nursery every day she is booked.

## What will happen
| What | Who | When | How we will know |
|---|---|---|---|
| Visit Ivy at home and see her awake | Tom Hale (SW) | Every week until the review | Visit notes within 48 hours |
""" + _TAIL


def test_what_we_want_instead_of_a_worry_and_how_we_will_know_the_child_is_safer_are_outcomes():
    report = _lint(_WORRY)
    assert [o.text for o in report.plan.outcomes] == ["Ivy is always looked after by a sober adult.",
                                                       "Ivy is safer when she is at nursery every day she is booked."]
    assert _rules(report, "O001") == []


def test_we_will_know_this_is_working_is_no_outcome():
    report = _lint(_WORRY.replace("We will know Ivy is safer when she is at nursery every day she is booked.",
                                  "We will know this is working when the nursery register shows 95%."))
    assert [o.text for o in report.plan.outcomes] == ["Ivy is always looked after by a sober adult."]


def test_a_forms_we_will_know_because_line_is_its_check_not_an_outcome():
    report = _lint(_WORRY.replace("We will know Ivy is safer when she is at nursery every day she is booked.",
                                  "We'll know because .......... the nursery register shows 95% each month."))
    assert [o.text for o in report.plan.outcomes] == ["Ivy is always looked after by a sober adult."]


def test_bilingual_field_labels_name_their_fields():
    report = _lint("""Y CYNLLUN / THE PLAN

RHAN 1 / PART 1: KEEPING SAFE AT HOME
  1.1 Carys Morgan (Mam / Mum) will:
      a) Keep the doors locked and ring 999 straight away if Lee comes to the house.
         O / From ....... 20/01/2026, every day while his bail conditions last
         Gwirio / Check . Carys tells Sioned at each visit; any 999 call is shared with Sioned the next day
""" + _TAIL, "plan.txt")
    action = _action(report, "Keep the doors locked")
    assert action.facts.time_status == "ok" and action.facts.measure_status == "ok"


_PARTS = """# Lily and Alfie's child protection plan

Children: Lily Ferris (7) and Alfie Ferris (3). Mum: Kirsty Ferris.

## What is going well
- Granny Pat sees the children most days.

## Part 1: Getting to school
What will be different: by the Easter holidays Lily gets to school on time every day, having had breakfast.
- Kirsty, you will take Lily to school every Monday, Wednesday and Friday, arriving by 8.45am; the register will show it.
- Granny Pat will take Lily to school every Tuesday and Thursday by 8.45am; the register will show it.

## Part 2: Lily's worries and Alfie's talking
What will be different: by the review Lily can talk about her worries and Alfie uses more words.
- I will do four sessions of worry work with Lily from 20 January, and keep her worry scale in my visit record.
- Tasha, Alfie's key person, will do ten minutes of talking games with Alfie every nursery morning, and count his new words each Friday for me.
""" + _TAIL


def test_a_numbered_part_named_for_a_worry_that_sets_people_to_work_is_work():
    report = _lint(_PARTS)
    assert len(report.plan.actions) == 4


def test_what_will_be_different_opening_a_part_is_its_outcome_not_its_check():
    report = _lint(_PARTS)
    assert [o.text[:30] for o in report.plan.outcomes] == ["by the Easter holidays Lily ge", "by the review Lily can talk ab"]
    assert "What will be different" not in _action(report, "talking games").fields.get("measure", "")


def test_a_stage_banner_in_two_languages_is_the_stages_time_not_work():
    report = _lint("""# Cynllun / Plan
## The plan, stage by stage
Cam 1: Cadw Osian yn ddiogel / Stage 1: Keeping Osian safe now (08/01/2026 to core group 1 on 22/01/2026)

| Pwy / Who | Beth / What | Sut / How we'll know |
|---|---|---|
| Ffion Hughes, social worker | Visit Osian at home and see him on his own | Visit record within 2 working days |
""" + _TAIL)
    assert len(report.plan.actions) == 1
    assert _action(report, "Visit Osian").facts.time_status == "ok"


def test_work_that_goes_on_until_the_move_or_is_handed_on_before_it_is_not_stalled():
    report = _lint("""# Plan for Harley
Harley Whitlock (7). Mum: Jade Whitlock. The family are moving to Brackstone on 20/02/2026.
## Outcomes
Harley is fed and in school every day.
## Actions
| # | Action | Who | When | How we will know |
|---|---|---|---|---|
| 1 | Check in with Harley at 8.50am on Mondays; breakfast club place held for him | KA (DSL) | Every Monday until the move | Check-in notes sent to KB every Friday |
| 2 | Put a warning marker on the flat and pass it to Brackstone's neighbourhood team before the move | SO (police) | By 06/02/2026 | Marker reference e-mailed to KB |
""" + _TAIL)
    assert _rules(report, "X001") == []
