"""Batch 87, module g: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: measures and outcomes in unfamiliar forms. Measure columns headed in
ordinary words ("What will be different", "How we'll see it", "Evidence",
"So that..."), measures written on their own line under each action (inside
the action cell of a PDF table, and as "Evidence:" lines in a typed plan),
scaling numbers as measures ("Chantelle scores mornings 7/10 and Dean
agrees"), and measures that are only a promise, only a purpose or cannot be
observed, beside measures that truly can be. Outcomes stated under headings
no template uses ("When this plan has worked..."), only in the family's or
the child's own words, or merged down the first column; one core group task
list with no outcome for the children at all (O001). A father's current
cannabis and cocaine use with no adult service owning an action (F004), and a
mother's past low mood and a negated history of drink, drugs and mental ill
health in two other plans (not F004). Three docx, two PDFs (header and page
footer), one markdown and one plain-text plan; two are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, premature baby and a 4-year-old, father using cannabis and
#    cocaine. Outcomes under "When this plan has worked...", a four-column
#    table whose measure column is "What will be different". No contingency
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_gathmoor_icpc_what_will_be_different_table_pryce.docx",
    "doc_title": "Initial Child Protection Plan - Poppy Tulley and Kai Pryce",
    "split": "tune",
    "actions": 8,
    "template": "icpc-word-plan-details-list-why-going-well-childrens-day-then-when-this-plan-has-worked-outcome-bullets-then-what-needs-to-happen-who-by-when-what-will-be-different-table-no-contingency",
    "description": (
        "Initial conference plan for a baby born at 31 weeks (now 11 weeks) and her 4-year-old brother; "
        "neglect, the father smokes cannabis daily and uses cocaine at weekends. The measure column is "
        "headed 'What will be different': a promise ('Chantelle will make sure she gets there this time'), "
        "'Ryan feels calmer' beside observable weights, sleep checks and a 7/10 scaling score agreed by "
        "the family support worker. A self-referral 'When he feels ready', routines work 'Ongoing', a "
        "passive nursery row with no owner; one outcome is only about the father; no drug service owns "
        "an action; there is no contingency and so no legal step."
    ),
    "blocks": [
        ("title", "Initial Child Protection Plan"),
        ("p", "Gathmoor City Council · Children's Social Care · Safeguarding Team North"),
        ("kv", [
            ("Children", "Poppy Tulley, DOB 30/04/2025 (11 weeks; born at 31 weeks, corrected age 2 weeks); "
                         "Kai Pryce, DOB 02/03/2021 (4)"),
            ("Address", "Flat 3, 41 Kestrel Road, Gathmoor GM6 2PL"),
            ("Mother", "Chantelle Pryce (23)"),
            ("Poppy's father", "Ryan Tulley (26), lives at the address"),
            ("Kai's father", "Jordan Wilde, no contact since 2022"),
            ("Category", "Neglect (both children)"),
            ("Initial conference", "17/07/2025, chaired by Marion Cottle"),
            ("Social worker", "Gemma Askew (team manager: Paul Renshaw)"),
            ("Health visitor", "Sian Morley, Gathmoor 0-19 Service"),
        ]),
        ("h1", "Why Poppy and Kai need a plan"),
        ("p", "Poppy was born at 31 weeks at Gathmoor General Hospital and spent five weeks on the neonatal unit. "
              "Since she came home on 06/06/2025 she has missed two neonatal follow-up appointments and her "
              "weight has dropped from the 25th centile to below the 9th (corrected). On 27/06/2025 police went "
              "to the flat after a neighbour heard shouting; officers smelled cannabis and found Poppy asleep on "
              "the sofa wedged between two cushions."),
        ("p", "Ryan told the social worker that he smokes cannabis every day, including in the flat, and uses "
              "cocaine most weekends. He says he has tried to cut down on his own and does not want \"to be "
              "labelled\". Kai has been late or absent from Little Wrens Nursery on 14 of the last 30 days."),
        ("h1", "What's going well"),
        ("p", "Chantelle has kept every health visitor appointment since Poppy came home and follows the "
              "feeding plan when she is reminded. Kai is loving towards his mum and his sister, and nursery "
              "say he is bright and chatty. Chantelle's mum, Janice, lives on the next estate and phones most "
              "days."),
        ("h1", "Kai and Poppy's day"),
        ("p", "Kai (seen on his own at nursery, 10/07/2025): \"Daddy smokes in the kitchen and it's smelly. I "
              "sleep in Mummy's bed 'cause my bed has got clothes on it. I like nursery 'cause there's toast.\" "
              "He drew Poppy \"in her bouncer\" and said she \"cries a lot in the dark\"."),
        ("p", "Poppy was in her bouncer chair for the whole hour on both home visits. She fed well from the "
              "bottle Chantelle made up but took a long time to settle and was not winded. Her clothes were "
              "clean, and she calmed quickly when Chantelle held her against her shoulder."),
        ("h1", "When this plan has worked..."),
        ("bullets", [
            "Poppy is gaining weight and back on her centile line, and is taken to every neonatal clinic.",
            "Poppy sleeps on her back in her own Moses basket, in a flat nobody smokes in.",
            "Kai is at nursery every morning it is open, on time, with breakfast inside him.",
            "Ryan is off drugs and feels in control of his life.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "What will be different"],
            "widths": [5.6, 3.4, 3.0, 5.0],
            "rows": [
                ["HV to visit at home, weigh Poppy and check her feeds against the neonatal feeding plan",
                 "Sian Morley, health visitor", "Weekly until 12/09/2025, then every 2 weeks",
                 "Poppy's weight plotted in the red book at each visit, back on or above the 9th centile "
                 "(corrected) by 12/09/2025"],
                ["Take Poppy to all her neonatal follow-up appointments at Gathmoor General",
                 "Chantelle Pryce", "Every appointment (next one 05/08/2025)",
                 "Chantelle will make sure she gets there this time"],
                ["Safe sleep talk with both parents and a look at where Poppy sleeps, day and night",
                 "Sian Morley, health visitor", "By 25/07/2025",
                 "Poppy seen asleep on her back in her Moses basket at every HV and SW visit"],
                ["Ryan to stop smoking cannabis in the flat, on the balcony and in the car",
                 "Ryan Tulley", "From 17/07/2025", "Ryan feels calmer and less snappy"],
                ["Ryan to refer himself to the Gathmoor Recovery Hub for his cannabis and cocaine use",
                 "Ryan Tulley", "When he feels ready",
                 "The Hub confirms in writing to the SW that Ryan has an assessment date"],
                ["Visits to see Poppy and Kai, with Kai seen on his own and at least one visit a month "
                 "unannounced",
                 "Gemma Askew, social worker", "Every 10 working days",
                 "Visit record says what Kai told us, where Poppy slept and whether the flat smelled of "
                 "cannabis"],
                ["Kai's lateness and absence at nursery to be followed up with Chantelle",
                 "", "Weekly",
                 "Kai's attendance on the Little Wrens register is 90% or higher by the review"],
                ["Routines work at home: breakfast before nursery, bath and bedtime for Kai, night feeds "
                 "for Poppy",
                 "Dean Okafor, family support worker, Gathmoor Family Hub", "Ongoing",
                 "Chantelle scores mornings 7/10 on her scaling sheet and Dean agrees at his next visit"],
            ],
        }),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Gathmoor Family Hub, 10am: 31/07/2025, 28/08/2025 and 25/09/2025.",
            "Review child protection conference: 09/10/2025, 2pm, Gathmoor Civic Centre, Room 3.",
        ]),
        ("p", "Plan agreed at the initial conference on 17/07/2025. Copies to Chantelle Pryce, Ryan Tulley, "
              "Little Wrens Nursery, the health visitor, Gathmoor General neonatal follow-up team and Kestrel "
              "Road Surgery."),
    ],
    "findings": [
        F("M001", "Take Poppy to all her neonatal follow-up appointments"),
        F("M002", "Ryan to stop smoking cannabis in the flat"),
        F("T002", "Ryan to refer himself to the Gathmoor Recovery Hub"),
        F("W001", "Kai's lateness and absence at nursery to be followed up"),
        F("T002", "Routines work at home: breakfast before nursery, bath and bedtime"),
        F("F002", "Ryan is off drugs and feels in control of his life."),
        F("F004"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review plan after domestic abuse, two children. Three-column table whose
#    action cell carries a second line "How we'll see it: ...". Mother's past
#    low mood (not current). Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_glinderby_rcpc_measure_line_in_action_cell_nowak.pdf",
    "doc_title": "Review Child Protection Plan - Zofia Nowak and Leo Bright",
    "split": "tune",
    "actions": 7,
    "template": "rcpc-word-plan-printed-to-pdf-numbered-sections-childrens-words-first-where-we-want-to-get-to-then-three-column-table-action-cell-with-how-well-see-it-second-line-who-when-if-things-go-wrong-meetings",
    "description": (
        "Exemplary review conference plan for a 12-year-old and a 7-year-old after their mother's partner's "
        "violence (he has moved out; non-molestation order). A Word plan printed to PDF with a header and "
        "page footer; the table has three columns and each action cell carries its measure on a second "
        "line, 'How we'll see it: ...', including the girl's own 0-10 scaling. The mother's low mood in "
        "2013 is past, with no current concern. The grandmother supervises contact and the contingency "
        "covers her not being able to; triggers, police, a strategy discussion and a legal planning "
        "meeting are set, with core group and review dates."
    ),
    "header": "OFFICIAL-SENSITIVE | Glinderby Borough Council | Family Safeguarding",
    "footer": "Review CP plan – Nowak and Bright children – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Glinderby Borough Council · Children's Services · Family Safeguarding Team 2"),
        ("kv", [
            ("Children", "Zofia Nowak, DOB 09/02/2013 (12); Leo Bright, DOB 17/11/2017 (7)"),
            ("Address", "Held on the case record (non-molestation order in force)"),
            ("Mother", "Agnieszka Nowak (36)"),
            ("Leo's father", "Craig Bright (39), living with his mother Irene Bright in Rydal Close"),
            ("Zofia's father", "Marek Nowak, lives in Poznań, video calls on Sundays"),
            ("Category", "Emotional abuse (both children)"),
            ("Conferences", "Initial 12/06/2025; first review 04/09/2025"),
            ("Chair", "Deborah Quayle"),
            ("Social worker", "Hannah Okonjo"),
        ]),
        ("h1", "1. What Zofia and Leo have told us"),
        ("p", "Zofia (seen on her own at school, 27/08/2025): \"It's quieter now Craig's gone. I still check the "
              "front door's locked before bed, like three times. I don't want to see him yet, maybe later. I "
              "want Mum to stop jumping when her phone goes.\" She scored \"how safe I feel at home\" 5 out of "
              "10; in June it was 3."),
        ("p", "Leo (seen at home, 29/08/2025): \"I like Saturdays at Nanna Irene's 'cause Dad does Lego with me. "
              "I don't like it when Dad and Mum shout.\" He drew his house with \"a big lock\" on the door and "
              "put himself and Mum inside it."),
        ("h1", "2. What has changed since June"),
        ("p", "Craig moved out on 13/06/2025. A non-molestation order was made on 14/07/2025 and runs until "
              "14/01/2026. There have been no police call-outs to the family home since 09/06/2025. Craig has a "
              "place on the Turning Point programme from September. Zofia's attendance is back up to 97%."),
        ("h1", "3. What we are still worried about"),
        ("bullets", [
            "Craig texted Agnieszka 23 times in July and August; she reported this to the police on 20/08/2025.",
            "Zofia is anxious at night, checks the locks again and again and is tired at school.",
            "Leo acts out shouting and hitting in his play, and has hit two children in the playground since June.",
            "Agnieszka is on her own with the children, worries about money and has few friends nearby.",
        ]),
        ("p", "Agnieszka saw her GP for low mood after Zofia was born in 2013 and had six sessions of "
              "counselling. She has had no treatment since then, and no agency has any concern about her "
              "mental health now."),
        ("h1", "4. Where we want Zofia and Leo to get to"),
        ("bullets", [
            "Zofia: \"To stop checking the door.\" Zofia goes to bed without checking the locks and scores "
            "feeling safe at home 7/10 or more.",
            "Leo: \"No more shouting.\" Leo lives in a home without shouting or violence, and goes a whole "
            "half-term without hitting anyone at school.",
            "Both children see their dads only in the way agreed, and know the contact plan.",
        ]),
        ("h1", "5. The plan"),
        ("table", {
            "header": ["What will happen, and how we'll see it", "Who", "When"],
            "widths": [9.4, 4.2, 3.4],
            "rows": [
                ["Visit Zofia and Leo at home and see each of them on their own at least once a month.\n"
                 "How we'll see it: visit records on LCS show both children seen, each seen alone monthly, "
                 "and their own words written down.",
                 "Hannah Okonjo, social worker", "Every 3 weeks until the review conference"],
                ["Keep the non-molestation order in place, and call 999 if Craig comes to the house or to "
                 "either school.\nHow we'll see it: every breach or call is logged by Glinderby Police and "
                 "shared with the SW within 24 hours.",
                 "Agnieszka Nowak, with PC Dale Whitcombe, Glinderby Police DA Unit",
                 "Order in force to 14/01/2026; calls shared the same day"],
                ["Craig to complete the Turning Point domestic abuse perpetrator programme (24 weeks).\n"
                 "How we'll see it: attendance record, and a mid-point report to the core group that includes "
                 "Craig's own account of the harm to the children.",
                 "Craig Bright; report by Nadia Lowe, Turning Point facilitator",
                 "Weekly from 02/09/2025; report by 18/11/2025"],
                ["Supervise Leo's Saturday contact with his dad at Irene's house.\n"
                 "How we'll see it: Irene signs the contact log after every visit and sends a photo of it to "
                 "the SW the same evening.",
                 "Irene Bright (paternal grandmother)", "Every Saturday, 10am to 1pm"],
                ["One-to-one Safe Spaces sessions with Zofia at school about worry and sleep.\n"
                 "How we'll see it: Zofia's own score for \"how safe I feel at bedtime\" written down each "
                 "session, 7/10 or more by the review; mentor's note to the SW every 4 weeks.",
                 "Tariq Hussain, learning mentor, Glinderby Academy", "Weekly from 08/09/2025, 10 sessions"],
                ["Leo's class teacher to record any talk or play about fighting, and his attendance.\n"
                 "How we'll see it: a weekly log to the SW; no playground hitting for a half-term; attendance "
                 "above 95%.",
                 "Laura Penhale, class teacher, St Bede's Primary", "Log every Friday"],
                ["Review Agnieszka's safety plan with her, including bedtime, the school run and what the "
                 "children do if Craig turns up.\nHow we'll see it: updated written safety plan copied to the "
                 "SW, with the DASH score recorded.",
                 "Rhian Carter, IDVA, Glinderby Domestic Abuse Service",
                 "By 12/09/2025, then every 8 weeks"],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If Craig comes to the house or either school, or contacts Agnieszka or the children outside the "
              "agreed contact, Agnieszka will call 999 and the police will attend. Hannah will hold a strategy "
              "discussion the same day, and Saturday contact will stop until the core group has met."),
        ("p", "If Irene cannot supervise on a Saturday, or leaves Craig and Leo alone at any point, there is no "
              "contact that week; Hannah will arrange supervised contact at Glinderby Family Centre within 5 "
              "working days instead."),
        ("p", "If there is a further incident of violence, or Craig leaves the programme, Hannah will request a "
              "legal planning meeting with the team manager within 5 working days."),
        ("h1", "7. Meetings"),
        ("bullets", [
            "Core group every 6 weeks at Glinderby Academy, 3.30pm: 23/09/2025, 04/11/2025 and 16/12/2025.",
            "Next review child protection conference: 15/01/2026, 10am, Glinderby Town Hall.",
        ]),
        ("p", "Copies to Agnieszka Nowak, Craig Bright (sections 5 to 7 only, with the address removed), Irene "
              "Bright, Glinderby Academy, St Bede's Primary, Glinderby Police DA Unit, the IDVA service and "
              "Turning Point."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Core group task list, neglect, three children. Markdown table with an
#    "Evidence" column; no outcome for the children anywhere and no child's
#    voice; a negated history of drink, drugs and mental ill health (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_gorrandale_core_group_task_list_evidence_column_harker.md",
    "split": "tune",
    "actions": 9,
    "template": "core-group-markdown-task-list-details-table-why-on-a-plan-then-number-task-person-by-evidence-table-if-things-get-worse-next-meetings-no-outcomes",
    "description": (
        "Core group plan for three children aged 9, 6 and 3 (neglect: home conditions, damp, beds, teeth, "
        "attendance), kept as a markdown task list. The 'Evidence' column holds a promise ('Kerry says she "
        "will get it done'), 'Engagement with sessions', an empty cell for a speech assessment and "
        "'Monitored' on a 'Professionals' row that runs 'Throughout the plan', beside register, visit-note "
        "and letter evidence. A skip 'ASAP' and dental check-ups with no date. The plan states no outcome "
        "for the children and records nothing they said or feel; drink, drugs and mental ill health are "
        "only mentioned to say there is no concern."
    ),
    "text": """\
