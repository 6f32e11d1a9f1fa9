"""Batch 110, module y: seven fictional plans (held-out material), places beginning with "y".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans built around safety rules and agreements as much as tasks.
Standing rules that hold "every night" or "at all times, from" a signed date
sit beside ordinary dated tasks; stages give the time for every row beside
them; times are written as limits ("no later than", "not before the PLO
review meeting", "within 48 hours of any relapse"); measures are signed
registers, a photo of the cot, drug and breath test results, an attendance
print-out. Four plans are exemplary: a Word safety plan whose family network
table sits above the professionals' table; a pre-birth PDF whose merged Stage
column gives the time for every action; a Markdown signed agreement whose
rules each carry the signer's initials; a review PDF split into standing
rules and tasks with a time limit. Three carry realistic faults among good
rows: plain-text core group minutes with an action log, a Word two-column
agreement ("What we agreed" | "How we will check"), and a Markdown Signs of
Safety plan with safety goals and next steps.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC safety plan, risk from a convicted sex offender (mother's brother),
#    mother with depression. Word plan: a family safety network table, then a
#    professionals' table; signed. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_yarborne_safety_plan_family_network_table_hollis.docx",
    "doc_title": "Family Safety Plan - Rhys and Poppy Hollis",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-word-family-safety-plan-details-list-worries-childrens-words-working-well-safety-goal-bullets-then-the-plan-part-1-family-safety-network-table-part-2-professionals-table-contingency-bullets-core-group-signatures",
    "description": (
        "Exemplary initial conference safety plan for a 6-year-old and a 14-month-old whose mother let "
        "her brother, on licence for a sexual offence against a child, babysit them; the mother has "
        "depression and had stopped her medication. The plan is a signed family safety agreement: a "
        "family network table (standing rules 'at all times, from signing', a back-up carer 'within one "
        "hour of Carly's call') above a professionals' table. Every row has an owner, a time and a check "
        "(visitors' book, collection log, nursery register); the CMHT care co-ordinator reports on "
        "capacity to change, the contingency names triggers, a same-day response, a fallback if the "
        "network fails and a legal planning meeting; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Family Safety Plan"),
        ("p", "Yarborne District Council · Children's Services · Child protection plan agreed at the initial "
              "child protection conference on 10/07/2025"),
        ("kv", [
            ("Children", "Rhys Hollis (6), DOB 12/02/2019; Poppy Hollis (14 months), DOB 30/04/2024"),
            ("Home", "22 Kestrel Drive, Yarborne YB6 2LQ"),
            ("Mum", "Carly Hollis (27)"),
            ("Dad", "Lewis Hollis (30), 8 Tanner's Row, Yarborne; separated from Carly since 2024"),
            ("Person who poses a risk", "Shane Platt (33), Carly's brother; released on licence in May 2025 after a "
                                        "conviction in 2019 for sexually assaulting a 9-year-old girl"),
            ("Category", "Sexual abuse (risk of)"),
            ("Conference chair", "Anita Marwood"),
            ("Social worker", "Tom Ashby, Safeguarding Team West (team manager: Joanne Keel)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Shane's licence says he must not have unsupervised contact with anyone under 18. On 20/06/2025 the "
              "police went to 22 Kestrel Drive after a neighbour rang them and found Shane alone with Rhys and "
              "Poppy at 11pm while Carly was at a friend's birthday party. Carly told the police she does not "
              "believe Shane did what he was convicted of and that “he's family”. Carly has depression. She has "
              "missed her last three appointments with the community mental health team and told the SW she "
              "stopped her antidepressants in May because they made her tired. Poppy's 12-month health review "
              "has not been done."),
        ("h1", "What Rhys and Poppy tell and show us"),
        ("p", "Rhys (seen on his own at school, 03/07/2025): “Uncle Shane let us stay up and watch films on his "
              "phone. Mummy stays in bed a lot and I make Poppy's bottle.” He drew his house with himself and "
              "Poppy in the kitchen and his mum upstairs. The best place, he said, is “Auntie Mel's, because she "
              "has a trampoline”, and what he would like most is “Mummy to get up and take me to school”."),
        ("p", "Poppy is 14 months old and not talking yet. On both home visits she was clean and had been fed. "
              "When she bumped her head she crawled to Carly and settled in her arms within a minute. When Lewis "
              "arrived on 07/07/2025 she held her arms up to him straight away. On 01/07/2025 she was still in "
              "her sleepsuit at 2pm with a very full nappy."),
        ("h1", "What is working well"),
        ("p", "Carly came to the conference, listened to the worries and signed this plan. She loves Rhys and "
              "Poppy and they are close to her. Lewis has had the children every other weekend since the "
              "separation and has never missed one. Mel Hollis, Lewis's sister, has offered to be the back-up "
              "carer. Rhys's school describes him as kind, curious and keen to learn."),
        ("h1", "Safety goal: what we want for Rhys and Poppy"),
        ("bullets", [
            "Rhys and Poppy are never alone with Shane, or with anyone else who poses a risk to children, at home "
            "or anywhere else.",
            "Rhys and Poppy are cared for every day by an adult who is well enough to get them up, fed and to "
            "school or nursery on time.",
            "Rhys knows who his safe adults are and tells one of them when something worries him.",
            "Poppy's health and development checks are up to date and she is growing and developing well.",
        ]),
        ("h1", "The plan"),
        ("p", "Everyone in Part 1 signed this plan at the conference. Each row is one thing that person agreed; "
              "the last column says how we will check that it is happening."),
        ("h2", "Part 1 – Our family safety network"),
        ("table", {
            "header": ["Network member", "What they agreed", "When", "How we will check"],
            "widths": [3.0, 5.6, 3.4, 5.0],
            "bold_first_col": True,
            "rows": [
                ["Carly Hollis\n(Mum)",
                 "Never leave Rhys or Poppy alone with Shane, and never let Shane into the house or the garden",
                 "At all times, from signing on 10/07/2025",
                 "Visitors' book by the front door, signed by every adult who comes in and read by the SW at "
                 "each visit; Shane's offender manager confirms each month that he has not been to the address"],
                ["Carly Hollis\n(Mum)",
                 "Get Rhys to school by 8.50am and collect him at 3.15pm, or have Jean or Mel collect him; "
                 "nobody else may",
                 "Every school day",
                 "Yarborne Park Primary's collection log shows who brought and collected Rhys; the DSL emails "
                 "it to the SW each Friday"],
                ["Carly Hollis\n(Mum)",
                 "Take Poppy to Little Acorns Nursery for her three booked mornings",
                 "Every Monday, Wednesday and Friday from 14/07/2025",
                 "Nursery register, sent to the SW every other Friday, shows Poppy in on each booked morning"],
                ["Carly Hollis\n(Mum)",
                 "Go to her mental health appointments and take her medication, so that she is well enough to "
                 "get up for Rhys and Poppy each morning",
                 "Every appointment (fortnightly from 17/07/2025); medication every day",
                 "Appointments kept and tablets counted, written in the care co-ordinator's report to each core "
                 "group"],
                ["Jean Platt\n(maternal grandmother)",
                 "Look after Rhys and Poppy at her flat after school and nursery",
                 "Every Tuesday and Thursday, 3.15pm to 6.30pm",
                 "Jean and Carly sign the handover sheet in the network folder at each handover; the SW reads "
                 "it at each visit"],
                ["Jean Platt\n(maternal grandmother)",
                 "Make sure Shane is never at her flat when Rhys and Poppy are there, and ring the SW the same "
                 "day if he turns up",
                 "At every visit and stay, from 10/07/2025",
                 "Jean's signed copy of this plan; any call logged by the SW on LCS; the offender manager checks "
                 "Shane's approved address each month"],
                ["Lewis Hollis\n(Dad)",
                 "Have Rhys and Poppy at 8 Tanner's Row, keep them away from Shane, and bring them home on time",
                 "Every other weekend, Friday 5pm to Sunday 5pm, from 18/07/2025",
                 "Handover times written in the network folder by Lewis and Carly; Rhys tells the SW about his "
                 "weekends when seen on his own"],
                ["Mel Hollis\n(paternal aunt)",
                 "Be the back-up carer: collect Rhys and Poppy and keep them overnight if Carly rings to say she "
                 "cannot cope, or if Shane comes to the house",
                 "Within one hour of Carly's call, day or night",
                 "Mel texts the SW by 9am the next morning; the SW records every call-out on LCS and reports "
                 "them to the core group"],
            ],
        }),
        ("h2", "Part 2 – Professionals"),
        ("table", {
            "header": ["Who", "What they will do", "When", "How we will check"],
            "widths": [3.4, 5.6, 3.2, 4.8],
            "rows": [
                ["Tom Ashby\nSocial worker (SW)",
                 "Visit Rhys and Poppy at home, see Rhys on his own, and read the visitors' book and the "
                 "network folder",
                 "Every week from 14/07/2025; at least one visit in four unannounced, including an evening",
                 "LCS records show both children seen each week and Rhys seen alone, with what he said written "
                 "down"],
                ["Tom Ashby\nSocial worker (SW)",
                 "Do six “Keeping Them Safe” sessions with Carly about the risk Shane poses, so that she can say "
                 "in her own words how she will protect Rhys and Poppy",
                 "Weekly, finishing no later than 22/08/2025",
                 "Carly's written safety statement, shared with the core group on 01/09/2025"],
                ["Dana Whitfield\nOffender manager, Yarborne Probation Service",
                 "Tell the SW about any breach of Shane's licence, any change of his address and any report of "
                 "him near Rhys or Poppy",
                 "Within 24 hours of knowing",
                 "Emails on Rhys's and Poppy's files; written probation update to each core group"],
                ["Priya Nandra\nCare co-ordinator (CPN), Yarborne Community Mental Health Team",
                 "See Carly at home, restart and review her medication with the team's psychiatrist, and report "
                 "on whether she is well enough to care for Rhys and Poppy and keep to this plan, what still "
                 "needs to change and how long that is likely to take",
                 "Fortnightly from 17/07/2025; report 2 days before each core group",
                 "Written report on file before every core group, giving Priya's view of Carly's capacity to "
                 "change"],
                ["Gail Pennock\nHealth visitor",
                 "Do Poppy's overdue 12-month review, weigh and measure her and check her development",
                 "No later than 31/07/2025",
                 "Review recorded in Poppy's red book; her weight and ASQ scores emailed to the SW"],
                ["Mrs Ann Royle\nDSL, Yarborne Park Primary",
                 "Be Rhys's named safe adult at school and do a “My Safe People” session with him each week",
                 "Every Wednesday afternoon in term time, from 16/07/2025",
                 "Session notes with Rhys's own words on CPOMS, copied to the SW each half term"],
            ],
        }),
        ("h1", "If the plan is not kept (contingency)"),
        ("bullets", [
            "If Shane is found at 22 Kestrel Drive, or with Rhys or Poppy anywhere, the adult who finds him will "
            "ring 999; Mel will take the children to her home at 4 Coppice Lane that night and Tom will hold a "
            "strategy discussion with Yarborne Police the same day.",
            "If Carly stops her medication or tells anyone she cannot cope, Mel will have Rhys and Poppy that "
            "night and Priya will arrange for Carly to be seen by the crisis team within 24 hours.",
            "If Mel, Jean or Lewis cannot do what they agreed (they are ill or away, or Jean lets Shane visit while "
            "the children are with her), Tom will place Rhys and Poppy together with Yarborne foster carers the "
            "same day.",
            "If Carly lets Shane have any contact with Rhys or Poppy, or breaks this agreement twice in any four "
            "weeks, Tom will ask Joanne Keel for a legal planning meeting within 5 working days to decide whether "
            "to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Mondays at 4pm, Yarborne Family Hub: 04/08/2025, 01/09/2025 and "
            "29/09/2025.",
            "Review child protection conference: Tuesday 07/10/2025, 10am, Yarborne Council House.",
            "Before each core group Tom will ask Rhys what has been better or worse at home and bring his words "
            "to the meeting.",
        ]),
        ("h1", "Signed"),
        ("p", "Carly Hollis · Lewis Hollis · Jean Platt · Mel Hollis · Tom Ashby (SW), all on 10/07/2025. A copy "
              "goes to everyone named in this plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan, father's drinking, smoking in the flat, mother's history
#    of postnatal depression; 3-year-old sibling. Word table with a Stage
#    column merged down over each stage's actions, printed to PDF with a page
#    header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_yenthorpe_prebirth_stages_merged_column_kavanagh.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kavanagh and Ellie Kavanagh",
    "split": "heldout",
    "actions": 17,
    "template": "prebirth-icpc-word-plan-printed-to-pdf-page-header-footer-details-list-worries-sibling-words-and-unborn-baby-experience-outcomes-then-stage-column-merged-down-as-timescale-action-who-how-we-will-know-table-contingency-meetings",
    "description": (
        "Exemplary pre-birth conference plan for an unborn baby and her 3-year-old sister: the father "
        "drinks at weekends and drove the child after drinking, both parents smoke and the father smokes "
        "indoors, and the mother had postnatal depression last time. A Word plan printed to PDF with a "
        "header and page footer. The action table has no When column: a Stage column ('From now until "
        "the baby is born', 'In hospital after the birth, before discharge', 'The first two weeks after "
        "discharge', 'to the review conference on 23/10/2025') is merged down over the actions it times. "
        "Standing rules (no smoking in the flat, no care after drinking) sit beside tasks; measures "
        "include a photo of the made-up cot, CO readings, breath tests and a signed night log. Perinatal "
        "team assesses change, the alcohol service reports, the grandmother's nights have a fallback, "
        "legal planning follows named triggers, dates set."
    ),
    "header": "OFFICIAL-SENSITIVE – Yenthorpe County Council – Children's Social Care",
    "footer": "Baby Kavanagh and Ellie Kavanagh – Pre-birth Child Protection Plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Yenthorpe County Council · Children's Social Care · Pre-birth and Early Years Safeguarding Team"),
        ("kv", [
            ("Unborn baby", "Baby Kavanagh, a girl, due 22/09/2025 (31 weeks at conference)"),
            ("Sister", "Ellie Kavanagh (3), DOB 17/01/2022; goes to Little Wrens Nursery"),
            ("Mother", "Niamh Kavanagh (23)"),
            ("Father", "Connor Beale (26), father of both children; lives with Niamh and Ellie"),
            ("Address", "Flat 6, Cobden House, Mill Lane, Yenthorpe YT3 9PE"),
            ("Maternal grandmother", "Jackie Kavanagh, 12 Orchard Way, Yenthorpe"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Pre-birth initial child protection conference, 28/07/2025. Chair: Marcus Ellery"),
            ("Social worker", "Rachel Ibbotson (team manager: Dev Sandhu)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Connor drinks heavily, mostly from Friday to Sunday. On 14/06/2025 police stopped him driving with "
              "Ellie in the car after he had been drinking; he was over the limit and is due in court in "
              "September. Neighbours have rung the police twice this year about shouting late at night. Both "
              "parents smoke and Connor smokes inside the flat; Ellie has seen the GP four times this year with "
              "chest infections and now uses an inhaler. Niamh had postnatal depression after Ellie was born and "
              "was treated by the perinatal mental health team in 2022. She has told her midwife that she is "
              "feeling low again and is not sleeping."),
        ("h1", "Ellie and the baby: what their lives are like"),
        ("p", "Ellie (seen at home on 16/07/2025 and at nursery on 22/07/2025) talked about the “baby in Mummy's "
              "tummy” and said she would “give her my teddy”. Asked what she does when Daddy is loud, she said “I "
              "go under my covers”. She coughed through both visits. Nursery staff say she is chatty and happy "
              "but very tired on Monday mornings."),
        ("p", "At the 28-week scan the baby was growing along the 50th centile. Niamh says the baby kicks most in "
              "the evenings. Until she is born, the baby's life is Niamh's: how much she smokes, how she sleeps, "
              "and whether the flat is calm at night."),
        ("h1", "What we want for Ellie and the baby"),
        ("bullets", [
            "The baby comes home to a smoke-free flat and a cot of her own, and is fed and settled at every feed, "
            "day and night, by an adult who is sober.",
            "Ellie is never looked after, driven or put to bed by an adult who has been drinking, and her chest "
            "infections stop.",
            "Ellie and the baby are seen by a professional every week and grow and develop well.",
            "Ellie and the baby are cared for by a mum whose mood is well enough for her to notice and meet "
            "their needs.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("p", "The Stage column gives the time for every action beside it. Each row says who does it and how we "
              "will know that it has happened."),
        ("table", {
            "header": ["Stage (when)", "What will happen", "Who", "How we will know"],
            "widths": [2.8, 6.0, 3.4, 4.8],
            "rows": [
                ["Stage 1\nFrom now until the baby is born (due 22/09/2025)",
                 "Not look after Ellie, or be alone with her, on any day he has had a drink, and never drive her "
                 "anywhere",
                 "Connor Beale (Dad)",
                 "Breath test at each alcohol service session and at unannounced SW visits; results emailed to "
                 "the SW"],
                [V,
                 "Keep the flat and the car smoke-free: no one smokes inside, and cigarettes are smoked only "
                 "outside the front door",
                 "Niamh Kavanagh and Connor Beale",
                 "Smoke-free home pledge signed on 28/07/2025; midwife's carbon monoxide reading at each "
                 "antenatal check; no smoke or ashtrays found at SW visits"],
                [V,
                 "See Niamh at every antenatal appointment, take a carbon monoxide reading and ask about her "
                 "mood and about Connor's drinking",
                 "Hannah Gowan, specialist safeguarding midwife, Yenthorpe General Hospital",
                 "Note of each appointment, with the CO reading, emailed to the SW within two working days"],
                [V,
                 "Assess Niamh's mental health and give a written view on how her mood will affect her care of "
                 "a newborn and of Ellie, what needs to change and how long that is likely to take",
                 "Dr Lena Haroun, consultant perinatal psychiatrist, Yenthorpe Perinatal Mental Health Team",
                 "Written assessment sent to the SW no later than 05/09/2025 and discussed at the discharge "
                 "planning meeting"],
                [V,
                 "Assess Connor's drinking, agree a treatment plan, see him weekly with a breath test, and report "
                 "on whether he is cutting down and what still needs to change",
                 "Craig Mottram, recovery worker, Yenthorpe Alcohol Service",
                 "Treatment plan copied to the SW by 08/08/2025; written report with every breath test result "
                 "to each core group"],
                [V,
                 "Complete a pre-birth parenting assessment with Niamh and Connor, including who will be the "
                 "sober adult at night",
                 "Rachel Ibbotson, SW",
                 "Assessment report shared with the parents and the core group no later than 05/09/2025"],
                [V,
                 "Visit Niamh, Connor and Ellie at home every week, one visit in three unannounced and in the "
                 "evening, and talk with Ellie",
                 "Rachel Ibbotson, SW",
                 "Visit records on file with what Ellie said and whether the flat smelled of smoke"],
                [V,
                 "Get a cot and a new mattress, set them up in the parents' bedroom, and send the SW a photo of "
                 "the cot made up with nothing else in it",
                 "Niamh Kavanagh (Mum)",
                 "Photo of the made-up cot received by the SW by 31/08/2025; cot seen at the next home visit"],
                [V,
                 "Check Ellie's attendance and her cough at every nursery session, and tell the SW the same day "
                 "if she is absent or unwell",
                 "Kay Doughty, manager, Little Wrens Nursery",
                 "Nursery register and a short note on Ellie emailed to the SW every Friday"],
                ["Stage 2\nIn hospital after the birth, before discharge",
                 "Watch Niamh and Connor feed, change and settle the baby, and write down how the baby responds "
                 "and any sign that either parent has been drinking",
                 "Midwife in charge, Yenthorpe General maternity ward",
                 "Ward observations in the baby's notes, sent to the SW before the discharge planning meeting"],
                [V,
                 "Hold a discharge planning meeting with the parents, Jackie, the ward, the midwife and the "
                 "health visitor, and agree who is the sober adult each night",
                 "Rachel Ibbotson, SW",
                 "Written discharge plan signed by both parents and Jackie, copied to every core group member "
                 "before the baby goes home"],
                ["Stage 3\nThe first two weeks after discharge",
                 "Stay at the flat every night and be the sober adult for the night feeds",
                 "Jackie Kavanagh (maternal grandmother)",
                 "Jackie signs the night log on the fridge each morning; the SW checks it at every visit"],
                [V,
                 "Never care for the baby or Ellie after drinking: on any night he has had a drink he sleeps at "
                 "his mother's house, 3 Spinney Close",
                 "Connor Beale (Dad)",
                 "Random breath tests at SW visits and alcohol service sessions; Jackie's night log notes any "
                 "night Connor was away"],
                [V,
                 "New-birth visit, then weigh the baby weekly and check that she sleeps on her back in a clear "
                 "cot",
                 "Priya Lal, health visitor",
                 "Weights in the red book and emailed to the SW; safe sleep check written in the HV record at "
                 "each visit"],
                [V,
                 "Visit twice a week, once unannounced, and see the baby awake and Ellie on her own",
                 "Rachel Ibbotson, SW",
                 "Visit records show both children seen twice a week, with how the baby was handled"],
                ["Stage 4\nFrom the end of week two to the review conference on 23/10/2025",
                 "See Niamh every fortnight, watch her with the baby, and report to each core group on her mood, "
                 "her bond with the baby and whether she is making the changes needed in time for the baby",
                 "Beth Orme, perinatal mental health nurse, Yenthorpe Perinatal Mental Health Team",
                 "Written report two days before each core group, with Niamh's Edinburgh Postnatal Depression "
                 "Scale scores"],
                [V,
                 "Weigh the baby at Mill Lane clinic every two weeks and check Ellie's chest and inhaler use at "
                 "the same appointment",
                 "Priya Lal, health visitor",
                 "Weights plotted in the red book; Ellie's inhaler use and any GP visit noted in the HV record "
                 "and sent to the SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Connor is found to have been drinking while caring for Ellie or the baby (a positive breath test, "
            "or a report from Jackie, the ward or the nursery), he will leave the flat that day to stay at his "
            "mother's, and Rachel will hold a strategy discussion with Yenthorpe Police the same day.",
            "If Niamh scores 13 or more on the Edinburgh scale, or tells anyone she has thoughts of harming "
            "herself or the baby, the perinatal team will see her within 24 hours and Jackie will move into the "
            "flat until they have.",
            "If Jackie cannot stay at night (she is ill or has to work), Rachel will arrange that day for Niamh, "
            "Ellie and the baby to go together to a parent and baby foster placement.",
            "If Connor has two positive breath tests before the birth, drives after drinking again, or the flat "
            "is not smoke-free by 05/09/2025, Rachel will ask Dev Sandhu for a legal planning meeting within 5 "
            "working days to decide whether to start the PLO before the baby is born.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Mondays at 2pm, Mill Lane Children's Centre: 11/08/2025, 08/09/2025 and "
            "06/10/2025, with an extra meeting on the ward before discharge.",
            "Review child protection conference: Thursday 23/10/2025, 10am, Yenthorpe County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Review plan under PLO pre-proceedings, mother's heroin relapse,
#    stepfather's drinking. Markdown: a signed agreement table with the
#    signer's initials on each rule, then a professionals' table; times as
#    limits. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_yolsby_signed_agreement_initialled_rules_farrow.md",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-markdown-written-safety-agreement-who-its-for-list-worries-childrens-words-going-well-numbered-outcomes-then-the-plan-part-1-initialled-rules-table-whose-rule-when-check-part-2-professionals-table-contingency-bullets-meetings-signatures",
    "description": (
        "Exemplary first review conference plan, in PLO pre-proceedings, for a 9-year-old and a "
        "3-year-old whose mother relapsed into heroin use and whose stepfather drinks and drove them "
        "after drinking. A Markdown written agreement: Part 1 is a table of rules each initialled by "
        "the person who signed it (no drugs 'every day, from 17/07/2025', medicines in a locked box 'at "
        "all times, from', no driving the children 'not before the PLO review meeting', tell the SW "
        "'within 48 hours of any relapse'), Part 2 the professionals' tasks ('no later than'). Measures "
        "are screens, breath tests, a photo of the locked box, attendance print-outs. The recovery "
        "service owns both parents' treatment, the aunt's help has a fallback, legal planning follows "
        "named triggers and the PLO review, dates set."
    ),
    "text": """\
