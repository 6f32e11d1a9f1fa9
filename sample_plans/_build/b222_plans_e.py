"""Batch 222, module e: seven fictional plans (tuning material), places beginning with "e".

Batch: 222. Letter: e. Split: tune (every plan).

Everything here is made up: babies, children, young people, parents,
relatives, professionals, wards, schools, surgeries, services, hospitals and
councils (Emmersdale, Everholt, Elmfold, Eskhaven, Eastwhistle, Elsborough,
Ebblecote, Ellerbrook, Edenmarsh, Ermsworth, Edmundsholt). Any resemblance
to real people, places or cases is a coincidence. The labels were written by
hand from docs/rules.md and the conventions in sample_plans/README.md
(conventions 1 to 13), without running planlint or reading its code.

Focus: plans written by one agency, or for one part of the child's life.
Each plan is the child protection plan as a particular writer or setting
shapes it, in that setting's layout, voice, roles and rhythm: a neonatal
unit's joint care plan for a baby looked after in hospital (feeds, weights,
withdrawal scores, visits to the ward, discharge), a primary school DSL's
"team around" plan (gate check-in, breakfast club, lunches, CPOMS), an adult
community mental health team's CPA care plan joined to the children's plan
(the team's view of the mother's potential for change, the steps and the
likely timescale), a drug and alcohol service's case-system print of a
father's recovery care plan with a family addendum, a youth justice and
contextual safeguarding plan written partly to a 14-year-old ("you"), a
transfer handover plan saying who holds what until the receiving council's
conference, and a core group's minutes with the updated plan (carried over,
changed, new, and done for the record). Owners are that setting's roles
("Ruby's nurse on each shift", "nurse in charge", "DSL", "care coordinator",
"key worker", "recovery worker"); times are in its rhythm ("at every feed",
"Monday and Thursday night shifts", "every school day at 8.40am", "at each
CPA review", "within 3 working days of Ruby's last morphine dose"); checks
are in its records (feeding and NAS charts, weights plotted on the centile
chart, the unit's visiting log, registers, CPOMS summaries sent to a named
worker, RiO notes, breath test photos, drug screens, GAD-7 scores).

1. Emmersdale (docx, exemplary): the neonatal unit's joint care and child
   protection plan for a 4-week-old baby born at 34 weeks with neonatal
   abstinence syndrome, accommodated under section 20 while on the unit;
   details, the plan's reason, "Ruby's day on the unit" as the nurses see
   it, the parents' words, outcomes, then one table (What will happen / Who
   / When / Recorded in) under banner rows for feeding, withdrawal care,
   seeing Ruby on the unit, the mother's recovery and leaving hospital; the
   social worker visits twice a week, the recovery service reports on the
   mother's prospects of change, the great-aunt's care has a fallback and
   legal planning follows named triggers.
2. Everholt / Elmfold Primary (md): the school DSL's part of the plan for
   an 8-year-old (neglect): her one-page profile, what staff have noticed,
   outcomes, "What school will do" and "The team around Kayla" tables.
   Faults: the lunchtime nurture group "when Kayla feels ready" (T002); the
   Thrive referral with "-" for its When (T001); the class teacher's
   watching measured by "keep an eye on" (M002); the school nurse's check
   with "-" for its measure (M001); "Everyone in the team around Kayla"
   sharing worries (W002); Nan's two parts with no fallback (C003); and
   nothing on legal planning (R002).
3. Eskhaven (pdf, header and footer, exemplary): the community mental
   health team's CPA care plan for a mother with bipolar disorder, joined to
   her children's plan (8 and 2): relapse signature, the children's words
   and days, the team's view of her potential for change (the steps and
   the likely timescale), then numbered rows under CPA banners, each saying
   what it means for Mia and Jayden; every mental health row reports on
   capacity to change.
4. Elsborough (txt): a drug and alcohol service's case-system print of a
   father's recovery care plan with a family addendum for his children (11
   and 6). Faults: six of ten actions are his own treatment with "-" in the
   "Link to children" field (F001); an outcome about the father only
   (F002); the talking therapies service's anxiety sessions only treat him
   (H001); his mutual aid group measured by "Engagement with the group"
   (M002); the peer mentor referral "as and when Wayne is ready" (T002);
   and a contingency of "further concerns" and a review (C002).
5. Ebblecote (md, exemplary): a youth justice and contextual safeguarding
   plan written partly to a 14-year-old girl at risk of sexual exploitation
   ("you" is Shannon): her part and her family's, the workers' part, and a
   table of the places (the bus interchange, the skate park, the car park
   top deck) and what will change there.
6. Ellerbrook to Edenmarsh (docx): a transfer handover plan for a 6-year-old
   and a 20-month-old who moved to a refuge in another council's area after
   domestic abuse, with a "Who holds what until the transfer-in conference"
   table. Faults: the parenting assessment handed to the receiving council
   (X001); the Freedom Programme put off until the family "are settled"
   (X001, T002); a school place requested in the passive with "-" for who
   (W001); the IDVA's safety planning with "-" for evidence (M001); an
   outcome about the mother only (F002); and a transfer-in conference "date
   to be confirmed" with no review conference (R001).
7. Ermsworth (pdf, header and footer, exemplary): core group 3 minutes for a
   15-week-old baby whose weight fell from the 50th to the 9th centile and
   his 5-year-old sister (neglect): attendance, each agency's update, the
   children's news, "Done since core group 2 (for the record)", then the
   live plan with a status column (CARRIED OVER, CHANGED, NEW) and its own
   Who / When / How we'll know cells; the grandmother's bedtimes and clinic
   trips have a fallback.

Four plans (1, 3, 5 and 7) are exemplary: every live action has a named
owner, a real timescale and something that can be seen, counted or read;
every outcome is about the child; each contingency has specific triggers
and concrete protective responses and says what happens if a relative's
help fails; each records the child's words or observed day, core group
dates and a dated review conference, and a legal planning meeting after
named triggers; where a parent is ill or uses drugs an adult service owns
actions, and every adult mental health row reports on the parent's
capacity to change and how long it is likely to take; the baby looked
after in hospital is visited at a stated frequency. The three faulty plans
hold 20 expected findings between them (7, 6 and 7).

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows excepted) and each live row of the core
group's updated plan counts once, whatever number of sentences it holds.
Details and who's who tables, reasons for the plan, the children's days
and words, the parents' words, relapse signatures, the mental health
team's view of the potential for change, what staff have noticed, agency
updates in minutes, "done for the record" lists, outcomes, contingencies,
legal planning and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


def band(text, ncols):
    """A banner row across a docx table: one cell merged over every column."""
    return [text] + [H] * (ncols - 1)


# ---------------------------------------------------------------------------
# 1. Neonatal unit joint care and child protection plan for a baby looked
#    after in hospital. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_emmersdale_neonatal_unit_joint_care_cp_plan_cartwright.docx",
    "doc_title": "Neonatal Unit Joint Care and Child Protection Plan - Ruby Cartwright",
    "split": "tune",
    "actions": 16,
    "template": "neonatal-unit-joint-care-and-cp-plan-docx-unit-and-council-heading-details-table-why-ruby-has-a-plan-rubys-day-on-the-unit-what-kayleigh-and-connor-say-going-well-what-we-want-for-ruby-then-one-table-what-will-happen-who-when-recorded-in-under-banner-rows-feeding-withdrawal-seeing-ruby-on-the-unit-recovery-leaving-hospital-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary joint plan written by the neonatal unit and the social worker for a 4-week-old baby "
        "born at 34 weeks with neonatal abstinence syndrome (her mother is on a methadone script and "
        "used heroin and cocaine on top in pregnancy), accommodated under section 20 while she is "
        "weaned off morphine, and being assessed to go home with her great-aunt. After details, the "
        "reason for the plan, 'Ruby's day on the unit' as the nurses see it and the parents' words, one "
        "table (What will happen / Who / When / Recorded in) runs under banner rows: feeds at every feed "
        "on the feeding chart, weights on Monday and Thursday night shifts plotted on the centile chart, "
        "withdrawal scores and morphine weaning, visits to the unit (the social worker every Tuesday and "
        "Friday, the parents and great-aunt on set days, logged by the nurse in charge), the recovery "
        "service's weekly screens and written view of the mother's prospects of change, and discharge "
        "planning. The contingency covers intoxicated visitors, removal from the unit, relapse and the "
        "great-aunt's assessment failing, with a legal planning meeting after named triggers; core "
        "group, looked-after review and review conference dates are set."
    ),
    "blocks": [
        ("title", "Neonatal Unit Joint Care and Child Protection Plan"),
        ("p", "Neonatal Unit, Emmersdale General Hospital (Emmersdale Teaching Hospitals NHS Trust), with "
              "Emmersdale City Council Children's Services."),
        ("p", "This plan joins Ruby's care plan on the unit to her child protection plan, so that the nurses, "
              "doctors, her family and the social worker work from one document. It was written by Jo "
              "Kettering (Ruby's named nurse) and Megan Holt (social worker) on 16/01/2026, two days after "
              "the initial child protection conference, and agreed with Kayleigh, Connor and Lorraine at "
              "Ruby's cot side. The nurse in charge keeps a copy in Ruby's notes at the cot."),
        ("table", {
            "rows": [
                ["Baby", "Ruby Cartwright, born 29/12/2025 at 34+2 weeks, birth weight 2.05 kg (25th centile). "
                         "Cot 7, Nursery 2 (special care)."],
                ["Legal status", "Accommodated under section 20 since 02/01/2026, with Kayleigh's and "
                                 "Connor's written agreement. Child protection plan (neglect) since the "
                                 "initial conference on 14/01/2026."],
                ["Mother", "Kayleigh Cartwright (23), 8 Pelham Walk, Emmersdale EM6 3RT. On a "
                           "supervised methadone script (60 ml daily) from Emmersdale Recovery Service."],
                ["Father", "Connor Lowe (26), scaffolder, lives with Kayleigh. His hair strand test on "
                           "09/01/2026 was clear of drugs."],
                ["Great-aunt", "Lorraine Pike (52), Kayleigh's aunt, 14 Copse Lane, Emmersdale; being "
                               "assessed as Ruby's connected-person foster carer."],
                ["Unit staff", "Dr Priya Raman (consultant neonatologist); Jo Kettering (named nurse); "
                               "Helen Marsh (neonatal discharge coordinator); Beth Adeyinka (named nurse "
                               "for safeguarding children)"],
                ["Social worker", "Megan Holt, Baby and Infant Team (team manager: Sarah Quinlan)"],
                ["Others", "Tom Fenwick (key worker, Emmersdale Recovery Service); Sinead Barr (health "
                           "visitor, Emmersdale 0-19 Service); Gemma Tully (assessing social worker, "
                           "Emmersdale Fostering Service); Richard Osei (chair and IRO)"],
            ],
            "widths": [3.6, 13.4],
            "bold_first_col": True,
        }),
        ("h1", "Why Ruby has a plan"),
        ("p", "Kayleigh has used heroin since she was 17 and has been on a methadone script since 2023. In "
              "pregnancy her urine screens at 20 and 30 weeks showed cocaine and heroin on top of her script, "
              "and she missed five antenatal appointments. Ruby was born early at 34+2 weeks. From her second "
              "day she had tremors, a high-pitched cry, loose stools and poor feeding, and she was started on "
              "oral morphine for neonatal abstinence syndrome. Kayleigh and Connor agreed on 02/01/2026 that "
              "Ruby would be accommodated while she is on the unit and while Lorraine is assessed, so that she "
              "does not go home until the adults around her can keep her safe."),
        ("h1", "Ruby's day on the unit"),
        ("p", "From the nursing notes and what Jo and Megan have seen: Ruby wakes about every three hours and "
              "cries to be fed. She takes 45 to 50 ml from a bottle, slowly, and needs winding halfway. When "
              "her withdrawal scores are high she sneezes, yawns and stiffens, and she settles best swaddled "
              "in a dim cot with a hand on her chest. She is calmest skin-to-skin: on 12/01/2026 she slept for "
              "two hours on Kayleigh's chest. She turns to Lorraine's voice when Lorraine hums to her. On the "
              "three days in the last fortnight when nobody from her family came, the nurses gave all her "
              "feeds and noted that she was unsettled in the evening."),
        ("h1", "What Kayleigh and Connor say"),
        ("p", "Kayleigh: \"I know I messed up in the pregnancy. I want her home with me, but I'd rather she's "
              "with Lorraine than with strangers.\" \"The nurses are teaching me her feeds, I'm getting "
              "good at it.\" Connor: \"I'm at work all day but I'll be here every night I can. She looks "
              "like my mum.\" Both said they find the tests and the visiting log \"embarrassing\" but agreed "
              "to them."),
        ("h1", "What is going well"),
        ("bullets", [
            "Ruby's morphine has come down from 40 to 25 micrograms/kg every four hours since 05/01/2026.",
            "Kayleigh has come to the unit on 11 of the last 14 days and does Ruby's cares gently.",
            "Kayleigh's screens on 05/01/2026 and 12/01/2026 showed only her prescribed methadone.",
            "Lorraine has visited four times and has already been signed off for bathing Ruby.",
        ]),
        ("h1", "What we want for Ruby"),
        ("numbers", [
            "Ruby feeds well from a bottle and gains weight, so that she is back on the 25th centile before "
            "she leaves hospital.",
            "Ruby is weaned off morphine and her withdrawal is settled, with scores under 8 for 72 hours.",
            "Ruby is held, fed and talked to by the people who love her on most days, and knows their voices.",
            "Ruby leaves hospital to a home where the adults are free of illegal drugs and can feed, settle "
            "and protect her day and night.",
        ]),
        ("h1", "The plan"),
        ("p", "\"Recorded in\" says where anyone can check that the action is happening. The nurse in charge "
              "reads this table at every shift handover."),
        ("table", {
            "header": ["What will happen", "Who", "When", "Recorded in (how we will know)"],
            "widths": [6.6, 3.4, 3.3, 3.7],
            "rows": [
                band("Feeding and growth", 4),
                ["Feed Ruby by bottle, responding to her hunger cues but at least every 3 hours, and write "
                 "down each volume; when Kayleigh or Lorraine is on the unit they give the feed with the nurse",
                 "Ruby's nurse on each shift",
                 "At every feed, day and night",
                 "Feeding chart; 24-hour total checked at the 8am ward round (target 150 ml/kg/day or more)"],
                ["Weigh Ruby naked before a feed and plot her weight on her UK-WHO centile chart",
                 "Night nurse caring for Ruby",
                 "Monday and Thursday night shifts until discharge",
                 "Weight plotted on the centile chart in her notes; Megan copies it into her visit record"],
                ["Teach Kayleigh and Lorraine to make up and sterilise feeds, wind Ruby, read her hunger and "
                 "tired cues and bath her, signing each skill off once it has been seen three times",
                 "Jo Kettering, named nurse",
                 "At each of their visits; all skills signed off by 06/02/2026",
                 "Parent and carer competency checklist in Ruby's notes, copied to Megan each week"],
                band("Withdrawal care", 4),
                ["Score Ruby's withdrawal on the Finnegan chart before each feed, and wean her morphine by 10% "
                 "every 48 hours while her scores stay under 8",
                 "Dr Priya Raman, consultant neonatologist",
                 "Scores before every feed; weaning decided at the daily ward round",
                 "NAS chart and the ward round entry; Ruby off morphine with scores under 8 for 72 hours"],
                ["Hold Ruby skin-to-skin or swaddled in a dim cot after cares, as Jo has shown her, instead of "
                 "passing her round visitors",
                 "Kayleigh",
                 "At each visit",
                 "Ruby's next score on the NAS chart; the nurse notes how Ruby settled in the visiting log"],
                band("Seeing Ruby on the unit", 4),
                ["Visit Ruby on the unit, see her being fed or bathed, and talk with the nurse in charge about "
                 "her weight, scores and visitors",
                 "Megan Holt, social worker",
                 "Every Tuesday and Friday until discharge",
                 "Visit record on Ruby's file within 24 hours, noting what Megan saw of Ruby's care"],
                ["Visit Ruby every day between 10am and 8pm, ring the unit if she will be late, and do Ruby's "
                 "cares and at least two feeds",
                 "Kayleigh",
                 "Every day",
                 "Unit visiting log, signed by the nurse in charge each shift and sent to Megan every Monday"],
                ["Visit Ruby after work, with Kayleigh or on his own, and do her evening feed",
                 "Connor Lowe (dad)",
                 "Monday, Wednesday and Friday evenings from 6pm",
                 "Unit visiting log and the feeding chart entry he initials"],
                ["Visit Ruby to learn her care before she goes to live with her",
                 "Lorraine Pike (great-aunt)",
                 "Every Wednesday and Saturday afternoon until discharge",
                 "Unit visiting log; her skills signed off on the competency checklist"],
                ["Check every visitor against Ruby's visiting list at the door, and make sure Ruby does not "
                 "leave the unit with anyone but unit staff",
                 "Nurse in charge",
                 "Each shift",
                 "Visiting list signed at each handover; any breach logged and reported to Megan and "
                 "hospital security the same day"],
                band("Kayleigh's recovery, for Ruby", 4),
                ["Keep Kayleigh's supervised methadone going, test her urine each week and send the results "
                 "to Megan; give a written view of whether Kayleigh can stay off heroin and cocaine, what still "
                 "has to change and how long that is likely to take before she could care for Ruby",
                 "Tom Fenwick, key worker, Emmersdale Recovery Service",
                 "Screens every Monday, results to Megan by Friday; written view by 20/02/2026",
                 "Screen results on Ruby's file; Tom's written view shared at core group 3"],
                ["Give a urine sample at the Recovery Service and go to her key work session, so that she can "
                 "show she is ready to care for Ruby",
                 "Kayleigh",
                 "Every Monday at 9.30am",
                 "Tom's attendance record and the screen results, sent to Megan each week"],
                band("Getting ready for Ruby to leave hospital", 4),
                ["Complete Lorraine's connected-person (Regulation 24) assessment: a visit to her home, DBS "
                 "checks, a health check and references",
                 "Gemma Tully, assessing social worker, Emmersdale Fostering Service",
                 "By 06/02/2026",
                 "Assessment report and the agency decision maker's decision, on Ruby's file"],
                ["Complete Ruby's initial health assessment as a child looked after",
                 "Dr Anil Bhatt, community paediatrician (looked-after children)",
                 "By 30/01/2026, and before discharge",
                 "Health assessment report and health plan sent to Megan and Richard Osei"],
                ["Hold a discharge planning meeting with Kayleigh, Connor, Lorraine, Megan and Sinead, and "
                 "write Ruby's discharge plan",
                 "Helen Marsh, neonatal discharge coordinator",
                 "Within 3 working days of Ruby's last morphine dose, and at least 5 days before discharge",
                 "Written discharge plan (date, follow-up appointments, carers' skills, first week's visits) "
                 "sent to Megan, Sinead and the GP"],
                ["Meet Lorraine at her home before Ruby comes out, then see and weigh Ruby at home",
                 "Sinead Barr, health visitor",
                 "Before discharge; then weekly for the first 6 weeks at home",
                 "Weights in Ruby's red book and on her centile chart; visit notes shared with Megan"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kayleigh or Connor arrive on the unit appearing under the influence of drugs or alcohol, or "
            "are aggressive, the nurse in charge will not let them hold or feed Ruby, will ask them to leave "
            "(calling hospital security if needed), and will ring Megan, or the Emergency Duty Team out of "
            "hours, the same day.",
            "If anyone tries to take Ruby off the unit, the nurse in charge rings 999 and hospital security "
            "at once. If Kayleigh or Connor say they are withdrawing their section 20 agreement, the nurse in "
            "charge rings Megan or the Emergency Duty Team straight away and Sarah Quinlan seeks an emergency "
            "protection order the same day.",
            "If Kayleigh's screen shows heroin or cocaine again, or she misses three visits in one week, Megan "
            "tells Sarah Quinlan the same day and Sarah holds a legal planning meeting within 5 working days "
            "to decide whether to start PLO pre-proceedings or apply for a care order.",
            "If Lorraine's assessment is not approved, or she decides she cannot care for Ruby, Ruby stays on "
            "the unit until the Emmersdale placement team finds her a foster placement, and is discharged "
            "there; Lorraine can still visit her.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every two weeks in the unit's parents' room, Thursdays at 2pm: 29/01/2026, 12/02/2026 "
            "and 26/02/2026.",
            "Looked-after review (Richard Osei, IRO): 28/01/2026 at 11am on the unit.",
            "Review child protection conference: 08/04/2026 at 10am, Emmersdale Civic Centre.",
        ]),
        ("p", "Agreed at Ruby's cot side on 16/01/2026 by Kayleigh Cartwright, Connor Lowe, Lorraine Pike, Jo "
              "Kettering and Megan Holt."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. A primary school DSL's part of the plan: "What school will do" and
#    "The team around Kayla". Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_elmfold_primary_dsl_team_around_plan_hughes.md",
    "split": "tune",
    "actions": 16,
    "template": "primary-school-dsl-safeguarding-support-plan-md-school-heading-details-table-kaylas-one-page-profile-why-kayla-has-a-plan-what-staff-have-noticed-table-going-well-what-we-want-for-kayla-then-what-school-will-do-table-what-staff-when-how-well-know-then-team-around-kayla-table-what-who-when-how-well-know-then-if-we-are-worried-meetings",
    "description": (
        "The designated safeguarding lead's plan for an 8-year-old girl in Year 4 on a child protection "
        "plan for neglect (arriving late, hungry and in unwashed uniform, left with her 13-year-old "
        "brother before school while her mother works early shifts): a one-page profile in her words, "
        "what staff have noticed, outcomes, then 'What school will do' (gate check-in with her key adult, "
        "breakfast club, first-day calling, uniform, lunches, Thrive, the school nurse, CPOMS summaries to "
        "the social worker) and 'The team around Kayla' (the social worker, her mother, her nan, the "
        "family hub). Faults: the lunchtime nurture group 'when Kayla feels ready'; the Thrive referral "
        "with '-' for When; the class teacher's watching measured by 'keep an eye on'; the school nurse's "
        "check with '-' for its measure; 'Everyone in the team around Kayla' sharing worries; Nan's walks "
        "and teas with no fallback if she cannot; and nothing on legal planning."
    ),
    "text": """\
