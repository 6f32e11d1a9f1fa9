"""Batch 194, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md, without
running planlint or reading its code.

Focus: action tables as councils really build them, with headers, merges and
cells that hold more than one thing, each plan in a template of its own: a
two-row header ("Responsibility" over "Who" and "By when") with the outcome
merged down each group; a long landscape table with "Ref", "Added", "RAG"
and "Progress since ICPC" columns, theme banner rows, an owner merged down
the rows that person does, a completed row kept and the header repeated over
page breaks; a pipe table with outcome banner rows, a "Who & when" cell
holding owner and time together and bulleted steps inside cells; a pipe
table with initials explained in a key and a column per child holding ticks;
rows pasted from a spreadsheet with a header in capitals, the need given once
per group and quoted cells holding a line break; person banner rows with a
"When" cell merged over a group and a status column; stage banner rows with
each action's check in brackets on a second line and the owner and date in
one cell. Columns that are not the work (RAG, progress, status, added,
comments, a child's tick) never give a row its owner, time or measure.

1. an initial conference plan for a 6-year-old and a 20-month-old after her
   mother's partner, who drinks, pushed her aside while assaulting her
   mother: a landscape Word table with a two-row header ("Responsibility"
   over "Who" and "By when"), the outcome merged down each group of rows,
   and a key to abbreviations under it (docx, exemplary);
2. a first review conference plan for an 11-year-old young carer and her
   4-year-old brother (neglect, their mother's depression and anxiety, an
   aunt helping), printed to PDF in landscape with a page header and footer:
   one table over three pages with its header repeated, theme banner rows,
   "Ref", "Added", "RAG" and "Progress since ICPC" columns, the owner merged
   down the rows that person does and a completed one-off row kept (pdf):
   faults are the aunt's shopping "Ongoing", the Reception teacher's checks
   "Monitored by school", a speech and language referral "Carried forward"
   with no new date, a review of the girl's chart owned by the "Core
   group", the talking therapy only treating the mother, and an outcome
   about the mother only (T002, M002, T001, W002, H001, F002);
3. a core group plan for a 13-year-old and an 8-year-old after their father,
   who smokes cannabis daily, hit the boy with a belt: a pipe table with
   outcome banner rows, a "Who & when" cell holding the owner and the time,
   bulleted steps inside cells and an "Update at CG3" column (md): faults
   are "Family - asap" for an adult being home after school, a passive
   counselling referral whose cell gives only a date, a young people's group
   measured by "engagement", a school nurse health check with an empty
   measure, no fallback if the grandmother or uncle cannot help, and a
   review conference "to be arranged" (W002 and T002 on one row, W001,
   M002, M001, C003, R001);
4. an initial conference plan for three children (9, 6 and 2) whose mother
   drinks, with their father and grandmother helping: a pipe table whose
   Lead column holds initials explained in a key under it, and a column per
   child with ticks and short notes (md, exemplary);
5. an initial conference plan for a 4-month-old and a 3-year-old whose
   mother, who has an emotionally unstable personality disorder, took an
   overdose while alone with them: plain text with the action plan pasted
   from a spreadsheet, tab-separated under a header in capitals, theme rows,
   the need given once per group with blanks below, quoted cells with a line
   break, RAG and comments columns (txt): faults are the CPN's support
   visits only treating the mother, the health visitor's safe sleep check
   with an empty target date, the parenting assessment "TBC", the family
   support sessions measured by "Engagement with sessions", a Home-Start
   referral with an empty lead, a contingency that only reviews if things
   do not improve, and no legal planning (H001, T001, T002, M002, W001,
   C002, R002);
6. a plan updated at the first core group for a 14-year-old and an
   11-year-old whose mother became psychotic and kept her daughter locked
   at home: person banner rows ("WHAT DAD (PIETER) WILL DO") that own the
   rows under them, a "When" cell merged down two rows in two of the groups, a "Status
   at CG1" column, a completed row kept, the header repeated over page
   breaks, page header and footer (pdf, exemplary);
7. an initial conference plan for a 10-year-old and a 5-year-old a month
   before the family moves to another authority (neglect, the mother's
   depression, an ex-partner's harassment): a Word table in stage banner
   rows, each action's check in brackets on a second line of its cell, the
   owner and the date in one "Person / agency - date" cell, a comments
   column and a key (docx): faults are the parenting assessment handed to
   the new authority "once the family are settled", "All agencies" sharing
   worries, telling the children about the move with no check, the family
   support sessions checked only by "reviewed at core group", and the
   mother's depression with no adult service owning any action (X001 and
   T002 on one row, W002, M001, M002, F004).

Three plans (1, 4 and 6) are exemplary: every live action has a named owner
(in its cell, a merged cell, a banner row or a key), a real timescale and
something that can be seen, counted or read; every outcome is about the
children; each contingency has specific triggers, concrete protective
responses, a fallback where relatives help, and legal planning after named
triggers; each records the children's words or observed days, core group
dates and a dated review conference; an adult service (the drug and alcohol
service, the GP, the early intervention in psychosis team) owns actions
where a parent drinks or is ill, and the mental health team reports on the
mother's capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1): each row of an
action table counts once, whatever it holds (bulleted steps or a check on a
second line inside a cell are part of that row's action). Header rows
(including the second row of a two-row header), outcome, theme, stage and
person banner rows, keys, completed one-off rows kept for the record (plan 2
ref A5, plan 6 "Go through the plan with Sam and Evie"), details tables,
outcomes, contingencies, meeting dates and the children's views are not
actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan: landscape Word table with a two-row header
#    ("Responsibility" over "Who" and "By when"), the outcome for the children
#    merged down each group of numbered rows, a key to abbreviations under the
#    table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_eckworth_icpc_two_row_responsibility_header_outcome_merged_kowalczyk.docx",
    "doc_title": "Child Protection Plan - Maja Kowalczyk and Olek Kowalczyk-Reeve",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "check_vmerge": 7,
    "template": "icpc-plan-docx-landscape-four-column-details-grid-why-going-well-majas-words-oleks-day-then-action-table-two-row-header-outcome-no-what-will-happen-responsibility-over-who-and-by-when-evidence-of-change-outcome-merged-down-each-group-key-to-abbreviations-under-table-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 20-month-old after their mother's "
        "partner, who drinks heavily, pushed the 6-year-old aside while assaulting her mother; he now "
        "lives with his own mother and sees his son at the maternal grandmother's. The plan is a "
        "landscape Word table with a two-row header ('Responsibility' over 'Who' and 'By when'), the "
        "outcome for the children merged down each group of numbered rows and a key to abbreviations "
        "under it. Every row has a named owner, a real time and evidence of change; the drug and "
        "alcohol service reports on change; the contingency has specific triggers, a fallback if the "
        "grandmother cannot supervise, and legal planning; core group dates and a review conference "
        "date are set; the 6-year-old's words and the toddler's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Eckworth Borough Council, Children's Services. Initial child protection conference held on "
              "14/01/2026 at Eckworth Civic Offices. This plan was agreed at the conference and sent to the "
              "family and every agency on 16/01/2026."),
        ("table", {
            "rows": [
                ["Children", "Maja Kowalczyk, born 02/05/2019 (6, Year 2, St Cuthbert's C of E Primary); "
                             "Olek Kowalczyk-Reeve, born 11/05/2024 (20 months)",
                 "Category", "Emotional abuse (both children)"],
                ["Home", "22 Brook Terrace, Eckworth EK4 9LD, with their mother",
                 "Chair", "Marian Oduya, independent reviewing officer"],
                ["Mother", "Agnieszka (Aga) Kowalczyk (30)",
                 "Social worker", "Ellie Marsh, Safeguarding and Assessment Team East (team manager: "
                                  "Graham Tully)"],
                ["Olek's father", "Damian Reeve (33). Staying with his mother, Carol Reeve, 5 Kiln Lane, "
                                  "since 19/12/2025",
                 "Maternal grandmother", "Halina Nowak, 41 Abbey Road, Eckworth (ten minutes' walk)"],
                ["Maja's father", "Piotr Kowalczyk, lives in Poland; video calls with Maja on Sundays",
                 "Interpreter", "Not needed: Aga and Halina asked for the plan in English"],
            ],
            "widths": [3.6, 9.2, 3.6, 9.3],
            "bold_first_col": True,
        }),
        ("h1", "Why Maja and Olek need a plan"),
        ("p", "On 18/12/2025 Damian came home drunk after a work party. He and Aga argued in the kitchen and he "
              "pushed her against the cooker and put his hand over her mouth. Maja came downstairs, and Damian "
              "pushed her out of the way; she fell against the door frame and bruised her arm. Olek was asleep "
              "upstairs. Aga rang 999. Damian was arrested, cautioned for assault, and went to stay with his "
              "mother the next day. Police have been called to the house twice before (March and August 2025), "
              "both times after Damian had been drinking, and Aga told Ellie that he drinks most nights and is "
              "frightening when he does."),
        ("p", "Damian says he drinks \"too much at weekends\" and wants to come home. Aga has said she does not "
              "want him back until he has stopped drinking and done a course. Maja has been wetting the bed "
              "since December and her teacher says she is tearful on Monday mornings. Olek is behind with his "
              "immunisations and has not had his 1-year MMR."),
        ("h1", "What is going well"),
        ("bullets", [
            "Aga rang the police on 18/12/2025 and has kept to her word that Damian does not stay at the house.",
            "Halina lives close by, sees the children most days, and has offered to have Damian's time with "
            "Olek at her house and stay in the room.",
            "Damian came to the conference, said sorry to Maja in a card, and agreed to see the recovery "
            "service.",
            "Maja's attendance is 97% and she has a trusted adult at school, Mrs Pike.",
            "Olek is a cheerful, well-fed toddler who is walking and saying a few words.",
        ]),
        ("h1", "Maja's words and Olek's day"),
        ("p", "Maja (seen on her own at school by Ellie on 09/01/2026, using the three houses): in her house of "
              "worries she drew \"Damian shouting and Mummy crying\" and \"when my arm got hurt\". In her house "
              "of good things she put \"Babcia's pierogi\", \"my rabbit Kluska\" and \"Olek laughing\". In her "
              "house of dreams she wrote \"no more shouting and Damian is nice\". She said: \"I don't want him "
              "to live with us when he has the smelly drinks. He can see Olek at Babcia's.\""),
        ("p", "Olek is 20 months old and does not yet talk in sentences. Gemma Lyons (health visitor) saw him on "
              "07/01/2026: he toddles between his mum and his sister, brings his books to Aga to be read, and "
              "settles quickly when Aga picks him up. His weight follows the 50th centile. Halina says he "
              "cried and hid behind the sofa when Damian raised his voice at her house at Christmas."),
        ("h1", "The plan"),
        ("p", "Each group of rows works towards the outcome in the first column. A key to the short forms is "
              "under the table."),
        ("table", {
            "header": ["Outcome for Maja and Olek", "No.", "What will happen", "Responsibility", H,
                       "Evidence of change"],
            "widths": [4.4, 1.1, 8.2, 3.9, 3.6, 4.5],
            "rows": [
                [V, V, V, "Who", "By when", V],
                ["1. Maja and Olek live in a home where no one is hit, pushed or shouted at, and are never "
                 "cared for by an adult who has been drinking.",
                 "1.1",
                 "Damian will not stay at or visit 22 Brook Terrace, and will see Olek only at Halina's house "
                 "with Halina in the room",
                 "Damian Reeve",
                 "From 14/01/2026 until the review conference",
                 "Aga and Halina tell Ellie at each visit; police checks before each core group show no "
                 "call-outs to Brook Terrace"],
                [V, "1.2",
                 "Supervise Damian's time with Olek at 41 Abbey Road, and end it at once if Damian smells of "
                 "drink or raises his voice",
                 "Halina Nowak (MGM)",
                 "Every Saturday, 10am to 1pm",
                 "Contact record signed by Halina after each visit and read by Ellie at her next visit"],
                [V, "1.3",
                 "Assess Damian's drinking, hold weekly key work sessions with a breath test at each, and write "
                 "to the SW on whether he has cut down, whether the change is likely to last and how long it "
                 "would take",
                 "Lee Fairbank, recovery worker, Eckworth Recovery Service",
                 "Assessment by 30/01/2026; sessions weekly; report 3 working days before each core group",
                 "AUDIT score at assessment and at 8 weeks; breath test readings and written report on the SW's "
                 "file"],
                [V, "1.4",
                 "Go to every key work session at Eckworth Recovery Service and blow into the breathalyser when "
                 "asked",
                 "Damian Reeve",
                 "Weekly from the assessment until the review conference",
                 "Attendance and readings in Lee's report; every reading 0.00 before Saturday visits"],
                [V, "1.5",
                 "Go to the assessment for the Choices for Change programme for men who have hurt a partner and, "
                 "if offered a place, to every weekly session",
                 "Damian Reeve",
                 "Assessment by 13/02/2026; sessions weekly once a place starts",
                 "Assessment letter to the SW by 13/02/2026; attendance register sent to the SW monthly"],
                [V, "1.6",
                 "Safety planning with Aga, including what she and Maja do if Damian comes to the house, and "
                 "arranging a door chain and window locks",
                 "Shona Barr, IDVA, Eckworth Domestic Abuse Service",
                 "First meeting by 23/01/2026, then fortnightly until 31/03/2026",
                 "Written safety plan signed by Aga on the SW's file by 30/01/2026; locks fitted, confirmed by "
                 "Eckworth Homes"],
                [V, "1.7",
                 "Go to the Freedom Programme at Eckworth Family Hub",
                 "Aga Kowalczyk (Mum)",
                 "Thursdays 10am to 12pm, 15/01/2026 to 02/04/2026",
                 "Register sent to the SW each month; Aga tells Ellie three warning signs she has learned, "
                 "written in the visit record"],
                [V, "1.8",
                 "Put a domestic abuse warning marker on 22 Brook Terrace and on 41 Abbey Road",
                 "PC Ruth Ogden, Eckworth Police DA Unit",
                 "By 16/01/2026",
                 "E-mail to the SW confirming both markers are on the police system"],
                ["2. Olek is healthy, has his immunisations and is helped to play, sleep and learn at home.",
                 "2.1",
                 "Home visits to weigh Olek, see him play, and complete an ASQ-3 with Aga",
                 "Gemma Lyons, HV, Eckworth 0-19 Service",
                 "Every 2 weeks until 31/03/2026; ASQ-3 by 20/02/2026",
                 "Weights on the red book chart; ASQ-3 scores shared at the core group on 24/02/2026"],
                [V, "2.2",
                 "Take Olek to the surgery for his missed MMR and other catch-up immunisations",
                 "Aga Kowalczyk (Mum)",
                 "By 06/02/2026",
                 "Immunisations written in the red book and on the GP record, checked by Gemma"],
                [V, "2.3",
                 "Eight weekly sessions with Aga on Olek's bedtime routine and making the house safe for a "
                 "toddler (stair gate, cupboard locks)",
                 "Kirsty Hale, FSW, Eckworth Family Hub",
                 "Tuesdays, 20/01/2026 to 10/03/2026",
                 "Stair gate fitted; sleep diary shows Olek in bed by 7.30pm on 5 nights out of 7, seen by Kirsty "
                 "at the last session"],
                ["3. Maja feels safe at home and at school, can say what worries her, and sleeps through the "
                 "night.",
                 "3.1",
                 "Visit the children at home, at least one visit in three unannounced; see Maja on her own and "
                 "Olek awake",
                 "Ellie Marsh, SW",
                 "Every 10 working days until the review conference",
                 "Visit records within 48 hours, with Maja's words and who was in the house"],
                [V, "3.2",
                 "Six sessions of direct work with Maja about what happened in December, her worries, and the "
                 "adults she can tell",
                 "Ellie Marsh, SW",
                 "Weekly from 19/01/2026",
                 "Maja's worry book on file; Maja can name two safe adults and what she would do if there was "
                 "shouting"],
                [V, "3.3",
                 "Check in with Maja when she arrives, and ring the SW the same day if Maja says anything "
                 "about home or seems frightened",
                 "Mrs Joanne Pike, DSL, St Cuthbert's",
                 "Every school day at 8.50am",
                 "Check-ins logged on CPOMS; CPOMS summary and attendance e-mailed to the SW every Friday"],
                [V, "3.4",
                 "Tell the school about any domestic abuse call-out at Brook Terrace or Abbey Road",
                 "Eckworth Police (Operation Encompass)",
                 "By 9am the next school day after any call-out",
                 "Encompass notification logged by Mrs Pike on CPOMS"],
                [V, "3.5",
                 "Bedwetting appointments with Maja and Aga, with a wet and dry night chart",
                 "Priya Dhillon, school nurse",
                 "First appointment by 06/02/2026, then monthly until 30/04/2026",
                 "Chart shows fewer than 2 wet nights a week by 30/04/2026"],
            ],
        }),
        ("p", "Key: SW - social worker (Ellie Marsh). HV - health visitor. FSW - family support worker. DSL - "
              "designated safeguarding lead. IDVA - independent domestic violence adviser. MGM - maternal "
              "grandmother. AUDIT - alcohol use screening score. ASQ-3 - Ages and Stages Questionnaire. "
              "CPOMS - the school's safeguarding record."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Damian comes to 22 Brook Terrace, or Aga lets him stay: Aga rings 999 if anyone is in danger; "
            "the children go to Halina's at 41 Abbey Road that day; Ellie holds a strategy discussion with the "
            "police the same day; and Ellie asks Graham Tully for a legal planning meeting within 5 working "
            "days.",
            "If Damian arrives at Halina's smelling of drink or shouting, Halina ends the visit, takes Olek into "
            "another room and rings Ellie (or the Emergency Duty Team) straight away. Saturday visits stop until "
            "the core group has met.",
            "If Halina cannot supervise a Saturday visit (she is ill or away) the visit does not happen and she "
            "tells Ellie by Friday. If she can no longer supervise at all, Ellie books supervised contact at "
            "Eckworth Family Contact Centre within 5 working days, and there is no contact until then.",
            "If any of Lee's reports or breath tests show Damian is still drinking by the review conference, or "
            "he misses three key work sessions, Ellie will ask Graham Tully for a legal planning meeting to "
            "decide whether the Public Law Outline should start.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Eckworth Family Hub, Tuesdays at 1.30pm: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review child protection conference: Wednesday 08/04/2026 at 10am, Eckworth Civic Offices.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan printed to PDF: landscape, page header and footer,
#    one long table whose header row repeats over the page breaks, theme banner
#    rows, "Ref" and "Added" columns, an owner merged down the rows that person
#    does, "RAG" and "Progress since ICPC" columns that are not the work, a
#    completed row kept for the record. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_ebdonley_rcpc_ref_added_rag_progress_owner_merged_farrow.pdf",
    "doc_title": "Review Child Protection Plan - Mia and Jack Farrow",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE · Ebdonley Council Children's Services · Review child protection plan",
    "footer": "Mia and Jack Farrow · RCPC 22/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-grid-what-has-changed-mia-and-jack-in-their-words-numbered-outcomes-then-one-table-ref-added-task-person-agency-target-evidence-of-change-rag-progress-since-icpc-theme-banner-rows-owner-merged-down-completed-row-kept-header-repeated-over-page-breaks-rag-and-added-key-then-contingency-meetings",
    "description": (
        "First review conference plan for an 11-year-old young carer and her 4-year-old brother, living "
        "with neglect while their mother has depression and anxiety and rarely leaves the house; their "
        "aunt helps with shopping and school pick-ups. Printed to PDF in landscape with a page header and "
        "footer, the plan is one long table whose header row repeats over two page breaks: theme banner "
        "rows, 'Ref' and 'Added' columns, the owner merged down the rows that person does, and 'RAG' and "
        "'Progress since ICPC' columns that are not the work, with a completed one-off row kept for the "
        "record and a key under the table. Faults: the aunt's weekly shop 'Ongoing'; the Reception "
        "teacher's daily checks 'Monitored by school'; a speech and language referral 'Carried forward' "
        "with no new date; a review of the young carer's chart owned by the 'Core group'; the talking "
        "therapy only treating the mother; and one outcome about the mother only."
    ),
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ebdonley Council, Children's Services, Family Safeguarding Team. First review child protection "
              "conference, 22/01/2026, Ebdonley Town Hall. The children have been on a plan since the initial "
              "conference on 30/10/2025. This plan replaces the initial plan: rows kept from it show their "
              "progress, and rows added at a core group or today say so in the Added column."),
        ("table", {
            "rows": [
                ["Children", "Mia Farrow, born 14/09/2014 (11, Year 6); Jack Farrow, born 21/03/2021 (4, "
                             "Reception). Both at Ebdonley Park Primary School.",
                 "Category", "Neglect (both children)"],
                ["Home", "9 Sandpiper Close, Ebdonley EB2 6TW, with their mother",
                 "Chair", "Alan Whitehouse, independent reviewing officer"],
                ["Mother", "Kelly Farrow (34)",
                 "Social worker", "Sophie Grant (team manager: Denise Okafor)"],
                ["Aunt", "Dawn Farrow (Kelly's sister), 17 Heron Way, Ebdonley",
                 "Fathers", "Mia's father, Lee Halstead, lives in Dundee and phones her on Sundays; "
                            "Jack's father is not in touch"],
            ],
            "widths": [3.0, 10.0, 3.0, 9.7],
            "bold_first_col": True,
        }),
        ("h1", "What has changed since October"),
        ("p", "At the initial conference the house was dirty, with dog mess in the kitchen, no food in the "
              "fridge and Jack sleeping on a mattress on the floor. Kelly has depression and anxiety, had "
              "stopped her antidepressants, and had not left the house for weeks; Mia was doing the shopping, "
              "making tea and getting Jack to school, and missed 14 days of school in September and October "
              "to look after him. Jack's speech is hard to understand and he has had two ear infections."),
        ("p", "Since then Kelly has restarted her medication, Jack has a proper bed, the dog has been rehomed "
              "and the home conditions checklist has risen from 2 to 4 out of 5 on Sophie's last two visits. "
              "Dawn shops with Kelly most Fridays and collects Jack twice a week. But Kelly is still on the "
              "waiting list for therapy, Mia's attendance this term is 89%, and Jack's speech referral has not "
              "been sent. The conference agreed that the children stay on a plan for neglect."),
        ("h1", "Mia and Jack in their own words"),
        ("p", "Mia (seen on her own at school by Sophie on 15/01/2026): \"It's better because Auntie Dawn comes "
              "and there's food now.\" \"I still do Jack's breakfast because Mum's asleep.\" \"I want to go to "
              "netball and not worry about Jack.\" On her \"My week\" chart she ticked 11 jobs at home, down from "
              "19 in November. She gave home 6 out of 10, \"up from 3\"."),
        ("p", "Jack (at home with his cars, 15/01/2026) said \"Mummy in bed\" and \"Mia does my Weetabix\". He "
              "showed Sophie his new bed and said \"my big bed, my dinosaur cover\". Miss Bright says he talks "
              "more in class since Christmas but many adults cannot understand him."),
        ("h1", "What needs to be different"),
        ("numbers", [
            "Mia and Jack live in a clean, warm home with food in the cupboards, and have clean clothes every "
            "day.",
            "Mia goes to school every day and no longer misses school, clubs or friends to look after Jack or "
            "her mum.",
            "Jack's speech and his health needs are assessed and met, and adults can understand what he tells "
            "them.",
            "Kelly's mood improves and she feels able to cope.",
        ]),
        ("h1", "The plan"),
        ("p", "RAG: G on track; A some progress; R no progress; B one-off task completed (kept for the "
              "record); New added today. Added: ICPC 30/10/2025, CG1 13/11/2025, CG2 11/12/2025, CG3 "
              "08/01/2026, RCPC 22/01/2026. The progress column records what happened since the initial "
              "conference; the Target and Evidence columns say what happens now."),
        ("table", {
            "header": ["Ref", "Added", "Task", "Person / agency", "Target", "Evidence of change", "RAG",
                       "Progress since ICPC"],
            "widths": [1.1, 1.7, 6.0, 3.5, 3.3, 5.0, 1.3, 3.8],
            "rows": [
                ["A. HOME AND DAILY CARE", H, H, H, H, H, H, H],
                ["A1", "ICPC",
                 "Home visits, at least one in three unannounced: see Mia and Jack on their own and go round the "
                 "kitchen, bedrooms and washing with Kelly",
                 "Sophie Grant (SW)",
                 "Every 2 weeks until the next review conference",
                 "Visit record within 48 hours with the home conditions checklist score; 4/5 or more on three "
                 "visits running by 30/04/2026",
                 "G", "9 visits, 3 unannounced. Score 2/5 at ICPC, 4/5 on the last two visits"],
                ["A2", "RCPC",
                 "Complete the Graded Care Profile 2 with Kelly, looking at food, hygiene, health, safety and "
                 "how she notices what each child needs",
                 V,
                 "By 06/03/2026",
                 "GCP2 scores for each area shared with Kelly and the core group on 19/03/2026",
                 "New", "Added at this review"],
                ["A3", "ICPC",
                 "Home sessions with Kelly on a cleaning rota, meal planning and a laundry routine, with Mia "
                 "choosing one tea a week",
                 "Naomi Briggs (FSW, Ebdonley Family Hub)",
                 "Every Tuesday until 30/04/2026",
                 "Rota on the fridge followed, seen at each session; food diary shows a hot tea on 5 nights out "
                 "of 7",
                 "A", "Kelly cancelled three sessions in December; restarted 06/01/2026"],
                ["A4", "CG1",
                 "Go with Kelly to do the big shop and cook tea with her and the children",
                 "Dawn Farrow (aunt)",
                 "Ongoing",
                 "Food in the cupboards and fridge seen at Sophie's visits",
                 "G", "Dawn has shopped with Kelly most Fridays"],
                ["A5", "ICPC",
                 "Apply to the Household Support Fund for a bed and bedding for Jack",
                 "Naomi Briggs (FSW)",
                 "By 28/11/2025",
                 "Bed delivered and seen by Sophie",
                 "B", "Completed 02/12/2025: bed, mattress and dinosaur cover delivered"],
                ["B. SCHOOL AND HEALTH", H, H, H, H, H, H, H],
                ["B1", "ICPC",
                 "First-day calling: ring Kelly if either child is not in by 9.10am, and ring Sophie if Kelly has "
                 "not answered by 10am",
                 "Mrs Lorraine Quayle (DSL, Ebdonley Park Primary)",
                 "Every school day",
                 "Call log, and attendance for both children e-mailed to Sophie each Friday; both at 95% or "
                 "more by the Easter holidays",
                 "A", "Mia 89%, Jack 91% this term"],
                ["B2", "ICPC",
                 "Check Jack's clothes, hygiene and whether he is hungry when he comes into class, and log "
                 "anything worrying on CPOMS",
                 "Miss Hannah Bright (Reception teacher)",
                 "Every school day",
                 "Monitored by school",
                 "A", "Continuing"],
                ["B3", "ICPC",
                 "Refer Jack to the speech and language therapy service for an assessment of his speech and "
                 "understanding",
                 "Amy Russell (school nurse, Ebdonley 0-19 Service)",
                 "Carried forward",
                 "SLT assessment report shared with the core group, and Jack's speech targets in his class "
                 "plan",
                 "R", "Not sent: the school nurse post was vacant in December"],
                ["B4", "ICPC",
                 "Health checks for Mia and Jack (height, weight, eyes, hearing after Jack's ear infections) and "
                 "help Kelly register both with a dentist",
                 V,
                 "By 27/02/2026 (moved from 12/12/2025)",
                 "Health check letter on Sophie's file; both children registered with a dentist",
                 "A", "Hearing test booked for 10/02/2026"],
                ["C. MIA AS A YOUNG CARER", H, H, H, H, H, H, H],
                ["C1", "ICPC",
                 "Young carers assessment for Mia and a place at the Thursday young carers club",
                 "Beth Tranter (Ebdonley Young Carers)",
                 "Club every Thursday, 4pm to 6pm, until 31/07/2026",
                 "Club register sent to Sophie monthly; Mia's young carer plan on file",
                 "G", "Assessment done 20/11/2025; Mia has been to 7 of 8 clubs"],
                ["C2", "CG2",
                 "Direct work with Mia using her \"My week\" chart of the jobs she does at home and the things "
                 "she has missed",
                 "Sophie Grant (SW)",
                 "Every 2 weeks from 15/01/2026 until 30/04/2026",
                 "Mia's chart on file after each session, with her own words; fewer than 6 jobs a week by "
                 "30/04/2026",
                 "G", "Two sessions; 19 jobs in November, 11 now"],
                ["C3", "RCPC",
                 "Look at Mia's \"My week\" chart together and agree which of her jobs an adult will take over",
                 "Core group",
                 "At every core group",
                 "Jobs taken over by an adult listed in the core group minutes, and crossed off Mia's chart",
                 "New", "Added at this review"],
                ["C4", "CG1",
                 "Collect Jack from school and give both children tea at hers, so that Mia can go to netball club",
                 "Dawn Farrow (aunt)",
                 "Mondays and Wednesdays, 3.15pm to 6pm",
                 "School signing-out sheet; Mia's name on the netball club register",
                 "G", "Every week since 17/11/2025"],
                ["D. KELLY'S HEALTH, SO THAT SHE CAN CARE FOR MIA AND JACK", H, H, H, H, H, H, H],
                ["D1", "ICPC",
                 "Twelve sessions of CBT for Kelly's depression and anxiety",
                 "Marcus Hale (Ebdonley Talking Therapies, adult mental health)",
                 "Weekly from 05/02/2026 for 12 weeks",
                 "Attendance letter to Sophie after the sixth and the twelfth sessions",
                 "A", "Waiting list; first appointment offered for 05/02/2026"],
                ["D2", "ICPC",
                 "Review Kelly's antidepressants and write to Sophie about her mood and whether she is taking "
                 "them",
                 "Dr Farah Anwar (GP, Priory Road Surgery)",
                 "By 13/02/2026, and again by 30/04/2026",
                 "GP letter on Sophie's file after each review",
                 "A", "Medication restarted 25/11/2025"],
                ["D3", "RCPC",
                 "Assess Kelly's mental health and write a report on whether she can make the changes Mia and "
                 "Jack need, what help she needs and how long the change is likely to take",
                 "Dr Nikhil Rao (psychiatrist, Ebdonley Community Mental Health Team)",
                 "Report by 27/03/2026",
                 "Written report to Sophie and the core group by 27/03/2026",
                 "New", "Referral sent by the GP on 20/01/2026"],
                ["D4", "ICPC",
                 "Go to each CBT session and GP review, and tell Sophie the same day if she misses one",
                 "Kelly Farrow (Mum)",
                 "Weekly from 05/02/2026, and at each GP review",
                 "Attendance letters from Marcus Hale and the GP",
                 "A", "Went to both GP appointments"],
                ["D5", "CG3",
                 "Walk Jack to school with Mia, building up how often she goes out",
                 V,
                 "Tuesdays and Thursdays from 27/01/2026",
                 "Kelly signs Jack in at the office on those days (signing-in book, checked by Mrs Quayle)",
                 "New", "Kelly walked Jack in once, on 13/01/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Mia or Jack is not in school by 9.10am and Kelly has not answered by 10am, Sophie (or the duty "
            "social worker) visits the house that morning and sees both children.",
            "If the children are found without food or heating, or the home conditions score falls to 2/5 or "
            "below, Mia and Jack stay with Dawn at 17 Heron Way that night, and Sophie holds a strategy "
            "discussion the next working day.",
            "If Dawn cannot shop with Kelly or collect Jack on her days, she tells Sophie that day: Naomi does "
            "the shop with Kelly that week, and Sophie books Jack into Ebdonley Park Kids' Club until 6pm on "
            "Mondays and Wednesdays. If Dawn cannot have the children when they need to leave home, they go to "
            "a foster placement arranged by the duty team that day.",
            "If Kelly says she wants to harm herself, or cannot get up to care for the children, Mia rings "
            "Sophie, Dawn or 999; the children go to Dawn's and the GP is asked for an urgent same-day mental "
            "health assessment.",
            "If by 30/04/2026 the home conditions score is still below 4/5 on three visits running, or Mia's "
            "attendance is below 90%, Sophie will ask Denise Okafor for a legal planning meeting within 10 "
            "working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Ebdonley Park Primary School, Thursdays at 3.45pm: 19/02/2026, "
            "19/03/2026, 16/04/2026, 14/05/2026, 11/06/2026 and 09/07/2026.",
            "Next review child protection conference: Thursday 23/07/2026 at 1pm, Ebdonley Town Hall.",
        ]),
        ("p", "Plan agreed at the review conference on 22/01/2026 and sent to Kelly, Dawn and every agency on "
              "26/01/2026."),
    ],
    "findings": [
        F("T002", "Go with Kelly to do the big shop and cook tea"),
        F("M002", "Check Jack's clothes, hygiene and whether he is hungry"),
        F("T001", "Refer Jack to the speech and language therapy service"),
        F("W002", "agree which of her jobs an adult will take over"),
        F("H001", "Twelve sessions of CBT for Kelly's depression and anxiety"),
        F("F002", "Kelly's mood improves and she feels able to cope."),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan after the third core group, typed in Markdown: a pipe
#    table with outcome banner rows across it, a "Who & when" column holding
#    the owner and the time in one cell, small bulleted steps and checks inside
#    cells (<br>), and an "Update at CG3" column that is not the work. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_ellinghoe_core_group_pipe_table_who_and_when_cell_banners_osei.md",
    "split": "tune",
    "actions": 16,
    "template": "core-group-3-plan-md-bold-details-lines-why-on-a-plan-since-last-core-group-kofi-and-ama-say-then-pipe-table-hash-what-needs-to-happen-who-and-when-one-cell-how-well-know-update-at-cg3-outcome-banner-rows-bulleted-steps-inside-cells-br-then-if-things-go-wrong-meetings",
    "description": (
        "Core group plan, updated at the third core group, for a 13-year-old and an 8-year-old on plans "
        "for physical abuse after their father, who smokes cannabis daily, hit the 13-year-old with a "
        "belt; their paternal grandmother stays over when their mother works nights and an uncle takes "
        "the boy to football. Typed in Markdown as one pipe table with outcome banner rows across it, a "
        "'Who & when' column that holds the owner and the time in one cell ('Kwame (Dad) - every day, "
        "from 02/12/2025'), small bulleted steps and checks inside cells, and an 'Update at CG3' column "
        "that is not the work. Faults: 'Family - asap' for an adult being home after school; a passive "
        "counselling referral whose cell gives only a date; the young people's group measured by "
        "'engagement'; a school nurse health check with an empty measure; no fallback if the "
        "grandmother or uncle cannot help; and the review conference date 'to be arranged'."
    ),
    "text": """\
