"""Batch 126, module k: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: the WORDS of good rows. Timescales, measures, outcomes and adult
services are written well but not in template words, so that a reader bound
to a template would misread them and a correct plan would be wrongly
criticised. Timescales are a From / Until or Start / Due pair, an event dated
elsewhere ("within 10 working days of this conference", "the review
conference", "day of birth", "discharge from Kestlebury Maternity"), weeks of
pregnancy and a baby's age ("32 weeks", "baby is 12 weeks old"), school terms
("until the end of the spring term", "by the February half-term"), days of
the week ("every other Tuesday after school", "each Thursday after lunch"), a
time given once for a group of bullets ("Weeks 1-6 (22 January to 5 March
2026)", "By the review conference") and "at every visit". Measures are counts
and records ("three negative hair-strand results in a row", "no missed
appointments on the GP record", "attendance above 95%"), what a named
professional will see ("the HV sees the baby put down on his or her back"), a
document that will exist ("a written discharge plan signed by..."), a signed
visit note, and the family's own words ("We'll know it's working when...").
Outcomes are headed "What we want for...", "Our hopes for...", "Safety
goals", "Goal statements" and an outcome column headed in the family's
words. Adult services are named locally or by function: The Harbour and
Pathways Recovery (drug and alcohol), Compass Recovery, Lantern House,
Kellowgate Recovery Hub (with its prescriber and a pharmacist), the Bluebell
Perinatal Mental Health Team, a community mental health team, Kilverdale
Talking Therapies, an epilepsy specialist nurse, GP practices, a domestic
abuse perpetrator programme.

Five plans are exemplary (no findings): Kestlebury (docx, landscape pre-birth
plan, outcome column merged down, From / Until columns), Kessingmoor (pdf,
case-system export with Start / Due columns and trigger / response
contingency fields, header and footer), Kelvermouth (pdf, the plan written as
a letter to a 15-year-old young carer, signed by her social worker),
Kindlemere (md, Signs of Safety worry and goal statements, actions grouped
under time headings with nested Who / How we'll know points) and Kellowgate
(txt, labelled LEAD / FROM / UNTIL / CHECK fields). Two carry a realistic mix
of faults among mostly good rows: Kilverdale (docx review plan: talking
therapy that only treats, a feeling as the only measure, an assessment with
"-" as its measure, "Family network" as an owner, "Ongoing", an outcome for
the mother alone, and the grandmother's part with no fallback) and Knottsby
(md: a passive action with no owner, an alcohol assessment with no output,
"engagement" as a measure, "as needed", a contingency with no specific
trigger, and the review conference "to be confirmed").

Counting actions (convention 1; README "Files", actions): each row of an
action table, each bullet of an action section (nested Who / When / How we'll
know points belong to the bullet above them; a bullet of several sentences is
one action), and each numbered action block of the text plan. Contingency
paragraphs, meeting dates and the account of what has already happened are
not counted. No plan here keeps a finished one-off action.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Pre-birth initial conference plan, mother with bipolar disorder, father's
#    weekend cocaine use, a 6-year-old brother, grandmother's nights after the
#    birth. Landscape Word table: outcome column merged down, From and Until
#    columns holding events, weeks of pregnancy and the baby's age.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_kestlebury_prebirth_from_until_merged_goals_marchetti.docx",
    "doc_title": "Pre-birth Child Protection Plan - Kai Marchetti and unborn baby",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 4,
    "template": "prebirth-icpc-landscape-word-plan-details-list-why-worried-going-well-kais-words-and-babys-world-then-six-column-table-goal-for-kai-and-baby-merged-down-what-will-happen-who-from-until-how-well-see-it-then-if-things-go-wrong-meetings",
    "description": (
        "Exemplary pre-birth plan from the initial conference at 28 weeks of pregnancy, for an "
        "unborn baby and a 6-year-old whose mother has bipolar disorder and stopped her "
        "medication, and whose stepfather uses cocaine at weekends. A landscape Word table with "
        "the goal for the children merged down over its actions and From / Until columns that "
        "hold events and ages rather than dates ('32 weeks', 'Day of birth', 'Discharge from "
        "Kestlebury Maternity', 'Baby is 12 weeks old', 'Within 10 working days of this "
        "conference'); measures are records and observations ('three negative hair-strand "
        "results in a row', 'the HV sees the baby put down on his or her back', a signed "
        "discharge plan). The perinatal psychiatrist and nurse both assess change, The Harbour "
        "reports on change, the GP owns an action, the social worker visits the baby on the "
        "ward daily, the grandmother's nights have a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Kestlebury City Council · Children's Services · Safeguarding and Pre-birth Team (North)"),
        ("kv", [
            ("Unborn baby", "Baby Marchetti, due 14/04/2026 (Shannon was 28 weeks pregnant at the conference)"),
            ("Brother", "Kai Marchetti (6), DOB 02/09/2019, Year 2, St Anne's Primary, Kestlebury"),
            ("Mother", "Shannon Marchetti (24), Flat 3, 19 Quarry Street, Kestlebury KB4 2NS"),
            ("Baby's father", "Ryan Cole (27), lives with Shannon and Kai"),
            ("Maternal grandmother", "Paula Marchetti, 11 Fern Row, Kestlebury (a ten-minute walk)"),
            ("Category", "Neglect (Kai and the unborn baby)"),
            ("Initial conference", "Tuesday 20/01/2026. Chair: Derek Amoah (IRO)"),
            ("Social worker", "Nadia Pearce (team manager: Claire Rudd)"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Shannon has bipolar disorder. She stopped her lithium in September when she found out she was "
              "pregnant, without talking to anyone. In November she went four nights without sleep, spent her "
              "rent on clothes for the baby and was admitted informally to the Ashgrove Unit for nine days; Kai "
              "stayed with Paula. Ryan uses cocaine most weekends. On 28/12/2025 a neighbour found Kai on the "
              "landing at 11pm looking for his mum, who was out, while Ryan was asleep in the flat after "
              "using and could not be woken."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon has kept every antenatal appointment since her discharge and has asked for help with her "
            "medication in late pregnancy.",
            "Ryan told the conference what happened on 28/12/2025 and has already booked his first appointment "
            "at The Harbour.",
            "Paula is close by, Kai loves staying with her, and she has offered to stay at the flat after the "
            "baby is born.",
            "Kai's school know him well; his attendance this year is 94%.",
        ]),
        ("h1", "Kai's words and the baby's world"),
        ("p", "Kai was seen on his own at school on 14/01/2026. He said: “When Mum was in the hospital I stayed "
              "at Nana's. It was good but I missed Mum. I want to hold the baby and give him his bottle. I don't "
              "like it when Ryan sleeps all day on Sunday because I have to be quiet.” He drew his family with "
              "the baby in Nana's arms and put his worry at 6 out of 10."),
        ("p", "The baby cannot tell us anything yet. At the 28-week appointment the midwife found the baby "
              "growing along the expected line and moving well. Shannon said she talks to the bump at night "
              "and that Kai likes to feel it kick. The baby's world at the moment is Shannon's sleep, her "
              "mood, the smoke-free flat and whether Shannon eats; this plan tries to keep all four steady."),
        ("h1", "The plan"),
        ("p", "The left-hand column says what we want for Kai and the baby. “From” and “Until” say when each "
              "action starts and stops; where something happens more than once, how often is written into the "
              "action itself. Weeks are weeks of pregnancy."),
        ("table", {
            "header": ["What we want for Kai and the baby", "What will happen", "Who", "From", "Until",
                       "How we'll see it"],
            "widths": [4.2, 6.4, 3.8, 2.8, 3.2, 5.3],
            "rows": [
                ["A. Kai and the baby are looked after, day and night, by adults who are not using drugs.",
                 "Use no cocaine or other drugs, and give a hair-strand sample at The Harbour every eight "
                 "weeks, so that Kai and the baby are never cared for by someone who has used",
                 "Ryan Cole (baby's father)",
                 "Week of 26/01/2026",
                 "Baby is 6 months old (about 14/10/2026)",
                 "Three negative hair-strand results in a row (February, April and June samples), sent to "
                 "Nadia by The Harbour"],
                [V,
                 "Key-work with Ryan every Monday; take his hair-strand samples; write to each core group on "
                 "whether Ryan is making the changes Kai and the baby need, what is still to change and how "
                 "long it is likely to take",
                 "Dean Sowerby, recovery worker, The Harbour (Kestlebury drug and alcohol service)",
                 "Within 10 working days of this conference (by 03/02/2026)",
                 "The review conference",
                 "Dean's written report in the papers for every core group, with the test results and his "
                 "view of the timescale"],
                [V,
                 "See Kai on his own at school every other Monday and at home every Thursday after school "
                 "(one home visit a month unannounced), and talk with him about the baby coming",
                 "Nadia Pearce, SW",
                 "Monday 26/01/2026",
                 "The review conference",
                 "Visit records show Kai seen alone at every school visit, with his own words and his worry "
                 "number written down"],
                ["B. The baby has a mum whose mood is steady enough to feed, hold and settle them, and Kai "
                 "gets to school and is not left to look after his mum.",
                 "See Shannon in the perinatal clinic at 32 and 36 weeks; agree a written relapse-prevention "
                 "and medication plan for late pregnancy and the first weeks after birth; assess whether "
                 "Shannon can make and keep the changes the baby needs, the steps and the likely timescale",
                 "Dr Imogen Hale, consultant perinatal psychiatrist, Bluebell Perinatal Mental Health Team",
                 "32 weeks (clinic booked for 17/02/2026)",
                 "Baby is 12 weeks old",
                 "Written assessment to Nadia by 36 weeks; relapse-prevention plan in Shannon's maternity "
                 "notes before 37 weeks"],
                [V,
                 "Visit Shannon at home every other Wednesday, go through her early warning signs chart with "
                 "her, and tell each core group in writing whether she is making and keeping the changes Kai "
                 "and the baby need, and how long any further change is likely to take",
                 "Tess Mwangi, perinatal community nurse, Bluebell Perinatal Mental Health Team",
                 "Wednesday 28/01/2026",
                 "Baby is 12 weeks old, then handover to the community mental health team",
                 "Warning-signs chart filled in at every visit; Tess's written update in each set of core "
                 "group papers"],
                [V,
                 "Restart and adjust Shannon's medication on the perinatal team's advice, and write to Nadia "
                 "after each medication review",
                 "Dr Owen Brandt, GP, Kestlebury Road Surgery",
                 "Before 34 weeks (by 03/03/2026)",
                 "Shannon's 6-week postnatal check",
                 "No missed medication reviews on the GP record; a letter to Nadia after each review"],
                [V,
                 "See Shannon at every antenatal appointment (every two weeks from 28 weeks, weekly from 36 "
                 "weeks) and ring Nadia the same day if she misses one",
                 "Ellen Gray, specialist midwife, Kestlebury Maternity",
                 "28 weeks (now)",
                 "Discharge from the midwife, 10 days after the birth",
                 "No missed appointments on the maternity record; the list of appointments kept sent to "
                 "Nadia at the end of each month"],
                ["C. The baby goes home only when a safe plan is in place, sleeps safely and is fed and seen "
                 "every week in the first weeks.",
                 "Visit the baby and Shannon on the postnatal ward every day, and hold a discharge planning "
                 "meeting before the baby leaves hospital",
                 "Nadia Pearce, SW",
                 "Day of birth",
                 "Discharge from Kestlebury Maternity",
                 "A written discharge plan, signed by Shannon, Ryan and Paula, on the ward file before the "
                 "baby goes home"],
                [V,
                 "New birth visit, then weigh the baby and check where and how the baby sleeps at a home "
                 "visit every week",
                 "Kerry Oduya, health visitor",
                 "Within 10 days of the birth",
                 "Baby is 8 weeks old",
                 "The HV sees the baby put down on his or her back in the Moses basket at each visit; weights "
                 "in the red book follow the birth centile"],
                [V,
                 "Stay at the flat every night for the first two weeks after the baby comes home, doing the "
                 "2am feed so that Shannon sleeps",
                 "Paula Marchetti (maternal grandmother)",
                 "The night the baby comes home",
                 "Two weeks later",
                 "Paula's feed log on the fridge, read by Nadia at each visit"],
                ["D. Kai goes to school every day, has an adult he trusts to talk to, and is ready to be a "
                 "big brother.",
                 "Meet Kai each Monday morning with his teaching assistant, and send Nadia his attendance "
                 "each Friday",
                 "Mrs Lorna Heald, DSL, St Anne's Primary",
                 "Monday 26/01/2026",
                 "End of the summer term (17/07/2026)",
                 "Attendance above 95% on the Friday register; each Monday chat logged on the school's "
                 "safeguarding system"],
                [V,
                 "Go to the eight-session 'Getting Ready for Baby' group at Fern Row Children's Centre, so "
                 "that both parents plan the baby's first weeks and Kai's routine around them",
                 "Shannon Marchetti and Ryan Cole",
                 "Thursday 05/02/2026",
                 "Thursday 26/03/2026",
                 "The register shows 7 of 8 sessions for each parent; a written 'first weeks' plan brought to "
                 "the core group on 07/04/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Shannon shows two of her early warning signs (not sleeping for two nights, spending money she "
              "does not have, talking very fast), stops her medication, or says she wants to harm herself or the "
              "baby: Tess, or the Bluebell crisis line out of hours, will see her the same day; Kai will go to "
              "Paula's at 11 Fern Row that night; and Nadia will hold a strategy discussion the same day. After "
              "the birth, the baby stays on the ward or with Paula until that discussion has taken place."),
        ("p", "If Ryan has a positive hair-strand result, or is found under the influence of drugs at any time, "
              "he will leave the flat that day to stay with his brother at 6 Coal Lane, and will not look after "
              "Kai or the baby on his own."),
        ("p", "If Paula cannot stay or cannot have Kai (she is ill, away, or it becomes too much for her): before "
              "the birth, Kai goes to a Kestlebury foster carer that night; after the birth, Nadia arranges a "
              "parent and baby foster placement for Shannon and the baby before they leave hospital, or the same "
              "day if they are already home."),
        ("p", "If Ryan's February or April result is positive, or Shannon has not restarted her medication by "
              "36 weeks, Nadia will ask Claire Rudd for a legal planning meeting within 5 working days, to decide "
              "whether to start pre-proceedings under the Public Law Outline before the baby is born."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Fern Row Children's Centre: 17/02/2026, 17/03/2026 "
            "and 07/04/2026; then within 10 working days of the baby's birth.",
            "Review child protection conference: Tuesday 14/04/2026, 10am, Kestlebury Civic Centre (it goes "
            "ahead whether or not the baby has been born).",
            "Nadia will bring Kai's words and the midwife's latest notes about the baby to every core group.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan, neglect, mother with depression and
#    anxiety, two children, grandmother's school runs and Saturday teas.
#    Portrait Word table No. / What needs to happen / Lead / When / How we'll
#    know, "Our hopes for" outcomes. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_kilverdale_rcpc_hopes_then_plan_table_ashdown.docx",
    "doc_title": "Child Protection Plan (Review) - Mollie and Tyler Ashdown",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-word-plan-details-list-since-last-conference-what-mollie-and-tyler-say-our-hopes-bullets-then-numbered-table-what-needs-to-happen-lead-when-how-well-know-then-if-things-go-wrong-meetings",
    "description": (
        "First review conference plan for an 11-year-old and a 7-year-old whose mother has "
        "depression and anxiety; their grandmother walks them to school and has them on "
        "Saturdays. A portrait Word table; most rows are sound and say time in unusual ways "
        "('every other Wednesday after school', 'by the February half-term', 'within 4 weeks of "
        "this conference'). Faults: talking therapy that only treats the mother; a family "
        "support worker's help measured by the mother feeling more confident; a parenting "
        "assessment with '-' as its measure; 'Family network' as an owner; a young carers "
        "referral that is 'Ongoing'; one hope that is for the mother alone; the contingency "
        "sends the children to the grandmother but says nothing of what happens if she cannot "
        "help."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Kilverdale Borough Council – Children's Social Care – Locality Team East"),
        ("kv", [
            ("Children", "Mollie Ashdown (11), DOB 22/05/2014, Year 6; Tyler Ashdown (7), DOB 09/11/2018, "
                         "Year 3; both at Osier Lane Primary"),
            ("Address", "31 Wyke Street, Kilverdale KV2 8RT"),
            ("Mother", "Gemma Ashdown (34)"),
            ("Maternal grandmother", "Sandra Ashdown, 4 Osier Close, Kilverdale"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "07/10/2025"),
            ("First review conference", "13/01/2026. Chair: Bernadette Quill (IRO)"),
            ("Social worker", "Ifeoma Rhodes (team manager: Duncan Freel)"),
        ]),
        ("h1", "Since the last conference"),
        ("p", "In October Mollie was getting herself and Tyler up, making packed lunches from whatever she could "
              "find and doing the washing. Tyler had four teeth needing treatment and had lost weight. Gemma, "
              "who has depression and anxiety, was spending most days in bed. Since then Gemma has seen her GP "
              "and started new medication, and Sandra has walked the children to school three days a week. The "
              "kitchen has had food in it at nine of the last ten visits. Tyler's bed is still broken and he "
              "has been sleeping on a mattress on Mollie's floor."),
        ("h1", "What Mollie and Tyler say"),
        ("p", "Mollie (seen on her own at school, 07/01/2026): “It's better since Nana does the mornings. I still "
              "do Tyler's packed lunch because Mum forgets. I'd like to go to netball club on Tuesdays but I have "
              "to get Tyler home.”"),
        ("p", "Tyler (seen on his own at home, 08/01/2026): “I sleep in Mollie's room on the mattress. Saturdays "
              "at Nana's are best because we have a bath with bubbles and fish fingers.” He drew his mum on the "
              "sofa with a blanket and coloured her in blue."),
        ("h1", "Our hopes for Mollie and Tyler"),
        ("bullets", [
            "Mollie and Tyler wake up to a clean home with food in the cupboards and an adult up to get them "
            "ready for school.",
            "Mollie no longer has to look after her mum and brother, and has time for her friends and netball.",
            "Tyler's teeth are treated, he is a healthy weight for his age and he has his own bed.",
            "Gemma's depression is better managed and she feels less anxious.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "When", "How we'll know"],
            "widths": [1.1, 5.0, 3.3, 3.2, 4.4],
            "rows": [
                ["1",
                 "Visit Mollie and Tyler at home, see each of them on their own, and look in the kitchen and "
                 "their bedrooms",
                 "Ifeoma Rhodes, SW",
                 "Every other Wednesday after school, until the next review conference",
                 "Visit notes record each child seen alone, their own words, and what food and bedding was "
                 "seen"],
                ["2",
                 "Weigh and measure Tyler and make sure he is registered with a dentist who will treat his "
                 "teeth",
                 "Lorraine Pike, school nurse",
                 "By the February half-term (13/02/2026)",
                 "Height and weight on the school nurse record; dental registration letter seen by the SW"],
                ["3",
                 "Offer both children a breakfast club place each morning, and check their attendance and how "
                 "they arrive",
                 "Mr Adrian Tulley, DSL, Osier Lane Primary",
                 "Each school morning until the end of the summer term",
                 "Attendance above 95% on the register sent to the SW each Friday; breakfast club sign-in "
                 "sheet"],
                ["4",
                 "Six sessions of cognitive behavioural therapy for Gemma's depression and anxiety",
                 "Kilverdale Talking Therapies (therapist: Sunil Varma)",
                 "Weekly from 20/01/2026",
                 "Attendance letter to the SW after sessions 3 and 6"],
                ["5",
                 "Review Gemma's antidepressant and tell the SW in writing of any change or missed review",
                 "Dr Beth Norland, GP, Wyke Street Surgery",
                 "Within 4 weeks of this conference (by 10/02/2026)",
                 "GP letter on the children's file by 10/02/2026"],
                ["6",
                 "Walk Mollie and Tyler to school",
                 "Sandra Ashdown (maternal grandmother)",
                 "Every Monday, Wednesday and Friday morning",
                 "Both children marked present by 8.50am on those days (school register)"],
                ["7",
                 "Have Mollie and Tyler for tea and a bath every Saturday",
                 "Sandra Ashdown (maternal grandmother)",
                 "Every Saturday, 3pm to 7pm",
                 "Sandra's notes in the contact book, read by the SW at each visit"],
                ["8",
                 "Help Gemma set up a morning and evening routine and a weekly shopping list for the children",
                 "Chantelle Mayo, family support worker",
                 "Weekly for eight weeks from 19/01/2026",
                 "Gemma feels more confident about the mornings"],
                ["9",
                 "Complete a parenting assessment of Gemma",
                 "Ifeoma Rhodes, SW",
                 "By 27/02/2026",
                 "-"],
                ["10",
                 "Replace Tyler's broken bed and get warm bedding for both children",
                 "Family network",
                 "By 30/01/2026",
                 "New bed and bedding seen at the SW's next visit"],
                ["11",
                 "Refer Mollie to Kilverdale Young Carers for an assessment and a place at their Tuesday group",
                 "Ifeoma Rhodes, SW",
                 "Ongoing",
                 "Mollie's young carer plan on the file and her name on the Tuesday group register"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Gemma tells anyone she has thoughts of ending her life or harming the children, or the children "
              "are found at home with no food and no adult up by 8.30am, or they miss two school days in a row "
              "without a reason, Ifeoma (or the duty social worker) will hold a strategy discussion the same day, "
              "and Mollie and Tyler will stay at Sandra's home, 4 Osier Close, until it has taken place."),
        ("p", "If by the core group on 24/03/2026 the parenting assessment shows Gemma cannot meet the children's "
              "daily needs, or the children have twice more been found without food, Ifeoma will ask Duncan Freel "
              "for a legal planning meeting within 10 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every six weeks, Tuesdays at 3.45pm, Osier Lane Primary: 24/02/2026, 07/04/2026 and "
            "19/05/2026.",
            "Second review child protection conference: Tuesday 14/07/2026, 10am, Kilverdale Town Hall.",
        ]),
    ],
    "findings": [
        F("F002", "Gemma's depression is better managed and she feels less anxious."),
        F("H001", "Six sessions of cognitive behavioural therapy for Gemma's depression"),
        F("M002", "Help Gemma set up a morning and evening routine"),
        F("M001", "Complete a parenting assessment of Gemma"),
        F("W002", "Replace Tyler's broken bed and get warm bedding"),
        F("T002", "Refer Mollie to Kilverdale Young Carers for an assessment"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Initial conference plan, mother's drinking, father's violence (living
#    apart), a 5-year-old and a 2-year-old, an aunt on call. Case-system PDF
#    export with a Ref / Task / Assigned to / Start / Due or frequency /
#    Evidence of success grid, "Safety goals", trigger and response fields,
#    page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_kessingmoor_case_export_start_due_grid_brennan.pdf",
    "doc_title": "Child Protection Plan export - Harper and Jack Brennan",
    "split": "heldout",
    "actions": 10,
    "landscape": True,
    "template": "icpc-case-system-export-paged-landscape-header-footer-numbered-sections-subjects-concerns-childs-views-lived-experience-safety-goals-then-task-grid-ref-task-assigned-to-start-due-frequency-evidence-of-success-then-trigger-response-contingency-fields-review-arrangements",
    "description": (
        "Exemplary initial conference plan for a 5-year-old and a 2-year-old whose mother drinks "
        "and whose father, now living apart, was violent to her. A landscape case-system export "
        "printed to PDF with a page header and footer: numbered sections, 'Safety goals' instead of "
        "outcomes, and a task grid whose Start and 'Due / frequency' columns hold events and "
        "days ('Within 10 working days of this conference', 'At every visit until the review "
        "conference', 'Each Thursday after lunch, until the end of the spring term'). Evidence "
        "is counted or recorded (a breathalyser reading of zero at every visit, two negative "
        "PEth tests, attendance above 90%, Jack's feelings board). Pathways Recovery reports on "
        "change, the GP and a perpetrator programme own tasks, the aunt's part has a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Kessingmoor Council – CareFile export",
    "footer": "BRENNAN – Child Protection Plan v1 – exported 23/01/2026 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Case ID", "KM-2026-004417"),
            ("Plan type", "Initial child protection plan"),
            ("Plan status", "Agreed at conference – live"),
            ("Conference date", "16/01/2026 (Kessingmoor Civic Offices). Chair: Rosalind Akers, IRO"),
            ("Allocated worker", "Kemi Adeyemi, Social Worker, Family Safeguarding Team 3"),
            ("Team manager", "Stuart Hollis"),
        ]),
        ("h2", "Section 1. Subjects and household"),
        ("table", {
            "header": ["Name", "Relationship", "DOB / age", "Address"],
            "widths": [5.5, 5.0, 4.2, 11.0],
            "rows": [
                ["Jack Brennan", "Subject child", "03/03/2020 (5)", "27 Heathfield Road, Kessingmoor KS3 9PL"],
                ["Harper Brennan", "Subject child", "19/11/2023 (2)", "27 Heathfield Road, Kessingmoor KS3 9PL"],
                ["Leanne Brennan", "Mother", "33", "27 Heathfield Road, Kessingmoor KS3 9PL"],
                ["Craig Brennan", "Father", "36", "Living with his father at 8 Ropewalk, Kessingmoor, "
                                                   "since 02/01/2026"],
                ["Rochelle Dyson", "Maternal aunt", "30", "15 Heathfield Road, Kessingmoor (same street)"],
            ],
        }),
        ("h2", "Section 2. Category and reasons for the plan"),
        ("kv", [
            ("Category", "Neglect; emotional abuse"),
            ("Summary", "Leanne has been drinking heavily since the summer, mostly vodka in the afternoons. On "
                        "01/01/2026 police attended after Craig, who had also been drinking, pushed Leanne "
                        "against the kitchen door while Jack watched; Harper was asleep upstairs and Leanne was "
                        "too drunk to go to her when she woke. Jack told his teacher he makes Harper's tea when "
                        "Mummy is 'sleepy'. Craig left the home the next day and is not to return."),
        ]),
        ("h2", "Section 3. Child's views and lived experience"),
        ("kv", [
            ("Jack – what he said", "Seen alone at school on 12/01/2026: “When Mummy is sleepy I get Harper "
                                    "yoghurt and we watch Bluey. I don't like it when Daddy shouts. I want "
                                    "Daddy to come to my party but not be cross.” On his feelings board he put "
                                    "himself on the worried face for home."),
            ("Harper – what we saw", "Seen at home on 09/01/2026 and 14/01/2026: Harper toddled to Jack "
                                     "rather than to Leanne when she fell, and held his hand while the SW was "
                                     "there. She was clean and well dressed, had a wet nappy that had been on "
                                     "for some time, and ate two bananas quickly when offered."),
        ]),
        ("h2", "Section 4. Safety goals"),
        ("numbers", [
            "Harper and Jack are cared for every day by a sober adult who gets them up, fed, and to nursery and "
            "school.",
            "Harper and Jack live without shouting or violence at home, and see their dad only when it is safe "
            "for them.",
            "Jack knows which grown-up to call if his mum has been drinking or his dad comes to the house, and "
            "he no longer makes Harper's meals.",
        ]),
        ("h2", "Section 5. Tasks"),
        ("p", "Start: when the task begins. Due / frequency: the date it must be done by, or how often and until "
              "when. Evidence of success: what the core group will see."),
        ("table", {
            "header": ["Ref", "Task", "Assigned to", "Start", "Due / frequency", "Evidence of success"],
            "widths": [1.3, 7.6, 4.4, 3.2, 4.2, 5.0],
            "rows": [
                ["T1",
                 "Visit Harper and Jack at home, see Jack on his own, and note how Harper plays and who she "
                 "goes to",
                 "Kemi Adeyemi, Social Worker",
                 "19/01/2026",
                 "Weekly (one visit a month unannounced) until the review conference",
                 "Visit records show both children seen each week; Jack's words and a drawing of his week on "
                 "file"],
                ["T2",
                 "Alcohol assessment of Leanne, then weekly key-work with a breath test; written report to each "
                 "core group on whether she has cut down and kept it up, what still has to change and how long "
                 "that is likely to take",
                 "Pathways Recovery, Kessingmoor (worker: Mark Liddle)",
                 "Within 10 working days of this conference",
                 "Assessment by 30/01/2026; key-work every Tuesday",
                 "Assessment report, then a report with the breath test results in every core group's papers"],
                ["T3",
                 "Not drink on any day she is caring for Harper and Jack, and blow into the breathalyser when "
                 "the SW visits",
                 "Leanne Brennan (mother)",
                 "16/01/2026",
                 "At every visit until the review conference",
                 "A reading of zero recorded at every visit; both PEth blood tests (T4) negative"],
                ["T4",
                 "Take PEth blood tests for Leanne and send the SW the results and any missed appointments",
                 "Dr Helen Marsh, GP, Moor Lane Medical Practice",
                 "w/c 23/02/2026",
                 "First test by 27/02/2026, second by 10/04/2026",
                 "Results letter on the children's file; no missed appointments on the GP record"],
                ["T5",
                 "Attend the Respect for Change domestic abuse perpetrator programme, so that Craig understands "
                 "what the violence has meant for Jack and Harper",
                 "Craig Brennan (father); programme worker Ali Rahman reports",
                 "Tuesday 03/02/2026",
                 "Every Tuesday evening for 26 weeks",
                 "Attendance sheet after every fourth session and a mid-point report to the SW"],
                ["T6",
                 "Safety planning with Leanne for herself and the children, and a DASH review after any "
                 "incident",
                 "Sian Pugh, IDVA, Kessingmoor Domestic Abuse Service",
                 "Within 5 working days of this conference",
                 "Every other Thursday",
                 "Updated safety plan and DASH score sent to the SW after each meeting"],
                ["T7",
                 "Record Harper's attendance, arrival time and how she presents, and ring the SW the same day "
                 "with any worry",
                 "Little Owls Nursery (key worker: Dani Frost)",
                 "19/01/2026",
                 "Every session, Monday to Thursday",
                 "Attendance above 90% on the weekly email to the SW; same-day calls logged"],
                ["T8",
                 "Check Jack's attendance daily and give him a weekly check-in with his learning mentor",
                 "Mr Paul Ingram, DSL, Moorside Primary",
                 "19/01/2026",
                 "Each Thursday after lunch, until the end of the spring term (27/03/2026)",
                 "Attendance above 95%; Jack's feelings board ratings kept by his mentor and shared at each core "
                 "group"],
                ["T9",
                 "Complete Harper's two-year development review with Leanne",
                 "Grace Nolan, Health Visitor",
                 "19/01/2026",
                 "By 27/02/2026",
                 "Review summary and ASQ scores sent to the SW"],
                ["T10",
                 "Have Harper and Jack for tea every Friday, and collect them the same evening if Leanne or the "
                 "SW rings to say Leanne has been drinking",
                 "Rochelle Dyson (maternal aunt)",
                 "16/01/2026",
                 "Every Friday; the same evening whenever called",
                 "Rochelle texts the SW each Friday night; any collection logged by the SW the next morning"],
            ],
        }),
        ("h2", "Section 6. Contingency"),
        ("kv", [
            ("Trigger 1", "Leanne blows above zero at a visit, is found under the influence while caring for the "
                          "children, or Jack or nursery report that she has been drinking."),
            ("Response 1", "Rochelle collects Harper and Jack that evening and they stay with her; Kemi (or the "
                           "emergency duty team) holds a strategy discussion the same day."),
            ("Trigger 2", "Craig comes to 27 Heathfield Road, or contacts Leanne outside the agreed "
                          "arrangements."),
            ("Response 2", "Leanne rings 999; police attend; Kemi holds a strategy discussion the same day and "
                           "Sian reviews the safety plan with Leanne within 24 hours."),
            ("Trigger 3", "Rochelle is unable to have the children (ill, away, or cannot be reached)."),
            ("Response 3", "Kemi places Harper and Jack together with Kessingmoor foster carers the same day."),
            ("Legal", "If Leanne has two readings above zero, either PEth test is positive, or Craig breaks "
                      "the arrangements twice before the review conference, Kemi will ask Stuart Hollis for a "
                      "legal planning meeting within 5 working days."),
        ]),
        ("h2", "Section 7. Review arrangements"),
        ("kv", [
            ("Core group", "Every 4 weeks, Wednesdays 10am, Heathfield Children's Centre: 11/02/2026, "
                           "11/03/2026, 08/04/2026"),
            ("Review conference", "14/04/2026, 10am, Kessingmoor Civic Offices"),
            ("Children's views", "Kemi will see Jack alone before each core group and bring his words and his "
                                 "feelings board to the meeting"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Initial conference plan written as a letter to a 15-year-old young
#    carer; mother with bipolar disorder after an overdose, brother of 8,
#    aunt nearby. "I" is the social worker who signs it, "you" is Maja.
#    Word letter printed to PDF with header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_kelvermouth_letter_to_young_carer_terms_nowak.pdf",
    "doc_title": "Your plan - letter to Maja Nowak",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plan-as-letter-to-15-year-old-young-carer-printed-to-pdf-header-footer-address-block-why-there-is-a-plan-what-you-told-us-what-we-want-for-you-and-oskar-by-the-review-then-what-will-happen-bullets-i-and-you-then-if-things-go-wrong-meetings-signed",
    "description": (
        "Exemplary plan from an initial conference, written as a letter to a 15-year-old who "
        "has been caring for her mother (bipolar disorder, an overdose in December) and her "
        "8-year-old brother. 'I' is the social worker who signs it and 'you' is Maja. "
        "Timescales are school terms and days ('twice weekly, Monday and Thursday lunchtimes, "
        "until the end of the spring term', 'every other Tuesday after school', 'within four "
        "weeks of the conference', 'by the start of the summer term'); measures are a note Maja "
        "signs, attendance above 95%, no missed appointments on the CMHT record, 'we'll know "
        "it's worked when you've played your first match'. The care co-ordinator and the "
        "psychiatrist both assess change, the GP owns an action, the aunt's part has a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Kelvermouth Council Children's Services",
    "footer": "Maja's plan – 15 January 2026 – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Children's Services, Harbour House"),
        ("pr", "2 Quay Parade, Kelvermouth KV9 1DA"),
        ("pr", "15 January 2026"),
        ("pl", "Maja Nowak"),
        ("pl", "12 Sandpiper Walk"),
        ("pl", "Kelvermouth KV9 4LT"),
        ("p", ""),
        ("p", "Dear Maja,"),
        ("p", "This is your copy of the child protection plan agreed at the conference on Tuesday 13 January "
              "2026. You asked me to write it to you, and not in “social work language”, so that is what I have "
              "tried to do. Mum and Oskar have their own copies. If anything here is wrong or missing, tell me "
              "and I will change it before the first core group."),
        ("h2", "Why there is a plan"),
        ("p", "Your mum has bipolar disorder. In the autumn she stopped taking her medication, and on 9 December "
              "you found her after she had taken an overdose. You did everything right: you rang 999 and looked "
              "after Oskar. Since then Mum has been home from hospital, but for a long time you have been the "
              "one getting Oskar to school, cooking, and checking that Mum has taken her tablets. You missed 31 "
              "days of school last term. The conference agreed that you and Oskar need a plan so that the adults "
              "do the looking after, and you can be 15."),
        ("h2", "What you told us"),
        ("p", "When we met at the café on 8 January you said: “I'm scared to go to school in case Mum does "
              "something. I don't mind cooking for Oskar, I just want someone to check on Mum that isn't me. I "
              "miss netball.” You put home at 4 out of 10 and said it would be 7 if you knew someone else was "
              "keeping an eye on Mum's medicine."),
        ("p", "Oskar told me on 10 January that he likes it when you make pancakes, that he doesn't like it "
              "when Mum cries, and that Auntie Kasia's house is “the best because she has a dog”."),
        ("h2", "What we want for you and Oskar"),
        ("p", "By the review conference on 14 April 2026 we want:"),
        ("bullets", [
            "you to be going to school every day, without worrying about what is happening at home;",
            "you and Oskar to be looked after by an adult who is well enough to do it, so that you are not the "
            "one checking Mum's tablets;",
            "Oskar to be getting to school on time, fed, and with someone he can talk to;",
            "both of you to know exactly who to ring if Mum starts to become unwell, and to feel able to do it.",
        ]),
        ("h2", "What will happen"),
        ("bullets", [
            "I will see you on your own every other Tuesday after school until the review conference, at home "
            "or at the Harbourside café if you'd rather, and each time you'll read and sign my note of what you "
            "told me.",
            "I will see Oskar at home every other Thursday, on his own for part of the visit, and my visit "
            "records will show what he said and what I saw of his evening.",
            "Jon Petrie, Mum's care co-ordinator at Kelvermouth Community Mental Health Team, will visit Mum "
            "every Monday until the end of the spring term (27 March 2026) and will write to each core group "
            "about whether Mum is making the changes that mean you no longer need to look after her, what still "
            "needs to change and how long that is likely to take.",
            "Dr Amira Sayed, Mum's psychiatrist, will see Mum in clinic by 6 February 2026 and write to me with "
            "her assessment of Mum's medication, her risk of becoming unwell again and her capacity to make the "
            "changes you and Oskar need; I will share the letter at the core group on 10 February.",
            "Mum has agreed to take her medication every day and keep every appointment with Jon and Dr Sayed "
            "until the review conference, so that she is well enough to get Oskar up and to school; the CMHT "
            "record will show no missed appointments.",
            "Dr Fenwick at Quayside Surgery will check each month, on the day Mum's prescription is due, that it "
            "has been collected, and will tell me within two working days if it has not; the pharmacy record "
            "will show every month's prescription collected.",
            "Mrs Kaur, your Head of Year, will meet you twice weekly, Monday and Thursday lunchtimes, until the "
            "end of the spring term, and will send me your attendance each Friday: we are aiming for above 95%.",
            "You said you want to get back to netball. Mrs Kaur will get you back on the Year 10 team by the "
            "start of the summer term (13 April 2026), and we'll know it's worked when you've played your first "
            "match.",
            "Mr Dean, Oskar's class teacher at Sandpiper Primary, will check in with Oskar each morning when he "
            "arrives and ring me the same day if he comes in hungry or upset; the school's safeguarding log will "
            "show each check.",
            "Lena Dobbs from Kelvermouth Young Carers will do a young carer's assessment with you within four "
            "weeks of the conference (by 10 February 2026); you will get a copy of your young carer's plan, and "
            "a place at the Thursday group if you want one.",
            "Auntie Kasia will have you and Oskar for tea every Wednesday and be the adult you ring first if "
            "you're worried about Mum; she will text me each Wednesday evening to say you've been.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Mum shows her warning signs (not sleeping for two nights, talking very fast, giving things away, "
              "talking about not being here), or misses her medication for two days in a row: ring me, or the "
              "out-of-hours team after 5pm (both numbers are on the back of this letter), or ring Kasia. You and "
              "Oskar will go to Kasia's at 3 Tern Close that night, and Jon or the crisis team will see Mum the "
              "same day."),
        ("p", "If Kasia can't have you (she is away, ill, or it is too much for her), I will find foster carers "
              "for you and Oskar together that same night. You won't be split up."),
        ("p", "If Mum takes another overdose, is admitted to hospital again, or stops her medication twice before "
              "the review conference, I will ask my manager, Rob Kelsall, for a legal planning meeting within five "
              "working days. That is a meeting with the council's lawyers to decide whether we need to go to "
              "court to keep you and Oskar safe."),
        ("h2", "Meetings"),
        ("p", "The core group (Mum, you if you want to come, Kasia, Jon, Mrs Kaur, Mr Dean, Lena and me) will meet "
              "every four weeks on a Tuesday at 4pm at Kelvermouth Academy, so that you can come straight from "
              "school: 10 February, 10 March and 7 April 2026. The review conference is on Tuesday 14 April 2026 "
              "at 10am at Harbour House. I will ask you before each meeting what you want me to say for you."),
        ("p", "Yours,"),
        ("p", "Hannah Ross"),
        ("p", "Social Worker, Kelvermouth Children's Services (Family Safeguarding Team West)"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Initial conference plan, Signs of Safety, mother's epilepsy (a seizure
#    while bathing the baby), father's cannabis use, a 4-year-old and an
#    8-month-old, grandmother at bath times. Markdown: worry and goal
#    statements, scaling, actions grouped under time headings with nested
#    Who / When / How we'll know points. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_kindlemere_sos_worry_goal_time_headings_osei.md",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-md-whos-who-worry-statements-goal-statements-what-ava-and-noah-show-us-scaling-then-actions-grouped-under-time-headings-weeks-1-6-every-week-by-review-nested-who-when-how-well-know-then-what-happens-if-meetings",
    "description": (
        "Exemplary Signs of Safety plan from an initial conference for a 4-year-old and an "
        "8-month-old, after their mother had a seizure while bathing the baby and their father, "
        "asleep after smoking cannabis, could not be woken. Worry and goal statements stand for "
        "the outcomes; the actions sit under time headings ('Weeks 1-6 (22 January to 5 March "
        "2026)', 'Every week until the review conference', 'By the review conference (22 April "
        "2026)') with nested Who / When / How we'll know points, some in the family's words "
        "('We'll know it's working when the bath chart has Nana's initials every night'). The "
        "epilepsy specialist nurse, Compass Recovery (reporting on change) and the GP own "
        "actions, the grandmother's part has a named fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
# Kindlemere Council — Child Protection Plan (Signs of Safety)

**Ava Osei (4) and Noah Osei (8 months)** · 6 Beckside Gardens, Kindlemere KD7 3EW

Initial child protection conference: Wednesday 21 January 2026, Kindlemere Town Hall.
Chair: Mercy Lindqvist (IRO). Category: neglect (both children).

## Who's who

- **Abena Osei** (29) — Mum. Has epilepsy; her seizures came back after Noah was born.
- **Kwabena Osei** (31) — Dad. Works shifts at the distribution centre.
- **Nana Efua** (Efua Mensah, 58) — Abena's mum; lives at 22 Beckside Gardens, four doors away.
- **Adjoa Boateng** — Abena's cousin; lives in Kindlemere and drives.
- **Joanna Pike** — social worker (team manager: Victor Hale).
- **Sophie Lund** — health visitor.
- **Zoe Carr** — family support worker.
- **Fiona Grant** — epilepsy specialist nurse, Kindlemere General Hospital.
- **Marcus Lyle** — recovery worker, Compass Recovery (Kindlemere drug and alcohol service).
- **Dr Samir Rafiq** — GP, Millbrook Surgery.
- **Hannah Bright** — Ava's key worker at Rainbow Tree Nursery.

## Worry statements

- Joanna, Sophie and the conference are worried that if Abena has a seizure while she is on her own with
  Noah — in the bath, on the stairs or while carrying him — Noah could drown or be badly hurt, as nearly
  happened on 2 January 2026 when Abena had a seizure at bath time and Ava ran to a neighbour for help.
- We are also worried that Kwabena smokes cannabis most evenings and may be too drowsy to wake, or to help,
  if Abena has a seizure at night; on 2 January he could not be woken.
- We are worried that Ava, who is 4, feels it is her job to watch Mummy and fetch help.

## Goal statements

The children's social worker, Abena, Kwabena and Nana Efua will know Ava and Noah are safe enough when:

- Noah is never bathed, carried up or down the stairs, or left alone with Abena unless another adult is
  in the house, and this has held every day for three months;
- an adult who is awake and has not used cannabis is with the children every evening and every night;
- Ava and Noah are cared for by a mum whose seizures are under control because she takes her medication
  every day, and by a network of adults who all know the written seizure safety plan;
- Ava can tell her nursery key worker which grown-ups she gets if Mummy is poorly, and she no longer says
  it is her job.

## What Ava and Noah show us

**Ava** talked with Joanna at nursery on 15 January, using the three houses. In her house of worries she drew
Mummy "lying on the bathroom floor shaking" and herself "running to Sandra's" (the neighbour). In her house of
good things she drew Nana Efua's kitchen and Daddy pushing her on the swing. In her house of dreams: "Mummy not
being poorly, and me not having to watch her." She said: "I watch Mummy so she doesn't fall down."

**Noah** was seen at home on 12 and 19 January. He is crawling and pulling himself up on the furniture. He cried
when Abena put him down and reached for Nana Efua when she came in. He flinched and cried when his bath was run,
which Abena says he has done since 2 January; he settled when Nana Efua held him in the water.

## Scaling

On a scale of 0 to 10, where 10 means everyone is confident the children are safe with the plan, and 0 means the
children cannot stay at home: Joanna 3, Sophie 4, Abena 6, Kwabena 7, Nana Efua 5.

## The plan

Each heading says when. Each bullet says what will happen; the points under it say who does it and how we will
know, and a point marked **When** gives a more exact time.

### Weeks 1–6 (22 January to 5 March 2026)

- See Abena in the epilepsy clinic, review her medication with her neurologist, and agree a written seizure
  safety plan for caring for Noah and Ava (baths, stairs, feeds, nights).
  - **Who:** Fiona Grant, epilepsy specialist nurse.
  - **How we'll know:** the seizure safety plan, signed by Abena and Kwabena, is on the fridge and a copy is with
    Joanna by 5 March.
- Assess Kwabena's cannabis use and what it means for his care of Ava and Noah, then start key-work with a urine
  screen each month.
  - **Who:** Marcus Lyle, Compass Recovery.
  - **When:** assessment by 6 February; key-work every other Tuesday after that.
  - **How we'll know:** assessment letter to Joanna; screen results, with Marcus's view of whether Kwabena is
    stopping and how long it is likely to take, in the papers for each core group.
- Put Abena's medication in a weekly dosette box, so that she does not miss doses while caring for the
  children, and flag on her record any prescription not collected.
  - **Who:** Dr Samir Rafiq, GP.
  - **How we'll know:** no missed collections on the GP record; Dr Rafiq tells Joanna within two working days of
    any missed collection.
- Fit a stair gate at the top and bottom of the stairs and a bath seat, and move Noah's changing mat to the
  floor.
  - **Who:** Zoe Carr, family support worker, through the Kindlemere Home Safety scheme.
  - **How we'll know:** Sophie sees the gates, the bath seat and the mat on the floor at her next home visit.

### Every week until the review conference (22 April 2026)

- Visit Ava and Noah at home, with one visit in three at bath time, and talk with Ava using her three houses
  and her "my helpers" drawing.
  - **Who:** Joanna Pike (SW).
  - **When:** every Thursday; at least one visit a month unannounced.
  - **How we'll know:** visit records show both children seen, where Noah was bathed and by whom, and Ava's words
    and drawings are on file.
- Weigh Noah, check his development, and check the seizure safety plan is being followed.
  - **Who:** Sophie Lund, health visitor.
  - **When:** every other Monday at Millbrook Clinic or at home.
  - **How we'll know:** Noah's weight in the red book follows his centile; Sophie writes in her notes who bathed
    him and whether the stair gates were shut.
- Be at the house for Noah's bath every evening from Monday to Friday, and stay overnight on Kwabena's night
  shifts (Tuesdays and Fridays).
  - **Who:** Nana Efua.
  - **How we'll know:** Abena said, "We'll know it's working when the bath chart has Nana's initials every night
    and nobody has had to ring anyone." Joanna reads the chart at each visit.
- Not smoke cannabis in the house, or on any day he is looking after the children, and go to every Compass
  session.
  - **Who:** Kwabena.
  - **How we'll know:** three negative monthly screens by the review; no smell of cannabis at any visit.
- Record Ava's attendance and anything she says about home, and use the feelings faces with her each Monday.
  - **Who:** Hannah Bright, Rainbow Tree Nursery.
  - **How we'll know:** attendance above 90% on the weekly email to Joanna; Ava's chosen face each Monday logged.

### By the review conference (22 April 2026)

- Hold a family network meeting at which at least three adults agree who is with Abena and the children at
  bath time and overnight, including when Nana Efua cannot be there.
  - **Who:** Joanna Pike (SW).
  - **When:** by 13 March 2026.
  - **How we'll know:** a written network plan, signed by everyone who came, shared at the next core group.
- Do three sessions of direct work with Ava about Mummy's seizures and what grown-ups do, using the story book
  "When Mummy Has a Poorly Day".
  - **Who:** Zoe Carr, family support worker.
  - **How we'll know:** Ava can tell Zoe and Hannah who she would fetch, and her "my helpers" picture is on file.
- Keep a seizure diary, noting whether each seizure came near Noah's bath, feed or bed times, and bring it to
  each epilepsy clinic and each core group.
  - **Who:** Abena.
  - **How we'll know:** Fiona and the core group see the diary filled in every week.

## What happens if...

- **If Abena has a seizure while she is the only adult with the children, or Kwabena is found to have used
  cannabis while he is in charge of them:** the adult who finds out rings Joanna (or the emergency duty team out
  of hours) that day; Nana Efua moves into the house until a strategy discussion, which Joanna holds the same
  day; Abena does not bath or carry Noah until Fiona has seen her.
- **If Nana Efua cannot be there** (she is ill, away, or it becomes too much for her): Adjoa covers bath time
  and the night shifts, as agreed at the network meeting. If neither can, Joanna arranges that day for Abena
  and the children to go to a Kindlemere parent and child foster placement.
- **If by the review conference Kwabena's screens are still positive, or Abena has had another seizure alone
  with the children:** Joanna will ask Victor Hale for a legal planning meeting within five working days.

## Meetings

- Core group every three weeks, Wednesdays at 11am, Millbrook Children's Centre: 11 February, 4 March,
  25 March and 15 April 2026.
- Review child protection conference: Wednesday 22 April 2026, 2pm, Kindlemere Town Hall.
- Joanna will ask Ava what she wants the grown-ups to know before each core group.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, father's drinking and violence, a 6-year-old
#    and a 3-year-old. Markdown plan with theme headings and bullets, some
#    with nested When / How we'll know points, some inline. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_knottsby_icpc_theme_bullets_nested_pritchard.md",
    "split": "heldout",
    "actions": 12,
    "template": "icpc-md-plan-details-why-we-are-worried-what-rhys-and-macy-tell-us-what-we-want-for-them-then-what-needs-to-happen-theme-subheadings-bold-owner-bullets-some-nested-when-how-well-know-then-contingency-meetings",
    "description": (
        "Initial conference plan for a 6-year-old and a 3-year-old whose father drinks and was "
        "violent to their mother; he now lives with his own mother. A Markdown plan with theme "
        "subheadings and bold-owner bullets, some with nested When / How we'll know points. "
        "Most actions are sound (weekly visits on Thursdays, supervised contact, a perpetrator "
        "programme reporting every fifth session, the IDVA, school, nursery, a speech "
        "referral). Faults: home conditions 'will be checked' by nobody; Lantern House's "
        "alcohol assessment has no stated output; the father's group is measured by his "
        "'engagement'; the mother will contact the Freedom Programme 'as needed'; the "
        "contingency starts from 'further concerns' and ends in discussion; the review "
        "conference date is 'to be confirmed'."
    ),
    "text": """\
