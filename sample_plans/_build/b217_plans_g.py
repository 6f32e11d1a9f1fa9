"""Batch 217, module g: seven fictional plans (held-out material), places beginning with "g".

Batch: 217. Letter: g. Split: heldout (every plan).

Everything here is made up: children, parents, relatives, professionals,
schools, hospitals, wards, services, charities and councils (Gadderstone,
Grevelholme, Gostlebury, Gammerleigh, Gretchford, Gillerton and
Garnethwaite). Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: timescales. Real times written in the many ways real services write
them, and vague times written just as confidently. In the four exemplary
plans every action's time is real but unusual in form: a date or period in
a banner over a group of actions ("Stage 2 - at 36 weeks: pre-birth
planning meeting, Thursday 26 February 2026"), a time relative to an event
or meeting ("within one working day of the birth", "within two working
days of each missed contact", "the day Lily comes home"), the baby's age
or the pregnancy ("at 36 weeks", "at the 6-8 week check"), the school
calendar ("by February half term", "every Friday in term"), recurrences
("each contact", "fortnightly on Tuesdays"), a start plus a review ("from
19 January, reviewed at each core group"), a timeline section numbered to
match the actions, and time columns under unusual headers ("Timeframe",
"Start / review", "When" inside a "Who and when" field). In the three
faulty plans the vague times ("ongoing", "as soon as possible", "in due
course", "when appropriate", "regularly", "throughout", "as and when",
"when needed", "at the next opportunity") stand beside real ones written
in the same confident voice, and a few actions have no time at all. Where
a time could be read two ways it was rewritten so that it cannot.

1. Gadderstone (docx, landscape, exemplary): pre-birth initial conference
   plan for an unborn baby (the mother's depression and past self-harm,
   the father's conviction for assaulting a previous partner, the
   grandmother's nights after the birth): one table (What will happen /
   Who / Timeframe / How we'll know) broken by four stage banner rows that
   carry their periods ("Stage 1 - now until 36 weeks (15 January to 26
   February 2026)", "Stage 3 - on Grebe Ward, from the birth until
   discharge", "Stage 4 - the first eight weeks at home (until the baby's
   8-week check)"), each row's Timeframe saying when within its stage; the
   perinatal mental health team reports on the mother's capacity to
   change.
2. Grevelholme (pdf, landscape, header and footer, exemplary): first review
   conference plan for a 10-year-old and a 7-year-old whose father is
   alcohol dependent, with the paternal grandmother helping: a table (Ref /
   What we will do / Lead (and who helps) / Start / review / What we will
   see) with a banner row per outcome, timed by the school calendar ("by
   February half term (13 February)", "every Friday in term") and by starts
   with a review ("From 19 January, weekly on Mondays; reviewed at each
   core group"); the alcohol service reports on change.
3. Gostlebury (md, exemplary): core group 2 plan for a 6-year-old whose
   mother has bipolar disorder, with her aunt helping: twelve numbered
   actions with the owner in bold and a "We'll know" sentence but no time,
   then "When: the timeline", numbered to match ("5. By the core group on
   17 February", "8. Every evening at about 7pm; a call to Lisa the same
   evening she notices a warning sign"); the care coordinator reports on
   the mother's capacity to change.
4. Gammerleigh (txt, exemplary): case-system print of a child protection
   plan for a premature baby with neonatal abstinence syndrome,
   accommodated under section 20 and on a neonatal unit: thirteen task
   blocks whose "Who / when" field holds owner and time together ("Nadia
   Hussain (social worker) / every Tuesday and Friday until discharge",
   "... / within two working days of each missed contact", "... / the day
   Lily comes home to Maureen's, then weekly until her 8-week check"); the
   social worker and foster carer visit at stated frequencies, the drug
   and alcohol service reports on change, and a legal gateway meeting is a
   task.
5. Gretchford (docx): initial conference plan for a 4-year-old and a baby
   (domestic abuse by the baby's father, his cannabis use, the mother's
   anxiety), the council's Word template with a "When by" column. Faults:
   the perpetrator programme with an empty When by cell (T001); the
   father's cannabis work "Ongoing" and measured by "Engagement with the
   service" (T002, M002); the talking therapies row that only treats the
   mother (H001); "Family" supervising the father's time with the children
   (W002); the health visitor's developmental review "In due course"
   (T002); the play therapy referral "As soon as possible" (T002); and no
   fallback if the family's supervision fails (C003).
6. Gillerton (pdf, header and footer): the social worker's letter to a
   mother after the review conference for her 8-year-old and 3-year-old
   (neglect; her depression treated by her GP), the plan as thirteen
   numbered paragraphs in "I" and "you" with times in the sentences.
   Faults: the family support worker coming "regularly" (T002); the speech
   and language referral "when appropriate" (T002); a nursery place that
   "will be found" with no one named (W001); the dentist registration with
   no time (T001); the GP's medication review "at the next opportunity"
   with no appointment date (T002); the young carers' club with nothing to
   show it worked (M001); and the next review conference "will be
   arranged" (R001).
7. Garnethwaite (md): core group 3 minutes for a 12-year-old and a
   9-year-old (the mother's weekend cocaine use, the father released from
   prison after assaulting her, the maternal grandparents having the
   children at weekends), an initials key, agency updates, views and
   scaling, then an action log (No. / Action / Lead / When / How we'll
   know). Faults: the head of year's check-ins "As and when" (T002); the
   school counsellor's sessions "Throughout the plan" (T002); the IDVA's
   safety planning "When needed" (T002); "All professionals" sharing
   worries (W002); the parenting group with an empty How we'll know cell
   (M001); an outcome about the mother only (F002); and no fallback if the
   grandparents cannot help (C003).

Plans 1 to 4 are exemplary: every action has a named owner, a real
timescale and something that can be seen, counted or read; every outcome
is about the child; each contingency has specific triggers and concrete
protective responses, says what happens if a relative's help fails where a
relative helps, and leads to a legal planning meeting after named
triggers; each records the child's words or, for a baby, the observed day;
each has core group dates or frequency and a dated review conference; where
a parent is ill or uses alcohol or drugs an adult service owns work, and
every adult mental health row asks for a view of the parent's capacity to
change and how long it will take. The three faulty plans hold 22 expected
findings between them (8, 7 and 7).

Counting convention used for "actions" (README convention 1): each row of
an action table (stage, outcome and header banner rows excepted), each
numbered action, each numbered paragraph of the letter's "What will happen
now" and each task block of the case print counts once, whatever number of
sentences it holds. The timeline in plan 3 gives the actions their times
and is not a list of further actions. Details, who's who and attendance
tables, agency updates, what happened, views, scaling, outcomes,
contingencies and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan: one table, stage banner rows carrying
#    the period, a "Timeframe" column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_gadderstone_prebirth_icpc_stage_banners_timeframe_column_fletcher.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Fletcher (unborn)",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "template": "prebirth-icpc-plan-docx-landscape-conference-kv-why-worries-what-life-is-like-for-the-baby-now-niamh-reece-angela-views-going-well-outcomes-then-one-table-what-will-happen-who-timeframe-how-well-know-with-four-stage-banner-rows-now-to-36-weeks-at-36-weeks-on-the-ward-first-eight-weeks-then-if-things-go-wrong-and-meetings",
    "description": (
        "Exemplary pre-birth initial conference plan for an unborn baby due on 26/03/2026: the mother "
        "(22) has recurrent depression with a history of self-harm and an overdose in June 2025, and "
        "the father was convicted in 2023 of assaulting a previous partner. The maternal grandmother "
        "will stay three nights a week after the birth. After what life is like for the baby now (the "
        "midwife's observations), each adult's views and five outcomes for the baby, the plan is one "
        "landscape table (What will happen / Who / Timeframe / How we'll know) broken by four stage "
        "banner rows that carry their periods ('Stage 1 - now until 36 weeks (15 January to 26 "
        "February 2026)', 'Stage 2 - at 36 weeks ...', 'Stage 3 - on Grebe Ward, from the birth until "
        "discharge', 'Stage 4 - the first eight weeks at home (until the baby's 8-week check)'), and "
        "each row's Timeframe says when within its stage ('Fortnightly on Wednesdays from 21 January', "
        "'Within one working day of the birth, then every other day until discharge', 'The day the "
        "baby comes home, then weekly', 'At the 6-8 week check'). The perinatal mental health team "
        "assesses and reports on the mother's capacity to change and its timescale; the contingency "
        "has specific triggers, a fallback for the grandmother's nights and a legal planning meeting; "
        "core group and review dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Gadderstone City Council, Children and Families Service. Agreed at the pre-birth initial child "
              "protection conference on Thursday 15 January 2026 and written up by Hannah Wiltshire (social "
              "worker) the next day. Each stage of the plan starts with a banner giving its period; the "
              "Timeframe column says when each action happens within that stage."),
        ("kv", [
            ("Baby", "Baby Fletcher (unborn), due 26/03/2026. Niamh was 30 weeks pregnant at the conference."),
            ("Mum", "Niamh Fletcher (22), 14 Quarry Bank, Gadderstone GD3 5LP"),
            ("Dad", "Reece Calloway (25), Flat 2, 71 Mill Lane, Gadderstone GD1 8HW. Niamh and Reece want "
                    "to live together after the birth; they do not at present."),
            ("Maternal grandmother", "Angela Fletcher (48), 9 Quarry Bank (three doors from Niamh)"),
            ("Category", "Emotional abuse (pre-birth: risk of emotional harm and neglect)"),
            ("Social worker", "Hannah Wiltshire, Gadderstone Assessment and Pre-birth Team (team manager: "
                              "Carol Ibbotson)"),
            ("Conference chair", "Martin Greaves, independent child protection chair"),
            ("Hospital", "Gadderstone Royal Infirmary, delivery suite and Grebe Ward (postnatal)"),
        ]),
        ("h1", "Why the baby needs a plan"),
        ("p", "Niamh has had depression since she was 15 and has cut herself when she is low. In June 2025 she "
              "took an overdose after an argument with Reece and spent two nights on a medical ward. She was "
              "under Gadderstone Community Mental Health Team until she was referred to the Gadderstone "
              "Perinatal Mental Health Team at 20 weeks. She takes sertraline and says it helps. In 2023 Reece "
              "was convicted of assault occasioning actual bodily harm against a previous partner, who was "
              "pregnant at the time. Niamh says Reece has never hurt her. Neighbours called the police to a "
              "loud argument at Niamh's flat on 28/11/2025; no one was arrested."),
        ("h1", "What life is like for the baby now"),
        ("p", "Leanne Dace (specialist safeguarding midwife) has seen Niamh at every antenatal appointment. The "
              "baby is growing well: at the 28-week scan on 02/01/2026 the baby's measurements were on the 40th "
              "centile. The baby moves most in the evening and Niamh counts the kicks at bedtime. Niamh stopped "
              "smoking at 22 weeks and her carbon monoxide reading was 2 ppm at 28 weeks. Niamh told Leanne "
              "that on days she feels low the baby \"goes quiet and then kicks like mad\", and that she sings "
              "to the bump in the bath. The Moses basket and car seat Angela bought are in Niamh's bedroom."),
        ("p", "When the baby is born they will need feeding every two to three hours, day and night; a calm "
              "home with no shouting; safe sleep on their back in their own Moses basket; and an adult who "
              "notices when they are hungry, cold or unwell, even at 3am."),
        ("h1", "What Niamh, Reece and Angela said"),
        ("p", "Niamh: \"I know people think I'll hurt myself again. I've got a reason not to now. I want to "
              "show I can do this, but I don't want to do nights on my own at first.\""),
        ("p", "Reece: \"That was years ago and I've grown up since. I'll do the course if it means I get to be "
              "a dad. The row in November was just shouting.\""),
        ("p", "Angela: \"I'll be there for her. I work days at Greggson's bakery, so I can do nights but I "
              "can't do mornings.\""),
        ("h1", "What is going well"),
        ("bullets", [
            "Niamh has been to every antenatal appointment and every perinatal team appointment since 20 weeks.",
            "Niamh has taken her sertraline every day since October, and she has not self-harmed since the "
            "overdose in June.",
            "Niamh stopped smoking at 22 weeks and has the baby's things ready.",
            "Angela lives three doors away and Niamh asks her for help when she needs it.",
            "Reece came to the conference and has agreed to the domestic abuse programme.",
        ]),
        ("h1", "What needs to be different for the baby"),
        ("numbers", [
            "The baby is born safely and goes home only when the support and visits for the first weeks are in "
            "place.",
            "The baby is fed, warm and gaining weight, sleeps on their back in their own Moses basket, and is "
            "seen by a professional every week.",
            "The baby lives in a calm home where no adult is hurt or frightened, and is never near violence "
            "between the adults who care for them.",
            "The baby is cared for by a mum whose mental health is stable enough to notice and meet their "
            "needs, day and night, and who has a plan that keeps the baby safe if she becomes unwell.",
            "The baby is cared for by a dad who has shown he can manage conflict without violence before he "
            "lives with the baby.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who", "Timeframe", "How we'll know"],
            "widths": [9.2, 5.2, 4.9, 6.4],
            "rows": [
                ["Stage 1 - now until 36 weeks (15 January to 26 February 2026)", H, H, H],
                ["Antenatal care with the specialist midwife, including a growth scan at 34 weeks and a talk "
                 "with Niamh about feeding and safe sleep",
                 "Leanne Dace, specialist safeguarding midwife, Gadderstone Royal Infirmary",
                 "Fortnightly on Wednesdays from 21 January; scan at 34 weeks (12 February)",
                 "Appointment notes sent to Hannah after each appointment; scan result plotted on the "
                 "baby's growth chart"],
                ["Assess Niamh's mental health in pregnancy and what it will mean for her care of the baby: her "
                 "relapse signs, her insight, whether she can make and keep the changes the baby needs, and "
                 "how long that is likely to take",
                 "Dr Farah Qureshi, consultant perinatal psychiatrist, with Tamsin Rowe, perinatal CPN "
                 "(Gadderstone Perinatal Mental Health Team)",
                 "First appointment within 10 working days of this conference; report by 36 weeks",
                 "Written report to Hannah and to the 36-week planning meeting"],
                ["Pre-birth parenting assessment of Niamh and Reece, separately and together, including a "
                 "visit to Reece's flat",
                 "Hannah Wiltshire, social worker",
                 "Weekly sessions from 20 January; complete by 26 February",
                 "Assessment report with recommendations, shared with Niamh and Reece before the 36-week "
                 "meeting"],
                ["Speak with Niamh on her own about her relationship with Reece and how she would get help, "
                 "and give her the Gadderstone Domestic Abuse Service helpline number",
                 "Hannah Wiltshire, social worker",
                 "At every other assessment session, starting 20 January",
                 "What Niamh says recorded in the session notes; any disclosure passed to the police and "
                 "the Gadderstone IDVA Service the same day"],
                ["Attend the intake sessions and then the weekly group of the Gadderstone Change Programme "
                 "(domestic abuse perpetrator programme)",
                 "Reece Calloway (Dad)",
                 "Intake by 30 January; group on Thursday evenings from 5 February",
                 "Attendance record and the facilitator's progress letter to Hannah by 26 February"],
                ["Come to two \"Getting Ready for Baby\" sessions with Niamh at Gadderstone Family Hub, and "
                 "agree in writing which nights she will stay after the birth",
                 "Angela Fletcher (Niamh's mum)",
                 "5 and 12 February",
                 "Family Hub register; signed night-support agreement on file by 26 February"],
                ["Stage 2 - at 36 weeks: pre-birth planning meeting, Thursday 26 February 2026 at 2pm, "
                 "Gadderstone Family Hub", H, H, H],
                ["Chair the pre-birth planning meeting and agree the birth plan and the discharge plan, using "
                 "the perinatal report, the parenting assessment and the programme letter",
                 "Carol Ibbotson, team manager",
                 "At the meeting on 26 February",
                 "Birth and discharge plan sent to the delivery suite, Grebe Ward, Niamh, Reece and every "
                 "agency within 2 working days"],
                ["Put a safeguarding alert and the birth plan on Niamh's maternity record, so that the ward "
                 "calls Hannah (or the Gadderstone Emergency Duty Team) when Niamh is admitted in labour",
                 "Leanne Dace, specialist safeguarding midwife",
                 "By 37 weeks (5 March)",
                 "Alert seen on the maternity record; Leanne e-mails Hannah to confirm"],
                ["Stage 3 - on Grebe Ward, from the birth until discharge", H, H, H],
                ["Observe and record how Niamh feeds, holds and settles the baby, and how she responds when "
                 "the baby cries",
                 "Sister Joyce Amankwah, ward manager, Grebe Ward, with her midwives",
                 "Every shift until discharge",
                 "Observation sheet in the baby's notes, read by Hannah before the discharge meeting"],
                ["Visit Niamh and the baby on the ward and see the baby being fed and changed",
                 "Hannah Wiltshire, social worker",
                 "Within one working day of the birth, then every other day until discharge",
                 "Ward visit record with what Hannah saw of the baby's care"],
                ["Hold the discharge planning meeting on the ward; the baby does not go home until the night "
                 "support and visits in stage 4 are confirmed",
                 "Hannah Wiltshire, social worker, with Sister Amankwah",
                 "Before discharge, and no sooner than 72 hours after the birth",
                 "Discharge checklist signed by Hannah and the ward; copy to every agency the same day"],
                ["Stage 4 - the first eight weeks at home (until the baby's 8-week check)", H, H, H],
                ["Home visits, at least one in three unannounced, seeing the baby awake and where the baby "
                 "sleeps",
                 "Hannah Wiltshire, social worker",
                 "The day the baby comes home, then weekly",
                 "Visit records within 48 hours, noting the baby's sleep space, feeds and what Niamh and "
                 "Angela say"],
                ["New birth visit, then weigh the baby and talk through feeding, crying and safe sleep with "
                 "Niamh",
                 "Ruth Gledhill, health visitor, Gadderstone 0-19 Service",
                 "New birth visit by day 14; then weekly",
                 "Weights plotted in the red book: back to birth weight by day 14 and on or above the birth "
                 "centile at 8 weeks"],
                ["Stay overnight and do one night feed so that Niamh sleeps for at least six hours",
                 "Angela Fletcher (Niamh's mum)",
                 "Monday, Wednesday and Friday nights for the first four weeks at home",
                 "Angela's night sheet (feed times, how Niamh was), read by Hannah at each visit"],
                ["Home visits to treat Niamh's depression and watch for her relapse signs, with a written "
                 "update on Niamh's capacity to make and keep the changes the baby needs and how long that "
                 "is likely to take",
                 "Tamsin Rowe, perinatal CPN, Gadderstone Perinatal Mental Health Team",
                 "Fortnightly on Tuesdays from discharge; update before each core group",
                 "Tamsin's written update, with Niamh's EPDS score, shared at each core group"],
                ["The baby's 6-8 week check, with Niamh's postnatal check at the same appointment",
                 "Dr Alan Shore, GP, Gadderstone Health Centre",
                 "At the 6-8 week check",
                 "Check recorded in the red book; Dr Shore writes to Hannah the same week"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Niamh self-harms, says she has thoughts of harming herself or the baby, or misses two perinatal "
            "appointments in a row: Tamsin (or the Gadderstone Crisis Team out of hours) sees her the same day, "
            "and Hannah holds a strategy discussion with the police and health that day. If the baby is on the "
            "ward, the baby stays there; if the baby is at home, Niamh and the baby stay at Angela's house with "
            "Angela caring for the baby until the strategy discussion has decided what happens next.",
            "If Reece is violent or threatening to Niamh, or the police are called to an argument: Niamh rings "
            "999, Reece leaves and does not return to Niamh's home, Niamh and the baby go to Angela's that "
            "night, and Hannah holds a strategy discussion the same day.",
            "If Angela cannot do one of her nights, she rings Hannah (or the Emergency Duty Team) that day and "
            "Niamh's aunt, Maureen Fletcher, stays instead (agreed with Maureen on 14/01/2026). If Maureen "
            "cannot either, or Angela can no longer help at all, Hannah visits that evening; if she cannot be "
            "sure the baby will be safe overnight, the baby is placed with Gadderstone foster carers that night.",
            "If the 36-week reports show that Niamh and Reece cannot keep the baby safe, or if either of the first "
            "two triggers happens, Carol Ibbotson (team manager) will hold a legal planning meeting within 5 "
            "working days to decide whether to start PLO pre-proceedings or to apply for an interim care order "
            "when the baby is born.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Gadderstone Family Hub, Thursdays at 2pm: 29/01/2026, then "
            "26/02/2026 (with the 36-week meeting), then within 10 working days of the baby's discharge.",
            "Review child protection conference: Thursday 09/04/2026 at 10am, Gadderstone Civic Centre.",
        ]),
        ("p", "Plan sent to Niamh, Reece, Angela and every agency on 16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan for two school-age children, a "Start /
#    review" column timed by the school calendar, banner rows per outcome.
#    Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_grevelholme_rcpc_start_review_column_school_calendar_dunmore.pdf",
    "doc_title": "Review Child Protection Plan - Ellie and Mason Dunmore",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Grevelholme Borough Council · Child Protection Plan: Ellie and Mason Dunmore",
    "footer": "Agreed at the review conference on 14/01/2026 · Next review conference 08/07/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc1-plan-paged-landscape-header-footer-plan-details-table-progress-since-icpc-what-ellie-and-mason-told-us-parents-and-nan-said-outcomes-then-ref-what-we-will-do-lead-and-who-helps-start-review-what-we-will-see-table-with-outcome-banner-rows-times-by-school-calendar-and-start-plus-review-then-if-things-go-wrong-if-nan-cannot-help-legal-planning-meetings",
    "description": (
        "Exemplary first review conference plan for a girl of 10 and a boy of 7 (neglect): their father "
        "is alcohol dependent and cares for them alone two evenings a week while their mother works "
        "nights at a care home; their paternal grandmother has them for tea twice a week and takes them "
        "to school after night shifts. After progress since the initial conference, the children's own "
        "words and the adults' views, the plan is one landscape table (Ref / What we will do / Lead (and "
        "who helps) / Start / review / What we will see) with a banner row for each outcome, timed by "
        "the school calendar and by starts with a review ('From 19 January, weekly on Mondays; reviewed "
        "at each core group', 'Assessment by February half term (13 February)', 'Every Friday in term', "
        "'Each morning after one of Gemma's night shifts'). The alcohol service owns work and reports on "
        "change; the contingency has specific triggers, a fallback for each of the grandmother's tasks "
        "and a legal planning meeting; core group and review dates are set, and the page header and "
        "footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Ellie and Mason Dunmore"),
        ("p", "Grevelholme Borough Council, Children's Social Care. This plan was agreed at the first review "
              "child protection conference on Wednesday 14 January 2026. It replaces the plan agreed at the "
              "initial conference on 16 October 2025. The \"Start / review\" column says when each piece of "
              "work starts, how often it happens, and when it ends or is next checked; \"in term\" means "
              "Grevelholme school term dates."),
        ("table", {
            "rows": [
                ["Children", "Ellie Dunmore, born 02/05/2015 (10), Year 6; Mason Dunmore, born 21/07/2018 (7), "
                             "Year 3. Both at Grevelholme Juniors."],
                ["Home", "22 Linnet Close, Grevelholme GV4 7RA"],
                ["Parents", "Gemma Dunmore (34), night care assistant at Glebe House Care Home (nights on "
                            "Monday, Wednesday and alternate Fridays); Craig Dunmore (37), not working since "
                            "March 2025"],
                ["Nan", "Carol Dunmore (63), Craig's mum, 5 Sedge Lane, Grevelholme (ten minutes' walk)"],
                ["Category", "Neglect"],
                ["Social worker", "Rachel Okoro, Grevelholme Safeguarding Team 2 (team manager: Bryony Lyle)"],
                ["Chair", "Ian Pettigrew, child protection chair"],
            ],
            "widths": [4.0, 21.7],
            "bold_first_col": True,
        }),
        ("h1", "Why Ellie and Mason still have a plan"),
        ("p", "Craig is dependent on alcohol. Before the initial conference he was drinking about two litres of "
              "strong cider a day, and Ellie was getting Mason up, giving him breakfast and getting them both "
              "to school while Craig slept. Since November Craig has seen the Grevelholme Alcohol and Drug "
              "Service (GADS) every week and says he now drinks about half of what he did. But on 19/12/2025 "
              "he came to collect Mason from after-school club smelling of drink and unsteady on his feet; the "
              "school would not let Mason go with him and Nan collected both children. Ellie's attendance "
              "this school year is 89% and Mason's 86%, with 17 late marks between them."),
        ("h1", "What has got better since October"),
        ("bullets", [
            "Craig has been to 9 of 10 GADS sessions and his breath tests at sessions have been 0 since "
            "5 January.",
            "Nan has had the children for tea every Tuesday and Thursday since November.",
            "Gemma has asked Glebe House to change her rota, and they have agreed from February.",
            "Mason has not missed a day since the Christmas holidays.",
        ]),
        ("h1", "What Ellie and Mason told us"),
        ("p", "Ellie (seen on her own at school by Rachel, 07/01/2026): \"I like it when Dad's funny Dad, not "
              "drink Dad.\" \"I do Mason's Coco Pops because Dad doesn't get up.\" \"I don't want him to go "
              "away, I just want him to stop.\" She is worried that she will be late for her SATs in May. "
              "She scored home as 5 out of 10 and Nan's as 10."),
        ("p", "Mason (at home, with his Lego, 08/01/2026): \"Daddy sleeps on the settee in his coat.\" \"Nan "
              "does fish fingers and we watch the quiz.\" He drew his house with a big cloud over the settee "
              "and said the cloud is \"the grumpy\". He told his teacher he wets the bed \"when Dad shouts\"."),
        ("h1", "What Gemma, Craig and Nan said"),
        ("p", "Gemma: \"I can't give up nights, we need the money, but I can swap so he's not on his own with "
              "them.\" Craig: \"I know I scared everyone before Christmas. I want to do the detox. I'm not "
              "going to lie and say it's easy.\" Nan: \"I'll have them whenever I'm needed, but I'm not getting "
              "any younger and I've my own hospital appointments in March.\""),
        ("h1", "What we want for Ellie and Mason"),
        ("numbers", [
            "Ellie and Mason are cared for every day by a sober adult, and are never in their dad's sole care "
            "when he has been drinking.",
            "Ellie and Mason are in school on time every day, with breakfast, and both are at 95% attendance "
            "or above by the Easter holidays.",
            "Ellie no longer has to look after Mason or her dad, and has time for herself, her friends and "
            "her SATs.",
            "Mason's bedwetting and worries are understood, and he has help with them so that he sleeps well.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "What we will do", "Lead (and who helps)", "Start / review", "What we will see"],
            "widths": [1.3, 8.2, 5.0, 5.2, 6.0],
            "rows": [
                ["Outcome 1: a sober adult caring for Ellie and Mason every day", H, H, H, H],
                ["1a",
                 "Weekly keywork with Craig on cutting down and staying off drink when he has the children, with "
                 "a breath test at every session",
                 "Paul Ashdown, recovery worker, GADS",
                 "From 19 January, weekly on Mondays; reviewed at each core group",
                 "Breath test reading at each session, and a written update to Rachel before each core group on "
                 "how much Craig is drinking and what that means for the children"],
                ["1b",
                 "Assess Craig for a community alcohol detox and, if he is suitable, carry it out with daily "
                 "nurse visits, so that he can care for Ellie and Mason safely",
                 "Dr Imran Shafiq, GADS doctor (GADS nurses do the visits)",
                 "Assessment by February half term (13 February); detox to start within four weeks of the "
                 "assessment",
                 "Assessment letter to Craig's GP and to Rachel; the nurses' daily visit log during the detox"],
                ["1c",
                 "Not drink at all on any day he collects or cares for Ellie and Mason on his own, and take a "
                 "breath test whenever Rachel or Nan asks",
                 "Craig Dunmore (Dad)",
                 "Every Tuesday and Thursday he has the children, from 15 January",
                 "Breath readings of 0 at Rachel's unannounced visits and at Nan's 7pm handovers, written in the "
                 "handover book"],
                ["1d",
                 "Swap night shifts so that Gemma is at home on any night Craig would otherwise be alone with "
                 "the children",
                 "Gemma Dunmore (Mum)",
                 "From the Glebe House rota that starts on 2 February",
                 "A copy of each month's rota given to Rachel by the 1st of the month"],
                ["1e",
                 "Have Ellie and Mason for tea at her house after school, then walk them home and hand over to "
                 "Craig",
                 "Carol Dunmore (Nan)",
                 "Every Tuesday and Thursday in term, 3.15pm to 7pm",
                 "Nan's handover book, signed by Nan and Craig at 7pm and read by Rachel at each visit"],
                ["Outcome 2: in school, on time, with breakfast", H, H, H, H],
                ["2a",
                 "Take Ellie and Mason to school on the mornings after Gemma has worked a night",
                 "Carol Dunmore (Nan)",
                 "Each morning after one of Gemma's night shifts, from 19 January",
                 "The school's late book shows both children in by 8.50am on those days; Mrs Towers sends it "
                 "to Rachel with the Friday figures"],
                ["2b",
                 "A free breakfast club place for both children, and a phone call to Gemma if either child is "
                 "not in school by 9am",
                 "Mrs Anne Towers, DSL, Grevelholme Juniors",
                 "Every school day from 19 January",
                 "Breakfast club register and the first-day call log"],
                ["2c",
                 "Send Rachel both children's attendance and lateness figures for the week",
                 "Mrs Anne Towers, DSL, Grevelholme Juniors",
                 "Every Friday in term",
                 "Weekly figures on the children's file; both children at 95% or above by the Easter holidays "
                 "(27 March)"],
                ["Outcome 3: Ellie is a child, not a carer", H, H, H, H],
                ["3a",
                 "A young carer's assessment for Ellie, and a place at the Wednesday young carers' club",
                 "Sara Holt, Grevelholme Young Carers",
                 "Assessment by February half term; club every Wednesday in term from 25 February",
                 "Young carer's assessment shared with Rachel and Ellie; club register"],
                ["3b",
                 "Four sessions with Ellie on her own about what she worries about at home, using the Three "
                 "Houses",
                 "Rachel Okoro, social worker",
                 "Weekly from 20 January to 10 February",
                 "Ellie's Three Houses drawings kept on file, and her words taken to the core group on 19 "
                 "February"],
                ["Outcome 4: Mason sleeps well and his worries are heard", H, H, H, H],
                ["4a",
                 "Assess Mason's bedwetting and give Gemma a wet-night chart and a plan to follow at home",
                 "Kelly Frame, school nurse, Grevelholme 0-19 Service",
                 "First appointment before February half term; then every three weeks until Easter",
                 "Wet-night chart checked by Kelly at each appointment; the number of dry nights each week "
                 "sent to Rachel"],
                ["4b",
                 "Home visits, one in three unannounced, seeing Ellie and Mason each on their own",
                 "Rachel Okoro, social worker",
                 "Fortnightly, alternating Tuesdays and Thursdays, until the review conference",
                 "Visit records within 48 hours, with what each child said in their own words"],
                ["4c",
                 "Do the \"Gentle Routines\" parenting course together, on routines, bedtimes and talking to the "
                 "children about Dad's drinking",
                 "Gemma and Craig Dunmore, with Lorna Platt, family hub worker, Grevelholme Family Hub",
                 "Eight Thursday mornings, 29 January to 19 March",
                 "Course register, and Lorna's end-of-course report to Rachel by 26 March"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Craig is found to have been drinking while he is caring for the children (a breath reading above "
            "0, or school, Nan or Rachel see that he has been drinking), or he does not collect them: that "
            "person rings Gemma and Rachel (the Grevelholme Emergency Duty Team out of hours). The children go "
            "to Nan's that night, Craig stays at his brother Dean's flat (agreed with Dean on 13/01/2026), and "
            "Rachel holds a strategy discussion with the police the same day.",
            "If Nan cannot have the children that night (she is ill or away), Gemma leaves work (Glebe House has "
            "agreed this) and comes home; if Gemma cannot be reached, Rachel or the Emergency Duty Team places "
            "the children with Grevelholme foster carers that night.",
            "If Nan cannot do a Tuesday or Thursday tea, or a school morning (including during her hospital "
            "appointments in March), she tells Gemma and Rachel at least a day before; Gemma swaps her shift, "
            "the children stay at the school's after-school club until 6pm (paid for by Children's Social "
            "Care), and Mrs Towers' breakfast club opens at 7.45am for them.",
            "If Craig is found to have been drinking while caring for the children twice before the next review, "
            "or has not started his detox by the core group on 26 March, Bryony Lyle (team manager) will hold "
            "a legal planning meeting within 5 working days to decide whether to start PLO pre-proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks at Grevelholme Juniors, Thursdays at 3.30pm: 19/02/2026, 26/03/2026, "
            "07/05/2026 and 18/06/2026.",
            "Next review child protection conference: Wednesday 08/07/2026 at 10am, Grevelholme Town Hall.",
        ]),
        ("p", "Copies to Gemma, Craig, Carol Dunmore and every agency named in the plan, 15/01/2026. Ellie and "
              "Mason have their own picture version, talked through with Rachel."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan for a 6-year-old whose mother has bipolar disorder:
#    numbered actions with the owner in bold and a "We'll know" sentence,
#    then a timeline numbered to match. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_gostlebury_core_group_numbered_actions_keyed_timeline_rooney.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-2-plan-md-numbered-sections-whos-who-table-what-happened-taylas-words-sinead-and-bernie-going-well-worries-outcomes-then-numbered-actions-bold-owner-lead-in-well-know-sentence-no-time-then-separate-when-timeline-numbered-to-match-then-if-sinead-becomes-unwell-meetings",
    "description": (
        "Exemplary core group 2 plan for a 6-year-old girl (neglect) whose mother has bipolar disorder "
        "and was detained for three weeks in November 2025 after walking with her on the ring road at "
        "night; her aunt cared for her and now collects her from school twice a week and rings her "
        "mother every evening. After who's who, what happened, Tayla's own words, the adults' views and "
        "four outcomes, the plan is twelve numbered actions, each with its owner in bold and a "
        "'We'll know' sentence but no time, then a separate 'When: the timeline' section numbered to "
        "match ('1 - fortnightly on Tuesdays from 27 January ...', '5 - by the core group on 17 "
        "February', '6 - three sessions before February half term', '8 - every evening at about 7pm; a "
        "call to Lisa the same evening she notices a warning sign'). The care coordinator reports on "
        "the mother's capacity to change and its timescale; the contingency has specific triggers, a "
        "fallback if the aunt cannot help and a legal planning meeting; core group and review dates "
        "are set."
    ),
    "text": """\
