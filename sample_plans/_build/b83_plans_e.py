"""Batch 83, module e: seven fictional plans (tuning material), places beginning with "e".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: whether a measure, a timescale, an outcome and a parent's illness are
read right when practitioners write them in their own ways. Measures that
someone will see, hear, count, weigh, receive or record, beside "measures"
that are only a promise, a feeling or a repeat of the action. Timescales as
dates, frequencies and events, beside "ongoing", "asap", "in due course",
"when I need it" and dates that are only a past meeting. Outcomes for the
child in odd places and in the family's words, beside outcomes that are only a
change for an adult or a service delivered. A parent's current illness, a
parent's illness that is over, a grandparent's and a sibling's illness, a
young person's own mental health and a parent who works on a mental health
ward. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 2 record with a two-column Action | Update table: who, when
#    and what will show it are written into each action cell (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_emberlow_core_group_action_update_table_kowalski.docx",
    "doc_title": "Core Group 2 Record - Oskar and Zofia Kowalski",
    "split": "tune",
    "actions": 14,
    "template": "core-group-2-record-docx-two-column-action-update-table-owner-when-measure-written-into-each-action-cell",
    "description": (
        "Second core group record for a 7-year-old and a 2-year-old (neglect; mother's current depression "
        "and anxiety under the CMHT; father a staff nurse on an adult mental health ward, not unwell). "
        "Two-column Action | Update table, with the owner, timescale and measure written into each action "
        "('weigh Zofia fortnightly at home and plot her weight', 'logs every late pick-up', 'tell the SW "
        "the same day if Zofia arrives hungry', 'every Thursday morning, when possible'). Faults: a dental "
        "check whose only date is a past core group (T001), 'progress will be monitored' (M002), the CMHT "
        "only supporting and 'Hanna will engage well' (H001, M002), 'help her feel less alone' (M002), an "
        "assessment with no output (M001), a passive referral 'in due course' (W001, T002), a vague "
        "contingency with no legal step (C002, R002). "
        "Five of fourteen actions are about Hanna's own needs, so no F001."
    ),
    "blocks": [
        ("title", "Core Group Meeting 2 – Record and Updated Plan"),
        ("p", "Emberlow City Council · Children's Services · Riverside Safeguarding Team"),
        ("kv", [
            ("Children", "Oskar Kowalski (7), Year 3, Larkfield Primary; Zofia Kowalski (2), Little Owls "
                         "Nursery, Monday to Wednesday"),
            ("Parents", "Hanna Kowalski (30) and Tomasz Kowalski (34), 22 Coldharbour Walk, Emberlow"),
            ("Plan since", "Initial child protection conference, Monday 29/09/2025 (category: neglect)"),
            ("Meeting", "Core group 2, Monday 27/10/2025, 10am, Riverside Family Hub"),
            ("Social worker", "Dev Anand"),
        ]),
        ("h2", "Present"),
        ("p", "Hanna Kowalski; Tomasz Kowalski; Dev Anand (SW); Carla Mendes (HV); Mrs Adaeze Okon (DSL, "
              "Larkfield Primary); Gemma Price (keyworker, Little Owls Nursery); Lorna Pike (care coordinator, "
              "Emberlow Community Mental Health Team); Aisha Karim (family support worker). Apologies: "
              "Dr Ruth Aldous (GP), update sent by email."),
        ("h2", "Where things are"),
        ("p", "Hanna has had depression and anxiety since Zofia was born and has been open to the Emberlow "
              "Community Mental Health Team since June 2025. She takes sertraline. On bad days she stays in "
              "bed until the afternoon: Zofia has been found in a wet nappy from the night before, and Oskar "
              "gets himself up and is late for school. Tomasz is a staff nurse on Birchfield Ward, the adult "
              "mental health ward at Emberlow Park Hospital, and works long day and night shifts; he is well "
              "and is the steadier parent, but he is often at work when things go wrong."),
        ("p", "Since the initial conference the kitchen has been cleaner and there has been food in the fridge "
              "at every visit. Oskar was late for school three times in October and was collected late once."),
        ("h2", "What Oskar and Zofia tell us"),
        ("p", "Oskar (seen on his own at school on 15 October): \"When Mum is in bed I make my own cereal. I'm "
              "good at it but sometimes the milk is gone.\" He said the best bit of his week is \"when Dad's "
              "off and we go to the park\", and he wants \"Mum to get up with me in the mornings\". He gave "
              "home 5 out of 10 and school 8."),
        ("p", "Zofia has only a few words so far. At nursery she eats her breakfast quickly and asks for more, "
              "and she runs to Gemma at the door. At home she brings her shoes to Tomasz when he comes in from "
              "work and climbs onto Hanna's bed to be cuddled."),
        ("h2", "Updated plan"),
        ("p", "Each action says who will do it, by when and what will show it is done. The right-hand column "
              "says what has happened since core group 1 on 06/10/2025."),
        ("table", {
            "header": ["Action", "Update at core group 2"],
            "widths": [11.0, 6.0],
            "rows": [
                ["Dev Anand (SW) will visit every week, at least one visit in three unannounced, see Oskar on "
                 "his own and Zofia awake, and write in the visit record where each child slept and what food "
                 "was in the house.",
                 "Visits on 8, 15 and 22 October, one unannounced. Oskar seen on his own twice."],
                ["Carla Mendes (HV) will weigh Zofia fortnightly at home and plot her weight in the red book; "
                 "it should stay on or above the 25th centile.",
                 "Weighed on 9 and 23 October, on the 25th centile both times."],
                ["Mrs Adaeze Okon (DSL, Larkfield Primary) logs every late drop-off and every late pick-up of "
                 "Oskar and emails the log to the SW every Friday.",
                 "Log received each Friday: late three times, collected late once."],
                ["Gemma Price, Zofia's keyworker at Little Owls Nursery, will tell the SW the same day if Zofia "
                 "arrives hungry, unwashed or still in the night's nappy.",
                 "One call, on 17 October: Zofia arrived hungry."],
                ["Hanna will take Zofia to Emberlow Smiles dental practice for her first check-up (agreed at "
                 "core group 1 on 06/10/2025); the HV will see the appointment card.",
                 "Not done yet."],
                ["Dev Anand (SW) will go through the bedtime routine with Hanna and Tomasz at every home visit; "
                 "progress will be monitored.",
                 "Talked about on 15 October."],
                ["Dr Ruth Aldous (GP, Quarry Lane Surgery) will review Hanna's sertraline dose by 14/11/2025 "
                 "and write to the SW with the outcome.",
                 "Appointment booked for 4 November."],
                ["Lorna Pike (care coordinator, Emberlow Community Mental Health Team) will carry on fortnightly "
                 "home visits to support Hanna with her anxiety and low mood, and Hanna will engage well with "
                 "Lorna.",
                 "Two visits since core group 1."],
                ["Dev Anand (SW) will help Hanna fill in her transfer application to Emberlow Homes for a "
                 "two-bedroom flat by 31/10/2025 and put a copy of the application receipt on file.",
                 "Form half done."],
                ["Hanna will go with Aisha Karim (FSW) to the Emberlow Money Advice debt clinic at the library "
                 "every Tuesday morning until her debt plan is agreed; the signed debt plan goes to the SW.",
                 "Went on 14 and 21 October."],
                ["Hanna will go to the Emberlow Mums' Circle peer group every Thursday morning, when possible, "
                 "and says this will help her feel less alone.",
                 "Went once."],
                ["Tomasz will move to day shifts on Birchfield Ward from 03/11/2025 so that he is at home with "
                 "Oskar and Zofia every night, and will give the SW a copy of his rota each month.",
                 "Ward manager has agreed."],
                ["Aisha Karim (FSW) will complete a parenting assessment with Hanna and Tomasz by 28/11/2025.",
                 "Started on 20 October."],
                ["Zofia's referral to speech and language therapy to be made in due course, and the acceptance "
                 "letter will go on file.",
                 "Not done yet."],
            ],
        }),
        ("h2", "What Oskar and Zofia should notice by the review conference"),
        ("p", "Oskar can tell us \"Mum got up with me\" on most school mornings. He gets to school by 8.50am "
              "with breakfast inside him and is not the one making his own food. Zofia is changed, dressed and "
              "fed before nursery, keeps her weight on the 25th centile and has started speech therapy if she "
              "needs it. Both children sleep in clean beds, with a light that works in Oskar's room, and come "
              "home to a parent who is up and ready for them."),
        ("h2", "If things slip"),
        ("p", "If things get worse at home or there are further worries about Oskar and Zofia, the core group "
              "will meet sooner to look at the plan again and agree what to do next."),
        ("h2", "Next meetings"),
        ("p", "Core group 3: Monday 24/11/2025, 10am, Riverside Family Hub, and every 4 weeks after that. "
              "Review child protection conference: Monday 15/12/2025, 1.30pm, Emberlow Civic Centre."),
        ("p", "Record written by Dev Anand (SW) on 28/10/2025 and sent to Hanna, Tomasz and everyone present."),
    ],
    "findings": [
        F("T001", "take Zofia to Emberlow Smiles dental practice"),
        F("M002", "go through the bedtime routine with Hanna and Tomasz"),
        F("H001", "carry on fortnightly home visits to support Hanna"),
        F("M002", "carry on fortnightly home visits to support Hanna"),
        F("M002", "go to the Emberlow Mums' Circle peer group"),
        F("M001", "will complete a parenting assessment with Hanna and Tomasz"),
        F("W001", "Zofia's referral to speech and language therapy"),
        F("T002", "Zofia's referral to speech and language therapy"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review conference record with a RAG table of the continuing actions;
#    a looked-after baby on the children's ward, a family about to move to
#    another authority (landscape PDF)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_eddersham_rcpc_rag_review_table_dunmore.pdf",
    "doc_title": "Review Child Protection Conference - Kaiden Dunmore and Ava-Rose Pryce",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-record-landscape-pdf-rag-review-table-no-action-lead-by-when-how-we-will-know-progress-rag",
    "description": (
        "First review conference record for a 4-year-old at home and a 14-month-old accommodated under "
        "section 20 and on the children's ward with a chest infection (physical abuse and neglect; "
        "father's daily cannabis use, with the substance misuse service reporting on change; the "
        "grandmother's COPD). RAG review table: No. | Action | Lead | By when | How we will know | "
        "Progress since ICPC | RAG. Good rows say 'Weekly, ongoing, until the transfer-in conference', "
        "'Before discharge', 'Within 2 working days of signing the tenancy' with 'a copy of the tenancy "
        "letter to the SW'. Faults: a 'By when' that is only the date of the initial conference (T001), "
        "the parenting assessment put off until the case transfers (X001), 'ASAP' (T002), 'Ongoing' with "
        "'Lacey will feel more confident' (T002, M002), 'All professionals' (W002), a blank lead (W001), "
        "a blank measure (M001); no outcome for the children anywhere (O001), nothing of what either child "
        "says, feels or lives day to day (F003), and no one set to visit the looked-after baby in "
        "hospital (L001)."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan Review"),
        ("p", "Eddersham Borough Council · Children's Services · Safeguarding and Review Unit"),
        ("kv", [
            ("Children", "Kaiden Dunmore (4), Brambles Nursery; Ava-Rose Pryce (14 months)"),
            ("Mother", "Lacey Dunmore (26), 7 Ferrier Close, Eddersham"),
            ("Father", "Jordan Pryce (29), Ava-Rose's father; lives with Lacey and Kaiden. Kaiden's own father "
                       "has no contact."),
            ("Ava-Rose", "Accommodated under section 20 since 02/09/2025 and placed with foster carer Mrs Elaine "
                         "Tovey. Admitted to Ward 4, the children's ward at Eddersham General Hospital, on "
                         "16/10/2025 with a chest infection, and still an inpatient on the day of conference."),
            ("Initial conference", "Monday 14/07/2025"),
            ("This conference", "First review, Monday 20/10/2025, 10am, Eddersham Town Hall"),
            ("Category", "Physical abuse and neglect"),
            ("Social worker", "Priya Lomax"),
            ("Chair", "Glenn Ashby, independent chair"),
        ]),
        ("h2", "Why there is a plan"),
        ("p", "In July Ava-Rose, then 11 months old, had a bruise on her ear that Lacey and Jordan could not "
              "explain. Police had been called to the flat twice in the spring after arguments, and both times "
              "the flat smelled strongly of cannabis. Jordan smokes cannabis every day and has been open to "
              "ERIS, the Eddersham Recovery and Intervention Service, since August. After a second unexplained "
              "bruise in September, Lacey and Jordan agreed to Ava-Rose being accommodated. Kaiden lives at "
              "home."),
        ("p", "Lacey's mother, Carol Dunmore, used to have Kaiden two nights a week. She has COPD, now needs "
              "oxygen at night and cannot have him any more."),
        ("p", "Lacey has been offered a flat in Eskford, in Exwold County Council's area, and the family expect "
              "to move in December. The case will transfer to Exwold after the move."),
        ("h2", "Progress since the initial conference"),
        ("p", "Jordan's drug tests have come down from high to medium levels. Kaiden's nursery attendance since "
              "September is 88%. The parenting assessment agreed in July has not started, and Lacey and Jordan "
              "have not yet been to a parenting group. Two health visitor appointments for Kaiden were missed."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Kaiden and Ava-Rose are still at risk of significant harm and that the "
              "child protection plan continues under the same categories."),
        ("h2", "Plan – review of actions"),
        ("p", "RAG: Red – not started or off track. Amber – started, not finished. Green – on track."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know", "Progress since ICPC", "RAG"],
            "widths": [1.1, 5.9, 3.5, 3.3, 4.9, 4.9, 2.1],
            "rows": [
                ["1", "See Kaiden at home and at nursery, on his own when he can manage it, and look at his "
                      "bed and the food in the flat",
                 "SW Priya Lomax", "Weekly, ongoing, until the transfer-in conference in Exwold",
                 "Visit records say where Kaiden slept and what food was in the flat",
                 "Nine visits; Kaiden seen on his own at nursery three times", "Green"],
                ["2", "Liaise with Ward 4 about Ava-Rose's discharge back to Mrs Tovey, and tell Lacey and "
                      "Jordan the discharge plan",
                 "SW Priya Lomax", "Before discharge",
                 "Discharge plan emailed to Mrs Tovey, Lacey and Jordan",
                 "Ward rang on 18/10; no discharge date yet", "Amber"],
                ["3", "Show Mrs Tovey how to give Ava-Rose her inhaler through a spacer",
                 "Ward 4 nursing team", "Before discharge",
                 "Ward nurse signs the inhaler checklist and gives Mrs Tovey a copy",
                 "New action", "Amber"],
                ["4", "Weigh and measure Kaiden, check his teeth and toileting, and refer on anything that "
                      "needs it",
                 "HV Sinead Farrow", "Set at ICPC (14/07/2025)",
                 "Height and weight plotted in the red book; findings sent to the SW",
                 "Not done: two appointments missed", "Red"],
                ["5", "Keywork with Jordan on his cannabis use, with a urine test at each session",
                 "Sam Riordan, ERIS substance misuse service", "Fortnightly; report before each core group",
                 "Test results, and a written report on whether Jordan's use is falling and what that means "
                 "for Kaiden",
                 "Tests down from high to medium", "Amber"],
                ["6", "Parenting assessment of Lacey and Jordan, to be picked up by Exwold once the case has "
                      "transferred",
                 "Exwold County Council Children's Services", "After the transfer",
                 "Assessment report shared with the core group",
                 "Not started; on hold because of the move", "Red"],
                ["7", "Lacey and Jordan to go to the Positive Parenting group at Eddersham Family Hub",
                 "Lacey Dunmore and Jordan Pryce", "ASAP",
                 "Attendance register sent to the SW",
                 "Not started", "Red"],
                ["8", "Family support sessions at home on Kaiden's mealtimes and bedtime routine",
                 "FSW Jess Carr", "Ongoing",
                 "Lacey will feel more confident",
                 "Four sessions so far", "Amber"],
                ["9", "Record how Kaiden arrives at nursery each day and anything he says about home",
                 "Jade Hollis, keyworker, Brambles Nursery", "Every session he attends",
                 "Daily log; a summary emailed to the SW every Friday",
                 "Summaries received every week", "Green"],
                ["10", "Tell the SW the same day about any mark or injury seen on Kaiden or Ava-Rose",
                 "All professionals", "Same day",
                 "Each report logged on the children's file by the SW",
                 "None since ICPC", "Green"],
                ["11", "Apply for Kaiden's funded nursery hours for the spring term",
                 "", "By 01/12/2025",
                 "Funding confirmation letter on file",
                 "–", "Red"],
                ["12", "Tell the SW the new address and the date of the move",
                 "Lacey Dunmore", "Within 2 working days of signing the tenancy",
                 "A copy of the tenancy letter to the SW",
                 "Offer letter seen on 10/10", "Green"],
                ["13", "Dental check-up for Kaiden at Eddersham Community Dental Service",
                 "Lacey Dunmore", "By 30/11/2025",
                 "",
                 "Not booked", "Red"],
                ["14", "Send the transfer request and the full file to Exwold, and keep every action in this "
                       "plan going until Exwold's transfer-in conference",
                 "SW Priya Lomax", "Within 5 working days of the move date being confirmed",
                 "Transfer request acknowledged in writing by Exwold",
                 "New action", "Amber"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Kaiden has a mark or injury that is not explained, or Jordan is under the influence of "
              "cannabis while he is looking after Kaiden on his own, the SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day and Kaiden will stay with his aunt, Shelley "
              "Dunmore, at 3 Larch Row, Eddersham, until it has met. If Shelley cannot have him, the SW will "
              "find a foster placement that day."),
        ("p", "If Jordan's tests are not down to low levels by the core group on 01/12/2025, the SW will ask the "
              "team manager for a legal planning meeting."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 3 weeks at Brambles Nursery, 1pm: Monday 10/11/2025 and Monday 01/12/2025. "
              "Next review child protection conference: Monday 19/01/2026, 10am, Eddersham Town Hall, unless "
              "the family have moved, when Exwold will hold its transfer-in conference instead."),
        ("p", "Record approved by the chair, Glenn Ashby, on 22/10/2025."),
    ],
    "findings": [
        F("T001", "Weigh and measure Kaiden, check his teeth and toileting"),
        F("X001", "Parenting assessment of Lacey and Jordan, to be picked up"),
        F("T002", "go to the Positive Parenting group at Eddersham Family Hub"),
        F("T002", "Family support sessions at home on Kaiden's mealtimes"),
        F("M002", "Family support sessions at home on Kaiden's mealtimes"),
        F("W002", "about any mark or injury seen on Kaiden or Ava-Rose"),
        F("W001", "Apply for Kaiden's funded nursery hours for the spring term"),
        F("M001", "Dental check-up for Kaiden at Eddersham Community Dental Service"),
        F("O001"),
        F("F003"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Case-system export: each action is a block of labelled lines (Action /
#    Responsible / Timescale / Evidence of progress), outcomes as labelled
#    lines; paged PDF with header and page footer (exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_ellerdyke_carefile_export_labelled_lines_brennan.pdf",
    "doc_title": "CareFile export - Child Protection Plan - Maisie and Theo Brennan",
    "split": "tune",
    "actions": 10,
    "template": "case-system-export-pdf-header-footer-numbered-action-blocks-of-labelled-lines-responsible-timescale-evidence",
    "description": (
        "Case-system (CareFile) export of an initial conference plan for a 9-year-old and a 5-year-old "
        "whose mother has bipolar disorder (relapse in the summer, now under the adult community mental "
        "health team); the father's depression in 2019 is over. Each action is a block of labelled lines "
        "(Action, Responsible, Timescale, Evidence of progress) and the outcomes are labelled lines too. "
        "The care coordinator reports on capacity to change and the likely timescale, the GP writes on "
        "how the mother's health affects her care, the grandfather's after-school care has a fallback in "
        "the contingency, the children's words and days are recorded, core group dates, review date and "
        "legal step are set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL – SENSITIVE · Ellerdyke Borough Council · CareFile case record export",
    "footer": "Child protection plan – Brennan – CF-227481 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Record", "CF-227481 · Plan version 1 · Status: agreed"),
            ("Children", "Maisie Brennan (9), Year 5, Hollyfield Primary; Theo Brennan (5), Reception, "
                         "Hollyfield Primary"),
            ("Address", "18 Quarrymans Row, Ellerdyke"),
            ("Mother", "Naomi Brennan (34)"),
            ("Father", "Luke Brennan (36)"),
            ("Conference", "Initial child protection conference, Monday 03/11/2025"),
            ("Category", "Neglect"),
            ("Allocated worker", "Kamala Reddy, Ellerdyke Children's Safeguarding Team"),
            ("Chair", "Martin Oyelaran"),
        ]),
        ("h2", "Reason for the plan"),
        ("p", "Naomi has bipolar disorder. In July she stopped her lithium and became high over three weeks: "
              "she kept Maisie and Theo up painting until 2am on school nights, spent the rent, and on 24 July "
              "left Theo asleep in the flat while she went to a 24-hour shop at 3am. She was admitted to "
              "Ellerdyke Park Hospital for four weeks. She is now home, back on lithium, and open to the "
              "Ellerdyke Adult Community Mental Health Team. Luke works as a delivery driver and is often out "
              "from 6am; he did not recognise how unwell Naomi had become."),
        ("p", "Luke had depression in 2019. He was treated by his GP, finished counselling in 2020 and has been "
              "well since, with no treatment for five years. Naomi's father, Frank Hollis (68), lives three "
              "streets away and has the children after school twice a week."),
        ("h2", "Child's views and daily life"),
        ("p", "Maisie (seen on her own at school, 28/10/2025): \"When Mum was high we did painting all night. "
              "It was fun and then it wasn't, because I was tired at school and Theo cried.\" She said she "
              "checks whether Mum has taken her tablets \"because that's when it went wrong\". She wants to "
              "know \"what happens if Mum gets poorly again, so I'm not the one who has to decide\". She likes "
              "netball and Grandad's house."),
        ("p", "Theo (seen at home, 30/10/2025) drew his family with Grandad holding his hand and said "
              "\"Grandad makes the best fish fingers\". His teacher says he is tired on Monday mornings and "
              "likes to sit next to her at story time. At home he stayed close to Luke and showed the social "
              "worker his dinosaur bed."),
        ("h2", "Outcomes"),
        ("kv", [
            ("Outcome 1", "Maisie and Theo are always looked after by an adult who is well enough to care for "
                          "them, day and night."),
            ("Outcome 2", "Maisie is not the one who watches Mum's tablets or decides when to get help; she "
                          "knows who does, and she has time for netball and friends."),
            ("Outcome 3", "Theo and Maisie get enough sleep and are in school every day, on time."),
            ("Outcome 4", "In Naomi's words: \"The kids know what happens if I get ill, and it isn't scary "
                          "for them.\""),
        ]),
        ("h2", "Actions"),
        ("h3", "Action 1 of 10"),
        ("kv", [
            ("Action", "See Maisie and Theo at home and Maisie on her own at school; ask them about their week "
                       "and look at the medication box"),
            ("Responsible", "Kamala Reddy, social worker"),
            ("Timescale", "Weekly from 10/11/2025 until the review conference, at least one visit in three "
                          "unannounced"),
            ("Evidence of progress", "Visit records with Maisie's own words and what Theo showed or said; "
                                     "medication box seen locked at each visit"),
        ]),
        ("h3", "Action 2 of 10"),
        ("kv", [
            ("Action", "Care coordination for Naomi: check her mood and lithium levels, and give a written "
                       "view on whether she is making the changes needed to keep the children safe if she "
                       "becomes unwell, and how long that is likely to take"),
            ("Responsible", "Owen Castell, care coordinator, Ellerdyke Adult Community Mental Health Team"),
            ("Timescale", "Seen fortnightly; written report by the core group on 08/12/2025 and again ahead "
                          "of the review conference"),
            ("Evidence of progress", "Lithium levels and both written reports sent to the social worker"),
        ]),
        ("h3", "Action 3 of 10"),
        ("kv", [
            ("Action", "Write a family plan with Luke and Frank setting out Naomi's early warning signs, who "
                       "she tells and who looks after the children if she becomes unwell"),
            ("Responsible", "Naomi Brennan, with Kamala Reddy (social worker)"),
            ("Timescale", "By the first core group on 17/11/2025"),
            ("Evidence of progress", "Signed family plan on the children's file; Luke and Frank each show the "
                                     "social worker their copy"),
        ]),
        ("h3", "Action 4 of 10"),
        ("kv", [
            ("Action", "Tell the social worker if he sees any of Naomi's early warning signs, and take over "
                       "the children's care while she is unwell"),
            ("Responsible", "Luke Brennan"),
            ("Timescale", "The same day he sees a warning sign"),
            ("Evidence of progress", "Each call logged by the social worker, who visits within 24 hours"),
        ]),
        ("h3", "Action 5 of 10"),
        ("kv", [
            ("Action", "Collect Maisie and Theo from school and give them their tea at his house"),
            ("Responsible", "Frank Hollis (maternal grandfather)"),
            ("Timescale", "Every Tuesday and Thursday in term time until the review conference"),
            ("Evidence of progress", "School collection log; Frank marks each day on the calendar the social "
                                     "worker checks"),
        ]),
        ("h3", "Action 6 of 10"),
        ("kv", [
            ("Action", "Check-in with Maisie with her trusted adult, and pass on anything she says about home"),
            ("Responsible", "Mrs Gwen Pearce, designated safeguarding lead, Hollyfield Primary"),
            ("Timescale", "Every Monday morning in term time; anything about home passed on the same day"),
            ("Evidence of progress", "Check-in notes kept on Maisie's school file; calls logged by the social "
                                     "worker"),
        ]),
        ("h3", "Action 7 of 10"),
        ("kv", [
            ("Action", "Young carer's assessment for Maisie, including what she does at home when Mum is "
                       "unwell"),
            ("Responsible", "Bex Lowry, Ellerdyke Young Carers"),
            ("Timescale", "By the end of the autumn term (19/12/2025)"),
            ("Evidence of progress", "Written assessment sent to the social worker and to Hollyfield Primary"),
        ]),
        ("h3", "Action 8 of 10"),
        ("kv", [
            ("Action", "Height, weight, hearing and vision checks for Theo, and a chat with Luke about Theo's "
                       "bedtime and sleep"),
            ("Responsible", "Ruth Amadi, school nurse"),
            ("Timescale", "Before the Christmas holidays (by 19/12/2025)"),
            ("Evidence of progress", "Results shared with the social worker and the GP"),
        ]),
        ("h3", "Action 9 of 10"),
        ("kv", [
            ("Action", "Review Naomi's physical health and lithium blood tests, and write to the social worker "
                       "about how her health affects her care of Maisie and Theo"),
            ("Responsible", "Dr Sian Morgan, GP, Millbeck Medical Practice"),
            ("Timescale", "Every 3 months; first letter by 01/12/2025"),
            ("Evidence of progress", "GP letter on the children's file"),
        ]),
        ("h3", "Action 10 of 10"),
        ("kv", [
            ("Action", "Complete the child and family assessment, with Maisie's and Theo's views in their own "
                       "words, and share the report with Naomi, Luke and the core group"),
            ("Responsible", "Kamala Reddy, social worker"),
            ("Timescale", "By 12/12/2025"),
            ("Evidence of progress", "Assessment report shared at the core group"),
        ]),
        ("h2", "Contingency plan"),
        ("kv", [
            ("Trigger", "Naomi shows any of the warning signs in the family plan (two nights without sleep, "
                        "missing her lithium, talking very fast or spending large sums), or she is found unwell "
                        "while alone with the children."),
            ("Response", "Luke or Frank rings the social worker (or the emergency duty team out of hours) and "
                         "the crisis line; the adult who is well stays with the children and Naomi does not "
                         "care for them alone. If Naomi is found unwell and alone with the children, the social "
                         "worker holds a strategy discussion the same day."),
            ("If family cannot help", "If Luke is at work and Frank cannot come (he is ill or away), the "
                                      "children go to Luke's sister, Jo Brennan, at 6 Tanners Yard, Ellerdyke. "
                                      "If none of them can have the children, the social worker arranges a "
                                      "foster placement that day."),
            ("Legal", "If Naomi stops her lithium or is unwell while caring for the children alone twice before "
                      "the review conference, or Owen's report says she is not making the changes needed, the "
                      "social worker asks the team manager for a legal planning meeting within 5 working days."),
        ]),
        ("h2", "Meetings"),
        ("kv", [
            ("Core group", "Every 3 weeks, 3.30pm, Hollyfield Primary: 17/11/2025, 08/12/2025, 05/01/2026"),
            ("Review conference", "Monday 26/01/2026, 10am, Ellerdyke Civic Centre"),
        ]),
        ("p", "Exported by KREDDY on 05/11/2025 at 16:12. This export shows the plan as agreed on 03/11/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. A young person's own plan, written with her social worker, with a
#    "What's going to happen | Who | When | How will we know it's working?"
#    table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_eskmarren_young_persons_own_plan_farrell.md",
    "split": "tune",
    "actions": 12,
    "template": "young-persons-own-plan-md-first-person-headings-whats-going-to-happen-who-when-how-will-we-know-table",
    "description": (
        "A 15-year-old's own child protection plan, written in her words with her social worker (father's "
        "heavy drinking; her own self-harm, open to CAMHS; her brother's epilepsy; her mother a staff nurse "
        "on an adult mental health ward, not unwell). Table: What's going to happen | Who | When | How will "
        "we know it's working? Good rows: 'Jodie writes down what I say and I read it and sign it', 'Mum "
        "shows Jodie her new rota' by 'the end of the October half-term', a signed epilepsy training record. "
        "Faults: CAMHS sessions measured by 'I'll feel better' (M002; CAMHS is never H001), 'When I need it' "
        "and 'ASAP' (T002), 'He's promised' (M002), 'Everyone who works with us' (W002), a blank measure "
        "(M001), a blank when (T001), 'To be monitored' (M002), 'Dad has stopped drinking in the week' as an "
        "outcome (F002), the father's drinking with no adult service owning an action (F004), the review "
        "conference date to be confirmed (R001) and no legal step (R002). Her safety plan has specific "
        "triggers and responses, so no C002."
    ),
    "text": """\
