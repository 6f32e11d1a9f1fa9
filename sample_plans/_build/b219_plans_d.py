"""Batch 219, module d: seven fictional plans (held-out material), places beginning with "d".

Batch: 219. Letter: d. Split: heldout (every plan).

Everything here is made up: children, families, professionals, services,
schools, nurseries, hospitals, police forces and councils (Draymoor,
Dembleton, Dunwithy, Drackenfold, Denholtby, Dimblestead, Dravenbeck and
the rest). Any likeness to real people, places or cases is a coincidence.
The labels were written by hand from docs/rules.md and the labelling
conventions in sample_plans/README.md (1 to 13), without running,
importing or reading planlint.

Focus: checks, the "how we will know" of each action. Four of the seven
plans are exemplary, and their checks are real but said in many ways and
places: inside the action's own sentence, after a dash or in brackets, in
an "Evidence of completion" line of a case-system print, in the outcome's
own row ("We will know because ..."), in a numbered list keyed to the
actions, in a "Proof" line of a minutes' action log; as readings (breath
tests, weights and centiles, drug screens, worry scales), as records kept
and shared (registers, feeding diaries, checklists, signing-in books), as
a worker seeing something on a visit, as the child telling a named adult
who writes it down, and as a report with what it must say. The three
faulty plans hold checks that are absent or vague but written as
confidently as the real ones ("Monitor", "Engagement with sessions",
"keep an eye on", "progress will be reviewed", "ongoing assessment",
"discussed at core group", "-" in a check column, or nothing at all),
with a few faults of other kinds beside them.

The seven plans:

1. b219_draymoor_icpc_plan_check_in_sentence_pearson.docx
   Initial conference plan for an 8-year-old and a 4-year-old (neglect,
   their mother's drinking, their grandmother doing the school run): an
   outcome table whose second column is "We will know because", then an
   action table with no check column, each check written into the action's
   own sentence, after a dash or in brackets. Exemplary.
2. b219_dembleton_case_print_evidence_of_completion_hale.pdf
   Case-system print (page header and footer) of the plan for a
   9-week-old baby born at 34 weeks whose weight has fallen to the 2nd
   centile, whose mother has postnatal depression and whose grandmother
   does the weekend night feeds: task blocks with labelled lines, each with
   an "Evidence of completion" line (weights and centiles, a feeding diary,
   a signed-off feed checklist, clinic letters, a perinatal report on
   capacity to change). Exemplary.
3. b219_dunwithy_plan_letter_checks_keyed_by_number_greaves.md
   The social worker's signed plan letter to a mother after the first
   review conference for her 10-year-old son and 6-year-old daughter
   (emotional abuse: domestic abuse by the daughter's father, now under a
   non-molestation order, with supervised contact at a contact centre):
   "I" is the social worker and "you" the mother; three parts each opened
   by "What will be different for Riley and Mia", numbered paragraphs 1 to
   12 with owner and time, then "How we will know (the numbers match the
   actions above)" giving each action's check (a police log number, a DASH
   score, SDQ scores, a feelings chart e-mailed weekly, contact records,
   programme reports saying what they must say). Exemplary.
4. b219_drackenfold_core_group_minutes_action_log_proof_reid.txt
   Minutes of the second core group for a 13-year-old boy whose father,
   his sole carer, uses cocaine and cannabis (an uncle has him on Friday
   nights): updates by agency, Callum's words, outcomes each with "We will
   know because", then an action log A1 to A11 with What / Who / By /
   Proof lines (urine drug screens with a target, a capacity-to-change
   report covering four named points, a check-in log in Callum's words,
   what the worker sees on a visit, the uncle's texts, a ticked meal
   planner photographed weekly). Exemplary.
5. b219_denholtby_rcpc_plan_sign_of_success_column_dixon.docx
   First review conference plan for three children (neglect; the mother's
   depression under the community mental health team): a landscape table
   with the outcome merged down each group and a "Sign of success" column.
   Faults: "Engagement with sessions" (M002) and "Monitor" (M002) as the
   only signs of success, "-" (M001) and an empty cell (M001), a nursery
   place "ASAP" (T002), and the CPN's visits that only support the mother
   (H001).
6. b219_dimblestead_icpc_outline_what_we_will_see_barker.pdf
   Initial conference plan (page header and footer) for a 14-month-old
   with unexplained bruising and his 5-year-old sister, the father on bail
   seeing them at his sister's house under her supervision and the
   grandmother collecting after school: a typed numbered outline under
   three outcome headings with Lead / When / What we will see lines.
   Faults: "Nursery staff will keep an eye on Noah" (M002), "Progress will
   be reviewed at each core group" (M002), "Ongoing assessment by the
   health visitor" (M002), the father's course with no What we will see
   line (M001), the ELSA sessions with no When line (T001), and no
   fallback if the aunt or grandmother cannot help (C003).
7. b219_dravenbeck_sos_next_steps_evidence_bullets_hartley.md
   Signs of Safety review plan for a 9-year-old and a 3-year-old whose
   mother is alcohol dependent, written before the family move to another
   council: danger statement, safety goals, a worried / working well grid,
   the girl's three houses, scaling, then numbered next steps with Who /
   When / Evidence sub-bullets. Faults: "Discussed at core group" (M002)
   and "Improvement in home conditions" (M002) as the only evidence, "-"
   (M001), the full alcohol assessment handed to the receiving council's
   service after the transfer (X001), a safety goal about the mother only
   (F002), and the transfer-in conference "date to be arranged" as the
   only next conference (R001).

Plans 1 to 4 are exemplary: every action has a named owner (the social
worker as "I" and the mother as "you" in plan 3's letter), a real timescale
and a check someone can see, count or read; every outcome is about the
child; each plan records the children's words or, for the baby, his day as
the adults see it; each contingency has specific triggers and protective
responses and a fallback for any relative's help; each names legal planning
after named triggers, core group dates or frequency and a dated review
conference; where a parent drinks, uses drugs or is unwell, an adult
service owns an action and reports on the parent's potential to change,
and every mental health action in plan 2 asks for that view. The three
faulty plans hold 18 expected findings between them (6 each).

Counting convention used for "actions" (README convention 1): each row of
an action table (plans 1 and 5), each task block of the case print (plan
2), each numbered paragraph of the letter (plan 3; the keyed "How we will
know" list holds their checks, not more actions), each A-numbered item of
the action log (plan 4), each typed numbered item of the outline (plan 6)
and each numbered next step with its sub-bullets (plan 7) counts once.
Details, worries, the children's and parents' words, what is working well,
the Signs of Safety grid and scaling, agencies' updates in the minutes,
outcomes and safety goals, contingencies, legal planning and meeting dates
are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan: outcome table with "We will know because",
#    action table with no check column (checks in the action sentence).
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_draymoor_icpc_plan_check_in_sentence_pearson.docx",
    "doc_title": "Child Protection Plan - Kayden and Lily-Mae Pearson",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-docx-details-table-why-we-are-worried-what-the-children-say-and-show-us-working-well-outcome-table-what-we-want-we-will-know-because-then-action-table-no-what-will-happen-and-how-we-will-check-it-who-when-no-check-column-checks-inside-action-sentence-after-dash-or-in-brackets-then-if-things-go-wrong-legal-planning-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for an 8-year-old boy and his 4-year-old sister on plans for "
        "neglect: their mother drinks vodka most days since their father left, was found asleep with the "
        "4-year-old unsupervised, and the boy has been late 22 times and makes his sister's tea. Their "
        "grandmother walks them to school and gives them tea twice a week. Outcomes sit in a table whose "
        "second column is 'We will know because'; the action table (No. / What will happen, and how we "
        "will check it / Who / When) has no check column, and every check is written inside the action's "
        "sentence, after a dash or in brackets (breath-test readings sent monthly, a register e-mailed "
        "every Friday, a nursery arrival checklist, a signing-in book, a bedtime chart photographed, a "
        "worry scale, centiles in the red book). The recovery service assesses the mother's potential to "
        "change; the contingency has specific triggers, a fallback for the grandmother and legal "
        "planning; core group and review dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Draymoor Borough Council, Children's Services. Plan agreed at the initial child protection "
              "conference on 13/01/2026, chaired by Angela Fenwick (independent chair)."),
        ("table", {
            "rows": [
                ["Children", "Kayden Pearson, born 02/06/2017 (8), Year 3, Draymoor Hill Primary School\n"
                             "Lily-Mae Pearson, born 18/09/2021 (4), Little Wrens Nursery, Draymoor"],
                ["Address", "14 Fernlea Close, Draymoor DR3 5QA"],
                ["Mum", "Stacey Pearson (31)"],
                ["Dad", "Jason Pearson, living in Spain since July 2025; phones the children on Sundays"],
                ["Grandmother", "Brenda Hollis (58), Stacey's mum, 3 Kestrel Row, Draymoor (two streets away)"],
                ["Category", "Neglect"],
                ["Social worker", "Jo Marsh, Draymoor Children's Services, Locality Team East (team manager: "
                                  "Mark Ellison)"],
            ],
            "widths": [3.5, 13.5],
            "bold_first_col": True,
        }),
        ("h1", "Why we are worried"),
        ("p", "Since Jason left in the summer Stacey has been drinking vodka most days, often from the "
              "afternoon. On 04/12/2025 a neighbour found Lily-Mae on the pavement outside the house in her "
              "pyjamas at 6.40pm; Stacey was asleep on the sofa and could not be woken for several minutes by "
              "the police. Kayden has been late to school 22 times this term and has come in hungry. He told "
              "his teacher that he makes Lily-Mae's tea \"when Mummy is sleeping\". Lily-Mae's nursery "
              "attendance since September is 61% and staff have seen her hide food from the snack table."),
        ("h1", "What Kayden and Lily-Mae say and show us"),
        ("p", "Kayden, seen on his own at school by Jo on 08/01/2026: \"Mummy's bottle drink makes her go to "
              "sleep on the sofa and then I do Lily's tea. I can do beans.\" \"I like it at Nana's because "
              "there's Coco Pops and she doesn't shout.\" He put himself at 9 out of 10 on his worry scale "
              "(10 is the most worried) and said he checks on Mum \"in the night, to see she's breathing\"."),
        ("p", "Lily-Mae is 4 and chatty. She told her key person on 09/01/2026: \"Mummy was sleeping and I was "
              "hungry, so I went to find Nana.\" At nursery she eats quickly and puts bread in her pockets. "
              "When Brenda collects her she runs to her and holds her hand all the way to the gate."),
        ("h1", "What is working well"),
        ("bullets", [
            "Stacey told the conference she wants to stop drinking and has had two appointments with Draymoor "
            "Recovery Service since 19/12/2025.",
            "Brenda lives two streets away, sees the children most days and has agreed to do the school run.",
            "Kayden is doing well in reading and loves football; Lily-Mae is settled with her key person.",
            "The house is warm and the children have their own beds.",
        ]),
        ("h1", "What we want for Kayden and Lily-Mae"),
        ("table", {
            "header": ["What we want for the children", "We will know because"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Kayden and Lily-Mae are looked after by a sober adult every day and every night.",
                 "Every breath test Stacey takes at a visit reads 0.00, and Dean's monthly readings from the "
                 "Recovery Service show no positive test."],
                ["Kayden gets to school on time and Lily-Mae goes to nursery every day she is booked in.",
                 "Kayden's attendance is 95% or more with no more than two late marks each half term; Lily-Mae "
                 "attends all 15 of her funded hours each week."],
                ["The children have breakfast, clean clothes and a settled bedtime.",
                 "School and nursery record that the children arrive fed and in clean clothes; the bedtime "
                 "chart shows Lily-Mae in bed by 7.30pm and Kayden by 8pm on at least six nights a week."],
                ["Kayden can be a child again and stops looking after his mum and his sister.",
                 "Kayden's worry scale comes down from 9 to 4 or less, and he tells Nadia that he no longer gets "
                 "up in the night to check on Mum."],
            ],
        }),
        ("h1", "What will happen"),
        ("p", "Each row says what will be done and, in the same words, how we will check it has been done. "
              "The person named in the Who column is responsible."),
        ("table", {
            "header": ["No.", "What will happen, and how we will check it", "Who", "When"],
            "widths": [1.1, 8.9, 3.9, 3.1],
            "rows": [
                ["1",
                 "Key-work sessions with Stacey about her drinking and what it means for Kayden and Lily-Mae, "
                 "with a breath test at the start of each session; Dean sends Jo the month's readings on the "
                 "last Friday of each month.",
                 "Dean Whitlow, recovery worker, Draymoor Recovery Service",
                 "Every Tuesday from 20/01/2026 until the review conference"],
                ["2",
                 "A full assessment of Stacey's alcohol use: whether she is able to stay sober, what needs to "
                 "change and how long that is likely to take, set against the children's needs. Dr Sandhu's "
                 "written report goes to Jo and the core group and says which of these she thinks is likely.",
                 "Dr Priya Sandhu, consultant, Draymoor Recovery Service",
                 "Report by 06/03/2026"],
                ["3",
                 "Liver function blood test for Stacey and a decision on whether she needs a supervised detox "
                 "so that she can stop drinking safely while she cares for the children - Dr Hughes writes to "
                 "Jo with the result and the decision.",
                 "Dr Alan Hughes, GP, Draymoor Medical Centre",
                 "Blood test by 30/01/2026; letter by 13/02/2026"],
                ["4",
                 "Unannounced home visits: see Kayden on his own and Lily-Mae at play, look in the fridge and "
                 "cupboards and at the children's beds, and breath-test Stacey (the reading and Kayden's own "
                 "words go on the visit record within two working days).",
                 "Jo Marsh, social worker",
                 "Weekly; at least one visit in three after 6pm"],
                ["5",
                 "Stacey will not drink while she is caring for Kayden and Lily-Mae, and will take a breath "
                 "test whenever Jo, Dean or Hannah asks - each reading is written on the worker's record and "
                 "should be 0.00.",
                 "Stacey Pearson (Mum)",
                 "Every day from 13/01/2026"],
                ["6",
                 "First-day calling if Kayden is not in class by 8.55am, and Mrs Kaur e-mails Jo the week's "
                 "register, with any late marks, every Friday.",
                 "Mrs Harjit Kaur, attendance officer, Draymoor Hill Primary School",
                 "Every school day"],
                ["7",
                 "Lily-Mae's key person fills in the arrival checklist at every session (fed, clean clothes, "
                 "toileting, mood), and the nursery manager sends Jo the fortnight's checklists.",
                 "Gemma Ross, key person, Little Wrens Nursery",
                 "Every session; checklists sent every other Friday"],
                ["8",
                 "Walk Kayden and Lily-Mae to school and nursery and sign them in at the office (Brenda's "
                 "signature in the signing-in book each morning is the record; Mrs Kaur checks it on Fridays).",
                 "Brenda Hollis (maternal grandmother)",
                 "Monday to Friday, 8.30am, from 19/01/2026"],
                ["9",
                 "Have the children at her house for tea and a bath and bring them home by 7pm - Brenda texts "
                 "Jo when they are home, and Jo keeps the texts on the file.",
                 "Brenda Hollis (maternal grandmother)",
                 "Every Wednesday and Friday, 3.15pm to 7pm"],
                ["10",
                 "Eight home sessions with Stacey on the children's routines (breakfast, bath and bedtime), "
                 "using a bedtime chart that Stacey ticks each night and Hannah photographs at each session "
                 "for the file.",
                 "Hannah Okoro, family support worker, Draymoor Family Hub",
                 "Thursdays 4pm to 6pm, for 8 weeks from 22/01/2026"],
                ["11",
                 "ELSA sessions for Kayden about his worries at home; each session starts and ends with his "
                 "worry scale (0-10), which Nadia writes down and sends Jo at each half term.",
                 "Nadia Farrell, ELSA, Draymoor Hill Primary School",
                 "Every Monday afternoon from 19/01/2026 to 27/03/2026"],
                ["12",
                 "Health review for Lily-Mae, with her weight and height measured and a dentist booked; Sarah "
                 "plots the measurements in the red book and sends Jo the centiles and the dentist's date.",
                 "Sarah Lund, health visitor",
                 "By 13/02/2026"],
                ["13",
                 "Explain to Kayden and Lily-Mae, in words they understand, why people are helping and who to "
                 "tell if Mum is poorly, using a words-and-pictures book that Jo leaves with them; Jo writes "
                 "down what each child says back.",
                 "Jo Marsh, social worker",
                 "By 06/02/2026"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If any breath test reads above 0.00, if Stacey refuses a test, or if anyone finds her drunk or "
            "smelling of alcohol while she is caring for the children: the children go to Brenda's that "
            "night, and Jo (or the Emergency Duty Team out of hours) holds a strategy discussion the same "
            "day. If Brenda cannot have them, Jo or the Emergency Duty Team finds an emergency foster "
            "placement in Draymoor that night.",
            "If Brenda cannot do the school run (illness, holidays), she rings Jo by 7.30am; Hannah does the "
            "walk that morning, and from the second day the children go to the school's breakfast club from "
            "8am, paid by Children's Services. If Brenda cannot have them on a Wednesday or Friday, they go "
            "to the school's after-school club until 5.30pm and Jo visits at home that evening.",
            "If Kayden is absent without a reason, or Lily-Mae is not at nursery by 9.30am, the school or "
            "nursery rings Jo, and Jo visits home the same morning.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If Stacey has two breath tests above 0.00 before the review conference, refuses two tests, or "
              "Dr Sandhu's report says she is unlikely to stay sober within the time Kayden and Lily-Mae can "
              "wait, Mark Ellison (team manager) will hold a legal planning meeting within 10 working days to "
              "decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Draymoor Hill Primary School, Tuesdays at 3.45pm: 27/01/2026, "
            "24/02/2026 and 24/03/2026.",
            "Review child protection conference: 14/04/2026 at 1.30pm, Draymoor Civic Offices.",
        ]),
        ("p", "Plan sent to Stacey, Brenda, Jason (by e-mail) and every agency on 15/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Case-system print: task blocks with labelled lines and an "Evidence of
#    completion" line. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
def _task(n, total, fields):
    return [("boldp", f"Task {n} of {total}"), ("kv", fields)]


_HALE_TASKS = [
    [("Need", "1 Feeding and growth"),
     ("Task", "Weigh Freddie at home, plot his weight in the red book and on the health record, and watch one "
              "feed"),
     ("Responsible", "Rachel Dunn, health visitor, Dembleton Health Visiting Team"),
     ("Start / frequency", "Weekly, every Monday, from 26/01/2026"),
     ("Evidence of completion", "Weight plotted each week; Freddie's weight rising from the 2nd centile towards "
                                "the 9th, with no week's loss. Rachel e-mails Karen the weight and centile the "
                                "same day.")],
    [("Need", "1 Feeding and growth"),
     ("Task", "Keep a feeding diary: the time of each feed, how many ounces were made up and how many Freddie "
              "took, and who gave it"),
     ("Responsible", "Chloe Hale (Mum), with Liam Brady (Dad)"),
     ("Start / frequency", "Every feed, day and night, from 23/01/2026"),
     ("Evidence of completion", "The diary is kept on the kitchen table; Rachel photographs each week's pages "
                                "at her Monday visit and Karen reads them at her visits. At least 7 feeds "
                                "written down every 24 hours.")],
    [("Need", "1 Feeding and growth"),
     ("Task", "Two sessions showing Chloe and Liam how to make up Freddie's formula with the right number of "
              "scoops, and watching each of them make up a feed"),
     ("Responsible", "Mandy Cole, infant feeding specialist, Dembleton Royal Infirmary"),
     ("Start / frequency", "Both sessions by 06/02/2026"),
     ("Evidence of completion", "Observed feed checklist signed off for Chloe and for Liam, copy sent to "
                                "Karen and Rachel")],
    [("Need", "1 Feeding and growth"),
     ("Task", "Neonatal follow-up appointment for Freddie: weight, length and head circumference measured, and "
              "a plan if his growth has not picked up"),
     ("Responsible", "Dr Femi Adeyemi, consultant paediatrician, Dembleton Royal Infirmary neonatal "
                     "outpatient clinic"),
     ("Start / frequency", "Appointment on 12/02/2026"),
     ("Evidence of completion", "Clinic letter to the GP and Karen giving all three centiles and the "
                                "paediatric plan")],
    [("Need", "2 Chloe's mood and Freddie's care"),
     ("Task", "Weekly visits to Chloe to treat her postnatal depression, and at each visit watch how she "
              "responds to Freddie's cues; before each core group, write on whether Chloe is making the "
              "changes Freddie needs and how long further change is likely to take"),
     ("Responsible", "Sian Pritchard, community psychiatric nurse, Dembleton Perinatal Mental Health Team"),
     ("Start / frequency", "Weekly from 27/01/2026; written update before each core group"),
     ("Evidence of completion", "Sian's written update in the core group papers each time, with her Edinburgh "
                                "Postnatal Depression Scale score for Chloe and what she saw of Chloe with "
                                "Freddie")],
    [("Need", "2 Chloe's mood and Freddie's care"),
     ("Task", "Assess Chloe's potential to change: how her depression affects her care of Freddie, what needs "
              "to change, the steps, and how long they are likely to take"),
     ("Responsible", "Dr Helen Moss, consultant perinatal psychiatrist, Dembleton Perinatal Mental Health "
                     "Team"),
     ("Start / frequency", "Assessment by 20/02/2026; report by 06/03/2026"),
     ("Evidence of completion", "Written report to Karen and the core group answering each of those four "
                                "questions")],
    [("Need", "2 Chloe's mood and Freddie's care"),
     ("Task", "Review Chloe's sertraline with her (she stopped taking it in December) and agree a "
              "prescription that she can keep taking while she feeds and cares for Freddie"),
     ("Responsible", "Dr Omar Rafiq, GP, Dembleton Road Surgery"),
     ("Start / frequency", "First review by 30/01/2026, then every 2 weeks until the review conference"),
     ("Evidence of completion", "Dr Rafiq's letter to Karen after each review; repeat prescriptions collected "
                                "on time, shown on the practice record")],
    [("Need", "3 Freddie is safe and seen"),
     ("Task", "Home visits, one in two unannounced, seeing Freddie awake and undressed for a skin check, and "
              "seeing where he sleeps"),
     ("Responsible", "Karen Oduya, social worker, Dembleton Children's Services"),
     ("Start / frequency", "Twice a week until the review conference"),
     ("Evidence of completion", "Visit record on CareTrack within 24 hours, saying Freddie was seen awake and "
                                "undressed, his sleeping place, and anything Chloe or Liam said about the "
                                "week")],
    [("Need", "3 Freddie is safe and seen"),
     ("Task", "Take Freddie to the practice nurse for his missed 8-week immunisations and his 12-week "
              "immunisations"),
     ("Responsible", "Chloe Hale (Mum)"),
     ("Start / frequency", "8-week immunisations by 30/01/2026; 12-week immunisations by 20/02/2026"),
     ("Evidence of completion", "Immunisations written in the red book and on the GP record; Rachel checks "
                                "both at her next Monday visit")],
    [("Need", "3 Freddie is safe and seen"),
     ("Task", "Baby massage and play group with Chloe and Freddie, the worker noting how Chloe reads and "
              "answers Freddie's cues"),
     ("Responsible", "Yvonne Blake, family support worker, Dembleton Family Hub"),
     ("Start / frequency", "Wednesdays 10am, 6 sessions from 28/01/2026"),
     ("Evidence of completion", "Group register and Yvonne's observation sheet for each session, sent to "
                                "Karen every fortnight")],
    [("Need", "4 Help at night"),
     ("Task", "Stay over on Friday and Saturday nights and do the 11pm and 3am feeds so that Chloe sleeps"),
     ("Responsible", "Julie Hale (maternal grandmother)"),
     ("Start / frequency", "Every Friday and Saturday night from 23/01/2026"),
     ("Evidence of completion", "Julie writes each night feed in the feeding diary with her initials; Rachel "
                                "sees the entries on Mondays")],
    [("Need", "4 Help at night"),
     ("Task", "Do the 7pm and 11pm feeds and Freddie's bath on his nights off work"),
     ("Responsible", "Liam Brady (Dad)"),
     ("Start / frequency", "Every Sunday, Monday and Tuesday evening from 25/01/2026"),
     ("Evidence of completion", "Feeds initialled LB in the diary; Karen watches Liam bathe Freddie on at "
                                "least one visit before the first core group")],
]

_hale_blocks = [
    ("title", "CareTrack: Child Protection Plan"),
    ("kv", [
        ("Case reference", "7740213"),
        ("Child", "Freddie Hale, born 19/11/2025 at 34 weeks and 2 days (9 weeks old; 4 weeks corrected)"),
        ("Address", "Flat 3, 22 Orchard Parade, Dembleton DB2 4LE"),
        ("Mother", "Chloe Hale (20)"),
        ("Father", "Liam Brady (23), night-shift warehouse operative; lives with Chloe and Freddie"),
        ("Maternal grandmother", "Julie Hale (47), 9 Linnet Way, Dembleton"),
        ("Category", "Neglect"),
        ("Plan start", "Initial child protection conference, 21/01/2026 (chair: Paul Greer)"),
        ("Allocated worker", "Karen Oduya, social worker, Infant and Family Team (team manager: Sue Carver)"),
    ]),
    ("h1", "Reason for plan"),
    ("p", "Freddie was born early and spent 12 days on the neonatal unit at Dembleton Royal Infirmary before "
          "going home on 01/12/2025 at the 25th centile. By 6 weeks he had dropped to the 2nd centile. The "
          "health visitor found his formula being made up with too few scoops, two missed weighing "
          "appointments and Freddie left in his car seat for most of the day. Chloe has postnatal "
          "depression, stopped her sertraline in December and told the health visitor she \"can't feel "
          "anything for him some days\". Liam works nights and sleeps in the day."),
    ("h1", "Freddie's day (the child's lived experience)"),
    ("p", "Observed by Karen and Rachel at four visits between 05/01/2026 and 19/01/2026. Freddie is a small, "
          "quiet baby who does not cry much for his feeds; when he is hungry he turns his head and sucks his "
          "fist, and these cues were missed twice during one visit. He brightens and holds eye contact when "
          "Julie talks to him, and settles quickly on Liam's chest. On 14/01/2026 he had been in his car seat "
          "in the living room for over three hours. He has no nappy rash and his skin was clear at every "
          "visit."),
    ("h1", "Parents' views"),
    ("p", "Chloe: \"I love him, I just feel like I'm underwater. I want the tablets back.\" Liam: \"I didn't "
          "know she was this bad. I'll do whatever I can on my nights off.\" Julie: \"I'll stay weekends, "
          "that's no problem.\""),
    ("h1", "Outcomes"),
    ("numbers", [
        "Freddie gains weight every week and is back on or above the 9th centile by the review conference.",
        "Freddie is fed at least every 3 hours, day and night, with feeds made up correctly, and his cues "
        "are noticed and answered.",
        "Freddie is cared for by a mum whose mood is stable enough to feed him, hold him and play with him.",
        "Freddie has all his health checks and immunisations on time.",
    ]),
    ("h1", "Tasks"),
    ("p", "Each task shows the need it belongs to, who is responsible, when, and the evidence of completion "
          "that the core group will look at."),
]
for _i, _fields in enumerate(_HALE_TASKS, start=1):
    _hale_blocks.extend(_task(_i, len(_HALE_TASKS), _fields))
_hale_blocks.extend([
    ("h1", "Contingency"),
    ("bullets", [
        "Freddie's weight falls at any weigh, or drops below the 2nd centile: Rachel sends him to the "
        "paediatric assessment unit at Dembleton Royal Infirmary that day and rings Karen, who holds a "
        "strategy discussion the same day.",
        "Chloe says she has thoughts of harming herself or Freddie, or is found unable to get up and feed "
        "him: Sian (or the perinatal crisis line out of hours) assesses Chloe the same day, and Freddie is "
        "cared for by Liam, with Julie, at Julie's house until Sian and Karen agree he can go home.",
        "Julie cannot stay on a Friday or Saturday: she rings Liam and Karen that day, and Liam swaps to a "
        "day shift (his manager agreed this on 20/01/2026). If neither Julie nor Liam can do the night, "
        "Karen or the Emergency Duty Team arranges for Freddie and Chloe to stay at the Dembleton Family "
        "Hub's supported night provision that night.",
        "Two missed weighs, or two missed perinatal appointments in a row: Karen visits the same day.",
    ]),
    ("h1", "Legal planning"),
    ("p", "If Freddie is below the 2nd centile at two weighs in a row, if the feeding diary stops being "
          "kept for more than three days, or if Dr Moss reports that Chloe is unlikely to make the changes "
          "Freddie needs within his timescale, Sue Carver (team manager) will hold a legal planning meeting "
          "within 5 working days."),
    ("h1", "Review arrangements"),
    ("kv", [
        ("Core group", "Every 2 weeks at Dembleton Family Hub, Thursdays 2pm: 29/01/2026, 12/02/2026, "
                       "26/02/2026, 12/03/2026, 26/03/2026"),
        ("Review conference", "15/04/2026, 10am, Dembleton Civic Centre"),
    ]),
    ("p", "Printed by Karen Oduya. Copies to Chloe, Liam, Julie and every agency on 23/01/2026."),
])

PLANS.append({
    "name": "b219_dembleton_case_print_evidence_of_completion_hale.pdf",
    "doc_title": "CareTrack Child Protection Plan - Freddie Hale",
    "split": "heldout",
    "actions": 12,
    "min_pages": 3,
    "header": "OFFICIAL-SENSITIVE - Dembleton Children's Services - CareTrack case 7740213",
    "footer": "Child protection plan: Freddie Hale - printed 23/01/2026 - Page {PAGE} of {NUMPAGES}",
    "template": "case-system-print-pdf-page-header-footer-labelled-case-fields-reason-for-plan-freddies-day-lived-experience-parents-views-numbered-outcomes-then-task-blocks-task-n-of-12-labelled-lines-need-task-responsible-start-frequency-evidence-of-completion-then-contingency-bullets-legal-planning-review-arrangements-kv",
    "description": (
        "Exemplary case-system print of the plan for a 9-week-old baby born at 34 weeks whose weight has "
        "fallen from the 25th to the 2nd centile (feeds made up with too few scoops, missed weighs, hours "
        "in his car seat); his mother has postnatal depression and stopped her sertraline, his father "
        "works nights, and his grandmother stays at weekends to do the night feeds. Twelve task blocks "
        "with labelled lines (Need / Task / Responsible / Start / frequency / Evidence of completion), the "
        "checks being weights and centiles e-mailed the same day, a feeding diary photographed weekly, a "
        "signed-off feed checklist, a clinic letter with three centiles, a perinatal nurse's update with "
        "an EPDS score, a psychiatrist's report answering four named questions, visit records and a "
        "group register with observation sheets. The perinatal team reports on capacity to change; the "
        "contingency has specific triggers and a fallback for the grandmother; legal planning after named "
        "triggers; core group and review dates are set; header and footer on every page."
    ),
    "blocks": _hale_blocks,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Plan letter to the mother after the review conference: "I" is the
#    social worker, "you" is Tanya; numbered actions in paragraphs under
#    each part, then a list of checks keyed to the action numbers.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_dunwithy_plan_letter_checks_keyed_by_number_greaves.md",
    "split": "heldout",
    "actions": 12,
    "template": "plan-letter-md-signed-by-social-worker-i-and-you-letterhead-dear-tanya-why-the-plan-continues-what-riley-and-mia-told-me-what-you-told-me-what-has-got-better-then-three-parts-each-opened-by-what-will-be-different-for-riley-and-mia-numbered-paragraphs-1-to-12-then-how-we-will-know-list-keyed-to-action-numbers-then-if-things-go-wrong-paragraphs-legal-planning-meetings-signature",
    "description": (
        "Exemplary plan letter from the social worker to a mother after the first review conference for "
        "her 10-year-old son and 6-year-old daughter (emotional abuse: domestic abuse by the daughter's "
        "father, who has left and is under a non-molestation order, with supervised contact at a contact "
        "centre). 'I' is the social worker who signs the letter and 'you' is Tanya. Three parts each open "
        "with 'What will be different for Riley and Mia', over numbered paragraphs 1 to 12 that give the "
        "owner and the time; the checks are in a list keyed to the action numbers ('How we will know'), "
        "as a police log number, a DASH score and safety plan copy, visit records with the children's own "
        "words, SDQ scores, a feelings chart sent weekly, contact records, a sanctuary scheme completion "
        "sheet and programme reports saying what they must say. Contingency with the refuge and same-day "
        "strategy discussion, legal planning after named triggers, core group and review dates."
    ),
    "text": """\
