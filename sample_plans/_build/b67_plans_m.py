"""Batch 67, module m: seven fictional plans (tuning material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
councils, hospitals, schools and places. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: very short and very long plans. Short: a one-page plan with a few lines
per section, a plan of six bullet points with one-line contingency and meetings
lines, and a plan written as a short table and nothing else. Long: a plan with a
front sheet, a long chronology and background, an assessment summary and
appendices (a genogram in words, a list of agencies and contacts, a safety plan
signed by the parents); a review plan whose first table carries last time's
actions with progress notes; a looked-after baby's plan buried in a long
hospital chronology; and a long conference record where the action plan is a
small part. The background sections hold past actions and quotes of old plans
that are not actions. Two plans are exemplary.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. One-page plan: a few lines per section, a six-row table (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_mardlow_one_page_plan_pryor.docx",
    "doc_title": "Child Protection Plan on a Page - Tia Pryor",
    "font_size": 9,
    "split": "tune",
    "actions": 6,
    "template": "icpc-plan-on-a-page-docx-two-line-sections-what-who-when-how-we-will-know-six-rows",
    "description": (
        "One-page initial conference plan for a 5-month-old whose mother has postnatal depression and "
        "stopped her medication. Every section is one to three lines; the six-row What | Who | When | "
        "How we will know table gives each action an owner, a real timescale and an observable measure. "
        "The perinatal team reports on whether mum can change in time, the GP owns an action, the "
        "grandmother's nights have a fallback, dates and the legal step are set. Exemplary."
    ),
    "blocks": [
        ("title", "Child Protection Plan on a Page"),
        ("kv", [
            ("Child", "Tia Pryor, 5 months (born 02/09/2024), 11 Mallow Close, Mardlow"),
            ("Mum", "Jodie Pryor (23). Tia's father is not involved."),
            ("Conference", "Initial child protection conference, 11/02/2025. Category: neglect. "
                           "SW: Ellen Marsh"),
        ]),
        ("h2", "Why Tia has a plan"),
        ("p", "Jodie has postnatal depression and stopped her sertraline in December. Twice in January the "
              "HV found Tia in a soaked nappy at midday with her last bottle given at 6am, and Tia has dropped "
              "from the 50th to the 9th weight centile."),
        ("h2", "Tia's day"),
        ("p", "Tia smiles and babbles at her nan, Pat, and reaches for Jodie when Jodie comes into the room. "
              "On two visits she cried for a long time in her cot before anyone picked her up, and she fed "
              "hungrily once she was given a bottle."),
        ("h2", "What we want for Tia"),
        ("bullets", [
            "Tia is fed on time, day and night, and is back on or above the 25th centile by the review.",
            "Tia is picked up and comforted when she cries, by a mum whose mood is stable enough to notice.",
        ]),
        ("h2", "Plan"),
        ("table", {
            "header": ["What", "Who", "When", "How we will know"],
            "widths": [6.4, 3.4, 3.2, 4.0],
            "rows": [
                ["See Tia at home, awake, and look at where she sleeps; at least one visit in three "
                 "unannounced",
                 "SW Ellen Marsh", "Weekly until the review conference",
                 "Visit record notes where Tia slept, her last feed time and how Jodie settled her"],
                ["Weigh Tia and check her feeds, and repeat Jodie's EPDS mood score",
                 "HV Sunita Rowe", "Every two weeks",
                 "Weight in the red book on a rising line; EPDS score sent to the SW"],
                ["Weekly sessions with Jodie, and a written view on whether her depression is lifting "
                 "enough for her to care for Tia, what still has to change and how long it will take",
                 "Nurse Carla Dent, Mardlow Perinatal Mental Health Team",
                 "Weekly; first report by the core group on 03/03/2025",
                 "Written report to the SW before each core group"],
                ["Restart sertraline, review the dose, and write to the SW about how Jodie's mood is "
                 "affecting her care of Tia",
                 "Dr Lena Voss, GP, Mardlow Health Centre", "By 25/02/2025",
                 "GP letter on Tia's file"],
                ["Keep a feed chart for Tia, with the time and amount of every bottle",
                 "Jodie Pryor", "Every feed, from 12/02/2025",
                 "Chart seen and photographed by the HV and SW at each visit"],
                ["Stay over and do Tia's night feeds so that Jodie can sleep",
                 "Pat Pryor (maternal grandmother)", "Friday and Saturday nights until the review",
                 "Pat signs the night feeds on the chart"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Tia loses weight between two weighs, or Jodie says she has thoughts of harming herself or "
              "Tia, the SW will hold a strategy discussion the same day and Tia will stay with Pat at 2 Mercer "
              "Row. If Pat cannot stay over or have Tia, Jodie's sister Kim Pryor will; if neither can, the SW "
              "will arrange a foster placement that day. If Tia is not back above the 9th centile by the core "
              "group on 31/03/2025, the SW will ask for a legal planning meeting within 5 working days."),
        ("h2", "Meetings"),
        ("p", "Core group every 4 weeks, 10am at Mardlow Family Hub: 03/03/2025, 31/03/2025, 28/04/2025. "
              "Review conference: 13/05/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Six bullet points, a one-line contingency and a one-line meetings entry
#    (txt, faulty)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_moorcastle_six_bullet_plan_hurst.txt",
    "split": "tune",
    "actions": 6,
    "template": "icpc-short-form-txt-label-lines-six-bullet-plan-one-line-contingency-one-line-meetings",
    "description": (
        "Short-form initial conference plan for a 7-year-old (neglect, father drinking a bottle of vodka a "
        "day, mother on night shifts): a few label lines, a one-line outcome, six hyphen bullets, a one-line "
        "contingency and a one-line meetings entry. Faults: the school's 'monitor' bullet with no time "
        "(T001, M002), dad cutting down 'as and when he feels able' with no measure (T002, M001), "
        "'Family' as owner (W002), a health needs assessment with no output (M001), a contingency that "
        "only reconvenes the core group (C002) with no legal step (R002), and the drinking owned by no "
        "adult service (F004). Meetings line is complete."
    ),
    "text": """\
MOORCASTLE BOROUGH COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN (SHORT FORM)

Child:       Kacey Hurst, 7 (DOB 19/06/2017), Year 2, Mellan Street Primary
Parents:     Dionne Hurst (mum) and Craig Hurst (dad), 40 Marlcombe Road, Moorcastle
Conference:  ICPC 10/03/2025   Category: neglect   SW: Robyn Tate

Worries:  Kacey's attendance is 71%. She has come to school with head lice and in
the same clothes for a week. Craig told conference he drinks "about a bottle of
vodka a day" and is often asleep when Kacey gets home; Dionne works nights at the
Marlcombe bakery.

Kacey says: "I make my own breakfast. Daddy sleeps a lot on the settee." She wants
"clean clothes for PE" and for her dad "to go to the park with me again".

Outcome:  Kacey gets to school every day, clean, fed and with her PE kit.

Plan:
- SW Robyn Tate will visit every week and see Kacey and her bedroom; visit notes record what Kacey says.
- Mellan Street Primary will monitor Kacey's attendance and presentation.
- Craig will cut down his drinking as and when he feels able.
- Family to make sure Kacey has a clean uniform and PE kit every day, shown by a tick in her home-school book.
- Dionne will take Kacey to the nit clinic at Moorcastle Health Centre by 21/03/2025 and show the SW the treatment card.
- The school nurse, Amy Ngata, will complete a health needs assessment for Kacey by 11/04/2025.

