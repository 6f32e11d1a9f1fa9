"""Batch 125, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the WORDS of good rows, where good practice on timescales, measures,
outcomes and adult services is written in ways a template-bound reader could
misread (precision matters most: a correct plan wrongly criticised costs
trust). Timescales are anchored to events dated elsewhere ("by 34 weeks
(22/01/2026)", "before the baby leaves Glaverton General", "within 10 working
days of the conference (by 9 December)", "until the baby is 12 weeks old"),
given as Start / End and From / Until pairs, as school terms ("until the end
of the spring term (27 March)"), days of the week ("each Tuesday after
school"), and once for a group of bullets under a time heading ("By 16
January 2026", "Every week until the review conference"). Measures are in the
family's words ("We'll know it's working when..."), counts and records ("no
missed doses on the pharmacy record", "three monthly sections each clear",
"attendance above 95%"), an observation by a named professional, a scaling
score the social worker checks, and a document that will exist ("a written
safety plan signed by..."). Outcomes are written without the word outcome:
"What we want for the baby and Tayo", "Goal statement", "Safety goals",
"Our hopes for Harvey and Isla", "What will be different for Kacper and
Zofia". Adult services appear by local brand or function: a perinatal mental
health team, The Harbour and The Lantern (drug and alcohol services),
Pathways Recovery, Talking Therapies, a community mental health team, an
epilepsy nurse specialist, adult social care's learning disability team and
a domestic abuse perpetrator programme.

Five plans are exemplary (no findings): Glaverton (docx, landscape pre-birth
plan, a merged stage column over Start / Finish columns, gestation and
baby's-age timescales, a merged Lead cell for the grandmother's two rows),
Gorrowmere (pdf, first review plan as a case-system export of "Task n of 11"
blocks with Start / End / Evidence fields, one completed task, Trigger /
Response contingency fields, page header and footer), Greckleford (pdf, a
letter to a 15-year-old written as "What I will do" / "What you said you will
do" / "What your mum will do" bullets, page header and footer), Gimblesham
(md, Signs of Safety plan with "Our hopes" as safety goals and nested Who /
When / "We'll know it's working when" sub-bullets) and Gossington (txt, first
review plan with labelled From / Until fields). Two carry a realistic mix of
faults among mostly good rows: Gantlebury (docx, worry and goal statements
and a "We'll know it's working when..." column: an outcome only for the
father, key-work measured by engagement, talking therapy that only treats,
"Core group" as an owner, an assessment with no output, "As needed", and a
review conference not yet set) and Gadmarsh (md, actions grouped under time
headings: an assessment with no output, perinatal visits that only support,
a feeling as the measure, "the family" as owner, "as and when", a bullet
under a heading with no time, and a contingency with no trigger that never
says what happens if Nan cannot help).

Counting actions (README, "Files", actions, and convention 1): each live row
of an action table, each task block of the export, and each bullet of an
action section (a bullet's later sentences belong to it; Who / When / How
sub-bullets belong to the bullet above them). Not counted: the contingency,
meeting dates, theme and time headings, and a one-off task marked completed
(the Gorrowmere export's Task 11). Ongoing work still counts.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, mother with bipolar disorder and postpartum psychosis
#    after her first child. Landscape Word table with a stage column merged
#    down, Start and Finish columns (weeks of pregnancy, the birth, the baby
#    going home, the baby's age), and the grandmother's two rows under one
#    merged Lead cell. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_glaverton_prebirth_landscape_journey_stages_okwuosa.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Okwuosa and Tayo Okwuosa",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 4,
    "template": "prebirth-icpc-landscape-word-plan-details-why-before-birth-tayos-world-and-the-babys-what-we-want-for-the-baby-and-tayo-then-six-column-table-stage-merged-down-what-lead-start-finish-or-until-what-we-will-see-gestation-and-baby-age-timescales-merged-grandmother-lead-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 3-year-old whose mother has bipolar "
        "disorder, had postpartum psychosis after her first child and was admitted in August "
        "after stopping her medication. A landscape Word table runs in three stages merged down "
        "the first column (before the birth, on the maternity ward, the first 12 weeks at home); "
        "each row has its own Start and Finish: weeks of pregnancy with the date, 'the day the "
        "baby is born', 'before the baby leaves Glaverton General', 'until the baby is 12 weeks "
        "old'. Measures are records and documents (relapse prevention plan signed by both "
        "parents, pharmacy record, night feed chart initialled by the grandmother). The perinatal "
        "psychiatrist and CPN both report on capacity to change, the GP prescribes weekly, the "
        "grandmother's nights have a fallback, legal planning follows named triggers, core group "
        "and review dates are set, and Tayo's words and the baby's world are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Glaverton Metropolitan Borough Council · Children and Young People's Service · Pre-birth and "
              "Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Okwuosa, due 05/03/2026 (Ruth was 27 weeks pregnant on the day of conference)"),
            ("Brother", "Tayo Okwuosa (3), DOB 09/05/2022, Little Oaks Nursery"),
            ("Parents", "Ruth Okwuosa (28) and Daniel Okwuosa (31), 14 Weaver's Yard, Glaverton GL6 2RP"),
            ("Maternal grandmother", "Grace Adjei, 3 Linnet Close, Glaverton (15 minutes by bus)"),
            ("Category", "Neglect (Tayo and the unborn baby)"),
            ("Conference", "Initial (pre-birth) child protection conference, Thursday 04/12/2025. Chair: "
                           "Malcolm Idowu (IRO)"),
            ("Social worker", "Abigail Thorne (team manager: Graham Lyle)"),
            ("Dates used in this plan", "32 weeks = 08/01/2026; 34 weeks = 22/01/2026; 36 weeks = 05/02/2026; "
                                        "due date 05/03/2026. If the baby is born on the due date, 8 weeks old "
                                        "is 30/04/2026 and 12 weeks old is 28/05/2026."),
        ]),
        ("h1", "Why we are making a plan before the baby is born"),
        ("p", "Ruth has bipolar affective disorder. After Tayo was born in May 2022 she became very unwell with "
              "postpartum psychosis and spent seven weeks with him at the Fernlea Mother and Baby Unit. In June "
              "2025, when she found out she was pregnant, she stopped her medication because she was afraid it "
              "would harm the baby. By August she was high: she did not sleep for four nights, ran up more than "
              "£3,000 on credit cards, and on 17/08/2025 left Tayo with a neighbour she hardly knew. Police found "
              "her walking on the Glaverton bypass at 3am. She was admitted to Ashgrove House under section 2 "
              "for 19 days. Daniel was working nights and did not know how unwell she had become."),
        ("p", "Ruth restarted quetiapine on 05/09/2025 after talking through the risks in pregnancy with the "
              "perinatal team, and says she now feels “level”. Dr Ferreira's letter of 20/11/2025 puts her risk "
              "of becoming unwell again in the weeks after the birth at about one in two. Ruth and Daniel both "
              "agree with this plan; Ruth said at conference, “I want someone to notice before I do.”"),
        ("h1", "Tayo's world, and the baby's"),
        ("p", "Tayo was seen at nursery on 26/11/2025 and at home on 01/12/2025. He told the social worker, "
              "“Mummy went on the big road in the dark. Granny Grace came,” and, patting Ruth's bump, “The baby "
              "can have my blue blanket.” At home he stayed close to Daniel and went to find Ruth each time she "
              "left the room. Nursery say he cried at every drop-off in September and now settles within ten "
              "minutes, and that he plays “hospitals” with the dolls."),
        ("p", "The baby was growing well at the 26-week check. Ruth has been to every antenatal appointment since "
              "September. A Moses basket and a cot are set up in the parents' room. Ruth wants to breastfeed and "
              "is worried about what broken nights will do to her sleep."),
        ("h1", "What we want for the baby and Tayo"),
        ("numbers", [
            "The baby is born safely and goes home from Glaverton General with parents who are well, and with a "
            "plan for the nights that everyone knows.",
            "The baby is fed, kept warm and settled, grows along the birth centile, and is never left alone with "
            "Ruth if she shows early signs of becoming unwell.",
            "Tayo goes to nursery every session he is booked for, and every night has an adult at home who is "
            "well and awake enough to care for him.",
            "Tayo is told in words he understands when Mummy is poorly, and always has Daddy or Granny Grace "
            "with him.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("p", "The first column shows the stage of the baby's journey. Each row then has its own start and finish. "
              "Where a finish is an event that has not happened yet (the birth, the baby going home), Abigail "
              "will send its date to everyone in this plan on the day it happens."),
        ("table", {
            "header": ["Stage", "What will happen", "Lead", "Start", "Finish or until", "What we will see"],
            "widths": [3.0, 6.8, 4.0, 2.9, 3.2, 5.8],
            "rows": [
                ["Before the birth: now until 36 weeks (05/02/2026)",
                 "See Ruth in the perinatal clinic every four weeks and write an assessment of her capacity to "
                 "make and keep the changes the baby will need, the steps still needed and how long they are "
                 "likely to take",
                 "Dr Lucia Ferreira, consultant perinatal psychiatrist, Glaverton Perinatal Mental Health Team",
                 "First clinic 11/12/2025",
                 "Written assessment by 34 weeks (22/01/2026)",
                 "Assessment sent to the SW and every core group member by 22/01/2026 and talked through with "
                 "Ruth and Daniel at the core group on 10/02/2026"],
                [V,
                 "Visit Ruth at home to check her sleep, mood and tablets; write a relapse prevention plan with "
                 "Ruth and Daniel; and tell each core group in writing whether Ruth is making the changes the "
                 "baby and Tayo need",
                 "Joanne Pike, perinatal community psychiatric nurse (CPN), Glaverton Perinatal Mental Health "
                 "Team",
                 "Every two weeks from the week of 08/12/2025",
                 "Until the baby is 12 weeks old",
                 "Relapse prevention plan signed by Ruth and Daniel by 32 weeks (08/01/2026); Joanne's written "
                 "update on file before every core group"],
                [V,
                 "Take quetiapine every night and keep every perinatal and antenatal appointment, so that she "
                 "stays well for the baby and for Tayo",
                 "Ruth Okwuosa (Mum)",
                 "Every night from 04/12/2025",
                 "Until the baby is 12 weeks old",
                 "No missed doses on the pharmacy's weekly dispensing record, Joanne's tablet count matching at "
                 "each visit, and no missed appointments on the maternity and perinatal records"],
                [V,
                 "Prescribe Ruth's quetiapine one week at a time, and change the dose only after talking to Dr "
                 "Ferreira",
                 "Dr Arjun Bhatt, GP, Millgate Surgery",
                 "From 05/12/2025",
                 "Until the baby is 12 weeks old",
                 "Weekly prescriptions on the pharmacy record; a letter to the SW within 5 working days of any "
                 "dose change"],
                [V,
                 "Write a birth and postnatal care plan with Ruth, Daniel and Joanne Pike: who stays with Ruth on "
                 "the ward, how her sleep will be protected, and what the midwives will do if she shows an early "
                 "warning sign",
                 "Sinead Farrell, specialist midwife, Vulnerable Women's Team, Glaverton General Hospital",
                 "At the 32-week antenatal appointment (08/01/2026)",
                 "Agreed by 36 weeks (05/02/2026)",
                 "Birth plan in Ruth's maternity notes and copied to the SW, Joanne Pike and Dr Bhatt by 36 "
                 "weeks"],
                [V,
                 "Visit Tayo and his parents at home, one visit in three unannounced, and see Tayo on his own at "
                 "nursery once a month",
                 "Abigail Thorne, social worker (SW)",
                 "Every week from the week of 08/12/2025",
                 "Until the review conference (03/03/2026)",
                 "Visit records show a visit every week, with what Tayo said and did written down in his own "
                 "words"],
                [V,
                 "Complete the pre-birth parenting assessment of Ruth and Daniel, including Grace's part in the "
                 "baby's care",
                 "Abigail Thorne, SW",
                 "From 08/12/2025",
                 "By 36 weeks (05/02/2026)",
                 "Assessment report given to Ruth and Daniel and shared at the core group on 10/02/2026"],
                [V,
                 "Record Tayo's attendance, how he settles and anything he says about home, and ring the SW the "
                 "same day with any worry",
                 "Bev Chandler, key person, Little Oaks Nursery",
                 "Every session (Monday, Wednesday and Friday mornings)",
                 "Until the review conference (03/03/2026)",
                 "Attendance and a short settling note emailed to the SW each Friday; attendance of 90% or "
                 "more"],
                [V,
                 "Move to day shifts (7am to 3pm) so that he is at home every night with Ruth, the baby and Tayo",
                 "Daniel Okwuosa (Dad)",
                 "From 36 weeks (05/02/2026)",
                 "Until the baby is 12 weeks old",
                 "Letter from Daniel's employer confirming the shift change on the SW's file by 36 weeks; Daniel "
                 "at home at every evening visit"],
                ["On the maternity ward: from the birth until the baby goes home",
                 "Write down Ruth's sleep and mood at every shift, keep the baby's cot beside Ruth with Daniel or "
                 "Grace there overnight, and ring the SW and Joanne Pike the same day with any early warning sign",
                 "Kate Ellison, ward manager, Birch Ward (maternity), Glaverton General Hospital",
                 "The day the baby is born",
                 "Until the baby goes home",
                 "Sleep and mood chart in Ruth's maternity notes for every shift; any early warning sign logged "
                 "with the time the SW was rung"],
                [V,
                 "Hold a discharge planning meeting on the ward with Ruth, Daniel, Grace, Joanne Pike and the "
                 "health visitor",
                 "Abigail Thorne, SW",
                 "Within 2 days of the birth",
                 "Before the baby leaves Glaverton General",
                 "Written discharge plan signed by Ruth, Daniel and Grace, sent to everyone in this plan on the "
                 "day it is agreed"],
                ["At home: the first 12 weeks",
                 "Stay at Weaver's Yard every night for the first two weeks, then every Friday, Saturday and "
                 "Sunday night, and do the 2am feed so that Ruth gets at least six hours' sleep",
                 "Grace Adjei (maternal grandmother)",
                 "The night the baby comes home",
                 "Until the baby is 12 weeks old",
                 "Night feed chart initialled by Grace for every night she stays, checked by the HV at each "
                 "visit and by the SW every week"],
                [V,
                 "Take Tayo to nursery on Monday, Wednesday and Friday mornings so that Ruth and the baby can "
                 "rest",
                 V,
                 "The baby's first week at home",
                 "Until the baby is 8 weeks old",
                 "Little Oaks' sign-in sheet shows Grace dropping Tayo off on her days; his attendance stays at "
                 "90% or more"],
                [V,
                 "New birth visit, then weigh the baby and check feeding, where the baby sleeps, and how Ruth and "
                 "the baby are together",
                 "Claire Dunmore, health visitor (HV), Glaverton 0-19 Service",
                 "New birth visit 10 to 14 days after the birth; then every week",
                 "Until the baby is 8 weeks old",
                 "Weights plotted in the baby's red book and staying along the birth centile; a short written "
                 "note to the SW after each visit"],
                [V,
                 "See Ruth after the birth and update the assessment of her capacity to change, now that she is "
                 "caring for a newborn as well as Tayo",
                 "Dr Lucia Ferreira, consultant perinatal psychiatrist",
                 "Within 2 weeks of the birth, then every two weeks",
                 "Until the baby is 12 weeks old",
                 "Updated written assessment to the SW and the core group by the time the baby is 6 weeks old"],
            ],
        }),
        ("h1", "If Ruth starts to become unwell, or the plan at home breaks down"),
        ("bullets", [
            "Ruth's early warning signs (from her relapse prevention plan) are: less than four hours' sleep two "
            "nights running, talking very fast, spending money she does not have, or saying she no longer needs "
            "her tablets. If Daniel, Grace or any professional sees any one of these, they ring Joanne Pike "
            "(weekdays) or the Glaverton crisis line (evenings and weekends) that day, and Ruth is seen the same "
            "day. Until she has been seen, the baby and Tayo stay with Daniel or Grace and are not left alone "
            "with Ruth.",
            "If Ruth needs to go into hospital after the birth, Joanne will refer her to the Fernlea Mother and "
            "Baby Unit the same day. If there is no bed, the baby and Tayo stay at home with Daniel, and Grace "
            "stays every night.",
            "If Grace cannot stay the nights or take Tayo to nursery (she is ill, away or too tired), Daniel will "
            "take the emergency leave his employer has agreed in writing. If neither Daniel nor Grace can be at "
            "home overnight, Abigail (or the emergency duty team out of hours) will place the baby and Tayo "
            "together with Glaverton foster carers that night, and Ruth will see them every day.",
            "If Ruth stops her tablets before the birth, if Dr Ferreira's assessment says Ruth cannot make the "
            "changes in the time the baby needs, or if Ruth becomes unwell after the birth and will not accept "
            "help, Abigail will ask Graham Lyle for a legal planning meeting within 5 working days to decide "
            "whether to start pre-proceedings under the PLO.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1pm at Millgate Children's Centre: 16/12/2025, 13/01/2026 "
            "and 10/02/2026, and an extra core group within 5 working days of the baby going home.",
            "Review child protection conference: Tuesday 03/03/2026, 10am, Glaverton Town Hall.",
            "Abigail will see Tayo before each core group and bring what he says and does to the meeting.",
        ]),
        ("p", "Plan agreed at conference on 04/12/2025. Copies to Ruth, Daniel, Grace and every lead named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan, domestic abuse and the father's drinking, the
#    mother's low mood. Worry statement / goal statement table, then an
#    action table whose measure column is headed "We'll know it's working
#    when...". Faulty among mostly good rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_gantlebury_icpc_worry_goal_statements_fenwick.docx",
    "doc_title": "Child Protection Plan - Mia and Alfie Fenwick",
    "split": "tune",
    "actions": 12,
    "template": "icpc-word-plan-details-list-worry-statement-goal-statement-two-column-table-what-mia-and-alfie-say-three-houses-then-no-what-will-happen-who-when-well-know-its-working-when-table-contingency-meetings",
    "description": (
        "Initial conference plan for an 8-year-old and a 5-year-old after domestic abuse by their "
        "father, who drinks and has moved to his mother's; their mother has low mood. A Word plan "
        "with a Worry statement / Goal statement table, the children's three houses words, and an "
        "action table whose last column is headed 'We'll know it's working when...'. Most rows are "
        "sound: supervised Saturday contact with the grandmother's contact book, a perpetrator "
        "programme, the GP writing about the children, the school's Friday attendance email. "
        "Faults: a goal statement only about the father; The Harbour's key-work measured by "
        "'engaging well'; eight CBT sessions that only treat the mother; 'Core group' owning "
        "Mia's safety plan; a parenting assessment with no measure; the aunt's sleepovers 'As "
        "needed'; and the review conference 'to be confirmed'. The contingency covers the "
        "grandmother and aunt and names a legal planning meeting."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gantlebury Borough Council · Children's Social Care · Safeguarding and Assessment Team (North)"),
        ("kv", [
            ("Children", "Mia Fenwick (8), DOB 03/03/2017; Alfie Fenwick (5), DOB 27/08/2020"),
            ("Lives with", "Leanne Fenwick (33), mother, 41 Cooper Street, Gantlebury GN2 7QA"),
            ("Father", "Dean Fenwick (36), living with his mother, Pat Fenwick, at 7 Mill Lane, Gantlebury, "
                       "since 01/11/2025"),
            ("Maternal aunt", "Shelley Barnes, 18 Rowan Drive, Gantlebury"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 18/11/2025. Chair: Imran Qureshi (IRO)"),
            ("Social worker", "Sophie Ward (team manager: Lorraine Tate)"),
        ]),
        ("h1", "What we are worried about, and what we want instead"),
        ("table", {
            "header": ["Worry statement", "Goal statement"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Police have been called to Cooper Street three times since July after Dean, drunk, shouted at "
                 "and pushed Leanne. On 28/10/2025 he kicked the kitchen door in while Mia and Alfie hid "
                 "upstairs. We are worried that the children will be hurt, or go on being frightened at home.",
                 "Mia and Alfie live in a home where no one is violent or drunk, and they see their dad only "
                 "when he is sober and another adult is with them."],
                ["Leanne has been low since the summer, sometimes staying in bed until the afternoon. Mia has "
                 "been getting Alfie's breakfast and has been late to school eleven times this term.",
                 "Mia and Alfie are up, fed and at school on time every day, and Mia does not have to look "
                 "after Alfie."],
                ["Dean says he drinks “a few cans” but has been seen drunk at the school gate twice.",
                 "Dean will stop drinking and get his temper under control."],
            ],
        }),
        ("h1", "What Mia and Alfie say"),
        ("p", "Mia (seen on her own at school, 13/11/2025) did the three houses. In her house of worries: “Dad "
              "shouting at Mum and the police coming. Me and Alfie hide under my bed.” In her house of good "
              "things: “Nana Pat's pancakes and Auntie Shelley's dog.” In her house of dreams: “Dad stops "
              "drinking beer and comes to my assembly.” She gave home 4 out of 10."),
        ("p", "Alfie (seen at home, 14/11/2025) showed the social worker the broken door and said, “Daddy did a "
              "big kick.” He said he likes sleeping at Auntie Shelley's “because it's quiet”."),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "We'll know it's working when…"],
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["1",
                 "Visit Mia and Alfie at home, see Mia on her own each time and Alfie in his room, and repeat "
                 "the three houses with Mia",
                 "Sophie Ward, social worker (SW)",
                 "Every week; one visit a month unannounced",
                 "Visit notes show both children seen every week, with Mia's words and her 0-10 score for home "
                 "written down"],
                ["2",
                 "Stay sober on the day before and the day of every contact, and see the children only at his "
                 "mother's house",
                 "Dean Fenwick (Dad)",
                 "Every Saturday contact, 10am to 4pm",
                 "Pat writes in the contact book that Dean was sober; no contact cut short because of drink"],
                ["3",
                 "Supervise every contact between Dean and the children, and never leave him alone with them",
                 "Pat Fenwick (paternal grandmother)",
                 "Every Saturday, 10am to 4pm, at 7 Mill Lane",
                 "The contact book is signed by Pat after each visit and seen by the SW every fortnight"],
                ["4",
                 "Weekly key-work sessions with Dean at The Harbour about his drinking",
                 "Sam Cole, recovery worker, The Harbour (Gantlebury drug and alcohol service)",
                 "Every Thursday from 20/11/2025",
                 "Dean is engaging well with his worker"],
                ["5",
                 "Complete the Gantlebury Choices domestic abuse perpetrator programme",
                 "Dean Fenwick; programme worker Nathan Price reports to the SW",
                 "20 weekly sessions from Tuesday 06/01/2026",
                 "Nathan's attendance report after every fifth session shows 18 or more of the 20 sessions "
                 "attended"],
                ["6",
                 "Eight sessions of CBT for Leanne's low mood",
                 "Gantlebury Talking Therapies",
                 "Weekly from 01/12/2025",
                 "A letter to the SW after session 8 confirms the sessions Leanne attended"],
                ["7",
                 "Review Leanne's sertraline and write to the SW about how her mood is affecting her care of Mia "
                 "and Alfie",
                 "Dr Chidi Okafor, GP, Brookside Medical Practice",
                 "Every four weeks, the first by 02/12/2025",
                 "The GP's letter is on the SW's file within a week of each appointment"],
                ["8",
                 "Go to the Moving On group for women who have lived with domestic abuse, so that she understands "
                 "how the violence has affected Mia and Alfie and how to keep them safe",
                 "Leanne Fenwick (Mum); place booked by Gantlebury Haven (domestic abuse service)",
                 "12 Wednesday mornings from 14/01/2026",
                 "The group register shows Leanne at 10 or more of the 12 sessions and her certificate is on "
                 "file"],
                ["9",
                 "Check Mia's and Alfie's attendance every day, give Mia a weekly check-in with the ELSA, and "
                 "ring the SW the same day with any worry",
                 "Mrs Joanne Hirst, DSL, St Mary's Primary, Gantlebury",
                 "Every school day; ELSA check-in every Monday",
                 "Attendance is emailed to the SW each Friday and stays above 95%; check-ins are logged on CPOMS"],
                ["10",
                 "Agree a written safety plan with Mia about what to do and who to ring if Dad comes to the "
                 "house",
                 "Core group",
                 "By 02/12/2025",
                 "Mia's safety plan, in her own words, is in her school bag and on file"],
                ["11",
                 "Complete a parenting assessment of Leanne and Dean",
                 "Sophie Ward, SW",
                 "By 20/01/2026",
                 "–"],
                ["12",
                 "Have Mia and Alfie for tea and a sleepover to give Leanne a break",
                 "Shelley Barnes (maternal aunt)",
                 "As needed",
                 "Shelley texts the SW the morning after each sleepover"],
            ],
        }),
        ("h1", "If the plan is not keeping Mia and Alfie safe"),
        ("bullets", [
            "If Dean comes to Cooper Street, if Leanne lets him in, or if he arrives at contact smelling of "
            "drink: Leanne or Pat will ring 999, Pat will end the contact and take the children home, and Sophie "
            "will hold a strategy discussion the same day. Contact stops until it has been held.",
            "If Pat cannot supervise a Saturday (she is ill or away), that contact does not go ahead and Sophie "
            "will book supervised contact at Gantlebury Family Centre within 7 days. If Shelley cannot have the "
            "children when Leanne needs a break, the family support worker will visit Leanne that evening.",
            "If there is another police call-out, or Dean drinks before contact twice, Sophie will ask Lorraine "
            "Tate for a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 9.30am at St Mary's Primary: 02/12/2025, 06/01/2026 and "
            "03/02/2026.",
            "Review child protection conference: date to be confirmed by the conference team.",
        ]),
    ],
    "findings": [
        F("F002", "Dean will stop drinking and get his temper under control."),
        F("M002", "Weekly key-work sessions with Dean at The Harbour"),
        F("H001", "Eight sessions of CBT for Leanne's low mood"),
        F("W002", "Agree a written safety plan with Mia about what to do"),
        F("M001", "Complete a parenting assessment of Leanne and Dean"),
        F("T002", "Have Mia and Alfie for tea and a sleepover"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. First review plan, mother on methadone who relapsed into heroin use and
#    overdosed with the children at home. A case-system PDF export: labelled
#    detail lines, safety goals, "Task n of 11" blocks with Start / End /
#    Evidence of progress fields (one task completed), Trigger / Response
#    contingency fields and review fields. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_gorrowmere_rcpc_case_export_start_end_evidence_walsh.pdf",
    "doc_title": "Child Protection Plan (Review) - Keira and Leo Walsh",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-case-system-export-word-printed-to-pdf-page-header-footer-labelled-detail-lines-parental-health-and-substance-use-childrens-views-safety-goals-then-task-n-of-11-blocks-task-assigned-to-start-end-frequency-evidence-linked-goal-status-one-completed-then-trigger-response-pairs-review-fields",
    "description": (
        "Exemplary first review plan for a 12-year-old and a 7-year-old whose mother, on "
        "methadone with Pathways Recovery, relapsed into heroin use and overdosed at home in "
        "September. A case-system export printed to PDF with a header and a page footer: "
        "labelled detail lines, the children's views, safety goals, then eleven 'Task n of 11' "
        "blocks with Assigned to, Start, End, Frequency, Evidence of progress, Linked goal and "
        "Status fields. Ends are events dated elsewhere ('next review conference (07/07/2026)', "
        "'end of the summer term (21/07/2026)', 'within 10 working days of this conference'); "
        "evidence is records and counts (no missed doses on the supervised consumption record, "
        "a hair-strand test with three monthly sections each clear, attendance above 95%). One "
        "one-off GP task is marked Completed and is not counted. The grandparents' care has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Gorrowmere Council – CareFlow case record",
    "footer": "Child protection plan – WALSH (CP/25/0917) – printed 15/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan (Review)"),
        ("p", "Exported from CareFlow · Plan version 2 of 2 · Status: Current · Agreed at review conference "
              "13/01/2026"),
        ("h2", "Plan details"),
        ("kv", [
            ("Subject 1", "Keira WALSH, DOB 02/06/2013 (12), Year 8, Gorrowmere Academy"),
            ("Subject 2", "Leo WALSH, DOB 19/10/2018 (7), Year 3, Castle Hill Primary School"),
            ("Household", "Nicola WALSH (37), mother and sole carer, 22 Tanner's Walk, Gorrowmere GW3 5PB"),
            ("Fathers", "Keira's father has not been in touch since 2016. Leo's father, Craig Dunn, has had no "
                        "contact since 2021 and lives in Spain."),
            ("Wider family", "Jean and Tony WALSH, maternal grandparents, 9 Orchard Rise, Gorrowmere (half a "
                             "mile away)"),
            ("Category", "Neglect"),
            ("Initial conference", "21/10/2025"),
            ("This review", "First review child protection conference, 13/01/2026. Chair: Yvonne Achebe (IRO)"),
            ("Lead social worker", "Darren Pollitt (team manager: Sheila Kerr)"),
        ]),
        ("h2", "Parental health and substance use"),
        ("p", "Nicola used heroin from 2012 to 2019 and has been prescribed methadone through Pathways Recovery, "
              "Gorrowmere's drug and alcohol service, since 2019. She lost her job in August 2025 and began using "
              "heroin on top of her script. On 29/09/2025 Leo could not wake her after school; Keira rang 999 "
              "and paramedics gave naloxone. Since the initial conference Nicola has taken her methadone under "
              "supervision at Castle Street Pharmacy every morning, and 10 of her 11 urine screens have been "
              "negative for heroin (the positive screen was on 04/11/2025). A hair-strand sample was taken on "
              "08/01/2026."),
        ("h2", "Children's views"),
        ("kv", [
            ("Keira (seen alone at school, 07/01/2026)",
             "“I don't want to be the one who finds her again. Since Nan started getting Leo I can go to "
             "netball.” Keira scored home 5 out of 10; in October she scored it 2. She wants her mum “to keep "
             "going to Pathways so I don't have to check she's breathing”."),
            ("Leo (seen alone at home, 09/01/2026)",
             "In October Leo drew his mum “asleep on the settee and not waking up”. This time he drew her at the "
             "park pushing him on the swing. “Nana makes fish fingers. I like it when Mum walks me to school.”"),
        ]),
        ("h2", "Safety goals"),
        ("numbers", [
            "Keira and Leo are looked after every day and night by an adult who is not under the influence of "
            "drugs or alcohol.",
            "Keira no longer checks on her mum or looks after Leo, and has time for netball and her friends.",
            "Leo gets to school every day on time and is collected by a safe adult.",
            "Both children know who to ring if their mum seems drowsy or unwell, and help comes straight away.",
        ]),
        ("h2", "Tasks"),
        ("p", "Showing 11 tasks: 10 open, 1 completed. Where an End is an event, its date is shown beside it."),
        ("h3", "Task 1 of 11"),
        ("kv", [
            ("Task", "Visit Keira and Leo at home, see each child on their own, and check that the methadone "
                     "lockbox is locked and out of reach"),
            ("Assigned to", "Darren Pollitt, social worker (SW)"),
            ("Start", "14/01/2026"),
            ("End", "Next review conference (07/07/2026)"),
            ("Frequency", "Every week; one visit in four unannounced"),
            ("Evidence of progress", "Visit records show both children seen alone every week, with their words "
                                     "and 0-10 scores written down, and the lockbox seen locked at every visit"),
            ("Linked goal", "1, 2, 4"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 2 of 11"),
        ("kv", [
            ("Task", "Key-work with Nicola with a urine screen at each session, and a written report to each core "
                     "group on whether her drug use is changing in ways Keira and Leo will notice"),
            ("Assigned to", "Lorraine Bright, recovery worker, Pathways Recovery"),
            ("Start", "14/01/2026"),
            ("End", "Next review conference (07/07/2026)"),
            ("Frequency", "Key-work every other Wednesday; report two working days before each core group"),
            ("Evidence of progress", "Report with every screen result on the children's file before each core "
                                     "group"),
            ("Linked goal", "1"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 3 of 11"),
        ("kv", [
            ("Task", "Take methadone under supervision at Castle Street Pharmacy each morning and use no heroin "
                     "or other drugs, so that Keira and Leo are cared for by a sober mum"),
            ("Assigned to", "Nicola Walsh (mother)"),
            ("Start", "Every day from 14/01/2026"),
            ("End", "Next review conference (07/07/2026)"),
            ("Evidence of progress", "No missed doses on the pharmacy's supervised consumption record; every "
                                     "urine screen at Pathways negative for heroin"),
            ("Linked goal", "1, 2"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 4 of 11"),
        ("kv", [
            ("Task", "Send Nicola's hair-strand sample to an accredited laboratory for a three-month test, and "
                     "share the result with Nicola and the core group"),
            ("Assigned to", "Darren Pollitt, SW"),
            ("Start", "Sample taken 08/01/2026"),
            ("End", "Result by 20/02/2026; a second sample at three months, by 10/04/2026"),
            ("Evidence of progress", "Laboratory report on file, with each of the three monthly sections clear "
                                     "of heroin and cocaine"),
            ("Linked goal", "1"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 5 of 11"),
        ("kv", [
            ("Task", "Tell the SW about any change to Nicola's prescriptions, any overdose or A&E attendance, and "
                     "the results of her physical health checks"),
            ("Assigned to", "Dr Femi Adewale, GP, Gorrowmere Health Centre"),
            ("Start", "14/01/2026"),
            ("End", "Next review conference (07/07/2026)"),
            ("Frequency", "Within 2 working days of any overdose or change; a written summary before each core "
                          "group"),
            ("Evidence of progress", "GP letters on the children's file before every core group"),
            ("Linked goal", "1"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 6 of 11"),
        ("kv", [
            ("Task", "Give Nicola and Jean a naloxone kit each, show them how to use it, and check at key-work "
                     "that the kit at Tanner's Walk is in date, so that Keira is never the one who has to act"),
            ("Assigned to", "Lorraine Bright, Pathways Recovery"),
            ("Start", "Training by 28/01/2026"),
            ("End", "Kit checked at every key-work session until 07/07/2026"),
            ("Evidence of progress", "Training record signed by Nicola and Jean; the SW sees the kit in the "
                                     "kitchen cupboard at the first visit of each month"),
            ("Linked goal", "2, 4"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 7 of 11"),
        ("kv", [
            ("Task", "Collect Leo from Castle Hill Primary and give both children their tea at Orchard Rise until "
                     "Nicola collects them at 6pm"),
            ("Assigned to", "Jean Walsh (maternal grandmother)"),
            ("Start", "14/01/2026"),
            ("End", "End of the summer term (21/07/2026)"),
            ("Frequency", "Monday to Friday in term time"),
            ("Evidence of progress", "The school's collection log shows Jean's name every day; Jean texts the SW "
                                     "each Friday"),
            ("Linked goal", "2, 3"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 8 of 11"),
        ("kv", [
            ("Task", "Have Keira and Leo to stay every Saturday night, and be the people Keira rings if her mum "
                     "is drowsy or not making sense"),
            ("Assigned to", "Jean and Tony Walsh (maternal grandparents)"),
            ("Start", "Saturday 17/01/2026"),
            ("End", "Next review conference (07/07/2026)"),
            ("Evidence of progress", "Keira shows the SW both grandparents' numbers on her phone's speed dial at "
                                     "each visit; Jean's diary of stays seen by the SW each month"),
            ("Linked goal", "2, 4"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 9 of 11"),
        ("kv", [
            ("Task", "Complete a young carer's assessment with Keira and give her a place at the Tuesday young "
                     "carers' club"),
            ("Assigned to", "Amy Lock, Gorrowmere Young Carers"),
            ("Start", "Within 10 working days of this conference (by 27/01/2026)"),
            ("End", "Assessment by 24/02/2026; club every Tuesday after school until 07/07/2026"),
            ("Evidence of progress", "Keira's young carer's plan sent to the SW; the club register shows her at "
                                     "8 or more of every 10 sessions"),
            ("Linked goal", "2"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 10 of 11"),
        ("kv", [
            ("Task", "Check Leo's attendance and punctuality every day, and give him a weekly session with the "
                     "learning mentor about how things are at home"),
            ("Assigned to", "Mr Rhys Gallagher, DSL, Castle Hill Primary School"),
            ("Start", "14/01/2026"),
            ("End", "End of the summer term (21/07/2026)"),
            ("Frequency", "Every school day; mentor session every Thursday"),
            ("Evidence of progress", "Friday attendance email to the SW shows attendance above 95% and no late "
                                     "marks; mentor sessions logged on CPOMS"),
            ("Linked goal", "3"),
            ("Status", "Open"),
        ]),
        ("h3", "Task 11 of 11"),
        ("kv", [
            ("Task", "Send the SW the hospital discharge summary from 29/09/2025 and Nicola's prescribing "
                     "history"),
            ("Assigned to", "Dr Femi Adewale, GP, Gorrowmere Health Centre"),
            ("Start", "22/10/2025"),
            ("End", "05/11/2025"),
            ("Evidence of progress", "Discharge summary and prescribing history on the children's file"),
            ("Linked goal", "1"),
            ("Status", "Completed 30/10/2025"),
        ]),
        ("h2", "Contingency"),
        ("kv", [
            ("Trigger 1", "Nicola is found drowsy or cannot be woken, or is thought to have used heroin while "
                          "caring for Keira and Leo"),
            ("Response 1", "Whoever finds her rings 999 first, then Jean. The children go to Jean and Tony's at 9 "
                           "Orchard Rise that night, and the SW holds a strategy discussion the same working day."),
            ("Trigger 2", "A urine screen positive for heroin, or two supervised doses missed in a row"),
            ("Response 2", "Lorraine tells the SW the same day. Jean collects both children from school and they "
                           "stay at Orchard Rise until Nicola has had two negative screens."),
            ("Trigger 3", "Jean or Tony cannot collect Leo or have the children (illness, holiday, or they cannot "
                          "be reached)"),
            ("Response 3", "Leo goes to Castle Hill's after-school club that day (a place is held for him) and the "
                           "SW collects him. If the children cannot stay with their mum or their grandparents, "
                           "the SW places them together with Gorrowmere foster carers the same day."),
            ("Trigger 4", "A further positive screen for heroin, a hair-strand result showing heroin use, or "
                          "Nicola stops going to Pathways"),
            ("Response 4", "The SW asks Sheila Kerr for a legal planning meeting within 5 working days to decide "
                           "whether to start the Public Law Outline."),
        ]),
        ("h2", "Review"),
        ("kv", [
            ("Core group frequency", "Every six weeks, Wednesdays at 3.45pm, Castle Hill Primary School"),
            ("Core group dates", "28/01/2026, 11/03/2026, 22/04/2026, 03/06/2026"),
            ("Next review conference", "07/07/2026, 10am, Gorrowmere Civic Centre"),
            ("Children's views", "The SW sees Keira and Leo on their own before each core group and brings their "
                                 "words to the meeting"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan written as a letter to a 15-year-old whose
#    mother has depression and took an overdose, and who self-harms.
#    Bullets under "What I will do", "What you said you will do", "What your
#    mum will do" and "What other people will do". Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_greckleford_letter_to_jodie_plan_by_person_hartnell.pdf",
    "doc_title": "Your child protection plan - Jodie Hartnell",
    "split": "tune",
    "actions": 15,
    "template": "letter-to-young-person-word-printed-to-pdf-page-header-footer-address-lines-dear-jodie-why-there-is-a-plan-what-you-told-us-what-we-want-for-you-and-ethan-by-the-review-then-bullets-under-what-i-will-do-what-you-said-you-will-do-what-your-mum-will-do-what-other-people-will-do-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan written as a letter from the social worker to a "
        "15-year-old girl who found her mother after an overdose, has been missing school and "
        "self-harms; her brother is 9. A Word letter printed to PDF with a header and a page "
        "footer. The plan is in bullets under 'What I will do', 'What you said you will do, "
        "Jodie', 'What your mum will do' and 'What other people will do'; each bullet names its "
        "owner ('I', 'you', 'Mum', a named worker), a time said in everyday words ('each "
        "Tuesday after school until the end of the spring term (27 March)', 'within 10 working "
        "days of the conference (by 9 December)', 'by your review conference') and a check in "
        "the same or the next sentence (a safety plan signed by Jodie and her mum, attendance "
        "above 95%, the pharmacy's weekly record, Jodie's score out of 10 with the SW's view). "
        "The CMHT care coordinator and psychiatrist both report on capacity to change; CAMHS, the "
        "GP, both schools, the grandmother and the father have parts; the contingency covers "
        "the grandmother and father being unable to help and names a legal planning meeting."
    ),
    "header": "Greckleford County Council – Children's Services – Private and confidential",
    "footer": "Your child protection plan – Jodie Hartnell – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pl", "Greckleford County Council"),
        ("pl", "Children's Services, Eastgate House"),
        ("pl", "Greckleford GK1 4TS"),
        ("pr", "27 November 2025"),
        ("pl", "Jodie Hartnell"),
        ("pl", "11 Foxglove Road"),
        ("pl", "Greckleford GK4 9LH"),
        ("p", ""),
        ("boldp", "Your child protection plan"),
        ("p", "Dear Jodie,"),
        ("p", "Thank you for coming to the first part of Tuesday's conference and for reading out what you had "
              "written. Everyone at the conference agreed that you and Ethan should have a child protection plan, "
              "under the category of neglect. This letter is the plan, written to you. Your mum has a copy written "
              "to her, and Ethan has a version with pictures that we made together."),
        ("h2", "Why there is a plan"),
        ("p", "On 13 October you came home from school and found that your mum had taken an overdose of her "
              "tablets. You rang 999 and looked after Ethan until your nan arrived. Your mum has had depression "
              "for a long time and is under the Greckleford Community Mental Health Team (CMHT). Since October "
              "you have missed 14 days of school because you wanted to stay at home and check on her, and "
              "you told Miss Rahman that you had started cutting your arms again. Your mum told the conference, "
              "“Jodie shouldn't have to be my nurse.”"),
        ("h2", "What you and Ethan told us"),
        ("p", "You told me on 20 November: “I can't sit in maths when I don't know if she's OK. If I'm home I can "
              "check.” You said the cutting “makes the noise in my head go quiet for a bit”, and that you want to "
              "do your GCSEs and go to college to do hair and beauty. You scored home 3 out of 10 and said a 10 "
              "would be “Mum getting up and me not worrying”."),
        ("p", "Ethan told me on 21 November that he “hid in the bathroom” when the ambulance came, and that his "
              "favourite days are Tuesdays and Thursdays at Nan's “because she does proper dinners”. He asked "
              "if Mum was going to die. I told him what the doctors are doing to help her."),
        ("h2", "What we want for you and Ethan"),
        ("p", "By the review conference on 17 February 2026:"),
        ("bullets", [
            "You are at school every day, not at home checking on Mum, and your attendance is above 95%.",
            "You are getting help with the cutting from someone you trust, and you have fewer days when you feel "
            "you need to do it.",
            "Ethan is never left to look after himself or Mum, and has an adult with him every day after school.",
            "You and Ethan both know what to do, and who to ring, if Mum becomes very low again, and you know "
            "help will come the same day.",
        ]),
        ("h2", "How to read the next part"),
        ("p", "Each point says who will do it, when, and how we will all know that it is happening. If something "
              "isn't happening, tell me or Miss Rahman."),
        ("h2", "What everyone will do"),
        ("h3", "What I will do (Sam Okoye, your social worker)"),
        ("bullets", [
            "I will see you on your own every Thursday after school, at the Foxglove Road library or anywhere "
            "else you choose, until the review conference. I will write down what you tell me and your score "
            "out of 10 for home, and you can read my notes.",
            "I will visit your mum and Ethan at home every week, with at least one visit a month unannounced, and "
            "see Ethan on his own each time; my visit records will show every visit and what Ethan said.",
            "I will write a safety plan with you and your mum within 10 working days of the conference (by 9 "
            "December). It is done when you have both signed it and each keep a copy, and we will check it "
            "together at every core group.",
        ]),
        ("h3", "What you said you will do, Jodie"),
        ("bullets", [
            "You will go to school every day until the end of the spring term (27 March), and if you are worried "
            "about Mum during the day you will tell Miss Rahman, who will ring Mum's care coordinator, instead "
            "of going home. We'll know it's working when the register shows your attendance above 95%.",
            "You will go to the girls' group at Greckleford Youth Space each Tuesday after school until the end "
            "of the spring term (27 March). The group's register will show you there.",
        ]),
        ("h3", "What your mum will do"),
        ("bullets", [
            "Mum will take her tablets as prescribed and keep every appointment with her care coordinator and "
            "psychiatrist until the review conference, so that you and Ethan don't have to look after her. The "
            "pharmacy's weekly record and the CMHT's appointment list will show nothing missed.",
            "Mum will keep all her tablets in the locked box from Greckleford Pharmacy, every day from now, so "
            "that you and Ethan never have to look after them. I will check the box is locked at every visit.",
        ]),
        ("h3", "What other people will do"),
        ("bullets", [
            "Dwayne Mitchell, your mum's care coordinator at the Greckleford CMHT, will see her every week until "
            "the review conference and write to me before each core group saying whether she is making the "
            "changes that would keep you and Ethan safe, and how long that is likely to take.",
            "Dr Priya Sandhu, consultant psychiatrist at the CMHT, will review Mum's medication by 19 December "
            "and send me a written assessment of her capacity to change, the steps still needed and how long "
            "they will take for you and Ethan, in time for the core group on 13 January.",
            "Dr Mark Hollis, Mum's GP at Abbey Road Surgery, will prescribe her tablets one week at a time from "
            "1 December, so that there are never more than seven days' tablets in your home; the pharmacy record "
            "will show a collection every week.",
            "Leah Quinn at Greckleford CAMHS will see you every Monday at 4pm until the review conference and send "
            "me a short written update before each core group about how you are and how many days you have cut "
            "since the last one.",
            "Miss Farah Rahman, head of Year 10 and DSL at Greckleford High, will check your attendance every "
            "morning, meet you every Monday lunchtime, and email me your attendance each Friday; she will ring "
            "me the same day if you are not in school.",
            "Mr Tom Everett, DSL at St Aidan's Primary, will check Ethan's attendance every day and give him a "
            "session with the learning mentor every Wednesday; he will email me Ethan's attendance and the "
            "mentor's notes each Friday.",
            "Your nan, Pauline Hartnell, will have Ethan after school every Tuesday and Thursday until 6pm, so "
            "that he is never on his own at home. Ethan's after-school sign-out sheet will show her name, and "
            "she will text me each Friday.",
            "Your dad, Lee Hartnell, will have you and Ethan every other weekend, from Friday at 5pm to Sunday at "
            "5pm, starting on 5 December. He will text me each Sunday evening, and the contact diary he keeps "
            "with your mum will show every weekend.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If your mum takes an overdose, hurts herself, or tells anyone she is thinking about it: ring 999 "
              "first, then Nan. You and Ethan will go to Nan's at 4 Hazel Grove that night, and I will hold a "
              "strategy discussion the same day. Out of hours, the emergency duty team will do this."),
        ("p", "If Mum misses two care coordinator appointments in a row, or the pharmacy tells me she has not "
              "collected her tablets, Dwayne will visit her that day and I will visit you and Ethan that day."),
        ("p", "If Nan cannot have Ethan or take you both (she is ill or away), your dad will collect you both from "
              "school and you will stay at his flat at 21 Station Approach. If neither Nan nor your dad can, I "
              "will find a foster home for you and Ethan together that night."),
        ("p", "If Mum takes another overdose, or Dr Sandhu's assessment says Mum cannot make the changes in the "
              "time you and Ethan need, I will ask my manager, Ruth Kimber, for a legal planning meeting within "
              "five working days. That meeting decides whether we need to ask a court to help keep you safe. I "
              "will always tell you before it happens."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4.15pm at Greckleford High: 9 December 2025, 13 January "
            "2026 and 10 February 2026. You can come to the first half of each one.",
            "Review child protection conference: Tuesday 17 February 2026, 10am, Eastgate House.",
        ]),
        ("p", "If anything in this letter is wrong, or you want something changed, text me or tell me on "
              "Thursday."),
        ("p", "Best wishes,"),
        ("pl", "Sam Okoye"),
        ("pl", "Social worker, Greckleford Children's Services (team manager: Ruth Kimber)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, Signs of Safety, mother's drinking, a
#    13-year-old carrying his sister's care. Danger statement, scaling,
#    three houses table, "Our hopes" as safety goals, next steps as bullets
#    under "So that..." headings with Who / When / "We'll know it's working
#    when" sub-bullets, Plan B. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_gimblesham_sos_our_hopes_nested_who_when_maguire.md",
    "split": "tune",
    "actions": 11,
    "template": "signs-of-safety-md-details-bullets-danger-statement-whats-working-well-scaling-list-three-houses-table-our-hopes-safety-goals-by-the-review-then-so-that-theme-headings-with-next-step-bullets-and-nested-who-when-well-know-its-working-when-sub-bullets-plan-b-meetings",
    "description": (
        "Exemplary Signs of Safety plan for a 13-year-old boy and a 9-year-old girl whose mother "
        "drinks; the boy has been making his sister's tea and once put out a chip-pan fire. A "
        "Markdown plan written with the family: a danger statement, what's working well, "
        "everyone's scaling scores, a three houses table, 'Our hopes for Harvey and Isla' as "
        "safety goals ('By the review conference on 14 April 2026...'), then next steps under "
        "'So that...' headings, each with Who / When / 'We'll know it's working when' "
        "sub-bullets. Measures are in the family's words but observable (breath readings of "
        "0.00 with Donna's own 7/10 that the SW agrees with, a safety plan signed by both parents "
        "on the fridge, the Brownie register); times are days of the week, 'until the end of the "
        "spring term (27 March)' and 'every 8 weeks'. The Lantern and the GP own actions, the "
        "grandfather's part has a fallback, legal planning follows named triggers."
    ),
    "text": """\
