"""Batch 178, module a: seven fictional plans (tuning material), places beginning with "a".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: how we will know, the measure of each action, in the ways real writers
say it. Each plan is in a template of its own. Measures sit in the action's
own sentence ("shown in the dosette box that Sian checks", "evidenced by the
GP letter", "so that the school can see her name on the club register",
"which Dani will record in her young carer's plan"); in columns and fields
under headers writers use ("Now" beside "Target, and how we'll see it",
"Proof", "Progress measure", "What the core group will see" with "Checked
by", "Evidence of change" with "Where we'll find it"); as numbers, scales and
records (a weight centile, attendance percentages, an AUDIT score, a GGT
result, a home conditions scaling of 3/10 agreed by two workers, a checklist
scored 6/20 now and 15/20 as the target, three negative hair strand tests,
RCADS scores, a count of self-harm, a worry-jar score, a signed agreement, a
weekend diary, a monthly letter confirming attendance); and once for a group
(an outcome's "Success looks like" line that "Success line" rows point to, a
part's "How we will know (for 2.1 to 2.3)" line, lettered stage checks under
a stage table naming their steps). In the four faulty plans a few checks only
look like measures ("Monitor", "Monitored by school nurse", "Improvement in
Temi's skin", "Progress to be discussed at next core group", "keep an eye
on", a success line of "things feel calmer" and "progress will be reviewed
at each core group"), and a few actions have no check at all where no group
check covers them ("-", "N/A", an assessment with no output in a part with no
"How we will know" line, a row in an "Also agreed" table with no success
line).

1. an initial conference plan for a 3-year-old and a 7-month-old (neglect,
   their mother's drinking, a damp flat, the grandmother helping), a
   landscape table whose rows each have a "Now (08/01/2026)" baseline and a
   "Target, and how we'll see it" cell (docx, exemplary);
2. an initial conference plan for an 8-year-old and a 4-year-old after
   their father, who smokes cannabis, threw a mug at their mother, as four
   outcome panels each with a "Success looks like" line over a Ref / Action
   / Lead / Timescale / Proof table, a Proof cell either the row's own or
   "Success line", and an "Also agreed" table with no success line, page
   header and footer (pdf): faults are outcome 3's vague success line over
   its two "Success line" rows, the father's cannabis group "when he feels
   ready", a Freedom Programme referral with "-" for proof, "Family network"
   owning a row, and outcome 4 about the father only (M002 x2, T002, M001,
   W002, F002);
3. a review conference plan for an 11-year-old young carer and a 6-year-old
   whose mother has depression and anxiety, as numbered bullets under five
   theme parts with the check inside each sentence and one part's "How we
   will know (for 2.1 to 2.3)" line (md): faults are Talking Therapies' CBT
   only treating the mother, a carers' centre evening "when she feels
   able", the aunt who "will keep an eye on" the children, the school
   nurse's health check with no output in a part with no group check, a
   contingency relying on the aunt with no fallback, and a review
   conference "to be confirmed" (H001, T002, M002, M001, C003, R001);
4. a first core group record for three children living with neglect whose
   father drinks (txt), numbered minutes then seventeen action cards with
   WHAT / LEAD / BY WHEN / PROGRESS MEASURE lines: faults are the father's
   sober nights measured by "Monitor", the speech screen measured by
   "Progress to be discussed at next core group", head lice "Ongoing", "Core
   group" as a lead, the dog's flea treatment with "-" for by when, the
   boiler repair with "-" and the dental checks with "N/A" for progress
   measure, a contingency that only discusses and reviews if "things do not
   improve", and no legal planning (M002 x2, T002, W002, T001, M001 x2,
   C002, R002);
5. an initial conference plan for a 7-year-old with cerebral palsy fed by
   gastrostomy, whose health needs have been neglected, and her 12-year-old
   brother, a landscape table with "What the core group will see" and
   "Checked by" columns (docx): faults are the community nurse's visits
   measured by "Improvement in Temi's skin", the school nurse's checks
   "Monitored by school nurse", a passive wheelchair referral with "-" for
   lead, short breaks "As required", a carers' assessment with "-" for what
   the core group will see, the young carers offer with "-" for when, and
   the mother's low mood recorded with no adult service owning any action
   (M002 x2, W001, T002, M001, T001, F004);
6. a pre-birth plan for a baby whose mother is on a methadone script and
   whose father smokes cannabis, three stage tables with a "Progress
   measure" column, some cells pointing to a lettered stage check under the
   table that names its steps, page header and footer (pdf, exemplary);
7. a first review conference plan for a 14-year-old who self-harms and a
   10-year-old whose mother used cocaine at weekends, one table with
   "Evidence of change" and "Where we'll find it" columns (md, exemplary).

Three plans (1, 6 and 7) are exemplary: every action has a named owner, a
real timescale and something that can be seen, counted or read, in its own
cell or in a group check tied to it by number or by a "See stage check"
cell; every outcome is about the child; each contingency has specific
triggers and protective responses and says what happens if a relative's help
fails; each records the child's voice or observed lived experience, core
group dates and a dated review conference, and legal planning after named
triggers; an adult service (alcohol or drug service, GP, perinatal mental
health team) owns actions where a parent drinks, uses drugs or has been
ill, and the only adult mental health service (plan 6) is asked to report on
the mother's capacity to change and its likely timescale.

Counting convention used for "actions" (README convention 1): each row of an
action table, each numbered bullet of a plan part and each numbered action
card counts once, whatever number of sentences it holds. Details, the
reasons for the plan, what is going well, the children's words and days,
outcomes and their "Success looks like" lines, "How we will know" lines and
stage checks, minutes and updates, the contingency and the meeting dates are
not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan whose action table has a "Now" column (where
#    things were at the conference) and a "Target, and how we'll see it"
#    column. Landscape. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_ambermoss_icpc_now_and_target_columns_holloway.docx",
    "doc_title": "Child Protection Plan - Rory and Elsie Holloway",
    "split": "tune",
    "actions": 15,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-details-why-going-well-rorys-words-and-elsies-day-numbered-outcomes-then-how-to-read-note-no-what-needs-to-happen-who-when-now-at-conference-baseline-column-then-target-and-how-well-see-it-column-scores-agreed-by-two-workers-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 3-year-old and a 7-month-old living with neglect: "
        "their mother drinks most evenings, the baby's weight has dropped from the 25th to the 9th "
        "centile, the 3-year-old's nursery attendance is 61% and the flat is damp. The action table "
        "gives every row a 'Now' cell (the baseline at the conference: a centile, an attendance "
        "figure, an AUDIT score, a GGT result, a home conditions scaling of 3/10 agreed by two "
        "workers, a checklist score) and a 'Target, and how we'll see it' cell naming the figure "
        "to reach and the record that will show it (the red book, the nursery register and hunger "
        "log, breath readings, a GP letter, a routine chart signed each week, a completion sheet, a "
        "group register). The alcohol service reports on capacity to change, the GP owns the blood "
        "tests, the grandmother's help has a fallback, legal planning follows named triggers, core "
        "group and review dates are set, and Rory's words and Elsie's day are recorded."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ambermoss Borough Council, Children's Services. Plan agreed at the initial child protection "
              "conference on 08/01/2026."),
        ("kv", [
            ("Children", "Rory Holloway, born 14/03/2022 (3), Bright Acorns Nursery; Elsie Holloway, born "
                         "02/06/2025 (7 months)"),
            ("Address", "Flat 9, Kestrel Court, Ambermoss AM4 2LD"),
            ("Mother", "Tamsin Holloway (26)"),
            ("Father", "Dale Winter (29), the father of both children; lives in Fordingley and sees the "
                       "children at June's house on Sunday afternoons"),
            ("Maternal grandmother", "June Holloway, 22 Linden Walk, Ambermoss (a 10-minute walk)"),
            ("Category", "Neglect (both children)"),
            ("Chair", "Marion Achterberg, independent reviewing officer"),
            ("Social worker", "Callum Reyes, Family Safeguarding Team East (team manager: Denise Whitlow)"),
            ("Health visitor", "Grace Oduya, Ambermoss 0-19 Service"),
            ("Nursery", "Beth Sandler, Rory's key worker, Bright Acorns Nursery"),
            ("Alcohol service", "Jon Petrakis, alcohol worker, The Harbour (Ambermoss Alcohol Service)"),
            ("GP", "Dr Fiona McLeish, Kestrel Medical Practice"),
        ]),
        ("h1", "Why Rory and Elsie need a plan"),
        ("p", "On the evening of 02/12/2025 a neighbour rang the police because Elsie had been crying for more "
              "than an hour. The officers found Tamsin asleep on the settee and smelling strongly of alcohol, "
              "Elsie in her bouncer in a soaked nappy, and Rory eating dry cereal from the box. Tamsin told the "
              "conference she drinks four to six cans of strong lager most evenings and more at weekends, and "
              "that it has got worse since Dale moved out in the spring. Her AUDIT score at The Harbour on "
              "12/12/2025 was 24, and her GP found a raised liver test (GGT 112) in October."),
        ("p", "Elsie's weight has dropped from the 25th to the 9th centile since her 4-month check, and on 04/12/2025 "
              "Grace found her asleep on the settee among cushions. Rory was at nursery on 61% of his sessions "
              "in the autumn term and often arrived hungry, late and in yesterday's clothes. There is black "
              "mould on the wall behind Elsie's cot and the children's bedroom window does not shut."),
        ("h1", "What is going well"),
        ("bullets", [
            "Tamsin was honest at the conference about how much she drinks, and she went to The Harbour "
            "herself in December.",
            "Rory is a friendly, curious boy who loves the sand tray and the bikes at nursery.",
            "Elsie is alert, smiles readily and reaches for Tamsin when she comes into the room.",
            "June sees the children most weeks and has offered to help on fixed days.",
            "Dale's Sunday afternoons with the children at June's house go well, and he wants to keep them.",
        ]),
        ("h1", "What Rory says and what Elsie's day is like"),
        ("p", "Rory talked to Callum at nursery on 05/12/2025 with the family puppets. He put the mummy puppet "
              "on the toy sofa and said \"Mummy sleepy on sofa. Rory get cereal.\" When Callum asked what he "
              "likes best, he said \"Nana's house, chips\" and \"the big bike\". He put the baby puppet in the "
              "cot and said \"Elsie cry lots\"."),
        ("p", "Elsie is 7 months old. Grace saw her at home on 04/12/2025 and 06/01/2026. She wakes around 6am "
              "and is usually given a bottle in her bouncer. She is not yet on regular solid meals; Grace saw "
              "one feed of baby rice at lunchtime. On 06/01/2026 she was in the same sleepsuit as the day before "
              "and had nappy rash. She settles quickly when June holds her, and she cries when she is put down "
              "in the cot in the damp bedroom."),
        ("h1", "What we want for Rory and Elsie"),
        ("numbers", [
            "Rory and Elsie are cared for every day and night by an adult who is sober.",
            "Elsie is fed enough and often enough to grow well, and sleeps safely in her own cot every night.",
            "Rory gets to nursery every day he is booked, fed, clean and on time, and his speech is helped.",
            "Rory and Elsie live in a warm, dry home with a regular routine for meals, baths and bed.",
        ]),
        ("h1", "The plan"),
        ("p", "How to read the table: 'Now' says where things were at the conference on 08/01/2026. 'Target, "
              "and how we'll see it' says where they need to be and the record that will show it. Scaling "
              "scores are always agreed by two workers together, never by one alone."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "When", "Now (08/01/2026)",
                       "Target, and how we'll see it"],
            "widths": [1.1, 7.2, 4.1, 3.9, 3.9, 5.5],
            "rows": [
                ["1",
                 "Weigh Elsie at home, plot her weight in her red book and watch one of her feeds",
                 "Grace Oduya, HV",
                 "Every two weeks until the review conference, first on 15/01/2026",
                 "9th centile (6.9kg on 04/12/2025), down from the 25th",
                 "Elsie's weight higher at every weigh-in and back on the 25th centile by her 1-year check in "
                 "June 2026; each weight plotted in the red book and e-mailed to Callum the same day"],
                ["2",
                 "See where Elsie sleeps at every visit, and go through safe sleep and drinking around a baby "
                 "with Tamsin",
                 "Grace Oduya, HV",
                 "At every HV visit (every two weeks)",
                 "Elsie found asleep on the settee among cushions on 04/12/2025",
                 "Elsie seen in her own cot, on her back, at every visit, written in the health visiting "
                 "record"],
                ["3",
                 "Take Rory to nursery for every session he is booked, Monday to Friday, 9am to 3pm",
                 "Tamsin",
                 "Every weekday from 12/01/2026",
                 "Attendance 61% in the autumn term",
                 "90% or more in each half term, from the nursery register Beth e-mails to Callum every "
                 "Friday"],
                ["4",
                 "Note what time Rory arrives, whether he has had breakfast and is clean and dressed for the "
                 "weather, and ring Callum the same day if Rory is not in by 10am",
                 "Beth Sandler, key worker, Bright Acorns Nursery",
                 "Every nursery session",
                 "Rory arrived hungry on 9 of the 15 days logged in December",
                 "Rory arriving fed on at least 9 days in every 10 by the February half term, in the hunger "
                 "log sent with the Friday register"],
                ["5",
                 "Key work with Tamsin on her drinking, with a breath test at every session, and a written "
                 "report before each core group on whether her drinking has changed, whether she can keep the "
                 "change while she cares for Rory and Elsie, and how long that is likely to take",
                 "Jon Petrakis, alcohol worker, The Harbour (Ambermoss Alcohol Service)",
                 "Weekly from 13/01/2026; report 2 working days before each core group",
                 "AUDIT 24 (12/12/2025)",
                 "AUDIT below 16 at the 12-week review on 07/04/2026; every breath reading e-mailed to Callum "
                 "the same day; Jon's report on Callum's file before each core group"],
                ["6",
                 "Drink no alcohol at all while she is looking after Rory and Elsie, and keep a daily drink "
                 "diary",
                 "Tamsin",
                 "Every day from 08/01/2026",
                 "Four to six cans most evenings (Tamsin's own account)",
                 "A reading of 0.00 at every unannounced breath test by Jon or Callum; the drink diary "
                 "countersigned by Jon each week"],
                ["7",
                 "Repeat Tamsin's liver blood test (GGT) and write to Callum with the result and with anything "
                 "in her health that affects her care of Rory and Elsie",
                 "Dr Fiona McLeish, GP, Kestrel Medical Practice",
                 "By 23/01/2026, then again by 23/04/2026",
                 "GGT 112 (raised) in October 2025",
                 "GP letter on Callum's file within a week of each test, the April result lower than the "
                 "January one"],
                ["8",
                 "Home visits, one in three unannounced: see Rory on his own for part of each visit and Elsie "
                 "awake, and look at the fridge, the cot and the bedroom wall",
                 "Callum Reyes, SW",
                 "Every week until the review conference",
                 "Home conditions scaled 3/10 by Callum and Grace together on 04/12/2025",
                 "7/10 or more by the review conference, scaled by Callum and Grace together at a joint visit "
                 "every four weeks; visit records on file within 48 hours"],
                ["9",
                 "Home sessions with Tamsin on a daily routine: meals, Elsie's bottles and solids, bath time, "
                 "and a 7pm bedtime for Rory",
                 "Shona Gill, family support worker, Ambermoss Family Hub",
                 "Tuesdays, 13/01/2026 to 31/03/2026 (12 sessions)",
                 "No set bedtime; Rory up after 10pm on most nights",
                 "Rory in bed by 7.30pm on at least 5 nights a week on the routine chart, which Shona checks "
                 "and signs every Tuesday"],
                ["10",
                 "Treat the damp and mould in the children's bedroom and mend the window latch",
                 "Leon Abbott, housing officer, Ambermoss Homes",
                 "Works finished by 27/02/2026",
                 "Black mould behind Elsie's cot; window will not shut",
                 "Ambermoss Homes' completion sheet on Callum's file, and no mould seen at Callum's visits from "
                 "March"],
                ["11",
                 "Collect Rory from nursery at 3pm and give both children their tea at her house",
                 "June Holloway, maternal grandmother",
                 "Every Tuesday and Thursday",
                 "June helps when asked, about once a week",
                 "The nursery's collection book shows June collecting Rory every Tuesday and Thursday"],
                ["12",
                 "Stay with Dale and the children for the whole of his Sunday afternoon with them, and write "
                 "the afternoon up in the contact book",
                 "June Holloway, maternal grandmother",
                 "Every Sunday, 1pm to 4pm",
                 "Sunday visits not written down",
                 "Contact book signed by June each Sunday, read by Callum at his next visit"],
                ["13",
                 "Refer Rory to speech and language therapy, sending his WellComm screen with the referral",
                 "Grace Oduya, HV",
                 "By 30/01/2026",
                 "WellComm screen amber; about 25 words at 3 years 9 months",
                 "Acceptance letter from the speech and language therapy service on Callum's file by "
                 "20/02/2026, then the therapist's assessment report shared at the core group"],
                ["14",
                 "Three play sessions with Rory at nursery, using the family puppets and his 'my house' "
                 "drawing, to hear what home is like for him",
                 "Callum Reyes, SW",
                 "Fortnightly from 19/01/2026",
                 "Rory talks about Mummy 'sleepy on sofa'",
                 "Rory's own words written up after each session; by the third session Rory can name two "
                 "grown-ups he would tell if Mummy would not wake up"],
                ["15",
                 "Go to the ten-week Circle of Security parenting group at Ambermoss Family Hub",
                 "Tamsin",
                 "Wednesdays at 10am, 14/01/2026 to 18/03/2026",
                 "Not started",
                 "At least 8 of the 10 sessions on the group register, and the facilitator's end-of-group "
                 "letter to Callum"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Tamsin is found under the influence of alcohol while she is looking after Rory or Elsie, or any "
            "breath test while she is caring for them reads above 0.00: the children go to June's house that "
            "day (June agreed this on 07/01/2026); Callum holds a strategy discussion with the police and "
            "health the same day; and Callum asks Denise Whitlow for a legal planning meeting within 5 working "
            "days to decide whether to start the Public Law Outline.",
            "If Elsie's weight is lower at two weigh-ins in a row, or she is seen asleep anywhere but her cot: "
            "Grace rings Callum the same day, Callum and Grace make a joint visit within 48 hours, and Grace "
            "asks the GP for a same-week paediatric referral.",
            "If Rory misses three nursery sessions in a row without a reason Beth has been given, Callum "
            "visits the flat that day and sees both children.",
            "If June cannot collect Rory or be there on a Sunday (she is ill, away, or it stops working), she "
            "or Tamsin rings Callum that day. Shona moves her Tuesday session to 3pm to collect Rory with "
            "Tamsin, and Dale's Sunday afternoons move to Ambermoss Family Hub's contact rooms, supervised by "
            "Family Hub staff, within 7 days. If the children need to leave Tamsin's care and June cannot have "
            "them, Callum arranges a foster placement that day.",
            "If by the third core group on 17/03/2026 Elsie has not gained weight, or Tamsin has had any breath "
            "test above 0.00 while caring for the children, Callum will ask Denise Whitlow for a legal planning "
            "meeting before the review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Ambermoss Family Hub: 20/01/2026, 17/02/2026 "
            "and 17/03/2026.",
            "Review child protection conference: 02/04/2026 at 10am, Ambermoss Civic Centre.",
        ]),
        ("p", "Plan sent to Tamsin, Dale, June and every agency on 09/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan as outcome panels: each outcome a heading with
#    its own "Success looks like" line, then a Ref / Action / Lead /
#    Timescale / Proof table whose Proof cell either gives the row's own
#    proof or says "Success line". Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_ashgrindle_icpc_outcome_success_line_proof_column_pereira.pdf",
    "doc_title": "Child Protection Plan - Mason and Lottie Pereira",
    "split": "tune",
    "actions": 18,
    "min_pages": 2,
    "header": "Ashgrindle Borough Council · Children's Services · OFFICIAL-SENSITIVE",
    "footer": "Mason and Lottie Pereira · Child protection plan (ICPC 15/01/2026) · Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-details-grid-why-going-well-what-mason-and-lottie-say-then-how-to-read-note-then-one-h2-panel-per-outcome-with-a-success-looks-like-line-over-a-ref-action-lead-timescale-proof-table-proof-cell-own-or-success-line-then-also-agreed-table-with-no-success-line-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for an 8-year-old and a 4-year-old after their father, who smokes "
        "cannabis every day, threw a mug at their mother while she held the younger child; he now "
        "lives with his parents, who supervise his Saturday contact and help with the school run. "
        "The plan is four outcome panels, each a heading with its own 'Success looks like' line over "
        "a Ref / Action / Lead / Timescale / Proof table: a Proof cell either gives the row's own "
        "check or says 'Success line', tying the row to its outcome's line; an 'Also agreed' table "
        "follows with no success line. Most rows are sound (a signed contact record, registers and "
        "first-day call logs, feelings-fan scores on CPOMS, urine results after every session, a "
        "programme's assessment letter and progress reports). Faults: outcome 3's success line is "
        "only 'things feel calmer' and 'progress will be reviewed at each core group', so its two "
        "'Success line' rows (the children's group and the nursery's feelings book) have only a "
        "vague check; the father's cannabis group 'when he feels ready'; a Freedom Programme "
        "referral in the 'Also agreed' table with '-' for proof; 'Family network' owning a row; and "
        "outcome 4 is about the father only."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Agreed at the initial child protection conference held at Ashgrindle Town Hall on 15/01/2026."),
        ("table", {
            "rows": [
                ["Children", "Mason Pereira, born 03/05/2017 (8), Year 4, St Cuthbert's Primary School; "
                             "Lottie Pereira, born 19/09/2021 (4), Little Oaks Nursery"],
                ["Address", "41 Tarn Road, Ashgrindle AG2 6NW, with their mum, Shannon Pereira (31)"],
                ["Father", "Marco Pereira (34); since 23/12/2025 living with his parents at 6 Elm Rise, "
                           "Ashgrindle"],
                ["Paternal grandparents", "Rosa and Luis Pereira, 6 Elm Rise"],
                ["Category", "Emotional abuse (both children)"],
                ["Chair", "Graham Osei, independent reviewing officer"],
                ["Social worker", "Bethany Carr, Safeguarding Team West (team manager: Ruth Ingham)"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "Why Mason and Lottie have a plan"),
        ("p", "On 22/12/2025 Marco and Shannon argued in the kitchen about money. Marco threw a mug, which hit "
              "Shannon on the side of the head while she was holding Lottie; the cut needed glue at hospital. "
              "Mason rang his nan, Rosa, from the upstairs landing. The police were called to the house twice "
              "before, in May and October 2025, both times for shouting. Marco smokes cannabis every day and "
              "says it 'calms him down'; Shannon says he is worse on days he cannot get any. Mason told his "
              "teacher in November that he sleeps with his headphones on 'so I don't hear them'. Marco "
              "accepted a police caution for assault and agreed on 23/12/2025 to live with his parents while "
              "the plan is made."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon has seen the IDVA every week since 29/12/2025 and wants Marco to stay at his parents'.",
            "Marco admitted at the conference that he threw the mug, and asked for help with his anger.",
            "Rosa and Luis have kept Marco's contact to Saturdays at their house and have been there every "
            "time.",
            "Mason is doing well in reading and loves football; Lottie has settled well at nursery.",
        ]),
        ("h1", "What Mason and Lottie say"),
        ("p", "Mason (seen on his own at school by Bethany on 09/01/2026): \"I rang Nana because Mum was "
              "bleeding.\" \"I want Dad to stop shouting and then come home.\" He scored how safe he feels at "
              "home as 5 out of 10 before Christmas and 8 now, \"because it's quiet\". He worries that \"Dad "
              "will be sad at Nana's\"."),
        ("p", "Lottie (seen at home on 12/01/2026) drew her family with Daddy \"at Nana's house\" and said "
              "\"Daddy threw a cup, Mummy had a plaster.\" Her key worker says she has started shouting \"stop "
              "it\" at other children in the home corner and covers her ears when the other children are noisy."),
        ("h1", "The plan"),
        ("p", "How to read the plan: each outcome below has a 'Success looks like' line. In the Proof column, "
              "'Success line' means that the outcome's 'Success looks like' line is that row's check; "
              "any other Proof is the row's own. The 'Also agreed' table at the end has no success line."),
        ("h2", "Outcome 1: Mason and Lottie are safe from violence at home, and see their dad only in the way "
               "agreed"),
        ("p", "Success looks like: no police call-outs to 41 Tarn Road, and every Saturday contact written up "
              "as safe on the contact record, which Bethany reads every Monday."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Proof"],
            "widths": [1.1, 6.5, 3.6, 2.9, 2.9],
            "rows": [
                ["1.1", "Keep to the written agreement: live at 6 Elm Rise, do not come to 41 Tarn Road, and see "
                        "Mason and Lottie only at his parents' house",
                 "Marco Pereira", "Every day from 15/01/2026 until the review conference", "Success line"],
                ["1.2", "Be with Marco and the children for the whole of his Saturday contact at 6 Elm Rise, "
                        "and fill in the contact record",
                 "Rosa Pereira (paternal grandmother)", "Every Saturday, 10am to 1pm",
                 "Contact record signed by Rosa each Saturday"],
                ["1.3", "Safety planning with Shannon: the code word with Mason, the school run, her phone, and "
                        "what she does if Marco comes to the house",
                 "Nicola Brandt, IDVA, Ashgrindle Domestic Abuse Service",
                 "Weekly until 26/02/2026, then fortnightly",
                 "Signed safety plan on Bethany's file by 29/01/2026; IDVA contact log"],
                ["1.4", "Keep the domestic abuse marker on 41 Tarn Road and Shannon's mobile, and tell Bethany "
                        "of any call to the address",
                 "Ashgrindle Police Safeguarding Hub (DS Omar Riaz)",
                 "Within 24 hours of any call; marker checked on 09/04/2026", "Success line"],
                ["1.5", "Home visits, one in three unannounced: see each child on their own and ask about "
                        "Saturdays, sleep and any shouting",
                 "Bethany Carr, SW", "Every week until the review conference",
                 "Visit records within 48 hours with each child's words and Mason's safety score"],
            ],
        }),
        ("h2", "Outcome 2: Mason is in school and Lottie at nursery every day, on time and ready to learn"),
        ("p", "Success looks like: Mason's attendance at 95% or more and Lottie's at 90% or more in each half "
              "term, from the registers e-mailed to Bethany every Friday."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Proof"],
            "widths": [1.1, 6.5, 3.6, 2.9, 2.9],
            "rows": [
                ["2.1", "Get Mason to school and Lottie to nursery by 8.50am", "Shannon Pereira",
                 "Every school day", "Success line"],
                ["2.2", "First-day calling: ring Shannon if Mason is not in by 9.15am, and ring Bethany if there "
                        "is no answer by 10am",
                 "Mrs Gail Prentice, attendance officer, St Cuthbert's", "Every school day at registration",
                 "First-day call log sent with the register every Friday"],
                ["2.3", "Walk Mason to school on the mornings Shannon starts work at 7.30am",
                 "Luis Pereira (paternal grandfather)", "Every Monday and Wednesday", "Success line"],
            ],
        }),
        ("h2", "Outcome 3: Mason and Lottie feel safe and settled, and can say how they feel"),
        ("p", "Success looks like: things feel calmer for the children, and progress will be reviewed at each "
              "core group."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Proof"],
            "widths": [1.1, 6.5, 3.6, 2.9, 2.9],
            "rows": [
                ["3.1", "The eight-week Butterflies group for Mason, about feelings, arguments at home and "
                        "staying safe",
                 "Kelly Rowe, children's worker, Ashgrindle Domestic Abuse Service",
                 "Thursdays after school, 29/01/2026 to 19/03/2026", "Success line"],
                ["3.2", "Check in with Mason each morning with his feelings fan, and ring Bethany the same day "
                        "if he says anything about home",
                 "Mr Adrian Kell, DSL, St Cuthbert's", "Every school day at registration",
                 "Feelings fan scores logged on CPOMS and e-mailed to Bethany each Friday"],
                ["3.3", "Use Lottie's 'all about me' feelings book with her, and note any play about shouting "
                        "or hurting",
                 "Jas Dhillon, key worker, Little Oaks Nursery", "Every Tuesday session", "Success line"],
                ["3.4", "Two sessions each with Mason and Lottie using the three houses",
                 "Bethany Carr, SW", "By 27/02/2026",
                 "Each child's three houses on file and shared with Shannon and the core group"],
            ],
        }),
        ("h2", "Outcome 4: Marco understands how his anger and cannabis use hurt others, and learns to control "
               "his temper"),
        ("p", "Success looks like: Marco finishes the Choices programme, and his urine tests are clear of "
              "cannabis by the review conference."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Proof"],
            "widths": [1.1, 6.5, 3.6, 2.9, 2.9],
            "rows": [
                ["4.1", "Assess Marco for the Choices domestic abuse perpetrator programme and, if he is "
                        "accepted, report on whether he is taking responsibility and whether the risk to Shannon "
                        "and the children has reduced",
                 "Dev Thakkar, facilitator, Choices (Ashgrindle)",
                 "Assessment by 06/02/2026; sessions weekly from 12/02/2026",
                 "Assessment letter to Bethany by 06/02/2026, then a progress report before each core group"],
                ["4.2", "Cannabis key work with Marco, with a urine test at every session",
                 "Sean Fairley, recovery worker, Ashgrindle Drug and Alcohol Team",
                 "Fortnightly from 22/01/2026",
                 "Urine results e-mailed to Bethany after every session"],
                ["4.3", "Go to the drug team's Thursday cannabis group", "Marco Pereira",
                 "When he feels ready", "Group register sent to Bethany each month"],
            ],
        }),
        ("h2", "Also agreed at the conference"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Proof"],
            "widths": [1.1, 6.5, 3.6, 2.9, 2.9],
            "rows": [
                ["5.1", "Register Mason and Lottie with a dentist and take them for a check-up",
                 "Shannon Pereira", "By 13/03/2026", "Dentist's appointment cards seen by Bethany"],
                ["5.2", "Refer Shannon to the Freedom Programme at Ashgrindle Family Hub",
                 "Nicola Brandt, IDVA", "By 30/01/2026", "-"],
                ["5.3", "Tell Bethany straight away if Marco turns up at Tarn Road, the school or the nursery",
                 "Family network", "The same day", "Logged by Bethany on the children's chronology"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Marco comes to 41 Tarn Road, contacts Shannon other than as agreed, or is under the influence "
            "at contact: Shannon rings 999 if anyone is in danger; Saturday contact stops; Bethany holds a "
            "strategy discussion with the police the same day; and Bethany asks Ruth Ingham for a legal "
            "planning meeting within 5 working days.",
            "If Rosa cannot be there for a Saturday, contact does not happen that week; if she cannot be there "
            "for two Saturdays running, Bethany arranges supervised contact at Ashgrindle Family Centre within "
            "7 days.",
            "If Luis cannot do the Monday or Wednesday school run, Shannon rings Bethany that morning, and Mason "
            "goes to St Cuthbert's breakfast club from 7.45am, where the school has kept a place for him.",
            "If Mason's attendance is below 90% at the February half term, or Marco breaks the written "
            "agreement twice, Bethany will ask for a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm at St Cuthbert's: 27/01/2026, 24/02/2026 and "
            "24/03/2026.",
            "Review child protection conference: 09/04/2026 at 10am, Ashgrindle Town Hall.",
        ]),
    ],
    "findings": [
        F("M002", "The eight-week Butterflies group for Mason, about feelings"),
        F("M002", "Use Lottie's 'all about me' feelings book with her"),
        F("T002", "Go to the drug team's Thursday cannabis group"),
        F("M001", "Refer Shannon to the Freedom Programme at Ashgrindle Family Hub"),
        F("W002", "Tell Bethany straight away if Marco turns up at Tarn Road"),
        F("F002", "Marco understands how his anger and cannabis use hurt others"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Review conference plan as numbered bullets under five theme parts, most
#    bullets carrying their own check inside the sentence ("shown in",
#    "evidenced by", "so that ... can see", "which ... will record"), and
#    one part whose "How we will know" line covers its bullets by number.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_aldenmarsh_rcpc_bullets_check_in_the_sentence_kowalska.md",
    "split": "tune",
    "actions": 17,
    "template": "rcpc-plan-md-bold-label-details-list-why-still-a-plan-what-has-changed-what-oliwia-and-kuba-say-numbered-outcomes-then-plan-in-five-h3-theme-parts-numbered-bullets-owner-time-and-check-inside-the-sentence-shown-in-evidenced-by-so-that-can-see-which-will-record-one-part-with-a-how-we-will-know-line-for-its-bullets-by-number-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for an 11-year-old and a 6-year-old whose mother has depression and "
        "anxiety and whose father works away for three weeks at a time; the 11-year-old has become "
        "a young carer and both children's attendance has fallen. The plan is numbered bullets "
        "under five theme parts. Most bullets carry their own owner, time and check inside the "
        "sentence ('shown in the dosette box', 'evidenced by the acceptance letter', 'so that the "
        "school can see', 'which Dani will record in her young carer's plan'); Part 2's 'How we "
        "will know (for 2.1 to 2.3)' line covers its three bullets by number with attendance "
        "figures. The community mental health team reports on capacity to change. Faults: Talking "
        "Therapies' CBT only treats the mother; the aunt 'will keep an eye on' the children on "
        "Saturdays; the family evening at the carers' centre 'when she feels able'; the school "
        "nurse's health check for the 6-year-old says nothing of what will come of it (Part 5 has "
        "no 'How we will know' line); the contingency sends the children to the aunt with nothing "
        "said if she cannot help; and the next review conference is 'to be confirmed'."
    ),
    "text": """\
