"""Batch 114, module h: seven fictional plans (held-out material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures and timescales are not written beside each
action. Measures sit in a separate "What good looks like" table or a "How we
will know it is working" list keyed to action numbers, in a column group of
their own, or inside the outcomes ("by Christmas ... the school register will
show this"). Timescales are set once for a whole table, stage or section
("All of the actions in this table are to be done within six weeks of this
conference", "Weeks 1 to 4", "Before October half term", a column headed "By
12/01/2026"), or are events ("before Nell goes home", "at each contact"), or
ticks in the week columns of a grid. The children include a non-verbal girl
with cerebral palsy who is fed by gastrostomy, a baby withdrawing from
methadone on a special care baby unit, a 5-year-old with Down's syndrome and
a heart condition, a non-verbal autistic boy, a baby with a cleft palate and
a baby with infantile spasms; their voice is what they show through
eye-gaze, Makaton, symbols, and what is seen of their days.

Four plans are exemplary: a Word initial conference plan with one deadline
for the whole action table and a separate "What good looks like" table; a
landscape PDF pre-discharge plan on a special care baby unit with ticks in
eight week columns; a Markdown plan whose actions sit under school-term
deadlines, with measures in the outcomes and in a numbered "How we will know"
list; and plain-text core group minutes whose action log mixes carried-forward
(CF) and NEW rows under a "BY 12/01/2026 / EACH WEEK / OTHER" column group.
Three carry a realistic mix of faults among mostly good rows: a Word plan in
stages ("Weeks 1 to 4", "Weeks 5 to 8", then "Further work" with no time at
all) whose measures list leaves two actions out; a PDF plan with a "What good
looks like" column group that is built around the mother's needs, with a
contingency that has no real trigger; and Markdown core group minutes with
carried-forward rows, family supervision and no fallback, and no review date.

Counting actions (sample_plans/README.md, convention 1, and "Files",
actions): every live row of an action table and every numbered item of an
action section counts once; the measures sections, outcomes, contingency and
meeting dates are not actions; a one-off action shown as done and closed in
an action log is work already done and is not counted. A time given once for
a table, stage or section, and a measure given under the action's number in
a separate section, are read as that action's own, as a merged stage cell is
in earlier batches; an action that no measures entry covers has no measure,
and one in a stage with no time has no timescale.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, 9-year-old non-verbal girl with cerebral
#    palsy, epilepsy and a gastrostomy; mother's depression and back injury.
#    One deadline for the whole action table, a second table of daily and
#    weekly care, and a separate "What good looks like" table keyed by
#    action number. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_hadderwick_icpc_one_deadline_table_what_good_looks_like_carrick.docx",
    "doc_title": "Child Protection Plan - Evie Carrick",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-docx-cwd-team-details-kv-how-evie-tells-us-things-then-two-action-tables-no-what-who-one-with-a-single-six-week-deadline-in-its-heading-one-for-daily-and-weekly-care-then-separate-what-good-looks-like-table-by-action-number",
    "description": (
        "Exemplary initial conference plan for a 9-year-old girl with cerebral palsy and "
        "epilepsy who is fed by gastrostomy and does not speak, after missed feeds and doses, "
        "missed clinics and a pressure sore; her mother has depression and a back injury. "
        "The action tables have only 'No. / What needs to happen / Who': the first table's "
        "time is set once in its heading (within six weeks of the conference, by 12/12/2025, "
        "unless a row gives its own), the second holds daily and weekly care until the review. "
        "What each action should show is in a separate 'What good looks like' table by action "
        "number, covering all fourteen. Evie's voice is her eye-gaze choices and what school, "
        "nurses and the SW have seen. The GP, adult social care and Talking Therapies (asked "
        "about capacity to change) own actions; the grandmother's nights have a fallback; "
        "legal planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hadderwick Borough Council · Children with Disabilities Team"),
        ("kv", [
            ("Child", "Evie Carrick, born 19/02/2016 (9)"),
            ("Address", "4 Tanner's Walk, Hadderwick HD3 8PL"),
            ("Lives with", "Gemma Carrick (34), mother. Evie's father, Shaun Carrick, lives abroad and has no contact."),
            ("Family nearby", "Pat Hewitt, maternal grandmother, 21 Rope Lane (five minutes' drive)"),
            ("Category", "Neglect"),
            ("Initial conference", "31/10/2025, Hadderwick Civic Centre. Chair: Alison Threlfall (IRO)"),
            ("Social worker", "Nadia Brennan, Children with Disabilities Team (team manager: Craig Odunsi)"),
        ]),
        ("h1", "1. About Evie"),
        ("p", "Evie has quadriplegic cerebral palsy and epilepsy. She cannot sit without support and uses a "
              "wheelchair with a moulded seat. She has all her food, water and medicines through a gastrostomy "
              "tube: four bolus feeds in the day and a pump feed overnight. She takes sodium valproate and "
              "clobazam twice a day, and has buccal midazolam for seizures that last more than five minutes. "
              "She goes to Hadderwick Oaks School, where she is in a class of seven with two teaching "
              "assistants."),
        ("h1", "2. Why we are worried"),
        ("bullets", [
            "Since the summer, school has found the home chart blank on 11 mornings, and on 6 of them Evie "
            "arrived hungry and dry-mouthed. Her weight has dropped from 23.1kg in May to 21.4kg in October.",
            "Evie's valproate level on 02/10/2025 was below range. Gemma said she had been missing the evening "
            "dose when she was too tired.",
            "On 09/10/2025 school found a broken-skin pressure sore on Evie's left hip. Gemma said Evie had "
            "been in her wheelchair most of the weekend because Gemma's back was too painful to lift her.",
            "Evie missed her epilepsy clinic in August and her orthopaedic review in September.",
            "Gemma has depression and is on sertraline. She told the SW she feels she is “failing Evie” and "
            "has not asked for help because she was afraid Evie would be taken away.",
        ]),
        ("h1", "3. What is going well"),
        ("p", "Gemma knows Evie's signs better than anyone and is warm with her; Evie smiles and vocalises as "
              "soon as Gemma talks to her. Gemma has agreed to everything in this plan. Pat already helps "
              "three nights a week and wants to do more."),
        ("h1", "4. How Evie tells us things"),
        ("p", "Evie does not use words. She tells people how she feels with her face, her voice and her eyes: a "
              "wide smile and “ahh” sounds when she is happy, a grimace and crying when she is in pain, and "
              "turning her head away for “no”. At school she uses an eye-gaze board with about forty symbols, "
              "and her communication passport explains her signs."),
        ("bullets", [
            "At school on 21/10/2025, asked by her teacher with the eye-gaze board what she likes at home, Evie "
            "looked at “Mum”, “music” and “bath”. Asked what she does not like, she looked at “chair” and "
            "“sore”.",
            "When the SW visited at 4.15pm on 16/10/2025 Evie was still in her wheelchair in her school "
            "uniform. She cried and arched when Gemma moved her to the floor mat, then settled and smiled "
            "when Gemma sang to her.",
            "The community nurse saw that Evie grimaced every time she was rolled onto her left side, and "
            "relaxed on her right.",
            "Her teaching assistant says Evie is quiet and sleepy on the mornings the home chart is blank, and "
            "bright and vocal after a full breakfast feed.",
        ]),
        ("h1", "5. What we want for Evie"),
        ("numbers", [
            "Evie has every feed, water flush and dose of medicine on time, every day, and her weight is back "
            "to at least 23kg by the review conference.",
            "Evie's skin heals and she has no new pressure sores: she is moved out of her chair and her "
            "position is changed often enough to keep her comfortable.",
            "Evie goes to every health appointment she needs.",
            "Evie is cared for by a mum who has the help she needs to lift her safely and to look after "
            "herself, so that Evie's care does not slip when Gemma is tired or in pain.",
        ]),
        ("h1", "6. The plan"),
        ("p", "The plan is in two tables. What we will see if each action is working is in Part 7, under the "
              "same action numbers."),
        ("h2", "Table 1 – All of the actions in this table are to be done within six weeks of this conference "
               "(by 12/12/2025), unless the row gives its own time"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who is responsible"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["1",
                 "Write a 24-hour care plan for Evie covering every feed, water flush, medicine and change of "
                 "position, with one daily chart used at home and at school",
                 "Claire Ndlovu, community children's nurse (CCN), Hadderwick Children's Community Nursing "
                 "Team"],
                ["2",
                 "Assess the pressure sore on Evie's left hip and write a dressing and turning plan for home "
                 "and school",
                 "Joanne Price, tissue viability nurse, Hadderwick Community Health"],
                ["3",
                 "Assess Evie's wheelchair seating and night-time positioning, and provide a pressure-relieving "
                 "cushion and a sleep system",
                 "Owen Tait, occupational therapist, Hadderwick Children's Therapy Service"],
                ["4",
                 "Rebook Evie's missed epilepsy clinic and orthopaedic review, and go with Gemma and Evie to "
                 "the first of them",
                 "Nadia Brennan, social worker (SW)"],
                ["5",
                 "Review Gemma's sertraline and her back pain, and write to the SW about how her health affects "
                 "her lifting and her care of Evie",
                 "Dr Farah Iqbal, GP, Millgate Surgery"],
                ["6",
                 "Complete a carer's assessment with Gemma and agree the help she will have with lifting and "
                 "personal care",
                 "Marcus Bell, social worker, Hadderwick Adult Social Care (Carers' Team)"],
                ["7",
                 "Set up two overnight short breaks a month for Evie at Larkholme House, the first to take place "
                 "by 12/12/2025",
                 "Nadia Brennan, SW"],
                ["8",
                 "Train Pat to give Evie's gastrostomy feeds and her buccal midazolam, and sign her off as "
                 "competent",
                 "Claire Ndlovu, CCN"],
                ["9",
                 "Twelve weekly sessions of CBT with Gemma from 10/11/2025, with a written report after sessions "
                 "6 and 12 on whether she is able to make and keep the changes Evie needs and how long that is "
                 "likely to take",
                 "Lucy Ferris, high-intensity therapist, Hadderwick Talking Therapies"],
            ],
        }),
        ("h2", "Table 2 – Every day and every week, from 03/11/2025 until the review conference on 22/01/2026"),
        ("table", {
            "header": ["No.", "What needs to happen", "Who is responsible"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["10",
                 "Visit Evie at home every week, at least one visit in three unannounced; see her out of her "
                 "chair and use her eye-gaze board to ask her about home",
                 "Nadia Brennan, SW"],
                ["11",
                 "Give Evie every feed, flush and medicine on time and fill in the daily chart; move her out of "
                 "her chair after school and change her position at least every three hours while she is awake",
                 "Gemma Carrick (Mum)"],
                ["12",
                 "Put Evie to bed, set up her overnight pump feed and turn her at midnight every Monday, "
                 "Wednesday and Friday night",
                 "Pat Hewitt (maternal grandmother)"],
                ["13",
                 "Check Evie's skin and the home chart when she arrives each school day, and ring the SW the "
                 "same day if a feed or dose has been missed or there is a new mark",
                 "Mrs Helen Akinola, designated safeguarding lead (DSL), Hadderwick Oaks School"],
                ["14",
                 "Visit every Thursday to check Evie's feed pump, her gastrostomy site and her weight",
                 "Claire Ndlovu, CCN"],
            ],
        }),
        ("h1", "7. What good looks like"),
        ("table", {
            "header": ["Action", "What we will see if it is working"],
            "widths": [2.0, 15.0],
            "rows": [
                ["1", "The signed 24-hour care plan and the new daily chart in Evie's bag and on the kitchen wall; a "
                      "copy on the SW's file by 12/12/2025"],
                ["2", "The wound is measured at each dressing change and is smaller each week; the turning plan is "
                      "on file and school and Gemma both have a copy"],
                ["3", "The new cushion and sleep system are delivered and set up; the OT's written report is sent "
                      "to the SW"],
                ["4", "Both appointments booked and attended; the clinic letters are sent to the SW and the GP"],
                ["5", "The GP's letter is on the SW's file and says what Gemma can safely lift"],
                ["6", "The written carer's assessment and support plan are shared with the SW, with the start date "
                      "of the help agreed"],
                ["7", "The Larkholme House booking letter is on file and the first stay has taken place; the "
                      "unit's stay notes are sent to the SW"],
                ["8", "Pat's signed competency record for feeds and for buccal midazolam is on Evie's nursing file"],
                ["9", "Attendance at every session; the session 6 and session 12 reports are sent to the SW and the "
                      "core group"],
                ["10", "Visit records show Evie seen every week, out of her chair, with what she chose on her board "
                       "written down"],
                ["11", "The daily chart is complete on every day that the SW, CCN and school check it, and Evie's "
                       "weight rises at each weekly weigh"],
                ["12", "Pat initials the overnight section of the chart on her three nights; Claire checks it each "
                       "Thursday"],
                ["13", "School's morning checks are recorded on CPOMS every school day; every same-day call to the "
                       "SW is logged"],
                ["14", "Weights and pump checks written in the nursing record each Thursday and emailed to the SW"],
            ],
        }),
        ("h1", "8. If things go wrong"),
        ("bullets", [
            "If Evie misses a dose of her epilepsy medicine, misses two feeds in one day, has a new pressure mark, "
            "or is found to have been left in her chair for more than three hours: whoever finds it rings Nadia "
            "the same day, Claire visits within 24 hours, and Nadia holds a strategy discussion the same day if "
            "Evie has had a seizure without her rescue medicine or has a new sore.",
            "If Gemma is too unwell or in too much pain to care for Evie safely, Evie will stay at Larkholme "
            "House on the emergency bed that Craig Odunsi has agreed to keep for her, from that day until Gemma "
            "is able to care for her again.",
            "If Pat cannot do her three nights (she is ill, away or cannot manage), Claire will arrange the "
            "Hadderwick Night Care service for those nights; if no night carer is available, Evie will spend "
            "that night at Larkholme House.",
            "If by the review conference the chart still shows a missed dose or feed in more than one week in "
            "four, or Talking Therapies report that Gemma cannot make the changes within Evie's timescale, "
            "Nadia will request a legal planning meeting within five working days.",
        ]),
        ("h1", "9. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 2pm at Hadderwick Oaks School: 13/11/2025, 11/12/2025 and "
            "08/01/2026.",
            "Review child protection conference: 22/01/2026, 10am, Hadderwick Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-discharge initial conference plan for a baby on a special care
#    baby unit with neonatal abstinence syndrome; mother on methadone.
#    Landscape week grid: ticks in eight week columns, events in the
#    action text ("before Nell goes home"). Exemplary (pdf)
# ---------------------------------------------------------------------------
T = "\u2713"  # tick mark in a week column

PLANS.append({
    "name": "b114_halmsford_scbu_eight_week_tick_grid_rennie.pdf",
    "doc_title": "Child Protection Plan - Baby Nell Rennie",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "font_size": 9.5,
    "template": "pre-discharge-icpc-plan-word-printed-to-pdf-landscape-page-header-footer-details-nells-days-on-the-unit-outcomes-then-week-grid-table-no-action-lead-eight-week-columns-with-ticks-what-we-will-see-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a baby born at 34 weeks, withdrawing from "
        "methadone on a special care baby unit, whose mother is on a methadone script and lost "
        "the care of her first child. A landscape Word plan printed to PDF with header and "
        "footer: the timescale is a grid of eight week columns with ticks (weekly visits "
        "ticked every week, ward teaching in the weeks before discharge, outreach visits in "
        "the first two weeks home), with events in some action texts (before Nell goes home, "
        "her 6-week check). Every row has a lead and a 'What we will see'. Nell's voice is "
        "what nurses and the SW saw of her withdrawal, feeds and settling. The drug service "
        "reports on stability, the grandmother's nights have a fallback, legal planning "
        "follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Halmsford City Council – Children's Social Care",
    "footer": "Nell Rennie – Child protection plan (ICPC 20/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Baby Nell Rennie"),
        ("kv", [
            ("Baby", "Nell Rennie, born 06/10/2025 at 34 weeks and 2 days, Halmsford Royal Infirmary"),
            ("Where Nell is now", "Special Care Baby Unit (SCBU), Halmsford Royal Infirmary; discharge planned for "
                                  "the end of week 3 (about 07/11/2025)"),
            ("Mother", "Kayleigh Rennie (26), 14 Wren Close, Halmsford HF6 2QD"),
            ("Father", "Not named on the birth registration; Kayleigh says he has no part in Nell's life"),
            ("Maternal grandmother", "Linda Rennie, 3 Bittern Road, Halmsford"),
            ("Category", "Neglect (risk of)"),
            ("Conference", "Initial child protection conference, 20/10/2025, held in the SCBU parents' room. "
                           "Chair: Paul Makinde (IRO)"),
            ("Social worker", "Tanya Boateng, Hospital and Early Years Safeguarding Team"),
        ]),
        ("h1", "Why Nell has a plan"),
        ("p", "Kayleigh used heroin for six years and has been on a methadone script (now 60ml a day) since "
              "2023. Her son Mason, now 5, lives with his father's parents under a special guardianship order "
              "made in 2022 after he was found alone in the flat while Kayleigh was asleep after using. Kayleigh "
              "has kept her script and her key-work throughout this pregnancy, and her screens since March have "
              "been negative for everything except methadone. She lives alone and has said she will need help "
              "at night."),
        ("h1", "Nell's days on the unit"),
        ("p", "In her first week Nell had the high-pitched cry, sneezing, loose stools and poor suck of babies "
              "withdrawing from methadone, with withdrawal scores up to 12. She was started on oral morphine on "
              "day 3 and is being weaned. She is fed by nasogastric tube and is learning to take a bottle; on "
              "19/10/2025 she took 30ml of her 45ml feed by bottle."),
        ("p", "Nurses see Nell calm fastest when she is swaddled and held skin-to-skin in a dim, quiet room. On "
              "16/10/2025 the SW watched Kayleigh spot Nell rooting and turning her head, feed her before she "
              "cried, and rock her to sleep on her chest. Kayleigh has visited on 9 of Nell's 14 days; on the days "
              "she did not come, Nell was more unsettled in the evening. Linda has visited twice and held Nell for "
              "her 6pm feed."),
        ("h1", "What we want for Nell"),
        ("numbers", [
            "Nell finishes her withdrawal safely and goes home feeding well from a bottle.",
            "At home, Nell is fed, changed and settled by a sober adult at every feed, day and night, and keeps "
            "growing along her centile.",
            "Nell sleeps on her back in her own cot at every sleep, and methadone is never within her reach.",
            "Nell goes to every health check and appointment she needs.",
        ]),
        ("h1", "The plan, week by week"),
        ("p", "Week 1 begins on Monday 20/10/2025. A tick means the action happens in that week; “before Nell "
              "goes home” means before she leaves SCBU. Actions ticked in week 8 carry on each week until the "
              "review conference on 15/01/2026, and the core group on 22/12/2025 will add the January weeks to "
              "the grid."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "Wk 1\n20/10", "Wk 2\n27/10", "Wk 3\n03/11", "Wk 4\n10/11",
                       "Wk 5\n17/11", "Wk 6\n24/11", "Wk 7\n01/12", "Wk 8\n08/12", "What we will see"],
            "widths": [1.0, 5.3, 3.0, 1.35, 1.35, 1.35, 1.35, 1.35, 1.35, 1.35, 1.35, 5.6],
            "rows": [
                ["1",
                 "Visit Nell on the unit and then at home, and see Kayleigh feed, change and settle her",
                 "Tanya Boateng, social worker (SW)",
                 T, T, T, T, T, T, T, T,
                 "Visit notes show a visit in every ticked week, with a feed or a nappy change seen at each one"],
                ["2",
                 "Record every visit Kayleigh makes to the unit, how long she stays and which feeds and cares "
                 "she gives",
                 "Sister Jo Mercer, SCBU",
                 T, T, T, "", "", "", "", "",
                 "Parent visiting record copied to the SW each Friday; Kayleigh there for at least one feed on "
                 "most days"],
                ["3",
                 "Score Nell's withdrawal every four hours, wean her oral morphine, and agree her discharge date "
                 "with the SW",
                 "Dr Samuel Achebe, consultant neonatologist",
                 T, T, T, "", "", "", "", "",
                 "Morphine stopped and scores under 8 for 72 hours before discharge; the date agreed in writing"],
                ["4",
                 "Teach Kayleigh and Linda to make up feeds, bottle-feed Nell and put her down to sleep safely, "
                 "and sign each of them off before Nell goes home",
                 "Sister Jo Mercer, SCBU",
                 T, T, T, "", "", "", "", "",
                 "Signed competency sheets for Kayleigh and Linda on Nell's file before discharge"],
                ["5",
                 "Check 14 Wren Close before Nell goes home: a cot, a smoke alarm and a locked box for the "
                 "methadone",
                 "Tanya Boateng, SW, with Amy Coles, health visitor (HV)",
                 "", T, "", "", "", "", "", "",
                 "Home check form signed, with photos of the cot and the locked box, on file before discharge"],
                ["6",
                 "Supervise Kayleigh's daily methadone dose, key-work every week and screen every two weeks, and "
                 "write to each core group on whether she is stable enough to care for Nell and how likely that "
                 "is to last",
                 "Sam Fielding, recovery worker, Halmsford Drug and Alcohol Service",
                 T, T, T, T, T, T, T, T,
                 "Pharmacy record with no missed days; every screen negative for heroin, cocaine and "
                 "benzodiazepines; report on the SW's file before each core group"],
                ["7",
                 "Stay at 14 Wren Close every night and get up with Kayleigh for Nell's night feeds",
                 "Linda Rennie (maternal grandmother)",
                 "", "", T, T, T, T, T, T,
                 "Linda signs the night-feed sheet each morning; the SW and HV see the sheet at every visit"],
                ["8",
                 "Visit Nell at home twice a week for her first two weeks home, to weigh her and check her feeds "
                 "and any signs of withdrawal",
                 "Bev Hollis, neonatal outreach nurse",
                 "", "", "", T, T, "", "", "",
                 "Weights plotted in the red book at each visit; outreach discharge letter sent to the HV and SW"],
                ["9",
                 "New birth visit, then a weekly home visit to weigh Nell, check where she sleeps and ask "
                 "Kayleigh how she is coping at night",
                 "Amy Coles, HV",
                 "", "", "", T, T, T, T, T,
                 "Weights on or above Nell's centile line in the red book; safe sleep checked and recorded at "
                 "every visit"],
                ["10",
                 "Register Nell with the practice and do her 6-week check; tell the SW the same day if an "
                 "appointment is missed",
                 "Dr Imran Sadiq, GP, Wren Valley Practice",
                 "", "", "", T, "", "", T, "",
                 "Registration confirmed to the SW; the 6-week check recorded in the red book"],
                ["11",
                 "Go with Nell to the Halmsford Parent and Baby group at the Family Hub every Thursday",
                 "Kayleigh Rennie (Mum)",
                 "", "", "", "", T, T, T, T,
                 "The group register shows Kayleigh and Nell at four of the four sessions; the group worker "
                 "emails the SW"],
                ["12",
                 "Complete a parenting assessment of Kayleigh, on the unit and at home, and share the written "
                 "report with Kayleigh and the core group",
                 "Tanya Boateng, SW",
                 T, T, T, T, T, T, T, T,
                 "Written assessment shared with Kayleigh and the core group by 12/12/2025"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kayleigh misses a day of her methadone, has a screen positive for heroin, cocaine or "
            "benzodiazepines, or is seen drowsy or under the influence while caring for Nell: before discharge, "
            "Nell stays on SCBU and Kayleigh's time with her is supervised by the nurses; after discharge, Tanya "
            "holds a strategy discussion the same day and Nell is cared for by Linda, with Kayleigh not left "
            "alone with her until the discussion has taken place.",
            "If Linda cannot stay at Wren Close (she is ill or cannot manage the nights): before discharge, "
            "Nell's discharge waits until another safe adult is agreed; after discharge, Kayleigh and Nell move "
            "to a Halmsford parent and baby foster placement the same day, and if Kayleigh does not agree, Nell "
            "is placed with Halmsford foster carers and Tanya requests an urgent legal planning meeting.",
            "If Nell loses weight at two weighs in a row or misses two health appointments, the HV rings Tanya "
            "the same day and Tanya visits that day.",
            "If by the review conference Kayleigh has had a positive screen, or the parenting assessment finds "
            "she cannot meet Nell's needs, Tanya will request a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: first on 31/10/2025 in the SCBU parents' room, then every four weeks at Halmsford "
            "Family Hub: 28/11/2025 and 22/12/2025.",
            "Review child protection conference: 15/01/2026, 1.30pm, Halmsford Family Hub.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, three children, neglect and domestic abuse.
#    Actions grouped under school-term deadlines; measures in the outcomes
#    and in a numbered "How we will know" list by action number.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_harrowgill_icpc_term_deadlines_measures_in_outcomes_baxendale.md",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-md-details-bullets-why-what-the-children-told-us-then-outcomes-with-measures-inside-them-then-numbered-actions-under-h3-school-term-deadlines-half-term-end-of-term-every-week-bold-owner-first-then-separate-how-we-will-know-list-by-action-number",
    "description": (
        "Exemplary initial conference plan for an 8-year-old, a 6-year-old and a 2-year-old: "
        "poor school attendance, untreated tooth decay and a mother's abusive ex-partner who "
        "keeps coming back. The outcomes carry their own measures ('by Christmas ... the school "
        "register will show this'); the actions are numbered sentences with a bold owner, "
        "grouped under three time headings (before October half term with its date, by the end "
        "of the autumn term with its date, every week until the review), and a separate 'How we "
        "will know it is working' list gives a measure for every action number. The children's "
        "own words and what was seen of the toddler; the aunt and nan's parts have fallbacks; "
        "police and the IDVA own actions; legal planning follows named triggers; core group and "
        "review dates are set."
    ),
    "text": """\
