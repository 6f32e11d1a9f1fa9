"""Batch 21, module 1: seven fictional plans (tuning material), places starting with "a".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth plan, question headers, "Who and by when?" in one cell,
#    hopes column merged over several rows (docx). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_arvendale_prebirth_hopes_merged_okoro.docx",
    "doc_title": "Pre-birth child protection plan - Baby Okoro and Kayla Okoro",
    "split": "tune",
    "template": "prebirth-question-headers-hopes-merged-over-rows-owner-and-date-one-cell",
    "description": (
        "Exemplary pre-birth plan (mother's depression and past overdose, partner's conviction for "
        "assaulting a former partner; 4-year-old sister). Column headers are questions, owner and date "
        "share one cell, 'Our hopes for Kayla and the baby' is merged over 2-3 rows, cells run to "
        "several sentences. Perinatal team asked to assess capacity to change, GP owns an action, aunt's "
        "overnight help has a fallback, core group and review dates, PLO step before the birth."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("p", "Arvendale Borough Council – Children and Families"),
        ("title", "Pre-birth child protection plan"),
        ("kv", [
            ("Unborn baby", "Baby Okoro, due 23/05/2025"),
            ("Sister", "Kayla Okoro, born 19/08/2020 (4), Treetops Nursery"),
            ("Mum", "Chantelle Okoro (22), 9 Mallow Road, Arvendale"),
            ("Baby's dad", "Ryan Tulley (25), lives with Chantelle and Kayla"),
            ("Conference", "Pre-birth initial child protection conference, 13/02/2025"),
            ("Category", "Neglect and emotional abuse (risk of)"),
            ("Social worker", "Nadia Briggs, Family Safeguarding Team East"),
        ]),
        ("h1", "Why we're worried"),
        ("p", "Chantelle has had depression since she was 15 and was in Arvendale's care until she was 18. "
              "In 2023, after Kayla's dad left, she took an overdose and Kayla stayed with her aunt Joy for "
              "three weeks. Chantelle stopped her sertraline when she found out she was pregnant and told her "
              "midwife in January that she is \"not sleeping and crying most days\". Ryan was convicted in "
              "2021 of assaulting a previous partner. There have been no police call-outs to this address, but "
              "nursery staff heard Ryan shouting at Chantelle in the car park on 20 January while Kayla cried "
              "in the back seat. We are worried that if Chantelle's mood drops after the birth, or there is "
              "shouting and violence at home, a newborn could go unfed or be handled roughly, and Kayla would "
              "be frightened and left to look after herself."),
        ("h1", "What's going well"),
        ("p", "Chantelle has been back to her GP, restarted her medication in late January and has been to "
              "every antenatal appointment. She has told professionals herself when she has felt low. Kayla "
              "goes to 95% of her nursery sessions, is clean, well dressed and doing well. Ryan has been honest "
              "about his conviction and has agreed to do the Safer Fathers programme. Joy Okoro lives a "
              "ten-minute walk away, looked after Kayla safely in 2023 and has offered to stay after the birth."),
        ("h1", "What Kayla says, and what we see"),
        ("p", "I saw Kayla on her own at Treetops Nursery on 6 February. She told me she wants \"a baby "
              "sister, not a brother\" and that she will share her unicorn with the baby. She likes it when "
              "Mummy does her hair and when Auntie Joy takes her to the swings. When we talked about home she "
              "said \"Ryan and Mummy are loud in the car\" and showed me how she puts her hands over her ears. "
              "Nursery say she is a chatty, confident girl but has been clingy at home time since January."),
        ("h1", "Our plan"),
        ("table", {
            "header": ["Our hopes for Kayla and the baby", "What's going to happen?", "Who and by when?",
                       "What will tell us it's working?"],
            "widths": [3.7, 5.5, 3.6, 4.2],
            "rows": [
                ["The baby is fed, kept warm and sleeps safely on their back in their own Moses basket, and "
                 "is seen by a professional at least once a week for the first 8 weeks.",
                 "Agree a written birth and discharge plan with Chantelle and Ryan. It will say who stays with "
                 "Chantelle on the ward, and the baby will not go home until the plan has been signed by the SW.",
                 "Sarah Penn (safeguarding midwife) – by 25/04/2025 (36 weeks)",
                 "Signed plan on the maternity record and copied to the SW, HV and emergency duty team by "
                 "25/04/2025."],
                [V,
                 "Antenatal home visit about safe sleep, feeding and coping with crying (ICON), then the new "
                 "birth visit. After that, weigh the baby every week until 8 weeks old and watch a feed.",
                 "Jo Hill (HV) – antenatal visit by 28/03/2025; new birth visit day 10–14; then weekly",
                 "Safe sleep checklist signed at the antenatal visit. Weight plotted in the red book at every "
                 "weigh and staying on or close to the birth centile."],
                [V,
                 "Stay overnight with Chantelle, Kayla and the baby and do at least one night feed, so that "
                 "Chantelle gets a five-hour stretch of sleep.",
                 "Joy Okoro (maternal aunt) – every night for the first 14 nights after discharge",
                 "Night-feed chart on the fridge, initialled by Joy and checked by the SW and HV at each visit."],
                ["Kayla and the baby are looked after by a mum who is well enough to notice what they need and "
                 "who gets help quickly if her mood starts to drop.",
                 "See Chantelle every 2 weeks in pregnancy and for 12 weeks after the birth. Assess whether she "
                 "can make and keep the changes she needs to care for a newborn and Kayla: her early warning "
                 "signs, what helps her, and how long change is likely to take.",
                 "Dr Imran Qureshi (perinatal mental health team) – fortnightly; written assessment by 21/03/2025",
                 "Written assessment of Chantelle's capacity to change, her relapse signs and the likely "
                 "timescale, shared at the core group on 27/03/2025; a letter to the SW after each review."],
                [V,
                 "Review Chantelle's antidepressant during pregnancy and after the birth, and prescribe it in "
                 "28-day amounts only.",
                 "Dr Alison Rudd (GP), Larkhill Surgery – at 32 weeks (28/03/2025) and 2 weeks after the birth",
                 "Review notes and prescription dates sent to the perinatal team and the SW within 5 working "
                 "days of each review."],
                ["Kayla and the baby never see or hear the adults at home shouting at, threatening or hurting "
                 "each other, and Kayla can say she feels safe at home.",
                 "Ryan to complete the 16-week Safer Fathers programme. The facilitator will tell the SW about "
                 "any missed session within 2 working days.",
                 "Ryan Tulley, with facilitator Mark Osei – starts 03/03/2025, finishes by 23/06/2025",
                 "Attendance register showing 16 of 16 sessions; facilitator's end-of-programme report to the "
                 "core group."],
                [V,
                 "See Kayla on her own at home and at nursery. Use her 'three houses' drawings to hear what "
                 "home is like for her, and check the baby's sleeping space once it is set up.",
                 "SW Nadia Briggs – every 2 weeks at home; monthly at nursery",
                 "Visit records show Kayla seen alone; her words are written into each core group report."],
                [V,
                 "Talk to Kayla at drop-off and pick-up and pass on to the SW any worry about home, any injury "
                 "or anything she says.",
                 "Lou Barker (DSL, Treetops Nursery) – every nursery day",
                 "Nursery welfare log; any worry emailed to the SW the same day with what was seen or said."],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("p", "If Chantelle stops her medication, the perinatal team see her mood dropping (not sleeping, not "
              "eating, thoughts of self-harm), or there is any shouting, threat or violence between Chantelle "
              "and Ryan, whoever knows will ring the SW (or the emergency duty team out of hours) and the SW "
              "will hold a strategy discussion the same day. Ryan will leave the house and stay with his brother "
              "at 4 Heron Court. Kayla and the baby will go to Joy's home at 17 Rosebay Close, with Chantelle "
              "if she is well enough."),
        ("p", "If Joy cannot stay overnight, is ill, or says she can no longer help, she will tell the SW the "
              "same day. The SW and the perinatal nurse will visit that day. If Chantelle is not well enough to "
              "care for the baby alone at night and no other assessed adult can stay, Kayla and the baby will be "
              "placed together with approved foster carers the same day."),
        ("p", "If by 36 weeks the perinatal assessment shows that Chantelle cannot make the changes needed, "
              "Ryan has missed more than two Safer Fathers sessions, or the birth plan has not been agreed, "
              "the team manager will request a legal planning meeting (PLO) before the baby is born."),
        ("h1", "How we'll keep checking"),
        ("bullets", [
            "Core group: every 4 weeks – 27/02/2025 (first), 27/03/2025 and 24/04/2025, then within 10 working "
            "days of the birth.",
            "Review child protection conference: 08/05/2025, 10am, Arvendale Town Hall.",
            "Chantelle and Ryan have a copy of this plan. Kayla's part of it was explained to her with pictures.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Looked-after child's care plan, owners in banner rows across a
#    three-column table, booked hospital admission (pdf, header + footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_ashmerrow_lac_care_plan_owner_banners_pardoe.pdf",
    "doc_title": "Care plan - Ellis Pardoe",
    "split": "tune",
    "template": "lac-care-plan-owner-banner-rows-what-when-know-paged",
    "description": (
        "Looked-after toddler's care plan (s20; mother's drinking) with a booked hernia operation. The "
        "action table gives each owner in a full-width banner row (foster carer, SW, LAC health, mum, "
        "'Lead TBC') over What / When / How we'll know rows. Foster carer and mum visit the ward 'as much "
        "as she can' / 'when she is well enough', so no stated visits; TBC lead, 'over the next few months', "
        "'Improvement', 'Engagement', an empty measure, an adult outcome, no adult service owning an action, "
        "and only LAC review dates."
    ),
    "header": "OFFICIAL-SENSITIVE | Ashmerrow Council | Children in Care Team",
    "footer": "Care plan – Ellis Pardoe – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Care Plan (Part 2)"),
        ("kv", [
            ("Child", "Ellis Pardoe, born 02/07/2022 (2 years 10 months)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 10/01/2025"),
            ("Placement", "Lindsey and Mark Whitaker, Ashmerrow Fostering (short-term)"),
            ("Mother", "Stacey Pardoe (22)"),
            ("Father", "Not named on the birth certificate; Stacey has not identified him"),
            ("Social worker", "Tom Reddy, Children in Care Team"),
            ("IRO", "Bernadette Lyle"),
            ("Plan updated for", "Second looked after review, 02/05/2025"),
        ]),
        ("h1", "Why Ellis is looked after"),
        ("p", "On 9 January 2025 police found Ellis alone in the flat at 11pm in a wet nappy, with Stacey asleep "
              "and heavily intoxicated on the sofa. This was the third police call-out since October. Stacey "
              "agreed to Ellis being accommodated the next day. She has told the SW she drinks most days, "
              "usually vodka, and that it got worse after her mum stopped speaking to her last summer."),
        ("h1", "Ellis's wishes and feelings"),
        ("p", "Ellis has a small number of words. In the Whitakers' home he runs to Lindsey when he is hurt, "
              "sleeps through most nights and says \"more\" and \"mine\" at mealtimes. At family time he brings "
              "Stacey his toy cars and says \"Mummy\" and \"home\", and he cried at the end of the last two "
              "sessions. Lindsey says he becomes clingy and wakes in the night after family time, then settles "
              "within a day."),
        ("h1", "What we want for Ellis"),
        ("bullets", [
            "Ellis is safe and well looked after in his foster home, and feels comforted and safe while he is "
            "in hospital for his operation.",
            "Ellis's speech and play catch up with other children his age.",
            "Ellis knows his mum and his wider family and sees them often, in a way that is safe for him.",
            "Stacey will stop drinking and keep her tenancy.",
        ]),
        ("h1", "Permanence plan"),
        ("p", "The plan is for Ellis to go home to Stacey if her parenting assessment is positive and she has "
              "been sober for at least three months. The parallel plan is care within the wider family; his "
              "maternal grandmother, Carol Pardoe, has asked to be considered."),
        ("h1", "Ellis's operation"),
        ("p", "Ellis has an inguinal hernia. He is booked for a repair on Puffin Ward, Ashmerrow General "
              "Hospital, on 14/05/2025 and is expected to stay in for two or three nights. Lindsey will take him "
              "in. Stacey has asked to see him on the ward and has been told she can, as long as she is sober."),
        ("pagebreak",),
        ("h1", "Action plan"),
        ("table", {
            "header": ["What's going to happen", "When", "How we'll know"],
            "widths": [7.2, 4.0, 5.8],
            "band_fill": "E2EFD9",
            "rows": [
                ["FOSTER CARER – Lindsey Whitaker (Ashmerrow Fostering)", H, H],
                ["Take Ellis to all of his health appointments, including his pre-op check on 30/04/2025 and "
                 "his 2-year development review, and tell the SW the outcome.",
                 "Every appointment",
                 "Appointments written in the foster carer's log and the red book; clinic letters copied to "
                 "the SW."],
                ["Stay with Ellis on Puffin Ward for his hernia operation and while he recovers, so that he has "
                 "someone he knows with him.",
                 "As much as she can",
                 "Foster carer's log and the ward's notes."],
                ["Keep a daily diary of Ellis's sleep, eating and behaviour, especially after family time, and "
                 "send it to the SW.",
                 "Daily; sent every other Friday",
                 "Diary entries on file, brought to each looked after review."],
                ["SOCIAL WORKER – Tom Reddy (Children in Care Team)", H, H],
                ["Visit Ellis at the Whitakers' home. He is too young to talk about his plan, so observe him "
                 "playing and how he goes to Lindsey and Mark for comfort.",
                 "Every 6 weeks, and within a week of any change of placement",
                 "Visit records on Ellis's file describe what he was doing and how he responded to his carers."],
                ["Liaise with Puffin Ward about Ellis's admission, who can visit him and the discharge plan.",
                 "Before the admission on 14/05/2025",
                 ""],
                ["Parenting assessment of Stacey to inform the permanence plan.",
                 "TBC – after Ellis's operation",
                 "Written assessment shared with Stacey and presented at the looked after review."],
                ["HEALTH – Ashmerrow Looked After Children's Health Team", H, H],
                ["Review health assessment, with a health plan shared with the foster carer and the SW.",
                 "By 10/07/2025 (six-monthly)",
                 "Review health assessment report and health plan on Ellis's file."],
                ["BIRTH FAMILY – Stacey Pardoe (mum)", H, H],
                ["Come to family time with Ellis at the Hollies Family Centre, on time and sober.",
                 "Tuesdays and Fridays, 10am–12pm",
                 "Family time records show arrival time, breath test result and how Ellis responded."],
                ["Go to the Ashmerrow Recovery Service for help with her drinking.",
                 "Weekly drop-in, Wednesdays",
                 "Engagement with the service"],
                ["Visit Ellis on Puffin Ward while he is in hospital, with a family support worker present.",
                 "When she is well enough",
                 "Ward visitors' book."],
                ["LEAD TBC – to be agreed at the looked after review", H, H],
                ["Life-story work with Ellis and a memory box of photos from his first three years.",
                 "Over the next few months",
                 "Improvement in Ellis's sense of who he is"],
                ["Explore whether Carol Pardoe (maternal grandmother) could be assessed as a connected carer.",
                 "By 30/05/2025",
                 "Viability assessment written up and shared at the looked after review."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Stacey comes to family time smelling of alcohol or with a positive breath test, the session "
              "will end and Ellis will go back to Lindsey. If this happens twice in a month, family time will "
              "drop to once a week until the next review. If Stacey asks for Ellis to come home before the "
              "assessment is finished, or tries to take him from the placement or the hospital, the SW will "
              "call the police if needed and request an urgent legal planning meeting the same day. If the "
              "Whitakers cannot keep Ellis, he will move to another Ashmerrow foster home chosen by the "
              "placements team, and his family time will carry on as now."),
        ("h1", "Reviews"),
        ("bullets", [
            "Next looked after review: 31/10/2025, at the Whitakers' home, chaired by Bernadette Lyle (IRO).",
            "Personal education plan: not yet needed – Ellis starts his funded nursery place in September.",
            "Stacey was given a copy of this plan on 02/05/2025.",
        ]),
    ],
    "findings": [
        F("T002", "Stay with Ellis on Puffin Ward for his hernia operation"),
        F("M001", "Liaise with Puffin Ward about Ellis's admission, who can visit"),
        F("T002", "Parenting assessment of Stacey to inform the permanence plan"),
        F("M002", "Go to the Ashmerrow Recovery Service for help with her drinking"),
        F("T002", "Visit Ellis on Puffin Ward while he is in hospital"),
        F("W002", "Life-story work with Ellis and a memory box of photos"),
        F("T002", "Life-story work with Ellis and a memory box of photos"),
        F("M002", "Life-story work with Ellis and a memory box of photos"),
        F("W002", "Explore whether Carol Pardoe (maternal grandmother) could be assessed"),
        F("F002", "Stacey will stop drinking and keep her tenancy"),
        F("F004"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Child in need plan: owner and date inside the action sentence, measures
#    (or only progress notes) in a "Comments / how we'll check" column (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_allingbrook_cin_comments_column_kelsall.md",
    "split": "tune",
    "template": "cin-plan-owner-inside-agreed-sentence-comments-how-well-check-column-md",
    "description": (
        "Child in need plan for a 9-year-old with ADHD and his 15-year-old sister (father's depression). "
        "Three columns: #, 'What we agreed (who and when)' with the owner and timescale written into the "
        "sentence, and 'Comments / how we'll check', which holds a measure on some rows and only a progress "
        "note on others. GP row with no timescale and 'feeling a bit better', talking-therapy sessions only, "
        "'asap', 'as and when', 'the family', 'Reviewed at CIN meeting', an adult outcome; grandmother and "
        "uncle help with no fallback, a vague contingency, CIN reviews only and no legal step."
    ),
    "text": """\
