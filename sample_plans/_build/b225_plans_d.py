"""Batch 225, module d: seven fictional plans (held-out material), places beginning with "d".

Batch: 225. Letter: d. Split: heldout (every plan).

Everything here is made up: children, families, professionals, schools,
nurseries, health centres, hospitals, police teams, Health and Social Care
Trusts, councils and the places they serve (Dunlochry, Drumhallach,
Dolcarreg, Derwyddfa, Dromkeeran, Derrylagan, Dackworth and the towns
inside them). Any resemblance to real people, places or cases is a
coincidence. The labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md (conventions 1 to 13), without
running planlint or reading its code.

Focus: plans from the four nations' own child protection systems, in their
own words. Scotland (GIRFEC): a Child Protection Plan after a Child
Protection Planning Meeting, with the Named Person, the Lead Professional,
the Child Protection Register, the wellbeing indicators, the My World
Triangle, the National Risk Framework, the Core Group, an Inter-agency
Referral Discussion, a Child Protection Order and a referral to the
Children's Reporter. Wales: a Care and Support Protection Plan under the
Social Services and Well-being (Wales) Act and the Wales Safeguarding
Procedures, with "what matters" conversations, personal outcomes, the
Active Offer, bilingual headings and a Legal Gateway meeting. Northern
Ireland: plans after a Child Protection Case Conference of a Health and
Social Care Trust, with UNOCINI domains, the Gateway team, the Family
Support Hub, the Child Protection Register and a Legal Planning Meeting
under the Children (NI) Order. England: a London borough's Family
Safeguarding plan, with adult practitioners in the children's team. Four
of the seven are exemplary; the other three hold their faults in the
system's own voice, as confidently as the good parts.

1. Dunlochry (Scotland, docx, exemplary): Child Protection Plan after an
   initial CPPM for an 8-year-old and a 2-year-old (the mother's drinking,
   neglect, the grandmother helping): register details, a My World
   Triangle summary, Kayla's words and Finlay's world, wellbeing outcomes,
   then one table (Ref / What will happen / Who / When / How we'll know)
   with a banner row per wellbeing indicator; the Alcohol and Drug
   Recovery Service reports on the mother's capacity to change; a
   contingency with a fallback for the grandmother, a Child Protection
   Order and a referral to the Children's Reporter after named triggers;
   Core Group dates and the Review CPPM.
2. Drumhallach (Scotland, pdf, landscape, header and footer): Child Protection Plan
   from a review CPPM for a 14-month-old boy (the mother's depression and
   anxiety, the father's cannabis use, the paternal grandmother
   supervising contact): a National Risk Framework summary, Lewis's world,
   outcomes by wellbeing indicator, then a table with a My World Triangle
   column. Faults: the health visitor's visits measured by "Health and
   development monitored" (M002); the CPN's visits that only support the
   mother (H001); a parenting group referral "ASAP" (T002); an assessment
   of the father's parenting with "-" for its measure (M001); "Core Group
   members" sharing concerns (W002); an outcome about the mother only
   (F002); and nothing on legal planning (R002).
3. Dolcarreg (Wales, md, exemplary): bilingual Care and Support Protection
   Plan from an initial child protection conference for a 9-year-old and a
   6-year-old (the father's domestic abuse, now on bail; the mother's
   depression and PTSD): "what matters" conversations, personal outcomes
   in the children's words, numbered actions under each outcome with
   Pwy / Who, Pryd / When and Sut byddwn ni'n gwybod / How we'll know
   lines, the Active Offer, the mental health team reporting on the
   mother's capacity to change, a Legal Gateway meeting after named
   triggers, core group dates and the review conference.
4. Derwyddfa (Wales, txt): case-system print of a Care and Support
   Protection Plan after a review conference for an 11-year-old and a
   2-year-old (the mother's drinking, the grandmother helping, a move to
   an English council coming). Faults: the parenting assessment handed to
   the receiving council after the transfer (X001); a dental check with no
   timescale (T001); a school nurse health review with no owner (W001); a
   Flying Start sessions row with "N/A" for evidence (M001); no adult
   service owning any action though the mother's drinking is recorded
   (F004); and no fallback if the grandmother's help fails (C003).
5. Dromkeeran (Northern Ireland, pdf, header and footer, exemplary): Trust
   Child Protection Plan after an initial Child Protection Case Conference
   for an 11-year-old and a 5-year-old (the mother's bipolar disorder after
   an admission, the father's shifts, an aunt helping): UNOCINI summary,
   the children's views, then a table with UNOCINI domain banner rows
   (Need / Action / Person responsible / Timescale / Evidence of
   progress); the Community Mental Health Team reports on the mother's
   capacity to change; the Family Support Hub with a fallback, a Legal
   Planning Meeting after named triggers, core group and review dates.
6. Derrylagan (Northern Ireland, docx): record of a review Child
   Protection Case Conference for a 2-year-old (the mother's anxiety and
   self-harm, the father's drinking) in numbered minutes ending in an
   action log (No. / Action / By whom / By when / Evidence). Faults: no
   record of the child's lived experience (F003); the mental health
   team's support only (H001); a contingency that only reconvenes the
   core group (C002); the review conference "to be arranged" (R001); an
   "ongoing" action (T002); "All professionals" owning one (W002); and a
   measure of "engagement" (M002).
7. Dackworth (England, md, exemplary): a London borough's Family
   Safeguarding child protection plan for a 4-year-old and a newborn (the
   mother's heroin use on methadone, the father's low mood and
   drinking): the family's story, the children's day, numbered goals with
   numbered steps under each (Lead / By / We'll know lines), the team's
   adult substance misuse and mental health practitioners reporting on
   each parent's potential for change, a contingency with a fallback for
   the grandfather, a legal planning meeting (PLO) after named triggers,
   core group and review conference dates.

Plans 1, 3, 5 and 7 are exemplary: every action has a named owner (a
person, a role or a single service), a real timescale and something that
can be seen, counted or read; every outcome is about the children; each
records the children's voice or, for a baby, what is seen of their day;
each contingency has specific triggers and concrete protective responses
and a fallback for any relative's help; each says what legal step follows
insufficient progress in its own nation's form; each has core group dates
and a dated review meeting; where a parent is ill or uses substances an
adult service owns an action and is asked for its view of the parent's
potential for change. The three faulty plans hold 20 expected findings.

Counting convention used for "actions" (README convention 1): each row of
an action table (banner rows naming a wellbeing indicator or a UNOCINI
domain are headings), each numbered action under an outcome or goal, and
each numbered entry of an action log counts once, whatever lines it holds.
Details, risk summaries, the children's and parents' words, outcomes,
contingencies, legal planning paragraphs, minutes of agency reports and
meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: Child Protection Plan after an initial CPPM, one table with a
#    banner row per wellbeing indicator. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_dunlochry_cppm_shanarri_banner_table_robertson.docx",
    "doc_title": "Child Protection Plan - Kayla and Finlay Robertson (Initial CPPM 13/01/2026)",
    "split": "heldout",
    "actions": 16,
    "template": "scottish-child-protection-plan-docx-after-initial-cppm-register-details-table-my-world-triangle-summary-kaylas-words-finlays-world-wellbeing-outcomes-then-ref-what-will-happen-who-when-how-well-know-table-with-shanarri-banner-rows-contingency-legal-measures-core-group-and-review-cppm",
    "description": (
        "Exemplary Scottish Child Protection Plan agreed at an initial Child Protection Planning Meeting "
        "for an 8-year-old girl and her 2-year-old brother, whose names were placed on the Child "
        "Protection Register (concerns: parental alcohol use; neglect) after the 2-year-old was found "
        "alone in the stairwell while his mother was intoxicated. Register details with the Named "
        "Person for each child and the Lead Professional, a My World Triangle summary, Kayla's words "
        "and what is seen of Finlay's day, outcomes by wellbeing indicator, then one table (Ref / What "
        "will happen / Who / When / How we'll know) with a merged banner row for each indicator. The "
        "Alcohol and Drug Recovery Service assesses the mother and reports to each Core Group on her "
        "capacity to change and the likely timescale; the grandmother's help has a fallback; the "
        "contingency names triggers, a same-day IRD, placement with the grandmother or foster carers "
        "and a Child Protection Order; legal planning and a referral to the Children's Reporter follow "
        "named triggers; Core Group dates and the Review CPPM are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dunlochry Council Children and Families Social Work, with Dunlochry Health and Social Care "
              "Partnership, Police Scotland (Dunlochry Community Policing Team) and Dunlochry Primary School. "
              "Agreed at the initial Child Protection Planning Meeting (CPPM) on 13/01/2026 under the "
              "Dunlochry Child Protection Committee inter-agency procedures."),
        ("table", {
            "rows": [
                ["Children", "Kayla Robertson, born 02/03/2017 (8), P4 at Dunlochry Primary School\n"
                             "Finlay Robertson, born 12/06/2023 (2 years 7 months), at home"],
                ["Address", "14 Kirkbrae Court, Dunlochry DQ4 7LP, with their mum"],
                ["Mum", "Gemma Robertson (31)"],
                ["Dad", "Steven Hay (34), Dalmellick; works offshore two weeks on, two weeks off; sees both "
                        "children every other Sunday when he is onshore"],
                ["Gran", "Irene Robertson (58), Gemma's mum, 3 Lochview Terrace, Dunlochry (ten minutes' walk)"],
                ["Child Protection Register", "Both children's names placed on the register on 13/01/2026. "
                                              "Concerns recorded: parental alcohol use; neglect."],
                ["Named Person", "Kayla: Mrs Fiona McLeish, Head Teacher, Dunlochry Primary School\n"
                                 "Finlay: Ailsa Grant, Health Visitor, Dunlochry Health Centre"],
                ["Lead Professional", "Callum Stewart, Social Worker, Dunlochry Children and Families "
                                      "(Team Leader: Moira Henderson)"],
                ["Chair", "Elaine Cormack, Independent Chair, Child Protection"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "Why Kayla and Finlay have a Child Protection Plan"),
        ("p", "On 02/11/2025 a neighbour called the police after finding Finlay on his own in the stairwell "
              "of the flats at 9.40pm, in a wet nappy. Officers found Gemma asleep on the couch and too "
              "drunk to be woken properly; Kayla was in bed. On 14/12/2025 Kayla rang her gran at 9pm to say "
              "that Mum \"won't wake up\". An Inter-agency Referral Discussion (IRD) was held on 15/12/2025 "
              "and a joint child protection investigation followed. School has noticed Kayla arriving late "
              "19 times this term, hungry and in unwashed uniform; her attendance is 81%."),
        ("p", "Gemma told the investigation that she drinks a bottle of vodka or two bottles of wine most "
              "evenings since she lost her job in the summer, and more at weekends. She worked with "
              "Dunlochry Alcohol and Drug Recovery Service (ADRS) in 2022 and stopped drinking for eight "
              "months. She says she wants to stop again and that she is ashamed that Kayla has been looking "
              "after Finlay."),
        ("h1", "My World Triangle: what the assessment found"),
        ("h2", "How I grow and develop"),
        ("p", "Kayla is bright and loves reading, but is often tired and hungry at school and has fallen "
              "behind in maths. Finlay says about ten words; his 27-30 month review was missed. Neither child "
              "is registered with a dentist."),
        ("h2", "What I need from the people who look after me"),
        ("p", "When Gemma is sober she is warm and playful with the children, and both children go to her "
              "for comfort. In the evenings, and on most mornings after drinking, she is not able to keep "
              "Finlay safe or get Kayla to school, and Kayla has been making Finlay's tea and putting him "
              "to bed."),
        ("h2", "My wider world"),
        ("p", "Irene lives nearby and sees the children most days. Steven is a loving dad but is offshore "
              "half of each month. Gemma has rent arrears of £640 and no money for Kayla's Brownies."),
        ("h1", "What Kayla says"),
        ("p", "Callum saw Kayla on her own at school on 09/01/2026 and she filled in her wellbeing wheel with "
              "him. She said: \"I like it when Mum's not tired.\" \"Sometimes I make Finlay's tea, toast "
              "and that, and I put his programme on.\" \"When Mum's drink is out she falls asleep on the "
              "couch and I can't wake her.\" \"I want to stay at Gran's on Fridays. Gran does pancakes.\" "
              "Kayla scored feeling safe at home as 5 out of 10 and at Gran's as 10 out of 10. She would "
              "like to go back to Brownies, and she wants Finlay \"to talk properly so we can play shops\". "
              "She asked that her teacher does not tell the class about the plan."),
        ("h1", "Finlay's world"),
        ("p", "Finlay is too young to tell us in words, so this is what the adults around him see. At "
              "Callum's visit on 08/01/2026 he stayed close to Kayla, followed her from room to room and ate "
              "two slices of toast very quickly. He had nappy rash. When Irene came in he ran to her with "
              "his arms up and said \"Nana\". Ailsa saw him at home on 10/01/2026: he pointed and pulled her "
              "hand to show her what he wanted, and he used about ten words. He settles to sleep best when "
              "Kayla reads to him."),
        ("h1", "What needs to change: outcomes for Kayla and Finlay"),
        ("bullets", [
            "Safe: Kayla and Finlay are always looked after by a sober adult, and Finlay is never left on "
            "his own.",
            "Healthy: Finlay's speech and development are checked and he gets the help he needs; both "
            "children see a dentist.",
            "Achieving: Kayla is in school on time every day (95% attendance by the Easter holidays), and "
            "Finlay goes to his nursery sessions.",
            "Nurtured: Kayla and Finlay have a calm morning and bedtime, with breakfast, clean clothes and "
            "a bath, and Kayla no longer has to look after Finlay.",
            "Respected and Included: Kayla's views shape the plan, and she has time to be a child, "
            "including Brownies every week.",
        ]),
        ("h1", "The plan"),
        ("p", "Each action sits under the wellbeing indicator it is for. \"LP\" is the Lead Professional, "
              "Callum Stewart. Progress on every action is reported at each Core Group."),
        ("table", {
            "header": ["Ref", "What will happen", "Who", "When", "How we'll know"],
            "widths": [1.1, 5.4, 3.4, 3.1, 4.0],
            "rows": [
                ["SAFE: Kayla and Finlay are always cared for by a sober adult, and Finlay is never left on "
                 "his own", H, H, H, H],
                ["S1",
                 "Visit the family at home, seeing Kayla on her own and Finlay awake; at least one visit in "
                 "three unannounced and after 6pm",
                 "Callum Stewart, Lead Professional (social worker)",
                 "Weekly until the Review CPPM on 14/04/2026",
                 "Visit record on the children's file within 2 working days, noting what Kayla said, what "
                 "Finlay was doing and whether Gemma was sober"],
                ["S2",
                 "Not drink alcohol at any time when she is the only adult looking after Kayla and Finlay, "
                 "and phone Irene to take the children if she has had a drink",
                 "Gemma Robertson (Mum)",
                 "Every day from 13/01/2026",
                 "Breath test of 0.00 at each ADRS appointment and at Callum's unannounced visits (agreed by "
                 "Gemma at the CPPM), recorded in the chronology and shared with the LP"],
                ["S3",
                 "Put a warning marker on 14 Kirkbrae Court so that any call about the children is attended "
                 "as a priority, and tell the LP about any police attendance",
                 "PC Gillian Reid, Dunlochry Community Policing Team, Police Scotland",
                 "Marker by 20/01/2026; any attendance shared by 9am the next day",
                 "Marker reference given to Callum and recorded in the chronology; police concern reports "
                 "on the children's file"],
                ["S4",
                 "Collect Kayla from school and give both children their tea at her house until Gemma "
                 "collects them",
                 "Irene Robertson (Gran)",
                 "Tuesdays and Thursdays, 3.15pm to 7pm, from 20/01/2026",
                 "School's collection log; Irene's note in the family diary of how Gemma was at 7pm, read "
                 "by Callum each week"],
                ["HEALTHY: Finlay's speech and development are checked and helped, and both children see a "
                 "dentist", H, H, H, H],
                ["H1",
                 "Complete Finlay's 27-30 month review at home with an ASQ-3, and refer him to Speech and "
                 "Language Therapy if his scores show a delay",
                 "Ailsa Grant, Health Visitor (Named Person for Finlay)",
                 "Review by 06/02/2026; any referral within 5 working days of it",
                 "ASQ-3 scores and review summary sent to Callum; copy of the SLT referral on file"],
                ["H2",
                 "Register Kayla and Finlay with Dunlochry Dental Practice and take them to their first "
                 "check-up",
                 "Gemma, with Ailsa Grant helping her to book",
                 "Registered by 30/01/2026; check-up by 27/02/2026",
                 "Registration confirmation and appointment card seen by Ailsa; the practice confirms to "
                 "Ailsa that both children attended"],
                ["H3",
                 "Assess Gemma's alcohol use and agree a recovery plan with her; give the Core Group a written "
                 "view of whether Gemma can make and keep the changes Kayla and Finlay need, the steps, and "
                 "how long they are likely to take",
                 "Lorna Munro, Recovery Worker, Dunlochry Alcohol and Drug Recovery Service (ADRS)",
                 "Assessment by 06/02/2026; written report before each Core Group",
                 "ADRS report on the children's file before each Core Group, with Gemma's AUDIT score at "
                 "assessment and at three months"],
                ["H4",
                 "Go to ADRS every week and take up community detox if Lorna and Dr Buchan recommend it, so "
                 "that she can look after Kayla and Finlay without drinking",
                 "Gemma",
                 "Every Wednesday at 10am from 21/01/2026",
                 "ADRS attendance record sent to Callum monthly; any detox start date noted in the "
                 "chronology"],
                ["H5",
                 "Review Gemma's physical health and prescribe for any detox jointly with ADRS, and tell the "
                 "LP straight away if anything Gemma tells her puts the children at risk",
                 "Dr Anna Buchan, GP, Dunlochry Health Centre",
                 "Appointment by 30/01/2026",
                 "GP letter to ADRS and Callum with the blood test results and any prescription"],
                ["ACHIEVING: Kayla is in school on time every day, and Finlay goes to nursery", H, H, H, H],
                ["A1",
                 "Ring Gemma by 9.15am if Kayla is not in school, and the LP if there is no answer; send the "
                 "LP Kayla's attendance and late marks",
                 "Mrs Fiona McLeish, Head Teacher (Named Person for Kayla)",
                 "Every school day; attendance sent every Friday",
                 "Weekly attendance e-mail on file; 95% attendance and no more than two late marks a month by "
                 "the Easter holidays (02/04/2026)"],
                ["A2",
                 "Take Finlay to his funded place at Dunlochry Early Learning Centre",
                 "Gemma; Irene on Tuesdays and Thursdays",
                 "Monday to Thursday mornings from 02/02/2026",
                 "ELC register sent to Callum fortnightly by Karen Lindsay (ELC manager); at least 90% "
                 "attendance"],
                ["NURTURED: a calm morning and bedtime, with food, clean clothes and a bath, and Kayla no "
                 "longer looking after Finlay", H, H, H, H],
                ["N1",
                 "Home visits at breakfast time to build the morning routine with Gemma (up, dressed, fed, out "
                 "by 8.30am), using a picture routine chart for both children",
                 "Shona Baird, Family Support Worker, Dunlochry Family Support Service",
                 "Mondays and Wednesdays, 7.45am to 9am, for 8 weeks from 19/01/2026",
                 "Shona's visit notes sent to Callum weekly: children dressed and fed, Kayla in school and "
                 "Finlay at nursery on time; routine chart on the fridge"],
                ["N2",
                 "Attend the Mellow Parenting group, to help Gemma notice and respond to what Finlay and Kayla "
                 "need from her",
                 "Gemma, with Shona Baird",
                 "Thursdays 9.30am to 1.30pm, 22/01/2026 to 30/04/2026 (14 weeks)",
                 "Group attendance record; Shona's written observation of a teatime at home in weeks 7 and 14, "
                 "shared at the Core Group"],
                ["RESPECTED AND INCLUDED: Kayla's views shape the plan, and she has time to be a child", H, H,
                 H, H],
                ["R1",
                 "Time for Kayla to talk about home using her wellbeing wheel, and help her get her views "
                 "ready for each Core Group and the Review CPPM",
                 "Ms Rhona Pattison, Pupil Support Teacher, Dunlochry Primary School",
                 "Every Monday after lunch from 19/01/2026",
                 "Kayla's wellbeing wheel scores and her own words sent to Callum before each Core Group"],
                ["R2",
                 "Refer Kayla for an independent advocate from Dunlochry Children's Rights Service to go with "
                 "her to the Review CPPM",
                 "Callum Stewart (LP)",
                 "Referral by 13/02/2026",
                 "Advocate allocated (letter on file); Kayla's views form presented at the Review CPPM"],
                ["R3",
                 "Take Kayla to Brownies each week and pay her subs from the Dunlochry Council hardship fund "
                 "that Callum has arranged",
                 "Irene (Gran)",
                 "Every Wednesday, 6pm to 7.30pm, from 21/01/2026",
                 "Brownies register; Kayla tells Ms Pattison how it went, noted on her wellbeing wheel record"],
            ],
        }),
        ("h1", "If things go wrong: contingency plan"),
        ("bullets", [
            "If Gemma is found under the influence of alcohol while she is the only adult caring for the "
            "children, or Finlay is found on his own, whoever finds it rings Police Scotland on 999 if a "
            "child is in danger and tells Callum (or the Dunlochry Social Work Standby Service out of hours) "
            "straight away. The children go to Irene's that day, and Callum holds an IRD with the police and "
            "health the same day.",
            "If Irene is unwell or cannot do her part of the plan (S4, A2 and R3) on any day, she rings "
            "Callum by 12 noon. Kayla goes to the Dunlochry Primary after-school club that day (a place is "
            "held for her, agreed on 15/01/2026), Shona takes Finlay to nursery and visits at teatime, and "
            "Callum takes Kayla to Brownies. If neither Irene nor Steven "
            "(when he is onshore) can have the children in an emergency, Callum or the Standby Service "
            "places them together with emergency foster carers that night.",
            "If Kayla is not in school and not accounted for by 10am, Mrs McLeish rings Callum, who visits "
            "the home that morning.",
            "If Gemma misses two ADRS appointments in a row, Lorna tells Callum that day and Callum makes an "
            "unannounced visit within 24 hours.",
            "If a child is at immediate risk and cannot be kept safe with Irene or with Steven, Moira "
            "Henderson (Team Leader) will apply to the sheriff for a Child Protection Order that day.",
        ]),
        ("h1", "Legal measures"),
        ("p", "If by the Core Group on 24/03/2026 Gemma has been found under the influence of alcohol while "
              "caring for the children on any occasion, or Kayla's attendance is still below 90%, Moira "
              "Henderson will hold a legal planning meeting with Dunlochry Council Legal Services within 5 "
              "working days and refer both children to the Children's Reporter, asking that a Children's "
              "Hearing consider Compulsory Supervision Orders."),
        ("h1", "Core Group and Review CPPM"),
        ("bullets", [
            "Core Group every four weeks at Dunlochry Primary School, Tuesdays at 2pm: 27/01/2026, "
            "24/02/2026 and 24/03/2026. Callum chairs and sends the notes within 5 working days.",
            "Review Child Protection Planning Meeting: 14/04/2026 at 10am, Dunlochry Council Offices, "
            "chaired by Elaine Cormack. Kayla will be invited to the first part, with her advocate.",
        ]),
        ("p", "Plan shared with Gemma, Steven, Irene and every agency on 15/01/2026. Kayla's own copy, in "
              "words and pictures, was talked through with her by Callum and Ms Pattison on 19/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scotland: Child Protection Plan from a review CPPM, National Risk
#    Framework summary, a My World Triangle column in the plan table.
#    Faulty (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_drumhallach_review_cppm_my_world_triangle_column_fairlie.pdf",
    "doc_title": "Child Protection Plan - Lewis Fairlie (Review CPPM 21/01/2026)",
    "split": "heldout",
    "actions": 12,
    "header": "OFFICIAL-SENSITIVE | Drumhallach Council Social Work Services | Child Protection Plan",
    "footer": "Lewis Fairlie - Review CPPM 21/01/2026 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "template": "scottish-review-cppm-child-protection-plan-paged-landscape-numbered-sections-details-kv-national-risk-framework-summary-vulnerability-resilience-adversity-protective-lewiss-world-outcomes-by-wellbeing-indicator-then-no-my-world-triangle-what-needs-to-happen-who-when-how-will-we-know-table-contingency-core-group-review",
    "description": (
        "Scottish Child Protection Plan from a review Child Protection Planning Meeting for a "
        "14-month-old boy whose name stays on the Child Protection Register (neglect; parental mental "
        "health): his mother has depression and anxiety and is under the Community Mental Health Team, "
        "his father uses cannabis daily and sees him at the paternal grandmother's. Numbered sections: "
        "details, a National Risk Framework summary, Lewis's world as the adults see it, outcomes by "
        "wellbeing indicator, then a table (No. / My World Triangle / What needs to happen / Who / When "
        "/ How will we know), a specific contingency with a fallback for the grandmother, and Core Group "
        "and Review CPPM dates. Faults: the health visitor's visits measured only by 'Health and "
        "development monitored'; the CPN's fortnightly visits that only support the mother with her mood "
        "and medication; the parenting group referral 'ASAP'; an assessment of the father's parenting "
        "with '-' for how we will know; 'Core Group members' sharing concerns; a Healthy outcome about the "
        "mother only; and nothing anywhere on legal planning or a referral to the Reporter if progress "
        "stalls."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Review Child Protection Planning Meeting, 21/01/2026, Drumhallach Social Work Centre. Printed "
              "from the Drumhallach Council case record on 23/01/2026."),
        ("h1", "1. Details"),
        ("kv", [
            ("Child", "Lewis Fairlie, born 17/11/2024 (14 months)"),
            ("Address", "Flat 2, 9 Mill Wynd, Drumhallach DQ9 2HS, with his mum"),
            ("Mum", "Chloe Fairlie (22)"),
            ("Dad", "Jamie Rennie (24), lives with his mum at 31 Burnside Road, Drumhallach"),
            ("Paternal gran", "Margaret Rennie (51), 31 Burnside Road, Drumhallach"),
            ("Child Protection Register", "Registered 22/10/2025 at the initial CPPM. Concerns recorded: "
                                          "neglect; parental mental health."),
            ("Decision of this Review CPPM", "Lewis's name remains on the Child Protection Register."),
            ("Lead Professional", "Kirsty Moffat, Social Worker, Drumhallach Children and Families "
                                  "(Team Leader: Graham Soutar)"),
            ("Named Person", "Morag Tulloch, Health Visitor, Drumhallach Health Centre"),
            ("Chair", "Alan Imrie, Child Protection Reviewing Officer"),
        ]),
        ("h1", "2. Summary of risk (National Risk Framework)"),
        ("h2", "Vulnerability"),
        ("p", "Lewis is 14 months old and depends on an adult for everything. In September 2025 his weight "
              "dropped from the 50th to the 9th centile."),
        ("h2", "Resilience"),
        ("p", "Lewis is a sociable baby who is reaching for people and starting to pull himself up to stand. "
              "He has a warm bond with his gran, Margaret."),
        ("h2", "Adversity"),
        ("p", "Chloe has had depression and anxiety since she was 17 and has been under Drumhallach Community "
              "Mental Health Team since 2023. Since Lewis was born there have been weeks when she could not "
              "get out of bed; at a visit in September Lewis was found with a bottle propped in his cot and a "
              "soiled nappy that had not been changed for some hours. Jamie smokes cannabis every day and "
              "says it \"keeps him calm\". He and Chloe argue when he visits the flat."),
        ("h2", "Protective environment"),
        ("p", "Margaret sees Lewis most days and supervises Jamie's time with him. Chloe started new "
              "medication in November and says she feels \"a bit more like myself\". Lewis's weight is now "
              "back on the 25th centile."),
        ("h1", "3. Lewis's world"),
        ("p", "Lewis cannot tell us in words, so this is what the adults around him see. At Kirsty's visit on "
              "12/01/2026 Lewis crawled to the door when he heard Margaret's voice on the stair, said "
              "\"Na-na\" and held his arms up to her. He ate a full bowl of porridge and a banana and then "
              "played with the pans on the kitchen floor, looking back to check that Chloe was watching. "
              "At the visit on 18/12/2025 he was in the same sleepsuit as the day before, had nappy rash and "
              "cried until Chloe picked him up, then settled quickly on her shoulder. Morag has seen him "
              "smile and babble when Chloe sings to him."),
        ("h1", "4. What we want for Lewis"),
        ("bullets", [
            "Safe: Lewis is cared for every day by an adult who can see and answer his needs, and is never "
            "left in the care of anyone who has used cannabis.",
            "Healthy: Chloe's mental health is stable and she takes her medication as prescribed.",
            "Healthy: Lewis keeps his weight on or above the 25th centile and has all his immunisations.",
            "Nurtured: Lewis has a warm, clean, dry home and a regular routine for meals, naps and bedtime.",
            "Achieving: Lewis's development is on track at his 13-15 month review, and he plays with other "
            "children at a toddler group every week.",
        ]),
        ("h1", "5. The Child Protection Plan"),
        ("table", {
            "header": ["No.", "My World Triangle", "What needs to happen", "Who", "When", "How will we know"],
            "widths": [1.2, 3.5, 8.0, 4.5, 3.5, 5.0],
            "rows": [
                ["1", "Growing and developing",
                 "Weigh Lewis at home and check his feeding and development, including his 13-15 month "
                 "review",
                 "Morag Tulloch, Health Visitor (Named Person)",
                 "Fortnightly until the next Review CPPM",
                 "Health and development monitored"],
                ["2", "Growing and developing",
                 "Take Lewis for his 12-13 month immunisations at Drumhallach Health Centre",
                 "Chloe",
                 "By 13/02/2026",
                 "Immunisation record checked by Morag and the date given to Kirsty"],
                ["3", "What I need from people who look after me",
                 "Planned and unannounced home visits, seeing Lewis awake, where he sleeps and what food is "
                 "in the flat",
                 "Kirsty Moffat, Lead Professional",
                 "Weekly, at least one visit in three unannounced",
                 "Visit record on the case file within 2 working days, with what Lewis was doing and what "
                 "was seen"],
                ["4", "What I need from people who look after me",
                 "Continue fortnightly home visits to support Chloe with her mood and with taking her "
                 "sertraline",
                 "Fiona Galbraith, Community Psychiatric Nurse, Drumhallach CMHT",
                 "Fortnightly",
                 "CPN contact record sent to Kirsty each month"],
                ["5", "What I need from people who look after me",
                 "Referral to the Solihull Approach parenting group for Chloe and Jamie, and both to attend "
                 "the ten sessions",
                 "Kirsty Moffat to refer; Chloe and Jamie to attend",
                 "ASAP",
                 "Attendance record from the group facilitator; certificate at the end of the course"],
                ["6", "What I need from people who look after me",
                 "Home sessions with Chloe on Lewis's routine: regular meals, naps in his cot, bath and "
                 "bedtime by 7.30pm",
                 "Paula Hendry, Family Support Worker, Drumhallach Family Centre",
                 "Tuesdays and Fridays, 9am to 11am, for 10 weeks from 27/01/2026",
                 "Routine chart kept by Chloe and Paula's session notes, shared at each Core Group: Lewis "
                 "fed at set times, clean and sleeping in his cot"],
                ["7", "What I need from people who look after me",
                 "Supervise all of Jamie's time with Lewis at her home, and stop the visit if Jamie has used "
                 "cannabis that day",
                 "Margaret Rennie (paternal gran)",
                 "Every Saturday, 10am to 4pm",
                 "Margaret's contact notes, read by Kirsty at her monthly visit to Burnside Road"],
                ["8", "What I need from people who look after me",
                 "Parenting assessment of Jamie's care of Lewis during his Saturday time at Burnside Road",
                 "Paula Hendry, Family Support Worker",
                 "By 27/02/2026",
                 "-"],
                ["9", "What I need from people who look after me",
                 "Weekly appointments for Jamie about his cannabis use, with a urine test at each, so that he "
                 "is clear of cannabis whenever he has Lewis",
                 "Ross Kinnear, Drumhallach Substance Use Service",
                 "Weekly from 28/01/2026",
                 "Urine test results and Ross's written update sent to Kirsty before each Core Group"],
                ["10", "My wider world",
                 "Share any worry about Lewis's care with the Lead Professional the same day",
                 "Core Group members",
                 "Same day",
                 "Worries recorded in Lewis's chronology"],
                ["11", "My wider world",
                 "Inspect and treat the damp and black mould in Lewis's bedroom",
                 "Stephen Laird, Housing Officer, Drumhallach Council Housing Services",
                 "Inspection by 06/02/2026; repair by 20/02/2026",
                 "Repair job closed on the housing system; Kirsty sees the bedroom at her next visit"],
                ["12", "My wider world",
                 "Apply for a place for Lewis at the Drumhallach Family Centre toddler group, and Chloe to "
                 "take him each week once it starts",
                 "Kirsty Moffat with Chloe",
                 "Application by 06/02/2026; weekly from the start date",
                 "Place offer letter on file; toddler group register sent to Kirsty monthly"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("bullets", [
            "If Chloe is not able to get up and care for Lewis, or Lewis is found unfed or in a soiled nappy "
            "at any visit, the worker who finds it rings Kirsty (or the Drumhallach Standby Social Work "
            "Service out of hours). Lewis goes to Margaret's that day and an IRD is held within 24 hours.",
            "If Margaret cannot have Lewis, or cannot supervise a Saturday, Kirsty places Lewis with "
            "emergency foster carers that day if he cannot stay at home safely, and Jamie's time with Lewis "
            "that week moves to the Family Centre on the Monday, supervised by Paula.",
            "If Jamie is found to have used cannabis while Lewis is with him, his time with Lewis stops and "
            "restarts only at the Family Centre, supervised by Paula, from the following week.",
            "If Chloe tells the CPN or anyone else that she has thoughts of harming herself or Lewis, that "
            "person contacts the CMHT crisis team and Kirsty the same day, and Lewis stays with Margaret "
            "until the crisis team and Kirsty agree he can go home.",
        ]),
        ("h1", "7. Core Group and review"),
        ("bullets", [
            "Core Group every four weeks at Drumhallach Family Centre, Wednesdays at 1.30pm: 04/02/2026, "
            "04/03/2026 and 01/04/2026.",
            "Next Review Child Protection Planning Meeting: 15/07/2026 at 10am, Drumhallach Social Work "
            "Centre.",
        ]),
        ("h1", "8. Who was at the Review CPPM"),
        ("p", "Alan Imrie (Chair); Chloe Fairlie; Jamie Rennie; Margaret Rennie; Kirsty Moffat (LP); Morag "
              "Tulloch (HV, Named Person); Fiona Galbraith (CPN); Paula Hendry (FSW); DC Neil Baxter (Police "
              "Scotland, Drumhallach Public Protection Unit). Apologies: Ross Kinnear (report sent)."),
    ],
    "findings": [
        F("M002", "Weigh Lewis at home and check his feeding and development"),
        F("H001", "Continue fortnightly home visits to support Chloe with her mood"),
        F("T002", "Referral to the Solihull Approach parenting group for Chloe and Jamie"),
        F("M001", "Parenting assessment of Jamie's care of Lewis during"),
        F("W002", "Share any worry about Lewis's care with the Lead Professional"),
        F("F002", "Chloe's mental health is stable and she takes her medication as prescribed."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Wales: bilingual Care and Support Protection Plan from an initial
#    conference, numbered actions under each personal outcome with
#    Pwy / Pryd / Sut byddwn ni'n gwybod lines. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_dolcarreg_care_support_protection_plan_bilingual_outcomes_pritchard.md",
    "split": "heldout",
    "actions": 13,
    "template": "welsh-care-and-support-protection-plan-md-bilingual-welsh-then-english-headings-manylion-details-table-active-offer-why-there-is-a-plan-what-matters-conversations-each-child-and-each-parent-then-personal-outcomes-in-childrens-words-with-numbered-actions-under-each-pwy-who-pryd-when-sut-byddwn-nin-gwybod-how-well-know-lines-contingency-legal-planning-core-group-review",
    "description": (
        "Exemplary Welsh Care and Support Protection Plan made under the Wales Safeguarding Procedures at "
        "an initial child protection conference for a 9-year-old boy and a 6-year-old girl in a "
        "Welsh-speaking family, after their father strangled their mother in front of them; he is on bail "
        "and sees them only at a contact centre, and their mother has depression and PTSD. Headings in "
        "Welsh then English, the Active Offer recorded, 'what matters' conversations with each child and "
        "each parent, then four personal outcomes (the children's words and the plan's statement), each "
        "with numbered actions and Pwy / Who, Pryd / When and Sut byddwn ni'n gwybod / How we'll know "
        "lines. The primary mental health service assesses the mother and reports on her capacity to "
        "change and the likely timescale; the grandparents' school runs have a fallback; the contingency "
        "names triggers, police, a same-day strategy discussion and placement; a Legal Gateway meeting "
        "follows named triggers; core group and review conference dates are set."
    ),
    "text": """\
