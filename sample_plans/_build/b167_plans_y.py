"""Batch 167, module y: seven fictional plans (held-out material), places beginning with "y".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: when and how we will know. Seven plans in seven templates whose craft
is in the WHEN and the HOW WE WILL KNOW of each action: times as events and
anchors ("before Maisie is discharged", "the day the baby is born", "at each
core group", "within 24 hours of any missed appointment", "before the
February half term", "from now until the review conference on ..."), times
in clipped forms ("w/c 12.1.26", "wkly (Tues)", "Jan 26", "2x wk",
"fortnightly from 3/2", "ASAP - by 20/01 latest", "end Feb"), times given once
for several actions (a When column merged down, a When heading over bullets,
a lettered key, "all by ... unless stated"), and times that only look like
one ("ongoing", "as required", "when he feels ready", "TBC", "asap");
measures as records, registers, test results, scores someone records, the
child's own words, a letter on file, written into the action's sentence or
put in a column with an unusual header ("Proof", "Evidence it happened",
"What we will see"), and measures that only look like one ("SW to monitor",
"keep an eye on", "to be reviewed", "progress discussed at core group").

1. an initial conference plan for an 8-year-old and a 2-year-old whose
   mother has depression and took an overdose, in a council Word table whose
   When column comes second and is merged down over two groups of rows
   ("By 23/01/2026 (within 10 working days of this conference)", "Every
   week, from now until the review conference on 07/04/2026"), with single
   Whens as anchors and a "Proof" column (docx, exemplary);
2. a pre-birth plan printed from a case system (landscape, page header and
   footer): case fields, then a task grid of Ref / Task / Assigned to / Due
   or recurs / Evidence it happened / Status, with gestation and birth
   anchors and clipped times; one task is Complete (pdf). Faults: the
   father's perpetrator programme "When he feels ready" (T002), the parents'
   antenatal course "TBC" (T002), the social worker's home conditions visits
   measured by "SW to monitor" (M002), a housing task with evidence "-"
   (M001), "All agencies" sharing concerns (W002), and no fallback should
   the grandmother who stays overnight and supervises the father be unable
   to (C003);
3. a review conference plan whose actions are bullets grouped under When
   headings ("In the fortnight after the review (by ...)", "Every week from
   now until the review conference on ...", "At each core group", "Before
   the February half term", "By the end of the spring term", "When
   something happens"), each bullet owner-first with its measure in a later
   sentence (md, exemplary);
4. core group minutes with numbered agenda items and an action log of A1 to
   A16, each an action line then an Owner / Target / Evidence line in
   clipped case-note forms (txt). Faults: the psychologist's therapy for the
   mother measured by sessions attended (H001), the partner's drug group
   "asap" (T002), the learning mentor's sessions "ongoing" (T002), family
   support measured by "progress discussed at core group" (M002), a young
   carers referral with evidence "-" (M001), "Core group" owning a childcare
   rota (W002), an outcome about the mother only (F002), and the review
   conference "date TBC" (R001);
5. a letter from the social worker to a mother after the initial
   conference ("you" the mother, "I" the social worker who signs it), with
   the plan as bullets under who does it, each sentence carrying its own
   time and its own check (pdf, page footer, exemplary);
6. an initial conference plan as a Word multilevel outline: each outcome a
   numbered heading with its group deadline ("all by 13/02/2026 unless
   stated"), each action numbered under it with lettered When / How we'll
   know lines, and an "Also agreed" part with no time (docx). Faults: the
   grandfather's teas "as required" (T002), a CPN's support sessions
   measured by attendance (H001), an outcome about the mother only (F002),
   the high school to "keep an eye on" a girl's attendance (M002), a
   passive young carers referral (W001), a school nurse referral with no
   measure (M001), a dentist action under the timeless "Also agreed" part
   (T001), and no legal planning anywhere (R002);
7. a "plan on a page" whose When column uses lettered codes explained in a
   key above the table (A = all by a date, B = weekly until the review
   conference, C = at each core group) beside written times, with a "What we
   will see" column (md). Faults: a police action with an empty When cell
   (T001), the mother's Freedom Programme "When she feels ready" (T002), the
   health visitor's visits measured by "To be reviewed" (M002), "All
   professionals" reporting sightings (W002), a contingency of "further
   concerns" and a review (C002), and no legal planning (R002).

Plans 1, 3 and 5 are exemplary: every live action has a named owner, a real
timescale and something that can be seen or counted; outcomes are about the
children; each contingency names triggers and protective responses, and
what happens if the relatives' help fails; each records the children's
voice, core group dates and a dated review conference, and legal planning
after named triggers; where a parent is ill or uses substances an adult
service owns work, and every mental health service is asked for its view of
the parent's capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1 and the later
conventions on groups): each live row of an action table or task grid, each
bullet of an action section, each numbered action of the outline (its
lettered When / How we'll know lines are part of it) and each A-numbered
line of the action log counts once. Outcome headings, the contingency,
meeting dates, the children's views, agency updates in the minutes and a
one-off task shown as Complete are not counted.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, depression and overdose, aunt helping. Council Word table
#    No. | When | What we will do | Who | Proof, with the When column merged
#    down over two groups of rows. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_yarlowby_icpc_when_merged_proof_column_okafor.docx",
    "doc_title": "Child Protection Plan - Kemi and Tobi Okafor",
    "split": "heldout",
    "actions": 15,
    "check_vmerge": 2,
    "template": "icpc-plan-docx-council-word-template-kv-details-worries-going-well-childrens-words-outcomes-then-no-when-what-we-will-do-who-proof-table-when-column-second-merged-down-over-two-groups-single-whens-as-events-and-anchors-contingency-core-group-review",
    "description": (
        "Exemplary initial conference plan for an 8-year-old girl and a 2-year-old boy whose "
        "mother has recurrent depression and took an overdose in November with the children at "
        "home; their father works nights and their aunt helps. The action table's second column, "
        "When, is merged down over two groups ('By 23/01/2026 (within 10 working days of this "
        "conference)' over four rows, 'Every week, from now until the review conference on "
        "07/04/2026' over three), and the other rows give their own anchors ('Every night Dad is "
        "on shift until his day rota starts', 'By 10am on the morning of any missed session', "
        "'At each core group', 'Before the February half term', 'end Feb'); the measure column "
        "is headed 'Proof'. The CMHT assesses capacity to change, the GP owns an action, the "
        "aunt's part has a fallback, legal planning follows named triggers, core group and "
        "review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Yarlowby Council · Children's Social Care · Family Safeguarding Team"),
        ("kv", [
            ("Children", "Kemi Okafor, born 14/05/2017 (8), Year 4 at St Aidan's C of E Primary; Tobi Okafor, "
                         "born 02/10/2023 (2), Little Acorns Day Nursery (Monday, Wednesday and Friday "
                         "mornings)"),
            ("Address", "Flat 6, Linden House, Cross Street, Yarlowby YW2 5LT"),
            ("Mother", "Grace Okafor (34)"),
            ("Father", "Daniel Okafor (38), lives at home; security supervisor at Yarlowby Retail Park, "
                       "working nights (Sunday to Thursday) until 02/02/2026"),
            ("Maternal aunt", "Funmi Adebayo (41), 22 Larkspur Road, Yarlowby (ten minutes' walk)"),
            ("Conference", "Initial child protection conference, 09/01/2026, Yarlowby Civic Centre. Chair: "
                           "Sandra Whitlock. Category: neglect"),
            ("Social worker", "Rebecca Hollins (team manager: Martin Keane)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Grace has recurrent depression and is under the Yarlowby Community Mental Health Team. Since "
              "September she has spent most days in bed. While Daniel sleeps after his night shifts, Kemi has "
              "been getting Tobi up and giving him his breakfast before school. Kemi has been late fourteen "
              "times this term and Tobi went to 52% of his nursery sessions. Tobi's two-year health review has "
              "been missed twice."),
        ("p", "On 21/11/2025 Grace took an overdose of her sertraline and paracetamol while Daniel was at work. "
              "Kemi could not wake her, rang 999 and looked after Tobi until the ambulance came. Grace was on "
              "Ward 3 at Yarlowby General for four days and is now seen by the CMHT's home treatment team."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace has seen her CPN every week since her discharge, and Daniel now keeps her tablets and gives "
            "them to her each morning.",
            "Daniel has asked his manager for day shifts, and his new rota (9am to 5pm, Monday to Friday) "
            "starts on 02/02/2026.",
            "Funmi has stayed over on several of Daniel's work nights since December and gets the children up "
            "on those mornings.",
            "The flat is warm and there is food in the cupboards. Kemi's teacher says she is a bright girl who "
            "loves reading.",
        ]),
        ("h1", "What Kemi and Tobi tell us"),
        ("p", "Kemi, seen on her own at school by Rebecca on 06/01/2026: “When Mum is sad she stays in bed and I "
              "do Tobi's breakfast. I don't mind but sometimes I'm late and Mrs Roy asks why.” “I was scared "
              "when Mum wouldn't wake up. I want someone to tell me if Mum is going to be poorly again.” “I like "
              "it when Auntie Funmi comes because she makes jollof and does my hair.”"),
        ("p", "Tobi is two and uses about ten words. At the home visit at 11am on 05/01/2026 he was still in his "
              "pyjamas and nappy from the night, brought Rebecca his shoes, and held on to Kemi's jumper when "
              "she went to leave for school. At nursery he is cheerful and plays alongside the others, but staff "
              "say he is hungry when he arrives and his speech is behind other children his age."),
        ("h1", "What we want for Kemi and Tobi"),
        ("numbers", [
            "Kemi is at school on time every day and no longer has to get Tobi up or give him his breakfast.",
            "Tobi goes to every nursery session, his speech and development are checked, and he gets help if "
            "he needs it.",
            "Kemi and Tobi are cared for every morning and every night by an adult who is well enough to look "
            "after them, and are never left alone with Mum when she is very unwell.",
            "Kemi understands, in words she can use, what is happening to Mum and who to tell if she is "
            "worried.",
        ]),
        ("h1", "What we will do"),
        ("p", "Where a When box runs down several rows, that time is the time for each of those rows."),
        ("table", {
            "header": ["No.", "When", "What we will do", "Who", "Proof"],
            "widths": [1.0, 3.2, 5.4, 3.0, 4.4],
            "rows": [
                ["1",
                 "By 23/01/2026 (within 10 working days of this conference)",
                 "Assess Grace's mental health and her capacity to make and keep the changes Kemi and Tobi "
                 "need, with the likely timescale, and write a crisis and relapse plan with Grace and Daniel "
                 "(her early signs, who holds her tablets, who cares for the children if she becomes unwell)",
                 "Joanne Pritchard, CPN and care coordinator, Yarlowby CMHT",
                 "Written assessment sent to Rebecca; signed crisis plan on the social care file, with copies "
                 "held by Daniel and Funmi"],
                ["2",
                 V,
                 "Review Grace's medication and her follow-up since the overdose, and write to Rebecca on how "
                 "her treatment affects her mornings with Tobi",
                 "Dr Helen Osei, GP, Millbrook Surgery",
                 "GP letter on the social care file"],
                ["3",
                 V,
                 "Give Rebecca his employer's letter confirming the day rota from 02/02/2026, so that he is at "
                 "home every morning to get Kemi and Tobi up",
                 "Daniel Okafor (Dad)",
                 "Employer's letter seen by Rebecca and copied to the file"],
                ["4",
                 V,
                 "See Kemi on her own at school, do a “three houses” with her, and explain in words she can use "
                 "what has happened to Mum",
                 "Rebecca Hollins, social worker",
                 "Kemi's three houses on the file, with her own words, and shared at the first core group"],
                ["5",
                 "Every week, from now until the review conference on 07/04/2026",
                 "Visit Kemi and Tobi at home (Tuesdays after school; one visit in three unannounced and one "
                 "before 8.30am), see Kemi on her own, and check there is food and the beds are made up",
                 "Rebecca Hollins, social worker",
                 "A visit record on the case file within two working days of each visit, saying what Kemi said "
                 "and what Tobi did"],
                ["6",
                 V,
                 "Visit Grace at home, check her mood and that Daniel is giving her tablets, and report on "
                 "whether she is making and keeping the changes the children need and how long that is likely "
                 "to take",
                 "Joanne Pritchard, CPN, Yarlowby CMHT",
                 "Written update to Rebecca two working days before every core group"],
                ["7",
                 V,
                 "Home sessions with Grace and Daniel on the morning and bedtime routines, and on playing and "
                 "talking with Tobi, using the routine chart",
                 "Sade Bello, family support worker",
                 "Routine chart on the fridge checked at each session; session notes sent to Rebecca the same "
                 "week"],
                ["8",
                 "Every night Dad is on shift (Sunday to Thursday) until his day rota starts on 02/02/2026",
                 "Sleep at the flat, and get Kemi and Tobi up, dressed and fed in the morning",
                 "Funmi Adebayo (aunt)",
                 "Funmi texts Rebecca by 9.30am each of those mornings; school register shows Kemi in class by "
                 "8.50am"],
                ["9",
                 "Every weekday from 02/02/2026",
                 "Get Kemi and Tobi up and give them breakfast, walk Kemi to school for 8.40am, and take Tobi "
                 "to nursery on his days",
                 "Daniel Okafor (Dad)",
                 "School register shows Kemi in by 8.50am; nursery register shows Tobi at 9 sessions out of 10 "
                 "or more"],
                ["10",
                 "Tuesdays and Thursdays from 03/02/2026",
                 "Collect Kemi from school at 3.15pm and stay with the children until Daniel gets home",
                 "Funmi Adebayo (aunt)",
                 "School's collection log shows Funmi collected Kemi each Tuesday and Thursday"],
                ["11",
                 "By 10am on the morning of any missed session",
                 "Phone Daniel, and then Rebecca, if Tobi is not at nursery by 9.30am on one of his days",
                 "Lisa Farrow, manager and DSL, Little Acorns Day Nursery",
                 "Call logged on the nursery's safeguarding log and on Rebecca's case notes that day; "
                 "attendance printout sent to Rebecca each month"],
                ["12",
                 "end Feb",
                 "Do Tobi's two-year development review at home with an ASQ-3, and refer him to speech and "
                 "language therapy if his communication score is below the cut-off",
                 "Claire Dunmore, health visitor",
                 "ASQ-3 scores in Tobi's red book and sent to Rebecca; the referral letter on file if one is "
                 "made"],
                ["13",
                 "At each core group",
                 "Bring Kemi's attendance and punctuality figures, and anything she has put in the class worry "
                 "box",
                 "Mrs Anita Roy, DSL, St Aidan's C of E Primary",
                 "Attendance printout at each core group, showing Kemi at 95% or more and in class by 8.50am"],
                ["14",
                 "Before the February half term (by 13/02/2026)",
                 "Carry out a young carer's assessment with Kemi and offer her a place at the Thursday "
                 "after-school young carers' club",
                 "Priya Shah, Yarlowby Young Carers",
                 "Young carer's assessment sent to Rebecca; Kemi's name on the club register"],
                ["15",
                 "By 06/02/2026",
                 "Hold a family network meeting with Grace, Daniel, Funmi and Grace's brother Tunde Adeyemi, to "
                 "agree who steps in if Funmi cannot help",
                 "Rebecca Hollins, social worker",
                 "Family network plan written up, signed by each adult there, and on the file"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("bullets", [
            "If Grace says she is thinking of harming herself, takes more tablets than she has been given, or "
            "cannot get up to care for the children when she is the only adult at home, the adult with her "
            "rings the CMHT crisis line that day (999 if she has taken tablets) and tells Rebecca, or the "
            "Emergency Duty Team out of hours. Kemi and Tobi are cared for by Daniel, or by Funmi at 22 "
            "Larkspur Road, until Grace has been assessed.",
            "If Funmi cannot do a night or a Tuesday or Thursday collection (she is ill, or her work needs "
            "her), she rings Daniel and Rebecca by midday. Daniel stays at home that night or leaves work "
            "early; his manager has agreed this in writing. If neither Funmi nor Daniel can be there, Rebecca "
            "(or the Emergency Duty Team) will place Kemi and Tobi together with Yarlowby foster carers that "
            "night.",
            "If Funmi tells Rebecca she can no longer help at all, Sade Bello covers the mornings from the next "
            "day and Rebecca holds a family network meeting within five working days.",
            "If Grace takes another overdose, the children are found alone with Grace while she is very unwell, "
            "or by the core group on 19/03/2026 Kemi is on time on fewer than 90% of days or Tobi attends fewer "
            "than 80% of his sessions, Rebecca will ask Martin Keane for a legal planning meeting within five "
            "working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every four weeks, Thursdays at 9.30am at St Aidan's C of E Primary – 22/01/2026, "
            "19/02/2026 and 19/03/2026.",
            "Review child protection conference: 07/04/2026 at 10am, Yarlowby Civic Centre.",
        ]),
        ("p", "Plan agreed at the conference on 09/01/2026. Copies to Grace, Daniel, Funmi and everyone named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan printed from a case system, landscape, page header and
#    footer. Case fields, then a task grid Ref | Task | Assigned to | Due /
#    recurs | Evidence it happened | Status, one task Complete. Faults (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_yelmsworth_prebirth_case_print_evidence_it_happened_brannan.pdf",
    "doc_title": "CareFile print - Pre-birth child protection plan - Baby Brannan",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "font_size": 9.5,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Yelmsworth Borough Council · CareFile · Child Protection Plan (pre-birth)",
    "footer": "Printed 12/01/2026 14:07 by B.Okoro · Brannan, Baby (unborn) · Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-icpc-case-system-print-paged-landscape-header-footer-carefile-case-fields-reason-strengths-babys-world-outcomes-then-plan-tasks-grid-ref-task-assigned-to-due-or-recurs-evidence-it-happened-status-one-complete-task-clipped-due-forms-gestation-and-birth-anchors",
    "description": (
        "Pre-birth child protection plan printed from an invented case system (CareFile), "
        "landscape with a page header and footer: case fields, reason for the plan, strengths, the "
        "baby's world and outcomes, then a task grid whose Due / recurs column holds gestation and "
        "birth anchors ('By 32/40 (02/02/2026)', 'The day the baby is born', 'Before baby is "
        "discharged') and clipped forms ('Wkly (Weds)', 'w/c 19.1.26', 'ASAP - by 20/01 latest', "
        "'end Feb'), and whose measure column is headed 'Evidence it happened'; one task is "
        "Complete and not counted. The mother used cannabis and the father drinks and has been "
        "violent; the drug and alcohol service owns work. Faults: the father's perpetrator "
        "programme 'When he feels ready'; the antenatal course 'TBC'; the social worker's home "
        "visits with 'SW to monitor' as evidence; the housing task's evidence '-'; 'All agencies' "
        "sharing concerns; and the grandmother stays nights and supervises the father but the "
        "contingency never says what happens if she cannot."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Pre-birth"),
        ("p", "CareFile case print · Plan version 1 (from the initial child protection conference, 08/01/2026)"),
        ("kv", [
            ("Subject", "Baby Brannan (unborn), EDD 30/03/2026 (28+3 weeks at conference)"),
            ("Mother", "Shannon Brannan, 23, Flat 11, Foxglove Court, Yelmsworth YB6 2RD"),
            ("Father", "Kyle Dunn, 26, lives with Shannon"),
            ("Half-sibling", "Lacey Brannan, 4, lives with her paternal grandmother, Carol Pike, under a special "
                             "guardianship order (2023)"),
            ("Maternal grandmother", "Denise Brannan, 52, 9 Orchard Way, Yelmsworth"),
            ("Category", "Neglect"),
            ("Conference chair", "Anne-Marie Colley"),
            ("Allocated worker", "Blessing Okoro, social worker, Early Help and Safeguarding (Team 3)"),
            ("Team manager", "Gareth Lyle"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "Lacey was removed from Shannon's care in 2022 because of neglect while Shannon was smoking "
              "cannabis every day. Shannon smoked cannabis daily until about 20 weeks in this pregnancy and told "
              "the midwife late. Kyle drinks heavily at weekends. In 2024 he was arrested twice for assaulting a "
              "previous partner, and on 18/10/2025 neighbours called the police to shouting at Foxglove Court "
              "(no injuries seen, Shannon declined to make a statement)."),
        ("h2", "Strengths"),
        ("bullets", [
            "Shannon's urine screens have been negative for cannabis at every antenatal appointment since 24 "
            "weeks.",
            "Shannon has been to every scan and antenatal appointment since 20 weeks.",
            "The flat has a new cot and a steriliser, bought by Denise.",
            "Denise has offered to stay for the first two weeks after the birth and to be there whenever Kyle "
            "is with the baby.",
        ]),
        ("h2", "Baby's world"),
        ("p", "The baby will be born into a one-bedroom flat on the second floor, where the bedroom wall is damp. "
              "At the 28-week appointment the midwife saw Shannon talk to the bump and say she has picked the "
              "name Ivy if it is a girl. The baby will need feeding every three to four hours, night and day, a "
              "cot of its own, and a home with no cannabis smoke and no shouting. Lacey, asked by her grandmother "
              "what the baby would need, said: “A cot and milk and Mummy not being cross.”"),
        ("h2", "Outcomes"),
        ("numbers", [
            "Baby is born into a home free from cannabis, where no adult caring for the baby is drunk.",
            "Baby is fed on time, sleeps safely on their back in their own cot, and gains weight along their "
            "centile.",
            "Baby lives in a calm home with no arguments or violence between the adults.",
            "Baby is seen by a professional at least once a week for the first eight weeks after birth.",
        ]),
        ("h2", "Plan tasks"),
        ("table", {
            "header": ["Ref", "Task", "Assigned to", "Due / recurs", "Evidence it happened", "Status"],
            "widths": [1.2, 7.4, 4.4, 3.8, 6.9, 2.0],
            "rows": [
                ["T01",
                 "Complete the pre-birth assessment (parenting, domestic abuse risk, Denise's capacity to "
                 "support) and go through it with Shannon and Kyle",
                 "Blessing Okoro, SW",
                 "By 32/40 (02/02/2026)",
                 "Assessment report on CareFile, read with both parents and shared at the core group on "
                 "19/02/2026",
                 "Open"],
                ["T02",
                 "Antenatal appointments with a urine screen at each, and talk through safe sleep and feeding",
                 "Jo Parry, specialist midwife (substance use), Yelmsworth Royal Infirmary",
                 "Every 2 wks until 36/40, then wkly until birth",
                 "Screen results and attendance on the maternity record, emailed to the SW after each "
                 "appointment",
                 "Open"],
                ["T03",
                 "Key work with Shannon with urine screens, and a written report on whether she is staying off "
                 "cannabis and what this means for her care of the baby",
                 "Ravi Mistry, recovery worker, Pathways (Yelmsworth drug and alcohol service)",
                 "Wkly (Weds); report 2 working days before each CG",
                 "Screen results and Pathways report on CareFile before each core group",
                 "Open"],
                ["T04",
                 "Assess Kyle's drinking and cannabis use, with breath and urine tests, and write to the SW on "
                 "his use and how it would affect his care of the baby",
                 "Ravi Mistry, Pathways",
                 "Assessment w/c 19.1.26; report by 13/02/2026",
                 "Pathways assessment report on CareFile",
                 "Open"],
                ["T05",
                 "Attend the Choices domestic abuse perpetrator programme at Yelmsworth Family Hub",
                 "Kyle Dunn (father)",
                 "When he feels ready",
                 "Choices register, and the facilitator's report to the SW",
                 "Open"],
                ["T06",
                 "Share Kyle's full domestic abuse history, including the 2024 arrests, with the SW",
                 "Yelmsworth Police – Safeguarding Hub (DS Karen Wilde)",
                 "ASAP - by 20/01 latest",
                 "Police disclosure on CareFile; summary read at the core group on 22/01/2026",
                 "Open"],
                ["T07",
                 "Antenatal contact at home: see the baby's sleeping space, talk about safe sleep, and book the "
                 "new birth visit",
                 "Amy Fenwick, health visitor",
                 "By 34/40 (16/02/2026)",
                 "Antenatal contact record and letter to the SW; new birth visit booked in the HV diary",
                 "Open"],
                ["T08",
                 "Complete the Baby Steps antenatal parenting course together",
                 "Shannon Brannan and Kyle Dunn",
                 "TBC",
                 "Course certificates; the course worker's summary to the SW",
                 "Open"],
                ["T09",
                 "Tell the SW (or the Emergency Duty Team out of hours) that the baby has been born",
                 "Delivery suite coordinator, Yelmsworth Royal Infirmary",
                 "The day the baby is born",
                 "Birth notification email to the SW and EDT, logged on CareFile",
                 "Open"],
                ["T10",
                 "Hold a discharge planning meeting on the postnatal ward with Shannon, Kyle, Denise, the "
                 "midwife and the HV; baby does not go home until the discharge plan is signed",
                 "Blessing Okoro, SW",
                 "Before baby is discharged",
                 "Signed discharge plan on CareFile and copied to everyone at the meeting",
                 "Open"],
                ["T11",
                 "Stay at Foxglove Court overnight and help Shannon with the night feeds",
                 "Denise Brannan (maternal grandmother)",
                 "From the day baby comes home, for the first 14 nights",
                 "Night feed chart signed by Denise, checked by the HV and the SW at each visit",
                 "Open"],
                ["T12",
                 "Be present and supervise every time Kyle is caring for the baby",
                 "Denise Brannan (maternal grandmother)",
                 "Every time Kyle is with baby, until the RCPC",
                 "Contact log signed by Denise; the SW reads it at each visit",
                 "Open"],
                ["T13",
                 "Visit Foxglove Court to check home conditions and the baby's sleeping space",
                 "Blessing Okoro, SW",
                 "Fortnightly until birth, then wkly",
                 "SW to monitor",
                 "Open"],
                ["T14",
                 "Support Shannon's housing transfer application because of the damp in the bedroom",
                 "Yelmsworth Housing Options (Liam Carr)",
                 "end Feb",
                 "-",
                 "Open"],
                ["T15",
                 "Share any concern about the baby's care or the adults' behaviour with the SW",
                 "All agencies",
                 "Same day",
                 "Concern logged on CareFile by the SW",
                 "Open"],
                ["T16",
                 "Refer Shannon and Kyle to Pathways",
                 "Blessing Okoro, SW",
                 "09/01/2026",
                 "Referral accepted by Pathways",
                 "Complete 09/01/2026"],
            ],
        }),
        ("h2", "Contingency"),
        ("bullets", [
            "If Shannon has a positive screen for cannabis, or is found under the influence of cannabis or "
            "alcohol while caring for the baby, the baby will be cared for by Denise at 9 Orchard Way that day "
            "and the SW (or EDT) will hold a strategy discussion the same day.",
            "If Kyle is drunk while the baby is in the flat, or there is any shouting, threat or violence between "
            "Shannon and Kyle, whoever sees or hears it rings 999; Kyle leaves the flat that day and stays with "
            "his brother at 27 Wren Street, and the SW holds a strategy discussion with the police the same day.",
            "If Shannon has a positive screen after 32/40, or there is any further domestic abuse incident, "
            "Blessing will ask Gareth Lyle for a legal planning meeting within 5 working days to decide whether "
            "to start PLO pre-proceedings before the birth.",
        ]),
        ("h2", "Review arrangements"),
        ("kv", [
            ("Core group", "Every 4 weeks, Thursdays 2pm, Yelmsworth Family Hub: 22/01/2026, 19/02/2026, "
                           "19/03/2026; then within 10 working days of the birth"),
            ("Review child protection conference", "21/04/2026, 10am, Yelmsworth Town Hall"),
        ]),
        ("p", "End of print. Tasks: 16 (15 open, 1 complete)."),
    ],
    "findings": [
        F("T002", "Attend the Choices domestic abuse perpetrator programme"),
        F("T002", "Complete the Baby Steps antenatal parenting course together"),
        F("M002", "Visit Foxglove Court to check home conditions and the"),
        F("M001", "Support Shannon's housing transfer application because of the damp"),
        F("W002", "Share any concern about the baby's care or the adults' behaviour"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan, domestic abuse and father's drinking, uncle and
#    aunt supervising contact. Bullets grouped under When headings, each
#    bullet owner-first with its check in a later sentence. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_yeldingham_rcpc_when_headings_bullets_kowalczyk.md",
    "split": "heldout",
    "actions": 18,
    "template": "rcpc-plan-md-bold-details-who-is-who-list-why-still-a-plan-going-well-childrens-words-outcomes-then-plan-bullets-grouped-under-when-headings-fortnight-after-review-every-week-until-rcpc-each-core-group-half-term-end-of-term-when-something-happens-bold-owner-first-check-in-later-sentence",
    "description": (
        "Exemplary review conference plan for an 11-year-old girl and a 5-year-old boy after their "
        "father, who drinks heavily, assaulted their mother in front of them; he now lives with his "
        "brother and sister-in-law, who supervise his Saturday visits. The plan is bullets grouped "
        "under When headings that give each bullet its time ('In the fortnight after the review "
        "(by Thursday 29 January 2026)', 'Every week from now until the review conference on "
        "Thursday 9 July 2026', 'At each core group', 'Before the February half term', 'By the "
        "end of the spring term'), and a 'When something happens' part whose bullets carry their "
        "own times ('within 24 hours of any missed appointment'); each bullet is owner-first with "
        "its check in a later sentence. The alcohol service reports on change, the uncle and "
        "aunt's part has a fallback, legal planning follows named triggers, core group and "
        "review dates are set."
    ),
    "text": """\
