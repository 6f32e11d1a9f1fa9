"""Batch 159, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: mostly exemplary plans, each in a house style of its own, so that a
reader has to understand the plan rather than recognise a template:

1. a maternity discharge plan for a newborn (mother with bipolar disorder):
   a landscape Word table with phase banner rows (on the ward / first
   fortnight / to the review) and owners given as initials from a who's who
   key (docx);
2. a transfer-in conference plan for a teenager and a toddler whose mother is
   on a methadone prescription, with a "From" column saying whether each
   action is kept or changed from the previous council's plan or new, printed
   to PDF with page headers and footers (pdf);
3. "Kacper's plan", written to a 15-year-old at risk of criminal
   exploitation, with "you", "your mum", "Uncle Tomasz", "me" and "other
   people" headings over bullets that each carry their own time and check
   (md);
4. a Scottish GIRFEC Child's Plan (child protection) for an autistic,
   non-verbal 8-year-old whose father drinks, with a wellbeing-indicator
   column and his views drawn from his PECS choices and behaviour (md);
5. core group minutes in clipped case-note style (initials defined in the
   attendance list, wkly, w/c, rpt, a few typing slips) ending in a numbered
   action log with When / Check lines and one closed action (txt);
6. a social worker's letter to a mother after the initial conference, in
   plain words: "What you will do", "What I will do", "What other people
   will do" (pdf, letterhead header and page footer);
7. a Signs of Safety review conference plan with a merged goal-number column
   in its next-steps table (docx).

Plans 1 to 6 are exemplary: every live action has a named owner, a specific
timescale and something that will be seen or counted; outcomes are the
child's; the contingency has specific triggers and concrete responses and
covers family help failing; the child's voice is recorded; core group dates
and a review date are set; legal planning follows named triggers; adult
services own work where a parent is ill or uses substances, and every mental
health row asks for a view on the parent's capacity to change. Plan 7 keeps
mostly good rows with a few realistic faults (a collective owner, a vague
time, an empty measure, "keep an eye on" measured only by "Monitored", a
CMHT row that only supports, a goal about the mother alone, and a
contingency that relies on the grandparents with no fallback).

Counting actions (README, "Files", convention 1): each live row of an action
table and each bullet or numbered item of an action section; not the
contingency, meeting dates, the who's who, narrative updates, the previous
council's plan described in prose, nor a one-off action marked done and
closed (the closed line in the minutes' log of plan 5). Phase banner rows in
plan 1 are headings, not actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Discharge plan from the maternity ward, newborn, mother with bipolar
#    affective disorder, grandmother and aunt helping at night. Landscape
#    table with phase banner rows, owners as initials from a key. Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_jindlecote_discharge_plan_phase_banners_initials_ferrier.docx",
    "doc_title": "Child Protection Plan at Discharge - Rosa Ferrier",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "template": "maternity-discharge-cp-plan-docx-landscape-details-kv-whos-who-initials-table-why-rosas-first-days-observed-outcomes-then-one-action-table-no-what-who-initials-when-how-well-know-with-phase-banner-rows-ward-first-fortnight-to-review-then-relapse-signs-contingency-meetings",
    "description": (
        "Exemplary plan agreed at a discharge planning meeting on the postnatal ward for a "
        "6-day-old baby whose mother has bipolar affective disorder and stopped lithium in "
        "pregnancy. A who's who table defines initials; one landscape action table runs in three "
        "phases marked by banner rows (on the ward until discharge, the first fortnight at home, "
        "then to the review conference), every row with initials as owner, its own timing and "
        "what will be seen. The perinatal psychiatrist and CPN report on capacity to change, the "
        "GP owns a row, the grandmother's nights have a fallback through the aunt and a mother "
        "and baby unit or foster carers, legal planning follows named triggers, core group and "
        "review dates are set; the baby's days on the ward are described."
    ),
    "blocks": [
        ("title", "Child protection plan – Rosa's discharge home and first weeks"),
        ("p", "Jindlecote Metropolitan Borough Council · Children's Social Care · Safeguarding (Central)"),
        ("kv", [
            ("Baby", "Rosa Ferrier, born 02/09/2025 at Jindlecote General Hospital, Bramble Ward"),
            ("Parents", "Kayleigh Ferrier (27) and Tom Ashdown (29), 41 Quillet Street, Jindlecote JN3 4RB"),
            ("Category", "Neglect (likely significant harm), set at the pre-birth conference"),
            ("Pre-birth conference", "05/08/2025, at 34 weeks of pregnancy. Chair: Mrs Yvonne Castell (IRO)"),
            ("This plan", "Agreed at the discharge planning meeting on Bramble Ward, Monday 08/09/2025. "
                          "Rosa is expected to go home on 10/09/2025"),
        ]),
        ("h1", "Who's who"),
        ("p", "The plan below uses these initials."),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.5, 6.0, 17.2],
            "rows": [
                ["AK", "Amara Kwarteng", "Social worker, Jindlecote Children's Social Care (team manager: Neil Carver)"],
                ["LP", "Lorna Pike", "Midwife, Bramble Ward, Jindlecote General Hospital"],
                ["CS", "Chloe Simms", "Community midwife, Jindlecote North midwifery team"],
                ["HB", "Hannah Bevan", "Health visitor, Jindlecote 0-19 Service"],
                ["SM", "Dr Sameer Mistry", "Consultant perinatal psychiatrist, Jindlecote Perinatal Mental Health Team"],
                ["JW", "Jess Whitlow", "Community psychiatric nurse, Jindlecote Perinatal Mental Health Team"],
                ["RH", "Dr Ruth Hallam", "GP, Quillet Street Surgery"],
                ["BN", "Bev Nolan", "Family support worker, Jindlecote Family Hub"],
                ["KF", "Kayleigh Ferrier", "Rosa's mum"],
                ["TA", "Tom Ashdown", "Rosa's dad; works nights, Monday to Thursday"],
                ["DF", "Denise Ferrier", "Kayleigh's mum (maternal grandmother), 9 Lark Rise, Jindlecote"],
                ["GA", "Gemma Ashdown", "Tom's sister (paternal aunt), 17 Pellow Road, Jindlecote"],
            ],
        }),
        ("h1", "Why Rosa has a plan"),
        ("p", "Kayleigh has bipolar affective disorder. In March 2021 she was detained at the Ashgrove Unit under "
              "section 2 after a manic episode in which she did not sleep for five nights, spent all her savings "
              "and walked the streets at night. She stopped taking lithium on her own at eight weeks of pregnancy "
              "because she was worried about the baby. Her mood stayed steady in pregnancy, but the weeks after a "
              "birth are when a severe relapse is most likely, and her last episode started with lost sleep. Tom "
              "did not know her warning signs in 2021; he and Kayleigh have now written them down with JW."),
        ("h1", "Rosa's first days – what we have seen"),
        ("p", "Rosa was born at 39 weeks weighing 3.21kg. She feeds about every three hours, mostly from a bottle, "
              "and quietens quickly when Kayleigh holds her skin to skin. The midwives have watched Kayleigh change "
              "and dress her gently, talking to her all the time. On the night of 05/09/2025, after two nights of "
              "very little sleep, Kayleigh slept through the 2am feed and Rosa cried for about twenty minutes before "
              "a midwife went to her. When Tom visits, Rosa falls asleep on his chest within minutes. On day 5 she "
              "weighed 3.02kg, a 6% loss, which the ward says is in the expected range."),
        ("h1", "What we want for Rosa"),
        ("bullets", [
            "Rosa is fed, changed and settled, day and night, by a parent who is well and rested enough to notice "
            "her cues and answer them.",
            "Rosa is back to her birth weight by day 14 and then grows steadily along her centile.",
            "Rosa is never left in the sole care of a parent who is showing early warning signs of becoming unwell.",
            "Rosa has every health check on time: her hearing screen, the new birth visit, her 6 to 8 week check "
            "and her first immunisations.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan runs in three phases, shown by the shaded rows. Each row gives its own timing. Owners are "
              "shown by their initials (see Who's who)."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.1, 8.4, 3.6, 5.4, 7.2],
            "rows": [
                ["Phase 1 – on Bramble Ward, until Rosa is discharged", H, H, H, H],
                ["1",
                 "Watch how Kayleigh feeds, changes and settles Rosa, and note how she responds when Rosa cries, "
                 "especially at night",
                 "LP, with the midwife on each shift",
                 "Every shift until discharge",
                 "Observation chart filled in each shift; LP's written summary sent to AK and HB on the day of "
                 "discharge"],
                ["2",
                 "Assess Kayleigh's mental state, restart lithium, and write a view of her risk of relapse after "
                 "the birth and of her capacity to make and keep the changes Rosa needs, with the likely timescale",
                 "SM",
                 "Before discharge",
                 "Written assessment on the hospital record and copied to AK, HB and RH before Rosa leaves the ward"],
                ["3",
                 "Visit Rosa on the ward and see her being fed and settled by each parent",
                 "AK",
                 "On 09/09/2025 and on the day of discharge",
                 "Visit notes on the case record say who fed and settled Rosa and how she responded"],
                ["4",
                 "Write a night plan with Kayleigh and Tom so that Kayleigh sleeps at least five hours each night, "
                 "with Tom or Denise doing the 2am feed",
                 "AK, with KF and TA",
                 "Signed before discharge",
                 "Signed night plan on the file; a copy on the fridge at Quillet Street, seen by CS at her first "
                 "home visit"],
                ["Phase 2 – at home, from discharge to day 14 (16/09/2025)", H, H, H, H],
                ["5",
                 "Visit Rosa at home, check her feeding, cord and colour, and weigh her on days 10 and 14",
                 "CS",
                 "Daily from discharge to day 10, then on day 14",
                 "Weights written in Rosa's red book; Rosa back to 3.21kg by day 14, or CS phones AK that day"],
                ["6",
                 "Stay overnight at Quillet Street on the nights Tom works and do Rosa's 2am feed, so that Kayleigh "
                 "can sleep",
                 "DF",
                 "Every Monday to Thursday night from discharge to 09/10/2025",
                 "Night log of each feed, who gave it and Kayleigh's hours of sleep, kept by DF and read by AK at "
                 "each visit"],
                ["7",
                 "Do Rosa's night feeds when he is not working and fill in the night log",
                 "TA",
                 "Every Friday, Saturday and Sunday night from discharge",
                 "Night log complete for every one of Tom's nights; AK reads it at each visit"],
                ["8",
                 "Take lithium every evening and have the blood tests Dr Mistry asks for, so that she stays well "
                 "enough to care for Rosa",
                 "KF",
                 "Every evening from discharge; first blood level on 15/09/2025, then monthly",
                 "Lithium levels in range at each test (results sent to AK by JW); tablet count correct at JW's "
                 "visits"],
                ["9",
                 "Visit Kayleigh at home, check her sleep, mood and warning signs, and report to each core group on "
                 "whether she is making and keeping the changes Rosa needs",
                 "JW",
                 "Twice a week to day 14, then weekly; written report two working days before each core group",
                 "Visit notes sent to AK each week; written report on the file before every core group giving JW's "
                 "view of the changes made"],
                ["10",
                 "Visit Rosa at home, one visit in three unannounced, and see her fed, changed and put down to sleep",
                 "AK",
                 "Weekly from discharge until the review conference",
                 "Visit records note Rosa seen at every visit, where she sleeps and how each parent responds to her"],
                ["Phase 3 – from day 15 to the review conference (04/11/2025)", H, H, H, H],
                ["11",
                 "New birth visit, then home visits, and weigh Rosa at the Quillet Street baby clinic",
                 "HB",
                 "New birth visit by 16/09/2025; home visits weekly and weighs every two weeks until 04/11/2025",
                 "Weights plotted in the red book, Rosa within one centile line of her birth centile; HB's notes "
                 "sent to AK every two weeks"],
                ["12",
                 "Check Kayleigh's lithium dose and physical health at her postnatal check, and carry out Rosa's 6 to "
                 "8 week check",
                 "RH",
                 "Both on 17/10/2025",
                 "GP letter to AK with the lithium dose and the findings of both checks"],
                ["13",
                 "Six home sessions with both parents on Rosa's cues, play and a daily routine",
                 "BN",
                 "Weekly from 22/09/2025 (six sessions)",
                 "BN's session record notes whether each parent picked up Rosa's cues; routine chart on the fridge "
                 "seen by AK"],
                ["14",
                 "See Kayleigh in clinic and give a written view of her progress, her relapse risk and whether she "
                 "can keep the changes within Rosa's timescale",
                 "SM",
                 "Clinic on 07/10/2025 and 28/10/2025",
                 "Clinic letters to AK and RH; written capacity-to-change view given to the review conference on "
                 "04/11/2025"],
            ],
        }),
        ("h1", "If Kayleigh becomes unwell, or the night plan breaks down"),
        ("p", "Kayleigh's early warning signs, from the relapse plan she wrote with JW: sleeping less than four hours "
              "a night for two nights running; talking fast or jumping between ideas; spending money she does not "
              "have; saying that Rosa is special or in danger."),
        ("p", "If Kayleigh shows any of these signs, stops her lithium, or says anything about harming herself or "
              "Rosa, Tom or Denise will ring JW (or the Jindlecote mental health crisis line out of hours) straight "
              "away, and JW will arrange a mental health assessment the same day. Until it is done Kayleigh will "
              "not be left alone with Rosa, who will be cared for by Tom or Denise. AK will hold a strategy "
              "discussion the same day if Kayleigh has been alone with Rosa while unwell."),
        ("p", "If Denise cannot stay overnight (she is ill or away), Gemma will stay instead. If neither of them can, "
              "Tom will take leave from work; if he cannot, AK will arrange for Rosa to be looked after by "
              "Jindlecote foster carers that night, or for Kayleigh and Rosa to be admitted together to the Hollins "
              "Mother and Baby Unit if Dr Mistry advises it."),
        ("p", "If Kayleigh needs a hospital admission without Rosa, stops her lithium twice, or Dr Mistry's view is "
              "that she cannot make the changes within Rosa's timescale, AK will ask Neil Carver for a legal planning "
              "meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks, Tuesdays at 1.30pm, Jindlecote Family Hub – 16/09/2025, 14/10/2025 and "
            "11/11/2025.",
            "Review child protection conference: 04/11/2025 at 10am, Jindlecote Civic Centre.",
            "Copies of this plan: Kayleigh, Tom, Denise, Gemma and everyone in the who's who.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Transfer-in conference plan, mother on a methadone prescription, a
#    13-year-old and a 3-year-old, grandmother helping. A "From" column says
#    whether each action is kept or changed from the previous council's plan
#    or new. Landscape, printed to PDF with header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_jelloway_transfer_in_plan_kept_changed_new_column_mulligan.pdf",
    "doc_title": "Transfer-in Child Protection Plan - Jayden and Poppy Mulligan",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "transfer-in-conference-plan-paged-landscape-header-footer-details-kv-how-the-family-came-prose-where-the-previous-plan-had-got-to-prose-childrens-words-outcomes-numbered-then-no-from-kept-changed-new-column-what-will-happen-lead-when-what-well-look-for-table-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan from a transfer-in conference for a 13-year-old and a 3-year-old whose "
        "mother is on a methadone prescription after years of heroin use; the family moved to "
        "be near the grandmother. Printed to PDF with page header and footer. Prose says how "
        "the family came and where the previous council's plan had got to (no actions there); "
        "the plan table has a 'From' column (previous plan kept, changed, or new) before what, "
        "lead, when and what we'll look for. The recovery service and GP own rows, nothing waits "
        "on the transfer, the grandmother's help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set; both children's words."
    ),
    "header": "OFFICIAL-SENSITIVE – Jelloway City Council – Transfer-in Child Protection Conference",
    "footer": "Mulligan – plan agreed 16/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Transfer-in Child Protection Conference – the plan"),
        ("kv", [
            ("Children", "Jayden Mulligan (13), DOB 11/06/2012; Poppy Mulligan (3), DOB 27/01/2022"),
            ("Address", "Flat 6, Canal House, Lowgate, Jelloway JL2 7PD (since 14/07/2025)"),
            ("Mother", "Carla Mulligan (34)"),
            ("Fathers", "Jayden: Shaun Reilly, no contact since 2016. Poppy: Liam Gorman (31), lives in "
                        "Harlowmere and has Poppy on Saturdays"),
            ("Maternal grandmother", "Pat Mulligan, 22 Ferry Lane, Jelloway (five minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Plan history", "Initial conference, Harlowmere Borough Council, 20/03/2025; review there 17/06/2025; "
                             "transfer-in conference, Jelloway City Council, 16/09/2025. Chair: Graham Tolley (IRO)"),
            ("Social worker", "Ruth Adewale, Safeguarding Team East (team manager: Simon Pratt)"),
        ]),
        ("h1", "1. How the family came to Jelloway"),
        ("p", "Carla lost her Harlowmere flat in June 2025 because of rent arrears and moved to Jelloway to be near "
              "her mother. Harlowmere told us of the move on 15/07/2025. Their social worker, Kirsty Lund, kept "
              "visiting every week up to today's conference, and made two joint visits with Ruth Adewale, on "
              "28/08/2025 and 09/09/2025. Harlowmere sent its records and its latest plan on 22/08/2025. From today "
              "Jelloway holds the plan."),
        ("h1", "2. Where the Harlowmere plan had got to"),
        ("p", "Carla has been prescribed methadone since 2023. Her screens have been clear of heroin since April "
              "2025; one in May was positive for cocaine. Jayden's attendance went up from 71% to 89% last term, "
              "and he started at Jelloway Academy this month. In the move Poppy missed her pre-school booster and a "
              "speech check. Each Harlowmere action is shown below as kept, or changed to a Jelloway worker or "
              "place; the rest are new. Every one starts now."),
        ("h1", "3. What Jayden and Poppy have told us"),
        ("p", "Jayden (seen on his own at his nan's, 10/09/2025): “I like it here more because Nan's round the "
              "corner. When Mum was using I got Poppy up and did her breakfast and I was late every day. She's been "
              "OK since Easter. I don't want to be the one who has to check on her.” He gave home 7 out of 10, and "
              "said a 10 would be “Mum off the methadone and us in a proper house”."),
        ("p", "Poppy is 3. She talks in short sentences, calls her brother “Jay-Jay” and followed him from room to "
              "room on the joint visit. In her first week at nursery she hid food from the snack table in her "
              "pockets; her key worker says that has stopped. When Carla went to the bathroom, Poppy stood at the "
              "door and waited for her."),
        ("h1", "4. What we want for Jayden and Poppy"),
        ("numbers", [
            "Jayden and Poppy are cared for every day by a mum who is stable on her prescription and uses no other "
            "drugs, and who is up, alert and able to get them to school and nursery.",
            "Poppy catches up on her health checks and immunisations, and her speech is checked and helped.",
            "Jayden no longer looks after Poppy or checks on his mum; he is at school every day and has time for "
            "his own friends.",
            "Jayden and Poppy live in a home with a bed each, food in the cupboards and the rent paid.",
        ]),
        ("h1", "5. The plan"),
        ("p", "From: “Harlowmere – kept” carries on as before; “Harlowmere – changed” is the same action done by a "
              "Jelloway worker or place; “New” was agreed today."),
        ("table", {
            "header": ["No.", "From", "What will happen", "Lead", "When", "What we'll look for"],
            "widths": [1.0, 2.9, 6.8, 4.4, 4.6, 6.0],
            "rows": [
                ["1", "Harlowmere – kept",
                 "Visit Jayden and Poppy at home, see Jayden on his own each time, and make one visit a month "
                 "unannounced",
                 "Ruth Adewale, social worker (SW)",
                 "Weekly until 28/10/2025, then every two weeks until the review conference",
                 "Visit records show both children seen and Jayden seen alone, with his own words written down"],
                ["2", "Harlowmere – kept",
                 "Take her methadone as prescribed, use no heroin, cocaine or other drug not prescribed, and give a "
                 "urine screen at each key-work session",
                 "Carla Mulligan (Mum)",
                 "Every day; screens every Wednesday from 17/09/2025",
                 "Every screen negative for drugs not prescribed (results from Jelloway Recovery Service)"],
                ["3", "Harlowmere – changed",
                 "Take over Carla's prescription, key-work and screening, and report on whether she is staying "
                 "stable and how this shows in her care of Jayden and Poppy",
                 "Mo Hassan, recovery worker, Jelloway Recovery Service",
                 "Prescription in place by 19/09/2025 with no gap; report two working days before each core group",
                 "Pharmacy record shows no missed days; written report with screen results on the SW's file before "
                 "every core group"],
                ["4", "New",
                 "Register Carla, Jayden and Poppy, take on shared care of Carla's prescription, and list any checks "
                 "or immunisations the children have missed",
                 "Dr Anita Kerr, GP, Westgate Medical Practice",
                 "Registration by 26/09/2025; letter by 03/10/2025",
                 "GP letter to the SW confirming all three are registered and listing what the children have missed"],
                ["5", "Harlowmere – changed",
                 "Health review for Poppy, her pre-school booster and a check of her speech",
                 "Lucy Friel, health visitor, Jelloway Healthy Child Team",
                 "Review by 10/10/2025; booster by 31/10/2025",
                 "Review record sent to the SW; booster written in Poppy's red book; speech and language referral "
                 "sent if Lucy's check shows a delay"],
                ["6", "Harlowmere – changed",
                 "Check Poppy's attendance and whether she arrives fed and clean, and phone the SW the same day with "
                 "any worry",
                 "Aisha Begum, key worker, Sunflower Nursery",
                 "Every session, Monday to Thursday mornings",
                 "Attendance and arrival notes emailed to the SW each Friday; same-day calls logged by the nursery"],
                ["7", "Harlowmere – changed",
                 "Check Jayden's attendance and punctuality, and meet him with his mentor to ask how things are at "
                 "home",
                 "Mr Darren Fulford, DSL, Jelloway Academy",
                 "Every school day; meetings every Monday from 22/09/2025",
                 "Attendance emailed to the SW each Friday, 95% or more by the review; Monday meetings logged"],
                ["8", "Harlowmere – kept",
                 "Take Poppy to nursery on the mornings Carla collects her prescription",
                 "Pat Mulligan (maternal grandmother)",
                 "Every Tuesday and Thursday, arriving by 9am",
                 "Nursery register shows Poppy in by 9am on Pat's days"],
                ["9", "New",
                 "Have Jayden for tea after school while Carla is at key-work, with a quiet place for his homework",
                 "Pat Mulligan (maternal grandmother)",
                 "Every Wednesday, 3.30pm to 7pm",
                 "Pat texts the SW each Wednesday evening; Jayden tells the SW about his Wednesdays at visits"],
                ["10", "New",
                 "Young carer's assessment for Jayden and a place at the Tuesday young carers' group",
                 "Ben Castle, Jelloway Young Carers",
                 "Assessment by 31/10/2025",
                 "Jayden's young carer's plan sent to the SW; group register shows whether he goes"],
                ["11", "Harlowmere – kept",
                 "Have Poppy for the day at his flat and bring her home by 4pm",
                 "Liam Gorman (Poppy's dad)",
                 "Every Saturday, 10am to 4pm",
                 "Contact diary signed by Liam and Carla, seen by the SW at the first visit each month"],
                ["12", "New",
                 "Help Carla apply for a two-bedroom home and agree a plan to clear the arrears, so that Jayden and "
                 "Poppy each have a bed",
                 "Sean Dwyer, housing options officer, Jelloway City Council",
                 "Application by 30/09/2025; arrears plan by 31/10/2025",
                 "Application reference and the signed arrears plan copied to the SW; beds seen at SW visits"],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If Carla has a screen positive for heroin or cocaine, misses two days of her prescription in a row "
              "(the pharmacy tells Mo Hassan the same day), or is seen under the influence while caring for the "
              "children, Jayden and Poppy will go to Pat's at 22 Ferry Lane that day and the SW will hold a "
              "strategy discussion the same day."),
        ("p", "If Pat cannot take Poppy to nursery or have Jayden on a Wednesday, Tanya Rhodes, family support "
              "worker, will do the nursery run and Jayden will stay at the Jelloway Academy homework club until "
              "Carla collects him. If the children need somewhere to stay and Pat cannot have them, the SW will "
              "place them together with Jelloway foster carers the same day."),
        ("p", "If Carla has two positive screens before the review conference, or either child is found in her care "
              "while she is under the influence, the SW will ask Simon Pratt for a legal planning meeting within "
              "five working days to decide whether to begin pre-proceedings under the Public Law Outline."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Lowgate Family Hub: 30/09/2025, 28/10/2025 and "
            "25/11/2025.",
            "Review child protection conference: 09/12/2025 at 10am, Jelloway Civic Offices.",
            "Jayden is invited to the first half of each core group; if he does not come, the SW will bring what he "
            "has said.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. "Kacper's plan", written to a 15-year-old at risk of criminal
#    exploitation; his uncle gives lifts and has him on Fridays. Headings for
#    each person, bullets with time and check in the same bullet. Exemplary
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_jupperton_my_plan_written_to_you_person_headings_kowalczyk.md",
    "split": "heldout",
    "actions": 14,
    "template": "young-persons-plan-md-written-to-you-by-the-sw-about-you-lines-why-what-you-told-us-what-we-all-want-then-whos-doing-what-h3-per-person-you-your-mum-uncle-me-other-people-bullets-with-time-and-check-then-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary plan written by the social worker to a 15-year-old who has been used by adults "
        "to carry drugs and money and has gone missing five times. 'You' is Kacper and 'I' is "
        "the social worker who signs it; under 'Who's doing what' each person has a heading (you, "
        "your mum, Uncle Tomasz, me, other people) and each bullet says what, when and how it "
        "will be seen. Police, school, the youth project and the young people's drug service "
        "own actions; the uncle's lifts and Friday nights have a fallback, going missing and "
        "being found out of area have concrete responses, legal planning follows named triggers, "
        "core group and review dates are set; his own words throughout."
    ),
    "text": """\