# Ellinghoe City Council - Children's Social Care

## Child protection plan - updated at core group 3 (10/02/2026)

**Children:** Kofi Osei, born 19/07/2012 (13, Year 8, Ellinghoe Academy); Ama Osei, born 03/10/2017 (8, Year 3, Brookside Primary School)
**Address:** 27 Larch Avenue, Ellinghoe EL9 3NP
**Parents:** Abena Osei (Mum, 38, care assistant on night shifts at Greenacres Care Home); Kwame Osei (Dad, 41)
**Family who help:** Nana Efua Osei (Kwame's mother), 4 Poplar Walk; Uncle Yaw Osei (Kwame's brother), 60 Station Road
**Category:** Physical abuse (both children). Initial conference 02/12/2025.
**Social worker:** Joy Adebayo, Ellinghoe Central Safeguarding Team (team manager: Martin Keogh)
**Core group 3 present:** Abena, Kwame, Nana Efua, Joy Adebayo (SW), Mr Daniel Shore (DSL, Ellinghoe Academy), Mrs Carol Penn (DSL, Brookside), Ryan Clarke (Step Forward)

### Why Kofi and Ama are on a plan

On 24/10/2025 Kofi went into school with raised red marks across the backs of his legs. He told his form
tutor that his dad had hit him with a belt because he came home late and "talked back". Kwame admitted
it to the police and was given a conditional caution. Kofi said it had happened "a couple of times
before", and Ama told Joy that Dad "shouts really loud and smacks when he's cross". Kwame smokes
cannabis every day, in the garden and sometimes in the car, and says it "calms him down"; Abena says he
is more irritable on days he has none. Abena works three or four nights a week, and on those nights the
children have been at home with Kwame.

