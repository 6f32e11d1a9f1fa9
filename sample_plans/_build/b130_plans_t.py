"""Batch 130, module t: seven fictional plans (held-out material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: ordinary plans by experienced practitioners, each in their own local
template and voice, for families where relatives help and a parent has
mental ill health or uses substances. Two things are written in many natural
ways: the fallback if family help fails (a per-person If / Then table with
"Should Pauline be unable..." and "When Des is away...", "should Bev be
unable to stay" and "where Chantelle cannot", "If Shan is poorly", "When
Grandad is away" and "If Jo is poorly", "Where Pat cannot supervise", "If the
arrangement with Auntie Sue breaks down"), and what the mental health
practitioners are asked for (a written view at each core group on whether
the changes are holding and how long, a prognosis on whether she can sustain
her recovery, a written opinion on relapse risk and how soon she could care
alone, an update on recovery and what it means for the children with an
estimate of how long, whether panic is easing enough and how many more weeks,
a handover view on readiness and likely recovery time, an estimate of how
long before a father can care alone at night).

Five are exemplary (no findings): a landscape Word ICPC plan with outcomes
merged down the first column and an If / Then contingency table (plan 1); a
pre-birth plan printed to PDF with one table per stage (plan 3); a social
worker's letter to both parents after a review conference, printed to PDF
(plan 4); a Markdown review plan of owner-first bullets grouped by person
(plan 5); a plain-text core group plan of numbered actions each with a
"Check:" line (plan 7). Two carry a realistic mix of faults among mostly
good rows: a Word core group plan (plan 2: no fallback for the aunt's school
runs or the grandmother's Fridays, a talking therapies row that only treats,
an "Ongoing" timescale, "Family" as owner, a feeling as the measure, an
outcome only for the mother) and a Markdown ICPC table (plan 6: a trauma
therapy row that only treats, "engagement" as a measure, a "-" owner, "When
she feels ready", and the review conference "to be arranged").

Counting actions (convention 1): every live row of an action table and every
bullet or numbered item of an action section is one action; outcome cells
merged down a table, If / Then contingency tables, the contingency, the
children's views and meeting dates are not actions. None of these plans has
an action already done.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, mother with bipolar disorder who stopped her
#    lithium, a 7-year-old and a 2-year-old; grandparents do school runs and
#    nights, an aunt is the back-up. Landscape Word table, outcomes merged
#    down the first column, If / Then contingency table with a row per
#    relative. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_tarrowby_icpc_merged_outcome_landscape_halloran.docx",
    "doc_title": "Child Protection Plan - Kai and Rosie Halloran",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-landscape-word-plan-details-list-why-childrens-words-then-outcome-merged-down-first-column-what-will-happen-who-when-how-we-will-know-then-if-then-contingency-table-one-row-per-relative-core-group-dates",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 2-year-old whose mother has "
        "bipolar disorder, stopped her lithium and left the children alone at night. A landscape "
        "Word table with each outcome merged down the first column. The care co-ordinator gives "
        "a written view at each core group on whether the changes are holding and how long that "
        "will take, the psychiatrist writes a prognosis on whether she can sustain her recovery, "
        "the GP owns the lithium bloods; the grandfather's school runs and the grandmother's "
        "nights have their own rows in an If / Then contingency table ('Should Pauline be "
        "unable...', 'When Des is away...') with the aunt and then foster carers behind them; "
        "legal planning follows named triggers; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Initial Child Protection Conference – Child Protection Plan"),
        ("p", "Tarrowby Metropolitan Borough Council · Children's Social Care · Safeguarding and Support Team East"),
        ("kv", [
            ("Children", "Kai Halloran (7), DOB 02/03/2018, Year 3, Saltmarsh Lane Primary; Rosie Halloran (2), "
                         "DOB 19/08/2023, Little Owls Nursery"),
            ("Address", "Flat 4, 19 Gannet Walk, Tarrowby TW3 8QP"),
            ("Mother", "Shauna Halloran (29), sole carer"),
            ("Father", "Dean Cartwright (31), lives in Brindlecombe; phones the children on Sundays and does not "
                       "care for them"),
            ("Maternal grandparents", "Pauline and Des Halloran, 11 Pitt Street, Tarrowby (five minutes by car)"),
            ("Maternal aunt", "Gemma Styles, 40 Orchard Rise, Tarrowby"),
            ("Category", "Neglect (both children)"),
            ("Conference", "Initial child protection conference, 14/10/2025, Tarrowby Town Hall. Chair: Anjali "
                           "Rao (IRO)"),
            ("Social worker", "Callum Frost (team manager: Beverley Nunn)"),
        ]),
        ("h1", "Why Kai and Rosie need a plan"),
        ("p", "Shauna has bipolar affective disorder and had been well on lithium for three years. In August 2025 "
              "she stopped taking it because she felt flat. By September she was sleeping two or three hours a "
              "night, talking very fast and spending money she did not have. On 19/09/2025 she went out at 11pm "
              "to a party and left Kai, who is seven, in charge of Rosie. A neighbour heard Rosie screaming and "
              "called the police, who found Kai trying to give her a bottle. Shauna was on Aspen Ward at "
              "Tarrowby General Hospital from 22/09/2025 to 01/10/2025 and the children stayed with their "
              "grandparents. She is back on lithium and is seen at home by the community mental health team."),
        ("p", "Pauline, Des and Gemma came to the conference and have each agreed a part in the plan. Shauna "
              "agrees with the plan. She said: “I don't ever want Kai to have to do that again.”"),
        ("h1", "What Kai and Rosie have told us"),
        ("p", "Kai (seen on his own at school, 08/10/2025): “When Mum doesn't sleep she talks really fast and "
              "laughs at things that aren't funny, and then I have to look after Rosie. I like it when Grandad "
              "walks me to school because we look at the ducks.” He gave home 5 out of 10 and said a 10 would "
              "be “Mum being normal and Nanna staying sometimes”. He asked whether his mum would have to go "
              "back to hospital."),
        ("p", "Rosie is two and says a few words. On the home visit of 09/10/2025 she ran to Pauline at the door, "
              "then brought Shauna a book and sat on her knee to look at it. At nursery her key worker has seen "
              "her play at putting a doll to bed and telling it “Kai do it”. She has arrived clean, dressed and "
              "fed on every nursery day since 01/10/2025."),
        ("h1", "The plan"),
        ("p", "Each outcome for Kai and Rosie is written once, in the first column, beside the actions that work "
              "towards it."),
        ("table", {
            "header": ["What we want for Kai and Rosie", "What will happen", "Who", "When", "How we will know"],
            "widths": [4.6, 7.4, 4.2, 4.0, 5.5],
            "rows": [
                ["1. Kai and Rosie are looked after every day and night by an adult who is well enough to keep "
                 "them safe, fed and in their routine.",
                 "Visit Kai and Rosie at home, at least one visit in three unannounced, and see Kai on his own "
                 "each time",
                 "Callum Frost, social worker (SW)",
                 "Weekly from 15/10/2025 until the review conference",
                 "Visit records show both children seen every week and Kai seen alone, with what he says "
                 "written down"],
                [V,
                 "Visit Shauna at home, go through her sleep and mood diary and her early warning signs, and "
                 "give the core group a written view each time on whether she is making and holding the "
                 "changes Kai and Rosie need, and how long that is likely to take",
                 "Nadine Beckett, care co-ordinator (CPN), Tarrowby Community Mental Health Team",
                 "Every two weeks from 16/10/2025; written view two working days before each core group",
                 "Written view on the children's file before every core group, with visit dates and diary "
                 "scores"],
                [V,
                 "See Shauna in clinic and write a prognosis: how likely another relapse is, the warning signs, "
                 "what still has to change, and whether she can sustain her recovery while caring for Kai and "
                 "Rosie on her own",
                 "Dr Hamza Qureshi, consultant psychiatrist, Tarrowby Community Mental Health Team",
                 "Clinic by 07/11/2025; written prognosis by 19/12/2025",
                 "Prognosis letter sent to the SW, shared at the core group on 23/12/2025 and with the review "
                 "conference"],
                [V,
                 "Take Shauna's lithium level and kidney and thyroid bloods, and tell the care co-ordinator and "
                 "the SW if a level is out of range or a test is missed, so that any slip is known before it "
                 "affects Kai and Rosie",
                 "Dr Fiona Lusk, GP, Tarrowby Lane Medical Centre",
                 "First by 24/10/2025, then every four weeks until stable and every 12 weeks after that",
                 "Result letter copied to the SW within a week of each test; a missed test reported within two "
                 "working days"],
                [V,
                 "Take her lithium every evening, fill in her sleep and mood diary, and ring Nadine if she "
                 "sleeps under five hours two nights running, so that she stays well enough to care for Kai "
                 "and Rosie",
                 "Shauna Halloran (Mum)",
                 "Every day from 14/10/2025",
                 "Diary filled in every day and seen by Nadine at each visit; lithium level in range at every "
                 "blood test"],
                ["2. Kai gets to school on time every day, and no longer has to look after Rosie or worry about "
                 "his mum on his own.",
                 "Walk Kai to school for 8.45am and collect him at 3.15pm",
                 "Des Halloran (maternal grandfather)",
                 "Monday to Friday in term time, from 15/10/2025",
                 "The school's gate sheet shows Des dropping off and collecting; the DSL's Friday email to the "
                 "SW confirms it"],
                [V,
                 "Check Kai's attendance and lateness each day, give him a check-in with his learning mentor "
                 "every Monday, and phone the SW the same day if he is absent, late or says he has been "
                 "looking after Rosie",
                 "Mrs Ruth Ainsley, DSL, Saltmarsh Lane Primary",
                 "Every school day; check-in every Monday",
                 "Attendance emailed to the SW each Friday (96% or more); check-ins and same-day calls logged "
                 "on CPOMS"],
                [V,
                 "Four sessions of direct work with Kai about his mum's illness, using a story book made for "
                 "him, so that he knows it is not his job to look after her and who he can tell",
                 "Callum Frost, SW",
                 "All four sessions by 28/11/2025",
                 "Kai's finished book kept on file; at the next visit Kai can name his three safe adults and "
                 "how to reach them"],
                ["3. Rosie is never left without a well adult at night, sleeps safely, and her development stays "
                 "on track for her age.",
                 "Stay the night at Gannet Walk every Friday and Saturday, and on any other night that Shauna or "
                 "Nadine asks because Shauna's sleep has dropped",
                 "Pauline Halloran (maternal grandmother)",
                 "Every Friday and Saturday night from 17/10/2025; other nights the same evening she is asked",
                 "Pauline signs the overnight log in the kitchen; the SW checks it at each visit against "
                 "Shauna's diary"],
                [V,
                 "Do Rosie's two-year review, then visit at home each month to check her sleep, weight and "
                 "speech",
                 "Lucy Abara, health visitor (HV)",
                 "Two-year review by 31/10/2025; a home visit every month after that",
                 "ASQ scores and any referral sent to the SW within a week of the review; a visit note to the "
                 "SW each month"],
                [V,
                 "Record Rosie's attendance, how she arrives and anything she says or shows about home, and "
                 "phone the SW the same day with any worry",
                 "Leah Fenton, key worker, Little Owls Nursery",
                 "Every session (Tuesday, Wednesday and Thursday)",
                 "Attendance and arrival sheet emailed to the SW each Friday; same-day calls logged"],
            ],
        }),
        ("h1", "If things go wrong – contingency plan"),
        ("table", {
            "header": ["If…", "Then…"],
            "widths": [8.2, 17.5],
            "rows": [
                ["Shauna shows two of her warning signs (sleeping under five hours two nights running, talking "
                 "very fast, spending sprees, going out late at night) or stops her lithium",
                 "Nadine, or the Tarrowby Home Treatment Team out of hours, sees her the same day. Kai and Rosie "
                 "go to Pauline and Des at 11 Pitt Street that evening and stay there until Nadine says Shauna "
                 "is well enough. If either child was left without an adult, Callum holds a strategy "
                 "discussion with the police the same day."],
                ["Should Pauline be unable to stay overnight (she is ill, away, or tells us it has become too "
                 "much)",
                 "Gemma stays at Gannet Walk instead, or has both children at 40 Orchard Rise. If Gemma cannot "
                 "either, Kai and Rosie sleep at Pitt Street with Des. If no family member can have them, "
                 "Callum places them together with Tarrowby foster carers that night."],
                ["When Des is away or cannot do the school run",
                 "Pauline takes and collects Kai; if she cannot, Gemma does. If none of them can, Callum books a "
                 "taxi with an escort for that day and tells Mrs Ainsley by 8.30am."],
                ["The family arrangement breaks down altogether (a falling-out, or anyone leaves the children "
                 "with Shauna overnight while she is showing warning signs)",
                 "Kai and Rosie do not stay in Shauna's sole care overnight. Callum holds a family network "
                 "meeting within five working days; until then, if no relative can stay, the children go "
                 "together to Tarrowby foster carers."],
                ["Shauna is admitted to hospital again, refuses lithium for more than three days, or Dr "
                 "Qureshi's prognosis says she cannot sustain her recovery within Kai's and Rosie's timescales",
                 "Callum asks Beverley Nunn for a legal planning meeting within five working days, to decide "
                 "whether to start the Public Law Outline."],
            ],
        }),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm at Gannet Walk Children's Centre: 28/10/2025, "
            "25/11/2025 and 23/12/2025.",
            "Review child protection conference: Tuesday 13/01/2026, 10am, Tarrowby Town Hall.",
            "Callum will see Kai on his own before every core group and bring his words, and what he has seen "
            "of Rosie, to the meeting.",
        ]),
        ("p", "Plan agreed at conference on 14/10/2025. Copies to Shauna, Pauline and Des, Gemma and every person "
              "named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Core group plan, father's heavy drinking and mother's depression, two
#    children; an aunt does the school runs and a grandmother has Friday
#    nights. Portrait Word table. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_thistlecombe_core_group_aunt_school_runs_mcbride.docx",
    "doc_title": "Child Protection Plan (core group) - Ellie-May and Jayden McBride",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-plan-portrait-word-bold-paragraph-headings-details-list-why-childrens-words-numbered-outcomes-then-no-action-lead-person-by-when-how-often-how-well-know-table-contingency-paragraph-meetings",
    "description": (
        "Core group version of the plan for a 10-year-old and a 5-year-old whose father drinks "
        "heavily and whose mother has depression and anxiety. A portrait Word plan with bold "
        "paragraph headings and a five-column table. Most rows are sound: weekly visits, the "
        "alcohol service reporting on change, the GP, the aunt's school runs, the grandmother's "
        "Fridays, the school, the family support worker. Faults: a talking therapies row that "
        "only treats the mother, the father's mutual aid group 'Ongoing', 'Family' to keep the "
        "father from sole care after drinking, a bedtime plan measured by how the girl feels, an "
        "outcome only for the mother, and a contingency (specific, with a legal step) that says "
        "nothing about the aunt or grandmother being unable to help."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Core Group Version"),
        ("p", "Thistlecombe County Council · Children and Young People's Service · Safeguarding Hub South"),
        ("kv", [
            ("Children", "Ellie-May McBride (10), DOB 27/05/2015, Year 6; Jayden McBride (5), DOB 11/12/2019, "
                         "Reception – both at Thistlecombe St Anne's C of E Primary"),
            ("Address", "8 Holloway Close, Thistlecombe TC4 2LW"),
            ("Parents", "Leanne McBride (33) and Craig McBride (36), living together"),
            ("Maternal aunt", "Nicola Birch, 15 Ashgrove, Thistlecombe"),
            ("Paternal grandmother", "Sandra McBride, 2 Mill Cottages, Eldwick Road, Thistlecombe"),
            ("Category", "Neglect"),
            ("Initial conference", "21/10/2025 (chair: Rhona Pettifer, IRO)"),
            ("This version", "Agreed at the first core group, 04/11/2025"),
            ("Social worker", "Hayley Quartermain (team manager: Anil Bhatt)"),
        ]),
        ("boldp", "Why there is a plan"),
        ("p", "Craig has drunk heavily for several years and now drinks most days, often from lunchtime. Leanne "
              "has depression and anxiety and has found it very hard to get up in the mornings since she lost "
              "her job in the spring. Ellie-May was late for school 31 times last year and was taking Jayden in "
              "herself. On 02/10/2025 Jayden was found on Eldwick Road at 4.30pm while Craig was asleep on the "
              "sofa after drinking and Leanne was at an appointment."),
        ("boldp", "What Ellie-May and Jayden say"),
        ("p", "Ellie-May (seen on her own at school, 30/10/2025): “Dad's OK in the mornings but by teatime he's "
              "different and Mum gets upset. I like Auntie Nic doing the school run because we're not late and "
              "she does my hair. At Nanna Sandra's on Fridays I can actually sleep.” She gave home 4 out of 10."),
        ("p", "Jayden (seen at home, 31/10/2025) showed Hayley his dinosaur den under the stairs and said it was "
              "“where I go when Daddy is shouty”. He said he likes “Nanna's fish fingers”."),
        ("boldp", "What we want for Ellie-May and Jayden"),
        ("numbers", [
            "Ellie-May and Jayden are cared for by a sober adult every day and every night.",
            "Both children get to school on time every day, clean and fed.",
            "Ellie-May no longer worries about her dad's drinking at bedtime, and Jayden stops hiding when his "
            "dad is home.",
            "Leanne's mood will be better and she will feel more in control.",
        ]),
        ("boldp", "What will happen"),
        ("table", {
            "header": ["No.", "Action", "Lead person", "By when / how often", "How we'll know"],
            "widths": [1.0, 5.3, 3.4, 3.1, 4.2],
            "rows": [
                ["1",
                 "Visit Ellie-May and Jayden at home, one visit in three unannounced and one a month after 5pm, "
                 "and see Ellie-May on her own",
                 "Hayley Quartermain, SW",
                 "Weekly from 05/11/2025",
                 "Visit records show both children seen each week and Ellie-May's words written down"],
                ["2",
                 "Key-work with Craig and a breath test at every session, with a written report to each core "
                 "group on whether his drinking has changed and what that means for Ellie-May and Jayden",
                 "Marcus Tolley, recovery worker, Thistlecombe Alcohol Recovery Service",
                 "Every Tuesday; report two days before each core group",
                 "Breath test results and the written report on the children's file before each core group"],
                ["3",
                 "Go to every key-work session and drink no alcohol at home or while caring for Ellie-May and "
                 "Jayden",
                 "Craig McBride (Dad)",
                 "Every day from 21/10/2025; key-work every Tuesday",
                 "Breath test reads zero at every key-work session and at every SW visit"],
                ["4",
                 "Go to the Recovery Café mutual aid group at the Tithe Barn",
                 "Craig McBride (Dad)",
                 "Ongoing",
                 "Attendance card stamped by the group leader and shown to the SW"],
                ["5",
                 "Eight sessions of guided CBT for Leanne's low mood and worry",
                 "Lucy Pim, psychological wellbeing practitioner, Thistlecombe Talking Therapies",
                 "Weekly from 06/11/2025",
                 "Attendance sent to the SW after sessions 4 and 8"],
                ["6",
                 "Review Leanne's antidepressant and write to the SW about how she is managing the children's "
                 "mornings",
                 "Dr Priti Sandhu, GP, Holloway Road Surgery",
                 "By 21/11/2025, then every eight weeks",
                 "GP letter on the children's file after each review"],
                ["7",
                 "Pick Ellie-May and Jayden up at 8.15am and take them to school",
                 "Nicola Birch (maternal aunt)",
                 "Monday to Friday in term time",
                 "School sign-in shows both children in on time; Nicola texts the SW each Friday"],
                ["8",
                 "Have Ellie-May and Jayden to stay at 2 Mill Cottages",
                 "Sandra McBride (paternal grandmother)",
                 "Every Friday night, 5pm to Saturday 11am",
                 "Sandra texts the SW each Saturday; both children talk about their Fridays at visits"],
                ["9",
                 "Make sure Craig is never left in sole care of the children after he has been drinking",
                 "Family",
                 "Every day",
                 "The children tell the SW at visits who looked after them; breath test at unannounced visits"],
                ["10",
                 "Use the calm-down plan with Ellie-May when she gets upset at bedtime",
                 "Leanne McBride (Mum), with Kim Loftus (FSW)",
                 "Every night from 05/11/2025",
                 "Ellie-May feels happier at bedtime"],
                ["11",
                 "Check both children's attendance and lateness each morning, and ring the SW the same day if "
                 "either is absent without a reason",
                 "Mr Gareth Hollins, DSL, Thistlecombe St Anne's C of E Primary",
                 "Every school day",
                 "Attendance emailed to the SW each Friday; same-day calls logged on CPOMS"],
                ["12",
                 "Six sessions with Leanne and Craig on routines and on how the drinking and arguments affect "
                 "Ellie-May and Jayden",
                 "Kim Loftus, family support worker (FSW)",
                 "Weekly from 10/11/2025, all six by 19/12/2025",
                 "Session sheets signed by both parents; a bedtime routine chart seen on the fridge at SW "
                 "visits"],
            ],
        }),
        ("boldp", "Contingency"),
        ("p", "If Craig is found to have been drinking while caring for Ellie-May and Jayden, or either child tells "
              "anyone he has, Craig will leave the house that day and stay with his brother Gary at 27 Fenton "
              "Road until Hayley has seen him sober, and Hayley will hold a strategy discussion the same day. If "
              "Leanne tells anyone she cannot cope or has thoughts of harming herself, Hayley will ask the "
              "Thistlecombe crisis team to see her the same day, and the children will stay with Sandra at Mill "
              "Cottages until Leanne has been seen."),
        ("p", "If Craig has two positive breath tests before the review conference, Hayley will ask Anil Bhatt for "
              "a legal planning meeting within five working days."),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group every four weeks, 3.30pm at Thistlecombe Family Hub: 02/12/2025 and 06/01/2026 (moved a "
            "week for Christmas).",
            "Review child protection conference: 20/01/2026, 10am, Thistlecombe Shire Hall.",
        ]),
    ],
    "findings": [
        F("F002", "Leanne's mood will be better and she will feel more in control."),
        F("T002", "Go to the Recovery Café mutual aid group"),
        F("H001", "Eight sessions of guided CBT for Leanne's low mood"),
        F("W002", "Make sure Craig is never left in sole care"),
        F("M002", "Use the calm-down plan with Ellie-May when she gets upset"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother with a history of postpartum psychosis, the
#    baby's father's past cocaine use, a 4-year-old brother; the maternal
#    grandmother moves in, a friend two doors away is the night back-up.
#    Word printed to PDF with header and footer, one table per stage.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_tenterbury_prebirth_perinatal_stage_tables_dunmore.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Dunmore and Mason Dunmore",
    "split": "heldout",
    "actions": 15,
    "template": "prebirth-plan-word-printed-to-pdf-page-header-footer-details-list-why-brothers-words-and-babys-world-outcomes-then-one-what-who-when-how-we-will-know-table-per-stage-before-birth-ward-first-eight-weeks-contingency-paragraphs-meetings",
    "description": (
        "Exemplary pre-birth plan for an unborn baby and a 4-year-old brother. The mother had "
        "postpartum psychosis after her first birth; the baby's father used cocaine at weekends "
        "until the summer. A Word plan printed to PDF with a page header and footer and one table "
        "per stage (before the birth, on the ward, the first eight weeks). The perinatal "
        "psychiatrist writes an opinion on relapse risk and how soon the mother could care alone, "
        "the perinatal CPN tells each core group whether she is sustaining her recovery, the drug "
        "service reports on change; the grandmother's nights and the friend's call-outs have a "
        "fallback ('Should Bev be unable to stay', 'where Chantelle cannot'); legal planning "
        "follows named triggers; core group and review dates are set; the brother's words and the "
        "baby's world are recorded."
    ),
    "header": "OFFICIAL-SENSITIVE – Tenterbury Borough Council – Pre-birth Child Protection Plan",
    "footer": "Baby Dunmore (due 19/01/2026) and Mason Dunmore – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Tenterbury Borough Council · Children's Services · Pre-birth and Infant Safeguarding Team"),
        ("kv", [
            ("Unborn baby", "Baby Dunmore, due 19/01/2026 (Kayleigh was 30 weeks pregnant at conference)"),
            ("Brother", "Mason Dunmore (4), DOB 03/06/2021, Hummingbird Nursery"),
            ("Mother", "Kayleigh Dunmore (24), 6 Sorrel Court, Tenterbury TN9 4EA"),
            ("Baby's father", "Aaron Fisk (27), lives with Kayleigh and Mason"),
            ("Maternal grandmother", "Bev Dunmore, 7 Kiln Row, Tenterbury; will live at Sorrel Court for six "
                                     "weeks after the birth"),
            ("Family friend", "Chantelle Ruddock, 2 Sorrel Court (two doors away)"),
            ("Paternal grandfather", "Roy Fisk, 18 Wharfside, Tenterbury"),
            ("Category", "Neglect (unborn baby and Mason)"),
            ("Conference", "Pre-birth initial child protection conference, 11/11/2025. Chair: Leonie Marwood "
                           "(IRO)"),
            ("Social worker", "Imogen Crane (team manager: Malcolm Eze)"),
        ]),
        ("h1", "Why we are planning before the baby arrives"),
        ("p", "After Mason was born in June 2021 Kayleigh developed postpartum psychosis. Within a week she "
              "believed Mason had been swapped at the hospital and did not feed him for most of a day. She spent "
              "seven weeks with him at the Larchfield Mother and Baby Unit and recovered well. She has had two "
              "episodes of depression since, the last in spring 2025, and has been well on sertraline since "
              "June. Her psychiatrist has told her the risk of psychosis returning after this birth is high "
              "unless it is planned for. Aaron used cocaine most weekends until August 2025 and says he has "
              "stopped; he works shifts at a distribution centre."),
        ("p", "Kayleigh and Aaron asked for Bev and Chantelle to be part of the plan, and both came to the "
              "conference. Kayleigh said: “I want people to catch it before I get as bad as last time. I want "
              "to be the one who looks after this baby.”"),
        ("h1", "Mason's words and the baby's world"),
        ("p", "Mason (seen on his own at nursery, 06/11/2025, with his family drawing): “That's Mummy's tummy with "
              "the baby in. Nanny Bev is coming for a really long sleepover. When Mummy was poorly before I went "
              "to Nanny's and had chips.” He said he wants to “hold the baby and give it a bottle”, and that he "
              "does not like it “when Aaron's friends come late”."),
        ("p", "The baby: at the 28-week scan on 28/10/2025 the baby was growing along the 50th centile. Kayleigh "
              "says the baby kicks after tea and when Mason sings to the bump. She has set up a Moses basket "
              "beside her bed, which the social worker saw on 07/11/2025."),
        ("h1", "What we want for the baby and Mason"),
        ("numbers", [
            "The baby is born safely and is fed, held and comforted by an adult who is well and awake, at every "
            "feed, day and night.",
            "The baby sleeps on their back in the Moses basket at every sleep and is never alone with a parent "
            "who is unwell or has used drugs.",
            "Mason keeps going to nursery and keeps his routine, and is not frightened or left to fend for "
            "himself if his mum becomes unwell.",
            "If Kayleigh's illness comes back, the baby and Mason are with a safe adult the same day and are "
            "kept together.",
        ]),
        ("h1", "The plan"),
        ("p", "There is one table for each stage. Every action has its own lead, its own time and its own check."),
        ("h2", "Stage 1 – now until the birth"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Visit Kayleigh, Aaron and Mason at home, see Mason on his own, and complete the pre-birth "
                 "assessment",
                 "Imogen Crane, social worker (SW)",
                 "Every two weeks; assessment report by 29/12/2025 (36 weeks)",
                 "Visit records; assessment report shared with the parents and the core group by 29/12/2025"],
                ["See Kayleigh every two weeks and write an opinion on her risk of becoming unwell after the "
                 "birth, the warning signs, the steps that would lower the risk, and how soon after the birth "
                 "she could safely care for the baby without another adult in the house",
                 "Dr Aisha Farouk, consultant perinatal psychiatrist, Tenterbury Perinatal Mental Health Service",
                 "Clinic every two weeks; written opinion by 19/12/2025",
                 "Opinion letter on file and discussed at the core group on 23/12/2025"],
                ["Write a relapse-prevention plan with Kayleigh, Aaron and Bev naming the warning signs each of "
                 "them will watch for, and tell each core group whether Kayleigh is keeping to it and whether "
                 "she can sustain her recovery once the baby is home",
                 "Sinead Gallagher, perinatal community psychiatric nurse (CPN), Tenterbury Perinatal Mental "
                 "Health Service",
                 "Plan by 15/12/2025 (34 weeks); a written update before each core group",
                 "Signed plan copied to the SW, midwife, HV and Bev; written update on file before each core "
                 "group"],
                ["Agree a birth plan that books a single room, keeps Kayleigh on the ward for at least 72 hours "
                 "and puts an alert on the maternity record",
                 "Jess Arkwright, specialist midwife (vulnerable women), Tenterbury General Hospital",
                 "By 15/12/2025 (34 weeks)",
                 "Birth plan on the maternity record and copied to the SW"],
                ["Key-work with Aaron and a urine screen at each session, with a written view before each core "
                 "group on whether he has stopped using cocaine and what that means for the baby's night care",
                 "Sam Ridley, recovery worker, Tenterbury Drug and Alcohol Service",
                 "Every other Monday from 17/11/2025; view two days before each core group",
                 "Screen results and the written view on file before each core group"],
                ["Stay off cocaine and alcohol and give a urine screen at every key-work session, so that he is "
                 "safe to do the baby's night feeds",
                 "Aaron Fisk (baby's father)",
                 "Every day from 11/11/2025; screens every other Monday",
                 "Every screen negative; results seen by the SW"],
                ["Record Mason's attendance and how he is, and tell the SW the same day about any worry",
                 "Priya Sood, key worker, Hummingbird Nursery",
                 "Every session (Monday to Wednesday)",
                 "Attendance emailed to the SW each Friday; same-day calls logged"],
            ],
        }),
        ("h2", "Stage 2 – on the maternity ward"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Check Kayleigh's sleep and mood twice a day and record how she holds, feeds and settles the "
                 "baby",
                 "Midwife in charge, Ward 6, Tenterbury General Hospital",
                 "Twice a day for at least 72 hours after the birth",
                 "Twice-daily notes in the maternity record; discharge summary sent to the SW before discharge"],
                ["See Kayleigh on the ward and tell the discharge planning meeting whether she is well enough "
                 "to go home, whether the changes she made in pregnancy are holding, and what help she needs "
                 "at home",
                 "Dr Aisha Farouk, consultant perinatal psychiatrist",
                 "Within 24 hours of the birth; view given at the discharge planning meeting",
                 "Written note in the maternity record and read out at the discharge planning meeting"],
                ["Hold a discharge planning meeting on the ward with Kayleigh, Aaron, Bev, the midwife and the "
                 "HV, and agree the home plan in writing",
                 "Imogen Crane, SW",
                 "Before discharge",
                 "Signed discharge agreement copied to everyone at the meeting"],
            ],
        }),
        ("h2", "Stage 3 – the first eight weeks at home"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Live at Sorrel Court and do the 2am feed every night so that Kayleigh can sleep",
                 "Bev Dunmore (maternal grandmother)",
                 "Every night for the first six weeks after discharge",
                 "Bev signs the night feed chart; the SW and HV check it at every visit"],
                ["Be the adult Kayleigh or Bev rings if Kayleigh is unwell at night, and come round to sit with "
                 "the baby or take Mason",
                 "Chantelle Ruddock (family friend)",
                 "Within 30 minutes of a call, any night in the first eight weeks",
                 "Chantelle texts the SW the next morning after any call; calls noted on the night feed chart"],
                ["Do the new birth visit and Kayleigh's mood check, then weigh the baby at home every week",
                 "Martha Keogh, health visitor (HV)",
                 "New birth visit by day 14, then weekly until the baby is 8 weeks old",
                 "Weights in the red book; mood check scores sent to the SW and the perinatal team within two "
                 "days"],
                ["Visit the baby and Mason at home, one visit a week unannounced, see Mason on his own, and "
                 "record how the baby is handled and settled",
                 "Imogen Crane, SW",
                 "Twice a week for the first four weeks, then weekly",
                 "Visit records show the baby seen awake and Mason seen alone every week"],
                ["Visit Kayleigh at home and tell each core group whether she is sustaining her recovery, how "
                 "she is with the baby, and how much longer she is likely to need another adult in the house",
                 "Sinead Gallagher, perinatal CPN",
                 "Twice a week for the first four weeks, then weekly",
                 "Written update to the SW two days before each core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kayleigh shows early signs of becoming unwell (not sleeping for two nights, believing the baby "
              "is in danger or is not hers, or talking about harming herself), Bev or Chantelle will ring the "
              "perinatal team, or the crisis line at night, straight away. The perinatal team will see Kayleigh "
              "the same day, the baby and Mason will not be left alone with her until she has been seen, and "
              "Imogen will hold a strategy discussion the same day."),
        ("p", "Should Bev be unable to stay (she is ill, has to go home, or tells us the nights are too much), "
              "Chantelle will stay at Sorrel Court until Bev can come back. Where Chantelle cannot either, "
              "Imogen will arrange that day for the baby and Mason to go together to Tenterbury foster carers, "
              "or, if Kayleigh is unwell and agrees, for her and the baby to go to the Larchfield Mother and Baby "
              "Unit with Mason cared for by Roy Fisk."),
        ("p", "If Aaron has a positive screen or is seen under the influence, he will not care for the baby or "
              "Mason alone and will stay with his father, Roy, at 18 Wharfside until a screen is clear."),
        ("p", "If Dr Farouk's opinion is that Kayleigh cannot safely care for the baby without another adult for "
              "the foreseeable future and no family carer can fill that gap, or if Aaron has two positive "
              "screens, Imogen will ask Malcolm Eze for a legal planning meeting within five working days to "
              "decide whether to start pre-proceedings under the PLO."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 11am, Sorrel Court Family Hub: 25/11/2025 and 23/12/2025; "
            "then within ten days of the baby's birth, and every four weeks after that.",
            "Review child protection conference: 10/02/2026, 10am, Tenterbury Civic Offices.",
            "Imogen will bring Mason's words and what she has seen of the baby to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Social worker's letter to both parents after the first review
#    conference. Mother with schizoaffective disorder, two children; an aunt
#    does school runs, the grandmother has Wednesdays and stays when needed,
#    the father has alternate weekends. Word printed to PDF. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_tollerdale_rcpc_letter_to_parents_price.pdf",
    "doc_title": "Letter to Danielle Price and Marcus Obi - Tyler and Amara's plan",
    "split": "heldout",
    "actions": 10,
    "template": "sw-letter-to-both-parents-after-rcpc-word-printed-to-pdf-page-header-footer-address-block-bold-paragraph-headings-why-childrens-words-outcomes-then-what-will-happen-who-when-how-we-will-all-know-table-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary letter from the social worker to both parents after the first review "
        "conference, for an 11-year-old and an 8-year-old whose mother has schizoaffective "
        "disorder and relapsed in the summer. A Word letter printed to PDF with a page header and "
        "footer; the plan is a four-column table inside the letter. The care co-ordinator gives "
        "an update on recovery and what it means for the children with an estimate of how long, "
        "the psychologist writes an opinion on whether the mother can sustain the changes, the GP "
        "owns the bloods; the aunt's school runs and the grandmother's nights have a fallback "
        "('If Shan is poorly', 'If Irene cannot stay'), legal planning follows named triggers, "
        "core group and review dates are set, and the children's words are recorded."
    ),
    "header": "Tollerdale City Council – Children and Families – OFFICIAL-SENSITIVE",
    "footer": "Letter to Danielle Price and Marcus Obi, 20/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Tollerdale City Council"),
        ("pr", "Children and Families, North Locality Team"),
        ("pr", "Civic Quarter, Tollerdale TL1 4AA"),
        ("pr", "20/11/2025"),
        ("p", ""),
        ("pl", "Danielle Price, 23 Foxglove Terrace, Tollerdale TL6 2NR"),
        ("pl", "Marcus Obi, Flat 8, Wharf House, Tollerdale TL2 9PS"),
        ("p", ""),
        ("p", "Dear Danielle and Marcus,"),
        ("boldp", "Tyler's and Amara's child protection plan, agreed at the review conference on 18/11/2025"),
        ("p", "Thank you both for coming to the review conference on Tuesday. As I promised, this letter sets out "
              "the plan we agreed, in the words we used in the room, so that you have it in writing. Shan and "
              "Irene have a copy of the parts that are about them. If anything here is not what you remember "
              "agreeing, please ring me and I will put it right."),
        ("boldp", "Why Tyler and Amara still have a plan"),
        ("p", "Danielle, you have schizoaffective disorder. In July you stopped your medication, and by August you "
              "believed the neighbours were watching the house. You kept Tyler and Amara at home for eleven days "
              "and Tyler was doing the cooking. The Home Treatment Team saw you every day in August and you "
              "have been back on your medication since 20/08/2025. The conference heard that you have kept every "
              "appointment since, that both children have been in school every day this term, and that Shan and "
              "Irene have been there for every school run and every Wednesday. The conference also heard that "
              "you are still not sleeping well, and that Tyler still checks your tablets each morning. That is "
              "why the plan carries on for now."),
        ("boldp", "What Tyler and Amara told me"),
        ("p", "Tyler (seen on his own at school, 12/11/2025): “Mum's a lot better. I still count her tablets in "
              "the morning because last time I didn't notice. I like Thursdays because Auntie Shan takes us in "
              "her car and we're early.” He gave home 7 out of 10 and said he would like to go to the young "
              "carers' club “with people who get it”."),
        ("p", "Amara (seen on her own at home, 14/11/2025) showed me her reading book and her drawing of "
              "“Nanna's Wednesday tea”, with everyone at the table. She said: “When Mummy was poorly she stayed "
              "in the dark. Now she opens the curtains.” She wants to keep going to her dad's every other "
              "weekend."),
        ("boldp", "What we all want for Tyler and Amara"),
        ("numbers", [
            "Tyler and Amara are looked after every day by an adult who is well enough to get them up, fed and "
            "to school.",
            "Tyler stops checking his mum's tablets and has time and help for himself.",
            "Amara and Tyler go to school every day and keep up with their learning.",
            "Both children know who to go to if their mum becomes unwell, and that adult is there the same day.",
        ]),
        ("boldp", "Who will do what"),
        ("p", "Each line of the table says who will do it, when, and how we will all be able to tell it has "
              "happened. Where it says “me”, it means me, Becky Hart, your social worker."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will all know"],
            "widths": [6.2, 3.4, 3.3, 4.1],
            "rows": [
                ["Visit Tyler and Amara at home, one visit in four unannounced, and see each of them on their "
                 "own",
                 "Becky Hart, social worker (me)",
                 "Every week until the next review conference",
                 "My visit records show both children seen alone each week, with their own words written "
                 "down"],
                ["Take your medication every morning from the blister packs the pharmacy makes up, so that you "
                 "stay well enough to get Tyler and Amara up and to school",
                 "Danielle",
                 "Every day",
                 "The blister packs are checked at my visits and at Rhiannon's visits, with no missed doses"],
                ["Visit Danielle at home, go through her sleep and early warning signs, and write an update on "
                 "her recovery and what it means for Tyler and Amara, including how long she thinks it will be "
                 "before Danielle can manage without the extra family help",
                 "Rhiannon Tate, care co-ordinator, Tollerdale North Community Mental Health Team",
                 "Every week until 31/12/2025, then every two weeks; an update before each core group",
                 "Written update on the children's file two days before each core group"],
                ["Four assessment sessions with Danielle, then a written opinion on whether she can sustain the "
                 "changes she has made, the steps still needed and the likely timescale for Tyler and Amara",
                 "Dr Owen Strand, clinical psychologist, Tollerdale North Community Mental Health Team",
                 "Sessions from 01/12/2025; written opinion by 30/01/2026",
                 "Opinion sent to me and shared at the core group on 03/02/2026"],
                ["Do Danielle's physical health check and the blood tests for her medication, and tell me within "
                 "two working days if she misses one",
                 "Dr Priya Natarajan, GP, Tollerdale Road Surgery",
                 "Next by 12/12/2025, then every 12 weeks",
                 "Letter to me after each test; any missed test reported to me in writing"],
                ["Take Tyler and Amara to school on Tuesday and Thursday mornings, and have them at her flat on "
                 "Saturdays",
                 "Shan Price (the children's aunt)",
                 "Tuesdays and Thursdays in term time; every Saturday, 10am to 4pm",
                 "The school sign-in shows Shan's drop-offs; Shan texts me each Saturday evening"],
                ["Have Tyler and Amara for tea on Wednesdays, and stay overnight at Foxglove Terrace whenever "
                 "Danielle's warning signs show",
                 "Irene Price (the children's nan)",
                 "Every Wednesday, 3.15pm to 7pm; the same night whenever needed",
                 "Irene keeps a notebook of the nights she stays, which I read at each visit"],
                ["Have Tyler and Amara at your flat every other weekend, and phone them on the Wednesdays in "
                 "between",
                 "Marcus",
                 "Every other weekend, Friday 5pm to Sunday 5pm",
                 "The contact calendar on Danielle's fridge is signed by Marcus at each handover"],
                ["Check both children's attendance and how they are each morning, and ring me the same day if "
                 "either is absent or says they are worried about home",
                 "Mrs Sian Whitlow, DSL, Bramble Hill Primary",
                 "Every school day",
                 "Attendance emailed to me each Friday; calls logged on CPOMS"],
                ["Meet Tyler at the Friday young carers' club and write his young carer's plan with him",
                 "Lily Arden, Tollerdale Young Carers",
                 "Plan by 19/12/2025; club every Friday from 28/11/2025",
                 "Tyler's young carer's plan copied to me; the club register shows him there"],
            ],
        }),
        ("boldp", "If things go wrong"),
        ("p", "Danielle, if you stop your medication, do not sleep for two nights, or start to feel that people "
              "are watching the house, please ring Rhiannon, or the Tollerdale Crisis Team at night. Irene has "
              "agreed to come and stay that night, and I will visit the same day (the out-of-hours team will "
              "if it is a weekend). If either child is left without a well adult, I will hold a strategy "
              "discussion with the police the same day and the children will stay with Irene until it is safe "
              "for them to come home."),
        ("p", "If Shan is poorly or away on a Tuesday or Thursday, Irene will do the school run. If neither of them "
              "can, I will book a taxi with an escort that morning and tell Mrs Whitlow by 8.30am."),
        ("p", "If Irene cannot stay (she is unwell, away, or tells us it has become too much), Marcus has agreed "
              "to have Tyler and Amara at Wharf House. Where Marcus cannot either, I will place them together with "
              "Tollerdale foster carers that night, and hold a family meeting within five working days to find "
              "who else can help."),
        ("p", "If Danielle is admitted to hospital again, stops her medication for more than a week, or Dr Strand's "
              "opinion is that she cannot sustain the changes within the children's timescale, I will ask my "
              "manager, Tom Reddish, for a legal planning meeting within five working days. That meeting would "
              "decide whether to start the Public Law Outline, and you would both be told in writing."),
        ("boldp", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 4pm at Bramble Hill Primary: 09/12/2025, 06/01/2026, "
            "03/02/2026 and 03/03/2026.",
            "Next review child protection conference: 12/05/2026, 10am, Tollerdale Civic Quarter.",
            "I will see Tyler and Amara on their own before each core group and tell the meeting what they say.",
        ]),
        ("p", "You can ring me on 01632 960418 on weekdays. Out of hours, the emergency duty team is on 01632 "
              "960999."),
        ("p", "Yours sincerely,"),
        ("pl", "Becky Hart"),
        ("pl", "Social Worker, North Locality Team, Tollerdale City Council"),
        ("pl", "Copy: Faisal Rahman, Independent Reviewing Officer"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan, mother with panic disorder, agoraphobia
#    and daytime drinking, a 9-year-old and a 3-year-old; the grandfather
#    does the school runs, a neighbour is the children's safe adult.
#    Markdown, owner-first bullets grouped under each person. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_tibbington_rcpc_bullets_by_person_fairclough.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-markdown-whos-who-bullets-what-has-changed-childrens-words-outcomes-then-h3-per-person-owner-first-bullets-with-when-and-how-we-will-know-then-if-things-go-wrong-bullets-per-person-meetings",
    "description": (
        "Exemplary first review conference plan in Markdown for a 9-year-old and a 3-year-old "
        "whose mother has panic disorder and agoraphobia and was drinking in the day. Bullets "
        "grouped under each person, each naming its owner, its time and its check. The talking "
        "therapies therapist writes before each core group whether the panic is easing enough and "
        "how many more weeks that will take; the alcohol service and the GP own actions; the "
        "grandfather's school runs and evening calls and the neighbour's part have fallbacks "
        "('When Grandad is away', 'If Jo is poorly'); legal planning follows named triggers; core "
        "group and review dates are set."
    ),
    "text": """\
