"""Classes met on tuning material of the thirty-fourth pass. All names are invented."""
from test_unseen_layouts_15 import _action, _lint, _rules
from test_unseen_layouts_32 import _LETTER_TO_BOTH


def test_the_mother_of_a_parent_named_only_on_a_parents_line_is_a_grandparent():
    # "Parents: Kayleigh ... and Ryan ..." names the parents as surely as "Dear Kayleigh and Ryan"
    # does, so "Denise (Ryan's mum)" is the children's grandmother, not a third parent
    text = _LETTER_TO_BOTH.replace("Dear Kayleigh and Ryan,", "Dear both,").replace(
        "Kayleigh and Ryan McAllister\n", "Parents: Kayleigh McAllister (33) and Ryan McAllister (35)\n")
    report = _lint(text, name="letter.txt")
    assert set(report.plan.facts.parent_names) == {"Kayleigh", "Ryan"}
    assert "FAMILY_ROLES" in _action(report, "Denise").facts.owner_labels


_TAIL = """
## If things go wrong
If Kim misses her medication, Sam will hold a strategy discussion the same day and Jayden will stay with
his aunt Rose; if Rose cannot have him, a foster carer will be found that day and a legal planning meeting asked for.

## Meetings
Core group every 4 weeks; review conference on 12 June 2025.
"""

_HEAD = """# My plan — Jayden

## Who is in this plan
- **Jayden Rudd**, 9 — in Year 5 at Hill Primary
- **Mum** — Kim Rudd, 31
- **Sam Cole** — your social worker
- **Dr Helen Marsh** — Mum's psychiatrist at the community mental health team

## Why there is a plan
Kim has depression and twice this year took too many tablets.

## What we want for Jayden
- Jayden is looked after by a well adult every day.

## What Jayden says
Jayden said "I like it when Aunt Rose picks me up".

## What will happen
"""


def test_a_list_of_who_is_in_the_plan_is_no_work():
    report = _lint(_HEAD + """- Visit Jayden at home every Tuesday and see him on his own; the visit notes go to each core group. — Sam Cole, your social worker
""" + _TAIL)
    assert [a.text[:5] for a in report.plan.actions] == ["Visit"]
    assert not _rules(report, "M001") and not _rules(report, "T001")


def test_a_name_and_who_they_are_after_the_dash_owns_the_work():
    report = _lint(_HEAD + """- Visit Jayden at home every Tuesday and see him on his own; the visit notes go to each core group. — Sam Cole, your social worker
- See Kim at clinic once a month and write to Sam by 26 September on whether she can stay well enough to care for Jayden and how long that may take. — Dr Helen Marsh, Mum's psychiatrist, Hilltown Community Mental Health Team
""" + _TAIL)
    psychiatrist = _action(report, "See Kim at clinic")
    assert psychiatrist.facts.owner_status == "ok"
    assert psychiatrist.facts.owner.startswith("Dr Helen Marsh")
    assert not _rules(report, "W001")
    assert not _rules(report, "F004")


_KEYED = """CHILD PROTECTION PLAN — AMARA

Who's who: the initials used in this plan
PN: Priya Nandra, social worker, Hilltown Children's Services
LB: Liam Barrow, recovery worker, Hilltown Alcohol Service, Tidewater House
KM: Kwesi Mensah (Dad)

WHY THERE IS A PLAN
Kwesi drinks heavily, mostly at home in the evenings.

WHAT WE WANT FOR AMARA
- Amara is only ever looked after by a sober adult.

WHAT AMARA SAYS
Amara said "When Dad drinks he gets loud".

THE PLAN
| Action | Who | When | How we will know |
|---|---|---|---|
| Reassess Kwesi's drinking and breath-test him at every appointment | LB | By 18/09/2025, then twice a week | Test results sent to PN every Friday |
| Write to each core group on whether Kwesi is making the changes Amara needs | LB | Before each core group | Written report on PN's file |
| Visit Amara at home and see her on her own | PN | Every Thursday | Amara's own words in every visit record |
""" + _TAIL.replace("## ", "").replace("Kim", "Kwesi").replace("Jayden", "Amara")


def test_initials_a_key_gives_with_a_colon_name_the_adult_service():
    # "LB: Liam Barrow, recovery worker, Hilltown Alcohol Service": LB owns the alcohol service's work
    report = _lint(_KEYED, name="plan.txt")
    assert not _rules(report, "F004")


