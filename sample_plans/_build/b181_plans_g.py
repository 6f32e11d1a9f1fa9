"""Batch 181, module g: seven fictional plans (held-out material), places beginning with "g".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (1 to 13),
without running planlint or reading its code.

Focus: the plan inside a longer document, among tables and lists that are
not the work. Each document carries the parts real records carry around a
plan: attendance tables (name, role, agency, present / apologies), contacts
tables (worker, agency, phone, e-mail), a who's who or family tree key,
chronologies in the past tense, the last plan's actions with their RAG
rating or "Done / Not done" or "DONE / NOT DONE / ONGOING" status, school
attendance by term, breath and drug test results, a child's weights, a risk
analysis grid with scaling scores by each professional, a Signs of Safety
three-column mapping whose "What needs to happen?" column holds the safety
goals (a note says the steps are below), the services the family already
has, the documents the conference considered, the conference's decisions,
the children's words, and signatures. None of these is an action and none
is labelled or counted. The plan itself sits under an unmistakable heading
("The child protection plan", "The revised plan", "Next steps: the plan",
"Current plan actions", "Part 6: The plan"), in a layout of its own. Each
plan is in a template of its own.

1. record of an initial conference for a 3-year-old and an 8-month-old
   (neglect; the mother's depression and anxiety, the father's cannabis
   use): attendance table, what agencies told the conference, a risk
   analysis grid, a scaling table by person, the decision, then a
   "No. / What will happen / Lead / By when / How we'll know" table and a
   signatures table (docx, landscape): faults are the nursery's daily look
   at Lacey measured by "Monitored by nursery", Talking Therapies' CBT only
   treating the mother, a parenting group referral with "-" for how we'll
   know, the grandmother's teas "as and when Jade needs a break", "All
   agencies" sharing worries, and an outcome about the mother only (M002,
   H001, M001, T002, W002, F002);
2. the social worker's report to a first review conference with the
   revised plan (a 10-year-old and a 6-year-old after domestic abuse; the
   mother's drinking): details, a chronology, the last plan's actions with
   RAG ratings, attendance by term, breath test results, the children's
   words, scaling at the initial conference and now, the decision, then
   the revised plan table; page header and footer (pdf, exemplary);
3. a Signs of Safety conference paper for a 7-year-old and a 2-year-old
   (the father's drinking and violence): who came, who's who, danger
   statements, complicating factors, the three-column mapping, scaling by
   person, Zofia's three houses, safety goals, then a "Next steps: the
   plan" table (md): faults are the father's Caring Dads "when he feels
   ready", the drink and drug service's assessment with "-" for how we'll
   know, the class teacher's morning check "Monitored by school", a
   passive family hub referral with "-" for who, "All professionals"
   telling the social worker if the father comes, a contingency that only
   says the network will meet to review and consider next steps, and no
   legal planning (T002, M001, M002, W001, W002, C002, R002);
4. the record of the first core group after a review conference for a
   5-year-old and a 5-month-old (the mother's postnatal depression, the
   father's cocaine and alcohol use, the grandmother staying at weekends):
   attendance and contacts tables, services already in place, the review
   conference's actions marked done or not done, test results, agency
   updates, the children's words and scaling, then the revised plan table
   and an "agreed by" table (docx, exemplary);
5. a chair's record of an initial conference for a 13-year-old and an
   11-year-old (the mother's misuse of prescribed and bought tablets, an
   overdose, a young carer): documents considered, a who's who table,
   attendance, information shared, the children's words, the chair's
   analysis, lettered decisions, then the plan as typed numbered
   owner-first paragraphs; page header and footer (pdf): faults are the
   mother's GP referral "as soon as possible", food in the house only
   something the social worker will "keep an eye on", the father's
   weekends with nothing saying how we will know, "All professionals"
   telling the social worker of worries, a school nurse referral with no
   time, the mother's misuse recorded with no adult service owning any
   action, and the review conference "to be confirmed" (T002, M002, M001,
   W002, T001, F004, R001);
6. a case-system export of a review plan for a 12-year-old and a
   9-year-old after their father's violence, the family moving to another
   authority: case summary, attendance, services involved, chronology,
   previous plan actions with status, attendance by term, risk analysis
   with scaling by professional, views, decision, outcomes, then "Current
   plan actions" blocks with Action / Owner / Timescale / Measure lines
   (txt): faults are direct work with the 9-year-old deferred until the
   case transfers, for the receiving authority to start (with its own
   owner, time and measure), the mother's Freedom Programme "Ongoing", the
   head of year's watch "Monitored by school", a CAMHS referral with "-"
   for its owner, the IDVA's safety plan handover with "-" for its
   measure, and no fallback if the grandparents cannot supervise the
   father's contact (X001, T002, M002, W001, M001, C003);
7. a family plan booklet in nine parts after a pre-birth and initial
   conference for a 2-year-old with faltering weight and an unborn baby
   (the mother's mild learning disability, the father's past violence):
   who is who, contacts, what has happened, Kofi's weights, help already in
   place and the papers used, Kofi's and the baby's world, outcomes, then
   Part 6, one card per action with What / Who / When / How we'll know
   lines (md, exemplary).

Three plans (2, 4 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read; every
outcome is about the children; each contingency has specific triggers and
protective responses, and says what happens if a relative's help fails;
each records the children's voice or observed world, core group dates and
a dated review conference, and legal planning after named triggers; an
adult service (recovery service, GP, learning disability team) owns
actions where a parent is ill, disabled or uses drugs or alcohol, and the
one adult mental health service (plan 4's perinatal team) is asked for its
view of the mother's capacity to change and how long it will take.

Counting convention used for "actions" (README convention 1): each row of
the plan table (plans 1, 2, 3 and 4), each typed numbered paragraph under
"The child protection plan" (plan 5), each ACTION block (plan 6) and each
card of Part 6 (plan 7) counts once, whatever number of sentences it holds.
Attendance, contacts and who's who tables, chronologies, the previous
plan's actions and their status, attendance and test result tables, risk
analysis and mapping grids, scaling, services already in place, documents
considered, decisions, outcomes, the contingency, transfer and meeting
arrangements, distribution lists and signatures are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference record: details, attendance table, what agencies told
#    the conference, the children's experience, a risk analysis grid and a
#    scaling table by person, the decision, outcomes, then the plan table,
#    contingency, meetings and signatures. Faulty (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_galtonbury_icpc_record_attendance_risk_grid_signatures_thackeray.docx",
    "doc_title": "Initial Child Protection Conference Record and Plan - Lacey Thackeray and Mason Holt",
    "split": "heldout",
    "actions": 15,
    "landscape": True,
    "template": "icpc-record-docx-landscape-conference-kv-attendance-table-name-role-agency-present-apologies-reason-what-agencies-told-the-conference-past-tense-parents-views-childrens-experience-risk-analysis-grid-harm-complicating-strengths-scaling-table-by-person-decision-outcomes-then-no-what-will-happen-lead-by-when-how-well-know-plan-table-then-contingency-meetings-signatures-table",
    "description": (
        "Record of an initial child protection conference for a 3-year-old and an 8-month-old living "
        "with neglect: their mother has depression and anxiety and their father smokes cannabis daily; "
        "the police found the children unsupervised at night. Most of the document is not the plan: an "
        "attendance table (present / apologies / report sent), what each agency told the conference in "
        "the past tense, the parents' views, the children's experience, a risk analysis grid (harm, "
        "complicating factors, strengths), a scaling table with each person's score, the conference's "
        "decision and a signatures table. The plan is one table under the heading 'The child protection "
        "plan'. Faults: the nursery's daily look at Lacey is measured only by 'Monitored by nursery'; "
        "Talking Therapies' CBT only treats the mother; a parenting group referral has '-' for how we'll "
        "know; the grandmother's teas are 'as and when Jade needs a break'; 'All agencies' share worries; "
        "and one outcome is about the mother only."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Record and Plan"),
        ("p", "Galtonbury Borough Council · Safeguarding and Reviewing Unit · OFFICIAL-SENSITIVE"),
        ("kv", [
            ("Children", "Lacey Thackeray, born 11/09/2022 (3), Little Owls Nursery; Mason Holt, born 14/05/2025 "
                         "(8 months)"),
            ("Address", "Flat 3, 27 Cinder Lane, Galtonbury GN2 6RD"),
            ("Conference", "Initial child protection conference, Tuesday 20/01/2026, 1.30pm to 3.45pm, Room 4, "
                           "Galtonbury Civic Offices"),
            ("Chair", "Margaret Ellison, independent reviewing officer"),
            ("Minutes", "Lucy Barnes, Safeguarding and Reviewing Unit"),
            ("Social worker", "Hannah Pike, Safeguarding Team East (team manager: David Crane)"),
        ]),
        ("h1", "1. Who was there"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present / apologies"],
            "widths": [5.5, 6.0, 8.7, 5.5],
            "rows": [
                ["Margaret Ellison", "Chair (IRO)", "Galtonbury Safeguarding and Reviewing Unit", "Present"],
                ["Lucy Barnes", "Minute taker", "Galtonbury Safeguarding and Reviewing Unit", "Present"],
                ["Jade Thackeray", "Mother", "-", "Present"],
                ["Ryan Holt", "Father", "-", "Present"],
                ["Sandra Thackeray", "Maternal grandmother", "-", "Present for the parents' part"],
                ["Hannah Pike", "Social worker", "Galtonbury Children's Services", "Present"],
                ["David Crane", "Team manager", "Galtonbury Children's Services", "Present"],
                ["Rachel Moss", "Health visitor", "Galtonbury 0-19 Service", "Present"],
                ["Gill Porter", "Nursery manager", "Little Owls Nursery", "Present"],
                ["Dean Sutcliffe", "Recovery worker", "Galtonbury Pathways (drug and alcohol service)", "Present"],
                ["PC Tom Harker", "Police officer", "Galtonbury Police Public Protection Unit", "Apologies; report sent"],
                ["Dr Farah Anwar", "GP", "Brook Street Surgery", "Apologies; report sent"],
                ["Kerry Amos", "CBT therapist", "Galtonbury Talking Therapies", "Apologies"],
            ],
        }),
        ("h1", "2. Why the conference was held"),
        ("p", "At 11.40pm on 02/01/2026 a neighbour rang the police because Mason had been crying for over two hours. "
              "Officers found Jade asleep on the sofa and could not wake her easily; Ryan was out. Lacey was in the "
              "kitchen in a wet nappy, eating dry cereal from the box, and the front door was on the latch. There was "
              "dog mess in the hallway and no milk for Mason. Hannah completed a section 47 enquiry, which concluded "
              "on 13/01/2026 that Lacey and Mason are likely to suffer significant harm through neglect."),
        ("h1", "3. What agencies told the conference"),
        ("p", "Police (report from PC Harker): officers were called to the flat twice in 2025 (14/06/2025 and "
              "29/10/2025) because of loud arguments; no one was arrested. On 02/01/2026 the flat smelled strongly "
              "of cannabis."),
        ("p", "Health visitor (Rachel Moss): Mason weighed 7.1kg on 08/01/2026. He was on the 50th centile at "
              "birth and is now just above the 25th. He missed his 12-week and 16-week immunisations. Rachel saw "
              "Jade tearful at both of her last two visits, and Jade told her she had stopped going out."),
        ("p", "Nursery (Gill Porter): Lacey has come to 62% of her sessions since September, usually late, and "
              "often hungry and in yesterday's clothes. She says very few words for her age and hides under the "
              "table when other children are loud."),
        ("p", "GP (report from Dr Anwar): Jade was diagnosed with depression and anxiety in 2024 and has taken "
              "sertraline since March 2025. She missed her medication review in November. Ryan is registered with "
              "the practice and has not been seen since 2023."),
        ("p", "Pathways (Dean Sutcliffe): Ryan was assessed on 15/01/2026. He said he smokes about £20 of cannabis "
              "a day, mostly in the evening, and wants to cut down and then stop. His first urine screen was "
              "positive for cannabis."),
        ("p", "Talking Therapies (by e-mail before the conference): Jade was assessed on 06/01/2026 and started "
              "twelve weekly CBT sessions on 13/01/2026."),
        ("h1", "4. What Jade and Ryan said"),
        ("p", "Jade said she has been 'in a black hole' since Mason was born and is ashamed of how the flat looked. "
              "She said she takes her tablets 'most days'. Ryan said he smokes to help him sleep and never smokes "
              "near the children, but accepted that he had left Jade alone with them when he knew she was low. Both "
              "said they love their children and want help. Sandra said she would help more if Jade asked her."),
        ("h1", "5. Lacey's and Mason's experience"),
        ("p", "Lacey talked to her key worker, Amy, at nursery on 15/01/2026 while playing with the dolls' house: "
              "'Mummy sleeping. Daddy gone.' 'Lacey get the crispies.' She put the baby doll in the cot and said "
              "'baby crying, crying'. When Amy asked what she likes at home, she said 'Nanna's bath'."),
        ("p", "Mason cannot tell us about his day. On Hannah's visits on 05/01/2026 and 12/01/2026 he was in his "
              "car seat in the front room with a bottle propped on a cushion, and he had a sore nappy rash. He "
              "smiled and reached for Jade when she sang to him, and he settled quickly on Sandra's shoulder."),
        ("h1", "6. Risk analysis"),
        ("table", {
            "header": ["Harm and danger", "Complicating factors", "Strengths and safety"],
            "widths": [8.6, 8.5, 8.6],
            "rows": [
                ["Lacey and Mason were left at night with no adult awake to care for them.\n"
                 "Mason's weight has dropped from the 50th towards the 25th centile and he has missed his "
                 "immunisations.\n"
                 "Lacey's speech is behind and she is often hungry at nursery.",
                 "Jade's depression and anxiety, and missed medication reviews.\n"
                 "Ryan's daily cannabis use, and his absence in the evenings.\n"
                 "Arguments at the flat in 2025 that brought the police twice.\n"
                 "Damp in the children's bedroom and a broken back door lock.",
                 "Jade asked for help herself and has started CBT.\n"
                 "Ryan has gone to Pathways and said he wants to stop.\n"
                 "Sandra lives ten minutes away and Lacey loves her bath nights there.\n"
                 "Both parents came to the conference and listened."],
            ],
        }),
        ("p", "Scaling question: on a scale of 0 to 10, where 0 means Lacey and Mason cannot stay at home safely "
              "and 10 means everyone is confident they are safe enough for the plan to end, where are things today?"),
        ("table", {
            "header": ["Person", "Score", "Why"],
            "widths": [6.5, 2.5, 16.7],
            "rows": [
                ["Hannah Pike (SW)", "3", "The children were left alone at night; the flat was unsafe."],
                ["Rachel Moss (HV)", "3", "Mason's weight and missed immunisations."],
                ["Gill Porter (nursery)", "4", "Lacey is coming more often since Christmas."],
                ["Dean Sutcliffe (Pathways)", "4", "Ryan came to his assessment and wants to stop."],
                ["Jade", "7", "'I've got help now.'"],
                ["Ryan", "6", "'We know what went wrong.'"],
                ["Sandra", "5", "'They need more help than they've been getting.'"],
            ],
        }),
        ("h1", "7. Decision of the conference"),
        ("p", "The conference agreed that Lacey and Mason are likely to suffer significant harm. Each child will "
              "be the subject of a child protection plan under the category of neglect. Every agency present "
              "agreed with this decision, and Jade and Ryan said they understood it. The chair asked that the "
              "plan below be sent to everyone within one working day."),
        ("h1", "8. What we want for Lacey and Mason"),
        ("numbers", [
            "Lacey and Mason always have a sober adult who is awake and able to care for them, day and night.",
            "Mason gains weight back towards the 50th centile and has all his immunisations.",
            "Lacey goes to every nursery session on time, fed and in clean clothes, and her speech catches up.",
            "Lacey and Mason live in a clean, warm, safe flat with food in the cupboards.",
            "Jade will feel less anxious and more confident as a parent.",
        ]),
        ("h1", "9. The child protection plan"),
        ("p", "This table is the plan. Each row says what will happen, who leads it, by when, and how the core "
              "group will know it has happened."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "By when", "How we'll know"],
            "widths": [1.2, 9.3, 4.8, 4.6, 5.8],
            "rows": [
                ["1",
                 "Visit Lacey and Mason at home, at least one visit in three unannounced; see Lacey on her own and "
                 "Mason awake, and check the food in the flat, the children's beds and the kitchen",
                 "Hannah Pike (SW)",
                 "Every week from 21/01/2026 until the review conference",
                 "A visit record on file within 48 hours for every week, saying what food was in and what Lacey said"],
                ["2",
                 "Weigh Mason, plot his weight in his red book, and go through his feeds and weaning with Jade",
                 "Rachel Moss (HV)",
                 "Every two weeks from 27/01/2026 until Mason is 12 months old",
                 "Weights plotted on the red book centile chart and e-mailed to Hannah the same day"],
                ["3",
                 "Book and take Mason to his missed 12-week and 16-week immunisations",
                 "Jade Thackeray (Mum)",
                 "By 13/02/2026",
                 "Immunisations written in the red book and on the GP record; Rachel checks at her next visit"],
                ["4",
                 "Get Lacey to nursery on time for all her funded sessions (Monday to Thursday, 8.45am)",
                 "Jade and Ryan",
                 "Every session from 21/01/2026",
                 "Nursery register, sent to Hannah every Friday by Gill Porter"],
                ["5",
                 "Keep an eye on Lacey's presentation when she arrives at nursery (hunger, clothes, nappy)",
                 "Gill Porter, nursery manager, Little Owls Nursery",
                 "Every session",
                 "Monitored by nursery"],
                ["6",
                 "Refer Lacey to Galtonbury Children's Speech and Language Therapy for an assessment of her "
                 "speech and understanding",
                 "Rachel Moss (HV)",
                 "By 06/02/2026",
                 "Acceptance letter copied to Hannah; the therapist's assessment report shared at the next core "
                 "group after it is written"],
                ["7",
                 "Weekly CBT sessions with Jade for her low mood and anxiety",
                 "Kerry Amos, CBT therapist, Galtonbury Talking Therapies",
                 "Weekly, twelve sessions from 13/01/2026",
                 "Attendance letter to Hannah after session 6 and session 12"],
                ["8",
                 "Review Jade's sertraline with her, and write to Hannah about how her mood is affecting her care "
                 "of Lacey and Mason and what further help she needs",
                 "Dr Farah Anwar, GP, Brook Street Surgery",
                 "Appointment by 06/02/2026; letter by 13/02/2026",
                 "GP letter on Hannah's file by 13/02/2026"],
                ["9",
                 "Key-work sessions with Ryan about stopping cannabis, a urine drug screen at every session, and a "
                 "written report on whether he has stopped and is likely to stay stopped",
                 "Dean Sutcliffe, recovery worker, Galtonbury Pathways",
                 "Every week from 22/01/2026; report by 10/03/2026",
                 "Urine results e-mailed to Hannah after each session; report on Hannah's file by 10/03/2026"],
                ["10",
                 "Not smoke cannabis in the flat or while caring for Lacey and Mason, and keep no cannabis in the "
                 "flat",
                 "Ryan Holt (Dad)",
                 "Every day from 20/01/2026",
                 "Urine results from row 9; no smell of cannabis at any visit, written in Hannah's and Rachel's "
                 "visit records"],
                ["11",
                 "Refer Jade and Ryan to the Incredible Years parenting group at Galtonbury Family Hub",
                 "Leanne Cole, family support worker, Galtonbury Family Hub",
                 "By 06/02/2026",
                 "-"],
                ["12",
                 "Home sessions with Jade and Ryan on a daily routine for the children (meals, bath, bedtime) and "
                 "on keeping the kitchen and hallway clean",
                 "Leanne Cole, family support worker",
                 "Every Tuesday from 27/01/2026 for 12 weeks",
                 "Home conditions scale scored by Leanne and Hannah together every four weeks, rising from 2 to 4 "
                 "by the review conference"],
                ["13",
                 "Have Lacey and Mason at her house for tea and a bath, to give Jade a break",
                 "Sandra Thackeray (maternal grandmother)",
                 "As and when Jade needs a break",
                 "Sandra texts Hannah each time she has the children"],
                ["14",
                 "Tell Hannah the same day about any worry about Lacey's or Mason's care, and record it on the "
                 "agency's own system",
                 "All agencies",
                 "The same day",
                 "Each worry written on the children's chronology by Hannah"],
                ["15",
                 "Ask Galtonbury Homes to treat the damp in the children's bedroom and fix the back door lock",
                 "Hannah Pike (SW), with Jade",
                 "Request by 23/01/2026; work done by 27/02/2026",
                 "Galtonbury Homes job sheet on file, and the lock and bedroom seen by Hannah at her next visit"],
            ],
        }),
        ("h1", "10. If things go wrong"),
        ("bullets", [
            "If Lacey and Mason are found without a sober adult who is awake to care for them, or Jade or Ryan is "
            "under the influence of cannabis while caring for them, the children go to Sandra's house at 9 Fern "
            "Street that day, and Hannah holds a strategy discussion with the police and Rachel the same day.",
            "If Sandra cannot have the children, Hannah (or the Emergency Duty Team out of hours) arranges an "
            "emergency foster placement through the Galtonbury placements team that day.",
            "If Mason loses weight at two weighs in a row, Rachel books him in with Dr Anwar within 48 hours and "
            "Hannah visits the same day.",
            "If the children are left without an adult again, or Ryan's urine screens are still positive at the "
            "report on 10/03/2026, Hannah will ask David Crane for a legal planning meeting within 5 working days "
            "to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "11. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Galtonbury Family Hub, Tuesdays at 10am: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Review child protection conference: Tuesday 14/04/2026 at 10am, Galtonbury Civic Offices.",
        ]),
        ("h1", "12. Signatures"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [9.0, 9.0, 7.7],
            "rows": [
                ["Jade Thackeray (Mum)", "J. Thackeray", "20/01/2026"],
                ["Ryan Holt (Dad)", "R. Holt", "20/01/2026"],
                ["Margaret Ellison (Chair)", "M. Ellison", "20/01/2026"],
            ],
        }),
    ],
    "findings": [
        F("M002", "Keep an eye on Lacey's presentation when she arrives at nursery"),
        F("H001", "Weekly CBT sessions with Jade for her low mood and anxiety"),
        F("M001", "Refer Jade and Ryan to the Incredible Years parenting group"),
        F("T002", "Have Lacey and Mason at her house for tea and a bath"),
        F("W002", "Tell Hannah the same day about any worry about Lacey's"),
        F("F002", "Jade will feel less anxious and more confident as a parent."),
    ],
})


# ---------------------------------------------------------------------------
# 2. Social worker's report to a review conference with the revised plan:
#    details, a chronology table, the last plan's actions with RAG ratings
#    (for the record), attendance by term, breath test results, the
#    children's words, scaling by each professional, the decision, outcomes,
#    then the revised plan table. Header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_glaswade_rcpc_report_chronology_rag_last_plan_then_revised_plan_pearce.pdf",
    "doc_title": "Review Child Protection Conference - report and revised plan - Kayden and Evie Pearce",
    "split": "heldout",
    "actions": 14,
    "min_pages": 3,
    "header": "Glaswade City Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Kayden and Evie Pearce · Review conference 03/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-sw-report-paged-header-footer-details-table-chronology-date-what-happened-source-table-last-plan-no-action-lead-rag-what-happened-table-for-the-record-attendance-by-term-table-breath-test-results-table-childrens-words-scaling-by-professional-at-icpc-and-now-decision-outcomes-then-revised-plan-no-what-will-happen-who-when-how-we-will-know-table-then-if-things-go-wrong-meetings-distribution",
    "description": (
        "Exemplary social worker's report to the first review conference for a 10-year-old and a "
        "6-year-old after domestic abuse by the younger child's father, whose mother began drinking "
        "heavily after the separation. Most of the report is not the plan: a details table, a "
        "chronology since the initial conference (date / what happened / source, all past tense), the "
        "last plan's actions with their RAG ratings and what happened (kept for the record), school "
        "attendance by term, the mother's breath test results, the children's words, scaling by each "
        "professional at the initial conference and now, and the conference's decision. The revised "
        "plan is one table in section 9. Every action has a named owner, a real timescale and an "
        "observable measure; the recovery service and the GP own actions; the grandfather's and aunt's "
        "help has a fallback; legal planning follows named triggers; core group dates and a dated review "
        "conference are set."
    ),
    "blocks": [
        ("title", "Report to the Review Child Protection Conference, and Revised Plan"),
        ("p", "Written by Sophie Grant, social worker, Family Safeguarding Team North, for the first review "
              "conference on 03/02/2026. Sections 1 to 8 are the report and the conference's decision. The plan "
              "agreed at the conference is in section 9, with the contingency and meetings after it."),
        ("h1", "1. Details"),
        ("table", {
            "rows": [
                ["Children", "Kayden Pearce, born 02/03/2015 (10, Year 6); Evie Wilde-Pearce, born 18/07/2019 "
                             "(6, Year 2). Both at Glaswade Juniors and Infants (Ash Lane site)."],
                ["Address", "22 Alder Close, Glaswade GW5 3PL"],
                ["Mother", "Louise Pearce (34)"],
                ["Evie's father", "Craig Wilde (37), Kayden's former stepfather; lives in Penmoor. A non-molestation "
                                  "order protects Louise until 12/09/2026."],
                ["Kayden's father", "Shaun Bright; no contact since 2017"],
                ["Family", "Dennis Pearce (maternal grandfather), 6 Holly Road; Kim Pearce (maternal aunt), "
                           "41 Marsh Street"],
                ["Category", "Emotional abuse (both children). Initial conference 14/10/2025."],
                ["Chair", "Anita Rowe, independent reviewing officer"],
                ["Team manager", "Graham Ellwood"],
            ],
            "widths": [3.8, 13.2],
            "bold_first_col": True,
        }),
        ("h1", "2. Chronology since the initial conference"),
        ("table", {
            "header": ["Date", "What happened", "Source"],
            "widths": [2.6, 11.2, 3.2],
            "rows": [
                ["14/10/2025", "Initial conference; both children made subject to plans (emotional abuse).",
                 "Conference minutes"],
                ["22/10/2025", "Louise assessed by Glaswade Recovery Service; AUDIT score 24.", "Recovery Service"],
                ["05/11/2025", "Craig sent Louise 14 text messages in one evening; police warned him about the "
                               "order.", "Police"],
                ["20/11/2025", "Louise was breathalysed at 0.41 at an unannounced visit at 4pm; Evie was at home. "
                               "Dennis took the children for the night.", "SW visit record"],
                ["21/11/2025", "Strategy discussion held; Louise agreed to daily contact with the Recovery Service "
                               "for two weeks.", "Strategy minutes"],
                ["09/12/2025", "Louise started the Freedom Programme; she missed two sessions in December.",
                 "Freedom Programme register"],
                ["06/01/2026", "Kayden told his learning mentor that 'Mum hasn't drunk since the bad day'.",
                 "School (CPOMS)"],
                ["27/01/2026", "Louise's liver function tests came back within the normal range.", "GP letter"],
            ],
        }),
        ("h1", "3. What happened to the plan made on 14/10/2025"),
        ("p", "This table is kept for the record only. It is not the new plan. Green means done, amber partly "
              "done, red not done. Where work is still needed it has been written into the revised plan in "
              "section 9."),
        ("table", {
            "header": ["No.", "What the last plan said", "Lead", "RAG", "What happened"],
            "widths": [1.0, 6.0, 2.8, 1.6, 5.6],
            "rows": [
                ["1", "SW to visit every two weeks", "SW", "Green", "Eleven visits, four unannounced"],
                ["2", "Louise to be assessed by the Recovery Service", "Louise", "Green", "Assessed 22/10/2025"],
                ["3", "Louise to attend the Freedom Programme", "Louise", "Amber",
                 "Started 09/12/2025; 5 of 7 sessions so far"],
                ["4", "Evie to be seen about bedwetting", "School nurse", "Red",
                 "Not done: the referral was lost. Now row 10 of the new plan."],
                ["5", "Police to add a marker to the address", "Police", "Green", "Marker added 16/10/2025"],
                ["6", "Direct work with Kayden", "SW", "Amber",
                 "Two sessions; stopped over Christmas. Now row 2 of the new plan."],
            ],
        }),
        ("h1", "4. School attendance by term"),
        ("table", {
            "header": ["Term", "Kayden", "Evie"],
            "widths": [7.0, 5.0, 5.0],
            "rows": [
                ["Summer term 2025", "84%", "80%"],
                ["Autumn term 2025 (to half term)", "89%", "86%"],
                ["Autumn term 2025 (after half term)", "94%", "93%"],
                ["Spring term 2026 (to 30/01/2026)", "97%", "96%"],
            ],
        }),
        ("h1", "5. Louise's breath test results"),
        ("table", {
            "header": ["Date", "Reading (mg/L)", "Tested by"],
            "widths": [5.0, 5.0, 7.0],
            "rows": [
                ["20/11/2025", "0.41", "Sophie Grant (SW), unannounced visit"],
                ["04/12/2025", "0.00", "Marcus Webb, Recovery Service"],
                ["18/12/2025", "0.00", "Marcus Webb, Recovery Service"],
                ["08/01/2026", "0.00", "Sophie Grant (SW), unannounced visit"],
                ["22/01/2026", "0.00", "Marcus Webb, Recovery Service"],
            ],
        }),
        ("h1", "6. What Kayden and Evie told us"),
        ("p", "Kayden (seen on his own at school, 27/01/2026): 'It's calmer now Craig's gone. I still check Mum's "
              "bag for bottles.' 'I don't want to talk about him at school.' He wants to go to Glaswade Academy "
              "with his friend Ollie in September and to 'stop worrying about Mum'. He scored home 6 out of 10: "
              "'It'd be 9 if I knew Mum wasn't going to drink again.'"),
        ("p", "Evie (at home with her colouring, 29/01/2026) drew her house with 'Mummy, me, Kay and Grandad' in "
              "it and said 'Daddy's not allowed, he shouted and broke the door'. She said she likes 'sleepovers at "
              "Auntie Kim's with pizza' and that she 'does wees in the bed when I have dreams'."),
        ("h1", "7. Analysis and scaling"),
        ("p", "There has been real progress since November: Louise has been sober at every test since 04/12/2025, "
              "school attendance has risen each half term, and Craig has not come to the house since his warning. "
              "The worries are that Louise's sobriety is only two months old, that Kayden still feels responsible "
              "for her, and that Evie's bedwetting and nightmares show she is still frightened. Scores on a scale "
              "of 0 (the children are not safe at home) to 10 (safe enough for the plan to end):"),
        ("table", {
            "header": ["Person", "Agency", "At the initial conference", "Now"],
            "widths": [4.4, 5.6, 3.8, 3.2],
            "rows": [
                ["Sophie Grant", "Children's Services", "3", "5"],
                ["Marcus Webb", "Glaswade Recovery Service", "3", "6"],
                ["Joel Adeyemi", "Glaswade Juniors and Infants", "4", "6"],
                ["Priya Shah", "Glaswade Domestic Abuse Service (IDVA)", "3", "5"],
                ["Louise", "-", "6", "8"],
            ],
        }),
        ("h1", "8. Decision of the review conference"),
        ("p", "The conference decided that Kayden and Evie will stay on child protection plans under the "
              "category of emotional abuse, because Louise's sobriety is recent and the children still show "
              "the effects of what they lived through. The plan will be reviewed at the next review conference "
              "(section 10)."),
        ("h1", "What we want for Kayden and Evie"),
        ("numbers", [
            "Kayden and Evie are cared for every day by a mum who is sober, and never see her drunk again.",
            "Kayden and Evie are kept safe from Craig, and feel safe at home and at school.",
            "Kayden stops checking on his mum and can enjoy being 10, and moves up to secondary school in "
            "September with his friends.",
            "Evie sleeps through the night, has fewer nightmares, and has dry nights most of the week.",
        ]),
        ("h1", "9. The revised plan"),
        ("p", "Agreed at the review conference on 03/02/2026. It runs until the next review conference on "
              "04/06/2026."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 6.0, 3.3, 3.1, 3.6],
            "rows": [
                ["1",
                 "Visit Kayden and Evie at home, one visit in three unannounced and one after 6pm each month; see "
                 "each child on their own, and breath-test Louise at every unannounced visit",
                 "Sophie Grant (SW)",
                 "Every two weeks from 04/02/2026 until 04/06/2026",
                 "Visit records within 48 hours, with each child's words and the breath reading"],
                ["2",
                 "Six sessions of direct work with Kayden about Mum's drinking and what is his job and what is not, "
                 "using his worry monster book",
                 "Sophie Grant (SW)",
                 "Weekly, 11/02/2026 to 18/03/2026",
                 "Kayden's worry score (0-10) at sessions 1 and 6 on file; the worry monster book on file"],
                ["3",
                 "Key-work sessions with Louise on staying sober, with a breath test at every session, and a "
                 "written report on whether she has stayed sober and is likely to stay sober",
                 "Marcus Webb, recovery worker, Glaswade Recovery Service",
                 "Every week until 04/06/2026; report by 21/05/2026",
                 "Breath readings e-mailed to Sophie after each session; Marcus's report on Sophie's file by "
                 "21/05/2026"],
                ["4",
                 "Not drink alcohol at all, take a breath test whenever Sophie or Marcus asks, and ring Sophie the "
                 "same day if she has had a drink",
                 "Louise Pearce (Mum)",
                 "Every day from 03/02/2026",
                 "Every breath reading 0.00, written in Sophie's and Marcus's records"],
                ["5",
                 "Go to the rest of the Freedom Programme on Thursday mornings at Glaswade Family Hub",
                 "Louise Pearce (Mum)",
                 "Thursdays, 05/02/2026 to 30/04/2026",
                 "Register sent to Sophie monthly; at least 10 of the 12 sessions attended"],
                ["6",
                 "Check the non-molestation order is in force, go through Louise's safety plan with her, and ring "
                 "Sophie and the police the same day if Craig breaks the order",
                 "Priya Shah, IDVA, Glaswade Domestic Abuse Service",
                 "Every month until the order ends on 12/09/2026",
                 "Updated safety plan on Sophie's file each month; any breach in the police log"],
                ["7",
                 "Keep the urgent response marker on 22 Alder Close and on the school, and send Sophie any call-out "
                 "to the address or sighting of Craig near it",
                 "PC Amir Latif, Glaswade Police Domestic Abuse Unit",
                 "Marker checked by 13/02/2026, then every 3 months; call-outs within 24 hours",
                 "Marker e-mail on file; each call-out report on Sophie's file within 24 hours"],
                ["8",
                 "Meet Kayden at the gate for a five-minute check-in using his feelings scale, and pass anything he "
                 "says about home to the DSL",
                 "Joel Adeyemi, learning mentor, Glaswade Juniors and Infants",
                 "Every school day, 8.40am",
                 "Feelings scale scores logged on CPOMS and sent to Sophie each Friday"],
                ["9",
                 "Send Sophie both children's attendance and late marks from the register",
                 "Helen Ward, attendance officer",
                 "Every Friday until 04/06/2026",
                 "Weekly figures on file; both children at 95% or above each half term"],
                ["10",
                 "See Evie about her bedwetting and nightmares, and give Louise a night-time plan and a wet-night "
                 "chart",
                 "Carla Moss, school nurse, Glaswade 0-19 Service",
                 "First appointment by 27/02/2026, then every month",
                 "Wet-night chart seen by Carla at each appointment; number of dry nights a week written in her "
                 "letter to Sophie"],
                ["11",
                 "Collect Kayden and Evie from school and give them tea at his house",
                 "Dennis Pearce (Grandad)",
                 "Every Tuesday and Thursday, 3.15pm to 6pm",
                 "School collection log; Dennis texts Sophie by 2pm if he cannot come"],
                ["12",
                 "Have Kayden and Evie for tea and a sleepover while Louise goes to her Friday SMART Recovery "
                 "meeting",
                 "Kim Pearce (maternal aunt)",
                 "Every Friday, 5pm to Saturday 10am",
                 "Kim texts Sophie each Saturday morning; Louise's SMART attendance in Marcus's report"],
                ["13",
                 "Check Louise's physical health and repeat her liver function tests, and write to Sophie about her "
                 "drinking and her health",
                 "Dr Owen Patel, GP, Alder Street Surgery",
                 "Blood test by 27/03/2026; letter by 10/04/2026",
                 "GP letter on Sophie's file by 10/04/2026"],
                ["14",
                 "Write to Craig to say that any contact with Evie can only be arranged through the family court "
                 "and would be supervised at a contact centre, and send Louise a copy",
                 "Sophie Grant (SW)",
                 "By 13/02/2026",
                 "Letter and proof of posting on file; Louise confirms she has her copy"],
            ],
        }),
        ("h1", "10. If things go wrong"),
        ("bullets", [
            "If Louise has a breath reading above 0.00 while caring for the children, or is seen drunk: Dennis "
            "collects the children that day and they stay at 6 Holly Road; Sophie (or the Emergency Duty Team) "
            "holds a strategy discussion the same day; and Sophie asks Graham Ellwood for a legal planning "
            "meeting within 5 working days to decide whether to start the Public Law Outline.",
            "If Craig comes to the house or the school, or contacts Louise or the children: Louise or the school "
            "rings 999; the police act on the non-molestation order; Priya finds Louise and the children a "
            "refuge place that day if Louise asks for one; and Sophie holds a strategy discussion the same day.",
            "If Dennis cannot collect the children, they stay at the school's after-school club until 6pm (places "
            "agreed by the school for Tuesdays and Thursdays) and Louise collects them. If Kim cannot have them on "
            "a Friday, Louise stays home with the children and Marcus offers her a session on the Saturday "
            "morning instead. If Dennis cannot take the children in an emergency, Kim has agreed to; if neither "
            "can, Sophie or the Emergency Duty Team arranges an emergency foster placement that day.",
            "If Marcus's report on 21/05/2026 says Louise is not likely to stay sober, Sophie will ask for a legal "
            "planning meeting before the review conference.",
        ]),
        ("h1", "11. Core group and review"),
        ("bullets", [
            "Core group every four weeks at Glaswade Family Hub, Tuesdays at 9.30am: 17/02/2026, 17/03/2026, "
            "14/04/2026 and 12/05/2026.",
            "Next review child protection conference: Thursday 04/06/2026 at 10am, Glaswade City Hall.",
        ]),
        ("h1", "12. Distribution"),
        ("p", "Louise Pearce; Dennis Pearce and Kim Pearce (their parts only); Glaswade Juniors and Infants; "
              "Glaswade Recovery Service; Glaswade Domestic Abuse Service; Glaswade Police; Alder Street Surgery; "
              "Glaswade 0-19 Service. Sent on 05/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety conference paper: who came, who's who, danger
#    statements, complicating factors, the three-column mapping (its third
#    column the safety goals, not the plan), scaling by each person, Zofia's
#    three houses, safety goals, then "Next steps: the plan" table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_gormbridge_sos_mapping_grid_scaling_by_person_next_steps_nowak.md",
    "split": "heldout",
    "actions": 14,
    "template": "signs-of-safety-icpc-md-who-came-table-here-column-whos-who-table-danger-statements-complicating-factors-three-column-mapping-worried-working-well-what-needs-to-happen-goals-with-note-scaling-table-by-person-one-point-higher-three-houses-safety-goals-then-next-steps-the-plan-no-who-what-by-when-how-well-know-table-then-if-the-plan-is-not-followed-meetings",
    "description": (
        "Signs of Safety initial conference paper for a 7-year-old and a 2-year-old after their father, "
        "drunk, pushed their mother into a door frame while she held the toddler. Most of the paper is not "
        "the plan: a who-came table, a who's who, danger statements, complicating factors, the three-column "
        "mapping (its 'What needs to happen?' column holds the safety goals, and a note says the steps are "
        "below), a scaling table by each person, and Zofia's three houses. The plan is the 'Next steps: the "
        "plan' table. Faults: the father starts Caring Dads 'when he feels ready'; the drink and drug "
        "service's assessment has '-' for how we'll know; the class teacher's morning check is 'Monitored by "
        "school'; a passive family hub referral with '-' for who; 'All professionals' tell the social worker "
        "if the father comes to the house; a contingency that only says the network will meet to review and "
        "consider next steps; and nothing about legal planning."
    ),
    "text": """\