# Child Protection Plan

**Knottsby Borough Council · Children and Families · Assessment and Protection Team 1**

| | |
|---|---|
| Children | Rhys Pritchard (6), DOB 18/06/2019, Year 1, Knottsby Road Infants; Macy Pritchard (3), DOB 02/12/2022, Treetops Nursery |
| Address | 40 Cinder Lane, Knottsby KN1 5HD |
| Mother | Kelly Pritchard (28) |
| Father | Lee Pritchard (33), living with his mother at 14 Tanyard Court, Knottsby, since 06/01/2026 |
| Category | Emotional abuse (both children) |
| Conference | Initial child protection conference, Tuesday 27/01/2026. Chair: Maureen Abbott (IRO) |
| Social worker | Ellen Hart (team manager: Gareth Lyle) |

## Why we are worried

Lee drinks most nights, usually eight or more cans of lager. The police have been called to 40 Cinder Lane three
times since October. On 04/01/2026 Lee, who had been drinking all afternoon, pushed Kelly into the kitchen door
while she was holding Macy; Macy hit her head on the door frame and Rhys hid under the table. Lee was arrested
and cautioned and has lived at his mother's since 06/01/2026. Kelly says she wants the relationship to end.

## What Rhys and Macy tell us

Rhys (seen on his own at school, 20/01/2026) said: "Daddy's shouty voice is scary. I hid under the table with my
dinosaurs. I want to see Daddy but not when he smells of beer." He drew the kitchen with a big black cloud over
it.