# Gostlebury Council - Children's Services

## Child Protection Plan: Tayla Rooney (core group 2)

Agreed at the second core group on Tuesday 20 January 2026 at Gostlebury Park Primary School. The
plan agreed at the initial conference on 04/12/2025 had no times against its actions; at this core
group everyone agreed a time for each action, and these are set out in section 8, numbered to match
the actions in section 7.

## 1. Who's who

| Name | Who they are |
|---|---|
| Tayla Rooney | born 11/03/2019 (6), Year 2, Gostlebury Park Primary School |
| Sinead Rooney | Tayla's mum (29); lives with Tayla at 3 Weaver's Row, Gostlebury GS2 4EJ |
| Bernie (Bernadette) Rooney | Sinead's sister (35), 40 Castle Hill Road, Gostlebury; Tayla lived with her from 22/11/2025 to 15/12/2025 |
| Joanne Keane | social worker, Gostlebury Children's Services (team manager: Owen Pritchard) |
| Lisa Moran | Sinead's care coordinator, Gostlebury Community Mental Health Team |
| Dr Priya Sandhu | GP, Gostlebury Health Centre |
| Mrs Helen Dryden | DSL, Gostlebury Park Primary School |
| Kim Ashworth | family support worker, Gostlebury Family Hub |
| Ruth Abbott | worker, Gostlebury Young Carers |

