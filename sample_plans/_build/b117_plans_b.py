"""Batch 117, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md (convention 12 in
particular), without running planlint or reading its code.

Focus: plans whose timescales, measures or owners are not written beside each
action, in layouts batches 113-116 did not use. A landscape Word table whose
first column holds the phase name and its dates merged down beside all the
actions of that phase, with "How we will know" cells merged down across
several rows (each naming the action numbers it covers); a PDF whose action
table has no time at all, the time being a week-by-week calendar table whose
cells list the numbers of the actions due that week (and a "Daily" row); a
Markdown plan for children whose father is about to be released from prison,
in stages headed with their dates, owners given once in "X will:" lead-ins
and a checks list after each stage keyed by action number; a plain-text plan
whose outcomes carry the "How we will know" lines, each action saying which
outcome it is "For", and a plain-text grid of school terms and holidays with
D / W / F / X marks. The faulty plans use a letter to the parents with the
plan attached as a table of shaded time rows and merged measure cells; a
pre-birth plan in stages with owner lead-ins and a checks list after each
stage; and a Markdown plan for three children whose mother is on an adult
psychiatric ward, with actions under time headings and success criteria in an
appendix table keyed by reference. The children include a 12-year-old young
carer whose mother has multiple sclerosis and depression, a 2-year-old with
sickle cell anaemia whose father is in prison, a 10-year-old with Duchenne
muscular dystrophy and an unborn baby.

Four plans are exemplary (no findings): Brackhollow (docx), Bexlington (pdf),
Bowdlecombe (md) and Baddersfold (txt). Three carry a realistic mix of faults
among mostly good rows: the Brisketon letter with its attached table (docx),
the Bessleigh pre-birth plan (pdf) and the Biddlecote plan for the children
of a mother in hospital (md).

Counting actions (convention 1): every live row of an action table and every
numbered item of an action section counts once; shaded time rows, phase
cells, the calendar, the term grid, the checks lists and the success
criteria, the outcomes, the contingency and the meeting dates do not. No
action in these plans is already done. Reading of convention 12 used: a time
given once for a phase, stage, heading or shaded row applies to every action
under it, and a stage or shaded row with no time gives none (T001); a week of
the calendar, or a mark in a term column, that lists the action is its time;
a measure counts for an action when a merged "How we will know" cell beside
it, a checks list by its number, an appendix row by its reference or the
outcome it says it is "For" gives it, and an action they leave out has none
(M001). A merged measure cell that is vague is the only measure of every row
it sits beside (M002 for each). An owner given in a lead-in ("The social
worker will:") owns every numbered action under it.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, young carer (12) and her brother (7); mother
#    with multiple sclerosis and depression. Landscape Word plan: one table,
#    the phase and its dates in a first column merged down beside each
#    phase's rows, and "How we will know" cells merged down across several
#    rows, each naming the actions it covers. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_brackhollow_young_carer_phase_column_merged_checks_drummond.docx",
    "doc_title": "Child Protection Plan - Maisie and Ollie Drummond",
    "split": "tune",
    "actions": 17,
    "landscape": True,
    "check_vmerge": 7,
    "template": "icpc-landscape-word-plan-details-list-why-childrens-words-outcomes-numbered-then-one-table-phase-and-dates-column-merged-down-no-what-who-then-how-we-will-know-cells-merged-across-several-rows-naming-action-numbers-contingency-core-group",
    "description": (
        "Exemplary initial conference plan for a 12-year-old who has been washing, dressing and "
        "giving tablets to her mother, who has multiple sclerosis and depression, and for her "
        "7-year-old brother. One landscape Word table: the first column holds each phase's name "
        "and dates ('Phase 1 - the first four weeks, everything done by 09/12/2025'; a third phase "
        "of weekly actions to the review) merged down beside its rows, and the 'How we will know' "
        "column has cells merged across two or three rows that say which action numbers they are "
        "for. Adult social care owns the care assessment and package, the psychiatrist and the "
        "CPN report on capacity to change, the MS nurse and GP own actions, the grandfather's "
        "help has a fallback, legal planning follows named triggers, core group and review dates "
        "are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Brackhollow Borough Council · Children's Services · Family Safeguarding Team (North)"),
        ("kv", [
            ("Children", "Maisie Drummond (12), DOB 02/03/2013, Year 8, Brackhollow High School; Ollie Drummond "
                         "(7), DOB 19/07/2018, Year 3, Ferrydown Primary School"),
            ("Address", "14 Tanners Walk, Brackhollow BH3 8QD"),
            ("Mother", "Claire Drummond (41). Relapsing-remitting multiple sclerosis since 2019; depression"),
            ("Father", "Steven Drummond (43), lives in Castle Eddon, about forty miles away; has the children "
                       "one weekend a month"),
            ("Maternal grandfather", "Peter Lowther (70), 6 Millrace Court, Brackhollow (five minutes by car)"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Tuesday 11/11/2025. Chair: Angela Whitworth (IRO)"),
            ("Social worker", "Ruth Ambler (team manager: Callum Fisk)"),
        ]),
        ("h1", "Why Maisie and Ollie have a plan"),
        ("p", "Claire had a bad relapse of her MS in June 2025. Since then she has needed help to wash, dress and "
              "get down the stairs, and on a bad day she cannot hold a cup. She turned down an assessment from "
              "adult social care in July and there is no care package. Maisie has been helping her mum shower and "
              "dress every morning, setting out her tablets and cooking most evenings. Her attendance this term "
              "is 81% and she has been late 14 times. On 22/10/2025 the school nurse saw fresh scratches on "
              "Maisie's forearm; Maisie said she does it “when everything is too much”."),
        ("p", "Claire has depression. She stopped taking her sertraline in August, stays in bed most afternoons "
              "and told her GP in October that she “can't see the point of anything”. Ollie has been going to "
              "school in the same clothes for several days at a time and has had head lice since September. A "
              "school dental check found four decayed teeth and the follow-up appointment was missed. The boiler "
              "broke in October and the house was cold at the social worker's visit on 29/10/2025."),
        ("h1", "What Maisie and Ollie told us"),
        ("p", "Maisie (seen on her own at school, 04/11/2025): “I do Mum's shower and her tablets before school "
              "because there's nobody else. I don't mind helping but I'm tired all the time and I've stopped going "
              "to netball. When I get stressed I scratch my arm. I don't want Mum to get in trouble.” She said the "
              "best thing would be “someone else doing the mornings”, and that she would like to go to the young "
              "carers' club her friend Leah goes to."),
        ("p", "Ollie (seen at home, 29/10/2025) showed the social worker his Lego garage and said: “Maisie makes "
              "my tea. Mummy is poorly in bed. Grandad does pancakes on Tuesdays.” He said his tooth hurts when he "
              "eats sweets and that he is cold at night. He would like “a dinosaur duvet and for Mummy to come to "
              "the park”."),
        ("h1", "What Claire said"),
        ("p", "Claire said she is ashamed that Maisie has had to help her and that she turned the assessment down "
              "because she was frightened the children would be taken away. She agreed at the conference to the "
              "care assessment and to see the mental health team."),
        ("h1", "What we want for Maisie and Ollie"),
        ("numbers", [
            "Maisie and Ollie are looked after by adults every morning and evening, and Maisie no longer washes, "
            "dresses or gives tablets to her mum.",
            "Maisie is at school every day (95% or more) and has time of her own each week, at netball and the "
            "young carers' club.",
            "Maisie stops hurting herself and knows who to talk to when things feel too much.",
            "Ollie goes to school clean, fed and in clean clothes, and his teeth are treated so they no longer "
            "hurt.",
            "Both children live in a warm home with an adult who is well enough to get up and care for them "
            "every day.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is one table in three phases. The phase, and the date by which everything in it will be "
              "done (for Phase 3, the dates it runs and how often), are in the first column, which runs down beside all "
              "the actions in that phase. The last column says how we will know each action has worked; where one "
              "box runs beside several actions, it says which numbers it is for."),
        ("table", {
            "header": ["Phase and dates", "No.", "What will happen", "Who", "How we will know"],
            "widths": [3.6, 1.0, 8.4, 5.0, 7.7],
            "rows": [
                ["PHASE 1\nThe first four weeks\nEverything in this phase done by Tuesday 09/12/2025",
                 "1",
                 "Carry out a Care Act needs assessment with Claire, covering the help she needs to wash, dress, "
                 "take her tablets and use the stairs each morning and evening, so that Maisie no longer has to "
                 "do any of it",
                 "Dionne Reyes, occupational therapist, Brackhollow Adult Social Care",
                 "For 1 and 2: each written assessment (Claire's, Maisie's and Ollie's) copied to the SW by "
                 "09/12/2025. Claire's says who will do each morning and evening task instead of Maisie; the "
                 "children's record in their own words what they want to stop doing and what they want time for."],
                [V, "2",
                 "Young carer's assessments with Maisie and with Ollie, each seen at school away from home",
                 "Jess Abara, young carers worker, Brackhollow Young Carers Service",
                 V],
                [V, "3",
                 "See Claire, review her antidepressant and give a written assessment of her depression: whether "
                 "she can make the changes Maisie and Ollie need, what would help her to, and how long that is "
                 "likely to take",
                 "Dr Hannah Sillitoe, consultant psychiatrist, Brackhollow Community Mental Health Team",
                 "Dr Sillitoe's assessment letter on the children's file by 09/12/2025 and talked through at the "
                 "core group on 23/12/2025"],
                [V, "4",
                 "Send the SW a summary of Claire's MS and depression, the medicines she is on and any "
                 "appointments she has missed this year",
                 "Dr Neil Barraclough, GP, Tanners Walk Surgery",
                 "GP summary letter on the children's file by 09/12/2025"],
                [V, "5",
                 "Take Ollie to the dentist for his treatment plan and first fillings, and treat his head lice "
                 "with the lotion from the pharmacy",
                 "Claire Drummond (Mum), with Peter Lowther (grandfather) driving",
                 "Dentist's treatment plan and next appointment card seen by the SW; Ferrydown Primary find no "
                 "head lice at their check in the last week of the phase"],
                [V, "6",
                 "Get the boiler repaired, and apply to the Brackhollow Warm Homes Fund for a new one if it "
                 "cannot be mended",
                 "Ruth Ambler, social worker (SW)",
                 "The heating is on and the living room is at 18°C or more at the SW's visits; the engineer's "
                 "job sheet or the fund's decision letter is on file"],
                ["PHASE 2\nWeeks 5 to 8\nEverything in this phase done by Tuesday 06/01/2026",
                 "7",
                 "Start a care package: two carers each morning and one each evening to help Claire wash, dress "
                 "and take her tablets, so that Maisie and Ollie can get themselves ready for school",
                 "Dionne Reyes, OT, Brackhollow Adult Social Care, with Millrace Home Care",
                 "For 7 and 8: the carers' visit log shows every morning and evening visit made; Maisie tells the "
                 "SW, when seen alone, that she has not helped her mum wash or dress on any day that week; the "
                 "rails and shower seat are seen fitted."],
                [V, "8",
                 "Fit grab rails, a shower seat and a second stair rail, so that Claire can wash and use the "
                 "stairs without Maisie's help",
                 "Brackhollow Community Equipment Service (ordered by Dionne Reyes, OT)",
                 V],
                [V, "9",
                 "Six sessions with Maisie at school about her self-harm and her worries, and write with her a "
                 "safety plan that she keeps on her phone",
                 "Lucy Penhale, mental health practitioner, Brackhollow Mental Health Support Team in Schools",
                 "Maisie's safety plan, in her words, copied to the SW and the school DSL; Lucy's end-of-sessions "
                 "letter shows six sessions held and what Maisie now does instead of scratching"],
                [V, "10",
                 "Get Ollie enough clothes and bedding (clothing grant, a new duvet) and set up a washing routine "
                 "with Claire and the carers",
                 "Tamsin Greaves, family support worker, Brackhollow Family Hub",
                 "The SW sees Ollie's bed made up with the new duvet and a week of clean clothes in his drawers; "
                 "Ferrydown Primary see him in clean uniform each day"],
                ["PHASE 3\nFrom 11/11/2025 until the review conference on Tuesday 10/02/2026\nEvery week, unless the action gives its own days",
                 "11",
                 "Visit the children at home, one visit in two unannounced; see Maisie on her own, and see Ollie's "
                 "bedroom",
                 "Ruth Ambler, SW",
                 "Visit records show a visit in every week, both children seen and Maisie seen alone, with each "
                 "child's own words written down"],
                [V, "12",
                 "Check Maisie's attendance and lateness each day, and give her a check-in every Monday with her "
                 "head of year",
                 "Mr Daniel Osei, DSL, Brackhollow High School",
                 "For 12, 13 and 14: each school emails the SW every Friday with the week's attendance; Maisie's "
                 "attendance is 95% or more from December and she is late no more than once a half term; Ollie is "
                 "seen clean, in clean uniform and with his lunch; the young carers' club register, sent to the SW "
                 "each month, shows Maisie at the Thursday sessions; any worry is phoned to the SW the same day "
                 "and logged."],
                [V, "13",
                 "Check Ollie's attendance, clothes, lunch and hair each morning, and phone the SW the same day "
                 "about any worry",
                 "Mrs Joanne Pike, DSL, Ferrydown Primary School",
                 V],
                [V, "14",
                 "Keep a place for Maisie at the Thursday young carers' club, 4pm to 6pm, with transport there "
                 "and back",
                 "Jess Abara, Brackhollow Young Carers Service",
                 V],
                [V, "15",
                 "Collect Ollie from school on Tuesdays and Thursdays, make both children their tea and stay until "
                 "7pm",
                 "Peter Lowther (maternal grandfather)",
                 "Peter writes each visit in the home diary, which the SW reads at every visit"],
                [V, "16",
                 "See Claire every two weeks, check she is taking her sertraline, and report to each core group on "
                 "whether she is making the changes Maisie and Ollie need and how long further change is likely "
                 "to take",
                 "Tomasz Wilk, care co-ordinator (CPN), Brackhollow Community Mental Health Team",
                 "For 16 and 17: Tomasz's report and Gail's written update on file two days before each core "
                 "group, Tomasz's with his view of the likely timescale; any relapse reported to the SW on the day "
                 "it starts."],
                [V, "17",
                 "Review Claire's MS and her tiredness every four weeks, and tell the SW the same day if a relapse "
                 "stops her caring for the children",
                 "Gail Hendry, MS specialist nurse, Brackhollow General Hospital Neurology",
                 V],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Claire has a relapse and cannot get out of bed, or is admitted to hospital: Peter stays at "
            "Tanners Walk or has the children at Millrace Court from that day, and Ruth asks Adult Social Care "
            "the same day for extra care visits.",
            "If Claire tells anyone she has thoughts of ending her life, or Tomasz or the GP are worried for her "
            "safety: the mental health crisis team is asked to see her the same day, and the children go to "
            "Peter's that night.",
            "If Maisie hurts herself in a way that needs treatment, or says she wants to die: the DSL phones Ruth "
            "and the CAMHS crisis line straight away, and Ruth holds a strategy discussion the same day.",
            "If the carers miss two visits in a row, or Claire cancels the care package: Ruth visits the same "
            "day and Peter does the mornings until the visits start again.",
            "If Peter cannot help (he is ill or away): Steven has agreed to have the children at Castle Eddon "
            "and drive them to school; if neither can, Ruth places Maisie and Ollie together with Brackhollow "
            "foster carers the same day.",
            "If by the core group on 23/12/2025 there is still no care package because Claire has refused it, or "
            "by the review conference Maisie is still washing or dressing her mum or her attendance is under "
            "85%, Ruth will ask Callum Fisk for a legal planning meeting within five working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 3.45pm, Brackhollow High School: 25/11/2025, 23/12/2025 "
            "and 20/01/2026.",
            "Review child protection conference: Tuesday 10/02/2026, 10am, Brackhollow Town Hall.",
            "Ruth will see Maisie and Ollie before each core group and bring their words to the meeting.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan for a 2-year-old with sickle cell anaemia; the
#    mother has depression, the father is in prison. Word plan printed to PDF
#    with a page header and footer: the action table has no time column; a
#    calendar table (one row a week, plus a "Daily" row) lists the numbers of
#    the actions due each week. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_bexlington_sickle_cell_week_calendar_action_numbers_boateng.pdf",
    "doc_title": "Child Protection Plan - Kobi Boateng",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-printed-to-pdf-page-header-footer-details-list-why-kobis-day-mums-views-outcomes-then-no-what-lead-what-we-will-see-table-without-time-then-calendar-table-rows-are-weeks-cells-list-action-numbers-daily-row-meetings-column-contingency",
    "description": (
        "Exemplary initial conference plan for a 2-year-old with sickle cell anaemia who missed "
        "penicillin for months, three clinics and a stroke-risk scan, and was admitted with a "
        "blood infection after a fever went untreated for two days; his mother has depression "
        "and his father is in prison. A Word plan printed to PDF with a page header and footer. "
        "The action table gives each action a lead and what will be seen but no time: the time is "
        "in a calendar table after it, one row a week from 17/11/2025 to the review (and a "
        "'Daily' row), whose cells list the numbers of the actions due that week. The primary "
        "care mental health practitioner reports on capacity to change, the GP, pharmacy, "
        "housing and prison own actions, the aunt's help has a fallback, legal planning follows "
        "named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Bexlington Metropolitan Borough Council – Child Protection Plan",
    "footer": "Kobi Boateng – plan agreed at the initial conference on 13/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bexlington Metropolitan Borough Council · Children's Social Care · Safeguarding Team 3"),
        ("kv", [
            ("Child", "Kobi Boateng, born 02/07/2023 (2 years 4 months)"),
            ("Kobi's health", "Sickle cell anaemia (HbSS). He needs penicillin twice a day and folic acid once a "
                              "day, plenty to drink, to be kept warm, and to be taken to hospital within an hour "
                              "if his temperature reaches 38°C. Under the Haemoglobinopathy Service, Bexlington "
                              "General Hospital"),
            ("Lives with", "Efua Boateng (Mum, 24), Flat 9, Garnet House, Linacre Road, Bexlington BX5 2TN"),
            ("Father", "Marcus Reid (27), serving a sentence at HMP Ravensworth"),
            ("Maternal aunt", "Adjoa Boateng (29), 31 Linacre Road, two minutes' walk away"),
            ("Category", "Neglect"),
            ("Initial conference", "Thursday 13/11/2025. Chair: Nadine Forsyth (IRO)"),
            ("Social worker", "Hayley Brennan (team manager: Samuel Ofori)"),
        ]),
        ("h1", "Why Kobi has a plan"),
        ("p", "On 24/09/2025 Efua brought Kobi to Bexlington General Hospital with a temperature of 39.4°C. She "
              "said it had started two days before. He had a serious blood infection and spent nine days on the "
              "children's ward. The ward found that his penicillin had not been collected from the pharmacy "
              "since July. Kobi has missed three haematology clinics this year, and his transcranial Doppler scan, "
              "which checks his risk of a stroke, is eight months overdue. There is black mould on the wall of his "
              "bedroom, and the room was 15°C at the social worker's visit on 30/10/2025."),
        ("p", "Efua has depression. She told the social worker she has been “in a fog” since Marcus went to prison "
              "in February, that she sleeps until late and that some days she does not open the post. She stopped "
              "her antidepressant in the summer."),
        ("h1", "Kobi's day"),
        ("p", "Kobi says a few words: “Mama”, “juice”, “Adjo” for his aunt, and “no”. At the visit on 30/10/2025 he "
              "was in a vest and nappy in his cold bedroom watching a tablet; he brought his empty cup to the "
              "social worker and said “juice”. When Adjoa came in he ran to her, climbed onto her lap and fell "
              "asleep on her shoulder. On the ward the nurses saw him settle quickly when Efua sang to him, and "
              "hold his arms up to her to be lifted. He points at the photo of his dad on the fridge and says "
              "“Dada phone”."),
        ("h1", "What Efua says"),
        ("p", "Efua said she did not understand how dangerous a fever is for Kobi until the ward explained it. She "
              "wants help to “get back on top of things”, wants Kobi to go to nursery and wants him to keep "
              "talking to his dad."),
        ("h1", "What we want for Kobi"),
        ("bullets", [
            "Kobi has his penicillin twice and his folic acid once every day, and his medicine never runs out.",
            "Kobi is taken to hospital within an hour whenever his temperature reaches 38°C.",
            "Kobi gets to every haematology appointment and has his Doppler scan, so that his stroke risk is "
            "known and treated.",
            "Kobi sleeps in a warm, dry bedroom and has plenty to drink through the day.",
            "Kobi is looked after by a mum who is well enough to keep to his routine every day, and he keeps in "
            "touch with his dad in a way that is safe for him.",
        ]),
        ("h1", "What will happen"),
        ("p", "This table says what will happen, who will lead it and what we will see. It does not give the "
              "dates. When each action happens is in the calendar below the table: a number in a week's row means "
              "that action takes place that week or, for a one-off action, is done by the Friday of that week. "
              "Action 2 is in the Daily row."),
        ("table", {
            "header": ["No.", "What will happen", "Lead", "What we will see"],
            "widths": [1.0, 7.2, 4.0, 4.8],
            "rows": [
                ["1", "Visit Kobi at home, one visit in two unannounced: check his medicine chart, count the "
                      "penicillin left in the bottle, take the bedroom temperature and write down what Kobi does "
                      "and says",
                 "Hayley Brennan, social worker (SW)",
                 "Visit records show a visit in each week of the calendar, the bottle count matching the chart "
                 "and the bedroom temperature noted"],
                ["2", "Give Kobi his penicillin morning and evening and his folic acid each morning, and tick the "
                      "chart on the fridge each time",
                 "Efua Boateng (Mum)",
                 "Chart fully ticked at every SW and HV visit, and the bottle count matches it"],
                ["3", "Deliver Kobi's penicillin and folic acid to the flat, and phone the SW the same day if a "
                      "delivery cannot be made or is turned away",
                 "Ravi Kapoor, pharmacist, Linacre Road Pharmacy",
                 "Delivery record emailed to the SW after each delivery"],
                ["4", "Teach Efua and Adjoa the fever plan: how to take Kobi's temperature, when to ring the ward "
                      "and how to get him there within the hour; give each of them a thermometer and the ward's "
                      "open-access card",
                 "Grace Amponsah, sickle cell clinical nurse specialist, Bexlington General Hospital",
                 "Efua and Adjoa each take Kobi's temperature and explain the fever plan to the SW; the card is "
                 "seen on the fridge"],
                ["5", "Take Kobi to his haematology clinic on 03/12/2025 and to his transcranial Doppler scan on "
                      "30/12/2025",
                 "Efua (Mum), with Adjoa; both appointments booked by Grace Amponsah",
                 "Clinic letter and Doppler result sent to the SW and the GP"],
                ["6", "Weigh Kobi, check his development and how much he drinks, and check that the flat is warm",
                 "Rosa Lindley, health visitor (HV)",
                 "Weight plotted in the red book; visit notes with the room temperature sent to the SW"],
                ["7", "Start Kobi at Little Kites Nursery for 15 funded hours a week (Monday, Wednesday and Friday "
                      "mornings), with a sickle cell care plan agreed with Grace Amponsah",
                 "Mandy Holt, manager, Little Kites Nursery",
                 "Signed care plan on file; Kobi on the nursery register"],
                ["8", "Take Kobi's temperature at each session, give him drinks through the morning, and phone Efua "
                      "and the SW straight away if his temperature reaches 38°C or he does not arrive",
                 "Jordan Ellis, Kobi's key worker, Little Kites Nursery",
                 "Attendance and temperature sheet emailed to the SW each Friday; every call logged"],
                ["9", "Assess Efua's depression, see her every two weeks, and report in writing to each core group "
                      "on whether she can make the changes Kobi needs, what help she still needs and how long "
                      "change is likely to take",
                 "Olu Badmus, mental health practitioner, Bexlington Primary Care Mental Health Service",
                 "Written report on file two days before each core group"],
                ["10", "Review Efua's antidepressant with her, and check that Kobi's vaccinations, including his "
                       "pneumococcal booster, are up to date",
                 "Dr Priya Mistry, GP, Linacre Road Medical Centre",
                 "GP letter to the SW confirming the review and Kobi's vaccination record"],
                ["11", "Treat the mould in Kobi's bedroom, fix the window seal and service the heating; if the room "
                       "cannot be kept dry, move the family up the transfer list",
                 "Lee Cartwright, housing officer, Bexlington Homes",
                 "Repair completion notice on file; the SW finds the bedroom dry and at 18°C or more"],
                ["12", "Send the SW Marcus's release date, where he will live and his licence conditions, and say "
                       "whether any of them affect his contact with Kobi",
                 "Dean Foley, prison offender manager, HMP Ravensworth",
                 "Letter with the release details on file"],
                ["13", "Arrange video calls between Marcus and Kobi, with Efua there, and tell the SW if a call "
                       "does not happen",
                 "Sharon Quigley, family engagement worker, HMP Ravensworth",
                 "Calls listed on the prison's family call log, sent to the SW each month"],
                ["14", "Have Kobi on Saturdays from 10am to 4pm, check and tick his medicine chart, and be the "
                       "adult Efua rings if Kobi has a temperature at night, to go to the ward with them",
                 "Adjoa Boateng (maternal aunt)",
                 "Adjoa writes each Saturday and any night call in Kobi's home book, read by the SW at visits"],
                ["15", "Ask Kobi's nursery key worker and Efua what Kobi likes and what upsets him, spend time "
                       "playing with Kobi at home, and bring a written note of his day to each core group",
                 "Hayley Brennan, SW",
                 "A written note of Kobi's day, with what he said and did, at each core group"],
            ],
        }),
        ("h1", "Calendar"),
        ("p", "One row for each week of the plan, from the Monday after the conference to the review. The numbers "
              "are the action numbers in the table above."),
        ("table", {
            "header": ["Week", "Week beginning", "Actions due that week", "Meetings"],
            "widths": [1.8, 3.0, 7.4, 4.8],
            "rows": [
                ["Daily", "Every day, 14/11/2025 to 12/02/2026", "2", "–"],
                ["1", "Monday 17/11/2025", "1, 3, 4, 6, 14", "–"],
                ["2", "Monday 24/11/2025", "1, 7, 9, 10, 13, 14, 15", "Core group 1: Thursday 27/11/2025"],
                ["3", "Monday 01/12/2025", "1, 5 (clinic), 6, 8, 12, 14", "–"],
                ["4", "Monday 08/12/2025", "1, 8, 9, 11, 13, 14", "–"],
                ["5", "Monday 15/12/2025", "1, 3, 6, 8, 14, 15", "Core group 2: Thursday 18/12/2025"],
                ["6", "Monday 22/12/2025", "1, 9, 13, 14 (nursery closed)", "–"],
                ["7", "Monday 29/12/2025", "1, 5 (Doppler scan), 6, 14 (nursery closed)", "–"],
                ["8", "Monday 05/01/2026", "1, 8, 9, 13, 14, 15", "Core group 3: Thursday 08/01/2026"],
                ["9", "Monday 12/01/2026", "1, 3, 6, 8, 14", "–"],
                ["10", "Monday 19/01/2026", "1, 8, 9, 13, 14", "–"],
                ["11", "Monday 26/01/2026", "1, 6, 8, 14, 15", "Core group 4: Thursday 29/01/2026"],
                ["12", "Monday 02/02/2026", "1, 8, 9, 13, 14", "–"],
                ["13", "Monday 09/02/2026", "1, 3, 6, 8, 14, 15", "Review conference: Thursday 12/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kobi's temperature reaches 38°C, or he is pale, floppy, breathless or in pain: whoever is looking "
            "after him takes him straight to the children's ward with the open-access card, or rings 999 if they "
            "cannot get there within the hour; the ward tells Hayley the same day.",
            "If Kobi misses two doses of penicillin in a week (the chart or the bottle count shows it), a delivery "
            "is turned away, or he misses a hospital appointment: Hayley visits the same day, and Adjoa gives "
            "Kobi his medicine morning and evening from that day, with Kobi staying at 31 Linacre Road if Efua "
            "cannot manage.",
            "If Adjoa cannot help (she is ill, away or at work): Hayley places Kobi that day with a Bexlington "
            "foster carer, and Grace Amponsah goes through his care plan with the carer before the first night.",
            "If Efua tells anyone she has thoughts of harming herself or Kobi: Olu Badmus asks the crisis team "
            "to see her the same day, Kobi stays with Adjoa, and Hayley holds a strategy discussion that day.",
            "If Kobi is admitted to hospital again because treatment was delayed, misses his Doppler scan on "
            "30/12/2025, or misses doses in two weeks before the core group on 08/01/2026, Hayley will ask Samuel "
            "Ofori for a legal planning meeting within five working days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every three weeks, Thursdays at 1.30pm, Linacre Road Children's Centre: 27/11/2025, "
            "18/12/2025, 08/01/2026 and 29/01/2026.",
            "Review child protection conference: Thursday 12/02/2026, 10am, Bexlington Civic Centre.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan for two children whose father is about to be
#    released from prison after a sentence for violence to their mother.
#    Markdown: three stages headed with their dates (before release, the
#    first four weeks after, to the review), owners given once in bold
#    "X will:" lead-ins, a checks list after each stage by action number.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_bowdlecombe_prison_release_stage_owner_lists_checks_pritchard.md",
    "split": "tune",
    "actions": 19,
    "template": "icpc-markdown-plan-details-bullets-why-dads-release-childrens-words-mums-views-outcomes-then-three-dated-stage-headings-before-release-first-four-weeks-to-review-owners-in-bold-will-lead-ins-numbered-actions-checks-list-after-each-stage-by-number-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 13-year-old and an 8-year-old whose father is "
        "released from prison on licence four weeks after the conference, having served a sentence "
        "for assaulting their mother; he had been ringing the older boy from prison. A Markdown plan "
        "in three stages whose headings carry the dates ('Stage 1 - before Dean is released: "
        "everything here done by Friday 05/12/2025'); owners are given once in bold 'X will:' "
        "lead-ins with numbered actions under them, and each stage ends with a 'Checks' list keyed "
        "by action number. Probation, police, the IDVA and the alcohol service own actions, the "
        "grandmother's weekends have a fallback, legal planning follows named triggers, core group "
        "and review dates are set."
    ),
    "text": """\
