"""Batch 91, module f: seven fictional plans (tuning material), places beginning with "f".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: who does what, written the ways real plans write it. Owners as roles
and abbreviations (SW, HV, DSL, FSW, IRO, CPN, YOT) with a key, as named
people with their role in brackets, as "you" and "we" in a letter to the
parents, as "the family", "all professionals", "the core group" and
"someone from Early Help"; owners held in a heading ("Health visitor will:")
over a list, or in a "Lead" column merged down several rows; actions with a
blank lead and passive ones ("a referral will be made"). Includes a looked
after baby's care plan during a stay on the neonatal unit with no visits
scheduled, an interim plan written while the case transfers to another local
authority (some work carries on, some waits for the transfer), and a plan with
a child-friendly "my plan" page beside the adults' version. Two docx, two PDFs
of Word documents, two markdown and one plain-text plan; two are exemplary.

Labelling notes for this module:
- An owner given in a heading that the bullets complete ("Health visitor
  (Nadia Qureshi) will:" followed by "- weigh Jaxon ...") is the owner of each
  bullet under it; "The core group will:" makes each of its bullets W002.
- A "Lead" cell merged down several rows is the owner of every row it spans.
- In the letter, "we" is defined as Foxbarrow Children's Services and "you"
  as both parents, so both are owners.
- "Someone from Early Help" names a single service and is an owner.
- Ruby's "My plan" page (plan 5) is her own words about her week, her worries
  and her helpers, written with her: it is read as the child's views, not as a
  second list of actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, domestic abuse and a father's drinking. Action table whose first
#    column, "Lead", is merged down the rows each person owns (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_flaxwell_icpc_lead_column_merged_down_pritchard.docx",
    "doc_title": "Child Protection Plan - Maisie Pritchard and Leo Dobbs-Pritchard",
    "split": "tune",
    "template": "icpc-word-plan-case-details-key-value-lines-why-a-plan-what-the-children-told-us-numbered-outcomes-then-lead-column-merged-down-what-will-happen-by-when-how-we-will-know-table-contingency-core-group-bullets",
    "description": (
        "Initial conference plan for a 6-year-old and a 17-month-old after domestic abuse by the "
        "baby's father, who drinks heavily at weekends. The action table's first column, 'Lead', is "
        "merged down the rows each person owns (SW, HV, DSL, mother, father), then single rows for "
        "the alcohol service, 'Someone from Early Help', the police, a row with a blank lead (a "
        "passive MARAC referral) and an 'All professionals' row that is 'Ongoing'. A risk assessment "
        "and the father's sobriety have no measure, HV visits are only 'Monitored', a non-molestation "
        "order waits until the mother 'feels ready' and a counselling referral is 'ASAP'. One outcome "
        "is only about the mother's confidence. The contingency is specific but names no legal step."
    ),
    "actions": 16,
    "check_vmerge": 5,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Flaxwell Borough Council · Children's Social Care · Safeguarding and Family Support Team (North)"),
        ("kv", [
            ("Children", "Maisie Pritchard, DOB 11/02/2019 (6); Leo Dobbs-Pritchard, DOB 27/01/2024 (17 months)"),
            ("Address", "22 Linnet Way, Flaxwell FX9 4DP"),
            ("Mother", "Chantelle Pritchard (27)"),
            ("Leo's father", "Kyle Dobbs (30), living with his mother at 9 Copse Road, Flaxwell, since 22/06/2025"),
            ("Maisie's father", "Ashley Reid, no contact since 2020"),
            ("Initial child protection conference", "08/07/2025"),
            ("Category", "Emotional abuse (both children)"),
            ("Conference chair", "Frances Udeh (CP chair)"),
            ("Allocated social worker", "Bethan Lloyd"),
            ("Team manager", "Rob Kettering"),
        ]),
        ("h1", "Why Maisie and Leo need a plan"),
        ("p", "Flaxwell Police have been called to the house three times since March 2025. On 21/06/2025 Kyle "
              "came home drunk after a football match and pushed Chantelle into the kitchen door while she was "
              "holding Leo; Leo's forehead was grazed. Maisie hid under her bed and rang her nan, Sandra "
              "Pritchard, who called the police. Kyle was arrested and bailed not to contact Chantelle; the "
              "bail ended on 05/07/2025 without charge and he has been coming to the house to see Leo since. "
              "Kyle told the social worker he drinks \"eight or nine cans on a Saturday, more if we lose\". "
              "Chantelle says the relationship is over, but she has let Kyle move back in twice before."),
        ("h1", "What Maisie and Leo have told us and what we have seen"),
        ("p", "Maisie (seen on her own at school, 30/06/2025): \"When Kyle shouts I go under my bed with Leo's "
              "blanket so he can't hear it. I want Kyle to stop drinking beer and say sorry to Mummy.\" Maisie "
              "put herself at 3 out of 10 for feeling safe on days Kyle comes round and 9 on days he doesn't. "
              "Her teacher says she is tired on Mondays and asks to ring home at lunchtime."),
        ("p", "Leo startles and cries when voices are raised and clings to Chantelle when a man comes into the "
              "room. The health visitor noticed in June that he babbles less than he did at his 1-year check. "
              "He settles quickly when Maisie sings to him."),
        ("h1", "What needs to be different for Maisie and Leo"),
        ("numbers", [
            "Maisie and Leo live in a home where there is no shouting, hitting or drunken arguments.",
            "Maisie feels safe enough to sleep in her own bed and goes to school each day without worrying "
            "about home.",
            "Leo's speech and development are back on track by his 2-year review.",
            "Chantelle will feel more confident and stronger in herself.",
        ]),
        ("h1", "The plan"),
        ("p", "The person in the Lead column is responsible for every row beside it."),
        ("table", {
            "header": ["Lead", "What will happen", "By when", "How we will know it is working"],
            "widths": [3.3, 6.0, 3.2, 4.5],
            "rows": [
                ["Bethan Lloyd (SW)",
                 "Visit Maisie and Leo at home every two weeks, with at least one unannounced visit a month, "
                 "and see Maisie on her own each time",
                 "Every 2 weeks from 15/07/2025",
                 "Visit records show both children seen, Maisie seen alone and her words written down"],
                [V, "Complete a risk assessment of Kyle's contact with Leo", "By 29/08/2025", ""],
                [V, "Help Chantelle to apply for a non-molestation order if she decides she wants one",
                 "When Chantelle feels ready",
                 "Chantelle's decision, and any application, recorded on LCS"],
                ["Rita Osei (HV)",
                 "Weigh and measure Leo and bring forward his developmental review, with a hearing check",
                 "By 15/08/2025",
                 "ASQ-3 scores, weight and hearing result in the red book; copy sent to the SW"],
                [V, "Home visits to talk with Chantelle about Leo's sleep and how the arguments affect him",
                 "Monthly", "Monitored"],
                ["Mr Paul Haskins (DSL, Flaxwell St Mary's Primary)",
                 "Check in with Maisie each morning and let her use the nurture room when she is worried",
                 "Every school day",
                 "Maisie's check-in sheet kept in the nurture room; weekly summary emailed to the SW each Friday"],
                [V, "Make a referral to the school counsellor for Maisie", "ASAP",
                 "Counselling start date confirmed to the SW"],
                ["Chantelle Pritchard (Mum)",
                 "Attend the Freedom Programme at Flaxwell Family Hub",
                 "12 weekly sessions from 04/09/2025",
                 "Attendance register sent to the SW; Chantelle tells the SW what she has learnt and how she "
                 "will keep Maisie and Leo safe"],
                [V, "Ring 999 if Kyle comes to the house after drinking, and tell the SW the next working day",
                 "Each time it happens",
                 "Police incident log checked by the SW before each core group"],
                ["Kyle Dobbs (Leo's dad)",
                 "Attend the Flaxwell Safer Relationships programme for men who have been abusive",
                 "24 weekly sessions from 01/09/2025",
                 "Attendance and the facilitator's report to each core group"],
                [V, "Stay sober before and during every contact with Leo", "From 08/07/2025", ""],
                ["Flaxwell Recovery Hub (Dean Marsh, recovery worker)",
                 "Alcohol assessment of Kyle, with a written view on the risk his drinking poses to Leo "
                 "during contact",
                 "By 22/08/2025",
                 "Assessment report sent to the SW before the core group on 16/09/2025"],
                ["Someone from Early Help",
                 "Routines and budgeting sessions with Chantelle at home, focused on bedtimes and meals for "
                 "Maisie and Leo",
                 "Six weekly sessions starting by 05/08/2025",
                 "Routine chart on the fridge, seen by the SW; Early Help closing summary sent to the SW"],
                ["Flaxwell Police (Domestic Abuse Safeguarding Unit)",
                 "Put a flag on the address so that any 999 call from it is treated as urgent",
                 "By 11/07/2025",
                 "Flag confirmed in writing to the SW"],
                ["", "A referral will be made to MARAC", "By 18/07/2025", "MARAC actions shared with the SW"],
                ["All professionals", "Share any news of Kyle being at the house", "Ongoing",
                 "Each report logged on the children's LCS record"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kyle comes to the house after drinking, or there is any further incident of violence, "
              "Chantelle will ring 999 and the police will attend as an urgent call because the address is "
              "flagged. Bethan (or the emergency duty team out of hours) will hold a strategy discussion the "
              "same day. If Chantelle lets Kyle stay at the house, Maisie and Leo will go to stay with their "
              "nan, Sandra Pritchard, at 4 Hollins Close while the plan is looked at again."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Flaxwell Family Hub, 9.30am: 22/07/2025, 19/08/2025 and 16/09/2025.",
            "Review child protection conference: 07/10/2025, 10am, Flaxwell Civic Centre, Room 4.",
        ]),
        ("p", "Plan agreed at the initial conference on 08/07/2025. Copies to Chantelle, Kyle and every agency "
              "named above."),
    ],
    "findings": [
        F("M001", "Complete a risk assessment of Kyle's contact with Leo"),
        F("T002", "Help Chantelle to apply for a non-molestation order"),
        F("M002", "Home visits to talk with Chantelle about Leo's sleep"),
        F("T002", "Make a referral to the school counsellor for Maisie"),
        F("M001", "Stay sober before and during every contact with Leo"),
        F("W001", "A referral will be made to MARAC"),
        F("W002", "Share any news of Kyle being at the house"),
        F("T002", "Share any news of Kyle being at the house"),
        F("F002", "Chantelle will feel more confident and stronger in herself."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review plan written as a letter to the parents ("you", "we", "I"),
#    neglect and a mother's depression. PDF of a Word letter with header/footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_foxbarrow_rcpc_letter_to_parents_you_and_we_mcallister.pdf",
    "doc_title": "Letter to Kayleigh and Ryan McAllister - the children's child protection plan",
    "split": "tune",
    "template": "rcpc-plan-as-letter-to-parents-address-block-you-we-i-defined-why-the-children-still-have-a-plan-what-they-told-me-what-we-want-bullets-what-needs-to-happen-bullets-if-things-go-wrong-when-we-will-meet-pdf-header-footer",
    "description": (
        "Review conference plan for a 10-year-old and a 4-year-old (neglect; the mother has "
        "depression), written by the social worker as a plain-words letter to both parents, where "
        "'I' is the SW, 'we' is Children's Services and 'you' is both parents. Each bullet of 'What "
        "needs to happen' is one action. The dentist and eye test have no timescale, the CPN only "
        "supports the mother with her mood and the measure is that she 'feels better', 'the family' "
        "help with the school run 'whenever they can', a school nursing referral 'will be made' by "
        "nobody, and 'all professionals' keep an eye on the children. The grandmother and an uncle "
        "carry regular care but the contingency, otherwise specific and naming legal planning, does "
        "not say what happens if they cannot."
    ),
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE: PERSONAL",
    "footer": "Foxbarrow City Council - Children's Services - page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("pl", "Foxbarrow City Council"),
        ("pl", "Children's Services - Child Protection and Court Team (East)"),
        ("pl", "Kingfisher House, 2 Lockside, Foxbarrow FX3 8LW"),
        ("pr", "18 July 2025"),
        ("p", ""),
        ("pl", "Kayleigh and Ryan McAllister"),
        ("pl", "14 Sorrel Walk"),
        ("pl", "Foxbarrow FX7 2QN"),
        ("p", ""),
        ("p", "Dear Kayleigh and Ryan,"),
        ("boldp", "Tyler (10) and Ava-Rose (4): your children's child protection plan"),
        ("p", "Thank you both for coming to the review child protection conference on 15 July 2025. The "
              "conference agreed that Tyler and Ava-Rose will stay on a child protection plan under the "
              "category of neglect. I promised to write the plan down for you in plain words. In this letter "
              "\"I\" means me, Hannah Price, your social worker, and \"we\" means Foxbarrow Children's "
              "Services. When I write \"you\" I mean both of you."),
        ("h2", "Why the children still have a plan"),
        ("p", "Some things are better than in April: the kitchen is cleaner, Ava-Rose has started nursery and "
              "you have both been honest with me. But Tyler has been late 19 times this term and missed 11 "
              "days. Ava-Rose has three decayed teeth and has never seen a dentist. On two of my visits in June "
              "the house was cold and there was no food in. Kayleigh, you told me your depression has been "
              "very bad since your dad died in February, and there are days when you cannot get out of bed. "
              "Ryan, you work long shifts at the warehouse, and when you are at work Tyler gets Ava-Rose up and "
              "gives her breakfast."),
        ("h2", "What Tyler and Ava-Rose have told me"),
        ("p", "Tyler told me at school on 9 July: \"I don't mind doing Ava's breakfast but I'm always late "
              "and Miss shouts. I want Mum to be happy again.\" He said the best thing about home is his "
              "Xbox and the worst thing is \"when there's no milk\". He would like to keep going to football "
              "with Uncle Craig."),
        ("p", "Ava-Rose showed me her bed and her teddy, Bluey. She held her cheek and said her tooth was "
              "\"ouchy\". At nursery she eats two breakfasts and staff say she often falls asleep after lunch."),
        ("h2", "What we want for Tyler and Ava-Rose"),
        ("bullets", [
            "Tyler and Ava-Rose are up, washed, fed and on time for school and nursery every day.",
            "Ava-Rose's teeth are treated and she sees a dentist every six months.",
            "The children live in a warm home with food in the cupboards and a bed each.",
            "Tyler can be a 10-year-old boy and is not the one looking after his sister.",
        ]),
        ("h2", "What needs to happen"),
        ("bullets", [
            "We will visit you at home every two weeks, and at each visit I will see Tyler and Ava-Rose on "
            "their own and write down what they tell me.",
            "You will get Tyler to school by 8.45am every day, and Mrs Delaney, the designated safeguarding "
            "lead at Foxbarrow Meadows Primary, will email me his attendance every Friday.",
            "You will take Ava-Rose to the dentist and to her eye test, and show me the appointment letters.",
            "Kayleigh, Lorna Beck (CPN, Foxbarrow Community Mental Health Team) will keep seeing you every two "
            "weeks to support you with your low mood and your medication; we will know it is helping when you "
            "feel better.",
            "Denise (Ryan's mum) will have Ava-Rose at her house every Wednesday from 9am to 3pm, when there "
            "is no nursery, so that Kayleigh can rest and go to her appointments, and will write in "
            "Ava-Rose's home book what she ate and how she slept.",
            "Craig (Kayleigh's brother) will take Tyler to football training every Saturday morning and bring "
            "him home for lunch; the club keeps a register that I can see.",
            "The family will help out with the school run whenever they can.",
            "A referral will be made to the school nursing team about Tyler's bedwetting by 15 August 2025.",
            "Ryan, you will clear the back bedroom and put up Ava-Rose's new bed by 1 August 2025, and I will "
            "check it at my next visit.",
            "Jo Hartley, Ava-Rose's health visitor, will check her weight, teeth and speech by 29 August 2025 "
            "and send me her notes.",
            "All professionals will keep an eye on how the children look and whether they seem hungry, and "
            "tell me the same day if they are worried.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Tyler misses two days of school in a week without a reason, if either child is left at home "
              "without an adult, or if Kayleigh tells anyone she has thoughts of harming herself, I (or the "
              "emergency duty team out of hours) will visit the same day and hold a strategy discussion. If the "
              "children cannot stay safely at home, they will go to approved foster carers that night."),
        ("p", "If there is not enough change by the next review conference, my manager and I will ask for a "
              "legal planning meeting to decide whether to start the Public Law Outline."),
        ("h2", "When we will meet"),
        ("p", "The core group (you, me, Mrs Delaney, Jo Hartley, Lorna Beck and Denise) will meet every four "
              "weeks at Foxbarrow Meadows Primary at 3.30pm: 12 August, 9 September and 7 October 2025. The "
              "next review child protection conference is on 20 November 2025 at 10am at Kingfisher House."),
        ("p", "If any part of this letter is not clear, or you think I have got something wrong, please ring "
              "me on 01632 960418. You can also ask for an advocate to help you at meetings."),
        ("p", "Yours sincerely,"),
        ("pl", "Hannah Price"),
        ("pl", "Social Worker, Child Protection and Court Team (East)"),
        ("p", "Copy: core group members; Tyler's and Ava-Rose's records."),
    ],
    "findings": [
        F("T001", "take Ava-Rose to the dentist and to her eye test"),
        F("H001", "will keep seeing you every two weeks to support you"),
        F("M002", "will keep seeing you every two weeks to support you"),
        F("W002", "The family will help out with the school run"),
        F("T002", "The family will help out with the school run"),
        F("M001", "The family will help out with the school run"),
        F("W001", "A referral will be made to the school nursing team"),
        F("M001", "A referral will be made to the school nursing team"),
        F("W002", "All professionals will keep an eye on how the children look"),
        F("M002", "All professionals will keep an eye on how the children look"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Looked-after baby's care plan (also her CP plan) during a stay on the
#    neonatal unit: nobody set to visit at a stated frequency. Banner rows
#    across the table (PDF of a landscape Word plan)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_frithmoor_lac_care_plan_neonatal_banner_rows_brennan.pdf",
    "doc_title": "Care Plan (Looked After Child) - Lily-Mae Brennan",
    "split": "tune",
    "template": "looked-after-care-plan-also-cp-plan-landscape-child-details-grid-story-so-far-day-on-the-unit-outcomes-then-banner-rows-across-what-needs-to-happen-who-by-when-how-we-will-know-table-contingency-bullets-meetings-and-reviews-pdf-header-footer",
    "description": (
        "Care plan for a premature baby accommodated under section 20 while still on the neonatal "
        "unit, which is also her child protection plan (mother a 19-year-old care leaver using cocaine "
        "and cannabis). Landscape table with banner rows across (placement, health, family time, "
        "Shannon's own needs). The SW only liaises with the ward, the foster carer visits 'When she "
        "can' and the mother 'As often as she can', so no one is set to visit at a stated frequency. "
        "A memory book row has no lead and no measure, the drug service key-work is 'Ongoing' with "
        "'Engagement', and the parenting assessment has no measure. The drug service is only a place "
        "the mother goes; it owns no action. The contingency is specific and names legal planning."
    ),
    "actions": 9,
    "landscape": True,
    "header": "OFFICIAL-SENSITIVE",
    "footer": "Frithmoor Council - Care Plan (Looked After Child) - Lily-Mae Brennan - page {PAGE} of {NUMPAGES}",
    "blocks": [
        ("title", "Care Plan for a Looked After Child"),
        ("p", "Frithmoor Council · Children in Care Service. This care plan is also Lily-Mae's child protection "
              "plan: her core group works from it and it goes to her looked after reviews."),
        ("table", {
            "header": ["Child's details", H, H, H],
            "widths": [4.0, 8.85, 4.0, 8.85],
            "bold_first_col": True,
            "rows": [
                ["Name", "Lily-Mae Brennan", "Date of birth", "02/06/2025 at 31+2 weeks (birth weight 1.41kg)"],
                ["Legal status", "Accommodated under section 20, Children Act 1989, since 20/06/2025 "
                                 "(Shannon's signed consent on file)",
                 "Child protection", "Subject to a child protection plan (neglect) since the pre-birth "
                                     "conference on 23/05/2025"],
                ["Where Lily-Mae is now", "Ward 3 (Neonatal Unit), Frithmoor General Hospital",
                 "Placement on discharge", "Joanne and Steve Ferris, Frithmoor Council foster carers, "
                                           "Thornbury Lane"],
                ["Mother", "Shannon Brennan (19), care leaver, supported lodgings in Frithmoor",
                 "Father", "Not named on the birth certificate; Shannon says he is Jordan Tate (20), "
                           "whereabouts not known"],
                ["Social worker", "Gareth Pugh, Children in Care Team 1",
                 "Independent reviewing officer", "Mandeep Gill"],
            ],
        }),
        ("h1", "1. Lily-Mae's story so far"),
        ("p", "Shannon had four antenatal appointments and tested positive for cocaine and cannabis at 20 weeks "
              "and again when Lily-Mae was born. Lily-Mae was born at 31 weeks and needed help with her "
              "breathing for 6 days. She had withdrawal symptoms (tremor, high-pitched cry, poor feeding) and "
              "is still partly fed by a nasogastric tube. On 20/06/2025 Shannon agreed that Lily-Mae should be "
              "looked after by the local authority and go to foster carers when she is well enough to leave "
              "hospital. The unit expects discharge in late August."),
        ("h1", "2. Lily-Mae's day on the unit"),
        ("p", "Nursing staff describe a baby who startles at alarms and loud voices and settles best when she is "
              "held skin to skin or swaddled in a dim cot space. Her tremors are less frequent. She takes "
              "around a third of each feed from a bottle and the rest by tube, and she tires quickly. Shannon "
              "came onto the unit four times in Lily-Mae's first three weeks and held her for over an hour "
              "each time; she has not been in during the last ten days. Lily-Mae was seen by Gareth on "
              "24/06/2025, asleep in her incubator."),
        ("h1", "3. What we want for Lily-Mae"),
        ("bullets", [
            "Lily-Mae leaves hospital feeding by bottle, gaining weight and free of withdrawal symptoms.",
            "Lily-Mae moves straight from the unit to foster carers who already know her and her routines.",
            "Lily-Mae keeps a relationship with her mum through regular, safe family time.",
            "A permanent plan for Lily-Mae is agreed by the time she is 6 months old.",
        ]),
        ("h1", "4. The care plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know"],
            "widths": [9.0, 5.5, 4.2, 7.0],
            "rows": [
                ["PLACEMENT AND DISCHARGE", H, H, H],
                ["Liaise with the neonatal unit and chair the discharge planning meeting",
                 "Gareth Pugh (SW)", "Discharge planning meeting by 25/07/2025",
                 "Discharge plan agreed and sent to the foster carers, Shannon and the IRO"],
                ["Visit Lily-Mae on the unit to learn her feeding and care before she comes home to the Ferris "
                 "family",
                 "Joanne Ferris (foster carer)", "When she can",
                 "Ward nurses sign Joanne's care competency checklist"],
                ["Complete neonatal abstinence and tube-feeding training with the neonatal outreach nurse",
                 "Joanne and Steve Ferris (foster carers)", "Before discharge",
                 "Training record signed by the outreach nurse and sent to their supervising social worker"],
                ["HEALTH", H, H, H],
                ["Initial health assessment for Lily-Mae as a looked after child",
                 "Dr Ruth Kamau (community paediatrician, LAC health team)",
                 "By 18/07/2025 (20 working days after she became looked after)",
                 "Health assessment report sent to the SW and IRO; health plan in the foster carers' file"],
                ["Memory book and photos of Lily-Mae's first weeks to be started", "", "By 31/07/2025", ""],
                ["FAMILY TIME", H, H, H],
                ["Shannon to visit Lily-Mae on the unit, with nursing staff present",
                 "Shannon Brennan (mother)", "As often as she can",
                 "Each visit written in the ward family-time log"],
                ["SHANNON'S OWN NEEDS", H, H, H],
                ["Attend Frithmoor Drug and Alcohol Service (FDAS) for assessment and key-work",
                 "Shannon Brennan", "Ongoing", "Engagement with FDAS"],
                ["Parenting assessment of Shannon, including her care of Lily-Mae on the unit",
                 "Gareth Pugh (SW)", "By 30/09/2025", ""],
                ["Help Shannon find a tenancy that could later be suitable for a baby",
                 "Mo Rahman (personal adviser, Leaving Care Team)", "By 31/10/2025",
                 "Tenancy offer and start date recorded in Shannon's pathway plan"],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("bullets", [
            "If Shannon comes onto the unit under the influence of drugs or alcohol, or tries to take "
            "Lily-Mae off the unit, nursing staff will end the visit, call hospital security and the police, "
            "and tell the SW (or the emergency duty team) the same day.",
            "If Shannon withdraws her consent to section 20, Gareth will ask for an urgent legal planning "
            "meeting the same day so that the local authority can apply for an interim care order.",
            "If the Ferris family cannot take Lily-Mae when she is ready for discharge, she will stay on the "
            "unit until another foster carer trained in her care is found; she will not be discharged to "
            "Shannon.",
        ]),
        ("h1", "6. Meetings and reviews"),
        ("bullets", [
            "Core group every 4 weeks in the family room on Ward 3: 29/07/2025, 26/08/2025 and 23/09/2025.",
            "Review child protection conference: 19/08/2025, 2pm, Frithmoor Civic Centre.",
            "First looked after review (IRO Mandeep Gill): 18/07/2025; second looked after review: 14/10/2025.",
        ]),
        ("p", "Plan written by Gareth Pugh (SW) on 14/07/2025 and agreed with Shannon Brennan on 15/07/2025."),
    ],
    "findings": [
        F("T002", "Visit Lily-Mae on the unit to learn her feeding and care"),
        F("W001", "Memory book and photos of Lily-Mae's first weeks"),
        F("M001", "Memory book and photos of Lily-Mae's first weeks"),
        F("T002", "Shannon to visit Lily-Mae on the unit, with nursing staff present"),
        F("T002", "Attend Frithmoor Drug and Alcohol Service (FDAS) for assessment"),
        F("M002", "Attend Frithmoor Drug and Alcohol Service (FDAS) for assessment"),
        F("M001", "Parenting assessment of Shannon, including her care of Lily-Mae"),
        F("L001"),
        F("F004"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Interim plan while the case transfers to another local authority: some
#    work carries on until the transfer-in conference, some waits (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_fennerby_interim_transfer_out_table_marsden.md",
    "split": "tune",
    "template": "interim-cp-plan-pending-transfer-markdown-bold-label-lines-why-there-is-a-plan-what-the-children-tell-us-numbered-outcomes-then-numbered-action-who-when-how-table-if-things-go-wrong-bullets-core-group-and-review-bullets",
    "description": (
        "Interim child protection plan for a 3-year-old and a 5-month-old whose mother has fled "
        "domestic abuse to a refuge in another authority, written while the case transfers. Owners "
        "are named people with their role in brackets, agencies and 'All professionals'. Visits, "
        "file transfer, the HV handover and GP registration carry on, but the parenting assessment, "
        "the IDVA referral and the Freedom Programme are left for the receiving authority after the "
        "transfer. The nursery place is 'ASAP', the IDVA referral has no measure, and 'Keep the "
        "refuge address confidential' is 'All professionals', 'Throughout', with no measure. The "
        "review conference is cancelled and the transfer-in date is 'to be confirmed'."
    ),
    "actions": 11,
    "text": """\