Tayla's father, Dale Hutchins, lives in Spain and has not seen Tayla since 2022. Joanne wrote to him
on 10/12/2025 about the conference; he has not replied.

## 2. What happened and why there is a plan

Sinead has bipolar disorder. In November 2025 she stopped taking her lithium, slept very little for
about a week and became high. At 1am on 22/11/2025 the police found her and Tayla, in her pyjamas, on
the Gostlebury ring road; Sinead said they had to "get to the sea before it closed". Sinead was
detained under the Mental Health Act on Gorse Ward, Gostlebury Mental Health Unit, for three weeks.
Tayla stayed with Bernie. Sinead came home on 12/12/2025 and Tayla came home on 15/12/2025. Before
November, Tayla's school had noticed her coming in tired and without a packed lunch on several days.

## 3. Tayla's words

Joanne saw Tayla on her own at school on 14/01/2026 and they drew together. Tayla said:

- "Mummy was poorly in her head and went to hospital. The doctors made her better with tablets."
- "I didn't like the big road. My feet were cold."
- "When Mummy talks really, really fast and doesn't go to bed, I get a tummy ache."
- "Auntie Bernie's has a trampoline and she does pancakes."

Tayla drew her house with her mum "smiling now" and put Bernie "next door" (she is not). She said she
would tell Mrs Dryden "if Mummy goes fast again". She scored home 8 out of 10: "it was 2 when Mummy
was poorly".

