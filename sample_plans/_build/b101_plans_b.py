"""Batch 101, module b: seven fictional plans (tuning material), places beginning with "b".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: expected outcomes written in places and voices a linter rarely meets.
A Word table whose first column, "The difference this will make", is merged
down over each outcome's actions (exemplary); a PDF whose numbered actions
each end in a "so that ..." clause, two of them about the adults only; a
Markdown Signs of Safety plan with danger statements, safety goals under
"What needs to be different" and a scaling goal; a plain-text plan whose
outcomes are the children's own "I want to ..." sentences (exemplary); a Word
table with "What good looks like" band rows merged across the table, two of
them about a parent only; a PDF letter to the parents with an "Our hopes"
paragraph; and a plain-text action log with no outcome anywhere.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, mother with recurrent depression, 8-year-old young carer and
#    a 7-month-old baby. Word table whose first column ("The difference this
#    will make") is merged down over each outcome's actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_brackenwold_icpc_merged_difference_first_column_lowther.docx",
    "doc_title": "Child Protection Plan - Jayden and Poppy Lowther",
    "split": "tune",
    "actions": 11,
    "template": "icpc-word-plan-details-list-worries-strengths-childrens-words-then-five-column-table-first-column-the-difference-this-will-make-merged-down-over-each-outcomes-actions-contingency-core-group-review",
    "description": (
        "Exemplary initial conference plan for an 8-year-old young carer and his 7-month-old sister "
        "whose mother has recurrent depression and has stopped getting up in the day. The outcomes "
        "are not a list: they are the first column of the action table, 'The difference this will "
        "make for Jayden and Poppy', each merged down over the rows that serve it. Every row has a "
        "lead, a timescale and something that will be seen; the CMHT care co-ordinator and "
        "psychiatrist both report on Kerry's capacity to change, the GP owns the medication review, "
        "the grandfather's part has a fallback, legal planning follows named triggers, and core "
        "group and review dates are set."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Brackenwold Metropolitan Borough Council · Children's Social Care · Safeguarding Team West"),
        ("kv", [
            ("Children", "Jayden Lowther (8), DOB 17/03/2017; Poppy Lowther (7 months), DOB 02/03/2025"),
            ("Address", "12 Tanner's Row, Brackenwold BW4 6HN"),
            ("Mother", "Kerry Lowther (29)"),
            ("Poppy's father", "Aaron Keyes (31); not in contact since May 2025, whereabouts known to police"),
            ("Maternal grandfather", "Terry Lowther (61), 3 Bell Yard, Brackenwold; retired"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "Tuesday 07/10/2025, Brackenwold Town Hall. Chair: Imogen Stavely"),
            ("Social worker", "Nadia Brookes (team manager: Colin Ashby)"),
        ]),
        ("h1", "Why Jayden and Poppy need a plan"),
        ("p", "Kerry has had depression since she was a teenager. After Poppy was born and Aaron left, she stopped "
              "taking her medication, and since July she has mostly stayed in bed until the afternoon. Jayden has "
              "been getting himself and Poppy up, giving Poppy her bottles and walking himself to school; Fernside "
              "Primary has recorded him late 22 times since September and his attendance is 84%. On 24/09/2025 the "
              "health visitor found Poppy in her cot at 1pm in a nappy that had not been changed since the night "
              "before, and her weight had dropped from the 50th to the 25th centile. Kerry was referred to the "
              "community mental health team the same week and has been seen once."),
        ("h1", "What is going well"),
        ("p", "Kerry loves her children and agreed at conference that they have been left to cope on their own. "
              "She has restarted her medication. The flat is warm and there is food in the cupboards. Terry sees "
              "the family most days and has offered to do more. Jayden is doing well in maths and has a close "
              "friend, Kofi, whose family he sometimes eats with."),
        ("h1", "What Jayden and Poppy have told us"),
        ("p", "Jayden (seen on his own at school, 01/10/2025): “I do Poppy's bottles in the morning because Mum's "
              "too tired. I like doing it but I'm late and Mrs Doyle gets cross. I want Grandad to come more.” He "
              "put home at 5 on a ladder from 0 to 10 and school at 8. He said the worst thing is “when Mum cries "
              "and won't come out of her room”."),
        ("p", "Poppy is 7 months old. On three visits she was quiet and watchful and did not cry when she was put "
              "down. She brightened and babbled when Terry picked her up and when Jayden pulled faces at her. On "
              "the last visit she reached for Kerry, who lifted her onto her knee and sang to her, and Poppy "
              "laughed."),
        ("h1", "The plan"),
        ("p", "Read each row across. The first column says what will be different for Jayden and Poppy; the rows "
              "beside it are the actions that will make that difference, each with its lead, its timescale and "
              "how we will know it has happened."),
        ("table", {
            "header": ["The difference this will make for Jayden and Poppy", "What will happen", "Who",
                       "By when", "How we will know"],
            "widths": [3.4, 4.4, 3.0, 2.8, 3.4],
            "rows": [
                ["Poppy is fed, clean and played with through the day, and her weight stays on or above the "
                 "25th centile.",
                 "Weigh Poppy at home and check her feeding, her sleep space and her development",
                 "Amira Saleh, health visitor (HV)",
                 "Every other Thursday from 09/10/2025",
                 "Weights plotted in the red book and emailed to the SW the same day; Poppy on or above the 25th "
                 "centile"],
                [V,
                 "Give Poppy her bottles and meals on time and write each one in the feeding diary on the fridge",
                 "Kerry Lowther (Mum)",
                 "Every day from 07/10/2025",
                 "Diary checked by the HV and the SW at each visit; no daytime gap longer than four hours"],
                [V,
                 "Secure a funded place for Poppy three mornings a week at Brackenwold Children's Centre nursery",
                 "Nadia Brookes, social worker (SW)",
                 "Place agreed by 31/10/2025; Poppy starts by 10/11/2025",
                 "Offer letter on file; nursery register shows Poppy in three mornings a week"],
                ["Jayden gets to school on time every day, and no longer looks after his mum or his baby "
                 "sister.",
                 "Walk Jayden to school each morning and hand him over to his class teacher at the gate",
                 "Terry Lowther, maternal grandfather (MGF)",
                 "Every school day from 13/10/2025, by 8.40am",
                 "Class teacher ticks Terry's drop-off on the gate list; the SW sees the list each fortnight"],
                [V,
                 "Check Jayden's attendance and how he presents each morning, and phone the SW the same day if he "
                 "is absent or arrives hungry",
                 "Mrs Claire Doyle, DSL, Fernside Primary",
                 "Every school day",
                 "Attendance printout emailed to the SW each Friday; same-day calls logged on CPOMS; attendance "
                 "95% or more by the review"],
                [V,
                 "Assess Jayden as a young carer and offer him a place at the Thursday after-school club",
                 "Ruth Amos, Brackenwold Young Carers",
                 "Assessment by 14/11/2025; club from 20/11/2025",
                 "Young carer's plan sent to the SW; club register shows Jayden there each Thursday"],
                ["Jayden and Poppy are cared for by a mum who is well enough to notice and meet their needs, "
                 "and there is always another safe adult when she is not.",
                 "See Kerry at home, check her medication and early warning signs, and report to each core group "
                 "on whether she is making the changes Jayden and Poppy need and how long further change is "
                 "likely to take",
                 "Paul Devine, care co-ordinator (CPN), Brackenwold CMHT",
                 "Every other Wednesday; written report two days before each core group",
                 "Written report on file before each core group, with Paul's view of the likely timescale"],
                [V,
                 "Assess Kerry's mental health and her capacity to change, the steps still needed and the likely "
                 "timescale, with a view on how her illness affects her care of Jayden and Poppy",
                 "Dr Helen Marsh, consultant psychiatrist, Brackenwold CMHT",
                 "Outpatient appointment 22/10/2025; written assessment by 21/11/2025",
                 "Written assessment sent to the SW and to every core group member"],
                [V,
                 "Review Kerry's antidepressant, send the SW her relevant medical history and say how her "
                 "treatment affects her care of the children",
                 "Dr Sunil Rao, GP, Linden Street Surgery",
                 "By 24/10/2025",
                 "GP letter on Jayden's and Poppy's files"],
                [V,
                 "Have Jayden and Poppy at his home every Saturday from 10am to 4pm",
                 "Terry Lowther (MGF)",
                 "Every Saturday from 11/10/2025",
                 "Terry's diary of each Saturday, read by the SW at the next visit; Jayden tells the SW how the "
                 "day went"],
                [V,
                 "Visit Jayden and Poppy at home, at least one visit a month unannounced, and see Jayden on his "
                 "own",
                 "Nadia Brookes (SW)",
                 "Weekly from 09/10/2025",
                 "Visit records show both children seen every week and Jayden seen alone, with his own words "
                 "written down"],
            ],
        }),
        ("h1", "If things go wrong (contingency)"),
        ("p", "If Kerry stops taking her medication, stays in bed and Poppy misses a feed or Jayden misses "
              "school to look after her, or Paul reports that her warning signs have returned, Jayden and Poppy "
              "will go to Terry's home at 3 Bell Yard that day and Nadia will hold a strategy discussion the same "
              "day."),
        ("p", "If Terry cannot have the children or cannot do the school run (he is ill or away), Nadia will "
              "arrange that day for Jayden and Poppy to stay together with Brackenwold foster carers, and Kerry "
              "will be offered time with them every day."),
        ("p", "If Kerry is admitted to hospital, or by the review conference Poppy's weight has fallen below the "
              "25th centile or Jayden's attendance is below 90%, Nadia will ask Colin Ashby for a legal planning "
              "meeting within 5 working days to decide whether to start the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 4pm, Brackenwold Children's Centre: 21/10/2025, 18/11/2025 "
            "and 16/12/2025.",
            "Review child protection conference: Tuesday 06/01/2026, 10am, Brackenwold Town Hall.",
            "Before each core group Nadia will ask Jayden what has changed at home and bring his views to the "
            "meeting.",
        ]),
        ("p", "Plan agreed at conference on 07/10/2025. Copies to Kerry, Terry and every person named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Review plan, mother's drinking and her partner's violence, two children.
#    PDF; numbered action sentences that each end in a "so that ..." clause,
#    the only place outcomes are written. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_bowerthorpe_rcpc_so_that_clause_sentences_pennick.pdf",
    "doc_title": "Review Child Protection Plan - Harley and Ava Pennick",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-word-plan-printed-to-pdf-page-header-footer-details-list-since-last-conference-childrens-words-then-numbered-action-sentences-each-ending-in-a-so-that-outcome-clause-no-outcomes-section-contingency-meetings",
    "description": (
        "First review conference plan for a 10-year-old and a 5-year-old whose mother drinks and whose "
        "mother's partner has been violent to her. A Word plan printed to PDF with header and footer; "
        "there is no outcomes list: each numbered action sentence ends with a 'so that ...' clause "
        "saying the difference it should make. Most sentences are sound. Faults: two 'so that' "
        "clauses describe only a change for the adults (Stacey calmer, Wayne controlling his "
        "temper); Talking Therapies only treats Stacey; the school counsellor referral is passive "
        "with no one named; 'Everyone in the network' gets Ava to nursery 'as often as they can'; "
        "the school nurse's work is only 'monitored'; the grandmother carries two evenings, Friday "
        "nights and the contingency, with no fallback if she cannot."
    ),
    "header": "OFFICIAL-SENSITIVE – Bowerthorpe District Council – Children's Services",
    "footer": "Harley and Ava Pennick – Review Child Protection Plan (02/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Bowerthorpe District Council · Children's Services · Family Safeguarding Team 1"),
        ("kv", [
            ("Children", "Harley Pennick (10), DOB 04/02/2015; Ava Pennick (5), DOB 29/08/2020"),
            ("Address", "27 Fallow Crescent, Bowerthorpe BT9 3LE"),
            ("Mother", "Stacey Pennick (33)"),
            ("Mother's partner", "Wayne Tull (37); Ava's father; lives at the address"),
            ("Maternal grandmother", "Brenda Pennick, 6 Wren Close, Bowerthorpe (ten minutes' walk)"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference", "First review, Thursday 02/10/2025 (plan made at the initial conference on "
                           "03/07/2025). Chair: Graham Oduya"),
            ("Social worker", "Owen Kaur (team manager: Ruth Lindley)"),
        ]),
        ("h1", "What has happened since July"),
        ("p", "At the initial conference Stacey was drinking a bottle of wine most evenings and police had been "
              "called three times to arguments in which Wayne pushed and slapped her, twice with the children in "
              "the room. Since then there has been one further call-out, on 06/09/2025, when Harley rang 999 "
              "because Wayne had thrown a plate at Stacey. Stacey has been seeing the recovery service and says she "
              "now drinks only at weekends; her last two breath tests were clear. She also has anxiety and panic "
              "attacks and says drink is how she gets through the evening. Wayne has accepted a place on a "
              "perpetrator programme. Harley's attendance has risen from 86% to 93%."),
        ("h1", "What Harley and Ava say"),
        ("p", "Harley (seen on his own at school, 25/09/2025): “It's better than before but on Fridays Mum still "
              "has wine and then her and Wayne shout. I take Ava upstairs and put my music on. I rang the police "
              "because I thought he was going to really hurt her.” He put home at 4 out of 10 and Nan's house at "
              "10. He still wets the bed some nights and does not want anyone at school to know."),
        ("p", "Ava (seen at home, 29/09/2025) drew her family with Wayne standing on his own in the corner. She "
              "said, “Wayne does shouting. Harley looks after me.” She showed the SW the den she and Harley make "
              "under his bed."),
        ("h1", "What will happen"),
        ("p", "Each numbered sentence is one action. It says who will do it, when, and how we will know it has "
              "happened, and it ends with the difference it should make, beginning “so that”. We agreed at "
              "conference to write the plan this way instead of keeping a separate list of outcomes."),
        ("numbers", [
            "Owen Kaur (SW) will visit Harley and Ava at home every week, at least once a month unannounced, see "
            "Harley on his own and write down what each child says on their record, so that Harley and Ava are "
            "seen every week and their worries are heard and acted on.",
            "Jo Latimer, recovery worker at the Bowerthorpe Recovery Partnership, will see Stacey every Monday, "
            "breath-test her at each session, email the results to Owen each Friday and report to each core "
            "group on whether Stacey is cutting down, so that Harley and Ava come home to a sober mum every "
            "evening.",
            "Bowerthorpe Talking Therapies will give Stacey eight weekly sessions of counselling for her anxiety "
            "from 03/11/2025 and will send Owen her attendance after each session, so that Stacey feels calmer "
            "and no longer needs a drink to get through the day.",
            "Wayne will attend the 20-week Safer Families domestic abuse perpetrator programme from 15/10/2025, "
            "and the programme worker will send Owen an attendance report every month, so that Wayne learns to "
            "control his temper and treats Stacey with respect.",
            "A referral for Harley to the counsellor at Bowerthorpe Academy will be made by 17/10/2025, and the "
            "date of his first session will be sent to Owen, so that Harley has a safe adult to talk to at "
            "school.",
            "Brenda Pennick (MGM) will collect Harley and Ava from school every Tuesday and Thursday and give them "
            "their tea at her house, writing each visit in the family diary that Owen reads at his visits, so "
            "that the children have two calm evenings a week with an adult they trust.",
            "Brenda will have Harley and Ava to stay at 6 Wren Close every Friday night and text Owen on the "
            "Saturday morning to say how the night went, so that Harley and Ava spend the night when arguments "
            "have most often happened somewhere safe.",
            "Everyone in the network will make sure Ava gets to Little Acorns Nursery as often as they can, and "
            "the nursery register will show her attendance, so that Ava plays and learns with children her own "
            "age.",
            "Mrs Pat Hollis, the school nurse, will see Harley every fortnight at school about his sleep and his "
            "bedwetting, and his progress will be monitored, so that Harley sleeps through the night and is not "
            "embarrassed at school.",
            "Owen (SW) will do four sessions of direct work with Harley about what has happened at home by "
            "12/12/2025, keeping his worksheets on file, so that Harley understands it was not his fault and "
            "knows who to tell when he is worried.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Stacey has a positive breath test or is seen drunk while caring for Harley and Ava, or the police "
              "are called to the house again, Harley and Ava will go to Brenda's home at 6 Wren Close that day and "
              "Owen will hold a strategy discussion with Bowerthorpe Police the same day."),
        ("p", "If Stacey has two positive breath tests in any four weeks, or Wayne leaves the programme, Owen will "
              "ask Ruth Lindley for a legal planning meeting within 5 working days."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks, Thursdays at 3.30pm, Fallow Children's Centre: 16/10/2025, 13/11/2025 and "
            "11/12/2025.",
            "Second review child protection conference: Thursday 12/03/2026, 10am, Bowerthorpe Council Offices.",
        ]),
    ],
    "findings": [
        F("H001", "Bowerthorpe Talking Therapies will give Stacey eight weekly sessions"),
        F("F002", "so that Stacey feels calmer and no longer needs a drink"),
        F("F002", "so that Wayne learns to control his temper and treats Stacey"),
        F("W001", "A referral for Harley to the counsellor at Bowerthorpe Academy"),
        F("W002", "Everyone in the network will make sure Ava gets"),
        F("T002", "Everyone in the network will make sure Ava gets"),
        F("M002", "will see Harley every fortnight at school about his sleep"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan, mother's self-harm and overdoses, father's daily cannabis,
#    a 3-year-old and a 14-month-old. Markdown Signs of Safety plan: danger
#    statements, safety goals under "What needs to be different", a scaling
#    goal, next steps table, safety plan. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_belsingham_sos_danger_statements_safety_goals_threlfall.md",
    "split": "tune",
    "actions": 11,
    "template": "signs-of-safety-markdown-danger-statements-then-what-needs-to-be-different-numbered-safety-goals-with-scaling-goal-scaling-scores-childrens-experience-working-well-next-steps-table-safety-plan-meetings",
    "description": (
        "Initial conference Signs of Safety plan for a 3-year-old and a 14-month-old whose mother "
        "self-harms and took an overdose while alone with them, and whose father smokes cannabis "
        "every day. Markdown: danger statements, safety goals under 'What needs to be different' "
        "(one of them a scaling goal, home safety from 3/10 to 7/10 by the review), and a Next "
        "steps table. Faults: one safety goal is only about the mother managing her emotions; the "
        "DBT group only treats her (the psychiatrist's row does assess change); the network "
        "meeting is owned by the 'Family network'; Ollie's nursery place is 'TBC'; the locked "
        "box is only 'Monitored'; the words and pictures book has no owner; the safety plan covers "
        "the grandmother failing but nothing leads to legal planning."
    ),
    "text": """\
