"""Batch 90, module q: seven fictional plans (held-out material), places beginning with "q".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans around parents' illness and substance use as real councils write
them. Illness and drug or alcohol use that is current or past, negated ("no
history of mental health difficulties") or hypothetical, a grandparent's or the
child's own; adult services that own actions, that are only partners beside a
lead, or that appear only as places a parent is referred to; a plan built round
a father's recovery beside plans whose every parent row says what it means for
the child; mental health services asked only to support or treat beside ones
asked to assess the parent's capacity to change and give a timescale; joint
planning with adult drug and perinatal mental health services before a birth
and on a neonatal unit. Two .docx, two PDFs of Word plans, two markdown copies
and one plain-text record; two are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan made jointly with the adult drug service and the perinatal
#    mental health team: front details, then one table per phase (before birth,
#    at birth, first 12 weeks at home). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_quabbington_prebirth_joint_phase_tables_tolley.docx",
    "doc_title": "Pre-birth Child Protection Plan - Tolley / Okafor",
    "split": "heldout",
    "template": "prebirth-joint-plan-with-adult-services-details-lines-worries-strengths-tias-views-and-the-babys-world-joint-planning-note-numbered-outcomes-then-three-phase-tables-ref-what-needs-to-happen-lead-when-how-we-will-know",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and her 5-year-old sister. The mother is on "
        "methadone after years of heroin use, has used cocaine in pregnancy and has depression; the "
        "father drinks heavily at weekends. The recovery service, the perinatal psychiatrist and the "
        "perinatal nurse each own actions and are asked to report on capacity to change and a "
        "timescale; every parent row says what it means for the children; the grandmother's help "
        "has a fallback; legal planning is named; core group and review dates set."
    ),
    "actions": 16,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Quabbington City Council · Children's Social Care · Pre-birth and Infant Team"),
        ("kv", [
            ("Unborn baby", "Baby Okafor (a girl), due 14/09/2025, Quabbington General Hospital"),
            ("Sister", "Tia Tolley, born 03/02/2020 (5), St Aidan's Primary School, Reception"),
            ("Mother", "Kerry-Ann Tolley (26), 30 weeks pregnant at conference"),
            ("Father of the baby", "Femi Okafor (29), lives with Kerry-Ann and Tia; Tia's father has no contact"),
            ("Maternal grandmother", "Maureen Tolley, 14 Hob Lane, Quabbington (ten minutes' walk)"),
            ("Category", "Neglect (unborn baby and Tia)"),
            ("Pre-birth conference", "09/07/2025, chaired by Susan Ebdon, Child Protection Chair"),
            ("Social worker", "Amira Shah, Pre-birth and Infant Team"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Kerry-Ann used heroin from 2016 to 2023. She has been on a methadone script (60ml a day) "
              "from Quabbington Recovery Service since 2023 and has had no heroin in her tests since then. "
              "Her urine screens at the antenatal clinic on 08/05/2025 and 29/05/2025 were positive for "
              "cocaine; she says she used it twice with an old friend when she was low. Kerry-Ann has "
              "depression and anxiety, which got worse in this pregnancy, and the GP referred her to the "
              "Quabbington Perinatal Mental Health Service, which accepted her on 10/07/2025."),
        ("p", "Femi says he drinks eight to ten cans of lager on Friday and Saturday nights. On 14/06/2025 "
              "the police were called by a neighbour when Tia (then 5) was found walking to the corner shop "
              "at 10pm to buy bread; Kerry-Ann was asleep and Femi was drunk. Tia was late for school 31 "
              "times this year."),
        ("h1", "What is working well"),
        ("bullets", [
            "Kerry-Ann has collected her methadone every day for two years and tells her key worker the "
            "truth about her use; she told the midwife about the cocaine herself.",
            "Femi went to the recovery service for an alcohol assessment the week after the police visit.",
            "Tia is a chatty, confident girl who is learning to read. The house is clean and warm and Tia "
            "has her own room.",
            "Maureen sees Tia most days and has offered to take her to school and have her on Fridays.",
        ]),
        ("h1", "Tia's views and the baby's world"),
        ("p", "Tia (seen alone at school, 02/07/2025): \"I'm having a baby sister. I'm going to show her my "
              "unicorns. When Femi drinks the beer he is shouty and Mummy goes to sleep. I like Nana's house "
              "because we have fish fingers and she reads me the bear book.\" Tia drew her family with a big "
              "smile on the baby and said she was worried the baby \"will cry and nobody will hear\"."),
        ("p", "The baby is growing well: the 28-week scan on 01/07/2025 was normal and the midwife noted good "
              "movements at each visit. Because of the methadone she is likely to need at least three days' "
              "watching for withdrawal after the birth. She will need adults who are awake, sober and able to "
              "feed her every three hours, day and night."),
        ("h1", "Joint planning with adult services"),
        ("p", "Sunita Rai (recovery worker) and Dr Hannah Greatorex (consultant perinatal psychiatrist) came to "
              "the conference and agreed the adult services' actions below with the family. Each adult service "
              "will send a written update to every core group and will attend the discharge planning meeting "
              "on the ward. Kerry-Ann and Femi have agreed that the recovery service, the perinatal team and "
              "the social worker share information about them for this plan."),
        ("h1", "What must be different for Tia and the baby"),
        ("numbers", [
            "The baby is born into a home where the adults looking after her are not affected by drugs or "
            "alcohol, and she is fed, settled and kept safe day and night.",
            "Tia is looked after at all times by a sober adult, gets to school on time and is never sent out "
            "alone to the shop.",
            "Tia and the baby are cared for by a mum whose mood is steady enough to notice and meet their "
            "needs, with the people who treat her telling the core group whether that change is lasting.",
        ]),
        ("h1", "The plan"),
        ("h2", "Phase 1 – before the birth (now to 36 weeks, 10/08/2025)"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead (name and role)", "When", "How we will know"],
            "widths": [1.0, 6.0, 3.4, 2.8, 3.8],
            "rows": [
                ["1.1", "Weekly key work with Kerry-Ann on her methadone and her cocaine use, with supervised "
                        "consumption at the pharmacy, and a written report on whether she can stay off cocaine "
                        "while caring for Tia and a newborn, the changes still needed and how long they are "
                        "likely to take",
                 "Sunita Rai, recovery worker, Quabbington Recovery Service",
                 "Weekly; report by 18/08/2025",
                 "Urine screen results emailed to the SW every Friday; report shared at the core group on "
                 "18/08/2025"],
                ["1.2", "Perinatal psychiatric assessment of Kerry-Ann's depression and anxiety, including how "
                        "her mood affects her care of Tia and her readiness for the baby, with a view on her "
                        "capacity to change and the likely timescale",
                 "Dr Hannah Greatorex, consultant perinatal psychiatrist",
                 "By 08/08/2025",
                 "Written assessment sent to the SW and specialist midwife by 08/08/2025 and discussed at "
                 "the 18/08/2025 core group"],
                ["1.3", "Fortnightly sessions with Kerry-Ann on her mood and her bond with the baby, reporting "
                        "to each core group whether her mood is changing enough for her to care for Tia and a "
                        "newborn and how long further change is likely to take",
                 "Jo Whitlam, perinatal mental health nurse",
                 "Fortnightly from 28/07/2025",
                 "Attendance record and EPDS scores in a written update to each core group"],
                ["1.4", "Alcohol assessment with Femi, looking at his weekend drinking and how it affects his "
                        "care of Tia and the baby, with a view on whether he can change and how quickly",
                 "Marcus Dean, alcohol worker, Quabbington Recovery Service",
                 "By 15/08/2025",
                 "Assessment report, with breath test results, sent to the SW and shared at core group"],
                ["1.5", "Antenatal appointments with Kerry-Ann, including urine screens, a birth plan that "
                        "covers watching the baby for withdrawal, and safe sleep advice",
                 "Claire Nutbrown, specialist substance misuse midwife",
                 "Fortnightly to 36 weeks, then weekly",
                 "Attendance, screen results and the signed birth plan recorded in the maternity notes and "
                 "copied to the SW after each appointment"],
                ["1.6", "Visit Tia at home and at school, seeing her alone at least every other visit and "
                        "asking her about her days and evenings",
                 "Amira Shah, social worker",
                 "Weekly from 14/07/2025",
                 "Visit records show Tia seen, when she was seen alone and her own words"],
                ["1.7", "Pre-birth parenting assessment of Kerry-Ann and Femi, using the recovery service and "
                        "perinatal reports",
                 "Amira Shah, social worker",
                 "By 29/08/2025",
                 "Assessment report with a recommendation on where the baby goes from hospital, shared "
                 "with the parents and the core group on 01/09/2025"],
                ["1.8", "Check Tia's attendance and lateness every morning and ring the SW the same day if "
                        "she is late or absent",
                 "Mrs Dawn Pickering, DSL, St Aidan's Primary School",
                 "Every school day from 03/09/2025",
                 "Register and lateness log emailed to the SW every Friday"],
                ["1.9", "Take Tia to school on Tuesdays and Thursdays and have her overnight every Friday, "
                        "when Femi has said he drinks",
                 "Maureen Tolley (maternal grandmother)",
                 "From 11/07/2025, every week",
                 "Maureen signs Tia's diary on each of her days; the SW checks it at each home visit"],
            ],
        }),
        ("h2", "Phase 2 – at the birth and on the ward"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead (name and role)", "When", "How we will know"],
            "widths": [1.0, 6.0, 3.4, 2.8, 3.8],
            "rows": [
                ["2.1", "Keep the baby on the postnatal ward for at least 72 hours and score her for "
                        "withdrawal; the ward rings the SW before any plan to move her",
                 "Sister Lorna Pye, ward manager, Quabbington General postnatal ward",
                 "From the birth until discharge",
                 "Finnegan scores recorded four-hourly in the baby's notes; SW told of the scores daily"],
                ["2.2", "Review Kerry-Ann's methadone dose with the ward so that she is awake and steady "
                        "enough to feed the baby, and tell the SW the plan",
                 "Dr Rob Kettle, prescriber, Quabbington Recovery Service",
                 "Within 24 hours of the birth",
                 "Dose and plan confirmed in writing to the ward and the SW within 24 hours of the birth"],
                ["2.3", "Hold a discharge planning meeting on the ward with the parents, the recovery worker "
                        "and the perinatal nurse",
                 "Amira Shah, social worker",
                 "Before the baby is discharged",
                 "Written discharge plan signed by both parents and sent to the core group before the baby "
                 "leaves the ward"],
            ],
        }),
        ("h2", "Phase 3 – the first 12 weeks at home"),
        ("table", {
            "header": ["Ref", "What needs to happen", "Lead (name and role)", "When", "How we will know"],
            "widths": [1.0, 6.0, 3.4, 2.8, 3.8],
            "rows": [
                ["3.1", "Home visits to weigh the baby, watch a feed and check where and how she sleeps",
                 "Nadia Fenwick, health visitor",
                 "Weekly for 12 weeks after discharge",
                 "Weights in the red book stay on or above the 9th centile; safe sleep checklist completed "
                 "at each visit"],
                ["3.2", "Unannounced and planned visits to see the baby and Tia, including one evening visit "
                        "each month",
                 "Amira Shah, social worker",
                 "Twice a week for 4 weeks, then weekly",
                 "Visit records show both children seen, where the baby sleeps and who was caring for her"],
                ["3.3", "Postnatal mood reviews with Kerry-Ann, with a written view on whether her mood is "
                        "affecting her care of the baby and Tia, whether her changes are holding and how long "
                        "any further change is likely to take",
                 "Jo Whitlam, perinatal mental health nurse",
                 "10 days and 6 weeks after the birth",
                 "EPDS scores and a written view sent to the SW within a week of each review"],
                ["3.4", "Femi does not drink alcohol on any day he is caring for Tia or the baby, and takes a "
                        "breath test at each recovery service appointment",
                 "Femi Okafor",
                 "Fortnightly breath tests from 28/07/2025",
                 "Breath test results sent by Marcus Dean to the SW each fortnight"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Kerry-Ann or Femi has a positive test for cocaine or heroin, misses two screens in a row, or is "
            "found under the influence of drugs or alcohol while caring for Tia or the baby, the professional who "
            "finds out rings Amira (or the emergency duty team) at once. Amira will hold a strategy discussion "
            "the same day, and Tia, and the baby once born, will stay with Maureen Tolley, who has agreed to this.",
            "If Maureen cannot take Tia to school or have her on a Friday, Kerry-Ann will ring Amira that morning; "
            "if no sober adult can care for Tia that night, Amira will arrange for her to stay with approved "
            "foster carers.",
            "If the reports at the 18/08/2025 core group show that not enough has changed, Amira will request a "
            "legal planning meeting within 5 working days, so that the plan for the baby's discharge is decided "
            "before she is born.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks: 21/07/2025, 18/08/2025, 15/09/2025, and within 10 working days of the "
            "baby's birth if sooner.",
            "Review child protection conference: 06/10/2025, 10am, Quabbington Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, mother with bipolar disorder after an admission.
#    Landscape Word plan printed to PDF: each outcome a heading with its own
#    small table. CMHT rows that only support or treat beside one that assesses
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_quelderwick_rcpc_outcome_headed_tables_pryce.pdf",
    "doc_title": "Review Child Protection Plan - Pryce children",
    "split": "heldout",
    "template": "rcpc-landscape-word-plan-printed-to-pdf-header-footer-progress-since-icpc-childrens-views-then-each-outcome-a-heading-with-its-own-what-we-agreed-lead-by-when-what-will-show-it-is-working-table",
    "description": (
        "First review plan for a 9-year-old young carer and a 3-year-old whose mother was admitted "
        "under the Mental Health Act in March with bipolar disorder. Each outcome is a heading with "
        "its own table; one outcome is only about the mother's health. Two CMHT rows only support or "
        "treat while a third asks for a capacity report; a 'Professionals' row, 'Monitored by SW', a "
        "peer group 'as and when she feels able' measured by 'Improvement', a young carers referral "
        "with no measure, school 'Ongoing'; next review conference 'to be arranged'."
    ),
    "actions": 11,
    "landscape": True,
    "header": "OFFICIAL – SENSITIVE | Quelderwick Council | Children's Services",
    "footer": "Review Child Protection Plan – Osian and Lili Pryce – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("table", {
            "header": ["Children", "Parents", "Conference", "Key people"],
            "widths": [6.4, 6.4, 6.4, 6.5],
            "rows": [
                ["Osian Pryce, born 12/11/2015 (9)\nLili Pryce-Webb, born 30/04/2022 (3)",
                 "Bethan Pryce (33), mother of both\nAaron Webb (35), Lili's father, lives in Quelderwick "
                 "town; Osian's father died in 2018",
                 "First review conference, 24/07/2025\nCategory: Neglect\nChair: Mike Hollins",
                 "SW: Rhian Matthews\nCare coordinator: Gareth Lloyd, Quelderwick CMHT\nSchool: Quelderwick "
                 "Park Primary\nNursery: Tiddlers Day Nursery"],
            ],
        }),
        ("h1", "Progress since the initial conference"),
        ("p", "Bethan has bipolar affective disorder. She was detained under section 2 of the Mental Health Act "
              "on 03/03/2025 after she had not slept for five nights, had spent her rent and had left Lili with "
              "Osian overnight. She came home on 11/04/2025 and has taken her lithium since then. Bethan has "
              "kept every CMHT appointment. She talks openly about the signs she is becoming unwell and has "
              "written them down with Gareth. The house is tidy and Lili is going to nursery again."),
        ("p", "We are still worried that Osian does much of the looking after when his mum is tired: he makes "
              "Lili's tea most days, gets her dressed, and was late for school eleven times this term. Bethan "
              "had a difficult week in June when she slept most of the day; Aaron had Lili for four nights and "
              "Osian stayed at home with his mum."),
        ("h1", "What Osian and Lili have told us"),
        ("p", "Osian (seen alone at school, 15/07/2025): \"I'm OK. When Mum was in the hospital it was scary and "
              "I didn't tell anyone for a day. I check on her in the night. I don't mind doing Lili's tea but I "
              "want to go to football on Thursdays.\" He put his worry about his mum at 7 out of 10."),
        ("p", "Lili is chatty and runs straight to the toy kitchen at nursery. Staff say she is tired and hungry "
              "on Mondays after a weekend at home. At home on 17/07/2025 she climbed onto Osian's knee rather "
              "than her mum's and asked him for a drink."),
        ("h1", "The plan"),
        ("h2", "Outcome 1: Osian and Lili are looked after every day by an adult who is well enough to get "
               "them up, fed and to school or nursery on time."),
        ("table", {
            "header": ["What we agreed", "Lead", "By when", "What will show it is working"],
            "widths": [9.5, 5.5, 4.2, 6.5],
            "rows": [
                ["Visit Osian and Lili at home, one visit in two unannounced, and see Osian on his own",
                 "Rhian Matthews, social worker", "Every two weeks",
                 "Visit records note each child seen, Osian seen alone and his words"],
                ["Take Lili to nursery on Monday, Wednesday and Friday mornings and collect her at 12",
                 "Bethan Pryce", "Three mornings a week",
                 "Nursery register shows Lili at all three sessions each week"],
                ["Share any concern about the children's care or about Bethan seeming unwell with the SW",
                 "Professionals", "Same day",
                 "Concern recorded on Mosaic with the action taken"],
                ["Have Lili every other weekend and on Wednesday nights, and tell the SW if Bethan seems "
                 "unwell at handover",
                 "Aaron Webb (Lili's father)", "Alternate weekends and Wednesday nights",
                 "Monitored by SW"],
            ],
        }),
        ("h2", "Outcome 2: Bethan's mental health is stable and she takes her medication as prescribed."),
        ("table", {
            "header": ["What we agreed", "Lead", "By when", "What will show it is working"],
            "widths": [9.5, 5.5, 4.2, 6.5],
            "rows": [
                ["Home visits to Bethan to support her with her mood, her sleep and her daily routine",
                 "Gareth Lloyd, CPN and care coordinator, Quelderwick CMHT", "Fortnightly",
                 "Visits recorded on the CMHT notes and Bethan's relapse signature updated with her"],
                ["Review Bethan's lithium dose and check her blood levels",
                 "Dr Farah Iqbal, consultant psychiatrist, Quelderwick CMHT",
                 "Every 3 months (next 19/09/2025)",
                 "Lithium level within range on each blood test; clinic letter to the GP and the SW"],
                ["Assess and report on Bethan's capacity to spot a relapse early and keep the children safe "
                 "when she is unwell, the changes still needed and the likely timescale",
                 "Gareth Lloyd, care coordinator, Quelderwick CMHT", "Written report by 05/09/2025",
                 "Report shared with the core group at its September meeting"],
                ["Bethan to go to the Quelderwick Mood Circle peer support group",
                 "Bethan Pryce", "As and when she feels able",
                 "Improvement in Bethan's confidence"],
            ],
        }),
        ("h2", "Outcome 3: Osian can go to school, football and see his friends without worrying about "
               "his mum or looking after Lili."),
        ("table", {
            "header": ["What we agreed", "Lead", "By when", "What will show it is working"],
            "widths": [9.5, 5.5, 4.2, 6.5],
            "rows": [
                ["Refer Osian to Quelderwick Young Carers and make sure he gets a place in the Thursday group",
                 "Rhian Matthews, social worker", "By 29/08/2025", ""],
                ["Keep a quiet space for Osian at school and give him a time-out pass he can use when he is "
                 "worried",
                 "Mr Tom Bevan, DSL, Quelderwick Park Primary", "Ongoing",
                 "Osian's use of the pass logged and shared with the SW each half term"],
                ["Ask Osian what he thinks of the plan and what has changed for him",
                 "Rhian Matthews, social worker", "Before every core group",
                 "Osian's three houses sheet attached to the core group notes"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Bethan stops taking her lithium, goes two nights without sleep, or shows any of the early "
              "signs on her relapse signature, Aaron or the professional who notices will ring Gareth and Rhian "
              "(or the emergency duty team out of hours) the same day. The CMHT crisis team will see Bethan "
              "within 4 hours. Lili will stay with Aaron and Osian will stay with his aunt, Carys Pryce, who has "
              "agreed to have him at short notice; if neither can, Rhian will arrange an emergency foster "
              "placement that night. Osian will not be left to look after his mum or Lili. If Bethan is admitted "
              "again, or the September report shows she cannot yet keep the children safe when unwell, Rhian "
              "will request a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 6 weeks at Quelderwick Park Primary, next on 11/08/2025 at 3.30pm. The next "
              "review conference is to be arranged by the conference service."),
    ],
    "findings": [
        F("W002", "Share any concern about the children's care or about Bethan"),
        F("M002", "Have Lili every other weekend and on Wednesday nights"),
        F("F002", "Bethan's mental health is stable and she takes her medication as prescribed."),
        F("H001", "Home visits to Bethan to support her with her mood"),
        F("H001", "Review Bethan's lithium dose and check her blood levels"),
        F("T002", "Bethan to go to the Quelderwick Mood Circle peer support group"),
        F("M002", "Bethan to go to the Quelderwick Mood Circle peer support group"),
        F("M001", "Refer Osian to Quelderwick Young Carers and make sure"),
        F("T002", "Keep a quiet space for Osian at school"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan for a 7-year-old whose father is his sole carer and
#    dependent on alcohol. Markdown copy of a core group plan; the table is
#    about the father's recovery, the alcohol service only somewhere he goes;
#    no contingency (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_quimsby_core_group_recovery_table_harrow.md",
    "split": "heldout",
    "template": "core-group-revised-plan-markdown-copy-meeting-lines-family-and-background-what-jayden-says-outcomes-bullets-then-action-who-when-how-will-we-know-table-core-group-dates-no-contingency",
    "description": (
        "Core group plan for a 7-year-old whose father, his sole carer, is dependent on alcohol and "
        "takes antidepressants. Most rows are about the father's drinking, mood, debts and benefits "
        "with no word of the child; the alcohol service is only somewhere he goes; two outcomes are "
        "about the father. 'Improvement in mood', AA 'As often as he can', benefits help with no "
        "measure, a drink diary 'Reviewed at core group', a home visit row with no one named; no "
        "contingency and no legal step."
    ),
    "actions": 8,
    "text": """\