# Elmfold Primary School

## Safeguarding support plan: our part of Kayla's child protection plan

Written by Mrs Andrea Nuttall (designated safeguarding lead) with Kayla's key adult, Mrs Leah Gardiner,
after the initial child protection conference on 13/01/2026. Shared with Everholt Council Children's
Services, Kayla's mum and the team around Kayla on 16/01/2026.

| | |
|---|---|
| **Pupil** | Kayla Hughes, born 04/05/2017 (8), Year 4, Mr Reeve's class (Hazel) |
| **Home** | 22 Larch Road, Everholt EV2 7NS, with Mum (Stacey Hughes, 33) and brother Brandon (13, Year 8 at Everholt Park Academy) |
| **Nan** | Maureen Hughes, 5 Orchard Walk, a five-minute walk from school |
| **Social worker** | Tasha Morgan, Everholt Council Children's Services |
| **Plan** | Child protection plan, category neglect, from 13/01/2026 |
| **Key adult** | Mrs Leah Gardiner, learning mentor (the Sunflower Room) |
| **DSL** | Mrs Andrea Nuttall (deputy DSL: Mr Simon Fry) |

### All about me (Kayla's one-page profile, done with Mrs Gardiner on 15/01/2026)

**What people like about me:** "I'm kind. I'm good at drawing horses. I help Brandon."

