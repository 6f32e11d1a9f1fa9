"""Batch 69, module s: seven fictional plans (tuning material), places beginning with "s".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: plans where a parent is unwell or struggling (adult mental health,
substance misuse, learning disability, a domestic abuse perpetrator
programme) and the plan has to stay focused on the child. Some plans drift
into the adults' needs; others describe the adults' support in detail and
still stay child focused (hard negatives). Outcomes are written in many
forms: safety goals, the family's words, the child's words, "what good
looks like", SHANARRI wellbeing outcomes; some are only about the adults.
Layouts: Signs of Safety, a GIRFEC / SHANARRI plan, a pre-birth plan, a
bulleted narrative plan, a case-system text print, a looked-after baby's
plan and an outcome-grouped plan. Two plans are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Signs of Safety plan: mother with bipolar disorder; danger statements,
#    safety goals, scaling, next steps table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_sorrelby_signs_of_safety_danger_statements_kinsella.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Ruairi and Orla Kinsella",
    "split": "tune",
    "actions": 12,
    "template": "signs-of-safety-docx-worries-working-well-danger-statements-safety-goals-scaling-three-houses-then-next-steps-table-what-who-by-when-how-we-will-know",
    "description": (
        "Initial conference Signs of Safety plan for a 7-year-old and a 4-year-old whose mother has "
        "bipolar disorder and was admitted after stopping her lithium. Danger statements, safety goals, "
        "agency scaling and Ruairi's three houses, then a next-steps table. The grandmother and uncle "
        "carry much of the plan but the safety plan never says what happens if they cannot (C003). Faults: "
        "a safety goal only about the mother (F002), the CMHT only supporting (H001; the psychiatrist's "
        "row asks for an opinion on change and is fine), 'keep an eye on' with 'monitored' and 'improvement "
        "in confidence' measures (M002), 'Family network / As and when' (W002, T002), 'TBC' (T002), an "
        "empty measure (M001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Signs of Safety)"),
        ("p", "Sorrelby Borough Council · Children's Services · Safeguarding Team East"),
        ("kv", [
            ("Children", "Ruairi Kinsella (7), Year 3, Hazelgrove Primary; Orla Kinsella (4), Little Puffins "
                         "Nursery"),
            ("Mother", "Niamh Kinsella (34). The children live with her at 22 Weaver's Close, Sorrelby."),
            ("Father", "Conor Mulvey lives in Galway and has had no contact with the children since 2022."),
            ("Family network", "Bridget Kinsella (maternal grandmother), 9 Chapel Row, five minutes' walk "
                               "away; Declan Kinsella (maternal uncle), Sorrelby Bridge"),
            ("Conference", "Initial child protection conference, Tuesday 04/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Megan Tully"),
            ("Chair", "Andrew Pelham"),
        ]),
        ("h1", "What are we worried about?"),
        ("h2", "Past harm"),
        ("p", "Niamh has bipolar disorder. In January she stopped taking her lithium because she said it made "
              "her feel flat. On 2 February at 2am police found her walking along the Sorrelby bypass with Orla "
              "in her pyjamas and no coat; Ruairi was asleep at home on his own. Niamh was admitted to Fernlea "
              "Ward, Sorrelby General Hospital, for 12 days and the children stayed with Bridget. She came home "
              "on 17 February, back on lithium, and is open to the Sorrelby Community Mental Health Team."),
        ("h2", "Complicating factors"),
        ("p", "Niamh has had two earlier admissions, in 2019 and 2021. Both times the first signs were not "
              "sleeping, spending money and talking very fast, and both times she stopped her medication first. "
              "Ruairi was late to school 11 times in January and has told his teacher he gets Orla's breakfast "
              "when Mum is tired."),
        ("h1", "What's working well?"),
        ("bullets", [
            "Niamh is open about her illness, came to the conference and says she wants to stay well for the "
            "children.",
            "Bridget looked after both children for 12 days at short notice and they were happy there.",
            "Orla's nursery attendance has been 100% since Niamh came home.",
        ]),
        ("h1", "Danger statements"),
        ("p", "Children's services, the school, the nursery and Bridget are worried that if Niamh becomes unwell "
              "again and stops her lithium, Ruairi and Orla could be left on their own or taken out at night, "
              "and could be hurt on the roads, go without food, or see their mum very unwell without an adult "
              "to help them."),
        ("p", "We are also worried that Ruairi feels he has to look after Orla and his mum, and that this is "
              "making him anxious and tired at school."),
        ("h1", "Safety goals"),
        ("bullets", [
            "Ruairi and Orla are always looked after by an adult who is well enough to keep them safe, day and "
            "night.",
            "Ruairi and Orla get to school and nursery every day, on time, fed and dressed for the weather.",
            "Ruairi knows who to ring if Mum becomes poorly and is never left to look after Orla himself.",
            "Niamh takes her lithium every day and goes to all her appointments with the mental health team.",
        ]),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough for the "
              "plan to end and 0 means Ruairi and Orla cannot safely live at home: Niamh 8, Bridget 6, "
              "Hazelgrove Primary 5, Sorrelby CMHT 5, social worker 3."),
        ("h1", "What Ruairi and Orla say"),
        ("p", "Ruairi (three houses, at school with Megan on 26 February). House of worries: \"When Mum doesn't "
              "go to bed and talks and talks. When I had to find Orla.\" House of good things: \"Nanny Bridget's "
              "and fish fingers. Football with Uncle Declan.\" House of dreams: \"Mum being happy but normal "
              "happy, and me not being the one who does Orla's Weetabix.\""),
        ("p", "Orla told her key person that she \"went on a big walk in the dark with Mummy\" and that she "
              "likes \"sleepovers at Nanny's\". At nursery she plays house, puts her dolls to bed and tells them "
              "\"shush, Mummy's sleeping\"."),
        ("h1", "Next steps"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know it is working"],
            "widths": [6.4, 3.6, 2.8, 4.2],
            "rows": [
                ["See Ruairi and Orla at home, and Ruairi on his own at school, using his three houses to talk "
                 "about home",
                 "SW Megan Tully",
                 "Weekly until the review conference",
                 "Visit records with Ruairi's own words and where each child slept the night before"],
                ["Write a relapse and safety plan with Niamh and Bridget: Niamh's early warning signs, and who "
                 "looks after Ruairi and Orla if she becomes unwell",
                 "SW Megan Tully",
                 "By the first core group (18/03/2025)",
                 "Signed copies kept by Niamh, Bridget, the school and the nursery"],
                ["Take Ruairi to school and Orla to nursery on the days Niamh has appointments, and stay until "
                 "the children have had their tea",
                 "Bridget Kinsella (maternal grandmother)",
                 "Every Monday and Thursday",
                 "School and nursery registers show the children in on time; Bridget signs the family diary"],
                ["Have Ruairi and Orla to stay overnight so that Niamh gets a full night's sleep",
                 "Declan Kinsella (maternal uncle)",
                 "Every other Saturday",
                 "Declan texts the SW on the Sunday; the children talk about it at the next visit"],
                ["Continue fortnightly home visits to support Niamh with her mood and with taking her lithium",
                 "Paul Arkwright, care coordinator, Sorrelby CMHT",
                 "Fortnightly",
                 "Visit notes emailed to the SW after each visit"],
                ["Outpatient review of Niamh's lithium, with a written opinion for the core group on whether she "
                 "can spot her early warning signs in time to keep the children safe, and how long that is "
                 "likely to take",
                 "Dr Anjali Varma, consultant psychiatrist, Sorrelby CMHT",
                 "By 11/04/2025",
                 "Written opinion shared with the core group"],
                ["Keep an eye on Ruairi in class and at playtime and tell the SW if he seems worried about home",
                 "Miss Carla Pearce, Ruairi's class teacher",
                 "Daily in term time",
                 "Ruairi's wellbeing monitored"],
                ["Record how Orla arrives each morning: who brought her, whether she has had breakfast, and how "
                 "she settles",
                 "Jess Hanley, key person, Little Puffins Nursery",
                 "Every session",
                 "Daily arrival sheet, emailed to the SW every Friday"],
                ["Tell the SW if anyone notices Niamh's early warning signs (not sleeping, spending, talking "
                 "fast)",
                 "Family network",
                 "As and when",
                 "Calls logged on the children's file"],
                ["Go to the Sorrelby bipolar peer support group",
                 "Niamh Kinsella",
                 "Monthly, first Tuesday",
                 "Improvement in Niamh's confidence"],
                ["Hearing, eyesight and development check for Orla",
                 "Lucy Marsh, school nursing team",
                 "TBC",
                 "Results shared with the SW and the nursery"],
                ["Apply for 30 hours of funded childcare for Orla at Little Puffins",
                 "SW Megan Tully",
                 "By 31/03/2025",
                 ""],
            ],
        }),
        ("h1", "Safety plan: if Niamh becomes unwell"),
        ("p", "If Niamh misses two doses of lithium, goes two nights without sleep, or Ruairi or Orla are found "
              "out without an adult, Bridget will come to the house and take both children to hers, and the SW "
              "(or the emergency duty team out of hours) will hold a strategy discussion the same day. If Niamh "
              "is admitted to hospital again, Ruairi and Orla will stay with Bridget until she is discharged."),
        ("p", "If Niamh becomes unwell twice before the review conference, or stops her lithium again, the SW will "
              "ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at Hazelgrove Primary, 3.30pm: Tuesday 18/03/2025, 15/04/2025 and "
              "13/05/2025. Review child protection conference: Tuesday 27/05/2025, 10am, Sorrelby Town Hall."),
        ("p", "Plan written by Megan Tully (SW) and agreed with the chair on 05/03/2025."),
    ],
    "findings": [
        F("F002", "Niamh takes her lithium every day and goes to all her appointments with the mental health team."),
        F("H001", "Continue fortnightly home visits to support Niamh with her mood"),
        F("M002", "Keep an eye on Ruairi in class and at playtime"),
        F("W002", "Tell the SW if anyone notices Niamh's early warning signs"),
        F("T002", "Tell the SW if anyone notices Niamh's early warning signs"),
        F("M002", "Go to the Sorrelby bipolar peer support group"),
        F("T002", "Hearing, eyesight and development check for Orla"),
        F("M001", "Apply for 30 hours of funded childcare for Orla"),
        F("C003"),
    ],
})



# ---------------------------------------------------------------------------
# 2. GIRFEC child's plan set out by the SHANARRI wellbeing indicators, the
#    indicator merged down where it has two rows (pdf, header + footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_stannowick_girfec_shanarri_wellbeing_table_mcallister.pdf",
    "doc_title": "Child Protection Plan - Callum and Isla McAllister",
    "split": "tune",
    "actions": 9,
    "template": "girfec-childs-plan-pdf-landscape-kv-named-person-then-my-world-views-then-shanarri-table-indicator-merged-what-we-want-what-will-happen-who-by-when-how-we-will-know",
    "description": (
        "Scottish-style child protection plan (GIRFEC) for a 9-year-old and a 2-year-old after domestic "
        "abuse; the father is on a perpetrator programme and there are no alcohol, drug or mental health "
        "concerns (negated, so no F004). One table by SHANARRI indicator, 'Safe' merged down over two rows, "
        "each row with its own wellbeing outcome. Faults: the Responsible outcome is only about the father "
        "(F002); a blank 'By when' (T001); '-' as the owner (W001); 'Stuart's engagement with the "
        "programme' as the only measure (M002); the contingency's only response is to meet and discuss "
        "(C002) with no legal step (R002); review case conference 'date to be confirmed' (R001). Header and "
        "page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Stannowick Council · Children and Families Social Work",
    "footer": "Child protection plan – McAllister – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 1,
    "blocks": [
        ("title", "Child Protection Plan – Getting It Right for Callum and Isla"),
        ("kv", [
            ("Children", "Callum McAllister (9), Primary 5, Stannowick Burnside Primary; Isla McAllister (2), "
                         "at home with her mum"),
            ("Mother", "Kerry McAllister (30), 14 Mill Wynd, Stannowick. Both children live with her."),
            ("Father", "Stuart Dow (32). He left the family home on 20 January 2025 under bail conditions "
                       "and now lives with a friend in Stannowick Harbour."),
            ("Child protection case conference", "Initial, Thursday 20 February 2025"),
            ("Area of concern", "Domestic abuse"),
            ("Lead professional", "Fiona Laird, social worker, Stannowick South Team"),
            ("Named person (Callum)", "Mrs Heather Reid, depute head teacher, Burnside Primary"),
            ("Named person (Isla)", "Aileen Grant, health visitor"),
        ]),
        ("h1", "Why Callum and Isla need a plan"),
        ("p", "Police have been called to Mill Wynd five times since August 2024. On 19 January Stuart "
              "pushed Kerry against the kitchen worktop and broke her phone while Callum was in the room and "
              "Isla was in her cot next door; Callum ran to a neighbour. Stuart was charged and is on bail not "
              "to go to the house or contact Kerry except through a solicitor. Kerry told the conference the "
              "arguments had been \"years of it, mostly about money and who I see\"."),
        ("p", "There are no concerns about either parent's drinking or drug use, and Kerry has no history of "
              "mental health difficulties. Stuart has agreed to take part in the Stannowick Safer "
              "Relationships Programme."),
        ("h1", "What Callum and Isla have told us and shown us"),
        ("p", "Callum (with Fiona at school, using the My World Triangle, 13 February): \"It's quieter now. I "
              "still listen at night in case the door goes.\" He misses his dad and wants to see him \"at the "
              "centre, not at ours\". He likes football on Saturdays and wants to keep going. He put home at "
              "6 out of 10 and school at 8."),
        ("p", "Isla is saying a few single words. At home she follows Kerry from room to room and she cries "
              "when a door bangs. At the case conference she played with the bricks on Kerry's knee and "
              "settled when Kerry sang to her."),
        ("h1", "Our plan for Callum and Isla"),
        ("table", {
            "header": ["Wellbeing indicator", "What we want for Callum and Isla", "What will happen", "Who",
                       "By when", "How we will know"],
            "widths": [3.0, 4.8, 5.9, 3.5, 3.3, 5.2],
            "rows": [
                ["Safe",
                 "Callum and Isla live in a home where nobody is hurt, shouted at or frightened.",
                 "Write a safety plan with Kerry and the children, and put a police marker on the address",
                 "Ailsa Munro, Stannowick Women's Aid",
                 "By 14 March 2025",
                 "Written safety plan on file; the police confirm the marker in writing"],
                [V,
                 "Callum knows what to do and who to go to if there is trouble at home.",
                 "See both children at home, and Callum on his own, and go through his safety card with him",
                 "Fiona Laird (SW)",
                 "Every week until the review",
                 "Visit records with Callum's own words; Callum can tell Fiona his plan"],
                ["Healthy",
                 "Isla's health and development are checked and her immunisations are up to date.",
                 "Isla's 27-30 month review, and the MMR she missed last year",
                 "Aileen Grant, health visitor",
                 "",
                 "ASQ-3 scores and immunisation record shared with the SW"],
                ["Achieving",
                 "Callum is in school every day and catches up with his reading.",
                 "Reading support in class and a check-in with a trusted adult at the start of each day",
                 "Mrs Heather Reid, depute head teacher",
                 "Every school day",
                 "Attendance record sent to the SW every Friday; reading age re-tested at Easter"],
                ["Nurtured",
                 "Callum and Isla see their dad in a way that is safe and planned.",
                 "Supervised contact with their dad at the Stannowick Family Centre",
                 "Colin Baxter, contact supervisor",
                 "Every Saturday, 10–11.30am",
                 "Contact notes to the SW within 2 days, saying how each child was before and after"],
                ["Active",
                 "Callum keeps playing football on Saturdays with his team.",
                 "Apply to the Stannowick hardship fund for Callum's club fees and boots",
                 "-",
                 "By 31 March 2025",
                 "Award letter on file"],
                ["Respected",
                 "Callum's views are heard at every meeting about him, in his own words.",
                 "Gather Callum's views on a My Say sheet before each meeting",
                 "Fiona Laird (SW)",
                 "Before every core group and the review",
                 "My Say sheet shared at each meeting"],
                ["Responsible",
                 "Stuart takes responsibility for how he has behaved and stops being abusive to Kerry.",
                 "Safer Relationships Programme, including the sessions on how abuse affects children",
                 "Stuart Dow; programme worker Neil Rae",
                 "Every Tuesday evening for 20 weeks from 11 March",
                 "Stuart's engagement with the programme"],
                ["Included",
                 "Callum and Isla have warm clothes, enough food and a heated home.",
                 "Benefits check for Kerry now she is on her own with the children, so there is money for "
                 "food and heating",
                 "Jamie Ross, Stannowick Welfare Rights",
                 "By 28 March 2025",
                 "New claims and award letters seen by the SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If things get worse at home, or Kerry lets Stuart back into the house, the core group will meet "
              "to discuss what should happen next and whether the plan needs to change."),
        ("h1", "Meetings"),
        ("p", "Core group: every four weeks at Burnside Primary, 3.30pm, next on Wednesday 2 April 2025, then "
              "30 April and 28 May 2025."),
        ("p", "Review child protection case conference: date to be confirmed."),
        ("p", "Plan written by Fiona Laird and shared with Kerry, Stuart and every agency on 24 February 2025."),
    ],
    "findings": [
        F("F002", "Stuart takes responsibility for how he has behaved and stops being abusive to Kerry."),
        F("T001", "Isla's 27-30 month review, and the MMR she missed"),
        F("W001", "Apply to the Stannowick hardship fund for Callum's club fees"),
        F("M002", "Safer Relationships Programme, including the sessions on how abuse"),
        F("C002"),
        F("R002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan: mother with a mild learning disability and a history of
#    postnatal depression, father on a perpetrator programme (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_skelmarden_pre_birth_plan_pilling.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Unborn baby Pilling and Mia Pilling",
    "split": "tune",
    "actions": 14,
    "template": "pre-birth-icpc-docx-kv-then-worries-going-well-mia-and-the-baby-what-good-looks-like-then-what-will-happen-who-when-how-we-will-know-table-birth-and-discharge-events",
    "description": (
        "Pre-birth conference plan for an unborn baby (due June 2025) and her 3-year-old sister. The mother "
        "has a mild learning disability and had postnatal depression after her first child; the baby's "
        "father has a domestic abuse conviction and is on a perpetrator programme. Timescales tied to "
        "pregnancy and birth ('every 2 weeks until 36 weeks, then weekly until the birth', 'before "
        "discharge from the postnatal ward', 'every night for the first 14 nights after the baby comes "
        "home'). The community learning disability team and the perinatal mental health team own actions "
        "and report on what the mother can do and whether she is changing; the GP treats (not H001); the "
        "grandmother's help has a fallback; Mia's words and the baby's world are recorded; dates and legal "
        "step set. Exemplary."
    ),
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Skelmarden Metropolitan Borough Council · Children's Social Care · Pre-Birth and Early Years Team"),
        ("kv", [
            ("Unborn baby", "Baby Pilling, a girl, due 14/06/2025; scans at 12 and 20 weeks normal"),
            ("Sister", "Mia Pilling (3), Little Larks Nursery, Monday to Thursday mornings"),
            ("Mother", "Jade Pilling (22), Flat 3, 41 Ropery Lane, Skelmarden"),
            ("Baby's father", "Kieran Ashdown (26), lives with his brother in Skelmarden Vale. Kieran is not "
                              "Mia's father; Mia's father has no contact."),
            ("Family network", "Lorraine Pilling (49), maternal grandmother, Netherfold Road, ten minutes' walk "
                               "away"),
            ("Conference", "Pre-birth child protection conference, Wednesday 26/03/2025"),
            ("Category", "Neglect (risk of) and emotional abuse"),
            ("Social worker", "Rachel Dunmore"),
            ("Chair", "Simon Achterberg"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Kieran was convicted in 2022 of assaulting a previous partner. In December 2024 police were called "
              "to Jade's flat after Kieran shouted at her and punched the bedroom door while Mia was in the "
              "room; Jade said he had not touched her. Jade has a mild learning disability. She finds written "
              "letters and appointment cards hard to follow and has missed two of her five antenatal "
              "appointments. After Mia was born Jade had postnatal depression and stopped her sertraline in "
              "early pregnancy without telling her GP. Jade has said she does not always know when a baby is "
              "hungry or poorly."),
        ("h1", "What is going well"),
        ("bullets", [
            "Mia is a happy, chatty little girl. She is clean, healthy and up to date with her checks, and Jade "
            "gets her to nursery every day.",
            "Jade asked for help herself when she found out she was pregnant, and she came to the conference "
            "with her mum.",
            "Kieran has been to all six of his first Choices sessions and has kept to the agreement not to stay "
            "overnight at the flat.",
            "Lorraine sees Jade and Mia most days and has offered to stay for the first two weeks after the baby "
            "is born.",
        ]),
        ("h1", "Mia, and the baby's world"),
        ("p", "Mia (at nursery with Rachel, 19 March): \"A baby is in Mummy's tummy. I'm going to be a big sister "
              "and push the pram.\" When Rachel asked about the night the police came, Mia said \"Kieran banged "
              "the door and I hided under the covers.\" She said she likes it when \"Nanny Lorraine does my "
              "hair\" and that she wants \"the baby to sleep in my room\". At nursery Mia settles well, plays "
              "mums and babies with the dolls, and startles and covers her ears when other children shout."),
        ("p", "The baby cannot tell us what she needs, so the plan is built around what a newborn needs every "
              "day: to be fed every three to four hours, day and night, to sleep on her back in her own Moses "
              "basket, to be held and talked to, to be kept warm, and to live somewhere calm, without shouting "
              "or violence. The midwife says the baby is growing well and is very active in the evenings."),
        ("h1", "What good looks like"),
        ("bullets", [
            "The baby is born safely and goes home to a warm, calm flat with her own Moses basket and "
            "everything she needs ready.",
            "The baby is fed on time, day and night, gains weight along her centile, and has her checks and "
            "immunisations on time.",
            "The baby and Mia live without shouting, threats or violence, and Mia tells us she feels safe at "
            "home.",
            "Mia keeps going to nursery every day and is not worried about her mum or the baby.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will know"],
            "widths": [6.2, 3.8, 3.2, 3.8],
            "rows": [
                ["Antenatal checks for Jade and the baby, with easy-read appointment cards and a text reminder "
                 "the day before each one",
                 "Claire Osei, specialist safeguarding midwife, Skelmarden Maternity Unit",
                 "Every 2 weeks until 36 weeks, then weekly until the birth",
                 "Attendance on the maternity record, shared with the SW before each core group"],
                ["See Jade and Mia at home, and Mia on her own at nursery; after the birth, see the baby awake "
                 "and where she sleeps",
                 "SW Rachel Dunmore",
                 "Weekly until the birth, then twice a week for the first 4 weeks the baby is home",
                 "Visit records with Mia's own words and what was seen of the baby's feeds and sleep"],
                ["Parenting assessment of Jade using PAMS (designed for parents with a learning disability), "
                 "including how Kieran would share the baby's care",
                 "SW Rachel Dunmore, with the CLDT",
                 "Report by 16/05/2025",
                 "PAMS report shared with Jade in easy read and with the core group"],
                ["Easy-read sessions with Jade on feeding, safe sleep and coping with crying, and a written "
                 "view on what Jade can do on her own and where she will need help in the long term",
                 "Aoife Bennett, community nurse, Skelmarden Community Learning Disability Team",
                 "Weekly from 07/04/2025 for 8 weeks; written view by 30/05/2025",
                 "Session checklist signed by Jade after each session; written view sent to the SW and the "
                 "core group"],
                ["Assess Jade's mood in pregnancy and after the birth, and report on whether she is making the "
                 "changes needed to care for the baby and Mia, the steps still needed and how long they are "
                 "likely to take",
                 "Dr Leila Hussain, Skelmarden Perinatal Mental Health Team",
                 "First appointment by 11/04/2025, then monthly until the baby is 3 months old",
                 "EPDS scores and a written report sent to the SW before each core group"],
                ["Restart and review Jade's antidepressant with her and the perinatal team, and tell the SW "
                 "about any change of dose or missed prescription",
                 "Dr Owen Price, GP, Skelmarden Health Centre",
                 "By 25/04/2025, then at each prescription review",
                 "GP letter on the children's file"],
                ["Choices programme for Kieran, including the module on how abuse affects babies and young "
                 "children",
                 "Kieran Ashdown; facilitator Sam Ridley reports to the SW",
                 "Every Wednesday evening until 09/07/2025",
                 "Attendance sent to the SW monthly; mid-programme report by 21/05/2025"],
                ["Safety plan with Jade for the birth and for when the baby comes home: who Jade rings, and a "
                 "police marker on the flat",
                 "IDVA Nadia Clarke, Skelmarden Domestic Abuse Service",
                 "By 25/04/2025",
                 "Written safety plan on file; Jade can explain it to the SW in her own words"],
                ["Write the birth plan with Jade: who may visit on the ward, and that Kieran visits only with "
                 "Lorraine or a member of staff present",
                 "SW Rachel Dunmore",
                 "By 36 weeks (17/05/2025)",
                 "Birth plan on the maternity record and copied to the ward manager"],
                ["Collect Mia from nursery and give her tea on the days Jade has appointments",
                 "Lorraine Pilling (maternal grandmother)",
                 "Every Tuesday and Thursday until the birth",
                 "Nursery collection log"],
                ["Stay at the flat and share the 2am and 5am feeds with Jade",
                 "Lorraine Pilling",
                 "Every night for the first 14 nights after the baby comes home",
                 "Lorraine fills in the feed chart; the SW and the HV check it at each visit"],
                ["Record how Mia arrives, her mood, and anything she says about home",
                 "Becky Sharpe, key person, Little Larks Nursery",
                 "Every session (Monday to Thursday)",
                 "Weekly summary emailed to the SW every Friday"],
                ["Antenatal home visit, then the new birth visit: feeding, the baby's sleeping space and Jade's "
                 "mood",
                 "HV Priya Lal, Skelmarden 0-19 Service",
                 "Antenatal visit by 17/05/2025; new birth visit within 14 days of the birth",
                 "Safe sleep checklist signed by Jade; the baby's weight in the red book"],
                ["Discharge planning meeting on the postnatal ward with Jade, Lorraine, the SW and the HV",
                 "Claire Osei, specialist safeguarding midwife",
                 "Before discharge from the postnatal ward",
                 "Written discharge plan sent to Jade and every agency on the day of the meeting"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kieran comes to the flat outside the agreed times, threatens Jade, or the police are called to "
              "any incident involving him, Jade will ring 999 and the SW (or the emergency duty team out of "
              "hours) will hold a strategy discussion the same day. Jade, Mia and the baby will go to Lorraine's "
              "house that day or, if that is not safe, the IDVA will find a refuge place that day."),
        ("p", "If Jade's mood drops so that she cannot feed the baby or get Mia to nursery, or she stops her "
              "antidepressant, the perinatal team will see her within 48 hours and Lorraine will stay at the "
              "flat until the strategy discussion has agreed what happens next."),
        ("p", "If Lorraine cannot collect Mia, stay for the first 14 nights or be there when Kieran visits the "
              "ward (for example because she is ill), Kieran will not visit, the baby will not be discharged "
              "until the SW has agreed another plan with Jade, and the community midwife will visit every day. "
              "If no safe plan can be made, the SW will arrange a parent and baby foster placement."),
        ("p", "If Kieran breaks the agreement twice, or the PAMS report finds that Jade cannot meet the baby's "
              "needs even with the support on offer, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days, so that pre-proceedings (PLO) can start before the birth."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Skelmarden Family Hub, 1.30pm: Wednesday 09/04/2025, 07/05/2025 and "
            "04/06/2025, then an extra core group within 10 working days of the birth.",
            "Review child protection conference: Wednesday 23/07/2025, 10am, Skelmarden Civic Centre.",
        ]),
        ("p", "Plan written by Rachel Dunmore (SW), read through with Jade and Lorraine in easy read on "
              "27/03/2025, and sent to every agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Bulleted narrative plan that drifts into the mother's own needs; outcomes
#    in her own words (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_swarthby_bulleted_narrative_plan_doherty.md",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-plan-md-short-details-background-what-good-looks-like-in-mums-words-then-the-plan-bullets-one-sentence-each-contingency-meetings",
    "description": (
        "Review conference plan for a 6-year-old and a 10-month-old whose mother has relapsed on heroin "
        "while on a methadone script, with rent arrears and debts. A plain bulleted narrative plan that "
        "drifts into the mother's own needs: seven of ten bullets are about her treatment, housing, debts, "
        "dentist and wellbeing with no link to the children (F001). Outcomes in her own words, two only "
        "about her (F002). Nothing records what the children say or how they are (F003). The recovery "
        "service and the GP are only places she goes (F004). Also 'when she is able' (T002), 'engagement' "
        "as the measure (M002) and a passive referral (W001). The contingency is specific with a fallback "
        "and a legal step; meetings dated."
    ),
    "text": """\
