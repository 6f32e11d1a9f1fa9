"""Batch 68, module n: seven fictional plans (held-out material), places beginning with "n".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: a broad mix of real-life plans, each in a different local authority's
template and voice - an initial conference plan, a review conference record,
a core group update, a Signs of Safety plan, a pre-birth plan, a plan written
in a child in need "step-down" template that is still a child protection plan,
and a plan for a looked-after baby in hospital. Two plans are exemplary; the
other five carry a mix of faults across most rules, with hard negatives beside
them (real timescales written loosely, CAMHS and drug services that only
support, actions kept going until a transfer-in conference, negated illness).
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial conference plan, classic Action | Who | By when | How we will
#    know table; mother's depression after an overdose, grandparents carry
#    the mornings (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_narrowby_icpc_classic_table_hurst.docx",
    "doc_title": "Initial Child Protection Conference Plan - Tyler and Evie Hurst",
    "split": "heldout",
    "actions": 13,
    "template": "icpc-plan-docx-kv-details-narrative-sections-then-action-who-by-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 10-year-old and a 3-year-old after their mother's overdose "
        "(recurrent depression, under the adult mental health team); the grandparents cover the mornings "
        "and weekends. Action | Who | By when | How we will know table. Faults: the AMHT care coordinator "
        "only supports (H001) while the psychiatrist's row asks for a capacity report; 'ASAP' (T002); 'All "
        "professionals' (W002); 'Monitored' (M002); a blank Who (W001); an assessment with no output "
        "(M001); an outcome about the mother only (F002); the contingency sends the children to the "
        "grandparents with no fallback if they cannot (C003). Hard negatives: CAMHS support-only row, "
        "'Monday to Thursday nights until the review conference', MGM/MGF as owners, legal step and "
        "dates set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Narrowby Borough Council · Children's Services · Safeguarding and Assessment Team 2"),
        ("kv", [
            ("Children", "Tyler Hurst (10), Year 6, Nethermoor Primary School; Evie Hurst (3), Nimble Tots "
                         "Nursery, five mornings a week"),
            ("Mother", "Danielle Hurst (32)"),
            ("Fathers", "Tyler's father has not been in contact since 2017. Evie's father, Liam Cole (29), lives "
                        "in Narrowby and has not seen Evie since 2023."),
            ("Maternal grandparents", "Carol Hurst (MGM) and Steve Hurst (MGF), 6 Nettleway Road, Narrowby"),
            ("Home", "14 Nightjar Close, Narrowby"),
            ("Conference", "Initial child protection conference, Tuesday 09/09/2025, Narrowby Town Hall"),
            ("Category", "Neglect"),
            ("Social worker", "Priya Marsh"),
            ("Chair", "Anthony Liddell, Child Protection Chair"),
        ]),
        ("h1", "Why Tyler and Evie need a plan"),
        ("p", "On 19 July 2025 Danielle took an overdose of her sertraline and paracetamol at home while Tyler and "
              "Evie were in the house. Tyler found her on the bathroom floor and rang his nan, who called an "
              "ambulance. Danielle was seen by the Narrowby Adult Mental Health Team (AMHT) in hospital and has "
              "been open to them since, with a diagnosis of recurrent depression. She told conference she "
              "spends most days in bed and \"can't face\" the school run."),
        ("p", "In the summer term Tyler was late on 19 days and missed 9. Evie went to just over half of her "
              "nursery sessions over the summer. On both unannounced visits in August there was very little "
              "food in the kitchen, and on 21 August Evie was in a soiled nappy at 2pm while Danielle was asleep. "
              "Carol and Steve have been coming in most days and have been doing the shopping."),
        ("h1", "What Tyler and Evie have told us and shown us"),
        ("p", "Tyler (seen on his own at his nan's on 28 August and at school on 5 September): \"I check Mum's "
              "breathing when she's asleep in the day. I don't tell anyone because I don't want her to go away "
              "again.\" He wants to go back to football on Saturdays and would like \"Nan to be there in the "
              "mornings\". He put home at 5 out of 10 and his nan's house at 9."),
        ("p", "Evie is chatty at nursery and runs to Carol at pick-up time. At home she climbed onto her mum's "
              "bed and pulled at the duvet to get her up, and she asked the social worker for a biscuit twice "
              "before 11am."),
        ("h1", "What is working well"),
        ("bullets", [
            "Danielle has been honest with professionals and is taking her medication again.",
            "Carol and Steve see the children every day and want to help.",
            "Tyler's school and Evie's nursery know the family well and ring if either child is not in.",
        ]),
        ("h1", "What needs to be different for Tyler and Evie"),
        ("bullets", [
            "Tyler and Evie are got up, fed and taken to school and nursery on time every day by an adult who "
            "is well enough to do it.",
            "Tyler does not have to check on his mum or look after Evie, and he is back at football on "
            "Saturdays.",
            "Evie goes to every nursery session, is clean and changed, and her speech is checked.",
            "Danielle will engage with the mental health team and her mood will improve.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Who", "By when", "How we will know"],
            "widths": [6.2, 3.6, 3.2, 4.0],
            "rows": [
                ["See Tyler on his own at school and at home, and Evie at home and at nursery; write down what "
                 "Tyler says and what is seen of Evie's day",
                 "SW Priya Marsh",
                 "Weekly until the review conference, at least one visit in three unannounced",
                 "Visit records with Tyler's own words and Evie seen awake"],
                ["Home visits to support Danielle with her low mood and to check she is taking her medication",
                 "Kieran Walsh, care coordinator (CPN), Narrowby AMHT",
                 "Fortnightly",
                 "Each visit recorded on the AMHT record"],
                ["Outpatient review of Danielle's medication, with a written report to the SW on whether she is "
                 "making the changes needed to care for Tyler and Evie and how long that is likely to take",
                 "Dr Farah Nadeem, consultant psychiatrist, Narrowby AMHT",
                 "By 17/10/2025",
                 "Written report shared at the core group on 21/10/2025"],
                ["Stay overnight at Nightjar Close and get Tyler and Evie up, dressed and fed for school and "
                 "nursery",
                 "Carol Hurst (MGM)",
                 "Monday to Thursday nights until the review conference",
                 "Carol signs the morning chart; school and nursery registers show both children in on time"],
                ["Have Tyler and Evie for tea and a bath on Fridays and take Tyler to football on Saturday "
                 "mornings",
                 "Steve Hurst (MGF)",
                 "Every Friday and Saturday",
                 "Nethermoor Colts register; Steve's note in the family diary"],
                ["Record how Evie arrives at each session (fed, clean, changed, who brought her) and email a "
                 "summary to the SW",
                 "Kirsty Dunne, manager, Nimble Tots Nursery",
                 "Every session; summary every Friday",
                 "Arrival sheet and weekly summary on the children's file"],
                ["Home visits to check Evie's growth, sleep and speech, with a WellComm screen at the first "
                 "visit",
                 "HV Joanne Pike",
                 "Fortnightly until the review conference",
                 "Weight in the red book and the WellComm score shared with the SW and nursery"],
                ["Eight sessions with Tyler about his worries and what happened in July",
                 "Lou Adeyemi, primary mental health worker, Narrowby CAMHS",
                 "Weekly from w/c 22/09/2025",
                 "Session notes; summary letter to the SW after the last session"],
                ["Young carer's assessment for Tyler, looking at the jobs he does at home",
                 "Mo Bashir, Narrowby Young Carers",
                 "ASAP",
                 "Written assessment sent to the SW"],
                ["Tell the SW the same day about any worry about how Tyler or Evie are being cared for",
                 "All professionals",
                 "Same day",
                 "Each concern logged on the children's file by the SW"],
                ["Help Danielle plan meals and a weekly shop so there is food in the house for Tyler and Evie",
                 "FSW Ben Rourke",
                 "Weekly until the review conference",
                 "Monitored"],
                ["Refer Danielle to the Narrowby Talking Space peer support group",
                 "",
                 "By 30/09/2025",
                 "Place confirmed in writing"],
                ["Complete the child and family assessment, including how Danielle's mood affects the "
                 "children's day",
                 "SW Priya Marsh",
                 "By 04/11/2025",
                 ""],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Danielle tells anyone she is thinking of harming herself, takes more than her prescribed dose, or "
              "is found in bed and not able to care for Tyler and Evie, the adult who finds this will ring 999 or "
              "the AMHT crisis line, and the children will go to Carol and Steve's house on Nettleway Road that "
              "day. The SW (or the emergency duty team out of hours) will hold a strategy discussion the same day."),
        ("p", "If this happens twice before the review conference, or Evie is still going to fewer than 8 in 10 "
              "nursery sessions at the second core group, the SW will ask her team manager for a legal planning "
              "meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks at Nethermoor Primary School, 3.30pm: Tuesday 23/09/2025, "
              "Tuesday 21/10/2025 and Tuesday 18/11/2025. Review child protection conference: Tuesday "
              "02/12/2025, 10am, Narrowby Town Hall."),
        ("p", "Plan written by Priya Marsh (SW) and agreed with the chair on 10/09/2025."),
    ],
    "findings": [
        F("H001", "Home visits to support Danielle with her low mood"),
        F("T002", "Young carer's assessment for Tyler, looking at the jobs"),
        F("W002", "any worry about how Tyler or Evie are being cared for"),
        F("M002", "Help Danielle plan meals and a weekly shop"),
        F("W001", "Refer Danielle to the Narrowby Talking Space peer support group"),
        F("M001", "Complete the child and family assessment, including how Danielle's mood"),
        F("F002", "Danielle will engage with the mental health team and her mood will improve."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 2. First review conference record; the plan is one numbered sentence per
#    action under bold agency headings; stepfather's cannabis and drinking
#    with no adult service in the plan; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_nessford_rcpc_record_numbered_sentences_thornton.pdf",
    "doc_title": "Review Child Protection Conference Record - Kai Thornton and Lacey Ellis",
    "split": "heldout",
    "actions": 13,
    "template": "rcpc-record-paged-kv-progress-views-decision-outcomes-then-typed-numbered-sentences-under-bold-agency-headings",
    "description": (
        "First review conference record for a 12-year-old and a 6-year-old (neglect; stepfather's daily "
        "cannabis and weekend drinking; mother with no mental health or alcohol concerns). The plan is one "
        "typed-numbered sentence per action under bold agency headings. Faults: direct work with no time "
        "and no output (T001, M001), 'when he is able' and 'when a slot becomes available' (T002), 'keep "
        "an eye on' (M002), 'reviewed at core group' (M002), a passive referral chase (W001), the "
        "stepfather's substance use owned by no adult service (F004), a contingency that only says the "
        "core group will review (C002) and no legal step (R002). Hard negatives: 'starting today' and "
        "'at every visit', 'within 24 hours', negated maternal illness. Header and page footer."
    ),
    "header": "OFFICIAL – SENSITIVE · Nessford City Council · Safeguarding Review Service",
    "footer": "RCPC record – Thornton and Ellis – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Conference: Record and Plan"),
        ("kv", [
            ("Children", "Kai Thornton (12), Year 8, Nessford Academy; Lacey Ellis (6), Year 2, Nandlebrook "
                         "Primary School"),
            ("Mother", "Shannon Thornton (33)"),
            ("Stepfather", "Dean Ellis (36), Lacey's father and Kai's stepfather; lives at the family home"),
            ("Address", "27 Nettle Row, Nessford"),
            ("Conference", "First review, Thursday 25/09/2025, 10am, Nessford Civic Centre, Room 4"),
            ("Initial conference", "Thursday 26/06/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Ruth Adebayo, Nessford Children's Safeguarding Team"),
            ("Chair", "Martin Greaves, Child Protection Chair"),
        ]),
        ("h2", "Attendance"),
        ("p", "Shannon Thornton; Dean Ellis; Ruth Adebayo (SW); Amir Khan (family support worker); Mrs Joanne Hale "
              "(DSL, Nandlebrook Primary School); Mr Tom Aldous (head of Year 8, Nessford Academy); Bev Sharrock "
              "(school nurse); PC Dan Rigby (Public Protection Unit). Apologies: Dr Usha Rao (GP), report "
              "received."),
        ("h2", "Progress since the initial conference"),
        ("p", "The house was cleaner for most of July and Shannon has kept up the rent. Dean smokes cannabis every "
              "day, usually in the living room, and drinks heavily most weekends. He went to the Nessford Recovery "
              "Hub twice in July and then stopped going; he told conference he \"doesn't see the point\". Police "
              "were called on 16 August after a loud argument; nobody was hurt. Shannon has no history of mental "
              "health difficulties and there are no concerns about her own drinking; she works three evenings a "
              "week at a care home, and on those evenings Dean looks after the children."),
        ("p", "Lacey has three decayed teeth and missed her dental appointment in August. Her speech and language "
              "referral, made by school in May, has not been followed up. Kai's attendance is 93%, but he is often "
              "tired in lessons and has told the school nurse he gets headaches."),
        ("h2", "What Kai and Lacey say"),
        ("p", "Kai (seen on his own at school on 16 September): \"When Dean's smoked he just sits there, so I do "
              "Lacey's tea on Mum's work nights. Mostly noodles.\" He said the smell of smoke gets into his "
              "clothes and people at school have noticed. He wants \"Dean to go outside to smoke\" and to have his "
              "friends round. He scored home 4 out of 10."),
        ("p", "Lacey (seen at home on 18 September): \"My tooth hurts when I eat apples.\" She showed Ruth her "
              "bedroom and said she likes it when her dad reads her the dinosaur book. She wants to go swimming "
              "with Kai."),
        ("h2", "Decision"),
        ("p", "Conference agreed that Kai and Lacey continue to be at risk of significant harm through neglect and "
              "that the child protection plan continues."),
        ("h2", "What we want for Kai and Lacey"),
        ("bullets", [
            "Lacey's teeth are treated and she can eat without pain.",
            "Kai and Lacey have a meal cooked by an adult every evening, and Kai is not the one making Lacey's "
            "tea.",
            "Kai and Lacey live in a clean, warm house that does not smell of cannabis smoke.",
            "Kai and Lacey are in school every day and are not tired or hungry there.",
        ]),
        ("h2", "The plan"),
        ("boldp", "1. Children's social care"),
        ("pi", "1.1 Ruth will visit Nettle Row every fortnight, at least one visit in three unannounced, and see "
               "Kai and Lacey on their own each time, writing down what they say in their own words."),
        ("pi", "1.2 Ruth will do some direct work with Kai about what happens at home when Dean has been smoking."),
        ("pi", "1.3 Ruth will update the parenting assessment of Shannon and Dean by 14/11/2025 and share the "
               "report with them and the core group."),
        ("boldp", "2. Shannon and Dean"),
        ("pi", "2.1 Dean will go back to the Nessford Recovery Hub when he is able and tell Ruth the date of his "
               "first appointment."),
        ("pi", "2.2 Shannon will take Lacey to the dentist by 17/10/2025, and the dental practice will confirm to "
               "Ruth that her treatment has started."),
        ("pi", "2.3 Shannon and Dean will cook a meal for the children every evening and keep an eye on what "
               "Lacey eats."),
        ("pi", "2.4 Dean will smoke only outside the house, starting today, and Ruth will note any smell of "
               "cannabis indoors at every visit."),
        ("boldp", "3. Schools"),
        ("pi", "3.1 Mrs Joanne Hale, DSL at Nandlebrook Primary School, will check Lacey's attendance each morning "
               "and email Ruth the weekly attendance printout every Friday."),
        ("pi", "3.2 Mr Tom Aldous will meet Kai for a mentoring session every Wednesday in term time and note what "
               "he talks about on the mentoring log."),
        ("boldp", "4. Health"),
        ("pi", "4.1 Bev Sharrock, school nurse, will see Kai about his sleep and headaches when a slot becomes "
               "available and write to Ruth afterwards."),
        ("pi", "4.2 Lacey's speech and language therapy referral will be chased by 17/10/2025 and her appointment "
               "date passed to Nandlebrook Primary School."),
        ("boldp", "5. Police"),
        ("pi", "5.1 Nessford Police (Public Protection Unit) will tell Ruth within 24 hours about any call-out to "
               "Nettle Row, and Ruth will log each one on the children's file."),
        ("boldp", "6. Family support"),
        ("pi", "6.1 Amir Khan, family support worker, will run six weekly sessions on routines and mealtimes with "
               "Shannon and Dean from w/c 06/10/2025, and the sessions will be reviewed at core group."),
        ("h2", "Contingency"),
        ("p", "If there are further concerns about Kai or Lacey, or the plan is not followed, the core group will "
              "meet to review the plan and consider what needs to happen next."),
        ("h2", "Core group and next review"),
        ("p", "Core group every 6 weeks at Nandlebrook Primary School, 3.30pm: Thursday 09/10/2025, Thursday "
              "20/11/2025, Thursday 08/01/2026 and Thursday 19/02/2026. Next review child protection conference: "
              "Thursday 19/03/2026, 10am, Nessford Civic Centre."),
        ("p", "Record approved by the chair, Martin Greaves, on 29/09/2025 and sent to the family and all agencies."),
    ],
    "findings": [
        F("T001", "Ruth will do some direct work with Kai"),
        F("M001", "Ruth will do some direct work with Kai"),
        F("T002", "Dean will go back to the Nessford Recovery Hub"),
        F("M002", "cook a meal for the children every evening"),
        F("T002", "will see Kai about his sleep and headaches"),
        F("W001", "speech and language therapy referral will be chased"),
        F("M002", "six weekly sessions on routines and mealtimes"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Core group record exported from the case system: agency updates and an
#    updated action list, built around the mother's needs; no outcomes, no
#    contingency, no child's voice, review conference "to be confirmed" (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_norringham_core_group_update_export_slater.txt",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-3-record-txt-export-header-block-agency-updates-then-action-blocks-what-who-when-evidence",
    "description": (
        "Third core group record for a 7-year-old and an 18-month-old (mother's drinking and anxiety), "
        "exported from the case system as text: agency updates, then action blocks with What / Who / When "
        "/ Evidence lines. Six of eleven actions are about the mother's own needs with no link to the "
        "children (F001); the wellbeing service only gives CBT (H001); GP 'ASAP' (T002); 'engagement' as "
        "the measure (M002); 'Family network' as owner (W002); a mutual aid action with '-' for when "
        "(T001). No outcomes (O001), no record of either child's views or daily life (F003), no "
        "contingency although the grandmother and aunt own actions (C001, C003), review conference date "
        "'to be confirmed' (R001), no legal step (R002). Hard negatives: the alcohol service only "
        "supporting (never H001) and owning an action (no F004), 'Monday to Friday in term time'."
    ),
    "text": """\