**What's important to me:** "My mum, my nan and my guinea pig Biscuit. Having my own pencil case. Not
being last in the line."

**How to help me:** "Don't say about my clothes in front of everyone. Let me have toast when I get in.
Let me sit near the window."

Kayla told Mrs Gardiner: "Mum goes to work in the dark. Brandon wakes me up but sometimes he forgets."
"I'm hungry in the morning 'cos there's no bread." "I like school dinners, I have seconds." She scored
school 8 out of 10 and mornings at home 3 out of 10. She wants "my hair to stop itching".

### Why Kayla has a plan

Stacey works 5.30am shifts at a bakery on four days a week and leaves Kayla in Brandon's care from 5am.
Brandon often oversleeps, and Kayla has been late on 19 days this school year and absent on 11. Staff
have seen her arrive hungry, in the same uniform for a week, with head lice and with toothache. On
03/12/2025 she was found walking to school on her own at 7.15am in the dark.

### What staff have noticed (from CPOMS)

| Date | What staff noticed |
|---|---|
| 10/11/2025 | Kayla ate three pieces of toast at the office and said she had no tea the night before |
| 24/11/2025 | Same uniform all week, smelling of damp; head lice seen again |
| 03/12/2025 | Walking alone along Station Road at 7.15am, in the dark, without a coat |
| 08/01/2026 | Holding her jaw in class; said her tooth "hurts all the time" |

### What is going well

- Kayla loves school and has been in every day since 05/01/2026, though late on four of them.
- She trusts Mrs Gardiner and goes to the Sunflower Room when she is upset.
- Nan takes Kayla home on the days she collects her and gives her a proper tea.
- Stacey came to the conference and said she wants to "get the mornings right".

### What we want for Kayla

1. Kayla starts every school day on time, washed, in clean uniform and having eaten breakfast.
2. Kayla is never left to get herself up and to school on her own, and is looked after by an adult
   every morning.
3. Kayla's teeth, hair and health needs are treated, so that she is not in pain or itching at school.
4. Kayla feels safe and cared for, and tells her key adult when things at home are hard.

## What school will do

| What | Staff | When | How we'll know |
|---|---|---|---|
| Meet Kayla at the gate and have a five-minute check-in in the Sunflower Room, with her "weather face" for the morning | Mrs Leah Gardiner, key adult | Every school day at 8.40am | Check-in sheet signed each day; a CPOMS entry if Kayla is hungry, hurt or upset |
| Give Kayla a free breakfast club place, with toast and cereal before the bell | Mrs Andrea Nuttall, DSL | Every school day, 8am to 8.40am, from 19/01/2026 | Breakfast club register, in the Friday summary to Tasha |
| First-day calling: ring Stacey, then Nan, then Tasha, if Kayla is not in by 9am | Mrs Carol Pickles, attendance officer | Every school day by 9.15am | Register and call log; attendance sent to Tasha every two weeks (target 95% by the Easter holidays) |
| Keep spare uniform for Kayla in the Sunflower Room and wash her own in school's machine when she needs it | Mrs Leah Gardiner, key adult | Mondays and Thursdays | Uniform log in the Sunflower Room, noted in the Friday summary |
| Watch for signs in class that Kayla is hungry, tired, itching or in pain, and tell Mrs Nuttall | Mr Daniel Reeve, class teacher | Every school day | Mr Reeve will keep an eye on Kayla in class |
| Lunchtime nurture group ("Lunch Bunch") with three other children, eating together and playing a game | Mrs Leah Gardiner, key adult | When Kayla feels ready | Kayla's own score (1 to 5) in her Lunch Bunch book, recorded weekly |
| Refer Kayla to the school's Thrive practitioner for a Thrive assessment and a weekly action plan | Mrs Andrea Nuttall, DSL | - | Thrive profile and action plan, shared with Tasha at the core group |
| Height and weight check, and a check of Kayla's teeth and hair, with Stacey invited to come | Jenna Lowry, school nurse, Everholt 0-19 Service | By 30/01/2026 | - |
| Send Tasha a summary of the week's CPOMS entries, check-in sheets and registers | Mrs Andrea Nuttall, DSL | Every Friday by 3pm | Summary e-mail on Tasha's file each week |

## The team around Kayla

| What | Who | When | How we'll know |
|---|---|---|---|
| Visit Kayla at home and see her on her own, with one visit in three before school to see how the morning goes | Tasha Morgan, social worker | Every two weeks until the review conference | Visit record within 48 hours, with Kayla's words and what Tasha saw (food in the house, Kayla's bed and clothes) |
| Have Kayla washed, in clean uniform and walked to school for 8.40am on the days she is not on an early shift | Stacey Hughes (Mum) | Wednesdays, Thursdays and Fridays | Gate check-in sheet (time and uniform), in the Friday summary |
| Walk Kayla to breakfast club on the mornings Stacey is on an early shift | Maureen Hughes (Nan) | Mondays and Tuesdays, at school by 8am | Breakfast club register |
| Give Kayla and Brandon their tea and run Kayla's bath | Maureen Hughes (Nan) | Every Wednesday, 3.15pm to 7pm | Kayla tells Mrs Gardiner at the Thursday check-in, written on the check-in sheet |
| Six sessions with Stacey at home on the morning routine, cheap meals and treating head lice | Lisa Doyle, family support worker, Everholt Family Hub | Weekly from 21/01/2026, six sessions | Session records and Stacey's morning routine chart, shared with Tasha after each session |
| Register Kayla with a dentist and take her to a check-up | Stacey Hughes (Mum) | By 13/02/2026 | Appointment letter shown to Tasha |
| Share any worry about Kayla's care, food or clothes with Mrs Nuttall | Everyone in the team around Kayla | The same day | Logged on CPOMS by Mrs Nuttall and passed to Tasha within the hour |

## If we are worried

- If Kayla is not in school by 9.15am and Stacey does not answer, Mrs Pickles rings Tasha, who visits
  the home that morning; if nobody knows where Kayla is by 10.30am, Mrs Nuttall reports her missing
  to the police.
- If Kayla comes to school with an injury she cannot explain, or says she has been left without an
  adult overnight, Mrs Nuttall rings Tasha straight away (or the Everholt Children's Services front
  door) and a strategy discussion with the police is held the same day.
- If Kayla is found out on her own before school again, the member of staff brings her into school,
  Mrs Nuttall rings Stacey and Tasha, and Tasha visits the home that day.

## Meetings

- Core group every four weeks at Elmfold Primary, Tuesdays at 3.30pm: 27/01/2026, 24/02/2026 and
  24/03/2026.
- Review child protection conference: 07/04/2026 at 10am, Everholt Civic Centre.

