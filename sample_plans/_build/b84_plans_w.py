"""Batch 84, module w: seven fictional plans (held-out material), places beginning with "w".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: whether a measure, a timescale, an outcome and a parent's illness are
read right, written the many ways practitioners write them. Measures that
someone will see, hear, count, weigh, receive or record ("weighed every week
and plotted", "a copy of the repair letter to the SW", "the DSL logs every
late arrival"), beside measures that are only a promise, a feeling or a
review ("Marek will engage well", "progress will be reviewed at core group",
"I'll feel less stressed"). Timescales as dates, frequencies and events
("before discharge", "within five working days of any missing episode", "by
the end of the Easter holidays", "at every contact") beside "ongoing", "in
due course", "when possible", "TBC", and dates that are only the day an
action was agreed or a past meeting. Outcomes for the child in unfamiliar
places and in the family's or young person's own words, beside outcomes that
are only a service delivered to an adult. Parents' health: a current illness
in one parent and a past one now over in the other, a grandparent's and a
sibling's illness, a young person's own mental health, and a mother who works
as a nurse on a mental health ward (not ill). Two plans are exemplary.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan: mother with bipolar disorder under the perinatal team,
#    big sister's views, grandmother's nights with a fallback (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_wraxford_prebirth_plan_ashdown.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Ashdown-Tully and Mia Ashdown",
    "split": "heldout",
    "actions": 11,
    "template": "pre-birth-icpc-docx-kv-details-then-no-what-who-when-how-we-will-know-table-event-timescales-before-and-after-birth",
    "description": (
        "Pre-birth initial conference plan for an unborn baby and a 6-year-old sister (mother's bipolar "
        "disorder, one admission in 2022, stopped lithium early in pregnancy; now on quetiapine under the "
        "perinatal team). No. | What will happen | Who | When | How we will know table with timescales "
        "tied to the pregnancy and the birth ('by 36 weeks', 'from the birth until discharge', 'within 14 "
        "days of the birth', 'when the baby is 6-8 weeks old') and measures that are weighed, counted, "
        "signed or logged. Both perinatal rows ask for a view on whether the mother can make the changes "
        "needed; the grandmother's nights have a fallback; dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Wraxford Borough Council · Children's Services · Wraxford Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Ashdown-Tully, due 14/04/2025 (Chloe was 31 weeks pregnant at conference); "
                            "birth planned at Wraxford General Hospital"),
            ("Sister", "Mia Ashdown (6), Year 1, St Winifred's C of E Primary, Wraxford"),
            ("Mother", "Chloe Ashdown (23)"),
            ("Father of the baby", "Ryan Tully (26), Chloe's partner. Ryan has been Mia's stepdad since 2021; "
                                   "Mia's own father has not seen her since 2020."),
            ("Address", "14 Weyland Court, Wraxford"),
            ("Conference", "Pre-birth initial child protection conference, Tuesday 11/02/2025, Wraxford "
                           "Children's Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Jess Okonedo"),
            ("Chair", "Alan Birtwistle"),
        ]),
        ("h1", "Why there is a plan before the baby is born"),
        ("p", "Chloe has bipolar affective disorder, diagnosed in 2021. In June 2022, when Mia was three, Chloe "
              "stopped her medication, became manic and spent seven weeks on Willowbank Ward at Wraxford General "
              "Hospital; a neighbour found Mia alone in the flat at 11pm and she went to her grandmother's. When "
              "Chloe found out she was pregnant she stopped her lithium without telling anyone, and by December "
              "she was sleeping three hours a night and spending money she did not have. The Wraxford Perinatal "
              "Mental Health Team started her on quetiapine on 20 December and she has been much more settled "
              "since. Women with bipolar disorder have a high risk of becoming very unwell in the first weeks "
              "after a birth."),
        ("p", "Ryan has no history of mental ill health and does not use drugs or drink to excess. He works as a "
              "delivery driver, mostly days. Chloe's mum, Denise Ashdown, lives ten minutes' walk away on "
              "Warbler Lane and looked after Mia in 2022."),
        ("h1", "Mia, and what we know of the baby"),
        ("p", "Mia talked to Jess at school on 4 February. She said: \"When Mummy was poorly before she talked "
              "really fast and didn't go to sleep and I went to Nanny's.\" She is excited about the baby and "
              "wants to \"do the bottles and sing to it\". She likes it at home now \"because Mummy takes me to "
              "school and Ryan does my pancakes on Saturdays\". She put home at 8 out of 10, and said it would "
              "be 10 \"if the baby was here already\". She asked who would look after her if Mummy got poorly "
              "again."),
        ("p", "The baby is growing well: the 28-week scan showed growth on the 50th centile. The midwife has seen "
              "Chloe talk to the bump at every appointment. Chloe and Ryan have a Moses basket and a car seat, "
              "and Ryan has put the cot up in their bedroom."),
        ("h1", "What we want for the baby and for Mia"),
        ("bullets", [
            "The baby goes home from hospital to a safe sleeping space in their parents' room, with an adult "
            "who is awake and well at every night feed.",
            "The baby is fed on time and gains weight along their centile in the first eight weeks.",
            "If Chloe's mood starts to change it is noticed within days, and the baby and Mia are looked after "
            "by Ryan or Denise while Chloe gets help.",
            "Mia is in school every day, is not the one looking after Mummy, and knows who she can tell if "
            "Mummy seems poorly.",
        ]),
        ("h1", "Who will do what"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 5.6, 3.4, 3.4, 3.6],
            "rows": [
                ["1",
                 "Review Chloe's medication for late pregnancy, the birth and breastfeeding, and write her "
                 "perinatal mental health plan, with the psychiatrist's view of how well Chloe can spot and act "
                 "on her own early warning signs, whether she is making the changes needed to keep the baby "
                 "safe, and how long that is likely to take",
                 "Dr Anjali Menon, consultant perinatal psychiatrist, Wraxford Perinatal Mental Health Team",
                 "By 36 weeks (17/03/2025)",
                 "Written plan on Chloe's maternity record and sent to the SW, HV and GP; read at the core "
                 "group on 25/03/2025"],
                ["2",
                 "Home visits to Chloe: go through her relapse signature with her and Ryan, count her quetiapine "
                 "packs, and report to each core group on whether Chloe is making the changes needed to care "
                 "for the baby",
                 "Gail Rowntree, perinatal community psychiatric nurse",
                 "Weekly until the birth; twice a week for the first 4 weeks after the birth, then weekly until "
                 "the review conference",
                 "Sleep diary (hours slept each night) and relapse signature checklist in Chloe's folder; "
                 "written update to the SW before each core group"],
                ["3",
                 "Antenatal appointments with Chloe, and a birth alert and the perinatal plan put on the "
                 "maternity system",
                 "Joanne Pike, specialist safeguarding midwife, Wraxford General Hospital",
                 "Every 2 weeks until 36 weeks, then weekly until the birth",
                 "Each appointment recorded on the maternity record; birth alert confirmed to the SW by email"],
                ["4",
                 "Keep Chloe and the baby on the postnatal ward for at least three nights so staff can see "
                 "Chloe's sleep and mood and how she feeds and settles the baby; hold the discharge planning "
                 "meeting on the ward",
                 "Sister Kath Okoye, ward manager, Wraxford General maternity ward",
                 "From the birth until discharge; discharge planning meeting before discharge",
                 "Ward notes of each feed and of Chloe's sleep; written discharge plan sent to Chloe, Ryan and "
                 "every agency the same day"],
                ["5",
                 "See Mia on her own at school and at home, and see the baby once born; check where the baby "
                 "sleeps and that the flat is ready",
                 "SW Jess Okonedo",
                 "Every 2 weeks until the birth; weekly for the first 8 weeks after discharge; then every 2 "
                 "weeks until the review conference",
                 "Visit records with Mia's own words written down, and where the baby slept and how they were "
                 "fed"],
                ["6",
                 "Antenatal contact, new birth visit, and weighing the baby and checking feeding and safe sleep "
                 "at home",
                 "HV Tasha Green, Wraxford 0-19 Service",
                 "Antenatal contact by 36 weeks; new birth visit within 14 days of the birth; weekly for 6 "
                 "weeks, then fortnightly until the review conference",
                 "Baby weighed at each visit and the weight plotted in the red book; safe sleep checklist "
                 "signed by Chloe and Ryan"],
                ["7",
                 "Stay at the flat and do the 2am feed so Chloe gets at least five hours' sleep a night",
                 "Denise Ashdown (maternal grandmother)",
                 "Every night for the first 14 nights after the baby comes home",
                 "Feed chart on the fridge signed by Denise each night; checked by the SW and the CPN at each "
                 "visit"],
                ["8",
                 "Take two weeks' paternity leave from the day the baby comes home, and do the baby's bath and "
                 "bedtime each evening",
                 "Ryan Tully",
                 "Leave booked by 31/03/2025",
                 "Letter from Ryan's employer confirming the leave, given to the SW"],
                ["9",
                 "Tell the SW the same day if Mia arrives late or tired, or says anything about Mummy being "
                 "poorly",
                 "Mrs Sarah Lomax, DSL, St Winifred's C of E Primary",
                 "Every school day",
                 "The DSL logs every late arrival and anything Mia says; the log is emailed to the SW every "
                 "Friday"],
                ["10",
                 "Chloe's 6-week postnatal check, including her medication and sleep, and the baby's 8-week "
                 "check and first immunisations",
                 "Dr Rahul Chandra, GP, Wraxford Health Centre",
                 "When the baby is 6 to 8 weeks old",
                 "Checks recorded on the GP record and in the red book; letter to the SW and HV"],
                ["11",
                 "Take quetiapine every night as prescribed and fill in the sleep diary each morning",
                 "Chloe Ashdown",
                 "Every night from now until the review conference",
                 "Packs counted by the CPN at each visit; sleep diary kept in Chloe's folder"],
            ],
        }),
        ("h1", "If things change"),
        ("p", "If Chloe misses two nights of her quetiapine, sleeps less than four hours on two nights running, or "
              "shows any of the signs on her relapse signature (talking fast, spending, not eating, saying the "
              "baby is \"special\"), Ryan or Denise will ring the perinatal team the same day (the Wraxford "
              "crisis team out of hours), and Chloe will not be left alone with the baby or Mia until she has "
              "been seen. The SW, or the emergency duty team out of hours, will hold a strategy discussion the "
              "same day."),
        ("p", "If Chloe becomes unwell before the birth, Mia will stay with Denise. If she becomes unwell after "
              "the birth, Ryan will care for the baby with Denise's help, and the perinatal team will ask for a "
              "bed at Willowbrook Mother and Baby Unit so that Chloe and the baby can stay together safely."),
        ("p", "If Denise cannot stay for the first 14 nights or help in a crisis (because she is ill, or needed "
              "by her own mother), Ryan's sister Kerry Tully will stay instead. If neither of them can, the baby "
              "will stay on the postnatal ward until a same-day discharge meeting has agreed another plan, and "
              "if there is no safe carer the SW will arrange a foster placement for the baby that day."),
        ("p", "If Chloe stops her medication, or the perinatal team report at the core group on 25/03/2025 that "
              "she is not able to make the changes needed before the birth, the SW will ask the team manager for "
              "a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group: Tuesday 25/02/2025, 10am, Wraxford Children's Centre.",
            "Then every 4 weeks, same time and place: Tuesday 25/03/2025 and Tuesday 22/04/2025 (on the "
            "postnatal ward if the baby has just been born).",
            "Review child protection conference: Tuesday 13/05/2025, 1.30pm, Wraxford Civic Centre.",
        ]),
        ("p", "Plan written by Jess Okonedo (SW) on 12/02/2025 and sent to Chloe, Ryan and every agency named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Family group conference plan in the family's words: family rows and
#    professionals' rows in two tables; grandmother with COPD, father's
#    depression long over (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_wendleby_fgc_family_plan_brennan.md",
    "split": "heldout",
    "actions": 10,
    "template": "fgc-family-plan-md-family-words-outcomes-who-what-when-how-everyone-will-know-two-tables-family-then-professionals",
    "description": (
        "Family group conference plan for an 8-year-old and a 3-year-old, adopted as their child protection "
        "plan (neglect: left alone overnight while mum worked nights). Written in the family's words, with "
        "outcomes quoted from family members and two Who | What we will do | When | How everyone will know "
        "tables, one for the family and one for the professionals. Timescales as shifts, Sundays, school "
        "days and 'by the end of the Easter holidays'. The grandmother has COPD and the father had "
        "depression in 2021, treated and over, so no adult service is needed; the back-up plan covers "
        "the grandmother being too poorly; dates and legal step set. Exemplary."
    ),
    "text": """\