**Dunwithy Council - Children's Services**
Family Safeguarding Team South, Dunwithy Civic Hall, Market Street, Dunwithy DW1 2HT

Ms Tanya Greaves
41 Alder Road
Dunwithy DW4 7NP

Date: 06/02/2026

Dear Tanya,

## Riley's and Mia's child protection plan after the review conference

Thank you for coming to the review conference on 03/02/2026 with Olivia. As you know, the conference
decided that Riley (10) and Mia (6) should stay on child protection plans under the category of
emotional abuse for now, because Darren's abuse of you stopped only in November, and the children are
still frightened. This letter is the plan we agreed. I have written it to you, so "I" means me, Ben
Ashworth, the children's social worker, and "you" means you. Everyone else in the plan is named.

## Why the plan continues

Between March and November 2025 the police were called to your home six times. On 08/11/2025 Darren
pushed you into the kitchen door while Mia was on your lap, and Riley rang 999. Darren left the house
that night and the family court made a non-molestation order on 24/11/2025, which runs until
24/11/2026. Darren sees Mia every other Saturday at Dunwithy Contact Centre, supervised by the centre's
staff. Since December he has sent you messages through a friend asking to come home.

## What Riley and Mia told me

Riley, at school on 28/01/2026: "I still listen for his car. I don't sleep till Mum's gone to bed."
"I want Mum to keep the door locked. I don't want him back, not even for Christmas." He wants to keep
going to football on Saturdays and said the best bit of his week is "pizza night with Mum".