# Core Group Plan – Harker children

**Gorrandale Council · Children's Services · Locality Team East**
Updated at the first core group meeting, 24/07/2025 (initial conference 10/07/2025).

| Detail | |
|---|---|
| Children | Tyler Harker (9), Mason Harker (6), Ava Harker (3) |
| Address | 16 Beckside Walk, Gorrandale GR4 9JT |
| Mother | Kerry Harker (30) |
| Fathers | Dean Harker (Tyler and Mason), prison until 2026; Ava's father not involved |
| Category | Neglect |
| Social worker | Lauren Pike |
| Family support worker | Toni Barraclough, Beckside Family Hub |
| Schools | Gorrandale Primary (Tyler Y5, Mason Y2); Bumblebees Nursery (Ava) |

## Why the children are on a plan

At the initial conference the house was found to have rubbish bags piled in the kitchen and the back
garden, black mould on the walls of the boys' bedroom, and no working cooker for three weeks. There
are two beds in the house for four people. Mason has four decayed teeth and none of the children is
registered with a dentist. Tyler's attendance was 83% last year.

No agency has raised any concern about alcohol or drug use, and Kerry has no history of mental health
difficulties. She says she "let things slide" after Dean went to prison.

## Tasks agreed at core group

| # | Task | Person | By | Evidence |
|---|---|---|---|---|
| 1 | Home visits to see all three children, including their bedrooms and the fridge | Lauren Pike (SW) | Every 2 weeks | Visit notes record each child seen and what food was in |
| 2 | Clear the back bedroom so Tyler and Mason have a bed each | Kerry | By 15/08/2025 | Kerry says she will get it done |
| 3 | Skip to be paid for from Section 17 to clear the back garden | Lauren Pike (SW) | ASAP | Skip delivered and garden clear at the next visit |
| 4 | Tyler, Mason and Ava at school or nursery every day, on time | Kerry | Daily from 03/09/2025 | 95% or more on the Gorrandale Primary and Bumblebees registers, checked by Lauren each fortnight |
| 5 | Dental check-ups for all three children and treatment for Mason's teeth | Kerry, with Toni (FSW) to book | | Letter from Castle Street Dental Practice to Lauren |
| 6 | Weekly sessions with Kerry on budgeting, meal planning and a cleaning rota | Toni Barraclough (FSW) | Weekly, 12 sessions from 04/08/2025 | Engagement with sessions |
| 7 | Ava's speech and language to be assessed | Moira Dunn (HV) | By 30/09/2025 | |
| 8 | Keep an eye on the children's presentation and pass on any worries | Professionals | Throughout the plan | Monitored |
| 9 | Letter to Moorside Homes about the damp and mould in the boys' bedroom | Lauren Pike (SW) | By 08/08/2025 | Copy of the letter on file and a repair date from Moorside Homes |

