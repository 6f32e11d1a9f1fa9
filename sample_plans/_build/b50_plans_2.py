"""Batch 50, module 2: seven fictional plans (held-out material), places beginning with "w".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans as they arrive from elsewhere in the system, each in a template
invented for it: a partner-portal extract of a plan sent to a school, a
child-friendly version written for a 10-year-old, a health-led plan written
by a hospital diabetes team, a review conference outcome sheet, a
French/English family copy, a Scottish Child's Plan after a Child Protection
Planning Meeting, and a landscape case-system print of a plan for a baby
whose family is about to move to another council. Four are exemplary.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Partner-portal extract of a neglect plan, as the school receives it (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_wethercombe_partnershare_extract_ockendon.txt",
    "split": "heldout",
    "actions": 9,
    "template": "partner-portal-read-only-extract-txt-banner-for-receiving-agency-section-sign-parts-outcome-codes-then-item-blocks-task-responsible-timeframe-evidence-of-change-linked-outcome-escalation-separate",
    "description": (
        "Read-only extract of an initial conference plan, as the school's DSL receives it from the "
        "council's partner portal (9-year-old and 4-year-old, neglect, mother's drinking). Item blocks "
        "with Task / Responsible / Timeframe / Evidence of change lines. One item is 'ongoing', the HV's "
        "developmental review has no evidence, the home-conditions item is measured by 'improvement', "
        "one item is owned by the 'Core group', the nursery place has nobody responsible and the "
        "dental check no timeframe. The mother only refers herself to the alcohol service, which owns "
        "nothing; the contingency is vague; the review conference is 'to be confirmed'. A separate "
        "escalation paragraph names a legal planning meeting."
    ),
    "text": """\
=======================================================================
 WETHERCOMBE COUNCIL                                   PartnerShare 2.3
 CHILD PROTECTION PLAN - PARTNER EXTRACT (READ ONLY)
-----------------------------------------------------------------------
 Extract made for : Holm Lane Primary School - DSL (Mr I. Coldwell)
 Extract made on  : 08/07/2025 09:14 by MTULL
 Plan status      : ACTIVE - agreed at ICPC 26/06/2025
 Handling         : OFFICIAL-SENSITIVE. Keep on the pupil's safeguarding
                    file. Do not forward outside your agency.
=======================================================================

S1  RECORD

    Subject 1 ...... Reece OCKENDON  (m)  DOB 02/11/2015  9y  Yr 4
    Subject 2 ...... Lacey OCKENDON  (f)  DOB 17/04/2021  4y
    Household ...... 27 Cobbold Walk, Wethercombe WC4 7RN
    Parent/carer ... Donna OCKENDON (mother, 31)
    Other parent ... Wayne FIRTH (father of both) - no contact since
                     2023, whereabouts not known
    Category ....... Neglect
    Allocated SW ... Megan Tull, Child Protection Team B
    Team manager ... Simon Adair


S2  WHY THE CHILDREN HAVE A PLAN

    Donna told the SW that she drinks most evenings, "a bottle of wine,
    sometimes more". On 03/06/2025 police found Reece in the street at
    9.40pm looking for his mum; Lacey was asleep alone in the flat and
    Donna was drinking at a neighbour's. On two visits in June there was
    no food in the kitchen, and Lacey's mattress was wet with no sheet.
    Reece has been late for school 31 times this year. Lacey has a
    funded nursery place that she has never taken up, and her front
    teeth are visibly decayed. Donna loves her children, spoke openly at
    conference and says she wants help to stop drinking.


S3  WHAT THE CHILDREN SAY / HOW THEY ARE

    Reece (seen alone at school 19/06/2025): "Mum's fun when she's not
    had wine. When she has, she goes to sleep on the settee and I do
    Lacey's tea - usually cereal." He wants "Mum to stop drinking and for
    us to have proper tea". He hates being late: "I don't like walking
    in when everyone's sat down."

    Lacey (seen at home 23/06/2025): chatty and curious, showed the SW
    her teddy and her drawings. She sleeps in Mum's bed most nights. She
    said "my teeth hurt when I eat apples".


S4  OUTCOMES (INTENDED)

    OC-1  Reece and Lacey are looked after every evening and night by an
          adult who is sober.
    OC-2  Reece gets to school on time every day and no longer has to
          make Lacey's meals.
    OC-3  Lacey goes to nursery, sleeps in a clean, dry bed of her own
          and has her teeth treated so that she can eat without pain.


S5  PLAN ITEMS

 ITEM 5.01                                          links to: OC-1 OC-3
   Task ............ Visits to the home; see Reece on his own and Lacey
                     awake, and check the food in the kitchen and where
                     Lacey is sleeping
   Responsible ..... Megan Tull (SW)
   Timeframe ....... every 2 weeks, at least 1 visit a month unannounced
   Evidence of change  visit record shows Reece seen alone and his words;
                     food in and Lacey's bedding noted at each visit

 ITEM 5.02                                               links to: OC-1
   Task ............ Donna to refer herself to Wethercombe Recovery
                     Service for an alcohol assessment
   Responsible ..... Donna Ockendon (mother)
   Timeframe ....... by 25/07/2025
   Evidence of change  Donna shows the SW her assessment appointment
                     letter

 ITEM 5.03                                               links to: OC-2
   Task ............ Morning routine work at home with Donna: alarms set,
                     uniforms out the night before, both children out of
                     the door by 8.30am
   Responsible ..... Aaron Pike, Family Support Worker, Wethercombe
                     Family Hub
   Timeframe ....... ongoing
   Evidence of change  school register shows Reece in by 8.50am on at
                     least 9 days in every 10

 ITEM 5.04                                               links to: OC-3
   Task ............ Complete Lacey's developmental review (ASQ-3),
                     including her teeth and her sleep
   Responsible ..... Carla Benn, Health Visitor, Wethercombe 0-19 Team
   Timeframe ....... by 18/07/2025
   Evidence of change

 ITEM 5.05                                          links to: OC-1 OC-3
   Task ............ Clear the kitchen and the children's bedroom, make up
                     Lacey's own bed with the new bedding from the Family
                     Hub, and keep food in for breakfast and tea
   Responsible ..... Donna Ockendon (mother)
   Timeframe ....... by 11/07/2025, then kept up every week
   Evidence of change  improvement in home conditions

 ITEM 5.06                                               links to: OC-2
   Task ............ Check in with Reece every Monday morning: how was the
                     weekend, who made tea, did he get to bed
   Responsible ..... Mr Ian Coldwell, DSL, Holm Lane Primary School
   Timeframe ....... every Monday in term time
   Evidence of change  DSL log of what Reece says; anything about home
                     emailed to the SW the same day

 ITEM 5.07                                               links to: OC-1
   Task ............ Tell the SW the same day if Donna is seen under the
                     influence of alcohol when she drops off or collects
                     either child
   Responsible ..... Core group
   Timeframe ....... same day
   Evidence of change  each report logged on both children's records with
                     the date, time and who saw it

 ITEM 5.08                                               links to: OC-3
   Task ............ Lacey to start her 15 funded hours at Little Wrens
                     Nursery (Monday, Wednesday and Friday mornings)
   Responsible .....
   Timeframe ....... from 01/09/2025, three mornings a week
   Evidence of change  nursery register shows Lacey in on all three
                     mornings

 ITEM 5.09                                               links to: OC-3
   Task ............ Take Reece and Lacey for a dental check-up at Cobbold
                     Walk Dental Practice and follow through any treatment
                     Lacey needs
   Responsible ..... Donna Ockendon (mother)
   Timeframe .......
   Evidence of change  letter from the dental practice seen by the SW


S6  CONTINGENCY

    If the situation at home gets worse or the plan is not being followed,
    the SW will discuss the case with her team manager and the core group
    will meet to decide what further action is needed.


S7  ESCALATION

    If there has not been enough progress towards OC-1 to OC-3 by the core
    group on 02/09/2025, Megan Tull will ask the team manager to hold a
    legal planning meeting.


S8  MEETINGS

    Core group ...... every 4 weeks at Holm Lane Primary, 9.30am:
                      08/07/2025 (held), 05/08/2025, 02/09/2025
    Review CPC ...... to be confirmed by the conference unit


