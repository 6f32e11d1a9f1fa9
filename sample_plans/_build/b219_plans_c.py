"""Batch 219, module c: seven fictional plans (held-out material), places beginning with "c".

Batch: 219. Letter: c. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, hospitals, adult services, streets, towns and councils. Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13 and the notes for later
batches), without running planlint or reading its code.

Focus: checks ("how we will know"). In the four exemplary plans every
action's check is real but written in many ways and places, in templates
real services use: in a "Sign of success" column ("Mrs Kaur e-mails Lauren
the week's register and call log every Friday"), on an "Evidence of
progress" line of a case-system print, in a "How we will know" paragraph
under each part of a letter keyed to the actions' numbers, in a safety
goal's own banner row ("We will know because ..."), and inside a step's
own words, in brackets or after a dash; as a result or a reading (breath
tests, hair-strand and urine results, weights and centiles, scores), as a
record kept and shared (a diary, a register, a night log, a chart ticked
and sent), as a worker seeing something on a visit, as the child telling a
named adult who writes it down, and as a report with what it must say. In
the three faulty plans the checks that fail are clearly vague or absent,
written as confidently as the real ones beside them ("Monitored by
school", "Monitored by HV", "Staff will keep an eye on her", "Engagement
with sessions", "Progress will be reviewed at the next core group",
"Ongoing assessment", "-" in a check column or line, or an empty cell),
with a few faults under other rules.
Where a check was borderline it was rewritten so that it is plainly one or
the other.

1. Carnleven (docx, exemplary): initial conference plan for a 7-year-old
   and a 3-year-old (neglect, the mother's drinking, the grandmother
   helping), a council table "No. / What will happen / Who / When / Sign
   of success" whose checks are breath readings, registers e-mailed every
   Friday, centiles, CPOMS entries in Maisie's words and a recovery
   service report on the mother's capacity to change.
2. Cobbersley (pdf, header and footer, exemplary): case-system print of a
   plan for a 9-week-old baby (the mother's bipolar disorder, the father
   and grandmother sharing the nights), "Plan item n of 12" blocks with
   Task / Responsible / Timescale / Evidence of progress lines; the
   perinatal team and the psychiatrist report on capacity to change and
   its likely timescale.
3. Chertleby (md): core group 2 minutes with an action log for a 10-year-old
   and a 6-year-old (neglect, the mother's depression and cannabis use,
   domestic abuse by a former partner). Faults: the school's checks on
   Ellie "Monitored by school" (M002); the family support worker's
   sessions measured by "Engagement with sessions" (M002); the housing
   transfer checked by "Progress will be reviewed at the next core group"
   (M002); the young carers' referral with "-" for its check (M001); the
   GP's review of the children with an empty check cell (M001); the
   community mental health team's appointments only treating the mother
   (H001); "All professionals" passing on sightings of the former partner
   (W002); and nothing on legal planning (R002).
4. Culpenny (txt, exemplary): plan letter from the social worker to both
   parents (copied to the paternal grandparents) after a conference for
   an 8-year-old and a 2-year-old (domestic abuse, the father's cocaine
   use, the paternal grandparents supervising contact): parts with
   numbered actions, owners named ("Amy, you will ...", "I will ...") and
   times in the sentence, then under each part "How we will know" keyed
   to the actions' numbers.
5. Cranwythe (docx): review conference plan for a 14-month-old and a
   5-year-old (neglect, the mother's anxiety and depression), a table
   with the outcome merged down and a "What we will see" column. Faults:
   the health visitor's visits "Monitored by HV" (M002); the nursery's
   observations with an empty cell (M001); the adult mental health
   practitioner's talking therapy only treating the mother (H001); the
   parenting assessment with "Ongoing assessment" as its check (M002);
   the dental registration "when Gemma is able" (T002); and an outcome
   about the mother only (F002).
6. Corbishaw (pdf, header and footer): numbered outline plan for a
   12-year-old (emotional abuse, parents' conflict after separation,
   self-harm), each item with Lead / When / Proof lines. Faults: the
   pastoral manager's "Proof: Staff will keep an eye on her" (M002); the
   youth worker's sessions proved by "Isla's engagement with the
   sessions" (M002); the mediation referral with "Proof: -" (M001); the
   "Family network" owning Isla's weekends at her grandmother's (W002),
   with the aunt also helping and no fallback in the contingency if they
   cannot (C003); and a review conference "date to be confirmed" (R001).
7. Cadgeworth (md, exemplary): Signs of Safety plan for a 10-year-old and
   a 6-year-old (the father's psychosis, the mother on night shifts):
   danger statements, then one next-steps table (No. / Who / What /
   When) in which each safety goal is a bold banner row holding "We will
   know because ..." for the steps under it, some steps adding their own
   check in brackets or after a dash; the early intervention in psychosis
   team and the psychiatrist report on the father's capacity to change.

Plans 1, 2, 4 and 7 are exemplary: every action has a named owner, a real
timescale and a check someone can see, count or read; every outcome is
about the child; each contingency has specific triggers and protective
responses, with a fallback wherever a relative helps; each records the
child's words or observed day, core group dates and a dated review
conference, and a legal planning meeting after insufficient progress or a
named trigger; where a parent is ill or uses drugs or alcohol an adult
service owns actions, and every adult mental health service is asked for
its view of the parent's capacity to change and how long it will take.
The three faulty plans hold 20 expected findings between them (8, 6 and
6), 11 of them on checks (M001 and M002).

Counting convention used for "actions" (README convention 1): each row of
an action table, each numbered plan item of the case print, each numbered
action of a letter's parts, each row of the minutes' action log and each
next step of the Signs of Safety plan counts once. Details, reasons for the
plan, the children's words and days, what is working well, outcomes and
safety goals, "How we will know" paragraphs, the minutes' discussion,
contingencies, and core group and review dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, council table with a "Sign of success"
#    column. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_carnleven_icpc_sign_of_success_column_whitford.docx",
    "doc_title": "Child Protection Plan - Maisie and Alfie Whitford",
    "split": "heldout",
    "actions": 14,
    "template": "icpc-plan-docx-council-front-kv-why-the-children-have-a-plan-maisie-in-her-words-alfies-day-working-well-numbered-outcomes-then-no-what-will-happen-who-when-sign-of-success-table-checks-as-breath-readings-registers-centiles-cpoms-in-childs-words-recovery-report-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary initial conference plan for a 7-year-old girl and her 3-year-old brother (neglect): "
        "their mother drinks a bottle of wine or more most nights since her partner left, police found "
        "her unrousable with the 7-year-old making her brother's tea, the girl is late most days and "
        "the boy's weight has dropped to the 9th centile; the maternal grandmother helps with school "
        "runs and Wednesday teas. A council table (No. / What will happen / Who / When / Sign of "
        "success) whose checks are readings, records and reports: breath readings of 0.00 at every "
        "session and visit, a drinking diary signed by the recovery worker, the register and call log "
        "e-mailed every Friday with an attendance target, CPOMS entries in Maisie's words, weights "
        "plotted with a centile target, a routine chart photographed and sent, the recovery service's "
        "report on the mother's capacity to change. The contingency has specific triggers, the "
        "grandmother's care with a fallback if she cannot help, and a legal planning meeting after "
        "named triggers; core group dates and the review conference are set."
    ),
    "blocks": [
        ("title", "Carnleven Borough Council - Child Protection Plan"),
        ("p", "Initial child protection conference held on 08/12/2025 at Carnleven Civic Centre. Chair: "
              "Bernadette Lyle, independent conference chair. This plan was agreed at the conference and "
              "typed up by the social worker the next day; Jodie has a copy and Maisie has her own "
              "picture version."),
        ("kv", [
            ("Children", "Maisie Whitford, born 14/04/2018 (7), Year 3 at Carnleven St Anne's C of E "
                         "Primary; Alfie Whitford, born 02/09/2022 (3), Carnleven Children's Centre nursery"),
            ("Address", "19 Coppice Rise, Carnleven CN4 7RB"),
            ("Mum", "Jodie Whitford (31), works part-time at a dry cleaner's"),
            ("Nana", "Pauline Whitford (58), Jodie's mum, 3 Cobnut Row, Chiselford (ten minutes by car)"),
            ("Fathers", "Maisie's father, Dean Hartley, has not seen her since 2020 and could not be "
                        "reached. Alfie's father, Craig Benson, lives in Caverbrook; he was invited and sent "
                        "apologies. He sees Alfie about once a month at Pauline's."),
            ("Category", "Neglect"),
            ("Social worker", "Lauren Pryce, Carnleven Family Safeguarding Team (team manager: Ian Holt)"),
        ]),
        ("h1", "Why Maisie and Alfie have a plan"),
        ("p", "On 14/11/2025 a neighbour rang the police at 7pm because Alfie was crying at the window. "
              "Officers found Jodie asleep on the settee; she could not be woken properly for some minutes. "
              "There were two empty wine bottles and a half-empty bottle of vodka in the kitchen. Maisie had "
              "made Alfie toast and put him in his pyjamas. Jodie told the conference that since her partner "
              "left in the spring she has been drinking \"a bottle or so a night once they're in bed\", and "
              "sometimes in the afternoon. Maisie has been late to school 23 times this term and her "
              "attendance is 86%. Alfie's weight has dropped from the 50th centile at his two-year check to "
              "the 9th centile, and the dentist found four decayed teeth. Jodie has asked for help with her "
              "drinking and went to her first appointment at Carnleven Recovery Service on 04/12/2025."),
        ("h1", "Maisie, in her own words"),
        ("p", "Lauren saw Maisie on her own at school on 01/12/2025 and 05/12/2025. Maisie said: \"When Mum's "
              "poorly I do Alfie's tea. I can do toast and cereal.\" \"I don't like it when Mum sleeps on the "
              "settee and won't wake up. I get scared when it goes dark.\" \"Nana does my plaits and she makes "
              "proper tea.\" She would like \"Mum to stop the wine\" and to start Brownies. She scored home 5 "
              "out of 10 and school 9 out of 10 (\"Mr Reddy does toast in the mornings\")."),
        ("h1", "Alfie's day"),
        ("p", "Alfie is three and talks in short sentences. At nursery he eats two helpings at lunch and asks "
              "for more, and he carries his blue blanket everywhere. Nursery staff say he is often in the same "
              "clothes on Monday as on the Friday before. When he fell over during Lauren's visit on "
              "05/12/2025 he went to Maisie, not to Jodie, to be picked up. He laughs a lot with Pauline and "
              "calls her \"Nana Paw\"."),
        ("h1", "What is working well"),
        ("bullets", [
            "Jodie came to the conference, said \"I know I've let them down\", and has kept her first "
            "appointment at the recovery service.",
            "Pauline already collects Maisie on Wednesdays and wants to help more.",
            "Maisie loves school; her reading is ahead of her age.",
            "Alfie is cheerful and his speech is coming on well.",
        ]),
        ("h1", "What we want for Maisie and Alfie"),
        ("numbers", [
            "Maisie and Alfie are looked after every day and every night by an adult who has not been "
            "drinking.",
            "Maisie is at school on time every day, and is no longer the one who gives Alfie his tea or puts "
            "him to bed.",
            "Alfie eats well and grows: his weight is back on the 25th centile by the review conference and "
            "his teeth are treated.",
            "Maisie knows who she can ring if Mum has been drinking, and feels safe at home at night.",
        ]),
        ("h1", "The plan"),
        ("p", "Each row says what will happen, who will do it, when, and the sign of success: what someone "
              "will see, count or read that tells the core group it is working."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "Sign of success"],
            "widths": [1.0, 5.2, 3.3, 3.3, 4.2],
            "rows": [
                ["1",
                 "Alcohol assessment with Jodie, then weekly key work sessions with a breath test at each one",
                 "Dawn Ashby, recovery worker, Carnleven Recovery Service",
                 "Assessment by 19/12/2025; then every Tuesday from 06/01/2026",
                 "Breath reading at every session (target 0.00), sent to Lauren at the end of each month; "
                 "assessment summary sent to Lauren by 19/12/2025"],
                ["2",
                 "Written report to each core group on whether Jodie is making the changes she needs to care "
                 "for Maisie and Alfie sober, what still has to change and how long that is likely to take",
                 "Dawn Ashby, Carnleven Recovery Service",
                 "Three working days before each core group",
                 "Report on Lauren's file before each core group, giving Jodie's breath readings, her diary "
                 "totals and Dawn's view of her capacity to change"],
                ["3",
                 "Keep a drinking diary (units, times, and who was looking after Maisie and Alfie) and take it "
                 "to every key work session",
                 "Jodie Whitford (Mum)",
                 "Every day from 09/12/2025",
                 "Diary read and signed by Dawn every Tuesday; a copy sent to Lauren each month"],
                ["4",
                 "Not drink at all while Maisie and Alfie are in her care, and take a breath test whenever "
                 "Lauren or Dawn asks at a visit",
                 "Jodie Whitford (Mum)",
                 "Every day; at every visit, announced or not",
                 "Breath reading of 0.00 at every visit, written on the visit record"],
                ["5",
                 "Unannounced home visits: see Maisie on her own and Alfie with Jodie, and check there is food "
                 "in, the children's beds are made up and the house is safe",
                 "Lauren Pryce (SW)",
                 "Weekly until the review conference; one visit in three between 7pm and 8.30pm",
                 "Visit record on CareNet within 48 hours, with the home checklist ticked and what Maisie said "
                 "in her own words"],
                ["6",
                 "Ring Jodie if Maisie is not in by 8.55am, and ring Lauren if Jodie cannot be reached by "
                 "9.30am",
                 "Mrs Harjit Kaur, attendance officer, Carnleven St Anne's",
                 "Every school day",
                 "Mrs Kaur e-mails Lauren the week's register and call log every Friday; Maisie's attendance "
                 "is 95% or more by the February half term"],
                ["7",
                 "Breakfast check-in with Maisie in the nurture room, with a chance to say how last night "
                 "went",
                 "Mr Owen Reddy, DSL, Carnleven St Anne's",
                 "Every school day, 8.50am to 9.05am",
                 "Anything Maisie says about home written on CPOMS in her words the same day; Mr Reddy sends "
                 "Lauren a summary every other Friday"],
                ["8",
                 "Weigh and measure Alfie, and go through what he has eaten over the last three days with "
                 "Jodie",
                 "Shona Greaves, health visitor, Carnleven 0-19 Service",
                 "Every two weeks from 15/12/2025 until the review conference",
                 "Weights plotted in Alfie's red book and sent to Lauren after each visit; weight back on the "
                 "25th centile by 02/03/2026"],
                ["9",
                 "Take Maisie and Alfie to Carnleven Smiles dental practice for check-ups and Alfie's fillings",
                 "Jodie, with Pauline driving",
                 "First appointment by 16/01/2026",
                 "The practice's treatment plan letter seen by Lauren; Alfie's treatment finished by the "
                 "review conference"],
                ["10",
                 "Nursery sessions for Alfie with a hot lunch; staff note what he eats and anything he says "
                 "about home",
                 "Sophie Lane, manager, Carnleven Children's Centre nursery",
                 "Monday, Tuesday and Wednesday, 9am to 3pm, from 05/01/2026",
                 "Nursery register and lunch record sent to Lauren every Friday"],
                ["11",
                 "Take Maisie to school and see her into class",
                 "Pauline Whitford (Nana)",
                 "Every school day from 09/12/2025",
                 "Maisie signed in by 8.50am on the school register, which Mrs Kaur sends to Lauren (row 6)"],
                ["12",
                 "Collect Alfie from nursery and have both children at her house for tea and homework, then "
                 "bring them home by 6.30pm",
                 "Pauline Whitford (Nana)",
                 "Every Wednesday",
                 "Nursery collection book signed by Pauline; Pauline texts Lauren when she drops the children "
                 "home"],
                ["13",
                 "Six sessions at home on routines (school mornings, tea and bedtime), making a chart Maisie "
                 "helps to tick",
                 "Kelly Marsh, family support worker, Carnleven Family Hub",
                 "Weekly for six weeks from 07/01/2026",
                 "Routine chart ticked by Maisie and Jodie each day, photographed by Kelly at each session "
                 "and sent to Lauren"],
                ["14",
                 "Direct work with Maisie using three houses, and a safety card with the numbers she can ring "
                 "(Nana, and 999)",
                 "Lauren Pryce (SW)",
                 "Two sessions by 23/01/2026",
                 "Maisie's three houses and safety card kept on file; Maisie tells Lauren whom she would "
                 "ring, and Lauren writes down her answer"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jodie's breath reading is above 0.00 at any visit, or she is found under the influence of "
            "alcohol while caring for the children, or Maisie tells anyone that Mum \"won't wake up\": the "
            "person who finds out rings Lauren (or the Emergency Duty Team out of hours), Pauline collects "
            "Maisie and Alfie and they stay at her house in Chiselford that night, and Lauren or the "
            "Emergency Duty Team visits and holds a strategy discussion the same day.",
            "If Pauline cannot have the children (she is ill, away or cannot be reached), Lauren or the "
            "Emergency Duty Team places them with emergency foster carers that night.",
            "If Pauline cannot do the school run on any day, she rings Mrs Kaur by 8am and Kelly Marsh takes "
            "Maisie to school. If Pauline cannot do a Wednesday, Alfie stays at nursery until 3pm, Jodie "
            "collects him, and Lauren visits that evening.",
            "If there are two breath readings above 0.00 before the review conference, or Dawn's report says "
            "Jodie is not making the changes needed, or Alfie's weight falls below the 9th centile, Ian Holt "
            "(team manager) will hold a legal planning meeting within 10 working days to decide whether to "
            "start the Public Law Outline.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Carnleven St Anne's, 3.30pm: 18/12/2025, 15/01/2026 and "
            "12/02/2026.",
            "Review child protection conference: 02/03/2026 at 10am, Carnleven Civic Centre.",
        ]),
        ("p", "Plan sent to Jodie, Pauline and every agency on 09/12/2025, and to Craig Benson by post."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print: "Plan item n of 12" blocks with Task / Responsible /
#    Timescale / Evidence of progress lines. Header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_cobbersley_case_print_plan_items_evidence_lines_hollins.pdf",
    "doc_title": "CareView print - Child Protection Plan - Ruby Hollins",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE | Cobbersley Council Children's Services | CareView print",
    "footer": "Ruby Hollins (CV 4471902) | Plan version 1 | Printed 15/01/2026 | Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-paged-header-footer-labelled-lines-subject-household-reason-parental-health-rubys-day-observed-parents-views-outcomes-o1-o4-then-plan-item-n-of-12-blocks-task-responsible-timescale-evidence-of-progress-linked-outcome-then-contingency-trigger-response-lines-legal-review-fields",
    "description": (
        "Exemplary case-system print of the initial conference plan for a 9-week-old baby girl (neglect, "
        "risk): her mother has bipolar disorder, stopped her medication in pregnancy and became unwell "
        "at Christmas (three nights without sleep, spending, leaving the flat at 3am), the baby's weight "
        "has dropped from the 25th to the 9th centile, and the father and maternal grandmother share the "
        "nights. Labelled lines for the subject, household, reason, parental health, Ruby's observed day "
        "and the parents' views, outcomes O1 to O4, then 'Plan item n of 12' blocks each with Task / "
        "Responsible / Timescale / Evidence of progress / Linked outcome lines. The evidence is what will "
        "be read or seen: the perinatal team's assessment report with what it must say, the "
        "psychiatrist's clinic letter with a prognosis and timescale, a mood and sleep chart signed "
        "weekly, weights on the centile chart, a feed chart, a night log by the cot, an employer's rota "
        "letter, immunisations in the red book, a works completion sheet. Contingency triggers and "
        "responses (with a fallback if the grandmother or father cannot do the nights), a legal "
        "planning meeting after named triggers, core group dates and a review conference date."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "CareView | Children's Social Care | Plan type: Child protection plan (initial) | Status: "
              "Agreed at conference"),
        ("h2", "Subject"),
        ("kv", [
            ("Child", "Ruby Hollins"),
            ("Date of birth", "11/11/2025 (9 weeks at conference)"),
            ("CareView ID", "4471902"),
            ("Address", "Flat 4, Cadwell House, Cobbersley CB2 8LT"),
            ("Conference", "Initial child protection conference, 13/01/2026, Cobbersley Town Hall"),
            ("Category", "Neglect"),
            ("Allocated worker", "Kofi Amadi, social worker, Cobbersley Children's Safeguarding Team"),
            ("Team manager", "Fiona Drake"),
            ("Legal status", "None. Ruby lives at home with her parents."),
        ]),
        ("h2", "Household and network"),
        ("kv", [
            ("Mother", "Tegan Hollins (22), lives with Ruby"),
            ("Father", "Jamal Reid (25), lives with Ruby; warehouse operative, on night shifts until "
                       "19/01/2026"),
            ("Maternal grandmother", "Denise Hollins (49), 11 Culverin Walk, Cobbersley"),
            ("Paternal aunt", "Aaliyah Reid (29), 6 Canterel Street, Cobbersley"),
            ("GP", "Dr Helen Marr, Cobbersley Road Surgery"),
        ]),
        ("h2", "Reason for plan"),
        ("p", "Tegan has bipolar affective disorder, diagnosed in 2022, with one admission to Cobbersley "
              "Mount Hospital in 2023. She stopped her lithium when she found out she was pregnant. Between "
              "27/12/2025 and 30/12/2025 she did not sleep for three nights, spent about £600 online and, at "
              "3am on 30/12/2025, walked into town in her dressing gown, leaving Ruby asleep with Jamal. The "
              "home treatment team saw her the same day; she restarted quetiapine and is now under the "
              "Cobbersley Perinatal Mental Health Team. Ruby's weight fell from the 25th centile at birth to "
              "the 9th centile at six weeks and is still on the 9th at eight weeks. On two visits the health "
              "visitor found her nappy heavy and her skin sore. There are no concerns about alcohol or drug "
              "use by either parent."),
        ("h2", "Ruby's day (observed)"),
        ("p", "Health visitor Amira Said (08/01/2026) and Kofi (09/01/2026 and 12/01/2026) saw Ruby at home. "
              "She takes 90 to 120ml of formula about every three hours and falls asleep on the bottle if she "
              "is not winded. She settles quickly when Jamal holds her against his chest and hums. She startles "
              "and cries at raised voices and at the television turned up loud. During the night of "
              "09/01/2026 Denise did the 2am feed; Ruby took 120ml and slept until 5.30am. Ruby has started to "
              "smile at Tegan's face, and Tegan noticed it and smiled back."),
        ("h2", "Parents' views"),
        ("p", "Tegan: \"I know I wasn't right at Christmas. I don't want to be ill again, I want to be her "
              "mum.\" She agreed to every item. Jamal: \"I'll do whatever it takes. I've asked to come off "
              "nights.\" Denise: \"I'll stay over as long as they need me.\""),
        ("h2", "Outcomes for Ruby"),
        ("kv", [
            ("O1", "Ruby is fed, changed and settled at every feed, day and night, by an adult who is well."),
            ("O2", "Ruby grows well: her weight is back on the 25th centile by the review conference."),
            ("O3", "Ruby is never left alone in the care of her mother when her mother is becoming unwell, and "
                   "the adults around Ruby know the early signs and act on them."),
            ("O4", "Ruby has her health checks and immunisations on time and sleeps in a dry, safe room."),
        ]),
        ("h2", "Plan items"),
        ("h3", "Plan item 1 of 12"),
        ("kv", [
            ("Task", "Home visits to Tegan by her perinatal CPN to review her mood, sleep and medication, and "
                     "an assessment of Tegan's capacity to change: what would need to change for Ruby to be "
                     "safe in her sole care, and how long that is likely to take."),
            ("Responsible", "Natalie Brook, CPN, Cobbersley Perinatal Mental Health Team"),
            ("Timescale", "Weekly visits from 15/01/2026; written assessment by 20/02/2026"),
            ("Evidence of progress", "Assessment report to Kofi by 20/02/2026 setting out Tegan's mental state, "
                                     "her insight into her relapse signs, her capacity to change, the likely "
                                     "timescale and a recommendation on unsupervised care of Ruby; a short "
                                     "e-mail to Kofi after each weekly visit."),
            ("Linked outcome", "O3"),
        ]),
        ("h3", "Plan item 2 of 12"),
        ("kv", [
            ("Task", "Outpatient medication review with Tegan (quetiapine dose, and whether lithium should "
                     "restart), and advice to the core group on her relapse signature, her prognosis and "
                     "capacity to change, and what these mean for her care of Ruby."),
            ("Responsible", "Dr Priya Venkatesh, consultant perinatal psychiatrist"),
            ("Timescale", "Appointment on 03/02/2026"),
            ("Evidence of progress", "Clinic letter to the GP and Kofi within 10 working days of the "
                                     "appointment, giving the relapse signature, the prognosis and the likely "
                                     "timescale for change."),
            ("Linked outcome", "O3"),
        ]),
        ("h3", "Plan item 3 of 12"),
        ("kv", [
            ("Task", "Keep a daily mood and sleep chart (hours slept, mood from 0 to 10) and show it to "
                     "Natalie at each visit, so that a slide in Tegan's mood is seen before it affects Ruby."),
            ("Responsible", "Tegan Hollins (mother)"),
            ("Timescale", "Every day from 14/01/2026"),
            ("Evidence of progress", "Chart signed by Natalie each week and photographed for Kofi; no two "
                                     "nights running with under 4 hours' sleep."),
            ("Linked outcome", "O3"),
        ]),
        ("h3", "Plan item 4 of 12"),
        ("kv", [
            ("Task", "Weigh Ruby, check her feeds and her nappy area, and watch how Tegan and Jamal respond to "
                     "her cues during a feed."),
            ("Responsible", "Amira Said, health visitor, Cobbersley 0-19 Team"),
            ("Timescale", "Weekly until Ruby is 12 weeks old (03/02/2026), then every two weeks until the "
                          "review conference"),
            ("Evidence of progress", "Each weight plotted on the centile chart in the red book and sent to "
                                     "Kofi the same day; Ruby back on the 25th centile by 31/03/2026; skin "
                                     "checked and recorded as clear at each visit."),
            ("Linked outcome", "O2"),
        ]),
        ("h3", "Plan item 5 of 12"),
        ("kv", [
            ("Task", "Keep Ruby's feed chart by the kettle: the time of each feed, how many ml she took and "
                     "who fed her, with every adult who feeds her filling it in."),
            ("Responsible", "Jamal Reid (father)"),
            ("Timescale", "Every feed from 14/01/2026"),
            ("Evidence of progress", "Chart photographed by Amira at each weigh and shared with Kofi; at least "
                                     "six feeds and 600ml recorded in every 24 hours."),
            ("Linked outcome", "O1"),
        ]),
        ("h3", "Plan item 6 of 12"),
        ("kv", [
            ("Task", "Stay overnight at the flat and do the 2am feed, so that Tegan sleeps through."),
            ("Responsible", "Denise Hollins (maternal grandmother)"),
            ("Timescale", "Sunday to Thursday nights from 13/01/2026 until the review conference"),
            ("Evidence of progress", "Denise signs the night log by the cot each morning; Kofi reads it at "
                                     "every visit."),
            ("Linked outcome", "O1"),
        ]),
        ("h3", "Plan item 7 of 12"),
        ("kv", [
            ("Task", "Come off night shifts so that he is at home with Ruby and Tegan every night, and do the "
                     "2am feed on Friday and Saturday nights."),
            ("Responsible", "Jamal Reid (father)"),
            ("Timescale", "From 19/01/2026 until the review conference"),
            ("Evidence of progress", "Rota letter from his employer given to Kofi by 23/01/2026; Jamal signs the "
                                     "night log on Friday and Saturday nights."),
            ("Linked outcome", "O1"),
        ]),
        ("h3", "Plan item 8 of 12"),
        ("kv", [
            ("Task", "Home visits, at least one in two unannounced: see Ruby awake, how she is held and fed, "
                     "and where she sleeps, and see Tegan on her own about her mood."),
            ("Responsible", "Kofi Amadi, social worker"),
            ("Timescale", "Weekly until the review conference"),
            ("Evidence of progress", "Visit record on CareView within 24 hours noting what Ruby was doing, "
                                     "that her cot was clear and she was put down on her back, and that the "
                                     "night log and feed chart were checked."),
            ("Linked outcome", "O1, O3"),
        ]),
        ("h3", "Plan item 9 of 12"),
        ("kv", [
            ("Task", "Write a crisis card with Tegan, Jamal and Denise, using the relapse signature from Dr "
                     "Venkatesh's letter: the early signs (not sleeping, spending, talking fast), who rings "
                     "whom, and who looks after Ruby."),
            ("Responsible", "Kofi Amadi, social worker"),
            ("Timescale", "By 13/02/2026"),
            ("Evidence of progress", "Signed crisis card on the fridge and scanned to CareView; at the next "
                                     "visit Jamal and Denise each tell Kofi three early signs, and he records "
                                     "their answers."),
            ("Linked outcome", "O3"),
        ]),
        ("h3", "Plan item 10 of 12"),
        ("kv", [
            ("Task", "Give Ruby her 8-, 12- and 16-week immunisations and tell Kofi if an appointment is "
                     "missed."),
            ("Responsible", "Dr Helen Marr, GP, Cobbersley Road Surgery"),
            ("Timescale", "8-week immunisations by 23/01/2026; 12-week by 20/02/2026; 16-week by 20/03/2026"),
            ("Evidence of progress", "Each immunisation recorded in the red book and on the GP record; the "
                                     "practice nurse e-mails Kofi the date given."),
            ("Linked outcome", "O4"),
        ]),
        ("h3", "Plan item 11 of 12"),
        ("kv", [
            ("Task", "Six Baby Steps sessions for Tegan and Jamal on feeding, winding, reading Ruby's cues and "
                     "safe sleep, including one feed and one bath time watched at home."),
            ("Responsible", "Leah Morton, family practitioner, Cobbersley Family Hub"),
            ("Timescale", "Thursdays at 10am for six weeks from 22/01/2026"),
            ("Evidence of progress", "Leah's observation notes of the feed and the bath time, sent to Kofi after "
                                     "sessions 3 and 6, saying whether Ruby was winded and settled."),
            ("Linked outcome", "O1, O2"),
        ]),
        ("h3", "Plan item 12 of 12"),
        ("kv", [
            ("Task", "Inspect and repair the damp and black mould in Ruby's bedroom."),
            ("Responsible", "Mark Ellery, repairs surveyor, Cobbersley Homes"),
            ("Timescale", "Inspection by 30/01/2026; repairs finished by 27/02/2026"),
            ("Evidence of progress", "Works completion sheet sent to Kofi; Kofi sees the room dry and "
                                     "mould-free on his next visit and records it."),
            ("Linked outcome", "O4"),
        ]),
        ("h2", "Contingency"),
        ("kv", [
            ("Trigger 1", "Tegan sleeps under 4 hours two nights running, or Jamal or Denise sees any two of "
                          "the early signs on the crisis card."),
            ("Response 1", "Jamal or Denise rings the perinatal team's duty line that day (the crisis team out "
                           "of hours); Tegan is not left alone with Ruby until Natalie or the crisis team has "
                           "seen her, which they will do within 24 hours."),
            ("Trigger 2", "Tegan leaves the flat at night while unwell, or is found alone with Ruby while "
                          "unwell."),
            ("Response 2", "999 if Ruby is at risk; Jamal or Denise cares for Ruby; Kofi (or the Emergency Duty "
                           "Team) holds a strategy discussion with the police and the perinatal team the same "
                           "day."),
            ("Trigger 3", "Denise cannot do a night, or Jamal has to work a night shift."),
            ("Response 3", "They ring Kofi that day. Aaliyah Reid (paternal aunt, seen by Kofi on 12/01/2026) "
                           "stays instead. If no well adult can stay, Ruby stays with Denise at 11 Culverin Walk, "
                           "or in a foster placement arranged by Kofi or the Emergency Duty Team that night."),
            ("Trigger 4", "Ruby's weight falls below the 2nd centile, or she gains nothing at two weighs in a "
                          "row."),
            ("Response 4", "Amira arranges a paediatric review at Cobbersley General Hospital within the week, "
                           "and Kofi holds a strategy discussion the same day."),
        ]),
        ("h2", "Legal planning"),
        ("p", "If Tegan needs admission to hospital, or Ruby's weight is below the 9th centile at the review "
              "conference, or Natalie's report says Tegan cannot make the changes needed in Ruby's timescale, "
              "Fiona Drake (team manager) will convene a legal planning meeting within 5 working days to decide "
              "whether to start the Public Law Outline pre-proceedings."),
        ("h2", "Review"),
        ("kv", [
            ("Core group", "Every two weeks until Ruby is 16 weeks old, then every four weeks: 27/01/2026, "
                           "10/02/2026, 24/02/2026 and 24/03/2026, 2pm, Cobbersley Family Hub"),
            ("Review conference", "08/04/2026 at 10am, Cobbersley Town Hall"),
            ("Plan distributed", "15/01/2026 to Tegan, Jamal, Denise and every agency"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group 2 minutes with an action log (Ref / Action / Lead / By /
#    How we'll check). Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_chertleby_core_group_minutes_action_log_price.md",
    "split": "heldout",
    "actions": 13,
    "template": "core-group-2-minutes-md-meeting-details-present-with-initials-apologies-numbered-minutes-since-last-time-agency-updates-childrens-words-mums-views-outcomes-from-conference-scaling-then-action-log-table-ref-action-lead-by-how-well-check-then-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 10-year-old boy and his 6-year-old sister (neglect): "
        "their mother has depression and anxiety and smokes cannabis every night, the boy makes the "
        "breakfasts, the girl arrives at school unfed and in dirty uniform, and the girl's father, who "
        "was violent to the mother, sent 14 messages on Christmas Day. Numbered minutes (since last "
        "time, agency updates, the children's words, the mother's views, outcomes, scaling) end in an "
        "action log (Ref / Action / Lead / By / How we'll check) with owners as initials from the "
        "attendance list. Several checks are real (visit records with the children's words, the "
        "register e-mailed every Friday with a target, urine screens and a report to each core group), "
        "but the school's check on Ellie is 'Monitored by school', the family support sessions are "
        "measured by 'Engagement with sessions', the housing transfer by 'Progress will be reviewed at "
        "the next core group', the young carers' referral has '-' and the GP's review of the children "
        "has an empty cell; the community mental health team's appointments only treat the mother; "
        "'All professionals' pass on sightings of the former partner; and nothing says that legal "
        "planning follows if the plan does not work."
    ),
    "text": """\
