"""Batch 89, module c: seven fictional plans (tuning material), places beginning with "c".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: timescales and measures in their many real forms. Dates written as
"w/c 8/9", "3rd week of Sept", "by half term", "end of term", "by 36 weeks
pregnant", "before the baby is born", "within 5 working days of discharge";
a timescale given once in a stage heading, an outline subheading or a column
header ("By the review on 4 March 2026 we will see") and not in the row;
"Ongoing", "TBC", "ASAP", "As required", "When possible" and "As often as he
can"; measures in columns with unusual names ("We will know because", "What
will tell us it has happened", "Success looks like", "PROOF") beside an
"Update" column that only reports what happened; rows with only a status
("Done", "Carried forward"). One review plan carries its conference actions
forward with progress notes. Pre-birth and methadone, domestic abuse, a
mother's depression and drinking, a looked-after premature baby whose mother
has postpartum psychosis, a family moving to another council, a father's
drinking and a mother's Crohn's disease, a mother's bipolar disorder. Three
.docx, two PDFs (header and page footer), one markdown and one plain-text
file; two are exemplary.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth ICPC plan (mother on methadone). Stage banner rows merged
#    across the table carry the timescale for every row under them; the
#    rows have no When column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_chantrybeck_prebirth_stage_banner_rows_varley.docx",
    "doc_title": "Child Protection Plan - Unborn baby Varley and Mason Varley",
    "split": "tune",
    "actions": 15,
    "template": "prebirth-icpc-plan-docx-details-lines-worries-going-well-mason-and-what-the-baby-will-need-outcomes-then-three-column-what-who-we-will-know-because-table-under-stage-banner-rows-carrying-the-timescale-36-weeks-before-birth-on-the-ward-within-5-working-days-of-discharge",
    "description": (
        "Exemplary pre-birth initial conference plan for an unborn baby and a 5-year-old brother "
        "(mother on a methadone script after a relapse on heroin; the baby's father smokes cannabis). "
        "The action table has no When column: four stage banner rows merged across the table carry "
        "the timescale for every row under them ('by 36 weeks pregnant (Friday 27 February 2026)', "
        "'from 36 weeks until the baby is born', 'on the maternity ward, from the birth until "
        "discharge', 'within 5 working days of discharge, then every week until the review "
        "conference'). Every row names a person and says what will be seen; the drug service "
        "reports on likely change for both parents, the grandmother's help has a fallback, a legal "
        "planning meeting is named and the meetings are dated. Mason's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Chantrybeck Borough Council · Children's Services · Pre-birth and Infant Safeguarding Team"),
        ("kv", [
            ("Unborn baby", "Baby Varley, EDD Friday 27/03/2026 (Jade was 29 weeks pregnant at conference)"),
            ("Brother", "Mason Varley, DOB 03/06/2020 (5), Reception, St Aidan's C of E Primary"),
            ("Mother", "Jade Varley (23), 9 Kestrel Court, Chantrybeck CB4 2LT"),
            ("Baby's father", "Connor Hesketh (26), lives with his mother at 51 Quarry Lane. Mason's father "
                              "is not involved."),
            ("Maternal grandmother", "Tracey Varley, 14 Larch Way (five minutes' walk away)"),
            ("Category", "Neglect (unborn baby and Mason)"),
            ("Initial conference", "Wednesday 14/01/2026, chaired by Moira Sutcliffe"),
            ("Social worker", "Anya Desai, Pre-birth and Infant Team (01632 960 512)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Jade has used heroin since she was 17. She has been on a methadone script with Chantrybeck Drug "
              "and Alcohol Service (CDAS) since March 2024 and now takes 45ml a day, picked up daily from "
              "Moorgate Pharmacy. In November 2025 two of her urine tests were positive for heroin. On "
              "21/11/2025 a neighbour found Mason on the landing of the flats at 7.40pm in his pyjamas, looking "
              "for his mum, who was asleep and could not be woken for several minutes. Connor smokes cannabis "
              "every day. He says he never smokes in the flat, but it smelt of cannabis on two of the four "
              "home visits. Mason's attendance was 84% in the autumn term and he has arrived at school hungry "
              "several times."),
        ("h1", "What is going well"),
        ("p", "Jade's urine tests in December and January have been clear of heroin. She has kept every "
              "antenatal appointment since 20 weeks and told her midwife about her methadone from the start. "
              "Mason is warm and chatty with his mum and she knows his routines well. Tracey sees Mason most "
              "days and has had him to stay every Friday since November. Connor says he wants to be a good dad "
              "and has come to two antenatal appointments."),
        ("h1", "Mason, and what the baby will need"),
        ("p", "Mason was seen on his own at school on 08/01/2026. He said: \"I like it when Nana takes me to "
              "school because we go past the ducks.\" The worst thing, he said, was \"when Mummy was asleep and "
              "wouldn't wake up and I went to find Sharon\" (the neighbour). He wants a brother \"so I can teach "
              "him football\" and drew the baby in a cot next to his own bed. At home on 12/01/2026 he showed "
              "the social worker his new bed and asked whether the baby would \"cry all night like Sharon's "
              "baby\"."),
        ("p", "The baby will be born used to methadone and may need treatment for withdrawal on the ward. At "
              "home the baby will need an adult who is awake and sober at every feed, day and night, a safe "
              "place to sleep, and a home with no smoke in it."),
        ("h1", "What we want for Mason and the baby"),
        ("bullets", [
            "The baby is born safely, is treated for any withdrawal on the ward, and goes home only when there "
            "is a safe plan for the baby's care.",
            "Mason and the baby are always cared for by a sober adult who is awake and can respond to them, "
            "day and night.",
            "Mason gets to school on time every day, fed and ready to learn, and is never left on his own.",
            "The baby sleeps in a Moses basket or cot of their own, in a home free of smoke.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is set out in four stages. The heading of each stage says when everything under it "
              "will be done. Where a row has its own frequency as well, it keeps to that too."),
        ("table", {
            "header": ["What will happen", "Who", "We will know because"],
            "widths": [7.2, 4.0, 5.8],
            "band_fill": "E2EFDA",
            "rows": [
                ["Stage 1 – by 36 weeks pregnant (Friday 27 February 2026)", H, H],
                ["Weekly key-work with Jade, with a supervised urine test each time, and a written view on "
                 "whether she is keeping to her script and how likely she is to stay off heroin once the baby "
                 "is born",
                 "Lewis Grant, recovery worker, Chantrybeck Drug and Alcohol Service (CDAS)",
                 "Test results sent to the SW every week; written report on Jade's likely progress sent to the "
                 "SW and the core group by the end of this stage"],
                ["Cannabis assessment with Connor and six one-to-one sessions, with a written view on whether "
                 "he can keep the flat and the baby free of smoke",
                 "Priya Sandhu, young adults worker, CDAS",
                 "Attendance record and a written summary sent to the SW after the sixth session"],
                ["Pre-birth parenting assessment of Jade and Connor, including who will do the night feeds and "
                 "how Mason will be cared for during the birth",
                 "Anya Desai, SW",
                 "Written assessment with a recommendation on where the baby goes on discharge, shared with "
                 "Jade, Connor and the core group"],
                ["Antenatal checks with the specialist midwife every two weeks, including the baby's growth and "
                 "Jade's methadone dose",
                 "Ruth Pennington, specialist midwife (substance use), Chantrybeck General Hospital",
                 "Each appointment written in the maternity notes; the midwife emails the SW the same day if "
                 "Jade misses one"],
                ["Agree with Jade and Tracey who will look after Mason when Jade goes into labour, and add "
                 "Tracey's details to the birth plan",
                 "Anya Desai, SW, with Jade and Tracey Varley",
                 "Tracey's name and number on the birth plan and the maternity alert, seen by the SW"],
                ["Stage 2 – from 36 weeks until the baby is born (EDD Friday 27 March 2026)", H, H],
                ["Pre-discharge planning meeting on Maple Ward with the ward manager, midwife, HV, CDAS, Jade "
                 "and Connor",
                 "Anya Desai, SW",
                 "Signed discharge plan naming who cares for the baby on the ward and at home, copied to the "
                 "HV, the GP and the ward"],
                ["Antenatal home visit to see where the baby will sleep and that Jade's methadone is kept in a "
                 "locked box",
                 "Sophie Marr, HV",
                 "Moses basket seen set up in Jade's room and the locked box seen; both written on the HV "
                 "record"],
                ["Safe sleep and coping-with-crying session with Jade and Connor together",
                 "Sophie Marr, HV",
                 "Both parents sign the safe sleep record and tell the HV what they will do if the baby will "
                 "not settle"],
                ["Stage 3 – on the maternity ward, from the birth until discharge", H, H],
                ["Score the baby for withdrawal every 4 hours and keep the baby on the ward for at least 72 "
                 "hours after birth",
                 "Dr Emeka Oduya, consultant neonatologist",
                 "Withdrawal scores on the baby's chart; the neonatologist tells the SW before any discharge "
                 "date is set"],
                ["Write down how Jade and Connor feed, change and settle the baby, and any time either parent "
                 "seems drowsy or smells of cannabis",
                 "Midwife in charge of Maple Ward, every shift",
                 "Shift entries in the maternity notes, summarised in writing to the SW before discharge"],
                ["Stage 4 – at home: within 5 working days of discharge, then every week until the review "
                 "conference", H, H],
                ["Home visit within 5 working days of discharge, then every week, seeing the baby awake and "
                 "Mason on his own",
                 "Anya Desai, SW",
                 "Visit records say where the baby slept, what Mason said and whether the methadone was locked "
                 "away"],
                ["New birth visit, then weigh the baby at home every week for the first six weeks",
                 "Sophie Marr, HV",
                 "Weights written in the red book and emailed to the SW; the baby stays on or above the birth "
                 "centile"],
                ["Walk Mason to school on Monday, Wednesday and Friday mornings and have him to stay every "
                 "Friday night",
                 "Tracey Varley (maternal grandmother)",
                 "School register shows Mason in by 8.50am on those days; overnight stays written in the "
                 "family diary"],
                ["Check Mason's attendance and how he arrives each morning, and ring the SW the same day if he "
                 "is absent without a reason",
                 "Mrs Helen Bright, DSL, St Aidan's C of E Primary",
                 "Attendance printout emailed to the SW every Friday"],
                ["Go to the Chantrybeck Dads group every Tuesday evening",
                 "Connor Hesketh",
                 "Group register sent to the SW each month"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jade misses her methadone pick-up two days running, has a urine test positive for heroin or "
            "cocaine, or is found drowsy or asleep while she is the only adult with Mason or the baby, whoever "
            "finds out rings the SW (or the emergency duty team out of hours) straight away. The SW will hold a "
            "strategy discussion the same day, and Mason and the baby will stay with Tracey at 14 Larch Way "
            "until it is safe for them to go home.",
            "If Tracey is ill, away or cannot have them, the emergency duty team will place Mason and the baby "
            "with approved Chantrybeck foster carers that night, and the SW will tell school the next morning.",
            "If the baby needs treatment for withdrawal, the baby stays on the ward until the neonatologist "
            "says the baby is well enough to go home, whatever date was planned.",
            "If Jade has two positive tests for heroin or cocaine before 36 weeks, or the parenting assessment "
            "recommends that the baby cannot go home with her, the SW will ask the team manager for a legal "
            "planning meeting within 5 working days to decide on the pre-proceedings stage of the PLO before "
            "the birth.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Chantrybeck Family Hub, 10am: 04/02/2026, 04/03/2026, and within 10 "
            "working days of the birth.",
            "Review child protection conference: Wednesday 08/04/2026, 1.30pm, Chantrybeck Civic Centre.",
        ]),
        ("p", "Plan agreed at conference on 14/01/2026. Copies to Jade, Connor, Tracey and every agency named "
              "above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan after domestic abuse, two school-age children. A When column
#    written the way a school year is talked about: "w/c 8/9", "3rd week of
#    Sept", "By half term", "End of term". Header and page footer. Exemplary
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_clapperdene_icpc_term_dates_when_column_nwosu.pdf",
    "doc_title": "Child Protection Plan - Tia and Reuben Nwosu",
    "split": "tune",
    "actions": 11,
    "template": "icpc-da-plan-paged-header-footer-family-details-grid-numbered-sections-then-ref-what-we-will-do-who-when-what-will-tell-us-it-has-happened-table-dates-as-wc-week-of-month-half-term-end-of-term",
    "description": (
        "Exemplary initial conference plan for an 11-year-old and a 7-year-old after their father's "
        "assault on their mother (father on bail, supervised contact, perpetrator programme). The When "
        "column is written the way schools talk about the year: 'w/c 8/9', 'Fortnightly from w/c 8/9', "
        "'3rd week of Sept', 'By half term', 'End of term', 'First session by the end of Sept', 'Every "
        "other Saturday ... from 13/09', with half term and end of term dated once in a note above the "
        "table. The measure column is headed 'What will tell us it has happened'. The children's words, "
        "child-focused outcomes, a contingency with 999, a refuge, an aunt with a fallback and a legal "
        "planning meeting, and dated meetings. Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Clapperdene City Council · Children's Services",
    "footer": "Child protection plan – Tia and Reuben Nwosu – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Conference – Child Protection Plan"),
        ("table", {
            "header": ["Family details", H, H, H],
            "widths": [3.4, 5.1, 3.4, 5.1],
            "bold_first_col": True,
            "rows": [
                ["Children", "Tia Nwosu (11), Year 7, Clapperdene Academy\nReuben Nwosu (7), Year 3, Harefield "
                             "Primary", "Category", "Emotional abuse"],
                ["Mother", "Chantelle Nwosu (34), 41 Alder Road, Clapperdene CL3 8PN", "Conference",
                 "Tuesday 02/09/2025"],
                ["Father", "Lee Nwosu (38), moved out 16/08/2025; on police bail, not to contact Chantelle or go "
                           "to Alder Road", "Chair", "Gwen Holloway, CP Chair"],
                ["Social worker", "Hollie Brennan, Safeguarding Team North", "Team manager", "Rob Aitken"],
            ],
        }),
        ("h1", "1. What happened"),
        ("p", "On 15/08/2025 Lee pushed Chantelle down the stairs and kicked her while she was on the floor. "
              "Tia was on the landing and saw it; Reuben was in bed and heard it. Tia rang her aunt, who rang "
              "the police. Lee was charged with assault occasioning actual bodily harm and is on bail until his "
              "trial. Police had been called to the house twice before, in 2023 and in March 2025. Chantelle "
              "scored 17 on the DASH checklist and the case went to MARAC on 28/08/2025. There are no concerns "
              "about Chantelle's or Lee's use of alcohol or drugs."),
        ("h1", "2. What Tia and Reuben have told us"),
        ("p", "Tia (seen on her own at the academy, 27/08/2025): \"I don't want Dad to come back to the house, "
              "but I do want to see him, just not at home.\" She said she checks the front door is locked "
              "\"about five times\" before she goes to sleep and that she is worried about starting Year 7 "
              "\"with everyone knowing\"."),
        ("p", "Reuben (seen at home, 29/08/2025) drew his family with Dad \"in a different house\". He said he "
              "misses playing FIFA with his dad. Chantelle says he has started wetting the bed again and comes "
              "into her room most nights."),
        ("h1", "3. What we want for Tia and Reuben"),
        ("bullets", [
            "Tia and Reuben live at home without seeing or hearing any more violence.",
            "Tia and Reuben know who to tell and what to do if they feel frightened, at home or at school.",
            "Tia and Reuben see their dad only in a way that keeps them and their mum safe.",
            "Reuben sleeps through the night in his own bed, and Tia settles into Year 7.",
        ]),
        ("h1", "4. The plan"),
        ("p", "Dates are for the 2025–26 school year. 'Half term' means the October half term (both schools "
              "close on Friday 24/10/2025) and 'end of term' means Friday 19/12/2025."),
        ("table", {
            "header": ["Ref", "What we will do", "Who", "When", "What will tell us it has happened"],
            "widths": [1.1, 5.4, 3.4, 2.9, 4.2],
            "rows": [
                ["P1", "Home visits, every other one unannounced, seeing Tia and Reuben on their own and "
                       "checking the door chain and the alarm",
                 "Hollie Brennan, SW", "Fortnightly from w/c 8/9",
                 "Visit records with each child's words and whether the chain and alarm were working"],
                ["P2", "Fit a panic alarm and put a marker on the address so that any 999 call gets an urgent "
                       "response",
                 "PC Dan Whitfield, Clapperdene Police DA Unit", "w/c 8/9",
                 "Alarm tested with Chantelle; marker confirmed to the SW by email"],
                ["P3", "Risk assessment and a written safety plan with Chantelle, including what she will do "
                       "if Lee comes to the house",
                 "Nadia Karim, IDVA, Clapperdene Domestic Abuse Service", "3rd week of Sept",
                 "DASH and safety plan copied to the SW; Chantelle can talk the SW through the plan at the "
                 "next visit"],
                ["P4", "Freedom Programme for Chantelle, so she can spot controlling behaviour and explain to "
                       "the children what happened",
                 "Chantelle Nwosu", "Every Thursday morning for 12 weeks, starting 18/09",
                 "Attendance register sent to the SW each month; certificate by end of term"],
                ["P5", "Weekly sessions with Tia on her worries and her own safety plan (who she rings and "
                       "where she goes)",
                 "Mrs Farah Iqbal, learning mentor, Clapperdene Academy",
                 "Every Tuesday after school until half term",
                 "Tia's safety plan, in her words, copied to the SW by half term"],
                ["P6", "Assessment of Reuben's bedwetting and night waking, with a plan for home",
                 "Kath Morley, school nurse", "By half term",
                 "Written plan given to Chantelle and the SW; wet and dry nights on Reuben's chart"],
                ["P7", "Check Reuben's attendance and how he is each morning, and ring Chantelle by 9.30am if "
                       "he is not in",
                 "Mr Steven Hale, DSL, Harefield Primary", "Every school day",
                 "Attendance and any worries emailed to the SW every Friday"],
                ["P8", "Supervise Tia and Reuben's time with their dad at the contact centre",
                 "Jo Mercer, supervisor, Clapperdene Family Contact Centre",
                 "Every other Saturday, 10am to 12pm, from 13/09",
                 "Contact notes sent to the SW within 2 working days of each session"],
                ["P9", "Start the Change Path domestic abuse perpetrator programme and keep to his bail "
                       "conditions",
                 "Lee Nwosu, referred by Dwayne Cole, probation officer",
                 "First session by the end of Sept, then weekly for 26 weeks",
                 "Programme report on attendance and risk sent to the SW before each core group"],
                ["P10", "Replace the front door and fit window locks at 41 Alder Road",
                 "Ayo Bello, repairs officer, Clapperdene Homes", "By half term",
                 "Job sheet copied to the SW; SW sees the new door at the next visit"],
                ["P11", "Go through a child's version of this plan with Tia and with Reuben",
                 "Hollie Brennan, SW", "End of term",
                 "Each child has a copy; the SW writes down what they asked and what they want changed"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("bullets", [
            "If Lee comes to the house or to either school, or contacts Chantelle or the children outside the "
            "contact centre, Chantelle or the school rings 999. Police will attend and arrest him for breach of "
            "bail, and the SW will hold a strategy discussion the same day.",
            "If Chantelle cannot keep the children safe at home that night, they will go with her to "
            "Clapperdene Women's Refuge or stay with her sister, Marcia Dunn, at 3 Hollin Way. If Marcia cannot "
            "have them, the emergency duty team will find approved foster carers the same day.",
            "If Chantelle lets Lee back into the home, or the children say he has been there, the SW will "
            "request a legal planning meeting within 5 working days.",
        ]),
        ("h1", "6. Meetings"),
        ("bullets", [
            "Core group every 4 weeks, 3.45pm at Harefield Primary: 23/09/2025, 21/10/2025 and 18/11/2025.",
            "Review child protection conference: Thursday 27/11/2025, 10am, Clapperdene Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. First review conference plan: the ICPC rows carried forward in one
#    landscape table with "Success looks like" and "Update at RCPC"
#    columns; two rows only say "Done", two only "Carried forward" (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_cressingdale_rcpc_carried_forward_update_column_hartley.docx",
    "doc_title": "Review Child Protection Plan - Kian and Poppy Hartley",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-1-plan-docx-landscape-details-lines-progress-since-icpc-children-needs-different-then-no-action-lead-by-when-success-looks-like-update-at-rcpc-table-icpc-rows-carried-forward-done-rows-kept-new-rows-at-the-bottom",
    "description": (
        "First review conference plan for a 9-year-old and a 3-year-old (neglect; mother's depression "
        "and drinking). The conference actions are carried forward in one table with 'Success looks "
        "like' beside an 'Update at RCPC' column that only reports what happened; two rows say only "
        "'Done' (work finished, not actions) and two say only 'Carried forward' in By when (T001); two "
        "rows were added at this review. Faults: Talking Therapies counselling with 'Gemma's mood "
        "improves' (H001, M002); the HV review 'TBC' with an empty success cell; 'Engagement with "
        "nursery'; 'All professionals'; the carried-forward direct work with Kian has no measure; the "
        "ELSA referral is 'ASAP'; one outcome is only about Gemma. The alcohol service reports on change, "
        "the contingency covers the grandmother failing and names a legal planning meeting."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference – Child Protection Plan"),
        ("p", "Cressingdale Metropolitan Borough Council · Children's Social Care · Safeguarding and Family "
              "Support Team 2"),
        ("kv", [
            ("Children", "Kian Hartley (9), Year 4, Cressingdale Juniors; Poppy Hartley (3), Little Acorns "
                         "Nursery"),
            ("Mother", "Gemma Hartley (34), 7 Bramble Walk, Cressingdale"),
            ("Father", "Lewis Hartley, lives in Northbridge; rings the children most Sundays"),
            ("Maternal grandmother", "Sandra Moss, 22 Heron Close, Cressingdale"),
            ("Category", "Neglect – plan since the initial conference on 23/10/2025"),
            ("This conference", "First review, Thursday 22/01/2026, chaired by Ruth Elland"),
            ("Social worker", "Marcus Obi"),
        ]),
        ("h1", "1. Progress since the initial conference"),
        ("p", "Gemma has been to most of her alcohol key-work sessions. Two breath tests in November showed "
              "alcohol; the seven since then have been clear. She has started counselling for her depression "
              "and says she is sleeping better. The house is tidier and the fridge has had food in it on most "
              "visits. Kian's attendance has gone up from 79% to 88%. Poppy has started nursery but has missed "
              "nearly half her sessions, and her development review has still not been done. Sandra has had "
              "both children every Friday night."),
        ("h1", "2. Kian and Poppy"),
        ("p", "Kian (seen on his own at school, 14/01/2026): \"Mum's better than before Christmas. She doesn't "
              "do the wine in the day now.\" He put home at 6 out of 10 (it was 3 in October). He said he still "
              "doesn't go to football \"in case Mum's sad when I get back\"."),
        ("p", "Poppy was seen at nursery on 13/01/2026: clean, in warm clothes, eating all her lunch and "
              "playing in the sand with another girl. At home she stays close to Gemma and uses a few single "
              "words; she held the SW's hand to show her the new stair gate."),
        ("h1", "3. What needs to be different"),
        ("bullets", [
            "Kian and Poppy are looked after every day by a mum who is sober and well enough to get them up, "
            "fed, and to school and nursery on time.",
            "Kian stops worrying about his mum and gets to do things for himself, like football.",
            "Poppy's speech and development are checked and she gets any help she needs.",
            "Gemma's mood will lift and she will be drinking less.",
        ]),
        ("h1", "4. The plan"),
        ("p", "Rows 1 to 12 are the actions agreed at the initial conference; the Update column says what has "
              "happened since. Rows marked Done are finished and stay in the table for the record. Rows 13 and "
              "14 were added at this conference."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Success looks like", "Update at RCPC (22/01/2026)"],
            "widths": [1.0, 6.4, 3.9, 3.0, 5.5, 5.9],
            "rows": [
                ["1", "Visit Kian and Poppy at home, see Kian on his own, and check the fridge and the "
                      "children's beds",
                 "Marcus Obi, SW", "Every 2 weeks",
                 "Visit notes record what Kian said, what was in the fridge and the state of each bed",
                 "8 visits since the ICPC, 2 unannounced. Fridge stocked on 6 of them."],
                ["2", "Alcohol key-work with Gemma with a breath test at every session, and a written report on "
                      "whether her drinking is changing and what that means for the children",
                 "Tariq Aziz, Cressingdale Alcohol Service", "Weekly; report before each core group",
                 "Breath test results and a written report sent to the SW before each core group",
                 "9 of 11 sessions. Two positive breath tests (November), clear since."],
                ["3", "Weekly counselling sessions for Gemma for her low mood",
                 "Ceri Powell, counsellor, Cressingdale Talking Therapies", "Weekly, 12 sessions from 10/11/2025",
                 "Gemma's mood improves",
                 "Started 10/11/2025; 7 sessions so far."],
                ["4", "Poppy's two-and-a-half-year review with the HV, including her speech and language",
                 "Lorna Birch, HV", "TBC", "",
                 "Not done – Gemma was not in on 04/12/2025 or 08/01/2026."],
                ["5", "Fit a fireguard and a stair gate in the living room",
                 "Gemma, with Nicky Shaw, FSW", "Done", "",
                 "Fitted 14/11/2025 and seen by the SW on 20/11/2025."],
                ["6", "Gemma to go to the Home Routines parenting group at Cressingdale Family Hub",
                 "Gemma Hartley", "Carried forward",
                 "Goes to 6 of 6 sessions (Family Hub register)",
                 "On the waiting list; the Family Hub will confirm a start date."],
                ["7", "Poppy to take up her funded nursery place on Monday, Wednesday and Friday mornings",
                 "Gemma, with Kath Lowe, manager, Little Acorns Nursery", "From 05/01/2026",
                 "Engagement with nursery",
                 "Started 05/01/2026; came to 5 of 9 sessions."],
                ["8", "Check Kian's attendance each morning and ring Gemma by 9.30am if he is not in",
                 "Mr Alan Price, DSL, Cressingdale Juniors", "Every school day",
                 "Weekly attendance figures emailed to the SW; Kian's attendance above 95% by Easter",
                 "88% this term (79% last term)."],
                ["9", "Have Kian and Poppy to stay every Friday night and take Kian to football on Saturday "
                      "mornings",
                 "Sandra Moss (maternal grandmother)", "Every Friday and Saturday",
                 "Stays and football written in the family diary kept at Sandra's",
                 "Every Friday since November except 26/12."],
                ["10", "Apply to the Household Support Fund for a bed and bedding for Kian",
                 "Marcus Obi, SW", "Done", "",
                 "Bed delivered 02/12/2025."],
                ["11", "Pass on any worries about Kian's or Poppy's care to the SW the same day",
                 "All professionals", "Same day",
                 "Each worry logged on the children's file with what was done",
                 "School rang twice in November; both followed up."],
                ["12", "Direct work with Kian about his worries at home, using the three houses",
                 "Marcus Obi, SW", "Carried forward", "",
                 "One session done on 12/12/2025."],
                ["13", "New: refer Kian to the school's ELSA for sessions on his worries about his mum",
                 "Mr Alan Price, DSL, Cressingdale Juniors", "ASAP",
                 "ELSA session record shared with the SW each half term",
                 "Agreed at this conference."],
                ["14", "New: write a crisis plan with Gemma for days when her mood is very low, saying who will "
                       "look after Kian and Poppy",
                 "Marcus Obi, SW, with Gemma", "By 20/02/2026",
                 "Crisis plan signed by Gemma, with copies at Sandra's, school and nursery",
                 "Agreed at this conference."],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("p", "If Gemma has been drinking while she is the only adult with Kian and Poppy, or Kian is absent from "
              "school two days running without a reason, whoever knows rings the SW (or the emergency duty team "
              "out of hours) the same day. The SW will visit that day and the children will stay with Sandra "
              "Moss at 22 Heron Close. If Sandra cannot have them, the emergency duty team will place them with "
              "approved foster carers that night. If Gemma has another positive breath test before the next "
              "core group, the SW will request a legal planning meeting within 5 working days."),
        ("h1", "6. Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Cressingdale Juniors, 9.30am: 19/02/2026, 19/03/2026 and 16/04/2026.",
            "Second review child protection conference: Thursday 21/05/2026, 1pm, Cressingdale Town Hall.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly counselling sessions for Gemma for her low mood"),
        F("M002", "Weekly counselling sessions for Gemma for her low mood"),
        F("T002", "two-and-a-half-year review with the HV, including her speech"),
        F("M001", "two-and-a-half-year review with the HV, including her speech"),
        F("T001", "Gemma to go to the Home Routines parenting group"),
        F("M002", "Poppy to take up her funded nursery place"),
        F("W002", "Pass on any worries about Kian's or Poppy's care"),
        F("T001", "Direct work with Kian about his worries at home"),
        F("M001", "Direct work with Kian about his worries at home"),
        F("T002", "refer Kian to the school's ELSA for sessions on his worries"),
        F("F002", "Gemma's mood will lift and she will be drinking less."),
    ],
})


# ---------------------------------------------------------------------------
# 4. Looked-after premature baby on the neonatal unit, mother detained with
#    postpartum psychosis. Task | Responsible | Timescale | Evidence of
#    progress; "When possible", "ASAP", "As often as he can", "w/c 9/3",
#    "Within 5 working days of discharge". Header and page footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_culmstow_lac_neonatal_task_timescale_evidence_adjei.pdf",
    "doc_title": "Child Protection Plan - Eli Adjei",
    "split": "tune",
    "actions": 10,
    "template": "icpc-lac-neonatal-plan-paged-header-footer-details-lines-why-there-is-a-plan-eli-on-the-unit-outcomes-then-task-responsible-timescale-evidence-of-progress-table-contingency-meetings",
    "description": (
        "Initial conference plan for a baby born at 30 weeks, three weeks old on the neonatal unit and "
        "accommodated under section 20; his mother is detained with postpartum psychosis. Timescales "
        "run from real ones ('Daily until discharge', 'Before discharge', 'w/c 9/3/2026', 'Within 5 "
        "working days of discharge, then weekly') to vague ones: the SW visits 'When possible' and the "
        "father 'As often as he can around his shifts', so nobody visits at a stated frequency (L001), "
        "and the mother's time with Eli is 'ASAP'. The psychiatrist only treats, measured by a stable "
        "mental state (H001, M002); the aunt's viability assessment has no lead; the discharge planning "
        "meeting has no evidence. The contingency is 'any concerns ... review the plan' and no legal step "
        "is named. Header and page footer on every page."
    ),
    "header": "OFFICIAL – SENSITIVE | Culmstow Council | Children in Care and Safeguarding",
    "footer": "Eli Adjei – child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Culmstow Council · Children's Services · Children in Care Team (North)"),
        ("kv", [
            ("Child", "Eli Adjei, born 02/02/2026 at 30+2 weeks' gestation (3 weeks old at conference)"),
            ("Where Eli is", "Neonatal unit (Ward 4, special care nursery), Culmstow Royal Infirmary"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, from 10/02/2026, with his "
                             "father's agreement"),
            ("Mother", "Abena Adjei (27), detained under section 2 of the Mental Health Act 1983 at Brookfield "
                       "House, Culmstow, since 07/02/2026"),
            ("Father", "Kwame Mensah (29), named on the birth certificate, 40 Vicarage Street, Culmstow"),
            ("Category", "Neglect (likelihood of)"),
            ("Initial conference", "Thursday 26/02/2026, chaired by Helen Swift"),
            ("Social worker", "Grace Fairley, Children in Care Team (North)"),
            ("Independent reviewing officer", "Dev Patel"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Abena became unwell five days after Eli was born. She stopped sleeping, said she could hear "
              "voices telling her Eli was not her baby, and on the night of 06/02/2026 she tried to take him "
              "off the unit and pulled out his feeding tube. She was assessed the next morning, found to have "
              "postpartum psychosis and detained under section 2. Kwame works nights as a warehouse supervisor "
              "and has said he cannot care for Eli full time yet; his sister, Efua Mensah, has offered to help. "
              "Eli is expected to be ready to leave the unit at about 36 weeks corrected age (w/c 16/03/2026) "
              "and will go to foster carers until a longer-term plan is agreed."),
        ("h1", "Eli on the unit"),
        ("p", "Eli is in an incubator in the special care nursery, on a little oxygen, fed by tube with two "
              "bottle feeds a day. The nurses say he settles quickly when he is held skin to skin and turns "
              "his head towards Kwame's voice. He startles and cries at the monitor alarms and calms when his "
              "hand is held. In the last week he has had two visits from Kwame, both late in the evening, and "
              "none from anyone else."),
        ("h1", "What we want for Eli"),
        ("bullets", [
            "Eli grows, feeds by mouth and comes off oxygen, and leaves the unit only when he is well enough.",
            "Eli is held and cared for by people who know him while he is on the unit.",
            "Eli goes from the unit to carers who can meet all of his needs, and keeps a safe link with his "
            "mum and dad.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Task", "Responsible", "Timescale", "Evidence of progress"],
            "widths": [6.4, 3.8, 3.0, 3.8],
            "rows": [
                ["Visit Eli on the neonatal unit, see him awake and speak to the nurse in charge about his "
                 "feeding, weight and visitors",
                 "Grace Fairley, SW", "When possible",
                 "Each visit recorded on Eli's case notes with what the SW saw"],
                ["Treat Abena's psychosis on the ward and support her recovery",
                 "Dr Lena Varga, consultant psychiatrist, Brookfield House", "During admission",
                 "Abena's mental state is stable"],
                ["Arrange supervised time for Abena to be with Eli on the unit",
                 "Grace Fairley, SW", "ASAP",
                 "Written plan for Abena's time with Eli agreed with both wards"],
                ["Come in to take part in Eli's cares and feeds, and learn to give his tube feeds",
                 "Kwame Mensah (father)", "As often as he can around his shifts",
                 "Cares and feeds written in Eli's parent book by the nurses"],
                ["Weigh Eli every day, record his feeds and oxygen, and move him on to bottle feeds",
                 "Sister Joy Amadi, neonatal unit", "Daily until discharge",
                 "Weight, feeds and oxygen on the unit chart; weekly summary emailed to the SW"],
                ["Viability assessment of Efua Mensah (paternal aunt) as a carer for Eli",
                 "", "By 20/03/2026",
                 "Written viability report to the core group"],
                ["Find and match foster carers who can manage Eli's oxygen and feeding at home",
                 "Sam Ridley, Culmstow Fostering Team", "Before discharge",
                 "Carers named and trained by the outreach nurses; placement plan signed"],
                ["Discharge planning meeting with the unit, the foster carers, the HV and Kwame",
                 "Grace Fairley, SW", "w/c 9/3/2026", ""],
                ["Visit Eli at the foster home, weigh him and check his oxygen",
                 "Lisa Okoye, HV, with the neonatal outreach team",
                 "Within 5 working days of discharge, then weekly",
                 "Weight in the red book and a note of each visit sent to the SW"],
                ["Register Eli with the foster carers' GP and book his 8-week check and immunisations",
                 "Foster carers (named before discharge)", "Within 5 working days of discharge",
                 "GP registration and appointment dates confirmed to the SW"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If there are any concerns about Eli's care or safety on the unit, the nurse in charge will let "
              "the SW know and the core group will meet to review the plan."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 2 weeks while Eli is on the unit: 05/03/2026 and 19/03/2026, then monthly.",
            "Looked after review: 10/03/2026, chaired by Dev Patel.",
            "Review child protection conference: Thursday 21/05/2026, 2pm, Culmstow Civic Offices.",
        ]),
    ],
    "findings": [
        F("T002", "Visit Eli on the neonatal unit, see him awake"),
        F("H001", "Treat Abena's psychosis on the ward and support her recovery"),
        F("M002", "Treat Abena's psychosis on the ward and support her recovery"),
        F("T002", "Arrange supervised time for Abena to be with Eli"),
        F("T002", "Come in to take part in Eli's cares and feeds"),
        F("W001", "Viability assessment of Efua Mensah (paternal aunt)"),
        F("M001", "Discharge planning meeting with the unit, the foster carers"),
        F("L001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan updated at core group 3 before a family moves to another council.
#    Part A's only timescale is its measure column's header ("By the review
#    on 4 March 2026 we will see"); Part B has a How often column. Actions
#    put on hold for the receiving authority (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_cobwarren_transfer_out_by_review_column_header_pengelly.md",
    "split": "tune",
    "actions": 13,
    "template": "cp-plan-md-updated-at-core-group-bold-field-lines-why-there-is-a-plan-views-to-be-added-outcomes-then-part-a-action-lead-by-the-review-on-date-we-will-see-table-part-b-action-lead-how-often-how-well-know-table-contingency-meetings-transfer-out",
    "description": (
        "Plan updated at core group 3 for a 13-year-old and a 6-year-old (domestic abuse; stepfather on "
        "bail), weeks before the family moves to another council. Part A has no When column: its measure "
        "column is headed 'By the review on 4 March 2026 we will see', which is the timescale for every "
        "row. Part B has a 'How often' column. Faults: the IDVA's refreshed safety plan is measured by "
        "'Monitored'; Jayden's new-school row is led by 'TBC'; IDVA key-work 'Ongoing'; bedtime help 'As "
        "required'; the CAMHS referral is on hold until the move, 'After the move, date TBC' (X001, "
        "T002); the parenting assessment is left to the receiving council (X001). The children's views "
        "are 'to be added after the next visit' (F003). The grandparents carry two rows and the "
        "contingency sends the children to them with no fallback (C003); legal planning is named."
    ),
    "text": """\
