"""Batch 69, module r: seven fictional plans (tuning material), places beginning with "r".

Everything here is made up: children, families, professionals, services,
hospitals, schools, streets and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: measures and timescales written the many ordinary ways practitioners
write them, with hard negatives beside real faults - evidence in the plan's own
words (what will be seen, who checks it, where it is recorded), dates tied to
events ("within two weeks of the HTT discharging Kerry", "before the baby is
born", "within 2 working days of the baby coming home"), standing arrangements
("every Tuesday after school"), shared owner cells and a combined "who and
when" column, a "when" cell merged down over two rows, "ongoing" next to a real
frequency, "improvement" inside an observable measure - and genuinely vague
ones ("Ongoing", "ASAP", "As needed", "When appropriate", "TBC", "regularly",
"Attendance to improve", "Engagement", "Reviewed at core group"). Layouts: core
group minutes with an action log, a review conference table with RAG status, a
letter to the parents setting out the plan, a child in need plan stepped up to
child protection, a case-system text export for a looked-after baby on a ward,
a pre-birth plan, and a bullet plan built around the mother's needs. Two plans
are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Core group 2 minutes with an action log (docx). Standing arrangements,
#    event-tied dates and shared owner cells beside ASAP / As needed,
#    "Attendance to improve", "Reviewed at core group", a blank Who, a blank
#    measure, "Core group" as owner, the home treatment team only supporting,
#    and the review conference "to be confirmed".
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_rendlecombe_core_group_minutes_action_log_pellow.docx",
    "doc_title": "Core Group 2 Minutes and Action Log - Maisie and Jack Pellow",
    "split": "tune",
    "actions": 14,
    "template": "core-group-2-minutes-docx-kv-present-previous-actions-prose-updates-then-no-action-who-by-when-how-well-know-action-log",
    "description": (
        "Second core group minutes for a 9-year-old and a 4-year-old (neglect; mother's depression and an "
        "overdose with a nine-day admission). The previous actions are reported as done in prose; the action "
        "log is No. | Action | Who | By when | How we'll know. Hard negatives: 'Every Tuesday after school', "
        "'Within two weeks of the HTT discharging Kerry', 'From Monday 17/03/2025', 'Every Friday morning, "
        "ongoing', shared owner cells, a measure that says 'an improvement on 88%', and the CMHT asked about "
        "Kerry's capacity to change. Faults: the home treatment team only supporting (H001), 'Attendance to "
        "improve' and 'Reviewed at core group' (M002), 'Core group' as owner (W002), a blank Who (W001), "
        "'ASAP' with no measure (T002, M001), 'As needed' (T002), and the review conference 'to be "
        "confirmed' (R001)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Rendlecombe Borough Council · Children's Services · Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Maisie Pellow (9), Year 4, and Jack Pellow (4), Reception, both at Ribbledale Primary "
                         "School"),
            ("Mother", "Kerry Pellow (32), 22 Rushmere Close, Rendlecombe"),
            ("Father", "Liam Pellow (35), Flat 4, Redbank House, Rendlecombe. The children spend every Saturday "
                       "with him."),
            ("Maternal grandmother", "Pat Hollins, 9 Rookery Lane, Rendlecombe"),
            ("Meeting", "Core group 2, Thursday 13/03/2025, 3.45pm, Ribbledale Primary School (library)"),
            ("Plan since", "Initial child protection conference, 06/02/2025 (category: neglect)"),
            ("Chair", "Owen Tranter, social worker (OT). Minutes: Lucy Barr, business support."),
        ]),
        ("h2", "Present"),
        ("p", "Kerry Pellow (KP); Liam Pellow (LP); Pat Hollins, maternal grandmother (PH); Owen Tranter, SW (OT); "
              "Mrs Anita Rowe, DSL, Ribbledale Primary (AR); Ruth Adeyemi, school nurse (RA); Jade Mercer, family "
              "support worker (JM); Beth Carrow, care coordinator, Rendlecombe Community Mental Health Team (BC). "
              "Apologies: Ade Okonjo, Rendlecombe Home Treatment Team (update sent by email); Dr Farida Nasser, "
              "GP."),
        ("h2", "1. Actions from core group 1 (13/02/2025)"),
        ("p", "OT went through the five actions agreed at the first core group. All five are done: the children's "
              "new beds and bedding were delivered on 17 February; Jack's transition meeting with his class "
              "teacher took place; the school now rings Kerry by 9.30am when either child is absent; the FSW "
              "started the weekly food shop; and Beth Carrow was invited to the core group and came today."),
        ("h2", "2. What has happened since the last meeting"),
        ("p", "OT: On 20 February Kerry took an overdose of her sertraline and was admitted to Rookwood Ward, the "
              "adult mental health unit at Rendlecombe General Hospital, for nine days. Maisie found her and rang "
              "Pat. Maisie and Jack stayed with Pat until Kerry came home on 1 March. Since then the Home "
              "Treatment Team (HTT) has seen Kerry every day. OT has visited four times: the house was warm and "
              "there was food in, but on 7 March Jack's bed was wet and had not been changed."),
        ("p", "BC: Kerry has had depression and anxiety since Jack was born and has been open to the CMHT since "
              "2023. Her medication was changed on the ward. The HTT expects to hand her back to the CMHT in "
              "the next few weeks."),
        ("p", "AR: Maisie's attendance this half-term is 88% and Jack's is 91%. Maisie was late nine times, "
              "mostly after nights when Kerry was unwell. Both children are coming to breakfast club."),
        ("p", "RA: Maisie has started wetting the bed again and told the school nurse she is \"always tired\"."),
        ("p", "KP said she feels \"a lot steadier\" on the new tablets but is very tired in the evenings. LP said "
              "he could have the children more than Saturdays once his shifts change in April. PH said she is "
              "happy to keep helping but is waiting for a date for her hip operation."),
        ("h2", "3. How Maisie and Jack are"),
        ("p", "Maisie (seen on her own at school, 11/03/2025): \"I was scared when Mum was in hospital but Nanna "
              "Pat's house was nice. I like it when Mum walks us to school.\" She said she worries that Mum will "
              "\"go poorly again\" and gets up in the night to check on her. She would like to go back to "
              "Brownies. In her house of dreams Mum and Dad both came to her class assembly."),
        ("p", "Jack was seen at home and at school. He is chatty and showed OT his \"dinosaur bed\". His teacher "
              "says he has settled well but is often tired and falls asleep on the carpet after lunch."),
        ("h2", "4. What we are working towards"),
        ("bullets", [
            "Maisie and Jack get to school on time every day, having had breakfast.",
            "Maisie does not have to check on her mum at night, and has time for Brownies and her friends.",
            "Jack sleeps in a clean, dry bed and is not too tired to learn.",
            "Maisie and Jack are always looked after by an adult who is well enough to care for them.",
        ]),
        ("h2", "5. Action log"),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "How we'll know"],
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["1",
                 "See Maisie and Jack at home, with at least one visit in three unannounced, and see Maisie on "
                 "her own at school",
                 "SW Owen Tranter",
                 "Every Tuesday after school",
                 "Visit notes record what Maisie says in her own words, where Jack slept and whether his bed "
                 "was clean"],
                ["2",
                 "Continue home visits to support Kerry with her mood and to check she is taking her new "
                 "medication",
                 "Ade Okonjo, Rendlecombe Home Treatment Team",
                 "Daily until 15/03/2025, then twice a week until the HTT discharges her",
                 "HTT visit log emailed to the SW every Friday"],
                ["3",
                 "Written report on Kerry's recovery since the admission: whether she can make and keep the "
                 "changes Maisie and Jack need, the early signs that she is becoming unwell again, and how "
                 "long her recovery is likely to take",
                 "Beth Carrow, care coordinator, Rendlecombe CMHT",
                 "Within two weeks of the HTT discharging Kerry",
                 "Report sent to the SW and shared with the core group before core group 3"],
                ["4",
                 "Get Maisie and Jack up, fed and to school for 8.50am",
                 "Kerry Pellow, and Liam Pellow on his days off",
                 "From Monday 17/03/2025",
                 "Attendance to improve"],
                ["5",
                 "Send the weekly attendance and punctuality printout for both children to the SW",
                 "Mrs Anita Rowe, DSL",
                 "Every Friday",
                 "Printout shows both children at 95% or more, an improvement on 88% and 91% this half-term"],
                ["6",
                 "Take Jack to his hearing test at the Rendlecombe Children's Centre audiology clinic",
                 "Kerry Pellow",
                 "Monday 24/03/2025, 10.15am (booked)",
                 "Clinic letter to the school nurse; result shared at core group 3"],
                ["7",
                 "Tell the SW about any worry about the children's care, including either child arriving late, "
                 "hungry or very tired",
                 "Core group",
                 "The same day",
                 "Each worry logged on the children's file by the SW"],
                ["8",
                 "Refer Maisie to Rendlecombe Young Carers for an assessment of the jobs she does at home",
                 "",
                 "By 21/03/2025",
                 "Acceptance letter from Young Carers on the file"],
                ["9",
                 "Help Kerry apply for a council tax reduction and a household support grant",
                 "FSW Jade Mercer",
                 "ASAP",
                 ""],
                ["10",
                 "Saturday time with Liam, with the handover at Pat's house",
                 "Liam Pellow; Pat Hollins (MGM) for the handover",
                 "Every Saturday, 10am to 5pm",
                 "Pat texts the SW when the children are back home; texts kept on the file"],
                ["11",
                 "Come round to help with Maisie's and Jack's baths and bedtime",
                 "Pat Hollins (MGM)",
                 "As needed",
                 "Pat writes the evenings she came in the diary on the fridge, checked by the SW at each visit"],
                ["12",
                 "Health review for Maisie: height, weight, sleep and bedwetting, with advice for Kerry on a "
                 "bedtime routine",
                 "School nurse Ruth Adeyemi",
                 "Before the Easter holidays (by 04/04/2025)",
                 "Reviewed at core group"],
                ["13",
                 "Weekly food shop with Kerry and a meal plan for the week",
                 "FSW Jade Mercer",
                 "Every Friday morning, ongoing",
                 "Receipts and the meal plan on the fridge, checked by the SW at the Tuesday visit"],
                ["14",
                 "ELSA sessions for Maisie on her worries about Mum, with anything she says about home passed "
                 "to the DSL",
                 "Mrs Deborah Quill, ELSA, Ribbledale Primary",
                 "Every Wednesday afternoon in term time",
                 "ELSA log; the DSL tells the SW the same day about anything Maisie says about home"],
            ],
        }),
        ("h2", "6. Contingency plan"),
        ("p", "If Kerry says she is thinking of harming herself, if the HTT or the CMHT cannot reach her for 24 "
              "hours, or if either child is found at home without an adult who is well enough to look after "
              "them, the SW (or the emergency duty team out of hours) will hold a strategy discussion the same "
              "day and Maisie and Jack will go to Pat's house that day."),
        ("p", "If Pat cannot have them, because she is unwell or in hospital for her hip, the children will stay "
              "with Liam at Redbank House and he will take leave from work. If neither Pat nor Liam can look "
              "after them, the SW will arrange a foster placement the same day."),
        ("p", "If Kerry is admitted to hospital again, or the children are late or absent on more than five days "
              "before the review conference, the SW will ask the team manager for a legal planning meeting "
              "within five working days."),
        ("h2", "7. Next meetings"),
        ("p", "Core group 3: Thursday 10/04/2025, 3.45pm, Ribbledale Primary School, and then every four weeks. "
              "Review child protection conference: date to be confirmed by the conference office."),
        ("p", "Any other business: none. Minutes circulated by OT on 14/03/2025."),
    ],
    "findings": [
        F("H001", "Continue home visits to support Kerry with her mood"),
        F("M002", "Get Maisie and Jack up, fed and to school"),
        F("W002", "Tell the SW about any worry about the children's care"),
        F("W001", "Refer Maisie to Rendlecombe Young Carers for an assessment"),
        F("T002", "Help Kerry apply for a council tax reduction"),
        F("M001", "Help Kerry apply for a council tax reduction"),
        F("T002", "Come round to help with Maisie's and Jack's baths"),
        F("M002", "Health review for Maisie: height, weight, sleep and bedwetting"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. First review conference plan as a table with a RAG column and outcome
#    cells merged down (paged landscape PDF with header and page footer). The
#    family is about to move to another authority.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_rowlesby_rcpc_rag_status_table_okafor.pdf",
    "doc_title": "Review Child Protection Conference Plan - Zara and Reuben Okafor",
    "split": "tune",
    "actions": 13,
    "template": "rcpc-plan-paged-landscape-outcome-merged-down-no-action-lead-timescale-how-we-will-know-rag-at-review-columns",
    "description": (
        "First review conference plan for an 11-year-old and a 6-year-old (neglect; mother's drinking), set "
        "out as Outcome | No. | Action | Lead | Timescale | How we will know | RAG at review, with the four "
        "outcome cells merged down over their actions and a RAG key. The family is moving to another "
        "authority. Hard negatives: 'Every other Wednesday after school', 'Before the move (expected w/c "
        "14/07/2025)', 'Within 5 working days of the move' for a row that keeps visits going until the "
        "transfer-in conference, RAG comments beside real evidence. Faults: an outcome about the mother only "
        "(F002), 'Family network' as lead (W002), a blank timescale (T001), 'Engagement with the GP' and "
        "'Reviewed at core group' (M002), a young carers assessment left to the new authority after the move "
        "(X001), 'As and when the family are ready' (T002), the grandmother and uncle carrying the plan with "
        "no fallback (C003), and no legal step (R002)."
    ),
    "header": "OFFICIAL-SENSITIVE – Rowlesby Metropolitan Council – Safeguarding Children Unit",
    "footer": "Review conference plan – Zara and Reuben Okafor – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Review Child Protection Conference – Plan and Progress"),
        ("kv", [
            ("Children", "Zara Okafor (11), Year 6, Redfern Junior School; Reuben Okafor (6), Year 1, Redfern "
                         "Infant School"),
            ("Mother", "Grace Okafor (36), 14 Rushton Walk, Rowlesby. The children's father has had no contact "
                       "since 2022."),
            ("Family network", "Patience Adeyemi, maternal grandmother (MGM), 3 Rosslyn Gardens, Rowlesby; Femi "
                               "Okafor, paternal uncle, Flat 8, Ribston Court, Rowlesby"),
            ("Conference", "First review child protection conference, Thursday 12/06/2025, 10am, Rowlesby Civic "
                           "Centre"),
            ("Initial conference", "13/03/2025 (category: neglect)"),
            ("Social worker", "Holly Brannigan, Rowlesby Children's Social Work Team East"),
            ("Chair", "Marcus Lindqvist, Independent Chair"),
        ]),
        ("h2", "Progress since the initial conference"),
        ("p", "Grace has been going to the Rowlesby Recovery Hub since March. She had two positive breath tests "
              "in May, both on a Sunday, and told conference she drank after a row with her landlord. Patience "
              "has stayed at the house every Friday and Saturday night since March and there have been no "
              "incidents at weekends. Reuben's attendance has gone from 84% to 97% since he started breakfast "
              "club. Zara has missed eleven days of school this term; she told her teacher she stayed at home "
              "because Mum was \"poorly\"."),
        ("p", "Grace has been offered a housing association tenancy in Ravensholt, in Ravensholt District "
              "Council's area, and expects to move in the week of 14 July. The children would change schools in "
              "September. Rowlesby will transfer the case to Ravensholt after the move."),
        ("h2", "What Zara and Reuben say"),
        ("p", "Zara (seen on her own at school, 4 June): \"It's better at weekends because Nana's there. On "
              "school days I stay home if Mum's ill because someone has to do Reuben's dinner.\" She wants to "
              "go to secondary school with her friends and is worried about moving to Ravensholt. She said she "
              "likes going to Uncle Femi's because \"he does proper food\"."),
        ("p", "Reuben (seen at home, 28 May) drew his family with Nana holding his hand. He said Mum \"sleeps a "
              "lot on the sofa\" and that he likes breakfast club \"because of the toast and the Lego\"."),
        ("h2", "RAG key"),
        ("p", "Green – on track, or done and carrying on. Amber – started but behind, or mixed results. Red – not "
              "started or not working. New – agreed at this conference."),
        ("h2", "The plan"),
        ("table", {
            "header": ["Outcome for the children", "No.", "Action", "Lead", "Timescale", "How we will know",
                       "RAG at review"],
            "widths": [4.1, 1.3, 5.8, 3.7, 3.5, 4.7, 2.6],
            "rows": [
                ["1. Zara and Reuben are looked after by a sober adult every day and every night.",
                 "1",
                 "Breath tests at the Recovery Hub, and a written report on whether Grace is staying sober and "
                 "what that means for her care of Zara and Reuben",
                 "Sunil Mehta, recovery worker, Rowlesby Recovery Hub",
                 "Tests three times a week; report a week before each core group",
                 "Test results and the report sent to the SW",
                 "Amber – two positive tests in May"],
                [V, "2",
                 "Stay at the house on Friday and Saturday nights and look after the children if Grace has "
                 "been drinking",
                 "Patience Adeyemi (MGM)",
                 "Every Friday and Saturday, 5pm until 10am",
                 "Patience signs the notebook kept by the front door; the SW checks it at each visit",
                 "Green"],
                [V, "3",
                 "Collect Reuben from school and give both children their tea at his flat",
                 "Femi Okafor (paternal uncle)",
                 "Every Tuesday and Thursday after school",
                 "School collection log; Zara and Reuben asked about it at SW visits",
                 "Green"],
                [V, "4",
                 "Visit the home, at least half of the visits unannounced, and see Zara and Reuben each on "
                 "their own",
                 "SW Holly Brannigan",
                 "Every other Wednesday after school",
                 "Visit records with the children's words written down",
                 "Green"],
                [V, "5",
                 "Share information about any incident at the house involving alcohol, including calls from "
                 "neighbours",
                 "Family network",
                 "Within 24 hours",
                 "Each incident logged on the children's file by the SW",
                 "Amber – one incident reported late in May"],
                [V, "6",
                 "Send the case summary and this plan to Ravensholt Children's Services, and keep visiting "
                 "every other Wednesday until their transfer-in conference",
                 "SW Holly Brannigan",
                 "Within 5 working days of the move",
                 "Ravensholt confirms the transfer-in conference date in writing; visit records carry on",
                 "New"],
                ["2. Reuben gets to school on time every day, fed and in clean uniform.",
                 "7",
                 "Breakfast club place for Reuben, with a note of how he arrives each morning",
                 "Mrs Joy Rigby, DSL, Redfern Infant School",
                 "Every school day",
                 "Breakfast club register and arrival notes emailed to the SW every Friday",
                 "Green – attendance now 97%"],
                [V, "8",
                 "Parenting sessions with Grace on morning routines and boundaries, using the Rowlesby "
                 "Routines pack",
                 "FSW Danny Corr",
                 "",
                 "Session notes; routine chart seen in use at home",
                 "Amber – 3 of 6 sessions done"],
                ["3. Grace will stop drinking and keep her tenancy.",
                 "9",
                 "Help Grace take up the Ravensholt tenancy and set up gas, electricity and council tax",
                 "Leanne Pryor, tenancy support officer, Rowlesby Homes",
                 "Before the move (expected w/c 14/07/2025)",
                 "Tenancy agreement signed; utilities in Grace's name",
                 "New"],
                [V, "10",
                 "Grace to see her GP about her liver function tests and her sleep",
                 "Grace Okafor",
                 "By 30/06/2025",
                 "Engagement with the GP",
                 "Red – not booked yet"],
                ["4. Zara is in school, has an adult there she trusts, and does not miss school to look after "
                 "her mum or Reuben.",
                 "11",
                 "Young carers assessment for Zara, looking at what she does for her mum and her brother",
                 "Mo Fielding, Rowlesby Young Carers",
                 "To be picked up by Ravensholt once the family has moved",
                 "Written assessment shared with Zara and the SW",
                 "Red – on hold for the transfer"],
                [V, "12",
                 "Check in with Zara about home and school, and agree with her who she can go to if she is "
                 "worried",
                 "Mr Tom Harcourt, Year 6 teacher, Redfern Junior School",
                 "Every Monday morning",
                 "Reviewed at core group",
                 "Green"],
                [V, "13",
                 "Family group conference to widen the support around Grace and the children",
                 "Anna Price, Rowlesby Family Group Conference Service",
                 "As and when the family are ready",
                 "Family plan written and shared with the SW",
                 "Red – Grace not ready"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If Grace has a positive breath test, or Patience, Femi, the school or the children tell us she has "
              "been drinking while she is looking after them, Zara and Reuben will go to Patience's house that "
              "night and the SW (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 6 weeks at Redfern Infant School, 4pm: Tuesday 24/06/2025 and Tuesday 05/08/2025. "
              "Next review child protection conference: Thursday 11/09/2025, 10am, Rowlesby Civic Centre, unless "
              "Ravensholt has held its transfer-in conference by then."),
        ("p", "Plan agreed by conference and typed by Holly Brannigan (SW) on 13/06/2025."),
    ],
    "findings": [
        F("W002", "Share information about any incident at the house involving alcohol"),
        F("T001", "Parenting sessions with Grace on morning routines and boundaries"),
        F("F002", "Grace will stop drinking and keep her tenancy."),
        F("M002", "Grace to see her GP about her liver function tests"),
        F("X001", "Young carers assessment for Zara, looking at what she does"),
        F("M002", "Check in with Zara about home and school"),
        F("T002", "Family group conference to widen the support around Grace"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Letter from the social worker to the parents setting out the plan (md,
#    exemplary). Every bullet under "What will happen" carries its own owner,
#    its own timing and what will show it, in the letter's own words.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_rillbury_letter_to_parents_setting_out_plan_ferris.md",
    "split": "tune",
    "actions": 13,
    "template": "letter-to-parents-md-address-block-dear-headed-sections-what-will-happen-bullets-in-first-and-second-person-signed-by-sw",
    "description": (
        "Letter from the social worker to the parents of an 8-year-old and a 2-year-old after the initial "
        "conference (neglect; father's drinking and cocaine use, mother's depression), setting out the plan in "
        "plain words. Each bullet under 'What will happen' names its owner (including 'I' for the social "
        "worker who signs the letter), a timing written the ordinary way ('every Tuesday after school', "
        "'on Monday 24 March and then every week', 'every other Friday night, starting on 21 March', 'by the "
        "first core group on 1 April', 'the same week') and what will show it (the calendar in your kitchen, "
        "the red book, award letters on the file). The drug and alcohol service and the CMHT report on "
        "change, the contingency covers the aunt and grandmother not being able to help, dates and legal "
        "step set. Exemplary."
    ),
    "text": """\
