"""Batch 94, module j: seven fictional plans (held-out material), places beginning with "j".

Everything here is made up: children, parents, relatives, professionals,
hospitals, schools, services and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: pregnancy, birth and a baby's first months. A social worker's
pre-birth plan whose stage column (before the birth / on the ward / after
discharge) is merged down the action table; a parent and child foster
placement for a mother with a learning disability, with an easy-read column;
a looked-after premature baby on a neonatal unit; a specialist midwife's
safeguarding birth plan in lettered stages, for an autistic mother living with
domestic abuse; core group minutes for a baby leaving special care whose case
is transferring to another council; a pre-birth plan for parents with a
learning disability and autism written as owner-first bullets; and a review
plan typed into a health record with lead, date and evidence in brackets.
Owners include wards, teams and "hospital staff"; contingencies either name a
legal step or only a review. Two plans are exemplary (the docx placement plan
and the markdown pre-birth plan).

Labelling notes for this module: a named ward, unit or team ("Labour ward,
Jarrowby General Hospital (midwife in charge)", "Neonatal unit") is a single
agency and an owner; "Hospital staff" and "NNU nursing staff" name no agency
or lead and are collective owners (W002). "To be agreed with the ward",
"When possible", "When she can", "As often as they can", "On hold - date TBC"
and "After transfer, date TBC" are vague timescales.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth ICPC plan, methadone, anxiety and domestic abuse. One action
#    table whose first column (the stage) is merged down (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_jarrowby_prebirth_icpc_stage_column_merged_kettleborough.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kettleborough",
    "split": "heldout",
    "actions": 14,
    "template": "prebirth-icpc-docx-landscape-details-worries-babys-world-outcomes-then-one-table-stage-column-merged-down-before-birth-on-ward-after-discharge-what-who-when-how-we-will-know",
    "description": (
        "Pre-birth plan for an unborn girl (mother on a methadone script with cocaine on top, anxiety "
        "and panic attacks, police call-outs for domestic abuse by the father). One landscape table "
        "with the stage merged down the first column. The recovery service row is only 'Monitored', the "
        "parenting assessment has no measure, the father's referral is 'ASAP', the perinatal team only "
        "gives support sessions, 'Hospital staff' supervise the father on the ward, the aunt helps "
        "'When she can' and the IDVA row is 'Ongoing' with 'Engagement'. One outcome is only about the "
        "mother. The grandmother and aunt carry the first weeks at home but the contingency (strategy "
        "discussion, foster care, legal planning) never says what happens if they cannot; the review "
        "conference is 'to be arranged after the birth'."
    ),
    "landscape": True,
    "check_vmerge": 3,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Jarrowby Borough Council · Children's Social Care · Pre-Birth and Under-Ones Team"),
        ("kv", [
            ("Unborn baby", "Baby Kettleborough (a girl), expected 22/09/2025"),
            ("Mother", "Shannon Kettleborough (24), 30 weeks pregnant at conference"),
            ("Father", "Dale Mosley (27), does not live at the flat"),
            ("Address", "Flat 6, Ropewalk Court, Jarrowby JW3 8PL"),
            ("Category", "Neglect"),
            ("Initial child protection conference", "10/07/2025, chaired by Beverley Oduya"),
            ("Social worker", "Priya Nandra (team manager Lee Casson)"),
        ]),
        ("h1", "Why we are worried"),
        ("bullets", [
            "Shannon has used heroin since she was 17. She has been on a methadone script with the Jarrowby "
            "Recovery Service since February 2025, but two of her last six drug screens showed cocaine.",
            "Police were called to the flat on 11/03/2025 and 29/05/2025 after arguments between Shannon and "
            "Dale. On 29/05/2025 Shannon had a cut lip. Dale was arrested and released with no further action.",
            "Shannon's first child, Mason (5), lives with his paternal grandparents under a special "
            "guardianship order made in 2022 after neglect linked to her drug use.",
            "Shannon has told her GP she feels anxious most days and has panic attacks when she goes out, "
            "which has made her miss two antenatal appointments.",
        ]),
        ("h1", "The baby's world now"),
        ("p", "At the home visit on 02/07/2025 the flat was warm and tidy. Shannon showed Priya a Moses basket "
              "from her mum, still in its box, and a bag of newborn clothes. She smokes about ten roll-ups a "
              "day, on the balcony she said, although the living room smelt of smoke. The 20-week scan showed "
              "the baby growing on the 10th centile. Shannon said she talks to the baby when she lies down and "
              "that the baby kicks most when music is on."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely, and her withdrawal from methadone is watched and treated on the "
            "neonatal unit.",
            "The baby goes home only to a flat where nobody uses drugs (other than Shannon's prescribed "
            "methadone) and where Dale does not live or stay.",
            "The baby is fed, kept warm, sleeps safely in her own Moses basket and gains weight after birth.",
            "Shannon will stay stable on her methadone script and stop using on top.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Stage", "What will happen", "Who", "When", "How we will know"],
            "widths": [3.3, 7.4, 4.6, 4.4, 6.0],
            "bold_first_col": True,
            "rows": [
                ["Before the birth (now to 37 weeks)",
                 "Visit Shannon at home and look at what is ready for the baby: where she will sleep, "
                 "bottles and clothes",
                 "Priya Nandra, SW", "Every 2 weeks from 14/07/2025, one visit a month unannounced",
                 "Visit notes list what was seen in each room and what Shannon said about her plans for "
                 "the baby"],
                [V, "Antenatal care with a growth scan at 34 weeks; check Shannon's smoking with a carbon "
                    "monoxide reading",
                 "Hannah Prowse, specialist substance misuse midwife", "At 32, 34 and 36 weeks",
                 "Scan results and CO readings in the maternity notes; copy to the SW after each "
                 "appointment"],
                [V, "Prescribe and supervise Shannon's methadone and carry out drug screening",
                 "Jarrowby Recovery Service (key worker Callum Reid)", "Weekly", "Monitored"],
                [V, "Complete a pre-birth parenting assessment of Shannon and of Dale",
                 "Priya Nandra, SW", "By 29/08/2025", ""],
                [V, "Make a self-referral to Choices for Change, the domestic abuse perpetrator programme",
                 "Dale Mosley", "ASAP",
                 "Choices for Change confirm a place and send attendance to the SW"],
                [V, "Support sessions for Shannon's anxiety and panic attacks",
                 "Jarrowby Perinatal Mental Health Team (CPN Aled Rowe)", "Fortnightly from 21/07/2025",
                 "Attendance at each session recorded and shared with the SW"],
                ["On the ward",
                 "Ring the SW, or EDT out of hours, when Shannon is admitted in labour, and put the birth "
                 "alert on the baby's notes",
                 "Labour ward, Jarrowby General Hospital (midwife in charge)", "On admission",
                 "Call logged on the maternity safeguarding alert sheet and on the EDT record"],
                [V, "Watch the baby for signs of withdrawal, using Finnegan scoring",
                 "Neonatal unit, Jarrowby General Hospital", "Every 4 hours for at least 5 days after the birth",
                 "Scores on the baby's chart; any score of 8 or more reported to the SW the same day"],
                [V, "Supervise Dale when he visits the baby and Shannon on the postnatal ward",
                 "Hospital staff", "Every visit", "Visitors' book at the ward desk signed for each visit"],
                [V, "Hold a discharge planning meeting with Shannon, the ward and the core group",
                 "Priya Nandra, SW, with the hospital safeguarding midwife", "Before the baby leaves hospital",
                 "Written discharge plan given to Shannon and sent to the core group"],
                ["After discharge (first 12 weeks)",
                 "Visit the baby at home, weigh her and look at where she sleeps",
                 "Rosie Threlfall, HV", "Weekly for 8 weeks, then every 2 weeks",
                 "Weights plotted in the red book and sent to the SW; sleep space checked and recorded at "
                 "each visit"],
                [V, "Stay at the flat overnight and help Shannon with night feeds",
                 "Jackie Kettleborough (MGM)", "Every night for the first 14 nights at home",
                 "Jackie signs the night feed chart each morning; HV checks it weekly"],
                [V, "Look after the baby on Saturday mornings while Shannon goes to her recovery group",
                 "Kelly Kettleborough (maternal aunt)", "When she can",
                 "Recovery group register shows Shannon there on Saturdays"],
                [V, "Domestic abuse support and safety planning for Shannon",
                 "Gemma Hart, IDVA, Jarrowby Women's Aid", "Ongoing", "Engagement with the IDVA"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shannon has a drug screen positive for heroin or cocaine, or is seen under the influence, or "
              "if Dale is found at the flat or on the ward against this plan, the SW will hold a strategy "
              "discussion the same day. Before discharge the baby will stay on the neonatal unit; after "
              "discharge she will be placed with foster carers unless a safety plan with a named carer living "
              "in is agreed that day. In either case the SW will request a legal planning meeting within 2 "
              "working days to decide whether to start the PLO or apply for an interim care order."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Ropewalk Family Hub, first on 24/07/2025.",
            "Review child protection conference: to be arranged after the birth.",
            "The SW will send this plan to Shannon and Dale within 5 working days of the conference.",
        ]),
    ],
    "findings": [
        F("M002", "Prescribe and supervise Shannon's methadone and carry out drug screening"),
        F("M001", "Complete a pre-birth parenting assessment of Shannon and of Dale"),
        F("T002", "Make a self-referral to Choices for Change"),
        F("H001", "Support sessions for Shannon's anxiety and panic attacks"),
        F("W002", "Supervise Dale when he visits the baby and Shannon"),
        F("T002", "Look after the baby on Saturday mornings while Shannon"),
        F("T002", "Domestic abuse support and safety planning for Shannon"),
        F("M002", "Domestic abuse support and safety planning for Shannon"),
        F("F002", "Shannon will stay stable on her methadone script"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan, parent and child foster placement, mother with a learning
#    disability. Numbered table with an easy-read column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_jessingham_parent_child_placement_easy_read_column_ashdown.docx",
    "doc_title": "Child Protection Plan - Lily-Rose Ashdown",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-docx-parent-and-child-foster-placement-details-lines-babys-day-numbered-outcomes-then-no-what-who-when-how-we-will-know-plus-easy-read-what-this-means-column-contingency-bullets",
    "description": (
        "Exemplary initial conference plan for a 3-week-old in a parent and child foster placement with "
        "her 19-year-old mother, who has a mild learning disability; the father pushed the mother in "
        "pregnancy. Every row has a named owner, a date or frequency and something seen or counted, with "
        "an easy-read column for the mother. The advocate, the adult social care learning disability "
        "team and a perpetrator programme own rows; the baby's day is observed; the contingency has "
        "specific triggers, a named foster carer, police and a legal planning meeting; core group dates "
        "and the review conference are fixed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Jessingham City Council – Children and Young People's Service – Safeguarding Team 3 "
              "(Parent and Baby)"),
        ("p", "The last column, \"What this means for Chloe\", was written with Chloe and her advocate in "
              "plain words. Chloe reads best with short sentences."),
        ("kv", [
            ("Child", "Lily-Rose Ashdown, born 18/06/2025 (3 weeks old)"),
            ("Mother", "Chloe Ashdown (19)"),
            ("Father", "Ryan Pocock (21), lives with his mother in Jessingham"),
            ("Where Lily-Rose lives", "With Chloe in a parent and child foster placement with Maureen Tully, "
                                      "14 Larch Grove, Jessingham, since 24/06/2025"),
            ("Category", "Neglect"),
            ("Initial conference", "09/07/2025"),
            ("Social worker", "Daniel Oyelaran (team manager Ruth Coakley)"),
            ("Chloe's advocate", "Sunita Rae, Jessingham Advocacy Hub"),
        ]),
        ("h1", "Why Lily-Rose has a plan"),
        ("p", "Chloe has a mild learning disability. The pre-birth assessment found that she loves her baby "
              "but needs help to learn and remember feed times, how to make up bottles safely and how to keep "
              "Lily-Rose safe when she herself is tired. In April 2025 police were called to Ryan's mother's "
              "house after Ryan pushed Chloe into a door when she was 30 weeks pregnant. Chloe grew up in "
              "foster care and has no relative who could care for Lily-Rose."),
        ("h1", "Lily-Rose's day"),
        ("p", "Maureen and Daniel have seen that Lily-Rose wakes about every three hours for a bottle and "
              "settles fastest when Chloe holds her against her shoulder and hums. On 04/07/2025 she went five "
              "hours without a feed in the night because Chloe slept through her alarm; she was hungry and "
              "hard to settle afterwards. She watches faces closely and startles at loud noises, including "
              "when Ryan raised his voice at contact on 03/07/2025."),
        ("h1", "What we want for Lily-Rose"),
        ("numbers", [
            "Lily-Rose is fed every three to four hours, day and night, and keeps gaining weight along her "
            "centile.",
            "Lily-Rose sleeps on her back in her own cot and is never left with anyone who has not been agreed.",
            "Lily-Rose is kept safe from Ryan's anger and sees him only at supervised contact.",
            "When the placement ends, Lily-Rose has a carer who can meet her needs every day, with the support "
            "that has been agreed.",
        ]),
        ("h1", "Who will do what"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know", "What this means for Chloe"],
            "widths": [1.0, 4.2, 2.8, 2.6, 3.4, 3.0],
            "rows": [
                ["1", "Stay close by for every feed, bottle, bath and nappy change, step in if Lily-Rose is "
                      "unsafe, and keep a daily log",
                 "Maureen Tully, parent and child foster carer", "Every day of the placement",
                 "Daily log of feeds, sleeps and prompts given, emailed to the SW every Friday",
                 "Maureen will be nearby when you look after Lily-Rose. She will write down how it went."],
                ["2", "Visit Lily-Rose at the placement, see her awake, fed and changed, and speak to Chloe "
                      "alone and to Maureen",
                 "Daniel Oyelaran, SW", "Every Tuesday; one visit a month unannounced",
                 "Visit record says what Lily-Rose was doing, how she responded to Chloe and what Chloe said",
                 "Daniel will come every week to see you and Lily-Rose."],
                ["3", "Parenting assessment using PAMS, with picture-based teaching on feeding, safe sleep and "
                      "bathing",
                 "Jo Ferris, PAMS assessor, Jessingham Family Assessment Service",
                 "Two sessions a week from 14/07/2025; report by 26/09/2025",
                 "PAMS report, with an easy-read summary for Chloe, shared with the core group on 30/09/2025",
                 "Jo will help you learn. Then she will write about how you are doing."],
                ["4", "Go with Chloe to every meeting about Lily-Rose, help her get her questions ready and "
                      "check she has understood what was agreed",
                 "Sunita Rae, advocate, Jessingham Advocacy Hub", "Before and at every core group and conference",
                 "Chloe's own words written on the easy-read \"My say\" sheet attached to each set of minutes",
                 "Sunita is on your side. She will help you have your say."],
                ["5", "Care Act needs assessment for Chloe, setting out the support she will need to look "
                      "after Lily-Rose when the placement ends",
                 "Mark Fenby, Learning Disability Team, Jessingham Adult Social Care", "By 15/08/2025",
                 "Assessment and support plan sent to the SW and discussed at the core group on 19/08/2025",
                 "Mark will find out what help you need to look after Lily-Rose."],
                ["6", "Weigh Lily-Rose and check her feeding, development and safe sleep at the placement",
                 "Nadia Brook, HV", "Weekly until 8 weeks old, then every 2 weeks",
                 "Weight plotted in the red book, staying on or above the 25th centile; copy to the SW",
                 "Nadia will weigh Lily-Rose every week."],
                ["7", "Supervise Ryan's contact with Lily-Rose at the family centre and stop it if he shouts "
                      "or threatens anyone",
                 "Abi Lowe, contact supervisor, Jessingham Family Centre", "Mondays and Thursdays, 10 to 11am",
                 "Contact record of how Ryan holds, feeds and speaks to Lily-Rose, sent to the SW after each "
                 "session",
                 "Ryan can only see Lily-Rose at the family centre with Abi there."],
                ["8", "Assess Ryan for the Safe Dads perpetrator programme and start him on the 20-week course",
                 "Tom Kerrigan, Safe Dads practitioner, Jessingham Domestic Abuse Service",
                 "Assessment by 01/08/2025; course from 05/09/2025",
                 "Attendance record and end-of-course report sent to the SW",
                 "Ryan will go on a course about being a safe dad."],
                ["9", "6 to 8 week check for Lily-Rose and postnatal check for Chloe",
                 "Dr Aisha Qureshi, GP, Jessingham Vale Surgery", "By 13/08/2025",
                 "Results written in the red book; letter to the SW",
                 "The doctor will check you both when Lily-Rose is about 6 weeks old."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Maureen sees Chloe leave Lily-Rose alone on a raised surface, handle her roughly, miss a night "
            "feed by more than two hours or take her out of the placement without agreement, Maureen will keep "
            "Lily-Rose with her and ring the SW the same day (EDT on 0300 555 0194 out of hours).",
            "The SW will then hold a strategy discussion the same day. If Lily-Rose cannot safely stay with "
            "Chloe, she will stay with Maureen as her foster carer, Chloe will be offered supported lodgings "
            "nearby, and the SW will request a legal planning meeting within 2 working days.",
            "If Ryan comes to the placement, or contacts Chloe to meet outside the family centre, Maureen will "
            "call the police on 999, contact will stop and the SW will redo the safety plan with Chloe the "
            "next working day.",
            "If the PAMS report on 26/09/2025 finds that Chloe cannot meet Lily-Rose's needs even with the "
            "support in the Care Act plan, the SW will request a legal planning meeting before the review "
            "conference.",
        ]),
        ("h1", "How we will check the plan"),
        ("p", "Core group every 3 weeks at 14 Larch Grove: 29/07/2025, 19/08/2025, 09/09/2025 and 30/09/2025."),
        ("p", "Review child protection conference: 07/10/2025, 10am, Jessingham Civic Centre, Room 4."),
        ("p", "Sunita will give Chloe an easy-read copy of this plan within 5 working days."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. CP plan for a looked-after premature baby on the neonatal unit. Case
#    details grid, then a Task | Lead | Frequency / date | Evidence table
#    (pdf, landscape, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_jollisford_nnu_lac_task_lead_frequency_evidence_penhaligon.pdf",
    "doc_title": "Child Protection Plan - Jayden Penhaligon",
    "split": "heldout",
    "actions": 9,
    "template": "lac-nnu-cp-plan-pdf-landscape-case-details-grid-what-has-happened-babys-day-on-unit-outcomes-then-task-lead-frequency-date-evidence-table-paged",
    "description": (
        "Child protection plan for a 3-week-old boy born at 31 weeks, accommodated under section 20 and "
        "still on the neonatal unit; his mother drinks heavily and uses cocaine and has had no treatment. "
        "The SW visits 'When possible', the mother's supervised time is 'To be agreed with the ward' under "
        "'NNU nursing staff', the foster carers come 'As often as they can', so no one visits at a stated "
        "frequency. The mother's drug service row has no measure, the discharge meeting has no lead and "
        "is 'Reviewed at core group', and 'Hospital staff' keep the mother informed with no measure. No "
        "adult service owns an action. The contingency is specific and names the legal gateway."
    ),
    "landscape": True,
    "header": "OFFICIAL – SENSITIVE: PERSONAL | Jollisford City Council",
    "footer": "Jayden Penhaligon – child protection plan on the neonatal unit – Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – Baby on the Neonatal Unit"),
        ("p", "Jollisford City Council · Children's Services · Hospital and Under-Fives Social Work Team"),
        ("table", {
            "header": ["Case details", H, H, H],
            "widths": [3.6, 9.2, 3.6, 9.3],
            "bold_first_col": True,
            "rows": [
                ["Child", "Jayden Penhaligon, born 19/06/2025 at 31+2 weeks (now 3 weeks old; 34 weeks corrected)",
                 "Legal status", "Accommodated under section 20 since 24/06/2025, with Tasha's written consent"],
                ["Where Jayden is", "Neonatal Unit (Ward 32), Jollisford Royal Infirmary – high dependency, "
                                    "moving to special care",
                 "Category", "Neglect"],
                ["Mother", "Tasha Penhaligon (31), 2 Brewery Yard, Jollisford JL1 4TT",
                 "Father", "Not named on the birth certificate; Tasha has not given his details"],
                ["Social worker", "Ellie Marsh", "CP chair", "Graham Pettifer"],
                ["Date of ICPC", "08/07/2025", "Foster carers (identified)",
                 "Pam and Steve Gulliver, Jollisford Fostering Service"],
            ],
        }),
        ("h2", "What has happened"),
        ("p", "Jayden was born early after Tasha went into labour at home. She told the midwives she had used "
              "cocaine and drunk most of a bottle of vodka the night before, and Jayden's meconium tested "
              "positive for cocaine. Tasha has drunk heavily since her teens and has used cocaine most "
              "weekends for about three years; she has never had treatment. Her two older children live with "
              "their father in Cornwall. On 24/06/2025 Tasha agreed that Jayden should be looked after and "
              "that he will go to foster carers when he is well enough to leave hospital."),
        ("h2", "Jayden's day on the unit"),
        ("p", "Jayden is in an incubator in the high dependency nursery, fed by nasogastric tube every three "
              "hours and starting to try a bottle. The nurses say he is jittery and hard to settle after "
              "handling, and calms when he is swaddled or held skin to skin. He has had one short spell of "
              "apnoea. Tasha has visited four times since the birth; on 02/07/2025 the nurses asked her to "
              "leave because she smelt strongly of alcohol."),
        ("h2", "What we want for Jayden"),
        ("bullets", [
            "Jayden is safe and well cared for on the unit, and the people who will look after him learn how "
            "to feed and settle him before he leaves.",
            "Jayden leaves hospital to a foster home that is ready for him, with a health plan for his "
            "prematurity.",
            "Jayden only spends time with Tasha when she is sober and supervised.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["Task", "Lead", "Frequency / date", "Evidence"],
            "widths": [9.0, 5.2, 4.7, 6.8],
            "rows": [
                ["Visit Jayden on the neonatal unit and talk to the nurse looking after him",
                 "Ellie Marsh, SW", "When possible",
                 "Each visit written up on Jayden's record with what was seen"],
                ["Supervise Tasha's time with Jayden on the unit and end a visit if she appears under the "
                 "influence",
                 "NNU nursing staff", "To be agreed with the ward",
                 "Each visit noted in Jayden's nursing record, with how Tasha handled and fed him"],
                ["Come to the unit to meet Jayden and learn his tube and bottle feeds and how to settle him",
                 "Pam and Steve Gulliver, foster carers", "As often as they can",
                 "Parent-craft checklist signed off by the nursing team for both carers"],
                ["Send the SW a weekly summary of Jayden's weight, feeds, apnoeas and any withdrawal signs",
                 "Carys Dando, named nurse, Neonatal Unit", "Every Monday",
                 "Summary on Jayden's file each week with the weight chart attached"],
                ["Attend the Jollisford Drug and Alcohol Service for an assessment of her drinking and "
                 "cocaine use",
                 "Tasha Penhaligon", "By 18/07/2025", ""],
                ["Arrange hair strand tests for Tasha (alcohol and cocaine, last 3 months)",
                 "Ellie Marsh, SW", "By 25/07/2025",
                 "Results sent to the SW and shared with Tasha and the core group"],
                ["Initial health assessment for Jayden as a looked-after child, with a follow-up plan for his "
                 "prematurity",
                 "Dr Ravi Menon, paediatrician", "Within 20 working days of becoming looked after",
                 "IHA report and health plan on file and given to the foster carers"],
                ["Discharge planning meeting to be held before Jayden leaves the unit",
                 "", "Before discharge", "Reviewed at core group"],
                ["Keep Tasha up to date about Jayden's progress and any change in his care",
                 "Hospital staff", "Daily", ""],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Tasha comes to the unit drunk or under the influence, or tries to take Jayden from the unit, "
              "the nurse in charge will call hospital security and the police, and the SW will hold a strategy "
              "discussion the same day. If Tasha withdraws her consent to Jayden being looked after, the SW "
              "will seek legal advice the same day through the Jollisford legal gateway to apply for an "
              "emergency protection order or an interim care order. If the foster carers cannot take Jayden "
              "when he is discharged, he will stay on the unit until another foster placement is found."),
        ("h2", "Meetings"),
        ("p", "Core group every 2 weeks on the unit, first on 22/07/2025. Looked after review: 22/07/2025. "
              "Review child protection conference: 30/09/2025."),
    ],
    "findings": [
        F("T002", "Visit Jayden on the neonatal unit and talk to the nurse"),
        F("W002", "Supervise Tasha's time with Jayden on the unit"),
        F("T002", "Supervise Tasha's time with Jayden on the unit"),
        F("T002", "Come to the unit to meet Jayden and learn"),
        F("M001", "Attend the Jollisford Drug and Alcohol Service for an assessment"),
        F("W001", "Discharge planning meeting to be held before Jayden leaves"),
        F("M002", "Discharge planning meeting to be held before Jayden leaves"),
        F("W002", "Keep Tasha up to date about Jayden's progress"),
        F("M001", "Keep Tasha up to date about Jayden's progress"),
        F("F004"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Specialist midwife's safeguarding birth plan in lettered stages, autistic
#    mother with depression, domestic abuse. Numbered sentences (pdf, paged)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_junipercombe_midwife_birth_plan_lettered_stages_tolland.pdf",
    "doc_title": "Safeguarding Birth Plan - E. Tolland",
    "split": "heldout",
    "actions": 13,
    "template": "midwife-safeguarding-birth-plan-and-prebirth-cp-plan-pdf-details-lines-background-babys-views-outcomes-then-lettered-stage-subheadings-numbered-owner-in-sentence-paged",
    "description": (
        "Safeguarding birth plan written by a specialist midwife after a pre-birth conference: autistic "
        "mother with recurrent depression, partner who has held her by the throat. Numbered sentences "
        "under 'Before the birth', 'On the labour ward and postnatal ward' and 'After discharge'. The CPN "
        "only supports the mother's low mood with no measure, the IDVA referral and the side room are "
        "passive with no agent, the father's programme is 'when a place becomes available' and "
        "'monitored', 'Hospital staff' control visits, and the HV's birth visit has no measure. The baby's "
        "views are 'not applicable' with nothing observed; the contingency only considers a strategy "
        "discussion and reviews the plan, with no legal step."
    ),
    "header": "Junipercombe Hospitals NHS Trust – Maternity Safeguarding",
    "footer": "Safeguarding birth plan – E. Tolland – Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Safeguarding Birth Plan and Pre-birth Child Protection Plan"),
        ("p", "Junipercombe Hospitals NHS Trust (Maternity) with Junipercombe County Council Children's "
              "Services. Written by Lorna Beckett, specialist safeguarding midwife, after the initial child "
              "protection conference on 03/07/2025."),
        ("kv", [
            ("Mother", "Ellie Tolland (27), hospital number JH 448291"),
            ("Expected date of delivery", "30/08/2025 (32 weeks at conference)"),
            ("Father of the baby", "Connor Beale (29)"),
            ("Lead professional", "Amir Hadley, social worker, Junipercombe Children's Services"),
            ("Category", "Emotional harm (domestic abuse)"),
            ("Birth alert", "Active on the maternity system from 03/07/2025"),
        ]),
        ("h1", "Background"),
        ("p", "Ellie is autistic (diagnosed at 22) and has recurrent depression, for which her GP prescribes "
              "sertraline. Loud noise, bright light and being touched without warning cause her great "
              "distress. Police have been called to the house she shares with Connor three times since "
              "November 2024 after Connor damaged property and, once, held Ellie by the throat. Ellie has said "
              "she does not want Connor at the birth."),
        ("h1", "The baby's views"),
        ("p", "Not applicable – the baby is unborn."),
        ("h1", "Expected outcomes for the baby"),
        ("bullets", [
            "The baby is born in a calm, safe setting and goes home only when a safe plan is in place.",
            "The baby lives free from domestic abuse and is not exposed to shouting or violence at home.",
            "The baby is fed, kept clean and taken to all health appointments in the first six months.",
        ]),
        ("h1", "The plan"),
        ("h2", "A. Before the birth"),
        ("numbers", [
            "Lorna Beckett, specialist safeguarding midwife, will see Ellie at every antenatal appointment "
            "until the birth and write Ellie's sensory needs plan into the maternity notes by 34 weeks.",
            "Gareth Lusk, CPN in the Junipercombe perinatal mental health team, will visit Ellie at home "
            "every two weeks to support her with her low mood.",
            "Kirsty Vane of the Junipercombe Adult Autism Service will write Ellie's communication passport "
            "with her by 36 weeks, and put a copy in her handheld notes and on Ward 4.",
            "A referral will be made to the Junipercombe IDVA service for Ellie by 30/07/2025, and the "
            "referral accepted letter will be kept on file.",
            "Connor will start the Break the Cycle perpetrator programme when a place becomes available, and "
            "his attendance will be monitored.",
        ]),
        ("h2", "B. On the labour ward and postnatal ward"),
        ("numbers", [
            "The labour ward coordinator will ring the SW, or EDT out of hours, when Ellie is admitted, and "
            "log the call on the birth alert sheet.",
            "Ellie will be given a side room with dimmed lights on Ward 4 for the whole of her stay, and this "
            "will be written on the ward handover sheet.",
            "Hospital staff will make sure Connor only visits when the SW has agreed it, during Ellie's stay, "
            "with each visit signed in the visitors' book.",
            "The neonatal team will complete the newborn examination before discharge and write the result "
            "in the red book for the HV and GP.",
        ]),
        ("h2", "C. After discharge"),
        ("numbers", [
            "Jenna Hollis, community midwife, will visit Ellie and the baby at home on days 1, 3, 5 and 10 "
            "after discharge and weigh the baby on day 5, recording the weight in the red book.",
            "The HV, Sam Okafor, will do the new birth visit between day 10 and day 14 and visit as and when "
            "needed after that.",
            "Ellie's mum, Denise Tolland, will stay with Ellie and the baby for the first two weeks at home "
            "and fill in a night feed chart each morning.",
            "Amir Hadley, SW, will visit Ellie and the baby at home every week for the first 8 weeks, seeing "
            "the baby awake and recording how Ellie responds to her cues.",
        ]),
        ("h1", "Contingency"),
        ("p", "If there are further concerns after the baby is born, a strategy discussion will be considered "
              "and the plan will be reviewed at the next core group."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks, first on 17/07/2025 at Hollins Lane Children's Centre. Review child "
              "protection conference: 02/10/2025."),
    ],
    "findings": [
        F("H001", "to support her with her low mood"),
        F("M001", "to support her with her low mood"),
        F("W001", "A referral will be made to the Junipercombe IDVA service"),
        F("T002", "Connor will start the Break the Cycle perpetrator programme"),
        F("M002", "Connor will start the Break the Cycle perpetrator programme"),
        F("W001", "Ellie will be given a side room with dimmed lights"),
        F("W002", "Hospital staff will make sure Connor only visits"),
        F("M001", "The HV, Sam Okafor, will do the new birth visit"),
        F("F003"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Core group minutes for a baby home from special care, mother with
#    postnatal depression moving to a refuge in another council. Meeting grid,
#    agency updates, then an action log with refs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_jessopdale_core_group_minutes_ref_action_log_transfer_ahmadi.docx",
    "doc_title": "Core Group Record - Zain Ahmadi",
    "split": "heldout",
    "actions": 9,
    "template": "core-group-minutes-docx-meeting-details-grid-numbered-agency-updates-childs-experience-transfer-note-then-ref-action-agreed-owner-due-evidence-log",
    "description": (
        "Core group record for a 10-week-old born at 34 weeks, home after two weeks in special care; "
        "his mother has postnatal depression and is moving to a refuge in another council to escape "
        "the father. The parenting assessment is left for the receiving council 'after transfer, date "
        "TBC' with no evidence, the CPN's support sessions are on hold until she has a new GP, and 'All "
        "agencies' help with the move 'ASAP'. The SW and HV carry on until the transfer-in. The record "
        "states no outcome for the baby, the review conference is 'to be arranged by Keldmoor' and the "
        "contingency (999, another refuge) has no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Record and Action Log"),
        ("p", "Jessopdale Borough Council – Children's Social Care – Family Safeguarding Team (North)"),
        ("table", {
            "header": ["Meeting details", H],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
            "rows": [
                ["Child", "Zain Ahmadi, born 02/05/2025 at 34 weeks (10 weeks old; 4 weeks corrected)"],
                ["Date and place", "14/07/2025, 2pm, Jessopdale Road Children's Centre"],
                ["Present", "Tom Brierley (SW, chair); Nadia Ahmadi (mother); Marcia Dunne (HV); Farah Khan "
                            "(IDVA, Jessopdale DA Service); Dr Helen Varga (GP, by phone)"],
                ["Apologies", "Sian Pugh (CPN, Jessopdale Perinatal Mental Health Team) – update by email"],
                ["Plan", "Child protection plan since the ICPC on 16/06/2025 (category: emotional harm)"],
            ],
        }),
        ("h1", "1. Updates"),
        ("p", "Nadia: she has a place at a refuge in Keldmoor from 21/07/2025 and wants to move as soon as she "
              "can. She says Zain is \"a good baby\" who wakes twice a night for a bottle."),
        ("p", "HV: Zain weighed 4.12kg on 10/07/2025 (9th centile, up from the 2nd at discharge from special "
              "care). He is bottle fed and his corrected-age checks are on track."),
        ("p", "GP: Nadia was diagnosed with postnatal depression on 05/06/2025 and started sertraline. She says "
              "she is sleeping better."),
        ("p", "IDVA: Imran Qadir has sent Nadia about 40 messages since the non-molestation order was made on "
              "20/06/2025; each has been reported to the police. Nadia's case was heard at MARAC on "
              "08/07/2025."),
        ("p", "CPN (by email): Sian has seen Nadia three times for support sessions since June."),
        ("h1", "2. Zain's experience"),
        ("p", "Tom saw Zain at home on 09/07/2025. He was in a clean babygro and asleep in his Moses basket, "
              "and woke crying when the door buzzer went; Nadia picked him up at once and he calmed against "
              "her chest. Nadia says he startles whenever her phone rings, and it rings often because Imran "
              "keeps calling."),
        ("h1", "3. Transfer"),
        ("p", "Nadia's move means the case will transfer to Keldmoor County Council under the inter-authority "
              "transfer protocol. Jessopdale remains responsible for Zain's plan until Keldmoor hold their "
              "transfer-in conference."),
        ("h1", "4. Action log"),
        ("table", {
            "header": ["Ref", "Action agreed", "Owner", "Due", "Evidence of completion"],
            "widths": [1.1, 6.2, 3.4, 2.9, 3.4],
            "rows": [
                ["4.1", "Visit Zain at home and then at the refuge, see him awake and see where he sleeps",
                 "Tom Brierley, SW", "Weekly until the Keldmoor transfer-in conference",
                 "Visit record notes Zain's care, his sleep space and how Nadia responds to him"],
                ["4.2", "Parenting assessment of Nadia to be picked up by Keldmoor once the case has "
                        "transferred",
                 "Keldmoor Children's Services", "After transfer, date TBC", ""],
                ["4.3", "Refer Nadia to the Keldmoor perinatal mental health team and send them her GP records",
                 "Dr Helen Varga, GP", "By 25/07/2025", "Referral accepted letter on file"],
                ["4.4", "Perinatal support sessions for Nadia on hold until she is registered with a Keldmoor GP",
                 "Sian Pugh, CPN, Jessopdale Perinatal Mental Health Team", "On hold – date TBC",
                 "Letter to Nadia confirming the pause"],
                ["4.5", "Weigh Zain and check his development for his corrected age",
                 "Marcia Dunne, HV", "Every 2 weeks until handover to the Keldmoor HV at a joint visit",
                 "Weight plotted in the red book and emailed to the SW"],
                ["4.6", "Help Nadia and Zain get ready for the move to the refuge",
                 "All agencies", "ASAP", "Nadia and Zain living at the refuge"],
                ["4.7", "Send the transfer request, chronology and this plan to Keldmoor",
                 "Tom Brierley, SW", "By 18/07/2025",
                 "Keldmoor confirm receipt and set a transfer-in conference date"],
                ["4.8", "Carry on safety planning with Nadia for herself and Zain, including a safe route to "
                        "the refuge, until Keldmoor's IDVA takes over",
                 "Farah Khan, IDVA", "Weekly until handover", "Updated safety plan on file after each session"],
                ["4.9", "Report every breach of the non-molestation order to the police",
                 "Nadia Ahmadi", "Each time Imran contacts her", "Police log numbers passed to the IDVA"],
            ],
        }),
        ("h1", "5. If things go wrong"),
        ("p", "If Imran finds out where Nadia and Zain are living, or turns up at the house or the refuge, "
              "Nadia will call 999 and the refuge will move her and Zain to another refuge place the same day; "
              "the IDVA will make a new MARAC referral."),
        ("h1", "6. Next meetings"),
        ("p", "Next core group: 28/07/2025, then every 2 weeks until the case transfers. Review child "
              "protection conference: to be arranged by Keldmoor."),
    ],
    "findings": [
        F("X001", "Parenting assessment of Nadia to be picked up by Keldmoor"),
        F("T002", "Parenting assessment of Nadia to be picked up by Keldmoor"),
        F("M001", "Parenting assessment of Nadia to be picked up by Keldmoor"),
        F("X001", "Perinatal support sessions for Nadia on hold until"),
        F("H001", "Perinatal support sessions for Nadia on hold until"),
        F("T002", "Perinatal support sessions for Nadia on hold until"),
        F("W002", "Help Nadia and Zain get ready for the move"),
        F("T002", "Help Nadia and Zain get ready for the move"),
        F("O001"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan, both parents with a learning disability, father autistic
#    with anxiety. Owner-first bullets under stage subheadings. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_jarlsbeck_prebirth_ld_owner_first_stage_bullets_fairclough.md",
    "split": "heldout",
    "actions": 14,
    "template": "prebirth-icpc-md-details-table-why-babys-world-numbered-outcomes-then-stage-subheadings-bold-owner-first-bullets-when-and-evidence-in-sentence-contingency-bullets-with-family-fallback",
    "description": (
        "Exemplary pre-birth plan for parents who both have a learning disability (the father is also "
        "autistic with anxiety treated by his GP); their first child was adopted. Bold owner-first bullets "
        "under 'Before the baby is born', 'On the ward' and 'The first 12 weeks at home', each with a "
        "date or frequency and what will be seen. The community learning disability team, adult social "
        "care, an advocate and the GP own actions; the grandparents' help has a fallback; the contingency "
        "has specific triggers, foster carers and a legal planning meeting; core group dates and the "
        "review conference are set."
    ),
    "text": """\