# Kacper's plan

*Written for you, Kacper, by Hollie Brennan, your social worker, after your child protection conference on 23/09/2025. Jupperton Council Children's Services – Adolescent Safeguarding Team.*

**About you:** Kacper Kowalczyk, 15 (born 04/02/2010), Year 11 at Jupperton Park Academy. You live with your mum, Agnieszka, and your sister Zuzanna (9) at 3 Tern Walk, Jupperton JP6 1HW. Your uncle Tomasz lives at 40 Kestrel Road.
**Category of the plan:** physical abuse – the risk of serious harm from adults outside your home.
**Conference chair:** Derek Amankwah (independent reviewing officer)

## Why you have a plan

Since June you have gone missing five times, twice overnight. On 30/08/2025 police found you at a flat in Harnock with £400 and two phones that weren't yours. A man in a grey Range Rover has been picking you up near school. You told me these men say you owe them for a bag of cannabis that went "missing", and that they know where you live. Your mum was out looking for you at 3am on 31/08/2025. Everyone at the conference agreed that this is exploitation – adults using you – and that none of it is your fault.

## What you told us

- "I'm not stupid, I know what they're doing. But if I stop they'll say I owe them more."
- "I feel safest at Uncle Tomasz's because nobody knows where it is."
- "I want to play for the Colts again and do the motor mechanics course at college next year."
- You said you feel 4 out of 10 safe right now, and you'd like it to be 8 by Christmas.
- You asked that your mum doesn't shout when you get in late, and that the police don't come to school in uniform.