# Gormbridge Children's Services

## Child protection conference (Signs of Safety): Zofia and Kuba Nowak

**Initial child protection conference, Monday 08/12/2025, 10am, Gormbridge Family Hub.**
Chair: Janet Morley (IRO). Social worker: Ruth Carver, Safeguarding Team West (team manager: Owen Blake).
Category agreed: emotional abuse (both children).

This paper follows the Signs of Safety conference record: who came, the mapping, scaling and the
children's words come first. The plan itself is the table headed **Next steps: the plan**.

### Who came

| Name | Who they are | Agency | Here? |
|---|---|---|---|
| Janet Morley | Chair | Gormbridge Safeguarding Unit | Yes |
| Agnieszka Nowak | Mum | - | Yes |
| Tomasz Nowak | Dad | - | Yes (first part only), with Piotr Zielinski, Polish interpreter |
| Ewa Kaczmarek | Mum's sister | - | Yes |
| Ruth Carver | Social worker | Gormbridge Children's Services | Yes |
| Beth Hollins | Health visitor | Gormbridge 0-19 Service | Yes |
| Neil Fenwick | Designated safeguarding lead | Kiln Road Primary School | Yes |
| Claire Dunn | IDVA | Gormbridge Women's Aid | Yes |
| DC Sam Oliver | Police | Domestic Abuse Investigation Team | Report only |
| Jack Lyons | Recovery worker | Gormbridge Drink and Drug Service | Apologies |