# Swarthby Council – Child Protection Plan

**Children:** Kacey Doherty (6), Year 1 at Swarthby Moor Primary; Tyler Doherty (10 months)
**Mother:** Leanne Doherty (29), 17 Cinder Street, Swarthby
**Conference:** First review child protection conference, Wednesday 2 April 2025
**Category:** Neglect
**Social worker:** Carl Benson, Swarthby Children's Safeguarding Team
**Chair:** Ruth Adeyemi

## Background

Leanne has used heroin on and off since she was 19. She has been on a methadone script with the
Swarthby Recovery Service since 2022. In February 2025 two of her urine screens were positive for
heroin, and on 3 March police stopped her in Swarthby town centre with a small amount of heroin.
Leanne says she "slipped" after Tyler's dad, Ryan Shaw, went back to
prison in January. She is £2,300 behind with her rent, has a notice seeking possession from Swarthby
Homes, and has other debts on catalogues and a doorstep loan. She has been low in mood since
Christmas and has had a chest infection for several weeks. Kacey's attendance this term is 79%.

## What good looks like (in Leanne's words)

- "I want to be clean, properly clean, and off the script by Christmas."
- "I want my debts sorted so I stop panicking every time there's a knock at the door."
- "Kacey gets to school on time every day and Tyler has all his jabs done."