# Chertleby City Council - Children's Social Care

## Core Group Meeting 2: minutes and action log

| | |
|---|---|
| **Children** | Leon Price, born 03/06/2015 (10), Year 6; Ellie Price, born 19/02/2019 (6), Year 2. Both at Chertleby Meadow Primary. |
| **Address** | 8 Clayhithe Gardens, Chertleby CH6 2WD |
| **Plan** | Child protection plan since the initial conference on 01/12/2025 (category: neglect) |
| **Meeting** | Wednesday 07/01/2026, 1.30pm to 3pm, Chertleby Meadow Primary (library) |
| **Chair** | Hannah Bright, social worker |
| **Minutes** | Gemma Lowe, business support |

**Present:** Hannah Bright (HB), social worker, Chertleby Children's Social Care; Kerry-Ann Price
(KP), mum; Mrs Joanna Cole (JC), designated safeguarding lead, Chertleby Meadow Primary; Mr Paul Dunn
(PD), attendance officer, Chertleby Meadow Primary; Tasha Reeves (TR), family support worker,
Chertleby Family Hub; Matthew Oduya (MO), community psychiatric nurse, Chertleby Community Mental
Health Team; Jade Forsyth (JF), recovery worker, Chertleby Substance Misuse Service; Lisa Grant (LG),
independent domestic violence adviser, Chertleby Domestic Abuse Service.