# Rillbury Council – Children's Services

Rillbury Family Safeguarding Team
Riverside House, Ropemakers Way, Rillbury RB4 2QT

Shona and Dean Ferris
11 Redgrave Close
Rillbury RB7 5HL

Tuesday 18 March 2025

Dear Shona and Dean,

## Jade and Oscar's child protection plan

Thank you both for coming to the initial child protection conference on Friday
14 March, and for being so honest about how hard the last few months have been.
I promised I would write the plan down in plain words so you know who is doing
what and when. The full minutes will come from the conference office in the next
two weeks. If anything here is not how you remember it, please ring me on
01942 718 350 and we can put it right.

Jade and Oscar are now on child protection plans under the category of neglect.
I am your social worker and I will keep the plan going until the review
conference.

## Why there is a plan

In January Jade told her teacher that she had made Oscar's tea "loads of times"
because Dad was asleep and Mum was in bed. When I visited on 30 January there was
no gas credit, the house was cold and there was very little food in. Oscar had a
bad nappy rash and had missed his 2-year check. Dean told conference that since he
lost his job in the autumn he has been drinking most nights and using cocaine at
weekends. Shona has had depression since Oscar was born and is under the Rillbury
Community Mental Health Team (CMHT); she said there are days when she cannot get
out of bed.