## 4. What Sinead and Bernie said

Sinead: "I stopped the lithium because I felt flat and I thought I was fine. I know now that's the
first sign. I will never put Tayla through that again, but I need people to tell me if they see it
coming." Bernie: "I'll do whatever's needed. I work at the garden centre until 3, so I can do
afternoons, not mornings."

## 5. What is going well, and what we are still worried about

Going well:

- Sinead has taken her lithium every day since she came home, and her first blood level was in range.
- Tayla has been in school every day this term, with a packed lunch.
- Bernie and Tayla are close, and Sinead rings Bernie when she is worried.

Worried about:

- Sinead's last two relapses (2021 and 2025) both started with her stopping her medication, and
  both times Tayla was alone with her while she was unwell.
- Tayla has no plan of her own for what happens if her mum becomes unwell again.
- Tayla's bedtime is often after 9pm, and she is tired at school on Mondays.

## 6. What we want for Tayla

1. Tayla is cared for every day by an adult who is well enough to keep her safe, fed and in school.
2. If her mum starts to become unwell, the adults around Tayla notice early and Tayla is looked after
   by Bernie before she is put at risk.
3. Tayla understands her mum's illness in words that fit a 6-year-old, and knows who she can tell.
4. Tayla goes to bed at a regular time and comes to school rested.

## 7. What we will do

1. **Lisa Moran, care coordinator, Gostlebury Community Mental Health Team,** will visit Sinead at
   home, go through her relapse signature with her, and write to the core group on Sinead's capacity
   to recognise relapse early and keep Tayla safe, the changes still needed and how long they are
   likely to take. We'll know because Lisa's written report is read at each core group and at the
   review conference.
2. **Dr Priya Sandhu, GP,** will check Sinead's lithium level and kidney function and tell Lisa and
   Joanne if the level is out of range, because a low level is an early sign that Sinead may become
   unwell while she is caring for Tayla. We'll know because the blood results letter goes to Lisa and
   Joanne.
3. **Sinead** will take her lithium each evening and fill in her mood and sleep diary, so that she and
   Lisa can spot early signs before Tayla is affected. We'll know because Lisa sees the diary at each
   visit and the lithium level is in range at each blood test.
4. **Joanne Keane, social worker,** will visit Tayla at home and see her on her own, and also see her
   at school. We'll know because Joanne's visit records are on file within 48 hours, with Tayla's own
   words.
5. **Joanne, with Sinead and Lisa,** will write a family crisis plan that says who looks after Tayla,
   who collects her from school and whom Tayla can ring if Sinead becomes unwell. We'll know because
   the signed crisis plan is on file, with copies given to the school, Bernie and the Gostlebury
   Crisis Team.
6. **Joanne** will do direct work with Tayla using the storybook "Mummy's Poorly Thoughts" and make
   a "What happens if Mummy is poorly" card with her. We'll know because Tayla's card is in her book
   bag with a copy on file, and Tayla can tell Mrs Dryden who she would go to.
7. **Bernie** will collect Tayla from school and give her tea at her house, then take her home to
   Sinead. We'll know because the school's collection log shows Bernie collected her, and Bernie
   texts Joanne every Friday with how the week went.
8. **Bernie** will ring Sinead every evening and ring Lisa (or the Gostlebury Crisis Team out of hours)
   if Sinead is not sleeping, is talking very fast or does not answer. We'll know because Bernie keeps
   a note of each call in her phone diary, which Joanne reads at each visit, and any call to Lisa is
   in the CMHT notes.
9. **Mrs Helen Dryden, DSL,** will check in with Tayla as she arrives, using her feelings board, and
   note if she seems tired, hungry or worried. We'll know because each check-in is recorded on CPOMS
   and the week's entries are sent to Joanne.
10. **Mrs Dryden** will ring Sinead, and then Bernie, if Tayla is not in school by 9.10am, and send
    Joanne Tayla's attendance and late marks. We'll know because the first-day call log and the weekly
    attendance e-mail are on file, and Tayla's attendance is 96% or above at the review conference.
11. **Kim Ashworth, family support worker,** will do bedtime routine sessions at home with Sinead and
    Tayla (bath, story, lights out). We'll know because the bedtime chart shows Tayla asleep by 7.30pm
    on at least 5 nights out of 7, checked by Kim each week.
12. **Ruth Abbott, Gostlebury Young Carers,** will assess whether Tayla is taking on jobs at home that
    a 6-year-old should not, and offer her a place in the "Glimmers" group for young children
    whose parents are unwell. We'll know because Ruth's assessment is shared with Joanne and the
    group register shows whether Tayla goes.

## 8. When: the timeline

The numbers match section 7.

1. Fortnightly on Tuesdays from 27 January; Lisa's written report to the core group on 17 February and
   to the review conference on 26 February (report sent by 19 February).
2. First blood test by 30 January, then every three months (next by 30 April); results to Lisa and
   Joanne within 2 working days of each result.