# Child Protection Plan — Kian and Ellie Pritchard

**Bowdlecombe Council · Children and Families · Safeguarding and Assessment Team 2**

- **Children:** Kian Pritchard (13), DOB 08/06/2012, Year 9, Kingsgate Academy; Ellie Pritchard (8), DOB 21/09/2017,
  Year 4, Orchard Lane Primary
- **Lives with:** Shannon Pritchard (Mum, 33), 23 Larch Road, Bowdlecombe BW4 7HS
- **Father:** Dean Colley (38), HMP Stanmoor; release on licence due Friday 12/12/2025
- **Maternal grandmother:** Lorraine Pritchard (61), 14 Coppice Way, Bowdlecombe
- **Category:** Emotional abuse (both children)
- **Initial conference:** Thursday 20/11/2025. Chair: Martin Quayle (IRO)
- **Social worker:** Amira Haddad (team manager: Harriet Ng)

## Why Kian and Ellie have a plan

In March 2024 Dean was sent to prison for three years for assaulting Shannon in the kitchen at Larch Road while
Kian and Ellie were upstairs. Kian rang 999. Dean had been drinking heavily, and drink was part of every incident the
police know about. He will be released halfway through his sentence, on 12/12/2025.

In October the school found that Kian had been getting calls from Dean on a mobile smuggled into the prison. Dean
told him he would be “home for Christmas” and that Shannon was “keeping him from his kids”. Since then Kian has
hit two boys at school and been excluded for a day, and Ellie has started wetting the bed again. Shannon told the
social worker that part of her wants Dean back “because the kids miss him”, and that she is frightened of what he
will do if she says no.

