"""Batch 112, module p: seven fictional plans (held-out material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as they stand at a review, written at the initial conference and
updated since. A landscape review table with first and updated dates,
progress and RAG columns and closed rows kept for the record; core group
minutes with an action log of carried-forward and new actions; a Markdown plan
updated after a core group with finished actions marked "DONE -"; a social
worker's pre-review report to the IRO with the updated plan and progress; a
plan pasted into an e-mail with two replies above it; a review conference
plan with a merged outcome column and dates of the update beside the first
dates; and a case-system print with DUE / MEASURE / PROGRESS / RAG fields.
Four are exemplary; three carry a realistic mix of faults among good rows.

Counting actions: rows or bullets of the action section that are still live.
A one-off action shown as finished and closed ("DONE -", RAG "Closed") is work
already done and is not counted (README, "Files", actions).
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan, neglect, mother's depression and drinking,
#    two children. Landscape review table: first date -> updated date,
#    progress and RAG columns, two closed rows kept. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_pindlesham_rcpc_progress_rag_table_whitcombe.docx",
    "doc_title": "Review Child Protection Plan - Lacey and Finn Whitcombe",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-details-list-what-has-changed-since-icpc-childrens-views-then-and-now-outcomes-then-review-table-first-and-updated-dates-progress-and-rag-columns-new-rows-closed-rows-kept-contingency-core-group",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 4-year-old whose mother has "
        "depression and was drinking most afternoons. A landscape Word review table keeps each "
        "action's initial conference date with the updated date beside it, and adds a progress "
        "column ('Achieved', 'Partly - see note', 'Not started') and a RAG column; two finished "
        "one-off rows are kept as 'DONE' and 'Closed' (not counted as actions) and two rows were "
        "added at core groups. Every live row has a lead, a timescale and something that will be "
        "seen; the CMHT psychiatrist's capacity report is carried forward with a new date and the "
        "CPN also reports on change; the grandmother's part has a fallback, legal planning follows "
        "named triggers, core group and review dates are set; the children's words then and now."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Pindlesham Borough Council · Children's Services · Safeguarding and Family Support (South)"),
        ("kv", [
            ("Children", "Lacey Whitcombe (9), DOB 14/02/2016; Finn Whitcombe (4), DOB 03/10/2020"),
            ("Address", "22 Wherry Road, Pindlesham PD4 6LN"),
            ("Mother", "Dionne Whitcombe (32)"),
            ("Father", "Aaron Pike (35), 9 Tolland Court, Pindlesham; has the children every Sunday"),
            ("Maternal grandmother", "Carol Whitcombe, 5 Sedge Lane, Pindlesham (ten minutes' walk)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "17/06/2025"),
            ("First review conference", "09/09/2025, Pindlesham Civic Centre. Chair (IRO): Marian Oduya"),
            ("Social worker", "Tom Haskell (team manager: Ruth Fairley)"),
            ("This version", "Updated at the core group on 02/09/2025 and agreed at the review conference"),
        ]),
        ("h1", "Why Lacey and Finn have a plan"),
        ("p", "Dionne has had depression since Finn was born and by the spring was drinking most afternoons. "
              "Lacey, then 8, was getting herself and Finn up, making breakfast and walking Finn to nursery. She "
              "was late to school 24 times in the spring term, and Finn missed two hearing appointments. On "
              "02/06/2025 a neighbour found Finn alone in the front garden at 7pm while Dionne was asleep "
              "inside."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "Dionne was seen by Pindlesham Community Mental Health Team on 01/07/2025 and started new "
            "medication on 15/07/2025. She says she gets up with the children most days, and the school and "
            "nursery registers bear this out.",
            "Eight of Dionne's ten breath tests at Pindlesham Alcohol Service have been negative. On "
            "16/08/2025 Carol found her asleep after drinking, at 4pm, with Finn in the garden; Lacey rang "
            "Carol as the plan says and the children stayed at Sedge Lane that night.",
            "Lacey's attendance for the last six weeks of the summer term was 97%, up from 86%. Finn's "
            "hearing test on 22/07/2025 was clear and his speech was assessed on 24/07/2025.",
            "Two one-off actions are finished and kept at the foot of the table as closed. Two actions were "
            "added at core groups. The CMHT capacity-to-change report is carried forward with a new date.",
        ]),
        ("h1", "What Lacey and Finn have told us – then and now"),
        ("boldp", "Lacey"),
        ("p", "Then (seen on her own at school, 10/06/2025): “I do Finn's breakfast because Mum's too tired. I "
              "don't tell my teacher when I'm late because then Mum gets in trouble.” She scored home 4 out of "
              "10."),
        ("p", "Now (seen on her own at home, 28/08/2025): “Mum gets up now, mostly. Nana does Mondays and it's "
              "the best day. I still check on Mum when I get in.” She scored home 7 out of 10 and said a 10 "
              "would be “Mum not being sad and not having wine”."),
        ("boldp", "Finn"),
        ("p", "Then: Finn had few clear words and pulled adults to what he wanted. When he hurt his knee on the "
              "visit of 05/06/2025 he went to Lacey for comfort, not to his mum."),
        ("p", "Now: on 28/08/2025 Finn said “Nana's bed, big bed” and showed the social worker his new shoes. "
              "His nursery key worker counts about 30 clear words, up from about 10 in June. When a door banged "
              "he ran to Dionne and let her comfort him."),
        ("h1", "What we want for Lacey and Finn"),
        ("numbers", [
            "Lacey and Finn are cared for every day by a sober adult who gets them up, gives them breakfast and "
            "gets them to school and nursery on time.",
            "Finn's speech and hearing needs are met: he gets to every appointment and his clear words keep "
            "increasing.",
            "Lacey no longer looks after Finn or her mum, and has time for her own friends and clubs.",
            "Lacey and Finn know who to ring if their mum has been drinking, and are safe the same day when "
            "they do.",
        ]),
        ("h1", "Review of the plan"),
        ("p", "Each row keeps the date set at the initial conference; where it has changed, the updated date is "
              "written after the arrow. Progress is as reported at the core group on 02/09/2025. RAG: Green – on "
              "track; Amber – partly done, late or not yet started; Red – not happening; Closed – finished, kept "
              "here for the record."),
        ("table", {
            "header": ["No.", "Action", "Who", "When (ICPC date → updated date)", "How we will know",
                       "Progress at 02/09/2025", "RAG"],
            "widths": [1.0, 5.6, 3.4, 3.6, 5.2, 4.9, 2.0],
            "rows": [
                ["1",
                 "Visit Lacey and Finn at home, at least one visit a month unannounced, and see Lacey on her "
                 "own each time",
                 "Tom Haskell, social worker (SW)",
                 "Weekly from 20/06/2025 → no change, weekly until the next review",
                 "Visit records show both children seen every week and Lacey seen alone, with her own words "
                 "written down",
                 "Achieved – 11 of 11 weekly visits, 3 unannounced; Lacey seen alone at every visit",
                 "Green"],
                ["2",
                 "Drink no alcohol while caring for Lacey and Finn, and keep no alcohol in the house",
                 "Dionne Whitcombe (Mum)",
                 "Every day from 17/06/2025 → no change",
                 "Breath tests at the Alcohol Service and at SW visits are negative; a green rating at the next "
                 "core group needs four of four negative",
                 "Partly – see note: 8 of 10 negative; lapse on 16/08/2025, contingency used",
                 "Amber"],
                ["3",
                 "Key-work with Dionne and a breath test at each session; report on whether her drinking is "
                 "changing in ways Lacey and Finn will notice",
                 "Jo Varley, recovery worker, Pindlesham Alcohol Service",
                 "Every Tuesday; written report two working days before each core group → no change",
                 "Breath test results and the written report on the SW's file before each core group",
                 "Achieved – reports received for all three core groups",
                 "Green"],
                ["4",
                 "Assess Dionne's depression and medication, and report on her capacity to make and keep the "
                 "changes Lacey and Finn need, with the likely timescale",
                 "Dr Nadia Sethi, consultant psychiatrist, Pindlesham CMHT",
                 "By 31/07/2025 → carried forward to 30/09/2025",
                 "Written capacity-to-change report sent to the SW and every core group member",
                 "Partly – see note: medication review done 15/07/2025; report delayed by leave, new date agreed "
                 "with Dr Sethi",
                 "Amber"],
                ["5",
                 "Visit Dionne at home, check her mood and tablets, and tell the core group whether she is "
                 "making and keeping the changes needed to get the children up and out each morning",
                 "Mark Ellery, care co-ordinator (CPN), Pindlesham CMHT",
                 "Every other Thursday from 03/07/2025 → no change",
                 "Written update to each core group with visit dates, tablet counts and Mark's view of the "
                 "changes made",
                 "Achieved – six visits; an update given at each core group",
                 "Green"],
                ["6",
                 "Take Lacey to school and Finn to nursery, giving them breakfast at Sedge Lane first",
                 "Carol Whitcombe (maternal grandmother)",
                 "Every Monday, Wednesday and Friday in term time → restarts 03/09/2025",
                 "School and nursery registers show both children in on time on Carol's days; Carol texts the "
                 "SW each Friday",
                 "Achieved – every one of Carol's days in the summer term kept",
                 "Green"],
                ["7",
                 "Be the adult Lacey rings if her mum has been drinking, and have both children to stay at 5 "
                 "Sedge Lane that night",
                 "Carol Whitcombe (maternal grandmother)",
                 "From 17/06/2025; the same night whenever Lacey rings",
                 "Carol texts the SW by 9am the day after every call; Lacey shows the SW Carol's number saved "
                 "in her phone",
                 "Achieved – used once, on 16/08/2025; Carol texted the SW at 7.50am",
                 "Green"],
                ["8",
                 "Check Lacey's attendance, lateness and presentation each morning, and phone the SW the same "
                 "day if she is absent, late or hungry",
                 "Mrs Anita Coles, DSL, Pindlesham Fields Primary",
                 "Every school day → autumn term from 03/09/2025",
                 "Attendance printout emailed to the SW each Friday; same-day calls logged on CPOMS",
                 "Achieved to the end of the summer term (97%)",
                 "Green"],
                ["9",
                 "Give Finn six speech and language therapy sessions at nursery and set his target words",
                 "Priya Lall, speech and language therapist, Pindlesham Children's Therapy",
                 "Assessment by 31/07/2025 → done 24/07/2025; six sessions by 31/10/2025",
                 "Session notes sent to the SW and nursery; Finn's clear-word count at session 1 and at "
                 "session 6",
                 "Partly – see note: assessment done; sessions start 10/09/2025",
                 "Amber"],
                ["10",
                 "NEW (core group 05/08/2025): practise Finn's target words with him every session and note "
                 "whether he arrived fed and on time",
                 "Gemma Rowe, key worker, Little Acorns Nursery",
                 "Every nursery day (Monday to Thursday) from 04/09/2025",
                 "Word tally and arrival notes emailed to the SW each Friday",
                 "Not started – begins with the autumn term",
                 "Amber"],
                ["11",
                 "NEW (core group 02/09/2025): work with Dionne on a morning routine and a weekly food shop so "
                 "that Lacey and Finn are up, dressed and fed by 8.15am",
                 "Kelly Marsh, family support worker (FSW)",
                 "Every Thursday at 7.45am, six sessions from 11/09/2025",
                 "The next update will show, for each session, whether both children were up, dressed and fed "
                 "by 8.15am",
                 "Not started – FSW allocated 01/09/2025",
                 "Amber"],
                ["12",
                 "Have Lacey and Finn for the day at 9 Tolland Court and bring them home by 5pm",
                 "Aaron Pike (Dad)",
                 "Every Sunday, 10am to 5pm → no change",
                 "Contact diary signed by Aaron and Dionne, seen by the SW at the first visit each month",
                 "Achieved – one Sunday missed (Aaron at work), made up on 13/07/2025",
                 "Green"],
                ["13",
                 "DONE – share Dionne's mental health and alcohol history with the SW and refer her to the "
                 "CMHT",
                 "Dr Helen Marchant, GP, Reedwell Surgery",
                 "By 27/06/2025",
                 "GP letter and CMHT referral on the children's files",
                 "Completed 24/06/2025",
                 "Closed"],
                ["14",
                 "DONE – book Finn's missed hearing test and go with Dionne and Finn to it",
                 "Sarah Okoro, health visitor (HV)",
                 "By 31/07/2025",
                 "Audiology result in Finn's red book and sent to the SW",
                 "Completed 22/07/2025 – hearing clear",
                 "Closed"],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("p", "If Dionne is found to have been drinking while caring for Lacey and Finn (a positive breath test, a "
              "call from Lacey, or a report from school, nursery or a neighbour), the children will go to Carol at "
              "5 Sedge Lane that day, and Tom will hold a strategy discussion with Pindlesham Police the same day "
              "if either child was left without a sober adult. This was used on 16/08/2025 and worked."),
        ("p", "If Carol cannot do a school morning or have the children (she is ill, away or cannot be reached), "
              "Aaron will take them to school and nursery, or collect them and keep them at 9 Tolland Court that "
              "night. If neither Carol nor Aaron can, Tom will place Lacey and Finn together with Pindlesham "
              "foster carers the same day."),
        ("p", "If Dionne has more than two further positive breath tests before the next review, or Dr Sethi's "
              "report says she cannot make the changes within Lacey and Finn's timescale, or Lacey's attendance "
              "falls below 90% in the first half of the autumn term, Tom will ask Ruth Fairley for a legal "
              "planning meeting within 5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.30pm at Pindlesham Family Hub: 30/09/2025, 28/10/2025, "
            "25/11/2025 and 06/01/2026.",
            "Second review child protection conference: 10/02/2026, 10am, Pindlesham Civic Centre.",
            "Before each core group Tom will ask Lacey what has changed at home and bring her words, and what he "
            "has seen of Finn, to the meeting.",
        ]),
        ("p", "Plan agreed at the review conference on 09/09/2025. Copies to Dionne, Aaron, Carol and every lead "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group 3 minutes with an action log (carried-forward and new
#    actions), mother's drug use and anxiety, father's drinking. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_prowdmere_core_group_minutes_action_log_maddox.pdf",
    "doc_title": "Core Group Minutes - Rowan and Ivy Maddox",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "core-group-minutes-word-printed-to-pdf-landscape-page-header-footer-details-list-agency-updates-childrens-views-then-and-now-outcomes-from-plan-then-action-log-table-carried-forward-and-new-rows-progress-in-measure-column-status-column-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for a 7-year-old and a 19-month-old whose mother uses "
        "cannabis and cocaine and has anxiety, and whose father drinks. A landscape Word document "
        "printed to PDF with header and footer: agency updates, the children's views then and now, "
        "the plan's outcomes, then an action log of carried-forward (CF) and new rows whose "
        "measure column also carries progress. Most rows are sound (weekly visits, drug service "
        "reports, the health visitor's weighs, 'the next update will show...'). Faults: guided "
        "self-help that only treats the mother, measured by 'Going well'; a referral carried "
        "forward still with no owner; the father's agreement 'Ongoing'; the GP's review measured "
        "by 'To be reviewed at core group'; the parenting assessment with no measure; 'All "
        "professionals' to report sightings; an outcome for the parents nobody could check; a "
        "contingency that only says the core group will review, and no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE – Prowdmere Council – Children's Social Care",
    "footer": "Maddox – Core group 3 minutes (12/08/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("kv", [
            ("Children", "Rowan Maddox (7), DOB 21/04/2018; Ivy Maddox (19 months), DOB 02/01/2024"),
            ("Address", "6 Chandler's Row, Prowdmere PW5 2TE"),
            ("Meeting", "Core group 3, Tuesday 12/08/2025, 10am, Prowdmere Family Hub"),
            ("Plan made", "Initial child protection conference, 01/07/2025 (category: neglect)"),
            ("Chair and minutes", "Bex Adeyinka, social worker"),
            ("Present", "Kerry Maddox (Mum); Shane Tully (Dad); Sophie Brannan (health visitor); Liam Foulkes "
                        "(Prowdmere Recovery Partnership); Mr Ian Poole (DSL, St Luke's Primary, by phone)"),
            ("Apologies", "Dr Amir Latif (GP), no report sent; Prowdmere Talking Therapies, no one available"),
        ]),
        ("h1", "1. Updates since the last core group (15/07/2025)"),
        ("p", "Bex (SW): five weekly visits since the last meeting, two of them unannounced. The house was tidier "
              "each time and there was food in the fridge. On 05/08/2025 the front room smelled strongly of "
              "cannabis; Kerry said a friend had been round. Shane's brother Craig, who has a conviction for "
              "supplying drugs, was seen leaving the house that afternoon. Rowan was at summer club."),
        ("p", "Liam (Recovery Partnership): Kerry has come to three of the four Wednesday sessions. Her screens on "
              "23/07/2025 and 06/08/2025 were negative for cocaine and positive for cannabis at lower levels. "
              "Shane has had two alcohol assessments and says he is drinking four cans a night, down from eight."),
        ("p", "Sophie (HV): Ivy weighed 10.4kg on 29/07/2025, on the 25th centile. Her 18-month review on "
              "24/07/2025 was missed because Kerry forgot it; it has been rebooked."),
        ("p", "Mr Poole (DSL): Rowan's attendance in the summer term was 91%. He was late on six days in July, "
              "each time on a Monday."),
        ("p", "Kerry and Shane: Kerry said the Talking Therapies sessions are helping her sleep. Shane said the "
              "house is calmer and that he no longer drinks in front of the children."),
        ("h1", "2. What Rowan and Ivy are telling us"),
        ("p", "Rowan (seen on his own at school, 07/08/2025): “Dad doesn't shout as much now. I don't like the "
              "smell in the front room. I want to go to Beavers like Josh.” At the initial conference he called "
              "home “noisy” and gave it 3 out of 10; this time he gave it 6."),
        ("p", "Ivy is 19 months old. On the last two visits she was clean and dressed, toddled to Kerry with her "
              "books and laughed when Shane chased her. On 05/08/2025 she was in a soaked nappy at 2pm and Kerry "
              "could not say when she was last changed."),
        ("h1", "3. Outcomes we are working towards (from the plan made at conference)"),
        ("bullets", [
            "Rowan and Ivy are cared for by parents who are sober and awake enough to look after them, day and "
            "night.",
            "Ivy is fed, changed and taken to her health checks, and grows along her centile.",
            "Rowan gets to school on time every day and comes home to a calm house.",
            "Kerry and Shane are in a better place.",
        ]),
        ("h1", "4. Action log"),
        ("p", "CF = carried forward from the plan made at conference; where the date has changed, the first date "
              "is shown beside the new one. NEW = agreed at this meeting. Status: G on track, A partly done or "
              "late, R not started or not happening."),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "How we will know / progress", "Status"],
            "widths": [1.3, 7.2, 4.0, 4.4, 6.8, 2.0],
            "rows": [
                ["CF1",
                 "Visit Rowan and Ivy at home, with an unannounced visit at least every fortnight, and see Rowan "
                 "on his own",
                 "Bex Adeyinka, SW",
                 "Weekly until the review conference on 23/09/2025",
                 "Visit log shows 6 of 6 weeks visited so far; the next update will show every week visited and "
                 "Rowan seen alone",
                 "G"],
                ["CF2",
                 "Key-work with Kerry and Shane with urine or breath screens, and a written report on their use "
                 "to each core group",
                 "Liam Foulkes, Prowdmere Recovery Partnership",
                 "Key-work every Wednesday; report two days before each core group",
                 "Report received for this meeting (cocaine negative at both screens); the next update will "
                 "show four of four sessions kept",
                 "G"],
                ["CF3",
                 "Go to every Wednesday key-work session and give a urine screen each time",
                 "Kerry Maddox (Mum)",
                 "Every Wednesday",
                 "Recovery Partnership attendance record shows 3 of 4 so far; green needs 4 of 4 by the next "
                 "core group",
                 "A"],
                ["CF4",
                 "Six sessions of guided self-help for Kerry's anxiety and sleep",
                 "Prowdmere Talking Therapies",
                 "Fortnightly from 22/07/2025",
                 "Going well – Kerry says she finds it helpful",
                 "G"],
                ["CF5",
                 "Referral to the Prowdmere Parenting Team for the Incredible Years course, still not made",
                 "-",
                 "By 29/08/2025 (first due 15/07/2025)",
                 "Acceptance letter from the Parenting Team on file",
                 "R"],
                ["CF6",
                 "Weigh Ivy, check her development and where she sleeps, and complete her 18-month review",
                 "Sophie Brannan, HV",
                 "Every other Tuesday; 18-month review on 02/09/2025 (first due 24/07/2025)",
                 "Weights plotted in Ivy's red book; the next update will show the 18-month review done and its "
                 "scores sent to the SW",
                 "A"],
                ["CF7",
                 "Check Rowan's attendance and lateness every day and call the SW the same day if he is absent "
                 "without a reason",
                 "Mr Ian Poole, DSL, St Luke's Primary",
                 "Every school day from 03/09/2025",
                 "Attendance emailed to the SW each Friday; green at the next core group needs no unexplained "
                 "absence",
                 "G"],
                ["CF8",
                 "Stick to the written agreement about not drinking at home",
                 "Shane Tully (Dad)",
                 "Ongoing",
                 "Negative breath tests at key-work; no alcohol seen or smelled at SW visits",
                 "A"],
                ["CF9",
                 "Review Kerry's sertraline and tell the SW about any change in her anxiety",
                 "Dr Amir Latif, GP, Harbour Lane Surgery",
                 "Before the next core group (09/09/2025)",
                 "To be reviewed at core group",
                 "R"],
                ["CF10",
                 "Complete the parenting assessment of Kerry and Shane",
                 "Bex Adeyinka, SW",
                 "By 15/08/2025 → new date 16/09/2025, before the review conference",
                 "",
                 "A"],
                ["NEW1",
                 "Tell the SW the same day if Craig Tully is seen at the house",
                 "All professionals",
                 "Same day",
                 "Every sighting logged on Rowan's and Ivy's case files",
                 "New"],
                ["NEW2",
                 "Ask Rowan which after-school club he would like, and book him a place",
                 "Bex Adeyinka, SW, with Mr Poole",
                 "Before the next core group (09/09/2025)",
                 "Club place confirmed in writing and Rowan's first session on the club register",
                 "New"],
            ],
        }),
        ("h1", "5. Contingency (as agreed at conference)"),
        ("p", "If things do not improve, the core group will review the plan at its next meeting and consider next "
              "steps."),
        ("h1", "6. Next meetings"),
        ("bullets", [
            "Core group 4: Tuesday 09/09/2025, 10am, Prowdmere Family Hub.",
            "Review child protection conference: Tuesday 23/09/2025, 2pm, Prowdmere Civic Offices.",
            "After the review conference the core group meets every four weeks unless the conference decides "
            "otherwise.",
        ]),
        ("p", "Minutes circulated on 13/08/2025 by Bex Adeyinka. Please send any corrections within five working "
              "days."),
    ],
    "findings": [
        F("F002", "Kerry and Shane are in a better place."),
        F("H001", "Six sessions of guided self-help for Kerry's anxiety and sleep"),
        F("M002", "Six sessions of guided self-help for Kerry's anxiety and sleep"),
        F("W001", "Referral to the Prowdmere Parenting Team for the Incredible Years"),
        F("T002", "Stick to the written agreement about not drinking at home"),
        F("M002", "Review Kerry's sertraline and tell the SW"),
        F("M001", "Complete the parenting assessment of Kerry and Shane"),
        F("W002", "Tell the SW the same day if Craig Tully"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan for a 5-month-old updated after core group 4, mother's postnatal
#    depression, father's cannabis use. Markdown bullets under goal
#    subheadings; finished actions marked "DONE -", CARRIED FORWARD and NEW
#    in words. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_plimhollow_updated_plan_done_in_words_farrelly.md",
    "split": "heldout",
    "actions": 11,
    "template": "updated-icpc-plan-markdown-details-bullets-why-what-has-changed-babys-day-then-and-now-outcomes-then-goal-subheadings-bold-owner-bullets-done-carried-forward-new-marked-in-words-contingency-meetings",
    "description": (
        "Exemplary plan for a 5-month-old, as updated by the social worker after the fourth core "
        "group and sent to the review conference. Mother has postnatal depression, father smoked "
        "cannabis. A Markdown plan of bullets under goal subheadings, each with a bold owner, a "
        "timescale and what will be seen; finished actions are kept and marked 'DONE -' (not "
        "counted as actions), one action is 'CARRIED FORWARD' with its first date beside the new "
        "one, two are 'NEW'. The perinatal psychiatrist and the parent-infant therapist both "
        "assess change, the GP and the substance misuse service own actions, the grandmother's "
        "mornings have a fallback, legal planning follows named triggers, dates are set; the "
        "baby's day is described then and now."
    ),
    "text": """\