## If things get worse

If the house is in the same state at two visits in a row, or any of the children misses three days of
school or nursery in a fortnight without a reason, Lauren will hold a strategy discussion the same day
and ask the team manager for a legal planning meeting within 10 working days. If any child has an injury
that is not explained, Lauren will call the police and arrange a child protection medical the same day.

## Next meetings

- Core group: every 4 weeks, 21/08/2025 and 18/09/2025, 4pm at Gorrandale Primary.
- Review child protection conference: 02/10/2025, 10am, Gorrandale Civic Offices.
""",
    "findings": [
        F("M001", "Clear the back bedroom so Tyler and Mason"),
        F("T002", "Skip to be paid for from Section 17"),
        F("T001", "Dental check-ups for all three children"),
        F("M002", "Weekly sessions with Kerry on budgeting, meal planning"),
        F("M001", "Ava's speech and language to be assessed"),
        F("W002", "Keep an eye on the children's presentation"),
        F("T002", "Keep an eye on the children's presentation"),
        F("M002", "Keep an eye on the children's presentation"),
        F("O001"),
        F("F003"),
    ],
})


# ---------------------------------------------------------------------------
# 4. ICPC plan, mother on methadone using heroin on top, baby and toddler,
#    family about to move to another authority. Typed plan: numbered actions
#    with "Who:", "When:" and "Evidence:" lines under each (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_gulveston_icpc_transfer_evidence_lines_stansfield.txt",
    "split": "tune",
    "actions": 10,
    "template": "icpc-typed-plain-text-upper-case-headings-details-lines-worries-childrens-days-going-well-what-life-should-be-like-then-numbered-actions-with-who-when-evidence-lines-under-each-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 2-year-old and an 8-week-old whose mother is on methadone and has "
        "used heroin on top; the family is moving to another authority. A typed plain-text plan: each "
        "numbered action has 'Who:', 'When:' and 'Evidence:' lines under it. The parenting assessment is "
        "left 'TBC' until the case has transferred and the nursery referral is on hold 'When the family is "
        "settled'; a promise as evidence for locked-away methadone, 'Jayden enjoys his Fridays' and 'keep "
        "an eye on things' as evidence for the grandfather's and aunt's help, the aunt 'As often as she "
        "can'. The drug service owns an action. The contingency sends the children to the grandfather "
        "but says nothing of the family's help failing."
    ),
    "text": """\