### Who's who

| Person | Who they are to Zofia and Kuba | Where they live |
|---|---|---|
| Zofia Nowak, born 21/05/2018 (7) | - | At home; Year 3, Kiln Road Primary School |
| Kuba Nowak, born 03/10/2023 (2) | Zofia's brother | At home |
| Agnieszka Nowak (30) | Mum | 8 Tannery Row, Gormbridge GB3 1LT |
| Tomasz Nowak (34) | Dad | On bail at his brother's, 14 Kiln Lane |
| Marek Nowak | Dad's brother | 14 Kiln Lane |
| Ewa Kaczmarek | Mum's sister ("Ciocia Ewa") | 2 Mill Court, five minutes away |

### What we are worried will happen (danger statements)

Everyone at the conference is worried that if nothing changes, Tomasz will drink at the weekend, become
angry and hurt Agnieszka again while Zofia and Kuba are there, and that Kuba could be badly hurt if he is
in his mum's arms or in the way, as he was on 29/11/2025.

We are also worried that Zofia will keep feeling that it is her job to keep her mum and brother safe, and
that she will go on being too frightened to sleep or to tell anyone at school what is happening.

### What makes it harder (complicating factors)

- Tomasz has been drinking heavily at weekends for about two years; he says he "only drinks beer".
- The police were called to the house twice in 2024 for arguments; no one was charged.
- Tomasz's bail conditions end on 12/01/2026 and he has said he wants to come home for Christmas.
- Agnieszka has no family in Gormbridge apart from Ewa, and works evenings at a care home.
- Tomasz prefers to talk in Polish and has not yet met Ruth with an interpreter.