NORRINGHAM COUNTY COUNCIL                CHILDREN AND FAMILIES DIRECTORATE
CORE GROUP MEETING - RECORD AND UPDATED PLAN                 CaseFile 4.2
exported 16/10/2025 11:02                                   user: SKERR
==========================================================================

CHILDREN ........ Harvey SLATER   DOB 11/03/2018 (7)   Year 3, Nobeck
                                   Lane Primary School
                  Mia SLATER      DOB 02/04/2024 (18 months)   at home
MOTHER .......... Jodie SLATER (27)
ADDRESS ......... 3 Nimrod Court, Norringham
MATERNAL GRAN ... Linda SLATER, 41 Nuthatch Way, Norringham
MATERNAL AUNT ... Kerry SLATER, lives with Linda
PLAN ............ Child protection plan, neglect (ICPC 12/08/2025)
MEETING ......... Core group 3, Wednesday 15/10/2025, 1pm, Norringham
                  Family Hub
CHAIR ........... Sophie Kerr, social worker (SK)
PRESENT ......... Jodie Slater (JS); Linda Slater (LS); Sophie Kerr, SW
                  (SK); Rob Tanner, keyworker, Norringham Alcohol Service
                  (RT); Tanya Bell, family support worker (TB); Gemma
                  Lowe, health visitor (GL); Mrs Ann Dyer, DSL, Nobeck
                  Lane Primary (AD)