# Orla Farrelly — child protection plan, updated for the review conference

**Plimhollow City Council · Children's Social Care · Safeguarding Team 4**

- **Child:** Orla Farrelly, born 18/03/2025 (5 months)
- **Mother:** Niamh Farrelly (22), 14 Tansy Court, Plimhollow PL3 8DW
- **Father:** Connor Byrne (24), lives with Niamh and Orla; works 7am to 3pm Monday to Friday
- **Paternal grandmother:** Bernadette Byrne, 31 Cobble Row, Plimhollow
- **Category:** Neglect
- **Initial conference:** 03/06/2025
- **Review conference:** 16/09/2025, 10am, Plimhollow Civic Centre (chair: Adrian Welsby, IRO)
- **Social worker:** Hollie Grant (team manager: Sunil Batra)
- **This version:** updated by Hollie after core group 4 on 26/08/2025. Finished actions stay in the list,
  marked **DONE –**, so everyone can see what has been done. **CARRIED FORWARD** means the action has a new
  date, with the first date beside it. **NEW** means the action was agreed at core group 4. "The next
  update" is the written update Hollie sends to everyone after each core group.

## Why Orla has a plan

At the initial conference Orla was 11 weeks old and had dropped from the 50th to the 9th centile. Niamh had
severe postnatal depression and a history of self-harm, and was staying in bed most of the day. Connor was
smoking cannabis every day in the flat and sleeping through Orla's night feeds. On 22/05/2025 the health
visitor found Orla in a soaked nappy with her bottle propped on a rolled towel.

