"""Batch 195, module g: seven fictional plans (held-out material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (conventions
1 to 13), without running planlint or reading its code.

Focus: action tables as councils really build them: headers, merges and
cells that hold more than one thing. Each plan is in a template of its own
whose work sits mainly in a table: two-row headers ("Responsibility" over
"Who" and "By when"; "RESPONSIBILITY" over "WHO" and "BY WHEN" in a pasted
spreadsheet), the writer's own header words ("Task", "Person/agency -
target date", "Evidence of change", "What good looks like", "Who · when",
"RAG"), headers in capitals and a header row repeated over a page break;
merged cells (an outcome merged down its rows, an owner merged down the
rows that person does, stage and theme banner rows across the table);
cells that hold more than one thing (owner and date in one cell, an action
with its check on a second line in brackets, several small steps as
bullets inside one task cell, a tick column per child, a "<br>" line break
inside a Markdown cell); and columns that are not the work (RAG, progress
since the last meeting, the meeting an action was added at, reference
codes, comments, a status of carried forward or new), with closed rows and
a key under the table. In the four faulty plans a few rows are missing or
vague on owner, time or measure, and a few other Child Z faults sit in the
whole-plan parts.

1. a review conference plan for a 10-year-old and a 4-year-old (neglect,
   the mother's partner's drinking and arguments), a landscape Word table
   with a two-row header ("Responsibility" over "Who" and "By when"), the
   outcome merged down its rows, a "Progress since ICPC" column with RAG
   notes, one row closed at the conference and a key under the table
   (docx, exemplary);
2. an initial conference plan for a 14-month-old and a 6-year-old whose
   mother has anxiety and depression, a table headed "Outcome we want for
   Amara and Kobi / Task / Person/agency - target date / Evidence of
   change", owner and date in one cell, several task cells holding
   bulleted parts of one task, the header repeated over the page break,
   page header and footer (pdf): faults are the family network's help
   "Family network - ongoing", the family support worker's sessions
   measured only by "Monitored by FSW", the community mental health team
   only seeing the mother about her anxiety and medication, an outcome
   about the mother only, and nothing said about legal planning
   (T002, W002, M002, H001, F002, R002);
3. the plan as updated at the third core group for three children (12, 8
   and 2) living with neglect, a Markdown pipe table with "Ref / Task /
   Lead / Target / How we'll know" then a tick column per child and
   "Added" and "Status" columns, a closed-rows table and a key (md):
   faults are the young carers assessment whose target is only "Carried
   forward", the dentist registration "When Leanne feels ready", "Core
   group" sharing worries, the warm homes referral with "-" for how we'll
   know, and no fallback if the grandmother or the aunt cannot help
   (T001, T002, W002, M001, C003);
4. a pre-birth plan for an unborn baby whose mother has a history of
   depression and self-harm and whose father smokes cannabis, a landscape
   table headed in capitals (LEAD / TASK / TARGET / WHAT GOOD LOOKS LIKE),
   the lead's name merged down the rows that person does, stage banner
   rows across the table, header repeated over the page break, page
   header and footer (pdf, exemplary);
5. a review conference plan for a 13-year-old and a 9-year-old after their
   mother's ex-partner's violence, with the family about to move to
   another council, a landscape Word table with theme banner rows, a Ref
   code, the action and its check on a second line in brackets, RAG,
   "Added" and "Comments" columns and a key (docx): faults are the
   sanctuary scheme row with "-" for its person or agency, the family
   support worker's sessions checked only by "Stacey's engagement", the
   learning mentor's sessions with no check line, Place2Be counselling
   "TBC", Callum's CAMHS referral held until the case transfers, and a
   contingency that only says further concerns will be discussed and the
   plan reviewed (W001, M002, M001, T002, X001, C002);
6. a plan as revised at the second core group for an autistic 5-year-old
   and his 11-year-old sister after their father hit the boy with a belt,
   a Markdown table with an outcome code column, the owner and the time in
   one "Who · when" cell split by a "<br>", a "What good looks like"
   column and "Added" and "Notes" columns (md, exemplary);
7. an initial conference plan for a 3-year-old and an 8-month-old whose
   mother has depression and has self-harmed, pasted from a spreadsheet
   as tab-separated rows under a two-row header ("RESPONSIBILITY" over
   "Who" and "By when"), the outcome given once on the first row of its
   group as in the merged spreadsheet cells, and a RAG column (txt):
   faults are a baby massage course booked "ASAP", the nursery's watching
   with only "Reviewed at core group", a home fire safety visit with "-"
   for who, the community mental health team's visits that only support
   the mother, a housing request with "-" for the evidence, and a review
   conference "TBC" (T002, M002, W001, H001, M001, R001).

Three plans (1, 4 and 6) are exemplary: every live action has a named
owner, a real timescale and something that can be seen, counted or read;
every outcome is about the child; each contingency has specific triggers and
protective responses and says what happens if a relative's help fails;
each records the child's voice or observed lived experience, core group
dates and a dated review conference, and legal planning after named
triggers; adult services (a drug and alcohol service, the perinatal mental
health team, the GP) own actions where a parent is ill or uses alcohol or
drugs, and the perinatal mental health team is asked to report on the
mother's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1, conventions 2
and 12-13): each row of an action table counts once (header rows, the
second header row, banner rows and rows closed as done excepted), whatever
its cell holds: bullets inside one task cell are parts of that row's one
task (each table says so above it), and a check on a second line or in
brackets is that row's measure. Outcomes (merged cells, coded lists), keys,
RAG, progress, status, "Added", notes and comments columns, details,
worries, strengths, the children's words, the contingency and meeting
dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Review conference plan: landscape Word table with a two-row header
#    ("Responsibility" over "Who" and "By when"), outcome merged down its
#    rows, "Progress since ICPC" RAG column, a closed row, key under the
#    table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_glenmorrow_rcpc_two_row_header_outcome_merged_rag_calloway.docx",
    "doc_title": "Child Protection Plan (Review) - Kacey and Reggie Calloway",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "check_vmerge": 9,
    "template": "rcpc-plan-docx-landscape-details-grid-why-still-a-plan-what-got-better-kaceys-words-reggies-day-then-table-outcome-merged-down-no-what-needs-to-happen-two-row-header-responsibility-over-who-and-by-when-how-we-will-know-progress-since-icpc-rag-column-closed-row-kept-key-under-table-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary review conference plan for a 10-year-old girl and her 4-year-old brother living with "
        "neglect, whose mother's partner drinks most evenings and argues loudly with her; their maternal "
        "grandmother has them twice a week. The plan is a landscape Word table with a two-row header "
        "('Responsibility' over 'Who' and 'By when'), each outcome for the children merged down the rows "
        "under it, a 'How we will know' column, and a 'Progress since ICPC' column of RAG notes that is "
        "not the timescale or the measure; the boiler repair, done and closed at the conference, is kept "
        "in the table and not counted, and a key of abbreviations sits under the table. The drug and "
        "alcohol service reports on the partner's capacity to change, the grandmother's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are set, and "
        "Kacey's words and Reggie's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Review Conference"),
        ("p", "Glenmorrow City Council · Children and Families Service · Safeguarding Team East"),
        ("table", {
            "rows": [
                ["Children", "Kacey Calloway, born 22/05/2015 (10), Year 5 at Glenmorrow Park Primary School; "
                             "Reggie Pryor-Calloway, born 09/08/2021 (4), Little Wrens Nursery"],
                ["Address", "17 Farrier's Walk, Glenmorrow GM5 3LT"],
                ["Mother", "Danielle Calloway (33)"],
                ["Mother's partner", "Shane Pryor (36), Reggie's father, lives at the address"],
                ["Kacey's father", "Not involved; no contact since 2019"],
                ["Maternal grandmother", "Beverley Calloway (\"Nan Bev\"), 21 Harrow Lane, Glenmorrow"],
                ["Category", "Neglect (both children)"],
                ["Conferences", "Initial conference 14/10/2025; first review conference 13/01/2026 (this plan)"],
                ["Chair", "Neil Ashworth, independent reviewing officer"],
                ["Social worker", "Fiona McBride (team manager: Priya Dale)"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "Why Kacey and Reggie still need a plan"),
        ("p", "Kacey and Reggie became subject to plans in October 2025 after Reggie was found by a neighbour "
              "in the street at 9pm in his pyjamas while Shane was asleep on the sofa after drinking. At the "
              "initial conference the house had little food, the children's mattresses were wet and "
              "stained, the boiler had been broken for five weeks, and the police had been called to loud "
              "arguments between Danielle and Shane three times since the summer. Kacey was often late to "
              "school and said she got Reggie his breakfast."),
        ("p", "Since October the boiler has been mended and Danielle has kept food in the house at every "
              "visit, but Shane smelled of alcohol at the unannounced visit on 19/12/2025, the police were "
              "called to an argument on 19/12/2025, and Kacey's attendance this school year is 89%. Reggie's "
              "speech is well behind what nursery expect for his age."),
        ("h1", "What has got better since October"),
        ("bullets", [
            "The boiler was repaired on 02/12/2025 and the house is warm.",
            "Danielle has had food in for the children at all nine visits since the conference.",
            "Shane has been to seven of his ten sessions at Glenmorrow Recovery Service.",
            "Nan Bev has had the children for tea every Wednesday and overnight most Saturdays.",
            "Danielle has met the IDVA and says she knows what to do if Shane frightens her.",
        ]),
        ("h1", "What Kacey says, and Reggie's day"),
        ("p", "Kacey (seen on her own at school on 07/01/2026): \"It's better because the heating works and "
              "there's cereal.\" \"When Shane has his cans he gets shouty and I take Reggie upstairs and put "
              "the tablet on loud.\" \"I like Nan's on Saturdays because I don't have to do anything.\" Kacey "
              "scored her home 6 out of 10 (it was 3 in October) and said it would be 10 \"if nobody shouted "
              "ever\"."),
        ("p", "Reggie cannot yet tell us much in words, so his key worker and Fiona have written what they see. "
              "He arrives at nursery hungry on about one day in four and eats two bowls of toast. He copies "
              "Kacey and runs to her when a door bangs. He points and uses single words (\"Nan\", \"car\", "
              "\"more\") and gets cross when he is not understood. At home on 06/01/2026 he climbed onto "
              "Danielle's knee with a book and settled while she read to him."),
        ("h1", "The plan"),
        ("p", "The first column gives the outcome we want for Kacey and Reggie; it is merged down the rows that "
              "work towards it. 'Who' and 'By when' sit under 'Responsibility'. The last column says what the "
              "core group found at the review conference; it is a note on progress, not a new target. Row 1.4 "
              "was completed and closed at this conference and is kept only for the record."),
        ("table", {
            "header": ["Outcome for Kacey and Reggie", "No.", "What needs to happen", "Responsibility", H,
                       "How we will know", "Progress since ICPC"],
            "widths": [4.0, 1.0, 6.2, 3.4, 3.3, 4.6, 3.2],
            "rows": [
                [V, V, V, "Who", "By when", V, V],
                ["1. Kacey and Reggie live in a clean, warm home, with food in the cupboards and a bedtime "
                 "routine every night.",
                 "1.1",
                 "Home visits, at least one in three unannounced: see both children, Kacey on her own, and "
                 "look at the kitchen, the bedrooms and the bedding",
                 "Fiona McBride, SW",
                 "Every 10 working days until the next review conference",
                 "Visit record on file within 2 working days, noting the food in, the state of the beds and "
                 "what Kacey said",
                 "Green: 9 visits since ICPC, 4 unannounced"],
                [V, "1.2",
                 "Six home sessions with Danielle on a weekly meal plan, shopping on a budget and a bedtime "
                 "routine for Reggie",
                 "Lorna Beckett, FSW, Glenmorrow Family Hub",
                 "Weekly, 20/01/2026 to 24/02/2026",
                 "Home conditions checklist scored with Danielle at sessions 1 and 6, score agreed with the SW; "
                 "bedtime chart on the fridge, seen by the SW",
                 "New at RCPC"],
                [V, "1.3",
                 "Apply to the Glenmorrow Family Fund for new mattresses and bedding for both children",
                 "Fiona McBride, SW",
                 "Application by 23/01/2026",
                 "Award letter on file; new beds and bedding seen at the first visit after delivery",
                 "Amber: carried from ICPC with a new date"],
                [V, "1.4",
                 "Ask Glenmorrow Homes to repair the boiler",
                 "Fiona McBride, SW",
                 "By 31/10/2025",
                 "Repair job sheet on file",
                 "Complete: repaired 02/12/2025. Closed at RCPC"],
                ["2. Kacey and Reggie are cared for by a sober adult at all times, and no longer hear shouting "
                 "or see fighting at home.",
                 "2.1",
                 "Key-work sessions with Shane about his drinking, with a breath test at every session, and a "
                 "written report on whether he has cut down, whether he can stay sober whenever he cares for "
                 "the children, and how long that is likely to take",
                 "Marcus Dyer, recovery worker, Glenmorrow Recovery Service",
                 "Weekly until the review conference; report by 10/03/2026",
                 "Breath test results e-mailed to the SW after each session; report on the SW's file by "
                 "10/03/2026",
                 "Amber: 7 of 10 sessions attended"],
                [V, "2.2",
                 "No alcohol on any day Shane looks after the children, and never care for Reggie on his own "
                 "after drinking",
                 "Shane Pryor",
                 "Every day from 13/01/2026",
                 "Clear breath tests at the SW's unannounced evening visits (at least one a fortnight, after "
                 "5pm)",
                 "Red: smelled of alcohol on 19/12/2025"],
                [V, "2.3",
                 "Go to every session of the Glenmorrow Respect programme (for men whose behaviour at home "
                 "frightens their family)",
                 "Shane Pryor",
                 "Thursdays 6pm to 8pm, 29/01/2026 to 30/04/2026",
                 "Attendance register, and the facilitator's mid-point report after session 7, sent to the SW",
                 "New at RCPC"],
                [V, "2.4",
                 "Four safety-planning sessions with Danielle, ending in a written safety plan: who she rings, "
                 "and where she and the children go",
                 "Yasmin Cole, IDVA, Glenmorrow Domestic Abuse Service",
                 "First session by 30/01/2026; all four by 27/02/2026",
                 "Safety plan signed by Danielle, copy on the SW's file; Danielle can tell the SW the plan at "
                 "the next visit",
                 "Green: first meeting held 05/12/2025"],
                [V, "2.5",
                 "Tell the SW about every police call-out to 17 Farrier's Walk",
                 "PC Owen Hale, Glenmorrow Police Safeguarding Hub",
                 "Within 24 hours of any call-out",
                 "Police notification on the children's file",
                 "Green: 19/12/2025 call-out shared the next day"],
                ["3. Kacey goes to school every day on time and has an adult she trusts there; Reggie goes to "
                 "every nursery session and his speech catches up.",
                 "3.1",
                 "Morning check-in with Kacey, and her attendance and punctuality sent to the SW",
                 "Mrs Gail Thorne, learning mentor, Glenmorrow Park Primary",
                 "Every school day at 8.50am; figures every Friday",
                 "Check-ins logged on CPOMS; Friday register e-mail shows Kacey at 95% or more by the Easter "
                 "holidays (27/03/2026)",
                 "Amber: 89% this year"],
                [V, "3.2",
                 "Get Kacey to school by 8.45am and Reggie to nursery by 9am, both having had breakfast",
                 "Danielle Calloway",
                 "Every school and nursery day",
                 "School and nursery registers in the Friday e-mails to the SW",
                 "Amber: 6 late marks in December"],
                [V, "3.3",
                 "Speech and language assessment for Reggie, then a programme for nursery and home",
                 "Priya Raman, speech and language therapist, Glenmorrow Children's Therapy",
                 "Assessment by 13/02/2026; programme to nursery within 2 weeks of it",
                 "Assessment report and programme on Reggie's nursery file; key worker counts his words each "
                 "month and sends the count to the SW",
                 "New at RCPC"],
                [V, "3.4",
                 "Record Reggie's attendance, arrival time, hunger and clothes, and send the record to the SW",
                 "Sophie Lund, key worker, Little Wrens Nursery",
                 "Every Friday; any injury or hunger phoned to the SW the same day",
                 "Weekly nursery record on the SW's file",
                 "Green"],
                ["4. Kacey feels safe at home and has time to be a child, not Reggie's carer.",
                 "4.1",
                 "Direct work with Kacey about home, using the Three Houses and a worries jar",
                 "Fiona McBride, SW",
                 "Four sessions, fortnightly from 21/01/2026 to 04/03/2026",
                 "Kacey's Three Houses drawings and words on file; her safety score (0-10) recorded at the "
                 "first and last sessions",
                 "Green: one session done before RCPC"],
                [V, "4.2",
                 "Young carers assessment for Kacey and a place at the Young Carers Club",
                 "Toby Wren, Glenmorrow Young Carers Service",
                 "Assessment by 27/02/2026; club every Tuesday from 03/03/2026",
                 "Assessment on file; club register shows Kacey attending",
                 "New at RCPC"],
                [V, "4.3",
                 "Have Kacey and Reggie for tea every Wednesday and overnight every Saturday",
                 "Beverley Calloway (Nan Bev)",
                 "Wednesdays 3.30pm to 7pm; Saturdays 10am to Sunday 10am",
                 "Bev texts the SW each Sunday with the times the children were with her; the SW checks with "
                 "Kacey at visits",
                 "Green"],
            ],
        }),
        ("p", "Key: SW - social worker; FSW - family support worker; IDVA - independent domestic violence "
              "adviser; CPOMS - the school's safeguarding record; ICPC - initial child protection conference; "
              "RCPC - review child protection conference; RAG - Red (not happening), Amber (started, not yet "
              "enough), Green (on track)."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Shane is found drunk while caring for the children, or a breath test at a visit is over the "
            "limit: Shane leaves the house that evening to stay with his brother, Dean Pryor, at 4 Coldwell "
            "Court, and Fiona (or the Emergency Duty Team out of hours) holds a strategy discussion with the "
            "police the same day.",
            "If the police are called to an argument or any violence at the house: Danielle and the children "
            "go to Nan Bev's at 21 Harrow Lane that night, Yasmin offers a refuge place if Shane will not "
            "leave, and Fiona holds a strategy discussion the same day.",
            "If Bev cannot have the children on a Wednesday or a Saturday (she is ill or away, or it stops "
            "working), she or Danielle rings Fiona that day; Lorna Beckett visits at teatime instead, and "
            "Fiona holds a family network meeting within 10 working days to agree another helper.",
            "If Kacey's attendance is below 90% at the February half term, the children are again found "
            "without food or clean beds, or Shane's breath tests are not clear by the core group on "
            "04/03/2026: Fiona asks Priya Dale for a legal planning meeting within 10 working days, to decide "
            "whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.45pm, Glenmorrow Park Primary School: 04/02/2026, "
            "04/03/2026, 01/04/2026, 29/04/2026, 27/05/2026 and 24/06/2026.",
            "Second review child protection conference: 07/07/2026 at 10am, Glenmorrow Civic Centre.",
        ]),
        ("p", "Plan agreed at the review conference on 13/01/2026 and sent to Danielle, Shane, Bev and every "
              "agency on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan: "Outcome we want / Task / Person/agency -
#    target date / Evidence of change", owner and date in one cell, bullets
#    inside task cells, header repeated over the page break, page header and
#    footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_garthwell_icpc_owner_and_date_one_cell_bulleted_tasks_mensah.pdf",
    "doc_title": "Child Protection Plan - Amara and Kobi Mensah",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Garthwell Borough Council Children's Services",
    "footer": "Amara and Kobi Mensah · Child protection plan (ICPC 09/02/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-kv-details-reason-strengths-childrens-experience-then-outcome-merged-down-task-person-agency-dash-target-date-in-one-cell-evidence-of-change-table-bullets-inside-task-cells-parts-of-one-task-header-repeated-over-page-break-then-contingency-core-group-review",
    "description": (
        "Initial conference plan for a 14-month-old girl whose weight is faltering and her 6-year-old "
        "brother; their mother has anxiety and depression, rarely leaves the flat, and is seen by the "
        "community mental health team; their aunt and the wider family help. The plan is a table headed "
        "'Outcome we want for Amara and Kobi / Task / Person/agency - target date / Evidence of change', "
        "with each outcome merged down its rows, the owner and the date in one cell ('Nadia Price (HV) - "
        "every 2 weeks from ...'), and several task cells holding bulleted parts of one task (a note "
        "above the table says so); the header row repeats over the page break. Faults: the family's help "
        "is 'Family network - ongoing'; the family support worker's sessions are measured only by "
        "'Monitored by FSW'; the community mental health team only sees the mother about her anxiety and "
        "medication, measured by attendance; one outcome is about the mother only; and nothing says that "
        "legal planning follows if things do not change."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference, 09/02/2026, Garthwell Town Hall. Chair: Moira Lennox (IRO)."),
        ("kv", [
            ("Children", "Amara Mensah, born 04/12/2024 (14 months); Kobi Mensah, born 17/06/2019 (6), Year 2 at "
                         "Garthwell St Peter's CE Primary School"),
            ("Address", "Flat 12, Weaver House, Canal Street, Garthwell GW2 6RS"),
            ("Mother", "Efua Mensah (26)"),
            ("Father", "Kwame Boateng (29), lives in Thornsby; phones the children on Sundays"),
            ("Maternal aunt", "Abena Mensah (31), 9 Linnet Close, Garthwell"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Samira Khan, Garthwell Children's Services, Assessment and Protection Team 2 "
                              "(team manager: Rob Fenwick)"),
            ("Health visitor", "Nadia Price, Garthwell 0-19 Service"),
            ("GP", "Dr Faisal Iqbal, Linnet Lane Surgery"),
        ]),
        ("h1", "Reason for the plan"),
        ("p", "Efua has had anxiety and depression since Amara was born. She is under the Garthwell Community "
              "Mental Health Team and takes sertraline, but she has not left the flat on her own since "
              "October and has missed Amara's 12-month immunisations and her 1-year review. Amara's weight "
              "has dropped from the 50th to just above the 9th centile since her 8-month check. On two "
              "visits in January Amara was in a wet, soiled nappy in her cot at midday, there was no food "
              "for her apart from a bottle of milk, and bags of rubbish were piled in the hallway by an open "
              "balcony door. Kobi's attendance this year is 84%, with 19 late marks, and he has told his "
              "teacher he makes his own breakfast."),
        ("h1", "Strengths"),
        ("bullets", [
            "Efua is warm and gentle with both children and wants help; she asked her GP for the CMHT referral "
            "herself.",
            "Abena visits three or four times a week, takes Kobi to school when Efua cannot, and brings food.",
            "Kobi is a kind, funny boy who loves football and reading to Amara.",
            "Amara babbles, crawls and pulls herself up, and reaches for her mum and brother.",
        ]),
        ("h1", "Amara and Kobi's experience"),
        ("p", "Kobi (seen on his own at school on 04/02/2026): \"Mummy is tired all the time. I make cereal for "
              "me and give Amara her bottle.\" \"Auntie Abena makes jollof and we have it hot.\" When asked "
              "what he would change, he said \"Mummy to come to the park and for Amara to get big\"."),
        ("p", "Amara is too young to tell us, so Nadia and Samira have written down what they saw. On 14/01/2026 "
              "Amara was in her cot for most of the visit and did not cry when Samira came in. She ate a "
              "banana Samira had brought very quickly and reached for more. When Kobi came home she crawled "
              "to him and laughed while he sang to her. Efua picked her up when she cried and rocked her to "
              "sleep."),
        ("h1", "Plan"),
        ("p", "Each outcome is written once, in the first column, for the tasks beside it. Where a task has "
              "bullet points, they are parts of that one task, done by the person or agency named beside it "
              "by the date given there. The third column gives who leads the task and when."),
        ("table", {
            "header": ["Outcome we want for Amara and Kobi", "Task", "Person/agency - target date",
                       "Evidence of change"],
            "widths": [3.4, 5.8, 3.9, 3.9],
            "rows": [
                ["Amara is fed well, grows along her centile line and has every health check and immunisation.",
                 "Weigh Amara at home, plot her weight and go through her meals, finger foods and bottles with "
                 "Efua",
                 "Nadia Price (HV) - every 2 weeks from 16/02/2026 until the review conference",
                 "Weights in Amara's red book and e-mailed to the SW; Amara back on the 25th centile by "
                 "05/05/2026"],
                [V,
                 "Take Amara for her missed 12-month immunisations and her 1-year review:\n"
                 "• book both at Linnet Lane Surgery\n"
                 "• show the red book to Nadia afterwards",
                 "Efua Mensah (Mum) - by 13/03/2026",
                 "Immunisations on the GP record and in the red book, seen by Nadia"],
                [V,
                 "Refer Amara to the community paediatrician about her faltering weight",
                 "Dr Faisal Iqbal (GP) - referral by 20/02/2026",
                 "Referral letter on the SW's file; clinic date shared with the core group"],
                ["Amara and Kobi live in a clean, safe home with a routine for meals, baths and bedtime.",
                 "Make the flat safe for Amara, who is crawling and pulling herself up:\n"
                 "• fit the stair gate and fireguard from the Family Hub\n"
                 "• move cleaning products and tablets up high\n"
                 "• clear the rubbish bags from the hallway",
                 "Efua Mensah (Mum) with Hazel Dunn (FSW) - by 06/03/2026",
                 "Hazel's home safety checklist with every item ticked, seen again by the SW at her next visit"],
                [V,
                 "Weekly home sessions with Efua on a daily routine for the children: meals, baths and "
                 "bedtimes",
                 "Hazel Dunn (FSW), Garthwell Family Hub - weekly from 17/02/2026 for 8 weeks",
                 "Monitored by FSW"],
                [V,
                 "Help Efua with the shopping, cooking and the school run on her bad days",
                 "Family network - ongoing",
                 "Kobi on time at school on the mornings the family take him (school register)"],
                [V,
                 "Home visits, one in three unannounced: see Kobi on his own and Amara awake, and look at the "
                 "food, the beds and the hallway",
                 "Samira Khan (SW) - every week until the review conference",
                 "Visit record within 2 working days, with what Kobi said and what was in the fridge"],
                ["Kobi goes to school every day on time, and has an adult he trusts to talk to.",
                 "Get Kobi to school by 8.50am every day, with breakfast",
                 "Efua Mensah (Mum) - every school day",
                 "School register sent to the SW each Friday; 95% attendance by the Easter holidays"],
                [V,
                 "Support for Kobi at school:\n"
                 "• a morning check-in with Miss Ruth Ade (TA)\n"
                 "• six ELSA sessions on worries and feelings",
                 "Mrs Carys Ellis (DSL), Garthwell St Peter's - check-ins from 16/02/2026; ELSA sessions by "
                 "27/03/2026",
                 "Check-ins logged on CPOMS; Kobi's worry scale at ELSA sessions 1 and 6 sent to the SW"],
                [V,
                 "Three sessions of direct work with Kobi about home, Mum's worries and his own",
                 "Samira Khan (SW) - by 20/03/2026",
                 "Kobi's drawings and words on file and shared at the second core group"],
                ["Efua feels less anxious and more confident about going out.",
                 "Appointments with Efua for her anxiety and depression, with a review of her medication",
                 "Garthwell Community Mental Health Team (Lee Thomas, CPN) - fortnightly from 18/02/2026",
                 "Attendance at each appointment confirmed by the CPN to the SW"],
                [V,
                 "Go to every CMHT appointment and take her sertraline as prescribed",
                 "Efua Mensah (Mum) - fortnightly from 18/02/2026, at every appointment",
                 "The CPN tells the SW that Efua attended"],
                [V,
                 "Write to the SW about Efua's mental health and how it affects her care of Amara and Kobi",
                 "Dr Faisal Iqbal (GP) - by 13/03/2026",
                 "GP letter on the SW's file by 13/03/2026"],
            ],
        }),
        ("p", "HV - health visitor; FSW - family support worker; SW - social worker; DSL - designated "
              "safeguarding lead; TA - teaching assistant; ELSA - emotional literacy support assistant; CMHT - "
              "community mental health team; CPN - community psychiatric nurse."),
        ("h1", "Contingency"),
        ("bullets", [
            "If Amara's weight drops below the 9th centile line, or she misses two weigh-ins in a row, Nadia "
            "tells Samira the same day and Dr Iqbal sees Amara within 24 hours; if he is worried, Amara goes "
            "to the children's assessment unit at Garthwell General Hospital that day.",
            "If Efua says she cannot get up to care for the children, or talks about harming herself, she or "
            "Abena rings Samira (or the Emergency Duty Team out of hours) at once; Amara and Kobi go to "
            "Abena's at 9 Linnet Close that day and the CMHT crisis line is called.",
            "If Abena or the rest of the family cannot help with the school run or meals, Abena rings Samira "
            "that day; Kobi goes to the school's breakfast club (a funded place is held for him) and Hazel "
            "adds a second weekly visit until the family can help again.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "First core group on 20/02/2026 at 10am, Garthwell Family Hub; then every four weeks: 20/03/2026 "
            "and 17/04/2026.",
            "Review child protection conference: 05/05/2026 at 1.30pm, Garthwell Town Hall.",
        ]),
    ],
    "findings": [
        F("T002", "Help Efua with the shopping, cooking and the school run"),
        F("W002", "Help Efua with the shopping, cooking and the school run"),
        F("M002", "Weekly home sessions with Efua on a daily routine"),
        F("H001", "Appointments with Efua for her anxiety and depression"),
        F("F002", "Efua feels less anxious and more confident about going out."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Plan as updated at the third core group: Markdown pipe table "Ref / Task
#    / Lead / Target / How we'll know", a tick column per child, "Added" and
#    "Status" columns, a closed-rows table and a key. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_greyhallow_cg3_pipe_table_tick_per_child_status_bradshaw.md",
    "split": "heldout",
    "actions": 15,
    "template": "cp-plan-updated-at-core-group-3-md-bold-details-lines-why-changed-since-icpc-what-the-children-say-outcomes-then-ref-task-lead-target-how-well-know-pipe-table-with-a-tick-column-per-child-added-and-status-columns-key-of-initials-then-closed-since-cg2-table-then-if-things-go-wrong-meetings",
    "description": (
        "Child protection plan for three children (12, 8 and 2) living with neglect, as updated at the "
        "third core group: a cluttered, cold house, the 2-year-old's delayed speech, the 12-year-old "
        "caring and missing school, and arguments between the mother and her partner; the maternal "
        "grandmother and an aunt help. The plan is a Markdown pipe table 'Ref / Task / Lead / Target / "
        "How we'll know' followed by a tick column for each child, an 'Added' column (the meeting the "
        "task was agreed at) and a 'Status' column (on track, C/F, new), with a key of initials and a "
        "separate table of tasks closed since the second core group, which are not counted. Faults: the "
        "young carers assessment has only 'Carried forward' as its target; the dentist registration is "
        "'When Leanne feels ready'; 'Core group' owns sharing worries; the warm homes referral has '-' "
        "for how we'll know; and the contingency says nothing about what happens if the grandmother or "
        "the aunt cannot help."
    ),
    "text": """\
