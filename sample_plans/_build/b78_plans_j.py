"""Batch 78, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: parents' illness and the adult services around them, written the many
ways practitioners write them - services whose names do not say what they
are (a perinatal team called "the Bluebell Team", a recovery service called
"Horizons", "the Wellbeing Hub", "Talking Therapies", "the Harbour"), a
parent's past illness now resolved, a grandparent's and a sibling's illness,
a child's own anxiety and cannabis use, illness words inside service names
("the epilepsy nurse"), a parent whose depression is recorded while no adult
service does anything, and plans where adult services own real actions.
Outcomes are written in unusual places: goal lines above groups of actions,
a merged "What good looks like" column, "so that ..." clauses, the family's
own words. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, actions grouped under goal lines (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_jennerby_prebirth_goal_lines_pennock.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby Pennock and Maisie Pennock",
    "split": "heldout",
    "actions": 9,
    "template": "prebirth-icpc-docx-kv-details-then-bold-goal-lines-each-over-a-group-of-owner-first-bullets",
    "description": (
        "Pre-birth initial conference plan for an unborn baby and her 5-year-old half-sister (mother's "
        "bipolar disorder, a relapse after the sister's birth and medication stopped in pregnancy; the "
        "father's epilepsy). The plan is grouped under three bold goal lines that carry the outcomes; "
        "each bullet names its owner, when and what will show it. The perinatal team (called 'the "
        "Bluebell Team') reports before each core group on whether the mother is making the changes "
        "needed and how long that will take; the epilepsy nurse writes on safe care of the baby; the "
        "grandmother's nights have a fallback in the contingency; dates and a legal step are set. "
        "Exemplary."
    ),
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Jennerby Borough Council · Children's Services · Safeguarding and Family Support (South)"),
        ("kv", [
            ("Unborn baby", "Baby Pennock, due 10/11/2025 (Kirsty was 24 weeks pregnant at conference)"),
            ("Sister", "Maisie Pennock (5), Year 1, St Peter's C of E Primary, Jennerby"),
            ("Mother", "Kirsty Pennock (27)"),
            ("Father", "Ryan Pennock (31), the baby's father and Maisie's stepfather"),
            ("Address", "22 Sedge Lane, Jennerby"),
            ("Conference", "Pre-birth initial child protection conference, Tuesday 22/07/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Tom Farrell"),
            ("Chair", "Yvonne Castle, Independent Chair"),
        ]),
        ("h1", "Why we are planning before the baby is born"),
        ("p", "Kirsty has bipolar disorder. After Maisie was born in 2020 she became very unwell and spent five "
              "weeks on a psychiatric ward, and Maisie was looked after by Kirsty's mother, Sandra Whyte. Kirsty "
              "stopped her lithium when she found out she was pregnant in April and did not tell anyone until her "
              "booking appointment. In June she stopped sleeping, spent more than £900 in a week, and one night "
              "left Maisie asleep on her own in the house for about an hour while she walked into town. Since "
              "12 June she has taken a different medicine prescribed by the Bluebell Team, Jennerby's perinatal "
              "mental health service, and she has been well for five weeks."),
        ("p", "Ryan has epilepsy. He had two seizures this year, the last on 2 March, after missing doses while "
              "he was working nights. He has since moved to day shifts and sees the epilepsy nurse at Jennerby "
              "General Hospital."),
        ("h1", "Maisie, and the baby"),
        ("p", "Maisie (seen at school on 15 July and at home on 18 July): \"When Mummy was poorly she talked "
              "really fast and didn't go to bed and I had to get my own cereal.\" She is excited about the baby "
              "and wants to \"help with the bath\". She worries that Mummy \"will go back to the hospital\". Her "
              "safe people are Nana Sandra and Ryan. She gave home 7 out of 10 \"because it's better now\"."),
        ("p", "The baby cannot tell us anything yet. She will need feeding every few hours, day and night, by a "
              "carer who is awake and well, and a safe place for every sleep. The plan is built around that."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kirsty has taken her medicine every day since 12 June and has been to every appointment.",
            "Ryan has had no seizures since March and now works days only.",
            "Sandra lives ten minutes away, looked after Maisie in 2020 and has offered to stay after the birth.",
        ]),
        ("h1", "The plan"),
        ("boldp", "Goal 1 – The baby is born safely and goes home to a mum who is well enough to care for her"),
        ("bullets", [
            "Dr Anya Sethi (consultant perinatal psychiatrist, the Bluebell Team) will see Kirsty every two weeks "
            "until the birth and weekly for 12 weeks after it, and will write to the SW before each core group "
            "on whether Kirsty is making the changes she needs to stay well and care for the baby and Maisie, "
            "and how long those changes are likely to take.",
            "Jo Crane (specialist perinatal midwife) will agree a birth and postnatal plan with Kirsty, Ryan and "
            "the Bluebell Team by 32 weeks (16/09/2025), including at least three nights on the postnatal ward, "
            "and send the written plan to every agency.",
            "Ryan will ring the Bluebell Team duty line the same day if he sees any of the early warning signs "
            "listed in Kirsty's care plan, and write each call in the family diary that the SW reads at every "
            "visit.",
        ]),
        ("boldp", "Goal 2 – The baby is fed, held and put down to sleep safely, every day and every night"),
        ("bullets", [
            "Lorna Whitby (epilepsy nurse specialist, Jennerby General Hospital) will review Ryan's seizure "
            "control and medication by 29/08/2025 and write to the SW and HV setting out how he can bath, carry "
            "and feed the baby safely.",
            "HV Ama Boateng will make an antenatal visit by 34 weeks (30/09/2025) and then visit weekly for the "
            "first 8 weeks after the birth, weighing the baby and recording where and how she sleeps in the HV "
            "record.",
            "Sandra Whyte (maternal grandmother) will stay at Sedge Lane for the first 14 nights after the baby "
            "comes home and give the 2am feed so that Kirsty can sleep; she will sign the feed chart, which the "
            "SW checks at each visit.",
        ]),
        ("boldp", "Goal 3 – Maisie is at school every day, happy, and never left to look after herself"),
        ("bullets", [
            "SW Tom Farrell will visit every two weeks until the birth and weekly for the first 8 weeks after it, "
            "seeing Maisie on her own each time and writing down what she says in the visit record.",
            "Mrs Cath Hollis (DSL, St Peter's C of E Primary) will check in with Maisie every Monday morning in "
            "term time and email the SW a note of each check-in by the Friday.",
            "SW Tom Farrell will complete the pre-birth assessment by 19/09/2025, including how Kirsty and Ryan "
            "care for Maisie at night, and share the report with Kirsty, Ryan and the core group.",
        ]),
        ("h1", "If Kirsty becomes unwell"),
        ("p", "If Kirsty goes two nights without sleep, misses her medicine for two days, shows any of the early "
              "warning signs in her care plan, or the Bluebell Team tells the SW she is becoming unwell, Ryan "
              "will take over the care of Maisie and the baby and Kirsty will not care for the baby on her own. "
              "The Bluebell Team will see Kirsty the same day and arrange a place at the Jennerby Mother and "
              "Baby Unit if she needs to be in hospital, and the SW (or the emergency duty team out of hours) "
              "will hold a strategy discussion the same day."),
        ("p", "If Ryan has a seizure while he is caring for the baby, he will not bath or carry her on the "
              "stairs on his own again until Lorna Whitby has seen him, and Sandra will come to the house for "
              "those days."),
        ("p", "If Sandra cannot stay for the first 14 nights, or stops being able to help, the baby will not "
              "go home from hospital until Ryan has started his two weeks' paternity leave, and the HV will "
              "visit every day in that fortnight. If neither Sandra nor Ryan can be there, the SW will arrange "
              "a mother and baby foster placement before the baby leaves hospital."),
        ("p", "If Kirsty stops her medicine before the birth, or becomes unwell enough to need a hospital "
              "admission, the SW will ask the team manager for a legal planning meeting within 5 working days, "
              "so that a decision about pre-proceedings is made before the baby is born."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at St Peter's C of E Primary, 3.30pm: Tuesday 05/08/2025, Tuesday "
            "02/09/2025 and Tuesday 30/09/2025.",
            "Review child protection conference: Tuesday 21/10/2025, 10am, Jennerby Civic Centre.",
        ]),
        ("p", "Plan typed by Tom Farrell (SW) on 23/07/2025 and sent to Kirsty, Ryan, Sandra and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Child in need plan stepped up to child protection; "What good looks like"
#    column merged down over each group of actions (paged PDF, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_jolesworth_cin_stepped_up_what_good_looks_like_ferreira.pdf",
    "doc_title": "Child Protection Plan - Ellie and Jack Ferreira",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-after-cin-plan-paged-landscape-what-good-looks-like-merged-first-column-then-action-who-by-when-how-we-will-know",
    "description": (
        "Initial conference plan for a 13-year-old and a 9-year-old who had been on a child in need plan "
        "for four months (mother's drinking and low mood; the 13-year-old's own anxiety). The work done "
        "under the CIN plan is a separate section. The plan table's first column, 'What good looks like "
        "for Ellie and Jack', is merged down over each group of actions (three real merges before "
        "conversion). Horizons (the recovery service) and Talking Therapies both report on whether the "
        "mother is making the changes needed; CAMHS works with the girl; the father's part has a fallback "
        "in the contingency; dates and legal step set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE · Jolesworth City Council · Children's Social Care",
    "footer": "Child protection plan – Ellie and Jack Ferreira – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ellie Ferreira (13), Year 9, Jolesworth Academy; Jack Ferreira (9), Year 5, Cobham "
                         "Street Primary"),
            ("Mother", "Lisa Ferreira (36) – the children live with her at 41 Quarry Lane, Jolesworth"),
            ("Father", "Paulo Ferreira (38) – lives at 7 Mill Court, Jolesworth; the children stay with him "
                       "every Saturday night"),
            ("Conference", "Initial child protection conference, Tuesday 08/07/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Nadia Brookes, Jolesworth Children's Assessment and Safeguarding Team"),
            ("Chair", "Owen Tremlett"),
        ]),
        ("h1", "1. Why the plan has moved from child in need to child protection"),
        ("p", "Ellie and Jack have been on a child in need plan since 03/03/2025 because of Lisa's drinking. "
              "Lisa started with Horizons, Jolesworth's drug and alcohol recovery service, in March, but "
              "stopped going in May. On 14 June the police found Jack walking home alone from the park at "
              "10.15pm; Lisa was asleep on the sofa and could not be woken, and Ellie had gone out looking for "
              "him. On 26 June Ellie told her head of year she had been getting Jack's tea and putting him to "
              "bed \"most nights\". Lisa has also had low mood since her mother died in January, and her GP "
              "referred her to Jolesworth Talking Therapies in June. Ellie has panic attacks before school and "
              "was referred to Jolesworth CAMHS by her GP in May. Conference agreed that the children are now "
              "at risk of significant harm."),
        ("h1", "2. What was tried under the child in need plan"),
        ("bullets", [
            "Lisa had six keywork sessions with Horizons between March and May, and went to four of them.",
            "Paulo started having the children every Saturday night from April, and has not missed one.",
            "Jack was given a place at breakfast club, and Ellie a weekly check-in with her head of year.",
        ]),
        ("h1", "3. What Ellie and Jack have told us"),
        ("p", "Ellie (seen on her own at school, 1 July): \"I don't mind doing Jack's tea, I just hate not "
              "knowing what Mum's going to be like when I get in.\" She said her panic attacks are worst on "
              "Monday mornings, after weekends at home. She wants to carry on living with her mum \"if Mum "
              "stops\", and she likes Saturdays at her dad's \"because it's calm\". She put home at 5 out of 10."),
        ("p", "Jack (seen at home, 3 July, and at school, 4 July): \"I went to find Mum some crisps and I got "
              "lost.\" He said he likes football club and wants his mum \"to not be sleepy all the time\". He "
              "drew Ellie as \"the boss of tea\"."),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["What good looks like for Ellie and Jack", "What needs to happen", "Who", "By when",
                       "How we will know"],
            "widths": [4.6, 7.4, 4.2, 4.3, 5.2],
            "rows": [
                ["Ellie and Jack are looked after every evening and every night by an adult who is sober and "
                 "awake.",
                 "Keywork sessions with Lisa and a breath test at each one, and a written report on whether "
                 "Lisa is cutting down and can stay sober whenever the children are with her",
                 "Dev Marsh, recovery worker, Horizons",
                 "Weekly from 14/07/2025; report before each core group",
                 "Breath test results and the written report sent to the SW"],
                [V,
                 "Take a breath test at 6pm on each school night with the Horizons breathalyser and send a "
                 "photo of the reading to Paulo",
                 "Lisa Ferreira",
                 "Every Sunday to Thursday evening",
                 "Photos kept on Paulo's phone and shown to the SW at each visit; any reading above zero "
                 "reported to the SW the same evening"],
                [V,
                 "Eight sessions for Lisa's low mood, and a written view on whether she is making the changes "
                 "she needs to make to care for Ellie and Jack, and how long that is likely to take",
                 "Priya Nandra, high intensity therapist, Jolesworth Talking Therapies",
                 "Weekly from 21/07/2025 for 8 weeks; written view by 15/09/2025",
                 "PHQ-9 scores and the written view sent to the SW"],
                [V,
                 "Have Ellie and Jack to stay every Saturday night, and collect them the same evening if Lisa "
                 "has been drinking",
                 "Paulo Ferreira (father)",
                 "Every Saturday; the same evening when called",
                 "Contact diary kept by Paulo, checked by the SW at each visit"],
                ["Ellie goes to school without panic attacks, and she is not the one looking after Jack.",
                 "Assessment of Ellie's anxiety and six sessions of CBT, with a letter to the SW saying what "
                 "helps her",
                 "Dr Sam Oyelaran, clinical psychologist, Jolesworth CAMHS",
                 "Assessment by 08/08/2025; sessions weekly after that",
                 "Assessment letter to the SW; Ellie's own worry scale at the first and last session"],
                [V,
                 "Young carer's assessment with Ellie, and a check-in with her every week about home",
                 "Mrs Rachel Dunn, head of Year 9, Jolesworth Academy",
                 "Assessment by 26/09/2025; check-ins every Wednesday in term time",
                 "Assessment sent to the SW; check-in notes; Ellie's attendance at 95% or above"],
                [V,
                 "See Ellie and Jack each on their own, at home and at school, and write down what they say",
                 "SW Nadia Brookes",
                 "Weekly until the review conference; at least one visit in three unannounced",
                 "Visit records with the children's own words"],
                ["Jack is collected by an adult every day and is never out on his own after dark.",
                 "After-school club place for Jack five days a week, collected at 5.30pm by Lisa or Paulo",
                 "Mrs Toni Hart, manager, Jolesworth Kids' Club",
                 "From the first day of term, 03/09/2025",
                 "Club register showing who collected Jack and when, emailed to the SW every Friday"],
                [V,
                 "Talk with Jack about staying safe when he is out, and agree with him who he can ring",
                 "Mr Ben Kerr, class teacher, Cobham Street Primary",
                 "By 26/09/2025",
                 "Jack's safety card in his book bag; a note of the talk sent to the SW"],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("p", "If Lisa has been drinking while she is caring for Ellie and Jack (a breath test above zero, school "
              "or the SW smelling alcohol on her, or the children telling us), the children will go to Paulo's "
              "that evening and the SW (or the emergency duty team out of hours) will hold a strategy "
              "discussion the same day."),
        ("p", "If Paulo cannot have the children – because he is working away, ill or cannot be reached – they "
              "will go to their grandmother, Rosa Ferreira, at 12 Elm Row; if neither Paulo nor Rosa can have "
              "them, the SW will arrange an emergency foster placement that evening."),
        ("p", "If Lisa drinks while caring for the children twice before the review conference, or stops going "
              "to Horizons for two weeks in a row, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "6. Core group and review"),
        ("p", "Core group every 4 weeks at Jolesworth Academy, 4pm: Tuesday 22/07/2025, Tuesday 19/08/2025 and "
              "Tuesday 16/09/2025. Review child protection conference: Tuesday 07/10/2025, 10am, Jolesworth "
              "Council House."),
        ("p", "Plan written by Nadia Brookes (SW) and agreed with the chair on 09/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group 2 minutes with an action log; father's depression recorded,
#    no adult service owns anything; no contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_jaxholme_core_group_action_log_delaney.docx",
    "doc_title": "Core Group 2 - Minutes and Action Log - Kai and Ruby Delaney",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-2-minutes-docx-present-agency-updates-outcomes-then-action-log-no-action-lead-deadline-evidence-status",
    "description": (
        "Second core group minutes for an 11-year-old and a 7-year-old living with their father, who is "
        "signed off work with depression and on medication from his GP. The action log (No. | Action | "
        "Lead | Deadline | Evidence | Status) gives the father's own appointments to the father and nothing "
        "to the GP or any adult service (F004). The aunt and grandmother carry the school run and teas but "
        "there is no contingency at all (C001, C003) and no legal step (R002); the minutes record agency "
        "updates but never what the children say (F003). Row faults: 'Ongoing' with 'Monitored at core "
        "group' (T002, M002), a blank lead (W001), 'All agencies' (W002), a blank evidence cell (M001), "
        "the boy's 'engagement' with learning mentor sessions (M002), no deadline (T001). Hard "
        "negatives: 'Weekly, ongoing', 'Same day', 'PGM' as a lead, the GP named only as where results go."
    ),
    "blocks": [
        ("title", "Core Group Meeting 2 – Minutes and Action Log"),
        ("p", "Jaxholme Metropolitan Borough Council · Children and Families · Safeguarding Team East"),
        ("kv", [
            ("Children", "Kai Delaney (11), Year 7, Jaxholme Park Academy; Ruby Delaney (7), Year 3, Hawthorn "
                         "Road Primary"),
            ("Father", "Marcus Delaney (40), sole carer, 16 Linnet Close, Jaxholme"),
            ("Mother", "Sian Delaney – left the family home in February 2025; whereabouts not known"),
            ("Meeting", "Core group 2, Thursday 11/09/2025, 3.30pm, Hawthorn Road Primary"),
            ("Plan since", "Initial child protection conference, 29/07/2025 (category: neglect)"),
            ("Chair", "Hannah Price, social worker"),
        ]),
        ("h2", "Present"),
        ("p", "Marcus Delaney (MD); Hannah Price, SW (HP); Colin Ashby, family support worker, Jaxholme Family "
              "Hub (CA); Mrs Liz Brennan, DSL, Hawthorn Road Primary (LB); Mr Dan Foley, head of Year 7, "
              "Jaxholme Park Academy (DF); Sarah Linnell, school nurse (SL); Jo Delaney, paternal aunt (JD). "
              "Apologies: Pat Delaney, paternal grandmother."),
        ("h2", "Updates"),
        ("p", "MD: has been signed off work with depression since January and is taking sertraline prescribed "
              "by his GP. He said some days he cannot get out of bed until the afternoon and that he has not "
              "been eating properly. He has been to the GP twice since conference."),
        ("p", "HP: visited on 14/08, 28/08 and 09/09. On two visits there was no food in the fridge apart from "
              "milk. The children's bedrooms were tidy. Marcus was still in bed at 11am on 28/08 (school "
              "holidays) and the children had been out on their bikes since 9am."),
        ("p", "LB: Ruby's attendance this term is 88%; she was late on 4 of 7 days and came in without "
              "breakfast twice. On the days Jo brings her she is on time."),
        ("p", "DF: Kai has started at the academy. He was late on 3 of the first 7 days and twice came "
              "without his PE kit. He has been offered weekly sessions with the learning mentor."),
        ("p", "JD: Jo is doing the school run for Ruby three days a week and Pat has the children for tea "
              "twice a week. Jo said she can keep this up \"for now\" but she starts a new job in October."),
        ("h2", "What conference wants for Kai and Ruby"),
        ("bullets", [
            "Kai and Ruby go to school every day, on time and having had breakfast.",
            "There is food in the house for the children every day.",
            "Kai is not the one getting Ruby up, fed and ready for school.",
        ]),
        ("h2", "Action log"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Deadline", "Evidence", "Status"],
            "widths": [1.0, 5.0, 3.0, 2.8, 3.4, 1.8],
            "rows": [
                ["1", "See Kai and Ruby on their own at home and at school, and record what they say about "
                      "mornings and food",
                 "SW Hannah Price", "Fortnightly until the review conference",
                 "Visit records with the children's own words", "Carried forward"],
                ["2", "Marcus to keep taking his medication and go to his GP appointments",
                 "Marcus Delaney", "Ongoing", "Monitored at core group", "Carried forward"],
                ["3", "Walk Ruby to school on Mondays, Wednesdays and Fridays so that Kai can go in early",
                 "Jo Delaney (paternal aunt)", "Mon, Wed and Fri in term time",
                 "School late book shows Ruby in by 8.50am", "Carried forward"],
                ["4", "Have Kai and Ruby for tea after school on Tuesdays and Thursdays",
                 "Pat Delaney (PGM)", "Every Tuesday and Thursday in term time",
                 "Pat's calendar, seen by the SW at visits", "Carried forward"],
                ["5", "Refer Kai to Jaxholme Young Carers for a young carer's assessment",
                 "", "By 19/09/2025", "Referral acceptance letter on file", "New"],
                ["6", "Tell the SW about any concern about the children's care or hunger",
                 "All agencies", "Same day", "Each concern logged on the children's file by the SW",
                 "Carried forward"],
                ["7", "Weekly sessions with Marcus on routines for getting the children up, fed and out in "
                      "the mornings",
                 "FSW Colin Ashby", "Weekly, ongoing", "", "Carried forward"],
                ["8", "Health check for Ruby: height, weight, eyesight and hearing",
                 "Sarah Linnell, school nurse", "By October half-term (24/10/2025)",
                 "Results shared with the SW and the GP", "New"],
                ["9", "Sessions with the learning mentor on getting organised for Year 7 and getting in on time",
                 "Ms Gemma Tull, learning mentor, Jaxholme Park Academy", "Every Thursday from 18/09/2025",
                 "Kai's engagement with the sessions", "New"],
                ["10", "Apply for free school meals for Kai and Ruby and a Household Support Fund food grant",
                 "Marcus Delaney, with FSW Colin Ashby", "By 26/09/2025",
                 "Award letters seen by the FSW", "New"],
                ["11", "Unannounced home visit to check the food in the fridge and cupboards",
                 "SW Hannah Price", "", "Visit record notes what food was seen", "New"],
            ],
        }),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks at Hawthorn Road Primary, 3.30pm; the next is Thursday 09/10/2025. "
              "Review child protection conference: Tuesday 28/10/2025, 1.30pm, Jaxholme Town Hall."),
        ("p", "Minutes taken by Tom Blyth, business support, and agreed by HP on 12/09/2025."),
    ],
    "findings": [
        F("T002", "Marcus to keep taking his medication and go to"),
        F("M002", "Marcus to keep taking his medication and go to"),
        F("W001", "Refer Kai to Jaxholme Young Carers for a"),
        F("W002", "Tell the SW about any concern about the children's"),
        F("M001", "Weekly sessions with Marcus on routines for getting the"),
        F("M002", "Sessions with the learning mentor on getting organised"),
        F("T001", "Unannounced home visit to check the food in the"),
        F("F003"),
        F("F004"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Plan for a 14-year-old whose outcomes are the "so that ..." clauses of
#    the actions; his own anxiety and cannabis use, a brother with leukaemia,
#    a grandmother's memory problems, his mother's past illness (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_joxley_so_that_clauses_kowalski.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-md-family-bullets-worries-callum-says-then-action-bullets-each-ending-in-a-so-that-clause-no-outcomes-section",
    "description": (
        "Initial conference plan for a 14-year-old left at home with his forgetful grandmother while his "
        "mother stays on the ward with his brother, who has leukaemia; he smokes cannabis and has anxiety. "
        "There is no outcomes section: every action bullet ends in a 'so that ...' clause saying what it "
        "is for him. Hard negatives: the mother's postnatal depression, treated and over since 2020; the "
        "grandmother's and the brother's illnesses; CAMHS and the young people's drug service working with "
        "the boy himself (no F004, no H001, no O001). Faults: CAMHS 'when he is ready' and the father "
        "'as often as he can' (T002), a passive referral (W001), 'keep an eye on' (M002), the ward social "
        "worker's task with no time (T001), a contingency that only reviews (C002) with no legal step "
        "(R002), and the review conference 'to be confirmed' (R001)."
    ),
    "text": """\