GULVESTON BOROUGH COUNCIL
CHILDREN'S SOCIAL CARE - ASSESSMENT AND INTERVENTION TEAM 3

CHILD PROTECTION PLAN
Agreed at the initial child protection conference, 18/07/2025
(typed from the conference record by the social worker)

Children:        Jayden Stansfield, DOB 21/05/2023 (2)
                 Lily-Rose Stansfield, DOB 22/05/2025 (8 weeks)
Mother:          Leanne Stansfield (31)
Fathers:         not named on either birth certificate; not involved
Address:         7 Baltic Terrace, Gulveston GV2 8DD (moving to Brantmoor, mid-August 2025)
Category:        Neglect (both children)
Chair:           Frances Doherty
Social worker:   Aisha Rahman
Health visitor:  Bernie Coles


WHY WE ARE WORRIED

Leanne has had a methadone script from the Gulveston Drug and Alcohol Service (GDAS)
since 2021. Since Lily-Rose was born she has used heroin on top at least three times:
she told her keyworker, and two urine screens in June were positive. On 30/06/2025
police found Leanne asleep on the sofa at 2pm, with Lily-Rose crying in her pram and
Jayden in a heavy nappy eating dry cereal off the floor. A methadone bottle was on
the kitchen table within Jayden's reach.

Leanne has been offered a housing association flat in Brantmoor, near her sister
Kirsty, and plans to move in mid-August. Brantmoor City Council has been told.


WHAT THE CHILDREN'S DAYS ARE LIKE

Jayden has a few words. On the home visit on 08/07/2025 he ran to Aisha with an empty
beaker saying "juice, juice", and he stayed close to Leanne, holding on to her leg
when Aisha spoke to her. At Grandad Tony's on 12/07/2025 he played with the dog,
laughed and ate a full plate of pasta.

Lily-Rose is 8 weeks old. On both visits she was in her pram in the living room. She
fed hungrily, was in a wet nappy, and settled when Leanne held her close and talked
to her.


WHAT IS GOING WELL