### What has happened since core group 2

- No new marks have been seen on either child, and both say no one has hit them since October.
- Kwame has been to 4 of 5 Step Forward sessions; his last two urine tests still showed cannabis, at a
  lower level.
- Kwame started the Calmer Dads course on 14/01/2026 and has been to every session.
- Nana Efua has stayed over on every night Abena has worked since December.
- Kofi was late 6 times in January and had one internal exclusion for swearing at a teacher.

### What Kofi and Ama say

**Kofi** (seen on his own at school by Joy on 04/02/2026): "It's calmer. Dad goes in the garden when he's
mad now." "I don't want him to get in trouble but I don't want to get hit." "Football's the best bit of
the week." He scored home 6 out of 10, up from 3 in December.

**Ama** (at home, drawing, 06/02/2026): drew her family holding hands with "Nana sleeping over" in a
speech bubble. She said "I like it when Nana does my hair" and "I don't like when the house smells
funny". She said she was "a bit scared" on the day she came home from school and nobody was in.

### The plan

Each outcome is in a bold row across the table; the actions for it are the numbered rows under it.

| # | What needs to happen | Who & when | How we'll know it's working | Update at CG3 |
|---|---|---|---|---|
| | **OUTCOME 1 - Kofi and Ama are never hit or hurt at home and are not around cannabis** | | | |
| 1.1 | Kwame will not smack, hit or use any physical punishment on Kofi or Ama, and will go outside and ring Yaw or Ryan if he feels his temper rising | Kwame (Dad) - every day, from 02/12/2025 | Kofi and Ama each tell Joy, on their own at every visit, that no one has hit them; no marks seen or reported by either school | No marks since October |
| 1.2 | Key work sessions with Kwame about his cannabis use:<br>• urine test at every session<br>• written update to Joy on whether Kwame has stopped, and whether he is likely to stay stopped | Ryan Clarke, Step Forward (Ellinghoe Drug and Alcohol Service) - fortnightly; update 3 working days before each core group | Urine results and Ryan's written update on Joy's file before each core group; a clear test by core group 4 | 4 of 5 sessions; tests positive but lower |
| 1.3 | Go to every session of the Calmer Dads course on anger and parenting teenagers | Kwame (Dad) - Wednesdays 6pm to 8pm, 14/01/2026 to 18/03/2026 | Course register sent to Joy monthly; facilitator's end-of-course report by 27/03/2026 | 4 of 4 sessions |
| 1.4 | Keep no cannabis in the house and never smoke it at home, in the garden or in the car when the children are in it | Kwame (Dad) - every day, from 10/02/2026 | No smell of cannabis at Joy's unannounced visits, written in the visit record | New at CG3 |
| 1.5 | Stay the night at 27 Larch Avenue and put Ama to bed on every night Abena works | Nana Efua - every night Abena works a night shift (Abena sends Joy the rota each month) | Nana Efua's initials on the kitchen calendar for each night, seen by Joy; Ama tells Joy who put her to bed | Every night since December |
| 1.6 | Make sure there is always an adult at home when Ama gets back from school | Family - asap | Ama tells Joy at each visit who was at home when she got in | New at CG3, after Ama came home to an empty house on 29/01/2026 |
| | **OUTCOME 2 - Kofi feels safe at home, can talk to an adult he trusts, and is in school on time** | | | |
| 2.1 | Home visits:<br>• see Kofi and Ama on their own<br>• look round the house and garden<br>• at least one visit in three unannounced | Joy Adebayo (SW) - every 2 weeks until the review conference | Visit records within 48 hours, with each child's words | 5 visits, 2 unannounced |
| 2.2 | Six sessions of direct work with Kofi on family rules, his temper and the adults he can tell | Joy Adebayo (SW) - fortnightly from 16/02/2026 | Kofi's worksheets on file; Kofi names three adults he would tell and what he would say | New at CG3 |
| 2.3 | Kofi to be referred to the Place2Talk school counselling service | by 27/02/2026 | Date of Kofi's first counselling session on Joy's file | Kofi has said he would "give it a go" |
| 2.4 | Weekly check-in with Kofi:<br>• how his week at home has been<br>• his late marks and behaviour points<br>Ring Joy the same day if Kofi says anything about being hit | Mr Daniel Shore (DSL, Ellinghoe Academy) - every Monday, period 1 | Check-ins logged on CPOMS; attendance and punctuality e-mailed to Joy each Friday; no more than one late mark a fortnight by the Easter holidays | 6 late marks in January |
| 2.5 | Take Kofi to football training and to his Saturday matches | Uncle Yaw - Tuesdays 6pm and Saturday mornings | Kofi's name on Ellinghoe Rovers' training register; Yaw texts Joy at the end of each month | Kofi has not missed a session |
| 2.6 | Six group sessions for Kofi with other young people whose parents use drugs | Leah Grant, Step Forward Young People's Service - weekly from 03/03/2026 | Kofi's engagement with the group | Referral accepted 05/02/2026 |
| | **OUTCOME 3 - Ama is safe, cared for by a sober adult every night, and healthy** | | | |
| 3.1 | Check Ama on arrival for marks and how she seems, and ring Joy the same day about anything worrying | Mrs Carol Penn (DSL, Brookside Primary) - every school day | CPOMS summary e-mailed to Joy every Friday | Nothing of concern since December |
| 3.2 | Go together to the Ellinghoe Triple P group for parents | Abena and Kwame - Thursdays 10am, 10 weeks from 22/01/2026 | Register sent to Joy; each parent tells Joy two things they now do instead of shouting or smacking, written in the visit record | Both at 3 of 3 sessions |
| 3.3 | Health check for Ama, including her sleep, and her height and weight | Rita Coleman (school nurse) - by 13/03/2026 | | New at CG3 |
| 3.4 | Ask Greenacres Care Home to cut her nights to no more than two a week | Abena (Mum) - by 27/02/2026 | Letter from Greenacres with the new rota on Joy's file | Abena has asked for a meeting with her manager |