# Child protection plan – Harvey and Isla Maguire

**Gimblesham Council · Children's Services · Family Safeguarding Team (East)**

Written with Donna, Ryan and Grandad Mick at the initial child protection conference on Thursday
15 January 2026, using Signs of Safety.

- **Children:** Harvey Maguire (13), Year 9, Gimblesham Academy; Isla Maguire (9), Year 5, St Bede's Primary
- **Lives with:** Donna Maguire (39), mum, 6 Larch Walk, Gimblesham GB4 1SE
- **Dad:** Ryan Maguire (41), lives with his partner Stacey at 30 Mercer Road, Gimblesham
- **Grandad Mick:** Michael Doyle, Donna's dad, 2 Fern Street (two streets away)
- **Category:** Neglect
- **Social worker:** Nadia Khalil (team manager: Chris Ogden)
- **Conference chair:** Elaine Marsh (IRO)

## What we are worried about

**Danger statement.** Everyone at the conference, including Donna, is worried that when Donna drinks she
cannot look after Harvey and Isla safely. On 12 December she fell asleep after drinking vodka with the chip
pan on, and Harvey put the fire out with a wet tea towel. She has been drunk at the St Bede's gate three
times this term, and Harvey has been making Isla's tea most school nights. If nothing changes, we are
worried that Harvey or Isla could be hurt in a fire or an accident, and that Harvey will go on looking after
his mum and his sister instead of being 13.