## What Kian and Ellie told us

**Kian** (seen on his own at school, 13/11/2025): “Dad says it was Mum's fault and I don't know what to believe. I
want to see him but not at our house. I don't want him to shout at Mum again. I get angry and I don't know why.” He
scored how safe he feels at home as 6 out of 10, and said it would go down “if Dad just turns up”.

**Ellie** (seen on her own at school, 14/11/2025) drew her house with a big door and a lock on it. “Dad is in prison
because he hurt Mummy. I don't want him to come in our house. I dream he is in my room.” She said she likes Saturday
nights at Nanna Lorraine's “because there's pancakes and no worrying”.

## What Shannon said

Shannon agreed at the conference that Dean should not live at Larch Road or have contact with the children until it
has been assessed as safe. She asked for help with what to say to Kian, and for someone to talk to about what
happened to her.

## What we want for Kian and Ellie

1. Kian and Ellie are safe from their dad's violence: he has no contact with them or their mum unless it has been
   agreed as safe, and they do not see or hear any more abuse.
2. Kian and Ellie understand what is happening with their dad, and have a say in whether and how they see him.
3. Kian stops hitting out at school and has an adult he trusts to talk to when he feels angry.
4. Ellie sleeps in her own bed without being frightened, and is dry most nights.
5. Kian and Ellie live with a mum who knows exactly what to do if Dean tries to get in touch or comes to the house,
   and does it.