## The plan

- Leanne will collect her methadone from Swarthby Pharmacy every day and go to her keywork session at the Swarthby Recovery Service each Tuesday, showing her appointment card at the social worker's visits.
- Leanne will start the Swarthby Recovery Service's SMART group on Thursdays from 10 April, to show her engagement with her recovery.
- Leanne will see her GP about her low mood and her chest by 18 April and tell Carl what was agreed.
- Carl (social worker) will go with Leanne to Swarthby Homes about the rent arrears and a housing transfer when she is able, and keep a copy of the repayment plan on file.
- Leanne will see the Swarthby Money Advice Centre about her catalogue debts and the doorstep loan by 30 April and bring her budget sheet to the next core group.
- A referral will be made to the Swarthby Women's Wellbeing Group for Leanne by 25 April, with the acceptance letter kept on file.
- Leanne will register with a dentist and have her teeth seen to by 30 May, showing Carl the appointment letter.
- Nicola Birch (health visitor) will visit Tyler every two weeks, weigh him, check where he sleeps and that his immunisations are caught up, and write it all in his red book.
- Carl (social worker) will visit every week, at least one visit in three unannounced, see Kacey and Tyler and check that Leanne's methadone is kept in the locked box, recording what he sees on the visit record.
- Mrs Dale (DSL, Swarthby Moor Primary) will email Carl Kacey's attendance and lateness every Friday.