# Cyngor Sir Dolcarreg / Dolcarreg County Council
## Gwasanaethau Plant / Children's Services

# Cynllun Gofal a Chymorth ac Amddiffyn / Care and Support Protection Plan

Made at the initial child protection conference on 20/01/2026 under the Wales Safeguarding
Procedures and Part 4 of the Social Services and Well-being (Wales) Act 2014.

### Manylion / Details

| | |
|---|---|
| **Plant / Children** | Osian Pritchard, born 08/05/2016 (9), Blwyddyn 4 / Year 4; Megan Pritchard, born 30/09/2019 (6), Blwyddyn 1 / Year 1; both at Ysgol Gynradd Dolcarreg |
| **Cyfeiriad / Address** | 7 Heol y Felin, Dolcarreg DQ22 4RW, with Mam |
| **Mam** | Sian Pritchard (35) |
| **Dad** | Gareth Pritchard (38), staying with a friend in Llys Derwen, Dolcarreg; on bail (see below) |
| **Nain a Taid / Grandparents** | Eirlys and Dewi Jones, Sian's parents, 2 Maes y Dderwen, Dolcarreg |
| **Cofrestr / Register** | Osian's and Megan's names placed on the child protection register on 20/01/2026; category: emotional abuse |
| **Gweithiwr cymdeithasol / Social worker** | Nia Wyn Roberts, Dolcarreg Children's Services (team manager: Huw Bowen) |
| **Cadeirydd / Chair** | Meinir Thomas, Independent Chair, Dolcarreg Safeguarding Unit |
| **Iaith / Language** | Osian, Megan and Sian's first language is Welsh. Under the Active Offer (Mwy na Geiriau / More than just words) every worker below speaks Welsh with the children or works with a Welsh-speaking colleague; Gareth prefers English. |