Leanne told her keyworker herself about using on top. She picks up her methadone
every day and has not missed a dose since April. The children are warm and their
clothes are clean. Her dad Tony and her sister Kirsty want to help.


WHAT LIFE SHOULD BE LIKE FOR JAYDEN AND LILY-ROSE

 - Lily-Rose is fed on time, gains weight and sleeps safely on her back in her own cot.
 - Jayden is looked after by an adult who is awake, sober and watching him, and he
   never finds medicine or drugs.
 - Both children are seen by the same workers through the move, and nothing in their
   plan is dropped when they go to live in Brantmoor.


THE PLAN
(who, when and the evidence are on the lines under each action)

1. Visit Jayden and Lily-Rose at home, with one visit a month unannounced.
   Who:      Aisha Rahman, social worker (Gulveston)
   When:     Weekly until the Brantmoor transfer-in conference
   Evidence: visit notes show both children seen, where Lily-Rose sleeps, and that
             the methadone is locked away

2. Urine screens and a methadone dose review for Leanne; the keyworker to report on
   whether she is using on top and what that means for her care of the children.
   Who:      Paul Fenton, keyworker, Gulveston Drug and Alcohol Service
   When:     Screens every 2 weeks; written report before each core group
   Evidence: screen results and the keyworker's report sent to the SW

3. Parenting assessment of Leanne, including observed care of both children.
   Who:      TBC
   When:     Once the case has transferred to Brantmoor
   Evidence: assessment report to the core group

4. Weigh Lily-Rose and check her feeding and where she sleeps.
   Who:      Bernie Coles, health visitor
   When:     Every 2 weeks; face-to-face handover to the Brantmoor HV before the move
   Evidence: weights in the red book on or above the 25th centile; handover note
             copied to the SW

5. Nursery referral for Jayden (15 funded hours) put on hold until the family has
   moved to Brantmoor.
   Who:      Aisha Rahman, social worker
   When:     When the family is settled
   Evidence: nursery place offered, with a start date

6. Keep the methadone in the locked box, out of Jayden's reach, at all times.
   Who:      Leanne Stansfield
   When:     Every day, from 18/07/2025
   Evidence: Leanne has promised to do this

7. Daily supervised methadone consumption at the chemist.
   Who:      Leanne, with Harbour Road Pharmacy
   When:     Daily
   Evidence: the pharmacy tells the GDAS keyworker of any missed dose within 24 hours

8. Grandad Tony to have Jayden overnight on Fridays so Leanne gets a rest.
   Who:      Tony Stansfield (maternal grandfather)
   When:     Every Friday night
   Evidence: Jayden enjoys his Fridays with Grandad

9. Auntie Kirsty to pop in on Leanne and the children and help with the move.
   Who:      Kirsty Stansfield (maternal aunt)
   When:     As often as she can
   Evidence: Kirsty to keep an eye on things

10. Ask Brantmoor for a transfer-in conference and send them the full file.
   Who:      Aisha Rahman, social worker
   When:     By 15/08/2025, or within 5 working days of the move if that is sooner
   Evidence: Brantmoor confirms the transfer-in conference date in writing


IF THINGS GO WRONG

If a urine screen shows heroin, or Leanne is found drowsy or under the influence while
she has the children, Aisha will hold a strategy discussion the same day and the
children will stay at Grandad Tony's until it is safe for them to go home. If this
happens twice, Aisha will ask for a legal planning meeting within 5 working days.


MEETINGS