# Child Protection Plan – Callum Kowalski

**Joxley Council · Children's Services · Adolescent Support and Safeguarding Team**

Initial child protection conference: Monday 8 September 2025. Category: neglect.
Social worker: Leanne Booth. Chair: Graham Sowerby.

## Who is in the family

- **Callum Kowalski**, 14, Year 10 at Joxley High School
- **Oskar Kowalski**, 6, Callum's brother, who is being treated for leukaemia on Ward 4 at Joxley Children's Hospital
- **Ania Kowalski**, their mum (38)
- **Piotr Kowalski**, their dad (40), a lorry driver who is away from Monday to Thursday most weeks
- **Halina Nowak**, Ania's mum (71), who lives with the family

## What we are worried about

Since Oskar was diagnosed in March, Ania has spent most nights with him on Ward 4
and Piotr has been away for work during the week. Callum has been at home with his
nan, who has become forgetful over the last year and has not yet had a memory
assessment. On 12 August Callum came home at 1am to find the gas hob on and the
kitchen full of gas; Halina was asleep upstairs.

Callum has smoked cannabis most days since the spring, sometimes before school.
Police brought him home twice in July after finding him in Jubilee Park late at
night. His attendance this year was 74%. He has had anxiety since Year 8 and says
cannabis "shuts my head up".