Signed: Mrs Andrea Nuttall, DSL, 16/01/2026.
""",
    "findings": [
        F("M002", "Watch for signs in class that Kayla is hungry"),
        F("T002", "Lunchtime nurture group (\"Lunch Bunch\") with three other children"),
        F("T001", "Refer Kayla to the school's Thrive practitioner"),
        F("M001", "Height and weight check, and a check of Kayla's teeth"),
        F("W002", "Share any worry about Kayla's care, food or clothes"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. The community mental health team's CPA care plan for a mother with
#    bipolar disorder, joined to her children's child protection plan.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_eskhaven_cmht_cpa_care_plan_joined_to_cp_plan_foster.pdf",
    "doc_title": "CPA Care Plan joined to the Child Protection Plan - Leanne Foster, Mia Foster and Jayden Hollins",
    "split": "tune",
    "actions": 15,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Eskhaven Community Mental Health Team (North) · CPA care plan joined to the child protection plan",
    "footer": "Leanne Foster, Mia and Jayden · CPA review 12/03/2026 · Review conference 14/04/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "cmht-cpa-care-plan-joined-to-cp-plan-pdf-paged-header-footer-numbered-sections-about-this-plan-details-table-what-happened-relapse-signature-bullets-childrens-words-and-days-parents-words-outcomes-for-the-children-teams-view-of-potential-for-change-then-numbered-plan-table-no-what-will-happen-and-what-it-means-for-the-children-lead-when-evidence-under-cpa-banner-rows-then-if-leanne-becomes-unwell-meetings",
    "description": (
        "Exemplary CPA care plan written by a community mental health team's care coordinator with the "
        "social worker for a mother with bipolar disorder who stopped her lithium, became high and left "
        "her 8-year-old daughter and 2-year-old son alone at night, was detained and has come home; it is "
        "joined to the children's child protection plan (neglect). Numbered sections give the details, "
        "what happened, her relapse signature, the children's words and days, the parents' words, "
        "outcomes for the children and the team's view of her potential for change (the steps and the "
        "likely timescale), then a numbered table under CPA banners (mental health and medication, home "
        "life, nights, the children's own support) in which every row says what it means for Mia and "
        "Jayden: the care coordinator, consultant and psychologist each report on her capacity to change, "
        "the GP owns her blood tests, the stepfather changes to day shifts and the grandmother covers late "
        "nights. The contingency follows her warning signs, has a fallback if neither the stepfather nor "
        "the grandmother can care for the children and a legal planning meeting after named triggers; CPA "
        "review, core group and review conference dates are set, and a page header and footer are on "
        "every page."
    ),
    "blocks": [
        ("title", "Care Programme Approach: Care and Risk Plan"),
        ("p", "Parent with dependent children. Joined to the child protection plan for Mia Foster and Jayden "
              "Hollins (Eskhaven Council Children's Services)."),
        ("h1", "1. About this plan"),
        ("p", "This is Leanne's CPA care plan. It was written by Aisha Rahman, her care coordinator, with Owen "
              "Pritchard, the children's social worker, at a joint CPA and core group meeting at Leanne's home "
              "on 22/01/2026, with Leanne, Craig and Pauline. Because Leanne's health and her children's "
              "safety are bound together, the core group agreed that this plan is also the children's child "
              "protection plan: every row says what it means for Mia and Jayden, and the core group and the "
              "CPA review read the same table."),
        ("table", {
            "rows": [
                ["Service user", "Leanne Foster, born 03/03/1994 (31), 19 Tideway Road, Eskhaven EK3 5PL"],
                ["Diagnosis", "Bipolar affective disorder (type 1), diagnosed 2017"],
                ["Medication", "Lithium carbonate 800 mg at night; quetiapine 100 mg at night"],
                ["CPA team", "Aisha Rahman (care coordinator, CPN); Dr Martin Cole (consultant psychiatrist); "
                             "Dr Hannah Price (clinical psychologist), Eskhaven Community Mental Health Team "
                             "(North)"],
                ["GP", "Dr Susan Neale, Eskhaven Quay Surgery"],
                ["Children", "Mia Foster (8), Year 4, Eastwhistle Primary School; Jayden Hollins (2)"],
                ["Partner", "Craig Hollins (34), Jayden's father and Mia's stepfather, lives with the family; "
                            "warehouse operative"],
                ["Grandmother", "Pauline Foster (58), Leanne's mother, ten minutes' walk away"],
                ["Child protection plan", "Both children, category neglect, from the initial conference on "
                                          "08/01/2026. Social worker: Owen Pritchard, Family Safeguarding "
                                          "Team (team manager: Joanne Reid)."],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "2. What happened"),
        ("p", "Leanne stopped taking her lithium in October 2025 because of weight gain, without telling "
              "anyone. Over four weeks she became high: she slept two or three hours a night, spent £1,900 on "
              "a credit card and talked about starting a business. On 21/11/2025 at 1am police found Mia and "
              "Jayden alone at home while Leanne was walking on the sea front; Craig was on a night shift. "
              "Leanne was detained under section 2 of the Mental Health Act on Eskhaven Hospital's acute ward, "
              "and came home on 30/12/2025 with the home treatment team. She has been back on lithium since "
              "27/11/2025. This is her second relapse after stopping lithium; the first was in 2019."),
        ("h1", "3. Leanne's relapse signature (what the illness looks like at home)"),
        ("bullets", [
            "Early: sleeping less than six hours but saying she feels \"great\"; starting big cleaning jobs at "
            "night; talking faster; skipping Jayden's nap to go out.",
            "Later: sleeping under four hours; spending she cannot explain; going out alone at night; "
            "irritable with Mia; forgetting to feed Jayden at tea time.",
            "Leanne says the first sign she notices is \"feeling like I don't need my tablets\".",
        ]),
        ("h1", "4. Mia and Jayden: what they say and what we see"),
        ("p", "Mia talked to Owen on her own on 19/01/2026, drawing while she talked: \"When Mum was poorly she "
              "kept talking and talking and then she went out and me and Jayden were on our own. I was "
              "scared, I didn't know who to ring.\" \"I like it when Nan stays.\" \"I don't want Mum to go "
              "back to the hospital.\" \"I want Mum to do my hair like before.\" Mia scored how safe she feels "
              "at home at 6 out of 10 (\"it would be 10 if I knew Mum wasn't going to get poorly again\")."),
        ("p", "Jayden is 2 and says a few words. At home on 19/01/2026 he ran to Craig when he came in, brought "
              "Leanne a book and sat on her knee for a story, and said \"Mummy, again\". Pauline says he has "
              "been waking at night since Leanne was in hospital and only settles when he is brought into bed. "
              "Aisha saw him eat two bowls of pasta at tea time and fall asleep on the sofa by 6.30pm."),
        ("h1", "5. What Leanne and Craig say"),
        ("p", "Leanne: \"I stopped the lithium because I hated what it did to my body. I didn't think it would "
              "touch the kids. It did, and I have to live with that. I'll take it, I just want someone to "
              "notice early if I start going up.\" Craig: \"I should never have done nights. I'll do days "
              "until this is sorted, whatever it costs.\""),
        ("h1", "6. What we want for Mia and Jayden"),
        ("numbers", [
            "Mia and Jayden always have a well adult looking after them, day and night.",
            "Mia is at school on time every day and no longer feels she has to look after Mum or Jayden.",
            "Jayden's health and development are on track, and he sleeps in his own bed and goes to nursery "
            "three mornings a week.",
            "If Mum starts to become unwell again, the adults notice early, Mia and Jayden are kept safe, and "
            "Mia knows what is happening and who to ring.",
        ]),
        ("h1", "7. Leanne's potential for change: the team's view on 22/01/2026"),
        ("p", "Aisha and Dr Cole think Leanne can make the changes the children need, because she has stayed "
              "well on lithium before (2019 to 2025) and she recognises what went wrong. The steps are: (1) "
              "taking her lithium every night, with levels in range; (2) keeping to a sleep routine of at "
              "least six hours; (3) telling Craig or Aisha as soon as she notices her early signs; and (4) a "
              "written family relapse plan so that the children are never left with her alone if she becomes "
              "unwell. On timescale: the team expects to know by the CPA review on 12/03/2026 whether Leanne "
              "is taking lithium reliably (three levels in a row in range), and by the end of the psychology "
              "work in May 2026 whether she and Craig can act on early signs. Dr Cole will give the review "
              "conference his written opinion on how long it is likely to take before the children are safe "
              "in her care without a second adult at night."),
        ("h1", "8. The plan"),
        ("p", "Each row gives its own lead, when and evidence. Rows A1, A2 and A5 are the mental health team's "
              "assessment of Leanne's capacity to change, reported to the core group."),
        ("table", {
            "header": ["No.", "What will happen, and what it means for Mia and Jayden", "Lead", "When",
                       "Evidence at core group and CPA review"],
            "widths": [1.1, 6.7, 3.0, 3.0, 3.2],
            "rows": [
                band("A. Leanne's mental health and medication", 5),
                ["A1",
                 "Visit Leanne at home, check her mental state against her relapse signature and see that she "
                 "is taking her lithium, and talk through how the mornings and bedtimes with Mia and Jayden "
                 "have gone. At each visit Aisha judges whether Leanne's changes are holding, and she reports "
                 "her view of Leanne's capacity to keep the children safe to every core group.",
                 "Aisha Rahman, care coordinator (CPN)",
                 "Every Tuesday until the review conference",
                 "Visit note on RiO within 24 hours; e-mail to Owen after each visit; written view at each "
                 "core group"],
                ["A2",
                 "Review Leanne in clinic (lithium dose and level, sleep, mood). Write an opinion for the "
                 "review conference on her prognosis, the steps still needed and how long they are likely to "
                 "take before Mia and Jayden are safe in her care without a second adult at night.",
                 "Dr Martin Cole, consultant psychiatrist",
                 "Clinic every 4 weeks (29/01, 26/02 and 26/03/2026); opinion by 31/03/2026",
                 "Clinic letters copied to the GP, Aisha and Owen; written opinion at the review conference"],
                ["A3",
                 "Take Leanne's lithium level and kidney and thyroid bloods 12 hours after her evening dose and "
                 "send the results to Aisha and Dr Cole, so that her lithium keeps her well enough to care for "
                 "Mia and Jayden.",
                 "Dr Susan Neale, GP",
                 "Every 4 weeks until three levels in a row are in range, then every 12 weeks",
                 "Level between 0.6 and 0.8 mmol/L on the GP record; results in Aisha's notes"],
                ["A4",
                 "Take her lithium and quetiapine at 9pm with Craig there, and tick the chart on the kitchen "
                 "cupboard, so that she stays well for Mia and Jayden.",
                 "Leanne (Craig sees her take it)",
                 "Every night at 9pm",
                 "Medication chart, seen by Aisha each Tuesday; levels in range (A3)"],
                ["A5",
                 "Eight sessions of family relapse prevention work with Leanne and Craig, ending in a written "
                 "family relapse plan (early signs, who Mia rings, who cares for the children). After the last "
                 "session, a report on what Leanne and Craig can now do, whether the change is enough for Mia "
                 "and Jayden and how long it is likely to hold.",
                 "Dr Hannah Price, clinical psychologist",
                 "Fortnightly on Thursdays from 05/02/2026; relapse plan by 05/03/2026; report by 29/05/2026",
                 "Family relapse plan copied to Owen and the school; interim letter before the review "
                 "conference; final report to the core group"],
                band("B. Home life and the children's day", 5),
                ["B1",
                 "Sessions at home on the day's routine: Mia at school by 8.45am, Jayden's meals and nap, "
                 "bedtimes at 7pm for Jayden and 8pm for Mia, using the picture chart Mia helped to make.",
                 "Kerry Vance, family practitioner, Family Safeguarding Team",
                 "Monday and Thursday mornings for 8 weeks from 26/01/2026",
                 "Routine chart; Mia's punctuality in the school's Friday summary; Kerry's notes to Owen after "
                 "each session"],
                ["B2",
                 "See Mia and Jayden at home, Mia on her own, with one visit in three at bedtime.",
                 "Owen Pritchard, social worker",
                 "At least every two weeks until the review conference",
                 "Visit record within 48 hours, with Mia's words and what Owen saw of Jayden"],
                ["B3",
                 "Take Jayden to his funded two-year-old place at Eskhaven Children's Centre nursery.",
                 "Craig",
                 "Monday, Wednesday and Friday mornings from 02/02/2026",
                 "Nursery register; the nursery rings Owen the same day if Jayden is absent without a reason"],
                ["B4",
                 "Jayden's two-year review (ASQ-3), with a home visit to see how Leanne and Jayden play and "
                 "manage tea time.",
                 "Becky Tranter, health visitor, Eskhaven 0-19 Service",
                 "By 20/02/2026",
                 "ASQ-3 scores and the visit notes, shared with Owen"],
                band("C. Nights", 5),
                ["C1",
                 "Work day shifts only, so that he is at home every night and Mia and Jayden are never left "
                 "with Leanne alone overnight.",
                 "Craig",
                 "From 26/01/2026 until the review conference",
                 "Rota letter from his employer, seen by Owen"],
                ["C2",
                 "Stay overnight at Leanne's on any night Craig is not home by 10pm, and be the person Mia rings "
                 "if she is worried about Mum.",
                 "Pauline Foster (Nan)",
                 "Every night Craig is not home by 10pm",
                 "Pauline texts Owen each night she stays; Mia tells Owen at his visits"],
                ["C3",
                 "Give Mia a simple mobile phone with Nan's, Craig's and the 999 number saved, and practise "
                 "with her what to say.",
                 "Owen Pritchard, social worker",
                 "By 30/01/2026",
                 "Mia shows Owen the saved numbers at his next visit"],
                band("D. Mia's and Jayden's own support", 5),
                ["D1",
                 "Young carers assessment for Mia, and a place at the Eskhaven Young Carers club if she wants "
                 "one.",
                 "Lily Ashworth, Eskhaven Young Carers",
                 "Assessment by 27/02/2026; club every other Wednesday after that",
                 "Assessment report to Owen; club register"],
                ["D2",
                 "Check in with Mia each morning through her key adult, and send her attendance, punctuality "
                 "and any worries to Owen.",
                 "Mrs Fiona Grady, DSL, Eastwhistle Primary School",
                 "Each school day at 8.50am; summary every Friday",
                 "Register and CPOMS summary e-mailed to Owen every Friday"],
                ["D3",
                 "Two sessions with Mia to explain Mum's illness in words an 8-year-old understands and what she "
                 "can do if Mum gets poorly again; Leanne joins the second session.",
                 "Owen Pritchard, social worker (Aisha joins the second session)",
                 "Both by 27/02/2026",
                 "Mia's \"Mum's illness\" book, kept by Mia, with a copy on her file"],
            ],
        }),
        ("h1", "9. If Leanne becomes unwell again"),
        ("bullets", [
            "If Leanne shows any early sign from section 3 (sleeping under six hours two nights running, "
            "missing two doses of lithium, spending she cannot explain, going out alone at night), Craig or "
            "Pauline rings Aisha that day, or the Eskhaven Crisis Resolution and Home Treatment Team out of "
            "hours, who will see Leanne within 4 hours. Craig or Pauline stays with the children, Leanne does "
            "not care for them on her own until Aisha agrees it is safe, and Aisha tells Owen the same day.",
            "If Leanne is admitted to hospital, Mia and Jayden stay at home with Craig, and Pauline covers any "
            "night Craig has to work. If neither Craig nor Pauline can care for them, Owen (or the Emergency "
            "Duty Team) places them together with foster carers that day.",
            "If the children are found without an adult at night, whoever finds them rings 999; the police take "
            "them to Pauline's or to emergency foster carers, and Owen or the Emergency Duty Team holds a "
            "strategy discussion the same day.",
            "If Leanne stops her lithium again, is admitted again, or the children are left without an adult "
            "at night before the review conference, Joanne Reid (team manager) will hold a legal planning "
            "meeting within 10 working days.",
        ]),
        ("h1", "10. Meetings"),
        ("bullets", [
            "CPA review: 12/03/2026 at 2pm at Leanne's home (Aisha, Dr Cole or his registrar, Owen), held "
            "together with core group 3.",
            "Core group every four weeks at the family home, Thursdays at 2pm: 12/02/2026, 12/03/2026 and "
            "09/04/2026.",
            "Review child protection conference: 14/04/2026 at 1.30pm, Eskhaven Civic Centre.",
        ]),
        ("p", "Agreed on 22/01/2026 by Leanne Foster, Craig Hollins, Pauline Foster, Aisha Rahman and Owen "
              "Pritchard. Copies to Dr Cole, Dr Price, Dr Neale, the school, the nursery, the health visitor "
              "and Eskhaven Young Carers."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A drug and alcohol service's case-system print: a father's recovery
#    care plan with a family and safeguarding addendum. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_elsborough_recovery_service_care_plan_print_pearce.txt",
    "split": "tune",
    "actions": 10,
    "template": "drug-and-alcohol-service-case-system-print-txt-recovery-care-plan-with-family-and-safeguarding-addendum-dot-leader-fields-client-family-sections-what-the-children-say-what-wayne-and-gemma-say-outcomes-then-numbered-action-blocks-responsible-target-date-evidence-link-to-children-then-contingency-reviews-and-meetings",
    "description": (
        "A drug and alcohol service's case-system print of a father's recovery care plan with a family and "
        "safeguarding addendum, written by his recovery worker after his children (11 and 6) were made "
        "subject to child protection plans for neglect: he drinks cider and vodka daily, has collected his "
        "son from school smelling of drink, and his daughter looks after her brother and her father; he "
        "has anxiety. Dot-leader fields give the client and the family, the children's and parents' words, "
        "outcomes, then ten action blocks (Responsible / Target date / Evidence / Link to children). "
        "Faults: six of the ten actions are his own treatment with '-' in the 'Link to children' field; an "
        "outcome is about the father only; the talking therapies service's anxiety sessions only treat "
        "him; his mutual aid group is measured by 'Engagement with the group'; the peer mentor referral is "
        "'as and when Wayne is ready'; and the contingency is 'further concerns' followed by a review."
    ),
    "text": """\
