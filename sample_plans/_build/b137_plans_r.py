"""Batch 137, module r: seven fictional plans (tuning material), places beginning with "r".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: how good practitioners write MEASURES and TIMESCALES when they do not
use a tidy "How will we know" column and a date column. Measures are written
as evidence someone gathers or sees ("we'll know it's working when ...",
"Evidence:", "what the school will see", "shown by", "checked at", "as
recorded in", the health visitor weighing and plotting, register
percentages, negative hair-strand and urine results, an unannounced visit
finding the home as agreed, a scaling score the worker records), in the
action's own sentence, in a column with an unusual header, or on a line
below the action. Timescales are written as events, terms and periods
("before baby is born", "by 36 weeks' gestation", "within 5 working days of
this conference", "at every core group", "each Tuesday after school", "for
the next 12 weeks, then reviewed", "on the day of discharge", "from 1 March
until the review", "fortnightly, starting w/c 9 March", "the first Monday of
each month"), in the owner's cell, in the sentence, or under a "By" or
"Start / end" header. Owners are written as initials from a key, "the HV",
"Gran (maternal)", "Mum and SW jointly", a service and a worker's first name.

Five plans are exemplary: an initial conference plan in a landscape Word
table with the outcome merged down and "Start / end" and "What we'll see if
it's working" columns (docx); a pre-birth plan in two-column Action | Detail
tables, one per stage (PDF); a child in need plan stepped up to a child
protection plan with "By" and "Checked at" columns (PDF); a review
conference plan in Markdown bullets with "We'll know it's working when" lines
under each bullet (md); and a case-system print with Owner / Start - end /
Shown by fields (txt). Two carry a realistic mix of faults among mostly good
rows: core group minutes with an action log (docx) and an initial conference
plan as a Markdown table (md).

Counting convention used for "actions" (convention 1): every live row of an
action table and every bullet of an action section counts, with its Who /
When / evidence lines. The contingency, the meeting dates and the narrative
of what has changed are not actions. A one-off action shown as done and
closed ("DONE", "Closed") is work already done and is not counted; work that
carries on and is marked achieved still counts.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother's drinking, two children, the maternal
#    grandmother and the father helping. Landscape Word table with the
#    outcome merged down, a "Start / end" column and a "What we'll see if
#    it's working" column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_rissingholt_icpc_merged_outcome_start_end_brannock.docx",
    "doc_title": "Child Protection Plan - Keira and Ollie Brannock",
    "split": "tune",
    "actions": 10,
    "landscape": True,
    "check_vmerge": 4,
    "template": "icpc-plan-docx-landscape-details-kv-why-a-plan-what-the-children-say-and-show-strengths-then-outcome-merged-down-what-will-happen-who-start-end-what-well-see-if-its-working-table-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 3-year-old whose mother drinks "
        "most evenings and was found asleep with Ollie unsupervised. A landscape Word table with "
        "the outcome for the children merged down over its actions and the columns 'Start / end' "
        "and 'What we'll see if it's working'. Timescales are written as events and periods "
        "('within 5 working days of this conference', 'by the end of the spring term', "
        "'fortnightly, starting w/c 16/03/2026, for the next 12 weeks, then reviewed'); measures "
        "as what someone will see (an unannounced visit finding Mum sober and food in the "
        "fridge, the register at 95%, a worry score the school nurse records). The alcohol "
        "service reports on change, the GP owns an action, the grandmother's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rissingholt Borough Council · Children's Services · Safeguarding and Assessment Team (North)"),
        ("kv", [
            ("Children", "Keira Brannock (7), DOB 21/06/2018, Year 2, St Anne's C of E Primary; Ollie Brannock "
                         "(3), DOB 02/11/2022, Little Owls Nursery"),
            ("Address", "9 Fletcher Row, Rissingholt RH3 8PD"),
            ("Mother", "Shannon Brannock (29)"),
            ("Father", "Dean Fisher (31), Flat 4, 27 Canal Street, Rissingholt; has the children every Saturday"),
            ("Maternal grandmother", "Pauline Brannock (58), 3 Hayward Close, Rissingholt (a short bus ride)"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, Tuesday 10/03/2026. Chair: Elaine Moorcroft (IRO)"),
            ("Social worker", "Gemma Hart (team manager: Stuart Nwosu)"),
        ]),
        ("h1", "Why Keira and Ollie need a plan"),
        ("p", "Shannon has been drinking two to three bottles of wine most evenings since her relationship with "
              "Dean ended last summer. On 19/02/2026 a neighbour found Ollie on the landing outside the flat at "
              "9pm in his pyjamas; Shannon was asleep on the sofa and could not be woken for some minutes. Keira "
              "had been late to school 14 times this term and has told staff she makes Ollie's tea \"when Mum's "
              "tired\". Shannon has agreed to work with Larkspur Recovery and says she wants to stop."),
        ("h1", "What Keira and Ollie have told us, and what we have seen"),
        ("p", "Keira (seen on her own at school, 26/02/2026): \"I do Ollie's beans and put him in his pyjamas. "
              "Mummy's wine makes her sleepy and then she doesn't wake up. I like it at Nana's because she does "
              "pancakes.\" On the worry scale she put herself at 8 out of 10. She wants her mum \"to not have the "
              "wine\" and to keep going to Nana's."),
        ("p", "Ollie (seen at home, 03/03/2026) brought the social worker his toy bin lorry and climbed onto "
              "Keira's knee rather than Shannon's. Nursery say he arrives hungry on Monday mornings and eats two "
              "breakfasts, and that he has started to say \"Mummy sleeping\" when he plays with the dolls' house."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon is warm with both children and Keira says her mum gives the best cuddles.",
            "Pauline sees the children every week and wants to help more.",
            "Dean has had the children every Saturday since the summer and they come back happy.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row says who will do what, when it starts and ends, and what we will see if it is working. "
              "The outcome in the first column is what that group of actions is for."),
        ("table", {
            "header": ["Outcome for Keira and Ollie", "What will happen", "Who", "Start / end",
                       "What we'll see if it's working"],
            "widths": [4.6, 6.4, 4.0, 4.2, 6.5],
            "rows": [
                ["A. Keira and Ollie are looked after every evening and night by an adult who is sober and "
                 "awake, who feeds them and puts them to bed.",
                 "Not drink at all on any day she has Keira and Ollie, and go to key-work at Larkspur Recovery "
                 "with a breath test each Thursday, so that she is awake and sober for the children every "
                 "evening",
                 "Shannon (Mum)",
                 "Start: 12/03/2026. End: the review conference",
                 "Every Thursday breath test reads zero on the Larkspur log, which Marcus sends the SW each "
                 "Friday"],
                [V,
                 "Key-work with Shannon and weekly breath tests, and a written view before each core group on "
                 "whether she is stopping drinking, what still has to change for Keira and Ollie and how long "
                 "that is likely to take",
                 "Marcus Bell, recovery worker, Larkspur Recovery (adult alcohol service)",
                 "First appointment within 5 working days of this conference (by 17/03/2026); then weekly until "
                 "the review",
                 "Marcus's report is on the case file two working days before every core group, with the breath "
                 "test results and his view of the likely timescale"],
                [V,
                 "Check Shannon's liver function, and tell the SW of any alcohol-related visit to A&E or any "
                 "missed review, so that the core group knows at once if her care of the children may be "
                 "affected",
                 "Dr Ayesha Khan, GP, Millgate Surgery",
                 "Blood test result by 31/03/2026; after that, at every core group",
                 "GP letter with the result on file by 31/03/2026, and a short written update before each core "
                 "group"],
                [V,
                 "Visit the children at home, at least one visit in three unannounced and some after 6pm, and "
                 "see Keira on her own",
                 "Gemma Hart, SW",
                 "Weekly, from the week of 16/03/2026 until the review",
                 "An unannounced visit finds Shannon sober, food in the fridge and both children in bed by 8pm; "
                 "each visit record says so and has Keira's own words"],
                ["B. Keira gets to school every day on time, with breakfast, and Ollie goes to every nursery "
                 "session he is booked for.",
                 "Check Keira's attendance and lateness and whether she has had breakfast, and ring the SW the "
                 "same day if she is absent with no reason given",
                 "Mr Tom Okafor, DSL, St Anne's C of E Primary",
                 "Every school day; the week's figures sent to the SW each Friday",
                 "What the school will see: Keira's attendance on the register at 95% or above, and no more than "
                 "one late mark each half term"],
                [V,
                 "Record Ollie's attendance, whether he arrives fed, clean and dressed for the weather, and "
                 "anything he says about home",
                 "Lucy Ward, key worker, Little Owls Nursery",
                 "Each session he is booked for (Monday, Tuesday and Wednesday mornings)",
                 "Shown by the nursery register (90% or more) and the arrival sheet Lucy emails the SW every "
                 "Wednesday"],
                ["C. Keira has an adult she trusts to tell when Mum has been drinking, and stops looking after "
                 "Ollie on her own.",
                 "Three direct work sessions with Keira using the three houses, ending with a safety plan in her "
                 "own words",
                 "Gemma Hart, SW",
                 "By the end of the spring term (last session by 27/03/2026)",
                 "Keira's safety plan is on her file, and at the next visit she can tell the SW who she would "
                 "ring and how"],
                [V,
                 "See Keira in school about her worries and her sleep",
                 "Amy Rowe, school nurse, Rissingholt Community Health",
                 "Fortnightly, starting w/c 16/03/2026, for the next 12 weeks, then reviewed",
                 "Keira's worry score, which Amy records at each session, comes down from 8 to 4 or lower; Amy's "
                 "notes go to the SW after each session"],
                ["D. Keira and Ollie keep their time with their dad and their nana, and are safe there.",
                 "Take Keira to school and Ollie to nursery on Mondays and Wednesdays, and be the adult the "
                 "children go to if Mum has been drinking",
                 "Gran (maternal) – Pauline Brannock",
                 "Every Monday and Wednesday from 16/03/2026; the same evening whenever she is needed",
                 "The school's gate log shows Pauline dropping off on those days; she texts the SW each "
                 "Wednesday evening"],
                [V,
                 "Have Keira and Ollie every Saturday from 10am to 4pm, and take them to Pauline's instead of "
                 "home if he thinks Shannon has been drinking at handover",
                 "Dean Fisher (Dad)",
                 "Every Saturday, starting 14/03/2026",
                 "Dean texts the SW after each handover; the children tell the SW about their Saturdays at her "
                 "visits"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Shannon is found to have been drinking while she is caring for Keira and Ollie (a breath test "
              "above zero, alcohol smelt or seen at a visit, or Keira, the school or the nursery tells us), "
              "Pauline will collect the children that day and they will stay with her at 3 Hayward Close, and "
              "Gemma will hold a strategy discussion with Rissingholt Police the same day."),
        ("p", "If Pauline cannot have the children (she is ill, away or cannot be reached), Dean will have them "
              "at his flat the same day; if neither of them can, Gemma will place Keira and Ollie together with "
              "Rissingholt foster carers that day."),
        ("p", "If Shannon has two breath tests above zero before the review, stops going to Larkspur, or a child "
              "is again found alone at night, Gemma will ask Stuart Nwosu for a legal planning meeting within 5 "
              "working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm, Millgate Family Hub: 24/03/2026, 21/04/2026 and "
            "19/05/2026.",
            "Review child protection conference: Tuesday 02/06/2026, 10am, Rissingholt Town Hall.",
            "Gemma will see Keira on her own before each core group and bring her words to the meeting.",
        ]),
        ("p", "Plan agreed at the initial conference on 10/03/2026. Copies to Shannon, Dean, Pauline and everyone "
              "named in the table."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan, mother with bipolar disorder, father and paternal
#    grandmother helping. Word document printed to PDF with a page header
#    and footer; one two-column Action | Detail table per stage, each detail
#    cell with Who / When / Evidence lines. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_rookscarth_prebirth_action_detail_stages_varley.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Chloe Varley",
    "split": "tune",
    "actions": 13,
    "template": "prebirth-plan-paged-header-footer-details-kv-worries-babys-world-outcomes-then-two-column-action-detail-table-per-stage-before-birth-in-hospital-first-weeks-at-home-detail-cell-who-when-evidence-lines-contingency-meetings",
    "description": (
        "Exemplary pre-birth plan for the unborn baby of a 23-year-old with bipolar disorder who "
        "stopped her medication early in pregnancy, and her partner. A Word document printed to "
        "PDF with a page header and footer; the plan is three two-column 'Action | Detail' tables "
        "(before baby is born, in hospital, the first weeks at home), each detail cell holding "
        "Who, When and Evidence lines. Timescales are gestation and birth events ('by 36 weeks' "
        "gestation', 'before baby is born', 'on the day of discharge', 'until baby is 12 weeks "
        "old'); measures include the HV weighing and plotting baby in the red book. The perinatal "
        "psychiatrist and CPN both report on change, the GP owns an action, the grandmother's "
        "nights have a fallback, legal planning follows named triggers, core group and review "
        "dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Rookscarth County Council – Pre-birth Child Protection Plan",
    "footer": "Baby of Chloe Varley – pre-birth plan 03/03/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Chloe Varley, a girl; expected date of delivery 18/05/2026"),
            ("Mother", "Chloe Varley (23), 41 Tanner's Yard, Rookscarth RK7 2EJ"),
            ("Father", "Ryan Stott (26), same address"),
            ("Paternal grandmother", "Maxine Stott (52), 8 Orchard Walk, Rookscarth"),
            ("Paternal aunt", "Leanne Stott (29), 12 Mill Hey, Rookscarth"),
            ("Category", "Risk of neglect and emotional harm (unborn)"),
            ("Conference", "Pre-birth initial child protection conference, Tuesday 03/03/2026 (29 weeks' "
                           "gestation). Chair: Rebecca Ilsley (IRO)"),
            ("Social worker", "Sam Okoro, Rookscarth Children's Services, Early Years Safeguarding Team "
                              "(team manager: Joanne Pruitt)"),
            ("Hospital", "Rookscarth General Hospital, Ash Ward (maternity)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Chloe has bipolar affective disorder. She stopped her lithium when she found out she was pregnant "
              "in October 2025 and in December became high: she did not sleep for four nights, spent her rent "
              "money and was taken to Rookscarth General by the police after walking on the ring road at night. "
              "She was not admitted and has since started a mood stabiliser that is safe in pregnancy, but her "
              "risk of becoming unwell in the weeks after birth is high. Ryan works shifts at the distribution "
              "centre and has not yet seen Chloe become unwell at home."),
        ("h1", "Baby's world"),
        ("p", "Baby is growing well: at the 28-week scan on 24/02/2026 she was on the 50th centile. Chloe says she "
              "kicks hardest when Ryan talks to her bump and has started to settle when Chloe plays the same song "
              "every night. The Moses basket is already in Chloe and Ryan's room."),
        ("p", "When she is born, baby will need feeding every three to four hours day and night, to sleep on her "
              "back in her own basket, and a parent who notices when she cries and picks her up. Professionals "
              "will write down at every visit what they see of baby's day: how she feeds, where she sleeps and "
              "how she is when her parents hold her."),
        ("h1", "What we want for baby"),
        ("bullets", [
            "Baby is born safely and goes home to a parent who is well enough to feed her, keep her warm and "
            "answer her cries, day and night.",
            "Baby gains weight and follows her centile, and sleeps safely on her back in her own basket.",
            "Baby is never left alone with a parent who is becoming unwell, because everyone around her knows "
            "Chloe's early signs and what to do.",
        ]),
        ("h1", "The plan"),
        ("p", "One table for each stage. In each row the Detail says who does it, when, and the evidence we will "
              "look for."),
        ("h2", "Stage 1: before baby is born"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.0, 11.0],
            "rows": [
                ["1. Review Chloe's medication plan for late pregnancy and after birth, and assess her insight, "
                 "her risk of relapse, whether she can make and keep the changes baby will need, and how quickly",
                 "Who: Dr Helen Achterberg, consultant perinatal psychiatrist, Rookscarth Perinatal Mental "
                 "Health Service\nWhen: by 36 weeks' gestation (20/04/2026)\nEvidence: written assessment to the "
                 "SW and midwife by 20/04/2026, and talked through with Chloe and Ryan at the core group on "
                 "12/05/2026"],
                ["2. Visit Chloe at home, agree her relapse signature and a written wellbeing plan with her and "
                 "Ryan, and report on whether she is keeping to it, whether she can make the changes baby "
                 "needs, and how long that is likely to take",
                 "Who: Nadia Sharif, perinatal CPN, Rookscarth Perinatal Mental Health Service\nWhen: every two "
                 "weeks from 10/03/2026 until baby is 12 weeks old\nEvidence: the relapse signature and wellbeing "
                 "plan on file by 34 weeks (06/04/2026); Nadia's written update to every core group on Chloe's "
                 "progress and how likely she is to stay well after the birth"],
                ["3. Take her mood stabiliser every day and go to every perinatal appointment, so that she is "
                 "well when baby arrives",
                 "Who: Chloe\nWhen: daily, and every appointment as booked\nEvidence: pharmacy collection "
                 "record and Nadia's attendance record, both brought to each core group"],
                ["4. Learn Chloe's early warning signs with Nadia and write them on the wellbeing plan in his own "
                 "words",
                 "Who: Ryan (Dad)\nWhen: at Nadia's visit on 24/03/2026, then checked at every core group\n"
                 "Evidence: the signs are on the plan in Ryan's words and he can name three of them to the SW"],
                ["5. Antenatal care, and a birth plan with the safeguarding alert on the maternity system",
                 "Who: Beth Carney, specialist safeguarding midwife, Rookscarth General Hospital\nWhen: "
                 "appointments fortnightly from 28 weeks and weekly from 36 weeks; alert and birth plan in place "
                 "by 32 weeks' gestation (23/03/2026)\nEvidence: the SW sees the alert on the maternity record; "
                 "every antenatal appointment kept, as recorded in Chloe's hand-held notes"],
                ["6. Parenting assessment of Chloe and Ryan together, including how they will share the night "
                 "feeds when Ryan is on nights",
                 "Who: Sam Okoro, SW\nWhen: weekly sessions from 10/03/2026, finished before baby is born "
                 "(report by 04/05/2026)\nEvidence: assessment report with its recommendations shared with "
                 "Chloe, Ryan and the core group by 04/05/2026"],
                ["7. Antenatal home visit about safe sleep, feeding and baby's cues",
                 "Who: Kate Lindley, health visitor\nWhen: by 36 weeks' gestation\nEvidence: the Moses basket "
                 "and a clear sleep space seen at the visit; visit record sent to the SW the same week"],
            ],
        }),
        ("h2", "Stage 2: in hospital"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.0, 11.0],
            "rows": [
                ["8. Tell the SW when Chloe is admitted in labour, and record how Chloe and Ryan feed, hold and "
                 "settle baby on the ward",
                 "Who: the midwife in charge of Ash Ward, through Beth Carney\nWhen: the SW told on the day of "
                 "admission; observations on every shift until discharge\nEvidence: the ward observation sheet "
                 "sent to the SW on the day of discharge"],
                ["9. Discharge planning meeting on the ward with Chloe, Ryan, Maxine, the midwife and the HV",
                 "Who: Sam Okoro, SW\nWhen: before baby leaves hospital, and no later than the day of discharge\n"
                 "Evidence: a written discharge plan signed by Chloe and Ryan and copied to the HV, GP and CPN "
                 "the same day"],
            ],
        }),
        ("h2", "Stage 3: the first weeks at home"),
        ("table", {
            "header": ["Action", "Detail"],
            "widths": [6.0, 11.0],
            "rows": [
                ["10. Weigh baby and check her feeding, sleep position and how Chloe and Ryan respond to her",
                 "Who: Kate Lindley, HV\nWhen: within 2 days of discharge, then weekly until baby is 8 weeks old, "
                 "then every two weeks until the review\nEvidence: the HV will weigh and plot baby's weight in "
                 "the red book; baby is back to her birth weight by 14 days old and follows her centile"],
                ["11. Visit baby at home, at least one visit a month unannounced, and see where she sleeps",
                 "Who: Sam Okoro, SW\nWhen: within 24 hours of discharge, then weekly until the review\n"
                 "Evidence: each visit record notes where baby was sleeping, the feeding chart, and how Chloe and "
                 "Ryan answered her cries"],
                ["12. Stay at Tanner's Yard on Friday and Saturday nights to do the night feeds so that Chloe can "
                 "sleep",
                 "Who: Maxine Stott (paternal grandmother)\nWhen: every Friday and Saturday night for the first "
                 "6 weeks after discharge\nEvidence: the night feeds on the feeding chart in Maxine's writing, "
                 "which the SW checks at each visit"],
                ["13. Chloe's six-week postnatal check, including her mood and her medication, and baby's 6 to 8 "
                 "week check",
                 "Who: Dr Paul Igwe, GP, Tanner's Yard Medical Centre\nWhen: when baby is 6 to 8 weeks old\n"
                 "Evidence: both checks recorded, with a letter to the SW within a week saying how Chloe's mood "
                 "is and how baby is"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Chloe shows two of her early warning signs (not sleeping when baby sleeps for two nights, racing "
              "thoughts or talk, spending money she does not have, stopping her mood stabiliser), Ryan or Maxine "
              "will ring Nadia or the perinatal crisis line that day; the perinatal team will see Chloe the same "
              "day, and Chloe will not be left alone with baby until they say it is safe. Ryan will take "
              "emergency leave and Maxine will stay at Tanner's Yard."),
        ("p", "If Maxine cannot stay, Leanne Stott will stay instead; if neither can, Sam will arrange that day "
              "for Chloe and baby to be admitted together to the Rookscarth Mother and Baby Unit, or, if Chloe is "
              "too unwell, for baby to go to Rookscarth foster carers."),
        ("p", "If baby loses weight at two weighs in a row, Chloe stops her medication, or Dr Achterberg's "
              "assessment says Chloe cannot make the changes in baby's timescale, Sam will ask Joanne Pruitt for a "
              "legal planning meeting within five working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Rookscarth Family Hub: 17/03/2026, 14/04/2026 and "
            "12/05/2026, then within 10 working days of baby's birth.",
            "Review child protection conference: Wednesday 03/06/2026, 10am, Rookscarth County Hall.",
            "Sam will bring a written note of what professionals have seen of baby's days to every core group "
            "after the birth.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Minutes of the second core group, father's cocaine and cannabis use,
#    mother's anxiety, two children, the paternal grandmother helping.
#    Word minutes with an initials key and an action log whose measure
#    column is headed "Evidence". Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_rendlecote_core_group_minutes_evidence_log_harrop.docx",
    "doc_title": "Core Group 2 Minutes - Tyler and Maisie Harrop - 02/04/2026",
    "split": "tune",
    "actions": 13,
    "template": "core-group-minutes-docx-attendance-initials-key-agency-updates-childrens-views-outcomes-then-action-log-ref-action-lead-timescale-evidence-status-done-row-kept-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for an 11-year-old and a 5-year-old whose father uses "
        "cocaine at weekends and smokes cannabis, and whose mother has anxiety; the paternal "
        "grandmother has them one weekend a month and after school twice a week. Owners are "
        "initials from the attendance key. Most rows are sound (weekly visits, a hair-strand "
        "test with a result date, the school register, the grandmother's days, safe-storage "
        "sessions 'fortnightly starting w/c 13/04/2026', the GP letter); a one-off dentist "
        "action is kept as done. Faults: the drug service's key-work is measured only by "
        "'Engagement'; counselling for the mother is 'TBC', 'To be discussed at next core group' "
        "and only treats her; the nursery's check is measured by 'Monitor'; the young carers "
        "referral is 'ASAP'; the safety plan is owned by the 'Core group'; budgeting help is "
        "'When possible'. The contingency has no specific trigger and only reviews, and does not "
        "say what happens if the grandmother cannot help."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Rendlecote City Council · Children and Young People's Service · Family Safeguarding Team East"),
        ("kv", [
            ("Children", "Tyler Harrop (11), DOB 08/09/2014, Year 7, Rendlecote Academy; Maisie Harrop (5), DOB "
                         "15/01/2021, Reception, Little Steps Nursery and Primary"),
            ("Address", "66 Weaver Street, Rendlecote RC2 4SN"),
            ("Parents", "Kirsty Dobson (34) and Lee Harrop (37)"),
            ("Category", "Neglect (both children)"),
            ("Plan made", "Initial child protection conference, 24/02/2026"),
            ("Meeting", "Core group 2, Thursday 02/04/2026, 10am, Weaver Street Children's Centre"),
        ]),
        ("h1", "1. Present and key"),
        ("p", "The initials below are used in the action log."),
        ("bullets", [
            "AB – Alisha Begum, social worker (chair)",
            "JC – Jess Carver, family support worker",
            "KD – Kirsty Dobson, Mum",
            "LH – Lee Harrop, Dad",
            "IH – Irene Harrop, paternal grandmother",
            "DF – Mr Daniel Fenwick, DSL, Rendlecote Academy",
            "HW – Hayley Wood, Maisie's key worker, Little Steps",
            "JP – Jon Parry, recovery worker, Rendlecote Drug and Alcohol Service",
            "Apologies: Dr Rehana Malik, GP, Weaver Street Surgery (written update sent)",
        ]),
        ("h1", "2. Updates"),
        ("p", "AB: both children seen every week since the conference; Tyler seen on his own three times. The "
              "flat was tidy at the last two visits and there was food in. On 20/03/2026 there was a smell of "
              "cannabis on the landing."),
        ("p", "LH: says he has not used cocaine since the conference and is cutting down on cannabis. He has been "
              "to four of five Thursday appointments with JP. He agreed to a hair-strand test."),
        ("p", "KD: her anxiety is bad in the mornings and she finds it hard to get Maisie out of the door. She "
              "would like counselling. She has fallen behind with the rent and the electric."),
        ("p", "IH: happy to keep having the children. Had them the weekend of 07/03/2026 and does Tuesday and "
              "Thursday pick-ups."),
        ("p", "DF: Tyler's attendance since the conference is 91%. He fell asleep in maths twice in March and "
              "told his form tutor he had been up late because of \"Dad's mates\"."),
        ("p", "HW: Maisie has been late four times and came in twice without breakfast. She is chatty and "
              "settles quickly once she is in."),
        ("h1", "3. What Tyler and Maisie have said"),
        ("p", "Tyler (seen alone at school, 27/03/2026): \"It's better than before. Dad's mates still come round "
              "on Fridays and it's loud and I can't sleep. I like Nan's weekends best because it's quiet and she "
              "does a roast.\" He said he still gets Maisie's breakfast some days."),
        ("p", "Maisie (seen at home, 30/03/2026) drew her family with Nan's dog and said \"Daddy's smoke is "
              "stinky\". She showed the SW her bedroom and her reading book."),
        ("h1", "4. Outcomes from the plan"),
        ("bullets", [
            "Tyler and Maisie live in a home where no drugs are used, kept or sold, and the adults caring for "
            "them are sober.",
            "Tyler gets enough sleep, goes to school every day and no longer gets Maisie ready in the mornings.",
            "Maisie arrives at school on time, fed and ready to learn.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Actions from core group 1 are carried forward unless marked done. Initials are from the key in "
              "section 1."),
        ("table", {
            "header": ["Ref", "Action", "Lead", "Timescale", "Evidence", "Status"],
            "widths": [1.0, 4.6, 2.7, 2.8, 3.5, 2.4],
            "rows": [
                ["1",
                 "Visit Tyler and Maisie at home, one visit in three unannounced, and see Tyler on his own",
                 "AB",
                 "Weekly until the review conference",
                 "Visit notes show both children seen, Tyler seen alone and his own words written down",
                 "On track"],
                ["2",
                 "Key-work sessions with Lee on his cocaine and cannabis use",
                 "Rendlecote Drug and Alcohol Service – Jon P.",
                 "Every Thursday, 2pm",
                 "Engagement",
                 "4 of 5 attended"],
                ["3",
                 "Give a hair-strand sample covering the months since the conference",
                 "LH; test booked by AB",
                 "Sample by 10/04/2026; result to AB by 24/04/2026",
                 "A negative hair-strand result for cocaine and cannabis, sent by the lab to AB",
                 "Booked for 08/04/2026"],
                ["4",
                 "Counselling sessions for Kirsty's anxiety",
                 "Rendlecote Talking Therapies",
                 "TBC",
                 "To be discussed at next core group",
                 "KD to self-refer"],
                ["5",
                 "Check Tyler's attendance and whether he is tired in lessons, and ring AB the same day if he "
                 "is absent without a reason",
                 "DF",
                 "Every school day; figures to AB each Friday",
                 "What school will see: attendance on the register back to 95% or more by the May half term",
                 "91% – on track"],
                ["6",
                 "Check Maisie's arrival time, whether she has had breakfast and what she says about home",
                 "HW",
                 "Each morning",
                 "Monitor",
                 "Late 4 times"],
                ["7",
                 "Referral to Rendlecote Young Carers for Tyler",
                 "AB",
                 "ASAP",
                 "Acceptance letter and the date of Tyler's first session on file",
                 "Not done"],
                ["8",
                 "Have Tyler and Maisie for the weekend, Friday teatime to Sunday teatime",
                 "IH",
                 "The first weekend of each month",
                 "Irene's weekend diary, seen by AB at the next home visit",
                 "On track"],
                ["9",
                 "Collect Tyler and Maisie from school and give them their tea at her house",
                 "IH",
                 "Each Tuesday and Thursday after school",
                 "Collection logs at both schools show Irene's name on those days",
                 "On track"],
                ["10",
                 "Update the family's written safety plan so that no drugs are kept or used at 66 Weaver Street",
                 "Core group",
                 "By the next core group, 30/04/2026",
                 "Signed copy of the safety plan on the children's file",
                 "Carried forward"],
                ["11",
                 "Three sessions with Kirsty and Lee on safe storage and on how cannabis smoke and late-night "
                 "visitors affect Tyler's sleep and Maisie's health",
                 "JC",
                 "Fortnightly, starting w/c 13/04/2026",
                 "An unannounced visit finds no smell of cannabis and no visitors after 9pm; JC's session notes "
                 "to AB",
                 "New"],
                ["12",
                 "Share Kirsty's anxiety history and medication, and say whether a medication review is needed "
                 "for her to manage the school run",
                 "Dr R. Malik, GP",
                 "By 17/04/2026",
                 "GP letter on the children's file before the next core group",
                 "Written update received today"],
                ["13",
                 "Help Kirsty with a budget and a payment plan for the rent and electric arrears, so the "
                 "children's home stays warm and lit",
                 "JC",
                 "When possible",
                 "Payment plan letters from the landlord and the energy company on file",
                 "Not started"],
                ["14",
                 "Register Maisie with a dentist",
                 "KD",
                 "By 20/03/2026",
                 "Registration card seen by AB",
                 "DONE 18/03/2026 – closed"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "Should there be any further concerns about Tyler or Maisie, AB will discuss this with her manager "
              "and the core group will meet to review the plan."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group every four weeks: next on Thursday 30/04/2026 at 10am, Weaver Street Children's Centre.",
            "Review child protection conference: Tuesday 19/05/2026, 1.30pm, Rendlecote Civic Offices.",
            "If there has not been enough progress by the review conference, AB will ask her team manager for a "
            "legal planning meeting before the review.",
        ]),
        ("p", "Minutes typed by AB and sent to everyone present on 03/04/2026."),
    ],
    "findings": [
        F("M002", "Key-work sessions with Lee on his cocaine and cannabis use"),
        F("H001", "Counselling sessions for Kirsty's anxiety"),
        F("T002", "Counselling sessions for Kirsty's anxiety"),
        F("M002", "Counselling sessions for Kirsty's anxiety"),
        F("M002", "Check Maisie's arrival time, whether she has had breakfast"),
        F("T002", "Referral to Rendlecote Young Carers for Tyler"),
        F("W002", "Update the family's written safety plan so that no drugs"),
        F("T002", "Help Kirsty with a budget and a payment plan"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Child in need plan stepped up to a child protection plan at an initial
#    conference, mother's depression, two children, an aunt helping.
#    Landscape Word plan printed to PDF with a page header and footer; the
#    table has "By" and "Checked at" columns and a column saying whether the
#    action was kept from the CIN plan. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_ravensquill_cin_step_up_by_checked_at_pickersgill.pdf",
    "doc_title": "Child Protection Plan (stepped up from Child in Need) - Casey and Riley Pickersgill",
    "split": "tune",
    "actions": 11,
    "landscape": True,
    "template": "cin-to-cp-step-up-plan-paged-landscape-header-footer-details-kv-why-the-cin-plan-was-not-enough-childrens-words-outcomes-then-no-what-who-by-checked-at-from-cin-plan-column-table-contingency-meetings",
    "description": (
        "Exemplary child protection plan for a 14-year-old and an 8-year-old, stepped up at an "
        "initial conference after four months of a child in need plan; their mother has "
        "depression and the home had become unsafe. A landscape Word plan printed to PDF with a "
        "page header and footer; the table's columns are What, Who, By and Checked at, with a "
        "last column saying whether the action was kept from the CIN plan, changed or new. "
        "Timescales such as 'within 15 working days of this conference', 'the first Monday of "
        "each month', 'each Tuesday after school, for the next 12 weeks, then reviewed'; "
        "measures such as an unannounced visit finding the home as agreed, a weekly home score "
        "the family support worker records, register percentages. The primary care mental "
        "health team assesses capacity to change, the GP owns an action, the aunt's help has a "
        "fallback, legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Ravensquill Metropolitan Borough Council – Child Protection Plan",
    "footer": "Casey and Riley Pickersgill – plan from ICPC 12/02/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Stepped up from a Child in Need plan at the initial child protection conference"),
        ("kv", [
            ("Children", "Casey Pickersgill (14), DOB 30/05/2011, Year 9, Ravensquill High School; Riley "
                         "Pickersgill (8), DOB 11/12/2017, Year 3, Coldwell Primary"),
            ("Address", "17 Larch Terrace, Ravensquill RV9 3TA"),
            ("Mother", "Lorraine Pickersgill (41), sole carer"),
            ("Maternal aunt", "Donna Ives (38), 5 Alder Grove, Ravensquill"),
            ("Child in need plan", "From 14/10/2025; CIN reviews 25/11/2025 and 20/01/2026"),
            ("Conference", "Initial child protection conference, Thursday 12/02/2026. Chair: Andrew Fell (IRO)"),
            ("Category", "Neglect (both children)"),
            ("Social worker", "Rhian Lloyd (team manager: Carol Edge)"),
        ]),
        ("h1", "Why the child in need plan was not enough"),
        ("p", "The child in need plan began in October 2025 after Riley's school raised his hygiene and hunger. "
              "Lorraine has had depression since her mother died in 2024. She kept some appointments with the "
              "family support worker but by January the kitchen had no working cooker, there was often no food, "
              "Riley's bed had no sheets and Casey's attendance had fallen to 61%. Casey was doing the shopping "
              "and getting Riley to school. On 02/02/2026 Riley was sent home with head lice for the third time "
              "and Lorraine told the school she \"can't do it any more\"."),
        ("h1", "What Casey and Riley say"),
        ("p", "Casey (seen on her own, 05/02/2026): \"I'm not going to school because someone has to get Riley "
              "up. Mum just stays in bed. I don't want to be taken away, I want Mum to be like she was.\" She put "
              "home at 3 out of 10 and said Auntie Donna's is \"the only place that's normal\"."),
        ("p", "Riley (seen at school, 06/02/2026) drew his house with a big cloud over it and said the cloud was "
              "\"Mum's sad\". He said he likes Wednesdays best because Auntie Donna does fish fingers and helps "
              "with his spellings. He wants \"a bed with a duvet like Casey's\"."),
        ("h1", "What we want for Casey and Riley"),
        ("bullets", [
            "Casey and Riley live in a clean, warm home with food in it and a made-up bed each.",
            "Riley goes to school every day, clean, fed and on time, and Casey goes to school instead of "
            "caring for him.",
            "Casey has time of her own and someone outside the family to talk to.",
            "Casey and Riley are cared for by a mum who is getting the help she needs to be well enough to "
            "look after them.",
        ]),
        ("h1", "The plan"),
        ("p", "\"By\" is when the action starts, finishes or how often it happens. \"Checked at\" is when and how "
              "we will check it is working. The last column shows what has changed from the child in need plan."),
        ("table", {
            "header": ["No.", "What", "Who", "By", "Checked at", "From the CIN plan?"],
            "widths": [1.0, 6.6, 4.2, 4.2, 6.6, 3.1],
            "rows": [
                ["1",
                 "See Casey and Riley at home and each on their own; at least one visit a fortnight "
                 "unannounced",
                 "Rhian Lloyd, SW",
                 "Weekly from 16/02/2026 until the review conference",
                 "Every visit record: the home as agreed (food in, cooker working, both beds made up), the "
                 "children seen alone and their words written down",
                 "Changed – was every two weeks"],
                ["2",
                 "Assess Lorraine's depression and how it affects her care of Casey and Riley, offer treatment, "
                 "and say whether she can make the changes the children need and in what time",
                 "Sunita Pal, mental health practitioner, Ravensquill Primary Care Mental Health Team",
                 "Assessment within 15 working days of this conference (by 05/03/2026); update before each core "
                 "group",
                 "The written assessment on file by 05/03/2026, and Sunita's update at every core group on "
                 "Lorraine's progress and the likely timescale",
                 "New"],
                ["3",
                 "Review Lorraine's antidepressant, and tell the SW if she misses a review",
                 "Dr Fiona Ames, GP, Larch Terrace Surgery",
                 "By 27/02/2026; then at every core group",
                 "GP letter on file by 27/02/2026; any missed review told to the SW within two working days",
                 "New"],
                ["4",
                 "Get Riley up, washed, fed and to school by 8.50am, and make sure Casey leaves for school by "
                 "8.15am",
                 "Lorraine (Mum)",
                 "Every school day, from 16/02/2026",
                 "The registers each Friday: Riley at 95% and on time; Casey at 90% or more",
                 "Kept"],
                ["5",
                 "Meet Casey with her head of year about her attendance and what is getting in the way, and "
                 "ring home before 10am on any day she is absent",
                 "Mrs Joanne Teale, attendance lead, Ravensquill High School",
                 "The first Monday of each month; the phone call on every day of absence",
                 "Each monthly meeting's note and the register, sent to the SW the same week; attendance above "
                 "85% by the review",
                 "Changed – was termly"],
                ["6",
                 "Breakfast club place for Riley, and a weekly check of his uniform, hair and skin",
                 "Mr Paul Devlin, DSL, Coldwell Primary",
                 "Each school morning from 23/02/2026; the check on Fridays",
                 "What the school will see: Riley at breakfast club four days out of five on the club register; "
                 "the Friday check sent to the SW",
                 "New"],
                ["7",
                 "Work with Lorraine and Casey on a weekly cleaning, washing and shopping routine, with Casey's "
                 "part no bigger than her own room",
                 "Kieran Hollis, family support worker",
                 "Each Tuesday after school, for the next 12 weeks, then reviewed",
                 "An unannounced visit by Kieran or the SW finds the kitchen clean and food in the cupboards; "
                 "Kieran scores the home 0 to 10 each week and records it (aim: 7 or above)",
                 "Kept – now weekly, with a score"],
                ["8",
                 "Young carer's assessment for Casey, and a place at the Thursday club",
                 "Ellie Frost, Ravensquill Young Carers",
                 "Within 20 working days of this conference (by 12/03/2026)",
                 "Casey's young carer's plan sent to the SW; the club register shows her there at least three "
                 "Thursdays in four",
                 "New"],
                ["9",
                 "Have Riley for tea and homework after school every Wednesday and Friday",
                 "Aunt Donna (maternal) – Donna Ives",
                 "Every Wednesday and Friday from 18/02/2026, until the review",
                 "Riley's homework diary signed by Donna; Donna texts the SW each Friday evening",
                 "Kept"],
                ["10",
                 "See Riley about his eczema and head lice, and show Lorraine how to treat both",
                 "Tash Bright, school nurse",
                 "Within 10 working days of this conference, then every three weeks until clear",
                 "Riley's skin and hair checked and recorded at each session; clear of lice by the review",
                 "New"],
                ["11",
                 "Register Casey and Riley with a dentist and take them for a check-up",
                 "Lorraine, with Kieran's help",
                 "Before the Easter holidays (by 27/03/2026)",
                 "Registration letters and appointment cards seen by the SW",
                 "Carried over – not done under CIN"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Lorraine tells anyone she is thinking of harming herself, or the children are found without "
              "food or heating, or Riley is left at home on his own, Rhian will hold a strategy discussion the "
              "same day and Casey and Riley will stay with Donna at 5 Alder Grove until it has taken place. "
              "Sunita will be asked to see Lorraine the same day."),
        ("p", "If Donna cannot have the children (she is ill, away or cannot be reached), Rhian will place Casey "
              "and Riley together with Ravensquill foster carers that day."),
        ("p", "If Riley's attendance falls below 85% or Casey's below 75% for two weeks running, or two "
              "unannounced visits in a row find the home as it was in January, Rhian will ask Carol Edge for a "
              "legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 4pm, Coldwell Primary: 26/02/2026, 26/03/2026 and "
            "23/04/2026.",
            "Review child protection conference: Tuesday 12/05/2026, 10am, Ravensquill Town Hall.",
            "Rhian will ask Casey and Riley before each core group what has changed at home, and bring their "
            "words to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan, father's violence and drinking (he has left),
#    mother's post-traumatic stress, a 6-year-old and a baby, the maternal
#    grandmother helping. Markdown bullets under goal headings, each with a
#    "We'll know it's working when" (or "Evidence:", "Shown by:", "As
#    recorded in:") line below it; one done item kept. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_rushenby_rcpc_bullets_well_know_siddiqui.md",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-markdown-details-list-what-has-changed-childrens-words-outcomes-then-goal-subheadings-owner-first-bullets-with-evidence-line-below-well-know-its-working-when-shown-by-as-recorded-in-one-done-item-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 6-year-old and a 10-month-old whose father "
        "was violent to their mother when drinking; he has left the home under a written "
        "agreement and their mother has post-traumatic stress. A Markdown plan under goal "
        "headings: each bullet names the owner first and gives the time in its own words "
        "('from 1 March until the review', 'fortnightly, starting w/c 9 March', 'the first "
        "Monday of each month', 'at every core group'), with the measure on a line below "
        "('We'll know it's working when ...', 'Evidence:', 'Shown by:', 'As recorded in:'). A "
        "panic alarm fitted before the review is kept as done (not counted); the grandmother's "
        "Thursdays, achieved and carrying on, are counted. The psychologist and the perpetrator "
        "programme report on change, the alcohol service owns an action, the grandmother's "
        "help has a fallback, legal planning follows named triggers, dates are set."
    ),
    "text": """\