# Written Safety Agreement and Review Child Protection Plan

**Yolsby Metropolitan Council — Children and Families Service**
First review child protection conference, 17/07/2025 · Chair: Gillian Stroud · Category: neglect
Pre-proceedings under the Public Law Outline since 14/07/2025

## Who this plan is for

- **Millie Farrow**, 9 (DOB 06/11/2015), Year 5 at Yolsby Juniors from September
- **Alfie Dunn**, 3 (DOB 19/03/2022), at Little Steps Nursery four mornings a week
- **Leanne Farrow**, 32, mum
- **Gary Dunn**, 38, Alfie's dad and Millie's stepdad; lives with the family
- **Donna Farrow**, 35, Leanne's sister; 11 Brook Terrace, five minutes' walk away
- Social worker: **Amira Sethi** (team manager: Rob Kinsella)

## What we are worried about

Leanne has used heroin on and off for ten years and has had a methadone prescription since 2021. She
relapsed in May: on 23/05/2025 Millie found her asleep on the bathroom floor and rang Donna. Two
screens in June showed heroin. On 04/06/2025 the SW found a bottle of methadone on the kitchen table
within Alfie's reach. Gary drinks most evenings. On 02/06/2025 he drove Millie and Alfie to the shop
after drinking; police stopped the car and breathalysed him just under the limit. The council started
pre-proceedings on 14/07/2025 because there had been too little change in three months on a plan.