# Child Protection Plan

**Cobwarren Council – Children's Services – Safeguarding Team West**
*Updated at core group 3, Tuesday 27 January 2026. Replaces the version of 2 December 2025.*

**Children:** Jayden Pengelly (13), Year 8, Cobwarren High School; Amelia Pengelly (6), Year 1, Cobwarren Primary
**Mother:** Leanne Pengelly (33), Flat 3, 18 Mercer Street, Cobwarren
**Amelia's father and Jayden's stepfather:** Craig Dobson (36), on police bail not to contact Leanne or go to Mercer Street
**Maternal grandparents:** Pat and Derek Pengelly, 11 Osier Road, Harnley Vale (20 minutes by car)
**Category:** Emotional abuse – plan since the initial conference on 2 December 2025
**Social worker:** Tom Ashby
**Moving:** Leanne has a tenancy with Harnley Vale Homes from 23 March 2026. The case will transfer to Harnley Vale Council, and Cobwarren keeps the plan until Harnley Vale's transfer-in conference.

## Why there is a plan

On 9 November 2025 Craig strangled Leanne in the kitchen while Jayden and Amelia were in the next room. Jayden rang 999. It was the fourth police call-out to Mercer Street since May 2025. Craig has been charged with assault and is on bail until his trial. Jayden has been in two fights at school since November, and Amelia has started wetting the bed again. Leanne wants to move to Harnley Vale to be near her parents.