### Pam mae angen cynllun / Why there is a plan

On 28/11/2025 Gareth held Sian by the throat against the kitchen wall until she could not breathe.
Osian and Megan were in the room; Osian ran next door for help. Heddlu Dolcarreg Police arrested
Gareth, and he has been charged with non-fatal strangulation. His bail conditions (to his trial
date, not yet set) are that he does not contact Sian or go to Heol y Felin, and that he sees the
children only at contact arranged by Children's Services. Sian has told Nia that there have been
"years" of Gareth shouting, checking her phone and pushing her, and that the children have seen
much of it.

Sian has depression and post-traumatic stress. She has flashbacks, sleeps two or three hours a
night and on some mornings cannot get the children up; Osian has been getting Megan's breakfast.
Her GP referred her to the Dolcarreg Local Primary Mental Health Support Service in December 2025.

### Beth sy'n bwysig / What matters

**Osian** (seen on his own at school by Nia, in Welsh, 14/01/2026): "Dw i ddim eisiau i Dad ddod
adre eto. I don't want Dad to come home again, not like before." "I listen for the door at night in
case it's him." "What matters is Mam being OK and Megan not crying." He likes rugby at Clwb Rygbi
Dolcarreg and drawing dragons. He scored feeling safe at home 6 out of 10 and at Nain and Taid's 9.

