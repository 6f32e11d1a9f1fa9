"""Batch 175, module h: seven fictional plans (held-out material), places beginning with "h".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police forces and councils. Labels were written by hand
from docs/rules.md and the conventions in sample_plans/README.md (conventions
1 to 13), without running planlint or reading its code.

Focus: when and how we will know, given once for many actions, wherever the
writer's template puts it. Each plan is in a template of its own, and in each
many actions take their time or their check from somewhere other than their
own sentence or row: a part's heading ("Part A: Before Esme is born - from
this conference until 36 weeks (17/02/2026)") and a "How we will know" box
per part keyed by item number; full-width time banner rows in a table and a
"How we'll know" cell merged down several rows; an outcome's own "When" and
"We'll know because" lines shared by the bullets under it; a "When and how we
will know" table at the end keyed by action number; opening lines ("All of
the following start this week and run until the review conference on ..."),
closing lines ("Each of the above is to be done by the first core group on
...") and "For all of the above, the core group will see ..." lines around
tables without a When column; a month-by-month tick timeline keyed by action
number; and headings that are events in the child's week ("Every nursery
session", "Every Saturday: contact with Dad", "Every Friday and Saturday
night"). In the four faulty plans a few actions sit where no group time or
check reaches them ("Also agreed at the conference" with no time, an action
a keyed table leaves out), or the group time or check is itself vague
("ongoing", "improvement in Chloe's confidence and her engagement",
"Discussed at core group", "Monitored by school", "as and when needed"), or
the action's own vague time overrides its group ("when she feels ready").

1. a pre-birth initial conference plan for an unborn girl whose mother has
   emotionally unstable personality disorder and took an overdose at 15
   weeks: three parts headed by their stage and time (before the birth to 36
   weeks, the birth and the ward, the first six weeks at home), typed items
   A1 to C7 with the owner in each, and a "How we will know" table per part
   keyed by item number (docx, exemplary);
2. a review conference plan for three children living with neglect, one
   landscape table whose full-width shaded rows give the time for the rows
   under them and whose "How we'll know" cells are merged down some groups
   of rows, page header and footer (pdf): faults are an educational
   psychology referral with "-" for how we'll know, a merged "Discussed at
   core group" beside the young carers' sessions and the father's
   Saturdays, Talking Therapies' CBT that only treats the mother, the
   mother's cookery course "when she feels ready" under a dated banner, and
   two rows under an "Also agreed at the conference" banner that gives no
   time (M001, M002 x2, H001, T002, T001 x2);
3. an initial conference plan for a 3-year-old and a 10-month-old (the
   father's drinking, the mother's anxiety, the maternal grandparents
   helping), set out under four outcomes, each with its own "When" and
   "We'll know because" lines shared by the bullets under it, then "Also
   agreed at the conference" bullets with neither (md): faults are an
   outcome about the mother only whose When is "ongoing" and whose check is
   "improvement in Chloe's confidence and her engagement with services"
   (so the self-referral bullet gets both, and the family support worker's
   bullet, which has its own time, the vague check), a housing request with
   no time or check, "The family network" keeping someone sober at the
   house with no check, and no fallback if the grandparents cannot help
   (F002, T002, M002 x2, T001, M001 x2, W002, C003);
4. a first core group plan for three siblings about to move to another
   authority, actions 1 to 17 in a part for the family, a part per child and
   a part for the move, with no times or checks in them, then a fixed-width
   "When and how we will know" table keyed by action number (txt): faults
   are the daughter's CAMHS referral held for the receiving authority "once
   the family have settled", young carers' sessions "as and when needed",
   two rows checked only by "Monitored by school", and a continence
   referral the keyed table leaves out (X001, T002 x2, M002 x2, T001, M001);
5. an initial conference plan after a father hit his 6-year-old with a belt,
   in five numbered sections of tables: section 1 with an opening line
   ("All of the following start this week and run until the review
   conference on ..."), section 2 with its own When column, section 3 (the
   school) with an opening time line and a closing "For all of the above,
   the core group will see ..." line, section 4 with a closing line ("Each
   of the above is to be done by the first core group on ..."), and an
   "Also agreed" section with neither (docx): faults are the mother's own
   safety plan "when she is ready", "All professionals" reporting marks,
   the health visitor's visits measured by "Samina's mood improves", the
   perinatal mental health nurse's supportive visits only, a counselling
   referral with no time or check, and no legal planning anywhere (T002,
   W002, M002, H001, T001, M001, R002);
6. a review conference plan for a 7-year-old and a 4-year-old after their
   father's violence to their mother: a numbered action table with no
   times, then a "When" timeline keyed by action number with a "How often,
   or by when" column and a tick for each month to the next review, page
   header and footer (pdf, exemplary);
7. an initial conference plan for a 2-year-old whose mother uses cocaine at
   weekends, set out as "Keira's week": each heading is an event or rhythm
   in her life (every nursery session, Stacey-Leigh's key-work Wednesdays,
   every Friday and Saturday night, Saturday contact with Dad, bath time and
   bedtime) with bullets under it and one "How we'll know" line for the
   bullets under each heading (md, exemplary).

Three plans (1, 6 and 7) are exemplary: every action has a named owner, a
real timescale (its own, or its part's, banner's, heading's or keyed one)
and something that can be seen, counted or read (its own, or its part's
keyed check or its heading's check line); every outcome is about the child;
each contingency has specific triggers and protective responses and says
what happens if a relative's help fails; each records the child's voice or
observed lived experience, core group dates and a dated review conference,
and legal planning after named triggers; adult services own actions where a
parent is ill or uses drugs, and the perinatal mental health team in plan 1
is asked for its view of the mother's capacity to change and how long it
would take.

Counting convention used for "actions" (README convention 1): each typed
item of the plan's parts (plan 1), each row of an action table (banner rows
excepted; plans 2, 5 and 6), each bullet under an outcome or event heading
and under "Also agreed" (plans 3 and 7), and each numbered action (plan 4)
counts once, whatever number of sentences it holds. The "How we will know"
tables and lines, the keyed "When and how we will know" table, the tick
timeline, the opening and closing time and check lines, outcomes, details,
views, the contingency and meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth ICPC plan in three parts headed by their stage and time, typed
#    items with the owner in each, a "How we will know" table per part keyed
#    by item number. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_hollinsford_prebirth_parts_headed_by_stage_keyed_checks_whitlow.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Whitlow-Pike (Esme)",
    "split": "heldout",
    "actions": 22,
    "template": "prebirth-icpc-plan-docx-kv-details-why-going-well-esmes-world-and-half-brothers-words-outcomes-then-plan-in-three-parts-each-heading-naming-its-stage-and-time-typed-items-a1-c7-owner-in-each-item-then-how-we-will-know-table-per-part-keyed-by-item-number-then-if-things-go-wrong-core-group-review",
    "description": (
        "Exemplary pre-birth plan for an unborn girl whose mother has emotionally unstable personality "
        "disorder, took an overdose at 15 weeks and whose first child lives with his father; the father "
        "works nights and the maternal grandmother will help at night. The plan is in three parts, each "
        "heading naming its stage and its time ('Before Esme is born - from this conference until 36 "
        "weeks (17/02/2026)', 'from the birth until the day Esme goes home', 'from the day Esme comes "
        "home until her 6-8 week check'); each typed item names its owner and some give their own time, "
        "and a 'How we will know' table at the end of each part gives the check for every item by its "
        "number. The perinatal mental health team reports on capacity to change and how long it would "
        "take, the grandmother's nights have a named fallback, legal planning follows named triggers, "
        "core group and review dates are set, and Esme's world and her half-brother's words are written "
        "down."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Hollinsford City Council Children's Services, with Hollinsford Teaching Hospitals NHS Trust "
              "(maternity) and the Hollinsford Perinatal Mental Health Team"),
        ("p", "Agreed at the pre-birth initial child protection conference on Tuesday 09/12/2025 (chair: Sandra "
              "Kirkby, independent reviewing officer). Kerry-Ann and Jordan were at the conference and have "
              "had this plan read through with them."),
        ("kv", [
            ("Baby", "Unborn baby girl Whitlow-Pike; Kerry-Ann and Jordan plan to call her Esme. EDD "
                     "17/03/2026; 26 weeks at the conference."),
            ("Mother", "Kerry-Ann Whitlow (25)"),
            ("Father", "Jordan Pike (27), lives with Kerry-Ann"),
            ("Address", "Flat 6, 22 Ferrier Close, Hollinsford HF4 2LS"),
            ("Half-brother", "Mason Cole (6), lives with his father, Darren Cole, under a child arrangements "
                             "order made in 2022"),
            ("Maternal grandmother", "Denise Whitlow, 5 Linnet Way, Hollinsford (ten minutes' walk)"),
            ("Paternal grandmother", "Lynne Pike, 3 Drover's Way, Hollinsford"),
            ("Category", "Neglect (unborn baby)"),
            ("Social worker", "Aaron Mensah, Assessment and Safeguarding Team (team manager: Clare Holroyd)"),
            ("Community midwife", "Sophie Tranter, Ferrier Road midwives"),
            ("Safeguarding midwife", "Rukhsana Ali, Hollinsford General Hospital"),
            ("Perinatal mental health", "Bethan Lloyd (care coordinator, CPN) and Dr Farah Siddiqui "
                                        "(consultant perinatal psychiatrist), Hollinsford Perinatal Mental "
                                        "Health Team, Ashfield House"),
            ("Health visitor", "Gemma Platt, Hollinsford 0-19 Service"),
            ("GP", "Dr Owen Rees, Ferrier Road Surgery"),
        ]),
        ("h1", "Why Esme has a plan before she is born"),
        ("p", "Kerry-Ann has emotionally unstable personality disorder, diagnosed in 2021. When she is "
              "overwhelmed she cuts her arms, and she has taken overdoses. In 2022, when Mason was two, she took "
              "an overdose while she was looking after him on her own; a neighbour found Mason hungry and in a "
              "soaked nappy, and Kerry-Ann was admitted to hospital. Mason has lived with Darren since then, and "
              "Kerry-Ann sees him every other Saturday at Darren's house."),
        ("p", "On 23/09/2025, at 15 weeks pregnant, Kerry-Ann took 16 paracetamol after an argument with Jordan, "
              "and took herself to A&E. She was referred to the Perinatal Mental Health Team and has seen Bethan "
              "since October. Jordan works nights at a distribution warehouse four nights a week, so Kerry-Ann "
              "is often alone at night, which is when she says she feels worst. There is nothing for the baby in "
              "the flat yet. Jordan says he did not know how bad things had got."),
        ("h1", "What is going well"),
        ("bullets", [
            "Kerry-Ann went to A&E herself after the overdose, and has been to every appointment with Bethan "
            "since 14/10/2025.",
            "She started the DBT skills group at Ashfield House on 06/11/2025 and has been to all five sessions "
            "so far.",
            "She has not self-harmed since 23/09/2025; Bethan has seen no new marks.",
            "Jordan came to the conference and said he will ask for day shifts.",
            "Denise has offered to stay at the flat at night for the first two weeks after Esme comes home, and "
            "Lynne has said she will step in if Denise cannot.",
            "Darren says Kerry-Ann's Saturdays with Mason go well and that she is gentle with him.",
        ]),
        ("h1", "Esme's world, and Mason's words"),
        ("p", "Esme cannot tell us what she needs, so the midwives have written down what they have seen. At the "
              "20-week scan on 28/10/2025 she was active and growing on the 50th centile, and Sophie has plotted "
              "her growth at every appointment since. Kerry-Ann says she talks to Esme at night when she cannot "
              "sleep, and Esme kicks back. Esme will come home to a first-floor flat with one bedroom. She will "
              "need feeding every two to three hours, day and night, a safe place to sleep on her back, and an "
              "adult who stays calm when she cries, even when they are tired."),
        ("p", "Mason (6) told Aaron at Darren's house on 02/12/2025: \"I want to push the pram.\" When Aaron asked "
              "him what a baby needs, he said \"a cuddle, and her mummy not to be poorly in hospital\"."),
        ("h1", "What we want for Esme"),
        ("numbers", [
            "Esme is born safely, and goes home only when the discharge planning meeting has agreed who will "
            "care for her and how.",
            "Esme is fed, warm and gaining weight along her centile, and sleeps on her back in her own Moses "
            "basket.",
            "Esme is cared for every day and night by an adult who is well enough to look after her, and is "
            "never left alone with a parent who is in crisis.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in three parts, one for each stage of Esme's first months. The heading of each part "
              "says when the work in it is done. Each item says who will do it, and the table at the end of each "
              "part says how we will know, for every item in that part by its number."),
        ("h2", "Part A: Before Esme is born - from this conference until 36 weeks (17/02/2026)"),
        ("p", "Every item in Part A is to be done by 36 weeks (17/02/2026), unless the item gives its own time. "
              "(28 weeks is 23/12/2025, 30 weeks is 06/01/2026, 34 weeks is 03/02/2026.)"),
        ("pi", "A1  Sophie Tranter (community midwife) will see Kerry-Ann at every antenatal appointment - every 2 "
               "weeks until 36 weeks, then every week until the birth - and ask about her mood, thoughts of "
               "self-harm and how things are at home, seeing her on her own for part of each appointment."),
        ("pi", "A2  Rukhsana Ali (safeguarding midwife) will put the safeguarding birth plan on BadgerNet by 28 "
               "weeks (23/12/2025), so that every midwife knows Aaron (or the Emergency Duty Team) must be told "
               "of the birth, and that Esme does not go home before the discharge planning meeting."),
        ("pi", "A3  Bethan Lloyd (care coordinator, Perinatal Mental Health Team) will see Kerry-Ann at home every "
               "two weeks, and write a report on whether she is using her DBT skills when she is distressed, "
               "whether she is likely to keep using them once Esme is born, and how long any further change "
               "would take."),
        ("pi", "A4  Kerry-Ann will go to the DBT skills group at Ashfield House every Thursday afternoon, and fill "
               "in her diary card each day."),
        ("pi", "A5  Dr Farah Siddiqui (consultant perinatal psychiatrist) will see Kerry-Ann and Jordan together, "
               "write a perinatal mental health birth plan (medication, early warning signs, who to ring), and "
               "give her view of whether Kerry-Ann's progress is enough for her to care safely for Esme and how "
               "long any further change would take."),
        ("pi", "A6  Aaron Mensah (social worker) will complete a pre-birth parenting assessment with Kerry-Ann and "
               "Jordan in weekly sessions from 16/12/2025, including what Kerry-Ann has learned since Mason went "
               "to live with Darren, with a recommendation by 34 weeks (03/02/2026)."),
        ("pi", "A7  Aaron will visit Kerry-Ann and Jordan at home every week, one visit in three unannounced, and "
               "see Kerry-Ann on her own at least once a fortnight."),
        ("pi", "A8  Jordan will ask his manager to move him to day shifts for Esme's first 8 weeks at home, so "
               "that Kerry-Ann is not on her own at night."),
        ("pi", "A9  Gemma Platt (health visitor) will make an antenatal home visit to talk through safe sleep and "
               "coping with crying (ICON), and check that the flat has a Moses basket, a smoke alarm and no "
               "smoking indoors."),
        ("pi", "A10  Aaron will hold a family network meeting with Kerry-Ann, Jordan, Denise and Lynne by 30 weeks "
               "(06/01/2026), to agree who will be with Kerry-Ann and Esme at night and what each of them will "
               "do."),
        ("boldp", "How we will know (Part A)"),
        ("table", {
            "header": ["Item", "How we will know"],
            "widths": [1.8, 15.2],
            "rows": [
                ["A1", "Contact note on BadgerNet after each appointment, e-mailed to Aaron within 2 working days; "
                       "a missed appointment rung through to Aaron the same day"],
                ["A2", "Birth plan on BadgerNet, and a copy on Aaron's file, by 23/12/2025"],
                ["A3", "A short update from Bethan to Aaron after each visit; Bethan's written report on Aaron's "
                       "file by 34 weeks (03/02/2026) and shared at the core group that day"],
                ["A4", "Group attendance register e-mailed to Aaron at the end of each month; Bethan sees the "
                       "diary cards at each visit and says in her update how many days were filled in"],
                ["A5", "Dr Siddiqui's birth plan on BadgerNet, and her letter with her view on Aaron's file"],
                ["A6", "Assessment report, with its recommendation for the birth and discharge, shared with "
                       "Kerry-Ann, Jordan and the core group by 03/02/2026"],
                ["A7", "Visit records on the case file within 48 hours, with what Kerry-Ann said when she was "
                       "seen on her own"],
                ["A8", "A letter from Jordan's employer confirming his day shifts, copy on Aaron's file"],
                ["A9", "Antenatal contact record and home safety checklist e-mailed to Aaron; anything missing "
                       "checked again at Aaron's next visit"],
                ["A10", "Written family network plan, signed by everyone who came, sent to the core group"],
            ],
        }),
        ("h2", "Part B: The birth and Bramble Ward - from the birth until the day Esme goes home"),
        ("p", "The times in Part B are events: Esme's birth, each shift on the ward, and the day she goes home."),
        ("pi", "B1  The labour ward midwife in charge will ring Aaron (or the Emergency Duty Team out of hours) "
               "within 2 hours of Esme's birth, day or night."),
        ("pi", "B2  The Bramble Ward midwife in charge will make sure that every shift until discharge someone "
               "watches and writes down how Kerry-Ann and Jordan feed, hold, change and settle Esme, and how "
               "Kerry-Ann seems."),
        ("pi", "B3  Aaron will see Esme and her parents on the ward within 24 hours of the birth, and again on the "
               "day of discharge."),
        ("pi", "B4  Bethan will see Kerry-Ann on the ward within 2 days of the birth, and tell the discharge "
               "planning meeting in writing whether the changes Kerry-Ann made in pregnancy have held since the "
               "birth, whether she is well enough to care for Esme at home, and if not, how long it would take."),
        ("pi", "B5  Rukhsana will chair a discharge planning meeting on the ward before Esme goes home, with "
               "Kerry-Ann, Jordan, Denise, Aaron, Bethan and Gemma, to agree the plan for the first night at "
               "home."),
        ("boldp", "How we will know (Part B)"),
        ("table", {
            "header": ["Item", "How we will know"],
            "widths": [1.8, 15.2],
            "rows": [
                ["B1", "Call recorded in the maternity notes, and on Aaron's case file or the EDT log"],
                ["B2", "Parenting observation sheet in Esme's notes, copied to Aaron before the discharge planning "
                       "meeting"],
                ["B3", "Visit records saying how Esme was fed and how Kerry-Ann answered her cries"],
                ["B4", "Bethan's written note on Aaron's file, read out at the discharge planning meeting"],
                ["B5", "Written discharge plan, signed by Kerry-Ann and Jordan, sent to the core group within 2 "
                       "working days"],
            ],
        }),
        ("h2", "Part C: The first 6 weeks at home - from the day Esme comes home until her 6-8 week check"),
        ("p", "Everything in Part C starts on the day Esme comes home and runs until her 6-8 week check, as often "
              "as the item says."),
        ("pi", "C1  Sophie will make postnatal visits on day 1, day 5 and day 10 after discharge: weigh Esme, do "
               "the newborn blood spot test on day 5, and see where Esme sleeps."),
        ("pi", "C2  Gemma will do the new birth visit at 10-14 days and then visit every week: weigh Esme, see her "
               "put down to sleep, and ask Kerry-Ann to fill in the Edinburgh Postnatal Depression Scale at 4 "
               "weeks."),
        ("pi", "C3  Denise will stay at the flat every night for the first 14 nights and do the 2am feed, so that "
               "Kerry-Ann sleeps for at least five hours."),
        ("pi", "C4  Aaron will visit twice a week for the first 4 weeks, then every week, one visit in three "
               "unannounced, and see Esme awake and undressed."),
        ("pi", "C5  Bethan will visit Kerry-Ann at home every week, and write to each core group on whether "
               "Kerry-Ann is keeping up the changes she made in pregnancy and how long any further change would "
               "take."),
        ("pi", "C6  Dr Owen Rees (GP) will do Esme's 6-8 week check and Kerry-Ann's postnatal check, and write to "
               "Aaron about anything in Esme's care that worries him."),
        ("pi", "C7  Kerry-Ann and Jordan will take Esme to the baby clinic at Ferrier Road Family Hub every other "
               "Tuesday."),
        ("boldp", "How we will know (Part C)"),
        ("table", {
            "header": ["Item", "How we will know"],
            "widths": [1.8, 15.2],
            "rows": [
                ["C1", "Weights in Esme's red book, back to her birth weight by day 14; visit notes e-mailed to "
                       "Aaron the same day"],
                ["C2", "Each weight plotted on the red book centile chart; safe sleep seen and written in the "
                       "health visiting record at every visit; the EPDS score e-mailed to Aaron and Bethan"],
                ["C3", "Denise signs the night feed chart each morning; Sophie, Gemma and Aaron read it at every "
                       "visit"],
                ["C4", "Visit records within 48 hours, saying where Esme slept and who was in the flat"],
                ["C5", "Bethan's written update on Aaron's file two working days before every core group"],
                ["C6", "GP letter on Aaron's file within a week of the check"],
                ["C7", "Clinic weights in the red book, which Gemma reads at her weekly visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kerry-Ann self-harms, takes an overdose, or tells anyone she is thinking of it: whoever knows "
            "rings Bethan (or the Hollinsford Crisis Team out of hours) and Aaron (or the Emergency Duty Team) "
            "the same day. Once Esme is born, Kerry-Ann is not left alone with her, and Jordan cares for her with "
            "Denise staying, until the strategy discussion Aaron holds that day has agreed a safety plan. Aaron "
            "asks Clare Holroyd for a legal planning meeting within 5 working days.",
            "If the parenting assessment or Bethan's report at 34 weeks says Kerry-Ann has not made enough "
            "progress for Esme to go home safely with her, Aaron will ask for a legal planning meeting before 36 "
            "weeks to decide whether to start pre-proceedings under the Public Law Outline, and Rukhsana will "
            "change the birth plan so that Esme stays on the ward until that is decided.",
            "If Kerry-Ann or Jordan try to take Esme off the ward before the discharge planning meeting has "
            "agreed it, the midwife in charge rings the police and Aaron (or the Emergency Duty Team) straight "
            "away.",
            "If Denise cannot stay at night, or has to stop, she or Kerry-Ann rings Aaron that day, and Lynne "
            "Pike stays instead (agreed with Aaron on 05/12/2025). If neither can, Esme stays on Bramble Ward "
            "until another adult is agreed at a reconvened discharge planning meeting or, once Esme is home, "
            "Gemma or Sophie visits every day until the core group has agreed another helper.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Ferrier Road Family Hub, Tuesdays at 10am: 06/01/2026 and "
            "03/02/2026; then within 10 working days of Esme's birth, and every four weeks after that.",
            "Review child protection conference: Thursday 05/03/2026 at 1.30pm, Hollinsford Civic Centre.",
        ]),
        ("p", "Plan sent to Kerry-Ann, Jordan, Denise, Lynne and every agency on 11/12/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review conference plan, one landscape table: full-width shaded rows give
#    the time for the rows under them, "How we'll know" cells merged down
#    some groups of rows. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_harlowmere_rcpc_time_banner_rows_merged_checks_duffy.pdf",
    "doc_title": "Child Protection Plan - Kacey Duffy, Tyler Duffy and Ruby Duffy-Shaw",
    "split": "heldout",
    "actions": 17,
    "landscape": True,
    "min_pages": 2,
    "check_vmerge": 3,
    "header": "Harlowmere Metropolitan Borough Council · Children's Services · Child protection plan",
    "footer": "Duffy / Duffy-Shaw · Plan from the review conference of 11/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-landscape-header-footer-kv-details-why-still-a-plan-going-well-childrens-words-outcomes-then-one-no-what-will-be-done-who-how-well-know-table-with-full-width-shaded-time-banner-rows-and-how-well-know-cells-merged-down-groups-of-rows-then-if-things-go-wrong-meetings",
    "description": (
        "Review conference plan for an 11-year-old, an 8-year-old and a 2-year-old living with neglect: "
        "their mother has depression and has stopped her antidepressants, the 11-year-old does most of "
        "the cooking and gets her sister up, the bedroom is damp and two children share a mattress. The "
        "plan is one landscape table with no When column: full-width shaded rows give the time for the "
        "rows under them ('By the first core group on Thursday 26/02/2026', 'Every week until the next "
        "review conference (05/08/2026)', 'Every school day, and every nursery session for Ruby', 'By "
        "the end of the summer term (17/07/2026)'), and some 'How we'll know' cells are merged down a "
        "group of rows. Faults: the educational psychology referral has '-' for how we'll know; the young "
        "carers' sessions and the father's Saturdays share a merged 'Discussed at core group'; Talking "
        "Therapies' CBT only treats the mother; the mother's cookery course is 'when she feels ready' "
        "under a dated banner; and two rows under the last banner, 'Also agreed at the conference', have "
        "no time of their own."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review child protection conference, Wednesday 11/02/2026, Harlowmere Town Hall. Chair: Helen Foley "
              "(independent reviewing officer). The children remain subject to child protection plans under the "
              "category of neglect, first made at the initial conference on 12/11/2025."),
        ("kv", [
            ("Children", "Kacey Duffy, born 04/10/2014 (11), Year 6, St Cuthbert's Primary School; Tyler Duffy, "
                         "born 19/05/2017 (8), Year 4, St Cuthbert's Primary School; Ruby Duffy-Shaw, born "
                         "28/09/2023 (2), Little Acorns Nursery (Monday, Tuesday and Wednesday mornings)"),
            ("Address", "41 Tanners Walk, Harlowmere HW3 6PJ"),
            ("Mum", "Shannon Duffy (34)"),
            ("Ruby's dad", "Craig Shaw (31), 7 Mill Brow, Harlowmere; has Ruby on Saturdays"),
            ("Kacey and Tyler's dad", "Wayne Duffy, lives in Spain; phones the children most Sundays"),
            ("Aunt", "Marie Duffy (Shannon's sister), 14 Calder Street, Harlowmere"),
            ("Social worker", "Nicola Barker, Safeguarding Team East (team manager: Richard Ogden)"),
            ("Family support worker", "Leanne Holt, Harlowmere Family Hub"),
            ("School", "St Cuthbert's Primary: Mr Daniel Price (DSL), Mrs Sadia Anwar (SENCO)"),
            ("Health", "Dr Paul Harris (GP, Harlowmere Road Surgery); Zoe Kirk (health visitor for Ruby)"),
        ]),
        ("h1", "Why there is still a plan"),
        ("p", "Shannon has depression. She stopped taking her antidepressants in December and some days she does "
              "not get up until the afternoon. On those days Kacey gets Ruby up, changes her and makes the "
              "breakfasts, and she cooks most teas. The back bedroom is damp, with black mould on the wall "
              "behind the bed, and Tyler and Ruby share a mattress on the floor in Shannon's room. Tyler's "
              "attendance this school year is 86% and he has been late 19 times; Mrs Anwar is worried that he is "
              "falling behind with his reading. Ruby has missed 6 of her last 20 nursery sessions."),
        ("h1", "What has got better since November"),
        ("bullets", [
            "The kitchen and the front room are clean and tidy at every visit, and there is food in the fridge.",
            "Shannon has been to every core group, and asked for the referral to Talking Therapies herself.",
            "Kacey's attendance is 97%.",
            "Craig has had Ruby every Saturday since December, and brings her back on time.",
            "Marie has said she will have Kacey and Tyler at short notice if Shannon cannot look after them.",
        ]),
        ("h1", "What the children say"),
        ("p", "Kacey (seen on her own at school by Nicola, 05/02/2026): \"I do Ruby's breakfast and the tea when "
              "Mum's tired. I don't mind but I'm late for stuff.\" \"I want to go to netball club on Tuesdays.\" "
              "She scored home 6 out of 10: \"the downstairs is nice now but our room is smelly\"."),
        ("p", "Tyler (seen on his own at school, 05/02/2026): \"Ruby kicks me in the bed.\" \"I want my own bed "
              "and to play football.\" He said he is late \"because we can't find my jumper\"."),
        ("p", "Ruby (seen at home on 09/02/2026) held her arms up to Kacey, not to Shannon, when she woke from her "
              "nap, and said \"Kacey do it\" when she wanted a drink. At nursery, Jade sees her eat her snack very "
              "fast and ask for more."),
        ("h1", "What must be different for the children"),
        ("numbers", [
            "Kacey, Tyler and Ruby get up to a parent who gives them breakfast and gets them to school and "
            "nursery on time, every day.",
            "Kacey no longer cares for Ruby or cooks the family's meals, and has time for school and her friends.",
            "Tyler and Ruby each have their own bed, in a dry bedroom with no mould.",
            "Tyler gets the help he needs with his reading, and Ruby is at nursery every session.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is one table. The shaded rows say when: every row under a shaded row is done by, or as "
              "often as, that shaded row says, unless the row gives its own time. Where a 'How we'll know' box "
              "runs down beside several rows, it is the check for each of those rows."),
        ("table", {
            "header": ["No.", "What will be done", "Who", "How we'll know"],
            "widths": [1.3, 10.4, 5.5, 8.5],
            "rows": [
                ["By the first core group on Thursday 26/02/2026", H, H, H],
                ["1", "Complete a young carer's assessment with Kacey and Shannon, looking at what Kacey does at "
                      "home each day and what she wants to stop doing",
                 "Nicola Barker, social worker",
                 "Assessment shared with Kacey, Shannon and the core group on 26/02/2026, listing the jobs "
                 "Kacey will no longer do"],
                ["2", "Inspect the damp and mould in the back bedroom and give Shannon a date for the repair",
                 "Dean Fraser, housing officer, Harlowmere Homes",
                 "Inspection report and a letter with the repair date on Nicola's file"],
                ["3", "Book dental check-ups for Kacey, Tyler and Ruby at the Market Street dental practice",
                 "Shannon Duffy (Mum)",
                 "Appointment card shown to Nicola; the practice confirms in writing that all three were seen"],
                ["4", "Refer Tyler to the Educational Psychology Service for an assessment of his reading and "
                      "concentration",
                 "Mrs Sadia Anwar, SENCO, St Cuthbert's Primary",
                 "-"],
                ["Every week until the next review conference (05/08/2026)", H, H, H],
                ["5", "Home visit, one in three unannounced and at least one a month after 6pm: see each child on "
                      "their own, and look in the fridge and the bedrooms",
                 "Nicola Barker, social worker",
                 "Visit and session records on the case file within 48 hours, saying what food was in, where "
                 "each child slept and what each child said; tidy-home checklist score agreed by Nicola and "
                 "Leanne at each visit, 15 out of 20 or more by the May half term"],
                ["6", "Home session with Shannon on the morning routine, meals on a budget and the laundry, "
                      "working through the tidy-home checklist room by room",
                 "Leanne Holt, family support worker, Harlowmere Family Hub",
                 V],
                ["7", "One-to-one session with Kacey at school about her jobs at home, her worries and what she "
                      "would like to do for herself",
                 "Amy Rourke, Harlowmere Young Carers",
                 "Discussed at core group"],
                ["8", "Have Ruby from 10am to 4pm every Saturday, so that Shannon can rest and get the week's "
                      "washing done",
                 "Craig Shaw (Ruby's dad)",
                 V],
                ["9", "Eight sessions of CBT for Shannon's low mood, on Tuesdays from 17/02/2026",
                 "Kim Walsh, psychological wellbeing practitioner, Harlowmere Talking Therapies",
                 "Kim tells Nicola each month which sessions Shannon went to"],
                ["Every school day, and every nursery session for Ruby (Monday, Tuesday and Wednesday mornings)",
                 H, H, H],
                ["10", "Get Kacey and Tyler to school by 8.50am, washed, in clean uniform and having had "
                       "breakfast, and Ruby to nursery by 9am",
                 "Shannon Duffy (Mum)",
                 "The school registers and the nursery arrival log, e-mailed to Nicola every Friday by Mr Price "
                 "and Little Acorns: Kacey and Tyler at 95% or more, and Ruby in by 9.15am at 9 of every 10 "
                 "sessions, by the May half term"],
                ["11", "Meet Tyler at the classroom door, give him breakfast at Early Birds if he has not eaten, "
                       "and log on CPOMS anything he says about home",
                 "Mr Daniel Price, DSL, St Cuthbert's Primary",
                 V],
                ["12", "Note what time Ruby arrives, who brought her and whether she is clean and hungry, and "
                       "ring Nicola the same day about any mark or worrying comment",
                 "Jade Morris, Ruby's key worker, Little Acorns Nursery",
                 V],
                ["By the end of the summer term (17/07/2026)", H, H, H],
                ["13", "Arrange four extra transition visits for Kacey to Harlowmere Academy, and a meeting with "
                       "her new head of year to pass on the young carer's assessment",
                 "Mrs Sadia Anwar, SENCO, St Cuthbert's Primary",
                 "Transition plan on Kacey's school file; Kacey has made all four visits, and the head of year "
                 "confirms to Nicola that she has the assessment"],
                ["14", "Go to the Cook and Eat course at the Family Hub, when she feels ready",
                 "Shannon Duffy (Mum)",
                 "Course certificate; Leanne sees Shannon cook a hot tea from the course at a home session"],
                ["Also agreed at the conference", H, H, H],
                ["15", "Review Shannon's antidepressants with her and write to Nicola about how her mood is "
                       "affecting her care of the children",
                 "Dr Paul Harris, GP, Harlowmere Road Surgery",
                 "GP letter on Nicola's file"],
                ["16", "Apply to the Household Support Fund for two single beds and bedding for Tyler and Ruby, by "
                       "06/03/2026",
                 "Nicola Barker, social worker",
                 "Beds delivered, and seen in use by Nicola at her next visit"],
                ["17", "Make a referral for Tyler to the Saturday football club at Harlowmere Leisure Centre, and "
                       "pay the first term's fees from the family support budget",
                 "Leanne Holt, family support worker",
                 "Tyler's name on the club register; Tyler tells Nicola what he did at the club"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kacey or Tyler is not in school by 9.15am and Shannon has not rung, Mr Price rings Shannon, and "
            "if she has not answered by 10am he rings Nicola, who visits the house that morning (or the duty "
            "social worker does).",
            "If any of the children is found at home without an adult, or Shannon cannot get up to look after "
            "Ruby, Kacey and Tyler go to their aunt Marie's at 14 Calder Street and Ruby to Craig's that day, and "
            "Nicola holds a strategy discussion with the police and health the same day. If Marie or Craig cannot "
            "have the children, the duty team finds a foster placement that day.",
            "If the tidy-home score is still below 15, or Tyler's or Ruby's attendance is below 90%, at the core "
            "group on 21/05/2026, or if the children are found alone at home at any time, Nicola will ask Richard "
            "Ogden for a legal planning meeting within 10 working days to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at St Cuthbert's Primary, Thursdays at 3.30pm: 26/02/2026, 26/03/2026, "
            "23/04/2026, 21/05/2026, 18/06/2026 and 16/07/2026.",
            "Next review child protection conference: Wednesday 05/08/2026 at 10am, Harlowmere Town Hall.",
        ]),
        ("p", "Plan sent to Shannon, Craig and every agency on 13/02/2026."),
    ],
    "findings": [
        F("M001", "Refer Tyler to the Educational Psychology Service for an assessment"),
        F("M002", "One-to-one session with Kacey at school about her jobs"),
        F("M002", "Have Ruby from 10am to 4pm every Saturday"),
        F("H001", "Eight sessions of CBT for Shannon's low mood"),
        F("T002", "Go to the Cook and Eat course at the Family Hub"),
        F("T001", "Review Shannon's antidepressants with her and write to Nicola"),
        F("T001", "Make a referral for Tyler to the Saturday football club"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan under four outcomes, each with its own "When"
#    and "We'll know because" lines shared by the bullets under it, then
#    "Also agreed at the conference" bullets with neither. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_hexbury_icpc_outcome_blocks_shared_when_and_check_lines_pemberton.md",
    "split": "heldout",
    "actions": 19,
    "template": "icpc-plan-md-details-table-why-worried-going-well-leos-words-and-maisies-day-then-plan-as-four-outcome-headings-each-with-its-own-when-and-well-know-because-lines-shared-by-bold-owner-bullets-under-it-then-also-agreed-bullets-with-neither-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 3-year-old and a 10-month-old living with neglect: their father "
        "drinks and was found drunk asleep with both children unattended, their mother has anxiety and "
        "works evenings, the home is dirty, and the maternal grandparents help. The plan is set out under "
        "four outcomes, each with a 'When' line and a 'We'll know because' line that hold for every bullet "
        "under it unless a bullet gives its own; a last group of bullets, 'Also agreed at the conference', "
        "has neither. Faults: the third outcome is about the mother only, its When is 'ongoing' and its "
        "check 'improvement in Chloe's confidence and her engagement with services', so the mother's "
        "self-referral gets both and the family support worker's sessions (which give their own time) the "
        "vague check; the housing request has no time or check; 'The family network' keeping someone "
        "sober at the house has no check; and the contingency sends the children to the grandparents "
        "with nothing said if they cannot have them."
    ),
    "text": """\