## Jayden and Amelia's views

To be added after the next visit.

## What needs to be different

- Jayden and Amelia live in a home where there is no violence and they are not frightened.
- Jayden and Amelia keep the adults who know them until new people are in place after the move.
- Amelia is dry at night and Jayden has no more fights at school.

## Part A – to be finished before the review conference

| Action | Lead | By the review on 4 March 2026 we will see |
|---|---|---|
| Fit a video doorbell and a second lock on the back door at Mercer Street | PC Sian Morgan, Cobwarren Police DA Unit | Doorbell and lock fitted; photo on the police record and a copy emailed to the SW |
| Send Harnley Vale the transfer-in request, the chronology and this plan | Tom Ashby, SW | Harnley Vale confirm receipt in writing and give a date for their transfer-in conference |
| Find Amelia a school place in Harnley Vale and send her school records across | Mrs Joy Adebayo, DSL, Cobwarren Primary | The new school confirms Amelia's start date and that her file has arrived |
| Refresh the risk assessment and safety plan with Leanne for the new address | Kerry Doyle, IDVA, Cobwarren Domestic Abuse Service | Monitored |
| Tell Jayden's new school about the fights and agree a named adult for him there | TBC | The new school names Jayden's key adult and sends the SW his pastoral plan |

## Part B – actions that carry on