# Review Child Protection Plan: Harvey and Maisie Fairclough

Tibbington District Council — Children's Services — Family Safeguarding Team 3

**First review conference:** 18/11/2025, Tibbington Council Offices. **Chair:** Adele Quayle (IRO)
**Social worker:** Ravi Chaudhry (team manager: Gwen Ashby)
**Category:** Neglect

## Who's who

- **Harvey Fairclough**, 9 (DOB 07/07/2016), Year 5 at Tibbington Junior School
- **Maisie Fairclough**, 3 (DOB 22/09/2022), Poppyfield Nursery, mornings
- **Carla Fairclough**, 35, Mum, 14 Cooper's Lane, Tibbington TD5 1RF
- **Ken Fairclough**, 66, Grandad (Carla's dad), 3 Tanners Row, a ten-minute walk away
- **Lorraine Hext**, Ken's partner, lives with him at Tanners Row
- **Jo Ellis**, family friend and next-door neighbour at 16 Cooper's Lane
- The children's father, Lee Watts, has not seen them since 2023 and did not take part.

## What has changed since the initial conference (19/08/2025)

Carla has severe panic disorder and agoraphobia and has hardly left the house for two years. By the summer
she was drinking vodka during the day to calm the panic. Harvey was staying off school to keep her company
(attendance 82%) and Maisie had stopped going to nursery because nobody could take her.

- Ken has taken both children to school and nursery every weekday since 20/08/2025.
- Carla started CBT for panic on 02/09/2025 and has been to every session. She has walked to the front gate
  on her own, and to the corner shop twice with Ken.
- Eleven of Carla's thirteen breath tests have read zero; the two that did not were in August.
- Harvey's attendance this term is 96%. Maisie has missed two nursery mornings, both when she was ill.
- Still a worry: on 28/10/2025 Harvey went round to Jo's at 8pm because his mum was "shaking and crying",
  and Carla says she still keeps a bottle "for emergencies".

## What Harvey and Maisie have told us

**Harvey** (seen on his own at school, 11/11/2025): "Mum's better. She hasn't had the vodka out since half
term. Grandad walks me and Maisie and he's always early. If Mum goes funny I go to Jo's — she's got a dog
called Biscuit." He gave home 7 out of 10 (4 out of 10 in August) and said he wants his mum "to come and
watch me play football one day".

**Maisie** is three. At the visit on 13/11/2025 she showed Ravi her "bus" made of kitchen chairs and sat
Mummy, Grandad and Harvey on it. When she bumped her head she went straight to Carla for a cuddle and
settled within a minute. Nursery say she arrives fed and happy and chats about "Grandad's van".

## What we want for Harvey and Maisie

1. Harvey and Maisie are cared for every day by an adult who is sober and able to get them where they need
   to be.
2. Harvey goes to school every day and to football on Saturdays, and no longer stays at home to look after
   his mum.
3. Maisie goes to nursery every morning she is booked, and her talking and play keep coming on.
4. Both children know who to go to, day or night, if their mum has been drinking or is panicking, and that
   person is there for them.

## The plan

Every bullet says who will do it, when, and how we will know it has happened.

### The social worker

- **Ravi Chaudhry (SW)** will visit Harvey and Maisie at home every week, one visit in three unannounced,
  and see Harvey on his own each time; his visit records will show both children seen and Harvey's own
  words written down.
- **Ravi Chaudhry (SW)** will do five sessions of direct work with Harvey about his mum's worries and
  drinking, all finished by 30/01/2026, and keep Harvey's "my safe people" hand on his file.

### Carla

- **Carla** will drink no alcohol while she is caring for Harvey and Maisie, every day from 18/11/2025, and
  pour away the "emergency" bottle with Ravi at his next visit; breath tests at Ravi's visits and at
  key-work will all read zero.
- **Carla** will practise her CBT steps every day from 18/11/2025 (front gate, then the corner shop, then
  the school gate) so that by 27/02/2026 she can collect Harvey herself twice a week; Ken will mark the
  kitchen calendar each time she reaches the school gate, and Ravi will count the marks at each visit.

### Grandad Ken

- **Ken Fairclough (Grandad)** will take Harvey to school and Maisie to nursery every weekday morning and
  collect them in the afternoon; the school and nursery sign-in sheets, seen by Ravi every two weeks, will
  show his name on those days.
- **Ken Fairclough** will ring Carla at 7pm every evening, and if she sounds drunk or does not answer he
  will come round within 30 minutes and stay the night; he will text Ravi the next morning whenever this
  happens.

### Jo, next door

- **Jo Ellis (neighbour)** will be the adult Harvey can knock for, day or night, every day from
  18/11/2025, if his mum has been drinking or is having a panic attack; Jo will text Ravi the same day
  whenever Harvey comes round, and Harvey will show Ravi Jo's number saved in his phone at the next visit.

### Services for Carla

- **Sara Lindholm (high-intensity therapist, Tibbington Talking Therapies)** will see Carla every week for
  20 sessions from 02/09/2025, at home and then at the clinic, and a week before each core group will write
  to Ravi saying whether the panic is easing enough for Carla to take Harvey and Maisie out herself, what
  steps are left and how many more weeks that is likely to take.
- **Dean Mercer (recovery worker, Tibbington Alcohol Service)** will see Carla at home every Thursday with a
  breath test, and send Ravi a written view two days before each core group on whether her drinking has
  stopped and whether it is likely to stay stopped while she cares for Harvey and Maisie.
- **Dr Helen Achebe (GP, Tibbington Health Centre)** will review Carla's medication and liver tests by
  12/12/2025 and then every eight weeks, and send Ravi a letter after each review saying whether anything
  in her health affects her care of Harvey and Maisie.

### School and health

- **Mr Paul Greaves (DSL, Tibbington Junior School)** will check Harvey's attendance every day and meet him
  every Friday with his key adult; his weekly attendance email to Ravi will show 95% or more, and the
  Friday chats will be logged on CPOMS.
- **Sam Lowry (health visitor)** will do Maisie's three-year check by 19/12/2025 and then see her at
  nursery once a month, sending Ravi the check scores and her weight after each contact.

## If things go wrong

- **If Carla has been drinking while caring for the children** (a breath test above zero, Harvey tells
  someone, or she is found drunk): Ken takes Harvey and Maisie to Tanners Row that night, and Ravi holds a
  strategy discussion the same day if either child was without a sober adult.
- **When Grandad is away** (he is going to his sister's for two weeks in February) **or is ill**: Lorraine
  does the school runs and the 7pm call. If Lorraine cannot, Ravi arranges a taxi with an escort from the
  same morning, and a family support worker visits at teatime on each day Ken is away. If neither Ken nor
  Lorraine can have the children on a night they need to leave home, Ravi places Harvey and Maisie together
  with Tibbington foster carers that night.
- **If Jo is poorly, away or can't be reached**: Harvey rings Grandad, and if he can't get him he rings 999.
  Ravi has gone through this with Harvey, and it is written on the card in his school bag.
- **If Ken tells us it has become too much**: Ravi holds a family network meeting within five working days
  to find who else in the family can help; until then a family support worker covers the mornings.
- **If progress stops**: if Carla has two breath tests above zero before the next core group, or Sara's
  letter before the February core group says the panic is not easing, Ravi will ask Gwen Ashby for a
  legal planning meeting within five working days.

## Meetings

- Core group every four weeks, Wednesdays at 10am at 14 Cooper's Lane (so that Carla can take part):
  10/12/2025, 07/01/2026, 04/02/2026 and 04/03/2026.
- Second review child protection conference: 19/05/2026, 10am, Tibbington Council Offices.
- Ravi will bring Harvey's words and what he has seen of Maisie to every core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, mother with PTSD and evening drinking after
#    domestic abuse, a 6-year-old and an 18-month-old; the paternal
#    grandmother supervises the father's time with the baby, an aunt does
#    school pick-ups. Markdown table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_tumbleford_icpc_markdown_table_kowalczyk.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-plan-markdown-details-bullets-why-what-oliwia-says-and-what-we-see-of-leo-outcomes-numbered-then-no-what-will-happen-who-when-how-we-will-know-table-contingency-bullets-meetings",
    "description": (
        "Initial conference plan in Markdown for a 6-year-old and an 18-month-old whose mother "
        "has PTSD after domestic abuse and drinks in the evenings. The paternal grandmother "
        "supervises the father's time with the baby and the aunt does school pick-ups, both with "
        "a fallback ('Where Pat cannot supervise'). Most rows are sound: weekly visits, the "
        "alcohol service report, the GP, the IDVA, the school, the health visitor, the relatives. "
        "Faults: trauma therapy from the psychologist that only treats the mother, the mother's "
        "key-work measured by 'Engagement', the play therapy referral owned by '-', the women's "
        "group 'When she feels ready', and the review conference 'to be arranged'."
    ),
    "text": """\
# Initial Child Protection Plan – Oliwia Kowalczyk and Leo Dobbs

Tumbleford Borough Council | Children's Social Care | Assessment and Safeguarding Team 2

- **Children:** Oliwia Kowalczyk (6), DOB 14/04/2019, Year 2 at Fernlea Infant School; Leo Dobbs
  (18 months), DOB 02/05/2024
- **Mother:** Marta Kowalczyk (31), 5 Reed Street, Tumbleford TB7 3JH
- **Leo's father:** Ryan Dobbs (34), 61 Canal Side, Tumbleford (not Oliwia's father)
- **Leo's paternal grandmother:** Pat Dobbs, 12 Bishop's Walk, Tumbleford
- **Maternal aunt:** Agnieszka (Aga) Kowalczyk, 9 Reed Street
- **Category:** Emotional abuse
- **Initial conference:** 25/11/2025, chair Lorna Fitzgerald (IRO)
- **Social worker:** Daniel Hirst (team manager: Claire Munro)

## Why there is a plan

Ryan assaulted Marta in front of both children on 16/08/2025 and the couple separated. Ryan has been
charged and is on bail, with a condition not to go to Reed Street or contact Marta. Marta has PTSD, with
flashbacks and nightmares, and since the autumn she has been drinking wine most evenings to get to sleep.
On 03/11/2025 Oliwia told her teacher that Mummy "fell asleep on the floor with her wine" and that she had
put Leo to bed herself. Ryan sees Leo on Saturdays at his mother's house.

## What Oliwia says and what we see of Leo

Oliwia (seen on her own at school, 18/11/2025): "I don't like it when Mummy has the big glass. I put Leo in
his cot and sing him the bear song. I like Ciocia Aga's because she makes pierogi and Mummy laughs there."
She drew a house with a sad window where "the shouting was" and said she wants "no more shouting and no
more wine".

Leo is 18 months. At the visit on 20/11/2025 he toddled to Marta with his shoes, climbed on her knee and
babbled at her. He startled and cried when a car door banged outside, and Marta picked him up and soothed
him quickly. Pat says he runs to his dad at the door and is settled when he goes home.

## What needs to be different for Oliwia and Leo

1. Oliwia and Leo are looked after every evening and night by a sober adult who is awake enough to put
   them to bed.
2. Oliwia no longer sees or hears violence, and no longer puts Leo to bed herself.
3. Leo spends safe time with his dad, with Pat there the whole time.
4. Oliwia goes to school every day and Leo's development stays on track.

## Action plan

| No. | What will happen | Who | When | How we will know |
|---|---|---|---|---|
| 1 | Visit Oliwia and Leo at home, see Oliwia on her own, and make at least one visit a month in the evening | Daniel Hirst, social worker (SW) | Weekly from 26/11/2025 | Visit records show both children seen each week and Oliwia's words written down |
| 2 | Key-work with Marta and a breath test at each session, with a written report to each core group on her drinking and what it means for Oliwia and Leo at night | Rob Kitching, recovery worker, Tumbleford Alcohol Service | Every Monday; report two days before each core group | Breath results and the written report on file before each core group |
| 3 | Go to key-work at the Tumbleford Alcohol Service every week | Marta Kowalczyk (Mum) | Every Monday from 01/12/2025 | Engagement with the service |
| 4 | Trauma-focused therapy (EMDR) for Marta to help with her flashbacks and nightmares | Dr Naomi Vella, clinical psychologist, Tumbleford Psychological Therapies Service | Weekly for 12 weeks from 08/12/2025 | Attendance letter to the SW after session 6 and session 12 |
| 5 | Review Marta's sleep and her sertraline, and write to the SW about anything that affects her care of Oliwia and Leo at night | Dr Sian Morrow, GP, Canal Side Medical Practice | By 12/12/2025, then every eight weeks | GP letter on file after each review |
| 6 | Supervise Ryan's time with Leo at her home, and end the visit if Ryan arrives having drunk or talks about Marta in front of Leo | Pat Dobbs (paternal grandmother) | Every Saturday, 10am to 1pm | Pat fills in the contact sheet after each visit; the SW collects the sheets every Monday |
| 7 | Collect Oliwia from school and give both children their tea at 9 Reed Street | Aga Kowalczyk (maternal aunt) | Every Monday, Wednesday and Friday from 01/12/2025 | School collection book signed by Aga; Aga texts the SW each Friday |
| 8 | Check Oliwia's attendance and how she arrives, meet her each week with her teaching assistant, and phone the SW the same day about any worry | Mrs Bethan Lloyd, DSL, Fernlea Infant School | Every school day; meeting every Thursday | Attendance emailed to the SW each Friday; meetings and calls logged on CPOMS |
| 9 | Weigh Leo and check his speech, sleep and development at a home visit, and bring his two-year review forward | Ayesha Noor, health visitor | Monthly from 01/12/2025; two-year review by 30/01/2026 | Weights and ASQ scores sent to the SW after each visit |
| 10 | Refer Oliwia to the school's play therapist so she has somewhere to talk about what she saw | - | By 12/12/2025 | Referral accepted and first session date sent to the SW |
| 11 | Do the Moving On group for women who have lived with domestic abuse, to understand its effect on Oliwia and Leo | Marta Kowalczyk (Mum) | When she feels ready | Course certificate on file |
| 12 | Write a safety plan with Marta covering Ryan's bail conditions, what to do if he comes to Reed Street, and a code word for Oliwia | Vicky Hale, IDVA, Tumbleford Domestic Abuse Service | By 05/12/2025 | Signed safety plan copied to the SW and the school |

## Contingency

- If Marta has been drinking while she is caring for Oliwia and Leo (a breath test above zero, Oliwia tells
  someone, or she is found drunk at a visit), the children go to Aga at 9 Reed Street that night and Daniel
  holds a strategy discussion the same day. If Aga cannot have them, Daniel places Oliwia and Leo together
  with Tumbleford foster carers that night.
- If Ryan comes to Reed Street or contacts Marta, Marta rings 999 and the police are asked to arrest him for
  breaching his bail; Daniel visits the same day.
- Where Pat cannot supervise a Saturday (she is ill, away, or tells us Ryan has become too hard to manage),
  that visit does not happen and Daniel arranges supervised time at Tumbleford Family Centre within the
  following week.
- If Aga cannot do a pick-up, Oliwia stays at Fernlea's after-school club until 5.30pm (place booked and
  paid for by children's services) and Marta collects her; if Marta has been drinking, the club keeps
  Oliwia and rings Daniel, and the first bullet applies.
- If Marta has two breath tests above zero before the review conference, or Ryan breaks his bail conditions
  twice, Daniel will ask Claire Munro for a legal planning meeting within five working days.

## Meetings

- Core group every four weeks, 10am at Tumbleford Family Centre: 09/12/2025, 06/01/2026 and 03/02/2026.
- Review child protection conference: to be arranged by the conference team.
""",
    "findings": [
        F("M002", "Go to key-work at the Tumbleford Alcohol Service every week"),
        F("H001", "Trauma-focused therapy (EMDR) for Marta to help with her"),
        F("W001", "Refer Oliwia to the school's play therapist"),
        F("T002", "Do the Moving On group for women who have lived"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Core group plan after the father's overdose; depression and daily
#    cannabis, a 13-year-old and an 8-year-old; the aunt stays every night,
#    the grandmother has after-school days. Plain text, numbered owner-first
#    actions each with a "Check:" line. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b130_trevannick_core_group_numbered_checks_ashdown.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-plan-plain-text-dashed-rules-caps-headings-details-block-why-childrens-words-outcomes-then-numbered-owner-first-action-sentences-each-with-check-line-then-if-things-go-wrong-paragraphs-meetings",
    "description": (
        "Exemplary core group plan in plain text for a 13-year-old and an 8-year-old whose widowed "
        "father took an overdose after months of depression and daily cannabis; the 13-year-old "
        "found him. Numbered owner-first actions, each with a 'Check:' line. The home treatment "
        "team writes at handover whether he is ready to manage the children's evenings and how "
        "long recovery is likely to take, the CMHT care co-ordinator gives each core group a "
        "prognosis and an estimate of how long before he can care alone at night, the GP and the "
        "substance use service own actions; the aunt's nights and the grandmother's days have a "
        "fallback ('If the arrangement with Auntie Sue breaks down', 'If June is poorly'); legal "
        "planning follows named triggers; core group and review dates are set."
    ),
    "text": """\
TREVANNICK COUNCIL - CHILDREN'S SOCIAL CARE
CHILD PROTECTION PLAN - CORE GROUP VERSION
Agreed at core group 2, 25/11/2025 (initial conference 04/11/2025)
----------------------------------------------------------------------

Children:       Jess Ashdown (13), DOB 19/01/2012, Year 9, Trevannick Academy
                Ollie Ashdown (8), DOB 30/04/2017, Year 4, Polgarrick Primary
Father:         Martin Ashdown (44), sole carer, 22 Chapel Terrace,
                Trevannick TV2 5HX
Mother:         Nicole Ashdown, died in 2022
Aunt:           Sue Ashdown (Martin's sister), 4 Harbour View, Trevannick
Nan:            June Ashdown (Martin's mother), 31 Carnmoor Road, Trevannick
Category:       Neglect
Social worker:  Fiona Rudd (team manager: Kieran Lusty)
Chair at ICPC:  Dawn Pascoe (IRO)

----------------------------------------------------------------------
WHY THERE IS A PLAN
----------------------------------------------------------------------
Martin lost his job in June and became very low. He was smoking cannabis
in the house every day, the cupboards were often empty, and Ollie missed
nine days of school in September. On 17/10/2025 Jess came home from
school and found her dad unconscious after taking his antidepressants
and paracetamol together. She rang 999. Martin was in Trevannick General
for two days and has been seen every day since 20/10/2025 by the Crisis
Resolution and Home Treatment Team. Sue has stayed at Chapel Terrace
every night since. Martin has agreed to everything in this plan. He said
at the core group: "I never want Jess to see that again. I'm doing this
for them."

----------------------------------------------------------------------
WHAT JESS AND OLLIE SAY
----------------------------------------------------------------------
Jess (seen on her own at school, 20/11/2025): "I keep thinking I'll come
home and find him again. Auntie Sue being here helps. I don't want to go
anywhere else, I just want Dad to be Dad." She gave home 5 out of 10 and
said she would like to stop "checking his room every night".

Ollie (seen on his own at home, 21/11/2025): "Dad sleeps a lot. Nan makes
pancakes on Wednesdays." He drew his dad in bed and himself and Jess
"making toast". He asked whether his dad was "poorly in his head like Mum
was poorly in her body".

----------------------------------------------------------------------
WHAT WE WANT FOR JESS AND OLLIE
----------------------------------------------------------------------
1. Jess and Ollie have a well, sober adult with them every night who can
   keep them safe.
2. Jess and Ollie never again find or see their dad in a crisis, and
   medicines are kept where they cannot get at them.
3. Both children go to school every day and have someone to talk to about
   what happened.
4. Jess stops feeling she has to check on her dad, and has time for her
   own friends and clubs.

----------------------------------------------------------------------
ACTIONS
----------------------------------------------------------------------
Each action names who will do it and when. The "Check:" line under it
says how the core group will know it has happened.

1.  Fiona Rudd (SW) will visit Jess and Ollie at home every week, with at
    least one visit in three unannounced, and see each child on their own.
    Check: visit records show both children seen alone every week, with
    their own words written down.

2.  Tom Kessell, nurse, Trevannick Crisis Resolution and Home Treatment
    Team, will visit Martin every day until he is handed over to the
    Community Mental Health Team (expected by 05/12/2025), and at the
    handover will write to Fiona with the team's view of his risk, whether
    he is ready to manage Jess's and Ollie's evenings without Sue staying
    over, and how long his recovery is likely to take.
    Check: handover letter on file by the handover date and read at core
    group 3.

3.  Ellen Vosper, care co-ordinator, Trevannick Community Mental Health
    Team, will see Martin every week from the handover and give each core
    group a written prognosis: whether he is getting better, whether he
    can keep it up without Sue and June, and an estimate of how long
    before he can care for Jess and Ollie on his own every night.
    Check: written prognosis on file two days before each core group.

4.  Dr Amir Rahimi, GP, Quay Street Surgery, will prescribe Martin's
    antidepressant one week at a time until at least 31/01/2026, so that
    no supply builds up in the house where Jess and Ollie live, and will
    tell Fiona within one working day if a prescription is not collected.
    Check: Quay Street Pharmacy's collection record sent to Fiona each
    month.

5.  Kerensa Hall, recovery worker, Trevannick Substance Use Service, will
    see Martin every Wednesday from 26/11/2025, test his urine every two
    weeks, and write before each core group whether he has stopped
    smoking cannabis at home and whether that is likely to last.
    Check: screen results and her written view on file before each core
    group.

6.  Martin will smoke no cannabis at home or while Jess and Ollie are in
    his care, every day from 25/11/2025.
    Check: every urine screen clear, and no cannabis smelt or seen at any
    visit by Fiona, Sue or June.

7.  Martin will keep all tablets, his and the children's, in the locked
    box Fiona brought on 21/11/2025, with the key on his own keyring,
    every day from 25/11/2025.
    Check: Fiona sees the box locked at every visit and the key is not in
    the kitchen drawer.

8.  Sue Ashdown (aunt) will stay at Chapel Terrace every night until the
    handover to the Community Mental Health Team, and after that on
    Friday and Saturday nights until the review conference.
    Check: Sue signs the overnight sheet on the fridge, which Fiona
    photographs at each visit.

9.  June Ashdown (Nan) will collect Ollie from Polgarrick Primary and give
    both children their tea at Carnmoor Road every Monday, Wednesday and
    Friday from 26/11/2025.
    Check: the school collection book shows June's signature on those
    days.

10. Ms Carys Penrose, DSL, Trevannick Academy, will check Jess's
    attendance every day, meet her every Tuesday with her head of year,
    and ring Fiona the same day if Jess is absent or says she is worried
    about her dad.
    Check: weekly attendance email to Fiona, and meeting notes on CPOMS.

11. Ruth Elstob, school counsellor, Trevannick Academy, will offer Jess
    eight weekly sessions from 02/12/2025 about finding her dad and how
    she feels now.
    Check: attendance sent to Fiona after sessions 4 and 8, with Jess's own
    1 to 10 worry rating at sessions 1, 4 and 8 if Jess agrees.

12. Mr Dylan Hosking, DSL, Polgarrick Primary, will check Ollie's
    attendance every day and how he arrives (fed, in clean uniform), and
    ring Fiona the same day about any worry.
    Check: attendance of 95% or more in the school's Friday email to
    Fiona.

----------------------------------------------------------------------
IF THINGS GO WRONG
----------------------------------------------------------------------
If Martin tells anyone he is thinking of ending his life, takes more
tablets than prescribed, or cannot get out of bed for two days running,
whoever knows rings the home treatment team (after the handover, the CMHT
duty worker, or the Trevannick crisis line at night) within the hour.
Jess and Ollie go to June's at Carnmoor Road that evening, or to Sue's if
June cannot have them. If the children were without a well adult, Fiona
(or the out-of-hours team) holds a strategy discussion the same day.

If the arrangement with Auntie Sue breaks down (she is ill, has to work
away, or tells us the nights are too much), June will stay at Chapel
Terrace instead. If neither Sue nor June can stay while an adult is still
needed overnight, Jess and Ollie will go together to Trevannick foster
carers that night, and Fiona will hold a family network meeting within
five working days.

If June is poorly or away on one of her days, Sue collects Ollie. If
neither of them can, Ollie stays at the Polgarrick after-school club until
6pm (place booked by Fiona), and Fiona tells the school by 12 noon who is
collecting him.

If Martin smokes cannabis at home (a screen that is not clear, or it is
smelt at a visit), Jess and Ollie stay with June until his next screen is
clear.

If Martin takes another overdose, or the CMHT prognosis at the core group
on 06/01/2026 is that he will not be able to care for Jess and Ollie on
his own at night within the next three months, Fiona will ask Kieran
Lusty for a legal planning meeting within five working days.

----------------------------------------------------------------------
MEETINGS
----------------------------------------------------------------------
Core group:   every three weeks, Tuesdays at 4pm, Trevannick Family Hub:
              16/12/2025, 06/01/2026 and 27/01/2026
Review CPC:   03/02/2026, 10am, Trevannick Guildhall
Fiona will see Jess and Ollie on their own before each core group and
bring their words to the meeting.
----------------------------------------------------------------------
""",
    "findings": [],
})