### If things go wrong

- If Kofi or Ama has a mark or bruise no one can explain, or says they have been hit, the school rings
  Joy at once and Joy holds a strategy discussion with the police the same day. Kwame leaves the house
  that day and does not return until the strategy discussion has agreed it.
- If Ryan's update at core group 4 (10/03/2026) still shows cannabis, or Kwame smokes cannabis at home,
  Joy will ask Martin Keogh for a legal planning meeting within 10 working days.
- If Kwame is seen or smelt to be under the influence of cannabis while the children are in his care,
  Joy (or the Emergency Duty Team) visits that day and holds a strategy discussion with the police the
  same day.

### Meetings

- Core group every 4 weeks, Tuesdays at 4pm at Brookside Primary: 10/03/2026, 07/04/2026 and 05/05/2026.
- Review child protection conference: date to be arranged by the conference unit.

Plan updated at core group 3 on 10/02/2026 and sent to Abena, Kwame, Nana Efua, Yaw and every agency on
11/02/2026.
""",
    "findings": [
        F("W002", "Make sure there is always an adult at home when Ama"),
        F("T002", "Make sure there is always an adult at home when Ama"),
        F("W001", "Kofi to be referred to the Place2Talk school counselling service"),
        F("M002", "Six group sessions for Kofi with other young people"),
        F("M001", "Health check for Ama, including her sleep"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan in Markdown: a pipe table whose leads are
#    initials, with a column per child holding ticks and short notes, and a
#    key to the initials and ticks under the table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_eglesthorpe_icpc_pipe_table_tick_column_per_child_key_mcbride.md",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-md-details-table-worries-strengths-what-ruby-finn-and-isla-say-and-show-outcomes-per-child-then-pipe-table-ref-action-lead-initials-when-how-well-know-then-one-column-per-child-ticks-and-short-notes-key-to-initials-and-ticks-under-table-then-contingency-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 9-year-old, a 6-year-old and a 2-year-old whose mother "
        "drinks heavily (she was drunk collecting the youngest from nursery); their father lives nearby "
        "and has them midweek and at weekends, and their grandmother stays over on the nights they are "
        "at home. The plan is one Markdown pipe table whose Lead column holds initials explained in a key "
        "under the table, with a column per child holding ticks and short notes on who each action is "
        "for. Every row has a named lead, a real time and a check someone can see; the alcohol service "
        "and the GP report on change; the contingency has specific triggers, fallbacks for the "
        "grandmother and father, and legal planning; core group dates and a review conference date are "
        "set; the children's words and the toddler's day are recorded."
    ),
    "text": """\
