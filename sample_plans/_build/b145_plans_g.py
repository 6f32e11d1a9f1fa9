"""Batch 145, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the labelling conventions in sample_plans/README.md,
without running planlint or reading its code.

Focus: plans as they look when they are UPDATED, not first written, in house
styles other than those of batches 143 and 144, with the measure of each
action placed and worded in new ways. A first review conference record whose
revised plan puts the outcome and its target ("what good looks like") in a
cell merged down beside its actions, with an "Evidence of progress" column
(one measure revised at the review) beside a "Where are we now?" column and a
change log at the end; core group 3 a fortnight before the review, with a
"For outcome" column and a "RAG with comment" column; a transfer-in
conference that restates the previous council's plan with "Who now (was)",
moved dates, a "Target / what good looks like" column and a "Since the move"
column; a second review conference for a disabled boy that escalates to a
legal planning meeting and restates the plan as one table per outcome, with
the measures in a keyed "How we will know" row at the foot of each table and
an "Update from core group 5" column; a baby's plan made detailed at the
first core group, in nested Markdown bullets with Who / When / What we will
see / Where are we now sub-bullets, struck-out words and a change log; a
second review conference record in Markdown with a "Status at 03/03/2026"
column (achieved / partly / not started) and closed actions listed apart;
and a plain-text case-system print of a first review with TASK blocks,
original and revised target dates, changed owners, "What good looks like"
and "Where are we now?" fields, and a closed task left in the live list.
Families live with domestic abuse and a father's drinking, a mother's
postnatal depression and a father's cannabis use, a mother's alcohol
dependence after a move between councils, a father's depression while
caring for an autistic boy who does not speak, a mother on methadone, a
mother's depression and anxiety, and a father's alcohol dependence with a
daughter who has type 1 diabetes; relatives help in four of them.

Five plans are exemplary (no findings): Gaddingmere (review record, docx),
Glimsworth (transfer-in plan, pdf), Gowansby (second review with escalation,
pdf), Grentisford (plan after the first core group, md) and Gimbleford
(review print, txt). Two carry a realistic mix of faults among mostly good
rows: the Greavesholt core group 3 record (docx) and the Gandlethorpe second
review record (md).

Counting convention used for "actions" (README convention 1 and "Files",
with the batch 143/144 additions): every live row of an action table, every
live top-level action bullet (its Who / When / What we will see / Where are
we now sub-bullets belong to it) and every live TASK block counts once,
whatever its progress or status says and whether or not its wording, owner
or date changed at the update. Ongoing work marked achieved or on track
still counts; new actions agreed at the meeting count. A one-off action
marked done, completed or closed, or closed as "no longer needed", is not
counted, whether it stands in the live list or in a closed-actions table or
list. Contingency paragraphs, legal planning paragraphs, meeting dates,
decisions, progress summaries and scaling tables, views, "How we will know"
rows and change logs are not actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference record, domestic abuse and a father's drinking,
#    two children, grandmother supervising contact. Landscape Word record:
#    decision, who took part, views, scaling; revised plan with the outcome
#    and its target merged down beside its actions, "Evidence of progress"
#    and "Where are we now?" columns; change log. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_gaddingmere_rcpc_outcome_target_merged_evidence_where_now_okwuosa.docx",
    "doc_title": "Review Child Protection Conference - Outcome and Revised Plan - Tobi and Zara Okwuosa",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "check_vmerge": 4,
    "template": "rcpc-record-docx-landscape-decision-who-took-part-views-safety-scale-then-revised-plan-outcome-and-target-cell-merged-down-what-we-will-do-lead-when-evidence-of-progress-where-are-we-now-columns-contingency-meetings-change-log",
    "description": (
        "Exemplary record of the first review conference for an 8-year-old and a 5-year-old after "
        "their father's violence when drunk; he has moved out under a non-molestation order and sees "
        "them on Saturdays at his mother's flat, supervised by her. A landscape Word record opens "
        "with the decision, who took part, the children's and parents' views and a safety scale "
        "then and now, then restates the plan in a table whose first column merges each outcome and "
        "its target ('what good looks like') down beside its actions, with an 'Evidence of progress' "
        "column (the grandmother's measure was revised at the review from 'contact monitored' to a "
        "signed contact sheet) beside a 'Where are we now?' column; moved dates, a change of social "
        "worker, a new action, and closed actions only in the change log. The alcohol service "
        "reports on change, the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference: Outcome and Revised Plan"),
        ("p", "Gaddingmere Borough Council · Children's Services · Family Safeguarding Service (East)"),
        ("kv", [
            ("Children", "Tobi Okwuosa (8), DOB 19/04/2017, Year 4; Zara Okwuosa (5), DOB 02/07/2020, Reception "
                         "– both at St Aldhelm's Primary"),
            ("Lives with", "Precious Okwuosa (Mum, 33), 14 Marlpit Road, Gaddingmere GD7 3RS"),
            ("Father", "Daniel Okwuosa (36), living at 3 Ferry Lane, Gaddingmere since 16/08/2025; "
                       "non-molestation order protecting Precious until 26/08/2026"),
            ("Paternal grandmother", "Grace Okwuosa, Flat 6 Wyvern House, Gaddingmere (supervises Saturday contact)"),
            ("Category", "Emotional abuse (both children)"),
            ("Initial conference", "09/09/2025"),
            ("This conference", "First review, Tuesday 02/12/2025, Gaddingmere Civic Offices. Chair: Hannah "
                                "Ibbotson (IRO)"),
            ("Social worker", "Amaka Lowe from 17/11/2025 (was Tom Ferris); team manager: Colin Whitby"),
        ]),
        ("h1", "Conference decision"),
        ("p", "Tobi and Zara will remain subject to child protection plans under the category of emotional "
              "abuse. The conference agreed that the children are safer than in September: there have been no "
              "police call-outs since Daniel moved out, contact has gone ahead safely every Saturday and "
              "Daniel's breath tests have all been clear. The plan continues because the perpetrator programme "
              "is only part-way through, Zara is still late and anxious in the mornings, and Tobi is still "
              "sleeping in his mum's bed most nights because of his worries."),
        ("h1", "Who took part"),
        ("p", "Hannah Ibbotson (IRO, chair); Amaka Lowe (SW) and Tom Ferris (previous SW, for the handover); "
              "Precious Okwuosa; Daniel Okwuosa (for the first part of the meeting only, by agreement with "
              "Precious); Grace Okwuosa; DC Helen Brough (Gaddingmere Police Domestic Abuse Unit); Shanice "
              "Barlow (IDVA); Joel Ansah (Gaddingmere Community Alcohol Team); Mr Ifan Roberts (DSL, St "
              "Aldhelm's Primary); Jade Whitton (family support worker). Apologies with a written report: "
              "Tasha Morley (speech and language therapist)."),
        ("h1", "What Tobi and Zara want us to know"),
        ("p", "Tobi (seen on his own at school, 25/11/2025): “It's quieter at home now. I like Saturdays at "
              "Nana Grace's because Dad plays FIFA with me and he doesn't smell of beer. At night I still think "
              "Dad might come back and shout, so I sleep with Mum.” On his scale of how safe home feels he gave "
              "7 out of 10; in September it was 3."),
        ("p", "Zara (seen at home with her drawings, 27/11/2025) drew her family with everyone smiling and "
              "Daddy “at Nana's house”. She said she doesn't like the mornings “because Mummy rushes” and that "
              "her tummy hurts before school. Her teacher says she cries at the classroom door on about two "
              "mornings a week but settles within ten minutes."),
        ("h1", "What Precious and Daniel said"),
        ("p", "Precious said the house feels calmer and she has started to sleep, but she is frightened of what "
              "will happen when the order ends in August. She wants the Freedom Programme to start in January "
              "as planned. Daniel said he has not had a drink since September, wants more time with the "
              "children, and understands that contact stays at his mother's for now."),
        ("h1", "Safety scale"),
        ("p", "Question agreed at the initial conference: “On a scale of 0 to 10, where 10 means everyone is "
              "sure Tobi and Zara are safe from violence and shouting at home and 0 means they are not safe at "
              "all, where are we?” Initial conference 09/09/2025: 3/10. Today: 6/10 (agreed by Precious, the "
              "SW, the school, the police and the IDVA; Daniel said 8)."),
        ("h1", "The revised plan"),
        ("p", "Agreed at the review conference on 02/12/2025. The first column gives each outcome and its "
              "target: what good will look like for the children by the second review. “Evidence of progress” "
              "is how the core group will know each action is working. “Where are we now?” is the update given "
              "at today's conference. Where a date or an owner changed today, the old one is shown. Closed "
              "actions are listed in the change log at the end and are not part of the live plan."),
        ("table", {
            "header": ["Outcome for Tobi and Zara, and the target (what good looks like)", "What we will do",
                       "Lead", "When", "Evidence of progress", "Where are we now?"],
            "widths": [4.6, 5.6, 3.6, 3.7, 4.6, 3.6],
            "rows": [
                ["A. Tobi and Zara live at home without seeing, hearing or being hurt by violence or shouting "
                 "between adults.\nTarget: no incident at home reported to the police or the school before the "
                 "second review; both children rate home 8/10 or more.",
                 "A1. Visit Tobi and Zara at home, one visit a month unannounced, and see each child on their "
                 "own",
                 "Amaka Lowe, SW (from 17/11/2025; was Tom Ferris)",
                 "Every two weeks until the second review conference (revised today – was weekly)",
                 "Visit records show each child seen alone at every visit, with their words and their score "
                 "out of 10 written down",
                 "On track – 12 of 12 weekly visits since the ICPC; Tobi 7/10 on 25/11"],
                [V,
                 "A2. Keep the marker on 14 Marlpit Road and tell the SW of any call-out involving Daniel or "
                 "the family",
                 "DC Helen Brough, Gaddingmere Police Domestic Abuse Unit",
                 "By 9am on the next working day after any call-out, until the order ends on 26/08/2026",
                 "Notification on the children's case file within one working day of any call-out; marker "
                 "confirmed by email to the SW by 09/12/2025",
                 "No call-outs since 14/08/2025"],
                [V,
                 "A3. Safety planning sessions with Precious, including what she and the children will do if "
                 "Daniel turns up at the house",
                 "Shanice Barlow, IDVA, Gaddingmere Domestic Abuse Service",
                 "Every two weeks until 27/01/2026, then monthly",
                 "Written safety plan signed by Precious and copied to the SW by 16/12/2025; session dates "
                 "sent to the SW each month",
                 "Six sessions held; plan to be rewritten now Daniel has moved"],
                [V,
                 "A4. Attend the Safer Relationships perpetrator programme and complete the work set between "
                 "sessions",
                 "Daniel Okwuosa (Dad); facilitator Mark Pendle reports to the SW",
                 "Thursdays, 24 weeks, 02/10/2025 to 12/03/2026",
                 "Attendance report from Mark Pendle after every sixth session; end-of-programme report to "
                 "the core group on 24/03/2026",
                 "Partly – 8 of 9 sessions (one missed, ill, with a note)"],
                [V,
                 "A5. NEW today: six sessions with Tobi about his night-time worries, using a worry book he "
                 "keeps",
                 "Mrs Lorna Pike, learning mentor, St Aldhelm's Primary",
                 "Wednesdays, six weeks from 10/12/2025",
                 "Session notes and Tobi's worry book shared with the SW; by the sixth session Tobi sleeps in "
                 "his own bed on at least five nights a week (Precious's sleep chart)",
                 "New"],
                ["B. Tobi and Zara see their dad safely, at times they can count on, and come home calm.\n"
                 "Target: every Saturday contact takes place as planned, supervised from start to finish, with "
                 "Daniel sober; both children say they enjoy it.",
                 "B1. Supervise Daniel's time with Tobi and Zara at her flat, staying in the room for the whole "
                 "visit",
                 "Grace Okwuosa (paternal grandmother)",
                 "Every Saturday, 10am to 1pm",
                 "Revised today: Grace signs the contact sheet after each visit and texts the SW the same "
                 "afternoon (replaces “contact monitored by Grace”)",
                 "On track – 12 of 12 Saturdays; one ended early when Zara was poorly"],
                [V,
                 "B2. Key-work with Daniel and a breath test before each contact weekend, with a written view "
                 "on whether he is keeping off alcohol and how long that change is likely to last",
                 "Joel Ansah, recovery worker, Gaddingmere Community Alcohol Team",
                 "Every Friday; report two working days before each core group",
                 "Breath test results and Joel's written report on the SW's file before every core group",
                 "On track – 11 of 11 tests read zero"],
                [V,
                 "B3. Drink no alcohol from 6pm on Friday until Saturday contact has ended",
                 "Daniel Okwuosa (Dad)",
                 "Every Friday and Saturday",
                 "Friday breath test reads zero; Grace records on the contact sheet that Daniel was sober",
                 "On track"],
                ["C. Tobi and Zara get to school every day, on time, and settle to learn.\nTarget: attendance "
                 "of 95% or more each half-term; Zara in class without tears on most mornings; Zara's speech "
                 "where it should be for her age by July 2026.",
                 "C1. Check both children's attendance and how they arrive, and phone the SW the same day about "
                 "any absence without a reason",
                 "Mr Ifan Roberts, DSL, St Aldhelm's Primary",
                 "Every school day",
                 "Attendance figures emailed to the SW every Friday; same-day calls logged on CPOMS",
                 "Tobi 96%, Zara 93% this half-term"],
                [V,
                 "C2. Walk Tobi and Zara to school so they are in the playground before the 8.45am bell",
                 "Precious Okwuosa (Mum)",
                 "Every school day",
                 "School register shows both children in before the bell; no more than one late mark each "
                 "half-term",
                 "Partly – Zara late four times this half-term"],
                [V,
                 "C3. Assess Zara's speech and set a home and school programme",
                 "Tasha Morley, speech and language therapist, Gaddingmere Children's Therapies",
                 "Originally by 31/10/2025 → now by 16/01/2026 (waiting list)",
                 "Assessment report and programme sent to Precious, the school and the SW by 16/01/2026",
                 "Not started – appointment offered for 08/01/2026"],
                ["D. Tobi and Zara are looked after by a mum who knows how to keep them safe, and they know "
                 "who to go to if they are frightened.\nTarget: both children can name two safe adults and show "
                 "the SW their safety card; Precious can say what she would do if Daniel came to the house.",
                 "D1. Complete the 12-week Freedom Programme so that she can spot controlling behaviour and "
                 "protect Tobi and Zara from it",
                 "Precious Okwuosa (Mum); place booked by Jade Whitton, family support worker",
                 "Mondays, 12 weeks from 05/01/2026",
                 "Programme register shows 10 or more sessions attended; facilitator's end-of-course letter "
                 "to the SW",
                 "Place confirmed for 05/01/2026"],
                [V,
                 "D2. Make a safety card with each child: who to ring, where to go and the family code word",
                 "Jade Whitton, family support worker",
                 "By 19/12/2025 (first set for 31/10/2025; moved because Jade started on 03/11/2025)",
                 "Cards on the fridge and in Tobi's bag; at the next visit each child can tell the SW who they "
                 "would go to",
                 "Carried forward with the new date"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Daniel comes to Marlpit Road or contacts Precious in breach of the order, or either child says "
              "he has been drinking at contact: Precious will call 999 and the police will attend; Amaka (or the "
              "duty SW) will see the children the same day; Saturday contact will stop until a strategy "
              "discussion has been held, within one working day."),
        ("p", "If Grace cannot supervise a Saturday (she is ill or away) or tells the SW she cannot manage "
              "Daniel, contact will not take place that weekend: Grace will tell the SW by 5pm on the Friday, and "
              "Amaka will arrange supervised contact at the Gaddingmere Family Centre within seven days."),
        ("p", "If Precious lets Daniel back into the house, if there is another incident of violence, or if "
              "Daniel has two breath tests that are not zero before the second review, Amaka will ask Colin "
              "Whitby for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.45pm at St Aldhelm's Primary: 13/01/2026, 24/02/2026, "
            "07/04/2026 and 19/05/2026.",
            "Second review child protection conference: Tuesday 02/06/2026, 10am, Gaddingmere Civic Offices.",
            "Amaka will see Tobi and Zara before each core group and bring their words and scores to it.",
        ]),
        ("h1", "Change log"),
        ("bullets", [
            "02/12/2025 – A1 frequency changed from weekly to every two weeks.",
            "02/12/2025 – A5 added.",
            "02/12/2025 – B1 measure revised (was “contact monitored by Grace”).",
            "02/12/2025 – C3 and D2 dates moved, as shown.",
            "Closed: “Refer Daniel to the Community Alcohol Team” – completed 22/09/2025.",
            "Closed: “Apply to Gaddingmere Homes to move Precious and the children to a safer address” – no "
            "longer needed because Daniel has moved out and Precious wants to stay; closed today.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 3, a fortnight before the first review conference. Baby and
#    toddler, mother's postnatal depression, father's cannabis use,
#    grandmother helping. Landscape Word record with a "For outcome" column
#    and a "RAG with comment" column; one closed row kept. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_greavesholt_core_group_three_rag_comment_column_fairbairn.docx",
    "doc_title": "Core Group 3 - Updated Child Protection Plan - Ella and Mason Fairbairn",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "core-group-3-record-docx-landscape-details-list-updates-by-agency-childrens-lived-experience-outcomes-numbered-then-action-table-no-action-for-outcome-who-by-when-how-well-know-rag-with-comment-closed-row-kept-then-contingency-review-and-legal-planning-next-meetings",
    "description": (
        "Core group 3 record for a 7-month-old and a 2-year-old, a fortnight before the first "
        "review conference; the mother has postnatal depression and the father smokes cannabis, and "
        "the maternal grandmother helps every weekday morning and on Saturday nights. A landscape "
        "Word record with agency updates, the children's lived experience and numbered outcomes, then "
        "an action table with 'For outcome' and 'RAG with comment' columns and one closed row kept. "
        "Most rows are sound (weekly visits, fortnightly weighs, the drug service's reports on "
        "change, the GP's letters). Faults: the perinatal team only keeps seeing the mother, "
        "measured by letters of attendance; the grandmother's mornings have an empty measure and "
        "only a RAG comment; the nursery application is 'Carried forward' with no new date; safe "
        "sleep is owned by 'Family'; the speech assessment's 'New date TBC'; the family support "
        "worker measured by 'Engagement'; an outcome about the mother only; a contingency with no "
        "trigger but 'further concerns' and only a meeting as a response, and nothing about the "
        "grandmother's help failing."
    ),
    "blocks": [
        ("title", "Core Group Meeting 3 and Updated Plan"),
        ("p", "Greavesholt City Council – Children's Social Care – Safeguarding and Assessment Team 2"),
        ("kv", [
            ("Children", "Ella Fairbairn, born 28/05/2025 (7 months); Mason Fairbairn, born 11/08/2023 (2 years)"),
            ("Address", "41 Pexton Walk, Greavesholt GV2 9HN"),
            ("Mother", "Leah Fairbairn (24)"),
            ("Father", "Kyle Dunn (27), lives with Leah and the children"),
            ("Maternal grandmother", "Janet Fairbairn, 9 Pexton Walk"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "21/10/2025"),
            ("This meeting", "Core group 3, Tuesday 06/01/2026, 1.30pm, Pexton Children's Centre"),
            ("Present", "Kirsty Lomas (SW, chair); Leah Fairbairn; Kyle Dunn; Janet Fairbairn; Carla Brindley "
                        "(HV); Sanjay Mistry (Greavesholt Drug and Alcohol Service); Lisa Hanley (family support "
                        "worker)"),
            ("Apologies", "Dr Imogen Shaw (Perinatal Mental Health Team); Dr Paul Okoye (GP), letter sent"),
        ]),
        ("h1", "1. Updates since core group 2 (02/12/2025)"),
        ("p", "Kirsty (SW): four weekly visits, one unannounced. Ella's cot was made up each time. On 16/12/2025 "
              "the living room smelled of cannabis; Kyle said he had smoked in the garden. Mason's nappies were "
              "changed and there was food in the house each time."),
        ("p", "Carla (HV): Ella dropped from the 25th to the 9th centile in November and has climbed back to just "
              "under the 25th at the last two weighs. Mason has about ten words and does not yet put two words "
              "together."),
        ("p", "Sanjay (Drug and Alcohol Service): Kyle has kept five of six Thursday sessions. His screen on "
              "16/12/2025 was positive for cannabis; the screens on 23/12/2025 and 30/12/2025 were negative."),
        ("p", "Leah said she is sleeping better on her new tablets and that her mum coming every morning “makes "
              "the difference”. Janet said she can keep coming until at least Easter."),
        ("h1", "2. Ella and Mason's lived experience"),
        ("p", "Ella is 7 months old. On 30/12/2025 she was alert and smiley, reached for Leah and settled on her "
              "shoulder; she was fed on time during the visit. On the unannounced visit on 16/12/2025 she was in "
              "her bouncer in a room that smelled of smoke and cried for twenty minutes before she was picked up."),
        ("p", "Mason, 2, ran to the door to show the SW his new wellies and said “Nana” and “park”. Janet says he "
              "is “a different boy” on Sunday mornings after his sleepover, and nursery staff at the stay-and-play "
              "say he plays alongside other children for longer now."),
        ("h1", "3. Outcomes agreed at the initial conference"),
        ("numbers", [
            "Ella and Mason are fed, clean and warm every day, and both grow and develop well.",
            "Ella and Mason are cared for by adults who are not under the influence of cannabis.",
            "Leah feels less low and is coping better day to day.",
            "Mason's talking and play come on, and he has time with other children his age.",
        ]),
        ("h1", "4. The plan, updated at core group 3"),
        ("p", "RAG with comment is the position at this meeting: Green – on track; Amber – partly done or late; "
              "Red – not done or not happening; Closed – finished."),
        ("table", {
            "header": ["No.", "Action", "For outcome", "Who", "By when", "How we'll know",
                       "RAG with comment (core group 3)"],
            "widths": [1.0, 5.6, 1.8, 3.6, 3.4, 5.0, 5.3],
            "rows": [
                ["1",
                 "Visit Ella and Mason at home, at least one visit in four unannounced, and check where Ella "
                 "sleeps",
                 "1, 2", "Kirsty Lomas, SW",
                 "Weekly until the review conference on 20/01/2026",
                 "Visit records show both children seen every week and Ella's cot seen made up",
                 "Green – 11 of 11 visits since the ICPC"],
                ["2",
                 "Weigh Ella and check Mason's growth and development at home",
                 "1, 4", "Carla Brindley, HV",
                 "Every two weeks",
                 "Weights plotted in the red book; Ella back on or above the 25th centile by the review",
                 "Amber – Ella dipped to the 9th in November, now just under the 25th"],
                ["3",
                 "Give Ella her feeds at the times on her feeding chart and fill the chart in after each feed",
                 "1", "Leah Fairbairn (Mum)",
                 "Every feed, day and night",
                 "Chart checked by the HV at each visit: no gap of more than four hours between feeds",
                 "Green – chart kept since 04/11/2025"],
                ["4",
                 "Perinatal mental health team to keep seeing Leah fortnightly for her medication and talking "
                 "sessions",
                 "3", "Dr Imogen Shaw, Greavesholt Perinatal Mental Health Team",
                 "Fortnightly",
                 "Appointment letters copied to the SW",
                 "Green – Leah has been to every appointment"],
                ["5",
                 "Review Leah's antidepressant and send the SW a copy of each review letter",
                 "3", "Dr Paul Okoye, GP, Pexton Road Surgery",
                 "Every four weeks; next 13/01/2026",
                 "GP letter on the SW's file after each review",
                 "Green"],
                ["6",
                 "Do not smoke cannabis in the house, in the garden or while caring for Ella and Mason",
                 "2", "Kyle Dunn (Dad)",
                 "Every day from 21/10/2025",
                 "Urine screens at the Drug and Alcohol Service are negative; no smell of cannabis at any SW or "
                 "HV visit",
                 "Red – positive screen 16/12/2025; two negative since"],
                ["7",
                 "Key-work with Kyle, urine screens, and a written report to each core group on whether he is "
                 "making the changes Ella and Mason need and how long that is likely to take",
                 "2", "Sanjay Mistry, recovery worker, Greavesholt Drug and Alcohol Service",
                 "Every Thursday; report two working days before each core group",
                 "Written report with all screen results on the SW's file before every core group",
                 "Green – reports received for all three core groups"],
                ["8",
                 "Come to the house at 8am to help Leah get Ella and Mason up, fed and dressed",
                 "1, 3", "Janet Fairbairn (maternal grandmother)",
                 "Monday to Friday",
                 "",
                 "Green – Janet has been every weekday; Leah says mornings are much easier"],
                ["9",
                 "Have Mason for a sleepover every Saturday night so that Leah and Ella can get a full night",
                 "1, 4", "Janet Fairbairn (maternal grandmother)",
                 "Every Saturday, 5pm to Sunday 11am",
                 "Janet's diary of each sleepover, seen by the SW at the first visit of the month",
                 "Green"],
                ["10",
                 "Apply for a funded two-year-old place for Mason at Little Wrens Nursery",
                 "4", "Kirsty Lomas, SW",
                 "Carried forward",
                 "Place confirmed in writing by Little Wrens; register shows Mason at three sessions a week",
                 "Amber – the form was sent back for a signature"],
                ["11",
                 "Make sure Ella sleeps on her back in her own cot and that nobody smokes in the bedroom",
                 "1, 2", "Family",
                 "Every sleep",
                 "Cot seen made up and no smell of smoke in the bedroom at each SW and HV visit",
                 "Amber – smell of smoke downstairs on 16/12/2025"],
                ["12",
                 "Assessment of Mason's speech and a programme for home",
                 "4", "Hayley Ross, speech and language therapist, Greavesholt Children's Therapy",
                 "New date TBC",
                 "Assessment report and home programme sent to Leah and the SW",
                 "Amber – December appointment cancelled by the service"],
                ["13",
                 "Weekly visits to help Leah plan the week's meals and shopping on her budget",
                 "3", "Lisa Hanley, family support worker",
                 "Every Tuesday morning",
                 "Engagement with the family support worker",
                 "Green"],
                ["14",
                 "Refer Leah to the Perinatal Mental Health Team",
                 "3", "Dr Paul Okoye, GP",
                 "By 28/10/2025",
                 "Referral acceptance letter on file",
                 "Closed – completed 27/10/2025"],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("p", "If there are any further concerns about Ella's or Mason's care, the core group will meet to "
              "discuss next steps and the plan will be looked at again."),
        ("h1", "6. Review conference and legal planning"),
        ("p", "The first review child protection conference is on Tuesday 20/01/2026 at 10am at Greavesholt "
              "Civic Centre. If by the review Ella's weight and the home have not improved enough, Kirsty will ask "
              "her team manager, Tariq Hussain, for a legal planning meeting."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Pexton Children's Centre; next on 03/02/2026.",
            "Kirsty will see Mason and Ella before the review and describe their days to the conference.",
        ]),
    ],
    "findings": [
        F("F002", "Leah feels less low and is coping better day to day."),
        F("H001", "keep seeing Leah fortnightly for her medication and talking sessions"),
        F("M001", "help Leah get Ella and Mason up, fed and dressed"),
        F("T001", "Apply for a funded two-year-old place for Mason"),
        F("W002", "Make sure Ella sleeps on her back in her own cot"),
        F("T002", "Assessment of Mason's speech and a programme for home"),
        F("M002", "help Leah plan the week's meals and shopping on her budget"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Transfer-in conference after a move from another council, mother's
#    alcohol dependence, a 14-year-old young carer and her brother. Word
#    printed to PDF with a page header and footer: the previous council's
#    plan restated with "Who now (was)", moved dates, a "Target / what good
#    looks like" column and a "Since the move" column. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_glimsworth_transfer_in_target_good_looks_like_since_move_tregarthen.pdf",
    "doc_title": "Transfer-in Child Protection Conference - Plan - Kiera and Alfie Tregarthen",
    "split": "tune",
    "actions": 10,
    "landscape": True,
    "header": "OFFICIAL – SENSITIVE · Glimsworth Borough Council · Transfer-in Child Protection Plan",
    "footer": "Tregarthen – plan agreed 11/02/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "transfer-in-conference-plan-word-printed-to-pdf-landscape-page-header-footer-details-list-how-the-family-came-what-changed-with-the-move-views-outcomes-then-restated-plan-who-now-was-when-moved-target-what-good-looks-like-since-the-move-columns-done-at-transfer-list-contingency-legal-meetings",
    "description": (
        "Exemplary plan from a transfer-in conference for a 14-year-old girl who had been caring for "
        "her mother and a 6-year-old brother, after the family moved from Tamberley County Council "
        "to Glimsworth in December; the mother is alcohol dependent. A landscape Word plan printed "
        "to PDF with a page header and footer restates the previous council's plan: each row names "
        "who now leads it and who led it in Tamberley, keeps moved dates beside the first ones, and "
        "has a 'Target / what good looks like' column beside a 'Since the move' update column; two "
        "rows are new and work finished at the handover is listed apart. No action waits on the "
        "move. The alcohol service reports on change and the GP owns an action; legal planning "
        "follows named triggers, core group and review dates are set; both children's words are "
        "recorded."
    ),
    "blocks": [
        ("title", "Transfer-in Child Protection Conference: the Plan"),
        ("kv", [
            ("Children", "Kiera Tregarthen (14), DOB 09/03/2011, Year 9, Glimsworth Academy; Alfie Tregarthen "
                         "(6), DOB 22/06/2019, Year 2, Hollins Lane Primary"),
            ("Address", "17 Quarry Bank, Glimsworth GW4 1TD (since 12/12/2025)"),
            ("Mother", "Jade Tregarthen (38)"),
            ("Fathers", "Kiera's father, Paul Ross, lives in Dundee (phone calls on Sundays); Alfie's father has "
                        "had no contact since 2021"),
            ("Category", "Neglect (both children), from the initial conference in Tamberley on 15/10/2025"),
            ("This conference", "Transfer-in conference, Wednesday 11/02/2026, Glimsworth Civic Hall. Chair: "
                                "Simon Achterberg (IRO)"),
            ("Social worker", "Abena Mensah, Glimsworth Safeguarding Team 3, from 05/01/2026 (was Rhys Lannon, "
                              "Tamberley); team manager: Louise Crake"),
        ]),
        ("h1", "How the family came to Glimsworth"),
        ("p", "Jade moved with the children to a housing association flat near her work in December 2025. "
              "Tamberley County Council had made the children subject to plans under neglect in October: Jade was "
              "drinking most evenings and some mornings, Alfie was often late, hungry and in dirty clothes, and "
              "Kiera was getting him up, taking him to school and cooking tea. Tamberley's plan carried on until "
              "today; Rhys Lannon and Abena visited together on 05/01/2026 and the core group in Tamberley met on "
              "13/01/2026 with Glimsworth staff joining by video."),
        ("h1", "What has changed with the move"),
        ("bullets", [
            "Jade completed a community alcohol detox with Tamberley Recovery Hub in November and was "
            "prescribed acamprosate. She has had 4 of 4 sessions and four zero breath tests with Glimsworth "
            "Alcohol and Drug Service since 12/01/2026.",
            "Alfie's attendance at Hollins Lane since 05/01/2026 is 94%; he has arrived fed and in clean "
            "uniform on every day but two.",
            "Kiera still takes Alfie to school on three mornings a week because her school is on the way.",
            "Alfie's hearing and eye checks, first due by 31/12/2025, were not done before the move and have "
            "a new date.",
        ]),
        ("h1", "What Kiera and Alfie say"),
        ("p", "Kiera (seen on her own at school, 03/02/2026): “The new flat is better and Mum's not drinking, "
              "I can tell because she's up before me. I still do Alfie's breakfast on Mondays because Mum goes "
              "to her appointment. I don't want to go back to how it was. I want to join the netball club but I "
              "haven't got time.” On how safe home feels she gave 7 out of 10; in Tamberley in October it was 4."),
        ("p", "Alfie (seen at home with his Lego, 06/02/2026): he said his new bedroom is “the best one” and "
              "that Mum makes pancakes on Saturdays. When asked who helps him in the mornings he said “Kiera, "
              "and Mum sometimes”. He said he misses his old friend Josh."),
        ("h1", "What Jade says"),
        ("p", "Jade said the move was a fresh start and she does not want Kiera “to be the mum any more”. She "
              "asked for help with a morning routine and with money, and agreed to breath tests at home visits."),
        ("h1", "Outcomes for Kiera and Alfie"),
        ("numbers", [
            "Kiera and Alfie are cared for every day by a sober adult who gets Alfie up, fed and to school.",
            "Kiera no longer looks after her mum or Alfie, and has time for her own friends and clubs.",
            "Alfie goes to school every day, on time, clean and fed, and his health checks are up to date.",
            "Both children know who to call if their mum has been drinking, and are safe that day when they do.",
        ]),
        ("h1", "The plan, restated at the transfer-in conference"),
        ("p", "Each row is Tamberley's action, restated with the Glimsworth lead; the lead in Tamberley is shown "
              "in brackets. Where a date has moved, the first date is shown. “Target / what good looks like” is "
              "how the core group will know the action is working. “Since the move” is the update given today. "
              "Work finished at the handover is listed under the table and is not part of the live plan."),
        ("table", {
            "header": ["No.", "What will happen", "Who now (was)", "When", "Target / what good looks like",
                       "Since the move"],
            "widths": [1.0, 6.0, 4.4, 3.9, 5.6, 4.8],
            "rows": [
                ["1",
                 "Visit Kiera and Alfie at home, one visit in three unannounced, and see each child on their own",
                 "Abena Mensah, SW (was Rhys Lannon, Tamberley)",
                 "Weekly until the review conference on 12/05/2026",
                 "Visit records show both children seen alone every week, with their words and Kiera's score "
                 "out of 10 written down",
                 "Five visits since 05/01/2026, one unannounced; joint handover visit with Rhys"],
                ["2",
                 "Key-work and breath tests with Jade, and a written view for each core group on whether she is "
                 "making the changes Kiera and Alfie need and how long that is likely to take",
                 "Nadia Fenwick, recovery worker, Glimsworth Alcohol and Drug Service (was Tamberley Recovery "
                 "Hub)",
                 "Every Monday; report two working days before each core group",
                 "Report with every breath test result on the SW's file before each core group",
                 "Transferred 12/01/2026; four sessions, four zero readings"],
                ["3",
                 "Drink no alcohol while Kiera and Alfie are in her care, take her acamprosate every day and "
                 "blow into the breathalyser at SW visits",
                 "Jade Tregarthen (Mum)",
                 "Every day",
                 "Breath tests at key-work and at SW visits read zero; the pharmacy's record shows each week's "
                 "tablets collected",
                 "All readings zero since the detox"],
                ["4",
                 "Register the family at Millbrook Surgery, prescribe Jade's acamprosate, and send the SW her "
                 "alcohol history and any missed appointments",
                 "Dr Farah Quadri, GP, Millbrook Surgery (was Dr Neil Hale, Tamberley)",
                 "History letter by 27/02/2026; prescription every four weeks",
                 "GP letter on the SW's file by 27/02/2026; repeat prescriptions issued on the due dates",
                 "All three registered 14/01/2026"],
                ["5",
                 "Check Kiera's attendance and lateness and give her a check-in with a trusted adult of her "
                 "choice",
                 "Mrs Dawn Keel, DSL, Glimsworth Academy (was Mr Ash Tiller, Tamberley High)",
                 "Every school day; check-in every Monday",
                 "Attendance emailed to the SW each Friday: 95% or more each half-term; check-ins logged on "
                 "CPOMS",
                 "97% since 05/01/2026; Kiera chose Miss Obi"],
                ["6",
                 "Young carer's assessment with Kiera and a place at the Tuesday young carers' group, so that "
                 "she has time of her own",
                 "Ryan Goss, Glimsworth Young Carers (was Tamberley Young Carers)",
                 "Assessment by 13/03/2026 (first set for 30/11/2025)",
                 "Kiera's young carer's plan sent to the SW; the group register shows her there at least three "
                 "Tuesdays in four",
                 "Referral accepted 20/01/2026"],
                ["7",
                 "Check Alfie's attendance and whether he arrives fed and in clean uniform, and phone the SW the "
                 "same day with any worry",
                 "Mr Kwame Boateng, DSL, Hollins Lane Primary (was Mrs Pru Dance, Tamberley St Mary's)",
                 "Every school day",
                 "Weekly attendance email to the SW; the arrival checklist and any same-day calls logged on "
                 "CPOMS",
                 "94%; two days in dirty uniform, both reported"],
                ["8",
                 "See Alfie for his hearing and eye checks and book any follow-up he needs",
                 "Lucy Barnes, school nurse, Glimsworth School Nursing (was Tamberley School Nursing)",
                 "Originally by 31/12/2025 → now by 20/03/2026",
                 "Results sent to Jade and the SW; any follow-up appointment booked and kept",
                 "Booked for 04/03/2026 at school"],
                ["9",
                 "NEW: work with Jade on a morning routine and a weekly food budget so that Alfie is fed and at "
                 "school by 8.50am without Kiera doing it",
                 "Mia Carver, family support worker, Glimsworth Early Help",
                 "Weekly, eight sessions from 17/02/2026",
                 "Alfie's register shows him in on time; at each visit the SW records who got Alfie ready, and "
                 "by the eighth session Kiera does it on no more than one morning a week",
                 "New today"],
                ["10",
                 "NEW: four sessions of direct work with Kiera about her mum's drinking and her own worries, "
                 "using the “My Mum, Me” workbook",
                 "Abena Mensah, SW",
                 "By 24/04/2026",
                 "Kiera's workbook pages kept on file, and her own words brought to the review conference",
                 "New today"],
            ],
        }),
        ("boldp", "Finished at the handover (not part of the live plan)"),
        ("bullets", [
            "Tamberley's case records and chronology received by Glimsworth on 02/02/2026 – closed.",
            "Community alcohol detox for Jade, Tamberley Recovery Hub – completed 28/11/2025, closed.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Jade has been drinking while caring for the children (a breath test that is not zero, a call "
              "from Kiera, or the school smelling alcohol on her), Abena or the out-of-hours team will visit "
              "within two hours. If Jade is under the influence, Kiera and Alfie will be cared for together by "
              "Glimsworth foster carers that night, and a strategy discussion will be held the next working day."),
        ("p", "Kiera has Abena's number and the out-of-hours number saved in her phone, and will ring either if "
              "her mum has been drinking or Alfie is left without an adult. Kiera will not be asked to look after "
              "Alfie on her own overnight."),
        ("p", "If Jade has two breath tests that are not zero before the review, or Alfie's attendance falls "
              "below 90% in any half-term, or Nadia Fenwick's report says Jade cannot make the changes within the "
              "children's timescale, Abena will ask Louise Crake for a legal planning meeting within 5 working "
              "days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 4pm at Hollins Lane Primary: 25/02/2026, 25/03/2026 "
            "and 22/04/2026.",
            "Review child protection conference: Tuesday 12/05/2026, 1.30pm, Glimsworth Civic Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Second review conference that escalates to a legal planning meeting,
#    a 10-year-old autistic boy who does not speak, his father's depression,
#    an aunt helping. Word printed to PDF with a page header and footer:
#    decision first, scores then and now, then one table per outcome with
#    the outcome in a banner row, an "Update from core group 5" column and a
#    keyed "How we will know" row at the foot. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_gowansby_rcpc_two_escalation_keyed_how_we_know_rows_pitcairn.pdf",
    "doc_title": "Second Review Child Protection Conference - Record and Plan - Kai Pitcairn",
    "split": "tune",
    "actions": 12,
    "header": "Gowansby Council · Children with Disabilities Team · OFFICIAL-SENSITIVE",
    "footer": "Kai Pitcairn – second review conference 24/02/2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "rcpc2-record-word-printed-to-pdf-page-header-footer-decision-and-escalation-first-who-came-kais-communication-and-views-dad-and-aunt-views-scores-then-now-table-then-one-table-per-outcome-banner-row-ref-action-who-when-update-from-core-group-5-keyed-how-we-will-know-foot-row-closed-table-contingency-legal-meetings",
    "description": (
        "Exemplary record of the second review conference for a 10-year-old autistic boy who does "
        "not speak (he uses PECS, Makaton and his own signs), cared for by his father, who has "
        "depression; his paternal aunt has him on Saturdays. The record opens with the decision: "
        "progress is not enough in two areas (home conditions and school attendance), so a legal "
        "planning meeting is booked. Then the boy's communication and views, his father's and aunt's "
        "views, and the chair's scores then and now; the plan follows as one table per outcome, with "
        "the outcome in a banner row, an 'Update from core group 5' column, and the measure of each "
        "action given by its number in a 'How we will know' row at the foot of the table; a "
        "frequency revised, a new short breaks action, and closed actions kept in their own table. "
        "The CMHT reports on the father's capacity to change, the GP owns an action, the aunt's part "
        "has a fallback, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Second Review Child Protection Conference: Record and Plan"),
        ("kv", [
            ("Child", "Kai Pitcairn (10), DOB 30/01/2016, Gowansby Brook School (special school, Year 5)"),
            ("Lives with", "Stuart Pitcairn (Dad, 44), 5 Tollgate Terrace, Gowansby GW9 2PL"),
            ("Mother", "Anna Pitcairn, lives in Valencia; video calls on Sundays"),
            ("Paternal aunt", "Fiona Pitcairn, 28 Lindum Drive, Gowansby (has Kai on Saturdays)"),
            ("Category", "Neglect"),
            ("Plan history", "Initial conference 12/08/2025; first review 04/11/2025; this conference (second "
                             "review) Tuesday 24/02/2026. Chair: Moira Eccleston (IRO)"),
            ("Social worker", "Helen Garside (team manager: Paul Rennard)"),
        ]),
        ("h1", "1. Decision"),
        ("p", "Kai will remain subject to a child protection plan under the category of neglect. The conference "
              "heard real progress in Kai's health care and in Stuart's mood since he began seeing the Community "
              "Mental Health Team. Progress is not enough in two areas: the state of the house, which is again "
              "below the standard agreed in November, and Kai's school attendance, which is 84% this term. "
              "Because of this, the chair asked Paul Rennard for a legal planning meeting. It is booked for "
              "Tuesday 10/03/2026, to decide whether the threshold for pre-proceedings under the Public Law "
              "Outline is met. Stuart was told this at the conference and given a list of local solicitors."),
        ("h1", "2. Who came"),
        ("p", "Moira Eccleston (IRO, chair); Helen Garside (SW); Stuart Pitcairn; Fiona Pitcairn; Gemma Lyall "
              "(care co-ordinator, Gowansby Community Mental Health Team); Mrs Rhona Elliot (DSL, Gowansby Brook "
              "School); Emma Doyle (speech and language therapist); Owen Marsh (family support worker); Sunita Rai "
              "(manager, Larchfield House short breaks). Apologies with a report: Dr Alan Brice (GP)."),
        ("h1", "3. Kai's communication and views"),
        ("p", "Kai does not use speech. He uses a PECS book, about twenty Makaton signs and his own signs: he "
              "taps his chin for “more” and covers his ears and rocks when he is overwhelmed. With Emma Doyle and "
              "Helen on 17/02/2026, using Talking Mats, he put “Auntie Fiona”, “swimming”, “school bus” and "
              "“Dad's pasta” on the happy side, and “bath”, “loud” and “my room” on the sad side. Asked about "
              "his room, he covered his ears and pushed the card away. At school he signs “home” and smiles on "
              "Fridays; staff say that on Mondays after a missed day he arrives hungry and has more meltdowns."),
        ("h1", "4. What Stuart and Fiona said"),
        ("p", "Stuart said the depression is “lifting a bit” and that he has kept his CMHT appointments, but "
              "that the back bedroom is still full and he finds mornings hard when Kai will not get dressed. He "
              "wants short breaks and accepts he needs more help with the house. Fiona said she will keep having "
              "Kai on Saturdays and would like him to stay over once a month."),
        ("h1", "5. Progress against each outcome – the chair's scores"),
        ("p", "0 means the outcome is not being met at all and 10 that it is fully met. Scores were agreed by "
              "those at the conference; Stuart's own score is in brackets."),
        ("table", {
            "header": ["Outcome", "What the conference heard", "First review → today"],
            "widths": [4.5, 9.5, 3.0],
            "rows": [
                ["1. A clean, safe home", "Kitchen clean at 5 of 10 visits; back bedroom not cleared; Kai's "
                 "room smells of urine on most visits.", "3 → 3 (Stuart 5)"],
                ["2. School every day", "Attendance 84% this term (was 88%); most missed days are Mondays.",
                 "4 → 3 (Stuart 5)"],
                ["3. A dad well enough to care for Kai, with breaks", "Stuart has kept 9 of 10 CMHT visits; "
                 "medication reviewed; Fiona has had Kai every Saturday.", "3 → 6 (Stuart 7)"],
                ["4. Kai's health and his voice", "Dental assessment done; treatment booked; Talking Mats "
                 "working well.", "4 → 7 (Stuart 7)"],
            ],
        }),
        ("h1", "6. The plan from today"),
        ("p", "One table for each outcome. The update column is what was reported at core group 5 on "
              "03/02/2026 and today. The last row of each table, “How we will know”, says by the action's number "
              "what the core group will look for to know each action is working."),
        ("table", {
            "header": ["Ref", "Action", "Who", "When", "Update from core group 5"],
            "widths": [1.1, 6.0, 3.6, 3.3, 3.0],
            "rows": [
                ["Outcome 1 – Kai lives in a clean, safe home, with a bedroom he can use and a quiet space of "
                 "his own", H, H, H, H],
                ["1.1",
                 "Keep the kitchen and bathroom clean every day, wash Kai's bedding when it is wet and put the "
                 "bins out each Tuesday",
                 "Stuart Pitcairn (Dad)",
                 "Every day; bins every Tuesday",
                 "Kitchen clean at 5 of 10 visits"],
                ["1.2",
                 "Two sessions a week with Stuart to clear the back bedroom, set up Kai's quiet space, and then "
                 "keep to a cleaning rota",
                 "Owen Marsh, family support worker",
                 "Tuesdays and Fridays, 9.30am, until 21/04/2026 (revised today – was weekly)",
                 "Six weekly sessions; bedroom half cleared"],
                ["1.3",
                 "Visit Kai at home, at least one visit in two unannounced, and check the kitchen, bathroom and "
                 "Kai's room against the home checklist",
                 "Helen Garside, SW",
                 "Weekly until the third review conference",
                 "Weekly since the ICPC"],
                ["How we will know – 1.1: the SW's photographs at each visit show the kitchen and bathroom "
                 "clean and Kai's bedding dry and fresh. 1.2: the back bedroom is clear and Kai's quiet space is "
                 "in use by 21/04/2026, seen by the SW; Owen's session log is sent to the SW each Friday. 1.3: "
                 "the checklist score is on Kai's file after each visit, 4 out of 5 or better at every visit.",
                 H, H, H, H],
            ],
        }),
        ("table", {
            "header": ["Ref", "Action", "Who", "When", "Update from core group 5"],
            "widths": [1.1, 6.0, 3.6, 3.3, 3.0],
            "rows": [
                ["Outcome 2 – Kai goes to school every day, clean, fed and calm", H, H, H, H],
                ["2.1",
                 "Have Kai washed, dressed, given breakfast and ready at the door for the school bus",
                 "Stuart Pitcairn (Dad)",
                 "Every school day by 8.10am",
                 "84% this term"],
                ["2.2",
                 "Record Kai's attendance, how he arrives (clean, fed, medicine sent) and what his home-school "
                 "book says, and phone the SW the same day with any worry",
                 "Mrs Rhona Elliot, DSL, Gowansby Brook School",
                 "Every school day",
                 "Calls made on four Mondays"],
                ["2.3",
                 "NEW today: bus escort to collect Kai from his front door and hand him to Stuart at the door "
                 "after school",
                 "Darren Fisk, co-ordinator, Gowansby Council Passenger Transport",
                 "From 02/03/2026, every school day",
                 "New"],
                ["How we will know – 2.1: the school register shows Kai on the bus on at least 19 school days "
                 "in every 20 (95%). 2.2: the attendance and arrival notes are emailed to the SW every Friday and "
                 "same-day calls are logged. 2.3: the escort's daily pick-up log is sent to the school and the SW "
                 "every week.", H, H, H, H],
            ],
        }),
        ("table", {
            "header": ["Ref", "Action", "Who", "When", "Update from core group 5"],
            "widths": [1.1, 6.0, 3.6, 3.3, 3.0],
            "rows": [
                ["Outcome 3 – Kai is cared for every day by a dad who is well enough to meet his needs, and has "
                 "breaks that he enjoys", H, H, H, H],
                ["3.1",
                 "See Stuart, review his depression and his medication, and tell the core group in writing "
                 "whether he is making the changes Kai needs and how long that is likely to take",
                 "Gemma Lyall, care co-ordinator, Gowansby Community Mental Health Team",
                 "Every two weeks; report two working days before each core group",
                 "9 of 10 visits; report received"],
                ["3.2",
                 "Review Stuart's antidepressant and tell the SW within two working days if he misses a review",
                 "Dr Alan Brice, GP, Station Road Surgery",
                 "Every six weeks; next 17/03/2026",
                 "Reviewed 03/02/2026"],
                ["3.3",
                 "NEW today: overnight short breaks for Kai at Larchfield House",
                 "Sunita Rai, manager, Larchfield House",
                 "First and third Friday night of each month from 06/03/2026",
                 "New – two tea visits booked first"],
                ["3.4",
                 "Have Kai every Saturday, take him swimming and give him his tea, so that Stuart has a day to "
                 "rest",
                 "Fiona Pitcairn (paternal aunt)",
                 "Every Saturday, 10am to 6pm",
                 "Every Saturday kept"],
                ["How we will know – 3.1: Gemma's written report is on Kai's file before every core group. 3.2: "
                 "the GP's letter reaches the SW after each review. 3.3: Larchfield's stay record, saying how Kai "
                 "settled and slept, is sent to the SW after each stay. 3.4: Fiona texts the SW each Saturday "
                 "evening and writes the day in Kai's home-school book.", H, H, H, H],
            ],
        }),
        ("table", {
            "header": ["Ref", "Action", "Who", "When", "Update from core group 5"],
            "widths": [1.1, 6.0, 3.6, 3.3, 3.0],
            "rows": [
                ["Outcome 4 – Kai's health needs are met and his views shape his plan", H, H, H, H],
                ["4.1",
                 "Take Kai to the community dental service for the fillings he needs under sedation",
                 "Stuart Pitcairn (Dad); appointment made by Jo Pratt, Gowansby Community Dental Service",
                 "24/03/2026",
                 "Assessment done; treatment booked"],
                ["4.2",
                 "Talking Mats sessions with Kai about home, school, Fiona's and Larchfield",
                 "Helen Garside, SW, with Emma Doyle, speech and language therapist",
                 "Monthly; next 12/03/2026",
                 "Sessions held 13/01 and 17/02"],
                ["How we will know – 4.1: the dental service's letter to the SW confirms the treatment was done. "
                 "4.2: photographs of Kai's mats and his choices are kept on his file and brought to each core "
                 "group.", H, H, H, H],
            ],
        }),
        ("h1", "7. Actions closed at this review"),
        ("table", {
            "header": ["Was", "Action", "Closed"],
            "widths": [1.5, 10.5, 5.0],
            "rows": [
                ["3.2", "Refer Stuart to the Community Mental Health Team (Dr Alan Brice, GP)", "Completed "
                 "10/11/2025 – closed"],
                ["4.2", "Apply for Disability Living Allowance for Kai (Owen Marsh)", "Completed 19/12/2025 – "
                 "award letter on file"],
            ],
        }),
        ("h1", "8. Contingency plan"),
        ("p", "If Kai arrives at school unwashed or hungry on two days in one week, or the home checklist scores "
              "below 3 at two visits in a row, Helen will visit the same day and Kai will stay with Fiona at 28 "
              "Lindum Drive until a strategy discussion has been held, within one working day."),
        ("p", "If Stuart tells anyone he has thoughts of harming himself, or is too unwell to care for Kai, the "
              "CMHT crisis team will be asked to see him the same day and Kai will go to Fiona's that night."),
        ("p", "If Fiona cannot have Kai (she is ill or away, or it is a weekday she is working late), Helen will "
              "arrange the same day for Kai to stay on Larchfield House's emergency bed, where staff know him."),
        ("h1", "9. Legal planning"),
        ("p", "The legal planning meeting on 10/03/2026 goes ahead whatever happens before it. After it, if Kai's "
              "attendance is below 90% in any half-term, or the checklist scores below 3 at three visits in a row, "
              "Helen will ask Paul Rennard to reconvene the legal planning meeting within 5 working days."),
        ("h1", "10. Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 2pm at Gowansby Brook School: 07/04/2026, 19/05/2026 and "
            "30/06/2026.",
            "Third review child protection conference: Tuesday 18/08/2026, 10am, Gowansby Council Offices.",
            "Helen and Emma will hold a Talking Mats session with Kai before each core group and bring his "
            "choices to it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. A baby's plan made detailed at the first core group, mother on
#    methadone, grandmother staying three nights a week. Markdown with nested
#    bullets: each action with Who / When / What we will see / Where are we
#    now sub-bullets, words struck out at the core group, a closed action, a
#    scaling line and a change log. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_grentisford_first_core_group_nested_bullets_struck_words_mcalinden.md",
    "split": "tune",
    "actions": 12,
    "template": "plan-after-first-core-group-md-details-bullets-what-changed-at-core-group-1-nells-day-scaling-then-now-outcomes-then-outcome-h3-headings-numbered-action-bullets-with-who-when-what-we-will-see-where-are-we-now-sub-bullets-struck-words-done-closed-bullet-contingency-meetings-change-log",
    "description": (
        "Exemplary plan for a 9-week-old baby, made detailed at the first core group from the "
        "initial conference's outline; her mother is on a methadone script after years of heroin "
        "use, and the maternal grandmother stays three nights a week. A Markdown plan under outcome "
        "headings: each numbered action bullet has Who, When, 'What we will see' and 'Where are we "
        "now' sub-bullets, with the outline's vague words struck out and the agreed words after them "
        "(a 'regularly' made twice weekly, a 'Family' owner made the grandmother, monthly key-work "
        "made weekly), one finished action marked done and closed, a scaling score then and now, and "
        "a change log. The drug service's recovery worker reports on change and its prescriber and "
        "the GP own actions; the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set; the baby's day is described."
    ),
    "text": """\