## Contingency

If Leanne uses heroin or any drug that is not prescribed, misses her methadone for three days in a
row, or the methadone is found outside the locked box, Kacey and Tyler will go to stay with Leanne's
aunt, Pauline Doherty, that day and Carl (or the emergency duty team out of hours) will hold a
strategy discussion the same day. If Pauline cannot have them, Carl will arrange a foster placement
that day. If Leanne has two more positive screens before the next review, Carl will ask his team
manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every three weeks at Swarthby Family Hub, 1pm: Wednesday 16 April, 7 May and 28 May 2025.
- Next review child protection conference: Wednesday 25 June 2025, 10am, Swarthby Civic Centre.
""",
    "findings": [
        F("F002", "I want to be clean, properly clean, and off the script by Christmas."),
        F("F002", "I want my debts sorted so I stop panicking every time there's a knock at the door."),
        F("M002", "start the Swarthby Recovery Service's SMART group on Thursdays"),
        F("T002", "go with Leanne to Swarthby Homes about the rent arrears"),
        F("W001", "A referral will be made to the Swarthby Women's Wellbeing Group"),
        F("F001"),
        F("F003"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system text print of a review plan: mother's depression, father on
#    a perpetrator programme, family about to move to another authority (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_sennacott_carelink_review_print_farrell.txt",
    "split": "tune",
    "actions": 11,
    "template": "rcpc-case-system-print-txt-numbered-sections-action-blocks-who-when-measure-dot-leaders-dash-for-empty-fields",
    "description": (
        "Case-system print of a first review plan for an 11-year-old and an 8-year-old (domestic abuse; "
        "father moved out and is on a perpetrator programme; mother's depression treated by Talking "
        "Therapies and the GP). The family is moving to another authority in May. Faults: the parenting "
        "assessment is left for the receiving authority after transfer (X001); CBT for the mother with no "
        "report on change (H001; the GP's medication review is never H001); supervised contact with "
        "nobody named (W001); a blank 'when' (T001); a blank measure (M001); 'All agencies' (W002); an "
        "outcome only about the mother (F002); and the review conference 'to be arranged by Sallowfield' "
        "(R001). Visits that carry on until the transfer-in conference and the information sent ahead "
        "of it are not X001."
    ),
    "text": """\