| Action | Lead | How often | How we'll know |
|---|---|---|---|
| Home visits, seeing Jayden and Amelia on their own, one visit a month after school | Tom Ashby, SW | Weekly until Harnley Vale's transfer-in conference | Visit records with what each child says |
| Have Jayden and Amelia to stay on Saturday nights | Pat and Derek Pengelly (maternal grandparents) | Every Saturday | Stays written in the family diary, checked by the SW |
| Collect Amelia from school and give her tea | Pat Pengelly (maternal grandmother) | Tuesdays and Thursdays | School pick-up book signed by Pat |
| Tell the SW about any call-out to Mercer Street or any contact from Craig | Cobwarren Police DA Unit | Within 24 hours | Each call-out logged on the children's file |
| Key-work with Leanne on how the abuse has affected Jayden and Amelia | Kerry Doyle, IDVA | Ongoing | Leanne can tell the SW what each child needs from her to feel safe (IDVA notes) |
| Refer Jayden to CAMHS about his anger at school – on hold until the family has moved, so that Harnley Vale CAMHS can take the referral | Tom Ashby, SW | After the move, date TBC | Referral accepted by Harnley Vale CAMHS |
| Parenting assessment of Leanne – to be completed by Harnley Vale once the case has transferred | Harnley Vale Children's Services | Within 35 working days of transfer | Written assessment shared with the core group |
| Help with Amelia's bedtimes and wet nights | Leanne, with Ruth Cole, school nurse | As required | Wet and dry nights on Amelia's chart, checked by the school nurse |