Contingency:  If things do not get better, the core group will meet and consider next steps.

Meetings:  Core group monthly, first on 24/03/2025; review conference 09/06/2025.
""",
    "findings": [
        F("T001", "will monitor Kacey's attendance and presentation"),
        F("M002", "will monitor Kacey's attendance and presentation"),
        F("T002", "Craig will cut down his drinking as and when"),
        F("M001", "Craig will cut down his drinking as and when"),
        F("W002", "Family to make sure Kacey has a clean uniform"),
        F("M001", "will complete a health needs assessment for Kacey"),
        F("C002"),
        F("R002"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 3. A plan that is a short table and nothing else (md, faulty)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_mistlebury_table_only_plan_quinn.md",
    "split": "tune",
    "actions": 7,
    "template": "icpc-plan-md-title-one-detail-line-then-action-who-by-when-how-we-will-know-table-only",
    "description": (
        "Initial conference plan for a 2-year-old (domestic abuse, father not to have unsupervised contact) "
        "written as a title, one line of details and a seven-row Action | Who | By when | How we will know "
        "table, and nothing else. Most rows are sound; one has no date (T001), one no lead (W001), one "
        "'All agencies' (W002). With no other section there is no outcome (O001), no child's voice "
        "(F003), no contingency (C001) although the grandparents supervise contact and the aunt gives tea "
        "(C003), no meeting dates (R001) and no legal step (R002)."
    ),
    "text": """\
# Child Protection Plan – Leo Quinn

Leo Quinn (2), 7 Mintern Walk, Mistlebury · Mum: Shannon Quinn · ICPC 04/02/2025 (emotional abuse) · SW: Harvey Doyle, Mistlebury Council