# Core Group Plan – Jayden Harrow

**Quimsby District Council – Children's Services – Family Safeguarding Team (North)**

Revised at the core group on 05/08/2025 (second core group since the initial conference on 08/07/2025).
Present: Dan Cheetham (SW), Lee Harrow (dad), Mrs Harpreet Kaur (DSL, Quimsby Church Primary),
Louise Tate (school nurse). Apologies: Quimsby Open Door (alcohol service).

## Family and background

Jayden Harrow (born 21/01/2018, 7) lives with his dad, Lee Harrow (41), at 9 Pinfold Street, Quimsby.
Jayden's mum, Stacey Moran, moved to Ireland in 2024 and speaks to Jayden on video calls at weekends.

Lee is dependent on alcohol. He says he drinks about two litres of strong cider a day, starting at
lunchtime. He had a community detox in 2019 and did not drink for two years, but started again when
he lost his job in 2023. He has low mood and takes sertraline from his GP. In June Jayden was found by
a neighbour sitting on the doorstep at 8pm because Lee had fallen asleep and locked the door. Rent
arrears are over £1,900 and the electricity has been cut off twice.

Category: Neglect.

## What Jayden says

Jayden (seen alone at school, 29/07/2025) said: "Dad's cider makes him sleepy and grumpy. I make my
own cereal. I like it when Dad takes me to the park and we feed the ducks." On a scale of 0 to 10 for
how safe he feels at home, Jayden chose 6. He said he wants "Dad to not be sleepy in the day".

