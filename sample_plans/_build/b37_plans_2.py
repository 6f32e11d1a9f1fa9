"""Batch 37, module 2: seven fictional plans (tuning material), places beginning with "g".

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.

Focus: a parent's or carer's illness and the adult services around it, in
many forms: a mother with anorexia under an adult eating disorders service, a
father with PTSD and a veterans' mental health service, a mother with
postnatal psychosis on a mother and baby unit, a father in residential drug
rehabilitation, a mother with a learning disability supported by adult social
care, a grandmother with early dementia who is the main carer, and a mother
whose depression is history only. Adult services' actions sit in their own
table, in prose paragraphs, in a joint section, in the main table and in a
lettered list; outcomes are written about the child, in the child's words and
(as faults) about the adult. Three plans are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. ICPC plan, numbered parts; children's table with Start and Complete /
#    review columns, then a separate adult services table whose service cell
#    is merged down two rows (docx). Mother with anorexia nervosa.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_gildenmoor_icpc_adult_services_table_marchetti.docx",
    "doc_title": "Child Protection Plan - Isabella and Luca Marchetti",
    "split": "tune",
    "template": "icpc-plan-docx-numbered-parts-children-table-start-and-complete-review-columns-then-separate-adult-services-table-service-cell-merged-down-what-core-group-will-receive",
    "description": (
        "Initial conference plan for an 11-year-old and a 7-year-old whose mother has a relapse of "
        "anorexia nervosa (food rules at home, the older girl restricting, the boy hungry at school). "
        "A children's table and a separate adult services table (eating disorders service cell merged "
        "over two rows). Faults: one outcome is the mother's BMI, a 'Family' row measured by "
        "'Improvement', FSW sessions 'monitored', an employer-rota row with no timescale, a transition "
        "row with no owner, a DSL row 'As needed', psychology sessions that only treat, GP physical "
        "monitoring with no measure, and no legal step."
    ),
    "check_vmerge": 1,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Gildenmoor Metropolitan Borough Council – Children and Families Directorate – "
              "Safeguarding and Family Support Service"),
        ("kv", [
            ("Children", "Isabella (Izzy) Marchetti, born 02/05/2014 (11), Year 6 at St Wilfrid's RC Primary, "
                         "starting at Gildenmoor High in September; Luca Marchetti, born 19/01/2018 (7), Year 2 "
                         "at St Wilfrid's RC Primary"),
            ("Home", "7 Orchard Rise, Gildenmoor"),
            ("Mother", "Francesca Marchetti (39)"),
            ("Father", "Dominic Marchetti (42), offshore engineer – two weeks away, two weeks at home"),
            ("Conference", "Initial child protection conference, 10/07/2025, Gildenmoor Town Hall"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Rebecca Ainsworth, Safeguarding Team 3"),
            ("Chair", "Tom Whitlock, Independent Reviewing Officer"),
        ]),
        ("h1", "Part 1 – Why Izzy and Luca need a plan"),
        ("p", "Francesca has had anorexia nervosa since she was sixteen. She was well for many years but "
              "relapsed in January 2025, and in May she spent four days on a medical ward at Gildenmoor "
              "General with a dangerously low potassium level. Her BMI was 14.8 when she was weighed in June. "
              "She has been on the day programme of the Gildenmoor Adult Eating Disorders Service (AEDS) three "
              "days a week since 9 June."),
        ("p", "Francesca's illness has come into the children's meals. Bread, butter, crisps and puddings "
              "are not allowed in the house, tea is often steamed vegetables and rice cakes, and Luca's "
              "lunchbox has held an apple and two rice cakes on most days since Easter. His class teacher has "
              "seen him taking food from other children's boxes. Izzy has lost 3 kg since February (school "
              "nurse, 1 July), has been skipping lunch, and told the school nurse she weighs herself every "
              "morning on her mum's scales. Francesca walks for two hours from 5am most days, leaving the "
              "children asleep in the house on their own; when Dominic is offshore there is no other adult "
              "at home."),
        ("h1", "Part 2 – What is working well"),
        ("p", "When Dominic is at home he cooks family meals and the children eat well. Francesca has gone "
              "to every day programme session since June and told conference: \"I don't want Izzy to end up "
              "with what I've got.\" Francesca's sister, Paola Ricci, lives ten minutes away and the children "
              "love going to her house. Both children are at school every day and are described as kind, "
              "bright and well liked."),
        ("h1", "Part 3 – What Izzy and Luca have told us"),
        ("p", "Izzy (seen on her own at school, 3 July): \"Mum counts everything. If I have pudding I feel "
              "guilty all night.\" She scored her worry about food at 7 out of 10. She said she wants \"a "
              "normal tea like at Auntie Paola's\" and for Dad to be home more. She is nervous about starting "
              "high school and about changing in front of other girls for PE."),
        ("p", "Luca (seen on his own at school, 3 July): \"I'm always hungry at school. Mummy says crisps are "
              "poison.\" He drew his family and made his mum \"small and tired\" and his dad \"on a big "
              "boat\". He said the best day of the week is Thursday because he has tea at Auntie Paola's and "
              "then goes to Beavers."),
        ("h1", "Part 4 – What we want for Izzy and Luca"),
        ("bullets", [
            "Izzy eats three meals and two snacks a day without feeling guilty, her weight returns to her own "
            "centile, and she tells the school nurse that she worries less about food.",
            "Luca has a full packed lunch and a cooked tea every day and is no longer hungry at school.",
            "Neither child is left in the house without an adult, including in the early morning.",
            "Francesca will reach and keep a healthy weight, with her BMI above 17.5 by the review conference.",
        ]),
        ("h1", "Part 5 – The plan for the children"),
        ("table", {
            "header": ["No.", "What will happen", "Person responsible", "Start", "Complete / review",
                       "How we will know it is working"],
            "widths": [0.9, 4.4, 3.0, 1.9, 2.4, 4.4],
            "rows": [
                ["5.1", "Visit Izzy and Luca at home, including one visit a month before 7am; see each child on "
                        "their own and look at the food cupboards and the children's lunchboxes",
                 "SW Rebecca Ainsworth", "11/07/2025", "Every 2 weeks",
                 "Visit record shows each child seen alone, what they said, and what food was in the house"],
                ["5.2", "Weigh and measure Izzy in private and talk with her about eating, her body and her "
                        "mood",
                 "School nurse Kate Hollins, Gildenmoor School Nursing", "14/07/2025", "Monthly",
                 "Weight plotted on Izzy's centile chart; chart sent to the GP and SW each month"],
                ["5.3", "Refer Izzy to the Gildenmoor CAMHS eating disorders pathway for an assessment",
                 "GP Dr Imran Qureshi, Orchard Surgery", "11/07/2025", "By 18/07/2025",
                 "CAMHS acceptance letter on Izzy's file, copy to the SW"],
                ["5.4", "Make sure Izzy and Luca each eat a cooked tea every evening and breakfast before school",
                 "Family", "11/07/2025", "Daily",
                 "Improvement in the children's eating"],
                ["5.5", "Pack Luca's lunchbox with a sandwich, a yoghurt and a snack from the list agreed with "
                        "the school nurse",
                 "Francesca (Dominic when he is home)", "14/07/2025", "Every school day",
                 "Lunchbox looked at by Luca's teacher, Mrs Okoro, and any gaps emailed to the SW the same day"],
                ["5.6", "Lunchtime check-in with Luca, noting whether he has eaten his lunch and whether he "
                        "seems hungry in the afternoon",
                 "Mrs Bernadette Okoro, class teacher, St Wilfrid's", "14/07/2025",
                 "Every Monday and Thursday in term time",
                 "Note in Luca's check-in book; DSL emails a summary to the SW every 2 weeks"],
                ["5.7", "Home sessions with Francesca and Dominic on planning family meals, children's portion "
                        "sizes and keeping the children's food separate from Francesca's meal plan",
                 "FSW Nadia Bell, Gildenmoor Family Hub", "21/07/2025", "Weekly for 8 weeks",
                 "Progress monitored by the SW"],
                ["5.8", "Tea at Paola's house after school, and Paola takes Luca to Beavers on Thursdays",
                 "Paola Ricci (maternal aunt)", "15/07/2025", "Every Tuesday and Thursday",
                 "Paola writes each tea in the shared diary; the SW reads it at every visit"],
                ["5.9", "Ask his employer for a rota change so that he is at home for Izzy's first weeks at "
                        "high school",
                 "Dominic Marchetti", "", "",
                 "Letter from his employer shown to the SW"],
                ["5.10", "Transition meeting with Gildenmoor High's pastoral lead, including a plan for Izzy's "
                         "lunchtimes and for changing for PE",
                 "-", "", "Before 03/09/2025",
                 "Transition plan shared with the SW and the school nurse"],
                ["5.11", "Check in with Izzy about how she is feeling about food and her body once she starts "
                         "at Gildenmoor High",
                 "Mr Dale Pinder, DSL, Gildenmoor High", "", "As needed",
                 "Entries in the DSL log, copied to the SW"],
            ],
        }),
        ("h1", "Part 6 – What adult services will do"),
        ("p", "Francesca has agreed that the services below can share information with the core group."),
        ("table", {
            "header": ["Service and worker", "What they will do", "When", "What the core group will receive"],
            "widths": [4.0, 5.6, 3.0, 4.4],
            "rows": [
                ["Gildenmoor Adult Eating Disorders Service – Dr Helen Vance (consultant psychiatrist) and "
                 "Sam Whitworth (clinical psychologist)",
                 "Review Francesca's progress on the day programme and give a written view on whether she can "
                 "make the changes Izzy and Luca need at mealtimes, and how long that is likely to take",
                 "By 22/08/2025, then before the review conference",
                 "Written report to the core group and the review conference"],
                [V,
                 "CBT-E sessions with Francesca twice a week as part of the day programme",
                 "Twice weekly",
                 "Monthly attendance letter to the SW"],
                ["Orchard Surgery – Dr Imran Qureshi (GP)",
                 "Physical health checks for Francesca, including bloods and an ECG",
                 "Every 4 weeks",
                 ""],
            ],
        }),
        ("h1", "Part 7 – If things go wrong"),
        ("p", "If Francesca is admitted to hospital, if either child is found at home without an adult, or if "
              "Izzy's weight falls below the 9th centile or she is found to be making herself sick, the SW (or "
              "the emergency duty team out of hours) will hold a strategy discussion the same day. While "
              "Dominic is offshore, Izzy and Luca will then stay with Paola at 22 Wren Close."),
        ("p", "If Paola cannot have them, Dominic's mother, Anna Marchetti, has agreed to come and stay at "
              "Orchard Rise; if neither of them can, the SW will arrange for the children to stay together "
              "with approved foster carers that night until Dominic is back onshore."),
        ("h1", "Part 8 – Core group and review"),
        ("p", "Core group every 4 weeks at St Wilfrid's RC Primary, 3.45pm: 24/07/2025, 21/08/2025 and "
              "18/09/2025. Dr Vance or Sam Whitworth will attend or send a written update."),
        ("p", "Review child protection conference: 02/10/2025, 10am, Gildenmoor Town Hall."),
        ("p", "Plan typed by Rebecca Ainsworth, SW, 11/07/2025, and sent to Francesca, Dominic and all agencies."),
    ],
    "findings": [
        F("F002", "Francesca will reach and keep a healthy weight, with her BMI above 17.5 by the review conference."),
        F("W002", "Make sure Izzy and Luca each eat a cooked tea"),
        F("M002", "Make sure Izzy and Luca each eat a cooked tea"),
        F("M002", "Home sessions with Francesca and Dominic on planning family meals"),
        F("T001", "Ask his employer for a rota change so that"),
        F("W001", "Transition meeting with Gildenmoor High's pastoral lead"),
        F("T002", "Check in with Izzy about how she is feeling about food"),
        F("H001", "CBT-E sessions with Francesca twice a week"),
        F("M001", "Physical health checks for Francesca, including bloods and an ECG"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan and joint working agreement with a veterans' mental health
#    service: joint section table, then everyone else's table; paged PDF with
#    header and footer. Father with PTSD. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_gorsewick_joint_veterans_section_kettleby.pdf",
    "doc_title": "Child Protection Plan and Joint Working Agreement - Ryan and Poppy Kettleby",
    "split": "tune",
    "template": "icpc-plan-and-joint-working-agreement-paged-veterans-service-joint-section-table-compass-will-who-at-compass-when-what-core-group-gets-then-everyone-elses-numbered-table",
    "description": (
        "Exemplary initial conference plan for a 9-year-old and a 4-year-old after their father, a veteran "
        "with PTSD, grabbed his son by the neck when woken from a nightmare. A joint section agreed with "
        "the veterans' mental health service: therapy with a mid-point report on capacity to change, a "
        "medication review with a view on timescale, a jointly written night-time safety plan. Every "
        "other action has a lead, timing and evidence; outcomes include the children's words; the "
        "contingency covers the uncle being unavailable; dates and a legal planning step are set."
    ),
    "header": "OFFICIAL-SENSITIVE | Gorsewick County Council Children's Social Care",
    "footer": "Ryan and Poppy Kettleby – child protection plan – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan and Joint Working Agreement"),
        ("p", "Agreed at the initial child protection conference on 8 July 2025 with Compass Veterans' Mental "
              "Health Service (Gorsewick and Tollbury NHS Foundation Trust)."),
        ("kv", [
            ("Children", "Ryan Kettleby, born 30/03/2016 (9), Year 4 at Hollin Lane Primary; Poppy Kettleby, "
                         "born 12/02/2021 (4), Little Acorns Nursery, starting Reception in September"),
            ("Parents", "Stacey Kettleby (36), teaching assistant; Jason Kettleby (41), served 14 years in the "
                        "Royal Logistic Corps, medically discharged in 2021"),
            ("Address", "31 Fieldfare Drive, Gorsewick"),
            ("Category", "Physical abuse"),
            ("Social worker", "Owen Tredinnick, Children's Safeguarding Team (South)"),
            ("Chair", "Gail Fenwick, Child Protection Chair"),
            ("Information sharing", "Jason has given written consent for Compass to share with the core group "
                                    "everything set out in the joint section."),
        ]),
        ("h1", "1. Why we are here"),
        ("p", "At about 3am on 14 June, Ryan went into his parents' bedroom after a bad dream. Jason woke "
              "suddenly, grabbed Ryan by the neck and pinned him against the wardrobe for several seconds "
              "before he realised who it was. Ryan's teacher saw finger-mark bruising on his neck on 16 June "
              "and the school made a referral. A child protection medical on 17 June found the bruising "
              "consistent with Ryan's account."),
        ("p", "Jason was diagnosed with post-traumatic stress disorder in 2022. His nightmares and flashbacks "
              "became much worse this spring after the death of a soldier he served with, and Stacey "
              "describes two earlier nights when he lashed out at her in his sleep. Jason started "
              "trauma-focused therapy with Compass on 24 June. There are no concerns about alcohol or drug use "
              "by either parent, and neither parent is known to the police."),
        ("h1", "2. What is working well"),
        ("p", "Jason referred himself to Compass the day after the incident and has slept downstairs in the "
              "front room since. Stacey took Ryan to the GP herself and has been open with every professional. "
              "Both children have a warm, playful relationship with both parents; Jason walks Poppy to nursery "
              "every morning and is the one who \"does the funny voices\" at story time. Jason told conference "
              "he is \"ashamed and scared of hurting my own kids\" and wants help to make sure it never "
              "happens again."),
        ("h1", "3. What Ryan and Poppy have told us"),
        ("p", "Ryan (seen on his own at school, 1 July): \"Dad didn't mean it, he thought I was a baddie from "
              "the army. Now I'm not allowed in their room at night, I shout for Mum from the landing.\" On a "
              "scale of 0 (not safe) to 10 (totally safe) he put home at 7, and said it \"would be 10 if Dad "
              "didn't have bad dreams\". He misses going fishing with his dad on Saturdays."),
        ("p", "Poppy (seen at home, 3 July) showed the SW her bedroom and said, \"Daddy sleeps on the sofa "
              "'cos he has scary dreams.\" She climbed onto Jason's knee to be read a story and laughed at his "
              "voices. Nursery say she arrives happy and has not seemed tired or unsettled."),
        ("h1", "4. What needs to be true for Ryan and Poppy"),
        ("bullets", [
            "Ryan and Poppy are never within reach of their dad while he is asleep or waking from a nightmare.",
            "Ryan, in his words: \"I can go to the toilet in the night and not be scared of waking Dad up.\"",
            "Both children know who to go to at night, and tell the SW and their teachers that they feel safe "
            "at home.",
            "Ryan and his dad get back to fishing on Saturdays, with Dad well enough to enjoy it with him.",
        ]),
        ("h1", "5. Joint section: Jason's treatment and what it means for Ryan and Poppy"),
        ("table", {
            "header": ["Compass will", "Who at Compass", "When", "What the core group will get"],
            "widths": [6.4, 3.4, 3.0, 4.2],
            "rows": [
                ["Deliver 12 sessions of trauma-focused therapy (EMDR) with Jason and, at the mid-point, assess "
                 "whether his night-time episodes are reducing and what still needs to change before he can "
                 "safely sleep upstairs in the same house as Ryan and Poppy",
                 "Dr Priya Lamb, clinical psychologist", "Weekly from 24/06/2025; mid-point report by 19/08/2025",
                 "Written mid-point report on Jason's capacity to change and the likely timescale, sent to the "
                 "SW and read at core group"],
                ["Review Jason's medication for nightmares and give a view on whether it is working, how drowsy "
                 "it leaves him when he walks Poppy to nursery, and how long before night-time care of the "
                 "children would be safe",
                 "Dr Anil Sethi, consultant psychiatrist", "By 31/07/2025, then every 8 weeks",
                 "Psychiatrist's letter to the SW and the GP, read at the next core group"],
                ["Write a night-time safety plan with Jason, Stacey and the SW (where Jason sleeps, the landing "
                 "light rule, who Ryan and Poppy go to when they wake) and go through it with both children",
                 "Dr Priya Lamb (lead), with SW Owen Tredinnick", "By 18/07/2025; checked at every core group",
                 "Signed safety plan on the children's file and on the fridge; Ryan can explain the rule to "
                 "the SW in his own words"],
            ],
        }),
        ("h1", "6. What everyone else will do"),
        ("table", {
            "header": ["No.", "Action", "Lead", "When", "How we will know"],
            "widths": [0.9, 6.0, 3.3, 2.8, 4.0],
            "rows": [
                ["6.1", "Visit at home, including one visit a month at the children's bedtime; see Ryan on his "
                        "own and Poppy with and without her parents",
                 "SW Owen Tredinnick", "Every 2 weeks",
                 "Visit records show where Jason is sleeping, the safety plan in place, and Ryan's own words"],
                ["6.2", "Be the adult the children come to at night: Ryan and Poppy call for Mum from the landing "
                        "and she settles them",
                 "Stacey Kettleby", "Every night",
                 "Night log on the kitchen calendar (who woke, who settled them), read by the SW at each visit"],
                ["6.3", "Sleep in the front room with the door shut, and do not go into the children's rooms or "
                        "settle them at night until Compass's mid-point report says it is safe",
                 "Jason Kettleby", "Every night until the review conference",
                 "Stacey's night log; Ryan and Poppy asked by the SW where Dad sleeps"],
                ["6.4", "Check-in with Ryan about his sleep, his worries and how things are at home",
                 "Mrs Carys Dunn, learning mentor, Hollin Lane Primary", "Every Friday in term time",
                 "Mentor's log; any worry passed to the DSL and the SW the same day"],
                ["6.5", "Tell the SW if Poppy says anything about night-time at home or arrives very tired",
                 "Poppy's keyworker at Little Acorns, then her Reception teacher from September", "Same day",
                 "Entry on the setting's safeguarding log and an email to the SW"],
                ["6.6", "Talk with Ryan about what PTSD is, using Compass's children's booklet, so that he "
                        "understands why Dad has bad dreams",
                 "Jason and Stacey, with Dr Lamb's help", "By 31/07/2025",
                 "Ryan can tell the SW in his own words why Dad has bad dreams (SW visit note)"],
                ["6.7", "Let the SW and Compass know about any GP appointment at which Jason reports worse "
                        "nightmares or flashbacks, so that the plan for the children can be checked",
                 "Dr Ruth Amble, GP, Hillside Surgery", "Within 2 working days of the appointment",
                 "Email to the SW and Compass, noted on the children's file"],
                ["6.8", "See Ryan on his own during the summer holiday, when the learning mentor is not in "
                        "school, and ask him about his nights",
                 "SW Owen Tredinnick", "Every 2 weeks from 23/07/2025 to 03/09/2025",
                 "Visit records with Ryan's words about night-time"],
            ],
        }),
        ("h1", "7. If things go wrong"),
        ("p", "If Jason has a night-time episode in which he hurts or frightens anyone, if he sleeps upstairs "
              "or goes into the children's rooms at night before Compass says it is safe, or if he tells anyone "
              "he does not feel in control, Stacey will ring the SW (or the out-of-hours team) that night and "
              "Jason will go to stay with his brother, Mark Kettleby, at 9 Sandpiper Court. The SW will hold "
              "a strategy discussion the same day, and Jason will not come back to the house overnight until "
              "the SW and Compass have agreed it in writing."),
        ("p", "If Mark cannot have him, Jason will stay at the Standfast Veterans' Trust house in Tollbury, "
              "which has agreed to keep a room free for him. If Jason is in crisis, Stacey or Jason will ring "
              "the Compass crisis line or 999."),
        ("p", "If either child is hurt again, or Jason does not keep to the sleeping arrangement, the SW will "
              "ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "8. Meetings"),
        ("bullets", [
            "Core group every 4 weeks at Hollin Lane Primary, 3.30pm: 22/07/2025, 19/08/2025 and 16/09/2025. "
            "Dr Lamb will attend or send a written update.",
            "Review child protection conference: 07/10/2025, 10am, Gorsewick County Hall.",
        ]),
        ("p", "Gail Fenwick, Chair – plan agreed 08/07/2025 and sent to the family and all agencies on "
              "09/07/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. ICPC plan held on a mother and baby unit before discharge: stage banner
#    rows merged across; Action / Lead / Supported by / Timescale / Evidence;
#    paged PDF with header and footer. Mother with postnatal psychosis.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_grendlesham_mbu_discharge_stages_farrelly.pdf",
    "doc_title": "ICPC Plan (pre-discharge) - Orla Farrelly",
    "split": "tune",
    "template": "icpc-pre-discharge-plan-held-on-mbu-paged-stage-banner-rows-merged-across-action-lead-supported-by-timescale-evidence",
    "description": (
        "Initial conference plan, held on a mother and baby unit, for a 6-week-old whose mother has "
        "postnatal psychosis, staged from the unit through home leave to the first weeks at home. MBU "
        "nursing only supports (measured by 'engagement') and perinatal follow-up only treats; the "
        "father's partners' session is 'TBC'; 'Family network' owns no-lone-care on leave; the HV's "
        "first home visit has no evidence; one outcome is the mother's; the plan leans on the "
        "grandmother and aunt with no fallback; the review conference is 'to be confirmed'."
    ),
    "header": "NOT FOR CIRCULATION BEYOND THE CORE GROUP – Grendlesham City Council Children's Services",
    "footer": "Orla Farrelly – ICPC plan (pre-discharge) – {PAGE}/{NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Initial Child Protection Conference – Plan"),
        ("p", "Held in the family room of Larkspur Mother and Baby Unit, Grendlesham General Hospital site"),
        ("kv", [
            ("Baby", "Orla Farrelly, born 26/05/2025 (6 weeks)"),
            ("Mother", "Roisin Farrelly (29), in-patient on Larkspur MBU with Orla since 14/06/2025"),
            ("Father", "Kieran Farrelly (33), electrician"),
            ("Home address", "17 Millrace Court, Grendlesham"),
            ("Conference date", "09/07/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Beth Carraway, Hospital and Perinatal Social Work Team"),
            ("Chair", "Maurice Odell"),
            ("Expected discharge", "Graded home leave from 21/07/2025; discharge planned for early August"),
        ]),
        ("h2", "What happened"),
        ("p", "Roisin had no history of mental illness before Orla's birth. Ten days after the birth she "
              "became convinced that Orla had been swapped for another baby at the hospital. At about 2am on "
              "10 June she walked out of the house with Orla in a sling, in the rain and without a coat, and "
              "was found by police at the bus station three miles away. Orla's temperature was 35.6 degrees "
              "and she was kept on the children's ward overnight. Roisin was detained under section 2 of the "
              "Mental Health Act and moved with Orla to Larkspur MBU on 14 June, where she was diagnosed with "
              "postnatal psychosis."),
        ("p", "Roisin has responded well to treatment. She no longer believes Orla was swapped and is "
              "horrified by what happened. Staff say she handles Orla gently and feeds her well, but her "
              "medication makes her very drowsy in the mornings and nursing staff have had to give two early "
              "feeds when she could not wake. Kieran visits every evening after work. Roisin's mother, "
              "Bernadette Nolan, a retired nurse, has offered to move in for the first month at home, and "
              "Kieran's sister Siobhan works part-time and can help in the day."),
        ("h2", "Orla's world on the unit"),
        ("p", "Orla is a calm, contented baby who feeds every three hours and is gaining weight on the 25th "
              "centile. The unit's nursery nurse has seen her turn towards Roisin's voice, hold her gaze and "
              "smile at her since she was five weeks old. On the two mornings when Roisin was too drowsy to "
              "wake, Orla cried for about twenty minutes before a nurse came. She settles quickly on Kieran's "
              "chest and sleeps in her own cot beside Roisin's bed."),
        ("h2", "Outcomes we are working towards"),
        ("bullets", [
            "Orla is fed, warm and safe day and night, with an adult who is awake and well enough to care for "
            "her at every feed.",
            "Orla keeps gaining weight along the 25th centile.",
            "Roisin will be free of psychotic symptoms and understand her own early warning signs.",
            "Orla goes home to live with both her parents, and her parents know what to do if Roisin becomes "
            "unwell again.",
        ]),
        ("h2", "The plan"),
        ("table", {
            "header": ["Action", "Lead", "Supported by", "Timescale", "Evidence"],
            "widths": [5.6, 3.3, 2.4, 2.8, 3.5],
            "rows": [
                ["Stage 1 – while Roisin and Orla are on Larkspur MBU", H, H, H, H],
                ["Visit Orla and Roisin on the unit, see Orla's care at a feed and go through the plan with "
                 "Roisin and Kieran",
                 "SW Beth Carraway", "-", "Weekly until discharge",
                 "Visit note on Orla's file after each visit, including what was seen at the feed"],
                ["Nursing support for Roisin with Orla's night-time and early morning care on the unit",
                 "Larkspur MBU nursing team (named nurse Gemma Pryce)", "MBU nursery nurse",
                 "Every night until discharge",
                 "Roisin's engagement with nursing staff"],
                ["Assess Roisin's recovery, her early warning signs and the risk of relapse once home, and give "
                 "a written view on when she could safely care for Orla overnight without another adult",
                 "Dr Leonie Marsh, consultant perinatal psychiatrist", "MBU team",
                 "Before discharge, by 01/08/2025",
                 "Written discharge risk report to the SW and the core group"],
                ["Attend the MBU partners' session on postnatal psychosis and relapse signs",
                 "Kieran Farrelly", "Bernadette Nolan", "TBC",
                 "Attendance recorded by the MBU"],
                ["Stage 2 – graded home leave", H, H, H, H],
                ["Plan graded home leave (day leave, then overnight) with a written leave plan saying who is with "
                 "Roisin and Orla at all times",
                 "Tina Oduya, ward manager, Larkspur MBU", "SW",
                 "First day leave from 21/07/2025",
                 "Leave plan sent to the SW before each leave; MBU notes how each leave went"],
                ["Ensure Roisin is never alone with Orla during home leave",
                 "Family network", "-", "Every leave",
                 "Leave diary kept by Kieran and brought back to the unit"],
                ["Stage 3 – the first 8 weeks at home", H, H, H, H],
                ["Perinatal outpatient follow-up and medication review for Roisin after discharge",
                 "Grendlesham Perinatal Mental Health Team (CPN Dawn Hurley)", "GP",
                 "Fortnightly for 12 weeks after discharge",
                 "Clinic letters copied to the GP and the SW"],
                ["First home visit after discharge: weigh Orla and check her safe sleep space",
                 "HV Lorna Kemp", "-", "Within 10 days of discharge",
                 ""],
                ["Stay at the house and do the overnight feeds so that Roisin can sleep",
                 "Bernadette Nolan (maternal grandmother)", "Kieran",
                 "Every night for the first 4 weeks at home",
                 "Feed chart on the kitchen table, looked at by the HV and SW at each visit"],
                ["Be with Roisin and Orla from 9am to 3pm so that Roisin is not on her own with Orla in the day",
                 "Siobhan Farrelly (paternal aunt)", "-",
                 "Tuesdays and Thursdays for 8 weeks from discharge",
                 "Siobhan signs the visit book kept by the front door"],
                ["Visit at home, one visit a month unannounced; see Orla awake and being cared for by Roisin",
                 "SW Beth Carraway", "-",
                 "Weekly for the first 4 weeks at home, then every 2 weeks",
                 "Visit records show Orla seen and who was caring for her"],
                ["Take her medication every night and go to every perinatal team appointment",
                 "Roisin Farrelly", "Kieran", "Every night; every appointment",
                 "Dosette box checked by the CPN at each appointment"],
            ],
        }),
        ("h2", "If things go wrong"),
        ("p", "If Roisin shows any of the early warning signs in her relapse plan (not sleeping for two nights, "
              "saying Orla is not hers, or becoming suspicious of Kieran), Kieran will ring the perinatal "
              "crisis line straight away and Roisin will not be left alone with Orla at any time. The SW, or "
              "the emergency duty team out of hours, will hold a strategy discussion the same day. Orla will "
              "be cared for by Kieran while Roisin is assessed, and Roisin and Orla will be readmitted "
              "together to Larkspur MBU if the perinatal team advise it."),
        ("p", "If Roisin stops taking her medication or is readmitted to hospital, the SW will ask the team "
              "manager for a legal planning meeting within 5 working days."),
        ("h2", "Core group and review"),
        ("p", "First core group on the unit on 23/07/2025 at 2pm, then every 4 weeks at Grendlesham Family "
              "Hub. Review child protection conference: date to be confirmed once the discharge date is known."),
        ("p", "Maurice Odell, Chair – plan circulated 10/07/2025"),
    ],
    "findings": [
        F("F002", "Roisin will be free of psychotic symptoms and understand her own early warning signs."),
        F("H001", "Nursing support for Roisin with Orla's night-time and early morning care"),
        F("M002", "Nursing support for Roisin with Orla's night-time and early morning care"),
        F("T002", "Attend the MBU partners' session on postnatal psychosis"),
        F("W002", "Ensure Roisin is never alone with Orla during home leave"),
        F("H001", "Perinatal outpatient follow-up and medication review for Roisin"),
        F("M001", "First home visit after discharge: weigh Orla"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Review conference plan typed in plain text with numbered paragraphs;
#    the rehab and community drug service's actions are prose paragraphs
#    (txt). Father in residential drug rehabilitation.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_glaisdon_rcpc_numbered_prose_rehab_skelton.txt",
    "split": "tune",
    "template": "rcpc-plan-plain-text-equals-underlined-numbered-sections-numbered-paragraph-actions-then-adult-services-actions-as-prose-paragraphs-per-service",
    "description": (
        "Review conference plan for a 6-year-old and a 3-year-old whose father is in residential drug "
        "rehabilitation out of area; the rehab and the community drug service's actions are prose "
        "paragraphs. Faults: one outcome is the father's abstinence, the storybook work has no "
        "timescale, the mother's group is measured by her confidence improving, 'Everyone in Jodie's "
        "network' owns reporting, drug testing is passive, family visits wait until the father 'is "
        "ready', the home-return risk assessment has no output, and the contingency is vague with no "
        "legal step."
    ),
    "text": """\