APOLOGIES ....... Norringham Wellbeing Service (letter received)

--------------------------------------------------------------------------
1. UPDATES FROM THE FAMILY AND AGENCIES
--------------------------------------------------------------------------
SK   Two home visits since the last core group (24/09 and 08/10). On 08/10
     there were empty cider cans in the recycling and Jodie smelled of
     alcohol at 11am. Jodie said she had "two or three" the night before.
     The flat was tidy. Jodie's bidding for a two-bedroom flat has not
     started because her housing application is incomplete.
RT   Jodie has been to 3 of the last 6 key-work sessions. Her breath test
     was positive on 30/09. Jodie says she drinks mainly when her anxiety
     is bad in the evenings.
JS   Jodie said the anxiety is "the main thing" and that she is not
     sleeping. She has not been back to her GP since August. She has
     money worries after a benefit sanction and feels she is "being
     watched all the time".
LS   Linda has had Harvey and Mia every Saturday night since the
     conference. Kerry has been taking Harvey to school most mornings.
AD   Harvey's attendance this term is 91%, with 4 late marks, all on
     days Kerry could not take him.
GL   Mia's 18-month review is overdue; Jodie cancelled the September
     appointment.
Wellbeing Service (letter): Jodie is on the waiting list for step 2 CBT
     for anxiety and has been offered a first session on 22/10/2025.

--------------------------------------------------------------------------
2. UPDATED ACTIONS
--------------------------------------------------------------------------
ACTION 1
  What ....... Weekly key-work sessions with Jodie about her drinking,
               with a breath test at each session
  Who ........ Rob Tanner, keyworker, Norringham Alcohol Service
  When ....... Every Tuesday, 10am
  Evidence ... Attendance and breath test results sent to the SW before
               each core group

ACTION 2
  What ....... Six sessions of CBT for Jodie's anxiety
  Who ........ Norringham Wellbeing Service (Talking Therapies), step 2
               practitioner
  When ....... Weekly from 22/10/2025
  Evidence ... Attendance letter to the SW after the sixth session

