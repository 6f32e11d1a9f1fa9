"""Batch 111, module n: seven fictional plans (tuning material), places beginning with "n".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as they stand at a review, written at the initial conference and
updated since. Progress columns ("Achieved", "Partly - see note", "Not
started", "Ongoing - GP letter awaited"), RAG ratings, actions carried forward
with a new date, completed actions kept in the plan, new actions added at the
last core group, "what has changed since the last conference" and the
children's views then and now. Timescales are often relative to events
("within two weeks of this conference", "before the next core group", "by the
RCPC") and measures are often written as what the next update will show.

Four plans are exemplary: a landscape Word review table with progress and RAG
columns; a Markdown plan updated after the fourth core group with completed
actions kept as "DONE -" bullets; a social worker's pre-review report to the
IRO printed to PDF; and a plain-text case-system print with "first set / now"
timescales. Three carry a realistic mix of faults among good rows: core group
minutes with an action log (PDF), a plan pasted into an e-mail with replies
above it (plain text), and a Word plan with "date set at ICPC" and "date now"
columns and new rows added at the last core group.

Counting convention used for "actions" (sample_plans/README.md: not work
already done): every row of an action table and every bullet of an action
section counts, but for one-off actions marked done ("DONE -" bullets); rows
whose progress says "Achieved" for work that goes on (weekly visits, reports
to each core group) still count. Narrative accounts of what has happened
since the last conference are not actions.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. First review conference plan, father's drinking and arguments at home,
#    two children. Landscape Word table with the date set at conference and
#    the updated date in one cell, a progress column and a RAG column;
#    completed rows kept, two rows added at the last core group. Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_nadderholt_rcpc_progress_rag_table_pennock.docx",
    "doc_title": "Review Child Protection Plan - Isla and Reggie Pennock",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "rcpc-landscape-word-plan-details-list-what-has-changed-childrens-views-then-and-now-outcomes-then-numbered-table-who-when-set-and-updated-how-we-will-know-progress-rag-completed-and-new-rows-kept-contingency-core-group",
    "description": (
        "Exemplary first review conference plan for a 9-year-old and a 3-year-old whose father "
        "drinks and argues with their mother. A landscape Word table keeps the plan made at the "
        "initial conference: each row has a Who, a When cell giving the date set at conference "
        "and any new date (a perpetrator course carried forward after the provider cancelled), a "
        "'How we will know' written as what the next update will show, a progress note and a RAG "
        "rating; completed rows are kept and two rows added at the last core group are marked "
        "new. The alcohol service reports on change, the aunt's part has a fallback, legal "
        "planning follows named triggers, core group and second review dates are set."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Nadderholt District Council · Children and Families Service · Safeguarding Team (South)"),
        ("kv", [
            ("Children", "Isla Pennock (9), DOB 14/01/2016; Reggie Pennock (3), DOB 30/06/2022"),
            ("Address", "22 Carrow Lane, Nadderholt ND2 6LH"),
            ("Parents", "Danielle Pennock (31) and Lee Pennock (35), living together"),
            ("Maternal aunt", "Kerry Walsh, 5 Sedge Close, Nadderholt (ten minutes' walk)"),
            ("Category", "Emotional abuse (both children)"),
            ("Plan made", "Initial child protection conference, 13/05/2025. Chair: Faye Holloway (IRO)"),
            ("This update", "First review child protection conference, 02/09/2025. Chair: Faye Holloway (IRO)"),
            ("Social worker", "Hollie Dawes (team manager: Martin Oduya)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "At the initial conference the police had been called to Carrow Lane four times in 2025, each time "
              "to an argument after Lee had been drinking. Isla told her teacher that she hides in her wardrobe "
              "with Reggie when her dad shouts, and she had been late for school 19 times in the spring term."),
        ("bullets", [
            "Lee has been to 13 of 15 Monday sessions at Nadderholt Recovery Partnership. He had two positive "
            "breath tests in July, the week of his father's funeral, and none since 28/07/2025.",
            "There have been no police call-outs to the house since 20/05/2025.",
            "Isla was late twice in the last six weeks of the summer term.",
            "Danielle and Lee finished the Parenting After Conflict group on 12/08/2025.",
            "The Change Project course Lee was booked on in June was cancelled by the provider; his new start "
            "date is 15/09/2025.",
        ]),
        ("h1", "What Isla and Reggie have told us – then and now"),
        ("p", "Isla, then (seen on her own at school, 08/05/2025): “When Dad shouts I take Reggie in my wardrobe "
              "and we play torch games so he doesn't hear. I'm scared Dad will hurt Mum.” She scored home 3 out "
              "of 10."),
        ("p", "Isla, now (seen on her own at school, 28/08/2025): “Dad doesn't shout as much. He came to sports "
              "day and he wasn't drunk. I still get worried on Friday nights in case he goes to the pub.” She "
              "scored home 7 out of 10, and said the best bit of the week is staying at Auntie Kerry's. She wants "
              "her dad “to keep going to his Monday meetings”."),
        ("p", "Reggie, then: his nursery saw him hide under a table when a door banged, and he was waking most "
              "nights. Reggie, now (seen at home, 21/08/2025): he ran to the door when Lee came in, pulled him "
              "over to see his new bike and chatted to the SW about it. Danielle says he has slept through every "
              "night this month, and nursery say he is talking more."),
        ("h1", "What we want for Isla and Reggie"),
        ("bullets", [
            "Isla and Reggie live in a home where nobody is drunk while caring for them, and where they do not "
            "see or hear shouting or violence.",
            "Isla gets to school on time every day, with attendance of 95% or more, and no longer feels she has "
            "to protect Reggie.",
            "Reggie goes to every nursery session he is booked for and his speech keeps developing for his age.",
            "Isla and Reggie both know who to go to if their dad has been drinking, and feel able to do it.",
        ]),
        ("h1", "The plan, as updated at the review conference"),
        ("p", "Rows 1 to 10 were agreed at the initial conference on 13/05/2025; rows 11 and 12 were added at the "
              "core group on 19/08/2025. Completed actions stay in the table so that the review can see them. The "
              "When column gives the date set at conference and, where it has changed, the new date after the "
              "arrow. RAG: Green on track or achieved, Amber partly achieved or late with a new date, Red not "
              "achieved."),
        ("table", {
            "header": ["No.", "Action", "Who", "When (set 13/05/2025 → updated)", "How we will know",
                       "Progress at 02/09/2025", "RAG"],
            "widths": [1.0, 6.0, 3.6, 3.8, 5.3, 4.4, 1.6],
            "rows": [
                ["1",
                 "Visit Isla and Reggie at home, one visit in four unannounced, and see Isla on her own",
                 "Hollie Dawes, SW",
                 "Weekly from 13/05/2025, until the second review conference",
                 "Visit records show both children seen every week and Isla seen alone at least every other "
                 "visit, with her words written down",
                 "Achieved – 15 of 16 weekly visits (one in August made by the duty SW)",
                 "Green"],
                ["2",
                 "Stay sober on every day he is caring for Isla and Reggie, and go to key-work and a breath "
                 "test at Nadderholt Recovery Partnership",
                 "Lee Pennock (Dad)",
                 "Every Monday from 19/05/2025",
                 "The next update will show every Monday session attended and every breath test reading zero",
                 "Partly – see note: 13 of 15 sessions; two positive tests in July, none since 28/07/2025",
                 "Amber"],
                ["3",
                 "Key-work with Lee, breath tests, and a written report to each core group on whether he is "
                 "making the changes Isla and Reggie need and how long further change is likely to take",
                 "Kieran Moss, recovery worker, Nadderholt Recovery Partnership (adult alcohol service)",
                 "Report two working days before each core group",
                 "Written report on the case file before every core group, with the breath test results and "
                 "Kieran's view of the likely timescale",
                 "Achieved – four reports received",
                 "Green"],
                ["4",
                 "Share Lee's alcohol-related health history, prescriptions and any missed appointments with "
                 "the SW",
                 "Dr Sunita Rao, GP, Carrow Lane Surgery",
                 "By 27/05/2025, then before each core group",
                 "GP letter on file by 27/05/2025 and a short written update before every core group",
                 "Achieved – letter received 23/05/2025; updates received for every core group",
                 "Green"],
                ["5",
                 "Record Reggie's attendance, how he presents and anything he says about home, and call the SW "
                 "the same day with any worry",
                 "Zainab Lowe, key worker, Little Acorns Nursery",
                 "Every session (Monday, Wednesday and Friday mornings)",
                 "Weekly attendance email to the SW; the next update will show attendance of 90% or more and "
                 "every same-day call logged",
                 "Achieved – 94% since May; no same-day calls needed",
                 "Green"],
                ["6",
                 "Check Isla's attendance and lateness, and give her a weekly check-in with her key adult, "
                 "Mrs Agnew",
                 "Mr Owen Barraclough, DSL, St Wilfrid's Primary",
                 "Every school week → from 03/09/2025 for the autumn term",
                 "Attendance printout to the SW each Friday; check-ins logged on CPOMS; late no more than once "
                 "a half-term",
                 "Partly – summer term lateness down from 19 to 2; autumn term starts 03/09/2025",
                 "Amber"],
                ["7",
                 "Complete the 10-week Parenting After Conflict group, so that both parents understand how the "
                 "arguments affect Isla and Reggie",
                 "Danielle and Lee Pennock; places booked by Gemma Platt, family support worker",
                 "Tuesdays, 10/06/2025 to 12/08/2025",
                 "Group register shows 8 or more sessions attended by each parent; end-of-group report to the SW",
                 "Achieved – both attended 9 of 10; report on file",
                 "Green"],
                ["8",
                 "Attend the Nadderholt Change Project domestic abuse perpetrator programme",
                 "Lee Pennock; programme worker Dev Anand reports to the SW",
                 "Start 02/06/2025 → carried forward: new start 15/09/2025, then 24 weekly sessions",
                 "Attendance report from Dev Anand after every fourth session; the next update will show the "
                 "first four sessions attended",
                 "Not started – the provider cancelled the June course; place confirmed in writing for "
                 "15/09/2025",
                 "Amber"],
                ["9",
                 "Have Isla and Reggie to stay every Friday night, and be the adult they go to if Dad has been "
                 "drinking",
                 "Kerry Walsh (maternal aunt)",
                 "Every Friday from 16/05/2025; the same night whenever needed",
                 "Kerry texts the SW every Saturday morning; the SW checks Kerry's diary at the first visit of "
                 "each month",
                 "Achieved – every Friday stay kept; one extra night on 11/07/2025",
                 "Green"],
                ["10",
                 "Do direct work with Isla about home and who she can talk to, using the three houses tool",
                 "Hollie Dawes, SW",
                 "Three sessions by 30/06/2025 → a fourth session added, by 19/09/2025",
                 "Isla's three houses drawings and her own words kept on file and brought to each review",
                 "Partly – three sessions done; the fourth is booked for 16/09/2025",
                 "Amber"],
                ["11",
                 "NEW (core group 19/08/2025): see Isla about her sleep and her worries on Friday nights",
                 "Amira Shah, school nurse, Nadderholt Community Health",
                 "Within two weeks of this conference (first session by 16/09/2025), then every two weeks",
                 "Isla's sleep diary brought to each session and session notes sent to the SW; the next update "
                 "will show three of three sessions held",
                 "New – not yet due",
                 "–"],
                ["12",
                 "NEW (core group 19/08/2025): refer the family to the Nadderholt Family Group Conference "
                 "service, so the wider family can plan who looks after Isla and Reggie if Lee drinks",
                 "Hollie Dawes, SW",
                 "Referral within two weeks of this conference; family group conference before the next core "
                 "group",
                 "Referral acceptance on file; the family's plan from the conference shared at the core group "
                 "on 30/09/2025",
                 "New – not yet due",
                 "–"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lee drinks while he is caring for Isla or Reggie (a positive breath test, or Danielle, either "
              "child, school or nursery tells us), or the police are called to an argument at Carrow Lane, "
              "Danielle will take the children to Kerry's home at 5 Sedge Close that day and Hollie will hold a "
              "strategy discussion with Nadderholt Police the same day. Lee will not come back to the house until "
              "the strategy discussion has agreed that it is safe."),
        ("p", "If Kerry cannot have the children (she is ill, away or cannot manage), Hollie will place Isla and "
              "Reggie together with Nadderholt foster carers that day, or arrange a refuge space for Danielle and "
              "the children the same day if Lee will not leave the house."),
        ("p", "If Lee has another positive breath test, misses two Change Project sessions, or the police are "
              "called to the house again before the second review, Hollie will ask Martin Oduya for a legal "
              "planning meeting within 5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Nadderholt Family Hub: 30/09/2025, 28/10/2025 and "
            "25/11/2025.",
            "Second review child protection conference: 24/02/2026, 10am, Nadderholt Civic Centre.",
            "Before each core group Hollie will ask Isla what has changed at home and bring her words to the "
            "meeting.",
        ]),
        ("p", "Plan updated at the review conference on 02/09/2025. Copies to Danielle, Lee, Kerry and every "
              "person named in the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group minutes (third core group, two weeks before the review
#    conference), mother with depression and anxiety, three children, the
#    grandfather doing school runs. Minutes with agency updates and an action
#    log table with a status column. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_nettlestoke_core_group_minutes_action_log_fairbrother.pdf",
    "doc_title": "Core Group Minutes - Fairbrother children - 02/09/2025",
    "split": "tune",
    "actions": 10,
    "template": "core-group-minutes-printed-to-pdf-page-header-footer-attendance-list-what-has-changed-agency-updates-childrens-views-outcomes-then-action-log-table-lead-by-when-how-we-will-know-status-carried-forward-and-new-rows-contingency-next-meetings",
    "description": (
        "Minutes of the third core group for a 10-year-old, a 6-year-old and an 18-month-old whose "
        "mother has depression and anxiety, two weeks before the review conference; a Word "
        "document printed to PDF with a page header and footer. The action log is mostly sound "
        "(weekly visits, fortnightly weighs, the DSL's daily checks, a GP letter carried forward "
        "with a new date). Faults: the CPN only supports the mother and is measured by her mood "
        "improving, the young carers referral has been carried forward twice with no lead, the "
        "grandfather's school runs are measured only by 'Going well', 'All professionals' share "
        "worries, benefits help is 'Ongoing', one outcome is about the mother only; the "
        "contingency only says the core group will review, with no fallback for the grandfather "
        "and no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE – Nettlestoke City Council – Children's Social Care",
    "footer": "Fairbrother – core group 3 minutes, 02/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Core Group Meeting: Minutes and Action Log"),
        ("kv", [
            ("Children", "Kayden Fairbrother (10), DOB 02/04/2015; Poppy Fairbrother (6), DOB 17/10/2018; "
                         "Alfie Price (18 months), DOB 11/03/2024"),
            ("Address", "48 Brindle Street, Nettlestoke NT4 7AW"),
            ("Category", "Neglect (all three children)"),
            ("Initial conference", "24/06/2025. Chair: Yusuf Karim (IRO)"),
            ("Meeting", "Core group 3, Tuesday 02/09/2025, 3.30pm, Brindle Street Children's Centre"),
            ("Chair", "Sophie Kendrick, social worker"),
            ("Present", "Jodie Fairbrother (Mum); Roy Fairbrother (maternal grandfather); Sophie Kendrick (SW); "
                        "Tanya Boyd (health visitor); Mr Ian Cole (DSL, Holloway Park Primary); Lena Marsh "
                        "(CPN, Nettlestoke Community Mental Health Team); Bev Latham (family support worker)"),
            ("Apologies", "Dr Alan Peters (GP, Brindle Street Surgery); Callum Price (Alfie's father)"),
            ("Minutes", "Carla Nwosu, business support"),
        ]),
        ("h1", "1. What has changed since the initial conference"),
        ("p", "At the initial conference Jodie had been in bed for most of each day since the spring, the "
              "children had been late or absent from school 23 times in the summer term and Alfie had been found "
              "twice at the top of the stairs with no gate. Kayden had been getting Poppy ready for school and "
              "feeding Alfie. Jodie has depression and anxiety and was referred to the Community Mental Health "
              "Team by her GP in May."),
        ("p", "Since then Jodie has been seen four times by Lena, a stair gate has been fitted, and Roy has taken "
              "Kayden and Poppy to school every day since the end of June. Jodie said she still finds mornings "
              "very hard and that some days she does not get dressed."),
        ("h1", "2. Updates from the family and each agency"),
        ("p", "Jodie: she feels the visits from Lena help but she is still tired all the time. She has missed "
              "one appointment about her rent arrears because she could not face going out."),
        ("p", "Roy: he is happy to keep doing the school run. He has a hospital appointment for his knee in "
              "October and does not yet know if he will need an operation."),
        ("p", "Health visitor: Alfie was weighed on 26/08/2025 and is on the 25th centile. He is saying a few "
              "words and is walking well. The stair gate was fitted on 12/08/2025 and was shut on both visits."),
        ("p", "School: Kayden and Poppy had 96% and 93% attendance in the last four weeks of the summer term. "
              "Kayden is more settled in class and has been picked for the football team. Poppy is sometimes "
              "hungry when she arrives."),
        ("p", "GP (written update): Dr Peters has not yet written the letter asked for at the first core group; "
              "he apologised and will send it before the review conference."),
        ("h1", "3. The children's views"),
        ("p", "Kayden (seen on his own at home, 28/08/2025): “Grandad doing school is good because I don't have to "
              "sort Poppy out. I still make Alfie's breakfast when Mum's asleep. I want Mum to get up and be happy "
              "again.” He put himself at 5 on the worry scale, down from 8 in June."),
        ("p", "Poppy (seen at school, 29/08/2025) said she likes Grandad's car and “Saturday tea at Grandad's is "
              "the best”. She drew her mum in bed and herself watching the TV."),
        ("p", "Alfie was seen at home on 28/08/2025. He toddled to the door to meet the SW, went to Kayden to be "
              "picked up and looked for his cup when he was thirsty; he was clean and in a dry nappy."),
        ("h1", "4. Outcomes (from the plan agreed at conference)"),
        ("bullets", [
            "Kayden, Poppy and Alfie are cared for every day by an adult who gets them up, fed and to school or "
            "nursery on time.",
            "Alfie is safe at home, with the stair gate shut and an adult with him whenever he is awake.",
            "Kayden no longer looks after his brother and sister or his mum, and has time to be a child.",
            "Jodie feels more in control and her mental health is better.",
        ]),
        ("h1", "5. Action log"),
        ("p", "C/F = carried forward from an earlier core group. New = agreed today. Status is as reported at this "
              "meeting."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know", "Status at CG3"],
            "widths": [0.9, 4.4, 2.8, 2.6, 3.5, 2.8],
            "rows": [
                ["1",
                 "Visit the children at home and see Kayden and Poppy on their own",
                 "Sophie Kendrick, SW",
                 "Weekly; next visit 05/09/2025",
                 "Visit records show all three children seen each week and the older two seen alone",
                 "On track – seen every week since the conference"],
                ["2",
                 "Weigh Alfie and check his development, his speech and that the stair gate is shut",
                 "Tanya Boyd, HV",
                 "Every two weeks at home until the review conference",
                 "Weight in the red book stays on the 25th centile or above; gate seen shut at each visit",
                 "On track – 25th centile on 26/08/2025"],
                ["3",
                 "Fortnightly support visits to Jodie to help with her low mood and anxiety",
                 "Lena Marsh, CPN, Nettlestoke CMHT",
                 "Fortnightly",
                 "Jodie's mood improves",
                 "Ongoing – Jodie seen four times"],
                ["4",
                 "Review Jodie's antidepressant and send the SW a summary of her mental health history",
                 "Dr Alan Peters, GP",
                 "By 18/07/2025 → C/F, new date 12/09/2025",
                 "GP letter on the children's file",
                 "C/F – letter not yet received"],
                ["5",
                 "Referral to Nettlestoke Young Carers for Kayden (C/F from core groups 1 and 2)",
                 "-",
                 "By 19/09/2025",
                 "Acceptance letter and the date of Kayden's first session on file",
                 "C/F – not yet done"],
                ["6",
                 "Take Kayden and Poppy to school every morning and collect them on Tuesdays and Thursdays",
                 "Roy Fairbrother (maternal grandfather)",
                 "Every school day from 03/09/2025",
                 "Going well",
                 "Going well"],
                ["7",
                 "Have all three children for tea every Saturday afternoon at his flat",
                 "Roy Fairbrother (maternal grandfather)",
                 "Every Saturday, 2pm to 6pm",
                 "Roy writes each Saturday in the contact book, which the SW reads at her visits",
                 "On track"],
                ["8",
                 "Check Kayden's and Poppy's attendance, lunch and uniform, and phone the SW the same day "
                 "about any concern",
                 "Mr Ian Cole, DSL, Holloway Park Primary",
                 "Every school day from 03/09/2025",
                 "Weekly attendance sent to the SW; same-day calls logged on CPOMS",
                 "On track – 96% and 93% last term"],
                ["9",
                 "Share any worry about the children with the SW on the day it arises",
                 "All professionals",
                 "Same day",
                 "Each worry logged on the children's case file",
                 "New"],
                ["10",
                 "Help Jodie sort out her benefits and rent arrears with Nettlestoke Citizens Advice",
                 "Bev Latham, family support worker",
                 "Ongoing",
                 "Payment plan letter from the housing office on file",
                 "C/F – first appointment missed"],
            ],
        }),
        ("h1", "6. Contingency (restated from the plan)"),
        ("p", "If things deteriorate at home, the core group will meet to review the plan and consider next "
              "steps."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Review child protection conference: Thursday 18/09/2025, 1.30pm, Nettlestoke Civic Centre.",
            "Core group every four weeks; next on Tuesday 30/09/2025 at 3.30pm, Brindle Street Children's "
            "Centre.",
        ]),
        ("p", "Minutes circulated on 04/09/2025 to everyone present and to those who sent apologies."),
    ],
    "findings": [
        F("F002", "Jodie feels more in control and her mental health is better."),
        F("H001", "Fortnightly support visits to Jodie to help with her low mood"),
        F("M002", "Fortnightly support visits to Jodie to help with her low mood"),
        F("W001", "Referral to Nettlestoke Young Carers for Kayden"),
        F("M002", "Take Kayden and Poppy to school every morning"),
        F("W002", "Share any worry about the children with the SW"),
        F("T002", "Help Jodie sort out her benefits and rent arrears"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Updated plan for a baby, mother with postnatal depression, father's
#    cannabis use, grandmother staying two nights a week. Markdown plan
#    updated after the fourth core group for the review conference:
#    completed actions kept as "DONE -" bullets, moved dates shown as "was",
#    new bullets marked with the core group that added them. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_nimmerdale_updated_plan_done_lines_haslam.md",
    "split": "tune",
    "actions": 13,
    "template": "markdown-plan-updated-after-core-group-for-review-how-to-read-note-what-has-changed-babys-day-then-and-now-outcomes-then-goal-subheadings-bullets-done-dash-completed-was-dates-added-at-core-group-contingency-meetings",
    "description": (
        "Exemplary plan for an 8-month-old, updated after the fourth core group for the review "
        "conference. The mother has postnatal depression and the father smoked cannabis in the "
        "flat. A Markdown plan under goal subheadings: each bullet names who, when (often 'before "
        "the next core group' or 'at every home visit until the review conference') and what will "
        "be seen; completed actions stay in the plan as 'DONE -' bullets with the date done, "
        "moved dates are shown as 'was', and bullets added at core groups say so. The perinatal "
        "psychiatrist and nursery nurse both assess change, the drug service reports on change, "
        "the grandmother's nights have a fallback, legal planning follows named triggers, dates "
        "are set."
    ),
    "text": """\
