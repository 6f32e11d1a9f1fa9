"""Batch 47, module 2b: seven fictional plans (tuning material), places beginning with "d".

Everything here is made up: children, families, professionals, services,
case-management systems and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: case-system and PDF exports as councils print them - running page
headers and footers with the child's name and OFFICIAL-SENSITIVE, a front
sheet of case details, field groups per action (Action / Lead / Target date /
Evidence / Status), a long action table split over a page break with its
header repeated, wrapped lines, labels with dot leaders or colons, and an
audit trail or version history at the end. Three are exemplary; the others
mix precise and sloppy actions the way a busy team writes them.
"""
from build_batch5 import F, H

PLANS = []


# ---------------------------------------------------------------------------
# 1. "CaseWeave" print view of an initial plan: front sheet table, actions as
#    labelled field groups (Action / Lead / Target date / Evidence / Status),
#    audit trail table at the end. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_dallingmoor_caseweave_print_field_groups_brindle.pdf",
    "doc_title": "Child Protection Plan - Kacey-Jo and Mason Brindle",
    "split": "tune",
    "template": "cp-plan-case-system-print-view-paged-front-sheet-label-table-then-numbered-sections-actions-as-colon-field-groups-action-lead-target-date-evidence-status-audit-trail-table",
    "description": (
        "Case-system print of an initial plan for a 7-year-old and a 3-year-old (neglect, mother's "
        "drinking). Front sheet of case details, running header and footer, each action a group of "
        "labelled fields, audit trail at the end. A blank Lead, an alcohol action due 'ASAP' with "
        "'Engagement' as evidence, a Family Hub action with no evidence, an HV action 'Monitored', an "
        "'All agencies' / 'Ongoing' action and an outcome about the mother only; grandmother and aunt "
        "carry part of the plan but the contingency sends the children to the grandmother with no "
        "fallback, and no legal step is named."
    ),
    "header": "OFFICIAL-SENSITIVE | Child Protection Plan | Kacey-Jo and Mason BRINDLE",
    "footer": "Dallingmoor Metropolitan Borough Council – CaseWeave print 18/06/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "CaseWeave print view · Plan ID CPP-2025-04471 · Version 1.2 (authorised)"),
        ("h1", "Front sheet – case details"),
        ("table", {
            "widths": [5.0, 12.0],
            "bold_first_col": True,
            "rows": [
                ["Case reference", "DMB-CS-0093318"],
                ["Children subject to the plan",
                 "Kacey-Jo Brindle, DOB 14/09/2017 (7), Year 2, Harlow Street Primary – ID 3304817\n"
                 "Mason Brindle, DOB 02/01/2022 (3), Little Acorns Pre-school – ID 3304818"],
                ["Address", "27 Coldwell Walk, Dallingmoor"],
                ["Household", "Gemma Brindle (mother, 31), Kacey-Jo and Mason"],
                ["Significant others",
                 "Ashley Crane (father of both children, lives in Sowden; children with him alternate "
                 "Saturdays)\nPauline Brindle (maternal grandmother, 4 Coldwell Road)\n"
                 "Leanne Brindle (maternal aunt, Fernside)"],
                ["Category of plan", "Neglect"],
                ["Initial conference", "10/06/2025, Dallingmoor Civic Centre – chair Hazel Oduya"],
                ["Allocated social worker", "Dan Morley, Safeguarding Team 3 (01632 960418)"],
                ["Team manager", "Rachel Imrie"],
                ["Legal status", "None – no current proceedings"],
                ["Plan status", "Live · v1.2 · authorised 18/06/2025"],
            ],
        }),
        ("pagebreak",),
        ("h1", "1. Why Kacey-Jo and Mason have a plan"),
        ("p", "Kacey-Jo's school and Mason's pre-school have both raised concerns since February. Kacey-Jo's "
              "attendance is 81% this year and she often arrives without breakfast in the same uniform as the "
              "day before. Mason has missed his two-year review twice and his hearing test once. On three home "
              "visits in May there was little food in the kitchen, dirty nappies in the bathroom and no bedding "
              "on Kacey-Jo's bed."),
        ("p", "Gemma told conference she drinks a bottle of wine or more most evenings after the children are "
              "in bed, and sometimes in the afternoon at weekends. On 24 May police found Mason, then aged 3, "
              "alone in the front garden at 7pm while Gemma was asleep on the settee; she was breathalysed and "
              "was over the drink-drive limit. Gemma has also been prescribed sertraline by her GP for low mood "
              "since last year. She was open about her drinking at conference and said she wants help."),
        ("h1", "2. What Kacey-Jo and Mason tell us"),
        ("p", "Kacey-Jo (seen on her own at school by the SW on 05/06/2025): \"Mum sleeps on the settee a lot "
              "so I do Mason's cereal. Sometimes there isn't milk.\" She said she likes Nana Pauline's house "
              "\"because she does pancakes and there's a proper duvet\". Asked to score home from 0 (bad) to 10 "
              "(brilliant), she gave it 4 and said it would be 10 \"if Mum stopped her wine\"."),
        ("p", "Mason has about 20 words. At pre-school he is often hungry at snack time and keeps hold of his "
              "coat all morning. Staff see him brighten and run to the door when Nana collects him. On the home "
              "visit of 29/05/2025 he was eating crisps from the floor and did not look up when Gemma spoke to "
              "him."),
        ("h1", "3. Outcomes"),
        ("bullets", [
            "O1 – Kacey-Jo and Mason are cared for by a sober adult every day and every night.",
            "O2 – Both children get to school and pre-school on time, fed and in clean clothes, and "
            "Kacey-Jo's attendance is above 95%.",
            "O3 – Mason's health and development checks are up to date and his speech is assessed and helped.",
            "O4 – Gemma will reduce her drinking and be honest with professionals about how much she drinks.",
        ]),
        ("h1", "4. Actions"),
        ("boldp", "Action 1 (O1, O2)"),
        ("kv", [
            ("Action", "Visit the children at home at least fortnightly, one visit in three unannounced; see "
                       "Kacey-Jo on her own and check food in the house and the children's beds"),
            ("Lead", "Dan Morley, SW"),
            ("Target date", "Fortnightly from 17/06/2025"),
            ("Evidence", "Visit record notes Kacey-Jo seen alone, her own words and what food was in the "
                         "kitchen"),
            ("Status", "Open"),
        ]),
        ("boldp", "Action 2 (O1)"),
        ("kv", [
            ("Action", "Home conditions to be checked at each visit and photographs taken of the kitchen and "
                       "the children's bedrooms"),
            ("Lead", ""),
            ("Target date", "Every visit"),
            ("Evidence", "Dated photographs uploaded to the case file and compared month on month"),
            ("Status", "Open"),
        ]),
        ("boldp", "Action 3 (O1, O4)"),
        ("kv", [
            ("Action", "Alcohol assessment and key work for Gemma at Dallingmoor Recovery Partnership (DRP)"),
            ("Lead", "Gemma Brindle; DRP duty worker"),
            ("Target date", "ASAP"),
            ("Evidence", "Engagement with service"),
            ("Status", "Open – self-referral made 12/06/2025"),
        ]),
        ("boldp", "Action 4 (O4)"),
        ("kv", [
            ("Action", "Review Gemma's sertraline and take liver function bloods; write to the SW with the "
                       "results and any advice about her drinking"),
            ("Lead", "Dr Priya Venn, GP, Coldwell Medical Practice"),
            ("Target date", "By 11/07/2025"),
            ("Evidence", "GP letter with blood results on the case file before the core group on 22/07/2025"),
            ("Status", "Open"),
        ]),
        ("boldp", "Action 5 (O1, O2)"),
        ("kv", [
            ("Action", "Weekly family support sessions at home on morning routines, meals and bedtimes"),
            ("Lead", "Dallingmoor Family Hub"),
            ("Target date", "Weekly for 8 weeks from 23/06/2025"),
            ("Evidence", ""),
            ("Status", "Awaiting allocation of a worker"),
        ]),
        ("boldp", "Action 6 (O2)"),
        ("kv", [
            ("Action", "Take Kacey-Jo to school and Mason to pre-school on weekday mornings"),
            ("Lead", "Pauline Brindle (MGM)"),
            ("Target date", "Monday to Friday, term time"),
            ("Evidence", "School and pre-school registers show both children in by 8.50am"),
            ("Status", "Open – started 11/06/2025"),
        ]),
        ("boldp", "Action 7 (O1, O2)"),
        ("kv", [
            ("Action", "Have Kacey-Jo and Mason at her house for tea and a bath on Tuesdays and Thursdays "
                       "until 7pm"),
            ("Lead", "Leanne Brindle (maternal aunt)"),
            ("Target date", "Every Tuesday and Thursday"),
            ("Evidence", "Tea-and-bath sheet signed by Leanne, checked by the SW at each visit"),
            ("Status", "Open"),
        ]),
        ("boldp", "Action 8 (O3)"),
        ("kv", [
            ("Action", "Complete Mason's overdue two-year review and book his hearing test"),
            ("Lead", "Joanne Price, HV"),
            ("Target date", "By 18/07/2025"),
            ("Evidence", "Monitored by health visiting team"),
            ("Status", "Open"),
        ]),
        ("boldp", "Action 9 (O2)"),
        ("kv", [
            ("Action", "Weekly check-in for Kacey-Jo with her class teacher about breakfast, sleep and worries"),
            ("Lead", "Mrs Sandra Holt, DSL, Harlow Street Primary"),
            ("Target date", "Every Friday in term"),
            ("Evidence", "Attendance figure and check-in note emailed to the SW each Friday; attendance above "
                         "95% by the review conference"),
            ("Status", "Open"),
        ]),
        ("boldp", "Action 10 (O1)"),
        ("kv", [
            ("Action", "Share any concerns about the children's care with the allocated social worker"),
            ("Lead", "All agencies"),
            ("Target date", "Ongoing"),
            ("Evidence", "Concerns logged on CaseWeave"),
            ("Status", "Open"),
        ]),
        ("h1", "5. Contingency"),
        ("p", "If Gemma is found to be under the influence of alcohol while either child is in her sole care, "
              "or either child is found at home or outside without an adult, the SW (or the Emergency Duty "
              "Team out of hours) will visit the same day and hold a strategy discussion. Kacey-Jo and Mason "
              "will go to stay with their grandmother, Pauline Brindle, at 4 Coldwell Road until a safety plan "
              "has been agreed with Gemma."),
        ("h1", "6. Core group and review"),
        ("p", "Core group: every 4 weeks at Harlow Street Primary, 9.30am – 24/06/2025, 22/07/2025 and "
              "19/08/2025."),
        ("p", "Review child protection conference: 02/09/2025, 10am, Dallingmoor Civic Centre."),
        ("h1", "7. Audit trail"),
        ("table", {
            "header": ["Date / time", "User", "Event"],
            "widths": [3.6, 3.0, 10.4],
            "rows": [
                ["10/06/2025 14:02", "HODUYA", "Plan record created from ICPC outcome"],
                ["12/06/2025 16:47", "DMORLEY", "Outcomes O1–O4 and actions 1–6, 8–10 entered"],
                ["12/06/2025 17:05", "DMORLEY", "Action 3 status changed: self-referral made"],
                ["13/06/2025 09:15", "RIMRIE", "Plan authorised (v1.0) and sent to core group members"],
                ["17/06/2025 10:05", "DMORLEY", "Action 7 added after family network meeting (v1.1)"],
                ["18/06/2025 15:20", "RIMRIE", "v1.2 authorised; printed for core group file"],
            ],
        }),
    ],
    "findings": [
        F("F002", "Gemma will reduce her drinking and be honest with professionals about how much she drinks."),
        F("W001", "Home conditions to be checked at each visit and photographs"),
        F("T002", "Alcohol assessment and key work for Gemma at Dallingmoor"),
        F("M002", "Alcohol assessment and key work for Gemma at Dallingmoor"),
        F("M001", "Weekly family support sessions at home on morning routines"),
        F("M002", "Complete Mason's overdue two-year review and book his hearing test"),
        F("W002", "Share any concerns about the children's care with the allocated"),
        F("T002", "Share any concerns about the children's care with the allocated"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review plan with a 14-row action table that runs over a page break with
#    its header row repeated; front sheet as a four-column grid; version
#    history at the end. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_deverstoke_rcpc_long_table_version_history_fairbank.pdf",
    "doc_title": "Review Child Protection Plan - Freya and Alfie Fairbank",
    "split": "tune",
    "template": "rcpc-plan-paged-four-column-front-sheet-grid-progress-views-outcomes-then-seven-column-ref-what-lead-start-target-evidence-status-table-over-page-break-repeated-header-version-history",
    "description": (
        "Exemplary review-conference plan for an 11-year-old and a 5-year-old whose father has bipolar "
        "disorder and had a psychotic episode. Four-column front sheet grid, running header and footer, a "
        "14-row table (Ref / What will happen / Lead / Start / Target / Evidence / Status) that runs over "
        "a page break with its header repeated, and a version history. CMHT reports on change and the "
        "psychiatrist assesses capacity to change, the GP owns lithium monitoring, the grandfather's "
        "afternoons have a fallback, dates are set and legal planning follows relapse."
    ),
    "font_size": 9.5,
    "header": "OFFICIAL-SENSITIVE – Freya and Alfie FAIRBANK – Review Child Protection Plan",
    "footer": "Deverstoke City Council · Children's Social Care · Plan v2.0 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("table", {
            "widths": [3.0, 6.0, 3.0, 5.0],
            "rows": [
                ["Child", "Freya Fairbank", "Date of birth", "21/02/2014 (11)"],
                ["Child", "Alfie Fairbank", "Date of birth", "09/05/2020 (5)"],
                ["Schools", "Freya: Year 6, Pemberley Juniors; Deverstoke Academy from September\n"
                            "Alfie: Reception, St Wystan's Infants",
                 "Category", "Emotional abuse"],
                ["Lives with", "Claire Fairbank (mother) and Rob Fairbank (father), 3 Pemberley Rise, "
                               "Deverstoke",
                 "Initial conference", "11/03/2025"],
                ["This conference", "First review, 10/06/2025, Deverstoke Civic Offices",
                 "Decision", "Plan continues"],
                ["Social worker", "Tomás Reid, Family Safeguarding Team West", "Chair", "Angela Whitcombe"],
                ["Adult services", "Deverstoke CMHT – care coordinator Nia Hollis; consultant psychiatrist "
                                   "Dr Simon Achebe",
                 "Plan version", "2.0 (replaces 1.1 of 08/04/2025)"],
            ],
        }),
        ("h1", "1. Progress since the initial conference"),
        ("p", "Rob has bipolar affective disorder. In February he became manic with psychotic symptoms: he "
              "drove Alfie around town after midnight believing they were being followed, and broke the "
              "television when Claire tried to stop him going out again. Freya rang 999. Rob spent three "
              "weeks on Larchmont Ward and was discharged on lithium."),
        ("p", "Since the initial conference Rob has kept every CMHT appointment and his lithium levels have "
              "been in range at each test. He and Claire wrote a relapse prevention plan with Nia Hollis in "
              "April and it is on the fridge. Claire has moved to day shifts apart from one night a fortnight. "
              "Rob has not driven the children. Conference agreed that things are much safer, but that the "
              "children still carry the fear of February and that Rob's recovery is recent."),
        ("h1", "2. Freya and Alfie – what they say and how their days are"),
        ("p", "Freya (seen on her own at school on 03/06/2025): \"Dad's loads better. But I still listen at "
              "night to see if he's up, and I keep my phone under my pillow.\" She wants to go to netball on "
              "Wednesdays and \"not be the one who has to ring\". She scored home at 7 out of 10 and said it "
              "would be higher \"if I knew what to look out for and someone else did the worrying\"."),
        ("p", "Alfie drew his family with \"Daddy's medicine\" in a box. He told the SW, \"Daddy was poorly in "
              "his head and now he's better.\" School say he is settled and sleepy on Monday mornings only. At "
              "the home visit on 28/05/2025 he played trains with Rob and went to bed with Claire at 7.15pm "
              "without fuss."),
        ("h1", "3. What we want for Freya and Alfie"),
        ("bullets", [
            "Freya and Alfie live with parents who spot the early signs of Dad becoming unwell and act before "
            "the children are frightened or at risk.",
            "Freya stops feeling that she has to watch her dad at night, sleeps through, and goes to netball "
            "every week.",
            "Alfie is only ever driven by a well, sober adult and keeps his settled bedtimes.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["Ref", "What will happen", "Lead (name and agency)", "Start", "Target date or frequency",
                       "Evidence", "Status"],
            "widths": [1.1, 3.9, 2.9, 2.1, 2.4, 3.0, 1.6],
            "rows": [
                ["1", "Visit Freya and Alfie at home, see each child on their own and ask Freya how the nights "
                      "have been",
                 "Tomás Reid, SW", "11/06/2025", "Every 2 weeks; one visit a month after 7pm",
                 "Visit record notes each child seen alone and Freya's own words about nights",
                 "C/F"],
                ["2", "Care coordination for Rob: check his mental state and his lithium, and report to each "
                      "core group on whether he is keeping to his relapse prevention plan and what that means "
                      "for the children",
                 "Nia Hollis, care coordinator, Deverstoke CMHT", "11/06/2025",
                 "Every 2 weeks; written report before each core group",
                 "Written report read at every core group, naming any early warning signs seen and what was "
                 "done",
                 "C/F"],
                ["3", "Assess Rob's capacity to sustain the changes, his risk of relapse over the next 12 months "
                      "and what this means for his care of Freya and Alfie",
                 "Dr Simon Achebe, consultant psychiatrist, Deverstoke CMHT", "16/06/2025",
                 "Written assessment by 25/07/2025",
                 "Assessment report shared with the core group and the next review conference",
                 "New"],
                ["4", "Take Rob's lithium blood levels and send the results to the care coordinator and the SW",
                 "Dr Lena Marsh, GP, Pemberley Surgery", "11/06/2025", "Every 12 weeks; next test by 04/07/2025",
                 "Each level in the therapeutic range and copied to the SW within 5 working days",
                 "C/F"],
                ["5", "Go through the relapse prevention plan together each month, and ring the CMHT duty line "
                      "the same day if two early warning signs appear",
                 "Claire and Rob Fairbank", "11/06/2025", "Monthly check; same-day call when signs appear",
                 "Monthly check signed on the plan and seen by the SW; CMHT duty log shows any calls",
                 "C/F"],
                ["6", "Rob not to drive the children until his consultant confirms in writing that he is well "
                      "enough; Claire keeps the car keys overnight",
                 "Rob Fairbank; Claire Fairbank", "11/06/2025", "Every day until Dr Achebe's written review",
                 "Dr Achebe's letter on file; children asked at each SW visit who has driven them",
                 "C/F"],
                ["7", "Young carers assessment for Freya, with a plan for the jobs and night-time checking she "
                      "will no longer do",
                 "Joe Tan, Deverstoke Young Carers", "16/06/2025", "By 18/07/2025",
                 "Assessment and support plan sent to the SW and the family; Freya has her own copy",
                 "New"],
                ["8", "Weekly sessions with Freya on her worries about Dad and her move to secondary school",
                 "Mr Paul Eze, Year 6 teacher, until 18/07/2025; then Mrs Kay Dunn, pastoral lead, Deverstoke "
                 "Academy",
                 "11/06/2025", "Weekly in term time",
                 "Session notes; anything Freya says about home passed to the DSL and SW the same day",
                 "C/F"],
                ["9", "Netball club place for Freya on Wednesdays, with Claire collecting her afterwards",
                 "Claire Fairbank", "18/06/2025", "Every Wednesday",
                 "Club register, looked at by the SW each month", "New"],
                ["10", "Check Alfie's sleep, mood and behaviour at school and pass on anything he says about Dad",
                 "Mrs Gill Ahmed, DSL, St Wystan's Infants", "11/06/2025", "Every Friday in term",
                 "DSL email to the SW each Friday with attendance and Alfie's comments", "C/F"],
                ["11", "Collect Alfie from school and give both children their tea at his house",
                 "Derek Fairbank (paternal grandfather)", "11/06/2025", "Every Wednesday and Friday, 3.15–6pm",
                 "School collection log; Derek signs the family diary, seen by the SW", "C/F"],
                ["12", "Explain Dad's illness to Freya and Alfie in words they understand, using the 'Our "
                       "Family' workbook",
                 "Nia Hollis (CMHT), with Tomás Reid (SW)", "16/06/2025", "Two sessions, both by 31/07/2025",
                 "Workbook completed; each child can say who to call if Dad is unwell, checked at the next SW "
                 "visit",
                 "New"],
                ["13", "Family network meeting to agree who steps in if Rob becomes unwell while Claire is at "
                       "work",
                 "Tomás Reid, SW", "16/06/2025", "By 27/06/2025",
                 "Network plan signed by Claire, Rob, Derek and Jen Pryce (maternal aunt), copied to the core "
                 "group",
                 "New"],
                ["14", "Agree with Claire's employer that she can leave a night shift straight away if Rob "
                       "becomes unwell",
                 "Claire Fairbank", "11/06/2025", "By 04/07/2025", "Employer's letter seen by the SW", "New"],
            ],
        }),
        ("p", "Status key: C/F = carried forward from plan v1.1; New = added at this review conference."),
        ("h1", "5. Contingency"),
        ("p", "If Rob shows two or more of the early warning signs in his relapse prevention plan (sleeping "
              "under four hours, talking very fast, spending sprees, missing lithium), Claire will ring the "
              "CMHT duty line the same day and Rob will not look after the children on his own until the CMHT "
              "has seen him."),
        ("p", "If Rob is acutely unwell or frightens the children, Claire or Freya will ring 999, and Tomás (or "
              "the Emergency Duty Team) will hold a strategy discussion the same day. The children will stay "
              "with Claire, with Jen Pryce staying over. If Claire is on a night shift and cannot get home, "
              "Derek Fairbank will have the children at his house. If Derek is unable to collect Alfie on a "
              "Wednesday or Friday, Claire will collect him from the school's after-school club. If neither "
              "Jen nor Derek can have the children when they are needed, the Emergency Duty Team will arrange "
              "for Freya and Alfie to stay together with approved foster carers that night."),
        ("h1", "6. Core group, review and legal planning"),
        ("bullets", [
            "Core group every 4 weeks at 4pm, St Wystan's Infants: 24/06/2025, 22/07/2025 and 19/08/2025.",
            "Second review child protection conference: 09/09/2025, 10am, Deverstoke Civic Offices, Room 2.",
            "If Rob relapses while caring for the children on his own, or stops his lithium against medical "
            "advice without the parents telling the CMHT, Tomás will ask the team manager for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "7. Version history"),
        ("table", {
            "header": ["Version", "Date", "By", "Changes"],
            "widths": [1.8, 2.4, 3.4, 9.4],
            "rows": [
                ["0.1", "11/03/2025", "T. Reid (SW)", "Draft from the initial conference decisions"],
                ["1.0", "12/03/2025", "A. Whitcombe (Chair)", "Initial plan agreed and sent out"],
                ["1.1", "08/04/2025", "T. Reid (SW)", "Driving arrangement added after the second core group"],
                ["2.0", "11/06/2025", "A. Whitcombe (Chair)",
                 "Revised at review conference: refs 3, 7, 9, 12, 13 and 14 new; status column updated"],
            ],
        }),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Looked-after toddler on a children's ward: CP plan and care plan task
#    report, landscape, task table over a page break with header repeated,
#    record history at the end. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_dunnockleigh_lac_ward_task_report_landscape_odhiambo.pdf",
    "doc_title": "CP Plan and Care Plan Tasks - Amani Odhiambo",
    "split": "tune",
    "template": "lac-on-childrens-ward-cp-and-care-plan-task-report-landscape-paged-front-sheet-label-table-then-task-id-task-assigned-due-evidence-status-table-over-page-break-record-history",
    "description": (
        "Task report for a 21-month-old accommodated under section 20 and still on a children's ward "
        "after unexplained fractures. Front sheet, the baby's day on the ward, a landscape task table "
        "(Task ID / Task / Assigned to / Due / Evidence / Status) that runs over a page break, and a "
        "record history. The SW visits 'as and when possible' and no one else visits at a stated "
        "frequency; one task has no one assigned, the parenting assessment has no evidence, the HV's "
        "evidence is 'Monitored', family time is 'TBC', one task is owned by the 'Professionals "
        "network', and the review conference date is to be confirmed."
    ),
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE – Amani ODHIAMBO (looked after) – CP Plan and Care Plan Tasks",
    "footer": "Dunnockleigh Borough Council · Task report run 20/06/2025 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "blocks": [
        ("title", "Child Protection Plan and Care Plan – Task Report"),
        ("h2", "Front sheet"),
        ("table", {
            "widths": [6.0, 19.7],
            "bold_first_col": True,
            "rows": [
                ["Child", "Amani Odhiambo, DOB 28/08/2023 (21 months) – ID DBC-552190"],
                ["Where Amani is now", "Ward 7 (Children's Ward), Dunnockleigh General Hospital – admitted "
                                       "11/06/2025"],
                ["Legal status", "Accommodated under section 20, Children Act 1989, from 13/06/2025, with both "
                                 "parents' consent"],
                ["Placement on discharge", "Mr and Mrs Lowther, Dunnockleigh foster carers (matched 17/06/2025)"],
                ["Parents", "Mercy Odhiambo (mother, 24) and Brian Kiprop (father, 27), 12 Galloway Court, "
                            "Dunnockleigh"],
                ["Category of plan", "Physical abuse"],
                ["Initial conference", "18/06/2025 – chair Pauline Greaves"],
                ["Social worker", "Olu Bankole, Children in Care Team 1"],
                ["Independent reviewing officer", "Margaret Finch"],
            ],
        }),
        ("pagebreak",),
        ("h2", "Why there is a plan"),
        ("p", "Amani was brought to the emergency department on 11/06/2025 with a swollen left arm. An X-ray "
              "showed a spiral fracture of the upper arm, and she had bruising behind both ears. Her parents "
              "said she had fallen from the sofa. The consultant paediatrician, Dr Nadia Kaur, said the "
              "injuries could not be explained by that fall, and a skeletal survey found a healing rib fracture "
              "about three to four weeks old. No explanation has been given for it. Police are investigating, "
              "and Brian has bail conditions not to have unsupervised contact with any child."),
        ("p", "Mercy and Brian agreed to Amani being accommodated under section 20 on 13/06/2025. She is "
              "medically fit apart from her cast and is expected to be discharged to the Lowthers around "
              "27/06/2025, once the repeat skeletal survey has been done. No concerns were raised at conference "
              "about either parent's mental health or use of drugs or alcohol. Mercy's time with Amani on the "
              "ward is to be arranged once the police have confirmed the bail conditions for both parents."),
        ("h2", "Amani's day on the ward"),
        ("p", "Amani is in a cot bay near the nurses' station. The nurses say she feeds well, sleeps from 7pm "
              "with her soft rabbit and wakes crying at about 2am most nights. She holds on to the play "
              "specialist, Kelly, and cries when Kelly leaves the bay. When the SW visited on 13/06/2025 she "
              "watched him from the cot for a long time before taking a ball from him. She babbles \"mama\" and "
              "looks towards the door when it opens."),
        ("h2", "Outcomes for Amani"),
        ("bullets", [
            "Amani is safe from further injury and is cared for by adults who meet all of her needs while the "
            "cause of her injuries is understood.",
            "Amani's arm heals well and her health and development are checked and supported.",
            "Amani keeps a warm, safe link with her mother and father that is right for her.",
        ]),
        ("h2", "Tasks"),
        ("table", {
            "header": ["Task ID", "Task", "Assigned to", "Due", "Evidence", "Status"],
            "widths": [1.8, 8.0, 4.2, 3.4, 6.0, 2.3],
            "rows": [
                ["T-01", "Visit Amani on Ward 7, see her awake and talk to the nurse in charge about her care "
                         "and who has been to see her",
                 "Olu Bankole, SW", "As and when possible", "Visit recorded on case notes", "In progress"],
                ["T-02", "Agree with the ward manager who may visit Amani and put the list at the nurses' "
                         "station",
                 "Olu Bankole, SW", "By 20/06/2025", "List signed by the ward manager, copy on file", "Done"],
                ["T-03", "Skeletal survey repeat and ophthalmology findings to be shared with the core group",
                 "", "By 02/07/2025", "Written results on file and read out at core group", "Open"],
                ["T-04", "Discharge planning meeting on the ward with the foster carers, paediatrician and "
                         "health visitor",
                 "Olu Bankole, SW", "Before discharge", "Discharge plan signed and copied to the foster carers "
                                                         "and GP",
                 "Booked 25/06"],
                ["T-05", "Parenting assessment of Mercy Odhiambo and Brian Kiprop by the Dunnockleigh Parenting "
                         "Assessment Service",
                 "Olu Bankole, SW (referrer)", "Referral by 27/06/2025; 12-week assessment", "", "Open"],
                ["T-06", "Liaise with ward and foster carer regarding Amani's weight, feeding and development",
                 "Heather Nye, HV", "Weekly from discharge", "Monitored", "Open"],
                ["T-07", "Initial health assessment for Amani as a child in care",
                 "Dr Ruth Ingleby, designated doctor for children in care",
                 "By 11/07/2025 (20 working days)", "Health assessment report and health plan sent to the SW "
                                                     "and IRO",
                 "Requested"],
                ["T-08", "Family time plan and life story work", "Olu Bankole, SW", "TBC",
                 "Written plan signed by both parents and the SW", "Not started"],
                ["T-09", "Share any disclosure or new information about how Amani was injured",
                 "Professionals network", "Same day", "Information logged on the case file and the police "
                                                      "record",
                 "Open"],
                ["T-10", "Interview both parents under caution and tell the SW the outcome and any change to "
                         "bail conditions",
                 "DC Lauren Moss, Dunnockleigh Police CAIU", "Interviews by 04/07/2025",
                 "Outcome and bail conditions emailed to the SW", "In progress"],
                ["T-11", "Register Amani with the foster carers' GP and take her to her fracture clinic "
                         "follow-up",
                 "Mr and Mrs Lowther, foster carers", "Within 5 days of discharge; clinic on 08/07/2025",
                 "GP registration confirmed; fracture clinic letter copied to the SW", "Open"],
                ["T-12", "Placement planning meeting and placement agreement signed with the foster carers",
                 "Olu Bankole, SW", "Within 72 hours of placement", "Signed placement plan on file", "Open"],
                ["T-13", "Tell the nursery Amani attended about the plan and ask for their attendance and "
                         "injury records since January",
                 "Olu Bankole, SW", "By 27/06/2025", "Nursery records received and summarised on the "
                                                     "chronology",
                 "Open"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If either parent tries to take Amani from the ward, or anyone is threatening towards ward staff, "
              "the nurse in charge will call hospital security and the police on 999 and tell the SW, or the "
              "Emergency Duty Team out of hours, straight away. If Mercy or Brian withdraw their consent to "
              "section 20, Olu Bankole will request an urgent legal planning meeting the same day and the local "
              "authority will apply for an Emergency Protection Order."),
        ("h2", "Meetings"),
        ("p", "Core group: every 10 working days while Amani is in hospital, then monthly – 01/07/2025 "
              "(Ward 7 seminar room) and 15/07/2025. First looked after review: 11/07/2025, chaired by Margaret "
              "Finch. Review child protection conference: date to be confirmed, to be lined up with the looked "
              "after review cycle."),
        ("h2", "Record history"),
        ("table", {
            "header": ["When", "Who", "What changed"],
            "widths": [4.0, 4.5, 17.2],
            "rows": [
                ["13/06/2025 17:40", "O. Bankole", "Looked after episode opened (s20); placement: hospital"],
                ["18/06/2025 16:05", "P. Greaves", "CP plan started from the initial conference; outcomes added"],
                ["19/06/2025 10:12", "O. Bankole", "Tasks T-01 to T-12 added"],
                ["19/06/2025 14:30", "O. Bankole", "T-13 added after call from Little Sparrows nursery"],
                ["20/06/2025 09:55", "O. Bankole", "T-02 marked done; report run for core group file"],
            ],
        }),
    ],
    "findings": [
        F("T002", "Visit Amani on Ward 7, see her awake and talk"),
        F("W001", "Skeletal survey repeat and ophthalmology findings to be shared"),
        F("M001", "Parenting assessment of Mercy Odhiambo and Brian Kiprop"),
        F("M002", "Liaise with ward and foster carer regarding Amani's weight"),
        F("T002", "Family time plan and life story work"),
        F("W002", "Share any disclosure or new information about how Amani was injured"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Plain-text case-system print with form feeds, a header block and a
#    footer on every page, dot-leader front sheet, actions as bracketed
#    dot-leader field groups with wrapped values, audit trail. Faulty (txt)
# ---------------------------------------------------------------------------
_DRUM_HEAD = """\
OFFICIAL-SENSITIVE                                       OFFICIAL-SENSITIVE
DRUMMELOW COUNCIL - CHILDREN'S SOCIAL CARE           CHILD PROTECTION PLAN
Subject(s): Tyler CROWTHER (771204) / Nevaeh CROWTHER (771205)
===========================================================================
"""


def _drum_foot(page):
    return f"""\
---------------------------------------------------------------------------
Printed 26/06/2025 09:12 by JHOLDEN                            Page {page} of 4
Do not copy or forward outside the core group without the SW's agreement.
"""


PLANS.append({
    "name": "b47_drummelow_paged_text_print_dot_leaders_crowther.txt",
    "split": "tune",
    "template": "cp-plan-plain-text-case-print-form-feed-pages-repeated-header-block-and-footer-dot-leader-front-sheet-caps-sections-bracketed-action-field-groups-wrapped-values-audit-trail-txt",
    "description": (
        "Plain-text print of an initial plan for a 14-year-old and a 9-year-old (domestic abuse, "
        "stepfather's drinking, mother's depression), four pages separated by form feeds, each with the "
        "children's names, OFFICIAL-SENSITIVE and a page footer. Dot-leader front sheet, bracketed action "
        "field groups with wrapped values, audit trail. The mental health team only supports the mother "
        "and its evidence is how she feels, the alcohol work waits for a place, 'Wider family' give Tyler "
        "somewhere to go 'whenever needed', the school check-in has no evidence, the youth group's target "
        "date was cleared, police evidence is 'Reviewed at core group'; the contingency is vague, never "
        "mentions the grandmother and uncle the plan leans on, and names no legal step."
    ),
    "text": _DRUM_HEAD + """
FRONT SHEET - CASE DETAILS

Case number ............... DRC/25/004127
Child 1 ................... Tyler Jay CROWTHER      DOB 03/11/2010  (14y)
                            Drummelow High School, Year 9
Child 2 ................... Nevaeh Rose CROWTHER    DOB 19/04/2016  (9y)
                            Thornfield Primary School, Year 4
Address ................... 41 Marsh Lane, Drummelow
Mother .................... Stacey CROWTHER (36)
Stepfather / father ....... Wayne CROWTHER (41) - stepfather to Tyler,
                            father of Nevaeh; lives at the address
Tyler's father ............ Jason PEARCE - no contact since 2019
Wider family .............. June HOLLINS (MGM), 8 Fold Street
                            Craig HOLLINS (maternal uncle), Brackley Estate
Category .................. Emotional abuse
Initial conference ........ 17/06/2025     Chair: Imran Siddiqui
Allocated SW .............. Jess Holden, Family Safeguarding Team 2
Team manager .............. Owen Pritchard
Plan version .............. 1.0 - authorised 24/06/2025




""" + _drum_foot(1) + "\f" + _DRUM_HEAD + """
SECTION 1 - REASON FOR THE PLAN

Police have been called to 41 Marsh Lane four times since January 2025,
each time to an argument between Stacey and Wayne after Wayne had been
drinking. On 31/05/2025 Wayne pushed Stacey into the kitchen door while
Nevaeh watched from the stairs; Tyler got between them and was pushed to
the floor. Wayne says he drinks 12 to 15 cans of lager most days and more
at weekends. Stacey has depression and anxiety. She has been seen by the
Drummelow Primary Care Mental Health Team since April and her GP
prescribes her medication. Tyler has stayed out late or overnight at his
uncle Craig's six times since Easter without telling anyone where he was.
Nevaeh has started wetting the bed again and her teacher says she is
anxious and tearful on Monday mornings.

SECTION 2 - CHILDREN'S VIEWS AND LIVED EXPERIENCE

Tyler (seen alone at Craig's flat, 20/06/2025): "When it kicks off I go
to Craig's. I take Nev with me if I can, I'm not leaving her there." He
said he is "sick of" being asked about it but agreed the SW could come
back. He said that if Wayne touches his mum again "I'll do something",
and that what would help most is "Wayne not drinking, full stop".

Nevaeh (seen alone at school, 19/06/2025): drew her house with a black
cloud over the kitchen. "I hide under my duvet and put my music on loud
so I can't hear." She wants "Mum and Wayne to stop shouting" and said she
likes Mondays, Wednesdays and Fridays best "because Nana June does tea".

SECTION 3 - OUTCOMES

OC1  Tyler and Nevaeh live in a home without shouting, violence or
     drunk adults, and both say they feel safe there.
OC2  Nevaeh sleeps well, stops wetting the bed and is settled at school.
OC3  Tyler has a safe adult to go to and does not feel he has to protect
     his mum or his sister.

SECTION 4 - ACTIONS

[4.01]  Action ........ Visit the children at home and see each of them
                        on their own; one visit in three unannounced,
                        including an evening visit each month
        Lead .......... Jess Holden, SW
        Target date ... Every 2 weeks from 24/06/2025
        Evidence ...... Visit notes record where each child was seen and
                        what they said, in their own words
        Status ........ Open

[4.02]  Action ........ Fortnightly appointments with Stacey to support
                        her with her low mood and anxiety
        Lead .......... Drummelow Primary Care Mental Health Team
                        (Ravi Sandhu, practitioner)
        Target date ... Fortnightly
        Evidence ...... Stacey reports that she is feeling better
        Status ........ Open

""" + _drum_foot(2) + "\f" + _DRUM_HEAD + """
[4.03]  Action ........ Alcohol assessment for Wayne, then key work with
                        breath tests and a written update to each core
                        group
        Lead .......... Wayne Crowther; Drummelow Alcohol Team
                        (Kerry Nash, recovery worker)
        Target date ... When a place becomes available
        Evidence ...... Breath test readings and written update read out
                        at each core group
        Status ........ Waiting list

[4.04]  Action ........ Start the Changing Behaviours programme for men
                        who have been abusive to a partner
        Lead .......... Wayne Crowther; facilitator Dean Forbes,
                        Drummelow DA Service
        Target date ... First session by 10/07/2025, then weekly for 24
                        weeks
        Evidence ...... Attendance sheet and facilitator's mid-point
                        report sent to the SW
        Status ........ Referred 20/06/2025

[4.05]  Action ........ Safety planning with Stacey and a DASH risk
                        review; refer to MARAC if the score is 14 or more
        Lead .......... Lucy Barr, IDVA, Drummelow DA Service
        Target date ... By 04/07/2025
        Evidence ...... Safety plan on file and a copy kept by Stacey;
                        DASH score sent to the SW
        Status ........ Open

[4.06]  Action ........ Give Tyler somewhere safe to stay if there is
                        trouble at home, and text the SW when he stays
        Lead .......... Wider family
        Target date ... Whenever needed
        Evidence ...... Text to the SW the same night
        Status ........ Open

[4.07]  Action ........ Collect Nevaeh from school and give her tea at
                        Fold Street on Mondays, Wednesdays and Fridays
        Lead .......... June Hollins (MGM)
        Target date ... Mon, Wed and Fri in term time
        Evidence ...... School collection log shows June signing Nevaeh
                        out
        Status ........ Open

[4.08]  Action ........ Weekly check-in for Nevaeh with the learning
                        mentor, focusing on sleep and worries at home
        Lead .......... Mrs Alison Kerr, DSL, Thornfield Primary
        Target date ... Every Monday in term
        Evidence ......
        Status ........ Open

""" + _drum_foot(3) + "\f" + _DRUM_HEAD + """
[4.09]  Action ........ Offer Tyler a place on the Youth Service "Step Up"
                        group for boys aged 13 to 16
        Lead .......... Marcus Bell, youth worker, Drummelow Youth Service
        Target date ...
        Evidence ...... Attendance register shared with the SW monthly
        Status ........ Awaiting reply

[4.10]  Action ........ Flag the address and notify the SW of any call-out
                        involving Wayne
        Lead .......... PC Sam Rudd, Drummelow Police DA Unit
        Target date ... Within 24 hours of any call-out
        Evidence ...... Reviewed at core group
        Status ........ Flag added 18/06/2025

[4.11]  Action ........ Review Stacey's antidepressant and her sleep, and
                        write to the SW
        Lead .......... Dr Helen Abbas, GP, Marsh Lane Surgery
        Target date ... By 11/07/2025
        Evidence ...... GP letter on file before the core group on
                        05/08/2025
        Status ........ Open

SECTION 5 - CONTINGENCY

If there are further concerns about Stacey and Wayne's relationship or
about Wayne's drinking, the core group will be reconvened to consider
next steps.

SECTION 6 - CORE GROUP AND REVIEW

Core group ........ every 4 weeks, 10am, Drummelow Family Centre:
                    08/07/2025, 05/08/2025, 02/09/2025
RCPC .............. 16/09/2025, 1.30pm, Drummelow Town Hall

SECTION 7 - AUDIT TRAIL

Date/time          User        Event
17/06/2025 15:10   ISIDDIQUI   ICPC outcome recorded; plan record opened
20/06/2025 11:42   JHOLDEN     Outcomes OC1 to OC3 added
20/06/2025 12:05   JHOLDEN     Actions 4.01 to 4.11 added
23/06/2025 16:30   JHOLDEN     4.09 target date cleared - awaiting reply
                               from Youth Service
24/06/2025 09:01   OPRITCHARD  Plan authorised - version 1.0
26/06/2025 09:12   JHOLDEN     Plan printed

                         *** END OF PLAN PRINT ***

""" + _drum_foot(4),
    "findings": [
        F("H001", "Fortnightly appointments with Stacey to support"),
        F("M002", "Fortnightly appointments with Stacey to support"),
        F("T002", "Alcohol assessment for Wayne, then key work with"),
        F("W002", "Give Tyler somewhere safe to stay if there is"),
        F("T002", "Give Tyler somewhere safe to stay if there is"),
        F("M001", "Weekly check-in for Nevaeh with the learning"),
        F("T001", "Offer Tyler a place on the Youth Service"),
        F("M002", "Flag the address and notify the SW of any call-out"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan print from "Carefile": page header and footer lines
#    repeated in the text, colon-aligned labels, ACTION nn blocks with the
#    status on the block's title line, trigger/response contingency, version
#    history. Exemplary (txt)
# ---------------------------------------------------------------------------
_DEWS_HEAD = """\
Dewsholt Borough Council | OFFICIAL-SENSITIVE | Pre-birth Child Protection Plan
Subjects: Unborn baby TALLENT (EDD 02/09/2025); Rhys TALLENT (6)
______________________________________________________________________________
"""


def _dews_foot(page):
    return f"""\
______________________________________________________________________________
Carefile Plan Print v3.8.1          Plan ID PB-000612                  p. {page}/3
"""


PLANS.append({
    "name": "b47_dewsholt_carefile_prebirth_print_tallent.txt",
    "split": "tune",
    "template": "prebirth-cp-plan-plain-text-carefile-print-repeated-page-header-and-footer-lines-colon-aligned-plan-details-action-nn-blocks-status-on-title-line-trigger-response-contingency-version-history-txt",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 6-year-old (mother on methadone after a "
        "heroin lapse in pregnancy, father's cannabis use), printed from a case system with page header "
        "and footer lines in the text, colon-aligned labels, ACTION blocks (Action / Lead / Target date "
        "/ Evidence, status on the title line), trigger and response contingency and a version history. "
        "The recovery service reports on change and assesses capacity, the grandmother's nights and "
        "school runs have a fallback, meetings are dated and legal planning follows named triggers."
    ),
    "text": _DEWS_HEAD + """
PLAN DETAILS
  Plan type            : Pre-birth child protection plan (initial)
  Conference           : 24/06/2025, Dewsholt Town Hall
  Chair                : Rosalind Teague
  Category             : Neglect
  Unborn baby          : EDD 02/09/2025 (30 weeks at conference)
  Mother               : Shannon TALLENT (26), 15 Alder Row, Dewsholt
  Sibling              : Rhys TALLENT, DOB 12/02/2019 (6), Year 1,
                         Dewsholt Primary
  Baby's father        : Kyle BRIGHT (29), 7 Ferry Lane, Dewsholt; plans
                         to stay at Alder Row most weekends
  Rhys's father        : Dean MORRIS - not involved
  Maternal grandmother : Denise TALLENT, 22 Larch Road, Dewsholt
  Social worker        : Laura Amankwah, Pre-birth and Infant Team
  Team manager         : Simone Okafor
  Specialist midwife   : Maria Cole (substance use), Dewsholt General
  Health visitor       : Hannah Reece
  Plan version         : 1.1 (see version history)

1. WHY WE ARE WORRIED
  Shannon used heroin from the age of 17 until 2022 and has been on a
  methadone script since then; she now takes 40ml a day. At her booking
  appointment in February 2025 her urine screen was positive for heroin.
  She says she used once after her nan died. Every screen since March has
  been clear. Rhys was on a child protection plan in 2021-22 when Shannon
  was using and he was often left without food or clean clothes. Kyle
  smokes cannabis most evenings; he says never in the flat. The baby may
  have withdrawal symptoms after birth, and a new baby, broken nights and
  money worries could put Shannon at risk of using again.

2. WHAT IS GOING WELL
  Shannon has kept every midwife and recovery appointment since March.
  Rhys is clean, well fed and at school every day. The flat is warm and
  tidy. Denise sees Rhys most days and has offered to stay after the
  birth. Kyle has been to every scan.

3. THE BABY'S WORLD AND WHAT RHYS SAYS
  Baby: the 20-week scan was normal and growth was on track at 28 weeks.
  Shannon has cut her smoking from 20 to 5 a day and smokes only on the
  balcony. A Moses basket has been bought and is in Shannon's room. At
  the moment her methadone is kept in a kitchen cupboard.
  Rhys (seen on his own at school, 18/06/2025): "I'm going to be the big
  brother. I'll show the baby my dinosaurs." He told the SW that last
  winter "Mum was sleepy in the day and I had to wake her up for my tea"
  but "she's not sleepy now". He wants to hold the baby "on the settee
  with Nana".

4. OUTCOMES
  B1  The baby is born into a home where the adults caring for them are
      not using heroin or other street drugs and can respond day and
      night.
  B2  The baby sleeps on their back in their own Moses basket at every
      sleep.
  B3  If the baby has withdrawal symptoms after birth, these are spotted
      and treated on the ward before the baby goes home.
  R1  Rhys gets to school every day and never has to wake or look after
      his mum.

""" + _dews_foot(1) + "\n" + _DEWS_HEAD + """
5. ACTIONS

ACTION 01                                                    Status : Open
  Action       : Antenatal appointments at the specialist (substance
                 use) clinic, with a urine drug screen at every visit
  Lead         : Maria Cole, specialist midwife, Dewsholt General
  Target date  : Every 2 weeks to 36 weeks, then weekly until the birth
  Evidence     : Attendance and screen results in the midwife's monthly
                 update to the SW

ACTION 02                                                    Status : Open
  Action       : Methadone prescribing and key work for Shannon, with a
                 drug screen at each session and a written report before
                 each core group on whether she is staying stable and
                 what this means for her care of the baby and Rhys
  Lead         : Gary Pope, recovery worker, Dewsholt Recovery Service
  Target date  : Weekly; report before every core group
  Evidence     : Screen results and written report read at every core
                 group

ACTION 03                                                     Status : New
  Action       : Assess Shannon's capacity to stay off street drugs after
                 the birth, her risk of relapse, and the support she will
                 need to care for the baby safely
  Lead         : Dr Anjali Rao, consultant in addictions, Dewsholt
                 Recovery Service
  Target date  : Written assessment by 05/08/2025
  Evidence     : Assessment report shared with the core group at 36 weeks

ACTION 04                                                    Status : Open
  Action       : Cannabis assessment for Kyle and six weekly sessions with
                 urine screens, so that he can care for the baby safely at
                 weekends
  Lead         : Ellie Shaw, Dewsholt Recovery Service (young adults),
                 with Kyle Bright
  Target date  : Assessment by 11/07/2025, then weekly for 6 weeks
  Evidence     : Attendance and screen results sent to the SW monthly

ACTION 05                                                    Status : Open
  Action       : Visit Shannon at home, see Rhys on his own and look at
                 where the baby will sleep
  Lead         : Laura Amankwah, SW
  Target date  : Every 2 weeks; weekly from 36 weeks
  Evidence     : Visit record with Rhys's own words and a note of the
                 baby's sleeping space

ACTION 06                                                     Status : New
  Action       : Keep every methadone dose in the lockable box from the
                 pharmacy, out of Rhys's reach
  Lead         : Shannon Tallent
  Target date  : Every day from 30/06/2025
  Evidence     : Locked box seen by the SW at each visit; pharmacy
                 confirms the box was issued

ACTION 07                                                    Status : Open
  Action       : Antenatal contact on safe sleep, feeding and coping with
                 crying (ICON)
  Lead         : Hannah Reece, HV
  Target date  : By 22/07/2025 (34 weeks)
  Evidence     : Signed safe sleep and ICON sheet on the HV record, copy
                 to the SW

""" + _dews_foot(2) + "\n" + _DEWS_HEAD + """
ACTION 08                                                    Status : Open
  Action       : Pre-birth planning meeting at Dewsholt General to agree
                 the hospital safety plan, withdrawal monitoring for the
                 baby and discharge
  Lead         : Laura Amankwah, SW, with Sue Pitt, named midwife for
                 safeguarding
  Target date  : By 05/08/2025 (36 weeks)
  Evidence     : Written hospital safety plan on the maternity record,
                 copied to every core group member

ACTION 09                                                     Status : New
  Action       : Stay with Shannon for the first 14 nights after the baby
                 comes home and help with the night feeds
  Lead         : Denise Tallent (maternal grandmother)
  Target date  : Every night for 14 nights from discharge
  Evidence     : Night-feed chart signed by Denise, checked by the HV and
                 SW at each visit

ACTION 10                                                     Status : New
  Action       : Take Rhys to school on Tuesday and Thursday mornings
  Lead         : Denise Tallent (maternal grandmother)
  Target date  : Every Tuesday and Thursday in term
  Evidence     : School register shows Rhys in by 8.45am

ACTION 11                                                    Status : Open
  Action       : Weekly check-in for Rhys with the learning mentor about
                 the new baby and how things are at home
  Lead         : Mr Tom Garside, DSL, Dewsholt Primary
  Target date  : Every Wednesday in term
  Evidence     : Check-in notes; anything Rhys says about home emailed to
                 the SW the same day

6. CONTINGENCY
  TRIGGER 1  : Shannon has a screen positive for heroin or any drug not
               prescribed to her, misses two methadone doses in a row, or
               is seen under the influence while caring for Rhys or the
               baby
  RESPONSE   : The SW (EDT out of hours) holds a strategy discussion the
               same day. Rhys and the baby are cared for by Denise at 22
               Larch Road while the risk is assessed, and the SW requests
               a legal planning meeting within 5 working days.

  TRIGGER 2  : Denise cannot stay over after the birth, cannot do the
               school run, or cannot take Rhys and the baby under
               trigger 1 (illness, work or any other reason)
  RESPONSE   : Shannon tells the SW the same day. Kyle's sister, Aimee
               Bright (checked and agreed by the SW on 20/06/2025), stays
               over or has the children instead, and Rhys goes to the
               school breakfast club,
               paid for by Children's Services. If neither Denise nor
               Aimee can stay, the baby stays on the postnatal ward with
               Shannon until a safe adult is found, or is cared for by
               approved foster carers with Shannon's agreement.

  TRIGGER 3  : Shannon's screens are not all clear by the core group at
               36 weeks (05/08/2025)
  RESPONSE   : The SW asks the team manager for a legal planning meeting
               to decide whether to start pre-proceedings (PLO) before
               the birth.

7. MEETINGS
  Core group           : every 4 weeks, 2pm, Dewsholt Children's Centre -
                         08/07/2025 and 05/08/2025, then within 10 working
                         days of the birth
  Review CP conference : 30/09/2025, 10am, Dewsholt Town Hall (brought
                         forward if the baby is born early)

8. VERSION HISTORY
  Ver  Date        By                Summary of change
  0.1  24/06/2025  L. Amankwah (SW)  Drafted from conference decisions
  1.0  25/06/2025  S. Okafor (TM)    Authorised and distributed
  1.1  01/07/2025  L. Amankwah (SW)  Action 10 added (Denise's Tuesday and
                                     Thursday school runs); trigger 2
                                     widened to cover the school run

""" + _dews_foot(3),
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Word export of a plan for a family moving to another council: front
#    sheet grid, then one two-column table in which each action is a shaded
#    banner row followed by Action / Lead / Target date / Evidence / Status
#    rows; version history. Faulty (docx)
# ---------------------------------------------------------------------------
def _mahon_action(n, outcome, action, lead, target, evidence, status):
    return [
        [f"Action {n} of 9 · outcome {outcome}", H],
        ["Action", action],
        ["Lead", lead],
        ["Target date", target],
        ["Evidence", evidence],
        ["Status", status],
    ]


PLANS.append({
    "name": "b47_delverton_liaison_export_banner_field_rows_mahon.docx",
    "doc_title": "Child Protection Plan - Jordan and Keeley Mahon",
    "split": "tune",
    "template": "cp-plan-word-export-header-footer-four-column-front-sheet-grid-transfer-box-then-single-two-column-table-banner-row-per-action-then-action-lead-target-date-evidence-status-rows-version-history",
    "description": (
        "Word export of an initial plan for an 8-year-old and a 4-year-old (neglect, father's cannabis "
        "use) while the family moves to another council. Header and footer with the children's names and "
        "OFFICIAL-SENSITIVE, a front sheet grid, and one two-column table in which each action is a "
        "banner row followed by Action / Lead / Target date / Evidence / Status rows. The speech therapy "
        "referral is left for the receiving council 'after transfer – date TBC', family support is paused "
        "pending transfer, one action has no lead, one no evidence, one 'Improvement in attendance', the "
        "transfer pack is owned by the 'Core group', and the review conference is left to the other "
        "council."
    ),
    "header": "OFFICIAL-SENSITIVE – Child Protection Plan – Jordan and Keeley MAHON",
    "footer": "Delverton County Council · LiaisonCP export · Page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "LiaisonCP 3.2 export · Plan ref CP/DEL/25/1183 · Version 1.3 · exported 27/06/2025 by B. Orme"),
        ("h2", "Front sheet"),
        ("table", {
            "widths": [3.0, 6.6, 2.8, 4.6],
            "rows": [
                ["Children", "Jordan Mahon, DOB 07/10/2016 (8), Year 3, Delverton Juniors\n"
                             "Keeley Mahon, DOB 15/03/2021 (4), Little Wrens Nursery",
                 "Category", "Neglect"],
                ["Address", "Flat 6, Tanners Court, Delverton (until 21/07/2025)\n"
                            "From 21/07/2025: 19 Saltmarsh Road, Kestrelmoor",
                 "Initial conference", "03/06/2025"],
                ["Parents", "Tanya Mahon (32) and Shane Mahon (35)", "Chair", "Derek Okwuosa"],
                ["Social worker", "Becky Orme, Delverton Child Protection Team", "Team manager", "Ruth Gallagher"],
                ["Transfer", "Out to Kestrelmoor Borough Council – request sent 20/06/2025",
                 "Plan status", "Live – v1.3"],
            ],
        }),
        ("h2", "Transfer"),
        ("p", "Tanya and Shane have a tenancy with Kestrelmoor Homes from 21/07/2025. Delverton sent the transfer "
              "request to Kestrelmoor Children's Services on 20/06/2025. Delverton keeps case responsibility "
              "until Kestrelmoor holds its transfer-in conference."),
        ("h2", "Why there is a plan"),
        ("p", "Jordan's attendance is 74% this year. He has come to school hungry and with head lice on most "
              "days since Easter, and on 14/05/2025 he told his teacher there was \"no tea again\". Keeley, who "
              "is 4, has about 30 words and several decayed front teeth, and has missed two dental "
              "appointments. On home visits the kitchen has had rotting food and dirty nappies on the floor and "
              "the children have shared one stained mattress. Shane smokes cannabis every day, including in "
              "the flat, and says it helps his back pain; Tanya says she struggles to keep on top of things "
              "when he is \"out of it\"."),
        ("h2", "What Jordan and Keeley say"),
        ("p", "Jordan (seen on his own at school, 30/05/2025): \"Mum does try but there's never anything in. "
              "Dad's always on the sofa with his smoke.\" He is worried about moving because \"I won't know "
              "anyone and I'm good at football here\". He would like \"a proper bed each\" and \"tea every "
              "day\"."),
        ("p", "Keeley was seen at nursery and at home. She eats everything at snack time and asks for more, "
              "and points at her mouth when she eats something cold. At home she stays close to Tanya and "
              "covers her nose and says \"stinky\" when she goes into the living room."),
        ("h2", "Outcomes"),
        ("bullets", [
            "1 – Jordan and Keeley have a meal every evening and breakfast every morning, in a clean kitchen.",
            "2 – Jordan gets to school every day and his attendance is above 92% by the end of term.",
            "3 – Keeley's teeth are treated and her speech is assessed and helped.",
            "4 – Both children live in a home free of cannabis smoke and sleep in their own clean beds.",
        ]),
        ("h2", "Plan actions"),
        ("table", {
            "widths": [3.2, 13.8],
            "bold_first_col": True,
            "band_fill": "DDEBF7",
            "rows": (
                _mahon_action(1, "1, 2, 4",
                              "Visit Jordan and Keeley at home, see Jordan on his own, and check food, beds and "
                              "the kitchen",
                              "Becky Orme, SW", "Weekly until the Kestrelmoor transfer-in conference",
                              "Visit record with Jordan's own words and a note of the food in the house",
                              "On track – 3 visits since conference")
                + _mahon_action(2, "3",
                                "Speech and language referral for Keeley to be made by Kestrelmoor once the "
                                "case has transferred",
                                "Kestrelmoor Children's Services", "After transfer – date TBC",
                                "Referral accepted letter from Kestrelmoor speech and language therapy",
                                "On hold")
                + _mahon_action(3, "1, 2",
                                "Breakfast club place for Jordan every school morning until the end of term",
                                "Mr Colin Ashe, DSL, Delverton Juniors", "Every school day to 18/07/2025",
                                "Improvement in attendance", "Started 09/06/2025")
                + _mahon_action(4, "4",
                                "Drug screening and key work with Shane about his cannabis use, with a written "
                                "update for each core group on what has changed at home",
                                "Dee Wainwright, Delverton Pathways Recovery", "Fortnightly",
                                "Screen results and written update read at each core group",
                                "On track – 2 screens done")
                + _mahon_action(5, "1, 4",
                                "Weekly family support sessions at home on meals, bedtimes and clearing the "
                                "kitchen",
                                "Jade Kerr, family support worker, Delverton Family Hub",
                                "Weekly – paused from 30/06/2025 pending transfer; Kestrelmoor Early Help to "
                                "decide whether to restart",
                                "Home conditions checklist scored at each session and copied to the SW",
                                "Paused")
                + _mahon_action(6, "3",
                                "Referral to the community dental service for Keeley's decayed front teeth",
                                "", "By 11/07/2025", "Dental appointment letter on file", "Not started")
                + _mahon_action(7, "3",
                                "Review Keeley's development (ASQ-3), growth and speech at a home visit",
                                "Amira Sethi, HV", "By 15/07/2025", "", "Booked 10/07/2025")
                + _mahon_action(8, "all",
                                "Prepare the transfer pack (chronology, plan, agency reports) and send it to "
                                "Kestrelmoor",
                                "Core group", "By 11/07/2025", "Kestrelmoor confirm receipt by email",
                                "In progress")
                + _mahon_action(9, "2, 3",
                                "Register Jordan and Keeley with a GP, a school and a nursery in Kestrelmoor "
                                "before the move",
                                "Tanya and Shane Mahon, helped by Becky Orme (SW)", "By 18/07/2025",
                                "GP registration and school and nursery place letters seen by the SW",
                                "Open")
            ),
        }),
        ("h2", "Contingency"),
        ("p", "If Jordan or Keeley arrive at school or nursery hungry on three days in one week, either child is "
              "found at home without an adult, or Shane is found under the influence of cannabis while looking "
              "after them on his own, the SW (or the Emergency Duty Team) will visit the same day and hold a "
              "strategy discussion. The children will stay with Tanya's sister, Lorraine Platt, in Delverton "
              "while a safety plan is agreed; if Lorraine cannot have them, they will be placed with foster "
              "carers that night."),
        ("p", "If the home conditions checklist has not improved, or Jordan's attendance is still below 90%, by "
              "the core group on 15/07/2025, the SW will request a legal planning meeting and send its outcome "
              "to Kestrelmoor with the transfer pack."),
        ("h2", "Core group and review"),
        ("p", "Core group: fortnightly until the move – 01/07/2025 and 15/07/2025, 10am, Delverton Family Hub."),
        ("p", "Review child protection conference: not booked – the transfer-in conference will be set by "
              "Kestrelmoor."),
        ("h2", "Version history"),
        ("table", {
            "header": ["Version", "Date", "Changed by", "Change"],
            "widths": [1.8, 2.4, 3.2, 9.6],
            "rows": [
                ["1.0", "04/06/2025", "B. Orme", "Plan created from the initial conference record"],
                ["1.1", "09/06/2025", "B. Orme", "Breakfast club started; status updated"],
                ["1.2", "20/06/2025", "R. Gallagher", "Transfer section added; transfer request sent"],
                ["1.3", "27/06/2025", "B. Orme", "Family support paused; statuses updated before export"],
            ],
        }),
    ],
    "findings": [
        F("X001", "Speech and language referral for Keeley to be made by Kestrelmoor"),
        F("T002", "Speech and language referral for Keeley to be made by Kestrelmoor"),
        F("M002", "Breakfast club place for Jordan every school morning"),
        F("X001", "Weekly family support sessions at home on meals, bedtimes"),
        F("W001", "Referral to the community dental service for Keeley's decayed"),
        F("M001", "Review Keeley's development (ASQ-3), growth and speech"),
        F("W002", "Prepare the transfer pack (chronology, plan, agency reports)"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Case-system plan saved as Markdown: front sheet table, page-break
#    artefacts with the running header left in, actions as numbered h4
#    blocks of bold-label lines, audit trail table. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b47_dimblebrook_md_export_page_artefacts_bellwood.md",
    "split": "tune",
    "template": "cp-plan-case-system-saved-as-markdown-front-sheet-table-running-header-lines-left-at-page-breaks-numbered-h4-action-blocks-bold-label-lines-action-lead-target-date-evidence-status-audit-trail-table-md",
    "description": (
        "Exemplary initial plan for a 14-year-old at risk of sexual exploitation and her 10-year-old "
        "brother, exported from a case system to Markdown with the running header left in at each page "
        "break. Front sheet table, both children's words, outcomes, twelve numbered action blocks "
        "(Action / Lead / Target date / Evidence / Status) each with a named lead, a real timescale and "
        "something that can be seen or counted, a specific contingency with a fallback if the aunt "
        "cannot have Ruby, dated core groups and review, legal planning after repeated missing episodes, "
        "and an audit trail."
    ),
    "text": """\
*OFFICIAL-SENSITIVE · Dimblebrook Council · Child Protection Plan · BELLWOOD, Ruby and Oscar · page 1 of 4*

# Child Protection Plan

Exported from Mosswood Case Manager · Plan ID CPP/DB/25/0377 · Version 1.0 (authorised 16/06/2025)

## Front sheet

| Field | Detail |
|---|---|
| Children | Ruby Bellwood, DOB 30/01/2011 (14), Year 9, Dimblebrook Academy; Oscar Bellwood, DOB 02/03/2015 (10), Year 5, Brookfield Primary |
| Address | 9 Tilbury Walk, Dimblebrook |
| Lives with | Donna Bellwood (mother, 39) |
| Father | Neil Bellwood, Hexley; the children stay with him every other weekend |
| Other family | Michelle Dunn (maternal aunt), Canon Street, Dimblebrook |
| Category | Ruby: sexual abuse (child sexual exploitation); Oscar: emotional abuse |
| Initial conference | 12/06/2025, Dimblebrook Town Hall; chair Faisal Qureshi |
| Social worker | Callum Adair, Adolescent Safeguarding Team |
| Team manager | Gemma Lyle |

## 1. Why there is a plan

Ruby has been reported missing seven times since March, twice overnight. On 28/05/2025
police found her in a flat on Canal Street with two adult men, one of them Reece Foley (22),
whom Ruby calls her boyfriend. She had been drinking vodka and had cannabis with her. She has
a new phone and trainers that Donna did not buy. At home there are loud rows between Ruby and
Donna, and on 04/05/2025 Donna locked Ruby out after midnight. Oscar has been in the house for
most of the rows and lies awake when Ruby is missing.

## 2. What Ruby and Oscar say

Ruby (seen on her own at the Compass project, 10/06/2025): "Reece is my boyfriend, he looks
after me. You lot don't get it." Later in the same meeting she said, "I don't like it when his
mates are there," and that she would like to see her dad more and for her mum "to stop going
off at me". She asked for her old phone number back so that "people can't find me".

Oscar (seen on his own at school, 11/06/2025): "I can't sleep when Ruby's not home. Mum
cries and keeps ringing her." He would like "to go to Dad's more" and "for Mum to watch films
with me like before".

---

*OFFICIAL-SENSITIVE · Dimblebrook Council · Child Protection Plan · BELLWOOD, Ruby and Oscar · page 2 of 4*

---

## 3. Outcomes

1. Ruby is safe from adults who want to exploit her, is home by 9pm every night and can name a trusted adult she talks to.
2. Ruby goes to school every day and gets help with her sexual health and her drinking and cannabis use.
3. Oscar sleeps well, is not frightened when Ruby is out, and has time on his own with his mum.
4. Ruby and her mum can talk without rows, and Ruby is never locked out.

## 4. Actions

#### 4.1 Visits

**Action:** See Ruby on her own away from home, and see Oscar at home; at least one visit a month in the evening  
**Lead:** Callum Adair, SW  
**Target date:** Weekly from 16/06/2025  
**Evidence:** Visit record with each child's own words  
**Status:** Open

#### 4.2 Direct work with Ruby

**Action:** One-to-one sessions with Ruby on healthy relationships, grooming and staying safe online  
**Lead:** Priya Lal, Compass exploitation project  
**Target date:** Weekly, 12 sessions from 18/06/2025  
**Evidence:** Session log; Ruby's "my worries" scale done at sessions 1, 6 and 12 and shared with the SW  
**Status:** Open

#### 4.3 Return home interviews

**Action:** Return home interview with Ruby after every missing episode  
**Lead:** Shona Craig, Dimblebrook Return Interview Service  
**Target date:** Within 72 hours of Ruby coming home  
**Evidence:** Written interview report to the SW and the police missing person coordinator  
**Status:** Open

#### 4.4 Warning notice

**Action:** Serve a Child Abduction Warning Notice on Reece Foley  
**Lead:** PC Martin Shaw, Dimblebrook Police Exploitation Team  
**Target date:** By 20/06/2025  
**Evidence:** Copy of the served notice on the case file  
**Status:** Open

#### 4.5 Canal Street

**Action:** Location assessment of the Canal Street flats and disruption visits to the address where Ruby was found  
**Lead:** Sgt Anna Ruiz, Dimblebrook Police, with Joel Tate, community safety officer  
**Target date:** Location assessment by 11/07/2025; disruption visits weekly until then  
**Evidence:** Location assessment shared with the core group and the contextual safeguarding panel; visit log  
**Status:** Open

---

*OFFICIAL-SENSITIVE · Dimblebrook Council · Child Protection Plan · BELLWOOD, Ruby and Oscar · page 3 of 4*

---

#### 4.6 Missing from home

**Action:** Report Ruby missing to the police if she is not home by 9pm, and write every missing episode in the log  
**Lead:** Donna Bellwood  
**Target date:** By 9.15pm on any night Ruby is not home  
**Evidence:** Missing log checked by the SW at each visit, with police incident numbers  
**Status:** Open

#### 4.7 Parenting support

**Action:** Non-violent resistance sessions for Donna on keeping Ruby safe and talking without rows  
**Lead:** Ian Mercer, Dimblebrook Family Hub, with Donna Bellwood  
**Target date:** Weekly for 10 weeks from 24/06/2025  
**Evidence:** Attendance record and Donna's workbook, seen by the SW  
**Status:** Open

#### 4.8 School – Ruby

**Action:** Check Ruby's attendance every morning and ring Donna by 9.30am if she is not in  
**Lead:** Mrs Helen Price, DSL, Dimblebrook Academy  
**Target date:** Every school day  
**Evidence:** Weekly attendance figure emailed to the SW; attendance above 90% by the review conference  
**Status:** Open

#### 4.9 Sexual health

**Action:** Sexual health appointment for Ruby, with contraception advice and advice on alcohol and cannabis  
**Lead:** Nikki Fowler, school nurse  
**Target date:** By 04/07/2025  
**Evidence:** Letter to the SW confirming the appointment took place and any referral made  
**Status:** Open

#### 4.10 Friday nights

**Action:** Have Ruby to stay every Friday night and take her to her Saturday job at the bakery  
**Lead:** Michelle Dunn (maternal aunt)  
**Target date:** Every Friday night  
**Evidence:** Stays written in the family calendar, seen by the SW; Michelle texts the SW each Saturday morning  
**Status:** Open

#### 4.11 School – Oscar

**Action:** Weekly check-in for Oscar with his class teacher about sleep and worries at home  
**Lead:** Mr Gareth Bowen, DSL, Brookfield Primary  
**Target date:** Every Monday in term  
**Evidence:** DSL notes; anything Oscar says about home emailed to the SW the same day  
**Status:** Open

#### 4.12 Weekends with Dad

**Action:** Have Ruby and Oscar to stay every other weekend and tell the SW the same day if Ruby goes out without saying where  
**Lead:** Neil Bellwood  
**Target date:** Alternate weekends, next 21/06/2025  
**Evidence:** Weekend stays written in the family calendar, seen by the SW  
**Status:** Open

## 5. Contingency

If Ruby is not home by 9pm, Donna will report her missing to the police straight away (101,
or 999 if she thinks Ruby is with Reece Foley or in danger).

If Ruby is missing overnight, is found with Reece Foley or any adult named by the police, or
tells anyone she has been hurt or made to do something sexual, the SW (or the Emergency Duty
Team) will hold a strategy discussion the same day. Ruby will stay with Michelle Dunn that
night; if Michelle cannot have her, the Emergency Duty Team will arrange an emergency foster
placement in Dimblebrook. Oscar will stay at home with Donna, or with his dad if Donna is out
looking for Ruby.

If Michelle cannot have Ruby on a Friday, Ruby will stay at home and Donna will tell the SW
that afternoon so that the Friday evening can be planned with her.

If Ruby has three or more missing episodes in any month from 01/07/2025, or is found with
Reece Foley again after the warning notice, Callum will ask the team manager for a legal
planning meeting within 5 working days.

---

*OFFICIAL-SENSITIVE · Dimblebrook Council · Child Protection Plan · BELLWOOD, Ruby and Oscar · page 4 of 4*

---

## 6. Core group and review

- Core group every 3 weeks, Thursdays at 4pm, Dimblebrook Academy: 26/06/2025, 17/07/2025, 07/08/2025 and 28/08/2025.
- Review child protection conference: 04/09/2025, 2pm, Dimblebrook Town Hall.

## 7. Audit trail

| Date and time | User | Event |
|---|---|---|
| 12/06/2025 16:20 | FQURESHI | Plan record created from conference decision |
| 13/06/2025 10:02 | CADAIR | Outcomes 1 to 4 entered |
| 13/06/2025 11:37 | CADAIR | Actions 4.1 to 4.12 entered |
| 16/06/2025 09:10 | GLYLE | Plan authorised, version 1.0 |
| 16/06/2025 09:14 | CADAIR | Exported to Markdown for the core group pack |
""",
    "findings": [],
})