## What has changed since the initial conference

- Orla has gained weight at 11 of her 12 Monday weighs and is back on the 25th centile.
- Niamh has seen the perinatal team every fortnight and started medication; most days she now gets up for
  Orla's first feed.
- Connor's screens were positive for cannabis in June and have been negative at all four screens since
  15/07/2025.
- One worry remains: on 12/08/2025 Niamh told the health visitor she had thought about "just walking out".
  She spoke to the perinatal team the same day and a crisis plan was written with her.
- The perinatal psychiatrist's report on whether Niamh can make the changes Orla needs was due on 31/07/2025
  and is carried forward.

## Orla's day — then and now

**Then (June):** Orla was sleepy and quiet, with a weak cry. She was fed from a propped bottle and was rarely
held. When Niamh picked her up Orla arched away, and Niamh put her straight back in her bouncer.

**Now (August):** Orla is alert and smiley and babbles at Connor. She reaches for Niamh and settles on her
shoulder within a minute; on 21/08/2025 Niamh saw that Orla was hungry before she cried and fed her in her
arms. Orla still goes quiet and stares when the flat is noisy, and Bernadette says she sleeps best on the
mornings she is there.

## What we want for Orla

1. Orla is fed on time, held for her feeds, and keeps growing along the 25th centile.
2. Orla is cared for by parents who notice her cues and comfort her quickly, and who are sober and awake
   whenever she is in their care.