# Child Protection Plan – Review

**Rushenby Borough Council – Children's Social Care – Family Safeguarding Service**

- **Children:** Noah Siddiqui (6), DOB 14/08/2019, Year 1, Rushenby Park Primary; Lily Siddiqui (10 months),
  DOB 23/04/2025
- **Address:** 14 Rook Street, Rushenby RU4 1GB
- **Mother:** Aisha Siddiqui (30)
- **Father:** Craig Dunmore (34), living at 3 Bank Terrace, Rushenby, since 06/12/2025
- **Maternal grandmother:** Farida Siddiqui ("Nani"), 22 Chapel Lane, Rushenby
- **Category:** Emotional abuse (both children)
- **Initial conference:** 04/12/2025 · **First review conference:** Thursday 26/02/2026 (this plan)
- **Chair:** Michael Tranter (IRO) · **Social worker:** Zainab Ali (team manager: Gareth Leese)

## What has changed since the initial conference

At the initial conference the police had been called to Rook Street three times in 2025. On 29/11/2025 Craig,
drunk, pushed Aisha into the kitchen door while she was holding Lily, and Noah ran to a neighbour. Craig left
the house on 06/12/2025 and has kept to the written agreement since. There have been no police call-outs.
Craig has started the Safe Futures programme's assessment and has seen the alcohol service four times. Aisha
has nightmares and flashbacks and was diagnosed with post-traumatic stress by her GP in January; she has been
offered trauma-focused therapy. Noah's attendance is 94%, but he still wets the bed most nights and will not
go upstairs on his own.