# Pre-birth Child Protection Plan

**Jarlsbeck Council – Children's Services – Early Years Safeguarding Team**

Initial child protection conference: 11/07/2025 · Chair: Helen Mbeki · Social worker: Mo Rahman

| | |
|---|---|
| Unborn baby | Baby Fairclough (a girl), due 26/10/2025 (24 weeks at conference) |
| Mother | Kayleigh Fairclough (20) |
| Father | Jordan Fairclough (23) |
| Address | 9 Sandpiper Walk, Jarlsbeck JB2 5QA |
| Category | Neglect |
| Parents' advocate | Sunil Doshi, Jarlsbeck Advocacy |

## Why there is a plan

Kayleigh and Jordan both have a learning disability, and Jordan is autistic. Jordan also has anxiety,
for which his GP prescribes sertraline. Their first child, Ella, was adopted in 2023 after she lost
weight and was twice left alone in the flat while they went to the shop. Since then they have finished
a parenting course at Sandpiper Children's Centre, married and moved to a bigger flat. They say they
want to show they can care for this baby with the right help.

## What we know about the baby's world

At the home visit on 03/07/2025 the flat was clean and warm. Jordan had built the cot and put it beside
their bed. Kayleigh showed Mo the 20-week scan photo on the fridge and said the baby "kicks when Jordan
sings". The baby is growing on the 50th centile. Neither parent smokes or drinks. The flat is on the
second floor with no lift, and Kayleigh is out of breath by the top of the stairs.