ACTION 3
  What ....... Help Jodie finish her housing application and start
               bidding for a two-bedroom flat
  Who ........ SW Sophie Kerr
  When ....... By 31/10/2025
  Evidence ... Housing register number and banding letter on file

ACTION 4
  What ....... Review Jodie's sleep and her anxiety medication
  Who ........ Dr Aled Morgan, Nobeck Lane Surgery
  When ....... ASAP
  Evidence ... GP letter to the SW

ACTION 5
  What ....... Support Jodie to go to the budgeting course at Norringham
               Money Advice
  Who ........ FSW Tanya Bell
  When ....... Weekly for 4 weeks from 20/10/2025
  Evidence ... Jodie's engagement with the course

ACTION 6
  What ....... Have Harvey and Mia to stay every Saturday night
  Who ........ Linda Slater (maternal gran)
  When ....... Every Saturday, 10am Saturday to 10am Sunday
  Evidence ... Linda writes each stay in the family diary, seen by the SW

ACTION 7
  What ....... Walk Harvey to school every weekday morning
  Who ........ Kerry Slater (maternal aunt)
  When ....... Monday to Friday in term time
  Evidence ... School late book shows Harvey in by 8.50am

ACTION 8
  What ....... Mia's 18-month development review (ASQ-3) at home
  Who ........ HV Gemma Lowe
  When ....... By 28/11/2025
  Evidence ... ASQ-3 scores shared with the SW and GP surgery

ACTION 9
  What ....... Tell the SW the same day if Jodie has been drinking while
               she is looking after Harvey and Mia
  Who ........ Family network
  When ....... Same day
  Evidence ... Each call logged by the SW on the children's file

ACTION 10
  What ....... Go to a SMART Recovery mutual aid meeting at the
               Norringham Recovery Cafe
  Who ........ Jodie Slater
  When ....... -
  Evidence ... Attendance card signed by the facilitator and shown to
               the SW

ACTION 11
  What ....... Home visits to see Harvey and Mia and check the flat
  Who ........ SW Sophie Kerr
  When ....... Every 2 weeks
  Evidence ... Visit written up on the children's file within 2 working
               days

--------------------------------------------------------------------------
3. NEXT MEETINGS
--------------------------------------------------------------------------
CORE GROUP ...... every 4 weeks; next Wednesday 12/11/2025, 1pm,
                  Norringham Family Hub
REVIEW CP CONF .. date to be confirmed by the Safeguarding Unit

Record typed by SK on 16/10/2025 and sent to everyone present.
==========================================================================
""",
    "findings": [
        F("H001", "Six sessions of CBT for Jodie's anxiety"),
        F("T002", "Review Jodie's sleep and her anxiety medication"),
        F("M002", "Support Jodie to go to the budgeting course"),
        F("W002", "Tell the SW the same day if Jodie has been drinking"),
        F("T001", "Go to a SMART Recovery mutual aid meeting"),
        F("O001"),
        F("F001"),
        F("F003"),
        F("C001"),
        F("C003"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety child protection plan: danger statement, safety goal,
#    scaling, three houses, then a next-steps table and a "what if" section
#    (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_nimbrook_signs_of_safety_network_plan_adeyemi.md",
    "split": "heldout",
    "actions": 10,
    "template": "signs-of-safety-md-danger-statement-safety-goal-worried-working-well-grid-scaling-three-houses-then-next-steps-table-and-what-if-section",
    "description": (
        "Signs of Safety child protection plan for an 8-year-old and a 2-year-old after the stepfather hit "
        "the 8-year-old with a belt; he has moved out and sees the children only with the maternal aunt "
        "supervising. Danger statement, safety goal, a worried / working well grid, scaling, Tobi's three "
        "houses and what Zara shows us, then a What needs to happen | Who | By when | How we will know "
        "table. Every step has an owner, a timescale and something seen or counted; the 'what if' section "
        "has specific triggers, a fallback if the aunt cannot supervise and if the grandmother cannot "
        "take the children, and a legal planning step; core group and review dates set. Exemplary."
    ),
    "text": """\
# Nimbrook Council – Signs of Safety Child Protection Plan

**Children:** Tobi Adeyemi (8), Year 4, Nimbrook Fields Primary School; Zara Mensah (2), Little Nests Nursery (Monday, Wednesday and Friday)
**Mum:** Funmi Adeyemi (30), 5 Nightingale Walk, Nimbrook
**Kwame Mensah (33):** Zara's dad and Tobi's stepdad. Living with his brother at 9 Nardell Street, Nimbrook, since 3 October 2025.
**Safety network:** Bisi Adeyemi (Funmi's sister), 22 Nettlefield Road; Grace Adeyemi (Funmi and Bisi's mum), 40 Nessaway Crescent
**Initial child protection conference:** Wednesday 22 October 2025
**Category:** Physical abuse
**Social worker:** Hannah Okoro, Nimbrook Children's Safeguarding Team · **Chair:** Desmond Pryor

## Danger statement

Children's social care, the school and the police are worried that Tobi could be hit again by Kwame with a
belt or his hand when Kwame is angry about Tobi's behaviour, and that Tobi could be badly hurt and grow up
frightened at home. We are also worried that Zara could see or hear Tobi being hurt, or be hurt herself if
she is nearby.

## Safety goal: what we want for Tobi and Zara

Everyone, including Tobi, will know that Tobi and Zara are safe when Kwame only sees them with an adult from
the safety network there the whole time, Funmi and the network know exactly what to do if Kwame's temper
rises, and Tobi tells us and his teacher that nobody hits him at home.

## What are we worried about? / What's working well?

| What are we worried about? | What's working well? |
|---|---|
| On 1 October Tobi came to school with three belt-shaped bruises on the back of his thigh. He told his teacher Kwame hit him "with his belt because I lied about my homework". Kwame told the police he "smacked him with it, like I was smacked". | Funmi believed Tobi straight away, rang Bisi, and agreed that Kwame should move out the same evening. Kwame left on 3 October and has kept to the contact arrangements since. |
| Funmi says Kwame has "a short fuse" and has smacked Tobi before, with his hand. | Kwame came to conference, said he was wrong to hit Tobi, and has a place on the Respect programme. |
| Kwame is under police investigation and a decision is not expected before December. | Bisi and Grace live nearby, see the children every week and have both said they will help keep them safe. |
| | Tobi's attendance is 98% and the school knows him well. |

## Scaling

On a scale of 0 to 10, where 10 means everyone is confident Tobi and Zara are safe enough for the plan to end
and 0 means they cannot stay at home: Hannah (SW) 4, school 5, Bisi 6, Funmi 7, Kwame 8.

## What Tobi and Zara have told and shown us

Tobi did his three houses with Hannah at school on 9 and 16 October.

- **House of worries:** "When Kwame shouts and takes his belt off." "Mummy crying in the kitchen."
- **House of good things:** "Playing FIFA with Kwame. Mummy's jollof. Zara laughing at my faces."
- **House of dreams:** "Kwame lives with us again but he never hits, he just talks to me."

Tobi said he wants to see Kwame "at Aunty Bisi's, because she'd stop him". He asked whether it was his fault
that Zara's daddy had to leave. He put himself at 6 out of 10 for feeling safe at home.