3. Every evening: lithium at 8pm, diary before bed.
4. Every 10 working days at home, the first on 22 January; at school once each half term.
5. By the core group on 17 February.
6. Three sessions before February half term (Tayla's half term starts on 16 February).
7. Every Monday and Thursday in term, 3.15pm to 6.30pm.
8. Every evening at about 7pm; a call to Lisa the same evening she notices a warning sign.
9. Every school morning at 8.50am; CPOMS entries to Joanne every Friday.
10. First-day call by 9.15am every school day; attendance e-mail every Friday in term.
11. Six sessions on Wednesday evenings at 6.30pm, from 28 January to 4 March.
12. Assessment by the review conference on 26 February; then the group every Saturday morning in term
    if Tayla wants to go.

## 9. If Sinead becomes unwell again

- **Triggers:** Sinead sleeps less than four hours on two nights running, misses her lithium on two
  evenings, her lithium level is out of range, Bernie or the school notice that she is talking very
  fast or is not making sense, or Tayla is not collected from school.
- **What happens:** whoever notices rings Lisa (the Gostlebury Crisis Team out of hours) and Joanne
  (Gostlebury Emergency Duty Team out of hours). Lisa or the Crisis Team sees Sinead the same day.
  Tayla goes to Bernie's house that day and stays there until Lisa and Joanne agree that Sinead is
  well enough, and Joanne holds a strategy discussion with the police and health the same day.
- **If Bernie cannot have Tayla** (she is ill, away, or cannot leave work), she tells Joanne at
  once, and Joanne (or the Emergency Duty Team) places Tayla with Gostlebury foster carers that day.
  If Bernie can no longer do Mondays and Thursdays, Tayla goes to the school's after-school club
  until Sinead collects her at 5.30pm, while Joanne and Sinead agree a new plan within 5 working days.
  If Bernie cannot make her evening call, she texts Lisa before 6pm and Lisa rings Sinead that
  evening instead.
- **Legal planning:** if Sinead stops taking her lithium again, becomes unwell while Tayla is in her
  care, or Lisa's report to the review conference says the changes needed are unlikely within
  Tayla's timescale, Owen Pritchard (team manager) will hold a legal planning meeting within 5
  working days.

## 10. Meetings

- Core group 3: Tuesday 17 February 2026 at 3.30pm, Gostlebury Park Primary School; then every four
  weeks after the review conference.
- Review child protection conference: Thursday 26 February 2026 at 10am, Gostlebury Council Offices.

Plan typed by Joanne Keane on 21/01/2026 and sent to Sinead, Bernie and everyone at the core group.
"""
    ,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A looked-after premature baby on a neonatal unit: case-system print of
#    task blocks whose "Who / when" field holds the owner and the time
#    together. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_gammerleigh_lac_neonatal_case_print_who_when_field_mallon.txt",
    "split": "heldout",
    "actions": 13,
    "template": "cp-plan-for-looked-after-baby-on-neonatal-unit-case-system-print-txt-gadcase-header-dot-leader-details-legal-status-then-lilys-days-on-the-unit-kerrys-views-concerns-going-well-outcomes-then-task-n-of-13-blocks-task-who-slash-when-one-field-evidence-then-contingency-fields-trigger-response-and-meetings-fields",
    "description": (
        "Exemplary child protection plan for a baby born at 33 weeks with neonatal abstinence syndrome, "
        "on a morphine wean on a neonatal unit and accommodated under section 20 with her mother's "
        "agreement; her mother is on methadone and tested positive for heroin in pregnancy. Printed "
        "from the council's case system: details, the legal status, Lily's days on the unit as the "
        "nurses see them, the mother's views, concerns and outcomes, then thirteen task blocks whose "
        "'Who / when' field holds the owner and the time together ('Nadia Hussain (social worker) / "
        "every Tuesday and Friday until discharge', '... / within two working days of each missed "
        "contact', '... / the day Lily comes home to Maureen's, then weekly until her 8-week check', "
        "'... / before discharge, once Lily has been off morphine for 72 hours'). The social worker "
        "and the foster carer visit at stated frequencies, the drug and alcohol service reports on "
        "change, a legal gateway meeting is a task, and the contingency has specific triggers and "
        "responses; core group, looked-after review and review conference dates are set."
    ),
    "text": """\
GAMMERLEIGH COUNCIL - GADCASE                                      Printed 22/01/2026 16:41
CHILD PROTECTION PLAN                                              Printed by: N.HUSSAIN
------------------------------------------------------------------------------------------
Child ......................... Lily MALLON                 GadCase ID ......... 7720418
Date of birth ................. 27/12/2025 (born at 33+2 weeks; 26 days old on printing)
Where Lily is ................. Gannet Neonatal Unit, Gammerleigh General Hospital
Legal status .................. Looked after: accommodated under section 20, Children Act
                                1989, since 02/01/2026, with Kerry's written agreement
Plan on discharge ............. Foster care with Maureen Gale (Gammerleigh Fostering
                                Service), 17 Orchard Rise, Gammerleigh
Mother ........................ Kerry MALLON (31), 8 Fountain Street, Gammerleigh GM6 2TB
Father ........................ Not named. Kerry has not told us who Lily's father is.
Category ...................... Neglect
Plan agreed ................... Initial child protection conference, 08/01/2026
Plan updated .................. Core group 1, 21/01/2026
Social worker ................. Nadia Hussain, Gammerleigh Children in Care Team
Team manager .................. Rob Ainsworth
IRO / CP chair ................ Pauline Greenhalgh
------------------------------------------------------------------------------------------

WHY LILY HAS A PLAN
Kerry has used heroin for eleven years. She is prescribed methadone (60ml daily) by the
Gammerleigh Drug and Alcohol Service (GDAS). Her urine tests were positive for heroin at 24 and
30 weeks of pregnancy. Lily was born early at 33 weeks and has neonatal abstinence syndrome:
she is being weaned off oral morphine on the unit. Kerry's two older children live with their
paternal grandmother in another area under special guardianship orders made in 2021. Kerry
agreed to Lily being accommodated on 02/01/2026 and wants Lily to come home to her.

LILY'S DAYS ON THE UNIT (from the nurses' notes and Nadia's visits)
Lily is in an incubator in nursery 2. She is fed 45ml of formula every three hours, mostly by
nasogastric tube; she has managed a full bottle twice. Her withdrawal scores are lower since the
morphine was reduced on 15/01/2026, but she still has a high-pitched cry, sneezes a lot and
startles at loud noises. She settles fastest when she is held skin to skin and swaddled, and
calms to Kerry's and Maureen's voices. Her weight on 20/01/2026 was 1.98kg (9th centile for her
corrected age). The nurses say she is "a fighter" who likes her dummy and hates having her
nappy changed.

WHAT KERRY SAYS
"I know I used when I was pregnant and I'll never forgive myself for what she's going through
now. I'm not using now. I want to do her feeds and her baths and show everyone I can be her mum.
I agreed to foster care because I want to do it properly, not because I'm giving up on her."

CONCERNS
- Kerry's heroin use in pregnancy, while on methadone.
- Kerry missed two of her first six contacts on the unit, and on 14/01/2026 arrived 90 minutes
  late and very drowsy.
- Lily will need careful feeding and settling for weeks after discharge.

WHAT IS GOING WELL
- Kerry's last two urine tests (13/01/2026 and 20/01/2026) were negative for heroin.
- At her contacts Kerry holds Lily skin to skin and has learnt to change her and give a bottle.
- Maureen has visited every day since 12/01/2026 and is learning Lily's cares.

OUTCOMES FOR LILY
1. Lily is visited and known by her social worker and her foster carer while she is on the unit,
   and goes home to Maureen only when she is safe to leave hospital.
2. Lily comes through her withdrawal, feeds well and gains weight on her centile.
3. Lily spends regular, safe time with her mum, and her mum's care of her is seen and recorded.
4. A decision about where Lily will grow up is made within her timescale, based on whether Kerry
   can stay free of heroin and care for her safely.

------------------------------------------------------------------------------------------
TASKS (13)                         "Who / when": the person responsible, then when it happens
------------------------------------------------------------------------------------------

TASK 01 of 13
  Task ............ Visit Lily on the Gannet Neonatal Unit, see her awake and at a feed,
                    and speak to the nurse caring for her.
  Who / when ...... Nadia Hussain (social worker) / every Tuesday and Friday until discharge
  Evidence ........ Visit record on GadCase within 24 hours: Lily's weight, feeds, scores and
                    how she was

TASK 02 of 13
  Task ............ Visit Lily on the unit to learn her cares: tube and bottle feeds, settling,
                    and the signs of withdrawal.
  Who / when ...... Maureen Gale (foster carer) / daily from 12 January until the day Lily
                    comes home
  Evidence ........ The unit's carer competency checklist, signed off by the nurses before
                    discharge; Maureen's visits in the unit's visitors' book

TASK 03 of 13
  Task ............ Contact with Lily on the unit, supervised by the nurse caring for Lily:
                    feeds, nappy changes and skin-to-skin care.
  Who / when ...... Kerry Mallon (Mum) / Monday, Wednesday, Friday and Sunday, 2pm to 4pm,
                    until discharge; then three times a week at Gammerleigh Family Time Centre
  Evidence ........ Contact record after each contact: what Kerry did for Lily and how Lily
                    responded, sent to Nadia

TASK 04 of 13
  Task ............ Ring Kerry if she misses a contact and, if there is no answer, visit her at
                    home to find out why and agree the next contact.
  Who / when ...... Nadia Hussain (social worker) / within two working days of each missed
                    contact
  Evidence ........ Missed contact, the call or visit and what Kerry said recorded on GadCase

TASK 05 of 13
  Task ............ Score Lily's withdrawal, wean her morphine and plot her weight, and give the
                    core group a written medical update.
  Who / when ...... Dr Olu Bankole (consultant neonatologist) / scores every feed; update
                    before each core group
  Evidence ........ Withdrawal score chart and weight chart; Dr Bankole's written update to
                    Nadia before each core group

TASK 06 of 13
  Task ............ Hold a discharge planning meeting on the unit with Maureen, Kerry and the
                    health visitor, and agree Lily's feeding and settling plan for home.
  Who / when ...... Nadia Hussain (social worker), with Sister Claire Whitby (Gannet Unit) /
                    before discharge, once Lily has been off morphine for 72 hours
  Evidence ........ Discharge plan signed by the unit and Nadia; copies to Maureen, Kerry and
                    the health visitor on the day

TASK 07 of 13
  Task ............ Keywork with Kerry on staying off heroin, with a urine test at each
                    session, and a written report on whether Kerry is stable enough to care
                    for Lily and what still needs to change.
  Who / when ...... Sean Corrigan (recovery worker, GDAS) / weekly on Thursdays from
                    15 January; report before each core group
  Evidence ........ Urine test results at every session; Sean's written report to Nadia

TASK 08 of 13
  Task ............ Review Kerry's methadone dose and whether she needs daily supervised
                    consumption, now that she is caring for Lily at contacts.
  Who / when ...... Dr Helen Marsh (GDAS prescriber) / at the prescribing review on 29 January
  Evidence ........ Prescribing letter to Kerry's GP, copied to Nadia

TASK 09 of 13
  Task ............ Parenting assessment of Kerry, using her contacts, two home visits and the
                    GDAS reports.
  Who / when ...... Jo Booth (Gammerleigh Family Assessment Team) / from 26 January; report
                    by 19 March
  Evidence ........ Assessment report with recommendations for Lily's long-term plan, sent to
                    the review conference

TASK 10 of 13
  Task ............ Hold a legal gateway meeting to decide whether section 20 is still right for
                    Lily or whether to issue care proceedings.
  Who / when ...... Rob Ainsworth (team manager) / before Lily's discharge, and no later than
                    12 February
  Evidence ........ Legal gateway minutes and decision on GadCase

TASK 11 of 13
  Task ............ Initial health assessment for a looked-after child, and a health plan.
  Who / when ...... Dr Sarah Gill (designated doctor for looked-after children) / within 20
                    working days of Lily becoming looked after (by 30 January)
  Evidence ........ Health assessment report and health plan to Nadia and the IRO

TASK 12 of 13
  Task ............ New birth visit at Maureen's, then weigh Lily and check her feeding and sleep.
  Who / when ...... Dawn Ashby (health visitor, Gammerleigh 0-19 Service) / the day Lily comes
                    home to Maureen's, then weekly until her 8-week check
  Evidence ........ Weights plotted in the red book; Lily on or above the 9th centile

TASK 13 of 13
  Task ............ Write Lily's care plan and placement plan and go through them with Kerry,
                    Maureen and the unit.
  Who / when ...... Nadia Hussain (social worker) / by Lily's first looked-after review on
                    29 January
  Evidence ........ Care plan and placement plan on GadCase, signed by Kerry and Maureen

------------------------------------------------------------------------------------------
CONTINGENCY
------------------------------------------------------------------------------------------
  Trigger ......... Kerry arrives at a contact under the influence of drugs or alcohol
  Response ........ The nurse in charge ends the contact and rings Nadia (Gammerleigh Emergency
                    Duty Team out of hours); the next contact is at the Family Time Centre

  Trigger ......... Kerry tries to take Lily from the unit, or withdraws her section 20 consent
  Response ........ The unit rings 999 and hospital security; Nadia holds a strategy discussion
                    with the police that day and Rob Ainsworth seeks legal advice the same day
                    on an emergency protection order

  Trigger ......... Maureen cannot take Lily when she is ready for discharge
  Response ........ Lily stays on the unit until Gammerleigh Fostering Service names another
                    foster carer, who then visits daily before discharge

  Trigger ......... Kerry misses three contacts in a row, or a GDAS urine test is positive for
                    heroin twice before the review conference
  Response ........ Rob Ainsworth holds a legal planning meeting within 5 working days to decide
                    whether to issue care proceedings

------------------------------------------------------------------------------------------
MEETINGS
------------------------------------------------------------------------------------------
  Core group ...................... Every four weeks: 18/02/2026 and 18/03/2026, 2pm, Gannet
                                    Unit parents' room (or Gammerleigh Family Time Centre
                                    after discharge)
  Looked-after review ............. 29/01/2026, 11am, on the unit (chair: Pauline Greenhalgh)
  Review CP conference ............ 02/04/2026, 10am, Gammerleigh Civic Centre