## The plan

The plan is in three stages. Each stage's heading says when everything in it will be done, or how long it runs.
Under each stage the person or service responsible is named once, in bold, with their actions numbered below them.
After each stage there is a list of **checks**: how we will know each numbered action has worked.

### Stage 1 — Before Dean is released: everything here done by Friday 05/12/2025

**Gail Fenner, probation officer, Bowdlecombe Probation Delivery Unit, will:**

1. Ask the prison for licence conditions that stop Dean contacting Shannon, Kian or Ellie unless children's services
   agree it in writing, that keep him out of an exclusion zone around Larch Road and both schools, and that require
   him to live at Hawthorn House approved premises.
2. Send the social worker and both school DSLs the release date, Dean's address, his licence conditions and a photo
   for each school office.

**Amira Haddad, social worker (SW), will:**

3. See Kian and Ellie separately and on their own to explain, in words each of them understands, that their dad is
   coming out of prison and what the rules will be, and write down what each of them wants.
4. Write a safety plan with Shannon: what she will do if Dean rings, messages or comes to the house, and where the
   children go.

**Kerry-Ann Moss, IDVA, Bowdlecombe Domestic Abuse Service, will:**

5. Meet Shannon, complete a DASH risk assessment with her and refer the family to MARAC.

**PC Iain Dobbs, Bowdlecombe Police Domestic Abuse Safeguarding Unit, will:**

6. Put a marker on 23 Larch Road so that any 999 call from the house gets an urgent response, and arrange a video
   doorbell and window locks through the Sanctuary scheme.

**Shannon Pritchard (Mum) will:**

7. Change her mobile number and block Dean on every social media account, her own and the ones on Kian's and
   Ellie's tablets.

**Checks for Stage 1**

- **1 and 2:** the licence conditions and Dean's address are on the case file, and both schools have confirmed by
  email that they have them, by 05/12/2025.
- **3:** Amira's notes of both conversations, with Kian's and Ellie's own words, are on file and brought to the core
  group on 04/12/2025.
- **4:** the written safety plan, signed by Shannon, is on file, and Shannon can tell Amira what she would do if Dean
  came to the door.
- **5:** the DASH form and the MARAC referral are on file and the MARAC date is known.
- **6:** PC Dobbs confirms the marker in writing; Amira sees the doorbell and locks fitted at her next visit.
- **7:** Amira sees the new number and the blocked accounts on Shannon's phone and on both tablets.

### Stage 2 — The first four weeks after release: Friday 12/12/2025 to Friday 09/01/2026

**Amira Haddad (SW) will:**

8. Visit every week, at least one visit in two unannounced, and see Kian and Ellie each on their own.

**Gail Fenner (probation) will:**

9. See Dean twice a week, check with Hawthorn House every morning that he was there overnight, and tell Amira and the
   police the same day about any breach of his licence.

**Martin Keyes, recovery worker, Bowdlecombe Recovery Service, will:**

10. Assess Dean's drinking in his first week out, breath-test him at each weekly session, and send a written report
    before each core group on whether his drinking is changing and what that means for any contact with the
    children.

**Mr Patrick Hume, DSL, Kingsgate Academy, will:**

11. Give Kian a check-in with his key worker, Ms Dale, every morning, and pass to Amira and the police the same day
    any contact from Dean or any sighting of him near the school.

**Mrs Sian Lloyd, DSL, Orchard Lane Primary, will:**

12. Check Ellie in with her class teacher every morning, and pass on the same day any contact from Dean or any
    sighting of him near the school.

**Lorraine Pritchard (maternal grandmother) will:**

13. Have Kian and Ellie from Saturday morning to Sunday lunchtime every weekend, keeping to the same rules about
    Dean as at home.

**Checks for Stage 2**

- **8:** visit records show a visit in each of the four weeks and both children seen alone, with their words.
- **9:** Gail's email to Amira every Friday shows both meetings held and every night at Hawthorn House confirmed;
  any breach reported the same day.
- **10:** Martin's written report, with every breath test reading, is on file before each core group.
- **11 and 12:** each school's check-in log is emailed to Amira every Friday; any contact or sighting is logged and
  reported the same day.
- **13:** Lorraine texts Amira every Sunday to say the children have been with her; Amira asks Kian and Ellie about
  their weekends when she sees them alone.

### Stage 3 — From Saturday 10/01/2026 to the review conference on Thursday 12/02/2026

**Amira Haddad (SW) will:**

14. Keep visiting every week, at least one visit in two unannounced, seeing Kian and Ellie each on their own.
15. Complete an assessment of whether any contact between Dean and the children could be safe, and in what form,
    with Kian's and Ellie's wishes in it.

**Gail Fenner (probation) will:**

16. Start Dean on the Building Better Relationships programme and tell Amira after each session whether he attended.

**Dev Sharma, youth worker, Bowdlecombe Youth Service, will:**

17. Meet Kian once a week for eight weeks to work on his anger and on what a safe relationship looks like.

**Fiona Grady, school nurse, Bowdlecombe Community Health, will:**

18. See Ellie at school every two weeks about her bedwetting and her bad dreams, and agree a night-time plan with
    Shannon.

**Shannon Pritchard (Mum) will:**

19. Go to the Freedom Programme at Bowdlecombe Family Hub every Tuesday morning from 13/01/2026.

**Checks for Stage 3**

- **14:** visit records show a visit every week, with both children seen alone.
- **15:** the written contact assessment, with the children's own words, is sent to everyone invited to the review
  conference five working days before it.
- **16:** Gail's attendance emails are on file and the programme's mid-point report is shared at the core group.
- **17:** Dev's register shows at least six of the eight sessions; Kian's school behaviour log shows no fights
  after his fourth session.
- **18:** Ellie's dry-night chart is brought to each session and Fiona's notes are sent to Amira; the chart shows
  more dry nights each fortnight.
- **19:** the Freedom Programme register, sent to Amira each month, shows Shannon at each session.

## If things go wrong

- **If Dean breaks his licence** (he rings or messages Shannon or the children, comes to Larch Road or either school,
  or is seen in the exclusion zone): Shannon or the school rings 999, and the marker means an urgent response; Gail
  asks for Dean to be recalled to prison that day, and Amira holds a strategy discussion the same day.
- **If Shannon lets Dean into the house, or takes the children to see him:** Kian and Ellie go to Lorraine's at 14
  Coppice Way that day, Amira holds a strategy discussion the same day, and she asks Harriet Ng for a legal planning
  meeting within five working days.
- **If Kian goes to meet his dad, or goes missing:** Shannon or the school reports him missing to the police
  straight away and tells Amira; Amira sees Kian the next day.
- **If Lorraine cannot have the children** (she is ill, away, or Dean finds out where she lives): Amira places Kian
  and Ellie together with Bowdlecombe foster carers the same day.
- **If there is not enough progress:** if by the review conference Dean has broken his licence, or Shannon has let
  him have contact outside the plan, Amira will ask Harriet Ng for a legal planning meeting within five working
  days.

## Meetings

- Core group: Thursday 04/12/2025 at 4pm, Orchard Lane Primary, then Thursdays 08/01/2026 and 05/02/2026 at the
  same time and place.
- Review child protection conference: Thursday 12/02/2026, 10am, Bowdlecombe Civic Centre.
- Amira will see Kian and Ellie before each core group and bring their words to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan for a 10-year-old with Duchenne muscular
#    dystrophy whose father, his only carer, has relapsed into heroin use on
#    top of his methadone. Plain text: the outcomes carry numbered "How we
#    will know" lines, each action says which outcome it is for, and the
#    times are in a plain-text grid of the school half term, the Christmas
#    holidays and the weeks to the review (D / W / F / X marks). Exemplary
#    (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_baddersfold_duchenne_term_grid_for_outcome_mulqueen.txt",
    "split": "tune",
    "actions": 12,
    "template": "icpc-plain-text-plan-dot-leader-details-caps-numbered-parts-why-callums-day-and-words-then-outcomes-each-with-how-we-will-know-lines-then-ref-actions-with-for-outcome-and-who-lines-no-time-then-plain-text-term-grid-d-w-f-x-marks-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 10-year-old with Duchenne muscular dystrophy who "
        "missed his daily steroid, his stretches and a heart clinic, and was kept home for six "
        "weeks with a broken powered wheelchair, after his father, his only carer, relapsed into "
        "heroin use on top of his methadone. A plain-text case print: Part 3 gives five outcomes, "
        "each with its 'How we will know' lines naming the actions they check; each action in "
        "Part 4 has a 'For outcome' line and a WHO line but no time; the times are in Part 5, a "
        "plain-text grid of the rest of the autumn term, the Christmas holidays and the spring "
        "weeks up to the review, marked D (every day), W (every week), F (every two weeks) or X "
        "(done by the end of that column). The drug service reports on capacity to change, the GP "
        "owns an action, the grandmother's help has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