## If things go wrong

If Craig comes to Mercer Street or to either school, or contacts Leanne or the children, Leanne or the school will ring 999 and the police will arrest him for breach of bail. Tom will hold a strategy discussion the same day, and Jayden and Amelia will go to Pat and Derek's house in Harnley Vale until it is safe for them to go home.

If Leanne lets Craig back into the home, or the children say he has been there, Tom will request a legal planning meeting within 5 working days.

## Meetings

- Core group every 3 weeks at Cobwarren Primary, 3.30pm: 17 February 2026 and 10 March 2026.
- Review child protection conference: Wednesday 4 March 2026, 10am, Cobwarren Civic Centre.
- Harnley Vale transfer-in conference: within 15 working days of the move (date to be set by Harnley Vale).
""",
    "findings": [
        F("M002", "Refresh the risk assessment and safety plan with Leanne"),
        F("W002", "Tell Jayden's new school about the fights"),
        F("T002", "Key-work with Leanne on how the abuse has affected"),
        F("X001", "Refer Jayden to CAMHS about his anger at school"),
        F("T002", "Refer Jayden to CAMHS about his anger at school"),
        F("X001", "Parenting assessment of Leanne – to be completed by Harnley Vale"),
        F("T002", "Help with Amelia's bedtimes and wet nights"),
        F("F003"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First core group notes in plain text: numbered actions with LEAD /
#    WHEN / PROOF / UPDATE lines; "w/c 8/9", "3rd week of Sept", "By half
#    term", "By end of term" beside "ASAP", "Ongoing", "When possible" and
#    blank lines (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_cinderholt_core_group_lead_when_proof_update_kendal.txt",
    "split": "tune",
    "actions": 11,
    "template": "core-group-1-notes-plain-text-caps-headings-aligned-details-then-numbered-actions-each-with-lead-when-proof-update-lines-blank-fields-dates-as-wc-week-of-month-half-term-end-of-term",
    "description": (
        "First core group notes for an 8-year-old and a 2-year-old (neglect; the father's drinking, the "
        "mother's Crohn's disease). Each numbered action has LEAD, WHEN, PROOF and UPDATE lines; the "
        "UPDATE line only says what has happened. Real timescales in school-year shorthand ('Weekly, "
        "from w/c 8/9', '3rd week of Sept', 'By half term', 'By end of term', 'w/c 8/9') sit beside "
        "'ASAP', 'Ongoing', 'When possible' and a blank WHEN. Faults: the school's attendance row has an "
        "empty PROOF line with only an update; the damp and window row has no LEAD; the FSW's routine "
        "work is 'Ongoing' with 'Engagement with sessions'. No outcome for the children anywhere (O001); "
        "the father refers himself to the recovery service and no adult service owns an action (F004); "
        "the review conference date is 'to be confirmed' (R001)."
    ),
    "text": """\