# My plan – Keira Farrell

*This is my child protection plan. I wrote most of it with Jodie, my social worker,
at school on Tuesday 14 October 2025, a week after my conference. The bits in
italics are Jodie's. Eskmarren Council – Children's Services – Youth and Family
Safeguarding Team.*

## About me

I'm Keira Farrell and I'm 15. I'm in Year 11 at Greystone Academy. I live at
9 Sandpiper Way, Eskmarren, with my mum (Siobhan), my dad (Declan) and my little
brother Finn, who is 8. I like art, my dog Biscuit and doing my mates' nails.
My plan is under "emotional abuse". My social worker is Jodie Marsh.

## What's been happening

*Declan drinks most nights, usually a bottle of vodka or more, and this has got
worse since he lost his job in the spring. When he is drunk he shouts, breaks
things and has twice pushed Siobhan. On 20 September police were called after he
smashed the kitchen door while Keira and Finn were upstairs. Siobhan is a staff
nurse on Rowan Ward, the adult mental health ward at Eskmarren General Hospital,
and works three night shifts a week, so on those nights Declan is the only adult
at home. Finn has epilepsy and has had two seizures at home this year; his
rescue medicine is kept in the kitchen. Keira has been cutting her arms since the
summer. She told her form tutor in September and has been open to Eskmarren CAMHS
since 1 October.*