## What's working well

- Donna told the truth about her drinking at conference and went to The Lantern for the first time on
  5 January.
- Grandad Mick has had the children for tea most Tuesdays since December, and Harvey rang him on
  12 December.
- Ryan has had the children every other weekend for two years and has never missed one.
- Isla has not missed a Brownies session since September.

## Scaling

0 means Harvey and Isla cannot live at home; 10 means everyone is sure they are safe with Donna and the plan
can end.

- Donna 6 ("I know I can do it now it's out in the open")
- Ryan 4, Grandad Mick 5
- Nadia (SW) 3, St Bede's 4, Gimblesham Academy 4
- Harvey 4 ("it's better when Grandad comes"), Isla 7 ("Mum's nice when she hasn't had her drink")

## Harvey and Isla's three houses

| | Harvey (seen on his own at school, 9 January) | Isla (seen on her own at home, 10 January) |
|---|---|---|
| House of worries | "Mum falling asleep with stuff on the cooker. Having to do Isla's tea and my homework." | "When Mum's words go funny and she cries." |
| House of good things | "Football on Saturdays. Grandad's chippy tea." | "Brownies. Dad's house. My hamster, Biscuit." |
| House of dreams | "Mum stops drinking and I can go out after school like normal." | "Mum comes to watch me get my badge." |