| Action | Who | By when | How we will know |
|---|---|---|---|
| Visit Leo at home, see him awake and look at where he sleeps and what there is to eat | SW Harvey Doyle | Weekly from 10/02/2025 | Visit record notes where Leo slept and the food in the flat |
| Supervise every contact between Leo and his father, Dean Lyle, at the grandparents' house | Mick and Sue Quinn (maternal grandparents) | Every contact (Sundays, 2–4pm) | Contact log signed by Sue after each contact |
| Give Leo his tea and bath at her house on weekday evenings while Shannon is at work | Kerry Quinn (maternal aunt) | Monday to Friday, 4–7pm | Kerry's diary of each evening, seen by the SW |
| Take Leo to his funded nursery sessions at Meadowbrae Nursery | Shannon Quinn | From 03/03/2025, Tuesday to Thursday | Nursery register sent to the SW every Friday |
| Leo's 2-year developmental review at home, with a language screen | HV Gail Brennan | | ASQ-3 scores shared with the SW |
| Referral for Shannon to the Mistlebury Domestic Abuse Service for a safety plan | | By 14/02/2025 | Referral acceptance letter on file |
| Tell the SW about any sighting of Dean at Mintern Walk | All agencies | Same day | Each report logged on Leo's file |
""",
    "findings": [
        F("T001", "Leo's 2-year developmental review at home"),
        F("W001", "Referral for Shannon to the Mistlebury Domestic Abuse Service"),
        F("W002", "Tell the SW about any sighting of Dean"),
        F("O001"),
        F("F003"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Long plan: front sheet, contents, background, long chronology,
#    assessment summary, the plan, then appendices (genogram in words,
#    agencies and contacts, a safety plan signed by the parents) (pdf,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_merrowdale_front_sheet_chronology_appendices_kellett.pdf",
    "doc_title": "Child Protection Plan - Isla and Reuben Kellett",
    "split": "tune",
    "actions": 11,
    "template": "icpc-long-plan-paged-front-sheet-contents-background-chronology-table-assessment-summary-plan-table-then-appendices-genogram-contacts-signed-safety-plan",
    "description": (
        "Long initial conference plan for a 9-year-old and a 3-year-old whose mother has bipolar disorder "
        "and was sectioned after a manic episode. Front sheet and contents, family background, a long "
        "date | event | source chronology that quotes the old child in need plan ('as and when needed', "
        "'all professionals to keep an eye on', an aim about mum's mental health only), an assessment "
        "summary with scaling, the children's views, outcomes, an eleven-row plan table, contingency, "
        "meetings, then appendices: a genogram in words, an agencies and contacts table and a family "
        "safety plan signed by both parents. The CMHT and the psychiatrist report on change and prognosis, "
        "the grandfather's part has a fallback, dates and legal step set. Header and page footer on every "
        "page. Exemplary: the old plan's wording is chronology, not actions."
    ),
    "header": "OFFICIAL-SENSITIVE – Merrowdale Council – Children's Social Care",
    "footer": "Child protection plan – Isla and Reuben Kellett – page {PAGE} of {NUMPAGES}",
    "min_pages": 5,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Merrowdale Council · Children's Social Care · Safeguarding and Family Support Team 2"),
        ("h2", "Front sheet"),
        ("kv", [
            ("Children", "Isla Kellett, born 04/05/2015 (9), Year 4, Marlebank Primary School; Reuben "
                         "Kellett, born 27/10/2021 (3), Merrowdale Children's Centre Nursery"),
            ("Address", "16 Mosswick Terrace, Merrowdale"),
            ("Mother", "Natalie Kellett (34). The children live with her."),
            ("Father", "Aaron Price (36), 8 Meadrow Close, Minsworth. Has the children every other weekend. "
                       "Both parents have parental responsibility."),
            ("Maternal grandfather", "Bill Kellett (62), 3 Milner Court, Merrowdale (five minutes' walk)"),
            ("Conference", "Initial child protection conference, Wednesday 22/01/2025, Merrowdale Civic "
                           "Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Matt Ferris (from 23/01/2025); team manager Angela Cole"),
            ("Chair", "Priti Shah, Child Protection Chair"),
            ("Plan typed", "24/01/2025 by Matt Ferris, checked by the chair"),
            ("Sent to", "Natalie, Aaron, Bill (with Natalie's agreement) and every agency in Appendix B"),
        ]),
        ("h2", "Contents"),
        ("p", "1. Family and background · 2. Chronology · 3. Assessment summary · 4. What Isla and Reuben "
              "have told us · 5. What needs to be different · 6. The plan · 7. Contingency plan · 8. Core "
              "group and review · Appendix A: Genogram · Appendix B: Agencies and contacts · Appendix C: "
              "Family safety plan"),
        ("pagebreak",),
        ("h1", "1. Family and background"),
        ("p", "Natalie was diagnosed with bipolar affective disorder in 2013, when she was 22. She was well "
              "for several years on lithium, and Isla was born in 2015. Natalie and Aaron separated in 2020, "
              "shortly before Reuben was born in 2021, but they stay on good terms and Aaron has had the "
              "children every other weekend since 2022. Natalie works part time as a receptionist at a "
              "dental practice in Merrowdale."),
        ("p", "In 2022, a few months after Reuben's birth, Natalie became unwell again and spent five weeks "
              "on the Mardeley Unit at Merrowdale General Hospital. The children stayed with Bill. A child in "
              "need plan followed and was closed in May 2023 when Natalie was well."),
        ("p", "In autumn 2024 Natalie stopped taking her lithium because she felt \"flat\" and was putting on "
              "weight; she did not tell her GP or the CMHT. By December she was sleeping two or three hours a "
              "night, spending money she did not have and talking very fast. Bill and Aaron both say they "
              "could see it coming but did not know who to tell."),
        ("p", "At 2.10am on 14/12/2024 police stopped Natalie's car in Merrowdale town centre. Reuben was in "
              "the back, in his pyjamas and without a car seat. Isla was at home on her own, asleep. Natalie "
              "was detained under section 2 of the Mental Health Act and spent 24 days on the Mardeley Unit. "
              "Isla and Reuben stayed with Bill until she came home on 07/01/2025, and have lived with her "
              "since, with Bill calling in every day."),
        ("h1", "2. Chronology"),
        ("p", "Taken from the children's social care record, the CMHT summary and the police report. Entries "
              "before 2024 are summarised."),
        ("table", {
            "header": ["Date", "What happened", "Source"],
            "widths": [2.6, 11.4, 3.0],
            "rows": [
                ["2013", "Natalie diagnosed with bipolar affective disorder after an admission to the Mardon "
                         "Unit. Started on lithium.", "CMHT summary"],
                ["04/05/2015", "Isla born at Merrowdale General Hospital. No concerns raised by midwifery.",
                 "Health record"],
                ["27/10/2021", "Reuben born. Natalie and Aaron had separated in the summer.", "Health record"],
                ["02/2022", "Natalie readmitted to the Mardeley Unit for five weeks (postnatal relapse). "
                            "Children cared for by Bill.", "CMHT summary"],
                ["18/07/2022", "Child in need plan agreed. Its actions included \"Natalie to engage with the "
                               "CMHT as and when needed\" and \"all professionals to keep an eye on Isla and "
                               "Reuben\". The plan's stated aim was \"Natalie's mental health will be "
                               "stable\".", "CSC record"],
                ["03/03/2023", "Child in need review: CMHT support recorded as \"ongoing\"; Natalie well and "
                               "back at work.", "CSC record"],
                ["11/05/2023", "Child in need plan closed.", "CSC record"],
                ["09/2024", "Natalie stops her lithium without telling her GP or the CMHT.",
                 "Natalie, at conference"],
                ["26/11/2024", "School notes Isla has been late six times in November and seems tired; Isla "
                               "tells her teacher \"Mum keeps waking me up to dance\".", "Marlebank Primary"],
                ["05/12/2024", "Nursery reports Reuben collected an hour late twice in one week; Natalie "
                               "\"very chatty, hard to follow\".", "Nursery"],
                ["14/12/2024", "Police stop Natalie's car at 2.10am with Reuben in the back without a car "
                               "seat; Isla found alone at home. Natalie detained under section 2. Children "
                               "placed with Bill under a safety plan.", "Merrowdale Police"],
                ["16/12/2024", "Strategy discussion. Section 47 enquiries agreed. The duty SW asked Bill to "
                               "have the children until further notice; this was done the same day.",
                 "CSC record"],
                ["07/01/2025", "Natalie discharged from the Mardeley Unit on lithium, under the CMHT with a care "
                               "coordinator. Children return home with Bill calling in daily.", "CMHT summary"],
                ["15/01/2025", "Section 47 enquiry concluded: the children suffered neglect when Natalie was "
                               "unwell and unsupported. ICPC requested.", "CSC record"],
                ["22/01/2025", "Initial child protection conference. Plan agreed (this document).",
                 "Conference"],
            ],
        }),
        ("h1", "3. Assessment summary"),
        ("h2", "What we are worried about"),
        ("p", "When Natalie is unwell she sleeps very little, does not notice danger and leaves the children "
              "without care, as on 14 December. Her illness has come back twice when she stopped or changed her "
              "medication, and both times the people around her saw it coming but nobody had a plan. Isla has "
              "been looking out for her mum and her brother at night, and is tired and late for school."),
        ("h2", "What is working well"),
        ("p", "Natalie has been taking lithium again since the Mardeley Unit and her first blood level was in "
              "range. She has been open with professionals, came to conference and agreed with most of the "
              "report. Bill has looked after the children well three times now, and Aaron has kept his "
              "weekends going without a break for more than two years. Isla and Reuben are close to their mum "
              "and to both grandfathers' households."),
        ("h2", "Scaling"),
        ("p", "On a scale of 0 (the children will be harmed if nothing changes) to 10 (the children are safe "
              "enough for the local authority to step back), conference members scored between 3 and 5. "
              "Natalie scored 7 and Bill scored 5."),
        ("h1", "4. What Isla and Reuben have told us"),
        ("p", "Isla (seen at school on 17/01/2025): \"When Mum goes fast she wakes me up to dance and it's fun at "
              "first but then she doesn't stop.\" She said she was \"scared and a bit cross\" when she woke up "
              "on her own in December. She likes staying at Grandad Bill's \"because he does proper tea\" and "
              "wants to keep living with her mum. She asked if there could be \"a code word for when Mum is "
              "getting poorly\"."),
        ("p", "Reuben is talking in short sentences. At nursery he plays at \"police cars\" most days. At home "
              "he follows Natalie from room to room and climbs on Bill's knee as soon as Bill comes in. "
              "He was tired and tearful on the nursery days after the December episode."),
        ("h1", "5. What needs to be different for Isla and Reuben"),
        ("bullets", [
            "Isla and Reuben are never left alone or put in danger because their mum is unwell.",
            "Isla sleeps through the night and gets to school on time, and does not feel she has to look "
            "after her mum or her brother.",
            "Isla and Reuben know who will look after them if their mum starts to become unwell, and that "
            "person steps in before they are harmed.",
            "Reuben is collected from nursery on time and is calm and settled at home.",
        ]),
        ("h1", "6. The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.2, 5.8, 3.4, 3.0, 3.6],
            "rows": [
                ["1", "See Isla on her own at school and at home, and Reuben at home and at nursery; use "
                      "Isla's weather chart to ask her about nights and about Mum's mood",
                 "SW Matt Ferris",
                 "Weekly until the review conference; one visit in three unannounced",
                 "Visit records with Isla's own words and what was seen of Reuben"],
                ["2", "See Natalie at home, check she is taking her lithium, and report on whether she is "
                      "making and keeping the changes she needs to care for Isla and Reuben safely, the early "
                      "warning signs to watch for, and how long change is likely to take",
                 "Jess Holloway, CPN and care coordinator, Merrowdale CMHT",
                 "Weekly; first report by the core group on 12/02/2025",
                 "Written report to the SW before each core group"],
                ["3", "Outpatient review of Natalie's lithium, with a written view of her prognosis over the "
                      "next six months and what a relapse would mean for her care of Isla and Reuben",
                 "Dr Rhian Mabey, consultant psychiatrist, Merrowdale CMHT",
                 "By 28/02/2025, and again before the review conference",
                 "Clinic letter to the GP and the SW"],
                ["4", "Lithium blood tests, and a letter to the SW if any result means Natalie may not be safe "
                      "to care for Isla and Reuben on her own",
                 "Dr Owen Hale, GP, Merrowdale Medical Practice",
                 "Every 4 weeks, first on 05/02/2025",
                 "Blood results on the GP record; copy of each result to the care coordinator"],
                ["5", "Take lithium every evening and keep all tablets in the locked cabinet, out of Reuben's "
                      "reach",
                 "Natalie Kellett",
                 "Every evening; cabinet fitted by 31/01/2025",
                 "Blood levels in range; cabinet checked locked at each SW visit"],
                ["6", "Collect Isla and Reuben from school and nursery and give them their tea at his flat",
                 "Bill Kellett (maternal grandfather)",
                 "Every Tuesday and Thursday until the review conference",
                 "School and nursery collection logs; the SW checks them monthly"],
                ["7", "Ring Natalie at 8pm and ring the CMHT duty line the same evening if she sounds high or "
                      "says she has not slept",
                 "Bill Kellett",
                 "Every evening until the review conference",
                 "Bill's call diary, seen by the SW at each visit"],
                ["8", "Have Isla and Reuben for the weekend and tell the SW if either child says anything "
                      "worrying about home",
                 "Aaron Price (father)",
                 "Every other weekend, Friday 5pm to Sunday 5pm",
                 "Weekend dates marked on the family calendar and checked by the SW"],
                ["9", "ELSA sessions with Isla on worries, sleep and her code word; pass on anything she says "
                      "about home",
                 "Mrs Fay Dunn, ELSA, Marlebank Primary",
                 "Every Wednesday in term time",
                 "ELSA log; concerns passed to the DSL and SW the same day"],
                ["10", "Record how Reuben arrives, who brings him and who collects him, and when",
                 "Sam Patel, keyworker, Merrowdale Children's Centre Nursery",
                 "Every session Reuben attends",
                 "Daily sheet, with a summary emailed to the SW every Friday"],
                ["11", "Complete the child and family assessment, including a family network meeting with "
                       "Natalie, Aaron and Bill",
                 "SW Matt Ferris",
                 "By 21/03/2025",
                 "Assessment report shared with the family and the core group"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("p", "If Natalie misses two evening doses of lithium, has a blood level out of range, goes two nights "
              "without sleep, or the children are found without an adult at night, Bill will take Isla and "
              "Reuben to his flat that day, the CMHT crisis team will assess Natalie the same day, and the SW "
              "(or the emergency duty team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Bill is ill, away or cannot have the children, they will go to Aaron in Minsworth; if neither "
              "Bill nor Aaron can have them, the SW will arrange a foster placement that day."),
        ("p", "If Natalie stops her lithium or becomes unwell again while the children are in her care before "
              "the review conference, or the CMHT report to the core group on 12/03/2025 says she is not "
              "making the changes needed, the SW will ask the team manager for a legal planning meeting within "
              "5 working days."),
        ("h1", "8. Core group and review"),
        ("p", "Core group every 4 weeks, 3.30pm at Marlebank Primary School: 12/02/2025, 12/03/2025 and "
              "09/04/2025. Review child protection conference: Wednesday 23/04/2025, 10am, Merrowdale Civic "
              "Centre."),
        ("pagebreak",),
        ("h1", "Appendix A: Genogram"),
        ("p", "Drawn with Natalie and Bill on 20/01/2025 and described here in words."),
        ("bullets", [
            "Bill Kellett (62), Natalie's father, widowed in 2019 when Natalie's mother, Margaret, died of "
            "cancer. Lives alone at Milner Court. Retired bus driver.",
            "Natalie Kellett (34), Bill and Margaret's only child. Bipolar affective disorder since 2013.",
            "Aaron Price (36), Natalie's former partner, father of both children. Lives with his partner, "
            "Gemma Holt, and her son Finn (6) in Minsworth.",
            "Isla Kellett (9) and Reuben Kellett (3), Natalie and Aaron's children, living with Natalie.",
            "Aaron's parents, Ray and Linda Price, live in Minsworth and see the children on Aaron's weekends.",
        ]),
        ("h1", "Appendix B: Agencies and contacts"),
        ("table", {
            "header": ["Agency", "Name and role", "Telephone"],
            "widths": [5.5, 7.5, 4.0],
            "rows": [
                ["Merrowdale Children's Social Care", "Matt Ferris, social worker; Angela Cole, team manager",
                 "01632 960 410"],
                ["Merrowdale CMHT", "Jess Holloway, CPN and care coordinator; Dr Rhian Mabey, consultant "
                                    "psychiatrist", "01632 960 522"],
                ["CMHT crisis team (24 hours)", "Duty clinician", "01632 960 999"],
                ["Merrowdale Medical Practice", "Dr Owen Hale, GP", "01632 960 137"],
                ["Marlebank Primary School", "Mrs Helen Grey, DSL; Mrs Fay Dunn, ELSA", "01632 960 268"],
                ["Merrowdale Children's Centre Nursery", "Sam Patel, keyworker", "01632 960 344"],
                ["Emergency duty team (out of hours)", "Duty social worker", "01632 960 000"],
            ],
        }),
        ("h1", "Appendix C: Family safety plan"),
        ("p", "Written by Natalie and Aaron with Matt Ferris on 24/01/2025, in their own words. A copy is on "
              "Natalie's fridge, at Bill's flat and in Isla's book bag."),
        ("numbers", [
            "If I have not slept for two nights, or I start spending money I haven't got, I will ring Dad and "
            "the CMHT crisis line, and the kids will go to Dad's. (Natalie)",
            "Isla's code word is \"pineapple\". If she says it to Grandad or to Mrs Dunn, they will ring "
            "Matt or the crisis line.",
            "If I notice Natalie is talking fast or not sleeping on a handover, I will keep the children with "
            "me and ring Matt. (Aaron)",
            "Nobody drives the children anywhere at night unless it is an emergency.",
        ]),
        ("p", "Signed: Natalie Kellett, 24/01/2025 · Aaron Price, 24/01/2025 · Bill Kellett, 24/01/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference record: last plan's actions with progress notes,
#    then a revised plan with carried-over actions (docx, faulty)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_mildenholt_review_plan_carried_over_dunmore.docx",
    "doc_title": "Review Child Protection Conference - Record and Revised Plan - Kai and Maisie Dunmore",
    "split": "tune",
    "actions": 12,
    "template": "rcpc-record-docx-progress-table-of-icpc-actions-with-status-then-revised-plan-table-carried-over-rows-marked",
    "description": (
        "First review conference record for an 11-year-old and a 6-year-old (domestic abuse, mother's "
        "depression and anxiety under the CMHT, family planning a move to another authority). The first "
        "table lists the initial conference's actions with progress notes and a status ('Ongoing', 'All "
        "professionals to monitor', 'TBC' in the quoted old actions: not actions of this plan). The "
        "revised plan marks carried-over rows. Faults: CMHT support sessions only (H001), the parenting "
        "assessment handed to the receiving authority after the move (X001), 'engagement' as the measure "
        "(M002), 'when a place becomes available' (T002), 'Core group' as owner (W002), a blank date "
        "(T001), an outcome about mum's anxiety only (F002), and the grandmother's two roles with no "
        "fallback in the contingency (C003)."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference"),
        ("p", "Record and revised child protection plan · Mildenholt City Council · Safeguarding and Reviewing "
              "Unit"),
        ("kv", [
            ("Children", "Kai Dunmore (11), Year 7, Mildenholt Academy; Maisie Reid (6), Year 1, Maddlecote "
                         "Primary School"),
            ("Mother", "Carly Dunmore (32), 22 Medlar Way, Mildenholt"),
            ("Maisie's father", "Ross Reid (35), moved out 21/09/2024; lives in Mildenholt. Kai's father has no "
                                "contact."),
            ("Maternal grandmother", "June Dunmore (58), 5 Mortwell Court, Mildenholt"),
            ("Conference", "First review, Monday 13/01/2025, 1.30pm, Mildenholt Civic Offices"),
            ("Initial conference", "14/10/2024, category emotional abuse"),
            ("Social worker", "Hannah Pike, Mildenholt Family Safeguarding Team"),
            ("Chair", "Desmond Achterberg, Independent Reviewing Officer"),
        ]),
        ("h2", "Attendance"),
        ("p", "Carly Dunmore; June Dunmore (for the family, with Carly's agreement); Hannah Pike (SW); Dev "
              "Collins (care coordinator, Mildenholt CMHT); Mr Leon Achebe (learning mentor, Mildenholt "
              "Academy); Mrs Ruth Kerr (DSL, Maddlecote Primary); Amira Saleh (IDVA, Mildenholt Women's "
              "Aid); PC Joe Tranter (domestic abuse unit). Ross Reid was invited and sent his views in "
              "writing. Apologies: Dr Imran Shah (GP), report received."),
        ("h2", "Progress on the plan agreed at the initial conference"),
        ("p", "The chair went through each action from the initial conference plan with the people "
              "responsible. The wording of each action is as it was written in October."),
        ("table", {
            "header": ["No.", "Action in the October plan", "Lead", "Progress since 14/10/2024", "Status"],
            "widths": [1.0, 5.0, 2.6, 6.0, 2.4],
            "rows": [
                ["1", "SW to visit Kai and Maisie every two weeks and see them alone", "SW",
                 "Seven visits since October, each child seen alone every time. The SW changed in December.",
                 "Met"],
                ["2", "CMHT to support Carly with her mood – ongoing", "CMHT",
                 "Carly has been to 5 of 6 appointments. Dev Collins told conference she is \"engaging well\" "
                 "and \"coping better\".", "Ongoing"],
                ["3", "Parenting assessment of Carly by 30/11/2024", "SW",
                 "Started in November; stopped when the first SW left. Not finished.", "Not met"],
                ["4", "Ross to attend the Mildenholt Choices programme", "Ross Reid",
                 "Started 06/11/2024. Has been to 9 of 10 sessions so far.", "Partly met"],
                ["5", "Carly to attend the Freedom Programme", "Carly",
                 "On the waiting list since November.", "Not met"],
                ["6", "All professionals to monitor the children and share any concerns", "All professionals",
                 "School shared two concerns (a bruise on Maisie's arm, explained and seen by the GP; a fight "
                 "involving Kai).", "–"],
                ["7", "Non-molestation order – application TBC", "Carly, with Mildenholt Women's Aid",
                 "Order granted 02/12/2024; it runs to 02/12/2025.", "Met"],
                ["8", "Maisie to be seen by the school nurse about her bedwetting", "School nurse",
                 "Seen 19/11/2024 and referred to the enuresis clinic; first appointment 28/01/2025.", "Met"],
            ],
        }),
        ("h2", "What has changed"),
        ("p", "There have been no police call-outs since Ross left and the order was made. Carly is still "
              "low and anxious most days; she is taking sertraline and seeing the CMHT, and on bad days she "
              "does not get up until the afternoon, when June comes round. Kai has had one fixed-term "
              "exclusion for fighting. Maisie sees her dad at June's flat every Saturday and the contact "
              "notes are positive."),
        ("p", "Carly has been offered a housing association flat in Maddersby, in Maddersby County Council's "
              "area, from April, nearer her work. She wants to take it. The chair reminded conference that "
              "Mildenholt keeps responsibility for the plan until Maddersby holds its transfer-in conference."),
        ("h2", "What Kai and Maisie say"),
        ("p", "Kai (with Hannah at school, 08/01/2025): \"It's calmer without Ross. But Mum's in bed a lot and "
              "I have to sort Maisie's breakfast.\" He does not want to move to Maddersby \"because all my "
              "mates are here\". He scored home 6 out of 10."),
        ("p", "Maisie (at home, 09/01/2025) drew her family with Nanny June \"in the middle\". She said she "
              "likes Saturdays with Daddy at Nanny's and that she still wets the bed \"sometimes when I have "
              "bad dreams\"."),
        ("h2", "Decision"),
        ("p", "Kai and Maisie remain subject to a child protection plan under the category of emotional abuse."),
        ("h2", "Outcomes for Kai and Maisie"),
        ("bullets", [
            "Kai and Maisie live without shouting, threats or violence at home.",
            "Maisie sees her dad safely and sleeps in her own bed without being frightened at night.",
            "Kai stays in school, without exclusions, and does not have to get Maisie ready in the mornings.",
            "Carly feels less anxious and is coping with day-to-day life.",
        ]),
        ("h2", "Revised plan"),
        ("p", "Rows marked [Carried over] continue actions from the October plan."),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know"],
            "widths": [1.0, 6.0, 3.4, 3.0, 3.6],
            "rows": [
                ["1", "See Kai and Maisie on their own, at home and at school, and ask each of them what home "
                      "has been like since the last visit",
                 "SW Hannah Pike", "Every two weeks until the next review",
                 "Visit records with each child's words written down"],
                ["2", "[Carried over] Continue fortnightly support sessions with Carly for her anxiety and "
                      "low mood",
                 "Dev Collins, care coordinator, Mildenholt CMHT", "Fortnightly",
                 "Attendance recorded in the CMHT diary"],
                ["3", "[Carried over] Parenting assessment of Carly, to be completed by Maddersby County "
                      "Council once the family have moved",
                 "Maddersby County Council children's services",
                 "Within 6 weeks of the transfer-in conference",
                 "Assessment report shared with the core group"],
                ["4", "Review Carly's sertraline and write to the SW about how her mood is affecting her care "
                      "of Kai and Maisie",
                 "Dr Imran Shah, GP, Mildenholt Health Centre", "By 31/01/2025",
                 "GP letter on the children's file"],
                ["5", "Have Kai and Maisie for tea and to stay over, and bring them home by 10am on Saturday",
                 "June Dunmore (maternal grandmother)", "Every Friday until the next review",
                 "June's diary of each stay, seen by the SW"],
                ["6", "Supervise Maisie's contact with her dad at Mortwell Court",
                 "June Dunmore", "Every Saturday, 10am to 12 noon",
                 "Contact log signed by June after each contact and seen by the SW"],
                ["7", "[Carried over] Go to every session of the Mildenholt Choices programme",
                 "Ross Reid; facilitator reports to the SW", "Every Wednesday evening until the course ends "
                                                           "on 09/04/2025",
                 "Attendance sheet monthly and an end-of-course report to the SW"],
                ["8", "Weekly mentoring sessions for Kai on anger and friendships",
                 "Mr Leon Achebe, learning mentor, Mildenholt Academy", "Every Tuesday in term time",
                 "Kai's engagement in the sessions"],
                ["9", "Email Maisie's attendance and any change in how she presents to the SW",
                 "Mrs Ruth Kerr, DSL, Maddlecote Primary", "Every Friday",
                 "Attendance printout and note in the SW's inbox each week"],
                ["10", "[Carried over] Carly to attend the Freedom Programme at Mildenholt Women's Centre",
                 "Carly Dunmore", "When a place becomes available",
                 "Certificate of attendance"],
                ["11", "Agree how the move to Maddersby will be managed for Kai and Maisie, including school "
                       "places and who tells the children",
                 "Core group", "By the core group on 10/02/2025",
                 "Written transition plan on the children's file"],
                ["12", "Refer Kai to Mildenholt Young Carers for a young carer's assessment",
                 "SW Hannah Pike", "",
                 "Acceptance letter from Mildenholt Young Carers on file"],
            ],
        }),
        ("h2", "Contingency plan"),
        ("p", "If Carly's mood means she cannot get the children up and to school two days running, or Ross "
              "comes to Medlar Way or contacts Carly outside the arranged contact, the SW (or the emergency "
              "duty team) will hold a strategy discussion the same day and Kai and Maisie will stay with June "
              "until it has met. If there is any further incident of domestic abuse before the next review, "
              "the SW will ask the team manager for a legal planning meeting."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 4 weeks, 3.30pm at Maddlecote Primary School: 10/02/2025, 10/03/2025 and "
              "07/04/2025. Next review child protection conference: Monday 07/07/2025, 1.30pm, Mildenholt Civic "
              "Offices, unless the family have moved and Maddersby has held a transfer-in conference by then."),
        ("p", "Record approved by the chair on 15/01/2025 and sent to Carly, Ross and every agency present."),
    ],
    "findings": [
        F("H001", "Continue fortnightly support sessions with Carly for her anxiety"),
        F("X001", "to be completed by Maddersby County Council once the family"),
        F("M002", "Weekly mentoring sessions for Kai on anger and friendships"),
        F("T002", "Carly to attend the Freedom Programme at Mildenholt Women's Centre"),
        F("W002", "Agree how the move to Maddersby will be managed"),
        F("T001", "Refer Kai to Mildenholt Young Carers for a young carer's assessment"),
        F("F002", "Carly feels less anxious and is coping with day-to-day life."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby on a children's ward: long conference report with a
#    front sheet, a long chronology (past ward visits), medical findings and
#    background; the plan is one table near the end (pdf, faulty)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_marchholt_s20_baby_ward_chronology_kershaw.pdf",
    "doc_title": "Initial Child Protection Conference - Report and Plan - Baby Nova Kershaw",
    "split": "tune",
    "actions": 9,
    "template": "icpc-report-paged-front-sheet-reason-long-chronology-medical-findings-parents-accounts-background-analysis-then-action-lead-by-when-evidence-table-appendix-contacts",
    "description": (
        "Long initial conference report for a 7-week-old with a fractured femur and healing rib fractures, "
        "accommodated under section 20 and still on the children's ward waiting for a foster placement. "
        "Front sheet, reason for conference, a long chronology (which records the SW's past visits to the "
        "ward), medical findings, the parents' accounts, background ('no history of mental health "
        "difficulties' for mum; dad's cocaine and cannabis use), Nova's days on the ward, analysis, "
        "outcomes; the nine-row plan is near the end. Faults: no one is set to visit Nova on the ward "
        "(L001), parents' contact 'TBC' (T002), the recovery hub's row with no evidence (M001), 'engagement' "
        "with the PA (M002), a viability assessment with no lead (W001), an outcome about the parents "
        "only (F002), the review conference 'to be confirmed' (R001). Header and page footer."
    ),
    "header": "OFFICIAL-SENSITIVE · Marchholt Borough Council · Children's Services",
    "footer": "ICPC report and plan – Nova Kershaw – page {PAGE} of {NUMPAGES}",
    "min_pages": 4,
    "blocks": [
        ("title", "Initial Child Protection Conference: Report and Plan"),
        ("h2", "Front sheet"),
        ("kv", [
            ("Child", "Nova Kershaw, born 21/01/2025 at Marchholt Royal Infirmary (7 weeks old)"),
            ("Where Nova is", "Magpie Ward (children's ward), Marchholt Royal Infirmary, since 24/02/2025. "
                              "Medically fit for discharge since 04/03/2025."),
            ("Legal status", "Accommodated under section 20 of the Children Act 1989 since 28/02/2025, with "
                             "both parents' written agreement. Nova is looked after by Marchholt Borough "
                             "Council and will stay on the ward until a foster placement is found."),
            ("Mother", "Jade Kershaw (19), care leaver, 4 Mornwell Court, Marchholt"),
            ("Father", "Connor Webb (22), same address. Named on the birth certificate; has parental "
                       "responsibility."),
            ("Conference", "Initial child protection conference, Monday 10/03/2025, 10am, Marchholt Civic "
                           "Centre"),
            ("Category", "Physical abuse"),
            ("Social worker", "Dana Holt, Marchholt Children in Care and Safeguarding Team"),
            ("Chair", "Rosalind Ekwueme"),
        ]),
        ("h1", "1. Reason for conference"),
        ("p", "On 24/02/2025 Jade and Connor took Nova, then 5 weeks old, to the emergency department at "
              "Marchholt Royal Infirmary because her left leg was swollen and she screamed when her nappy "
              "was changed. An X-ray showed a fracture of her left femur. A skeletal survey on 25/02/2025 "
              "found two healing fractures of her right ribs, thought to be between two and four weeks old. "
              "Neither parent has given an account that explains the injuries."),
        ("h1", "2. Chronology"),
        ("table", {
            "header": ["Date", "Event", "Source"],
            "widths": [2.6, 11.4, 3.0],
            "rows": [
                ["2019–2024", "Jade in the care of Marchholt Borough Council from 14 to 18, in two foster "
                              "placements, then supported by the leaving care service.", "CSC record"],
                ["06/2024", "Jade books for maternity care at 14 weeks; Connor attends the booking.",
                 "Midwifery"],
                ["21/01/2025", "Nova born at 39 weeks, 3.2kg. Home on day 2.", "Midwifery"],
                ["30/01/2025", "HV new birth visit. Flat warm and clean; Nova feeding well. Connor said he "
                               "\"sometimes has a smoke\" in the evening.", "Health visiting"],
                ["07/02/2025", "GP: Nova seen for a cold. No bruising noted.", "GP record"],
                ["12/02/2025", "Jade rings the HV: Nova \"crying all the time\". HV advice given by phone.",
                 "Health visiting"],
                ["24/02/2025", "Nova brought to the emergency department at 11pm with a swollen left thigh. "
                               "Femur fracture found. Admitted to Magpie Ward.", "Hospital"],
                ["25/02/2025", "Skeletal survey: two healing right rib fractures. Strategy discussion; section "
                               "47 enquiry and police investigation agreed. Parents' contact to be supervised "
                               "by nursing staff.", "CSC / police"],
                ["26/02/2025", "SW Dana Holt visits Nova on the ward and meets Jade and Connor.", "CSC record"],
                ["27/02/2025", "Parents interviewed by police (voluntary interview); both deny harming Nova.",
                 "Police"],
                ["28/02/2025", "Jade and Connor sign section 20 agreement. Nova becomes looked after.",
                 "CSC record"],
                ["03/03/2025", "SW visits Nova on the ward; Nova asleep after a feed, nurses report good "
                               "weight gain.", "CSC record"],
                ["04/03/2025", "Nova medically fit for discharge. No foster placement yet available.",
                 "Hospital"],
                ["05/03/2025", "Placement search widened to independent fostering agencies.", "CSC record"],
                ["06/03/2025", "SW visits Nova on the ward with the family finding worker.", "CSC record"],
                ["07/03/2025", "Legal gateway meeting: legal planning meeting booked for 21/03/2025.",
                 "CSC record"],
            ],
        }),
        ("h1", "3. Medical findings"),
        ("p", "Dr Sanjay Mehra, consultant paediatrician, reports that the femur fracture is a spiral fracture "
              "that needs a twisting force, and that a non-mobile baby cannot cause it herself. The rib "
              "fractures are older and are typical of squeezing. Bone health bloods so far are normal. A "
              "repeat skeletal survey is due two weeks after the first to look for injuries that did not show "
              "on 25/02/2025. His opinion is that the injuries are non-accidental unless another explanation "
              "is found."),
        ("h1", "4. What Jade and Connor say"),
        ("p", "Jade says Nova's leg may have been hurt when it got caught in the bars of the cot on the evening "
              "of 24/02/2025, while she was in the bath and Connor was with Nova. Connor says he did not see "
              "it happen and found Nova crying. Neither has an explanation for the rib fractures. Both say "
              "they love Nova, want her home and will do whatever is asked of them."),
        ("h1", "5. Background"),
        ("p", "Jade came into care at 14 after neglect at home. She has no history of mental health "
              "difficulties and finished a level 2 childcare course at college in 2023. She has a personal "
              "adviser from the leaving care service. She and Connor have been together for two years."),
        ("p", "Connor told the SW he uses cocaine \"at weekends, with mates\" and smokes cannabis most evenings "
              "to help him sleep. He works on a building site. He has a police caution for a fight in 2021 "
              "and no other convictions."),
        ("h1", "6. Nova's days on the ward"),
        ("p", "Nova cannot tell us how she feels, so this is what the nurses and the SW have seen. She is "
              "feeding well, takes 120 ml every three hours and has put on 400g since she came in. Her leg is "
              "in a splint and she cries when she is moved, but she settles when she is held close and rocked. "
              "She watches faces and has started to smile at the nurses. Between her parents' visits she is "
              "held and fed by the nurses, who say she is \"a content baby who wants a lot of cuddles\"."),
        ("h1", "7. Analysis"),
        ("p", "Nova has had two serious injuries at different times before she was six weeks old, and her "
              "parents have not explained them. She is not yet placed with a family and is spending her "
              "early weeks on a busy ward. Her parents have kept to the supervised contact on the ward and "
              "have been warm with her. Connor's drug use and Jade's own history of neglect and care mean "
              "both need help in their own right, but the first question is who hurt Nova."),
        ("h1", "8. What needs to happen for Nova"),
        ("bullets", [
            "Nova is kept safe from any further injury and is cared for by an adult who can meet her needs.",
            "Nova leaves hospital to a family, and not from the ward to an unknown placement at short notice.",
            "Nova keeps a close bond with her parents through safe, supervised time together.",
            "Jade and Connor give a full and honest account of how Nova was injured.",
        ]),
        ("h1", "9. Child protection plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "Evidence"],
            "widths": [1.0, 6.0, 3.4, 3.0, 3.6],
            "rows": [
                ["1", "Liaise with Magpie Ward about Nova's discharge and find a foster placement for her",
                 "SW Dana Holt", "By 21/03/2025",
                 "Placement confirmed in writing and a discharge date agreed with the ward"],
                ["2", "Arrange supervised contact for Jade and Connor with Nova on the ward",
                 "Sister Claire Ibbotson, Magpie Ward", "TBC",
                 "Contact written up in the nursing notes, including how Nova responds"],
                ["3", "Repeat skeletal survey and bone health bloods, with a written opinion on when the "
                      "injuries happened",
                 "Dr Sanjay Mehra, consultant paediatrician", "By 14/03/2025",
                 "Report sent to the SW and the police"],
                ["4", "Complete the criminal investigation into Nova's injuries, including a second interview "
                      "with each parent",
                 "DC Laura Finch, Marchholt Police Child Abuse Investigation Team", "By 31/03/2025",
                 "Outcome shared in writing with the SW"],
                ["5", "Assessment and key work with Connor about his cocaine and cannabis use",
                 "Sam Idris, keyworker, Marchholt Recovery Hub", "Weekly from 17/03/2025", ""],
                ["6", "Support Jade with her own needs as a care leaver, including money and housing",
                 "Tina Gould, personal adviser, Marchholt Leaving Care Service", "Fortnightly",
                 "Jade's engagement with her personal adviser"],
                ["7", "Viability assessment of Nova's great-aunt, Pam Kershaw, as a possible carer for her",
                 "", "By 28/03/2025",
                 "Viability report to the legal planning meeting"],
                ["8", "Parenting assessment of Jade and Connor, separately and together",
                 "SW Dana Holt", "Start by 24/03/2025; report by 16/05/2025",
                 "Report shared with the parents and the core group"],
                ["9", "Hair strand tests for drugs and alcohol for both parents (three months' history)",
                 "SW Dana Holt", "Samples taken by 21/03/2025",
                 "Results shared with the core group and the legal planning meeting"],
            ],
        }),
        ("h1", "10. Contingency plan"),
        ("p", "If Jade or Connor try to take Nova off the ward, or withdraw their section 20 agreement, ward "
              "staff will call the police and the SW (or the emergency duty team) at once, and the SW will get "
              "legal advice the same day about an emergency protection order. If contact on the ward is not "
              "safe, for example if either parent is under the influence, the nurse in charge will end it and "
              "contact will stop until the SW has reviewed the arrangements with the parents."),
        ("h1", "11. Core group and review"),
        ("p", "Core group every 4 weeks, first meeting Monday 24/03/2025, 2pm, Marchholt Civic Centre. Review "
              "child protection conference: date to be confirmed by the conference service."),
        ("h1", "Appendix: Professionals involved"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 6.0, 6.5],
            "rows": [
                ["Dana Holt", "Social worker", "Marchholt Children's Services"],
                ["Rosalind Ekwueme", "Conference chair", "Marchholt Safeguarding Unit"],
                ["Sister Claire Ibbotson", "Ward sister", "Magpie Ward, Marchholt Royal Infirmary"],
                ["Dr Sanjay Mehra", "Consultant paediatrician", "Marchholt Royal Infirmary"],
                ["DC Laura Finch", "Investigating officer", "Marchholt Police Child Abuse Investigation Team"],
                ["Sam Idris", "Keyworker", "Marchholt Recovery Hub"],
                ["Tina Gould", "Personal adviser", "Marchholt Leaving Care Service"],
                ["Mel Forde", "Health visitor", "Marchholt 0-19 Service"],
            ],
        }),
    ],
    "findings": [
        F("L001"),
        F("T002", "Arrange supervised contact for Jade and Connor with Nova"),
        F("M001", "Assessment and key work with Connor about his cocaine"),
        F("M002", "Support Jade with her own needs as a care leaver"),
        F("W001", "Viability assessment of Nova's great-aunt, Pam Kershaw"),
        F("F002", "Jade and Connor give a full and honest account of how Nova was injured."),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Long conference minutes (attendance, genogram, chronology quoting the
#    old child in need plan, agency reports, views, analysis) with a short
#    bullet plan near the end (md, faulty)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b67_mossgrave_icpc_minutes_long_bullet_plan_harrow.md",
    "split": "tune",
    "actions": 8,
    "template": "icpc-minutes-md-attendance-genogram-chronology-agency-reports-views-analysis-outcomes-then-eight-bullet-plan-appendix-agencies",
    "description": (
        "Long initial conference minutes for an 8-year-old and a 3-year-old (father's alcohol dependency, "
        "mother's anxiety, debts and rent arrears). Attendance, a genogram in words, a dated chronology "
        "quoting the 2023 child in need plan ('Gary to engage with alcohol services - ongoing', 'all "
        "professionals to monitor'), agency reports with their own commitments, work already done, "
        "parents' and children's views, analysis and outcomes come before an eight-bullet plan; an agency "
        "list follows. Five of the eight bullets are about the parents' own drinking, health, debts and "
        "housing with no link to the children (F001). Also: the school 'will keep an eye on' Tyler with no "
        "time (T001, M002), money advice 'when she can' (T002), a passive referral (W001), an outcome "
        "about the parents' debts (F002), and a contingency with no legal step (R002). The alcohol "
        "service and the GP own actions, so no F004."
    ),
    "text": """\