Macy (seen at home and at nursery, 15/01/2026 and 21/01/2026) chattered to her dolls and played happily. At
nursery she has started hitting other children when there is a loud noise, and she asks for her mum at every
nap time. Her words are hard to understand for her age.

## What we want for Rhys and Macy

- Rhys and Macy live in a home where there is no shouting, fighting or drunkenness.
- Rhys and Macy see their dad only when he is sober and it is safe, and they enjoy that time.
- Rhys goes to school every day and has a grown-up he trusts to tell about home.
- Macy's speech is on track for her age and she is calm and settled at nursery.

## What needs to happen

### Keeping Rhys and Macy safe at home

- **Ellen Hart (SW)** will visit Rhys and Macy at home every week, at least one visit a month unannounced, and
  see Rhys on his own.
  - When: every Thursday after school, from 29/01/2026 until the review
  - How we'll know: visit records show Rhys seen alone each week, with his words written down
- Home conditions and the kitchen cupboards will be checked at every visit, with what was seen written on the
  visit record.
- **Lee** will carry on living at 14 Tanyard Court and will see the children only at Knottsby Family Centre on
  Saturday mornings, from 31/01/2026; the centre's contact records will show that every contact took place
  there.
- **Lisa Crane (family centre worker)** will supervise Lee's contact with Rhys and Macy every Saturday from
  10am to 12 noon and send Ellen a written contact record within two working days of each session.