## Our hopes for Harvey and Isla

By the review conference on 14 April 2026:

1. Harvey and Isla are looked after every day by an adult who is sober, and nobody cooks or drives after
   drinking.
2. Harvey goes to school, football and his friends' houses, and no longer makes Isla's tea or checks on his
   mum.
3. Isla gets to school on time every day and to Brownies every Thursday.
4. Harvey and Isla have a written safety plan, know who to ring if Mum has been drinking, and say that help
   came when they did.

## Next steps

Each next step has its Who, When and "We'll know it's working when" underneath it.

### So that there is always a sober adult in charge

- Donna will not drink at all on any day she is looking after Harvey and Isla, and will blow into the
  breathalyser at every visit.
  - **Who:** Donna
  - **When:** every day from 15 January; a breath test at every SW visit
  - **We'll know it's working when:** every reading at a visit is 0.00, and Donna's own score for her week
    on the family scaling card is 7 or more and Nadia agrees with it from what she has seen.
- Key-work sessions with Donna at The Lantern, with a breath test at each one.
  - **Who:** Aisha Patel, recovery worker, The Lantern (Gimblesham drug and alcohol service)
  - **When:** every other Tuesday from 20 January; a written report two working days before each core group
  - **We'll know it's working when:** Aisha's report, with every breath test result and her view of whether
    Donna's drinking is changing in ways the children will notice, is on file before each core group.