# Greyhallow Metropolitan Borough Council

## Child Protection Plan - updated at Core Group 3 (10/02/2026)

**Children:** Kai Bradshaw, born 03/09/2013 (12, Year 7, Greyhallow Academy); Mia Bradshaw, born
21/11/2017 (8, Year 3, Greyhallow Primary School); Rosie Fenton, born 15/12/2023 (2)
**Address:** 33 Quarry Bank, Greyhallow GH3 9PD
**Mum:** Leanne Bradshaw (34) | **Rosie's dad:** Craig Fenton (37), lives at the address |
**Kai and Mia's dad:** Lee Bradshaw, no contact since 2021
**Grandma:** Sandra Bradshaw (Leanne's mum), 2 Mill Row | **Aunt:** Kerry Bradshaw (Leanne's sister),
40 Quarry Bank
**Category:** Neglect (all three children) | **Initial conference:** 04/12/2025 | **Chair:** Marion Pike
**Social worker:** Jess Morley, Greyhallow Children's Social Care, Safeguarding Team North (team
manager: Alan Cho)

### Why there is a plan

At the initial conference the house was cluttered with rubbish bags and dog mess, the children's
bedrooms had no curtains or working heating, Mia had no bedding, and there was often no food in for
tea. Rosie was not talking at two and had missed her 2-year immunisations. Kai's attendance was 78%:
he told his form tutor he stayed home "to help with Rosie" when Leanne and Craig had been up late
arguing. The police were called to arguments between Leanne and Craig on 14/09/2025 and 30/10/2025;
on the second night Craig punched a door and Mia hid in the bath.