ELSBOROUGH RECOVERY PARTNERSHIP  -  drug and alcohol service for adults in Elsborough
ERP Client Record v3                               Printed 04/02/2026 10:14 by SWHITELY
=====================================================================================
RECOVERY CARE PLAN  +  FAMILY AND SAFEGUARDING ADDENDUM
=====================================================================================

SECTION A: CLIENT
-----------------
  Client ................ Wayne PEARCE        DOB 14/06/1987 (38)     Client ID 20-44817
  Address ............... 31 Linnet Close, Elsborough EB4 6HD
  Recovery worker ....... Sam Whitely (alcohol pathway)
  Team leader ........... Angela Booth
  Primary substance ..... Alcohol: 2 to 3 litres of strong cider and half a bottle of vodka
                          most days. AUDIT 31 at assessment on 14/01/2026.
  Other health .......... Anxiety, diagnosed by his GP in 2022. Stopped sertraline himself
                          in 2024.
  GP .................... Dr Imran Qureshi, Elsborough Market Cross Surgery
  Referred by ........... Elsborough Council Children's Services, after the initial child
                          protection conference on 12/01/2026
  Plan agreed ........... 27/01/2026, joint appointment with Wayne, Gemma Pearce and Rachel
                          Finch (social worker)
  Next plan review ...... 24/03/2026 (12-week review)

SECTION B: FAMILY AND SAFEGUARDING ADDENDUM
-------------------------------------------
  Partner ............... Gemma Pearce (36), care assistant, day shifts 7am to 3pm
  Children .............. Tia PEARCE (11), Year 6, Elsborough Vale Primary School
                          Logan PEARCE (6), Year 1, Elsborough Vale Primary School
  CP plan ............... Both children, category neglect, from 12/01/2026
  Social worker ......... Rachel Finch, Elsborough Council Children's Services
                          (team manager: Colin Ward)
  Why ................... Wayne collected Logan from school smelling of alcohol on three
                          days in November and December 2025, once unsteady on his feet.
                          On 06/12/2025 Tia (then 10) rang Gemma at work because Wayne was
                          asleep on the kitchen floor and Logan had not had his tea. Tia
                          gets Logan ready for school most days and has missed after-school
                          netball to look after him.

B2: WHAT THE CHILDREN SAY (Rachel Finch, seen on their own at home, 20/01/2026)
  Tia: "I don't mind looking after Logan, but I hate it when Dad's asleep and I can't wake
  him." "When he's drunk he's nice, then he's not." "I want to go to netball again." Tia
  scored home at 5 out of 10.
  Logan: "Daddy smells funny at home time." "I like it when Daddy plays Lego." He drew his
  family with Dad lying down "having a sleep".

B3: WHAT WAYNE AND GEMMA SAY
  Wayne: "I've drunk since I lost my job in 2023. It takes the edge off my nerves. I don't
  drink around the kids." Gemma: "He does. I come home and he's gone. I can't keep ringing
  in sick. I want the old Wayne back."

SECTION C: OUTCOMES (agreed at the initial conference, 12/01/2026)
-----------------------------------------------------------------
  C1  Tia and Logan are collected from school and looked after by a sober adult every day.
  C2  Tia no longer has to look after Logan or her dad, and has time for her friends and
      netball.
  C3  Wayne will be alcohol-free, with his anxiety managed, and will have a recovery network
      around him.

SECTION D: CARE PLAN ACTIONS
----------------------------
  D1  Action ............ Community alcohol detox at home (7 days, reducing chlordiazepoxide)
      Responsible ....... Karen Bell, nurse prescriber, Elsborough Recovery Partnership
      Target date ....... Start w/c 09/02/2026; complete by 16/02/2026
      Evidence .......... Daily breath test of 0.00 and CIWA-Ar withdrawal scores on the detox
                          chart
      Link to children .. -

  D2  Action ............ Weekly keywork on relapse prevention: drink diary, triggers and a
                          written coping plan for cravings
      Responsible ....... Sam Whitely, recovery worker
      Target date ....... Every Tuesday at 11am
      Evidence .......... Drink diary brought to each session; AUDIT repeated at weeks 6 and 12
      Link to children .. -

  D3  Action ............ Prescribe thiamine and take liver function bloods before the detox
      Responsible ....... Dr Imran Qureshi, GP
      Target date ....... By 06/02/2026
      Evidence .......... LFT and GGT results on the GP record, copied to the Recovery
                          Partnership
      Link to children .. -

  D4  Action ............ Attend the SMART Recovery mutual aid group at the Elsborough
                          Recovery Hub
      Responsible ....... Wayne
      Target date ....... Thursday evenings at 6.30pm, from 12/02/2026
      Evidence .......... Engagement with the group
      Link to children .. -

  D5  Action ............ Six sessions of guided self-help (CBT) for Wayne's anxiety
      Responsible ....... Nadia Iqbal, psychological wellbeing practitioner, Elsborough
                          Talking Therapies
      Target date ....... Weekly from 17/02/2026 for six weeks
      Evidence .......... GAD-7 score at each session, sent to Sam
      Link to children .. -

  D6  Action ............ Referral to a peer mentor from the Elsborough Recovery Community for
                          support after the detox
      Responsible ....... Sam Whitely, recovery worker
      Target date ....... As and when Wayne is ready
      Evidence .......... Peer mentor named and first meeting recorded on the client record
      Link to children .. -

  D7  Action ............ Blow into the breathalyser the service has lent him before he sets
                          off to collect Logan, and send Gemma a photo of the reading; if it
                          is not 0.00 he does not go, and rings the school office so that
                          Logan waits at after-school club for Gemma
      Responsible ....... Wayne
      Target date ....... Every school day before 2.45pm
      Evidence .......... Photos of the readings kept on Gemma's phone and shown to Rachel at
                          each visit
      Link to children .. Logan is only ever collected by a sober adult

  D8  Action ............ See Tia and Logan at home, each on their own, with one visit in three
                          unannounced after school
      Responsible ....... Rachel Finch, social worker
      Target date ....... Every two weeks until the review conference
      Evidence .......... Visit records within 48 hours, with the children's words
      Link to children .. Tia and Logan are seen and heard

  D9  Action ............ Young carers assessment for Tia, and a place at the Elsborough Young
                          Carers group if she wants it
      Responsible ....... Jess Moran, Elsborough Young Carers
      Target date ....... By 27/02/2026
      Evidence .......... Assessment report sent to Rachel and Sam
      Link to children .. Tia no longer looks after Logan and her dad

  D10 Action ............ Send Rachel Wayne's breath test readings from keywork, his attendance
                          and any lapse, so that she can judge whether Tia and Logan are safe
                          with him
      Responsible ....... Sam Whitely, recovery worker
      Target date ....... Every Friday, by e-mail
      Evidence .......... Weekly e-mail saved on the children's file
      Link to children .. Rachel knows whether the children are safe with Wayne

SECTION E: CONTINGENCY
----------------------
  If there are further concerns about Wayne's drinking or the children's care, Sam will
  discuss them with Rachel and the plan will be reviewed at the next core group.

SECTION F: REVIEWS AND MEETINGS
-------------------------------
  Recovery care plan review .... 24/03/2026 (Sam, Wayne, Angela Booth)
  Core group ................... every four weeks at Elsborough Vale Primary School,
                                 10/02/2026 and 10/03/2026 (Sam attends)
  Review CP conference ......... 07/04/2026, 10am, Elsborough Town Hall
  Children's Services .......... If Wayne has not completed his detox, or is still drinking,
                                 by the review conference, Colin Ward will request a legal
                                 planning meeting.

  Signed ........ S. Whitely (recovery worker)    W. Pearce (client)    27/01/2026