## What I think

When Dad's drunk I lock my door and put my music on. I listen out for Finn
because if he has a fit and Dad's asleep, it's me who has to do it. Dad's nice
when he's not drinking, he used to take us to the coast. I don't want him to
leave, I just want him to stop. I cut because it makes the noise in my head go
quiet. I don't want Mum to give up her job because she loves it, but I hate the
nights she's at work. On a scale of 0 to 10, home is a 3 on Mum's work nights and
a 7 when she's home.

## What I want to be different by my review

- I can go to sleep without listening out for Dad.
- Finn and me are never left on our own with Dad when he's been drinking.
- I don't hurt myself when things get bad, because I know who to go to instead.
- Dad has stopped drinking in the week.
- I get into college next September to do art.

## Who's going to do what

| What's going to happen | Who | When | How will we know it's working? |
|---|---|---|---|
| Meet me at school, just me and Jodie, to talk about how things are at home | Jodie Marsh (my social worker) | Every Tuesday lunchtime | Jodie writes down what I say and I read it and sign it |
| Sessions with me about my cutting and what I can do instead when I feel bad | Ravi Sandhu, Eskmarren CAMHS | Every other Thursday after school | I'll feel better |
| Let me leave lessons with my pass and go to the medical room | Bev Kaur, school nurse | When I need it | Bev writes each visit in my school health record |
| Ring the Eskmarren Alcohol Service and book an assessment | Dad | ASAP | Dad shows Jodie the appointment letter |
| Not drink when he's the one looking after Finn and me | Dad | Every night Mum is on shift | He's promised |
| Ask her ward manager for day shifts so she's home every night | Mum | By the end of the October half-term | Mum shows Jodie her new rota |
| Show Mum and Dad how to give Finn his rescue medicine, and write his seizure care plan | Sister Ann Tully, epilepsy nurse, Eskmarren Children's Hospital | By 05/12/2025 | Signed training record, and the care plan copied to Jodie and Finn's school |
| Tell Jodie the same day if they see Dad drunk when he's picking Finn up | Everyone who works with us | The same day | Jodie writes it on my file |
| Help me with my college application for art | Mr Clive Dean, head of Year 11 | By 16/01/2026 | |
| Take me to the GP about not sleeping | Mum | | Letter from the GP to Jodie |
| Check I'm in every lesson and ring Mum if I'm not | Mrs Joy Gill, attendance officer | Every school day | To be monitored |
| Young carers group on Wednesdays so I get a break | Tasha Reid, Eskmarren Young Carers | Every Wednesday after school from 22/10/2025 | Tasha sends Jodie the register every month |