## Outcomes

- Lee will be alcohol free and will have sorted out his debts.
- Lee's mental health will improve.
- Jayden will be safe and well cared for at home, with meals, clean clothes and an adult awake to look after him.

## Action plan

| Action | Who | When | How will we know |
|---|---|---|---|
| Lee to attend his appointments at Quimsby Open Door and work towards a community detox | Lee Harrow | Weekly | Attendance letters from Open Door given to the SW |
| Lee to see his GP about his low mood and keep taking his sertraline | Lee Harrow | By 15/08/2025 | Improvement in mood |
| Lee to go to AA meetings in Quimsby or online | Lee Harrow | As often as he can | Lee tells the SW how many meetings he has been to |
| Lee to get debt advice from Citizens Advice Quimsby and set up a payment plan for his rent arrears | Lee Harrow | By 31/08/2025 | Payment plan letter from Quimsby Homes on file |
| Help Lee with his Universal Credit and PIP claims | Dan Cheetham, SW | By the next core group (02/09/2025) | |
| Lee to keep a drink diary of what he drinks each day | Lee Harrow | Daily | Reviewed at core group |
| Check Jayden arrives on time, fed and in clean uniform, and ring the SW the same day if not | Mrs Harpreet Kaur, DSL, Quimsby Church Primary | Every school day | Register and a note of breakfast and uniform emailed to the SW each Friday |
| Home visits to be carried out to see Jayden, his bedroom and what food is in | - | Every two weeks | Visit records show Jayden seen and his room and the kitchen checked |