# Eglesthorpe Borough Council - Children's Services

# Child Protection Plan: Ruby, Finn and Isla McBride

| | |
|---|---|
| Conference | Initial child protection conference, Wednesday 21/01/2026, Eglesthorpe House |
| Children | Ruby McBride, born 08/06/2016 (9, Year 5); Finn McBride, born 30/11/2019 (6, Year 1), both at Eglesthorpe Primary School; Isla McBride, born 14/12/2023 (2), Little Wrens Nursery |
| Lives with | Mum, Shona McBride (32), 3 Weavers Row, Eglesthorpe EG5 1AT |
| Dad | Craig McBride (35), 12 Canal Street, Eglesthorpe; has the children on Wednesday nights and every other weekend |
| Gran | Irene Walsh (Shona's mum), 40 Tenter Lane, Eglesthorpe |
| Category | Neglect (all three children) |
| Social worker | Sarah Morgan, Eglesthorpe Assessment Team (team manager: Colin Fraser) |
| Chair | Hannah Lister, independent reviewing officer |

## What we are worried about

On 12/12/2025 Shona came to collect Isla from Little Wrens smelling strongly of alcohol and unsteady on
her feet, with Finn in tow. Staff did not let Isla go and rang Craig, who collected both children. Shona
was breathalysed by the police later that evening and was well over the drink-drive limit. Shona told
Sarah she drinks a bottle of wine most nights and more at weekends, and has done since she and Craig
separated last spring. Ruby has told her teacher she puts Isla to bed "when Mum's had her wine", and
Finn has been late to school 11 times this term. Isla is behind with her 2-year check.

## What is going well

- Craig is a steady, caring dad; the children are happy at his flat and he has offered more time.
- Irene sees the children most days and has offered to stay over when they are at home at weekends.
- Shona has been honest about her drinking, asked for help, and went to her first Brightwater
  appointment on 16/01/2026.
- The children are warm, well dressed and loved; Ruby is doing well in maths and loves gymnastics.

## What Ruby, Finn and Isla say and show us

**Ruby** (on her own at school with Sarah, 15/01/2026): "I like it at Dad's because it's calm." "When Mum
has her wine she goes to sleep on the sofa and I do Isla's bath." "I don't want Mum to get in trouble, I
want her to stop the wine." Ruby would like to "go to gymnastics every week and not worry about Isla".

**Finn** (at home with his Lego, 15/01/2026): "Mummy's tired a lot. Ruby does the tea." He gave home
"a smiley face when Gran is there and a middle face when it's just Mum".

**Isla** is 2 and has a few words. At nursery she runs to her key person, Bev, for a cuddle, and
settles well. Donna Pryor says that on Mondays Isla is often hungry and very tired and falls asleep
after lunch. When Sarah visited at 5pm on 15/01/2026, Isla was in a wet nappy and followed Ruby, not Shona,
around the house.

## What we want for each child

- **Ruby** is a child again: she does not look after Isla or her mum, goes to gymnastics, and knows who
  to call if Mum has been drinking.
- **Finn** gets to school on time every day and is cared for by a sober adult before and after school.
- **Isla** is fed, changed and put to bed by a sober adult every day, goes to nursery, and has her
  2-year check and any help it shows she needs.
- All three children are cared for only by an adult who has not been drinking.

## The plan

The Lead column gives each person's initials (key under the table). The last three columns show which
child each action is for, with a short note where it helps.

| Ref | Action | Lead | When | How we'll know | Ruby | Finn | Isla |
|---|---|---|---|---|---|---|---|
| 1 | Not drink any alcohol while looking after the children, and blow into a breathalyser when Sarah or Tom asks at a visit | Mum | Every day, from 21/01/2026 | Reading of 0.00 at every unannounced visit, written in the visit record | ✓ | ✓ | ✓ |
| 2 | Full alcohol assessment, then weekly key work with Shona; write to Sarah before each core group on whether Shona has cut down or stopped, whether the change is likely to last, and how long more change would take | TK | Assessment by 30/01/2026; key work weekly; report 3 working days before each core group | AUDIT score at assessment and after 8 weeks; breath test readings and Tom's written report on Sarah's file | ✓ | ✓ | ✓ |
| 3 | Blood tests (liver function and CDT) for Shona, with the results sent to Sarah and Tom | IF | Every 6 weeks, first by 06/02/2026 | Results letters on Sarah's file; CDT in the normal range by the review conference | ✓ | ✓ | ✓ |
| 4 | Go to a SMART Recovery mutual aid meeting | Mum | Every Monday, 7pm, from 26/01/2026 | Attendance card signed by the facilitator, seen by Tom each week | | | |
| 5 | Home visits, at least half unannounced, including some at teatime and bedtime; see Ruby and Finn on their own and Isla awake | SM | Every week until 31/03/2026, then every 2 weeks | Visit records within 48 hours, with each child's words or what Isla was doing, and a breath test reading | ✓ seen alone | ✓ seen alone | ✓ seen awake |
| 6 | Make a written safety plan with Shona and Ruby: who Ruby rings if Mum has been drinking, and a card with the numbers for Ruby's school bag | SM | By 06/02/2026 | Signed safety plan on file; Ruby shows Sarah the card and says what she would do | ✓ | | |
| 7 | Six direct work sessions about home, feelings and who to tell, using the three houses | SM | Every 2 weeks from 02/02/2026 | Each child's three houses on file, with what has changed since the last one | ✓ | ✓ | |
| 8 | Collect Ruby and Finn from school on Wednesdays and keep them overnight; have all three children every other weekend | Dad | Every Wednesday, 3.15pm to school on Thursday; every other Friday 5pm to Sunday 5pm | School signing-out sheet; Ruby and Finn tell Sarah about their time at Dad's at each visit | ✓ | ✓ | ✓ weekends |
| 9 | Stay at 3 Weavers Row on Friday and Saturday nights when the children are at home, and put them to bed | Gran | Every Friday and Saturday night the children are not at Dad's | Irene's initials on the kitchen calendar for each night, seen by Sarah; the children say who put them to bed | ✓ | ✓ | ✓ |
| 10 | Daily check-in with Ruby and Finn at the gate; ring Sarah the same day if either child says Mum has been drinking or is late and hungry | PA | Every school day, 8.45am | Check-ins logged on CPOMS; attendance and late marks e-mailed to Sarah every Friday; Finn late no more than once a fortnight by the Easter holidays | ✓ | ✓ late marks | |
| 11 | Take Isla to Little Wrens on her funded days | Mum | Monday, Wednesday and Friday, 8.30am to 3.30pm, from 26/01/2026 | Nursery register sent to Sarah monthly; 90% or more of sessions | | | ✓ |
| 12 | Hand Isla only to an adult on her collection list; if the adult seems to have been drinking, keep Isla and ring Sarah (or the Emergency Duty Team) and Craig | DP | Every nursery session | Collection log signed at each session; any refusal rung through to Sarah the same day | | | ✓ |
| 13 | Isla's 2-year review with an ASQ-3, and a follow-up visit to see a bath and bedtime | RA | ASQ-3 by 27/02/2026; bedtime visit by 13/03/2026 | ASQ-3 scores and the bedtime visit notes shared at the core group on 03/03/2026 or 31/03/2026 | | | ✓ 2-year check |
| 14 | Young carers assessment for Ruby and a place at the young carers' group | NH | Assessment by 20/02/2026; group every other Tuesday after that | Assessment on Sarah's file; group register sent to Sarah each month | ✓ | | |
| 15 | Eight sessions with Shona on the children's routines: teatime, bath and bedtime, and getting to school on time | JW | Every Thursday, 29/01/2026 to 19/03/2026 | Routine chart on the fridge; Jade sees a bath and bedtime run by Shona at the sixth session and writes it up for Sarah | ✓ | ✓ | ✓ |

**Key.** SM - Sarah Morgan, social worker. TK - Tom Kerr, recovery worker, Brightwater Alcohol Service.
IF - Dr Isaac Fenwick, GP, Hollins Lane Medical Centre. PA - Paul Ashe, DSL, Eglesthorpe Primary
School. DP - Donna Pryor, manager, Little Wrens Nursery. RA - Ruth Abara, health visitor, Eglesthorpe
0-19 Service. NH - Nadine Holt, Eglesthorpe Young Carers. JW - Jade Whitlow, family support worker,
Eglesthorpe Family Hub. Mum - Shona McBride. Dad - Craig McBride. Gran - Irene Walsh. A tick shows the
child the action is for; an empty box means it is not about that child.

## If things go wrong

1. **If Shona has been drinking while caring for the children** (a breath test above 0.00, the smell of
   alcohol, or a child telling us): the children go to Craig's that day, or to Irene's if Craig is at
   work; Sarah holds a strategy discussion with the police that day; and Sarah asks Colin Fraser for a
   legal planning meeting within 5 working days.
2. **If Irene cannot stay over on a Friday or Saturday** (she is ill or away), she tells Sarah or Craig
   by Thursday, and the children stay at Craig's that night. If neither Irene nor Craig can have them,
   Sarah (or the Emergency Duty Team) arranges for them to stay with approved foster carers that night.
3. **If Craig cannot have the children on his days**, Irene has them at Tenter Lane, and if she cannot,
   the Wednesday stays move to Irene's or a foster carer as in point 2.
4. **If there is no real change by the review conference** (Tom's report says Shona is still drinking,
   or two breath tests are above 0.00), Sarah will ask Colin Fraser for a legal planning meeting to
   decide whether to start the Public Law Outline.

## Core group and review

- Core group every 4 weeks at Eglesthorpe Family Hub, Tuesdays at 10am: 03/02/2026, 03/03/2026 and
  31/03/2026.
- Review child protection conference: Wednesday 15/04/2026 at 2pm, Eglesthorpe House.

Plan sent to Shona, Craig, Irene and every agency on 23/01/2026.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan as plain text with the action plan pasted from
#    the team's spreadsheet: tab-separated rows under a header in capitals,
#    the need given once at the top of each group (a merged cell pasted as
#    blanks below it), theme rows, quoted cells with a line break, RAG and
#    comments columns. Faulty (txt)
# ---------------------------------------------------------------------------
def _tabbed(rows):
    return "\n".join("\t".join(r) for r in rows)


_ETHERSBY_ROWS = [
    ["REF", "NEED", "ACTION", "LEAD", "TARGET DATE", "WHAT GOOD LOOKS LIKE", "RAG", "COMMENTS"],
    ["SAFETY", "", "", "", "", "", "", ""],
    ["S1", "Rosie and Tyler are safe and cared for by a well adult at all times",
     "\"Home visits to see Rosie and Tyler\n(at least one in three unannounced, some at bedtime)\"",
     "Kirsty Lamb (SW)", "Weekly until 31/03/2026, then fortnightly",
     "Visit record within 48 hours; Rosie seen awake and Tyler's words written down", "G", ""],
    ["S2", "",
     "Use her safety plan if she has thoughts of harming herself while caring for Rosie and Tyler: "
     "put Rosie in her cot, ring Sean or the crisis line, and tell Kirsty the next day",
     "Leanne Doherty (Mum)", "Every time, from 20/01/2026",
     "Leanne tells Kirsty at each visit; calls show on the crisis line log shared by the CMHT", "G",
     "Safety plan signed 19/01/2026"],
    ["S3", "",
     "Regular support visits from her CPN to help Leanne with her mood and coping strategies",
     "Ethersby Community Mental Health Team (CPN)", "Fortnightly",
     "CMHT attendance record sent to Kirsty monthly", "A", "CPN new in post"],
    ["S4", "",
     "Be at home every night of his two weeks off and do the night feeds so that Leanne sleeps",
     "Sean Doherty (Dad)", "Every night of his leave (rota to Kirsty each month)",
     "Night feed chart signed by Sean, seen at Kirsty's visits", "G", "Works 2 on / 2 off in Aberdeen"],
    ["S5", "",
     "Arrange for Leanne's medicines to be dispensed weekly in a blister pack, so no more than a "
     "week's tablets are in the house",
     "Dr Omar Shah (GP, Ferry Lane Surgery)", "By 30/01/2026",
     "Pharmacy confirms weekly dispensing to Kirsty by e-mail", "A", ""],
    ["HEALTH", "", "", "", "", "", "", ""],
    ["H1", "Rosie grows well and sleeps safely",
     "Weigh Rosie and see a feed", "Lucy Barton (HV)", "Weekly until Rosie is 6 months old (15/03/2026)",
     "Weights plotted in the red book; Rosie stays on or above the 25th centile", "G", ""],
    ["H2", "",
     "Safe sleep talk and a home safety check: cot, smoke alarm, stair gate, medicines out of reach",
     "Lucy Barton (HV)", "",
     "Safe sleep checklist completed and Rosie seen asleep on her back in her cot", "R",
     "Not yet done"],
    ["H3", "",
     "Take Rosie for her 16-week immunisations", "Leanne Doherty (Mum)", "By 13/02/2026",
     "Immunisations in the red book and on the GP record", "A", "Appointment booked 06/02/2026"],
    ["TYLER", "", "", "", "", "", "", ""],
    ["T1", "Tyler has a settled routine, goes to nursery and can show us how he feels",
     "Take Tyler to nursery for his 15 hours", "Leanne Doherty (Mum)",
     "Monday to Wednesday, 8.45am to 1.45pm",
     "Nursery register e-mailed to Kirsty monthly; 90% of sessions or more", "A",
     "Missed 4 sessions in December"],
    ["T2", "",
     "\"Watch and write down how Tyler plays, talks and separates from Mum\n(summary to Kirsty every two weeks)\"",
     "Ms Preeti Kaur (key person, Ethersby Nursery School)", "Every session",
     "Learning journal entries; fortnightly summary e-mailed to Kirsty", "G", ""],
    ["T3", "",
     "Play sessions with Tyler about home, using small-world toys and a feelings faces book",
     "Kirsty Lamb (SW)", "Every 2 weeks from 27/01/2026",
     "Session notes with what Tyler showed and said; feelings book on file", "G", ""],
    ["PARENTING", "", "", "", "", "", "", ""],
    ["P1", "Rosie and Tyler have parents who can keep them safe when Leanne is unwell",
     "Parenting assessment of Leanne and Sean, including how they care for the children when Leanne is "
     "unwell", "Kirsty Lamb (SW)", "TBC",
     "Assessment report with a recommendation, shared with the core group", "R", "Not started"],
    ["P2", "",
     "Weekly home sessions with Leanne on the children's routines, feeding and bedtimes",
     "Amber Nash (FSW, Ethersby Family Hub)", "Weekly from 27/01/2026", "Engagement with sessions", "A",
     ""],
    ["P3", "",
     "Referral to Ethersby Home-Start for a volunteer to visit two mornings a week", "",
     "By 06/02/2026", "Volunteer's first visit date on file", "R", ""],
    ["P4", "",
     "Join each core group by video call when he is working away", "Sean Doherty (Dad)",
     "Each core group", "Sean's attendance written in the core group minutes", "G", ""],
]

PLANS.append({
    "name": "b194_ethersby_icpc_spreadsheet_paste_caps_header_need_blanks_doherty.txt",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-txt-caps-headings-dash-rules-details-lines-worries-strengths-childrens-lived-experience-then-action-plan-pasted-from-spreadsheet-tab-separated-caps-header-ref-need-action-lead-target-date-what-good-looks-like-rag-comments-theme-rows-need-given-once-per-group-blank-below-quoted-cells-with-line-breaks-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 4-month-old and a 3-year-old whose mother has an emotionally "
        "unstable personality disorder and took an overdose while alone with them; their father works "
        "two weeks on and two off offshore. Plain text with the action plan pasted from the team's "
        "spreadsheet: tab-separated rows under a header in capitals (REF, NEED, ACTION, LEAD, TARGET "
        "DATE, WHAT GOOD LOOKS LIKE, RAG, COMMENTS), theme rows, the need given once at the top of each "
        "group with blanks below it (a merged cell pasted), and quoted cells holding a line break. "
        "Faults: the CPN's support visits only treat the mother; the health visitor's safe sleep check "
        "has no target date; the parenting assessment is 'TBC'; the family support sessions are "
        "measured by 'Engagement with sessions'; the Home-Start referral has no lead; the contingency "
        "only says the plan will be reviewed if things do not improve; and there is no legal planning."
    ),
    "text": """\
ETHERSBY COUNCIL - CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN
================================================================

Children ......... Rosie Doherty, born 15/09/2025 (4 months)
                   Tyler Doherty, born 02/11/2022 (3), Ethersby Nursery School
Address .......... 6 Quarry Bank, Ethersby ET7 2JF
Mother ........... Leanne Doherty (24)
Father ........... Sean Doherty (29), offshore worker, two weeks on and two weeks off
Conference ....... Initial child protection conference, 20/01/2026
Category ......... Neglect (both children)
Social worker .... Kirsty Lamb, Ethersby Safeguarding Team (team manager: Rob Kettle)

WHY THE CHILDREN NEED A PLAN
----------------------------
Leanne has an emotionally unstable personality disorder and has been open to the Ethersby Community
Mental Health Team since 2021. On 28/12/2025, while Sean was offshore, she took an overdose of her
tablets at home with Rosie and Tyler in the house. She rang 999 herself and the children were looked
after by a neighbour until Sean's mother arrived. Leanne was in hospital for two nights. She has
self-harmed twice since Rosie was born, and told the hospital that she "can't cope on her own with
two". The health visitor has found Rosie in a Moses basket on the sofa, and tablets on the kitchen
worktop.

WHAT IS GOING WELL
------------------
- Leanne rang for help herself on 28/12/2025 and has talked openly to Kirsty and the CPN.
- Sean has changed his rota so that he is home more, and does the night feeds when he is home.
- Rosie is gaining weight on the 25th centile and is a smiley, alert baby.
- Tyler is attached to both parents and loves nursery.

ROSIE'S AND TYLER'S DAYS
------------------------
Rosie is 4 months old. Lucy Barton (HV) saw her on 13/01/2026: she fed well, smiled at Leanne and
settled when Leanne rocked her, but she was left in her bouncer for most of the hour and her nappy
was very wet. Tyler (3) showed Kirsty his toy ambulance on 14/01/2026 and said "Mummy poorly, nee-naw,
Tyler went to Annie's house" (the neighbour). At nursery Ms Kaur says he has been clingy at drop-off
since Christmas and plays "hospitals" most days, putting the dolls to bed and "making them better".

WHAT WE WANT FOR ROSIE AND TYLER
-------------------------------
1. Rosie and Tyler are always cared for by an adult who is well enough to keep them safe, and are
   never left alone with a parent who is at risk of harming herself.
2. Rosie is fed, grows on her centile line and sleeps safely in her cot.
3. Tyler goes to nursery, has a steady routine at home, and can show the adults how he feels.

ACTION PLAN
-----------
(Pasted from the team's plan spreadsheet, v3, 21/01/2026. The NEED for each group is on its first row.)

""" + _tabbed(_ETHERSBY_ROWS) + """

RAG: G = on track, A = started, R = not started

CONTINGENCY
-----------
If things do not improve, or there are further concerns about Leanne's mental health, Kirsty will
discuss this with her team manager and the core group will meet to review the plan and consider next
steps.

MEETINGS
--------
Core group: every 4 weeks at Ethersby Family Hub, Tuesdays at 10.30am - 03/02/2026, 03/03/2026 and
31/03/2026.
Review child protection conference: 14/04/2026 at 1.30pm, Ethersby Town Hall.

Plan sent to Leanne, Sean and every agency on 22/01/2026.
""",
    "findings": [
        F("H001", "Regular support visits from her CPN to help Leanne"),
        F("T001", "Safe sleep talk and a home safety check"),
        F("T002", "Parenting assessment of Leanne and Sean, including how"),
        F("M002", "Weekly home sessions with Leanne on the children's routines"),
        F("W001", "Referral to Ethersby Home-Start for a volunteer to visit"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan as updated at the first core group, printed to PDF with a page
#    header and footer: one table in person banner rows ("WHAT DAD WILL DO"),
#    a "When" cell merged over a group of rows, a "Status at CG1" column that
#    is not the work, a completed one-off row kept, the header row repeated
#    over the page breaks. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_emsworthy_core_group_person_banners_merged_when_status_achterberg.pdf",
    "doc_title": "Child Protection Plan (as updated at core group 1) - Sam and Evie Achterberg",
    "split": "tune",
    "actions": 15,
    "min_pages": 3,
    "check_vmerge": 2,
    "header": "Emsworthy Borough Council · Children's Social Care · OFFICIAL-SENSITIVE",
    "footer": "Achterberg S and E · CP plan as updated at CG1 (10/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "core-group-1-updated-plan-paged-header-footer-kv-details-what-happened-strengths-sam-and-evie-tell-us-goals-then-one-table-task-when-what-good-looks-like-status-at-cg1-person-banner-rows-what-mum-will-do-what-dad-will-do-early-intervention-team-gp-social-worker-school-when-merged-over-groups-done-row-kept-header-repeated-then-safety-plan-and-meetings",
    "description": (
        "Exemplary plan, as updated at the first core group, for a 14-year-old and an 11-year-old "
        "whose mother became psychotic, believed her daughter was being poisoned and kept her locked "
        "at home for four days; she is now under an early intervention in psychosis team. Printed to PDF "
        "with a page header and footer, the plan is one table split by person banner rows ('WHAT MUM "
        "WILL DO', 'WHAT DAD WILL DO', the early intervention team, the GP, the social worker, the "
        "school) that say who owns the rows under them, with a 'When' cell merged over a group of rows, "
        "a 'Status at CG1' column that is not the work, a completed one-off row kept for the record, and "
        "the header row repeated over the page breaks. Every live row has a real time and a check; the "
        "early intervention team reports on the mother's capacity to change and its timescale; the "
        "safety plan has specific triggers, a fallback if the father or aunt cannot step in, and legal "
        "planning; core group dates and a review conference date are set; the children's words are "
        "recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Emsworthy Borough Council, Children's Social Care. Agreed at the initial child protection "
              "conference on 28/01/2026 and updated at the first core group on 10/02/2026."),
        ("kv", [
            ("Children", "Sam Achterberg, born 04/04/2011 (14, Year 10); Evie Achterberg, born 19/08/2014 "
                         "(11, Year 7). Both at Emsworthy High School."),
            ("Address", "31 Fennel Road, Emsworthy EM3 8QS"),
            ("Mother", "Lucy Achterberg (41)"),
            ("Father", "Pieter Achterberg (44), engineer; used to work away Monday to Thursday"),
            ("Aunt", "Hannah Cole (Lucy's sister), 2 Orchard Mews, Emsworthy"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Ben Oduya, Emsworthy Child Protection Team (team manager: Fiona Raine)"),
            ("Care coordinator", "Sian Price, Emsworthy Early Intervention in Psychosis Team (EIP)"),
            ("Consultant", "Dr Anna Kerslake, consultant psychiatrist, EIP"),
        ]),
        ("h1", "What happened"),
        ("p", "In early December 2025 Lucy stopped sleeping and became convinced that the neighbours were putting "
              "poison in the family's food and that Evie had been \"got at\". From 08/12/2025 to 11/12/2025, "
              "while Pieter was working away, she kept Evie off school, locked the doors, took Evie's phone and "
              "would only let her eat food from sealed packets. Sam went to school but was told not to tell "
              "anyone. On 11/12/2025 Sam told his form tutor. Lucy was admitted to Emsworthy General Hospital's "
              "mental health unit under section 2 of the Mental Health Act and came home on 09/01/2026 with a "
              "diagnosis of a first episode of psychosis. She is taking antipsychotic medication and is under "
              "the EIP team."),
        ("h1", "What is going well"),
        ("bullets", [
            "Lucy is taking her medication, is sleeping, and says she wants to understand what happened to "
            "her.",
            "Pieter has changed his job so that he works from home and is there every night.",
            "Hannah lives five minutes away and has offered to have the children at short notice.",
            "Sam did the right thing in telling his tutor, and both children are back at school.",
        ]),
        ("h1", "What Sam and Evie tell us"),
        ("p", "Sam (with Ben at school, 03/02/2026): \"I knew it wasn't right but she made me promise.\" \"I "
              "want Mum to be OK but I need to know Dad's there.\" He wants to \"know what the signs are so I "
              "know if it's coming back\"."),
        ("p", "Evie (with Ben at home, on her own in her room, 05/02/2026): \"I was scared of the food.\" \"Mum "
              "is nicer now, like her old self.\" She scored feeling safe at home 7 out of 10 and said it would "
              "be a 9 \"if I knew Dad was staying home\". She wants her phone back in her room at night and to "
              "go to her friend's sleepover."),
        ("h1", "What we want for Sam and Evie"),
        ("numbers", [
            "Sam and Evie are always cared for by an adult who is well, and are never kept from school, "
            "their friends or their phones because of Mum's illness.",
            "Sam and Evie know Mum's early warning signs and who to tell, and no longer feel they must keep "
            "secrets about home.",
            "Evie feels safe at home and her worry about food and her sleep get better, shown by her own "
            "scores to the school counsellor.",
        ]),
        ("h1", "The plan"),
        ("p", "Each bold row names whose tasks are under it. The Status column is what the core group found "
              "on 10/02/2026."),
        ("table", {
            "header": ["Task", "When", "What good looks like", "Status at CG1"],
            "widths": [6.0, 3.4, 5.3, 2.3],
            "rows": [
                ["WHAT MUM (LUCY) WILL DO", H, H, H],
                ["Take her antipsychotic medication every evening from the weekly blister pack",
                 "Every evening, from 28/01/2026",
                 "Blister pack checked by Sian at each visit, with no missed doses",
                 "On track"],
                ["Go to her appointments with Sian and with Dr Kerslake, and tell Ben if she cannot go",
                 "Weekly with Sian (Thursdays); monthly with Dr Kerslake",
                 "Attendance in the EIP letters copied to Ben",
                 "On track"],
                ["Make a \"signs card\" with Sam and Evie: the early warning signs they might notice and who "
                 "they can ring",
                 "By 27/02/2026, with Sian",
                 "Card on the fridge, seen by Ben; Sam and Evie can each say two signs and who they would ring",
                 "Not started"],
                ["WHAT DAD (PIETER) WILL DO", H, H, H],
                ["Be at home every evening and overnight, and not leave Lucy in sole charge of Evie overnight "
                 "until the review conference",
                 "Every night, from 04/02/2026",
                 "Evie and Sam tell Ben at each visit; letter from Pieter's employer confirming home working "
                 "on Ben's file",
                 "On track"],
                ["Ring Sian, or the EIP out-of-hours line, if he sees any of Lucy's early warning signs",
                 "The same day he sees a sign",
                 "Calls recorded in the EIP notes and in Sian's letter before each core group",
                 "No signs seen"],
                ["Drive Evie to school and back, and go through her day with her on the way home",
                 "Every school day",
                 "Evie's attendance 95% or more on the school's Friday e-mail to Ben",
                 "Started"],
                ["WHAT THE EARLY INTERVENTION IN PSYCHOSIS TEAM WILL DO", H, H, H],
                ["Care coordination visits to Lucy: check her mental state, sleep and medication, and write to "
                 "Ben before each core group on whether Lucy is making the changes Sam and Evie need, and how "
                 "long further change is likely to take (Sian Price, care coordinator)",
                 "Weekly until 31/03/2026, then every 2 weeks",
                 "Sian's written update on Ben's file 2 working days before each core group",
                 "On track"],
                ["Review Lucy's medication and give a written opinion on whether she can stay well enough to "
                 "care for Sam and Evie, what must change and how long that is likely to take (Dr Anna "
                 "Kerslake, consultant psychiatrist)",
                 "Report by 27/03/2026; clinic review monthly",
                 "Written opinion on Ben's file and shared at the core group on 07/04/2026",
                 "Not due"],
                ["WHAT THE GP WILL DO (Dr Marcus Yeo, Fennel Road Surgery)", H, H, H],
                ["Blood tests and a weight check for Lucy's medication, with results copied to Dr Kerslake and "
                 "Ben",
                 "First by 27/02/2026, then every 3 months",
                 "Results letter on Ben's file after each test",
                 "Booked"],
                ["WHAT THE SOCIAL WORKER (BEN ODUYA) WILL DO", H, H, H],
                ["Home visits, one in three unannounced; see Sam and Evie on their own",
                 "Every 2 weeks until the review conference",
                 "Visit records within 48 hours, with each child's words and their feeling safe scores",
                 "On track"],
                ["Four sessions of direct work with each child about Mum's illness, using the \"Mum's "
                 "brain\" booklet",
                 "By core group 2 (10/03/2026)",
                 "Each child's booklet on file; each can say in their own words what psychosis is and that "
                 "it was not their fault",
                 "Started"],
                ["Refer Sam and Evie to Emsworthy Young Carers and ask for a place at the teen group",
                 V,
                 "Young Carers' acceptance letter on Ben's file; the children's first group date",
                 "Started"],
                ["Go through the plan with Sam and Evie in words they chose",
                 "By 06/02/2026",
                 "Children's version of the plan on file",
                 "Done 05/02/2026"],
                ["WHAT SCHOOL WILL DO (Mrs Jan Hobbs, DSL, Emsworthy High School)", H, H, H],
                ["Check in with Sam and with Evie at the start of the day, and ring Ben the same day if "
                 "either says anything about Mum's signs or secrets at home",
                 "Every school day",
                 "Check-ins logged on CPOMS; CPOMS summary e-mailed to Ben each Friday",
                 "On track"],
                ["Ring Lucy and Pieter if either child is not in by 9am, and ring Ben if neither answers by "
                 "10am",
                 V,
                 "First-day call log; both children at 95% or more on the Friday attendance e-mail",
                 "On track"],
                ["Six counselling sessions for Evie about her worry and her sleep, with her own scores at the "
                 "first and last",
                 "Weekly from 23/02/2026",
                 "Evie's worry and sleep scores (0 to 10) at sessions 1 and 6, shared with Ben",
                 "Booked"],
            ],
        }),
        ("h1", "Safety plan: if things go wrong"),
        ("bullets", [
            "If Lucy shows any early warning sign (sleeping less than 5 hours two nights running, talk of "
            "poison or of the neighbours, stopping her medication): Pieter or the children ring Sian or the "
            "EIP out-of-hours line that day; the EIP team sees Lucy within 24 hours; and Lucy is not left in "
            "charge of the children until Sian and Ben agree it is safe.",
            "If Lucy keeps either child home, takes their phones or locks the doors: Sam or Evie rings 999 or "
            "Pieter; Ben (or the Emergency Duty Team) holds a strategy discussion with the police and EIP the "
            "same day; the children stay with Pieter, or with Hannah at 2 Orchard Mews if Pieter is not "
            "there.",
            "If Pieter has to be away overnight, or Hannah cannot have the children when needed, Ben (or the "
            "Emergency Duty Team) arranges for them to stay with approved foster carers that night, and a "
            "strategy discussion is held the next working day.",
            "If Lucy stops her medication, or there is a second episode like December's, Ben will ask Fiona "
            "Raine for a legal planning meeting within 5 working days to decide whether to start the Public "
            "Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Emsworthy High School, Tuesdays at 4pm: 10/03/2026 and 07/04/2026.",
            "Review child protection conference: Wednesday 22/04/2026 at 10am, Emsworthy Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Plan for a family moving to another authority: a Word table in stage
#    banner rows, the action with its check in brackets on a second line of
#    the same cell, the owner and the date in one "Person / agency - date"
#    cell, a comments column, a key to abbreviations under the table. Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b194_elmarsh_transfer_out_stage_banners_check_in_brackets_lindgren.docx",
    "doc_title": "Child Protection Plan (family moving to Harrowgate) - Freya and Oscar Lindgren",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-transfer-out-docx-details-table-why-worries-going-well-freya-and-oscar-say-outcomes-then-table-ref-action-with-check-in-brackets-on-second-line-person-agency-dash-date-one-cell-comments-stage-banner-rows-now-until-the-move-and-move-until-transfer-in-conference-key-under-table-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 10-year-old and a 5-year-old living with neglect and the fallout "
        "of their mother's depression and her ex-partner's harassment, a month before the family moves "
        "to another authority to be near the mother's sister. A Word table split by stage banner rows "
        "(now until the move; the move until the transfer-in conference), each action with its check in "
        "brackets on a second line of the same cell, the owner and the date in one 'Person / agency - "
        "date' cell, a comments column that is not the work, and a key under the table. Visits carry on "
        "until the transfer-in conference and records go by a set date. Faults: the parenting "
        "assessment is handed to the new authority 'once the family are settled'; 'All agencies' share "
        "worries; telling the children about the move has no check; the family support sessions are "
        "checked only by 'reviewed at core group'; and the mother's depression is recorded with no adult "
        "service owning any action."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Elmarsh County Council, Children's Services. Initial child protection conference, 28/01/2026, "
              "Elmarsh County Hall. The family plan to move to Harrowgate on 27/02/2026. Elmarsh keeps the "
              "plan, and the social worker keeps visiting, until Harrowgate City Council holds its transfer-in "
              "conference."),
        ("table", {
            "rows": [
                ["Children", "Freya Lindgren, born 12/06/2015 (10, Year 5, Elmarsh Junior School); Oscar "
                             "Lindgren, born 09/08/2020 (5, Reception, Elmarsh Infant School)"],
                ["Address", "Flat 4, 18 Saltings Way, Elmarsh EM1 2WD; from 27/02/2026, 7 Linden Court, "
                            "Harrowgate HG4 6PB"],
                ["Mother", "Maria Lindgren (36)"],
                ["Fathers", "Freya's father, Anders Lindgren, lives in Sweden and video calls monthly. Oscar's "
                            "father, Jordan Price, has no contact: a non-molestation order protects Maria until "
                            "10/2026"],
                ["Aunt", "Karin Berg (Maria's sister), 12 Linden Court, Harrowgate"],
                ["Category", "Neglect (both children)"],
                ["Social worker", "Lauren Pike, Elmarsh Children's Safeguarding Team (team manager: Owen "
                                  "Marsh)"],
                ["Receiving authority", "Harrowgate City Council, Children's Services (transfer-in request "
                                        "sent 29/01/2026)"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Why Freya and Oscar need a plan"),
        ("p", "Maria has depression. She takes sertraline prescribed by her GP but sees no one else about it, "
              "and told Lauren that most days she \"can't face anything\". Since the autumn Freya has been "
              "getting Oscar up and dressed, and both children have often been late and hungry. In December "
              "Oscar's school found he had had the same clothes on for a week and an untreated ear infection. "
              "The flat is cold: the gas was cut off for 9 days in January. Jordan Price came to the flat twice "
              "in December, shouting through the letterbox; the children hid in the bathroom. Maria wants to "
              "move to be near Karin, who has offered to help."),
        ("h1", "What is going well"),
        ("bullets", [
            "Maria loves her children, is honest about how low she feels, and asked for help herself.",
            "Karin is close to the children and will live two doors away in Harrowgate.",
            "Freya is bright and well liked at school, and Oscar has settled well in Reception.",
            "Maria got the non-molestation order herself and rang the police when Jordan came.",
        ]),
        ("h1", "What Freya and Oscar say"),
        ("p", "Freya (seen on her own at school by Lauren, 22/01/2026): \"I do Oscar's breakfast and his shoes "
              "because Mum's in bed.\" \"I'm scared Jordan will find the new flat.\" \"I want to live near "
              "Auntie Karin but I'll miss Lily\" (her best friend). She scored home 4 out of 10."),
        ("p", "Oscar (at home with Lauren, drawing, 23/01/2026) drew \"the shouting man at the door\" and said "
              "\"we hide in the bath\". He said he is excited about \"Auntie Karin's dog\". At school he asks "
              "for toast as soon as he arrives."),
        ("h1", "What we want for Freya and Oscar"),
        ("numbers", [
            "Freya and Oscar are warm, fed and in clean clothes, and get to school on time every day, before "
            "and after the move.",
            "Freya no longer has to look after Oscar or her mum.",
            "Freya and Oscar are safe from Jordan, and know what to do if he comes to the door.",
            "The move to Harrowgate does not leave Freya and Oscar without a worker, a school or a plan.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "Action\n(check in brackets)", "Person / agency - date", "Comments"],
            "widths": [1.1, 8.3, 4.4, 3.2],
            "rows": [
                ["STAGE 1 - NOW UNTIL THE MOVE (27/02/2026)", H, H, H],
                ["1.1",
                 "Home visits, at least one in three unannounced; see Freya and Oscar on their own and check "
                 "food, heating and clean clothes\n(check: visit records within 48 hours, with each child's "
                 "words)",
                 "Lauren Pike (SW) - every 10 working days until the move",
                 "Two visits done since the strategy meeting"],
                ["1.2",
                 "Tell Freya and Oscar about the move and their new schools, using a book with photos of the "
                 "flat, the schools and Karin's house",
                 "Lauren Pike (SW) - by 20/02/2026",
                 "Maria to choose the photos"],
                ["1.3",
                 "Check in with Freya at the start of each day and give her breakfast club\n(check: CPOMS "
                 "entries and breakfast club register e-mailed to the SW each Friday)",
                 "Mr Tom Ridley (DSL, Elmarsh Junior School) - every school day until 26/02/2026",
                 ""],
                ["1.4",
                 "Check Oscar's clothes, hunger and health at the classroom door, and ring the SW the same day "
                 "about anything worrying\n(check: CPOMS summary e-mailed to the SW each Friday)",
                 "Mrs Asha Patel (DSL, Elmarsh Infant School) - every school day until 26/02/2026",
                 "Ear infection treated 12/01/2026"],
                ["1.5",
                 "Send each child's school record and safeguarding file to their new school in Harrowgate\n"
                 "(check: the new schools confirm receipt by e-mail to the SW)",
                 "Mr Tom Ridley and Mrs Asha Patel (DSLs) - by 27/02/2026",
                 "New schools named below"],
                ["1.6",
                 "Weekly home sessions with Maria on budgeting, keeping the gas and electric on, a morning "
                 "routine and meal planning\n(check: reviewed at core group)",
                 "Gail Dunn (FSW, Elmarsh Family Hub) - weekly until 24/02/2026",
                 "Started 21/01/2026"],
                ["1.7",
                 "Apply for school places in Harrowgate and register both children with a GP and a dentist "
                 "there\n(check: school offer letters and GP registration shown to the SW)",
                 "Maria Lindgren (Mum) - by 20/02/2026",
                 "Places asked for at Linden Park Primary"],
                ["1.8",
                 "Share any worry about Freya or Oscar with the SW, and after the move with Harrowgate's "
                 "worker too\n(check: logged on the children's chronology)",
                 "All agencies - same day",
                 ""],
                ["1.9",
                 "Tell Harrowgate Police about the non-molestation order and ask for a warning marker on 7 "
                 "Linden Court\n(check: Harrowgate Police confirm the marker by e-mail to the SW)",
                 "PC Dan Hirst (Elmarsh Police Safeguarding Hub) - by 27/02/2026",
                 ""],
                ["STAGE 2 - FROM THE MOVE UNTIL HARROWGATE'S TRANSFER-IN CONFERENCE (19/03/2026)", H, H, H],
                ["2.1",
                 "Keep visiting after the move, the first time jointly with Harrowgate's social worker; see "
                 "the children on their own\n(check: joint visit record on both authorities' files, with each "
                 "child's words)",
                 "Lauren Pike (SW) - within 5 working days of the move, then weekly until the transfer-in "
                 "conference",
                 "Elmarsh keeps case responsibility"],
                ["2.2",
                 "Send Harrowgate the case summary, chronology, this plan and the core group minutes\n(check: "
                 "Harrowgate's receipt e-mail on file)",
                 "Lauren Pike (SW) - by 06/03/2026",
                 ""],
                ["2.3",
                 "Do the school run and stay for tea on school days for the first two weeks\n(check: the "
                 "registers at the new schools show both children in by 8.50am; Karin texts the SW each "
                 "Friday)",
                 "Karin Berg (aunt) - every school day, 02/03/2026 to 13/03/2026",
                 ""],
                ["2.4",
                 "Parenting assessment of Maria to be picked up by Harrowgate Children's Services after the "
                 "transfer\n(check: assessment report shared with the Harrowgate core group)",
                 "Lauren Pike (SW) to pass on - once the family are settled in Harrowgate",
                 "Not started in Elmarsh because of the move"],
                ["2.5",
                 "Go with Freya and Oscar on their first day at their new schools and meet each DSL\n(check: "
                 "each DSL confirms the meeting by e-mail to the SW)",
                 "Maria Lindgren (Mum) - 02/03/2026",
                 ""],
                ["2.6",
                 "Video call with Freya and Oscar at the end of their first week to hear how the move and the "
                 "new schools are going\n(check: each child's words written in the case record)",
                 "Lauren Pike (SW) - by 06/03/2026",
                 ""],
            ],
        }),
        ("p", "Key: SW - social worker. DSL - designated safeguarding lead. FSW - family support worker. "
              "CPOMS - the schools' safeguarding record. New schools: Linden Park Primary (Freya, Year 5; "
              "Oscar, Reception), Harrowgate."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jordan comes to the flat in Elmarsh or finds the address in Harrowgate, Maria rings 999 and "
            "keeps the children inside; Lauren holds a strategy discussion with the police the same day.",
            "If the children are found without food, heating or an adult who is up and able to care for them, "
            "they go to Karin's (at 12 Linden Court after the move; before it, Karin comes to Elmarsh) that "
            "day, and Lauren holds a strategy discussion the same day.",
            "If Karin cannot do the school run or have the children, Lauren books both into the breakfast and "
            "after-school clubs at their school, and if the children need to leave home and Karin cannot have "
            "them, the duty team places them with foster carers that day.",
            "If the children are not in school on their first week in Harrowgate, or the home is found cold "
            "and without food again, Lauren will ask Owen Marsh for a legal planning meeting within 5 working "
            "days, and Harrowgate will be invited.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 2 weeks until the move, Tuesdays at 1pm at Elmarsh Family Hub: 10/02/2026 and "
            "24/02/2026.",
            "Transfer-in child protection conference (Harrowgate City Council): 19/03/2026 at 10am, Harrowgate "
            "Civic Centre. Lauren Pike and the core group will attend.",
        ]),
    ],
    "findings": [
        F("M001", "Tell Freya and Oscar about the move and their new schools"),
        F("M002", "Weekly home sessions with Maria on budgeting, keeping the gas"),
        F("W002", "Share any worry about Freya or Oscar with the SW"),
        F("X001", "Parenting assessment of Maria to be picked up by Harrowgate"),
        F("T002", "Parenting assessment of Maria to be picked up by Harrowgate"),
        F("F004"),
    ],
})
