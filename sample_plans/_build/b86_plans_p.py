"""Batch 86, module p: seven fictional plans (held-out material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: actions whose owner, timescale or measure is given somewhere other than
the action's own line - a group heading ("Weeks 1 to 4", "Before Alfie leaves
hospital"), a date cell merged down over several rows, owner and date in one
cell ("Dan (SW) - wkly"), abbreviations (w/c 9/6, wkly, fortn., EOM), a
shared measure line under a run of actions, a separate "How we will know it
is working" part answering each numbered action, a column headed in the
family's words ("How will we know?"), an owner given once over a run of
actions ("Jo Hill, health visitor, will:") - beside actions whose measure or
timescale is truly absent, is only the date the action was recorded, or
merely repeats the action. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Case-system print: every field label on its own line with the value
#    indented under it, page headers repeated in the text (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_pellingdon_carefile_field_per_line_print_draper.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-case-system-print-txt-field-label-line-then-indented-value-repeated-page-headers-action-blocks-with-date-recorded-field",
    "description": (
        "Case-system print of an initial conference plan for a 9-year-old and a 4-year-old (domestic "
        "abuse, father's cocaine use, a possible move to another authority). Each field label sits on "
        "its own line with the value indented under it, and the page header is repeated in the text. "
        "Timescales are abbreviated ('w/c 9/6', 'wkly', 'fortn.', 'EOM (30/06)', 'every Sat'); each "
        "action also carries a 'Date recorded' field (the conference date). Faults: one action whose "
        "only date is the date recorded (T001), 'ASAP' (T002), a blank responsible field (W001), "
        "'Family' (W002), 'Engagement with the programme' (M002), a measure that only repeats the "
        "action (M001), a parenting assessment left to the receiving authority (X001), an outcome "
        "about the father only (F002) and a contingency with no legal step (R002). The grandmother's "
        "supervision has a fallback; one action runs until the transfer-in conference (not X001)."
    ),
    "text": """\
PELLINGDON COUNCIL  CHILDREN'S SERVICES                         CareFile 5.2
CHILD PROTECTION PLAN (PRINT)   DRAPER, Kacey / Riley          Page 1 of 3
Printed 04/06/2025 10:14   User: ITARRANT
===============================================================================

CASE DETAILS

Case reference
    CF-2231907 / CF-2231908
Children
    Kacey DRAPER, DOB 11/02/2016 (9), Year 4, Pellingdon Primary School
    Riley DRAPER, DOB 30/08/2020 (4), Little Pippins Nursery, Pellingdon
Address
    22 Pennant Street, Pellingdon
Mother
    Gemma DRAPER (31) - the children live with her
Father
    Liam DRAPER (34) - moved out on 18/05/2025, staying with his brother
    on Pollard Road, Pellingdon
Maternal grandmother
    Pauline HEXT, 3 Pipers Walk, Pellingdon
Plan type
    Child Protection - initial
Conference date
    02/06/2025
Category
    Emotional abuse
Allocated social worker
    Imogen Tarrant, Pellingdon Safeguarding Team 2
Conference chair
    Neil Ashdown

REASON FOR PLAN
    On 17/05/2025 police were called to 22 Pennant Street after Liam pushed
    Gemma against the kitchen door during an argument. Kacey was in the
    kitchen and Riley was asleep upstairs. Liam told police he had been
    using cocaine since the afternoon. It was the third call-out since
    January. Liam says he uses cocaine "at weekends only" and has agreed to
    see the substance misuse service. He moved out the next day and sees
    the children on Saturdays at their grandmother's. Gemma has applied for
    a tenancy in Porrowby, near her sister, and says she may move with the
    children later in the year; no date has been offered.

CHILDREN'S VIEWS AND EXPERIENCE
    Kacey (seen alone at school, 28/05/2025): "When they shout I go in
    Riley's room and put the telly on loud so he doesn't hear." She said
    she likes it when her dad takes her swimming and wants him to "stop
    taking the stuff that makes him angry". She gave home 5 out of 10.
    Riley (seen at home and at nursery): he has about 20 words and points
    to show what he wants. Nursery say he covers his ears and hides under
    the table when other children raise their voices.

PREVIOUS ACTIONS (COMPLETED BEFORE CONFERENCE)
    Referral to Pellingdon Substance Misuse Service made by the SW on
    20/05/2025. DASH risk checklist completed with Gemma by police on
    17/05/2025. Strategy discussion held on 19/05/2025.

OUTCOMES
    1. Kacey and Riley live in a home without shouting, violence or drugs.
    2. Kacey feels safe at bedtime and tells us she is not worried.
    3. Riley's speech is assessed and he gets the help he needs.
    4. Liam will be drug free and attend all of his appointments.

===============================================================================
PELLINGDON COUNCIL  CHILDREN'S SERVICES                         CareFile 5.2
CHILD PROTECTION PLAN (PRINT)   DRAPER, Kacey / Riley          Page 2 of 3
Printed 04/06/2025 10:14   User: ITARRANT
===============================================================================

ACTIONS

Action 1
    See Kacey and Riley on their own, at home and at school or nursery,
    and ask each of them what has happened since the last visit
Responsible
    Imogen Tarrant (SW)
Start
    w/c 9/6
Frequency / target date
    wkly until the review conference (or the transfer-in conference)
How will success be measured
    Visit record with each child's own words written down
Date recorded
    02/06/2025

Action 2
    Key-work sessions with Liam, with a saliva drug test each month,
    and a written report on whether his cocaine use is changing and
    what that means for Kacey and Riley
Responsible
    Aled Morgan, keyworker, Pellingdon Substance Misuse Service
Start
    12/06/2025
Frequency / target date
    fortn. sessions; test monthly; first report EOM (30/06)
How will success be measured
    Test results and the report sent to the SW before each core group
Date recorded
    02/06/2025

Action 3
    Supervise Liam's time with Kacey and Riley at her house
Responsible
    MGM (Pauline Hext)
Start
    Sat 7/6
Frequency / target date
    every Sat, 10am-12
How will success be measured
    Contact record signed by Pauline after each visit, seen by the SW
Date recorded
    02/06/2025

Action 4
    Update Gemma's safety plan with her, including what Kacey
    should do and who she rings if there is shouting at home
Responsible
    Rhian Boyce, IDVA, Pellingdon Domestic Abuse Service
Start
    -
Frequency / target date
    ASAP
How will success be measured
    Written safety plan on file; Kacey's card kept in her school bag
Date recorded
    02/06/2025

Action 5
    Refer Kacey to the school counselling service for her worries
Responsible

Start
    -
Frequency / target date
    by 20/06/2025
How will success be measured
    Referral accepted letter on file
Date recorded
    02/06/2025

Action 6
    Liam to attend the Choosing Change programme for men at the
    Pellingdon Men's Project
Responsible
    Liam Draper
Start
    Mon 16/6
Frequency / target date
    wkly for 20 weeks
How will success be measured
    Engagement with the programme
Date recorded
    02/06/2025

===============================================================================
PELLINGDON COUNCIL  CHILDREN'S SERVICES                         CareFile 5.2
CHILD PROTECTION PLAN (PRINT)   DRAPER, Kacey / Riley          Page 3 of 3
Printed 04/06/2025 10:14   User: ITARRANT
===============================================================================