# Belsingham Council · Children's Services
## Child Protection Plan (Signs of Safety) — Ollie and Mia Grant

**Initial child protection conference:** Wednesday 08/10/2025, Belsingham Civic Centre · **Chair:** Farida Quayson
**Category:** Neglect · **Social worker:** Hannah Leckie (team manager: Ben Okonjo)

**Family**

- Ollie Grant, 3 (DOB 21/06/2022)
- Mia Grant, 14 months (DOB 09/08/2024)
- Naomi Threlfall, 23, mum
- Lewis Grant, 26, dad; lives with Naomi and the children at Flat 9, Kestrel House, Belsingham BL2 7RD
- Carol Grant, Lewis's mum (PGM), 41 Orchard Way, Belsingham; a five-minute drive

## Danger statements

- Children's Services, the health visitor and the police are worried that when Naomi is very distressed she
  cuts herself or takes an overdose while she is the only adult at home with Ollie and Mia, and that the
  children could be left without food or care for hours, or find their mum hurt. On 19/09/2025 a neighbour
  found Ollie on the landing in a wet nappy at 4pm while Naomi lay unconscious after taking 20 paracetamol;
  Mia was crying in her cot.
- We are also worried that Lewis smokes cannabis every day, including when he looks after the children on his
  own, and may not wake or be able to respond if Mia needs him in the night.