Mia, at home on 30/01/2026, drew her house with herself, Riley, you and the cat inside and Darren at
the window. She said: "Daddy's outside because he did shouting." She told me she likes seeing him at
the contact centre "because there's a big Lego table", and that she does not want "to sleep at Daddy's".

## What you told me

"I'm not having him back. I know what it's done to Riley. But I'm tired, and when he messages I feel
like I have to answer."

## What has got better since November

- There have been no police call-outs since 08/11/2025.
- Riley has been at school every day this term, and his teacher says he is joining in more.
- You went to the first three sessions of the Freedom Programme.
- Mia's contact with Darren has gone ahead every other Saturday, and the centre says it is calm.

## The plan

### Part 1: Keeping Riley and Mia safe at home

What will be different for Riley and Mia: they live in a home that Darren does not come to, where
nobody is hurt or shouted at, and they know who to call if they are frightened.

**1.** You will ring 999 if Darren comes to the house, the school or the children, or contacts you
directly or through a friend, every time it happens, and tell me the same day.

**2.** PC Sarah Kenning (Dunwithy Police, Domestic Abuse Safeguarding Unit) will put a warning marker
on 41 Alder Road so that a call from your address is sent straight to an officer, by 13/02/2026.

**3.** Olivia Marr, your IDVA at Dunwithy Women's Aid, will go through your safety plan with you again,
including the messages from Darren's friend, and repeat the DASH risk assessment with you, by
20/02/2026.