# Child Protection Plan — Ivy Haslam (updated)

**Nimmerdale Council · Children's Social Care · Safeguarding and Family Support Team 2**

Updated by Ellie Brown (social worker) after core group 4 on 26/08/2025, for the first review child protection
conference on **Tuesday 09/09/2025**. The plan was made at the initial conference on 10/06/2025 (chair: Lorraine
Achebe, IRO). Category: neglect.

> **How to read this plan.** Nothing has been deleted. Actions that have been done start with **DONE -** and the
> date they were done. Where a date has moved, the old date is shown as *(was ...)*. Actions added at a core group
> say which one.

## Family

- **Ivy Haslam**, 8 months (DOB 05/01/2025)
- **Chloe Haslam**, 23 — Mum
- **Jake Tennant**, 26 — Dad; lives with Chloe and Ivy at Flat 6, Wren House, Dale Road, Nimmerdale NM3 1QE
- **Sue Haslam**, 52 — Chloe's mum; lives at 14 Lark Rise, Nimmerdale, a bus ride away
- **Dan Tennant**, 30 — Jake's brother; lives in Nimmerdale

## What has changed since the initial conference

At the initial conference Ivy's weight had dropped from the 50th to below the 9th centile. Chloe, who has
postnatal depression, was staying in bed until the afternoon and said she "couldn't feel anything" for Ivy. Jake
was smoking cannabis in the flat most evenings, and twice the health visitor found Ivy asleep on the sofa between
cushions.