# Nell McAlinden: child protection plan, as made detailed at core group 1

*Grentisford City Council · Children's Social Care · Safeguarding Team West*

- **Child:** Nell McAlinden, born 26/08/2025 (9 weeks at core group 1)
- **Mother:** Shauna McAlinden (29), 3 Kestrel Court, Grentisford GR6 4AW
- **Father:** not named on Nell's birth certificate; not in touch with Shauna
- **Maternal grandmother:** Pauline McAlinden, 12 Sorrel Way, Grentisford (fifteen minutes by bus)
- **Category:** Neglect
- **Initial conference:** 14/10/2025 (chair: Gwen Attwater, IRO)
- **Core group 1:** Tuesday 28/10/2025, Grentisford West Family Hub
- **Social worker:** Marcus Quill (team manager: Yvonne Cheetham)

## What changed at core group 1

The initial conference agreed an outline plan. At core group 1 the outline was turned into the detailed
plan below. Where the outline's words were too loose, they are ~~struck out~~ and the words agreed on
28/10/2025 follow them. Each action shows **Where are we now** as reported at core group 1; that line is an
update, not the measure. Actions finished before the meeting are marked **DONE – closed** and are not part
of the live plan. Every change is listed in the change log at the end.

## Why Nell has a plan

Shauna used heroin from 2016 to 2023 and has been on a supervised methadone script since then, now 60ml a
day. At 30 weeks of pregnancy she had a screen positive for heroin after her friend died. Nell was born at
37 weeks and spent six days on the neonatal unit with withdrawal symptoms. At the first home visits the
flat had needles in a kitchen drawer (Shauna said they were old), and Nell's feeds were being made up in
advance and left out.