Core group: every 2 weeks until the family moves, first on 01/08/2025, 1pm, Baltic
Terrace Children's Centre.
Review conference: 16/10/2025 in Gulveston, unless Brantmoor has held its transfer-in
conference before then.
""",
    "findings": [
        F("X001", "Parenting assessment of Leanne, including observed care of both children"),
        F("W002", "Parenting assessment of Leanne, including observed care of both children"),
        F("X001", "Nursery referral for Jayden (15 funded hours) put on hold"),
        F("T002", "Nursery referral for Jayden (15 funded hours) put on hold"),
        F("M001", "Keep the methadone in the locked box, out of Jayden's reach"),
        F("M002", "Grandad Tony to have Jayden overnight on Fridays"),
        F("T002", "Auntie Kirsty to pop in on Leanne and the children"),
        F("M002", "Auntie Kirsty to pop in on Leanne and the children"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Looked-after premature baby on the neonatal unit, mother with a current
#    perinatal mental illness. Outcome column "What will be different for Ada"
#    merged down, measure column "How we'll see it". Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_ginnerbrook_nicu_lac_merged_outcome_column_adeyemi.docx",
    "doc_title": "Child Protection Plan - Ada Adeyemi-Kerr",
    "split": "tune",
    "actions": 8,
    "template": "cp-plan-looked-after-baby-in-hospital-details-list-adas-day-on-the-unit-worries-then-five-column-table-what-will-be-different-for-ada-merged-down-what-needs-to-happen-who-when-how-well-see-it-contingency-meetings",
    "description": (
        "Exemplary child protection plan for a 5-week-old born at 29 weeks, accommodated under section 20 "
        "and still on the neonatal unit; her mother has a current perinatal mental illness. The first "
        "column, 'What will be different for Ada', is merged down three groups of rows and the measure "
        "column is headed 'How we'll see it'. The SW visits the unit twice a week, the perinatal "
        "psychiatrist reports on capacity to change and the CPN assesses and reports; every row has a "
        "named owner, a timescale and an observable measure; the contingency names triggers, foster "
        "carers and a legal planning meeting; dates are set."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Ginnerbrook County Council · Children's Services · Children in Care and Safeguarding (South)"),
        ("kv", [
            ("Child", "Ada Adeyemi-Kerr, DOB 18/07/2025 (5 weeks; born at 29 weeks)"),
            ("Where Ada is", "Neonatal Intensive Care Unit, Ginnerbrook Royal Infirmary (cot 14, special care bay)"),
            ("Legal status", "Looked after, accommodated under section 20 since 21/07/2025 with both parents' consent"),
            ("Mother", "Grace Adeyemi (24)"),
            ("Father", "Daniel Kerr (27)"),
            ("Category", "Neglect (risk of)"),
            ("Plan agreed", "Initial child protection conference, 22/08/2025, chaired by Ian Rowntree"),
            ("Social worker", "Sophie Brennan"),
            ("IRO", "Maxine Doyle"),
        ]),
        ("h1", "Ada's day on the unit"),
        ("p", "Ada is in an open cot and fed by tube every three hours, with one bottle a day as she learns to "
              "suck. Her named nurse, Bola, says she settles fastest on skin-to-skin with Daniel, and that she "
              "startles and cries when the ward is loud. When Grace is well, Ada turns towards her voice. On "
              "the SW's visit on 19/08/2025 Ada slept on Daniel's chest for the whole hour and fed well by tube "
              "afterwards. She has gained 180g in the last week."),
        ("h1", "What we are worried about"),
        ("p", "Grace has a psychotic illness which began in late pregnancy. She is under the Ginnerbrook "
              "Perinatal Mental Health Service and takes antipsychotic medication. On 20/07/2025, two days after "
              "Ada was born, Grace tried to take her off the unit at night, saying Ada \"was not safe with the "
              "nurses\". Grace has been much better since her medication was changed, but the psychiatrist says "
              "it is too early to know whether this will last. Daniel works full time and has not yet looked "
              "after a baby on his own."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will be different for Ada", "What needs to happen", "Who", "When",
                       "How we'll see it"],
            "widths": [3.2, 4.4, 3.2, 2.8, 3.4],
            "rows": [
                ["Ada is seen often by people who know her, and her social worker knows how she is and who "
                 "visits her.",
                 "Visit Ada on the neonatal unit, talk to her nurse and see her held or fed",
                 "Sophie Brennan, social worker", "Twice a week (Tuesday and Friday) until discharge",
                 "Visit record on LCS after each visit with Ada's weight, feeds and who has visited her"],
                [V, "Grace and Daniel to visit and do Ada's cares (nappy, tube feed, skin-to-skin) with a nurse",
                 "Grace Adeyemi and Daniel Kerr, with the nurse in charge", "Daily, in the 10am to 4pm slots",
                 "Unit visiting log, sent to the SW every Friday"],
                ["When Ada leaves hospital she goes to a carer who can keep her safe, and Grace's illness "
                 "does not put her at risk.",
                 "Psychiatric review of Grace; report on her mental state, her insight, her capacity to "
                 "change and the likely timescale",
                 "Dr Meera Joshi, consultant perinatal psychiatrist, Ginnerbrook Perinatal Mental Health "
                 "Service", "By 26/09/2025, then before each core group",
                 "Written report to the SW and core group, with a view on whether Grace can safely care for "
                 "Ada"],
                [V, "CPN visits to Grace; assess and report on whether she is making the changes needed, and "
                    "on how she responds to Ada's cues when she visits",
                 "Kemi Lawal, CPN, Perinatal Mental Health Service", "Weekly",
                 "CPN report to each core group, with dates seen and what was observed of Grace with Ada"],
                [V, "Parenting assessment of Grace and Daniel, including cares observed on the unit",
                 "Sophie Brennan, SW, with Ruth Ellery, parenting assessor",
                 "Start 01/09/2025, complete by 17/10/2025",
                 "Assessment report shared with the core group by 17/10/2025"],
                ["Ada's health and development are followed from the unit to wherever she lives next.",
                 "Discharge planning meeting, including where Ada will live and who will care for her",
                 "Helen Marsh, neonatal discharge coordinator", "At least 2 weeks before discharge",
                 "Written discharge plan, agreed by the SW, sent to the core group and IRO"],
                [V, "Meet Ada and her parents on the unit and plan home visits after discharge",
                 "Angharad Rees, health visitor", "Before discharge",
                 "Contact written in the red book and a home visit schedule sent to the SW"],
                [V, "Initial health assessment for Ada as a looked-after child",
                 "Dr Priya Nair, designated doctor for looked-after children",
                 "By 18/09/2025 (within 28 days of accommodation)",
                 "IHA report on Ada's health record, copied to the SW and IRO"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Grace stops her medication, talks about Ada being in danger from staff, or Dr Joshi or the CPN "
              "advise that her mental state is worse, Grace will not have time alone with Ada; the nurse in "
              "charge will phone the SW and the SW will hold a strategy discussion the same day."),
        ("p", "If either parent tries to take Ada off the unit, the nurse in charge will call hospital security "
              "and the police straight away."),
        ("p", "If either parent withdraws section 20 consent, or the assessments say Ada cannot safely go home, "
              "the SW will request a legal planning meeting within 2 working days. Ada will then go from the "
              "unit to approved foster carers, Steve and Carol Whitby, who have met her on the unit."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks on the unit, 2pm: 04/09/2025, 02/10/2025 and 30/10/2025.",
            "Looked-after review: 03/09/2025 (IRO Maxine Doyle).",
            "Review child protection conference: 13/11/2025, 10am, Ginnerbrook County Hall.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Review plan, neglect, single father on nights. Outcomes only in the
#    family's own words; a "So that..." measure column with scaling scores
#    (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_gressholm_rcpc_so_that_column_family_words_lockwood.pdf",
    "doc_title": "Review Child Protection Plan - Mia and Alfie Lockwood",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-word-plan-printed-to-pdf-details-kv-in-mia-and-alfies-words-worries-then-what-shaun-mia-and-alfie-said-they-want-outcome-quotes-then-what-well-do-who-by-so-that-table-if-things-slip-meetings",
    "description": (
        "Review conference plan for a 10-year-old and a 6-year-old left alone at night while their father "
        "works nights. A Word plan printed to PDF with a header and page footer. Outcomes are only the "
        "family's own quotes, one of them only about the father. The measure column is headed 'So that...': "
        "scaling scores, registers and texts by 10pm beside 'monitored at night', 'feels more confident as "
        "a dad' and a young carers assessment with only a purpose. Benefits help 'As soon as possible', an "
        "'Everyone' row. Grandmother and uncle carry nights and school runs, but the contingency only says "
        "the core group will meet and consider next steps, including legal advice."
    ),
    "header": "Gressholm District Council | Children's Services | OFFICIAL - SENSITIVE",
    "footer": "Lockwood children – review child protection plan – {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Gressholm District Council · Children's Services · Safeguarding and Support Team B"),
        ("kv", [
            ("Children", "Mia Lockwood, DOB 04/01/2015 (10); Alfie Lockwood, DOB 26/06/2019 (6)"),
            ("Address", "22 Ferrier Street, Gressholm GS3 5QA"),
            ("Father", "Shaun Lockwood (38), sole carer since the children's mother left in 2023"),
            ("Mother", "Stacey Burton, lives in Spain, phone contact at Christmas and birthdays"),
            ("Family who help", "Pat Lockwood (paternal grandmother); Lee Lockwood (Shaun's brother)"),
            ("Category", "Neglect"),
            ("Conferences", "Initial 06/05/2025; first review 31/07/2025, chaired by Rukhsana Ali"),
            ("Social worker", "Kieran Doyle"),
        ]),
        ("h1", "In Mia and Alfie's words"),
        ("p", "Mia (seen on her own at home, 24/07/2025): \"When Dad's on nights I do Alfie's tea and put him to "
              "bed. I don't mind but I get scared when there's noises. I put the chair against the door.\" She "
              "scored \"nights at home\" 3 out of 10 and \"days at home\" 8 out of 10."),
        ("p", "Alfie (seen at school, 22/07/2025) said his best thing is \"Nana Pat's chips\" and his worst thing is "
              "\"when Mia shouts at me to go to bed\". He said Dad is \"the best at football\"."),
        ("h1", "What we are still worried about"),
        ("bullets", [
            "Shaun works nights at the distribution centre three or four times a week. On at least six nights "
            "since May the children were at home on their own from 9pm until 6am.",
            "Mia, at 10, is doing most of Alfie's care on those nights and is tired at school.",
            "Alfie has been late to school 19 times this term and has come in hungry and in a dirty jumper.",
            "Shaun is behind with the rent and the electricity and has not claimed help with childcare costs.",
        ]),
        ("h1", "What Shaun, Mia and Alfie said they want"),
        ("bullets", [
            "Mia: \"I want Dad home at night, or Nana, so I don't have to mind Alfie.\"",
            "Alfie: \"My tea at the proper time and a clean jumper for school.\"",
            "Shaun: \"I want to get a day job and stop feeling so stressed all the time.\"",
        ]),
        ("h1", "What we'll do"),
        ("table", {
            "header": ["What we'll do", "Who", "By", "So that..."],
            "widths": [8.2, 5.4, 4.6, 7.5],
            "rows": [
                ["Arrange care at home every night Shaun works, so the children are never alone overnight",
                 "Shaun Lockwood", "By 15/08/2025",
                 "A named adult is in the house every night Shaun works, seen at the SW's evening visits"],
                ["Unannounced evening visits to see who is looking after Mia and Alfie",
                 "Kieran Doyle, social worker", "Twice a month, after 9pm",
                 "Mia and Alfie are monitored at night"],
                ["Young carers assessment for Mia",
                 "Bev Slater, Gressholm Young Carers", "By 12/09/2025",
                 "Mia gets a break from looking after Alfie"],
                ["Sessions with Mia about what home is like at night, using her scaling sheet",
                 "Kieran Doyle, social worker", "Every 2 weeks",
                 "Mia scores 'nights at home' 7/10 or more (3/10 now) and Kieran agrees from what he sees "
                 "on evening visits"],
                ["Shaun to go to the Triple P parenting group at Gressholm Family Centre",
                 "Shaun Lockwood", "8 weekly sessions from 09/09/2025",
                 "Shaun feels more confident as a dad"],
                ["Help Shaun claim the childcare element of Universal Credit and ask his employer about "
                 "day shifts",
                 "Lisa Marr, family support worker", "As soon as possible",
                 "Lisa sees the award letter, and Shaun scores money worries 6/10 or better"],
                ["Record any morning Alfie is late, hungry or in dirty uniform",
                 "Joanne Pratt, DSL, Gressholm Primary", "Daily; log to the SW every Friday",
                 "Late marks fall to fewer than 2 a month on the register by the review"],
                ["Pass any worry about Mia or Alfie to the SW the same day",
                 "Everyone", "Same day",
                 "Each worry is logged on the children's file with the date and what was done"],
                ["Nana Pat to have the children at her house on Tuesday and Thursday nights",
                 "Pat Lockwood (paternal grandmother)", "Every Tuesday and Thursday night Shaun works",
                 "The children are never alone; Pat texts Kieran by 10pm on those nights"],
                ["Uncle Lee to do the school run on Monday mornings",
                 "Lee Lockwood (uncle)", "Every Monday",
                 "Alfie is marked present by 8.50am every Monday"],
            ],
        }),
        ("h1", "If things slip"),
        ("p", "If things don't improve at home, or the children are left on their own again, the core group will "
              "meet and consider next steps, including legal advice."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 6 weeks at Gressholm Primary, 9.15am: 11/09/2025, 23/10/2025 and 04/12/2025.",
            "Second review child protection conference: 15/01/2026, 1.30pm, Gressholm District Offices.",
        ]),
    ],
    "findings": [
        F("M002", "Unannounced evening visits to see who is looking after"),
        F("M001", "Young carers assessment for Mia"),
        F("M002", "Shaun to go to the Triple P parenting group"),
        F("T002", "Help Shaun claim the childcare element of Universal Credit"),
        F("W002", "Pass any worry about Mia or Alfie to the SW"),
        F("F002", "I want to get a day job and stop feeling so stressed all the time."),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Looked-after 13-year-old on a children's ward after an overdose, mother
#    with bipolar disorder. Outcomes are headings in the girl's own words,
#    each with bulleted actions ending "We'll know because: ..." (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b87_gadleigh_rcpc_lac_ward_outcomes_in_her_words_hollis.docx",
    "doc_title": "Review Child Protection Plan - Kayleigh Hollis",
    "split": "tune",
    "actions": 9,
    "template": "rcpc-looked-after-teenager-in-hospital-word-plan-details-kayleighs-views-worries-then-outcome-headings-in-her-own-words-each-with-bullets-action-who-when-well-know-because-contingency-meetings",
    "description": (
        "Review conference plan for a 13-year-old accommodated under section 20 with a foster carer and now "
        "on a children's ward after an overdose; her mother has bipolar disorder. Outcomes are headings in "
        "Kayleigh's own words, each with bulleted actions ending 'We'll know because: ...', some with her "
        "own 0-10 scores. CAMHS sessions 'Ongoing' with 'feels better', the CMHT only supporting the mother "
        "and the psychiatrist only reviewing her medication with 'mood is stable', the PEP 'As and when', "
        "discharge planning with no owner. Nobody is set to visit her on the ward, and the review conference "
        "date is to be confirmed."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("p", "Gadleigh Metropolitan Council · Children's Services · Children in Care Team 1"),
        ("kv", [
            ("Child", "Kayleigh Hollis, DOB 11/04/2012 (13)"),
            ("Legal status", "Looked after, accommodated under section 20 since 03/06/2025"),
            ("Placement", "Julie Marsh, Gadleigh foster carer, 9 Orchard Rise, Gadleigh"),
            ("Where Kayleigh is now", "Ward 12 (children's ward), Gadleigh General Hospital, since 12/08/2025"),
            ("Mother", "Nicola Hollis (40), lives at 58 Canal Side, Gadleigh"),
            ("Father", "Not known to Kayleigh; not named"),
            ("Category", "Neglect (plan since 14/03/2025)"),
            ("Review conference", "21/08/2025, chaired by Simon Achebe"),
            ("Social worker", "Natalie Brough"),
        ]),
        ("h1", "Kayleigh's views"),
        ("p", "Kayleigh spoke to her advocate from Gadleigh Children's Rights Service by video call from the ward "
              "on 19/08/2025. She said: \"I didn't want to die, I just wanted it all to stop for a bit. I miss "
              "Mum but she's not right at the minute. I like Julie's, she doesn't make a big deal. I want to go "
              "back to Fernlea and see my mates, not start somewhere new.\" She scored how she feels about being "
              "at Julie's 8/10, and school 4/10."),
        ("h1", "What we are worried about"),
        ("p", "Nicola has bipolar disorder. She was in Willow Ward, Gadleigh Hospital, in May and is now at home "
              "under the Gadleigh Community Mental Health Team. Before Kayleigh came into care she was often "
              "missing school to look after Nicola, and there was little food in the house. On 12/08/2025 "
              "Kayleigh took an overdose of paracetamol at Julie's and was admitted to Ward 12. She is "
              "medically well now but is waiting for a CAMHS assessment and may be moved to Larkspur House, "
              "the adolescent unit, if a bed is needed. The social worker has been phoning the ward for updates."),
        ("h1", "\u201cI want to feel OK in my own head and not end up back in hospital.\u201d"),
        ("bullets", [
            "CAMHS to assess Kayleigh on the ward and agree a safety plan with her. Who: Dr Ruth Okoye, CAMHS "
            "liaison. When: before discharge. We'll know because: a written safety plan signed by Kayleigh and "
            "copied to the SW and Julie.",
            "Lock away all medicines at home, including paracetamol. Who: Julie Marsh, foster carer. When: by the "
            "day of discharge. We'll know because: the SW sees the locked box at the first visit after discharge.",
            "CAMHS follow-up sessions with Kayleigh after discharge. Who: Gadleigh CAMHS. When: ongoing. We'll "
            "know because: Kayleigh feels better in herself.",
        ]),
        ("h1", "\u201cI want to see my mum, but not when she's poorly.\u201d"),
        ("bullets", [
            "Keep supporting Nicola with her bipolar disorder and her medication. Who: Steve Rowe, care "
            "coordinator, Gadleigh Community Mental Health Team. When: every 2 weeks. We'll know because: "
            "Nicola keeps her appointments (CMHT attendance record).",
            "Review Nicola's lithium and other medication. Who: Dr Alan Fisk, consultant psychiatrist. When: by "
            "30/09/2025. We'll know because: Nicola's mood is stable.",
            "Supervised contact with Mum at Gadleigh Family Centre once Kayleigh is back at Julie's. Who: Abi "
            "Linton, contact worker. When: twice a week from discharge. We'll know because: contact notes say "
            "how the time went and Kayleigh scores each contact out of 10.",
        ]),
        ("h1", "\u201cI want to go back to Fernlea and see my mates.\u201d"),
        ("bullets", [
            "Return-to-school plan, part-time at first. Who: Gareth Dobbs, head of Year 9, Fernlea School. When: "
            "within 2 weeks of discharge. We'll know because: Kayleigh scores school 6/10 or more and the SW "
            "agrees; attendance on the register.",
            "Make sure Kayleigh's PEP is brought up to date, including her time out of school. Who: Claire Rudd, "
            "designated teacher, Fernlea School. When: as and when. We'll know because: the updated PEP is sent "
            "to the virtual school and the SW.",
            "Discharge to be planned with the ward, Julie and CAMHS. Who: –. When: before discharge. We'll know "
            "because: a written discharge plan is copied to the SW and IRO.",
        ]),
        ("h1", "If Kayleigh is not safe"),
        ("p", "If Kayleigh harms herself again, talks about ending her life, or goes missing from the ward or from "
              "Julie's, the ward or Julie will call the police straight away and the SW will hold a strategy "
              "discussion the same day."),
        ("p", "If Nicola tries to take Kayleigh home from hospital or withdraws her section 20 consent, the SW will "
              "take legal advice the same day and request a legal planning meeting."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Fernlea School, 3.45pm; next meeting 18/09/2025.",
            "Looked-after review: 02/09/2025 (IRO Jennifer Oduya).",
            "Next review child protection conference: date to be confirmed once Kayleigh is discharged.",
        ]),
    ],
    "findings": [
        F("T002", "CAMHS follow-up sessions with Kayleigh after discharge"),
        F("M002", "CAMHS follow-up sessions with Kayleigh after discharge"),
        F("H001", "Keep supporting Nicola with her bipolar disorder and her medication"),
        F("H001", "Review Nicola's lithium and other medication"),
        F("M002", "Review Nicola's lithium and other medication"),
        F("T002", "Make sure Kayleigh's PEP is brought up to date"),
        F("W001", "Discharge to be planned with the ward, Julie and CAMHS"),
        F("L001"),
        F("R001"),
    ],
})