## Core group and review

- Core group every 4 weeks at Quimsby Church Primary: next on 02/09/2025 and 30/09/2025.
- Review child protection conference: 14/10/2025 at Quimsby Council Offices.
""",
    "findings": [
        F("F002", "Lee will be alcohol free and will have sorted out his debts."),
        F("F002", "Lee's mental health will improve."),
        F("M002", "Lee to see his GP about his low mood"),
        F("T002", "Lee to go to AA meetings in Quimsby or online"),
        F("M001", "Help Lee with his Universal Credit and PIP claims"),
        F("M002", "Lee to keep a drink diary of what he drinks"),
        F("W001", "Home visits to be carried out to see Jayden"),
        F("F001"),
        F("F004"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan after domestic abuse, typed as a plain-text
#    record. No parent's illness or drug use: both are negated, the
#    grandmother has dementia and the teenager's own self-harm and cannabis use
#    are the health worries. Grandparents supervise contact (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_quethersall_icpc_typed_record_fields_mellor.txt",
    "split": "heldout",
    "template": "icpc-plain-text-typed-record-upper-case-parts-numbered-actions-each-with-what-who-when-how-we-will-know-lines",
    "description": (
        "Initial conference plan after domestic abuse for a 14-year-old and a 6-year-old. Neither "
        "parent has mental ill health or uses drugs or alcohol (both negated); the grandmother's "
        "dementia and the teenager's own self-harm and cannabis use are recorded instead. CAMHS "
        "assessment with no stated output, young people's drug worker 'When Kacey is ready' with "
        "'Engagement', a 'Family' row, SW visits with no timescale, perpetrator programme 'TBC'; "
        "grandparents supervise contact but the contingency does not cover them; no legal step."
    ),
    "actions": 10,
    "text": """\