# Allingbrook Council – Children's Services

## Child in Need Plan

| | |
|---|---|
| **Children** | Tyler Kelsall (9, DOB 14/06/2015) and Jade Kelsall (15, DOB 02/11/2009) |
| **Living with** | Martin Kelsall (dad), 31 Kestrel Rise, Allingbrook |
| **Mum** | Donna Kelsall – moved to Tarnley in 2024, sees the children about once a month |
| **Social worker** | Kim Doyle, Allingbrook Children in Need Team |
| **CIN meeting** | 25/02/2025 at Brookfield Primary |

### Why we are involved

Martin has had depression since Donna left last spring. He has been signed off work
since October and told Kim he "can't face the mornings". Tyler has ADHD and his
attendance was 74% in the autumn term; he is often late and has missed doses of his
medication because the prescription was not collected. Jade has been getting Tyler
up, making tea most nights and has missed school herself to take him to appointments.
School referred in January after Tyler said he had "just had crisps" for tea all week.

### What Tyler and Jade told us

Tyler (seen on his own at school, 18/02/2025) said: "Dad's sad and stays in bed. Jade
does my tea. I like it when Nan does tea because we get proper dinner." He said he wants
to "go to football again" and gets told off at school "for being late, but it's not my fault".

Jade (seen on her own at home, 20/02/2025) said she is "fine" but tired, that she worries
about her dad "all the time" and would like "one night off a week to see my mates".
She does not want to move to her mum's.