**4.** Dunwithy Homes' sanctuary scheme will fit a door chain, a spy hole and window locks, booked by
Olivia, by 27/02/2026.

**5.** I will visit you at home every two weeks until the next review conference and see Riley and Mia
on their own each time.

### Part 2: Riley's and Mia's feelings

What will be different for Riley and Mia: Riley can sleep without listening for Darren's car and stops
feeling he has to protect you; Mia can talk about what she saw and is not frightened at bedtime.

**6.** Mrs Lorna Pike, learning mentor at Dunwithy Park Primary, will see Riley for a "Worry
Busters" session every Wednesday morning, from 11/02/2026 until the Easter holidays.

**7.** Mia's class teacher, Mr Ali Hussain, will do a feelings check-in with Mia each morning at
registration using the class "feelings faces" chart, every school day.

**8.** Gemma Stokes of Dunwithy Stepping Stones (the children's domestic abuse service) will run their
10-week group for 9 to 11 year olds with Riley, on Thursdays 4pm to 5.30pm from 26/02/2026.

**9.** Dunwithy Contact Centre (manager: Paula Grey) will supervise every contact between Mia and
Darren, every other Saturday from 10am to 12 noon, until the next review conference.

### Part 3: Your part and Darren's part

What will be different for Riley and Mia: they have a mum who can say no to Darren and keep to the
order, and a dad who understands what his abuse did to them.

**10.** You will finish the Freedom Programme at Dunwithy Family Hub, on Tuesdays 10am to 12.30pm,
by its last session on 14/04/2026.

**11.** Darren will go to the Dunwithy Safer Relationships programme for men (a 24-week programme),
from his start date on 18/02/2026.

**12.** I will ask Darren's programme and Olivia for their views, and write a report for the next review
conference on whether the children are safer, with what Riley and Mia say about home, by 22/04/2026.

## How we will know (the numbers match the actions above)

1. The police log number is written on the back page of your copy of this plan; I check it at each
   visit, and PC Kenning tells me within 24 hours of any call to your address.
2. PC Kenning e-mails me the marker reference; I write it on this plan at the next core group.
3. Olivia sends me a copy of your updated safety plan and the new DASH score (it was 17 in November;
   we are looking for it to come down below 14).
4. Dunwithy Homes' completion sheet, signed by you, is sent to Olivia and me; I check the locks on my
   next visit.
5. My visit records, written up within 2 working days, with what Riley and Mia each say to me on their
   own in their own words.
6. Mrs Pike does the Strengths and Difficulties Questionnaire with Riley at the first session and the
   last, and sends me both scores with her notes of what Riley says about sleep.
7. Mr Hussain e-mails me the week's chart every Friday; we are looking for more "happy" and "calm"
   faces than "sad" or "scared" ones each week.
8. Gemma's end-of-group letter to you and me, with Riley's own "My safety plan" sheet from the last
   session.
9. The contact centre's record of each session (what Darren and Mia did and said, and how Mia was at
   the start and the end), sent to me within 2 days.
10. The facilitator's letter at the end of the course, saying which sessions you came to and the two
    things you told the group you would do if Darren made contact.
11. The programme's written reports to me at week 8 and week 20, saying whether Darren has come, what
    he has said about the children, and the programme's view of the risk he poses.
12. My report in the conference papers a week before the conference, sent to you first.

## If things go wrong

If Darren comes to the house, or you let him in, or there is any incident with him, you ring 999 (see
action 1). The police attend and I, or the Emergency Duty Team out of hours, hold a strategy discussion
with them the same day. If it is not safe for you and the children to stay at home, Olivia has agreed
that you can go to Dunwithy Women's Refuge that night.

If Darren says anything at contact that frightens Mia, or misses two contacts in a row, contact stops
and the centre rings me that day; it will only restart at the centre once Mia has told me she wants to
see him.

If Riley or Mia tell anyone that Darren has been to the house or that they have seen him outside
contact, that person rings me the same day and I visit that day.

## Legal planning

If Darren is let back into the house, if the non-molestation order is broken and you do not report
it, or if there is another police call-out for domestic abuse before the next review conference, my
manager, Gail Sorensen, will hold a legal planning meeting within 5 working days to decide whether to
go to court.

## Meetings

- Core group every six weeks at Dunwithy Park Primary, Mondays at 3.30pm: 16/03/2026 and 27/04/2026.
- Next review child protection conference: 05/05/2026 at 10am, Dunwithy Civic Hall. Riley has asked
  to come for the first part, and Mia will send a drawing.

If anything in this letter is not what you remember agreeing, please ring me on 01632 960 418 before
the core group on 16/03/2026.

Yours sincerely,

Ben Ashworth
Social Worker, Family Safeguarding Team South