GLAISDON BOROUGH COUNCIL
Children's Services - Child Protection Team (South)

CHILD PROTECTION PLAN
Agreed at the review child protection conference, 15 July 2025
================================================================

Children:       Mason Skelton, born 04/02/2019 (6), Year 1, Brook Hill Infants
                Lacey Skelton, born 21/09/2021 (3), Sunflowers Pre-School
Living with:    Jodie Skelton (mother), 48 Tanner Street, Glaisdon
Father:         Darren Skelton, resident at Harbour House residential
                rehabilitation, Beckhampton, since 12 May 2025
Category:       Neglect (unchanged)
First ICPC:     17 April 2025
Social worker:  Ruth Penberthy
Chair:          Anil Chaudhry


1. BACKGROUND AND PROGRESS
==========================

1.1  Darren has used heroin and crack cocaine on and off for ten years.
In March 2025 Mason found used needles behind the bath panel, and two
days later Jodie found Lacey with a piece of burnt foil in her mouth.
Darren was using every day and had stopped working. He agreed to go to
Harbour House for its 24-week programme, which he started on 12 May;
he is due to finish at the end of October and wants to come home.

1.2  Since April Jodie has changed the locks, cleared the bathroom and
loft with the SW present, and has not let Darren visit the house. Drug
tests on Jodie have all been clear and there are no concerns about her
own alcohol or drug use. Mason's attendance has gone up from 84% to
97%. Darren has completed every week of the programme so far and every
test at Harbour House has been negative.