BADDERSFOLD COUNCIL - CHILDREN'S SERVICES                 CASE RECORD PRINT
CHILD PROTECTION PLAN (INITIAL CONFERENCE)                Printed 11/11/2025 09:42
==================================================================================
Child ............ Callum MULQUEEN, DOB 15/04/2015 (10), Year 6, Baddersfold Park
                   Primary (EHC plan)
Address .......... 27 Foundry Terrace, Baddersfold BF2 5JN
Lives with ....... Gary Mulqueen (Dad, 46), his only carer since Callum's mum,
                   Nicola, died in 2021
Grandmother ...... Irene Mulqueen (71), paternal grandmother, 8 Clough Lane,
                   Baddersfold (a bungalow, ten minutes away)
Aunt ............. Tracey Dunn (42), Gary's sister, Baddersfold
Callum's health .. Duchenne muscular dystrophy. Walks a few steps indoors and
                   uses a powered wheelchair outside and at school. Needs his
                   steroid (deflazacort) every morning without a break,
                   stretches twice a day, night splints, and heart and lung
                   checks at Northfell Children's Hospital
Category ......... Neglect
Conference ....... Monday 10/11/2025. Chair: Joanne Whitely (IRO)
Social worker .... Kerry Wild, Disabled Children's Team (TM: Owen Bright)
==================================================================================

1. WHY CALLUM HAS A PLAN

Gary has been on a methadone script from the Baddersfold Drug and Alcohol
Service (BDAS) since 2016. In September 2025 two of his urine tests were
positive for heroin, and on 02/10/2025 the school transport escort found him
asleep on the sofa at 3.30pm and could not wake him; Callum had let himself in
and was hungry. The school found in October that Callum had gone three days
without his steroid because the prescription had run out, which is dangerous
for him. He missed his heart clinic on 16/09/2025 and has not seen his
physiotherapist since July. His powered wheelchair broke in September and was
not reported, so Callum stayed at home for most of six weeks. He sleeps on the
sofa downstairs because he can no longer manage the stairs.

2. CALLUM'S DAY AND WHAT HE SAYS

Callum was seen on his own at school on 05/11/2025 and at home on 07/11/2025.
He loves Lego Technic and football on the telly, and he is proud of being the
class's best speller. "My legs are getting weaker but my brain isn't." About
home: "Dad falls asleep a lot. Sometimes I don't get my tablet because he
forgets, and I don't want to wake him. When Dad's asleep I make a sandwich
and wait." About what he wants: "I want to stay with Dad, but I want him to
stop the bad stuff. I like going to Nana Irene's because she has a ramp and I
can go in my chair everywhere." He said he would like his own bedroom
downstairs "with a proper bed, not the sofa".

3. OUTCOMES FOR CALLUM, AND HOW WE WILL KNOW
----------------------------------------------------------------------------------
Each action in part 4 says which outcome it is for. The HOW WE WILL KNOW lines
under that outcome are how the action will be checked, and say which actions
they check.

O1  Callum has his steroid every morning, his stretches twice a day and his
    night splints every night, so that his muscles and bones stay as strong
    as they can.
    HOW WE WILL KNOW
    - the medicine chart is signed every day and the SW's tablet count matches
      it at each visit (A1, A2)
    - Helen Tarrant's visit letters say the splints fit and are being worn, and
      Ben Oduya's notes say the stretches are being done at home and at school
      and Callum's ankle range has not got worse (A4, A5)

O2  Callum gets to every hospital appointment.
    HOW WE WILL KNOW
    - the clinic letters from his heart appointment on 03/12/2025 and his
      neuromuscular clinic on 20/01/2026 are copied to the SW (A6)

O3  Callum is looked after by a dad who is not using heroin and who is awake
    and able to help him every day.
    HOW WE WILL KNOW
    - BDAS's written report before each core group shows every urine test
      negative for heroin from 01/12/2025 and gives Sanjay Dhillon's view of
      whether Gary can make the changes Callum needs and how long that is
      likely to take (A3)
    - the GP's letter with Gary's prescribing record is on file, and any missed
      pick-up is reported within two working days (A11)
    - at every unannounced visit the SW finds Gary awake and sober (A1)

O4  Callum gets about in a chair that works, goes to school every day and
    sleeps in a proper bed.
    HOW WE WILL KNOW
    - the wheelchair service's job sheet shows the chair repaired, and a loan
      chair is seen at home until then (A9)
    - the school register shows 95% or more each half term, and each day he
      arrives without his steroid is reported the same day (A7)
    - the OT's written assessment of the house and the adaptations team's
      decision are on file (A10)

O5  Callum has a say in his plan and has adults he trusts to tell if things at
    home go wrong.
    HOW WE WILL KNOW
    - Callum's own words are in the SW's records and on his "My plan" sheet at
      each core group (A12)
    - Irene's diary of Tuesdays, Thursdays and Saturdays is seen by the SW at
      each visit, and Callum can show the SW Irene's number on his tablet (A8)

4. ACTIONS
----------------------------------------------------------------------------------
No dates are given here: the time for each action is in the grid in part 5.

A1   Visit Callum at home, at least one visit in two unannounced; see him on
     his own, check his medicine chart and count his tablets, and note whether
     Gary is awake and sober.
     FOR OUTCOMES O1 and O3
     WHO: Kerry Wild, social worker (SW)

A2   Give Callum his deflazacort and vitamin D each morning, do his stretches
     with him morning and evening, put his night splints on at bedtime, and
     sign the chart each time.
     FOR OUTCOME O1
     WHO: Gary Mulqueen (Dad)

A3   Supervised methadone, key-work and a urine test with Gary; a written
     report before each core group on whether he has stopped using heroin,
     whether he can make the changes Callum needs, and how long that is likely
     to take.
     FOR OUTCOME O3
     WHO: Sanjay Dhillon, recovery worker, Baddersfold Drug and Alcohol Service

A4   Home visit to check Callum's splints, his stretches and any side effects
     of his steroid, and show Gary and Irene the stretching routine again.
     FOR OUTCOME O1
     WHO: Helen Tarrant, neuromuscular clinical nurse specialist, Northfell
     Children's Hospital

A5   Go through Callum's stretching programme with him at school, and check it
     with Gary at home.
     FOR OUTCOME O1
     WHO: Ben Oduya, children's physiotherapist, Baddersfold Community
     Children's Services

A6   Take Callum to his heart clinic on 03/12/2025 and his neuromuscular
     clinic on 20/01/2026, with Irene driving.
     FOR OUTCOME O2
     WHO: Gary Mulqueen (Dad), with Irene Mulqueen

A7   Record Callum's attendance, give him his drinks and toileting help as his
     EHC plan says, and phone the SW the same day if he is absent without a
     reason or arrives without having had his steroid.
     FOR OUTCOME O4
     WHO: Mrs Alison Fenwick, DSL, Baddersfold Park Primary

A8   Have Callum after school on Tuesdays and Thursdays and all day on
     Saturdays, and write each visit in her diary.
     FOR OUTCOME O5
     WHO: Irene Mulqueen (paternal grandmother)

A9   Repair Callum's powered wheelchair, and lend him a chair until it is
     fixed.
     FOR OUTCOME O4
     WHO: Paul Ashby, engineer, Baddersfold Wheelchair Service

A10  Assess the house for a downstairs bedroom and wet room for Callum, and
     send the report to the SW and the council's adaptations team.
     FOR OUTCOME O4
     WHO: Rhiannon Keyes, occupational therapist, Baddersfold Children's
     Disability Team

A11  Send the SW Gary's prescribing record, and tell the SW within two working
     days if he misses a methadone pick-up.
     FOR OUTCOME O3
     WHO: Dr Farid Hussain, GP, Northgate Surgery

A12  Sessions with Callum using his "My plan" sheet, about home, his dad and
     who he can tell, and take his words to each core group.
     FOR OUTCOME O5
     WHO: Kerry Wild (SW)

5. WHEN - TERM GRID
----------------------------------------------------------------------------------
KEY  D = every day     W = every week     F = every two weeks
     X = done by the last day of that column     - = not in that column

            AUTUMN HALF TERM 2    CHRISTMAS HOLIDAYS    SPRING, TO THE REVIEW
            10/11 - 19/12/2025    20/12/25 - 04/01/26   05/01 - 09/02/2026
A1          W                     W                     W
A2          D                     D                     D
A3          W                     W                     W
A4          X                     -                     X
A5          W                     -                     W
A6          X                     -                     X
A7          D                     -                     D
A8          W                     W                     W
A9          X                     -                     -
A10         -                     -                     X
A11         X                     -                     -
A12         F                     -                     F

6. IF THINGS GO WRONG
----------------------------------------------------------------------------------
If Gary is found under the influence, asleep or hard to wake while he is
caring for Callum, or Callum misses his steroid on any morning: Kerry holds a
strategy discussion the same day and Callum goes to Irene's bungalow at 8
Clough Lane that day. If Callum has gone a day without his steroid, the school
or Irene phones Helen Tarrant the same day for advice on an emergency dose.
If Irene cannot have him (she is ill or cannot manage his care), Tracey Dunn
will have him; if neither can, Kerry arranges a placement that day with
Baddersfold short-break foster carers trained in his care.
If Gary has two urine tests positive for heroin after 01/12/2025, or misses
three methadone pick-ups, Kerry will ask Owen Bright for a legal planning
meeting within five working days.

7. MEETINGS
----------------------------------------------------------------------------------
Core group ....... every four weeks, Mondays 3.30pm, Baddersfold Park Primary:
                   24/11/2025, 22/12/2025, 19/01/2026
Review CPC ....... Monday 09/02/2026, 10am, Baddersfold Town Hall
Callum's views ... Kerry will see Callum on his own before each core group and
                   bring his words to the meeting