## If things go wrong

- If Dad's been drinking and starts shouting or smashing things, I take Finn into my room and text Mum and Jodie. If he tries to get in or hurts anyone, I ring 999.
- If Mum's on shift and Dad's drunk, Finn and me go to Auntie Bridget's at 41 Mill Lane (she says any time, day or night) and Jodie or the duty team comes to see us the next morning.
- If I feel like cutting, I ring the CAMHS crisis line or tell Bev at school, and if I've hurt myself badly Mum or Bridget takes me to A&E.

## Meetings

- Core group: every 3 weeks at Greystone Academy, 3.30pm – next ones Tuesday 28 October, 18 November and 9 December 2025.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("M002", "Sessions with me about my cutting and what I can do"),
        F("T002", "Let me leave lessons with my pass and go"),
        F("T002", "Ring the Eskmarren Alcohol Service and book an assessment"),
        F("M002", "Not drink when he's the one looking after Finn"),
        F("W002", "Tell Jodie the same day if they see Dad drunk"),
        F("M001", "Help me with my college application for art"),
        F("T001", "Take me to the GP about not sleeping"),
        F("M002", "Check I'm in every lesson and ring Mum"),
        F("F002", "Dad has stopped drinking in the week."),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Letter to parents from the conference chair, setting out the plan in