- Check Donna's liver blood tests and write to Nadia with the results, so the core group can see from the
  bloods whether Donna has stopped drinking.
  - **Who:** Dr Simon Kerr, GP, Parkside Surgery
  - **When:** first test by 30 January, then every 8 weeks
  - **We'll know it's working when:** Dr Kerr's letter with each result reaches Nadia within a week of the
    test.

### So that Harvey can be 13

- Grandad Mick will pick Isla up from St Bede's, give both children their tea at Fern Street, and on
  Thursdays take Isla on to Brownies.
  - **Who:** Grandad Mick
  - **When:** every Tuesday and Thursday after school until the end of the spring term (27 March)
  - **We'll know it's working when:** St Bede's pick-up log shows Mick's name on his days and the Brownie
    register shows Isla there every Thursday.
- A young carer's assessment with Harvey, and a place at the Wednesday young carers' group.
  - **Who:** Ben Lowe, Gimblesham Young Carers
  - **When:** assessment by 13 February; the group each Wednesday after school until the review conference
  - **We'll know it's working when:** Harvey's young carer's plan is with Nadia by 13 February and the group
    register shows him at three of every four sessions.
- A check-in with Harvey every Monday morning, and his attendance sent to Nadia.
  - **Who:** Mr Luke Dale, head of Year 9 and DSL, Gimblesham Academy
  - **When:** every Monday at 8.40am; attendance emailed every Friday
  - **We'll know it's working when:** Harvey's attendance stays above 95%, and the worry score he gives at
    each Monday check-in is written in his check-in book.