==================================================================================
END OF PRINT
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Letter to the parents after an initial conference (father's cocaine and
#    drinking, arguments, mother's depression and anxiety), with the plan
#    attached as one table: shaded rows give the time for the rows under
#    them, "How we'll know" cells are merged down beside pairs of rows.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_brisketon_letter_to_parents_attached_shaded_time_rows_tamblyn.docx",
    "doc_title": "Letter to Kelly and Ross Tamblyn - child protection plan",
    "split": "tune",
    "actions": 17,
    "check_vmerge": 3,
    "template": "sw-letter-to-parents-after-icpc-address-block-dear-bold-paragraph-headings-why-worried-childrens-words-what-we-want-if-things-go-wrong-meetings-signed-then-attached-plan-table-shaded-time-rows-no-what-who-how-well-know-merged-down-beside-pairs",
    "description": (
        "A social worker's letter to the parents of a 6-year-old and a 2-year-old after the "
        "initial conference (the father's cocaine and weekend drinking, police call-outs to "
        "arguments, the mother's depression and anxiety), written in the second person, with the "
        "plan attached after a page break as one table. The time is given only by shaded rows "
        "('In the next four weeks - all by Tuesday 16/12/2025', 'Every week until the review "
        "conference', 'By the review conference'), and 'How we'll know' cells are merged down "
        "beside pairs of rows. Most rows are sound. Faults: the talking therapies row only treats "
        "the mother, and the cell beside it and the drug service row says only that the parents "
        "'engage well'; 'Family' keeps the children away from the father when he has used; the "
        "parenting assessment has no output; the last shaded row ('Other things agreed at "
        "conference') gives no time to its two rows; one outcome is about the parents alone; the "
        "contingency rests on the grandmother with no fallback, and nothing is said about legal "
        "planning."
    ),
    "blocks": [
        ("pr", "Brisketon City Council"),
        ("pr", "Children's Services – Safeguarding West"),
        ("pr", "Fennel House, 4 Quay Street, Brisketon BK1 4RS"),
        ("pr", "Telephone 01632 960 418"),
        ("p", ""),
        ("pl", "Kelly and Ross Tamblyn"),
        ("pl", "28 Sorrel Drive"),
        ("pl", "Brisketon BK6 2NL"),
        ("p", ""),
        ("p", "20 November 2025"),
        ("p", "Dear Kelly and Ross,"),
        ("boldp", "Harvey and Sienna's child protection plan"),
        ("p", "Thank you both for coming to the conference on Tuesday 18 November and for being so honest about "
              "how hard things have been. I know it was a long morning. As you heard, the conference decided that "
              "Harvey and Sienna need a child protection plan, under the categories of neglect and emotional "
              "abuse. I am writing to set out what was agreed, in plain words, and the plan itself is attached at "
              "the end of this letter."),
        ("boldp", "Why the conference was worried"),
        ("p", "The police have been called to your home three times since August because of arguments, each time "
              "after Ross had been drinking and using cocaine at the weekend. On 11 October Harvey rang 999 himself "
              "from his bedroom. Kelly, you told us that your depression and anxiety have been very bad since the "
              "summer, that you stopped your tablets in September and that some days you cannot get out of bed. "
              "The nursery has seen Sienna come in with a sore nappy rash several times, and when I visited on "
              "30 October the bleach was in an open cupboard under the sink and there was no stair gate."),
        ("boldp", "What Harvey and Sienna told us"),
        ("p", "Harvey talked to me on his own at school on 6 November. He said: “When Daddy is shouty I go under my "
              "duvet with my tablet really loud. I rang the police because I thought Daddy was going to hurt "
              "Mummy. I like it when Nanna Debbie comes in the morning because we get Coco Pops.” He said he "
              "wanted the shouting to stop and “Daddy to stop the white stuff”."),
        ("p", "Sienna is only just starting to put words together. At nursery she plays happily with the sand and "
              "the home corner, but she flinches and puts her hands over her ears when a door bangs. At home she "
              "followed Kelly from room to room and cried when Ross raised his voice on the phone."),
        ("boldp", "What we want for Harvey and Sienna"),
        ("bullets", [
            "Harvey and Sienna live in a home where they do not see or hear shouting or violence, and where the "
            "adults caring for them are sober.",
            "Sienna is kept safe at home: the stairs are gated, cleaning products are locked away, and her nappy "
            "area is clean and healthy.",
            "Harvey is at school every day and on time, and Sienna goes to every nursery session.",
            "Sienna's talking is checked and she gets any help she needs.",
            "Kelly feels less anxious and Ross stops using cocaine.",
        ]),
        ("boldp", "What happens next"),
        ("p", "The table attached to this letter sets out what each person agreed to do. The dates are in the "
              "shaded rows: each shaded row gives the time for all the actions below it, down to the next shaded "
              "row. The last column says how we will know each thing has worked; where one box sits beside two "
              "actions, it is for both."),
        ("boldp", "If things go wrong"),
        ("p", "If the police are called to another argument, or Ross is at home under the influence of cocaine or "
              "drink while the children are there, Ross will leave the house that night and stay with his brother "
              "Jason, Debbie will come and stay with Kelly and the children, and I will hold a strategy discussion "
              "with the police the same day."),
        ("boldp", "Meetings"),
        ("p", "The core group (you both, Debbie, me and the professionals in the table) will meet every four weeks "
              "on Tuesdays at 10am at Sorrel Drive Children's Centre: the first is on 2 December, then 30 December "
              "and 27 January. The review child protection conference will be on Tuesday 10 February 2026 at 1pm "
              "at Brisketon Civic Centre."),
        ("p", "If anything in this letter is not clear, or you think something is wrong, please ring me on the "
              "number above. You can also ask your advocate, Sam Whitley, to go through it with you."),
        ("p", "Yours sincerely,"),
        ("pl", "Nicole Varley"),
        ("pl", "Social Worker, Safeguarding West"),
        ("p", "Copy to: everyone named in the attached plan; Anita Ruddock, Independent Reviewing Officer."),
        ("pagebreak",),
        ("h1", "Attached: Harvey and Sienna's plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "How we'll know"],
            "widths": [1.0, 7.4, 3.8, 4.8],
            "rows": [
                ["IN THE NEXT FOUR WEEKS – all by Tuesday 16/12/2025", H, H, H],
                ["1", "Book and go to a first appointment at Brisketon Drug and Alcohol Service",
                 "Ross Tamblyn (Dad)",
                 "Ross shows Nicole the appointment letter, and the service confirms he went"],
                ["2", "Fit a stair gate and cupboard locks, and move the bleach and tablets out of Sienna's reach",
                 "Wendy Carr, family support worker",
                 "Nicole sees the gate and locks fitted and the cupboards locked at her next visit"],
                ["3", "Review Kelly's medication with her and send Nicole a letter about her health",
                 "Dr Sarah Quayle, GP, Sorrel Drive Health Centre",
                 "GP letter on the children's file"],
                ["EVERY WEEK UNTIL THE REVIEW CONFERENCE – from 18/11/2025 to Tuesday 10/02/2026", H, H, H],
                ["4", "Visit Harvey and Sienna at home, one visit in two unannounced; see Harvey on his own and see "
                      "Sienna's cot and nappy area",
                 "Nicole Varley, social worker",
                 "Visit notes show both children seen every week, with Harvey's own words written down"],
                ["5", "CBT sessions for Kelly's anxiety and low mood",
                 "Amy Rusk, therapist, Brisketon Talking Therapies",
                 "Kelly and Ross engage well with their support"],
                ["6", "Key-work sessions with Ross about his cocaine and drinking",
                 "Lee Parr, recovery worker, Brisketon Drug and Alcohol Service",
                 V],
                ["7", "Come round at 8am each weekday to help get Harvey to school and Sienna to nursery",
                 "Debbie Hollis (Kelly's mum)",
                 "Debbie writes in the home book each time she comes; Nicole reads it at every visit"],
                ["8", "Have Harvey and Sienna to stay at her flat every Saturday night",
                 "Debbie Hollis (Kelly's mum)",
                 V],
                ["9", "Check Harvey's attendance and how he is each day, and ring Nicole the same day with any worry",
                 "Mr Tom Allsop, DSL, Sorrel Drive Primary",
                 "Each setting emails Nicole every Friday with the week's attendance; any worry is phoned through "
                 "the same day and logged"],
                ["10", "Check Sienna's attendance, her nappy area and how she is at each nursery session",
                 "Bev Crane, Sienna's key worker, Little Wrens Nursery",
                 V],
                ["11", "Make sure Harvey and Sienna are never looked after by Ross when he has used drugs or had a "
                       "drink",
                 "Family",
                 "Nicole asks at each unannounced visit who has been looking after the children, and checks with "
                 "Harvey when she sees him alone"],
                ["BY THE REVIEW CONFERENCE – Tuesday 10/02/2026", H, H, H],
                ["12", "Complete a parenting assessment of Kelly and Ross",
                 "Nicole Varley, social worker",
                 "–"],
                ["13", "Go to the Freedom Programme at Brisketon Family Hub",
                 "Kelly Tamblyn (Mum)",
                 "Certificate of attendance shown to Nicole"],
                ["14", "Refer Ross to the Brisketon Change domestic abuse programme and agree a start date",
                 "Nicole Varley, social worker",
                 "Acceptance letter with the start date on file"],
                ["15", "Check Sienna's speech and language, and refer her for therapy if she needs it",
                 "Jo Patel, health visitor",
                 "Speech and language check written up and shared with Nicole; referral letter on file if made"],
                ["OTHER THINGS AGREED AT CONFERENCE", H, H, H],
                ["16", "Help Kelly and Ross apply for a transfer to a house with a garden",
                 "Wendy Carr, family support worker",
                 "Housing application reference on file"],
                ["17", "Hold a family group conference with both sides of the family",
                 "Nicole Varley, social worker",
                 "A written family plan shared with everyone who came"],
            ],
        }),
    ],
    "findings": [
        F("F002", "Kelly feels less anxious and Ross stops using cocaine."),
        F("H001", "CBT sessions for Kelly's anxiety and low mood"),
        F("M002", "CBT sessions for Kelly's anxiety and low mood"),
        F("M002", "Key-work sessions with Ross about his cocaine and drinking"),
        F("W002", "Make sure Harvey and Sienna are never looked after by Ross"),
        F("M001", "Complete a parenting assessment of Kelly and Ross"),
        F("T001", "Help Kelly and Ross apply for a transfer to a house"),
        F("T001", "Hold a family group conference with both sides of the family"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth initial conference plan: a 20-year-old care leaver with
#    depression and a history of self-harm, her partner's daily cannabis
#    use, his mother's help. Word plan printed to PDF with a page header and
#    footer: four stages (before the birth, on the ward, the first 28 days
#    at home, other work), owners in bold "will:" lead-ins with numbered
#    actions 1.1, 1.2 ..., a checks list after each stage; the last stage has
#    no time. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_bessleigh_prebirth_owner_lead_ins_stage_checks_royce.pdf",
    "doc_title": "Pre-birth Child Protection Plan - baby of Chantelle Royce",
    "split": "tune",
    "actions": 18,
    "template": "prebirth-icpc-plan-printed-to-pdf-page-header-footer-details-list-why-babys-world-parents-views-outcomes-then-four-stages-timed-in-stage-headings-owners-in-bold-will-lead-ins-numbered-1-1-actions-checks-list-after-each-stage-by-number-contingency-meetings-and-legal-planning",
    "description": (
        "Pre-birth plan for the baby of a 20-year-old care leaver with depression and a history "
        "of self-harm, whose partner smokes cannabis every day; his mother will help. A Word plan "
        "printed to PDF with a page header and footer, in four stages whose headings carry the "
        "time (by 36 weeks; before discharge from the maternity unit; the first 28 days at home); "
        "owners are given once in bold 'will:' lead-ins with numbered actions under them, and a "
        "'Checks' list by number follows each stage. Most actions are sound. Faults: the "
        "perinatal team's antenatal row only offers appointments for low mood, checked by the "
        "mother's 'engagement'; the pre-birth assessment is left out of the Stage 1 checks; "
        "'Everyone working with the family' and 'The family' own an action each; the drug "
        "service's postnatal row is checked only by being 'reviewed at core group'; Stage 4 'Other work "
        "agreed at the conference' has no time at all; the contingency has no real trigger, only 'consider' "
        "as a response, and no fallback if the paternal grandmother cannot help."
    ),
    "header": "OFFICIAL-SENSITIVE – Bessleigh County Council – Pre-birth Child Protection Plan",
    "footer": "Baby of Chantelle Royce – plan agreed 19/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Bessleigh County Council · Children's Services · Bessleigh South Safeguarding Team"),
        ("kv", [
            ("Unborn baby", "Baby of Chantelle Royce; due 20/01/2026 (31 weeks at the conference)"),
            ("Mother", "Chantelle Royce (20). Care leaver (looked after by Bessleigh from 13 to 18); "
                       "depression and a history of self-harm"),
            ("Father", "Connor Mabey (23)"),
            ("Address", "Flat 5, Quarry View, Bessleigh BS9 3PD (one bedroom)"),
            ("Paternal grandmother", "Tracy Mabey (47), 40 Hawksmoor Road, Bessleigh"),
            ("Category", "Neglect (unborn)"),
            ("Initial conference", "Wednesday 19/11/2025. Chair: Rebecca Lowde (IRO)"),
            ("Social worker", "Priya Nandra (team manager: Dawn Keeble)"),
        ]),
        ("h1", "Why the baby needs a plan"),
        ("p", "Chantelle has depression and self-harmed by cutting in 2023 and in March 2025. She stopped her "
              "sertraline when she found out she was pregnant and has missed two of her five antenatal "
              "appointments. Connor smokes cannabis every day and told the midwife he “can't sleep without it”. "
              "In 2024 the police were called to Connor's flat after an argument with his former partner, who "
              "said he had pushed her; no charges were brought. The flat is damp and there is nothing ready for "
              "the baby."),
        ("h1", "The baby's world"),
        ("p", "At the 20-week scan the baby was growing well. Chantelle says the baby kicks most in the evening "
              "“when it's quiet”, and that she talks to the bump when Connor is at work. At the home visit on "
              "12/11/2025 the living room smelt strongly of cannabis and the only heating was a fan heater. The "
              "baby will sleep in the same room as both parents; there is space for a cot beside the bed."),
        ("h1", "What Chantelle and Connor say"),
        ("p", "Chantelle said she wants to be “the mum I never had” and is frightened the baby will be taken "
              "because she was in care. Connor said he will cut down his cannabis before the baby comes and smoke "
              "only outside. Both agreed to the plan."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home to a warm flat with a cot, sleeping on her or his back in a "
            "smoke-free room.",
            "The baby is fed, changed and comforted by parents who notice what she or he needs and respond.",
            "The baby is never cared for by an adult who is under the influence of cannabis or too unwell to "
            "look after a baby.",
            "The baby is seen by a professional at least twice a week in the first month at home, and gains "
            "weight steadily.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan is in four stages. The time for every action is in the stage's heading. The person or "
              "service responsible is named once, in bold, above the actions they will do. After each stage "
              "there is a list of checks, by action number."),
        ("h2", "Stage 1 – Before the baby is born: everything here done by 36 weeks, Tuesday 23/12/2025"),
        ("boldp", "The social worker, Priya Nandra, will:"),
        ("pi", "1.1 Visit Chantelle and Connor at home every week, one visit in two unannounced, and see where the "
               "baby will sleep."),
        ("pi", "1.2 Complete a pre-birth assessment of Chantelle and Connor."),
        ("boldp", "The community midwife, Laura Finch, will:"),
        ("pi", "1.3 See Chantelle at every antenatal appointment and tell Priya the same day if she misses one."),
        ("boldp", "Bessleigh Perinatal Mental Health Service (Sasha Greaves, perinatal mental health nurse) will:"),
        ("pi", "1.4 Offer Chantelle appointments every two weeks for her low mood until the baby is born."),
        ("boldp", "Chantelle's personal adviser, Mo Sadiq, Bessleigh Leaving Care Team, will:"),
        ("pi", "1.5 Help Chantelle buy a cot, a mattress, a pram and a baby bath with her leaving care grant, and "
               "get the damp in the flat reported to the landlord."),
        ("boldp", "Bessleigh Substance Misuse Service (Kyle Rowntree, recovery worker) will:"),
        ("pi", "1.6 Assess Connor's cannabis use, then see him every week with a urine test, and report before each "
               "core group on whether he has cut down and stopped smoking indoors."),
        ("boldp", "Checks for Stage 1"),
        ("pi", "1.1 – Priya's visit notes show a visit every week and where the baby will sleep."),
        ("pi", "1.3 – Laura's notes are copied to Priya after each appointment; a missed appointment is reported "
               "that day."),
        ("pi", "1.4 – Chantelle's engagement with the perinatal team."),
        ("pi", "1.5 – Priya sees the cot, mattress and pram in the flat and the landlord's repair job number on "
               "file by 23/12/2025."),
        ("pi", "1.6 – Kyle's written report, with every test result, on file before each core group."),
        ("h2", "Stage 2 – On the maternity ward: before Chantelle and the baby go home"),
        ("boldp", "The midwives on Primrose Ward, Bessleigh Royal Maternity Unit (ward manager Jenny Osei), will:"),
        ("pi", "2.1 Watch and write down, on every shift, how Chantelle and Connor feed, change and settle the "
               "baby."),
        ("boldp", "The social worker, Priya Nandra, will:"),
        ("pi", "2.2 Hold a discharge planning meeting on the ward with Chantelle, Connor, Tracy, the midwife and "
               "the health visitor."),
        ("boldp", "Everyone working with the family will:"),
        ("pi", "2.3 Tell the ward and Priya the same day about any worry about how the baby is being cared for."),
        ("boldp", "Checks for Stage 2"),
        ("pi", "2.1 – The ward's baby care chart, signed each shift, is copied to Priya before discharge."),
        ("pi", "2.2 – A written discharge plan is given to everyone at the meeting."),
        ("pi", "2.3 – Each worry is logged on the baby's file on the day it is raised."),
        ("h2", "Stage 3 – The first 28 days at home, from the day the baby comes home"),
        ("boldp", "The social worker, Priya Nandra, will:"),
        ("pi", "3.1 Visit twice a week, at least one visit unannounced, and see the baby awake and where the baby "
               "sleeps."),
        ("boldp", "The health visitor, Abi Northcott, will:"),
        ("pi", "3.2 Visit every week, weigh the baby and check that the baby is put down to sleep on her or his "
               "back in the cot."),
        ("boldp", "Tracy Mabey (Connor's mum) will:"),
        ("pi", "3.3 Stay at the flat for the first five nights and help with the night feeds."),
        ("pi", "3.4 Come to the flat every afternoon from 2pm to 6pm for the rest of the first month."),
        ("boldp", "The family will:"),
        ("pi", "3.5 Make sure the baby is never left alone with Connor when he has smoked cannabis."),
        ("boldp", "Bessleigh Substance Misuse Service (Kyle Rowntree) will:"),
        ("pi", "3.6 Carry on the weekly key-work sessions with Connor."),
        ("boldp", "Bessleigh Perinatal Mental Health Service (Sasha Greaves) will:"),
        ("pi", "3.7 See Chantelle at home in the baby's first week and then every two weeks, and report to each "
               "core group on how her mood is affecting her care of the baby, whether she can make the changes "
               "the baby needs and how long that is likely to take."),
        ("boldp", "Checks for Stage 3"),
        ("pi", "3.1 – Priya's visit notes show two visits a week and the baby seen awake."),
        ("pi", "3.2 – The baby's weight is plotted in the red book every week and is back to birth weight by 14 "
               "days."),
        ("pi", "3.3 and 3.4 – Tracy signs the night feed chart and the visitors' sheet on the fridge; Priya checks "
               "both at each visit."),
        ("pi", "3.5 – At each unannounced visit Priya asks who has been looking after the baby, and writes it down."),
        ("pi", "3.6 – Connor's cannabis use is reviewed at core group."),
        ("pi", "3.7 – Sasha's written report on file two days before each core group."),
        ("h2", "Stage 4 – Other work agreed at the conference"),
        ("boldp", "The social worker, Priya Nandra, will:"),
        ("pi", "4.1 Refer Connor to the Bessleigh Caring Dads programme."),
        ("boldp", "Mo Sadiq, personal adviser, will:"),
        ("pi", "4.2 Help Chantelle and Connor apply for a two-bedroom flat with Bessleigh Housing."),
        ("boldp", "Checks for Stage 4"),
        ("pi", "4.1 – Caring Dads acceptance letter, with Connor's start date, on file."),
        ("pi", "4.2 – Housing register number on file."),
        ("h1", "If things go wrong"),
        ("p", "If there are concerns about the baby's care after the birth, the core group will meet and consider "
              "whether a strategy discussion is needed. Tracy has said she will help in any way she can."),
        ("h1", "Meetings and legal planning"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 11am, Quarry View Family Hub: 03/12/2025, 07/01/2026 "
            "and 04/02/2026, and also within ten working days of the baby's birth.",
            "Review child protection conference: Wednesday 18/02/2026, 10am, Bessleigh County Hall.",
            "A legal planning meeting was held on 12/11/2025. If the pre-birth assessment finds that the baby "
            "could not be safely cared for at home, or Chantelle and Connor do not take part in it, Priya will "
            "ask Dawn Keeble to reconvene the legal planning meeting before 36 weeks to decide whether to start "
            "pre-proceedings under the PLO.",
        ]),
    ],
    "findings": [
        F("M001", "Complete a pre-birth assessment of Chantelle and Connor."),
        F("H001", "Offer Chantelle appointments every two weeks for her low mood"),
        F("M002", "Offer Chantelle appointments every two weeks for her low mood"),
        F("W002", "Tell the ward and Priya the same day about any worry"),
        F("W002", "Make sure the baby is never left alone with Connor"),
        F("M002", "Carry on the weekly key-work sessions with Connor"),
        F("T001", "Refer Connor to the Bessleigh Caring Dads programme."),
        F("T001", "Help Chantelle and Connor apply for a two-bedroom flat"),
        F("C002"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan for three children whose mother is on an adult
#    psychiatric ward under section 3 after a manic episode; their father
#    works nights, the grandmother and an aunt help. Markdown: action tables
#    with Ref / What / Who only, under time headings (next four weeks, before
#    Mum's first overnight leave, every week, "when Louise feels ready"),
#    success criteria in an appendix table keyed by reference. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b117_biddlecote_mum_on_ward_time_headings_appendix_criteria_ridley.md",
    "split": "tune",
    "actions": 17,
    "template": "icpc-markdown-plan-details-table-why-mum-in-hospital-childrens-words-outcomes-then-ref-what-who-tables-under-time-headings-next-four-weeks-before-overnight-leave-every-week-when-ready-then-appendix-success-criteria-table-by-ref-contingency-meetings",
    "description": (
        "Initial conference plan for a 14-year-old, a 9-year-old and a 4-year-old whose mother, "
        "who has bipolar disorder, left them alone overnight during a manic episode and is now on "
        "an adult psychiatric ward under section 3; their father works nights, the maternal "
        "grandmother and an aunt help. A Markdown plan whose action tables have only Ref, What "
        "and Who columns, each under a heading that gives the time ('A. Next four weeks - all by "
        "Friday 19/12/2025', 'B. Before Louise's first overnight leave', 'C. Every week until the "
        "review conference'), with the success criteria in an appendix table keyed by reference. "
        "Most rows are sound. Faults: a passive row with no owner; the ward consultant only treats "
        "and plans discharge, and the criterion is that Louise is 'well enough'; the ward visits "
        "are only 'going well'; the talk with each child before Mum comes home is left out of the "
        "appendix; 'The family' keeps the eldest from being left in charge; section D is timed "
        "only 'when Louise feels ready'; one outcome is the mother's alone; the contingency leans "
        "on the grandmother with no fallback; the review conference date is to be confirmed."
    ),
    "text": """\
# Child Protection Plan: Freya, Noah and Rosie Ridley

*Biddlecote Borough Council, Children's Services, Locality Safeguarding Team East*

| | |
|---|---|
| Children | Freya Ridley (14), DOB 02/02/2011, Year 10, Biddlecote Academy; Noah Ridley (9), DOB 17/08/2016, Year 5, Biddlecote Junior School; Rosie Ridley (4), DOB 09/05/2021 |
| Home | 61 Weaver Street, Biddlecote BD7 2EX |
| Mother | Louise Ridley (36). Bipolar disorder. On Bellmoor Unit, Biddlecote General Hospital (adult acute ward), under section 3 since 28/10/2025 |
| Father | Aaron Ridley (38). Works nights, Monday to Wednesday, at the Lowfield distribution centre |
| Maternal grandmother | Pat Gorton (66), 3 Mill Brow, Biddlecote |
| Paternal aunt | Kim Ridley (35), Biddlecote |
| Category | Neglect (all three children) |
| Initial conference | Thursday 20/11/2025. Chair: Graham Pell (IRO) |
| Social worker | Jas Bhandal (team manager: Orla Fitzgerald) |

## Why the children have a plan

Louise has had bipolar disorder since she was 22 and has been in hospital three times before. In October she
stopped sleeping, spent £2,000 on a credit card in two days and started talking about driving to Scotland. On the
night of 26/10/2025, while Aaron was at work, she left the house at about 11pm and did not come back. Freya looked
after Noah and Rosie until Aaron came home at 6am; Rosie had been sick and Freya had cleaned her up. Louise was
found by the police the next day at a motorway service station and was admitted to Bellmoor Unit.

Since then Aaron has been working his night shifts and Freya has been in charge at home on three nights a week,
with Pat coming when she can. Noah has missed nine days of school since half term, and Freya fell asleep in two
lessons last week.

## What the children told us

**Freya** (seen on her own at school, 13/11/2025): "I'm used to it. I do Rosie's bath and get Noah to bed. I just
lie awake listening in case Rosie wakes up. I miss Mum but I'm scared of her coming home in case it happens
again." She wants to know what the warning signs are "so I'm not the last to know".

**Noah** (seen on his own at home, 11/11/2025): "Mum went really fast and silly and then she went away. I don't go
to school on the days Freya's too tired to take me." He would like to see his mum "but not in the hospital with
the locked doors".

**Rosie** (seen at home, 11/11/2025) carried a photo of her mum around the house and gave it to the social worker
to hold. She went to Freya, not Aaron, when she bumped her knee, and asked "Mummy come back?" twice.

## What we want for Freya, Noah and Rosie

1. Freya, Noah and Rosie are looked after by an adult every night, and Freya is never left in charge of her brother
   and sister.
2. Noah is at school every day and Rosie goes to nursery every morning.
3. The children see their mum safely while she is in hospital, and understand her illness in a way that fits their
   age.
4. Louise gets well and comes home.
5. Freya and Noah know the early signs that their mum is becoming unwell, and know exactly who to tell.

## What will happen

The actions are in four groups. The heading of each group says when the actions in it will be done. How we will know
each action has worked is in the appendix at the end, by its reference.

### A. Next four weeks: all by Friday 19/12/2025

| Ref | What will happen | Who |
|---|---|---|
| A1 | Hold a family network meeting with Aaron, Pat, Kim and Freya to agree who looks after the children on each night Aaron works | Jas Bhandal, social worker (SW) |
| A2 | Young carer's assessment with Freya, seen away from home | Megan Tully, Biddlecote Young Carers |
| A3 | Ask his manager at the Lowfield distribution centre to move him to day shifts while Louise is in hospital | Aaron Ridley (Dad) |
| A4 | Find Rosie a place at Biddlecote Nursery School for five mornings a week | Claire Mott, Early Years Entitlement Team |
| A5 | Freya's bedroom to be cleared so she has a desk and a quiet space for homework | – |

### B. Before Louise comes home: before her first overnight leave from Bellmoor Unit

| Ref | What will happen | Who |
|---|---|---|
| B1 | Treat Louise's mania on the ward and plan her discharge | Dr Ian Maitland, consultant psychiatrist, Bellmoor Unit |
| B2 | Write a relapse and crisis plan with Louise, Aaron and Freya (her early warning signs, who to ring, where the children go), and report to each core group on Louise's insight, whether she can keep to the plan and make the changes the children need, and how long that is likely to take | Sue Okoro, care co-ordinator, Biddlecote Community Mental Health Team |
| B3 | Take Freya, Noah and Rosie to see their mum on the ward twice a week, and stay with them for the visit | Pat Gorton (maternal grandmother) |
| B4 | See Freya, Noah and Rosie each on their own to ask what they want to happen when Mum comes home and what worries them | Jas Bhandal (SW) |

### C. Every week until the review conference

| Ref | What will happen | Who |
|---|---|---|
| C1 | Visit the children at home, one visit in two unannounced, and see each child on their own | Jas Bhandal (SW) |
| C2 | Stay at 61 Weaver Street overnight on the nights Aaron works (Monday to Wednesday) | Pat Gorton (maternal grandmother) |
| C3 | Take Rosie to nursery and collect Noah from school on Thursdays and Fridays | Kim Ridley (paternal aunt) |
| C4 | Check Noah's attendance and how he is each day, and ring Jas the same day with any worry | Mrs Helen Brady, DSL, Biddlecote Junior School |
| C5 | Meet Freya every Wednesday with her pastoral lead, and tell Jas the same day if she says she has been left in charge at night | Mr Ravi Sandhu, DSL, Biddlecote Academy |
| C6 | Make sure Freya is never left in charge of Noah and Rosie overnight | The family |

### D. When Louise feels ready

| Ref | What will happen | Who |
|---|---|---|
| D1 | Go to the Biddlecote bipolar education group | Louise Ridley (Mum) |
| D2 | Family sessions for Louise, Aaron and the children about Mum's illness | Dr Nina Rahman, family therapist, Biddlecote CAMHS |

## If things go wrong

If Louise shows her early warning signs after she comes home (not sleeping, spending, talking very fast, talking
about going away), Aaron or Freya will ring the CMHT crisis line the same day and the children will go to Pat's
house at 3 Mill Brow. If the children are left without an adult at night, or Freya is left in charge overnight, Jas
will hold a strategy discussion the same day.

If Louise becomes unwell again and the children are left without a safe adult, or Freya is left in charge overnight
again, Jas will ask Orla Fitzgerald for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Thursdays at 4pm, Biddlecote Junior School, starting on 04/12/2025.
- Review child protection conference: date to be confirmed by the conference team.

## Appendix: how we will know (success criteria by reference)

| Ref | How we will know |
|---|---|
| A1 | The written network plan, with a name against every night Aaron works, is sent to everyone by 19/12/2025 |
| A2 | Freya's young carer's plan, with her own words in it, is on file |
| A3 | A letter from Aaron's employer confirming day shifts, or saying why not, is seen by Jas |
| A4 | Rosie's name is on the nursery register |
| A5 | Jas sees Freya's desk set up in her room |
| B1 | Louise is well enough to come home |
| B2 | The crisis plan is on file and pinned up at home; Sue's report is on file two days before each core group |
| B3 | The children's visits to their mum are going well |
| C1 | Visit records show a visit every week and each child seen alone |
| C2 | Pat writes each night in the diary on the kitchen table, and Jas reads it at every visit |
| C3 | Kim texts Jas every Friday to say which runs she did |
| C4 | Attendance is emailed to Jas every Friday and any worry is logged on the school's system |
| C5 | School logs each Wednesday meeting; anything Freya says about nights is reported the same day |
| C6 | Jas asks each child at every visit who looked after them at night, and writes it down |
| D1 | Certificate of attendance from the group |
| D2 | Dr Rahman's letter to Jas after the sessions |
""",
    "findings": [
        F("F002", "Louise gets well and comes home."),
        F("W001", "Freya's bedroom to be cleared so she has a desk"),
        F("H001", "Treat Louise's mania on the ward and plan her discharge"),
        F("M002", "Treat Louise's mania on the ward and plan her discharge"),
        F("M002", "Take Freya, Noah and Rosie to see their mum on the ward"),
        F("M001", "See Freya, Noah and Rosie each on their own to ask"),
        F("W002", "Make sure Freya is never left in charge of Noah and Rosie"),
        F("T002", "Go to the Biddlecote bipolar education group"),
        F("T002", "Family sessions for Louise, Aaron and the children about Mum's illness"),
        F("C003"),
        F("R001"),
    ],
})
