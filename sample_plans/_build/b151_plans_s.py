"""Batch 151, module s: seven fictional plans (tuning material), places beginning with "s".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans whose measures of progress and timing sit somewhere other than a
column of the action table. An initial conference plan for a baby whose
outcomes each carry their own "We will know this is working when" checks and
a score, with What / Who / When tables under them (docx); a review plan in
three parts, actions and leads in Part A, a timeline keyed by reference in
Part B and "What the review conference will look at" keyed by reference in
Part C (PDF); a core group plan for a 15-year-old at risk of criminal
exploitation whose stage headings carry the time and whose bullets carry
their own measure (md); an initial conference plan with a separate "Evidence
we will look for" table keyed by reference (docx); a landscape core group
plan for a disabled boy and his sister with tick boxes for frequency and
status and the measure written into each action (PDF); a review plan with
scaled SMART outcomes and small What / Who / When tables under each (md); and
a pre-birth core group plan whose actions sit under phase headings with a
"Measuring success" paragraph keyed by action number (txt).

Three plans are exemplary: the Saltmarden outcome-checks plan (docx), the
Stennerfield three-part review plan (pdf) and the Sorrelby staged plan for a
teenager (md). Four carry a realistic mix of faults among mostly good rows:
the Skelderwick evidence-table plan (docx; a row the evidence table leaves
out, "engagement" as the evidence, a CPN who only supports, "Ongoing", a core
group owner, no review conference date), the Swanbury tick-box plan (pdf; no
box ticked, "as and when she can", "keep an eye on", a passive row with no
owner, a father's alcohol row with no measure, no adult service owning an
action, no legal planning), the Stowhaven scaled-outcome plan (md; an
outcome about the mother only whose vague check is the only measure of the
action under it, "Ongoing", a "Family" owner, an "Also agreed" bullet with no
time or measure, no fallback if the family's help fails) and the Scarrowby
pre-birth plan (txt; a CPN who only supports, measured by a feeling, "All
professionals", an action the measuring-success paragraph leaves out, an
"Other things agreed" heading with no time, a vague contingency, no legal
planning).

Counting convention used for "actions" (README convention 1): every live row
of an action table and every bullet or numbered item of an action section
counts, wherever its time or measure is written; outcome checks, timelines,
evidence tables, "what the review will look at" lists, contingencies and
meeting dates are not actions. The one-off young carer's assessment ticked
"[X] Complete" in the Swanbury plan is work already done and is not counted.
"""
from build_batch5 import F

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, baby of 4 months, mother's postnatal
#    depression, father's cannabis and cocaine use, grandmother helping.
#    Each outcome has its own checks and a score; small What / Who / When
#    tables sit under each outcome. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_saltmarden_icpc_outcome_checks_who_when_tables_pelham.docx",
    "doc_title": "Child Protection Plan - Ivy Pelham",
    "split": "tune",
    "actions": 12,
    "template": "icpc-baby-word-plan-details-list-why-a-plan-going-well-ivys-day-then-three-outcome-headings-each-with-we-will-know-this-is-working-when-bullets-and-a-score-then-a-no-what-who-when-table-under-each-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 4-month-old whose weight has fallen, whose mother "
        "has postnatal depression and whose father uses cannabis every evening and cocaine at "
        "weekends; her grandmother helps with feeds. Each of three outcomes has its own 'We will "
        "know this is working when' checks and a score now and by the review; the tables under "
        "each outcome give only what, who and when. The perinatal psychiatrist and the drug and "
        "alcohol service both report on capacity to change, the GP owns actions, the grandmother's "
        "help has a fallback, legal planning follows named triggers, core group and review dates "
        "are set, and Ivy's day is recorded as professionals have seen it."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Saltmarden Borough Council | Children's Services | Harbourside Safeguarding Team"),
        ("kv", [
            ("Child", "Ivy Pelham, born 09/09/2025 (4 months)"),
            ("Address", "Flat 3, 18 Wharf Street, Saltmarden SM3 2QA"),
            ("Mother", "Chloe Pelham (24)"),
            ("Father", "Ryan Doyle (27), lives with Chloe and Ivy"),
            ("Maternal grandmother", "Lorraine Pelham, 11 Gull Road, Saltmarden (ten minutes by car)"),
            ("Category", "Neglect"),
            ("Initial conference", "14/01/2026, chaired by Margaret Quill (IRO)"),
            ("Social worker", "Naomi Fairweather (team manager: Adrian Sykes)"),
        ]),
        ("h1", "Why Ivy needs a child protection plan"),
        ("p", "At her 12-week check Ivy had dropped from the 50th centile to below the 9th. When the health "
              "visitor called at 11am on 08/12/2025, Chloe was in bed, Ryan was asleep on the sofa and the flat "
              "smelled strongly of cannabis. Ivy was in a soaked nappy with sore nappy rash, and the only "
              "bottles in the kitchen had not been washed. On 19/12/2025 Chloe told her GP that she has felt "
              "low since Ivy was born and has sometimes thought she would be better off not here; she was "
              "diagnosed with postnatal depression and started sertraline. Ryan says he smokes cannabis every "
              "evening to help him sleep and has used cocaine at weekends since the autumn."),
        ("h1", "What is going well"),
        ("bullets", [
            "Lorraine sees Ivy most days, and Ivy is always clean and well fed when she has been with her.",
            "Chloe and Ryan both came to the conference, accepted the worries and said they want help.",
            "Chloe has kept every GP appointment since December and is taking her sertraline.",
        ]),
        ("h1", "Ivy's day – what we have seen"),
        ("p", "Ivy cannot tell us about her life, so this is what the professionals who know her have seen. At "
              "the home visits on 08/12/2025 and 06/01/2026 she lay quietly in her bouncer for long stretches and "
              "stopped crying quickly when nobody came; the health visitor worries that she has learnt that "
              "crying does not bring an adult. Her skin was red and sore under her nappy. At Lorraine's house on "
              "10/01/2026 she took a 6oz bottle hungrily, smiled and babbled when Lorraine talked to her, and "
              "fell asleep on her back in the travel cot within a few minutes."),
        ("h1", "Outcomes for Ivy, and how we will know"),
        ("p", "Each outcome has its own checks. The table under an outcome says who does what and when; the "
              "checks above it are how the core group will know that those actions are working. Scores run "
              "from 0 (Ivy is not safe) to 10 (Ivy is safe enough for the plan to end) and are agreed at each "
              "core group by the health visitor and the social worker with Chloe and Ryan."),
        ("h2", "Outcome 1: Ivy is fed every three to four hours, day and night, and is back on the 25th "
               "centile by the review conference"),
        ("boldp", "We will know this is working when:"),
        ("bullets", [
            "Ivy's weight, taken at clinic every week and plotted in her red book, goes up each week and is on "
            "the 25th centile by 14/04/2026.",
            "The feed chart shows a feed every three to four hours, with the amount taken and the name of the "
            "adult who gave it, including Lorraine's afternoon and Saturday night feeds.",
            "The GP's letter on Ivy's weight and reflux check is on the file by 04/02/2026.",
        ]),
        ("p", "Score now: 3. Score we want by the review conference: 7."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 7.9, 4.2, 3.8],
            "rows": [
                ["1.1",
                 "Weigh Ivy at the Harbour Street baby clinic and go through her feed chart with Chloe",
                 "Bethan Crowe, health visitor",
                 "Every Tuesday from 20/01/2026 until the review conference"],
                ["1.2",
                 "Write down every feed on Ivy's chart (time, amount and who fed her) and bring the chart to "
                 "clinic",
                 "Chloe Pelham and Ryan Doyle",
                 "Every feed, from 15/01/2026"],
                ["1.3",
                 "See Ivy for a check of her weight loss and possible reflux, and write to the health visitor "
                 "and the SW with the outcome",
                 "Dr Helen Marsh, GP, Quayside Surgery",
                 "Appointment by 28/01/2026; letter by 04/02/2026"],
                ["1.4",
                 "Have Ivy at her house on Wednesday and Friday afternoons and give her feeds",
                 "Lorraine Pelham (maternal grandmother)",
                 "Every Wednesday and Friday, 12 noon to 5pm"],
                ["1.5",
                 "Stay overnight at the flat on Saturdays and do Ivy's night feeds so that Chloe and Ryan "
                 "can sleep",
                 "Lorraine Pelham (maternal grandmother)",
                 "Every Saturday night from 17/01/2026"],
            ],
        }),
        ("h2", "Outcome 2: Ivy is always cared for by an adult who is sober, awake and well enough to notice "
               "and meet her needs"),
        ("boldp", "We will know this is working when:"),
        ("bullets", [
            "Ryan's urine screens, sent by the drug and alcohol service to the SW every fortnight, are negative "
            "for cocaine every time and show his cannabis level falling, with none at all by 31/03/2026.",
            "No home visit, planned or unannounced, finds Chloe or Ryan under the influence, or asleep while "
            "they are alone with Ivy.",
            "Written reports from the perinatal mental health service and the drug and alcohol service are on "
            "the file two working days before every core group, each giving a view on whether the parent can "
            "make the changes Ivy needs and how long that is likely to take.",
            "The GP's monthly e-mail to the SW shows Chloe's prescriptions collected on time and no missed "
            "appointments.",
        ]),
        ("p", "Score now: 2. Score we want by the review conference: 7."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 7.9, 4.2, 3.8],
            "rows": [
                ["2.1",
                 "Assess Chloe's postnatal depression, offer her treatment, and report to each core group on "
                 "whether she is making the changes Ivy needs and how long they are likely to take",
                 "Dr Amara Osei, consultant perinatal psychiatrist, Saltmarden Perinatal Mental Health Service",
                 "First assessment by 28/01/2026; report two working days before each core group"],
                ["2.2",
                 "Key-work sessions with Ryan on his cannabis and cocaine use, with urine screens, and a "
                 "report on whether he can stop in the time Ivy needs",
                 "Kyle Moreton, recovery worker, Saltmarden Drug and Alcohol Service",
                 "Weekly sessions from 22/01/2026; screens every fortnight"],
                ["2.3",
                 "Go to every key-work session and screen, and never smoke cannabis in the flat or while Ivy "
                 "is in his care",
                 "Ryan Doyle (father)",
                 "Every session from 22/01/2026"],
                ["2.4",
                 "Review Chloe's sertraline, and tell the SW each month whether her prescriptions have been "
                 "collected and about any missed appointment",
                 "Dr Helen Marsh, GP, Quayside Surgery",
                 "Medication review by 04/02/2026, then monthly"],
                ["2.5",
                 "Take her sertraline every day and keep every perinatal appointment, so that she is well "
                 "enough to get up to Ivy in the night",
                 "Chloe Pelham (mother)",
                 "Daily, and at every appointment as booked"],
            ],
        }),
        ("h2", "Outcome 3: Ivy lives in a clean, warm home where her bottles are sterilised, her nappy is "
               "changed at every feed and she sleeps safely on her back in her own cot"),
        ("boldp", "We will know this is working when:"),
        ("bullets", [
            "The SW's home conditions checklist, filled in at every visit, scores 8 out of 10 or more at each "
            "visit from the first core group.",
            "Ivy is seen in her cot on her back at every unannounced visit, and the health visitor finds no "
            "nappy rash at clinic from 17/02/2026.",
            "The family support worker's session record shows Chloe and Ryan sterilising bottles and changing "
            "Ivy without prompting by the end of the eight weeks.",
        ]),
        ("p", "Score now: 4. Score we want by the review conference: 8."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When"],
            "widths": [1.1, 7.9, 4.2, 3.8],
            "rows": [
                ["3.1",
                 "Visit Ivy at home, one visit in three unannounced, see her awake and where she sleeps, and "
                 "complete the home conditions checklist",
                 "Naomi Fairweather, social worker",
                 "Weekly until the review conference"],
                ["3.2",
                 "Sessions at home with Chloe and Ryan on Ivy's daily routine: sterilising bottles, changing "
                 "her nappy at every feed, bath time and safe sleep",
                 "Tomasz Nowak, family support worker, Saltmarden Family Hub",
                 "Twice a week for eight weeks from 19/01/2026"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Ivy loses weight at two weighs in a row, or misses two weekly weighs, Bethan will tell Naomi "
            "the same day. Naomi will see Ivy that day, and Ivy will stay with Lorraine at 11 Gull Road until "
            "a strategy discussion, held within one working day, has agreed what happens next.",
            "If Chloe or Ryan is found under the influence of drugs, or asleep, while alone with Ivy, or Chloe "
            "says she has thoughts of harming herself or Ivy, Naomi (or the Emergency Duty Team out of hours) "
            "will take Ivy to Lorraine's the same day and hold a strategy discussion that day; the perinatal "
            "crisis team will be asked to see Chloe the same day.",
            "If Lorraine cannot do her afternoons or Saturday nights, or cannot have Ivy to stay because she "
            "is ill, away or finds it too much, she will tell Naomi the same day. Tomasz will make an extra "
            "visit to cover the feeds that day, and if Ivy needs somewhere safe to stay Naomi will place her "
            "with Saltmarden foster carers that day.",
            "If Ivy is not on the 25th centile by the review conference, or either parent is found under the "
            "influence twice, Naomi will ask Adrian Sykes for a legal planning meeting within five working "
            "days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group: every four weeks on Wednesdays at 10am, Saltmarden Family Hub – 28/01/2026, "
            "25/02/2026 and 25/03/2026.",
            "Review child protection conference: Tuesday 14/04/2026, 1.30pm, Saltmarden Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, domestic abuse by a father who has left,
#    mother's panic attacks, two children of 11 and 7, aunt helping. Part A
#    gives actions and leads; Part B a timeline by reference; Part C what
#    the review will look at, by reference. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_stennerfield_rcpc_three_parts_timeline_review_looks_at_okafor.pdf",
    "doc_title": "Review Child Protection Plan - Precious and Daniel Okafor",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-plan-paged-header-footer-details-list-since-icpc-childrens-words-numbered-outcomes-then-part-a-ref-what-lead-table-part-b-timeline-ref-starts-how-often-finishes-table-part-c-what-the-review-will-look-at-bullets-by-ref-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for an 11-year-old and a 7-year-old whose father "
        "was violent to their mother and has left under a non-molestation order; their mother has "
        "panic attacks and is having CBT, and their aunt collects them from school. Part A gives "
        "each action and its lead only; Part B is a timeline table by reference (start, how often, "
        "finish); Part C says, by reference, what the review conference will look at. Talking "
        "Therapies reports on change and its timescale, the aunt's part has a fallback, legal "
        "planning follows named triggers, core group and second review dates are set, and both "
        "children's words are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Stennerfield City Council – Children and Young People's Services",
    "footer": "Okafor – Review child protection plan (27/01/2026) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("kv", [
            ("Children", "Precious Okafor (11), DOB 02/06/2014, Year 6; Daniel Okafor (7), DOB 19/03/2018, "
                         "Year 2; both at Brookfield Primary School"),
            ("Address", "40 Marl Pit Lane, Stennerfield ST6 1RW"),
            ("Mother", "Adaeze Okafor (36)"),
            ("Father", "Emeka Okafor (39), living with his brother at 12 Dene Walk, Stennerfield, since "
                       "02/10/2025; non-molestation order in force until 30/04/2026"),
            ("Maternal aunt", "Ngozi Eze, 7 Alder Road, Stennerfield (two streets away)"),
            ("Category", "Emotional abuse (both children)"),
            ("Conferences", "Initial 28/10/2025; first review 27/01/2026 (this plan). Chair: Colin Ashworth, IRO"),
            ("Social worker", "Ruth Castellan (team manager: Imran Baig)"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Emeka moved out after the police were called on 01/10/2025, when he pushed Adaeze against the "
              "kitchen door in front of both children. Since then he has broken the order twice: he waited at "
              "the school gate on 14/11/2025, and he sent Adaeze forty messages on 24/12/2025. Adaeze reported "
              "both to the police straight away and Emeka was cautioned. Supervised contact started on "
              "06/12/2025 and all seven sessions have gone well. Emeka has been assessed as suitable for the "
              "Safer Choices programme. Adaeze has panic attacks, which have been worse since the separation; "
              "her GP referred her to Stennerfield Talking Therapies and she started CBT on 08/01/2026."),
        ("h1", "What Precious and Daniel have told us"),
        ("p", "Precious (seen on her own at school, 19/01/2026): \"It's quieter now. I don't have to listen at "
              "the door any more. I want to see Dad but only at the centre, not at home. I still get scared "
              "when Mum has her breathing attacks.\" She put how safe she feels at home at 7 out of 10; in "
              "October it was 4."),
        ("p", "Daniel (seen on his own at home, 21/01/2026) drew his house with \"Mum, me, Precious and Auntie "
              "Ngozi\" inside and his dad \"at his own house\". He said: \"I like contact because Dad brings "
              "Lego. I don't like shouting.\" Adaeze says he now wets the bed about twice a week; in October it "
              "was most nights."),
        ("h1", "What we want for Precious and Daniel"),
        ("numbers", [
            "Precious and Daniel live at home without violence, threats or shouting, and see their dad only at "
            "supervised contact until it is judged safe to change that.",
            "Precious and Daniel go to school every day, and each has a trusted adult at school and someone at "
            "home to talk to about what happened.",
            "Precious no longer has to look after her mum during a panic attack, and Daniel is dry on most "
            "nights.",
        ]),
        ("h1", "Part A – What will happen and who leads"),
        ("p", "When each action starts and finishes is in Part B. What the review conference will look at for "
              "each action is in Part C. All three parts use the same A-numbers."),
        ("table", {
            "header": ["Ref", "What will happen", "Lead"],
            "widths": [1.3, 10.2, 5.5],
            "rows": [
                ["A1",
                 "Visit Precious and Daniel at home, see each child on their own, and do direct work with them "
                 "using the three houses and a safety plan each child keeps in their bedroom",
                 "Ruth Castellan, social worker"],
                ["A2",
                 "Keep the children away from Emeka except at supervised contact, and call 999 if he comes to "
                 "the house or the school",
                 "Adaeze Okafor (mother)"],
                ["A3",
                 "Safety planning with Adaeze, and help with her application to extend the non-molestation "
                 "order beyond 30/04/2026",
                 "Leona Pike, IDVA, Stennerfield Domestic Abuse Service"],
                ["A4",
                 "Keep the warning marker on 40 Marl Pit Lane, attend any call there as an emergency, and tell "
                 "the SW of every call-out or breach",
                 "DS Mark Hollins, Domestic Abuse Safeguarding Unit, Stennerfield Police"],
                ["A5",
                 "Attend the Safer Choices domestic abuse perpetrator programme and each of its progress reviews",
                 "Emeka Okafor (father); reports from Nisha Rao, programme facilitator"],
                ["A6",
                 "Supervise contact between Emeka and the children at the Stennerfield Family Contact Centre "
                 "and write a record of each session",
                 "Janet Blythe, contact supervisor, Stennerfield Family Contact Service"],
                ["A7",
                 "CBT for Adaeze's panic attacks, with a written report on whether she is making the changes "
                 "the children need and how long further change is likely to take",
                 "Dr Priya Nair, high-intensity therapist, Stennerfield Talking Therapies (NHS adult mental "
                 "health)"],
                ["A8",
                 "Check both children's attendance, give each a weekly check-in with a named adult, and call "
                 "the SW the same day with any worry",
                 "Mrs Lorna Hale, DSL, Brookfield Primary School"],
                ["A9",
                 "Give Precious a place in the Stepping Stones group for children who have lived with domestic "
                 "abuse",
                 "Carys Mellor, children's worker, Stennerfield Domestic Abuse Service"],
                ["A10",
                 "See Daniel at the enuresis clinic about his bedwetting and give Adaeze a plan and a wet-night "
                 "chart",
                 "Sadia Hussain, school nurse, Stennerfield Community Health"],
                ["A11",
                 "Collect the children from school on Tuesdays and Thursdays while Adaeze is at CBT, and be the "
                 "adult they ring if they are worried",
                 "Ngozi Eze (maternal aunt)"],
            ],
        }),
        ("h1", "Part B – Timeline"),
        ("table", {
            "header": ["Ref", "Starts", "How often", "Finishes"],
            "widths": [1.3, 3.6, 6.6, 5.5],
            "rows": [
                ["A1", "27/01/2026", "Weekly; one visit in four unannounced", "Second review conference, 21/07/2026"],
                ["A2", "27/01/2026", "Every day", "When the plan ends"],
                ["A3", "29/01/2026", "Every two weeks", "Application lodged by 27/03/2026"],
                ["A4", "27/01/2026", "Every call; SW told within one working day", "Second review conference, "
                                                                                     "21/07/2026"],
                ["A5", "09/02/2026", "Weekly group, 26 sessions", "03/08/2026"],
                ["A6", "31/01/2026", "Every Saturday, 10am to 12 noon", "Second review conference, 21/07/2026"],
                ["A7", "08/01/2026", "Weekly, 12 sessions", "Report by 24/03/2026"],
                ["A8", "27/01/2026", "Weekly check-in; attendance every Friday", "End of the summer term, "
                                                                                  "22/07/2026"],
                ["A9", "23/02/2026", "Weekly, 10 sessions", "27/04/2026"],
                ["A10", "Appointment by 27/02/2026", "Monthly clinic", "30/06/2026"],
                ["A11", "27/01/2026", "Every Tuesday and Thursday, 3.15pm", "End of CBT, about 26/03/2026"],
            ],
        }),
        ("h1", "Part C – What the review conference will look at"),
        ("bullets", [
            "A1 – Ruth's visit records: both children seen every week and each seen alone, with their words and "
            "their safety scores written down; the three houses and both safety plans kept on file, and each "
            "child able to tell the IRO who they would ring.",
            "A2 – The police log shows that any approach by Emeka was reported by Adaeze at once, and no visit "
            "finds him at the house.",
            "A3 – Leona's written safety plan on the file by 12/02/2026, and the court's decision on the order "
            "known by the second review.",
            "A4 – Every call-out and breach logged by the police and confirmed to Ruth within one working day.",
            "A5 – Nisha Rao's reports after sessions 6, 12 and 18 show every session attended, and by session "
            "12 an honest account from Emeka of the abuse and its effect on the children.",
            "A6 – A contact record for every Saturday, rating how each child was and noting anything said that "
            "worried the supervisor.",
            "A7 – Dr Nair's report on the file by 24/03/2026, with Adaeze's anxiety scores at the start of CBT "
            "and at session 12.",
            "A8 – Attendance of 96% or more for both children, sent to Ruth each Friday, and the check-ins "
            "logged on the school's safeguarding system.",
            "A9 – The group register shows Precious at 8 or more of the 10 sessions, and Carys sends her "
            "end-of-group report to Ruth.",
            "A10 – Daniel's wet-night chart, checked by the school nurse at each clinic, shows one wet night a "
            "week or fewer by 30/06/2026.",
            "A11 – The school's collection log shows Ngozi collecting every Tuesday and Thursday, and both "
            "children can show Ruth her number at visits.",
        ]),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Emeka comes to the house, the school or near the children, or contacts Adaeze or the children "
            "other than at the contact centre: Adaeze calls 999 and the police attend as an emergency; contact "
            "stops, Ruth holds a strategy discussion the same day and sees both children that day.",
            "If Adaeze lets Emeka back into the house, or agrees to see him with the children outside the "
            "centre, the children will stay with Ngozi at 7 Alder Road and Ruth will ask Imran Baig for a "
            "legal planning meeting within five working days.",
            "If Ngozi cannot collect or have the children (she is ill or at work), she will tell Adaeze and "
            "Ruth that morning: the children go to Brookfield's after-school club, where Ruth has booked "
            "back-up places, and if they need somewhere to stay Ruth will arrange foster carers that day.",
            "If the review finds no progress on A2, A5 or A7, Ruth will request a legal planning meeting "
            "before the next core group.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.30pm, Brookfield Primary School: 10/02/2026, 24/03/2026, "
            "05/05/2026 and 16/06/2026.",
            "Second review child protection conference: 21/07/2026, 10am, Stennerfield Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group plan for a 15-year-old at risk of criminal exploitation;
#    mother works nights, uncle stays on those nights. Stage headings give
#    the time; each bullet carries its own "we will know" measure.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_sorrelby_core_group_stage_headings_measure_in_bullet_quinlan.md",
    "split": "tune",
    "actions": 10,
    "template": "core-group-plan-md-details-table-why-we-are-worried-going-well-what-kai-says-quote-outcomes-then-three-stage-headings-carrying-the-time-with-owner-first-bold-bullets-each-holding-its-own-measure-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary plan agreed at the first core group for a 15-year-old who has gone missing and "
        "been found carrying drugs and cash for a county line; his mother works nights and his "
        "uncle stays on those nights. A Markdown plan in three stages: each stage heading carries "
        "the time for its bullets ('everything here by 20/02/2026', 'weeks 3 to 10', 'until the "
        "review conference'), and each owner-first bullet says in its own words how we will know "
        "it is done and working. Kai's words are quoted, the uncle's part has a fallback, legal "
        "planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Sorrelby Council – Children's Social Care

## Child protection plan for Kai Quinlan – agreed at core group 1 (06/02/2026)

| | |
|---|---|
| Young person | Kai Quinlan, 15 (DOB 04/11/2010), Year 11, Sorrelby Academy |
| Lives with | Tanya Quinlan (mum, 41), 9 Fenwick Row, Sorrelby SB4 7HD |
| Family who help | Darren Quinlan (uncle, Tanya's brother), 2 Mill Yard; Pat Quinlan (grandmother), 31 Hollins Road |
| Category | Neglect (harm outside the home: criminal exploitation) |
| Initial conference | 29/01/2026, chaired by Gillian Osborne (IRO) |
| Social worker | Hannah Ilesanmi (team manager: Rob Kettle) |

## Why we are worried

Kai has been reported missing seven times since October 2025, twice overnight. On
18/01/2026 police found him in Marbury, forty miles away, with £300 in cash and two
phones; they believe he has been carrying drugs for a county line run by older men
from the Dockside estate. In December he was excluded for five days after a lock
knife was found in his bag. Tanya works nights at Larchwood Care Home on Mondays,
Tuesdays and Wednesdays, and until the conference Kai was alone in the house on
those evenings.

## What's going well

- Kai came home by himself after the last two episodes and told the police where he had been.
- Tanya has reported every missing episode to the police straight away.
- Kai still goes to football training with Sorrelby Town juniors on Saturdays and says it is "the best bit of the week".

## What Kai says

> "I'm not in a gang. I just do bits for people and they look after me. I'd stop
> if I knew they'd leave me alone. I don't like being in the house on my own when
> Mum's at work."

Kai told Hannah that he feels safest at his nan's house and at football. He put
how safe he is at 4 out of 10, and said he wants "Mum not to work nights" and to
get his GCSEs "so I can do the mechanics course at college".

## What we want for Kai

1. Kai is home by 10pm every night and is not reported missing.
2. Kai no longer carries drugs, cash or weapons for anyone, and the adults who have exploited him are kept away from him.
3. Kai is in school every day and on track to sit his GCSEs in the summer.
4. There is a trusted adult at home with Kai every night.

## The plan

Each stage heading gives the time for every bullet under it, unless the bullet
gives its own. Each bullet says how we will know it has been done and is working.

### Stage 1 – Before core group 2 (everything here by 20/02/2026)

- **Hannah Ilesanmi (SW)** will agree a written safety plan with Kai and Tanya, covering his curfew, who he rings if he is being pressured and what Tanya does if he is not home; we will know it is in place when the plan, signed by Kai and Tanya, is on his file and Hannah sees the copy on the kitchen noticeboard at her next visit.
- **Hannah Ilesanmi (SW)** will refer Kai to the National Referral Mechanism as a possible victim of criminal exploitation; this is done when the NRM reference number is recorded on Kai's file.
- **PC Lewis Drummond (Sorrelby Police, Missing and Exploitation Team)** will serve Child Abduction Warning Notices on the two adults named in the police intelligence report, shown by his written confirmation to Hannah that both notices have been served.
- **Mr Kwesi Darko (DSL, Sorrelby Academy)** will set up a check-in for Kai with his learning mentor at 8.40am each school day; we will know it is happening from the check-in log he e-mails to Hannah every Friday.

### Stage 2 – Weeks 3 to 10 (23/02/2026 to 17/04/2026)

- **Jade Ferris (exploitation worker, Sorrelby Youth Support Service)** will see Kai on his own every week for sessions on grooming, debt and how to get out safely; it is working if her session notes show Kai at 7 of the 8 sessions and his safety score, recorded by Jade each week, rises from 4 to 6 or more.
- **Darren Quinlan (uncle)** will stay at 9 Fenwick Row on the nights Tanya works (Monday, Tuesday and Wednesday) and be there when Kai is due in at 10pm; Darren texts Hannah the time Kai got in on each of those nights, and Hannah checks the texts against police missing reports before each core group.
- **Tanya Quinlan (mum)** will go to the six-week Parents Against Exploitation group at Sorrelby Family Hub on Thursday evenings; the register, sent to Hannah by the facilitator, will show her at five or more of the six sessions.
- **Ola Adeyemi (Sorrelby Missing Children Service)** will hold a return home interview with Kai within 72 hours of every missing episode and send it to Hannah and PC Drummond; we will know from an interview record on Kai's file for every episode.

### Stage 3 – Until the review conference on 22/04/2026

- **Hannah Ilesanmi (SW)** will visit Kai every week, seeing him on his own away from the house at least once a fortnight; her visit records will show Kai seen each week, with his own words and his safety score written down.
- **Mr Kwesi Darko (DSL, Sorrelby Academy)** will send Kai's attendance, lateness and any unexplained absence to Hannah every Friday; the weekly figures will show attendance of 90% or more from 23/02/2026.

## If things go wrong

- If Kai is not home by 10pm and is not answering his phone by 11pm, Tanya (or Darren) will report him missing to Sorrelby Police that night, on 999 if they think he is in danger. The police will search for him, Hannah will be told the next morning and the return home interview will follow within 72 hours.
- If Kai is found with drugs, a weapon or a large amount of cash, or goes missing overnight again, Hannah will hold a strategy discussion with PC Drummond the same working day, and Kai will stay with Pat at 31 Hollins Road while a new safety plan is agreed.
- If Darren cannot stay on a night Tanya works, Tanya will not go in that night (her manager at Larchwood has agreed this in writing). If neither of them can be there, Kai will sleep at Pat's and Hannah, or the Emergency Duty Team, will be told before 6pm.
- If Kai goes missing three or more times before the review conference, or is arrested for supplying drugs, Hannah will ask Rob Kettle for a legal planning meeting within five working days to decide whether Kai needs to be looked after.

## Meetings

- Core group every three weeks, Fridays at 4pm, Sorrelby Academy: 27/02/2026, 20/03/2026 and 10/04/2026.
- Review child protection conference: 22/04/2026 at 2pm, Sorrelby Town Hall.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan, neglect of three children, mother's
#    depression, grandmother helping. Ref / Action / Who / By when table,
#    then a separate "Evidence we will look for" table keyed by ref.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_skelderwick_icpc_evidence_table_by_ref_harrower.docx",
    "doc_title": "Initial Child Protection Plan - Kayden, Ellie-Rose and Tommy Harrower",
    "split": "tune",
    "actions": 12,
    "template": "icpc-word-plan-details-list-concerns-strengths-childrens-views-outcomes-then-ref-action-who-by-when-table-then-separate-evidence-we-will-look-for-table-keyed-by-ref-contingency-meetings",
    "description": (
        "Initial conference plan for three children of 9, 6 and 2 living in a neglected home; "
        "their mother has depression and their grandmother does the school run and Saturday "
        "meals. The action table gives Ref, Action, Who and By when; the measures are in a "
        "separate 'Evidence we will look for' table keyed by ref. Most rows are sound. Faults: "
        "the family support row's only evidence is the mother's engagement; the CPN only supports "
        "the mother and is measured by her visit log; the grandmother's school run is 'Ongoing'; "
        "the core group owns the plan for bad days; the evidence table leaves out the school "
        "nurse's row; the review conference date is still to be arranged."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference – Child Protection Plan"),
        ("p", "Skelderwick Metropolitan Borough Council – Children's Services – Safeguarding Unit"),
        ("kv", [
            ("Children", "Kayden Harrower (9), DOB 11/05/2016; Ellie-Rose Harrower (6), DOB 02/09/2019; "
                         "Tommy Harrower (2), DOB 27/12/2023"),
            ("Address", "14 Colliery Row, Skelderwick SK7 3DN"),
            ("Mother", "Gemma Harrower (33)"),
            ("Father", "Steven Harrower (36), 5 Pit Lane, Skelderwick; has the children every other Sunday"),
            ("Maternal grandmother", "Sandra Birtles, 22 Colliery Row (six doors away)"),
            ("Category", "Neglect (all three children)"),
            ("Conference", "21/01/2026, chaired by Martin Eccles (IRO)"),
            ("Social worker", "Lucy Parnaby (team manager: Andrea Firth)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Gemma has had depression since Tommy was born and is under Skelderwick Community Mental Health "
              "Team. On the days she is low she stays in bed until the afternoon. When the social worker "
              "visited on 07/01/2026 there was dog mess in the kitchen and hallway, no food in the house apart "
              "from cereal, and the children's beds had no sheets. Kayden's attendance this school year is 78% "
              "and he is often late and hungry. Ellie-Rose needed six teeth taken out in October and still has "
              "decay. Tommy has missed his one-year immunisations and his two-year review, and says only a "
              "handful of words. All three children have had head lice since the autumn."),
        ("h1", "What is working well"),
        ("bullets", [
            "Sandra takes Kayden and Ellie-Rose to school most mornings and they are on time when she does.",
            "The children are warm and affectionate with Gemma, and she knows each child well.",
            "Gemma has accepted a referral to the Family Centre and has let the social worker see every room.",
        ]),
        ("h1", "What the children have told us"),
        ("p", "Kayden (seen on his own at school, 15/01/2026): \"When Mum's tired I do Tommy's breakfast. I "
              "don't like our house smelling. I like it at Nan's because she does proper tea.\" He said he "
              "would like \"a clean bedroom and a lock on the bathroom\"."),
        ("p", "Ellie-Rose (seen on her own at school, 15/01/2026) said her teeth \"don't hurt now\" and that "
              "she likes breakfast club \"because of the toast\". She drew her mum in bed and herself watching "
              "television."),
        ("p", "Tommy (seen at home, 07/01/2026) was in a heavy nappy and had a bottle of juice. He brought the "
              "social worker his books, pointed at the pictures and said \"dog\" and \"car\"."),
        ("h1", "What needs to change for the children"),
        ("numbers", [
            "Kayden, Ellie-Rose and Tommy live in a clean home with food in the cupboards, clean beds and no "
            "dog mess.",
            "Kayden and Ellie-Rose go to school every day, on time, washed and fed, with attendance of 95% or "
            "more.",
            "All three children's health needs are met: Ellie-Rose's teeth are treated, Tommy is immunised and "
            "his speech is assessed, and nobody has head lice.",
            "The children have a parent who is well enough to get up and care for them every morning, and "
            "Kayden no longer looks after Tommy.",
        ]),
        ("h1", "The plan"),
        ("p", "The evidence for each action is in the table after this one, under the same reference."),
        ("table", {
            "header": ["Ref", "Action", "Who", "By when"],
            "widths": [1.2, 8.2, 4.4, 3.2],
            "rows": [
                ["1",
                 "Visit the children at home, see Kayden and Ellie-Rose on their own, and check the kitchen, "
                 "the bedrooms and the bedding",
                 "Lucy Parnaby, social worker",
                 "Weekly until the review conference"],
                ["2",
                 "Work with Gemma at home on a morning routine, meal planning and cleaning, using the home "
                 "conditions scale",
                 "Owen Tasker, family support worker, Skelderwick Family Centre",
                 "Twice a week for 10 weeks from 26/01/2026"],
                ["3",
                 "Home visits to support Gemma with her low mood and to check she is taking her medication",
                 "Ruth Allinson, CPN, Skelderwick Community Mental Health Team",
                 "Every two weeks"],
                ["4",
                 "Review Gemma's antidepressant and tell the SW about missed appointments and prescriptions "
                 "not collected",
                 "Dr Faisal Qureshi, GP, Abbey Lane Medical Practice",
                 "By 06/02/2026, then monthly"],
                ["5",
                 "Check Kayden's and Ellie-Rose's attendance and punctuality, offer both a place at breakfast "
                 "club, and call the SW the same day if either is absent without a reason",
                 "Mrs Anita Crowther, DSL, Skelderwick C of E Primary School",
                 "Every school day"],
                ["6",
                 "Give Tommy his missed immunisations and do his two-year development review, including his "
                 "speech",
                 "Gill Waterson, health visitor",
                 "By 27/02/2026"],
                ["7",
                 "Take Ellie-Rose to every appointment at the Skelderwick Community Dental Service until her "
                 "treatment is finished",
                 "Gemma Harrower (mother)",
                 "Every appointment; treatment finished by 31/03/2026"],
                ["8",
                 "Take Kayden and Ellie-Rose to school each weekday morning",
                 "Sandra Birtles (maternal grandmother)",
                 "Ongoing"],
                ["9",
                 "Cook the children a meal at her house every Saturday and wash their school uniforms for "
                 "Monday",
                 "Sandra Birtles (maternal grandmother)",
                 "Every Saturday"],
                ["10",
                 "Agree a written plan with Gemma for the days she cannot get out of bed, saying who gets the "
                 "children up and to school",
                 "Core group",
                 "By the second core group, 18/02/2026"],
                ["11",
                 "See Kayden about his daytime soiling and check all three children for head lice",
                 "Sam Petty, school nurse, Skelderwick 0-19 Service",
                 "By 13/02/2026"],
                ["12",
                 "Have the children every other Sunday, 10am to 5pm, and bring them home fed and bathed",
                 "Steven Harrower (father)",
                 "Alternate Sundays from 25/01/2026"],
            ],
        }),
        ("h1", "Evidence we will look for"),
        ("table", {
            "header": ["Ref", "Evidence"],
            "widths": [1.2, 15.8],
            "rows": [
                ["1", "Visit records each week with a home conditions score out of 10 and what Kayden and "
                      "Ellie-Rose said; the score is 7 or more at every visit by the review."],
                ["2", "Gemma's engagement with the Family Centre."],
                ["3", "The CPN's visit log, sent to the SW each month, shows every visit made."],
                ["4", "GP letter on file by 06/02/2026, and a monthly e-mail to the SW after that."],
                ["5", "Attendance sent to the SW every Friday, 95% or more for both children by the review; "
                      "breakfast club register."],
                ["6", "Tommy's red book shows his immunisations up to date, and the development review report "
                      "is shared at the second core group."],
                ["7", "Letter from the dental service confirming each appointment kept and the treatment "
                      "finished."],
                ["8", "The school register shows both children in class by 8.50am on the days Sandra takes "
                      "them."],
                ["9", "Kayden and Ellie-Rose tell the SW what they had for Saturday tea, and the school notes "
                      "a clean uniform each Monday."],
                ["10", "The written plan, signed by Gemma, is on the children's file."],
                ["12", "Steven's contact diary, seen by the SW at the first visit after each Sunday."],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If the children are found without food in the house, or Tommy is found without a clean nappy "
            "and Gemma in bed, Lucy will see the children the same day and they will stay with Sandra until "
            "a strategy discussion, held within one working day, agrees what happens next.",
            "If Sandra cannot do the school run or the Saturday meal (illness or holiday), she will ring Lucy "
            "the day before; Owen will do the morning run on those days, and if the children need somewhere "
            "to stay Lucy will arrange a foster placement for all three together that day.",
            "If the home conditions score is below 5 at two visits in a row, or Kayden's attendance is still "
            "under 90% at the review, Lucy will ask Andrea Firth for a legal planning meeting within five "
            "working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 9.30am, Skelderwick Family Centre: 04/02/2026, "
            "04/03/2026 and 01/04/2026.",
            "Review child protection conference: date to be arranged by the Safeguarding Unit.",
        ]),
    ],
    "findings": [
        F("M002", "Work with Gemma at home on a morning routine"),
        F("H001", "Home visits to support Gemma with her low mood"),
        F("T002", "Take Kayden and Ellie-Rose to school each weekday morning"),
        F("W002", "Agree a written plan with Gemma for the days"),
        F("M001", "See Kayden about his daytime soiling and check"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Second core group plan, disabled boy of 8 fed by gastrostomy and his
#    sister of 12, father drinking. Landscape table with tick boxes for
#    frequency and status; the measure is written into each action.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_swanbury_core_group_tick_boxes_measure_in_action_ferrand.pdf",
    "doc_title": "Core Group Child Protection Plan - Rory and Millie Ferrand",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "template": "core-group-plan-paged-landscape-header-footer-details-list-worries-childrens-world-outcomes-then-no-what-will-happen-and-how-we-will-know-who-how-often-tick-boxes-status-tick-boxes-table-contingency-meetings",
    "description": (
        "Plan from the second core group for an 8-year-old with cerebral palsy who is fed by "
        "gastrostomy and his 12-year-old sister, who had been doing his evening feed while their "
        "father, who drinks heavily, slept. A landscape Word plan printed to PDF: each row writes "
        "its measure into the action ('... and the chart shows ...'), ticks a box for how often "
        "and a box for status; a completed young carer's assessment is ticked Complete. Most rows "
        "are sound. Faults: the father's alcohol row says nothing of how progress will be known; "
        "the missed physiotherapy is to be rebooked by nobody; the grandmother helps 'as and when "
        "she can'; the family support worker will 'keep an eye on' the home; the OT referral has "
        "no box ticked; the alcohol service owns no action; nothing says legal planning follows."
    ),
    "header": "Swanbury County Council – Children's Services – OFFICIAL-SENSITIVE",
    "footer": "Ferrand – core group plan (CG2, 04/02/2026) – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Core Group 2"),
        ("kv", [
            ("Children", "Rory Ferrand (8), DOB 23/07/2017, Larkhill Special School; Millie Ferrand (12), "
                         "DOB 30/03/2013, Year 8, Swanbury High School"),
            ("Address", "6 Orchard Close, Swanbury SW2 8PF"),
            ("Parents", "Leanne Ferrand (38), Rory's main carer; Shaun Ferrand (40)"),
            ("Paternal grandmother", "Jean Ferrand, 19 Mill Street, Swanbury"),
            ("Category", "Neglect (both children)"),
            ("Meetings so far", "Initial conference 08/01/2026; core group 1 21/01/2026; core group 2 "
                                "04/02/2026 (this plan)"),
            ("Social worker", "Daniel Frome, Disabled Children's Team (team manager: Asha Grewal)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Rory has cerebral palsy, does not use words and is fed through a gastrostomy: five feeds a day "
              "by pump, with his medicines. Between October and December he lost 1.2kg. The school nurse "
              "found his pump unprimed on three mornings, and he missed three physiotherapy and two orthotics "
              "appointments, so his splints no longer fit; he has a pressure sore on his left heel. Shaun "
              "drinks about eight cans of strong lager a day and sleeps through most afternoons. He goes to "
              "Swanbury Alcohol Service and says he wants to cut down. Leanne has a back injury and struggles "
              "to lift Rory. Millie has been doing Rory's evening feed and medicines when Shaun is asleep and "
              "Leanne is at her shift at the supermarket."),
        ("h1", "Millie's and Rory's world"),
        ("p", "Millie (seen on her own at school, 29/01/2026): \"I do Rory's feed when Dad's asleep. I don't "
              "mind, but I'm scared of getting the numbers wrong on the pump. I want to go to drama club again "
              "on Tuesdays.\""),
        ("p", "Rory's teacher says he smiles and vocalises when his favourite music is on and when Millie "
              "collects him from the bus, and that he cried and pulled his feet away when his splints were put "
              "on in January. On the SW's visit on 28/01/2026 he lay on the sofa in the same position for the "
              "whole hour and his pad was soaked through."),
        ("h1", "What we want for Rory and Millie"),
        ("numbers", [
            "Rory has all five feeds and his medicines every day, and is back to 22kg by the review conference.",
            "Rory goes to every health appointment he needs, his splints fit, and his heel heals with no new "
            "pressure sores.",
            "Millie gets to be 12: she no longer gives Rory's feeds or medicines, goes to school every day and "
            "is back at drama club.",
            "Rory and Millie are always cared for by an adult who is sober and able to lift and care for Rory "
            "safely.",
        ]),
        ("h1", "Action plan"),
        ("p", "Tick how often each action happens and its status at this core group. How we will know is "
              "written into each action."),
        ("table", {
            "header": ["No.", "What will happen, and how we will know", "Who", "How often / by when",
                       "Status at CG2"],
            "widths": [1.0, 9.8, 4.8, 5.6, 4.5],
            "rows": [
                ["1",
                 "Visit Rory and Millie at home, see Millie on her own, and check Rory's feed chart and pump; "
                 "the visit record will show both children seen and the chart complete for the last 7 days",
                 "Daniel Frome, SW",
                 "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ________",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["2",
                 "Check Rory's gastrostomy site, pump and feed regime, and weigh him, so that his weight "
                 "rises to 22kg by the review (each weight sent to the SW)",
                 "Tessa Greenhalgh, community children's nurse",
                 "[ ] Weekly  [X] Fortnightly  [ ] Monthly  [ ] Other: ________",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["3",
                 "Give Rory all five feeds and his medicines each day and sign the feed chart, which the nurse "
                 "and the SW check at every visit for all five feeds signed",
                 "Leanne Ferrand (mum)",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every day",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["4",
                 "Shaun will go to his key-work sessions at Swanbury Alcohol Service every week and not drink "
                 "while he is looking after Rory or Millie",
                 "Shaun Ferrand (dad)",
                 "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ________",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["5",
                 "Rory's missed physiotherapy and orthotics appointments will be rebooked at the Child "
                 "Development Centre, and the clinic letter with the new dates sent to the SW",
                 "–",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: by 20/02/2026",
                 "[X] Not started  [ ] In progress  [ ] Complete"],
                ["6",
                 "Young carer's assessment for Millie, with her support plan sent to the SW",
                 "Amira Said, Swanbury Young Carers",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: by 30/01/2026",
                 "[ ] Not started  [ ] In progress  [X] Complete"],
                ["7",
                 "See Millie in school for a check-in and send her attendance to the SW every Friday, so that "
                 "her attendance is 95% or more by the review, shown in the weekly figures",
                 "Mr Gareth Lowe, Head of Year 8 and DSL, Swanbury High School",
                 "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ________",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["8",
                 "Record in the home-school book whether Rory arrives fed, clean and wearing his splints, give "
                 "his lunchtime feed, and phone the SW the same day if he arrives unfed or sore; the book is "
                 "copied to the SW each week",
                 "Mrs Priya Coles, DSL, Larkhill Special School",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: every school day",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["9",
                 "Book Rory a short break at Larkspur House one weekend a month; the booking confirmation and "
                 "the staff's care record for each stay are sent to the SW",
                 "Keeley Osborne, short breaks co-ordinator, Swanbury Disabled Children's Team",
                 "[ ] Weekly  [ ] Fortnightly  [X] Monthly  [ ] Other: ________",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["10",
                 "Help Leanne with Rory's bath and bedtime, and write in the family diary each time she helps",
                 "Jean Ferrand (paternal grandmother)",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: as and when she can",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["11",
                 "Keep an eye on home conditions and on the state of Rory's wheelchair and hoist",
                 "Nicola Banks, family support worker",
                 "[X] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ________",
                 "[ ] Not started  [X] In progress  [ ] Complete"],
                ["12",
                 "Refer Rory to the occupational therapy service for an assessment of the bathroom and a new "
                 "bath seat; the OT's appointment letter will be copied to the SW",
                 "Daniel Frome, SW",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [ ] Other: ________",
                 "[X] Not started  [ ] In progress  [ ] Complete"],
                ["13",
                 "Review Rory's weight, reflux and medicines in clinic and write to the SW and the nurse with "
                 "the new feed plan",
                 "Dr Hamza Yousef, consultant paediatrician, Swanbury General Hospital",
                 "[ ] Weekly  [ ] Fortnightly  [ ] Monthly  [X] Other: by 27/02/2026",
                 "[X] Not started  [ ] In progress  [ ] Complete"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Rory misses two feeds in a day, arrives at school unfed twice in a week, or loses weight at two "
            "weighs in a row, the school or the nurse will phone Daniel the same day; Daniel will hold a "
            "strategy discussion that day and Rory will go to Larkspur House for emergency respite until it "
            "is agreed that he is safe at home.",
            "If Shaun is found drunk while he is caring for the children, Leanne will ask him to leave and ring "
            "Daniel; if Leanne is at work, Millie will ring her nan and Jean will come to the house, or the "
            "police will be called if Jean cannot come. Daniel will see both children the same day.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 1pm, Larkhill Special School: 04/03/2026 and "
            "01/04/2026.",
            "Review child protection conference: 07/04/2026, 10am, Swanbury County Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Shaun will go to his key-work sessions at Swanbury"),
        F("W001", "missed physiotherapy and orthotics appointments will be rebooked"),
        F("T002", "Help Leanne with Rory's bath and bedtime"),
        F("M002", "Keep an eye on home conditions and on the state"),
        F("T001", "Refer Rory to the occupational therapy service for an"),
        F("F004"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan, mother on methadone after a relapse, girl of 6,
#    great-aunt helping. Scaled SMART outcomes, each with its own "We'll know
#    because" check, and What / Who / When tables under each. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_stowhaven_rcpc_scaled_outcomes_tables_under_brennan.md",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-markdown-plan-details-bullets-what-has-happened-lily-maes-words-then-outcome-h3-headings-each-with-well-know-because-and-scale-now-and-aim-then-small-what-who-when-table-then-also-agreed-bullet-contingency-meetings",
    "description": (
        "First review conference plan for a 6-year-old whose mother relapsed into heroin use and is "
        "now on methadone; a great-aunt has her on Friday nights. Each outcome carries its own "
        "'We'll know because' check and a score now and by the review, with a small What / Who / "
        "When table under it. Most rows are sound (visits, school, the recovery worker's tested "
        "reports, Little Steps sessions). Faults: one outcome is about the mother only and its "
        "check ('feels more settled', 'engagement ... improves') is the only measure of her "
        "methadone row; the extra reading is 'Ongoing'; 'Family' make sure a sober adult collects "
        "her; an 'Also agreed' bullet has no time and no measure; the contingency leans on the "
        "great-aunt with nothing said if she cannot help."
    ),
    "text": """\
# Stowhaven City Council – Children's Services
## Review Child Protection Plan: Lily-Mae Brennan

- **Child:** Lily-Mae Brennan, 6 (DOB 17/08/2019), Year 1, Harbour View Primary School
- **Lives with:** Kerry Brennan (mum, 29), 23 Anchor Street, Stowhaven ST9 4GE
- **Great-aunt:** Maureen Doyle (Kerry's aunt), 5 Quay Court, Stowhaven
- **Father:** not named on the birth certificate; no contact
- **Category:** Neglect
- **Conferences:** initial 14/10/2025; first review 13/01/2026 (this plan). Chair: Alan Greaves (IRO)
- **Social worker:** Sian Pritchard (team manager: Joel Abara)

## What has happened

On 02/10/2025 a neighbour found Kerry unconscious on the kitchen floor after using
heroin, with Lily-Mae watching television in the next room; Kerry was taken to
hospital and Lily-Mae stayed with Maureen for a week. Kerry had been stable on
methadone for three years before she relapsed in the summer. Since the initial
conference she has been back on a daily supervised methadone script from
Stowhaven Recovery Service. Two of her five tests have shown heroin, the last on
04/12/2025; the three since have been clear. Lily-Mae's attendance is 88% and her
class teacher says she is behind with her reading.

## What Lily-Mae says

Lily-Mae (seen on her own in her bedroom, 07/01/2026) showed Sian her dolls'
house and said: "Mummy was asleep on the floor and wouldn't wake up. I was a bit
scared. Auntie Mo makes pancakes." She said she likes Fridays best "because I go
to Auntie Mo's" and that she would like Mummy "to not be poorly any more". She put
her happy face on the feelings chart for home.

## The plan: outcomes and actions

Each outcome says how we will know it is being met and gives a score from 0
(Lily-Mae is not safe) to 10 (safe enough to end the plan), agreed by Sian and
Kerry and checked by the IRO at the review.

### Outcome 1: Lily-Mae is looked after every day and night by an adult who is not under the influence of drugs

**We'll know because:** Sian's visits, at least one a fortnight unannounced, never
find Kerry under the influence; Kerry's tests at Stowhaven Recovery Service are
clear of heroin every time; the school's collection log shows Lily-Mae collected
every day by Kerry or Maureen; Maureen's text to Sian each Saturday morning
confirms every Friday stay.
**Scale:** now 5, aim 8 by the second review.

| What | Who | When |
|---|---|---|
| Visit Lily-Mae at home, one visit in two unannounced, and see her on her own in her bedroom | Sian Pritchard, SW | Weekly until the second review |
| Have Lily-Mae to stay at her flat every Friday night, and tell Sian if Kerry seemed under the influence when she dropped her off | Maureen Doyle (great-aunt) | Every Friday |
| Make sure Lily-Mae is collected from school by a sober adult every day | Family | Every school day |

### Outcome 2: Lily-Mae goes to school every day, on time and fed, and her reading catches up

**We'll know because:** the attendance the school sends every Friday is 95% or
more; Lily-Mae is on the yellow reading band by the second review (class teacher's
assessment); the breakfast club register shows her there each morning.
**Scale:** now 4, aim 8.

| What | Who | When |
|---|---|---|
| Send Lily-Mae's attendance to Sian, give her breakfast club each morning and a weekly check-in with her feelings chart | Mrs Joanne Tait, DSL, Harbour View Primary School | Every school day; attendance every Friday |
| Extra reading sessions with Lily-Mae in a small group | Miss Holly Ryder, teaching assistant | Ongoing |
| Read with Lily-Mae each night and sign her reading record | Kerry Brennan (mum) | Every school night |

### Outcome 3: Kerry stays off heroin and keeps to her methadone script

**We'll know because:** Kerry feels more settled and her engagement with Stowhaven
Recovery Service improves.
**Scale:** Kerry's own score, now 5, aim 8.

| What | Who | When |
|---|---|---|
| Collect her methadone from the pharmacy every day and go to her key-work appointments | Kerry Brennan (mum) | Daily; key-work every fortnight |
| Key-work with Kerry and random urine tests, with a written report before each core group giving every test result and a view on whether Kerry can stay stable in the time Lily-Mae needs | Luke Mensah, recovery worker, Stowhaven Recovery Service | Every fortnight; report before each core group |

### Outcome 4: Lily-Mae understands, in words that suit a 6-year-old, why her mum was poorly, and knows who to tell if she is worried

**We'll know because:** Lily-Mae can name her three safe adults to Sian at visits;
the Little Steps worker's notes show all six sessions held and what Lily-Mae said.
**Scale:** now 3, aim 7.

| What | Who | When |
|---|---|---|
| Six Little Steps sessions with Lily-Mae about her mum's illness and keeping safe | Ffion Ellis, children's worker, Stowhaven Family Hub | Weekly from 02/02/2026 for six weeks |
| Make a "my safe adults" hand with Lily-Mae and leave copies at school and at Maureen's | Sian Pritchard, SW | By 06/02/2026 |

### Also agreed at the review conference

- Sian to refer Lily-Mae to the school nurse for a health check and her missed eye test.

## Contingency plan

- If Kerry is found under the influence, misses two methadone collections in a row or a test shows heroin, Sian will see Lily-Mae the same day and Lily-Mae will stay with Maureen at 5 Quay Court until a strategy discussion, held the same working day, agrees what happens next.
- If Kerry is found unconscious or Lily-Mae is found alone with her, whoever finds them rings 999 and the police will take Lily-Mae to Maureen's.
- If Kerry's tests show heroin twice more before the second review, or she stops going to the pharmacy, Sian will ask Joel Abara for a legal planning meeting within five working days.

## Meetings

- Core group every six weeks, Tuesdays at 2pm, Harbour View Primary School: 03/02/2026, 17/03/2026, 28/04/2026 and 09/06/2026.
- Second review child protection conference: 14/07/2026, 10am, Stowhaven Civic Offices.
""",
    "findings": [
        F("W002", "Make sure Lily-Mae is collected from school by a sober adult"),
        F("T002", "Extra reading sessions with Lily-Mae in a small group"),
        F("F002", "Kerry stays off heroin and keeps to her methadone script"),
        F("M002", "Collect her methadone from the pharmacy every day"),
        F("T001", "refer Lily-Mae to the school nurse for a health check"),
        F("M001", "refer Lily-Mae to the school nurse for a health check"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Pre-birth core group plan, young mother (a care leaver) with
#    depression and self-harm, father's violence. Numbered actions under
#    phase headings that carry the time, then a "Measuring success"
#    paragraph keyed by action number. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b151_scarrowby_prebirth_core_group_phases_measuring_success_tindall.txt",
    "split": "tune",
    "actions": 11,
    "template": "prebirth-core-group-plan-plain-text-caps-headings-details-lines-worries-going-well-babys-world-outcomes-then-numbered-actions-under-phase-headings-before-36-weeks-before-discharge-first-eight-weeks-other-things-then-measuring-success-paragraph-by-number-contingency-meetings",
    "description": (
        "Pre-birth plan from the first core group for the baby of a 19-year-old care leaver who has "
        "depression and has self-harmed, and whose partner assaulted her in early pregnancy. A "
        "plain-text plan: numbered actions sit under phase headings that carry the time ('all by "
        "21/03/2026', 'before the baby leaves hospital', 'from discharge until the baby is 8 "
        "weeks old'), and a 'Measuring success' paragraph gives the check for each action by "
        "number. Most actions are sound (assessment report, midwife, perpetrator programme, "
        "personal adviser, discharge meeting, visits, health visitor). Faults: the CPN only "
        "supports the mother, and her check is how the mother feels; 'all professionals' share "
        "concerns; the family support worker's visits are left out of the measuring paragraph; "
        "the young parents group sits under 'Other things agreed' with no time; the contingency "
        "is vague and nothing says legal planning follows."
    ),
    "text": """\
SCARROWBY METROPOLITAN BOROUGH COUNCIL
CHILDREN AND FAMILIES - PRE-BIRTH TEAM
PRE-BIRTH CHILD PROTECTION PLAN - AGREED AT CORE GROUP 1 (FRIDAY 23/01/2026)
===========================================================================

Unborn baby ...... Baby Tindall, due 18/04/2026 (Jade is 28 weeks pregnant)
Mother ........... Jade Tindall (19), 4 Weaver Court, Scarrowby SC1 5JT;
                   care leaver, personal adviser Stacey Heald
Father ........... Connor Ashby (22), 30 Tanyard Lane, Scarrowby
Father's mother .. Pauline Ashby, 30 Tanyard Lane
Category ......... Physical abuse (risk to the unborn baby)
Initial conf. .... 14/01/2026 (pre-birth). Chair: Deborah Kilner (IRO)
Social worker .... Becky Marsden (team manager: Paul Whitehead)

WHAT WE ARE WORRIED ABOUT
-------------------------
Jade has had depression since she was 15 and has cut herself at times of
stress; the last time was in November 2025, after an argument with Connor. She
is under Scarrowby Community Mental Health Team and takes fluoxetine. On
21/09/2025, when Jade was ten weeks pregnant, Connor pushed her into a door
frame during an argument and she bruised her arm; police have been called to
Weaver Court three times since July. Jade and Connor say they are still
together but do not live together. Jade grew up in foster care and has no
contact with her own family.

WHAT IS GOING WELL
------------------
- Jade has been to every antenatal appointment and both scans.
- Connor accepts that he hurt Jade and has asked for help with his temper.
- Pauline has offered to help after the birth and has a good relationship
  with Jade.

THE BABY'S WORLD
----------------
The baby is growing well on the scans. Jade talks to her bump and has chosen
the name Willow if it is a girl. At the midwife's visit on 12/01/2026 the flat
was tidy but cold, with no cot, car seat or steriliser yet. Jade says the baby
kicks most when Connor raises his voice, and that this frightens her.

WHAT WE WANT FOR THE BABY
-------------------------
- The baby is born safely and goes home to a warm flat with a cot, a car seat
  and everything needed for feeding.
- The baby lives free from violence and is never in a room where adults are
  fighting.
- The baby is cared for by a mother who is well enough to feed, settle and
  protect her, with help she can rely on.

ACTIONS
-------
The phase heading gives the time for every action under it, unless the action
gives its own.

A. BEFORE 36 WEEKS (ALL BY 21/03/2026)
 1. Becky Marsden (SW) will complete the pre-birth parenting assessment of Jade
    and Connor, seeing them together and apart.
 2. Lorna Wilkes, CPN (Scarrowby Community Mental Health Team), will visit Jade
    every two weeks to support her with her mood and her urges to self-harm.
 3. Gemma Lord, specialist safeguarding midwife (Scarrowby Royal Infirmary),
    will see Jade at every antenatal appointment and put the birth plan and
    safeguarding alert on the maternity system.
 4. Connor will start the Scarrowby Respect programme for men who have been
    abusive to a partner, and go every Tuesday evening.
 5. Stacey Heald (personal adviser, Scarrowby Leaving Care Team) will help
    Jade buy a cot, car seat and steriliser with her leaving care grant and
    get the heating fixed.
 6. All professionals will share any concern about Jade or Connor with Becky
    the same day.

B. BEFORE THE BABY LEAVES HOSPITAL
 7. Becky Marsden (SW) will hold a discharge planning meeting on the ward with
    Jade, the midwife and the health visitor.

C. FROM DISCHARGE UNTIL THE BABY IS 8 WEEKS OLD
 8. Becky Marsden (SW) will visit twice a week, once unannounced, and see the
    baby awake and where she sleeps.
 9. Amy Doherty (health visitor) will visit every week and weigh the baby.
10. Kelly Oakes (family support worker, Scarrowby Family Hub) will visit three
    times a week to help Jade with feeds, bathing and a bedtime routine.

D. OTHER THINGS AGREED
11. Jade will go to the Scarrowby Young Parents group at the Family Hub.

MEASURING SUCCESS
-----------------
The core group will judge the actions like this. For 1, the assessment report
is shared with the core group by 21/03/2026 and says clearly whether Jade and
Connor can keep the baby safe. For 2, Jade tells Lorna she is coping better.
For 3, the midwife's records show every appointment kept and the birth plan on
the maternity system by 36 weeks. For 4, the Respect programme's attendance
report, sent to Becky each month, shows every session attended. For 5, Becky
sees the cot, car seat and steriliser in the flat, and the flat warm, by 36
weeks. For 6, each concern is logged on the baby's file with the date and time
it was passed on. For 7, the written discharge plan is signed by Jade and on
the file before the baby goes home. For 8 and 9, visit records show the baby
seen at every visit and her weight on or above her birth centile. For 11, the
group register, sent to Becky each month, shows Jade at three of every four
sessions.

CONTINGENCY PLAN
----------------
If there are any further concerns about Jade's mental health or the care of
the baby, the core group will meet and consider what should happen next.

MEETINGS
--------
Core group ....... every four weeks until the birth, Fridays at 10am,
                   Scarrowby Family Hub: 20/02/2026, 20/03/2026; then every
                   two weeks after the birth
Review CPC ....... 08/04/2026, 1pm, Scarrowby Civic Centre
===========================================================================
""",
    "findings": [
        F("H001", "visit Jade every two weeks to support her with her mood"),
        F("M002", "visit Jade every two weeks to support her with her mood"),
        F("W002", "All professionals will share any concern about Jade or Connor"),
        F("M001", "will visit three times a week to help Jade with feeds"),
        F("T001", "Jade will go to the Scarrowby Young Parents group"),
        F("C002"),
        F("R002"),
    ],
})