QUETHERSALL BOROUGH COUNCIL
CHILDREN'S SERVICES - SAFEGUARDING AND REVIEWING UNIT

INITIAL CHILD PROTECTION CONFERENCE - RECORD OF THE CHILD PROTECTION PLAN

Date of conference ..... 16/07/2025
Chair .................. Andrew Kilbride, Child Protection Chair
Children ............... Kacey Mellor, born 09/05/2011 (14)
                         Finley Mellor, born 22/02/2019 (6)
Category ............... Emotional abuse (both children)
Mother ................. Danielle Mellor (34), 41 Cloughside Road, Quethersall
Father ................. Craig Mellor (38), living with his parents since 02/06/2025
Social worker .......... Nicola Brennan, Safeguarding Team 2

PART 1 - WHY THE CHILDREN NEED A PLAN

On 02/06/2025 Craig pushed Danielle down the stairs during an argument while Finley watched from
the landing. Police attended; Craig was arrested and is on bail not to go to Cloughside Road or
contact Danielle except about contact with Finley through his parents. This was the fourth
incident police have attended since 2022. Kacey says she has heard her dad threaten her mum
many times.

Danielle has no history of mental health difficulties, and she and Craig both say they do not
drink to excess or use drugs; the GP and police checks confirm there are no concerns about
alcohol or drug use by either parent. Danielle said that if her own wellbeing starts to suffer
she would go to her GP. Danielle's mother, Pat Hobson, has early-onset dementia and moved into
Ashgrove care home in May; Danielle visits her every day.

Kacey has been cutting her arms since March and told the school nurse she sometimes smokes
cannabis with older friends at the weekend. She is open to CAMHS. Finley has started wetting
the bed again and hides under the table when voices are raised.

PART 2 - WHAT IS GOING WELL

- Danielle acted to protect the children: she called the police and supports the bail
  conditions.