SENNACOTT BOROUGH COUNCIL - CHILDREN'S SERVICES                 CareLink 5.2
CHILD PROTECTION PLAN (REVIEW)                        printed 10/04/2025 14:12
user: DPRICE                                                     page 1 of 1
================================================================================
[1] CHILDREN AND FAMILY
    Ellie-Mae FARRELL   DOB 14/11/2013 (11)  CL-883104  Year 6, Ashgrove Primary
    Josh FARRELL        DOB 02/05/2016 (8)   CL-883105  Year 3, Ashgrove Primary
    MOTHER ........ Michelle FARRELL (35), 6 Tanner's Yard, Sennacott
    FATHER ........ Gary FARRELL (38), living with his brother at Sennacott
                    Green since 11/12/2024
    AUNT .......... Dawn Lomax (40), Michelle's sister, Sallowfield
    ICPC .......... 08/01/2025        REVIEW HELD .. 09/04/2025
    CATEGORY ...... Emotional abuse
    SW ............ Daniel Price, Sennacott Family Safeguarding Team
    CHAIR ......... Margaret Oyelowo

[2] REASON FOR PLAN AND PROGRESS
    Police were called to Tanner's Yard six times in 2024. On 10/12/2024
    Gary threw a mug at Michelle that hit the wall beside Josh's head.
    Gary moved out the next day and there is a non-molestation order
    until 12/2025. Since then there have been no incidents. Michelle has
    depression; her GP restarted sertraline in January and referred her
    to Sennacott Talking Therapies. She has found it hard to get the
    children to school on time on her bad days. Michelle has a tenancy
    from 12/05/2025 in Sallowfield, near Dawn, and the case will transfer
    to Sallowfield Metropolitan Council when the family moves.