# Initial Child Protection Conference – Minutes and Plan

**Mossgrave District Council · Children's Services · Conference and Review Service**

| | |
|---|---|
| Children | Tyler Harrow (8), Year 3, Mossgrave Primary School; Summer Harrow (3), Millpond Nursery |
| Parents | Gary Harrow (41) and Stacey Harrow (37), 19 Morrant Street, Mossgrave |
| Conference | Monday 3 March 2025, 10am, Mossgrave Civic Centre, Room 4 |
| Category | Neglect |
| Social worker | Nadia Brooks, Mossgrave Assessment Team |
| Chair | Ian Ferreira |
| Minutes | Paula Gent, business support |

## 1. Attendance

Gary Harrow; Stacey Harrow; Nadia Brooks (SW); Mrs Joanne Pell (DSL, Mossgrave Primary);
Kim Asante (manager, Millpond Nursery); Ros Lyle (health visitor); Priya Lal (keyworker,
Mossgrave Alcohol Service); PC Dan Shields (Mossgrave Police). Apologies: Dr Helen Marr (GP),
report received.

## 2. Family (genogram in words)

- Gary Harrow (41) and Stacey Harrow (37) have been married for eleven years. Gary works
  on and off as a delivery driver; Stacey works part time at a supermarket.
- Tyler (8) and Summer (3) are their children and live with them.
- Stacey's sister, Michelle Doyle (33), lives in Mossgrave with her two children and sees
  the family most weekends.