## What needs to be different (safety goals)

1. Ollie and Mia are cared for, day and night, by an adult who is sober and well enough to look after them,
   and who gets help straight away when Naomi is in crisis.
2. Naomi learns to manage her emotions and stops self-harming.
3. Home safety for Ollie and Mia, as scored by the core group, moves from 3/10 today to 7/10 by the review
   conference on 07/01/2026.
4. Ollie and Mia never see their mum hurt herself, and Ollie knows which grown-up to go to when she is
   unwell.

## Scaling

0 means Ollie and Mia will be hurt or left alone again; 10 means everyone is confident they are safe enough
for the plan to end. Scores at conference: Hannah (SW) 3, Zara (HV) 4, Naomi 6, Lewis 5, Carol 4.

## Ollie and Mia's experience

Ollie (seen at home with his dad, 01/10/2025) played with the SW's toy ambulance and said, "Mummy went in the
ambulance. Mummy was sleeping on the floor." When asked who looks after him he said "Daddy and Nanna Carol".
He sleeps with the landing light on and goes to the door every time someone knocks.

Mia is 14 months. On two visits she crawled to Lewis as soon as she woke and held her arms up to him. She is
walking along the furniture and says "Dada" and "Nan". She was clean and dressed, but had a sore nappy rash
on 01/10/2025.