**Megan** (seen with her dragon puppet, in Welsh, 14/01/2026): "I miss Dad. I want to see him but
not at our house." "Mam cries in the bath." She drew her family with Dad "far away in a car". What
matters to her is "my bedroom and my cat, Mwg".

**Sian**: "What matters is that the children feel safe and that I'm a proper mam to them again. I
can't keep relying on Mam and Dad." She wants Gareth to see the children "somewhere safe".

**Gareth** (by phone, in English, 16/01/2026): he wants to see the children and says he is "not a
danger to them". He agreed to be assessed for a domestic abuse programme.

### Canlyniadau personol a'r cynllun / Personal outcomes and the plan

Each outcome below is in the children's words first, then what the conference agreed. The numbered
actions under each outcome are the plan. Every action says who, when and how we'll know.

#### Canlyniad 1 / Outcome 1

*"Dw i eisiau teimlo'n saff yn y tŷ. I want to feel safe in our house." (Osian)*
Osian and Megan live safely at home with Mam, with no more violence, and know what to do and who
to tell if they feel frightened.

**1.1** Home visits, seeing Osian and Megan each on their own, in Welsh, with one visit in three
unannounced.
- Pwy / Who: Nia Wyn Roberts (social worker)
- Pryd / When: every week until the review conference on 16/04/2026
- Sut byddwn ni'n gwybod / How we'll know: visit records on WCCIS within 2 working days, with each
  child's own words and their "safe at home" score

