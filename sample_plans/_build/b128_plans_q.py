"""Batch 128, module q: seven fictional plans (held-out material), places beginning with "q".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good practice on the whole-plan parts (the child's voice, outcomes for
the child, adult services, review arrangements, the contingency and legal
planning) written or placed where a reader who only looks under the usual
headings would miss it. A landscape Word plan whose outcomes are a "So that
Tilly-Mae..." goal cell merged down each group of rows, a baby's "day in the
life" as her voice, the review conference only in the header box and the core
group dates in a small table, and a "Plan B" If / Then table; a case-system
export printed to PDF with "In my own words" boxes, "By the review we will
see" outcomes, a recovery navigator and a probation officer owning work and
the meeting dates only in the page footer; a Signs of Safety plan with a
danger statement and safety goal, a Three Houses table, a therapist asked
"how far she has come and roughly how long the rest will take" and "We will
meet again on..."; a letter to a 15-year-old with her own first-person page,
"What needs to change for you", a memory clinic, adult social care and a GP
owning work, and "What happens if the plan isn't working"; a plain-text
newborn plan with aligned columns, outcomes as the heading of each group of
actions, a specialist midwife for substance misuse and the meeting dates in a
sentence at the end of the safety net. Five are exemplary (plans 1 to 5).
Two carry a realistic mix of faults among mostly good rows and parts: a Word
plan for a non-verbal boy (his communication is his voice; an outcome only
for his father, no adult service owning work for the father's drinking, no
fallback if the grandparents cannot supervise, and three faulty rows), and a
case-system print with a "What Ava says" column (a treatment-only talking
therapies row, an assessment with no output, a passive row, a vague
timescale, and no review conference date).

Counting actions (convention 1): every live row of an action table and every
bullet of an action section ("What will happen, and who will do it" in the
letter) is one action; goal rows merged down a table, If / Then contingency
tables, "In my own words" boxes, the Three Houses table and meeting tables
are not actions. None of these plans has an action already done.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, 14-month-old, mother with bipolar disorder
#    after a manic episode. Landscape Word table with a "So that Tilly-Mae..."
#    goal cell merged down each group of rows; "A day in the life of
#    Tilly-Mae"; review conference only in the header box; core group dates
#    in a table; "Plan B" If / Then table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_quellington_icpc_so_that_goal_merged_day_in_life_harker.docx",
    "doc_title": "Child Protection Plan - Tilly-Mae Harker",
    "split": "heldout",
    "actions": 10,
    "landscape": True,
    "check_vmerge": 3,
    "template": "icpc-landscape-word-plan-header-box-table-with-review-conference-date-why-worried-day-in-the-life-of-baby-as-lived-experience-then-so-that-goal-column-merged-down-each-group-what-who-when-how-we-will-know-then-plan-b-if-then-table-then-core-group-dates-table",
    "description": (
        "Exemplary initial conference plan for a 14-month-old whose mother has bipolar disorder "
        "and stopped her lithium before a manic episode. Nothing sits under the usual headings: "
        "the baby's voice is 'A day in the life of Tilly-Mae' written from visits, the outcomes "
        "are a 'So that Tilly-Mae...' goal cell merged down each group of rows, the review "
        "conference date is only in the header box and the core group dates are in a small "
        "table, and the contingency is a 'Plan B' If / Then table with a named fallback carer, "
        "foster care and a legal planning meeting. Mum's care co-ordinator and her psychiatrist "
        "are both asked whether she can make the changes, the steps and how long."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Quellington Borough Council · Children's Services · Family Safeguarding Team 2"),
        ("table", {
            "widths": [5.5, 20.2],
            "bold_first_col": True,
            "rows": [
                ["Child", "Tilly-Mae Harker, born 02/08/2024 (14 months)"],
                ["Lives with", "Jodie Harker (mother, 23), Flat 6, Ridley House, Bellmoor Road, Quellington QL3 8RD"],
                ["Father", "Not named on the birth certificate; no contact with Tilly-Mae"],
                ["Maternal grandmother", "Pauline Harker, 14 Rook Lane, Quellington (ten minutes' walk)"],
                ["Category", "Neglect"],
                ["Plan made at", "Initial child protection conference, Tuesday 07/10/2025. Chair: Deborah Quaife (IRO)"],
                ["Social worker", "Nathan Oyelaran (team manager: Ravinder Gill)"],
                ["Review conference", "Tuesday 06/01/2026, 10am, Quellington Town Hall, Committee Room 3"],
            ],
        }),
        ("h1", "Why we are worried"),
        ("p", "Jodie has bipolar affective disorder. She stopped taking her lithium in June because she wanted to "
              "lose weight. In September she became high: she did not sleep for three nights, spent her benefits "
              "on clothes online and left Tilly-Mae in her cot from early evening until late the next morning "
              "with one bottle. A neighbour heard Tilly-Mae crying for hours and called the police on 16/09/2025. "
              "There was no food in the flat. Jodie spent nine days as an informal patient on the Larchfield Unit "
              "while Tilly-Mae stayed with Pauline. She has been home since 26/09/2025 and restarted her lithium."),
        ("p", "Tilly-Mae's weight has dropped from the 50th to the 25th centile since May, and she missed her "
              "12-month development review."),
        ("h1", "A day in the life of Tilly-Mae"),
        ("p", "Written by Gemma Royle (health visitor) and Nathan Oyelaran (social worker) from what we saw on "
              "visits on 23/09/2025 at Pauline's and on 30/09/2025 and 03/10/2025 at Ridley House."),
        ("p", "Tilly-Mae wakes at about 6am and stands up in her cot, calling “Mama” and rattling the bars. At "
              "Pauline's she is lifted out straight away, babbles through her porridge and eats the whole bowl. "
              "At home on 30/09/2025 she was still in her night nappy at 11am and had had a bottle but nothing to "
              "eat; she ate two rusks very quickly when Gemma offered them."),
        ("p", "She crawls fast and pulls herself up on furniture. When the door buzzer goes she crawls to the door "
              "and waits. When Jodie was talking quickly and moving around the flat on 30/09/2025, Tilly-Mae went "
              "quiet, watched her and did not reach for her. On 03/10/2025, when Jodie was calmer and sat on the "
              "floor with her, Tilly-Mae climbed into her lap, handed her a book and laughed at the animal noises."),
        ("p", "She settles for her afternoon sleep with her rabbit and sleeps about two hours. In the evening she "
              "looks for Pauline: she points at the door and says “Nana”."),
        ("h1", "What is working well"),
        ("bullets", [
            "Jodie restarted her lithium on 26/09/2025 and says she wants to stay well for Tilly-Mae.",
            "Pauline lives close by, loves Tilly-Mae and looked after her well while Jodie was in hospital.",
            "Tilly-Mae is warm and affectionate with both Jodie and Pauline, and Jodie responds to her when she "
            "is well.",
        ]),
        ("h1", "The plan"),
        ("p", "Each group of actions is there for the reason in the first column."),
        ("table", {
            "header": ["So that Tilly-Mae…", "What will happen", "Who", "When", "How we will know"],
            "widths": [5.0, 7.0, 4.2, 4.0, 5.5],
            "rows": [
                ["…is cared for every day by an adult who is well enough to feed, change, play with and settle "
                 "her, and is never alone with Jodie when Jodie is becoming unwell",
                 "See Jodie at home every two weeks, check her lithium and her relapse signature, and write to "
                 "each core group saying whether Jodie is making the changes Tilly-Mae needs, what steps are "
                 "still to come and how long they are likely to take",
                 "Kemi Adeyemi – Jodie's care co-ordinator, Quellington Community Mental Health Team",
                 "Every other Thursday from 09/10/2025; letter two working days before each core group",
                 "Letter on the SW's file before each core group, with visit dates, lithium levels and Kemi's "
                 "view of the timescale"],
                [V,
                 "Review Jodie's lithium and give a written opinion on her outlook over the next six months: "
                 "whether she can stay well enough to parent Tilly-Mae, what would have to happen first, and by "
                 "when",
                 "Dr Farah Iqbal – Jodie's consultant psychiatrist, Larchfield Unit outpatient clinic",
                 "Clinic on 30/10/2025; written opinion by 14/11/2025",
                 "Written opinion sent to the SW by 14/11/2025 and shared at the core group on 18/11/2025"],
                [V,
                 "Take her lithium every evening and have her blood level checked at the surgery every 12 "
                 "weeks, so that she stays well enough to get up to Tilly-Mae in the night",
                 "Jodie Harker (Mum)",
                 "Every evening from 26/09/2025; next blood test by 17/10/2025",
                 "Blood results in range, copied to the SW by Kemi; Pauline sees the blister pack each Monday"],
                [V,
                 "Phone Jodie every evening and go round if she shows any warning sign on her relapse card (not "
                 "sleeping, talking fast, spending), then tell Kemi or the CMHT duty worker the same evening",
                 "Pauline Harker (maternal grandmother)",
                 "Every evening at 8pm",
                 "Pauline's call log, seen by the SW at each visit; every warning-sign call logged by the CMHT"],
                ["…is fed well, gains weight back towards her 50th centile and catches up on the development "
                 "checks she missed",
                 "Weigh Tilly-Mae, ask what she has eaten in the last day and complete her missed 12-month "
                 "development review (ASQ-3)",
                 "Gemma Royle, health visitor, Quellington 0-19 Service",
                 "Every two weeks from 14/10/2025; ASQ-3 by 31/10/2025",
                 "Weights plotted in her red book and emailed to the SW; ASQ-3 scores shared at the core group "
                 "on 18/11/2025"],
                [V,
                 "Keep Tilly-Mae's funded nursery place, note what she eats and how she arrives, and ring the SW "
                 "the same day if she is absent or arrives hungry or soiled",
                 "Amrit Bains, key worker, Little Owls Day Nursery",
                 "Every Tuesday and Thursday, 8.30am to 3pm",
                 "Attendance and food record emailed to the SW each Friday; same-day calls logged"],
                [V,
                 "Give Tilly-Mae her tea and her bath at Ridley House",
                 "Pauline Harker (maternal grandmother)",
                 "Every Monday, Wednesday and Friday, 4pm to 7pm",
                 "Pauline's diary and the food chart on the fridge, seen by the SW at every visit"],
                ["…is seen, safe at night and understood: the adults around her know what her days are like and "
                 "act the same day if they change",
                 "Visit Tilly-Mae at home, see where she sleeps and what is in the fridge; one visit in three "
                 "unannounced and one a fortnight at teatime",
                 "Nathan Oyelaran, social worker",
                 "Weekly from 09/10/2025 until the review conference",
                 "Visit records show Tilly-Mae seen every week and say what she was doing and how she responded "
                 "to Jodie"],
                [V,
                 "Complete a parenting assessment of Jodie, including Pauline's part as her support, and send "
                 "the report to the core group",
                 "Nathan Oyelaran, social worker",
                 "By 05/12/2025",
                 "Written report shared at the core group on 16/12/2025 and at the review conference"],
                [V,
                 "Agree a written night-time plan with Jodie: where Tilly-Mae sleeps, who gets up to her and who "
                 "Jodie rings if she cannot sleep",
                 "Nathan Oyelaran, social worker, with Jodie and Pauline",
                 "By the first core group, 21/10/2025",
                 "Night-time plan signed by Jodie and Pauline and kept in Tilly-Mae's red book"],
            ],
        }),
        ("h1", "Plan B – if things start to go wrong"),
        ("table", {
            "header": ["If…", "Then…"],
            "widths": [9.0, 16.7],
            "rows": [
                ["Jodie misses two evening doses of lithium in a row, shows two of the warning signs on her "
                 "relapse card, or has not slept for a night",
                 "Kemi (or the CMHT duty worker out of hours, 01632 960418) sees Jodie the same day. Tilly-Mae "
                 "goes to Pauline's at 14 Rook Lane until Kemi says Jodie is well enough, and the SW sees "
                 "Tilly-Mae there within 24 hours."],
                ["Pauline cannot have Tilly-Mae or cannot do her evenings (she is ill, away, or it becomes too "
                 "much for her)",
                 "Jodie's cousin Shannon Reid, 2 Moss Street, who was checked and agreed at conference, steps in. "
                 "If neither of them can, the SW places Tilly-Mae with Quellington foster carers the same day."],
                ["Jodie is admitted to hospital again, stops her lithium, or the night-time plan is broken",
                 "The SW asks Ravinder Gill for a legal planning meeting within 5 working days, to take legal "
                 "advice on starting the Public Law Outline."],
                ["By the review conference Tilly-Mae's weight has not started to recover, or Jodie has not stayed "
                 "well",
                 "The SW requests a legal planning meeting before the review conference, and the conference hears "
                 "its advice."],
            ],
        }),
        ("h1", "When we will meet"),
        ("table", {
            "header": ["Core group", "Date", "Where"],
            "widths": [5.0, 9.0, 11.7],
            "rows": [
                ["First", "Tuesday 21/10/2025, 1.30pm", "Bellmoor Children's Centre"],
                ["Second", "Tuesday 18/11/2025, 1.30pm", "Bellmoor Children's Centre"],
                ["Third", "Tuesday 16/12/2025, 1.30pm", "Bellmoor Children's Centre"],
            ],
        }),
        ("p", "Plan sent to Jodie, Pauline and every agency on 09/10/2025 by Nathan Oyelaran."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Initial conference plan, father's heroin use and an overdose with his
#    daughter in the car. Case-system export printed to PDF with a header
#    and a footer; "In my own words" boxes; "By the review we will see";
#    the recovery navigator and the probation officer own work; the core
#    group and review dates are only in the page footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_quarrenby_case_export_own_words_boxes_footer_dates_pendry.pdf",
    "doc_title": "Child Protection Plan - Kayden and Rosie Pendry",
    "split": "heldout",
    "actions": 9,
    "template": "cp-plan-case-system-export-paged-header-footer-labelled-record-fields-reason-for-plan-in-my-own-words-one-cell-boxes-by-the-review-we-will-see-then-task-assigned-to-due-evidence-table-safety-net-meeting-dates-only-in-page-footer",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 6-year-old whose father uses "
        "heroin and overdosed in the car with his daughter in the back. A case-system export "
        "printed to PDF: the children's voices are in one-cell 'In my own words' boxes (one a "
        "drawing described by the SW), the outcomes are 'By the review we will see', the father's "
        "recovery navigator at The Lantern and his probation officer own actions, the contingency "
        "is a 'Safety net' with the grandmother's fallback and a legal gateway meeting, and the "
        "core group frequency, next date and the review conference date appear only in the page "
        "footer."
    ),
    "header": "OFFICIAL-SENSITIVE – Quarrenby Metropolitan Borough Council – CareLink record export",
    "footer": ("Pendry CP plan v1 – Core group every 3 weeks, next 28/10/2025 – Review conference "
               "13/01/2026 – Page {PAGE} of {NUMPAGES}"),
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Record type", "Child protection plan (initial)"),
            ("Case reference", "CL-448213"),
            ("Children", "Kayden Pendry, DOB 03/03/2016 (9); Rosie Pendry, DOB 27/11/2018 (6)"),
            ("Address", "41 Weir Road, Quarrenby QB7 2NF"),
            ("Parents", "Leanne Pendry (31), care assistant on nights; Dale Pendry (34)"),
            ("Paternal grandmother", "Brenda Pendry, 3 Weir Cottages, Quarrenby (two streets away)"),
            ("Conference", "Initial child protection conference, 14/10/2025. Chair: Olu Bankole (IRO)"),
            ("Category", "Neglect (both children)"),
            ("Allocated worker", "Lucy Tranter, social worker, Quarrenby Safeguarding Team East (TM: Graham Pike)"),
            ("Exported", "16/10/2025 09:42 by LTRANTER"),
        ]),
        ("h1", "Reason for plan"),
        ("p", "Dale has used heroin for about ten years and has been on a methadone script from The Lantern since "
              "2023. He started using on top of his script again in August. On 19/09/2025 a teacher found him "
              "unconscious in his car outside Weirside Primary with Rosie in the back seat; the paramedics gave "
              "him naloxone. Two weeks earlier Rosie had brought a syringe cap into school. Leanne works three "
              "night shifts a week, and the children were left with Dale on those nights. Leanne does not use "
              "drugs. Dale is on a community order with a drug rehabilitation requirement for shoplifting."),
        ("h1", "About Kayden and Rosie"),
        ("p", "Kayden is in Year 5 at Weirside Primary, loves football and plays for the Weirside Juniors on "
              "Saturdays. Rosie is in Year 2; she is shy with adults she does not know and has been wetting the "
              "bed since September. Both children were seen on their own at school on 09/10/2025."),
        ("table", {
            "header": ["In my own words – Kayden, 9 (with Lucy, 09/10/2025)"],
            "widths": [17.0],
            "rows": [
                ["“I check on Dad when I get up, to see if he's breathing. Mum doesn't know I do that. I don't "
                 "want him to go away, I want him to stop the needles. The best thing would be Nana picking us "
                 "up more. Home is a 4 out of 10, it used to be a 7.”"],
            ],
        }),
        ("table", {
            "header": ["In my own words – Rosie, 6 (drawing with Lucy, 09/10/2025)"],
            "widths": [17.0],
            "rows": [
                ["Rosie drew the car with her dad lying across the front seat with “zzz” over him, and herself "
                 "in the back with big tears. She said: “Dad was asleep and wouldn't wake up, I banged the "
                 "window.” Asked what would make things better, she drew Nana's house and said: “Go to Nana's "
                 "after school and Dad gets better and doesn't do needles.”"],
            ],
        }),
        ("h1", "By the review we will see"),
        ("bullets", [
            "Kayden and Rosie looked after by a sober adult every day and every night, and never in a car "
            "driven by their dad.",
            "No needles, foil or drugs anywhere the children can reach, at any visit, announced or not.",
            "Kayden no longer checking on his dad in the mornings, and scoring home 7 or more out of 10.",
            "Rosie dry at night most nights, and able to say who she would tell if Dad seemed “sleepy”.",
        ]),
        ("h1", "Tasks"),
        ("table", {
            "header": ["Task", "Assigned to", "Due / frequency", "Evidence of completion"],
            "widths": [6.0, 3.8, 3.4, 3.8],
            "rows": [
                ["Key-work with Dale and supervised methadone at the pharmacy; report to each core group on his "
                 "test results and whether he is making the changes Kayden and Rosie need",
                 "Sol Greaves – Dad's recovery navigator, The Lantern (Quarrenby drug and alcohol recovery "
                 "service)",
                 "Key-work every Monday; report two working days before each core group",
                 "Report on file before every core group with the weekly oral fluid test results"],
                ["Take his methadone in front of the pharmacist every day and give an oral fluid test every "
                 "Monday, so that he is never under the influence when Kayden and Rosie are with him",
                 "Dale Pendry (Dad)",
                 "Methadone daily; tests every Monday from 20/10/2025",
                 "Every test negative for heroin; pharmacy record shows no missed doses"],
                ["Tell the SW about Dale's attendance at his drug rehabilitation requirement appointments and any "
                 "breach",
                 "Marcus Flint – Dad's probation officer, Quarrenby Probation Delivery Unit",
                 "Monthly summary by the 1st of each month; the next working day after any missed appointment",
                 "Monthly summary email on file; breach letters copied to the SW"],
                ["Supply a naloxone kit for the house, show Leanne and Brenda how to use it, and go through how "
                 "to keep needles and foil out of the children's reach",
                 "Sol Greaves, The Lantern",
                 "By 31/10/2025",
                 "Training sign-off sheet copied to the SW; kit seen in the kitchen cupboard at SW visits"],
                ["Visit Kayden and Rosie at home, at least one visit in three unannounced, see each child on "
                 "their own and check the bathroom, the children's rooms and the car",
                 "Lucy Tranter, SW",
                 "Weekly from 16/10/2025",
                 "Visit records show each child seen alone every week, with their words and what was found or "
                 "not found"],
                ["Direct work with Kayden about his dad's drug use, using the “My dad's medicine” workbook, so "
                 "that he knows it is not his job to check on his dad",
                 "Lucy Tranter, SW",
                 "Four sessions by 12/12/2025",
                 "Kayden's workbook pages on file; his home score at the first and the fourth session"],
                ["Check both children's attendance, punctuality and presentation, and ring the SW the same day if "
                 "either is absent or says anything about Dad being “asleep”",
                 "Mrs Helen Dacre, DSL, Weirside Primary",
                 "Every school day",
                 "Attendance emailed to the SW each Friday; same-day calls logged on CPOMS"],
                ["Collect Kayden and Rosie from school, give them their tea, and have them overnight on the "
                 "nights Leanne works",
                 "Brenda Pendry (paternal grandmother)",
                 "Every Tuesday and Thursday after school; every night shift from 20/10/2025",
                 "School collection log signed by Brenda; Brenda texts the SW each Friday"],
                ["Send the SW her shift rota and make sure the children are at Brenda's on every night she works",
                 "Leanne Pendry (Mum)",
                 "Rota sent every Sunday from 19/10/2025",
                 "Rota on file each week, matching Brenda's texts and the SW's unannounced visits"],
            ],
        }),
        ("h1", "Safety net"),
        ("bullets", [
            "If Dale tests positive for heroin, if needles, foil or drugs are found at the house or in the car, "
            "or if he is seen under the influence: he leaves 41 Weir Road the same day and stays at his brother "
            "Kyle's, 12 Canal Row, and sees the children only at Brenda's with Brenda in the room.",
            "If Brenda cannot have the children on Leanne's night shifts or cannot supervise Dale's time with "
            "them (she is ill, away or it is too much), Dale sees the children only at Quarrenby Family Centre, "
            "Leanne does not work that night, and if she has to, the SW arranges a foster placement for the "
            "children that night.",
            "If Dale overdoses again or is found caring for the children under the influence, Lucy holds a "
            "strategy discussion the same day and asks Graham Pike for a legal gateway meeting within 5 working "
            "days.",
            "If Dale's tests are not all negative by the second core group, Lucy asks for a legal gateway "
            "meeting to consider the Public Law Outline.",
        ]),
        ("p", "Agreed at conference by Leanne and Dale Pendry. Copies to all agencies named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Signs of Safety plan, mother's drinking and PTSD, father on licence
#    after domestic abuse. Danger statement / safety goal, Three Houses
#    table, If / then table, "We will meet again on...". Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_quistmoor_sos_danger_safety_goal_three_houses_lomax.md",
    "split": "heldout",
    "actions": 10,
    "template": "signs-of-safety-md-details-bullets-with-review-conference-danger-statement-safety-goal-working-well-three-houses-table-scaling-then-next-steps-what-who-by-when-how-well-know-table-then-if-then-table-then-we-will-meet-again-sentence",
    "description": (
        "Exemplary Signs of Safety plan for an 8-year-old whose mother drinks and has PTSD after "
        "her father's violence; he is on licence. The outcome is written as a danger statement "
        "and a safety goal, the child's voice as a Three Houses table, the contingency as an "
        "If / then table with the grandmother and uncle's fallback and legal planning, the review "
        "conference date in the details at the top and the core group dates in 'We will meet "
        "again on...'. The father's probation officer, the IDVA, the mother's alcohol key worker "
        "and her psychologist (asked how far she has come and how long the rest will take) own "
        "actions."
    ),
    "text": """\