## What is working well

Naomi has agreed to work with the community mental health team and has kept both appointments since she left
hospital. Lewis has been at home every day since the overdose and takes Ollie to the park each morning.
Carol is close to the children, has a key to the flat and has offered to stay whenever she is needed. The
flat is warm and has plenty of food and toys.

## Next steps

| # | Next step | Who | By when | What we will see |
|---|---|---|---|---|
| 1 | Visit Ollie and Mia at home, including one unannounced evening visit a month, and play with Ollie to hear his worries | Hannah Leckie, SW | Weekly from 10/10/2025 | Visit notes on LCS show both children seen and Ollie's words written down |
| 2 | Weigh Mia and check her development, her nappy rash and where she sleeps | Zara Pell, HV | Every other Monday from 13/10/2025 | Weights in the red book, emailed to the SW after each visit |
| 3 | Check that Naomi's tablets and blades are kept in the locked box out of the children's reach | Lewis Grant (Dad) | Every evening from 08/10/2025 | Monitored |
| 4 | Weekly DBT skills group for Naomi to help her manage distress | Belsingham CMHT (Personality Disorder Pathway) | Every Wednesday from 15/10/2025 | Attendance register sent to the SW each month |
| 5 | Assess Naomi's risk to herself and her capacity to change, and report on what still needs to change for Ollie and Mia and how long it is likely to take | Dr Farah Nadeem, consultant psychiatrist, Belsingham CMHT | Assessment 29/10/2025; written report by 19/11/2025 | Written report sent to the SW and read at the core group |
| 6 | Assess Lewis's cannabis use, do monthly urine screens and report to each core group on whether he is cutting down and how long change is likely to take | Kieran Watts, Belsingham Drug and Alcohol Service | Assessment by 24/10/2025, then monthly | Screen results and a written report to the SW before each core group |
| 7 | Stay at the flat overnight whenever Naomi is in crisis and take over Ollie's and Mia's care until she has been seen by the crisis team | Carol Grant (PGM) | The same night, whenever Lewis or Naomi rings | Carol texts the SW by 9am the next morning; each stay written in the safety diary |
| 8 | Have Ollie and Mia at her home every Sunday from 10am to 5pm | Carol Grant (PGM) | Every Sunday from 12/10/2025 | Each Sunday written in the safety diary, read by the SW at visits |
| 9 | Hold a network meeting and write the family safety plan with Naomi, Lewis and Carol | Family network | By 31/10/2025 | Safety plan signed by Naomi, Lewis and Carol, with a copy on the fridge |
| 10 | Find Ollie a funded nursery place for 15 hours a week | Hannah Leckie, SW | TBC | Nursery register shows Ollie attending |
| 11 | Make a words and pictures book for Ollie about why Mummy went to hospital | | By 14/11/2025 | Ollie's book shown at the core group |

## Safety plan

- If Naomi tells anyone she wants to hurt herself, or Lewis finds she has cut herself or taken tablets, Lewis
  or Carol will take over Ollie's and Mia's care at once, Lewis will ring 999 or the crisis line, and Hannah
  will hold a strategy discussion the same day.
- If Carol cannot come or is away, Hannah (or the Emergency Duty Team out of hours) will arrange for Ollie and
  Mia to stay with emergency foster carers that night.
- If Lewis is found under the influence of cannabis while he is caring for the children on his own, Carol will
  take over their care that day and Hannah will hold a strategy discussion the same day.

## Meetings

- Core group every 3 weeks, Thursdays at 1pm, Belsingham Family Hub: 23/10/2025, 13/11/2025, 04/12/2025.
- Review child protection conference: Wednesday 07/01/2026, 10am, Belsingham Civic Centre.
""",
    "findings": [
        F("F002", "Naomi learns to manage her emotions and stops self-harming."),
        F("M002", "Check that Naomi's tablets and blades are kept in the locked box"),
        F("H001", "Weekly DBT skills group for Naomi to help her manage distress"),
        F("W002", "Hold a network meeting and write the family safety plan"),
        F("T002", "Find Ollie a funded nursery place for 15 hours"),
        F("W001", "Make a words and pictures book for Ollie"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, mother's depression and drinking, a 14-year-old young carer
#    and her 9-year-old brother. Plain-text plan whose outcomes are the
#    children's own "I want to ..." sentences. Exemplary (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_bramstock_icpc_childs_own_words_outcomes_gallagher.txt",
    "split": "tune",
    "actions": 13,
    "template": "icpc-plain-text-plan-underlined-headings-details-why-childrens-words-outcomes-as-i-want-to-sentences-in-each-childs-own-words-then-numbered-actions-with-who-when-how-well-know-lines-contingency-meetings",
    "description": (
        "Exemplary initial conference plan for a 14-year-old young carer and her 9-year-old brother "
        "whose mother has depression and drinks most days. A plain-text plan whose outcomes are the "
        "children's own sentences ('I want to ...'), agreed by the conference as the plan's "
        "outcomes. Each numbered action has Who, When and How we'll know lines. The CMHT care "
        "co-ordinator and the alcohol service both report on change, the GP owns the medication "
        "review, the aunt's part has a fallback, legal planning follows named triggers, and core "
        "group and review dates are set."
    ),
    "text": """\
BRAMSTOCK COUNCIL - CHILDREN AND FAMILIES
Child Protection Plan
===========================================================================

Children       Kezia Gallagher (14), DOB 30/01/2011, Year 10, Bramstock High School
               Tom Gallagher (9), DOB 12/06/2016, Year 5, St Aidan's Primary