**1.2** Safety planning with Sian, including a plan for what Osian and Megan do if Gareth comes to
the house (Osian's "safe word" and who he rings), and a new lock and a video doorbell fitted.
- Pwy / Who: Delyth Owen, IDVA, Dolcarreg Domestic Abuse Service
- Pryd / When: first meeting by 27/01/2026, then weekly for 8 weeks; lock and doorbell fitted by
  06/02/2026
- Sut byddwn ni'n gwybod / How we'll know: written safety plan (family copy and children's copy) on
  file; fitting confirmed in writing to Nia; DASH risk assessment repeated at week 8 and shared with
  Nia

**1.3** Put a domestic abuse marker on 7 Heol y Felin, and tell Nia and Sian the same day about any
breach of Gareth's bail, any change to his bail conditions and his trial date.
- Pwy / Who: DC Rhys Price, Domestic Abuse Unit, Heddlu Dolcarreg Police
- Pryd / When: marker by 23/01/2026; any breach or change told the same day
- Sut byddwn ni'n gwybod / How we'll know: marker reference e-mailed to Nia; police log of any
  breach on the children's file

**1.4** Sian will not let Gareth into the house or have contact with him outside the contact in 2.1,
and will ring 999 if he comes to the house or contacts her or the children.
- Pwy / Who: Sian
- Pryd / When: every day, until the review conference and for as long as his bail conditions stand
- Sut byddwn ni'n gwybod / How we'll know: no police reports of Gareth at the house; the doorbell
  camera log, looked at with Delyth at each weekly session

**1.5** Check in with Osian and Megan each morning, and ring Sian by 9.30am if either is not in
school, then Nia if there is no answer.
- Pwy / Who: Mrs Catrin Lloyd, Designated Safeguarding Person, Ysgol Gynradd Dolcarreg
- Pryd / When: every school day; summary to Nia every Friday
- Sut byddwn ni'n gwybod / How we'll know: Friday e-mail with attendance and anything the children
  said; attendance of 95% or more for both children by the Easter holidays

#### Canlyniad 2 / Outcome 2

*"I want to see Dad but not at our house." (Megan)*
Osian and Megan see their dad safely, at times he keeps to, in a way that does not frighten them,
and they understand why he cannot come home.

**2.1** Supervised contact for Osian and Megan with Gareth at Dolcarreg Family Centre.
- Pwy / Who: Eleri Vaughan, contact supervisor, Dolcarreg Contact Service
- Pryd / When: every other Saturday, 10am to 11.30am, from 31/01/2026
- Sut byddwn ni'n gwybod / How we'll know: written record of each contact, with what the children
  said and did before and after, sent to Nia within 2 working days

**2.2** Gareth to be assessed for, and then attend, the Dolcarreg Change Project domestic abuse
programme.
- Pwy / Who: Gareth, with Tomos Griffiths (programme facilitator)
- Pryd / When: assessment by 13/02/2026; weekly group for 24 weeks from the first group after it
- Sut byddwn ni'n gwybod / How we'll know: Tomos's assessment report and a monthly attendance and
  progress letter to Nia

**2.3** Explain to Osian and Megan, in Welsh, why Dad cannot come home and what will happen next,
using a Words and Pictures book made with them.
- Pwy / Who: Nia Wyn Roberts, with Sian
- Pryd / When: book finished by 06/02/2026
- Sut byddwn ni'n gwybod / How we'll know: copy of the book on file; the children's questions and
  what they say about it recorded in Nia's visit notes

#### Canlyniad 3 / Outcome 3

*"I want to sleep all night and not listen for the door." (Osian)*
Osian and Megan sleep well, are in school every day, and can talk about their worries with an
adult they trust.

**3.1** ELSA sessions with Osian about worry and sleep, in Welsh.
- Pwy / Who: Mrs Gwen Morgan, ELSA, Ysgol Gynradd Dolcarreg
- Pryd / When: Tuesdays at 11am for 8 weeks from 27/01/2026
- Sut byddwn ni'n gwybod / How we'll know: Osian's worry scale and sleep diary at the first and last
  sessions, sent to Nia

**3.2** One-to-one sessions for Megan about what happened at home, using play and her puppets.
- Pwy / Who: Lowri Bevan, children's worker, Dolcarreg Domestic Abuse Service (Sêr Bach)
- Pryd / When: Wednesdays after school for 10 weeks from 04/02/2026
- Sut byddwn ni'n gwybod / How we'll know: Megan's feelings chart at each session and Lowri's
  monthly summary to Nia

**3.3** Take Osian and Megan to school and collect them on Sian's therapy days.
- Pwy / Who: Eirlys and Dewi Jones (Nain a Taid)
- Pryd / When: Mondays, Wednesdays and Fridays from 26/01/2026 until the review conference
- Sut byddwn ni'n gwybod / How we'll know: school's sign-in and collection log; Eirlys texts Nia each
  Friday

#### Canlyniad 4 / Outcome 4

*"I want Mam to be happy and do our breakfast." (Megan)*
Osian and Megan are cared for by a Mam who feels safe and well enough to get them up, fed and to
school each day, and to comfort them when they are frightened.

**4.1** Assessment of Sian under Part 1 of the Mental Health (Wales) Measure, trauma-focused therapy,
and a written view for the core group of how Sian's depression and PTSD affect her care of Osian and
Megan, whether she can make the changes they need, and how long that is likely to take.
- Pwy / Who: Bethan Howells, mental health practitioner, Dolcarreg Local Primary Mental Health
  Support Service
- Pryd / When: assessment by 06/02/2026; written report by the core group on 26/03/2026, and an update
  for the review conference
- Sut byddwn ni'n gwybod / How we'll know: Bethan's reports on the children's file, with Sian's PHQ-9
  and PCL-5 scores at the start and at the review

**4.2** Sian will go to her appointments with Bethan and take her medication, so that she is well
enough to get Osian and Megan up and to school.
- Pwy / Who: Sian
- Pryd / When: fortnightly appointments from 06/02/2026; medication every day
- Sut byddwn ni'n gwybod / How we'll know: Bethan confirms attendance in her report; the children
  are in school on time (1.5)

### Cynllun wrth gefn / Contingency plan

- If Gareth comes to the house, contacts Sian or the children outside contact, or breaks any bail
  condition: Sian (or the school, or Nain and Taid) rings 999 and the police attend; Nia (or the
  Emergency Duty Team out of hours) holds a strategy discussion with the police the same day. The
  children stay at Nain and Taid's that night.
- If Nain and Taid cannot have the children, or cannot do a school run, Eirlys rings Nia by 8am:
  the children go to the school's breakfast and after-school clubs that day (places agreed with Mrs
  Lloyd on 21/01/2026) and Nia collects them. If the children need somewhere to stay and Nain and
  Taid cannot have them, Nia or the Emergency Duty Team places them together with Welsh-speaking
  foster carers that night.
- If Sian cannot get up to care for the children for a day, or tells anyone she has thoughts of
  harming herself, she or the person she tells rings Bethan (or the Dolcarreg Crisis Resolution and
  Home Treatment Team out of hours) and Nia the same day; the children stay with Nain and Taid until
  Bethan and Nia agree it is safe for them to go home.
- If Gareth misses two contacts in a row, Eleri tells Nia and contact is paused until Nia has spoken
  with him and with the children.

### Cynllunio cyfreithiol / Legal planning

If Sian lets Gareth back into the home or has contact with him outside this plan, if the children
see or hear any further abuse, or if by the review conference Sian has not been able to keep to the
safety plan, Huw Bowen (team manager) will request a Legal Gateway meeting within 5 working days to
decide whether to begin the Public Law Outline.

### Grŵp craidd ac adolygu / Core group and review

- Grŵp craidd / Core group: 29/01/2026 (within 10 working days of conference), then every four
  weeks on 26/02/2026 and 26/03/2026, at Ysgol Gynradd Dolcarreg at 3.30pm. Nia sends the notes in
  Welsh and English within 5 working days.
- Cynhadledd adolygu / Review child protection conference: 16/04/2026 at 10am, Neuadd y Sir /
  County Hall, Dolcarreg.

Anfonwyd y cynllun at / Plan sent to: Sian, Gareth (in English), Eirlys and Dewi Jones, and every
agency, 22/01/2026.
"""
,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Wales: case-system print of a Care and Support Protection Plan after a
#    review conference, a move to an English council coming. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_derwyddfa_case_print_review_plan_transfer_pending_evans.txt",
    "split": "heldout",
    "actions": 12,
    "template": "welsh-care-and-support-protection-plan-case-system-print-txt-bilingual-banner-version-line-lettered-sections-subjects-dot-leader-fields-reason-what-matters-personal-outcomes-d1-d4-then-e01-e12-action-blocks-action-responsible-target-date-evidence-linked-outcome-then-contingency-legal-transfer-note-meetings",
    "description": (
        "Case-system print of a Welsh Care and Support Protection Plan after a review child protection "
        "conference for an 11-year-old girl and her 2-year-old brother (neglect; their mother drinks "
        "heavily in the evenings; their grandmother helps every morning and has them on Saturday "
        "nights); the mother has a tenancy offer in an English borough and the family expect to move in "
        "the spring. Bilingual banner, lettered sections with dot-leader fields, what matters to Kacey "
        "and what is seen of Tyler's day, personal outcomes D1 to D4, then action blocks E01 to E12 "
        "(Action / Responsible / Target date / Evidence / Linked outcome), a contingency, a Legal "
        "Gateway step, a transfer note and meeting dates (core group dates, and a review conference "
        "booked in case the family have not moved). Faults: the parenting assessment handed to the "
        "receiving English council to complete after the transfer-in conference; a dental check with "
        "'-' for its target date; a health review for Kacey with '-' for who is responsible; Flying "
        "Start home sessions with 'N/A' for evidence; the mother's drinking recorded but no adult "
        "service owning any action (she only goes to appointments); and a contingency that sends the "
        "children to their grandmother with nothing on what happens if she cannot help."
    ),
    "text": """\
=============================================================================
 CYNGOR BWRDEISTREF SIROL DERWYDDFA  |  DERWYDDFA COUNTY BOROUGH COUNCIL
 Gwasanaethau Plant / Children's Services            WCCIS print - page 1
=============================================================================
 CYNLLUN GOFAL A CHYMORTH AC AMDDIFFYN / CARE AND SUPPORT PROTECTION PLAN
 Plan version ........ 2 (review child protection conference 13/01/2026)
 Previous version .... 1 (initial child protection conference 14/10/2025)
 Printed ............. 15/01/2026 11:42 by CLEWIS
=============================================================================

SECTION A  SUBJECTS / PYNCIAU
-----------------------------------------------------------------------------
 Child 1 ............. Kacey EVANS, DOB 21/07/2014 (11)
                       Year 6, Derwyddfa Junior School
 Child 2 ............. Tyler EVANS, DOB 03/10/2023 (2)
                       Flying Start childcare, Derwyddfa Family Centre
 Address ............. 41 Bryn Teg, Derwyddfa DQ31 6NE
 Mother .............. Jade EVANS (29)
 Maternal grandmother  Carol EVANS (54), 12 Bryn Teg, Derwyddfa
 Register ............ Both children remain on the child protection
                       register (category: neglect). Decision of the
                       review conference 13/01/2026.
 Social worker ....... Carys Lewis, Derwyddfa Children's Services
 Team manager ........ Owain Probert
 Chair ............... Gillian Parry, Safeguarding and Reviewing Unit
 Language ............ English (Active Offer made; family chose English)

SECTION B  REASON FOR PLAN / RHESWM DROS Y CYNLLUN
-----------------------------------------------------------------------------
 Jade drinks heavily in the evenings, mostly cider and vodka. In September
 2025 police found Tyler (then 23 months) alone in the flat at 10.15pm while
 Jade was at a neighbour's; Kacey was out looking for her. Since then Kacey
 has told school twice that Mum was "asleep and I couldn't wake her". Since
 the initial conference Jade has cut down and has been to four of six
 appointments at Derwyddfa Drug and Alcohol Service, but on 19/12/2025 she
 was found by Carys at 4pm slurring her words with Tyler in her care.
 Jade has been offered a housing association tenancy near her sister in
 Dunmoreton, in England, and expects to move in March or April 2026.

SECTION C  WHAT MATTERS / BETH SY'N BWYSIG
-----------------------------------------------------------------------------
 Kacey (seen alone at school, 08/01/2026): "I do Tyler's bottle and put him
 down when Mum's sleeping. I don't mind, he's my brother." "I don't want to
 move away from Nana and my friends." "When Mum doesn't drink it's really
 nice, we watch films." Kacey wants to go to Derwyddfa High School with her
 friends in September and to keep doing netball.
 Tyler (observed at home and at Flying Start): Tyler is walking and says a
 few words ("Nana", "Kay-Kay", "no"). He goes to Kacey for comfort before
 Jade. At Flying Start he is hungry at snack time and eats fast; staff
 saw him play happily with the sand tray and push other children away
 when they came near his food.
 Jade: "I know I have to stop. A fresh start in Dunmoreton near my sister
 will help." Carol: "I'll do whatever I can, but I'm not getting younger
 and I work afternoons."

SECTION D  PERSONAL OUTCOMES / CANLYNIADAU PERSONOL
-----------------------------------------------------------------------------
 D1  Kacey and Tyler are cared for by a sober adult at all times, and
     Tyler is never left alone.
 D2  Kacey is no longer responsible for Tyler's care and has time to be
     11: school every day, netball, friends.
 D3  Tyler's health, speech and development are on track and he is fed
     properly every day.
 D4  Kacey and Tyler's plan carries on without a gap if the family move
     to Dunmoreton.

SECTION E  ACTIONS / CAMAU GWEITHREDU
-----------------------------------------------------------------------------
 E01  Action .......... Home visits, seeing Kacey on her own and Tyler
                        awake; at least one visit in three unannounced,
                        after 4pm.
      Responsible ..... Carys Lewis (SW)
      Target date ..... Weekly until the transfer-in conference or the
                        review conference, whichever is first
      Evidence ........ Visit record on WCCIS within 2 working days, with
                        Kacey's words and what was seen of Jade
      Linked outcome .. D1, D2

 E02  Action .......... Jade will not drink alcohol at any time when she
                        is caring for Kacey and Tyler on her own.
      Responsible ..... Jade Evans
      Target date ..... Every day from 13/01/2026
      Evidence ........ Carys's unannounced visits; Jade's drink diary,
                        read with Carys each week
      Linked outcome .. D1

 E03  Action .......... Jade to go to her keyworker appointments at
                        Derwyddfa Drug and Alcohol Service.
      Responsible ..... Jade Evans
      Target date ..... Every Tuesday at 2pm
      Evidence ........ Appointment card seen by Carys at each visit
      Linked outcome .. D1

 E04  Action .......... Carol to come to 41 Bryn Teg each weekday morning
                        to help get Kacey to school and Tyler to Flying
                        Start.
      Responsible ..... Carol Evans (maternal grandmother)
      Target date ..... Monday to Friday, 7.30am to 9am, from 19/01/2026
      Evidence ........ School and Flying Start registers: both children in
                        on time
      Linked outcome .. D1, D2

 E05  Action .......... Carol to have Kacey and Tyler to stay at her house
                        every Saturday night.
      Responsible ..... Carol Evans (maternal grandmother)
      Target date ..... Every Saturday, 5pm to Sunday 12 noon
      Evidence ........ Carol texts Carys on Sunday when the children are
                        home, with how Jade was
      Linked outcome .. D1, D2

 E06  Action .......... Ring Jade by 9.30am if Kacey is not in school, and
                        Carys if there is no answer; weekly attendance to
                        the SW.
      Responsible ..... Mrs Alison Price, Designated Safeguarding Person,
                        Derwyddfa Junior School
      Target date ..... Every school day; attendance sent every Friday
      Evidence ........ Friday attendance e-mail; 95% attendance by the
                        Easter holidays
      Linked outcome .. D2

 E07  Action .......... Young carers assessment for Kacey, and a place in
                        the Thursday young carers group.
      Responsible ..... Leah Jenkins, Derwyddfa Young Carers Service
      Target date ..... Assessment by 13/02/2026; group every Thursday
                        4pm to 5.30pm from 19/02/2026
      Evidence ........ Assessment shared with Carys and Kacey; group
                        register sent to Carys monthly
      Linked outcome .. D2

 E08  Action .......... Health review for Kacey, looking at her sleep and
                        her headaches, with a referral on if needed.
      Responsible ..... -
      Target date ..... By 27/02/2026
      Evidence ........ Health review summary sent to Carys
      Linked outcome .. D2

 E09  Action .......... Flying Start home sessions with Jade on Tyler's
                        play, talking and mealtimes.
      Responsible ..... Bethan Ashworth, Flying Start family worker
      Target date ..... Every Wednesday, 10am, for 10 weeks from
                        21/01/2026
      Evidence ........ N/A
      Linked outcome .. D3

 E10  Action .......... Book and take Kacey and Tyler to a dental check-up
                        at Derwyddfa Dental Practice.
      Responsible ..... Jade Evans
      Target date ..... -
      Evidence ........ Dental appointment letter seen by Carys
      Linked outcome .. D3

 E11  Action .......... Parenting assessment of Jade's care of Kacey and
                        Tyler: not to be started in Derwyddfa; handed on
                        to Dunmoreton Children's Services to complete
                        after the family move.
      Responsible ..... Dunmoreton Children's Services (receiving
                        authority)
      Target date ..... Within 6 weeks of the transfer-in conference
      Evidence ........ Parenting assessment report presented at the first
                        Dunmoreton core group
      Linked outcome .. D4

 E12  Action .......... Send Kacey's and Tyler's records and this plan to
                        Dunmoreton Children's Services, and visit the family
                        jointly with their allocated worker before the move.
      Responsible ..... Carys Lewis (SW)
      Target date ..... Records within 5 working days of the move date
                        being confirmed; joint visit before the move
      Evidence ........ Transfer request and records receipt on WCCIS;
                        joint visit record
      Linked outcome .. D4

SECTION F  CONTINGENCY / CYNLLUN WRTH GEFN
-----------------------------------------------------------------------------
 If Jade is found under the influence of alcohol while she is caring for
 the children on her own, if Tyler is left alone at any time, or if Kacey
 tells anyone that she could not wake Mum: whoever finds out rings Carys
 (or the Emergency Duty Team out of hours), and the police on 999 if a
 child is alone or in danger. The children go to Carol at 12 Bryn Teg
 that day and stay there until Carys and Owain Probert agree they can go
 home. Carys holds a strategy discussion with the police the same day.

SECTION G  LEGAL / CYFREITHIOL
-----------------------------------------------------------------------------
 If the contingency is used, or if by the core group on 24/03/2026 Jade
 has missed more than two DDAS appointments, Owain Probert (team manager)
 will request a Legal Gateway meeting within 5 working days. Derwyddfa
 keeps legal planning responsibility until the transfer-in conference.

SECTION H  TRANSFER NOTE / NODYN TROSGLWYDDO
-----------------------------------------------------------------------------
 Under the inter-authority transfer procedures Dunmoreton Borough Council
 will hold a transfer-in conference within 15 working days of the family's
 move. Derwyddfa keeps case responsibility until that conference.

SECTION I  MEETINGS / CYFARFODYDD
-----------------------------------------------------------------------------
 Core group ........... every four weeks at Derwyddfa Family Centre, 10am:
                        27/01/2026, 24/02/2026, 24/03/2026
 Review conference .... 14/04/2026, 10am, Derwyddfa Civic Centre (booked in
                        case the family have not moved by then)
 Transfer-in conf. .... Dunmoreton, within 15 working days of the move