## What Jade and Oscar have told us and shown us

I saw Jade on her own at school on 6 and 12 March. She said: "I make Oscar beans
on toast and I put his programmes on. I don't mind but sometimes he won't go to
bed." She said she loves her dad "but not when he's been drinking, because he's
grumpy and falls asleep". She would like Mum to come to her gymnastics again, and
on her wishes sheet she wrote "for Mum and Dad to be happy and for there to be
crumpets".

Oscar is not talking in sentences yet. When I visited he brought me his toy bus,
played happily on the floor and went to Jade, not to either of you, when he bumped
his head. His nursery keyworker says he is always very hungry at snack time.

## What we all want for Jade and Oscar

- Jade and Oscar have a grown-up who is awake, sober and well enough to look after
  them every evening and every night.
- Jade can be an eight-year-old: she does not make Oscar's tea or put him to bed.
- Oscar has his 2-year check, his nappy rash clears up, and his speech is checked.
- The house is warm and there is food in the cupboards every day.

## What will happen

- I will visit you at home every Tuesday after school, and at least one visit in
  three will be unannounced; each time I will see Jade on her own and see Oscar
  awake, and my visit notes will record what Jade tells me and what I see in the
  kitchen and in the children's bedroom.
- Dean will go to his first appointment at the Rillbury Drug and Alcohol Service
  (RDAS) on Monday 24 March and then see his keyworker, Marcus Eade, every week,
  with a breath test and a drug screen each time; Marcus will send me the
  attendance and results every Friday.