# Hexbury Council - Children's Social Care

## Child protection plan: Leo and Maisie Pemberton

**Initial child protection conference, Tuesday 13/01/2026**, Hexbury Civic Offices. Chair: Anita Sharma
(independent reviewing officer). Leo and Maisie are subject to child protection plans under the category
of neglect.

| | |
|---|---|
| **Children** | Leo Pemberton, born 14/06/2022 (3), Little Owls Nursery (30 hours); Maisie Pemberton, born 11/03/2025 (10 months) |
| **Home** | 27 Brook Terrace, Hexbury HX2 9RA |
| **Mum** | Chloe Pemberton (26), works evenings at Fairway supermarket (Thursday to Saturday, 5pm to 10pm) |
| **Dad** | Ryan Pemberton (29), not working at present |
| **Maternal grandparents** | Pauline and Steve Moore, 8 Stanley Road, Hexbury |
| **Social worker** | Jess Cartwright, Hexbury Safeguarding Team (team manager: Martin Dyer) |
| **Health visitor** | Hannah Ross, Hexbury 0-19 Service |
| **Nursery** | Little Owls Nursery: Tia Grant (Leo's key worker), Mrs Julie Amos (SENCO) |
| **Recovery worker** | Amir Shah, Hexbury Recovery Service |
| **Family support worker** | Dawn Pike, Hexbury Family Hub |

### Why we are worried

On 19/12/2025 Chloe came home from her shift at 10.15pm to find Ryan asleep and drunk on the settee,
Maisie screaming in her cot in a soaked nappy, and Leo awake on his own in the kitchen eating crisps from
the floor. A neighbour had already rung the police about Maisie crying. Ryan told the police he had
drunk "a few cans and some vodka". He says he drinks most days, more when Chloe is at work. There are
empty cans in the yard at most visits.

The house is dirty. At Jess's visits on 22/12/2025 and 06/01/2026 there was dog mess on the kitchen floor
and in the yard, little food in the cupboards, and Leo's bed was a mattress with no sheet. Maisie's weight
has dropped from the 50th to the 25th centile since September. Leo says only a few words and his nursery
is worried about his speech.

Chloe has anxiety. She told the conference she panics in shops and on buses, and that she has not been
to the Family Hub or the clinic since the summer because of it. She has no diagnosis and is not on
medication.

### What is going well

- Chloe has kept her job, and the children are always clean and dressed when Leo comes to nursery.
- Ryan went to the Hexbury Recovery Service on 08/01/2026 and has a key worker, Amir.
- Pauline and Steve see the children most days and want to help. Steve has already cleared the yard once.
- Leo loves nursery and runs in to Tia every morning.

### What Leo and Maisie are telling us

**Leo** (seen at nursery by Jess on 09/01/2026, with his feelings faces): pointed to the sad face for
"Daddy on the sofa", and the happy face for "Nana's house" and "Mummy's car". He said "Daddy sleepy,
Maisie cry". When Jess asked what he likes at home he said "my dinosaur".

**Maisie** is 10 months old. Hannah saw her at home on 07/01/2026: she sits well and babbles, and reaches
for Chloe when Hannah picks her up. She was wearing a heavy nappy at 11am, and fed hungrily from her
bottle. Hannah noticed she has few toys within reach and spends a lot of time in her bouncer.

## The plan

The plan is set out under the four things that must be different for Leo and Maisie. Under each one,
**When** and **We'll know because** are for every action in that part, unless an action gives its own.

### Outcome 1: Leo and Maisie are only ever looked after by a sober adult, day and night

**When:** every week from 19/01/2026 until the review conference on 07/04/2026, unless an action says
otherwise.

**We'll know because:** Ryan's breath tests read 0.00 at every test; no drink is seen or smelt at any
visit, and the visit records say so; Leo points to the happy face for home when Jess sees him at nursery.

- **Ryan** will go to a key-work session at Hexbury Recovery Service every Tuesday at 11am.
- **Amir Shah** (recovery worker, Hexbury Recovery Service) will breath-test Ryan at each session and at
  one unannounced home visit a fortnight, and write to each core group on whether Ryan has stopped
  drinking and whether he can stay stopped while he looks after the children.
- **Chloe** will not go to her evening shift if Ryan has had a drink, and will ring her dad, Steve, to
  come and sit with the children instead.
- **Steve Moore** (grandad) will call in at 8pm on the evenings Chloe works (Thursday, Friday and
  Saturday) and text Jess if Ryan has been drinking.
- **Jess Cartwright** (social worker) will visit at home, one visit in three unannounced and at least one
  a fortnight after 6pm, and see Leo and Maisie awake.

### Outcome 2: Maisie grows well, and Leo gets help with his talking

**When:** by Maisie's one-year review on 24/03/2026, unless an action says otherwise.

**We'll know because:** Maisie's weight is back on the 50th centile in her red book; her ASQ-3 scores at
the one-year review are in the expected range; Leo has been seen by speech and language therapy and
Little Owls has his therapy targets.

- **Hannah Ross** (health visitor) will weigh Maisie every two weeks at the Thursday clinic at Hexbury
  Family Hub, and talk with Chloe about weaning and finger foods.
- **Hannah Ross** will do Maisie's one-year review (ASQ-3) at home on 24/03/2026.
- **Chloe** will take Maisie to her one-year immunisations at Hexbury Medical Centre on 17/03/2026, and
  show Hannah the entry in the red book.
- **Mrs Julie Amos** (SENCO, Little Owls Nursery) will refer Leo to the Hexbury speech and language
  therapy service with his WellComm screening results.

### Outcome 3: Chloe feels less anxious and more confident as a mum

**When:** ongoing

**We'll know because:** improvement in Chloe's confidence and her engagement with services.

- **Chloe** will refer herself to Hexbury Talking Therapies for her anxiety.
- **Dawn Pike** (family support worker, Hexbury Family Hub) will do a home session with Chloe every
  Monday morning from 19/01/2026 on routines, meals and bedtimes.
- **Chloe** will go to the Incredible Years parenting group at Hexbury Family Hub on Wednesdays, 9.30am to
  11.30am, from 28/01/2026 to 01/04/2026; the group leader will e-mail Jess the register each week.
- **Pauline Moore** (nana) will have Leo and Maisie at 8 Stanley Road every Wednesday morning while Chloe
  is at the group, and text Jess when she has brought them home.

### Outcome 4: Leo and Maisie live in a clean, safe home with food in the cupboards

**When:** by the first core group on 03/02/2026.

**We'll know because:** Jess and Dawn score the home on the Hexbury home conditions checklist at each
visit, and it is 16 out of 20 or more by 03/02/2026, with food in the cupboards and the fridge, a clean
cot, and a bed with sheets for Leo.

- **Ryan and Chloe** will clear the dog mess from the yard and the kitchen floor every day, and keep the
  dog out of the children's bedroom.
- **Steve and Pauline** will help Chloe and Ryan clear the back bedroom and the kitchen on Saturday
  24/01/2026.
- **Jess** will ask the Hexbury Baby Bank for a toddler bed, sheets and a cot mattress.

### Also agreed at the conference

- **Jess** will ask Hexbury Homes whether the family can move to a house with a garden and a third
  bedroom.
- **The family network** will make sure someone sober is at the house every Friday and Saturday night.
- **Jess** will see Leo on his own at nursery every two weeks, using his feelings faces, and write down
  what he says on his file.

## If things go wrong

- If Ryan is found drunk while he is looking after the children, or any breath test is over 0.00: Chloe
  (or whoever finds it) rings Jess, or the Emergency Duty Team out of hours. Ryan leaves the house that
  night and stays with his brother, Dale Pemberton, at 41 Canal Street. If Chloe is at work, the children
  go to Pauline and Steve's at 8 Stanley Road. Jess holds a strategy discussion the next working day.
- If Maisie's weight falls below the 9th centile, or she misses two clinic weighings in a row, Hannah
  rings Jess the same day and Jess visits that day.
- If Ryan has two breath tests over 0.00, or the home scores below 12 at the first core group, Jess will
  ask Martin Dyer for a legal planning meeting within 10 working days to decide whether to start the
  Public Law Outline.

## Meetings

- Core group every four weeks at Hexbury Family Hub, Tuesdays at 1.30pm: 03/02/2026 and 03/03/2026.
- Review child protection conference: Tuesday 07/04/2026 at 10am, Hexbury Civic Offices.

Plan written by Jess Cartwright and sent to Chloe, Ryan, Pauline, Steve and every agency on 15/01/2026.
""",
    "findings": [
        F("F002", "Chloe feels less anxious and more confident as a mum"),
        F("T002", "will refer herself to Hexbury Talking Therapies for her anxiety"),
        F("M002", "will refer herself to Hexbury Talking Therapies for her anxiety"),
        F("M002", "will do a home session with Chloe every Monday morning"),
        F("T001", "will ask Hexbury Homes whether the family can move"),
        F("M001", "will ask Hexbury Homes whether the family can move"),
        F("W002", "will make sure someone sober is at the house"),
        F("M001", "will make sure someone sober is at the house"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. First core group plan for three siblings about to move authority:
#    actions 1-17 in a family part, a part per child and a part for the move,
#    no times or checks in them; a fixed-width "When and how we will know"
#    table keyed by action number. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_hensworth_core_group_part_per_child_keyed_when_table_kowalczyk.txt",
    "split": "heldout",
    "actions": 17,
    "template": "first-core-group-plan-txt-caps-headings-attendance-dot-leaders-why-going-well-each-childs-words-outcomes-then-numbered-actions-1-to-17-in-family-part-part-per-child-and-move-part-no-times-or-checks-in-them-then-fixed-width-when-and-how-we-will-know-table-keyed-by-action-number-then-contingency-meetings",
    "description": (
        "Plan agreed at the first core group for a 13-year-old, a 9-year-old and a 2-year-old living "
        "with neglect: their mother has depression, the 13-year-old cares for her siblings and has "
        "started to self-harm, the 9-year-old is hungry and soiling, and the 2-year-old has missed her "
        "health checks; the family are moving to another authority in April. The actions (1 to 17, in "
        "a part for the family, a part for each child and a part for the move) carry no times or checks; "
        "a fixed-width 'When and how we will know' table at the end gives both, by action number. "
        "Faults: the daughter's CAMHS referral is held for the receiving authority to make 'once the "
        "family have settled in Brackley'; the young carers' sessions are 'as and when needed'; two rows "
        "are checked only by 'Monitored by school'; and the continence referral for the 9-year-old is "
        "left out of the keyed table and has no time or check of its own."
    ),
    "text": """\
HENSWORTH BOROUGH COUNCIL - CHILDREN'S SERVICES
Child protection plan agreed at the first core group
======================================================================

Children ............ Natalia KOWALCZYK, born 02/05/2012 (13), Year 8, Hensworth Academy
                      Kuba KOWALCZYK, born 17/08/2016 (9), Year 4, St Jude's RC Primary School
                      Zofia KOWALCZYK, born 20/04/2023 (2), Little Stars Nursery
Address ............. 12 Albion Street, Hensworth HN5 3TE
Mum ................. Agnieszka Kowalczyk (37). Speaks good English; the plan has been
                      translated into Polish for her.
Dad ................. Tomasz Kowalczyk, lives in Poznan; rings the children on Sundays
Aunt ................ Ewa Wrona (Agnieszka's sister), Brackley, Eastshire
Category ............ Neglect (all three children). Initial conference 14/01/2026.
First core group .... Tuesday 27/01/2026, Hensworth Family Hub
Social worker ....... Kasia Nowak (team manager: Graham Firth)

WHO WAS AT THE CORE GROUP
-------------------------
Agnieszka Kowalczyk (Mum); Kasia Nowak (social worker); Beata Zielinska (family support worker,
Hensworth Family Hub); Adam Bell (head of Year 8, Hensworth Academy); Helen Dale (class teacher and
DSL, St Jude's RC Primary); Sarah Jennings (health visitor); Ola Green (Zofia's key worker, Little
Stars Nursery); Grace Amos (school nurse, Hensworth 0-19 Service); Lucy Marsh (Hensworth Young Carers).
Apologies: Dr Maria Lewandowska (GP, Hensworth Road Surgery), who sent a report.

WHY THERE IS A PLAN
-------------------
Agnieszka has depression. Since Tomasz went back to Poland in the summer she has struggled to get up
in the mornings, and on bad days she stays in bed until the afternoon. On those days Natalia gets Kuba
and Zofia up, takes Zofia to nursery and is late for school herself. In December Hensworth Academy
found cuts on Natalia's forearm; she told Mr Bell she cuts "when it gets too much". Kuba often arrives
at school hungry, has soiled himself in class four times this term, and was found hiding bread in his
tray. Zofia has missed her two-year review twice and says very few words.

Agnieszka has accepted a housing association tenancy in Brackley, in Eastshire, near her sister Ewa.
The keys are expected on 13/04/2026. Hensworth keeps responsibility for the plan until Eastshire holds
its transfer-in conference.

WHAT IS GOING WELL
------------------
- Agnieszka came to the conference and the core group, and says "I want them to have a normal mum again".
- She has booked a GP appointment and is taking her tablets again.
- The flat is warm and clean, and there is food in the cupboards at every visit.
- Natalia talks to Mr Bell, and told him about the cutting herself.
- Ewa rings every day and is looking forward to the family living nearby.

WHAT THE CHILDREN SAY
---------------------
Natalia (seen on her own at school, 21/01/2026): "I'm basically the mum in the mornings." "I don't
want Mum to get in trouble." "Moving will be good because Ciocia Ewa will be there." She scored home
4 out of 10 and wants "Mum to get up and do Zofia, so I can get the bus with my friends".

Kuba (seen on his own at school, 22/01/2026): "I'm hungry at school because there's no time for
breakfast." He drew his house with Mum in bed and Natalia "doing everything". He wants to go to the
school's football club.

Zofia (seen at home and at nursery, 23/01/2026): she went straight to Natalia, not to her mum, when she
fell over, and pointed at the fridge and said "am" when she was hungry. At nursery Ola sees her eat very
quickly and cry when the other children are collected.

WHAT MUST CHANGE FOR THE CHILDREN
--------------------------------
1. Natalia is a 13-year-old again: she is not caring for Kuba and Zofia, gets to school on time, and
   is kept safe from hurting herself.
2. Kuba has breakfast every day, has help with his soiling, and is not hungry at school.
3. Zofia is at nursery every session, her health and development are checked, and she gets help with
   her talking.
4. The children's plan carries on without a gap when the family move to Brackley.

THE PLAN
--------
The actions below are numbered 1 to 17. They do not carry their own dates or checks: the table "WHEN
AND HOW WE WILL KNOW" after Part 5 gives both for each action, by its number.

Part 1 - the family and the home

 1. Kasia Nowak (social worker) will visit the family at home, one visit in three unannounced, see
    each child on their own, and look at the food, the beds and the washing.
 2. Agnieszka will go to her GP appointment about her low mood and her antidepressants, and tell
    Kasia what was agreed.
 3. Dr Maria Lewandowska (GP, Hensworth Road Surgery) will review Agnieszka's antidepressants with
    her and write to Kasia about how her mood is affecting her care of the children.
 4. Beata Zielinska (family support worker, Hensworth Family Hub) will do a home session with
    Agnieszka on school mornings, meals and bedtimes, using the family's weekly routine chart.
 5. Agnieszka will get up with the children on school days, make breakfast, and take Zofia to
    nursery herself, so that Natalia does not have to.

Part 2 - Natalia

 6. Mr Adam Bell (head of Year 8, Hensworth Academy) will meet Natalia in the pastoral base at the
    start of the day, ask how she is and whether she has hurt herself, and ring Kasia the same day if
    she has.
 7. Kasia Nowak will hold Natalia's referral to CAMHS for her low mood and self-harm until the family
    have moved to Brackley, and then pass it to the Eastshire social worker to make.
 8. Lucy Marsh (Hensworth Young Carers) will see Natalia at school for one-to-one young carers'
    sessions about her jobs at home and what she would like to do for herself.
 9. Grace Amos (school nurse, Hensworth 0-19 Service) will see Natalia at school about her cutting,
    keeping any cuts clean, and who she can tell when it gets too much.

Part 3 - Kuba

10. Mrs Helen Dale (class teacher and DSL, St Jude's RC Primary) will check Kuba at registration for
    hunger, clean clothes and soiling, and give him breakfast at the school's breakfast club.
11. Kasia Nowak will do four sessions of direct work with Kuba about home and his worries, using his
    worry monster.
12. St Jude's RC Primary will refer Kuba to the school nursing continence service about his soiling.

Part 4 - Zofia

13. Sarah Jennings (health visitor) will do Zofia's overdue two-year review (ASQ-3) at home, and
    refer her to speech and language therapy if her communication score is below the expected range.
14. Agnieszka will take Zofia to Little Stars Nursery for every booked session, on time and having
    had breakfast.
15. Ola Green (Zofia's key worker, Little Stars Nursery) will note when Zofia arrives, whether she is
    clean and hungry, and ring Kasia if Zofia is not in by 10am and Agnieszka has not rung.

Part 5 - the move to Brackley

16. Kasia Nowak will ask Eastshire County Council for a transfer-in conference, and send them this
    plan and the children's records.
17. Kasia Nowak will visit the children at their new home in Brackley, with the Eastshire social
    worker if one has been named.

WHEN AND HOW WE WILL KNOW
------------------------
+--------+------------------------------------+---------------------------------------------+
| Action | When                               | How we will know                            |
+--------+------------------------------------+---------------------------------------------+
| 1      | Every week until the move, then    | Visit records on the file within 48 hours,  |
|        | every week in Brackley until the   | with each child's words and what was in the |
|        | transfer-in conference             | fridge                                      |
+--------+------------------------------------+---------------------------------------------+
| 2, 3   | By 13/02/2026                      | Dr Lewandowska's letter on Kasia's file,    |
|        |                                    | saying what was agreed about Agnieszka's    |
|        |                                    | treatment and how her mood affects the      |
|        |                                    | children's care                             |
+--------+------------------------------------+---------------------------------------------+
| 4      | Every Monday from 02/02/2026       | Routine chart filled in each day; Beata and |
|        |                                    | Kasia agree at each core group how many     |
|        |                                    | school mornings went to plan (target: 4 of  |
|        |                                    | 5 by 24/03/2026)                            |
+--------+------------------------------------+---------------------------------------------+
| 5      | Every school day                   | Natalia in school by 8.40am on the register |
|        |                                    | (sent to Kasia every Friday); Natalia tells |
|        |                                    | Kasia who made breakfast                    |
+--------+------------------------------------+---------------------------------------------+
| 6      | Every school day at 8.35am         | Pastoral log e-mailed to Kasia every        |
|        |                                    | Friday; any self-harm rung through the same |
|        |                                    | day                                         |
+--------+------------------------------------+---------------------------------------------+
| 7      | Once the family have settled in    | The Eastshire social worker confirms to     |
|        | Brackley                           | Kasia in writing that the referral is made  |
+--------+------------------------------------+---------------------------------------------+
| 8      | As and when needed                 | Session notes to Kasia after each session   |
+--------+------------------------------------+---------------------------------------------+
| 9      | Every other Thursday at school     | Monitored by school                         |
+--------+------------------------------------+---------------------------------------------+
| 10     | Every school day at registration   | Monitored by school                         |
+--------+------------------------------------+---------------------------------------------+
| 11     | Weekly, four sessions from         | Kuba's worry monster sheets on file; Kuba   |
|        | 02/02/2026 to 23/02/2026           | can name two adults at school he can tell   |
+--------+------------------------------------+---------------------------------------------+
| 13     | By 27/02/2026                      | ASQ-3 scores in Zofia's red book and        |
|        |                                    | e-mailed to Kasia; the referral letter on   |
|        |                                    | file if one is made                         |
+--------+------------------------------------+---------------------------------------------+
| 14, 15 | Every nursery session (Monday to   | Nursery register and arrival log e-mailed   |
|        | Wednesday, 9am to 12 noon)         | to Kasia every Friday: Zofia in by 9.15am   |
|        |                                    | at 9 of every 10 sessions                   |
+--------+------------------------------------+---------------------------------------------+
| 16     | By 27/03/2026 (two weeks before    | Eastshire's written acceptance and the date |
|        | the keys are handed over)          | of the transfer-in conference on the file   |
+--------+------------------------------------+---------------------------------------------+
| 17     | Within 5 working days of the move  | Visit record on the file, with each child's |
|        |                                    | words about the new home                    |
+--------+------------------------------------+---------------------------------------------+

IF THINGS GO WRONG
------------------
- If Natalia hurts herself badly enough to need treatment, or says she wants to end her life, Mr Bell
  (or whoever she tells) takes her to Hensworth General A&E or rings 999, and rings Kasia (or the
  Emergency Duty Team) at once; Kasia holds a strategy discussion the same day.
- If Zofia or Kuba is found at home without an adult, or Agnieszka cannot get up to care for them,
  Kasia (or the duty social worker) visits that day. If there is no safe adult at home, the children
  are placed in foster care that day.
- If the children's attendance is below 90% at the core group on 24/03/2026, or the children are found
  alone at home, Kasia will ask Graham Firth for a legal planning meeting within 10 working days.
- The move does not stop the plan: every action carries on until Eastshire's transfer-in conference.

MEETINGS
--------
Core group ........... every four weeks at Hensworth Family Hub, Tuesdays at 4pm: 24/02/2026 and
                       24/03/2026
Review conference .... Wednesday 08/04/2026 at 10am, Hensworth Town Hall
Transfer-in .......... Eastshire County Council, within 15 working days of the move

Plan typed by Kasia Nowak, 28/01/2026; copies in English and Polish to Agnieszka, and to everyone at
the core group.
""",
    "findings": [
        F("X001", "will hold Natalia's referral to CAMHS for her low mood"),
        F("T002", "will hold Natalia's referral to CAMHS for her low mood"),
        F("T002", "will see Natalia at school for one-to-one young carers'"),
        F("M002", "will see Natalia at school about her cutting"),
        F("M002", "will check Kuba at registration for hunger, clean clothes"),
        F("T001", "will refer Kuba to the school nursing continence service"),
        F("M001", "will refer Kuba to the school nursing continence service"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan in five numbered sections of tables, with the
#    time or the check for a whole table given in a line before or after it
#    ("All of the following start this week and run until ...", "Each of the
#    above is to be done by the first core group ...", "For all of the above,
#    the core group will see ..."). Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_haverleigh_icpc_section_tables_opening_and_closing_lines_hussain.docx",
    "doc_title": "Child Protection Plan - Yusuf and Aisha Hussain",
    "split": "heldout",
    "actions": 19,
    "template": "icpc-plan-docx-kv-details-what-happened-going-well-yusufs-words-aishas-day-outcomes-then-five-numbered-plan-sections-of-tables-without-a-when-column-opening-time-line-before-a-table-closing-deadline-line-after-a-table-for-all-of-the-above-check-line-after-a-two-column-table-one-section-with-its-own-when-column-then-also-agreed-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 13-month-old after their father hit the "
        "6-year-old with a belt, leaving marks; the mother has postnatal depression; the father has moved "
        "to his brother's and the paternal uncle and aunt supervise his contact. The plan is five numbered "
        "sections of tables, most with no When column: section 1 opens with 'All of the following start "
        "this week and run until the review conference on Thursday 09/04/2026'; section 2 has its own "
        "When column; section 3 (the school) is a What / Who table between an opening time line and a "
        "closing 'For all of the above, the core group will see ...' line; section 4 closes with 'Each of "
        "the above is to be done by the first core group on Thursday 29/01/2026'; section 5, 'Also "
        "agreed', has neither. Faults: the mother's own safety plan 'when she is ready'; 'All "
        "professionals' reporting marks; the health visitor's visits measured by 'Samina's mood "
        "improves'; the perinatal mental health nurse's weekly supportive visits with no assessment of "
        "change; a counselling referral with no time or check; and nothing anywhere about legal planning."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Haverleigh Borough Council, Children's Social Care. Initial child protection conference held on "
              "Thursday 15/01/2026 at Haverleigh Civic Centre; chair: Peter Lowe (independent reviewing officer). "
              "Yusuf and Aisha are subject to child protection plans under the category of physical abuse."),
        ("kv", [
            ("Children", "Yusuf Hussain, born 02/03/2019 (6), Year 2, Haverleigh Park Primary School; Aisha "
                         "Hussain, born 10/12/2024 (13 months)"),
            ("Address", "58 Clifton Grove, Haverleigh HV7 1NW"),
            ("Mum", "Samina Hussain (30). First language Urdu; speaks English well. Plan translated into Urdu."),
            ("Dad", "Imran Hussain (34), taxi driver; living at 17 Clifton Road with his brother and "
                    "sister-in-law since 06/01/2026"),
            ("Paternal uncle and aunt", "Tariq and Rehana Hussain, 17 Clifton Road, Haverleigh"),
            ("Social worker", "Farah Iqbal, Haverleigh Safeguarding Team (team manager: Neil Bradshaw)"),
            ("School", "Haverleigh Park Primary: Mrs Joanne Kerr (DSL), Mr Daniel Lewis (Yusuf's teacher)"),
            ("Health", "Claire Whitby (health visitor); Fatima Begum (perinatal mental health nurse, "
                       "Haverleigh Perinatal Mental Health Team); Dr Anil Mehta (GP, Clifton Medical Practice)"),
            ("Police", "DC Sam Fletcher, Haverleigh Police Child Abuse Investigation Team"),
        ]),
        ("h1", "What happened"),
        ("p", "On Monday 05/01/2026 Yusuf came to school with a bruise on his left cheek and three red lines "
              "across his upper arm. He told Mrs Kerr: \"Dad hit me with his belt because I broke the TV "
              "remote.\" A child protection medical the same day found the marks were consistent with what "
              "Yusuf said. Imran was arrested and interviewed, and has been released under investigation. He "
              "told the police he had \"smacked\" Yusuf, as his own father did with him. Samina said she was in "
              "the bedroom with Aisha and did not see it, but that Imran \"shouts a lot\" when Yusuf is naughty."),
        ("p", "Samina has postnatal depression, diagnosed when Aisha was four months old. She is under the "
              "Perinatal Mental Health Team and takes sertraline. She says that some days she cannot face "
              "getting Yusuf to school, and he has been late 14 times this year."),
        ("p", "Since 06/01/2026 Imran has lived with Tariq and Rehana under a written agreement, and sees the "
              "children only at their house, with Tariq or Rehana in the room."),
        ("h1", "What is going well"),
        ("bullets", [
            "Imran has kept to the written agreement, and says he is ashamed and wants help with Yusuf's "
            "behaviour.",
            "Samina rang the school herself on 06/01/2026 to ask how Yusuf was.",
            "Tariq and Rehana have supervised six contacts, and say the children are happy to see their dad.",
            "Aisha is meeting her milestones and is well cared for.",
            "Yusuf has good friends at school and loves reading with Mr Lewis.",
        ]),
        ("h1", "What Yusuf says, and Aisha's day"),
        ("p", "Yusuf (seen on his own at school by Farah, 12/01/2026): \"I miss Dad at bedtime.\" \"I don't want "
              "the belt again. It stinged.\" \"Mum is sad and stays in bed. I get my own cereal.\" He put Dad in "
              "his house of worries and his house of good things, and wants \"Dad to come home but not be cross\"."),
        ("p", "Aisha is 13 months old. Claire saw her at home on 09/01/2026: she is pulling herself up on the "
              "furniture and babbling \"mama\" and \"baba\". She goes to Samina for comfort and settles quickly. "
              "On days when Samina stays in bed, Aisha spends long spells in her cot with a bottle."),
        ("h1", "What we want for Yusuf and Aisha"),
        ("numbers", [
            "Yusuf and Aisha are not hit or hurt by anyone, and are disciplined calmly.",
            "Yusuf gets to school on time every day, having had breakfast.",
            "Aisha is played with, fed and changed through the day by a mum who is well enough to care for "
            "her.",
            "Yusuf knows which adults he can tell if he is frightened or hurt.",
        ]),
        ("h1", "The plan"),
        ("h2", "1. Keeping Yusuf and Aisha safe from being hurt"),
        ("p", "All of the following start this week and run until the review conference on Thursday 09/04/2026."),
        ("table", {
            "header": ["What will happen", "Who", "How we'll know"],
            "widths": [8.0, 3.8, 5.2],
            "rows": [
                ["Imran will live at 17 Clifton Road and not stay at the family home, and will see the children "
                 "only at Tariq and Rehana's house",
                 "Imran Hussain (Dad)",
                 "Farah's unannounced visits, at least one a fortnight after 7pm, find Imran not at the house; "
                 "Yusuf tells Farah who sleeps at home"],
                ["Supervise all of Imran's contact with Yusuf and Aisha at 17 Clifton Road, on Wednesdays 5pm to "
                 "7pm and Sundays 2pm to 5pm, staying in the room the whole time",
                 "Tariq or Rehana Hussain (paternal uncle and aunt)",
                 "Contact log signed by Tariq or Rehana after each contact, and a photo of the page sent to "
                 "Farah the same evening"],
                ["Visit at home every week, one visit in three unannounced; see Yusuf on his own and Aisha "
                 "awake, and check both children for marks",
                 "Farah Iqbal (social worker)",
                 "Visit records on the case file within 48 hours, with Yusuf's words, and a body map if any "
                 "mark is seen"],
                ["Six sessions of direct work with Yusuf about feelings, safe adults and \"my body is mine\", "
                 "using his safety hand",
                 "Farah Iqbal (social worker)",
                 "Yusuf's safety hand on file with the five adults he chose; Yusuf can name them to Farah at the "
                 "last session"],
                ["Go to the Positive Dads programme about discipline without hitting (12 weekly sessions, "
                 "Tuesday evenings from 20/01/2026)",
                 "Imran Hussain (Dad)",
                 "Programme register e-mailed to Farah every fortnight, and the facilitator's end-of-course "
                 "report"],
                ["Report any mark or bruise seen on Yusuf or Aisha to Farah the same day",
                 "All professionals",
                 "Marks recorded on a body map and logged on the children's chronology"],
                ["Write her own safety plan with Farah for what she will do if Imran comes to the house outside "
                 "contact, when she is ready",
                 "Samina Hussain (Mum)",
                 "Samina's signed safety plan on Farah's file"],
            ],
        }),
        ("h2", "2. Health"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we'll know"],
            "widths": [6.4, 3.6, 3.0, 4.0],
            "rows": [
                ["Aisha's one-year review (ASQ-3) at home, and weigh her",
                 "Claire Whitby (health visitor)",
                 "By 13/02/2026",
                 "ASQ-3 scores and weight in Aisha's red book, e-mailed to Farah"],
                ["Home visits to Samina and Aisha to talk about Aisha's routine, play and sleep",
                 "Claire Whitby (health visitor)",
                 "Every two weeks until the review conference",
                 "Samina's mood improves"],
                ["Weekly supportive home visits to Samina for her postnatal depression",
                 "Fatima Begum, perinatal mental health nurse, Haverleigh Perinatal Mental Health Team",
                 "Every Tuesday",
                 "Fatima confirms to Farah each month that the visits took place"],
                ["Review Samina's sertraline dose with her and write to Farah",
                 "Dr Anil Mehta (GP)",
                 "By 30/01/2026",
                 "GP letter on Farah's file"],
            ],
        }),
        ("h2", "3. School"),
        ("p", "Every school day from Monday 19/01/2026:"),
        ("table", {
            "header": ["What will happen", "Who"],
            "widths": [11.5, 5.5],
            "rows": [
                ["Meet Yusuf at the gate, ask how he is, and give him breakfast at the Sunrise club if he has "
                 "not eaten",
                 "Mrs Joanne Kerr (DSL)"],
                ["Get Yusuf to school by 8.50am, having had breakfast, or to the Sunrise club by 8am",
                 "Samina Hussain (Mum)"],
                ["Tell Mrs Kerr at the end of each day about anything Yusuf says about home or any mark he sees, "
                 "and log it on CPOMS",
                 "Mr Daniel Lewis (Yusuf's class teacher)"],
            ],
        }),
        ("p", "For all of the above, the core group will see Mrs Kerr's e-mail to Farah every Friday: Yusuf's "
              "attendance and punctuality from the register (95% and on time by the Easter holidays), the Sunrise "
              "club register, and every CPOMS note about him."),
        ("h2", "4. First steps"),
        ("table", {
            "header": ["What will happen", "Who", "How we'll know"],
            "widths": [8.0, 3.8, 5.2],
            "rows": [
                ["Go through this plan with Samina and with Imran, each with the Urdu copy",
                 "Farah Iqbal (social worker)",
                 "Both parents have signed their copy, and the signed copies are on file"],
                ["Tell Farah in writing what stage the police investigation has reached and the date of the next "
                 "decision",
                 "DC Sam Fletcher, Haverleigh Police CAIT",
                 "E-mail on Farah's file"],
                ["Refer the family to Haverleigh Family Hub for a family support worker",
                 "Farah Iqbal (social worker)",
                 "Referral accepted, and the worker's name given to Samina"],
                ["Register Aisha for the Tuesday stay and play sessions at Haverleigh Park Children's Centre",
                 "Samina Hussain (Mum)",
                 "Samina shows Farah Aisha's registration card"],
            ],
        }),
        ("p", "Each of the above is to be done by the first core group on Thursday 29/01/2026."),
        ("h2", "5. Also agreed"),
        ("table", {
            "header": ["What will happen", "Who", "How we'll know"],
            "widths": [8.0, 3.8, 5.2],
            "rows": [
                ["Refer Yusuf to the Haverleigh Children's Wellbeing Service for counselling about what happened",
                 "Farah Iqbal (social worker)",
                 "-"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Imran comes to the family home, or sees the children without Tariq or Rehana in the room, Samina "
            "rings 999 if anyone is in danger and rings Farah (or the Emergency Duty Team) straight away; Farah "
            "holds a strategy discussion with the police the same day, and contact stops until it has decided "
            "what happens next.",
            "If Yusuf or Aisha has a mark that no one can explain, or says anyone has hurt them, whoever sees it "
            "rings Farah at once, and Farah holds a strategy discussion the same day and arranges a child "
            "protection medical.",
            "If Tariq or Rehana cannot supervise a contact, that contact does not go ahead, and Farah arranges "
            "supervised contact at Haverleigh Family Centre within a week.",
            "If Samina cannot get up to care for Aisha or get Yusuf to school, she rings Farah; Fatima visits her "
            "that day, and Rehana collects Yusuf for school. If Rehana cannot, Farah or the duty social worker "
            "visits that morning and sees both children.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "First core group: Thursday 29/01/2026 at 1pm, Haverleigh Park Primary; then every four weeks: "
            "26/02/2026 and 26/03/2026.",
            "Review child protection conference: Thursday 09/04/2026 at 10am, Haverleigh Civic Centre.",
        ]),
        ("p", "Plan sent to Samina, Imran, Tariq and Rehana, and every agency, on 19/01/2026."),
    ],
    "findings": [
        F("T002", "Write her own safety plan with Farah for what"),
        F("W002", "Report any mark or bruise seen on Yusuf or Aisha"),
        F("M002", "Home visits to Samina and Aisha to talk about"),
        F("H001", "Weekly supportive home visits to Samina for her postnatal"),
        F("T001", "Refer Yusuf to the Haverleigh Children's Wellbeing Service"),
        F("M001", "Refer Yusuf to the Haverleigh Children's Wellbeing Service"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Review conference plan: a numbered action table with no times, then a
#    "When" timeline keyed by action number, with a "How often, or by when"
#    column and a tick for each month to the next review. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
_T = "\u2713"
PLANS.append({
    "name": "b175_holmcrag_rcpc_action_table_month_tick_timeline_brannan.pdf",
    "doc_title": "Child Protection Plan - Lacey Brannan and Finn Reilly",
    "split": "heldout",
    "actions": 14,
    "min_pages": 2,
    "header": "Holmcrag Council · Children's Services · Child protection plan (review)",
    "footer": "Lacey Brannan and Finn Reilly · Plan from the review conference of 05/02/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "rcpc-plan-paged-header-footer-details-table-what-happened-since-november-going-well-lacey-and-finns-words-outcomes-then-numbered-no-what-will-happen-who-how-well-know-table-with-no-times-then-when-timeline-table-keyed-by-action-number-how-often-or-by-when-and-a-tick-per-month-to-the-next-review-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a 7-year-old and a 4-year-old after their father strangled "
        "their mother in front of them; he has left, has a restraining order and a community order with "
        "a domestic abuse programme, and sees the children at a family centre. The plan is a numbered "
        "'What will happen / Who / How we'll know' table with no times; the times are in a separate "
        "'When' timeline keyed by action number, with a 'How often, or by when' column ('Every week', "
        "'Before each contact', 'The school day after each contact', 'By 27/02/2026') and a tick in each "
        "month from February to July in which the action happens. The probation officer reports on the "
        "father's risk, the grandmother's school runs have a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and the children's words are written down."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review child protection conference, Thursday 05/02/2026, Holmcrag Civic Hall. Chair: Martin Shaw "
              "(independent reviewing officer). Lacey and Finn remain subject to child protection plans under "
              "the category of emotional abuse, first made at the initial conference on 13/11/2025."),
        ("table", {
            "rows": [
                ["Children", "Lacey Brannan, born 21/07/2018 (7), Year 2; Finn Reilly, born 03/11/2021 (4), "
                             "Reception. Both at Fellgate Primary School."],
                ["Home", "6 Elm Row, Holmcrag HC4 8DL, with their mum"],
                ["Mum", "Jade Brannan (29), works at Holmcrag Garden Centre, Mondays and Thursdays from 7am"],
                ["Dad", "Connor Reilly (32), 22a Market Street, Holmcrag. Restraining order until 31/10/2027 "
                        "(no contact with Jade, not to go to Elm Row); 24-month community order with a "
                        "Building Better Relationships requirement."],
                ["Nan", "Carol Brannan (Jade's mum), 15 Birch Lane, Holmcrag"],
                ["Social worker", "Hayley Roberts, Holmcrag Children's Safeguarding Team (team manager: Ian "
                                  "Moorcroft)"],
                ["IDVA", "Nadia Farouk, Holmcrag Women's Aid"],
                ["Probation officer", "Sam Oduya, Holmcrag Probation Service"],
                ["School", "Fellgate Primary: Mrs Clare Hughes (DSL), Mrs Priti Shah (SENCO)"],
                ["School nurse", "Amy Parkes, Holmcrag 0-19 Service"],
                ["Contact supervisor", "Gill Turner, Holmcrag Family Centre"],
            ],
            "widths": [4.0, 13.0],
            "bold_first_col": True,
        }),
        ("h1", "What has happened since November"),
        ("p", "On 12/10/2025 Connor held Jade against the kitchen wall by her throat while Lacey and Finn watched "
              "from the doorway. Lacey ran to a neighbour, who rang the police. Connor pleaded guilty to assault "
              "in November and was given a community order and a restraining order. He has not been back to Elm "
              "Row. Jade has worked with Nadia every week, has a safety plan, and started the Freedom Programme "
              "waiting list. The children have seen their dad at Holmcrag Family Centre since December."),
        ("p", "Lacey still wets the bed most nights and wakes in the night looking for her mum. Finn hits other "
              "children at school when he is frustrated, and hid under the table when a door slammed. Jade says "
              "Connor has sent her messages through a friend, which she told the police about."),
        ("h1", "What is going well"),
        ("bullets", [
            "Jade has kept to her safety plan and told the police about every message from Connor.",
            "Connor has been to all eight of his Building Better Relationships sessions so far.",
            "Contact has been calm; Gill says the children are pleased to see their dad and leave happily.",
            "Carol walks the children to school when Jade starts work early, and they have not been late on "
            "those days.",
            "Lacey's attendance is 98% and Finn's 96%.",
        ]),
        ("h1", "What Lacey and Finn say"),
        ("p", "Lacey (seen on her own at school by Hayley, 29/01/2026): \"I don't like it when I remember Daddy "
              "hurting Mummy's neck.\" \"I like seeing Daddy at the centre because Gill is there.\" \"I wet the "
              "bed and I'm scared to tell.\" She scored feeling safe at home 7 out of 10, \"more when the new "
              "lock is on\"."),
        ("p", "Finn (seen at school and at home, 29/01/2026 and 02/02/2026): \"Daddy squeezed Mummy.\" \"I like "
              "Daddy's Lego at the centre.\" He put his mum, his nan and Lacey in his \"safe house\" drawing, and "
              "his dad in the garden \"because he's sorry\"."),
        ("h1", "What we want for Lacey and Finn"),
        ("numbers", [
            "Lacey and Finn live in a home where no one is hurt or frightened, and know what to do and who to "
            "tell if they are scared.",
            "Lacey and Finn see their dad safely, only in the way agreed, and are calm before and after.",
            "Lacey sleeps through the night more often and is not ashamed when she wets the bed; Finn can "
            "calm himself at school without hitting.",
        ]),
        ("h1", "The plan"),
        ("p", "The table says what will happen, who will do it and how we will know. When each action happens "
              "is in the timeline after it, by the action's number."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "How we'll know"],
            "widths": [1.0, 7.0, 4.0, 5.0],
            "rows": [
                ["1", "Visit Lacey and Finn at home, one visit in three unannounced; see each child on their own, "
                      "and talk with Jade about how she is keeping them safe",
                 "Hayley Roberts, social worker",
                 "Visit records on the case file within 48 hours, with each child's words"],
                ["2", "Six sessions of direct work with Lacey about what happened in October, her feelings and her "
                      "own safety plan, using her worry tree",
                 "Hayley Roberts, social worker",
                 "Lacey's worry tree and safety plan on file; Lacey can tell Hayley three people she would go "
                 "to"],
                ["3", "One-to-one sessions with Jade, going over her safety plan at each one (the restraining "
                      "order, who to ring, what to do if Connor comes to Elm Row)",
                 "Nadia Farouk, IDVA, Holmcrag Women's Aid",
                 "Jade's safety plan dated at each session, copy to Hayley; DASH risk checklist repeated in "
                 "April and the score shared with Hayley"],
                ["4", "Go to the Freedom Programme at Holmcrag Family Hub",
                 "Jade Brannan (Mum)",
                 "Register sent to Hayley each month; Jade's certificate on file at the end"],
                ["5", "Go to every session of the Building Better Relationships programme that is part of his "
                      "community order",
                 "Connor Reilly (Dad)",
                 "Attendance shown in Sam Oduya's report to each core group"],
                ["6", "Report to each core group on Connor's progress on the programme and the risk he poses to "
                      "Jade and the children, and tell Hayley if he misses a session or breaks either order",
                 "Sam Oduya, probation officer, Holmcrag Probation Service",
                 "Written report on Hayley's file before each core group; a missed session or a breach e-mailed "
                 "to Hayley within one working day"],
                ["7", "Supervise Lacey and Finn's contact with Connor at Holmcrag Family Centre, staying in the "
                      "room, and end the contact if Connor talks about Jade or the court case",
                 "Gill Turner, contact supervisor, Holmcrag Family Centre",
                 "Contact record after every contact, sent to Hayley within 2 working days, saying how the "
                 "children were before, during and after"],
                ["8", "Talk with Lacey and Finn about the visit and ask them what they would like to do with their "
                      "dad",
                 "Gill Turner, contact supervisor",
                 "The children's words written at the top of the contact record"],
                ["9", "Check in with Lacey and Finn, and log on CPOMS how each of them is",
                 "Mrs Clare Hughes, DSL, Fellgate Primary",
                 "CPOMS notes included in the Friday e-mail to Hayley"],
                ["10", "Meet Lacey and Finn at the classroom door, and ring Hayley the same day if either says "
                       "anything about their dad or home",
                 "Mrs Clare Hughes, DSL, Fellgate Primary",
                 "Register and CPOMS summary e-mailed to Hayley every Friday"],
                ["11", "Walk Lacey and Finn to school on the mornings Jade starts work at 7am",
                 "Carol Brannan (Nan)",
                 "The register shows both children in by 8.50am on Mondays and Thursdays"],
                ["12", "A place for Finn in the Rainbow Room nurture group, with a Boxall profile at the start and "
                       "at the end",
                 "Mrs Priti Shah, SENCO, Fellgate Primary",
                 "Both Boxall profiles on Finn's file; fewer hitting incidents logged on CPOMS in June than in "
                 "February"],
                ["13", "Fit a door chain, window locks and a video doorbell at 6 Elm Row through the Sanctuary "
                       "Scheme",
                 "Daniel Hurst, housing officer, Holmcrag Council Sanctuary Scheme",
                 "Completion certificate on Hayley's file; Hayley sees the locks at her next visit"],
                ["14", "See Lacey about her bedwetting and sleep, and give Jade and Lacey a plan for wet nights",
                 "Amy Parkes, school nurse, Holmcrag 0-19 Service",
                 "Lacey's dry and wet nights diary, and Amy's letter to Jade and Hayley after each appointment"],
            ],
        }),
        ("h2", "When: the timeline"),
        ("p", "Every action in the plan is in this timeline, by its number. A tick means the action happens in "
              "that month; the second column says how often, or by when."),
        ("table", {
            "header": ["No.", "How often, or by when", "Feb", "Mar", "Apr", "May", "Jun", "Jul"],
            "widths": [1.0, 7.6, 1.4, 1.4, 1.4, 1.4, 1.4, 1.4],
            "rows": [
                ["1", "Every week until the next review conference", _T, _T, _T, _T, _T, _T],
                ["2", "Every other week, six sessions from 12/02/2026 to 23/04/2026", _T, _T, _T, "", "", ""],
                ["3", "Every week until the next review conference", _T, _T, _T, _T, _T, _T],
                ["4", "Tuesday mornings, 24/02/2026 to 12/05/2026 (12 sessions)", _T, _T, _T, _T, "", ""],
                ["5", "Every Thursday evening session (6pm to 8.30pm) until the programme ends on 25/06/2026",
                 _T, _T, _T, _T, _T, ""],
                ["6", "Before each core group; a missed session or a breach within one working day",
                 _T, _T, _T, _T, _T, _T],
                ["7", "Every other Saturday, 10am to 12 noon (from 14/02/2026)", _T, _T, _T, _T, _T, _T],
                ["8", "Before each contact, at the family centre, in the 10 minutes before Connor arrives", _T, _T, _T, _T, _T, _T],
                ["9", "The school day after each contact (every other Monday)", _T, _T, _T, _T, _T, _T],
                ["10", "Every school day", _T, _T, _T, _T, _T, _T],
                ["11", "Mondays and Thursdays in term time", _T, _T, _T, _T, _T, _T],
                ["12", "Tuesday and Thursday afternoons, 24/02/2026 to 16/07/2026", _T, _T, _T, _T, _T, _T],
                ["13", "By 27/02/2026", _T, "", "", "", "", ""],
                ["14", "First appointment by 13/03/2026, then every month", "", _T, _T, _T, _T, _T],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Connor comes to Elm Row, contacts Jade or the children outside the family centre, or breaks "
            "either order: Jade rings 999 and then Hayley (or the Emergency Duty Team). Hayley holds a strategy "
            "discussion with the police the same day, and contact at the family centre stops until it has "
            "decided what happens next.",
            "If Jade lets Connor into the house or meets him, or hides contact with him from the plan, Hayley "
            "will ask Ian Moorcroft for a legal planning meeting within 5 working days to decide whether the "
            "threshold for care proceedings is met.",
            "If Sam Oduya's report says Connor has stopped going to the programme, or the risk he poses has "
            "gone up, contact is suspended and Hayley asks for a legal planning meeting within 10 working days.",
            "If Carol cannot walk the children to school, she rings Jade by 6.30am and Jade takes them to the "
            "Fellgate breakfast club for 7.45am (a place is kept for them, agreed by Mrs Hughes), starting work "
            "late that day as her manager has agreed. If neither works, Jade tells Hayley, and Hayley and Jade "
            "agree another adult at Hayley's next visit.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group at Fellgate Primary, Thursdays at 3.30pm, about every six weeks: 19/03/2026, "
            "30/04/2026, 11/06/2026 and 16/07/2026.",
            "Next review child protection conference: Thursday 30/07/2026 at 10am, Holmcrag Civic Hall.",
        ]),
        ("p", "Plan sent to Jade, Connor (his part only, through Sam Oduya), Carol and every agency on "
              "09/02/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan set out as "Keira's week": each heading is an
#    event or rhythm in the child's life, with bullets under it and one
#    "How we'll know" line for the bullets under each heading. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b175_hurstwick_icpc_keiras_week_event_headings_mcallister.md",
    "split": "heldout",
    "actions": 18,
    "template": "icpc-plan-md-details-bullets-why-going-well-keiras-day-outcomes-then-plan-as-keiras-week-each-heading-an-event-or-rhythm-in-her-life-nursery-sessions-key-work-wednesdays-weekend-nights-saturday-contact-bath-and-bedtime-health-appointments-with-bold-owner-bullets-and-one-how-well-know-line-per-heading-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 2-year-old whose mother uses cocaine at weekends (the "
        "police found the child asleep on a coat pile at a party at 2am) and whose father, convicted of "
        "assaulting the mother, sees her on Saturdays supervised by his mother; the maternal grandmother "
        "calls in at weekends. The plan is set out as 'Keira's week': each heading is an event or rhythm "
        "in her life ('Every nursery session - Monday, Tuesday and Thursday', 'Every Wednesday - Mum's "
        "key-work day', 'Every Friday and Saturday night', 'Every Saturday - time with Dad', 'Every "
        "night - bath time and bedtime', 'Every week until the review conference', 'Once, by the first "
        "core group on 04/02/2026') and gives the time for the bullets under it, and one 'How we'll know' "
        "line under each heading is the check for all of them. The drug and alcohol service tests and "
        "reports on change, both grandmothers' help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set, and Keira's day is written down."
    ),
    "text": """\
# Hurstwick Council - Children and Families

## Child protection plan for Keira McAllister

Agreed at the initial child protection conference on **Wednesday 21/01/2026**, Hurstwick Town Hall.
Chair: Rebecca Hale (independent reviewing officer). Category: neglect.

- **Keira McAllister**, born 15/10/2023 (2 years 3 months). Goes to Bluebell Nursery on Monday, Tuesday
  and Thursday.
- **Mum:** Stacey-Leigh McAllister (23), Flat 4, 9 Quarry Court, Hurstwick HU3 5BD. Keira lives with her.
- **Dad:** Liam Grant (25), lives with his mum at 9 Heron Close. Convicted in 2024 of assaulting
  Stacey-Leigh; sees Keira every Saturday at his mum's house.
- **Nana Tina:** Tina McAllister (Stacey-Leigh's mum), 30 Quarry Lane, five minutes' walk away.
- **Nana Maureen:** Maureen Grant (Liam's mum), 9 Heron Close.
- **Social worker:** Jo Fenwick, Hurstwick Safeguarding Team (team manager: Colin Ashby).
- **Recovery worker:** Kirsty Lane, Hurstwick Drug and Alcohol Service (HDAS), Station Road.
- **Health visitor:** Lucy Carr, Hurstwick 0-19 Service.
- **Nursery:** Bluebell Nursery, Priya Sandhu (Keira's key worker).

### Why there is a plan

At 2am on 28/12/2025 the police went to a flat on Kiln Street after a noise complaint. They found about
ten adults, some of them using cocaine, and Keira asleep on a pile of coats on the sofa. Stacey-Leigh
was there and was under the influence. She told the police it was "a one-off", but she later told Jo
that she uses cocaine "most weekends" when she goes out, and sometimes takes Keira with her when Tina
cannot babysit. Keira has missed her two-year review twice and her 12-month immunisations, and nursery
have seen bad nappy rash on six Mondays since October.

Liam assaulted Stacey-Leigh in 2024 and was convicted. He and Stacey-Leigh are not together. The court
agreed then that he would see Keira only with Maureen there, and that has happened every Saturday since.

### What is going well

- Stacey-Leigh went to HDAS herself on 05/01/2026, and her first oral fluid test on 14/01/2026 was
  negative.
- Keira is warm, well dressed and loved; she is always clean on Tuesdays and Thursdays at nursery.
- Tina and Maureen both came to the conference and want to help.
- Contact with Liam at Maureen's has gone well every week; Maureen has never left Keira alone with him.

### Keira's day

Keira cannot tell us in words what her life is like, so this is what we have seen. She talks in two- and
three-word phrases ("Nana Tina car", "more juice"). At nursery she plays happily and runs to Priya when
she arrives. On Mondays she often comes in tired and hungry, in Sunday's clothes, with nappy rash, and
she falls asleep before lunch. At home on 16/01/2026 Jo saw her climb onto Stacey-Leigh's knee with a
book and point at the pictures, and Stacey-Leigh read it to her twice. When Jo asked Keira about
"Nana's house" she smiled and said "Nana Tina cuddle". At Maureen's on Saturdays Maureen says she
runs to Liam at the door and cries when it is time to go home.

### What we want for Keira

1. Keira is looked after every day and night by adults who are not under the influence of drugs or
   drink, and is never taken to parties or places where adults are using drugs.
2. Keira is at nursery every session, clean and fed, with no nappy rash.
3. Keira's health and development are checked and she is up to date with her immunisations.
4. Keira sees her dad safely, only with Maureen there, and her mum and dad never meet when she is handed
   over.

## The plan: Keira's week

This plan is set out by the times in Keira's week when the work happens. **Each heading says when;**
each bullet says who will do what. Under each heading, **How we'll know** is the check for every
bullet under that heading.

### Every nursery session - Monday, Tuesday and Thursday, 8.30am to 3pm at Bluebell Nursery

- **Stacey-Leigh** will get Keira to Bluebell by 9am, washed, in a clean nappy and clothes, and having
  had breakfast.
- **Priya Sandhu** (Keira's key worker) will write down when Keira arrives, who brings and collects her,
  whether she is clean, hungry or tired, and any nappy rash, and ring Jo the same day about anything
  worrying.

**How we'll know:** Bluebell's register and Priya's arrival log, e-mailed to Jo every Friday: Keira in by
9am at 9 of every 10 sessions, and no nappy rash logged on any Monday by the review conference.

### Every Wednesday - Stacey-Leigh's key-work day

- **Stacey-Leigh** will go to her key-work session at HDAS, Station Road, at 10am, and give an oral fluid
  test.
- **Kirsty Lane** (recovery worker, HDAS) will test Stacey-Leigh at each session, and write a report
  before each core group on whether she has stopped using cocaine, whether she can stay stopped while
  she is caring for Keira, and how long that is likely to take.

**How we'll know:** oral fluid results e-mailed by Kirsty to Jo every Wednesday afternoon (negative
expected every week), and Kirsty's report on Jo's file two working days before each core group.

### Every Friday and Saturday night

- **Stacey-Leigh** will stay at home with Keira from 6pm, with no visitors after 8pm, and will not take
  Keira out in the evening.
- **Tina McAllister** (Nana Tina) will call in at 9pm, see Keira asleep in her cot, and stay the night
  if Stacey-Leigh wants to go out (Keira does not go with her).
- **Jo Fenwick** (social worker), or the Emergency Duty Team, will make one unannounced visit on a Friday
  or Saturday evening each month.

**How we'll know:** Tina texts Jo by 10pm every Friday and Saturday to say she has seen Keira asleep in
her cot and who was at the flat; the record of each unannounced evening visit says who was there and
where Keira was sleeping.

### Every Saturday - time with Dad, 10am to 1pm at 9 Heron Close

- **Maureen Grant** (Nana Maureen) will collect Keira from Stacey-Leigh's flat at 9.45am and bring her
  back at 1.15pm, so that Stacey-Leigh and Liam do not meet.
- **Maureen Grant** will stay in the room with Liam and Keira for the whole visit, and not leave Keira
  alone with him.
- **Liam** will give Keira her lunch and change her nappy at each visit, with Maureen there.

**How we'll know:** Maureen fills in the contact book at every visit (the times, what Keira ate, how she
was when she came and when she went home) and sends Jo a photo of the page the same day; Jo reads the
book at Maureen's at least once a month.

### Every night - bath time and bedtime

- **Stacey-Leigh** will bath Keira at least every other night, put barrier cream on at every nappy
  change, and put Keira to bed in her own cot by 7.30pm.

**How we'll know:** Lucy sees Keira's skin at each of her visits and writes it in the red book, and
Priya's log shows no nappy rash on any nursery day; Keira's cot is made up and slept in when Jo visits.

### At Keira's health appointments

- **Lucy Carr** (health visitor) will do Keira's missed two-year review (ASQ-3) at home on 03/02/2026,
  then visit every two weeks until the review conference.
- **Stacey-Leigh** will take Keira to the practice nurse at Hurstwick Health Centre for her missed
  12-month immunisations on 29/01/2026.

**How we'll know:** ASQ-3 scores and Keira's weight in her red book, e-mailed to Jo after each visit; the
practice confirms to Jo in writing that the immunisations were given.

### Every week until the review conference on 15/04/2026

- **Jo Fenwick** will visit at home, one visit in three unannounced, see Keira awake and undressed, look
  at her cot and in the fridge, and talk with Stacey-Leigh about the weekend.
- **Jo Fenwick** will do a parenting assessment with Stacey-Leigh in weekly sessions, including what
  Keira needs from her at night and at weekends.

**How we'll know:** visit records within 48 hours saying where Keira slept, what was in the fridge and how
Keira was with her mum; the parenting assessment report, with its recommendation, shared with
Stacey-Leigh and the core group by 01/04/2026.

### Once, by the first core group on 04/02/2026

- **Jo Fenwick** will hold a family network meeting with Stacey-Leigh, Tina, Maureen and Liam to write
  down the weekend and Saturday arrangements, and who steps in if Tina or Maureen cannot.
- **Kirsty Lane** will take a hair strand sample from Stacey-Leigh for a 3-month cocaine test and send it
  to the laboratory.
- **Jo Fenwick** will ask Hurstwick Homes to mend the broken window catch in Keira's bedroom.

**How we'll know:** the family network plan, signed by everyone who came, sent to the core group on
04/02/2026; the hair strand results letter on Jo's file by the second core group (04/03/2026); the
window catch seen mended at Jo's next visit.

## If things go wrong

- If any oral fluid or hair strand test is positive for cocaine, or Stacey-Leigh is seen under the
  influence while caring for Keira, or Keira is taken to a party or a house where adults are using
  drugs: Keira goes to Tina's at 30 Quarry Lane that day, and Jo holds a strategy discussion with the
  police and health the same day. If Tina cannot have her, Jo (or the Emergency Duty Team) arranges a
  foster placement that day. Jo will ask Colin Ashby for a legal planning meeting within 5 working days
  to decide whether to start pre-proceedings under the Public Law Outline.
- If Tina cannot call in on a Friday or Saturday night, she rings Jo (or the Emergency Duty Team) by
  6pm, and Stacey-Leigh and Keira stay at Tina's house that night instead. If that cannot happen either,
  the Emergency Duty Team visits the flat that evening.
- If Maureen cannot supervise on a Saturday, the visit does not go ahead, and Jo arranges supervised
  time with Liam at Hurstwick Family Centre the following week.
- If Liam is ever alone with Keira, or Stacey-Leigh and Liam meet at a handover, Maureen or Stacey-Leigh
  rings Jo that day, Saturday visits stop until Jo has held a strategy discussion, and Jo asks for a
  legal planning meeting within 5 working days.
- If Keira misses three nursery sessions in a month without a reason, Jo visits the same week and
  raises it at the next core group with a legal planning request if attendance has not improved.

## Meetings

- Core group every four weeks at Bluebell Nursery, Wednesdays at 1pm: 04/02/2026, 04/03/2026 and
  01/04/2026.
- Review child protection conference: Wednesday 15/04/2026 at 10am, Hurstwick Town Hall.

Plan sent to Stacey-Leigh, Liam, Tina, Maureen and every agency on 23/01/2026.
""",
    "findings": [],
})