Since then Ivy's weight has climbed back to the 25th centile. Chloe's sertraline was increased at the end of June
and she now gets up with Ivy most mornings. Jake's last two urine screens were negative for cannabis and nobody
has smelt cannabis at a visit since July. Ivy has been seen asleep in her cot at every visit since 24/06/2025.
Sue has stayed two nights a week since June, although she missed a week in August when she had flu. The filmed
play sessions started four weeks late because the perinatal team were short of staff.

## Ivy's day — then and now

**Then (June 2025).** On the SW's first three visits Ivy was in her bouncer facing the television. She cried with a
thin cry and nobody picked her up for several minutes. She fed slowly and fell asleep before finishing her
bottle. She was quiet with Chloe and settled best on Sue's shoulder.

**Now (August 2025).** Ivy sits up on her own, babbles "ba-ba" and reaches for Chloe when a stranger comes in. On
21/08/2025 she crawled to Chloe and pulled herself up on her knee, and Chloe picked her up and sang to her. She
finishes her bottles and has started on mashed food. She still cries hard when Jake leaves the room, and settles
when he comes back and holds her.

## What we want for Ivy

1. Ivy keeps gaining weight and stays on or above the 25th centile.
2. Ivy is cared for by parents who notice when she is hungry, tired or upset and respond to her straight away.
3. Ivy sleeps safely in her own cot, on her back, at every sleep.
4. Ivy lives in a home free of cannabis smoke, with an adult who is sober and awake whenever she is awake.