Action 7
    Developmental review for Riley, including a speech and language
    screen
Responsible
    HV Sadia Khan
Start

Frequency / target date

How will success be measured
    ASQ-3 scores sent to the SW and to nursery
Date recorded
    02/06/2025

Action 8
    Tell the SW the same day about any contact from Liam outside
    the agreed Saturdays
Responsible
    Family
Start
    -
Frequency / target date
    same day
How will success be measured
    Each call logged on the children's file by the SW
Date recorded
    02/06/2025

Action 9
    Parenting assessment of Gemma: not to be started in Pellingdon;
    to be done by Porrowby Council once the case has transferred
Responsible
    Porrowby Council Children's Services (receiving authority)
Start
    -
Frequency / target date
    within 6 weeks of transfer
How will success be measured
    Assessment report shared with the core group
Date recorded
    02/06/2025

Action 10
    Talk to Gemma about how the arguments affect Kacey and Riley
Responsible
    Imogen Tarrant (SW)
Start
    w/c 9/6
Frequency / target date
    at each visit
How will success be measured
    Gemma has been talked to about how the arguments affect them
Date recorded
    02/06/2025

CONTINGENCY PLAN
    If Liam comes to Pennant Street without it being agreed, or there is
    any further violence or threat, Gemma will call 999 and the SW (or the
    emergency duty team out of hours) will hold a strategy discussion the
    same day. Kacey and Riley will stay with Pauline Hext at Pipers Walk
    until that discussion has agreed how they will be kept safe.
    If Pauline is unable to supervise a Saturday, that contact will not go
    ahead and the SW will offer supervised contact at Pellingdon Family
    Centre within 7 days.

CORE GROUP
Frequency
    Every 4 weeks
Dates
    16/06/2025, 14/07/2025 and 11/08/2025, 1.30pm, Pellingdon Family Hub

REVIEW CONFERENCE
Date
    28/08/2025, 10am, Pellingdon Civic Offices

