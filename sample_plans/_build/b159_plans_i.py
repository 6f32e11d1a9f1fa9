"""Batch 159, module i: seven fictional plans (held-out material), places beginning with "i".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: mostly exemplary plans, each in a house style of its own, so that a
reader has to understand the plan rather than recognise a template:

1. a discharge planning meeting record for a newborn on a transitional care
   ward (mother with bipolar disorder, father using cannabis), owners given
   as initials explained in a who-is-who table, timings tied to discharge
   (docx, exemplary);
2. a Scottish GIRFEC Child's Plan for an autistic, non-verbal 8-year-old
   with epilepsy whose mother drinks, one table with the wellbeing indicator
   merged down the first column, printed to PDF with page header and footer
   (pdf, exemplary);
3. a plan made at a transfer-in conference after a family fled domestic
   abuse, printed from a case system with page headers; the previous
   council's plan sits in a "for the record" column beside the new plan,
   whose cells hold Who / What / When / How we'll know lines; one finished
   records handover is kept as CLOSED (pdf, exemplary);
4. a Signs of Safety safety plan for a 4-year-old and a 2-year-old whose
   father is on methadone: danger statement, safety goal, scaling, then
   numbered safety rules (who keeps each, when, how the network will know)
   and a next-steps table for the workers (md, exemplary);
5. a letter from the social worker to a 12-year-old young carer explaining
   his plan, "I" being the social worker who signs it and "you" the boy,
   with each grown-up's part a bullet with a bold lead-in (md, exemplary);
6. a hospital addendum to a looked-after 15-year-old's care plan (child
   sexual exploitation, overdose, mother on methadone), where each heading
   says whose part the table under it is and each part ends "Agreed by:"
   (docx, exemplary);
7. core group notes in clipped case-note style with an action log keyed by
   the initials of those present (txt), which keeps mostly good rows among a
   few realistic faults: a grandmother's help "ongoing", a CPN's support
   sessions measured by attendance, a partner's self-referral with no
   evidence, family support work measured by "improvement", bedding "to be
   got" by nobody, "All agencies" sharing worries, a mother-centred outcome,
   no fallback if the grandmother cannot help, and a review conference "TBC".

Counting convention used for "actions" (sample_plans/README.md, "Files",
and labelling convention 1): each live row of an action table, each numbered
safety rule and each bullet or line of an action section or action log
counts once, whatever number of sentences it holds; explanatory notes above a
table, "Agreed by:" lines, the contingency, meeting dates and the child's
views are not actions; a one-off action shown as finished ("CLOSED") is not
counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Discharge planning meeting record and child protection plan for a
#    two-day-old baby. Who-is-who table of initials, then one table split
#    into Part A (before discharge), Part B (first two weeks) and Part C
#    (until the review conference) banner rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_isherwold_discharge_plan_initials_key_threlfall.docx",
    "doc_title": "Discharge Planning Meeting and Child Protection Plan - Arlo Threlfall",
    "split": "heldout",
    "actions": 14,
    "template": "discharge-planning-meeting-record-docx-baby-on-transitional-care-ward-kv-details-who-is-who-initials-table-then-one-ref-what-lead-initials-when-how-we-will-know-table-split-by-part-a-b-c-banner-rows-timings-tied-to-discharge-contingency-meetings-attendance-line",
    "description": (
        "Exemplary discharge planning record and child protection plan for a two-day-old boy on a "
        "transitional care ward. His mother has bipolar disorder and stopped her lithium in "
        "pregnancy; his father smokes cannabis; his maternal grandmother will stay the first two "
        "weeks. A who-is-who table defines the initials used as leads; one plan table is split by "
        "banner rows into before discharge, the first two weeks and until the review conference, "
        "with timings such as 'Before discharge' and 'Days 1, 3, 5 and 10 after discharge'. The "
        "perinatal psychiatrist and nurse both assess capacity to change, the drug service and GP "
        "own actions, the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set; the baby's first days are described."
    ),
    "blocks": [
        ("title", "Discharge Planning Meeting and Child Protection Plan"),
        ("p", "Isherwold Council · Children's Social Care · Early Years Safeguarding Team"),
        ("kv", [
            ("Baby", "Arlo Threlfall, born 03/11/2025 at 38+2 weeks, 3.21kg"),
            ("Where Arlo is now", "Ward 9 (Transitional Care), Isherwold General Hospital, with his mum"),
            ("Address on discharge", "Flat 2, 14 Brook Terrace, Isherwold IS3 7QD"),
            ("Mother", "Chantelle Threlfall (24)"),
            ("Father", "Dean Marsh (27), lives with Chantelle"),
            ("Maternal grandmother", "Lorraine Threlfall, 3 Canal Side, Isherwold (fifteen minutes by bus)"),
            ("Plan", "Pre-birth child protection plan made at the initial conference on 23/09/2025 "
                     "(category: neglect), updated at this meeting for Arlo's discharge"),
            ("This meeting", "Discharge planning meeting, 05/11/2025, 2pm, Ward 9 seminar room. Chair: Katie "
                             "Brennan (social worker)"),
            ("Expected discharge", "07/11/2025, and not before every Part A row below is signed off"),
        ]),
        ("h1", "Who is who"),
        ("p", "The plan uses these initials for the person who leads each action."),
        ("table", {
            "header": ["Initials", "Name", "Role and service"],
            "widths": [1.8, 4.4, 10.8],
            "rows": [
                ["KB", "Katie Brennan", "Social worker, Isherwold Children's Social Care (team manager: Owen Saddler)"],
                ["SM", "Dr Simon Mayhew", "Consultant perinatal psychiatrist, Isherwold Perinatal Mental Health Service"],
                ["RO", "Ruth Oyelaran", "Specialist perinatal mental health nurse, Isherwold Perinatal Mental Health "
                                     "Service"],
                ["MP", "Maureen Pike", "Ward sister, Ward 9, Isherwold General Hospital"],
                ["GH", "Gemma Hollis", "Community midwife, Isherwold General Hospital"],
                ["LP", "Lucy Pennant", "Health visitor, Isherwold 0-19 Service"],
                ["TW", "Tariq Wells", "Recovery worker, Open Road (Isherwold drug and alcohol service)"],
                ["FQ", "Dr Farah Quddus", "GP, Mill Lane Surgery"],
                ["CT", "Chantelle Threlfall", "Arlo's mum"],
                ["DM", "Dean Marsh", "Arlo's dad"],
                ["LT", "Lorraine Threlfall", "Arlo's maternal grandmother (“Nana Lorraine”)"],
            ],
        }),
        ("h1", "Why Arlo has a plan"),
        ("p", "Chantelle has bipolar affective disorder. In 2023 she stopped her lithium, went without sleep for "
              "days and was admitted to Elmbank Ward under section 2 for six weeks. Her first child, Tyler (4), "
              "has lived with his paternal grandparents under a special guardianship order since 2022, after he "
              "was found alone in the flat at 18 months while Chantelle was unwell. Chantelle stopped her lithium "
              "again early in this pregnancy without telling anyone, and restarted it at 30 weeks with the "
              "perinatal team."),
        ("p", "Dean has smoked cannabis most days since he was 15. He says he now smokes only outside in the "
              "evenings; his screen at 36 weeks was positive. He has never had a baby in his care."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chantelle has taken her lithium every day since 30 weeks, her levels have been in range at every "
            "blood test, and she has been to every perinatal appointment since August.",
            "Dean has been to five of six sessions at Open Road and his last two screens show his cannabis use "
            "falling.",
            "Lorraine has taken two weeks' leave from work to stay at the flat at night, and she knows "
            "Chantelle's early warning signs from 2023.",
        ]),
        ("h1", "Arlo's first days"),
        ("p", "Arlo is two days old. The midwives have seen him take a bottle every three to four hours and settle "
              "quickly when Chantelle holds him against her chest and hums. On the night of 04/11/2025 Lorraine "
              "did the 2am feed and Chantelle slept for five hours; the next morning she was calmer, noticed "
              "Arlo's hunger cues before he cried and changed him without prompting. When Dean raised his voice "
              "on the phone on 05/11/2025, Arlo startled and cried until Chantelle picked him up."),
        ("h1", "What we want for Arlo"),
        ("numbers", [
            "Arlo is fed, warm and clean, sleeps on his back in his own Moses basket, and gains weight along "
            "his centile.",
            "Arlo is cared for every day and night by an adult who is well, awake enough to care for him and "
            "not under the influence of cannabis or any other drug.",
            "If Chantelle starts to become unwell, the adults around Arlo notice the early signs and he is kept "
            "safe the same day.",
            "Arlo is seen by a professional at least twice a week in his first month at home.",
        ]),
        ("h1", "The plan"),
        ("p", "The Lead column uses the initials in the who-is-who table. Times in Part B count from the day Arlo "
              "goes home."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "When", "How we will know"],
            "widths": [1.1, 6.0, 1.3, 3.6, 5.0],
            "rows": [
                ["Part A – before Arlo leaves hospital", H, H, H, H],
                ["A1",
                 "Keep Arlo and Chantelle on Ward 9 until every Part A row is signed off, and phone KB with the "
                 "planned discharge time",
                 "MP",
                 "Before discharge",
                 "Part A sign-off sheet in Arlo's notes; KB's case note records the call and the time given"],
                ["A2",
                 "Watch Chantelle and Dean make up a feed, change Arlo and settle him on his back in his cot, "
                 "including one night feed",
                 "GH",
                 "Before discharge (night feed seen by the night of 06/11/2025)",
                 "Midwifery notes record a day feed and a night feed seen, and anything that had to be put "
                 "right"],
                ["A3",
                 "Visit Flat 2, 14 Brook Terrace to see Arlo's Moses basket, steriliser and formula, and check "
                 "that no cannabis or smoking kit is kept in the flat",
                 "KB",
                 "By 06/11/2025, before discharge",
                 "Home visit record with photographs of the sleeping space; A3 signed on the Part A sheet"],
                ["A4",
                 "Review Chantelle's lithium dose and level, agree her written relapse signature plan with her, "
                 "Dean and Lorraine, and assess her capacity to stay well and make the changes Arlo needs, with "
                 "the likely timescale",
                 "SM",
                 "Medication review and relapse plan before discharge; written assessment by 02/12/2025",
                 "Signed relapse signature plan copied to KB, LP and FQ before discharge; assessment letter to KB "
                 "by 02/12/2025 and shared at the core group on 03/12/2025"],
                ["A5",
                 "Book Arlo's new birth visit and send LP this plan and Arlo's feeding notes",
                 "GH",
                 "On the day of discharge",
                 "New birth visit date written in Arlo's red book; LP emails KB to say the notes have arrived"],
                ["Part B – the first two weeks at home", H, H, H, H],
                ["B1",
                 "Stay overnight at Brook Terrace and give Arlo his 2am feed, so that Chantelle sleeps at least "
                 "six hours a night",
                 "LT",
                 "Nights 1 to 14 after discharge",
                 "Night feed and sleep chart filled in each night, with Chantelle's hours of sleep, and seen by "
                 "GH or LP at each visit"],
                ["B2",
                 "Visit Arlo and Chantelle at home, weigh Arlo on days 5 and 10, and check his cot and feeding",
                 "GH",
                 "Days 1, 3, 5 and 10 after discharge",
                 "Weights in Arlo's red book; Arlo back to his birth weight by day 10, or a same-day referral to "
                 "the paediatric team"],
                ["B3",
                 "Visit Arlo at home, one visit in three unannounced, and write down what he was doing and how "
                 "Chantelle and Dean responded to him",
                 "KB",
                 "Twice a week for the first two weeks, then weekly until the review conference",
                 "A visit record on the case file for every visit, each with a paragraph on Arlo's day"],
                ["Part C – until the review conference on 16/12/2025", H, H, H, H],
                ["C1",
                 "Visit Chantelle at home, check her mood, sleep and lithium, and report to every core group on "
                 "whether she is making and keeping the changes Arlo needs and how long that is likely to take",
                 "RO",
                 "Weekly from the first week at home; report two working days before each core group",
                 "Written report on the case file before every core group, giving RO's view on change and its "
                 "timescale"],
                ["C2",
                 "Check Chantelle's lithium level and her kidney and thyroid tests, and tell KB the same day if a "
                 "blood test is missed",
                 "FQ",
                 "Every four weeks from discharge (first by 05/12/2025)",
                 "Results letter to KB after each test; a missed test reported by phone and logged by KB"],
                ["C3",
                 "Key-work with Dean with a urine screen at each session, and a written report on whether he has "
                 "stopped using cannabis at home and around Arlo",
                 "TW",
                 "Every Thursday from 06/11/2025; report before each core group",
                 "Screen results and TW's report on the case file before each core group"],
                ["C4",
                 "Go to every Thursday session at Open Road, give a screen each time, and smoke nothing in the "
                 "flat or near Arlo",
                 "DM",
                 "Every Thursday from 06/11/2025",
                 "Open Road attendance record shows every session kept; screens negative for cannabis by the "
                 "review conference"],
                ["C5",
                 "New birth visit, then weigh Arlo and check his feeding, safe sleep and development",
                 "LP",
                 "New birth visit on day 11; then every two weeks until Arlo is 12 weeks old",
                 "Weights plotted in the red book, with Arlo on or near the 25th centile; LP's notes sent to KB "
                 "after each visit"],
                ["C6",
                 "Have Arlo at 3 Canal Side on Wednesday afternoons so that Chantelle can go to her perinatal "
                 "clinic, and ring KB if Arlo is not brought",
                 "LT",
                 "Every Wednesday, 1pm to 5pm, from 12/11/2025",
                 "Lorraine texts KB each Wednesday when Arlo arrives; clinic attendance shown in RO's reports"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("p", "If Chantelle shows two or more of the early warning signs in her relapse signature plan (sleeping "
              "less than four hours on two nights running, talking very fast, spending money she does not have, "
              "missing her lithium), whoever notices will ring RO, or the Isherwold Crisis Team out of hours, "
              "that day. Chantelle will be assessed the same day, and until then she will not care for Arlo on "
              "her own: Dean will care for him with Lorraine in the flat."),
        ("p", "If Chantelle needs to go into hospital, the perinatal team will ask for a bed for her and Arlo "
              "together at the Cedar Mother and Baby Unit. If that is not safe or no bed is free, Arlo will stay "
              "with Lorraine at 3 Canal Side."),
        ("p", "If Dean is under the influence of cannabis or anything else while caring for Arlo, or cannabis is "
              "found in the flat, Dean will leave that day and stay with his brother at 40 Foundry Lane, and KB "
              "will hold a strategy discussion with Isherwold Police the same day."),
        ("p", "If Lorraine cannot do the nights or the Wednesday afternoons (she is ill, or feels she cannot go "
              "on), she will ring KB that day. KB will arrange a place for Chantelle and Arlo together at Willow "
              "House parent and baby unit, or, if there is no place, will place Arlo with Isherwold foster carers "
              "the same day until the core group meets."),
        ("p", "If Chantelle stops her lithium or is admitted because she has relapsed, or Dean has a positive "
              "screen for cannabis after 04/12/2025, KB will ask Owen Saddler for a legal planning meeting within "
              "five working days to decide whether to start the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every two weeks until the review conference, Wednesdays at 10am at Isherwold Family Hub: "
            "19/11/2025 and 03/12/2025.",
            "Review child protection conference: 16/12/2025, 10am, Isherwold Civic Offices.",
            "KB will bring what she has seen of Arlo's day to each core group.",
        ]),
        ("p", "Agreed at the discharge planning meeting on 05/11/2025. Present: KB, RO, MP, GH, LP, TW, CT, DM, LT. "
              "Apologies: SM (written view sent), FQ."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scottish GIRFEC Child's Plan (child protection) for an autistic,
#    non-verbal 8-year-old with epilepsy; mother drinks, grandfather helps.
#    One action table with the wellbeing indicator merged down the first
#    column. Printed to PDF with header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_inverbrannock_girfec_indicator_merged_docherty.pdf",
    "doc_title": "Child's Plan - Ruaridh Docherty",
    "split": "heldout",
    "actions": 12,
    "check_vmerge": 3,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE – Inverbrannock Council Children and Families – Child's Plan",
    "footer": "Ruaridh Docherty – Child's Plan (child protection) – Page {PAGE} of {NUMPAGES}",
    "template": "girfec-childs-plan-scotland-paged-header-footer-kv-about-me-my-views-talking-mats-what-mum-and-grandad-think-my-world-triangle-bullets-what-needs-to-change-numbered-then-one-table-wellbeing-indicator-merged-down-first-column-what-lead-when-how-we-will-know-if-things-go-wrong-meetings",
    "description": (
        "Exemplary Scottish Child's Plan for an autistic, non-verbal 8-year-old with epilepsy whose "
        "mother has been drinking in the evenings and missing his medicine; his grandfather helps "
        "two mornings and every weekend. Printed to PDF with a header and footer on every page: "
        "about me, his views gathered with Talking Mats and observed signs, the My World Triangle, "
        "outcomes in his voice, then one table whose first column is the SHANARRI indicator merged "
        "down over the rows it covers. The drug and alcohol service reports on change, the GP owns "
        "an action, the grandfather's part has a fallback, legal advice and a referral to the "
        "Children's Reporter follow named triggers, core group and Review CPPM dates are set."
    ),
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Getting it right for every child · Child protection plan agreed at the Initial Child Protection "
              "Planning Meeting"),
        ("kv", [
            ("Child", "Ruaridh Docherty, born 02/03/2017 (8)"),
            ("Address", "7 Wynd Court, Inverbrannock IB4 2RS"),
            ("Lives with", "His mother, Stacey Docherty (33)"),
            ("Grandfather", "Alex Docherty (maternal grandfather), 12 Station Brae, Inverbrannock"),
            ("Father", "Not named; no contact"),
            ("School", "Glenfoot School (additional support needs), P4 class"),
            ("Named Person", "Mrs Elaine Barr, head teacher, Glenfoot School"),
            ("Lead Professional", "Mhairi Ross, social worker, Inverbrannock Children and Families (team "
                                  "leader: Graeme Tulloch)"),
            ("Child protection registration", "Neglect; agreed at the Initial CPPM on 21/10/2025 (Chair: Fiona "
                                               "Kerr)"),
        ]),
        ("h1", "About me"),
        ("p", "Ruaridh is autistic and has epilepsy. He does not use spoken words; he uses about forty Makaton "
              "signs, a picture board and his iPad. He loves trains, the swings at Bell's Green and his grandad's "
              "dog, Bran. He takes sodium valproate twice a day, and without it he can have several seizures in "
              "a day."),
        ("h1", "My views and how I show them"),
        ("p", "Ruaridh's views were gathered by his speech and language therapist, Lorna Keir, with Talking Mats "
              "on 14/10/2025 and 16/10/2025, by his class teacher, Mr Colin Aird, and by the social worker on two "
              "home visits."),
        ("bullets", [
            "On the “like” side of his mat Ruaridh put: Grandad, Bran, the school bus, bath time and pasta.",
            "On the “don't like” side he put: the kitchen at night, the picture of a person asleep in bed (he "
            "signed “Mum”), and loud music.",
            "At home at 5pm on 09/10/2025 he was in a wet pad and had not eaten since school. He signed "
            "“hungry” and “Grandad”, and brought the social worker his coat.",
            "His teacher sees that he is calm and ready to learn on Monday mornings after a weekend with Alex, "
            "and that on days his mum brings him he is often in yesterday's clothes.",
        ]),
        ("h1", "What Mum and Grandad think"),
        ("p", "Stacey agrees she has been drinking most evenings since her own mother died in March, and that on "
              "some nights she fell asleep before giving Ruaridh his evening tablets. She wants to stop, and she "
              "wants Ruaridh to stay at home with her. Alex wants to help and can manage two school mornings and "
              "the weekend, but not every day, as he works shifts."),
        ("h1", "My World Triangle – what we found"),
        ("bullets", [
            "How I grow and develop: Ruaridh missed nine evening doses of valproate in September (school nurse "
            "tablet count) and had two seizures at school after missed doses. He has lost 1.5kg since June.",
            "What I need from the people who look after me: Stacey loves Ruaridh and reads his signs well, but "
            "on evenings she has been drinking he has not been fed, changed or given his medicine. On "
            "29/09/2025 police found Stacey asleep and Ruaridh alone in the stairwell of the flats.",
            "My wider world: Alex lives ten minutes away. Ruaridh's short break carers, Mr and Mrs Lyle, have "
            "known him since 2022.",
        ]),
        ("h1", "What needs to change for me"),
        ("numbers", [
            "I get my epilepsy medicine at 8am and 8pm every day, and I have fewer seizures.",
            "I am looked after every evening and night by an adult who is sober, who feeds me, changes me and "
            "puts me to bed on time.",
            "I get to school clean, fed and on time, and my weight goes back up.",
            "The adults around me understand my signs, and what I show them about home is listened to.",
        ]),
        ("h1", "What will be done"),
        ("p", "The first column shows the wellbeing indicator each action is for. Every action has one lead."),
        ("table", {
            "header": ["Wellbeing indicator", "What will be done", "Lead", "By when / how often",
                       "How we will know"],
            "widths": [2.6, 5.0, 3.1, 2.7, 3.6],
            "bold_first_col": True,
            "rows": [
                ["Safe",
                 "Visit Ruaridh at home, at least one visit in three unannounced and one in three in the evening, "
                 "and use his picture board to ask him about home",
                 "Mhairi Ross, social worker (Lead Professional)",
                 "Weekly until the Review CPPM on 20/01/2026",
                 "Visit records show Ruaridh seen every week, with his board choices and signs written down"],
                [V,
                 "Drink no alcohol while Ruaridh is in her care, and take a breath test at every social work and "
                 "IDAS visit",
                 "Stacey Docherty (mum)",
                 "Every day from 21/10/2025",
                 "Every breath test reads zero, recorded by the social worker and by IDAS"],
                [V,
                 "Key-work with Stacey, with breath tests, and a written report on whether her drinking is "
                 "changing enough for her to care for Ruaridh safely, and the likely timescale",
                 "Kenny Baird, recovery worker, Inverbrannock Integrated Drug and Alcohol Service (IDAS)",
                 "Every Tuesday; report three working days before each core group",
                 "IDAS report, with breath test results, on the social work file before every core group"],
                ["Healthy",
                 "Give Ruaridh his sodium valproate at 8am and 8pm and sign the medication chart each time",
                 "Stacey Docherty (mum)",
                 "Twice a day, every day",
                 "School nurse's tablet count each Monday matches the chart, with no missed doses"],
                [V,
                 "Check Ruaridh's seizure diary, medication chart and valproate level, and tell the social worker "
                 "the same day about any missed dose or clinic",
                 "Fiona Grant, paediatric epilepsy nurse specialist, Inverbrannock Children's Hospital",
                 "Phone check every two weeks; clinic every eight weeks",
                 "Seizure diary summary and blood results sent to the social worker after each check"],
                [V,
                 "Carry out liver function tests and an alcohol health check with Stacey, and share the results "
                 "and any missed appointment with the social worker",
                 "Dr Euan Fraser, GP, Kirkgate Medical Practice",
                 "By 18/11/2025, then every three months",
                 "GP letter with the results on the social work file by 18/11/2025"],
                [V,
                 "Weigh Ruaridh in school and plot his weight on his growth chart",
                 "Jill Menzies, school nurse, Glenfoot School",
                 "Every Monday",
                 "Growth chart sent to the social worker every four weeks; weight back to 24kg by the Review "
                 "CPPM"],
                ["Nurtured",
                 "Have Ruaridh to stay at 12 Station Brae over the weekend",
                 "Alex Docherty (grandfather)",
                 "Every Saturday 10am to Sunday 4pm",
                 "Alex's weekend diary (meals, sleep, seizures, medicine) seen by the social worker at each "
                 "weekly visit"],
                [V,
                 "Take Ruaridh to school on Tuesday and Thursday mornings, giving him breakfast and his 8am "
                 "medicine first",
                 "Alex Docherty (grandfather)",
                 "Tuesday and Thursday mornings in term time",
                 "School register shows Ruaridh in by 9am on those days; Alex signs the medication chart"],
                [V,
                 "Five home sessions with Stacey on Ruaridh's evening routine, his visual timetable and what to "
                 "do when he is distressed",
                 "Aileen Mowat, family support worker, Inverbrannock Family Support Service",
                 "Weekly, 04/11/2025 to 02/12/2025",
                 "Visual timetable up in the kitchen; Stacey's evening log shows Ruaridh in bed by 8.30pm on at "
                 "least five nights a week"],
                ["Achieving / Included",
                 "Record Ruaridh's attendance and how he arrives (clean, fed, dry), and phone the social worker "
                 "the same day if he is absent or arrives hungry or in a wet pad",
                 "Mrs Elaine Barr, head teacher and Named Person, Glenfoot School",
                 "Every school day",
                 "Arrival sheet emailed to the social worker every Friday; same-day calls logged on the school's "
                 "wellbeing record"],
                ["Respected",
                 "Talking Mats sessions with Ruaridh about home, Grandad's house and school",
                 "Lorna Keir, speech and language therapist, Inverbrannock Children's Therapy",
                 "Three sessions by 16/12/2025, then one before each core group",
                 "A photograph and short summary of each mat sent to the social worker and shared at each core "
                 "group and the Review CPPM"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Stacey is found under the influence of alcohol while Ruaridh is in her care, a breath test is "
              "positive, or Ruaridh misses two doses of valproate in a week, the social worker (or the Out of "
              "Hours Social Work Service after 5pm) will make sure Ruaridh goes to Alex at 12 Station Brae that "
              "day. If he was left without a sober adult, an Inter-agency Referral Discussion will be held the "
              "same day and Police Scotland will be asked to attend the home."),
        ("p", "If Alex cannot look after Ruaridh (he is unwell, away, on a shift he cannot change, or tells us he "
              "cannot keep going), Ruaridh will go the same day to Mr and Mrs Lyle, his short break carers, in an "
              "emergency foster placement arranged by the Family Placement Team."),
        ("p", "If there are two or more positive breath tests before the Review CPPM, or IDAS reports that Stacey "
              "is not making the changes Ruaridh needs within his timescale, Mhairi Ross will seek legal advice "
              "from Inverbrannock Council Legal Services within five working days and refer Ruaridh to the "
              "Children's Reporter, asking for a Children's Hearing to consider a Compulsory Supervision Order."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core Group: every four weeks at Glenfoot School, 3.45pm – 04/11/2025, 02/12/2025 and 06/01/2026.",
            "Review Child Protection Planning Meeting: 20/01/2026, 10am, Inverbrannock Council Buildings.",
            "Lorna Keir and Mhairi Ross will bring Ruaridh's mats and what he has shown them to each meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plan made at a transfer-in conference, domestic abuse, a 13-year-old
#    and a 6-year-old. Case-system print with header and footer; the
#    previous council's plan copied "for the record" beside each new action,
#    whose cell holds Who / What / When / How we'll know lines; one closed
#    records row. Exemplary (pdf)
# ---------------------------------------------------------------------------
_NOWAK_ROWS = [
    ["1",
     "Brackleigh SW to visit the children fortnightly",
     "Who: Hannah Lowther, SW\n"
     "What: Visit Zofia and Kacper at home, one visit in three unannounced, and see each child on their own "
     "(Zofia somewhere she chooses)\n"
     "When: Weekly from 22/10/2025 until the review conference\n"
     "How we'll know: Visit records show both children seen alone every week, with their own words written "
     "down"],
    ["2",
     "IDVA to complete a DASH risk assessment and refer to MARAC",
     "Who: Sana Mirza, IDVA, Iverdown Domestic Abuse Service\n"
     "What: Make a new safety plan with Marta for the Iverdown flat, move the MARAC case to Iverdown, and check "
     "that the non-molestation order covers the new area\n"
     "When: Safety plan by 31/10/2025; then a session every two weeks\n"
     "How we'll know: Signed safety plan and MARAC transfer confirmation on the SW's file; session notes sent to "
     "the SW after each session"],
    ["3",
     "(new in Iverdown)",
     "Who: DS Carl Whitby, Iverdown Police Safeguarding Unit\n"
     "What: Put a priority marker on the flat, and tell the SW of any sighting of Tomasz in Iverdown or any "
     "breach of his bail\n"
     "When: Marker by 24/10/2025; any sighting reported within 24 hours\n"
     "How we'll know: Marker confirmation email on the SW's file; every sighting or breach logged on the "
     "case record"],
    ["4",
     "Mum to keep to the safety plan and allow no contact",
     "Who: Marta Nowak (Mum)\n"
     "What: Keep the new address from Tomasz and his family, and have no contact with him except through "
     "solicitors, so that the children cannot be found\n"
     "When: Every day from 21/10/2025\n"
     "How we'll know: No breach of the safety plan in police or IDVA records; Marta and the IDVA check her "
     "phone's blocked list together at each session"],
    ["5",
     "School to keep a check on Zofia's attendance",
     "Who: Ms Rachel Dunning, DSL, Iverdown Academy\n"
     "What: Start Zofia in Year 9 with a mentor, give her a check-in every morning, and ring the SW the same "
     "day if she is absent or upset after a message from her dad\n"
     "When: Start by 03/11/2025; check-in every school day\n"
     "How we'll know: Start date and weekly attendance emailed to the SW each Friday; check-ins and calls "
     "logged on CPOMS"],
    ["6",
     "(new in Iverdown)",
     "Who: Mr Owain Bell, DSL, Hollybank Primary\n"
     "What: Keep a collection list for Kacper naming only Marta and Ewa, and check his attendance and how he "
     "presents each day\n"
     "When: Every school day from 23/10/2025\n"
     "How we'll know: Collection log and attendance emailed to the SW each Friday; no one else ever collects "
     "Kacper"],
    ["7",
     "CAMHS referral for Zofia (on the waiting list)",
     "Who: Dr Priya Nair, clinical psychologist, Iverdown CAMHS\n"
     "What: Assess Zofia's low mood and self-harm, then offer her trauma-focused sessions\n"
     "When: Assessment by 14/11/2025; sessions every two weeks after that\n"
     "How we'll know: Assessment letter to the SW and GP by 14/11/2025; session attendance and Zofia's own "
     "mood scores sent to the SW before each core group"],
    ["8",
     "(new in Iverdown)",
     "Who: Hannah Lowther, SW, with Zofia\n"
     "What: Go through Zofia's phone and social media with her, block every account her dad has used, and "
     "agree who she tells if a new one appears\n"
     "When: By 31/10/2025, then checked at each weekly visit\n"
     "How we'll know: Zofia shows the SW her blocked list at each visit; any new message is reported to the "
     "police within 24 hours"],
    ["9",
     "Mum to see her GP about her sleep",
     "Who: Dr Ewan Hales, GP, Riverside Health Centre\n"
     "What: Register Marta and the children, review Marta's low mood and sleep, and tell the SW whether her "
     "health is affecting her care of Zofia and Kacper\n"
     "When: Registration by 31/10/2025; review by 14/11/2025\n"
     "How we'll know: GP letter to the SW by 14/11/2025"],
    ["10",
     "(new in Iverdown)",
     "Who: Ewa Zielinska (maternal aunt)\n"
     "What: Collect Kacper from school on Tuesdays and Thursdays and keep both children at her flat until 7pm, "
     "so that Marta can go to her IDVA and GP appointments\n"
     "When: Every Tuesday and Thursday from 28/10/2025\n"
     "How we'll know: Hollybank's collection log; Ewa texts the SW each Thursday evening"],
    ["11",
     "Children's domestic abuse group (not started)",
     "Who: Lucy Hart, children's worker, Iverdown Women's Aid\n"
     "What: Ten-week Roots group for Kacper about feelings and safety, and three one-to-one sessions for Zofia\n"
     "When: Kacper weekly from 05/11/2025 to 07/01/2026; Zofia's three sessions by 12/12/2025\n"
     "How we'll know: Group register and an end-of-group report to the SW; Zofia's session notes sent to the "
     "SW"],
    ["12",
     "Brackleigh to send its case records on transfer",
     "CLOSED – Dan Pryce, SW, Brackleigh City Council, sent the full file and chronology on 17/10/2025; "
     "received and checked by Hannah Lowther."],
]

PLANS.append({
    "name": "b159_iverdown_transfer_in_for_the_record_column_nowak.pdf",
    "doc_title": "Child Protection Plan (Transfer In) - Zofia and Kacper Nowak",
    "split": "heldout",
    "actions": 11,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Iverdown Council · CareFile print",
    "footer": "Nowak Z and K · Child protection plan (transfer in) · printed 24/10/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "transfer-in-cp-plan-case-system-print-paged-header-footer-kv-case-fields-how-the-family-came-parents-health-childrens-words-outcomes-then-three-column-table-no-previous-councils-plan-for-the-record-new-plan-cell-with-who-what-when-how-well-know-lines-closed-records-row-contingency-meetings",
    "description": (
        "Exemplary plan made at a transfer-in conference for a 13-year-old and a 6-year-old who "
        "fled with their mother to a new area after their father's violence. A case-system print "
        "with header and footer on every page: case fields, how the family came, the mother's low "
        "mood, both children's words, outcomes, then a three-column table whose middle column "
        "copies the previous council's plan for the record only and whose right-hand cell holds "
        "the new action as Who / What / When / How we'll know lines. The previous council's "
        "records handover is kept as a closed row (not counted). The GP owns an action, the "
        "aunt's help has a fallback, the contingency names a refuge and a same-day strategy "
        "discussion, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Transfer In"),
        ("kv", [
            ("Case reference", "IVD-CP-25-0417"),
            ("Children", "Zofia Nowak, born 19/06/2012 (13); Kacper Nowak, born 08/01/2019 (6)"),
            ("Address", "Held by the Iverdown social work team and police only; not to be shared with the "
                        "father or his family"),
            ("Mother", "Marta Nowak (36)"),
            ("Father", "Tomasz Nowak (38), Brackleigh; on bail with conditions not to contact Marta or enter "
                       "Iverdown"),
            ("Maternal aunt", "Ewa Zielinska, Iverdown (has lived here since 2016)"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan first made", "Initial child protection conference, Brackleigh City Council, 02/07/2025"),
            ("Transfer-in conference", "Iverdown Council, 21/10/2025. Chair: Graham Ashby (IRO). This plan "
                                       "replaces Brackleigh's from that date."),
            ("Social worker", "Hannah Lowther, Iverdown Family Safeguarding Team (team manager: Pete Morland)"),
            ("Language", "Marta prefers Polish for meetings; an interpreter is booked for every core group and "
                         "conference. Zofia and Kacper speak English at school."),
        ]),
        ("h1", "How the family came to Iverdown"),
        ("p", "In June 2025 Tomasz put his hands round Marta's neck in the kitchen while Zofia watched from the "
              "stairs. He was arrested and bailed, and Brackleigh held an initial conference on 02/07/2025. On "
              "29/08/2025 he broke his bail and came to the flat. The next day Marta took the children to a "
              "refuge in Iverdown, and on 06/10/2025 they moved into a housing association flat near Ewa. "
              "Brackleigh's social worker, Dan Pryce, and Hannah Lowther visited together on 09/10/2025, and "
              "Brackleigh went on visiting weekly until the transfer-in conference."),
        ("h1", "Parents' health"),
        ("p", "Marta has been low in mood and sleeping badly since June. She has no mental health diagnosis and "
              "takes no medication; her new GP will see her (row 9). We know nothing of Tomasz's health."),
        ("h1", "What Zofia and Kacper say"),
        ("p", "Zofia (seen on her own at Ewa's flat, 15/10/2025): “I like it here because Dad doesn't know where "
              "we are. But he keeps messaging me from new accounts and says he'll come. I feel bad because I "
              "answered once. I want Mum to stop crying at night.” She gave feeling safe 6 out of 10; in July, in "
              "Brackleigh, she gave it 2."),
        ("p", "Kacper (seen at school, 16/10/2025) drew his new bedroom and Ciocia Ewa's cat. He said: “Tata "
              "shouted and Mama fell down. I don't want to go back to the old house.” He asked if he can stay at "
              "his new school."),
        ("h1", "What we want for Zofia and Kacper"),
        ("bullets", [
            "Zofia and Kacper live where their father cannot find, see or contact them, and are never again in "
            "a home where there is violence.",
            "Zofia feels safe enough to tell an adult straight away if her dad contacts her, and she stops "
            "hurting herself.",
            "Kacper settles at Hollybank Primary and is only ever collected by his mum or his aunt.",
            "Both children understand that what happened was not their fault, and each has an adult they trust "
            "to talk to.",
        ]),
        ("h1", "The plan from 21/10/2025"),
        ("p", "The middle column copies Brackleigh's plan of 02/07/2025 for the record only and is not part of "
              "this plan. The right-hand column is the plan agreed at the transfer-in conference. Row 12 is "
              "finished and kept for the record."),
        ("table", {
            "header": ["No.", "Brackleigh plan, 02/07/2025 (for the record)", "Iverdown plan from 21/10/2025"],
            "widths": [1.1, 4.6, 11.3],
            "rows": _NOWAK_ROWS,
        }),
        ("h1", "If things go wrong"),
        ("p", "If Tomasz comes to Iverdown, contacts Marta or either child in any way, or is seen near the flat, "
              "the schools or Ewa's home, Marta will ring 999 and the police will respond as a priority because "
              "of the marker. Hannah, or the Emergency Duty Team out of hours, will hold a strategy discussion "
              "with the police the same day. If he has found the address, Marta and the children will go that "
              "night to the Iverdown Women's Aid refuge, which is holding a space for them."),
        ("p", "If Zofia goes missing, or leaves school to meet her father, the school will ring the police and "
              "Hannah at once and Zofia will be reported missing."),
        ("p", "If Ewa cannot collect Kacper or have the children (she is ill, away or cannot carry on), she will "
              "tell Hannah that day. Kacper will stay at Hollybank's after-school club until Marta collects him, "
              "and Marta's IDVA and GP appointments will be moved into school hours until another adult is agreed "
              "at the next core group."),
        ("p", "If Marta lets Tomasz see the children or learn the address, or the children see or hear any further "
              "violence, Hannah will ask Pete Morland for a legal planning meeting within five working days to "
              "decide whether to begin the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, with a Polish interpreter, Tuesdays at 4pm at Iverdown Family Hub: "
            "04/11/2025, 02/12/2025 and 06/01/2026.",
            "Review child protection conference: 20/01/2026, 1.30pm, Iverdown Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety safety plan, father on methadone after an overdose at
#    home, a 4-year-old and a 2-year-old. Numbered safety rules (who keeps
#    each, when, how the network will know) then a next-steps table for the
#    workers. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_idleburn_sos_safety_rules_network_haworth.md",
    "split": "heldout",
    "actions": 13,
    "template": "signs-of-safety-md-bold-details-danger-statement-working-well-scaling-list-childrens-words-three-houses-safety-goal-outcomes-then-numbered-safety-rules-bold-rule-then-keeper-when-and-how-well-know-sentences-then-next-steps-who-what-when-how-well-know-table-if-a-rule-is-broken-meetings",
    "description": (
        "Exemplary Signs of Safety safety plan for a 4-year-old and a 2-year-old whose father, on a "
        "methadone script, was found unresponsive at home in October. Danger statement, what is "
        "working well, scaling by each person, Mason's three houses and his sister's day, a safety "
        "goal and outcomes, then six numbered safety rules, each saying in sentences who keeps it, "
        "when, and how the network will know, and a next-steps table for the workers. The drug "
        "service reports on change and the GP prescriber owns an action; the grandmother's and "
        "friend's parts have a fallback; legal planning follows named triggers; core group and "
        "review dates are set."
    ),
    "text": """\