## Nell's day

Nell is 9 weeks old. She still has jittery spells in the evenings and can cry for long stretches between
6pm and 9pm. When Shauna holds her skin to skin and hums, she settles within about ten minutes; Marcus saw
this on 24/10/2025. She feeds well by day but was seen falling asleep at the bottle before she had
finished it. Pauline says Nell sleeps longest on the nights she is there, "tucked in next to my bed in the
basket". Nell follows faces, and on 27/10/2025 smiled at Shauna for the first time the health visitor had
seen.

## How safe is Nell at home? (scaling)

0 means Nell is not safe at home at all; 10 means everyone is sure she is safe with Shauna. At the initial
conference: **3/10**. At core group 1: **5/10** (agreed by Marcus, the health visitor, Dean Arkwright and
Shauna; Pauline said 6).

## What we want for Nell

1. Nell is fed enough, grows well and sleeps safely on her back in her own basket.
2. Nell is cared for by a mum who is stable on her script and does not use heroin or any drug not prescribed.
3. Nell always has a sober adult looking after her, day and night, and is never alone with anyone under the
   influence.
4. Nell and Shauna build a close bond: Shauna notices what Nell needs and comforts her quickly.

## The plan

### Outcome 1 – Nell is fed, grows and sleeps safely

- **1.1 Weigh Nell and plot her weight in her red book**
  - Who: Ruth Camber, health visitor
  - When: every Monday at Hollybank Clinic until Nell is 16 weeks old (16/12/2025), then every two weeks
  - What we will see: Nell's weight on or above the 25th centile at every weigh, plotted in the red book and
    emailed to Marcus the same day
  - Where are we now: weighed on 20/10 and 27/10, on the 25th centile both times