3. Orla sleeps safely on her back in her own cot at every sleep.
4. Orla always has a safe adult with her if Niamh becomes unwell again.

## The plan

### So that Orla is fed, grows and sleeps safely

- **DONE –** Shona Pearce (HV) went through safe sleep with Niamh and Connor and checked Orla's cot by
  10/06/2025; the signed safe-sleep checklist has been on Orla's file since 06/06/2025.
- **Shona Pearce (HV)** will weigh Orla every Monday at Tansy Road clinic and plot her weight in the red
  book; the next update will show Orla on or above the 25th centile at every weigh.
- **Niamh** will fill in Orla's feed and sleep diary every day, and Shona will check at each Monday weigh
  that no gap between feeds is longer than four hours.
- **Hollie Grant (SW)** will visit Orla at home every week, one visit in four unannounced, and record where
  Orla sleeps and how Niamh and Connor respond when she cries; the next update will show every weekly visit
  on the case record.

### So that Niamh can notice and answer Orla's cues

- **DONE –** Dr Farah Noon (GP) referred Niamh to the Plimhollow Perinatal Mental Health Team by
  10/06/2025; the team's acceptance letter of 12/06/2025 is on file.
- **CARRIED FORWARD – Dr Ruth Amankwah (consultant perinatal psychiatrist)** will see Niamh every other
  Wednesday and send Hollie and the core group a written assessment of Niamh's capacity to make the changes
  Orla needs, the steps still needed and how long they are likely to take, by 09/09/2025 (first date
  31/07/2025).
- **Tess Ogundipe (parent-infant therapist, Perinatal Mental Health Team)** will film a feed-and-play
  session with Niamh and Orla every Tuesday for eight weeks from 15/07/2025, score the films at weeks 1, 4
  and 8, and report to each core group on whether Niamh's responses to Orla are changing enough for her.
- **Dr Farah Noon (GP)** will review Niamh's medication at a four-weekly appointment, next on 09/09/2025, and
  send the medication plan to Hollie and Dr Amankwah within a week of each review.
- **NEW – Hollie Grant (SW)** will refer Niamh and Orla to Plimhollow Home-Start for a volunteer two
  mornings a week within two weeks of core group 4 (by 09/09/2025); the acceptance letter will be on file.

### So that Orla is cared for by sober adults

- **DONE –** Connor registered with the Plimhollow Substance Misuse Service by 20/06/2025 (registered on
  11/06/2025; letter on file).
- **Dev Nair (recovery worker, Plimhollow Substance Misuse Service)** will see Connor every other Thursday
  with a urine screen, and send Hollie the results and his view on whether Connor has stopped two days
  before each core group.
- **Connor** will not smoke cannabis in the flat or while caring for Orla, every day from 03/06/2025; a
  green rating at the next core group needs every screen negative and no smell of cannabis at any visit.

### So that Niamh and Orla are not alone while Niamh is recovering

- **Bernadette Byrne (paternal grandmother)** will be at the flat from 7am to 11am every Monday, Wednesday
  and Friday while Connor is at work, and will sign the visitors' sheet in Orla's folder, which Hollie
  checks each week.
- **NEW – Bernadette Byrne** will do Orla's bath and bedtime with Niamh every Saturday evening and write a
  line in Orla's folder after each one; the next update will show four Saturdays written up.

## If things go wrong

- **If** Orla loses weight at two Monday weighs in a row, her diary shows a gap of more than four hours
  between feeds twice in one week, or Niamh tells anyone she has thoughts of harming herself or Orla or of
  leaving: Hollie will hold a strategy discussion the same day, and Orla will be cared for by Connor with
  Bernadette staying at the flat until it has taken place. Niamh's crisis plan with the perinatal team
  starts the same day.
- **If** Connor has a positive screen, or anyone smells cannabis in the flat: Connor will stay at Cobble Row
  until he has a negative screen, and Orla will not be left alone in his care.
- **If Bernadette cannot be there** (she is ill, away or cannot manage): Hollie will arrange a family
  support worker at the flat for those mornings from the same week. If no safe adult can be with Niamh and
  Orla, Orla will go to Plimhollow foster carers that day, with family time every day.
- **If** by the review conference Orla's weight has dropped below the 9th centile again, or Dr Amankwah's
  assessment says Niamh cannot make the changes within Orla's timescale, Hollie will request a legal
  planning meeting within five working days to decide whether to start the PLO.

## Meetings

- Core groups so far: 24/06/2025, 22/07/2025 and 26/08/2025 (every four weeks).
- Review child protection conference: 16/09/2025, 10am, Plimhollow Civic Centre.
- After the review, the core group keeps meeting every four weeks, Tuesdays at 1.30pm at Tansy Road clinic:
  14/10/2025 and 11/11/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's pre-review report to the IRO, mother's EUPD and