## What Millie and Alfie have told us

Millie (seen on her own at school, 09/07/2025): *"I check on Mum in the morning before I wake Alfie.
When Gary's had beer he's funny but then he shouts. I want to stay at home, but I want Mum to be better
and Aunty Donna to come round more."* She gave home 5 out of 10 for feeling safe.

Alfie is 3. He chatted about his "big bus" and showed the SW that the "medicine box lives up high". When
he wanted a drink he went to Millie, not to Leanne.

## What is going well

Leanne's last three weekly screens have been clear and she has been to every key-work session since
June. Gary has said he will stop drinking and has booked an assessment. Donna is close to the children
and has offered to help every week. The house is warm and tidy, and Millie's school says she works hard.

## What must be true for Millie and Alfie

1. Millie and Alfie are looked after every day by an adult who has not taken drugs or been drinking.
2. No drugs, methadone, medicines or alcohol are ever within Millie's or Alfie's reach.
3. Millie gets to be a child: she goes to school every day and does not have to check on her mum.
4. Millie and Alfie can go on living safely at home with their mum and Gary.

## The plan

### Part 1 — The rules Leanne, Gary and Donna signed on 17/07/2025

Each person initialled their own rules at the conference.

| No. | We agree that | Whose rule | When | How we will check | Initials |
|---|---|---|---|---|---|
| 1 | Leanne will not use heroin or any drug that is not prescribed to her | Leanne | Every day, from 17/07/2025 | Urine screen at every Tuesday key-work session; results sent to the SW each Wednesday | LF |
| 2 | Gary will not look after Millie or Alfie on any day he has had a drink; if he has been drinking he sleeps at his brother Steve's flat that night | Gary | Every day, from 17/07/2025 | Breath test at unannounced evening visits by the SW; Millie asked on her own at each visit | GD |
| 3 | Leanne and Gary will keep methadone, all medicines and all alcohol in the locked box on top of the kitchen cupboard, with the key on Leanne's keyring | Leanne and Gary | At all times, from 17/07/2025 | Photo of the locked box in place sent to the SW on 18/07/2025; the SW sees the box locked at every visit | LF, GD |
| 4 | Gary will not drive Millie or Alfie anywhere | Gary | Not before the PLO review meeting on 02/10/2025 | Millie tells the SW on her own how she got to school and clubs; the school's and the nursery's drop-off logs | GD |
| 5 | Leanne will tell the SW and Donna about any use of heroin or other drugs, and Millie and Alfie will stay with Donna until Leanne's next screen is clear | Leanne | Within 48 hours of any relapse | The recovery service's screen results match what Leanne told the SW; the SW's record of each call | LF |
| 6 | Leanne will take Millie to school and Alfie to nursery on time, herself or with Donna | Leanne | Every school and nursery day | School attendance print-out and nursery sign-in sheet emailed to the SW each Friday | LF |
| 7 | Donna will have Millie and Alfie at her house while Leanne goes to her Saturday recovery group | Donna | Every Saturday, 10am to 2pm, from 19/07/2025 | Handover sheet signed by Donna and Leanne, read by the SW at each visit | DF |
| 8 | Donna will collect Millie and Alfie and keep them overnight if Leanne rings to say she has used, or Gary has been drinking | Donna | Within one hour of the call, day or night | Donna tells the SW by 9am the next day; each call-out recorded on the children's files | DF |