Your mum said: "I just want my son back. He is a good boy."

## What we all want for you

- You are safe from the men who have been using you, and they can't find or contact you.
- You don't go missing, and you're home by the times you've agreed with your mum.
- You're in school every day and get your GCSEs, including maths and English, so you can start the mechanics course in September 2026.
- You're back playing football and doing things you enjoy with people your own age.
- You know who to call if you're scared or in trouble, and you trust them to help.

## Who's doing what

Everyone below has said yes to their part. Each point says when it happens and how we'll all know it is happening.

### You

- Be home by 9.30pm on school nights and 10.30pm on Fridays and Saturdays, or ring your mum before then if you're going to be late – every night, starting tonight. Your mum writes the time you get in on the calendar on the fridge, and I'll look at it every week.
- Go to school every day and see Mrs Ojo at Tuesday lunchtime, every school day from 24/09/2025. Mrs Ojo sends me your attendance every Friday.
- Go to six Wednesday sessions about cannabis with Sian Howe at the Jupperton Young People's Drug and Alcohol Team, starting 01/10/2025. Sian tells me after each session whether you came, and the two of you write down how much you smoked that week.

### Your mum (Agnieszka)

- If you're not home and not answering 30 minutes after your time, ring 101 (or 999 if she thinks you're in danger) and report you missing, then ring me or the out-of-hours team – every time this happens. She writes the police reference number on the calendar, and PC Sandhu checks each report with me the next working day.
- Go to the Jupperton Parents Together group, for parents whose children are being exploited, on Monday evenings for six weeks from 06/10/2025. The group worker sends me the register.