### What we want for Tyler and Jade

- Tyler gets to school on time every day, with breakfast, and takes his ADHD medication every morning.
- Jade has time for her own friends and schoolwork and is not the one getting Tyler up and making tea.
- Tyler is back at football and has something to look forward to every week.
- Martin's mood will improve and he will be able to go back to work.

### The plan

| # | What we agreed (who and when) | Comments / how we'll check |
|---|---|---|
| 1 | Dad (Martin) will make sure Tyler is up, has breakfast and is at school by 8.45am every school day, using the picture checklist on the fridge. | School register – Tyler's attendance was 74% last term; the aim is 90% by the next CIN review. Mrs Achebe (attendance officer) emails Kim the weekly figure. |
| 2 | Kim Doyle (SW) will visit every three weeks and see Tyler and Jade on their own each time. | Visit notes on file; what Tyler and Jade say is written into the plan at each CIN review. |
| 3 | Martin will go and see his GP about his low mood and ask about going back on medication. | Martin says he is feeling a bit better. |
| 4 | Allingbrook Talking Therapies (Priya Nair) will offer Martin 8 sessions of CBT for his depression, starting 03/03/2025. | Martin has been sent a first appointment letter. |
| 5 | Kim will refer Jade to Allingbrook Young Carers for a young carer's assessment and a place in a group, asap. | Referral form sent 26/02 – awaiting allocation. |
| 6 | Mr Farrow (SENCo, Brookfield Primary) will update Tyler's ADHD support plan and set up a morning check-in with his TA by 28/03/2025. | Reviewed at CIN meeting. |
| 7 | The family will make sure Tyler's ADHD medication is collected from Kestrel Pharmacy each month before it runs out. | Pharmacy collection dates checked by Kim at each visit; school notes any morning Tyler has not had his tablet. |
| 8 | Nan (Sheila Kelsall, PGM) will have Tyler and Jade for tea and help Tyler with his reading every Wednesday and Friday after school. | Sheila signs Tyler's reading record on those days; Kim checks it at visits. |
| 9 | Uncle Dean (Martin's brother) will take Tyler to Allingbrook Colts football training every Saturday morning from 08/03/2025. | Club register shows Tyler at training. |
| 10 | Mum (Donna) will keep up her video calls with Tyler and Jade as and when. | No update. |
| 11 | Dr Lowe (community paediatrician) will see Tyler for his ADHD medication review by 30/04/2025 and write to Martin, school and Kim. | Clinic letter with any dose change copied to school and Kim. |
| 12 | Kim will help Martin apply for a council tax reduction through the Allingbrook Money Advice service by 31/03/2025. | Application reference number on file. |

### If things don't improve

If things don't improve for Tyler and Jade, we will think about whether the plan needs to
step up to a child protection conference.

### Reviewing the plan

CIN review meetings every 6 weeks at Brookfield Primary. Next CIN review: 08/04/2025, 3.30pm.
Martin, Jade and Tyler are invited; Tyler will join for the first part.

*Plan written by Kim Doyle (SW), 26/02/2025. Copies to Martin, Jade, Donna, Brookfield Primary,
Allingbrook Academy (Jade's school) and Dr Lowe.*
""",
    "findings": [
        F("T001", "Martin will go and see his GP about his low mood"),
        F("M002", "Martin will go and see his GP about his low mood"),
        F("H001", "Allingbrook Talking Therapies (Priya Nair) will offer Martin 8 sessions"),
        F("M001", "Allingbrook Talking Therapies (Priya Nair) will offer Martin 8 sessions"),
        F("T002", "Kim will refer Jade to Allingbrook Young Carers"),
        F("M001", "Kim will refer Jade to Allingbrook Young Carers"),
        F("M002", "will update Tyler's ADHD support plan and set up a morning check-in"),
        F("W002", "The family will make sure Tyler's ADHD medication is collected"),
        F("T002", "Mum (Donna) will keep up her video calls with Tyler and Jade"),
        F("M001", "Mum (Donna) will keep up her video calls with Tyler and Jade"),
        F("F002", "Martin's mood will improve and he will be able to go back to work"),
        F("C002"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan emailed as plain text: the Word table typed out one box at a
#    time, each box introduced by its column's question (txt). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_amblestead_icpc_typed_out_boxes_fairbairn.txt",
    "split": "tune",
    "template": "icpc-plan-email-word-table-typed-out-question-per-box-under-outcome-lines-txt",
    "description": (
        "Exemplary ICPC plan for a 3-year-old and a 7-month-old (neglect; father's drinking, mother's "
        "postnatal depression), emailed as plain text because the table would not paste: each row is typed "
        "as 'What's going to happen?' / 'Who's doing it, and by when?' (owner and date in one line) / "
        "'How will we know it's working?' under an OUTCOME line. Alcohol service and perinatal team own "
        "actions and the perinatal team assesses capacity to change; grandmother's evenings have a fallback; "
        "core group and review dates; PLO step."
    ),
    "text": """\
From:    Ruth Adeyinka (Social Worker, Family Safeguarding North)
To:      Shanice Fairbairn; Aaron Fairbairn; Jo Hill (HV); Little Owls Nursery (DSL);
         Dr Lena Kowalczyk; Dev Mistry (Amblestead Alcohol Service); Denise Pryor
Cc:      Graham Oduya (IRO)
Sent:    07/03/2025 16:48
Subject: Maisie and Leo - child protection plan from yesterday's conference

Hi all,

The plan table from yesterday's conference won't paste into the portal, so I have
typed it out below box by box, in the same order as the table. Nothing has been
changed from what was agreed. Shanice and Aaron - I will bring a printed copy on
Tuesday and go through it with you.

Ruth

------------------------------------------------------------------------------
CHILD PROTECTION PLAN - MAISIE AND LEO FAIRBAIRN
Amblestead Council Children's Services
Initial child protection conference: 06/03/2025   Chair: Graham Oduya (IRO)
Category: Neglect
------------------------------------------------------------------------------
Maisie Fairbairn   born 12/01/2022 (3)   Little Owls Nursery, 5 mornings
Leo Fairbairn      born 28/07/2024 (7 months)
Mum                Shanice Fairbairn (26)
Dad                Aaron Fairbairn (29)
Both parents live with the children at 22 Cobble Lane, Amblestead.
Maternal grandmother Denise Pryor lives at 14 Larch Way (5 minutes away).

WHY WE ARE WORRIED
Leo's weight has dropped from the 50th to below the 9th centile since November.
Nursery say Maisie often arrives hungry and in a soaked nappy. Aaron told
conference he drinks 8-10 cans most evenings and was asleep on the floor when the
HV called at 2pm on 19/02/2025 with Leo crying in his cot. Shanice was diagnosed
with postnatal depression by her GP in December, stopped her sertraline in
January and says she "can't get going" until the afternoon. The kitchen was
dirty with old bottles left out on two visits.

WHAT'S WORKING WELL
Shanice restarted her sertraline on 27/02/2025. Aaron has admitted how much he
drinks and booked his own alcohol assessment. Denise visits most days and Leo
fed well and settled with her when the HV was there. Both parents came to
conference and want the children to stay at home.

WHAT MAISIE AND LEO ARE TELLING US
Maisie (seen on her own at nursery, 03/03/2025) said "Daddy sleeps on the floor"
and "Nana makes pancakes". She pointed at her tummy and said "hungry" when asked
about the mornings, and wanted to show me the home corner where she "makes
tea for baby Leo". Leo, seen at home on 26/02/2025 and 04/03/2025, was in a wet
sleepsuit on both visits. He watched Shanice's face and smiled when she talked to
him, cried hard when put down, and settled quickly and fed well when Denise held
him.

THE PLAN
(Each box is typed out under its question, as in the table.)

OUTCOME 1 - Maisie and Leo are fed, clean and warm every day, and Leo's weight
climbs back towards the 25th centile.

  1a  What's going to happen?
        Weigh Leo at Cobble Lane clinic and watch a full feed; give Shanice a
        written feeding plan and check it is being followed.
      Who's doing it, and by when?
        Jo Hill (HV) - weekly, first weigh on 11/03/2025
      How will we know it's working?
        Leo's weight plotted in the red book every week and rising towards the
        25th centile by the review conference; feeding plan on the fridge.

  1b  What's going to happen?
        Get Maisie up, changed and given breakfast before nursery, and take her
        in by 9.15am.
      Who's doing it, and by when?
        Shanice - every nursery morning from 10/03/2025
      How will we know it's working?
        Nursery register shows Maisie in by 9.15am, dry and not hungry, on at
        least 9 of every 10 mornings.

  1c  What's going to happen?
        Check Maisie at drop-off (clean, dry, fed) and tell the SW the same day
        if she is not.
      Who's doing it, and by when?
        Carla Whitfield (DSL, Little Owls) - every nursery morning
      How will we know it's working?
        Daily welfare checklist; a weekly summary emailed to Ruth every Friday.

OUTCOME 2 - Maisie and Leo are always looked after by a sober adult, day and
night.

  2a  What's going to happen?
        Alcohol assessment for Aaron, then weekly key work, with a PEth blood test
        every month and a breath test at every session.
      Who's doing it, and by when?
        Dev Mistry (Amblestead Alcohol Service) - assessment by 20/03/2025,
        then weekly
      How will we know it's working?
        Written assessment sent to Ruth by 20/03/2025; monthly PEth results
        and breath test results to Ruth and each core group, showing Aaron
        below the heavy-drinking range by the review conference.

  2b  What's going to happen?
        Be at the house for tea, baths and bedtime so there is a sober adult with
        the children in the evenings.
      Who's doing it, and by when?
        Denise Pryor (MGM) - Monday to Friday, 5pm-8pm, until 05/06/2025
      How will we know it's working?
        Denise signs the visit book each evening; Ruth checks it at every visit.

  2c  What's going to happen?
        Have Maisie and Leo overnight at 14 Larch Way so the parents can have a
        night's rest and the house can be sorted out.
      Who's doing it, and by when?
        Denise Pryor (MGM) - every Saturday night, 5pm Saturday to 12pm Sunday
      How will we know it's working?
        Denise's notes in the visit book; Ruth sees the children at Larch Way
        once a month.

OUTCOME 3 - Maisie and Leo have a mum who is well enough to notice when they are
hungry, wet or upset, and to do something about it.

  3a  What's going to happen?
        See Shanice every 2 weeks and assess her capacity to change: how her
        depression affects her care of the children, what needs to change and
        how long that is likely to take.
      Who's doing it, and by when?
        Dr Lena Kowalczyk (perinatal mental health team) - fortnightly; written
        report by 17/04/2025
      How will we know it's working?
        Written report on Shanice's capacity to change and the likely timescale,
        shared at the core group on 17/04/2025.

  3b  What's going to happen?
        Review Shanice's sertraline after 4 weeks and let the perinatal team know
        of any change.
      Who's doing it, and by when?
        Dr Farouk Aziz (GP, Amblestead Health Centre) - by 27/03/2025
      How will we know it's working?
        Review recorded and a copy of the letter sent to Ruth and Dr Kowalczyk
        within 5 working days.

  3c  What's going to happen?
        Unannounced home visits; see Maisie on her own, see Leo in his cot and
        being fed, and check the kitchen and bottles.
      Who's doing it, and by when?
        Ruth Adeyinka (SW) - every 10 working days
      How will we know it's working?
        Visit records show both children seen, Maisie seen alone and what she
        said, and the home conditions score at each visit.

IF THINGS GO WRONG
- If Aaron is found drunk while looking after the children, Leo's weight drops
  further or he misses two weighs in a row, or Maisie arrives at nursery
  hungry and wet on three mornings in a fortnight: whoever finds out rings Ruth
  (or the emergency duty team out of hours), and Ruth or the EDT visits that day.
  Aaron will leave the house and stay with his brother at 3 Tanner's Row, and a
  strategy discussion will be held within 24 hours.
- If Shanice is not well enough to look after the children on her own, they will
  stay with Denise at 14 Larch Way.
- If Denise cannot do the evenings or the Saturday nights (illness, holidays),
  she will tell Ruth beforehand. Aaron will not be in the house those evenings,
  the family support worker will visit at teatime, and if there is no sober
  adult available the children will be placed with approved foster carers the
  same day.
- If Aaron's PEth results are still in the heavy-drinking range or Leo's weight
  has not gone back above the 9th centile by the second core group, the team
  manager will request a legal planning meeting (PLO).

MEETINGS
Core group: every 4 weeks - 20/03/2025 (first), 17/04/2025, 15/05/2025.
Review child protection conference: 05/06/2025, 10am, Amblestead Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review CP plan, eight columns, landscape: outcome merged over rows,
#    Lead / Also involved / Start / Done by / Evidence, long cells (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_astonmere_rcpc_eight_column_brennock.docx",
    "doc_title": "Review child protection plan - Kai, Amira and Zayn Brennock",
    "split": "tune",
    "template": "rcpc-eight-column-landscape-merged-outcome-lead-also-involved-start-done-by-evidence",
    "description": (
        "Review CP plan for three children (mother's ex-partner's violence, her PTSD and cannabis use) in a "
        "landscape eight-column table: No. | outcome merged over 3-5 rows | What's needed | Lead | Also "
        "involved | Start | Done by | Evidence / comments, with long multi-sentence cells. 'Throughout the "
        "plan' with no start date, 'All agencies', CMHT support only with 'feeling less anxious', a GP row "
        "with no date or evidence, 'when a place becomes available', 'Improvement', an aunt's row with no "
        "evidence, an adult-only merged outcome; contingency sends the children to the same grandparents; "
        "review conference date to be confirmed."
    ),
    "landscape": True,
    "check_vmerge": 3,
    "font_size": 9.5,
    "blocks": [
        ("p", "Astonmere City Council  |  Children's Services  |  Family Safeguarding (South)"),
        ("title", "Child Protection Plan – review"),
        ("kv", [
            ("Children", "Kai Brennock (11), Amira Brennock (8), Zayn Brennock (4)"),
            ("Mother", "Leanne Brennock (34), 6 Chandler Street, Astonmere"),
            ("Father", "Curtis Hale – lives in Astonmere, has the children every other Sunday"),
            ("Mother's ex-partner", "Shane Morley – non-molestation order, no contact with Leanne or the children"),
            ("Conference", "First review child protection conference, 03/04/2025 (chair: Michael Tennant, IRO)"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Ruth Olawale"),
        ]),
        ("h1", "Summary of the worries"),
        ("p", "Shane Morley assaulted Leanne in the kitchen in December 2024 while Amira and Zayn were in the "
              "next room; Kai rang 999. Shane came to the house twice after that (January and February) and was "
              "arrested on the second occasion. Leanne has post-traumatic stress disorder, diagnosed in 2019, and "
              "told conference she smokes cannabis every evening \"to get to sleep\". On days when she cannot get "
              "up Kai gets his brother and sister ready and walks Zayn to nursery, and he has been late to school "
              "11 times this term. Zayn's speech is well behind for his age."),
        ("h1", "Progress since the initial conference"),
        ("p", "Leanne has kept Shane away from the house since February and has had new locks fitted. She is "
              "seeing the CMHT and has been to five of six ADAS sessions; her last two urine screens were still "
              "positive for cannabis. The children's school attendance has gone up from 84% to 91%. Curtis has "
              "had every contact he was offered."),
        ("h1", "What the children have told us"),
        ("p", "Kai said: \"I'm the man of the house when Mum's poorly. I don't mind, but I'm tired at school.\" "
              "He scored his worry about home at 6 out of 10, down from 9 in January. Amira wants Shane \"to stay "
              "away forever\" and said the best thing is \"going to Nan and Grandad's on Mondays because Grandad "
              "does the silly voices\". Zayn was seen at nursery and at home; he points and uses single words, "
              "gets frustrated when he is not understood and goes to Kai, not to Leanne, when he is upset."),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Outcome for the children", "What's needed", "Lead", "Also involved", "Start",
                       "Done by", "Evidence / comments"],
            "widths": [1.0, 3.4, 6.1, 2.9, 2.5, 1.9, 2.4, 5.5],
            "rows": [
                ["1.1",
                 "Kai, Amira and Zayn are safe at home, and Shane does not come to the house or contact them.",
                 "Leanne will keep Shane away from the house, will not speak to him and will not let him see the "
                 "children. Leanne has given his photo to school and nursery so that they do not hand the "
                 "children over to him.",
                 "Leanne Brennock (mum)", "Astonmere Police DA Unit", "–", "Throughout the plan",
                 "Police call logs and school/nursery reports shared at each core group; any contact recorded on "
                 "the children's files."],
                ["1.2", V,
                 "Safety planning with Leanne, including the target-hardening at the house (new locks, "
                 "doorbell camera and a fire-proof letterbox).",
                 "Jas Kaur (IDVA, Astonmere Women's Aid)", "Astonmere Homes", "01/04/2025", "30/04/2025",
                 "Written safety plan copied to the SW; locks and camera fitted (invoice and photo on file)."],
                ["1.3", V,
                 "Share any information about Shane's whereabouts or contact with the family.",
                 "All agencies", "–", "–", "Same day",
                 "Logged on the children's files and passed to the SW and police."],
                ["2.1",
                 "Leanne's mental health will be better and she will stop using cannabis.",
                 "Care coordination from the CMHT for Leanne's PTSD. Gareth will see Leanne every two weeks and "
                 "has made a referral for trauma-focused therapy, which has a waiting list of about 9 months.",
                 "Gareth Pike (CMHT care coordinator)", "Leanne's GP", "20/01/2025", "Fortnightly",
                 "Leanne feeling less anxious and more settled."],
                ["2.2", V,
                 "Leanne to cut down and then stop her cannabis use. She will see her ADAS recovery worker for key "
                 "work and give random urine screens.",
                 "Nikki Shaw (ADAS recovery worker)", "–", "03/02/2025", "Fortnightly screens; review 30/06/2025",
                 "Urine screen results sent to the SW monthly; the aim is negative screens by 30/06/2025."],
                ["2.3", V,
                 "GP to review Leanne's sleep problems and her medication, and think about whether she needs a "
                 "referral to the sleep clinic.",
                 "Dr Fenwick (GP, Northgate Surgery)", "–", "–", "–", "–"],
                ["3.1",
                 "The children go to school and nursery every day and on time, their health needs are met, and "
                 "Kai is not the one looking after his brother and sister.",
                 "Unannounced home visits every two weeks. See each child on their own (including Zayn, using "
                 "pictures) and go through Kai's worry scale with him.",
                 "Ruth Olawale (SW)", "–", "14/01/2025", "Fortnightly",
                 "Visit records show each child seen alone; Kai's worry score recorded at each visit."],
                ["3.2", V,
                 "Kai to be referred to Astonmere Young Carers, and to have check-ins with the pastoral lead so "
                 "that he has someone at school to talk to about home.",
                 "Daniel Hegarty (pastoral lead, Astonmere Academy)", "Astonmere Young Carers", "–",
                 "When a Young Carers place becomes available",
                 "Kai's own score on his worry scale, recorded on CPOMS."],
                ["3.3", V,
                 "Speech and language assessment for Zayn, then a six-week language group at nursery. Nursery "
                 "to use the SaLT's targets in his key-person sessions.",
                 "Becky Moore (Astonmere SaLT)", "Zayn's key person", "–", "By 31/05/2025",
                 "Improvement in Zayn's speech and his confidence at nursery."],
                ["3.4", V,
                 "Take the children to school and nursery on Mondays and Thursdays and give them their tea "
                 "afterwards, so that Kai does not have to do the morning run.",
                 "Bernie and Pat Brennock (maternal grandparents)", "–", "17/03/2025", "Mon and Thu each week",
                 "School and nursery registers show all three children in on time on those days."],
                ["3.5", V,
                 "Have all three children overnight every other Saturday so that Leanne gets a break and Kai "
                 "gets time off from looking after the younger two.",
                 "Lisa Brennock (maternal aunt)", "–", "22/03/2025", "Every other Saturday", "–"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Shane comes to the house, or there is any further incident of violence or threats, Leanne will "
              "ring 999 and the children will go to Bernie and Pat's house (11 Saddler Way) that night. The SW will "
              "hold a strategy discussion the next working day."),
        ("h1", "Legal planning"),
        ("p", "If Leanne's urine screens are still positive by 30/06/2025, or she lets Shane back into the house, "
              "the SW will ask the team manager for a legal planning meeting with Astonmere Legal Services."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every 4 weeks; next meeting 24/04/2025, 9.30am, Astonmere Academy.",
            "Next review child protection conference: date to be confirmed by the IRO.",
        ]),
    ],
    "findings": [
        F("T002", "Leanne will keep Shane away from the house, will not speak"),
        F("W002", "Share any information about Shane's whereabouts or contact"),
        F("H001", "Care coordination from the CMHT for Leanne's PTSD"),
        F("M002", "Care coordination from the CMHT for Leanne's PTSD"),
        F("T001", "GP to review Leanne's sleep problems and her medication"),
        F("M001", "GP to review Leanne's sleep problems and her medication"),
        F("T002", "Kai to be referred to Astonmere Young Carers"),
        F("M002", "Speech and language assessment for Zayn, then a six-week language group"),
        F("M001", "Have all three children overnight every other Saturday"),
        F("F002", "Leanne's mental health will be better and she will stop using cannabis."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby on a neonatal unit, CP plan and care plan together:
#    owner written inside the action sentence, When | How we'll know
#    (pdf, header + footer). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_axenholme_nnu_who_in_sentence_sinclair.pdf",
    "doc_title": "Child protection plan and interim care plan - Theo Sinclair",
    "split": "tune",
    "template": "lac-nnu-cp-and-care-plan-owner-inside-action-sentence-when-know-paged",
    "description": (
        "Exemplary joint CP plan and interim care plan for a looked-after baby (s20, pre-proceedings) on a "
        "neonatal unit with withdrawal (mother's heroin and methadone). Three columns, the owner written "
        "inside each action sentence: SW visits the unit twice a week, matched foster carers daily, the "
        "recovery service owns testing and a stability report, grandmother's evening supervision has a "
        "fallback, core group and review dates, legal planning and proceedings named."
    ),
    "header": "OFFICIAL – SENSITIVE: PERSONAL  |  Axenholme Council Children's Services",
    "footer": "Theo Sinclair – CP plan and interim care plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan and Interim Care Plan"),
        ("kv", [
            ("Child", "Theo Sinclair, born 02/03/2025 at 34 weeks, Kestrel Neonatal Unit, Axenholme Royal"),
            ("Legal status", "Accommodated under section 20 since 04/03/2025; pre-proceedings (PLO) letter "
                             "sent 10/03/2025"),
            ("Mother", "Gemma Sinclair (31)"),
            ("Father", "Craig Dunlop (35), lives separately, has parental responsibility"),
            ("Maternal grandmother", "Anne Sinclair (58)"),
            ("Conference", "Initial child protection conference, 07/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Marcus Bell, Axenholme Children's Services"),
        ]),
        ("h1", "Why Theo needs this plan"),
        ("p", "Gemma is prescribed methadone and told the midwife that she was also using heroin until the last "
              "month of her pregnancy. Theo was born early and is being treated on the unit for withdrawal "
              "(neonatal abstinence syndrome), with oral morphine that is being reduced slowly. Gemma's two "
              "older children live with their father after care proceedings in 2021. Gemma agreed to Theo being "
              "accommodated when he was two days old and wants to care for him when she is stable."),
        ("h1", "What Theo's days are like"),
        ("p", "Theo cannot tell us how he feels, so the nurses, Anne and Marcus have written down what they see. "
              "He settles best when he is swaddled and held skin to skin, and becomes stiff, sneezy and "
              "inconsolable when he is handled quickly or the room is noisy. He feeds every 3 hours from a bottle "
              "and takes his feeds best from the nurses he knows and from Anne. When Gemma holds him calmly he "
              "watches her face; on 12 March she was drowsy during a feed and a nurse took over."),
        ("h1", "What we want for Theo"),
        ("bullets", [
            "Theo is weaned off his morphine, feeds well and gains weight, and leaves the unit only with carers "
            "who have been assessed as able to keep him safe.",
            "Theo is visited and held by people who know him every day he is on the unit.",
            "Theo grows up in a permanent home where a sober adult is caring for him at all times – with Gemma, "
            "with Anne or with another family.",
        ]),
        ("h1", "Who is doing what"),
        ("table", {
            "header": ["What will happen, and who will do it", "When", "How we'll know"],
            "widths": [7.6, 4.0, 5.4],
            "rows": [
                ["Marcus Bell (SW) will visit Theo on Kestrel Neonatal Unit, see him being held and fed, and talk "
                 "to the nurse in charge about his withdrawal scores and weight.",
                 "Twice a week (Tuesdays and Fridays) until discharge",
                 "Visit records on Theo's file note his withdrawal scores, weight and who has visited him that week."],
                ["Claire Ndlovu, the unit's family care sister, will supervise Gemma's afternoon visits and write "
                 "down how Gemma handles, feeds and settles Theo.",
                 "Every afternoon visit, 2pm–4pm daily",
                 "Supervision sheets, emailed to Marcus every Friday, show how Gemma handled and fed Theo at each visit."],
                ["Anne Sinclair will visit Theo every evening and supervise Gemma if she comes for the 7pm feed.",
                 "Daily, 6pm–8pm",
                 "Ward visitors' book and Anne's notes in the contact diary, checked by Marcus at each visit."],
                ["Sam Priestley, Gemma's recovery worker at the Axenholme Recovery Partnership, will see Gemma for "
                 "key work, do random urine tests and tell Marcus the same day about any positive test or missed "
                 "methadone pick-up.",
                 "Weekly; first test by 14/03/2025",
                 "Test results sent to Marcus every week; three negative tests in a row by 30/04/2025."],
                ["Dr Felicity Ames, the Recovery Partnership's doctor, will assess whether Gemma can stay stable on "
                 "her methadone script without using on top, and how long that is likely to take, and write to "
                 "the core group.",
                 "By 08/04/2025",
                 "Written report on Gemma's stability and the likely timescale, discussed at the core group on "
                 "10/04/2025."],
                ["Liz Harwood, fostering social worker, will match Theo with foster carers, who will then start "
                 "visiting him on the unit to learn his routine.",
                 "Carers matched by 21/03/2025, then visiting daily until discharge",
                 "Matching record on file; carers' visits in the ward visitors' book."],
                ["Dr Rajesh Patel, neonatal consultant, will chair the discharge planning meeting and agree that "
                 "Theo leaves the unit only with his foster carers or, if assessed, Anne.",
                 "At least 5 days before discharge",
                 "Discharge plan signed by Marcus and sent to the HV, GP and foster carers."],
                ["Marcus will complete a parenting assessment of Gemma and Craig, and a viability assessment of "
                 "Anne as a connected carer.",
                 "Viability by 28/03/2025; parenting assessment by 16/05/2025",
                 "Written reports shared with the parents, the IRO and the core group; viability decision on file."],
                ["Craig Dunlop will come to family time with Theo on the unit, supervised by Claire Ndlovu.",
                 "Mondays and Thursdays, 11am–12pm",
                 "Supervision sheets record how Craig holds, feeds and settles Theo."],
                ["Dawn Keller (HV) will visit the foster home before discharge and then weigh Theo and check his "
                 "development.",
                 "Before discharge, then weekly for 6 weeks",
                 "Weights plotted in the red book; HV record shared with Marcus."],
            ],
        }),
        ("h1", "If something goes wrong"),
        ("p", "If Gemma comes to the unit under the influence (judged by the nurse in charge), or tries to take "
              "Theo from the unit, staff will end the visit, call hospital security and the police if needed, "
              "and ring Marcus or the emergency duty team straight away. Gemma's visits will then move to "
              "supervised sessions at the Axenholme Family Centre once Theo is discharged."),
        ("p", "If Anne cannot visit or supervise in the evening, Gemma's evening visit will not go ahead and she "
              "will have her afternoon visit only, supervised by Claire. If Anne's viability assessment is "
              "negative, Theo will be discharged straight to the matched foster carers."),
        ("p", "If Gemma withdraws her section 20 consent, has a positive test for heroin, or has not given three "
              "negative tests in a row by 30/04/2025, Marcus will request an urgent legal planning meeting the "
              "same day, and the local authority will apply for an interim care order."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every 3 weeks on the unit – 20/03/2025, 10/04/2025 and 01/05/2025.",
            "Looked after review: 31/03/2025 (IRO Yvonne Hart).",
            "Review child protection conference: 29/05/2025, 1.30pm, Axenholme Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan for a family moving to another authority: "Who's doing
#    it & by when?" in one cell, measures in a Comments column (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b21_aubreywick_prebirth_moving_comments_marsh.md",
    "split": "tune",
    "template": "prebirth-transfer-pending-who-and-by-when-one-cell-comments-as-measure-md",
    "description": (
        "Pre-birth ICPC plan for a care leaver and her partner (his cannabis use, her low mood) who plan to "
        "move to another authority before the birth. Three columns: action, 'Who's doing it & by when?' in "
        "one cell, 'Comments' holding the measure or only a progress note. Drug referral and antenatal "
        "contact left for the new authority or on hold until transfer, the father's programme deferred, a "
        "perinatal practitioner who only supports, 'as often as she can' and 'keep an eye on things', an "
        "adult outcome, 'N/A – unborn' for the baby's voice, a vague contingency, no review conference date "
        "and no legal step."
    ),
    "text": """\
# Aubreywick Children's Services – Pre-birth Child Protection Plan

**Unborn baby of:** Tegan Marsh (19) and Josh Wilde (21)
**Due date:** 20/06/2025
**Address:** Flat 3, 48 Coldharbour Road, Aubreywick (moving to Crellham, end of May 2025)
**Pre-birth ICPC:** 08/04/2025 – category: neglect (risk of)
**SW:** Amy Carlton, Aubreywick Assessment & Safeguarding Team
**Other children:** none

## Background and worries

Tegan was in Aubreywick's care from the age of 12 and has a leaving care personal
adviser. She has told her midwife she has felt low since January and sometimes
stays in bed all day. Josh smokes cannabis every day ("about £20 a day") and has
two police call-outs for arguments with a previous girlfriend (2023). Neighbours
rang the police on 11/03/2025 after hearing shouting at the flat; Tegan said it was
"just an argument about money". Neither parent has looked after a baby before.

Tegan and Josh plan to move to Crellham at the end of May, where Josh's mum lives,
so that they have more help when the baby comes. Crellham Children's Services have
been told about the plan to move.

## Baby's voice

N/A – unborn.

## Outcomes

- Baby is born safely and goes home with parents who can feed, settle and keep them safe.
- Baby lives in a calm home with no shouting or violence and no cannabis smoked in the house.
- Tegan and Josh have a settled home in Crellham and their money is sorted out.

## Action plan

| What are we going to do? | Who's doing it & by when? | Comments |
|---|---|---|
| Pre-birth assessment of Tegan and Josh, including their parenting capacity and what support they will have in Crellham. | Amy Carlton (SW) – by 25/04/2025 | Written assessment shared with Tegan and Josh and at the core group on 29/04/2025. |
| Referral for Josh to a drug service for a cannabis assessment and help to cut down. | Crellham SW – TBC once the family have moved | No update. |
| Safeguarding midwife to write a birth plan, including who can visit on the ward and that the baby does not go home until the plan is agreed. | Hannah Cope (safeguarding midwife) – by 36 weeks (23/05/2025) | Plan on the maternity record and copied to the SW, the HV and Aubreywick and Crellham EDT. |
| Antenatal contact about safe sleep, feeding and coping with crying (ICON). | HV – on hold until transfer | Safe sleep checklist signed by both parents. |
| Tegan to see her PA about a deposit, white goods and a cot for the new flat. | Tegan, with Rob Fenner (leaving care PA) – by 16/05/2025 | Flat viewing booked for 10/04. |
| Josh to start the Caring Dads programme in Crellham. | Josh – to be arranged by Crellham after the move, date TBC | Certificate of completion given to the SW. |
| Home visits to Tegan and Josh to talk about the baby's needs and see the nursery things being got ready. | Amy Carlton (SW) – every 2 weeks until the transfer-in conference | Visit notes on file showing the baby's sleeping space, cot and bottles in place by 36 weeks. |
| Send the transfer request and chronology to Crellham and ask for a transfer-in conference within 15 working days of the move. | Paul Reeve (team manager) – by 09/05/2025 | Transfer request and chronology sent; date of the transfer-in conference on file. |
| Support Tegan with her low mood in pregnancy. | Nia Roberts (perinatal MH practitioner) – fortnightly | Attendance recorded. |
| Keep in touch with Tegan, help her get ready for the baby and check she's OK. | Mandy Wilde (Josh's mum) – as often as she can | Keep an eye on things. |

## Contingency

If there are any concerns after the baby is born, a strategy meeting will be held
and Crellham will be informed.

## Core group and review

Core group fortnightly until the family move – next meeting 29/04/2025 at Coldharbour
Children's Centre. Review conference: Crellham will hold a transfer-in conference
after the move – date TBC.

Tegan and Josh were given a copy of this plan at the end of conference.
""",
    "findings": [
        F("X001", "Referral for Josh to a drug service for a cannabis assessment"),
        F("T002", "Referral for Josh to a drug service for a cannabis assessment"),
        F("M001", "Referral for Josh to a drug service for a cannabis assessment"),
        F("X001", "Antenatal contact about safe sleep, feeding and coping with crying"),
        F("T002", "Antenatal contact about safe sleep, feeding and coping with crying"),
        F("M001", "Tegan to see her PA about a deposit, white goods"),
        F("X001", "Josh to start the Caring Dads programme in Crellham"),
        F("T002", "Josh to start the Caring Dads programme in Crellham"),
        F("H001", "Support Tegan with her low mood in pregnancy"),
        F("T002", "Keep in touch with Tegan, help her get ready for the baby"),
        F("M002", "Keep in touch with Tegan, help her get ready for the baby"),
        F("F002", "Tegan and Josh have a settled home in Crellham and their money is sorted out"),
        F("F003"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