[3] WHAT ELLIE-MAE AND JOSH SAY
    Ellie-Mae (seen alone at school 01/04/2025): "It's calmer without Dad
    but Mum cries a lot. I'm scared about the new school because I won't
    know anyone." She wants to see her dad "but only at the centre".
    Josh (seen at home 03/04/2025): he drew the mug "flying" and said
    "that was the worst day". He is excited about Auntie Dawn's dog and
    wants to keep doing football.

[4] OUTCOMES
    O1  Ellie-Mae and Josh live without violence or threats, at home and
        at contact with their dad.
    O2  Ellie-Mae and Josh settle into their new schools in Sallowfield
        with no gap in the help they get.
    O3  Michelle's mood improves and she feels able to cope.

[5] ACTIONS
--------------------------------------------------------------------------------
A01  See Ellie-Mae and Josh at home, and each child alone at school
     WHO ........ SW Daniel Price
     WHEN ....... weekly until the transfer-in conference in Sallowfield
     MEASURE .... visit records with each child's own words
--------------------------------------------------------------------------------
A02  Parenting assessment of Michelle, to be started by Sallowfield once
     the case has transferred
     WHO ........ Sallowfield Children's Services
     WHEN ....... after transfer
     MEASURE .... assessment report
--------------------------------------------------------------------------------
A03  Twelve sessions of CBT for Michelle's depression
     WHO ........ Tom Ashby, Sennacott Talking Therapies
     WHEN ....... weekly from 14/04/2025
     MEASURE .... attendance sent to the SW monthly
--------------------------------------------------------------------------------
A04  Review Michelle's sertraline and how she is sleeping
     WHO ........ Dr Ian Fell, GP, Tanner's Yard Surgery
     WHEN ....... by 30/04/2025
     MEASURE .... GP letter to the SW
--------------------------------------------------------------------------------
A05  Changing Patterns programme for Gary, including the sessions on
     how abuse affects children
     WHO ........ Gary Farrell; facilitator Lee Warrender reports to SW
     WHEN ....... every Monday evening until 29/09/2025
     MEASURE .... monthly attendance; mid-course report by 30/06/2025
--------------------------------------------------------------------------------
A06  Contact for Ellie-Mae and Josh with their dad, supervised, every
     other Saturday morning
     WHO ........ -
     WHEN ....... fortnightly, Saturdays 10-11.30am
     MEASURE .... contact notes sent to the SW within 2 working days
--------------------------------------------------------------------------------
A07  ELSA sessions for Josh on worries and big feelings
     WHO ........ Mrs Karen Hirst, ELSA, Ashgrove Primary
     WHEN ....... -
     MEASURE .... ELSA log; anything Josh says about home passed to the DSL
--------------------------------------------------------------------------------
A08  Update the safety plan with Michelle for the move, including keeping
     the new address from Gary
     WHO ........ IDVA Rukhsana Begum, Sennacott Domestic Abuse Service
     WHEN ....... by 25/04/2025
     MEASURE .... -
--------------------------------------------------------------------------------
A09  Tell the SW the same day if Gary contacts Michelle or the children
     outside supervised contact
     WHO ........ All agencies
     WHEN ....... same day
     MEASURE .... each contact logged on the children's file by the SW
--------------------------------------------------------------------------------
A10  Send the transfer summary, this plan and the chronology to Sallowfield
     and ask them to book the transfer-in conference
     WHO ........ SW Daniel Price
     WHEN ....... within 5 working days of the family's move
     MEASURE .... transfer-in conference date confirmed in writing
--------------------------------------------------------------------------------
A11  Register Ellie-Mae and Josh with a GP, a dentist and their new schools
     in Sallowfield
     WHO ........ Michelle Farrell
     WHEN ....... within 2 weeks of the move
     MEASURE .... registration letters and school start dates seen by the SW
--------------------------------------------------------------------------------

[6] CONTINGENCY
    TRIGGER .... Gary comes to the house or contacts Michelle or the
                 children outside supervised contact, or the police are
                 called to any incident involving him.
    RESPONSE ... Michelle rings 999. The SW (or the emergency duty team)
                 holds a strategy discussion the same day and contact
                 stops until a new risk assessment is done.
    MOOD ....... If Michelle cannot get the children up and to school for
                 two days running, the SW visits that day and the
                 children stay with Dawn until Michelle is well enough;
                 if Dawn cannot have them, the SW arranges a foster
                 placement that day.
    LEGAL ...... If Gary breaches the order, or there is another incident
                 before the transfer-in conference, the SW asks for a
                 legal planning meeting within 5 working days.

[7] MEETINGS
    CORE GROUP .... every 4 weeks, Thursdays 3.30pm, Ashgrove Primary:
                    24/04/2025, 22/05/2025
    RCPC .......... to be arranged by Sallowfield after transfer