### Uncle Tomasz

- Pick you up from Colts training on Tuesdays and Thursdays at 8pm and drive you home – every Tuesday and Thursday. He texts your mum when he's dropped you off, and she writes the time on the calendar.
- Have you to stay at 40 Kestrel Road on Friday nights, every Friday from 26/09/2025. Tomasz texts me on Saturday morning to say you were there.

### Me (Hollie, your social worker)

- See you on your own every week – at school, at home or out for something to eat, whichever you want – until your review conference. I'll write down what you tell me in your words, and you can read it.
- Make sure you're offered a return home interview with Dom (or someone else if you'd rather) within 72 hours of every time you come back after being missing. The interview record goes on your file and to PC Sandhu, and I'll check it's there.
- Take what we know about the men in the Range Rover to the Jupperton Missing and Exploitation Panel on 08/10/2025. The panel's minutes will say what police and others will do about them, and I'll bring them to the core group on 04/11/2025.
- Refer you to the National Referral Mechanism by 03/10/2025, so that what happened to you is recorded as exploitation. I'll show you the letter confirming it was received.

### Other people

- **PC Amrit Sandhu (Jupperton Police, Child Exploitation Team)** will serve Child Abduction Warning Notices on the two men known to have picked you up, by 10/10/2025, and tell me in writing when each one has been served.
- **Dom Okoro (Jupperton Youth Project)** will meet you every Thursday at 4pm for eight weeks from 02/10/2025. He keeps a sign-in sheet and, at the end of each session, writes down your score for how safe you feel.
- **Mrs Grace Ojo (designated safeguarding lead, Jupperton Park Academy)** will check you're in every lesson and ring your mum and me within 30 minutes if you miss one, every school day. She logs each call and sends me your lesson-by-lesson attendance every Friday.

## If things go wrong

- **If you go missing:** your mum reports it (see above), the police look for you, and I'll hold a strategy discussion with the police and school the same day.
- **If you're found in another town, with the men from the Range Rover, or with drugs, cash or a phone that isn't yours:** the police will take you home or to Uncle Tomasz's, and I'll hold a strategy discussion the same day to decide whether you need to stay somewhere safe outside Jupperton for a while.
- **If Uncle Tomasz can't do a lift or a Friday** (he sometimes works away): I'll book a taxi, paid for by Children's Services, to bring you home from training, and on that Friday you'll stay at home with your mum. If you ever need somewhere to stay in an emergency and Tomasz can't have you, I'll find you a foster home that night.
- **If you go missing three more times before the review conference, or police find you dealing:** my manager, Farah Lyle, will hold a legal planning meeting within 5 working days to decide whether we need to ask a court for an order to keep you safe. I'll tell you first.

## Meetings about your plan

- **Core group** (you, your mum, Tomasz, me, Mrs Ojo, PC Sandhu, Dom and Sian): every four weeks at Jupperton Park Academy at 4pm – 07/10/2025, 04/11/2025 and 02/12/2025. You can come to all of it or part of it.
- **Review child protection conference:** 16/12/2025 at 10am, Jupperton Town Hall. You can come, or tell me or Dom what you want said.

