"""Batch 195, module h: seven fictional plans (held-out material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, nurseries, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (conventions 1
to 13), without running planlint or reading its code.

Focus: action tables as councils really build them, with headers, merges
and cells that hold more than one thing. Each plan is in a template of its
own and its work sits mainly in a table: a two-row header with a
"Responsibility" group over "Who" and "By when" and a need merged down its
rows and an owner merged down the rows that person does; a review plan with
"Added", "Progress since last meeting" and "RAG" columns, a closed row and a
carried-forward row, and its header repeated after the page break; a pipe
table whose "Who - by when" cell holds the owner and the date together,
with a column of ticks per child; stage banner rows across a pre-birth
table whose task cells list the steps of one task as bullets; spreadsheet
rows pasted as tab-separated text under headers in capitals, with a key to
abbreviations under them; theme banners with a "When" cell merged over a
group and "Date agreed" and "Comments" columns; and a pipe table whose
action cells carry their check in a bracket. Progress, RAG, status, date
added, comments, ticks and reference columns are not the work: they give no
owner, timescale or measure. In the four faulty plans a few actions have no
owner, time or measure, or only a collective, vague or unobservable one, and
a few whole-plan Child Z faults appear.

1. an initial conference plan for a 6-year-old and a 2-year-old living with
   neglect while their mother is depressed, a landscape Word table with a
   two-row header (a "Responsibility" group over "Who" and "By when"),
   "What needs to change" merged down each group of rows, the owner merged
   down the rows one person does, and a key to abbreviations under the
   table (docx, exemplary);
2. a review conference plan for a 9-year-old and a 4-year-old whose mother
   drinks, printed to PDF with a page header and footer: one table of
   Ref / Added / Task / Person or agency / Target / Evidence of change /
   Progress since last meeting / RAG, its header repeated on the second
   page, a closed row kept in it and a RAG key under it (pdf): faults are
   the social worker's direct work "Carried forward" with no new date, the
   women's recovery group measured by "Engagement with the service", "Core
   group" sharing worries, Talking Therapies' CBT only treating the mother,
   an outcome about the mother only, and no legal planning (T001, M002,
   W002, H001, F002, R002);
3. a core group plan for three children living with neglect whose father
   smokes cannabis, a pipe table whose "Who - by when" cell holds the owner
   and the date together, with a tick column for each child (md): faults
   are "Family - as and when" for help with washing and school runs, a
   young carers referral "asap", a speech and language referral with "-"
   for how we'll know, the father's cannabis use with no adult service
   owning any action, and no fallback if the grandmother's help fails
   (W002, T002 x2, M001, F004, C003);
4. a pre-birth plan for an unborn boy whose mother has a perinatal mental
   health history and whose father smokes cannabis, printed to PDF with a
   page header and footer: one table split by stage banner rows that give
   each stage's time, task cells that list the steps of one task as
   bullets, and the lead and the date in the same cell (pdf, exemplary);
5. a core group plan for a 13-year-old and an 8-year-old after domestic
   abuse, pasted from a spreadsheet as tab-separated rows under headers in
   capitals (REF, NEED, TASK, LEAD, SUPPORT, START, TARGET DATE, WHAT GOOD
   LOOKS LIKE, STATUS) with a key to abbreviations under them (txt): faults
   are a "TBC" lead, a passive sanctuary referral with no lead, a school
   mentor's sessions "Ongoing", the police's checks measured by
   "Monitored", a housing row with nothing under what good looks like, a
   contingency that only says the core group will meet and review, and no
   legal planning (W002, W001, T002, M002, M001, C002, R002);
6. an initial conference plan for a 14-year-old at risk of criminal
   exploitation, a Word table with theme banner rows, a "When" cell merged
   over each group of rows that share a rhythm, and "Date agreed" and
   "Comments" columns beside the work (docx, exemplary);
7. a review conference plan for a 7-year-old and a 3-year-old whose family
   is about to move to another authority, a pipe table whose action cells
   carry their check in a bracket, with the worry written once over its
   rows (md): faults are a dentist row with no check, a check that is
   "(reviewed at core group)", a row with "-" for when, a passive nursery
   application with "-" for who, a family therapy referral handed on to
   the receiving authority, and a transfer-in conference with no date
   (M001, M002, T001, W001, X001, R001).

Three plans (1, 4 and 6) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails; each
records the child's voice or observed lived experience, core group dates and
a dated review conference, and legal planning after named triggers; adult
services (GP, community and perinatal mental health teams, a drug service)
own actions where a parent is ill or uses drugs, and every mental health
service is asked for its view of the parent's capacity to change and how
long it will take.

Counting convention used for "actions" (README convention 1): each row of
an action table counts once, whatever its cells hold: bullets in a task
cell are the steps of that row's one task, a second line or a bracket in
it is its check. Header rows (both rows of a two-row header), banner rows,
keys, a closed one-off row (marked done), tick columns, progress, RAG,
status, comments and date-added cells, details, outcomes, contingencies,
meeting dates and the children's words are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, neglect, mother's depression. Landscape Word
#    table with a two-row header (Responsibility over Who / By when), the
#    need merged down each group, the owner merged down the rows one person
#    does, and a key under the table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_hartlecombe_icpc_two_row_header_merged_need_owner_okafor.docx",
    "doc_title": "Child Protection Plan - Destiny and Marcus Okafor",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 10,
    "template": "icpc-plan-docx-landscape-details-grid-why-going-well-destinys-words-marcuss-day-then-action-table-two-row-header-what-needs-to-change-merged-down-each-group-ref-action-responsibility-group-over-who-and-by-when-owner-merged-down-rows-one-person-does-evidence-of-change-then-key-to-abbreviations-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary initial conference plan for a 6-year-old and a 2-year-old living with neglect: their "
        "mother has depression and stopped her antidepressants, a police welfare check found her in bed "
        "at 2pm with the toddler in a soiled nappy and little food in the flat, and the 6-year-old is "
        "often late for school. The plan is a landscape Word table with a two-row header: 'What needs "
        "to change for Destiny and Marcus' merged down each group of rows, 'Ref', 'Action', a "
        "'Responsibility' group header over 'Who' and 'By when', and 'How we will know (evidence of "
        "change)'; the owner is merged down the rows one person does, and a key to abbreviations sits "
        "under the table. The GP and the community mental health team own actions, and the care "
        "coordinator reports on capacity to change; the grandmother's school runs have a fallback; "
        "legal planning follows named triggers; core group and review dates are set; Destiny's words "
        "and Marcus's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hartlecombe City Council - Children's Services. Plan agreed at the initial child protection "
              "conference on 08/01/2026, chaired by Alison Brereton (Independent Reviewing Officer)."),
        ("table", {
            "rows": [
                ["Children", "Destiny Okafor, born 02/03/2019 (6), Year 2 at Fernside Primary School; "
                             "Marcus Okafor, born 14/09/2023 (2 years 3 months)", "Category", "Neglect (both)"],
                ["Home", "Flat 9, Cavell House, Wharf Street, Hartlecombe HC2 4LT, with their mother",
                 "Social worker", "Chloe Barrett, Safeguarding and Family Support Team 3 (team manager: "
                                  "Martin Quayle)"],
                ["Mother", "Grace Okafor (28)", "Father", "Samuel Okafor, lives in Carrowfield; sees the "
                                                          "children every other Sunday"],
                ["Maternal grandmother", "Patience Mensah, 12 Linnet Close, Hartlecombe (a 10-minute walk)",
                 "Conference date", "08/01/2026"],
            ],
            "widths": [4.0, 9.0, 3.5, 9.2],
            "bold_first_col": True,
        }),
        ("h1", "Why Destiny and Marcus need this plan"),
        ("p", "Grace has had depression since Destiny was a baby. Her GP prescribed sertraline in 2022, but "
              "Grace stopped taking it in October 2025 and has not been back to the surgery. On 19/11/2025 "
              "Destiny told her teacher that \"Mummy won't wake up in the mornings\". The police did a welfare "
              "check that afternoon and found Grace in bed at 2pm, Marcus in a nappy that had not been changed "
              "since the night before, and only bread and dry cereal in the kitchen. Marcus was sleeping on a "
              "mattress on the floor with no sheet. The flat was cold, with bags of rubbish in the hall."),
        ("p", "Destiny was late 31 times in the autumn term and her attendance was 84%. Marcus missed his "
              "2-year developmental review and his hearing test, and his words are behind for his age. Grace "
              "says she feels \"flat and heavy\" most days and that she stopped her tablets because they made "
              "her feel sick."),
        ("h1", "What is going well"),
        ("bullets", [
            "Grace loves her children and talks about them warmly. She came to the conference and said she "
            "wants help \"before it gets worse\".",
            "Patience has walked Destiny to school on Mondays, Wednesdays and Fridays since 24/11/2025, and "
            "Destiny has not been late on those days.",
            "Destiny is a good reader and has a close friend, Amira, in her class.",
            "Grace agreed at the conference to see her GP and to be referred back to the community mental "
            "health team.",
        ]),
        ("h1", "What Destiny says, and Marcus's day"),
        ("p", "Destiny (seen on her own at school by Chloe on 05/01/2026) said: \"I get Marcus his cereal when "
              "Mummy is tired.\" \"I don't like being late, everyone looks at me.\" She wants \"Mummy to be "
              "happy again\" and \"a proper bed for Marcus like mine\". She drew her house with Grandma "
              "Patience at the door and said Grandma's house is \"warm and has biscuits\"."),
        ("p", "Marcus is 2. When Hannah Obi (health visitor) saw him at home on 17/12/2025 he was pale and "
              "quiet, said four words (\"more\", \"Dessy\", \"car\", \"no\") and pointed for what he wanted. "
              "He went to Destiny for comfort rather than to Grace, and ate two slices of toast quickly when "
              "Hannah asked Grace to make him a snack. At Patience's on Sundays he plays with her pans and "
              "naps on the settee."),
        ("h1", "The plan"),
        ("p", "Each group of actions sits beside what needs to change for the children. Where one person "
              "does several actions in a group, their name is written once beside those rows."),
        ("table", {
            "header": ["What needs to change for Destiny and Marcus", "Ref", "Action", "Responsibility", H,
                       "How we will know (evidence of change)"],
            "widths": [4.0, 1.2, 7.6, 3.7, 3.2, 6.0],
            "rows": [
                [V, V, V, "Who", "By when", V],
                ["A. Destiny and Marcus live in a flat that is clean and warm, with food in the cupboards and "
                 "a bed each with clean bedding.",
                 "A1",
                 "Home visits, one in three unannounced: see both children, look at the kitchen, the beds and "
                 "the bathroom, and score the home conditions checklist with Grace",
                 "Chloe Barrett (SW)",
                 "Every week until the review conference on 02/04/2026",
                 "Visit record on file within 48 hours, with the checklist score; a score of 7 out of 10 or "
                 "more at every visit from February"],
                [V, "A2",
                 "Apply to the Hartlecombe Household Support Fund for a toddler bed, a mattress and two sets "
                 "of bedding for Marcus, and a food bank voucher until Grace's benefits are sorted",
                 V,
                 "Application by 16/01/2026",
                 "Bed seen made up in Marcus's room at the first visit after delivery"],
                [V, "A3",
                 "Keep the kitchen, the bathroom and the children's bedroom to the standard on the checklist, "
                 "and take the rubbish to the bin store every Monday and Thursday",
                 "Grace Okafor (Mum)",
                 "Every day from 12/01/2026",
                 "Checklist scores at Chloe's visits; no rubbish bags in the hall at any visit"],
                [V, "A4",
                 "Home sessions with Grace on a daily routine, a weekly meal plan and shopping list, and "
                 "budgeting",
                 "Sunita Dhillon (FSW), Riverside Family Hub",
                 "Every Tuesday, 13/01/2026 to 31/03/2026",
                 "Meal plan and shopping list written each week and seen by Chloe; food in the cupboards at "
                 "every visit"],
                ["B. Marcus goes to all his health appointments, his hearing and talking are checked, and he "
                 "starts nursery.",
                 "B1",
                 "Carry out Marcus's 2-year developmental review (ASQ-3) at home and refer him for a hearing "
                 "test",
                 "Hannah Obi (HV)",
                 "Review by 30/01/2026; referral the same day",
                 "ASQ-3 scores shared with Chloe and the core group; copy of the audiology referral on file"],
                [V, "B2",
                 "Visit Marcus at home: weigh him, see where he sleeps, and help Grace with his talking using "
                 "the 'Chat, Play, Read' cards",
                 V,
                 "Every two weeks from 13/01/2026 until the review conference",
                 "Weight plotted in the red book; number of words Marcus uses written in the HV record at "
                 "each visit"],
                [V, "B3",
                 "Take Marcus to his hearing test and to every health visitor appointment, and tell Chloe "
                 "the date of each one",
                 "Grace Okafor (Mum)",
                 "Each appointment as booked; hearing test by 27/02/2026",
                 "Audiology letter copied to Chloe; any missed appointment phoned to Chloe by Hannah the "
                 "same day"],
                [V, "B4",
                 "Arrange a funded 2-year-old place for Marcus at Little Acorns Nursery (Monday, Tuesday and "
                 "Thursday mornings) with Grace",
                 "Chloe Barrett (SW)",
                 "Start date by 02/02/2026",
                 "Nursery start confirmed in writing by the nursery manager"],
                [V, "B5",
                 "Send Chloe Marcus's attendance, whether he arrived clean, dressed and fed, and anything he "
                 "says or shows about home",
                 "Jess Lowther, Little Acorns Nursery manager",
                 "Every Friday from 06/02/2026",
                 "Weekly e-mail on Chloe's file; Marcus at 90% or more of his sessions"],
                ["C. Destiny is in school every day on time, and has an adult she trusts to talk to about "
                 "home.",
                 "C1",
                 "Walk Destiny to school",
                 "Patience Mensah (MGM)",
                 "Monday, Wednesday and Friday mornings, from 12/01/2026",
                 "Register shows Destiny in by 8.50am on those days"],
                [V, "C2",
                 "Get Destiny to school by 8.50am, with Marcus in his buggy",
                 "Grace Okafor (Mum)",
                 "Tuesday and Thursday mornings, from 13/01/2026",
                 "Register shows Destiny in by 8.50am on those days"],
                [V, "C3",
                 "Check in with Destiny using her worry monster, and send Chloe both her attendance and "
                 "anything logged about her",
                 "Tom Aspinall (DSL), Fernside Primary School",
                 "Check-in every Monday; e-mail to Chloe every Friday",
                 "CPOMS notes and attendance figures on Chloe's file each week; Destiny at 95% or more by the "
                 "February half term (13/02/2026)"],
                [V, "C4",
                 "Four sessions of direct work with Destiny about home, Mummy's sadness and who she can tell",
                 "Chloe Barrett (SW)",
                 "Every two weeks, 19/01/2026 to 02/03/2026",
                 "Destiny's 'my house' drawings and her words in each session record; Destiny can name two "
                 "adults she would tell"],
                ["D. Destiny and Marcus are cared for by a mum whose mood is steady enough to get up, feed "
                 "them and take them out every day.",
                 "D1",
                 "See Grace about her depression, talk through restarting an antidepressant, and refer her "
                 "back to the community mental health team",
                 "Dr Ruth Ellery (GP), Wharf Street Medical Centre",
                 "Appointment by 23/01/2026; referral the same week",
                 "GP letter to Chloe with the treatment plan and a copy of the referral"],
                [V, "D2",
                 "Assess Grace's mental health, visit her at home, and give the core group a written view on "
                 "whether Grace is making the changes Destiny and Marcus need and how long any further change "
                 "is likely to take",
                 "Kieran Walsh, care coordinator (CPN), Hartlecombe East CMHT",
                 "Assessment by 06/02/2026; then every two weeks until the review conference",
                 "Assessment report to Chloe by 06/02/2026; written view on file two working days before each "
                 "core group"],
            ],
        }),
        ("p", "Key: SW social worker; FSW family support worker; HV health visitor; MGM maternal grandmother; DSL "
              "designated safeguarding lead; GP family doctor; CPN community psychiatric nurse; CMHT community "
              "mental health team; ASQ-3 Ages and Stages Questionnaire; CPOMS the school's safeguarding record."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Grace cannot get up to care for the children, or either child is found without an adult, "
            "whoever finds this rings Chloe (or the Emergency Duty Team out of hours). The children go to "
            "Patience's house at 12 Linnet Close that day, and Chloe holds a strategy discussion with the "
            "police and health the same day.",
            "If Grace says she wants to harm herself, the adult with her rings 999 or the Hartlecombe Crisis "
            "Team, and the children are cared for by Patience until Kieran or the Crisis Team say Grace is "
            "safe to care for them.",
            "If Patience cannot do the school runs or take the children (she is ill, or away at her sister's), "
            "she rings Chloe that day. Grace's cousin, Abena Owusu (4 Mill Yard, agreed with Chloe on "
            "07/01/2026), does the school runs and takes the children. If neither can help, Chloe arranges a "
            "foster placement for Destiny and Marcus that day, with Grace's agreement under section 20.",
            "If by the core group on 19/03/2026 the home conditions score is below 7 at two visits running, "
            "Destiny's attendance is below 90%, or Grace has not been seen by the CMHT, Chloe will ask "
            "Martin Quayle for a legal planning meeting to be held before the review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Riverside Family Hub, Thursdays at 1.30pm: 22/01/2026, 19/02/2026 "
            "and 19/03/2026.",
            "Review child protection conference: 02/04/2026 at 10am, Hartlecombe Civic Offices.",
        ]),
        ("p", "Plan sent to Grace, Samuel, Patience and every agency on 09/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, mother's drinking: one table with Ref / Added /
#    Task / Person or agency / Target / Evidence of change / Progress since
#    last meeting / RAG, a closed row, a carried-forward row, the header
#    repeated on page 2, a RAG key. Landscape, header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_hoxbury_rcpc_rag_progress_date_added_columns_lindley.pdf",
    "doc_title": "Child Protection Plan (review) - Kai and Poppy Lindley",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "min_pages": 2,
    "font_size": 10,
    "header": "OFFICIAL-SENSITIVE · Hoxbury Borough Council · Child Protection Plan updated at review conference",
    "footer": "Kai and Poppy Lindley · RCPC 09/12/2025 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-details-kv-what-has-changed-since-icpc-childrens-words-numbered-outcomes-then-one-running-table-ref-added-task-person-agency-target-evidence-of-change-progress-since-last-meeting-rag-header-repeated-after-page-break-closed-row-kept-carried-forward-row-then-rag-key-contingency-meetings",
    "description": (
        "Review conference plan for a 9-year-old and a 4-year-old whose mother is dependent on alcohol and "
        "has anxiety; she was found drunk collecting the 4-year-old from nursery, and the 9-year-old has "
        "been caring for her and his sister. The plan is one running table kept since the initial "
        "conference, with 'Ref', 'Added' (the meeting that added the row), 'Task', 'Person / agency', "
        "'Target', 'Evidence of change', 'Progress since last meeting' and 'RAG' columns, its header "
        "repeated on the second page, a closed young carers referral kept in it, and a RAG key under it. "
        "The alcohol service reports on change and the grandmother's help has a fallback. Faults: the "
        "social worker's direct work with Kai 'Carried forward' with no new date; the women's recovery "
        "group measured by 'Engagement with the service'; 'Core group' sharing worries; Talking "
        "Therapies' CBT only treating the mother; an outcome about the mother only; and nothing about "
        "legal planning if the plan does not work."
    ),
    "blocks": [
        ("title", "Child Protection Plan - updated at review conference"),
        ("kv", [
            ("Children", "Kai Lindley, born 11/06/2016 (9), Year 5; Poppy Lindley-Cole, born 27/08/2021 (4), "
                         "Reception. Both at Hoxbury Green Primary School."),
            ("Address", "31 Sedge Lane, Hoxbury HX7 2DN"),
            ("Household", "Jade Lindley (30), mother; Ryan Cole (33), Poppy's father and Jade's partner. Kai's "
                          "father is not in touch."),
            ("Family", "Carol Lindley, maternal grandmother, 6 Bure Close, Hoxbury; Leanne Price, Jade's "
                       "sister, 19 Reed Avenue, Hoxbury"),
            ("Category", "Neglect (both children). Initial conference 16/09/2025; first review conference "
                         "09/12/2025, chaired by Frances Odell (IRO)."),
            ("Social worker", "Lauren Pike, Hoxbury Children and Families Team East (team manager: Neil Baird)"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Jade has been dependent on alcohol for about four years and has anxiety. On 28/08/2025 she "
              "came to collect Poppy from nursery drunk and fell on the steps; staff kept Poppy and rang the "
              "police. Kai told his teacher he makes Poppy's tea \"when Mum's had her wine\" and puts Jade to "
              "bed. Ryan works 7am to 4pm on building sites and was not at home on the days Jade drank most. "
              "There was one argument between Jade and Ryan in July 2025 when the police were called; no one "
              "was hurt."),
        ("h1", "What has changed since the initial conference"),
        ("bullets", [
            "Jade has been to 11 of 12 key work sessions at Hoxbury Alcohol and Drug Service (HADS), and 10 "
            "of her 11 breath tests at home visits were 0.00. One test on 04/11/2025 read 0.12.",
            "Carol has collected Poppy from school Monday to Thursday since October, and Ryan takes Poppy to "
            "Breakfast Club on his way to work.",
            "Kai has been going to the young carers' club on Wednesdays and says it is \"the best bit of the "
            "week\".",
            "Poppy's attendance this term is 93%, up from 81% in September.",
            "Lauren was off work in October and November, and the direct work with Kai did not start.",
        ]),
        ("h1", "What Kai and Poppy say"),
        ("p", "Kai (seen on his own at school, 01/12/2025): \"Mum's better, she doesn't smell of wine as much.\" "
              "\"I still check on her when I get in.\" He scored home 6 out of 10 (it was 3 in September) and "
              "said it would be a 9 \"if Mum never had wine and I didn't have to do Poppy's tea\". He wants to "
              "keep going to the young carers' club and to try out for the football team."),
        ("p", "Poppy (at home with Lauren, 27/11/2025) said she likes \"Nanna Carol's house, she has a cat\". "
              "Asked what happens when Mummy is poorly, she said \"Kai does my tea and I watch TV\"."),
        ("h1", "What we want to happen"),
        ("numbers", [
            "Kai and Poppy are cared for by a sober adult at all times.",
            "Kai no longer has to look after his mum or his sister, and has time to be 9.",
            "Poppy goes to school every day, on time, fed and ready to learn.",
            "Jade will stop drinking and her anxiety will be under control.",
        ]),
        ("h1", "The plan"),
        ("p", "Rows added at the initial conference (ICPC), a core group (CG) or this review conference "
              "(RCPC) stay in the table, with their progress and RAG rating updated at each meeting."),
        ("table", {
            "header": ["Ref", "Added", "Task", "Person / agency", "Target", "Evidence of change",
                       "Progress since last meeting", "RAG"],
            "widths": [1.1, 1.9, 5.9, 3.4, 3.0, 4.5, 4.3, 1.6],
            "rows": [
                ["1.1", "ICPC 16/09/25",
                 "Jade will not drink any alcohol while she is caring for Kai or Poppy, and will take a breath "
                 "test at every home visit",
                 "Jade Lindley (Mum)",
                 "At every home visit until the next review",
                 "Breath test reading of 0.00 written on the visit record",
                 "10 of 11 tests 0.00; 0.12 on 04/11/25",
                 "A"],
                ["1.2", "ICPC 16/09/25",
                 "Home visits, one in three unannounced, seeing Kai and Poppy on their own and checking the "
                 "fridge and recycling for alcohol",
                 "Lauren Pike (SW)",
                 "Every two weeks",
                 "Visit record on file within 48 hours with each child's words",
                 "Visits covered by duty SW in Oct/Nov; children seen alone at 8 of 10",
                 "G"],
                ["1.3", "ICPC 16/09/25",
                 "Key work sessions with Jade on her drinking, with a breath test at each session and a CDT "
                 "blood test every month, and a written report on whether Jade is staying sober and what that "
                 "means for her care of Kai and Poppy",
                 "Marie Tolan, recovery worker, HADS",
                 "Weekly; report before each core group",
                 "Test results e-mailed to Lauren each week; report on file before each core group",
                 "11 of 12 sessions; CDT in range in Oct and Nov",
                 "G"],
                ["1.4", "CG2 21/10/25",
                 "Eight sessions of CBT with Jade for her anxiety",
                 "Hoxbury Talking Therapies (Ollie Grant, CBT therapist)",
                 "Weekly, 06/01/2026 to 24/02/2026",
                 "Attendance letter to Lauren after sessions 4 and 8",
                 "On waiting list; start date now 06/01/26",
                 "A"],
                ["1.5", "CG2 21/10/25",
                 "Go to the HADS Women's Recovery Group",
                 "Jade Lindley (Mum)",
                 "Thursdays, 10am to 12pm, from 08/01/2026",
                 "Engagement with the service",
                 "New",
                 "-"],
                ["1.6", "ICPC 16/09/25",
                 "Tell Lauren the same day about any sign that Jade has been drinking while caring for the "
                 "children",
                 "Core group",
                 "The same day",
                 "Logged on the case file and the children's chronology",
                 "Two calls made (nursery, school)",
                 "G"],
                ["2.1", "ICPC 16/09/25",
                 "Refer Kai to Hoxbury Young Carers",
                 "Lauren Pike (SW)",
                 "By 30/09/2025",
                 "Referral accepted",
                 "Done 02/10/25: Kai started the Wednesday club",
                 "Closed"],
                ["2.2", "CG2 21/10/25",
                 "Wednesday young carers' club, and a one-to-one with Kai about what he does at home for Mum "
                 "and Poppy",
                 "Aaron Fyfe, Hoxbury Young Carers",
                 "Club every Wednesday in term time; one-to-one monthly",
                 "Club register; Kai's 'jobs I do at home' list, shared with Lauren after each one-to-one, "
                 "gets shorter",
                 "Kai at 8 of 9 clubs; list down from 7 jobs to 4",
                 "G"],
                ["2.3", "ICPC 16/09/25",
                 "Six sessions of direct work with Kai about Mum's drinking, using his worry jar, ending with "
                 "a 'who I ring' card",
                 "Lauren Pike (SW)",
                 "Carried forward",
                 "Kai's worry jar sheets on file; Kai can tell Lauren who he would ring if Mum is drunk",
                 "Not started (SW off work Oct/Nov)",
                 "R"],
                ["2.4", "ICPC 16/09/25",
                 "Check in with Kai and log anything he says about home",
                 "Gail Horrocks (DSL), Hoxbury Green Primary",
                 "Every Monday morning",
                 "CPOMS notes e-mailed to Lauren every two weeks",
                 "Weekly check-ins held",
                 "G"],
                ["3.1", "ICPC 16/09/25",
                 "Take Poppy to Breakfast Club on his way to work",
                 "Ryan Cole (Poppy's dad)",
                 "Every school day, 7.45am",
                 "Breakfast Club register",
                 "Poppy at 55 of 59 Breakfast Clubs",
                 "G"],
                ["3.2", "ICPC 16/09/25",
                 "Collect Poppy from school and give her tea at her house",
                 "Carol Lindley (MGM)",
                 "Monday to Thursday, 3.15pm",
                 "School collection log shows Carol collected Poppy",
                 "Carol collected on every day",
                 "G"],
                ["3.3", "ICPC 16/09/25",
                 "Send Lauren both children's attendance and late marks from the register",
                 "Gail Horrocks (DSL), Hoxbury Green Primary",
                 "Every Friday",
                 "Both children at 95% or more by the February half term",
                 "Kai 96%, Poppy 93%",
                 "A"],
                ["3.4", "RCPC 09/12/25",
                 "Health check for Kai and Poppy (height, weight, eyesight) and help Jade register them with a "
                 "dentist",
                 "Sophie Marr, school nurse, Hoxbury 0-19 Service",
                 "By 27/02/2026",
                 "Health check letter on Lauren's file; dentist registration confirmed",
                 "New",
                 "-"],
                ["4.1", "RCPC 09/12/25",
                 "Review Jade's anxiety medication, check her liver function, and write to Lauren with the "
                 "results",
                 "Dr Neil Parkes (GP), Sedge Lane Surgery",
                 "By 30/01/2026",
                 "GP letter with blood results on Lauren's file",
                 "New",
                 "-"],
                ["4.2", "RCPC 09/12/25",
                 "Go with Jade to a HADS family session to agree a written 'no alcohol in the house' plan",
                 "Ryan Cole, with Jade",
                 "By 20/02/2026",
                 "Signed plan on Lauren's file; no alcohol found at any visit after it",
                 "New",
                 "-"],
            ],
        }),
        ("p", "RAG key: G on track; A some progress, still a worry; R not started or not working; Closed = "
              "one-off task done; - new at this meeting."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jade is found drunk while caring for Kai or Poppy, or a breath test shows any alcohol when she "
            "is caring for them, Ryan (or Carol if Ryan is at work) takes over the children's care that day, "
            "and Lauren (or the Emergency Duty Team) visits the same day and sees both children.",
            "If Jade is drunk and no sober adult is at home, whoever finds this rings the police, and the "
            "children go to Carol's house at 6 Bure Close that night; Lauren holds a strategy discussion the "
            "next working day.",
            "If Carol cannot collect Poppy or have the children (she is ill or away), she rings Lauren that "
            "day. Leanne Price (19 Reed Avenue, agreed on 09/12/2025) collects Poppy and has the children "
            "instead. If neither can, Lauren arranges an emergency foster placement for that night.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks at Hoxbury Green Primary, Tuesdays at 3.45pm: 13/01/2026, 24/02/2026, "
            "07/04/2026 and 19/05/2026.",
            "Next review child protection conference: 09/06/2026 at 2pm, Hoxbury Town Hall.",
        ]),
    ],
    "findings": [
        F("T001", "Six sessions of direct work with Kai about Mum's drinking"),
        F("M002", "Go to the HADS Women's Recovery Group"),
        F("W002", "Tell Lauren the same day about any sign"),
        F("H001", "Eight sessions of CBT with Jade for her anxiety"),
        F("F002", "Jade will stop drinking and her anxiety will be under control."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group plan, three children, neglect, father's cannabis use. Pipe
#    table whose "Who - by when" cell holds the owner and the date together,
#    with a tick column per child. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_helmsworthy_core_group_who_by_when_cell_child_ticks_naylor.md",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-plan-md-bold-details-lines-why-were-worried-whats-going-well-childrens-words-outcomes-per-child-then-pipe-table-no-what-we-will-do-who-dash-by-when-in-one-cell-how-well-know-and-a-tick-column-per-child-ella-sam-rosie-then-if-things-go-wrong-meetings",
    "description": (
        "Core group plan for an 11-year-old, a 7-year-old and a 3-year-old living with neglect: their "
        "father smokes cannabis every day, sometimes in the house and while caring for them in the "
        "evenings when their mother is at work; the home is dirty, the youngest's speech is delayed, the "
        "7-year-old has untreated tooth decay and the 11-year-old does much of the caring. The plan is a "
        "pipe table whose 'Who - by when' cell holds the owner and the date together ('Farah (SW) - every "
        "week until the review'), with a tick column for each child saying whom each action is for. "
        "Faults: 'Family - as and when' for help with washing and school runs; a young carers referral "
        "'asap'; a speech and language referral with '-' for how we'll know; the father's cannabis use "
        "recorded with no adult service owning any action (he only makes his own appointment); and a "
        "contingency that sends the children to their grandmother with nothing said if she cannot help."
    ),
    "text": """\