# Idleburn Council – Family Safeguarding Service

## Safety plan (child protection plan) for Mason and Lily-Mae Haworth

- **Children:** Mason Haworth, 4 (Brightwater Nursery); Lily-Mae Haworth, 2
- **Parents:** Kayleigh Haworth (26) and Ryan Haworth (30), 31 Pinfold Road, Idleburn ID7 3HX
- **Safety network:** Jean Haworth (Ryan's mum, “Nanna Jean”), Demi Shaw (Kayleigh's friend, next door at
  number 29), Liam Haworth (Ryan's brother)
- **Initial child protection conference:** 28/10/2025, category neglect. Chair: Sharon Egan
- **Social worker:** Josh Atherton (practice manager: Nadia Kerr)
- **Adult worker:** Claire Rudd, substance use practitioner from Idleburn Recovery Service, based in the
  Family Safeguarding team

## What we are worried about (danger statement)

Children's services, the health visitor and Brightwater Nursery are worried that if Ryan uses heroin again
while he is looking after Mason and Lily-Mae, he could fall asleep or be impossible to wake, and the
children could be hurt, go hungry, or find and swallow drugs or pick up needles. On 14/09/2025 Kayleigh
found Mason in the bathroom holding a needle cap. On 02/10/2025 paramedics found Ryan unresponsive on the
sofa after taking heroin on top of his methadone, with both children in the house.

## What is working well

- Ryan has been on a methadone script since 2021 and has taken every dose at the chemist, in front of the
  pharmacist, since 03/10/2025.
- Kayleigh rang 999 on 02/10/2025, kept the children in the kitchen and away from Ryan, and rang Jean.
- Jean sees the children every week. Mason calls her house “the big garden house”.
- Demi has known Kayleigh since school and has agreed to be part of the network.

## Scaling

0 means the children cannot stay at home; 10 means everyone is confident they are safe enough for the
plan to end. Josh 3, Kayleigh 6, Ryan 6, Jean 4, Brightwater Nursery 4.

## What Mason and Lily-Mae tell us

Mason (three houses, drawn with Josh at nursery on 23/10/2025):

- House of good things: “Nanna Jean's big garden and the trampoline. Mummy does pancakes.”
- House of worries: “Daddy was asleep and wouldn't wake up and the ambulance came. I found a pen lid in
  the bathroom and Mummy shouted.”
- House of dreams: “Daddy not poorly. Going to the seaside with Nanna.”

Lily-Mae is two and says a few words. On visits she toddles to Kayleigh when she is upset and holds her
arms out and says “Nanna!” when Jean comes in. When the paramedics came on 02/10/2025 she was in her cot in
a soaked nappy and had not had any tea. Her 12-month immunisations were only given in September.

## Safety goal

Mason and Lily-Mae will always be looked after by an adult who is awake and not under the influence of
drugs, in a house with no drugs, needles or foil in it. Kayleigh, Ryan, Jean and Demi will show Josh and
everyone involved that this happens every day for the next six months, so that the children no longer need
a child protection plan.

## What we want for Mason and Lily-Mae

- They are never left with an adult who is drowsy, asleep or under the influence.
- They never find drugs, needles, foil or methadone in their home.
- They are fed three meals a day, Lily-Mae's health checks and immunisations are up to date, and both go
  to every nursery session.
- Mason understands, in words he can manage, what happened to Daddy and who to go to if it happens again.

## Safety rules – who keeps each rule, when, and how we'll know

1. **No drugs, needles, foil or methadone in the house.** Ryan keeps this rule every day from 28/10/2025.
   Jean checks the bathroom and bedroom cupboards with Ryan on her Tuesday and Saturday visits and writes
   what she found in the family safety book, which Josh reads at every visit.
2. **Ryan is never the only adult with the children.** Kayleigh keeps this rule every day until Claire
   tells the core group that Ryan has had eight clear screens in a row; if Kayleigh has to go out, Jean or
   Demi comes round before she leaves. The safety book shows who was with the children each time Kayleigh
   went out, and Josh asks Mason at each visit who looked after him.
3. **Ryan takes his methadone at Pinfold Pharmacy, in front of the pharmacist, every day,** so that there
   is never methadone in the house and he is not drowsy when the children are up. The pharmacy's
   supervised consumption record, which Claire sends to Josh every Friday, shows every dose taken there.
4. **Nanna Jean has the children on Tuesdays (10am to 4pm) and Saturdays (9am to 5pm).** Jean keeps this
   every week from 01/11/2025, so that Kayleigh can go to her college course and the children have a calm
   day. Jean writes in the safety book what they ate and did, and Josh reads it at every visit.
5. **The code word.** Whenever Kayleigh texts Demi the word “blue”, Demi comes next door within ten minutes,
   takes Mason and Lily-Mae to her flat until Kayleigh says it is safe, and rings Josh (or the Emergency
   Duty Team) the same day. Every use of the code word is written in the safety book, and Josh checks it
   with Demi at his next visit.
6. **Mason goes to nursery every morning, and Lily-Mae to her two-year-old place on Mondays and
   Wednesdays.** Kayleigh takes them to every session from 03/11/2025. Brightwater's register, emailed to
   Josh each Friday, shows at least nine sessions out of ten attended.

## Next steps for the workers

| Who | What | When | How we'll know |
|---|---|---|---|
| Josh Atherton, SW | Visit at home, see Mason on his own and Lily-Mae with her parents, and read the safety book | Weekly, one visit in three unannounced, until the review conference | A visit record on the file for each visit, noting the safety book pages read and Mason's own words |
| Claire Rudd, substance use practitioner, Idleburn Recovery Service | Key-work with Ryan with an oral fluid screen each time, and a written report to each core group on whether he is making and keeping the changes the children need, and how long that is likely to take | Every Monday; report two working days before each core group | Screen results and Claire's report on the file before every core group |
| Dr Omar Sheikh, GP and methadone prescriber, Eastgate Surgery | Review Ryan's methadone dose, and ring Claire and Josh the same day if he misses three doses or his script is stopped | Shared-care review every four weeks from 04/11/2025 | Review letter copied to Josh after each review; same-day calls logged by Josh |
| Becky Lund, health visitor | Bring Lily-Mae's immunisations up to date and do her two-year development review | Immunisations by 28/11/2025; review by 12/12/2025 | Red book and child health record show the immunisations given; review scores sent to Josh |
| Mrs Farida Noor, manager and DSL, Brightwater Nursery | Record how the children arrive (fed, clean, rested) and anything Mason says about home, and ring Josh the same day with any worry | Every session | Register and arrival notes emailed to Josh each Friday; same-day calls logged |
| Tina Grey, family support worker | Six sessions with Kayleigh on meals, routines and keeping cupboards and the bathroom safe, so that the children eat at set times and nothing harmful is in reach | Weekly, 04/11/2025 to 09/12/2025 | Cupboard locks fitted and seen by Tina; Kayleigh's meal chart shows three meals a day for both children |
| Josh Atherton, SW | Make a words and pictures book with Kayleigh and Ryan that explains Daddy's poorly day to Mason and who he can go to | By 05/12/2025 | Book read with Mason by his parents and Jean, with a copy on the file |

## If a rule is broken

- If Ryan is drowsy, cannot be woken or seems under the influence while the children are in the house, or
  drugs, foil or needles are found there, the adult who finds him rings 999 if he cannot be woken. Kayleigh
  takes the children to Jean's, or to Demi's if Jean is not in. Ryan leaves the house and stays with Liam
  at 8 Croft Street, and Josh holds a strategy discussion with Idleburn Police the same day.
- If Jean or Demi cannot do their part (they are ill, away, or step back from the network), they tell Josh
  that day. Until a new network member is agreed at a meeting Josh holds within five working days, Ryan
  stays at Liam's and is not in the house with the children. If there is no safe adult for the children
  that night, Josh (or the Emergency Duty Team) will place them together with Idleburn foster carers.
- If Ryan uses on top of his methadone again, a rule is broken twice before the review conference, or
  Claire reports that he cannot make the changes within the children's timescale, Josh will ask Nadia Kerr
  for a legal planning meeting within five working days, where she will decide whether to start PLO
  pre-proceedings.

## Meetings

- Core group every three weeks, Tuesdays at 1.30pm at Brightwater Children's Centre: 11/11/2025,
  02/12/2025 and 06/01/2026.
- Review child protection conference: 20/01/2026, 10am, Idleburn Town Hall.
- Network meeting to check the rules are working: 07/11/2025, at 31 Pinfold Road, held by Josh.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Letter from the social worker to a 12-year-old young carer explaining
#    his child protection plan; mother with depression after an overdose,
#    sister of 7, aunt helping. "I" is the social worker, "you" is Jayden;
#    each grown-up's part is a bullet with a bold lead-in. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_ickmoor_letter_to_young_carer_pritchard.md",
    "split": "heldout",
    "actions": 11,
    "template": "sw-letter-to-12-year-old-young-carer-md-letterhead-dear-jayden-plain-headings-why-there-was-a-meeting-what-you-told-us-what-we-want-for-you-and-ellie-then-what-the-grown-ups-will-do-bullets-bold-lead-in-me-mum-named-workers-then-if-things-go-wrong-when-well-meet-again-signed",
    "description": (
        "Exemplary child protection plan written as a letter from the social worker to a "
        "12-year-old boy who has been caring for his mother, who has depression and took an "
        "overdose in September, and his 7-year-old sister. In plain words: why there was a meeting, "
        "what he and his sister said, what the grown-ups want for them, then one bullet for each "
        "grown-up's part with a bold lead-in ('Me', 'Mum', named workers and his aunt), each saying "
        "when and how anyone will know it happened. The CPN and the psychiatrist both report on "
        "whether his mum can change and how long it will take, the GP owns an action, the aunt's "
        "help has a fallback, a legal planning meeting follows named triggers, and the core group "
        "and review conference dates are given."
    ),
    "text": """\
**Ickmoor Council – Children and Families Service**
Ickmoor Civic Hall, Mercer Street, Ickmoor IK1 4DN

6 November 2025

Private – for Jayden Pritchard

Dear Jayden,

Thank you for talking to me before the meeting on Tuesday 4 November. I promised I would write to tell you
what was decided and what everyone is going to do. Mum has a copy of the full plan. Every person named in
this letter has agreed to their part, and I will check at each meeting that they have done it. If anything
here doesn't make sense, or you don't agree with it, tell me and I'll explain it or take what you think to
the next meeting.

# Your plan

## Why there was a meeting

In September your mum took too many of her tablets. You found her and rang 999, and you did exactly the
right thing. Since then Mum has been very low and has spent a lot of the day in bed. The meeting was a
child protection conference. It decided that you and Ellie need a child protection plan, because you have
been looking after Mum and Ellie on your own a lot of the time, and that is too much for anyone your age.

## What you told us

When we talked at school on 30 October you said: “I count Mum's tablets every night before bed in case
she takes too many. I do Ellie's packed lunch. I don't go to football any more because I can't leave
them.” You gave feeling safe at home 4 out of 10, and said 10 would be “Mum being happy and me not having
to check on her”. You want to keep living with Mum and Ellie, and you'd like to stay at Auntie Nicola's on
Friday nights.

Ellie told me she likes it when you read to her, and that “Mum cries in the bathroom”.

## What we want for you and Ellie

- You don't have to look after Mum or count her tablets – the grown-ups do that.
- You and Ellie always know which grown-up to go to if Mum is very low, and you are safe that same day.
- You get to school on time, have time with your friends, and get back to football on Saturdays.
- Ellie goes to school every day clean, fed and with a packed lunch made by a grown-up.

## What the grown-ups are going to do

- **Me (Priya, your social worker):** I will see you on your own every two weeks, at school or somewhere
  you choose, and write down what you tell me. Your words will be in my notes and I will read them out at
  each core group meeting.
- **Me:** I will visit you, Ellie and Mum at home every week, one visit in three without telling Mum first,
  and see Ellie on her own. My visit notes will say each time how Ellie was and what food was in the house.
- **Mum** has agreed to keep all her tablets in the locked box Auntie Nicola bought, and to take them in
  front of Nicola or Marcus every day, so that you never need to count them. Marcus will count the tablets
  in the box every Wednesday and write the count in his notes.
- **Marcus Obi, Mum's community psychiatric nurse (Ickmoor Community Mental Health Team),** will visit Mum
  every Wednesday and, before each core group, write a report saying whether Mum is making the changes
  that mean you don't have to look after her, and how long that is likely to take.
- **Dr Helen Adeyemi, Mum's psychiatrist (Ickmoor Community Mental Health Team),** will see Mum by 13
  November and write to the core group about her medicine, how likely she is to become this low again,
  whether she can make and keep the changes you and Ellie need, and how long that may take. Her letter
  will be read at the core group on 18 November.
- **Dr Matthew Lowe, the family's GP (Bridge Street Surgery),** will prescribe Mum's tablets one week at a
  time, so there are never lots in the house, and ring Marcus the same day if she doesn't collect them.
  The chemist's record of each weekly collection will show this.
- **Ms Carter, your head of year at Ickmoor High School,** will meet you in her office for ten minutes
  every Monday and Thursday morning, and ring me the same day if you are absent or upset. She keeps a
  note of each meeting and sends me your attendance every Friday.
- **Mr Hughes, the safeguarding lead at St Anne's Primary,** will check every morning that Ellie is in
  school, clean and with her lunch, and ring me the same day if she isn't. He sends me Ellie's attendance
  every Friday.
- **Jo Fenwick from Ickmoor Young Carers** will do your young carer's assessment with you by 12 December
  and give you a place at the Thursday club. You and I will each get a copy of your young carer's plan,
  and the club register will show you went.
- **Auntie Nicola** will have you and Ellie for tea every Tuesday and Thursday and to stay every Friday
  night, and she is the first person you ring if Mum is very low. She will text me every Saturday morning
  to say how it went.
- **Auntie Nicola** will do the food shop with Mum every Saturday, so that there is food in the house and
  you don't have to. I will look in the fridge and cupboards at my weekly visits.

## If things go wrong

- If Mum takes more tablets than she should, hurts herself, or says she wants to die, ring 999 first and
  then Auntie Nicola. You and Ellie will go to Auntie Nicola's that night. The crisis team will see Mum the
  same day, and I (or the emergency duty social worker at night) will hold a meeting with the police and
  health workers the same day.
- If Mum stops taking her tablets, or Marcus can't see her two weeks running, Marcus will tell me the same
  day and the home treatment team will visit her within 24 hours. You and Ellie will stay at Auntie
  Nicola's until Marcus says Mum is well enough to look after you.
- If Auntie Nicola can't do her part – have you to stay, or do the shopping with Mum – because she is ill
  or away, she will tell me that day. A family support worker will do the shop with Mum that week, and if
  you and Ellie need somewhere to stay, I will arrange for you to stay together with foster carers who
  will take you to your own schools.
- If Mum has to go into hospital again, or things have not got better by the review meeting, I will ask
  my manager, Kate Brannigan, for a legal planning meeting within five working days. That is a meeting
  with the council's lawyers to decide whether a court needs to be involved to keep you and Ellie safe. I
  will tell you if that happens.

## When we'll meet again

- The core group (me, Mum, Marcus, Ms Carter, Mr Hughes, Jo and Auntie Nicola) meets every four weeks:
  18 November 2025, 16 December 2025 and 13 January 2026, at 4pm at Ickmoor Family Hub.
- The review child protection conference is on 3 February 2026 at 10am at Ickmoor Civic Hall. You can
  come to part of it, or I can bring a letter from you.

With best wishes,

Priya Sandhu
Social Worker, Ickmoor Council Children and Families Service
Team manager: Kate Brannigan
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Hospital addendum to a looked-after 15-year-old's care plan (s20,
#    child sexual exploitation, overdose), with a child protection plan in
#    force. Each heading names whose part the small What / When / How we'll
#    know table under it is, and each part ends "Agreed by:". Exemplary
#    (docx)
# ---------------------------------------------------------------------------
def _part(heading, rows, agreed):
    return [
        ("h2", heading),
        ("table", {"header": ["What", "When", "How we'll know"], "widths": [7.6, 4.2, 5.2], "rows": rows}),
        ("p", "Agreed by: " + agreed),
    ]


PLANS.append({
    "name": "b159_ilderby_lac_hospital_addendum_whose_part_mulgrew.docx",
    "doc_title": "Care Plan Hospital Addendum - Tia Mulgrew",
    "split": "heldout",
    "actions": 14,
    "template": "lac-care-plan-hospital-addendum-docx-kv-legal-status-placement-ward-tia-in-her-own-words-what-we-want-then-h2-per-owner-what-x-will-do-with-what-when-how-well-know-table-and-agreed-by-line-under-each-then-if-things-go-wrong-meetings-lac-review-core-group-rcpc",
    "description": (
        "Exemplary hospital addendum to the care plan of a 15-year-old accommodated under section "
        "20, on a child protection plan for sexual exploitation, admitted to an adolescent ward "
        "after a paracetamol overdose; her mother uses heroin on top of a methadone script. Tia's "
        "own words, outcomes, then a heading for each person or service ('What Sue and Graham "
        "Baxter (foster carers) will do') owning the small What / When / How we'll know table under "
        "it, each part ending 'Agreed by:'. The social worker visits three times a week and the "
        "carers daily, the recovery service reports on change, police serve warning notices, the "
        "contingency covers missing from hospital and the named adults, legal planning follows "
        "named triggers, and LAC review, core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Care Plan for a Looked After Child – Hospital Addendum"),
        ("p", "Ilderby Council · Children in Care Service. This addendum sits with Tia's care plan of 19/09/2025 "
              "and her child protection plan, and applies while Tia is in hospital and for four weeks after she "
              "is discharged."),
        ("kv", [
            ("Young person", "Tia Mulgrew, born 11/04/2010 (15)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 12/09/2025, with her "
                             "mother's agreement"),
            ("Placement", "Sue and Graham Baxter, Ilderby Council foster carers, 6 Larch Rise, Ilderby"),
            ("Where Tia is now", "Ward 14 (Adolescent Unit), Ilderby Royal Infirmary, since 27/10/2025 after a "
                                 "paracetamol overdose; medically fit since 30/10/2025 and waiting for a CAMHS "
                                 "decision on an adolescent inpatient bed"),
            ("Child protection plan", "Since 30/07/2025, category sexual abuse (child sexual exploitation); "
                                      "first review conference held 22/10/2025"),
            ("Mother", "Joanne Mulgrew (41), uses heroin on top of a methadone script"),
            ("Maternal aunt", "Kelly Mulgrew, Ilderby"),
            ("Social worker", "Leon Fairweather (team manager: Amanda Rigg)"),
            ("Independent Reviewing Officer", "Ros Pennington"),
            ("Addendum agreed", "31/10/2025, at a meeting on Ward 14 with Tia, her mum, her carers and the "
                                "professionals below"),
        ]),
        ("h1", "Tia in her own words"),
        ("p", "Seen on her own on the ward, 29/10/2025: “I didn't want to die, I just wanted everything to stop. "
              "Jordan kept saying I owed him. I want Sue to come every day. I don't want Mum to come if she's "
              "off her face. I want to go back to Larch Rise – not home, and not a unit.” She asked for her phone "
              "back and for her place at college to be kept open. She scored how safe she feels on the ward 7 "
              "out of 10 and at Larch Rise 8 out of 10."),
        ("h1", "What we want for Tia"),
        ("bullets", [
            "Tia is safe on the ward and after discharge: she is not contacted, found or picked up by Jordan "
            "Leese or the adults around him.",
            "Tia has someone she trusts with her every day in hospital, and goes back to Larch Rise when the "
            "doctors and CAMHS agree it is safe.",
            "Tia's low mood and self-harm are understood and treated, and she has a safety plan she helped to "
            "write.",
            "Tia sees her mum only when her mum is fit to visit and the visit is supervised, and she keeps her "
            "place at Ilderby College.",
        ]),
        ("h1", "Who will do what"),
        ("p", "Each heading below says whose part the table under it is. Each part ends with who agreed it."),
        *_part("What Leon Fairweather (social worker) will do", [
            ["Visit Tia on Ward 14, see her on her own and write down what she says",
             "Every Monday, Wednesday and Friday while she is in hospital",
             "A visit record on the case file for each visit, with Tia's words"],
            ["Give the ward in writing the list of who may and may not visit Tia (Jordan Leese and two other "
             "named adults may not), with photographs",
             "By 01/11/2025",
             "Visitors list in the ward office, signed by the nurse in charge; a copy on the case file"],
            ["Hold a discharge planning meeting with the ward, CAMHS, Sue and Graham, Tia and her mum",
             "Before discharge, at least two days before the planned date",
             "Discharge plan signed by the ward, CAMHS and Leon, and copied to the IRO"],
        ], "Leon Fairweather, social worker, 31/10/2025"),
        *_part("What Sue and Graham Baxter (foster carers) will do", [
            ["Visit Tia on the ward, bring her clothes and college work, and stay with her through visiting "
             "time",
             "Every day, 2pm to 6pm (Sue on weekdays, Graham at weekends)",
             "Sue's visit diary sent to Leon each Friday; the ward's visitor book"],
            ["Take Tia home to Larch Rise from the ward and keep one carer at home with her at all times",
             "From the day of discharge, for the first 72 hours",
             "Carers' daily log sent to Leon; no missing episode in those 72 hours"],
        ], "Sue Baxter and Graham Baxter, foster carers, 31/10/2025"),
        *_part("What Ilderby CAMHS will do", [
            ["Assess Tia's mental health and risk, and decide with the ward whether she needs an adolescent "
             "inpatient bed or can go home with CAMHS care",
             "By 05/11/2025",
             "Written CAMHS assessment sent to Leon and the ward by 05/11/2025"],
            ["See Tia on the ward, and at Larch Rise after discharge, and write a safety plan with her",
             "Twice a week while she is on the ward; weekly for the first month after discharge",
             "Tia's signed safety plan copied to Leon, Sue and the school nurse; session notes shared at each "
             "core group"],
        ], "Dr Imran Sethi, consultant child and adolescent psychiatrist, and Nicola Burke, CAMHS nurse, "
           "31/10/2025"),
        *_part("What Safe Steps (Ilderby Youth Service exploitation team) will do", [
            ["Visit Tia on the ward and carry on the trusted-relationship work she started in August",
             "Every Tuesday and Thursday while she is in hospital, then weekly",
             "Session notes sent to Leon after each visit, with Tia's own score of how safe she feels "
             "recorded by the worker"],
        ], "Kai Osei, Safe Steps youth worker, 31/10/2025"),
        *_part("What Ilderby Police (Missing and Exploitation Team) will do", [
            ["Serve child abduction warning notices on Jordan Leese and the two other named adults, and brief "
             "hospital security to call 999 if any of them comes to the hospital",
             "Security briefing by 01/11/2025; notices served by 07/11/2025",
             "Copies of the served notices and the security briefing note on the case file"],
        ], "DC Rachel Amos, Missing and Exploitation Team, 31/10/2025"),
        *_part("What Joanne Mulgrew (Mum) will do", [
            ["Visit Tia on the ward with the contact worker, only on days she has taken her methadone and used "
             "nothing else",
             "Tuesdays and Saturdays, 3pm to 4pm",
             "The contact worker's record of every visit, including whether Joanne was fit to visit"],
            ["Go to every key-work appointment and give a screen each time, so that her contact with Tia can "
             "move towards visits without a supervisor",
             "Every Thursday",
             "Recovery service attendance record and screen results, in Dean Holt's report"],
        ], "Joanne Mulgrew, 31/10/2025"),
        *_part("What Ilderby Recovery Service (drug and alcohol service) will do", [
            ["Key-work with Joanne with screens, and a written report on whether she is using on top of her "
             "methadone and whether she could safely have Tia home, with the likely timescale",
             "Weekly; report two working days before each core group",
             "Written report on the case file before each core group"],
        ], "Dean Holt, recovery worker, 31/10/2025"),
        *_part("What Kelly Mulgrew (aunt) will do", [
            ["Visit Tia on the ward with Tia's younger cousins, as Tia asked",
             "Every Sunday, 2pm to 4pm",
             "Ward visitor book; Kelly texts Leon after each visit"],
        ], "Kelly Mulgrew, 31/10/2025"),
        *_part("What Ilderby Virtual School will do", [
            ["Make sure Ilderby College keeps Tia's place on her Level 2 course and sends her work to the ward",
             "Every Monday while she is in hospital",
             "Tutor's log of work sent and returned; Tia still on the college roll at the core group"],
        ], "Joy Halliday, Virtual School teacher, 31/10/2025"),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Tia leaves the ward without staff, the nurse in charge reports her missing to the police at once "
            "and rings Leon, or the Emergency Duty Team out of hours. Leon holds a strategy discussion with the "
            "police the same day.",
            "If Jordan Leese or either named adult comes to the hospital or contacts Tia, security calls 999, "
            "the police attend and act on the warning notices, and Tia is moved to the side room by the "
            "nurses' station that day.",
            "If Joanne comes to a visit under the influence, the contact worker ends the visit at once, and "
            "there is no further visit until Dean Holt confirms a clear screen.",
            "If Sue or Graham cannot visit on a day (illness or an emergency), the fostering team's support "
            "worker, Ann Pike, visits Tia that day instead. If Kelly cannot come on a Sunday, Kai Osei visits "
            "that day.",
            "If Tia goes missing again, is found with any of the named adults, or Joanne asks to take Tia home "
            "while still using on top of her script, Leon will ask Amanda Rigg for a legal planning meeting "
            "within two working days to decide whether to apply for a care order.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Looked after child review (chaired by Ros Pennington): 24/11/2025, at Larch Rise or on the ward.",
            "Core group: every four weeks, Wednesdays at 2pm – 12/11/2025, 10/12/2025 and 07/01/2026.",
            "Next review child protection conference: 21/04/2026, 10am, Ilderby Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Core group notes in clipped case-note style, neglect, mother's low
#    mood, partner's drinking, grandmother helping. Numbered notes, then an
#    action log keyed by initials of those present. Mostly good rows with a
#    few realistic faults (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b159_imbleton_core_group_clipped_notes_log_sutcliffe.txt",
    "split": "heldout",
    "actions": 14,
    "template": "core-group-notes-txt-clipped-case-note-abbreviations-present-list-of-initials-numbered-updates-childrens-words-outcomes-lettered-scaling-contingency-dates-then-action-log-a1-a14-initials-lead-due-ev-lines-closed-line",
    "description": (
        "Notes of the third core group for a 9-year-old and a 6-year-old, neglect; their mother "
        "has low mood, her partner drinks most nights and the maternal grandmother does mornings "
        "and supervises. Clipped case notes (SW, CPN, MGM, wkly, w/c, C/F) with a present list "
        "whose initials are used as leads, then an action log of A1 to A14 lines with Due and Ev "
        "parts and one closed line. Most lines are sound (weekly visits, the GP, the alcohol "
        "service's report, school checks, the school nurse's wetting plan). Faults: the "
        "grandmother's help 'Due: ongoing'; the CPN's support sessions only, measured by "
        "attendance; the partner's self-referral with an empty Ev; family support sessions "
        "measured by 'improvement in routines'; bedding 'to be got' with no one named; 'All "
        "agencies' to share worries; an outcome about the mother only; a contingency that sends "
        "the children to the grandmother with no word on her being unable; review conference TBC."
    ),
    "text": """\
IMBLETON COUNCIL - CHILDREN'S SOCIAL CARE                      CORE GROUP NOTES
Sutcliffe: Kai (9) + Tayla (6)              CG3 - Weds 12/11/2025 - Imbleton Family Hub
------------------------------------------------------------------------------------

Present (initials used below):
  LB   Laura Bentham, SW (chair + notes)
  GS   Gemma Sutcliffe, Mum
  WP   Wayne Pollard, Mum's partner (lives at home)
  PS   Pat Sutcliffe, MGM, 19 Beck Row
  LO   Leanne Ord, CPN, Imbleton CMHT
  RH   Mrs Ruth Hale, DSL, Castle Lane Primary (both children)
  DN   Dawn Nicholls, FSW, Imbleton Family Support
  SB   Sophie Bright, school nurse
Apols: Dr K Mistry, GP, Abbey Road Surgery (update by email)

Plan made at ICPC 24/09/2025, category neglect. CG1 08/10/2025, CG2 22/10/2025.

1. UPDATES SINCE CG2
1.1 LB: 4 visits since CG2 (1 unannounced, 06/11). Downstairs much better. Kids'
    room: no bedding on Tayla's bed 06/11 - GS says in the wash. Food in fridge.
    Kai seen alone x2.
1.2 GS: mood "up and down". Sertraline restarted 20/10. Some days in bed till 11 -
    PS has done the school run on those days.
1.3 LO: has seen GS wkly x4. GS low but no thoughts of self-harm. No written
    report recieved.
1.4 RH: Kai 94% since CG2 (was 83%), Tayla 91%. Tayla in same clothes 3 days
    running w/c 03/11. Kai says he makes his own breakfast most days.
1.5 WP: says 4-5 cans most nights, never when he has the kids on his own. Has
    not yet rung Imbleton Recovery.
1.6 SB: Tayla wet at school x3 since CG2. Has had a nurse drop-in.
1.7 DN: 3 of 6 routine sessions done. Bedtime chart up on the fridge.

2. KAI AND TAYLA
Kai (seen alone at school 07/11, LB): "It's better when Nan does mornings cos we
get toast. Mum stays in bed a lot. Wayne is ok but he's grumpy after his cans."
Scored home 5/10 (3/10 at ICPC).
Tayla (seen at home 06/11): showed LB her bed - "it's got no covers cos I wet
it". Likes Nan's house best "cos there's a bath every night".

3. OUTCOMES (from ICPC plan)
 a) Kai and Tayla are up, fed and at school on time every day, washed and in
    clean clothes.
 b) Tayla sleeps in a clean dry bed with bedding, and gets help with her wetting.
 c) Kai no longer has to get himself and Tayla ready in the mornings.
 d) GS to feel better in herself and be less low.