### The conference's mapping

| What are we worried about? | What's working well? | What needs to happen? |
|---|---|---|
| On 29/11/2025 Tomasz, drunk, pushed Agnieszka into the door frame while she held Kuba; Kuba's head hit the frame. | Zofia rang Ciocia Ewa, who came at once and rang the police. | Zofia and Kuba need to live in a home where no one is hurt, shouted at or frightened. |
| Zofia is not sleeping and hides under her duvet when she hears the front door. | Agnieszka took the children to Ewa's that night and has kept Tomasz away since. | Zofia and Kuba need to be cared for by adults who are sober whenever the children are with them. |
| Tomasz drinks most weekends and gets angry when drunk. | Tomasz came to the conference and said "I am ashamed". | Zofia needs to know who she can tell and to feel safe at school and at home. |
| Kuba's 2-year check is overdue. | Zofia's school has noticed her worries and is giving her time with the ELSA. | Kuba needs his health checks and a nursery place. |

*The third column gives the safety goals the conference agreed for Zofia and Kuba. The steps that will
reach them, with who does each one and by when, are in **Next steps: the plan** below.*

### Scaling

On a scale of 0 to 10, where 0 means the children are not safe at home and 10 means everyone is confident
they are safe enough for the plan to end:

| Person | Score | What would make it one point higher |
|---|---|---|
| Ruth (SW) | 3 | Tomasz seeing the drink and drug service, and a safety plan written with Agnieszka |
| Beth (HV) | 4 | Kuba's review done and the bump on his head healed |
| Neil (school) | 4 | Zofia sleeping better and telling someone at school how she feels |
| Claire (IDVA) | 3 | Agnieszka's safety plan in place and the DASH done |
| Agnieszka | 7 | "Tomasz getting help before he comes home" |
| Ewa | 5 | "Knowing Tomasz won't just turn up" |

### Zofia's three houses (with Ruth at school, 04/12/2025)

- **House of worries:** "Tata shouting and Mama crying." "Kuba banged his head." "Tata coming back when he's drunk."
- **House of good things:** "Ciocia Ewa's house." "My teacher Mrs Lowry." "Playing Lego with Kuba."
- **House of dreams:** "Tata stops drinking beer and we go to the park all of us." "I want to sleep in my own bed."

Kuba is too young to tell us. Beth saw him on 02/12/2025: he has a small healing bruise above his left
eyebrow, he babbled and brought his mum his toys, and he cried and clung to her when the door buzzer went.

### Safety goals (what we want for Zofia and Kuba)

1. Zofia and Kuba are never in the house when anyone is drunk, violent or shouting.
2. Zofia sleeps in her own bed, knows her safety plan, and can say who she would tell.
3. Kuba has his 2-year review and a nursery place, and his development is on track.

### Next steps: the plan

| No. | Who | What | By when | How we'll know |
|---|---|---|---|---|
| 1 | Ruth Carver (SW) | Visit Zofia and Kuba at home, at least one visit in three unannounced, and see Zofia on her own at each visit | Every week until the review conference | Visit records within 48 hours, with Zofia's words and who was in the house |
| 2 | Ruth Carver (SW) | Four words-and-pictures sessions with Zofia, explaining what happened and who she can ring, ending with her own safety plan card | Weekly, 15/12/2025 to 12/01/2026 | Zofia's words-and-pictures story and safety card on file; Zofia can tell Ruth who she would ring |
| 3 | Agnieszka (Mum) | Not let Tomasz into the house or leave the children with him while his bail conditions last, and tell Ruth straight away if he asks to come | Every day from 08/12/2025 until the review conference | Agnieszka rings Ruth the same day he asks; Ruth checks with DC Oliver each week that no call-outs were made |
| 4 | Tomasz (Dad) | Meet Ruth to talk about his drinking and start the Caring Dads programme | When he feels ready | Caring Dads attendance register sent to Ruth |
| 5 | Jack Lyons, Gormbridge Drink and Drug Service | Complete an alcohol assessment with Tomasz, including an AUDIT, in Polish with an interpreter | By 09/01/2026 | - |
| 6 | Claire Dunn, IDVA, Gormbridge Women's Aid | Complete a DASH risk assessment with Agnieszka, write a safety plan with her, and refer to MARAC if she scores 14 or more | By 15/12/2025 | DASH score and signed safety plan on Ruth's file; MARAC referral on file if made |
| 7 | DC Sam Oliver, Domestic Abuse Investigation Team | Tell Ruth of any breach of Tomasz's bail and of the charging decision | Within 24 hours of any breach; decision by 12/01/2026 | Police log e-mail on Ruth's file |
| 8 | Mrs Kate Lowry, Zofia's class teacher | Check how Zofia is each morning in class and give her a quiet job if she seems tired or upset | Every school day | Monitored by school |
| 9 | Neil Fenwick, DSL, Kiln Road Primary School | Weekly ELSA sessions for Zofia about worries, sleep and feelings | Every Tuesday, 09/12/2025 to 10/02/2026 | ELSA notes and Zofia's worry thermometer at the first and last sessions, shared with Ruth |
| 10 | Beth Hollins, HV | See Kuba at home, check the bump on his head has healed, and do his 2-year review with an ASQ-3 | Visit by 12/12/2025; ASQ-3 by 16/01/2026 | HV record e-mailed to Ruth; ASQ-3 scores shared at the core group |
| 11 | - | A referral will be made to Gormbridge Family Hub for a family support worker to help with Kuba's routines | By 19/12/2025 | Allocation letter from the Family Hub on Ruth's file |
| 12 | All professionals | Tell Ruth the same day if they see Tomasz at the house or drunk near the children | The same day | Ruth writes each call on the case file |
| 13 | Agnieszka (Mum) | Take Kuba to Little Steps Nursery for his funded two-year-old place | Monday, Wednesday and Friday mornings from 05/01/2026 | Nursery register sent to Ruth every month |
| 14 | Ruth Carver (SW), with Piotr Zielinski (interpreter) | Go through this plan with Tomasz in Polish so he knows what he must do before he can see the children | By 19/12/2025 | Tomasz's signed Polish copy of the plan on file |

### If the plan is not followed

If there are further concerns, or the plan is not followed, Ruth will discuss this with her manager and
the safety network will meet to review the plan and consider next steps.

### Meetings

- Core group (safety network) every four weeks at Gormbridge Family Hub, Fridays at 1pm: 19/12/2025,
  16/01/2026 and 13/02/2026.
- Review child protection conference: Tuesday 03/03/2026 at 10am, Gormbridge Family Hub.

