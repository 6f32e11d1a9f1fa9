"""Batch 165, module v: seven fictional plans (held-out material), places beginning with "v".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and addresses. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: layouts that hide the actions, as newer council templates and
practitioners' own documents do: grids, boards, questions and forms rather
than a plain "Action | Who | When" table or a plain list. Each plan has a
template and voice of its own.

1. Vellingford: first review conference plan (neglect, mother's depression
   under the CMHT, grandfather helping) as a landscape Word grid with one
   row per person or service and three dated period columns (weeks 1-4,
   weeks 5-12, weeks 13 to the review), each box a piece of work with a
   "Check:" line, "-" where a person has nothing (docx). Faults: the CMHT's
   support-only box checked by attendance (H001); the family support
   worker's sessions checked by "improvement" (M002) and her damp and bed
   box "when Kerry feels ready" (T002); the school's after-school club box
   with no check (M001); a "Kerry's family network" row (W002); a
   contingency that sends the children to the grandfather with no word on
   his being unable (C003).
2. Vintonbury: initial conference plan (domestic abuse, the mother's
   partner drinking) written out as the conference's card board, four lanes
   (NOW, NEXT, KEEP GOING, LATER) whose headings give the time, each card
   one job with its owner in the words and a "We'll know" line (md,
   exemplary).
3. Vexleigh: initial conference plan (mother's heroin use on a methadone
   script, baby and 6-year-old, paternal grandmother helping) in the
   council's "plan in questions": each action a block of What needs to
   happen? / Who will do it? / By when? / How will we know it has worked?
   with the answers beneath (txt). Faults: the lockbox with "-" as its Who
   (W001); the grandmother's help "As required" (T002); direct work with no
   By when answer (T001); the learning mentor's block checked by
   "monitored" (M002); an outcome about the mother alone (F002); no legal
   planning anywhere (R002).
4. Valecombe: initial conference plan for a 5-week-old (mother a care
   leaver with postnatal depression under the perinatal team, father using
   cannabis with a violent history, paternal grandmother supervising) as a
   Word form per action: a two-column field and value table for each, with
   tick boxes for how often; printed to PDF with page header and footer
   (pdf, exemplary).
5. Vorrowby: Signs of Safety initial conference plan (a baby's fingertip
   bruising by her father, her 4-year-old half-brother): danger statements,
   complicating factors, working well, safety goals, a scaling table, then
   "climbing the ladder", one next-steps table per safety goal whose rows
   give the rung each step aims for (docx, exemplary).
6. Varnholt: initial conference plan (mother's drinking, an 11-year-old
   young carer and his sister) with the grown-ups' plan and Kian's plan in
   his own words side by side in one table (md). Faults: the mother's call
   to the alcohol service "when she feels ready" (T002); the head of year
   "will keep an eye on" Kian, checked by "monitored" (M002); "Everyone who
   works with Kian and Evie" (W002); no adult service owns any action though
   the mother's drinking is recorded (F004); a contingency of "if things get
   worse" and a meeting to decide (C002).
7. Vaddlesham: the social worker's letter to a mother after the initial
   conference (overdose with a 3-year-old and a baby at home, personality
   disorder and depression under the CMHT, grandmother helping), "What each
   of us will do" in numbered paragraphs, "I" the social worker and "you"
   the mother; printed to PDF with a letterhead header and page footer.
   Faults: eight of thirteen paragraphs about the mother's own treatment,
   support, money and course with no child named (F001); the care
   co-ordinator's support-only sessions and the psychiatrist's diagnosis
   and medication review (H001 on each); the grandmother's Saturdays
   checked by "keep an eye on" (M002); an outcome about the mother alone
   (F002); no fallback if the grandmother cannot have the children (C003).

Plans 2, 4 and 5 are exemplary: every action has a named owner, a real
timescale and something that will be seen or counted; outcomes are the
children's; each contingency has specific triggers and concrete responses
and says what happens if the relatives' help fails; the children's voice or
a baby's observed day is recorded; core group dates and a dated review
conference are set; legal planning follows named triggers; where a parent
is ill or uses substances an adult service owns work, and every mental
health action asks for a view on the parent's capacity to change and its
timescale.

Counting convention used for "actions" (README "Files" and labelling
convention 1): in the grid (plan 1) each box with work in it is one action,
owned by its row's person and timed by its column unless the box gives its
own time, and "-" boxes are not actions; on the board (plan 2) each card is
one action, timed by its lane heading unless it gives its own; in the
question plan (plan 3) each four-question block is one action; in the form
plan (plan 4) each form is one action; in the Signs of Safety plan (plan 5)
each row of the next-steps tables is one action, and the danger
statements, safety goals and scaling table are not; in plan 6 each row of
the table is one adult action and Kian's words beside it are his views, not
actions; in the letter (plan 7) each numbered paragraph under "What each of
us will do" is one action. Contingencies, meeting dates, outcomes, views and
signatures are never counted. None of these plans holds a closed action.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan, neglect, mother's depression (CMHT),
#    grandfather helping. Landscape Word grid: one row per person or
#    service, one column per period from the conference; each box with work
#    in it is one action. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_vellingford_rcpc_person_by_period_grid_brannigan.docx",
    "doc_title": "Child Protection Plan (Review) - Callum, Ruby and Alfie Brannigan",
    "split": "heldout",
    "actions": 21,
    "landscape": True,
    "font_size": 9,
    "template": "rcpc-plan-docx-landscape-kv-details-why-still-a-plan-got-better-still-worried-childrens-words-and-alfies-day-outcomes-then-person-by-period-grid-one-row-per-person-or-service-columns-weeks-1-4-weeks-5-12-weeks-13-to-review-dated-box-per-piece-of-work-with-check-line-dash-for-none-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "First review conference plan for an 8-year-old, a 4-year-old and a 20-month-old; neglect, "
        "their mother's depression (CMHT and GP involved), their grandfather helping. The plan is a "
        "landscape Word grid with one row per person or service and three dated period columns "
        "(weeks 1-4, weeks 5-12, weeks 13 to the review); each box with work in it is one action, "
        "owned by its row and timed by its column, with a 'Check:' line; '-' boxes hold nothing. "
        "Most boxes are sound. Faults: the CMHT's weeks 1-4 box only supports the mother and is "
        "measured by attendance (the CMHT's later capacity report is fine); the family support "
        "worker's routines sessions are checked by 'improvement'; her damp and bed box waits 'when "
        "Kerry feels ready'; the school's after-school club box has no check; a 'Kerry's family "
        "network' row owns a box; and the contingency sends the children to their grandfather with "
        "nothing on what happens if he cannot have them."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Vellingford Borough Council · Children's Services · Safeguarding and Family Support Team (North)"),
        ("p", "Agreed at the first review child protection conference on Wednesday 19/11/2025. This plan replaces "
              "the one made at the initial conference on 21/08/2025."),
        ("kv", [
            ("Children", "Callum Brannigan, 8 (DOB 14/02/2017), Year 4, St Bride's CE Primary; Ruby Brannigan, 4 "
                         "(DOB 30/06/2021), Little Acorns Nursery; Alfie Brannigan, 20 months (DOB 11/03/2024)"),
            ("Address", "22 Tanner's Walk, Vellingford VF3 8NP"),
            ("Mother", "Kerry Brannigan (31)"),
            ("Father", "Lee Brannigan (35), father of all three children; lives in the south of the county, phones "
                       "the children on Sunday evenings and sent his views to the chair by email"),
            ("Maternal grandfather", "Tony Marsh (62), 5 Weaver Close, Vellingford (ten minutes' walk)"),
            ("Maternal aunts", "Leanne Marsh and Gemma Pryor, both in Vellingford"),
            ("Category", "Neglect (all three children)"),
            ("Chair", "Fiona Adair, Independent Reviewing Officer"),
            ("Social worker", "Sinead Kavanagh (team manager: Rob Hirst)"),
        ]),
        ("h1", "Why Callum, Ruby and Alfie still have a plan"),
        ("p", "Kerry has depression and anxiety. After her mother died in March 2025 she spent whole days in bed, "
              "and by the summer Callum was making the breakfasts, changing Alfie and walking Ruby to nursery "
              "before school. In July the school found Callum had been late on 19 of the last 30 days; Alfie had "
              "missed two sets of immunisations and had bad nappy rash, and there was dog mess on the kitchen "
              "floor and no food in the fridge on two visits. The children were made subject to a plan under "
              "neglect on 21/08/2025. Kerry is now under Vellingford Community Mental Health Team, with a care "
              "co-ordinator, and her GP prescribes sertraline."),
        ("h1", "What has got better since August"),
        ("bullets", [
            "The kitchen and living room have been clean and there has been food in the cupboards at every visit "
            "since September.",
            "Alfie has caught up his immunisations and his nappy rash has cleared.",
            "Callum's attendance has gone from 82% to 91% this term, and Tony now collects Callum and Ruby two "
            "afternoons a week.",
            "Kerry has kept her appointments with her care co-ordinator and says she wants the children \u201cto "
            "have a normal mum again\u201d.",
        ]),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "Kerry stopped her sertraline for three weeks in October without telling anyone. On 29/10/2025 nobody "
            "collected Callum and Ruby, and the school kept them until Tony came at 5pm.",
            "On the mornings Kerry cannot get up, Callum still gets Ruby and Alfie ready, and is then late.",
            "Ruby has no bed of her own and sleeps with Kerry; the children's bedroom has black mould on the "
            "outside wall.",
            "Alfie has few words for his age and the health visitor has not yet been able to complete his "
            "development review.",
        ]),
        ("h1", "What Callum, Ruby and Alfie have told and shown us"),
        ("p", "Callum (seen on his own at school by Sinead, 12/11/2025): \u201cIt's better than before. Grandad comes "
              "on Tuesdays and Thursdays and we have fish fingers at his. When Mum's having a bad day I do Alfie's "
              "bottle and put the telly on for Ruby. I don't mind but then I'm late and Mrs Okafor asks me why.\u201d "
              "In his Three Houses he put \u201cMum in bed all day\u201d in the house of worries and \u201cGrandad's "
              "and football\u201d in the house of good things. In his house of dreams he wrote \u201cMum gets up and "
              "I don't have to do Alfie\u201d. He scored home as 6 out of 10 (3 in August)."),
        ("p", "Ruby (at nursery with her key person, 13/11/2025) drew her family with Kerry lying down and said "
              "\u201cMummy sleeping. Callum does my shoes.\u201d She told Tasha she likes \u201cGrandad's tea\u201d "
              "best."),
        ("p", "Alfie's day (health visitor's visit, 10/11/2025, 9.30am): Alfie was still in his night nappy and "
              "sleepsuit and had had a bottle of milk from Callum at 7am. He pulled himself up on the sofa to "
              "reach Kerry, babbled and pointed at the fridge, and ate a banana quickly when it was offered. He "
              "has three or four clear words (\u201cmama\u201d, \u201cdog\u201d, \u201cCal\u201d)."),
        ("h1", "What we want for Callum, Ruby and Alfie by the next review"),
        ("numbers", [
            "Callum, Ruby and Alfie are got up, fed, dressed and taken to school or nursery on time every day by "
            "an adult, and Callum no longer has to look after his brother and sister.",
            "Alfie's health and development checks are up to date, his nappy area stays healthy and his talking "
            "catches up.",
            "The children live in a clean, warm, dry home with food in the cupboards, and Ruby has a bed of her "
            "own.",
            "The children always know which adult is collecting them, and are never left waiting.",
        ]),
        ("h1", "The plan: who does what, and when"),
        ("p", "Each row is one person or service. Each column is a period counted from this conference, and the "
              "dates in the column heading are the timescale for every piece of work in that column unless the "
              "box gives its own. A \u201c-\u201d means nothing new for that person in that period. \u201cCheck:\u201d "
              "says what will show that the work has been done and has made a difference."),
        ("table", {
            "header": ["Who",
                       "Weeks 1\u20134\n20/11/2025 to 17/12/2025",
                       "Weeks 5\u201312\n18/12/2025 to 11/02/2026",
                       "Weeks 13 to the review\n12/02/2026 to 20/05/2026"],
            "widths": [3.9, 7.3, 7.3, 7.2],
            "bold_first_col": True,
            "rows": [
                ["Sinead Kavanagh\nSocial worker",
                 "Visit the children at home every week, at least one visit in three unannounced and one before "
                 "8.30am, and see Callum on his own each time.\n"
                 "Check: visit records on the children's file show all three children seen every week, with "
                 "Callum's own words written down.",
                 "Keep up the weekly visits, and do three direct-work sessions with Callum (his worry jar and a "
                 "\u2018who helps me\u2019 map) so that he can say what he still does for Ruby and Alfie.\n"
                 "Check: visit records for every week; Callum's map and worry-jar notes on file and shared at the "
                 "core group on 28/01/2026.",
                 "Update the assessment of the family with each child's views, Kerry's and Lee's views and the "
                 "CMHT report, and read it through with Kerry.\n"
                 "Check: updated assessment on the children's file and read with Kerry by 13/05/2026."],
                ["Priya Lal\nHealth visitor, Vellingford 0-19 Service",
                 "Do Alfie's development review early (ASQ-3), look at his nappy area and weigh him, and refer him "
                 "to speech and language therapy if his communication score is below the cut-off.\n"
                 "Check: ASQ-3 scores, and the referral letter if one is needed, sent to Sinead by 17/12/2025.",
                 "Visit every two weeks to see Alfie's skin, feeding and sleep, and Ruby's toileting.\n"
                 "Check: notes sent to Sinead after each visit; no nappy rash seen at two visits running.",
                 "-"],
                ["Mrs Joy Okafor\nDSL, St Bride's CE Primary (Callum)",
                 "Check Callum in each morning with his class teacher (has he eaten, who brought him), and ring "
                 "Sinead the same day if he is absent or late, or says he did jobs at home before school.\n"
                 "Check: check-in sheet emailed to Sinead every Friday; same-day calls logged on CPOMS.",
                 "Offer Callum a place at the Tuesday after-school club so that he has an evening a week that is "
                 "his own, not spent looking after Ruby and Alfie.",
                 "Write an attendance and progress summary for the review conference.\n"
                 "Check: summary with Callum's attendance (aim: 95% or more) and reading age sent to the chair by "
                 "13/05/2026."],
                ["Tasha Greene\nKey person, Little Acorns Nursery (Ruby)",
                 "Note Ruby's arrival time, who brought her, whether she has eaten and how she is dressed at every "
                 "session, and ring Sinead the same day if she is not brought.\n"
                 "Check: register and arrival notes sent to Sinead each Friday; Ruby at 9 or more of her 10 "
                 "sessions a fortnight.",
                 "-",
                 "Write Ruby's school-readiness summary with Kerry for her move to Reception in September.\n"
                 "Check: summary shared with Kerry and Sinead by 30/04/2026."],
                ["Mark Devlin\nCare co-ordinator, Vellingford CMHT",
                 "Carry on fortnightly support sessions with Kerry for her low mood and anxiety, and help her with "
                 "her sleep.\n"
                 "Check: attendance recorded on the CMHT system.",
                 "-",
                 "Write a report for the review conference on Kerry's mental health, on whether she can make and "
                 "keep the changes Callum, Ruby and Alfie need, and on how long that is likely to take.\n"
                 "Check: report sent to Sinead by 06/05/2026 and read with Kerry before the conference."],
                ["Dr Hannah Roper\nGP, Mill Street Surgery",
                 "Review Kerry's sertraline with her, and tell Sinead if a monthly prescription is not collected.\n"
                 "Check: GP letter to Sinead on the review by 12/12/2025; any uncollected prescription reported to "
                 "Sinead within a week.",
                 "-",
                 "-"],
                ["Kerry Brannigan\n(Mum)",
                 "Get Callum to school and Ruby to nursery by 8.50am every weekday, using the morning chart, and "
                 "collect them on the days Tony does not.\n"
                 "Check: school and nursery registers show both children in on time on at least 9 days in 10.",
                 "Go to the six-week \u2018Family Routines\u2019 group at Vellingford Family Hub, Wednesdays at 10am "
                 "from 07/01/2026, with Alfie in the cr\u00e8che.\n"
                 "Check: the group register shows at least five of the six sessions; the group leader's end note "
                 "is sent to Sinead.",
                 "Take Ruby to her hearing test at Vellingford Audiology and Alfie to his first dentist check, and "
                 "show Sinead the appointment letters.\n"
                 "Check: both appointments kept, shown in the clinic letters and Priya's notes."],
                ["Tony Marsh\n(Grandad)",
                 "Collect Callum from St Bride's and Ruby from Little Acorns on Tuesdays and Thursdays, and give "
                 "them tea at Weaver Close until Kerry collects them at 6pm.\n"
                 "Check: school and nursery collection logs; Tony texts Sinead each Thursday evening.",
                 "Come to Tanner's Walk at 7.45am on Mondays, Wednesdays and Fridays to help with breakfast and the "
                 "school and nursery run.\n"
                 "Check: the school register shows Callum in by 8.50am on those days; Callum tells Sinead at her "
                 "visits who made breakfast.",
                 "-"],
                ["Kerry's family network",
                 "-",
                 "Make sure an adult is with Kerry and the children on any day she cannot get out of bed, and "
                 "takes Callum and Ruby to school and nursery that day.\n"
                 "Check: the network's rota on the fridge, seen by Sinead at each visit; school and nursery "
                 "registers.",
                 "-"],
                ["Jade Moss\nFamily support worker, Vellingford Early Help",
                 "Four weekly home sessions with Kerry on morning and bedtime routines, meal planning and a shopping "
                 "list she can keep to.\n"
                 "Check: improvement in the home routines.",
                 "Help Kerry ask the landlord to treat the damp in the children's bedroom, and apply to the "
                 "Vellingford Furniture Scheme for a bed for Ruby, when Kerry feels ready.\n"
                 "Check: Ruby sleeping in her own bed in a dry room, seen by Sinead at a visit.",
                 "-"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kerry cannot get up to care for the children on two days running, if Callum is found looking "
              "after Ruby or Alfie on his own, or if either child is not collected from school or nursery by 4pm, "
              "whoever finds out rings Sinead (or the Emergency Duty Team out of hours) straight away. Sinead will "
              "arrange for all three children to go to Tony at 5 Weaver Close that day. If a child was left on "
              "their own, Sinead will hold a strategy discussion with Vellingford Police the same day."),
        ("p", "If Kerry talks about ending her life or harming herself, whoever she tells rings the CMHT duty "
              "worker, or the Crisis Team out of hours, that day, and the children stay at Tony's until Kerry has "
              "been seen."),
        ("p", "If Callum's attendance falls below 90% over any four weeks, if Kerry stops her sertraline again, or "
              "if a child is left alone again, Sinead will ask Rob Hirst for a legal planning meeting within five "
              "working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group at St Bride's CE Primary, Wednesdays at 3.30pm, about every six weeks: 17/12/2025, "
            "28/01/2026, 11/03/2026 and 22/04/2026.",
            "Second review child protection conference: Wednesday 20/05/2026, 10am, Vellingford Civic Centre.",
            "Sinead brings what Callum, Ruby and Alfie have said and shown to every core group.",
        ]),
        ("p", "Copies to Kerry, Lee, Tony and everyone named in the grid."),
    ],
    "findings": [
        F("H001", "Carry on fortnightly support sessions with Kerry for her low mood"),
        F("M002", "Four weekly home sessions with Kerry on morning and bedtime routines"),
        F("T002", "Help Kerry ask the landlord to treat the damp"),
        F("M001", "Offer Callum a place at the Tuesday after-school club"),
        F("W002", "Make sure an adult is with Kerry and the children"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan, domestic abuse, mother's partner drinking.
#    Set out as the board put up at the conference: four lanes (NOW, NEXT,
#    KEEP GOING, LATER), each lane's heading giving the time, each card one
#    job with the owner in its words and a "We'll know" line. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_vintonbury_icpc_four_lane_card_board_achebe.md",
    "split": "heldout",
    "actions": 20,
    "template": "icpc-plan-md-bold-details-why-we-are-worried-going-well-what-ify-and-tobi-say-outcomes-then-card-board-four-lanes-now-this-week-next-this-month-keep-going-every-week-later-before-review-lane-heading-gives-time-numbered-cards-owner-in-words-well-know-line-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old and a 5-year-old after their mother's "
        "partner, who drinks heavily, assaulted her in front of them. The plan is the board put up at "
        "the conference, written out in Markdown: four lanes (NOW by a Friday, NEXT by a later "
        "Friday, KEEP GOING from a date to the review conference with each card's own rhythm, LATER "
        "by a date before the review), each card one job with its owner named in the words and a "
        "'We'll know' line. The alcohol service assesses and reports on the partner's capacity to "
        "change, the perpetrator programme reports, the aunt's help has a fallback, legal planning "
        "follows named triggers, and core group and review dates are set."
    ),
    "text": """\