4. SCALING (0 = kids not safe at home, 10 = safe enough to close)
LB 4, GS 6, PS 5, RH 5.

5. CONTINGENCY (unchanged from ICPC)
If GS self-harms, talks about ending her life, or cannot get up to care for the
kids on 2 days running, LB (or EDT) will arrange for Kai + Tayla to stay with PS
at 19 Beck Row that night + hold a strategy disc. the same day. If WP is drunk
in sole charge of the kids he leaves the house that day and LB holds a strategy
disc. the same day. If attendance for either child falls below 90% over the next
6 wks, or WP is found drunk in sole care again, LB will ask TM (Steve Crane) for
a legal planning mtg within 5 working days.

6. DATES
CG every 4 wks, Weds 10am, Imbleton Family Hub: 10/12/2025, 07/01/2026.
RCPC: TBC - conf team to confirm.

7. ACTION LOG (CG3)   C/F = carried fwd from CG2
A1  LB: see K + T at home wkly, min 1 in 3 unannounced, each child alone + check
    bedrooms. Due: wkly to RCPC. Ev: visit recs on LCS incl. photo of T's bed +
    K's own words.
A2  GS: get K + T up, washed, breakfasted + to school for 8.45. Due: every school
    day. Ev: RH's Fri attendance email shows both in by 8.45 on 9 of 10 days.