Paper sent to Agnieszka, Tomasz (with a Polish translation), Ewa and every agency on 10/12/2025.
""",
    "findings": [
        F("T002", "Meet Ruth to talk about his drinking and start"),
        F("M001", "Complete an alcohol assessment with Tomasz, including an AUDIT"),
        F("M002", "Check how Zofia is each morning in class"),
        F("W001", "A referral will be made to Gormbridge Family Hub"),
        F("W002", "Tell Ruth the same day if they see Tomasz"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group record with a revised plan: meeting details, attendance
#    table, contacts table, services the family already has, done / not done
#    table for the review conference's actions, the father's test results,
#    agency updates, the children's words, scaling, outcomes, then the
#    revised plan table, contingency, meetings and "agreed by". Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_grisingham_core_group_record_contacts_done_not_done_results_revised_plan_rahman.docx",
    "doc_title": "Core Group Record and Revised Child Protection Plan - Ayaan and Safa Rahman",
    "split": "heldout",
    "actions": 15,
    "template": "core-group-record-docx-kv-meeting-who-was-there-table-present-apologies-contacts-table-worker-agency-phone-email-services-already-in-place-bullets-done-not-done-table-of-last-actions-test-results-table-agency-updates-past-tense-childrens-words-scaling-outcomes-then-revised-plan-no-what-will-happen-lead-when-how-well-know-table-then-if-things-go-wrong-next-meetings-agreed-by-table",
    "description": (
        "Exemplary record of the first core group after a review conference, for a 5-year-old and a "
        "5-month-old whose mother has postnatal depression and whose father uses cocaine and alcohol at "
        "weekends; the paternal grandmother stays at weekends. Most of the record is not the plan: an "
        "attendance table, a contacts table (worker, agency, phone, e-mail), a list of services the family "
        "already has, a table of the review conference's actions marked done or not done, the father's "
        "test results, what each agency told the core group, the children's words and scaling. The revised "
        "plan is one table in section 10. The perinatal team reports on the mother's capacity to change "
        "and its timescale, the recovery service and the GP own actions, the grandmother's weekends have a "
        "fallback, legal planning follows named triggers, and core group dates and the review conference "
        "are set."
    ),
    "blocks": [
        ("title", "Core Group Record and Revised Child Protection Plan"),
        ("p", "Grisingham Council · Children and Families · Safeguarding Team South"),
        ("kv", [
            ("Children", "Ayaan Rahman, born 04/06/2020 (5), Reception, Grisingham Park Primary School; Safa "
                         "Rahman, born 22/08/2025 (5 months)"),
            ("Address", "11 Weaver Street, Grisingham GR7 2NB"),
            ("Parents", "Nadia Rahman (27) and Imran Rahman (31)"),
            ("Plan", "Child protection plans (neglect) since 01/10/2025; continued at the review conference on "
                     "18/12/2025"),
            ("Meeting", "Core group, Monday 26/01/2026, 10am, Grisingham Family Hub: the first since the review "
                        "conference"),
            ("Chaired by", "Megan Doyle, social worker (team manager: Sarah Khan)"),
        ]),
        ("h1", "1. Who was there"),
        ("table", {
            "header": ["Name", "Role", "Agency", "Present / apologies"],
            "widths": [3.8, 4.2, 5.6, 3.4],
            "rows": [
                ["Megan Doyle", "Social worker (chair)", "Grisingham Children and Families", "Present"],
                ["Nadia Rahman", "Mum", "-", "Present"],
                ["Imran Rahman", "Dad", "-", "Present"],
                ["Shameem Rahman", "Paternal grandmother (Dadi)", "-", "Present"],
                ["Ruth Ainsworth", "Health visitor", "Grisingham 0-19 Service", "Present"],
                ["Joanne Whitley", "CPN, care coordinator", "Grisingham Perinatal Mental Health Team", "Present"],
                ["Liam Foster", "Recovery worker", "Grisingham Recovery Partnership", "Present"],
                ["Paul Barker", "DSL", "Grisingham Park Primary School", "Present"],
                ["Amina Qureshi", "Parent-infant practitioner", "Grisingham Family Hub", "Apologies; update sent"],
            ],
        }),
        ("h1", "2. Contact details"),
        ("table", {
            "header": ["Worker", "Agency", "Phone", "E-mail"],
            "widths": [3.4, 5.0, 3.0, 5.6],
            "rows": [
                ["Megan Doyle", "Grisingham Children and Families", "01632 960 214",
                 "megan.doyle@grisingham.example.gov.uk"],
                ["Ruth Ainsworth", "Grisingham 0-19 Service", "01632 960 377", "ruth.ainsworth@grisingham-health.example.nhs.uk"],
                ["Joanne Whitley", "Perinatal Mental Health Team", "01632 960 581", "joanne.whitley@grisingham-mh.example.nhs.uk"],
                ["Liam Foster", "Grisingham Recovery Partnership", "01632 960 402", "liam.foster@grp.example.org.uk"],
                ["Paul Barker", "Grisingham Park Primary School", "01632 960 119", "dsl@grisinghampark.example.sch.uk"],
                ["Emergency Duty Team", "Out of hours", "01632 960 000", "-"],
            ],
        }),
        ("h1", "3. Services the family already has"),
        ("bullets", [
            "Nadia: the Perinatal Mental Health Team since September 2025 (Joanne Whitley, CPN); sertraline from "
            "her GP, Dr Salma Rashid, Weaver Street Medical Centre.",
            "Imran: Grisingham Recovery Partnership since November 2025 (Liam Foster).",
            "Ayaan: a six-session speech and language therapy block at Grisingham Children's Centre, which "
            "finished on 15/01/2026.",
            "Safa: health visiting from Ruth Ainsworth; the baby massage group at the Family Hub finished in "
            "December.",
            "The family: a Home-Start volunteer, Carol, has visited on Monday mornings since 03/11/2025.",
        ]),
        ("h1", "4. The review conference's actions: done or not done"),
        ("p", "For the record. Anything not done has been carried into the revised plan in section 10."),
        ("table", {
            "header": ["Action set on 18/12/2025", "Lead", "Done / not done", "Note"],
            "widths": [6.4, 2.8, 2.4, 5.4],
            "rows": [
                ["Dadi to stay at the house on Friday and Saturday nights", "Shameem", "Done",
                 "Every weekend since 19/12/2025; log seen by Megan"],
                ["Imran's hair strand test", "Liam", "Done", "Taken 06/01/2026; result below"],
                ["Register Ayaan with a dentist", "Nadia", "Not done", "Carried forward: row 9"],
                ["Speech and language block for Ayaan", "Children's Centre", "Done", "Six sessions finished 15/01/2026"],
                ["Perinatal written view before the core group", "Joanne", "Done", "Received 22/01/2026"],
                ["Family group conference referral", "Megan", "Not done", "Carried forward: row 15"],
            ],
        }),
        ("h1", "5. Imran's test results since the review conference"),
        ("table", {
            "header": ["Date", "Test", "Result", "Taken by"],
            "widths": [2.8, 5.2, 5.6, 3.4],
            "rows": [
                ["22/12/2025", "Urine drug screen", "Negative", "Liam Foster"],
                ["06/01/2026", "Hair strand (3 months)", "Cocaine at a low level in the oldest section only "
                                                        "(October); none since", "Liam Foster"],
                ["08/01/2026", "Urine drug screen", "Negative", "Liam Foster"],
                ["15/01/2026", "Urine drug screen", "Negative", "Liam Foster"],
                ["22/01/2026", "Urine drug screen", "Positive for cocaine", "Liam Foster"],
            ],
        }),
        ("h1", "6. What each agency told the core group"),
        ("p", "Liam said that Imran told him he used cocaine on the evening of Tuesday 20/01/2026 at a friend's "
              "birthday in Harrowby, and stayed at his brother Faisal's for two nights, as the plan then said. "
              "Nadia confirmed that Imran did not come home until 22/01/2026. The core group agreed that from now "
              "on Imran stays away until he has a negative screen (row 4 of the revised plan)."),
        ("p", "Joanne said that Nadia's mood has lifted since December: her EPDS score fell from 18 in November to "
              "11 on 19/01/2026. Joanne's written view is that Nadia is making steady change and is likely to be "
              "well enough to care for both children without extra help within about three months, if she keeps "
              "taking her medication."),
        ("p", "Ruth weighed Safa on 20/01/2026 at 6.9kg, on the 50th centile. Paul said Ayaan's attendance is 96% "
              "this term and he is talking more in class."),
        ("h1", "7. Ayaan's words and Safa's day"),
        ("p", "Ayaan (seen on his own at school by Megan, 21/01/2026): 'Abbu had a poorly day and went to Uncle "
              "Faisal's.' 'Dadi makes paratha on Saturdays.' He wants 'Abbu to play football with me' and said he "
              "feels 'a bit scared' when Abbu is 'loud on the phone'."),
        ("p", "Safa cannot tell us about her day. On Megan's visit on 23/01/2026 she was awake on her playmat, "
              "reaching for a rattle and smiling at Nadia. She fed well, and Nadia noticed her tired signs and put "
              "her down in her cot on her back."),
        ("h1", "8. Scaling"),
        ("p", "0 = Ayaan and Safa are not safe at home; 10 = safe enough for the plan to end. Megan 5, Ruth 6, "
              "Joanne 6, Liam 4, Paul 6, Nadia 7, Imran 6, Shameem 6."),
        ("h1", "9. What we want for Ayaan and Safa"),
        ("numbers", [
            "Ayaan and Safa are cared for at all times by an adult who is sober and well enough to look after "
            "them, day and night.",
            "Safa keeps growing along her centile line, and is fed, held and settled when she needs it.",
            "Ayaan goes to school every day, his speech keeps improving, and he no longer feels scared at home.",
        ]),
        ("h1", "10. Revised plan (until the review conference on 16/06/2026)"),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "When", "How we'll know"],
            "widths": [1.0, 6.0, 3.4, 3.0, 3.6],
            "rows": [
                ["1",
                 "Visit Ayaan and Safa at home, at least one visit in three unannounced and one visit a month at a "
                 "weekend; see Ayaan on his own",
                 "Megan Doyle (SW)",
                 "Every two weeks until 16/06/2026",
                 "Visit records within 48 hours, with Ayaan's words and who was at home"],
                ["2",
                 "See Nadia at home, check her mood (EPDS) and medication, and give a written view before each core "
                 "group on whether she is making the changes Ayaan and Safa need and how long further change is "
                 "likely to take",
                 "Joanne Whitley, CPN care coordinator, Perinatal Mental Health Team",
                 "Every two weeks; written view two working days before each core group",
                 "EPDS score at each visit; Joanne's written view on Megan's file before every core group"],
                ["3",
                 "Key-work sessions with Imran on cocaine and alcohol, a urine screen at every session and a second "
                 "hair strand test, and a written report on whether he has stopped and is likely to stay stopped",
                 "Liam Foster, recovery worker, Grisingham Recovery Partnership",
                 "Weekly; hair strand on 20/04/2026; report by 01/06/2026",
                 "Urine results e-mailed to Megan after each session; hair strand result and report on Megan's "
                 "file"],
                ["4",
                 "Not use cocaine or drink alcohol; if he does, stay at Faisal's flat and not come home until he has "
                 "a negative urine screen with Liam",
                 "Imran Rahman (Dad)",
                 "Every day from 26/01/2026 until 16/06/2026",
                 "Urine results (row 3); Nadia or Imran tells Megan the same day if Imran stays at Faisal's"],
                ["5",
                 "Stay at the house on Friday and Saturday nights, do Safa's night feed and get Ayaan up in the "
                 "morning",
                 "Shameem Rahman (Dadi)",
                 "Every Friday and Saturday night until 16/06/2026",
                 "Shameem signs the weekend log on the fridge; Megan reads it at every visit"],
                ["6",
                 "Weigh Safa, check her development, and go through weaning and safe sleep with Nadia",
                 "Ruth Ainsworth (HV)",
                 "Monthly, then her 9-12 month review by 22/06/2026",
                 "Weights on the red book chart; ASQ-3 scores from the 9-12 month review sent to Megan"],
                ["7",
                 "Six sessions of Video Interaction Guidance with Nadia and Safa, filmed at home",
                 "Amina Qureshi, parent-infant practitioner, Grisingham Family Hub",
                 "Every two weeks, 02/02/2026 to 13/04/2026",
                 "Amina's summary after sessions 3 and 6, describing how Nadia answers Safa's cues, sent to Megan"],
                ["8",
                 "Take her sertraline every day and keep her mood diary for Joanne's visits",
                 "Nadia Rahman (Mum)",
                 "Every day from 26/01/2026",
                 "Mood diary seen by Joanne at each visit; repeat prescriptions collected on time (GP record)"],
                ["9",
                 "Register Ayaan with a dentist and take him for a check-up",
                 "Nadia Rahman (Mum)",
                 "Registered by 13/02/2026; check-up by 27/03/2026",
                 "Appointment card shown to Megan at her next visit"],
                ["10",
                 "Check in with Ayaan each morning using his feelings faces, and tell Megan the same day about "
                 "anything he says about home",
                 "Paul Barker, DSL, Grisingham Park Primary School",
                 "Every school day",
                 "Feelings faces chart on CPOMS, sent to Megan each Friday"],
                ["11",
                 "Send Megan Ayaan's attendance and late marks",
                 "Jane Cole, attendance officer, Grisingham Park Primary School",
                 "Every Friday until 16/06/2026",
                 "Weekly e-mail on file; Ayaan at 95% or more each half term"],
                ["12",
                 "Re-assess Ayaan's speech now the block has finished, and set new targets with his class teacher",
                 "Sian Rees, speech and language therapist, Grisingham Children's Centre",
                 "By 27/02/2026",
                 "Report with new targets sent to school, Nadia and Megan by 27/02/2026"],
                ["13",
                 "Four sessions of direct work with Ayaan about Abbu's 'poorly days', using his three houses, "
                 "ending with his own 'who I tell' card",
                 "Megan Doyle (SW)",
                 "Weekly, 02/02/2026 to 23/02/2026",
                 "Drawings and card on file; Ayaan can name two grown-ups he would tell"],
                ["14",
                 "See Imran about his alcohol use and take a liver function blood test, and write to Megan about his "
                 "health and drinking",
                 "Dr Salma Rashid, GP, Weaver Street Medical Centre",
                 "Appointment by 13/02/2026; letter by 27/02/2026",
                 "GP letter on Megan's file by 27/02/2026"],
                ["15",
                 "Hold a family group conference with Nadia, Imran, Shameem, Faisal and Nadia's sister Rukhsana, to "
                 "agree who steps in if Shameem cannot do a weekend",
                 "Tom Benn, coordinator, Grisingham Family Group Conference Service",
                 "By 13/03/2026",
                 "Family plan written at the conference and shared with the core group by 20/03/2026"],
            ],
        }),
        ("h1", "11. If things go wrong"),
        ("bullets", [
            "If Imran is under the influence of any drug or alcohol at home, or comes home before a negative "
            "screen: Nadia asks him to leave for Faisal's and rings Megan that day; Megan visits within 24 hours "
            "and sees both children; and Megan asks Sarah Khan for a legal planning meeting within 5 working days "
            "to decide whether to start the Public Law Outline.",
            "If Nadia's EPDS score is 13 or more, or she says she has thoughts of harming herself or Safa: Joanne "
            "arranges a same-day assessment by the perinatal crisis team; Shameem moves in to care for the "
            "children; and Megan holds a strategy discussion the same day.",
            "If Shameem cannot stay on a Friday or Saturday night, or cannot move in when needed, Nadia's sister "
            "Rukhsana Ali (3 Elm Row, agreed on 26/01/2026) stays instead. If neither can, Imran stays at "
            "Faisal's and Megan (or the Emergency Duty Team) visits that evening; if Nadia is also unwell, Megan "
            "arranges a foster placement for the children that day.",
            "If the report on 01/06/2026 says Imran is not likely to stay off cocaine, Megan will ask for a legal "
            "planning meeting before the review conference.",
        ]),
        ("h1", "12. Next meetings"),
        ("bullets", [
            "Core group every four weeks at Grisingham Family Hub, Mondays at 10am: 23/02/2026, 23/03/2026, "
            "20/04/2026 and 18/05/2026.",
            "Review child protection conference: Tuesday 16/06/2026 at 1.30pm, Grisingham Town Hall.",
        ]),
        ("h1", "13. Agreed by"),
        ("table", {
            "header": ["Name", "Signature", "Date"],
            "widths": [6.0, 6.0, 5.0],
            "rows": [
                ["Nadia Rahman", "N. Rahman", "26/01/2026"],
                ["Imran Rahman", "I. Rahman", "26/01/2026"],
                ["Shameem Rahman", "S. Rahman", "26/01/2026"],
                ["Megan Doyle (SW)", "M. Doyle", "26/01/2026"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Chair's record of an initial conference: documents considered, a
#    who's who table, attendance, information shared, the children's words,
#    the chair's analysis, the conference's lettered decisions, outcomes,
#    then the plan as typed numbered paragraphs. Header and footer. Faulty
#    (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_gablethwaite_chairs_record_documents_whos_who_decisions_numbered_plan_fairclough.pdf",
    "doc_title": "Initial Child Protection Conference - Chair's Record and Plan - Jake and Ellie Fairclough",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "Gablethwaite Borough Council · Safeguarding and Quality Assurance Unit",
    "footer": "Chair's record: Jake and Ellie Fairclough · ICPC 12/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-chairs-record-paged-header-footer-kv-documents-considered-bullets-whos-who-table-name-relationship-lives-attendance-lines-information-shared-past-tense-childrens-words-chairs-analysis-lettered-decisions-of-the-conference-outcomes-then-the-child-protection-plan-typed-numbered-owner-first-paragraphs-with-time-and-check-then-contingency-core-group-and-review",
    "description": (
        "Chair's record of an initial conference for a 13-year-old and an 11-year-old whose mother misuses "
        "prescribed codeine and pregabalin bought from others and was found unconscious by her daughter; "
        "the boy has been caring for the family and missing school. Most of the record is not the plan: "
        "the documents the conference considered, a who's who table, attendance, the information shared "
        "(past tense), the children's words, the chair's analysis and the conference's lettered decisions. "
        "The plan is a list of typed numbered paragraphs, each with owner, time and check in the same "
        "item. Faults: the mother asks her GP for a drug service referral 'as soon as possible'; her "
        "keeping food in is only something the social worker will 'keep an eye on'; the father's "
        "weekends have nothing saying how we will know; 'All professionals' tell the social worker of "
        "worries; a school nurse referral has no time; the mother's misuse is recorded but no adult "
        "service owns any action; and the review conference date is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference: Chair's Record and Plan"),
        ("kv", [
            ("Children", "Jake Fairclough, born 30/04/2012 (13, Year 8, Gablethwaite Academy); Ellie Fairclough, "
                         "born 15/08/2014 (11, Year 6, Moor Lane Primary School)"),
            ("Address", "19 Quarry Bank, Gablethwaite GB9 4TE"),
            ("Conference", "Monday 12/01/2026, 2pm, Gablethwaite Town Hall, Committee Room 2"),
            ("Chair", "Robert Neale, child protection chair"),
            ("Social worker", "Nina Shaw, Assessment and Safeguarding Team (team manager: Helen Carr)"),
        ]),
        ("h1", "Documents the conference considered"),
        ("bullets", [
            "Social worker's report to conference, dated 08/01/2026, with the section 47 enquiry outcome.",
            "Police report on the 999 call of 05/12/2025 (PC Anna Wright).",
            "School reports from Gablethwaite Academy (Jake) and Moor Lane Primary School (Ellie).",
            "GP report on Dawn's prescriptions, dated 06/01/2026.",
            "Gablethwaite Young Carers referral note, dated 18/12/2025.",
            "Closing summary of the child in need plan of 2024.",
        ]),
        ("h1", "Who's who"),
        ("table", {
            "header": ["Name", "Relationship to Jake and Ellie", "Lives at"],
            "widths": [4.5, 6.5, 6.0],
            "rows": [
                ["Dawn Fairclough (41)", "Mother", "19 Quarry Bank, with Jake and Ellie"],
                ["Steve Fairclough (44)", "Father; separated from Dawn in 2022", "40 Rook Lane, Gablethwaite"],
                ["Julie Dean", "Maternal aunt", "Harrowby (40 minutes by bus)"],
                ["Margaret Fairclough", "Paternal grandmother", "Care home, Gablethwaite"],
            ],
        }),
        ("h1", "Attendance"),
        ("p", "Present: Robert Neale (chair); Dawn Fairclough; Steve Fairclough; Nina Shaw (social worker); Helen "
              "Carr (team manager); Colin Brady (head of Year 8, Gablethwaite Academy); Aisha Khan (DSL, Moor Lane "
              "Primary School); Kirsty Lowe (Gablethwaite Young Carers); Priya Desai (minutes)."),
        ("p", "Apologies, with reports: PC Anna Wright (Gablethwaite Police); Dr Tom Ibbotson (GP, Quarry Bank "
              "Surgery)."),
        ("h1", "Information shared"),
        ("p", "On 05/12/2025 Ellie came home from school and could not wake her mother. She rang 999. Dawn was "
              "taken to Gablethwaite General Hospital and treated for an overdose of codeine and pregabalin; she "
              "told the hospital it was not deliberate. Dawn has had back pain since a fall at work in 2021 and is "
              "prescribed codeine. The GP told the conference that Dawn asked for early prescriptions four times "
              "in 2025, and Dawn accepted that she has also bought pregabalin from a neighbour."),
        ("p", "Jake's attendance this year is 78%. Mr Brady said Jake often arrives late and tired, and told his "
              "tutor that he 'has to sort the house and Ellie' on Mum's bad days. Mrs Khan said Ellie is doing "
              "well in class but has become quiet and asks to ring home at lunchtime. The family had a child in "
              "need plan in 2024 because of Jake's attendance; it closed in September 2024."),
        ("p", "Dawn told the conference she is 'frightened of what nearly happened' and wants to come off the "
              "tablets. Steve said he had not known how bad things were and can have the children every other "
              "weekend, but works away during the week."),
        ("h1", "What Jake and Ellie said"),
        ("p", "Jake (with Nina at school, 07/01/2026): 'I do the tea and the washing when Mum's bad. I don't mind, "
              "it's just what I do.' 'I'm behind at school and I can't catch up.' He wants 'Mum to be normal' and "
              "to go back to football on Saturdays."),
        ("p", "Ellie (at home, 06/01/2026): 'I thought Mum was dead. I keep checking she's breathing when she's "
              "asleep.' She wants to 'stay with Mum and Jake', and to see her dad more."),
        ("h1", "Chair's analysis"),
        ("p", "Jake and Ellie love their mother and want to stay with her. Dawn's use of prescribed and bought "
              "tablets has left the children without an alert adult, and on 05/12/2025 Ellie found her "
              "unconscious. Jake has taken on the running of the home and is falling behind at school. The "
              "conference agreed that both children are likely to suffer significant harm through neglect."),
        ("h1", "Decisions of the conference"),
        ("pi", "(a) Jake and Ellie are to be the subject of child protection plans under the category of neglect."),
        ("pi", "(b) A core group is to meet within 10 working days of this conference."),
        ("pi", "(c) A review conference is to be held within three months; the Safeguarding Unit is to confirm the "
               "date."),
        ("pi", "(d) The plan below is to be sent to all agencies by 14/01/2026."),
        ("h1", "What we want for Jake and Ellie"),
        ("numbers", [
            "Jake and Ellie are cared for by an adult who is awake, well and not under the influence of tablets, "
            "every day and every night.",
            "Jake goes to school every day and no longer has to run the home or look after his mother or sister.",
            "Ellie knows what to do if her mum will not wake, and feels safe at home.",
            "Jake and Ellie have food, clean clothes and a warm home every day.",
        ]),
        ("h1", "The child protection plan"),
        ("p", "Each numbered paragraph is one action: who will do it, by when or how often, and how we will "
              "know."),
        ("pi", "1. Nina Shaw (social worker) will visit Jake and Ellie at home every week from 13/01/2026, at least "
               "one visit in three unannounced, and see each of them on their own; her visit records, written "
               "within 48 hours, will say what each child told her and whether Dawn was alert."),
        ("pi", "2. Nina will complete a young carer's needs assessment with Jake, with Gablethwaite Young Carers, by "
               "13/02/2026; the assessment will list which caring jobs come off Jake and who will do them, and "
               "will be shared with the core group."),
        ("pi", "3. Kirsty Lowe (Gablethwaite Young Carers) will offer Jake a place at the Thursday evening young "
               "carers' club from 22/01/2026, and send Nina the club register each month."),
        ("pi", "4. Mr Colin Brady, head of Year 8 at Gablethwaite Academy, will send Nina Jake's attendance and "
               "late marks every Friday; we will know it is working when Jake is at 95% or more by the Easter "
               "holidays."),
        ("pi", "5. Mrs Aisha Khan, DSL at Moor Lane Primary School, will check in with Ellie every Monday and "
               "Friday morning and log what she says on CPOMS, sending Nina a summary each Friday."),
        ("pi", "6. Mrs Khan will arrange six ELSA sessions for Ellie about her worries at home, starting by "
               "06/02/2026; Ellie's worry scale at the first and last sessions will be sent to Nina."),
        ("pi", "7. Nina will write an emergency plan with Jake and Ellie by 30/01/2026 (what to do if Mum will not "
               "wake, and who to ring), with copies on the fridge and in their school bags; at her next visit she "
               "will check that both children can tell her the plan."),
        ("pi", "8. Dawn will ask her GP to refer her to the Gablethwaite Drug and Alcohol Service as soon as "
               "possible, and show Nina the referral letter."),
        ("pi", "9. Dawn will collect her prescribed medicines from the pharmacy on weekly dispensing from "
               "19/01/2026 and will not buy tablets from anyone; the pharmacy's weekly collection record, which "
               "Dawn has agreed Nina can see, will show this."),
        ("pi", "10. Dawn will make sure there is food in the house for the children's breakfast and tea every day, "
               "and Nina will keep an eye on this at her visits."),
        ("pi", "11. Steve (Dad) will have Jake and Ellie to stay with him every other weekend, from Friday after "
               "school until Sunday at 5pm."),
        ("pi", "12. All professionals involved will tell Nina the same day if they see or hear that Dawn is drowsy "
               "or unwell while caring for the children, and Nina will record each report on the children's "
               "chronology."),
        ("pi", "13. Nina will refer Ellie to the school nurse for a health check and to talk about her sleep; the "
               "school nurse's letter will be shared with the core group."),
        ("h1", "Contingency"),
        ("bullets", [
            "If Dawn is found drowsy, unconscious or under the influence while caring for the children, Jake or "
            "Ellie rings 999, and the children go to Steve's at 40 Rook Lane that night; if Steve is away, Nina "
            "(or the Emergency Duty Team) arranges an emergency foster placement that night.",
            "Nina will hold a strategy discussion with the police and the GP the next working day after any such "
            "incident, and will ask Helen Carr for a legal planning meeting within 5 working days to decide "
            "whether to start the Public Law Outline.",
            "If Jake's attendance is below 90% at the February half term, Nina will visit that week and the core "
            "group will meet within 5 working days to change the plan.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The first core group will meet on Monday 26/01/2026 at 4pm at Gablethwaite Academy, and then every "
              "four weeks. The review conference date is to be confirmed by the Safeguarding Unit."),
        ("p", "Record agreed by the chair on 13/01/2026 and sent to Dawn, Steve and all agencies on 14/01/2026."),
    ],
    "findings": [
        F("T002", "Dawn will ask her GP to refer her to the Gablethwaite"),
        F("M002", "Dawn will make sure there is food in the house"),
        F("M001", "Steve (Dad) will have Jake and Ellie to stay with him"),
        F("W002", "All professionals involved will tell Nina the same day"),
        F("T001", "Nina will refer Ellie to the school nurse for a health check"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Case system export of a review plan for a family moving to another
#    authority: case summary, attendance, services involved, chronology,
#    previous plan actions with their status, attendance by term, risk
#    analysis with scaling by professional, views, decision, outcomes, then
#    the current plan actions as labelled blocks, contingency, transfer and
#    review. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_giltmoor_case_export_chronology_status_tables_then_action_blocks_haworth.txt",
    "split": "heldout",
    "actions": 14,
    "template": "rcpc-case-system-export-txt-numbered-caps-sections-dot-leader-case-summary-fixed-width-attendance-services-involved-chronology-previous-plan-actions-status-done-not-done-ongoing-attendance-by-term-risk-analysis-danger-complicating-strengths-scaling-by-professional-views-decision-outcomes-then-current-plan-action-nn-blocks-action-owner-timescale-measure-lines-contingency-transfer-review",
    "description": (
        "Case-system export of a review conference plan for a 12-year-old and a 9-year-old after their "
        "father's violence, whose mother is moving them to another local authority in March; the paternal "
        "grandparents supervise the father's contact. Most of the export is not the plan: a case summary, "
        "fixed-width attendance and services-involved lists, a chronology, the previous plan's actions "
        "with their status (DONE / NOT DONE / ONGOING), attendance by term, a risk analysis with scaling "
        "by each professional, the children's views and the decision. The plan is the 'Current plan "
        "actions' blocks (Action / Owner / Timescale / Measure). Faults: the direct work with the "
        "9-year-old is deferred until the case transfers, for the receiving authority to start; the "
        "mother's Freedom Programme is 'Ongoing'; the head of year's watch on the 12-year-old is "
        "'Monitored by school'; a CAMHS referral has '-' for its owner; the IDVA's safety plan handover has "
        "'-' for its measure; and the contingency says nothing about what happens if the grandparents "
        "cannot supervise contact."
    ),
    "text": """\