CINDERHOLT BOROUGH COUNCIL
Children's Services - Assessment and Safeguarding Team 1

CORE GROUP 1 - NOTES AND ACTIONS
================================

Children:     Darcy Kendal (8), Year 4, Cinderholt Primary
              Alfie Kendal (2), at home
Parents:      Stacey Kendal (31) and Wayne Kendal (35), 26 Foundry Lane, Cinderholt
Plan since:   ICPC 26/08/2025 (category: neglect)
Meeting:      Wednesday 03/09/2025, 1.30pm, Cinderholt Family Hub
Present:      Stacey, Wayne, Becky Lowe (SW), Kim Ashworth (HV), Mrs Anne Foley (DSL,
              Cinderholt Primary), Jo Pearce (FSW)
Apologies:    Dr N Shah (GP)

WHY WE ARE HERE
Wayne drinks most evenings, usually a litre bottle of cider and more at weekends. Stacey
has Crohn's disease; when it flares she is in bed for days, and she was in hospital twice
this year (March and July). During the July admission Wayne was in sole care and police
found him drunk at 11pm after Darcy rang her aunt. On the SW's first visit there was little
food in the kitchen, Alfie's cot had a broken side, and the children's bedroom had damp and
a cracked window. Darcy missed 31 days of school last year.