Signed: Hollie Brennan, social worker, 24/09/2025 (team manager: Farah Lyle)
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. GIRFEC Child's Plan (child protection), Scotland: autistic, non-verbal
#    8-year-old, father's drinking, gran's Saturdays and Wednesdays. Ref /
#    wellbeing indicator / what / lead / when / how we'll know table. Views
#    from PECS choices and behaviour. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_jarnockhill_girfec_childs_plan_indicator_column_abernethy.md",
    "split": "heldout",
    "actions": 13,
    "template": "girfec-childs-plan-cp-md-bold-field-lines-named-person-lead-professional-about-callum-why-views-from-pecs-and-behaviour-outcomes-tagged-by-indicator-then-ref-indicator-what-lead-when-how-well-know-table-contingency-ird-reporter-meetings",
    "description": (
        "Exemplary Scottish Child's Plan agreed at a Child Protection Planning Meeting for an "
        "autistic 8-year-old who does not speak, whose father drinks heavily; he was found "
        "alone by a main road at night. Bold field lines give the Named Person and Lead "
        "Professional; his views come from his PECS choices, his signs and what his carers see; "
        "outcomes are tagged by wellbeing indicator and the action table has Ref, indicator, "
        "what, lead, when and how we'll know columns. The alcohol and drug recovery service and "
        "the GP own rows, the gran's Saturdays and Wednesdays have a fallback, an IRD follows "
        "named triggers, legal advice and a referral to the Reporter follow no change, core "
        "group and review CPPM dates are set."
    ),
    "text": """\
# Child's Plan – Child Protection

**Jarnockhill Council Social Work Services · NHS Jarnockhill · Kirkbrae Primary School**

**Child:** Callum Abernethy, born 19/03/2017 (8 years)
**Address:** 6 Ravelston Brae, Kirkbrae, Jarnockhill KB4 2LT
**Lives with:** his mum, Lorraine Abernethy (36), and his dad, Gary Abernethy (39)
**Paternal gran:** Isa Abernethy, 11 Mill Wynd, Kirkbrae
**Named Person:** Mrs Alison Drummond, head teacher, Kirkbrae Primary
**Lead Professional:** Ewan MacLeod, social worker, Jarnockhill Children and Families Social Work (team leader: Catriona Bain)
**Child Protection Planning Meeting:** 18/09/2025 – Callum's name placed on the child protection register (concerns: parental alcohol misuse; neglect). Chair: Morven Ure, Child Protection Reviewing Officer

## 1. About Callum

Callum is autistic and has a learning disability. He does not use spoken words. He communicates with PECS picture cards, about twenty Makaton signs and by leading adults to what he wants. He goes to the Enhanced Support Base at Kirkbrae Primary. He loves water, the trampoline, Thomas the Tank Engine and his gran's dog, Bramble. He needs the same routine every day; a change he has not been prepared for can upset him for hours.

## 2. Why Callum has a Child Protection Plan

Gary has drunk heavily for many years, and more since he lost his job in February. On 29/08/2025 a neighbour found Callum barefoot and in his pyjamas at the edge of the Kirkbrae Road at 9pm and called the police; Gary was asleep on the couch after drinking and Lorraine was at work on a night shift. Over the summer Callum often missed his melatonin and was awake until after midnight. School have seen him arrive hungry and without his home–school book.

## 3. Callum's views – how we know what matters to him

Callum cannot tell us in words, so his views come from his picture-card choices and from what the people who know him best see.

- At home on 11/09/2025 Ewan used Callum's feelings cards with him. Callum put "happy" next to the cards for Gran and Bramble, and "sad" next to the card for "Dad sleeping".
- Lorraine says that when Gary has been drinking, Callum takes his ear defenders off their hook and hides under the trampoline net.
- His class teacher, Miss Kerr, logs hand-biting: nine times in the week after 29/08/2025, against one or two in a usual week.
- He laughs, flaps and hums in the bath, and when he hears Isa's car on a Saturday morning he runs to the window and signs "Gran".

## 4. What needs to be different for Callum (outcomes)

- **Safe:** Callum is always cared for by a sober adult who knows where he is and keeps the doors locked.
- **Healthy:** Callum has his melatonin at 7pm and is asleep by 8.30pm on at least five nights a week.
- **Achieving and Included:** Callum gets to school every day fed, with his lunch and his home–school book, and his hand-biting at school is back to two times a week or fewer.
- **Respected:** Callum has the picture cards and signs he needs to show the adults around him how he feels, including about home.

## 5. The plan

| Ref | Indicator | What will happen | Lead | When | How we'll know |
|---|---|---|---|---|---|
| S1 | Safe | Visit Callum at home, at least one visit a month unannounced; see him with each parent and use his feelings cards with him | Ewan MacLeod, social worker (Lead Professional) | Weekly until the review CPPM | Visit records note Callum seen at every visit, the cards he chose and the state of the home |
| S2 | Safe | Drink no alcohol on any day he is caring for Callum, and keep no alcohol in the house | Gary Abernethy (dad) | Every day from 18/09/2025 | Breath tests at ADRS and at Ewan's visits read zero; no alcohol seen in the house at unannounced visits |
| S3 | Safe | Assess Gary's drinking, start key work and breath testing, and write to each core group on whether his drinking is changing, what that means for Callum and how long further change is likely to take | Fiona Reid, recovery worker, Jarnockhill Alcohol and Drug Recovery Service (ADRS) | Assessment by 03/10/2025; key work every Monday; report two days before each core group | Assessment letter to Ewan by 03/10/2025; written report with breath test readings before each core group |
| S4 | Safe | Fit high bolts on the front and back doors and a restrictor on Callum's bedroom window | Kerry Niven, occupational therapist, Jarnockhill Council | By 10/10/2025 | Bolts and restrictor seen fitted at Ewan's next visit |
| H1 | Healthy | Check Gary's physical health, including liver function tests, and share the results and any treatment for his drinking with the Lead Professional | Dr Morag Tait, GP, Kirkbrae Health Centre | By 17/10/2025 | GP letter to Ewan with the blood results |
| H2 | Healthy | Give Callum his melatonin at 7pm and fill in his sleep diary | Lorraine Abernethy (mum); Gary on Lorraine's work nights | Every night from 18/09/2025 | Sleep diary shows the melatonin given and the time Callum fell asleep; brought to every core group |
| H3 | Healthy | See Callum in clinic about his sleep and his melatonin dose | Dr Priya Nair, community paediatrician, Jarnockhill Child Development Centre | Clinic by 31/10/2025 | Clinic letter to the parents and Ewan, giving the sleep diary figures and any change of dose |
| A1 | Achieving / Included | Send the home–school book home every day, and log Callum's hand-biting and whether he arrived fed | Mrs Alison Drummond, Named Person (Miss Kerr keeps the log) | Every school day | Biting and breakfast log emailed to Ewan each Friday; book seen at every home visit |
| A2 | Included | Overnight short break at Thistle House | Gillian Shaw, short breaks co-ordinator, Children with Disabilities Team | First stay by 25/10/2025, then one weekend a month | Thistle House stay record and sleep chart sent to Ewan after each stay |
| R1 | Respected | Add cards for feelings, "Dad", "drink" and "help" to Callum's PECS book, and update his communication passport | Ruth Baird, speech and language therapist, NHS Jarnockhill | By 14/11/2025 | Updated passport copied to home, school and Ewan; Miss Kerr logs Callum using the new cards |
| N1 | Nurtured | Have Callum at Mill Wynd for the day | Isa Abernethy (paternal gran) | Every Saturday, 10am to 5pm | Isa writes in the home–school book on Saturday evening; Ewan reads it each week |
| N2 | Nurtured | Take Callum swimming at Kirkbrae pool after school, on the day after Lorraine's night shift | Isa Abernethy (paternal gran) | Every Wednesday, 3.30pm to 6pm | Pool card stamped each week; Isa's note in the home–school book |
| N3 | Nurtured / Responsible | Go together to the Understanding Autism course for parents | Gary and Lorraine Abernethy | Six Tuesday evenings from 14/10/2025 | Course register shows each parent at five or more sessions; the course worker writes to Ewan at the end |

## 6. If things go wrong (contingency)

- If Gary is drunk while caring for Callum, or Callum is found outside the house on his own, Lorraine (or school, or anyone who sees it) will phone the police on 999, Callum will go to Isa's at 11 Mill Wynd that night, and Ewan will hold an Inter-agency Referral Discussion (IRD) with police and health the same day.
- If Isa cannot have Callum (she is ill or away), Ewan will arrange an emergency bed for him at Thistle House, where the staff know him, the same day.
- If Isa cannot do a Saturday or a Wednesday, Gillian Shaw will book Callum into the Saturday club or the after-school club at Thistle House for that day.
- If Gary is found drinking while caring for Callum twice before the review, or ADRS reports by 27/11/2025 that his drinking has not changed, Ewan will seek legal advice from Jarnockhill Council Legal Services and refer Callum to the Children's Reporter within five working days, so that a Children's Hearing can consider a Compulsory Supervision Order.

## 7. Meetings

- **Core group:** every four weeks, Thursdays at 3.30pm, Kirkbrae Primary – 02/10/2025, 30/10/2025 and 27/11/2025.
- **Review Child Protection Planning Meeting:** 11/12/2025 at 10am, Jarnockhill Council Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group 2 minutes in clipped case-note style, toddler and baby,
#    mother's depression, father's cannabis, grandmother helping. Numbered
#    action log with When / Check lines and one closed action. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_jowbridge_core_group_clipped_minutes_numbered_log_dunleavy.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-txt-clipped-case-notes-abbreviations-initials-defined-in-present-list-numbered-agency-updates-kids-day-scaling-outcomes-restated-contingency-dates-then-numbered-action-log-owner-initials-first-when-and-check-lines-closed-item-kept",
    "description": (
        "Exemplary minutes of the second core group for a 2-year-old and a 7-month-old whose "
        "mother has depression and whose father smokes cannabis daily. Written as clipped case "
        "notes with abbreviations (wkly, rpt, w/c, DNA'd, f/up) and a few typing slips; initials "
        "are defined in the attendance list and lead each numbered action-log entry, which has "
        "When and Check lines; one referral is logged as done and closed (not counted). The CPN "
        "reports on capacity to change, the drug service and GP own entries, the grandmother's "
        "teatimes and Saturdays have a fallback, legal planning follows named triggers, the next "
        "core group and the review conference are dated; the children's day is described."
    ),
    "text": """\
JOWBRIDGE COUNCIL - CHILDREN'S SOCIAL CARE
CORE GROUP MEETING - MINUTES AND ACTION LOG

Children:  Kai COLE, DOB 02/07/2023 (2y 3m)
           Bella COLE, DOB 11/03/2025 (7m)
Address:   19 Tanners Yard, Jowbridge JW1 5EX
CP plan:   neglect, ICPC 16/09/25
Meeting:   core group 2, Tue 14/10/25, 1pm, Jowbridge Family Hub
Minutes:   MT

PRESENT (initials used thruout)
  MT  Megan Tranter, SW, Safeguarding Team 2 (chair) - TM Rav Sandhu
  RO  Rhiannon Oakes, HV, Jowbridge 0-19 team
  DW  Dan Whitby, CPN, Jowbridge Community Mental Health Team (CMHT)
  SB  Sam Bird, recovery wkr, Jowbridge Drug and Alcohol Service (JDAS)
  NL  Nina Lowe, key wkr, Buttercups Nursery (Kai)
  JP  Jo Platt, FSW, Jowbridge Family Hub
  SD  Shannon Dunleavy, Mum
  RC  Ryan Cole, Dad
  TD  Tina Dunleavy, MGM (items 6 and 8)