-----------------------------------------------------------------------------
 END OF PRINT                                              WCCIS - page 3
-----------------------------------------------------------------------------
""",
    "findings": [
        F("W001", "Health review for Kacey, looking at her sleep"),
        F("M001", "Flying Start home sessions with Jade on Tyler's"),
        F("T001", "Book and take Kacey and Tyler to a dental check-up"),
        F("X001", "handed on to Dunmoreton Children's Services to complete"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Northern Ireland: Trust Child Protection Plan after an initial Child
#    Protection Case Conference, UNOCINI domain banner rows.
#    Exemplary (pdf, header and footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_dromkeeran_trust_cpcc_unocini_domain_rows_quinlan.pdf",
    "doc_title": "Child Protection Plan - Aoife and Rory Quinlan (ICPCC 15/01/2026)",
    "split": "heldout",
    "actions": 11,
    "header": "OFFICIAL-SENSITIVE: PERSONAL | Dromkeeran Health and Social Care Trust | Family and Childcare",
    "footer": "Child Protection Plan - Aoife and Rory Quinlan - ICPCC 15/01/2026 - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "ni-hsc-trust-child-protection-plan-paged-after-initial-cpcc-registration-kv-how-the-family-came-to-the-trust-gateway-unocini-summary-by-domain-childrens-views-parents-views-outcomes-then-need-action-person-responsible-timescale-evidence-of-progress-table-with-unocini-domain-banner-rows-contingency-legal-planning-meeting-core-group-review-cpcc",
    "description": (
        "Exemplary Northern Ireland Child Protection Plan agreed at an initial Child Protection Case "
        "Conference of a Health and Social Care Trust for an 11-year-old girl and her 5-year-old "
        "brother, registered under neglect after their mother, who has bipolar disorder, took them out "
        "at 2am in December during a manic episode and was admitted to hospital; their father drives "
        "long-distance three nights a week and his sister stays over. Registration details, how the "
        "referral came through the Gateway team, a UNOCINI summary by domain, the children's and "
        "parents' views and outcomes, then a table (Need identified / Action / Person responsible / "
        "Timescale / Evidence of progress) under UNOCINI domain banner rows. The Community Mental "
        "Health Team writes a relapse prevention plan and reports on the mother's capacity to meet the "
        "children's needs and the likely timescale; the Family Support Hub and the aunt each have a "
        "fallback; the contingency names relapse signs and concrete responses; a Legal Planning "
        "Meeting on a Care or Supervision Order follows named triggers; core group and review "
        "conference dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dromkeeran Health and Social Care Trust, Family and Childcare Directorate. Agreed at the initial "
              "Child Protection Case Conference on 15/01/2026, held under the Co-operating to Safeguard "
              "Children and Young People in Northern Ireland procedures."),
        ("kv", [
            ("Children", "Aoife Quinlan, born 19/04/2014 (11), P7; Rory Quinlan, born 02/08/2020 (5), P1; "
                         "both at Dromkeeran Primary School"),
            ("Address", "22 Shore Road, Dromkeeran DQ60 3TB"),
            ("Mother", "Bronagh Quinlan (38)"),
            ("Father", "Martin Quinlan (40), HGV driver, away Monday to Wednesday nights"),
            ("Paternal aunt", "Siobhan McAleer (44), 5 Chapel Brae, Dromkeeran"),
            ("Child Protection Register", "Both children's names placed on the register on 15/01/2026, "
                                          "category: neglect"),
            ("Key worker", "Ciaran Doherty, Social Worker, Dromkeeran Family Intervention Team "
                           "(Senior Practitioner: Grainne Boyle; Principal Social Worker: Eamon Fitzpatrick)"),
            ("Chair", "Patricia Lavery, Safeguarding Principal Practitioner"),
        ]),
        ("h1", "How the family came to the Trust"),
        ("p", "At 2.10am on 10/12/2025 PSNI officers found Bronagh with Aoife and Rory on Dromkeeran beach. "
              "Rory was in pyjamas with no coat or shoes, and the temperature was 2 degrees. Bronagh was "
              "talking very fast and said they were \"going to see the sunrise over Scotland\". Martin was "
              "away driving. The officers made a referral to the Trust's Gateway team that night, and the "
              "children stayed with Siobhan. Bronagh was admitted to Ward 4 of Dromkeeran Hospital under the "
              "Mental Health (NI) Order on 11/12/2025 and discharged on 09/01/2026. A joint protocol "
              "investigation by Gateway and the PSNI followed, and the case transferred to the Family "
              "Intervention Team."),
        ("h1", "UNOCINI summary"),
        ("h2", "Domain 1: the needs of the children"),
        ("p", "Aoife is doing well at school but has been looking after Rory and her mum for months: "
              "making meals, getting Rory to school and staying up at night when Bronagh could not sleep. "
              "Rory has started wetting the bed again since December and does not want to go to sleep "
              "without Aoife."),
        ("h2", "Domain 2: the capacity of the parents to meet those needs"),
        ("p", "Bronagh was diagnosed with bipolar affective disorder in 2016. When she is well she is a "
              "loving, organised mother. She stopped her lithium in October 2025 because she \"felt "
              "flat\", and became unwell over six weeks without Martin noticing, as he was often away. "
              "She is now back on lithium. Martin loves the children but had not known the early signs of "
              "Bronagh's illness or how much Aoife was doing."),
        ("h2", "Domain 3: wider family and environmental factors"),
        ("p", "Siobhan is close to the children and has offered to stay over while Martin is away. The "
              "family have mortgage arrears since Bronagh stopped work, and Martin cannot give up driving "
              "nights without losing income."),
        ("h1", "What Aoife and Rory say"),
        ("p", "Ciaran saw Aoife on her own at school on 12/01/2026. She said: \"I knew Mummy was getting "
              "sick because she was cleaning at night and talking really fast, and she bought a load of "
              "stuff online.\" \"I don't want to be the one who has to ring Daddy every time.\" \"Auntie "
              "Siobhan's is good, I get to just be normal.\" Aoife scored how worried she is about her mum "
              "as 8 out of 10. She wants to go to the P7 residential trip in May."),
        ("p", "Rory drew a picture of his mum \"in the hospital because her head was poorly\" and said he "
              "likes it when \"Auntie Siobhan does the bath with bubbles\". At home he sat on Aoife's knee "
              "for most of Ciaran's visit on 13/01/2026."),
        ("h1", "What Bronagh and Martin say"),
        ("p", "Bronagh said: \"I'm mortified. I need the kids to know what to do if it happens again, and I "
              "need Martin to tell me when he sees it starting.\" Martin said: \"I didn't see it. I'll do "
              "whatever it takes, but I can't give up the job.\""),
        ("h1", "Outcomes for Aoife and Rory"),
        ("numbers", [
            "Aoife and Rory are always cared for by an adult who is well, and are never taken out at night "
            "or left in their mum's sole care when she is becoming unwell.",
            "Aoife is no longer a carer for her mum or brother, and has time for school, friends and her P7 "
            "residential.",
            "Rory sleeps in his own bed, is dry at night more often, and feels safe at bedtime.",
            "Both children understand their mum's illness and know who to tell, and what will happen, if she "
            "becomes unwell again.",
        ]),
        ("h1", "The Child Protection Plan"),
        ("table", {
            "header": ["Need identified", "Action", "Person responsible", "Timescale", "Evidence of progress"],
            "widths": [2.7, 5.3, 3.2, 2.6, 3.2],
            "rows": [
                ["Domain 1: the needs of Aoife and Rory", H, H, H, H],
                ["Seen and heard",
                 "Home visits, seeing Aoife and Rory on their own; one visit a fortnight on an evening when "
                 "Martin is away",
                 "Ciaran Doherty, Social Worker (key worker)",
                 "Weekly until the review conference on 14/04/2026",
                 "Visit records on the Trust system within 2 working days, with each child's words"],
                ["Aoife's caring role",
                 "Refer Aoife to the Dromkeeran Family Support Hub for a young carers service, and allocate "
                 "it at the Hub meeting",
                 "Ciaran Doherty (referral); Orla Keenan, Family Support Hub coordinator (allocation)",
                 "Referral by 23/01/2026; allocation at the Hub meeting on 04/02/2026",
                 "Hub allocation letter on file, naming the worker and the start date"],
                ["Aoife's caring role",
                 "Young carers sessions with Aoife, one-to-one and in the Tuesday group, so that she has "
                 "time off from caring",
                 "Shauna Breen, Dromkeeran Young Carers Project",
                 "Tuesdays 4pm to 5.30pm from 10/02/2026 for 12 weeks",
                 "Aoife's MACA-YC18 caring score at the start and at week 12, sent to Ciaran"],
                ["School",
                 "Check in with Aoife twice a week and ring Martin, then Ciaran, if either child is not in "
                 "school by 9.15am",
                 "Mr Paul Hegarty, Designated Teacher for Child Protection, Dromkeeran Primary School",
                 "Mondays and Thursdays for check-ins; every school day for attendance",
                 "Weekly e-mail to Ciaran with attendance and Aoife's check-in notes"],
                ["Rory's sleep and bedwetting",
                 "Assess Rory's bedwetting and sleep, and give Martin and Bronagh a plan for bedtime",
                 "Lisa Corr, School Nurse, Dromkeeran HSC Trust",
                 "By 20/02/2026",
                 "School nurse letter to Ciaran with the plan; wet-bed chart kept by Martin and read at "
                 "Ciaran's visits"],
                ["Domain 2: the capacity of Bronagh and Martin to meet the children's needs", H, H, H, H],
                ["Bronagh's mental health",
                 "Write a relapse prevention plan with Bronagh and Martin, and report to the core group on "
                 "Bronagh's capacity to meet the children's needs, the risk of relapse, the changes needed "
                 "and how long they are likely to take",
                 "Declan Mulholland, Community Psychiatric Nurse and care coordinator, Dromkeeran Community "
                 "Mental Health Team, with Dr Nuala Fee, Consultant Psychiatrist",
                 "Relapse plan by 30/01/2026; written report before each core group",
                 "Relapse plan held by Martin, Siobhan, the school and Ciaran; CMHT reports on file"],
                ["Bronagh's mental health",
                 "Bronagh will take her lithium every day, have her blood levels checked and see Declan, so "
                 "that she stays well enough to care for Aoife and Rory",
                 "Bronagh Quinlan",
                 "Lithium daily; bloods every 3 months; Declan fortnightly from 21/01/2026",
                 "Lithium levels in range and attendance given in the CMHT report to each core group"],
                ["Understanding Mum's illness",
                 "Family Talk sessions with the whole family to explain Bronagh's illness to Aoife and Rory "
                 "and agree what each person does if she becomes unwell",
                 "Roisin Gallagher, Family Support Worker, Dromkeeran Family Intervention Team",
                 "Six fortnightly sessions from 28/01/2026",
                 "At the last session Aoife and Rory can say who they would tell; session notes sent to "
                 "Ciaran"],
                ["Care when Martin is away",
                 "Martin will give Ciaran his driving rota every Sunday and make sure he or Siobhan is in the "
                 "house every night he is away",
                 "Martin Quinlan",
                 "Every Sunday by 6pm",
                 "Rota on file each week; Ciaran's fortnightly evening visit"],
                ["Domain 3: wider family and environmental factors", H, H, H, H],
                ["Care when Martin is away",
                 "Stay overnight at 22 Shore Road on the nights Martin is away, and do Rory's bath and "
                 "bedtime",
                 "Siobhan McAleer (paternal aunt)",
                 "Monday to Wednesday nights from 19/01/2026 until the review conference",
                 "Siobhan texts Ciaran when she arrives each night; checked at Ciaran's evening visits"],
                ["Police",
                 "Put a marker on 22 Shore Road, and share any call to the house with the Trust",
                 "DC Aine Murray, PSNI Public Protection Branch",
                 "Marker by 23/01/2026; any call shared the next working day",
                 "Marker confirmed by e-mail to Ciaran; PSNI referral form on file for any call"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "Early signs of relapse (from Bronagh's relapse prevention plan): sleeping less than four hours "
            "for two nights running, talking fast, spending sprees, or stopping her lithium. If Martin, "
            "Siobhan, Aoife, the school or anyone else sees any of them, they ring Declan (or the Dromkeeran "
            "Home Treatment Team out of hours) and Ciaran the same day. Declan sees Bronagh within 24 hours, "
            "and until he and Ciaran agree it is safe Bronagh does not care for the children on her own: "
            "Martin stays home or the children go to Siobhan's.",
            "If the children are found out at night with Bronagh, or alone, the PSNI are called on 999; "
            "Ciaran (or the Regional Emergency Social Work Service out of hours) holds a strategy discussion "
            "with the PSNI the same day and the children go to Siobhan's that night.",
            "If Siobhan cannot stay on a night Martin is away, she tells Martin and Ciaran by 12 noon and "
            "Martin stays home (his employer agreed this in writing on 14/01/2026). If neither can be "
            "there, Ciaran or the Regional Emergency Social Work Service places the children together with "
            "Trust foster carers for that night.",
            "If the Family Support Hub cannot allocate a young carers service at its meeting on 04/02/2026, "
            "Ciaran refers Aoife directly to the Dromkeeran Young Carers Project the next day.",
            "If a child is at immediate risk and cannot be kept safe with Martin or Siobhan, the Trust will "
            "apply for an Emergency Protection Order the same day.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If Bronagh stops her lithium or is unwell while caring for the children on her own, if the "
              "children are found out at night again, or if by the review conference the relapse plan has "
              "not been followed, Eamon Fitzpatrick (Principal Social Worker) will convene a Legal Planning "
              "Meeting within 5 working days to consider an application for a Care Order or Supervision "
              "Order under Article 50 of the Children (NI) Order 1995."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group at Dromkeeran Primary School at 2pm on 27/01/2026 (within 10 working days of "
            "conference), then every four weeks: 24/02/2026 and 24/03/2026.",
            "Review Child Protection Case Conference: 14/04/2026 at 10am, Dromkeeran Health and Care Centre.",
        ]),
        ("p", "Plan sent to Bronagh, Martin, Siobhan and every agency on 16/01/2026. Ciaran went through it "
              "with Aoife, and with Rory in pictures, on 19/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Northern Ireland: record of a review Child Protection Case Conference
#    in numbered minutes ending in an action log. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_derrylagan_review_cpcc_minutes_action_log_magee.docx",
    "doc_title": "Record of Review Child Protection Case Conference - Cara Magee (15/01/2026)",
    "split": "heldout",
    "actions": 11,
    "template": "ni-review-cpcc-record-docx-numbered-minutes-details-kv-attendance-table-purpose-agency-reports-typed-4-1-paragraphs-parents-views-views-of-the-child-unocini-analysis-decision-outcomes-then-action-log-no-action-by-whom-by-when-evidence-table-contingency-chairs-recommendations-core-group-and-review",
    "description": (
        "Record of a Northern Ireland review Child Protection Case Conference for a 2-year-old girl whose "
        "name stays on the Child Protection Register (neglect): her mother has anxiety and has "
        "self-harmed, and her father drinks heavily at weekends and argues with her mother. Numbered "
        "minutes (details, attendance, agency reports, parents' views, the views of the child, a UNOCINI "
        "analysis, the decision and outcomes) end in an action log (No. / Action / By whom / By when / "
        "Evidence), a contingency, the chair's recommendations and meeting arrangements. The Community "
        "Addictions Team assesses the father and reports on his capacity to change. Faults: the views of "
        "the child say only that she is too young to give them, and nothing anywhere records what is "
        "seen of her day; the CPN's sessions only support the mother; the contingency only reconvenes "
        "the core group 'should concerns escalate'; the next review conference is 'to be arranged'; a "
        "housing application 'Ongoing'; 'All professionals' sharing concerns; and the family support "
        "sessions measured by the parents' engagement."
    ),
    "blocks": [
        ("title", "Record of Review Child Protection Case Conference"),
        ("p", "Derrylagan Health and Social Care Trust, Family and Childcare Services. Safeguarding Panel "
              "Office, Derrylagan Civic Centre."),
        ("kv", [
            ("Child", "Cara Magee, born 14/09/2023 (2 years 4 months)"),
            ("Address", "Flat 6, Riverside Mews, Derrylagan DQ71 8PL"),
            ("Mother", "Leanne Magee (24)"),
            ("Father", "Conor Devlin (27), lives with Leanne and Cara"),
            ("Date of conference", "15/01/2026, 10am"),
            ("Date of initial conference", "16/10/2025 (registered under neglect)"),
            ("Chair", "Frances McKeown, Safeguarding Panel Chair"),
            ("Social worker", "Sinead Rafferty, Derrylagan Family Intervention Team (Senior Practitioner: "
                              "Colm Boyle)"),
            ("Minute taker", "Joanne Hughes"),
        ]),
        ("h2", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role", "Agency"],
            "widths": [4.5, 6.0, 6.5],
            "rows": [
                ["Frances McKeown", "Chair", "Derrylagan HSC Trust Safeguarding Panel"],
                ["Leanne Magee", "Mother", "-"],
                ["Conor Devlin", "Father", "-"],
                ["Sinead Rafferty", "Social Worker", "Derrylagan Family Intervention Team"],
                ["Maura Kelly", "Health Visitor", "Derrylagan HSC Trust"],
                ["Karen Boyd", "Community Psychiatric Nurse", "Derrylagan Community Mental Health Team"],
                ["Gerard Toner", "Addictions Worker", "Derrylagan Community Addictions Team"],
                ["Brenda Quinn", "Family Support Worker", "Derrylagan Family Centre"],
                ["Aisling Ward", "Playgroup Leader", "Derrylagan Sure Start"],
                ["DC Mark Irvine", "Detective Constable", "PSNI Public Protection Branch"],
            ],
        }),
        ("p", "Apologies: Dr Michael Burns, GP, Derrylagan Health Centre (report sent)."),
        ("h2", "2. Purpose of the conference"),
        ("p", "To review the progress of the Child Protection Plan made on 16/10/2025 and decide whether Cara's "
              "name should remain on the Child Protection Register."),
        ("h2", "3. Background"),
        ("p", "Cara was registered after PSNI attended the flat on 03/10/2025 following a neighbour's call "
              "about shouting. Conor was intoxicated and Leanne had cut her arms. Cara was at home. There had "
              "been two previous police attendances for arguments in 2025."),
        ("h2", "4. Agency reports"),
        ("pi", "4.1 Social work: Sinead has visited fortnightly. Conor says he now drinks only at weekends. "
               "There have been no further police call-outs since 03/10/2025, but on 22/12/2025 Leanne told "
               "Sinead that Conor had been \"on a bender\" over the weekend and she had stayed at her "
               "sister's. The flat is damp and Leanne wants a transfer."),
        ("pi", "4.2 Health visiting: Maura completed Cara's two-year developmental review on 02/12/2025 and "
               "her report was shared with the conference. Leanne has kept all clinic appointments."),
        ("pi", "4.3 Community mental health: Karen reported that Leanne has anxiety and a history of "
               "self-harm since she was 15. She has attended 9 of 11 appointments and has started DBT skills "
               "work. She last self-harmed on 03/10/2025."),
        ("pi", "4.4 Addictions: Gerard reported that Conor was referred in November and has attended three "
               "of five appointments. His AUDIT score at assessment was 24."),
        ("pi", "4.5 Sure Start: Aisling reported that Cara's playgroup attendance since October is 71%."),
        ("pi", "4.6 PSNI: DC Irvine confirmed no calls to the address since 03/10/2025."),
        ("pi", "4.7 GP (written report): Leanne is prescribed sertraline 100mg; Conor has not seen the GP "
               "about his drinking."),
        ("h2", "5. Parents' views"),
        ("p", "Leanne said she feels \"a lot better\" and that she and Conor are \"getting there\". She wants "
              "a new flat \"away from Conor's mates\". Conor said he accepts he drinks too much at the "
              "weekend and that he would never hurt Cara."),
        ("h2", "6. Views of the child"),
        ("p", "Cara is two years old and too young to express her views."),
        ("h2", "7. Analysis (UNOCINI)"),
        ("p", "Domain 1, needs of the child: Cara's health needs are met and she has been registered with a "
              "dentist. Domain 2, parental capacity: there is some progress, with no police call-outs, but "
              "Conor's weekend drinking continues and Leanne's anxiety remains high. Domain 3, wider family "
              "and environment: the flat is damp; Leanne's sister Roisin offers some support."),
        ("h2", "8. Decision"),
        ("p", "The conference agreed that Cara's name should remain on the Child Protection Register under the "
              "category of neglect."),
        ("h2", "9. Outcomes for Cara"),
        ("bullets", [
            "Cara is cared for every day by adults who are sober and well enough to meet her needs.",
            "Cara lives in a home without arguments, violence or self-harm.",
            "Cara goes to playgroup at least three mornings a week and her development stays on track.",
            "Cara lives in a warm, dry home.",
        ]),
        ("h2", "10. Child Protection Plan: action log"),
        ("table", {
            "header": ["No.", "Action", "By whom", "By when", "Evidence"],
            "widths": [1.0, 6.2, 3.4, 2.6, 3.8],
            "rows": [
                ["1", "Planned and unannounced home visits to see Cara and the home, at least one visit in "
                      "three unannounced",
                 "Sinead Rafferty, Social Worker", "Fortnightly",
                 "Visit records on the Trust system within 2 working days"],
                ["2", "Continue weekly appointments with Leanne to support her with her anxiety and deliver "
                      "DBT skills work",
                 "Karen Boyd, CPN, Derrylagan CMHT", "Weekly",
                 "Attendance shared with the social worker monthly"],
                ["3", "Assess Conor's drinking and report to the core group on whether he can make the "
                      "changes Cara needs and how long this is likely to take",
                 "Gerard Toner, Derrylagan Community Addictions Team",
                 "Assessment by 13/02/2026; report before each core group",
                 "Written report on file, with AUDIT score repeated at three months"],
                ["4", "Conor will not drink alcohol at any time when he is caring for Cara, and will stay "
                      "away from the flat if he has been drinking",
                 "Conor Devlin", "Every day from 15/01/2026",
                 "Breath test at each addictions appointment; Leanne tells Sinead of any breach"],
                ["5", "Complete an ASQ-3 with Cara at home and weigh her",
                 "Maura Kelly, Health Visitor", "Monthly",
                 "ASQ-3 scores and weight sent to Sinead after each visit"],
                ["6", "Home sessions with Leanne and Conor on routines, play and managing Cara's behaviour",
                 "Brenda Quinn, Family Support Worker", "Tuesdays at 10am for 12 weeks from 20/01/2026",
                 "Parents' engagement with the sessions"],
                ["7", "Take Cara to the Sure Start playgroup on Monday, Wednesday and Friday mornings",
                 "Leanne Magee", "From 19/01/2026",
                 "Playgroup register sent to Sinead fortnightly by Aisling Ward"],
                ["8", "Share any concern about Cara's care, Conor's drinking or Leanne's self-harm with the "
                      "social worker",
                 "All professionals", "Same day",
                 "Concerns recorded on the Trust system"],
                ["9", "Support Leanne with a housing transfer application for her and Cara to a dry property "
                      "away from Conor's drinking friends",
                 "Sinead Rafferty, Social Worker", "Ongoing",
                 "Housing Executive application reference on file"],
                ["10", "Safety planning with Leanne about arguments at home and what to do if Conor comes home "
                       "drunk",
                 "Paula Devine, outreach worker, Derrylagan Women's Aid",
                 "First session by 30/01/2026, then fortnightly",
                 "Copy of the safety plan on file"],
                ["11", "Review Leanne's sertraline and write to the social worker",
                 "Dr Michael Burns, GP", "By 30/01/2026",
                 "GP letter on file"],
            ],
        }),
        ("h2", "11. Contingency"),
        ("p", "Should concerns escalate or the plan not be adhered to, the social worker will reconvene the "
              "core group to review the plan and consider next steps."),
        ("h2", "12. Chair's recommendations"),
        ("pi", "12.1 The plan above is agreed by all present."),
        ("pi", "12.2 If progress on this plan is insufficient by the next review conference, Colm Boyle (Senior "
               "Practitioner) will request a Legal Planning Meeting to consider whether the threshold for an "
               "application under the Children (NI) Order 1995 is met."),
        ("h2", "13. Core group and review"),
        ("pi", "13.1 Core group every four weeks, first on 29/01/2026 at Derrylagan Family Centre at 10am."),
        ("pi", "13.2 Next review Child Protection Case Conference: to be arranged by the Safeguarding Panel "
               "Office."),
        ("p", "Record approved by the Chair on 19/01/2026 and circulated to all invitees."),
    ],
    "findings": [
        F("F003"),
        F("H001", "Continue weekly appointments with Leanne to support her with"),
        F("C002"),
        F("R001"),
        F("T002", "Support Leanne with a housing transfer application for her"),
        F("W002", "Share any concern about Cara's care, Conor's drinking"),
        F("M002", "Home sessions with Leanne and Conor on routines"),
    ],
})


# ---------------------------------------------------------------------------
# 7. England: a London borough's Family Safeguarding child protection plan,
#    a small table of steps under each goal, adult practitioners in the
#    team. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_dackworth_family_safeguarding_goal_step_tables_brennan.md",
    "split": "heldout",
    "actions": 13,
    "template": "london-borough-family-safeguarding-cp-plan-md-details-table-team-around-the-family-the-familys-story-roses-day-alfies-words-parents-words-danger-and-goals-then-one-step-what-will-happen-who-leads-when-what-well-see-table-per-goal-contingency-legal-planning-core-group-and-review-conference",
    "description": (
        "Exemplary child protection plan from an initial conference in a London borough that works to the "
        "Family Safeguarding model, for a 4-year-old boy and his 3-week-old sister, who was treated for "
        "neonatal abstinence syndrome; their mother is on methadone after years of heroin use and used "
        "on top in pregnancy, and their father has low mood and drinks. Details and the team around the "
        "family (with the team's own adult substance misuse and mental health practitioners), the "
        "family's story, what is seen of Rose's day, Alfie's words, the parents' words, a danger "
        "statement, then a small table of steps under each of four goals (Step / What will happen / Who "
        "leads / When / What we'll see). The adult practitioners report on each parent's potential for "
        "change and how long it will take; the grandfather's school runs have a fallback; the "
        "contingency names triggers and concrete responses; a legal planning meeting on the Public Law "
        "Outline follows named triggers; core group and review conference dates are set."
    ),
    "text": """\