# Helmsworthy Council - Children's Services
## Child protection plan (core group 2): Ella, Sam and Rosie Naylor

**Children:** Ella Naylor, born 08/11/2014 (11, Year 6); Sam Naylor, born 21/10/2018 (7, Year 3), both at
St Mark's CE Primary, Helmsworthy; Rosie Naylor, born 30/06/2022 (3), Bluebell Pre-school
**Home:** 47 Foundry Street, Helmsworthy HL3 8RW
**Parents:** Kerry Naylor (34), works evening shifts at Oakridge Care Home; Jason Naylor (36), at home
**Family:** Sue Naylor (Nana Sue, Jason's mum), 22 Hawthorn Road; Michelle Brook (Kerry's sister), Wickham Estate
**Category:** Neglect (all three). Initial conference 11/12/2025, chaired by Graham Tull (IRO).
**Social worker:** Farah Siddiqui, Helmsworthy Family Safeguarding Team (team manager: Peter Lowe)
**This plan:** updated at the second core group, 15/01/2026, St Mark's CE Primary

### Why we are worried

Jason smokes cannabis every day. He has smoked it in the living room and in the back bedroom, and he
looks after the children on the four evenings a week when Kerry works 5pm to 11pm. On 28/11/2025 Ella
rang Kerry at work because she could not wake Jason and Rosie was crying; Kerry came home at 9pm and
found Rosie in a wet nappy and Sam still in his school uniform. The house has dirty dishes and
washing on most surfaces, and the children's bedding is rarely changed. Rosie says about ten single
words and is not yet joining two together. Sam has tooth decay in six teeth and was on the waiting list
for extractions until Kerry missed the pre-assessment in October. Ella and Rosie have had head lice
since September. Ella gets Sam and Rosie ready for bed most evenings.