## What we want for the baby

1. The baby is born safely and goes home with her parents only when they can feed, change and settle her with the agreed help.
2. The baby is fed at least every four hours, gains weight along her centile and is taken to every health appointment.
3. The baby always sleeps on her back in her own cot and is never left alone in the flat.
4. The baby's care does not depend on her parents remembering everything alone: the help they need is in place before she comes home.

## What will happen

### Before the baby is born

- **Alison Pryce, specialist midwife (vulnerable women),** will see Kayleigh at every antenatal appointment until the birth, using the easy-read pregnancy booklet; the handheld notes will record each appointment and Alison will send the SW a summary each month.
- **Mo Rahman, SW,** will visit Kayleigh and Jordan at home every two weeks until the birth and check that the cot, bedding and steriliser are ready; his visit notes will list what he saw.
- **Beth Corrigan, nurse, Jarlsbeck Community Learning Disability Team,** will teach Kayleigh and Jordan to make up bottles, bath a baby and read a thermometer, using picture cards, every Wednesday from 06/08/2025 until 36 weeks; she will tick each skill on the skills checklist once each parent has done it twice without prompts.
- **Sunil Doshi, advocate, Jarlsbeck Advocacy,** will meet Kayleigh and Jordan before every meeting about the baby, starting before the first core group on 24/07/2025, to go through the papers in easy read; the parents' own words will be written on a "My say" sheet taken to each meeting.
- **Dr Fiona Marsh, GP, Sandpiper Medical Practice,** will review Jordan's anxiety and his sertraline by 15/08/2025 and write to the SW about how his anxiety affects his ability to do night feeds and cope when the baby cries (letter on file).
- **Paul Seddon, Care Act assessor, Jarlsbeck Adult Social Care,** will complete Care Act assessments for Kayleigh and Jordan by 29/08/2025, setting out the support hours they will need to care for the baby once she is home, and share the support plan at the core group on 18/09/2025.
- **Mo Rahman, SW,** will complete a pre-birth parenting assessment (PAMS) by 19/09/2025 and share the report with the parents in easy read, and with the core group, by 25/09/2025.