## The plan

### So that Ivy is fed, growing and seen

- **Ellie Brown (SW)** will visit Ivy at home every week until the review conference, at least one visit a month
  unannounced, and will write on each visit record where Ivy was sleeping and how Chloe and Jake responded to her.
- **Kate Morley (HV)** will weigh Ivy every other Tuesday at Nimmerdale Health Centre and plot the weight in her
  red book; the next update will show Ivy still on or above the 25th centile.
- **Chloe** will take Ivy to her 9-to-12-month development review with **Kate Morley (HV)** on 07/10/2025, and Kate
  will send Ellie the review summary the same week.
- **DONE - 24/06/2025: Kate Morley (HV)** went through safe sleep with Chloe and Jake within two weeks of the
  initial conference; Ivy's cot was seen clear at that visit and has been seen clear at every visit since.
- **DONE - 04/07/2025: Ellie Brown (SW)** got a stair gate and a fireguard for the flat from the Nimmerdale Home
  Safety scheme by 04/07/2025 *(was 27/06/2025)*; both were seen fitted on 04/07/2025.
- **Ellie Brown (SW)** will look at Ivy's cot at every home visit until the review conference and write down on
  the visit record that it was clear and that Ivy was put down on her back.

### So that Ivy has parents who notice her and answer her

- **Dr Farah Nasser (consultant perinatal psychiatrist, Nimmerdale Perinatal Mental Health Team)** will see Chloe
  every four weeks and will write to Ellie before each core group with her assessment of whether Chloe is making
  the changes Ivy needs, what still has to change and how long that is likely to take.
- **Ruth Kaye (nursery nurse, Nimmerdale Perinatal Mental Health Team)** will film a play session with Chloe and
  Ivy every Thursday until 06/11/2025 *(was to start 19/06/2025; started 17/07/2025)*, score the films every four
  weeks and send Ellie the scores with her view of whether Chloe's responses to Ivy are changing and how quickly.
- **DONE - 30/06/2025: Dr Owen Lacey (GP, Nimmerdale Health Centre)** reviewed Chloe's sertraline by 30/06/2025 and
  sent the new medication plan to Ellie and the perinatal team on 01/07/2025.
- **Dr Owen Lacey (GP)** will tell Ellie in writing within two working days if Chloe misses a medication review,
  so that the core group knows at once if her care of Ivy may be affected; the next update will show no missed
  reviews.
- **Chloe** will go to the Baby Steps parenting group at Dale Road Children's Centre every Wednesday for eight
  weeks from 10/09/2025 *(added at core group 4, 26/08/2025)*, and the group leader, **Priya Chandra**, will send
  Ellie an attendance sheet after week 4 and week 8.
- **Chloe and Jake** will write every feed and every sleep on Ivy's chart on the fridge from 10/06/2025, and Ellie
  will check the chart at each visit; the next update will show no gap between feeds longer than four hours.

### So that Ivy's home is free of cannabis smoke

- **Tom Birtles (recovery worker, Nimmerdale Pathways drug service)** will see Jake for key-work every Monday and
  test his urine once a month, and will report in writing before each core group on whether Jake has stopped
  smoking cannabis and what still needs to change for Ivy.
- **Jake** will not smoke cannabis in the flat or while he is looking after Ivy, from 10/06/2025; the next update
  will show his September and October screens negative and no smell of cannabis noted at any SW or HV visit.
- **DONE - 15/07/2025: Jake** went to the Pathways "Think Family" workshop on cannabis and caring for Ivy by
  31/07/2025; his attendance certificate is on Ivy's file.

### So that Ivy always has a safe adult with her