*** END OF PRINT ***
""",
    "findings": [
        F("F002", "Liam will be drug free and attend all of his appointments."),
        F("T002", "Update Gemma's safety plan with her, including what Kacey"),
        F("W001", "Refer Kacey to the school counselling service"),
        F("M002", "Liam to attend the Choosing Change programme for men"),
        F("T001", "Developmental review for Riley, including a speech and language"),
        F("W002", "Tell the SW the same day about any contact"),
        F("X001", "Parenting assessment of Gemma: not to be started in Pellingdon;"),
        F("M001", "Talk to Gemma about how the arguments affect Kacey and Riley"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Numbered outline plan (1 / 1.1 / a): the level-1 heading is the period,
#    the level-2 line names the owner once ("Jo Hill, health visitor,
#    will:"), the a) b) items are the actions; some measures are given by a
#    shared line under a run of items (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_pennisthorpe_numbered_outline_weeks_owner_runs_pascoe.docx",
    "doc_title": "Child Protection Plan - Ruby-Mae Pascoe",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-baby-docx-real-multilevel-list-1-period-heading-1-1-owner-will-colon-a-actions-shared-how-we-will-know-lines",
    "description": (
        "Initial conference plan for a 7-week-old whose mother has postnatal depression (unsafe sleep, "
        "weight drop). The plan is one real Word multi-level list: level 1 gives the period ('Weeks 1 "
        "to 4: Monday 2 June to Friday 27 June 2025', 'Weeks 5 to 12 ... to the review conference'), "
        "level 2 names the owner once ('Jo Hill, health visitor, will:', 'Shannon and Dale will:'), and "
        "the a) b) items are the actions, most with no date of their own. Several runs of items get "
        "their measure from a shared 'We will know...' line under them. The perinatal team reports on "
        "Shannon's capacity to change, the GP owns an action, the grandmother's nights have a fallback, "
        "dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Pennisthorpe City Council · Children and Families · Safeguarding Team East"),
        ("kv", [
            ("Child", "Ruby-Mae Pascoe, born 14/04/2025 (seven weeks old at conference)"),
            ("Mother", "Shannon Pascoe (22)"),
            ("Father", "Dale Munro (25). Dale lives with Shannon and Ruby-Mae and has parental responsibility."),
            ("Address", "Flat 4, Pendrick House, Pettigrew Road, Pennisthorpe"),
            ("Maternal grandmother", "Tracey Pascoe, also on Pettigrew Road, five minutes' walk away"),
            ("Conference", "Initial child protection conference, Friday 30/05/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Kerry Vance"),
            ("Chair", "Alan Brierley"),
        ]),
        ("h1", "Why Ruby-Mae has a plan"),
        ("p", "Shannon was diagnosed with postnatal depression when Ruby-Mae was three weeks old. She stopped "
              "taking her sertraline in early May because it made her feel \"numb\". On 19 May the health "
              "visitor called at 11am and found Shannon asleep on the sofa with Ruby-Mae lying face down on her "
              "chest; nobody else was in the flat. Between two and six weeks old Ruby-Mae dropped from the 50th "
              "to the 25th centile, and two clinic appointments were missed. Dale works 7am to 4pm at "
              "Pennisthorpe Distribution Park and does most of the evening care. The flat is clean and warm. "
              "Shannon told conference she feels \"like a robot\" and is frightened of getting things wrong. "
              "Neither parent has any history of drug or alcohol use."),
        ("h1", "Ruby-Mae's day"),
        ("p", "Ruby-Mae cannot tell us what life is like for her, so this is what the health visitor and the "
              "social worker have seen on six visits. In the mornings she is often still in the clothes she "
              "slept in, and on two visits her bottle had been propped on a rolled towel while Shannon sat in "
              "the other room. She feeds hungrily and finishes 120 ml quickly. When Dale comes home she turns "
              "towards his voice and settles on his shoulder. With Tracey she is calm and sleepy after her "
              "night feed. She cries for a long time before anyone picks her up when Shannon is on her own, "
              "and Shannon says she \"doesn't know what she wants\"."),
        ("h1", "What needs to be different for Ruby-Mae"),
        ("bullets", [
            "Ruby-Mae is fed on time, day and night, and her weight climbs back towards the 50th centile.",
            "Ruby-Mae sleeps on her back in her own Moses basket for every sleep, never on an adult on the sofa.",
            "Ruby-Mae is picked up and comforted when she cries, by an adult who is awake and well enough to "
            "notice her.",
            "Ruby-Mae's checks and immunisations are done on time.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan runs in two stages. Each stage heading says when the things under it happen, and each "
              "person is named once, above the things they will do."),
        ("mlist", [
            (0, "Weeks 1 to 4: Monday 2 June to Friday 27 June 2025"),
            (1, "Kerry Vance, social worker, will:"),
            (2, "visit Ruby-Mae at home twice a week, at least one visit in three unannounced, and see her "
                "awake, being fed and where she sleeps;"),
            (2, "finish the child and family assessment with Shannon and Dale, including Tracey's part in the "
                "nights, and share the written assessment with them and the core group by 27 June."),
        ]),
        ("pi2", "We will know the visits are happening from Kerry's visit notes, written up the same day, which "
                "record where Ruby-Mae was sleeping, when she was last fed and who was caring for her."),
        ("mlist", [
            (1, "Jo Hill, health visitor, will:"),
            (2, "weigh Ruby-Mae at home every Tuesday and plot her weight in the red book;"),
            (2, "go through safe sleep and bottle-making with Shannon, Dale and Tracey, using the Pennisthorpe "
                "safe sleep checklist, by Friday 13 June."),
        ]),
        ("pi2", "We will know from the weight chart and the checklist signed by Shannon, Dale and Tracey, which "
                "Jo will bring to every core group."),
        ("mlist", [
            (1, "Dr Sunita Rao and Mel Brandt, Pennisthorpe Perinatal Mental Health Team, will:"),
            (2, "see Shannon at home every week, review her medication and her EPDS mood score, and write to "
                "Kerry before each core group on whether Shannon is making the changes Ruby-Mae needs, what "
                "still has to change and how long that is likely to take."),
            (1, "Dr Omar Farid, GP, Pettigrew Road Surgery, will:"),
            (2, "do Ruby-Mae's 8-week check and first immunisations in the week of 9 June, and send Kerry and "
                "Jo a copy of the check."),
            (1, "Shannon and Dale will:"),
            (2, "keep the feed chart on the fridge, writing down the time and amount of every feed and who "
                "gave it;"),
            (2, "put Ruby-Mae down on her back in her Moses basket for every sleep, day and night, and never "
                "sleep with her on the sofa or in their bed."),
        ]),
        ("pi2", "We will know from Kerry's and Jo's visit notes, which will say what the feed chart showed and "
                "where Ruby-Mae was sleeping at each visit."),
        ("mlist", [
            (1, "Tracey Pascoe, Ruby-Mae's grandmother, will:"),
            (2, "stay over at the flat on Monday, Wednesday and Friday nights and do the 2am feed, signing the "
                "feed chart when she does it."),
            (0, "Weeks 5 to 12: Monday 30 June to the review conference on Tuesday 26 August 2025"),
            (1, "Kerry Vance, social worker, will:"),
            (2, "visit Ruby-Mae at home every week, at least one visit in three unannounced, and see how "
                "Shannon and Dale respond when she cries;"),
            (2, "write her report for the review conference, setting out what has been seen of Ruby-Mae's "
                "days, and go through it with Shannon and Dale at least three working days before."),
        ]),
        ("pi2", "We will know from Kerry's visit notes, which say what she saw of Ruby-Mae and her parents, and "
                "from the report itself, which goes to everyone invited to the conference."),
        ("mlist", [
            (1, "Jo Hill, health visitor, will:"),
            (2, "weigh Ruby-Mae every other Tuesday, plot her weight in the red book and send the chart to "
                "Kerry before each core group."),
            (1, "The Perinatal Mental Health Team will:"),
            (2, "carry on seeing Shannon every week and writing to Kerry before each core group, and send a "
                "final report two weeks before the review conference on whether Shannon can make the changes "
                "Ruby-Mae needs, and how soon."),
            (1, "Shannon and Dale will:"),
            (2, "go to the Baby Steps group at Pennisthorpe Children's Centre every Thursday for six weeks from "
                "3 July; the group leader will send Kerry the attendance sheet and her end-of-group notes."),
            (1, "Tracey Pascoe will:"),
            (2, "carry on staying over on Monday, Wednesday and Friday nights, signing the feed chart, and tell "
                "Kerry the same week if she can no longer do it."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Shannon or Dale is found asleep with Ruby-Mae on the sofa or in their bed, if Ruby-Mae misses "
              "two weigh-ins in a row or her weight falls below the 9th centile, or if Shannon stops her "
              "medication and her EPDS score goes above 20, Kerry (or the emergency duty team out of hours) "
              "will hold a strategy discussion the same day. Until that discussion has agreed what happens "
              "next, Ruby-Mae will be cared for at Tracey's house, with Dale."),
        ("p", "If Tracey cannot stay over on one of her nights (because she is ill or has to work), Dale will be "
              "at home that night: his manager has agreed he can swap shifts at short notice. If neither of them "
              "can be there, Shannon and Ruby-Mae will spend the night at Tracey's; if Tracey is ill and Dale "
              "is away, Kerry will arrange a foster placement for Ruby-Mae that day."),
        ("p", "If Ruby-Mae is still below the 25th centile at the end of week 4, or she is found asleep on an "
              "adult on the sofa again, Kerry will ask her team manager for a legal planning meeting within "
              "5 working days."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every three weeks at Pennisthorpe Children's Centre, 1.30pm: Thursday "
              "12 June, 3 July, 24 July and 14 August 2025. The review child protection conference will be on "
              "Tuesday 26 August 2025 at 10am at Pennisthorpe Civic Centre."),
        ("p", "Plan written by Kerry Vance (SW) on 02/06/2025 and sent to Shannon, Dale, Tracey and every agency "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group minutes with an action log: owner and timescale share one
#    "Who / when" cell ("Dan (SW) - wkly"), beside a "Raised" date column;
#    paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_pracklesby_core_group_minutes_action_log_oates.pdf",
    "doc_title": "Core Group 2 Minutes and Action Log - Jayden and Mia Oates",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-2-minutes-paged-progress-bullets-agency-updates-then-action-log-no-action-raised-who-when-combined-cell-how-we-know",
    "description": (
        "Minutes of the second core group for a 13-year-old and a 6-year-old (neglect; mother's bipolar "
        "disorder under the CMHT). Completed work is listed as progress bullets; the action log has "
        "No. | Action | Raised | Who / when | How we'll know, with owner and timescale in one cell "
        "('Dan (SW) - wkly', 'Lorraine Pike (CPN, CMHT) - fortn.', 'Dr Iqbal (GP) - EOM (30/6)'). "
        "Faults: a row whose only date is the meeting it was raised at (T001), 'All - when needed' "
        "(W002, T002), 'when she feels up to it' (T002), the CPN only supporting with 'Engagement with "
        "the CMHT' as the measure (H001, M002), an assessment with no output (M001); no outcomes "
        "(O001), nothing from the children (F003), a contingency that only meets to discuss (C002, "
        "R002) and the review conference date to be confirmed (R001). Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE – Pracklesby Borough Council – Children's Social Care",
    "footer": "Core group 2 minutes – Oates – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("kv", [
            ("Children", "Jayden Oates (13), Year 8, Pracklesby Academy; Mia Oates (6), Year 1, Pinfold Road "
                         "Primary School"),
            ("Parents", "Leanne Oates (36), mum; Craig Fell (40), Mia's dad and Leanne's partner. Jayden's "
                        "father has no contact."),
            ("Address", "9 Plover Close, Pracklesby"),
            ("Plan", "Child protection plan since the initial conference on 13/05/2025 (category: neglect)"),
            ("Meeting", "Core group 2, Tuesday 17/06/2025, 3.30pm, Pinfold Road Primary School"),
            ("Chair", "Dan Whitcombe, social worker (DW)"),
            ("Minutes", "Lucy Crane, business support"),
        ]),
        ("h2", "Present"),
        ("p", "Leanne Oates (LO); Craig Fell (CF); Dan Whitcombe, SW (DW); Lorraine Pike, community psychiatric "
              "nurse, Pracklesby Community Mental Health Team (LP); Mrs Farah Khan, DSL, Pinfold Road Primary "
              "(FK); Mr Tom Royle, pastoral lead, Pracklesby Academy (TR); Beth Ansell, school nurse (BA); "
              "Abby Stone, family support worker (AS). Apologies: Dr Farrah Iqbal, GP, Pellow Medical "
              "Centre (update sent by email)."),
        ("h2", "1. Purpose of the meeting"),
        ("p", "To go through progress on the child protection plan since core group 1 on 22/05/2025 and agree "
              "the actions until the next core group."),
        ("h2", "2. Progress on last meeting's actions"),
        ("bullets", [
            "DW visited on 26/05, 04/06 and 12/06. There was food in the kitchen on two of the three visits.",
            "DW referred Jayden to Pracklesby Young Carers on 23/05; the referral was accepted on 10/06.",
            "The GP took Leanne's lithium level on 02/06; it was in range.",
            "AS met Leanne and Craig twice at home about mornings and the school run.",
        ]),
        ("h2", "3. Agency updates"),
        ("p", "LP (CMHT): Leanne had a hypomanic episode in late April, when she stopped her lithium and did not "
              "sleep for four nights. She restarted it in early May and is now stable. LP visits every two "
              "weeks. Leanne has been engaging well and says she feels \"back to myself\"."),
        ("p", "FK (Pinfold Road): Mia's attendance since conference is 88% and she has been late six times, "
              "mostly on Mondays. Staff have treated her for head lice twice. Most days since the start of June "
              "she has come in wearing the same unwashed uniform. Breakfast club has a space from next week."),
        ("p", "TR (Pracklesby Academy): Jayden's attendance is 91%. He has had two late marks and one "
              "detention for missing homework. Staff have noticed he is often tired in morning lessons."),
        ("p", "BA (school nurse): Mia has not had a dental check since 2023. BA has offered a health review in "
              "school."),
        ("p", "AS (family support): the morning routine has been talked about but there is no chart up yet. "
              "Leanne has arrears of about £900 with Pinewood Housing and has not opened the last three letters."),
        ("p", "LO and CF: Leanne said things have been \"much better\" since she went back on her tablets and she "
              "wants the plan to end at the review. Craig said mornings are easier when he is on lates."),
        ("h2", "4. Children's views"),
        ("p", "Not covered at this meeting. DW has not yet seen Jayden on his own since conference, and Mia was "
              "seen at home with Leanne in the room."),
        ("h2", "5. Action log"),
        ("table", {
            "header": ["No.", "Action", "Raised", "Who / when", "How we'll know"],
            "widths": [1.3, 5.9, 2.0, 3.6, 4.2],
            "rows": [
                ["1", "See Jayden and Mia each on their own, Jayden at school and Mia at home, and write down "
                      "what they say", "CG2 17/06", "Dan (SW) – wkly",
                 "Visit notes with each child's words, shared at core group"],
                ["2", "Height, weight and dental check for Mia, and head lice treatment at home with Leanne",
                 "CG2 17/06", "Beth (school nurse) – by 4/7",
                 "Results sent to the SW; dentist's appointment card seen by FK"],
                ["3", "Continue to support Leanne with her mood and medication through home visits",
                 "CG1 22/05", "Lorraine Pike (CPN, CMHT) – fortn.", "Engagement with the CMHT"],
                ["4", "Lithium level blood test and medication review for Leanne, with a letter to the SW",
                 "CG1 22/05", "Dr Iqbal (GP) – EOM (30/6)", "GP letter on the children's file"],
                ["5", "Young carer's assessment for Jayden, looking at what he does at home",
                 "CG2 17/06", "Nadia Bruce, Pracklesby Young Carers – w/c 30/6", ""],
                ["6", "Help Leanne sort out the rent arrears and the letters from Pinewood Housing",
                 "CG1 22/05", "Abby (FSW)", "Repayment plan signed; copy on file"],
                ["7", "Mia to go to breakfast club every school day", "CG2 17/06",
                 "Mrs Khan (DSL, Pinfold Road) – from Mon 23/6", "Breakfast club register sent to the SW on Fridays"],
                ["8", "Let the SW know if Leanne seems to be becoming unwell again", "CG1 22/05",
                 "All – when needed", "SW logs each call on the file"],
                ["9", "Leanne to go to the Families Together parenting course at Pracklesby Children's Centre",
                 "CG2 17/06", "Leanne – when she feels up to it", "Course leader confirms attendance to the SW"],
                ["10", "Morning routine chart with Leanne and Craig so Mia gets to school by 8.45am",
                 "CG1 22/05", "Abby (FSW) – by CG3 (15/7)",
                 "Late book shows Mia in by 8.45am on 4 days out of 5"],
                ["11", "Craig to make sure Leanne takes her lithium every night", "CG2 17/06", "Craig – nightly",
                 "Blister pack checked by the CPN at each visit"],
            ],
        }),
        ("h2", "6. Contingency"),
        ("p", "If Leanne becomes unwell again, or there are any further concerns about the children, the core "
              "group will meet early to discuss the plan and consider next steps."),
        ("h2", "7. Next meetings"),
        ("p", "Core group 3: Tuesday 15/07/2025, 3.30pm, Pinfold Road Primary School. Core groups will carry on "
              "every 4 weeks after that. Review child protection conference: date to be confirmed by the "
              "conference chair."),
        ("p", "Minutes sent to everyone present on 19/06/2025. Please tell DW of any corrections within 5 "
              "working days."),
    ],
    "findings": [
        F("H001", "Continue to support Leanne with her mood and medication"),
        F("M002", "Continue to support Leanne with her mood and medication"),
        F("M001", "Young carer's assessment for Jayden, looking at what he does"),
        F("T001", "Help Leanne sort out the rent arrears and the letters"),
        F("W002", "Let the SW know if Leanne seems to be becoming unwell"),
        F("T002", "Let the SW know if Leanne seems to be becoming unwell"),
        F("T002", "Leanne to go to the Families Together parenting course"),
        F("O001"),
        F("F003"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child-friendly "my plan" written to a 9-year-old, with a table whose
#    measure column is headed in the family's words: "How will we know?" (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_pimbleworth_my_plan_how_will_we_know_reeve.md",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-child-friendly-my-plan-md-second-person-whats-going-to-happen-who-when-how-will-we-know-table",
    "description": (
        "Child-friendly plan written to a 9-year-old after the initial conference (mother's drinking). "
        "The table is 'What's going to happen | Who | When | How will we know?', with owners as the "
        "child knows them ('Nana Pat', 'Mum', 'Sam (your social worker)') and timescales such as "
        "'Every week, on Tuesdays after school', 'Every night before bed', 'Before the summer "
        "holidays'. Faults: 'When Mum is ready' and 'Soon' (T002), 'Mum will feel better' and 'Sam "
        "will keep an eye on it' (M002), a blank 'How will we know?' (M001), 'Everyone' (W002), an "
        "outcome about Mum only (F002), the drinking owned by no adult service (F004), and a "
        "contingency that sends Tyler to Nana Pat, who also does two actions, with nothing if she "
        "cannot (C003). The legal planning meeting is explained in the child's terms."
    ),
    "text": """\