A3  PS: help w/ school run + breakfast at 19 Beck Row, + have K + T to stay at
    hers. Due: ongoing. Ev: school register; PS texts LB Sat am.
A4  PS: be at the house whenever WP has K + T on his own (GS at her Tues evening
    college course). Due: every Tues 6-9pm. Ev: PS texts LB Weds am; K asked at
    LB's visits who was there.
A5  LO (CPN): continue wkly support sessions w/ GS for low mood + tablets. Due:
    wkly. Ev: attendance recorded on CMHT system.
A6  Dr K Mistry (GP): review GS's sertraline + tell LB how GS is managing, esp.
    mornings + getting K + T to school. Due: by 28/11/2025. Ev: GP letter to LB
    by 28/11.
A7  WP: self-referral to Imbleton Recovery (alcohol) re his drinking. Due: by
    21/11/2025. Ev:
A8  Imbleton Recovery (alcohol service): assess WP + written report to LB on his
    drinking + how it affects his care of K + T. Due: within 2 wks of referral,
    then before each CG. Ev: report on file before each CG.
A9  DN (FSW): 3 remaining routine sessions w/ GS (bedtime, bath, school bags).
    Due: wkly, w/c 17/11, 24/11, 01/12. Ev: improvement in routines.
A10 RH (DSL): check K + T's attendance, lateness, clothes + hunger each morning;
    ring LB same day if absent, hungry or same clothes 2 days. Due: every school
    day. Ev: attendance email to LB each Fri; calls logged on CPOMS.