### What has changed since the initial conference

- Rosie had her immunisations on 22/01/2026, and the fire service fitted smoke alarms on 08/01/2026.
- Leanne and Craig cleared the front room and the stairs in January; the kitchen and the bedrooms are
  still not clear.
- Kai's attendance since Christmas is 91%, up from 78%.
- Sandra has had Mia and Rosie for tea twice a week since December, and Kerry has taken Kai to
  football every Saturday since January.
- No police call-outs since 30/10/2025. Craig has agreed to go on the Change Together programme.

### What the children say

**Kai** (seen on his own at school, 03/02/2026): "It's less bad. Mum's trying." "I still do Rosie's
bottle in the morning because Mum's asleep." "Football's the best bit of the week, Aunty Kerry
watches." He would like "my own room, or at least a lock".

**Mia** (at Grandma's, 05/02/2026): "My bedroom is cold and it smells." "I like Grandma's because we
have bubbles in the bath." She drew a house with a black cloud over it and said the cloud was "when
Mum and Craig shout".

**Rosie** is two and uses a few words ("Mama", "Kai", "no"). At visits she follows Kai everywhere and
holds his hand when a door bangs. She feeds herself with her fingers and drinks from a bottle. She
was wet through at two of the four visits in January.

### What we want for Kai, Mia and Rosie

1. Kai, Mia and Rosie live in a clean, warm home with their own clean beds and food in for every meal.
2. Kai and Mia are in school every day, on time, and Kai no longer has to look after Rosie.
3. Rosie's speech and development catch up, and she goes to nursery.
4. The children are safe from shouting and violence at home, and tell us they feel safe.

### The plan

Each row is one task. The ticks show which child a task is for. **Added** is the meeting the task
was agreed at; **Status** is where it stood at Core Group 3. Tasks closed since Core Group 2 are in
the small table under the key.

| Ref | Task | Lead | Target | How we'll know | Kai | Mia | Rosie | Added | Status |
|---|---|---|---|---|:-:|:-:|:-:|---|---|
| A1 | Home visit: see all three children, Kai and Mia each on their own, and check the food, the beds and Rosie's cot | Jess Morley (SW) | Every 2 weeks until the review conference (03/03/2026) | Visit record within 2 working days, with each child's words and what was in the fridge | ✓ | ✓ | ✓ | ICPC | On track |
| A2 | Clear and deep clean the kitchen and the children's bedrooms, using the skip the FSW has booked | Leanne and Craig | By 20/02/2026 | SW and FSW see both bedrooms clear and the kitchen clean at the next visit; photos on file | ✓ | ✓ | ✓ | CG2 | C/F, new date |
| A3 | Home sessions with Leanne on teas, bath night and bedtimes for Mia and Rosie | Tasha Grant (FSW) | Tuesdays, 17/02/2026 to 24/03/2026 | Routine chart filled in by Leanne each day; Tasha records the girls' bedtimes on session nights |  | ✓ | ✓ | CG3 | New |
| A4 | Refer the family to Greyhallow Warm Homes for a heater in the girls' cold back bedroom | Jess Morley (SW) | Referral by 20/02/2026 | - |  | ✓ | ✓ | CG3 | New |
| B1 | Get Kai and Mia to school on time, having had breakfast | Leanne | Every school day | Friday register e-mails: both children at 95% or more by the Easter holidays | ✓ | ✓ |  | ICPC | On track |
| B2 | Morning check-in with Kai, and a summary of anything he says about home sent to the SW | Mr Paul Osei, pastoral lead, Greyhallow Academy | Every school day at 8.35am; summary each Friday | Check-ins logged on CPOMS; Friday summary on Kai's file | ✓ |  |  | ICPC | On track |
| B3 | Young carers assessment for Kai, done with Kai and Leanne together | Amy Fisk, Greyhallow Young Carers | Carried forward | Assessment report on file and shared with Kai and the core group | ✓ |  |  | ICPC | C/F from CG2 |
| B4 | Six ELSA sessions with Mia about her feelings and her worries at home | Mrs Jean Holt, SENCO, Greyhallow Primary | Thursdays, 19/02/2026 to 26/03/2026 | Mia's feelings scale at the first and last sessions, sent to the SW |  | ✓ |  | CG2 | On track |
| C1 | ASQ-3 check of Rosie's development, and a speech and language referral if her communication score is below the cut-off | Hannah Price (HV) | By 27/02/2026 | ASQ-3 scores in Rosie's red book and sent to the SW; referral letter on file if made |  |  | ✓ | CG2 | On track |
| C2 | Take Rosie to her funded nursery place at Little Oaks Nursery, three mornings a week | Leanne | Mon, Wed and Fri mornings from 02/03/2026 | Little Oaks register sent to the SW each month |  |  | ✓ | CG3 | New |
| C3 | Register all three children with a dentist and take them for a check-up | Leanne | When Leanne feels ready | Dentist's appointment cards seen by the SW | ✓ | ✓ | ✓ | ICPC | C/F from CG2 |
| D1 | Have Mia and Rosie for tea and a bath | Sandra Bradshaw (MGM) | Every Tuesday and Thursday, 3.30pm to 7pm | Sandra texts the SW each Thursday night; Mia tells the SW at visits |  | ✓ | ✓ | ICPC | On track |
| D2 | Take Kai to football training and bring him home | Kerry Bradshaw (aunt) | Every Saturday, 9am to 12pm | Greyhallow Juniors FC register, checked by the SW each month | ✓ |  |  | CG2 | On track |
| D3 | Share any worry about the children with Jess the same day | Core group | Same day, every time | Logged on the children's chronology | ✓ | ✓ | ✓ | ICPC | On track |
| D4 | Go to every session of the Change Together programme for men who have been abusive to a partner | Craig Fenton | Wednesdays for 24 weeks from 04/03/2026 | Attendance register and the facilitator's week-12 report, sent to the SW | ✓ | ✓ | ✓ | CG3 | New |

**Key:** SW = social worker (Jess Morley); FSW = family support worker (Tasha Grant, Greyhallow Family
Hub); HV = health visitor (Hannah Price, Greyhallow 0-19 Service); MGM = maternal grandmother;
ELSA = emotional literacy support assistant; ASQ-3 = Ages and Stages Questionnaire; CPOMS = the
school's safeguarding record; ICPC = initial conference; CG2, CG3 = core groups 2 and 3; C/F =
carried forward from the last core group; ✓ = the task is for this child.

#### Closed since Core Group 2

| Ref | Task | Lead | Closed |
|---|---|---|---|
| A0 | Home fire safety visit and smoke alarms fitted | Greyhallow Fire and Rescue Service | Done 08/01/2026 |
| C0 | Rosie's missed 2-year immunisations | Leanne, at Quarry Lane Surgery | Done 22/01/2026, seen in the red book |

### If things go wrong

- If any of the children is found at home without an adult, or Kai is kept off school to look after
  Rosie, Jess (or the duty social worker) visits that day and sees all three children; if no adult
  can care for them safely that night, Jess arranges an emergency foster placement.
- If the police are called to an argument or any violence between Leanne and Craig, Craig leaves the
  house that night, Leanne is offered a place at Greyhallow Women's Refuge if he will not go, and Jess
  holds a strategy discussion with the police the same day.
- If the kitchen and the bedrooms are not clear by 20/02/2026, or the children are again found with no
  clean beds or no food in, Jess asks Alan Cho for a legal planning meeting within 10 working days to
  decide whether to start pre-proceedings under the Public Law Outline.

### Meetings

- Review child protection conference: 03/03/2026 at 10am, Greyhallow Town Hall.
- Core group every four weeks after the review conference, first on 31/03/2026 at 3.30pm,
  Greyhallow Primary School.
""",
    "findings": [
        F("M001", "Refer the family to Greyhallow Warm Homes for a heater"),
        F("T001", "Young carers assessment for Kai, done with Kai and Leanne"),
        F("T002", "Register all three children with a dentist and take them"),
        F("W002", "Share any worry about the children with Jess the same day"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Pre-birth plan: landscape table headed in capitals (LEAD / TASK /
#    TARGET / WHAT GOOD LOOKS LIKE), the lead merged down the rows that
#    person does, stage banner rows, header repeated over the page break,
#    page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_gorsebridge_prebirth_caps_header_lead_merged_stage_banners_kowalczyk.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Kowalczyk-Tully",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE · Gorsebridge Council Children's Services · Pre-birth child protection plan",
    "footer": "Baby Kowalczyk-Tully (unborn) · Plan agreed 10/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-plan-paged-landscape-header-footer-details-grid-why-going-well-babys-world-parents-words-outcomes-then-caps-header-lead-task-target-what-good-looks-like-table-lead-merged-down-rows-that-person-does-stage-banner-rows-header-repeated-over-page-break-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary pre-birth plan for an unborn girl whose 22-year-old mother has had depression and "
        "self-harmed since her teens (an overdose in June 2025) and is under the perinatal mental health "
        "team, and whose father smokes cannabis every day. After a details grid, the worries, what is "
        "going well, baby's world and the parents' words, the plan is a landscape table headed in "
        "capitals (LEAD / TASK / TARGET / WHAT GOOD LOOKS LIKE), with the lead's name merged down the rows "
        "that person does and stage banner rows across the table (until the birth, the birth and the "
        "ward, home until 12 weeks); the header row repeats over the page break. Every row has its own "
        "target. The perinatal mental health team reports on the mother's capacity to change and how "
        "long it will take, the drug and alcohol service reports on the father, the grandmother's nights "
        "have a fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Gorsebridge Council Children's Services, with Gorsebridge and Vale NHS Trust maternity services, the "
              "Gorsebridge Perinatal Mental Health Team and Gorsebridge Drug and Alcohol Service. Agreed at the "
              "pre-birth initial child protection conference on 10/02/2026 (chair: Owen Beckwith, IRO)."),
        ("table", {
            "rows": [
                ["Baby", "Baby girl Kowalczyk-Tully (unborn)", "Due date", "20/04/2026 (30+1 weeks at the conference)"],
                ["Mother", "Natalia Kowalczyk (22)", "Father", "Ryan Tully (25), lives with Natalia"],
                ["Address", "Flat 3, 58 Bridge Street, Gorsebridge GB1 4AW", "Category", "Neglect (unborn baby)"],
                ["Maternal grandmother", "Ewa Kowalczyk, 11 Alder Close, Gorsebridge", "Paternal grandparents",
                 "Mark and Julie Tully, 8 Sedge Lane, Gorsebridge"],
                ["Social worker", "Kerry-Ann Walsh (team manager: Gillian Moss)", "Community midwife",
                 "Lucy Gale, Riverside midwifery team"],
                ["Health visitor", "Amira Nasser, Gorsebridge 0-19 Service", "Perinatal mental health",
                 "Sian Rees (care coordinator); Dr Helen Marsh (consultant psychiatrist)"],
            ],
            "widths": [4.0, 8.85, 4.0, 8.85],
            "bold_first_col": True,
        }),
        ("h1", "Why baby needs a plan"),
        ("p", "Natalia has had depression since she was 15 and has cut herself at times of stress. In June 2025, "
              "after a row with Ryan, she took an overdose of paracetamol and was admitted to Gorsebridge Royal "
              "Hospital for two nights. She found out she was pregnant in September, stopped her sertraline "
              "without telling anyone, and was referred to the Perinatal Mental Health Team at 16 weeks when "
              "her midwife found her tearful and not eating. She restarted her medication in December. Ryan "
              "smokes cannabis every day, and his urine test on 20/01/2026 was positive. The flat is a "
              "one-bedroom flat above a takeaway; there is no Moses basket or cot yet, and Ryan smokes in the "
              "kitchen."),
        ("h1", "What is going well"),
        ("bullets", [
            "Natalia has been to every antenatal and perinatal appointment since December and says she feels "
            "\"more like myself\" on her medication.",
            "Natalia told Sian herself when she felt like cutting in January, and used her safety plan.",
            "Ryan came to the conference, agreed to see the Drug and Alcohol Service, and has started smoking "
            "outside.",
            "Ewa is close to Natalia, sees her most days, and has offered to stay for the first two weeks.",
        ]),
        ("h1", "Baby's world"),
        ("p", "Baby cannot tell us what she needs, so we have written down what we know of her world now and what "
              "it will be like. At the 20-week scan she was growing well, and Lucy has plotted her on the GROW "
              "chart since: she is following the 40th centile. Natalia talks to her and plays her music when "
              "she kicks at night. Baby will come home to a small flat up a steep staircase, where she will need "
              "feeding every two to three hours, a Moses basket beside her mum's bed, smoke-free air, and "
              "adults who are well, awake and sober at night."),
        ("p", "Natalia said at the conference: \"I want to be the mum I didn't have when I was poorly. I know I have "
              "to tell someone when it gets dark in my head.\" Ryan said: \"I'll stop the weed. I don't want her "
              "breathing it in.\""),
        ("h1", "What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home only when the discharge planning meeting has agreed who will "
            "care for her, day and night.",
            "Baby is fed, warm and gaining weight, and sleeps on her back in her own Moses basket in a "
            "smoke-free flat.",
            "Baby is cared for by adults who are well enough and free of cannabis, and who get help straight "
            "away if Natalia becomes unwell.",
        ]),
        ("h1", "The plan"),
        ("p", "The table is split into three stages by the shaded rows. Each lead's name is written once and runs "
              "down every row that person leads in that stage; every row has its own target."),
        ("table", {
            "header": ["LEAD", "TASK", "TARGET", "WHAT GOOD LOOKS LIKE"],
            "widths": [4.6, 8.5, 5.0, 7.6],
            "rows": [
                ["STAGE 1: FROM THE CONFERENCE UNTIL BABY IS BORN (DUE 20/04/2026)", H, H, H],
                ["Kerry-Ann Walsh, social worker (SW)",
                 "Pre-birth parenting assessment with Natalia and Ryan, including how they will care for baby if "
                 "Natalia becomes unwell",
                 "Weekly sessions from 16/02/2026; report by 36 weeks (23/03/2026)",
                 "Report with a recommendation for the birth and discharge, shared with Natalia, Ryan and the "
                 "core group by 23/03/2026"],
                [V,
                 "Home visits, at least one in three unannounced, seeing Natalia on her own at least once a "
                 "fortnight",
                 "Every week until the birth",
                 "Visit records on file within 2 working days, noting how Natalia seemed and what she said when "
                 "seen on her own"],
                [V,
                 "Family network meeting with Ewa and with Mark and Julie Tully to agree who helps in baby's "
                 "first weeks, and who steps in if Natalia is unwell",
                 "By 06/03/2026",
                 "Written family plan signed by each relative, on the SW's file by 06/03/2026"],
                ["Sian Rees, care coordinator, with Dr Helen Marsh, consultant psychiatrist (Gorsebridge Perinatal "
                 "Mental Health Team)",
                 "Care coordination visits and a psychiatric review with Natalia, and a written report on her "
                 "capacity to change: whether she can stay well enough to care for baby, the steps still needed "
                 "and how long they are likely to take",
                 "Visits every 2 weeks from 12/02/2026; psychiatric review by 09/03/2026; report by 36 weeks "
                 "(23/03/2026)",
                 "Contact note to the SW after each visit; report on the SW's file by 23/03/2026 and taken to "
                 "the discharge planning meeting"],
                ["Tom Ayodele, recovery worker, Gorsebridge Drug and Alcohol Service",
                 "Key-work with Ryan about his cannabis use, with a urine test at every session, and a report on "
                 "whether he has stopped and can stay stopped once baby is home",
                 "Weekly from 13/02/2026; report by 23/03/2026",
                 "Urine results e-mailed to the SW after each session; report on the SW's file by 23/03/2026"],
                ["Ryan Tully",
                 "Stop smoking cannabis, and never smoke anything inside the flat",
                 "Every day from 10/02/2026",
                 "Clear weekly urine tests (Tom's results); no smell of cannabis at the SW's unannounced visits"],
                ["Lucy Gale, community midwife",
                 "Antenatal appointments, seeing Natalia on her own for part of each, and asking about her mood "
                 "and about home",
                 "Every 2 weeks until 36 weeks, then weekly until the birth",
                 "Baby's growth plotted on the GROW chart; a missed appointment phoned to the SW the same day"],
                [V,
                 "Put the safeguarding birth plan on the maternity record, so that the labour ward and Larch Ward "
                 "know to ring the SW and not to discharge baby before the discharge planning meeting",
                 "By 34 weeks (09/03/2026)",
                 "Birth plan on BadgerNet, and a copy on the SW's file, by 09/03/2026"],
                ["Amira Nasser, health visitor (HV)",
                 "Antenatal home visit: safe sleep, coping with a crying baby (ICON), and a check that the flat "
                 "has a Moses basket and a working smoke alarm",
                 "By 36 weeks (23/03/2026)",
                 "Antenatal contact record and home safety checklist e-mailed to the SW"],
                ["STAGE 2: THE BIRTH AND LARCH WARD, GORSEBRIDGE ROYAL HOSPITAL", H, H, H],
                ["Midwife in charge, labour ward",
                 "Ring the SW (or the Emergency Duty Team out of hours) to say baby has been born",
                 "Within 2 hours of the birth, day or night",
                 "Call written in the maternity notes and on the SW's or the Emergency Duty Team's log"],
                ["Sian Rees, care coordinator (Perinatal Mental Health Team)",
                 "See Natalia on the ward and update the report on her mental health and her capacity to care "
                 "for baby",
                 "Within 48 hours of the birth",
                 "Updated report to the SW before the discharge planning meeting"],
                ["Kerry-Ann Walsh, SW",
                 "Chair the discharge planning meeting on the ward with Natalia, Ryan, Ewa, the ward midwife and "
                 "the HV",
                 "Before baby is discharged",
                 "Written discharge plan signed by Natalia and Ryan and sent to the core group the same day"],
                ["STAGE 3: HOME, UNTIL BABY IS 12 WEEKS OLD", H, H, H],
                ["Amira Nasser, HV",
                 "New birth visit and weekly visits: weigh baby, see where she sleeps, and complete the Edinburgh "
                 "postnatal depression scale (EPDS) with Natalia",
                 "New birth visit at 10 to 14 days, then weekly until baby is 12 weeks old",
                 "Weights in baby's red book; EPDS scores shared with Sian and the SW within 2 working days"],
                ["Ewa Kowalczyk (maternal grandmother)",
                 "Stay at the flat and do one night feed, so that Natalia sleeps for at least five hours",
                 "Every night for the first 14 nights after discharge",
                 "Ewa signs the night feed chart each morning; the HV and the SW read it at every visit"],
                ["Kerry-Ann Walsh, SW",
                 "Home visits, one in three unannounced: see baby awake and undressed, and talk with Natalia "
                 "about her mood and with Ryan about cannabis",
                 "Twice a week for the first 4 weeks after discharge, then weekly until baby is 12 weeks old",
                 "Visit records within 2 working days, noting where baby slept and who was in the flat"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Natalia shows any of her early warning signs (two nights without sleep, stopping her "
            "medication, cutting, or talking about ending her life): Sian or the on-call perinatal "
            "psychiatrist sees her within 24 hours (the crisis team the same day out of hours); Kerry-Ann "
            "holds a strategy discussion that day; if baby is home, Ewa stays at the flat day and night until "
            "it has been held, and if baby is on Larch Ward she stays there until a new plan is agreed.",
            "If Ryan's urine test shows cannabis, or he is seen under the influence: he does not care for baby "
            "on his own, Kerry-Ann holds a strategy discussion within 24 hours, and she asks Gillian Moss for a "
            "legal planning meeting within 5 working days.",
            "If Ewa cannot stay for the 14 nights, or has to stop, she or Natalia rings Kerry-Ann that day. "
            "Natalia and baby stay with Mark and Julie Tully at 8 Sedge Lane (agreed by them on 05/02/2026); "
            "if they cannot have them either, baby stays on the ward until the discharge planning meeting "
            "agrees another adult, or, if baby is already home, Amira or Lucy visits every day until the core "
            "group agrees another helper.",
            "If the parenting assessment or the capacity report on 23/03/2026 says baby could not be cared for "
            "safely at home, Kerry-Ann asks for a legal planning meeting before the review conference, to "
            "decide whether to start the Public Law Outline before baby is born.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 10am, Gorsebridge Family Hub: 19/02/2026 and "
            "19/03/2026, then within 10 working days of the birth.",
            "Review child protection conference: 05/05/2026 at 2pm, Gorsebridge Civic Offices.",
        ]),
        ("p", "Plan sent to Natalia, Ryan, Ewa, Mark and Julie Tully and every agency on 12/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan before a move to another council: landscape Word
#    table with theme banner rows, a Ref code, the action with its check on
#    a second line in brackets, RAG, "Added" and "Comments" columns, a key.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_gallowfield_rcpc_theme_banners_check_in_brackets_ref_rag_pemberton.docx",
    "doc_title": "Child Protection Plan (Review) - Callum and Ellie-Mae Pemberton",
    "split": "heldout",
    "actions": 16,
    "landscape": True,
    "template": "rcpc-plan-docx-landscape-kv-details-what-has-happened-going-well-childrens-words-numbered-outcomes-then-ref-action-with-check-in-brackets-on-second-line-person-agency-target-date-rag-added-comments-table-theme-banner-rows-key-under-table-then-contingency-then-meetings-and-legal-planning",
    "description": (
        "Review conference plan for a 13-year-old boy and his 9-year-old sister after their mother's "
        "ex-partner's violence (he is on bail with conditions not to contact the family), with the family "
        "about to move to another council's area to be away from him. The plan is a landscape Word table "
        "split by theme banner rows, with a Ref code, the action and its check on a second line in brackets "
        "in one cell, then 'Person / agency', 'Target date', 'RAG', 'Added' (ICPC or RCPC) and 'Comments' "
        "columns, and a key under the table. Faults: the sanctuary scheme locks have '-' for the person or "
        "agency; the family support worker's sessions are checked only by the mother's engagement; the "
        "learning mentor's sessions have no check line; Place2Be counselling is 'TBC'; the boy's CAMHS "
        "referral is held until the family has moved and the case has transferred; and the contingency "
        "only says that further concerns will be discussed with a manager and the plan reviewed."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gallowfield Borough Council · Children's Services · Family Safeguarding Team 3"),
        ("kv", [
            ("Children", "Callum Pemberton, born 08/07/2012 (13), Year 8, Gallowfield High School; Ellie-Mae "
                         "Pemberton, born 30/03/2016 (9), Year 4, Gallowfield Junior School"),
            ("Address", "6 Rowan Drive, Gallowfield GF7 2NE"),
            ("Mother", "Stacey Pemberton (38)"),
            ("Children's father", "Wayne Pemberton, lives in Marlingford; sees the children every other weekend"),
            ("Mother's ex-partner", "Darren Moss (41); left the house in November 2025; on bail, not to contact "
                                    "Stacey or the children or come to Rowan Drive"),
            ("Category", "Emotional harm (both children)"),
            ("Conferences", "Initial conference 18/11/2025; review conference 10/02/2026 (this plan)"),
            ("Chair", "Joanne Feld (IRO)"),
            ("Social worker", "Rhiannon Pugh (team manager: Martin Okoro)"),
        ]),
        ("h1", "What has happened"),
        ("p", "Darren lived with Stacey and the children from 2022. The police were called to the house three times "
              "in 2025 after he shouted at and pushed Stacey, and in October Ellie-Mae told her teacher that "
              "\"Darren squeezed Mum's neck and Callum tried to pull him off\". Darren left after the initial "
              "conference. On 02/01/2026 he came to the house, broke the back door and hit Stacey in front "
              "of Ellie-Mae. He was arrested and charged, and his trial is listed for 23/03/2026. Stacey has asked "
              "to move to Marlingford, where her sister and the children's father live; Marlingford City Council "
              "has accepted her housing application in principle and a move is expected in April or May 2026. "
              "When the family moves, the case will transfer to Marlingford Children's Services."),
        ("p", "Callum has been in trouble at school for fighting since January and says he cannot sleep. "
              "Ellie-Mae wakes most nights and will not sleep with her door shut."),
        ("h1", "What is going well"),
        ("bullets", [
            "Stacey rang 999 herself on 02/01/2026 and has supported the prosecution.",
            "Stacey has seen the IDVA every fortnight since November and has a safety plan.",
            "Ellie-Mae's attendance since January is 96%, and she has a friend group she trusts.",
            "Wayne has kept every contact weekend and wants to be more involved once the family moves.",
        ]),
        ("h1", "What Callum and Ellie-Mae say"),
        ("p", "Callum (seen on his own at school, 03/02/2026): \"I'm not scared of him, I'm angry. If he comes back "
              "I'll sort him out.\" \"I want to go to Marlingford. Dad's there and nobody knows us.\" He would "
              "like \"someone to talk to who isn't a teacher\"."),
        ("p", "Ellie-Mae (at home, 05/02/2026): \"I keep the door open so I can hear if the back door goes.\" \"I "
              "liked it when it was just us and Mum sang in the kitchen.\" She gave home 5 out of 10, and said "
              "it would be 10 \"if Darren went to prison and I had a cat\"."),
        ("h1", "What needs to change for Callum and Ellie-Mae"),
        ("numbers", [
            "Callum and Ellie-Mae are safe from Darren, at home, at school and on the way there.",
            "Callum and Ellie-Mae sleep well and have a calm routine at home.",
            "Callum and Ellie-Mae go to school every day and each has someone to talk to about what happened.",
            "The move to Marlingford keeps Callum and Ellie-Mae safe and does not leave a gap in their help.",
        ]),
        ("h1", "Action plan"),
        ("p", "Each action has its check on the line below it, in brackets. RAG, Added and Comments are the core "
              "group's notes on progress."),
        ("table", {
            "header": ["Ref", "Action (and how we'll check it)", "Person / agency", "Target date", "RAG", "Added",
                       "Comments"],
            "widths": [1.3, 8.6, 4.2, 3.8, 1.3, 1.7, 4.8],
            "rows": [
                ["THEME 1: SAFE FROM DARREN", H, H, H, H, H, H],
                ["S1",
                 "Ring 999 if Darren comes to the house or contacts her or the children, and tell the SW the same "
                 "day\n(Check: police log and the SW's record of each call)",
                 "Stacey Pemberton",
                 "Every time, the same day",
                 "G", "ICPC",
                 "No contact since 02/01/2026"],
                ["S2",
                 "Safety planning with Stacey, and support for her at the criminal trial\n(Check: written safety "
                 "plan signed by Stacey and copied to the SW; Stacey can tell the SW her plan)",
                 "Nicola Freer, IDVA, Gallowfield Women's Aid",
                 "Safety plan by 20/02/2026; trial on 23/03/2026",
                 "G", "ICPC",
                 "Seen every fortnight since November"],
                ["S3",
                 "Tell the SW about any call-out to 6 Rowan Drive or any breach of Darren's bail "
                 "conditions\n(Check: police notification on the children's file)",
                 "PC Lewis Grant, Gallowfield Police Safeguarding Hub",
                 "Within 24 hours of any call-out or breach",
                 "G", "ICPC",
                 "02/01 breach shared the next day"],
                ["S4",
                 "Fit the sanctuary scheme door and window locks and a door camera at 6 Rowan Drive\n(Check: "
                 "fitting certificate on file, and the locks seen by the SW)",
                 "-",
                 "By 27/02/2026",
                 "R", "ICPC",
                 "Referral made in November; no fitting date yet"],
                ["THEME 2: HOME AND ROUTINES", H, H, H, H, H, H],
                ["H1",
                 "Home visits, one in three unannounced, seeing Callum and Ellie-Mae each on their own\n(Check: "
                 "visit record within 2 working days, with each child's words)",
                 "Rhiannon Pugh, SW",
                 "Every 2 weeks until the transfer-in conference",
                 "G", "ICPC",
                 "7 visits since ICPC"],
                ["H2",
                 "Weekly home sessions with Stacey on routines, bedtimes and handling Callum's anger at "
                 "home\n(Check: Stacey's engagement with the sessions)",
                 "Dawn Kirby, family support worker, Gallowfield Family Hub",
                 "Weekly, 17/02/2026 to 31/03/2026",
                 "A", "RCPC",
                 ""],
                ["H3",
                 "Ellie-Mae in bed by 8pm on school nights, with her night light on and her door open as she "
                 "asks\n(Check: Ellie-Mae's sleep diary, seen by the SW at visits)",
                 "Stacey Pemberton",
                 "Every school night from 11/02/2026",
                 "A", "RCPC",
                 "Still waking most nights"],
                ["H4",
                 "Complete the Marlingford housing application with Stacey and send the evidence of "
                 "risk\n(Check: copy of the application and Marlingford's acknowledgement on file)",
                 "Rhiannon Pugh, SW",
                 "By 20/02/2026",
                 "A", "RCPC",
                 "Accepted in principle 28/01"],
                ["THEME 3: SCHOOL, HEALTH AND FEELINGS", H, H, H, H, H, H],
                ["E1",
                 "Daily check-in for Ellie-Mae with her class teacher, and her attendance sent to the SW\n(Check: "
                 "Friday register e-mail; attendance 95% or more by the Easter holidays)",
                 "Mr Dan Hughes, DSL, Gallowfield Junior School",
                 "Every school day; figures each Friday",
                 "G", "ICPC",
                 "96% since January"],
                ["E2",
                 "Mentoring sessions for Callum about his anger and what happened at home",
                 "Ms Tara Quinn, learning mentor, Gallowfield High School",
                 "Wednesdays from 18/02/2026",
                 "A", "RCPC",
                 "Callum agreed at the review"],
                ["E3",
                 "Place2Be counselling for Ellie-Mae about what she saw and heard at home\n(Check: the "
                 "counsellor's summary to the SW after six sessions)",
                 "Place2Be counsellor, Gallowfield Junior School",
                 "TBC",
                 "A", "ICPC",
                 "On the waiting list"],
                ["E4",
                 "Take Callum to the GP about his headaches and not sleeping\n(Check: Stacey shows the SW the "
                 "appointment; GP letter on file)",
                 "Stacey Pemberton",
                 "By 27/02/2026",
                 "A", "RCPC",
                 ""],
                ["THEME 4: THE MOVE TO MARLINGFORD", H, H, H, H, H, H],
                ["M1",
                 "Hold Callum's CAMHS referral until the family has moved and the case has transferred, then "
                 "refer him to Marlingford CAMHS\n(Check: referral letter and Marlingford CAMHS's acknowledgement "
                 "on file)",
                 "Rhiannon Pugh, SW",
                 "Within 2 weeks of the transfer-in conference",
                 "A", "RCPC",
                 "Stacey agreed to wait"],
                ["M2",
                 "Send this plan, the chronology and the case records to Marlingford Children's Services and ask "
                 "for a transfer-in conference\n(Check: Marlingford's acknowledgement and the conference date on "
                 "file)",
                 "Rhiannon Pugh, SW",
                 "Within 5 working days of Stacey signing the new tenancy",
                 "G", "RCPC",
                 ""],
                ["M3",
                 "Joint home visit with the Marlingford social worker before the move\n(Check: joint visit record "
                 "on both councils' files)",
                 "Rhiannon Pugh, SW",
                 "Before the move, and by 30/04/2026 at the latest",
                 "G", "RCPC",
                 ""],
                ["M4",
                 "Apply for school places in Marlingford for Callum and Ellie-Mae\n(Check: offer letters seen by "
                 "the SW)",
                 "Stacey Pemberton",
                 "Applications by 27/02/2026",
                 "A", "RCPC",
                 "Forms given to Stacey 10/02"],
            ],
        }),
        ("p", "Key: RAG - R not started or off track, A started, G on track. Added - ICPC (initial conference, "
              "18/11/2025) or RCPC (this review conference, 10/02/2026). SW - social worker; IDVA - independent "
              "domestic violence adviser; DSL - designated safeguarding lead; CAMHS - child and adolescent mental "
              "health services."),
        ("h1", "Contingency"),
        ("p", "If there are any further concerns about Callum's or Ellie-Mae's safety, or if the plan is not being "
              "followed, Rhiannon will discuss the case with her manager and the core group will meet to review the "
              "plan and consider what needs to happen next."),
        ("h1", "Meetings and legal planning"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm, Gallowfield Family Hub: 03/03/2026, 31/03/2026 and "
            "28/04/2026.",
            "Next review child protection conference: 12/05/2026 at 10am, Gallowfield Civic Centre, unless the "
            "family has moved and Marlingford's transfer-in conference has been held before then.",
            "If by the core group on 31/03/2026 the children's safety and routines have not improved enough, "
            "Rhiannon will ask Martin Okoro for a legal planning meeting within 10 working days.",
        ]),
        ("p", "Plan agreed at the review conference on 10/02/2026 and sent to Stacey, Wayne and every agency on "
              "12/02/2026."),
    ],
    "findings": [
        F("W001", "Fit the sanctuary scheme door and window locks"),
        F("M002", "Weekly home sessions with Stacey on routines, bedtimes"),
        F("M001", "Mentoring sessions for Callum about his anger"),
        F("T002", "Place2Be counselling for Ellie-Mae about what she saw"),
        F("X001", "Hold Callum's CAMHS referral until the family has moved"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Plan revised at the second core group: Markdown table with an outcome
#    code column, owner and time in one "Who · when" cell split by <br>,
#    "What good looks like", "Added" and "Notes at CG2" columns.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_greystanton_cg2_revised_outcome_codes_who_when_br_cell_adebayo.md",
    "split": "heldout",
    "actions": 14,
    "template": "cp-plan-revised-at-core-group-2-md-details-table-why-there-is-a-plan-going-well-tayos-words-and-leos-signs-coded-outcomes-o1-o4-then-ref-for-outcome-what-will-happen-who-when-in-one-cell-split-by-br-what-good-looks-like-added-notes-at-cg2-table-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary child protection plan, as revised at the second core group, for an autistic 5-year-old "
        "boy with few words and his 11-year-old sister after their father hit the boy with a belt at "
        "bedtime; the father lives away from home and sees the children at his brother's house under the "
        "brother's supervision, and the mother has depression treated by her GP. Outcomes are coded O1 "
        "to O4; the plan is a Markdown table with a 'For outcome' code column, the owner and the time in "
        "one 'Who · when' cell split by a '<br>' line break, a 'What good looks like' column, and "
        "'Added' and 'Notes at CG2' columns that are notes, not measures. The GP writes about the "
        "mother's mood and the children, the uncle's supervision has a fallback, legal planning follows "
        "named triggers, core group and review dates are set, and the sister's words and the boy's signs "
        "are recorded."
    ),
    "text": """\
# Greystanton Council - Children's Services

## Child protection plan for Leo and Tayo Adebayo (revised at Core Group 2, 10/03/2026)

| | |
|---|---|
| **Children** | Leo Adebayo, born 02/06/2020 (5), Reception at Greystanton Brook School (specialist provision for autistic children); Tayo Adebayo, born 19/09/2014 (11), Year 6 at Moor Lane Primary School |
| **Address** | 41 Carrow Road, Greystanton GY2 8HF |
| **Mum** | Grace Adebayo (38) |
| **Dad** | Femi Adebayo (40), living at a friend's flat, 12 Carver Street, since 28/01/2026 |
| **Uncle** | Segun Adebayo (Femi's brother), 7 Pell Gardens, Greystanton |
| **Category** | Physical abuse (Leo); emotional harm (Tayo) |
| **Initial conference** | 10/02/2026, chair Rosalind Pye (IRO) |
| **Social worker** | Rachel Tan, Greystanton Children's Services, Child Protection Team B (team manager: Dev Kaur) |

### Why there is a plan

On 27/01/2026 Leo came into school with long, straight bruises across the backs of both thighs.
He cannot explain in words, but he showed his teacher a hitting movement with his hand and then
hid under the table. Tayo told the school that her dad "hit Leo with his belt because he wouldn't
stop screaming at bedtime". Femi told the police he had "smacked him with the belt once" after
Leo had been awake and screaming until 2am for three nights. The police are investigating. Leo
sleeps very little and screams for long periods when his routine changes; Grace says she is
"running on empty", and she has depression, treated by her GP with sertraline since 2023. Tayo
helps with Leo most evenings and has told her teacher she is "always tired".

### What is going well

- Grace and Femi both agreed to the plan, and Femi moved out on 28/01/2026 and has kept away from
  the house.
- Segun has supervised every Saturday contact since the conference and writes down what happens.
- Leo has settled well at Greystanton Brook; his class team know his signs well.
- Tayo is doing well at school, and loves netball and drawing.

### What Tayo says, and what Leo shows us

**Tayo** (seen on her own at school, 04/03/2026): "It's calmer without Dad shouting, but I miss
him." "Leo screams at night and I put my headphones on." "I want Leo to be OK and I want to go to
netball club on Thursday without having to rush home." She scored home 6 out of 10.

**Leo** uses a few words ("more", "no", "Mummy") and his communication board. His teacher and
Grace say that when he is happy he flaps his hands and hums, and when he is frightened he covers
his ears and goes under a table. At the start of school after the weekend he goes straight to the
sensory room and covers his ears for about ten minutes. At contact on 07/03/2026 he sat on Femi's
knee for a story and hummed. At home he chooses the "bath" and "bed" cards himself when the
visual timetable is up.

### What we want for Leo and Tayo (outcomes)

- **O1** Leo is safe from being hit or hurt, and has no marks or injuries that nobody can explain.
- **O2** Leo and Tayo see their dad safely, in a way they both enjoy.
- **O3** Leo's needs as an autistic boy are understood at home and at school, and his days and
  bedtimes follow a routine he can predict.
- **O4** Tayo feels safe, has time for herself and is not Leo's carer.

### The plan

"For outcome" links each row to the outcomes above. "Who · when" gives the lead first and the
time under it. "Added" is the meeting a row was agreed at; "Notes at CG2" is what the core group
heard on 10/03/2026.

| Ref | For outcome | What will happen | Who · when | What good looks like | Added | Notes at CG2 |
|---|---|---|---|---|---|---|
| P1 | O1 | Home visits, one in three unannounced: see Tayo on her own, and see Leo with his communication board and now/next cards | Rachel Tan (SW)<br>Every week until the review conference on 12/05/2026 | Visit record within 2 working days, with what Tayo said and what Leo showed or signed | ICPC | 5 visits since ICPC, 2 unannounced |
| P2 | O1 | Tell the SW about any mark on Leo, any change in how he is, or anything he shows or signs about being hurt | Mrs Anita Shah (DSL), Greystanton Brook School<br>The same day, every time | CPOMS entry, and the SW's note of the call, both dated the same day | ICPC | No marks seen since 27/01 |
| P3 | O1 | Stay away from 41 Carrow Road, and see Leo and Tayo only at contact supervised by Segun | Femi Adebayo<br>From 10/02/2026 until the review conference decides otherwise | Grace and Tayo asked at every visit; the police tell the SW of any call-out to the house | ICPC | Kept to |
| P4 | O1 | Go to every session of the Caring Dads programme (for fathers who have hurt or frightened their children) | Femi Adebayo<br>Tuesdays 6pm to 8pm, 17 weeks from 03/03/2026 | Attendance register, and the facilitator's reports after week 8 and at the end, sent to the SW | CG1 | Started 03/03 |
| P5 | O1 | Finish the criminal investigation and tell the SW the charging decision | DC Amy Holt, Greystanton Police Child Abuse Investigation Team<br>Decision by 30/04/2026 | Charging decision e-mailed to the SW and shared at the next core group | ICPC | File with the CPS |
| P6 | O2 | Supervise Leo's and Tayo's time with their dad at Segun's home, and never leave Femi alone with Leo | Segun Adebayo (uncle)<br>Every Saturday, 10am to 12pm | Contact record signed by Segun and sent to the SW each Monday | ICPC | 4 contacts, all recorded |
| P7 | O2 | Watch one contact a month, and write down what Leo and Tayo did and how Leo was afterwards | Rachel Tan (SW)<br>First Saturday of each month | Contact observation on file, with Grace's note of how Leo was that afternoon | CG2 | New |
| P8 | O3 | Sensory assessment of Leo, and a written sensory plan for home and for bedtime | Kirsty Moran, occupational therapist, Greystanton Children's Therapy<br>Assessment by 27/03/2026; plan within 2 weeks of it | Sensory plan on file, with copies to Grace, the school and the SW | ICPC | Assessment booked 20/03 |
| P9 | O3 | Home visits to set up a visual timetable, now/next cards and a bedtime plan with Grace | Lou Harper, autism outreach worker, Greystanton Autism Team<br>Fortnightly, six visits from 12/02/2026 | Timetable up in the kitchen, seen by the SW; Grace's sleep diary shows Leo asleep by 8.30pm on five nights a week by the review conference | ICPC | Timetable up; sleep diary started |
| P10 | O3 | Early review of Leo's EHC plan to add his communication and sensory needs | Mr Tom Keane (SENCO), Greystanton Brook School<br>Review meeting by 27/03/2026 | Amended EHC plan issued in draft by the SEND team; copy on the SW's file | CG1 | Meeting set for 25/03 |
| P11 | O3, O4 | Short breaks assessment for Leo | Nadia Yusuf, social worker, Greystanton Disabled Children's Team<br>By 31/03/2026 | Assessment and decision letter on file; date of Leo's first short break set | CG2 | New |
| P12 | O1, O3 | Review Grace's antidepressants, and write to the SW about how her mood affects her care of Leo and Tayo | Dr Peter Lamb, GP, Moor Lane Surgery<br>By 20/02/2026, and again by 28/04/2026 | GP letters on the SW's file | ICPC | First letter received 18/02 |
| P13 | O4 | Young carers assessment for Tayo, and a place at the Tuesday club | Jade Wilson, Greystanton Young Carers<br>Assessment by 27/03/2026; club every Tuesday from 07/04/2026 | Assessment on file; the club register shows Tayo attending | CG1 | Assessment booked |
| P14 | O4 | Three sessions with Tayo about what happened and her worries, using the Three Houses | Rachel Tan (SW)<br>Fortnightly from 17/03/2026 | Tayo's Three Houses and her own words on file; her worry score (0-10) at each session | CG2 | New |

Key: SW = social worker; DSL = designated safeguarding lead; SENCO = special educational needs
coordinator; EHC plan = education, health and care plan; CPOMS = the school's safeguarding record;
CPS = Crown Prosecution Service; ICPC = initial conference; CG1, CG2 = core groups 1 and 2.

### If things go wrong

- If Leo has any mark nobody can explain, shows or signs that he has been hurt, or Tayo says that
  anyone has hit him: the school or Grace rings Rachel (or the Emergency Duty Team) at once, Rachel
  holds a strategy discussion with the police the same day, and Leo has a child protection medical
  that day.
- If Femi comes to 41 Carrow Road or is alone with Leo: Grace rings 999, contact stops, Rachel holds
  a strategy discussion the same day and asks Dev Kaur for a legal planning meeting within 5 working
  days.
- If Segun cannot supervise on a Saturday, or stops supervising, there is no contact that week; he
  or Grace tells Rachel, who arranges supervised contact at Greystanton Family Centre within 7 days
  and until a new supervisor is agreed at core group.
- If Grace tells anyone she cannot cope with Leo at night, or the GP is worried about her mood,
  Rachel arranges an emergency overnight short break for Leo at Oakwood House within 48 hours.
- If by the review conference Femi has been to fewer than 8 Caring Dads sessions, or there is any
  new unexplained injury, Rachel asks Dev Kaur for a legal planning meeting to decide whether to
  start the Public Law Outline.

### Meetings

- Core group every four weeks, Tuesdays at 3.30pm, Greystanton Brook School: 07/04/2026 and
  05/05/2026.
- Review child protection conference: 12/05/2026 at 10am, Greystanton Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan pasted from a spreadsheet: tab-separated rows
#    under a two-row header (RESPONSIBILITY over Who and By when), the
#    outcome given once on the first row of its group (merged cells in the
#    spreadsheet), a RAG column. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b195_gunnerby_icpc_spreadsheet_paste_tab_rows_two_row_header_sutcliffe.txt",
    "split": "heldout",
    "actions": 15,
    "template": "icpc-plan-txt-typed-top-part-equals-underlined-headings-details-worries-going-well-avas-words-noahs-day-then-action-plan-pasted-from-spreadsheet-tab-separated-rows-two-row-header-responsibility-over-who-and-by-when-outcome-on-first-row-of-merged-group-blank-below-rag-column-key-line-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 3-year-old girl and an 8-month-old boy living with neglect; their "
        "mother has depression, cut her arms in December and is seen by the community mental health team, "
        "their father works nights, and the maternal grandmother helps at teatime. The top part is typed "
        "plain text; the action plan is pasted from the council's spreadsheet as tab-separated rows under a "
        "two-row header ('RESPONSIBILITY' over 'Who' and 'By when'), with each outcome given once on the "
        "first row of its group, as the merged cells pasted, and a RAG column. Faults: the baby massage "
        "course is booked 'ASAP'; the nursery's watching of Ava's speech has only 'Reviewed at core "
        "group'; the home fire safety visit has '-' for who; the CPN's fortnightly visits only support the "
        "mother with her mood and medication, measured by visit dates; the damp and mould request has '-' "
        "for its evidence; and the review conference date is 'TBC'."
    ),
    "text": """\
GUNNERBY COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN (INITIAL CHILD PROTECTION CONFERENCE 03/02/2026)
=====================================================================

Children:        Ava Sutcliffe, born 11/10/2022 (3), Little Stars Nursery
                 Noah Archer-Sutcliffe, born 19/06/2025 (8 months)
Address:         Flat 4, 19 Colliery Road, Gunnerby GN6 1DX
Mother:          Jade Sutcliffe (24)
Father:          Liam Archer (27), father of both children, lives at the address;
                 works nights at Gunnerby Logistics (Sun to Thu, 10pm to 6am)
Grandmother:     Carol Sutcliffe (Jade's mum), 3 Pit Lane, Gunnerby
Category:        Neglect (both children)
Chair:           Howard Quayle (IRO)
Social worker:   Ellie Shaw, Gunnerby Children's Social Care, Safeguarding Team 1
                 (team manager: Farah Siddiqui)


WHY THERE IS A PLAN
===================

Jade has had depression since she was a teenager and it got worse after Noah was born. On
18/12/2025 she cut her arms in the bathroom while Liam was at work and the children were in the
flat; Ava found her and Jade rang her mum. Jade was seen at Gunnerby General Hospital A&E and is
now under the Gunnerby Community Mental Health Team. She says that on bad days she cannot get up,
and that Noah stays in his cot until Liam gets home at 6.30am.

At the health visitor's visit on 08/01/2026 Noah had a red, broken nappy rash and had dropped
from the 50th to the 25th centile. At Ellie's visits in January there was black mould on Ava's
bedroom wall, the kitchen bin was overflowing, and there was no food in for Ava's tea on one
visit. Ava says very few words for her age and goes to only half of her nursery sessions.


WHAT IS GOING WELL
==================

- Jade rang her mum herself on 18/12/2025 and has gone to every CMHT appointment since.
- Carol comes three teatimes a week and bathes the children.
- Liam has changed to a later shift so that he can do the nursery run on Tuesdays.
- Ava is affectionate and loves her baby brother; Noah smiles, babbles and is starting to sit up.


WHAT AVA SAYS, AND NOAH'S DAY
=============================

Ava (at nursery with her key worker, 29/01/2026): "Mummy sad. Mummy poorly arm." "Nana does
bubbles." She pointed to the happy face for nursery and for Nana's, and to the sad face for
"night-time".

Noah cannot tell us his day, so Kate (HV) and Ellie have written down what they have seen. He
spends a lot of the day in his cot or his bouncer. On 08/01/2026 he cried when his nappy was
changed because of his rash. He watches Ava all the time and laughs when she plays peekaboo, and
he settles quickly when Carol or Liam pick him up.


ACTION PLAN
===========

Pasted from the plan spreadsheet (CP plan tracker, "Sutcliffe" sheet) on 04/02/2026. In the
spreadsheet the Outcome cells are merged down: each outcome covers the rows under it until the
next outcome. RAG: R = not started, A = started, G = on track.

Ref\tOutcome\tAction\tRESPONSIBILITY\t\tEvidence of change\tRAG
\t\t\tWho\tBy when\t\t
1\tO1 Ava and Noah are fed, clean and warm every day, in a home free of damp and mould\tHome visits, one in three unannounced: see Ava and Noah, check Noah's skin and nappy, and the food in\tEllie Shaw (SW)\tWeekly until the review conference\tVisit record within 2 working days noting the food in, Noah's nappy and what Ava said\tG
2\t\tWeigh Noah, check his nappy rash and go through weaning with Jade\tKate Jones (HV)\tEvery 2 weeks until Noah is 12 months old (19/06/2026)\tWeights on Noah's centile chart in the red book; rash gone by 03/03/2026 (seen by the HV)\tA
3\t\tRequest a damp and mould inspection and repair of Ava's bedroom from Gunnerby Homes\tEllie Shaw (SW)\tRequest by 13/02/2026\t-\tA
4\t\tHome fire safety visit and smoke alarms fitted in the flat\t-\tBy 27/02/2026\tSmoke alarms fitted and seen by the SW\tR
5\t\tHelp Jade with tea, bath and bedtime for Ava and Noah\tCarol Sutcliffe (MGM)\tMon, Wed and Fri, 4pm to 7.30pm\tCarol texts the SW each Friday; the SW sees the bath chart at visits\tG
6\tO2 Ava and Noah are cared for by an adult who is well enough to look after them, day and night\tFortnightly CPN visits to support Jade with her mood and her medication\tGunnerby CMHT (Paul Riley, CPN)\tFortnightly from 10/02/2026\tDates of each visit e-mailed to the SW\tA
7\t\tGo to every CMHT appointment, take her medication as prescribed, and ring the SW or the crisis line the same day if she feels like harming herself\tJade Sutcliffe\tFortnightly from 10/02/2026; the same day if she feels unsafe\tCPN confirms attendance to the SW; Jade's safety plan signed and on file\tG
8\t\tBe at home with Ava and Noah on every night he is not working, and do Noah's night feeds on those nights\tLiam Archer\tEvery Friday and Saturday night; rota sent to the SW each Sunday\tShift rota and night feed chart seen by the SW at visits\tG
9\t\tReview Jade's medication and write to the SW about how her mood affects her care of Ava and Noah\tDr Sunil Varma (GP), Colliery Road Surgery\tBy 06/03/2026\tGP letter on the SW's file\tA
10\t\tBook Jade and Noah on the Gunnerby Family Hub baby massage course\tLisa Burke (FSW)\tASAP\tCourse register shows Jade and Noah at 4 of the 5 sessions\tA
11\tO3 Ava's speech and Noah's development are on track and checked\tWatch Ava's speech and play at nursery and tell the SW about anything worrying\tLittle Stars Nursery (Becky Lamb, key worker)\tEvery session (Tue, Thu and Fri)\tReviewed at core group\tA
12\t\tSpeech and language therapy referral for Ava\tKate Jones (HV)\tBy 20/02/2026\tReferral letter on file; assessment date shared with the core group\tG
13\t\tTake Ava to every funded nursery session\tJade Sutcliffe\tTue, Thu and Fri mornings from 10/02/2026\tNursery register sent to the SW each month; 90% attendance by the review conference\tA
14\t\tThree sessions of direct work with Ava about home, using puppets and feelings faces\tEllie Shaw (SW)\tAll three by 20/03/2026\tAva's words and the feelings faces she chose, on file\tG
15\t\tNoah's development review (ASQ-3) at home\tKate Jones (HV)\tBy 06/03/2026\tASQ-3 scores in the red book and sent to the SW\tG

Key: SW = social worker; HV = health visitor; FSW = family support worker; MGM = maternal
grandmother; CMHT = community mental health team; CPN = community psychiatric nurse; ASQ-3 = Ages
and Stages Questionnaire.


CONTINGENCY
===========

- If Jade self-harms, or tells anyone she is thinking of ending her life: whoever is with her rings
  999 or the Gunnerby crisis team; the children go to Carol's at 3 Pit Lane (or stay with Liam if
  he is at home), and Ellie (or the Emergency Duty Team out of hours) holds a strategy discussion
  the same day.
- If Carol cannot come on a Monday, Wednesday or Friday, or stops helping, she or Jade rings Ellie
  that day; Lisa Burke (FSW) visits at teatime instead, and Ellie agrees another helper with the
  family within a week. If Carol cannot have the children in a crisis, Ellie arranges an emergency
  foster placement that day.
- If Noah drops below the 9th centile, misses two weigh-ins, or is found alone in the flat with no
  adult awake and able to care for him: Kate tells Ellie the same day, Noah is seen by the GP within
  24 hours, and Ellie asks Farah Siddiqui for a legal planning meeting within 5 working days.
- If by the first review conference Noah's weight, Ava's nursery attendance and the state of the
  flat have not improved, Ellie asks for a legal planning meeting to decide whether to start the
  Public Law Outline.


CORE GROUP AND REVIEW
=====================

Core group: every 4 weeks at Gunnerby Family Hub, 10am: 17/02/2026, 17/03/2026, 14/04/2026.
Review child protection conference: date TBC.
""",
    "findings": [
        F("M001", "Request a damp and mould inspection and repair"),
        F("W001", "Home fire safety visit and smoke alarms fitted"),
        F("H001", "Fortnightly CPN visits to support Jade with her mood"),
        F("T002", "Book Jade and Noah on the Gunnerby Family Hub"),
        F("M002", "Watch Ava's speech and play at nursery"),
        F("R001"),
    ],
})