- Marcus Eade (RDAS) will write to me a week before each core group with Dean's
  results and his view on whether Dean is making the changes Jade and Oscar need,
  and how long that is likely to take.
- Aoife Brennan, Shona's care coordinator at the CMHT, will see Shona every two
  weeks and send me a written report by the first core group on 1 April on how
  Shona's mood is affecting her care of the children, whether she can make and
  keep the changes they need, and in what time.
- Dr Priya Rao at Rosehill Surgery will review Shona's antidepressants with her by
  Friday 28 March and write to me and to Aoife about any change to them.
- Shona will take Oscar to his 2-year check with Kate Lumley, the health visitor,
  at Rillbury Children's Centre on Wednesday 26 March, and Kate will send me his
  ASQ-3 scores and a note of his weight and his nappy rash the same week.
- Kate Lumley will then visit Oscar at home every two weeks until the review
  conference, weigh him at every other visit and write down what she sees in his
  red book and her health visiting record.
- Mrs Helen Swann, Jade's class teacher and the DSL at Rosedene Primary, will
  spend ten minutes with Jade every Monday morning asking about her weekend, write
  a note of each chat on the school's safeguarding system and email me the same
  day if Jade says anything about home.
- Kirsty (Shona's sister) will collect Jade from school and have both children for
  tea at her house every Monday and Wednesday, and mark each evening on the
  calendar in your kitchen, which I will look at when I visit.
- Sandra Ferris (Dean's mum) will have Jade and Oscar to stay every other Friday
  night, starting on 21 March, and will text me when she collects them and when
  she takes them home.
- Shona and Dean, you will sit down with me by Friday 28 March and write a plan for
  who is awake and sober each evening until the children are asleep; one copy goes
  on your fridge and one on the children's file.
- Lucy Amis, family support worker, will come every Thursday morning for six weeks
  from 27 March to help you set up a morning and bedtime routine for Oscar, and
  will note in her session records whether the routine chart is being used.
- I will help you apply for the Household Support Fund and the Warm Home Discount
  by Friday 4 April so the house stays warm for the children, and the award letters
  will go on the children's file.

## If things go wrong

- If Dean is drunk or has used drugs while he is looking after Jade or Oscar, or
  Jade tells anyone she has had to make the tea or put Oscar to bed because you
  were asleep or unwell, I (or the emergency duty team in the evenings and at
  weekends) will hold a strategy discussion the same day, and Jade and Oscar will
  stay at Kirsty's that night.
- If Kirsty cannot have them because she is ill, away or at work, they will stay
  with Sandra. If neither Kirsty nor Sandra can have them, I will arrange a foster
  placement for them that day.
- If Aoife tells me Shona is becoming unwell again, the CMHT crisis team will see
  Shona the same day and Kirsty will come and stay until Aoife says Shona is well
  enough to look after the children on her own.
- If Dean has more than two positive tests for cocaine or alcohol before the review
  conference, or Jade tells us again that she is looking after Oscar in the
  evenings, I will ask my manager for a legal planning meeting within five working
  days.

## Meetings

The core group (you two, me, Marcus, Aoife, Kate, Mrs Swann and Lucy) will meet
every four weeks at Rosedene Primary at 3.30pm: on Tuesday 1 April, Tuesday 29
April and Tuesday 27 May 2025. The review child protection conference will be on
Wednesday 11 June 2025 at 10am at Rillbury Town Hall. You are welcome at every
meeting, and you can bring someone with you.

Yours sincerely,

Hannah Rudd
Social Worker, Rillbury Family Safeguarding Team
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Child in need plan stepped up to child protection (docx): a table of
#    what happened to the CIN actions (history, not actions), then the CP
#    action table with a "When" cell merged down over two rows. No
#    contingency at all although an aunt and the grandparents carry part of
#    the plan.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_rudgeford_cin_stepped_up_to_cp_nowak.docx",
    "doc_title": "Child Protection Plan (stepped up from Child in Need) - Oliwia and Filip Nowak",
    "split": "tune",
    "actions": 12,
    "template": "icpc-stepped-up-from-cin-docx-cin-history-table-then-action-who-when-how-we-will-know-table-cin-carried-over-marked-when-merged-two-rows",
    "description": (
        "Initial conference plan for a 14-year-old and a 7-year-old, stepped up from a child in need plan "
        "(neglect: the younger child's asthma left untreated, the older one caring; mother's depression and "
        "codeine misuse). A three-column table of what happened to the CIN actions comes first (history, not "
        "actions), then Action | Who | When | How we will know, with carried-over actions marked (CIN) and "
        "one 'By the first core group' cell merged down over two rows. Hard negatives: 'Every Thursday, at "
        "least one visit in three unannounced', 'Every morning before school and every night at bedtime', "
        "'Marta and Tomasz' as a shared owner, 'By the review conference'. Faults: 'Family' as owner (W002), "
        "'When appropriate' and 'Ongoing' (T002), 'Engagement with sessions' (M002), a parenting assessment "
        "with no output (M001), a blank when (T001), no contingency though an aunt and the grandparents "
        "carry part of the plan (C001, C003), no legal step (R002), and the mother's depression and codeine "
        "use owned by no adult service (F004)."
    ),
    "check_vmerge": 1,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Rudgeford City Council · Children and Families · Safeguarding Team West"),
        ("p", "Stepped up from a child in need plan at the initial child protection conference on Tuesday "
              "25/03/2025."),
        ("kv", [
            ("Children", "Oliwia Nowak (14), Year 9, Rudgeford High School; Filip Nowak (7), Year 2, Ryecroft "
                         "Primary School"),
            ("Parents", "Marta Nowak (38) and Tomasz Nowak (41), 7 Rimsdale Terrace, Rudgeford"),
            ("Wider family", "Ewa Kaminska, Marta's sister, Rudgeford; Jan and Irena Nowak, paternal "
                             "grandparents (PGPs), Rudgeford"),
            ("Category", "Neglect"),
            ("Social worker", "Claire Pemberton, Safeguarding Team West"),
            ("Chair", "Adrian Fell, Child Protection Chair"),
        ]),
        ("h1", "Why the plan has been stepped up"),
        ("p", "Oliwia and Filip have had a child in need plan since 14/10/2024 because Filip's asthma was poorly "
              "controlled, his health appointments were being missed, and Oliwia was doing much of the caring "
              "at home. At the child in need reviews on 09/12/2024 and 17/02/2025 little had changed. In "
              "February Filip was admitted to Rudgeford Children's Hospital twice with asthma attacks, and both "
              "times his preventer inhaler at home was empty. Marta has depression, and in March she told the "
              "social worker she has been taking more codeine than she is prescribed for her back and buying "
              "more online. Tomasz works long shifts at a warehouse and is often out from 6am to 8pm. Oliwia "
              "has missed 19 days of school this year, mostly to look after Filip when he is ill."),
        ("h2", "What happened to the child in need plan"),
        ("table", {
            "header": ["Child in need action (October 2024)", "Who", "What happened"],
            "widths": [6.5, 3.5, 7.0],
            "rows": [
                ["Asthma clinic appointments for Filip", "Marta",
                 "Two of three missed; the clinic discharged Filip in January"],
                ["Young carers referral for Oliwia", "SW",
                 "Made in November; Oliwia is still on the waiting list"],
                ["Family support sessions on morning and bedtime routines", "FSW Tom Ashby",
                 "Six sessions held; Marta cancelled four others"],
                ["Free school meals application", "Marta", "Not done"],
            ],
        }),
        ("h1", "What Oliwia and Filip told us"),
        ("p", "Oliwia (seen on her own at school, 19/03/2025): \"I'm the one who knows where Filip's inhalers are. "
              "When he can't breathe at night I'm the one who wakes up.\" She said she is tired all the time and "
              "has stopped going to netball. She wants her mum \"to be like she was before\" and wants someone "
              "else to be in charge of Filip's medicine. She said she does not want to be moved from her family."),
        ("p", "Filip (seen at home, 20/03/2025) said he likes football and his PlayStation. He said his chest "
              "\"gets tight at night\" and that Oliwia helps him \"do the puffer\". He drew his mum in bed and "
              "his sister next to him."),
        ("h1", "What needs to be different for Oliwia and Filip"),
        ("bullets", [
            "Filip gets his asthma medicine every day, has no more hospital admissions, and sleeps through "
            "the night.",
            "Oliwia is in school every day, goes back to netball, and is no longer the one in charge of Filip's "
            "health.",
            "Both children are cared for by parents who get them to their health appointments and keep food in "
            "the house.",
        ]),
        ("h1", "The child protection plan"),
        ("p", "Actions carried over from the child in need plan are marked (CIN)."),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["See Oliwia and Filip at home, each on their own; count the doses left on Filip's inhalers and "
                 "look in the fridge and cupboards",
                 "SW Claire Pemberton",
                 "Every Thursday, at least one visit in three unannounced",
                 "Visit record with what each child said, the dose counts and the food seen"],
                ["Asthma review for Filip and a written asthma action plan for home and school",
                 "Paula Reeve, children's asthma nurse, Rudgeford Children's Hospital",
                 "By the first core group (08/04/2025)",
                 "Asthma action plan copied to school and the SW; spacer and inhalers seen at home"],
                ["See her GP about her low mood and her codeine use",
                 "Marta Nowak",
                 V,
                 "Appointment letter shown to the SW"],
                ["Give Filip his brown preventer inhaler, two puffs through the spacer",
                 "Marta and Tomasz",
                 "Every morning before school and every night at bedtime",
                 "Tick chart on the fridge; dose counter checked by the SW at each visit"],
                ["Take Filip to school on Mondays, Wednesdays and Fridays",
                 "Ewa Kaminska (maternal aunt)",
                 "Those mornings in term time",
                 "School late book shows Filip in by 8.50am on those days"],
                ["Have Filip to stay overnight so that Oliwia has a weekend evening to herself",
                 "Jan and Irena Nowak (PGPs)",
                 "Every other Saturday from 29/03/2025",
                 "Dates written on the family calendar and checked by the SW; Oliwia asked at visits what she "
                 "did with her evening"],
                ["Make sure Oliwia is not left in charge of Filip after school",
                 "Family",
                 "Every weekday",
                 "Oliwia tells the SW at each visit who was at home with them"],
                ["Young carers assessment for Oliwia (CIN)",
                 "Priya Nair, Rudgeford Young Carers",
                 "When appropriate",
                 "Written assessment shared with Oliwia and the SW"],
                ["Counselling sessions for Oliwia at school",
                 "Ms Hannah Cole, school counsellor, Rudgeford High School",
                 "Fortnightly from w/c 31/03/2025",
                 "Engagement with sessions"],
                ["Parenting assessment, looking at how Marta's mood and codeine use and Tomasz's working hours "
                 "affect the children's care",
                 "SW Claire Pemberton",
                 "By the review conference",
                 ""],
                ["Apply for free school meals and the school uniform grant for both children (CIN)",
                 "FSW Tom Ashby, with Marta",
                 "",
                 "Award letters on the children's file"],
                ["Register Oliwia and Filip with a dentist (CIN)",
                 "Marta Nowak",
                 "Ongoing",
                 "Registration confirmed in writing by the dental practice"],
            ],
        }),
        ("h1", "Core group and review"),
        ("p", "The first core group will meet on Tuesday 08/04/2025 at 4pm at Ryecroft Primary School, and then "
              "every four weeks: Tuesday 06/05/2025 and Tuesday 03/06/2025. Review child protection conference: "
              "Tuesday 24/06/2025, 10am, Rudgeford Civic Offices."),
        ("p", "Plan written by Claire Pemberton (SW) and agreed with the chair on 26/03/2025."),
    ],
    "findings": [
        F("W002", "Make sure Oliwia is not left in charge of Filip"),
        F("T002", "Young carers assessment for Oliwia (CIN)"),
        F("M002", "Counselling sessions for Oliwia at school"),
        F("M001", "Parenting assessment, looking at how Marta's mood and codeine use"),
        F("T001", "Apply for free school meals and the school uniform grant"),
        F("T002", "Register Oliwia and Filip with a dentist (CIN)"),
        F("C001"),
        F("C003"),
        F("R002"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system text export: plan for a looked-after baby still on the
#    children's ward (txt). Numbered actions with WHO / WHEN / MEASURE lines;
#    nobody is set to visit Kai on the ward.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_rothwaite_lac_baby_ward_caredesk_export_brennan.txt",
    "split": "tune",
    "actions": 11,
    "template": "icpc-looked-after-baby-on-ward-txt-caredesk-export-label-colon-details-numbered-sections-numbered-actions-with-who-when-measure-lines",
    "description": (
        "Case-system export of an initial conference plan for a 5-week-old accommodated under section 20 "
        "and still on the children's ward (weight loss; mother's postnatal depression, father's daily "
        "cannabis use). Numbered actions with WHO / WHEN / MEASURE lines. Hard negatives: 'Before discharge "
        "(expected w/c 26/05/2025)', 'Twice weekly (Mondays and Thursdays) while Kai is on the ward', "
        "'Within 20 working days of accommodation', a legal section with a named trigger. Faults: nobody is "
        "set to visit Kai on the ward (L001), nothing of Kai's own experience (F003), an outcome about the "
        "mother (F002), a contingency that only reviews and discusses on 'further concerns' (C002), the "
        "perinatal team only supporting (H001), 'Engagement' (M002), 'TBC' as the only when (T002) and as "
        "the only who (W002), a passive referral with '-' as who (W001), a '-' measure (M001), and "
        "'Ongoing' (T002)."
    ),
    "text": """\
ROTHWAITE COUNCIL - CHILDREN'S SERVICES
CHILD PROTECTION PLAN (CHILD LOOKED AFTER)
Exported from CareDesk 15/05/2025 16:02 by DWHITLOCK
----------------------------------------------------------------------

CHILD:           Kai BRENNAN, born 08/04/2025 (5 weeks)
WHERE NOW:       Rowan Ward (children's ward), Rothwaite General Hospital
LEGAL STATUS:    Accommodated under section 20, Children Act 1989,
                 since 02/05/2025
MOTHER:          Chloe BRENNAN (19), care leaver. Flat 3, 18 Rydal Street,
                 Rothwaite
FATHER:          Jordan PRICE (22), lives with his mother in Rothwaite
CONFERENCE:      Initial child protection conference, 14/05/2025
CATEGORY:        Neglect
SOCIAL WORKER:   Dan Whitlock, Rothwaite Children in Care Team
IRO:             Mark Tennant
CHAIR:           Sandra Oyelaran

----------------------------------------------------------------------
1. REASONS FOR THE PLAN
----------------------------------------------------------------------
Kai was brought to the emergency department by ambulance on 29/04/2025
after Chloe rang 111. He weighed 3.05 kg, less than his birth weight of
3.2 kg, and was admitted to Rowan Ward for a feeding plan. Chloe was
diagnosed with postnatal depression on 22/04/2025 and has been open to
the Rothwaite Perinatal Mental Health Team since then. Jordan told the
ward he smokes cannabis every day, and on 01/05/2025 he was asked to
leave the ward after he came in smelling strongly of it. Chloe and
Jordan agreed on 02/05/2025 that Kai should be accommodated. He will go
to foster carers when he is well enough to leave hospital. Chloe and
Jordan want him home.

----------------------------------------------------------------------
2. OUTCOMES
----------------------------------------------------------------------
2.1  Kai gains weight steadily and is fed on time, day and night.
2.2  Kai has a safe, settled home to go to when he leaves hospital.
2.3  Chloe's mood will improve and she will engage with services.

----------------------------------------------------------------------
3. ACTIONS
----------------------------------------------------------------------
3.1  Chair a discharge planning meeting on Rowan Ward and agree where
     Kai goes when he leaves hospital
     WHO:      SW Dan Whitlock
     WHEN:     Before discharge (expected w/c 26/05/2025)
     MEASURE:  Written discharge plan on Kai's file and sent to the
               foster carers

3.2  Find foster carers for Kai close enough to Rothwaite for his
     parents to see him
     WHO:      Gill Harper, placements officer, Rothwaite Fostering Service
     WHEN:     By 23/05/2025
     MEASURE:  Placement confirmed to the SW in writing

3.3  Weekly support for Chloe with her low mood
     WHO:      Dr Anika Shah, Rothwaite Perinatal Mental Health Team
     WHEN:     Weekly from 15/05/2025
     MEASURE:  Chloe attends her appointments (perinatal team diary)

3.4  Cannabis work for Jordan with the Rothwaite Drug and Alcohol
     Service
     WHO:      Jordan Price
     WHEN:     Weekly from 19/05/2025
     MEASURE:  Engagement

3.5  Weigh Kai and record every feed on the ward feed chart
     WHO:      Sister Joanne Reilly, Rowan Ward
     WHEN:     Weighed twice weekly (Mondays and Thursdays) while Kai is on
               the ward; feeds recorded every time
     MEASURE:  Weight plotted on his centile chart; feed chart shows a
               feed at least every 3 hours

3.6  Contact for Chloe and Jordan with Kai on the ward, supervised by
     the nurses
     WHO:      Rowan Ward (nurse in charge)
     WHEN:     TBC
     MEASURE:  Contact record kept by the ward and sent to the SW weekly

3.7  Parenting assessment of Chloe and Jordan, with a recommendation on
     whether Kai can go home to them
     WHO:      TBC
     WHEN:     Report by 27/06/2025
     MEASURE:  Report shared with the parents and the legal gateway panel

3.8  A referral will be made to the Family Nurse Partnership for Chloe
     WHO:      -
     WHEN:     By 23/05/2025
     MEASURE:  FNP confirms in writing that Chloe has been accepted

3.9  Liaise with Rowan Ward about Kai's feeding plan for after he
     leaves hospital
     WHO:      HV Sarah Quayle
     WHEN:     Before discharge
     MEASURE:  -

3.10 Statutory looked after review of Kai's care plan
     WHO:      IRO Mark Tennant
     WHEN:     Within 20 working days of accommodation (by 30/05/2025)
     MEASURE:  Review record and recommendations sent to the parents and
               the SW

3.11 Help Chloe apply for her own tenancy through the care leavers'
     housing pathway
     WHO:      Jess Tang, personal adviser, Rothwaite Leaving Care Team
     WHEN:     Ongoing
     MEASURE:  Housing application reference number on file

----------------------------------------------------------------------
4. CONTINGENCY
----------------------------------------------------------------------
If there are further concerns about Chloe or Jordan during contact on
the ward, the social worker will review the contact arrangements and
discuss next steps with the team manager.

----------------------------------------------------------------------
5. LEGAL PLANNING
----------------------------------------------------------------------
A legal planning meeting was held on 09/05/2025. If Chloe or Jordan
withdraw their agreement to section 20, or the parenting assessment
recommends that Kai cannot go home, the SW will take the case back to
the legal gateway panel within 5 working days.

----------------------------------------------------------------------
6. CORE GROUP AND REVIEW
----------------------------------------------------------------------
CORE GROUP:      Every 4 weeks, 2pm, Rowan Ward family room: 28/05/2025,
                 25/06/2025, 23/07/2025
REVIEW CP CONF:  06/08/2025, 10am, Rothwaite Town Hall
LAC REVIEW:      First review by 30/05/2025 (see 3.10)

----------------------------------------------------------------------
END OF EXPORT
""",
    "findings": [
        F("L001"),
        F("F003"),
        F("F002", "Chloe's mood will improve and she will engage with services."),
        F("C002"),
        F("H001", "Weekly support for Chloe with her low mood"),
        F("M002", "Cannabis work for Jordan with the Rothwaite Drug"),
        F("T002", "Contact for Chloe and Jordan with Kai on the ward"),
        F("W002", "Parenting assessment of Chloe and Jordan, with a recommendation"),
        F("W001", "A referral will be made to the Family Nurse Partnership"),
        F("M001", "Liaise with Rowan Ward about Kai's feeding plan"),
        F("T002", "Help Chloe apply for her own tenancy through the"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Pre-birth plan with a combined "Who and when" column (paged PDF with
#    header and page footer, exemplary). Timings tied to the birth and to
#    discharge; the perinatal team and the drug service report on change.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_roskerry_prebirth_who_and_when_column_dunmore.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Dunmore-Reid and Harvey Dunmore",
    "split": "tune",
    "actions": 12,
    "template": "pre-birth-icpc-paged-kv-details-then-what-will-happen-who-and-when-combined-column-how-we-will-know-table",
    "description": (
        "Pre-birth conference plan for an unborn baby and a 7-year-old brother (mother's bipolar disorder "
        "with a postpartum psychosis after her first birth; her partner's past daily cannabis use). The "
        "table has a combined 'Who and when' column ('Niamh Kerr, CPN - every week until the birth, then "
        "twice a week for the first 6 weeks'), and timings tied to events: 'before the baby is born (by 36 "
        "weeks)', 'every appointment (fortnightly from 32 weeks)', 'every night for the first 14 nights after Leah and the "
        "baby come home', 'within 2 working days of the baby coming home', 'within two weeks of discharge "
        "from the maternity unit', 'the same day'. The perinatal team assesses Leah's capacity to change, the "
        "drug service reports on Callum, the brother's words and the baby's days in the womb are recorded, "
        "the contingency covers the grandmother being unable to stay, dates and legal step set. Exemplary."
    ),
    "header": "OFFICIAL-SENSITIVE – Roskerry County Council – Children's Services",
    "footer": "Pre-birth plan – Dunmore-Reid – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Dunmore-Reid, due 14/08/2025 (Leah was 31 weeks pregnant at conference)"),
            ("Brother", "Harvey Dunmore (7), Year 2, Redstow Primary School"),
            ("Mother", "Leah Dunmore (27)"),
            ("Baby's father", "Callum Reid (29), Leah's partner; they live together with Harvey at 40 Rowley "
                              "Crescent, Roskerry. Harvey's own father has not been in touch since 2019."),
            ("Maternal grandmother", "Maureen Dunmore, 2 Rendall Way, Roskerry"),
            ("Conference", "Initial (pre-birth) child protection conference, Monday 30/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Halloran, Roskerry Pre-birth and Infant Team"),
            ("Chair", "Dominic Aylward"),
        ]),
        ("h1", "Why we are making a plan before the baby is born"),
        ("p", "Leah has bipolar disorder. After Harvey was born in 2018 she had a postpartum psychosis and spent "
              "six weeks in a mother and baby unit, and Maureen looked after Harvey. In March 2024 she stopped "
              "her lithium, became very unwell and was in Ravenside Hospital for five weeks; Harvey stayed with "
              "Maureen. Since then she has been well on her medication and has been seen by the Roskerry "
              "Perinatal Mental Health Team since she was 12 weeks pregnant. Her psychiatrist has told her the "
              "chance of becoming unwell in the weeks after this birth is high. Callum used cannabis every day "
              "until last summer; his last three hair strand tests have been clear and he still sees the "
              "Roskerry Drug and Alcohol Service. Leah and Callum asked for this plan to be in place before the "
              "birth so that everyone knows what to do."),
        ("h1", "Harvey and the baby"),
        ("p", "Harvey (seen on his own at school, 18/06/2025): \"I'm going to be a big brother. I'm going to show "
              "the baby my Lego but not let it eat it.\" He remembers Mum being in hospital: \"I went to Nanna's "
              "and I missed Mum and I missed my bedroom.\" He said he worries Mum might \"go funny again\" when "
              "the baby comes. He wants to keep going to football on Saturdays and wants Nanna to come and stay."),
        ("p", "The midwife says the baby is growing well on the scans and is very active in the evenings, "
              "especially when Harvey talks to Leah's bump. Leah and Callum have put a Moses basket in their "
              "room and Harvey has chosen a blanket for it."),
        ("h1", "What we want for Harvey and the baby"),
        ("bullets", [
            "The baby is looked after from birth by a parent who is well, with Leah's early warning signs "
            "spotted and acted on quickly.",
            "The baby is fed, warm and safe when sleeping, and gains weight along her centile.",
            "Harvey keeps his routines (school, football, his own bedroom) and is not left to worry about "
            "Mum on his own.",
            "Neither child is cared for by anyone using cannabis or other drugs.",
        ]),
        ("h1", "What will happen"),
        ("table", {
            "header": ["What will happen", "Who and when", "How we will know"],
            "widths": [7.0, 5.0, 5.0],
            "rows": [
                ["Write a relapse prevention and birth plan with Leah and Callum, setting out Leah's early "
                 "warning signs and who does what if they appear, how likely a relapse is after the birth, "
                 "and what would show that Leah is well enough to care for the baby",
                 "Dr Anil Bose, consultant psychiatrist, and Niamh Kerr, CPN, Roskerry Perinatal Mental Health "
                 "Team – before the baby is born (by 36 weeks, 28/07/2025)",
                 "Plan signed by Leah and Callum and copied to the maternity unit, GP, HV and SW"],
                ["See Leah, check her mood and lithium levels, and write to the SW on whether she is keeping "
                 "well, whether she can make and keep the changes the baby and Harvey need, and how long that "
                 "is likely to take",
                 "Niamh Kerr, CPN – every week until the birth, then twice a week for the first 6 weeks after "
                 "it",
                 "Written update to the SW before each core group; lithium levels recorded in the perinatal "
                 "notes"],
                ["Antenatal appointments, with Leah's mood checked at each one",
                 "Leah Dunmore, with Abi Torrance, community midwife – every appointment (fortnightly from "
                 "32 weeks)",
                 "Attendance and mood scores in the maternity notes, shared with the SW"],
                ["Plan how Leah's lithium will be managed in the last weeks of pregnancy and during labour, "
                 "so that the baby is monitored after birth",
                 "Dr Helen Marsh, consultant obstetrician, Roskerry Maternity Unit – before the baby is born",
                 "Lithium plan written into the birth plan and the maternity notes"],
                ["Key-work sessions and hair strand tests with Callum, and a letter to the SW on whether he is "
                 "staying off cannabis",
                 "Tasha Greig, Roskerry Drug and Alcohol Service – key-work monthly; hair strand tests at 36 "
                 "weeks and 3 months after the birth",
                 "Test results and the letter sent to the SW"],
                ["Stay at the house and share the night feeds with Callum so Leah can sleep",
                 "Maureen Dunmore (MGM) – every night for the first 14 nights after Leah and the baby come home",
                 "Maureen fills in the night feed chart; the HV and SW check it at their visits"],
                ["Take Harvey to school and to Saturday football so his week stays the same",
                 "Maureen Dunmore (MGM) – every weekday morning and every Saturday for the first 6 weeks after "
                 "the birth",
                 "Redstow Primary register shows Harvey in on time; Harvey asked about it at SW visits"],
                ["Visit at home, see the baby awake and Harvey on his own, and look at where the baby sleeps",
                 "SW Priya Halloran – within 2 working days of the baby coming home, then weekly until the "
                 "review conference",
                 "Visit records note how the baby was fed and handled, where she slept and what Harvey said"],
                ["New birth visit, then weighing and a check on feeding and sleep",
                 "HV Joanna Pryce – within two weeks of discharge from the maternity unit, then weekly for 8 "
                 "weeks",
                 "Weights plotted in the red book; feeding and sleep written in the HV record"],
                ["Ring the perinatal team and the SW if Leah shows any of the early warning signs in her plan",
                 "Callum Reid – the same day, every time",
                 "Each call logged by the SW; the perinatal team sees Leah within 24 hours"],
                ["Postnatal check for Leah, including her mood and medication, with a letter to the SW and the "
                 "perinatal team",
                 "Dr Sam Fairley, GP, Redwood Health Centre – 6 weeks after the birth",
                 "GP letter on the baby's file"],
                ["Talk with Harvey about the baby and about Mum's illness, using the 'My family' workbook",
                 "Mrs Nadia Quinn, ELSA, Redstow Primary – every Thursday afternoon in term time, until the "
                 "summer holidays (18/07/2025) and again from September",
                 "ELSA log; Harvey's workbook pages shared with the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Leah shows her early warning signs (sleeping less than four hours for two nights running, "
              "talking very fast, or missing her lithium), Callum will ring the perinatal team and the SW the "
              "same day. Leah will not care for the baby on her own until the perinatal team has seen her, and "
              "Callum and Maureen will care for the baby and Harvey together. If Leah needs to go into hospital, "
              "the perinatal team will ask for a mother and baby unit bed. If Callum has a positive cannabis test "
              "or is found to have used, the SW will hold a strategy discussion the same day and the baby will "
              "not be left in his sole care."),
        ("p", "If Maureen cannot stay for the first 14 nights or cannot help with Harvey (if she is ill or away), "
              "Callum will take two weeks' paternity leave and the family support worker will visit every "
              "evening for that fortnight. If neither Callum nor Maureen can care for the children while Leah is "
              "unwell, the SW will arrange a foster placement for the baby, and for Harvey if needed, the same "
              "day."),
        ("p", "If Leah stops taking her lithium and will not accept treatment, or Callum's hair strand test is "
              "positive, the SW will ask the team manager for a legal planning meeting within five working days."),
        ("h1", "Core group and review"),
        ("p", "First core group: Monday 14/07/2025, 2pm, Roskerry Family Hub; then every four weeks, on "
              "11/08/2025 and 08/09/2025, with an extra core group within 10 working days of the birth. Review "
              "child protection conference: Monday 22/09/2025, 10am, Roskerry County Hall."),
        ("p", "Plan typed by Priya Halloran (SW) on 01/07/2025 and sent to Leah, Callum, Maureen and every agency "
              "named in it."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Bullet plan built around the mother's needs, with no outcomes (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b69_rimmerton_bullet_plan_mums_needs_garside.md",
    "split": "tune",
    "actions": 11,
    "template": "icpc-plan-md-bold-details-lines-why-children-say-then-what-needs-to-happen-one-sentence-bullets-no-outcomes",
    "description": (
        "Initial conference plan for a 12-year-old and a 5-year-old (neglect; mother's depression, rent "
        "arrears and a threatened eviction), written as one-sentence bullets under 'What needs to happen'. "
        "Seven of the eleven bullets are about the mother's own health, money and housing with no link to "
        "the children (F001), and there is no outcome for the children anywhere (O001). Hard negatives: "
        "'every Wednesday morning until a repayment plan is agreed', 'on 22 May', 'every evening at 7pm', "
        "'no concerns about alcohol or drugs', a contingency with a fallback and a legal step. Faults: "
        "Talking Therapies only treating (H001), 'asap' with no measure (T002, M001), 'regularly' with no "
        "measure (T002, M001), 'keep an eye on' (M002), 'Everyone working with the family' (W002), a health "
        "check with no timescale (T001), and a core group that will 'meet regularly' (R001)."
    ),
    "text": """\
# Child Protection Plan – Kayla and Alfie Garside

**Rimmerton Borough Council – Children's Services – Locality Team South**

**Children:** Kayla Garside (12), Year 7, Ridgeway Academy; Alfie Garside (5), Reception, Rosewell Infant School
**Mum:** Toni Garside (41), 56 Rollason Road, Rimmerton
**Dad:** Gary Garside – no contact with the children since 2021
**Aunt:** Dawn Yates (Toni's sister), Rimmerton
**Conference:** Initial child protection conference, Monday 12 May 2025
**Category:** Neglect
**Social worker:** Nadia Ferreira, Locality Team South
**Chair:** Joan Whitcombe

## Why the children have a plan

Toni has had depression on and off for several years and it has been much worse
since January. She owes £4,800 in rent and her landlord has served notice to end
the tenancy on 30 June. Since Easter both children have often come to school
hungry, Alfie has come in wearing soiled clothes four times, and Kayla has missed
14 days of school. When Nadia visited on 2 May there was no gas credit, the house
was cold and Toni was in bed at 4pm. Toni told conference she "can't see a way out
of it" and has stopped going out. There are no concerns about alcohol or drugs.

## What Kayla and Alfie say

Kayla (seen on her own at school, 7 May): "Mum's sad all the time. I do Alfie's
breakfast if there's anything, and if there isn't I give him my school dinner
money." She said she is scared of having to move away from Ridgeway and her
friends. She wishes Mum "would get up before I go to school, like she used to".

Alfie told his teacher "there's no dinner at home" and that he "sleeps in Mummy's
bed because it's cold". He loves Lego and the class guinea pig.

## What needs to happen

- Toni will see her GP, Dr Ravi Anand at Rimmerton Medical Centre, by Friday 16 May to review her antidepressants, and Dr Anand will write to the social worker with the outcome.
- Kate Lyle from Rimmerton Talking Therapies will see Toni every week for 12 weeks of CBT for her depression, starting on 20 May, and her attendance will be recorded on the service's system.
- Ben Oduya, debt adviser at Rimmerton Citizens Advice, will meet Toni every Wednesday morning until a repayment plan for the rent arrears is agreed with the landlord, and the signed plan will be copied to the social worker.
- Toni will go to her housing options appointment at Rimmerton Civic Centre on 22 May and show the social worker the letter setting out her options.
- The social worker will support Toni with her Universal Credit claim and a budgeting loan asap.
- Toni will try to get out of the house more and go to the women's wellbeing group at Ridgeway Community Centre regularly.
- Toni's sister Dawn will ring her every evening at 7pm and keep an eye on her.
- Nadia Ferreira (social worker) will visit every two weeks, see Kayla and Alfie on their own each time and write down what they say on her visit record.
- Everyone working with the family will tell the social worker the same day if Kayla or Alfie come to school hungry, cold or in dirty clothes, and the social worker will log each report on the children's file.
- Helen Park, school nurse, will do a health check for Alfie (height, weight, teeth and eyesight) and send the results to the GP and the social worker.
- Mrs Sue Ogden, DSL at Ridgeway Academy, will email the social worker Kayla's attendance every Friday and ring Toni by 9.30am on any day Kayla is not in school.

## If things get worse

If Toni is evicted, if either child is found at home with no food or heating, or if
Kayla misses three days of school in a row, the social worker (or the emergency duty
team out of hours) will hold a strategy discussion the same day and Kayla and Alfie
will stay with Dawn. If Dawn cannot have them, the social worker will arrange a
foster placement that day.

If the arrears are not being paid by the end of June, or Kayla's attendance is still
under 90% by the summer half-term, the social worker will ask her manager for a
legal planning meeting.

## Meetings

The core group will meet regularly at Rosewell Infant School. The review child
protection conference will be on Monday 4 August 2025 at 10am at Rimmerton Civic
Centre.
""",
    "findings": [
        F("O001"),
        F("F001"),
        F("R001"),
        F("H001", "Kate Lyle from Rimmerton Talking Therapies will see Toni"),
        F("T002", "will support Toni with her Universal Credit claim"),
        F("M001", "will support Toni with her Universal Credit claim"),
        F("T002", "Toni will try to get out of the house more"),
        F("M001", "Toni will try to get out of the house more"),
        F("M002", "Toni's sister Dawn will ring her every evening"),
        F("W002", "Everyone working with the family will tell the social worker"),
        F("T001", "will do a health check for Alfie (height, weight"),
    ],
})