APOLOGIES
  PH  Dr Paul Hibbert, GP, Tanners Lane Surgery - written update recvd 13/10/25

1. INTROS / PURPOSE
   Done. SD + RC both have a copy of the ICPC plan. Interpreter not needed.

2. UPDATES SINCE CG1 (30/09/25)
2.1 MT: 4 visits, 2 unnanounced. Kitchen cleaner; fridge stocked on 3 of 4.
    09/10 (unann., 11am): SD in bed, RC up w/ kids, Bella in same nappy as
    overnight per RC. 02/10: smell of cannabis on landing - RC said "next door".
2.2 RO: Bella 6.9kg, between 9th and 25th centile, up from 6.6kg. Kai's 2-2.5yr
    review DNA'd 03/10 - rebooked 07/11. Kai has approx 10 words.
2.3 DW: seen SD x3. Sertraline restarted 22/09. PHQ-9 19 -> 15. SD says she
    sleeps till 11 most days and "can't face mornings". DW: early days, some
    change, too soon to say if it will hold.
2.4 SB: RC assessed 24/09, 2 of 3 key wk sessions. Both screens +ve THC, level
    a little lower 2nd time. RC says down from "all day" to evenings only.
2.5 NL: Kai in 7 of 9 sessions, late x4 (after 10am). Arrives hungry most
    days - has 2 breakfasts. Happy, plays alongside others, loves sand tray.
2.6 JP: allocated 10/10, 1st session booked.
2.7 PH (written): SD on sertraline 50mg, dose not reviewed yet. Bella missed
    her 12-wk imms; practice sent 2 reminders.
2.8 SD/RC: SD says "the tablets are starting to work". RC says he "never
    smokes in the house". Both want MT to "see we're trying".