# Child Protection Plan

**Vintonbury City Council · Children's Services · Children's Safeguarding Team (West)**

**Children:** Ifeoma ("Ify") Achebe, 10 (DOB 02/05/2015), Year 6, and Tobi Cole, 5 (DOB 17/01/2020), Reception. Both go to Linden Road Primary.
**Address:** 14 Sorrel Close, Vintonbury VN2 5HD
**Mother:** Grace Achebe (35)
**Tobi's father:** Ryan Cole (37), Grace's partner until 25/10/2025. Since then he has lived at his brother's, 40 Mill Lane, Vintonbury. He is on police bail not to contact Grace or go to Sorrel Close until 15/12/2025.
**Ify's father:** Emeka Achebe, who lives in another part of the country and phones Ify on Sundays.
**Family:** Ngozi Eze, Grace's sister ("Auntie Ngozi"), Flat 6 Harbour Court, ten minutes' walk; Chidi Eze, Grace's brother, 31 Quarry Road.
**Category:** Emotional abuse (both children)
**Conference:** Initial child protection conference, Monday 24/11/2025. Chair: Helen Marsh (IRO).
**Social worker:** Samira Patel ("Sam"). Team manager: Dominic Grey.

## Why we are worried

On 25/10/2025 Ryan came home drunk, pushed Grace into the kitchen door and threw a plate that broke against the wall. Ify rang 999 from the bathroom; Tobi hid under the kitchen table. It was the third time this year the police had been called to the house. Ryan drinks most weekends, often a bottle of vodka on a Friday night, and Grace says he is "a different person" when he drinks. Grace would like Ryan to come home if he stops drinking. Ify has been tired and tearful at school and asks to ring her mum at lunchtime.