=====================================================================================
END OF PRINT                                                                Page 1 of 1
""",
    "findings": [
        F("F001"),
        F("F002", "Wayne will be alcohol-free, with his anxiety managed"),
        F("M002", "Attend the SMART Recovery mutual aid group"),
        F("H001", "Six sessions of guided self-help (CBT) for Wayne's anxiety"),
        F("T002", "Referral to a peer mentor from the Elsborough Recovery Community"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A youth justice and contextual safeguarding plan written partly to a
#    14-year-old ("you" is Shannon), with a table of the places. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_ebblecote_yjs_contextual_plan_written_to_you_kelly.md",
    "split": "tune",
    "actions": 17,
    "template": "yjs-and-contextual-safeguarding-plan-md-written-partly-to-young-person-you-is-shannon-whos-who-table-why-there-is-a-plan-in-your-words-what-dad-and-joanne-say-going-well-what-we-want-for-you-then-part-1-you-and-your-family-table-who-what-we-agreed-when-how-well-know-part-2-your-workers-table-part-3-the-places-table-place-what-will-change-there-who-when-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan written by the youth justice service's prevention worker and the social worker, "
        "partly to a 14-year-old girl ('you' is Shannon) at risk of sexual exploitation by a group of "
        "older young men who meet girls at the bus interchange and the Eastbank skate park; she was given "
        "a community resolution for shoplifting for them and found at 1am in a car park with a 19-year-old. "
        "A who's who, the reasons for the plan, her words, her father's and aunt's words and what is going "
        "well come before three tables: Part 1 her own and her family's part (Who / What we agreed / When / "
        "How we'll know; 'You' in the Who column), Part 2 the workers' part, and Part 3 the places (Place / "
        "What will change there / Who / When / How we'll know): training for interchange staff, detached "
        "youth work, lighting and CCTV, car park patrols and a warning notice. The contingency covers late "
        "returns, going missing, being found with the older men and her father's late shifts (with a "
        "fallback if her aunt cannot have her), with a legal planning meeting after named triggers; core "
        "group, places panel and review conference dates are set."
    ),
    "text": """\
# Ebblecote Youth Justice Service and Ebblecote Council Children's Services

## Shannon's plan: keeping you safe at home, at school and in town

Shannon, this is your child protection plan, and it is also your contextual safeguarding plan: the part
that tries to make the places you go safer, not just you. Amira and Daniel wrote it with you on
29/01/2026, after your conference on 27/01/2026. Part 1 is written to you: where it says "you", it means
you. Parts 2 and 3 say what the adults will do.