#    plain words: one numbered sentence per action (txt, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_evenmoor_letter_to_parents_plan_hussain.txt",
    "split": "tune",
    "actions": 10,
    "template": "letter-to-parents-txt-from-conference-chair-plain-headings-numbered-one-sentence-actions",
    "description": (
        "Letter from the conference chair to the parents of a 6-year-old and an 8-month-old, setting out "
        "the initial conference plan in plain words (father's first episode of psychosis, under the early "
        "intervention team; the mother's breast cancer, treated in 2022-23 and over; the paternal "
        "grandmother's stroke). Each action is one numbered sentence with the person, when ('every Monday "
        "morning', 'until Lucy's report to the core group says he is well enough', 'by 1 December 2025') and "
        "what will show it ('the notebook by the front door', 'weigh her ... and write the results in her "
        "red book'). The early intervention team reports on whether the father is making the changes needed "
        "and how long it may take; the uncle's early-morning care has a fallback; core group dates, review "
        "date and legal step are set. Exemplary."
    ),
    "text": """\
EVENMOOR METROPOLITAN COUNCIL
Children's Services - Northgate Safeguarding Team
Evenmoor House, 1 Station Parade, Evenmoor

Mrs Amina Hussain and Mr Faisal Hussain
14 Cedar Bank
Evenmoor

12 November 2025

Our ref: NG/CP/5521

Dear Amina and Faisal,

ZAIN AND SAFA'S CHILD PROTECTION PLAN

Thank you both for coming to the initial child protection conference on
Monday 10 November 2025. I chaired the meeting. This letter sets out, in plain
words, the plan that we all agreed, so that you have it at home. Zain and Safa
have a child protection plan under the category of neglect. Your social worker
is Tariq Shah (phone 01632 960 418).

WHY THERE IS A PLAN
-------------------
In August Faisal became very unwell with his first episode of psychosis. He
believed that cameras in the flat were watching the family, and at 2am on
19 August he took Zain out in his pyjamas "to get away from them". The police
found them on the ring road an hour later. Amina was asleep and did not know they
had gone. Faisal spent five weeks in Evenmoor Lodge and is now home, taking his
medication and seeing the Evenmoor Early Intervention in Psychosis team. He has
told us he is frightened that it could happen again.

We also talked about your family. Amina had treatment for breast cancer in 2022
and 2023 and has been well since; she has no treatment now. Faisal's mother,
Rukhsana, had a stroke in March and needs help herself, so she cannot look after
the children. Amina works early shifts at Crestwell Bakery on Mondays,
Wednesdays and Fridays and leaves home at 4.45am.

WHAT ZAIN AND SAFA HAVE TOLD AND SHOWN US
----------------------------------------
Zain told Tariq at school: "Daddy was poorly in his head. He thought the cameras
were looking at us and we had to run." He said he now checks the front door is
locked before he goes to sleep, and that the best thing is "when Daddy does
football with me in the park". He would like his dad "to not be poorly again".

Safa is 8 months old. At home she smiles and reaches for both of you, and she
crawls over to Faisal when he comes into the room. The health visitor saw her
settle quickly in Amina's arms after her check. At nursery she naps well and
eats everything she is given.

WHAT WE ALL WANT FOR ZAIN AND SAFA
---------------------------------
- Zain and Safa are always looked after by an adult who is well, and are never
  taken out of the house at night.
- Zain understands what is happening with his dad, has someone to talk to about
  it, and no longer feels he has to check the door at night.
- Safa keeps growing well and meeting her milestones, and is at nursery on every
  day she is booked.
Amina said at conference: "I want Zain to stop checking the door at night and
just be a little boy." We have kept her words here because they say it best.

WHO WILL DO WHAT
----------------
1. Tariq Shah, your social worker, will visit you at home every week until the
   review conference, see Zain on his own each time and Safa awake, and write
   down in his visit notes what Zain says and how Safa is.
2. Lucy Brand, Faisal's care coordinator in the Evenmoor Early Intervention in
   Psychosis team, will see Faisal every week and send Tariq a written report
   before each core group on how well Faisal is, whether he is making the
   changes needed to care for the children safely on his own, and how long that
   is likely to take.
3. Faisal will take his medication every evening with Amina there, and Amina
   will tick the chart on the fridge, which Tariq will check at each visit.
4. Amina will make sure that Faisal is not left on his own with Zain or Safa
   until Lucy's report to the core group says he is well enough, and will write
   down in the notebook by the front door which adults were in the house each
   day, which Tariq will read at each visit.
5. Imran Hussain, Faisal's brother, will arrive at the flat by 4.45am on every
   morning that Amina works (Monday, Wednesday and Friday) and stay until Zain
   is at school and Safa is at nursery, writing his arrival time in the same
   notebook.
6. Mrs Carole Bright, the designated safeguarding lead at Hillcrest Infant
   School, will have a check-in with Zain every Monday morning, keep a note of
   each one and tell Tariq the same day about anything Zain says about home.
7. Grace Adu, Safa's keyworker at Sunbeams Nursery, will write down how Safa
   arrives and who drops her off and collects her each day, and email the sheet
   to Tariq every Friday.
8. Megan Lloyd, your health visitor, will see Safa at home every month until
   she is one, weigh her and check her development, and write the results in
   her red book and send them to Tariq.
9. Rosa Kemp, the young carers worker at Evenmoor Carers Centre, will see Zain
   for six "Talking about Dad" sessions on Thursdays after school from
   20 November 2025 and send Tariq a short note after each one about what Zain
   says.
10. Tariq will finish the child and family assessment by 19 December 2025, with
    Zain's views in his own words, and share the report with you both and with
    the core group.

IF THINGS GO WRONG
------------------
If Faisal shows any of the warning signs in his relapse plan (not sleeping,
talking about cameras or being followed, or missing his tablets), Amina will
ring the Early Intervention crisis line and Tariq (or the emergency duty team
after 5pm) straight away. Faisal will go to stay with Imran that night, and
Tariq will hold a strategy discussion the same day.

If Imran cannot come on a work morning, Amina will ring her sister, Nadia Begum,
who lives five minutes away. If neither of them can come, Amina will not go to
work that day and will tell Tariq. If no adult on the agreed list can help for
more than a week, Zain and Safa will stay with Nadia, and if she cannot have
them Tariq will arrange a foster placement for them that day.

If Faisal is found on his own with the children while he is unwell, or Lucy's
report in January says he is not making the changes needed, Tariq will ask his
manager for a legal planning meeting within five working days.

MEETINGS
--------
The core group (you both, Tariq, Lucy, Mrs Bright, Grace and Megan) will meet
every four weeks at Hillcrest Infant School at 10am: Monday 24 November 2025,
Monday 22 December 2025 and Monday 19 January 2026. The review child protection
conference will be on Monday 2 February 2026 at 10am at Evenmoor House.

If anything in this letter is wrong or you do not understand it, please ring
Tariq or me. You can also bring someone with you to every meeting.

Yours sincerely,

Helen Marr
Independent Chair, Evenmoor Safeguarding Children Partnership
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Family group conference plan in the family's words, adopted as the
#    child protection plan: family bullets, then a services table (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_elmscarth_fgc_family_plan_adeyemi.md",
    "split": "tune",
    "actions": 13,
    "template": "family-group-conference-plan-md-family-words-bullets-then-what-services-will-do-table",
    "description": (
        "Family group conference plan for a 10-year-old and a 3-year-old, adopted by the core group as the "
        "child protection plan (domestic abuse by the younger child's father, who has left; the mother's "
        "heroin use ended in 2015; the grandfather's dementia). The family's part is bullets in their own "
        "words, the services' part a What | Who | When | How we'll know table. Good: 'tick each day on the "
        "calendar in Bisi's kitchen', 'Spring term 2026', 'Within 24 hours'. Faults: a football run with "
        "nothing to show it (M001), 'help Bisi get on top of the washing' with no time or measure (T001, "
        "M001), 'The whole family will keep an eye on' (W002, M002, T001), 'When possible' (T002), 'TBC' "
        "as the owner (W002), 'Bisi gets her confidence back' and 'Bisi finishes the Freedom Programme' as "
        "outcomes (F002 x2), a contingency with no fallback when the family cannot help (C003), and no core "
        "group frequency or dates (R001). The contingency is specific and has a legal step."
    ),
    "text": """\