- Both children go to school every day. Kacey is in the school netball team.
- Brian and Sue Mellor (Craig's parents) are calm and reliable and have agreed to supervise
  Craig's time with Finley at their house.

PART 3 - THE CHILDREN'S VIEWS

Kacey (seen alone, 10/07/2025): "I'm glad he's gone. I don't want to see him yet. I cut
because it stops my head being so loud. Mum needs to stop letting him talk her round."

Finley (seen at school, 11/07/2025) drew a picture of his dad "shouting with a big mouth" and
said he likes going to Nana Sue's "because there's no shouting and she makes pancakes". He
said he misses his dad and wants to see him "but not at home".

PART 4 - OUTCOMES

1. Kacey and Finley live free from domestic abuse and are not exposed to arguments or violence
   at home.
2. Kacey is kept safe from self-harm and knows who to talk to when she feels overwhelmed.
3. Finley sees his dad safely and sleeps through the night without wetting the bed.

PART 5 - THE CHILD PROTECTION PLAN

ACTION 1
  What: Danielle to complete the Freedom Programme at Quethersall Women's Centre
  Who: Danielle Mellor
  When: 12 weekly sessions starting 04/09/2025
  How we will know: Attendance record from the Women's Centre sent to the SW monthly

ACTION 2
  What: Risk assessment and safety planning with Danielle, including what to do if Craig comes
        to the house
  Who: Leanne Fox, IDVA, Quethersall Domestic Abuse Service
  When: Fortnightly until the MARAC review on 28/08/2025
  How we will know: DASH repeated at each meeting and a copy of the written safety plan given
                    to the SW

ACTION 3
  What: CAMHS to assess Kacey's self-harm and her low mood
  Who: Dr Priya Nair, Quethersall CAMHS
  When: Assessment by 15/08/2025
  How we will know: -

ACTION 4
  What: Young people's drug worker to see Kacey about her cannabis use
  Who: Jordan Hale, Quethersall Young People's Substance Misuse Service
  When: When Kacey is ready
  How we will know: Engagement

ACTION 5
  What: Supervise Craig's contact with Finley at the paternal grandparents' home
  Who: Brian and Sue Mellor (paternal grandparents)
  When: Every Saturday, 10am to 1pm
  How we will know: Contact record signed by Brian or Sue and sent to the SW each Monday

ACTION 6
  What: Make sure Craig does not come to Cloughside Road or contact Danielle outside the
        contact arrangements
  Who: Family
  When: From 16/07/2025
  How we will know: Any breach reported to the police and the SW the same day

ACTION 7
  What: SW to visit Kacey and Finley at home and see each of them alone
  Who: Nicola Brennan, SW
  When:
  How we will know: Visit records show each child seen alone and what they said

ACTION 8
  What: Tell the SW about any change in Finley's behaviour, bedwetting or tiredness at school
  Who: Mrs Gail Ashworth, DSL, Quethersall Infant School
  When: Same day
  How we will know: Concerns logged on CPOMS and emailed to the SW the same day

ACTION 9
  What: Meet Kacey each week to check how she is and whether she has hurt herself
  Who: Mr Owen Price, Head of Year 10, Quethersall Academy
  When: Weekly, every Tuesday
  How we will know: Check-in notes on CPOMS; any new injury reported to the SW and CAMHS the
                    same day

ACTION 10
  What: Craig to complete the Quethersall Choices domestic abuse perpetrator programme
  Who: Craig Mellor
  When: TBC
  How we will know: End-of-programme report from Choices sent to the SW

PART 6 - CONTINGENCY

If Craig breaks his bail conditions, comes to Cloughside Road or contacts Danielle or the
children directly, Danielle or the children will ring 999 and the police will attend. The SW
will hold a strategy discussion with the police the same day and the IDVA will refer the case
back to MARAC.

PART 7 - CORE GROUP AND REVIEW

Core group: every 4 weeks, first meeting 29/07/2025 at Quethersall Academy.
Review child protection conference: 09/10/2025.
""",
    "findings": [
        F("M001", "CAMHS to assess Kacey's self-harm and her low mood"),
        F("T002", "Young people's drug worker to see Kacey about her cannabis use"),
        F("M002", "Young people's drug worker to see Kacey about her cannabis use"),
        F("W002", "Make sure Craig does not come to Cloughside Road"),
        F("T001", "SW to visit Kacey and Finley at home and see"),
        F("T002", "Craig to complete the Quethersall Choices domestic abuse perpetrator programme"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Plan for a baby on the neonatal unit with withdrawal, accommodated under
#    section 20. Word table with shaded band rows across it; the drug service
#    plans with the unit, the perinatal nurse only supports; the SW visits
#    "when possible" (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_quillingbourne_nnu_s20_banded_table_birtles.docx",
    "doc_title": "Child Protection Plan - Ruby Birtles (neonatal unit)",
    "split": "heldout",
    "template": "neonatal-lac-cp-plan-word-details-table-rubys-day-on-the-unit-worries-outcomes-then-ref-what-will-happen-lead-by-when-evidence-table-with-shaded-band-rows-across-contingency-meetings",
    "description": (
        "Plan for a premature baby on a neonatal unit with withdrawal from her mother's methadone "
        "and crack cocaine, accommodated under section 20 while she is weaned. The drug service "
        "plans jointly with the unit and reports on change, but the perinatal nurse only supports "
        "the mother; the SW visits 'When possible' (no visiting frequency for a looked-after baby "
        "in hospital), a passive looked-after paperwork row, the father's cannabis row 'Ongoing' "
        "with 'Engagement', a parenting assessment with no output; the contingency turns on "
        "'further concerns' and a meeting."
    ),
    "actions": 11,
    "blocks": [
        ("title", "Child Protection Plan – baby on the neonatal unit"),
        ("p", "Quillingbourne County Council · Children and Families · Locality Team East"),
        ("table", {
            "header": ["Details", H],
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Child", "Ruby Birtles, born 27/06/2025 at 35 weeks (2.1kg)"],
                ["Where Ruby is", "Neonatal unit (special care), Quillingbourne Royal Infirmary"],
                ["Legal status", "Accommodated under section 20, Children Act 1989, since 04/07/2025, with "
                                 "Jade's agreement; subject to a child protection plan since 11/07/2025"],
                ["Mother", "Jade Birtles (22)"],
                ["Father", "Kyle Stott (25), lives with his mother in Quillingbourne"],
                ["Social worker", "Holly Sadler, Locality Team East"],
                ["IRO / CP chair", "Deborah Quayle"],
                ["Category", "Neglect"],
            ],
        }),
        ("h1", "Ruby's day on the unit"),
        ("p", "Ruby is being treated with oral morphine for neonatal abstinence syndrome. The nurses describe a "
              "baby who startles at noise, has a high-pitched cry and sneezes a lot, and who settles best when "
              "she is swaddled and held skin to skin. She feeds 45ml every three hours from a bottle and has "
              "regained her birth weight. When Jade holds her, Ruby calms and watches her face; when Jade has "
              "left early, the nurses have found Ruby hard to settle for the next feed."),
        ("h1", "What we are worried about"),
        ("bullets", [
            "Jade has been on methadone from Quillingbourne Drug and Alcohol Service since 2022. She used crack "
            "cocaine through the pregnancy, and her test on admission was positive for cocaine.",
            "Jade has had low mood since her teens and was diagnosed with perinatal depression at 28 weeks.",
            "Kyle smokes cannabis every day and says it calms him. He has not been seen on the unit sober "
            "on two of his visits.",
            "Jade missed four antenatal appointments and did not have a cot or baby equipment at home.",
        ]),
        ("h1", "Outcomes for Ruby"),
        ("bullets", [
            "Ruby is weaned off morphine, gains weight steadily and is handled gently and calmly by everyone "
            "who cares for her on the unit.",
            "Ruby leaves hospital to a carer who is free from drugs and can feed and settle her through the "
            "night.",
            "Ruby keeps a close bond with her mum and dad through safe, regular time with them.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "What will happen", "Lead", "By when", "Evidence"],
            "widths": [1.0, 6.4, 3.6, 2.6, 3.4],
            "rows": [
                ["While Ruby is on the neonatal unit", H, H, H, H],
                ["1", "Treat Ruby's withdrawal, wean her morphine and record her Finnegan scores",
                 "Dr Sam Adeyemi, consultant neonatologist",
                 "Until discharge; scores every 4 hours",
                 "Finnegan scores below 8 for 72 hours before discharge"],
                ["2", "Social worker to visit Ruby on the unit and speak to the nurse in charge",
                 "Holly Sadler, SW", "When possible",
                 "Each visit recorded on LCS with what the nurse in charge reports"],
                ["3", "Supervise Jade's and Kyle's time with Ruby and note how they feed, handle and settle her",
                 "Sister Amanda Royce, NNU ward manager", "Every parental visit",
                 "Contact notes in Ruby's nursing record, copied to the SW weekly"],
                ["4", "Ruby's care plan, initial health assessment and placement plan to be completed",
                 "", "Before discharge",
                 "Initial health assessment report and care plan on file"],
                ["Jade's and Kyle's recovery – what it means for Ruby", H, H, H, H],
                ["5", "Weekly key work and drug testing with Jade, planned with the unit, and a written report "
                      "on whether she can stop using crack cocaine and stay stable on methadone before Ruby is "
                      "ready to leave hospital",
                 "Tariq Mahmood, recovery worker, Quillingbourne Drug and Alcohol Service",
                 "Weekly; report by 08/08/2025",
                 "Test results and the report shared with the core group on 11/08/2025"],
                ["6", "Continue to offer Jade home visits and support with her low mood since Ruby's birth",
                 "Bev Atkins, perinatal mental health nurse", "Fortnightly",
                 "EPDS score recorded at each visit"],
                ["7", "Kyle to reduce his cannabis use",
                 "Kyle Stott", "Ongoing",
                 "Engagement with Quillingbourne Drug and Alcohol Service"],
                ["8", "Parenting assessment of Jade and Kyle, including two nights in the parents' room on "
                      "the unit",
                 "Holly Sadler, SW", "By 22/08/2025", ""],
                ["Planning for Ruby's discharge", H, H, H, H],
                ["9", "Find a foster carer near the hospital who can care for a baby with withdrawal and "
                      "take her to follow-up appointments",
                 "Ian Ward, placements officer, Quillingbourne Fostering Service", "By 15/08/2025",
                 "Placement confirmed in writing and the carer trained by NNU nurses before discharge"],
                ["10", "Viability assessment of Tracey Birtles, Ruby's maternal grandmother, as a kinship carer",
                 "Marion Keyes, kinship assessor", "By 08/08/2025",
                 "Viability report with a recommendation sent to the SW and the IRO"],
                ["11", "Discharge planning meeting on the unit with the foster carer, parents and recovery worker",
                 "Holly Sadler, SW", "At least 5 days before discharge",
                 "Discharge plan signed by the NNU, SW, foster carer and parents"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If there are further concerns about Jade or Kyle, or things do not improve before Ruby is ready "
              "for discharge, the core group will meet to review the plan, and the social worker will ask "
              "Quillingbourne Legal Services for legal advice."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 2 weeks while Ruby is on the unit: 21/07/2025, 04/08/2025 and 18/08/2025, in the "
            "NNU parents' room.",
            "Ruby's first looked-after review: 31/07/2025 (IRO Deborah Quayle).",
            "Review child protection conference: 25/09/2025.",
        ]),
    ],
    "findings": [
        F("T002", "Social worker to visit Ruby on the unit and speak"),
        F("W001", "initial health assessment and placement plan to be completed"),
        F("H001", "Continue to offer Jade home visits and support with her low mood"),
        F("T002", "Kyle to reduce his cannabis use"),
        F("M002", "Kyle to reduce his cannabis use"),
        F("M001", "Parenting assessment of Jade and Kyle, including two nights"),
        F("L001"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Transfer-out plan: the family moves to another council. A Word plan
#    printed to PDF with a numbered task table; the alcohol service is only a
#    place the mother is referred to; no outcomes, no child's voice (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_quarrowdale_transfer_out_numbered_tasks_nuttall.pdf",
    "doc_title": "Transfer-out Child Protection Plan - Nuttall children",
    "split": "heldout",
    "template": "transfer-out-core-group-plan-word-printed-to-pdf-header-footer-case-summary-reason-for-transfer-then-no-task-responsible-target-date-how-progress-will-be-evidenced-table-contingency-meetings",
    "description": (
        "Transfer-out plan for a 4-year-old and an 11-month-old whose mother drinks (and used cocaine "
        "in 2020) as the family moves to another council. The alcohol service is only a place she "
        "goes; the new referral and the parenting assessment wait for the receiving authority (one "
        "'TBC'); nursery sharing 'Monitored', GP registration 'ASAP', 'All agencies'; no outcome for "
        "the children and nothing of their experience."
    ),
    "actions": 9,
    "header": "OFFICIAL – SENSITIVE – Quarrowdale Metropolitan Council",
    "footer": "Transfer-out plan – Mason and Ella Nuttall – page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan – Transfer Out"),
        ("p", "Quarrowdale Metropolitan Council · Children's Social Care · Assessment and Protection Team 3"),
        ("kv", [
            ("Children", "Mason Nuttall, born 18/03/2021 (4); Ella Nuttall, born 02/09/2024 (11 months)"),
            ("Mother", "Rochelle Nuttall (27)"),
            ("Fathers", "Mason's father, Jordan Platt, has no contact; Ella's father, Connor Ridge, is in "
                        "prison until 2027"),
            ("Plan since", "Initial conference 03/04/2025, category Neglect"),
            ("Current address", "Flat 6, Ember Court, Quarrowdale"),
            ("New address from 22/08/2025", "12 Sedge Way, Hexley (Hexley Borough Council)"),
            ("Social worker", "Paul Fairclough; team manager Sarah Ingle"),
        ]),
        ("h1", "Summary"),
        ("p", "Rochelle drinks vodka most evenings and told the SW in March that she sometimes drinks in the "
              "day when the children are at home. She used cocaine in 2020, before Mason was born; she says she "
              "has not used since and her hair strand test in May 2025 was clear for drugs. She has been going "
              "to the Quarrowdale Alcohol Team since April. In March the police found the flat door open at 7am "
              "and Rochelle asleep and hard to wake, and Ella has twice been taken to the GP late with a chest "
              "infection."),
        ("p", "Rochelle has been offered a tenancy by Hexley Homes near her mother, Denise Nuttall, and the "
              "family will move on 22/08/2025. This plan was agreed at the transfer-out core group on "
              "31/07/2025 and will be sent to Hexley Borough Council with the transfer request."),
        ("h1", "Action plan"),
        ("table", {
            "header": ["No.", "Task", "Responsible", "Target date", "How progress will be evidenced"],
            "widths": [1.0, 6.5, 3.5, 2.5, 3.5],
            "rows": [
                ["1", "Rochelle to keep going to her Quarrowdale Alcohol Team appointments until she moves",
                 "Rochelle Nuttall", "Weekly until 22/08/2025",
                 "Attendance confirmed by letter from the Alcohol Team"],
                ["2", "Referral to an alcohol service in Hexley to be made once the family has moved and the "
                      "case has transferred",
                 "Paul Fairclough, SW", "After transfer",
                 "Referral accepted by the Hexley service"],
                ["3", "Parenting assessment of Rochelle to be completed by Hexley Children's Services when "
                      "they take over the case",
                 "Hexley Children's Services", "TBC",
                 "Assessment report"],
                ["4", "Visit Mason and Ella fortnightly and hand over to the Hexley health visiting team",
                 "Sian Rowley, health visitor", "Fortnightly until 22/08/2025; handover by 29/08/2025",
                 "Weights in the red book; handover letter to the Hexley team"],
                ["5", "Visit Mason and Ella at home, at least one visit in two unannounced",
                 "Paul Fairclough, SW", "Weekly until the transfer-in conference",
                 "Visit records"],
                ["6", "Nursery to share Mason's attendance and any concerns with the SW",
                 "Jenny Platt, manager, Little Acorns Nursery", "Weekly until Mason leaves on 15/08/2025",
                 "Monitored"],
                ["7", "Support Rochelle to register with a GP practice in Hexley",
                 "Anita Cross, family support worker", "ASAP",
                 "GP registration confirmed"],
                ["8", "Report any concern about the children's safety during the move to the SW",
                 "All agencies", "Same day",
                 "Concern logged on the case record"],
                ["9", "Send the case file and chronology to Hexley and request a transfer-in conference",
                 "Sarah Ingle, team manager", "By 15/08/2025",
                 "Transfer-in conference date confirmed by Hexley in writing"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Rochelle is found under the influence of alcohol while she is caring for Mason or Ella, the SW "
              "(or the emergency duty team, or Hexley's duty team after the move) will ask the police to attend "
              "and the children will stay with Denise Nuttall, who has agreed to this. If Denise cannot have them, "
              "they will go to emergency foster carers that night, and the SW will request a legal planning "
              "meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 3 weeks until the transfer: 01/08/2025 and 21/08/2025.",
            "Review child protection conference, held by Hexley as the transfer-in conference: 10/09/2025.",
        ]),
    ],
    "findings": [
        F("X001", "Referral to an alcohol service in Hexley to be made"),
        F("X001", "Parenting assessment of Rochelle to be completed by Hexley"),
        F("T002", "Parenting assessment of Rochelle to be completed by Hexley"),
        F("M002", "Nursery to share Mason's attendance and any concerns"),
        F("T002", "Support Rochelle to register with a GP practice"),
        F("W002", "Report any concern about the children's safety during the move"),
        F("O001"),
        F("F003"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan on a page for a 12-year-old and a 2-year-old whose father has
#    schizophrenia. Markdown copy; bullets that each carry who, when and how
#    we will know; the early intervention team assesses and reports.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b90_quenderby_plan_on_a_page_bullets_sheard.md",
    "split": "heldout",
    "template": "plan-on-a-page-markdown-details-line-children-views-worries-going-well-working-with-adult-mental-health-outcomes-then-what-needs-to-happen-bullets-grouped-by-outcome-each-with-who-when-how-we-will-know-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review plan on a page for a 12-year-old and a 2-year-old whose father has "
        "schizophrenia and relapsed after stopping clozapine (past cannabis use; the mother has no "
        "mental health history and no alcohol concerns). Every bullet names who, when and how we "
        "will know; the early intervention team treats and also assesses capacity to change with a "
        "timescale; each parent bullet says what it means for the children; the grandmother's days "
        "have a fallback; legal planning named; dates set."
    ),
    "actions": 11,
    "text": """\
# Child Protection Plan on a Page – Aiden and Poppy Sheard

Quenderby Borough Council · Children's Services · Family Help and Protection (South)
First review conference, 30/07/2025 · Category: Emotional abuse · Social worker: Becky Lister · Chair: Ruth Akinola

**Children:** Aiden Sheard (born 04/04/2013, 12), Quenderby High School, Year 8;
Poppy Sheard (born 19/06/2023, 2). **Parents:** Marcus Sheard (39) and Nicola Sheard (36), 5 Larch Close, Quenderby.
**Poppy's grandmother:** Joan Sheard (Marcus's mum), Flat 2, 40 Station Road, Quenderby.