A11 SB (school nurse): see Tayla re day + night wetting, start a wetting plan,
    refer to enuresis clinic if no better. Due: 1st appt by 21/11/2025, then
    every 2 wks. Ev: wetting diary + plan copy to LB; dry nights counted on diary.
A12 C/F: new mattress protector + 2 sets bedding to be got for Tayla's bed. Due:
    by 21/11/2025. Ev: bed seen made up w/ clean bedding at next SW visit.
A13 All agencies: share any worry re K + T w/ LB same day. Due: same day. Ev:
    each worry logged on LCS.
A14 LB: direct work w/ Kai (3 sessions) on teh worries + who he can tell; Kai's
    own safety card. Due: by 12/12/2025. Ev: Kai's card + drawings on file, shared
    at CG 07/01.
CLOSED (from CG2): SB to book Tayla's hearing test - done 30/10, hearing clear.

Next CG: 10/12/2025, 10am.
Notes: LB 13/11/2025. Sent to all present + GP.
""",
    "findings": [
        F("T002", "help w/ school run + breakfast at 19 Beck Row"),
        F("H001", "continue wkly support sessions w/ GS for low mood"),
        F("M001", "self-referral to Imbleton Recovery (alcohol) re his drinking"),
        F("M002", "3 remaining routine sessions w/ GS (bedtime, bath, school bags)"),
        F("W001", "new mattress protector + 2 sets bedding to be got"),
        F("W002", "share any worry re K + T w/ LB same day"),
        F("F002", "GS to feel better in herself and be less low"),
        F("C003"),
        F("R001"),
    ],
})