------------------------------------------------------------------------------------------
END OF PRINT                                                                 Page 1 of 1
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a 4-year-old and a baby (domestic abuse):
#    the council's Word template, a "When by" column holding real times and
#    vague ones written as confidently. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_gretchford_icpc_when_by_column_vague_times_bright.docx",
    "doc_title": "Child Protection Plan - Kacey and Leo Bright",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-docx-council-word-template-conference-details-kv-reasons-for-the-plan-kaceys-words-leos-day-parents-views-strengths-outcomes-table-then-no-action-lead-person-agency-when-by-how-progress-will-be-measured-table-then-contingency-core-group-and-review",
    "description": (
        "Initial conference plan for a 4-year-old girl and her 5-month-old brother (emotional abuse): "
        "the baby's father has been violent to their mother three times since the summer and has "
        "moved to his mother's, his daily cannabis use is recorded, and the mother has anxiety and low "
        "mood. The council's Word template: conference details, reasons for the plan, Kacey's words, "
        "Leo's day, the parents' views, strengths and an outcomes table, then one table (No. / Action "
        "/ Lead person / agency / When by / How progress will be measured) whose When by cell holds "
        "real times ('Every 10 working days, first visit by 30 January', 'Within 5 working days of "
        "this conference', 'Every two weeks until Leo's 9-month review') beside vague ones written as "
        "confidently. Faults: the father's cannabis work 'Ongoing' and measured by 'Engagement with "
        "the service'; the play therapy referral 'As soon as possible'; the health visitor's developmental "
        "review 'In due course'; the perpetrator programme with an empty When by cell; 'Family' "
        "supervising the father's time with the children; the talking therapies row that only treats "
        "the mother; and no fallback in the contingency if the family's supervision fails."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gretchford Metropolitan Borough Council - Children's Services. Plan agreed at the initial child "
              "protection conference. Please read this plan with the conference minutes."),
        ("kv", [
            ("Children", "Kacey Bright, born 09/09/2021 (4); Leo Marsh, born 14/08/2025 (5 months)"),
            ("Address", "12 Harrier Way, Gretchford GT5 3NN"),
            ("Mother", "Shannon Bright (24)"),
            ("Leo's father", "Dean Marsh (27), staying with his mother at 31 Coppice Lane, Gretchford, since "
                             "20/12/2025"),
            ("Kacey's father", "Ryan Tate; no contact since 2022"),
            ("Conference date", "Wednesday 28/01/2026"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Priya Nair, Gretchford Children's Services, Locality Team East"),
            ("Team manager", "Stuart Mallinson"),
            ("Chair", "Angela Beckwith, independent chair"),
        ]),
        ("h1", "1. Reasons for the plan"),
        ("p", "Police have been called to 12 Harrier Way three times since August 2025. On 19/12/2025 Dean "
              "pushed Shannon against the kitchen door while she was holding Leo; Kacey was in the room and "
              "ran upstairs. Shannon had a cut to her head. Dean was arrested, and Shannon did not support a "
              "prosecution. Dean moved to his mother's the next day and says he wants to come home. Dean "
              "smokes cannabis every day. Shannon has anxiety and low mood and was referred to Gretchford "
              "Talking Therapies by her GP in December. Kacey's nursery says she has started hitting other "
              "children and hiding under the table when adults raise their voices."),
        ("h1", "2. Kacey's words and Leo's day"),
        ("p", "Kacey (seen at home by Priya on 22/01/2026, playing with her dolls' house): \"Daddy Dean "
              "shouted and Mummy's head was bleeding.\" \"I hided under my bed with Bun-Bun.\" \"I want Daddy "
              "Dean to be kind.\" She put the daddy doll outside the dolls' house and said \"he's on the "
              "naughty step\"."),
        ("p", "Leo: the health visitor saw him on 16/01/2026. He is a smiley baby who feeds well from a bottle "
              "and is on the 50th centile. He startles and cries at sudden noises, and Shannon says he takes "
              "a long time to settle in the evenings. He has his own cot in Shannon's room."),
        ("h1", "3. What Shannon and Dean said"),
        ("p", "Shannon: \"I want the kids safe, and I want Dean to sort himself out before he comes back. I get "
              "panicky and can't think straight when it kicks off.\" Dean: \"I'm not a wife beater. It was "
              "one push. I'll do a course if it gets me home.\""),
        ("h1", "4. Strengths"),
        ("bullets", [
            "Shannon rang the police herself on 19/12/2025 and has kept Dean's visits to daytime since then.",
            "Leo is well cared for, fed on time and up to date with his immunisations.",
            "Kacey is at nursery every morning and the staff say she is bright and loving.",
            "Dean's mother, Carol Marsh, and Shannon's sister, Jodie Bright, have both offered to help.",
        ]),
        ("h1", "5. What we want to be different for Kacey and Leo"),
        ("table", {
            "header": ["Outcome", "What it will look like"],
            "widths": [5.0, 12.0],
            "rows": [
                ["Kacey and Leo live free from violence and shouting",
                 "No police call-outs to the home; Kacey stops hiding when adults raise their voices"],
                ["Kacey's behaviour and feelings are understood",
                 "Kacey can say how she feels; nursery records fewer hitting incidents each month"],
                ["Leo develops well and is settled",
                 "Leo meets his milestones and settles within half an hour in the evenings"],
            ],
        }),
        ("h1", "6. The plan"),
        ("table", {
            "header": ["No.", "Action", "Lead person / agency", "When by", "How progress will be measured"],
            "widths": [1.0, 5.8, 3.6, 2.8, 3.8],
            "rows": [
                ["1",
                 "Visit Kacey and Leo at home, seeing Kacey on her own and Leo awake",
                 "Priya Nair, social worker",
                 "Every 10 working days, first visit by 30 January",
                 "Visit records on file within 48 hours, with Kacey's words and what was seen of Leo's care"],
                ["2",
                 "Complete a domestic abuse risk assessment and safety plan with Shannon, including what she "
                 "will do with the children if Dean turns up",
                 "Asha Ward, IDVA, Gretchford Domestic Abuse Service",
                 "Within 5 working days of this conference",
                 "DASH risk assessment and written safety plan copied to Priya"],
                ["3",
                 "Put a marker on 12 Harrier Way so that any 999 call from the address is treated as a "
                 "priority",
                 "PS Carl Benton, Gretchford Police Domestic Abuse Unit",
                 "By 4 February",
                 "Marker reference number given to Priya"],
                ["4",
                 "Dean to complete the Gretchford Safer Families domestic abuse perpetrator programme",
                 "Dean Marsh",
                 "",
                 "Attendance record and the programme's final report to Priya"],
                ["5",
                 "Dean to engage with Gretchford Substance Misuse Service about his daily cannabis use",
                 "Dean Marsh",
                 "Ongoing",
                 "Engagement with the service"],
                ["6",
                 "Cognitive behavioural therapy sessions for Shannon's anxiety and low mood",
                 "Mia Hollis, psychological wellbeing practitioner, Gretchford Talking Therapies",
                 "Weekly for 12 weeks from 4 February",
                 "Attendance letter to Priya after session 6 and at discharge"],
                ["7",
                 "Supervise all of Dean's time with Kacey and Leo, at Shannon's house or at Carol Marsh's",
                 "Family",
                 "Every time Dean sees the children",
                 "Contact diary signed by the supervisor, read by Priya at each visit"],
                ["8",
                 "Keep the front door locked and not let Dean in unless his supervisor is there; ring 999 if "
                 "he comes to the house on his own",
                 "Shannon Bright",
                 "Every day from 28 January",
                 "Police log numbers for any call; Priya asks Shannon and Kacey at each visit"],
                ["9",
                 "Home visits to weigh Leo and talk with Shannon about his evening routine and settling",
                 "Bev Okafor, health visitor, Gretchford Health Visiting Team",
                 "Every two weeks until Leo's 9-month review",
                 "Weights plotted in the red book; Shannon's settling diary shows Leo asleep within half an "
                 "hour"],
                ["10",
                 "Developmental review of Leo using the ASQ-3",
                 "Bev Okafor, health visitor",
                 "In due course",
                 "ASQ-3 scores shared with Priya"],
                ["11",
                 "Refer Kacey to the play therapy service at Gretchford Children's Centre for help with her "
                 "hitting and hiding",
                 "Priya Nair, social worker",
                 "As soon as possible",
                 "Referral acceptance letter and the date of Kacey's first session on file"],
                ["12",
                 "Three sessions with Kacey using the \"Worry Monster\" book about what she has seen and heard "
                 "at home",
                 "Priya Nair, social worker",
                 "Weekly from 2 February",
                 "Kacey's drawings and words on file and shared at the core group on 10 March"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("bullets", [
            "If Dean comes to the house on his own, or there is any violence or threat of violence: Shannon "
            "rings 999 and the police attend as a priority (action 3). Priya, or the Gretchford Emergency Duty "
            "Team out of hours, holds a strategy discussion with the police the same day.",
            "If Shannon and the children cannot stay safely at 12 Harrier Way, Asha Ward will arrange a place "
            "at Gretchford Women's Refuge the same day.",
            "If there is another incident of violence in front of the children, or Shannon lets Dean back into "
            "the home before the review conference, Stuart Mallinson (team manager) will hold a legal planning "
            "meeting within 10 working days.",
        ]),
        ("h1", "8. Core group and review"),
        ("p", "Core group every four weeks at Gretchford Children's Centre, Tuesdays at 10am: 10/02/2026, "
              "10/03/2026 and 07/04/2026. Review child protection conference: Wednesday 22/04/2026 at 2pm."),
    ],
    "findings": [
        F("T001", "Gretchford Safer Families domestic abuse perpetrator programme"),
        F("T002", "engage with Gretchford Substance Misuse Service about his daily"),
        F("M002", "engage with Gretchford Substance Misuse Service about his daily"),
        F("H001", "Cognitive behavioural therapy sessions for Shannon's anxiety and low mood"),
        F("W002", "Supervise all of Dean's time with Kacey and Leo"),
        F("T002", "Developmental review of Leo using the ASQ-3"),
        F("T002", "Refer Kacey to the play therapy service at Gretchford"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A social worker's letter to a mother after the review conference, the
#    plan as numbered paragraphs in "I" and "you", times inside the
#    sentences. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_gillerton_rcpc_plan_letter_numbered_paragraphs_shaw.pdf",
    "doc_title": "Letter to Danielle Shaw - Mia and Harvey's child protection plan",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "Gillerton Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Mia and Harvey Shaw: letter about the child protection plan · Page {PAGE} of {NUMPAGES}",
    "template": "plan-letter-to-mother-after-rcpc-paged-header-footer-address-block-dear-danielle-why-the-plan-is-carrying-on-what-mia-and-harvey-told-us-and-what-we-saw-what-has-got-better-what-we-all-want-bullets-then-what-will-happen-now-numbered-paragraphs-i-is-the-social-worker-you-is-danielle-times-in-the-sentences-then-if-things-get-worse-meetings-signature",
    "description": (
        "Letter from the social worker to a mother after the first review conference for her 8-year-old "
        "daughter and 3-year-old son (neglect: home conditions, the boy's weight on the 2nd centile and "
        "his speech, missed health appointments, the mother's depression treated by her GP). 'I' is the "
        "social worker who signs and 'you' is Danielle; the plan is thirteen numbered paragraphs with "
        "times in the sentences, most real ('every two weeks until his appointment with Dr Sahota', "
        "'at the clinic on 17 February', 'all before the February half term', 'the day before'). "
        "Faults: the family support worker coming 'regularly'; the health visitor's speech and "
        "language referral 'when appropriate'; the GP's medication review 'at the next opportunity' "
        "with no appointment date; a nursery place that 'will be found' with no one named; the "
        "dentist registration with no time; the young carers' club offer with nothing to show it "
        "worked; and the next review conference still 'to be arranged'."
    ),
    "blocks": [
        ("pr", "Gillerton Council Children's Services"),
        ("pr", "Locality Team North, Gillerton House"),
        ("pr", "4 Market Street, Gillerton GL1 2AB"),
        ("pr", "23 January 2026"),
        ("p", ""),
        ("pl", "Ms Danielle Shaw"),
        ("pl", "27 Ferncliffe Road"),
        ("pl", "Gillerton GL4 8DS"),
        ("p", ""),
        ("p", "Dear Danielle,"),
        ("boldp", "Mia and Harvey's child protection plan"),
        ("p", "Thank you for coming to the review child protection conference on Wednesday 21 January. As you "
              "know, the conference decided that Mia and Harvey will stay on child protection plans under the "
              "category of neglect. I promised I would write the plan out for you in plain words, so here it "
              "is. Please ring me if anything is not clear, or if you think I have got something wrong."),
        ("h2", "Why the plan is carrying on"),
        ("p", "Some things are better since the first conference in October, and I know how hard you have "
              "worked. But the conference was still worried about three things. The house is often not clean "
              "or safe for the children: at four of my last six visits there were rubbish bags in the kitchen "
              "and dog mess in the garden where Harvey plays. Harvey is still on the 2nd centile for his "
              "weight, and he has missed two appointments with the paediatrician. And Mia has been late for "
              "school 14 times this term. You told the conference that your depression makes it hard to get "
              "going in the mornings, and that your GP, Dr Anwar, has put up your sertraline."),
        ("h2", "What Mia and Harvey told us, and what we saw"),
        ("p", "Mia talked to me at school on 15 January. She said: \"Our house smells so I don't bring friends "
              "round.\" \"Harvey eats crisps for tea a lot.\" \"I like it when Mum does my hair in plaits, she "
              "does it best.\" She said she worries about you \"when you stay in bed\". She would like her "
              "bedroom to be \"just mine, with fairy lights\"."),
        ("p", "Harvey is 3 and uses about ten words. When I visited on 20 January he climbed onto your lap, "
              "showed me his toy tractor and said \"Mummy\" and \"more\". He ate a yoghurt very quickly and "
              "asked for another. He points at what he wants and gets upset when we do not understand."),
        ("h2", "What has got better"),
        ("bullets", [
            "You took Harvey to his weigh-in with Sue on 13 January, and he had put on 200 grams.",
            "The children's bedroom has been clear at my last two visits.",
            "Mia has been on time every day since 12 January.",
        ]),
        ("h2", "What we all want for Mia and Harvey"),
        ("bullets", [
            "Mia and Harvey live in a clean, warm and safe home, with food in the cupboards.",
            "Harvey gains weight and is on or above the 9th centile by the summer, and he gets help with his "
            "speech.",
            "Mia gets to school on time every day, fed and in clean uniform, and does not have to worry about "
            "looking after Harvey or you.",
            "Mia and Harvey go to all of their health and dental appointments.",
        ]),
        ("h2", "What will happen now"),
        ("p", "Here is what each of us agreed to do. Where it says \"I\", it means me, Tom Ridley. Where it says "
              "\"you\", it means you, Danielle."),
        ("numbers", [
            "I will visit you, Mia and Harvey at home every two weeks, and see Mia on her own each time, at "
            "home or at school. I will write down what I see and what Mia says, and give you a copy of my "
            "notes.",
            "You agreed to keep the kitchen, the bathroom and the children's bedroom clean and clear, with "
            "rubbish bags taken out to the bins and the dog's mess cleared from the garden every day. Kelly and "
            "I will score the home on the checklist we made together on 20 January, and we are looking for a "
            "score of 4 or 5 each time.",
            "Kelly Naylor, family support worker at Gillerton Family Hub, will come to help you with the "
            "children's routines and the house regularly. She will fill in the home conditions checklist with "
            "you at each visit and send it to me.",
            "Sue Parr, your health visitor, will refer Harvey to Gillerton Speech and Language Therapy when "
            "appropriate, and send me a copy of the referral letter.",
            "Sue will also weigh Harvey at home every two weeks until his appointment with Dr Sahota, and plot "
            "his weight in his red book so that we can all see whether he is gaining.",
            "Dr Sahota, community paediatrician at Gillerton Children's Centre, will see Harvey about his "
            "weight and growth at the clinic on 17 February, and write to you, me and Sue about what she "
            "finds. I will take you and Harvey to the appointment.",
            "A place at Gillerton Fields Nursery will be found for Harvey for 15 hours a week from the start "
            "of the summer term on 13 April, and his attendance will be sent to me each month.",
            "Mrs Leanne Cross, the designated safeguarding lead at Gillerton St Mary's Primary School, will "
            "check each school morning that Mia has had breakfast and is in clean uniform, and send me a note "
            "of what she sees every Friday.",
            "You will register Mia and Harvey with Gillerton Dental Practice on Brook Street and take them for "
            "a check-up. Please show me their appointment cards.",
            "Dr Anwar, your GP, will review your antidepressants at the next opportunity and write to me about "
            "how your mood is affecting the care you can give Mia and Harvey.",
            "I will see Mia at school for three sessions of direct work about home and what worries her, all "
            "before the February half term. I will bring what she says to the core group on 10 March.",
            "Gillerton Young Carers will offer Mia a place at their Thursday after-school club from 5 "
            "February.",
            "You will take Harvey to every one of his health appointments, and if you cannot go you will ring "
            "me the day before so that I can help with transport. I will check with the clinic after each "
            "appointment that Harvey was seen.",
        ]),
        ("h2", "If things get worse"),
        ("bullets", [
            "If Kelly or I find the children at home with no food, no heating, or dog mess in the house, or if "
            "the home scores 1 or 2 on the checklist at two visits in a row, I will hold a strategy discussion "
            "with my manager and the police that day, and Mia and Harvey will go to foster carers that night "
            "if the house is not safe for them.",
            "If Harvey loses weight at two weigh-ins in a row, or misses his appointment with Dr Sahota, I will "
            "visit you that day and Sue and I will take him to the Gillerton Children's Centre clinic within "
            "2 working days.",
            "If the home is still scoring below 4 at the core group on 10 March, or Harvey has not put on "
            "weight by then, Amy Lowe, my team manager, will hold a legal planning meeting within 10 working "
            "days to decide whether to start PLO pre-proceedings.",
        ]),
        ("h2", "Meetings"),
        ("p", "The core group (you, me, Kelly, Sue and Mrs Cross) will meet every four weeks at Gillerton Family "
              "Hub, on Tuesdays at 1.30pm: 10 February, 10 March and 7 April 2026. The next review conference "
              "will be arranged by the Conference and Review Team, who will write to you with the date."),
        ("p", "I know this is a lot to take in. I will go through this letter with you at my next visit, and "
              "Mia has her own shorter version with pictures."),
        ("p", "Yours sincerely,"),
        ("pl", "Tom Ridley"),
        ("pl", "Social Worker, Locality Team North"),
        ("pl", "Gillerton Council Children's Services"),
    ],
    "findings": [
        F("T002", "help you with the children's routines and the house regularly"),
        F("T002", "will refer Harvey to Gillerton Speech and Language Therapy when appropriate"),
        F("W001", "A place at Gillerton Fields Nursery will be found for Harvey"),
        F("T001", "register Mia and Harvey with Gillerton Dental Practice on Brook Street"),
        F("T002", "will review your antidepressants at the next opportunity"),
        F("M001", "Gillerton Young Carers will offer Mia a place"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group 3 minutes with an initials key, agency updates, the
#    children's views and scaling, then an action log whose When column
#    mixes real times and vague ones. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b217_garnethwaite_core_group_minutes_initials_action_log_nolan.md",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-3-minutes-md-meeting-details-attendance-table-with-initials-key-numbered-items-agency-updates-childrens-views-kirstys-views-scaling-outcomes-restated-contingency-restated-then-action-log-table-no-action-lead-initials-when-how-well-know-then-next-meetings",
    "description": (
        "Minutes of the third core group for a 12-year-old boy and a 9-year-old girl (neglect): their "
        "mother uses cocaine at weekends and was found under the influence at home with the children "
        "in November, and their father has just been released from prison after assaulting her. The "
        "maternal grandparents have the children every Friday and Saturday night and the grandfather "
        "takes the girl to school. An attendance table whose initials are used as owners after, "
        "numbered items (agency updates, the children's views, the mother's views, scaling, outcomes "
        "and contingency restated), then an action log (No. / Action / Lead / When / How we'll know) "
        "whose When column holds real times ('Every Friday and Saturday night, collecting them from "
        "school on Fridays', 'Sample taken by 6 February; result to the review conference') beside "
        "vague ones. Faults: the head of year's check-ins 'As and when'; the school counsellor's "
        "sessions 'Throughout the plan'; the IDVA's safety planning 'When needed'; 'All "
        "professionals' sharing worries; the parenting group with an empty How we'll know cell; an "
        "outcome about the mother only; and no fallback if the grandparents cannot help."
    ),
    "text": """\
# Garnethwaite Council Children's Services

## Core group meeting 3 - minutes

**Children:** Oscar Nolan (12, Year 7, Garnethwaite Academy) and Poppy Nolan (9, Year 4, Garnethwaite
Moor Primary School)
**Address:** 6 Tanner's Close, Garnethwaite GW3 9PD
**Category:** Neglect (child protection plans since the initial conference on 02/12/2025)
**Meeting:** Tuesday 27 January 2026, 4pm, Garnethwaite Moor Primary School
**Chair and minutes:** Karen Mills, social worker

### 1. Attendance

| Initials | Name | Role |
|---|---|---|
| KM | Karen Mills | Social worker, Garnethwaite Children's Services (team manager: Mandy Oakes) |
| KN | Kirsty Nolan | Mum |
| PN | Pat Nolan | Maternal grandmother |
| BN | Brian Nolan | Maternal grandfather |
| OR | Owen Reddy | Recovery worker, Garnethwaite Drug and Alcohol Service |
| DP | Dan Petch | Head of Year 7, Garnethwaite Academy |
| JA | Joy Adeyemi | School counsellor, Garnethwaite Moor Primary School |
| LF | Lorna Fry | IDVA, Garnethwaite Domestic Abuse Service |
| SK | Sam Kaye | Youth worker, Garnethwaite Youth Hub |

Apologies: Mrs Ruth Coles (DSL, Garnethwaite Moor Primary School), who sent a written update.

### 2. Updates

**KM:** Seen Oscar and Poppy at home on 13/01 and 22/01. House clean and food in. Oscar said the
weekends at Nan and Grandad's are "boring but fine". The children's father, Shaun Birch, was released
from prison on 09/01/2026 on licence after serving his sentence for assaulting Kirsty. He has a
restraining order not to contact Kirsty or go to Tanner's Close.

**OR:** Kirsty has come to 5 of 6 sessions since the initial conference. Saliva tests negative on
14/01 and 21/01; positive for cocaine on 07/01 (Kirsty said she used at a New Year party while the
children were at her parents'). Kirsty is working on her weekend triggers.

**DP:** Oscar has had two internal exclusions for walking out of lessons. He is quieter since
Christmas and has asked to see "someone to talk to".

**JA:** Poppy has had three sessions. She draws her dad "behind a fence" and says she is scared he
will come to the house.

**LF:** Lorna has met Kirsty once since Shaun's release. Kirsty wants a new safety plan that the
children know about.

**School update (Mrs Coles, in writing):** Poppy's attendance is 97% this term. She has been on time
every day that Grandad has brought her.

**PN and BN:** Happy to keep having the children at weekends. Pat said the children "are no bother"
and that Brian enjoys the school run.

### 3. What Oscar and Poppy said

Oscar (to KM, on his own in his bedroom, 22/01/2026): "I know what Mum was doing before. She's better
now." "I don't want to see Dad. If he comes round I'm calling the police myself." "Football's the only
thing I actually like." He scored home 7 out of 10.

Poppy (to KM, at school, 13/01/2026): "I like Grandad's car, it's got heated seats." "I don't want
Daddy to come and shout." "Mummy's nicer on Sundays now." She scored home 8 out of 10 and Nan and
Grandad's 10 out of 10.

### 4. What Kirsty said

"I slipped at New Year and I'm not hiding it. The kids weren't there. I know weekends are my danger
time, which is why Mum and Dad having them helps. I'm terrified of Shaun turning up."

### 5. Scaling

On a scale of 0 (the children are not safe at all) to 10 (the children are safe enough for the plan
to end): professionals' average 5 (up from 3 at core group 2); Kirsty 8; Pat and Brian 7.

### 6. Outcomes (from the initial conference plan, unchanged)

1. Oscar and Poppy are cared for by a sober adult every night and never see drugs being used at home.
2. Oscar and Poppy are safe from Shaun and know what to do if he comes to the house.
3. Poppy gets to school on time every day and Oscar stays in his lessons all day.
4. Kirsty stays off cocaine and feels more confident as a parent.

### 7. Contingency (from the initial conference plan, unchanged)

- If Kirsty uses cocaine while the children are in her care, or the police or school find her under
  the influence: KM (or the Garnethwaite Emergency Duty Team) holds a strategy discussion the same day,
  and Oscar and Poppy stay at Pat and Brian's until it has met.
- If Shaun comes to Tanner's Close or contacts Kirsty or the children, Kirsty rings 999 (he is in
  breach of his restraining order and his licence), and KM holds a strategy discussion the same day.
- If Kirsty has a positive drug test twice more before the review conference, or misses two drug
  tests, Mandy Oakes (team manager) will hold a legal planning meeting within 10 working days.

### 8. Action log

| No. | Action | Lead | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Oscar and Poppy at home and see each on their own, with one visit on a Sunday evening after they come back from their grandparents' | KM | Every two weeks; next visit 3 February | Visit records on file within 48 hours, with Oscar's and Poppy's words |
| 2 | Keywork with Kirsty on her cocaine use and weekend triggers, with a saliva test at every session, and a report on what Kirsty has changed and what it means for Oscar and Poppy | OR | Weekly on Wednesdays from 28 January | Saliva test results, and OR's written report to each core group and the review conference |
| 3 | Arrange a hair strand test for Kirsty covering the last three months | KM | Sample taken by 6 February; result to the review conference | Hair strand test results letter on file |
| 4 | Have Oscar and Poppy to stay at their house for the weekend | PN and BN | Every Friday and Saturday night, collecting them from school on Fridays | Pat's weekend sheet (times, who visited), read by KM at each visit |
| 5 | Take Poppy to school on weekday mornings | BN | Every school morning, leaving at 8.20am | Register shows Poppy in by 8.45am; Mrs Coles sends it to KM every Friday |
| 6 | Check in with Oscar about his weekend and how things are at home | DP | As and when | Notes of each check-in on CPOMS, sent to KM |
| 7 | One-to-one counselling sessions with Poppy about her worries and her dad | JA | Throughout the plan | Poppy's worry scale (0-10) recorded at each session and shared with KM |
| 8 | Share any new worry about Oscar or Poppy with KM the same day | All professionals | The same day | Logged on the children's file by KM |
| 9 | Safety planning with Kirsty about Shaun, who was released on 9 January, including what the children do if he comes to the house | LF | When needed | Written safety plan copied to KM; Oscar and Poppy can tell KM what they would do |
| 10 | Complete the Good Evenings parenting group at Garnethwaite Family Hub | KN | Tuesdays 10am to 12 noon, 3 February to 24 March | |
| 11 | Football sessions at Garnethwaite Youth Hub, with a lift home afterwards | Oscar, with SK | Every Thursday, 5pm to 7pm | Youth Hub register; SK texts KM if Oscar misses a session |
| 12 | Write to Shaun's probation officer for his licence conditions and exclusion zone, and share them with Kirsty and both schools | KM | By 6 February | Letter with the licence conditions on file and copied to both schools |

### 9. Next meetings

- Next core group: Tuesday 17 February 2026, 4pm, Garnethwaite Moor Primary School.
- Review child protection conference: Thursday 26 February 2026, 10am, Garnethwaite Town Hall.

Minutes typed by KM on 28/01/2026 and sent to everyone present, to Mrs Coles and to Kirsty.
""",
    "findings": [
        F("T002", "Check in with Oscar about his weekend and how things"),
        F("T002", "One-to-one counselling sessions with Poppy about her worries"),
        F("W002", "Share any new worry about Oscar or Poppy with KM"),
        F("T002", "Safety planning with Kirsty about Shaun, who was released"),
        F("M001", "Complete the Good Evenings parenting group at Garnethwaite Family Hub"),
        F("F002", "Kirsty stays off cocaine and feels more confident as a parent."),
        F("C003"),
    ],
})