# London Borough of Dackworth - Children's Social Care
## Family Safeguarding Service

# Child Protection Plan: Alfie and Rose Brennan

Agreed at the initial child protection conference on 21/01/2026, under the London Safeguarding
Children Procedures and the Dackworth Safeguarding Children Partnership's threshold guidance.

| | |
|---|---|
| **Children** | Alfie Brennan, born 11/06/2021 (4), Reception, Dackworth Green Primary School; Rose Brennan, born 02/01/2026 (3 weeks) |
| **Address** | 18 Canal View, Dackworth, London DQ14 2XE |
| **Parents** | Danielle Brennan (30) and Kyle Brennan (33), both living at home |
| **Grandad** | Pat Brennan (61), Kyle's dad, Flat 3, Morley House, Dackworth (five minutes' walk) |
| **Category** | Neglect |
| **Social worker** | Mo Hussain, Family Safeguarding Team 2 (team manager: Sarah Whitfield) |
| **Adult practitioners in the team** | Jo Pearce (substance misuse practitioner); Tom Reilly (adult mental health practitioner) |
| **Chair** | Angela Morris, Child Protection Chair, Dackworth Quality Assurance Service |

### The family's story

Danielle used heroin for eight years and has been on a methadone script from Dackworth Drug and
Alcohol Service since March 2024 (now 60ml a day, collected from Dackworth Broadway Pharmacy). In
the last months of her pregnancy she used heroin "on top" two or three times a week. Rose was born
at Dackworth General Hospital on 02/01/2026 and was treated on the neonatal unit for neonatal
abstinence syndrome for ten days; she went home on 12/01/2026. Kyle has had low mood since he lost
his job in 2025, and drinks four to six cans most evenings. Alfie has been late to school 22 times
this year and twice was not collected until after 4pm.