================================================================================
GILTMOOR CHILDREN'S SERVICES                      CASE RECORD EXPORT (CareLink)
Document type: Child Protection Plan - Review          OFFICIAL-SENSITIVE
Exported: 29/01/2026 14:12 by J.MARSH                  Case ref: GCS-448213
================================================================================

This export holds the whole review record. The plan agreed at the review
conference is section 11, CURRENT PLAN ACTIONS. Sections 1 to 10 are the
record the plan was made from.

1. CASE SUMMARY
--------------------------------------------------------------------------------
Children ............... Tyler Haworth, DOB 09/02/2013 (12), Year 7,
                         Giltmoor High School
                         Poppy Haworth, DOB 22/11/2016 (9), Year 4,
                         Brookside Primary School
Address ................ 31 Heron Way, Giltmoor GT4 8DW
Mother ................. Gemma Haworth (36)
Father ................. Lee Haworth (39), 2 Cotton Street, Giltmoor.
                         Restraining order protecting Gemma until
                         14/06/2027. Community order with a programme
                         requirement.
Paternal grandparents .. Keith and Brenda Haworth, 5 Linnet Close, Giltmoor
Category ............... Emotional abuse (both children)
Initial conference ..... 21/10/2025
This conference ........ Review child protection conference, 27/01/2026
Chair .................. Alison Purcell (IRO)
Social worker .......... Jo Marsh, Safeguarding Team 2
Team manager ........... Ravi Mehta
Planned move ........... To 12 Sandpiper Road, Harkside (Harkside
                         Metropolitan Borough Council), 16/03/2026