- Gary's mother, Irene Harrow (68), lives in Mellinghurst and has poor health; Gary's father
  died in 2019, which Gary says is when his drinking "took off".

## 3. Chronology

- **2016** – Tyler born. No concerns.
- **March 2023** – Police called to a verbal argument; Gary drunk. Referral to children's
  services.
- **May 2023** – Child in need plan agreed. Actions included "Gary to engage with alcohol
  services – ongoing" and "All professionals to monitor Tyler's presentation". Its only aim
  was written as "Gary will reduce his drinking".
- **November 2023** – Child in need plan closed: Gary said he had stopped drinking and had
  been to two sessions at the alcohol service.
- **October 2024** – Gary loses his job after failing a breath test at work.
- **12 December 2024** – Tyler tells his teacher "Dad was sick in the bath and I had to get
  Summer's tea".
- **7 February 2025** – Stacey at work; Gary found asleep and smelling of alcohol at 4pm
  by Michelle, with Summer alone in the front room and the back door open. Michelle called
  the police.
- **10 February 2025** – Strategy discussion; section 47 enquiry agreed.
- **20 February 2025** – Eviction warning letter from Mossgrave Homes (rent arrears of
  £1,840).

## 4. Reports to conference

**Social care (Nadia Brooks).** The section 47 enquiry found that Gary drinks most days
and is often drunk when he is the only adult at home with the children after school, while
Stacey works until 8pm. The children's basic care is otherwise good. Since the strategy
discussion the SW has already referred Tyler to Mossgrave Young Carers (accepted on 27
February) and arranged free school meals.