- Check Isla's attendance and punctuality every day, and ring Nadia the same day if Isla is late, hungry or
  says Mum is poorly.
  - **Who:** Mrs Harpreet Kaur, DSL, St Bede's Primary
  - **When:** every school day
  - **We'll know it's working when:** the Friday email to Nadia shows no late marks, and any same-day calls
    are logged on CPOMS.

### So that Harvey and Isla know what to do if Mum has been drinking

- Two words-and-pictures sessions with Harvey and Isla, and their safety plan written with them.
  - **Who:** Nadia Khalil, social worker
  - **When:** both sessions by 13 February
  - **We'll know it's working when:** there is a written safety plan in the children's own words and
    pictures, signed by Donna and Ryan, on the fridge at Larch Walk and saved on Harvey's phone.
- Visit Harvey and Isla at home, see each of them on their own, and ask for their scaling scores.
  - **Who:** Nadia Khalil, social worker
  - **When:** every week, one visit in three unannounced, until the review conference
  - **We'll know it's working when:** the visit records show both children seen alone every week, with
    their own words and scores written down.
- Have Harvey and Isla every other weekend, and collect them any evening Harvey rings.
  - **Who:** Ryan (Dad)
  - **When:** every other weekend from Friday 23 January, 5pm Friday to 6pm Sunday; the same evening
    whenever Harvey rings
  - **We'll know it's working when:** the contact diary is signed by Ryan and Donna each weekend, and Ryan
    texts Nadia the same night whenever he collects the children early.
- Be the person Harvey and Isla ring if Mum has been drinking, and come round within 20 minutes.
  - **Who:** Grandad Mick
  - **When:** any time of the day or night, from 15 January until the review conference
  - **We'll know it's working when:** Harvey shows Nadia Mick's number on his speed dial at each visit, and
    Mick texts Nadia the same night after every call-out.