## What is going well

- Grace has been open with the social worker and the police, and has agreed to a safety plan.
- Ngozi lives close by, sees the children most days and has offered to help every week.
- Ryan has said he will go to the alcohol service and has kept to his bail so far.
- Both children's attendance is 97% this term.

## What Ify and Tobi say

Ify (seen on her own at school by Sam, 19/11/2025): "I don't want Ryan back until he has stopped drinking for proper, not just saying it. When he shouts I take Tobi in the bathroom and lock it. I like it when we go to Auntie Ngozi's because it's quiet and she does jollof." Ify scored how safe she feels at home as 5 out of 10. She would like to see Tobi's dad "only somewhere with a grown-up watching".

Tobi (at home, 20/11/2025) played with the doll's house and made the daddy figure shout and knock the mummy over, then put the children figures "under the table where it's safe". He said: "I miss Daddy. Daddy is poorly from drinks."

## What we want for Ify and Tobi

1. Ify and Tobi live without violence, shouting and fear at home, and know what to do and who to call if they feel unsafe.
2. Ify no longer feels she has to look after her mum and Tobi, sleeps well and can concentrate at school.
3. Tobi sees his dad only when it is safe, in the way this plan sets out, and never when Ryan has been drinking.
4. Both children go to school every day (95% or more).

## The plan board

This is the board we put up at the conference, written out. Each card is one job. The card starts with who will do it. The lane heading says when it has to be done by, unless the card gives its own time. "We'll know" says what we will see when the job is done and working.

### NOW (this week): every card here by Friday 28/11/2025