# Quistmoor Council – Children's Services

## Signs of Safety child protection plan: Lily-May Lomax

- **Child:** Lily-May Lomax, 8 (DOB 11/06/2017), Year 4 at Fernhill Primary
- **Lives with:** Kirsty Lomax (mum, 29), 9 Sorrel Walk, Quistmoor QM4 1JE
- **Dad:** Connor Briggs (32), released on licence on 14/08/2025; licence conditions: no contact with Kirsty or Lily-May and not to enter Sorrel Walk
- **Family network:** Sandra Lomax (Nan), 27 Tanyard Lane; Dean Lomax (Kirsty's brother), 3 Hollins Court
- **Category:** Emotional abuse
- **Initial conference:** Thursday 16/10/2025, chaired by Moira Kettle (IRO)
- **Social worker:** Aisha Rahman (team manager: Phil Ambrose)
- **Review conference:** Thursday 15/01/2026, 2pm, Quistmoor Children's Centre

## Danger statement

Children's Services, the police and Fernhill Primary are worried that Lily-May could be hurt, or frightened the way she was in July, if Connor comes back to Sorrel Walk and attacks Kirsty again: on 12/07/2025 Lily-May ran to a neighbour's in her pyjamas while Connor was strangling her mum. We are also worried that when Kirsty drinks vodka to cope with her panic attacks she falls asleep and cannot get Lily-May up, fed and to school, or protect her if Connor turns up.

## Safety goal

Everyone will be confident that Lily-May is safe enough for the plan to end when, for at least six months, she lives with a mum who is sober whenever she is caring for her, Connor stays away unless a court or Children's Services agrees contact, Lily-May is in school every day, and she knows exactly who to call and what to do if she is scared.

## What's working well

- Kirsty called the police herself on 12/07/2025 and supported Connor's prosecution.
- Nan walks Lily-May to school three days a week and Uncle Dean has her every Saturday night.
- Kirsty has been going to Turning Tide since 01/09/2025 and has had 5 negative breath tests out of 6.
- Lily-May has a good friend, Amber, and loves her Brownies group.

## Lily-May's Three Houses

Aisha did this with Lily-May at school on 10/10/2025, on her own. These are Lily-May's words.

| House of Worries | House of Good Things | House of Dreams |
|---|---|---|
| "When Mum has the bottle she goes to sleep on the settee and I can't wake her up for school." "I'm scared Connor will come back and do the choking again." "I don't like the shouting in my head at night." | "Nan does pancakes." "Uncle Dean lets me stay up for the film on Saturday." "Brownies and Amber." "Mum does my hair nice when she's not poorly." | "Mum doesn't drink the bottle ever again and she isn't scared." "Connor never ever comes to our house." "I want to stay living with Mum and see Nan loads." |

## Scaling

On a scale where 10 means everyone is sure Lily-May is safe with Kirsty and 0 means she cannot stay at home: Aisha 3, school 4, Turning Tide 5, Kirsty 6, Nan 5. Lily-May said 5, "because Mum's still sad".

## Next steps: who will do what

| What | Who | By when | How we'll know |
|---|---|---|---|
| Keep Connor away from Sorrel Walk and Fernhill Primary as his licence says, and tell Aisha about any breach | Tariq Osei, Connor's probation officer, Quistmoor Probation | Licence checks weekly until the licence ends on 13/03/2026; the same day for any breach | Weekly licence-check email to Aisha; recall papers copied the same day |
| Safety planning with Kirsty, and help with her non-molestation order application | Jo Pellow, IDVA, Quistmoor Women's Aid | Every two weeks from 20/10/2025; application made by 07/11/2025 | Safety plan and DASH score sent to Aisha after each meeting; the court order seen by Aisha |
| Key-work and breath tests for Kirsty, and a report to each core group on whether her drinking has changed in ways Lily-May would notice | Megan Holt, Kirsty's key worker at Turning Tide (Quistmoor alcohol service) | Every Wednesday; report two days before each core group | Breath test results and the report on Aisha's file before every core group |
| Trauma-focused therapy for Kirsty's PTSD and panic; Dr Maro will tell the core group what Kirsty still needs to change for Lily-May to be safe, how far she has come and roughly how long the rest will take | Dr Ellen Maro, clinical psychologist, Quistmoor Minds (adult mental health) | Weekly from 04/11/2025; written update before each core group | Written update on Aisha's file before each core group, with Dr Maro's view of the timescale |
| Keep no alcohol at home and stay sober whenever she is looking after Lily-May | Kirsty (Mum) | Every day from 16/10/2025 | Negative breath tests at Turning Tide and at Aisha's visits; no bottles seen at any visit |
| Walk Lily-May to school and collect her at 3.15pm | Sandra Lomax (Nan) | Every Monday, Wednesday and Friday | Fernhill's gate log; Nan texts Aisha every Friday |
| Have Lily-May to stay every Saturday night, and be the adult she rings if Mum has been drinking or Connor turns up | Dean Lomax (uncle) | Every Saturday; the same night whenever Lily-May rings | Lily-May shows Aisha Dean's number on her "safe people" card; Dean texts Aisha after any call |
| See Lily-May at home and at school, on her own, and do the Three Houses with her again | Aisha Rahman (SW) | Visits weekly; Three Houses every four weeks until the review | Visit notes with Lily-May's own words; her new Three Houses kept on file |
| Check Lily-May's attendance, give her a morning check-in with the ELSA, and ring Aisha the same day with any worry | Mrs Priya Lowe, DSL, Fernhill Primary | Every school day | Attendance and check-in log emailed to Aisha each Friday |
| Make a words-and-pictures safety plan with Lily-May, so she knows what to do and who to ring if Connor comes or Mum cannot wake up | Aisha Rahman (SW) | By 31/10/2025 | Lily-May can tell Aisha the three steps; a copy on her bedroom wall, seen at the next visit |

## If ... then ...

| If ... | then ... |
|---|---|
| Connor comes to Sorrel Walk or the school, or contacts Kirsty or Lily-May | Kirsty rings 999; the police attend and tell probation, who start recall; Lily-May goes to Nan's that night; Aisha holds a strategy discussion the same day. |
| Kirsty has been drinking while looking after Lily-May (a positive breath test, or seen or smelled drunk) | Lily-May goes to Nan's or Dean's that night and stays until Kirsty has two negative tests at Turning Tide; Aisha visits the next day. |
| Nan or Dean cannot do their part (ill, away, or it stops working) | The other one steps in; if neither can, Aisha arranges a Quistmoor foster placement for Lily-May the same day, and school opens breakfast club for her if Nan cannot do the school run. |
| Kirsty drinks while caring for Lily-May twice before the next core group, or lets Connor back into the house | Aisha asks Phil Ambrose for a legal planning meeting within 5 working days. |
| Not enough has changed by the review conference | Aisha requests a legal planning meeting before the review, and the review conference hears its advice. |

## We will meet again

We will meet again as a core group on Thursday 30 October, Thursday 27 November and Thursday 8 January, at 3.30pm at Fernhill Primary. Lily-May will see Aisha the week before each meeting so that her words come too.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Letter to a 15-year-old whose father has early-onset dementia and drinks;
#    going missing, older men. Her own first-person page, "What needs to
#    change for you", memory clinic, adult social care, GP and alcohol
#    service own work, "What happens if the plan isn't working", review date
#    in the box at the top. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_quenthwaite_letter_to_mia_own_page_memory_clinic_roskell.md",
    "split": "heldout",
    "actions": 10,
    "template": "sw-letter-to-young-person-md-top-box-with-review-conference-then-mias-page-first-person-written-with-advocate-then-what-needs-to-change-for-you-then-what-will-happen-bullets-i-you-named-others-then-what-happens-if-the-plan-isnt-working-then-when-we-will-meet",
    "description": (
        "Exemplary plan written as a letter from the social worker to a 15-year-old who goes "
        "missing and is at risk of exploitation, whose father has early-onset Alzheimer's disease "
        "and drinks. Her voice is her own first-person page written with her advocate; the "
        "outcomes are 'What needs to change for you'; the memory clinic (asked how his illness is "
        "likely to change and what he can safely do as a parent), adult social care, his GP and "
        "the alcohol service own actions; 'What happens if the plan isn't working' names triggers, "
        "the aunt, a foster family if she cannot, and a legal planning meeting in plain words; the "
        "review conference is in the box at the top and the core group dates in 'When we will meet'."
    ),
    "text": """\
# Quenthwaite City Council – Children's Services

> **Your child protection plan**
> For: Mia Roskell (15)
> From: Hannah Ibbotson, your social worker, Harbour House, Quenthwaite QT1 4AW – 01632 960527
> Made at: the initial child protection conference on Monday 13 October 2025
> Your review conference: **Monday 12 January 2026, 4pm (after school), Harbour House** – you can come to all of it or part of it, and Zara can come with you

Dear Mia,

This letter is your child protection plan. I have written it to you because it is about you, and because you said at the conference that you were fed up of people talking about you in words you don't use. Your dad and Auntie Bethan have a copy too, and so does everyone named in it.

The conference decided you need a plan because since July you have been missing overnight four times, twice found at a flat in Eastgate with men much older than you, and because your dad's illness means he has not always known you were gone. Your dad has early-onset Alzheimer's disease, diagnosed in February, and he has been drinking more since then. In September the gas ring was left on all night, and you have been doing most of the looking after at home and missing school to do it.

## Mia's page

*Mia wrote this with Zara Quinn, her advocate from Quenthwaite Advocacy, on 10 October. It went to the conference exactly as she wrote it.*

I'm Mia and I'm 15, not a baby. My dad forgets stuff now, it's not his fault, it's the Alzheimer's. The thing I hate most is having to remind him about everything, like his tablets and if he's eaten and the gas, and then he gets angry with me because he thinks I'm bossing him. When I go out it's to get away from that for a bit.

The people at the flat are my friends. I know everyone is worried about them. I don't want the police turning up at school, I'd rather talk to Jas.

I want to stay living with my dad. I don't want to go in a children's home, ever. I'd like Auntie Bethan to come round more and I'd like someone else to do Dad's tablets so I'm not the one nagging him. I want to do my GCSEs next year and I want to do hair and beauty at college.

## What needs to change for you

- You are safe: you are home every night by the time agreed, and nobody older is using you, giving you things or asking you for things.
- You are not your dad's carer: another adult makes sure he has taken his tablets, the gas is off and the bills are paid.
- You are in school at least nine days out of ten and on track for your GCSEs.
- You have an adult you trust that you can ring at any time of the day or night, and you do ring them.

## What will happen, and who will do it

- I will see you on your own every week, at school or wherever you choose, and write down what you tell me; you will see those notes before each core group.
- Jas Kaur, your youth worker from the STAR exploitation team, will meet you every Tuesday after school and tell me after each session whether your exploitation screening score has gone up or down.
- You will be home by 9pm on school nights and 10.30pm at weekends, and text your dad and Bethan when you set off; the home-time sheet on the fridge that you and your dad fill in will show whether you were in on time, and I will look at it at every visit.
- Dr Leon Achterberg at the Quenthwaite Memory Clinic will review your dad's medication on 4 November and write to me by 18 November saying how his illness is likely to change over the next year, what he can still safely do as a parent and what help would let him do more.
- Rachel Oyedepo, a social worker in the Quenthwaite Adults Team (adult social care), will complete a Care Act assessment of your dad by 21 November and set up carers to help him with his tablets, meals and bills, so that none of that falls on you; her care plan will come to the core group on 24 November.
- Your dad's GP, Dr Simone Achebe at Castlegate Surgery, will check his liver and his drinking at an appointment by 31 October and tell me in writing whether he has cut down enough to be a safe parent for you.
- Kofi Mensah at The Harbour, Quenthwaite's alcohol service, will see your dad every Thursday and send me a short monthly note with his breath test readings, saying whether his drinking is coming down in a way you would notice at home.
- Auntie Bethan will have you to stay every Friday night and come to your dad's every Sunday afternoon to check the post and his tablet box; she will text me every Monday to say it happened.
- Mrs Okafor, the DSL at Quenthwaite Academy, will ring me by 10am on any day you are not in school, and will email me your attendance every Friday.
- Carers Quenthwaite will do a young carer's assessment with you by 28 November, so that you get proper breaks, and send me the plan they agree with you.

## What happens if the plan isn't working

- If you are not home by 11pm and nobody knows where you are, your dad or Bethan will ring the police (999 if they think you are in danger, 101 if not) and the emergency duty team. Jas will do your return home talk with you within 72 hours, and I will hold a strategy meeting with the police the next working day.
- If your dad's illness means he cannot keep you safe at home (for example the gas is left on again, or he does not notice you have not come home), you will go to Auntie Bethan's at 6 Mill Brow that day.
- If Bethan cannot have you or cannot do her Fridays and Sundays (she is ill, away, or it gets too much), the adult social care carers will check your dad's tablets every day instead, and if you need somewhere to stay I will find you a foster family in Quenthwaite the same day. It would not be a children's home, as you asked, unless there was truly no foster family free.
- If you go missing twice more before the review conference, or you are found at the Eastgate flat again, I will ask my manager, Adrian Cole, for a legal planning meeting within 5 working days. That is where the council's lawyers help us decide whether we need to go to court to keep you safe. I would tell you first, and Zara can help you say what you think.

## When we will meet

We will meet again as your core group (you, your dad, Bethan, Jas, Mrs Okafor, Rachel and me) on Monday 27 October at 4pm at Harbour House, and then every four weeks: Monday 24 November and Monday 22 December, same time and place.

Take care, and ring me if anything in this letter is wrong or you want to change how it is said.

Hannah Ibbotson
Social worker, Quenthwaite Children's Services

Copies: Gareth Roskell (Dad); Bethan Price; Zara Quinn (advocate); Jas Kaur; Rachel Oyedepo; Dr Leon Achterberg; Dr Simone Achebe; Kofi Mensah; Mrs Okafor; Carers Quenthwaite; Sergeant Ellis Reid, Quenthwaite Police Missing Persons Unit.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Newborn plan, parents' cannabis and cocaine use, mother's postnatal
#    anxiety. Plain text with aligned columns; outcomes as the heading of
#    each group of actions; "A day in the life of Orla"; specialist midwife
#    for substance misuse, recovery navigator and perinatal team; meeting
#    dates in a sentence at the end of the safety net. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_quilmarsh_newborn_goal_headed_columns_day_in_life_farrow.txt",
    "split": "heldout",
    "actions": 9,
    "template": "newborn-icpc-plan-plain-text-caps-headings-details-why-a-day-in-the-life-of-orla-then-goal-headed-groups-of-aligned-column-rows-no-what-who-when-how-well-know-wrapped-cells-then-safety-net-ending-with-meeting-dates-sentence",
    "description": (
        "Exemplary initial conference plan for a 4-week-old whose parents use cannabis and, at "
        "weekends, cocaine, and whose mother has postnatal anxiety. Plain text with aligned, "
        "wrapped columns: the baby's voice is 'A day in the life of Orla' by the health visitor, "
        "each group of actions is headed by its goal for Orla (the only outcomes), the specialist "
        "midwife for substance misuse, the recovery navigator and the perinatal mental health "
        "nurse (asked whether the mother can make the changes and how long) own actions, and the "
        "core group dates and the review conference date are in the last sentence of the safety "
        "net, which also covers the grandmother's nights failing and legal planning."
    ),
    "text": """\
QUILMARSH DISTRICT COUNCIL - CHILDREN AND FAMILIES
CHILD PROTECTION PLAN - INITIAL CONFERENCE 15/10/2025
==============================================================================

BABY ........... Orla Farrow, born 17/09/2025 at Quilmarsh General (4 weeks)
MOTHER ......... Shannon Farrow (20)
FATHER ......... Reece Tait (22)
ADDRESS ........ Flat 3, 18 Tannery Street, Quilmarsh QL9 5DX
PATERNAL NAN ... Denise Tait, 2 Pike Lane, Quilmarsh (fifteen minutes by bus)
CATEGORY ....... Neglect
CHAIR .......... Yvonne Mercer, IRO
SOCIAL WORKER .. Owen Pritchard, Quilmarsh Children in Need Team 3
                 (team manager: Bernadette Lowry)

WHY ORLA HAS A PLAN
------------------------------------------------------------------------------
Shannon smoked cannabis every day in pregnancy and drank at weekends until 30
weeks. Reece smokes cannabis daily and uses cocaine at weekends. Orla was born
at 38 weeks weighing 2.6kg and stayed on the postnatal ward for three days for
observation. On 04/10/2025 the health visitor found the flat smelling strongly
of cannabis, Reece asleep on the sofa with Orla on his chest, and Shannon in
tears saying she could not cope. Shannon has postnatal anxiety and panic
attacks; she was referred to the perinatal mental health team on 06/10/2025.

A DAY IN THE LIFE OF ORLA
------------------------------------------------------------------------------
Written by Kate Nwosu, health visitor, from visits on 24/09, 01/10, 04/10 and
10/10/2025.

Orla wakes for a feed every three to four hours, day and night. She gives a
small cry first and then a hungry, rising cry if nobody comes. On 01/10 Shannon
came to her within a minute, held her close and talked to her while she fed;
Orla fed well and fell asleep on her shoulder. On 04/10 Orla cried for about
twenty minutes before she was fed; her nappy was very full and her bottom was
sore.

Orla startles at loud noises: when the television went up loud on 10/10 she
flung her arms out and cried. She calms quickly when she is swaddled and held
by Shannon or by her Nan Denise, and she watches Shannon's face closely when
Shannon sings to her. She sleeps in a Moses basket next to her parents' bed,
and on two visits there was a blanket and a cushion in it, which Kate took out
and talked through with Shannon. Orla weighed 3.2kg on 10/10, on the 9th
centile (born on the 25th).

THE PLAN
------------------------------------------------------------------------------
No   What will happen             Who                When              How we'll know
---  ---------------------------  -----------------  ----------------  ------------------------

GOAL 1 - ORLA IS FED WHENEVER SHE IS HUNGRY, GAINS WEIGHT BACK TO HER 25TH
CENTILE AND SLEEPS SAFELY ON HER OWN IN HER MOSES BASKET, DAY AND NIGHT

1.1  Weigh Orla, watch a feed     Kate Nwosu,        Weekly until      Weight on the red book
     and check her sleep space    health visitor     Orla is 12 weeks  chart, rising towards the
                                  (HV)               old, then every   25th centile; sleep space
                                                     two weeks         clear at every visit

1.2  Postnatal visits: check      Carys Lund,        Twice a week      Visit notes and urine
     Shannon's drug and alcohol   specialist         until Orla is     screen results emailed to
     use, feeding and how she     midwife for        6 weeks old       the SW after each visit;
     is with Orla; hand over to   substance misuse,  (29/10/2025)      handover letter to the HV
     the HV                       Quilmarsh General                    by 29/10/2025

1.3  Stay overnight and do the    Denise Tait        Every Friday and  Night feed chart kept by
     night feeds with Shannon     (paternal Nan)     Saturday night    Denise, seen by the SW
                                                     from 17/10/2025   each week

GOAL 2 - ORLA IS ONLY EVER LOOKED AFTER BY AN ADULT WHO HAS NOT USED DRUGS OR
ALCOHOL, AND NOBODY SMOKES ANYTHING INDOORS

2.1  Key-work and urine screens   Jade Okoro,        Every Tuesday;    Report with screen
     for Shannon and Reece;       recovery           report two days   results on the SW's file
     report to each core group    navigator,         before each core  before each core group
     on whether they are using    Quilmarsh          group
     less and whether the change  Horizons (drug
     is enough for Orla           and alcohol
                                  service)

2.2  Use no drugs or alcohol      Shannon (Mum) and  Every day from    Screens at Horizons
     while looking after Orla,    Reece (Dad)        15/10/2025        negative for cocaine and
     and keep none in the flat                                         falling for cannabis;
                                                                       nothing found or smelled
                                                                       at SW visits

2.3  Assess Shannon's anxiety,    Lisa Brennan,      Assessment by     Written update before
     start CBT, and tell the      perinatal mental   31/10/2025, then  each core group with
     core group whether Shannon   health nurse,      fortnightly;      Lisa's view of what has
     can make the changes Orla    Quilmarsh          update before     changed and the likely
     needs, what still has to     Perinatal Mental   each core group   timescale
     happen and by when           Health Team

GOAL 3 - THE ADULTS AROUND ORLA KNOW WHAT HER DAYS ARE LIKE, AND ACT THE SAME
DAY IF SHE IS HUNGRY, SORE, UNSAFE OR IN A SMOKY ROOM

3.1  Visit Orla, see a feed and   Owen Pritchard,    Twice a week      Visit records describe
     her Moses basket; one        social worker      until 12 weeks    Orla's feed, her sleep
     visit a week unannounced                        old, then weekly  space and how she
                                                                       responds to each parent

3.2  Parenting assessment of      Owen Pritchard,    By 28/11/2025     Report shared at the
     Shannon and Reece, with      social worker                        core group on 03/12/2025
     Denise's part                                                     and at the review

3.3  Agree a written safe-sleep   Owen Pritchard,    By the first      Signed agreement on file
     and safe-care agreement (no  with Shannon and   core group,       and on the fridge, seen
     sofa sleeping, nobody who    Reece              22/10/2025        at the next visit
     has used holds Orla alone)

SAFETY NET
------------------------------------------------------------------------------
If Shannon or Reece is found under the influence while looking after Orla, if
drugs are found in the flat, or if Orla loses weight at two weighs in a row:
the parent who has used stops caring for Orla, Orla goes to Denise's at 2 Pike
Lane (with Shannon if Shannon is sober), and Owen holds a strategy discussion
the same day.

If Denise cannot do her nights or have Orla (she is ill, or it gets too much),
Shannon's aunt Maureen Farrow, who was checked before conference, takes her
place; if neither can, Owen arranges a foster placement for Orla the same day,
or a parent-and-baby foster placement if Shannon is sober.

If either parent tests positive for cocaine twice between core groups, or the
safe-sleep agreement is broken again, Owen will ask Bernadette Lowry for a
legal planning meeting within 5 working days. The same happens if Orla's
weight or her parents' screens have not improved by the third core group.

Whatever happens, the core group meets every three weeks on Wednesdays at 10am
at Quilmarsh Family Hub: 22/10/2025, 12/11/2025, 03/12/2025 and 07/01/2026, and
the review conference is on Wednesday 14/01/2026 at 1.30pm, Quilmarsh Civic
Centre.
==============================================================================
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Initial conference plan, non-verbal autistic boy of 7, father's
#    drinking, contact supervised by the paternal grandparents. His
#    communication is his voice; "What needs to change for Kai". Faulty
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_quaverley_icpc_how_kai_tells_us_grandparent_contact_doherty.docx",
    "doc_title": "Child Protection Plan - Kai Doherty",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-word-plan-header-box-table-with-review-conference-why-kai-has-a-plan-how-kai-tells-us-things-non-verbal-signs-behaviour-carers-observations-what-needs-to-change-for-kai-then-no-what-who-when-how-we-will-know-table-if-things-go-wrong-core-group-dates-table",
    "description": (
        "Initial conference plan for a 7-year-old autistic boy who does not speak, whose father "
        "drinks and drove him after drinking. His voice is 'How Kai tells us things' (Makaton, "
        "his picture book, behaviour the adults see) and the outcomes are 'What needs to change "
        "for Kai'; the review conference is in the header box and the core group dates in a "
        "table, and the contingency has triggers and legal planning. Faults among mostly good "
        "rows: one outcome only for the father, the father's drinking recorded but no adult "
        "service owning an action (he is only told to attend), contact supervised by the "
        "grandparents with no fallback if they cannot, a short breaks assessment 'as and when', "
        "'All professionals' sharing concerns, and bedtime support measured by a feeling."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Quaverley County Council – Children and Young People's Service – Safeguarding Team West"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Child", "Kai Doherty, born 19/02/2018 (7), Brookfield Special School"],
                ["Lives with", "Nicola Doherty (mother, 36), 5 Alder Court, Quaverley QV2 7PS"],
                ["Father", "Liam Doherty (39), 11 Fenton Street, Quaverley; parents separated in 2023"],
                ["Paternal grandparents", "Tom and Maureen Doherty, 22 Larch Grove, Quaverley"],
                ["Category", "Physical abuse"],
                ["Conference", "Initial child protection conference, Thursday 09/10/2025. Chair: Anil Mistry (IRO)"],
                ["Social worker", "Sam Whitworth (team manager: Claire Dunne)"],
                ["Review conference", "Thursday 08/01/2026, 1pm, Quaverley County Hall, Room B12"],
            ],
        }),
        ("h1", "Why Kai has a plan"),
        ("p", "Kai is autistic and does not use spoken words. He spends Wednesday afternoons and Saturday mornings "
              "with his dad. Liam drinks most days, and more since he lost his job in the spring. On 17/09/2025 "
              "Kai came to school with four finger-shaped bruises on his upper arm; Liam said he grabbed Kai when "
              "Kai ran towards the road. On 27/09/2025 a neighbour saw Liam drive Kai home after Liam had been "
              "drinking in the Fenton Arms all afternoon. Nicola is exhausted: Kai sleeps about five hours a "
              "night and she has had no break since the summer."),
        ("h1", "How Kai tells us things"),
        ("p", "Kai uses about twenty Makaton signs, including “more”, “finished”, “home”, “Mum” and “drink”, and "
              "a picture (PECS) book to make choices. When he is worried he flaps his hands, covers his ears and "
              "goes under a table; when he is happy he bounces and hums."),
        ("bullets", [
            "Nicola: at the handover on 17/09/2025 Kai pushed Liam's hand away, signed “home” three times and "
            "held on to the car door. After Saturday contact he often will not eat his tea and goes straight to "
            "his bedroom tent.",
            "Mrs Price, his teacher: on the Thursdays after contact Kai is more often under the table in the "
            "morning. On 18/09/2025 he chose the “sad” and “car” pictures from his book at circle time.",
            "Maureen (Nan): at Larch Grove Kai takes her hand and leads her to the garden swing, and hums while "
            "she pushes him. He brings Grandad Tom his shoes when it is time to go to the park.",
            "Sam Whitworth, SW (visit 06/10/2025): Kai showed Sam his trains, signed “more” for the bubbles and "
            "led Sam to his tent. When Sam showed him a photo of his dad he looked away and signed “finished”.",
        ]),
        ("h1", "What needs to change for Kai"),
        ("bullets", [
            "Kai is only ever looked after by a sober adult, and never travels in a car with a driver who has "
            "been drinking.",
            "Kai's time with his dad is calm and safe, and Kai shows he is happy to go: he signs “Dad” or takes "
            "his hand.",
            "Kai gets the short breaks and specialist help he needs, so that he sleeps better and his mum can keep "
            "him safe at home.",
            "Liam will stop drinking and get his life back on track.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.0, 6.2, 3.4, 2.9, 3.5],
            "rows": [
                ["1",
                 "Visit Kai at home and at school, and at one contact a month at Larch Grove, and write down his "
                 "signs, his picture choices and how he reacts to each adult",
                 "Sam Whitworth, social worker",
                 "Every two weeks at home and school; one contact visit a month",
                 "Visit records describe Kai's signs and behaviour with each adult"],
                ["2",
                 "Supervise every contact between Kai and his dad at 22 Larch Grove, and check that Liam has not "
                 "been drinking before it starts",
                 "Tom and Maureen Doherty (paternal grandparents)",
                 "Every Wednesday 4pm to 6pm and Saturday 10am to 1pm",
                 "Contact sheet signed by Tom or Maureen after each contact and sent to the SW weekly"],
                ["3",
                 "Drive Kai to and from contact, so that Liam never drives him",
                 "Maureen Doherty (paternal grandmother)",
                 "Every contact",
                 "Contact sheet shows who drove; Nicola confirms at each handover"],
                ["4",
                 "Go to The Anchor recovery service's drop-in and not drink on contact days",
                 "Liam Doherty (Dad)",
                 "Weekly",
                 "Liam shows the SW his Anchor appointment card at each visit"],
                ["5",
                 "Make Kai a picture timetable for contact days and teach him a sign for “stop” that he can use "
                 "with any adult",
                 "Priya Naidoo, speech and language therapist, Quaverley Children's Therapy",
                 "Four sessions by 12/12/2025",
                 "Kai uses the “stop” sign at school and at contact, logged by his class teacher"],
                ["6",
                 "Record Kai's arrival, his mood and any marks, and tell the SW the same day about anything Kai "
                 "shows or signs about home or contact",
                 "Mrs Helen Price, class teacher and DSL, Brookfield Special School",
                 "Every school day",
                 "Home-school book and body map copies sent to the SW each Friday"],
                ["7",
                 "Short breaks assessment for Kai and a plan for after-school care",
                 "Quaverley Disabled Children's Team",
                 "As and when a worker is allocated",
                 "Short breaks plan sent to Nicola and the SW"],
                ["8",
                 "Share any concerns about Liam's drinking with the social worker",
                 "All professionals",
                 "The same day",
                 "Concerns logged on Kai's file"],
                ["9",
                 "Help Nicola use the calm-down plan at bedtime, so that Kai settles without being held down",
                 "Dawn Ellis, family support worker",
                 "Weekly home sessions from 14/10/2025",
                 "Kai seems happier at bedtime"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Liam arrives at contact smelling of alcohol or having been drinking, Tom or Maureen will end the "
            "contact, Maureen will take Kai straight home to Nicola, and Tom will ring the SW the same day. "
            "Contact stops until the next core group.",
            "If Liam drives Kai, or Kai has a mark nobody can explain, the SW will hold a strategy discussion with "
            "the police the same day.",
            "If Liam drinks before contact twice before the review, the SW will ask Claire Dunne for a legal "
            "planning meeting within 5 working days.",
        ]),
        ("h1", "Core group meetings"),
        ("table", {
            "header": ["Meeting", "Date and time", "Place"],
            "widths": [4.0, 6.0, 7.0],
            "rows": [
                ["Core group 1", "Thursday 23/10/2025, 3.45pm", "Brookfield Special School"],
                ["Core group 2", "Thursday 20/11/2025, 3.45pm", "Brookfield Special School"],
                ["Core group 3", "Thursday 18/12/2025, 3.45pm", "Brookfield Special School"],
            ],
        }),
    ],
    "findings": [
        F("F002", "Liam will stop drinking and get his life back on track."),
        F("T002", "Short breaks assessment for Kai and a plan for after-school"),
        F("W002", "Share any concerns about Liam's drinking with the social worker"),
        F("M002", "Help Nicola use the calm-down plan at bedtime"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Initial conference plan, mother's depression and an overdose found by
#    her 10-year-old. Case print to PDF, landscape, header and footer; a
#    "What Ava says" column in the action table; "What life will look like"
#    outcomes. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b128_quorrick_case_print_what_ava_says_column_pryor.pdf",
    "doc_title": "Child Protection Plan - Ava and Alfie Pryor",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "template": "icpc-plan-case-print-paged-landscape-header-footer-details-list-concerns-what-life-will-look-like-outcomes-then-action-table-with-what-ava-says-about-this-column-then-if-this-happens-contingency-then-meetings-review-date-to-be-confirmed",
    "description": (
        "Initial conference plan for a 10-year-old and a 4-year-old whose mother has depression "
        "and took an overdose that her daughter found. A landscape case print with a page header "
        "and footer: the child's voice sits in a 'What Ava says about this' column of the action "
        "table, the outcomes are 'What life will look like for Ava and Alfie', and the CMHT care "
        "co-ordinator is asked about change and its timescale. Faults among mostly good rows: "
        "weekly CBT from talking therapies that only treats the mother, a young carer's "
        "assessment 'when appropriate', a parenting assessment with no stated output, a passive "
        "nursery row with no owner, and a review conference date still to be confirmed."
    ),
    "header": "OFFICIAL-SENSITIVE – Quorrick County Council – Children's Social Care",
    "footer": "Pryor – Child protection plan – printed 24/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("kv", [
            ("Children", "Ava Pryor (10), DOB 08/05/2015, Year 6, St Aldhelm's Primary; Alfie Pryor (4), DOB "
                         "21/12/2020, Rainbow Room Nursery"),
            ("Address", "17 Chapel Fold, Quorrick QK3 8HB"),
            ("Mother", "Stacey Pryor (35)"),
            ("Fathers", "Ava's father has no contact; Alfie's father, Jason Coyle, lives in Spain"),
            ("Maternal grandfather", "Ray Pryor and his partner Lorraine Hobbs, 8 Tenter Street, Quorrick"),
            ("Conference", "Initial child protection conference, 21/10/2025. Chair: Gwen Talbot (IRO)"),
            ("Category", "Emotional abuse (both children)"),
            ("Social worker", "Ellie Marsh, Quorrick Children's Social Care, Assessment and Safeguarding "
                              "(team manager: Farid Shah)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Stacey has had depression since her mother died in 2022. On 29/08/2025 Ava came home from a "
              "friend's and could not wake her mum; she rang 999 and the paramedics found Stacey had taken an "
              "overdose of her antidepressants and paracetamol. Stacey was in Quorrick General for three nights "
              "and the children stayed with Ray. Since then Ava has been checking her mum's tablets every "
              "evening, sleeping in her mum's bed and refusing to go on her school residential. Alfie has been "
              "late to nursery on most Mondays and Wednesdays and sometimes arrives without breakfast."),
        ("h1", "What life will look like for Ava and Alfie when the plan has worked"),
        ("bullets", [
            "Ava and Alfie are cared for every day by an adult who is well enough to look after them, and they "
            "know what to do and who will come if their mum becomes unwell.",
            "Ava no longer checks her mum's tablets or sleeps in her bed to watch her, and goes on school trips "
            "and to her friends' houses like other girls her age.",
            "Alfie gets to nursery on time, fed and ready to play, every session.",
            "Ava and Alfie live in a home where there are never enough tablets for anyone to take an overdose.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["No.", "What will happen", "Who", "By when", "How we will know",
                       "What Ava says about this"],
            "widths": [1.0, 6.2, 3.8, 3.6, 5.0, 6.1],
            "rows": [
                ["1",
                 "Visit Ava and Alfie at home, with one visit in three unannounced, and see Ava on her own at "
                 "school",
                 "Ellie Marsh, social worker",
                 "Weekly from 23/10/2025",
                 "Visit records show both children seen each week and Ava seen alone, with her own words",
                 "“Ask me at school, not at home, so Mum doesn't hear and get upset.”"],
                ["2",
                 "Weekly CBT sessions for Stacey at Quorrick Talking Therapies to help with her low mood",
                 "Quorrick Talking Therapies (adult mental health)",
                 "Weekly from 04/11/2025",
                 "Attendance record sent to the SW monthly",
                 "“I want Mum to have someone to talk to that isn't me.”"],
                ["3",
                 "Visit Stacey at home, check her safety plan and her medication, and report to each core group "
                 "on whether she is making the changes Ava and Alfie need and how long that is likely to take",
                 "Martin Oakes, care co-ordinator, Quorrick Community Mental Health Team",
                 "Every two weeks from 28/10/2025; report two days before each core group",
                 "Written report on the SW's file before each core group, with Martin's view of the timescale",
                 "“Martin is nice. Mum is less grumpy after he comes.”"],
                ["4",
                 "Prescribe Stacey's antidepressants a week at a time, so that there are never many tablets in "
                 "the house",
                 "Dr Jonah Wells, GP, Chapel Fold Surgery",
                 "Weekly prescriptions from 27/10/2025",
                 "Pharmacy record shows one week's supply collected at a time; no spare boxes seen at SW visits",
                 "“Then I won't need to count them.”"],
                ["5",
                 "Keep every medicine in the locked box in the kitchen and take the job of checking tablets off "
                 "Ava",
                 "Stacey Pryor (Mum)",
                 "Every day from 21/10/2025",
                 "Locked box seen at every SW visit; Ava tells Ellie she has stopped checking",
                 "“If it's locked I don't have to check. But I might still check.”"],
                ["6",
                 "Give Ava a morning check-in with her learning mentor, and ring the SW the same day if she is "
                 "worried about her mum or absent",
                 "Mr Carl Bright, DSL, St Aldhelm's Primary",
                 "Every school day",
                 "Check-in log and attendance emailed to the SW each Friday",
                 "“Miss Jordan is OK. Not in front of everyone though.”"],
                ["7",
                 "Young carer's assessment for Ava and a place at the Tuesday young carers' club",
                 "Quorrick Young Carers",
                 "When appropriate",
                 "Young carer's plan sent to the SW; club register shows Ava there",
                 "“Is it a club where you don't have to talk about it?”"],
                ["8",
                 "Complete a parenting assessment of Stacey with both children in mind",
                 "Ellie Marsh, social worker",
                 "By 12/12/2025",
                 "",
                 "“Mum is a good mum. She's just ill.”"],
                ["9",
                 "Alfie's nursery attendance and presentation will be checked every session",
                 "-",
                 "Every session",
                 "Weekly attendance sheet with arrival times sent to the SW",
                 "Ava says Alfie “loves the sand pit” and gets sad when he misses it."],
                ["10",
                 "Have Ava and Alfie for tea at 8 Tenter Street, and have them overnight whenever Stacey is "
                 "too low to manage",
                 "Ray Pryor (maternal grandfather)",
                 "Every Tuesday and Thursday; the same night whenever Stacey asks or Ava rings",
                 "Ray texts the SW after each visit and after any overnight stay",
                 "“Grandad makes the best chips and he lets me choose the film.”"],
                ["11",
                 "Take Alfie to nursery on Monday and Wednesday mornings and make sure he has had breakfast",
                 "Lorraine Hobbs (Grandad's partner)",
                 "Every Monday and Wednesday from 27/10/2025",
                 "Nursery register shows Alfie in by 9am on those days",
                 "“Lorraine is always early. Alfie likes her car.”"],
            ],
        }),
        ("h1", "If this happens"),
        ("bullets", [
            "If Stacey talks about ending her life, harms herself, or Ava cannot wake her: Ava rings 999 (she "
            "has practised this with Ellie) and then Grandad; Ray collects both children and they stay at 8 "
            "Tenter Street; the CMHT crisis team sees Stacey the same day; Ellie holds a strategy discussion the "
            "same day.",
            "If Ray or Lorraine cannot have the children or do the nursery run (ill, away, or it is too much), "
            "Ellie arranges a foster placement for Ava and Alfie together the same day, and nursery is told to "
            "ring Ellie by 9.30am if Alfie is not in.",
            "If Stacey takes another overdose or refuses to see the crisis team, or if there is no progress by "
            "the second core group, Ellie will ask Farid Shah for a legal planning meeting within 5 working "
            "days.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 3.30pm at St Aldhelm's Primary; first on 06/11/2025.",
            "Review child protection conference: date to be confirmed by the Quorrick Safeguarding Unit.",
        ]),
    ],
    "findings": [
        F("H001", "Weekly CBT sessions for Stacey at Quorrick Talking Therapies"),
        F("T002", "Young carer's assessment for Ava and a place at"),
        F("M001", "Complete a parenting assessment of Stacey with both children"),
        F("W001", "Alfie's nursery attendance and presentation will be checked"),
        F("R001"),
    ],
})