### Rose's day

Rose is three weeks old, so this is what the adults around her see. On the neonatal unit she had
tremors, sneezing and a high, hard-to-settle cry for the first five days. Since going home she has
fed every three hours, though she still gets sweaty and frantic before feeds. At the health
visitor's visit on 19/01/2026 she settled quickly skin to skin on Danielle's chest and followed
Kyle's voice with her eyes. She sleeps in a Moses basket beside her parents' bed.

### What Alfie says

Mo saw Alfie at school on 16/01/2026 with his puppet, Dino. Alfie said: "Mummy has green medicine
from the chemist." "Daddy sleeps on the sofa with his cans." "I like Grandad's, he does fish
fingers." "Rose cries a lot, I cover my ears." He drew his house with everyone in it and said the
best bit is "when Mummy takes me to school and we race". The worst bit is "waiting at school when
everyone's gone".

### What Danielle and Kyle say

Danielle: "I'm not going to lie, I used when I was pregnant, and seeing her shaking on that unit was
the worst thing. I want to come off the methadone slowly and do it properly this time." Kyle: "I
know I drink too much. I've been down since the job went. I'll do the sessions."

### What we are worried about

We are worried that if Danielle uses heroin again, or Kyle is drunk, while they are caring for Rose
and Alfie, Rose could be hurt in an unsafe sleep or not fed, Alfie could be left at school or at
home without an adult able to look after him, and either child could swallow methadone left within
reach.

### Our goals for Alfie and Rose

1. Alfie and Rose are cared for every day and night by parents who are not under the influence of
   drugs or alcohol, and no medicine is ever within their reach.
2. Rose is fed, gaining weight and sleeping safely, and her withdrawal is followed up.
3. Alfie gets to school on time every day, is collected on time, and has someone to tell about his
   worries.
4. Alfie and Rose have a dad who is well enough to share their care, day and night.

## The plan: steps for each goal

"Jo" and "Tom" are the Family Safeguarding Team's adult practitioners named above. Every step says
who leads, when, and what we will see.

### Goal 1: cared for by sober parents, with medicine out of reach

| Step | What will happen | Who leads | When | What we'll see |
|---|---|---|---|---|
| 1.1 | Home visits, seeing Alfie on his own and Rose awake; one visit in three unannounced and at least one a fortnight after 5pm | Mo Hussain (social worker) | Weekly until the review conference on 16/04/2026 | Visit records on Mosaic within 2 working days, with Alfie's words and how each parent presented |
| 1.2 | Danielle takes her methadone under supervision at the pharmacy, uses no heroin or other drugs, and gives a urine sample each week, so that she is able to care for Rose and Alfie safely | Danielle | Methadone daily; urine tests every Tuesday at Jo's session | Test results showing methadone only, shared by Jo with Mo each week |
| 1.3 | One-to-one motivational sessions with Danielle on her drug use, a joint review of her script with the DDAS prescriber, and a written view of Danielle's potential to make and keep the changes Rose and Alfie need, the steps, and how long they are likely to take | Jo Pearce (substance misuse practitioner) | Weekly from 26/01/2026; script review by 13/02/2026; written report before each core group | Jo's report on file before each core group, with the weekly test results |
| 1.4 | Kyle will not drink at home while the children are in the house, and will not drink at all on days he is caring for them on his own | Kyle | Every day from 21/01/2026 | Breath test of 0 at Tom's sessions and at Mo's unannounced visits, recorded on Mosaic |
| 1.5 | Fit a lockable box for Danielle's methadone, and check at each visit that it is locked and out of reach, with the safe sleep checklist for Rose | Grace Adeyemi (health visitor) | Box fitted by 28/01/2026; checked at every visit | Lockbox and Rose's Moses basket seen at each visit; safe sleep checklist signed by both parents and on the health record |

### Goal 2: Rose fed, growing, sleeping safely, her withdrawal followed up

| Step | What will happen | Who leads | When | What we'll see |
|---|---|---|---|---|
| 2.1 | Weigh Rose at home and watch a feed | Grace Adeyemi (health visitor) | Weekly until Rose is 8 weeks old, then fortnightly until the review conference | Rose's weight plotted in her red book and on the health record, staying on or above the 9th centile she was born on |
| 2.2 | Take Rose to her neonatal follow-up clinic at Dackworth General Hospital | Danielle, with Kyle | Clinic on 17/02/2026 at 10.30am | Clinic letter from Dr Sunita Rao (paediatrician) sent to Mo and Grace |
| 2.3 | Video interaction guidance sessions with Danielle and Rose, helping Danielle to read and respond to Rose's cues when she is unsettled | Priya Shah, video interaction guidance practitioner, Dackworth Family Hub | Six sessions, fortnightly from 03/02/2026 | Clips reviewed with Danielle at each session; Priya's summary to the core group on 26/03/2026 |

### Goal 3: Alfie at school on time, collected on time, and heard

| Step | What will happen | Who leads | When | What we'll see |
|---|---|---|---|---|
| 3.1 | Ring the parents by 9.15am if Alfie is not in, and Mo if there is no answer; a check-in with Alfie and his worry monster each morning | Ms Hannah Cole, Designated Safeguarding Lead, Dackworth Green Primary School | Every school day; summary to Mo every Friday | Friday e-mail with attendance, late marks and what Alfie said; 95% attendance by the February half term |
| 3.2 | Take Alfie to school and collect him at 3.15pm | Pat Brennan (Grandad) | Monday to Friday from 26/01/2026 until the review conference | School's gate log; Pat texts Mo each Friday |
| 3.3 | Make a Words and Pictures book with Alfie about Mummy's medicine, Daddy's sadness and who looks after him | Mo Hussain, with Danielle and Kyle | Book finished by 27/02/2026 | Copy of the book on Mosaic; Alfie's own words and questions recorded in the visit notes |

### Goal 4: a dad well enough to share the children's care

| Step | What will happen | Who leads | When | What we'll see |
|---|---|---|---|---|
| 4.1 | Assess Kyle's low mood and drinking, offer eight sessions of behavioural activation, and write a view of Kyle's potential to change so that he can share Rose's and Alfie's care, the steps, and how long they are likely to take | Tom Reilly (adult mental health practitioner) | Assessment by 06/02/2026; sessions weekly from then; written report before each core group | Kyle's PHQ-9 and AUDIT scores at the start and at session 8; Tom's report on file |
| 4.2 | Family Safeguarding workbook sessions with Danielle and Kyle together on routines, night feeds and getting Alfie to school | Mo Hussain (social worker) | Fortnightly from 28/01/2026 | Workbook modules completed; the parents' own scaling of how the week went, agreed with Mo and recorded at each session |

## If things go wrong

- If Danielle's test shows heroin or any drug other than methadone, or either parent is found under
  the influence of drugs or alcohol while caring for the children, Mo (or the Emergency Duty Team out
  of hours) visits the same day. The children stay with the other parent only if Mo sees that he or
  she is sober; if not, they go to Pat's that night. Mo holds a strategy discussion with the police
  and health the same day.
- If Rose loses weight, misses a feed that Grace or a parent is worried about, or is found sleeping
  unsafely, Grace arranges a GP or paediatric review the same day and tells Mo.
- If Alfie is not collected from school by 3.45pm, Ms Cole rings Pat, then Mo; if no adult who is
  sober can collect him, Mo collects him.
- If Pat is unwell or cannot do the school run or have the children, he tells Mo by 8am; Kyle does the
  run if he is sober, Alfie goes to the school's breakfast club (place agreed with Ms Cole on
  22/01/2026), and if neither parent nor Pat can look after the children Mo or the Emergency Duty
  Team places them together with foster carers that night.

## Legal planning

If by the core group on 26/03/2026 Danielle has any test showing heroin, if either parent is found
under the influence while caring for the children, or if Alfie is left uncollected again, Sarah
Whitfield (team manager) will convene a legal planning meeting within 5 working days to decide
whether to start the Public Law Outline pre-proceedings process, or to issue care proceedings if
the children cannot be kept safe at home.

## Core group and review conference

- Core group at Dackworth Green Primary School, Thursdays at 1.30pm: 29/01/2026 (within 10 working
  days), then every four weeks on 26/02/2026 and 26/03/2026.
- Review child protection conference: 16/04/2026 at 10am, Dackworth Civic Centre, chaired by
  Angela Morris.

Plan sent to Danielle, Kyle, Pat and every agency on 23/01/2026.
""",
    "findings": [],
})