**School (Mrs Pell).** Tyler's attendance is 89%. He is often hungry in the mornings and
has told staff he is "tired from looking after Summer". The school will carry on giving
him breakfast club every day.

**Nursery (Kim Asante).** Summer is collected late about once a week, and twice by Gary
when staff thought he had been drinking. Her speech is behind: about 30 words.

**Health visiting (Ros Lyle).** Summer missed her 2-year review. The HV said she would
offer another as and when Stacey is ready.

**Alcohol service (Priya Lal).** Gary self-referred on 14 February and has had one
appointment. He reports drinking eight to ten cans a day.

**GP (Dr Marr, written report).** Stacey has been prescribed propranolol for anxiety in
the past and has asked for help with her sleep. Gary's last blood tests, in 2023, showed
raised liver enzymes.

**Police (PC Shields).** Two call-outs in three years; no arrests.

## 5. Parents' views

Gary said he knows he has a problem and that "the kids shouldn't see me like that". He
wants to stop drinking but says the debts and the eviction letter are "doing his head in".
Stacey said she cannot give up work because of the rent, and she is "worn out".

## 6. What Tyler and Summer say

Tyler (seen alone at school, 24 February): "When Dad's been drinking he falls asleep and I
make Summer's tea, toast or cereal. I don't like it when he's sick." He said his best thing
is football with his dad "when Dad's not tired". He scored home 5 out of 10.