2. WHAT MASON AND LACEY SAY
==========================

2.1  Mason (seen on his own at school, 8 July): "Daddy is at a special
place to get better from the bad medicine. I want to show him I can
ride my bike with no stabilisers." He asked whether Daddy will "still
have the needles" when he comes home, and said he checks behind the
bath "just in case".

2.2  Lacey (seen at home and at pre-school, 2 and 9 July) chatters
about "Daddy's house" when she sees his photo, plays happily with her
dolls' house and goes to Jodie for a cuddle when she is tired. Pre-school
say she is clean, fed and settled, and that she cried at the door the
week after her last phone call with Darren.


3. OUTCOMES
===========

3.1  Mason and Lacey live in a home with no drugs, needles or foil, and
every adult who looks after them is sober.

3.2  Mason and Lacey see their dad in a way that is safe for them, and
understand in words they know why he is away.

3.3  Darren completes his rehab programme and stays drug-free.

3.4  Mason stops checking behind the bath, and tells his teacher and
the SW that he feels safe at home.


4. WHAT WILL HAPPEN
===================

4.1  Ruth Penberthy (SW) will visit Mason, Lacey and Jodie at home every
two weeks, one visit in four unannounced, and will record on each visit
note what the children say and whether anything of Darren's drug use is
found in the house.