## What Aiden and Poppy tell us

Aiden (seen alone at school, 22/07/2025): "When Dad was ill he thought Poppy's milk had poison in it
and he shut all the curtains and wouldn't let us out. It was really scary. He's better now he has his
tablets. I want him to stay better and I want someone to tell me if he's getting ill again, not find
out myself." Aiden scored how safe he feels at home as 7 out of 10, up from 3 at the first conference.

Poppy is 2. At home on 24/07/2025 she played with her dad with the shape sorter and brought him her
books; she ran to Nicola when the doorbell went. At Joan's flat she naps well and eats all her lunch.
Nursery staff say she is a happy, busy girl who waves goodbye to her mum without fuss.

## What we are worried about

- Marcus has paranoid schizophrenia. He stopped his clozapine in April 2025 and by May believed Poppy
  was being poisoned; he kept the family in the house for two days until Nicola rang 999. He was
  admitted to Quenderby Mental Health Unit for five weeks.
- Marcus smoked cannabis in his twenties and says he has not used since 2019; his tests on the ward
  were clear.
- Nicola has no history of mental health difficulties and there are no concerns about her drinking.
  She works on Wednesdays and Fridays and worries about leaving Poppy with Marcus on his own.

## What is going well

- Marcus has taken his clozapine every day since his discharge on 10/07/2025 and talks openly about
  how frightening his illness was for the children.