2. MEETING ATTENDANCE
--------------------------------------------------------------------------------
NAME               ROLE                         AGENCY                 ATTENDED
Alison Purcell     Chair (IRO)                  Giltmoor Safeguarding  Yes
Gemma Haworth      Mother                       -                      Yes
Lee Haworth        Father                       -                      Report
                                                                       only
Jo Marsh           Social worker                Giltmoor CS            Yes
Ravi Mehta         Team manager                 Giltmoor CS            Yes
Dean Foster        Head of Year 7               Giltmoor High School   Yes
Lisa Grant         DSL                          Brookside Primary      Yes
Sana Mir           IDVA                         Giltmoor DA Service    Yes
Karen Price        Probation officer            Giltmoor PDU           Apologies
Amy Fox            School nurse                 Giltmoor 0-19 Service  Yes
Niamh Doherty      Team manager (observing)     Harkside CS            Yes, by
                                                                       video

3. SERVICES CURRENTLY INVOLVED
--------------------------------------------------------------------------------
- Giltmoor Domestic Abuse Service: IDVA support for Gemma since June 2025.
- Giltmoor Probation: Lee's community order (made 02/09/2025), including the
  Building Better Relationships programme.
- Brookside Primary: Poppy sees the learning mentor on Wednesdays.
- Giltmoor High School: Tyler has a pastoral support plan since November.

4. CHRONOLOGY (SINCE THE INITIAL CONFERENCE)
--------------------------------------------------------------------------------
DATE        EVENT                                                  SOURCE
21/10/2025  Initial conference; plans made (emotional abuse).      Minutes
06/11/2025  Tyler excluded for one day after fighting a pupil.     School
13/12/2025  Lee sent Gemma a message through Tyler's phone; police Police
            gave him a warning about the restraining order.
20/12/2025  Contact at Linnet Close ended early when Lee raised     Contact
            his voice; Brenda took the children home.               record
08/01/2026  Gemma accepted a council house swap to Harkside.       SW visit
26/01/2026  Harkside Children's Services confirmed by e-mail       E-mail
            that they will hold a transfer-in conference after
            the move.

5. PREVIOUS PLAN ACTIONS AND STATUS
--------------------------------------------------------------------------------
REF  ACTION (FROM 21/10/2025)                     OWNER         STATUS
P1   SW visits every two weeks                    SW            DONE
P2   Gemma to complete DASH with IDVA             IDVA          DONE
P3   Freedom Programme for Gemma                  Gemma         ONGOING
P4   Supervised contact at grandparents' house    Keith/Brenda  ONGOING
P5   Direct work with Poppy                       SW            NOT DONE
P6   Pastoral support plan for Tyler              School        DONE
(Status recorded at the review conference. Carried-forward work is written
again in section 11.)

6. SCHOOL ATTENDANCE BY TERM
--------------------------------------------------------------------------------
TERM                              TYLER     POPPY
Summer 2025                       88.1%     91.4%
Autumn 2025                       90.6%     95.0%
Spring 2026 (to 23/01/2026)       93.3%     97.8%

7. RISK ANALYSIS
--------------------------------------------------------------------------------
Danger statement: Jo and the core group are worried that Lee will try to
find Gemma and the children after the move, and that if he does Tyler and
Poppy could again see their mum being hurt, as they did on 14/06/2025 when
Lee held Gemma by the throat in the kitchen.

Complicating factors: the move will take the children away from schools
and workers they know; Tyler is angry and has been fighting at school; Lee
has already used Tyler's phone to reach Gemma once.

Strengths: Gemma has kept to her safety plan and called the police when Lee
broke the order; Keith and Brenda have stopped contact when Lee raised his
voice; both children's attendance has gone up every term.

Scaling (0 = not safe, 10 = safe enough to end the plan):
  Jo Marsh (SW) 5 | Dean Foster (school) 5 | Lisa Grant (school) 6 |
  Sana Mir (IDVA) 5 | Amy Fox (school nurse) 6 | Gemma 8

8. CHILDREN'S VIEWS
--------------------------------------------------------------------------------
Tyler (with Jo at school, 20/01/2026): "I'm not bothered about moving. I
just don't want Dad turning up." "I get angry and I don't know why." He
wants to keep seeing his grandparents and to join a football team in
Harkside.
Poppy (at home, 22/01/2026): "I have bad dreams about Daddy's hands." "I
want a bedroom with a lock and I want to take my hamster." She is looking
forward to living near Auntie Leanne.

9. DECISION
--------------------------------------------------------------------------------
The conference decided that Tyler and Poppy remain subject to child
protection plans (emotional abuse). Giltmoor keeps the plan going until
Harkside's transfer-in conference.

10. OUTCOMES
--------------------------------------------------------------------------------
O1  Tyler and Poppy are safe from their dad's violence, at home and after
    the move, and know what to do if he comes near.
O2  Tyler can talk about his anger and has no more exclusions.
O3  Poppy sleeps through the night without bad dreams most nights.
O4  Tyler and Poppy start their new schools in Harkside with their records
    and support already there.

11. CURRENT PLAN ACTIONS
--------------------------------------------------------------------------------
ACTION 01
  Action ....... Visit Tyler and Poppy at home, seeing each child on their
                 own, at least one visit in three unannounced
  Owner ........ Jo Marsh (SW, Giltmoor)
  Timescale .... Every two weeks until the transfer-in conference on
                 08/04/2026
  Measure ...... Visit records on CareLink within 48 hours, with each
                 child's words

ACTION 02
  Action ....... Joint visit with Harkside's allocated social worker to
                 introduce them to Tyler, Poppy and Gemma at the new house
  Owner ........ Jo Marsh (SW, Giltmoor)
  Timescale .... Within 10 working days of the move (by 30/03/2026)
  Measure ...... Joint visit record on both authorities' files

ACTION 03
  Action ....... Send Harkside the full case records, the chronology and
                 this plan
  Owner ........ Jo Marsh (SW, Giltmoor)
  Timescale .... By 02/03/2026
  Measure ...... Harkside's written receipt on file

ACTION 04
  Action ....... Direct work with Poppy about her dad's violence and her
                 bad dreams: deferred until the case transfers, for
                 Harkside's allocated worker to start
  Owner ........ Harkside Children's Services (receiving authority)
  Timescale .... Within 4 weeks of the transfer-in conference (by
                 06/05/2026)
  Measure ...... Session notes and Poppy's worry scores shared with the
                 Harkside core group

ACTION 05
  Action ....... Attend the Freedom Programme sessions at Giltmoor Family Hub
  Owner ........ Gemma Haworth (Mum)
  Timescale .... Ongoing
  Measure ...... Attendance register sent to Jo every month

ACTION 06
  Action ....... Watch Tyler's mood and behaviour in lessons and at break
                 times
  Owner ........ Dean Foster, Head of Year 7, Giltmoor High School
  Timescale .... Daily
  Measure ...... Monitored by school

ACTION 07
  Action ....... Refer Tyler to Giltmoor CAMHS for an assessment of his
                 angry outbursts and low mood
  Owner ........ -
  Timescale .... By 20/02/2026
  Measure ...... CAMHS acceptance letter on file; assessment outcome
                 shared with the core group

ACTION 08
  Action ....... Update Gemma's safety plan for the new address and pass
                 it to the Harkside IDVA service
  Owner ........ Sana Mir, IDVA, Giltmoor Domestic Abuse Service
  Timescale .... By 13/03/2026
  Measure ...... -

ACTION 09
  Action ....... Supervise Lee's contact with Tyler and Poppy at Linnet
                 Close, and end it at once if Lee shouts, frightens the
                 children or talks about Gemma
  Owner ........ Keith and Brenda Haworth (paternal grandparents)
  Timescale .... Every other Saturday, 10am to 2pm
  Measure ...... Contact record signed by Keith or Brenda and e-mailed to
                 Jo on the Monday after

ACTION 10
  Action ....... Collect the children from Gemma's and bring them back
                 after contact, so that Gemma and Lee never meet
  Owner ........ Brenda Haworth (paternal grandmother)
  Timescale .... Every contact Saturday
  Measure ...... Handover times written on the contact record

ACTION 11
  Action ....... Lee's Building Better Relationships programme: report
                 his attendance and progress to Jo, and to Harkside after
                 the move
  Owner ........ Karen Price, probation officer, Giltmoor PDU
  Timescale .... Letter by 13/03/2026, then monthly until the programme
                 ends on 30/04/2026
  Measure ...... Probation progress letters on file

ACTION 12
  Action ....... Apply for school places in Harkside for both children
                 and take them to visit the new schools before the move
  Owner ........ Gemma Haworth (Mum)
  Timescale .... Applications by 13/02/2026; visits before 16/03/2026
  Measure ...... School offer letters shown to Jo; visit dates on file

ACTION 13
  Action ....... Send Tyler's and Poppy's school and safeguarding files to
                 their new schools
  Owner ........ Dean Foster (Giltmoor High) and Lisa Grant (Brookside
                 Primary), each for their own school
  Timescale .... Within 5 school days of the children's last day
  Measure ...... Receipt e-mails from the new schools on Jo's file

ACTION 14
  Action ....... See Poppy about her sleep and bad dreams, and give Gemma
                 a bedtime plan and a sleep diary
  Owner ........ Amy Fox, school nurse, Giltmoor 0-19 Service
  Timescale .... By 27/02/2026
  Measure ...... School nurse letter and bedtime plan on Jo's file; sleep
                 diary seen by Jo at her next visit

12. CONTINGENCY
--------------------------------------------------------------------------------
- If Lee comes to Gemma's home (in Giltmoor or Harkside), contacts her or
  the children outside contact, or breaks the restraining order in any
  way: Gemma rings 999; the police act on the order; Sana offers Gemma and
  the children a refuge place that day; and Jo (or Harkside's duty team
  after the move) holds a strategy discussion the same day.
- If Gemma lets Lee back into the home, or either child is hurt or sees
  violence again, Jo asks Ravi Mehta for a legal planning meeting within 5
  working days to decide whether to start the Public Law Outline.
- If the move date changes, Gemma tells Jo the same day and Jo tells
  Harkside the same day.

13. TRANSFER ARRANGEMENTS
--------------------------------------------------------------------------------
Giltmoor remains responsible for this plan until Harkside's transfer-in
conference. Harkside confirmed on 26/01/2026 that the transfer-in
conference will be on 08/04/2026 at Harkside Civic Centre.

14. REVIEW ARRANGEMENTS
--------------------------------------------------------------------------------
Core group ............. Every four weeks, Giltmoor Family Hub, Tuesdays
                         10am: 10/02/2026 and 10/03/2026
Transfer-in conference . 08/04/2026, 10am, Harkside Civic Centre
                         (Harkside Metropolitan Borough Council)

15. DISTRIBUTION
--------------------------------------------------------------------------------
Gemma Haworth; Lee Haworth (sections 1, 9, 11 and 12 only); Keith and
Brenda Haworth (actions 09 and 10); all agencies in section 2; Harkside
Children's Services.
================================================================================
END OF EXPORT
================================================================================
""",
    "findings": [
        F("X001", "Direct work with Poppy about her dad's violence and her"),
        F("T002", "Attend the Freedom Programme sessions at Giltmoor Family Hub"),
        F("M002", "Watch Tyler's mood and behaviour in lessons and at break"),
        F("W001", "Refer Tyler to Giltmoor CAMHS for an assessment of his"),
        F("M001", "Update Gemma's safety plan for the new address and pass"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A family plan booklet in nine parts: who is who (family tree key),
#    contacts, what has happened, Kofi's weights, help already in place and
#    the papers used, Kofi's and the baby's world, outcomes, then Part 6,
#    the plan as one card per action with What / Who / When / How we'll
#    know lines, then contingency, meetings and "agreed by". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b181_gradderby_family_plan_booklet_parts_contacts_weights_action_cards_mensah.md",
    "split": "heldout",
    "actions": 15,
    "template": "prebirth-and-toddler-family-plan-booklet-md-nine-parts-who-is-who-family-tree-key-table-contacts-table-worker-agency-phone-email-what-has-happened-table-weights-and-checks-table-help-already-in-place-and-papers-used-lists-kofis-and-babys-world-outcomes-then-part-6-plan-one-h4-card-per-action-what-who-when-how-well-know-lines-then-if-things-go-wrong-meetings-agreed-by-lines",
    "description": (
        "Exemplary family plan booklet after a pre-birth and initial conference for a 2-year-old whose "
        "weight has fallen to the 2nd centile and an unborn baby; the mother has a mild learning "
        "disability and the father has a conviction for assaulting a former partner and pushed the "
        "mother in November. Most of the booklet is not the plan: a who-is-who table keyed like a family "
        "tree, a contacts table, a table of what has happened, Kofi's weights and checks, the help the "
        "family already has and the papers the plan was made from. The plan is Part 6, one card per "
        "action with What / Who / When / How we'll know lines. Adult social care's learning disability "
        "team owns an action, the grandmother's help has a fallback, legal planning follows named "
        "triggers, Kofi's and the baby's world are recorded, and core group dates and a dated review "
        "conference are set."
    ),
    "text": """\