### Part 2 — What the professionals will do

| No. | Action | Who | When | How we will know |
|---|---|---|---|---|
| 9 | Key-work with Leanne, methadone review with the prescriber and a urine screen at each session; written report to each core group on whether she is staying off heroin and what still has to change for Millie and Alfie | Dee Fairclough, recovery co-ordinator, Yolsby Recovery Service | Every Tuesday; report 2 days before each core group | Screen results and the written report on the children's files before each core group |
| 10 | Assess Gary's drinking, agree a treatment plan with him and breath-test him at each weekly session | Ian Budd, alcohol worker, Yolsby Recovery Service | Assessment no later than 04/08/2025, then weekly | Treatment plan and each week's breath test result emailed to the SW |
| 11 | Visit Millie and Alfie at home, see Millie on her own, and check the locked box and the handover sheet | Amira Sethi, SW | Every week; one evening visit in two unannounced | Visit records with Millie's own words and her safety score out of 10 |
| 12 | Arrange hair strand tests for drugs (Leanne) and alcohol (Gary) | Amira Sethi, SW | No later than 29/08/2025 | Laboratory results on file and shared with the parents' solicitors before the PLO review meeting |
| 13 | Meet Millie with her learning mentor, and ring the SW the same day if she is absent, late or worried about home | Mr Omar Quist, DSL, Yolsby Juniors | Every Monday morning in term time, from 08/09/2025 | Notes with Millie's own words on CPOMS, copied to the SW each Friday |
| 14 | Ring the SW the same day if Alfie is not brought in, or is collected by anyone other than Leanne, Donna, or Gary when he has not been drinking | Claire Hynd, manager, Little Steps Nursery | Every nursery session | Sign-in sheet emailed to the SW every Friday; same-day calls logged on the nursery's safeguarding record |
| 15 | Hold the PLO review meeting with Leanne, Gary and their solicitors once the hair strand results and both recovery reports are in | Amira Sethi, SW, with Rob Kinsella (team manager) | 02/10/2025, and not before all results are received | Outcome letter sent to both parents and their solicitors within 5 working days of the meeting |

## If the agreement is broken

- **Trigger:** a screen positive for heroin, Leanne found under the influence, or Gary looking after the
  children after drinking. **Response:** Millie and Alfie go to Donna's the same day; Amira holds a
  strategy discussion with Yolsby Police the same day; Leanne's time with the children is supervised by
  Donna until her next screen is clear.
- **If Donna cannot have them** (she is ill or away, or does not answer within the hour): Amira places
  Millie and Alfie together with Yolsby foster carers the same day; out of hours the Emergency Duty Team
  does this.
- **Legal planning:** after two positive or missed screens in any four weeks, or any break of rule 2 or
  rule 4, Amira asks Rob Kinsella for a legal planning meeting within 5 working days to decide whether to
  issue care proceedings. The same happens if the PLO review meeting on 02/10/2025 finds too little
  change.

## Meetings