WHAT DARCY AND ALFIE TELL US
Darcy (seen on her own at school, 01/09/2025): "When Mum's poorly I do Alfie's bottle and
put the telly on for him. Dad sleeps a lot." She likes school dinners "because they're
hot" and wants to go back to Brownies. Alfie (seen at home, 28/08/2025) was in a full nappy
at midday, pointed at the fridge and said "juice", and went straight to Darcy when the SW
came in.

ACTIONS
(LEAD = who does it; WHEN = by when or how often; PROOF = what will show it is done;
UPDATE = where things are at this meeting)

1.  Home visits, planned and unannounced, seeing Darcy on her own and Alfie awake
    LEAD:    Becky Lowe, SW
    WHEN:    Weekly, from w/c 8/9
    PROOF:   Visit notes record what Darcy said, what was in the fridge and where Alfie slept
    UPDATE:  First home visit done 28/08/2025.

2.  Wayne to refer himself to Cinderholt Recovery Hub and go to his first assessment
    LEAD:    Wayne Kendal
    WHEN:    3rd week of Sept
    PROOF:   Letter from the Recovery Hub confirming the assessment, shown to the SW
    UPDATE:  Wayne has the phone number.

3.  Check Darcy's attendance and lateness every morning and ring the SW if she is absent
    without a reason
    LEAD:    Mrs Anne Foley, DSL, Cinderholt Primary
    WHEN:    Every school day
    PROOF:
    UPDATE:  Attendance last year 84%. In every day of the first week of term.

4.  Alfie's 2-year review and his catch-up immunisations
    LEAD:    Kim Ashworth, HV
    WHEN:    ASAP
    PROOF:   ASQ-3 scores and the immunisation record sent to the SW
    UPDATE:  Two appointments missed over the summer.

5.  Get the damp treated and the cracked window in the children's bedroom replaced
    LEAD:
    WHEN:    By half term
    PROOF:   SW sees the new window and the damp treated at a home visit
    UPDATE:  Landlord has been told.

6.  Help Stacey set up a daily routine of meals, baths and bedtimes for the children
    LEAD:    Jo Pearce, FSW
    WHEN:    Ongoing
    PROOF:   Engagement with sessions
    UPDATE:  Two sessions so far.

7.  Stacey to tell the SW when her Crohn's flares up and who will be looking after Darcy
    and Alfie
    LEAD:    Stacey Kendal
    WHEN:
    PROOF:   Each flare-up logged by the SW with the name of the adult caring for the children
    UPDATE:  -

8.  Young carer's assessment for Darcy and a list of the jobs she will stop doing at home
    LEAD:    Sam Ingle, Cinderholt Young Carers
    WHEN:    By end of term
    PROOF:   Assessment and list shared at core group and with Darcy
    UPDATE:  Referral sent 02/09/2025.

9.  Find Alfie a funded nursery place for 15 hours a week
    LEAD:    Becky Lowe, SW
    WHEN:    When possible
    PROOF:   Nursery register shows Alfie attending
    UPDATE:  Two nurseries have no space until January.

10. No alcohol in the house, and Wayne not to drink at all while he is looking after Darcy
    and Alfie
    LEAD:    Wayne Kendal
    WHEN:    From 03/09/2025
    PROOF:   No alcohol seen or smelt on any visit by the SW, HV or FSW (written on each visit
             record)
    UPDATE:  Agreed by Wayne at this meeting.

11. Mend or replace the broken side of Alfie's cot
    LEAD:    Stacey and Wayne
    WHEN:    w/c 8/9
    PROOF:   SW sees the cot mended at the next visit
    UPDATE:  -

IF THINGS GET WORSE
If Wayne is drunk while he is the only adult with the children, or Stacey goes into hospital
and there is no sober adult at home, whoever knows will ring Becky (or the emergency duty
team out of hours). Becky will visit the same day, and Darcy and Alfie will stay with
Stacey's sister, Nicola Rowe, at 4 Mill Yard. If Nicola cannot have them, the emergency
duty team will find foster carers that night. If Wayne has not been to the Recovery Hub by
the next core group, or is found drunk in sole care again, Becky will ask for a legal
planning meeting within 5 working days.