# Family Group Conference – Our Family Plan for Tayo and Funmi

*Family group conference held on Saturday 8 November 2025 at Elmscarth Community
Centre. Coordinator: Precious Nwosu (independent FGC coordinator, Elmscarth
Council). The family wrote this plan in private family time and Tunde Bakare,
the children's social worker, agreed it on the day. Tayo and Funmi have been on
child protection plans since Monday 13 October 2025 (category: emotional abuse),
and the core group has agreed to use this plan as their child protection plan.*

## Who came

Bisi Adeyemi (mum); Nana Yetunde Adeyemi (Bisi's mum); Uncle Femi Adeyemi;
Auntie Kemi Adeyemi; cousin Shola Martins; Tayo (for the first part);
Tunde Bakare (social worker); Lola Price (IDVA, Elmscarth Domestic Abuse Service).
Grandad Olu could not come. He has dementia and lives with Nana, who looks after
him.

## What the worries are

Tunde told the family the worries that the plan has to answer:

- Funmi's dad, Dele Ogun, hit Bisi in front of both children on 2 August and
  has been violent to her before. He left the house that night and is on bail
  not to come to the street. Tayo has said he still sees Dele's car outside
  school.
- Since August the house has got on top of Bisi. Funmi has missed a lot of
  nursery and Tayo has been going to school in dirty uniform.
- Bisi used heroin in her early twenties. She has been drug-free since 2015, has
  had no treatment for ten years and tested clear in October. Nobody is worried
  about drugs now, but Bisi wanted the family to know.

## What Tayo and Funmi want

Tayo told Precious before the meeting: "I jump every time the door goes. I want
to sleep in my own bed again, not Mum's." He wants to keep playing football and
he wants Uncle Femi to take him "like he used to". He doesn't want to see Dele.

Funmi is 3. Nursery say she is a happy, busy girl who loves the sand tray, but
she hides under the table when a man's voice is raised. At home she follows Bisi
everywhere and won't go to sleep unless Bisi is in the room.

## What we want for Tayo and Funmi

- Tayo stops jumping when the door goes and sleeps in his own bed.
- Funmi gets to nursery every day she is booked, collected on time by someone she knows.
- The kids are never in the house when Dele is there.
- Bisi gets her confidence back.
- Bisi finishes the Freedom Programme.

## Our family plan

- Nana Yetunde will pick Tayo and Funmi up from school and nursery on Mondays, Wednesdays and Fridays and give them their tea at hers, and she'll tick each day on the calendar in Bisi's kitchen.
- Uncle Femi will take Tayo to football at Elmscarth Rovers every Saturday morning and have a proper chat with him on the way home.
- Auntie Kemi will help Bisi get on top of the washing and the house.
- Bisi will ring 999 straight away if Dele comes to the house, and tell Tunde the same day so he can log it on the children's file.
- The whole family will keep an eye on Bisi and the kids.
- Shola will babysit at Bisi's every Thursday evening from 13 November so Bisi can go to her group, and will text Kemi when Bisi is home.
- Bisi will go to the Freedom Programme at Elmscarth Women's Centre every Thursday evening for 12 weeks from 13 November, and the centre will send Tunde her attendance each month.

## What the services will do

| What | Who | When | How we'll know |
|---|---|---|---|
| See Tayo on his own and Funmi at home, and look at how the house is | Tunde Bakare, social worker | Every two weeks until the review conference | Visit notes with Tayo's words written down, shared with the family |
| Safety plan with Bisi, with copies for school and nursery | Lola Price, IDVA, Elmscarth Domestic Abuse Service | By 28/11/2025 | Signed safety plan on file; copies held by Fernhill Primary and Little Stars Nursery |
| Tell Tunde if Funmi comes in with marks, or if Dele is seen at the gate | Jenny Cole, manager, Little Stars Nursery | The same day | Each call logged by Tunde on Funmi's file |
| Check in with Tayo and let him talk about home | Mr Sam Okafor, learning mentor, Fernhill Primary | When possible | Notes of each check-in kept on Tayo's school file |
| Tell Tunde about any police call-out to Bisi's address | Elmscarth Police, Domestic Abuse Unit | Within 24 hours | Each call-out logged on the children's file |
| Six sessions of the Hope group for children who have lived with domestic abuse, for Tayo | TBC | Spring term 2026 | Group leader's end-of-group letter to Tunde |

## What happens if the plan isn't working

If Dele comes to the house or contacts Bisi, Bisi rings 999 and Tayo and Funmi
go to Nana's that night; Tunde (or the emergency duty team out of hours) will hold
a strategy discussion the same day. If Bisi lets Dele back into the house, or the
children are with him anywhere other than a supervised contact, Tunde will ask
his manager for a legal planning meeting within 5 working days.

## Meetings

The core group (Bisi, Nana, Tunde, Lola, school and nursery) will keep meeting to
check how the plan is going. We will have a review family group conference in the
new year. The review child protection conference is on Monday 12 January 2026 at
Elmscarth Town Hall.
""",
    "findings": [
        F("M001", "take Tayo to football at Elmscarth Rovers every Saturday"),
        F("T001", "Auntie Kemi will help Bisi get on top"),
        F("M001", "Auntie Kemi will help Bisi get on top"),
        F("W002", "The whole family will keep an eye on Bisi"),
        F("M002", "The whole family will keep an eye on Bisi"),
        F("T001", "The whole family will keep an eye on Bisi"),
        F("T002", "Check in with Tayo and let him talk about home"),
        F("W002", "Six sessions of the Hope group for children"),
        F("F002", "Bisi gets her confidence back."),
        F("F002", "Bisi finishes the Freedom Programme."),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth plan with an outcome column merged down over each group of
#    actions; no contingency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b83_esterby_prebirth_merged_outcome_table_walsh.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Walsh-Cole",
    "split": "tune",
    "actions": 15,
    "template": "prebirth-icpc-docx-what-we-want-for-baby-merged-down-what-will-happen-who-by-when-how-we-will-know",
    "description": (
        "Pre-birth conference plan at 28 weeks (mother's current perinatal depression and anxiety under the "
        "perinatal mental health team; father's cannabis use ended in 2022). What we want for baby | What "
        "will happen | Who | By when | How we will know, with the first column merged down over three groups "
        "of rows (three real Word vertical merges). Good rows: 'At every antenatal appointment', 'When Chloe "
        "is admitted in labour', 'Every night for the first 14 nights after baby comes home', 'A copy of the "
        "tenancy offer letter to the SW', a carbon monoxide reading at each session. Faults: the pre-birth "
        "assessment measured by 'Assessment completed' (M001), 'Ryan will engage well' (M002), a blank "
        "owner (W001), the perinatal CPN only supporting and the psychiatrist only reviewing medication "
        "(H001 x2), the GP 'in due course' (T002), 'Chloe will feel less stressed about money' (M002); two "
        "merged outcomes that are only about the adults (F002 x2); nine of fifteen actions about Chloe's "
        "own needs under an outcome that does not mention the baby (F001); no contingency although the plan "
        "relies on the grandmother and the aunt (C001, C003), and no legal step (R002)."
    ),
    "check_vmerge": 3,
    "landscape": True,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Esterby District Council · Children's Services · Early Help and Safeguarding, Pre-birth Team"),
        ("kv", [
            ("Unborn baby", "Baby Walsh-Cole, due 02/02/2026"),
            ("Mother", "Chloe Walsh (22), 28 weeks pregnant with her first baby"),
            ("Father", "Ryan Cole (24). Chloe and Ryan live together at Flat 3, 40 Ropery Street, Esterby."),
            ("Conference", "Pre-birth child protection conference, Monday 10/11/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Nadia Holt"),
            ("Chair", "Colin Featherstone"),
        ]),
        ("h2", "Why baby needs a plan"),
        ("p", "Chloe has perinatal depression and anxiety. She was in foster care from 13 to 18 and self-harmed "
              "as a teenager. At 16 weeks pregnant, in August, she took an overdose of paracetamol after a row "
              "with Ryan and was treated at Esterby General Hospital. She has been open to the Esterby Perinatal "
              "Mental Health Team since September and takes sertraline. In September police were called to the "
              "flat after Ryan punched the bedroom door during an argument. The flat is damp, has one bedroom "
              "and has no baby equipment yet."),
        ("p", "Ryan smoked cannabis every day until 2022, when he started his apprenticeship. He stopped then "
              "and his hair strand test in October was clear. Chloe's mum, Debbie Walsh, and Ryan's sister, "
              "Leanne Cole, both live in Esterby and want to help."),
        ("h2", "Baby's voice"),
        ("p", "Baby cannot tell us yet, so this is what we know of baby's life so far. At the 20-week scan the "
              "sonographer saw baby moving a lot and growing well. Chloe says baby kicks hardest in the evening "
              "and goes still when Ryan talks to the bump, and she has started singing to baby at bedtime. If "
              "baby could tell us, we think baby would ask for a calm home, a warm cot and parents who notice "
              "when baby is hungry or upset."),
        ("h2", "The plan"),
        ("table", {
            "header": ["What we want for baby", "What will happen", "Who", "By when", "How we will know"],
            "widths": [4.6, 7.2, 4.5, 4.0, 5.4],
            "rows": [
                ["Baby comes home to a warm, clean flat with a cot, and is fed, changed and settled day and night "
                 "by parents who know what to do.",
                 "Pre-birth assessment of Chloe and Ryan, including home visits to talk about how they will "
                 "care for baby and to look at the flat",
                 "SW Nadia Holt", "By 30 weeks (24/11/2025)",
                 "Assessment completed"],
                [V,
                 "Antenatal checks, including baby's growth and Chloe's mood score (EPDS)",
                 "Community midwife Jo Rennie", "At every antenatal appointment",
                 "Growth chart and EPDS scores in the maternity notes, copied to the SW"],
                [V,
                 "Dads to Be course at Esterby Family Hub",
                 "Ryan Cole", "Six Thursdays from 13/11/2025",
                 "Ryan will engage well"],
                [V,
                 "Buy a cot and baby sleeping bags and set the cot up in Chloe and Ryan's bedroom",
                 "", "Before baby is born (due 02/02/2026)",
                 "SW sees the cot set up at a home visit"],
                [V,
                 "Stay at the flat and do the night feeds with Chloe and Ryan",
                 "Debbie Walsh (maternal grandmother)",
                 "Every night for the first 14 nights after baby comes home",
                 "Debbie signs the feed chart; the SW checks it at each visit"],
                [V,
                 "Ring the SW and the emergency duty team so that the birth plan for baby can start",
                 "Labour ward coordinator, Esterby Maternity Unit", "When Chloe is admitted in labour",
                 "Call logged by the SW or the emergency duty team"],
                ["Chloe's anxiety and low mood are stable and she feels able to cope.",
                 "Home visits to support Chloe with her anxiety and low mood",
                 "Helen Grey, CPN, Esterby Perinatal Mental Health Team", "Fortnightly",
                 "Visit dates recorded in the perinatal notes"],
                [V,
                 "Review of Chloe's antidepressant in pregnancy",
                 "Dr Anil Mehta, consultant psychiatrist, Esterby Perinatal Mental Health Team",
                 "By 32 weeks (08/12/2025)",
                 "Letter to the GP and the SW"],
                [V,
                 "Check Chloe's sleep and her iron levels",
                 "Dr Priya Shah, GP, Riverview Surgery", "In due course",
                 "Blood results and a letter to the SW"],
                [V,
                 "Ring Chloe every evening and go round if she sounds low",
                 "Leanne Cole (Ryan's sister)", "Every evening",
                 "Leanne tells the SW each Friday how the week has been"],
                [V,
                 "Esterby Mums Together peer support group",
                 "Chloe Walsh", "Every Tuesday from 18/11/2025",
                 "Group register, seen by the SW"],
                [V,
                 "Stop-smoking sessions for Chloe, with a carbon monoxide reading at each one",
                 "Kate Morley, Esterby Stop Smoking Service", "Weekly for 6 weeks from 17/11/2025",
                 "Carbon monoxide readings sent to the midwife and the SW"],
                [V,
                 "Dental check-up for Chloe while her dental care is free",
                 "Chloe Walsh", "By 19/12/2025",
                 "Appointment card shown to the midwife"],
                ["Chloe and Ryan have a secure home and enough money.",
                 "Help Chloe sort out her benefits and her debts",
                 "SW Nadia Holt", "By 19/12/2025",
                 "Chloe will feel less stressed about money"],
                [V,
                 "Housing application for a two-bedroom flat",
                 "Marcus Hale, housing officer, Esterby Homes", "By 12/01/2026",
                 "A copy of the tenancy offer letter to the SW"],
            ],
        }),
        ("h2", "Core group and review"),
        ("p", "Core group every 4 weeks at Esterby Family Hub, 2pm: Monday 24/11/2025, Monday 22/12/2025 and "
              "Monday 19/01/2026. Review child protection conference: Monday 09/02/2026, 10am, Esterby Council "
              "Offices."),
        ("p", "Plan agreed at conference on 10/11/2025 and sent to Chloe, Ryan and all agencies by Nadia Holt (SW) "
              "on 11/11/2025."),
    ],
    "findings": [
        F("M001", "Pre-birth assessment of Chloe and Ryan"),
        F("M002", "Dads to Be course at Esterby Family Hub"),
        F("W001", "Buy a cot and baby sleeping bags and set"),
        F("H001", "Home visits to support Chloe with her anxiety and low mood"),
        F("H001", "Review of Chloe's antidepressant in pregnancy"),
        F("T002", "Check Chloe's sleep and her iron levels"),
        F("M002", "Help Chloe sort out her benefits and her debts"),
        F("F002", "Chloe's anxiety and low mood are stable and she feels able to cope."),
        F("F002", "Chloe and Ryan have a secure home and enough money."),
        F("F001"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})