- **1.2 Make up each of Nell's feeds fresh and write it on her feed chart**
  - Who: Shauna McAlinden (Mum)
  - When: every feed, day and night
  - What we will see: the chart, checked by Ruth at each weigh and by Marcus at each visit, shows no gap of
    more than four hours and no bottle made up in advance
  - Where are we now: chart started 21/10; no gaps found so far
- **1.3 Put Nell down on her back in her Moses basket for every sleep, with nothing else in it**
  - Who: Shauna (Mum) and Pauline (maternal grandmother), jointly
  - When: every sleep, day and night
  - What we will see: Ruth and Marcus see the basket made up and in use at each visit; Pauline writes on the
    night sheet where Nell slept
  - Where are we now: basket in use at every visit
- **DONE – closed:** Marcus checked that the Moses basket had a new mattress and that the smoke alarm
  worked, by 24/10/2025 (both seen and photographed on 21/10/2025).

### Outcome 2 – Nell is cared for by a mum who is stable on her script and uses nothing not prescribed

- **2.1 Key-work with Shauna, with a urine screen each time, and a written report on whether she is
  staying stable and how likely that is to last**
  - Who: Dean Arkwright, recovery worker, Grentisford Drug and Alcohol Service
  - When: ~~monthly~~ weekly, every Thursday (changed at core group 1); report two working days before each
    core group
  - What we will see: Dean's report, with every screen result and his view of the likely timescale for
    change, on Nell's file before each core group
  - Where are we now: two sessions since the conference; both screens clear for heroin