4.2  The SW will talk with Mason about why Daddy is away, using Harbour
House's "Dad's Getting Better" storybook, and write down the questions
he asks.

4.3  Jodie will go to the Glaisdon Family Recovery group for partners
every Wednesday evening so that her confidence improves.

4.4  Jodie will let the SW look round the bathroom, the loft and the
bedrooms at every visit, with anything found written on the visit note.

4.5  Mrs Lorna Fitch, DSL at Brook Hill Infants, will meet Mason every
Monday in term time and send the SW a short note of how he is and
anything he says about his dad.

4.6  Amy Hale, Lacey's keyworker at Sunflowers Pre-School, will write
down each day how Lacey arrives and who collects her, and email the
record to the SW every Friday.

4.7  Everyone in Jodie's network will tell the SW the same day if
Darren turns up at the house or at school without it being agreed, and
each report will be written on the children's file.

4.8  Sara Linton, the health visitor, will complete Lacey's development
review by 29 August 2025 and share her scores with the SW and
pre-school.


5. WHAT HARBOUR HOUSE AND THE RECOVERY PARTNERSHIP WILL DO
==========================================================

5.1  Harbour House (residential rehabilitation, Beckhampton)

Phil Garside, Darren's key worker at Harbour House, will send the SW a
written progress report every four weeks covering Darren's attendance,
his test results and his view on whether Darren is getting ready to
care for Mason and Lacey again. Drug testing will continue weekly while
Darren is at Harbour House, with results shared with the social worker.
Harbour House will arrange family visits for Mason and Lacey when
Darren is ready, and its family worker will write up how each visit
went for the SW.