## What Noah and Lily have told us

Noah (seen on his own at school, 17/02/2026): "Daddy doesn't live here now because of the shouting. I miss
him but I don't miss the shouting. I like seeing him at the centre. Sometimes I dream he's banging the door."
He put himself at 6 on his feelings scale (10 is happy), up from 2 in December. He wants to "see Daddy at the
centre and not at home" and to keep going to Nani's.

Lily (seen at home, 19/02/2026) is crawling and pulling herself up on the sofa. She babbled at Noah, reached
for Aisha when the social worker picked her up, and settled quickly on Aisha's shoulder. The health visitor
says she startles at loud noises less than she did in December.

## What we want for Noah and Lily

1. Noah and Lily are safe at home and do not see or hear violence, shouting or drunkenness.
2. Noah feels safe, sleeps in his own bed and can talk about what happened to an adult he trusts.
3. Lily grows and develops well and has a mum who is well enough to play with her and keep her routines.
4. Noah and Lily keep a safe relationship with their dad.

## The plan from 1 March 2026 until the next review

Each bullet starts with who will do it. The line underneath says how we will know.

### Goal 1 – safe from violence and drinking at home

- **Craig** will keep to the written agreement: not come to 14 Rook Street and have no contact with Aisha
  except through the family centre, from 1 March until the review.
  *We'll know it's working when* there are no police call-outs and no sightings reported by Aisha, the school
  or neighbours, as shown on the police log the SW brings to every core group.