- **2.2 Review Shauna's methadone dose and how it is collected, and move her to fewer supervised days only
  if her screens stay clear**
  - Who: Dr Kemi Adesanya, prescribing doctor, Grentisford Drug and Alcohol Service
  - When: every four weeks; next review 11/11/2025
  - What we will see: a letter to Marcus after each review saying whether the dose or the pick-up days have
    changed, and why
  - Where are we now: dose steady at 60ml; supervised pick-up six days a week
- **2.3 Take her methadone at the chemist on supervised days and keep the Sunday dose in the locked box,
  out of Nell's reach**
  - Who: Shauna McAlinden (Mum)
  - When: every day
  - What we will see: the chemist's record shows every supervised dose taken; Marcus sees the locked box, shut,
    at every visit
  - Where are we now: no dose missed since 14/10
- **2.4 Send Marcus Shauna's health history, and tell him if she asks for any sedating medication**
  - Who: Dr Lewis Harper, GP, Kestrel Road Surgery
  - When: history letter by 11/11/2025; then within one working day of any such request
  - What we will see: the GP's letter on Nell's file by 11/11/2025, and a same-day email to Marcus for any
    request
  - Where are we now: Marcus asked for the letter on 27/10

### Outcome 3 – Nell always has a sober adult caring for her, day and night