3. KAI AND BELLA - THEIR DAY (what we're seeing)
 - Kai runs to the door when MT arrives and pulls her by the hand to see his
   cars. On 09/10 he climbed onto the worktop to get cereal - RC: "he always
   gets his own".
 - At nursery Kai goes to NL for a cuddle when he falls; says "Nana", "juice",
   "car".
 - Bella smiles and babbles at RO and at SD and settles fast when SD holds
   her. Nappy rash seen 09/10.
 - TD says at hers Kai "eats everything and is asleep by 7".

4. SCALING (0 = kids will be harmed if nothing changes, 10 = safe enough to
   end the plan)
   MT 4, RO 4, DW 5, SB 4, NL 5, SD 7, RC 7, TD 6. (ICPC avg was 3.)

5. OUTCOMES (from ICPC plan - no change)
   O1 Kai + Bella are got up, fed, changed and dressed every morning by a
      parent who is awake and well.
   O2 Bella keeps gaining wt along her centile and has all her imms.
   O3 Kai's speech is assessed and he gets to nursery on time every session.
   O4 Kai + Bella live in a home free of cannabis smoke and drugs.

6. CONTINGENCY (agreed again today, TD present)
 - IF SD is in bed and unable to care for the kids at a visit or at nursery
   drop-off, OR says she can't cope / has thoughts of harming herself, OR RC
   is under the influence while caring for them, or cannabis is found in
   Kai's reach: kids go to TD at 8 Willow Court same day; DW arranges a
   same-day MH assessment for SD; MT holds strategy discussion same day.
 - IF TD can't have them (she works shifts at Elmfield care home, or is
   unwell): MT places Kai + Bella together with Jowbridge foster carers same
   day. (RC's mum lives in Spain.)
 - IF TD can't do a Tue/Thu teatime or a Sat: JP (weekdays) or the Family Hub
   weekend worker (Sat) visits 5-7pm instead - MT books it that day.
 - LEGAL: if by the RCPC (25/11/25) screens are not falling, SD is still not
   up w/ the kids in the mornings, or DW or SB report no real change - or
   sooner if the contingency is used twice - MT to request a legal planning
   mtg w/ RS within 5 wkg days; PLO to be considered at that mtg.

7. DATES
   Next CG:  CG3 Tue 11/11/25 1pm, Family Hub; then every 4 wks (09/12/25).
   RCPC:     Tue 25/11/25 10am, Jowbridge Civic Centre.

8. ACTION LOG
   Owner = initials as in PRESENT list. From the ICPC plan unless marked NEW.

01  MT - home visits wkly, 1 in 3 unannounced; see Kai + Bella every time,
    check Bella's cot and what's in the fridge.
      When:  wkly until RCPC 25/11/25.
      Check: visit recs on case file show both kids seen each wk, cot and
             fridge noted.

02  RO - home visit wkly; weigh Bella every 2 wks at Tanners Lane clinic;
    do Kai's 2-2.5yr review (ASQ).
      When:  wkly; weighs fortnightly; review on 07/11/25.
      Check: Bella's wts in red book, on or above 9th centile line; ASQ
             scores and review outcome sent to MT by 14/11/25.

03  DW - home visits to SD, PHQ-9 each visit; written rpt to each CG on
    whether SD is making and keeping the changes Kai + Bella need (mornings,
    meals, nappies) and the likely timescale.
      When:  fortnightly; rpt 2 wkg days before each CG.
      Check: rpt on file before CG3 with PHQ-9 scores and DW's view on
             capacity to change.

04  SD - take sertraline every day and go to all CMHT appts, so she is up
    with Kai + Bella by 8am.
      When:  daily from 14/10/25.
      Check: DW's tablet count; nursery sign-in shows Kai in by 9.15 on
             Mon/Wed/Fri.

05  SB - key wk w/ RC, urine screen each session; rpt to each CG on any
    change in RC's use and what it means for his care of the kids.
      When:  wkly (Weds); rpt 2 wkg days before each CG.
      Check: screen results + written rpt on file before each CG.

06  RC - no cannabis in the house, and none smoked when caring for Kai +
    Bella.
      When:  every day from 14/10/25.
      Check: THC level lower at each screen (SB); no smell and no cannabis
             seen at MT's unannounced visits.

07  JP - 6 sesions at home on morning and bedtime routines for Kai + Bella
    (breakfast by 8.30, bath, bed by 7.30).
      When:  Thurs 9.30am, 6 sessions from w/c 20/10/25.
      Check: routine chart on fridge filled in daily; JP's session notes to
             MT; Kai in bed by 7.30 on 5 of 7 nights (chart).

08  NL - record Kai's attendance, arrival time and whether he's had
    breakfast; ring MT same day if he's absent with no call or arrives
    hungry or unkempt.
      When:  every session (Mon, Wed, Fri).
      Check: attendance email to MT every Fri; same-day calls logged.

09  PH - review SD's sertraline dose; practice nurse to give Bella her
    missed 12-wk imms.
      When:  both by 31/10/25.
      Check: GP letter on file; imms recorded in Bella's red book.

10  TD - have Kai + Bella at 8 Willow Court 9am-5pm so SD can catch up on
    sleep and the house can be sorted.
      When:  every Sat from 18/10/25.
      Check: TD texts MT Sat eve; MT sees TD's diary every 2 wks.

11  TD - come round 5-7pm to help with tea, bath and bed.
      When:  every Tue + Thu from 14/10/25.
      Check: TD initials the routine chart on her nights.

12  NEW (CG2) MT - 2 early-morning obs at home (7.30-9.30am) and write up
    what Kai's and Bella's mornings are like.
      When:  both by CG3 (11/11/25).
      Check: write-ups on file and shared at CG3.

CLOSED
c1  (ICPC) MT - refer RC to JDAS. DONE 22/09/25, assessment held 24/09/25.
    Closed.

Minutes typed by MT 15/10/25, sent to all present + PH.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Letter from the social worker to the mother after the initial
#    conference, domestic abuse by the children's father, grandmother's
#    collections. "What you will do / What I will do / What other people
#    will do". Letterhead header, page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_jacklestone_icpc_letter_to_mum_you_i_others_ritchie.pdf",
    "doc_title": "Letter after the initial child protection conference - Mason and Ava Ritchie",
    "split": "heldout",
    "actions": 12,
    "template": "sw-letter-to-mother-after-icpc-paged-letterhead-header-page-footer-address-block-dear-plain-words-bold-headings-why-what-the-children-told-me-what-we-all-want-then-what-you-will-do-what-i-will-do-what-other-people-will-do-bullets-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary letter from the social worker to a mother the day after the initial "
        "conference, for a 9-year-old and a 6-year-old who saw their father attack her. Printed "
        "to PDF with a letterhead header and page footer. In plain words: why there is a plan, "
        "what each child said, what we want for them, then bullets under 'What you will do' "
        "('you' is Leanne), 'What I will do' ('I' is the social worker who signs) and 'What other "
        "people will do' (IDVA, police, school, grandmother, father's programme, family centre), "
        "each with when and how it will be known. The grandmother's help has a fallback (a "
        "refuge, foster carers, after-school club), legal planning follows named triggers, core "
        "group and review dates are given."
    ),
    "header": "Jacklestone Borough Council · Children's Services · Safeguarding Team North",
    "footer": "Ritchie – letter after the initial child protection conference – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("pr", "Safeguarding Team North"),
        ("pr", "Jacklestone Borough Council, Civic Way, Jacklestone JK1 2AA"),
        ("pr", "30 September 2025"),
        ("pl", "Ms Leanne Ritchie"),
        ("pl", "12 Hazel Close"),
        ("pl", "Jacklestone JK4 8TN"),
        ("p", ""),
        ("p", "Dear Leanne,"),
        ("boldp", "Mason and Ava's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference yesterday, 29/09/2025. I know it was "
              "a hard meeting, and you spoke up for Mason and Ava well. As I promised, this letter sets out the "
              "plan that was agreed, in plain words. The conference, chaired by Mrs Beverley Odum, decided that "
              "Mason and Ava need a child protection plan under the category of emotional abuse, because of what "
              "they have seen and heard of Dean's violence towards you."),
        ("boldp", "Why there is a plan"),
        ("p", "On 06/09/2025 Dean came to the house after he had been told to stay away, kicked the door in and "
              "pushed you down the stairs while Mason and Ava watched from the landing. It was the fourth time the "
              "police had been called to Hazel Close this year. Dean was arrested and is on bail not to come to "
              "Hazel Close or contact you until his court date on 20/11/2025. Mason has been sleeping on the floor "
              "of Ava's room “to guard her”."),
        ("boldp", "What Mason and Ava told me"),
        ("p", "I saw Mason (9) on his own at school on 22/09/2025. He said: “I'm the man of the house now. If Dad "
              "comes back I'll ring 999, I know how.” He drew his house of worries with a big front door and told "
              "me he checks it is locked every night. He misses playing football with his dad and wants to see him "
              "“when he's not angry”."),
        ("p", "I saw Ava (6) at home on 24/09/2025 while you were in the kitchen. She showed me her new night light "
              "and said she likes her teacher, Miss Rowe. When I asked about the night Daddy came, she said “Mummy "
              "was crying on the stairs” and went quiet. She would like to see her dad “at the place with the "
              "toys”."),
        ("boldp", "What we all want for Mason and Ava"),
        ("bullets", [
            "Mason and Ava live at home with you, safe from Dean's violence, and do not see or hear any more of it.",
            "They see their dad only in a way that is safe for them and that they are happy with.",
            "Mason can stop guarding the house and his sister, and sleeps in his own bed.",
            "Both children are at school every day and have an adult there they can talk to about their worries.",
        ]),
        ("boldp", "What you will do"),
        ("bullets", [
            "Keep to the safety plan we wrote together on 24/09/2025: don't let Dean into the house or meet him "
            "with the children, and ring 999 if he comes to Hazel Close – every day from 29/09/2025. I will check "
            "the police log with DS Kemp every week, and Mason and Ava will tell me at my visits whether Dean has "
            "been.",
            "Go to the Stronger Together group for women who have lived with domestic abuse, run by Jacklestone "
            "Women's Aid on Wednesday mornings for ten weeks from 08/10/2025, so that you can help Mason and Ava "
            "make sense of what happened. The group leader will send me the register; we agreed that eight or "
            "more sessions would show it is on track.",
            "Get Mason and Ava to school on time every school day, and tell Mrs Kaur if anything happens at home. "
            "Mrs Kaur will send me their attendance every Friday.",
        ]),
        ("boldp", "What I will do"),
        ("bullets", [
            "I will visit you and the children at home every week until the review conference, and see Mason and "
            "Ava on their own at least every other visit. I will write down what they say in their own words, "
            "and you can read my notes.",
            "I will do four sessions on his own with Mason, using the Three Houses, about his worries and about "
            "being “the man of the house”, by 14/11/2025. His drawings will go on his file and, if he agrees, to "
            "the review conference.",
            "I will refer Mason and Ava to Kidstrong, the Jacklestone group for children who have lived with "
            "domestic abuse, by 10/10/2025. You will get a letter with their start date, and I will check with "
            "the group that they are on its register.",
        ]),
        ("boldp", "What other people will do"),
        ("bullets", [
            "Nadia Ferris, your IDVA at Jacklestone Domestic Abuse Service, will meet you every week until Dean's "
            "court date (20/11/2025) to keep your safety plan up to date, and will have new locks and a video "
            "doorbell fitted by 17/10/2025. The fitter's certificate and Nadia's written safety plan will be on "
            "my file.",
            "DS Owen Kemp, Jacklestone Police Domestic Abuse Unit, will put a marker on Hazel Close for an urgent "
            "response by 03/10/2025, and will send me the log number of any call-out within 24 hours. His "
            "confirmation of the marker will be on my file.",
            "Mrs Harjit Kaur, designated safeguarding lead at Hollybank Primary School, will check Mason's and "
            "Ava's attendance every school day, meet Mason every Monday morning with his learning mentor, and "
            "phone me the same day if either child says Dean has been to the house. She will send me their "
            "attendance each Friday and log each Monday meeting.",
            "Your mum, Julie Hurst, will collect Mason and Ava from school on Mondays and Thursdays and have them "
            "at 4 Larch Grove until you finish work at 6pm. She will sign the school's collection book, and I "
            "will check it at the end of each month.",
            "Dean has agreed to go to the Respect and Change programme for fathers who have been abusive, run by "
            "Jacklestone Change Service, every week for 26 weeks from 13/10/2025. His programme worker, Marcus "
            "Bell, will send me Dean's attendance after every fourth session. Dean is getting his own letter "
            "about the plan.",
            "Kelly Nunn, family centre worker, will supervise the children's time with their dad at Jacklestone "
            "Family Centre every Saturday from 04/10/2025, 10am to 12 noon (Dean's bail conditions allow this). "
            "She will send me a written record of each session, including how Mason and Ava were before and after.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If Dean comes to the house, contacts you or the children outside the family centre, or you are "
              "frightened he is on his way, ring 999. Because of the marker the police will come as a priority. "
              "Mason and Ava will go to your mum's at 4 Larch Grove that night, and I will hold a strategy "
              "discussion with the police the same day."),
        ("p", "If your mum cannot have the children (she is ill or away), Nadia will find you and the children a "
              "refuge place that day; if a refuge is not possible, Mason and Ava will stay together with "
              "Jacklestone foster carers that night. If your mum cannot collect them on a Monday or Thursday, they "
              "will go to the Hollybank after-school club until 6pm, which Children's Services will pay for."),
        ("p", "If Dean comes to the house again, if he is let in, or if Mason and Ava tell us they have seen more "
              "violence, my manager, Tom Oyelaran, will hold a legal planning meeting within five working days to "
              "decide whether we need to go to court to protect them. I would always tell you first."),
        ("boldp", "Meetings"),
        ("p", "The core group – you, me, Nadia, Mrs Kaur, DS Kemp and Kelly, and your mum when she can – will meet "
              "every four weeks at Hollybank Primary at 3.45pm: on 13/10/2025, 10/11/2025 and 08/12/2025. The "
              "review child protection conference will be on 18/12/2025 at 10am at Jacklestone Town Hall."),
        ("p", "If anything in this letter is wrong or unclear, please ring me on 01632 960418 and we will go "
              "through it together. You can also ask Nadia to come with you to any meeting."),
        ("p", "Yours sincerely,"),
        ("pl", "Sian Mallory"),
        ("pl", "Social Worker, Safeguarding Team North"),
        ("p", ""),
        ("p", "Copies: Mrs Beverley Odum (conference chair); Tom Oyelaran (team manager)."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety first review conference, mother with emotionally
#    unstable personality disorder and depression (overdose in July), two
#    children, grandparents helping. Next-steps table with a merged goal
#    column. Faulty among good rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_jarbeckston_sos_review_goal_merged_next_steps_cartwright.docx",
    "doc_title": "Signs of Safety Review Conference - Lily and Harvey Cartwright",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "template": "sos-review-conference-docx-landscape-details-kv-worried-danger-statement-complicating-working-well-bullets-three-houses-words-scaling-numbered-safety-goals-then-next-steps-table-goal-number-merged-down-step-who-by-when-how-well-know-contingency-meetings",
    "description": (
        "First review conference plan in Signs of Safety style for a 12-year-old and an "
        "8-year-old whose mother has emotionally unstable personality disorder and depression "
        "and took an overdose in July; the grandparents help every week. Danger statement, "
        "what's working well, the children's Three Houses words, scaling and numbered safety "
        "goals, then a landscape next-steps table whose goal-number column is merged down. Most "
        "rows are sound (social worker visits, grandparents' teas, GP limiting supplies, the "
        "psychiatrist's capacity report, the mother's crisis plan and DBT group, the high "
        "school). Faults: a 'Family network' owner, the young carer's assessment 'as soon as "
        "possible', counselling with no measure, 'keep an eye on Harvey' measured only by "
        "'Monitored', a CMHT row that only supports; one goal is only about the mother; the "
        "contingency sends the children to the grandparents with no fallback."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Safety Plan"),
        ("p", "Jarbeckston County Council · Children's Services · Family Safeguarding (East)"),
        ("kv", [
            ("Children", "Lily Cartwright (12), DOB 02/05/2013; Harvey Cartwright (8), DOB 19/11/2016"),
            ("Address", "27 Foxglove Road, Jarbeckston JB7 3NQ"),
            ("Mother", "Nicola Cartwright (38). The children's father, Darren Cartwright, died in 2020"),
            ("Grandparents", "Brian and Sue Lowther (maternal), 12 Heron Close, Jarbeckston"),
            ("Conference", "First review child protection conference, 07/10/2025. Chair: Paul Sethi (IRO)"),
            ("Category", "Neglect"),
            ("Social worker", "Zoe Fenwick (team manager: Anil Desai)"),
        ]),
        ("h1", "What are we worried about?"),
        ("p", "Danger statement: everyone is worried that when Nicola's mental health gets worse she may take an "
              "overdose or hurt herself while Lily and Harvey are at home, as she did on 12/07/2025 when Lily found "
              "her unconscious and rang 999. If that happens again, Lily and Harvey could be badly frightened and "
              "left with no adult to care for them, and Lily will go on looking after her mum instead of being "
              "12."),
        ("p", "Complicating factors: Nicola has emotionally unstable personality disorder and recurrent depression, "
              "and has taken three overdoses since 2019. Since the initial conference she has had two crises: on "
              "21/08/2025 she cut her arm, and on 16/09/2025 she rang the crisis line at 2am. Lily was awake both "
              "times."),
        ("h1", "What's working well?"),
        ("bullets", [
            "Nicola has kept every CMHT appointment since July and started the DBT skills group on 09/09/2025.",
            "Brian and Sue have the children after school four days a week.",
            "On 16/09/2025 Lily rang her nana, as her safety plan says, and Sue was there within fifteen minutes.",
            "Harvey's attendance this term is 98%.",
        ]),
        ("h1", "Lily and Harvey's words (Three Houses, 30/09/2025)"),
        ("p", "Lily – house of worries: “When Mum's in her room with the door locked I listen at it to check "
              "she's breathing.” House of good things: “Nana's roast dinners. Netball on Thursdays.” House of "
              "dreams: “Mum being happy and me not having to check.” Lily scored 5 out of 10."),
        ("p", "Harvey – house of worries: “The ambulance coming again.” House of good things: “Grandad's "
              "allotment and my Xbox.” House of dreams: “A dog called Biscuit.” Harvey scored 7 out of 10."),
        ("h1", "Scaling"),
        ("p", "0 means the children will be hurt again if nothing changes; 10 means the plan can end. Zoe 4, CMHT "
              "5, Jarbeckston High 5, Foxglove Primary 6, Brian and Sue 6, Nicola 7. The average at the initial "
              "conference was 3."),
        ("h1", "Safety goals"),
        ("numbers", [
            "Lily and Harvey are always looked after by an adult who is safe and well enough to care for them, and "
            "if Nicola is in crisis they know where to go and who will look after them.",
            "Lily stops being her mum's carer: she no longer checks on Nicola at night, and has time for netball "
            "and her friends.",
            "Nicola feels more in control of her emotions and less overwhelmed.",
        ]),
        ("h1", "Next steps"),
        ("p", "The Goal column gives the number of the safety goal each step works towards."),
        ("table", {
            "header": ["Goal", "Step", "Who", "By when", "How we'll know"],
            "widths": [1.6, 8.2, 4.8, 4.2, 6.9],
            "rows": [
                ["Goal 1",
                 "Visit Lily and Harvey at home, see each of them on their own, and check the crisis plan is on "
                 "the fridge",
                 "Zoe Fenwick, social worker",
                 "Every two weeks until the next review conference",
                 "Visit notes record both children seen alone, what they said, and the crisis plan seen"],
                [V,
                 "Have Lily and Harvey after school and give them their tea until Nicola collects them at 6pm",
                 "Brian and Sue Lowther (grandparents)",
                 "Monday to Thursday in term time",
                 "School collection book signed by Brian or Sue; Sue's diary seen by Zoe at visits"],
                [V,
                 "Phone Nicola every evening and go round if she does not answer within an hour",
                 "Family network",
                 "Every evening",
                 "Call log kept by Sue on her phone, shown to Zoe at visits"],
                [V,
                 "Limit Nicola's medication to seven days' supply at a time and tell Zoe of any early or missed "
                 "collection",
                 "Dr Helen Brightmore, GP, Foxglove Surgery",
                 "From 10/10/2025",
                 "Pharmacy confirms weekly dispensing in writing; any early or missed collection reported to Zoe "
                 "the same day"],
                [V,
                 "Follow her crisis plan: ring the crisis line or Sue instead of harming herself when she feels "
                 "unsafe and the children are at home",
                 "Nicola Cartwright (Mum)",
                 "Every day from 07/10/2025",
                 "Crisis line contacts and calls to Sue shared with Zoe at each visit; no self-harm while Lily and "
                 "Harvey are at home"],
                [V,
                 "Keep an eye on Harvey and let Zoe know of any concerns",
                 "Mrs Rachel Finch, DSL, Foxglove Primary",
                 "Every school day",
                 "Monitored by school"],
                ["Goal 2",
                 "Young carer's assessment for Lily and a place at the Tuesday young carers' club",
                 "Mo Tariq, Jarbeckston Young Carers",
                 "As soon as possible (waiting list)",
                 "Lily's young carer's plan sent to Zoe; club register"],
                [V,
                 "Counselling for Lily about finding her mum after the overdose",
                 "Jarbeckston Schools Counselling Service",
                 "Six weekly sessions from 15/10/2025",
                 ""],
                [V,
                 "Check Lily's attendance, see her each week with her head of year, and phone Zoe the same day if "
                 "she is absent or upset about home",
                 "Mr Gareth Pryce, DSL, Jarbeckston High School",
                 "Every school day; check-in every Wednesday",
                 "Attendance emailed to Zoe each Friday; check-ins logged on CPOMS"],
                ["Goal 3",
                 "Weekly support visits to help Nicola with her mood and practise her DBT skills at home",
                 "Sandra Yates, care co-ordinator, Jarbeckston CMHT",
                 "Every Thursday",
                 "Visit notes shared with Zoe monthly"],
                [V,
                 "Review Nicola's medication and diagnosis and write a report on her capacity to make and keep the "
                 "changes Lily and Harvey need, with the likely timescale",
                 "Dr Imogen Carr, consultant psychiatrist, Jarbeckston CMHT",
                 "By 14/11/2025",
                 "Written report sent to Zoe and shared at the next core group"],
                [V,
                 "Go to the 20-week DBT skills group",
                 "Nicola Cartwright (Mum)",
                 "Tuesdays until 20/01/2026",
                 "Register sent to Zoe each month by the group facilitator"],
            ],
        }),
        ("h1", "If Nicola is in crisis"),
        ("p", "If Nicola self-harms, takes an overdose, tells anyone she is planning to, or Lily cannot wake her, "
              "Lily will ring 999 and then her nana. Lily and Harvey will go to Brian and Sue's at 12 Heron Close "
              "and stay there until Zoe has seen Nicola, and Zoe will hold a strategy discussion the same day."),
        ("p", "If Nicola harms herself again while the children are at home, or Dr Carr reports that she cannot make "
              "the changes within the children's timescale, Zoe will ask Anil Desai for a legal planning meeting "
              "within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Wednesdays at 4pm, Jarbeckston High School: 22/10/2025, 03/12/2025 and "
            "14/01/2026.",
            "Next review child protection conference: 03/03/2026 at 2pm, Jarbeckston County Hall.",
        ]),
    ],
    "findings": [
        F("W002", "Phone Nicola every evening and go round if she"),
        F("M002", "Keep an eye on Harvey and let Zoe know"),
        F("T002", "Young carer's assessment for Lily and a place"),
        F("M001", "Counselling for Lily about finding her mum after"),
        F("H001", "Weekly support visits to help Nicola with her mood"),
        F("F002", "Nicola feels more in control of her emotions"),
        F("C003"),
    ],
})