5.2  Glaisdon Recovery Partnership (community drug and alcohol service)

Kelly Roper, the Recovery Partnership's family liaison worker, will come
to every core group and give a written update on Darren's treatment,
taken from Harbour House's records. Kelly will carry out a home-return
risk assessment with Darren and Jodie, looking at what Mason and Lacey
would need, before he finishes at Harbour House. The Recovery
Partnership will have Darren's aftercare in place (weekly key-work, a
place at the SMART Recovery group and a community prescriber
appointment) by 10 October 2025 and confirm it in a letter to the SW.


6. CONTINGENCY
==============

If there are further concerns about Darren's drug use after he comes
home, or if things do not improve, the core group will meet to discuss
next steps.


7. CORE GROUP AND REVIEW
========================

Core group every 6 weeks at Brook Hill Infants, 9.30am: 26 August 2025
and 7 October 2025.
Next review child protection conference: 4 November 2025, 2pm,
Glaisdon Civic Centre.

Plan typed by Ruth Penberthy, SW, 16 July 2025.
""",
    "findings": [
        F("F002", "Darren completes his rehab programme and stays drug-free."),
        F("T001", "talk with Mason about why Daddy is away"),
        F("M002", "Family Recovery group for partners every Wednesday evening"),
        F("W002", "Everyone in Jodie's network will tell the SW"),
        F("W001", "Drug testing will continue weekly while Darren is at Harbour House"),
        F("T002", "arrange family visits for Mason and Lacey when Darren is ready"),
        F("M001", "carry out a home-return risk assessment with Darren and Jodie"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. "Parenting with support" plan: goals headed in Mum's words with field
#    lines under each, then adult social care's part as a lettered outline
#    list (docx). Mother with a learning disability. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_gansworth_parenting_support_goal_fields_dunmore.docx",
    "doc_title": "Child Protection Plan (parenting with support) - Ellis Dunmore",
    "split": "tune",
    "template": "cp-plan-docx-parenting-with-support-how-we-work-with-kayleigh-list-then-goal-headings-in-mums-words-with-what-who-when-how-well-know-field-lines-then-adult-social-care-lettered-outline-list",
    "description": (
        "Exemplary plan for a 7-month-old whose mother has a mild learning disability and is supported by "
        "adult social care (feeds made too weak, a missed chest infection, damp flat). Each goal is headed "
        "in Mum's own words with What / Who / When / How we'll know lines; adult social care's part is a "
        "lettered list in which every item has an owner, date and output and is tied to the baby. "
        "Observed lived experience, child-focused outcomes, a contingency with a fallback if the "
        "grandmother cannot help, core group and review dates, and a legal planning step."
    ),
    "blocks": [
        ("title", "Child Protection Plan – parenting with support"),
        ("p", "Gansworth Council – Children's Services, Early Years Safeguarding Team"),
        ("kv", [
            ("Baby", "Ellis Dunmore, born 04/12/2024 (7 months)"),
            ("Lives with", "Kayleigh Dunmore (24), his mum, Flat 6, Larkhill House, Gansworth"),
            ("Ellis's dad", "Not involved and not named on the birth certificate"),
            ("Conference", "Initial child protection conference, 03/07/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Megan Thorley"),
            ("Kayleigh's adult social worker", "Ben Asante, Gansworth Adult Social Care (Learning Disability Team)"),
            ("Kayleigh's advocate", "Rosie Wyn, Gansworth Speak Up"),
        ]),
        ("h1", "How we will work with Kayleigh"),
        ("bullets", [
            "Kayleigh has a mild learning disability. She learns best by being shown, trying it herself and "
            "practising, with pictures to remind her.",
            "We will use short sentences, one worker at a time, and check that Kayleigh can tell us back "
            "what has been agreed.",
            "Kayleigh has an easy-read copy of this plan with photos of Ellis, and Rosie went through it "
            "with her before it was signed.",
        ]),
        ("h1", "Why Ellis has a plan"),
        ("p", "On 2 June Ellis was admitted to Gansworth Royal Infirmary with bronchiolitis. He had been "
              "unwell for three days with a temperature and fast breathing, and Kayleigh had not known he "
              "needed to see a doctor. On the ward the nurses found that his feeds at home were being made up "
              "with too much water because Kayleigh had been using a scoop for every 60ml instead of every "
              "30ml. His weight had dropped from the 50th centile at birth to the 9th. His bottles were not "
              "being sterilised and his bedroom has black mould on the wall by the cot."),
        ("p", "Everyone who knows Kayleigh says she loves Ellis, is gentle with him and wants to get things "
              "right. Since the hospital she has made every bottle with the HV watching and has got them "
              "right each time. Her mum, Sharon, lives nearby and sees them most weekends."),
        ("h1", "Ellis's day"),
        ("p", "Ellis cannot tell us what he thinks, so the HV and SW have watched his day. He smiles and "
              "babbles when Kayleigh sings \"Row, row, row your boat\" and reaches for her when someone new "
              "comes in. He is sitting up on his own and loves a crinkly book. Before he went into hospital "
              "he was pale, sleepy and had a sore nappy rash; on the three visits since, he has been alert, "
              "hungry at feed times and settled afterwards. He naps in his cot in the living room because "
              "of the mould in his bedroom."),
        ("h1", "What we want for Ellis"),
        ("bullets", [
            "Ellis has the right amount of milk at every feed and is back on the 25th centile by October.",
            "When Ellis is poorly, he is seen by a doctor or nurse the same day.",
            "Ellis sleeps in a warm, dry bedroom with no mould.",
            "Ellis grows up with his mum, who has the help she needs to look after him.",
        ]),
        ("h1", "What will happen"),
        ("h3", "\"I want to make Ellis's bottles right every time\""),
        ("kv", [
            ("What", "Kayleigh makes every bottle with one level scoop for each 30ml of water, using the "
                     "picture card on the kettle, and sterilises the bottles after every feed"),
            ("Who", "Kayleigh, shown and checked by her support worker Nicola Fairburn (Bridgeway Support)"),
            ("When", "Every feed; checked on Monday, Wednesday and Friday mornings"),
            ("How we'll know", "Nicola watches Kayleigh make a bottle at each visit and ticks the picture "
                               "checklist; Ellis's weight goes up (see below)"),
        ]),
        ("h3", "\"I want to know when Ellis is poorly\""),
        ("kv", [
            ("What", "Teach Kayleigh the traffic-light card for a poorly baby, using photos of Ellis, and "
                     "practise with her what to do for each colour"),
            ("Who", "Rachel Oyelaran, health visitor"),
            ("When", "Weekly for 6 weeks from 14/07/2025"),
            ("How we'll know", "At week 6 Kayleigh can tell Rachel what she would do for each colour, "
                               "recorded in the HV notes; the card is on the fridge"),
        ]),
        ("h3", "\"I want Ellis to grow big and strong\""),
        ("kv", [
            ("What", "Weigh Ellis at home and plot his weight in his red book"),
            ("Who", "Rachel Oyelaran, health visitor"),
            ("When", "Every week until he reaches the 25th centile, then every 2 weeks"),
            ("How we'll know", "Weight plotted in the red book and rising from the 9th towards the 25th "
                               "centile; copy sent to the SW and GP each month"),
        ]),
        ("h3", "\"I want Ellis to have his injections\""),
        ("kv", [
            ("What", "Give Ellis his missed 16-week immunisations"),
            ("Who", "Practice nurse, Wellgate Surgery (appointment booked by Kayleigh with Nicola's help)"),
            ("When", "By 31/07/2025"),
            ("How we'll know", "Red book updated and seen by the HV at her next visit"),
        ]),
        ("h3", "\"I want Ellis's room to be dry\""),
        ("kv", [
            ("What", "Treat the damp and mould in Ellis's bedroom and repair the window frame"),
            ("Who", "Paul Kerrigan, housing officer, Gansworth Homes repairs team"),
            ("When", "By 15/08/2025"),
            ("How we'll know", "Repair completion sheet sent to the SW; the SW sees the room dry and clean at "
                               "her next visit and Ellis's cot moved back into it"),
        ]),
        ("h3", "\"I want Nan to help me with Ellis's food\""),
        ("kv", [
            ("What", "Sharon has Kayleigh and Ellis for Saturday lunch and shows Kayleigh how to make up "
                     "Ellis's first foods for weaning"),
            ("Who", "Sharon Dunmore (Ellis's nan)"),
            ("When", "Every Saturday from 12/07/2025"),
            ("How we'll know", "Kayleigh tells Nicola on Monday what Ellis ate, and Nicola writes it on the "
                               "weekly picture sheet sent to the SW"),
        ]),
        ("h3", "Ellis's social worker"),
        ("kv", [
            ("What", "Visit Ellis at home, see him awake and at a feed, and watch Kayleigh make a bottle; one "
                     "visit a month unannounced"),
            ("Who", "Megan Thorley, social worker"),
            ("When", "Every 2 weeks"),
            ("How we'll know", "Visit record notes Ellis's feed, his nappy area, where he sleeps and how "
                               "Kayleigh responds to him"),
        ]),
        ("h3", "Parenting assessment"),
        ("kv", [
            ("What", "A parenting assessment adapted for Kayleigh's learning disability (PAMS), looking at "
                     "what help she needs to care for Ellis as he grows"),
            ("Who", "Jenny Walcott, independent PAMS assessor, commissioned by Children's Services"),
            ("When", "Starts 21/07/2025; report by 26/09/2025"),
            ("How we'll know", "PAMS report, with an easy-read summary for Kayleigh, shared with the core "
                               "group and the review conference"),
        ]),
        ("h1", "Adult social care's part"),
        ("mlist", [
            (0, "Gansworth Adult Social Care (Learning Disability Team)"),
            (2, "Ben Asante will review Kayleigh's Care Act support plan with her by 25/07/2025 so that it "
                "includes help with Ellis's feeds, bath time and health appointments, and will send the new "
                "support plan to Megan."),
            (2, "Bridgeway Support, commissioned by adult social care, will give Kayleigh 12 hours of support "
                "a week (Monday, Wednesday and Friday, 9am to 1pm), and Nicola will fill in the picture "
                "checklist for Ellis's bottles, bath and bedtime at every visit and send it to Megan each "
                "Friday."),
            (2, "Ben will make sure Rosie Wyn, Kayleigh's advocate, is invited to every core group and "
                "conference about Ellis from 17/07/2025, so that Kayleigh understands and can say what she "
                "thinks; Rosie's attendance will be recorded on each core group record."),
            (2, "Ben will give the core group a written view by 12/09/2025 on what support Kayleigh will need "
                "long term to care for Ellis, and whether adult social care can provide it."),
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Ellis has a temperature, fast breathing or stops feeding and Kayleigh has not got help, if "
              "his weight falls below the 2nd centile, or if a bottle is seen made up wrongly twice in one "
              "week, the HV or SW will make sure Ellis is seen by the GP or the Gansworth Royal children's "
              "assessment unit the same day, and the SW will hold a strategy discussion that day."),
        ("p", "Kayleigh and Ellis will then stay with Sharon at 3 Larch Grove, where Sharon will make all of "
              "Ellis's bottles, until the core group agrees they can go home. If Sharon cannot have them, the "
              "SW will arrange a parent and baby foster placement so that Kayleigh and Ellis stay together; "
              "until one is found, Ellis will stay with approved foster carers and Kayleigh will see him every "
              "day."),
        ("p", "If the PAMS assessment finds that Kayleigh cannot care for Ellis safely even with the support in "
              "this plan, or Ellis's weight falls again after 8 weeks of the plan, the SW will ask for a legal "
              "planning meeting within 10 working days."),
        ("h1", "Meetings"),
        ("p", "Core group every 4 weeks at Gansworth Children's Centre, 1.30pm: 17/07/2025, 14/08/2025 and "
              "11/09/2025. Rosie will come to each one with Kayleigh."),
        ("p", "Review child protection conference: 02/10/2025, 10am, Gansworth Civic Offices."),
        ("p", "Signed: Kayleigh Dunmore · Megan Thorley (SW) · Ben Asante (Adult Social Care) – 04/07/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Plan for a child whose grandmother and special guardian has early
#    dementia: numbered worries, each with bold Worry and "What we will do"
#    bullets; Tia's wishes and outcomes partly in her words (md).
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_greyhithe_worry_then_do_numbered_moorcroft.md",
    "split": "tune",
    "template": "icpc-plan-md-blockquote-header-numbered-worry-headings-bold-worry-line-then-what-we-will-do-sentence-bullets-adult-services-mixed-in-by-worry",
    "description": (
        "Initial conference plan for an 8-year-old whose grandmother and special guardian has early "
        "Alzheimer's disease (missed school pick-ups, the gas left on, the child out looking for her at "
        "night). Actions sit under each numbered worry. The memory service reports on prognosis, but one "
        "outcome is the grandmother's, 'the family network' owns pick-ups, the uncle shops 'as often as he "
        "can', the Care Act assessment has no output, the carers' worker's measure is 'monitored', lunch "
        "money is passive, the memory book has no timescale; the contingency rests on the uncle with no "
        "fallback and the review date is 'to be arranged'."
    ),
    "text": """\