### On the ward

- **The labour ward coordinator, Jarlsbeck General Hospital,** will ring the SW (or EDT out of hours) within 2 hours of Kayleigh being admitted in labour, and record the call on the birth alert sheet.
- **The midwife in charge of Ward 6 (postnatal)** will check on each shift that Kayleigh and Jordan are doing the feeds and nappy changes themselves, with prompts, and record each one on the parent-craft chart for the whole of their stay.
- **Mo Rahman, SW,** will hold a discharge planning meeting on Ward 6 before the baby leaves hospital, and give the parents an easy-read copy of the discharge plan, which will also be sent to the core group.

### The first 12 weeks at home

- **Carla Nkemelu, HV,** will visit weekly for the first 8 weeks after discharge and then every two weeks, weighing the baby and checking her sleep space; weights will go in the red book and be emailed to the SW.
- **Tracey Holroyd (maternal grandmother)** will stay at the flat every night for the first 14 nights after discharge to help with night feeds, and sign the night feed chart each morning.
- **Gary Holroyd (maternal grandfather)** will drive Kayleigh and the baby to baby clinic every Thursday morning for the first 8 weeks; the clinic book will show the baby weighed each week.
- **Mo Rahman, SW,** will visit the baby at home every week for the first 12 weeks, seeing her awake and being fed, and record how each parent responds to her.