### What's going well

- Kerry and Jason came to both meetings and agree the house is "not how it should be".
- Nana Sue has collected Rosie from pre-school on Tuesdays and Thursdays since December and gives all
  three children their tea on those days.
- Sam loves football and has a good friend, Tyler. Ella has been picked for the Year 6 choir.
- Jason has stopped smoking in the living room since the conference, and Farah has not smelled
  cannabis downstairs at her last three visits.

### What the children say

**Ella** (with Farah at school, 08/01/2026): "I do the bedtimes because Dad falls asleep." "I'm tired
in the mornings." "I want to go to choir and not worry about Rosie." She scored home 4 out of 10.

**Sam** (at home, 08/01/2026): "My teeth hurt when I eat sweets and cold things." "Nana Sue's is the
best, she makes chips." He would like "to play football on a team".

**Rosie** is 3. At pre-school she plays near the adults, takes food from other children's plates, and
points and pulls staff by the hand for what she wants. At home Farah saw her go to Ella, not to Kerry
or Jason, when she fell over.

### What we want for the children

- **Ella:** has time to be 11 (choir, friends, homework) and does not have to look after Sam and Rosie
  at night.
- **Sam:** his teeth are treated and he is not in pain; he gets to school clean and on time.
- **Rosie:** she is cared for by a sober adult at all times, her talking is assessed and helped, and
  she is free of head lice.