- Nicola acted quickly to protect the children in May and knows Marcus's early warning signs.
- Joan is close to both children and has Poppy while Nicola works.

## Working with adult mental health

Dr Felix Amadi and Ellie Ford from Quenderby Early Intervention in Psychosis (EIP) team came to the
review conference. Their actions below were agreed with Marcus and Nicola, and Ellie will come to
every core group.

## Outcomes we want for Aiden and Poppy

1. Aiden and Poppy are never cared for by their dad on his own when he is unwell, and an adult steps
   in the same day if he shows signs of becoming ill.
2. Aiden understands his dad's illness, is told when his dad is becoming unwell, and does not carry
   that worry on his own.
3. Poppy is fed, safe and at nursery or with Joan on the days her mum works, and meets her
   developmental milestones.

## What needs to happen

### For outcome 1

- Dr Felix Amadi, consultant psychiatrist, Quenderby EIP team, will assess Marcus's capacity to keep
  taking his clozapine and to spot early signs of relapse, the changes still needed for Aiden and Poppy
  to be safe with him and the likely timescale, and will send a written report to the SW by 29/08/2025
  for the core group on 08/09/2025.
- Ellie Ford, EIP care coordinator, will see Marcus weekly to check his clozapine and relapse plan, and
  at each core group will report in writing whether he is making the changes needed to look after Poppy
  safely on his own and how long further change is likely to take.
- Marcus will have his clozapine blood test every 4 weeks at the Quenderby clozapine clinic so that he
  stays well enough to be with Aiden and Poppy, and will show the result sheet to the SW at the next
  visit after each test.
- Nicola will keep Marcus's relapse signature card on the fridge and ring the EIP duty line the same day
  if she sees any sign on it, so that the children are never alone with him when he is unwell; each call
  is logged by the EIP team and passed to the SW within 24 hours.
- Becky Lister, SW, will visit Aiden and Poppy at home every week, one visit in three unannounced, and
  visit records will show both children seen, Aiden seen alone and what he said.

### For outcome 2

- Mr Hugh Tranter, DSL at Quenderby High School, will meet Aiden every Monday for 15 minutes and ring
  the SW the same day if Aiden is worried about home; the check-ins will be noted on CPOMS and a summary
  emailed to the SW every other Friday.
- Sasha Brook, young carers worker at Quenderby Carers Centre, will see Aiden fortnightly from
  04/08/2025 to help him understand his dad's illness, and will record Aiden's 0 to 10 worry score at
  each session and send it to the SW.
- Becky Lister, SW, will complete a parenting assessment of Marcus and Nicola by 19/09/2025, using
  Dr Amadi's report, and share the written report with the parents and the core group before the review
  conference.

### For outcome 3

- Little Oaks Nursery (key person Jan Wilde) will have Poppy on Monday, Tuesday and Thursday from
  01/09/2025 and send the SW a weekly sheet each Friday showing her attendance and any marks or worries.
- Joan Sheard will have Poppy at her flat every Wednesday and Friday while Nicola works, so that Marcus
  is not on his own with Poppy, and will sign Poppy's care diary each day, which the SW checks at each visit.
- Claire Gough, health visitor, will do Poppy's 2-year review by 15/08/2025 and send the ASQ-3 scores
  to the SW and the GP within a week.

## If things go wrong

- If Marcus misses two clozapine doses in a row or shows any sign on his relapse signature, Nicola will
  take Aiden and Poppy to Joan's flat the same day, the EIP crisis team will see Marcus within 24 hours,
  and Becky (or the emergency duty team) will hold a strategy discussion the same day.
- If Joan is ill or cannot have Poppy, Nicola will not go to work that day; if neither can care for the
  children, Becky will arrange for them to stay with Nicola's sister, Dawn Pryor, or with approved foster
  carers that night.
- If Dr Amadi's report or the core group on 08/09/2025 shows that not enough has changed, Becky will
  request a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks: 11/08/2025, 08/09/2025 and 06/10/2025, 4pm at Quenderby High School.
- Second review child protection conference: 23/10/2025, Quenderby Town Hall.
""",
    "findings": [],
})