- **PC Dan Irwin, Rushenby Police Domestic Abuse Unit**, will keep the urgent marker on 14 Rook Street and tell
  the SW within 24 hours of any call-out or breach of the agreement.
  *Evidence:* each call-out or breach logged on the children's file within 24 hours; a nil return from PC Irwin
  to every core group.
- **Mo Chaudhry, group facilitator, Safe Futures domestic abuse perpetrator programme**, will run Craig's
  group every Wednesday evening, 26 sessions from 04/03/2026, and report at every core group on Craig's
  attendance and whether his attitude to Aisha and the children is changing.
  *Shown by:* the group register (24 of 26 sessions needed) and Mo's written report before each core group.
- **Craig**, with **Tom Beck, Rushenby Alcohol Service**, will have key-work and a breath test fortnightly,
  starting w/c 9 March; Tom will say before each core group whether Craig's drinking is changing in ways that
  would make contact safer for the children.
  *We'll know it's working when* the breath tests in Tom's report all read zero.
- **DONE – 12/01/2026: PC Dan Irwin** fitted a panic alarm in the hall at 14 Rook Street; tested and working,
  not carried forward.

### Goal 2 – Noah feels safe and can talk about what happened

- **Mrs Kate Linley, DSL, Rushenby Park Primary**, will see that Noah has a check-in with his key adult, Miss
  Hughes, every Monday morning, and will send the SW his attendance each Friday.
  *What the school will see:* Noah's attendance at 95% or more on the register, and Miss Hughes's Monday notes
  on CPOMS showing what Noah said.