# Yeldingham District Council – Children's Services

## Child protection plan after the first review conference: Oliwia and Filip Kowalczyk

**Children:** Oliwia Kowalczyk (11, Year 6) and Filip Kowalczyk (5, Reception), both at Yeldingham Park Primary
**Mum:** Agnieszka Kowalczyk (36), 12 Alder Close, Yeldingham YL4 8NE; works mornings at a bakery
**Dad:** Marek Kowalczyk (40), living with his brother Tomasz and sister-in-law Ewa at 3 Mill Street, Yeldingham, since 15/09/2025
**Review child protection conference:** 15/01/2026 (chair: Bernadette Quayle). Category: emotional abuse. Oliwia and Filip stay subject to a child protection plan.
**Social worker:** Hannah Price (team manager: Colin Ardern)
**Language:** Agnieszka reads English well. Marek, Tomasz and Ewa have this plan in Polish as well (Yeldingham Interpreting Service).

## Who is who

- **Hannah** – Hannah Price, social worker, Yeldingham Children's Services
- **Dan** – Dan Whitby, recovery worker, Clearwater (Yeldingham's adult alcohol service)
- **Rachel** – Rachel Moss, independent domestic violence adviser (IDVA), Yeldingham Women's Aid
- **Claire** – Claire Stenning, children's worker, Yeldingham Women's Aid
- **Mrs Hurst** – Mrs Joanna Hurst, designated safeguarding lead, Yeldingham Park Primary
- **Gill** – Gill Franks, school nurse, Yeldingham 5-19 Service
- **PC Rowlands** – PC Sian Rowlands, Yeldingham Police Domestic Abuse Unit
- **Tomasz and Ewa** – Marek's brother and sister-in-law, who supervise the Saturday visits

## Why there is still a plan

On 14/09/2025 Marek came home drunk, shouted at Agnieszka and pushed her into the kitchen door frame while Oliwia and Filip watched. Oliwia rang 999. It was the third police call-out to Alder Close in 2025. Marek has drunk vodka every day since he lost his job in the spring. He has not been back to Alder Close since 15/09/2025, but he rang Agnieszka drunk late at night on 22/11/2025 and 19/12/2025. Filip has started wetting the bed again, and Oliwia has nightmares most weeks.

## What is going well

- Agnieszka has kept to her safety plan and has not let Marek into the house.
- Marek has been going to Clearwater since November, and 9 of his last 11 breath tests were clear.
- There have been 14 Saturday visits at Mill Street. On 06/12/2025 Marek smelt of drink; Tomasz stopped the visit and rang Hannah, exactly as the plan said.
- Oliwia's attendance is 97% and Filip's 94%.

## What Oliwia and Filip say

Oliwia, seen on her own at school on 08/01/2026: “I don't want Tata to live with us until he stops drinking. I like seeing him at Uncle Tomasz's because Ciocia Ewa is there and she doesn't let him get loud. I still dream about the night the police came.” She scored how safe she feels at home 6 out of 10 (it was 4 in October).

Filip drew his family for Hannah on 08/01/2026 and put Tata “far away, at Wujek Tomasz's”. He said: “Tata shouts when he drinks the big bottle. I like Saturdays because Ciocia Ewa makes pierogi.” Agnieszka says he wets the bed four or five nights a week.

## What we want for Oliwia and Filip

1. Oliwia and Filip live in a home where there is no shouting, hitting or fear.
2. They see their dad only when he is sober and another adult is with them, and they look forward to it.
3. Oliwia sleeps without nightmares most nights and Filip has more dry nights than wet ones.
4. Both children know who they can tell if they are frightened, and keep going to school at least 95% of the time.

## The plan

Each part starts with when the work in it will be done. Every bullet says who does it and how we will know it has happened.

### 1. In the fortnight after the review (by Thursday 29 January 2026)

- **Hannah** will go through this plan with Agnieszka, and separately with Marek, Tomasz and Ewa with a Polish interpreter, and give each of them a copy in their own language. We'll know because each signed copy will be on the file.
- **Dan** will send Hannah a written report on Marek's drinking since November, his breath test results and whether he is ready for a community detox, with his view of how long real change is likely to take. Evidence: the report on the social care file.
- **PC Rowlands** will check that the warning marker on 12 Alder Close is still live and tell Hannah in writing when it is next due for review. Evidence: PC Rowlands' email on the file.

### 2. Every week from now until the review conference on Thursday 9 July 2026

- **Hannah** will see Oliwia and Filip, one week at home after school and the next at school, and see Oliwia on her own each time. Her visit records, written within two working days, will say what each child said and did.
- **Marek** will go to his Tuesday group and his Thursday one-to-one at Clearwater and give a breath test at each. Shown by Clearwater's attendance list and breath test results, which Dan sends Hannah each Friday.
- **Marek** will go to the Safer Families programme for men who have been abusive to a partner, on Wednesday evenings from 4 February 2026 (26 sessions). Evidence: the programme's register, and the facilitator's mid-point report to Hannah.
- **Tomasz and Ewa** will supervise Marek's Saturday visit with Oliwia and Filip at 3 Mill Street, 10am to 1pm, and end the visit if Marek has been drinking. They fill in and sign the contact book after every visit; Hannah reads it at her home visits and asks the children how Saturday went.
- **Rachel** will speak with Agnieszka, in person or by phone, and go over her safety plan with her. With Agnieszka's agreement, Rachel sends Hannah the updated safety plan at the end of each month.

### 3. At each core group (dates at the end)

- **Mrs Hurst** will bring both children's attendance and Oliwia's “feelings thermometer” scores from her Friday check-ins with the learning mentor. What we'll see: both children at 95% or more, and Oliwia's scores as the mentor recorded them, in the school's written report.
- **Dan** will write to the core group on whether Marek is making the changes he needs to make for the children to be safe with him, and how long that is likely to take. The written update will be on the file two working days before each meeting.
- **Agnieszka** will bring the diary she keeps of any call, text or visit from Marek outside the Saturday arrangements. Hannah reads the diary with her at each meeting and passes any contact in it to PC Rowlands the same day.

### 4. Before the February half term (by Friday 13 February 2026)

- **Hannah** will do a worry map with Oliwia and a “safe hand” with Filip, so that each knows who they can tell if they are frightened. Their own drawings and words will be on the file and shared at the core group on 12 March 2026.
- **Claire** will start Oliwia on the eight-week Sunflowers group for children who have lived with domestic abuse (Tuesdays after school). Oliwia's name on the group register, and Claire's letter to Hannah at the end of the group, will show it has happened.
- **Agnieszka** will start the Freedom Programme at Yeldingham Family Hub on Monday mornings. The Family Hub's register, which Agnieszka has agreed can be shared with Hannah, will show she is going.

### 5. By the end of the spring term (Friday 27 March 2026)

- **Gill** will see Filip about his bedwetting and give Agnieszka a wetting plan and a dry-night diary. Agnieszka fills in the diary each morning; Gill counts the dry nights at her review appointment and sends Hannah a copy.
- **Hannah** will hold a family network meeting with Agnieszka, Tomasz, Ewa and Agnieszka's cousin Joanna Nowak, to agree who else could supervise the Saturday visits. The network plan, signed by everyone there, will be on the file.

### 6. When something happens

- **Yeldingham Police** will send Hannah a notification of any call-out to 12 Alder Close, or involving Marek, within 24 hours, and tell Mrs Hurst before 9am on the next school day. Each notification will be logged on the case record.
- **Dan** will email Hannah within 24 hours of any missed Clearwater appointment, and the missed session will show on the weekly attendance list he sends her.

## If things go wrong

- If Marek comes to 12 Alder Close, or contacts Agnieszka or the children outside the Saturday visits, Agnieszka will ring 999. The police will attend, and Hannah (or the Emergency Duty Team out of hours) will hold a strategy discussion with them the same day.
- If Marek arrives at a Saturday visit smelling of drink, or drinks during it, Tomasz or Ewa will end the visit and ring Agnieszka to collect the children, and tell Hannah that day. From then on the visits move to Yeldingham Family Centre, supervised by the centre's staff, until Dan reports three weeks of clear breath tests.
- If Tomasz and Ewa cannot supervise a Saturday (illness, holidays), or tell Hannah they no longer feel able to, there is no visit at Mill Street; Hannah will use the Saturday 10am slot held for the family at Yeldingham Family Centre, supervised by the centre's staff, until a new supervisor agreed at the network meeting is in place.
- If there is any further violence, if Marek drinks at two visits, or if Agnieszka lets Marek back into the home before the core group agrees it is safe, Hannah will ask Colin Ardern for a legal planning meeting within five working days to decide whether to start PLO pre-proceedings.

## Meetings

- Core group every four weeks, Thursdays at 1.30pm at Yeldingham Park Primary: 12/02/2026, 12/03/2026, 16/04/2026, 14/05/2026 and 11/06/2026.
- Review child protection conference: Thursday 09/07/2026 at 10am, Yeldingham Town Hall.

Plan written by Hannah Price, 16/01/2026. Copies to Agnieszka, Marek (in Polish), Tomasz and Ewa, and everyone named above.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes (CG2), mother with complex PTSD and self-harm,
#    partner using cocaine. Numbered agenda items, then an action log A1 to
#    A16: an action line, then an Owner / Target / Evidence line, in clipped
#    case-note forms. Faults (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_yorrindale_core_group_minutes_action_log_hepburn.txt",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-minutes-txt-caps-header-attendee-initials-table-numbered-agenda-agency-updates-with-action-refs-childrens-words-outcomes-lettered-scaling-contingency-dates-then-action-log-a1-a16-action-line-then-owner-target-evidence-line-clipped-times",
    "description": (
        "Minutes of the second core group for a 13-year-old, a 9-year-old and an 18-month-old "
        "whose mother has complex PTSD and self-harms and whose mother's partner uses cocaine and "
        "drinks at weekends. Numbered agenda items (agency updates pointing at action numbers, "
        "the children's words, outcomes, scaling, contingency, dates), then an action log of A1 "
        "to A16, each an action line and an Owner / Target / Evidence line in clipped forms "
        "('wkly (Tues)', 'w/c 12.1.26', 'ASAP - by 20/01 latest', 'end Feb', '3x wk', "
        "'fortnightly from 3/2', 'Jan 26'). Most lines are sound (the CPN reports on capacity to "
        "change, the drug service assesses and reports, the GP, nursery and school). Faults: the "
        "psychologist's trauma therapy measured by sessions attended; the partner's drug group "
        "'asap'; the learning mentor's sessions 'ongoing'; family support measured by 'progress "
        "discussed at core group'; a young carers referral with evidence '-'; 'Core group' owning "
        "a childcare rota; an outcome about the mother only; the review conference date TBC."
    ),
    "text": """\
YORRINDALE METROPOLITAN BOROUGH COUNCIL
Children's Services - Safeguarding and Family Support
======================================================================
MINUTES OF CORE GROUP MEETING (CG2)
======================================================================
Children:      Callum HEPBURN (13), Yorrindale Academy, Year 8
               Ruby HEPBURN (9), Hill Top Primary, Year 5
               Archie WARD (18 months), Little Stars Nursery
Address:       27 Calder View, Yorrindale YD3 9PL
Date / time:   Thursday 08/01/2026, 10:00 - 11:45
Venue:         Yorrindale Family Hub, Meeting Room 2
Plan made at:  ICPC 11/12/2025 (category: neglect). CG1 held 18/12/2025.
Chair/minutes: Lauren Mercer (LM), social worker

ATTENDEES (initials used in these minutes and the action log)
  LM   Lauren Mercer          Social worker, Yorrindale Children's Services
  LH   Leanne Hepburn         Mum
  JW   Jay Ward               Mum's partner, Archie's dad (lives at home)
  SP   Shona Patel            CPN and care coordinator, Yorrindale CMHT
  DK   Dr Dominic Kerr        Clinical psychologist, Yorrindale CMHT
  RD   Rob Dixon              Recovery worker, Yorrindale Drug and Alcohol
                              Service (YDAS)
  CH   Carly Hodgson          Health visitor, 0-19 Service
  AB   Mrs Alison Booth       DSL, Hill Top Primary
  MT   Mark Tully             Learning mentor, Yorrindale Academy
  KF   Kim Fletcher           Family support worker, Yorrindale Family Hub
Apologies: Dr Nadia Hussain, GP, Oakfield Surgery (update by email, read out)

----------------------------------------------------------------------
1. PURPOSE
LM explained the core group checks the plan is working for the children and
agrees what happens next. LH and JW were given a copy of CG1's minutes.

2. UPDATES FROM EACH AGENCY
2.1 LM: 5 visits since CG1 (2 unannounced). Downstairs tidy, food in. Archie
    in a dirty nappy at 2pm on 30/12. Callum and Ruby seen alone at school
    on 06/01. Medication box in place. (-> A1, A4)
2.2 SP: LH seen weekly. Two episodes of cutting in December, treated at home,
    no A&E. Flashbacks worse at night. LH taking her medication. (-> A2)
2.3 DK: trauma therapy to start once LH's sleep is more settled. (-> A3)
2.4 RD: JW referred 22/12. JW says he has stopped cocaine since Christmas
    Eve; not yet tested. (-> A5, A6, A7)
2.5 CH: Archie's weight on the 25th centile. Few words for his age.
    18-month review overdue. (-> A8)
2.6 AB: Ruby 91% since ICPC, late x4. Came in hungry twice in December.
    (-> A11)
2.7 MT: Callum 88%. Two detentions for walking out of lessons. Says he is
    "too tired" - up at night with Archie. (-> A12, A13)
2.8 KF: 4 sessions done on meals and bedtimes. (-> A10)
2.9 GP (by email): LH on a weekly prescription since 02/01. (-> A16)

3. WHAT THE CHILDREN SAY
Callum (seen alone 06/01, LM): "I get Archie when he cries at night because
Mum doesn't wake up with her tablets and Jay's out. I'm knackered at school."
"I want Mum to get better. I don't want to be in care."
Ruby (seen alone 06/01, LM): "I like it when Mum is happy and we do baking.
When she's in the bathroom a long time I get scared." Ruby scored home 5/10.
Archie (observed at home 30/12, LM): toddled to Callum, not Mum, when he
fell; lifted his arms to Callum to be picked up; settled once fed.

4. OUTCOMES (from the ICPC plan)
 a) Callum, Ruby and Archie are cared for by adults who are sober and able
    to look after them every day and night.
 b) Archie goes to nursery regularly and his speech and development are
    on track.
 c) Callum and Ruby are at school on time every day, and Callum no longer
    gets up in the night to care for Archie.
 d) Leanne's mental health is more settled and she can manage her
    flashbacks.

5. SCALING (0 = children not safe at home, 10 = safe enough to close)
LM 4, LH 6, JW 7, SP 4, AB 5, CH 5.

6. CONTINGENCY (agreed at ICPC, confirmed today)
If LH self-harms, says she is thinking of ending her life, or cannot be
woken while she is the only adult with the children, the adult with her
rings the CMHT crisis line (999 if she is injured or cannot be woken) and
LM or EDT is told the same day; the children go to their maternal
grandmother, Pauline Hepburn, at 4 Calder Rise, until LH has been
assessed. If JW uses cocaine or is drunk while caring for the children,
he leaves the home that day and stays with his brother at 12 Mill Lane,
and LM holds a strategy discussion with the police the same day. If
either happens again, or Archie attends fewer than 80% of his nursery
sessions by CG4, LM will ask Stuart Barker (TM) for a legal planning
meeting within 5 working days.

7. DATES
CG3: Thursday 05/02/2026, 10:00, Yorrindale Family Hub. Then every 4 wks:
05/03/2026, 02/04/2026.
RCPC: date TBC - conference team to send out.

----------------------------------------------------------------------
8. ACTION LOG (agreed at CG2)
   Target = when it will be done by / how often. Evidence = what the
   core group will see.
----------------------------------------------------------------------
A1  Visit Callum, Ruby and Archie at home, 1 in 3 unannounced; see Callum
    and Ruby alone and check Archie's cot and nappies.
    Owner: LM   Target: wkly (Tues)   Evidence: visit notes on Mosaic within
    2 working days, with each child's own words.

A2  See LH at home, check her mood, self-harm and medication, and write to
    each CG on whether LH can make the changes the children need and the
    likely timescale.
    Owner: SP   Target: wkly; report 2 working days before each CG
    Evidence: SP's written report on Mosaic before CG3 and each CG after.

A3  Continue trauma-focused therapy sessions with LH (EMDR).
    Owner: DK   Target: fortnightly from 3/2   Evidence: sessions attended
    (CMHT record).

A4  Keep all medication in the locked box; JW holds the key and gives LH
    her daily dose.
    Owner: LH and JW   Target: daily from 08/01/2026   Evidence: LM checks
    the box at each visit; SP counts the tablets wkly.

A5  Assess JW's cocaine and alcohol use and write to LM on his use and what
    it means for his care of Archie.
    Owner: RD   Target: assessment w/c 12.1.26; report before CG3
    Evidence: YDAS report on Mosaic by 03/02/2026.

A6  Attend the YDAS weekend-use group for cocaine and alcohol.
    Owner: JW   Target: asap   Evidence: YDAS group register in RD's report.

A7  Give a hair strand sample (6 months, cocaine and alcohol); LM to book
    the lab.
    Owner: JW   Target: ASAP - by 20/01 latest   Evidence: lab result
    letter on file, shared at CG3.

A8  Archie's 18-month development review (ASQ-3) at home, and weigh him.
    Owner: CH   Target: end Feb   Evidence: ASQ-3 scores and weight sent
    to LM; copy in the red book.

A9  Take Archie to Little Stars on his funded days (Tue, Wed, Thu).
    Owner: LH   Target: 3x wk from 13/01/2026   Evidence: nursery register
    sent to LM monthly, showing 90%+ of sessions.

A10 Home routines support with LH and JW (meals, bedtimes, washing).
    Owner: KF   Target: 2x wk (Mon + Thu) until CG4   Evidence: progress
    discussed at core group.

A11 Check Ruby's attendance and arrival; ring LM the same morning if Ruby
    is not in by 9.30 and no reason given.
    Owner: AB   Target: every school day   Evidence: calls logged on
    CPOMS; attendance printout to each CG (target 95%+).

A12 Mentoring sessions with Callum about his caring role and walking out
    of lessons.
    Owner: MT   Target: ongoing   Evidence: Callum's own scores on the
    mentor's "my week" sheet, recorded by MT and shared at each CG.

A13 Refer Callum to Yorrindale Young Carers for a young carer's
    assessment.
    Owner: LM   Target: Jan 26   Evidence: -

A14 Agree with LH and JW who has Archie when LH is at therapy and JW is at
    work.
    Owner: Core group   Target: by CG3 (05/02/2026)   Evidence: written
    childcare rota on file.

A15 Direct work with Ruby, 3 sessions ("my safe hand" and worries about
    Mum).
    Owner: LM   Target: fortnightly from 3/2   Evidence: Ruby's safe hand
    and her words on file, shared at CG4.

A16 Keep LH on 7-day prescriptions and review her medication.
    Owner: Dr Nadia Hussain (GP)   Target: review by 23/01/2026
    Evidence: GP letter to LM confirming the weekly prescriptions.

----------------------------------------------------------------------
Minutes: LM, 09/01/2026. Circulated to all attendees and the GP.
""",
    "findings": [
        F("H001", "Continue trauma-focused therapy sessions with LH (EMDR)."),
        F("T002", "Attend the YDAS weekend-use group for cocaine and alcohol."),
        F("T002", "Mentoring sessions with Callum about his caring role"),
        F("M002", "Home routines support with LH and JW (meals, bedtimes, washing)."),
        F("M001", "Refer Callum to Yorrindale Young Carers for a young carer's"),
        F("W002", "Agree with LH and JW who has Archie when LH"),
        F("F002", "Leanne's mental health is more settled and she can manage her flashbacks."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter from the social worker to a mother after the initial conference:
#    baby on the children's ward with faltering growth, mother with
#    postnatal depression, grandmother helping. The plan is bullets under
#    who does it, each with its own time and check. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_yantlebury_letter_to_mum_times_in_sentences_faulkner.pdf",
    "doc_title": "Letter to Chloe Faulkner - child protection plan for Maisie and Kian",
    "split": "heldout",
    "actions": 17,
    "min_pages": 2,
    "footer": "Danielle Moore to Chloe Faulkner, 16/01/2026 – page {PAGE} of {NUMPAGES}",
    "template": "sw-letter-to-mother-after-icpc-paged-footer-address-block-dear-chloe-plain-headings-why-we-met-going-well-what-kian-told-me-and-what-we-have-seen-of-maisie-what-we-want-then-plan-bullets-under-what-you-reece-i-nana-sue-and-other-services-will-do-time-and-check-inside-each-bullet-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary letter from a social worker to a 20-year-old mother after the initial "
        "conference for her 4-month-old daughter, on the children's ward with faltering growth, "
        "and her 3-year-old son; the mother has postnatal depression and the maternal grandmother "
        "helps. 'You' is the mother and 'I' the social worker who signs. The plan is bullets "
        "under 'What you have agreed to do', 'What Reece has agreed to do', 'What I will do', "
        "'What Nana Sue has agreed to do' and 'What the other services will do', each with its "
        "time as an event or rhythm in the sentence ('before Maisie is discharged', 'from the "
        "night Maisie comes home', 'within two weeks of Maisie coming home', 'every Monday and "
        "Thursday until she is discharged', 'before the Easter holidays') and its check in the "
        "same bullet (the feed chart, the red book, a register, a letter on file). Both perinatal "
        "mental health workers are asked about capacity to change, the GP owns an action, the "
        "grandmother's part has a fallback, legal planning follows named triggers, core group "
        "and review dates are set."
    ),
    "blocks": [
        ("pl", "Yantlebury City Council – Children's Services"),
        ("pl", "Safeguarding Team North, Pavilion House, 4 Station Road, Yantlebury YN1 3AA"),
        ("pl", "Telephone 01632 960 318"),
        ("p", ""),
        ("pl", "Ms Chloe Faulkner"),
        ("pl", "Flat 3, 18 Beacon Street"),
        ("pl", "Yantlebury YN4 7GE"),
        ("pr", "16 January 2026"),
        ("p", ""),
        ("p", "Dear Chloe,"),
        ("boldp", "Maisie's and Kian's child protection plan"),
        ("p", "As I promised at the conference on Wednesday, this letter sets out Maisie's and Kian's child "
              "protection plan in plain words. Reece has his own copy. If anything is not clear, or you think I "
              "have got something wrong, please ring me and we will go through it together."),
        ("h2", "Why we met"),
        ("p", "Maisie was admitted to Ward 6 at Yantlebury Children's Hospital on 7 January because her weight "
              "had fallen from the 25th centile to below the 2nd. The doctors found no illness to explain it; on "
              "the ward, with regular feeds, she has started to gain. You told the conference that since October "
              "you have felt too low and tired to keep to her feeds, especially at night, and that some days you "
              "did not get up until the afternoon. Kian missed most of his nursery sessions in December. The "
              "conference (chair: Margaret Oyelaran) decided that Maisie and Kian need a child protection plan, "
              "under the category of neglect. Maisie is not looked after: she is on the ward with your agreement, "
              "and you stay with her there most days."),
        ("h2", "What has been going well"),
        ("bullets", [
            "You told the perinatal team honestly how low you have been, and you have taken your sertraline "
            "every day since the ward restarted it on 8 January.",
            "On the ward you have done most of Maisie's day feeds yourself, and the nurses say you hold her "
            "close and talk to her.",
            "Reece has changed his shifts so that he is home every evening, and Nana Sue has offered to help "
            "every morning when Maisie comes home.",
        ]),
        ("h2", "What Kian told me, and what we have seen of Maisie"),
        ("p", "I saw Kian at Treetops Nursery on 12 January. He showed me a drawing of “Mummy in bed” and said: "
              "“Mummy is sleepy all the time. I make my own crisps for breakfast. Nana makes toast.” When I asked "
              "what would make home better, he said “Mummy playing cars” and “Maisie not crying.”"),
        ("p", "Maisie is four months old. When she came onto the ward she was pale, floppy and slept through "
              "feeds. Eight days later the nurses see her wake for her feeds, finish most bottles, smile and "
              "follow faces, and settle quickly when you hold her against your shoulder."),
        ("h2", "What we all want for Maisie and Kian"),
        ("numbers", [
            "Maisie gets every feed she needs, day and night, and is back on the 9th centile or above by the "
            "review conference.",
            "Kian goes to nursery on all his days, has breakfast every morning, and has time every day to play "
            "with a grown-up.",
            "Maisie and Kian are cared for every day by an adult who is well enough to look after them, and "
            "someone notices quickly if you are getting low again.",
        ]),
        ("h2", "The plan: who will do what, when, and how we will know"),
        ("boldp", "What you have agreed to do"),
        ("bullets", [
            "You will give Maisie every feed on her feeding plan (about 150ml every three hours, day and night) "
            "and write each one on her feed chart, on the ward and at home, until she is back on the 9th "
            "centile. The nurses check the chart every day on the ward, and Tanya checks it at every home visit.",
            "You will take your sertraline every morning and see Nia every Thursday, so that you are well "
            "enough to do Maisie's feeds and play with Kian. Nia's appointment records, which she sends me "
            "before each core group, will show you have been.",
            "You will take Kian to Treetops Nursery by 9.30am on each of his days (Monday to Thursday), from "
            "the day Maisie comes home. The nursery register, which Mrs Hale emails me each Friday, will show "
            "he is there.",
        ]),
        ("boldp", "What Reece has agreed to do"),
        ("bullets", [
            "Reece will do Maisie's 11pm and 2am feeds on the nights before his days off (Thursday, Friday and "
            "Saturday nights), from the night Maisie comes home, and write them on the chart, which Tanya and "
            "I will check at our visits.",
            "Reece will go to the six-week Dads Matter course at Yantlebury Family Hub, on Tuesdays at 6pm from "
            "3 February. The course worker will send me his attendance and a short report at the end of the "
            "course.",
        ]),
        ("boldp", "What I will do"),
        ("bullets", [
            "I will visit Maisie on Ward 6 every Monday and Thursday until she is discharged, and then see "
            "Maisie and Kian at home every week until the review conference on 8 April, with one visit in "
            "three unannounced. My notes of every visit will say what I saw Maisie and Kian doing, and you can "
            "ask to read them.",
            "Before Maisie is discharged, I will hold a discharge planning meeting on the ward with you, Reece, "
            "Nana Sue, Sister Reilly, Gemma and Tanya, and send the signed discharge plan to everyone the same "
            "day.",
            "Before the Easter holidays (by 20 March), I will spend three sessions with Kian at Treetops with "
            "puppets and drawings to hear how things are for him at home. I will write down his words and "
            "bring his drawings to the core group on 24 March.",
        ]),
        ("boldp", "What Nana Sue has agreed to do"),
        ("bullets", [
            "Nana Sue will come to your flat every weekday from 8am to 12 noon for the first four weeks after "
            "Maisie comes home, and do the 9am and 12 noon feeds with you. She will sign the chart for every "
            "feed she helps with.",
            "Nana Sue will collect Kian from Treetops at 12 noon every Thursday and have him at her house while "
            "you see Nia. The nursery's collection book will show that she has collected him.",
        ]),
        ("boldp", "What the other services will do"),
        ("bullets", [
            "Dr Ruth Sandhu, perinatal psychiatrist, will assess your depression, whether you are able to make "
            "the changes Maisie and Kian need, and how long that is likely to take. She will write to me by 13 "
            "February, and I will share her letter at the core group on 24 February.",
            "Nia Evans, perinatal mental health nurse, will see you every Thursday and, before every core "
            "group, write to me on whether things are changing for Maisie and Kian and how long she thinks it "
            "will take. Her report will be on my file two working days before each core group.",
            "Sister Joanne Reilly on Ward 6 will weigh Maisie every day while she is on the ward and phone me "
            "every Monday and Thursday with her weights. Maisie will not go home until her chart shows five "
            "days of weight gain in a row.",
            "Tanya Moss, your health visitor, will visit twice a week for the first four weeks after Maisie "
            "comes home, then every week until the review conference, and weigh Maisie each time. The weights "
            "will go in the red book and to me, and we want Maisie back on the 9th centile by the review.",
            "Gemma Clarke, the children's dietitian, will write Maisie's home feeding plan before Maisie is "
            "discharged and see her in clinic two weeks after she comes home. The plan will be in Maisie's red "
            "book, and Gemma will send me her clinic letter.",
            "Dr Amit Patel, your GP at Brookside Surgery, will review your sertraline within two weeks of "
            "Maisie coming home and send me a letter saying what was agreed.",
            "Mrs Dawn Hale, manager of Treetops Nursery, will ring me the same morning if Kian is not in by "
            "10am on one of his days, and write down anything Kian says about home. Each call will be on the "
            "nursery's safeguarding log.",
        ]),
        ("h2", "If things go wrong"),
        ("bullets", [
            "If Maisie loses weight at two weigh-ins in a row, or the chart shows a night feed missed, Tanya "
            "will tell me the same day and Maisie will be seen at the children's assessment unit that day.",
            "If you feel you might harm yourself or Maisie, or you stop your tablets, please ring Nia, or the "
            "perinatal crisis line out of hours, straight away. Reece or Nana Sue will look after Maisie and "
            "Kian until you have been seen.",
            "If Nana Sue cannot come on a morning (she is ill, or can no longer help), she will ring me and "
            "Reece by 8am. Reece's manager has agreed he can take emergency leave that day; if he cannot, the "
            "family support worker, Jo Kirk, will come for the 9am and 12 noon feeds. If no one can be with "
            "you for a morning and the feeds cannot be covered, I will arrange for you and Maisie to go to the "
            "Brook House parent and baby foster placement the same day.",
            "If Maisie has to go back into hospital because she is not gaining weight, or you stop your "
            "treatment with the perinatal team, I will ask my manager, Stephen Ward, for a legal planning "
            "meeting within five working days to decide whether to start the PLO.",
        ]),
        ("h2", "When we will meet"),
        ("bullets", [
            "Core group: Tuesday 27 January 2026 at 10am, then every four weeks (24 February and 24 March), "
            "at Yantlebury Family Hub or on Ward 6 if Maisie is still there.",
            "Review child protection conference: Wednesday 8 April 2026 at 10am, Yantlebury Civic Centre.",
        ]),
        ("p", "I know this is a lot to take in. I will go through it with you again when I see you on Monday."),
        ("p", "Yours sincerely,"),
        ("pl", "Danielle Moore"),
        ("pl", "Social Worker, Yantlebury Children's Services (team manager: Stephen Ward)"),
        ("pl", "Mobile 07700 900 318"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan, mother's drinking and depression, 14-year-old young carer.
#    A Word multilevel outline: outcome headings with a group deadline ("all
#    by ... unless stated"), numbered actions, lettered When / How we'll know
#    lines, and an "Also agreed" part with no time. Faults (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_yolsham_icpc_outline_all_by_unless_stated_ashdown.docx",
    "doc_title": "Child Protection Plan - Ellie and Mason Ashdown",
    "split": "heldout",
    "actions": 16,
    "template": "icpc-plan-docx-kv-details-worries-going-well-childrens-words-then-word-multilevel-outline-numbered-outcome-headings-with-group-deadline-all-by-unless-stated-numbered-actions-lettered-when-and-how-well-know-lines-also-agreed-part-with-no-time-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 14-year-old girl and a 7-year-old boy whose mother is "
        "dependent on alcohol and has depression; the girl has been caring for her mother and "
        "brother and has started to self-harm. The plan is a Word multilevel outline: each "
        "numbered heading is an outcome with a group deadline ('all by 13/02/2026 unless "
        "stated'), each numbered action under it has lettered 'When:' and 'How we'll know:' "
        "lines where it gives its own, and a last part headed 'Also agreed' has no time. Most "
        "actions are sound (the alcohol service assesses and reports on change, the GP, CAMHS, "
        "the family support worker and the primary school). Faults: the grandfather's teas 'When: "
        "as required'; the CPN's support sessions measured only by attendance; an outcome heading "
        "about the mother only; the high school to 'keep an eye on' the girl's attendance and "
        "mood; a passive young carers referral with no one named; a school nurse referral with no "
        "measure; a dentist action under 'Also agreed' with no time; and no legal planning "
        "anywhere in the plan."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Yolsham Borough Council · Children's Services · Initial Child Protection Conference, 12/01/2026"),
        ("kv", [
            ("Children", "Ellie Ashdown (14), Year 9, Yolsham High School; Mason Ashdown (7), Year 3, St Luke's C "
                         "of E Primary"),
            ("Address", "41 Tanners Row, Yolsham YH2 6DS"),
            ("Mother", "Karen Ashdown (43)"),
            ("Father", "Paul Ashdown, lives in Northmoor (180 miles away); phones the children most Sundays"),
            ("Maternal grandfather", "Brian Fowler (71), 8 Meadow Lane, Yolsham (two miles away)"),
            ("Category", "Neglect"),
            ("Chair", "Richard Onslow"),
            ("Social worker", "Tom Ridley (team manager: Jasmine Cole)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Karen has been dependent on alcohol for several years and drinks up to two bottles of wine a day. "
              "She also has depression and is under the Yolsham Community Mental Health Team. On 30/11/2025 Ellie "
              "rang 999 when she found Karen collapsed in the kitchen after drinking; on 14/12/2025 police found "
              "Karen drunk at 9pm with Mason asleep on the sofa in his school uniform. Ellie does most of the "
              "shopping, cooking and Mason's bedtimes. Her attendance has fallen to 72% and in December she told "
              "her form tutor she had been cutting her arms."),
        ("h1", "What is going well"),
        ("bullets", [
            "Karen went to Compass (the Yolsham alcohol and drug service) on her own on 05/01/2026 and has "
            "asked for help to stop drinking.",
            "Brian sees the children most weeks and both children say they feel safe at his house.",
            "Mason's attendance is 96% and his teacher says he is a kind, chatty boy who loves football.",
        ]),
        ("h1", "What Ellie and Mason say"),
        ("p", "Ellie (seen on her own at school, 08/01/2026): “I don't mind doing stuff for Mason, he's my "
              "brother. I just wish Mum would stop. When she's drunk she cries and says sorry and I have to put "
              "her to bed. I cut because it makes the noise in my head stop. I don't want anyone to get in "
              "trouble.” She scored how safe home feels 4 out of 10."),
        ("p", "Mason (seen at home, 09/01/2026): “Mum has her special drink and goes sleepy. Ellie makes pasta. I "
              "like Grandad's because he has Sky Sports.” He told Tom he sometimes wets the bed “when Mum is "
              "shouting”."),
        ("h1", "The plan"),
        ("p", "The numbered headings below are what we want for Ellie and Mason. Each heading gives the date its "
              "actions are due by, unless an action gives its own. Under each action, “When” and “How we'll "
              "know” say when it happens and what we will see."),
        ("mlist", [
            (0, "Ellie and Mason are cared for every evening and night by an adult who is sober – all by "
                "13/02/2026 unless stated"),
            (1, "Lee Hartigan (recovery worker, Compass) will assess Karen's drinking, with a breath test at each "
                "session, and write to Tom on whether she can make and keep the changes the children need and "
                "how long that is likely to take."),
            (2, "When: assessment by 23/01/2026; written report by 13/02/2026, then before each core group"),
            (2, "How we'll know: Compass report on the social care file"),
            (1, "Karen will go to her Compass appointment every Wednesday, give a breath test each time, and drink "
                "nothing from 4pm on any day Ellie and Mason are in her care."),
            (2, "When: every Wednesday from 21/01/2026, and every day"),
            (2, "How we'll know: Compass attendance and breath test results in Lee's reports; breath tests at "
                "Tom's visits read zero"),
            (1, "Dr Sarah Whitfield (GP, Castle Street Surgery) will review Karen's sertraline, arrange liver "
                "function and blood tests, and send the results to Lee and Tom."),
            (2, "How we'll know: GP letter with the results on the social care file"),
            (1, "Grandad (Brian Fowler, Karen's father) will have Ellie and Mason for tea at his house and drop "
                "them home at 7pm."),
            (2, "When: as required"),
            (2, "How we'll know: Brian texts Tom on each day the children have tea with him"),
            (1, "Tom Ridley (social worker) will visit the home, one visit in three unannounced and one after "
                "7pm, see Ellie on her own and ask Karen for a breath test."),
            (2, "When: every week until the review conference on 14/04/2026"),
            (2, "How we'll know: a visit record on the file within two working days, with the breath test "
                "reading and what each child said"),
            (0, "Karen is sober and her low mood lifts – all by the review conference on 14/04/2026 unless "
                "stated"),
            (1, "Fiona Blake (CPN, Yolsham CMHT) will see Karen to support her with her low mood and check she is "
                "taking her sertraline."),
            (2, "When: fortnightly"),
            (2, "How we'll know: Fiona's appointment records show Karen attended"),
            (1, "Karen will go to the SMART Recovery group at the Yolsham Recovery Hub."),
            (2, "When: every Monday from 19/01/2026"),
            (2, "How we'll know: the group register, included in Lee's report"),
            (0, "Ellie goes to school every day and is no longer the one who looks after Mum and Mason – all by "
                "the February half term (13/02/2026) unless stated"),
            (1, "Yolsham High School (Mr Dev Patel, Head of Year 9) will keep an eye on Ellie's attendance and "
                "mood."),
            (2, "When: daily"),
            (1, "A referral will be made to Yolsham Young Carers for a young carer's assessment for Ellie."),
            (2, "When: by 23/01/2026"),
            (2, "How we'll know: Young Carers' acknowledgement letter on file; assessment sent to Tom by "
                "13/02/2026"),
            (1, "Tom will do three sessions with Ellie, keeping a “my week” diary of what she does at home for Mum "
                "and Mason."),
            (2, "How we'll know: Ellie's diary and her own words in Tom's records, shared at the core group on "
                "23/02/2026"),
            (1, "Jo Quinn (Yolsham CAMHS) will see Ellie about her self-harm and write a safety plan with her."),
            (2, "When: first appointment by 23/01/2026, then weekly for six weeks"),
            (2, "How we'll know: Ellie's safety plan copied, with her agreement, to Tom and the school; CAMHS "
                "letter to Tom after the sixth session"),
            (0, "Mason has a teatime and bedtime routine, comes to school clean and fed, and gets help with his "
                "wetting – all by the end of the spring term (27/03/2026) unless stated"),
            (1, "Marie Doyle (family support worker) will do six home sessions with Karen on Mason's tea, bath and "
                "bedtime routine, so that Ellie no longer has to do it."),
            (2, "When: weekly from 20/01/2026"),
            (2, "How we'll know: Mason's bedtime chart on the fridge, checked by Marie at each session; Ellie "
                "tells Tom who put Mason to bed"),
            (1, "St Luke's C of E Primary (Mrs Gail Horne, DSL) will refer Mason to the school nursing service "
                "about his wetting."),
            (2, "When: by 23/01/2026"),
            (1, "Mrs Horne will note each morning whether Mason has had breakfast and is in clean uniform, and "
                "ring Tom the same day if not on two days running."),
            (2, "When: every school day"),
            (2, "How we'll know: the daily note on CPOMS, printed for each core group"),
            (0, "Also agreed"),
            (1, "Karen will register Ellie and Mason with a dentist and take them for check-ups."),
            (2, "How we'll know: appointment cards seen by Tom"),
            (1, "Tom will set up a video call for Ellie and Mason with their dad, Paul, with Karen's agreement."),
            (2, "When: every Sunday at 5pm from 18/01/2026"),
            (2, "How we'll know: each call written in the family diary by Karen and checked by Tom at his visits"),
        ]),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Karen is drunk while the children are in her care, or collapses, Ellie rings 999 and then "
            "Grandad, who collects Ellie and Mason and keeps them at 8 Meadow Lane overnight. Tom, or the "
            "Emergency Duty Team out of hours, visits the same day and holds a strategy discussion with the "
            "police.",
            "If Grandad cannot have the children that night, Tom or the Emergency Duty Team will place Ellie and "
            "Mason together with Yolsham foster carers until Karen is sober and has been seen.",
            "If Ellie self-harms and needs treatment, the adult with her takes her to the emergency department "
            "at Yolsham General the same day and rings the CAMHS crisis line; the school tells Tom that day.",
            "If Karen misses two Compass appointments in a row, Lee tells Tom the same day and Tom visits that "
            "evening.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks, Mondays at 2pm at Yolsham Family Hub – 26/01/2026, 23/02/2026 and "
            "23/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Yolsham Civic Offices.",
        ]),
    ],
    "findings": [
        F("T002", "will have Ellie and Mason for tea at his house"),
        F("H001", "will see Karen to support her with her low mood"),
        F("F002", "Karen is sober and her low mood lifts"),
        F("M002", "will keep an eye on Ellie's attendance and mood"),
        F("W001", "A referral will be made to Yolsham Young Carers"),
        F("M001", "will refer Mason to the school nursing service about his wetting"),
        F("T001", "Karen will register Ellie and Mason with a dentist"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC "plan on a page", domestic abuse, father out of the home. Table
#    whose When column uses lettered codes explained in a key above it,
#    beside written times, and a "What we will see" column. Faults (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b167_yoxenholt_plan_on_a_page_when_key_rashid.md",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-on-a-page-md-bold-summary-lines-short-worries-strengths-childrens-voice-goals-sections-then-table-what-needs-to-happen-who-when-what-we-will-see-when-column-lettered-codes-a-b-c-explained-in-a-key-above-table-beside-written-times-then-if-worried-meetings",
    "description": (
        "Initial conference 'plan on a page' for a 5-year-old girl and a 9-month-old boy after "
        "their father assaulted their mother; he lives with his parents under a non-molestation "
        "order and sees the children at a contact centre. The action table's When column mostly "
        "holds a letter from a key above it (A = all by 30/01/2026, B = every week from now until "
        "the review conference on 14/04/2026, C = at each core group), beside written times "
        "('Every other Saturday from 24/01/2026', 'By the February half term (13/02/2026)', "
        "'Same day'); the measure column is headed 'What we will see'. Faults: a police action "
        "with an empty When cell; the mother's Freedom Programme 'When she feels ready'; the "
        "health visitor's visits with 'To be reviewed' as what we will see; 'All professionals' "
        "reporting sightings of the father; a contingency that only says further concerns will "
        "lead the core group to review the plan and consider next steps; and no legal planning."
    ),
    "text": """\
# Yoxenholt Council – Children's Social Care
## Child protection plan on a page: Aisha and Zain Rashid

**Children:** Aisha Rashid (5), Reception, Yoxenholt Meadow Primary · Zain Rashid (9 months)
**Living with:** their mum, Sadia Rashid (29), 14 Quarry Bank, Yoxenholt YX5 1JT
**Dad:** Imran Rashid (34), living with his parents at 61 Park Lane, Northgate, Yoxenholt; non-molestation order (Sadia and 14 Quarry Bank) from 20/11/2025 for 12 months
**Aunt:** Nasreen Akhtar (32), Sadia's sister, Westfield, Yoxenholt
**Initial child protection conference:** 15/01/2026 · Category: emotional abuse · Chair: Denise Crowther
**Social worker:** Owen Gallagher (team manager: Helen Marsh)

### Why there is a plan
On 02/11/2025 Imran hit Sadia and held her against the wall by her throat in the living room while Aisha watched and Zain was in his high chair. Aisha ran to the neighbour. Sadia says Imran has checked her phone, kept her bank card and stopped her seeing her family for two years. Imran was charged with assault and is on bail not to contact Sadia. He denies most of what Sadia describes.

### What is working
- Sadia called the police, has a non-molestation order, and has kept the children away from Imran outside the contact centre.
- Nasreen visits most days and Sadia is back in touch with her family.
- Aisha's attendance is 97%. Zain is feeding well, on the 50th centile, and crawling.

### What Aisha says, and what we see of Zain
Aisha (with Owen at school, 13/01/2026, using feelings faces): chose “scared” for “when Daddy shouts” and “happy” for “Mummy and Zain and Auntie Nasreen”. She said: “Daddy hurt Mummy's neck. I ran to Auntie Jean next door. I want to see Daddy but not at our house.”
Zain: on visits he smiles and babbles at Sadia and Aisha and reaches for them. He startles and cries at loud noises, and the HV saw him take a long time to settle after a door banged.

### Our goals for Aisha and Zain
1. Aisha and Zain live in a home where they are not frightened and never see or hear violence.
2. They see their dad only where it is safe and supervised, for as long as the risk is there.
3. Aisha feels able to talk about what happened and knows who to tell if she is scared.
4. Zain's development stays on track and he is settled and calm at home.

### What needs to happen

**When key:** **A** = all by Friday 30/01/2026 · **B** = every week, from now until the review conference on 14/04/2026 · **C** = at each core group (dates below). Anything else is written in full.

| # | What needs to happen | Who | When | What we will see |
|---|---|---|---|---|
| 1 | Visit Aisha and Zain at home and see Aisha on her own, one visit in three unannounced | Owen Gallagher, SW | B | Visit record on the file within 2 working days, with Aisha's own words and what Zain was doing |
| 2 | Go through Sadia's safety plan with her, including the code word with Nasreen and who collects Aisha from school | Farah Iqbal, IDVA, Yoxenholt Domestic Abuse Service | A | Signed safety plan; a copy on the social care file with Sadia's consent |
| 3 | Put a warning marker on 14 Quarry Bank and tell the SW the bail and order conditions in writing | Yoxenholt Police (PC Gemma Short, DA Safeguarding Unit) |  | Email from PC Short on the file with the marker and the conditions |
| 4 | Go to the Freedom Programme at Yoxenholt Family Hub | Sadia Rashid (Mum) | When she feels ready | Family Hub's register |
| 5 | Go to the Step Change programme for men who have been abusive, Thursday evenings | Imran Rashid (Dad) | Every Thursday from 05/02/2026 (24 weeks) | Programme register, in the facilitator's report |
| 6 | Written report on Imran's attendance, what he accepts about the abuse, and whether the risk to the children is changing | Martin Hale, facilitator, Step Change | C | Report on the file 2 working days before each core group |
| 7 | Supervise Imran's time with Aisha and Zain and write down how the children are before, during and after | Jan Brook, manager, Yoxenholt Family Contact Centre | Every other Saturday, 10am to 11.30am, from 24/01/2026 | Contact record for every session sent to the SW within 2 working days |
| 8 | Visit Zain at home and check his development | Lucy Barnes, health visitor | Monthly | To be reviewed |
| 9 | Record how Aisha arrives and anything she says about home, and act on any police notification before 9am | Mr Adam Cole, DSL, Yoxenholt Meadow Primary | Every school day | Notes on CPOMS, printed for each core group; attendance 95% or more |
| 10 | Take Aisha to school and collect her on Wednesdays, when Sadia takes Zain to baby clinic | Nasreen Akhtar (aunt) | Every Wednesday from 21/01/2026 | School's collection book shows Nasreen collected Aisha |
| 11 | Direct work with Aisha using feelings faces and a “worry monster” so she can say what happened and who she can tell | Owen Gallagher, SW | By the February half term (13/02/2026) | Aisha's pictures and words on the file, shared at the core group on 26/02/2026 |
| 12 | Tell the SW about any sighting of Imran near Quarry Bank or the school | All professionals | Same day | Each sighting logged on the case record |
| 13 | Fit a door chain, window locks and a video doorbell at 14 Quarry Bank | Yoxenholt Housing, Sanctuary Scheme (Kelly Moran) | A | Housing's completion note on the file, and seen by Owen at his next visit |
| 14 | Take Zain to baby clinic to be weighed | Sadia Rashid (Mum) | Fortnightly from 21/01/2026 | Weights in Zain's red book, seen by the HV |

### If we are worried
If there are further concerns about Imran's behaviour or the children's safety, Owen will call a core group meeting to review the plan and consider next steps.

### Meetings
- Core group every four weeks, Thursdays at 10am, Yoxenholt Family Hub: 29/01/2026, 26/02/2026, 26/03/2026.
- Review child protection conference: 14/04/2026, 2pm, Yoxenholt Civic Centre.
""",
    "findings": [
        F("T001", "Put a warning marker on 14 Quarry Bank"),
        F("T002", "Go to the Freedom Programme at Yoxenholt Family Hub"),
        F("M002", "Visit Zain at home and check his development"),
        F("W002", "Tell the SW about any sighting of Imran"),
        F("C002"),
        F("R002"),
    ],
})