# My plan – Tyler

**Pimbleworth Council · Children's Services**

Hi Tyler. This is your plan. It was agreed at the big meeting about you (the
child protection conference) on Tuesday 10 June 2025. Sam, your social worker
(Samira Holt), wrote it with you at school on Thursday 12 June, and Mum, Nana Pat
and everyone at the meeting has a copy.

## About me

I'm Tyler. I'm 9 and I'm in Year 4 at Priory Lane Juniors. I like Minecraft,
football and our dog Biscuit.

"The thing I don't like is when Mum has been drinking and goes to sleep and I
can't wake her up. Then I make my own tea and I get scared."

"I want to live with Mum but I want her to stop the drinking. I like going to Nana
Pat's because she makes proper tea and she lets me help in her garden."

On Sam's scale, where 0 is really worried and 10 is really happy, I put home at 4
and school at 8.

## What the grown-ups are worried about

Mum has been drinking a lot, most evenings. On 22 May you rang Nana Pat at 9pm
because you could not wake Mum up, and Nana came and took you to her house. You
have been late for school 11 times since Easter, and some days you have come in
without breakfast. Mum told the meeting she drinks "a bottle of wine most nights,
sometimes more" and that she wants to stop.

## What is going well

Mum loves you very much and came to the meeting. The house is warm and tidy and
there is food in the fridge. Nana Pat lives close by and sees you most days. Your
teachers say you work hard and you are kind to the younger children.