**Apologies:** Karen Miles, housing officer, Chertleby Homes; Dr Amir Patel, GP, Chertleby Vale
Surgery; PC Owen Haddon, Chertleby Police (sent an update by e-mail).

### 1. Welcome and purpose

HB welcomed everyone and reminded the group that the core group's job is to put the plan from the
conference into practice and check every month whether Leon and Ellie are safer.

### 2. Since the last core group (15/12/2025)

- HB has seen Leon and Ellie every week, twice without notice. On 22/12/2025 at 8.10am Kerry-Ann was
  asleep and Leon was making cereal for Ellie. The front room smelt strongly of cannabis.
- Ellie missed four days before Christmas with no reason given.
- Reece Doyle (Ellie's father) sent Kerry-Ann 14 messages on Christmas Day, two of them threatening.
  Kerry-Ann showed them to the police, and PC Haddon reports that Reece was arrested on 27/12/2025 and
  released on bail with a condition not to contact Kerry-Ann or go to Clayhithe Gardens.
- Kerry-Ann went to her first appointment at the substance misuse service on 18/12/2025.

### 3. Updates from each agency

**School (JC, PD):** Ellie's attendance this term is 88% and Leon's 94%. Ellie has arrived in dirty
uniform four times since the conference and eats two breakfasts at breakfast club. Leon has fallen
asleep in afternoon lessons twice.

**Family Hub (TR):** Two home sessions done; Kerry-Ann cancelled one because she "wasn't up to it".

**Mental health (MO):** Kerry-Ann has moderate depression and anxiety. She takes sertraline 100mg and
is seen every two weeks.

**Substance misuse (JF):** Kerry-Ann was assessed on 18/12/2025. She says she smokes two or three
joints each night "to get to sleep". Her urine screens on 18/12/2025 and 02/01/2026 were positive for
cannabis.

**Domestic abuse (LG):** The case was heard at MARAC on 10/12/2025. LG and Kerry-Ann have started a
safety plan; a panic alarm has been requested from the police.

### 4. What Leon and Ellie say

Leon (seen on his own by HB at school on 05/01/2026): "I do the cereal because Mum's tired in the
mornings." "I don't like the smell in the front room, it gets in my hoodie." "I'm scared Reece will
come back." He wants to go to the Thursday football club and would like "Mum to get up with us".

Ellie drew her house for HB with "Mummy in bed" upstairs and herself and Leon in the kitchen. She said
"Leon looks after me" and that she likes Mrs Cole's sticker chart "because I get stickers for coming
in".

### 5. What Kerry-Ann said

Kerry-Ann said she knows the mornings have been "a mess" and that the cannabis helps her sleep
"because of everything with Reece". She wants to move away from Clayhithe Gardens because Reece knows
where she lives. She said she will try to cut down and asked for help with the mornings.

### 6. What we want for Leon and Ellie (from the conference)

1. Leon and Ellie get to school on time every day, clean, fed and ready to learn.
2. Leon is a 10-year-old boy, not Ellie's carer: he gets up to a breakfast an adult has made.
3. Leon and Ellie live in a home free of cannabis smoke, with a mum who is awake and able to look
   after them.
4. Leon and Ellie are safe from Reece and do not see or hear any more violence.

### 7. Scaling

HB asked each person to score from 0 to 10 how safe Leon and Ellie are (10 means safe enough to end
the plan). Scores were from 3 to 5 (Kerry-Ann 6). At conference the group scored 3.

### 8. Action log

| Ref | Action | Lead | By | How we'll check |
|---|---|---|---|---|
| CG2/01 | Visit Leon and Ellie at home, see each child on their own, and look at the kitchen, the front room and the children's bedrooms | HB | Weekly until the review conference; one visit in three unannounced, before school | Visit record on the case file within 48 hours, with each child's words and what was seen in each room |
| CG2/02 | Check how Ellie arrives each morning: whether she has had breakfast, is in clean uniform and has her coat and book bag | JC | Every school day, at the classroom door | Monitored by school |
| CG2/03 | Ring Kerry-Ann if Leon or Ellie is not in by 9am, and ring HB if there is no answer by 9.30am | PD | Every school day | Register and call log e-mailed to HB every Friday; each child's attendance 95% or more by the February half term |
| CG2/04 | Home sessions with Kerry-Ann on morning and bedtime routines, meals and getting the children to school | TR | Mondays at 10am for eight weeks from 12/01/2026 | Engagement with sessions |
| CG2/05 | Continue fortnightly appointments with Kerry-Ann for her low mood and anxiety, and review her sertraline | MO | Every two weeks | Dates of the appointments Kerry-Ann keeps sent to HB each month |
| CG2/06 | Key work with Kerry-Ann on her cannabis use with a urine screen at each session, and a written report to each core group on whether she is cutting down and what that means for Leon and Ellie | JF | Weekly, Wednesdays; report three working days before each core group | Urine screen results and the report on HB's file before each core group |
| CG2/07 | Refer Leon to Chertleby Young Carers for an assessment and a place at their Thursday club | HB | By 23/01/2026 | - |
| CG2/08 | Chase Kerry-Ann's housing transfer application on the grounds that Reece knows the address | Karen Miles, housing officer, Chertleby Homes | By 30/01/2026 | Progress will be reviewed at the next core group |
| CG2/09 | Pass on any sighting of Reece near the house or the school to Chertleby Police and HB | All professionals | The same day | Logged with the police incident number on the children's file |
| CG2/10 | Safety planning with Kerry-Ann, including who collects the children from school, and a panic alarm for the house | LG | Alarm fitted by 16/01/2026; sessions every two weeks | Copy of the safety plan sent to HB by 23/01/2026; alarm reference number from Chertleby Police on the file |
| CG2/11 | Review Leon's bedwetting and Ellie's eczema, and prescribe what they need | Dr Amir Patel, GP, Chertleby Vale Surgery | Appointment by 13/02/2026 | |
| CG2/12 | Three sessions with Leon using the worry monster and a 0-10 worry scale | HB | One a fortnight, all three by 13/02/2026 | Leon's worry scores and his own words written down by HB at each session |
| CG2/13 | Not smoke cannabis in the house or while Leon and Ellie are in her care, and keep nothing in the house the children could find | KP | Every day | Urine screen results (CG2/06); no cannabis smell or smoking equipment seen at HB's visits, noted on the visit record |

### 9. Contingency plan

- If Reece comes to 8 Clayhithe Gardens or to the school, Kerry-Ann or the school rings 999. Chertleby
  Police attend, and HB (or the Emergency Duty Team out of hours) holds a strategy discussion the same
  day.
- If Leon or Ellie is found at home without an adult who is awake and able to care for them, or
  Kerry-Ann is found under the influence of cannabis while looking after them on her own, HB (or the
  Emergency Duty Team) visits the same day and the children are placed with emergency foster carers
  that night.
- If Leon or Ellie is not in school by 9.30am and Kerry-Ann cannot be reached, PD rings HB, who makes a
  home visit that morning.

### 10. Next meetings

- Core group every four weeks: core group 3 on 04/02/2026 at 1.30pm, Chertleby Meadow Primary.
- Review child protection conference: 24/02/2026 at 10am, Chertleby Civic Hall.

Minutes agreed by HB on 08/01/2026 and sent to everyone present, to the people who sent apologies and
to Kerry-Ann.
""",
    "findings": [
        F("M002", "Check how Ellie arrives each morning: whether she has had breakfast"),
        F("M002", "Home sessions with Kerry-Ann on morning and bedtime routines"),
        F("H001", "Continue fortnightly appointments with Kerry-Ann for her low mood"),
        F("M001", "Refer Leon to Chertleby Young Carers for an assessment"),
        F("M002", "housing transfer application on the grounds that Reece knows"),
        F("W002", "Pass on any sighting of Reece near the house"),
        F("M001", "Review Leon's bedwetting and Ellie's eczema, and prescribe what"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Plan letter from the social worker to both parents: parts with
#    numbered actions, then "How we will know" keyed to the numbers.
#    Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_culpenny_plan_letter_parts_keyed_checks_mercer.txt",
    "split": "heldout",
    "actions": 15,
    "template": "plan-letter-txt-sw-to-both-parents-i-is-the-sw-you-named-each-time-why-what-jack-told-me-poppys-day-what-we-want-then-four-parts-numbered-actions-owner-and-time-in-the-sentence-then-how-we-will-know-paragraph-keyed-to-action-numbers-then-if-things-go-wrong-meetings-signature",
    "description": (
        "Exemplary plan letter from the social worker to the parents of an 8-year-old boy and a "
        "2-year-old girl (emotional abuse) after the initial conference: the father pushed the mother "
        "into a door in front of the boy, has left the home and is living with his parents, and uses "
        "cocaine at weekends (hair-strand test positive); the paternal grandparents supervise Sunday "
        "contact. 'I' is the social worker who signs the letter, and each parent or grandparent is named "
        "before 'you'. Four parts hold numbered actions with the owner and time in the sentence, and "
        "under each part 'How we will know' is keyed to the actions' numbers: the police telling the "
        "social worker of call-outs, the perpetrator programme's six-weekly reports with what they must "
        "say, the IDVA's safety plan and DASH score, urine and hair-strand results, the drug service's "
        "report on capacity to change, the grandmother's contact book photographed every Monday, the "
        "contact centre's observations, the boy's feelings thermometer in his check-in book, ASQ-3 "
        "scores and a nursery register. The contingency covers violence, drug use and the grandparents "
        "being unable to supervise, with a legal planning meeting after named triggers; core group "
        "dates and the review conference are given."
    ),
    "text": """\
CULPENNY COUNCIL
Children's Services - Safeguarding and Family Support Team
Culpenny Council Offices, Chapel Wharf, Culpenny CU1 2AA
Telephone 01632 960 418

Our ref: RL/MERCER/1125
Date: 19/11/2025

To: Amy Mercer, 27 Crowfoot Close, Culpenny CU3 5HF
    Nathan Mercer, c/o 4 Cowslip Terrace, Candlemoss CU7 1PD
Copy: Gordon and Lynn Mercer, 4 Cowslip Terrace, Candlemoss CU7 1PD (Part 3 and
      "If things go wrong")

Dear Amy and Nathan,

JACK AND POPPY'S CHILD PROTECTION PLAN

At the initial child protection conference on 17/11/2025 everyone agreed that
Jack (8) and Poppy (2) need a child protection plan, under the category of
emotional abuse. This letter is the plan. I am Rhiannon Lloyd, your social
worker, and where this letter says "I" it means me. Where it says "Amy, you
will" it means Amy, and "Nathan, you will" means Nathan. Where I write to
Gordon and Lynn, I say so.

WHY THERE IS A PLAN
-------------------
On 02/11/2025 Nathan pushed Amy into the kitchen door during an argument, and
Jack saw it from the stairs. Amy's head was cut and the police were called.
Nathan was arrested and later cautioned. Jack told his teacher that Dad
"shouts at Mum a lot, mostly at weekends". Nathan told me he uses cocaine "at
weekends, with the lads", and a hair-strand test on 12/11/2025 was positive
for cocaine over the last three months. Nathan moved out on 03/11/2025 and
lives with his parents in Candlemoss.

WHAT JACK TOLD ME
-----------------
I saw Jack on his own at school on 10/11/2025 and 14/11/2025. He said: "I
stayed on the stairs because I didn't want Poppy to wake up." "I don't want
Dad to get in trouble. I just want him to be nice." "When they shout I put my
headphones on and do Minecraft." He misses his dad and wants to see him "but
not at our house". He scored home 6 out of 10 now, and 3 out of 10 "before
Dad went to Nana's".

POPPY'S DAY
-----------
Poppy is two. On my visits she played with her farm set, brought me her
books and went to Amy for a cuddle when she was tired. She startles at loud
noises and hides behind the settee when a door bangs. Her nursery says she
is happy there and eats well.

WHAT WE WANT FOR JACK AND POPPY
-------------------------------
1. Jack and Poppy live free from violence and shouting, and do not see or
   hear their parents hurt each other.
2. Jack and Poppy see their dad safely, in a way they enjoy, when he is not
   using drugs.
3. Jack can talk about what he saw and has ways to cope with his worries.
4. Poppy keeps developing well and is settled at nursery.

PART 1 - KEEPING JACK AND POPPY SAFE FROM VIOLENCE
--------------------------------------------------
1.1  Nathan, you will not come to 27 Crowfoot Close and will not contact Amy
     except by text about the children, from today until the review
     conference.
1.2  Nathan, you will start the Culpenny Change programme (a 24-week domestic
     abuse perpetrator programme) at your assessment on 01/12/2025 and then go
     every Tuesday evening at 6.30pm.
1.3  Amy, you will meet Grace Ndlovu, your IDVA from Culpenny Domestic Abuse
     Service, every two weeks from 24/11/2025 to make and keep up a safety
     plan for you, Jack and Poppy.
1.4  I will ask Culpenny Police to put a marker on 27 Crowfoot Close by
     21/11/2025, so that any 999 call from the address is treated as urgent.

How we will know (Part 1):
(1.1) Amy tells me at each of my visits whether Nathan has come to the house
      or contacted her other than about the children, and I write it in my
      visit record; Culpenny Police tell me within 24 hours of any call-out
      to the address.
(1.2) The programme facilitator, Owen Pritchard, sends me a report every six
      weeks saying which sessions Nathan went to, whether he is taking
      responsibility for his behaviour, and what change the group workers
      can see. His end-of-programme report says whether the risk to Amy and
      the children has gone down.
(1.3) Grace sends me the safety plan by 08/12/2025 and tells me the DASH
      score from each review she does with Amy.
(1.4) The marker reference number, which I will add to this plan and read
      out at the first core group.

PART 2 - NATHAN'S COCAINE USE
-----------------------------
2.1  Nathan, you will go to key work sessions at Culpenny Drug and Alcohol
     Service every Thursday from 27/11/2025 and give a urine sample at each
     one.
2.2  Ben Hale, Nathan's recovery worker at Culpenny Drug and Alcohol
     Service, will write to each core group, three working days before it
     meets, on whether Nathan is stopping cocaine, his capacity to change,
     and how long he thinks that change will take.
2.3  Nathan, you will have a second hair-strand test in the week of
     02/02/2026, which I will arrange and the council will pay for.

How we will know (Part 2):
(2.1) Ben sends me the urine results at the end of each month; from
      01/01/2026 every result is negative for cocaine.
(2.2) Ben's report is on my file before each core group, and I send a copy
      to you both.
(2.3) The laboratory's result, which I will share with you both and with the
      core group: a result negative for cocaine for November to January.

PART 3 - JACK AND POPPY SEEING THEIR DAD SAFELY
-----------------------------------------------
3.1  Gordon and Lynn, you will supervise Nathan's time with Jack and Poppy
     at your house every Sunday from 1pm to 4pm, with one of you in the room
     the whole time.
3.2  Gordon, you will collect Jack and Poppy from Amy's at 12.30pm every
     Sunday and bring them back by 4.30pm, so that Amy and Nathan do not
     meet.
3.3  Sandra Lowe, contact worker at Culpenny Family Contact Centre, will
     supervise an hour of contact for Nathan with Jack and Poppy every
     Wednesday from 4pm to 5pm.

How we will know (Part 3):
(3.1) Lynn fills in the contact book after every Sunday visit (who was there,
      how Jack and Poppy were, anything they said) and sends me a photo of
      the page by Monday evening.
(3.2) The same contact book shows the time Gordon collected the children and
      the time he brought them back, and Amy tells me at my visit if either
      was missed.
(3.3) Sandra's written observation of each session reaches me within three
      working days.

PART 4 - JACK AND POPPY'S DAYS
------------------------------
4.1  Mrs Fiona Tate, Jack's class teacher at Culpenny Park Primary, will
     check in with Jack for five minutes every Monday and Friday morning
     using his feelings thermometer.
4.2  Ms Rhian Hughes, the school's emotional literacy support assistant,
     will see Jack for six sessions on big feelings, every Thursday
     afternoon from 27/11/2025.
4.3  Kate Boyd, Poppy's health visitor, will do Poppy's two-year review
     (ASQ-3) by 12/12/2025 and visit every four weeks after that until the
     review conference.
4.4  I will visit Jack and Poppy at home every week until the review
     conference, seeing Jack on his own, and see Jack at school every other
     week.
4.5  Amy, you will take Poppy to her funded place at Culpenny Cornfield
     Nursery on Monday, Tuesday and Wednesday mornings from 05/01/2026.

How we will know (Part 4):
(4.1) Jack's thermometer scores are written in his check-in book, and Mrs
      Tate sends me a copy every other Friday, with anything Jack says about
      home in his own words.
(4.2) Ms Hughes's end-of-block report by the February half term, with Jack's
      own "before and after" scores.
(4.3) Poppy's ASQ-3 scores, sent to me and to Amy; her weight and words
      recorded in the red book at each visit.
(4.4) My visit records, which you can ask to read, with what Jack said to me
      in his own words.
(4.5) The nursery register, which the nursery manager, Hayley Dunne, sends
      me at the end of each month.

IF THINGS GO WRONG
------------------
- If Nathan comes to the house, contacts Amy other than about the children,
  or is violent: Amy rings 999 and Culpenny Police attend. I (or the
  Emergency Duty Team out of hours) will hold a strategy discussion the same
  day, and Sunday visits stop; Jack and Poppy then see their dad only at the
  contact centre.
- If Nathan seems to be under the influence of drugs at any contact, or a
  urine or hair-strand result shows cocaine: the visit ends, Gordon, Lynn or
  Sandra rings me that day, and contact is only at the contact centre until
  the next core group.
- If Gordon and Lynn cannot supervise on a Sunday (illness, being away), or
  Nathan is left alone with the children: that Sunday visit does not happen.
  Lynn rings me by Saturday evening (or as soon as she knows), Jack and
  Poppy see their dad at the contact centre on the Wednesday, and I arrange
  an extra supervised session at the contact centre within a week.
- If Nathan comes back to live at 27 Crowfoot Close, there is another
  incident of violence, or the second hair-strand result is positive for
  cocaine, my manager, Gareth Howells, will hold a legal planning meeting
  within 5 working days to decide whether to start the Public Law Outline.

MEETINGS
--------
Core group: every four weeks at 3.30pm at Culpenny Park Primary, on
01/12/2025, 05/01/2026 and 02/02/2026.
Review child protection conference: 16/02/2026 at 10am, Culpenny Council
Offices.

If anything in this letter is unclear, or you disagree with any part of it,
please ring me on 01632 960 418.

Yours sincerely,

Rhiannon Lloyd
Social Worker, Safeguarding and Family Support Team
Culpenny Council
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan: outcome merged down, "What we will see"
#    column. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_cranwythe_rcpc_merged_outcome_what_we_will_see_foster.docx",
    "doc_title": "Review Child Protection Conference Plan - Lacey and Kayden Foster",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "check_vmerge": 4,
    "template": "rcpc-plan-docx-landscape-conference-details-kv-progress-since-icpc-what-lacey-says-kaydens-day-mums-views-worries-still-then-outcome-for-the-children-merged-down-what-needs-to-happen-who-by-when-what-we-will-see-table-then-contingency-legal-planning-core-group-review",
    "description": (
        "First review conference plan for a 5-year-old girl and her 14-month-old brother (neglect): the "
        "boy spends much of the day in his cot, is not walking and has two words; the flat has improved "
        "but is still dirty; the girl has head lice and missed school; their mother has anxiety and "
        "depression and rarely leaves the flat. A landscape table with the outcome merged down four "
        "groups of rows and a 'What we will see' column. Many checks are real (a home conditions scale "
        "with a target, visit records with photographs, a clinic letter with developmental scores, a "
        "register e-mailed every Friday, the school nurse's check sheet, a sign-in sheet), but the "
        "health visitor's visits are 'Monitored by HV', the nursery's observations of Kayden have an "
        "empty cell, the parenting assessment's check is 'Ongoing assessment', the dental registration "
        "is 'when Gemma is able', the adult mental health practitioner's therapy only treats the mother, "
        "and one outcome is about the mother alone."
    ),
    "blocks": [
        ("title", "Review Child Protection Conference - Child Protection Plan"),
        ("p", "Cranwythe County Council, Children and Families Service. First review child protection "
              "conference held on 15/01/2026 at Cranwythe County Hall. Chair: Martin Oyelaran, independent "
              "reviewing officer. The children remain subject to child protection plans under the category "
              "of neglect."),
        ("kv", [
            ("Children", "Lacey Foster, born 22/07/2020 (5), Reception at Cranwythe Park Infants; Kayden "
                         "Foster, born 10/11/2024 (14 months)"),
            ("Address", "Flat 7, Cinnabar Court, Cranwythe CR5 3MN"),
            ("Mum", "Gemma Foster (26)"),
            ("Fathers", "Lacey's father, Shaun Pike, has had no contact since 2022. Kayden's father, Liam "
                        "Short, lives in Campion Road, Cranwythe, and sees Kayden on alternate Saturdays at "
                        "Gemma's flat."),
            ("Social worker", "Priya Sandhu, Cranwythe Children's Assessment and Safeguarding Team (team "
                              "manager: Alan Whitmore)"),
            ("Initial conference", "20/10/2025"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "The flat is cleaner than in October: the dog mess has gone from the floors and there is a bed "
              "for Lacey. Lacey's attendance has gone up from 81% to 89%. But on three of Priya's seven visits "
              "there was little food in the cupboards, and on 08/01/2026 the kitchen bin was overflowing and "
              "there were dirty nappies on the bathroom floor. Kayden is 14 months old and is not yet walking "
              "or pulling to stand; he says two words. The health visitor has found him in his cot at 11am on "
              "two visits. Lacey has had head lice since November. Gemma has anxiety and depression; she is "
              "under the Cranwythe Adult Mental Health Team and says she does not leave the flat most days."),
        ("h1", "What Lacey says"),
        ("p", "Priya saw Lacey at school on 09/01/2026. Lacey said: \"Kayden stays in his cot because Mummy's "
              "tired.\" \"I like school dinners, it's sausages on Friday.\" \"My head is itchy all the time and "
              "people say I've got nits.\" She would like \"to go to the park with Mummy\" and to have a "
              "friend round. She drew Priya a picture of her new bed."),
        ("h1", "Kayden's day"),
        ("p", "On the health visitor's visits Kayden has been in his cot with a bottle of milk and a tablet "
              "playing cartoons. When he is put on the floor he sits and watches, and crawls to Gemma to be "
              "picked up. He laughs when Lacey plays peek-a-boo with him. He has had nappy rash on four of "
              "the last six visits."),
        ("h1", "What Gemma says"),
        ("p", "Gemma said: \"I know it's better than it was. Some days I just can't face going out.\" She wants "
              "help to get Kayden walking and would like Lacey to go to after-school club."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for the children", "What needs to happen", "Who", "By when",
                       "What we will see"],
            "widths": [4.4, 6.8, 4.3, 4.2, 6.0],
            "rows": [
                ["Kayden's development catches up: he is out of his cot and playing on the floor every day, "
                 "and is walking and using ten words by the next review",
                 "Visit Gemma and Kayden at home to check Kayden's development and show Gemma floor play "
                 "and talking games",
                 "Rosie Grant, health visitor, Cranwythe Health Visiting Service",
                 "Every two weeks until the next review",
                 "Monitored by HV"],
                [V,
                 "Kayden to attend his funded place at Cranwythe Cloudberry Nursery, where his key worker "
                 "will observe his play, movement and speech",
                 "Jo Pearce, key worker, Cranwythe Cloudberry Nursery",
                 "Tuesday, Wednesday and Thursday from 20/01/2026",
                 ""],
                [V,
                 "Developmental review of Kayden's movement, hearing and speech",
                 "Dr Nadia Khan, community paediatrician, Cranwythe Child Development Centre",
                 "Clinic appointment on 05/02/2026",
                 "Clinic letter to the GP, the health visitor and Priya with Kayden's developmental scores "
                 "and a plan"],
                [V,
                 "Refer Kayden to speech and language therapy and physiotherapy after his review",
                 "Dr Nadia Khan, community paediatrician",
                 "Within two weeks of the review on 05/02/2026",
                 "The therapists' first reports, with Kayden's targets, sent to Priya and the nursery"],
                ["Lacey and Kayden live in a clean, safe home, with food in the cupboards and clean clothes "
                 "every day",
                 "Home sessions with Gemma on a daily cleaning routine, a weekly shop and meal planning",
                 "Dean Wallace, family support worker, Cranwythe Family Centre",
                 "Every Tuesday until 30/04/2026",
                 "Home conditions scale scored by Dean at each session (target 4 or above on every line); "
                 "scores sent to Priya each month"],
                [V,
                 "Unannounced visits, seeing both children, the kitchen, the bathroom and the children's "
                 "rooms",
                 "Priya Sandhu (SW)",
                 "Every two weeks until the next review",
                 "Visit record with the home conditions checklist and photographs of the kitchen and the "
                 "children's rooms"],
                [V,
                 "Parenting assessment of Gemma, looking at her care of Lacey and Kayden day to day",
                 "Priya Sandhu (SW), with Dean Wallace",
                 "Complete by 27/03/2026",
                 "Ongoing assessment"],
                [V,
                 "Register Lacey and Kayden with a dentist and take them for check-ups",
                 "Gemma Foster (Mum)",
                 "When Gemma is able",
                 "Registration letter and check-up dates shown to Priya"],
                ["Gemma feels less anxious and low, and can leave the flat on her own",
                 "Talking therapy sessions with Gemma for her anxiety and low mood",
                 "Sophie Marsh, mental health practitioner, Cranwythe Adult Mental Health Team",
                 "Weekly for 12 weeks from 20/01/2026",
                 "Gemma's GAD-7 and PHQ-9 scores at each session, sent to Priya each month"],
                [V,
                 "Review Gemma's antidepressant and tell Priya of any change",
                 "Dr Martin Eke, GP, Cranwythe Market Surgery",
                 "By 06/02/2026",
                 "GP letter to Priya confirming the review and the dose"],
                [V,
                 "Walk Lacey to school herself on Mondays and Fridays and sign her in at the gate",
                 "Gemma Foster (Mum)",
                 "Every Monday and Friday from 19/01/2026",
                 "Gate sign-in sheet signed by Gemma, kept by the school office and sent to Priya each "
                 "month"],
                ["Lacey is in school every day and on time, in clean uniform and free of head lice",
                 "Ring Gemma if Lacey is not in by 9am, and ring Priya if there is no answer by 10am",
                 "Mrs Carol Hinds, attendance officer, Cranwythe Park Infants",
                 "Every school day",
                 "Register e-mailed to Priya every Friday; Lacey's attendance 95% or more by the Easter "
                 "holidays"],
                [V,
                 "Treat Lacey's head lice with Gemma, show her how to wet-comb, and check Lacey's hair",
                 "Amina Bello, school nurse, Cranwythe School Health Team",
                 "Treatment by 30/01/2026, then checks every two weeks",
                 "School nurse's check sheet showing no live lice at two checks in a row, sent to Priya"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Kayden is found left in his cot for most of the day again, or there is no food in the flat at "
            "a visit, Priya (or the Emergency Duty Team) makes sure the children are fed that day, visits "
            "again within 48 hours, and holds a strategy discussion with the health visitor and the school "
            "within 5 working days.",
            "If Gemma tells anyone she cannot keep herself or the children safe, or either child is found on "
            "their own in the flat, the person who finds out rings 999 and Priya; the children are placed "
            "with emergency foster carers the same day.",
            "If the home conditions scale falls below 3 on any line at two sessions in a row, or Kayden has "
            "not started to stand by the next review, Alan Whitmore (team manager) will hold a legal planning "
            "meeting within 10 working days to decide whether to start the Public Law Outline.",
        ]),
        ("h1", "Core group and next review"),
        ("bullets", [
            "Core group every six weeks at Cranwythe Family Centre, 10am: 29/01/2026 and 12/03/2026.",
            "Second review child protection conference: 16/04/2026 at 2pm, Cranwythe County Hall.",
        ]),
    ],
    "findings": [
        F("M002", "check Kayden's development and show Gemma floor play"),
        F("M001", "Kayden to attend his funded place at Cranwythe Cloudberry Nursery"),
        F("M002", "Parenting assessment of Gemma, looking at her care"),
        F("T002", "Register Lacey and Kayden with a dentist and take"),
        F("F002", "Gemma feels less anxious and low, and can leave the flat on her own"),
        F("H001", "Talking therapy sessions with Gemma for her anxiety and low mood"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Numbered outline plan, each item with Lead / When / Proof lines. Header
#    and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_corbishaw_outline_lead_when_proof_lines_brennan.pdf",
    "doc_title": "Child Protection Plan - Isla Brennan",
    "split": "heldout",
    "actions": 13,
    "min_pages": 2,
    "header": "Corbishaw Borough Council | Child Protection Plan | Isla Brennan | OFFICIAL-SENSITIVE",
    "footer": "Plan agreed at the initial conference on 08/01/2026 | Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-paged-header-footer-details-kv-why-isla-in-her-own-words-parents-views-what-is-going-well-outcomes-then-numbered-outline-parts-1-to-3-items-1-1-with-lead-when-proof-lines-then-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 12-year-old girl (emotional abuse) caught in her separated "
        "parents' conflict, who has cut her arms and took an overdose of paracetamol in December; she "
        "lives with her mother and stays with her father at weekends, and her paternal grandmother and "
        "aunt help. A numbered outline in three parts, each item with Lead / When / Proof lines. Many "
        "proofs are real (CAMHS risk summaries and diary card totals, a locked box seen at visits, a "
        "signed safety plan, Isla's 'stuck in the middle' score written down by the social worker, a "
        "course certificate with a note, a swimming club register, a phone settings checklist), but the "
        "pastoral manager's check is 'Staff will keep an eye on her', the youth worker's sessions are "
        "proved by 'Isla's engagement with the sessions', and the mediation referral has 'Proof: -'; the "
        "'family network' owns Isla's weekends with her grandmother and aunt, and the contingency says "
        "nothing of what happens if they cannot have her; the review conference date is 'to be "
        "confirmed'."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Corbishaw Borough Council, Children's Social Care. Initial child protection conference held on "
              "08/01/2026 at Corbishaw Town Hall, chaired by Yvonne Carr. Isla is subject to a child "
              "protection plan under the category of emotional abuse."),
        ("kv", [
            ("Child", "Isla Brennan, born 02/03/2013 (12), Year 7 at Corbishaw High School"),
            ("Lives with", "Leanne Brennan (Mum), 14 Chancel Gardens, Corbishaw CB8 4TY, Sunday evening to "
                           "Friday"),
            ("Weekends", "Mark Brennan (Dad), 31 Carillon Way, Corbishaw, Friday after school to Sunday at "
                         "5pm"),
            ("Also close to Isla", "Sheila Brennan (Nan, Dad's mum) and Nicola Brennan (Aunt, Dad's sister), "
                                   "who live together at 2 Curlew Way, Corbishaw"),
            ("Social worker", "Tom Fielding, Corbishaw Children's Social Care (team manager: Rachel Onyango)"),
        ]),
        ("h1", "Why Isla has a plan"),
        ("p", "Leanne and Mark separated in June 2025 and are in court over the house and Isla's time with "
              "each of them. Both have asked Isla to pass on messages, and both have talked about the other "
              "in front of her. Police were called to a handover at Carillon Way on 22/11/2025 when Mark and "
              "Leanne shouted at each other in the street while Isla sat in the car. Since October Isla has "
              "cut her forearms. On 15/12/2025 she took 16 paracetamol after an argument at a handover and "
              "was treated at Corbishaw General Hospital. CAMHS saw her on the ward."),
        ("h1", "Isla, in her own words"),
        ("p", "Isla talked to Tom at school on 05/01/2026 and filled in a \"my views\" form for the conference. "
              "She said: \"I'm the messenger. Mum says tell your dad this, Dad says tell your mum that.\" \"I "
              "did it because I wanted it all to stop for a bit.\" \"Nan's house is the only place nobody "
              "argues.\" She wants her mum and dad \"to stop using me\", to keep swimming, and to choose "
              "for herself where she goes at weekends. She scored being \"stuck in the middle\" at 9 out of "
              "10."),
        ("h1", "What Isla's parents say"),
        ("p", "Leanne: \"I never meant her to hear any of it. I'll do whatever keeps her safe.\" Mark: \"I know "
              "we've both dragged her into it. I want the handovers to stop being a war.\" Both agreed to the "
              "plan."),
        ("h1", "What is going well"),
        ("bullets", [
            "Isla has been to every CAMHS appointment since the hospital.",
            "Both parents came to the conference and agreed to the plan.",
            "Isla swims for Corbishaw Otters twice a week and her coach says she is \"a natural\".",
            "Nan and Aunt Nicola are a calm, safe place for Isla.",
        ]),
        ("h1", "What we want for Isla"),
        ("numbers", [
            "Isla is safe from harming herself, and knows who to go to and what to do when she feels she "
            "might.",
            "Isla is no longer the messenger and does not hear her parents argue or run each other down.",
            "Isla goes to school every day, keeps swimming and has friends she sees outside school.",
        ]),
        ("h1", "The plan"),
        ("h2", "Part 1. Keeping Isla safe from harming herself"),
        ("p", "1.1  Weekly therapy sessions with Isla (skills for coping with strong feelings), with a risk "
              "assessment at every session."),
        ("pi", "Lead: Dr Ellen Marsh, clinical psychologist, Corbishaw CAMHS"),
        ("pi", "When: Every Tuesday at 4pm from 13/01/2026"),
        ("pi", "Proof: Risk assessment summary and Isla's diary card totals sent to Tom after every fourth "
               "session; letter to the GP after session 8"),
        ("p", "1.2  Keep all medicines and blades in the locked box provided, in both homes, with the key "
              "kept on the parent."),
        ("pi", "Lead: Leanne (Mum) and Mark (Dad), each in their own home"),
        ("pi", "When: Every day from 09/01/2026"),
        ("pi", "Proof: Tom sees the locked box at each home visit in both houses and records it"),
        ("p", "1.3  Write a safety plan with Isla: her warning signs, what helps, and three people she can "
              "call."),
        ("pi", "Lead: Tom Fielding (SW)"),
        ("pi", "When: By 23/01/2026"),
        ("pi", "Proof: Isla's signed safety plan copied to both parents and to school; Isla shows Tom where she "
               "keeps her copy"),
        ("p", "1.4  Be a named adult Isla can go to at break and lunchtime, in the pastoral base."),
        ("pi", "Lead: Mrs Dawn Ferris, pastoral manager, Corbishaw High School"),
        ("pi", "When: Every school day"),
        ("pi", "Proof: Staff will keep an eye on her"),
        ("h2", "Part 2. Taking Isla out of the middle"),
        ("p", "2.1  Refer Leanne and Mark to Corbishaw Family Mediation for child-inclusive mediation about "
              "handovers and weekends."),
        ("pi", "Lead: Tom Fielding (SW)"),
        ("pi", "When: By 30/01/2026"),
        ("pi", "Proof: -"),
        ("p", "2.2  Leanne and Mark each go to the four-session Parenting Apart course at Corbishaw Family "
              "Hub (separate groups)."),
        ("pi", "Lead: Leanne and Mark"),
        ("pi", "When: Wednesdays 04/02/2026 to 25/02/2026"),
        ("pi", "Proof: Course certificate and the course leader's end-of-course note on what each parent will "
               "do differently, sent to Tom"),
        ("p", "2.3  Hand Isla over at the school gate on Fridays and at Nan's on Sundays, never at either "
              "parent's house, and say nothing about the other parent or the court case in front of Isla."),
        ("pi", "Lead: Leanne and Mark"),
        ("pi", "When: Every handover from 09/01/2026"),
        ("pi", "Proof: At each visit Isla gives Tom her \"stuck in the middle\" score (0-10) and he writes "
               "down her score and her words; the score is 3 or below by the review"),
        ("p", "2.4  Have Isla to stay at Nan's house on alternate weekends so that she has a break from both "
              "homes."),
        ("pi", "Lead: Family network"),
        ("pi", "When: Every other weekend from 17/01/2026"),
        ("pi", "Proof: Nan texts Tom on the Sunday evening to say Isla stayed and how she was"),
        ("p", "2.5  Collect Isla from school on Wednesdays and take her to swimming club."),
        ("pi", "Lead: Nicola Brennan (Aunt)"),
        ("pi", "When: Every Wednesday"),
        ("pi", "Proof: Corbishaw Otters register, sent to Tom by the coach each month"),
        ("p", "2.6  Home visits, alternating between Mum's and Dad's, seeing Isla on her own each time."),
        ("pi", "Lead: Tom Fielding (SW)"),
        ("pi", "When: Weekly until the review conference"),
        ("pi", "Proof: Visit record within 48 hours with what Isla said in her own words"),
        ("h2", "Part 3. School, friends and the things Isla enjoys"),
        ("p", "3.1  One-to-one sessions with Isla at Corbishaw Youth Centre on confidence and friendships."),
        ("pi", "Lead: Jay Okoro, youth worker, Corbishaw Youth Service"),
        ("pi", "When: Thursdays at 5pm for ten weeks from 15/01/2026"),
        ("pi", "Proof: Isla's engagement with the sessions"),
        ("p", "3.2  Ring Leanne if Isla is not in school by 9am, and ring Tom if Leanne does not know where "
              "she is."),
        ("pi", "Lead: Mr Stephen Hale, attendance officer, Corbishaw High School"),
        ("pi", "When: Every school day"),
        ("pi", "Proof: Register e-mailed to Tom every Friday; attendance 95% or more by the Easter holidays"),
        ("p", "3.3  Online safety session with Isla and both parents, going through her phone's privacy and "
              "blocking settings."),
        ("pi", "Lead: PCSO Amy Tranter, Corbishaw schools' officer"),
        ("pi", "When: By 13/02/2026"),
        ("pi", "Proof: Settings checklist ticked with Isla, with copies to both parents and Tom"),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Isla harms herself and needs treatment, or says she has taken tablets, the adult with her "
            "rings 999; CAMHS crisis team sees her within 24 hours, and Tom (or the Emergency Duty Team) holds "
            "a strategy discussion the same day.",
            "If the police are called to a handover, or Isla says her parents have argued in front of her "
            "again, Tom visits within 24 hours and all handovers move to Corbishaw Family Contact Centre.",
            "If Isla harms herself again badly enough to need hospital, or her \"stuck in the middle\" score "
            "is still above 6 after the Parenting Apart course, Rachel Onyango (team manager) will hold a "
            "legal planning meeting within 10 working days to decide whether to start the Public Law "
            "Outline.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Corbishaw High School, 3.45pm: 27/01/2026 and 24/02/2026.",
            "Review child protection conference: date to be confirmed by the Safeguarding Unit.",
        ]),
    ],
    "findings": [
        F("M002", "Be a named adult Isla can go to at break"),
        F("M001", "Refer Leanne and Mark to Corbishaw Family Mediation"),
        F("W002", "Have Isla to stay at Nan's house on alternate weekends"),
        F("M002", "One-to-one sessions with Isla at Corbishaw Youth Centre"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety plan: danger statements, safety goals each with "We
#    will know because ..." in its own banner row over its next steps
#    (No. / Who / What / When), some steps with their own check in
#    brackets. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_cadgeworth_sos_goal_rows_we_will_know_because_nowak.md",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-plan-md-whos-who-table-danger-statements-complicating-factors-working-well-lena-and-tomeks-words-scaling-then-one-next-steps-table-no-who-what-when-with-a-bold-safety-goal-banner-row-holding-we-will-know-because-over-each-goals-steps-some-steps-with-own-check-in-brackets-then-what-happens-if-legal-planning-meetings",
    "description": (
        "Exemplary Signs of Safety plan for a 10-year-old girl and a 6-year-old boy (emotional harm): "
        "their father had a first episode of psychosis in September, stopped his medication in November, "
        "kept the children off school for three days and barricaded the door, telling his daughter "
        "'they're coming for us'; their mother works nights as a nurse and the maternal grandmother "
        "stays on her night shifts. Who's who, danger statements, complicating factors, what's working "
        "well, the children's words and scaling, then one next-steps table (No. / Who / What / When) "
        "where each safety goal is a bold banner row holding 'We will know because ...' for the steps "
        "under it: a night rota signed and photographed every Sunday, the care coordinator's report with "
        "depot dates and his view of the father's capacity to change, a signed relapse plan, registers "
        "e-mailed every Friday with a target, the girl's weekly worry score written down by the learning "
        "mentor. Some steps add their own check in brackets (a psychiatrist's letter with what it must "
        "say, the children's storybooks and their words, a young carers' report and register). The "
        "contingency has early-sign and crisis triggers, a fallback if the grandmother cannot stay, and "
        "a legal planning meeting after named triggers; core group dates and the review are set."
    ),
    "text": """\
# Cadgeworth Council Children's Services
# Signs of Safety Child Protection Plan: Lena and Tomek Nowak

Plan made at the initial child protection conference on 09/01/2026 (category: emotional abuse),
written up by Aisha Rahman (social worker) with Hannah and Marek on 12/01/2026.

## Who's who

| Name | Who they are |
|---|---|
| Lena Nowak | 10, Year 5 at Cadgeworth St Mary's Primary |
| Tomek Nowak | 6, Year 1 at Cadgeworth St Mary's Primary |
| Hannah Nowak | Mum, 36, staff nurse on nights at Cadgeworth Royal Infirmary (three nights a week) |
| Marek Nowak | Dad, 38, warehouse supervisor, off sick since September |
| Krystyna Wolska | Babcia (Hannah's mum), 63, lives at 5 Caraway Close, Cadgeworth, a five-minute walk away |
| Aisha Rahman | Social worker, Cadgeworth Children's Services (team manager: Daniel Brook) |
| Owen Pratt | Marek's care coordinator, Cadgeworth Early Intervention in Psychosis Team |
| Dr Farah Iqbal | Consultant psychiatrist, Cadgeworth Early Intervention in Psychosis Team |
| Mrs Joanne Hollis | Learning mentor, Cadgeworth St Mary's Primary |
| Sam Ellis | Young carers worker, Cadgeworth Young Carers |

Family home: 22 Cordwell Street, Cadgeworth CG3 6RP.

## What are we worried about?

**What happened.** In September 2025 Marek became very unwell with a first episode of psychosis. He
believed the neighbours were poisoning the water. Over three days (16 to 18/09/2025) he kept Lena and
Tomek home from school, pushed the settee against the front door and told Lena "they're coming for
us". Lena rang Hannah at work. Marek was admitted to the Coldenmouth Unit under section 2 for five
weeks. He came home on 27/10/2025 and stopped his tablets in November; in December Hannah saw him
awake all night and checking the taps again, and he agreed to go back on medication as a fortnightly
injection.

**Danger statement.** Children's services, the school and the mental health team are worried that if
Marek becomes unwell again while Hannah is at work, Lena and Tomek could be frightened by what he says
and does, kept at home and shut in, and left with no adult who can care for them, and that Lena will
again feel it is her job to look after Tomek and her dad.

**Complicating factors.** Hannah's night shifts are hard to change at short notice. Marek finds it
hard to accept that he was ill ("I was stressed, that's all"). Lena hides her worries so as not to
upset her mum.

## What's working well?

- Since 15/12/2025 Marek has had every injection on time, and he has seen Owen every week.
- Krystyna has stayed every night Hannah has worked since 15/12/2025, and the children love being with
  her.
- Hannah rang the mental health team herself in December when she saw the early signs.
- Both children are doing well at school, and Lena is in the choir.

## What Lena and Tomek say

Lena (with Aisha at school, 07/01/2026, using three houses): "In my house of worries Dad is saying
the water's bad and I'm holding Tomek's hand." "In my house of good things Babcia makes pierogi and
Dad plays FIFA with us." "In my house of dreams Dad is better and I don't have to watch him." She
would like "someone at school to talk to who won't tell everyone".

Tomek (with Aisha at home, 08/01/2026): "Daddy's brain got poorly and he was scared of the water."
"I like it when Babcia sleeps over, she does my teeth." He drew Dad, Mum, Lena, Babcia and himself
holding hands.

## Scaling

On a scale where 10 means everyone is confident Lena and Tomek are safe enough for the plan to end and
0 means they cannot stay at home: Aisha 4, Owen 5, Mrs Hollis 6, Hannah 7, Marek 6, Krystyna 6.

## Next steps

Each safety goal is in bold, with how we will know it is being met. The steps under it are checked by
what the goal says, and some steps give their own check in brackets as well.

| No. | Who | What | When |
|---|---|---|---|
| **Safety goal 1: Lena and Tomek are looked after every day and every night by an adult who is well. We will know because** the night rota on the fridge is signed by whoever cares for the children on each night Hannah works, Hannah sends Aisha a photo of it every Sunday, and Aisha checks it at each visit. | | | |
| 1 | Krystyna (Babcia) | Stay at 22 Cordwell Street and be the children's carer on every night Hannah works, and sign the night rota in the morning | Every night Hannah works, from 12/01/2026 until the review conference |
| 2 | Hannah | Send Aisha and Krystyna the next month's shifts - the month's rota is then on Aisha's file before the month starts | Within two days of the ward publishing each rota |
| 3 | Marek | Not be the only adult caring for Lena and Tomek overnight, and not collect them from school on his own (the school's collection log shows who collected them) | From 09/01/2026 until the review conference |
| **Safety goal 2: Lena and Tomek are never again frightened, shut in or kept at home by Dad's illness; if he starts to become unwell, the adults around them see it early and act before it reaches the children. We will know because** Owen's written report to each core group gives Marek's mental state, his injection dates, any early signs seen and Owen's view of Marek's capacity to keep well and how long that will take, and the relapse plan is signed by Marek, Hannah and Krystyna. | | | |
| 4 | Owen Pratt, care coordinator, Early Intervention in Psychosis Team | Visit Marek at home every week, and report to each core group on his mental state, his insight, his capacity to change and the likely timescale, and what this means for his care of Lena and Tomek | Weekly visits; report three working days before each core group |
| 5 | Dr Farah Iqbal, consultant psychiatrist | Medication review with Marek, and an opinion for the review conference on his prognosis, his capacity to change and whether he can stay well as the children's carer (proof: her letter to Aisha and the GP giving the prognosis, the relapse risk and the likely timescale) | Outpatient review on 10/02/2026; letter by 24/02/2026 |
| 6 | Marek | Have his injection every two weeks and go to every appointment with Owen and Dr Iqbal | Every two weeks at the clinic, as booked |
| 7 | Aisha, with Owen | Write a relapse plan with Marek, Hannah and Krystyna: the early signs, who rings whom, and where the children go (each adult names three early signs when Aisha asks, and she records their answers) | By 30/01/2026 |
| **Safety goal 3: Lena and Tomek are in school every day, and Lena no longer feels she has to look after Tomek and Dad. We will know because** the registers are e-mailed to Aisha every Friday and each child's attendance is 95% or more by the Easter holidays, and Lena's weekly worry score (0-10), which she gives Mrs Hollis and Mrs Hollis writes down with her words, is 3 or below by the review conference. | | | |
| 8 | Mrs Hollis, learning mentor | Ring Hannah if Lena or Tomek is not in by 9am, and ring Aisha if Hannah does not know where they are | Every school day by 9.30am |
| 9 | Mrs Hollis, learning mentor | Check-in with Lena in the learning mentor's room, where Lena gives her worry score | Every Monday at 9am |
| 10 | Aisha | Four sessions with Lena and Tomek about Dad's illness, making their own "Dad's poorly brain" storybooks (the finished books kept on file, with what each child says about who they would tell, written down by Aisha) | Fortnightly, all four by 13/03/2026 |
| 11 | Sam Ellis, Cadgeworth Young Carers | Young carers' assessment with Lena, and a place at the Saturday young carers' club (assessment report sent to Aisha and Hannah; club register) | Assessment by 06/02/2026; club every other Saturday from 14/02/2026 |
| 12 | Aisha | Home visits, seeing each child on their own, with one visit in two on a night Hannah is at work (visit record with each child's words and the night rota seen) | Every two weeks until the review conference |

## What happens if ...

- **Marek shows two or more of the early signs on the relapse plan** (not sleeping, talking about the
  water or the neighbours, missing an injection): Hannah or Krystyna rings Owen (or the crisis team out
  of hours) that day, and Marek is not left alone with the children until Owen or the crisis team has
  seen him, which they will do within 24 hours. Krystyna stays at Cordwell Street day and night until
  then.
- **Marek says or does anything frightening in front of the children, keeps them from school or blocks
  the doors:** the adult there rings 999, the children go to Krystyna's at 5 Caraway Close, and Aisha
  (or the Emergency Duty Team) holds a strategy discussion with the police and the mental health team
  the same day.
- **Krystyna cannot stay on a night Hannah is working** (she is ill or away): she tells Hannah and
  Aisha as soon as she knows. Hannah swaps the shift, as her ward manager agreed in writing on
  09/01/2026; if she cannot, Aisha or the Emergency Duty Team places the children with emergency
  foster carers for that night.
- **Legal planning:** if Marek is admitted to hospital again, or the children are kept off school
  because of his illness, or Dr Iqbal's opinion is that he cannot stay well as the children's carer
  within their timescales, Daniel Brook (team manager) will hold a legal planning meeting within 5
  working days to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks at Cadgeworth St Mary's Primary, 3.30pm: 27/01/2026, 24/02/2026 and
  24/03/2026.
- Review child protection conference: 07/04/2026 at 10am, Cadgeworth Civic Centre.

Copies to Hannah, Marek, Krystyna, every agency named above, and Lena's and Tomek's own picture
versions, talked through with them by Aisha on 14/01/2026.
""",
    "findings": [],
})