Zara is too young to tell us. At nursery she settles well on her keyworker's lap and goes to the door asking
"Dada?" at home time. At home she follows Tobi around, copies his games and laughs when he pulls faces. At
the contact on 18 October she ran to Kwame and sat with him for most of the session.

## Next steps

| What needs to happen | Who | By when | How we will know |
|---|---|---|---|
| See Tobi on his own at school and at home, and Zara at home and at nursery; ask Tobi where he is on his safety scale | SW Hannah Okoro | Weekly until the review conference, at least one visit in three unannounced | Visit record with Tobi's own words and his scale score, and Zara seen awake |
| Make a Words and Pictures storybook with Tobi explaining what happened, why Kwame moved out, that it was not his fault, and who his safety people are | SW Hannah Okoro, with Funmi and Bisi | By 14/11/2025 | Storybook read with Tobi; he can tell Hannah in his own words who his safety people are |
| Hold a network meeting and write the family safety plan: who supervises contact, what happens if Kwame turns up, who Tobi can tell | SW Hannah Okoro | Meeting on 05/11/2025; signed plan by 12/11/2025 | Safety plan signed by Funmi, Kwame, Bisi and Grace, with copies at both homes and at school |
| Supervise every contact between Kwame and the children at Bisi's flat, staying in the room the whole time | Bisi Adeyemi (maternal aunt) | Every Saturday, 10am to 12pm | Contact log signed by Bisi after each contact and seen by the SW each week |
| Respect programme on parenting without violence and managing anger, including the sessions on how children are affected | Kwame Mensah; facilitator Joel Ansah reports to the SW | Every Tuesday evening for 16 weeks from 04/11/2025 | Attendance record sent to the SW monthly; mid-course report at least 5 working days before the review conference |
| Six sessions with Funmi on spotting when Kwame's temper is rising and what she will do to keep Tobi and Zara safe | FSW Lola Dixon, Nimbrook Family Hub | Weekly for 6 weeks from w/c 27/10/2025 | Session notes and Funmi's own written plan, checked by the SW |
| Check in with Tobi before lessons and pass anything he says about home to the SW | Mrs Nyla Shah, DSL, Nimbrook Fields Primary School | Every Monday in term time; anything he says passed on the same day | Check-in log; any disclosure logged on CPOMS and emailed to the SW |
| Record how Zara arrives at each session, her mood and any marks on her | Tasha Reid, keyworker, Little Nests Nursery | Every session she attends | Daily sheet, with a weekly summary emailed to the SW every Friday |
| Zara's 2-year review with Funmi, including an ASQ-3 | HV Marcia Boateng | By 12/12/2025 | ASQ-3 scores shared with the SW and nursery |
| Tell the SW about any call-out to Nightingale Walk or Nardell Street, and give an update on the investigation | DC Ryan Hale, Nimbrook Police Child Abuse Investigation Team | Within 24 hours of any call-out; update before each core group | Each call-out logged on the children's file; written update to the SW |

## What if the safety plan isn't followed?

- If Kwame comes to Nightingale Walk, sees the children without Bisi there, or Tobi has a mark he cannot
  explain or says he has been hit, Funmi will ring the police (999 if Kwame is at the door) and Hannah. Hannah
  (or the emergency duty team out of hours) will hold a strategy discussion the same day, and all contact will
  stop until it has met.
- If Funmi lets Kwame back into the home before the network agrees it is safe, Tobi and Zara will go to their
  grandmother, Grace Adeyemi, at 40 Nessaway Crescent that day. If Grace cannot have them, Hannah will arrange
  a foster placement that day.
- If Bisi cannot supervise a Saturday because she is ill or away, that contact will not happen and Hannah will
  arrange a supervised contact at Nimbrook Family Centre within 5 working days. If Bisi can no longer supervise
  at all, contact will move to the Family Centre every Saturday until the network agrees a new supervisor.
- If Kwame has contact outside the plan, Tobi is hurt again, or Kwame has missed three Respect sessions by the
  core group on 07/01/2026, Hannah will ask her team manager for a legal planning meeting within 5 working
  days.

## Core group and review

- The core group will meet every 4 weeks at Nimbrook Fields Primary School, 3.45pm: Wednesday 5 November 2025,
  Wednesday 3 December 2025 and Wednesday 7 January 2026.
- Review child protection conference: Wednesday 21 January 2026, 10am, Nimbrook Civic Offices.