def test_everyone_told_apart_only_by_what_they_do_is_nobody_in_particular():
    report = _lint(_HEAD.replace("## What will happen\n", "") + """## What will happen
| What | Who | When | How we will know |
|---|---|---|---|
| Look out for signs that Kim is drinking around Jayden | Everyone visiting the home | At every visit | Each visit note records whether Kim was sober |
| Check Jayden's attendance every morning | Everyone at Hill Primary | Every school day | The register shows 95% or more |
""" + _TAIL)
    vague = _rules(report, "W002")
    assert any("Look out for signs" in e for e in vague)
    assert not any("attendance" in e for e in vague)


def test_adult_psychological_therapies_is_a_mental_health_service():
    report = _lint(_HEAD + """- Visit Jayden at home every Tuesday and see him on his own; the visit notes go to each core group. — Sam Cole, your social worker
- Do: Trauma-focused therapy for Kim's PTSD · Who: Hilltown Adult Psychological Therapies · When: 12 weekly sessions from 06/10/2025 · We'll see: attendance letters sent to Sam
""" + _TAIL)
    assert any("Trauma-focused therapy" in e for e in _rules(report, "H001"))


def test_a_column_of_work_and_who_reads_the_doer_after_the_dash():
    report = _lint(_HEAD.replace("## What will happen\n", "") + """## What will happen
| No. | What we will do — and who | When | We will know this is working because… |
|---|---|---|---|
| 1 | Visit Jayden at home and see him on his own — Sam Cole, SW | Weekly from 03/09/2025 | …Jayden's own words are in every visit record |
| 2 | Keep an eye on Jayden at weekends and tell the SW of any worries — Kim's family | Every weekend | …Aunt Rose texts the SW each Sunday |
| 3 | Counselling for Jayden at the school wellbeing hub to be arranged | By 30/09/2025 | …the hub's register shows Jayden at six sessions |
""" + _TAIL)
    assert _action(report, "Visit Jayden").facts.owner == "Sam Cole, SW"
    assert any("Keep an eye on Jayden" in e for e in _rules(report, "W002"))
    missing = _rules(report, "W001")
    assert any("Counselling for Jayden" in e for e in missing)
    assert not any("Visit Jayden" in e or "Keep an eye" in e for e in missing)


def test_a_column_per_date_gives_each_filled_cell_its_date():
    # "By 31 July 2025 | By 30 September 2025": each cell says what is done by its column's date
    report = _lint(_HEAD.replace("## What will happen\n", "") + """## What will happen
| Action and lead | By 31 July 2025 | By 30 September 2025 |
|---|---|---|
| Write a family safety plan with Jayden and Kim. Lead: Sam Cole, SW | Plan written and signed; a copy on the fridge | Jayden can tell Sam the plan without looking when asked at a visit |
| Check Jayden's attendance and phone Sam if he is not in. Lead: Mr Hale, DSL | Summer plan agreed with Jayden | Register shows 95% attendance or more |
""" + _TAIL)
    assert not _rules(report, "T001")
    assert _action(report, "family safety plan").facts.time_status == "ok"


def test_a_stage_heading_with_its_deadline_gives_its_items_a_time():
    # "Weeks 1 and 2: by Friday 01/08/2025", "WEEKS 3-6 (TO 03/10/2025)", "Every week until the
    # review conference on ...": the stage says when the work under it is due
    report = _lint(_HEAD.replace("## What will happen\n", "") + """## What will happen

### Weeks 1 and 2: by Friday 01/08/2025
- Sam Cole (SW) will see Jayden at home twice and talk with him on his own; his visit notes say what Jayden said.

### WEEKS 3-6 (TO 29/08/2025)
- Dr Helen Marsh will write to Sam on whether Kim can care for Jayden, with the letter on Jayden's file.

### Every week until the review conference on 14/10/2025
- Kim will take Jayden to his football club, and the coach signs the register.
""" + _TAIL)
    assert not _rules(report, "T001")
    assert all(a.facts.time_status == "ok" for a in report.plan.actions)


def test_a_line_over_a_worrys_actions_says_how_each_is_checked():
    report = _lint(_HEAD.replace("## What will happen\n", "") + """## What will happen

### Worry 1: Jayden misses school when Kim is unwell

**We will know this is working when** the school register shows Jayden at 95% or more every half term.

- Kim will take Jayden to school by 8.45am every weekday.
- Hill Primary (Mrs Lee, DSL) will phone Sam by 9.30am on any day Jayden is not in, and log the call.

### Worry 2: Jayden's teeth are decaying

**We will know this is working when** Jayden's progress is kept under review at core group.

- Kim will take Jayden to the dentist by 12/09/2025.
""" + _TAIL)
    assert not _rules(report, "M001")
    assert any("dentist" in e for e in _rules(report, "M002"))  # the only check said is "kept under review"
    assert not any("We will know" in a.text for a in report.plan.actions)
    assert not any("Hill Primary" in e for e in _rules(report, "M002"))  # its own check ("log the call") stands