- **3.1 Stay at Kestrel Court overnight and do Nell's night feeds with Shauna**
  - Who: ~~Family~~ Pauline McAlinden (maternal grandmother)
  - When: every Friday, Saturday and Sunday night until the review conference on 13/01/2026
  - What we will see: the night sheet, signed by Pauline each morning, seen by Marcus every week
  - Where are we now: every night kept since 17/10
- **3.2 Be the adult Shauna rings if she feels she might use, and come to the flat that night**
  - Who: Pauline McAlinden (maternal grandmother)
  - When: the same night whenever Shauna rings
  - What we will see: Pauline texts Marcus by 9am the next morning after any call; Shauna shows Marcus
    Pauline's number on her phone at each visit
  - Where are we now: no calls yet
- **3.3 Visit Nell at home, see her awake and being fed or changed, and see how Shauna responds to her**
  - Who: Marcus Quill, SW
  - When: ~~regularly~~ twice a week, Tuesdays and Fridays, one visit a week unannounced, until the review
    conference
  - What we will see: visit records describe Nell's cues and how Shauna answered them, with any concern
    phoned through to Ruth the same day
  - Where are we now: four visits since the conference, two unannounced

### Outcome 4 – Nell and her mum grow close, and Shauna reads Nell's cues

- **4.1 Six sessions of video feedback with Shauna and Nell, filming a feed and a play time**
  - Who: Beth Marlow, family practitioner, Grentisford West Family Hub
  - When: weekly, six sessions from 04/11/2025
  - What we will see: Beth's notes after each session to Marcus, with her score of how Shauna responds to
    Nell's cues at session 1 and session 6
  - Where are we now: first session booked
- **4.2 NEW – refer Shauna and Nell to Home-Start Grentisford for a volunteer two mornings a week**
  - Who: Marcus Quill, SW
  - When: referral by 04/11/2025; volunteer visiting by 02/12/2025
  - What we will see: Home-Start's acceptance letter on file, then the volunteer's visit log sent to Marcus
    each month
  - Where are we now: agreed today

## If things go wrong

- **If** Shauna misses a supervised pick-up, has a screen positive for heroin or any drug not prescribed, or
  is found drowsy or under the influence while caring for Nell: Nell will go to Pauline's at 12 Sorrel Way
  that day, and Marcus will hold a strategy discussion the same day.
- **If** Nell loses weight at two weighs in a row or her chart shows a gap of more than four hours twice in
  a week: Ruth will tell Marcus the same day, and Marcus will visit that day and arrange for Pauline to stay
  every night until the next core group.
- **If Pauline cannot stay or cannot come** (she is ill, away or finds it too much): Pauline will tell
  Marcus straight away, and Marcus will arrange the same day for Nell to be cared for by Grentisford foster
  carers overnight, with Shauna seeing her at the family hub the next morning.
- **If** Shauna has two screens positive for street drugs before the review, or Nell falls below the 9th
  centile at two weighs in a row, Marcus will ask Yvonne Cheetham for a legal planning meeting within five
  working days.

## Meetings

- Core group every four weeks, Tuesdays at 11am at Grentisford West Family Hub: 28/10/2025 (held),
  25/11/2025 and 23/12/2025.
- Review child protection conference: Tuesday 13/01/2026, 2pm, Grentisford Civic Centre.

## Change log