Copies: Olivia Marr (IDVA), PC Sarah Kenning, Mrs Lorna Pike and Mr Ali Hussain (Dunwithy Park
Primary), Gemma Stokes (Dunwithy Stepping Stones), Dunwithy Contact Centre, Dunwithy Homes, Darren
Shaw (his own part only), Gail Sorensen (team manager).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Core group minutes with an action log whose items carry What / Who /
#    By / Proof lines; outcomes with "we will know because". Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_drackenfold_core_group_minutes_action_log_proof_reid.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-minutes-txt-upper-case-headings-meeting-details-present-apologies-updates-by-agency-callums-views-outcomes-with-we-will-know-because-then-action-log-a1-to-a11-what-who-by-proof-lines-then-contingency-legal-planning-next-meetings",
    "description": (
        "Exemplary minutes of the second core group for a 13-year-old boy whose father, his sole carer "
        "since his mother died, uses cocaine and cannabis (neglect: no food, a cold flat, drug use with "
        "Callum at home, strangers at the flat); an uncle has him on Friday nights. Updates by agency, "
        "Callum's own words, outcomes each with 'We will know because', then an action log A1 to A11 "
        "whose What / Who / By / Proof lines give the checks as urine drug screen results, a report on "
        "the father's capacity to change saying what it must cover, visit records, a check-in log with "
        "Callum's words, attendance figures, what the worker sees on a visit, the uncle's texts, a "
        "school nurse's letter, a young carers' assessment and a ticked meal planner. Contingency with a "
        "fallback for the uncle, legal planning after named triggers, core group and review dates."
    ),
    "text": """\
DRACKENFOLD METROPOLITAN BOROUGH COUNCIL - CHILDREN AND FAMILIES
CORE GROUP MEETING - MINUTES AND ACTION LOG

Child:            Callum Reid, born 27/04/2012 (13)
Address:          Flat 12, Tannery Court, Drackenfold DK6 3RB
Plan:             Child protection plan (neglect), made at the ICPC on 08/01/2026
Meeting:          Core group 2, 05/02/2026, 4pm, Drackenfold Valley Academy
Chair / minutes:  Tom Fairley, social worker (team manager: Anne Whitby)

PRESENT
Tom Fairley (TF)      Social worker, Drackenfold Children and Families
Gary Reid             Callum's dad
Marie Quinn (MQ)      Recovery worker, Drackenfold Drug and Alcohol Service (DDAS)
Raj Patel (RP)        Head of Year 8 and DSL, Drackenfold Valley Academy
Dawn Ellis (DE)       Attendance officer, Drackenfold Valley Academy
Fiona Grant (FG)      School nurse, Drackenfold School Nursing Service
Lee Cartwright (LC)   Family support worker, Drackenfold Family Hub
Steve Reid            Callum's uncle (Gary's brother)

APOLOGIES
Kirsty Webb, young carers worker, Drackenfold Young Carers (update sent by e-mail)

1. UPDATES

Gary: said he has used cocaine once since the conference, on 17/01/2026, "at a mate's, not at home".
He has not used cannabis in the flat since the conference. He has been to 3 of 4 DDAS appointments.
He has topped up the electric key every week and the flat is warm.

MQ: Gary's urine drug screens on 13/01 and 27/01 were positive for cannabis; the 20/01 screen was
also positive for cocaine. The 03/02 screen was positive for cannabis only. Gary has started the
"Taking Stock" group. MQ has begun the comprehensive assessment.

RP and DE: Callum's attendance since the conference is 93% (last term 81%). He has been late 4 times.
He came in without lunch money twice; school gave him breakfast club and lunch.

FG: Callum's weight is on the 25th centile (9th in September). He has not seen a dentist since 2023.

LC: two sessions so far with Gary on shopping and meals. The fridge had food at both visits.

Kirsty Webb (by e-mail): young carers assessment booked for 12/02/2026 at school.

TF: visited 4 times since the conference, once unannounced at 7pm. Two men Callum did not know were in
the flat on 22/01/2026; Gary asked them to leave. No drugs or paraphernalia seen since then.

Steve: has had Callum every Friday night since the conference; they go to the Drackenfold Rovers game
or the cinema, and he drops Callum home on Saturday at 5pm.

2. WHAT CALLUM SAYS

Callum met TF on his own at school on 03/02/2026 and agreed that these words could go in the minutes:
"It's better. There's food now. Dad still smokes it but he goes out on the balcony." "I don't like it
when his mates come round, they're loud and one of them took my charger." "Fridays at Uncle Steve's
are the best. I'd live there if I could, but I don't want Dad on his own." He scored home at 6 out of
10 (it was 3 at the conference). He would like a lock on his bedroom door and to go to the gaming club
at school.

3. WHAT WE ARE AIMING FOR (OUTCOMES)

O1  Callum lives with a dad who does not use drugs in the flat or when he is caring for him, and no
    strangers come to the flat.
    We will know because: Gary's drug screens are negative for cocaine, and negative or falling for
    cannabis, from March; TF sees no drugs or visitors at unannounced visits.
O2  Callum has food every day, a warm flat and his health needs met.
    We will know because: food in the fridge and cupboards at every visit; Callum's weight stays on
    or above the 25th centile; dentist seen by the end of March.
O3  Callum is in school every day and has time to be 13, not only his dad's carer.
    We will know because: attendance 95% or above each half term; Callum goes to a club of his own
    choice each week; his score for home is 8 out of 10 or more by the review conference.

4. ACTION LOG (agreed at this meeting; replaces the list from core group 1)

A1   What:  Weekly appointment with Marie at DDAS, with a urine drug screen each time.
     Who:   Gary Reid, with Marie Quinn (DDAS recovery worker)
     By:    Every Tuesday, until the review conference
     Proof: MQ e-mails TF the screen results every fortnight. Target: negative for cocaine at every
            screen from 03/03/2026; cannabis level falling at each screen.

A2   What:  Complete the comprehensive assessment of Gary's drug use and write to the core group on
            his capacity to change: what has changed so far, what still needs to, and how long it is
            likely to take, measured against what Callum needs.
     Who:   Marie Quinn (DDAS)
     By:    Report to TF by 06/03/2026
     Proof: Written report covering all four points, read at core group 3.

A3   What:  Home visits, at least one in three unannounced after 6pm; see Callum alone and his room.
     Who:   Tom Fairley (SW)
     By:    Weekly until the review conference
     Proof: Visit record on the system within 2 working days, noting who was in the flat, food seen,
            heating on, and Callum's own words.

A4   What:  Check in with Callum before registration: how the weekend was, whether he has eaten, and
            anything worrying him at home.
     Who:   Raj Patel (Head of Year 8)
     By:    Every Monday, 8.35am
     Proof: Check-in log with what Callum says in his own words, e-mailed to TF every Monday by 12 noon.

A5   What:  First-day calling if Callum is not in by 8.50am, and a call to TF if Gary cannot be reached
            by 10am.
     Who:   Dawn Ellis (attendance officer)
     By:    Every school day
     Proof: Attendance and punctuality figures sent to TF every other Friday.

A6   What:  Keep no drugs in the flat, do not use when Callum is home, and ask anyone who brings drugs
            to leave.
     Who:   Gary Reid
     By:    Every day, from today
     Proof: TF looks round the kitchen, living room and balcony at every visit and writes down what he
            sees; Gary's screens (A1).

A7   What:  Have Callum to stay every Friday night and take him to the Rovers or the cinema.
     Who:   Steve Reid (uncle)
     By:    Every Friday 5pm to Saturday 5pm
     Proof: Steve texts TF when he collects Callum and when he drops him home.

A8   What:  Health review for Callum: height, weight and eyesight, and register him with a dentist and
            book a check-up.
     Who:   Fiona Grant (school nurse)
     By:    Review by 27/02/2026; dentist seen by 31/03/2026
     Proof: FG's letter to TF and Gary with the centiles, the eye test result and the dentist's date.

A9   What:  Young carers assessment with Callum, and a place at the Tuesday young carers club or the
            school gaming club, whichever he chooses.
     Who:   Kirsty Webb (Drackenfold Young Carers)
     By:    Assessment 12/02/2026; club place from 24/02/2026
     Proof: Assessment shared with TF by 20/02/2026; club register shows Callum there each week.

A10  What:  Weekly sessions with Gary on budgeting, shopping and cooking for Callum, building a weekly
            meal planner that goes on the fridge.
     Who:   Lee Cartwright (FSW, Drackenfold Family Hub)
     By:    Thursdays 10am, for 8 weeks from 29/01/2026
     Proof: The meal planner is ticked each day and LC photographs it each Thursday; LC's session
            notes to TF each fortnight.

A11  What:  Fit a lock on Callum's bedroom door (his request) and fix the damp in his bedroom.
     Who:   Kevin Shaw, repairs officer, Drackenfold Homes
     By:    By 27/02/2026
     Proof: Completed job sheet sent to TF; TF sees the lock and the wall on his next visit and asks
            Callum whether he feels his things are safe.

5. CONTINGENCY

- If TF or any worker finds drugs in the flat, sees Gary under the influence while caring for Callum,
  or finds people in the flat using drugs: Callum goes to Steve's that night, and TF (or the Emergency
  Duty Team) holds a strategy discussion with the police the same day.
- If Steve cannot have Callum (on a Friday, or in an emergency), he rings TF straight away. Callum's
  aunt, Michelle Reid, has agreed to have him instead; if neither can, TF or the Emergency Duty Team
  finds Callum an emergency foster placement in Drackenfold that night.
- If Callum is absent and nobody can reach Gary by 10am, TF visits the flat that morning.
- If Gary misses two DDAS appointments in a row, MQ rings TF that day and TF visits the same day.

6. LEGAL PLANNING

If Gary's screens are positive for cocaine at two screens after 03/03/2026, if drugs are found in the
flat again, or if MQ's report says Gary is unlikely to change within the time Callum needs, Anne Whitby
(team manager) will hold a legal planning meeting within 10 working days.

7. NEXT MEETINGS

Core group 3:   05/03/2026, 4pm, Drackenfold Valley Academy (then every four weeks: 02/04/2026)
Review child protection conference:  14/04/2026, 2pm, Drackenfold Town Hall, Committee Room 2

Minutes sent to Gary, Steve and all present on 06/02/2026. Callum has his own copy of section 4,
talked through with TF.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. First review conference plan: outcome merged down, a "Sign of success"
#    column. Faulty (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_denholtby_rcpc_plan_sign_of_success_column_dixon.docx",
    "doc_title": "Review Child Protection Plan - Tyler Dixon, Ruby Dixon and Alfie Cole",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "font_size": 10,
    "check_vmerge": 4,
    "template": "review-cp-plan-docx-landscape-details-table-what-has-changed-since-the-icpc-what-the-children-said-then-plan-table-ref-what-we-want-for-the-children-merged-down-what-needs-to-happen-lead-timescale-sign-of-success-then-contingency-and-legal-planning-bullets-core-group-and-review",
    "description": (
        "First review conference plan for a 12-year-old, a 7-year-old and a 2-year-old (neglect: dirty "
        "home, no bedding, dog mess, missed health appointments, the eldest caring) whose mother has "
        "depression and is under the community mental health team and whose stepfather works long "
        "shifts. A landscape table with the outcome merged down each group and a 'Sign of success' "
        "column. Most checks are real (visit records with photographs, receipts, ASQ-3 scores, CPOMS "
        "notes, registers, GP letters) but some only sound real. Faults: the family centre's home "
        "conditions sessions measured by 'Engagement with sessions' (M002); the dog and garden measured "
        "by 'Monitor' (M002); the paediatric referral with '-' for its sign of success (M001); the "
        "dentist with an empty cell (M001); the nursery place 'ASAP' (T002); and the CPN's visits that "
        "only support the mother (H001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan: Review Conference"),
        ("p", "Denholtby Council, Children and Young People's Service. Plan agreed at the first review child "
              "protection conference on 20/01/2026 (chair: Sandra Okoye). It replaces the plan from the initial "
              "conference on 21/10/2025."),
        ("table", {
            "rows": [
                ["Children", "Tyler Dixon, born 11/03/2013 (12), Year 7, Denholtby High School\n"
                             "Ruby Dixon, born 02/08/2018 (7), Year 2, Dapplefield Primary School, Denholtby\n"
                             "Alfie Cole, born 19/12/2023 (2), at home"],
                ["Address", "6 Sorrel Walk, Dapplefield, Denholtby DH7 2WS"],
                ["Parents", "Kerry Dixon (33), mother of all three; Shane Cole (35), Alfie's father, Kerry's "
                            "partner, delivery driver working 6am to 6pm"],
                ["Category", "Neglect"],
                ["Social worker", "Ian Price, Denholtby Children's Safeguarding Team 2 (team manager: Lucy "
                                  "Barnard)"],
            ],
            "widths": [4.0, 21.7],
            "bold_first_col": True,
        }),
        ("h1", "What has changed since the initial conference"),
        ("p", "The house is better than it was in October: the kitchen is usually clean and there is food in "
              "the fridge at most visits. But at three of the last six visits there was dog mess in the hall "
              "and in the garden, and Tyler and Ruby are still sharing a mattress with no sheet. Ruby has "
              "soiled herself at school eleven times this term. Alfie's two-year review has been missed twice "
              "and he says only a few words. Kerry has depression and was re-referred to the Denholtby "
              "Community Mental Health Team in November; she told the conference that on bad days she "
              "\"can't get off the sofa\" and Tyler gets Ruby and Alfie up. Shane has taken on the shopping "
              "and cleared the back bedroom."),
        ("h1", "What the children said"),
        ("p", "Tyler, seen at school on 14/01/2026: \"It's cleaner now, but the dog still does it in the hall "
              "and I have to clean it before Ruby sees.\" \"I want my own bed. I'm 12.\" \"When Mum's sad I do "
              "Alfie's breakfast, it's fine.\""),
        ("p", "Ruby, seen at home on 16/01/2026, drew her bedroom with \"a bed with a unicorn cover\" and said "
              "that is what she wants. She said she gets \"tummy hurts\" at school and does not like the "
              "toilets there. Alfie was seen at every visit: he is a smiley boy who points and pulls adults to "
              "what he wants, and he uses about five words."),
        ("h1", "The plan"),
        ("table", {
            "header": ["Ref", "What we want for the children", "What needs to happen", "Lead", "Timescale",
                       "Sign of success"],
            "widths": [1.2, 4.6, 7.0, 4.0, 3.6, 5.3],
            "rows": [
                ["A1", "Tyler, Ruby and Alfie live in a clean, safe home with their own beds, clean bedding "
                       "and food in the cupboards.",
                 "Home conditions sessions with Kerry and Shane, working room by room and agreeing a cleaning "
                 "rota that goes on the kitchen wall",
                 "Marcia Lowe, family support worker, Denholtby Family Centre",
                 "Weekly, Wednesdays 1pm, for 10 weeks from 28/01/2026",
                 "Engagement with sessions"],
                ["A2", V,
                 "Unannounced home visits, seeing each child's bed and the kitchen, with photographs of the "
                 "rooms taken with Kerry's agreement",
                 "Ian Price, social worker",
                 "Every two weeks until the next review conference",
                 "Visit record with the photographs; each child's bed made up with clean bedding at every "
                 "visit"],
                ["A3", V,
                 "Buy a cabin bed for Tyler and a bed and bedding for Ruby, using a section 17 payment",
                 "Ian Price, social worker",
                 "By 13/02/2026",
                 "Receipt on the file; both beds seen made up at the next visit"],
                ["A4", V,
                 "Keep the dog out of the children's bedrooms and the hall, and clear the mess from the garden",
                 "Shane Cole (Alfie's dad)",
                 "Every day, from 21/01/2026",
                 "Monitor"],
                ["B1", "Ruby and Alfie get the health care they need, and Alfie's talking comes on.",
                 "Refer Ruby to the community paediatrician about her soiling and wetting",
                 "Dr Anne Kerr, GP, Dapplefield Surgery",
                 "By 06/02/2026",
                 "-"],
                ["B2", V,
                 "Alfie's two-year review at home, with an ASQ-3, and a referral to speech and language therapy "
                 "if his communication score is below the cut-off",
                 "Jenny Holt, health visitor",
                 "By 20/02/2026",
                 "ASQ-3 scores sent to Ian the same week; copy of the speech and language referral on file"],
                ["B3", V,
                 "Register Ruby and Alfie with a dentist and take them both for a check-up",
                 "Kerry Dixon (Mum)",
                 "By 31/03/2026",
                 ""],
                ["B4", V,
                 "Funded nursery place for Alfie at Denholtby Children's Centre nursery, 15 hours a week",
                 "Jenny Holt, health visitor",
                 "ASAP",
                 "Start date confirmed in writing by the nursery; the nursery register, sent to Ian monthly, "
                 "shows Alfie there for his 15 hours each week"],
                ["C1", "Tyler goes to school every day, gets to be 12 and is not the one who looks after "
                       "Ruby and Alfie.",
                 "Check that Tyler has eaten and has his lunch and PE kit, and let him use the pastoral room "
                 "at break",
                 "Mr Dean Cross, head of Year 7, Denholtby High School",
                 "Every school day, 8.40am",
                 "Tyler tells Mr Cross each Friday how his week at home has been; Mr Cross writes it on CPOMS "
                 "and sends it to Ian"],
                ["C2", V,
                 "Young carers assessment for Tyler, and a place at the Saturday young carers club if he wants "
                 "one",
                 "Priya Shah, Denholtby Young Carers",
                 "Assessment by 27/02/2026; club from 07/03/2026",
                 "Assessment report shared with Ian and Kerry; club register shows Tyler there"],
                ["C3", V,
                 "First-day calling if Tyler or Ruby is not in school by 9am",
                 "Mrs Sue Brand, attendance officer, Denholtby High School (for Tyler) and Mrs Lin Moore, "
                 "Dapplefield Primary (for Ruby)",
                 "Every school day",
                 "Attendance figures for both children sent to Ian every other Friday; 95% or more each half "
                 "term"],
                ["D1", "The children are cared for by a mum who is well enough to get them up, fed and to "
                       "school.",
                 "Visits to support Kerry with her low mood and help her keep taking her medication",
                 "Paul Hart, community psychiatric nurse, Denholtby Community Mental Health Team",
                 "Fortnightly from 27/01/2026",
                 "Paul's visit notes shared with Ian each month"],
                ["D2", V,
                 "Take her sertraline every day and see the GP for a medication review",
                 "Kerry Dixon (Mum)",
                 "Review by 13/02/2026, then monthly",
                 "Dr Kerr's letter to Ian after each review"],
            ],
        }),
        ("h1", "If things get worse"),
        ("bullets", [
            "If Kerry says she has thoughts of ending her life, or is found unable to get up and care for Alfie, "
            "Ian (or the Emergency Duty Team) rings the CMHT crisis team that day, Shane is called home from "
            "work, and if he cannot come Alfie is placed with emergency foster carers that day.",
            "If there is no clean bed for a child, no food in the house, or dog mess in the children's rooms at "
            "any visit, Ian arranges emergency bedding and a food parcel that day and visits again within 48 "
            "hours.",
            "If Tyler or Ruby is absent and neither parent answers by 10am, Ian visits the house that morning.",
            "If home conditions are found below the standard on the home conditions checklist at two visits "
            "in a row, or Ruby's paediatric appointment is missed twice, Lucy Barnard (team manager) will hold "
            "a legal planning meeting within 10 working days.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every four weeks at Dapplefield Primary School on Tuesdays at 3.30pm: "
              "03/02/2026, 03/03/2026, 31/03/2026 and 28/04/2026. The next review child protection conference "
              "is on 19/05/2026 at 10am at Denholtby Civic Centre."),
    ],
    "findings": [
        F("M002", "Home conditions sessions with Kerry and Shane, working room by room"),
        F("M002", "Keep the dog out of the children's bedrooms and the hall"),
        F("M001", "Refer Ruby to the community paediatrician about her soiling"),
        F("M001", "Register Ruby and Alfie with a dentist and take them"),
        F("T002", "Funded nursery place for Alfie at Denholtby Children's Centre nursery"),
        F("H001", "Visits to support Kerry with her low mood and help"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Numbered outline under each outcome, Lead / When / What we will see
#    lines. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_dimblestead_icpc_outline_what_we_will_see_barker.pdf",
    "doc_title": "Child Protection Plan - Noah and Ellie Barker",
    "split": "heldout",
    "actions": 12,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE | Dimblestead Council | Child Protection Plan: Noah and Ellie Barker",
    "footer": "Version 1, agreed at the initial conference on 15/01/2026 | Page {PAGE} of {NUMPAGES}",
    "template": "icpc-plan-pdf-page-header-footer-details-kv-what-happened-what-ellie-says-noah-as-we-see-him-jade-and-ryans-views-then-numbered-outline-three-outcome-headings-with-typed-items-1-1-to-3-4-each-with-lead-when-what-we-will-see-lines-then-contingency-legal-planning-meetings",
    "description": (
        "Initial conference plan for a 14-month-old boy with unexplained bruising to his cheek and ear, "
        "and his 5-year-old sister (physical abuse). Their father is on police bail not to live at home "
        "and sees them at his sister's house, which she supervises; the paternal grandmother collects the "
        "girl from school and has both children until their mother finishes work. A typed numbered outline "
        "under three outcome headings, each item with Lead / When / What we will see lines; most checks "
        "are real (a contact log signed and photographed, visit records, police updates, a report shared, "
        "a feelings book, a clinic letter, the school's collection log). Faults: the nursery's daily "
        "check measured by 'keep an eye on' (M002); the mother's parenting group by 'Progress will be "
        "reviewed at each core group' (M002); the father's course with no What we will see line (M001); "
        "the health visitor's visits by 'Ongoing assessment by the health visitor' (M002); the ELSA "
        "sessions with no When line (T001); and no fallback if the aunt or grandmother cannot help (C003)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dimblestead Council Children's Services. Initial child protection conference held on "
              "15/01/2026 at Dimblestead Council House, chaired by Martin Lowry."),
        ("kv", [
            ("Children", "Noah Barker, born 10/11/2024 (14 months); Ellie Barker, born 03/05/2020 (5), "
                         "Reception, Deverswick Road Primary School, Dimblestead"),
            ("Living with", "Jade Barker (26), their mum, at 18 Hazel Mount, Dimblestead DM4 9RT"),
            ("Dad", "Ryan Barker (29), on police bail not to live at 18 Hazel Mount or have unsupervised "
                    "contact with the children; staying with his sister"),
            ("Family helping", "Sophie Barker (31), Ryan's sister, 7 Ash Grove, Dimblestead; Carol Barker "
                               "(58), the children's paternal grandmother, 2 Quarry Lane, Dimblestead"),
            ("Category", "Physical abuse"),
            ("Social worker", "Amy Fletcher, Dimblestead Children's Services, Assessment and Child "
                              "Protection Team (team manager: Rob Ingram)"),
        ]),
        ("h1", "What happened"),
        ("p", "On 02/12/2025 staff at Dimblestead Day Nursery saw a bruise on Noah's left cheek and two small "
              "bruises behind his left ear. Jade said he had fallen against the cot. The child protection "
              "medical on 03/12/2025 found that the bruising was likely to have been caused by a slap or a "
              "grab and was not consistent with a fall. The skeletal survey was clear; the follow-up films "
              "are due. Ryan was at home alone with Noah the evening before. He denies hurting Noah and was "
              "interviewed and bailed to 26/02/2026. Jade believes Ryan."),
        ("h1", "What Ellie says, and Noah as we see him"),
        ("p", "Ellie, seen at school on 09/01/2026 with her teacher nearby: \"Daddy gets cross when Noah "
              "cries. He does loud voice.\" \"I like going to Nanny Carol's, she has a trampoline.\" She said she "
              "misses Daddy at bedtime. She drew her family holding hands, with Noah \"in the middle because "
              "he's the baby\"."),
        ("p", "Noah is walking and into everything. At nursery he reaches up for his key person and settles "
              "quickly. At home visits he went to Jade for comfort when a stranger came in, and he laughed at "
              "peekaboo with Ellie. No new marks have been seen on him since 03/12/2025."),
        ("h1", "What Jade and Ryan say"),
        ("p", "Jade: \"Ryan would never hurt him. I want my family back together.\" Ryan: \"I've never hit "
              "him. I'll do the course if it gets me home.\""),
        ("pagebreak",),
        ("h1", "The plan"),
        ("h2", "1. Noah and Ellie are safe from being hurt"),
        ("pi", "1.1 Ryan will have no unsupervised contact with Noah or Ellie, and will see them only at "
               "Sophie's house while she is in the room."),
        ("pi2", "Lead: Ryan Barker (Dad)"),
        ("pi2", "When: every contact, until the police investigation and the parenting assessment are finished"),
        ("pi2", "What we will see: Sophie's contact log, signed by Sophie and Ryan after every contact; Amy "
                "photographs it at her fortnightly visit to Sophie."),
        ("pi", "1.2 Sophie will supervise all of Ryan's contact with the children at her house and stay in the "
               "room throughout."),
        ("pi2", "Lead: Sophie Barker (paternal aunt)"),
        ("pi2", "When: Tuesdays and Thursdays 5pm to 7pm, Saturdays 10am to 2pm"),
        ("pi2", "What we will see: the contact log (1.1), with a line on how Noah and Ellie were at the start "
                "and the end of each contact."),
        ("pi", "1.3 Noah's key person will check Noah when he is dropped off at nursery and write down "
               "anything she sees."),
        ("pi2", "Lead: Kim Wardle, key person, Dimblestead Day Nursery"),
        ("pi2", "When: every day Noah is at nursery (Monday to Thursday)"),
        ("pi2", "What we will see: Nursery staff will keep an eye on Noah."),
        ("pi", "1.4 Amy will visit at home, at least one visit in two unannounced, and see Ellie on her own and "
               "Noah with his vest off."),
        ("pi2", "Lead: Amy Fletcher, social worker"),
        ("pi2", "When: weekly until the review conference"),
        ("pi2", "What we will see: visit records within 2 working days, with what Ellie says in her own words "
                "and a note that Noah's skin was seen."),
        ("pi", "1.5 DC Joe Naylor will finish the investigation, send the file to the CPS and tell Jade, Ryan "
               "and Amy what is decided."),
        ("pi2", "Lead: DC Joe Naylor, Dimblestead Police Child Abuse Investigation Team"),
        ("pi2", "When: file to the CPS by 26/02/2026"),
        ("pi2", "What we will see: DC Naylor e-mails Amy after each step, and the CPS decision is sent to Amy "
                "in writing."),
        ("h2", "2. Noah and Ellie are cared for by parents who understand how Noah was hurt and can keep "
               "them safe"),
        ("pi", "2.1 A parenting assessment of Jade and of Ryan, seen separately, including what each of them "
               "thinks happened to Noah."),
        ("pi2", "Lead: Amy Fletcher, social worker"),
        ("pi2", "When: by 13/03/2026"),
        ("pi2", "What we will see: the assessment report, shared with Jade, Ryan and the core group by "
                "20/03/2026."),
        ("pi", "2.2 Jade will go to the Dimblestead Family Hub \"Understanding Your Child\" parenting group."),
        ("pi2", "Lead: Jade Barker (Mum)"),
        ("pi2", "When: Mondays 10am to 12 noon, 12 weeks from 26/01/2026"),
        ("pi2", "What we will see: Progress will be reviewed at each core group."),
        ("pi", "2.3 Ryan will complete the Dimblestead Family Hub \"Calm Dads\" course on managing anger and "
               "stress with young children."),
        ("pi2", "Lead: Ryan Barker (Dad)"),
        ("pi2", "When: Wednesdays 6pm to 8pm, 8 weeks from 28/01/2026"),
        ("h2", "3. Noah and Ellie are healthy, and Ellie can talk about her feelings"),
        ("pi", "3.1 Home visits from the health visitor to Jade and Noah about sleep, weaning and Noah's "
               "development."),
        ("pi2", "Lead: Lauren Mills, health visitor"),
        ("pi2", "When: every two weeks until the review conference"),
        ("pi2", "What we will see: Ongoing assessment by the health visitor."),
        ("pi", "3.2 ELSA sessions for Ellie at school, using a feelings book, about Daddy not living at home."),
        ("pi2", "Lead: Mrs Rachel Onslow, ELSA, Deverswick Road Primary School"),
        ("pi2", "What we will see: Ellie's feelings book, with what she says in her own words, shown to Amy "
                "by Mrs Onslow."),
        ("pi", "3.3 Follow-up skeletal survey films and bloods for Noah, and a letter with the results."),
        ("pi2", "Lead: Dr Kate Ambrose, consultant paediatrician, Dimblestead General Hospital"),
        ("pi2", "When: films on 29/01/2026; letter by 06/02/2026"),
        ("pi2", "What we will see: Dr Ambrose's letter to Amy and the GP with the results."),
        ("pi", "3.4 Carol will collect Ellie from school and have both children at her house until Jade finishes "
               "work."),
        ("pi2", "Lead: Carol Barker (paternal grandmother)"),
        ("pi2", "When: Monday to Friday, 3.15pm to 5.45pm"),
        ("pi2", "What we will see: the school's collection log signed by Carol each day; Carol texts Amy when "
                "Jade has collected the children."),
        ("h1", "Contingency"),
        ("bullets", [
            "If Ryan breaks his bail conditions or comes to 18 Hazel Mount, Jade rings 999 and then Amy; the "
            "police attend and Amy (or the Emergency Duty Team) holds a strategy discussion the same day.",
            "If Noah has any new bruise or mark, the nursery or Jade rings Amy straight away, and Noah has a "
            "child protection medical at Dimblestead General Hospital that day.",
            "If Jade lets Ryan have the children on his own, Noah and Ellie will be placed with foster carers "
            "that day while a strategy discussion decides what happens next.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If Noah has another injury that is not explained, or the parenting assessment finds that neither "
              "parent can keep the children safe, Rob Ingram (team manager) will hold a legal planning meeting "
              "within 5 working days."),
        ("h1", "Meetings"),
        ("p", "Core group every four weeks at Dimblestead Family Hub, Wednesdays at 10am: 28/01/2026, "
              "25/02/2026 and 25/03/2026. Review child protection conference: 14/04/2026 at 2pm, Dimblestead "
              "Council House."),
    ],
    "findings": [
        F("M002", "Noah's key person will check Noah when he is dropped"),
        F("M002", "Jade will go to the Dimblestead Family Hub"),
        F("M001", "Ryan will complete the Dimblestead Family Hub \"Calm Dads\" course"),
        F("M002", "Home visits from the health visitor to Jade and Noah"),
        F("T001", "ELSA sessions for Ellie at school, using a feelings book"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Signs of Safety review plan before a move to another council: danger
#    statement, safety goals, scaling, then next steps with Who / When /
#    Evidence sub-bullets. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b219_dravenbeck_sos_next_steps_evidence_bullets_hartley.md",
    "split": "heldout",
    "actions": 12,
    "template": "signs-of-safety-review-plan-md-family-details-table-danger-statement-safety-goals-what-we-are-worried-about-what-is-working-well-grid-jasmines-three-houses-leo-as-nursery-sees-him-scaling-then-next-steps-numbered-bold-bullets-with-who-when-evidence-sub-bullets-then-if-the-safety-plan-breaks-down-legal-planning-moving-to-dunnerholme-meetings",
    "description": (
        "Signs of Safety review conference plan for a 9-year-old girl and her 3-year-old brother whose "
        "mother is alcohol dependent (found drunk with the boy in the bath, the girl caring for both), "
        "written three weeks before the family move to another council to live near the mother's sister. "
        "Danger statement, safety goals, a worried about / working well grid, the girl's three houses, "
        "scaling, then numbered next steps with Who / When / Evidence sub-bullets. Many checks are real "
        "(breath readings texted the same day, visit records, a check-in sheet with the girl's words, a "
        "nursery register, a receiving council's acknowledgement, the aunt's texts) but some only sound "
        "real. Faults: the family support worker's routine sessions evidenced by 'Discussed at core "
        "group' (M002); the housing support sessions by 'Improvement in home conditions' (M002); the "
        "speech and language referral with '-' (M001); the full alcohol assessment handed to the "
        "receiving council's service after the transfer (X001); a safety goal about the mother only "
        "(F002); and the next conference, the receiving council's transfer-in conference, 'date to be "
        "arranged' (R001)."
    ),
    "text": """\