def test_a_goal_banner_row_says_how_the_rows_under_it_are_checked():
    report = _lint(_HEAD.replace("## What will happen\n", "") + """## What will happen
| No. | Action | Lead | When |
|---|---|---|---|
| Goal 1: Jayden is cared for by a well adult every day. How we will check: Jayden is seen clean and fed at every visit. | | | |
| 1.1 | Visit Jayden at home, one visit in three unannounced | Sam Cole, SW | Every week from 11/08/2025 |
| 1.2 | Look after Jayden overnight if Kim is unwell | Rose Rudd (aunt) | Every time Kim rings her |
""" + _TAIL)
    assert not _rules(report, "M001") and not _rules(report, "U001")
    assert [a.facts.measure_status for a in report.plan.actions] == ["ok", "ok"]


def test_fields_typed_on_one_line_are_each_read():
    report = _lint("""CHILD PROTECTION PLAN - JAYDEN

WHAT WE WANT FOR JAYDEN
- Jayden goes to school every day.

WHAT JAYDEN SAYS
Jayden said "I like football".

ACTIONS
4.4  All staff to keep an eye on Jayden's mood and appearance in every lesson.
     Who: all staff.  When: every lesson.

4.5  Referral to the school counsellor for Jayden.
     Who: KA.  When: by October half-term (24/10/2025).  Evidence: -
""" + _TAIL.replace("## ", ""), name="plan.txt")
    assert any("All staff" in e for e in _rules(report, "W002"))
    assert not _rules(report, "T001")
    assert any("school counsellor" in e for e in _rules(report, "M001"))


def test_who_then_when_over_a_list_gives_both():
    report = _lint(_HEAD.replace("## What will happen\n", "") + """## What will happen
Kim and Lee will, every day from 05/08/2025:
- make up Jayden's packed lunch and write it on the chart on the fridge, which Sam checks at every visit;
- keep the flat warm and clean, with the dog kept out of the kitchen, as seen at every unannounced visit.
""" + _TAIL)
    assert not _rules(report, "T001")
    assert not _rules(report, "M001")


def test_a_babys_heading_over_what_was_seen_of_her_is_her_voice():
    report = _lint("""# Pre-birth plan for baby Pike

## What we know about baby so far
Baby can't tell us anything yet, so this is what we have seen. Her 28-week scan showed her growing on the 10th
centile. Baby has been exposed to methadone all through the pregnancy and may withdraw after birth. From the day
she is born, every professional will write down how she feeds, settles and responds to Jade and Lewis.

## What we want for baby
- Baby is born safely and goes home to sober parents.

## The plan
- Sam Cole (SW) will visit Jade every week until the birth, with visit notes on file.
""" + _TAIL)
    assert not _rules(report, "F003")


def test_a_service_a_childs_plan_explains_and_its_nurse_are_an_adult_service():
    report = _lint("""# My plan — for Maddie

## Who's who in your plan
- **Jo Hartley** — your social worker.
- **Dev Patel** — Mum's nurse at Horizons. Horizons is the name of the team of nurses and doctors in
  Hilltown who help grown-ups who are poorly in their mind, like Mum.

## Why there is a plan
Mum has been very poorly with depression since the spring.

## What you told us
You told Jo: "I worry about Mum when I'm at school."

## What we want for you
- You get to school on time every day and have tea every night.

## What will happen
- **Dev** will visit Mum at home every Monday and by 26/09/2025 will write to Jo to say whether Mum is getting
  well enough to look after you, and how long that might take. We'll know because Jo gets Dev's letter.
- **Jo** will visit you every week and see you on your own; her notes say what you told her.
""" + _TAIL)
    assert not _rules(report, "F004")


def test_the_difference_this_will_make_column_holds_the_outcomes():
    report = _lint(_HEAD.split("## What we want for Jayden")[0].replace("## What will happen\n", "") + """## What Jayden says
Jayden said "I like it when Aunt Rose picks me up".

## The plan
| The difference this will make for Jayden | What will happen | Who | By when | How we will know |
|---|---|---|---|---|
| Jayden gets to school on time every day. | Walk Jayden to school each morning | Rose Rudd (aunt) | Every school day from 08/09/2025 | The register shows him in by 8.50am |
| Jayden gets to school on time every day. | Phone Sam by 9.30am if Jayden is not in | Mrs Lee, DSL | Every school day | Each call logged on the school's system |
""" + _TAIL)
    assert not _rules(report, "O001")
    assert any("on time every day" in o.text for o in report.plan.outcomes)