| Date | Change |
|---|---|
| 28/10/2025 | 1.3: "every sleep" owners named as Shauna and Pauline jointly. |
| 28/10/2025 | 2.1: key-work changed from monthly to weekly. |
| 28/10/2025 | 3.1: owner "Family" replaced by Pauline McAlinden. |
| 28/10/2025 | 3.3: "regularly" replaced by twice a week, one unannounced. |
| 28/10/2025 | 4.2 added. Basket and smoke alarm check closed as done. |
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Second review conference record, mother's depression and anxiety,
#    neglect, an 11-year-old young carer and her brother. Markdown record:
#    decision, attendance, views, the IRO's summary with scores, then a plan
#    table with "Evidence of progress" and "Status at 03/03/2026" columns and
#    closed actions listed apart. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_gandlethorpe_rcpc_two_status_evidence_table_closed_list_pollard.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc2-record-md-details-table-decision-who-came-childrens-words-parents-views-iro-summary-scores-table-outcomes-numbered-then-no-action-who-when-evidence-of-progress-status-achieved-partly-not-started-table-closed-at-this-review-list-contingency-legal-meetings",
    "description": (
        "Record of the second review conference for an 11-year-old girl who looks after her mother "
        "and a 7-year-old brother; the mother has depression and anxiety and rarely leaves the "
        "house, and the father has the children every other weekend. A Markdown record opens with "
        "the decision, attendance, the children's words, the parents' views and the IRO's summary "
        "with scores, then a plan table with an 'Evidence of progress' column and a 'Status at "
        "03/03/2026' column (achieved / partly / not started, one 'Ongoing'), with closed actions "
        "listed apart. Most rows are sound (fortnightly visits, the GP's letters, the school's daily "
        "checks, the father's weekends, direct work, repairs). Faults: the CMHT only carries on "
        "seeing the mother, measured by her 'engagement'; the young carers' referral 'Carried "
        "forward' with no new date; a deep clean 'to be arranged' by nobody; the mother's course "
        "'When she feels ready'; the school nurse's row with no measure; an outcome about the mother "
        "only; and the next review conference 'to be arranged'."
    ),
    "text": """\
# Second Review Child Protection Conference: record and plan

**Gandlethorpe Metropolitan Borough Council – Children and Families – Conference and Review Service**

| | |
|---|---|
| **Children** | Ellie Pollard (11), DOB 04/05/2014, Year 6; Jack Pollard (7), DOB 19/11/2018, Year 3 – both at Fernside Primary |
| **Address** | 31 Wellgate Road, Gandlethorpe GN3 5QE |
| **Mother** | Tanya Pollard (36), lives with the children |
| **Father** | Wayne Pollard (39), 8 Croft Street, Gandlethorpe; has the children every other weekend |
| **Category** | Neglect (both children) |
| **History** | Initial conference 17/06/2025; first review 16/09/2025 |
| **This conference** | Second review, Tuesday 03/03/2026, Gandlethorpe Town Hall. Chair: Delroy Ames (IRO) |
| **Social worker** | Gemma Stott (team manager: Neil Ashworth) |

## Decision

Ellie and Jack will remain subject to child protection plans under the category of neglect. Attendance is
better than in June but still below 95% for both children, the house was cold and short of food at two
visits in January, and Ellie is still doing much of the cooking and getting Jack ready for school.

## Who came

Delroy Ames (IRO); Gemma Stott (SW); Tanya Pollard; Wayne Pollard; Mel Drury (care co-ordinator, Gandlethorpe
CMHT); Mrs Claire Nuttall (DSL, Fernside Primary); Sam Kettle (family support worker). Apologies: Dr Omar
Sheikh (GP), letter sent; Priya Nandra (school nurse).

## What Ellie and Jack told us

Ellie (seen on her own at school, 24/02/2026): "I do tea most nights because Mum gets tired. I don't mind,
but I'd like to go to drama club on Thursdays. Jack won't get up for me, so we're late." She gave home 5 out
of 10, up from 3 in September, and said 10 would be "Mum getting up and coming to my play".

Jack (seen at home, 26/02/2026) showed the SW his football medal from his dad's team. He said: "I get cross
at school when people say our house is messy." He wet the bed twice that week and said he doesn't tell Mum
because she is asleep.

## What Tanya and Wayne said

Tanya said her depression has been worse since Christmas and she struggles to get up before 9am, but that she
wants the children to stay with her. Wayne said he would like to have the children for an extra night in the
week and can take Jack to school on Mondays.

## The IRO's summary of progress

Scores out of 10 for how far each outcome below is being met, agreed at the conference.

| Outcome no. | At the first review | Today | What the conference heard |
|---|---|---|---|
| 1 | 3/10 | 5/10 | Ellie 93%, Jack 89%; late on most Mondays |
| 2 | 2/10 | 3/10 | Young carers' referral still not made |
| 3 | 3/10 | 4/10 | Two cold, empty-fridge visits in January |
| 4 | 4/10 | 5/10 | Fewer playground incidents in February |

## Outcomes

1. Ellie and Jack get to school every day, on time, clean and having eaten breakfast.
2. Ellie has time to be a child: she no longer cooks tea or gets Jack ready, and goes to a club she chooses.
3. Tanya's mood is better and she keeps on top of the house.
4. Jack feels calm and settled at home and at school, and dry at night.

## The plan from today

Status is the position at this conference: **achieved**, **partly**, **not started**, or **new**.

| No. | Action | Who | When | Evidence of progress | Status at 03/03/2026 |
|---|---|---|---|---|---|
| 1 | Visit Ellie and Jack at home and see each of them on their own, with one visit a month unannounced | Gemma Stott, SW | Every two weeks until the next review conference | Visit notes show both children seen alone at every visit, with their words recorded | Achieved – 12 of 12 visits |
| 2 | CMHT to carry on seeing Tanya for her depression and anxiety | Gandlethorpe CMHT (Mel Drury, care co-ordinator) | Every two weeks | Tanya's engagement with the CMHT | Partly – two visits missed in January |
| 3 | Review Tanya's sertraline and write to the SW after each review, so that the core group knows if her mood is affecting the children's care | Dr Omar Sheikh, GP, Wellgate Surgery | Every eight weeks; next 21/04/2026 | GP letter on the SW's file after each review | Achieved |
| 4 | Check both children's attendance and phone the SW by 10am on any day either is absent without a reason | Mrs Claire Nuttall, DSL, Fernside Primary | Every school day | Attendance emailed to the SW every Friday; 95% or more for each child by the next review | Partly – Ellie 93%, Jack 89% |
| 5 | Get Ellie and Jack up, washed and given breakfast, and walk them to school | Tanya Pollard (Mum) | Every school day | School register shows both children in before 8.50am on at least 9 days in 10 | Partly |
| 6 | Refer Ellie to Gandlethorpe Young Carers for an assessment and a place at the Wednesday group | Sam Kettle, family support worker | Carried forward from the first review | Ellie's young carer's assessment sent to the SW; the group register shows her attending | Not started – form lost when the FSW changed |
| 7 | A deep clean of the kitchen and bathroom to be arranged through Gandlethorpe Homes | - | By 31/03/2026 | Kitchen and bathroom seen clean at the next SW visit | Not started |
| 8 | Tanya to go to the Gandlethorpe Wellbeing College confidence course | Tanya Pollard (Mum) | When she feels ready | Course certificate seen by the SW | Not started |
| 9 | See Jack about his night-time wetting and sore skin, and give Tanya and Jack a plan to follow at home | Priya Nandra, school nurse, Gandlethorpe School Health | By 27/03/2026 | | New |
| 10 | Have Ellie and Jack from Friday 5pm to Sunday 5pm and take Jack to football on the Saturday | Wayne Pollard (Dad) | Every other weekend; next 06/03/2026 | Contact diary signed by Wayne and Tanya, seen by the SW at each visit | Ongoing |
| 11 | Four sessions of direct work with Ellie about what she does at home for her mum and Jack, and what she would like to stop | Gemma Stott, SW | By 17/04/2026 | Ellie's words and her "jobs I do / jobs I want to stop" chart kept on file and shared at the core group | New |
| 12 | Time with Jack's learning mentor to help him manage his anger in the playground | Mr Rob Yates, learning mentor, Fernside Primary | Every Monday afternoon | Playground incident log sent to the SW each half-term: fewer than two incidents a week by Easter | Partly – four a week in January, two in February |
| 13 | Ask Gandlethorpe Homes to repair the boiler and the back door lock | Gemma Stott, SW | Request by 06/03/2026; repairs done by 31/03/2026 | Completion notes from Gandlethorpe Homes on file; the SW sees the heating on and the door locking at the next visit | New |

### Closed at this review (not part of the plan from today)

- Referral of Tanya to Gandlethorpe CMHT by the GP – completed 02/07/2025.
- School uniform grant for both children – completed 30/09/2025.
- Referral of Wayne for a parenting assessment – no longer needed; the assessment was completed and shared on
  12/01/2026.

## Contingency

If either child is absent from school for two days in a row without a reason, if the SW finds the house with
no heating or no food, or if Tanya tells anyone she has thoughts of harming herself, Gemma (or the duty SW)
will visit the same day and Ellie and Jack will stay with Wayne at 8 Croft Street until a strategy discussion
has been held, within one working day. If Wayne cannot have them, they will be placed together with
Gandlethorpe foster carers that night.

If the children's attendance has not reached 95% by the next review conference, or the house is found without
heating or food again, Gemma will ask Neil Ashworth for a legal planning meeting.

## Meetings

- Core group every six weeks, Tuesdays at 3.30pm at Fernside Primary: 14/04/2026 and 26/05/2026.
- Next review child protection conference: to be arranged by the conference team.
""",
    "findings": [
        F("F002", "Tanya's mood is better and she keeps on top of the house."),
        F("H001", "CMHT to carry on seeing Tanya for her depression and anxiety"),
        F("M002", "CMHT to carry on seeing Tanya for her depression and anxiety"),
        F("T001", "Refer Ellie to Gandlethorpe Young Carers for an assessment"),
        F("W001", "A deep clean of the kitchen and bathroom to be arranged"),
        F("T002", "Tanya to go to the Gandlethorpe Wellbeing College confidence course"),
        F("M001", "See Jack about his night-time wetting and sore skin"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference, a 12-year-old girl with type 1 diabetes, her
#    father's alcohol dependence, her aunt helping. Plain-text case-system
#    print: TASK n of m blocks with original and revised target dates,
#    changed owners, "What good looks like" and "Where are we now?" fields,
#    a completed task left in the list, closed tasks apart, a change log.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b145_gimbleford_rcpc_print_task_blocks_orig_revised_target_lowther.txt",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-case-system-print-txt-dotted-header-fields-numbered-caps-sections-decision-attendance-views-outcome-scores-then-task-n-of-m-blocks-what-owner-target-date-original-revised-what-good-looks-like-where-are-we-now-status-completed-task-left-in-list-closed-tasks-contingency-legal-meetings-change-log",
    "description": (
        "Exemplary print of a first review conference for a 12-year-old girl with type 1 diabetes "
        "who was admitted in diabetic ketoacidosis after her father, who is alcohol dependent, missed "
        "her insulin over a weekend; her maternal aunt has her on Sunday nights and is the adult she "
        "rings. A plain-text case-system print: decision, attendance, the girl's and father's views, "
        "scores then and now for each outcome, then TASK n of m blocks with WHAT, OWNER (two owners "
        "changed), TARGET DATE (original and revised), WHAT GOOD LOOKS LIKE, WHERE ARE WE NOW? and "
        "STATUS fields; one completed task stays in the numbered list marked closed, two more are "
        "listed as closed, and a change log follows. The alcohol service reports on change and the "
        "GP owns an action, the aunt's part has a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "text": """\
GIMBLEFORD CITY COUNCIL                       CHILDREN'S SOCIAL CARE CASE SYSTEM
CHILD PROTECTION - REVIEW CONFERENCE RECORD AND PLAN         Printed 18/02/2026
================================================================================
Child ............... Maisie LOWTHER, DOB 03/06/2013 (12), Year 8,
                      Gimbleford High School
Address ............. 44 Brindle Street, Gimbleford GB2 7JX
Father .............. Craig Lowther (45), sole carer
Mother .............. Rachel Lowther, died 2022
Maternal aunt ....... Joanne Hirst, 6 Fenner Close, Gimbleford (1 mile)
Category ............ Neglect
Initial conference .. 18/11/2025
This conference ..... First review, 17/02/2026. Chair: Andrew Felton (IRO)
Social worker ....... Priya Varma from 06/01/2026 (was Luke Brennan)
Team manager ........ Sue Okonedo
================================================================================

1. DECISION
--------------------------------------------------------------------------------
Maisie will remain subject to a child protection plan (neglect). Since the
initial conference she has had no hospital admission, her glucose readings are
better, and Craig finished a community detox on 12/01/2026 and has had no
positive breath test since. The plan continues because Craig's sobriety is
new, Maisie's time in range is still below target, and she is still doing her
own night-time checks without an adult on most nights.

2. ATTENDANCE
--------------------------------------------------------------------------------
Andrew Felton (IRO); Priya Varma (SW); Luke Brennan (previous SW, handover);
Craig Lowther; Joanne Hirst; Sarah Whitlam (paediatric diabetes nurse
specialist, Gimbleford Royal Infirmary); Ade Kolawole (Gimbleford Community
Alcohol Service); Mrs Jill Carradine (medical needs lead, Gimbleford High).
Report only: Dr Imran Chaudhry (GP).

3. MAISIE'S VIEWS
--------------------------------------------------------------------------------
Seen on her own at school, 10/02/2026: "Dad's different now, he's up and he
makes me do my levels at breakfast. I still do the night ones myself because
I don't want to wake him. When I was in hospital I thought I was going to die
like Mum." She gave home 7 out of 10 (4 in November). She wants to keep
staying at Auntie Jo's on Sundays and wants to go on the school trip to
Whitby in June "without everyone fussing about my diabetes".

4. CRAIG'S VIEWS
--------------------------------------------------------------------------------
Craig said the admission "frightened me sober" and that he goes to the
Tuesday group as well as key-work. He wants Maisie to manage more of her
diabetes herself and finds it hard to get up for the night check.

5. OUTCOMES AND SCORES (0 = not met, 10 = fully met; initial -> today)
--------------------------------------------------------------------------------
5.1 Maisie has every insulin dose and glucose check she needs and is not
    admitted to hospital because her care was missed ............. 3 -> 6
5.2 Maisie is cared for by a dad who is sober whenever she is with
    him .......................................................... 2 -> 6
5.3 Maisie has adults she trusts to turn to, and time to grieve for
    her mum and to be 12 ......................................... 4 -> 6
5.4 Maisie manages more of her diabetes herself, with an adult
    checking, as is right for her age ............................ 3 -> 5

6. THE PLAN FROM 17/02/2026
--------------------------------------------------------------------------------
KEY: TARGET DATE gives the date or frequency first set and, if changed, the
revised one. WHAT GOOD LOOKS LIKE is how the core group will know the task is
working. WHERE ARE WE NOW? is the update given at this conference. A task
marked COMPLETED - CLOSED is finished and is kept here only for the record.

TASK 01 of 11   (outcome 5.2, 5.3)
  WHAT .................. Visit Maisie at home and see her on her own; one
                          visit a month unannounced, including one evening
                          visit to see the bedtime check
  OWNER ................. Priya Varma, SW (from 06/01/2026; was Luke
                          Brennan, SW)
  TARGET DATE ........... Original: weekly. Revised: every two weeks until
                          the second review conference
  WHAT GOOD LOOKS LIKE .. Visit records show Maisie seen alone at every
                          visit, with her score out of 10 and her own words
  WHERE ARE WE NOW? ..... 13 visits since 18/11/2025; two in the evening
  STATUS ................ ON TRACK

TASK 02 of 11   (outcome 5.1)
  WHAT .................. Look at Maisie's sensor readings every week, phone
                          Craig about any run of high readings, and adjust
                          her insulin doses with the family
  OWNER ................. Sarah Whitlam, paediatric diabetes nurse
                          specialist, Gimbleford Royal Infirmary
  TARGET DATE ........... Every Monday; clinic every three months (next
                          14/04/2026)
  WHAT GOOD LOOKS LIKE .. Weekly email to the SW with Maisie's time in
                          range: 50% or more by the second review (now 38%,
                          was 21%), and no day without a scan
  WHERE ARE WE NOW? ..... Emails every week since 24/11/2025
  STATUS ................ PARTLY - target not yet met

TASK 03 of 11   (outcome 5.1, 5.2)
  WHAT .................. Check Maisie scans and gives her insulin at
                          breakfast, tea and bedtime, and set an alarm to
                          do the 3am check with her when her bedtime
                          reading is under 6
  OWNER ................. Craig Lowther (Dad)
  TARGET DATE ........... Every day
  WHAT GOOD LOOKS LIKE .. The sensor download shows scans at breakfast, tea
                          and bedtime on 6 days in 7, and a 3am scan on
                          every night it was needed; the diary is seen by
                          the SW at each visit
  WHERE ARE WE NOW? ..... Breakfast and tea done most days; 3am checks done
                          by Maisie alone on most nights
  STATUS ................ PARTLY

TASK 04 of 11   (outcome 5.2)
  WHAT .................. Key-work with Craig and a breath test at each
                          session, and a written report to each core group
                          on whether he is staying sober and how long that
                          change is likely to last
  OWNER ................. Ade Kolawole, recovery worker, Gimbleford
                          Community Alcohol Service (from 02/02/2026; was
                          Fran Tate)
  TARGET DATE ........... Key-work every Thursday; report two working days
                          before each core group
  WHAT GOOD LOOKS LIKE .. Report with every breath test result on Maisie's
                          file before each core group
  WHERE ARE WE NOW? ..... Reports received for both core groups; all tests
                          zero since 12/01/2026
  STATUS ................ ON TRACK

TASK 05 of 11   (outcome 5.2)
  WHAT .................. Community alcohol detox for Craig
  OWNER ................. Gimbleford Community Alcohol Service
  TARGET DATE ........... Original: by 31/12/2025. Revised: by 16/01/2026
  STATUS ................ COMPLETED 12/01/2026 - CLOSED

TASK 06 of 11   (outcome 5.2)
  WHAT .................. Prescribe Craig's acamprosate, check his liver
                          tests, and tell the SW if he misses a
                          prescription or appointment
  OWNER ................. Dr Imran Chaudhry, GP, Brindle Street Surgery
  TARGET DATE ........... Prescription every 28 days; liver tests by
                          13/03/2026
  WHAT GOOD LOOKS LIKE .. GP letter to the SW with the liver results by
                          20/03/2026; an email to the SW within two working
                          days of any missed prescription or appointment
  WHERE ARE WE NOW? ..... Started 12/01/2026; no missed prescription
  STATUS ................ ON TRACK

TASK 07 of 11   (outcome 5.1, 5.4)
  WHAT .................. Supervise Maisie's lunchtime insulin, check her
                          mid-morning reading, and phone Craig and the
                          diabetes nurse the same day if she skips either
  OWNER ................. Mrs Jill Carradine, medical needs lead,
                          Gimbleford High School
  TARGET DATE ........... Every school day
  WHAT GOOD LOOKS LIKE .. The school's diabetes log emailed to the SW and the
                          diabetes nurse every Friday, with no skipped dose
  WHERE ARE WE NOW? ..... Log sent weekly; one skipped reading in January
  STATUS ................ ON TRACK

TASK 08 of 11   (outcome 5.1, 5.3)
  WHAT .................. Have Maisie every Sunday night and take her to
                          school on Monday, and check her bedtime reading
                          on the follower app every evening
  OWNER ................. Joanne Hirst (maternal aunt)
  TARGET DATE ........... Every Sunday from 5pm; the app check by 10pm
                          every evening
  WHAT GOOD LOOKS LIKE .. Joanne texts the SW each Monday; the app's sharing
                          log shows her evening check on at least 6 days
                          in 7
  WHERE ARE WE NOW? ..... Every Sunday kept; app checks on most evenings
  STATUS ................ ON TRACK

TASK 09 of 11   (outcome 5.2, 5.3)
  WHAT .................. Be the adult Maisie rings if her dad has been
                          drinking or cannot be woken, and collect her that
                          night
  OWNER ................. Joanne Hirst (maternal aunt)
  TARGET DATE ........... The same night, whenever Maisie rings
  WHAT GOOD LOOKS LIKE .. Joanne texts the SW by 9am the next day after any
                          call; Maisie shows the SW Joanne's number saved
                          in her phone at each visit
  WHERE ARE WE NOW? ..... No calls since the detox
  STATUS ................ ON TRACK

TASK 10 of 11   (outcome 5.3)
  WHAT .................. Four sessions of direct work with Maisie about her
                          diabetes, her dad's drinking and missing her mum,
                          and a referral to the bereavement service if she
                          wants one
  OWNER ................. Priya Varma, SW
  TARGET DATE ........... Original: by 31/12/2025. Revised: by 31/03/2026
                          (SW changed; two sessions done)
  WHAT GOOD LOOKS LIKE .. Maisie's worksheets and her words kept on file and
                          brought to the core group on 31/03/2026
  WHERE ARE WE NOW? ..... Two of four sessions done
  STATUS ................ PARTLY - carried forward with the new date

TASK 11 of 11   (outcome 5.4) - NEW TODAY
  WHAT .................. Monthly sessions with Maisie on managing her
                          diabetes herself and getting ready for the school
                          trip, with goals she sets
  OWNER ................. Dr Nia Blackwood, paediatric psychologist,
                          Gimbleford Royal Infirmary diabetes team
  TARGET DATE ........... Monthly from 03/03/2026 until the school trip in
                          June
  WHAT GOOD LOOKS LIKE .. A letter to the SW after each session with
                          Maisie's goals and whether she met them
  WHERE ARE WE NOW? ..... New
  STATUS ................ NEW

7. TASKS CLOSED BEFORE THIS REVIEW
--------------------------------------------------------------------------------
- Refer Craig to Gimbleford Community Alcohol Service (GP) - completed
  20/11/2025.
- Ask the pharmacy to deliver Maisie's insulin - no longer needed because
  Joanne collects it on Mondays; closed 17/02/2026.

8. CONTINGENCY
--------------------------------------------------------------------------------
If Maisie's sensor shows no scan for 8 hours while she is at home, or two
readings above 14 with ketones, Sarah Whitlam will phone Craig and Priya the
same day. If Craig cannot be reached or has been drinking, Joanne will collect
Maisie and she will stay at 6 Fenner Close, and Priya (or the out-of-hours
team) will visit the same day; a strategy discussion will be held within one
working day.
If Craig is found to have been drinking while caring for Maisie (a breath test
that is not zero, a call from Maisie, or school smelling alcohol), Maisie will
stay with Joanne until a strategy discussion has been held.
If Joanne cannot have Maisie or cannot collect her (she is ill or away),
Priya will arrange the same day for Maisie to stay with Gimbleford foster
carers, and Sarah Whitlam will go through her diabetes care with them that
evening.

9. LEGAL PLANNING
--------------------------------------------------------------------------------
If Craig has two breath tests that are not zero before the second review, or
Maisie is admitted to hospital again because her insulin was missed, Priya
will ask Sue Okonedo for a legal planning meeting within 5 working days.

10. MEETINGS
--------------------------------------------------------------------------------
Core group ........ every six weeks, Tuesdays 4pm, Gimbleford High School:
                    31/03/2026, 12/05/2026, 23/06/2026, 28/07/2026
Review CPC ........ second review conference 18/08/2026, 10am, Gimbleford
                    Civic Centre
Maisie's views .... Priya will see Maisie on her own before each core group
                    and bring her words to it

11. CHANGE LOG
--------------------------------------------------------------------------------
06/01/2026  Task 01 and task 10 owner Luke Brennan -> Priya Varma
12/01/2026  Task 05 completed and closed
02/02/2026  Task 04 owner Fran Tate -> Ade Kolawole
17/02/2026  Task 01 frequency weekly -> every two weeks; task 10 date moved
            to 31/03/2026; task 11 added; pharmacy delivery closed
================================================================================
END OF PRINT
""",
    "findings": [],
})