Summer was seen at home and at nursery. She is chatty with her mum and followed Tyler
everywhere on the home visit. At nursery she is quiet at home time and asks staff "is
Mummy coming?".

## 7. Analysis and decision

Conference agreed that Tyler and Summer are likely to suffer significant harm through
neglect when Gary is drunk and in sole charge of them, and that they will be subject to a
child protection plan under the category of neglect.

## 8. Outcomes

- Tyler and Summer are looked after every evening by an adult who is sober.
- Tyler gets to school on time with breakfast and does not have to make Summer's tea.
- Summer's speech is checked and she gets help to catch up.
- Gary and Stacey are on top of their debts and their tenancy is secure.

## 9. The plan

- Mossgrave Alcohol Service (keyworker Priya Lal) will complete a full assessment of Gary's drinking by 21 March 2025 and send the SW a written summary.
- Gary will have a liver function blood test at Mossgrave Surgery by 28 March 2025 and give the SW a copy of the result.
- Dr Helen Marr, GP, will see Stacey about her anxiety and sleep by 14 March 2025 and write to the SW with the treatment agreed.
- Stacey will go to the Mossgrave Money Advice drop-in about the household debts when she can, and bring the SW the repayment plan.
- Gary and Stacey will go to the housing options appointment at Mossgrave Civic Centre on 25 March 2025 about the rent arrears; the housing officer will confirm the outcome to the SW in writing.
- Nadia Brooks (SW) will visit every two weeks, see Tyler and Summer on their own and record what Tyler says in his own words.
- Mossgrave Primary will keep an eye on Tyler's mood and how often he arrives hungry.
- A referral will be made to speech and language therapy for Summer by 31 March 2025, with the acceptance letter kept on file.