#    overdoses, young carer and his sister. Updated plan with a progress
#    column for the conference to agree. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_pattenbury_pre_review_report_to_iro_hennessy.pdf",
    "doc_title": "Report to the Review Child Protection Conference - Callum and Poppy Hennessy",
    "split": "heldout",
    "actions": 11,
    "template": "pre-review-social-work-report-to-iro-word-printed-to-pdf-page-header-footer-addressed-details-list-purpose-what-has-changed-childrens-views-then-and-now-parents-views-outcomes-then-updated-plan-table-with-progress-column-contingency-recommendation-meetings",
    "description": (
        "Exemplary social work report to the IRO before the first review conference, for a "
        "13-year-old young carer and his 6-year-old sister whose mother has emotionally unstable "
        "personality disorder and took two overdoses. A Word report printed to PDF with header "
        "and footer: what has changed, the children's words then and now, the parents' views, "
        "outcomes, and the plan as updated at the last core group with a progress column, for the "
        "conference to agree. The CPN and the psychologist both assess change (the psychologist's "
        "report carried forward four days), CAMHS, both schools and young carers have actions, "
        "the aunt's and father's care has a fallback, legal planning follows named triggers, core "
        "group dates and the next review are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Pattenbury County Council – Children's Services",
    "footer": "Hennessy – Report to review conference 07/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Social Work Report to the Review Child Protection Conference"),
        ("p", "Pattenbury County Council · Children's Services · Family Safeguarding Team (West)"),
        ("kv", [
            ("To", "Gail Okonkwo, Independent Reviewing Officer and conference chair"),
            ("From", "Priya Chauhan, social worker (team manager: Declan Muir)"),
            ("Report date", "23/09/2025"),
            ("Children", "Callum Hennessy (13), DOB 11/05/2012; Poppy Hennessy (6), DOB 27/01/2019"),
            ("Address", "8 Larkspur Way, Pattenbury PT2 7HB"),
            ("Mother", "Tanya Hennessy (38), main carer"),
            ("Father", "Gareth Hennessy (40), 41 Mill Race, Pattenbury; has the children for Wednesday tea "
                       "and every other weekend"),
            ("Paternal aunt", "Louise Hennessy, 6 Harebell Close, Pattenbury"),
            ("Category", "Emotional abuse (both children)"),
            ("Conferences", "Initial 08/07/2025; review 07/10/2025, 10am, Pattenbury County Hall"),
        ]),
        ("h1", "1. Purpose of this report"),
        ("p", "This report tells the review conference what has changed for Callum and Poppy since 08/07/2025, "
              "what they have told me and what I recommend. Section 5 is the plan as updated at the core group "
              "on 16/09/2025, with the progress on each action, for the conference to agree. Tanya and Gareth "
              "read this report with me on 22/09/2025 and their comments are in section 4."),
        ("h1", "2. What has changed since the initial conference"),
        ("p", "At the initial conference Tanya had taken two overdoses in three months, the second on 14/06/2025 "
              "while Poppy was asleep upstairs; Callum found her and rang 999. He had been missing school to "
              "stay with her, and Poppy's school had noticed her becoming withdrawn."),
        ("bullets", [
            "Tanya has had no overdose or crisis admission since 14/06/2025. She has a written crisis plan with "
            "the CMHT and has used it twice, ringing her care co-ordinator rather than Callum.",
            "Tanya started the CMHT's DBT skills group on 31/07/2025 and has been to 8 of its 9 sessions.",
            "Callum's attendance this term is 96%, up from 79% in the summer term. CAMHS assessed him on "
            "12/08/2025.",
            "Louise has had the children every Friday night, and Gareth has kept every Wednesday and every "
            "weekend.",
            "Still a worry: on 30/08/2025 Tanya and Gareth argued on the doorstep in front of Poppy, and Callum "
            "says he still checks his mum's room at night.",
        ]),
        ("h1", "3. What Callum and Poppy have told me – then and now"),
        ("p", "Callum in July (seen alone at school): “I can't go to school in case Mum does something. I'm the "
              "one who knows what to do.” He gave home 3 out of 10."),
        ("p", "Callum in September (seen alone at the skate park café, 15/09/2025): “It's better. Mum talks to "
              "her worker now, not me. I still check on her at night. I'd like to stop doing that.” He gave home "
              "6 out of 10 and asked that the conference “doesn't make Poppy go somewhere else”."),
        ("p", "Poppy in July drew her family with her mum in bed and herself and Callum in the kitchen. Her teacher "
              "said she had stopped playing at break."),
        ("p", "Poppy in September (seen alone at home, 18/09/2025): “Mummy is doing her group. I go to Auntie "
              "Lou's on Fridays and we make pizza.” She drew her mum at the table with her. Her teacher says she "
              "plays with her friends again."),
        ("h1", "4. Parents' views"),
        ("p", "Tanya agrees with the plan and wants the children to stay on it until her DBT group ends, “so the "
              "support stays”. Gareth agrees with the plan and asked for more time with the children; this is "
              "action 7."),
        ("h1", "5. Outcomes and the updated plan"),
        ("boldp", "Outcomes for Callum and Poppy"),
        ("numbers", [
            "Callum and Poppy live with a mum who is safe, keeps to her crisis plan and does not rely on Callum "
            "when she is struggling.",
            "Callum goes to school every day, has help with his own worries and no longer checks on his mum at "
            "night.",
            "Poppy is happy and settled at school and at home, and does not see her parents argue.",
            "Both children always have a safe adult to go to if their mum becomes unwell.",
        ]),
        ("boldp", "The plan"),
        ("p", "Each action keeps its first date; where the core group on 16/09/2025 agreed a new one, it is written "
              "after the arrow."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know", "Progress since 08/07/2025"],
            "widths": [1.0, 4.3, 2.9, 2.7, 3.4, 2.7],
            "rows": [
                ["1",
                 "Visit Callum and Poppy at home and see each of them on their own",
                 "Priya Chauhan, social worker (SW)",
                 "Every week, with at least one visit a month unannounced",
                 "Visit records show both children seen alone each week, with their words written down",
                 "12 of 12 weeks; both children seen alone each time"],
                ["2",
                 "See Tanya at home, go through her crisis plan and tablet count, and report to each core group "
                 "on whether she is making and keeping the changes the children need",
                 "Sinead Rourke, care co-ordinator (CPN), Pattenbury CMHT",
                 "Every Monday; written report two days before each core group",
                 "Report on file before each core group, with tablet counts and any crisis calls",
                 "Reports received for all three core groups"],
                ["3",
                 "Run the DBT skills group with Tanya and write an assessment of her capacity to change for "
                 "Callum and Poppy, the steps still needed and the likely timescale",
                 "Dr Owen Pryce, clinical psychologist, Pattenbury CMHT",
                 "Group every Thursday to 11/12/2025; assessment by 30/09/2025 → 03/10/2025",
                 "Written assessment sent to the SW, the IRO and the core group",
                 "8 of 9 sessions; assessment carried forward four days at Dr Pryce's request"],
                ["4",
                 "Keep her tablets in the locked box Sinead fills each week, and ring Sinead or the crisis line, "
                 "not Callum, when she is struggling",
                 "Tanya Hennessy (Mum)",
                 "Every day from 08/07/2025",
                 "Tablet count correct at each Monday visit; Callum tells the SW at each visit whether his mum "
                 "has turned to him",
                 "All counts correct; crisis line used twice, Callum not called"],
                ["5",
                 "Have Callum and Poppy from after school on Friday until 5pm on Saturday, and straight away "
                 "whenever Tanya's crisis plan says she needs help",
                 "Louise Hennessy (paternal aunt)",
                 "Every Friday; the same day whenever Tanya or Sinead calls",
                 "Louise texts the SW after every stay; the SW checks her diary at the first visit each month",
                 "Every Friday kept; one extra night on 02/09/2025"],
                ["6",
                 "Collect Poppy from school and give both children their tea on Wednesdays, and have them every "
                 "other weekend",
                 "Gareth Hennessy (Dad)",
                 "Every Wednesday; alternate weekends from 12/07/2025",
                 "School collection book signed by Gareth; the SW asks both children about each weekend",
                 "Every Wednesday and weekend kept"],
                ["7",
                 "NEW: agree in writing with Tanya and Gareth an extra Monday tea with Gareth, and that they hand "
                 "over the children at school, never on the doorstep",
                 "Priya Chauhan, SW, with Tanya and Gareth",
                 "By the review conference (07/10/2025)",
                 "Signed agreement on file; no argument seen by the children reported at any later visit",
                 "New at the core group on 16/09/2025; meeting booked for 29/09/2025"],
                ["8",
                 "Assess Callum's low mood and the times he has hurt himself, and offer him sessions",
                 "Ayo Bankole, practitioner, Pattenbury CAMHS",
                 "Assessment by 15/08/2025; six sessions by 30/11/2025",
                 "Assessment letter and a note after each session sent to the SW; Callum's mood score at "
                 "sessions 1 and 6",
                 "Assessed on 12/08/2025; two sessions held"],
                ["9",
                 "Meet Callum with his key adult on Monday mornings and check his attendance every day",
                 "Mr Neil Foster, DSL, Pattenbury Academy",
                 "Every Monday in term time; attendance daily",
                 "Attendance sent to the SW every Friday; key adult meetings logged on CPOMS",
                 "Attendance 96% this term; 3 of 3 Monday meetings held"],
                ["10",
                 "Do a young carer's assessment with Callum and offer him the Tuesday young carers' group",
                 "Lena Marsh, Pattenbury Young Carers",
                 "By 31/08/2025 → 10/10/2025",
                 "Young carer's plan sent to the SW; the group register shows Callum at 4 of the first 6 "
                 "sessions",
                 "Carried forward: the first date was missed while Callum was away with Gareth"],
                ["11",
                 "Check Poppy's mood and play each day, and tell the SW the same day about any worry",
                 "Mrs Ruth Adair, DSL, Larkspur Infant School",
                 "Every school day",
                 "A weekly note to the SW; any same-day call logged on CPOMS",
                 "Weekly notes received; no same-day calls needed"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Tanya takes an overdose or harms herself, tells anyone she is thinking of it, or her tablet count "
              "is wrong, Sinead will arrange a crisis assessment the same day, Callum and Poppy will go to Louise "
              "at 6 Harebell Close that day, and I will hold a strategy discussion the same day."),
        ("p", "If Louise cannot have the children (she is ill, away or cannot be reached), Gareth will have them at "
              "41 Mill Race. If neither Louise nor Gareth can, I will place Callum and Poppy together with "
              "Pattenbury foster carers that day."),
        ("p", "If there is a further overdose or crisis admission, or Dr Pryce's assessment says Tanya cannot make "
              "the changes within the children's timescale, I will ask Declan Muir for a legal planning meeting "
              "within five working days."),
        ("h1", "7. Recommendation and meetings"),
        ("p", "I recommend that Callum and Poppy remain subject to child protection plans under the category of "
              "emotional abuse, with the updated plan above."),
        ("bullets", [
            "Core group every four weeks after the review, Tuesdays at 4pm at Pattenbury Family Centre: "
            "04/11/2025, 02/12/2025 and 13/01/2026.",
            "Second review child protection conference: 07/04/2026, 10am, Pattenbury County Hall (booked with "
            "the conference team).",
        ]),
        ("p", "Priya Chauhan, Social Worker, 23/09/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Plan updated at core group 2, pasted into an e-mail to the core group,
#    with two replies above it. Mother's drinking, rows on Nan. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_pockerby_email_replies_above_pasted_plan_marlowe.txt",
    "split": "heldout",
    "actions": 9,
    "template": "email-thread-two-replies-above-original-message-plan-pasted-in-plain-text-upper-case-headings-what-has-changed-childrens-words-then-and-now-outcomes-numbered-actions-with-who-when-how-well-know-update-lines-contingency-next-meetings",
    "description": (
        "A plan updated at the second core group and pasted by the social worker into an e-mail to "
        "the core group, with replies from the health visitor and the school DSL above it. A "
        "10-year-old and a 2-year-old; the mother drinks heavily and she and her partner argue. "
        "Numbered actions with Who / When / How we'll know / Update lines, most of them sound. "
        "Faults: a referral carried forward from the conference that still has no owner; Nan's "
        "Friday nights measured by 'Going well so far'; the partner's action 'Ongoing'; the "
        "mother's alcohol service is only somewhere she goes, so no adult service owns an action; "
        "Nan carries two actions and the contingency only says the plan will be looked at again, "
        "with no fallback and no legal step."
    ),
    "text": """\
From: Hayley Dunstan <hayley.dunstan@pockerbyhealth.example.nhs.uk>
Sent: 21 August 2025 16:05
To: Jon Ferris <jon.ferris@pockerby.example.gov.uk>
Subject: RE: Marlowe - updated plan after core group 2 - please check your actions

Hi Jon,

Fine with my part. Theo was 11.2kg at clinic today, still on the 9th centile. I've
put a note in his red book about the child development centre - is anyone actually
doing that referral? It was on the list in July as well.

Hayley
Health Visitor, Northway Clinic

From: Denise Oakes <d.oakes@pockerbyjuniors.example.sch.uk>
Sent: 21 August 2025 09:42
To: Jon Ferris <jon.ferris@pockerby.example.gov.uk>
Subject: RE: Marlowe - updated plan after core group 2 - please check your actions

Jon - thanks. School is closed until 3 September so the Friday attendance emails
will start the week after. Jayden came to summer club twice and was fine, chatty
and hungry at lunch.

Denise Oakes
DSL, Pockerby Juniors

From: Jon Ferris <jon.ferris@pockerby.example.gov.uk>
Sent: 20 August 2025 17:30
To: Hayley Dunstan; Denise Oakes; Stacey Marlowe; Dean Copley; Pauline Marlowe
Subject: Marlowe - updated plan after core group 2 - please check your actions

Hi all,

Below is the plan as we updated it at yesterday's core group (19/08/2025). I have
put the first dates from the conference beside any new ones. Please let me know by
Friday if anything is wrong.

Thanks,
Jon Ferris
Social Worker, Pockerby Children's Services

-----------------------------------------------------------------------
CHILD PROTECTION PLAN - JAYDEN AND THEO MARLOWE
Updated at core group 2, 19/08/2025 (plan made at the ICPC on 15/07/2025)
-----------------------------------------------------------------------

Children:     Jayden Marlowe (10), DOB 04/03/2015; Theo Marlowe (2), DOB 29/06/2023
Mum:          Stacey Marlowe (29), 17 Gorse Lane, Pockerby
Mum's partner: Dean Copley (33), Theo's dad, lives at the address
Nan:          Pauline Marlowe (Stacey's mum), 2 Ferry Cottages, Pockerby
Category:     Neglect

WHY JAYDEN AND THEO ARE ON A PLAN
Stacey drinks heavily, mostly from Thursday to Sunday, and has twice been found
drunk while caring for Theo. In June 2025 the police came twice after Stacey and
Dean argued; Jayden was in the house both times. Theo's speech is behind and he
had missed his 2-year check.

WHAT HAS CHANGED SINCE THE CONFERENCE
- Stacey started at Pockerby Alcohol Service on 29/07/2025 and has been to 2 of
  her 4 sessions.
- No police call-outs since 22/06/2025.
- Theo's 2-year check was done on 12/08/2025; his speech is behind for his age.
- Jayden has been at Nan's every Saturday and Nan has stayed at Gorse Lane on
  Friday nights.

WHAT JAYDEN AND THEO SAY
Jayden at the conference: "When Mum drinks she goes to sleep and I have to do
Theo's bottle."
Jayden now (seen alone by Jon, 14/08/2025): "It's a bit better. I like Saturdays at
Nan's. I don't like it when Dean shouts." He wants to go back to football.
Theo: babbles but has only a few words; runs to Jayden when he is upset; clean,
fed and happy on the last three visits.

WHAT WE WANT FOR JAYDEN AND THEO
- Jayden and Theo are looked after by a sober adult every day and every night.
- Jayden and Theo do not see or hear their mum and Dean fighting.
- Theo's speech and development are checked and he gets the help he needs.
- Jayden is a 10-year-old again, not Theo's carer, and gets back to football.

THE PLAN

1. Visit Jayden and Theo at home and see Jayden on his own.
   Who: Jon Ferris (SW)
   When: every week (first date 18/07/2025, no change)
   How we'll know: visit records show both boys seen and Jayden seen alone each week
   Update 19/08: 5 of 5 visits done

2. Go to Pockerby Alcohol Service every Tuesday and give a breath test each time.
   Who: Stacey
   When: every Tuesday from 29/07/2025
   How we'll know: the next update will show four of four sessions kept
   Update 19/08: 2 of 4 - missed 05/08 and 12/08

3. Weigh Theo and check his development at clinic.
   Who: Hayley Dunstan (HV)
   When: every 2 weeks; 2-year check by 31/08/2025 (first date 31/07/2025)
   How we'll know: weight in the red book; 2-year check scores sent to Jon
   Update 19/08: 2-year check done 12/08/2025

4. Carried forward from the conference: referral for Theo to the Pockerby Child
   Development Centre.
   Who: -
   When: by 05/09/2025 (first date 31/07/2025)
   How we'll know: CDC acceptance letter on file
   Update 19/08: not made yet

5. Have Jayden and Theo at Ferry Cottages for the day.
   Who: Pauline Marlowe (Nan)
   When: every Saturday, 10am to 6pm
   How we'll know: Pauline writes each Saturday in the contact book, which Jon
   reads at his next visit
   Update 19/08: every Saturday kept

6. Be at Gorse Lane from 7pm so there is a sober adult in the house overnight.
   Who: Pauline Marlowe (Nan)
   When: every Friday night
   How we'll know: Going well so far
   Update 19/08: Pauline says Stacey has been fine

7. Check Jayden's attendance and call Jon the same day if he is absent.
   Who: Denise Oakes (DSL, Pockerby Juniors)
   When: every school day from 03/09/2025
   How we'll know: attendance emailed to Jon every Friday

8. Do not shout or argue in front of Jayden and Theo.
   Who: Dean Copley
   When: Ongoing
   How we'll know: no police call-outs; Jayden tells Jon there has been no shouting
   Update 19/08: no call-outs

9. Find a football club for Jayden and pay his first term's subs.
   Who: Jon Ferris (SW)
   When: before the next core group (16/09/2025)
   How we'll know: Jayden's name on the club register
   Update 19/08: new at core group 2

IF THINGS GET WORSE
If things get worse, the plan will be looked at again at the next core group.

NEXT MEETINGS
Core group 3: 16/09/2025, 2pm, Pockerby Family Centre (every four weeks)
Review conference: 07/10/2025, 10am, Pockerby Civic Centre
""",
    "findings": [
        F("W001", "Carried forward from the conference: referral for Theo"),
        F("M002", "Be at Gorse Lane from 7pm so there is"),
        F("T002", "Do not shout or argue in front of Jayden"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. First review conference plan, father's drinking and domestic abuse,
#    mother's depression, three children. Landscape Word table with the
#    outcome merged down over its actions; first and updated dates in one
#    cell. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_pursleton_rcpc_updated_plan_merged_outcomes_tolliver.docx",
    "doc_title": "Review Child Protection Plan - Kieran, Ellie and Mia Tolliver",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "check_vmerge": 5,
    "template": "rcpc-landscape-word-plan-details-list-since-last-conference-childrens-views-then-and-now-then-outcome-column-merged-down-action-who-first-and-updated-date-in-one-cell-measure-progress-columns-contingency-meetings",
    "description": (
        "First review conference plan for a 14-year-old, a 10-year-old and a 3-year-old whose "
        "father drinks and has been violent to their mother, who has depression; the father now "
        "lives apart under a written agreement. A landscape Word table with the outcome merged "
        "down over its actions, the initial conference date and the updated date in one cell, and "
        "a progress column. Most rows are sound (weekly visits, the alcohol service reporting on "
        "change, the perpetrator programme, the IDVA, the schools). Faults: counselling for the "
        "teenager with no timescale; the primary school's check with no measure; the mother's "
        "routine owned by 'Core group'; CBT that only treats the mother; the Freedom Programme "
        "'As and when a place comes up'; an outcome for the mother alone; the next review "
        "conference 'to be arranged'."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Pursleton Metropolitan Borough Council – Children's Social Care – Review Child Protection Conference"),
        ("kv", [
            ("Children", "Kieran Tolliver (14), DOB 19/01/2011; Ellie Tolliver (10), DOB 08/09/2014; Mia "
                         "Tolliver (3), DOB 25/04/2022"),
            ("Address", "12 Cantle Street, Pursleton PU6 3NB"),
            ("Mother", "Jade Tolliver (36)"),
            ("Father", "Wayne Tolliver (39), living at his brother's, 44 Kiln Lane, Pursleton, since 08/07/2025"),
            ("Maternal aunt", "Michelle Brady, 3 Pinfold Road, Pursleton"),
            ("Category", "Emotional abuse (all three children)"),
            ("Initial conference", "08/07/2025"),
            ("Review conference", "09/09/2025, Pursleton Town Hall. Chair: Graham Nyland"),
            ("Social worker", "Nadia Farouk (team manager: Owen Sledmere)"),
        ]),
        ("h1", "1. What has changed since the last conference"),
        ("p", "At the initial conference the police had been called to 12 Cantle Street four times since January, "
              "the last time on 21/06/2025 when Wayne, drunk, threw a chair that hit Jade while Mia was on her "
              "lap. Kieran stood between his parents and was pushed to the floor. Jade was low, rarely left the "
              "house and the girls were often late to school and nursery."),
        ("p", "Since then Wayne has lived at his brother's under a written agreement and has kept to it. There "
              "have been no police call-outs. Wayne has been assessed by the alcohol service and is on the "
              "waiting list for Safe Steps. Jade has started CBT and sees the IDVA every fortnight. Ellie's "
              "attendance has improved, but Kieran was excluded for a day on 15/07/2025 after a fight, and Jade "
              "says she still struggles to get up on most mornings."),
        ("h1", "2. What the children have said – then and now"),
        ("p", "Kieran (July): “I'm the one who stops him. If I'm not there it'll be worse.” Kieran (seen alone, "
              "02/09/2025): “It's quiet now. I still want to see Dad, but not when he's had a drink. I get angry "
              "at school and I don't know why.”"),
        ("p", "Ellie (July): “I hide in the bathroom with Mia when they shout.” Ellie (seen alone, 02/09/2025): "
              "“I like it better now, but Mum is in bed a lot. I'd like Auntie Michelle's every day.”"),
        ("p", "Mia is 3. In July she flinched when a door shut and would not leave Jade's lap. On the last three "
              "visits she has played with her dolls' house, chatted to the social worker and run to Ellie to "
              "show her drawings."),
        ("h1", "3. The plan, updated at the review conference"),
        ("p", "“When” shows the date set at the initial conference and, after the arrow, the date agreed at the "
              "review conference. Progress is as reported to the review conference."),
        ("table", {
            "header": ["Outcome for the children", "What needs to happen", "Who",
                       "When (ICPC → review)", "How we will know", "Progress"],
            "widths": [4.2, 6.0, 3.6, 3.6, 4.8, 3.5],
            "rows": [
                ["A. Kieran, Ellie and Mia live in a home without violence, shouting or drunkenness.",
                 "Visit the children at home, see Kieran and Ellie on their own and note how Mia plays",
                 "Nadia Farouk, SW",
                 "Weekly → weekly, with one unannounced visit a month",
                 "Visit records show all three children seen and the older two seen alone each week",
                 "10 of 11 weeks; the missed week made up"],
                [V,
                 "Live away from 12 Cantle Street and see the children only at the agreed times",
                 "Wayne Tolliver (Dad)",
                 "From 08/07/2025 → until the next review conference",
                 "No police call-outs; the children and Jade tell the SW at each visit whether Wayne has come "
                 "to the house",
                 "Kept to; no call-outs since 21/06/2025"],
                [V,
                 "Assess Wayne's drinking, key-work with breath tests, and report on whether his drinking is "
                 "changing in ways the children would notice",
                 "Gary Nunn, recovery worker, Pursleton Drug and Alcohol Service",
                 "Assessment by 31/07/2025 → done; key-work every other Monday",
                 "Breath test results and a written report to the SW two days before each core group",
                 "Assessed 24/07/2025; four of four sessions kept"],
                [V,
                 "Complete the Safe Steps domestic abuse perpetrator programme",
                 "Wayne Tolliver (Dad)",
                 "Start by 31/08/2025 → 24 weekly sessions from 23/09/2025",
                 "Attendance and the end-of-course report from the programme to the SW",
                 "Waiting list; start date confirmed"],
                [V,
                 "Safety planning with Jade for herself and the children, and a DASH review after any incident",
                 "Sam Keogh, IDVA, Pursleton Women's Aid",
                 "Every fortnight → no change",
                 "Updated safety plan and DASH score copied to the SW after each meeting",
                 "Five meetings; DASH score down from 15 to 9"],
                ["B. Kieran goes to school every day and has an adult he trusts to talk to about home.",
                 "Check Kieran's attendance every day and meet him weekly with his key adult",
                 "Mr Carl Yates, DSL, Pursleton High School",
                 "Daily; key adult every Monday → no change",
                 "Attendance sent to the SW every Friday; key adult meetings logged on CPOMS",
                 "Attendance 93%; one exclusion day"],
                [V,
                 "Offer Kieran counselling about what he has seen and heard at home",
                 "Beth Arkwright, school counsellor, Pursleton High School",
                 "",
                 "The counsellor's summary sent to the SW after the last session",
                 "Not started – Kieran is on the counsellor's waiting list"],
                ["C. Ellie and Mia are cared for every day by a parent who is well enough to get them up, fed "
                 "and to school and nursery.",
                 "Check Mia's development, weight and speech, and go through the morning routine with Jade",
                 "Rachel Dyer, health visitor",
                 "3-year review by 31/07/2025 → done; home visit every month",
                 "Review scores and weights sent to the SW after each contact",
                 "3-year review done 17/07/2025; speech on track"],
                [V,
                 "Check Mia's attendance and whether she arrives fed and on time",
                 "Little Wrens Nursery (key worker Amy Doyle)",
                 "Every nursery day → no change",
                 "Weekly attendance and arrival sheet emailed to the SW",
                 "Sheets received every week"],
                [V,
                 "Check Ellie's attendance, punctuality and how she presents",
                 "Mrs Pam Otley, DSL, Cantle Street Primary",
                 "Every school day → no change",
                 "",
                 "No update – Mrs Otley sent apologies"],
                [V,
                 "Help Jade set up a morning routine and a meal plan for the girls",
                 "Core group",
                 "Within two weeks of this conference (by 23/09/2025)",
                 "Routine chart and meal plan on the fridge, seen at SW visits",
                 "Not started"],
                ["D. Jade feels more positive about the future.",
                 "Twelve sessions of CBT for Jade's depression",
                 "Hannah Lowe, therapist, Pursleton Talking Therapies",
                 "From August 2025 → weekly from 14/08/2025",
                 "Attendance sent to the SW each month",
                 "Four sessions attended"],
                [V,
                 "Review Jade's antidepressant and write to the SW about her mood and medication",
                 "Dr Colin Reeve, GP, Cantle Street Surgery",
                 "By 15/07/2025 → done 11/07/2025; next review by 30/10/2025",
                 "GP letter to the SW after each review",
                 "First letter received"],
                [V,
                 "Go to the Freedom Programme for women who have lived with domestic abuse",
                 "Jade Tolliver (Mum)",
                 "As and when a place comes up",
                 "Freedom Programme certificate on file",
                 "Waiting for a place"],
                ["E. The children have safe, happy time with their dad and their aunt.",
                 "Supervise Wayne's time with the children at Pursleton Family Centre",
                 "Lisa Grove, family centre worker",
                 "Every Saturday, 10am to 12 noon → no change",
                 "A contact record for each session sent to the SW",
                 "Every session held; records received"],
                [V,
                 "Have Ellie and Mia for tea after school and nursery",
                 "Michelle Brady (maternal aunt)",
                 "Every Tuesday and Thursday → no change",
                 "School and nursery collection books signed by Michelle",
                 "Every Tuesday and Thursday kept"],
            ],
        }),
        ("h1", "4. Contingency"),
        ("p", "If Wayne comes to 12 Cantle Street outside the agreed times, is drunk at a family centre session, or "
              "the police are called to any incident involving him and Jade, Jade will ring 999, the children will "
              "go to Michelle at 3 Pinfold Road that night, and Nadia will hold a strategy discussion the same "
              "day."),
        ("p", "If Michelle cannot have the children (she is ill, away or cannot be reached), Nadia will place them "
              "together with Pursleton foster carers the same day."),
        ("p", "If Wayne breaks the agreement twice, or Jade is again unable to get the girls to school and nursery "
              "for a week, Nadia will ask Owen Sledmere for a legal planning meeting within five working days."),
        ("h1", "5. Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am at Pursleton Family Centre: 23/09/2025, 21/10/2025 and "
            "18/11/2025.",
            "Next review child protection conference: to be arranged by the conference team.",
        ]),
    ],
    "findings": [
        F("T001", "Offer Kieran counselling about what he has seen"),
        F("M001", "Check Ellie's attendance, punctuality and how she presents"),
        F("W002", "Help Jade set up a morning routine and a meal plan"),
        F("H001", "Twelve sessions of CBT for Jade's depression"),
        F("T002", "Go to the Freedom Programme for women who have lived"),
        F("F002", "Jade feels more positive about the future."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. First review conference plan, widowed father's depression and cocaine
#    use, grandparents' support. Plain-text case-system print with ACTION /
#    OWNER / DUE / MEASURE / PROGRESS / RAG fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b112_plenmarch_rcpc_case_print_progress_fields_tremayne.txt",
    "split": "heldout",
    "actions": 9,
    "template": "rcpc-case-system-plain-text-print-dotted-field-header-numbered-sections-change-since-icpc-childrens-views-icpc-and-now-outcomes-then-numbered-tasks-with-owner-due-icpc-and-updated-measure-progress-rag-fields-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 10-year-old and a 6-year-old whose widowed "
        "father, their sole carer, has depression and was using cocaine. A plain-text print from a "
        "case system: numbered tasks with OWNER, DUE (initial conference date and updated date), "
        "MEASURE, PROGRESS ('ONGOING - GP LETTER AWAITED', 'NOT STARTED') and RAG fields; one new "
        "task added at the last core group. The primary care mental health practitioner assesses "
        "capacity to change (carried forward to the review), the GP and drug service own tasks, "
        "the grandparents' part has a fallback, legal planning follows named triggers, core group "
        "and review dates are set, the children's views at conference and now."
    ),
    "text": """\
PLENMARCH COUNCIL                                   CHILDREN'S CASE RECORD (CCR 6.1)
FORM CP4   CHILD PROTECTION PLAN - REVIEW                   PRINTED 10/09/2025 11:26
USER: MKEMBLE                                                         PAGE 1 OF 1
==================================================================================
CHILDREN ...... DAISY TREMAYNE  CCR 4471902  DOB 16/06/2015 (10)
                ALFIE TREMAYNE  CCR 4471903  DOB 02/02/2019 (6)
ADDRESS ....... 27 BRACKEN HILL, PLENMARCH PM4 9SA
FATHER ........ JASON TREMAYNE (36), SOLE CARER (MOTHER, KERRY, DIED MARCH 2024)
PGPS .......... MAUREEN AND KEITH TREMAYNE, 3 QUARRY ROW, PLENMARCH
PATERNAL AUNT . CLAIRE TREMAYNE, 58 ORCHARD WAY, PLENMARCH
CATEGORY ...... NEGLECT
ICPC .......... 01/07/2025        RCPC .......... 09/09/2025  CHAIR: D OKAFOR (IRO)
ALLOCATED SW .. MEG KEMBLE, SAFEGUARDING TEAM 2      TM: ROSS HALLIDAY
==================================================================================

SECTION 1  WHAT HAS CHANGED SINCE THE INITIAL CONFERENCE
----------------------------------------------------------------------------------
At the ICPC Jason had been using cocaine at weekends since Kerry's death and was
low and withdrawn. On 14/06/2025 Daisy phoned her nan at 11pm because Jason would
not wake up and Alfie was crying; cocaine was found in the kitchen. Since then:
- Jason has been to 9 of 10 key-work sessions at Plenmarch Drug and Alcohol
  Service. One screen (19/07/2025) was positive for cocaine; the five since then
  have been negative.
- Jason was referred to the Primary Care Mental Health Team. Their assessment of
  his capacity to change is carried forward because his GP records were not sent.
- Maureen and Keith have done every school collection and every Friday night.
- Daisy and Alfie start bereavement sessions on 10/09/2025 (new at the core group
  on 26/08/2025).

SECTION 2  THE CHILDREN'S VIEWS (ICPC / NOW)
----------------------------------------------------------------------------------
DAISY, ICPC (SEEN ALONE 24/06/2025): "Dad sleeps all Sunday. I do Alfie's
  cereal and I don't say anything because I don't want us to go away."
DAISY, NOW (SEEN ALONE 02/09/2025): "Dad is up now and he makes the tea. I
  still think about Mum every day. I want to talk to someone about her." She
  scored home 7/10 (4/10 in June).
ALFIE, ICPC: would not talk about home; drew a picture of his mum "in the sky"
  and hid it under a cushion.
ALFIE, NOW (SEEN 02/09/2025): "Grandad picks me up and we have crumpets." He
  showed the SW his football stickers and sat on Jason's knee to read.

SECTION 3  OUTCOMES FOR DAISY AND ALFIE
----------------------------------------------------------------------------------
3.1 Daisy and Alfie are cared for every day by a father who is sober, awake and
    well enough to look after them.
3.2 Daisy no longer looks after Alfie or her dad, and both children can talk
    about their mum with someone who can help.
3.3 Both children get to school every day, on time, fed and in clean uniform.

SECTION 4  TASKS
----------------------------------------------------------------------------------
KEY: OWNER = person responsible   DUE = ICPC date / date updated at RCPC
     MEASURE = what will be seen or counted   RAG = GREEN / AMBER / RED

4.01  ACTION ..... Visit Daisy and Alfie at home and see each child on their own
      OWNER ...... MEG KEMBLE (SW)
      DUE ........ ICPC: WEEKLY / RCPC: WEEKLY UNTIL THE NEXT REVIEW
      MEASURE .... CCR visit entries show both children seen alone each week,
                   with their own words recorded
      PROGRESS ... ACHIEVED - 10 OF 10 WEEKS
      RAG ........ GREEN

4.02  ACTION ..... Use no cocaine or alcohol while caring for Daisy and Alfie
      OWNER ...... JASON TREMAYNE (DAD)
      DUE ........ ICPC: EVERY DAY FROM 01/07/2025 / RCPC: NO CHANGE
      MEASURE .... Every screen negative; a green rating at the next core group
                   needs all screens since the last meeting negative
      PROGRESS ... PARTLY - SEE NOTE (ONE POSITIVE SCREEN 19/07/2025)
      RAG ........ AMBER

4.03  ACTION ..... Key-work with Jason and urine screens, and a written view on
                   whether he has stopped using and how that shows in his care
                   of Daisy and Alfie
      OWNER ...... KEV DORAN, RECOVERY WORKER, PLENMARCH DRUG AND ALCOHOL SERVICE
      DUE ........ ICPC: EVERY OTHER MONDAY; REPORT 2 DAYS BEFORE EACH CORE
                   GROUP / RCPC: NO CHANGE
      MEASURE .... Screen results and written report on CCR before each core group
      PROGRESS ... ACHIEVED - REPORTS RECEIVED FOR ALL THREE CORE GROUPS
      RAG ........ GREEN

4.04  ACTION ..... Assess Jason's depression and grief, and report on his capacity
                   to make the changes Daisy and Alfie need, the steps still
                   needed and the likely timescale
      OWNER ...... ANITA RAINES, MENTAL HEALTH PRACTITIONER, PLENMARCH PRIMARY
                   CARE MENTAL HEALTH TEAM
      DUE ........ ICPC: BY 31/07/2025 / RCPC: CARRIED FORWARD TO 30/09/2025
      MEASURE .... Written assessment sent to the SW and every core group member
      PROGRESS ... ONGOING - GP LETTER AWAITED
      RAG ........ AMBER

4.05  ACTION ..... Send Jason's GP records to the Primary Care Mental Health Team
                   and review his antidepressant
      OWNER ...... DR IMRAN SHAH, GP, PLENMARCH ROAD SURGERY
      DUE ........ NEW AT CORE GROUP 26/08/2025: BY 12/09/2025
      MEASURE .... GP letter copied to the SW; the team confirms receipt in writing
      PROGRESS ... NOT STARTED
      RAG ........ AMBER

4.06  ACTION ..... Collect Daisy and Alfie from school and give them their tea
                   until Jason gets home from work at 6pm
      OWNER ...... MAUREEN AND KEITH TREMAYNE (PGPS)
      DUE ........ ICPC: EVERY MONDAY TO THURSDAY IN TERM TIME / RCPC: NO CHANGE
      MEASURE .... School collection book signed; SW checks the book monthly
      PROGRESS ... ACHIEVED - EVERY COLLECTION KEPT
      RAG ........ GREEN

4.07  ACTION ..... Have Daisy and Alfie to stay at 3 Quarry Row
      OWNER ...... MAUREEN TREMAYNE (PGM)
      DUE ........ ICPC: EVERY FRIDAY NIGHT / RCPC: NO CHANGE
      MEASURE .... Maureen texts the SW each Saturday morning; both children tell
                   the SW about the stays at visits
      PROGRESS ... ACHIEVED
      RAG ........ GREEN

4.08  ACTION ..... Eight bereavement sessions for Daisy and for Alfie about their mum
      OWNER ...... JO LATHAM, PLENMARCH CHILD BEREAVEMENT SERVICE
      DUE ........ NEW AT CORE GROUP 26/08/2025: WEEKLY FROM 10/09/2025
      MEASURE .... Session summaries sent to the SW after sessions 4 and 8; each
                   child's worry score at sessions 1 and 8
      PROGRESS ... NOT STARTED - FIRST SESSION BOOKED
      RAG ........ GREEN

4.09  ACTION ..... Check Daisy's and Alfie's attendance and how they arrive, and
                   phone the SW the same day if either is absent, late or hungry
      OWNER ...... MRS KATH ELLISON, DSL, PLENMARCH PRIMARY SCHOOL
      DUE ........ ICPC: EVERY SCHOOL DAY / RCPC: NO CHANGE
      MEASURE .... Weekly attendance sent to the SW; same-day calls logged on
                   CPOMS; attendance 95% or more by the next RCPC
      PROGRESS ... ACHIEVED - 98% SUMMER TERM
      RAG ........ GREEN

SECTION 5  CONTINGENCY
----------------------------------------------------------------------------------
5.1 If Jason has a positive screen, is found under the influence while caring
    for the children, or either child says he has used, Daisy and Alfie will go
    to Maureen and Keith at 3 Quarry Row the same day and the SW will hold a
    strategy discussion the same day.
5.2 If Maureen and Keith cannot have the children or do the collections (they
    are ill or away), Claire Tremayne will collect them and have them at 58
    Orchard Way; if she cannot, the SW will place Daisy and Alfie together with
    Plenmarch foster carers that day.
5.3 If Jason has two positive screens before the next review, or the Primary
    Care Mental Health Team says he cannot make the changes within the
    children's timescale, the SW will request a legal planning meeting (legal
    gateway) within 5 working days to decide whether to start the PLO.

SECTION 6  MEETINGS
----------------------------------------------------------------------------------
CORE GROUP .... EVERY 4 WEEKS, TUESDAYS 3.45PM, PLENMARCH FAMILY HUB:
                07/10/2025, 04/11/2025, 02/12/2025
NEXT RCPC ..... 10/03/2026 10AM, PLENMARCH TOWN HALL
==================================================================================
END OF PRINT
""",
    "findings": [],
})