- **Sue Haslam (Ivy's grandmother)** will stay at the flat every Tuesday and Friday night until the review
  conference so that Chloe can sleep, and will write Ivy's night feeds on the fridge chart, which Ellie checks at
  each visit.
- **Ellie Brown (SW)** will hold a family network meeting with Chloe, Jake, Sue and Dan before the next core group
  on 23/09/2025 *(added at core group 4)*, and will send every core group member the written network plan saying
  who steps in if Sue cannot.

## If things go wrong

- **If Chloe tells anyone she has thoughts of harming herself or Ivy**, or Ivy loses weight at two weighs in a row,
  or Ivy is found asleep anywhere but her cot twice: Ellie holds a strategy discussion the same day, Ivy goes to
  Sue's home at 14 Lark Rise until it has taken place, and Dr Nasser's team is asked to see Chloe the same day.
- **If Jake smokes cannabis in the flat or while looking after Ivy** (a positive screen, or cannabis smelt at a
  visit): Jake stays with Dan from that day, and Ivy stays with Chloe only while Sue or Dan is staying in the flat.
- **If Sue cannot help** (she is ill or away, as in August): Dan stays at the flat for those nights; if neither of
  them can, Ellie arranges that day for Ivy and Chloe to go to a Nimmerdale parent and child foster placement, or
  for Ivy to go to an emergency foster carer.
- **If progress stops**: if Ivy falls below the 9th centile again, Jake has two positive screens, or Dr Nasser's
  assessment says Chloe cannot make the changes within Ivy's timescale, Ellie will ask her team manager, Graham
  Pike, for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Tuesdays at 2pm, Dale Road Children's Centre: 23/09/2025, 21/10/2025 and
  18/11/2025.
- First review child protection conference: Tuesday 09/09/2025, 10am, Nimmerdale Civic Centre.
- Ellie will bring a written note of what she has seen of Ivy's day to every core group and to the review.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's report to the review conference for the IRO, mother on
#    methadone after a heroin relapse, two children, grandfather helping.
#    Word report printed to PDF with a page header and footer; the plan
#    table has a progress column. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_noddingfold_pre_review_iro_report_mcilroy.pdf",
    "doc_title": "Social Worker's Report to the Review Conference - Tia and Brody McIlroy",
    "split": "tune",
    "actions": 9,
    "template": "sw-pre-review-report-to-iro-printed-to-pdf-page-header-footer-to-from-details-list-purpose-what-has-changed-views-then-and-now-outcomes-then-progress-and-updated-plan-table-who-when-how-we-will-know-progress-since-icpc-contingency-recommendation-core-group",
    "description": (
        "Exemplary social worker's report to the IRO before the first review conference, for a "
        "12-year-old and a 6-year-old whose mother relapsed into heroin use on top of her "
        "methadone. A Word report printed to PDF with a page header and footer, written in the "
        "first person. The plan table keeps every action with a progress note ('Achieved', "
        "'Partly – see note', 'Ongoing – GP letter awaited'), a completed referral and a new "
        "action from the last core group; timescales include 'by the RCPC' and 'within two weeks "
        "of the initial conference'. The drug service reports on change, the GP owns an action, "
        "the grandfather's help has a fallback, legal planning follows named triggers, core group "
        "and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Noddingfold Borough Council – Review Child Protection Conference",
    "footer": "Tia and Brody McIlroy – SW report to the IRO – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Social Worker's Report to the Review Child Protection Conference"),
        ("kv", [
            ("To", "Margaret Osei, Independent Reviewing Officer (chair)"),
            ("From", "Jordan Blake, Social Worker, Noddingfold Children's Services, Locality Team West"),
            ("Date of report", "27/08/2025"),
            ("Review conference", "Tuesday 09/09/2025, 10am, Noddingfold Civic Centre, Room 3"),
            ("Children", "Tia McIlroy (12), DOB 19/02/2013, Year 8, Noddingfold Academy; Brody McIlroy (6), DOB "
                         "07/11/2018, Year 2, Greystone Infants"),
            ("Mother", "Nicola McIlroy (37), 31 Keld Avenue, Noddingfold NF6 2RU"),
            ("Maternal grandfather", "Jim McIlroy (68), Flat 2, 9 Orchard Court, Noddingfold"),
            ("Initial conference", "17/06/2025, category neglect (both children)"),
            ("Team manager", "Sarah Quinlan"),
        ]),
        ("h1", "1. Purpose of this report"),
        ("p", "This report tells the conference how Tia and Brody have been since the initial conference, what "
              "has happened to each action in their plan, what Tia and Brody have said, and what I recommend. "
              "Nicola has read it with me and her comments are in section 2."),
        ("h1", "2. What has changed since the initial conference"),
        ("p", "Nicola has been on a methadone script for six years. In April 2025, after her mother died, she "
              "began using heroin on top of her script. On 06/06/2025 Tia came home from school to find her mum "
              "asleep and could not wake her; she rang her grandad, who called an ambulance. Brody had been "
              "collected late from school four times that month and had gone without tea."),
        ("p", "Since the initial conference Nicola has collected her methadone under supervision every day "
              "except three days in June. Her last four urine screens have been negative for heroin. Jim has "
              "taken Brody to school three mornings a week and the children go to him for tea on Wednesdays. Tia "
              "has joined the young carers' Friday club. Nicola says: “I know I frightened Tia. I want her to "
              "stop checking on me and be a kid.”"),
        ("h1", "3. What Tia and Brody have told me – then and now"),
        ("p", "Tia, at the initial conference (seen on her own at school, 12/06/2025): “I do Brody's packed "
              "lunch and I check Mum's breathing when she's asleep. I didn't tell anyone because I didn't want "
              "us to be split up.” She scored home 3 out of 10."),
        ("p", "Tia, now (seen on her own at the young carers' club, 22/08/2025): “Mum gets up now and does "
              "Brody's lunch. I still check on her sometimes at night. Grandad's Wednesdays are the best.” She "
              "scored home 6 out of 10 and said she wants the plan to carry on “until Mum's been OK for ages”."),
        ("p", "Brody, then: he told his teacher that “Mummy was asleep and didn't wake up for tea”. Brody, now "
              "(seen at home, 19/08/2025): he showed me his Lego garage, said Mum makes “pasta on Tuesdays” and "
              "drew himself, his mum, Tia and Grandad in Grandad's car. He said he worries “when Mum goes to the "
              "chemist and takes ages”."),
        ("h1", "4. Outcomes for Tia and Brody"),
        ("bullets", [
            "Tia and Brody are cared for every day by a sober adult who is awake, gives them their meals and gets "
            "Brody to school on time.",
            "Tia no longer checks on her mum or cares for her brother, and goes to school and the young carers' "
            "club every week.",
            "Brody goes to school every day, fed and on time, and can tell an adult when he is worried.",
            "Neither child can get at their mum's methadone or any drugs in the house.",
        ]),
        ("h1", "5. Progress on the plan, and the plan I propose to the review"),
        ("p", "Rows 1 to 8 were agreed at the initial conference; row 9 was added at the core group on "
              "26/08/2025. The last column is progress since the initial conference."),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know", "Progress since 17/06/2025"],
            "widths": [4.6, 3.0, 2.8, 3.6, 3.0],
            "rows": [
                ["1. Visit Tia and Brody at home, one visit in three unannounced, and see Tia on her own away "
                 "from the house",
                 "Jordan Blake, SW",
                 "Weekly from 17/06/2025 until the second review conference",
                 "Visit records show both children seen every week and Tia seen alone at least every two weeks, "
                 "with her words written down",
                 "Achieved – 10 of 10 weeks; Tia seen alone six times"],
                ["2. Collect her methadone from Greystone Pharmacy under supervision every day and go to "
                 "key-work, so that she is well enough to get Brody to school and be at home for Tia after school",
                 "Nicola McIlroy (Mum)",
                 "Daily pick-up; key-work every Thursday",
                 "Pharmacy record of daily pick-ups seen by the SW every two weeks; the next update will show no "
                 "missed pick-ups",
                 "Partly – see note: three missed pick-ups in June, none since 04/07/2025"],
                ["3. Key-work with Nicola and urine screens, and a written report before each core group on "
                 "whether she has stopped using heroin on top of her script, what still needs to change for Tia "
                 "and Brody, and how long that is likely to take",
                 "Paula Greaves, recovery co-ordinator, Noddingfold Drug and Alcohol Service",
                 "Screens every two weeks; report two working days before each core group",
                 "Screen results and the written report on the case file before every core group",
                 "Achieved – reports for all three core groups; last four screens negative for heroin"],
                ["4. Check at each methadone review that Nicola keeps her methadone in the locked box out of Tia's "
                 "and Brody's reach, and tell the SW of any missed review within two working days",
                 "Dr Hassan Mirza, GP, Greystone Medical Practice",
                 "At each 8-weekly methadone review; the first by 30/06/2025",
                 "GP email to the SW after each review; the box seen locked at every SW visit",
                 "Ongoing – GP letter awaited for the August review"],
                ["5. Take Brody to school on Monday, Wednesday and Friday mornings, and have both children for "
                 "tea on Wednesdays",
                 "Jim McIlroy (maternal grandfather)",
                 "Every school week from 23/06/2025",
                 "Greystone Infants' gate log shows Jim bringing Brody on those days; Jim texts the SW after each "
                 "Wednesday tea",
                 "Achieved – every morning and every Wednesday kept"],
                ["6. Meet Tia each Monday with her head of year, check her attendance and whether jobs at home "
                 "are stopping her homework",
                 "Ms Rachel Egan, DSL, Noddingfold Academy",
                 "Every Monday in term time; attendance summary by the RCPC",
                 "Attendance summary to the SW by 08/09/2025 showing 95% or more; Monday meetings logged on "
                 "CPOMS",
                 "Partly – 94% in the summer term; Monday meetings restart 08/09/2025"],
                ["7. Check Brody's attendance, lunch and uniform every morning, and phone the SW the same day if "
                 "he is absent or hungry",
                 "Mrs Carol Whitby, DSL, Greystone Infants",
                 "Every school day",
                 "Weekly attendance email to the SW; the next update will show 95% or more and any same-day "
                 "calls logged",
                 "Achieved – 96% in the summer term; no same-day calls since 04/07/2025"],
                ["8. Refer Tia to Noddingfold Young Carers and make sure she can get to the Friday club",
                 "Jordan Blake, SW",
                 "Within two weeks of the initial conference (by 01/07/2025)",
                 "Acceptance letter on file; the club register shows Tia attending",
                 "Achieved – accepted 24/06/2025; Tia has been to seven Friday clubs"],
                ["9. Six sessions with Brody about his worries, using a worry monster book (new, core group "
                 "26/08/2025)",
                 "Leanne Doyle, family support worker",
                 "Weekly from 01/09/2025, all six done by 14/10/2025",
                 "Brody's worry book pages kept on file; the next update will show six of six sessions held",
                 "New – starts 01/09/2025"],
            ],
        }),
        ("h1", "6. Contingency plan (updated)"),
        ("p", "If Nicola has a urine screen positive for heroin or cocaine, misses two daily methadone pick-ups in "
              "a row, or is found under the influence while caring for Tia and Brody, the children will go to "
              "Jim's flat at 9 Orchard Court that day and I will hold a strategy discussion with the police the "
              "same day."),
        ("p", "If Jim cannot have the children (he is waiting for a hip operation and may be in hospital this "
              "autumn), I will place Tia and Brody together with Noddingfold foster carers the same day, and will "
              "ask Nicola's cousin, Shona Reid, whether she can be assessed to care for them."),
        ("p", "If Nicola has two positive screens before the next core group, or at any time the children are "
              "found without a sober adult, I will ask Sarah Quinlan for a legal planning meeting within five "
              "working days to decide whether to start the Public Law Outline."),
        ("h1", "7. My recommendation"),
        ("p", "Nicola has made real progress, but it is ten weeks old and Tia is still checking on her at night. I "
              "recommend that Tia and Brody remain subject to child protection plans under the category of "
              "neglect, with the plan above."),
        ("h1", "8. Core group and review"),
        ("bullets", [
            "The core group has met every four weeks (01/07/2025, 29/07/2025 and 26/08/2025). I propose it keeps "
            "meeting every four weeks, on Tuesdays at 3.30pm at Greystone Children's Centre: 23/09/2025, "
            "21/10/2025 and 18/11/2025.",
            "Review child protection conference: 09/09/2025. If the plan continues, the second review conference "
            "is booked for Tuesday 10/03/2026 at 10am.",
        ]),
        ("p", "Jordan Blake, Social Worker · 27/08/2025 · Countersigned: Sarah Quinlan, Team Manager"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Plan pasted into an e-mail after the second core group, with two replies
#    above it. Mother with depression, her partner drinking heavily, two
#    girls. Plain text. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_nurstleigh_email_replies_above_plan_szymanska.txt",
    "split": "tune",
    "actions": 9,
    "template": "plain-text-email-thread-two-replies-above-original-message-with-plan-pasted-in-reason-what-has-changed-childrens-views-then-and-now-outcomes-then-numbered-actions-with-who-when-how-we-will-know-update-lines-contingency-meetings",
    "description": (
        "A plan for an 8-year-old and a 2-year-old, updated at the second core group and pasted "
        "into an e-mail by the social worker, with replies from the DSL and the health visitor "
        "above it. The mother has depression and her partner drinks heavily. Each numbered action "
        "has Who, When, How we will know and Update lines; the visits, the two-year review, the "
        "DSL's checks, the aunt's Saturdays and the parenting assessment are sound. Faults: the "
        "mother's GP action is 'Ongoing' and measured by 'going well', the partner's alcohol "
        "action is measured by engagement, the nursery place carried forward has no one named, "
        "'Family network' keeps a sober adult in the house, one outcome is about the mother "
        "only, no adult service owns an action, and the contingency only says the plan will be "
        "reviewed, with no fallback for the family and no legal step."
    ),
    "text": """\
From:    Gavin Hurst <g.hurst@staidans.nurstleigh.sch.uk>
Sent:    Tuesday 09/09/2025 08:14
To:      Rachel Mensah <rachel.mensah@nurstleigh.gov.uk>
Cc:      Tanya Reid <tanya.reid@nurstleighhealth.nhs.uk>
Subject: RE: RE: Updated CP plan - Zofia and Lena - after core group 2

Morning Rachel,

Happy with the plan. Zofia has been in every day since we went back on
03/09/2025 and was on time each day. She told her class teacher she
"likes Saturdays at Ciocia Magda's". I'll send the first weekly
attendance this Friday as agreed.

Gavin
Gavin Hurst | Deputy Head and DSL | St Aidan's Primary School, Nurstleigh

-----Original Message-----
From:    Tanya Reid <tanya.reid@nurstleighhealth.nhs.uk>
Sent:    Monday 08/09/2025 16:02
To:      Rachel Mensah <rachel.mensah@nurstleigh.gov.uk>
Cc:      Gavin Hurst <g.hurst@staidans.nurstleigh.sch.uk>
Subject: RE: Updated CP plan - Zofia and Lena - after core group 2

Hi Rachel

Thanks for this. One correction to the notes: Lena's two-year review
is now booked for 23/09/2025 at 10am at home (Anna asked for a home
visit), still within the date in the plan. I'll bring the ASQ to the
next core group.

Best wishes
Tanya
Tanya Reid | Health Visitor | Nurstleigh Community Health, Orchard Lane Clinic

-----Original Message-----
From:    Rachel Mensah <rachel.mensah@nurstleigh.gov.uk>
Sent:    Friday 05/09/2025 17:47
To:      Tanya Reid; Gavin Hurst; Anna Szymanska; Piotr Nowak; Magda Szymanska
Subject: Updated CP plan - Zofia and Lena - after core group 2

Dear all,

Thank you for coming yesterday. As agreed, here is the plan with the
updates from core group 2 added. I have pasted it below because some
of you cannot open the attachment on your phones. Please reply to me
by Wednesday if anything is wrong.

Kind regards
Rachel Mensah
Social Worker, Safeguarding Team 1, Nurstleigh Borough Council

========================================================================
CHILD PROTECTION PLAN - ZOFIA AND LENA SZYMANSKA
Updated at core group 2, 04/09/2025
(initial child protection conference 15/07/2025, category: neglect)
========================================================================

Zofia Szymanska (8), DOB 22/03/2017 - Year 4, St Aidan's Primary
Lena Szymanska (2), DOB 09/08/2023 - not yet at nursery
Mum: Anna Szymanska (30)
Mum's partner: Piotr Nowak (34), Lena's dad, lives at the family home,
  12 Copse Road, Nurstleigh NU2 8HB
Maternal aunt: Magda Szymanska, 3 Larch Walk, Nurstleigh

WHY THERE IS A PLAN
Anna has had depression since Lena was born and spends most days in
bed. Piotr drinks heavily most evenings and at weekends. On 27/06/2025
police found Zofia and Lena alone in the house at 10pm; Anna was asleep
upstairs and Piotr was at the pub. Zofia had been late to school 21
times and Lena had missed her one-year checks.

WHAT HAS CHANGED SINCE THE CONFERENCE
Anna has seen her GP and started medication. Magda has had the girls
every Saturday. Zofia's lateness stopped in the last weeks of term.
Piotr says he has cut down but was seen drunk at the school gate on
16/07/2025. There has been no further police involvement.

WHAT ZOFIA AND LENA HAVE SAID
Zofia, July (seen on her own at school): "When Mama sleeps and Tata is
out I put Lena in my bed and we watch videos. I'm scared when Tata
comes home loud." She scored home 2 out of 10.
Zofia, now (seen on her own at school, 02/09/2025): "Mama gets up more.
Tata still drinks on Fridays." She scored home 5 out of 10 and wants
"everyone to stay at home and not shout".
Lena (seen at home, 28/08/2025) came to the door with Zofia, said
"Mama" and "nie" and played with her buggy. She was clean but her
nappy was very wet.

OUTCOMES
- Zofia and Lena are cared for by a sober adult who is awake every
  evening and night.
- Lena's speech and development catch up with what is expected for her
  age.
- Zofia gets to school on time every day and is not left in charge of
  Lena.
- Anna feels more positive about the future.

ACTION PLAN

1. Rachel Mensah (SW) to visit the girls at home and see Zofia on her own.
   Who: Rachel Mensah, SW
   When: weekly, with one visit a month in the evening
   How we will know: visit notes show both girls seen every week and
   Zofia's words written down
   Update 04/09: done every week since the conference

2. Anna to see her GP about her low mood and keep taking her tablets.
   Who: Anna
   When: ongoing
   How we will know: see update
   Update 04/09: going well

3. Piotr to cut down his drinking and go to Nurstleigh Alcohol Service.
   Who: Piotr
   When: first appointment within two weeks of this core group
   How we will know: engagement with the service
   Update 04/09: says he has phoned them

4. Tanya Reid (HV) to do Lena's two-year review and speech screen.
   Who: Tanya Reid, HV
   When: by 30/09/2025
   How we will know: the next update will show the ASQ scores and any
   speech therapy referral made
   Update 04/09: booked

5. Find a funded nursery place for Lena (carried forward from core group 1).
   Who: -
   When: was 15/08/2025, now by 30/09/2025
   How we will know: Lena attending two mornings a week, nursery
   register sent to the SW
   Update 04/09: not done, carried forward

6. Check Zofia's attendance and punctuality every day.
   Who: Mr Gavin Hurst, DSL, St Aidan's
   When: every school day from 03/09/2025
   How we will know: weekly attendance to the SW each Friday, late marks
   shown
   Update 04/09: new term started

7. Make sure a sober adult is in the house every evening.
   Who: Family network
   When: every evening from 6pm
   How we will know: evening visit notes record who was in the house
   and whether they were sober
   Update 04/09: mostly

8. Magda to have Zofia and Lena at her flat every Saturday.
   Who: Magda Szymanska (maternal aunt)
   When: every Saturday, 10am to 6pm
   How we will know: Magda texts Rachel each Saturday when the girls
   arrive and leave
   Update 04/09: every Saturday kept

9. Complete the parenting assessment of Anna and Piotr.
   Who: Rachel Mensah, SW
   When: report by 03/10/2025, before the review conference
   How we will know: report shared with Anna, Piotr and the core group
   Update 04/09: four of six sessions done

CONTINGENCY
If things do not improve, the plan will be reviewed at the next core
group.

MEETINGS
Core group every four weeks - next on 30/09/2025, 4pm, Copse Road
Family Centre.
Review child protection conference: 14/10/2025, 10am, Nurstleigh
Civic Centre.
========================================================================
""",
    "findings": [
        F("F002", "Anna feels more positive about the future."),
        F("T002", "Anna to see her GP about her low mood"),
        F("M002", "Anna to see her GP about her low mood"),
        F("M002", "Piotr to cut down his drinking and go to"),
        F("W001", "Find a funded nursery place for Lena"),
        F("W002", "Make sure a sober adult is in the house every evening."),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan updated at the third core group, before the review conference;
#    mother with emotionally unstable personality disorder and self-harm, a
#    5-year-old and a baby, the family thinking of moving to another
#    authority. Landscape Word table with "date set at ICPC" and "date now"
#    columns, progress notes, rows added at the core group. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_nawbeck_rcpc_carried_forward_dates_table_greenhow.docx",
    "doc_title": "Child Protection Plan (updated) - Harley and Summer Greenhow",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "updated-plan-landscape-word-details-list-what-has-changed-childrens-views-then-and-now-outcomes-then-table-who-date-set-at-icpc-date-now-how-we-will-know-progress-new-rows-marked-contingency-meetings",
    "description": (
        "Plan for a 5-year-old and a 10-week-old, updated at the third core group before the "
        "review conference. The mother has emotionally unstable personality disorder and "
        "self-harms; the family may move to a neighbouring authority. A landscape Word table "
        "with 'Date set at ICPC' and 'Date now' columns and a progress column; most rows are "
        "sound (weekly visits, the care co-ordinator reporting on change, the grandmother's "
        "afternoons and nights, the DSL). Faults: the baby's weighs measured only by "
        "'Monitored', a DBT group that only treats the mother, the parenting assessment paused "
        "until the case transfers, a safety plan owned by the 'Core group', and three rows "
        "added at the core group: police checks with no date at all, a speech therapy referral "
        "with no measure, dental registration 'as and when she can'. The review conference "
        "date is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan – updated at core group 3"),
        ("p", "Nawbeck Metropolitan Borough Council · Children's Social Care · Safeguarding Team North"),
        ("kv", [
            ("Children", "Harley Greenhow (5), DOB 04/06/2020, Year 1 at Nawbeck Infant School; Summer "
                         "Greenhow, born 24/06/2025"),
            ("Address", "17 Tannery Row, Nawbeck NW8 3DS"),
            ("Mother", "Stacey Greenhow (27)"),
            ("Mother's partner", "Ryan Kemp (30), Summer's father; lives in Castleby and stays most weekends"),
            ("Maternal grandmother", "Janice Greenhow, 7 Ferndale Close, Nawbeck"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "08/07/2025. Chair: Andrew Fenwick (IRO)"),
            ("This update", "Core group 3, 02/09/2025"),
            ("Social worker", "Carly Webb (team manager: Priya Sandhu)"),
        ]),
        ("h1", "What has changed since the initial conference"),
        ("p", "At the initial conference Stacey had cut her arms twice in the month after Summer was born, once "
              "while Harley was in the house, and had taken an overdose of paracetamol in May 2025. She has "
              "emotionally unstable personality disorder and is under the Nawbeck Community Mental Health Team. "
              "Harley had missed 30 sessions of school in Reception and Summer's newborn hearing test had been missed."),
        ("p", "Since then Stacey has seen her care co-ordinator every two weeks and has not self-harmed since "
              "20/07/2025. Summer had her hearing test on 15/07/2025 and is gaining weight. Janice has had Harley "
              "after school twice a week and has stayed most weekends, but was unwell for two weekends in August. "
              "Stacey and Ryan have said they may move to Ryan's flat in Castleby in October."),
        ("h1", "What Harley and Summer have told us – then and now"),
        ("p", "Harley, July (seen at school): “Mummy had plasters on her arms and she was crying in the "
              "bathroom. I got her a biscuit.” Harley, now (seen on his own at home, 27/08/2025): “Mummy is happy "
              "more. Nana does my tea on Mondays and Thursdays and I have fish fingers.” He says he does not want "
              "to move to Castleby “because Nana won't be there”."),
        ("p", "Summer is 10 weeks old. On visits she feeds well from her bottle, settles quickly when Stacey holds "
              "her close and talks to her, and has started to smile at Harley. On 19/08/2025 she was left crying "
              "in her pram for ten minutes while Stacey was upset on the phone."),
        ("h1", "What we want for Harley and Summer"),
        ("bullets", [
            "Harley and Summer are always cared for by an adult who is calm and safe, and never see their mum "
            "hurt herself.",
            "Summer keeps gaining weight and is picked up and comforted quickly when she cries.",
            "Harley goes to school every day and has an adult he can tell when he is worried about his mum.",
        ]),
        ("h1", "The plan"),
        ("p", "The first date column is the date set at the initial conference; the second is the date agreed at "
              "core group 3. Rows 10 to 12 were added at core group 3."),
        ("table", {
            "header": ["No.", "Action", "Who", "Date set at ICPC (08/07/2025)", "Date now (CG3, 02/09/2025)",
                       "How we will know", "Progress"],
            "widths": [1.0, 6.2, 3.6, 2.9, 3.2, 5.0, 3.8],
            "rows": [
                ["1",
                 "Visit Harley and Summer at home, see Harley on his own and see Summer awake",
                 "Carly Webb, SW",
                 "Weekly from 08/07/2025",
                 "Weekly, continues",
                 "Visit records show both children seen every week, Summer seen awake and Harley's own words "
                 "written down",
                 "Achieved – 8 of 8 weeks"],
                ["2",
                 "Weigh Summer at Nawbeck Health Centre baby clinic",
                 "Nadia Iqbal, HV",
                 "Weekly",
                 "Weekly until she is six months old",
                 "Monitored",
                 "On track"],
                ["3",
                 "See Stacey every two weeks, check her medication and self-harm risk, and report to each core "
                 "group on whether she is making the changes Harley and Summer need and how long that is likely "
                 "to take",
                 "Joel Abara, care co-ordinator, Nawbeck CMHT",
                 "Every two weeks from 15/07/2025",
                 "Every two weeks; report before each core group",
                 "Written report on file before each core group",
                 "Achieved – reports for core groups 1 to 3"],
                ["4",
                 "DBT skills group for Stacey to help her manage her emotions and urges to self-harm",
                 "Nawbeck CMHT Psychology Service",
                 "Tuesdays from 29/07/2025",
                 "Tuesdays, 24-week group",
                 "Attendance register sent to the SW each month",
                 "Partly – see note: 4 of 6 sessions attended"],
                ["5",
                 "Have Harley after school on Mondays and Thursdays and give him his tea",
                 "Janice Greenhow (maternal grandmother)",
                 "Every Monday and Thursday",
                 "Every Monday and Thursday",
                 "Janice's diary, seen by the SW at each visit",
                 "Achieved"],
                ["6",
                 "Stay at Tannery Row on Friday and Saturday nights to help with Summer's night feeds",
                 "Janice Greenhow (maternal grandmother)",
                 "Every Friday and Saturday night",
                 "Every Friday and Saturday night until the review conference",
                 "Night feed chart filled in by Janice and checked by the SW",
                 "Partly – two weekends missed in August (Janice unwell)"],
                ["7",
                 "Parenting assessment of Stacey and Ryan, paused until the case transfers to Castleby County "
                 "Council",
                 "Carly Webb, SW",
                 "By 31/08/2025",
                 "On hold pending transfer",
                 "Assessment report to the core group and the review conference",
                 "Not started – family may move in October"],
                ["8",
                 "Agree a written night-time safety plan for Summer (who gets up to her, where she sleeps)",
                 "Core group",
                 "By core group 2, 05/08/2025",
                 "By the next core group, 30/09/2025",
                 "Signed safety plan on the case file",
                 "Not started"],
                ["9",
                 "Check Harley's attendance and how he presents, and phone the SW the same day with any worry",
                 "Mrs Tracey Holt, DSL, Nawbeck Infant School",
                 "Every school day",
                 "Every school day from 04/09/2025",
                 "Weekly attendance email to the SW; same-day calls logged on CPOMS",
                 "Autumn term starts 04/09/2025"],
                ["10",
                 "NEW: checks on Ryan Kemp with Nawbeck Police and Castleby Children's Services",
                 "Carly Webb, SW",
                 "–",
                 "",
                 "Police and Castleby check results on the case file",
                 "New"],
                ["11",
                 "NEW: refer Harley to speech and language therapy for his unclear speech",
                 "Nadia Iqbal, HV",
                 "–",
                 "By 30/09/2025",
                 "",
                 "New"],
                ["12",
                 "NEW: Stacey to register Harley and Summer with a dentist",
                 "Stacey Greenhow (Mum)",
                 "–",
                 "As and when she can",
                 "Registration letter seen by the SW",
                 "New"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Stacey self-harms or tells anyone she is planning to, takes an overdose, or is found too "
              "distressed to care for the children, Carly will hold a strategy discussion the same day and Harley "
              "and Summer will go to Janice's home at 7 Ferndale Close until it has taken place. If Summer loses "
              "weight at two weighs in a row, the HV will tell Carly the same day and Janice will stay at "
              "Tannery Row every night until the next core group."),
        ("p", "If Janice cannot have the children or cannot stay (she is unwell, as in August), Carly will place "
              "Harley and Summer together with Nawbeck foster carers the same day."),
        ("p", "If Stacey stops taking her medication, misses three CMHT appointments in a row, or self-harms again "
              "while caring for the children, Carly will ask Priya Sandhu for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1pm, Tannery Row Children's Centre; next on 30/09/2025.",
            "Review child protection conference: to be confirmed by the conference team.",
        ]),
    ],
    "findings": [
        F("M002", "Weigh Summer at Nawbeck Health Centre baby clinic"),
        F("H001", "DBT skills group for Stacey to help her manage"),
        F("X001", "paused until the case transfers to Castleby County"),
        F("W002", "Agree a written night-time safety plan for Summer"),
        F("T001", "checks on Ryan Kemp with Nawbeck Police and"),
        F("M001", "refer Harley to speech and language therapy for"),
        F("T002", "Stacey to register Harley and Summer with a dentist"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Second review conference plan, mother with schizophrenia, one boy of 10,
#    his aunt nearby and his father in London. Plain-text case-system print:
#    each action has WHO / WHEN (first set, now) / HOW WE WILL KNOW /
#    PROGRESS fields with a RAG rating. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b111_nythersham_rcpc_then_now_print_adebayo.txt",
    "split": "tune",
    "actions": 7,
    "template": "rcpc-case-system-plain-text-print-dotted-fields-numbered-upper-case-sections-what-has-changed-views-then-and-now-outcomes-then-numbered-actions-with-who-when-first-set-and-now-how-we-will-know-progress-rag-fields-contingency-meetings",
    "description": (
        "Exemplary plan from the second review conference for a 10-year-old whose mother has "
        "paranoid schizophrenia and was in hospital in the spring. A plain-text case-system "
        "print: each numbered action has WHO, WHEN (first set and now), HOW WE WILL KNOW and "
        "PROGRESS fields with a RAG rating, including a completed young carer's assessment. Both "
        "mental health actions ask for a view on change and its timescale, the aunt's part has a "
        "fallback, legal planning follows relapse or refused medication, core group and review "
        "dates are set."
    ),
    "text": """\
NYTHERSHAM COUNCIL - CHILDREN'S SERVICES                    CASE RECORD PRINT
CHILD PROTECTION PLAN (REVIEW) - VERSION 3                  Printed 17/09/2025 11:05
==================================================================================
Child ............ Femi ADEBAYO, DOB 13/05/2015 (10), Year 6, Linden Park Primary
Address .......... 4 Coldharbour Mews, Nythersham NY5 9TE
Mother ........... Grace Adebayo (44), sole carer
Father ........... Tunde Adebayo (46), lives in Lewisham, London; video calls on
                   Sundays, has Femi for part of each school holiday
Maternal aunt .... Bisi Okon, 21 Station Road, Nythersham (five minutes away)
Category ......... Neglect
Plan history ..... ICPC 11/02/2025; first RCPC 06/05/2025; second RCPC
                   16/09/2025 (this version). Chair: Helen Marsh (IRO)
Social worker .... Priya Lal, Family Safeguarding Team (TM: Kwame Asante)
==================================================================================

1. WHAT HAS CHANGED SINCE THE LAST CONFERENCE (06/05/2025)

Grace has paranoid schizophrenia. In January she stopped her medication, became
convinced the neighbours were poisoning the water and kept Femi off school for
three weeks. She was admitted to the Beacon Unit under section 2 from 03/02/2025
to 28/03/2025; Femi stayed with Bisi. Since the last conference Grace has had her
depot injection on time every two weeks, has kept every appointment with her
care co-ordinator and has had no admissions. Femi's attendance since May is 97%.
He still does the shopping on Saturdays and reminds his mum about her clinic.

2. FEMI'S VIEWS - THEN AND NOW

Then (seen on his own at Bisi's, 20/02/2025): "Mum thought the tap water was bad
so we only drank Coke. I wasn't allowed to go to school in case they took me. I
was scared she was right." He scored home 2 out of 10.
At the first review (May 2025): "Mum's better but I keep checking her tablets."
Now (seen on his own at school, 09/09/2025): "Mum's normal now. I go to football
on Thursdays. I still remind her about the clinic because I'm scared she'll get
poorly again." He scored home 8 out of 10. He wants to stay living with his mum
and to keep going to Auntie Bisi's on Wednesdays.

3. OUTCOMES FOR FEMI

3.1 Femi lives with an adult who is well enough to care for him every day, and
    he is never left to manage his mum's illness on his own.
3.2 Femi goes to school every day and to football on Thursdays, and no longer
    reminds his mum about her medication.
3.3 Femi knows the early signs that his mum is becoming unwell and exactly who to
    tell, and feels safe to tell them.

4. ACTIONS
----------------------------------------------------------------------------------
KEY: WHEN shows the timescale first set and the timescale now. RAG: G on track or
achieved, A partly, R not achieved.

4.1  ACTION ...... Visit Femi at home every two weeks and see him on his own
                   in his room; one visit a month unannounced
     WHO ......... Priya Lal (SW)
     WHEN ........ First set 11/02/2025: weekly. Now: every two weeks until
                   the third review conference
     HOW WE WILL KNOW  Visit records show Femi seen alone at every visit, with
                   his score out of 10 and his own words written down
     PROGRESS .... G - every visit since May done; Femi seen alone each time

4.2  ACTION ...... Visit Grace at home every two weeks, check her depot dates
                   and early warning signs, and report to each core group on
                   whether she is making and keeping the changes Femi needs
                   and how long that is likely to take
     WHO ......... Sam Whitfield, care co-ordinator, Nythersham Community
                   Mental Health Team
     WHEN ........ First set 11/02/2025: weekly after discharge. Now: every two
                   weeks; written report two days before each core group
     HOW WE WILL KNOW  Written report on the case file before every core group,
                   with depot dates and Sam's view of the timescale
     PROGRESS .... G - reports received for every core group since April

4.3  ACTION ...... Review Grace's medication in outpatient clinic and give a
                   written assessment of her insight, her risk of relapse, her
                   capacity to change and the likely timescale for Femi
     WHO ......... Dr Ifeoma Nwachukwu, consultant psychiatrist, Nythersham
                   Community Mental Health Team
     WHEN ........ First set: by the first RCPC. Now: clinic every 8 weeks;
                   written assessment by the next core group on 14/10/2025
     HOW WE WILL KNOW  Assessment letter to the SW by 14/10/2025 and shared at
                   the core group; clinic letters copied to the SW
     PROGRESS .... A - first report received 29/04/2025; update carried forward
                   because the August clinic was cancelled

4.4  ACTION ...... Have her depot injection at the Coldharbour clinic every two
                   weeks, so that she stays well enough to look after Femi
     WHO ......... Grace Adebayo (Mum)
     WHEN ........ Every other Tuesday from 01/04/2025
     HOW WE WILL KNOW  Depot clinic record shows every injection given on the
                   due date; the next update will show six of six given
     PROGRESS .... G - every injection on time since April

4.5  ACTION ...... Check Femi's attendance, and meet him each Monday with his
                   learning mentor to ask how things are at home
     WHO ......... Mr Lewis Pryor, DSL, Linden Park Primary
     WHEN ........ Every Monday in term time from 08/09/2025
     HOW WE WILL KNOW  Attendance emailed to the SW each Friday (95% or more);
                   Monday meetings logged on CPOMS
     PROGRESS .... G - 97% since May

4.6  ACTION ...... Young carer's assessment with Femi and a place at the
                   Nythersham Young Carers' Thursday club
     WHO ......... Ola Benson, Nythersham Young Carers
     WHEN ........ First set: by 31/03/2025. Carried forward to 30/05/2025
     HOW WE WILL KNOW  Femi's young carer's plan sent to the SW; club register
                   shows him there
     PROGRESS .... G - ACHIEVED 28/05/2025; Femi goes to the club when there is
                   no football

4.7  ACTION ...... Have Femi every Wednesday after school until 7pm, and be the
                   adult he phones if his mum shows any of her warning signs
     WHO ......... Bisi Okon (maternal aunt)
     WHEN ........ Every Wednesday; the same day whenever Femi phones
     HOW WE WILL KNOW  Bisi texts the SW each Wednesday evening; Femi can show
                   the SW Bisi's number on his phone at each visit
     PROGRESS .... G - every Wednesday kept; no calls needed since May

5. CONTINGENCY
----------------------------------------------------------------------------------
If Grace misses a depot injection, or shows two of her warning signs (not
sleeping, talking about the neighbours or the water, keeping Femi at home),
Sam Whitfield will see her the same day and arrange a mental health assessment
if needed, and Femi will go to Bisi's home at 21 Station Road that evening.
If Bisi cannot have him (she is ill or away), Priya will place Femi with
Nythersham foster carers the same day, and Tunde will be asked to collect him
the next day to stay with him in London while Grace is assessed.
If Grace is admitted to hospital again, or refuses her depot twice, Priya will
ask Kwame Asante for a legal planning meeting within 5 working days.

6. MEETINGS
----------------------------------------------------------------------------------
Core group ....... every six weeks, Tuesdays 4pm, Linden Park Primary:
                   14/10/2025, 25/11/2025, 13/01/2026
Review CPC ....... third review conference 10/03/2026, 10am, Nythersham
                   Civic Centre
Femi's views ..... Priya will see Femi on his own before each core group and
                   bring his words to the meeting
==================================================================================
END OF PRINT
""",
    "findings": [],
})