| Who's who | |
|---|---|
| **Shannon Kelly** | you, born 18/09/2011 (14), Year 9 at Ebblecote High School |
| **Mark Kelly** | your dad, 40 Ferry Street, Ebblecote EC5 2JR; bus driver with Ebblecote Buses |
| **Joanne Kelly** | your aunt (Dad's sister), lives in Ebblecote on Hollins Road |
| **Daniel Obi** | your social worker, Adolescent Safeguarding Team (his manager is Karen Holt) |
| **Amira Patel** | your YJS prevention worker, Ebblecote Youth Justice Service |
| **Becca Lomas** | your exploitation worker, Ebblecote Threadline |
| **Mr Ian Grier** | DSL at Ebblecote High School |
| **DC Lewis Firth** | Ebblecote Child Exploitation Team (the officer you said you'd talk to) |
| **Tanya Rhodes** | young people's sexual health nurse, Ebblecote Sexual Health |

### Why there is a plan

Since September you have been spending evenings at Ebblecote Interchange and the Eastbank skate park
with a group of older boys and young men. One of them, who we call Adult C in this plan (he is 19), has
been buying you vapes and vodka, giving you lifts and asking you for pictures on Snapchat. On 14/11/2025
you were stopped at Ebblecote Retail Park with an older girl from the group, with £90 of make-up you had
taken for them, and you were given a community resolution. On 10/01/2026 the police found you at 1am on
the top deck of the Eastbank car park in Adult C's car. The people at your conference think Adult C and
his friends are grooming you, and that they use places in town where adults don't see what happens.

### In your words

You told Amira and Daniel on 23/01/2026: "They're my mates. Nobody else lets me hang round with them."
"C's alright, he drives me home." "I only took the make-up because the girl said I owed her." "I'm not
sending pictures to anyone, I'm not stupid." And later: "Sometimes I wish I was just at home but Dad's
never in." You want to keep playing netball and you want to be a paramedic. You don't want police coming
into school, and you don't want Dad "going mental" at you. You scored how safe you feel at home at 8 out
of 10, in town at 5 out of 10, and in the car park at 2 out of 10.

### What Dad and Joanne say

Dad: "I'm on lates three nights a week and she's out the door. I didn't know about the car park till the
police rang. I'll change my shifts, I've already asked." Joanne: "She's a good kid. She can come to mine
after netball, I'll run her home."

### What is going well

- You have been at school every day this term, and Mr Grier says you are "sharp in science".
- You have been to netball every Tuesday since Christmas.
- You have met Becca twice and you blocked two of the group on Snapchat yourself.
- Dad has asked his depot to move him onto early shifts.

### What we want for you

1. You are safe from Adult C and his friends, and no one uses you for sex, pictures or stealing.
2. You come home every night at the time you agreed, and if you don't, you are found quickly.
3. You stay in school, keep playing netball and stay on track for your GCSEs and your paramedic plan.
4. You can wait at the interchange or go to the skate park without older men approaching you, because
   the adults there notice and step in.

## Part 1: You and your family

| Who | What we agreed | When | How we'll know |
|---|---|---|---|
| You | Be home by 9pm on school nights and 10pm on Fridays and Saturdays, and text Dad or Joanne where you are if you go out after school | Every night from 30/01/2026 | Dad writes your home time on the kitchen calendar; Daniel looks at it with you at his visits |
| You | Tell Becca or Mr Grier if Adult C, or anyone from that group, messages you, asks for pictures or offers you a lift | The same day it happens | Becca or Mr Grier writes it down and sends it to DC Firth on an intelligence form within 24 hours |
| You | Go to netball club after school | Every Tuesday and Thursday, 3.15pm to 4.30pm | Club register, sent by Mr Grier to Daniel every two weeks |
| Dad (Mark) | Ring 101 if you are 30 minutes past your home time and not answering (999 if he thinks you are in danger), and write the log number on the calendar | Every time you are 30 minutes late and not answering | Police log number on the calendar, checked by Daniel at each visit |
| Dad (Mark) | Move to early shifts so that he is home by 6pm every weekday | From 09/02/2026 until the review conference | Dad's rota from the depot, seen by Daniel |
| Dad (Mark) | Four sessions with Becca about grooming, what Adult C's group does, and how to talk with you about it without a row | Every other Wednesday at 6pm from 11/02/2026 | Becca's notes of each session, sent to Daniel |
| Joanne (aunt) | Have you for tea after netball on Thursdays and drive you home by 8pm | Every Thursday | Joanne texts Dad when you are home, and Dad writes it on the calendar |

## Part 2: What your workers will do

| Who | What we agreed | When | How we'll know |
|---|---|---|---|
| Daniel Obi, social worker | See you on your own, at home or at school (not in lessons), with one visit in three in the evening | Every week until the review conference | Visit record within 48 hours, with your words written as you said them |
| Amira Patel, YJS prevention worker | Eight prevention sessions with you on choices, peer pressure, how the group used you to steal, and writing to the shop manager | Every Monday at 4pm from 02/02/2026 to 23/03/2026 | YJS session records; your letter to the shop by 16/03/2026; Amira's end-of-programme report to Daniel |
| Becca Lomas, Ebblecote Threadline | Sessions with you on healthy relationships, grooming, online pictures and how to leave when you want to | Every Friday at 3.30pm until the review conference | Becca's notes, with the safety score you and Becca agree, sent to Daniel every month |
| Mr Ian Grier, DSL | Check in with you each morning, and ring Dad and Daniel by 9.30am if you are not in | Every school day | Register and check-in notes e-mailed to Daniel every Friday |
| Tanya Rhodes, sexual health nurse | A sexual health check and advice, at school or the clinic, as you choose | First appointment by 20/02/2026, then every 4 weeks until the review conference | Tanya tells Daniel whether each appointment happened (not what you talked about) |
| DC Lewis Firth, Child Exploitation Team | Serve a child abduction warning notice on Adult C naming you, and investigate the requests for pictures | Notice by 13/02/2026 | Notice recorded on the police system, with the reference sent to Daniel; you and Dad told when it is served |

## Part 3: The places

| Place | What will change there | Who | When | How we'll know |
|---|---|---|---|---|
| Ebblecote Interchange | Train the interchange staff and security guards to spot young people being met or groomed by older men, and to ring 999 | Sue Bannister, Ebblecote Interchange manager, with DC Firth | By 27/02/2026 | Signed training register, shared at the core group |
| Eastbank skate park | Detached youth work, so there are trusted adults at the skate park in the evenings and somewhere else for young people to go | Sam Okafor, senior youth worker, Ebblecote Youth Service | Tuesday and Friday, 6pm to 9pm, for 10 weeks from 03/02/2026 | Session logs of young people spoken to, and any concerns passed to DC Firth the same night |
| Eastbank skate park | Mend the broken lights on the river path and move the CCTV camera to cover the steps | Paul Dyer, Ebblecote Council Community Safety Team | By 13/03/2026 | Works order signed off, with photos, shared at the core group |
| Eastbank car park, top deck | Patrols of the top deck, stopping and speaking to any young person in a car with an adult | PCSO Gemma Lund, Ebblecote Neighbourhood Policing Team | Friday and Saturday, 8pm to midnight, for 8 weeks from 06/02/2026 | Patrol log with stops and sightings, shared at each core group |

## If things go wrong

- If you are 30 minutes late and not answering, Dad rings 101 (or 999 if he thinks you are in danger).
  If you are still missing at midnight, the police treat you as a missing child, and Daniel (or the
  Emergency Duty Team) holds a strategy discussion with the police that night or first thing next
  morning.
- If you are found with Adult C, in his car or at the car park again, or anyone hurts you, threatens you
  or asks you for pictures, the police come for you, and Daniel (or the Emergency Duty Team) holds a
  strategy discussion the same day.
- If Dad cannot be home by 6pm, you go to Joanne's. If Joanne cannot have you either, Daniel (or the
  Emergency Duty Team) arranges for you to stay with an emergency foster carer that night.
- If you go missing overnight twice more, or are found with Adult C again, before the review conference,
  Karen Holt (Daniel's manager) will hold a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks at Ebblecote High School, Thursdays at 4.30pm (you can come for the first
  part): 19/02/2026, 19/03/2026 and 16/04/2026.
- Ebblecote exploitation and missing places panel (the interchange, the skate park and the car park):
  26/02/2026.
- Review child protection conference: 28/04/2026 at 10am, Ebblecote Civic Centre.

Agreed with Shannon and Mark on 29/01/2026. Copies to every worker named in the plan.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. A transfer handover plan: who holds what until the receiving council's
#    transfer-in conference. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_ellerbrook_transfer_handover_who_holds_what_brooks.docx",
    "doc_title": "Transfer of a Child Protection Plan: Handover Plan - Poppy and Alfie Brooks",
    "split": "tune",
    "actions": 12,
    "template": "transfer-out-handover-plan-docx-transferring-and-receiving-council-details-kv-why-the-children-have-a-plan-poppy-and-alfie-what-natalie-says-what-we-want-then-who-holds-what-until-the-transfer-in-conference-table-no-action-held-by-when-how-we-will-know-then-if-things-go-wrong-meetings-until-transfer",
    "description": (
        "Handover plan from the transferring council to the receiving council for a 6-year-old girl and "
        "a 20-month-old boy on child protection plans (emotional abuse, domestic abuse by the younger "
        "child's father), whose mother fled with them to a refuge in the receiving council's area; she "
        "has low mood and takes sertraline from her GP. Details of both councils, the reasons, the "
        "children's words and days, the mother's words and outcomes come before a table of who holds what "
        "until the transfer-in conference (No. / Action / Held by / When / How we will know). Faults: the "
        "parenting assessment is handed to the receiving council after transfer; the Freedom Programme is "
        "put off until the family 'are settled in Edenmarsh'; the school place is requested in the passive "
        "with '-' for who; the IDVA's safety planning has '-' for evidence; an outcome is about the mother "
        "only; and the transfer-in conference's date is to be confirmed, with no review conference."
    ),
    "blocks": [
        ("title", "Transfer of a Child Protection Plan: Handover Plan"),
        ("p", "From Ellerbrook Borough Council Children's Services (transferring authority) to Edenmarsh "
              "Council Children's Services (receiving authority). Ellerbrook keeps the child protection plan "
              "and its responsibilities until Edenmarsh holds its transfer-in conference."),
        ("kv", [
            ("Children", "Poppy Brooks, born 11/04/2019 (6); Alfie Brooks, born 02/05/2024 (20 months)"),
            ("Mother", "Natalie Brooks (29)"),
            ("Alfie's father", "Ryan Dunne (31), Ellerbrook. Non-molestation order until 10/10/2026. He is "
                               "Poppy's stepfather and has no parental responsibility for her."),
            ("Moved", "05/01/2026, from Ellerbrook to the Edenmarsh Haven refuge (address held by both "
                      "councils and the police, not written on this copy)"),
            ("Child protection plan", "Both children, category emotional abuse, from 28/10/2025 "
                                      "(Ellerbrook)"),
            ("Transfer request", "Sent to the Edenmarsh Safeguarding Unit on 07/01/2026; accepted 09/01/2026"),
            ("Ellerbrook", "Priya Kaur, social worker; Martin Lacey, team manager"),
            ("Edenmarsh", "Duty and Assessment Team (duty manager: Carl Benson); social worker to be "
                          "allocated"),
            ("Plan written", "12/01/2026 by Priya Kaur, at a handover meeting on Teams with Edenmarsh, the "
                             "refuge, the IDVA, the health visitor and the police"),
        ]),
        ("h1", "Why the children have a plan"),
        ("p", "Poppy and Alfie lived with Natalie and Ryan in Ellerbrook. Ryan was controlling and violent: he "
              "took Natalie's phone and money, and on 19/10/2025 he smashed the television and held Natalie "
              "against the wall while Poppy watched from the stairs, holding Alfie. The police attended "
              "three times in 2025. Ryan was arrested and bailed, and Natalie obtained a non-molestation "
              "order. In December Ryan was seen outside Poppy's school twice and sent Natalie messages from "
              "new numbers. On 05/01/2026 Natalie and the children went to the Edenmarsh Haven refuge. "
              "Natalie has had low mood since the summer and takes sertraline prescribed by her Ellerbrook "
              "GP."),
        ("h1", "Poppy and Alfie"),
        ("p", "Poppy talked to Priya on her own in the refuge playroom on 09/01/2026: \"I like my new bedroom, "
              "it's got a star light.\" \"I miss Miss Jones and my friend Lacey.\" \"Ryan shouted and broke "
              "the telly and Mummy cried.\" \"I don't want Ryan to know where we live.\" She asked when she "
              "will go to school again."),
        ("p", "Alfie is walking and says about ten words. Priya saw him play with the refuge's toy garage and "
              "bring cars to Natalie. When a man's voice was heard in the corridor he ran to Natalie and hid "
              "his face. The refuge worker says he sleeps in Natalie's bed and wakes crying most nights."),
        ("h1", "What Natalie says"),
        ("p", "\"I feel safer here than I have for two years. I just want Poppy back in school and to stop "
              "looking over my shoulder. I don't want to start all over again with new people, but I "
              "know we have to.\""),
        ("h1", "What we want for Poppy and Alfie"),
        ("numbers", [
            "Poppy and Alfie are safe from Ryan, and he does not find out where they live.",
            "Poppy is back in school by the end of January 2026 and settles in her new class.",
            "Alfie's health and development are checked by a health visitor in his new area.",
            "Natalie feels settled and confident in her new home and community.",
        ]),
        ("h1", "Who holds what until the transfer-in conference"),
        ("table", {
            "header": ["No.", "Action", "Held by", "When", "How we will know"],
            "widths": [1.0, 6.4, 3.4, 3.0, 3.2],
            "rows": [
                ["1",
                 "Visit Poppy and Alfie at the refuge, see Poppy on her own and Alfie awake, and go through the "
                 "safety plan with Natalie",
                 "Priya Kaur, social worker, Ellerbrook",
                 "Every two weeks until the transfer-in conference",
                 "Visit record within 48 hours on the Ellerbrook file, copied to Edenmarsh"],
                ["2",
                 "Introduce the Edenmarsh social worker to Natalie, Poppy and Alfie on a joint visit",
                 "Priya Kaur, social worker, Ellerbrook",
                 "Within 5 working days of Edenmarsh allocating a worker",
                 "Joint visit record signed by both workers"],
                ["3",
                 "Send Edenmarsh the full case file, the chronology, this plan and the conference minutes",
                 "Martin Lacey, team manager, Ellerbrook",
                 "By 16/01/2026",
                 "Edenmarsh's receipt e-mail on the Ellerbrook file"],
                ["4",
                 "A school place for Poppy will be requested from Edenmarsh school admissions and a start "
                 "date agreed",
                 "-",
                 "By 23/01/2026",
                 "Start date letter from the school, copied to Priya"],
                ["5",
                 "Hand over Poppy's and Alfie's health records, and speak to the Edenmarsh health visitor and "
                 "school nurse before they first see the family",
                 "Jess Holloway, health visitor, Ellerbrook 0-19 Service",
                 "By 20/01/2026",
                 "Handover call recorded in both children's health records; date of the Edenmarsh health "
                 "visitor's first visit sent to Priya"],
                ["6",
                 "Weekly safety planning calls with Natalie, and a referral to the Edenmarsh MARAC",
                 "Carys Webb, IDVA, Ellerbrook Domestic Abuse Service",
                 "Weekly until the transfer-in conference; MARAC referral by 16/01/2026",
                 "-"],
                ["7",
                 "Ask Edenmarsh Police to put a warning marker on the refuge address and Natalie's phone "
                 "number, so that any 999 call is treated as an emergency",
                 "PC Tom Nash, Ellerbrook Police Domestic Abuse Unit",
                 "By 14/01/2026",
                 "Marker reference number sent to Priya"],
                ["8",
                 "Parenting assessment of Natalie, to be carried out by Edenmarsh once the case has "
                 "transferred",
                 "Edenmarsh Children's Services",
                 "Within six weeks of the transfer-in conference",
                 "Assessment report to the first Edenmarsh core group"],
                ["9",
                 "Freedom Programme for Natalie, to be picked up by the Edenmarsh Family Hub after the "
                 "transfer (she has had to give up her place on the Ellerbrook course)",
                 "Edenmarsh Family Hub",
                 "Once the family are settled in Edenmarsh",
                 "Certificate of completion, copied to the social worker"],
                ["10",
                 "Register Natalie, Poppy and Alfie with a GP practice near the refuge",
                 "Natalie, with her refuge key worker",
                 "By 16/01/2026",
                 "Registration confirmed by the practice to Priya"],
                ["11",
                 "See Natalie about her low mood and her sertraline, and tell Priya if her mood is affecting "
                 "her care of Poppy and Alfie",
                 "Dr Fiona Lam, GP, Edenmarsh Rookery Surgery",
                 "Within 4 weeks of registration, by 13/02/2026",
                 "GP's letter to Priya"],
                ["12",
                 "Keep to the refuge's safety rules: not share the address, not contact Ryan, and keep the "
                 "children's photos off social media",
                 "Natalie",
                 "Every day",
                 "Refuge key worker's weekly note to Priya"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Ryan finds the address, is seen near the refuge or Poppy's school, or contacts Natalie or the "
            "children, Natalie rings 999 and the police attend under the marker. Priya (or the Ellerbrook "
            "Emergency Duty Team out of hours) holds a strategy discussion with Edenmarsh and the police the "
            "same day, and the refuge moves the family to another refuge that day.",
            "If Natalie lets Ryan see the children or tells him where they are, Priya visits within 24 hours "
            "and Martin Lacey holds a legal planning meeting within 5 working days, with Edenmarsh invited.",
        ]),
        ("h1", "Meetings until the transfer"),
        ("bullets", [
            "Core group, led by Ellerbrook on Teams with the Edenmarsh agencies, every three weeks: "
            "21/01/2026 and 11/02/2026.",
            "Transfer-in conference: to be arranged by the Edenmarsh Safeguarding Unit; date to be confirmed.",
        ]),
        ("p", "Plan sent to Natalie, Edenmarsh Children's Services and every agency named above on 12/01/2026."),
    ],
    "findings": [
        F("W001", "A school place for Poppy will be requested"),
        F("M001", "Weekly safety planning calls with Natalie, and a referral"),
        F("X001", "Parenting assessment of Natalie, to be carried out by Edenmarsh"),
        F("X001", "Freedom Programme for Natalie, to be picked up by"),
        F("T002", "Freedom Programme for Natalie, to be picked up by"),
        F("F002", "Natalie feels settled and confident in her new home and community."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group 3 minutes with the updated plan: done since last time kept
#    for the record, then the live plan with a status column (CARRIED OVER,
#    CHANGED, NEW). Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b222_ermsworth_core_group_minutes_updated_plan_baxter.pdf",
    "doc_title": "Core Group 3 Minutes and Updated Child Protection Plan - Leo and Maisie Baxter",
    "split": "tune",
    "actions": 13,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Ermsworth Council Children's Services · Core group 3 minutes and updated plan",
    "footer": "Leo and Maisie Baxter · Next core group 05/03/2026 · Review conference 24/03/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-minutes-with-updated-plan-pdf-paged-header-footer-meeting-details-kv-who-came-table-how-things-have-gone-agency-updates-leo-and-maisie-outcomes-unchanged-done-since-last-core-group-table-kept-for-the-record-dropped-note-then-plan-from-today-table-no-status-carried-over-changed-new-what-will-happen-who-when-how-well-know-then-contingency-reviewed-dates",
    "description": (
        "Exemplary minutes of the third core group for a 15-week-old baby whose weight fell from the 50th "
        "to the 9th centile and his 5-year-old sister, on plans for neglect; their mother is 22 and a care "
        "leaver, the baby's father sees him on Saturdays and the maternal grandmother does two bedtimes a "
        "week. Meeting details, who came, each agency's update (weights, attendance, the routine chart), "
        "the children's words and days and the unchanged outcomes come before a 'Done since core group 2' "
        "table kept for the record (registration, smoke alarm, cot) and a dropped course, then the plan "
        "from today with a status column (CARRIED OVER, CHANGED with what changed, NEW) and each row's own "
        "Who / When / How we'll know: weekly weights plotted on the centile chart, a feeding chart at "
        "every feed, a dietitian's plan, visits, the Graded Care Profile repeated, family support twice a "
        "week, school breakfast checks, immunisations. The contingency covers weight loss, an unsafe home "
        "and the grandmother's help failing, with a legal planning meeting after named triggers; the next "
        "core group and the review conference are dated, and a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3: Minutes and Updated Child Protection Plan"),
        ("kv", [
            ("Children", "Leo Baxter, born 30/10/2025 (15 weeks); Maisie Baxter, born 12/06/2020 (5), "
                         "Reception, Edmundsholt Infant School"),
            ("Mum", "Chantelle Baxter (22), 6 Sorrel Mews, Ermsworth ER2 8LD"),
            ("Leo's dad", "Kieran Shaw (24), lives with his mother in Ermsworth; has Leo on Saturday mornings"),
            ("Nan", "Donna Baxter (45), Chantelle's mother, lives two streets away"),
            ("Plan", "Child protection plans for both children, category neglect, from the initial "
                     "conference on 18/12/2025"),
            ("This meeting", "Core group 3, 12/02/2026 at 10am, Ermsworth Family Hub, room 2"),
            ("Last meeting", "Core group 2, 22/01/2026"),
            ("Chair", "Jodie Whitfield, social worker (team manager: Gareth Pryce)"),
            ("Minutes", "Paula Grant, business support"),
        ]),
        ("h1", "1. Who came"),
        ("table", {
            "header": ["Name", "Role"],
            "widths": [5.5, 11.5],
            "rows": [
                ["Chantelle Baxter", "Mum"],
                ["Donna Baxter", "Nan"],
                ["Kieran Shaw", "Leo's dad (first half hour, then work)"],
                ["Jodie Whitfield", "Social worker, Ermsworth Council Children's Services (chair)"],
                ["Claire Dunn", "Health visitor, Ermsworth 0-19 Service"],
                ["Amy Lowe", "Family support worker, Ermsworth Family Hub"],
                ["Mrs Sarah Jenner", "Designated safeguarding lead, Edmundsholt Infant School"],
                ["Darren Hill", "Personal adviser, Ermsworth Leaving Care Team"],
                ["Apologies", "Rachel Moss, paediatric dietitian, Ermsworth Hospital (sent a note)"],
            ],
        }),
        ("h1", "2. How things have gone since core group 2"),
        ("p", "Health visitor (Claire): Leo weighed 5.02 kg on 23/01/2026 and 5.31 kg on 11/02/2026, and his "
              "weight is now just above the 9th centile line and rising, after falling from the 50th at "
              "birth to below the 9th in December. The feeding chart was kept on 12 of the last 14 days. "
              "Leo's 12-week immunisations were missed on 22/01/2026 because the appointment letter went to "
              "Chantelle's old address."),
        ("p", "School (Mrs Jenner): Maisie's attendance this half term is 91%, up from 84% last term. She was "
              "late three times, all on Mondays, and twice said she had not had breakfast."),
        ("p", "Family support (Amy): six sessions since core group 2. The routine chart is on the fridge and "
              "used most days. The kitchen was clean at the last three sessions; Maisie's room is still "
              "damp and her mattress is on the floor."),
        ("p", "Personal adviser (Darren): Leo's cot and mattress were delivered on 03/02/2026. The grant "
              "application for a washing machine and a bed for Maisie was delayed because Chantelle's ID "
              "had to be replaced."),
        ("p", "Chantelle said: \"I'm getting there. The chart helps, I can see when he's had enough. Mondays "
              "are hard because I'm shattered after the weekend.\" Donna said she can keep doing Tuesdays "
              "and Thursdays, and could go to clinic with Chantelle on Fridays."),
        ("h1", "3. Leo and Maisie"),
        ("p", "Maisie talked to Jodie on her own in her bedroom on 10/02/2026: \"I like Nanny's bath nights, "
              "she does bubbles.\" \"Leo cries loads but Mummy gives him his bottle now.\" \"I had toast at "
              "breakfast club, I had two.\" She said her bed is \"on the floor like camping\" and that she "
              "would like a bed \"with a princess on it\". She drew Mummy, Leo, Nanny and herself holding "
              "hands."),
        ("p", "Leo was seen by Claire at home on 11/02/2026: alert and smiling, babbling when Chantelle talked "
              "to him and following her face. He took 150 ml in about 20 minutes and brought up a little "
              "wind, then slept in his new cot. His nappy rash has healed. Chantelle held him close and "
              "talked to him through the feed."),
        ("h1", "4. What we want for Leo and Maisie (from the conference, unchanged)"),
        ("numbers", [
            "Leo gains weight steadily and is back on the 25th centile by the review conference.",
            "Leo and Maisie live in a warm, clean home with a routine for meals, baths and bedtime.",
            "Maisie is at school on time every day, having had breakfast.",
            "Leo has all his health checks and immunisations on time.",
        ]),
        ("h1", "5. Done since core group 2 (kept for the record, taken off the plan)"),
        ("table", {
            "header": ["What was done", "Who", "Done on"],
            "widths": [9.0, 5.0, 3.0],
            "rows": [
                ["Leo registered with the Ermsworth Lindens Surgery", "Chantelle", "20/01/2026"],
                ["Smoke alarm fitted and a home fire safety check done", "Ermsworth Fire and Rescue",
                 "29/01/2026"],
                ["Cot and mattress for Leo bought and delivered", "Darren Hill, personal adviser", "03/02/2026"],
            ],
        }),
        ("p", "Taken off the plan: the referral to the group parenting course, because Amy's home sessions "
              "(row 6 below) now cover the same ground at home, where Chantelle said she learns better."),
        ("h1", "6. The plan from today"),
        ("p", "Status: CARRIED OVER (unchanged from core group 2), CHANGED (what changed is in brackets) or NEW "
              "(agreed today). Each row has its own Who, When and How we'll know."),
        ("table", {
            "header": ["No.", "Status", "What will happen", "Who", "When", "How we'll know"],
            "widths": [0.9, 2.1, 5.5, 2.8, 2.7, 3.0],
            "rows": [
                ["1", "CARRIED OVER",
                 "Weigh Leo at home, plot his weight on his UK-WHO centile chart and look at the feeding chart "
                 "with Chantelle",
                 "Claire Dunn, health visitor",
                 "Every Wednesday until the review conference",
                 "Weight plotted in the red book and Claire's record, sent to Jodie each Wednesday; 25th "
                 "centile by 24/03/2026"],
                ["2", "CHANGED (was \"keep a feeding diary\")",
                 "Write down every feed on the feeding chart: the time, how many ml Leo took and how long it "
                 "took",
                 "Chantelle",
                 "At every feed, day and night",
                 "Chart read by Claire each Wednesday and by Jodie at visits; Leo taking 750 ml a day or more"],
                ["3", "NEW",
                 "Assess Leo's feeding at home and write a feeding plan, including when and how to start "
                 "solids",
                 "Rachel Moss, paediatric dietitian",
                 "Home visit by 26/02/2026",
                 "Written feeding plan sent to Chantelle, Claire and Jodie"],
                ["4", "CARRIED OVER",
                 "Visit Leo and Maisie at home, see Maisie on her own and Leo awake and fed, and go through "
                 "the home conditions checklist",
                 "Jodie Whitfield, social worker",
                 "Every two weeks, one visit unannounced, until the review conference",
                 "Visit record within 48 hours, with the checklist score and Maisie's words"],
                ["5", "CHANGED (date moved from 12/02/2026)",
                 "Repeat the Graded Care Profile 2 with Chantelle to show what has changed since December",
                 "Jodie Whitfield, social worker",
                 "By 05/03/2026",
                 "GCP2 scores set beside December's, shared at core group 4"],
                ["6", "CHANGED (was weekly, now twice a week)",
                 "Home sessions on the daily routine for Leo and Maisie (feeds, meals, bath and bedtime), "
                 "cooking on a budget and keeping the kitchen and bedrooms clean, using the picture routine "
                 "chart",
                 "Amy Lowe, family support worker",
                 "Mondays and Thursdays at 10am until the review conference",
                 "Routine chart on the fridge; room checklist scored at each session and sent to Jodie every "
                 "two weeks"],
                ["7", "CARRIED OVER",
                 "Meet Maisie at the classroom door, check she has had breakfast, and ring Chantelle and then "
                 "Jodie if she is not in",
                 "Mrs Sarah Jenner, DSL",
                 "Every school day by 9.15am",
                 "Register and breakfast check on CPOMS; attendance e-mailed to Jodie every Friday (target "
                 "95%)"],
                ["8", "NEW",
                 "Walk Maisie to breakfast club for 8.15am, with Leo in the pram",
                 "Chantelle",
                 "Every school day from 16/02/2026",
                 "Breakfast club register, in the school's Friday e-mail to Jodie"],
                ["9", "CARRIED OVER",
                 "Give Leo and Maisie their bath and put them to bed",
                 "Donna Baxter (Nan)",
                 "Every Tuesday and Thursday, 6pm to 8pm",
                 "Donna texts Jodie on each of those nights; Maisie tells Jodie about them at visits"],
                ["10", "NEW",
                 "Go with Chantelle and Leo to the baby clinic at the Family Hub",
                 "Donna Baxter (Nan)",
                 "Every other Friday at 1.30pm, from 20/02/2026",
                 "Clinic attendance record and Leo's weight in the red book"],
                ["11", "CHANGED (date moved from 06/02/2026)",
                 "Help Chantelle apply for a grant for a washing machine and a bed for Maisie",
                 "Darren Hill, personal adviser",
                 "By 27/02/2026",
                 "Grant decision letter; the washing machine and bed seen by Jodie at her next visit"],
                ["12", "NEW",
                 "Give Leo his missed 12-week immunisations and his 16-week immunisations",
                 "Kelly Ross, practice nurse, Ermsworth Lindens Surgery",
                 "By 26/02/2026",
                 "Immunisations in the red book and on the GP record, confirmed to Claire"],
                ["13", "CARRIED OVER",
                 "Do Leo's Saturday morning feeds and nappies and take him for a walk, at Chantelle's",
                 "Kieran Shaw (Leo's dad)",
                 "Every Saturday, 9am to 1pm",
                 "Kieran initials his feeds on the feeding chart; Jodie asks Chantelle and Kieran about "
                 "Saturdays at visits"],
            ],
        }),
        ("h1", "7. If things go wrong (reviewed today; the third point is new)"),
        ("bullets", [
            "If Leo loses weight at a weekly weigh, or his weight falls below the 9th centile line again, "
            "Claire sends him to the children's assessment unit at Ermsworth Hospital that day and tells "
            "Jodie, who visits within 24 hours.",
            "If Leo or Maisie are found without an adult, or the home is unsafe (no heating, no food, no "
            "clean bottles), Jodie (or the Emergency Duty Team) visits that day and the children stay with "
            "Donna until it is put right; if Donna cannot have them, Jodie finds a foster placement for them "
            "together that day.",
            "If Donna cannot do a Tuesday or Thursday bedtime, Amy or another Family Hub worker does a "
            "bedtime visit that evening; if Donna cannot go to clinic, Claire weighs Leo at home that week. "
            "If Donna stops helping altogether, Jodie arranges Family Hub evening support on both nights "
            "from the next week.",
            "If Leo's weight falls below the 9th centile again, or Maisie's attendance falls below 90% before "
            "the review conference, Gareth Pryce (team manager) will hold a legal planning meeting within 10 "
            "working days.",
        ]),
        ("h1", "8. Dates"),
        ("bullets", [
            "Core groups every three weeks at Ermsworth Family Hub at 10am: next on 05/03/2026 (core group 4).",
            "Review child protection conference: 24/03/2026 at 1.30pm, Ermsworth Civic Centre.",
        ]),
        ("p", "Minutes agreed by the chair on 13/02/2026 and sent to everyone who came and to Rachel Moss."),
    ],
    "findings": [],
})