# Dravenbeck City Council - Children's Social Care

## Signs of Safety child protection plan: Jasmine and Leo Hartley

Agreed at the review child protection conference on 27/01/2026 (chair: Richard Pomeroy). The family
are moving to Dunnerholme on 20/02/2026, and the plan will transfer to Dunnerholme Borough Council.
Dravenbeck keeps the plan and every action in it until Dunnerholme's transfer-in conference.

| Family | |
|---|---|
| Jasmine Hartley | born 15/07/2016 (9), Year 4, Dolcaster Lane Primary School, Dravenbeck |
| Leo Hartley | born 04/10/2022 (3), Little Owls Nursery, Dravenbeck |
| Nicole Hartley | Mum (30), 31 Birchfield Road, Dravenbeck DV5 1PL; moving to 4 Weaver Close, Dunnerholme |
| Gemma Talbot | Nicole's sister (34), lives in Dunnerholme |
| Leo's dad | Kyle Benson, no contact since 2023 |
| Social worker | Hollie Swann, Dravenbeck Children's Social Care (team manager: Dev Mistry) |
| Category | Neglect |

### Danger statement

Children's Social Care, the school and the nursery are worried that Nicole drinks so much that she
cannot look after Jasmine and Leo or keep them safe. On 28/09/2025 Jasmine rang Gemma because Nicole
had fallen asleep drunk while Leo was in the bath. Jasmine gets Leo up and gives him breakfast most
days, and she has come to school tired and worried. If nothing changes, we are worried that Leo could
be badly hurt in an accident when nobody sober is looking after him, and that Jasmine will keep
carrying the worry for the whole family.