# Aldenmarsh City Council - Children's Social Care

## Child protection plan: Oliwia and Kuba Kowalski

*Agreed at the first review child protection conference on 14/01/2026.*

**Children:** Oliwia Kowalska, born 21/07/2014 (11, Year 6), and Kuba Kowalski, born 30/11/2019 (6, Year 1), both at Holme Lane Primary School
**Home:** 17 Wharf Street, Aldenmarsh AL3 9RT
**Mum:** Agnieszka Kowalska (35)
**Dad:** Tomasz Kowalski (38), works on an offshore platform: three weeks away, then two weeks at home
**Aunt:** Marta Zielinska (Agnieszka's sister), 5 Canal Terrace, Aldenmarsh
**Category:** Neglect (both children). Initial conference 16/10/2025.
**Chair:** Helen Marwood (IRO)
**Social worker:** Sian Pritchard, Children in Need and Protection Team 2 (team manager: Robert Ashe)
**Interpreter:** Polish interpreter for Agnieszka at every meeting (Agnieszka's choice)

### Why there is still a plan

Agnieszka has had depression and anxiety since Kuba was born. She is on sertraline and has a care
coordinator at the community mental health team, but she stopped her tablets in the summer and did
not go out for weeks at a time while Tomasz was away. Oliwia did the shopping, cooked, and walked Kuba
to school when she could; in the autumn term Oliwia's attendance was 79% and Kuba's 83%. Kuba has two
decayed teeth and had not seen a dentist for two years. At the initial conference the house had
very little food, and the children's beds had no sheets.

### What has changed since October

- Agnieszka is taking her sertraline again and has seen her care coordinator every fortnight since
  November.
- Attendance in December was 91% for Oliwia and 93% for Kuba.
- Marta now comes on Tuesdays and Thursdays to cook tea with the children.
- Tomasz came to the review conference on a video call from the platform and has asked his employer
  for a shorter rota.

### What Oliwia and Kuba say

**Oliwia** (seen on her own at school by Sian, 08/01/2026): "I don't mind helping Mama but I'm tired
and I miss netball." "When Tata is home it's easy. When he goes it goes bad." She wants "Mama to get
better and go to the shop herself" and to "go to netball on Wednesdays again". She scored home as 6 out
of 10, up from 3 in October.

**Kuba** (seen at home, 09/01/2026): drew his house with "Mama in bed" and "Oliwia making pancakes". He
said "Mama is sad in her head. I give her a cuddle." He wants "a dog" and "Ciocia Marta every day".

### What needs to be different for Oliwia and Kuba

1. Oliwia and Kuba are in school every day and on time, fed and in clean uniform.
2. Oliwia no longer has to shop, cook or get Kuba to school, and has time to be 11.
3. Kuba's teeth are treated and his health checks are up to date.
4. Both children are cared for every day by an adult who is well enough to look after them, whether
   or not Tomasz is at home.

## The plan

### Part 1: Mum's health, and what it means for Oliwia and Kuba

- **1.1** Agnieszka will take her sertraline every morning from her dosette box, shown in the dosette
  box that Sian checks with her at each weekly visit, so that she is up and able to get the children to
  school.
- **1.2** Gareth Lloyd (care coordinator, Aldenmarsh CMHT North) will see Agnieszka every fortnight and,
  by 20/02/2026, write a report on how her depression affects her care of Oliwia and Kuba, whether she
  can make the changes they need, and how long that is likely to take, in time for the core group on
  25/02/2026.
- **1.3** Ewa Nowak (psychological wellbeing practitioner, Aldenmarsh Talking Therapies) will give
  Agnieszka twelve weekly sessions of CBT for anxiety from 20/01/2026, and will send Sian a letter
  confirming her attendance after the sixth and the twelfth sessions.
- **1.4** Dr Imogen Shah (GP, Brookside Surgery) will review Agnieszka's sertraline by 06/02/2026 and
  write to Sian about the dose and about how Agnieszka is managing the children's mornings, evidenced by
  the GP letter on Sian's file by 13/02/2026.

### Part 2: School every day

- **2.1** Agnieszka will get both children up, dressed and fed, and to school by 8.45am, every school day.
- **2.2** Mrs Denise Pike (attendance officer, Holme Lane Primary) will send Sian both children's
  attendance and late marks from the register every other Friday, from 23/01/2026.
- **2.3** Mr Kevin Blake (DSL, Holme Lane Primary) will give Kuba a free breakfast club place every
  school day from 19/01/2026, and will ring Sian the same day if Kuba arrives hungry or unwashed.

**How we will know (for 2.1 to 2.3):** Oliwia and Kuba each at 95% or more by the Easter holidays
(27/03/2026), with no more than one late mark a fortnight, from the register Mrs Pike sends; and the
breakfast club register showing Kuba there on at least four mornings a week.

### Part 3: Oliwia is a child first

- **3.1** Sian will refer Oliwia to Aldenmarsh Young Carers by 23/01/2026, evidenced by the service's
  acceptance letter and the date of Oliwia's first session on Sian's file.
- **3.2** Dani Frost (young carers worker) will see Oliwia every fortnight from February, so that by
  the Easter holidays Oliwia can name three jobs she no longer does at home, which Dani will record in
  her young carer's plan.
- **3.3** Agnieszka will go with Oliwia to a young carers' family evening at the Carers' Centre when she
  feels able, and Dani will record in Oliwia's young carer's plan that they came.
- **3.4** Agnieszka will make sure Oliwia gets to netball club every Wednesday after school from
  21/01/2026, so that the school can see her name on the club register each week.

### Part 4: Help from Marta

- **4.1** Marta will cook tea with the children and check their homework every Tuesday and Thursday from
  4pm to 7pm, shown in the tea diary on the fridge, which Sian reads at each visit.
- **4.2** Marta will keep an eye on the children every Saturday from 10am to 4pm while Agnieszka rests.

### Part 5: Seeing the children, and their health

- **5.1** Sian will visit every week, one visit in three unannounced, and see each child on their own;
  the visit record, on file within 48 hours, will say what each child said and what food was in the
  house.
- **5.2** Hayley Brooks (school nurse) will do a health check for Kuba, including his height, weight and
  eyesight, by 27/02/2026.
- **5.3** Sian will do three sessions with Kuba about Mama's illness using the "Mama's Cloudy Days"
  storybook, weekly from 02/02/2026, with Kuba's worry-monster score from the first and last sessions
  written on his file.
- **5.4** Agnieszka will take Kuba to Wharf Street Dental Practice about his two decayed teeth by
  13/02/2026 and show Sian the dentist's treatment plan.

### If things go wrong

- If Agnieszka cannot get up to care for the children, or either child is not in school by 9.30am and
  Agnieszka does not answer Mrs Pike by 10am, Sian (or the duty social worker) visits the house that
  morning, and the children go to Marta's house at 5 Canal Terrace until Agnieszka is well enough.
- If Agnieszka tells anyone she has thoughts of harming herself, Gareth or the CMHT crisis team sees
  her the same day, and the children stay at Marta's that night.
- If either child's attendance is below 90% at the Easter holidays, or Agnieszka stops her sertraline
  again, Sian will ask Robert Ashe for a legal planning meeting within 10 working days.

### Meetings

- Core group every four weeks, Wednesdays at 3.30pm at Holme Lane Primary: 28/01/2026, 25/02/2026,
  25/03/2026 and 22/04/2026.
- Next review child protection conference: date to be confirmed by the Safeguarding Unit.

*Plan sent to Agnieszka (in Polish and English), Tomasz, Marta and every agency on 16/01/2026.*
""",
    "findings": [
        F("H001", "will give Agnieszka twelve weekly sessions of CBT for anxiety"),
        F("T002", "to a young carers' family evening at the Carers' Centre"),
        F("M002", "Marta will keep an eye on the children every Saturday"),
        F("M001", "will do a health check for Kuba, including his height"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. First core group record typed as plain text: attendance by initials,
#    numbered minutes, then the agreed plan as numbered action cards, each
#    with WHAT / LEAD / BY WHEN / PROGRESS MEASURE lines. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_arrowdene_core_group_action_cards_progress_measure_naylor.txt",
    "split": "tune",
    "actions": 17,
    "template": "core-group-1-record-txt-caps-title-dot-leader-details-present-list-numbered-minutes-updates-childrens-words-finlays-day-outcomes-then-agreed-plan-as-numbered-action-cards-what-lead-by-when-progress-measure-lines-baseline-and-target-figures-then-if-things-do-not-improve-next-meetings",
    "description": (
        "Record of the first core group for a 12-year-old, a 9-year-old and a 3-year-old living with "
        "neglect: their father drinks heavily and is in sole charge on the nights their mother works, "
        "the house is dirty with dog mess in the garden and flea bites on the youngest, and the boiler "
        "is broken. After numbered minutes, the agreed plan is seventeen numbered action cards, each "
        "with WHAT, LEAD, BY WHEN and PROGRESS MEASURE lines; most measures are figures and records "
        "(a home conditions checklist scored 6/20 now and 15/20 as the target, breath readings, a "
        "letter confirming day shifts, registers, worry scale scores, before and after photos). "
        "Faults: the father's sober nights measured only by 'Monitor'; the health visitor's speech "
        "screen measured by 'Progress to be discussed at next core group'; head lice treatment "
        "'Ongoing'; 'Core group' as the lead for passing on worries; the dog's flea treatment with "
        "'-' for by when; the boiler repair with '-' and the dental checks with 'N/A' for progress "
        "measure; a contingency that only says the social worker will discuss it with her manager "
        "and the core group will review if things do not improve; and nothing about legal planning."
    ),
    "text": """\
ARROWDENE METROPOLITAN COUNCIL
CHILDREN'S SOCIAL CARE - SAFEGUARDING SERVICE

CORE GROUP RECORD AND CHILD PROTECTION PLAN
==========================================

Family ............... NAYLOR
Children ............. Brandon Naylor, born 04/02/2013 (12), Year 8, Arrowdene Academy
                       Summer Naylor, born 17/08/2016 (9), Year 4, Arrowdene Primary School
                       Finlay Naylor, born 26/06/2022 (3), not yet at nursery
Address .............. 63 Sefton Street, Arrowdene AR5 1JG
Parents .............. Dawn Naylor (39) and Gary Naylor (41)
Category ............. Neglect (all three children)
Initial conference ... 12/01/2026
This meeting ......... Core group 1, 20/01/2026, 10am, Arrowdene Family Hub
Minutes by ........... Jo Ambrose (SW)

PRESENT
-------
JA   Jo Ambrose, social worker (chair of the core group)
DN   Dawn Naylor, mum
GN   Gary Naylor, dad
HM   Hannah Mistry, health visitor
KB   Kim Bassett, family support worker, Arrowdene Family Hub
RO   Ray Okafor, recovery worker, Arrowdene Recovery Service
CD   Colin Drake, attendance officer, Arrowdene Academy
LF   Leah Fox, learning mentor, Arrowdene Primary School
Apologies: Joy Adebayo, school nurse


1. WHY THERE IS A PLAN
----------------------
1.1 JA went through the reasons for the plan. On 29/12/2025 Summer rang 999 at 11pm because Gary had
    fallen asleep on the kitchen floor and she could not wake him; Dawn was at work at Rosedene Care
    Home, where she does three night shifts a week. The police found Finlay asleep on a bare mattress
    with flea bites on his legs, dog mess in the garden and in the back bedroom, and no working heating.
1.2 Gary told the conference he drinks most days, "about eight cans", and more on Dawn's work nights.
    His AUDIT score at the Recovery Service on 16/01/2026 was 27.
1.3 All three children had head lice at the time of the conference. Finlay has about 20 words and
    has not had his 2-year review.

2. UPDATES SINCE THE CONFERENCE
-------------------------------
2.1 DN said she has asked her manager about day shifts and is waiting for an answer.
2.2 GN has had his first appointment with RO and said "I know I've let the kids down."
2.3 CD said Brandon was in school on 5 of the 6 days since the conference. LF said Summer has been
    quiet and tired in class and fell asleep in maths on 15/01/2026.
2.4 HM saw Finlay at home on 19/01/2026. His flea bites are healing; he has no regular bedtime.

3. WHAT THE CHILDREN SAY, AND FINLAY'S DAY
------------------------------------------
3.1 Brandon (seen by JA on his own, 16/01/2026): "I just go to my room with my headphones when Dad's
    drinking." "I do Finlay's tea if Mum's at work." He wants "the heating fixed and the dog to stop
    stinking the house out."
3.2 Summer (seen by JA at school, 15/01/2026): "I was scared when Daddy wouldn't wake up. I rang the
    police because that's what you do." She wants "Daddy to stop the cans" and "a friend round for tea".
3.3 Finlay's day (from HM and JA's visits): Finlay wakes when Brandon and Summer get up for school. He
    has toast or crisps, watches tablet videos for most of the day, and goes to bed when the others do,
    often after 10pm. He runs to Dawn for a cuddle when she comes in and says "Mummy home!". He points
    and pulls adults by the hand rather than using words.

4. WHAT NEEDS TO CHANGE FOR THE CHILDREN
----------------------------------------
4.1 Brandon, Summer and Finlay are looked after every night by an adult who is sober.
4.2 The children live in a clean, warm house with no dog mess and no fleas.
4.3 Finlay goes to nursery, his speech is assessed and helped, and he has a bedtime routine.
4.4 Brandon and Summer are in school every day, and no longer care for Finlay or for their dad.


5. THE AGREED PLAN
------------------

ACTION 1
  WHAT ............. Home visits, one visit in three unannounced. See each child on their own and look
                     at the bedrooms, the kitchen, the fridge and the garden.
  LEAD ............. Jo Ambrose (SW)
  BY WHEN .......... Every week until the review conference
  PROGRESS MEASURE . Visit record on file within 2 working days, with each child's words and the home
                     conditions checklist score

ACTION 2
  WHAT ............. Keep the kitchen, the bathroom and the children's bedrooms clean, and clear the
                     dog mess from the garden every day.
  LEAD ............. Dawn and Gary Naylor
  BY WHEN .......... Every day from 21/01/2026
  PROGRESS MEASURE . Home conditions checklist scored together by JA and KB at a joint visit every
                     fortnight: 6/20 on 12/01/2026, target 15/20 or more at every check from
                     17/02/2026

ACTION 3
  WHAT ............. Arrange a one-off deep clean of the back bedroom and a skip for the rubbish, so
                     that Finlay's bed can go back in there.
  LEAD ............. Kim Bassett (FSW)
  BY WHEN .......... By 13/02/2026
  PROGRESS MEASURE . Before and after photos of the back bedroom on file; Finlay's bed in the room at
                     JA's next visit

ACTION 4
  WHAT ............. Key work with Gary on his drinking, with a breath test at every session, and a
                     written report before each core group on whether he has cut down, whether he can
                     stay sober when he is caring for the children, and how long that is likely to take.
  LEAD ............. Ray Okafor, recovery worker, Arrowdene Recovery Service
  BY WHEN .......... Fortnightly from 27/01/2026; report 2 working days before each core group
  PROGRESS MEASURE . Breath readings and RO's report on file before each core group; AUDIT below 16
                     at the 12-week review

ACTION 5
  WHAT ............. No alcohol on the nights Dawn is at work and Gary is in sole charge of the
                     children.
  LEAD ............. Gary Naylor
  BY WHEN .......... Every night Dawn works (Tuesday, Wednesday and Friday)
  PROGRESS MEASURE . Monitor

ACTION 6
  WHAT ............. Ask Rosedene Care Home for day shifts only, so that she is at home every night.
  LEAD ............. Dawn Naylor
  BY WHEN .......... By 06/02/2026
  PROGRESS MEASURE . Letter from Rosedene confirming Dawn's new shift pattern, seen by JA

ACTION 7
  WHAT ............. Take up Finlay's 15 funded hours at Little Owls Nursery, Monday to Wednesday
                     mornings.
  LEAD ............. Dawn Naylor
  BY WHEN .......... From 02/02/2026, every Monday, Tuesday and Wednesday
  PROGRESS MEASURE . Nursery register e-mailed to JA every other Friday; 90% attendance or more by
                     the Easter holidays

ACTION 8
  WHAT ............. Finlay's 2-year review with a WellComm speech screen, and a referral to speech
                     and language therapy if his scores are in the red.
  LEAD ............. Hannah Mistry (HV)
  BY WHEN .......... By 20/02/2026
  PROGRESS MEASURE . Progress to be discussed at next core group

ACTION 9
  WHAT ............. Treat all three children for head lice, and wet-comb their hair twice a week.
  LEAD ............. Dawn Naylor
  BY WHEN .......... Ongoing
  PROGRESS MEASURE . Summer's hair found clear at the school nurse's check every other Monday

ACTION 10
  WHAT ............. First-day calling for Brandon, and his attendance and punctuality sent to JA.
  LEAD ............. Colin Drake, attendance officer, Arrowdene Academy
  BY WHEN .......... Every school day; attendance sent every Friday
  PROGRESS MEASURE . Brandon at 95% or more, from the register, by the Easter holidays (27/03/2026)

ACTION 11
  WHAT ............. Check-ins with Summer using her worry scale, and tell JA the same day if Summer
                     says she has looked after Finlay or her dad.
  LEAD ............. Leah Fox, learning mentor, Arrowdene Primary School
  BY WHEN .......... Every Monday and Thursday morning
  PROGRESS MEASURE . Summer's worry scale score (0-10) logged at each check-in and sent to JA at the
                     end of each month

ACTION 12
  WHAT ............. Three sessions with Brandon about home, his dad's drinking and looking after
                     Finlay, using a "my week" diary.
  LEAD ............. Jo Ambrose (SW)
  BY WHEN .......... Fortnightly, by 13/03/2026
  PROGRESS MEASURE . Brandon's "my week" diary on file, showing the evenings he cared for Finlay
                     falling from four a week to none

ACTION 13
  WHAT ............. Tell JA the same day about any injury, any time a child is found without a sober
                     adult, or Gary smelling of drink while caring for the children.
  LEAD ............. Core group
  BY WHEN .......... Same day
  PROGRESS MEASURE . Logged by JA on the children's chronology

ACTION 14
  WHAT ............. Get the dog treated for fleas and keep him out of Finlay's bedroom with the stair
                     gate KB fitted.
  LEAD ............. Gary Naylor
  BY WHEN .......... -
  PROGRESS MEASURE . No fleas and the gate shut, seen by JA at each visit

ACTION 15
  WHAT ............. Report the broken boiler to Arrowdene Homes and chase the repair until the
                     heating works.
  LEAD ............. Dawn Naylor
  BY WHEN .......... By 30/01/2026
  PROGRESS MEASURE . -

ACTION 16
  WHAT ............. Register all three children with a dentist and take them for their check-ups.
  LEAD ............. Dawn Naylor
  BY WHEN .......... By 27/03/2026
  PROGRESS MEASURE . N/A

ACTION 17
  WHAT ............. Referral to Citizens Advice Arrowdene for help with the family's debts and the
                     electricity meter.
  LEAD ............. Kim Bassett (FSW)
  BY WHEN .......... By 06/02/2026
  PROGRESS MEASURE . Appointment letter on file, and the electricity meter in credit at every visit
                     in February


6. IF THINGS DO NOT IMPROVE
---------------------------
If things do not improve, or there are any further concerns about the children, JA will discuss the
case with her team manager and the core group will meet to review the plan.

7. NEXT MEETINGS
----------------
Core group 2 ......... 17/02/2026, 10am, Arrowdene Family Hub
Core group 3 ......... 17/03/2026, 10am, Arrowdene Family Hub
Review conference .... 09/04/2026, 1.30pm, Arrowdene Civic Centre

Record typed 21/01/2026 by JA and sent to everyone present and to Joy Adebayo.
""",
    "findings": [
        F("M002", "No alcohol on the nights Dawn is at work"),
        F("M002", "Finlay's 2-year review with a WellComm speech screen"),
        F("T002", "Treat all three children for head lice, and wet-comb"),
        F("W002", "Tell JA the same day about any injury"),
        F("T001", "Get the dog treated for fleas and keep him"),
        F("M001", "Report the broken boiler to Arrowdene Homes and chase"),
        F("M001", "Register all three children with a dentist and take"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan for a disabled child whose health needs have
#    been neglected: landscape table with a "What the core group will see"
#    column and a "Checked by" column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_alverstead_icpc_core_group_will_see_checked_by_adeyinka.docx",
    "doc_title": "Child Protection Plan - Temi and David Adeyinka",
    "split": "tune",
    "actions": 16,
    "landscape": True,
    "template": "icpc-plan-docx-landscape-kv-details-why-going-well-temis-signs-and-day-davids-words-numbered-outcomes-then-ref-what-we-will-do-lead-when-what-the-core-group-will-see-checked-by-table-growth-centiles-feed-charts-clinic-letters-standing-minutes-then-if-things-go-wrong-core-group-and-review",
    "description": (
        "Initial conference plan for a 7-year-old girl with cerebral palsy who is fed by gastrostomy, "
        "does not speak and uses eye-gaze, and her 12-year-old brother: she has missed six of nine "
        "hospital appointments, her weight has dropped from the 9th to below the 2nd centile and she "
        "has a pressure sore; her mother has low mood and has stopped her antidepressants, and her "
        "father works double shifts. The action table has a 'What the core group will see' column "
        "(weights on the growth chart, a signed feed chart, clinic letters, a missed-appointment "
        "list, standing minutes in the physio record, an updated communication passport) and a "
        "'Checked by' column naming who reads it. Faults: the children's community nurse's visits "
        "measured by 'Improvement in Temi's skin'; the school nurse's daily checks 'Monitored by "
        "school nurse'; a passive wheelchair service referral with '-' for lead; overnight short "
        "breaks 'As required'; a carers' assessment with '-' for what the core group will see; "
        "the young carers offer for the brother with '-' for when; and the mother's low mood is "
        "recorded but no adult service owns any action (only the mother is to see her GP)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Alverstead County Council, Children with Disabilities Team. Plan agreed at the initial child "
              "protection conference on 21/01/2026."),
        ("kv", [
            ("Children", "Temi Adeyinka, born 11/09/2018 (7), Beechfield School; David Adeyinka, born "
                         "02/05/2013 (12), Year 8, Alverstead High School"),
            ("Address", "12 Marlow Close, Alverstead AV7 4PE"),
            ("Mother", "Funmilayo (Funmi) Adeyinka (38)"),
            ("Father", "Segun Adeyinka (44), security officer, works double shifts four days a week"),
            ("Temi's health", "Bilateral spastic cerebral palsy (GMFCS level V), epilepsy, gastrostomy-fed; "
                              "does not speak and uses eye-gaze and facial expression"),
            ("Category", "Neglect (Temi and David)"),
            ("Chair", "Angela Fairbrother, independent reviewing officer"),
            ("Social worker", "Ife Bello, Children with Disabilities Team (team manager: Paula Stone)"),
        ]),
        ("h1", "Why Temi and David have a plan"),
        ("p", "Temi has missed six of her last nine hospital and clinic appointments, including her neurology "
              "review and two dietetic clinics. Her weight has fallen from the 9th centile in March 2025 to "
              "below the 2nd centile (17.2kg on 12/01/2026). School found a pressure sore on her left hip on "
              "08/01/2026, and her feed chart at home has not been filled in since October. Her wheelchair no "
              "longer fits her, so she spends long hours lying on the settee at home."),
        ("p", "Funmi has depression. She told the conference she has felt low and hopeless since the summer, is sleeping badly, "
              "and stopped the citalopram her GP prescribed in 2024 because she 'did not feel it helped'. "
              "Segun works long hours and says he did not know how far things had slipped. David gives "
              "Temi some of her evening feeds and has been late for school on 14 days this year."),
        ("h1", "What is going well"),
        ("bullets", [
            "Funmi and Segun love Temi, know her signs well and want her to stay at home.",
            "Temi is settled at Beechfield School, where she is fed, changed and moved on time every day.",
            "Funmi came to the conference and agreed to the plan; Segun has asked his employer about "
            "changing his shifts.",
            "David is kind and patient with his sister and is doing well in science.",
        ]),
        ("h1", "Temi's day and what she tells us, and what David says"),
        ("p", "Temi does not use words. At school she smiles and vocalises when music starts, and looks hard at "
              "the 'yes' symbol on her eye-gaze board when she wants more of something. Staff know she is "
              "uncomfortable when she arches her back and grimaces. At home on 14/01/2026 Ife saw Temi lying "
              "on the settee for the whole two-hour visit, arching and grimacing when she was moved; she "
              "brightened and smiled when David came in from school and talked to her."),
        ("p", "David (seen on his own at school by Ife on 15/01/2026): \"Mum's tired all the time. I do Temi's "
              "feed when Mum forgets.\" \"I don't mind, but I want to go to football after school.\" He scored "
              "home as 4 out of 10 and said it would be 8 \"if Temi had her new chair and Mum was happy\"."),
        ("h1", "What we want for Temi and David"),
        ("numbers", [
            "Temi is fed as her dietitian sets out, gets back to at least the 2nd centile and then to the 9th, "
            "and her skin heals and stays healthy.",
            "Temi is seen at every health appointment she needs and has a wheelchair that fits her.",
            "Temi's family can understand and answer her signs, and she spends her days sitting up, moving "
            "and joining in, not lying on the settee.",
            "David is a 12-year-old first: he does not do Temi's feeds, gets to school on time and has time "
            "for football.",
        ]),
        ("h1", "The plan"),
        ("p", "'What the core group will see' is the record or the change that shows the action is working. "
              "'Checked by' is the person who reads that record and reports on it to each core group."),
        ("table", {
            "header": ["Ref", "What we will do", "Lead", "When", "What the core group will see", "Checked by"],
            "widths": [1.1, 7.0, 4.2, 3.6, 6.0, 3.8],
            "rows": [
                ["1",
                 "Review Temi's growth, feeding, seizures and medicines, and write to the core group on whether "
                 "her care at home meets her health needs",
                 "Dr Anjali Rao, community paediatrician, Alverstead Child Development Centre",
                 "By 06/02/2026, then every three months",
                 "Clinic letter giving Temi's weight centile and Dr Rao's written view, on Ife's file within a "
                 "week of each review",
                 "Ife Bello (SW)"],
                ["2",
                 "Set a new feeding plan for Temi, show Funmi and Segun how to give it, and weigh Temi",
                 "Lauren Ashby, paediatric dietitian, Alverstead General Hospital",
                 "New plan by 30/01/2026; Temi weighed every two weeks",
                 "Each weight plotted on Temi's growth chart; Temi on or above the 2nd centile by the review "
                 "conference",
                 "Lauren Ashby"],
                ["3",
                 "Give every one of Temi's five daily feeds on time, and sign each feed on the feed chart",
                 "Funmi and Segun Adeyinka",
                 "Every feed, every day, from 22/01/2026",
                 "Feed chart with every feed signed at every nurse's and Ife's visit",
                 "Rachel Kemp (CCN)"],
                ["4",
                 "Visit Temi at home to dress her pressure sore, check her stoma and show Funmi how to turn and "
                 "position her",
                 "Rachel Kemp, Children's Community Nursing Team",
                 "Twice a week until the sore has healed, then weekly",
                 "Improvement in Temi's skin",
                 "Rachel Kemp"],
                ["5",
                 "Take Temi to every hospital and clinic appointment, and keep the appointments calendar on the "
                 "fridge up to date",
                 "Funmi Adeyinka",
                 "Every appointment, as booked",
                 "A letter from each clinic saying Temi was seen; no missed appointments on the hospital's "
                 "monthly list",
                 "Ife Bello (SW)"],
                ["6",
                 "Text Funmi two days before every appointment, and tell Ife the same day if Temi is not "
                 "brought",
                 "Children's Outpatients, Alverstead General Hospital (Kerry Mace, clerk)",
                 "Two days before every appointment",
                 "The hospital's missed-appointment list e-mailed to Ife on the first working day of each "
                 "month",
                 "Ife Bello (SW)"],
                ["7",
                 "Check Temi's skin and pressure areas when she is changed, and give her lunchtime feed",
                 "Joy Mensah, school nurse, Beechfield School",
                 "Every school day",
                 "Monitored by school nurse",
                 "Joy Mensah"],
                ["8",
                 "Physiotherapy and time in her standing frame at school",
                 "Tom Rees, physiotherapist, Alverstead Children's Therapy Service",
                 "Three times a week at school",
                 "Standing time written in Temi's physio record: 30 minutes a day by the Easter holidays, "
                 "with Temi calm and upright",
                 "Tom Rees"],
                ["9",
                 "A referral will be made to the wheelchair service for a new seating assessment",
                 "-",
                 "By 13/02/2026",
                 "Assessment appointment letter on Ife's file",
                 "Ife Bello (SW)"],
                ["10",
                 "Overnight short breaks for Temi at Willow House",
                 "Alverstead Short Breaks Team (Mike Dunn)",
                 "As required",
                 "Willow House's record of each stay sent to Ife after the stay",
                 "Ife Bello (SW)"],
                ["11",
                 "Make an appointment with her GP about her low mood and tell Ife the date",
                 "Funmi Adeyinka",
                 "By 06/02/2026",
                 "Appointment text or letter seen by Ife",
                 "Ife Bello (SW)"],
                ["12",
                 "Carers' assessment for Funmi and Segun",
                 "Ife Bello (SW)",
                 "By 27/02/2026",
                 "-",
                 "-"],
                ["13",
                 "Home visits, one in three unannounced: see Temi with and without her parents, watch a feed, "
                 "look at her skin and her chart, and see David on his own",
                 "Ife Bello (SW)",
                 "Every week until the review conference",
                 "Visit record within 48 hours, noting the feed chart, where Temi was when Ife arrived, and "
                 "David's words",
                 "Paula Stone (team manager), at monthly supervision"],
                ["14",
                 "Offer David a place in a young carers' group and write a young carer's plan with him",
                 "Sara Quinn, Alverstead Young Carers",
                 "-",
                 "Young carer's plan on file in David's own words",
                 "Ife Bello (SW)"],
                ["15",
                 "Update Temi's communication passport and teach Funmi, Segun and David her eye-gaze 'yes' and "
                 "'no' and her signs of pain",
                 "Chloe Dunmore, speech and language therapist",
                 "By 13/03/2026",
                 "Updated passport at home and at school; Funmi and David show Ife the yes/no signs at a visit",
                 "Chloe Dunmore"],
                ["16",
                 "Home visit to fit a hoist and a bath seat, and show Funmi and Segun how to use them",
                 "Wes Harding, occupational therapist, Children with Disabilities Team",
                 "By 27/02/2026",
                 "Hoist and bath seat fitted, and the OT's training record signed by Funmi and Segun",
                 "Ife Bello (SW)"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Temi's weight falls at two weigh-ins in a row, or she goes below 17kg: Lauren rings Ife and Dr "
            "Rao the same day, and Dr Rao arranges admission to Kingfisher Children's Ward for feeding and "
            "assessment within 24 hours.",
            "If Temi misses two appointments in a row, or school finds a new pressure sore, Ife visits the same "
            "day and holds a strategy discussion with health and the police within 24 hours.",
            "If Temi is found without her feeds for a day, or is left alone with David in charge overnight, "
            "Ife will ask Paula Stone for a legal planning meeting within 5 working days to decide whether to "
            "start the Public Law Outline, and Temi goes to Willow House for emergency respite that night.",
            "If by the review conference Temi is still below the 2nd centile, Ife will request a legal planning "
            "meeting before the review conference.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm at Beechfield School: 03/02/2026, 03/03/2026 and "
            "31/03/2026.",
            "Review child protection conference: 14/04/2026 at 10am, Alverstead County Hall.",
        ]),
    ],
    "findings": [
        F("M002", "Visit Temi at home to dress her pressure sore"),
        F("M002", "Check Temi's skin and pressure areas when she is changed"),
        F("W001", "A referral will be made to the wheelchair service"),
        F("T002", "Overnight short breaks for Temi at Willow House"),
        F("M001", "Carers' assessment for Funmi and Segun"),
        F("T001", "Offer David a place in a young carers' group"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan in three stage tables (Step / What will happen / Who /
#    When / Progress measure), some rows pointing to a lettered stage check
#    written under the table for named steps. Page header and footer.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_axlebury_prebirth_stage_tables_lettered_stage_checks_mcgrath.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby McGrath-Tait",
    "split": "tune",
    "actions": 22,
    "min_pages": 3,
    "header": "Axlebury Council · Children's Services · Pre-birth child protection plan · OFFICIAL-SENSITIVE",
    "footer": "Baby McGrath-Tait (unborn) · Plan agreed at the pre-birth ICPC on 20/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "prebirth-icpc-plan-paged-header-footer-details-grid-why-going-well-babys-world-outcomes-then-three-stage-tables-step-what-will-happen-who-when-progress-measure-some-cells-pointing-to-a-lettered-stage-check-paragraph-under-the-table-naming-its-steps-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn girl whose mother has been on a supervised methadone "
        "script since 2023 after years of heroin use (her first child was adopted in 2021) and had "
        "depression in 2022, and whose father smokes cannabis. The plan is three stage tables (now "
        "until the birth, the birth and the ward, home until the baby is 12 weeks old) with a "
        "'Progress measure' column; where a cell says 'See stage check A/B/C', the lettered check "
        "under that table names the steps it covers and what will be seen (urine results clear of "
        "cannabis from 32 weeks and a joint visit seeing the cot and smoke alarm; the ward's "
        "parenting observation sheet; red book weights and oral fluid results). Other measures are "
        "three negative hair strand tests, script review letters and the pharmacy's supervised "
        "consumption record, Eat, Sleep, Console assessments, a signed night feed chart and centile "
        "lines. The drug service and the perinatal mental health team report on capacity to change, "
        "the grandfather's nights have a fallback, legal planning follows named triggers, core group "
        "and review dates are set, and the baby's world is recorded."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Axlebury Council Children's Services, with Axlebury Drug and Alcohol Service (ADAS), Axlebury "
              "General Hospital maternity services and the Axlebury 0-19 Service. Agreed at the pre-birth "
              "initial child protection conference on 20/01/2026 (28+4 weeks)."),
        ("table", {
            "rows": [
                ["Baby", "Baby girl McGrath-Tait (unborn), EDD 10/04/2026"],
                ["Mother", "Chloe McGrath (27), 3 Orchard Mews, Axlebury AX2 7HD"],
                ["Father", "Lewis Tait (30), lives with Chloe"],
                ["Maternal grandfather", "Brian McGrath (58), 14 Cobbler's Lane, Axlebury"],
                ["Paternal grandmother", "Karen Tait (55), 8 Sandpiper Road, Axlebury"],
                ["Category", "Neglect (unborn baby)"],
                ["Social worker", "Owen Pryce, Safeguarding Team North (team manager: Claire Dawes)"],
                ["Specialist midwife", "Hannah Royle, substance use midwife, Axlebury General Hospital"],
                ["Drug service", "Dr Mark Haig (prescriber), Nina Lowry (Chloe's recovery worker) and Kieran "
                                 "Moss (Lewis's recovery worker), ADAS"],
                ["Health visitor", "Becky Nolan, Axlebury 0-19 Service"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "Why baby has a plan before she is born"),
        ("p", "Chloe used heroin from the age of 19. Her first child, Mia, was adopted in 2021 after care "
              "proceedings, when Chloe was using heroin and crack cocaine every day. Since March 2023 Chloe has "
              "been on a methadone script with ADAS (45ml a day, taken under supervision at Lark Pharmacy), and "
              "her urine tests since March 2025 have shown only methadone. She had depression in 2022, after "
              "her mother died, and was treated by her GP. Lewis smokes cannabis most evenings and has done "
              "since he was a teenager; he has no convictions. The flat has no cot or Moses basket yet, and "
              "Lewis smokes cannabis on the balcony."),
        ("h1", "What is going well"),
        ("bullets", [
            "Chloe has not missed a supervised methadone dose since March 2025, and booked with the midwife at "
            "9 weeks.",
            "Chloe has been honest about Mia's adoption and what she has learned from it.",
            "Lewis came to the conference, accepts that he needs to stop cannabis, and has been referred to "
            "ADAS.",
            "Brian sees Chloe most days and has offered to stay at the flat for the first two weeks.",
        ]),
        ("h1", "Baby's world"),
        ("p", "Baby cannot tell us what she needs, so the midwife and the health visitor have written down what "
              "they have seen. Her growth scans at 20 and 28 weeks were on the 40th centile. She is very active "
              "in the evenings, and Chloe says she kicks when Lewis plays music. Because Chloe takes methadone, "
              "baby may have withdrawal symptoms after the birth: she may be jittery, cry a lot, feed poorly "
              "and find it hard to settle, and she will need to be held, fed little and often, and kept in a "
              "calm, quiet room. She will come home to a one-bedroom flat on the first floor, where she will "
              "sleep in her Moses basket by her parents' bed."),
        ("h1", "What we want for baby"),
        ("numbers", [
            "Baby is born safely and goes home only when everyone agrees how her withdrawal and her care will "
            "be managed.",
            "Baby is cared for every day and night by adults who are not using heroin, cocaine or cannabis.",
            "Baby feeds well, follows her centile line and sleeps safely on her back in her own Moses basket.",
            "Baby lives in a smoke-free flat with the things she needs.",
        ]),
        ("h1", "The plan"),
        ("p", "There is a table for each stage. Where the Progress measure column says 'See stage check', the "
              "lettered stage check under that table is the measure for the steps it names."),
        ("h2", "Stage 1: from now until the birth"),
        ("table", {
            "header": ["Step", "What will happen", "Who", "When", "Progress measure"],
            "widths": [1.4, 5.9, 3.5, 2.9, 3.3],
            "rows": [
                ["1.1", "Review Chloe's methadone script with her, keep every dose supervised at Lark Pharmacy, "
                        "and write after each review on whether she is stable enough to care for baby and "
                        "whether that is likely to last after the birth",
                 "Dr Mark Haig, prescriber, ADAS", "Every 4 weeks, next on 27/01/2026",
                 "Script review letter to Owen after each review; the pharmacy's supervised consumption "
                 "record with no missed doses"],
                ["1.2", "Key work with Chloe on staying off heroin and cocaine while she is pregnant and once "
                        "baby is home, with a urine test at every session and hair strand tests",
                 "Nina Lowry, recovery worker, ADAS",
                 "Weekly; hair strand tests at 30, 34 and 38 weeks (30/01, 27/02 and 27/03/2026)",
                 "Three negative hair strand tests (methadone only), result letters on Owen's file within "
                 "two weeks of each test; urine results e-mailed after each session"],
                ["1.3", "Go to cannabis key work at ADAS, give a urine sample at every session, and stop "
                        "smoking cannabis in or near the flat",
                 "Lewis Tait", "Fortnightly from 27/01/2026", "See stage check A"],
                ["1.4", "Cannabis key work with Lewis, and a written report on whether he has stopped and is "
                        "likely to stay stopped once baby is home",
                 "Kieran Moss, recovery worker, ADAS",
                 "Fortnightly from 27/01/2026; report by 34 weeks (27/02/2026)",
                 "Kieran's report on Owen's file by 27/02/2026"],
                ["1.5", "Antenatal appointments, including growth scans and Chloe's methadone plan for labour, "
                        "seeing Chloe on her own for part of each appointment",
                 "Hannah Royle, specialist midwife", "Every 2 weeks until 36 weeks, then weekly",
                 "Scan results and fundal height plotted on the GROW chart; contact note e-mailed to Owen "
                 "within 2 working days"],
                ["1.6", "Assess Chloe's mood, given her depression in 2022, and write a report on whether her "
                        "mental health is likely to affect her care of baby, what would need to change, and "
                        "how long that is likely to take",
                 "Dr Priya Anand, clinical psychologist, Axlebury Perinatal Mental Health Team",
                 "Assessment by 32 weeks (13/02/2026); report by 34 weeks (27/02/2026)",
                 "Report on Owen's file by 27/02/2026 and shared at the core group on 03/03/2026"],
                ["1.7", "Get a Moses basket, a cot, a steriliser and a smoke alarm, and keep the flat and the "
                        "balcony smoke-free",
                 "Chloe and Lewis", "By 34 weeks (27/02/2026)", "See stage check A"],
                ["1.8", "Antenatal home visit: safe sleep, coping with crying (ICON) and the home safety "
                        "checklist",
                 "Becky Nolan, HV", "By 32 weeks (13/02/2026)",
                 "Home safety checklist and antenatal contact record e-mailed to Owen"],
                ["1.9", "Pre-birth parenting assessment with Chloe and Lewis, including what Chloe has learned "
                        "since Mia was adopted",
                 "Owen Pryce, SW", "Weekly sessions from 26/01/2026; report by 36 weeks (13/03/2026)",
                 "Assessment report with a recommendation for the birth and discharge, shared with Chloe, "
                 "Lewis and the core group by 13/03/2026"],
                ["1.10", "Home visits, one in three unannounced, seeing Chloe on her own at least once a "
                         "fortnight",
                 "Owen Pryce, SW", "Every week until the birth",
                 "Visit records within 48 hours, with what Chloe said when seen on her own"],
            ],
        }),
        ("p", "Stage check A (for steps 1.3 and 1.7): every urine result from Lewis's sessions clear of cannabis "
              "from 32 weeks, e-mailed to Owen by ADAS after each session; and at Owen and Becky's joint visit at "
              "34 weeks (27/02/2026), the Moses basket, cot, steriliser and a working smoke alarm in place and no "
              "smell of cannabis in the flat or on the balcony, written in both visit records."),
        ("h2", "Stage 2: the birth and the ward"),
        ("table", {
            "header": ["Step", "What will happen", "Who", "When", "Progress measure"],
            "widths": [1.4, 5.9, 3.5, 2.9, 3.3],
            "rows": [
                ["2.1", "Tell Owen of the birth, or the Emergency Duty Team out of hours",
                 "Midwife in charge, labour ward, Axlebury General Hospital", "Within 4 hours of the birth",
                 "Call written in the maternity notes and on the EDT log or Owen's case file"],
                ["2.2", "Watch baby for withdrawal using Eat, Sleep, Console, and keep her on the ward for at "
                        "least 5 days",
                 "Dr Sunil Varma, consultant neonatologist, Larch Ward",
                 "At every feed (every 3 to 4 hours) for at least 5 days from the birth",
                 "Eat, Sleep, Console assessment in baby's notes at every feed; discharge only after 48 hours "
                 "with baby eating, sleeping and consoled"],
                ["2.3", "Room in with baby and do her feeds, changes and settling, with the midwives' help",
                 "Chloe McGrath", "Every feed and change until discharge", "See stage check B"],
                ["2.4", "Visit baby on the ward every afternoon and give at least one feed",
                 "Lewis Tait", "Every day until discharge", "See stage check B"],
                ["2.5", "See baby and Chloe on the ward, and talk to the midwife in charge about the "
                        "parenting observation sheet",
                 "Owen Pryce, SW",
                 "Within 24 hours of the birth, and again the day before the discharge planning meeting",
                 "Visit records saying how baby was fed and how Chloe and Lewis answered her cries"],
                ["2.6", "Chair the discharge planning meeting with Chloe, Lewis, Brian, Owen, Becky and the "
                        "ward, and agree who will be with Chloe and baby at home",
                 "Hannah Royle, specialist midwife", "Before discharge, and no earlier than day 5",
                 "Written discharge plan, signed by Chloe and Lewis, sent to the core group within 1 working "
                 "day"],
            ],
        }),
        ("p", "Stage check B (for steps 2.3 and 2.4): the ward's parenting observation sheet, filled in by the "
              "midwife in charge every shift, shows Chloe doing baby's feeds, changes and settling herself and "
              "Lewis visiting and feeding her every day; a copy goes to Owen before the discharge planning "
              "meeting."),
        ("h2", "Stage 3: at home, until baby is 12 weeks old"),
        ("table", {
            "header": ["Step", "What will happen", "Who", "When", "Progress measure"],
            "widths": [1.4, 5.9, 3.5, 2.9, 3.3],
            "rows": [
                ["3.1", "Stay at the flat every night and do the 2am feed, so that Chloe can sleep",
                 "Brian McGrath, maternal grandfather", "Every night for the first 14 nights after discharge",
                 "Night feed chart signed by Brian each morning, read by the midwife and Owen at each visit"],
                ["3.2", "Postnatal visits: weigh baby and see where and how she sleeps",
                 "Jess Whitley, community midwife", "Day 1, day 3, day 5 and day 10 after discharge",
                 "See stage check C"],
                ["3.3", "New birth visit, then weekly visits: weigh baby and see her asleep or put down to sleep",
                 "Becky Nolan, HV", "New birth visit at 10-14 days, then weekly until 8 weeks",
                 "Weights plotted in the red book, baby within one centile line of her birth centile"],
                ["3.4", "Key work with Chloe, with an oral fluid test at every session, and a written update "
                        "before each core group on whether she is stable and drug-free while caring for baby",
                 "Nina Lowry, recovery worker, ADAS", "Weekly from discharge until baby is 12 weeks old",
                 "See stage check C"],
                ["3.5", "Home visits, one in three unannounced: see baby awake and undressed, and where she "
                        "sleeps",
                 "Owen Pryce, SW",
                 "Twice a week for the first 4 weeks, then weekly until baby is 12 weeks old",
                 "Visit records within 48 hours, saying where baby slept and who was in the flat"],
                ["3.6", "Baby's 6-8 week check and Chloe's postnatal check, and a letter to Owen on anything "
                        "that worries him about baby's care",
                 "Dr Ellis Marr, GP, Cobbler's Lane Surgery", "At the 6-8 week check",
                 "GP letter on Owen's file within a week of the check"],
            ],
        }),
        ("p", "Stage check C (for steps 3.2 and 3.4): baby's weights on days 5 and 10 in the red book, and baby "
              "back to her birth weight by day 14; every oral fluid test clear of anything but methadone, with "
              "the results e-mailed to Owen the same day; and Nina's written update on Owen's file two working "
              "days before each core group."),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If any of Chloe's tests shows heroin, cocaine or cannabis, or she misses two methadone doses in a "
            "row: Owen holds a strategy discussion with health and the police that day; Hannah updates the "
            "birth plan so that baby stays on the ward until a new plan is agreed; and Owen asks Claire Dawes "
            "for a legal planning meeting within 5 working days, to decide whether to start pre-proceedings "
            "under the Public Law Outline.",
            "If the pre-birth assessment on 13/03/2026 says baby could not be cared for safely at home, Owen "
            "will request a legal planning meeting before 37 weeks (20/03/2026).",
            "If Lewis's tests still show cannabis at 34 weeks, he agrees to stay at his mother Karen's house "
            "and not at the flat until his tests are clear, and Owen tells the ward before the birth.",
            "If Chloe or Lewis try to take baby off the ward before the discharge planning meeting has agreed "
            "it, the midwife in charge rings the police and Owen (or the Emergency Duty Team) straight away.",
            "If Brian cannot stay on any of the 14 nights, or has to stop, he or Chloe rings Owen that day. "
            "Karen Tait (agreed with Owen on 19/01/2026) stays instead. If neither can, baby stays on the ward "
            "until another adult is agreed at a reconvened discharge planning meeting, or, if baby is already "
            "home, Jess or Becky visits every day until the core group agrees another helper.",
            "If baby is not back to her birth weight by day 14, Jess refers her to the paediatric assessment "
            "unit the same day and tells Owen.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 10am at Orchard Family Hub: 03/02/2026, 03/03/2026 and "
            "31/03/2026; then within 10 working days of baby's birth.",
            "Review child protection conference: 14/04/2026 at 1.30pm, Axlebury Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Review conference plan for a 14-year-old and a 10-year-old: one table
#    with an "Evidence of change" column and a "Where we'll find it" column,
#    measures as tests, letters, diaries, a signed agreement, scores and
#    counts. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b178_aspenholt_rcpc_evidence_of_change_where_found_lockhart.md",
    "split": "tune",
    "actions": 14,
    "template": "rcpc-plan-md-details-table-why-still-a-plan-what-has-changed-since-october-what-niamh-and-jacob-say-numbered-outcomes-then-one-table-number-what-needs-to-happen-who-when-evidence-of-change-where-well-find-it-hair-strand-tests-attendance-letters-signed-agreement-diaries-rcads-counts-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary first review conference plan for a 14-year-old and a 10-year-old whose mother "
        "used cocaine and drank at weekends and left them alone overnight; the 14-year-old has been "
        "self-harming and missing school. Progress since October is real but recent. The plan is one "
        "table with an 'Evidence of change' column and a 'Where we'll find it' column, the measures "
        "said in many ways: three negative hair strand tests, oral fluid and breath results, a "
        "monthly letter from the recovery service confirming sessions attended, a signed weekend "
        "agreement and a weekend diary, RCADS scores and a weekly count of self-harm in CAMHS's "
        "notes, attendance figures, a Hub pass log, a worry-jar score, a club register, a family "
        "plan signed at a family group conference. The recovery service reports on capacity to "
        "change, the aunt's help has a fallback, legal planning follows named triggers, core group "
        "and review dates are set, and both children's words are recorded."
    ),
    "text": """\
# Aspenholt Council - Children and Families

## Child protection plan: Niamh and Jacob Lockhart

First review child protection conference, 08/01/2026. Chair: Dev Patel (IRO).

| | |
|---|---|
| **Children** | Niamh Lockhart, born 06/05/2011 (14, Year 10, Aspenholt Academy); Jacob Lockhart, born 23/02/2015 (10, Year 5, Aspenholt Juniors) |
| **Home** | 52 Larch Avenue, Aspenholt AS6 3WQ, with their mum, Kerry Lockhart (38) |
| **Dad** | Craig Lockhart; lives in Spain, phones the children most Sundays |
| **Aunt** | Claire Benson (Kerry's sister), 27 Rowan Drive, Aspenholt |
| **Category** | Neglect (both children). Initial conference 09/10/2025. |
| **Social worker** | Lisa Carroll, Family Safeguarding Team (team manager: Martin Cole) |
| **Recovery worker** | Dean Marsh, Aspenholt Recovery Hub (drug and alcohol service) |
| **CAMHS** | Maya Kaur, CAMHS practitioner, Aspenholt CAMHS |

### Why there is still a plan

In September 2025 Kerry was using cocaine and drinking heavily most weekends, and on three Saturday
nights she did not come home, leaving Niamh to look after Jacob. Niamh began cutting her arms in the
summer and was seen at A&E on 21/09/2025. Her attendance in the autumn term was 74%. Since the initial
conference Kerry has worked with the Recovery Hub, and her oral fluid tests since 10/11/2025 have been
clear. But the change is only two months old, her first hair strand test is not due until February,
and Niamh cut herself again on 27/12/2025.

### What has changed since October

- Kerry has been to 9 of her 10 key-work sessions and all her SMART Recovery groups since November.
- Kerry has been home every night since 15/11/2025, by her own account and by Niamh's and Jacob's.
- Claire has had Jacob to stay on Saturday nights since November.
- Niamh started with CAMHS on 05/12/2025.

### What Niamh and Jacob say

**Niamh** (seen on her own at school by Lisa, 06/01/2026): "Mum is different now, she's actually there
in the mornings." "I still don't trust it. Last time she stopped for a month." "I cut when my head's
too loud, not because of Mum." She scored home as 7 out of 10 (2 in October). She wants "to not be
the one who checks on Jacob", to "get my GCSEs" and "for Mum to stay off it for good".

**Jacob** (seen at home, 05/01/2026): "Mum makes proper tea now." "I like Saturdays at Auntie
Claire's because we do pizza." He worries "that Mum will go out again and Niamh will be sad". He
wants to "play for a proper football team".

### What we want for Niamh and Jacob

1. Niamh and Jacob are looked after every day and every night by a mum who is not using drugs or
   drinking heavily, and are never left alone overnight.
2. Niamh is safe from hurting herself, knows who to go to, and is in school and working towards her
   GCSEs.
3. Jacob feels safe at home, worries less, and has things of his own to do.
4. Niamh and Jacob have a family network who know the plan and step in if things go wrong.

### The plan

| # | What needs to happen | Who | When | Evidence of change | Where we'll find it |
|---|---|---|---|---|---|
| 1 | Use no cocaine or other drugs, and drink no alcohol, while Niamh and Jacob are in her care | Kerry | Every day and night from 08/01/2026 | Oral fluid test clear at every Monday key-work session; breath test 0.00 at Dean's unannounced home visits (at least two a month, one at a weekend) | Recovery Hub results e-mailed to Lisa on the day of each test |
| 2 | Key work with Kerry, hair strand tests, and a written report on whether Kerry can stay drug-free while caring for Niamh and Jacob and how likely that is to last | Dean Marsh, recovery worker, Aspenholt Recovery Hub | Key work every Monday; hair strand tests on 02/02/2026, 27/04/2026 and 22/06/2026; report before each core group | Three negative hair strand tests, each covering the three months before it; Dean's report before each core group | Laboratory result letters and Dean's reports on Lisa's file |
| 3 | Go to the SMART Recovery group at the Recovery Hub | Kerry | Thursdays at 6pm, every week until the next review | At least 3 of every 4 sessions, confirmed in the Recovery Hub's monthly attendance letter | The letter on Lisa's file on the first Friday of each month |
| 4 | Keep to the weekend agreement signed at the review: home with Niamh and Jacob every night by 10pm, no one using drugs in the house, and Claire rung first if Kerry has to go out | Kerry | Signed by 16/01/2026; every Friday and Saturday night until the next review | The agreement signed by Kerry, Niamh and Claire; the weekend diary Kerry and Niamh fill in together, with every night marked "Mum home by 10pm" | Agreement on Lisa's file; diary read by Lisa at her Monday visit each week |
| 5 | Have Jacob to stay every Saturday night, and be the adult Niamh and Jacob ring if Kerry is not home by 10pm | Claire Benson (aunt) | Every Saturday night, and any night she is rung, until the next review | Claire's weekend log: who stayed, and any call from the children and what she did | Log texted to Lisa every Sunday evening |
| 6 | Assessment and then weekly skills sessions with Niamh on self-harm and managing strong feelings, with a letter after sessions 3 and 6 | Maya Kaur, CAMHS practitioner | Assessment by 23/01/2026; sessions weekly from 30/01/2026 | Niamh's RCADS scores lower at session 6 than at assessment; the number of times Niamh has hurt herself each week, which she tells Maya and Maya writes in her notes, falling | Maya's letters to Lisa and the GP after sessions 3 and 6 |
| 7 | Check in with Niamh in the Hub every morning, and send Lisa her attendance | Mrs Helen Garside, pastoral lead, Aspenholt Academy | Check-in every school day at 8.40am; attendance every Friday | Niamh's attendance at 90% or more by the May half term (74% in the autumn term) | School register, and the check-in log sent every Friday |
| 8 | Agree a keep-safe plan with Niamh for school, with a Hub pass she can use when she feels like hurting herself | Sam Ochieng, school nurse | Plan by 23/01/2026; drop-in every Wednesday lunchtime | Niamh's keep-safe plan signed by her; each use of the Hub pass logged with the time and what helped | Niamh's school file; the Hub pass log, copied to Lisa every Friday |
| 9 | Monday morning check-in with Jacob using his worry jar | Mr Paul Iqbal, Year 5 teacher, Aspenholt Juniors | Every Monday at 9am | Jacob's worry score (1 to 5) each Monday, aiming for 2 or lower by the Easter holidays | Worry jar book, e-mailed to Lisa every other Friday |
| 10 | Take Jacob to the under-11s football club and stay to watch | Kerry | Every Wednesday, 5.30pm to 6.30pm, from 21/01/2026 | Jacob on the club register every week | Register e-mailed to Lisa by the club secretary each month |
| 11 | Visit at home, at least one visit a month on a Friday or Saturday evening; see Niamh and Jacob each on their own | Lisa Carroll, SW | Every week until the next review | Each child's words and scaling score; what Lisa saw in the house | Visit records on file within 48 hours |
| 12 | Three sessions with Niamh about her mum's drug use and being 14, ending with her own list of "what I need from the grown-ups" | Lisa Carroll, SW | Fortnightly from 20/01/2026 | Niamh's list, in her words, on file and read at the core group on 19/03/2026 by Niamh or, if she prefers, by Lisa | Lisa's file; core group notes |
| 13 | Hold a family group conference with Kerry, Claire, Niamh, Jacob, their grandparents and Craig by phone, and write the family's own plan for when Kerry struggles | Amanda Price, family group conference coordinator | By 27/02/2026 | A family plan signed by everyone who comes | Family plan on Lisa's file and shared with the core group |
| 14 | Go to the eight-week "Who's in Charge?" group for parents of teenagers | Kerry | Tuesdays at 7pm, 20/01/2026 to 10/03/2026 | At least 7 of 8 sessions, and the facilitator's end-of-group letter | Group register and letter on Lisa's file |

### If things go wrong

- If any test shows cocaine or other drugs, or Kerry is seen under the influence while caring for the
  children: Niamh and Jacob go to Claire's that night; Lisa holds a strategy discussion the same or
  the next working day; and Lisa asks Martin Cole for a legal planning meeting within 5 working days.
- If the children are left alone overnight, or Kerry is not home by 10pm and does not answer her
  phone: Niamh rings Claire, and Claire collects both children. If Claire cannot be reached or cannot
  have them, Niamh rings the Emergency Duty Team (number on her keep-safe card), who will visit that
  night and arrange an emergency foster placement if no other family member can come.
- If Claire cannot have Jacob on a Saturday, or cannot be the adult on call for a weekend, she rings
  Lisa by Friday at 12pm; Kerry stays in with both children that weekend, and Lisa or the Emergency
  Duty Team visits on the Saturday evening.
- If Niamh hurts herself badly enough to need treatment, or tells anyone she means to end her life:
  the adult with her takes her to A&E at Aspenholt General or rings 999; school or Kerry tells Lisa
  and Maya the same day; and Maya sees Niamh within 48 hours.
- If the April or June hair strand test is positive, or the children are left alone overnight again,
  Lisa will request a legal planning meeting within 5 working days to decide whether to start the
  Public Law Outline.

### Meetings

- Core group every four weeks, Thursdays at 4pm at Aspenholt Academy: 22/01/2026, 19/02/2026,
  19/03/2026, 16/04/2026, 14/05/2026 and 11/06/2026.
- Next review child protection conference: 09/07/2026 at 10am, Aspenholt Town Hall.

*Plan agreed at the review conference on 08/01/2026 and sent to Kerry, Claire, Craig (by e-mail) and
every agency on 12/01/2026. Niamh has her own copy.*
""",
    "findings": [],
})