def test_an_underlined_heading_may_carry_a_gloss_after_a_dash():
    report = _lint("""CHILD PROTECTION PLAN - KEZIA

WHAT KEZIA HAS TOLD US
----------------------
Kezia said she is "tired all the time".

WHAT WE WANT TO BE DIFFERENT - IN KEZIA'S AND TOM'S OWN WORDS
-------------------------------------------------------------
Kezia:  "I want to go to school every day and not worry about Mum."
Tom:    "I want to go to football on Saturdays like I used to."

WHAT WILL HAPPEN
----------------
1.  Visit Kezia at home every week and see her on her own.
    Who: Sunita Gill (SW)
    When: Every week from 09/10/2025
    How we'll know: Visit records with Kezia's own words
""" + _TAIL.replace("## ", ""), name="plan.txt")
    assert any(s.kind == "outcomes" for s in report.plan.sections)
    assert not _rules(report, "O001")


def test_what_was_seen_of_a_baby_who_cannot_say_is_his_voice():
    report = _lint("""# Callum's child protection plan

## What we have seen of Callum's life
Callum cannot tell us what his days are like, so this is what we have seen. He does not cry much, even when
he has gone a long time without a feed. When Stuart talks to him he turns to his voice and holds his finger.
When there was shouting on my visit he startled and stared, and did not settle for twenty minutes.

## Our hopes for Callum
- Callum is fed every four hours and gains weight.

## What will happen
- Sam Cole (SW) will visit Callum every week, with visit notes on file.
""" + _TAIL)
    assert not _rules(report, "F003")


def test_a_written_view_sent_to_the_meeting_and_an_initialled_calendar_are_checks():
    report = _lint(_HEAD + """- Dr Helen Marsh will review Kim's medication at clinic on 02/09/2025 and send the core group a written view of her capacity to change.
- Aunt Rose will stay every night that Kim works a night shift and will initial the family calendar each morning.
""" + _TAIL)
    assert not _rules(report, "M001")


def test_a_bulleted_front_sheet_under_the_plans_title_is_no_work():
    report = _lint("""# Hilltown Youth Justice Service

## Intervention and Safety Plan — Jayden Rudd

*Referral Order contract and child protection plan in one document. Written with Jayden and his mum at
the YJS office on Tuesday 05/08/2025.*

- **Young person:** Jayden Rudd, 15 (DOB 14/03/2010)
- **Lives with:** Kim Rudd (mum), 40 Kestrel Rise, Hilltown
- **Order:** 9-month Referral Order, Hilltown Youth Court, 22/07/2025
- **AssetPlus:** completed 01/08/2025; safety and wellbeing HIGH

## What we want for Jayden
- Jayden is safe from the people who exploit him and goes to school every day.

## What Jayden says
Jayden said "I want to get my football back".

## What will happen
- Sam Cole (YJ officer) will see Jayden every Tuesday at the YJS office; each session is logged on ChildView.
""" + _TAIL)
    assert [a.text[:3] for a in report.plan.actions] == ["Sam"]


def test_fields_run_together_under_ordinary_labels_are_each_read():
    report = _lint("""CHILD PROTECTION PLAN - KYLE

[OUTCOMES]
O1 Kyle has food, clean clothes and a clean home every day.

[CHILD'S VIEWS]
Kyle said "I want to go to Dad's more".

[ACTIONS] Fields: Action / Who / When / Check
04 Action: Weekly sessions for Kim's anxiety and panic attacks Who: Hilltown Talking Therapies When: weekly from 29/09/2025 Check: attendance sheet sent to SW monthly
08 Action: Refer Kyle to Hilltown Young Carers for a carer's assessment Who: When: by 10/10/2025 Check: acceptance letter on file
10 Action: Three sessions of direct work with Kyle using his worry book Who: SW (Jo Hart) When: all by 31/10/2025 Check: worry book pages scanned to the case file
""" + _TAIL.replace("## ", ""), name="plan.txt")
    assert any("Weekly sessions" in e for e in _rules(report, "H001"))
    assert [e for e in _rules(report, "W001")] and all("Refer Kyle" in e for e in _rules(report, "W001"))
    assert not _rules(report, "M001")