*Plan written with Funmi, Bisi and Grace on 23 October 2025 and read to Tobi by Hannah on 24 October. Kwame
has a copy.*
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Pre-birth plan: mother with bipolar disorder, 4-year-old at home; an
#    Outcome column merged down over each outcome's actions (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_nantley_prebirth_merged_outcome_table_brennan.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby Brennan-Price and Riley Brennan",
    "split": "heldout",
    "actions": 11,
    "template": "prebirth-icpc-docx-kv-details-narrative-then-outcome-what-who-when-how-we-will-know-table-outcome-merged-down-per-group",
    "description": (
        "Pre-birth conference plan at 31 weeks for an unborn girl and her 4-year-old brother; the mother "
        "has bipolar disorder and was admitted after a manic episode in 2023. Outcome for the children | "
        "What will happen | Who | When | How we will know table with each outcome merged down over its "
        "actions (four real Word vertical merges). The perinatal team reviews the mother and reports on "
        "her capacity to change and the likely timescale; the GP owns an action; the grandmother's 14 "
        "nights have a fallback; Riley's words and what the midwife sees of the baby are recorded; "
        "early-warning-sign contingency with a named carer, a foster fallback and a legal planning step; "
        "core group and review dates set. Exemplary."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Nantley District Council · Children and Young People's Services · Early Help and Safeguarding Hub"),
        ("kv", [
            ("Unborn baby", "Girl, due 20/01/2026 (31 weeks at conference); to be born at Nantley Hospital"),
            ("Brother", "Riley Brennan (4), Reception, Nettlebrook Infant School"),
            ("Mother", "Stacey Brennan (23)"),
            ("Father of the baby", "Jordan Price (25); lives with Stacey and Riley and works days as a delivery "
                                   "driver. Riley's father has not been involved since 2022."),
            ("Maternal grandmother", "Denise Brennan (52), 17 Norris Close, Nantley, ten minutes' walk away"),
            ("Home", "8 Nutmeg Lane, Nantley"),
            ("Conference", "Pre-birth initial child protection conference, Tuesday 18/11/2025, Nantley Civic "
                           "Centre"),
            ("Category", "Neglect"),
            ("Social worker", "Owen Pritchard"),
            ("Chair", "Margaret Oyelaran, Independent Chair"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Stacey was diagnosed with bipolar affective disorder in 2022. In August 2023, during a manic "
              "episode, she left Riley (then 2) with a neighbour for two days without saying where she was "
              "going, and she was then admitted to the Nantley Mental Health Unit for three weeks. She stopped "
              "her medication when she found out she was pregnant in June and became unwell again in August, "
              "sleeping very little and spending her rent money. Jordan rang the crisis team and Riley stayed "
              "with Denise for a week. Since September Stacey has been under the Nantley Perinatal Mental "
              "Health Team and is taking a mood stabiliser that is safe in pregnancy. The risk of Stacey "
              "becoming very unwell in the weeks after the birth is high."),
        ("h1", "What Riley tells us, and what we know about the baby"),
        ("p", "Riley (seen at school on 6 November and at home on 12 November): \"Mummy was poorly and I stayed "
              "at Nanny Denise's. When Mummy talks really fast and doesn't go to bed I go and get Jordan.\" He "
              "wants a baby sister \"so I can show her my dinosaurs\" and drew himself holding the baby next to "
              "Jordan. He said Nanny's house is where he feels \"most calm\"."),
        ("p", "The baby's scan on 10 November showed her growing along the 50th centile. The midwife sees her "
              "moving well at every appointment, and Stacey and Jordan talk to her and play her music in the "
              "evenings. Stacey has kept every antenatal appointment since August."),
        ("h1", "What is going well"),
        ("bullets", [
            "Stacey recognised she was becoming unwell in August and agreed to the crisis team visiting.",
            "Jordan knows Stacey's early warning signs and rang for help the same day.",
            "Denise has looked after Riley whenever Stacey has been unwell and wants to help with the baby.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome for the children", "What will happen", "Who", "When", "How we will know"],
            "widths": [3.2, 5.2, 3.0, 3.0, 3.2],
            "rows": [
                ["A. The baby is born safely and only goes home with a plan that keeps her safe in her first "
                 "weeks.",
                 "Antenatal care at the specialist clinic, growth scans, and a birth plan that carries the "
                 "safeguarding alert and this plan",
                 "Rhiannon Keyes, specialist safeguarding midwife, Nantley Maternity",
                 "Every 2 weeks until 36 weeks, then weekly until the birth; birth plan by 09/12/2025",
                 "Appointments on the maternity record; alert on the maternity system and a copy of the birth "
                 "plan sent to the SW"],
                [V,
                 "Pre-birth assessment of Stacey and Jordan, including how they will care for the baby and "
                 "Riley if Stacey becomes unwell",
                 "SW Owen Pritchard",
                 "By 19/12/2025",
                 "Assessment report shared with Stacey, Jordan and the core group on 23/12/2025"],
                [V,
                 "Discharge planning meeting on the postnatal ward with Stacey, Jordan, Denise, the midwife, "
                 "the HV, the SW and the perinatal team",
                 "Sister Kate Lyle, ward manager, Nantley Hospital postnatal ward",
                 "Before discharge, and no sooner than 24 hours after the birth",
                 "Written discharge plan given to the parents and every agency on the day of the meeting"],
                ["B. The baby and Riley are cared for by a mum whose mental health is stable enough to look "
                 "after them, with Jordan and Denise ready to step in early if she becomes unwell.",
                 "Review Stacey's mental state and medication, agree a written relapse plan with her and "
                 "Jordan, and report on whether she is making the changes needed to care safely for the baby "
                 "and Riley and how long that is likely to take",
                 "Dr Imran Qureshi, consultant perinatal psychiatrist, with CPN Lorna Fitch, Nantley Perinatal "
                 "Mental Health Team",
                 "Fortnightly until the baby is 12 weeks old; relapse plan by 02/12/2025; report before each "
                 "core group",
                 "Relapse plan held by Stacey, Jordan, Denise and the HV; written report sent to the SW"],
                [V,
                 "Tell the SW and the perinatal team if Stacey misses collecting a prescription or asks to stop "
                 "her medication",
                 "Dr Mairead Quinn, GP, Nantley Health Centre",
                 "Within one working day, for each monthly prescription until the baby is 12 weeks old",
                 "Email alert to the SW and perinatal team; prescription record checked at each core group"],
                [V,
                 "Stay at Nutmeg Lane after the baby comes home and share the night feeds with Jordan so that "
                 "Stacey sleeps through",
                 "Denise Brennan (MGM)",
                 "Every night for the first 14 nights after discharge",
                 "Denise signs the feed chart each morning; the SW checks it at each visit"],
                [V,
                 "Take two weeks' paternity leave from the day of the birth and do the night feeds with Denise",
                 "Jordan Price",
                 "Leave booked by 23/12/2025; taken from the day of the birth",
                 "Employer's letter confirming the leave, seen by the SW; feed chart"],
                ["C. Riley goes to school every day, is never left with a parent who is unwell, and is not the "
                 "one who has to raise the alarm.",
                 "See Riley on his own at school and at home, and Stacey and Jordan together and apart",
                 "SW Owen Pritchard",
                 "Every 2 weeks until the birth, then weekly for the first 8 weeks after it",
                 "Visit record with Riley's words written down, and the baby seen awake after the birth"],
                [V,
                 "Ring the SW the same day if Riley is late, not collected, or says anything worrying about "
                 "home, and keep a note of how he is each week",
                 "Mrs Helen Ashworth, DSL, Nettlebrook Infant School",
                 "Each school day; note every Friday",
                 "Attendance register; weekly note emailed to the SW"],
                ["D. The baby is fed, sleeps safely and grows well in her first weeks at home.",
                 "Antenatal visit on safe sleep and feeding, then the new birth visit and weekly weighs",
                 "HV Chloe Danvers, Nantley 0-19 Service",
                 "Antenatal visit by 12/12/2025; new birth visit 10 to 14 days after the birth; then weekly for "
                 "8 weeks",
                 "Safe sleep checklist signed by both parents; weight plotted in the red book"],
                [V,
                 "Baby Steps antenatal group for Stacey and Jordan on feeding, crying and coping with a newborn",
                 "Stacey Brennan and Jordan Price",
                 "Tuesdays 02/12/2025 and 09/12/2025, 6pm",
                 "Group leader sends the attendance sheet to the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "Stacey's relapse plan lists her early warning signs: sleeping less than four hours for two nights "
              "running, talking very fast, spending money she does not have, or stopping her medication. If "
              "Jordan, Denise or any professional sees any of these, they will ring the perinatal team (the "
              "crisis team out of hours) that day, and Stacey will not be left alone with the baby or Riley "
              "until the perinatal team has seen her; Jordan or Denise will be with the children at all times. "
              "The SW (or the emergency duty team) will hold a strategy discussion the same day."),
        ("p", "If Stacey becomes unwell before the baby is discharged, the baby will stay on the ward and Stacey "
              "will be offered a bed at the Nantley Mother and Baby Unit. If Denise cannot stay for the first 14 "
              "nights, or neither Jordan nor Denise can be with the children when Stacey is unwell, Riley and "
              "the baby will go to Denise's house on Norris Close; if Denise cannot have them, the SW will "
              "arrange a foster placement for them together that day."),
        ("p", "If Stacey stops her medication or misses two perinatal reviews before 36 weeks, or the pre-birth "
              "assessment finds the baby cannot go home safely, the SW will ask the team manager for a legal "
              "planning meeting within 5 working days so that pre-proceedings can start before the birth."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 3 weeks at Nantley Family Hub, 1.30pm: Tuesday 02/12/2025, Tuesday "
              "23/12/2025, Tuesday 13/01/2026 and Tuesday 03/02/2026. If the baby is born before a core group, "
              "the next one will be held on the postnatal ward. Review child protection conference: Tuesday "
              "17/02/2026, 10am, Nantley Civic Centre."),
        ("p", "Plan written by Owen Pritchard (SW) on 19/11/2025 and sent to Stacey, Jordan, Denise and every "
              "agency named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Second review plan written in the council's child in need "My Plan"
#    template while the children stay on a child protection plan; the family
#    is moving to another authority; landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_nerebridge_step_down_my_plan_template_morton.pdf",
    "doc_title": "Child Protection Plan (Review 2, moving towards Child in Need) - Kayla and Alfie Morton",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc2-plan-in-cin-my-plan-template-landscape-pdf-what-needs-to-happen-who-when-how-will-we-know-difference",
    "description": (
        "Second review conference plan for a 14-year-old and a 9-year-old (mother's alcohol dependency, "
        "sober since May) written in the council's child in need 'My Plan' template with a view to "
        "stepping down, while the children stay on a child protection plan; the family is moving to "
        "another authority. Faults: the family group conference and a play therapy referral put off until "
        "the case transfers (X001 x2), 'Professionals' (W002), 'When Kayla is ready' (T002), a blank when "
        "(T001), a blank measure (M001), 'Improvement in Alfie's mood' (M002), no review conference date, "
        "only a child in need review 'to be arranged' (R001), and no legal step anywhere (R002). Hard "
        "negatives: visits kept going until the transfer-in conference, records sent 'within 5 working days "
        "of the move', the alcohol service owning an action, a contingency with a named carer and a foster "
        "fallback. Header and page footer."
    ),
    "header": "OFFICIAL – SENSITIVE · Nerebridge Metropolitan Borough Council · Children's Services",
    "footer": "My Plan – Kayla and Alfie Morton – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "My Plan"),
        ("p", "Child protection plan agreed at the second review child protection conference. Conference hopes the "
              "plan can step down to child in need once the family has settled in Nedderton, so it is written in "
              "our My Plan template."),
        ("kv", [
            ("Children", "Kayla Morton (14), Year 10, Nerebridge High School; Alfie Morton (9), Year 5, Netherholt "
                         "Junior School"),
            ("Mum", "Leanne Morton (38), 12 Nimrod Street, Nerebridge. Moving to a housing association house in "
                    "Nedderton (Nedderton Council) on 01/12/2025."),
            ("Nan", "Pauline Morton (64), 3 Nook Lane, Nerebridge"),
            ("Conference", "Second review child protection conference, Thursday 09/10/2025"),
            ("Plan", "Child protection plan continues (neglect)"),
            ("Social worker", "Marcus Bell, Nerebridge Children in Need and Protection Team 4"),
            ("Chair", "Pamela Rusk"),
        ]),
        ("h1", "What has changed"),
        ("p", "Leanne has alcohol dependency. She finished a community detox in April and has been sober since May; "
              "her breath tests at the Nerebridge Alcohol Service have all been clear. The house is warm and "
              "clean, there is food in, and both children have been in school every day this term. Leanne has "
              "been offered a bigger house near her sister in Nedderton and wants a fresh start there. Alfie is "
              "still wetting the bed most nights, and Kayla still checks the fridge for cans when she gets home."),
        ("h1", "What Kayla and Alfie say"),
        ("p", "Kayla (seen on her own at school on 2 October): \"Mum's been amazing since the summer. I still look "
              "in the fridge though, I can't help it.\" She is nervous about changing school in Year 10 and wants "
              "to choose her new school herself. She wants to keep going to her nan's on Sundays."),
        ("p", "Alfie (seen at home on 30 September): \"Mum's happy now and she makes pancakes.\" He said he is "
              "embarrassed about his bed and does not want his friends to know. He is excited about having his "
              "own bedroom in the new house but worried he \"won't know anyone\" at his new school."),
        ("h1", "What we want to achieve"),
        ("bullets", [
            "Kayla and Alfie live with a mum who stays sober and gets them to school every day.",
            "Kayla can be a teenager: she does not check on her mum or look after Alfie, and she sits her mock "
            "exams in January.",
            "Alfie is dry at night, or getting help to be, and settles at his new school after the move.",
            "Both children have adults they trust in Nedderton and keep seeing their nan.",
        ]),
        ("h1", "My Plan"),
        ("table", {
            "header": ["What needs to happen", "Who will do it", "When", "How will we know it has made a difference?"],
            "widths": [8.6, 5.0, 5.2, 6.9],
            "rows": [
                ["Visit Kayla and Alfie at home, seeing each of them on their own, before and after the move",
                 "SW Marcus Bell",
                 "Every 2 weeks until the transfer-in conference in Nedderton",
                 "Visit records with Kayla's and Alfie's own words"],
                ["Monthly review with Leanne with a breath test, and a written update on whether she is staying "
                 "sober and what that means for Kayla and Alfie",
                 "Jade Turner, recovery worker, Nerebridge Alcohol Service",
                 "Monthly, before each core group",
                 "Breath test results and the written update sent to the SW"],
                ["Send the case records and this plan to Nedderton Council and ask for a transfer-in conference",
                 "SW Marcus Bell",
                 "Within 5 working days of the move (by 08/12/2025)",
                 "Nedderton confirms receipt and gives a conference date in writing"],
                ["Start the family group conference once the family has moved and Nedderton has taken the case on",
                 "Ola Banjo, coordinator, Nerebridge Family Group Conference Service",
                 "After the transfer",
                 "Family plan written at the conference and shared with the SW"],
                ["Collect Alfie from school and give him his tea on Tuesdays and Thursdays",
                 "Pauline Morton (nan)",
                 "Every Tuesday and Thursday until the move",
                 "School collection log"],
                ["Talk with Kayla about the move and her GCSE options, and help her choose a school in Nedderton",
                 "Mrs Donna Hall, head of Year 10, Nerebridge High School",
                 "By 14/11/2025",
                 "Kayla's chosen school place confirmed in writing"],
                ["Share any sign that Leanne is drinking again with the SW",
                 "Professionals",
                 "The same day",
                 "Each concern logged on the children's file"],
                ["Young carers group sessions for Kayla",
                 "Sian Price, Nerebridge Young Carers",
                 "When Kayla is ready",
                 "Kayla's name on the group register"],
                ["Refer Alfie to the school nursing enuresis clinic for his bedwetting",
                 "Helen Moss, school nurse",
                 "",
                 "Clinic appointment letter on file"],
                ["Four-session Talking Teens course at Nerebridge Family Hub",
                 "Leanne Morton",
                 "Weekly for 4 weeks from 13/10/2025",
                 ""],
                ["Alfie's play therapy referral to be put on hold until the case has transferred to Nedderton",
                 "SW Marcus Bell",
                 "On transfer",
                 "Referral passed to Nedderton children's services"],
                ["Check in with Alfie about home and the move",
                 "Mr Sam Khan, DSL, Netherholt Junior School",
                 "Every Monday in term time",
                 "Improvement in Alfie's mood"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Leanne drinks while she is looking after Kayla or Alfie (a positive breath test, anyone smelling "
              "alcohol on her, or the children telling us), the children will stay with Pauline at Nook Lane that "
              "night and the SW (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day. If Pauline cannot have them, the SW will arrange a foster placement for them together "
              "that night. After the move the same applies, and the SW will tell Nedderton's duty team the same "
              "day."),
        ("h1", "Meetings"),
        ("p", "Core group every 6 weeks at Netherholt Junior School, 4pm: next Thursday 20/11/2025, with a last "
              "Nerebridge core group before the transfer-in conference. Transfer-in conference: to be arranged by "
              "Nedderton within 15 working days of the move. Next review: a child in need review, date to be "
              "arranged once the plan steps down."),
        ("p", "My Plan typed by Marcus Bell (SW) on 10/10/2025 and shared with Leanne, Kayla and every agency."),
    ],
    "findings": [
        F("X001", "Start the family group conference once the family has moved"),
        F("W002", "Share any sign that Leanne is drinking again with the SW"),
        F("T002", "Young carers group sessions for Kayla"),
        F("T001", "Refer Alfie to the school nursing enuresis clinic"),
        F("M001", "Four-session Talking Teens course at Nerebridge Family Hub"),
        F("X001", "play therapy referral to be put on hold until the case"),
        F("M002", "Check in with Alfie about home and the move"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Child protection plan for a looked-after baby (section 20) who is on the
#    children's ward: nobody is set to visit him there (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b68_nollbury_lac_baby_on_ward_plan_flint.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-plan-for-looked-after-baby-md-bold-kv-details-then-action-lead-timescale-evidence-table",
    "description": (
        "Initial conference plan for a 5-week-old accommodated under section 20 and now on the children's "
        "ward with bronchiolitis and faltering growth, waiting to go back to foster carers; his mother is a "
        "19-year-old care leaver who uses cannabis daily and self-harms. Action | Lead | Timescale | "
        "Evidence table. Faults: the SW only phones the ward and nobody is set to visit Oscar in hospital "
        "(L001); 'Ongoing' and 'As and when' (T002); a blank lead (W001); 'Family network' (W002); 'Kayleigh "
        "feels better' as the measure (M002); an outcome about the mother only (F002); the mother's "
        "cannabis use and self-harm with no adult service owning an action (F004). Hard negatives: 'before "
        "discharge', 'after discharge', 'within 20 working days of Oscar becoming looked after', a contingency "
        "with ward security, police and a legal planning step."
    ),
    "text": """\
# Nollbury Council – Child Protection Plan

**Child:** Oscar Flint, born 05/09/2025 (5 weeks)
**Legal status:** Looked after, accommodated under section 20 with his mother's agreement since 02/10/2025
**Where Oscar is now:** Ward 4 (children's ward), Nollbury General Hospital, since 06/10/2025. On discharge he
will go back to his foster carers, Nadia and Chris Greaves, in Nunsford.
**Mother:** Kayleigh Flint (19), Flat 2, Nettlestone Court, Nollbury. Kayleigh is a care leaver and has a
personal adviser from the Nollbury Leaving Care Team.
**Father:** Kayleigh has named Reece Dalton (20). He has not been seen and his whereabouts are not known.
**Conference:** Initial child protection conference, Tuesday 14/10/2025, held at Nollbury General Hospital
**Category:** Neglect
**Social worker:** Marta Kowal, Nollbury Children in Care Team 1 · **IRO:** Joan Pryce · **Chair:** Peter Lyall

## Why Oscar has a plan

At three weeks old Oscar had dropped from the 50th to below the 9th centile. On 30 September the health
visitor found the flat cold, Oscar in a wet babygrow with a bottle of cold formula propped in his Moses basket,
and Kayleigh asleep on the sofa after smoking cannabis. Kayleigh uses cannabis every day and told conference it
is "the only thing that stops me cutting". She has self-harmed since she was 14 and has low mood most days.
She agreed to Oscar going to foster carers on 2 October. Four days later the foster carers took him to
hospital with breathing difficulties and he was admitted with bronchiolitis. He is on oxygen and is fed
through a nasogastric tube, and the ward expects him to stay for at least another week.

## Oscar's days on the ward

Oscar cannot tell us how he feels, so this is what the nurses have seen. He takes small bottles and the rest
of his feed goes down his tube. He settles best when he is held upright against someone's chest, and he
watches faces closely when the nurses talk to him. He cries hard when he is laid flat after a feed. Kayleigh
has been onto the ward twice since 6 October; the nurses saw her cuddle him and change him gently. Nadia
Greaves came in on 9 October to learn about his tube.

## What we want for Oscar

- Oscar gains weight steadily and is well enough to leave hospital for a warm, safe foster home.
- Oscar keeps getting to know his mum through safe, planned time together.
- By the time he is six months old, Oscar has a plan for where he will grow up.
- Kayleigh stops using cannabis and keeps her tenancy.

## Action plan

| Action | Lead | Timescale | Evidence |
|---|---|---|---|
| Agree a discharge date with the ward and the foster carers, and write Oscar's discharge plan | SW Marta Kowal | By 24/10/2025 | Discharge plan shared with the ward, the foster carers and Kayleigh |
| Phone the ward for an update on Oscar's feeding, breathing and weight | SW Marta Kowal | Ongoing | Each update noted on Oscar's file |
| Show Nadia and Chris how to give Oscar's tube feeds and write a feeding plan for home | Amy Lund, paediatric dietitian, Nollbury General Hospital | Before discharge | Feeding plan signed by both foster carers |
| Initial health assessment for Oscar as a looked-after child | Dr Ravi Menon, paediatrician for children in care | Within 20 working days of Oscar becoming looked after (by 30/10/2025) | Health assessment report on Oscar's health file, copy to the SW |
| Contact between Oscar and Kayleigh to be set up once he is home with his foster carers | | After discharge | Written contact timetable sent to Kayleigh and the foster carers |
| Parenting assessment of Kayleigh, including her care of Oscar during contact | SW Marta Kowal, with the Nollbury Parenting Assessment Team | From 03/11/2025; report by 12/12/2025 | Assessment report shared with Kayleigh, the core group and the IRO |
| Help Kayleigh with her Universal Credit claim and her rent | Sam Roe, personal adviser, Nollbury Leaving Care Team | As and when | Claim reference and a rent statement given to the SW |
| Put forward the names of any relatives who could be assessed as carers for Oscar | Family network | By 31/10/2025 | Names and contact details written into Oscar's care plan |
| Viability assessments of the relatives put forward | SW Marta Kowal | Within 10 working days of each name being given | Viability reports shared with the IRO and the core group |
| Register Oscar's birth at Nollbury Register Office | Kayleigh Flint | By 17/10/2025, before he is 42 days old | Copy of the birth certificate on Oscar's file |
| Cut down and then stop using cannabis | Kayleigh Flint | By the first core group (28/10/2025) | Kayleigh feels better |

## Contingency plan

If Kayleigh tries to take Oscar off the ward, or comes onto the ward under the influence or with anyone who
has not been agreed, ward staff will call hospital security and the police, and Marta (or the emergency duty
team out of hours) will hold a strategy discussion the same day.

If Kayleigh withdraws her agreement to section 20, Marta will ask the team manager for a legal planning meeting
that day to decide whether to apply for an interim care order. If the parenting assessment finds that Kayleigh
cannot care for Oscar safely, Marta will ask for a legal planning meeting within 5 working days of the report.

If Nadia and Chris cannot take Oscar back on the day he is ready to leave hospital, he will stay on the ward
until the placement team has found another foster home for him.

## Meetings

- Core group every 4 weeks: Tuesday 28/10/2025 (Ward 4 family room), Tuesday 25/11/2025 and Tuesday 23/12/2025
  (Nollbury Civic Offices), 11am.
- Oscar's first looked-after review, chaired by Joan Pryce: Thursday 30/10/2025.
- Review child protection conference: Tuesday 13/01/2026, 10am, Nollbury Civic Offices.
""",
    "findings": [
        F("T002", "Phone the ward for an update on Oscar's feeding"),
        F("W001", "Contact between Oscar and Kayleigh to be set up"),
        F("T002", "Help Kayleigh with her Universal Credit claim and her rent"),
        F("W002", "Put forward the names of any relatives who could be assessed"),
        F("M002", "Cut down and then stop using cannabis"),
        F("F002", "Kayleigh stops using cannabis and keeps her tenancy."),
        F("F004"),
        F("L001"),
    ],
})