## What we want for you

- You are looked after every day and every night by a grown-up who has not been drinking.
- You get to school on time, with breakfast inside you.
- You have a grown-up at school you can talk to when you are worried.
- Mum will stop drinking and be happy again.

## What is going to happen

| What's going to happen | Who | When | How will we know? |
|---|---|---|---|
| Sam will come to see you at home and at school, and talk to you on your own | Sam (your social worker) | Every week, on Tuesdays after school | Sam writes down what you tell her in her notes |
| Mum will go to the drinking support group at Pimbleworth Recovery Hub | Mum | When Mum is ready | Mum will feel better |
| Nana Pat will pick you up from school and give you your tea | Nana Pat | Mondays and Wednesdays | Nana signs the school's pick-up book |
| You will have a sleepover at Nana Pat's house | Nana Pat | Every Friday night | Sam asks you about it at her visit and writes down what you say |
| Mrs Okoro will meet you at the gate and check you have had breakfast | Mrs Okoro (learning mentor) | Every school morning | |
| You will have a worry book to write or draw in when you feel worried | You, with Mrs Okoro | Every night before bed | You show Mrs Okoro your book on Fridays |
| Everyone will tell Sam if they are worried about you | Everyone | The same day | Sam writes it on your file |
| Mum will see her doctor about her drinking | Mum | Soon | The doctor writes to Sam |
| A check-up with Jen, the school nurse, about your sleep and wetting the bed | Jen (school nurse) | Before the summer holidays | Jen tells Sam and Mum what she found |
| Sam will help Mum make a morning chart so you get to school on time | Sam | By the end of June | Sam will keep an eye on it |

## If things go wrong

If Mum has been drinking when she is looking after you, or you cannot wake her up,
ring Nana Pat or 999. You will go and stay at Nana Pat's, and Sam will have a
meeting with the police (a strategy discussion) the same day to decide how to keep
you safe.