## If things go wrong

- If the baby loses more than 10% of her birth weight, goes more than five hours without a feed on the parent-craft or night feed chart, or is found alone in the flat, the HV or ward midwife will tell the SW the same day and the SW will hold a strategy discussion that day. The baby will stay on the ward, or go to the foster carers identified by Jarlsbeck Fostering Service, until a safe plan is agreed.
- If Tracey cannot stay overnight or Gary cannot drive to clinic, Kayleigh will ring Mo the same day; a family support worker from Sandpiper Children's Centre will do an evening visit within 24 hours and the HV will weigh the baby at home instead of at clinic.
- If the parenting assessment on 19/09/2025 finds that the parents cannot meet the baby's needs even with the support in the Care Act plan, or if the baby has to leave their care at any point, the SW will request a legal planning meeting within 5 working days.

## Core group and review

- Core group every 4 weeks at Sandpiper Children's Centre: 24/07/2025, 21/08/2025, 18/09/2025 and 16/10/2025.
- Review child protection conference: 10/10/2025, 1.30pm, Jarlsbeck Civic Centre.
- Sunil will go through an easy-read copy of this plan with Kayleigh and Jordan by 18/07/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review CP plan typed into a health record: dot-leader details, caps
#    headings, numbered actions with (Lead; By; Evidence) in brackets (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b94_jorvington_rcpc_health_record_bracket_lead_by_evidence_ogunleye.txt",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-plan-txt-health-record-copy-dot-leader-details-caps-headings-then-numbered-actions-lead-by-evidence-in-brackets-no-contingency",
    "description": (
        "First review plan for a 4-month-old whose mother has bipolar disorder and whose father drinks, "
        "typed into the health record. Numbered actions carry (Lead; By; Evidence) in brackets. Seven "
        "of eleven are the parents' own treatment, appointments, benefits, housing and counselling. The "
        "perinatal psychiatrist only reviews medication and the CPN only supports, with 'mood is stable' "
        "as the evidence; the father's alcohol row is 'when he is ready', two rows have no date, the "
        "counselling referral has no lead. One outcome is only the mother's. The grandmother and aunt "
        "carry weekdays and Saturday nights but there is no contingency and no legal step."
    ),
    "text": """\
JORVINGTON METROPOLITAN COUNCIL
CHILDREN'S SOCIAL CARE - SAFEGUARDING (SOUTH)

REVIEW CHILD PROTECTION CONFERENCE - CHILD PROTECTION PLAN
(copy typed into the health visiting record by J. Whitworth, HV, 16/07/2025;
the signed plan is held by Children's Social Care)

Child ............... Tobi Ogunleye, born 11/03/2025 (4 months)
Mother .............. Grace Ogunleye (33)
Father .............. Kwame Mensah (35)
Address ............. 41 Fennel Street, Jorvington JV6 2RD
Conference .......... First review, 15/07/2025
Category ............ Neglect
Social worker ....... Hollie Brandreth
Chair ............... Martin Oyelowo


WHY TOBI STILL NEEDS A PLAN
---------------------------
Grace has bipolar affective disorder. She spent three weeks in hospital in
2024, before Tobi was born, and became unwell again in April 2025 after she
stopped taking her lithium. For about ten days she stayed in bed and Tobi was
fed and changed mostly by his grandmother. Grace restarted lithium in May.
Kwame drinks most evenings, usually four to six cans, and twice in June he
was asleep on the sofa with Tobi beside him when the HV called.


TOBI'S WORLD
------------
Tobi is a smiley baby who reaches for faces and laughs when Kwame bounces
him. At the HV visit on 08/07/2025 he was on the 50th centile, clean and
dressed for the weather. He has a flat patch on the back of his head from
lying on his back in the cot for long spells in April. He turns straight to
his grandmother Comfort's voice and settles quickly with her.


WHAT WE WANT TO SEE
-------------------
- Tobi is fed, changed and played with every day by a carer who is well
  enough to notice and respond to him.
- Grace's mental health will stay stable.
- Tobi's head shape improves and he reaches his 4 and 6 month milestones.


THE PLAN
--------
1.  Grace to take her lithium every day and go to her lithium blood tests
    (Lead: Grace; By: every 3 months, next 05/08/2025; Evidence: levels in
    range, letter from the lithium clinic to the SW)
2.  Perinatal psychiatry review of Grace's medication (Lead: Dr Olu Adeyemi,
    perinatal psychiatrist, Jorvington Perinatal Mental Health Service; By:
    12/08/2025; Evidence: clinic letter to the GP and SW)
3.  CPN home visits to support Grace (Lead: Delia Frost, CPN, Jorvington
    Perinatal Mental Health Service; By: fortnightly; Evidence: Grace's mood
    is stable)
4.  Kwame to cut down his drinking and go to the Jorvington Alcohol Service
    drop-in (Lead: Kwame; By: when he is ready; Evidence: attendance letter
    from the service)
5.  Grace to go to a benefits appointment at Jorvington Citizens Advice
    (Lead: Grace; By: -; Evidence: Universal Credit claim confirmed in
    writing)
6.  Housing transfer application for a ground-floor flat (Lead: Neil Park,
    housing officer, Jorvington Homes; By: -; Evidence: banding letter on
    file)
7.  Comfort to stay with Grace and Tobi while Kwame is at work (Lead: Comfort
    Ogunleye, MGM; By: Monday to Friday, 8am to 6pm; Evidence: Comfort's
    daily diary shown to the HV at each visit)
8.  Ama to have Tobi overnight so that Grace can catch up on sleep (Lead: Ama
    Mensah, paternal aunt; By: every Saturday night; Evidence: Ama texts the
    SW each Sunday morning to say how the night went)
9.  Weigh Tobi, measure his head and check his development (Lead: Jade
    Whitworth, HV; By: monthly, next 06/08/2025; Evidence: weight and head
    circumference on the red book chart, physio referral if the flat patch
    has not improved by 4 months)
10. Visit Tobi at home and see him with each parent (Lead: Hollie Brandreth,
    SW; By: every 3 weeks; Evidence: visit record of what Tobi was doing and
    who was caring for him)
11. Referral for couples counselling for Grace and Kwame (Lead: -; By:
    31/08/2025; Evidence: referral letter on file)


CORE GROUP AND REVIEW
---------------------
Core group every 4 weeks at Fennel Street Family Hub: 29/07/2025, 26/08/2025
and 23/09/2025.
Next review child protection conference: 14/10/2025, 10am, Jorvington Town
Hall.
""",
    "findings": [
        F("H001", "Perinatal psychiatry review of Grace's medication"),
        F("H001", "CPN home visits to support Grace"),
        F("M002", "CPN home visits to support Grace"),
        F("T002", "Kwame to cut down his drinking and go"),
        F("T001", "Grace to go to a benefits appointment at Jorvington"),
        F("T001", "Housing transfer application for a ground-floor flat"),
        F("W001", "Referral for couples counselling for Grace and Kwame"),
        F("F002", "Grace's mental health will stay stable."),
        F("F001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