### Safety goals

1. Jasmine and Leo are looked after every day and every night by an adult who is sober, and Jasmine
   does not have to look after Leo or her mum.
2. Nicole will stop drinking and engage with alcohol services.
3. Jasmine and Leo settle into their new school and nursery in Dunnerholme, with everything those
   who will look after them there need to know passed on before they start.

### What we are worried about / what is working well

| What we are worried about | What is working well |
|---|---|
| Nicole drinks about a litre of cider and a bottle of wine a day when she is not working. | Nicole has not missed a session at the Dravenbeck Alcohol Service since November and her breath readings were 0.00 at 9 of her last 12 sessions. |
| Jasmine is the one who gets Leo up, dressed and fed. | Gemma rings every evening and has the children every Saturday night. |
| Empty bottles and rubbish in the kitchen; the children's clothes not washed. | The children are warm, loved and close to their mum, and Leo is at nursery every day. |

### Jasmine's three houses (with Hollie, 21/01/2026)

- **House of worries:** "When Mum has the big bottles she goes floppy and I can't wake her." "I have
  to do Leo's Weetabix." "I'm scared about the new school because I won't know anyone."
- **House of good things:** "Auntie Gemma's, because we have pancakes and watch films." "When Mum is
  not drinking she plays Uno with us."
- **House of dreams:** "Mum never drinks again and I go to swimming club."