# Child protection plan: Tia Moorcroft

> **Greyhithe District Council** · Children's Services · Safeguarding Team West
> Agreed at the initial child protection conference on 12 June 2025 · Category: neglect
> Social worker: Joanne Kirkby · Chair: Prakash Menon · Written up 16 June 2025

## About Tia and her family

Tia Moorcroft is 8 and in Year 3 at St Luke's C of E Primary, Greyhithe. Her mum, Gemma,
died in 2019 when Tia was two. Since then Tia has lived with her nan, Margaret (Peggy)
Moorcroft, who is 71 and has a special guardianship order for her. Peggy's son, Colin
Moorcroft (Tia's uncle), lives three miles away and works shifts at the port. Peggy's niece,
Dawn Yates, lives on the same estate and has two children at St Luke's.

## What we are worried about

In March 2025 the Greyhithe Memory Assessment Service diagnosed Peggy with Alzheimer's
disease at an early stage, and she started on donepezil. Since Easter Peggy has forgotten to
collect Tia from school three times. Twice the gas hob has been found on with nothing on it,
and the fire service made a safety visit on 2 May. On 20 May a neighbour found Tia in the
street at 9pm in her pyjamas, looking for Nan, who had gone to the shop and could not find
her way back. Tia has been making her own tea of cereal or toast most nights, and she has
been late for school 11 times this term.

## What is going well

Peggy and Tia love each other very much. Peggy knows her memory is getting worse, asked for
help herself and agreed to everything at conference. The house is warm and tidy. Tia is
doing well at school and has good friends. Colin and Dawn both came to conference and want
to help.

## Tia's wishes (her words, seen at school by Joanne on 5 June 2025)

- "I want to live with Nan for ever and ever."
- "When Nan got lost I was really scared. I didn't know if she was dead."
- "I don't like doing the cooker. Nan says I'm a good girl for helping."
- Tia said she would like Uncle Colin to come round more, and to have a phone "so I can ring
  Dawn if Nan goes funny".

## What we want to be different

1. Tia is picked up from school on time every day by an adult she knows.
2. Tia has a hot tea every evening made by an adult, and never has to use the cooker.
3. Tia is never alone at home or out in the street after dark.
4. Nan's memory stays as good as it can be for as long as possible.
5. In Tia's words: "I don't have to worry about Nan getting lost."

## Worries and what we will do about them

### 1. Getting to and from school

**Worry:** Nan has forgotten to collect Tia three times, and Tia has been late 11 times.

**What we will do:**

- Dawn Yates will collect Tia from school on Mondays, Wednesdays and Fridays and walk her home to Nan's, and St Luke's will record each collection in the office log.
- The family network will make sure Tia is collected from school every day, and the school office log will show who collected her.

### 2. Food and the cooker

**Worry:** the gas has been left on twice and Tia is making her own tea.

**What we will do:**

- Greyhithe Fire and Rescue Service will fit an automatic gas shut-off valve and a linked smoke alarm by 4 July 2025, and send Joanne the home safety visit report.
- Uncle Colin will help Nan with the big food shop as often as he can, and keep the receipts in the kitchen drawer for Joanne to see.
- Adult social care will arrange a hot meal for Nan and Tia from Greyhithe Meals at Home every weekday at 5pm from 23 June 2025, and send Joanne the delivery log each month.

### 3. Nan's health and memory

**Worry:** Nan's memory is getting worse and nobody yet knows how quickly.

**What we will do:**

- Dr Ruth Halloran, Greyhithe Memory Assessment Service, will see Nan by 31 July 2025 and write to Joanne and the core group about how Nan's memory is likely to change over the next year and whether she can keep caring for Tia safely.
- Adult social care will complete a Care Act assessment of Peggy's needs by 25 July 2025.
- Lesley Dunn, carers' support worker at Greyhithe Carers' Centre, will visit Nan every fortnight to support her, and Nan's wellbeing will be monitored.
- Bridge Street Pharmacy will deliver Nan's tablets in a weekly blister pack every Thursday and ring Joanne the same day if last week's pack still has tablets in it.

### 4. Tia's school day and her feelings

**Worry:** Tia is frightened that Nan will get lost or die, and thinks she has to help with grown-up jobs.

**What we will do:**

- Tia's lunch money will be topped up on ParentPay every Monday, so that her balance never shows below zero.
- Mrs Anita Lowe, ELSA at St Luke's, will have a 20-minute worry time with Tia every Thursday afternoon in term time, write down what Tia says and pass anything about home to Joanne the same day.
- Joanne will help Tia make a memory book about her mum with photos from Nan and Colin, and the finished book will be kept at Nan's for Tia to show visitors.
- Joanne will visit Tia at Nan's every 2 weeks, once a month unannounced in the early evening, see Tia on her own and write on the visit record whether there is food in, the cooker is off and who is with Tia.
- Joanne will practise with Tia, by 30 June 2025, how to ring Dawn or Colin from Nan's landline and when to ring 999, and note on the visit record that Tia can do it.

## If things go wrong

If Nan leaves Tia alone in the house, goes missing, or the fire service or police are called
to the house, whoever finds out will ring Joanne or the out-of-hours team straight away. Tia
will go to Uncle Colin's house at 12 Quayside Mews that night and Joanne will hold a strategy
discussion the same day. If this happens twice before the review conference, Joanne will ask
her manager for a legal planning meeting.

## Meetings

- Core group every 6 weeks at St Luke's: 26 June, 7 August and 18 September 2025, 9.15am.
- Review child protection conference: date to be arranged.
""",
    "findings": [
        F("F002", "Nan's memory stays as good as it can be for as long as possible."),
        F("W002", "The family network will make sure Tia is collected"),
        F("T002", "Uncle Colin will help Nan with the big food shop"),
        F("M001", "will complete a Care Act assessment of Peggy's needs"),
        F("M002", "carers' support worker at Greyhithe Carers' Centre, will visit Nan"),
        F("W001", "Tia's lunch money will be topped up on ParentPay"),
        F("T001", "Joanne will help Tia make a memory book about her mum"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Plan for a 10-year-old with type 1 diabetes, written as "Maisie's day"
#    (timed lines, each a sentence with who, when and how it is checked) then
#    other numbered actions (txt). Mother's depression is history only.
#    Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b37_gallowbeck_diabetes_day_timeline_holroyd.txt",
    "split": "tune",
    "template": "medical-neglect-cp-plan-plain-text-pipe-banner-maisies-day-timed-lines-who-when-checked-in-each-sentence-then-other-numbered-actions-history-section",
    "description": (
        "Exemplary initial conference plan for a 10-year-old with type 1 diabetes and three DKA admissions "
        "(missed insulin, missed clinics). The daily care is a timed 'Maisie's day' with who, when and how "
        "it is checked in every line, followed by other numbered actions. The mother's postnatal "
        "depression is history only (treated and discharged in 2016, GP confirms no current concerns), so "
        "no adult service is needed. Outcomes include Maisie's words; specific contingency with a "
        "fallback; core group and review dates; legal planning step."
    ),
    "text": """\
GALLOWBECK COUNCIL  |  CHILDREN'S SERVICES  |  SAFEGUARDING AND REVIEW
================================================================================
CHILD PROTECTION PLAN - Maisie HOLROYD
Initial child protection conference: 24 June 2025   |   Category: Neglect
Social worker: Nathan Oduya   |   Chair: Helen Fairclough
================================================================================

MAISIE AND HER FAMILY
Maisie Holroyd, born 11/03/2015 (10), Year 5 at Gallowbeck Juniors.
Lives with her mum, Claire Holroyd (38), a care assistant, and her dad, Steve
Holroyd (40), an HGV driver who is away on Monday to Thursday nights, at
23 Weaver's Row, Gallowbeck. Claire's sister, Lorraine Pask, lives in the
next street and has been trained in Maisie's diabetes care.

WHY THERE IS A PLAN
Maisie has had type 1 diabetes since she was 7. In the last twelve months she
has been admitted three times with diabetic ketoacidosis (January, March and
May 2025); in May she spent two nights in intensive care. Her HbA1c is 98
mmol/mol (the target is under 48). Her insulin was not collected from the
pharmacy for five weeks in April, she has missed 4 of her last 6 clinic
appointments, and her sensor has often been left unreplaced. Maisie has been
doing her own injections with no adult checking, and she told the diabetes
nurse that she sometimes "just doesn't bother". Until July Claire was working
three night shifts a week while Steve was away, so there was often no adult
awake to check Maisie's readings.

HISTORY
Claire had postnatal depression after Maisie was born. She was treated by her
GP and had six sessions with Gallowbeck Talking Therapies, and was discharged
in 2016. She has needed no treatment since. Claire told conference she is
well, and the GP's report for conference (Dr Joanna Bright, 2 June 2025) says
there are no current concerns about her mental health. Conference agreed that
Claire's past depression is not part of the worry now.

WHAT IS WORKING WELL
Claire has moved to day shifts from 1 July 2025 (letter from her employer
seen). Both parents came to conference, accepted the worries and asked for
help with a routine. Maisie is bright, funny and doing well at school, and
Lorraine already has Maisie for tea on Wednesdays.

WHAT MAISIE SAYS (seen on her own at school, 17 June 2025)
"I hate having diabetes. Everyone nags me but then nobody checks anyway."
"When I was in intensive care I was really scared and Mum was crying."
"I want to go to Guides camp in October and do my own injections, with a
grown-up checking, not nagging."
She scored how looked after she feels with her diabetes at 4 out of 10 and
said it would be higher "if Mum and Dad did it with me at tea".

WHAT WE WANT FOR MAISIE
* Maisie has every insulin dose she needs, given by her or an adult and
  checked by an adult, every day.
* Maisie's HbA1c comes down from 98 to below 75 by the review conference, and
  she has no more DKA admissions.
* Maisie goes to every diabetes clinic appointment.
* In Maisie's words: "I go to Guides camp and I'm in charge of my injections,
  with a grown-up checking."

MAISIE'S DAY - WHO DOES WHAT
(these happen every day unless it says otherwise)

7.00am    Claire (or Steve on Fridays to Sundays) checks Maisie's sensor
          reading with her and watches her give her breakfast insulin every
          morning, and both are written in the blue diabetes diary, which the
          diabetes nurse reads every week.

8.40am    Mrs Janet Hughes, the diabetes-trained teaching assistant at
          Gallowbeck Juniors, meets Maisie at the gate every school day and
          checks her sensor is working and her kit bag is full, ticking the
          kit checklist kept in the school office.

12.15pm   Mrs Hughes checks Maisie's reading and carb count and watches her
          give her lunchtime insulin every school day, writing the dose in the
          school diabetes log that goes home in Maisie's book bag each day.

5.30pm    Claire counts the carbs in tea with Maisie and watches her give her
          teatime insulin every evening, with the dose written in the blue
          diary.

9.00pm    Claire or Steve gives Maisie her long-acting insulin at 9pm every
          night and sets the sensor night alarm, ticking the dose on the fridge
          chart.

Night     Whenever the night alarm goes off (below 4 or above 14), the parent
          at home gets up and treats it using the hypo and hyper card, and
          writes what was done in the blue diary the same night.

OTHER ACTIONS
1.  Nathan Oduya (SW) will visit every 2 weeks, including one visit a month at
    9pm bedtime, see Maisie on her own, and record on the visit note what she
    says and whether the diary, the fridge chart and the insulin stock are up
    to date.
2.  Fiona Greaves, paediatric diabetes specialist nurse (Gallowbeck Children's
    Hospital), will review Maisie's sensor data with Claire by video every week
    for 12 weeks from 30 June 2025 and email Nathan a summary of Maisie's time
    in range every 2 weeks.
3.  Dr Samir Hussain, consultant paediatrician, will see Maisie in the
    diabetes clinic every 6 weeks (next on 22 July 2025), measure her HbA1c at
    each appointment and send the result to Nathan and the GP the same week.
4.  Claire and Steve will bring Maisie to every diabetes clinic appointment,
    and the diabetes team will tell Nathan after each clinic whether she came.
5.  Dale Street Pharmacy will have Maisie's insulin, needles and sensors ready
    on the first Monday of each month and ring Nathan if they have not been
    collected within 3 days.
6.  Fiona Greaves will train two more members of staff at Gallowbeck Juniors
    in Maisie's care by 5 September 2025 and send the signed training record to
    the head teacher and Nathan.
7.  Dr Emma Tait, clinical psychologist in the children's diabetes team, will
    start six sessions with Maisie on how she feels about her diabetes by 31
    July 2025, and send the core group a short summary of what Maisie would
    like the adults to do differently.
8.  Steve will set up the sensor app's follow-along alerts on his phone by 18
    July 2025 so that he can see Maisie's readings when he is away, and Fiona
    will tick this off on Maisie's diabetes record.
9.  Lorraine will have Maisie for tea every Wednesday and do her teatime check
    and insulin with her, writing the dose in the blue diary.

IF THINGS GO WRONG
If Maisie has a reading above 20 with ketones, is being sick, or is admitted
with DKA, or if two doses in one week are missing from the diary, whoever
finds out (school, the diabetes team or Lorraine) will tell Nathan the same
day. If she has ketones she will be taken to the Gallowbeck Children's
Hospital assessment unit that day, and Nathan (or the out-of-hours team) will
hold a strategy discussion the same day. If doses are being missed, Maisie
will stay with Lorraine, who will do all her checks and injections, until the
core group agrees she can go home. If Lorraine cannot have her, Nathan will
arrange that day for Maisie to stay with approved foster carers, and Fiona will
go through Maisie's care with them before her teatime insulin.
If Maisie has another DKA admission because insulin was missed, or her HbA1c
has not fallen below 90 by the core group on 2 September 2025, Nathan will ask
the team manager for a legal planning meeting within 5 working days.

MEETINGS
Core group every 4 weeks at Gallowbeck Family Hub, 4pm: 8 July, 5 August and
2 September 2025.
Review child protection conference: 16 September 2025, 2pm, Gallowbeck Town
Hall.

Typed by Nathan Oduya, SW, 25 June 2025. Copies to Claire and Steve, Lorraine
Pask, Gallowbeck Juniors, the diabetes team, Dr Bright and Dale Street Pharmacy.
""",
    "findings": [],
})