If things are not better by the big meeting in September, Sam's manager will ask
for a legal planning meeting (a meeting with the council's lawyers) to decide what
happens next.

## Meetings

The grown-ups who are helping you (the core group) will meet every 4 weeks at
school: Tuesday 24 June, Tuesday 22 July and Tuesday 19 August 2025.

The big review meeting (the review child protection conference) will be on
Tuesday 2 September 2025. Sam will ask you before then what you want to say, and
you can come for part of it if you want to.
""",
    "findings": [
        F("F002", "Mum will stop drinking and be happy again."),
        F("T002", "Mum will go to the drinking support group at Pimbleworth"),
        F("M002", "Mum will go to the drinking support group at Pimbleworth"),
        F("M001", "Mrs Okoro will meet you at the gate"),
        F("W002", "Everyone will tell Sam if they are worried about you"),
        F("T002", "Mum will see her doctor about her drinking"),
        F("M002", "Sam will help Mum make a morning chart"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter to a parent setting out the plan: numbered actions under "I will:"
#    / "Dawn Akers ... will:" lead-ins, and a separate "How we will know it is
#    working" part that answers each number (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_poddingfield_letter_to_mum_how_we_will_know_part_fairlie.docx",
    "doc_title": "Letter to Jade Fairlie - Child Protection Plan for Lacey and Ollie",
    "split": "heldout",
    "actions": 10,
    "template": "letter-to-parent-docx-address-block-bold-run-in-headings-owner-lead-in-lines-typed-numbered-actions-separate-how-we-will-know-part-by-number",
    "description": (
        "Letter from the social worker to a mother setting out the plan agreed at the initial conference "
        "for a 5-year-old and a 2-year-old (domestic abuse by the father, his drinking, the mother's "
        "anxiety). The actions are typed-numbered paragraphs under owner lead-ins ('I will:', 'Dawn "
        "Akers, your practitioner at Poddingfield Talking Therapies, will:', 'You have agreed to:'); "
        "none carries its own measure, which is given for each number in a separate 'How we will know "
        "it is working' part. Talking Therapies reports on capacity to change, the alcohol service owns "
        "an action, the grandmother's supervision has a fallback, dates and legal step set. Exemplary."
    ),
    "blocks": [
        ("pr", "Poddingfield Council"),
        ("pr", "Children's Services – Family Safeguarding Team"),
        ("pr", "Parley House, Pellory Walk, Poddingfield"),
        ("pr", "Telephone 01632 960 214"),
        ("p", ""),
        ("pl", "Ms Jade Fairlie"),
        ("pl", "14 Pennyroyal Close"),
        ("pl", "Poddingfield"),
        ("p", ""),
        ("p", "Friday 13 June 2025"),
        ("p", "Dear Jade,"),
        ("boldp", "Lacey and Ollie's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Wednesday 11 June. As I said "
              "afterwards, I am writing to set out the plan that was agreed, so that you have it in one place. "
              "I am Hannah Ruddock, Lacey and Ollie's social worker. Ryan has been sent a letter with the same "
              "plan, and everyone who was at the conference has a copy."),
        ("boldp", "Why Lacey and Ollie have a plan"),
        ("p", "The conference agreed that Lacey (5) and Ollie (2) need a plan under the category of emotional "
              "abuse. Police have been called to the house three times since February because of Ryan's "
              "violence towards you, each time after he had been drinking. On 24 May Lacey saw him throw a "
              "chair at you, and Ollie was in his cot in the same room. Ryan moved to his mother's in "
              "Pelham Street the next day and has agreed not to come to the house. You told the conference "
              "that your anxiety has been \"through the roof\" since then and that some days you cannot face "
              "going out, which is why Lacey has missed school."),
        ("boldp", "What Lacey and Ollie have told and shown us"),
        ("p", "When I saw Lacey at school on 5 June she drew your house with a big black cloud over the "
              "kitchen and said, \"That's when Daddy is shouty.\" She said she misses her daddy and wants to "
              "see him \"at Nanny Carol's, not at our house\". She told me the best thing is \"cuddles with "
              "Mummy on the settee\". Ollie is not talking much yet; at nursery he flinches at loud noises and "
              "likes to stay close to his keyworker, and at home I saw him bring you his books again and again "
              "and settle on your lap."),
        ("boldp", "What we all want for Lacey and Ollie"),
        ("bullets", [
            "Lacey and Ollie live in a home where there is no shouting, violence or drinking, and Lacey tells "
            "us she feels safe there.",
            "Lacey is in school every day and on time.",
            "Lacey and Ollie see their dad in a way that is safe and that they enjoy.",
            "Ollie's speech is checked and he gets any help he needs.",
        ]),
        ("boldp", "What will happen"),
        ("p", "Each numbered point below has a matching point under \"How we will know it is working\"."),
        ("p", "I will:"),
        ("pi", "1. visit you, Lacey and Ollie at home every week, and see Lacey on her own at school every "
               "other week;"),
        ("pi", "2. finish the child and family assessment with you by Friday 18 July, and go through it with "
               "you before it goes to the core group."),
        ("p", "Dawn Akers, your practitioner at Poddingfield Talking Therapies, will:"),
        ("pi", "3. see you every Tuesday for 12 weeks from 17 June, and write to me before each core group about "
               "how your anxiety is affecting your care of the children, whether you are making the changes "
               "they need, and how long that is likely to take."),
        ("p", "Marcus Lowe, Ryan's keyworker at Poddingfield Alcohol Service, will:"),
        ("pi", "4. see Ryan every week with a breath test, and tell me whether his drinking is changing and what "
               "that means for Lacey and Ollie."),
        ("p", "Ryan has agreed to:"),
        ("pi", "5. go to the Poddingfield Choices programme for men every Monday evening from 23 June for 24 "
               "weeks."),
        ("p", "Carol Dunmore, Ryan's mum, will:"),
        ("pi", "6. supervise Ryan's time with Lacey and Ollie at her house every Saturday from 10am to 12 noon."),
        ("p", "Mrs Priestley, the designated safeguarding lead at Pennyroyal Infant School, will:"),
        ("pi", "7. check Lacey's attendance every morning and ring you by 9.30am if she is not in."),
        ("p", "Nicola Barr, your health visitor, will:"),
        ("pi", "8. do Ollie's two-year review, with a speech check, before the end of July."),
        ("p", "You have agreed to:"),
        ("pi", "9. ring 999 each time Ryan comes to the house when it has not been agreed, and tell me the same "
               "day;"),
        ("pi", "10. go to the Freedom Programme at Poddingfield Women's Centre every Thursday morning from "
               "19 June for 11 weeks."),
        ("boldp", "How we will know it is working"),
        ("pi", "1. My visit notes will record what Lacey says in her own words and what I see of Ollie, and I will "
               "bring them to each core group."),
        ("pi", "2. You, Ryan and the core group will each have a written copy of the assessment."),
        ("pi", "3. Dawn's written updates will be on the children's file before each core group."),
        ("pi", "4. Marcus will send me the breath test results and a short written report before each core "
               "group."),
        ("pi", "5. The programme will send me Ryan's attendance each month, and a mid-course report before the "
               "review conference."),
        ("pi", "6. Carol will fill in the contact record after every Saturday, and I will read it at my next "
               "visit."),
        ("pi", "7. Mrs Priestley will email me the attendance print-out every Friday; we are looking for Lacey "
               "to be in on time every day."),
        ("pi", "8. Nicola will send me Ollie's ASQ-3 scores and a copy of any speech and language referral."),
        ("pi", "9. Each call will have a police reference number, which I will log on the children's file."),
        ("pi", "10. The Women's Centre will send me your attendance sheet at the end of each month."),
        ("boldp", "What happens if things go wrong"),
        ("p", "If Ryan comes to the house when it has not been agreed, if he is drunk or threatening at a "
              "contact, or if the police are called to any incident involving him, ring 999. I (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day, and Saturday "
              "contact will stop until a new risk assessment has been done. If you and the children cannot "
              "stay safely at home, the Poddingfield IDVA service will find you a refuge place that day."),
        ("p", "If Carol cannot supervise on a Saturday, that contact will not go ahead at her house; I will "
              "arrange it at Poddingfield Family Centre instead, within the same week."),
        ("p", "If Ryan comes to the house without it being agreed again, or Lacey's attendance is still under "
              "90% at the core group on 6 August, I will ask my manager for a legal planning meeting."),
        ("boldp", "Meetings"),
        ("p", "The core group (you, Ryan, me and the professionals named above) will meet every three weeks at "
              "Pennyroyal Infant School at 3.30pm: Wednesday 25 June, 16 July and 6 August 2025. The review "
              "child protection conference will be on Wednesday 3 September 2025 at 10am at Poddingfield "
              "Civic Centre."),
        ("p", "If anything in this letter is wrong, or you want to talk about any part of it, please ring me on "
              "the number above. My manager is Graham Toft, on the same number."),
        ("p", "Yours sincerely,"),
        ("p", "Hannah Ruddock"),
        ("p", "Social worker, Family Safeguarding Team"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Signs of Safety plan: danger statements, safety goals, assessment grid,
#    then a safety plan table with the goal merged down its rows and one
#    "By 30 June" cell merged down three rows; paged PDF
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_pillowmere_signs_of_safety_goal_merged_rows_marsh.pdf",
    "doc_title": "Signs of Safety Child Protection Plan - Amber and Kai Marsh",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-signs-of-safety-paged-danger-statements-safety-goals-grid-scaling-network-then-goal-merged-what-who-when-merged-how-will-we-know",
    "description": (
        "Signs of Safety initial conference plan for a 7-year-old and a 3-year-old (father's drinking and "
        "cannabis use, a toddler found alone on the road, temper). Danger statements, safety goals, a "
        "worried / working well grid (not actions), scaling and the safety network, then Safety goal | "
        "What needs to happen | Who | When | How will we know, with each goal merged down its rows and "
        "one 'By 30 June' cell merged down three rows (four real Word vertical merges). Faults: "
        "'Safety network' as the only owner with 'keep an eye on things' (W002, M002), a blank Who "
        "(W001), 'When appropriate' (T002), a measure that only repeats the action (M001), and a contingency that "
        "sends the children to the grandmother, who also carries actions, with nothing if she cannot "
        "(C003). The drug and alcohol service owns an action; legal step and dates set. Header and "
        "page footer."
    ),
    "header": "OFFICIAL-SENSITIVE – Pillowmere Council – Children's Services",
    "footer": "Signs of Safety plan – Marsh – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan – Signs of Safety"),
        ("kv", [
            ("Children", "Amber Marsh (7), Year 2, Pillowmere C of E Primary; Kai Marsh (3), at home"),
            ("Parents", "Kirsty Marsh (28) and Jordan Marsh (30)"),
            ("Address", "7 Partridge Row, Pillowmere"),
            ("Conference", "Initial child protection conference, Monday 16/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Leona Grant, Pillowmere Family Safeguarding Team"),
            ("Chair", "Martin Oyelaran"),
        ]),
        ("h1", "Danger statements"),
        ("p", "Children's Services and everyone at conference are worried that Kai could be seriously hurt, on "
              "the road or in the house, if he is left without an adult watching him while Jordan is asleep "
              "after drinking or smoking cannabis, as happened on 22 April when a neighbour found Kai on his "
              "own on Partridge Row at 2pm."),
        ("p", "We are also worried that Amber and Kai will be frightened, and could be hurt, if Jordan loses his "
              "temper after drinking, as happened on 3 May when he punched a hole in the bedroom door while "
              "Amber was hiding behind it."),
        ("h1", "Safety goals"),
        ("p", "Children's Services will be ready to end the plan when everyone, including Amber's school and "
              "the safety network, is confident that:"),
        ("bullets", [
            "Kai and Amber are always watched and looked after by an adult who is awake, sober and has not "
            "smoked cannabis.",
            "Amber and Kai live in a home where nobody shouts, smashes things or hurts anyone, and Amber tells "
            "us she feels safe there.",
            "Amber and Kai know which grown-ups in their network to go to, and Amber can say what the plan is.",
        ]),
        ("h1", "Assessment summary"),
        ("table", {
            "header": ["What are we worried about?", "What's working well?"],
            "widths": [8.5, 8.5],
            "rows": [
                ["Jordan drinks most evenings and smokes cannabis during the day when he is looking after Kai "
                 "while Kirsty works. Police have been called twice since March. Kirsty says she is \"walking "
                 "on eggshells\". The stairs have no gate and the front door opens onto the road.",
                 "Kirsty noticed Kai was missing within minutes and rang 999 herself. Jordan has said he will "
                 "see the recovery service. Nan (Sheila Parr) lives two streets away and has looked after Kai "
                 "on Kirsty's work days since April. Amber is doing well at school."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough for the "
              "plan to end and 0 means they cannot safely live at home, conference scores ranged from 2 (the "
              "police) to 5 (Kirsty). Jordan put himself at 6. Amber put home at 4 on her safety house."),
        ("h1", "What Amber and Kai have told and shown us"),
        ("p", "Amber (seen on her own at school, 11 June): \"When Daddy is cross I go behind my door and hold "
              "it.\" On her safety house she drew Nan, her teacher Mrs Lyle and \"Uncle Dean because he is "
              "funny\". She wants \"Daddy to not have the beer\" and to go to Nan's after school. Kai was seen at "
              "home twice: he chatted to Leona about his trains, climbed the stairs on his own with nobody "
              "watching, and went straight to Kirsty when Jordan raised his voice."),
        ("h1", "Safety network"),
        ("p", "Sheila Parr (Nan, Kirsty's mum), Dean Parr (Kirsty's brother) and Bev Horton (neighbour at "
              "number 9) came to the network meeting on 12 June and have all read the danger statements."),
        ("h1", "Safety plan – what needs to happen"),
        ("table", {
            "header": ["Safety goal", "What needs to happen", "Who", "When", "How will we know"],
            "widths": [3.0, 5.0, 3.0, 2.7, 3.3],
            "rows": [
                ["1. Kai and Amber are looked after by an adult who is awake and sober",
                 "Drug and alcohol assessment for Jordan, and a plan agreed with him",
                 "Pillowmere Recovery Service (keyworker Sean Tully)", "By 30 June",
                 "Letter to the SW setting out the assessment and the plan"],
                [V, "Safety network meeting to agree who checks on the family each evening and what they "
                    "look for",
                 "SW Leona Grant", V,
                 "Written safety plan signed by everyone in the network, with a copy on the fridge"],
                [V, "Words and pictures explanation for Amber of why a social worker is involved",
                 "SW Leona Grant", V,
                 "Amber can tell her Nan what the plan is in her own words"],
                [V, "Evening check-ins at the house to make sure Jordan is sober when he has the children",
                 "Safety network", "Every evening", "The network will keep an eye on things"],
                ["2. Kai is always watched and the house is safe for a 3-year-old",
                 "Stair gate, window restrictors and a high bolt on the front door fitted", "",
                 "By 14 July", "SW sees them fitted at a home visit"],
                [V, "Nan to have Kai at her house while Kirsty is at work",
                 "Nan (Sheila Parr)",
                 "Tuesdays and Thursdays, 8am to 6pm", "Nan's diary of the days, seen by the SW"],
                [V, "Home safety check with Kirsty and Jordan, room by room",
                 "HV Rosa Kemp", "When appropriate",
                 "HV home safety checklist signed and shared with the SW"],
                ["3. Amber feels safe at home and has people to talk to",
                 "Weekly sessions with Amber at school about her feelings and worries",
                 "Mrs Lyle, learning mentor", "Every Wednesday in term time",
                 "Sessions with Amber completed each week"],
                [V, "See Amber and Kai on their own at home, and Amber at school",
                 "SW Leona Grant", "Fortnightly until the review conference",
                 "Amber's words written on her safety house at each visit"],
                [V, "Jordan to go to the Pillowmere Men's Project course on anger and respect at home",
                 "Jordan Marsh", "Thursday evenings for 12 weeks from 3 July",
                 "Attendance sent to the SW monthly, and a final report"],
            ],
        }),
        ("h1", "If the danger happens"),
        ("p", "If Jordan is found to have been drinking or smoking cannabis while he is looking after Amber or "
              "Kai, or anyone in the network finds the children without a sober adult, they will ring Leona "
              "(or the emergency duty team out of hours). Jordan will leave the house that night, Amber and Kai "
              "will stay with Nan at 12 Pantile Court, and Leona will hold a strategy discussion the same day."),
        ("p", "If this happens twice before the review conference, or Jordan has not had his assessment by "
              "30 June, Leona will ask her manager for a legal planning meeting."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Pillowmere C of E Primary, 3.30pm: Thursday 26 June, 24 July and "
              "21 August 2025. Review child protection conference: Monday 8 September 2025, 10am, Pillowmere "
              "Town Hall."),
        ("p", "Plan written by Leona Grant (SW) with Kirsty, Jordan and the network on 17/06/2025."),
    ],
    "findings": [
        F("W002", "Evening check-ins at the house to make sure Jordan is sober"),
        F("M002", "Evening check-ins at the house to make sure Jordan is sober"),
        F("W001", "Stair gate, window restrictors and a high bolt"),
        F("T002", "Home safety check with Kirsty and Jordan, room by room"),
        F("M001", "Weekly sessions with Amber at school about her feelings"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Combined child in need / child protection plan form for a looked-after
#    baby back in hospital: "When" is the first column, merged down over each
#    group of actions ("Before Alfie leaves hospital") (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b86_prestonbeck_cin_cp_form_when_column_merged_booth.docx",
    "doc_title": "Child's Plan (Child in Need / Child Protection) - Alfie Booth",
    "split": "heldout",
    "actions": 10,
    "template": "combined-cin-cp-plan-form-docx-numbered-sections-when-first-column-merged-down-per-group-what-who-how-we-will-measure",
    "description": (
        "Combined child in need / child protection plan form, child protection ticked, for a 5-week-old "
        "accommodated under section 20 who is back on the children's ward with bronchiolitis; his mother "
        "is a 19-year-old care leaver with depression and self-harm. The action table's first column is "
        "'When', merged down over each group ('Before Alfie leaves hospital', 'Within 4 weeks of "
        "discharge', 'From discharge until the review conference'; three real Word vertical merges). "
        "Faults: nobody is set to visit Alfie on the ward (L001), six of ten actions are about Chloe's "
        "own needs (F001), the adult mental health team only supports (H001), 'Engagement' (M002), "
        "'TBC' as owner (W002), a row dated '–' (T001), an outcome about Chloe only (F002), no "
        "contingency at all (C001) and no legal step (R002)."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child's Plan – Child in Need / Child Protection"),
        ("p", "Prestonbeck Council · Children's Services · Children in Care and Safeguarding Service"),
        ("h2", "1. Child's details"),
        ("kv", [
            ("Name", "Alfie Booth"),
            ("Date of birth", "09/05/2025 (5 weeks)"),
            ("Type of plan", "Child protection (not child in need)"),
            ("Conference", "Initial child protection conference, Thursday 12/06/2025"),
            ("Category", "Neglect"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 23/05/2025, with Chloe's "
                             "agreement"),
            ("Where Alfie is now", "Puffin Ward (children's ward), Prestonbeck General Hospital, since "
                                   "08/06/2025, with bronchiolitis and poor feeding. Before that he was with "
                                   "foster carers Grace and Tunde Adeyemi, and he will go back to them when "
                                   "he is discharged."),
            ("Mother", "Chloe Booth (19), 3 Primrose Court, Prestonbeck. Chloe is a care leaver and has a "
                       "personal adviser from the Leaving Care Team."),
            ("Father", "Not named. Chloe says he has no contact and does not know about Alfie."),
            ("Social worker", "Rhiannon Price, Children in Care Team 1"),
            ("Chair", "Ewan Mulholland"),
        ]),
        ("h2", "2. Why Alfie has a plan"),
        ("p", "Chloe has depression and has self-harmed since she was 14. On 22 May, when Alfie was 13 days old, "
              "she cut her arms while she was alone with him and then fell asleep; her friend found Alfie "
              "crying in his pram with a wet nappy and an empty bottle at 11pm. Chloe agreed for Alfie to be "
              "looked after by foster carers the next day. She stopped her antidepressants in pregnancy and has "
              "not restarted them. She wants Alfie home and says she \"will do whatever it takes\". Conference "
              "agreed a child protection plan alongside Alfie's care plan because Chloe has said she may "
              "withdraw her agreement to section 20."),
        ("h2", "3. Alfie's wishes, feelings and daily life"),
        ("p", "Alfie is too young to tell us, so this is what his foster carers, the ward nurses and the social "
              "worker have seen. Before he went into hospital he was feeding every three hours, was content, "
              "and settled best held upright on Grace's shoulder. On the ward he is on oxygen overnight and "
              "tires quickly at feeds, so some feeds go down a tube. The nurses say he calms when he is held "
              "and talked to and gets distressed when he is left in his cot for long. When Chloe visited on "
              "10 June she held him for an hour and he fell asleep on her."),
        ("h2", "4. Strengths"),
        ("p", "Chloe asked for help on 23 May and agreed to section 20. She has kept in touch with the social "
              "worker and her personal adviser. The foster carers know Alfie well and have kept a diary of "
              "his feeds and sleep for Chloe."),
        ("h2", "5. Desired outcomes"),
        ("bullets", [
            "Alfie is fed, warm and gaining weight, in hospital and after he leaves.",
            "Alfie has time with his mum that is safe and helps them get to know each other.",
            "Alfie's health needs are met and his checks and immunisations are done on time.",
            "Chloe will manage her mental health and stop self-harming.",
        ]),
        ("h2", "6. Action plan"),
        ("table", {
            "header": ["When", "What needs to happen", "Who", "How we will measure progress"],
            "widths": [3.0, 6.4, 3.6, 4.0],
            "rows": [
                ["Before Alfie leaves hospital",
                 "Liaise with the ward about Alfie's discharge date and pass his feeding plan to the foster "
                 "carers",
                 "SW Rhiannon Price", "Discharge plan sent to the foster carers and to Chloe"],
                [V, "Chloe to see her GP for a review of her antidepressants", "Chloe Booth",
                 "GP confirms the review has taken place"],
                [V, "Housing Options referral for Chloe's own tenancy", "SW Rhiannon Price",
                 "Housing application reference number on file"],
                ["Within 4 weeks of discharge",
                 "Chloe to attend the Adult Mental Health Team for support with her low mood and self-harm",
                 "Prestonbeck AMHT (care coordinator Ben Shaw)", "Chloe attends her appointments (AMHT record)"],
                [V, "Chloe to join the Prestonbeck Works training programme for care leavers", "Chloe Booth", "Engagement"],
                [V, "Apply for Universal Credit and Personal Independence Payment",
                 "Chloe, with her personal adviser", "Award letters on file"],
                ["From discharge until the review conference",
                 "Pathway plan review for Chloe as a care leaver",
                 "Personal adviser, Prestonbeck Leaving Care Team", "Updated pathway plan on file"],
                [V, "Supervised contact for Chloe and Alfie at Prestonbeck Family Centre, three times a week",
                 "TBC", "Contact record sent to the SW after each session"],
                ["Weekly for 6 weeks after discharge",
                 "Weigh Alfie at the foster home and check his feeding and breathing", "HV Tasha Bell",
                 "Weight in the red book, on or above the 9th centile"],
                ["–", "Parenting assessment of Chloe and Alfie together at the family centre",
                 "Ayo Bankole, Prestonbeck Family Centre",
                 "Written assessment report shared with the core group"],
            ],
        }),
        ("h2", "7. Review arrangements"),
        ("p", "Core group every 4 weeks at Prestonbeck Family Centre, 2pm: Tuesday 24/06/2025, Tuesday "
              "22/07/2025 and Tuesday 19/08/2025. Review child protection conference: Thursday 04/09/2025, "
              "10am, Prestonbeck Civic Centre. Alfie's first looked-after review will be held with the "
              "independent reviewing officer on 19/06/2025."),
        ("p", "Plan completed by Rhiannon Price (SW) on 13/06/2025."),
    ],
    "findings": [
        F("H001", "Chloe to attend the Adult Mental Health Team for support"),
        F("M002", "Chloe to join the Prestonbeck Works training programme"),
        F("W002", "Supervised contact for Chloe and Alfie at Prestonbeck Family Centre"),
        F("T001", "Parenting assessment of Chloe and Alfie together"),
        F("F002", "Chloe will manage her mental health and stop self-harming."),
        F("L001"),
        F("F001"),
        F("C001"),
        F("R002"),
    ],
})