# Our Family Plan for Kayla and Tommy

*Made at our family group conference on Monday 24 February 2025 at Wendleby Family Hub,
and agreed by the social worker as Kayla and Tommy's child protection plan (initial
conference: Monday 10 February 2025, category neglect). Written down in our words by
Rosa Lindqvist, FGC coordinator, Wendleby Council.*

## Who came

- Stacey Brennan (mum, 30)
- Liam Brennan (dad, 32) – Kayla and Tommy have Wednesday nights with him
- Pat Hughes ("Nana Pat", Stacey's mum, 58)
- Dean Hughes (Stacey's brother, 27)
- Shona Brennan (Liam's sister, 35)
- Marcus Ferreira (social worker) came for the start and the end

## About our family

Stacey works nights as a care assistant at Willowdene Care Home. Kayla is 8 and in
Year 3 at Wendleby Park Primary. Tommy is 3 and goes to Little Otters Nursery in the
mornings. Nana Pat has COPD and uses an inhaler; in the winter her chest gets bad and she
has to rest. Liam had depression in 2021 after he lost his job; he had counselling with
Wendleby Talking Therapies and was discharged in spring 2022. He has been well since and
takes no medication. Nobody in the family drinks much or uses drugs, and the police checks
found nothing.

## What the social worker is worried about

- Twice in December Kayla was left in charge of Tommy overnight while Stacey was at work.
  On 14 December a neighbour found Tommy on the walkway outside the flat at 6am in his
  pyjamas.
- Kayla had four teeth taken out in October, and Tommy has not been to a dentist.
- Tommy says only a few words and missed his 2-year check.
- The kitchen and the stairs are often covered in washing and rubbish bags.

## What Kayla and Tommy told us

Kayla talked to Rosa before the meeting and wanted her words read out: "I don't like it
when Mum's at work at night because Tommy wakes up and I don't know what to do. I like
it at Nana's because she does porridge." She said she wants "a grown-up in the house
every night" and to "go to Brownies like Ellie does". She put home at 5 out of 10.

Tommy came to the end of the meeting. He went straight to Nana Pat and sat on her knee,
and showed Liam his dinosaur. At nursery he points and pulls staff by the hand to show
them what he wants.

## What we want for Kayla and Tommy

- "Kayla gets to be a kid, not Tommy's mum." – Nana Pat
- "There's always a grown-up with them at night, every night, no matter what." – Stacey
- "Tommy talks more and can tell us what he wants." – Liam
- "Their teeth get sorted and nobody's in pain." – Shona
- "Kayla gets to go to Brownies on a Tuesday." – Kayla

## Our plan

### What the family will do

| Who | What we will do | When | How everyone will know |
|---|---|---|---|
| Nana Pat | Have Kayla and Tommy to sleep at her house (13 Wynbrook Road) on every night Stacey works | Every night shift, starting Monday 3 March | Sleep-over calendar on Nana's fridge, ticked each morning; the social worker looks at it at every visit |
| Dean | Pick the children up from Nana's and do the school and nursery run after each night shift | Every morning after a night shift, from Tuesday 4 March | School late book shows Kayla in by 8.45am; nursery signing-in sheet shows who brought Tommy |
| Stacey | Work no more than three nights a week and give Nana and the social worker her rota | By each Friday for the week after | Photo of the rota in the family WhatsApp group, which the social worker is in |
| Liam | Have Kayla and Tommy from Wednesday after school to Thursday morning, and take Tommy to his speech therapy | Every Wednesday; Tommy's first speech appointment is on 12 March | Wednesday nights marked on the family calendar; speech therapist's attendance record |
| Stacey and Aunty Shona | Clear the kitchen and the children's bedroom together and keep the stairs clear | Every Sunday afternoon in March, then every other Sunday until the review conference | The social worker sees the kitchen, stairs and bedroom at each visit and writes down what she sees |
| Stacey | Take Kayla and Tommy to Wendleby Dental Practice for check-ups and any treatment they need | By the end of the Easter holidays (Friday 18 April) | A copy of the dentist's letter for each child given to the health visitor |

### What the professionals will do

| Who | What we will do | When | How everyone will know |
|---|---|---|---|
| Marcus Ferreira, social worker | Visit at home, at least one visit in three unannounced; see Kayla on her own and Tommy at home | Every 2 weeks until the review conference | Visit records with Kayla's own words written down and what was seen of Tommy |
| Mrs Deborah Leigh, DSL, Wendleby Park Primary | Log every late arrival and whether Kayla has had breakfast, and ring the social worker the same day if Kayla says she looked after Tommy overnight | Every school day | School log emailed to the social worker every Friday |
| Ama Quist, health visitor | Tommy's 3-year review with an ASQ-3 and a speech screen, and a referral to speech and language therapy | By Friday 21 March 2025 | ASQ-3 scores and the referral confirmation sent to Stacey and the social worker |
| Rosa Lindqvist, FGC coordinator | Hold a review family meeting to check the plan is working | Ahead of the review conference, by Friday 9 May 2025 | Updated family plan sent to everyone who came and to the social worker |

## Our back-up plan

- If Nana's chest is bad and she can't have the children on a night Stacey is working,
  Nana rings Stacey by 4pm. Stacey does not go in: her manager at Willowdene has agreed she
  can swap the shift. If she can't swap, Aunty Shona has the children at her flat instead.
- If Nana, Shona and Dean all can't help, Stacey stays at home. The children are never
  left on their own.
- If Kayla and Tommy are ever found on their own at night again, the social worker (or the
  emergency duty team after 5pm) will hold a strategy discussion the same day. The children
  will go to Nana's or Shona's, or to foster carers if no one in the family can have them,
  and the social worker will ask the team manager for a legal planning meeting.
- If the children are left without an adult on any night, or Kayla is late to school on
  more than five days before the review conference, the social worker will also ask for a
  legal planning meeting.

## Meetings

- Core group every 4 weeks at Wendleby Park Primary, 9.15am: Thursday 13 March,
  Thursday 10 April and Thursday 8 May 2025.
- Review child protection conference: Monday 12 May 2025, 10am, Wendleby Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group 3 review: a two-column Action | Update table, with who, when
#    and how-we-will-know written into each action; father's drinking owned
#    by no adult service (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_withernby_core_group_action_update_kowalski.docx",
    "doc_title": "Core Group 3 - Review of the Child Protection Plan - Oskar and Lena Kowalski",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-review-docx-two-column-action-update-table-owner-when-measure-written-into-action-text",
    "description": (
        "Third core group record for a 9-year-old and a 4-year-old (neglect; father drinks most evenings "
        "while mother works late shifts). The plan is a two-column Action | Update table, with the owner, "
        "the timescale and how progress will be known written into each action ('the nursery will tell "
        "the SW the same day if Lena arrives hungry', 'a copy of the repair letter to the SW', 'the DSL logs "
        "every late arrival'); the Update column only reports progress, with past dates. Faults: 'Marek "
        "will engage well with the plan' (no timescale, M002), a passive young carers referral 'in due "
        "course' (W001, T002, M001), a dentist action dated only by the core group that agreed it (T001), "
        "'Family' as owner (W002), 'progress to be reviewed at core group' (M002), an application with no "
        "measure (M001), 'Marek attends the alcohol service' as an outcome (F002), the drinking owned by "
        "no adult service (F004), a contingency leaning on the grandparents with no fallback (C003) and no "
        "legal step (R002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3 – Review of the Child Protection Plan"),
        ("p", "Withernby Metropolitan Council · Children's Services · Withernby East Safeguarding Team"),
        ("kv", [
            ("Children", "Oskar Kowalski (9), Year 4, Withernby Moor Primary; Lena Kowalski (4), Little Wrens "
                         "Nursery, mornings"),
            ("Parents", "Zofia Kowalski (34) and Marek Kowalski (38)"),
            ("Address", "22 Wagtail Row, Withernby"),
            ("Meeting", "Core group 3, Monday 24/03/2025, 9.30am, Withernby Moor Primary"),
            ("Plan since", "Initial child protection conference, 13/01/2025 (category: neglect)"),
            ("Chair of core group", "Hannah Price, social worker"),
        ]),
        ("h2", "Present"),
        ("p", "Zofia Kowalski; Hannah Price (SW); Amy Dale (keyworker, Little Wrens Nursery); Mr Paul Kerr (DSL, "
              "Withernby Moor Primary); Sue Fenner (HV); Kim Osei (family support worker). Marek Kowalski did "
              "not attend. Notes: Dawn Ellery, business support."),
        ("h2", "Why Oskar and Lena have a plan"),
        ("p", "Marek drinks six to eight cans of strong lager most evenings and falls asleep on the sofa. Zofia "
              "works 4pm to midnight at a distribution warehouse four days a week, so Marek is often the only "
              "adult at home in the evening. On 9 December Oskar rang Zofia at work because Lena had a "
              "nosebleed and he could not wake his dad. Lena's front teeth are badly decayed, and the window in "
              "her bedroom has been broken since the autumn. Marek has not been referred to any alcohol service; "
              "he told conference he can stop on his own."),
        ("h2", "What Oskar and Lena have told and shown us"),
        ("p", "Oskar (seen alone at school on 10/03/2025): \"Dad is better when Babcia and Dziadek come. When "
              "it's just Dad I stay awake in case Lena needs something.\" He put home at 5 out of 10 and said "
              "he would like his dad \"to play FIFA with me and not fall asleep\". Lena is chatty at nursery, "
              "asks for breakfast as soon as she arrives on Mondays, and covers her mouth when she smiles."),
        ("h2", "What needs to be different"),
        ("bullets", [
            "Oskar and Lena are looked after every evening by an adult who has not been drinking.",
            "Lena's teeth are treated and she can eat without pain.",
            "Oskar goes to bed without worrying about waking his dad, and gets to school on time.",
            "Marek attends the alcohol service.",
        ]),
        ("h2", "Action plan – progress"),
        ("table", {
            "header": ["Action", "Update at core group 3"],
            "widths": [10.0, 7.0],
            "rows": [
                ["SW Hannah Price to visit every two weeks, see Oskar and Lena on their own, and write down "
                 "what each of them says on the visit record.",
                 "Visited 27/01, 10/02, 24/02 and 10/03. Oskar seen alone at school each time; Lena seen at "
                 "nursery on 10/02 and at home on the other visits."],
                ["Lena's nursery (Little Wrens, keyworker Amy Dale) will tell the SW the same day if Lena "
                 "arrives hungry, unwashed or in yesterday's clothes.",
                 "Two calls in January, both about Lena arriving hungry. No calls since 27/01."],
                ["HV Sue Fenner to do Lena's developmental review by 04/04/2025, with Lena weighed, measured "
                 "and plotted on her chart and the ASQ-3 scores sent to the SW.",
                 "Booked for 01/04/2025 at Withernby Moor Clinic."],
                ["Marek will engage well with the plan.",
                 "Marek did not come to core group 3. He told the SW on 10/03 that he is \"doing his best\"."],
                ["Referral to be made to Withernby Young Carers for Oskar in due course.",
                 "Not yet made."],
                ["Zofia to take Lena to the dentist about her front teeth and give the SW a copy of the "
                 "treatment plan (agreed at core group 2 on 24/02/2025).",
                 "Zofia has rung Withernby Smile Dental and is waiting for a date."],
                ["Family to make sure a sober adult is with Oskar and Lena every evening Zofia is at work, with "
                 "a rota on the fridge signed each night by whoever is looking after them.",
                 "Marek's parents, Jan and Ewa, have had the children on two of Zofia's four evenings most "
                 "weeks. The rota had gaps on three evenings when the SW saw it on 10/03."],
                ["Zofia to clear the kitchen and the children's bedroom and keep them clear, weekly, with "
                 "progress to be reviewed at core group.",
                 "Zofia says she has made a start on the kitchen."],
                ["Zofia to apply for free school meals for Oskar and 30 hours' funded childcare for Lena by "
                 "04/04/2025.",
                 "Forms started with the FSW on 17/03."],
                ["FSW Kim Osei to do six sessions with Zofia and Marek on bedtime and morning routines, one a "
                 "week from 03/03/2025; the routine chart goes on the kitchen wall and the nursery records "
                 "whether Lena arrives by 9am.",
                 "Three sessions done; Marek came to one. Lena in by 9am on 8 of the last 10 days."],
                ["Zofia to ask Withernby Homes to fix the broken window in Lena's bedroom by the next core group "
                 "(07/04/2025), and give a copy of the repair letter to the SW.",
                 "Repair booked for 02/04; letter seen by the SW."],
                ["Oskar's school (DSL Mr Paul Kerr) logs every late arrival and every late pick-up, and emails "
                 "the log to the SW every Friday.",
                 "Oskar late three times since core group 2; collected late once, by Marek, who smelled of "
                 "alcohol (reported to the SW the same day)."],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Marek is found drunk while he is looking after Oskar and Lena, or Oskar rings Zofia at work "
              "because he cannot wake his dad, Zofia will come home straight away and the children will go to "
              "Jan and Ewa Kowalski's house (7 Wren Close, Withernby) for the night. The SW, or the emergency "
              "duty team out of hours, will hold a strategy discussion the next working day, and Marek will be "
              "asked to stay away from the house until it has been held."),
        ("h2", "Next meetings"),
        ("p", "The core group meets every 4 weeks. Core group 4: Monday 07/04/2025, 9.30am, Withernby Moor "
              "Primary, to prepare for the review. Review child protection conference: Thursday 10/04/2025, "
              "10am, Withernby Civic Centre."),
        ("p", "Record circulated by Hannah Price on 25/03/2025."),
    ],
    "findings": [
        F("T001", "Marek will engage well with the plan."),
        F("M002", "Marek will engage well with the plan."),
        F("W001", "Referral to be made to Withernby Young Carers for Oskar"),
        F("T002", "Referral to be made to Withernby Young Carers for Oskar"),
        F("M001", "Referral to be made to Withernby Young Carers for Oskar"),
        F("T001", "Zofia to take Lena to the dentist about her front teeth"),
        F("W002", "Family to make sure a sober adult is with Oskar"),
        F("M002", "Zofia to clear the kitchen and the children's bedroom"),
        F("M001", "apply for free school meals for Oskar and 30 hours'"),
        F("F002", "Marek attends the alcohol service."),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. RAG progress review at core group 2: Agreed and Target date columns,
#    a 14-year-old's own self-harm under CAMHS, a sister with sickle cell,
#    a mother who is a mental health nurse; no contingency (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_wystanton_rag_review_table_mensah.pdf",
    "doc_title": "Child Protection Plan - Progress Review - Jordan and Esi Mensah",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-progress-review-paged-pdf-landscape-no-action-lead-agreed-target-date-evidence-rag-comment-table",
    "description": (
        "Progress review at the second core group for a 14-year-old who self-harms and his 6-year-old sister "
        "(physical abuse by the mother's ex-partner, who has moved out). Landscape RAG table with separate "
        "'Agreed' and 'Target date' columns; target dates as frequencies, 'same day, every time', 'at every "
        "contact', 'by the end of the Easter holidays'. Health negatives: Jordan's own mental health under "
        "CAMHS, Esi's sickle cell disease, and a mother who works as a staff nurse on an adult mental health "
        "ward; no parent is ill. Faults: 'When a place is available' and 'ASAP' (T002), 'All "
        "professionals' (W002), a row with only the date it was agreed and '-' as target (T001), 'Progress "
        "will be reviewed at core group' (M002), a blank lead (W001), a blank evidence cell (M001), an "
        "outcome that is only a course finished by the mother (F002), no contingency at all (C001) and so "
        "no legal step (R002), and the review conference 'to be arranged' (R001). Header and page footer."
    ),
    "header": "Wystanton City Council – Children's Social Care – OFFICIAL-SENSITIVE",
    "footer": "Mensah – child protection plan progress review – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "font_size": 9.5,
    "blocks": [
        ("title", "Child Protection Plan – Progress Review"),
        ("kv", [
            ("Children", "Jordan Mensah (14), Year 9, Wystanton High School; Esi Mensah (6), Year 1, Wishbourne "
                         "Primary"),
            ("Mother", "Abena Mensah (39). Abena works as a staff nurse on Wystan Ward, the adult acute mental "
                       "health ward at Wystanton General Hospital: three long days a week and some nights."),
            ("Father", "Kwame Mensah (42), lives in Wrayfield; the children stay with him every other weekend"),
            ("Mother's ex-partner", "Curtis Hale (35). Moved out on 20/12/2024; on police bail not to contact "
                                    "Jordan or Esi"),
            ("Address", "5 Wheelwright Close, Wystanton"),
            ("Initial conference", "Wednesday 08/01/2025 (category: physical abuse)"),
            ("This review", "Core group 2, Wednesday 05/03/2025, 4pm, Wystanton High School"),
            ("Social worker", "Daniel Achebe"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "On 16 December 2024 Jordan's PE teacher saw long bruises on the backs of his legs. Jordan said "
              "Curtis had hit him with a belt because he had not looked after Esi while Abena was at work. "
              "Curtis was arrested, moved out and is on bail. Jordan has been cutting his arms since the autumn "
              "and was referred to CAMHS in November. Esi has sickle cell disease and was admitted to hospital "
              "twice last year with pain crises; she needs medicines and plenty of fluids every day. Abena "
              "works long shifts, and on those days Jordan has been left to give Esi her tea and medicines. "
              "There are no concerns about Curtis using drugs or alcohol."),
        ("h1", "What Jordan and Esi say"),
        ("p", "Jordan (seen alone at school on 26/02/2025): \"I just want Curtis not to come back. Mum's at work "
              "loads so I do Esi's tea and her medicine. I don't mind but sometimes I forget.\" He said the "
              "cutting happens \"when my head's too loud\", and that the CAMHS sessions are \"alright\". He "
              "would like to play football again on Saturdays."),
        ("p", "Esi drew her family with Curtis \"outside the door\". She told the SW she likes it when Jordan "
              "reads to her, and \"I don't like it when Jordan is sad in his room\"."),
        ("h1", "Where we want to be by the summer"),
        ("bullets", [
            "Jordan feels safe at home and tells us Curtis has not been back.",
            "Jordan goes a month at a time without hurting himself, and tells an adult when he feels like it.",
            "Esi has her medicines and drinks every day and her pain is spotted early, by an adult.",
            "Abena finishes the teenage parenting course.",
        ]),
        ("h1", "Action plan – RAG review"),
        ("p", "RAG: Green – on track; Amber – started but behind; Red – not started or not working."),
        ("table", {
            "header": ["No.", "Action", "Lead", "Agreed", "Target date", "Evidence", "RAG", "Comment"],
            "widths": [0.8, 5.6, 3.4, 2.7, 3.0, 4.6, 1.6, 4.0],
            "rows": [
                ["1", "Visit Jordan and Esi, seeing Jordan on his own at home or at school",
                 "SW Daniel Achebe", "08/01/2025", "Fortnightly until the review conference",
                 "Visit records with Jordan's own words written down", "Green",
                 "Five visits; Jordan seen alone each time"],
                ["2", "Weekly sessions with Jordan about his self-harm and low mood, with a risk assessment each "
                      "month",
                 "Wystanton CAMHS (Dr Priya Nair, clinical psychologist)", "08/01/2025", "Weekly",
                 "CAMHS letter to the GP and SW after each monthly risk assessment", "Amber",
                 "Sessions started 05/02 after a wait"],
                ["3", "Log each time Jordan tells staff he has self-harmed or is seen with new injuries, and "
                      "tell the SW and Abena",
                 "Mrs Lorna Grey, DSL, Wystanton High School", "08/01/2025", "Same day, every time",
                 "School safeguarding log, copied to the SW each Friday", "Green",
                 "Two disclosures in February, both passed on"],
                ["4", "Share Esi's sickle cell care plan with her school, including what to do when she is in "
                      "pain",
                 "Claire Boateng, paediatric haemoglobinopathy nurse, Wystanton General Hospital", "08/01/2025",
                 "By the end of the Easter holidays (22/04/2025)",
                 "Care plan on file at Wishbourne Primary and a copy with the SW", "Amber",
                 "Draft seen by the school nurse"],
                ["5", "Arrange shifts so that an adult is at home with Jordan and Esi on every school night",
                 "Abena Mensah", "08/01/2025", "Every school night; rota to the SW by the 1st of each month",
                 "Abena's shift rota, seen by the SW", "Amber",
                 "Jordan looked after Esi on two evenings in February"],
                ["6", "Attend the Wystanton Choices domestic abuse perpetrator programme",
                 "Curtis Hale", "08/01/2025", "When a place is available",
                 "Attendance record sent to the SW by the programme each month", "Red",
                 "On the waiting list"],
                ["7", "Go through Jordan's safety plan card with him (who he tells, and what he does instead of "
                      "cutting)",
                 "All professionals", "08/01/2025", "At every contact",
                 "Card kept in Jordan's planner; each use noted in the school log", "Amber",
                 "Jordan says he has used it twice"],
                ["8", "Flag the address so that any 999 call from it gets an immediate response",
                 "Wystanton Police (Public Protection Unit)", "08/01/2025", "-",
                 "Flag confirmation email on the children's file", "Red",
                 "No confirmation received yet"],
                ["9", "Six sessions of the Talking Teens parenting course for Abena, on how to respond when "
                      "Jordan shuts down or self-harms",
                 "FSW Tom Reyes, Wystanton Family Support", "22/01/2025", "Fortnightly from 05/02/2025",
                 "Progress will be reviewed at core group", "Amber",
                 "Abena finds the evening sessions hard to get to"],
                ["10", "Find Jordan a Saturday football club and help with the fees",
                 "", "22/01/2025", "By the end of the Easter holidays",
                 "Club registration form; attendance recorded by the coach", "Red",
                 "Not picked up since the first core group"],
                ["11", "Review Jordan's sleep and whether he needs any medication to help with it",
                 "Dr Sam Okoro, GP, Wishbourne Surgery", "22/01/2025", "ASAP", "", "Red",
                 "Jordan not yet seen"],
                ["12", "Contact with his dad every other weekend, with Jordan choosing whether to stay over",
                 "Kwame Mensah", "08/01/2025", "Every other weekend",
                 "Contact diary kept by Kwame and seen by the SW each month", "Green",
                 "Jordan says he enjoys it"],
                ["13", "Give Esi her daily penicillin and folic acid and make sure she drinks enough, with a "
                       "chart on the fridge",
                 "Abena Mensah", "08/01/2025", "Every day",
                 "Medicine chart ticked each day, checked by the SW at each visit", "Green",
                 "Chart up to date at the last two visits"],
            ],
        }),
        ("h1", "Core group and review"),
        ("p", "The core group meets every 6 weeks at Wystanton High School, 4pm: Wednesday 22/01/2025, "
              "Wednesday 05/03/2025 and Wednesday 16/04/2025. Review child protection conference: to be "
              "arranged."),
        ("p", "Review written up by Daniel Achebe (SW) on 06/03/2025."),
    ],
    "findings": [
        F("T002", "Attend the Wystanton Choices domestic abuse perpetrator programme"),
        F("W002", "Go through Jordan's safety plan card with him"),
        F("T001", "Flag the address so that any 999 call"),
        F("M002", "Six sessions of the Talking Teens parenting course for Abena"),
        F("W001", "Find Jordan a Saturday football club and help"),
        F("T002", "Review Jordan's sleep and whether he needs any medication"),
        F("M001", "Review Jordan's sleep and whether he needs any medication"),
        F("F002", "Abena finishes the teenage parenting course."),
        F("C001"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system export: labelled lines per action (Responsible, Timescale,
#    Measure, Status), father with schizophrenia under the CMHT, mother's
#    teenage anorexia long over; most actions about the father (pdf)
# ---------------------------------------------------------------------------
def _task(n, action, who, when, measure, status="Open"):
    return ("kv", [
        (f"Action {n}", action),
        ("Responsible", who),
        ("Timescale", when),
        ("Measure of success", measure),
        ("Status", status),
    ])


PLANS.append({
    "name": "b84_warrenholt_carefile_export_labelled_lines_doyle.pdf",
    "doc_title": "CareFile export - Child Protection Plan - Ruby and Finn Doyle",
    "split": "heldout",
    "actions": 11,
    "template": "case-system-export-paged-pdf-header-footer-labelled-field-lines-action-responsible-timescale-measure-status",
    "description": (
        "Case-system (CareFile) export of an initial conference plan for a 5-year-old and a 2-year-old whose "
        "father has paranoid schizophrenia and relapsed after missing his depot (he took the children out at "
        "2am). Every action is a block of labelled lines: Action n / Responsible / Timescale / Measure of "
        "success / Status. The mother's anorexia as a teenager is long over. Hard negatives: the consultant "
        "psychiatrist is asked whether the father can make the changes needed, an outcome about the "
        "father's illness that is framed for the children, 'same day, every time'. Faults: the CMHT row "
        "that only gives the depot and supports (H001), 'As required' with 'Sean will engage with "
        "services' (T002, M002), a carer's assessment 'TBC' with '-' as its measure (T002, M001), "
        "'Ongoing' for the HV (T002), six of eleven actions about the father's own health and support "
        "(F001), the children's views 'not recorded this period' (F003), and the grandmother's nights with "
        "no fallback (C003). Header and page footer on every page."
    ),
    "header": "WARRENHOLT COUNCIL | CareFile | Child Protection Plan | OFFICIAL-SENSITIVE",
    "footer": "Printed 05/03/2025 14:22 by ABRENNAN | Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("h2", "Plan details"),
        ("kv", [
            ("Plan ID", "CP-2025-00417"),
            ("Plan type", "Initial child protection plan"),
            ("Date of conference", "26/02/2025"),
            ("Category", "Neglect"),
            ("Lead social worker", "Amy Brennan, Warrenholt Family Safeguarding Team 2"),
            ("Conference chair", "Richard Ashworth"),
        ]),
        ("h2", "Subjects"),
        ("kv", [
            ("Child 1", "Ruby DOYLE, DOB 14/05/2019 (5), Reception, Warrenholt Infant School"),
            ("Child 2", "Finn DOYLE, DOB 02/01/2023 (2), at home"),
            ("Father", "Sean DOYLE (35)"),
            ("Mother", "Nicola DOYLE (33)"),
            ("Paternal grandmother", "Maureen DOYLE (61), 3 Wren Terrace, Warrenholt"),
            ("Address", "8 Wyvern Walk, Warrenholt"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "Sean has paranoid schizophrenia, diagnosed in 2015, and is under the Warrenholt Community Mental "
              "Health Team (CMHT) with a depot injection every two weeks. In January he missed two injections "
              "and became unwell, believing the neighbours were putting something in the family's food. At "
              "2am on 21/01/2025 he took Ruby and Finn out of the house to walk to \"somewhere safe\"; police "
              "found them on Wexmoor Road and took them home. Nicola works early shifts at a bakery "
              "(5am to 1pm, Tuesday to Saturday) and was asleep. Sean spent three weeks on the Wetherlea "
              "Unit and was discharged on 18/02/2025. He says he will never miss his injection again."),
        ("p", "Nicola had anorexia as a teenager. She was discharged from the eating disorders service in 2012 "
              "and has been well since."),
        ("h2", "Child's views"),
        ("kv", [
            ("Ruby", "Not recorded this period. Ruby was not seen on her own before conference."),
            ("Finn", "Not recorded this period (pre-verbal)."),
        ]),
        ("h2", "Desired outcomes"),
        ("bullets", [
            "Ruby and Finn are always cared for by an adult who is well enough to keep them safe, day and night.",
            "Ruby and Finn are cared for by a dad whose illness is well managed, so that he can take them to "
            "school and nursery and back safely.",
            "Ruby is in school every day, and Finn has his 2-year check and a nursery place.",
        ]),
        ("h2", "Plan actions"),
        _task(1, "Give Sean his depot injection every two weeks and support him with his mood, sleep and daily "
                 "routine",
              "Lisa Marsh, care coordinator, Warrenholt CMHT", "Every two weeks",
              "Each injection recorded on the CMHT record and confirmed to the SW monthly"),
        _task(2, "Psychiatric review of Sean, with a written report on his insight, his relapse signs, whether "
                 "he can make and keep the changes needed to care safely for Ruby and Finn, and how long that "
                 "is likely to take",
              "Dr Yusuf Osman, consultant psychiatrist, Warrenholt CMHT",
              "By 31/03/2025, and again before the review conference",
              "Written report sent to the SW and shared at the core group"),
        _task(3, "Sean to attend all his CMHT appointments and take his medication as prescribed",
              "Sean Doyle", "As required", "Sean will engage with services"),
        _task(4, "Carer's assessment for Nicola as Sean's carer",
              "Warrenholt Carers Hub (Adult Social Care)", "TBC", "-"),
        _task(5, "Physical health check for Sean, including his weight, blood sugar and blood pressure, as he "
                 "is on antipsychotic medication",
              "Dr Helen Carr, GP, Warrenholt Medical Practice", "By 30/04/2025",
              "Results on the GP record and a letter to the CMHT care coordinator"),
        _task(6, "Help Sean with his own PIP claim and his Universal Credit sick notes",
              "Gemma Lowe, adviser, Warrenholt Welfare Rights", "First appointment by 21/03/2025",
              "Claim reference number given to the SW"),
        _task(7, "Sean to go to the Hearing Voices group at Warrenholt Recovery College",
              "Sean Doyle", "Every Thursday, 2pm to 4pm, from 06/03/2025",
              "Recovery College attendance register, shared with the care coordinator"),
        _task(8, "Ring the CMHT duty line if Sean misses his depot or shows any of the relapse signs on his "
                 "card, so that Ruby and Finn are not left alone with him while he is unwell",
              "Nicola Doyle", "Same day, every time",
              "Call logged by the CMHT duty worker and passed to the SW"),
        _task(9, "Visit the family at home, see Ruby on her own and Finn awake, and check who is looking after "
                 "the children at night",
              "SW Amy Brennan", "Weekly until the review conference",
              "Visit records note who was caring for the children and what Ruby said"),
        _task(10, "Stay at the family home overnight so there is a well adult in the house while Nicola is at "
                  "work in the early morning",
              "Maureen Doyle (paternal grandmother)",
              "Every night before Nicola's early shifts (Monday to Friday nights) until the review conference",
              "Maureen texts the SW each morning she has stayed; nights marked on the calendar the SW checks"),
        _task(11, "Finn's 2-year development review with an ASQ-3, and help Nicola apply for a funded nursery "
                  "place for him",
              "HV Carla Dunne, Warrenholt 0-19 Service", "Ongoing",
              "ASQ-3 scores and the nursery application sent to the SW"),
        ("h2", "Contingency plan"),
        ("p", "If Sean misses a depot injection or shows any of his relapse signs, Nicola will take Ruby and Finn "
              "to Maureen Doyle's house that day and ring the CMHT duty line, and the SW (or the emergency duty "
              "team out of hours) will hold a strategy discussion the same day. Sean will not care for the "
              "children on his own until the CMHT has seen him."),
        ("p", "If Sean is admitted to hospital again, or takes the children out of the house at night again, the "
              "SW will ask for a legal gateway meeting within 5 working days."),
        ("h2", "Review arrangements"),
        ("kv", [
            ("Core group frequency", "Every 4 weeks"),
            ("Core group dates", "12/03/2025, 09/04/2025, 07/05/2025 (Wednesdays, 10am, Warrenholt Family Hub)"),
            ("Review conference", "21/05/2025, 1.30pm, Warrenholt Town Hall"),
        ]),
        ("p", "-- End of plan --"),
    ],
    "findings": [
        F("H001", "Give Sean his depot injection every two weeks and support"),
        F("T002", "Sean to attend all his CMHT appointments and take"),
        F("M002", "Sean to attend all his CMHT appointments and take"),
        F("T002", "Carer's assessment for Nicola as Sean's carer"),
        F("M001", "Carer's assessment for Nicola as Sean's carer"),
        F("T002", "Finn's 2-year development review with an ASQ-3"),
        F("F001"),
        F("F003"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Letter to the parents setting out the plan in plain words; the family is
#    moving to another council; no outcome for the baby (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_whessingham_letter_to_parents_quayle.txt",
    "split": "heldout",
    "actions": 10,
    "template": "letter-to-parents-txt-plain-words-one-sentence-per-action-under-what-will-happen-next-transfer-pending",
    "description": (
        "Social worker's letter to the parents of a 10-month-old after the initial conference (neglect; "
        "mother's daily cannabis use; the family is moving to another council). The plan is one sentence "
        "per action under 'What will happen next', addressed to 'you' and signed 'I'. Hard negatives: the "
        "drug service owns a testing action, visits carry on 'until the transfer-in conference', a transfer "
        "summary 'within five working days of you telling me your moving date', 'from today' and 'at every "
        "visit', 'a copy of the tenancy agreement' as the measure. Faults: 'when possible' with no measure "
        "(T002, M001), bottles with no timescale and 'I will keep an eye on' (T001, M002), the parenting "
        "assessment left to the new council once the case has transferred (X001), a GP check 'in due "
        "course' (T002), a passive 'should be given to me' (W001), no outcome for Maisie anywhere (O001), "
        "and a contingency whose only triggers are 'further concerns' and 'things do not get better' "
        "(C002), though it does lead to a legal planning meeting."
    ),
    "text": """\
WHESSINGHAM COUNCIL
Children's Services - Whessingham North Family Safeguarding Team
Whessingham Civic Centre, Wickerfield Street, Whessingham
Tel: 01999 460 220

Jade Carter and Connor Quayle
Flat 3, 41 Wispley Road
Whessingham

17 March 2025

Dear Jade and Connor,

Maisie's child protection plan

Thank you both for coming to the conference on Thursday 13 March. I know it was
a long and hard morning. I said I would write the plan down for you in plain
words, so here it is. Please ring me if anything is not clear.

Why Maisie has a plan

The conference decided that Maisie should have a child protection plan under
the category of neglect. This is because Jade is smoking cannabis every day
(Jade, you told the conference it is "a couple of spliffs to get to sleep"),
and on two of the health visitor's visits in January Maisie had a nappy rash
that had broken the skin and her bottles had been made up with water from the
hot tap. The flat smelled strongly of cannabis on three of my visits. Connor
does not use drugs and has been doing most of the night feeds. You are moving
to a housing association flat in Wexhallow, near Connor's mum, in April, and
Maisie's case will then move to Wexhallow Children's Services.

What I have seen of Maisie

When I visited on 6 and 11 March, Maisie crawled to Connor as soon as he came
in and pulled herself up on his legs. She babbles "da-da" and laughs at
peekaboo. She was in the same vest on both visits and her bottom was red
again. She fed well from her bottle and fell asleep on Jade's chest while we
talked.

What will happen next

I will visit you at home every week until the transfer-in conference in
Wexhallow, at least one visit in three without telling you first, and I will
write down on my visit record where Maisie slept and what she has eaten.

Gill Hardy, your health visitor, will weigh Maisie every two weeks at
Whessingham Clinic and plot her weight in her red book.

Mo Ahmed, your keyworker at Whessingham Drug and Alcohol Service, will do a
saliva test with Jade every fortnight and send me the results in writing.

Jade, you will go to the WDAS cannabis reduction group when possible.

Jade, you will keep the cannabis and anything used to smoke it in the locked
box I gave you and not smoke in the flat, from today, and I will check the box
at every visit.

Connor, you will make up Maisie's bottles with cooled boiled water and keep
the steriliser going, and I will keep an eye on how this is going.

Your new social worker in Wexhallow will complete the parenting assessment
once your case has transferred, and will share the report with you both.

Dr Kapoor at Wickerfield Surgery will do Maisie's one-year check and her
immunisations in due course, and they will be recorded in her red book.

A copy of the tenancy agreement for the new flat should be given to me by
28 March, so that I can check that Maisie will have her own room.

I will send your case file and a transfer summary to Wexhallow Children's
Services within five working days of you telling me your moving date, and I
will give you a copy of the summary.

If things go wrong

If there are further concerns about Maisie's care, or things do not get better
by the review conference, we will look at the plan again and I will ask my
manager for a legal planning meeting.

Meetings

The first core group meeting is on Thursday 27 March at 2pm at Whessingham
Family Hub, and then every four weeks (Thursday 24 April and Thursday 22 May).
The review conference is booked for Thursday 12 June 2025 at 10am at
Whessingham Civic Centre. If you have moved by then, Wexhallow will hold a
transfer-in conference within 15 working days of your move, and this plan
carries on until then.

Yours sincerely,

Tasha Reid
Social Worker
""",
    "findings": [
        F("T002", "you will go to the WDAS cannabis reduction group"),
        F("M001", "you will go to the WDAS cannabis reduction group"),
        F("T001", "you will make up Maisie's bottles with cooled boiled water"),
        F("M002", "you will make up Maisie's bottles with cooled boiled water"),
        F("X001", "Your new social worker in Wexhallow will complete the parenting"),
        F("T002", "Dr Kapoor at Wickerfield Surgery will do Maisie's one-year check"),
        F("W001", "A copy of the tenancy agreement for the new flat"),
        F("O001"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A young person's own plan, in her words: accommodated under section 20,
#    on the children's ward after an overdose, nobody set to visit her there
#    at a stated frequency; mother's drinking owned by the recovery service (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b84_wellowmarsh_young_persons_own_plan_farrell.md",
    "split": "heldout",
    "actions": 12,
    "template": "young-persons-own-plan-md-first-person-what-who-when-how-ill-know-its-working-table",
    "description": (
        "A 15-year-old's own child protection plan, written in the first person with her social worker on "
        "the children's ward. She is accommodated under section 20 with a foster carer and is in hospital "
        "after an overdose. What | Who | When | How I'll know it's working table. Hard negatives: her own "
        "self-harm under CAMHS (never H001), her nan's dementia, the mother's drinking owned by the "
        "recovery service (breath tests 'before each family time'), 'before discharge', 'within five "
        "working days of any missing episode', 'every other Sunday once I'm home'. Faults: the SW's and "
        "the foster carer's ward visits only 'when she can' and 'as often as she can' (T002, T002, and so "
        "L001), a discharge meeting with no measure (M001), coursework help 'in due course' measured by "
        "'I'll feel less stressed' (T002, M002), 'Everyone' as owner (W002), a blank who (W001), 'I want "
        "Mum to stop drinking' as an outcome (F002), and nothing on legal planning (R002)."
    ),
    "text": """\
# My Plan – Kenzie Farrell

*Wellowmarsh Borough Council Children's Services. This is my child protection plan in my
own words. I wrote it with my social worker, Ellie Marsh, on the ward on Tuesday 15 April
2025, after my review child protection conference on Thursday 10 April.*

## About me

I'm Kenzie, I'm 15 and I'm in Year 10 at Wellowmarsh Academy. I've lived with my foster
carer Jackie Price in Wellowmarsh since January. I'm accommodated under section 20, which
means Mum agreed to it. Since Friday 11 April I've been on Ward 4, the children's ward at
Wellowmarsh General Hospital, because I took an overdose. The doctors say I'll probably be
here another week or two and I might go to Willowbeck adolescent unit for a bit after.

My mum is Donna Farrell. She drinks a lot and when she drinks she kicks off. She's got a
keyworker at Wellowmarsh Recovery Service now. My dad lives in Wenlow with his new family
and I see him sometimes. My nan has dementia and lives at Wisteria House care home. I used
to look after her after school before she went in.

## What everyone is worried about

- I've been hurting myself (cutting) since last summer and in April I took an overdose.
- When I go home to Mum's she's often drunk and I end up looking after her.
- I've gone missing from Jackie's twice since January, and some older lads I don't know
  have been messaging me on Snapchat.
- I've missed a lot of school this year.

## What I think

I like living at Jackie's because it's calm and she doesn't shout. I miss Mum but I only
want to see her when she's sober. I don't want to go to the adolescent unit if I don't have
to. I get scared at night on the ward. I really miss art at school and my friend Caitlin.

## What I want

- I want to stop hurting myself and have people I can tell when it gets bad.
- I want to go back to school and do my GCSEs, especially art.
- I want to see Mum when she's sober, and not have to look after her.
- I want Mum to stop drinking.
- I want to be safe online and not have people I don't know messaging me.

## Who's helping me and when

| What | Who | When | How I'll know it's working |
|---|---|---|---|
| Come to Ward 4 to see me and talk about how I am | My social worker, Ellie Marsh | When she can | She writes each visit on my file |
| Come and see me on the ward and bring my stuff from home | Jackie Price, my foster carer | As often as she can | Jackie writes her visits in her diary |
| Do my risk assessment and plan my CAMHS sessions for after I leave hospital | Dr Rhiannon Vale, CAMHS liaison, Wellowmarsh General | Before I'm discharged | Written risk assessment and safety plan given to me, Jackie and Ellie |
| Discharge planning meeting with me, Jackie, Mum, Ellie and the ward | Sister Naz Hussain, Ward 4 | Before discharge | |
| Family time with Mum at the family centre | Bev Adeyemi, Wellowmarsh Family Time Service | Every Saturday, 11am to 1pm, once I'm out of hospital | Bev sends Ellie her notes after every session |
| Breath test Mum before family time and tell Ellie the result | Pete Sloane, Mum's keyworker, Wellowmarsh Recovery Service | Before each family time | The result is texted to Ellie before the session starts |
| Help me catch up on my art and English coursework | Mrs Khan, head of Year 10, Wellowmarsh Academy | In due course | I'll feel less stressed about school |
| Go through my Snapchat with me and block the people I don't want messaging me | Everyone | Every week | Blocked list written in the back of my diary |
| Take me to see Nan at Wisteria House | Jackie Price | Every other Sunday once I'm home from hospital | Jackie writes the visits in her diary and Nan's carers sign the visitors' book |
| Art club at the Wellowmarsh Youth Hub | | Every Wednesday, starting the first week after I leave hospital | Youth Hub register |
| Return talk with me after any time I go missing | Jas Kaur, Wellowmarsh Missing Team | Within five working days of any missing episode | Return talk form sent to Ellie with my words in it |
| Find me an advocate for my meetings | Ellie Marsh (SW) | Before my looked-after review on 12 May | Advocate's name and number given to me |

## If things get bad

- If I feel like hurting myself I'll tell Jackie or the ward staff, or ring Childline.
  Jackie will take me to A&E at Wellowmarsh General or ring the CAMHS crisis line the same
  night, and she won't leave me on my own.
- If Mum has been drinking before family time, the session won't happen and Bev will take
  me back to Jackie's.
- If I go missing, Jackie will ring the police straight away and then Ellie.

## Meetings

- My core group meets every 4 weeks: Thursday 24 April, Thursday 22 May and Thursday
  19 June (on the ward if I'm still there).
- My next review child protection conference is on Thursday 10 July 2025.
""",
    "findings": [
        F("T002", "Come to Ward 4 to see me and talk"),
        F("T002", "Come and see me on the ward and bring my stuff"),
        F("M001", "Discharge planning meeting with me, Jackie, Mum, Ellie and the ward"),
        F("T002", "Help me catch up on my art and English coursework"),
        F("M002", "Help me catch up on my art and English coursework"),
        F("W002", "Go through my Snapchat with me and block the people"),
        F("W001", "Art club at the Wellowmarsh Youth Hub"),
        F("F002", "I want Mum to stop drinking."),
        F("L001"),
        F("R002"),
    ],
})