- **Sophie Grant, play worker, Rushenby Children's Centre**, will do 10 play sessions with Noah about what he
  saw and heard, each Tuesday after school from 10/03/2026, then reviewed at the core group on 02/06/2026.
  *Evidence:* Noah's feelings scale, which Sophie records at each session (aim: 8 or above), and her session
  notes sent to the SW.
- **Zainab Ali, SW**, will visit every two weeks (every other visit unannounced), see Noah on his own and note
  where Lily sleeps and how she plays.
  *As recorded in:* the visit notes, with Noah's own words and whether he slept in his own bed that week.

### Goal 3 – Lily thrives, and Aisha is well enough to care for both children

- **Hannah Scott, HV**, will see Lily at home on the first Monday of each month, weigh and plot her on her
  centile chart, and do her 12-month review by 30/04/2026.
  *We'll know it's working when* Lily stays on or near the 50th centile and her 12-month review scores are in
  the expected range for her age.
- **Jen Ollerton, IDVA, Rushenby Women's Aid**, will meet Aisha fortnightly to update her safety plan for
  herself and the children, and do a DASH review after any incident.
  *As recorded in:* the updated safety plan and DASH score, copied to the SW after each meeting.
- **Dr Priya Nair, clinical psychologist, Rushenby Talking Therapies**, will give Aisha 12 weekly sessions of
  trauma-focused therapy from 05/03/2026, and write to the core group after sessions 6 and 12 on Aisha's
  progress, her capacity to keep the children's routines going, and how long further change is likely to take.
  *Evidence:* the two written reports, on file by 16/04/2026 and 28/05/2026.