- Core group: every four weeks, Mondays at 3.30pm, Yolsby Family Centre — 11/08/2025, 08/09/2025,
  06/10/2025, 03/11/2025 and 01/12/2025.
- PLO review meeting: 02/10/2025, 11am, Yolsby Town Hall.
- Second review child protection conference: 15/01/2026, 10am, Yolsby Town Hall.

## Signed

Leanne Farrow · Gary Dunn · Donna Farrow · Amira Sethi (SW) — 17/07/2025
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes, neglect, mother with anxiety and depression.
#    Plain-text minutes: attendees, outcomes restated, updates, children's
#    views, numbered action log with Who / By / How we will know lines.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_yazelford_core_group_minutes_action_log_tranter.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-plain-text-dotted-field-header-attendees-numbered-upper-case-sections-outcomes-restated-updates-childrens-views-then-numbered-action-log-who-by-how-we-will-know-lines-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for a 7-year-old and a 2-year-old living in neglect with a "
        "mother who has anxiety and depression. Plain-text minutes whose action log is the updated plan "
        "(Who / By / How we will know under each action); most actions are sound (weekly visits, the "
        "two-year review, attendance print-outs, dad's Saturdays, a GP review). Faults: an outcome about "
        "the mother's mood only; 'Support Mum with the house' with no time and no measure; CPN "
        "appointments that only support; a locked-box rule no one checks; nursery checks 'monitored by "
        "nursery'; 'All professionals' to share concerns; a dentist 'ASAP'; the contingency only says "
        "the plan will be reviewed, no legal step, and the review conference is 'to be confirmed'."
    ),
    "text": """\
YAZELFORD BOROUGH COUNCIL - CHILDREN'S SERVICES
CORE GROUP MEETING: MINUTES AND UPDATED ACTION LOG

Children ........ Kaycee Tranter (7), DOB 14/03/2018
                  Jayden Tranter (2), DOB 02/05/2023
Address ......... 27 Pinfold Court, Yazelford YZ4 6HT
Mother .......... Stacey Tranter (26)
Father .......... Ryan Holt (29), 5 Canal Side, Yazelford (does not live at the address)
Plan made ....... Initial child protection conference, 01/07/2025 (category: neglect)
Meeting ......... Core group 3, Friday 05/09/2025, 4pm, Yazelford Family Hub
Chair/minutes ... Lauren Piers, social worker

Present: Lauren Piers (SW); Stacey Tranter (Mum); Ryan Holt (Dad); Amy Kerr (HV);
Jo Creed (CPN, Yazelford Community Mental Health Team); Tina Marsh (FSW);
Mrs Helen Dowd (DSL, Brook Street Primary); Sam Tully (Yazelford Day Nursery)
Apologies: Dr Neil Varma (GP, Yazelford Health Centre) - written update sent

1. WHY KAYCEE AND JAYDEN HAVE A PLAN

At the conference on 01/07/2025 the house was dirty, with dog mess on the floor and
little food in the cupboards. Jayden had missed his one-year and two-year health
checks. Kaycee was late for school 22 times last year and often came in hungry.
Stacey has anxiety and depression; she told the conference she finds it hard to get
out of bed and to open letters. She is prescribed sertraline by her GP and sees a
CPN from the community mental health team.

2. OUTCOMES FROM THE PLAN (unchanged since conference)

- Kaycee and Jayden live in a clean, safe home with food in the cupboards and a bed each.
- Kaycee gets to school on time every day and Jayden goes to every nursery session he is booked for.
- Jayden's health and development checks are up to date.
- Stacey's mood will improve.

3. UPDATES SINCE THE LAST CORE GROUP (08/08/2025)

SW: Four visits in August, one unannounced. The kitchen was clean at the last two
visits. Jayden now has a cot bed; Kaycee's mattress has still not been replaced.
HV: Saw Jayden on 20/08/2025. He weighed 11.2kg (25th centile). His two-year review
is booked for next week.
CPN: Stacey has been to three of four appointments since July.
FSW: Tina has visited twice. A food bank referral was made and Stacey went to it.
School: Kaycee has been on time on both days of the new term.
Nursery: Jayden has been to 9 of his 12 sessions since 01/08/2025.
GP (written): Stacey's sertraline was increased on 12/08/2025.
Dad: Ryan has had the children every Saturday since the conference.

4. WHAT KAYCEE AND JAYDEN HAVE SAID AND SHOWN US

Kaycee (seen on her own at school on 04/09/2025) said: "It's better because Mum
gets up now. I like Saturdays at Dad's. I don't like it when there's no milk."
She scored home 6 out of 10 (it was 3 at conference).
Jayden (2) was seen at nursery and at home. He runs to the door to meet Ryan, eats
everything he is given at nursery and is chatty with staff. At home on 29/08/2025
he was in a wet nappy at 11am and the stair gate was open.

5. SCALING

The core group scaled the children's safety at 5 out of 10 (0 = the children must
leave home, 10 = the plan can end). Stacey scaled 7 and Ryan 6.

6. ACTIONS AGREED

6.1  Visit Kaycee and Jayden at home, one visit in three unannounced, and see Kaycee on her own
     Who: Lauren Piers (SW)
     By: every week
     How we will know: visit records show both children seen and Kaycee's own words written down

6.2  Complete Jayden's two-year review (ASQ) and weigh and measure him
     Who: Amy Kerr (HV)
     By: no later than 19/09/2025
     How we will know: ASQ scores and weight in the red book, copied to the SW

6.3  Support Mum with the house and the bedtime routine
     Who: Tina Marsh (FSW)
     By: -
     How we will know: -

6.4  Continue fortnightly appointments to support Stacey with her anxiety and low mood
     Who: Jo Creed (CPN, Yazelford Community Mental Health Team)
     By: fortnightly
     How we will know: Stacey's attendance shared with the SW

6.5  Keep all tablets in the locked box and the stair gate shut, at all times
     Who: Stacey
     By: every day from 05/09/2025
     How we will know: -

6.6  Check Jayden's presentation, nappy and lunchbox at each nursery session
     Who: Sam Tully, Yazelford Day Nursery
     By: every session (Monday, Wednesday and Friday)
     How we will know: monitored by nursery

6.7  Email Kaycee's attendance print-out, with her late marks, to the SW
     Who: Mrs Helen Dowd (DSL, Brook Street Primary)
     By: every Friday from 12/09/2025
     How we will know: print-out on file; attendance 95% or more and no more than one late mark a week

6.8  Share any concern about the children with the SW the same day
     Who: All professionals
     By: same day
     How we will know: logged on the case file

6.9  Register Jayden with a dentist and take him for a check-up
     Who: Stacey
     By: ASAP
     How we will know: dentist's letter seen by the SW

6.10 Have Kaycee and Jayden at his flat from 10am to 4pm and give them lunch
     Who: Ryan Holt (Dad)
     By: every Saturday
     How we will know: contact book signed at each handover and seen by the SW

6.11 Review Stacey's sertraline and write to the SW about how her mood affects her care of Kaycee and Jayden
     Who: Dr Neil Varma (GP)
     By: 26/09/2025
     How we will know: GP letter on both children's files

7. CONTINGENCY

If things do not improve, the plan will be reviewed at the next core group.

8. NEXT MEETINGS

Next core group ............. Friday 03/10/2025, 4pm, Yazelford Family Hub
Review child protection conference ... date to be confirmed

Minutes sent to everyone present and to Dr Varma on 08/09/2025.
""",
    "findings": [
        F("F002", "Stacey's mood will improve."),
        F("T001", "Support Mum with the house and the bedtime routine"),
        F("M001", "Support Mum with the house and the bedtime routine"),
        F("H001", "Continue fortnightly appointments to support Stacey with her anxiety"),
        F("M001", "Keep all tablets in the locked box"),
        F("M002", "Check Jayden's presentation, nappy and lunchbox at each nursery session"),
        F("W002", "Share any concern about the children with the SW"),
        F("T002", "Register Jayden with a dentist and take him"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, domestic abuse, mother with postnatal depression, baby and a
#    5-year-old. Word two-column agreement ("What we agreed" | "How we will
#    check") with owner and time written into each agreement. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_yendlecombe_two_column_agreement_pryor.docx",
    "doc_title": "Written Agreement and Child Protection Plan - Lily-Mae and Oscar Pryor",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-word-written-agreement-details-list-why-childrens-words-outcomes-then-two-column-table-what-we-agreed-how-we-will-check-owner-and-time-in-agreement-cell-contingency-meetings-signatures",
    "description": (
        "Initial conference plan for a 5-year-old and a 10-week-old baby after their mother was "
        "assaulted by the baby's father while holding the baby; the mother has postnatal depression. "
        "A Word written agreement in two columns, 'What we agreed' (who, what and when in one "
        "sentence) and 'How we will check'. Most rows are sound (the non-molestation order, safe "
        "sleep with a photo of the cot, weekly weighs, the GP review, the DASH, weekly SW visits, "
        "grandparents' evenings and Fridays). Faults: the perinatal team 'will support Sian' with no "
        "time; a phone rule with nothing in the check column; 'The family' to get Lily-Mae to school; "
        "the Freedom Programme 'when she feels ready'; school sessions 'Reviewed at core group'; the "
        "grandparents carry evenings and the contingency with no fallback."
    ),
    "blocks": [
        ("title", "Written Agreement"),
        ("p", "Yendlecombe Borough Council · Children's Services · This agreement is Lily-Mae's and Oscar's child "
              "protection plan, made at the initial child protection conference on 04/08/2025."),
        ("kv", [
            ("Children", "Lily-Mae Pryor (5), DOB 02/10/2019; Oscar Pryor (10 weeks), DOB 26/05/2025"),
            ("Address", "Flat 2, 19 Wharf Street, Yendlecombe YD1 4SN"),
            ("Mother", "Sian Pryor (29)"),
            ("Oscar's father", "Kieran Carver (31); a non-molestation order protects Sian and the children from "
                               "30/07/2025 to 30/07/2026"),
            ("Maternal grandparents", "Pauline and Mick Pryor, 3 Saxon Road, Yendlecombe"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Gemma Lowe, Children's Safeguarding Team North (team manager: Ravi Bassi)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "On 12/07/2025 Kieran punched Sian in the face while she was holding Oscar; Lily-Mae saw it from the "
              "doorway and ran to a neighbour. Kieran was arrested and is on bail not to contact Sian. There were "
              "two earlier incidents this year that Sian did not report. Sian was diagnosed with postnatal "
              "depression on 20/06/2025; her GP prescribed sertraline and referred her to the perinatal mental "
              "health team. Since the assault Oscar's weight has dropped from the 25th to the 9th centile, and "
              "Lily-Mae has wet the bed most nights and has not wanted to go to school."),
        ("h1", "What Lily-Mae says and what we see of Oscar"),
        ("p", "Lily-Mae (seen on her own at Nana Pauline's, 28/07/2025): “Kieran hurt Mummy and Oscar was crying. "
              "I don't want him to come back. I like it when Nana does my bath.” She drew a big red door with a "
              "lock on it and said it was “so Kieran can't get in”."),
        ("p", "Oscar is 10 weeks old. On three visits he was clean and warm. He feeds well from a bottle when "
              "Pauline feeds him, but on 31/07/2025 he was left in his bouncer crying for 15 minutes while Sian "
              "sat on the sofa with her eyes closed. He smiles at Lily-Mae when she talks to him."),
        ("h1", "What we want for Lily-Mae and Oscar"),
        ("bullets", [
            "Lily-Mae and Oscar are safe from Kieran and never see or hear violence at home again.",
            "Oscar is fed, settled and comforted when he cries, and his weight is back on the 25th centile by "
            "the review conference.",
            "Oscar sleeps safely on his back in his own cot at every sleep.",
            "Lily-Mae goes to school every day, sleeps through the night and has someone to talk to about what "
            "she saw.",
        ]),
        ("h1", "The plan: what we agreed"),
        ("p", "Each row is one agreement. The left column says who will do what, and by when; the right column "
              "says how we will check."),
        ("table", {
            "header": ["What we agreed", "How we will check"],
            "widths": [9.5, 7.5],
            "rows": [
                ["Sian will not let Kieran into the flat, or meet him with Lily-Mae or Oscar, from 04/08/2025 for as "
                 "long as the non-molestation order lasts (to 30/07/2026).",
                 "Any police call-out to the address appears on the log the Domestic Abuse Unit emails the SW "
                 "each Monday; Lily-Mae is asked on her own at each SW visit"],
                ["Sian will put Oscar to sleep on his back in his own cot, never on the sofa or in her bed, at "
                 "every sleep, day and night, from 04/08/2025.",
                 "Photo of the cot with nothing else in it sent to the SW on 05/08/2025; the HV and the SW see "
                 "where Oscar sleeps at every visit"],
                ["The health visitor, Amanda Rudd, will see Oscar at home every Tuesday and weigh him.",
                 "Weight plotted on Oscar's red book chart and emailed to the SW the same day"],
                ["The perinatal mental health team will support Sian with her low mood.",
                 "Sian's attendance at appointments"],
                ["Dr Farid Anwar, GP, will review Sian's sertraline by 22/08/2025 and write to the SW about how "
                 "her mood affects her care of Lily-Mae and Oscar.",
                 "GP letter on both children's files"],
                ["Sian will keep her phone charged and with her every day, with 999, the SW and Nana Pauline on "
                 "speed dial.",
                 ""],
                ["Nana Pauline and Grandad Mick will come to the flat every evening from 5pm to 8pm to help with "
                 "tea, baths and bedtime.",
                 "Pauline signs the family diary each evening; the SW reads the diary at each visit"],
                ["Nana Pauline and Grandad Mick will have Lily-Mae to stay at 3 Saxon Road every Friday night so "
                 "that Sian can rest.",
                 "Pauline texts the SW each Saturday morning; Lily-Mae tells the SW about her Fridays when seen "
                 "on her own"],
                ["The family will make sure Lily-Mae gets to school on time every day.",
                 "Attendance print-out from Castle Mead Primary emailed to the SW each Friday"],
                ["Sian will go to the Freedom Programme when she feels ready.",
                 "Certificate of completion shown to the SW"],
                ["Gemma Lowe (SW) will visit Lily-Mae and Oscar every week, one visit in three unannounced, and "
                 "see Lily-Mae on her own.",
                 "Visit records show both children seen and Lily-Mae seen alone, with her words written down"],
                ["Mrs Priti Shah, DSL at Castle Mead Primary, will do weekly feelings sessions with Lily-Mae from "
                 "03/09/2025.",
                 "Reviewed at core group"],
                ["Kath Doyle, IDVA at Yendlecombe Women's Safety Service, will complete a DASH risk assessment "
                 "with Sian by 15/08/2025 and refer to MARAC if the risk is high.",
                 "DASH score and any MARAC referral sent to the SW"],
            ],
        }),
        ("h1", "If something goes wrong"),
        ("p", "If Kieran comes to the flat or contacts Sian or the children, Sian will ring 999, Lily-Mae and Oscar "
              "will go to Nana Pauline and Grandad Mick's that night, and Gemma will hold a strategy discussion "
              "with Yendlecombe Police the same day."),
        ("p", "If Sian's mood drops so far that she cannot get up for the children, Pauline will stay at the flat "
              "overnight and Dr Anwar will see Sian within 24 hours."),
        ("p", "If Sian lets Kieran see Lily-Mae or Oscar, Gemma will request a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 1.30pm, Wharf Street Children's Centre: 14/08/2025, "
            "11/09/2025 and 09/10/2025.",
            "Review child protection conference: 30/10/2025, 10am, Yendlecombe Civic Offices.",
        ]),
        ("h1", "Signed"),
        ("p", "Sian Pryor · Pauline Pryor · Mick Pryor · Gemma Lowe (SW) — 04/08/2025"),
    ],
    "findings": [
        F("H001", "perinatal mental health team will support Sian with her"),
        F("T001", "perinatal mental health team will support Sian with her"),
        F("M001", "Sian will keep her phone charged and with her every day"),
        F("W002", "The family will make sure Lily-Mae gets to school"),
        F("T002", "Sian will go to the Freedom Programme when she feels ready"),
        F("M002", "will do weekly feelings sessions with Lily-Mae"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC Signs of Safety plan, father's drinking while mother works nights.
#    Markdown: danger statement, scaling, three houses, safety goals, numbered
#    next steps written as sentences. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_yurlston_sos_safety_goal_next_steps_delaney.md",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-signs-of-safety-markdown-family-network-list-worries-harm-danger-statement-complicating-factors-working-well-scaling-three-houses-safety-goals-then-numbered-next-steps-sentences-contingency-meetings",
    "description": (
        "Signs of Safety initial conference plan for an 11-year-old and a 6-year-old whose father drinks "
        "on the nights their mother works; the boy rang 999 when he could not wake him. Markdown with a "
        "danger statement, scaling, three houses, safety goals and numbered next steps written as "
        "sentences. Some steps are sound (mum's day shifts, a no-drinking rule checked by breath tests, "
        "grandma's signed night log, uncle's Saturdays, visits, the attendance print-out). Faults: a "
        "safety goal about the father only; recovery drop-in 'when he is ready' with no measure and no "
        "adult service owning anything; 'Everyone in the safety network' to 'keep an eye on' the "
        "drinking; a referral with no time; the contingency only calls a meeting to discuss, with no "
        "fallback for the relatives and no legal step."
    ),
    "text": """\
# Child Protection Plan (Signs of Safety) — Finn and Isla Delaney

Yurlston City Council · Children's Services · Initial child protection conference 31/07/2025
Chair: Bernard Oyelowo · Category: neglect · Social worker: Nadia Qureshi (team manager: Colin Farrar)

## The family and their network

- **Finn Delaney**, 11 (DOB 04/04/2014) — starts Year 7 at Yurlston Academy in September
- **Isla Delaney**, 6 (DOB 27/10/2018) — Year 2 at Hollin Lane Primary
- **Jo Delaney**, 38 — mum; care assistant, works nights on Thursday, Friday and Saturday
- **Martin Delaney**, 41 — dad
- **Rose Delaney**, 67 — Martin's mum, 2 Cedar Walk, Yurlston
- **Pete Delaney**, 44 — Martin's brother, coaches Finn's football team

## What are we worried about?

### Harm that has happened

On 12/07/2025 Finn rang 999 at 1am because he could not wake his dad, who was lying on the kitchen
floor. Martin was taken to hospital with alcohol poisoning. Isla was asleep upstairs and Jo was at
work. Finn told the paramedics it was "the third time Dad's been like this". Isla was late to school
19 times last term and often came in with unwashed hair and no PE kit.

### Danger statement

Everyone who knows the family is worried that if Martin carries on drinking when he is the only adult
looking after Finn and Isla at night, the children could be hurt or left without help in an emergency,
and Finn will go on looking after his dad and his sister instead of being a child.

### Complicating factors

The family needs Jo's night shifts for the rent. Martin says he "only drinks to get to sleep". He has not
been to his GP about his drinking.

## What's working well?

Jo and Martin both came to the conference. Martin said he was frightened by what happened on 12/07/2025.
The children are close to both parents and to their grandma. Rose already has Isla after school on
Wednesdays. Pete has taken Finn to football every week for two years. Finn is doing well at school.

## Scaling

On a scale of 0 to 10, where 10 means everyone is confident the children are safe at night and 0 means
they cannot stay at home: Jo 6, Martin 7, Nadia 3, Hollin Lane Primary 4.

## What Finn and Isla say (three houses)

**Finn** (seen on his own at home, 24/07/2025). House of worries: "Dad falling over. Having to ring
the ambulance again." House of good things: "Football with Uncle Pete. Grandma Rose's Sunday dinner."
House of dreams: "Dad not drinking and Mum home at night."

**Isla** (seen on her own at school, 22/07/2025) drew her family holding hands and her dad lying down.
She said: "Daddy sleeps on the floor sometimes. Finn makes my breakfast." Her house of dreams had "a
puppy and Mummy at home".

## Safety goals

- Finn and Isla are looked after every night by an adult who is sober and awake enough to help them.
- Isla gets to school on time every day, washed and with her kit.
- Finn does not have to look after his dad or his sister, and knows who to ring if he is worried.
- Martin will stop drinking and engage with Yurlston Recovery.

## Next steps — what needs to happen

1. Jo will ask her manager for day shifts no later than 15/08/2025 and show Nadia the new rota.
2. On every night Jo is at work, from 31/07/2025, Martin will not drink any alcohol while he is looking after Finn and Isla, and Nadia will breath-test him at unannounced evening visits.
3. Martin will go to the Yurlston Recovery drop-in when he is ready.
4. Grandma Rose will stay over every Thursday, Friday and Saturday night while Jo works, from 31/07/2025, and sign the night log on the fridge each morning.
5. Uncle Pete will take Finn to football training every Saturday morning and text Nadia afterwards to say how Finn was.
6. Everyone in the safety network will keep an eye on Martin's drinking every weekend.
7. Nadia (SW) will visit Finn and Isla every week, with an unannounced evening visit at least every other week, and write each child's words and safety score in her visit record.
8. Mrs Eve Carter, DSL at Hollin Lane Primary, will email Nadia Isla's attendance print-out, with her late marks, every Friday from 05/09/2025.
9. Nadia will refer Martin to the Yurlston Recovery family programme, and the referral acceptance letter will go on the children's file.

## If the safety plan is not followed

If the safety plan is not followed, Nadia will call a network meeting to discuss what needs to happen
next.

## Meetings

- Core group: every four weeks, Wednesdays at 4pm, Yurlston Family Hub — 13/08/2025, 10/09/2025 and
  08/10/2025.
- Review child protection conference: Thursday 23/10/2025, 1.30pm, Yurlston Civic Centre.
""",
    "findings": [
        F("F002", "Martin will stop drinking and engage with Yurlston Recovery."),
        F("T002", "Martin will go to the Yurlston Recovery drop-in"),
        F("M001", "Martin will go to the Yurlston Recovery drop-in"),
        F("W002", "Everyone in the safety network will keep an eye"),
        F("M002", "Everyone in the safety network will keep an eye"),
        F("T001", "Nadia will refer Martin to the Yurlston Recovery family programme"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review plan under PLO pre-proceedings, mother with schizophrenia after
#    a hospital admission, grandmother sleeping over. Word plan printed to PDF:
#    Part A standing rules, Part B tasks with a time limit ("no later than",
#    "not before"). Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b110_yeverley_rcpc_standing_rules_time_limits_osei.pdf",
    "doc_title": "Review Child Protection Plan - Kofi and Esi Osei",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-since-initial-conference-childrens-words-outcomes-then-part-a-standing-rules-table-who-keeps-it-from-how-often-part-b-tasks-table-no-later-than-column-contingency-meetings",
    "description": (
        "Exemplary first review conference plan, in PLO pre-proceedings, for an 8-year-old young carer "
        "and his 3-year-old sister whose mother, the sole carer, has schizophrenia and was detained in "
        "hospital in the spring. A Word plan printed to PDF with a header and page footer, in two "
        "parts: standing rules that hold every day or night from a date, 'within 48 hours of any "
        "warning sign' or 'until at least the PLO review meeting', and tasks in a 'No later than / how "
        "often' column, one held 'not before both reports are in'. The CMHT psychiatrist and care "
        "co-ordinator both report on capacity to change, the grandmother's nights have a fallback, "
        "legal planning follows readmission or too little progress, dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Yeverley Borough Council – Children's Services",
    "footer": "Kofi and Esi Osei – Review Child Protection Plan 24/07/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Yeverley Borough Council · Children's Services · Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Kofi Osei (8), DOB 15/01/2017; Esi Osei (3), DOB 09/09/2021"),
            ("Address", "14 Larch Crescent, Yeverley YV2 8NB"),
            ("Mother", "Abena Osei (34), sole carer"),
            ("Father", "Lives abroad; no contact with the children since 2022"),
            ("Maternal grandmother", "Grace Mensah (61), 5 Alder Court, Yeverley"),
            ("Category", "Neglect"),
            ("Conference", "First review child protection conference, 24/07/2025 (initial conference "
                           "24/04/2025). Chair: Helen Fairweather"),
            ("Legal status", "Pre-proceedings under the Public Law Outline since 01/07/2025; PLO review meeting "
                             "25/09/2025"),
            ("Social worker", "Joel Ramsay (team manager: Priya Chandran)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Abena has paranoid schizophrenia. In March 2025 she stopped her medication, came to believe that "
              "neighbours were poisoning the children's food and kept Kofi off school for three weeks; a "
              "neighbour found Esi outside in the rain in her pyjamas. Abena was detained under section 2 of the "
              "Mental Health Act on the Beech Unit from 02/04/2025 to 20/05/2025 while the children stayed with "
              "Grace. Since she came home she has had her depot injection every two weeks and Grace has stayed "
              "most nights. Abena was two days late for one depot in June and was frightened and sleepless that "
              "week. Because the plan had made slow progress, the council began pre-proceedings on 01/07/2025."),
        ("h1", "What Kofi and Esi tell us"),
        ("p", "Kofi (seen on his own at school, 15/07/2025): “When Mum was in hospital I was scared she wouldn't "
              "know me. Now she's better but I still check she's had her injection. I want Nana to keep "
              "sleeping over.” He gave home 6 out of 10 for feeling safe; it was 2 in April."),
        ("p", "Esi is 3 and says only a few words. At home on 18/07/2025 she brought her shoes to Grace to go to "
              "the park and sat on Abena's lap for a story, pointing at the pictures. Nursery staff say she "
              "plays alongside other children but rarely speaks to them."),
        ("h1", "What we want for Kofi and Esi"),
        ("bullets", [
            "Kofi and Esi are cared for every day and every night by an adult who is well, and are never alone "
            "with their mum when she is unwell.",
            "Kofi goes to school every day and no longer has to watch over his mum's health.",
            "Esi goes to every nursery session she is booked for, and her speech catches up with that of "
            "children her age.",
            "Kofi and Esi know what will happen, and who will look after them, if their mum becomes unwell "
            "again.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan has two parts. The rules in Part A hold from the date given. The tasks in Part B each "
              "have a limit: the latest date by which they must be done, or how often they happen."),
        ("h2", "Part A – Standing rules"),
        ("table", {
            "header": ["Rule", "Who keeps it", "From / how often", "How we will check"],
            "widths": [6.0, 3.0, 3.4, 4.6],
            "rows": [
                ["Have her depot injection at the CMHT clinic and take her evening tablets, and not stop or "
                 "change them without her psychiatrist, so that she stays well enough to care for Kofi and Esi",
                 "Abena Osei (Mum)",
                 "Depot every other Tuesday; tablets every evening; from 24/07/2025",
                 "Clinic's depot record emailed to the SW every other Wednesday; tablets counted by the care "
                 "co-ordinator at each home visit"],
                ["Sleep at 14 Larch Crescent so that Kofi and Esi are never alone with Abena overnight",
                 "Grace Mensah (maternal grandmother)",
                 "Every night, from 24/07/2025 until at least the PLO review meeting on 25/09/2025",
                 "Grace signs the overnight log each morning; the SW checks it at evening visits and asks Kofi "
                 "on his own"],
                ["Tell her care co-ordinator about any early warning sign in her relapse plan (poor sleep, "
                 "hearing voices, fears about food) and let Grace take over Kofi's and Esi's care until she "
                 "has been seen",
                 "Abena Osei (Mum)",
                 "Within 48 hours of any warning sign",
                 "Care co-ordinator's log of each call, shared with the SW the same week; Grace's note in the "
                 "overnight log"],
                ["Walk Kofi to school and Esi to nursery, and collect them",
                 "Grace Mensah (maternal grandmother)",
                 "Every school day, from 03/09/2025",
                 "School and nursery collection logs, sent to the SW each Friday"],
                ["Never ask Kofi to check his mum's tablets or injection dates, or to look after Esi on his own",
                 "Abena Osei and Grace Mensah",
                 "Every day, from 24/07/2025",
                 "Kofi tells the SW and his school mentor, on his own, what jobs he does at home; the young "
                 "carers worker's assessment lists them"],
            ],
        }),
        ("h2", "Part B – Tasks with a time limit"),
        ("table", {
            "header": ["Task", "Who", "No later than / how often", "What will show it is done"],
            "widths": [6.0, 3.4, 3.0, 4.6],
            "rows": [
                ["Review Abena's mental state and medication, and report on her capacity to change: whether she "
                 "can stay well enough to care for Kofi and Esi, what still needs to change and how long it is "
                 "likely to take",
                 "Dr Samuel Achebe, consultant psychiatrist, Yeverley Community Mental Health Team",
                 "No later than 12/09/2025",
                 "Report sent to the SW and to Abena's solicitor before the PLO review meeting"],
                ["Visit Abena at home, count her tablets, go through her relapse plan with her and Grace, and "
                 "report to each core group on whether she is keeping well and making the changes Kofi and Esi "
                 "need",
                 "Liz Horrocks, care co-ordinator (CPN), Yeverley Community Mental Health Team",
                 "Every week; written report 2 days before each core group",
                 "Written report on the children's files before every core group, with each week's tablet "
                 "count"],
                ["Visit Kofi and Esi at home, see Kofi on his own, and make one evening visit a month "
                 "unannounced",
                 "Joel Ramsay, SW",
                 "Every week",
                 "Visit records show both children seen each week and Kofi seen alone, with his words and his "
                 "safety score"],
                ["Complete the parenting assessment of Abena, with Grace assessed as the family's support carer",
                 "Joel Ramsay, SW",
                 "No later than 05/09/2025",
                 "Assessment report shared with Abena, her solicitor, Grace and the core group"],
                ["Assess Kofi as a young carer and offer him a place at the Wednesday after-school club",
                 "Tomasz Wrobel, Yeverley Young Carers",
                 "Assessment no later than 15/08/2025; club every Wednesday in term time",
                 "Young carer's assessment sent to the SW; club register shows Kofi's attendance"],
                ["Do a speech and language assessment of Esi and set her targets for nursery",
                 "Hannah Kemp, speech and language therapist, Yeverley Children's Therapy",
                 "No later than 30/09/2025",
                 "Assessment report and targets sent to the nursery and the SW"],
                ["Check Esi's attendance and how she presents at each session, work on her speech targets, and "
                 "ring the SW the same day if she is not brought in",
                 "Sunflower Day Nursery (manager: Becky Lowe)",
                 "Every session, Monday to Thursday mornings",
                 "Sign-in sheet and a weekly note on her targets emailed to the SW each Friday"],
                ["Hold the PLO review meeting with Abena, her solicitor and Grace, once the psychiatrist's report "
                 "and the parenting assessment have been received",
                 "Joel Ramsay, SW, with Priya Chandran (team manager)",
                 "25/09/2025, and not before both reports are in",
                 "Outcome letter sent to Abena and her solicitor within 5 working days of the meeting"],
            ],
        }),
        ("h1", "Contingency"),
        ("bullets", [
            "If Abena misses a depot injection by more than two days, or shows two of her early warning signs, "
            "Liz will arrange a same-day visit from the crisis team, Grace will take Kofi and Esi to her flat at "
            "5 Alder Court that night, and Joel will hold a strategy discussion the same day.",
            "If Grace cannot stay at night or care for the children (she is ill or away), Joel will place Kofi "
            "and Esi together with Yeverley foster carers the same day; out of hours the Emergency Duty Team "
            "will do this.",
            "If Abena is admitted to hospital again, stops her medication, or the PLO review meeting on "
            "25/09/2025 finds too little progress, Joel will ask Priya Chandran for a legal planning meeting "
            "within 5 working days to decide whether to issue care proceedings.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.30pm, Yeverley Family Centre: 21/08/2025, 18/09/2025, "
            "16/10/2025 and 13/11/2025.",
            "PLO review meeting: 25/09/2025, 11am, Yeverley Town Hall.",
            "Second review child protection conference: 22/01/2026, 10am, Yeverley Town Hall.",
        ]),
    ],
    "findings": [],
})