# Gradderby Council Children's Services

## Our family plan: Kofi and baby Mensah

Made at the pre-birth and initial child protection conference on Tuesday 13/01/2026 (chair: Colette
Byrne, IRO). Social worker: Lauren Price, Children and Families Team 3 (team manager: Mark Ellery).
Category: neglect (Kofi and the unborn baby). Abena has an easy-read copy of this booklet with pictures.

This booklet has nine parts. **The plan is Part 6.** Parts 1 to 5 say who is who, how to reach
everyone, what has happened and what we know about Kofi, so that everyone works from the same facts.

### Part 1: Who is who

| Key | Name | Who they are | Lives at |
|---|---|---|---|
| (K) | Kofi Mensah, born 05/11/2023 (2) | - | Flat 9, Cedar House, Gradderby GD2 5JH |
| (B) | Baby, due 28/04/2026 | Kofi's brother or sister | - |
| (M) | Abena Mensah (22) | Mum | Flat 9, Cedar House |
| (F) | Jordan Reece (25) | Kofi's and the baby's dad | Flat 9, Cedar House |
| (GM) | Esi Mensah (48) | Grandma, Abena's mum | 4 Palm Court, five minutes' walk |
| (GM's partner) | Kwame Asante (51) | Esi's partner | 4 Palm Court |
| (PGM) | Pauline Reece (53) | Jordan's mum | 17 Birch Road, Gradderby |

### Part 2: Who to contact

| Worker | Agency | Phone | Email |
|---|---|---|---|
| Lauren Price | Social worker, Gradderby Children's Services | 01632 960 733 | lauren.price@gradderby.example.gov.uk |
| Nisha Patel | Health visitor, Gradderby 0-19 Service | 01632 960 745 | nisha.patel@gradderby-health.example.nhs.uk |
| Sophie Turner | Community midwife, Gradderby Royal Infirmary | 01632 960 758 | sophie.turner@gri.example.nhs.uk |
| Dionne Baptiste | Family support worker, Gradderby Family Hub | 01632 960 762 | dionne.baptiste@gradderby.example.gov.uk |
| Marie Dunn | Social worker, Community Learning Disability Team | 01632 960 771 | marie.dunn@gradderby.example.gov.uk |
| Tina Holt | Manager, Brambles Nursery | 01632 960 786 | office@brambles.example.org.uk |
| Emergency Duty Team | Out of hours | 01632 960 000 | - |

### Part 3: What has happened

| Date | What happened | Written down by |
|---|---|---|
| 12/08/2025 | Kofi missed his 2-year review (letter not opened). | Health visitor |
| 30/09/2025 | Kofi missed his second 2-year review appointment. | Health visitor |
| 22/11/2025 | Police called to the flat: Jordan shouted at Abena and pushed her against the wall; Kofi was in the room. No charge; Abena did not want to make a statement. | Police |
| 03/12/2025 | Nisha weighed Kofi at home: 10.4kg, just below the 2nd centile. The flat was dirty and Kofi had a bottle of cold tea. | Health visitor |
| 04/12/2025 | Referral to Children's Services; strategy discussion held. | Children's Services |
| 09/01/2026 | Section 47 enquiry finished: Kofi likely to suffer significant harm through neglect, and the same for the baby. | Children's Services |

### Part 4: Kofi's weights and checks

| Date | Weight | Centile | Who weighed him |
|---|---|---|---|
| 05/11/2024 (1 year) | 9.6kg | 25th | Health visitor, clinic |
| 03/12/2025 | 10.4kg | Below 2nd | Nisha Patel, at home |
| 22/12/2025 | 10.5kg | Below 2nd | Nisha Patel, at home |
| 08/01/2026 | 10.7kg | 2nd | Nisha Patel, at home |

### Part 5: Help the family already has, and the papers used

Help already in place:

- Abena has been known to the Gradderby Community Learning Disability Team since she was 18; she had a
  support worker until 2024.
- Esi helps most days and has been giving Kofi his tea three times a week since December.
- Kofi has been offered a funded two-year-old place at Brambles Nursery from January 2026.

Papers this plan was made from: the social worker's conference report (09/01/2026); the health
visitor's report and Kofi's growth chart; the midwife's booking notes; the police report of 22/11/2025;
the Learning Disability Team's 2024 review; Abena's and Jordan's own words at the conference.

### Kofi's world and the baby's world

Kofi cannot tell us in words, so we have written down what we have seen. He says a few words ("Mama",
"Nana", "dog", "more"). At Lauren's visits on 18/12/2025 and 06/01/2026 he ate a whole plate of rice and
stew quickly and held out his plate for more. He runs to Esi when she comes in and shows her his cars.
When Jordan raised his voice on the phone on 06/01/2026, Kofi went quiet and hid behind the sofa.
Abena says Kofi "loves his bath with Nana" and sleeps better on the nights Esi puts him to bed.

The baby is growing well: the 20-week scan was normal and the midwife has plotted the baby's growth on
the GROW chart on the 40th centile. The baby will come home to a one-bedroom flat where Kofi's cot is
in his parents' room, and will need feeding every few hours, a safe place to sleep, and calm adults.

### What we want for Kofi and the baby

1. Kofi eats enough every day and his weight climbs back to the 9th centile by the end of March 2026.
2. Kofi goes to nursery, has his 2-year review, and his talking and playing catch up.
3. Kofi and the baby live in a clean, safe home where no one shouts, pushes or hurts anyone.
4. The baby is born safely and goes home only when everyone agrees who will care for the baby and how.

### Part 6: The plan

Each card below is one thing that will happen: what, who does it, when, and how we will know.

#### Card 6.1: Seeing Kofi at home
**What:** Visit Kofi at home, at least one visit in three unannounced; see him awake, look at what food is in the flat and where he sleeps.
**Who:** Lauren Price, social worker
**When:** Every week from 14/01/2026 until the review conference
**How we'll know:** A visit record within 48 hours of every visit, saying what Kofi ate and how he was.

#### Card 6.2: Kofi's weight
**What:** Weigh Kofi at home, plot his weight on his growth chart and talk through his meals with Abena.
**Who:** Nisha Patel, health visitor
**When:** Every two weeks until 31/03/2026, then every month
**How we'll know:** Weights plotted in Kofi's red book and e-mailed to Lauren the same day; Kofi on the 9th centile by 31/03/2026.

#### Card 6.3: Kofi's 2-year review
**What:** Do Kofi's 2-year review at home with an ASQ-3, and refer him on if his talking or movement needs more help.
**Who:** Nisha Patel, health visitor
**When:** By 13/02/2026
**How we'll know:** ASQ-3 scores sent to Lauren and Brambles Nursery by 13/02/2026, with any referral letter.

#### Card 6.4: Kofi's meals
**What:** Give Kofi breakfast, lunch, tea and two snacks every day, using the picture meal planner on the fridge, and tick each meal.
**Who:** Abena Mensah (Mum)
**When:** Every day from 14/01/2026
**How we'll know:** The planner ticked each day; Lauren and Dionne look at it at every visit.

#### Card 6.5: Home routines
**What:** Home sessions with Abena and Jordan, in short steps with pictures, on Kofi's routine (meals, bath, bed), shopping on a budget and keeping the flat clean.
**Who:** Dionne Baptiste, family support worker, Gradderby Family Hub
**When:** Every Tuesday and Friday from 16/01/2026 for 12 weeks
**How we'll know:** The home conditions checklist scored by Dionne and Lauren together every four weeks, rising from 2 to at least 4 by 31/03/2026.

#### Card 6.6: Help for Abena from adult services
**What:** Complete a Care Act assessment of Abena's support needs, with an easy-read copy, and set up support worker hours for shopping, money and appointments.
**Who:** Marie Dunn, social worker, Gradderby Community Learning Disability Team
**When:** Assessment by 13/02/2026; support hours start by 02/03/2026
**How we'll know:** Assessment and support plan on Lauren's file; the support worker's weekly log shared with Lauren.

#### Card 6.7: Parenting assessment
**What:** A parenting assessment of Abena and Jordan using PAMS, in the way Abena learns best (pictures, practice, short sessions).
**Who:** Farah Begum, PAMS assessor, Gradderby Family Assessment Service
**When:** Weekly sessions from 20/01/2026; report by 34 weeks (17/03/2026)
**How we'll know:** PAMS report with a recommendation for the baby's birth and discharge, and an easy-read summary for Abena, shared with the core group by 17/03/2026.

#### Card 6.8: Antenatal care
**What:** Antenatal appointments with extra time and easy-read leaflets; check the baby's growth and see Abena on her own for part of each appointment.
**Who:** Sophie Turner, community midwife
**When:** Every two weeks until 36 weeks (31/03/2026), then every week until the birth
**How we'll know:** Growth on the GROW chart in the maternity notes; a contact note to Lauren within 2 working days; any missed appointment rung through to Lauren the same day.

#### Card 6.9: Birth plan
**What:** Put a safeguarding birth plan on the maternity record, saying that Lauren (or the Emergency Duty Team) is told of the birth and that the baby does not go home before a discharge planning meeting.
**Who:** Joy Okafor, safeguarding midwife, Gradderby Royal Infirmary
**When:** By 28 weeks (03/02/2026)
**How we'll know:** Birth plan on the maternity record, and a copy on Lauren's file, by 03/02/2026.

#### Card 6.10: Jordan's behaviour
**What:** Go to the assessment for the Respect programme (for men who have hurt a partner) and, if offered a place, to every weekly session.
**Who:** Jordan Reece (Dad)
**When:** Assessment by 06/02/2026; then every Monday evening if offered a place
**How we'll know:** Assessment letter from the programme to Lauren by 06/02/2026; attendance register sent to Lauren every month.

#### Card 6.11: Nursery
**What:** Give Kofi his funded two-year-old place, and write down what he eats at snack and lunch.
**Who:** Tina Holt, manager, Brambles Nursery
**When:** Monday, Wednesday and Friday mornings from 19/01/2026
**How we'll know:** The register and Kofi's food record e-mailed to Lauren every Friday.

#### Card 6.12: Grandma's bedtimes
**What:** Come to the flat and help Abena with Kofi's tea, bath and bed.
**Who:** Esi Mensah (Grandma)
**When:** Monday, Wednesday and Friday, 5pm to 7.30pm
**How we'll know:** Esi ticks the bedtime chart on the fridge; Lauren and Dionne look at it at their visits.

#### Card 6.13: Grandma and appointments
**What:** Go with Abena to her antenatal and health visitor appointments, and help her write the next date on the kitchen calendar.
**Who:** Esi Mensah (Grandma)
**When:** At every appointment until the support worker from card 6.6 starts
**How we'll know:** Appointments kept, shown in the midwife's and health visitor's records; the calendar seen by Lauren at her visits.

#### Card 6.14: Watching Kofi at nursery
**What:** Watch Kofi at nursery and write down how he plays, eats and goes to the adults there.
**Who:** Lauren Price, social worker
**When:** Once a month, the first by 30/01/2026
**How we'll know:** An observation record on file, shared at each core group.

#### Card 6.15: Police call-outs
**What:** Tell Lauren about any police call-out to Cedar House, or any report involving Jordan.
**Who:** PC Daniel Hart, Gradderby Police Safeguarding Hub
**When:** Within 24 hours of any call-out, until the review conference
**How we'll know:** The call-out report on Lauren's file within 24 hours.

### Part 7: If things go wrong

- If Kofi loses weight at two weighs in a row, or drops below the 2nd centile again, Nisha books him to
  see the paediatrician at Gradderby Royal Infirmary within 48 hours and Lauren visits the same day.
- If there is shouting, pushing or any violence, or the police are called: Abena rings 999 if she or
  Kofi is in danger; Jordan leaves the flat that day and stays at Pauline's (17 Birch Road) until the
  strategy discussion Lauren holds that day has decided what happens; and Lauren asks Mark Ellery for a
  legal planning meeting within 5 working days to decide whether to start the Public Law Outline.
- If the PAMS report says the baby could not be cared for safely at home even with support, Lauren will
  ask for a legal planning meeting before 24/03/2026, so that a decision is made before the baby is
  born.
- If Esi cannot do her bedtimes or go to appointments (she is ill or away, or it is not working), Abena
  or Esi rings Lauren that day. Dionne moves her Friday session to the evening, and Abena's support
  worker (card 6.6) or, until then, Dionne goes to the appointments with her. If Esi cannot help for
  more than a week, Kwame has agreed to do the bedtimes on Esi's days, and Lauren brings the core group
  forward to within 5 working days to agree the plan from then on.

### Part 8: Meetings

- Core group every four weeks at Gradderby Family Hub, Tuesdays at 1.30pm: 27/01/2026, 24/02/2026
  and 24/03/2026; then within 10 working days of the baby's birth.
- Review child protection conference: Tuesday 07/04/2026 at 10am, Gradderby Civic Centre (37 weeks).

### Part 9: Agreed by

Abena Mensah, 15/01/2026. Jordan Reece, 15/01/2026. Esi Mensah, 15/01/2026 (cards 6.12 and 6.13).
Lauren Price, social worker, 15/01/2026.
""",
    "findings": [],
})