- **Aisha** will keep Noah's bedtime routine (bath, story, bed by 7.30pm) on every school night, and write it
  on the chart on the fridge.
  *We'll know it's working when* the chart is filled in when the SW looks at it, and Miss Hughes says Noah is
  not tired in class.
- **Nani (Farida Siddiqui, maternal grandmother)** will have Lily every Thursday while Aisha is at therapy, and
  both children on Saturday afternoons. Achieved since January and carrying on until the review.
  *Shown by:* Nani's text to the SW each Thursday evening, and Noah telling the SW about his Saturdays.

### Goal 4 – safe time with Dad

- **Lisa Marr, family centre worker, Rushenby Family Centre**, will supervise Craig's contact with Noah and
  Lily every other Saturday, 10am to 11.30am, from 07/03/2026.
  *Evidence:* a written record of each session sent to the SW within two working days, saying how the
  children were and whether Craig was sober.

## If things go wrong

- **If Craig comes to Rook Street, contacts Aisha outside the family centre, or arrives at contact smelling of
  alcohol:** Aisha rings 999 (or presses the alarm); contact is stopped that day; Zainab holds a strategy
  discussion with the police the same day; the children go to Nani's at 22 Chapel Lane that night.
- **If Nani cannot help** (she is ill, away, or Craig knows she has the children): Jen Ollerton arranges a
  refuge place for Aisha and the children the same day, or, if Aisha will not go, Zainab places Noah and Lily
  together with Rushenby foster carers that day.
- **If progress stops:** if Craig breaches the agreement twice, leaves the Safe Futures programme, or Aisha lets
  him move back before the programme ends, Zainab will ask Gareth Leese for a legal planning meeting within five
  working days.