## Plan B: if something goes wrong

- **If** Donna has been drinking while she is looking after the children (a breath reading above 0.00,
  Harvey or Isla ringing, or school or anyone else smelling drink on her): Grandad Mick takes Harvey and Isla
  to Fern Street for the night, and Nadia (or the emergency duty team out of hours) is told the same day. If
  the children were left without a sober adult, Nadia holds a strategy discussion the same day.
- **If Grandad Mick can't** (he is ill, away or not answering): Ryan collects the children. If neither Mick
  nor Ryan can, Nadia or the emergency duty team will place Harvey and Isla together with Gimblesham foster
  carers that night.
- **If** Donna drinks while looking after the children twice before the review conference, or stops going
  to The Lantern, Nadia will ask Chris Ogden for a legal planning meeting within 5 working days.

## Meetings

- Core group every four weeks, Thursdays at 4pm at Gimblesham Academy: 29 January, 26 February and 26 March
  2026.
- Review child protection conference: Tuesday 14 April 2026, 10am, Gimblesham Town Hall.
- Before each core group Nadia will ask Harvey and Isla for their scaling scores and bring them to the
  meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan typed up after core group 1, mother's
#    postnatal depression and father's cannabis use, a baby and a toddler.
#    Markdown, actions grouped under time headings ("By 16 January 2026",
#    "Every week until the review conference") and an "Also agreed" heading
#    with no time. Faulty among mostly good bullets (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_gadmarsh_icpc_time_headings_bold_owners_pryor.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-md-typed-after-core-group-1-details-bullets-what-has-been-happening-roman-and-maisies-days-our-hopes-then-what-we-will-do-under-time-headings-by-date-every-week-until-review-also-agreed-bold-owner-bullets-then-if-things-dont-get-better-meetings-and-next-steps",
    "description": (
        "Initial conference plan for a 7-month-old and a 2-year-old, typed up after the first "
        "core group. Their mother has postnatal depression and their father smokes cannabis in "
        "the flat. Markdown with bold owners; the actions sit under time headings ('By 16 "
        "January 2026', 'Every week until the review conference (3 March 2026)') that give each "
        "bullet its timescale, and an 'Also agreed' heading with none. Most bullets are sound "
        "(the HV's safe-sleep checklist in the red book, fortnightly weighs on the 9th centile, "
        "the Recovery Hub's screens, Nan's nursery sign-in sheet). Faults: a parenting "
        "assessment with no output; perinatal visits that only support the mother; bath and "
        "bedtime measured by the mother feeling more confident; 'the family' owning the "
        "no-cannabis rule; Nan's overnights 'as and when'; a speech therapy referral under the "
        "heading with no time; and a contingency with no trigger that never says what happens if "
        "Nan cannot help. Legal planning is named under meetings."
    ),
    "text": """\
# Child protection plan – Roman and Maisie Pryor

Gadmarsh Borough Council – Children's Services – Safeguarding Team 2

- **Children:** Roman Pryor, born 10/05/2025 (7 months); Maisie Pryor, born 02/10/2023 (2)
- **Parents:** Shannon Pryor (23) and Josh Pryor (25), Flat 3, 19 Quay Street, Gadmarsh GD1 4NW
- **Nan:** Carol Pryor, Josh's mum, 12 Heron Way, Gadmarsh
- **Category:** Neglect
- **Initial child protection conference:** Wednesday 3 December 2025 (chair: Farida Osman, IRO)
- **Social worker:** Hannah Bell (team manager: Paul Greaves)
- **Health visitor:** Lorna Kay, Gadmarsh 0-19 Team
- Typed up by Hannah after the first core group on 17 December 2025, with the dates agreed there.

## What has been happening

Shannon has had postnatal depression since Roman was born and has been seen by the perinatal mental health
team since September. Josh smokes cannabis every day, in the flat. By November Roman's weight had dropped
from the 50th to the 9th centile. On 14 November the health visitor found Roman in his cot with a bottle
propped on a pillow, the flat smelling of cannabis, Josh asleep on the sofa and Shannon in bed at 2pm.
Maisie had a bad nappy rash and had not had breakfast. Shannon and Josh agree there is a problem and
agreed to this plan.

## Roman and Maisie's days

Roman is a quiet baby. On the visits in November he lay in his cot watching the ceiling and did not cry
when he was hungry; when Lorna picked him up he took a whole bottle quickly. On 10 December he smiled and
kicked when Shannon sang to him, and Shannon said "he likes Mummy's songs".

Maisie says a few words ("Nan", "juice", "no"). She follows Hannah round the flat and brings her books. On
10 December she pointed at the balcony door and said "Daddy smoke". At Nan's she eats everything on her
plate, and Carol says she sleeps through there.

## Our hopes for Roman and Maisie

1. Roman is fed on time, held for his feeds and gains weight back towards the 25th centile.
2. Maisie is clean, fed and dressed every morning, starts nursery and begins to use more words.
3. Roman and Maisie live in a flat where nobody smokes cannabis and where an adult is awake and caring
   for them all day.

## What we will do

### By 16 January 2026

- **Hannah Bell (SW)** will complete a parenting assessment of Shannon and Josh.
- **Lorna Kay (HV)** will check where Roman sleeps and go through safe sleep with Shannon and Josh; she
  will leave a signed safe sleep checklist in Roman's red book.
- **Josh** will go to his assessment at Gadmarsh Recovery Hub, and his worker, Connor Mellis, will send
  Hannah the assessment and what it recommends.
- **Hannah (SW)** will apply for Maisie's funded two-year-old place at Little Steps Nursery; the nursery's
  letter confirming her start date will be on file.

### Every week until the review conference (3 March 2026)

- **Hannah (SW)** will visit Roman and Maisie at home, one visit in four unannounced, and write down how each
  child is and what Maisie says; her visit records will show a visit every week.
- **Lorna (HV)** will weigh Roman at Gadmarsh Family Hub every other Monday and plot his weight in his red
  book; it should be on or above the 9th centile at every weigh.
- **The perinatal mental health team (nurse Amy Clarke)** will visit Shannon at home every fortnight to
  support her with her low mood, and send Hannah the dates of the visits.
- **Connor Mellis (Gadmarsh Recovery Hub)** will give Josh a urine screen every other Thursday and email
  Hannah the result the same week.
- **Debbie Shaw (family support worker)** will do bath and bedtime with Shannon every Wednesday evening; we
  will know it is working when Shannon feels more confident with the children at bedtime.
- **The family** will make sure nobody smokes cannabis in the flat or near Roman and Maisie; Hannah will
  check for any smell of cannabis at every visit.
- **Carol (Nan)** will take Maisie to Little Steps on Tuesday and Thursday mornings once her place starts,
  and sign her in; the nursery's sign-in sheet will show this.

### Also agreed

- **Carol** will have Roman and Maisie overnight as and when Shannon and Josh need a rest, and will text
  Hannah when she does.
- **Lorna (HV)** will refer Maisie to speech and language therapy for her few words, and copy the referral
  letter to Hannah.

## If things don't get better

If things get worse, or the plan isn't being followed, the core group will meet to talk about what needs to
change.

## Meetings and next steps

- Core group every four weeks, Wednesdays at 10am at Gadmarsh Family Hub: 17 December 2025 (held),
  14 January 2026 and 11 February 2026.
- Review child protection conference: Tuesday 3 March 2026, 1.30pm, Gadmarsh Town Hall.
- If Roman's and Maisie's care has not got better by the review conference, Hannah will ask Paul Greaves
  for a legal planning meeting.
""",
    "findings": [
        F("M001", "will complete a parenting assessment of Shannon and Josh"),
        F("H001", "will visit Shannon at home every fortnight to support her"),
        F("M002", "will do bath and bedtime with Shannon every Wednesday evening"),
        F("W002", "will make sure nobody smokes cannabis in the flat"),
        F("T002", "will have Roman and Maisie overnight as and when"),
        F("T001", "will refer Maisie to speech and language therapy"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review plan, mother with epilepsy and a mild learning
#    disability who had a seizure while bathing the baby, father on a
#    perpetrator programme, grandmother from Poland living in. Plain text
#    with dotted labelled fields; each action has From / Until fields.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b125_gossington_rcpc_from_until_labelled_fields_kaminska.txt",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-plain-text-dotted-labelled-fields-numbered-caps-sections-what-happened-what-kacper-and-zofia-tell-us-what-will-be-different-then-action-n-blocks-what-who-how-often-from-until-check-fields-then-if-things-go-wrong-dash-list-meetings-fields",
    "description": (
        "Exemplary first review plan for a 6-year-old boy and an 11-month-old girl. Their "
        "mother has epilepsy and a mild learning disability and had a seizure while bathing the "
        "baby, and their father pushed her and is on a perpetrator programme. Their grandmother "
        "has come from Poland to live with them. A plain-text plan with dotted labelled fields: "
        "each numbered action has What, Who, sometimes How often, From and Until, and Check "
        "fields. The Until field is often an event with its date beside it ('second review "
        "conference (16/07/2026)', 'end of the spring term (27/03/2026)', 'Zofia is 18 months "
        "old (24/08/2026)', 'the PA starts'). The epilepsy nurse, the neurologist and adult "
        "social care's learning disability team own actions. The contact centre supervises "
        "contact, the grandmother's part has a fallback, legal planning follows named triggers, "
        "core group and review dates are set, and both children's voices are recorded."
    ),
    "text": """\
GOSSINGTON BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - FIRST REVIEW
==========================================================================
Children ........ Kacper KAMINSKI, born 15/06/2019 (6), Year 2,
                  Gossington Park Primary
                  Zofia KAMINSKA, born 24/02/2025 (11 months)
Mother .......... Agnieszka KAMINSKA (29), 7 Slate Row, Gossington GS3 8HU
Grandmother ..... Halina NOWAK ("Babcia"), Agnieszka's mother, living at
                  7 Slate Row since 10/11/2025
Father .......... Tomasz KAMINSKI (33), 40 Brook Street, Gossington
Category ........ Neglect (both children)
Initial CPC ..... 23/10/2025
This review ..... First review conference, 22/01/2026. Chair: Gareth Lloyd (IRO)
Social worker ... Marta Zielinska, who speaks Polish (team manager: Simon Hale)
Language ........ Agnieszka and Halina prefer Polish. Marta read this plan to
                  them in Polish on 23/01/2026.
==========================================================================

1. WHAT HAPPENED, AND WHAT HAS CHANGED SINCE 23/10/2025
--------------------------------------------------------------------------
Agnieszka has epilepsy (tonic-clonic seizures) and a mild learning
disability. Last summer she was missing doses of her tablets. On 28/09/2025
she had a seizure while bathing Zofia; Kacper pulled his sister out of the
water and ran to a neighbour. Three days earlier Tomasz had pushed Agnieszka
against the kitchen door during an argument in front of Kacper. Police came;
Tomasz moved out that week and has agreed in writing not to come to Slate
Row.

Since the initial conference Halina has come from Poland to live with the
family, and the pharmacy fills Agnieszka's tablets into a dosette box. She
has had one seizure since October, at night on 12/12/2025, when Halina was
with the children. Tomasz has seen the children every other Saturday at the
family centre since November and has a place on the Safer Futures programme.
Adult Social Care accepted a referral for Agnieszka on 08/01/2026.

2. WHAT KACPER AND ZOFIA TELL US
--------------------------------------------------------------------------
Kacper (seen on his own at school, 15/01/2026, in English and Polish):
"When Mama shakes I have to make Zofia safe. Babcia is here now so I don't
have to do it." He misses his dad and likes the family centre because
"there's a Lego table". He gave home 7 out of 10; in October he gave it 4.

Zofia is crawling and pulling herself up on the furniture. She babbles
"mama" and "baba" and goes to Halina for comfort. At the family centre on
10/01/2026 she crawled to Tomasz, then back to Agnieszka, and laughed when
Kacper built her a tower. She sleeps in a cot in her mother's room.

3. WHAT WILL BE DIFFERENT FOR KACPER AND ZOFIA
--------------------------------------------------------------------------
3.1 Zofia is bathed, carried on the stairs and settled at night safely,
    with a second adult there every bath time and on the stairs.
3.2 Kacper no longer has to keep his sister safe. He knows what to do and
    who to call if his mum has a seizure, and an adult is always there to
    do it.
3.3 Kacper and Zofia live without violence and see their dad only where
    it is safe.
3.4 Kacper is at school every day, and Zofia reaches her milestones for
    her age.

4. THE PLAN
--------------------------------------------------------------------------
FROM and UNTIL show when each action starts and stops. Where UNTIL is an
event, its date is in brackets.

ACTION 1
  What ........ Visit Kacper and Zofia at home, see Kacper on his own, and
                watch Zofia's bath time at least once a month
  Who ......... Marta Zielinska, social worker (SW)
  How often ... Every week, one visit in four unannounced
  From ........ 26/01/2026      Until ... second review conference (16/07/2026)
  Check ....... Visit records show both children seen every week and Kacper
                seen alone, with his words written down in English and Polish

ACTION 2
  What ........ Take levetiracetam morning and evening from the dosette box
                and fill in the seizure diary every day, so that she is well
                enough to care for Kacper and Zofia safely
  Who ......... Agnieszka (Mum)
  From ........ 22/01/2026, every day    Until ... 16/07/2026
  Check ....... No past day's compartment left full in the dosette box at
                any SW visit; seizure diary taken to every epilepsy nurse
                appointment

ACTION 3
  What ........ See Agnieszka, check her seizure diary and blood levels, and
                write to each core group about her seizure control and how
                safely she is managing bath time and the stairs with Zofia
  Who ......... Sian Pritchard, epilepsy nurse specialist, Gossington
                General Hospital
  How often ... Every four weeks
  From ........ 29/01/2026      Until ... 16/07/2026
  Check ....... Written report on file before every core group, giving the
                number of seizures since the last report

ACTION 4
  What ........ Review Agnieszka's levetiracetam dose in the neurology clinic
  Who ......... Dr Rafael Ortiz, consultant neurologist, Gossington General
                Hospital
  From ........ Clinic on 12/02/2026
  Until ....... Clinic letter within 10 working days of the clinic
  Check ....... Clinic letter copied to the SW and the GP, saying whether the
                dose has changed and what seizure control to expect

ACTION 5
  What ........ Care Act assessment of Agnieszka's care and support needs as
                a parent with a learning disability, and a personal assistant
                (PA) for Zofia's bath and bedtime three evenings a week
  Who ......... Joanne Hughes, social worker, Gossington Adult Social Care
                (Learning Disability Team)
  From ........ Assessment visit by 06/02/2026
  Until ....... Support plan and PA in place by 06/03/2026
  Check ....... Written assessment and support plan sent to the SW; the PA's
                timesheets show three evenings a week from March

ACTION 6
  What ........ Be with Agnieszka at every bath time and carry Zofia up and
                down the stairs
  Who ......... Halina Nowak (Babcia)
  From ........ Every evening from 22/01/2026
  Until ....... The PA starts (by 06/03/2026); after that, the four evenings
                a week the PA is not there, until 16/07/2026
  Check ....... Bath-time chart on the fridge initialled every night, seen by
                the SW at every visit

ACTION 7
  What ........ Walk Kacper to and from Gossington Park Primary
  Who ......... Halina Nowak (Babcia)
  From ........ 26/01/2026, every school day
  Until ....... End of the spring term (27/03/2026)
  Check ....... The school's gate log shows Halina dropping Kacper off and
                collecting him every day

ACTION 8
  What ........ Complete the Safer Futures domestic abuse perpetrator
                programme
  Who ......... Tomasz Kaminski (Dad); group worker Owen Rees reports to the SW
  From ........ 03/02/2026, 24 weekly sessions on Tuesdays
  Until ....... 14/07/2026
  Check ....... Owen's attendance report after every sixth session shows 22
                or more of the 24 sessions attended; his end-of-programme
                report goes to the review conference

ACTION 9
  What ........ Supervise contact between Tomasz and the children, and write
                down how Kacper is before and after each contact
  Who ......... Dean Rowe, contact supervisor, Gossington Family Centre
  How often ... Every other Saturday, 10am to 12 noon
  From ........ 24/01/2026      Until ... 16/07/2026
  Check ....... Written contact record with the SW within 2 working days of
                each contact

ACTION 10
  What ........ Check Kacper's attendance every day and give him an ELSA
                session each Tuesday afternoon
  Who ......... Mrs Eleri Vaughan, DSL, Gossington Park Primary
  From ........ 27/01/2026      Until ... end of the summer term (21/07/2026)
  Check ....... Attendance above 95% on the Friday email to the SW; ELSA
                sessions logged on CPOMS

ACTION 11
  What ........ Zofia's 12-month development review, then a home visit each
                month to check her development and that the stair gates are
                fitted and shut
  Who ......... Karen Whitby, health visitor (HV)
  From ........ 12-month review by 06/03/2026
  Until ....... Zofia is 18 months old (24/08/2026)
  Check ....... Ages and Stages scores sent to the SW after the review; stair
                gates seen fitted and shut at every visit

ACTION 12
  What ........ Three words-and-pictures sessions with Kacper about what
                happens when Mama has a seizure and who he calls, ending with
                his own safety card
  Who ......... Marta Zielinska, SW
  From ........ 29/01/2026      Until ... 26/02/2026
  Check ....... Kacper's safety card, in English and Polish, in his school
                bag and on the fridge; Kacper can tell Marta what he would do

5. IF THINGS GO WRONG
--------------------------------------------------------------------------
- If Agnieszka has a seizure while she is on her own with the children, or
  misses two doses in a row: Halina, or Kacper following his card, rings
  999 if a seizure lasts more than five minutes, then Marta. Marta visits
  the same day and Sian Pritchard sees Agnieszka within two working days.
  Agnieszka does not bath or carry Zofia until Sian has seen her.
- If Tomasz comes to Slate Row: Agnieszka or Halina rings 999, contact at
  the family centre stops, and Marta holds a strategy discussion the same
  day.
- If Halina cannot be at the house (she is ill, or has to go back to
  Poland): Marta books a family support worker for bath time from that
  evening, and Joanne Hughes raises the PA's hours to every evening from
  the same week. If no second adult can be at the house overnight, Marta
  places Kacper and Zofia together with Gossington foster carers that day.
- If Agnieszka has another seizure while caring for Zofia on her own, if
  the support plan is not in place by 06/03/2026, or if Tomasz comes to the
  house, Marta will ask Simon Hale for a legal planning meeting within
  5 working days.

6. MEETINGS
--------------------------------------------------------------------------
Core group ...... every six weeks, Thursdays at 1.30pm, Gossington Park
                  Primary: 05/03/2026, 16/04/2026, 28/05/2026
Review CPC ...... second review conference, 16/07/2026, 10am, Gossington
                  Civic Hall
Interpreter ..... a Polish interpreter is booked for every meeting
Kacper's views .. Marta sees Kacper on his own before each core group and
                  brings his words to the meeting
==========================================================================
""",
    "findings": [],
})