- **All three:** live in a clean home with a sober adult caring for them every evening.

### The plan

The "Who - by when" column gives the person doing each thing and the date or how often. A tick in a
child's column means the action is for that child.

| No. | What we will do | Who - by when | How we'll know | Ella | Sam | Rosie |
|---|---|---|---|---|---|---|
| 1 | Home visits, one in three unannounced: see each child on their own, and look at the kitchen, the bedding and the bathroom | Farah (SW) - every week until the review conference | Visit record within 48 hours with each child's words and the home checklist score | ✓ | ✓ | ✓ |
| 2 | Not smoke cannabis in the house, and not smoke anything at all on the evenings he is looking after the children | Jason (Dad) - every day from 16/01/2026 | No smell of cannabis and no smoking kit found at any SW or HV visit | ✓ | ✓ | ✓ |
| 3 | Ring Pathways Helmsworthy (drug service) to book an assessment and go to it | Jason (Dad) - by 30/01/2026 | Appointment letter shown to Farah | - | - | - |
| 4 | Keep the kitchen, the bathroom and the children's beds to the home checklist standard, with the bedding washed every week | Kerry (Mum) - every day, checked at Farah's visits | Checklist score 7 out of 10 or more at every visit from 01/02/2026 | ✓ | ✓ | ✓ |
| 5 | Collect Rosie from pre-school and give all three children their tea at her house | Nana Sue (PGM) - Tuesday and Thursday, 3pm | Pre-school collection sheet; Sue texts Farah each Thursday night | ✓ | ✓ | ✓ |
| 6 | Help Kerry with the washing and with getting Ella and Sam to school | Family - as and when | Ella and Sam arrive in clean uniform (school's Friday e-mail) | ✓ | ✓ | - |
| 7 | Check in with Ella and Sam, and e-mail Farah their attendance, late marks and anything logged on CPOMS | Mrs Lorna Healey (DSL) - check-ins every Monday, e-mail every Friday | Weekly e-mail on Farah's file; both children at 95% or more by the Easter holidays | ✓ | ✓ | - |
| 8 | Refer Ella to Helmsworthy Young Carers for a young carer's assessment | Farah (SW) - asap | Young carer's assessment shared with the core group | ✓ | - | - |
| 9 | Four sessions with Ella about what she does at home and what she would like to do instead | Farah (SW) - every two weeks, 22/01/2026 to 05/03/2026 | Ella's "my week" wheel on file, with fewer caring jobs on it at each session | ✓ | - | - |
| 10 | Refer Rosie to Helmsworthy Children's Speech and Language Therapy for an assessment of her talking | Tracey Minto (pre-school SENCO) - by 23/01/2026 | - | - | - | ✓ |
| 11 | E-mail Farah Rosie's attendance and how she arrives (clean, dressed, fed, hair clear) | Tracey Minto (pre-school SENCO) - every Friday | Weekly e-mail on file; Rosie at 90% or more of her sessions | - | - | ✓ |
| 12 | Rosie's 3-year health review: weight, teeth, immunisations and a head lice check | Ruth Kellaway (HV) - by 13/02/2026 | HV record copied to Farah; immunisations up to date on the GP record | - | - | ✓ |
| 13 | Take Sam to his dental pre-assessment and extraction appointments at Helmsworthy Community Dental Service | Kerry (Mum) - pre-assessment on 04/02/2026, then each date as booked | Dental service letter copied to Farah after each appointment | - | ✓ | - |
| 14 | Treat Ella's and Rosie's hair with the lotion and comb it through | Kerry (Mum) - every Sunday evening from 18/01/2026 | Hair found clear at school and pre-school checks on Mondays | ✓ | - | ✓ |
| 15 | A place for Sam at the Thursday after-school football club, paid for by the school | Mr Dean Fairclough (PE lead) - every Thursday from 22/01/2026 | Club register sent to Farah each half term | - | ✓ | - |
| 16 | Go to the Family Foundations parenting course at Helmsworthy Family Hub together | Kerry and Jason - Wednesdays 9.30am, 21/01/2026 to 11/03/2026 | Course register; certificate on Farah's file | ✓ | ✓ | ✓ |

Key: SW social worker; DSL designated safeguarding lead; SENCO special educational needs co-ordinator;
HV health visitor; PGM paternal grandmother; CPOMS the school's safeguarding record.

### If things go wrong

- If Jason is under the influence of cannabis while he is looking after the children, or they are
  found without a sober adult, Kerry or the person who finds them rings Farah (or the Emergency Duty
  Team). The children go to Nana Sue's at 22 Hawthorn Road that night, and Farah holds a strategy
  discussion the next working day.
- If any child has an injury no one can explain, or says someone has hurt them, the school,
  pre-school or health visitor rings Farah straight away and Farah holds a strategy discussion the
  same day.
- If the home checklist score is below 7 at three visits running, or cannabis is found in the house,
  Farah will ask Peter Lowe for a legal planning meeting within 10 working days to decide whether to
  start the Public Law Outline.

### Meetings

- Core group every four weeks at St Mark's CE Primary, Thursdays at 9.30am: next on 12/02/2026.
- Review child protection conference: 10/03/2026 at 1pm, Helmsworthy Council Offices.
""",
    "findings": [
        F("W002", "Help Kerry with the washing and with getting Ella"),
        F("T002", "Help Kerry with the washing and with getting Ella"),
        F("T002", "Refer Ella to Helmsworthy Young Carers for a young"),
        F("M001", "Refer Rosie to Helmsworthy Children's Speech and Language Therapy"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan: one table split by stage banner rows that give each
#    stage's dates, task cells listing the steps of one task as bullets,
#    page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_hindlestone_prebirth_stage_banners_steps_in_cell_ashworth.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Ashworth-Mellor",
    "split": "heldout",
    "actions": 17,
    "min_pages": 2,
    "font_size": 10,
    "header": "Hindlestone Council Children's Services · Pre-birth Child Protection Plan · OFFICIAL-SENSITIVE",
    "footer": "Baby Ashworth-Mellor (EDD 06/04/2026) · plan of 13/01/2026 · page {PAGE} of {NUMPAGES}",
    "template": "prebirth-plan-paged-header-footer-about-baby-two-column-grid-worries-strengths-babys-world-and-ambers-words-outcomes-then-one-table-no-task-lead-when-what-we-will-see-split-by-stage-banner-rows-with-dates-task-cells-listing-steps-of-one-task-as-bullets-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary pre-birth plan for an unborn boy. His mother (21, a care leaver) has complex PTSD and a "
        "history of self-harm, with an overdose in May 2025, and is under the perinatal mental health "
        "team; his father smokes cannabis daily and punched a door during an argument in November. The "
        "plan is one table (No. / Task / Lead / When / What we will see) split by three stage banner rows "
        "that give each stage's dates (now to 36 weeks, the birth and the ward, the first eight weeks at "
        "home); several task cells list the steps of that one task as bullets. The perinatal team reports "
        "on the mother's capacity to change at both stages, the drug service reports on the father's, "
        "the former foster carer's nights have a fallback, legal planning follows named triggers, core "
        "group and review dates are set, and the baby's world and his mother's words are recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Agreed at the pre-birth initial child protection conference on 13/01/2026 (28+1 weeks), chaired "
              "by Denise Farrar (conference chair)."),
        ("table", {
            "rows": [
                ["Baby", "Baby boy Ashworth-Mellor (unborn). EDD 06/04/2026. To be born at Hindlestone Royal "
                         "Infirmary."],
                ["Mother", "Amber Ashworth (21). Care leaver; lived with foster carer Val Dobson from 13 to 18."],
                ["Father", "Connor Mellor (23). Lives with Amber."],
                ["Address", "Flat 3, 14 Kiln Row, Hindlestone HN5 2PE"],
                ["Family and friends", "Val Dobson, Amber's former foster carer, 8 Sorrel Way; Tina Mellor, "
                                       "Connor's mum, 61 Brook Street"],
                ["Category", "Unborn: risk of neglect and emotional harm"],
                ["Social worker", "Rhiannon Pugh, Hindlestone Assessment and Safeguarding Team (team manager: "
                                  "Colin Barker)"],
                ["Specialist midwife", "Bethan Lloyd, safeguarding midwife, Hindlestone Royal Infirmary"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "What we are worried about"),
        ("p", "Amber has complex post-traumatic stress disorder after abuse in her early childhood, and has "
              "self-harmed since she was 14. In May 2025 she took an overdose after an argument with Connor and "
              "spent two nights on a medical ward. She has been under the Hindlestone Perinatal Mental Health "
              "Team since 16 weeks of pregnancy. Connor smokes cannabis every day, usually in the evenings. On "
              "22/11/2025 neighbours called the police during an argument in which Connor punched the bedroom "
              "door; Amber was not hurt and no one was arrested. The flat has no cot or baby equipment yet."),
        ("h1", "What is going well"),
        ("bullets", [
            "Amber has been to every antenatal and perinatal team appointment since booking.",
            "Amber has not self-harmed since August 2025 and uses her safety plan; she told the conference "
            "\"I want him to have what I didn't\".",
            "Connor has agreed to see the drug service and says he will stop smoking before the baby comes.",
            "Val has known Amber for eight years, visits weekly and has offered to stay for the first week "
            "after the birth.",
        ]),
        ("h1", "Baby's world, and what Amber says"),
        ("p", "Baby cannot tell us what he needs, so we have written down what we know. At the 20-week scan he "
              "was growing well, and the midwife has plotted his growth on the customised chart since: he is "
              "following the 40th centile. He kicks most in the evening, and Amber puts Connor's hand on her "
              "bump to feel it. He will come home to a first-floor flat with one bedroom. He will need feeding "
              "every two to three hours, a cot by the bed, and calm adults who do not smoke near him and do not "
              "shout."),
        ("p", "Amber (with Rhiannon, 06/01/2026): \"When he cries I'll pick him up. Nobody picked me up.\" \"I "
              "get scared I'll go back to how I was. Val's the one I ring.\""),
        ("h1", "What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home only when the discharge planning meeting has agreed who will "
            "care for him and how.",
            "Baby is fed when he is hungry, gains weight and sleeps in his own cot in a smoke-free flat.",
            "Baby is cared for by parents who are calm with each other, with Amber well enough to respond to "
            "his cries day and night, and by a father who does not use cannabis.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three stages. The bar across the table gives each stage's dates. Where a task "
              "cell lists several steps, they are the steps of that one task, and the lead and the check on "
              "its row cover all of them."),
        ("table", {
            "header": ["No.", "Task", "Lead", "When", "What we will see"],
            "widths": [1.0, 6.2, 3.2, 2.9, 3.7],
            "rows": [
                ["STAGE 1: from the conference until 36 weeks (13/01/2026 to 09/03/2026)", H, H, H, H],
                ["1.1",
                 "Antenatal appointments at Kiln Row Children's Centre:\n"
                 "• measure baby's growth and plot it on the growth chart\n"
                 "• see Amber on her own for part of each appointment and ask about her mood and home",
                 "Olivia Marsh, community midwife",
                 "Every 2 weeks until 36 weeks",
                 "Growth chart in the maternity notes; contact note e-mailed to Rhiannon within 2 working "
                 "days"],
                ["1.2",
                 "Safeguarding birth plan on the maternity record, saying Rhiannon (or the Emergency Duty "
                 "Team) is told of the birth and baby is not discharged before the discharge planning meeting",
                 "Bethan Lloyd, safeguarding midwife",
                 "By 32 weeks (09/02/2026)",
                 "Birth plan on the maternity system; copy on Rhiannon's file"],
                ["1.3",
                 "Perinatal mental health assessment and support for Amber:\n"
                 "• home visits to go through her mood, sleep and safety plan\n"
                 "• a written view on whether Amber is making the changes baby needs and how long further "
                 "change is likely to take",
                 "Nina Castellano, perinatal mental health nurse, Hindlestone Perinatal Mental Health Team",
                 "Visits every 2 weeks; written view by 34 weeks (23/02/2026)",
                 "Visit dates e-mailed to Rhiannon; written view on Rhiannon's file by 23/02/2026"],
                ["1.4",
                 "Keep to her safety plan and ring Nina or the crisis line if she has thoughts of harming "
                 "herself",
                 "Amber Ashworth (Mum)",
                 "Every day; Nina goes through it at each visit",
                 "Safety plan filled in and seen by Nina at each visit; no self-harm on the perinatal record"],
                ["1.5",
                 "Drug service work with Connor:\n"
                 "• an assessment, then weekly key work on stopping cannabis\n"
                 "• a urine test at each session\n"
                 "• a report on whether he has stopped and is likely to stay stopped once baby is born",
                 "Jamie Holt, recovery worker, Compass Hindlestone (drug service)",
                 "Assessment by 23/01/2026; weekly after; report by 34 weeks (23/02/2026)",
                 "Test results e-mailed to Rhiannon after each session; report on Rhiannon's file by "
                 "23/02/2026"],
                ["1.6",
                 "Go to the six-session 'Calmer Dads' course about anger and arguments, run by Hindlestone "
                 "Family Hub",
                 "Connor Mellor (Dad)",
                 "Wednesdays 6pm, 21/01/2026 to 25/02/2026",
                 "Course register sent to Rhiannon after each session; the facilitator's end-of-course letter"],
                ["1.7",
                 "Pre-birth parenting assessment with Amber and Connor:\n"
                 "• four sessions at the flat\n"
                 "• one session at Val's with Val\n"
                 "• one observation at the Bump and Baby class",
                 "Rhiannon Pugh (SW)",
                 "Weekly from 19/01/2026; report by 34 weeks (23/02/2026)",
                 "Report with a recommendation for the birth and discharge, shared with Amber, Connor and the "
                 "core group by 23/02/2026"],
                ["1.8",
                 "Antenatal visit: safe sleep, coping with crying (ICON), smoke-free home, and the home safety "
                 "checklist",
                 "Sadia Karim, health visitor",
                 "By 32 weeks (09/02/2026)",
                 "Antenatal contact record and checklist e-mailed to Rhiannon; cot seen set up by 36 weeks"],
                ["1.9",
                 "Chair the discharge planning meeting with Amber, Connor, Val and the professionals, and agree "
                 "who will be with Amber and baby on the ward and at home",
                 "Bethan Lloyd, safeguarding midwife",
                 "At 36 weeks (09/03/2026)",
                 "Written discharge plan, signed by Amber and Connor, sent to the core group within 2 working "
                 "days"],
                ["STAGE 2: the birth and the postnatal ward (expected 2 to 3 days)", H, H, H, H],
                ["2.1",
                 "Ring Rhiannon (or the Emergency Duty Team out of hours) to say baby has been born",
                 "Midwife in charge, labour ward",
                 "Within 2 hours of the birth",
                 "Call recorded in the maternity notes and on the EDT log"],
                ["2.2",
                 "Observe and write down baby's care on the ward:\n"
                 "• how Amber and Connor feed, change and settle him\n"
                 "• how Amber is in her mood and sleep\n"
                 "• any visitor who seems under the influence",
                 "Postnatal ward midwives (midwife in charge each shift)",
                 "Every shift until discharge",
                 "Parenting observation sheet in baby's notes, copied to Rhiannon before discharge"],
                ["2.3",
                 "See baby, Amber and Connor on the ward, and read the parenting observation sheet",
                 "Rhiannon Pugh (SW)",
                 "Within 24 hours of the birth, and the day before discharge",
                 "Visit records saying how baby was fed and how Amber answered his cries"],
                ["STAGE 3: home, from discharge until baby is 8 weeks old", H, H, H, H],
                ["3.1",
                 "Stay at the flat and do the 2am feed so that Amber can sleep",
                 "Val Dobson (Amber's former foster carer)",
                 "The first 7 nights after discharge, then Friday and Saturday nights until baby is 8 weeks old",
                 "Val signs the night feed chart each morning; Rhiannon and Sadia read it at their visits"],
                ["3.2",
                 "New birth visit, then weekly visits:\n"
                 "• weigh baby and plot his weight\n"
                 "• see where he sleeps\n"
                 "• complete the Edinburgh scale with Amber",
                 "Sadia Karim, health visitor",
                 "New birth visit at 10-14 days, then every week until baby is 8 weeks old",
                 "Weights in the red book; Edinburgh scores and safe sleep written in the health visiting "
                 "record and e-mailed to Rhiannon"],
                ["3.3",
                 "Home visits, one in three unannounced: see baby awake and undressed, and ask about sleep, "
                 "cannabis and arguments",
                 "Rhiannon Pugh (SW)",
                 "Twice a week for the first 4 weeks, then weekly",
                 "Visit records within 48 hours, saying who was caring for baby and where he slept"],
                ["3.4",
                 "Home visits to Amber after the birth, watching for early signs of postnatal illness, and a "
                 "written update to each core group on whether Amber can care for baby safely and how long any "
                 "further work is likely to take",
                 "Nina Castellano, perinatal mental health nurse",
                 "Weekly until baby is 6 weeks old, then every 2 weeks",
                 "Written update on Rhiannon's file 2 working days before each core group"],
                ["3.5",
                 "Baby's 6-8 week check and Amber's postnatal check, with a letter to Rhiannon about anything "
                 "that worries her",
                 "Dr Elaine Whitby, GP, Kiln Row Surgery",
                 "At the 6-8 week check",
                 "GP letter on Rhiannon's file within a week of the check"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Amber self-harms, talks about ending her life, or shows the early signs in her safety plan "
            "(not sleeping for two nights, not eating, cutting herself off): Connor or Val rings Nina (or the "
            "Hindlestone Crisis Team out of hours) that day; Amber is not left alone with baby until Nina or "
            "the Crisis Team say she is well enough; and Rhiannon holds a strategy discussion the same day.",
            "If any urine test shows cannabis after 32 weeks, or Connor is seen under the influence: Connor "
            "goes to stay at his mum's (61 Brook Street) that day, and Rhiannon asks Colin Barker for a legal "
            "planning meeting within 5 working days to decide whether to start pre-proceedings under the "
            "Public Law Outline.",
            "If there is shouting or violence between Amber and Connor, or the police are called: Connor "
            "leaves the flat the same day, Amber rings 999 if she or baby is in danger, and Rhiannon holds a "
            "strategy discussion that day.",
            "If Val cannot do the nights (she is ill or away), she or Amber rings Rhiannon that day and Tina "
            "Mellor (61 Brook Street, agreed on 12/01/2026) stays instead. If neither can, Amber and baby "
            "stay on the ward until another adult is agreed at a reconvened discharge planning meeting, or, "
            "if they are already home, Rhiannon arranges a parent and baby foster placement that day.",
            "If Nina's view or the parenting assessment on 23/02/2026 says baby could not be safely cared for "
            "at home, Rhiannon asks Colin Barker for a legal planning meeting before 36 weeks.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks at Kiln Row Children's Centre, Mondays at 10am: 26/01/2026, "
            "16/02/2026 and 09/03/2026; then within 10 working days of the birth.",
            "Review child protection conference: 09/04/2026 at 11am, Hindlestone Civic Centre (if baby is not "
            "yet born, the conference still goes ahead).",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group plan after domestic abuse, pasted from a spreadsheet as
#    tab-separated rows under headers in capitals, with a key under them.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_hollowmere_spreadsheet_paste_caps_tabs_key_pryor.txt",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-plan-txt-underlined-caps-headings-details-lines-worries-going-well-childrens-words-outcomes-then-spreadsheet-rows-pasted-tab-separated-ref-need-task-lead-support-start-target-date-what-good-looks-like-status-empty-cells-as-double-tabs-closed-row-then-key-to-abbreviations-contingency-meetings",
    "description": (
        "Core group plan for a 13-year-old and an 8-year-old after domestic abuse by the 8-year-old's "
        "father, who breached a non-molestation order in December; the 13-year-old self-harms, the "
        "8-year-old wets the bed, and their mother has anxiety and panic attacks. The plan was kept in a "
        "spreadsheet and pasted into the record as tab-separated rows under headers in capitals (REF, "
        "NEED, TASK, LEAD, SUPPORT, START, TARGET DATE, WHAT GOOD LOOKS LIKE, STATUS), with empty cells "
        "left as double tabs, a closed row, and a key to abbreviations under them. The GP owns an action "
        "for the mother's anxiety and CAMHS assesses the 13-year-old. Faults: a direct work row whose "
        "lead is 'TBC'; a passive sanctuary referral with no lead; the school mentor's check-ins "
        "'Ongoing' with no start date; the police's drive-pasts measured by 'Monitored'; a housing "
        "transfer row with nothing under what good looks like; a contingency that only says the social "
        "worker will talk to her manager and the core group will review the plan; and nothing about "
        "legal planning."
    ),
    "text": "HOLLOWMERE BOROUGH COUNCIL - CHILDREN'S SOCIAL CARE\n"
            "CHILD PROTECTION PLAN - CORE GROUP 2 (20/01/2026)\n"
            "===================================================\n"
            "\n"
            "Children:        Mia Pryor, born 17/02/2012 (13), Year 9, Hollowmere Academy\n"
            "                 Jack Dodd-Pryor, born 04/07/2017 (8), Year 4, Greyfriars Primary School\n"
            "Address:         16 Chantry Walk, Hollowmere HW2 6GE\n"
            "Mother:          Lisa Pryor (38)\n"
            "Jack's father:   Wayne Dodd (40), no fixed address; non-molestation order to 21/10/2026\n"
            "Mia's father:    not in touch\n"
            "Category:        Emotional abuse (both). Initial conference 18/12/2025.\n"
            "Social worker:   Hannah Greaves, Hollowmere Children's Safeguarding Team 2\n"
            "Team manager:    Andrew Fenton\n"
            "\n"
            "WHY WE ARE WORRIED\n"
            "------------------\n"
            "Wayne was violent to Lisa for six years, often in front of the children. He was arrested in\n"
            "September 2025 after strangling Lisa in the kitchen while Jack watched from the stairs, and Lisa\n"
            "got a non-molestation order in October. On 09/12/2025 he came to the house drunk at 11pm,\n"
            "kicked the front door and shouted threats; Mia rang 999. Mia has been cutting her arms since\n"
            "October and told the school nurse she \"can't switch off at night\". Jack wets the bed most\n"
            "nights, has hit other children at school twice this term, and keeps asking when he can see his\n"
            "dad. Lisa has anxiety and panic attacks and has not been out of the house alone since\n"
            "December.\n"
            "\n"
            "WHAT IS GOING WELL\n"
            "------------------\n"
            "- Lisa called the police when Wayne came to the house and supports the order being kept.\n"
            "- Mia has told her form tutor and the school nurse about the cutting and agreed to see CAMHS.\n"
            "- Jack's teacher says he is calmer on the days he has his ELSA session.\n"
            "- Lisa's friend from work, Dawn, does the shopping with her on Saturdays.\n"
            "\n"
            "WHAT MIA AND JACK SAY\n"
            "---------------------\n"
            "Mia (with Hannah at school, 13/01/2026): \"Every time a car stops outside I think it's him.\"\n"
            "\"I cut when it's all too loud in my head.\" She wants \"a house where he can't find us\" and to\n"
            "keep going to art club. She scored how safe she feels at home as 3 out of 10.\n"
            "\n"
            "Jack (at home, 15/01/2026): \"Dad shouted and the door went bang.\" \"I miss my dad but not the\n"
            "shouting.\" He drew his bed with a big cloud over it and said the cloud is \"the bad dreams\".\n"
            "\n"
            "WHAT WE WANT FOR MIA AND JACK\n"
            "-----------------------------\n"
            "1. Mia and Jack live in a home where Wayne cannot come, and they know what to do if he does.\n"
            "2. Mia's self-harm is understood and treated, and she has an adult at school she can go to.\n"
            "3. Jack sleeps through more nights dry, and has help at school with his anger and his worries.\n"
            "4. Mia and Jack are cared for by a mum who can get out and about with them and is not\n"
            "   frightened in her own home.\n"
            "\n"
            "THE PLAN (pasted from the core group spreadsheet, updated 20/01/2026)\n"
            "---------------------------------------------------------------------\n"
            "REF\tNEED\tTASK\tLEAD\tSUPPORT\tSTART\tTARGET DATE\tWHAT GOOD LOOKS LIKE\tSTATUS\n"
            "R01\tSAFETY\tRing 999 each time Wayne comes to the house or contacts her or the children\tLisa\tIDVA\t18/12/2025\tEach time he comes near or makes contact\tEvery breach on the police log with a reference number, texted to SW\tOPEN\n"
            "R02\tSAFETY\tReferral to be made to the Hollowmere Sanctuary Scheme for extra locks and a door camera\t\t\t20/01/2026\t06/02/2026\tLocks and camera fitted and seen by SW\tNOT STARTED\n"
            "R03\tSAFETY\tFlag 16 Chantry Walk for a priority response and drive past the house in the evenings\tPC Amy Rutter, Hollowmere Police DA Unit\t\t18/12/2025\tTwice a week until the review conference\tMonitored\tOPEN\n"
            "R04\tSAFETY\tSafety planning sessions with Lisa, with a DASH risk score at each session and a written safety plan for the children\tKath Jennings, IDVA\tSW\t18/12/2025\tWeekly until 27/02/2026\tDASH score on file after each session; safety plan signed by Lisa, copy to SW and both schools\tOPEN\n"
            "R05\tSAFETY\tTell both schools' DSLs about the conference and the non-molestation order\tSW\t\t18/12/2025\t22/12/2025\tE-mail sent to both DSLs\tCLOSED 19/12/2025\n"
            "R06\tCHILDREN\tHome visits, one in three unannounced; see Mia and Jack on their own each time\tSW\t\t18/12/2025\tEvery 2 weeks until the review conference\tVisit record within 48 hours with each child's words\tOPEN\n"
            "R07\tCHILDREN\tDirect work with Mia and Jack about what happened at home and their own safety plans\tTBC\t-\t\tBy 27/03/2026\tEach child's work booklet on file; each can say their safety plan to SW\tNOT STARTED\n"
            "R08\tMIA\tCAMHS assessment of Mia's self-harm and low mood, then sessions as set in her CAMHS care plan\tCAMHS (Dr Owen Lacey)\tSW\t08/01/2026\tAssessment by 06/02/2026, then every 2 weeks\tAssessment letter and care plan copied to SW; Mia's RCADS score at the start and after 6 sessions\tIN PROGRESS\n"
            "R09\tMIA\tCheck-ins with Mia and mentor sessions about how she is coping at school\tMr Rhys Dyer, learning mentor, Hollowmere Academy\t\t\tOngoing\tCheck-in log sent to SW every 2 weeks\tOPEN\n"
            "R10\tMIA\tKeep all blades and medicines in the locked box and check Mia's room with her\tLisa\tSW\t18/12/2025\tEvery evening\tLocked box seen at every SW visit; no new cuts reported by Mia to the school nurse\tOPEN\n"
            "R11\tMIA\tSend SW Mia's attendance and anything logged on CPOMS\tMr Kamal Rana, DSL, Hollowmere Academy\t\t12/01/2026\tEvery Friday\tWeekly e-mail on file; Mia at 95% or more by Easter\tOPEN\n"
            "R12\tJACK\tSix ELSA sessions with Jack about worries, anger and bad dreams\tMrs Nia Barton, ELSA, Greyfriars Primary\t\t19/01/2026\tMondays, 19/01/2026 to 23/02/2026\tJack's worry scale at sessions 1 and 6, shared with SW\tIN PROGRESS\n"
            "R13\tJACK\tRefer Jack to the children's continence clinic for his bedwetting\tCarla Reddy, school nurse\tLisa\t20/01/2026\tBy 13/02/2026\tClinic appointment letter on SW's file\tOPEN\n"
            "R14\tJACK\tSend SW Jack's attendance, behaviour log and anything he says about home\tMrs Joan Ashe, DSL, Greyfriars Primary\t\t12/01/2026\tEvery Friday\tWeekly e-mail on file; fewer entries on the behaviour log each half term\tOPEN\n"
            "R15\tHOME\tSupport Lisa's application for a management transfer to a home away from Wayne's family's area\tDawn Pike, housing officer, Hollowmere Homes\tSW\t20/01/2026\tBy 27/03/2026\t\tOPEN\n"
            "R16\tMUM\tReview Lisa's anxiety and panic attacks and write to SW with the treatment plan and how it will help her get the children to school and out\tDr Harriet Moss, GP, Chantry Surgery\t\t20/01/2026\tBy 06/02/2026\tGP letter on SW's file\tOPEN\n"
            "R17\tMUM\tGo to the Freedom Programme\tLisa\tHollowmere Women's Aid\t13/01/2026\tTuesdays 10am, 13/01/2026 to 31/03/2026\tProgramme register sent to SW monthly; certificate at the end\tIN PROGRESS\n"
            "\n"
            "KEY: SW = Hannah Greaves, social worker. IDVA = independent domestic violence adviser,\n"
            "Hollowmere Domestic Abuse Service. DSL = designated safeguarding lead. ELSA = emotional\n"
            "literacy support assistant. CAMHS = child and adolescent mental health service. DASH =\n"
            "domestic abuse risk checklist. RCADS = anxiety and depression scale. CPOMS = school safeguarding\n"
            "record. STATUS is updated at each core group: OPEN, IN PROGRESS, NOT STARTED, CLOSED.\n"
            "\n"
            "CONTINGENCY\n"
            "-----------\n"
            "If things do not improve for Mia and Jack, or there are further concerns, Hannah will discuss\n"
            "the case with her manager and the core group will meet to review the plan.\n"
            "\n"
            "MEETINGS\n"
            "--------\n"
            "Core group every 4 weeks at Greyfriars Primary, Tuesdays at 2pm: next on 17/02/2026.\n"
            "Review child protection conference: 12/03/2026 at 10am, Hollowmere Civic Centre.\n",
    "findings": [
        F("W002", "Direct work with Mia and Jack about what happened"),
        F("W001", "Referral to be made to the Hollowmere Sanctuary Scheme"),
        F("T002", "Check-ins with Mia and mentor sessions about how she"),
        F("M002", "Flag 16 Chantry Walk for a priority response"),
        F("M001", "Support Lisa's application for a management transfer"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, child criminal exploitation: theme banner
#    rows, a "When" cell merged over rows that share a rhythm, the lead
#    merged over two rows, and "Date agreed" and "Comments" columns beside
#    the work. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_hexenby_cce_theme_banners_merged_when_comments_dunmore.docx",
    "doc_title": "Child Protection Plan - Jordan Dunmore",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-exploitation-plan-docx-landscape-details-kv-what-has-been-happening-what-is-working-jordans-and-lilys-words-what-we-want-then-table-date-agreed-what-will-happen-lead-when-how-we-will-know-comments-theme-banner-rows-when-merged-over-rows-sharing-a-rhythm-lead-merged-over-two-rows-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old boy at risk of criminal exploitation: six "
        "missing episodes since September, found in another town with older men, cash and two phones, "
        "arrested for possession with intent to supply and released under investigation, and men who "
        "came to the house and threatened his mother. The plan is a landscape Word table with 'Date "
        "agreed', 'What will happen', 'Lead', 'When', 'How we will know' and 'Comments' columns, four "
        "theme banner rows, a 'When' cell merged over the rows that share a rhythm ('Within 72 hours of "
        "every return', 'Every school day') and the police lead merged over two rows; the date agreed "
        "and the comments are notes, not the work. No parent is ill or uses drugs. The uncle's evenings "
        "have a fallback, legal planning follows named triggers, core group and review dates are set, "
        "and Jordan's and his sister's words are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Hexenby Metropolitan Council - Children's Services. Agreed at the initial child protection "
              "conference on 15/01/2026, chaired by Yvonne Stroud (conference chair)."),
        ("kv", [
            ("Child", "Jordan Dunmore, born 19/09/2011 (14), Year 9 at Hexenby Park Academy"),
            ("Sister", "Lily Dunmore, born 03/03/2016 (9), Year 5 at Coppice Primary School"),
            ("Home", "27 Tanyard Lane, Hexenby HX9 4JW, with their mum, Nicola Dunmore (41)"),
            ("Father", "Gary Dunmore, lives in Spain; phones the children at weekends"),
            ("Family", "Dean Dunmore (Jordan's uncle), 5 Ropewalk, Hexenby; Karen Shaw (Nicola's sister), "
                       "Low Fold Farm Cottages, Brinsdale"),
            ("Category", "Physical abuse (risk of harm outside the home)"),
            ("Social worker", "Rachel Imrie, Hexenby Adolescent Safeguarding Team (team manager: Owen "
                              "Castle)"),
            ("Exploitation worker", "Kayleigh Frost, Hexenby Missing and Exploitation Team"),
        ]),
        ("h1", "What has been happening"),
        ("p", "Since September 2025 Jordan has been missing six times, for up to three nights. Twice he was "
              "found in Carrowgate, 30 miles away, in a flat with men in their twenties. On 14/11/2025 police "
              "stopped him at Carrowgate station with £400 in cash, two phones and wraps of cocaine; he was "
              "arrested for possession with intent to supply and released under investigation, and a "
              "National Referral Mechanism referral was made. On 30/12/2025 two men came to the house asking "
              "for Jordan and told Nicola he \"owes\" them. Jordan has been excluded for two fixed terms this "
              "year, and smokes cannabis most days."),
        ("h1", "What is working"),
        ("bullets", [
            "Nicola reports Jordan missing every time, and has kept a diary of the cars and names she sees.",
            "Jordan has talked to Kayleigh twice and chose her as the worker he wants to see.",
            "Jordan goes to boxing with his uncle Dean and has never gone missing from there.",
            "Jordan is good with engines and wants to be a mechanic; the academy has found him a place on "
            "a motor vehicle course.",
        ]),
        ("h1", "What Jordan and Lily say"),
        ("p", "Jordan (with Kayleigh, 09/01/2026): \"I'm not a grass.\" \"They said it was easy money, then it "
              "wasn't.\" \"I don't want them coming near Mum and Lily.\" He scored how safe he feels out of the "
              "house as 2 out of 10 and at boxing as 8. He would like \"to do the mechanics course and get my "
              "own money the proper way\"."),
        ("p", "Lily (with Rachel at school, 12/01/2026): \"I can't sleep when Jordan's not back.\" \"The men "
              "at the door were scary.\" She wants \"Jordan to stay home and play Mario Kart with me\"."),
        ("h1", "What we want for Jordan and Lily"),
        ("numbers", [
            "Jordan is home by 9pm every night and stops going missing.",
            "Jordan is no longer used to carry drugs or money, and the adults exploiting him are stopped "
            "from contacting him.",
            "Jordan is in school or on his course every day, and has a plan for Year 10.",
            "Lily feels safe at home, sleeps, and has someone to talk to about her worries.",
        ]),
        ("h1", "The plan"),
        ("p", "The 'Date agreed' and 'Comments' columns are notes for the core group. Where one time is written "
              "over several rows, it is the time for each of them."),
        ("table", {
            "header": ["Date agreed", "What will happen", "Lead", "When", "How we will know", "Comments"],
            "widths": [2.4, 7.0, 3.9, 3.6, 5.2, 3.6],
            "rows": [
                ["1. When Jordan goes missing", H, H, H, H, H],
                ["15/01/2026 (ICPC)",
                 "Report Jordan missing to the police if he is not home by 9pm and not answering his phone",
                 "Nicola Dunmore (Mum)",
                 "By 9.30pm every night he is not home",
                 "Police reference number for each report, texted to Rachel the same night",
                 "9pm agreed with Jordan"],
                ["12/01/2026 (strategy meeting)",
                 "Return home interview with Jordan about where he was, who with and what happened",
                 "Kayleigh Frost (exploitation worker)",
                 "Within 72 hours of every return",
                 "Return home interview record sent to Rachel and the police within 24 hours of the interview",
                 "Jordan chose Kayleigh"],
                ["15/01/2026 (ICPC)",
                 "See Jordan at home after each return, with Nicola and then on his own, and see Lily",
                 "Rachel Imrie (SW)",
                 V,
                 "Visit record within 48 hours with Jordan's and Lily's words",
                 ""],
                ["2. Keeping Jordan away from the people exploiting him", H, H, H, H, H],
                ["15/01/2026 (ICPC)",
                 "Take what is learned from each missing episode to the MACE panel and update Jordan's "
                 "disruption plan",
                 "DS Paul Greer, Hexenby Police Exploitation Hub",
                 "At each monthly MACE meeting: 05/02, 05/03 and 02/04/2026",
                 "MACE minutes listing Jordan's disruption actions, copied to Rachel",
                 ""],
                ["15/01/2026 (ICPC)",
                 "Serve Child Abduction Warning Notices on the two men named by Nicola and Jordan",
                 V,
                 "By 30/01/2026",
                 "Copies of the served notices on Rachel's file",
                 "Names held by police"],
                ["15/01/2026 (ICPC)",
                 "One-to-one sessions with Jordan about exploitation, debt and getting out, with his own "
                 "safety score at each session",
                 "Kayleigh Frost (exploitation worker)",
                 "Every Thursday after school, from 22/01/2026",
                 "Session notes, and Jordan's safety score recorded by Kayleigh each week, sent to Rachel "
                 "fortnightly",
                 "Jordan asked to meet at the boxing gym"],
                ["15/01/2026 (ICPC)",
                 "Ask the Single Competent Authority for the NRM decision, and tell Jordan's solicitor and the "
                 "police",
                 "Rachel Imrie (SW)",
                 "By 13/02/2026",
                 "Decision letter on file, and e-mails to the solicitor and police",
                 ""],
                ["15/01/2026 (ICPC)",
                 "Fit a video doorbell and a door chain through the Safer Homes scheme",
                 "Ann Booth, Hexenby Community Safety Team",
                 "By 06/02/2026",
                 "Doorbell and chain seen fitted by Rachel",
                 "Nicola asked for this"],
                ["3. School, the course and his future", H, H, H, H, H],
                ["15/01/2026 (ICPC)",
                 "Morning check-in with Jordan with a trusted adult, and send Rachel his attendance and "
                 "anything he says",
                 "Mr Leon Baptiste, head of Year 9, Hexenby Park Academy",
                 "Every school day",
                 "Check-in log and attendance e-mailed to Rachel each Friday; Jordan at 90% or more by the "
                 "Easter holidays",
                 ""],
                ["15/01/2026 (ICPC)",
                 "Ring Nicola by 9.30am if Jordan is not in, and ring the police and Rachel if he was not "
                 "home the night before",
                 "Mrs Sandra Holt, attendance officer, Hexenby Park Academy",
                 V,
                 "First-day call log, checked by Mr Baptiste each Friday",
                 ""],
                ["15/01/2026 (ICPC)",
                 "Motor vehicle course at the Hexenby Skills Centre, with a place kept for Year 10 if he goes",
                 "Ms Gemma Hurst, inclusion lead, Hexenby Park Academy",
                 "Tuesdays and Thursdays, 27/01/2026 to 26/03/2026",
                 "Skills Centre register sent to Ms Hurst and Rachel weekly; place for Year 10 confirmed in "
                 "writing by 26/03/2026",
                 "Jordan keen"],
                ["15/01/2026 (ICPC)",
                 "Sessions with Jordan about his cannabis use, with a weekly use diary",
                 "Tom Fairweather, Switch (young people's substance service)",
                 "Weekly for 8 weeks from 26/01/2026",
                 "Use diary agreed with Tom each week; days using cannabis counted at sessions 1 and 8",
                 ""],
                ["4. Home, Mum and Lily", H, H, H, H, H],
                ["15/01/2026 (ICPC)",
                 "Home visits, one in three unannounced, seeing Jordan and Lily each on their own",
                 "Rachel Imrie (SW)",
                 "Every week until the review conference on 09/04/2026",
                 "Visit records within 48 hours with each child's words",
                 ""],
                ["15/01/2026 (ICPC)",
                 "Four ELSA sessions with Lily about her worries and her sleep",
                 "Mrs Pat Oduya, ELSA, Coppice Primary School",
                 "Wednesdays, 21/01/2026 to 11/02/2026",
                 "Lily's worry scale at the first and fourth sessions, shared with Rachel",
                 ""],
                ["15/01/2026 (ICPC)",
                 "Take Jordan to boxing club and bring him home",
                 "Dean Dunmore (uncle)",
                 "Monday and Wednesday evenings, home by 8.30pm, from 19/01/2026",
                 "Boxing club register; Nicola texts Rachel if Jordan is not home by 8.30pm",
                 "Dean has done this since October"],
                ["15/01/2026 (ICPC)",
                 "Go to the Hexenby Parents' Circle (parents of exploited children) to learn how to spot and "
                 "respond to signs that Jordan is being drawn back in",
                 "Nicola Dunmore (Mum)",
                 "First Tuesday of each month, from 03/02/2026",
                 "Circle attendance sheet, copied to Rachel",
                 ""],
            ],
        }),
        ("p", "Key: SW social worker; MACE multi-agency child exploitation panel; NRM National Referral Mechanism; "
              "ELSA emotional literacy support assistant; ICPC initial child protection conference."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jordan is missing for more than 24 hours, or is found in Carrowgate or with either of the men "
            "named in the warning notices: the police treat him as high risk missing, Rachel holds a "
            "strategy discussion with the police and Kayleigh the same day, and Jordan is collected and "
            "brought home by the police or by Rachel.",
            "If anyone comes to the house to threaten Nicola, Jordan or Lily: Nicola rings 999, and Nicola, "
            "Jordan and Lily stay with Karen Shaw at Low Fold Farm Cottages, Brinsdale, that night; Rachel "
            "holds a strategy discussion the next morning.",
            "If Dean cannot take Jordan to boxing, he rings Nicola by 4pm and Kayleigh takes Jordan to the "
            "session and home instead; if neither can, Nicola keeps Jordan at home that evening and Rachel "
            "rings them both by 6pm.",
            "If Jordan goes missing three or more times in any four weeks, or is found in a property linked "
            "to drug dealing, Rachel will ask Owen Castle for a legal planning meeting within 5 working days "
            "to decide whether to ask the court for an order to keep him safe away from Hexenby, including a "
            "secure accommodation order.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks at Hexenby Park Academy, Mondays at 3.30pm: 26/01/2026, "
            "16/02/2026, 09/03/2026 and 30/03/2026.",
            "Review child protection conference: 09/04/2026 at 10am, Hexenby Town Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan before a move to another authority: a pipe
#    table whose action cells carry their check in a bracket, the worry
#    written once over its rows. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_haddersleigh_rcpc_check_in_brackets_transfer_sowerby.md",
    "split": "heldout",
    "actions": 15,
    "template": "rcpc-plan-md-details-table-why-still-a-plan-moving-to-kelvedge-note-going-well-freyas-words-alfies-day-outcomes-then-pipe-table-worry-written-once-over-its-rows-what-needs-to-happen-with-check-in-brackets-in-the-same-cell-who-when-then-if-things-go-wrong-meetings-transfer-in-conference",
    "description": (
        "Review conference plan for a 7-year-old and a 3-year-old living with neglect and their parents' "
        "arguments, a month before the family moves to another local authority to live near the "
        "maternal grandmother. The plan is a pipe table of 'Worry', 'What needs to happen (how we'll "
        "check it)', 'Who' and 'When', the worry written once over its rows and each action's check "
        "written in a bracket inside its cell. The transferring authority keeps visiting until the "
        "transfer-in conference, hands over the school records by a date and does a joint visit. "
        "Faults: a dentist row with no check at all; the health visitor's visits checked by '(reviewed "
        "at core group)'; a school nurse health check with '-' for when; a passive nursery application "
        "with '-' for who; a family therapy referral handed on to the receiving authority to make after "
        "the transfer; and a transfer-in conference with its date to be confirmed and no other review "
        "conference date."
    ),
    "text": """\
# Haddersleigh City Council: Children's Social Care

## Child protection plan - review conference, 21/01/2026

| | |
|---|---|
| **Children** | Freya Sowerby, born 12/12/2018 (7), Year 2, Moorside Primary School; Alfie Sowerby, born 05/05/2022 (3) |
| **Parents** | Chelsea Sowerby (27) and Liam Sowerby (29), 8 Clough Terrace, Haddersleigh HD6 1NB |
| **Maternal grandmother** | Maureen Hill, 40 Beck Side, Kelvedge |
| **Category** | Neglect (both). Initial conference 23/10/2025. |
| **Chair** | Sunil Varma (IRO) |
| **Social worker** | Gareth Lyle, Haddersleigh Children's Safeguarding Team (team manager: Joanna Pell) |
| **Moving** | The family have a Kelvedge Homes tenancy at 3 Orchard Rise, Kelvedge, from 16/02/2026. Kelvedge City Council's Children's Services will take over the plan at a transfer-in conference. Until that conference, Haddersleigh keeps the plan and Gareth keeps visiting. |

### Why the children still need a plan

At the initial conference the house was dirty, with dog mess on the kitchen floor and little food in.
Freya was often hungry at school, had head lice for most of the autumn and missed 14 days. Alfie had
tooth decay, had not seen a dentist, and said only a few words. Chelsea and Liam argue loudly, often
late at night; the police were called by a neighbour on 02/10/2025 and found Freya crying on the
stairs. Things are better but not yet safe enough: the home checklist score has been 6 or 7 out of 10,
Freya's attendance is 89%, Alfie still has not seen a dentist, and there was another loud argument on
06/01/2026.

### What is going well

- Chelsea and Liam have kept every appointment with Gareth and with Joanne at the Family Hub.
- The dog has been rehomed and the kitchen floor has been clean at the last five visits.
- Freya has been at Breakfast Club every day since November and is no longer hungry in class.
- Maureen has offered to have the children for tea after school twice a week when they move.

### What Freya says, and Alfie's day

Freya (with Gareth at school, 14/01/2026): "I'm excited about the new house because Nana's there." "I
don't like it when Mummy and Daddy shout, I put my pillow on my ears." She wants "my own bedroom with
a pink lamp" and asked if she can keep her friend Maisie.

Alfie is 3. At home he plays with his cars on the floor, brings adults a book and says "read". He says
about 20 words, points for the rest, and goes to Freya when there is shouting. He eats well when food
is put in front of him.

### What we want for Freya and Alfie

1. Freya and Alfie live in a clean home with food for every meal, in their new house as in the old.
2. Alfie's teeth are treated and his talking is checked and helped, and he starts nursery.
3. Freya goes to school every day, settles in at her new school, and is free of head lice.
4. Freya and Alfie no longer hear their parents shouting, and know what to do if there is a row.

### The plan

Each action's check (how we will know it has happened and worked) is written in brackets after it.

| Worry | What needs to happen (how we'll check it) | Who | When |
|---|---|---|---|
| The house is dirty and there is not always food in | Home visits, one in three unannounced, seeing both children and the kitchen (check: visit record within 48 hours with the home checklist score) | Gareth Lyle (SW) | Every week until the transfer-in conference |
| | Keep the kitchen, the bathroom and the children's bedroom clean, with food in for three meals a day (check: home checklist score of 8 or more at every visit from 01/02/2026) | Chelsea and Liam | Every day |
| | Sessions on routines, meals and a weekly budget (check: weekly meal plan and shopping list seen by Gareth) | Joanne Birch, family support worker, Haddersleigh Family Hub | Tuesdays until 10/02/2026 |
| Alfie's teeth and talking | Take Alfie to the dentist for his first dental examination and fluoride varnish | Chelsea (Mum) | By 06/02/2026 |
| | Visit Alfie at home, weigh him and check his words and his play (check: reviewed at core group) | Leanne Fox (HV) | Every two weeks until the move |
| | Apply for a funded nursery place for Alfie at Kelvedge Orchard Children's Centre (check: start date confirmed in writing by the nursery) | - | By 13/02/2026 |
| Freya is hungry, has head lice and misses school | Breakfast Club place, and an e-mail to Gareth with Freya's attendance and anything logged on CPOMS (check: register shows Freya in by 8.50am; 95% or more by 13/02/2026) | Mrs Ruth Oakes (DSL), Moorside Primary | Every school day until Freya leaves on 13/02/2026 |
| | Health check for Freya: height, weight, eyesight and a head lice check (check: school nurse letter on Gareth's file) | Amy Forde, school nurse | - |
| | Treat Freya's hair with the lotion and comb it through (check: hair clear at the school nurse's Monday checks) | Chelsea (Mum) | Every Sunday evening |
| | Find Freya a place at a Kelvedge primary school, and send her school and CPOMS records to the new school's DSL (check: start date confirmed; new DSL's e-mail saying the records arrived) | Gareth Lyle (SW), with Mrs Oakes | By 13/02/2026 |
| | Three sessions with Freya about moving, the new house and who she can tell about rows (check: Freya's "my new house" book on file, with her two safe adults named in it) | Gareth Lyle (SW) | Weekly, 26/01/2026 to 09/02/2026 |
| | Have Freya and Alfie for tea after school at her house (check: Maureen texts Gareth each Wednesday night) | Maureen Hill (MGM) | Mondays and Wednesdays from 16/02/2026 |
| Shouting and rows between Chelsea and Liam | Family therapy referral for Chelsea and Liam, to be made by Kelvedge once the case has transferred (check: referral letter on file) | Kelvedge Children's Services | Within four weeks of the transfer-in conference |
| | Go to the Healthy Relationships course at Haddersleigh Family Hub (check: course register sent to Gareth; certificate) | Liam (Dad) | Thursdays 6pm, to 12/02/2026 |
| | Joint home visit with the Kelvedge social worker, and send Kelvedge the plan, the chronology and the assessments (check: joint visit recorded by both social workers) | Gareth Lyle (SW) | By 20/02/2026 |

SW social worker; HV health visitor; DSL designated safeguarding lead; MGM maternal grandmother;
CPOMS the school's safeguarding record.

### If things go wrong

- If Freya or Alfie are found without an adult, or the police are called to a row at home, the
  person who finds out rings Gareth (or, after the move, Kelvedge's duty team; out of hours the
  Emergency Duty Team). The children go to Maureen's at 40 Beck Side that night, and the social
  worker holds a strategy discussion the next working day.
- If Maureen cannot have the children (she is ill or away), Gareth or the Kelvedge duty team
  arranges an emergency foster placement for that night.
- If the home checklist score is below 7 at two visits running, or there is another row at which the
  police are called, Gareth will ask Joanna Pell for a legal planning meeting within 10 working days
  (or, after the transfer-in conference, Kelvedge's social worker will ask their manager for one).

### Meetings

- Core group every two weeks until the move, Wednesdays at 1pm at Moorside Primary: 04/02/2026.
- Kelvedge will hold a transfer-in conference within 15 working days of the move: date to be
  confirmed.
""",
    "findings": [
        F("M001", "Take Alfie to the dentist for his first dental"),
        F("M002", "Visit Alfie at home, weigh him and check his words"),
        F("W001", "Apply for a funded nursery place for Alfie"),
        F("T001", "Health check for Freya: height, weight, eyesight"),
        F("X001", "Family therapy referral for Chelsea and Liam"),
        F("R001"),
    ],
})