-----------------------------------------------------------------------
 End of extract. 9 plan items shown. Items owned by other agencies are
 shown so that you can see the whole plan; only the allocated SW can
 change them. Questions to Megan Tull, 01632 960 318.
=======================================================================
""",
    "findings": [
        F("T002", "Morning routine work at home with Donna"),
        F("M001", "Complete Lacey's developmental review (ASQ-3), including her teeth"),
        F("M002", "Clear the kitchen and the children's bedroom"),
        F("W002", "Tell the SW the same day if Donna"),
        F("W001", "Lacey to start her 15 funded hours at Little Wrens"),
        F("T001", "Take Reece and Lacey for a dental check-up"),
        F("F004"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Child-friendly version of an ICPC plan for a 10-year-old, space theme.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_whinfold_child_version_mission_arkwright.md",
    "split": "heldout",
    "actions": 8,
    "template": "child-friendly-version-md-space-mission-theme-mission-control-whos-who-mission-goals-then-crew-jobs-bold-owner-bullets-each-with-italic-mission-check-then-plan-b-and-mission-check-ins",
    "description": (
        "Exemplary child-friendly version of an initial conference plan, written by the social worker "
        "for a 10-year-old who chose a space theme (domestic abuse; father moved out). 'Crew jobs' "
        "bullets each give who, when and a 'Mission check' the child can see. Both parents' "
        "programmes report back, contact is supervised by the contact centre, the contingency has "
        "specific triggers and a refuge, a legal planning meeting follows no progress, and core group "
        "and review dates are set."
    ),
    "text": """\
# Mission: Safe at Home

## Dylan's plan – the version written for Dylan

*Whinfold Council Children's Services. This is the same plan the grown-ups agreed at the
child protection conference on Thursday 3 July 2025, written in shorter words for Dylan by
his social worker, Jess Marlow. Dylan chose the space theme. The full plan is nine pages
long; it is on Dylan's file and Mum has a copy.*

## Mission control: who's who

- **You** – Dylan Arkwright, 10, Year 5 at Corrie Lane Primary. Expert on planets and rockets.
- **Mum** – Nicola Arkwright.
- **Dad** – Craig Arkwright, who is living at Uncle Phil's flat in Brookhouse for now.
- **Jess Marlow** – your social worker. Her job is to check you are safe and to make sure everyone does their job on this plan.
- **Mrs Patel** – your learning mentor at school.
- **Kerry Doyle** – Mum's safety helper from Whinfold Domestic Abuse Service (her proper title is IDVA).
- **Nadia Farouk** – runs the Saturday visits at Brambles Contact Centre.
- **PC Sam Hollis** – a police officer who works with families where there has been hurting at home.
- **Gareth Lyle** – runs the Monday group that Dad goes to.
- **Sian** – your advocate, who can speak for you at meetings if you want her to.

## Why there is a mission

In May, Dad hurt Mum in the kitchen while you were upstairs. You heard it and rang 999,
which was a really brave thing to do. The police came and Dad had to leave the house. The
grown-ups at the meeting agreed that you need a plan to make sure home stays safe and calm,
and that when you see Dad it is safe too. This kind of plan is called a child protection plan.

## What you told us

You told Jess: "I want Dad to come to my birthday but not to live at home yet."

You said that when Mum and Dad used to shout, you went under your duvet and counted the
planets, "Mercury, Venus, Earth, all the way to Neptune, and then back again".

You said Saturdays at Brambles are "OK, but the room smells of paint and there's only baby toys".

On the safety rocket you gave home a 7 out of 10 (10 means totally safe) "because Dad isn't
there to shout, but I still listen out at night".

## Mission goals: what we want by October

- You live at home with no shouting, hurting or scary arguments, and you can give home a 9 or 10 on the safety rocket.
- You see Dad every week in a way that feels safe, and you can tell Jess or Mrs Patel honestly how it went.
- You sleep in your own bed without listening out at night, and you don't have to be the one who rings 999.

## Crew jobs

- **Jess (your social worker)** will see you on your own every two weeks, taking turns between school and home. *Mission check:* Jess writes down what you tell her, in your words, and reads it back to you before she goes.
- **Mum** will go to the Freedom Programme at Whinfold Family Centre every Wednesday morning for 12 weeks, starting on 9 July. *Mission check:* the group leader signs Mum's attendance sheet each week and sends it to Jess at the end of every month.
- **Dad** will go to the Changing Course group every Monday evening until it finishes on 27 October, to learn how to stop hurting people he loves. *Mission check:* Gareth tells Jess each month which sessions Dad came to, and writes a report for the big review meeting.
- **Nadia (Brambles Contact Centre)** will be in the room every time you see Dad, on Saturdays from 10 o'clock till 12. *Mission check:* Nadia writes notes after every visit, and Jess asks you how each one went. Nadia is also bringing some Lego and a space jigsaw.
- **Mrs Patel (your learning mentor)** will have worry time with you every Tuesday after lunch in term time. *Mission check:* she keeps a note of what you talk about, and if you tell her something about home she tells Jess the same day.
- **Kerry (Mum's safety helper)** will sit down with you and Mum by 25 July to make your own safety plan: your code word, where you go and who you ring. *Mission check:* you get a safety card to keep in your school bag, and Jess keeps a copy.
- **PC Hollis** will put an alert on your address by 11 July, so that if anyone rings 999 from home the police know to come straight away. *Mission check:* the police send Jess an email to say the alert is on.
- **Whinfold Homes** will fit a new lock on the front door and a video doorbell by 18 July. *Mission check:* Jess tries the lock and the doorbell at her next visit and writes it down.

## Plan B: if something goes wrong

If Dad comes to the house, or phones or messages Mum when he isn't allowed to, Mum will ring
999 and the police will come. Jess will talk to the police and the other grown-ups that same
day to decide how to keep you safe (this is called a strategy discussion), and the Saturday
visits will stop until it is safe to start them again.

If home isn't safe that night, Kerry will find a room for you and Mum in a safe house (a
refuge) the same day, and you will keep going to Corrie Lane Primary.

If you are worried at any time, you can tell Mrs Patel, or ring Jess on 01632 960 417. After
5pm and at weekends the out-of-hours social workers are on 01632 960 555.

## If things don't get better

If Dad keeps breaking the rules, stops going to his Monday group, or home is not feeling
safer for you by the core group on 9 September, Jess will ask her manager for a legal
planning meeting. That is a meeting with the council's lawyers to decide whether the plan
needs to go to court to keep you safe.

## Mission check-ins

- The grown-ups' team (the core group) meets every four weeks at Corrie Lane Primary at 9.30am: 15 July, 12 August and 9 September 2025. You can come to the start of any of them, or send a message with Jess or Sian.
- The big review meeting (the review child protection conference) is on Thursday 2 October 2025 at 10am at Whinfold Town Hall. Sian can come with you or speak for you.