Ania had postnatal depression after Oskar was born in 2019. Her GP treated it, she
was well again by the end of 2020, and she has had no difficulties with her mental
health since then.

## What is going well

- Ania and Piotr came to conference together and said they had "taken their eye off Callum" because of Oskar.
- Callum is close to his dad and plays for Joxley Rovers under-15s on Sundays.
- Oskar's treatment is going well and his stays on the ward are getting shorter.

## What Callum says

Callum saw Leanne at school on 2 September and at a café on 5 September. He said:
"Everyone's at the hospital. I get it, Oskar's ill, but there's no one about." He
smokes "to get to sleep" and does not want to "end up like the lads in the park".
He would see someone about his anxiety "but not in some posh office". He worries
about leaving his nan in the house on her own. He put home at 5 out of 10 and
football at 9.

## What will happen

- Leanne Booth (SW) will see Callum on his own every week, at school or away from the house, and write down what he says in her visit notes, so that Callum has a say in the plan and an adult he trusts outside the family.
- Rhys Adeyemi from Compass, Joxley's young people's drug and alcohol service, will meet Callum every fortnight from 15 September and send Leanne a short note after each session, so that Callum cuts down his cannabis and stops smoking before school.
- Joxley CAMHS will offer Callum an appointment for his anxiety when he is ready, and send Leanne a copy of the appointment letter, so that he can get to sleep without cannabis.
- Mrs Okoye, head of Year 10, will keep an eye on Callum in school every day, so that he feels someone is looking out for him.
- A referral will be made to Joxley Young Carers by 30 September and the acceptance letter put on file, so that Callum gets a break from worrying about Oskar and his nan.
- Ania and Piotr will agree a written rota with Leanne by 19 September and keep it on the fridge where Leanne can see it at visits, so that an adult is at home with Callum every night Ania is at the hospital.
- Piotr will come home early from work as often as he can and text Leanne to say he is home, so that Callum is not in the house overnight with only his nan.
- Tess Malone, the social worker on Ward 4, will email Leanne the dates of Oskar's hospital stays for Leanne to add to the rota, so that the rota can be planned around them.
- Kirsty Hale (school nurse) will see Callum about sleep and cannabis by October half-term (24 October) and write what they agree in his health plan, so that he knows what cannabis does to his sleep and where to get help.
- Ania will book a memory assessment for Halina with Halina's GP by 30 September and show Leanne the appointment letter, so that Callum is no longer the one keeping his nan safe at home.