Address        41 Coldharbour Lane, Bramstock BK3 9PW
Mother         Michelle Gallagher (41)
Father         Steven Gallagher; lives in Malaga, phones the children on Sundays
Aunt           Lorraine Webb (Michelle's sister), 22 Fern Road, Bramstock
Category       Neglect
Conference     Initial child protection conference, Monday 06/10/2025
               Chair: Olusegun Adeleke
Social worker  Sunita Gill, Family Safeguarding Team 2 (manager: Rob Hartley)


WHY KEZIA AND TOM HAVE A PLAN
-----------------------------
Michelle has had depression for many years and since the spring she has been
drinking most days, usually from lunchtime. Kezia has been cooking, doing the
washing, collecting Tom from school and sitting up with her mum at night. Her
attendance has fallen to 79% and she has been seen by the school nurse for
cutting her arm. On 23/09/2025 Tom told his teacher that he had not had any
tea because his mum was "asleep on the kitchen floor". When Sunita visited
that evening Michelle was drunk and there was no food in the house.


WHAT KEZIA AND TOM HAVE TOLD US
-------------------------------
Kezia (seen on her own at school, 29/09/2025 and 02/10/2025) said that she
loves her mum and does not want to be taken away, but that she is "tired all
the time" and spends lessons worrying about what she will find when she gets
home. She says she cut her arm "to stop thinking". She gave home 3 out of 10.

Tom (seen on his own at school, 30/09/2025) said that the best time of the
week used to be football on Saturdays, "but Mum doesn't take me now". He is
scared at night when his mum cries, and he does not know who to ring if Kezia
is out. He gave home 4 out of 10 and Auntie Lorraine's 10 out of 10.


WHAT WE WANT TO BE DIFFERENT - IN KEZIA'S AND TOM'S OWN WORDS
-------------------------------------------------------------
Kezia and Tom wrote these with Sunita on 02/10/2025. The conference agreed
that they are the outcomes of this plan, and the core group will ask both
children at each meeting how near each one is.

Kezia:  "I want to go to school every day and not spend all of maths
         worrying about whether Mum is okay."
Kezia:  "I want to come home and find Mum up and dressed, and for tea not to
         be my job."
Kezia:  "I want to have someone to talk to when I feel like hurting myself."
Tom:    "I want to go to football on Saturdays like I used to."
Tom:    "I want to know who to ring when Mum is poorly, and not be scared at
         night."


WHAT WILL HAPPEN
----------------
1.  Visit Kezia and Tom at home, at least one visit a month without an
    appointment, and see each of them on their own at least every other
    visit.
    Who: Sunita Gill, social worker (SW)
    When: Every week from 09/10/2025
    How we'll know: Visit records show both children seen and each seen
    alone at least fortnightly, with their own words written down

2.  Do four sessions of direct work with Tom about what happens when his
    mum is poorly, ending with a "who I can ring" card he keeps in his
    school bag.
    Who: Sunita Gill (SW)
    When: Sessions done by 14/11/2025
    How we'll know: Tom's card and his session sheets on file; Tom can show
    the card to the SW at a visit

3.  Carry out a young carer's assessment with Kezia and offer her a place
    at the Monday young carers' group.
    Who: Asha Reid, Bramstock Young Carers
    When: Assessment by 31/10/2025; group every Monday from 03/11/2025
    How we'll know: Kezia's young carer's plan sent to the SW; the group
    register shows her there

4.  Check Kezia's attendance every morning, give her a weekly check-in
    with her key adult, Miss Lyons, and phone the SW the same day if she is
    absent or has hurt herself.
    Who: Mr Owen Price, DSL, Bramstock High School
    When: Every school day; check-in every Wednesday
    How we'll know: Attendance emailed to the SW every Friday, rising to 95%
    by the review; check-ins and calls logged on CPOMS

5.  See Kezia about her self-harm, agree a safety plan with her and refer
    her to the CAMHS single point of access if it continues.
    Who: Nurse Jenny Carr, school nurse, Bramstock High School
    When: First appointment by 17/10/2025, then fortnightly
    How we'll know: Kezia's safety plan copied to the SW; any CAMHS referral
    date shared with the core group

6.  Check Tom's attendance and how he presents each morning, and phone the
    SW the same day if he arrives hungry or unkempt.
    Who: Mrs Ruth Obi, DSL, St Aidan's Primary
    When: Every school day
    How we'll know: Weekly attendance printout emailed to the SW; same-day
    calls logged on CPOMS

7.  Assess Michelle's drinking, agree a treatment plan with her, breath-test
    her at each key-work session and report to each core group on whether
    she is making the changes Kezia and Tom need and how long it is likely
    to take.
    Who: Craig Hume, recovery worker, Pathways (Bramstock alcohol service)
    When: Assessment by 17/10/2025, then key-work every Tuesday; report two
    days before each core group
    How we'll know: Breath test results emailed to the SW each week;
    written report on file before each core group

8.  Visit Michelle at home, check her medication and mood, and report to
    each core group on whether she is making and keeping the changes the
    children need, the steps still to come and the likely timescale.
    Who: Jess Thornton, care co-ordinator (CPN), Bramstock Community Mental
    Health Team
    When: Every other Thursday from 09/10/2025; report two days before each
    core group
    How we'll know: Written report to the SW before each core group, with
    Jess's view of Michelle's capacity to change

9.  Review Michelle's antidepressant in light of her drinking and send the
    SW her relevant history.
    Who: Dr Alan Fry, GP, Coldharbour Medical Centre
    When: By 24/10/2025
    How we'll know: GP letter on both children's files

10. Drink no alcohol while Kezia and Tom are in her care, keep none in the
    house, and be up and dressed with tea ready when Tom gets home from
    school.
    Who: Michelle Gallagher (Mum)
    When: Every day from 06/10/2025
    How we'll know: Breath tests negative at every Tuesday session and every
    SW visit; no alcohol seen in the house; Kezia and Tom tell the SW who
    made tea that week

11. Take Tom to Bramstock Rovers under-10s training and matches.
    Who: Lorraine Webb (maternal aunt)
    When: Every Saturday morning from 11/10/2025
    How we'll know: The coach's register shows Tom there; Tom tells the SW
    about the match at each visit

12. Have Kezia and Tom for tea at 22 Fern Road every Wednesday after
    school.
    Who: Lorraine Webb (maternal aunt)
    When: Every Wednesday from 08/10/2025
    How we'll know: Lorraine writes each Wednesday in the family notebook,
    which the SW reads every week

13. Answer Kezia's or Tom's call at any hour if their mum has been drinking
    or is too unwell to care for them, collect them within the hour and
    keep them overnight at 22 Fern Road.
    Who: Lorraine Webb (maternal aunt)
    When: From 06/10/2025, the same night whenever either child rings
    How we'll know: Each call and overnight stay written in Lorraine's
    notebook and reported to the SW by phone the next morning


IF THINGS GO WRONG
------------------
- If Michelle is found drinking while caring for Kezia and Tom (a positive
  breath test, a call from either child, or a report from school or a
  neighbour), or Jess reports that her depression has returned, the children
  will go to Lorraine's home at 22 Fern Road that day and Sunita will hold a
  strategy discussion with Bramstock Police the same day.
- If Lorraine cannot have the children (she is ill, away or working nights),
  Sunita will place Kezia and Tom together with Bramstock foster carers that
  day and will ring Steven the next morning to ask whether he can help.
- If Michelle has two positive breath tests in any four weeks, or Kezia's
  attendance is still below 90% on 28/11/2025, Sunita will ask Rob Hartley
  for a legal planning meeting within 5 working days to decide whether to
  start the Public Law Outline.


MEETINGS
--------
Core group     Every 4 weeks, Mondays at 3.45pm, Bramstock Family Centre:
               20/10/2025, 17/11/2025, 15/12/2025
Review CPC     Monday 05/01/2026, 10am, Bramstock Town Hall
Kezia and Tom can come to the first half of any core group, or send their
views with Sunita or Asha.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. ICPC plan, father using heroin on top of his methadone, mother with
#    depression, three children. Word table with "What good looks like" band
#    rows merged across all columns above each group of actions. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_bickerdale_icpc_what_good_looks_like_band_rows_corrigan.docx",
    "doc_title": "Child Protection Plan - Amber, Reece and Lily-Mae Corrigan",
    "split": "tune",
    "actions": 17,
    "template": "icpc-word-plan-details-list-worries-childrens-words-then-numbered-action-table-with-what-good-looks-like-band-rows-merged-across-all-columns-above-each-group-contingency-meetings",
    "description": (
        "Initial conference plan for a 12-year-old, a 7-year-old and a 2-year-old whose father uses "
        "heroin on top of his methadone and whose mother has depression. The outcomes are 'What "
        "good looks like' band rows merged across the whole action table, each above its group of "
        "numbered actions. Most rows are sound. Faults: two of the four bands describe only a "
        "change for a parent (Dean drug-free, Sophie's depression treated); the SALT assessment has "
        "no measure; the home conditions checklist is 'Ongoing'; Dean's mutual aid group has no "
        "timescale; 'All professionals' make sure the children are never alone with Dean; the "
        "mental health worker only supports Sophie; the review conference is 'to be confirmed'; "
        "the contingency is only 'the core group will review', with no legal step."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Bickerdale Borough Council – Children's Services – Initial Child Protection Conference"),
        ("kv", [
            ("Children", "Amber Corrigan (12), DOB 15/04/2013; Reece Corrigan (7), DOB 03/12/2017; "
                         "Lily-Mae Corrigan (2), DOB 26/07/2023"),
            ("Address", "8 Pitt Street, Bickerdale BD6 1XS"),
            ("Parents", "Sophie Corrigan (34) and Dean Corrigan (38)"),
            ("Category", "Neglect (all three children)"),
            ("Conference", "Tuesday 14/10/2025, Bickerdale Civic Offices. Chair: Martin Ebbrell"),
            ("Social worker", "Kate Whitfield, Safeguarding and Assessment Team"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Dean has used heroin for fifteen years and has been on a methadone script since 2021. Since the summer "
              "his urine screens have shown heroin on top. On 30/09/2025 police searched the house and found "
              "foil and a used needle in the bathroom bin, within reach of Lily-Mae. Sophie has depression and "
              "spends most days on the sofa; she says she has no energy for the children. Lily-Mae has not had "
              "her two-year check, has few words and was found by the health visitor in a cot with a soaked "
              "mattress. Amber has been getting Reece ready for school and both are often late and hungry."),
        ("h1", "What Amber, Reece and Lily-Mae have told us"),
        ("p", "Amber (seen on her own at school, 07/10/2025): “I do Reece's breakfast and take him in because Mum "
              "can't get up. I know what Dad does in the bathroom. I just want it to be normal.” Reece (seen at "
              "home, 08/10/2025) said that his favourite thing is “when Dad takes me to the rec” and that he "
              "doesn't like it “when Dad is all sleepy”."),
        ("p", "Lily-Mae is 2. On both visits she was in a vest and nappy, climbing on the sofa next to her mum. She "
              "said two words, “juice” and “Amber”, and ran to Amber when she came in from school."),
        ("h1", "Action plan"),
        ("p", "Each shaded row says what good looks like. The numbered actions under it are what will happen to "
              "get there."),
        ("table", {
            "header": ["No.", "What needs to happen", "Lead", "By when", "How we will know"],
            "widths": [1.2, 8.6, 5.0, 4.4, 6.5],
            "rows": [
                ["What good looks like for Lily-Mae: she is clean, fed and safe at home, sleeps in a dry cot, and "
                 "her talking and play catch up by the review.", H, H, H, H],
                ["1", "Weigh Lily-Mae and do her two-year development check, including her talking",
                 "Gail Rowntree, health visitor", "By 31/10/2025, then monthly",
                 "Weight and ASQ scores in the red book and sent to the SW"],
                ["2", "Speech and language assessment for Lily-Mae at the Bickerdale Child Development Centre",
                 "Bickerdale Children's SALT service", "By 30/11/2025", ""],
                ["3", "Home conditions checklist with Sophie and Dean, room by room, including Lily-Mae's cot and "
                      "the kitchen",
                 "Mark Ellery, family support worker (FSW)", "Ongoing",
                 "Checklist score at each visit shared with the SW"],
                ["4", "Take up 15 funded hours a week for Lily-Mae at Honeypot Nursery",
                 "Sophie Corrigan (Mum), with the SW", "From 03/11/2025",
                 "Nursery register sent to the SW each month"],
                ["What good looks like for Amber and Reece: they go to school every day, on time, fed and in clean "
                 "uniform, and Amber no longer gets Reece ready.", H, H, H, H],
                ["5", "Get Amber and Reece up, give them breakfast and get them to school on time",
                 "Sophie and Dean Corrigan", "Every school day from 15/10/2025",
                 "School registers show both children in before 8.50am"],
                ["6", "Check Reece's attendance and how he presents each morning, and phone the SW the same day "
                      "about any concern",
                 "Mrs Ann Kirby, DSL, Bickerdale Primary", "Every school day",
                 "Weekly attendance emailed to the SW; same-day calls logged on CPOMS"],
                ["7", "Check Amber's attendance and meet her each week with her key adult",
                 "Mr Lee Sandhu, DSL, Bickerdale High School", "Weekly, on Mondays",
                 "Attendance and key adult notes sent to the SW every fortnight"],
                ["8", "Young carer's assessment for Amber",
                 "Jen Oakes, Bickerdale Young Carers", "By 21/11/2025",
                 "Amber's young carer's plan sent to the SW"],
                ["9", "Visit the children at home and see Amber and Reece on their own",
                 "Kate Whitfield, social worker (SW)", "Weekly; one unannounced visit a month",
                 "Visit records show each child seen and Amber's and Reece's words written down"],
                ["What good looks like: Dean is drug-free and keeps to his methadone script.", H, H, H, H],
                ["10", "Key-work with Dean, supervised methadone and urine screens, with a report to each core "
                       "group on whether he has stopped using heroin on top and the likely timescale",
                 "Rob Kenning, recovery worker, Bickerdale Drug and Alcohol Team",
                 "Key-work every Tuesday; screens fortnightly",
                 "Screen results and a written report to the SW before each core group"],
                ["11", "Dean to attend the Bickerdale Recovery Hub mutual aid group",
                 "Dean Corrigan", "", "Attendance sheet signed by the group facilitator"],
                ["12", "Make sure the children are never left alone with Dean if he has used",
                 "All professionals", "At every contact",
                 "Any concern logged and reported to the SW the same day"],
                ["13", "Keep Dean's methadone and any equipment in the locked box, out of the children's reach",
                 "Dean Corrigan", "Every day from 14/10/2025",
                 "Locked box seen by the SW and the HV at every visit"],
                ["What good looks like: Sophie's depression is treated and she feels able to cope.", H, H, H, H],
                ["14", "Fortnightly support sessions for Sophie about her low mood",
                 "Nikki Shaw, Bickerdale Primary Care Mental Health Team", "Fortnightly from 21/10/2025",
                 "Sessions attended"],
                ["15", "Review Sophie's antidepressants and share her history with the SW",
                 "Dr Anita Bose, GP, Pitt Street Surgery", "By 31/10/2025",
                 "GP letter on the children's files"],
                ["16", "Parenting assessment of Sophie and Dean, including how Sophie's low mood and Dean's drug "
                       "use affect Amber, Reece and Lily-Mae",
                 "Kate Whitfield (SW)", "Report by 12/12/2025",
                 "Report shared with the parents and the core group"],
                ["17", "Help Sophie and Dean make a weekly budget and put the gas arrears on a payment plan",
                 "Mark Ellery (FSW)", "By 28/11/2025",
                 "Payment plan letter from the gas supplier on file"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If things do not improve or there are further concerns about the children, the core group will meet "
              "to review the plan and consider next steps."),
        ("h1", "Core group and review"),
        ("kv", [
            ("Core group", "Monthly, first meeting Tuesday 28/10/2025 at 2pm, Bickerdale Family Centre"),
            ("Review conference", "Date to be confirmed"),
        ]),
    ],
    "findings": [
        F("F002", "Dean is drug-free and keeps to his methadone script."),
        F("F002", "Sophie's depression is treated and she feels able to cope."),
        F("M001", "Speech and language assessment for Lily-Mae at the Bickerdale"),
        F("T002", "Home conditions checklist with Sophie and Dean, room by room"),
        F("T001", "Dean to attend the Bickerdale Recovery Hub mutual aid group"),
        F("W002", "Make sure the children are never left alone with Dean"),
        F("H001", "Fortnightly support sessions for Sophie about her low mood"),
        F("R001"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. ICPC plan as a letter to the parents of a 10-week-old: mother's anxiety,
#    father's depression and drinking, family moving to another authority.
#    Outcomes are the "Our hopes for Callum" paragraph. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_burnholt_icpc_letter_our_hopes_paragraph_moran.pdf",
    "doc_title": "Callum's child protection plan - letter to Leah Moran and Stuart Pell",
    "split": "tune",
    "actions": 10,
    "template": "icpc-letter-to-parents-printed-to-pdf-page-header-footer-address-block-bold-paragraph-headings-our-hopes-paragraph-as-outcomes-then-one-sentence-action-paragraphs-if-things-go-wrong-meetings-signature",
    "description": (
        "Initial conference plan for a 10-week-old, written as a letter from the social worker to "
        "his parents and printed to PDF with header and footer. The mother has anxiety and panic "
        "attacks; the father has depression and drinks most nights; the family moves to another "
        "authority in five weeks. The outcomes are the 'Our hopes for Callum' paragraph; each "
        "action is a one-sentence paragraph. Faults: the last hope is only about the parents; the "
        "health visitor calls 'when she can'; the perinatal CPN only supports Leah (the "
        "psychiatrist does assess change); the GP will 'keep an eye on' Stuart's mood; the "
        "parenting course is held back, passively, until the transfer, with nothing to show for "
        "it."
    ),
    "header": "OFFICIAL-SENSITIVE – Burnholt City Council – Children's Social Care",
    "footer": "Callum Pell – child protection plan letter (ICPC 14/10/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("pr", "Burnholt City Council"),
        ("pr", "Children's Social Care – Safeguarding Team North"),
        ("pr", "Rivergate House, 2 Quay Street, Burnholt BH1 4TD"),
        ("pr", "Thursday 16 October 2025"),
        ("p", ""),
        ("pl", "Leah Moran and Stuart Pell"),
        ("pl", "Flat 3, 15 Weaver's Walk"),
        ("pl", "Burnholt BH5 2NQ"),
        ("p", ""),
        ("p", "Dear Leah and Stuart,"),
        ("boldp", "Callum's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference for Callum on Tuesday "
              "14/10/2025. The conference, chaired by Angela Frew, decided that Callum should have a child "
              "protection plan under the category of neglect. This letter is your copy of the plan. I have "
              "written it as a letter, as you asked, but everything in it was agreed at the conference and it "
              "is the plan we will all work to."),
        ("boldp", "Why Callum has a plan"),
        ("p", "Callum was born on 05/08/2025. Since he came home his weight has dropped from the 50th to the 9th "
              "centile. Leah, you told the conference that your panic attacks have come back and that some days "
              "you cannot face feeding him. Stuart, you have depression and told us you drink six to eight cans "
              "most nights to help you sleep, and that you were asleep on the sofa when the health visitor called "
              "on 30/09/2025 and Callum had not been fed since the early morning. The police were called on "
              "27/09/2025 when neighbours heard you arguing, and Callum was in the room. You are moving to "
              "Hallowfield on 17/11/2025, and Hallowfield Council will take over Callum's plan after its "
              "transfer-in conference."),
        ("boldp", "What we have seen of Callum's life"),
        ("p", "Callum cannot tell us what his days are like, so this is what we have seen. He is a small, sleepy "
              "baby who does not cry much, even when he has gone a long time without a feed. He feeds well and "
              "quickly for Leah's mum, Janice. When Stuart talks to him he turns to his voice and holds his "
              "finger. When there was shouting in the flat on my visit on 07/10/2025 he startled and stared, and "
              "did not settle for twenty minutes."),
        ("boldp", "Our hopes for Callum"),
        ("p", "Our hopes for Callum are that he is fed at least every four hours, day and night; that he gains "
              "weight back towards the 25th centile by his review; that he sleeps safely on his back in his own "
              "cot every night; and that he never again sees or hears the two of you shouting. We also hope "
              "that you, Leah and Stuart, will feel less stressed and get on better as a couple."),
        ("boldp", "What will happen"),
        ("p", "I will visit Callum at home every Tuesday, and once a month without telling you first, and I will "
              "write down on his record how he looks, how he feeds and where he sleeps."),
        ("p", "Carla Benn, your health visitor, will call in when she can to weigh Callum, and will write his "
              "weight in his red book."),
        ("p", "Ruth Cole, community psychiatric nurse in the Burnholt Perinatal Mental Health Team, will visit "
              "you, Leah, every Thursday to support you with your anxiety, and will tell me each week whether the "
              "visit went ahead."),
        ("p", "Dr Femi Anand, consultant perinatal psychiatrist, will see Leah on 22/10/2025 and write to me by "
              "31/10/2025 with his view of whether she can make the changes Callum needs and how long that is "
              "likely to take."),
        ("p", "Dan Hurst, your key worker at Burnholt Recovery Service, will see you, Stuart, at the alcohol group "
              "every Thursday evening from 16/10/2025, breath-test you each time and send me the results at the "
              "end of each month with his view on whether you are cutting down."),
        ("p", "Dr Ian Yusuf, Stuart's GP at Mill Lane Surgery, will keep an eye on Stuart's mood at his monthly "
              "appointments."),
        ("p", "Janice will stay at the flat every weekday from 5pm until Stuart is home at 10pm, and will sign the "
              "visitors' sheet in Callum's folder, which I will look at every Tuesday."),
        ("p", "Your place on the Burnholt Parenting Together course will be held back until your case has "
              "transferred to Hallowfield on 17/11/2025."),
        ("p", "I will finish the parenting assessment with you both by 07/11/2025, before you move, and send you "
              "and Hallowfield's social worker a copy of my report."),
        ("p", "I will send Hallowfield this plan, my assessment and Callum's chronology by 10/11/2025, keep "
              "Hallowfield's written receipt on Callum's file, and come to the transfer-in conference to report on "
              "every part of this plan."),
        ("boldp", "If things go wrong"),
        ("p", "If Callum loses weight at two weighs in a row, Stuart drinks while he is caring for Callum, or the "
              "police are called to another argument, Callum will go to stay with Janice at 4 Sycamore Rise that "
              "day and I will hold a strategy discussion with the police the same day. If Janice cannot have "
              "him, I will arrange a foster placement for Callum that day, and you will be able to see him every "
              "day. If Callum has not gained weight by the transfer-in conference, or Dr Anand's report says "
              "Leah cannot make the changes in time, I will ask my manager, Tom Reilly, for a legal planning "
              "meeting within five working days."),
        ("boldp", "Meetings"),
        ("p", "The core group (the two of you, Janice, Carla, Ruth, Dan and me) will meet every three weeks at "
              "Burnholt Children's Centre, on Tuesdays 28/10/2025 and 18/11/2025 at 11am. The review child "
              "protection conference is booked for Tuesday 13/01/2026 at Burnholt Civic Centre; Hallowfield may "
              "hold it instead once the transfer is complete."),
        ("p", "If anything in this letter is unclear, or you do not agree with it, please ring me on 01632 960 "
              "418. You can also ask an advocate from Burnholt Family Rights to help you."),
        ("p", "Yours sincerely,"),
        ("pl", "Priya Lal"),
        ("pl", "Social worker, Safeguarding Team North"),
        ("pl", "Copies: Angela Frew (chair); Carla Benn (HV); Ruth Cole and Dr Femi Anand (Burnholt Perinatal "
               "Mental Health Team); Dan Hurst (Burnholt Recovery Service); Dr Ian Yusuf (GP); Janice Moran"),
    ],
    "findings": [
        F("F002", "will feel less stressed and get on better as a couple"),
        F("T002", "will call in when she can to weigh Callum"),
        F("H001", "every Thursday to support you with your anxiety"),
        F("M002", "will keep an eye on Stuart's mood at his monthly"),
        F("X001", "Parenting Together course will be held back until your case"),
        F("W001", "Parenting Together course will be held back until your case"),
        F("M001", "Parenting Together course will be held back until your case"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Review plan, father (sole carer) with depression and drinking, a
#    6-year-old. Plain-text action log export with no outcome anywhere and
#    actions mostly about the father's own needs. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b101_bessmere_rcpc_action_log_export_ferrier.txt",
    "split": "tune",
    "actions": 7,
    "template": "rcpc-plain-text-action-log-export-upper-case-sections-details-reasons-childs-views-then-bracketed-numbered-actions-with-dotted-lead-target-evidence-fields-if-things-get-worse-meetings",
    "description": (
        "First review conference plan for a 6-year-old whose father, her sole carer, has depression "
        "and has been drinking since he lost his job. A plain-text action log export with dotted "
        "Lead, Target and Evidence fields. There is no outcome for Skye anywhere, and five of the "
        "seven actions are about Martin's own needs with no link to her. Faults: the housing letter "
        "is 'TBC'; cutting down drinking has no target and only 'feels better'; the depression and "
        "drinking are recorded but no adult service owns an action; the contingency is 'the core "
        "group will discuss', with no legal step; the review conference is 'to be arranged'."
    ),
    "text": """\
BESSMERE CHILDREN'S HUB                                   ACTION LOG EXPORT
Case: SKYE FERRIER (CH-448190)                   Exported 03/10/2025 14:22
-------------------------------------------------------------------------

DETAILS
Child ............ Skye Ferrier, DOB 19/05/2019 (6), Year 2, Bessmere
                   Infant School
Address .......... 7 Pelham Court, Bessmere BS8 2JU
Father ........... Martin Ferrier (45), sole carer since March 2024
Mother ........... Nicola Baird, lives in Dundee; phones Skye most Sundays
Category ......... Neglect
Conference ....... First review child protection conference, 02/10/2025
                   Chair: Derek Amis
Social worker .... Lucy Brand, Children's Hub Team 3

REASONS FOR PLAN
Martin has had depression since Nicola left in March 2024. He lost his job
at the warehouse in June 2025 and has been drinking most afternoons since.
On 12/07/2025 Skye was not collected from school; Martin was found asleep at
home and smelled of alcohol. Skye has since been late or absent on 14 days
and has come in with the same clothes on for several days. There are rent
arrears of 1,900 pounds and Martin has had a notice from the housing
association. He has told his GP about his low mood but is not taking any
medication.

SKYE'S VIEWS
Seen on her own at school on 26/09/2025. Skye said she likes it when Daddy
makes pancakes on Saturdays and walks her to school. She said she gets
scared when he sleeps on the sofa in the afternoon and "won't wake up", and
that she made her own tea "with crisps and a yoghurt" on the day nobody
came to school for her. She said she misses her mum.

ACTIONS
[1] Martin to go to his GP about his low mood and his sleep
    Lead ......... Martin Ferrier (Dad)
    Target ....... 20/10/2025
    Evidence ..... Appointment card shown to the SW

[2] Help Martin apply for Universal Credit and a council tax reduction
    Lead ......... Tina Howe, family support worker
    Target ....... 31/10/2025
    Evidence ..... Claim confirmation letter on file

[3] Martin to self-refer to Bessmere Talking Space for counselling
    Lead ......... Martin Ferrier (Dad)
    Target ....... 24/10/2025
    Evidence ..... Acknowledgement letter from Talking Space

[4] Help Martin write to Pelham Housing about his rent arrears
    Lead ......... Lucy Brand, social worker
    Target ....... TBC
    Evidence ..... Copy of the letter on file

[5] Martin to cut down his drinking
    Lead ......... Martin Ferrier (Dad)
    Target ....... -
    Evidence ..... Martin feels better

[6] Visit Skye at home and see her on her own at each visit
    Lead ......... Lucy Brand, social worker
    Target ....... Every week from 06/10/2025
    Evidence ..... Visit records show Skye seen alone, with her words
                   written down

[7] Check Skye's attendance and how she presents each morning, and phone
    the SW the same day if she is absent or unkempt
    Lead ......... Mrs Jan Okoro, DSL, Bessmere Infant School
    Target ....... Every school day
    Evidence ..... Attendance printout emailed to the SW every Friday

IF THINGS GET WORSE
If things get worse at home, the core group will discuss what to do next.

MEETINGS
Core group ....... Monthly, Bessmere Children's Hub
Review CPC ....... To be arranged
-------------------------------------------------------------------------
END OF EXPORT
""",
    "findings": [
        F("T002", "Help Martin write to Pelham Housing about his rent arrears"),
        F("T001", "Martin to cut down his drinking"),
        F("M002", "Martin to cut down his drinking"),
        F("O001"),
        F("F001"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