# Child Protection Plan: Maya, Leo and Ruby Baxendale

- **Children:** Maya Baxendale (8), born 12/03/2017; Leo Baxendale (6), born 30/08/2019; Ruby Baxendale (2),
  born 04/06/2023
- **Address:** 7 Sorrel Street, Harrowgill HG2 5TN
- **Mother:** Shannon Baxendale (29)
- **Fathers:** Paul Baxendale (Maya and Leo's father) lives in Ormbridge and sees them one Saturday a month.
  Craig Dunn (Ruby's father) is subject to a non-molestation order made on 29/09/2025 and must not come to the
  house.
- **Family who help:** Donna Baxendale (maternal aunt), Sheila Baxendale (maternal nan)
- **Category:** Neglect and emotional abuse
- **Initial conference:** Monday 06/10/2025, Harrowgill Town Hall. Chair: Robert Amis (IRO)
- **Social worker:** Mel Osei, Harrowgill Children's Services (team manager: Joanna Kitt)

## Why the children have a plan

Maya's attendance last year was 71% and Leo's 76%; both are often late and have come to school with head lice
for weeks at a time. Leo has had toothache since the summer and has not been to a dentist. Ruby is 2 and has
about six words. Craig has hit Shannon in front of the children at least twice this year, the last time on
20/09/2025, when Maya rang 999. He has come to the house twice since then. Shannon loves the children, has
agreed to the plan and says she wants Craig to stay away.

## What the children told us and what we saw

- **Maya** (seen on her own at school, 01/10/2025): "I rang the police because Craig was hurting Mum. I don't
  want him to come back. I'm late because I do Ruby's breakfast and Mum is still asleep." She would like to go
  to the after-school art club "like my friend Isla".
- **Leo** (seen on his own at school, 01/10/2025): "My tooth hurts when I eat crisps. I hide under my bed when
  there's shouting." He drew his house with a big black cloud over the front door.
- **Ruby** was seen at home on 29/09/2025 and 03/10/2025. She followed Maya everywhere, pulled Maya's hand
  rather than Shannon's when she wanted something, and pointed and said "juice" and "Maya". She flinched and
  went still when a door slammed.

## What needs to be different, and how we will see it

1. **Maya and Leo get to school every day, on time, clean and ready to learn.** By Christmas both will be at
   school every day they are well and late no more than once a half term - the school register for the second
   half of the autumn term will show 95% or more for each of them.
2. **Leo's teeth stop hurting.** By the end of the autumn term his bad teeth will have been treated and he will
   be eating without pain - the dental clinic's letter and what Leo tells Mel will show this.
3. **Ruby's talking comes on.** By the review conference Ruby will use at least 20 words - her nursery's
   language tracker will show this.
4. **The children live without violence and without fear of Craig.** From now on Craig does not come to the
   house or contact the children - the police log and what the children tell Mel will show no visits, and Maya
   and Leo will tell Mel they feel safe at home.
5. **Maya is a child in her family, not Ruby's carer.** By Christmas Maya no longer does Ruby's breakfast or
   gets her dressed - Maya's own words at Mel's visits and the breakfast club register will show this.

## What will happen

Each action has a number and names who will do it. The time for each action is the heading it sits under.
What we will see for each action is under *How we will know it is working*, with the same number.

### Before October half term (by Friday 24/10/2025)

1. **Mel Osei (SW)** will sit down with Shannon and agree a morning routine chart and a school-bag checklist for
   Maya and Leo, and put them up in the kitchen.
2. **Rebecca Hale (school nurse, Harrowgill Community Health)** will treat all three children's head lice at
   home with Shannon and show her how to check their hair with a nit comb each week.
3. **Shannon** will take Leo to his dental assessment at Harrowgill Community Dental Clinic, booked for
   14/10/2025.
4. **PC Dan Whitaker (Harrowgill Police, Domestic Abuse Safeguarding Unit)** will put an urgent-response marker
   on 7 Sorrel Street and make sure the non-molestation order is on police systems.
5. **Jess Kaur (IDVA, Harrowgill Domestic Abuse Service)** will complete a risk assessment and a written safety
   plan with Shannon, including what the children should do if Craig comes to the door.

### By the end of the autumn term (Friday 19/12/2025)

6. **Shannon** will take Leo for the treatment the dentist sets out, including any extractions under general
   anaesthetic at Harrowgill General Hospital.
7. **Shannon** will go to the ten Monday morning sessions of the Harrowgill Safe Relationships group for women
   who have lived with domestic abuse, at Sorrel Street Family Hub from 13/10/2025, while Ruby is in the crèche.
8. **Chloe Parfitt (speech and language therapist, Harrowgill Children's Therapy)** will assess Ruby at nursery
   and set three language targets for home and nursery.
9. **Mel Osei (SW)** will do three direct work sessions with Maya and three with Leo, on their own, about what
   has happened at home and who they can go to.

### Every week until the review conference (Thursday 08/01/2026)

10. **Mel Osei (SW)** will visit every week, at least one visit in three unannounced, and see each child,
    Maya and Leo on their own.
11. **Mrs Gemma Lord (DSL, St Aidan's Primary)** will ring Shannon by 9.30am on any day Maya or Leo are not in
    school, tell Mel the same day, and give Maya a weekly check-in with her learning mentor.
12. **Donna Baxendale (maternal aunt)** will take Maya and Leo to breakfast club every Tuesday and Thursday
    morning.
13. **Sheila Baxendale (maternal nan)** will have Ruby at her house every Wednesday from 9am to 3pm.
14. **Tasha Grant (key worker, Little Owls Nursery)** will practise Ruby's language targets with her at every
    Monday and Friday session.

## How we will know it is working

1. The routine chart and checklist are on the kitchen wall, and Mel sees them used at her unannounced
   morning visits.
2. No head lice found at the school nurse's recheck, or by the school, before half term.
3. The dental clinic's letter confirming the assessment and the treatment plan is on Mel's file.
4. PC Whitaker emails Mel to confirm the marker and the order are on the system.
5. The risk assessment and the signed safety plan are on file; Maya and Leo can tell Mel what they would do.
6. The clinic letter confirms treatment has finished, and Leo tells Mel his teeth don't hurt.
7. The Safe Relationships group register shows Shannon at eight or more of the ten sessions.
8. Chloe's assessment report and Ruby's three targets are shared with Shannon, the nursery and Mel.
9. Mel's direct work records, with the children's drawings and words, are on file after each session.
10. Visit records show every child seen every week, with Maya's and Leo's words written down.
11. School's call log and Maya's check-in notes are sent to Mel every Friday.
12. The breakfast club register shows Maya and Leo in on every Tuesday and Thursday.
13. Sheila texts Mel each Wednesday evening, and Ruby's nursery bag diary shows the days at Nan's.
14. Ruby's word count on the nursery tracker goes up at each fortnightly check.

## If things go wrong

- **If Craig comes to the house or contacts Shannon or the children:** Shannon rings 999, the police respond
  under the urgent marker, and Mel holds a strategy discussion the same day. If Shannon lets Craig in or
  arranges to see him with the children there, the children will stay with Sheila that night.
- **If Maya or Leo miss two days in one week without a good reason:** Mel visits that day.
- **If Donna cannot do a breakfast club morning:** Amy Pratt, the school's family support worker, will collect
  Maya and Leo from home at 8am. **If Sheila cannot have Ruby on a Wednesday:** Little Owls Nursery has agreed
  to give Ruby an extra session that day.
- **If Craig comes to the house again, or if the children's attendance is below 90% at Christmas:** Mel will
  request a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Fridays at 9.30am at Sorrel Street Family Hub: 17/10/2025, 14/11/2025 and
  12/12/2025.
- Review child protection conference: Thursday 08/01/2026, 10am, Harrowgill Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group 2 minutes, 5-year-old with Down's syndrome and a repaired
#    heart defect; mother's bipolar disorder. Plain text; the action log
#    mixes CF and NEW rows (one DONE row closed) under a column group
#    "BY 12/01/2026 / EACH WEEK / OTHER - SAY WHEN" with X marks; measures
#    in a separate list by ref. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_hunsterby_core_group_minutes_cf_new_x_columns_gillan.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-plain-text-cwd-service-numbered-items-alfies-voice-makaton-agency-updates-outcomes-then-fixed-width-action-log-ref-cf-new-done-action-who-x-marks-under-by-12-01-2026-each-week-other-say-when-then-how-we-will-know-by-ref-contingency-dates",
    "description": (
        "Exemplary minutes of the second core group for a 5-year-old with Down's syndrome, a "
        "repaired heart defect, hearing aids and Makaton signs, after missed cardiology clinics "
        "and heart medicines; his mother has bipolar disorder and was in hospital in the summer. "
        "Plain-text minutes from a children with disabilities service: the action log mixes "
        "carried-forward (CF) and NEW rows, with one DONE row closed, and gives each row's time "
        "as an X under 'BY 12/01/2026' or 'EACH WEEK' or in an 'OTHER - SAY WHEN' column; the "
        "measures are in a separate list by row number. Alfie's signs and what was seen of him; "
        "the CMHT care co-ordinator reports on change and the GP on lithium; the grandmother's "
        "mornings have a fallback; legal planning follows named triggers; meeting dates set."
    ),
    "text": """\
HUNSTERBY METROPOLITAN BOROUGH COUNCIL
CHILDREN WITH DISABILITIES SERVICE

CORE GROUP MEETING - MINUTES
==============================================================================
Child ............ Alfie GILLAN, DOB 02/03/2020 (5)
Address .......... 31 Larch Crescent, Hunsterby HN4 7RW
Parents .......... Claire Gillan (34) and Rob Gillan (38)
Family help ...... Jean Gillan, paternal grandmother, 8 Larch Crescent
Plan ............. Child protection plan (neglect) from the initial conference
                   on 10/11/2025
Meeting .......... Core group 2, Monday 15/12/2025, 1.30pm, Hunsterby Meadow
                   Primary School
Chair / minutes .. Lauren Pike, social worker (CWD Team)
Present .......... Claire and Rob Gillan; Lauren Pike (SW); Nicola Shaw (cardiac
                   liaison nurse); Joel Adeyemi (CMHT care co-ordinator); Mrs
                   Karen Doyle (DSL); Lily Brennan (speech and language therapy)
Apologies ........ Dr Ellen Marsh (GP) - written update sent; Sana Mirza
                   (audiology) - written update sent
==============================================================================

1. ALFIE - WHAT HE HAS SHOWN US
------------------------------------------------------------------------------
Alfie has Down's syndrome. He had his heart defect (AVSD) repaired when he was
7 months old and takes two heart medicines twice a day. He has a moderate
hearing loss and wears two hearing aids. He uses about 40 Makaton signs and
a few single words.

- At school on 11/12/2025, with his teaching assistant, Alfie signed "Daddy",
  "car" and "hospital" and then "sad". Shown photos of the people at home, he
  pointed to Nana Jean when asked who gets him up, and smiled.
- At the SW's visit on 09/12/2025 Alfie was wearing both hearing aids. He
  turned when his name was called from the hall, which he did not do in
  November. He signed "more" and "biscuit" and brought Lauren his Makaton
  book to show her the sign for "Christmas tree".
- Nicola weighed him at home on 10/12/2025: 16.2kg, up from 15.6kg at the
  initial conference. He was pink and not breathless after climbing the stairs.

2. UPDATES FROM EACH AGENCY
------------------------------------------------------------------------------
Rob and Claire: the medicine chart has been ticked at every dose since
24/11/2025; they keep the chart and the bottles together on the fridge.
Claire said her mornings are still hard because the lithium makes her slow
to wake, so Jean's early-shift mornings are "the thing that makes it work".

Joel (CMHT): Claire has been home from hospital since 12/09/2025 and has kept
every fortnightly visit. Her mood has been steady for three months. His
written report to this meeting says Claire recognises her early warning signs
and has used her crisis plan once (poor sleep in November), and that he
expects to be able to give a view on whether the changes are lasting by the
review conference.

Nicola (cardiac liaison): medicines given as prescribed at every check of the
chart since 24/11/2025. Alfie's missed cardiology appointment has been
rebooked for 06/01/2026.

Mrs Doyle: Alfie's attendance this half term is 97%. His hearing aids were in
on 24 of 27 mornings. On the three mornings they were not, Rob brought them in
by 10am.

Dr Marsh (written): Claire's lithium level on 08/12/2025 was in range.

Sana Mirza (written): new ear moulds are made and will be fitted on
05/01/2026.

3. WHAT WE WANT FOR ALFIE (FROM THE PLAN)
------------------------------------------------------------------------------
a) Alfie has every dose of his heart medicines on time and goes to every
   cardiology appointment, so that his heart stays well and he keeps growing.
b) Alfie wears working hearing aids every day, so that he can hear and learn
   at home and at school.
c) Alfie is understood at home: the adults who care for him know and use his
   Makaton signs.
d) Alfie has a safe adult caring for him every morning and evening, including
   when his mum is unwell.

4. ACTION LOG
------------------------------------------------------------------------------
CF = carried forward from core group 1 (21/11/2025). NEW = agreed today.
DONE = finished; closed today. An X shows when the action is due: by the next
core group on 12/01/2026, or every week. Other times are written in the last
column.

REF     ACTION                               WHO                   BY 12/01/2026 EACH WEEK OTHER - SAY WHEN
------- ------------------------------------ --------------------- ------------- --------- -------------------
1 CF    Visit Alfie at home, see him on his  Lauren Pike, SW (CWD                    X
        own and ask him about home with      Team)
        Makaton and his photo cards

2 CF    Give Alfie his furosemide and        Rob and Claire Gillan                         8am and 6pm every
        spironolactone at 8am and 6pm and    (parents)                                     day
        tick the medicine chart

3 CF    Weigh Alfie at home, check his       Nicola Shaw, cardiac                    X     Wednesdays
        breathing and colour, and check the  liaison nurse,
        medicine chart against the bottles   Hunsterby Children's
                                             Hospital

4 CF    Fit Alfie's new ear moulds, and show Sana Mirza,                 X
        Rob, Claire, Jean and school how to  paediatric
        check his hearing aids               audiologist

5 DONE  Rebook Alfie's missed cardiology     Lauren Pike, SW
        appointment - done 26/11/2025,
        booked for 06/01/2026. CLOSED

6 NEW   Take Alfie to the cardiology clinic  Rob Gillan (Dad)            X
        at Hunsterby Children's Hospital on
        06/01/2026 and bring the clinic
        letter to the SW

7 CF    See Claire at home, check her mood,  Joel Adeyemi, care                            Fortnightly; report
        sleep and early warning signs, and   co-ordinator,                                 2 working days
        report to each core group on whether Hunsterby CMHT                                before each core
        she is making and keeping the                                                      group
        changes Alfie needs and how long
        that is likely to take

8 CF    Check Claire's lithium level and     Dr Ellen Marsh, GP,                           Every 4 weeks; next
        kidney function and send the results Crossgate Medical                             05/01/2026
        to Joel and the SW                   Practice

9 CF    Check that Alfie's hearing aids are  Mrs Karen Doyle, DSL,                         Each school day
        in and working when he arrives, note Hunsterby Meadow
        how he presents, and ring the SW the Primary
        same day if he is absent or unwell
        without a reason

10 NEW  Ask the short breaks panel for a     Lauren Pike, SW             X
        Link family to have Alfie for one
        day a month

11 NEW  Teach Rob, Claire and Jean the ten   Lily Brennan, speech                    X     Four Monday
        Makaton signs Alfie uses most at     and language                                  sessions from
        school                               therapist                                     05/01/2026

12 CF   Get Alfie up, give him his 8am       Jean Gillan (paternal                         Each of Rob's
        medicines and take him to school     grandmother)                                  early-shift days
                                                                                           (rota sent to the
                                                                                           SW monthly)

5. HOW WE WILL KNOW IT IS WORKING (BY REF)
------------------------------------------------------------------------------
1   Visit notes show Alfie seen every week, seen on his own, with the signs he
    used written down.
2   The chart is ticked for every dose; Nicola and Lauren check it against the
    bottles at their visits.
3   Nicola's weights and chart checks are emailed to Lauren each Wednesday;
    Alfie's weight keeps rising.
4   Moulds fitted and the hearing aids checked by audiology; school records
    the aids in and working on at least 9 mornings in 10.
6   The clinic letter from 06/01/2026 is on Lauren's file.
7   Joel's written report is on file before each core group, with his view on
    whether Claire's changes are lasting and the likely timescale.
8   Results letter to Joel and Lauren within a week of each test.
9   School's morning record emailed to Lauren every Friday; any same-day call
    logged on CPOMS.
10  The panel's decision letter is on file by 12/01/2026.
11  Session notes sent to Lauren; at the fourth session Rob, Claire and Jean
    each show Lily the ten signs.
12  Jean initials the 8am box on the medicine chart on her days; Lauren checks
    it against Rob's rota each month.

6. IF THINGS GO WRONG
------------------------------------------------------------------------------
- If two doses of Alfie's heart medicine are missed in a week, he loses
  weight at two weighs in a row, or he misses a cardiology appointment:
  Nicola or school rings Lauren the same day, Lauren visits that day, and she
  holds a strategy discussion the same day if Alfie is breathless or unwell.
- If Claire shows her early warning signs (two nights without sleep, racing
  thoughts, spending): Rob or Jean rings Joel the same day and Claire's crisis
  plan starts; Rob or Jean cares for Alfie and Claire is not left alone with
  him until Joel has seen her.
- If Jean cannot do an early-shift morning (she is ill or away), Rob will
  swap his shift; if he cannot, the Hunsterby CWD short breaks team will send
  a support worker for that morning. If no safe adult can care for Alfie,
  Lauren will arrange a CWD foster carer for him the same day.
- If by the review conference Alfie has missed another cardiology
  appointment, or Joel reports that Claire's changes are not lasting, Lauren
  will request a legal planning meeting within five working days.

7. DATES
------------------------------------------------------------------------------
Core group 3 ......... Monday 12/01/2026, 1.30pm, Hunsterby Meadow Primary
Core group after that  every four weeks: 09/02/2026 and 09/03/2026
Review conference .... Friday 06/02/2026, 10am, Hunsterby Civic Hall
==============================================================================
Minutes sent 16/12/2025 by Lauren Pike. Corrections within five working days.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, non-verbal autistic 12-year-old, grip marks
#    and a locked bedroom door. Actions in stage tables ("Weeks 1 to 4",
#    "Weeks 5 to 8", "Further work" with no time, "Every week until the
#    review"); measures in a numbered "How we will know it is working" list
#    that leaves two actions out. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_helvercote_icpc_stage_tables_measures_list_halliwell.docx",
    "doc_title": "Child Protection Plan - Reuben Halliwell",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-docx-cwd-details-kv-worries-how-reuben-communicates-outcomes-then-stage-tables-no-action-lead-weeks-1-to-4-weeks-5-to-8-further-work-every-week-time-in-stage-heading-then-how-we-will-know-it-is-working-numbered-paragraphs-by-action",
    "description": (
        "Initial conference plan for a 12-year-old autistic boy who does not speak, after grip "
        "marks on his arms and his bedroom door being locked from outside. The actions are in "
        "stage tables with only 'No. / Action / Lead', the time given once in each stage "
        "heading; a separate 'How we will know it is working' list gives measures by action "
        "number. Most rows are sound. Faults: the 'Further work' stage has no time at all (the "
        "parents' autism programme and the early EHCP review); the OT's sensory assessment and "
        "the family support worker's Friday calls are left out of the measures list; the "
        "safe-handling teaching is measured only by handling 'improving'; the Saturday outings "
        "are owned by 'Family network'; one outcome is only about the parents."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Helvercote County Council – Disabled Children's Service"),
        ("kv", [
            ("Child", "Reuben Halliwell, born 14/05/2013 (12)"),
            ("Home", "22 Quarry Bank, Helvercote HV7 3DS, with his parents and his sister Lily (8)"),
            ("Parents", "Martin Halliwell (44) and Joanne Halliwell (41)"),
            ("School", "Helvercote Brook School (special school), Year 8"),
            ("Category", "Physical abuse"),
            ("Initial conference", "27/10/2025. Chair: Sandra Pellow (IRO)"),
            ("Social worker", "Sam Ibbotson, Disabled Children's Team"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "On 14/10/2025 school staff found four oval bruises on each of Reuben's upper arms. Martin said he "
              "had held Reuben to stop him banging his head during a meltdown in the car. At the home visit on "
              "16/10/2025 there was a bolt on the outside of Reuben's bedroom door. Martin and Joanne said they "
              "lock it at night and sometimes in the day when Reuben is distressed, “so he can't hurt himself or "
              "Lily”. On 18/10/2025 Lily told her teacher Reuben had been “locked in all afternoon and wet "
              "himself”. Reuben's overnight short breaks stopped in April when the unit closed, and the family "
              "have had no break since. Joanne has anxiety and takes sertraline; she says she has not slept "
              "properly for months."),
        ("h1", "What is going well"),
        ("p", "Martin and Joanne are devoted to Reuben and know his routines in detail. They have been open "
              "about the lock and the holding and want to learn safer ways. Reuben is settled and happy at "
              "school, and his attendance is 98%."),
        ("h1", "How Reuben communicates and what he has shown us"),
        ("p", "Reuben does not use speech. He uses picture exchange (PECS) cards and a symbol app on his iPad, "
              "and leads adults by the hand to what he wants. He hums and flaps his hands when he is happy and "
              "bites his wrist and bangs his head when he is overwhelmed."),
        ("bullets", [
            "On 15/10/2025, when his teacher asked with his symbols how he felt, Reuben handed her the “hurt” "
            "card and touched his arm.",
            "At the home visit on 16/10/2025 Reuben took the SW's hand, led her upstairs to his bedroom door and "
            "pressed the “out” symbol on his iPad three times.",
            "On the trampoline with Martin he laughed and pressed “again” over and over; he calmed within a "
            "minute when Joanne put on his ear defenders and dimmed the lights.",
        ]),
        ("h1", "What we want for Reuben"),
        ("numbers", [
            "Reuben is handled calmly and safely at home, and there are no new marks on him.",
            "Reuben is never locked in his room and has a safe bedroom he can leave.",
            "Reuben can tell the adults at home how he feels, using the same symbols as at school.",
            "Martin and Joanne feel less exhausted and better supported as carers.",
        ]),
        ("h1", "The plan"),
        ("p", "The actions are in four parts. The time for each part is in its heading. Part 5 says how we will "
              "know each action is working."),
        ("h2", "Part 1 – Weeks 1 to 4: to be done by 24/11/2025"),
        ("table", {
            "header": ["No.", "Action", "Lead"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["1", "Take the bolt off the outside of Reuben's bedroom door and fit the door alarm supplied by the "
                      "OT", "Martin Halliwell (Dad)"],
                ["2", "Write a safe-handling and positive behaviour support plan with Martin and Joanne for "
                      "Reuben's hardest times (bath, bedtime and car journeys)",
                 "Rachel Okoye, positive behaviour support practitioner, Helvercote CAMHS Learning Disability "
                 "Team"],
                ["3", "Complete a sensory assessment of Reuben at home and at school",
                 "Priya Desai, occupational therapist, Helvercote Children's Therapy Service"],
                ["4", "Refer Reuben to the short breaks panel for after-school and overnight short breaks",
                 "Sam Ibbotson, social worker (SW)"],
                ["5", "Review Joanne's sertraline and her sleep, and write to the SW about her anxiety",
                 "Dr Owen Grieve, GP, Helvercote Health Centre"],
            ],
        }),
        ("h2", "Part 2 – Weeks 5 to 8: to be done by 22/12/2025"),
        ("table", {
            "header": ["No.", "Action", "Lead"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["6", "Teach Martin and Joanne the calming steps and safe holds in the plan, at home at bath time "
                      "and bedtime", "Rachel Okoye, PBS practitioner"],
                ["7", "Make a symbol board for the kitchen and for Reuben's bedroom with the same symbols he uses "
                      "at school (bath, bed, car, stop, hurt, help, out)",
                 "Mrs Anna Kowal, class teacher, Helvercote Brook School"],
                ["8", "Complete a parent carer needs assessment with Martin and Joanne",
                 "Sam Ibbotson, SW"],
            ],
        }),
        ("h2", "Part 3 – Further work"),
        ("table", {
            "header": ["No.", "Action", "Lead"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["9", "Attend the eight-session Helvercote Autism Parenting Programme at the Family Hub",
                 "Martin and Joanne Halliwell"],
                ["10", "Hold an early review of Reuben's EHCP to look at the support he needs after school and at "
                       "night", "Mr Colin Reid, SENCO, Helvercote Brook School"],
            ],
        }),
        ("h2", "Part 4 – Every week until the review conference on 22/01/2026"),
        ("table", {
            "header": ["No.", "Action", "Lead"],
            "widths": [1.2, 10.3, 5.5],
            "rows": [
                ["11", "Visit Reuben at home, see his bedroom and use his symbols to ask him about home, with "
                       "one visit in three unannounced", "Sam Ibbotson, SW"],
                ["12", "Check Reuben for marks when he arrives each school day and at changing times, and ring the "
                       "SW the same day if any are found",
                 "Mrs Nadia Farooq, designated safeguarding lead (DSL), Helvercote Brook School"],
                ["13", "Take Reuben out on Saturday afternoons so that Martin and Joanne can rest and spend time "
                       "with Lily", "Family network"],
                ["14", "Phone Joanne each Friday afternoon to talk through the week and any hard times",
                 "Kim Lacey, family support worker, Disabled Children's Service"],
            ],
        }),
        ("h1", "Part 5 – How we will know it is working"),
        ("p", "Action 1 – The SW sees at the next visit that the bolt has gone and the door alarm is fitted, and "
              "takes a photo for the file."),
        ("p", "Action 2 – The written safe-handling and behaviour support plan is signed by Martin and Joanne and "
              "shared with the SW and school."),
        ("p", "Action 4 – The panel's decision letter is on file, with the start date of Reuben's short breaks."),
        ("p", "Action 5 – The GP's letter to the SW is on file."),
        ("p", "Action 6 – Martin and Joanne's handling of Reuben improves."),
        ("p", "Action 7 – The symbol boards are up in the kitchen and bedroom, and the SW sees Reuben use them at "
              "a visit."),
        ("p", "Action 8 – The written assessment is shared with Martin and Joanne and the SW, with the support "
              "agreed."),
        ("p", "Action 9 – The programme register shows both parents at six or more of the eight sessions."),
        ("p", "Action 10 – The amended EHCP is issued and a copy sent to the SW."),
        ("p", "Action 11 – Visit records show Reuben seen every week, with the symbols he chose written down."),
        ("p", "Action 12 – Body map checks recorded on CPOMS each day; every call to the SW is logged."),
        ("p", "Action 13 – The Saturday outings are written on the family calendar, which the SW checks at each "
              "visit."),
        ("h1", "If things go wrong"),
        ("p", "If school or anyone else finds a new mark on Reuben, or the bolt is put back on his door, the SW "
              "will hold a strategy discussion with Helvercote Police the same day, and Reuben will go to the "
              "Fernlea House emergency short-break bed until it has taken place."),
        ("p", "If Martin and Joanne tell us they cannot cope with Reuben's care on a given night, the Disabled "
              "Children's Service duty worker will arrange an emergency overnight place for Reuben at Fernlea "
              "House that evening."),
        ("p", "If there is another incident of Reuben being held hard enough to mark him, or locked in, before "
              "the review conference, the SW will request a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Helvercote Brook School: 07/11/2025, 05/12/2025 and 09/01/2026.",
            "Review child protection conference: 22/01/2026, 2pm, Helvercote County Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a sensory assessment of Reuben at home and at school"),
        F("M002", "Teach Martin and Joanne the calming steps and safe holds"),
        F("T001", "Attend the eight-session Helvercote Autism Parenting Programme"),
        F("T001", "Hold an early review of Reuben's EHCP"),
        F("W002", "Take Reuben out on Saturday afternoons"),
        F("M001", "Phone Joanne each Friday afternoon to talk through the week"),
        F("F002", "Martin and Joanne feel less exhausted and better supported as carers."),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, 14-week-old baby with a cleft lip and palate,
#    faltering weight; mother's postnatal depression, father's drinking.
#    Table with a "What good looks like" column group over "What we will
#    see" and "Who checks". Built around the mother's needs; contingency
#    with no specific trigger. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_heddingmoor_icpc_what_good_looks_like_column_group_sharples.pdf",
    "doc_title": "Child Protection Plan - Bonnie Sharples",
    "split": "heldout",
    "actions": 10,
    "landscape": True,
    "template": "icpc-plan-word-printed-to-pdf-landscape-page-header-footer-details-kv-bonnies-day-outcomes-then-table-with-two-row-header-the-plan-group-no-what-who-when-and-what-good-looks-like-group-what-we-will-see-who-checks-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 14-week-old baby with a cleft lip and palate whose weight "
        "has fallen from the 25th to the 2nd centile; her mother, a care leaver, has postnatal "
        "depression and her father drinks at weekends. A Word plan printed to PDF with header "
        "and footer; the action table has a two-row header with a 'The plan' group (No., What "
        "will happen, Who, When) and a 'What good looks like' group (What we will see, Who "
        "checks). The baby's rows are sound (weekly weighs, the cleft nurse 'at each contact', "
        "weekly SW visits). Faults: seven of the ten rows are the parents' own health, "
        "counselling, housing, money, drinking and groups with no link to the baby; the "
        "perinatal nurse only supports, measured by the mother feeling better; the money help "
        "is 'as and when'; one outcome is only about the mother; the contingency has no "
        "specific trigger."
    ),
    "header": "OFFICIAL-SENSITIVE – Heddingmoor Council – Children and Families",
    "footer": "Bonnie Sharples – Child protection plan, ICPC 03/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Child", "Bonnie Sharples, born 22/07/2025 (14 weeks)"),
            ("Address", "Flat 9, Collier House, Heddingmoor HD9 1XE"),
            ("Mother", "Stacey Sharples (21)"),
            ("Father", "Liam Dobbs (24), lives with Stacey and Bonnie"),
            ("Category", "Neglect"),
            ("Initial conference", "03/11/2025, Heddingmoor Civic Offices. Chair: Imogen Ward (IRO)"),
            ("Social worker", "Kelly Bright, Heddingmoor Children's Social Care (team manager: Rhys Dunmore)"),
        ]),
        ("h1", "Why Bonnie has a plan"),
        ("p", "Bonnie was born with a cleft lip and palate. Her lip was repaired on 14/10/2025 and her palate "
              "repair is planned for when she is about nine months old. She feeds from a squeezy bottle and needs "
              "help to get enough milk. Her weight has dropped from the 25th to the 2nd centile. She has missed "
              "two cleft clinic appointments and one weigh-in, and twice the health visitor found her feed chart "
              "blank for most of a day."),
        ("p", "Stacey was looked after from the age of 11 and left care last year. She was diagnosed with "
              "postnatal depression in September and takes sertraline. She says she feels “useless” when Bonnie "
              "will not feed. Liam works on a building site in the week and drinks heavily at weekends; on "
              "18/10/2025 police were called by a neighbour to shouting at the flat, and Liam was found drunk "
              "with Bonnie in the room."),
        ("h1", "Bonnie's day"),
        ("p", "When the health visitor watched a feed on 28/10/2025 Bonnie worked hard at the bottle, went red "
              "and tired after ten minutes and fell asleep having taken 60ml. When Stacey squeezed the bottle in "
              "time with her sucking, as the cleft nurse showed her, Bonnie took 90ml and stayed awake. Bonnie "
              "smiles at Stacey and follows her with her eyes. On the social worker's visit on 30/10/2025 she lay "
              "in her Moses basket for most of an hour in a cold room, quiet and not reaching out, and was not "
              "picked up until she cried."),
        ("h1", "What we want to happen"),
        ("numbers", [
            "Bonnie takes enough milk at every feed to grow back up to the 9th centile before her palate repair.",
            "Bonnie goes to every cleft clinic, weigh-in and health appointment.",
            "Bonnie is cared for only by sober adults, in a warm home where she is picked up and comforted.",
            "Stacey's mood lifts and she feels more confident in herself.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "THE PLAN", H, H, "WHAT GOOD LOOKS LIKE", H],
            "widths": [1.1, 7.7, 4.6, 3.6, 5.6, 3.1],
            "rows": [
                [V, "What will happen", "Who", "When", "What we will see", "Who checks"],
                ["1",
                 "Home visits from the perinatal mental health nurse to support Stacey with her low mood",
                 "Carla Dean, nurse, Heddingmoor Perinatal Mental Health Team",
                 "Weekly",
                 "Stacey says she feels better in herself",
                 "Carla Dean"],
                ["2",
                 "Review Stacey's sertraline and tell the SW of any change to it",
                 "Dr Peter Lowther, GP, Collier Street Surgery",
                 "By 28/11/2025",
                 "GP letter on the SW's file",
                 "Kelly Bright, SW"],
                ["3",
                 "Counselling at Heddingmoor Women's Centre about Stacey's time in care",
                 "Stacey Sharples (Mum)",
                 "Every other Tuesday from 11/11/2025",
                 "Attendance confirmed by the Women's Centre each month",
                 "Kelly Bright, SW"],
                ["4",
                 "Help Stacey apply to the housing register for a two-bedroom flat away from Collier House",
                 "Kelly Bright, SW",
                 "By 19/12/2025",
                 "Housing register banding letter on file",
                 "Rhys Dunmore, team manager"],
                ["5",
                 "Help Stacey with her Universal Credit claim and her rent arrears",
                 "Dawn Price, family support worker (FSW)",
                 "As and when Stacey needs it",
                 "Repayment plan agreed with the housing association and a copy on file",
                 "Kelly Bright, SW"],
                ["6",
                 "Key-work sessions with Liam about his weekend drinking",
                 "Marc Quinn, recovery worker, Heddingmoor Alcohol Service",
                 "Every Monday evening from 10/11/2025",
                 "Attendance and breath test results sent to the SW every four weeks",
                 "Kelly Bright, SW"],
                ["7",
                 "Go to the Bumps and Beyond young parents' group for Stacey's confidence and to make friends",
                 "Stacey Sharples (Mum)",
                 "Every Wednesday, 10am",
                 "Group register shows Stacey there",
                 "Dawn Price, FSW"],
                ["8",
                 "Weigh Bonnie at home, check her feed chart and plot her weight",
                 "Ruth Sandford, health visitor (HV)",
                 "Every week until she is back on the 9th centile",
                 "Weight in the red book rises towards the 9th centile at each weigh; the feed chart is complete",
                 "Ruth Sandford, HV"],
                ["9",
                 "Watch a whole feed with the squeezy bottle, and adjust Bonnie's teat and feed plan",
                 "Jo Ainsley, cleft clinical nurse specialist, Heddingmoor Regional Cleft Service",
                 "At each contact, and at least every two weeks until the palate repair",
                 "Feed plan updated and sent to the HV after each visit; feeds finished within 30 minutes",
                 "Ruth Sandford, HV"],
                ["10",
                 "Visit Bonnie at home, see her fed and changed, and check where she sleeps and how warm the "
                 "flat is",
                 "Kelly Bright, SW",
                 "Every week; one visit in three unannounced",
                 "Visit records show Bonnie seen every week and a feed watched at least every other visit",
                 "Rhys Dunmore, team manager"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If things do not get better for Bonnie, or there are further worries about her care, Kelly will "
              "talk to her team manager and a strategy discussion will be held, and Bonnie may need to be cared "
              "for away from home. If there is not enough progress by the review conference, Kelly will ask for "
              "a legal planning meeting."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 1pm at Collier Street Children's Centre: 14/11/2025, "
            "10/12/2025 and 07/01/2026.",
            "Review child protection conference: 29/01/2026, 10am, Heddingmoor Civic Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Home visits from the perinatal mental health nurse to support Stacey"),
        F("M002", "Home visits from the perinatal mental health nurse to support Stacey"),
        F("T002", "Help Stacey with her Universal Credit claim and her rent arrears"),
        F("F001"),
        F("F002", "Stacey's mood lifts and she feels more confident in herself."),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group 3 minutes, 11-month-old with infantile spasms; father's
#    cannabis use, paternal grandparents supervise and have him overnight.
#    Markdown action log with c/f, NEW and DONE markers. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b114_holbrandon_core_group_minutes_cf_log_grainger.md",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-md-bold-field-lines-how-theo-is-agency-updates-outcomes-from-plan-then-action-log-table-ref-with-cf-new-done-markers-action-who-when-how-well-know-one-done-row-closed-then-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for an 11-month-old with infantile spasms on twice-daily "
        "vigabatrin, after missed doses and a missed EEG; his father smokes cannabis daily and "
        "his paternal grandparents supervise his father's time and have him every Friday night. "
        "A Markdown action log marks rows carried forward (c/f, first date in brackets), NEW and "
        "DONE (one closed row, not counted). Most rows are sound (dose chart, epilepsy nurse "
        "sachet counts, drug service reports, Portage). Faults: the father's plan to stop cannabis "
        "carried forward with its stop date 'still to be agreed'; the parenting assessment, carried forward "
        "again, with no measure; the health visitor to 'keep an eye on' development; 'All "
        "agencies' to report sightings; the contingency sends Theo to the grandparents but never "
        "says what happens if they cannot help; the review conference date is 'to be confirmed'."
    ),
    "text": """\
# Core Group Meeting 3 – Theo Grainger

**Date and place:** Friday 28/11/2025, 10am, Holbrandon Family Hub
**Child:** Theo Grainger, born 20/12/2024 (11 months)
**Address:** 12 Ferris Way, Holbrandon HB3 6NQ, with Chloe. Ryan lives with his parents, Sue and Phil Pask,
at 9 Ferris Way.
**Plan:** child protection plan (neglect) from the initial conference on 22/09/2025
**Chair and minutes:** Becky Shaw, social worker
**Present:** Chloe Grainger (Mum); Ryan Pask (Dad); Sue Pask (paternal grandmother); Becky Shaw (SW);
Lisa Khan (paediatric epilepsy nurse); Amy Shore (health visitor); Dom Price (Holbrandon Drug and Alcohol
Service)
**Apologies:** Grace Udeh (Holbrandon Portage)

## 1. How Theo is

Theo was diagnosed with infantile spasms in April and takes vigabatrin twice a day. Before the plan, the
spasms had come back in August after doses were missed over a weekend, and he missed his EEG in September.
Since the last core group Lisa has counted his sachets twice and both counts matched the chart. Chloe's seizure
diary shows no clusters since 19/10/2025.

At the SW's visit on 25/11/2025 Theo was sitting on the rug with cushions round him, babbling "ba-ba" and
reaching for Chloe's keys. He smiled and kicked his legs when Chloe sang to him and lifted his arms to be
picked up by her. He is not yet crawling. Sue says Theo is "a different baby" on Saturday mornings: he sleeps
through at her house and is hungry for his breakfast. Chloe noticed he goes quiet and stares when the flat is
noisy.

## 2. Updates

- **Becky (SW):** four weekly visits since the last meeting, one unannounced. On 14/11/2025 Ryan was at the flat
  and it smelled of cannabis; he said he had smoked outside on the balcony while Theo was asleep. It was agreed
  that from today Ryan sees Theo only at 9 Ferris Way, with Sue or Phil there.
- **Lisa (epilepsy nurse):** both sachet counts matched the chart. The rebooked EEG was done on 12/11/2025 and
  the neurologist will see Theo on 15/01/2026.
- **Dom (drug and alcohol service):** Ryan has kept three of four Tuesday sessions. His screens on 04/11/2025
  and 18/11/2025 were positive for cannabis at a lower level than in October.
- **Amy (HV):** Theo weighed 8.6kg on 20/11/2025, on the 9th centile.
- **Chloe and Ryan:** Chloe said the chart on the fridge helps her remember the 7pm dose. Ryan said he is "cutting
  down" and never smokes when he has Theo.

## 3. What we want for Theo (from the plan)

1. Theo has every dose of his vigabatrin on time and goes to every hospital appointment, so that his spasms stay
   controlled.
2. Theo is cared for only by adults who are not under the influence of cannabis.
3. Theo gets the play and help he needs to learn to sit, crawl and babble.

## 4. Action log

**c/f** = carried forward from an earlier core group (its first date is in brackets). **NEW** = agreed today.
**DONE** = finished and closed today.

| Ref | Action | Who | When | How we'll know |
|---|---|---|---|---|
| 1/4 DONE | Rebook Theo's missed EEG at Holbrandon Children's Hospital | Lisa Khan, epilepsy nurse | Done 12/11/2025 – closed | EEG report on Theo's hospital record |
| 1/1 c/f | Visit Theo at home, one visit in three unannounced, and check the dose chart | Becky Shaw, SW | Weekly until the review conference | Visit notes show Theo seen every week and the chart checked at each visit |
| 1/2 c/f | Give Theo his vigabatrin at 7am and 7pm and tick the dose chart on the fridge | Chloe Grainger (Mum) | Every day, 7am and 7pm | Chart complete at every check by the SW and the epilepsy nurse |
| 1/3 c/f | Count Theo's sachets against the chart and go through Chloe's seizure diary | Lisa Khan, paediatric epilepsy nurse | Every two weeks | Sachet count matches the chart; the diary is up to date |
| 1/5 c/f | Key-work sessions and urine screens with Ryan, and a written report to each core group on his cannabis use | Dom Price, Holbrandon Drug and Alcohol Service | Every Tuesday; report two days before each core group | Written report with screen results on the SW's file before each core group |
| 1/6 c/f | Have Theo overnight at 9 Ferris Way so that Chloe can rest | Sue Pask (paternal grandmother) | Every Friday night | Sue texts Becky each Saturday morning; Theo's chart shows the 7pm and 7am doses signed by Sue |
| 2/2 c/f | Stop smoking cannabis altogether, with a reduction plan agreed with Dom | Ryan Pask (Dad) | c/f – stop date still to be agreed | Screens at key-work show falling levels, then negative; no smell of cannabis at any visit |
| 2/3 c/f | Complete the parenting assessment of Chloe and Ryan | Becky Shaw, SW | By 19/12/2025 (first 21/11/2025) | |
| 2/4 c/f | Keep an eye on Theo's weight and development between clinic appointments | Amy Shore, health visitor | Every two weeks | HV to keep an eye on this |
| 3/1 NEW | Supervise all of Ryan's time with Theo at 9 Ferris Way | Sue and Phil Pask (paternal grandparents) | Every Tuesday and Saturday afternoon | Contact log signed by Sue or Phil after each visit, seen by the SW every fortnight |
| 3/2 NEW | Tell the SW the same day if Ryan is seen caring for Theo on his own | All agencies | Same day | Each report logged on Theo's case file |
| 3/3 NEW | Portage home visits to help Chloe with Theo's sitting, play and first words | Grace Udeh, Holbrandon Portage | Every other Monday from 08/12/2025 | Portage checklist scores shared with the SW after every third visit |

## 5. Contingency

If Ryan is found to have smoked cannabis before or while caring for Theo, or two of Theo's doses are missed in
one week, Theo will stay with Sue and Phil at 9 Ferris Way and Becky will hold a strategy discussion the same
day. If Theo has a cluster of spasms, Chloe will ring 999 and then Lisa. If Ryan's screens are still positive
at the review conference, or Theo misses another hospital appointment, Becky will request a legal planning
meeting within five working days.

## 6. Next meetings

- Core group 4: Friday 19/12/2025, 10am, Holbrandon Family Hub; then every four weeks.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("T002", "Stop smoking cannabis altogether, with a reduction plan agreed"),
        F("M001", "Complete the parenting assessment of Chloe and Ryan"),
        F("M002", "Keep an eye on Theo's weight and development"),
        F("W002", "Tell the SW the same day if Ryan is seen"),
        F("C003"),
        F("R001"),
    ],
})