## If things get worse

If things do not get better for Callum, or there are further worries about him, the
core group will meet to review the plan and consider what else is needed.

## Meetings

- Core group: every three weeks at Joxley High School, first on Wednesday 17 September 2025 at 3.30pm.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("T002", "Joxley CAMHS will offer Callum an appointment for his anxiety"),
        F("M002", "will keep an eye on Callum in school every day"),
        F("W001", "A referral will be made to Joxley Young Carers"),
        F("T002", "Piotr will come home early from work as often"),
        F("T001", "will email Leanne the dates of Oskar's hospital stays"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter to a father setting out the plan; his PTSD treated by "the
#    Wellbeing Hub"; outcomes partly in his own words (paged PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_jurlington_letter_to_father_wellbeing_hub_nwosu.pdf",
    "doc_title": "Letter to Darren Nwosu - Tyler and Mia's child protection plan",
    "split": "heldout",
    "actions": 9,
    "template": "letter-to-father-after-icpc-paged-address-block-then-why-shown-us-what-we-want-in-his-words-then-one-sentence-per-action-paragraphs",
    "description": (
        "Social worker's letter to a father who is sole carer of a 4-year-old and a 20-month-old, setting "
        "out the plan agreed at the initial conference (his PTSD from army service, flashbacks since the "
        "mother left). The outcomes start from his own words at conference. The plan is one sentence per "
        "paragraph, written to him ('I will', 'you will'). Faults: the Wellbeing Hub (his mental health "
        "service) only carries on treating him (H001) - though it owns an action, so no F004; five of the "
        "nine actions are about his own needs with no link to the children (F001); one outcome is only "
        "about him (F002); 'as soon as possible' (T002); two sentences with no measure (M001); the "
        "grandmother and uncle carry the nursery run and Saturdays and the contingency sends the children "
        "to them with no fallback (C003). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Jurlington Council · Children's Services",
    "footer": "Letter to Darren Nwosu – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Jurlington Council"),
        ("pr", "Children's Services – Family Safeguarding Team"),
        ("pr", "Town Hall, Market Street, Jurlington"),
        ("pr", "18 August 2025"),
        ("p", ""),
        ("pl", "Mr Darren Nwosu"),
        ("pl", "Flat 4, Heron House"),
        ("pl", "Canal Street"),
        ("pl", "Jurlington"),
        ("p", ""),
        ("p", "Dear Darren,"),
        ("boldp", "Tyler and Mia's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Thursday 14 August. I know it "
              "was hard to hear what people said about the day in July, and you told us straight away that you "
              "want to put things right for Tyler and Mia. As I am the children's social worker, I said I would "
              "write to you with the plan in plain words: what we want for the children, what each of us will "
              "do, and what will happen if things go wrong. The plan is under the category of neglect."),
        ("h2", "Why Tyler and Mia have a plan"),
        ("p", "Since the children's mum, Jade, moved to Jarnmouth, 300 miles away, in May, you have cared for Tyler and Mia on your "
              "own. You told conference that you have post-traumatic stress disorder from your time in the army, "
              "and that since Jade left your nightmares and flashbacks have come back. On 30 July a neighbour "
              "rang the police after hearing Mia crying for more than an hour. The police found that you had had "
              "a flashback and locked yourself in the bathroom, and that Tyler, who is 4, had let himself out "
              "onto the landing in his pyjamas. You have been seeing Dr Karen Lowe at the Wellbeing Hub for your "
              "PTSD since March."),
        ("h2", "What Tyler and Mia have shown us"),
        ("p", "When I saw Tyler on his own at nursery on 8 August he told me: \"Daddy goes in the bathroom when "
              "he's sad and I have to look after Mia.\" He said his favourite thing is going to the park with you "
              "and Uncle Sol, and that he doesn't like \"the shouting in the night\". He starts Reception at Brook "
              "Lane Primary on 4 September and told me he is \"a bit scared but a bit excited\"."),
        ("p", "Mia is 20 months old. At Little Herons Nursery she is happy and busy, but staff have noticed that "
              "she cries and clings to her key worker when it is time to go home, and on two mornings she arrived "
              "in the nappy she had on the night before. At home she follows you from room to room and holds her "
              "arms up to be picked up when Tyler gets upset."),
        ("h2", "What we all want"),
        ("p", "At conference you put it this way: \"I want the kids to wake up to a dad who's up, with breakfast "
              "on the table, every day.\" Everyone agreed that is what this plan is for. By the review conference "
              "we want:"),
        ("bullets", [
            "Tyler and Mia are never left alone or shut out of a room when you are unwell, and there is always an "
            "adult who can look after them.",
            "Mia arrives at nursery clean, changed and fed, and Tyler settles into Reception and gets there on "
            "time every day.",
            "You will have fewer nightmares and feel calmer in yourself.",
        ]),
        ("h2", "What will happen"),
        ("p", "I will visit you and the children at home every week until the review conference, always seeing "
              "Tyler on his own, and I will write down what he tells me in my visit notes."),
        ("p", "Dr Karen Lowe at the Wellbeing Hub will carry on seeing you every week for trauma therapy, and "
              "will send me a letter each month saying which sessions you have been to."),
        ("p", "You will go to the breakfast at the Jurlington Veterans' Club on Saturday mornings."),
        ("p", "You will see your GP about your sleep and your medication as soon as possible and show me the "
              "appointment letter."),
        ("p", "You will do the Steady Ground online course on managing flashbacks, one module a week, and show me "
              "the certificate when you finish it."),
        ("p", "You will meet the armed forces adviser at Jurlington Jobcentre by 30 September to talk about going "
              "back to work, and show me the letter confirming the meeting."),
        ("p", "Your mum, Grace, will take Mia to nursery and collect her on Mondays, Wednesdays and Fridays, and "
              "the nursery will write down in its register who drops her off and who collects her."),
        ("p", "Your brother, Sol, will have Tyler and Mia at his house on Saturday mornings while you are at the "
              "Veterans' Club."),
        ("p", "Precious Mensah, your health visitor, will see Mia for her two-year review by 31 October and send "
              "the results to me and to the nursery."),
        ("h2", "If things go wrong"),
        ("p", "If you have a flashback or a panic attack while you are on your own with the children, you will "
              "ring your mum or Sol straight away, and one of them will come and look after Tyler and Mia until "
              "you are well again. If the children are found alone or shut out, or the police are called to the "
              "flat, I (or the emergency duty team out of hours) will hold a strategy discussion the same day and "
              "the children will stay with your mum until it has decided what happens next. If this happens "
              "twice before the review conference, I will ask my manager for a legal planning meeting within 5 "
              "working days."),
        ("h2", "Meetings"),
        ("p", "The core group (you, me, your mum, Little Herons Nursery, Brook Lane Primary, the health visitor "
              "and Dr Lowe) will meet every four weeks at Brook Lane Primary at 10am: Thursday 28 August, "
              "Thursday 25 September and Thursday 23 October. The review child protection conference will be "
              "on Thursday 13 November 2025 at 10am at Jurlington Town Hall."),
        ("p", "If anything in this letter is wrong, or you do not agree with it, please tell me at my next visit "
              "and I will put your views on the file. You can also ask the chair, Mrs Hilary Fenn, for a copy of "
              "the full conference record."),
        ("p", "Yours sincerely,"),
        ("pl", "Amira Cole"),
        ("pl", "Social Worker, Family Safeguarding Team"),
        ("p", ""),
        ("p", "Copy to: Grace Nwosu; Little Herons Nursery; Brook Lane Primary; HV Precious Mensah; Dr Karen Lowe, "
              "the Wellbeing Hub; Dr Alan Reeve, Canal Street Surgery."),
    ],
    "findings": [
        F("F002", "You will have fewer nightmares and feel calmer in yourself."),
        F("H001", "Dr Karen Lowe at the Wellbeing Hub will carry on"),
        F("M001", "You will go to the breakfast at the Jurlington Veterans' Club"),
        F("T002", "You will see your GP about your sleep"),
        F("M001", "Your brother, Sol, will have Tyler and Mia"),
        F("F001"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby on the children's ward: case-system print of her child
#    protection plan, task blocks, no visits set, transfer pending (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_jandermere_lac_baby_on_ward_print_thorne.txt",
    "split": "heldout",
    "actions": 9,
    "template": "cp-plan-looked-after-baby-case-system-print-txt-dot-leader-details-then-task-blocks-owner-when-evidence",
    "description": (
        "Case-system print of the child protection plan for a 12-week-old accommodated under section 20 "
        "with foster carers, now on the children's ward with bronchiolitis (mother's postnatal depression "
        "and self-harm under the perinatal team; father's cocaine use, open to 'the Harbour'). Task blocks "
        "with OWNER, WHEN and EVIDENCE lines. Faults: nobody is set to visit her on the ward - the social "
        "worker only liaises and the foster carers visit 'when they are able' (L001, T002); the perinatal "
        "CPN only offers support (H001); 'Professionals' (W002); a viability assessment with no output "
        "(M001); a task with no time (T001); the parenting assessment handed to the next authority to "
        "finish after transfer (X001); no outcome for the baby anywhere (O001); review date 'to be set' "
        "(R001). Hard negatives: the drug service reports on change; contingency and legal step specific."
    ),
    "text": """\
JANDERMERE COUNCIL - CHILDREN'S SERVICES                          CareFile 5
CHILD PROTECTION PLAN - LOOKED AFTER CHILD               printed 11/09/2025
user: KADEBAYO                                                  page 1 of 1
===========================================================================
[A] CHILD
    NAME .......... Isla THORNE   DOB 19/06/2025 (12 weeks)   CF-771042
    LEGAL STATUS .. Looked after (section 20) since 17/07/2025
    PLACEMENT ..... Bev and Alan KAYE, foster carers, 3 Plover Way,
                    Jandermere
    WHERE NOW ..... Ward 9 (children's ward), Jandermere Royal Infirmary,
                    since 05/09/2025 with bronchiolitis; on high-flow
                    oxygen and tube feeds. The ward expects her to stay
                    at least another 7 to 10 days.
    MOTHER ........ Chloe THORNE (19), 28 Fenner Street, Jandermere
    FATHER ........ Liam REECE (22), no fixed address
    ICPC .......... 31/07/2025      CATEGORY ..... Neglect
    SOCIAL WORKER . Kerry Adebayo, Children in Care Team
    IRO / CHAIR ... Martin Fell

[B] REASON FOR PLAN
    Chloe has postnatal depression and has self-harmed twice since Isla
    was born; she is open to the Jandermere Perinatal Mental Health Team.
    Liam uses cocaine most weekends and is open to the Harbour,
    Jandermere's drug and alcohol service. On 15/07/2025 the HV found
    Isla with a bleeding nappy rash and a weight that had dropped two
    centile lines; Chloe said she had been "in bed for days". Chloe
    agreed to Isla being accommodated on 17/07/2025. Chloe plans to move
    to her mother's house in Jethrowick in October, and the case is
    expected to transfer to Jethrowick Council.

[C] ISLA - WHAT WE HAVE SEEN
    Bev says Isla took her bottles well before she became ill, smiled
    for the first time at Alan on 20/08 and slept best swaddled in the
    Moses basket next to their bed. At contact before her admission she
    turned towards Chloe's voice and settled on her chest, and she
    startled and cried when Liam raised his voice on 28/08. On the ward
    she is sleepy, is fed through a tube and calms when she is held.

[D] TASKS
---------------------------------------------------------------------------
TASK 01  Liaise with Ward 9 about Isla's oxygen, feeding and discharge
         planning, and agree with the ward where she goes on discharge
  OWNER ...... SW Kerry Adebayo
  WHEN ....... by 19/09/2025
  EVIDENCE ... discharge plan on Isla's file, copied to the foster carers
---------------------------------------------------------------------------
TASK 02  Visit Isla on the ward and tell the SW how she is
  OWNER ...... Bev and Alan Kaye, foster carers
  WHEN ....... when they are able
  EVIDENCE ... phone update to the SW after each visit, noted on file
---------------------------------------------------------------------------
TASK 03  Continue to offer Chloe support with her mood and her
         self-harm through home visits
  OWNER ...... CPN Ruth Hale, Jandermere Perinatal Mental Health Team
  WHEN ....... fortnightly
  EVIDENCE ... CPN contact notes shared with the SW
---------------------------------------------------------------------------
TASK 04  Keywork with Liam and a hair-strand test each month, with a
         written report on whether he has stopped using cocaine and
         what that means for his care of Isla
  OWNER ...... Jay Moran, keyworker, the Harbour
  WHEN ....... tests monthly from 15/09/2025; report by 24/10/2025
  EVIDENCE ... test results and the report sent to the SW
---------------------------------------------------------------------------
TASK 05  Supervised contact for Chloe and Liam with Isla at Jandermere
         Family Centre once she is back with her foster carers
  OWNER ...... Nina Shah, contact supervisor
  WHEN ....... three times a week from the week after discharge
  EVIDENCE ... contact recordings sent to the SW within 2 working days
---------------------------------------------------------------------------
TASK 06  Tell the SW about any concern about Chloe's mood, self-harm
         or Liam's drug use
  OWNER ...... Professionals
  WHEN ....... same day
  EVIDENCE ... each concern logged on Isla's file
---------------------------------------------------------------------------
TASK 07  Viability assessment of Chloe's mother, Dawn Thorne, as a
         possible carer for Isla
  OWNER ...... SW Kerry Adebayo
  WHEN ....... by 10/10/2025
  EVIDENCE ... -
---------------------------------------------------------------------------
TASK 08  Rebook the first immunisations Isla missed while on the ward
  OWNER ...... Bev Kaye, foster carer
  WHEN ....... -
  EVIDENCE ... immunisations recorded in Isla's red book
---------------------------------------------------------------------------
TASK 09  Hand the parenting assessment of Chloe over to Jethrowick
         Council, for Jethrowick to complete after the case transfers
  OWNER ...... SW Kerry Adebayo
  WHEN ....... transfer planning meeting, 22/09/2025
  EVIDENCE ... transfer summary and assessment notes sent to Jethrowick
---------------------------------------------------------------------------

[E] CONTINGENCY
    TRIGGER .... Chloe or Liam try to take Isla from the ward or from the
                 foster home; Chloe withdraws her section 20 consent;
                 either parent arrives at contact under the influence of
                 drugs or alcohol; Chloe self-harms.
    RESPONSE ... Ward staff or the foster carers ring the police on 999
                 and the SW (or the emergency duty team out of hours).
                 The SW seeks legal advice that day about an emergency
                 protection order, and holds a strategy discussion the
                 same day. Contact stops until the strategy discussion
                 has agreed when it restarts.
    LEGAL ...... If Liam's hair-strand test is positive, or Chloe has not
                 accepted a referral for the parenting assessment by the
                 core group on 16/10/2025, the SW will ask for a legal
                 planning meeting within 5 working days.

[F] MEETINGS
    CORE GROUP .... every 4 weeks, Thursdays 2pm, Jandermere Family
                    Centre: 18/09/2025, 16/10/2025, 13/11/2025
    REVIEW ........ review child protection conference and LAC review:
                    date to be set once Isla is discharged
===========================================================================
END OF PRINT
""",
    "findings": [
        F("T002", "Visit Isla on the ward and tell the SW how"),
        F("H001", "Continue to offer Chloe support with her mood"),
        F("W002", "Tell the SW about any concern about Chloe's mood"),
        F("M001", "Viability assessment of Chloe's mother, Dawn Thorne"),
        F("T001", "Rebook the first immunisations Isla missed while on"),
        F("X001", "Hand the parenting assessment of Chloe over to Jethrowick"),
        F("L001"),
        F("O001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan whose outcomes are the family's own words; mother's agoraphobia
#    under Talking Therapies (one treatment-only row, one report row), a
#    sister's epilepsy, a grandfather's Parkinson's (md table)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b78_junewick_family_words_talking_therapies_hargreaves.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-md-bold-details-worries-family-wants-in-own-words-girls-say-then-action-who-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 12-year-old young carer and her 8-year-old sister, who has "
        "epilepsy (mother's panic attacks and agoraphobia; grandfather with Parkinson's living with them). "
        "The outcomes are the family's own words, one per person. Talking Therapies has two rows: weekly "
        "CBT with an attendance record only (H001) and a report on whether the mother can make the changes "
        "needed (no H001). The children's epilepsy nurse trains the parents (never H001); the grandfather's "
        "care assessment is a children's social care task. Faults: the mother's quoted wish is only about "
        "her (F002), 'TBC' (T002), 'Family network' (W002), 'Lily's engagement in school' (M002), an empty "
        "measure (M001), no time (T001). The family's school walk has a fallback in the contingency; dates "
        "and legal step set."
    ),
    "text": """\
# Junewick Council – Child Protection Plan

**Children:** Lily Hargreaves (12), Year 8, Junewick Academy; Rosie Hargreaves (8), Year 4, Fernside Primary
**Parents:** Amy Hargreaves (33) and Steve Hargreaves (35), 5 Coppice Walk, Junewick
**Also at home:** Ken Marsh (69), Amy's dad, who has Parkinson's disease
**Conference:** Initial child protection conference, Monday 1 September 2025
**Category:** Neglect
**Social worker:** Mark Ogundipe, Junewick Family Safeguarding Service
**Chair:** Denise Kaur

## Why we are worried

Amy has had panic attacks and agoraphobia for three years and has not left the
house on her own since the spring. Steve drives lorries and leaves at 5am four
days a week. Lily has been taking Rosie to school, doing the shopping and helping
her grandad wash and dress, and her attendance last year was 68%. Rosie has
epilepsy and has missed three neurology appointments since January because there
was nobody to take her. On 11 July Rosie had a long seizure at home and Lily, then
11, gave her the rescue medicine while Amy rang 999. Amy's GP referred her to
Junewick Talking Therapies in July.

## What the family want – in their own words

- Lily: "I want to be at school every day and not have to worry about Rosie's medicine."
- Rosie: "I want to go to all my hospital appointments so I don't have as many fits."
- Steve: "I want the girls to have a normal childhood, like I had."
- Amy: "I want to stop panicking every time I open the front door."

## What Lily and Rosie told us

Lily (seen on her own at school, 27 August): "When Rosie had the big fit I did the
medicine because Mum was on the phone. My hands were shaking." She said she likes
art and wants to go to the after-school art club "but someone has to get Rosie".
She loves her grandad but finds helping him in the bathroom "embarrassing".
Rosie (seen at home, 28 August) said she is "scared of fitting at school" and that
Lily is "the best at looking after me". She put home at 8 out of 10.

## The plan

| Action | Who | When | How we will know |
|---|---|---|---|
| Twelve sessions of CBT for Amy's panic attacks and her fear of going out | Jon Pryce, psychological therapist, Junewick Talking Therapies | Weekly from 8 September 2025 | Attendance record sent to the SW each month |
| Written report on whether Amy is making the changes she needs to take the girls to school and to appointments herself, and how long that is likely to take | Jon Pryce, Junewick Talking Therapies | By 31 October 2025 | Report sent to the SW and read at the core group |
| Review Rosie's seizure plan and train Amy and Steve to give the rescue medicine, so that Lily never has to | Sue Garside, children's epilepsy nurse, Junewick General Hospital | By 19 September 2025 | Training record signed by both parents; seizure plan copied to Fernside Primary and the SW |
| Take Rosie to every neurology appointment | Steve Hargreaves | Every appointment (the next is 23 September 2025) | Clinic letter confirms Rosie was seen |
| Young carer's assessment for Lily and a place at the Thursday young carers' group | Junewick Young Carers | TBC | Assessment shared with the SW |
| Walk Lily and Rosie to school each morning | Family network | Every school day | School registers show both girls in by 8.50am |
| See Lily and Rosie at home and at school, each on her own | SW Mark Ogundipe | Fortnightly until the review conference | Visit notes record what each girl says in her own words |
| Check Lily's attendance each week and talk with her about how things are at home | Mrs Fiona Reid, pastoral lead, Junewick Academy | Weekly in term time | Lily's engagement in school |
| Plan short trips out of the house with Amy, building up to walking to the school gate | FSW Tara Quinn, Junewick Family Hub | Weekly | |
| Ask Junewick Adult Social Care for a care assessment for Ken, so that caring for him does not fall to Lily | SW Mark Ogundipe | | Request acknowledged in writing by Adult Social Care |

## Contingency plan

- If Rosie has a seizure and there is no adult at home who can give the rescue medicine, or Lily has to give it again, Steve will come home that day and the SW will hold a strategy discussion the same day.
- If either girl is not in school by 9.30am, the school will ring Steve and the SW, and the SW will visit the house that morning.
- If nobody in the family can walk the girls to school on any day, Steve will ring Fernside Primary by 8am and the breakfast club minibus will collect both girls; if the minibus cannot, FSW Tara Quinn will take them.
- If Lily's attendance is below 85% at October half-term, or she has to give Rosie the rescue medicine again, the SW will ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks at Fernside Primary, 3.30pm: Thursday 11 September, Thursday 9 October and Thursday 6 November 2025.
- Review child protection conference: Monday 24 November 2025, 10am, Junewick Civic Centre.
""",
    "findings": [
        F("F002", "I want to stop panicking every time I open the front door."),
        F("H001", "Twelve sessions of CBT for Amy's panic attacks"),
        F("T002", "Young carer's assessment for Lily and a place"),
        F("W002", "Walk Lily and Rosie to school each morning"),
        F("M002", "Check Lily's attendance each week and talk with her"),
        F("M001", "Plan short trips out of the house with Amy"),
        F("T001", "Ask Junewick Adult Social Care for a care assessment"),
    ],
})