================================================================================
END OF PRINT
""",
    "findings": [
        F("F002", "Michelle's mood improves and she feels able to cope."),
        F("X001", "Parenting assessment of Michelle, to be started by Sallowfield"),
        F("H001", "Twelve sessions of CBT for Michelle's depression"),
        F("W001", "Contact for Ellie-Mae and Josh with their dad, supervised"),
        F("T001", "ELSA sessions for Josh on worries and big feelings"),
        F("M001", "Update the safety plan with Michelle for the move"),
        F("W002", "Tell the SW the same day if Gary contacts Michelle"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Looked-after baby on a children's ward while his mother is detained with
#    postpartum psychosis; no outcomes and no contingency (pdf, header + footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_scarrowfield_lac_baby_ward_plan_brannigan.pdf",
    "doc_title": "Child Protection Plan - Alfie Brannigan",
    "split": "tune",
    "actions": 11,
    "template": "icpc-looked-after-baby-on-ward-pdf-kv-reason-alfie-on-the-ward-decision-then-no-action-lead-date-evidence-table-meetings-only",
    "description": (
        "Initial conference plan for a 7-week-old accommodated under section 20 and still on a children's "
        "ward, medically fit and waiting for a foster placement, while his mother is detained with "
        "postpartum psychosis and his father drinks heavily. The plan is all tasks: the SW liaises with the "
        "ward but nobody is set to visit Alfie there (L001); no expected outcome for him (O001); no "
        "contingency at all although the paternal grandparents own three actions (C001, C003); nothing on "
        "legal planning (R002); the adult ward, GP and alcohol service are only places the parents go "
        "(F004). Also 'As required' and 'ASAP' (T002) and 'Monitored by the SW' (M002). The nurses' "
        "observations of Alfie are his voice (no F003). Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE – Scarrowfield City Council – Children in Care and Safeguarding",
    "footer": "Alfie Brannigan – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial child protection conference held on Ward 4, Scarrowfield Royal Infirmary"),
        ("kv", [
            ("Child", "Alfie Brannigan, born 14/01/2025 (7 weeks)"),
            ("Where Alfie is", "Ward 4 (children's ward), Scarrowfield Royal Infirmary, since 20/02/2025"),
            ("Legal status", "Accommodated under section 20 since 28/02/2025, with his father's agreement"),
            ("Mother", "Stacey Brannigan (24), detained under section 2 of the Mental Health Act on the "
                       "Larchfield Unit, Scarrowfield"),
            ("Father", "Jordan Keane (27), 3 Foundry Walk, Scarrowfield"),
            ("Paternal grandparents", "Maureen and Dennis Keane, Wellgate, Scarrowfield"),
            ("Conference", "Wednesday 05/03/2025, 11am, Ward 4 parents' room"),
            ("Category", "Neglect"),
            ("Social worker", "Kirsty Mallon, Scarrowfield Children in Care Team"),
            ("Independent reviewing officer", "Helen Marsh"),
        ]),
        ("h1", "Why Alfie has a plan"),
        ("p", "Alfie was admitted to Ward 4 on 20 February with bronchiolitis and was found to have dropped from "
              "the 50th to the 9th centile for his weight. On 24 February Stacey became acutely unwell on the "
              "ward: she had not slept for several days, believed Alfie was being poisoned through his milk and "
              "tried to leave the hospital with him in the night. She was assessed and detained under section 2 "
              "the next day, and a diagnosis of postpartum psychosis has been made. No mother and baby unit bed "
              "is available."),
        ("p", "Jordan drinks most days. He told the conference he has \"four or five cans a night, more at the "
              "weekend\", and on 26 February ward staff asked him to leave because he smelled strongly of "
              "alcohol when he came to feed Alfie. Jordan agreed to Alfie being accommodated while a plan is "
              "made. Alfie is now well enough to leave hospital but there is no foster placement yet."),
        ("h1", "Alfie on the ward"),
        ("p", "Alfie cannot tell us how he feels, so this is what the nurses and the social worker have seen. "
              "He takes 120 ml of formula every three hours and has put on 210 g in the last week. He is a "
              "sleepy baby who wakes for feeds and settles quickly when he is held upright against a shoulder. "
              "He has started to follow faces and smiled at the nurse who feeds him most mornings. He cries "
              "when the ward is noisy at visiting time and calms when he is swaddled. Jordan has visited four "
              "times since 28 February; the nurses say Alfie is calm with him and Jordan holds him gently."),
        ("h1", "Decision of the conference"),
        ("p", "The conference agreed that Alfie is at risk of significant harm and will be subject to a child "
              "protection plan under the category of neglect. His looked-after review will be chaired by the "
              "independent reviewing officer, Helen Marsh."),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Date", "Evidence"],
            "widths": [1.2, 5.9, 3.6, 2.8, 3.5],
            "rows": [
                ["1", "Liaise with Ward 4 about Alfie's expected discharge date and pass it to the fostering team",
                 "SW Kirsty Mallon", "By 14/03/2025", "Discharge date confirmed in writing by the ward"],
                ["2", "Find a foster placement near Scarrowfield that Alfie can go to straight from the ward",
                 "Scarrowfield Fostering Service, placements team", "By 14/03/2025",
                 "Placement confirmed in writing to the SW and the ward"],
                ["3", "Initial health assessment for Alfie as a looked-after child",
                 "Dr Farah Iqbal, Looked After Children's Health Team",
                 "Within 20 working days of accommodation (by 28/03/2025)",
                 "Health assessment report sent to the SW and the IRO"],
                ["4", "Hearing screen, 8-week check and first immunisations for Alfie",
                 "Dr Ola Adeyemi, paediatric registrar, Ward 4", "Before discharge from Ward 4",
                 "Results in the red book and the discharge letter"],
                ["5", "Tell the health visiting team and the GP where Alfie is placed",
                 "Sister Jan Holt, discharge coordinator, Ward 4", "ASAP",
                 "Handover email to the HV and the GP kept on the ward file"],
                ["6", "Ask Stacey for her consent to share information from the Larchfield Unit with the core "
                      "group",
                 "SW Kirsty Mallon", "By 10/03/2025", "Signed consent form on file"],
                ["7", "Connected persons viability assessment of Maureen and Dennis Keane as carers for Alfie",
                 "SW Kirsty Mallon", "By 28/03/2025",
                 "Viability report shared with the parents and the core group"],
                ["8", "Complete and return the viability forms, with two references and DBS consent",
                 "Maureen and Dennis Keane (PGPs)", "By 18/03/2025",
                 "Forms received by the fostering service"],
                ["9", "Supervise Jordan's contact with Alfie at the Scarrowfield Family Centre once Alfie has "
                      "left hospital",
                 "Maureen Keane (PGM)", "Twice a week from Alfie's discharge",
                 "Contact log signed by Maureen and seen by the SW"],
                ["10", "Drive Jordan to his GP and alcohol service appointments and check he is sober before he "
                       "sees Alfie",
                 "Dennis Keane (PGF)", "As required", "Dennis rings the SW after each appointment"],
                ["11", "Cut down his drinking so that he is sober whenever he sees Alfie",
                 "Jordan Keane", "By Alfie's discharge", "Monitored by the SW"],
            ],
        }),
        ("h1", "Meetings"),
        ("p", "Core group: Wednesday 19/03/2025, 2pm, Ward 4 parents' room (or the Scarrowfield Family Centre if "
              "Alfie has been discharged), then every 4 weeks: 16/04/2025 and 14/05/2025."),
        ("p", "Review child protection conference, held with Alfie's looked-after review: Wednesday "
              "28/05/2025, 10am, Scarrowfield Civic Offices."),
        ("p", "Plan typed by Kirsty Mallon (SW) on 06/03/2025 and sent to Jordan, the Larchfield Unit for "
              "Stacey, the paternal grandparents and every agency named above."),
    ],
    "findings": [
        F("T002", "Tell the health visiting team and the GP where Alfie is placed"),
        F("T002", "Drive Jordan to his GP and alcohol service appointments"),
        F("M002", "Cut down his drinking so that he is sober"),
        F("L001"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("R002"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review plan grouped under the children's outcomes; mother with a
#    learning disability, father with depression and panic attacks; the
#    adults' support is described in detail but tied to the children (md,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_sulvermoor_outcome_grouped_review_plan_hensall.md",
    "split": "tune",
    "actions": 16,
    "template": "rcpc-plan-md-details-worries-childrens-words-outcomes-incl-childs-words-then-plan-h3-groups-by-outcome-bold-owner-bullets-contingency-meetings",
    "description": (
        "First review plan for an 8-year-old and a 2-year-old (neglect: the younger child's weight has "
        "faltered and the older one has been doing the mornings). The mother has a mild learning disability "
        "and the father has depression and panic attacks. The plan describes the adults' support in detail "
        "- learning disability team sessions, a Care Act assessment, CMHT care coordination, GP medication "
        "review, a panic group - but every such bullet says what it is for the children, the CMHT is asked "
        "whether the father is changing and how long it will take, and most bullets are about the children "
        "(hard negatives for F001, H001, F004). Outcomes include Daisy's own words. Each bullet has an "
        "owner, a timescale and what will show it; the grandmother's help has a fallback; dates and legal "
        "step set. Exemplary."
    ),
    "text": """\