## 10. Contingency

If Gary has been drinking while he is looking after Tyler or Summer (Stacey, school or
nursery smell alcohol on him, or Tyler tells us), Stacey will ask him to leave the house
that evening and the SW (or the emergency duty team) will hold a strategy discussion the
same day. If Gary will not leave, Stacey will ring the police.

## 11. Core group and review

Core group every 4 weeks, 3.15pm at Mossgrave Primary School: 17 March, 14 April and
12 May 2025. Review child protection conference: Tuesday 3 June 2025, 10am, Mossgrave
Civic Centre.

## Appendix: agencies

| Agency | Contact |
|---|---|
| Mossgrave Children's Services | Nadia Brooks, SW, 01632 961 200 |
| Mossgrave Alcohol Service | Priya Lal, keyworker, 01632 961 310 |
| Mossgrave Surgery | Dr Helen Marr, GP, 01632 961 455 |
| Mossgrave Primary School | Mrs Joanne Pell, DSL, 01632 961 580 |
| Millpond Nursery | Kim Asante, manager, 01632 961 672 |
""",
    "findings": [
        F("F001"),
        F("T002", "go to the Mossgrave Money Advice drop-in about the household debts"),
        F("T001", "Mossgrave Primary will keep an eye on Tyler's mood"),
        F("M002", "Mossgrave Primary will keep an eye on Tyler's mood"),
        F("W001", "A referral will be made to speech and language therapy"),
        F("F002", "Gary and Stacey are on top of their debts and their tenancy is secure."),
        F("R002"),
    ],
})