- **Card 1.** Sam will see Ify and Tobi at home, each on their own, and write a safety plan with Grace and Auntie Ngozi saying what Grace does and where the children go if Ryan comes to the house. *We'll know:* the safety plan is signed by Grace and Ngozi, and copies are with the school and the police.
- **Card 2.** PC Dan Fuller (Vintonbury Police, Domestic Abuse Safeguarding Unit) will put a priority marker on 14 Sorrel Close, and will tell Sam within 24 hours of any breach of Ryan's bail. *We'll know:* the marker confirmation email is on the children's file, and every breach is logged there.
- **Card 3.** Chloe Bright (IDVA, Vintonbury Women's Aid) will complete a DASH risk assessment with Grace and refer her to MARAC if the score is 14 or more. *We'll know:* the DASH, and the MARAC referral or the reason for not making one, are on the children's file.
- **Card 4.** Mrs Ruth Penrose (DSL, Linden Road Primary) will brief Ify's and Tobi's class teachers and change the collection list so that only Grace and Ngozi can collect the children. *We'll know:* the new list, signed by Grace, is copied to Sam.

### NEXT (this month): every card here by Friday 19/12/2025

- **Card 5.** Ryan will go to an assessment at Step Change, Vintonbury's alcohol service, and sign for them to share what they find with Sam. *We'll know:* Step Change confirm to Sam that he went and that the consent form is signed.
- **Card 6.** Lee Barnes (recovery worker, Step Change) will assess Ryan's drinking and write to Sam on how much he drinks, what happens when he does, whether he can change it and how long that is likely to take. *We'll know:* the written assessment is on the children's file by 19/12/2025.
- **Card 7.** Sam will refer Ryan to the Choices domestic abuse perpetrator programme and book his first session. *We'll know:* the Choices acceptance letter and his start date are on the file.
- **Card 8.** Sam will do three direct-work sessions with Ify (her worries, her "safe hands" and what she would like to happen) and one play session with Tobi. *We'll know:* Ify's safe-hands drawing and notes of Tobi's play are on the file and shared at the core group on 08/01/2026.

### KEEP GOING: from Monday 01/12/2025 until the review conference on Thursday 19/02/2026 (each card says how often)

- **Card 9.** Sam will visit every week, at least one visit in three unannounced and one a fortnight after 6pm, and see Ify on her own each time. *We'll know:* visit records show both children seen every week, Ify's own words written down, and no sign that Ryan has been at the house.
- **Card 10.** Grace will keep to the safety plan every day: no contact with Ryan except through Sam or the contact centre, and never letting him into the house. *We'll know:* police and Women's Aid records show no breach, and Ify and Tobi tell Sam at her visits that Ryan has not been there.
- **Card 11.** Auntie Ngozi will collect Ify and Tobi from school every Tuesday and Thursday and keep them at her flat until Grace finishes work at 6.30pm. *We'll know:* the school's collection log, and Ngozi's text to Sam each Thursday evening.
- **Card 12.** Mrs Penrose will check both children's attendance and how they seem every school day, and ring Sam the same day if either is absent or talks about Ryan being at home. *We'll know:* attendance emailed to Sam every Friday (95% or more for each child), and calls logged on CPOMS.
- **Card 13.** Mo Hassan (Vintonbury Family Contact Centre) will supervise Tobi's time with Ryan every Saturday, 10am to 11.30am, and end the session if Ryan has been drinking. *We'll know:* a written record of each session is sent to Sam by the Monday.
- **Card 14.** Ryan will go to Step Change every Tuesday, give a breath test each time, and come to contact sober. *We'll know:* Lee's monthly note to Sam shows every session kept and every breath test at zero.
- **Card 15.** Chloe will see Grace every two weeks to go over the safety plan and what she is learning about Ryan's behaviour. *We'll know:* Chloe's session notes go to Sam after each session.
- **Card 16.** Grace will go to the Freedom Programme at Vintonbury Family Hub every Wednesday at 10am from 03/12/2025 (12 weeks). *We'll know:* the register shows at least 10 of the 12 sessions.

### LATER (before the review): every card here by Thursday 12/02/2026

- **Card 17.** Sam will hold a family network meeting with Grace, Ngozi and Chidi to agree who else can help if Ngozi cannot. *We'll know:* a written network plan naming at least two back-up adults is given to the core group on 05/02/2026.
- **Card 18.** Sam will complete the child and family assessment, with Ify's and Tobi's views, Emeka's and Ryan's views and the Step Change and Choices reports, and go through it with Grace. *We'll know:* the assessment is shared with Grace and the core group by 05/02/2026.
- **Card 19.** Lee Barnes will write a report for the review conference on whether Ryan's drinking has changed and whether Tobi's time with him can safely move on. *We'll know:* the report is with Sam by 12/02/2026.
- **Card 20.** Kieran Walsh (Choices facilitator) will write a mid-programme report on Ryan's attendance and whether he is taking responsibility for his violence. *We'll know:* the report is on the children's file by 12/02/2026.

## If things go wrong

- If Ryan comes to the house, contacts Grace or the children outside the contact centre, or turns up drunk at contact: Grace (or Ify) rings 999, the police attend, and the children go to Auntie Ngozi's at Harbour Court that night. Sam (or the Emergency Duty Team out of hours) holds a strategy discussion with the police the same day.
- If Grace lets Ryan back into the house, Sam visits that day, the children stay at Ngozi's, and Sam holds a strategy discussion with the police the same day.
- If Ngozi cannot have the children or collect them (she is ill, away, or feels she cannot carry on), Chidi will take her place at 31 Quarry Road. If neither of them can, Sam will arrange for Ify and Tobi to stay together with Vintonbury foster carers the same day.
- If Ryan is found at the house again, there is another incident, or Grace lets him back while he is still drinking, Sam will ask Dominic Grey for a legal planning meeting within five working days to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks, Thursdays at 4pm at Linden Road Primary: 04/12/2025, 08/01/2026 and 05/02/2026.
- Review child protection conference: Thursday 19/02/2026, 10am, Vintonbury Civic Centre.
- Sam brings what Ify and Tobi have said and shown to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, mother's heroin use on a methadone script,
#    baby and 6-year-old, paternal grandmother helping. The council's "plan
#    in questions": every action is a block of four questions (What needs
#    to happen? / Who will do it? / By when? / How will we know it has
#    worked?) with the answers beneath. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_vexleigh_icpc_four_question_blocks_kowalczyk.txt",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-txt-council-our-plan-in-questions-caps-numbered-sections-details-why-worried-going-well-lena-says-oskars-day-outcomes-then-question-blocks-q1-q14-what-needs-to-happen-who-will-do-it-by-when-how-will-we-know-it-has-worked-answers-indented-beneath-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 7-month-old whose mother, on a methadone "
        "script, has been using heroin on top; their father works nights and their paternal "
        "grandmother helps. Written in the council's 'plan in questions' layout as plain text: each "
        "action is a block of four questions (What needs to happen? / Who will do it? / By when? / "
        "How will we know it has worked?) with the answers indented beneath. Most blocks are sound "
        "(weekly visits, the drug service's report on change, the health visitor, the GP, safe "
        "sleep, naloxone). Faults: the lockbox block's 'Who will do it?' is '-'; the grandmother's "
        "help is 'As required'; direct work with Lena has no 'By when?' answer; the learning "
        "mentor's block is checked only by 'monitored in school'; one outcome is about the mother "
        "alone; and nothing anywhere says that legal planning follows if things do not change."
    ),
    "text": """\
VEXLEIGH COUNCIL - CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN: OUR PLAN IN QUESTIONS
==============================================================================

1. ABOUT THIS FAMILY

Children ........ Lena Kowalczyk, 6 (DOB 09/09/2019), Year 2, St Aidan's Primary
                  Oskar Kowalczyk, 7 months (DOB 21/04/2025)
Address ......... Flat 11, Carlow House, Weir Street, Vexleigh VX4 1PL (4th floor)
Mother .......... Jodie Kowalczyk (29)
Father .......... Marek Kowalczyk (32), lives at home; works nights at a
                  warehouse, Sunday to Wednesday
Grandmother ..... Halina Kowalczyk (58), father's mother, 2 Ash Grove, Vexleigh
Category ........ Neglect (both children)
Conference ...... Initial child protection conference, Wednesday 26/11/2025
Chair ........... Martin Ellery (IRO)
Social worker ... Rachel Hines, Vexleigh Children and Families (team manager:
                  Carol Dent)

2. WHY WE ARE WORRIED

Jodie has used heroin on and off since she was 19. She has been on a methadone
script from Pathways (Vexleigh Drug and Alcohol Service) since 2022, collected
daily and taken at the chemist. Her screens in September and October were
positive for heroin as well as methadone. On 30/10/2025 Lena found a used needle
on the bathroom floor and took it to her mum. On 06/11/2025 the health visitor
found Jodie asleep on the sofa at 11am with Oskar lying beside her, and could
not wake her for several minutes. Marek was at work. Oskar's weight has dropped
from the 50th to the 25th centile since his 16-week check.

3. WHAT IS GOING WELL

- Jodie has collected her methadone every day for two years and goes to most of
  her Pathways appointments.
- Marek does not use drugs, and Lena and Oskar are warm, clean and well dressed.
- Halina sees the children every week and has offered to help more.
- Lena's attendance is 96% and she is doing well with her reading.

4. WHAT LENA SAYS AND WHAT OSKAR'S DAY IS LIKE

Lena (seen on her own at school, 19/11/2025): "Sometimes Mummy goes really
sleepy and I can't wake her up and Oskar cries. I give him his dummy. I found a
needle and I gave it to Mummy and she was cross and then she cried." Lena said
her favourite place is Babcia's (Grandma Halina's) "because we make pierogi".
She wants "Mummy to not be sleepy in the daytime".

Oskar (health visitor's visit, 13/11/2025): Oskar smiled and reached for Marek
as soon as he came in. He was in a clean nappy and had had a bottle at 9am. He
sleeps in his cot in his parents' room but on two visits he was asleep on the
sofa cushions. He is rolling and starting to sit.

5. WHAT WE WANT TO BE DIFFERENT

 1) Lena and Oskar are always cared for by an adult who is awake, sober and
    able to look after them, day and night.
 2) Oskar is fed, changed and safe, sleeps in his own cot, and his weight gets
    back to the 50th centile.
 3) Lena goes to school every day and has someone safe she can talk to, and
    never finds drugs or needles at home again.
 4) Jodie stays on her methadone script and stops using heroin.

6. THE PLAN IN QUESTIONS

Each block below is one thing that needs to happen. The answers sit under the
questions. The core group will go through every block at each meeting.

------------------------------------------------------------------------------
Q1
  What needs to happen?
      Visit the family at home, one visit in two unannounced, see Lena on
      her own and Oskar awake, and check the flat for drugs and needles.
  Who will do it?
      Rachel Hines, social worker
  By when?
      Every week from 01/12/2025 until the review conference
  How will we know it has worked?
      Visit records show both children seen every week, Lena's own words
      written down, and what was found in the flat.
------------------------------------------------------------------------------
Q2
  What needs to happen?
      Take her methadone at the chemist every day, supervised, and use
      nothing on top of it.
  Who will do it?
      Jodie
  By when?
      Every day from 27/11/2025
  How will we know it has worked?
      Pathways' weekly drug screens are negative for heroin and for
      anything not prescribed.
------------------------------------------------------------------------------
Q3
  What needs to happen?
      Key-work with Jodie with a drug screen at each session, and a written
      report to every core group on her drug use and on whether she can
      make and keep the changes Lena and Oskar need, and how long that is
      likely to take.
  Who will do it?
      Tom Ferris, recovery worker, Pathways (Vexleigh Drug and Alcohol
      Service)
  By when?
      Weekly sessions; report two working days before each core group
  How will we know it has worked?
      Written report with screen results on the children's file before
      every core group.
------------------------------------------------------------------------------
Q4
  What needs to happen?
      A lockable box for Jodie's methadone and medicines to be fitted in
      the kitchen, out of the children's reach.
  Who will do it?
      -
  By when?
      By 05/12/2025
  How will we know it has worked?
      Box seen fitted and locked at the next unannounced visit.
------------------------------------------------------------------------------
Q5
  What needs to happen?
      Train Jodie, Marek and Halina to use naloxone, and give the family a
      naloxone kit to keep in the flat.
  Who will do it?
      Tom Ferris, Pathways
  By when?
      By 12/12/2025
  How will we know it has worked?
      Training record signed by all three; kit seen in the flat by Rachel.
------------------------------------------------------------------------------
Q6
  What needs to happen?
      Help Jodie with Lena and Oskar and stay over at the flat when she
      needs her.
  Who will do it?
      Halina (Babcia)
  By when?
      As required
  How will we know it has worked?
      Halina's notes of each night she stays, seen by Rachel at her visits.
------------------------------------------------------------------------------
Q7
  What needs to happen?
      Take Lena to school on Monday and Thursday mornings after Marek's
      night shifts.
  Who will do it?
      Halina (Babcia)
  By when?
      Every Monday and Thursday in term time from 01/12/2025
  How will we know it has worked?
      School register shows Lena in by 8.50am on those days.
------------------------------------------------------------------------------
Q8
  What needs to happen?
      Never leave Lena and Oskar alone with Jodie if she is drowsy or seems
      under the influence: ring Halina or Rachel and stay home until an
      adult who is awake and sober is there.
  Who will do it?
      Marek
  By when?
      Every day, including before each night shift, from 26/11/2025
  How will we know it has worked?
      Each call Marek makes is logged by Rachel; Lena tells Rachel at her
      visits who looked after her.
------------------------------------------------------------------------------
Q9
  What needs to happen?
      Put Oskar down to sleep on his back in his own cot for every nap and
      every night, never on the sofa or in the adults' bed.
  Who will do it?
      Jodie and Marek
  By when?
      Every sleep, from 26/11/2025
  How will we know it has worked?
      Oskar's cot made up and Oskar asleep in it at visits; safe sleep
      checklist signed with Amy Chen by 05/12/2025.
------------------------------------------------------------------------------
Q10
  What needs to happen?
      Visit Oskar at home, weigh him, and check his feeds, sleep and
      development.
  Who will do it?
      Amy Chen, health visitor
  By when?
      Every two weeks until he is 12 months old
  How will we know it has worked?
      Weights plotted in the red book and sent to Rachel; Oskar back on
      the 50th centile by the review conference.
------------------------------------------------------------------------------
Q11
  What needs to happen?
      Check Lena's attendance every day and ring Rachel the same day if she
      is absent, late or says something about home that worries staff.
  Who will do it?
      Mrs Gail Turner, DSL, St Aidan's Primary
  By when?
      Every school day
  How will we know it has worked?
      Attendance emailed to Rachel every Friday; calls logged on CPOMS.
------------------------------------------------------------------------------
Q12
  What needs to happen?
      Give Lena a named adult to see each morning, and keep a check on how
      she is in class.
  Who will do it?
      Miss Nadia Carr, learning mentor, St Aidan's Primary
  By when?
      Every school day from 01/12/2025
  How will we know it has worked?
      Lena will be monitored in school.
------------------------------------------------------------------------------
Q13
  What needs to happen?
      Direct work with Lena about what happens at home, what to do if she
      cannot wake her mum, and who she can tell.
  Who will do it?
      Rachel Hines, social worker
  By when?

  How will we know it has worked?
      Lena's worry book on the children's file, and what she says shared
      with the core group.
------------------------------------------------------------------------------
Q14
  What needs to happen?
      Tell Rachel about any missed health appointment, A&E attendance or
      injury for Lena or Oskar.
  Who will do it?
      Dr Sunil Rao, GP, Weir Street Surgery
  By when?
      Within two working days of each one
  How will we know it has worked?
      Each notification logged on the children's file.
------------------------------------------------------------------------------

7. IF THINGS GO WRONG

If Jodie is found asleep, drowsy or under the influence while she is looking
after Lena or Oskar, or drugs or needles are found where the children could
reach them, whoever finds this rings Rachel (or the Emergency Duty Team out of
hours) straight away. Marek or Halina will take over the children's care that
day, and Rachel will hold a strategy discussion with Vexleigh Police and health
the same day. If Jodie cannot be woken, ring 999.

If Halina cannot help (she is ill, away, or says it is too much for her),
Marek will not go to work that night and Rachel will speak to his employer;
if neither of them can care for the children, Rachel will arrange for Lena
and Oskar to stay together with Vexleigh foster carers the same day.

8. MEETINGS

Core group every four weeks, Wednesdays at 1.30pm at Weir Street Family Hub:
10/12/2025, 14/01/2026 and 11/02/2026.
Review child protection conference: Wednesday 25/02/2026, 10am, Vexleigh Town
Hall.

Plan typed by R. Hines, 27/11/2025. Copies to Jodie, Marek, Halina and everyone
named in a block.
""",
    "findings": [
        F("W001", "A lockable box for Jodie's methadone and medicines"),
        F("T002", "Help Jodie with Lena and Oskar and stay over"),
        F("M002", "Give Lena a named adult to see each morning"),
        F("T001", "Direct work with Lena about what happens at home"),
        F("F002", "Jodie stays on her methadone script and stops using heroin."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 5-week-old baby: mother (a care leaver)
#    with postnatal depression under the perinatal team, father using
#    cannabis with a history of violence, paternal grandmother helping and
#    supervising. The plan is a Word form per action (field | value), with
#    tick boxes for how often, printed to PDF with page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
_OFTEN = ["Once", "Daily", "Weekly", "Fortnightly", "Monthly"]


def _ticks(chosen, other=None):
    """The form's 'How often' line: [X] beside the chosen box, [ ] beside the rest."""
    boxes = [f"[{'X' if o == chosen else ' '}] {o}" for o in _OFTEN]
    boxes.append(f"[X] Other: {other}" if other else "[ ] Other:")
    return "   ".join(boxes)


def _form(n, total, outcome, what, lead, often, start, end, know, other=None):
    return ("table", {
        "widths": [4.2, 12.8],
        "bold_first_col": True,
        "rows": [
            [f"ACTION FORM {n} of {total}", H],
            ["For outcome", outcome],
            ["What will be done", what],
            ["Lead person", lead],
            ["How often", _ticks(often, other)],
            ["Start", start],
            ["Until / due by", end],
            ["How we will know it has worked", know],
        ],
    })


_HOLLIS_FORMS = [
    ("1, 2 and 3",
     "Visit Isla at home, at least one visit in three unannounced and one in the evening, and see Isla awake "
     "and being handled, where she sleeps and the state of the flat.",
     "Kirsty Byrne, social worker, Valecombe Children's Services",
     "Weekly", "24/11/2025", "The review conference on 12/02/2026",
     "A visit record on Isla's file for every week, saying what Isla was doing and how Chloe responded to her."),
    ("1 and 3",
     "Parenting assessment of Chloe and of Kyle, including Kyle's risk to Isla and to Chloe, drawing on the "
     "perinatal, Compass and Change Project reports.",
     "Kirsty Byrne, social worker",
     "Once", "24/11/2025", "23/01/2026",
     "Assessment report read with Chloe and with Kyle, and shared with the core group on 29/01/2026."),
    ("1 and 4",
     "Assess Chloe's mental health and her risk to herself, and her capacity to care for Isla and to make and "
     "keep the changes Isla needs, with the likely timescale.",
     "Dr Anjali Mehta, consultant perinatal psychiatrist, Valecombe Perinatal Mental Health Service",
     "Once", "24/11/2025", "19/12/2025",
     "Written assessment sent to Kirsty and the GP by 19/12/2025 and shared at the core group on 08/01/2026."),
    ("1 and 4",
     "Visit Chloe at home to check her mood, sleep and sertraline; write her relapse and crisis plan with her; "
     "and report to every core group on whether she is keeping well enough to care for Isla, and how long any "
     "change still needed is likely to take.",
     "Hannah Okoye, perinatal mental health nurse, Valecombe Perinatal Mental Health Service",
     "Fortnightly", "27/11/2025",
     "Until Isla is 12 months old (12/10/2026); crisis plan by 05/12/2025; report two working days before each "
     "core group",
     "Crisis plan signed by Chloe and copied to Kirsty, Nadia and Denise by 05/12/2025; written report on "
     "Isla's file before every core group."),
    ("1 and 4",
     "Take her sertraline every morning, go to every appointment with Hannah and Dr Mehta, and tell Hannah or "
     "Kirsty the same day if she has thoughts of harming herself.",
     "Chloe Hollis (mum)",
     "Daily", "20/11/2025", "The review conference on 12/02/2026",
     "Repeat prescriptions collected on time (GP record); Hannah's reports show every appointment kept."),
    ("1 and 4",
     "Review Chloe's sertraline and her physical health, and tell Kirsty if a prescription is not collected or "
     "an appointment is missed.",
     "Dr Paul Ashworth, GP, Meadow Lane Surgery",
     "Monthly", "First review by 04/12/2025", "The review conference on 12/02/2026",
     "GP letter to Kirsty after each review; any missed prescription reported to Kirsty within a week."),
    ("2",
     "Weigh Isla, check her feeding, safe sleep and development, and watch a feed or a nappy change at each "
     "visit.",
     "Nadia Hussain, health visitor, Valecombe 0-19 Service",
     "Weekly", "24/11/2025",
     "Weekly until Isla is 12 weeks old (04/01/2026), then every two weeks until the review conference",
     "Weights plotted in the red book and emailed to Kirsty after each visit; Isla stays on or near the 50th "
     "centile."),
    ("3",
     "Go to every key-work session at Compass, give a screen each time, and never smoke cannabis before or "
     "during his time with Isla.",
     "Kyle Dunn (dad)",
     "Weekly", "27/11/2025", "The review conference on 12/02/2026",
     "Compass attendance record shows every session kept; screens show his cannabis use falling, and negative "
     "by the review conference."),
    ("3",
     "Key-work with Kyle with a screen at each session, and a written report on his cannabis use and on whether "
     "he can stop and keep Isla's home and his time with her free of drugs, with the likely timescale.",
     "Gary Lund, recovery worker, Compass (Valecombe drug and alcohol service)",
     "Weekly", "27/11/2025", "Report two working days before each core group",
     "Written report with screen results on Isla's file before every core group."),
    ("3",
     "Assess Kyle's risk of domestic abuse and whether he is suitable for the 24-week Change programme.",
     "Sian Pryce, practitioner, the Change Project (domestic abuse perpetrator service)",
     "Once", "01/12/2025", "19/12/2025",
     "Written assessment sent to Kirsty by 19/12/2025 and shared at the core group on 08/01/2026."),
    ("3",
     "Supervise all of Kyle's time with Isla at 48 Stone Lane, staying in the room throughout, until the "
     "parenting assessment is finished.",
     "Denise Dunn (Kyle's mother, Isla's paternal grandmother)",
     None, "25/11/2025", "23/01/2026",
     "Denise's contact log sent to Kirsty every Monday; Kirsty sees one contact a fortnight.",
     "every Tuesday and Sunday, 2pm to 4pm"),
    ("1 and 4",
     "Stay overnight at Chloe's flat and give Isla her 2am feed, so that Chloe sleeps for at least six hours.",
     "Denise Dunn (paternal grandmother)",
     None, "21/11/2025", "The review conference on 12/02/2026",
     "Night feed and sleep chart filled in each night Denise stays, and seen by Nadia or Kirsty at their visits.",
     "every Friday and Saturday night"),
    ("2",
     "Help Chloe claim Universal Credit and Child Benefit for Isla and her care leaver's setting-up-home grant, "
     "and check that her gas and electricity meters are topped up so that the flat is warm for Isla.",
     "Tom Reid, personal adviser, Valecombe Leaving Care Team",
     "Fortnightly", "24/11/2025", "Claims made by 05/12/2025; visits until the review conference",
     "Claim confirmations on Chloe's leaving care file and copied to Kirsty; the flat warm at every visit, as "
     "recorded by Tom and Kirsty."),
    ("2 and 4",
     "Go with Isla to the six-week Little Bonds baby group at Valecombe Family Hub, Thursdays at 10am.",
     "Chloe Hollis (mum)",
     "Weekly", "27/11/2025", "15/01/2026 (six sessions; none on 25/12/2025 or 01/01/2026)",
     "The group register shows at least five of the six sessions; the group leader's note sent to Kirsty."),
    ("1 and 4",
     "Hold a family network meeting with Chloe, Kyle, Denise and Jan Whitlow (Chloe's former foster carer) to "
     "agree who steps in if Denise cannot do her nights or supervise Kyle's time with Isla.",
     "Kirsty Byrne, social worker",
     "Once", "24/11/2025", "12/12/2025",
     "A written network plan naming two back-up adults, given to the core group on 08/01/2026."),
]

PLANS.append({
    "name": "b165_valecombe_icpc_word_form_per_action_tick_boxes_hollis.pdf",
    "doc_title": "Child Protection Plan - Isla Hollis",
    "split": "heldout",
    "actions": 15,
    "min_pages": 4,
    "header": "OFFICIAL-SENSITIVE \u2013 Valecombe Council \u2013 Child Protection Plan: action forms",
    "footer": "Isla Hollis \u2013 ICPC 20/11/2025 \u2013 review conference 12/02/2026 \u2013 Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-word-printed-to-pdf-page-header-footer-kv-details-why-worried-going-well-islas-day-parents-views-outcomes-numbered-then-one-two-column-word-form-per-action-banner-action-form-n-of-15-for-outcome-what-lead-how-often-tick-boxes-start-until-how-we-will-know-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 5-week-old girl whose mother, a 19-year-old care "
        "leaver, has postnatal depression and self-harmed before the birth, and whose father smokes "
        "cannabis daily and has a conviction for assaulting a former partner. Printed to PDF with "
        "a page header and footer. After the details, worries, Isla's day as seen by the health "
        "visitor, both parents' views and the outcomes, the plan is a Word form per action: a "
        "two-column field and value table headed 'ACTION FORM n of 15', with tick boxes for how "
        "often, a start, an until or due-by date and 'How we will know it has worked'. The "
        "perinatal psychiatrist and nurse both report on capacity to change, the drug service "
        "reports, the GP owns a form, the grandmother's nights and supervision have a fallback, "
        "legal planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Valecombe Council \u00b7 Children's Services \u00b7 Early Help and Safeguarding (Central)"),
        ("kv", [
            ("Child", "Isla Hollis, born 12/10/2025 (5 weeks old at the conference)"),
            ("Address", "Flat 7, Meadow Court, Valecombe VC2 3TT"),
            ("Mother", "Chloe Hollis (19). Care leaver: in foster care from 11 to 18 with Jan and Pete Whitlow; "
                       "her own tenancy since June 2025"),
            ("Father", "Kyle Dunn (22), lives with his mother at 48 Stone Lane, Valecombe"),
            ("Paternal grandmother", "Denise Dunn (51), 48 Stone Lane"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, Thursday 20/11/2025. Chair: Nicola Brand (IRO)"),
            ("Social worker", "Kirsty Byrne (team manager: Paul Reeve)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Chloe has had depression since she was 15 and has cut herself at times of stress; in March 2025 "
              "she took an overdose of paracetamol. Her mood dropped after Isla's birth and she scored 17 on the "
              "Edinburgh scale at four weeks. She started sertraline on 06/11/2025 and was referred to the "
              "perinatal mental health service. At 3am on 09/11/2025 Chloe rang the maternity unit saying she "
              "\u201ccouldn't do this\u201d and wanted to hurt herself. Kyle came round; he had been smoking "
              "cannabis, they argued loudly with Isla in the flat, and neighbours called the police, who found "
              "cannabis and a grinder on the kitchen worktop."),
        ("p", "Kyle smokes cannabis every day. In 2023 he was convicted of assaulting a former partner. He does "
              "not live with Chloe but had been at the flat most days."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe feeds Isla well and Isla has stayed on the 50th centile since birth.",
            "Chloe asked for help on 09/11/2025, and has been open with the health visitor about how low she "
            "feels.",
            "Denise has offered to help at weekends and to have Kyle's time with Isla at her house.",
            "Chloe has a personal adviser from the leaving care team, and her former foster carer, Jan Whitlow, "
            "still sees her every week.",
        ]),
        ("h1", "Isla's day"),
        ("p", "Seen by the health visitor, Nadia Hussain, at 10am on 14/11/2025: Isla was in a clean sleepsuit in "
              "her Moses basket, awake and making small noises. When Chloe picked her up she turned towards her "
              "and settled, and fed well from a bottle, with Chloe holding her close and talking to her. When "
              "Chloe's phone rang during the feed Chloe put Isla down on the sofa, propped the bottle on a "
              "cushion and left the room for five minutes; Isla coughed and cried until Nadia picked her up. "
              "Chloe said that on bad nights Isla has slept on the sofa with her."),
        ("h1", "What Chloe and Kyle say"),
        ("p", "Chloe: \u201cI love her more than anything. I just get so tired and then it all goes black. I want "
              "help, I don't want her to end up in care like me.\u201d Kyle: \u201cI only smoke to chill out. I'll "
              "do whatever I have to do to see my daughter.\u201d"),
        ("h1", "What we want for Isla"),
        ("numbers", [
            "Isla is cared for day and night by an adult who is well, sober and able to respond to her.",
            "Isla is fed, warm and safe, sleeps on her back in her own Moses basket, and keeps growing along her "
            "centile.",
            "Isla lives in a home free from cannabis, drugs and shouting, and sees her dad only when it is safe.",
            "If Chloe becomes unwell, the adults around Isla notice early and Isla is kept safe the same day.",
        ]),
        ("h1", "The plan: action forms"),
        ("p", "There is one form for each action, filled in at the conference. \u201cFor outcome\u201d gives the "
              "numbers of the outcomes above; the tick shows how often the work happens."),
        *[_form(i, len(_HOLLIS_FORMS), *f) for i, f in enumerate(_HOLLIS_FORMS, start=1)],
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Chloe self-harms, takes an overdose or says she cannot keep herself or Isla safe, she or whoever "
            "is with her rings 999 or the Valecombe Crisis Team. Denise comes and takes Isla to 48 Stone Lane "
            "that day (Kyle is not to care for Isla on his own there), and Kirsty, or the Emergency Duty Team "
            "out of hours, visits the same day.",
            "If Chloe needs to go into hospital, the perinatal team will ask for a bed for Chloe and Isla "
            "together at the Willow Mother and Baby Unit. If that is not safe or no bed is free, Isla stays with "
            "Denise.",
            "If Kyle is at the flat at any time, smokes cannabis around Isla, or there is shouting or violence, "
            "Chloe rings 999, Kyle leaves, and Kirsty holds a strategy discussion with Valecombe Police the same "
            "day.",
            "If Denise cannot do her nights or supervise Kyle's time (she is ill, away, or tells us it is too "
            "much), Jan Whitlow will stay at the flat on those nights and Kyle's time with Isla moves to the "
            "Valecombe Family Contact Centre with contact staff supervising. If neither can be arranged, Kirsty "
            "will arrange for Chloe and Isla to go together to Rowan House parent and baby placement, or, if "
            "there is no place, for Isla to go to Valecombe foster carers the same day.",
            "If Chloe self-harms or overdoses while caring for Isla, if Kyle is found with Isla without Denise or "
            "contact staff, or if the parenting assessment finds that Isla cannot be kept safe at home, Kirsty "
            "will ask Paul Reeve for a legal planning meeting within five working days to decide whether to "
            "start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group on Thursdays at 2pm, Valecombe Family Hub: 04/12/2025, 08/01/2026 and 29/01/2026.",
            "Review child protection conference: Thursday 12/02/2026, 10am, Valecombe Council Offices.",
            "Kirsty and Nadia bring what they have seen of Isla's days to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Signs of Safety initial conference plan, a 9-month-old's fingertip
#    bruising by her father, her 4-year-old half-brother, both grandmothers
#    as safety people. Danger statements, complicating factors, working
#    well, safety goals, a scaling table, then "climbing the ladder": one
#    next-steps table per safety goal whose rows say which rung of the scale
#    each step is meant to reach. Exemplary (docx)
# ---------------------------------------------------------------------------
_LADDER_HEAD = ["Rung", "Next step", "Who", "By when", "What we will see"]
_LADDER_W = [1.4, 5.6, 3.2, 2.9, 3.9]

PLANS.append({
    "name": "b165_vorrowby_sos_scaling_ladder_next_steps_reilly.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Poppy Reilly and Jake Shaw",
    "split": "heldout",
    "actions": 15,
    "template": "signs-of-safety-icpc-docx-kv-details-danger-statements-complicating-factors-working-well-safety-goals-scaling-table-by-person-jakes-three-houses-poppys-day-then-climbing-the-ladder-one-next-steps-table-per-safety-goal-rung-next-step-who-by-when-what-we-will-see-then-if-the-safety-plan-is-broken-meetings",
    "description": (
        "Exemplary Signs of Safety initial conference plan for a 9-month-old girl found with "
        "fingertip bruising on both upper arms after her father gripped her when she would not stop "
        "crying, and her 4-year-old half-brother, who saw it. Danger statements, complicating "
        "factors, what is working well, three safety goals, a table of everyone's scaling scores, "
        "Jake's Three Houses and Poppy's day, then the next steps as 'climbing the ladder': one "
        "table per safety goal, each row a step with the rung of the scale it aims for, who, by "
        "when and what we will see. Neither parent is recorded as ill or using substances. Both "
        "grandmothers' parts have a fallback, legal planning follows named triggers, and core group "
        "and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Signs of Safety)"),
        ("p", "Vorrowby Borough Council \u00b7 Children and Families \u00b7 Locality Safeguarding Team (South)"),
        ("kv", [
            ("Children", "Poppy Reilly, 9 months (DOB 14/02/2025); Jake Shaw, 4 (DOB 03/06/2021), Tadpoles "
                         "Pre-school"),
            ("Address", "12 Lark Rise, Vorrowby VR5 6GE"),
            ("Mother", "Leah Shaw (23), mother of both children"),
            ("Poppy's father", "Connor Reilly (25). Since 04/11/2025 he has lived with his mother at 20 Farrow "
                               "Lane, under a written agreement"),
            ("Jake's father", "Aaron Pike; no contact since 2022"),
            ("Safety people", "Sandra Reilly (Connor's mother), 20 Farrow Lane; Maureen Shaw (Leah's mother), "
                              "3 Hill View, Vorrowby"),
            ("Category", "Physical abuse (Poppy); emotional abuse (Jake)"),
            ("Conference", "Initial child protection conference, Tuesday 25/11/2025. Chair: Ruth Okeke (IRO)"),
            ("Social worker", "Kelly Dixon (team manager: Tom Hadley)"),
        ]),
        ("h1", "What are we worried about?"),
        ("h2", "Danger statements"),
        ("numbers", [
            "Children's Services, the police and the paediatrician are worried that Poppy could be badly hurt "
            "again, as she was when she was found with four fingertip bruises on each upper arm on 04/11/2025, "
            "if Connor becomes angry and handles her roughly when she cries and will not settle, especially "
            "when he is tired and on his own with her at night.",
            "We are worried that Jake could be frightened, and could be hurt, if he sees or hears Connor "
            "shouting at Poppy or handling her roughly, as he told his key person he did: \u201cDaddy Connor "
            "squeezed Poppy and she screamed.\u201d",
        ]),
        ("h2", "Complicating factors"),
        ("bullets", [
            "Connor first said Poppy rolled off the changing mat. On 10/11/2025 he told the social worker he "
            "\u201cgripped her too hard\u201d at about 3am on 03/11/2025 when she would not stop crying and Leah "
            "was asleep. He had finished a run of night shifts.",
            "The police investigation is still open. Connor has been released under investigation.",
            "Leah wants Connor home by Christmas and says he \u201cwould never do it again\u201d.",
            "Neither Leah nor Connor drinks heavily or uses drugs, and neither has a mental health diagnosis.",
        ]),
        ("h1", "What is working well?"),
        ("bullets", [
            "Leah took Poppy to the clinic weigh-in on 04/11/2025, showed the health visitor the marks and "
            "agreed straight away to a child protection medical. The skeletal survey and head scan were clear.",
            "Connor moved to his mother's the same day and has kept to the written agreement: he has seen Poppy "
            "only with Sandra in the room.",
            "Sandra and Maureen both came to the conference and want to be part of the safety plan.",
            "Jake goes to pre-school every morning and his key person knows him well.",
        ]),
        ("h1", "Safety goals"),
        ("numbers", [
            "Poppy is only ever cared for by Leah, or by Connor when Sandra or Maureen is with them, until the "
            "whole network agrees that Connor can care for her safely on his own.",
            "When Poppy cries and will not settle, she is always calmed by an adult who follows the crying plan, "
            "and nobody handles her roughly.",
            "Jake feels safe at home, has words for his worries and knows who he can tell.",
        ]),
        ("h1", "Scaling"),
        ("p", "On a scale where 0 means Poppy will be hurt again and needs to live somewhere else, and 10 means "
              "everyone is confident that Poppy and Jake are safe and the plan can end, each person scored where "
              "things are today."),
        ("table", {
            "header": ["Person", "Score", "Why"],
            "widths": [4.6, 1.6, 10.8],
            "rows": [
                ["Leah", "7", "\u201cConnor has learned his lesson and he's at his mum's.\u201d"],
                ["Connor", "7", "\u201cI know what I did was wrong and I'd never leave Leah on her own again.\u201d"],
                ["Sandra Reilly", "8", "She is with Connor every time he sees Poppy."],
                ["Maureen Shaw", "6", "She is worried about Christmas and Leah wanting Connor back."],
                ["Kelly Dixon, social worker", "3", "Connor's account changed, and there is no plan yet for the "
                                                    "crying times."],
                ["Farah Begum, health visitor", "4", "Leah's care of both children is good; the safety plan is new."],
                ["DC Amy Ward, police", "3", "The investigation is not finished."],
                ["Sophie Lane, Jake's key person", "5", "Jake is settled at pre-school but has talked about the "
                                                       "squeezing twice."],
            ],
        }),
        ("h1", "What Jake says and what Poppy's day is like"),
        ("p", "Jake (Three Houses with Kelly at pre-school, 18/11/2025): in his house of worries he drew Poppy "
              "crying and said \u201cDaddy Connor was cross and squeezed her\u201d. In his house of good things he "
              "drew Nana Maureen's dog and \u201cMummy reading the dinosaur book\u201d. In his house of dreams he "
              "drew everybody at the park and said \u201cno crying and no cross\u201d."),
        ("p", "Poppy (seen by Farah at home, 17/11/2025, 10am to 11am): Poppy was sitting on the play mat "
              "reaching for a stacking cup and babbling \u201cba-ba\u201d at Jake. She crawled to Leah when the "
              "doorbell went and settled quickly in her arms. Leah changed and fed her calmly, talking to her "
              "throughout. Poppy has one long crying spell most evenings, which Leah says Connor found hard."),
        ("h1", "Climbing the ladder: next steps"),
        ("p", "For each safety goal, the steps below are what the network agreed will move the scale up. The "
              "\u201cRung\u201d column shows the score each step is meant to help us reach."),
        ("h2", "Safety goal 1: Poppy is only cared for by Leah, or by Connor with a safety person there "
               "(where we are: 3)"),
        ("table", {
            "header": _LADDER_HEAD,
            "widths": _LADDER_W,
            "rows": [
                ["3 \u2192 4",
                 "Write the safety plan with Leah, Connor, Sandra and Maureen: who may care for Poppy, who must be "
                 "there when Connor sees her, and what each person does if the plan is broken",
                 "Kelly Dixon, social worker",
                 "By 02/12/2025",
                 "The safety plan signed by all four, with a copy in each house and with the core group"],
                ["3 \u2192 4",
                 "Keep to the written agreement: live at 20 Farrow Lane and see Poppy only with Sandra or Maureen "
                 "in the room",
                 "Connor Reilly (Poppy's dad)",
                 "Every day from 25/11/2025",
                 "Sandra's contact diary and Leah's diary match at every visit; no time with Poppy outside the "
                 "plan reported by anyone"],
                ["4 \u2192 5",
                 "Stay in the room for all of Connor's time with Poppy at 20 Farrow Lane",
                 "Sandra Reilly (Poppy's grandmother)",
                 "Tuesdays and Thursdays 4pm to 6pm, Sundays 11am to 3pm, from 25/11/2025",
                 "Sandra's contact diary, read and signed by Kelly every week"],
                ["4 \u2192 5",
                 "Fill in the \u2018who was with Poppy\u2019 diary, showing who cared for her and when Connor saw her",
                 "Leah Shaw (Mum)",
                 "Every day from 25/11/2025",
                 "The diary seen and signed by Kelly at each visit"],
                ["4 \u2192 5",
                 "Visit Poppy and Jake at home, one visit in three unannounced, see Poppy awake and being cared "
                 "for, and talk with Jake on his own",
                 "Kelly Dixon, social worker",
                 "Every week from 25/11/2025 until the review conference",
                 "A visit record for every week on the children's file, with what Jake said"],
                ["5 \u2192 6",
                 "Review Poppy's growth and development, look for any new marks, and tell Kelly the same day if "
                 "any are found",
                 "Dr Helen Barker, community paediatrician, Vorrowby Child Development Centre",
                 "By 19/12/2025",
                 "Clinic letter to Kelly and the GP by 19/12/2025"],
                ["5 \u2192 6",
                 "Tell Kelly the outcome of the investigation into Poppy's injuries and any change in Connor's "
                 "position",
                 "DC Amy Ward, Vorrowby Police Child Abuse Investigation Team",
                 "Within one working day of any decision; an update by 16/01/2026",
                 "The outcome and each update logged on Poppy's file"],
            ],
        }),
        ("h2", "Safety goal 2: when Poppy cries, she is calmed safely by an adult using the crying plan "
               "(where we are: 4)"),
        ("table", {
            "header": _LADDER_HEAD,
            "widths": _LADDER_W,
            "rows": [
                ["4 \u2192 5",
                 "Go through the ICON \u2018babies cry, you can cope\u2019 plan with Leah, Connor, Sandra and Maureen, "
                 "and give each of them a copy",
                 "Farah Begum, health visitor",
                 "By 05/12/2025",
                 "A crying plan signed by all four, seen on the fridge at Lark Rise and at Farrow Lane"],
                ["4 \u2192 5",
                 "Weigh Poppy, check her skin, development and sleep, and ask how the crying times have gone",
                 "Farah Begum, health visitor",
                 "Every two weeks until the review conference",
                 "Weights in the red book; notes to Kelly after each visit; any mark reported to Kelly the same "
                 "day"],
                ["5 \u2192 6",
                 "Go to the ten-week Steady Hands course for dads at Vorrowby Family Hub",
                 "Connor Reilly",
                 "Mondays at 6pm from 01/12/2025",
                 "The course register shows at least eight of the ten sessions"],
                ["5 \u2192 6",
                 "Write a mid-course report on what Connor has learned and how he now copes when Poppy cries",
                 "Andy Price, Steady Hands facilitator",
                 "By 23/01/2026",
                 "The report on Poppy's file by 23/01/2026 and shared at the core group on 03/02/2026"],
                ["6 \u2192 7",
                 "Watch Connor with Poppy at 20 Farrow Lane three times, including a nappy change and settling "
                 "her when she cries",
                 "Kelly Dixon, social worker",
                 "By 10/02/2026",
                 "Three written observations, shared with Connor and the core group"],
            ],
        }),
        ("h2", "Safety goal 3: Jake feels safe, has words for his worries and knows who to tell "
               "(where we are: 5)"),
        ("table", {
            "header": _LADDER_HEAD,
            "widths": _LADDER_W,
            "rows": [
                ["5 \u2192 6",
                 "Three sessions with Jake using Three Houses and a \u2018safe hand\u2019 of five people he can tell",
                 "Kelly Dixon, social worker",
                 "By 19/12/2025",
                 "Jake's drawings and safe hand on file and shared at the core group on 06/01/2026"],
                ["5 \u2192 6",
                 "Watch Jake's play and talk at every session, and ring Kelly the same day if he says anything "
                 "about home or has a mark",
                 "Sophie Lane, key person, Tadpoles Pre-school",
                 "Every session (Monday to Friday mornings)",
                 "A note to Kelly every Friday; same-day calls logged on the pre-school's safeguarding record"],
                ["6 \u2192 7",
                 "Have Jake and Poppy at 3 Hill View while Leah is at college",
                 "Maureen Shaw (Nana)",
                 "Every Wednesday, 1pm to 6pm",
                 "Maureen texts Kelly each Wednesday evening; Jake tells Kelly about Nana's at her visits"],
            ],
        }),
        ("h1", "If the safety plan is broken"),
        ("bullets", [
            "If Connor is with Poppy without Sandra or Maureen there, or anyone sees him grip, shake or shout at "
            "her, whoever knows rings Kelly, or the Emergency Duty Team out of hours, straight away (999 if "
            "Poppy is hurt). Connor leaves, and Kelly holds a strategy discussion with the police the same day.",
            "If a new bruise or mark is found on Poppy, whoever finds it rings Kelly the same day. Poppy has a "
            "child protection medical with Dr Barker that day, Kelly holds a strategy discussion the same day, "
            "and Poppy and Jake stay with Maureen at 3 Hill View until it has decided what happens next.",
            "If Sandra cannot supervise (she is ill, away, or says it is too much), Connor's time with Poppy "
            "that day happens at 3 Hill View with Maureen there, or is cancelled; if Sandra cannot carry on, it "
            "moves to the Vorrowby Family Contact Centre with contact staff supervising.",
            "If Maureen cannot have the children on a Wednesday, Leah stays at home with them that day (her "
            "college tutor knows). If the children need to leave home and Maureen cannot have them, Kelly will "
            "arrange for Poppy and Jake to stay together with Vorrowby foster carers the same day.",
            "If Connor sees Poppy without a safety person, a new unexplained injury is found, or Leah has Connor "
            "back to live before the network agrees, Kelly will ask Tom Hadley for a legal planning meeting "
            "within two working days to decide whether to start the Public Law Outline or apply to court.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group on Tuesdays at 10am at Vorrowby Family Hub: 09/12/2025, 06/01/2026 and 03/02/2026. "
            "Everyone scores again at each meeting.",
            "Review child protection conference: Tuesday 24/02/2026, 10am, Vorrowby Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, mother's drinking, an 11-year-old young carer
#    and his 7-year-old sister. The grown-ups' plan and "Kian's plan" side
#    by side in one Markdown table: the left cell holds each adult action
#    with its When and We'll know, the right cell the same thing in Kian's
#    words. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_varnholt_icpc_grown_ups_plan_beside_kians_words_doherty.md",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-md-bold-details-whos-who-bullets-why-we-are-worried-going-well-what-kian-and-evie-told-us-what-we-want-then-side-by-side-table-no-grown-ups-plan-with-when-and-well-know-beside-kians-plan-in-his-own-words-then-if-things-get-worse-meetings-and-reviews",
    "description": (
        "Initial conference plan for an 11-year-old young carer and his 7-year-old sister whose "
        "mother drinks heavily and was found unconscious with the younger child at home. After a "
        "who's who, the worries, what is going well, the children's words and the outcomes, the "
        "plan is one Markdown table: each row's middle cell is the grown-ups' action with its "
        "'When:' and 'We'll know:', and its right-hand cell says the same thing in Kian's words (only "
        "the grown-ups' actions are counted). Most rows are sound (weekly visits, a young carers "
        "referral, Evie's school, the father's weekends, the assessment). Faults: the mother's "
        "call to the alcohol service waits 'when she feels ready'; the head of year 'will keep an "
        "eye on' Kian, checked only by 'monitored'; 'Everyone who works with' the children owns "
        "the sharing of worries; no adult service owns any part of the plan although the mother's "
        "drinking is its reason; and the contingency is only 'if things get worse' with a meeting "
        "to decide."
    ),
    "text": """\
# Child Protection Plan: Kian and Evie Doherty

**Varnholt Council, Children's Social Care (Family Safeguarding Team 2)**

**Children:** Kian Doherty, 11 (DOB 28/03/2014), Year 7, Varnholt Academy; Evie Doherty, 7 (DOB 15/08/2018), Year 3, Hazel Grove Primary
**Address:** 9 Orchard Rise, Varnholt VH6 2LB
**Category:** Neglect (both children)
**Initial child protection conference:** Friday 21/11/2025, chaired by Alan Price (IRO)

## Who's who

- **Nicola** Doherty, Kian and Evie's mum (38)
- **Martin** Doherty, their dad (40), lives across town in Brook Street since the separation in 2024
- **Nan**: Pat Kerr, Nicola's mum, 4 Sycamore Way, Varnholt
- **Sam**: Samantha Whitfield, social worker (team manager: Julie Frost)
- **Mr Grant**: Ian Grant, head of Year 7, Varnholt Academy
- **Mrs Osei**: Abena Osei, designated safeguarding lead, Hazel Grove Primary
- **Josh**: Josh Tate, young carers worker, Varnholt Young Carers

## Why we are worried

Nicola has been drinking heavily since she and Martin separated last year, mostly wine and mostly in the evenings. On 04/10/2025 the police were called by a neighbour and found Nicola unconscious on the kitchen floor, with Evie at home and Kian trying to wake her. Kian told his teacher he often makes tea for Evie, gets her to bed and checks on his mum in the night. His attendance has dropped to 86% and he has fallen asleep in lessons. There is often very little food in the house. Nicola has seen her GP about her drinking but has not yet been to the alcohol service.

## What is going well

- Nicola loves Kian and Evie and says she wants to stop drinking.
- Martin has the children every other weekend and wants to do more.
- Nan sees the children every week.
- Evie's attendance is good (97%) and she is doing well in school.

## What Kian and Evie told us

Kian (seen on his own at school by Sam, 17/11/2025): "I don't want to get Mum in trouble. When she's drunk I do Evie's tea and put her to bed and then I check Mum's still breathing. I'm tired all the time. I want Mum to stop drinking, and I want to go to football on Thursdays like I used to."

Evie (seen at home by Sam, 18/11/2025) drew her family with Mum "having a lie down". She said: "Kian does my tea. I like Nan's because she does chips and we watch films."

## What we want for Kian and Evie

1. Kian and Evie are always looked after by an adult who is sober and able to care for them.
2. Kian no longer has to care for his mum and sister, sleeps properly, and his attendance is back above 95%.
3. There is food in the house and both children have a hot meal every day.
4. Evie and Kian know who they can talk to if they are worried about home.

## The plan

The middle column is the plan the grown-ups agreed at the conference. The right-hand column is Kian's plan: he went through each line with Sam after the conference and said what it means in his own words. Kian's words are there so that he and Evie know what is going to happen; they are not extra jobs.

| No. | The grown-ups' plan | Kian's plan: what this means, in my words |
|---|---|---|
| 1 | Sam will visit Kian, Evie and Nicola at home, at least one visit in three unannounced, and see Kian and Evie on their own. *When:* every week from 24/11/2025 until the review conference. *We'll know:* visit records show both children seen alone every week, with their own words written down. | "Sam comes every week. Sometimes she doesn't tell us first. I can talk to her in my room." |
| 2 | Sam will refer Kian to Varnholt Young Carers. *When:* by 05/12/2025. *We'll know:* the acceptance letter and Kian's first session date are on the children's file. | "I'm going to young carers. Sam says there's other kids who look after their mums." |
| 3 | Josh will see Kian and take him to the Saturday club once a month. *When:* every two weeks from 05/01/2026. *We'll know:* Josh's session notes go to Sam after each session, with Kian's own score for how much he does at home, recorded by Josh. | "Josh is going to see me and take me to the club." |
| 4 | Nicola will not drink while she is looking after Kian and Evie, and will keep no alcohol in the house. *When:* every day from 21/11/2025. *We'll know:* no alcohol seen at Sam's visits, including the unannounced ones. | "Mum's not going to drink when she's got us. I want that to be true." |
| 5 | Nicola will ring Varnholt Recovery, the alcohol service, and ask for an assessment. *When:* when she feels ready. *We'll know:* Varnholt Recovery confirm to Sam that Nicola has been to her first appointment. | "Mum is going to get help with the drinking." |
| 6 | Mr Grant will keep an eye on Kian in school and check how he is doing. *When:* every school day. *We'll know:* Kian's wellbeing is monitored by Mr Grant. | "Mr Grant is going to look out for me." |
| 7 | Mrs Osei will check Evie's attendance and how she comes into school, and ring Sam if Evie is absent, hungry or says Mum was poorly. *When:* every school day; calls the same day. *We'll know:* attendance emailed to Sam each Friday, and calls logged on CPOMS. | "Evie's school will ring Sam if she doesn't come in." |
| 8 | Everyone who works with Kian and Evie will tell Sam if they are worried about either child. *When:* the same day. *We'll know:* each call or email is logged on the children's file. | "If any grown-up is worried they'll tell Sam." |
| 9 | Nan will have Kian and Evie for tea at her house after school until 7pm. *When:* every Tuesday. *We'll know:* Nan texts Sam each Tuesday evening, and the children tell Sam about it at her visits. | "Tuesdays at Nan's. She does chips." |
| 10 | Martin will have Kian and Evie every other weekend and take Kian to football on Thursdays. *When:* weekends from Friday 28/11/2025, Friday 6pm to Sunday 5pm; football every Thursday from 27/11/2025. *We'll know:* Martin texts Sam each Sunday; the football club's register shows Kian there. | "Dad's every other weekend, and Dad's taking me to football again!" |
| 11 | Sam and Nicola will make a plan card with Kian saying who he can ring if he is worried about Mum (Nan first, then Dad). *When:* by 05/12/2025. *We'll know:* the card is in Kian's school bag, and a copy is on the file. | "I've got a card with Nan's and Dad's numbers on it." |
| 12 | Sam will do three "Three Houses" sessions with Evie. *When:* by 19/12/2025. *We'll know:* Evie's drawings are on the file and shared at the core group on 09/01/2026. | "Evie is doing drawings with Sam." |
| 13 | Sam will complete the child and family assessment, with Kian's, Evie's and Martin's views, and read it with Nicola. *When:* by 30/01/2026. *We'll know:* the assessment is shared with Nicola and at the core group on 06/02/2026. | "Sam is writing down everything about our family. She said I can read my bit." |

## If things get worse

If things get worse at home, or the plan is not being followed, Sam will talk to her manager and call an early core group meeting to decide what to do.

## Meetings and reviews

- Core group every four weeks, Fridays at 2pm at Varnholt Academy: 05/12/2025, 09/01/2026 and 06/02/2026.
- Review child protection conference: Friday 20/02/2026, 10am, Varnholt Town Hall.
- If Nicola has not started working with Varnholt Recovery by the core group on 09/01/2026, Sam will ask Julie Frost for a legal planning meeting.
""",
    "findings": [
        F("T002", "Nicola will ring Varnholt Recovery, the alcohol service, and ask"),
        F("M002", "Mr Grant will keep an eye on Kian in school"),
        F("W002", "Everyone who works with Kian and Evie will tell Sam"),
        F("F004"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. The social worker's letter to a mother after the initial conference:
#    overdose with a 3-year-old and a baby at home, personality disorder
#    and depression under the CMHT, grandmother helping. Letterhead, plain
#    headings, then "What each of us will do" as numbered paragraphs in
#    which "I" is the social worker and "you" is Tanya. Printed to PDF with
#    a page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b165_vaddlesham_icpc_letter_to_mother_numbered_paragraphs_fenwick.pdf",
    "doc_title": "Letter after the initial child protection conference - Tanya Fenwick",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "Vaddlesham District Council \u00b7 Children's Services \u00b7 Family Safeguarding Team",
    "footer": "Letter to Tanya Fenwick after the initial child protection conference \u00b7 01/12/2025 \u00b7 "
              "Page {PAGE} of {NUMPAGES}",
    "template": "icpc-letter-to-mother-paged-letterhead-header-footer-address-block-dear-tanya-plain-bold-headings-what-the-conference-decided-why-worried-going-well-what-mason-and-lily-rose-showed-us-outcomes-numbered-then-what-each-of-us-will-do-numbered-paragraphs-i-is-sw-you-is-mum-then-if-things-go-wrong-meetings-signature",
    "description": (
        "The social worker's letter to a mother after the initial conference for her 3-year-old son "
        "and 4-month-old daughter, written after she took an overdose with both children at home. "
        "She has a diagnosis of emotionally unstable personality disorder and depression and is "
        "under the CMHT; her own mother helps every weekday and on Saturdays. Letterhead header and "
        "page footer; plain headings; 'What each of us will do' is thirteen numbered paragraphs in "
        "which 'I' is the social worker who signs and 'you' is the mother. Faults: eight of the "
        "thirteen paragraphs are about the mother's own treatment, support, money and course with "
        "no mention of the children; the care co-ordinator only supports her (checked by attendance) "
        "and the psychiatrist only reviews her diagnosis and medication, and neither is asked about "
        "her capacity to change; the grandmother's Saturdays are checked by 'keep an eye on'; one "
        "outcome is about the mother alone; and the contingency sends the children to the "
        "grandmother with nothing on what happens if she cannot have them."
    ),
    "blocks": [
        ("pr", "Family Safeguarding Team"),
        ("pr", "Civic Centre, Market Street"),
        ("pr", "Vaddlesham VD1 4AA"),
        ("pr", "Tel: 01632 960418"),
        ("p", ""),
        ("pl", "Ms Tanya Fenwick"),
        ("pl", "Flat 3, Kingfisher House"),
        ("pl", "Mill Road"),
        ("pl", "Vaddlesham VD3 7RP"),
        ("p", ""),
        ("p", "1 December 2025"),
        ("p", "Dear Tanya,"),
        ("boldp", "Your children's child protection plan"),
        ("p", "Thank you for coming to the initial child protection conference on Thursday 27/11/2025, and for "
              "talking so honestly about what happened in October. I said I would write to you afterwards to set "
              "out what was decided and what each of us has agreed to do, in plain words. Please ring me if "
              "anything in this letter is not clear, or if you think I have got something wrong."),
        ("boldp", "What the conference decided"),
        ("p", "The conference was chaired by Janet Ellis, Independent Reviewing Officer. Everyone agreed that Mason "
              "(3) and Lily-Rose (4 months) should have a child protection plan under the category of neglect. I "
              "am their social worker, and my manager is Simon Wade."),
        ("boldp", "Why we are worried"),
        ("p", "On Sunday 12/10/2025 you took an overdose of your tablets in the afternoon while you were on your "
              "own with Mason and Lily-Rose. Mason went out into the corridor crying, and your neighbour found "
              "him and rang 999. Lily-Rose was in her cot and had not been fed or changed for about four hours. "
              "You were in hospital overnight and Carol looked after the children. You have a diagnosis of "
              "emotionally unstable personality disorder and depression, and you told the conference you had "
              "stopped your medication in September because it made you feel \u201cflat\u201d. You have taken "
              "overdoses twice before, in 2019 and 2022. Mason's and Lily-Rose's dad, Jamie Holt, lives in "
              "another area and has not seen them since the summer; he did not come to the conference."),
        ("boldp", "What is going well"),
        ("p", "You love Mason and Lily-Rose very much, and everyone could see that. Lily-Rose is gaining weight "
              "well, Mason has started at Little Stars Nursery three mornings a week, and you have gone back to "
              "your care co-ordinator since the overdose. Your mum, Carol, lives five minutes away and sees the "
              "children every day."),
        ("boldp", "What Mason and Lily-Rose showed us"),
        ("p", "Mason's key person at nursery, Jade, told the conference that since October Mason plays "
              "\u201cambulances\u201d, lies his teddy down and says \u201cMummy poorly, Mummy go hospital\u201d. He "
              "holds on to her at home time, and runs to Carol when she collects him. When I saw Lily-Rose at "
              "home on 20/11/2025 she was clean and content, smiled at me and fed well from her bottle; when you "
              "became tearful she went quiet and watched your face for a long time."),
        ("boldp", "What we all want to be different"),
        ("pi", "1.  Mason and Lily-Rose are always looked after by an adult who is well enough to care for them, "
               "and are never left on their own."),
        ("pi", "2.  Lily-Rose keeps gaining weight and has all her health checks and immunisations."),
        ("pi", "3.  Mason goes to nursery for every session he is booked for, and his speech keeps coming on."),
        ("pi", "4.  You are mentally well and stable, and able to manage your emotions."),
        ("boldp", "What each of us will do"),
        ("p", "I have numbered these so that we can go through them one by one at the core group."),
        ("pi", "1.  I will visit you, Mason and Lily-Rose at home every week until the review conference, at least "
               "one visit in three without telling you first, and I will see Mason on his own and Lily-Rose awake "
               "each time. My visit records will show both children seen every week, with what Mason said and "
               "how Lily-Rose was."),
        ("pi", "2.  Sarah Quinn, your health visitor, will visit every two weeks to weigh Lily-Rose and check her "
               "feeding, sleep and development, and will send me her notes after each visit. We will know it is "
               "working if Lily-Rose stays on or above the 50th centile."),
        ("pi", "3.  Jade Harris, Mason's key person at Little Stars Nursery, will email me Mason's attendance every "
               "Friday and will ring me the same day if he is not brought or arrives hungry or unwashed. We want "
               "to see Mason at every one of his booked sessions."),
        ("pi", "4.  Leanne Moss, your care co-ordinator at the Vaddlesham Community Mental Health Team, will see "
               "you every week to support you with your mood and to help you with coping skills and your "
               "medication. We will know this is happening because your attendance will be recorded on the CMHT "
               "system."),
        ("pi", "5.  Dr Anil Patel, your consultant psychiatrist, will see you in his outpatient clinic by "
               "19/12/2025 to review your diagnosis and your medication, and will write to your GP afterwards with "
               "any changes."),
        ("pi", "6.  Dr Fiona Kerr, your GP at Mill Road Surgery, will see you every four weeks to review your "
               "sertraline and ask how you are sleeping, and will write to me after each appointment."),
        ("pi", "7.  You will take your medication every day as prescribed and collect each prescription on time. "
               "The surgery's records will show each prescription collected."),
        ("pi", "8.  You will go to the 20-week DBT skills group at the Beacon Centre on Tuesdays at 1pm from "
               "06/01/2026. The group register will show at least 16 of the 20 sessions."),
        ("pi", "9.  Ahmed Shah, debt adviser at Vaddlesham Citizens Advice, will meet you by 12/12/2025 to help "
               "with your rent arrears and benefits, and will write to me with the plan you agree."),
        ("pi", "10.  You will go to the Mums' Wellbeing Caf\u00e9 at Vaddlesham Family Hub every Monday morning, to "
               "meet other mums and have some time for yourself. The caf\u00e9 worker will tell me at the end of "
               "each month which Mondays you came."),
        ("pi", "11.  Your mum, Carol Fenwick, will come to your flat at 5pm every weekday to help with Mason's and "
               "Lily-Rose's tea, bath and bedtime, and will text me every Friday to say how the week has gone."),
        ("pi", "12.  Carol will have Mason and Lily-Rose at her house every Saturday from 10am to 4pm, and will "
               "keep an eye on how they are."),
        ("pi", "13.  I will refer you to the Vaddlesham Adult Learning Service for the confidence and return-to-work "
               "course you asked about, by 05/12/2025. The referral and your start date will be on my file."),
        ("boldp", "If things go wrong"),
        ("p", "If you tell anyone you are thinking about harming yourself, or you self-harm or take an overdose, or "
              "you are not able to get up and look after Mason and Lily-Rose, please ring the Vaddlesham Crisis "
              "Team on 01632 960777, or 999 in an emergency. Whoever is with you or finds out will ring me, or the "
              "Emergency Duty Team out of hours, that day. Carol has agreed that Mason and Lily-Rose will go to "
              "her at 9 Orchard Way that day and stay with her until you are well enough to have them home, and I "
              "will hold a strategy discussion with the police and health the same day if the children were left "
              "without a safe adult."),
        ("p", "If you are admitted to hospital again, or Mason or Lily-Rose are left without a safe adult again, I "
              "will ask Simon Wade for a legal planning meeting within five working days to decide whether we "
              "need to start the Public Law Outline. I would talk to you about this first."),
        ("boldp", "Meetings"),
        ("p", "The core group (you, Carol, me, Sarah, Jade, Leanne and Dr Kerr) will meet every four weeks on "
              "Wednesdays at 10am at Vaddlesham Family Hub: 10/12/2025, 07/01/2026 and 04/02/2026. The review "
              "child protection conference will be on Thursday 26/02/2026 at 10am at the Civic Centre."),
        ("p", "Yours sincerely,"),
        ("pl", "Becky Lowe"),
        ("pl", "Social Worker, Family Safeguarding Team"),
        ("p", ""),
        ("p", "Copies: Carol Fenwick; Janet Ellis (IRO); everyone named in this letter."),
    ],
    "findings": [
        F("F001"),
        F("F002", "You are mentally well and stable, and able to manage your emotions."),
        F("H001", "will see you every week to support you with your mood"),
        F("H001", "to review your diagnosis and your medication"),
        F("M002", "and will keep an eye on how they are"),
        F("C003"),
    ],
})