Leo, as nursery sees him: a cheerful boy who comes in hungry on Mondays, says about 20 words, and runs
to Jasmine at home time.

### Scaling (0 = the children will be hurt, 10 = safe enough to close the plan)

Hollie 3, Nicole 7, Gemma 5, Mrs Ahmed (school) 4, Jasmine "5, because Mum's trying."

## Next steps

1. **Key-work sessions for Nicole at the Dravenbeck Alcohol Service, with a breath test at every
   session.**
   - Who: Tariq Hussain, recovery worker, Dravenbeck Alcohol Service
   - When: every Monday and Thursday, 10am, until the transfer-in conference
   - Evidence: Tariq texts Hollie each reading the same day; every reading 0.00.
2. **Full assessment of Nicole's alcohol dependency and her capacity to change, to be completed by
   Dunnerholme Recovery Service once the case has transferred.**
   - Who: Dunnerholme Recovery Service
   - When: within 4 weeks of the transfer-in conference
   - Evidence: assessment report sent to the Dunnerholme social worker.
3. **Nicole will not drink while Jasmine and Leo are in her care, and will take a breath test at
   every visit Hollie makes.**
   - Who: Nicole Hartley (Mum)
   - When: every day, from 27/01/2026
   - Evidence: the reading is written on each visit record; every reading 0.00.
4. **Home visits, at least one in two unannounced, seeing Jasmine on her own and Leo at play.**
   - Who: Hollie Swann, social worker
   - When: weekly until the transfer-in conference, including one joint visit with the Dunnerholme
     social worker after the move
   - Evidence: visit records within 2 working days, with what Jasmine says in her own words.
5. **Check in with Jasmine before school about her morning, whether she and Leo had breakfast and how
   Mum was.**
   - Who: Mrs Nadia Ahmed, DSL, Dolcaster Lane Primary School
   - When: every Monday and Thursday at 8.45am until Jasmine leaves on 19/02/2026
   - Evidence: Mrs Ahmed writes Jasmine's answers in her words on the check-in sheet and e-mails it to
     Hollie every Friday.
6. **Sessions with Nicole on morning and bedtime routines for Jasmine and Leo, with a routine chart on
   the fridge.**
   - Who: Carly Dunn, family support worker, Dravenbeck Family Hub
   - When: every Tuesday, 4pm to 6pm, until 17/02/2026
   - Evidence: Discussed at core group.
7. **Help Nicole clear the kitchen, wash the children's clothes and get rid of the empty bottles
   before the move.**
   - Who: Sam Petrie, housing support worker, Dravenbeck Family Hub
   - When: twice a week, Wednesday and Friday mornings, until 18/02/2026
   - Evidence: Improvement in home conditions.
8. **Refer Leo to the speech and language drop-in about his talking.**
   - Who: Amanda Reese, health visitor
   - When: by 06/02/2026
   - Evidence: -
9. **First-day calling if Leo is not at nursery by 9.15am, and a note of how he arrives (fed, clean,
   dressed for the weather).**
   - Who: Leanne Cox, nursery manager, Little Owls Nursery
   - When: every day Leo is booked in, until he leaves on 19/02/2026
   - Evidence: the nursery register and arrival notes, sent to Hollie every Friday.
10. **Have Jasmine and Leo to stay every Saturday night, and take Jasmine to look round her new
    school.**
    - Who: Gemma Talbot (aunt)
    - When: every Saturday, 10am to Sunday 4pm; school visit by 13/02/2026
    - Evidence: Gemma texts Hollie when she collects the children and when she brings them home; the
      new school's office signs Gemma's visitor slip.
11. **Send this plan, the chronology and the last six months' case records to Dunnerholme Children's
    Services, and ask for a transfer-in conference.**
    - Who: Hollie Swann, social worker
    - When: by 30/01/2026
    - Evidence: Dunnerholme's e-mail acknowledging the records and giving the name of the allocated
      worker, saved on the file.
12. **Make "My move" books with Jasmine about her new school and Leo's new nursery, so that the people
    there know what she and Leo like and what worries them.**
    - Who: Hollie Swann, social worker
    - When: by 13/02/2026
    - Evidence: the two books, with Jasmine's own words and drawings, sent to the new school and
      nursery before the children start.

## If the safety plan breaks down

- If any breath reading is above 0.00, if Nicole refuses a test, or if anyone finds her drunk while
  she is looking after Jasmine and Leo: the children go to Gemma's that night, and Hollie (or the
  Emergency Duty Team) holds a strategy discussion the same day.
- If Gemma cannot have the children, in an emergency or on a Saturday, she rings Hollie straight away,
  and Hollie or the Emergency Duty Team finds an emergency foster placement that night.
- If Jasmine or Leo does not arrive at school or nursery and Nicole cannot be reached by 9.30am, Hollie
  visits the house that morning.

## Legal planning

If Nicole has two readings above 0.00, or is found drunk while caring for the children, before the
transfer-in conference, Dev Mistry (team manager) will hold a legal planning meeting within 5 working
days, and will invite Dunnerholme's team manager if the family have moved.

## Meetings

- Core group every three weeks at Dolcaster Lane Primary School, Tuesdays at 3.30pm: 10/02/2026, and
  then after the move at Dunnerholme on 03/03/2026 with the Dunnerholme social worker.
- Next conference: Dunnerholme's transfer-in conference, date to be arranged by Dunnerholme once the
  family have moved.

Plan shared with Nicole, Gemma, Jasmine (her own version with Hollie) and every agency on 29/01/2026.
""",
    "findings": [
        F("M002", "Sessions with Nicole on morning and bedtime routines"),
        F("M002", "Help Nicole clear the kitchen, wash the children's clothes"),
        F("M001", "Refer Leo to the speech and language drop-in"),
        F("X001", "to be completed by Dunnerholme Recovery Service once the case"),
        F("F002", "Nicole will stop drinking and engage with alcohol services."),
        F("R001"),
    ],
})