# Child Protection Plan – Daisy and Finn Hensall

Sulvermoor County Council · Children's Services · Sulvermoor North Safeguarding Team

| | |
|---|---|
| Children | Daisy Hensall (8), Year 3, Sandpiper Lane Primary; Finn Hensall (2), at home |
| Parents | Rosie Hensall (27) and Adam Hensall (31), 5 Quarry Bank, Sulvermoor |
| Family | Carol Whitby, Rosie's mum, lives on Fold Lane, a few minutes away; Mark Hensall, Adam's brother, lives in Sulvermoor Edge |
| Conference | First review child protection conference, Tuesday 8 April 2025 (initial conference 14 January 2025) |
| Category | Neglect |
| Social worker | Sam Okonjo |
| Chair | Bernadette Quayle |

## What we are worried about

Finn's weight has dropped from the 50th to the 9th centile since his first birthday. The fridge was
empty on three of the social worker's visits, and Finn has been given crisps and biscuits instead of
meals. Daisy has been getting herself and Finn up and dressed most mornings, and has been late to
school 14 times since January, often in unwashed uniform. Adam has depression and panic attacks and
has been spending most mornings in bed; he is open to the Sulvermoor Community Mental Health Team.
Rosie has a mild learning disability. She finds letters hard to read and missed Finn's 2-year review
and two weigh-ins because she did not understand the appointment letters. Rosie and Adam love their
children and want help; they have let every professional in and have been honest about how hard
things are.

## What Daisy and Finn tell us

Daisy (with Sam at school, 1 April): "I do Finn's breakfast because Dad is poorly in the mornings.
Sometimes there's only crisps. I get told off for being late and it's not my fault." She said the best
thing is "going to Nana Carol's on Sundays for roast dinner" and that she wants "Mum and Dad to do
the mornings and me to just be a kid". She put home at 5 out of 10.

Finn is saying around ten words. At home he takes food from the cupboard himself and eats quickly.
He is affectionate with both parents and laughs when Adam plays peekaboo with him. On two visits he
was still in his night nappy at lunchtime.

## What we want for Daisy and Finn

- In Daisy's words: "I want clean school clothes and to not get told off for being late."
- Finn eats breakfast, lunch, tea and two snacks every day and his weight is back up to the 25th centile.
- Daisy does not have to get Finn up, dressed or fed: an adult does the mornings.
- Finn's development is checked and he gets help with his speech if he needs it.
- Daisy and Finn live in a home that is clean and safe enough to play in, with food in the fridge and clean sheets on their beds.

## The plan

### Finn's meals and weight

- **Joanne Mercer (health visitor)** will weigh Finn at home every two weeks until the review conference, plot his weight in his red book and send the chart to Sam the same week.
- **Rosie** will give Finn breakfast, lunch, tea and two snacks every day using the picture meal planner on the fridge and tick each meal off; Sam and Kerry will look at the planner at every visit.
- **Kerry Doyle, community nurse, Sulvermoor Community Learning Disability Team** will see Rosie at home every Thursday for 6 weeks from 10 April, working with picture cards on shopping, cooking and Finn's meals, and will send Sam a short note after each session saying what Rosie can now do on her own for Finn and what she still needs help with.
- **Hannah Cole, Sulvermoor Adult Social Care** will complete a Care Act assessment of the support Rosie needs as a parent by 16 May, so that any long-term help she needs to care for Daisy and Finn is in place; the outcome will be shared with the core group.

### Mornings and school for Daisy

- **Adam** will get up by 7.30am on school days and get Finn up, changed and fed so that Daisy only has herself to get ready; the school late book and Daisy's own morning chart will show it.
- **Mrs Halloran (DSL, Sandpiper Lane Primary)** will meet Daisy at the gate every school morning and email Sam her attendance and lateness every Friday.
- **Miss Patel (ELSA, Sandpiper Lane Primary)** will see Daisy every Tuesday afternoon in term time until the summer holidays and pass anything she says about home to Mrs Halloran the same day; each session is written up in the ELSA log.
- **Liam Birtles, Sulvermoor Young Carers** will do a young carer's assessment with Daisy by 16 May and send it to Sam and Mrs Halloran.

### Adam's health and what it means for Daisy and Finn

- **Gareth Lund, care coordinator, Sulvermoor CMHT** will see Adam every two weeks for his depression and panic attacks and, by 23 May, write to the core group saying whether Adam is making the changes needed to get up and care for Daisy and Finn in the mornings, what still needs to change and how long that is likely to take.
- **Dr Amira Shah (GP, Sulvermoor Health Centre)** will review Adam's medication by 18 April and write to Sam and Gareth about any change, including whether it makes him too drowsy to look after Finn in the mornings.
- **Adam** will go to the six-week Understanding Panic group at Sulvermoor Wellbeing Centre on Monday evenings from 14 April, so that he can take Daisy to school on his own; the group leader will send Sam the attendance sheet at the end.

### A clean, safe home

- **Sam Okonjo (social worker)** will visit every week, at least one visit in three unannounced, see Daisy on her own and Finn awake, look in the kitchen, the fridge and both children's bedrooms, and write what Daisy says and what he sees in his visit record.
- **Jo Marr, family support worker, Sulvermoor Family Hub** will spend Tuesday and Friday mornings with Rosie and Adam for 8 weeks from 11 April on a cleaning and laundry routine, so that Daisy has clean uniform and Finn has a clear floor to play on; Jo will score the home conditions checklist at each session and share it with Sam.
- **Carol Whitby (Nana Carol)** will have Daisy and Finn for tea every Wednesday and Sunday and tell Sam at each visit what they ate; Sam will note it in the visit record.

### Finn's development

- **Joanne Mercer (health visitor)** will do Finn's 2-year review with an ASQ-3 at home by 2 May and refer him to speech and language therapy if he scores below the cut-off; the scores will be shared with Sam, Rosie and Adam.
- **Sam Okonjo** will apply for a funded 15-hour nursery place for Finn at Sandpiper Lane Nursery by 25 April; the nursery will confirm his start date in writing.

## If things go wrong

- If Finn loses weight at two weigh-ins in a row, or drops below the 9th centile, Joanne will get him seen by the GP or the paediatric assessment unit that day and Sam will hold a strategy discussion the same day.
- If Adam says he is thinking of harming himself, or does not get out of bed for two school days running, Gareth will ask the crisis team to see him that day, and Carol will come to the house to look after Daisy and Finn. If Carol cannot come, the children will stay with Mark Hensall; if neither Carol nor Mark can have them, Sam will arrange a foster placement that night.
- If Finn's weight is not back to the 25th centile by the core group on 3 June, or the home conditions checklist scores below 3 at two sessions running, Sam will ask the team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every 4 weeks at Sandpiper Lane Primary, 3.30pm: Tuesday 6 May, 3 June and 1 July 2025.
- Next review child protection conference: Tuesday 15 July 2025, 10am, Sulvermoor County Hall.
""",
    "findings": [],
})