NEXT MEETINGS
Core group every 4 weeks, 1.30pm at Cinderholt Family Hub: 01/10/2025, 29/10/2025,
26/11/2025.
Review child protection conference: date to be confirmed by the Safeguarding Unit.

Notes typed by Becky Lowe (SW), 04/09/2025, and sent to everyone present.
""",
    "findings": [
        F("M001", "Check Darcy's attendance and lateness every morning"),
        F("T002", "Alfie's 2-year review and his catch-up immunisations"),
        F("W001", "Get the damp treated and the cracked window"),
        F("T002", "Help Stacey set up a daily routine of meals"),
        F("M002", "Help Stacey set up a daily routine of meals"),
        F("T001", "Stacey to tell the SW when her Crohn's flares up"),
        F("T002", "Find Alfie a funded nursery place for 15 hours"),
        F("O001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan, mother with bipolar disorder: a real Word outline where the
#    1.1 subheadings carry the timescale ("By October half term", "Every
#    week until the review conference", "When possible", "Ongoing") for the
#    a), b) actions under them. Parent-centred, no contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b89_cawdenhurst_outline_timing_subheadings_ellery.docx",
    "doc_title": "Child Protection Plan - Kai Ellery",
    "split": "tune",
    "actions": 10,
    "template": "icpc-plan-docx-details-lines-background-kais-views-outcomes-then-word-multilevel-outline-theme-then-timing-subheading-then-lettered-action-sentences-with-owner-and-check-meetings-no-contingency",
    "description": (
        "Initial conference plan for a 10-year-old whose mother has bipolar disorder and rent arrears. "
        "The plan is a real Word outline: themes, then subheadings that carry the timescale for the "
        "lettered actions under them ('By October half term (Friday 24 October 2025)', 'Every week "
        "until the review conference', 'When possible', 'By the end of term (Friday 19 December "
        "2025)', 'Every school day', 'Ongoing', 'By 31 October 2025'). Seven of the ten actions are "
        "the mother's own health, money and housing with no link to Kai (F001). Faults: a psychiatrist "
        "who only reviews lithium and a care coordinator who only supports (H001 twice); the walking "
        "group has no measure; the credit union account sits under 'When possible'; a passive benefits "
        "check with no agent; the SW visits 'Ongoing' to 'keep an eye on' Kai. One outcome is only about the mother; "
        "there is no contingency and no legal step. Kai's views are recorded and dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cawdenhurst County Council – Family Safeguarding Service (South)"),
        ("kv", [
            ("Child", "Kai Ellery, DOB 11/04/2015 (10), Year 6, Cawdenhurst Junior School"),
            ("Mother", "Donna Ellery (38), 12 Weaver's Row, Cawdenhurst"),
            ("Father", "Not involved; no contact since 2018"),
            ("Category", "Neglect"),
            ("Initial conference", "Monday 15/09/2025, chaired by Alison Grey"),
            ("Social worker", "Tom Reid"),
            ("Care coordinator", "Jenna Morris, Cawdenhurst Community Mental Health Team (CMHT)"),
        ]),
        ("h1", "Background"),
        ("p", "Donna was diagnosed with bipolar disorder in 2016. In July 2025 she stopped taking her lithium, "
              "became high, spent most of her money and stopped sleeping, and then became very low. In August "
              "she was admitted informally to Oakleigh Ward for 16 days; Kai stayed with a neighbour because "
              "there was no one else. School say Kai missed 19 days of the summer term and often came in "
              "without breakfast. Donna owes £1,900 in rent and has had a notice seeking possession. Kai has "
              "been doing the shopping and reminding Donna to take her tablets."),
        ("h1", "Kai's views"),
        ("p", "Kai was seen on his own at school on 09/09/2025. He said: \"I don't mind helping Mum but I get "
              "scared when she doesn't get up. I want to stay living with her.\" He would like to go to the "
              "after-school football club \"but someone has to be home\". He gave home 5 out of 10 and school "
              "9 out of 10."),
        ("h1", "Outcomes"),
        ("bullets", [
            "Kai goes to school every day, on time and fed, and does not have to look after his mum.",
            "Donna's mental health is stable and she takes her medication as prescribed.",
        ]),
        ("h1", "Plan"),
        ("p", "Each numbered part has a timing line. The actions under it are done by then, or as often as it "
              "says."),
        ("mlist", [
            (0, "Donna's health"),
            (1, "By October half term (Friday 24 October 2025)"),
            (2, "Donna to register with Weaver's Row Surgery and book a review of her medication; the GP's "
                "letter with the outcome is sent to the SW."),
            (2, "Dr Sarah Vance, consultant psychiatrist, Cawdenhurst CMHT, to review Donna's lithium at "
                "clinic; lithium level kept in the therapeutic range and the clinic letter copied to the SW."),
            (1, "Every week until the review conference"),
            (2, "Donna to go to the Healthy Minds walking group at Cawdenhurst Leisure Centre on "
                "Wednesday mornings."),
            (2, "Jenna Morris, CMHT care coordinator, to visit Donna at home and support her with her mood "
                "and her tablets, sending a note of each visit to the SW."),
            (0, "Money and housing"),
            (1, "By the end of term (Friday 19 December 2025)"),
            (2, "Donna to meet the Cawdenhurst Homes tenancy officer and agree a plan to pay off her rent "
                "arrears; repayment plan signed and copied to the SW."),
            (2, "A benefits check will be done and Donna helped to claim PIP, with the claim reference sent "
                "to the SW."),
            (1, "When possible"),
            (2, "Donna to open a credit union account so that her rent goes out on the day her benefits come "
                "in; the standing order shown to the SW."),
            (0, "Kai"),
            (1, "Every school day"),
            (2, "Mrs Lorna Keane, DSL, Cawdenhurst Junior School, to check Kai's attendance and how he "
                "arrives, ring the SW the same day if he is absent, and email his weekly attendance to the "
                "SW."),
            (1, "Ongoing"),
            (2, "Tom Reid, SW, to visit Kai at home and keep an eye on how he is."),
            (1, "By 31 October 2025"),
            (2, "Sam Hurst, Cawdenhurst Young Carers, to complete a young carer's assessment with Kai and "
                "share the written plan with Kai, Donna and the SW."),
        ]),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Cawdenhurst Junior School, 3.30pm, starting Monday 29/09/2025. Review "
              "child protection conference: Monday 08/12/2025, 10am, County Hall, Cawdenhurst."),
        ("p", "Plan agreed at conference on 15/09/2025 and sent to Donna and every agency named above."),
    ],
    "findings": [
        F("H001", "to review Donna's lithium at clinic"),
        F("M001", "Donna to go to the Healthy Minds walking group"),
        F("H001", "CMHT care coordinator, to visit Donna at home and support her"),
        F("T002", "Donna to open a credit union account"),
        F("W001", "A benefits check will be done and Donna helped"),
        F("T002", "visit Kai at home and keep an eye on how he is"),
        F("M002", "visit Kai at home and keep an eye on how he is"),
        F("F002", "Donna's mental health is stable and she takes her medication as prescribed."),
        F("F001"),
        F("C001"),
        F("R002"),
    ],
})