### Lee's drinking and violence

- **Lantern House (Knottsby alcohol service)** to complete an alcohol assessment of Lee by 13/02/2026.
- **Lee** will go to the Lantern House Wednesday evening group every week from 18/02/2026.
  - How we'll know: Lee's engagement with the group
- **Lee** will start the Knottsby Change Path domestic abuse perpetrator programme on 03/03/2026 (20 weekly
  Tuesday sessions), and the programme worker, Arun Mehta, will send Ellen an attendance report after every fifth
  session.

### Kelly's and the children's safety

- **Priya Nair, IDVA (Knottsby Women's Aid)** will meet Kelly every other Monday to make and update a safety plan
  for her and the children; the updated safety plan and DASH score go to Ellen after each meeting.
- **Kelly** will contact the Freedom Programme as needed; the programme will confirm her place to Ellen in
  writing.

### School and nursery

- **Mrs Joan Ferris (DSL, Knottsby Road Infants)** will check Rhys's attendance every day and send it to Ellen
  each Friday, aiming for 95% or more, and will log any worry on CPOMS and ring Ellen the same day.
- **Amy Lowe (key worker, Treetops Nursery)** will record Macy's attendance, her mood at drop-off and anything
  she says about home at every session, and email Ellen a weekly summary each Friday.
- **Sam Whitley (health visitor)** will refer Macy to speech and language therapy by 20/02/2026 and send Ellen a
  copy of the acceptance letter.

## Contingency plan

If there are further concerns or things do not improve, the core group will meet to discuss what happens next,
and Ellen will request a legal planning meeting.

## Meetings

- Core group every four weeks, Tuesdays at 2pm, Knottsby Family Centre: 10/02/2026, 10/03/2026 and 07/04/2026.
- Review child protection conference: date to be confirmed.
""",
    "findings": [
        F("W001", "Home conditions and the kitchen cupboards will be checked"),
        F("M001", "to complete an alcohol assessment of Lee by 13/02/2026"),
        F("M002", "will go to the Lantern House Wednesday evening group"),
        F("T002", "will contact the Freedom Programme as needed"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, widowed father on methadone after a heroin
#    relapse and overdose, with depression; a 12-year-old and a 9-year-old;
#    grandmother's teas. Plain text, numbered actions with LEAD / FROM /
#    UNTIL / CHECK fields. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b126_kellowgate_plain_lead_from_until_check_lund.txt",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plain-text-plan-caps-headings-details-block-why-there-is-a-plan-what-skye-and-mason-said-what-we-want-for-them-then-numbered-actions-with-lead-from-until-check-fields-then-if-then-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 12-year-old and a 9-year-old whose widowed "
        "father relapsed into heroin use and overdosed in November; he is back on methadone and "
        "has depression. A plain-text plan whose numbered actions each have LEAD, FROM, UNTIL "
        "and CHECK fields; FROM and UNTIL often hold events ('Within 10 working days of this "
        "conference', 'The review conference', 'End of the summer term') and the frequency is "
        "in the action ('every Monday after school', 'each Wednesday morning'). The recovery "
        "hub's key worker reports on change, its prescriber, the pharmacist and the GP own "
        "actions, the grandmother's part has a fallback, legal planning follows named "
        "triggers, core group and review dates are set."
    ),
    "text": """\
KELLOWGATE COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN
==============================================================================

Children        Skye Lund, 12 (DOB 04/04/2013), Year 8, Kellowgate High School
                Mason Lund, 9 (DOB 27/09/2016), Year 4, Mill Row Primary
Address         9 Foundry Walk, Kellowgate KG2 7TF
Father          Gary Lund, 38 - the children's only carer since their mum
                died in 2022
Grandmother     Jean Lund (Gary's mum), 7 Mill Row, Kellowgate (five
                minutes' walk)
Category        Neglect
Conference      Initial child protection conference, Thursday 22/01/2026,
                Kellowgate Civic Centre. Chair: Anwen Price (IRO)
Social worker   Carys Jenkins, Family Safeguarding Team (TM: Paul Ndlovu)

------------------------------------------------------------------------------
WHY THERE IS A PLAN
------------------------------------------------------------------------------
Gary used heroin for many years and has been on a methadone script since 2019.
After losing his job in October he started using heroin again on top of his
methadone. On 29/11/2025 Skye came home from school and found him unconscious
on the bathroom floor; she rang 999 and he was given naloxone by the
paramedics. Skye had been missing school to get Mason ready and to "keep an eye
on Dad", and the methadone was kept on the kitchen worktop. Gary also has
depression, treated by his GP.

------------------------------------------------------------------------------
WHAT SKYE AND MASON SAID
------------------------------------------------------------------------------
Skye (seen on her own at school, 16/01/2026): "I thought he was dead. Now I
check on him every morning before I go. I want to go to school without thinking
about it all day. I love my dad, I just want him to be normal."

Mason (seen on his own at home, 19/01/2026): "Dad's better now. I like it when
he takes me to football. Grandma's house is good because she makes shepherd's
pie." He said the worst thing was "when the ambulance came and Skye was
crying".

------------------------------------------------------------------------------
WHAT WE WANT FOR SKYE AND MASON
------------------------------------------------------------------------------
 - Skye and Mason live with a dad who is not using heroin or other drugs, and
   whose methadone is kept locked away from them.
 - Skye goes to school every day and stops being the one who checks on Dad.
 - Mason gets to school fed and on time, and keeps going to football.
 - Both children know which adult to ring if Dad seems unwell or "not right",
   and Skye never has to deal with an emergency on her own again.

------------------------------------------------------------------------------
ACTIONS
------------------------------------------------------------------------------
FROM is when an action starts and UNTIL is when it stops. Where something
happens more than once, how often is written into the action. CHECK is what
the core group will see.

 1. Visit Skye and Mason at home every Monday after school, see each of them
    on their own, and look at the methadone lockbox.
      LEAD   Carys Jenkins, social worker
      FROM   Monday 26/01/2026
      UNTIL  The review conference (21/04/2026)
      CHECK  Visit records show both children seen alone each week and the
             lockbox seen locked

 2. Key-work with Gary every other Wednesday and a random urine screen each
    month; a written report to each core group on whether Gary is staying off
    heroin, what still has to change for Skye and Mason and how long that is
    likely to take.
      LEAD   Nathan Oakes, recovery worker, Kellowgate Recovery Hub
      FROM   Within 10 working days of this conference (by 05/02/2026)
      UNTIL  The review conference
      CHECK  Nathan's report in the papers for every core group; four
             negative screens by the review conference

 3. Review Gary's methadone dose and move him to daily supervised
    consumption at Kellowgate Pharmacy, then review the dose every four weeks.
      LEAD   Dr Lesley Tran, prescribing doctor, Kellowgate Recovery Hub
      FROM   Monday 26/01/2026
      UNTIL  The review conference
      CHECK  Dr Tran's letter to Carys after each review, with the dose and
             any missed pick-ups

 4. Watch Gary take his methadone every day and ring Carys the same day if he
    misses two doses in a row.
      LEAD   Mr Harjit Sandhu, pharmacist, Kellowgate Pharmacy
      FROM   The day supervised consumption starts
      UNTIL  The review conference
      CHECK  No missed doses on the pharmacy record, sent to Carys every other
             Friday

 5. Train Gary and Jean to use naloxone and give each of them a kit, one for
    9 Foundry Walk and one for 7 Mill Row.
      LEAD   Nathan Oakes, recovery worker, Kellowgate Recovery Hub
      FROM   26/01/2026
      UNTIL  06/02/2026
      CHECK  Both kits seen by Carys at her next visits; training
             certificates on file

 6. Keep the methadone in the lockbox, and use no heroin or other drugs while
    Skye and Mason are in his care.
      LEAD   Gary Lund (father)
      FROM   22/01/2026
      UNTIL  The review conference
      CHECK  Lockbox seen locked at every visit; every monthly screen
             negative

 7. Review Gary's antidepressant every eight weeks and tell Carys in writing
    if he misses a review, so that she knows at once if his mood may affect
    the children's care.
      LEAD   Dr Ruth Anand, GP, Mill Row Surgery
      FROM   By the first core group (17/02/2026)
      UNTIL  The review conference
      CHECK  GP letter after each review; no missed reviews on the GP record

 8. Check Skye's attendance every day and meet her each Wednesday morning
    with her learning mentor.
      LEAD   Ms Olivia Grant, DSL, Kellowgate High School
      FROM   Wednesday 28/01/2026
      UNTIL  End of the summer term (17/07/2026)
      CHECK  Attendance above 95% on the register sent to Carys each Friday;
             Wednesday meetings logged on the school's safeguarding system

 9. Give Mason a breakfast club place each school morning, and check his
    attendance and how he arrives.
      LEAD   Mr Colin Price, DSL, Mill Row Primary
      FROM   Monday 26/01/2026
      UNTIL  End of the summer term (17/07/2026)
      CHECK  Breakfast club register; attendance above 95%

10. Young carer's assessment with Skye, and a place at the Friday young
    carers' club.
      LEAD   Dylan Rees, Kellowgate Young Carers
      FROM   Within 4 weeks of this conference (by 19/02/2026)
      UNTIL  End of the summer term
      CHECK  Skye's young carer plan sent to Carys; the club register shows
             her there

11. Have Skye and Mason for tea every Tuesday and Thursday after school, and
    be the adult they ring first if Dad seems unwell.
      LEAD   Jean Lund (paternal grandmother)
      FROM   Tuesday 27/01/2026
      UNTIL  The review conference
      CHECK  Jean texts Carys each Tuesday and Thursday evening; both children
             can show Carys Jean's number in their phones at each visit

------------------------------------------------------------------------------
IF ... THEN
------------------------------------------------------------------------------
IF   Gary has a positive screen, misses two doses in a row, is found under the
     influence, or either child rings to say he seems unwell
THEN Jean collects Skye and Mason that day and they stay at 7 Mill Row; Carys
     (or the emergency duty team) holds a strategy discussion the same day.

IF   Jean cannot have the children (she is ill, away, or cannot be reached)
THEN Carys places Skye and Mason together with Kellowgate foster carers the
     same day.

IF   Gary has two positive screens, or overdoses again, before the review
THEN Carys asks Paul Ndlovu for a legal planning meeting within 5 working
     days.

------------------------------------------------------------------------------
MEETINGS
------------------------------------------------------------------------------
Core group        every four weeks, Tuesdays at 4pm, Mill Row Primary:
                  17/02/2026, 17/03/2026, 14/04/2026
Review conference Tuesday 21/04/2026, 10am, Kellowgate Civic Centre
Children's views  Carys will see Skye and Mason on their own before each core
                  group and bring what they say to the meeting
==============================================================================
""",
    "findings": [],
})