# Fennerby Council – Children's Social Care

## Child Protection Plan – interim plan while the case transfers

**Children:** Kai Marsden (DOB 03/04/2022, age 3) and Summer Marsden (DOB 14/02/2025, 5 months)
**Mother:** Stacey Marsden (24)
**Father of both children:** Dean Whitlow (27) – no contact; police bail conditions not to approach Stacey or the children
**Category:** Emotional abuse, plan made at the initial conference on 10/06/2025
**Where the family live now:** a refuge in Ollerbridge (address held only by the SW and Ollerbridge Women's Aid)
**Fennerby social worker:** Aisha Rahman | **Team manager:** Lorraine Hughes
**Receiving authority:** Ollerbridge County Council Children's Services (transfer-in request sent 18/07/2025)
**Plan updated at the core group on:** 22/07/2025 (by Teams; Ollerbridge duty SW Paul Nyambura attended)

### Why there is a plan

On 02/06/2025 Dean held Stacey by the throat in the living room while Kai watched from the
stairs. It was the fourth incident reported to Fennerby Police in a year. On 05/07/2025 Stacey
took the children to a refuge in Ollerbridge. Because the family now live in Ollerbridge the plan
is transferring. Under the transfer protocol Fennerby stays responsible for the plan until
Ollerbridge holds its transfer-in conference.

### What Kai and Summer tell us

Kai (seen at the refuge on 16/07/2025): "Daddy hurt Mummy's neck. I like it here, there's a
red bike and a big girl plays with me." He asked twice whether Daddy knows where they live.
At night he comes into Stacey's bed and says he is scared of the door banging.

Summer smiles and rolls, feeds well and is on the 50th centile. The refuge worker has seen her
startle and cry when voices are raised in the shared kitchen, and settle quickly on Stacey's
shoulder.

### What needs to be different

1. Kai and Summer are safe from Dean and do not see or hear any more violence.
2. Kai starts nursery and has a settled day at the refuge and then in a new home.
3. Summer keeps growing well and has her checks and immunisations on time.

### Action plan

| # | Action | Who | When | How we'll know |
|---|---|---|---|---|
| 1 | Visit Stacey, Kai and Summer at the refuge and see Kai on his own | Aisha Rahman (SW, Fennerby) | Every 2 weeks until the Ollerbridge transfer-in conference | Visit records on LCS describe how Kai and Summer are and what Kai says |
| 2 | Send the case file, chronology and this plan to Ollerbridge Children's Services | Aisha Rahman (SW, Fennerby) | By 25/07/2025 | Ollerbridge confirm receipt by email |
| 3 | Hand over Summer's health records and weight chart, and do a joint home visit with the Ollerbridge health visitor | Kerry Doyle (HV, Fennerby) | Joint visit by 08/08/2025 | Handover noted on both HV records; Summer weighed at the joint visit |
| 4 | Register Kai and Summer with a GP near the refuge | Stacey Marsden (Mum), with Precious Mensah (key worker, Ollerbridge Women's Aid) | By 01/08/2025 | GP registration confirmed to the SW and HV |
| 5 | Find Kai a nursery place near the refuge | Stacey Marsden (Mum) | ASAP | Kai's nursery start date and attendance sent to the SW |
| 6 | Parenting assessment of Stacey and her care of Kai and Summer | Ollerbridge Children's Services | Once the transfer is complete | Assessment report shared with Stacey and the core group |
| 7 | Referral to the Ollerbridge IDVA service for Stacey | Ollerbridge Children's Services (after transfer) | After transfer | |
| 8 | Tell the SW and Ollerbridge Police straight away about any breach of Dean's bail conditions | Fennerby Police (Public Protection Unit), DC Hollie Grant | Same day as any breach | Breach logged on police systems and emailed to the SW |
| 9 | Keep the refuge address confidential | All professionals | Throughout | |
| 10 | Freedom Programme for Stacey: the Fennerby group has stopped, and a place on an Ollerbridge group is to be arranged by the receiving authority | Ollerbridge Children's Services | After the transfer-in conference | Attendance record |
| 11 | Chase the date of the transfer-in conference and attend it with the SW | Lorraine Hughes (Team Manager, Fennerby) | Date agreed by 01/08/2025 | Conference date confirmed in writing and added to this plan |

### If things go wrong

- If Dean finds out where the refuge is, is seen in Ollerbridge, or contacts Stacey, Stacey will
  ring 999 and Ollerbridge Women's Aid will move the family to another refuge the same day
  through the National Domestic Abuse Helpline.
- If Stacey takes the children back to Fennerby or lets Dean see them, Aisha (or the emergency
  duty team) will hold a strategy discussion the same day, and Lorraine Hughes will request a
  legal planning meeting within 5 working days.

### Core group and review

- Core group: next meeting 19/08/2025 by Teams, then every 4 weeks until the transfer-in
  conference. Fennerby chairs; Ollerbridge attends.
- Review conference: the Fennerby review conference due on 09/09/2025 is cancelled. Ollerbridge
  will hold a transfer-in conference instead – date to be confirmed.
""",
    "findings": [
        F("T002", "Find Kai a nursery place near the refuge"),
        F("X001", "Parenting assessment of Stacey and her care"),
        F("X001", "Referral to the Ollerbridge IDVA service for Stacey"),
        F("M001", "Referral to the Ollerbridge IDVA service for Stacey"),
        F("W002", "Keep the refuge address confidential"),
        F("T002", "Keep the refuge address confidential"),
        F("M001", "Keep the refuge address confidential"),
        F("X001", "a place on an Ollerbridge group is to be arranged"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review plan, mother with bipolar disorder, 8-year-old young carer. The
#    adults' plan, then Ruby's own "My plan" page. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_farlowmere_rcpc_adult_plan_and_my_plan_page_hollis.docx",
    "doc_title": "Review Child Protection Plan - Ruby Hollis",
    "split": "tune",
    "template": "rcpc-word-plan-two-column-details-table-what-has-happened-rubys-views-numbered-outcomes-then-outcome-number-what-will-happen-who-when-how-we-will-know-table-contingency-core-group-then-page-break-child-friendly-my-plan-page",
    "description": (
        "Exemplary review conference plan for an 8-year-old whose mother has bipolar disorder and was "
        "admitted to hospital in the spring, when Ruby was caring for her. Owners are named people "
        "with their role in brackets. After the adults' plan comes a page break and Ruby's own 'My "
        "plan' page in her words (good things, worries, what she wants, her helpers), read as her "
        "views, not as more actions. Every row has an owner, a timescale and evidence; the CPN assesses "
        "and reports on capacity to change; the grandfather's afternoons have a fallback; legal "
        "planning, core group dates and the review date are set."
    ),
    "actions": 10,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Farlowmere City Council – Children and Young People's Services – Locality Team 2"),
        ("table", {
            "widths": [4.5, 12.5],
            "bold_first_col": True,
            "rows": [
                ["Child", "Ruby Hollis, DOB 09/10/2016 (8), Year 3 at Farlowmere Park Primary"],
                ["Lives with", "Natalie Hollis (mum, 35), 6 Weaver Street, Farlowmere FW4 2AJ"],
                ["Family", "Pete Hollis (grandad, Natalie's father), 12 Orchard Rise, ten minutes' walk away. "
                           "Ruby's father, Aaron Cole, lives in Inverness and rings Ruby on Sundays."],
                ["Category", "Neglect, since the initial conference on 15/04/2025"],
                ["This conference", "First review child protection conference, 15/07/2025"],
                ["Chair", "Yusuf Merali (CP chair)"],
                ["Social worker", "Dani Okafor, Locality Team 2"],
                ["Two versions", "The plan for the adults comes first. The last page is Ruby's own page, "
                                 "written with her."],
            ],
        }),
        ("h1", "What has happened"),
        ("p", "Natalie has bipolar affective disorder, diagnosed in 2015. In March 2025 she stopped taking her "
              "lithium, became very unwell and spent three weeks on Bracken Ward at Farlowmere Hospital. In the "
              "weeks before she went in, Ruby got herself up and to school, made her own meals and missed nine "
              "school days; she rang Grandad Pete when Mum had not slept for three nights. Since coming home "
              "Natalie has taken her lithium every day, her blood levels have been in range and she has seen "
              "her CPN every fortnight. Ruby is still doing a lot at home, including checking that Mum has "
              "taken her tablets."),
        ("h1", "Ruby's views"),
        ("p", "Ruby (seen on her own at school, 08/07/2025): \"Mum's better now. She makes my tea again. I "
              "still do the washing up and I check she's had her tablets. I like Tuesdays and Thursdays at "
              "Grandad's because we make pancakes.\" Ruby put home at 7 out of 10 (\"it was 2 when Mum was "
              "poorly\"). She wants Mum to stay well and not go back to hospital, and she wants to go to "
              "Brownies with her friend."),
        ("h1", "What needs to be different for Ruby"),
        ("numbers", [
            "Ruby is looked after every day by an adult who gets her up, fed and to school on time.",
            "Ruby is a child, not her mum's carer, and has time to play and see her friends.",
            "Ruby understands her mum's illness and knows who to ring if Mum becomes unwell.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Outcome", "What will happen", "Who", "When", "How we will know"],
            "widths": [1.6, 5.6, 3.3, 2.9, 3.6],
            "rows": [
                ["1", "See Ruby on her own, at school and at home in turn, and use her 'three houses' drawing "
                      "to hear how things are",
                 "Dani Okafor (SW)", "Every 2 weeks; next visit 22/07/2025",
                 "Visit records include Ruby's three houses sheet and what she said"],
                ["1", "Take lithium as prescribed and keep the relapse-signature card on the fridge, so that "
                      "Ruby is got up, fed and to school every day",
                 "Natalie Hollis (Mum)", "Every day from 15/07/2025",
                 "Lithium levels in range at each 3-monthly blood test (GP letter to the SW); card seen on "
                 "the fridge at each home visit"],
                ["1", "See Natalie to check her mood, medication and relapse plan, and give a written view on "
                      "whether she can keep her illness stable enough to care for Ruby, what needs to change "
                      "and how long that is likely to take",
                 "Marcus Lyle (CPN, Farlowmere Community Mental Health Team)",
                 "Every 2 weeks; written report before each core group",
                 "CPN report to each core group on early warning signs and Natalie's capacity to change"],
                ["1", "Check Ruby's attendance, punctuality and whether she has had breakfast, and ring the SW "
                      "the same day if she is absent without a reason",
                 "Mrs Sue Bramley (DSL, Farlowmere Park Primary)", "Every school day",
                 "Attendance and breakfast club figures emailed to the SW every Friday"],
                ["1", "Share Natalie's crisis and relapse plan (agreed with the CMHT) and the crisis team "
                      "number with Pete and the school",
                 "Dani Okafor (SW)", "By 31/07/2025",
                 "Pete and Mrs Bramley confirm by email that they have the plan"],
                ["2", "Young carers assessment for Ruby, with a written list of the jobs Ruby stops doing at "
                      "home",
                 "Jas Kaur (young carers worker, Farlowmere Carers' Centre)", "By 29/08/2025",
                 "Assessment and list sent to the SW; at the next visit Ruby tells the SW which jobs she no "
                 "longer does"],
                ["2", "Collect Ruby from school and give her tea at his house",
                 "Pete Hollis (grandad)", "Every Tuesday and Thursday, 3.15pm to 6pm",
                 "School office collection log; Pete signs Ruby's home-school diary"],
                ["2", "Arrange a place for Ruby at 2nd Farlowmere Brownies and pay for her uniform from the "
                      "family support budget",
                 "Lewis Grant (FSW, Farlowmere Family Hub)", "Starting 10/09/2025, every Wednesday in term",
                 "Brownies attendance register shared with the SW"],
                ["3", "Three sessions with Ruby using the 'When a parent is unwell' workbook, and make a safety "
                      "card with her of who to ring",
                 "Lewis Grant (FSW, Farlowmere Family Hub)", "All three sessions by 30/09/2025",
                 "Completed workbook on file; Ruby shows her safety card to the SW"],
                ["3", "Talk with Ruby, with Natalie there, about Natalie's illness in words Ruby understands",
                 "Marcus Lyle (CPN)", "One joint session by 26/08/2025",
                 "Session note sent to the SW; Ruby can say in her own words what Mum's illness is"],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("bullets", [
            "Natalie's early warning signs (from her relapse plan) are sleeping less than 4 hours a night for "
            "two nights, missing a lithium dose, spending sprees, or not getting Ruby to school. Anyone who "
            "sees one of these tells Dani (or the emergency duty team out of hours) the same day, and Marcus "
            "contacts the crisis team the same day.",
            "If Natalie becomes unwell again, Ruby will stay with Pete at 12 Orchard Rise and Dani will hold a "
            "strategy discussion the same day.",
            "If Pete is ill, away or cannot have Ruby, the emergency duty team will place Ruby with approved "
            "Farlowmere foster carers that night, and Ruby can take her safety card and her rabbit.",
            "If Natalie stops her lithium, or Ruby is found looking after herself again, Dani's team manager "
            "will arrange a legal planning meeting within 5 working days.",
        ]),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks at Farlowmere Park Primary, 3.30pm: 12/08/2025, 09/09/2025 and "
            "07/10/2025.",
            "Next review child protection conference: 15/01/2026, 10am, Farlowmere Civic Offices.",
        ]),
        ("pagebreak",),
        ("h1", "My plan – Ruby's page"),
        ("p", "Ruby and Dani wrote this page together on 10/07/2025. Ruby chose the words and drew the pictures "
              "(the pictures are in the paper copy)."),
        ("h2", "Things that are good"),
        ("bullets", [
            "Mum makes my tea again and we watch Bake Off together.",
            "Grandad Pete picks me up on Tuesdays and Thursdays and we make pancakes.",
            "Mrs Bramley lets me help in the library at lunch.",
        ]),
        ("h2", "Things I worry about"),
        ("bullets", [
            "I worry Mum will go back to the hospital.",
            "I still check Mum has had her tablets before school.",
        ]),
        ("h2", "What I want"),
        ("bullets", [
            "I want Mum to stay well.",
            "I want to go to Brownies with Lily from my class.",
            "I don't want to do the washing up every night.",
        ]),
        ("h2", "My helpers"),
        ("bullets", [
            "Dani is my social worker. She sees me every 2 weeks, sometimes at school and sometimes at home.",
            "Marcus is Mum's nurse. He checks how Mum is and tells Dani.",
            "If Mum gets poorly I go to Grandad's. If Grandad can't have me, Dani finds a kind family for me "
            "to stay with.",
            "My safety card says who to ring. It is in my school bag.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Core group plan for a premature baby at home, parents using drugs. Plain
#    text with the owner in a heading over each list ("Health visitor will:",
#    "The core group will:", "Also agreed:" for passive actions) (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_fordwyke_core_group_who_will_lists_sowerby.txt",
    "split": "tune",
    "template": "core-group-plan-plain-text-upper-case-dashed-headings-aligned-label-value-lines-then-what-will-happen-as-owner-headings-over-dash-lists-health-visitor-will-social-worker-will-parents-will-nana-will-core-group-will-all-professionals-will-also-agreed",
    "description": (
        "Child protection plan updated at the second core group for a 7-week-old born at 34 weeks who "
        "spent 18 days on SCBU; both parents use cannabis and the father cocaine; weight faltering and "
        "unsafe sleep. Plain text; 'What will happen' gives the owner in a heading over each list "
        "('Health visitor (Nadia Qureshi) will:', 'Courtney and Liam will:', 'Nana Tracey will:', 'The "
        "core group will:', 'All professionals will:') and ends with passive 'Also agreed' items. The "
        "HV is to 'keep an eye on' sleeping arrangements with no timescale, the parenting assessment "
        "has no measure, the parents go to the drug service 'when they are ready', the core group and "
        "all-professionals items are collective, and the drug referral and the neonatal follow-up have "
        "no agent. The drug service owns no action. The grandmother does night feeds and clinic trips "
        "and is the contingency's fallback, but nothing says what happens if she cannot."
    ),
    "actions": 13,
    "text": """\
FORDWYKE DISTRICT COUNCIL
CHILDREN'S SERVICES - CHILD PROTECTION PLAN (UPDATED AT CORE GROUP)
===================================================================

Child:                 Jaxon Sowerby, born 21/05/2025 at 34 weeks (7 weeks old, 1 week corrected)
Parents:               Courtney Sowerby (20) and Liam Pike (23), 7 Beck View, Fordwyke FW2 6RT
Maternal grandmother:  Tracey Sowerby, 31 Mill Lane, Fordwyke (5 minutes' walk)
Category:              Neglect - plan made at the initial conference on 19/06/2025
Social worker:         Ben Tully, Fordwyke Safeguarding Team 1
Health visitor:        Nadia Qureshi, Fordwyke North Health Visiting Team
This meeting:          2nd core group, 10/07/2025, Fordwyke Children's Centre


WHY JAXON HAS A PLAN
--------------------
Jaxon was born six weeks early and spent 18 days on the special care baby unit at Fordwyke
Royal Infirmary for feeding and jaundice. Courtney and Liam came onto the unit on 9 of those
18 days and missed several feeds, and Liam came in smelling strongly of cannabis. Liam told the
SW he smokes cannabis every day and takes cocaine "at weekends, with the lads". Courtney smokes
cannabis most evenings. Since Jaxon came home on 08/06/2025 his weight has dropped from the
25th centile to below the 9th. The HV has twice found him asleep on the sofa on Liam's chest,
and the feed chart has had gaps of six hours overnight.


WHAT JAXON'S DAY IS LIKE
------------------------
Jaxon is too young to tell us, so this is what we have seen. He is a sleepy baby who has to be
woken for feeds. At the HV visit on 03/07/2025 he had not been fed for five hours; he took his
bottle very fast and fell straight back to sleep. He settles when Courtney holds him against
her chest and turns towards Tracey's voice. His room smelled of cannabis smoke on 26/06/2025.


WHAT WE WANT FOR JAXON
----------------------
- Jaxon is fed at least every 3 hours, day and night, and is back on the 25th centile by the
  review conference.
- Jaxon sleeps on his back in his own Moses basket every night, in a smoke-free room.
- Jaxon is cared for by adults who are not under the influence of drugs.


WHAT WILL HAPPEN
----------------
Health visitor (Nadia Qureshi) will:
  - weigh Jaxon at home every week and plot his weight on the chart in his red book (next
    visit 17/07/2025)
  - keep an eye on Jaxon's sleeping arrangements

Social worker (Ben Tully) will:
  - visit every week, at least one visit in two unannounced, and see Jaxon, his feed chart
    and where he sleeps, with a record on LCS after every visit
  - complete a parenting assessment of Courtney and Liam by 29/08/2025

Courtney and Liam will:
  - feed Jaxon at least every 3 hours, day and night, and fill in the feed chart on the fridge
  - put Jaxon down in his Moses basket every night and never sleep with him on the sofa or in
    their bed; the SW and HV will look at the Moses basket at each visit
  - go to the Fordwyke Drug and Alcohol Service when they are ready

Nana Tracey (Courtney's mum) will:
  - stay over every Friday and Saturday night and do Jaxon's night feeds, initialling each
    feed on the chart
  - take Courtney and Jaxon to the Tuesday baby clinic at Fordwyke Children's Centre every
    week, where Jaxon is weighed and his weight written in his red book

The core group will:
  - look at the feed chart and red book at every meeting and write Jaxon's latest weight in
    the core group notes

All professionals will:
  - tell Ben (SW) the same day about any worry about Jaxon, and record it on their own
    agency's records

Also agreed:
  - A referral will be made to FDAS for Liam by 25/07/2025, and the date of his first
    appointment recorded on LCS.
  - Jaxon's neonatal follow-up appointment at 6 weeks' corrected age will be booked, and the
    clinic letter sent to the SW and HV.


IF THINGS GO WRONG
------------------
If Jaxon loses weight at two weighs in a row, if there is a gap of more than 4 hours on the
feed chart, or if Jaxon is found asleep on the sofa or in his parents' bed, whoever sees it
will ring Ben (or the emergency duty team) the same day. Ben will hold a strategy discussion
that day, and Jaxon and Courtney will move in with Tracey at 31 Mill Lane while it takes place.
If Jaxon is not back above the 9th centile by the review conference, or either parent is found
under the influence of drugs while caring for him, Ben's team manager will arrange a legal
planning meeting.


CORE GROUP AND REVIEW
---------------------
Core group every 4 weeks at Fordwyke Children's Centre, 10am: 07/08/2025, 04/09/2025 and
02/10/2025.
Review child protection conference: 16/09/2025, 1.30pm, Fordwyke Town Hall.

Present at the core group: Courtney Sowerby, Liam Pike, Tracey Sowerby, Ben Tully (SW),
Nadia Qureshi (HV), Sam Whitfield (Fordwyke Children's Centre).
""",
    "findings": [
        F("T001", "keep an eye on Jaxon's sleeping arrangements"),
        F("M002", "keep an eye on Jaxon's sleeping arrangements"),
        F("M001", "complete a parenting assessment of Courtney and Liam"),
        F("T002", "go to the Fordwyke Drug and Alcohol Service"),
        F("M001", "go to the Fordwyke Drug and Alcohol Service"),
        F("W002", "look at the feed chart and red book at every meeting"),
        F("W002", "tell Ben (SW) the same day about any worry"),
        F("W001", "A referral will be made to FDAS for Liam"),
        F("W001", "neonatal follow-up appointment at 6 weeks' corrected age will be booked"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. ICPC plan, a 15-year-old at risk of exploitation and a 2-year-old, mother
#    depressed and drinking. Key of abbreviations; the Lead column holds only
#    initials and role abbreviations. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b91_frankleigh_icpc_abbreviations_key_lead_initials_kerr.md",
    "split": "tune",
    "template": "icpc-markdown-plan-details-list-key-to-abbreviations-then-worries-strengths-voices-outcomes-then-ref-lead-abbreviation-action-when-how-we-will-know-table-contingency-bullets-core-group-and-review",
    "description": (
        "Exemplary initial conference plan for a 15-year-old going missing and at risk of criminal "
        "exploitation and his 2-year-old sister, whose mother is depressed and drinking since her "
        "partner died. A key of abbreviations comes first (SW, YOT, DSL, HV, FSW, CPN, RW, MPC, IRO, "
        "MGM) and the Lead column holds only those abbreviations or a first name. Every row has an "
        "owner, a timescale and evidence; the CPN and alcohol worker assess and report on capacity "
        "to change; the grandmother's overnight stays and nursery runs have a fallback; legal "
        "planning, core group dates and the review date are set."
    ),
    "actions": 12,
    "text": """\
# Child Protection Plan – Connor and Poppy Kerr

Frankleigh Borough Council · Children's Services · Assessment and Intervention Team 3

- **Children:** Connor Kerr (DOB 19/01/2010, 15) and Poppy Kerr (DOB 30/04/2023, 2)
- **Mother:** Michelle Kerr (38), 41 Saxon Court, Frankleigh FK6 3PE
- **Fathers:** Connor's father, Lee Kerr, lives in Spain (phone contact). Poppy's father, Dale
  Morton, died in August 2024.
- **Maternal grandmother:** Irene Kerr, 2 Saxon Court (same block)
- **Initial child protection conference:** 17/07/2025
- **Category:** Neglect (both children)

## Key to who does what

| Abbreviation | Who |
|---|---|
| SW | Kelly Amos, social worker, Assessment and Intervention Team 3 |
| TM | Raj Sandhu, team manager |
| YOT | Mark Davies, youth justice officer, Frankleigh Youth Offending Team |
| DSL | Mr Gary Lowe, designated safeguarding lead, Frankleigh Academy |
| HV | Bernie Clarke, health visitor, Frankleigh East Health Visiting Team |
| FSW | Shona Pike, family support worker, Frankleigh Family Hub |
| CPN | Oliver Grant, community psychiatric nurse, Frankleigh Community Mental Health Team |
| RW | Tasha Begum, recovery worker, Frankleigh Alcohol and Drug Service (FADS) |
| MPC | PC Jo Reeve, missing persons co-ordinator, Frankleigh Police |
| IRO | Angela Fry, independent reviewing officer and conference chair |
| MGM | Irene Kerr, maternal grandmother |

## What we are worried about

- Since Dale died Michelle has been very low. Her GP diagnosed depression in November 2024.
  She told the SW she drinks a bottle of vodka over two or three evenings, "to get to sleep".
- Connor has been reported missing five times since May. Twice he was found in Westbridge with
  older males, once with £400 in cash and two phones. He was arrested with cannabis packed for
  sale on 28/06/2025 and is now on a 9-month referral order.
- On two evenings in June Poppy was left with Connor while Michelle was asleep after drinking.
  The HV found Poppy with a bad nappy rash and no tea in the fridge.

## What is working well

- Michelle is open about her drinking and went to her first FADS appointment on 11/07/2025.
- Irene lives in the same block, does not drink, and already has Poppy some weekends.
- Connor has kept every YOT appointment so far and wants to do a bricklaying course.

## What Connor and Poppy tell us

Connor (seen alone at the YOT office, 10/07/2025): "Since Dale died Mum just sits there. The
lads give me stuff, trainers, food, it's not a big deal. I don't want Poppy seeing Mum like
that. I'd stay in more if there was something to do." He scored his safety at 5 out of 10
and home at 3.

Poppy says a few words. At the HV visit on 08/07/2025 she ran to Connor when the HV arrived,
ate a whole banana very fast and said "more". At Irene's flat she sat on Irene's knee and
showed the SW her "bedtime book".

## What needs to be different

1. Connor is home every night by 10pm, safe from the older males who are exploiting him, and in
   school every day.
2. Poppy is cared for by a sober adult every day and night, with tea, bath and bedtime at the
   same time each day.
3. Poppy's development is checked and she starts nursery in September.

## The plan

| Ref | Lead | Action | When | How we will know |
|---|---|---|---|---|
| 1 | SW | See Connor and Poppy at home, see Connor on his own, and make at least one evening visit each month | Weekly from 22/07/2025 | Visit records show both children seen, Connor seen alone, and who was at home |
| 2 | YOT | Referral order sessions with Connor, including work on exploitation and on who he is with when he goes missing | Every Tuesday from 22/07/2025 | YOT session notes shared with the SW; Connor's map of safe and unsafe places finished by 30/09/2025 |
| 3 | MPC | Share police intelligence about the older males seen with Connor and serve notices on the addresses linked to him | First summary by 08/08/2025, then before each core group | Written intelligence summary at each core group; notices recorded on the police system |
| 4 | Michelle | Report Connor missing to the police if he is not home by 10pm, and tell the SW the next morning | Every time Connor is not home by 10pm | Police missing-person log matches what Michelle tells the SW |
| 5 | DSL | Check Connor's attendance at every lesson and ring Michelle and the SW by 10am if he is not in school | Every school day | Attendance print-out emailed to the SW and YOT each Friday |
| 6 | HV | Complete Poppy's 2-year review and check her development, nappy area and where she sleeps | Review by 15/08/2025, then monthly home visits | ASQ-3 scores and findings in the red book; HV report to each core group |
| 7 | FSW | Evening routine sessions with Michelle at home: Poppy's tea, bath and bed by 7.30pm, with Connor never left in charge of her | Weekly for 10 weeks from 28/07/2025 | Routine chart signed by the FSW at each session; the SW sees Poppy in bed by 7.30pm on an evening visit |
| 8 | RW | Alcohol assessment of Michelle with a breath test at each appointment, and a written view on whether she can keep her drinking at a level where she can care for Poppy and Connor safely | Assessment by 08/08/2025, then weekly appointments | Breath-test results and a written report to each core group |
| 9 | CPN | Assess Michelle's depression and grief, and report on whether she is making the changes needed to care for the children and how long that is likely to take | Assessment by 15/08/2025, then a report before each core group | Written CPN report to each core group |
| 10 | MGM | Have Poppy to stay at her flat every Friday and Saturday night | Every Friday and Saturday night from 25/07/2025 | Irene's diary of Poppy's stays, seen by the SW at each visit |
| 11 | MGM | Take Poppy to Little Acorns Nursery on Monday, Wednesday and Friday mornings | Each of those mornings in term time from 01/09/2025 | Nursery register shared with the HV and SW every month |
| 12 | IRO | Midway review of progress against this plan with the SW and TM | By 17/09/2025 | Midway review note on the children's records, shared with the core group |

## Contingency plan

- If Connor is missing overnight, or is found with the older males named in the police
  intelligence, Michelle (or whoever knows) will ring the police, and the SW will hold a
  strategy discussion the same day and make a National Referral Mechanism referral.
- If Michelle is found drunk while caring for Poppy, or Poppy is left with Connor overnight,
  Poppy will stay with Irene that night and the SW will hold a strategy discussion the same day.
- If Irene is unwell, away or cannot have Poppy, the emergency duty team will place Poppy with
  approved foster carers that night, and the FSW will take Poppy to nursery until Irene can.
- If there is no clear change in Michelle's drinking by the core group on 16/09/2025, or Poppy
  is found alone with Connor again, the TM will request a legal planning meeting within 5
  working days.

## Core group and review

- Core group every 4 weeks at Frankleigh Family Hub, 4pm: 19/08/2025, 16/09/2025 and 14/10/2025.
- Review child protection conference: 16/10/2025, 10am, Frankleigh Town Hall.
""",
    "findings": [],
})