*Written by Jess Marlow, 7 July 2025. Dylan read it with Jess on 8 July and asked for the
Lego to go in.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Health-led plan written by a hospital children's diabetes team, with a
#    red-flag table. Exemplary (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_wardenholt_diabetes_team_health_plan_marchbank.pdf",
    "doc_title": "Health-led Child Protection Plan - Keeley Marchbank",
    "split": "heldout",
    "actions": 10,
    "template": "health-led-cp-plan-paged-hospital-diabetes-team-patient-details-why-health-leads-then-no-intervention-clinician-when-recorded-as-target-table-then-red-flag-if-then-who-acts-table",
    "description": (
        "Exemplary health-led child protection plan for a 13-year-old with type 1 diabetes (medical "
        "neglect: three admissions in ketoacidosis after missed insulin), written by the hospital's "
        "children's diabetes team with the social worker. Each row of the Intervention / Clinician / "
        "When / Recorded as table has a named owner, a date or frequency and a clinical or recorded "
        "measure; the child's views, child-centred outcomes, a red-flag contingency with same-day "
        "strategy discussion, core group and review dates and a legal planning step are all there."
    ),
    "header": "Wardenholt Hospitals NHS Trust | Children's Diabetes Service | CONFIDENTIAL - safeguarding record",
    "footer": "Health-led plan - Keeley Marchbank - Hosp no. WH4471820 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Health-led Child Protection Plan"),
        ("p", "Written by the Children's Diabetes Service with Wardenholt Children's Services after the "
              "initial child protection conference on 02/07/2025. Conference agreed that most of the "
              "protective actions for Keeley are clinical, so health leads them; the social worker remains "
              "the key worker for the child protection plan as a whole."),
        ("h2", "Patient and plan details"),
        ("kv", [
            ("Patient", "Keeley Marchbank, born 14/02/2012 (13 years)"),
            ("NHS number", "999 482 6617"),
            ("Hospital number", "WH4471820"),
            ("Address", "6 Quillet Street, Wardenholt"),
            ("Parent", "Lisa Marchbank (mother). Keeley's father lives in Spain and has phone contact."),
            ("Diagnosis", "Type 1 diabetes since 2019; four injections a day; glucose sensor"),
            ("School", "Wardenholt Academy, Year 8 from September"),
            ("Child protection plan", "Initial conference 02/07/2025; category neglect"),
            ("Key worker", "Owen Gatley, social worker, Wardenholt Child Protection Team 3"),
            ("Health lead", "Holly Brannock, Paediatric Diabetes Specialist Nurse (PDSN)"),
            ("Consultant", "Dr Adaeze Mensah, consultant paediatrician (diabetes)"),
        ]),
        ("h1", "1. Why health is leading"),
        ("p", "Keeley has been admitted three times in twelve months in diabetic ketoacidosis (DKA): on "
              "11/08/2024, 27/01/2025 and 09/06/2025, the last time to the paediatric high dependency unit. "
              "Each time her pen records showed that her long-acting insulin had not been given for two to "
              "four days. She has come to 3 of her last 10 clinic appointments. Her HbA1c on 10/06/2025 was "
              "112 mmol/mol (the target is under 58). Her insulin and sensors were not collected from the "
              "pharmacy in March or April."),
        ("p", "Nobody at home has been checking Keeley's doses. Lisa worked night shifts at a care home until "
              "June and told the conference she thought Keeley \"was old enough to do it herself\". Lisa "
              "moved to day shifts from 16/06/2025 and has come to every appointment since the conference "
              "was called. She is clearly fond of Keeley and frightened by the last admission."),
        ("h1", "2. What Keeley says"),
        ("p", "Keeley (seen on her own by Holly and by Owen, 24/06/2025): \"I hate diabetes. Everyone at "
              "school knows when I do my injection and I just want to be normal.\" \"When Mum was on nights "
              "I just didn't bother with my evening one. Nobody knew.\""),
        ("p", "She would like Holly to see her at school \"at lunch, not in front of everyone\". She wants to "
              "go on the Year 8 residential in October and knows this means her numbers need to be safer. "
              "On the ward in June she told the play specialist she had been frightened \"that I'd not wake "
              "up\"."),
        ("h1", "3. What we want for Keeley by the review conference"),
        ("bullets", [
            "Keeley has every insulin dose, and has no further admission with DKA.",
            "Keeley's HbA1c comes down below 75 mmol/mol by the review conference and keeps falling.",
            "Keeley comes to every clinic, and goes on the Year 8 residential with a safe plan for her "
            "diabetes.",
            "Keeley has someone to talk to about how she feels about having diabetes.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["No.", "Intervention", "Clinician / worker", "When", "Recorded as (target)"],
            "widths": [1.1, 5.3, 3.2, 3.0, 4.4],
            "rows": [
                ["1", "Home visit: check Keeley's pens, needles, sensor and ketone strips; download the "
                      "sensor and pen data and go through it with Keeley and Lisa",
                 "PDSN Holly Brannock", "Every Thursday, 5pm",
                 "Time in range and any missed doses written in the diabetes record each week (target: no "
                 "missed long-acting doses)"],
                ["2", "Watch Keeley give her long-acting insulin at 9pm and tick the dose chart on the fridge",
                 "Lisa Marchbank (mother)", "Every evening at 9pm",
                 "Dose chart ticked every night and matched against the pen memory at the PDSN's weekly visit"],
                ["3", "Supervise Keeley's lunchtime insulin in the medical room, away from the canteen",
                 "Mrs Rana Kaur, school diabetes lead, Wardenholt Academy", "Every school day",
                 "School dose log signed each day and emailed to the PDSN every Friday"],
                ["4", "Clinic review: HbA1c, growth, injection sites, and a talk with Keeley about how the plan "
                      "is going for her",
                 "Dr Adaeze Mensah, consultant paediatrician",
                 "Every 6 weeks: 24/07/2025, 04/09/2025, 16/10/2025",
                 "HbA1c result and clinic letter sent to the SW and GP within 5 working days of each clinic "
                 "(target: under 75 mmol/mol by the review)"],
                ["5", "Book each clinic before Keeley leaves the last one, text Lisa 2 days before, and phone "
                      "the SW the same day if Keeley is not brought",
                 "Dawn Ruddle, diabetes clinic coordinator", "Every clinic appointment",
                 "Clinic attendance record (target: all clinics attended before the review)"],
                ["6", "Deliver insulin, sensors and ketone strips to the house",
                 "Harlow Road Pharmacy delivery service", "Monthly, on the first Monday",
                 "Signed delivery note copied to the PDSN each month; no gap in supplies"],
                ["7", "Sessions with Keeley on living with diabetes and how she feels about her injections",
                 "Dr Tom Fenn, clinical psychologist, paediatric psychology",
                 "Fortnightly for 12 weeks from 15/07/2025",
                 "Diabetes distress questionnaire at the first and last sessions; written summary to the "
                 "core group before the review"],
                ["8", "Carbohydrate counting refresher with Keeley and Lisa, using Keeley's own school lunches "
                      "and teas",
                 "Beth Ormsby, paediatric dietitian", "By 31/07/2025",
                 "Keeley counts the carbohydrate in three meals correctly at the session; dietitian's letter "
                 "on the record"],
                ["9", "Home visits; see Keeley on her own; check that the dose chart and supplies are in the "
                      "house",
                 "SW Owen Gatley", "Every 2 weeks; one visit a month unannounced",
                 "Visit record with Keeley's own words and what was seen of the dose chart and supplies"],
                ["10", "Write a diabetes care plan for the Year 8 residential, saying who checks each of "
                       "Keeley's doses while she is away",
                 "PDSN Holly Brannock, with Mrs Kaur", "By 26/09/2025",
                 "Residential care plan signed by the school, Lisa and Keeley; copy on the health record"],
            ],
        }),
        ("h1", "5. Red flags: what happens if"),
        ("table", {
            "header": ["If", "Then", "Who acts"],
            "widths": [5.0, 8.5, 3.5],
            "rows": [
                ["Two or more long-acting doses are missed in a week (pen memory or dose chart)",
                 "The PDSN phones Lisa that day, visits within 24 hours and tells the SW the same day. If doses "
                 "are still being missed, the SW holds a strategy discussion with health and police that day.",
                 "PDSN; SW"],
                ["Glucose above 14 with blood ketones of 1.5 or more, or Keeley is vomiting",
                 "Lisa follows the sick-day rules, rings the children's ward and brings Keeley to the "
                 "Children's Assessment Unit the same day. If Lisa cannot be reached or does not bring her, "
                 "the ward calls 999 and then the SW.",
                 "Lisa; nurse in charge, children's ward"],
                ["Keeley is admitted with DKA after missed insulin",
                 "The SW holds a strategy discussion the same day. Keeley is not discharged until a discharge "
                 "meeting has agreed who will give every dose at home, and the SW asks the team manager for a "
                 "legal planning meeting within 5 working days.",
                 "SW; Dr Mensah"],
                ["Keeley is not brought to clinic",
                 "The coordinator phones the SW the same day and the PDSN visits within 2 working days.",
                 "Clinic coordinator; PDSN"],
            ],
        }),
        ("h1", "6. Meetings"),
        ("p", "Core group every 3 weeks at Wardenholt Academy, 3.45pm: 15/07/2025, 05/08/2025, 26/08/2025 and "
              "16/09/2025. The PDSN brings the sensor and pen data to every core group."),
        ("p", "Review child protection conference: 30/09/2025, 10am, Wardenholt Civic Centre."),
        ("p", "If Keeley's HbA1c has not fallen below 90 mmol/mol by the clinic on 04/09/2025, or long-acting "
              "doses are still being missed most weeks, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days."),
        ("p", "Prepared by Holly Brannock (PDSN) and Owen Gatley (SW), 07/07/2025. Copies: Lisa Marchbank; "
              "Keeley (her own copy, gone through with Holly); Dr Mensah; Dr Priya Soames, GP, Quillet Street "
              "Surgery; Mrs Kaur; Wardenholt Children's Services."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Review conference outcome sheet: decision lines, actions closed today,
#    then the plan from today with a Carried / Amended / New column (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_winsmoor_rcpc_outcome_sheet_hartnoll.docx",
    "doc_title": "RCPC Outcome Sheet - Ellis and Mia Hartnoll",
    "split": "heldout",
    "actions": 10,
    "template": "rcpc-outcome-sheet-docx-form-sqa7-numbered-parts-tickbox-decision-lines-childrens-words-progress-outcomes-actions-closed-today-list-then-no-today-carried-amended-new-action-lead-agency-named-worker-timescale-what-will-tell-us-table",
    "description": (
        "Chair's outcome sheet from a first review conference for a 14-year-old and a 6-year-old "
        "(physical abuse by their father, who has moved out; the older child goes missing and uses "
        "cannabis; the mother has anxiety). Actions closed today are listed apart from the plan from "
        "today. The youth work is measured by 'engagement', the drug assessment has no measure, the "
        "Wellbeing Service only supports the mother, return home interviews are owned by "
        "'Professionals working with Ellis', and the counselling is 'as and when required'. One outcome "
        "is the father's; grandfather and aunt carry contact and after-school care with no fallback; "
        "nothing leads to legal planning."
    ),
    "blocks": [
        ("pr", "Winsmoor Metropolitan Borough Council"),
        ("pr", "Safeguarding and Quality Assurance Unit"),
        ("title", "Review Child Protection Conference – Outcome Sheet"),
        ("p", "Form SQA-7. Completed by the chair at the end of conference and sent to everyone invited within "
              "1 working day. The full minutes follow within 15 working days."),
        ("h2", "Part 1 – Conference"),
        ("kv", [
            ("Children", "Ellis Hartnoll, born 21/03/2011 (14), Year 9, Winsmoor Academy; "
                         "Mia Hartnoll, born 09/09/2018 (6), Year 2, Tenter Lane Primary"),
            ("Address", "41 Tenter Lane, Winsmoor"),
            ("Mother", "Stacey Hartnoll"),
            ("Father", "Gary Hartnoll, living at 7 Foundry Court since 28/03/2025"),
            ("Conference", "First review child protection conference, 08/07/2025 (initial conference 10/04/2025)"),
            ("Chair", "Imran Qureshi"),
            ("Social worker", "Beth Carraway, Safeguarding Team West"),
        ]),
        ("h2", "Part 2 – Decision"),
        ("p", "☒ Ellis and Mia remain subject to a child protection plan     ☐ The plan ends"),
        ("p", "Category: physical abuse (both children) – unchanged."),
        ("p", "All agencies present agreed. Stacey agreed with the decision. Gary disagreed that the plan "
              "should continue for Ellis and asked for his view to be recorded."),
        ("h2", "Part 3 – What Ellis and Mia told us"),
        ("p", "Ellis, through his advocate Rhian Vaughan (Winsmoor Young People's Advocacy): \"Dad hasn't "
              "touched me since he moved out, but I don't trust him yet. Sundays at Grandad's are alright "
              "because Grandad doesn't let him kick off.\" He said he stays out late \"because home is boring "
              "and my mates are out\", and that he smokes weed \"to chill out, not loads\"."),
        ("p", "Mia (seen alone by the SW at school, 01/07/2025): \"I like it when Auntie Lorraine picks me up, "
              "she lets me have fish fingers.\" She still has bad dreams \"about the shouting\" and comes into "
              "Mum's bed most nights. She drew Dad \"with a sad face because he had to live somewhere else\"."),
        ("h2", "Part 4 – Progress since the initial conference"),
        ("p", "There have been no further injuries to either child and no police call-outs to Tenter Lane since "
              "Gary moved out. Gary has been to 10 of 11 sessions of his programme. Ellis has been reported "
              "missing four times since April, the latest on 29/06/2025, when he was found in the town centre "
              "at 1am. Stacey has been diagnosed with generalised anxiety by her GP and has panic attacks, "
              "mostly when Ellis is out late; she is on the waiting list for group therapy."),
        ("h2", "Part 5 – Outcomes for the children (revised today)"),
        ("bullets", [
            "Ellis and Mia are not hit, grabbed or hurt by any adult, at home or during contact.",
            "Ellis is home by 10pm and the adults know where he is when he is out.",
            "Mia feels safe enough to talk about home and sleeps in her own bed without nightmares.",
            "Gary will learn to manage his anger and control his temper.",
        ]),
        ("h2", "Part 6 – Actions closed today"),
        ("bullets", [
            "Police investigation into the assault on Ellis – concluded 20/05/2025; Gary received a conditional "
            "caution. Closed.",
            "Gary's move to Foundry Court – completed. Closed.",
            "School nurse health assessment for Mia – completed 14/05/2025. Closed.",
        ]),
        ("h2", "Part 7 – The plan from today"),
        ("table", {
            "header": ["No.", "Today", "Action", "Lead (agency – named worker)", "Timescale",
                       "What will tell us it is working"],
            "widths": [1.0, 1.7, 4.7, 3.3, 2.6, 3.7],
            "rows": [
                ["1", "Carried", "Home visits; see Ellis and Mia separately and on their own, and ask each of "
                                 "them about contact with Dad",
                 "Children's Social Care – Beth Carraway (SW)", "Every 2 weeks; one in four unannounced",
                 "Visit records with each child's own words; both children seen alone at every visit"],
                ["2", "Amended", "Supervise Gary's time with Ellis and Mia at Pete's house; Gary does not take "
                                 "either child out on his own",
                 "Pete Dunmore (maternal grandfather)", "Every Sunday, 1pm to 4pm",
                 "Contact book signed by Pete and Gary after every contact; SW reads it at each visit"],
                ["3", "New", "Collect Mia from school and give her tea until Stacey finishes work at 6pm",
                 "Lorraine Dunmore (maternal aunt)", "Tuesdays and Thursdays, term time",
                 "School collection log shows Mia handed to Lorraine"],
                ["4", "Carried", "Attend the Fathers Forward programme, including the sessions on discipline "
                                 "without hitting",
                 "Gary Hartnoll; facilitator Dean Rowe, Winsmoor Family Safety Service",
                 "Every Wednesday evening until 24/09/2025",
                 "Attendance sheet to the SW monthly; end-of-programme report to the next review conference"],
                ["5", "Carried", "Weekly one-to-one sessions with Ellis on anger, friendships and staying safe "
                                 "when he is out late",
                 "Winsmoor Youth Service – Kyle Ashby (youth worker)", "Every Thursday, 6pm",
                 "Ellis's engagement with the youth worker"],
                ["6", "New", "Complete a drug and alcohol assessment with Ellis about his cannabis use",
                 "Compass Young People's Substance Service – Nat Greer", "By 15/08/2025", ""],
                ["7", "Carried", "Support sessions for Stacey for her anxiety and panic attacks",
                 "Winsmoor Wellbeing Service (NHS Talking Therapies) – Amy Cole, psychological wellbeing "
                 "practitioner",
                 "Fortnightly",
                 "Sessions attended, recorded on the Wellbeing Service record and shared with the SW monthly"],
                ["8", "Amended", "Report Ellis missing to the police if he is not home by 10pm, and tell the "
                                 "SW the next morning",
                 "Stacey Hartnoll", "By 10pm on any night Ellis is not home",
                 "Police log number given to the SW for every missing episode"],
                ["9", "New", "Return home interview with Ellis after every missing episode",
                 "Professionals working with Ellis", "Within 72 hours of Ellis coming home",
                 "Interview record shared with the SW and with Ellis's youth worker"],
                ["10", "Carried", "Sessions for Mia with the school counsellor on worries and sleep",
                 "Mrs Gwen Hughes, school counsellor, Tenter Lane Primary", "As and when required",
                 "Counsellor's notes of what Mia says; anything about home passed to the DSL and SW the same "
                 "day"],
            ],
        }),
        ("h2", "Part 8 – Contingency"),
        ("p", "If Gary comes to Tenter Lane, takes either child away from contact, or either child has a mark "
              "or says they have been hit, Stacey (or whoever is told) will ring the police and the SW, or the "
              "emergency duty team out of hours, and the SW will hold a strategy discussion the same day. "
              "Contact will stop until a new risk assessment has been completed. If Ellis is missing overnight "
              "and is thought to be with older young people in the town centre, the SW will call a strategy "
              "discussion with the police exploitation team the next working day."),
        ("h2", "Part 9 – Next meetings"),
        ("p", "Core group every 4 weeks at Tenter Lane Primary, 3.30pm: 05/08/2025, 02/09/2025, 30/09/2025, "
              "28/10/2025, 25/11/2025 and 16/12/2025."),
        ("p", "Second review child protection conference: 06/01/2026, 10am, Winsmoor Civic Centre, Room 2."),
        ("p", "Chair: Imran Qureshi – 08/07/2025. Distribution: parents (separately), all agencies invited, "
              "Rhian Vaughan (advocate)."),
    ],
    "findings": [
        F("F002", "Gary will learn to manage his anger and control his temper."),
        F("M002", "Weekly one-to-one sessions with Ellis on anger, friendships"),
        F("M001", "Complete a drug and alcohol assessment with Ellis"),
        F("H001", "Support sessions for Stacey for her anxiety and panic attacks"),
        F("W002", "Return home interview with Ellis after every missing episode"),
        F("T002", "Sessions for Mia with the school counsellor on worries"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. French/English family copy of an ICPC plan, both languages in every
#    cell. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_wrangdale_french_english_family_copy_mbuyi.md",
    "split": "heldout",
    "actions": 8,
    "template": "bilingual-english-french-family-copy-md-slash-headings-translator-note-details-table-paragraphs-in-english-then-french-italic-then-five-column-table-each-cell-english-slash-french-italic",
    "description": (
        "Exemplary translated family copy of an initial conference plan for an 8-year-old and a "
        "10-month-old (physical abuse: belt marks; father moved out), with English and French in every "
        "heading, paragraph and table cell. Every action has a named owner, a date or frequency and an "
        "observable measure; the father's programme reports back, contact is supervised at the family "
        "centre, the contingency is specific, legal planning follows no progress, and core group and "
        "review dates are set."
    ),
    "text": """\
# Child protection plan – family copy in English and French
# Plan de protection de l'enfant – exemplaire pour la famille, en anglais et en français

*Wrangdale City Council – Children's Services / Conseil municipal de Wrangdale – Services à l'enfance*

*This copy was translated by Wrangdale Interpreting Service (ref. WIS-4471) so that Chantal and
Patrick can read the plan in French. If the two languages ever seem to say different things,
please ask Rachel: the English plan agreed at conference is the one that counts.*

*Cette copie a été traduite par le Service d'interprétariat de Wrangdale (réf. WIS-4471) pour que
Chantal et Patrick puissent lire le plan en français. Si les deux langues semblent dire des choses
différentes, demandez à Rachel : c'est le plan en anglais, adopté à la conférence, qui compte.*

## Details / Informations

| | |
|---|---|
| Children / Enfants | Grâce Mbuyi, 8 (born / née le 12/05/2017), Year 3 / CE2, St Bernadette's Primary; Daniel Mbuyi, 10 months / 10 mois (born / né le 30/08/2024) |
| Parents | Chantal Mbuyi (mother / mère); Patrick Mbuyi (father / père), living with his cousin in Wrangdale since 03/06/2025 / hébergé chez son cousin à Wrangdale depuis le 03/06/2025 |
| Conference / Conférence | Initial child protection conference, 17/06/2025 / Conférence initiale de protection de l'enfant, 17/06/2025 |
| Category / Catégorie | Physical abuse / Maltraitance physique |
| Social worker / Assistante sociale | Rachel Nsimba (speaks French / parle français) |
| Interpreter / Interprète | Lingala or French at every meeting / Lingala ou français à chaque réunion |

## Why there is a plan / Pourquoi il y a un plan

On 2 June 2025 Grâce's teacher saw marks on the back of her legs. Grâce said her dad had hit
her with a belt because she had lost her reading book. The police and the social worker spoke
to the family the same day. Patrick said that this is how he was disciplined as a child, and
that he did not know that hitting a child hard enough to leave marks is a crime in England.
He agreed to move out while the police make their enquiries. Chantal has not hit the children.
Daniel has no marks and is developing well.

*Le 2 juin 2025, l'institutrice de Grâce a vu des marques à l'arrière de ses jambes. Grâce a dit
que son papa l'avait frappée avec une ceinture parce qu'elle avait perdu son livre de lecture.
La police et l'assistante sociale ont parlé à la famille le jour même. Patrick a expliqué que
c'est ainsi qu'il a été corrigé quand il était enfant, et qu'il ne savait pas que frapper un
enfant au point de laisser des marques est un délit en Angleterre. Il a accepté de quitter le
domicile pendant l'enquête de police. Chantal n'a pas frappé les enfants. Daniel n'a aucune
marque et se développe bien.*

## What Grâce says, and how Daniel is / Ce que dit Grâce, et comment va Daniel

Grâce talked to Rachel at school on 10/06/2025, in French and English: "I love Papa but I
don't like the belt. I want him to come home when he has stopped being angry." She feels "a
bit scared" when she gets something wrong at school, in case Papa hears about it. She drew her
family in their church clothes with Daniel in the middle "because he's the baby", and asked if
she can still see Papa at weekends.

*Grâce a parlé avec Rachel à l'école le 10/06/2025, en français et en anglais : « J'aime Papa
mais je n'aime pas la ceinture. Je veux qu'il revienne à la maison quand il ne sera plus en
colère. » Elle a « un peu peur » quand elle se trompe à l'école, au cas où Papa l'apprendrait.
Elle a dessiné sa famille en habits du dimanche, avec Daniel au milieu « parce que c'est le
bébé », et elle a demandé si elle peut toujours voir Papa le week-end.*

Daniel was seen by the health visitor on 12/06/2025. He crawls, babbles, and reaches for
Chantal and for Grâce. He was clean and well dressed, and his weight is on the 50th centile.

*La puéricultrice a vu Daniel le 12/06/2025. Il marche à quatre pattes, babille et tend les bras
vers Chantal et vers Grâce. Il était propre et bien habillé, et son poids est sur le 50e centile.*

## What we want for Grâce and Daniel / Ce que nous voulons pour Grâce et Daniel

- Grâce and Daniel are never hit, and the adults use rules and rewards instead of punishments that hurt. / *Grâce et Daniel ne sont jamais frappés, et les adultes utilisent des règles et des récompenses au lieu de punitions qui font mal.*
- Grâce sees her dad every week in a way that feels safe to her, and can say how it went. / *Grâce voit son papa chaque semaine d'une manière où elle se sent en sécurité, et peut dire comment cela s'est passé.*
- Grâce stops being afraid of getting things wrong at school. / *Grâce n'a plus peur de se tromper à l'école.*
- Daniel keeps growing and developing well, and has his own cot in a home big enough for the family. / *Daniel continue de grandir et de bien se développer, et il a son propre lit dans un logement assez grand pour la famille.*

## The plan / Le plan

| No. | What will happen / Ce qui va se passer | Who / Qui | When / Quand | How we will know / Comment nous le saurons |
|---|---|---|---|---|
| 1 | Visit Grâce and Daniel at home, and see Grâce on her own at school, in French or English as Grâce chooses / *Rendre visite à Grâce et Daniel à la maison, et voir Grâce seule à l'école, en français ou en anglais selon son choix* | Rachel Nsimba, social worker / *assistante sociale* | Every 2 weeks / *Toutes les 2 semaines* | Visit notes with Grâce's own words at every visit / *Notes de visite avec les propres mots de Grâce à chaque visite* |
| 2 | Go to the Fathers' Circle programme, with an interpreter, on bringing up children without hitting / *Suivre le programme « Cercle des pères », avec un interprète, sur l'éducation des enfants sans les frapper* | Patrick Mbuyi; group leader Samuel Okoye reports to Rachel / *le responsable du groupe, Samuel Okoye, fait le point avec Rachel* | Every Tuesday evening, 08/07/2025 to 23/09/2025 / *Chaque mardi soir, du 08/07/2025 au 23/09/2025* | Attendance sheet sent to Rachel every month, and a written progress report for the review conference / *Feuille de présence envoyée à Rachel chaque mois, et un rapport écrit pour la conférence de révision* |
| 3 | Supervise Patrick's time with Grâce and Daniel at Wrangdale Family Centre / *Superviser le temps que Patrick passe avec Grâce et Daniel au Centre familial de Wrangdale* | Marie-Claire Bonsu, contact supervisor, Wrangdale Family Centre / *superviseure des visites* | Every Saturday, 10am to 12 noon / *Chaque samedi, de 10 h à midi* | Written notes after every session; Rachel asks Grâce how it went / *Notes écrites après chaque séance ; Rachel demande à Grâce comment cela s'est passé* |
| 4 | Six sessions at home with Chantal on routines, rewards and calm ways of setting rules for Grâce / *Six séances à la maison avec Chantal sur les routines, les récompenses et des façons calmes de poser des règles à Grâce* | Aminata Diallo, family support worker, in French / *intervenante familiale, en français* | Weekly from 07/07/2025 / *Chaque semaine à partir du 07/07/2025* | Grâce's reward chart on the fridge, seen by Rachel at each visit; notes of each session sent to Rachel / *Le tableau de récompenses de Grâce sur le frigo, vu par Rachel à chaque visite ; notes de chaque séance envoyées à Rachel* |
| 5 | Check on Grâce every Monday and ask about her weekend; if a mark is seen, follow the school's procedure / *Voir Grâce chaque lundi et lui demander comment s'est passé son week-end ; si une marque est vue, suivre la procédure de l'école* | Mrs Joanne Feeney, DSL, St Bernadette's Primary / *responsable de la protection de l'enfance à l'école* | Every Monday in term time / *Chaque lundi pendant l'année scolaire* | DSL log; any mark or worry reported to Rachel the same day / *Registre de la responsable ; toute marque ou inquiétude signalée à Rachel le jour même* |
| 6 | Daniel's 9 to 12 month review, with a French interpreter / *Bilan des 9-12 mois de Daniel, avec un interprète français* | Claire Ashdown, health visitor / *puéricultrice* | By 31/07/2025 / *Avant le 31/07/2025* | Weight and development written in Daniel's red book, with a copy to Rachel / *Poids et développement notés dans le carnet rouge de Daniel, avec une copie pour Rachel* |
| 7 | Assess the family for a bigger home: Grâce shares a bed with her mother and there is no room for Daniel's cot / *Évaluer la demande de la famille pour un logement plus grand : Grâce partage le lit de sa mère et il n'y a pas de place pour le lit de Daniel* | Tom Reilly, Housing Options officer, Wrangdale City Council / *agent du service logement* | Decision by 15/08/2025 / *Décision avant le 15/08/2025* | Housing decision letter, with a copy to Rachel / *Lettre de décision du service logement, avec une copie pour Rachel* |
| 8 | Book a Lingala or French interpreter for every meeting with Chantal and Patrick / *Réserver un interprète lingala ou français pour chaque réunion avec Chantal et Patrick* | Rachel Nsimba | At least 5 working days before each meeting / *Au moins 5 jours ouvrables avant chaque réunion* | Interpreter's name on every meeting record / *Nom de l'interprète sur chaque compte rendu de réunion* |

## If things go wrong / Si les choses tournent mal

If Grâce or Daniel has a mark that nobody can explain, Grâce says she has been hit, or Patrick
comes to the family home outside the Saturday sessions, Chantal or the school will ring the
police and Rachel (out of hours, the emergency duty team on 01632 960 233). Rachel will hold a
strategy discussion with the police the same day, and the Saturday sessions will stop until a
new risk assessment has been done. If Chantal cannot keep Patrick away from the home, Grâce and
Daniel will stay with approved foster carers that night.

*Si Grâce ou Daniel a une marque que personne ne peut expliquer, si Grâce dit qu'elle a été
frappée, ou si Patrick vient au domicile en dehors des séances du samedi, Chantal ou l'école
appellera la police et Rachel (en dehors des heures de bureau, l'équipe d'urgence au 01632 960
233). Rachel organisera une réunion de stratégie avec la police le jour même, et les séances du
samedi s'arrêteront jusqu'à ce qu'une nouvelle évaluation des risques soit faite. Si Chantal ne
peut pas tenir Patrick à l'écart du domicile, Grâce et Daniel seront accueillis par une famille
d'accueil agréée le soir même.*

If Patrick stops going to the Fathers' Circle, if either child is hit again, or if Grâce is
still frightened of being punished by the core group on 26/08/2025, Rachel will ask her
manager for a legal planning meeting within 5 working days.

*Si Patrick arrête d'aller au « Cercle des pères », si l'un des enfants est de nouveau frappé,
ou si Grâce a toujours peur d'être punie au moment du groupe de suivi du 26/08/2025, Rachel
demandera à sa responsable une réunion de planification juridique dans les 5 jours ouvrables.*

## Meetings / Réunions

- Core group every 4 weeks at St Bernadette's Primary, 3.30pm: 01/07/2025, 29/07/2025 and 26/08/2025. / *Groupe de suivi (core group) toutes les 4 semaines à l'école St Bernadette's, à 15 h 30 : 01/07/2025, 29/07/2025 et 26/08/2025.*
- Review child protection conference: 11/09/2025 at 10am, Wrangdale Civic Centre. / *Conférence de révision : 11/09/2025 à 10 h, Centre civique de Wrangdale.*

*Translated 25/06/2025. Checked with Chantal and Patrick, separately, with Rachel and an
interpreter on 27/06/2025. / Traduit le 25/06/2025. Relu avec Chantal et Patrick, séparément,
avec Rachel et un interprète le 27/06/2025.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Scottish Child's Plan after a Child Protection Planning Meeting (CPPM),
#    with a My World summary grid. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_wellmuir_cppm_childs_plan_mcbratney.docx",
    "doc_title": "Child's Plan (Child Protection) - Orla and Finn McBratney",
    "split": "heldout",
    "actions": 9,
    "template": "scottish-childs-plan-cp-docx-after-cppm-parts-1-to-8-headerless-registration-grid-named-person-per-child-my-world-three-column-summary-then-ref-outcome-no-action-responsible-person-agency-start-how-often-complete-by-measure-of-progress-table-ird-contingency-legal-advice-and-reporter",
    "description": (
        "Exemplary Scottish Child's Plan agreed at an initial Child Protection Planning Meeting for a "
        "6-year-old and a 2-year-old (domestic abuse; father's drinking; father on bail away from "
        "home). Registration grid, the child's words and the toddler's days, a My World summary, "
        "outcomes tagged by wellbeing indicator, then an action table with Ref / Outcome / Action / "
        "Responsible person / Start, how often, complete by / Measure of progress. The recovery service "
        "tests and reports, contact is supervised by the family centre, granny's Friday overnight has "
        "a fallback, the contingency calls an IRD the same day, legal advice and a referral to the "
        "Reporter follow no progress, and core group and review CPPM dates are set."
    ),
    "blocks": [
        ("pr", "Wellmuir Council – Children and Families Social Work"),
        ("pr", "with NHS Strathcarron and Police Scotland (Wellmuir)"),
        ("title", "Child's Plan – Child Protection"),
        ("p", "Agreed at the initial Child Protection Planning Meeting (CPPM) on 24 June 2025. This is the "
              "single plan for each child. It replaces the Child's Plan of 14 March 2025, made when Orla and "
              "Finn were supported by their Named Persons without social work involvement."),
        ("h1", "Part 1 – Children and registration"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Children", "Orla McBratney, born 02/05/2019 (6), P2, Wellmuir Primary\n"
                             "Finn McBratney, born 11/03/2023 (2), Little Acorns Nursery (funded place)"],
                ["Home", "14 Tolbooth Wynd, Wellmuir"],
                ["Mother", "Kirsty McBratney"],
                ["Father", "Stevie McBratney – staying with his brother at 3 Kiln Road since 30/05/2025; bail "
                           "conditions not to go to Tolbooth Wynd"],
                ["Registered", "24/06/2025 – both children placed on the child protection register"],
                ["Concerns identified", "Domestic abuse; parental alcohol use"],
                ["Lead professional", "Eilidh Rankin, social worker, Wellmuir Children and Families (East)"],
                ["Named Person", "Orla: Mrs Fiona Baird, depute head teacher, Wellmuir Primary\n"
                                 "Finn: Gemma Tait, health visitor, Wellmuir Health Centre"],
                ["CPPM chair", "Alasdair Munro, Child Protection Reviewing Officer"],
            ],
        }),
        ("h1", "Part 2 – Why Orla and Finn are on the register"),
        ("p", "On 29 May 2025 a neighbour called the police to Tolbooth Wynd at 11.40pm. Stevie, who had been "
              "drinking since the afternoon, had pushed Kirsty against the kitchen door hard enough to break "
              "the panel. Orla was standing on the stairs and Finn was crying in his cot. This was the fourth "
              "police attendance since October 2024, and Stevie has been charged. He told the social worker "
              "he drinks \"most nights, a few cans, and a half bottle at the weekend\". Kirsty said she had "
              "hidden how bad things were because she was frightened of the children being taken away."),
        ("h1", "Part 3 – What Orla says, and what we see of Finn's days"),
        ("p", "Orla (with Eilidh at school, 17/06/2025, using the three houses): \"In my house of worries I put "
              "Daddy shouting and the door breaking. In my house of good things I put Granny's on Fridays and "
              "my rabbit Biscuit. In my house of dreams Daddy doesn't drink beer and we all go to the beach at "
              "Portcraig.\" She wants to see her dad \"but not when he's smelly of beer\". She calls the night "
              "the police came \"the loud night\"."),
        ("p", "Finn is two and says about twenty words. At nursery he has started hiding under the table when "
              "staff raise their voices at tidy-up time. At home visits he brings his cars to Kirsty, eats "
              "well and goes to sleep in his own cot after his story. Gemma saw him on 19/06/2025: his weight "
              "is on the 50th centile and his talking is a little behind for his age."),
        ("h1", "Part 4 – Assessment summary (My World Triangle)"),
        ("table", {
            "header": ["How I grow and develop", "What I need from the people who look after me",
                       "My wider world"],
            "rows": [
                ["Orla is healthy, reads above her age and has friends. She is jumpy and tired on Mondays. "
                 "Finn is growing well; his speech is behind and he hides when voices are raised.",
                 "Kirsty is warm and organised and the house is well kept. Stevie loves the children, but his "
                 "drinking and violence have frightened them and put them at risk. Kirsty has found it hard to "
                 "keep Stevie away in the past.",
                 "Granny Margaret lives ten minutes away and sees the children every week. The family rent "
                 "from Wellmuir Housing; the tenancy is secure. Kirsty works part time at the pharmacy."],
            ],
        }),
        ("h1", "Part 5 – What we want for Orla and Finn"),
        ("bullets", [
            "Outcome 1 (Safe): Orla and Finn live in a home where nobody is hurt, threatened or frightened, "
            "and Orla tells us she feels safe at home.",
            "Outcome 2 (Safe, Nurtured): Orla and Finn only see their dad when he is sober, and their time "
            "with him is safe and happy.",
            "Outcome 3 (Healthy, Achieving): Finn's talking catches up, and he no longer hides when voices are "
            "raised.",
            "Outcome 4 (Included): Orla keeps going to school every day and keeps her Fridays with Granny.",
        ]),
        ("h1", "Part 6 – Action plan"),
        ("table", {
            "header": ["Ref", "Outcome", "Action", "Responsible person (agency)", "Start / how often / complete by",
                       "Measure of progress"],
            "widths": [1.0, 1.4, 4.6, 3.4, 2.8, 3.8],
            "rows": [
                ["A1", "1, 2", "Visit Orla and Finn at home, see Orla on her own at home or at school, and see "
                               "Finn awake",
                 "Eilidh Rankin, lead professional (Children and Families)",
                 "Every 2 weeks from 25/06/2025; at least one visit a month unannounced",
                 "Visit records with Orla's words and what was seen of Finn's care at every visit"],
                ["A2", "1, 4", "Check in with Orla each Monday using her feelings fan, and pass on anything she "
                               "says about home",
                 "Mrs Fiona Baird, Named Person (Wellmuir Primary)", "Every Monday in term",
                 "Wellbeing log kept by Mrs Baird; anything about home emailed to the lead professional the "
                 "same day"],
                ["A3", "3", "Finn's 27–30 month review with a language screen, and a referral to speech and "
                            "language therapy if he is behind",
                 "Gemma Tait, health visitor (Named Person for Finn)",
                 "Review by 31/07/2025; referral within 5 working days of the review if needed",
                 "Review results and any referral letter copied to the lead professional"],
                ["A4", "1, 2", "Weekly key work with Stevie on his drinking, with a breath test at each "
                               "session, and a written report before each core group on whether he is staying "
                               "sober and what that means for his contact with the children",
                 "Ross Galbraith, recovery worker, Wellmuir Alcohol and Drug Recovery Service",
                 "Weekly; report 3 working days before each core group",
                 "Breath test readings and the written report read at every core group"],
                ["A5", "1", "Attend the Brightwater programme for men who have been abusive to a partner",
                 "Stevie McBratney; group worker Calum Dow reports to the lead professional",
                 "Every Wednesday evening, 02/07/2025 to 17/09/2025",
                 "Attendance sent to the lead professional monthly; end-of-programme report to the core group"],
                ["A6", "2", "Supervise Stevie's time with Orla and Finn at the family centre, with a breath "
                            "test before each session",
                 "Lorna Heggie, family support worker, Wellmuir Family Centre",
                 "Tuesdays and Saturdays, 2pm to 4pm",
                 "Contact record after every session, with the breath test reading; any session stopped is "
                 "reported to the lead professional that day"],
                ["A7", "1", "Safety planning with Kirsty, including what Orla does and who she phones if her dad "
                            "comes to the house",
                 "Shona Lennox, outreach worker, Wellmuir Women's Aid",
                 "By 11/07/2025, then looked at again every month",
                 "Written safety plan held by Kirsty, with a copy on the children's file; Orla's safety card "
                 "kept in her school bag"],
                ["A8", "1", "Share any Vulnerable Persons Database concern report about the household with the "
                            "lead professional",
                 "DS Mairi Campbell, Public Protection Unit, Police Scotland (Wellmuir)",
                 "By the next working day after any incident",
                 "VPD reference entered on the children's chronology"],
                ["A9", "4", "Have Orla and Finn to stay every Friday night, so that they keep their Fridays at "
                            "Granny's and Kirsty gets a rest",
                 "Margaret Reid (maternal granny)", "Every Friday, 5pm to Saturday 11am",
                 "Family diary kept at Granny's and read by the lead professional at each visit; Orla's account "
                 "of her Fridays recorded at visits"],
            ],
        }),
        ("h1", "Part 7 – Contingency"),
        ("p", "If Stevie comes to Tolbooth Wynd, contacts Kirsty against his bail conditions, or arrives at the "
              "family centre smelling of drink or over the limit, Kirsty or the family support worker will "
              "call the police, and the lead professional (or the standby social work service out of hours) "
              "will hold an Inter-agency Referral Discussion (IRD) with police and health the same day. Contact "
              "will stop until it has been reassessed."),
        ("p", "If Kirsty lets Stevie back into the house, or cannot keep the children away from him, Orla and "
              "Finn will go to stay with Margaret Reid that day. If Margaret cannot have them, they will be "
              "placed together with foster carers that night."),
        ("p", "If Margaret cannot have the children on a Friday, the overnight does not go ahead with anyone "
              "else, and Lorna Heggie will offer Kirsty a Saturday morning session at the family centre instead."),
        ("p", "If Stevie has two positive breath tests before contact, breaches his bail, or there is no real "
              "change for the children by the core group on 02/09/2025, the lead professional will seek legal "
              "advice from the council's solicitor and make a referral to the Children's Reporter within 5 "
              "working days."),
        ("h1", "Part 8 – Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Wellmuir Primary, 9.30am: 08/07/2025, 05/08/2025, 02/09/2025, "
            "30/09/2025, 28/10/2025 and 25/11/2025.",
            "Review Child Protection Planning Meeting: 16/12/2025, 10am, Wellmuir Council Offices, Tolbooth Street.",
        ]),
        ("p", "Plan sent on 26/06/2025 to Kirsty and to Stevie (separately), to Margaret Reid and to every "
              "agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Landscape case-system print of a baby's plan, printed for the council
#    the family is moving to (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b50_waddesley_casebook_plan_print_quance.pdf",
    "doc_title": "CaseBook plan print - Harley Quance",
    "split": "heldout",
    "actions": 10,
    "template": "cp-plan-case-system-print-paged-landscape-header-block-kv-concerns-lived-experience-coded-outcomes-then-seq-intervention-assigned-worker-team-planned-start-planned-end-success-indicator-status-table-printed-for-receiving-council",
    "landscape": True,
    "description": (
        "Landscape print of a 4-month-old's child protection plan from the council's case system, made "
        "for the council the family is moving to (neglect: weight loss; mother a care leaver with "
        "postnatal depression; father's cannabis use and violence). Columns Intervention / Assigned "
        "worker / Team / Planned start / Planned end / Success indicator / Status. Visits carry on to the "
        "transfer-in conference, but the parenting assessment is on hold for the new council with no "
        "date and the Family Nurse Partnership referral is left to them; the perinatal nurse only "
        "supports, measured by 'mood stable'; the father's drug assessment has no indicator; nobody "
        "owns the cot. One outcome is the mother's, and the review conference is left to the new "
        "council."
    ),
    "header": "CaseBook | Waddesley Borough Council | Children's Social Care | RESTRICTED",
    "footer": "Printed 10/07/2025 14:02 by TRANSFER.DUTY | Plan ref CP-55183 | Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – print of current version"),
        ("kv", [
            ("Plan ref", "CP-55183, version 3 (updated at core group 08/07/2025)"),
            ("Child", "Harley Quance, born 02/03/2025 (4 months), person ID 7718294"),
            ("Address", "Flat 12, Maltings Court, Waddesley – tenancy ends 01/08/2025"),
            ("Mother", "Jade Quance (19), care leaver; personal adviser Nathan Birch, Waddesley Leaving Care"),
            ("Father", "Connor Lyle (22), does not live with Jade; visits"),
            ("Category", "Neglect"),
            ("Initial conference", "21/05/2025"),
            ("Allocated worker", "Sophie Rudge, Family Safeguarding Team 2"),
            ("Transfer", "Jade has accepted a flat from Askerby Metropolitan Council and moves on 01/08/2025. "
                         "Transfer-in request sent to Askerby Children's Services on 04/07/2025."),
            ("Printed for", "Askerby Children's Services, transfer-in team"),
        ]),
        ("h2", "Summary of concerns"),
        ("p", "Jade was diagnosed with postnatal depression in April; she takes sertraline and is under the "
              "Waddesley Perinatal Mental Health Team. Harley's weight fell from the 50th to the 9th centile "
              "between 6 and 12 weeks. On two visits there was no formula in the flat and Jade had been "
              "stretching feeds to make it last. Connor has been arrested twice for possession of cannabis, "
              "and on 12/05/2025 he punched the wall next to Jade while she was holding Harley. Jade has no "
              "family nearby; she left foster care at 18 and phones her former foster carer, Brenda Mayhew, "
              "most days."),
        ("h2", "Child's lived experience"),
        ("p", "Harley is a smiley baby who watches faces closely and quietens when Jade sings to him. On days "
              "when Jade is low he is left in his bouncer for long stretches, and his nappy has been very wet "
              "at visits. Since his feeds have been timed he has started to gain weight again (02/07/2025: "
              "between the 9th and 25th centiles). He startles at loud noises, and cried for a long time after "
              "Connor shouted at the door during the SW's visit on 19/06/2025."),
        ("h2", "Outcomes"),
        ("bullets", [
            "O1 Harley is fed at least every 3 to 4 hours, gains weight and is back on the 25th centile by his "
            "6-month check.",
            "O2 Harley lives in a home where there is no violence and nobody uses drugs around him.",
            "O3 Jade will feel confident to manage her own tenancy and budget.",
        ]),
        ("h2", "Plan tasks"),
        ("table", {
            "header": ["Seq", "Intervention", "Assigned worker", "Team / agency", "Planned start", "Planned end",
                       "Success indicator", "Status"],
            "widths": [1.2, 5.1, 2.8, 2.8, 2.6, 2.8, 5.2, 3.2],
            "rows": [
                ["1", "Home visits to see Harley awake, and check the feed chart and the formula in the flat",
                 "Sophie Rudge", "Family Safeguarding Team 2", "Weekly from 21/05/2025",
                 "Askerby transfer-in conference",
                 "Visit record notes the feed chart, the formula in stock and Harley's nappy at every visit",
                 "Open – on track"],
                ["2", "Weigh Harley, check his feeding and give Jade advice on responsive feeding",
                 "Farah Ahmed (HV)", "Waddesley 0-19 Service", "Weekly from 28/05/2025", "31/07/2025",
                 "Weight plotted in the red book each week; back on the 25th centile",
                 "Open – on track"],
                ["3", "Parenting assessment of Jade, including how her mood affects Harley's feeding and care",
                 "Askerby allocated SW", "Askerby Children's Services", "After transfer", "TBC",
                 "Assessment report to the Askerby transfer-in conference",
                 "Not started – on hold for Askerby"],
                ["4", "Perinatal nurse visits for Jade's postnatal depression: medication, sleep and coping "
                      "strategies",
                 "Lucy Tranmere (CPN)", "Waddesley Perinatal Mental Health Team", "Fortnightly from 25/04/2025",
                 "Discharge at 12 months after the birth",
                 "Jade's mood stable", "Open"],
                ["5", "Refer Jade and Harley to the Family Nurse Partnership – left for Askerby to make after "
                      "the move",
                 "Askerby duty SW", "Askerby Children's Services", "On transfer",
                 "Within 20 working days of transfer",
                 "FNP acceptance letter on file", "Passed to Askerby"],
                ["6", "Connor to attend a drug service assessment for his cannabis use",
                 "Connor Lyle", "-", "By 25/07/2025", "25/07/2025", "", "Open – not booked"],
                ["7", "Weekly budgeting and tenancy sessions with Jade before the move",
                 "Nathan Birch (PA)", "Waddesley Leaving Care", "Weekly from 14/07/2025", "01/08/2025",
                 "Jade's budget sheet and signed tenancy checklist copied to the SW", "Open"],
                ["8", "Arrange a safe sleeping space and a cot for Harley in the new Askerby flat",
                 "", "", "Before the move", "01/08/2025",
                 "Cot seen set up at the first visit to the new flat", "Open"],
                ["9", "Tell the SW about any police call-out to Jade's address or involving Connor",
                 "PC Adam Kerr", "Waddesley Police DA Unit", "Next working day after any call-out",
                 "Askerby transfer-in conference",
                 "Police notification saved on Harley's record", "Open"],
                ["10", "Send Askerby the plan, chronology and agency reports, and hold a handover call with the "
                       "Askerby SW",
                 "Sophie Rudge", "Family Safeguarding Team 2", "By 18/07/2025", "18/07/2025",
                 "Askerby confirm receipt by email; handover call recorded on the case file", "Open"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Harley loses weight at two weighings in a row, is found left alone, or Connor is at the flat "
              "after using cannabis or is violent, the SW (or the emergency duty team out of hours) will hold a "
              "strategy discussion the same day, and Harley will be cared for by approved foster carers, with "
              "Jade's agreement under section 20, while it is decided whether he can safely go home. If Harley "
              "is not back on the 25th centile by his 6-month check, or there is another violent incident, the "
              "SW will request a legal planning meeting within 5 working days."),
        ("h2", "Meetings"),
        ("p", "Core group every 3 weeks: 08/07/2025 (held) and 29/07/2025 (the last in Waddesley)."),
        ("p", "Review child protection conference: to be arranged by Askerby as a transfer-in conference after "
              "the move."),
        ("p", "-- End of plan print. Version history and case notes are not included in this print. --"),
    ],
    "findings": [
        F("F002", "Jade will feel confident to manage her own tenancy and budget."),
        F("X001", "Parenting assessment of Jade, including how her mood affects"),
        F("T002", "Parenting assessment of Jade, including how her mood affects"),
        F("H001", "Perinatal nurse visits for Jade's postnatal depression"),
        F("M002", "Perinatal nurse visits for Jade's postnatal depression"),
        F("X001", "Refer Jade and Harley to the Family Nurse Partnership"),
        F("M001", "Connor to attend a drug service assessment for his cannabis"),
        F("W001", "Arrange a safe sleeping space and a cot for Harley"),
        F("R001"),
    ],
})