## Core group and review

- Core group every six weeks, Tuesdays at 1pm, Rushenby Children's Centre: 10/03/2026, 21/04/2026, 02/06/2026
  and 14/07/2026.
- Second review child protection conference: Tuesday 25/08/2026, 10am, Rushenby Civic Centre.
- Zainab will see Noah on his own before each core group and bring his words and his feelings score.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, mother's postnatal depression, a baby whose
#    weight has faltered and his 3-year-old sister, maternal grandparents
#    helping. Markdown with a numbered table headed What needs to happen /
#    Who / By / Evidence. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_rathersby_icpc_table_by_evidence_kerr.md",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plan-markdown-details-table-worries-what-mason-and-evie-show-us-outcomes-then-numbered-what-needs-to-happen-who-by-evidence-table-contingency-meetings",
    "description": (
        "Initial conference plan for a 4-month-old whose weight has faltered and his 3-year-old "
        "sister; their mother has postnatal depression and their father works nights; the "
        "maternal grandparents help. A Markdown table with the columns What needs to happen, "
        "Who, By and Evidence. Most rows are sound (weekly visits, the HV weighing and "
        "plotting until Mason is back on his centile, the GP, the grandparents' days and "
        "nights, the father's night feeds, a parenting group, safe sleep). Faults: the "
        "perinatal team only supports the mother and its evidence is 'Tanya's mood improved'; "
        "feeding support is 'As required'; help with the flat is owned by 'Family'; the "
        "nursery place is 'Ongoing'; the speech referral has no evidence; one outcome is about "
        "the mother only; the review conference date is to be confirmed."
    ),
    "text": """\
# Child Protection Plan

Rathersby District Council · Children's Services · Assessment and Intervention Team

| | |
|---|---|
| Children | Mason Kerr, DOB 12/11/2025 (4 months); Evie Kerr, DOB 03/01/2023 (3) |
| Address | Flat 7, Brook House, Quarry Road, Rathersby RT5 6HW |
| Mother | Tanya Rudd (24) |
| Father | Josh Kerr (27), same address; works nights Wednesday to Saturday |
| Maternal grandparents | Lyn and Steve Rudd, 40 Oak Crescent, Rathersby |
| Conference | Initial child protection conference, Wednesday 11/03/2026 |
| Chair | Paula Grimshaw (IRO) |
| Social worker | Leanne Cho (team manager: Imran Shah) |
| Category | Neglect (both children) |

## What we are worried about

Mason was born on the 50th centile and had dropped to below the 9th by his 16-week check. Tanya has
postnatal depression; she has told the health visitor she sometimes stays in bed until the afternoon and
forgets feeds. At an unannounced visit on 02/03/2026 the kitchen had unwashed bottles and old milk in them,
Mason was in a wet nappy and Evie had been given crisps for breakfast. Josh is asleep for much of the day
after his night shifts.

## What Mason and Evie show us

Mason is a quiet baby who rarely cries for his feeds. At the visit on 02/03/2026 he lay awake in his bouncer
for an hour without making a sound, and only smiled when Evie sang to him. He feeds well for his nana.

Evie (seen at home and at Nana's, 05/03/2026) talks in two and three-word sentences. She said "Mummy sleeping"
and "Evie hungry" when she showed the social worker the kitchen, and "Nana's house, yes!" when asked where she
likes to play. She clapped and fetched her shoes when she heard it was a Nana day.

## What we want to happen

- Mason gains weight steadily and is back on the 25th centile within eight weeks.
- Mason and Evie are fed on time every day, in a clean and warm home.
- Evie goes to nursery and her talking develops for her age.
- Tanya's mood has improved and she feels more confident.

## The plan

| No. | What needs to happen | Who | By | Evidence |
|---|---|---|---|---|
| 1 | Visit Mason and Evie at home, one visit in three unannounced, and see where Mason sleeps and how he is fed | Leanne Cho, SW | Weekly from 16/03/2026 | Visit records note where Mason was sleeping, the bottles and the feed chart |
| 2 | Weigh Mason and plot his weight on his centile chart, and check the feed chart | Nicola Bryant, HV | Every week until he is back on the 25th centile, then fortnightly | Weights plotted in the red book; back on the 25th centile within eight weeks |
| 3 | Support Tanya with her low mood and anxiety since the birth | Rathersby Perinatal Mental Health Team | Fortnightly home visits | Tanya's mood improved |
| 4 | Feeding support for Tanya and Josh: making up bottles and managing Mason's reflux | Gail Otway, infant feeding adviser | As required | Feed chart shows six or seven feeds a day of the right amount, checked at each HV weigh |
| 5 | Review Tanya's antidepressant and Mason's reflux medicine, and write to the SW | Dr Ben Adeyemi, GP, Quarry Road Surgery | By 25/03/2026 | GP letter on file before the first core group |
| 6 | Help Tanya keep the kitchen clean and the bottles sterilised | Family | Every weekend | Clean kitchen and sterilised bottles seen at the SW's visits |
| 7 | Find a funded nursery place for Evie | Leanne Cho, SW | Ongoing | Evie's name on the nursery register and her first session attended |
| 8 | Have Evie at their house so that Tanya can rest and feed Mason | Nana Lyn and Grandad Steve (maternal grandparents) | Every Tuesday and Thursday, 9am to 3pm | Lyn's diary, seen by the SW at each visit |
| 9 | Stay over on Saturday nights to do Mason's night feeds so Tanya can sleep | Nana Lyn | Every Saturday night for the next 8 weeks | Night feeds written on the chart in Lyn's writing |
| 10 | Do Mason's night feeds on his nights off work | Josh (Dad) | Sunday, Monday and Tuesday nights | Feed chart in Josh's writing on those nights, checked by the SW |
| 11 | Refer Evie to speech and language therapy for her limited words | Nicola Bryant, HV | By 31/03/2026 | |
| 12 | Go to the Rathersby Baby Steps group together | Tanya and Josh | Wednesdays, eight weeks from 18/03/2026 | Register shows seven of eight sessions; the group leader's report to the SW |
| 13 | Go through safe sleep and the Moses basket set-up with Tanya and Josh | Nicola Bryant, HV | At the next home visit, by 20/03/2026 | Mason seen asleep on his back in his Moses basket at every visit |

## Contingency

- If Mason loses weight at two weighs in a row, or is found unfed for more than five hours, the HV will tell
  Leanne the same day; Leanne will hold a strategy discussion that day and arrange a paediatric check at
  Rathersby General the same day.
- If Tanya tells anyone she has thoughts of harming herself or the children, Josh will stay off work and Lyn
  will stay at the flat, and the perinatal team will be asked to see Tanya that day.
- If Lyn and Steve cannot have Evie or stay over (they are ill or away), Leanne will arrange a same-day
  childminder place for Evie through the Rathersby Family Hub, and Josh will do that night's feeds; if no one
  can care for the children safely, Leanne will place them together with Rathersby foster carers that day.
- If Mason is not back on the 25th centile within eight weeks, or Tanya and Josh stop working with the plan,
  Leanne will ask Imran Shah for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 2pm, Quarry Road Children's Centre: 25/03/2026, 22/04/2026 and
  20/05/2026.
- Review child protection conference: date to be confirmed by the conference team.
""",
    "findings": [
        F("F002", "Tanya's mood has improved and she feels more confident."),
        F("H001", "Support Tanya with her low mood and anxiety since the birth"),
        F("M002", "Support Tanya with her low mood and anxiety since the birth"),
        F("T002", "Feeding support for Tanya and Josh: making up bottles"),
        F("W002", "Help Tanya keep the kitchen clean and the bottles sterilised"),
        F("T002", "Find a funded nursery place for Evie"),
        F("M001", "Refer Evie to speech and language therapy"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, both parents using drugs (mother on a
#    methadone script, father using crack cocaine), a 2-year-old, the
#    paternal aunt helping. Plain-text case-system print with TASK blocks:
#    Owner, Start - end, Shown by. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b137_rimmerdown_case_print_shown_by_sowerby.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-case-system-plain-text-print-dotted-fields-upper-case-sections-concerns-alfies-day-outcomes-then-task-blocks-owner-start-end-shown-by-fields-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 2-year-old whose mother is on a methadone "
        "script after heroin use and whose father uses crack cocaine; the paternal aunt has him "
        "on Saturdays. A plain-text case-system print: each TASK has OWNER, START - END and "
        "SHOWN BY fields. Timescales are written as 'within 5 working days of this "
        "conference', 'from 04/03/2026 until the review', 'for the next 12 weeks, then "
        "reviewed', 'on the day of any positive screen'; measures as negative urine and "
        "hair-strand results, an unannounced visit finding the methadone locked away, the HV "
        "weighing and plotting, the nursery register. One owner is 'Mum and SW jointly'. The "
        "drug service reports on change for both parents, the GP owns an action, the aunt's "
        "Saturdays have a fallback, legal planning follows named triggers, dates are set."
    ),
    "text": """\
RIMMERDOWN COUNCIL - CHILDREN'S SOCIAL CARE                  CASE SYSTEM PRINT
CHILD PROTECTION PLAN (INITIAL)                              Printed 05/03/2026 09:12
================================================================================
Child .............. Alfie SOWERBY, DOB 19/11/2023 (2 yrs 3 mths)
Address ............ 3 Gatehouse Flats, Mill Lane, Rimmerdown RM1 7QS
Mother ............. Gemma Sowerby (30)
Father ............. Paul Sowerby (33), same address
Paternal aunt ...... Beverley Sowerby ("Bev"), 51 Hollin Road, Rimmerdown
Category ........... Neglect
Conference ......... ICPC Wednesday 04/03/2026. Chair: Nasreen Aziz (IRO)
Social worker ...... Mark Denton, Rimmerdown Family Safeguarding (TM: Ruth Gale)
================================================================================

1. WHY ALFIE HAS A PLAN

Gemma has been on a methadone script for three years. In January 2026 she
used heroin on top of it and her urine screens in January and February were
positive for heroin. Paul has used crack cocaine at weekends since the autumn.
On 14/02/2026 the police found Alfie awake and alone in the living room at
11pm while both parents were asleep; a used foil and Gemma's methadone bottle
were on the coffee table within his reach. Alfie's weight has dropped from the
50th to the 25th centile since his 2-year check.

2. ALFIE'S DAY (what we have seen)

Alfie was seen at home on 20/02/2026 and 27/02/2026, and at Bev's on
28/02/2026. At home he was in the same clothes on both visits and ate a whole
packet of biscuits while the SW was there. He pointed at the kitchen and said
"dinner". At Bev's he ran to the door, showed the SW his tractor and sat on
Bev's knee for his story. Bev says he sleeps through at her house and eats
everything. Nursery say he is talking less than in the autumn and often
arrives hungry on Mondays.

3. OUTCOMES FOR ALFIE

3.1 Alfie is cared for every day and night by an adult who is not under the
    influence of drugs, and he can never reach methadone or drug equipment.
3.2 Alfie is fed three meals a day, gains weight and is back on his centile.
3.3 Alfie goes to nursery and his talking catches up with his age.

4. TASKS
--------------------------------------------------------------------------------
KEY: START - END gives when each task starts and ends or how often it happens.
SHOWN BY says what someone will see or count.

TASK 1 of 11  Visit Alfie at home, at least one visit a fortnight
              unannounced, and see his room, his food and where the
              methadone is kept
  OWNER ........ Mark Denton (SW)
  START - END .. Weekly, from 04/03/2026 until the review conference
  SHOWN BY ..... an unannounced visit finding the flat as agreed: methadone
                 in the locked box, no foil or pipes, food in the fridge and
                 Alfie's cot clean; visit records with what Alfie did and said

TASK 2 of 11  Fit a lockable box for the methadone and agree with Paul
              where it is kept, out of Alfie's reach
  OWNER ........ Mum and SW jointly (Gemma and Mark)
  START - END .. Within 5 working days of this conference (by 11/03/2026)
  SHOWN BY ..... the box seen locked, high up in the kitchen, at every visit

TASK 3 of 11  Take her methadone under supervision at the pharmacy each
              day and stop using heroin, so that she is awake and able to
              care for Alfie
  OWNER ........ Gemma (Mum)
  START - END .. Daily from 05/03/2026 until the review
  SHOWN BY ..... the pharmacy's supervised consumption record and urine
                 screens negative for heroin, both in the recovery service's
                 report to each core group

TASK 4 of 11  Key-work with Gemma, fortnightly urine screens, and a written
              view on whether she has stopped using on top of her script,
              what still has to change for Alfie and how long it may take
  OWNER ........ Lisa Penrose, recovery co-ordinator, Rimmerdown Recovery
                 Service
  START - END .. Screens every two weeks; report two working days before
                 each core group
  SHOWN BY ..... the report on the case file before every core group, with
                 the screen results

TASK 5 of 11  Key-work with Paul about his crack cocaine use, with a urine
              screen at each session and a report on whether he is
              stopping and what that means for his care of Alfie
  OWNER ........ Dev Kaur, recovery worker, Rimmerdown Recovery Service
  START - END .. Weekly from 10/03/2026, for the next 12 weeks, then
                 reviewed at the review conference
  SHOWN BY ..... the attendance log and screens negative for cocaine from
                 week 6 on, in Dev's report to each core group

TASK 6 of 11  Give a hair-strand sample for a drug test
  OWNER ........ Paul (Dad); test booked by Mark Denton
  START - END .. Sample by 20/03/2026, result by 17/04/2026; second sample
                 in the week of the review conference
  SHOWN BY ..... hair-strand results negative for cocaine over the months
                 each test covers, sent by the laboratory to the SW

TASK 7 of 11  Weigh Alfie, check his development and his talking, and show
              Gemma and Paul how to plan his meals
  OWNER ........ the HV (Claire Moss)
  START - END .. Every two weeks at home from 11/03/2026 until the review;
                 2-year ASQ repeated by 30/04/2026
  SHOWN BY ..... the HV weighs and plots Alfie in his red book: back on the
                 50th centile by the review; ASQ scores sent to the SW

TASK 8 of 11  Record Alfie's attendance and whether he arrives fed, clean
              and dressed for the weather, and ring the SW the same day
              with any worry
  OWNER ........ Bumblebees Nursery - Sarah Quayle, manager
  START - END .. Every session (Monday, Wednesday and Friday, 8.30am to
                 3.30pm) from 09/03/2026
  SHOWN BY ..... the register (90% or more) and the arrival sheet emailed to
                 the SW every Friday

TASK 9 of 11  Have Alfie every Saturday from 9am to 5pm, and take him
              straight away on the day of any positive screen or whenever a
              parent is under the influence
  OWNER ........ Bev (paternal aunt)
  START - END .. Every Saturday from 07/03/2026; the same day whenever she
                 is needed
  SHOWN BY ..... Bev's text to the SW every Saturday evening; Alfie seen at
                 Bev's at the SW's visit on the first Saturday of each month

TASK 10 of 11 Write to the SW with Gemma's and Paul's prescriptions and
              health history, and tell the SW of any missed methadone
              review within two working days
  OWNER ........ Dr Omar Qureshi, GP, Rimmerdown Health Centre
  START - END .. Letter within 10 working days of this conference (by
                 18/03/2026); missed reviews as they happen
  SHOWN BY ..... the GP letter on Alfie's file; missed reviews logged

TASK 11 of 11 Go to the "Parents in Recovery" group together at Mill Lane
              Family Hub
  OWNER ........ Gemma and Paul
  START - END .. Thursdays, eight weeks from 12/03/2026
  SHOWN BY ..... the register showing seven of eight sessions, and the group
                 worker's end report to the SW

5. CONTINGENCY
--------------------------------------------------------------------------------
TRIGGER ...... A urine screen positive for heroin or cocaine; either parent
               seen or reported to be under the influence while caring for
               Alfie; methadone found out of the box; Alfie not at nursery
               for two sessions running with no reason given.
RESPONSE ..... Alfie goes to Bev's at 51 Hollin Road that day and stays
               there until a strategy discussion, which Mark holds the same
               day, agrees it is safe for him to go home.
IF BEV CANNOT  If Bev is ill, away or cannot be reached, Mark places Alfie
               with Rimmerdown foster carers that day.
LEGAL ........ If there are two positive screens before the review, a
               positive hair-strand result, or either parent stops going to
               the recovery service, Mark asks Ruth Gale for a legal planning
               meeting within five working days.

6. MEETINGS
--------------------------------------------------------------------------------
Core group ....... every four weeks, Wednesdays at 11am, Mill Lane Family Hub:
                   18/03/2026, 15/04/2026, 13/05/2026
Review CPC ....... Thursday 28/05/2026, 2pm, Rimmerdown Civic Centre
Alfie's day ...... Mark will bring a written note of what he has seen of
                   Alfie's days to each core group
================================================================================
END OF PRINT
""",
    "findings": [],
})
