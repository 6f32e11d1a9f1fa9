"""Batch 225, module c: seven fictional plans (held-out material), places beginning with "c".

Batch: 225. Letter: c. Split: heldout (every plan).

Everything here is made up: children, families, professionals, councils,
Health and Social Care Trusts, schools, nurseries, GP practices, hospitals,
adult services, voluntary services, police units and streets. Any
resemblance to real people, places or cases is a coincidence. The labels
were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: plans from the four nations' own child protection systems, in their
own words. Two Scottish plans (GIRFEC: a Child Protection Plan after a
Child Protection Planning Meeting, the Named Person and the Lead
Professional, the Child Protection Register, the wellbeing indicators and
the My World Triangle, the Core Group and the Review CPPM, the Children's
Reporter, a Compulsory Supervision Order and a Child Protection Order), two
Welsh plans (a Care and Support Protection Plan under the Wales Safeguarding
Procedures and the Social Services and Well-being (Wales) Act: "what
matters" conversations, personal outcomes, bilingual headings, a Legal
Gateway meeting and the PLO), two Northern Irish plans (a Health and Social
Care Trust's plan after a Child Protection Case Conference: UNOCINI domains,
the Gateway team, the Family Support Hub, the Child Protection Register, a
Legal Planning Meeting and applications under the Children (NI) Order
1995) and one English plan (a London borough's Signs of Safety form). The
owners, times and checks are written in each system's own words ("Named
Person (HT)", "Lead Professional", "by the Review CPPM", "at each Core
Group", "recorded in the chronology and shared with the LP", "Pwy / Who",
"Erbyn pryd / By when", "Responsible person", "Evidence of progress").

Four plans are exemplary (1, 4, 5 and 7); the other three (2, 3 and 6)
have a handful of realistic faults each, written in the system's voice as
confidently as the good parts.

1. Scotland, Cairnlorrie (docx, landscape, exemplary): a Child Protection
   Plan from an initial CPPM for a 9-year-old and a 2-year-old (neglect,
   the mother's drinking and depression, the grandmother helping), with
   the Named Persons, the Lead Professional, a My World Triangle summary,
   the children's words and what is seen of the toddler, then a table
   "Wellbeing indicator / What we want for Kayla and Ruaridh / What will be
   done / Who / When / How we'll know it's working" with the indicator and
   outcome merged down; the recovery service and the community mental
   health team report on the mother's capacity to change; a contingency
   with a fallback if the grandmother cannot help; a referral to the
   Reporter (and a Child Protection Order if needed) after named triggers;
   Core Group dates and the Review CPPM.
2. Scotland, Clachanbrae (txt): a case-system print of the Child's Plan
   after a Review CPPM for a 5-month-old baby (the mother's postnatal
   depression, the father's cannabis use, one domestic abuse incident),
   labelled fields, wellbeing outcomes by indicator and "Action n of 11"
   blocks with Lead / Timescale / Measure lines. Faults: the perinatal
   CPN's visits only support the mother, measured by attendance (H001);
   the father's key work measured by "engagement with the service" (M002);
   baby massage "as soon as a place is available" (T002); "Core Group
   members" owning the sharing of concerns (W002); an outcome about the
   mother's mental health only (F002); a contingency whose trigger is
   "further concerns" and whose response is to discuss and consider next
   steps (C002).
3. Wales, Cwmgarnedd (docx, landscape): a Care and Support Protection
   Plan from an initial conference for an 8-year-old and a 3-year-old
   after their father, coming down from cocaine, assaulted their mother;
   Welsh / English headings and labels, "what matters" to Tomos, then one
   table with a banner row per personal outcome (Rhif / Beth fydd yn
   digwydd / Pwy sy'n gyfrifol / Erbyn pryd / Sut byddwn ni'n gwybod).
   Faults: the mother's recovery course "As soon as possible" (T002); the
   ELSA sessions with "-" for who (W001); the Flying Start referral with
   an empty "how we will know" (M001); the father's drug use recorded but
   only his own row about it, no substance misuse service owning an
   action (F004); the grandmother supervising contact and the aunt
   collecting Tomos with no fallback in the contingency (C003); and the
   review conference "to be arranged" (R001).
4. Wales, Cilgwenol (md, exemplary): a Care and Support Protection Plan
   built from the "what matters" conversations with a 13-year-old girl, a
   5-year-old boy, their mother (bipolar disorder, a manic relapse and a
   hospital admission) and Taid; four personal outcomes in the children's
   words, each with numbered actions and Pwy / Who, Pryd / When, Sut
   byddwn ni'n gwybod / How we'll know lines; the care coordinator (under
   a Care and Treatment Plan) and the psychiatrist report on the mother's
   capacity to stay well and the likely timescale, the GP owns an action,
   Taid's help has a fallback, a Legal Gateway meeting follows named
   triggers.
5. Northern Ireland, Clonavarra (pdf, header and footer, exemplary): a
   Trust Child Protection Plan from an Initial Child Protection Case
   Conference for a 4-year-old and a 7-month-old after domestic abuse
   (PSNI referral to the Gateway team, a joint protocol investigation,
   bail and a non-molestation order; the mother's postnatal depression):
   a UNOCINI summary, Daniel's words and what is seen of Niamh, desired
   outcomes, then one table with UNOCINI domain banner rows (No. / Action
   / Responsible person / Timescale / Evidence of progress); the perinatal
   mental health service reports on capacity to change, a Sure Start
   worker comes through the Family Support Hub, the grandmother's help has
   a fallback, and a Legal Planning Meeting on a Care Order under Article
   50 follows named triggers.
6. Northern Ireland, Creggandoon (pdf, header and footer): the record of
   a Review Child Protection Case Conference for a 12-year-old and a
   9-year-old (neglect, the mother's drinking, a planned move to an
   English council), numbered sections, then the recommendations as the
   plan (Ref / Recommendation / Lead / Date / Outcome indicator). Faults:
   the children's views not obtained and nothing recording their wishes
   or feelings (F003); the mother's addiction team row measured by
   "Engagement with the service" (M002); the school nurse's health
   assessment with no date (T001); the family support worker's budgeting
   and routine work "As required" (T002); Oisin's speech and language
   assessment handed to the receiving council to request after the
   transfer (X001); and no legal planning anywhere (R002).
7. England, Calvington (md, exemplary): a London borough's Signs of Safety
   child protection plan for an 8-year-old and a 5-year-old after a
   father's belt marks on his son: harm, danger statement, complicating
   factors, working well, a safety goal and bottom lines, Three Houses and
   a Wizard, scaling, then the family's rules (Rule / Who makes sure /
   When / How we'll know) and the professionals' next steps (What / Who /
   By when / How we will know); the aunt's and the church elder's parts
   have a fallback and a legal planning meeting on the PLO follows named
   triggers.

Every exemplary plan was checked against every rule: each action has a
named owner, a real timescale and a check someone can see, count or read;
every outcome is about the children; the children's voice is recorded
(their words, and for the babies and toddlers what is seen of their day);
each contingency has specific triggers and concrete protective responses
and says what happens if a relative's help fails; legal planning in the
nation's own form follows insufficient progress or named triggers; core
group dates and a dated review meeting are set; where a parent is ill,
adult services own actions and every adult mental health row asks for a
view of the parent's capacity to change and its likely timescale. The
three faulty plans hold 18 expected findings between them.

Counting convention used for "actions" (README convention 1): each row of
an action table (header and banner rows excepted), each "Action n of m"
block of the case print, and each numbered action under a personal outcome
or a next-steps table counts once. Details, who's who, assessment
summaries (the My World Triangle, UNOCINI summaries, Signs of Safety
worries and what is working well), the children's and parents' words,
progress since the last meeting, outcomes and goals, the contingency,
legal planning sections and the meeting dates are not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: Child Protection Plan from an initial CPPM, wellbeing
#    indicator and outcome merged down the action table. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_cairnlorrie_cppm_wellbeing_indicator_merged_table_mcaskill.docx",
    "doc_title": "Child Protection Plan - Kayla and Ruaridh McAskill",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "check_vmerge": 10,
    "template": "scottish-girfec-child-protection-plan-docx-landscape-after-initial-cppm-details-grid-named-persons-lead-professional-register-then-my-world-triangle-three-headings-kaylas-words-what-we-see-for-ruaridh-parents-views-working-well-then-wellbeing-indicator-and-outcome-merged-down-what-will-be-done-who-when-how-well-know-its-working-then-contingency-legal-measures-reporter-cpo-core-group-review-cppm",
    "description": (
        "Exemplary Scottish Child Protection Plan agreed at an initial Child Protection Planning "
        "Meeting for a 9-year-old girl and a 2-year-old boy whose mother has been drinking daily "
        "and is depressed; police found her unrousable with the toddler alone in the flat and the "
        "9-year-old at a neighbour's asking for food. A details grid (the Named Person for each "
        "child, the Lead Professional, the register), a My World Triangle summary, Kayla's words and "
        "what is seen of Ruaridh, then a landscape table with the wellbeing indicator (Safe, "
        "Healthy, Achieving, Nurtured, Respected) and the outcome merged down over the actions. Every "
        "action has a named lead, a date or frequency and a check someone can see; the recovery "
        "service and the community mental health team each report on the mother's capacity to "
        "change; the grandmother's help has a fallback; a referral to the Children's Reporter (and a "
        "Child Protection Order if needed) follows named triggers; Core Group dates and the Review "
        "CPPM are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Cairnlorrie Council · Children and Families Social Work · Getting it right for every child"),
        ("p", "This plan was agreed at the initial Child Protection Planning Meeting (CPPM) held on 08/01/2026 at "
              "Cairnlorrie House, chaired by Alison Dunn, Child Protection Reviewing Officer. The meeting "
              "decided to place Kayla's and Ruaridh's names on the Cairnlorrie Child Protection Register. It "
              "follows the Inter-agency Referral Discussion (IRD) of 02/12/2025 and the joint child protection "
              "investigation by Euan Sinclair and Police Scotland."),
        ("table", {
            "rows": [
                ["Children", "Kayla McAskill, born 14/06/2016 (9), P5 at Corsehill Primary School\n"
                             "Ruaridh McAskill, born 22/08/2023 (2 years 4 months), Cloverbank Early Years Centre "
                             "(Monday, Wednesday and Thursday mornings)"],
                ["Address", "Flat 2/1, 17 Balgray Wynd, Cairnlorrie CL4 7RD"],
                ["Mum", "Shona McAskill (33), lives with the children"],
                ["Dad", "Jamie McAskill (35), 9 Tolbooth Crescent, Cairnlorrie; separated from Shona in 2024; "
                        "HGV driver on weekday shifts; has the children on Saturdays"],
                ["Gran", "Irene Baxter (61), Shona's mum, 22 Corse Road, Cairnlorrie (ten minutes' walk)"],
                ["Areas of concern", "Neglect; parental alcohol use; parental mental health"],
                ["Named Person", "Kayla: Mrs Fiona Galbraith, Head Teacher, Corsehill Primary School (Named "
                                 "Person (HT))\nRuaridh: Gillian Reid, Health Visitor, Cairnlorrie East Health "
                                 "Visiting Team (Named Person (HV))"],
                ["Lead Professional", "Euan Sinclair, Social Worker, Cairnlorrie East Children and Families "
                                      "Team (LP). Team Leader: Morag Leitch"],
                ["Registered", "08/01/2026"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Why Kayla and Ruaridh need this plan"),
        ("p", "On 29/11/2025 a neighbour, Mrs Gilchrist, phoned the police because Kayla had come to her door at 6pm "
              "asking for something to eat. Officers found Shona asleep on the sofa and hard to rouse, an "
              "empty vodka bottle beside her, and Ruaridh awake and alone in his cot in a soiled nappy. Shona "
              "told the joint investigation that she has been drinking most days since she was signed off work "
              "with depression in September 2025, and that she stopped taking her sertraline in October. Kayla's "
              "attendance this term is 81% and she has been late 19 times. Ruaridh has not had his 27-30 month "
              "review."),
        ("h1", "What we have learned (My World Triangle)"),
        ("h2", "How we grow and develop"),
        ("p", "Kayla is a bright, chatty girl whose reading age is about 7 and a half. Her asthma has not been well "
              "controlled: three repeat prescriptions for her inhalers were not collected in the autumn. Ruaridh "
              "uses about ten words, is a happy, busy wee boy at nursery, and has had nappy rash several times."),
        ("h2", "What we need from the people who look after us"),
        ("p", "Shona loves her children and is warm and playful with them when she is sober. On the days she "
              "drinks, there is often no tea and no bath, and Kayla makes toast and puts Ruaridh to bed. Jamie "
              "has the children every Saturday and has never missed one. Irene helps most mornings, but did not "
              "know how much Shona was drinking."),
        ("h2", "Our wider world"),
        ("p", "The family has rent arrears of £1,140 with Cairnlorrie Council Housing. Kayla has a best friend, "
              "Amy, and goes to Brownies on Tuesdays when someone takes her. Mrs Gilchrist is kind to the children and "
              "has said Kayla can always knock on her door."),
        ("h1", "What Kayla told us"),
        ("p", "Euan saw Kayla on her own at school on 05/01/2026. She said: \"Mum sleeps a lot. When she's sleepy "
              "I do Ruaridh's bottle and his jammies.\" \"I don't like it when the vodka's out, she gets cross "
              "and then she cries.\" \"I want Mum to be like she is on Saturdays.\" Her three wishes were \"Mum "
              "to stop drinking, a hamster, and to go to Brownies every week\". She scored home as 5 out of 10 "
              "and Gran's house as 10 out of 10. She wants to keep living with Mum and Ruaridh."),
        ("h1", "What we see for Ruaridh"),
        ("p", "At nursery Ruaridh runs to his key worker and eats everything he is given; on Mondays he is often "
              "very hungry and tired. At home on 05/01/2026 he went to Kayla, not Shona, when he bumped his head. "
              "He laughs and babbles when Gran arrives in the mornings."),
        ("h1", "What Shona and Jamie say"),
        ("p", "Shona said: \"I know I let them down. I want help to stop, and I want my kids to stop worrying about "
              "me.\" She agreed to every part of this plan. Jamie said he would have the children more if his "
              "shifts allowed, and that he will do whatever keeps them safe."),
        ("h1", "What is working well"),
        ("bullets", [
            "Shona has not had a drink since 20/12/2025, and went to her first appointment at the recovery service "
            "on 06/01/2026.",
            "Irene has come every weekday morning since the IRD and Kayla has been in school on time every day "
            "this term.",
            "Jamie has had the children every Saturday, 10am to 6pm.",
            "Kayla talks openly to her class teacher and to Euan.",
        ]),
        ("h1", "The plan"),
        ("p", "\"Who\" names the person who leads each action. \"How we'll know it's working\" says what someone "
              "will see, count or read. Everything recorded is shared with the LP and brought to each Core "
              "Group."),
        ("table", {
            "header": ["Wellbeing indicator", "What we want for Kayla and Ruaridh", "What will be done", "Who",
                       "When", "How we'll know it's working"],
            "widths": [2.6, 4.6, 6.6, 3.6, 3.6, 4.7],
            "rows": [
                ["Safe",
                 "Kayla and Ruaridh are looked after by a sober adult every day and night, and Kayla no longer has "
                 "to look after her brother.",
                 "Shona will not drink alcohol while she is caring for the children; if she has had a drink she "
                 "will phone Irene to come and take over before Irene leaves",
                 "Shona McAskill (Mum)",
                 "Every day from 08/01/2026",
                 "Breath test result at every recovery service session (reading recorded and sent to the LP); "
                 "Kayla asked on her own at each visit whether Mum has been \"sleepy\""],
                [V, V,
                 "Home visits, seeing Kayla on her own and Ruaridh in his room; one visit a week unannounced and "
                 "at least one a fortnight after 5pm",
                 "Euan Sinclair (LP)",
                 "Twice a week until the Review CPPM",
                 "Visit records on the case file within 2 working days, with Kayla's words and the state of the "
                 "flat and the fridge"],
                [V, V,
                 "Come to the flat at 7.45am, get both children up and dressed, and walk Kayla to school (and "
                 "Ruaridh to nursery on his days)",
                 "Irene Baxter (Gran)",
                 "Every school day",
                 "Corsehill register shows Kayla in by 8.50am; Irene texts the LP by 9am if anything was wrong "
                 "at the flat"],
                [V, V,
                 "Place a child protection flag on the address and share any call-out or concern with the LP",
                 "DS Karen Imrie, Police Scotland Public Protection Unit (Cairnlorrie)",
                 "Flag by 15/01/2026; any incident shared by the next working day",
                 "Flag reference written into this plan at the first Core Group; Police Scotland concern reports "
                 "(iVPD) on the chronology"],
                ["Healthy",
                 "Ruaridh's health and development are checked and he is on track for his age; Kayla's asthma is "
                 "controlled; both are cared for by a mum whose drinking and low mood no longer stop her "
                 "looking after them.",
                 "Weekly key work with Shona on stopping drinking, with a breath test each time, and a written "
                 "report on whether Shona can make and keep the changes Kayla and Ruaridh need, the steps still "
                 "needed and how long they are likely to take",
                 "Lynne Paterson, recovery worker, Cairnlorrie Alcohol and Drug Recovery Service",
                 "Weekly from 13/01/2026; report by 12/03/2026",
                 "Attendance and breath test results sent to the LP every fortnight; capacity-to-change report "
                 "to the LP before Core Group 3 on 19/03/2026"],
                [V, V,
                 "Assess Shona's depression, restart treatment with her GP, and report on how her mood affects "
                 "her care of the children, her potential to change and the likely timescale",
                 "Stuart McColl, community psychiatric nurse, Cairnlorrie Community Mental Health Team",
                 "First appointment by 23/01/2026, then fortnightly; report by 12/03/2026",
                 "Assessment letter to the LP and GP by 06/02/2026; capacity-to-change report shared at Core "
                 "Group 3"],
                [V, V,
                 "Complete Ruaridh's 27-30 month review with an ASQ-3, then home visits to check his growth, "
                 "speech and nappy area",
                 "Gillian Reid, Health Visitor (Named Person (HV))",
                 "Review by 30/01/2026; visits fortnightly until the Review CPPM",
                 "ASQ-3 scores shared with the Core Group; weight and speech recorded in Ruaridh's child health "
                 "record; any missed visit reported to the LP the same day"],
                [V, V,
                 "Asthma review for Kayla, with a written asthma plan and a spare reliever inhaler kept at "
                 "school",
                 "Carol Whyte, practice nurse, Castlegait Medical Practice",
                 "By 13/02/2026",
                 "Asthma plan copied to the LP and the school; inhaler seen in the school office"],
                ["Achieving",
                 "Kayla is in school on time every day and her reading catches up; Ruaridh goes to all his "
                 "nursery sessions.",
                 "Phone Shona if Kayla is not in by 9.15am, and phone the LP if there is no answer by 10am",
                 "Mrs Fiona Galbraith, Head Teacher (Named Person (HT))",
                 "Every school day",
                 "Attendance and lateness sent to the LP every Friday; 95% attendance by the Easter holidays "
                 "(03/04/2026)"],
                [V, V,
                 "Record Ruaridh's attendance and how he arrives (clean, fed, rested) at each session",
                 "Leanne Struthers, key worker, Cloverbank Early Years Centre",
                 "Every session (Monday, Wednesday and Thursday mornings)",
                 "Attendance and arrival notes e-mailed to the LP every Friday"],
                ["Nurtured",
                 "Kayla and Ruaridh have warm, predictable care at home, and Kayla gets to be a 9-year-old who "
                 "plays and sees her friends.",
                 "Sessions at home on tea, bath and bedtime routines, using a routine chart that Shona and Kayla "
                 "fill in together",
                 "Carla Munro, family support worker, Cairnlorrie Family Support Service",
                 "Tuesdays and Thursdays, 4pm to 6pm, for 10 weeks from 13/01/2026",
                 "Routine chart checked at each session; Carla's notes of whether tea and bath happened, sent "
                 "to the LP every fortnight"],
                [V, V,
                 "Have Kayla and Ruaridh for the day and take Kayla to her swimming lesson at Cairnlorrie Leisure "
                 "Centre",
                 "Jamie McAskill (Dad)",
                 "Every Saturday, 10am to 6pm",
                 "Jamie texts the LP at drop-off; Kayla tells the LP about her Saturdays at his visits"],
                ["Respected",
                 "Kayla's views are heard and shape her plan, and she knows exactly who to tell if Mum is "
                 "drinking.",
                 "Three direct work sessions with Kayla (Three Houses, and a \"Who I can tell\" card naming three "
                 "adults)",
                 "Euan Sinclair (LP)",
                 "All three by 12/02/2026",
                 "Kayla's Three Houses and her card kept on file; Kayla can name her three adults when asked at "
                 "visits"],
                [V, V,
                 "Meet Kayla before every Core Group and the Review CPPM to write down what she wants the meeting "
                 "to hear",
                 "Nadia Rafiq, children's rights worker, Cairnlorrie Children's Rights Service",
                 "In the week before each meeting",
                 "Kayla's \"My views\" form read out at each Core Group and the Review CPPM"],
            ],
        }),
        ("h1", "If things go wrong (contingency plan)"),
        ("bullets", [
            "If Shona is found under the influence of alcohol while the children are in her care, or the children "
            "are found without an adult, the children will go to Irene's house at 22 Corse Road that night. Euan "
            "(or the Standby Social Work Service out of hours) will arrange it, and an IRD will be held the same "
            "day.",
            "If Irene cannot take the children, or cannot do the morning school run, she will phone Euan by 8am. "
            "Jamie has agreed to have the children on any day he is not driving; if neither Irene nor Jamie can, "
            "Carla Munro will take Kayla to school that morning, and Euan will arrange an emergency placement "
            "with Cairnlorrie Council foster carers the same day if there is no sober adult to care for them.",
            "If Shona is not at home and cannot be reached when Kayla comes out of school, the school will keep "
            "Kayla and phone Irene, then Euan.",
        ]),
        ("h1", "Legal measures"),
        ("p", "If Shona is found under the influence while caring for the children twice before the Review CPPM, "
              "or has not started treatment with the recovery service and the community mental health team by "
              "13/02/2026, Morag Leitch (Team Leader) will take legal advice from Cairnlorrie Council Legal "
              "Services and refer Kayla and Ruaridh to the Children's Reporter within 5 working days, asking for "
              "a Children's Hearing to consider a Compulsory Supervision Order. If the children are at immediate "
              "risk and no safe relative can care for them, the council will apply to the sheriff for a Child "
              "Protection Order."),
        ("h1", "Core Group and Review CPPM"),
        ("bullets", [
            "The Core Group meets every four weeks at Corsehill Primary School at 3.30pm: 22/01/2026, 19/02/2026 "
            "and 19/03/2026. Shona, Jamie and Irene are members of the Core Group.",
            "Review Child Protection Planning Meeting: 02/04/2026 at 10am, Cairnlorrie House.",
        ]),
        ("p", "Plan shared with Shona, Jamie and Irene on 09/01/2026, and talked through with Kayla by Euan on "
              "12/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scotland: case-system print of the Child's Plan after a Review CPPM,
#    wellbeing outcomes by indicator and "Action n of 11" blocks (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_clachanbrae_cyris_case_print_indicator_action_blocks_docherty.txt",
    "split": "heldout",
    "actions": 11,
    "template": "scottish-childs-plan-case-system-print-txt-dot-leader-fields-register-named-person-lead-professional-core-group-members-my-world-triangle-summary-progress-since-initial-cppm-orlas-experience-observed-parents-views-wellbeing-outcomes-by-indicator-then-action-n-of-11-blocks-indicator-action-lead-timescale-measure-lines-contingency-review-and-legal",
    "description": (
        "Case-system print of a Scottish Child's Plan after a Review Child Protection Planning "
        "Meeting for a 5-month-old baby whose mother has postnatal depression and whose father smokes "
        "cannabis; there was one domestic abuse incident in October. Dot-leader fields, a My World "
        "Triangle summary, progress since the initial CPPM, the baby's observed experience, wellbeing "
        "outcomes by indicator, then eleven 'Action n of 11' blocks with Lead / Timescale / Measure "
        "lines. Faults: the perinatal CPN's fortnightly visits only support the mother with her mood "
        "and medication and are measured by attendance; the father's key work at the drug and "
        "alcohol service is measured by 'Kieran's engagement with the service'; baby massage 'As soon "
        "as a place is available'; 'Core Group members' own telling the Lead Professional of "
        "concerns; a Healthy outcome about the mother's mental health only; and a contingency whose "
        "trigger is 'further concerns' and whose response is to discuss and consider next steps. "
        "Legal planning (a referral to the Reporter) follows insufficient progress at the Review CPPM."
    ),
    "text": """\
CLACHANBRAE COUNCIL - SOCIAL WORK SERVICES                          CYRIS case record
CHILD'S PLAN (CHILD PROTECTION)                  Printed 19/01/2026 10:42 by CMULLEN
=====================================================================================
Child ................ Orla Docherty     DOB 11/08/2025 (5 months)     CYRIS ID 1184407
Address .............. 4B Carsewell Court, Clachanbrae CB2 8NL
Mother ............... Nicole Docherty (22)
Father ............... Kieran Boyle (25), lives with Nicole and Orla
Register ............. Clachanbrae Child Protection Register since 16/10/2025
Areas of concern ..... Neglect; domestic abuse; parental mental health; parental drug use
Meeting .............. Review Child Protection Planning Meeting (CPPM), 15/01/2026
Decision ............. Orla's name remains on the register. Plan updated as below.
Chair ................ Gordon Lennie, Child Protection Chair
Named Person ......... Jacqueline Rennie, Health Visitor, Clachanbrae Health Visiting Team
Lead Professional .... Craig Mullen, Social Worker, Clachanbrae Children and Families
                       Team (Team Leader: Paula Strachan)
-------------------------------------------------------------------------------------
CORE GROUP MEMBERS
  Craig Mullen (LP); Jacqueline Rennie (HV / Named Person); Alison Gow (CPN,
  Clachanbrae Perinatal Mental Health Team); Dawn Kerr (Family Support Worker,
  Clachanbrae Family Centre); DC Ross Aitken (Police Scotland, Clachanbrae Public
  Protection Unit); Nicole Docherty; Kieran Boyle
-------------------------------------------------------------------------------------
SUMMARY OF ASSESSMENT (MY WORLD TRIANGLE)
  How I grow and develop: Orla was born at 38 weeks weighing 2.9kg. She dropped
  from the 50th to below the 9th centile by 8 weeks, when she was seen by the
  paediatric dietitian at Clachanbrae Royal Infirmary. She is now back on the
  25th centile. She smiles, coos and is starting to roll.
  What I need from the people who look after me: Nicole was diagnosed with
  postnatal depression in September 2025 and has a history of self-harm as a
  teenager. She takes sertraline. Kieran smokes cannabis most evenings; he says
  he has cut down. On 03/10/2025 police attended after neighbours heard shouting;
  Kieran had pushed Nicole while she was holding Orla. Nobody was charged.
  My wider world: The flat is small but warm and clean. Nicole's mum lives in
  Crathiebank, three hours away, and phones daily. Kieran works part-time at
  a car wash.
-------------------------------------------------------------------------------------
PROGRESS SINCE THE INITIAL CPPM (16/10/2025)
  Orla's weight has recovered. There have been no further police call-outs.
  Nicole has seen the perinatal team fortnightly and says her mood is "up and
  down". Kieran went to two of six appointments at the drug and alcohol service.
  Orla's 12-week immunisations were given late, on 18/11/2025.
-------------------------------------------------------------------------------------
ORLA'S EXPERIENCE (OBSERVED)
  At the visit on 09/01/2026 Orla was awake on her play mat and turned to
  Nicole's voice. When Kieran raised his voice on the phone she startled and
  cried, and took ten minutes to settle. Jacqueline saw her fed on demand at the
  clinic on 13/01/2026; Nicole held her close and talked to her. Dawn has seen
  Orla left in her bouncer for long periods on two visits when Nicole was in bed.
-------------------------------------------------------------------------------------
NICOLE AND KIERAN'S VIEWS
  Nicole: "Some days I can't get up. I'm scared if I say that you'll take her."
  Kieran: "I've cut right down. I'd never hurt Orla. The shouting's stopped."
  Both want Orla's name off the register by the next review.
-------------------------------------------------------------------------------------
WELLBEING OUTCOMES
  SAFE ....... Orla is cared for by adults who are sober and calm, and she is never
               in the room when adults argue or fight.
  HEALTHY .... Orla keeps growing along the 25th centile and her checks and
               immunisations are up to date.
  HEALTHY .... Nicole's mental health is stable and she is managing her low mood.
  NURTURED ... Orla's cries and cues are answered quickly and warmly, and she has
               a settled routine of feeds, naps and bedtime.
-------------------------------------------------------------------------------------
ACTIONS
-------------------------------------------------------------------------------------
Action 1 of 11                                              Indicator: SAFE
  Action ......... Visit Orla at home, see her awake and being handled by her
                   parents, and see where she sleeps. At least one visit a
                   fortnight is unannounced.
  Lead ........... Craig Mullen (LP)
  Timescale ...... Weekly until the Review CPPM on 09/04/2026
  Measure ........ Visit records on CYRIS within 2 working days, noting Orla's
                   presentation, the home, and what each parent said.

Action 2 of 11                                              Indicator: SAFE
  Action ......... Orla to sleep in her own cot, on her back, in her parents'
                   room for every sleep; no cannabis to be smoked in the flat.
  Lead ........... Nicole Docherty and Kieran Boyle
  Timescale ...... Every sleep, from 15/01/2026
  Measure ........ Cot and sleep position seen by the LP and HV at each visit;
                   any smell of cannabis noted in the visit record.

Action 3 of 11                                              Indicator: SAFE
  Action ......... Tell the LP of any police call-out to 4B Carsewell Court or
                   any incident involving Kieran or Nicole.
  Lead ........... DC Ross Aitken, Police Scotland Public Protection Unit
  Timescale ...... By the next working day after any incident
  Measure ........ Police Scotland concern report (iVPD) on Orla's CYRIS record.

Action 4 of 11                                              Indicator: SAFE
  Action ......... Tell the Lead Professional the same day about any worry about
                   Orla's care, any mark or injury, or any sign of an argument.
  Lead ........... Core Group members
  Timescale ...... Same day
  Measure ........ Concern recorded on Orla's CYRIS chronology by the LP.

Action 5 of 11                                              Indicator: SAFE
  Action ......... Six safety planning sessions with Nicole about 03/10/2025 and
                   what she and Orla would do if Kieran became angry again.
  Lead ........... Megan Shields, Clachanbrae Women's Aid
  Timescale ...... Weekly from 22/01/2026 (six sessions)
  Measure ........ Written safety plan copied to the LP by 05/03/2026; Nicole
                   can tell the LP the steps she would take.

Action 6 of 11                                              Indicator: SAFE
  Action ......... Attend the Clachanbrae Safe Relationships men's group about
                   the incident on 03/10/2025 and how shouting affects Orla.
  Lead ........... Kieran Boyle
  Timescale ...... Weekly for 16 weeks from 05/02/2026
  Measure ........ Group facilitator's attendance and progress report to the LP
                   every four weeks.

Action 7 of 11                                              Indicator: HEALTHY
  Action ......... Weigh Orla and check her development, and complete her
                   6-month review.
  Lead ........... Jacqueline Rennie (HV / Named Person)
  Timescale ...... Fortnightly; 6-month review by 28/02/2026
  Measure ........ Weights plotted in Orla's red book and the HV record; any
                   drop below the 25th centile reported to the LP the same day.

Action 8 of 11                                              Indicator: HEALTHY
  Action ......... Continue home visits to support Nicole with her low mood and
                   anxiety and to check she is taking her medication.
  Lead ........... Alison Gow, CPN, Clachanbrae Perinatal Mental Health Team
  Timescale ...... Fortnightly
  Measure ........ Attendance at appointments recorded by the perinatal team.

Action 9 of 11                                              Indicator: HEALTHY
  Action ......... Review Nicole's antidepressant and write to the LP and the
                   perinatal team about her prescription and collections.
  Lead ........... Dr Morven Hay, GP, Carsewell Medical Centre
  Timescale ...... By 30/01/2026
  Measure ........ GP letter on CYRIS; prescription collection record sent to
                   the LP monthly.

Action 10 of 11                                             Indicator: HEALTHY
  Action ......... Attend key work sessions at Clachanbrae Drug and Alcohol
                   Service about cannabis use and how it affects his care of
                   Orla.
  Lead ........... Kieran Boyle
  Timescale ...... Weekly from 20/01/2026
  Measure ........ Kieran's engagement with the service.

Action 11 of 11                                             Indicator: NURTURED
  Action ......... Baby massage and play sessions for Nicole and Orla at the
                   Family Centre, with Dawn showing Nicole how to read Orla's
                   cues.
  Lead ........... Dawn Kerr, Family Support Worker, Clachanbrae Family Centre
  Timescale ...... As soon as a place is available
  Measure ........ Family Centre register; Dawn's notes on how Nicole responds
                   to Orla's cues, sent to the LP after each session.
-------------------------------------------------------------------------------------
CONTINGENCY PLAN
  If there are further concerns about Orla's care, or the plan is not
  progressing, the Lead Professional will discuss this with the Team Leader and
  consider next steps, which may include a further Inter-agency Referral
  Discussion.
-------------------------------------------------------------------------------------
REVIEW AND LEGAL
  Core Group ........... every 4 weeks at Clachanbrae Family Centre, 1.30pm:
                         29/01/2026, 26/02/2026, 26/03/2026
  Review CPPM .......... 09/04/2026, 10.00am, Clachanbrae Council Offices
  Legal ................ If the changes in this plan have not been made by the
                         Review CPPM and Orla's name stays on the register,
                         Paula Strachan (Team Leader) will take legal advice and
                         refer Orla to the Children's Reporter, asking for a
                         Children's Hearing to consider a Compulsory Supervision
                         Order.
-------------------------------------------------------------------------------------
Plan shared with Nicole and Kieran on 16/01/2026 and sent to all Core Group members.
*** END OF PRINT ***
""",
    "findings": [
        F("W002", "Tell the Lead Professional the same day about any worry"),
        F("H001", "Continue home visits to support Nicole with her low mood"),
        F("M002", "Attend key work sessions at Clachanbrae Drug and Alcohol"),
        F("T002", "Baby massage and play sessions for Nicole and Orla"),
        F("F002", "Nicole's mental health is stable and she is managing her low mood."),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Wales: Care and Support Protection Plan from an initial conference,
#    bilingual headings, personal outcome banner rows across the table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_cwmgarnedd_cscp_bilingual_outcome_banners_bowen.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Tomos a Lili Bowen",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "welsh-care-and-support-protection-plan-docx-landscape-bilingual-welsh-slash-english-headings-and-labels-kv-register-why-we-worry-what-matters-to-tomos-lili-observed-parents-strengths-then-one-table-personal-outcome-banner-rows-merged-across-rhif-beth-fydd-yn-digwydd-pwy-erbyn-pryd-sut-byddwn-ni-gwybod-then-contingency-legal-gateway-core-group-review",
    "description": (
        "Welsh Care and Support Protection Plan made at an initial child protection conference under "
        "the Wales Safeguarding Procedures for an 8-year-old boy and a 3-year-old girl after their "
        "father, coming down from cocaine, smashed the kitchen door and grabbed their mother by the "
        "throat; the 8-year-old phoned his grandmother. Welsh / English headings and labels, 'what "
        "matters' to Tomos in his words, what is seen of Lili, then one landscape table with a banner "
        "row for each personal outcome (Rhif / Beth fydd yn digwydd / Pwy sy'n gyfrifol / Erbyn pryd / "
        "Sut byddwn ni'n gwybod). The father's drug use is recorded but the only drug row is his own "
        "(no substance misuse service owns an action); the grandmother supervises contact and the aunt "
        "collects Tomos twice a week, yet the contingency covers only the father coming to the house. "
        "Faults: the mother's recovery course 'As soon as possible' (T002); the ELSA sessions with '-' "
        "for who (W001); the Flying Start referral with an empty 'how we will know' (M001); no adult "
        "service owning an action (F004); no fallback for the relatives' help (C003); and the review "
        "conference 'to be arranged' (R001). A Legal Gateway meeting follows named triggers."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Sir Cwmgarnedd / Cwmgarnedd County Council · Gwasanaethau Plant / Children's Services · "
              "Tîm Diogelu a Chymorth / Safeguarding and Support Team"),
        ("p", "Gwnaed y cynllun hwn yn y gynhadledd amddiffyn plant gychwynnol ar 08/01/2026. This plan was made at "
              "the initial child protection conference on 08/01/2026 under the Wales Safeguarding Procedures. The "
              "Active Offer was made: Ffion and Rhys chose English for meetings and papers, and Tomos's direct "
              "work is in Welsh at his request."),
        ("kv", [
            ("Plant / Children", "Tomos Bowen (8), DOB 03/05/2017, Year 4, Cwmgarnedd Primary School; Lili Bowen "
                                 "(3), DOB 27/10/2022, at home with Mam"),
            ("Cyfeiriad / Address", "5 Maes yr Haf, Cwmgarnedd CG7 2LP"),
            ("Mam / Mum", "Ffion Bowen (29), works at a care home, 8am to 6pm on Mondays and Wednesdays"),
            ("Dad", "Rhys Bowen (31), staying with a friend at 22 Stryd y Capel, Cwmgarnedd, since 23/11/2025"),
            ("Teulu / Family", "Nain: Gwenda Bowen (63), Rhys's mum, Cae Awel, Cwmgarnedd. Anti Carys: Carys "
                               "Hughes (33), Ffion's sister, 9 Maes yr Haf"),
            ("Cofrestr / Register", "Tomos and Lili placed on the Cwmgarnedd Child Protection Register, 08/01/2026, "
                                    "category emotional abuse"),
            ("Gweithiwr cymdeithasol / Social worker", "Sioned Bevan (Team Manager: Catrin Jenkins)"),
            ("Cadeirydd / Chair", "Huw Lewis, Child Protection Coordinator"),
        ]),
        ("h1", "Pam rydyn ni'n poeni / Why we are worried"),
        ("p", "On 22/11/2025 Rhys came home after using cocaine, argued with Ffion, smashed the kitchen door and "
              "grabbed her by the throat. Tomos took Ffion's phone into the bathroom and rang Nain. Cwmgarnedd "
              "Police arrested Rhys; he was released under investigation and has agreed not to return to the "
              "house. Ffion says there have been other arguments \"when he's been using\", and that Rhys smokes "
              "cannabis every day and uses cocaine most weekends. The strategy discussion on 24/11/2025 agreed "
              "section 47 enquiries, which led to this conference."),
        ("h1", "Beth sy'n bwysig i Tomos / What matters to Tomos"),
        ("p", "Sioned had a \"what matters\" conversation with Tomos in Welsh at school on 17/12/2025. He said: "
              "\"Dwi'n colli Dad\" (I miss Dad). \"I don't want Dad to shout at Mam ever again.\" \"I was scared "
              "in the bathroom but I was brave.\" What matters to him is his Nain, football on Saturdays, and "
              "\"Dad coming back but being nice\". He worries about Mam when he is at school."),
        ("h1", "Lili / What we see for Lili"),
        ("p", "Lili is a lively 3-year-old with a few two-word phrases. Since November she wakes most nights and "
              "comes into Ffion's bed. At Nain's on Sundays she runs to Rhys and sits on his knee."),
        ("h1", "Beth sy'n bwysig i Ffion a Rhys / What matters to Ffion and Rhys"),
        ("p", "Ffion wants the children safe and wants Rhys to \"get clean, then we'll see\". Rhys accepts he "
              "\"lost it\" and says he will do whatever it takes to see the children, but does not think his "
              "cannabis use is a problem."),
        ("h1", "Cryfderau / Strengths"),
        ("bullets", [
            "Ffion has kept Rhys away from the house since 23/11/2025 and has worked with the IDVA.",
            "Tomos is in school every day and his teacher describes him as kind and hard-working.",
            "Nain and Anti Carys live close by and both love the children.",
        ]),
        ("h1", "Canlyniadau personol a'r cynllun / Personal outcomes and the plan"),
        ("table", {
            "header": ["Rhif / No.", "Beth fydd yn digwydd / What will happen", "Pwy sy'n gyfrifol / Who is "
                       "responsible", "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [1.6, 8.6, 4.6, 4.2, 6.7],
            "rows": [
                ["Canlyniad 1 / Outcome 1: Tomos and Lili are safe at home and do not see or hear violence or "
                 "frightening arguments.", H, H, H, H],
                ["1.1",
                 "Visit the children at home and see Tomos on his own (in Welsh), including one visit in the "
                 "evening each fortnight",
                 "Sioned Bevan (SW)",
                 "Weekly until the review conference",
                 "Visit records on the case file within 2 working days, with Tomos's words"],
                ["1.2",
                 "Rhys will not come to 5 Maes yr Haf, and will contact Ffion only by text about arrangements "
                 "for the children",
                 "Rhys Bowen (Dad)",
                 "From 08/01/2026",
                 "Ffion and Tomos asked at each visit; any visit to the house reported to the police by Ffion"],
                ["1.3",
                 "Share any call-out to 5 Maes yr Haf, or any incident involving Rhys, with the social worker",
                 "PC Aled Vaughan, Cwmgarnedd Police Domestic Abuse Unit",
                 "Within 24 hours of any incident",
                 "Police notification (PPN) on the children's record"],
                ["1.4",
                 "Complete a DASH risk assessment and a written safety plan with Ffion, and refer to MARAC if "
                 "the risk is high",
                 "Nia Rees, IDVA, Cwmgarnedd Domestic Abuse Service",
                 "By 23/01/2026",
                 "DASH score and safety plan copied to the social worker; MARAC referral reference if made"],
                ["1.5",
                 "Ffion to complete a recovery course for women who have lived with domestic abuse, about "
                 "what happened and how it has affected Tomos and Lili",
                 "Ffion Bowen (Mam)",
                 "As soon as possible",
                 "Course certificate and the domestic abuse service's attendance record"],
                ["1.6",
                 "Rhys will go to his appointments at Cwmgarnedd Substance Misuse Service and give a hair "
                 "strand test each month, arranged by the social worker",
                 "Rhys Bowen (Dad)",
                 "Appointments weekly; hair strand tests monthly from 19/01/2026",
                 "Hair strand results sent to the social worker; appointment letters seen at visits"],
                ["1.7",
                 "Rhys will attend the Cwmgarnedd Respectful Relationships programme for men who have been "
                 "abusive",
                 "Rhys Bowen (Dad)",
                 "Weekly for 20 weeks from 02/02/2026",
                 "Programme worker's report to the social worker every 6 weeks"],
                ["Canlyniad 2 / Outcome 2: Tomos feels calm and happy at school and has someone to talk to about "
                 "what he saw.", H, H, H, H],
                ["2.1",
                 "Weekly sessions for Tomos with the school's ELSA about feelings and what happened at home, in "
                 "Welsh",
                 "-",
                 "Every Thursday from 15/01/2026",
                 "ELSA session record and Tomos's feelings thermometer scores, shared with the social worker "
                 "each half term"],
                ["2.2",
                 "Check Tomos in each morning and tell the social worker if he is upset, tired or not in",
                 "Mrs Angharad Lloyd, DSL, Cwmgarnedd Primary School",
                 "Every school day",
                 "Attendance and any concerns e-mailed to the social worker every Friday"],
                ["2.3",
                 "Collect Tomos from school and give him his tea until Ffion finishes work",
                 "Carys Hughes (Anti Carys)",
                 "Every Monday and Wednesday, 3.15pm to 6.15pm",
                 "School's collection log; Tomos tells the social worker about his afternoons"],
                ["Canlyniad 3 / Outcome 3: Lili is sleeping better, is healthy and is ready to start nursery.",
                 H, H, H, H],
                ["3.1",
                 "Complete Lili's developmental review under the Healthy Child Wales Programme and give Ffion a "
                 "sleep plan",
                 "Bethan Owen, Health Visitor",
                 "By 27/02/2026",
                 "Review results and sleep diary shared at the core group"],
                ["3.2",
                 "Referral to Cwmgarnedd Flying Start for a funded childcare place for Lili",
                 "Sioned Bevan (SW)",
                 "By 23/01/2026",
                 ""],
                ["Canlyniad 4 / Outcome 4: Tomos and Lili keep seeing their Dad, safely.", H, H, H, H],
                ["4.1",
                 "Supervise Rhys's time with Tomos and Lili at Cae Awel; end the visit and phone the social "
                 "worker if Rhys seems under the influence",
                 "Gwenda Bowen (Nain)",
                 "Every Sunday, 1pm to 4pm",
                 "Nain's contact notes, read by the social worker every fortnight; Tomos asked about Sundays at "
                 "visits"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("bullets", [
            "If Rhys comes to 5 Maes yr Haf or threatens Ffion, Ffion will ring 999. Sioned (or the Emergency "
            "Duty Team out of hours) will hold a strategy discussion with the police the same day, and the IDVA "
            "will offer Ffion and the children a place at Cwmgarnedd refuge.",
            "If Rhys's hair strand tests show cocaine, or he misses two programme sessions in a row, Sioned will "
            "ask Catrin Jenkins (Team Manager) for a Legal Gateway meeting within 10 working days to decide "
            "whether to send a letter before proceedings under the Public Law Outline.",
        ]),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Core group: every four weeks at Cwmgarnedd Primary School, 3.30pm, on 22/01/2026, 19/02/2026 and "
            "19/03/2026.",
            "Review child protection conference: to be arranged by the Child Protection Coordinator.",
        ]),
        ("p", "Copi i / Copies to: Ffion Bowen, Rhys Bowen, and all members of the core group."),
    ],
    "findings": [
        F("T002", "complete a recovery course for women who have lived with"),
        F("W001", "Weekly sessions for Tomos with the school's ELSA"),
        F("M001", "Referral to Cwmgarnedd Flying Start for a funded childcare place"),
        F("F004"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Wales: Care and Support Protection Plan built from the "what matters"
#    conversations, personal outcomes with numbered actions and Pwy / Pryd /
#    Sut lines; the mother's bipolar disorder. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_cilgwenol_what_matters_outcomes_pwy_pryd_sut_lines_morgan.md",
    "split": "heldout",
    "actions": 12,
    "template": "welsh-care-and-support-protection-plan-md-bilingual-headings-details-table-active-offer-why-there-is-a-plan-what-matters-conversations-elin-osian-sian-taid-working-well-then-personal-outcomes-in-the-childrens-words-each-with-numbered-actions-and-pwy-who-pryd-when-sut-byddwn-ni-gwybod-sub-bullets-then-contingency-legal-gateway-core-group-review",
    "description": (
        "Exemplary Welsh Care and Support Protection Plan from an initial child protection conference for "
        "a 13-year-old girl and a 5-year-old boy whose mother has bipolar disorder: she stopped her lithium, "
        "became manic in November, twice left the children alone overnight and was admitted to hospital; "
        "the 13-year-old had been caring for her brother and scratching her arms. Bilingual headings, the "
        "'what matters' conversations with Elin, Osian, their mother and Taid, then four personal outcomes "
        "in the children's words, each with numbered actions and Pwy / Who, Pryd / When, Sut byddwn ni'n "
        "gwybod / How we'll know lines. The community mental health team's care coordinator and "
        "psychiatrist report on the mother's capacity to stay well and how long it will take; the GP owns "
        "an action; Taid's help has a fallback; a Legal Gateway meeting follows named triggers; core group "
        "dates and the review conference are set."
    ),
    "text": """\
# Cynllun Amddiffyn Gofal a Chymorth
## Care and Support Protection Plan

**Cyngor Sir Cilgwenol / Cilgwenol County Council** · Gwasanaethau Plant / Children's Services

| Manylion / Details | |
|---|---|
| **Plant / Children** | Elin Morgan (13), DOB 02/02/2012, Year 8, Ysgol Gyfun Cilgwenol; Osian Morgan (5), DOB 19/07/2020, Reception, Ysgol Gymraeg Cilgwenol |
| **Cyfeiriad / Address** | 3 Teras y Bont, Cilgwenol CW4 9HN |
| **Mam / Mum** | Sian Morgan (38) |
| **Taid / Grandfather** | Gareth Morgan (67), Sian's father, 14 Heol yr Eglwys, Cilgwenol (five minutes away) |
| **Tad / Father** | Osian's and Elin's father lives in England and has not seen the children since 2022 |
| **Cynhadledd / Conference** | Initial child protection conference, 13/01/2026; chair Meinir Thomas, Independent Reviewing Officer |
| **Cofrestr / Register** | Both children placed on the Cilgwenol Child Protection Register, category neglect |
| **Gweithiwr cymdeithasol / Social worker** | Mererid Hughes (SW), Tîm Diogelu / Safeguarding Team; Team Manager Aled Morris |
| **Iaith / Language** | Welsh. The Active Offer was accepted: the family's copy of this plan is in Welsh; this English copy is for agencies. |

### Pam bod cynllun / Why there is a plan

Sian has bipolar disorder and has kept well on lithium for six years. She stopped taking it in
September 2025. In November she stopped sleeping, spent her rent money, and on 08/11/2025 and
15/11/2025 went out overnight leaving Elin (13) to look after Osian (5). On 16/11/2025 she brought two
men she had met that night back to the house. Elin rang Taid, who rang the police. Sian was admitted
to Ward Cadnant at Ysbyty Cilgwenol under section 2 of the Mental Health Act on 17/11/2025 and came home
on 15/12/2025, back on lithium. The children stayed with Taid while she was in hospital. Elin had missed
22 days of school this term, and her Head of Year found scratches on her arms on 20/11/2025.

### Y sgyrsiau "beth sy'n bwysig" / The "what matters" conversations

**Elin** (with Mererid, at Taid's house, 08/01/2026, in Welsh): "I'm the one who knows when Mam's going
high. She talks really fast and cleans at 3 in the morning." "I don't want to be the mum. I want to go
to school and to Urdd on Wednesdays." "The scratching is when I can't sleep. I haven't told anyone
that before." What matters to Elin: Mam staying well, staying in her own house, and "someone else being
in charge if Mam gets ill again, not me".

**Osian** (at home, 09/01/2026, with his drawing): "Mam was in hospital with a poorly head." "I like
Taid's chips." He drew Mam, Elin, Taid and himself, "and the cat". He wants "Mam to read the dragon
book at bedtime".

**Sian** (09/01/2026): "I stopped the lithium because I felt flat and I thought I didn't need it. I was
wrong. Elin has had to grow up too fast. I'll do anything this plan asks."

**Taid** (09/01/2026): "I'm five minutes up the road. I'll be there every evening, and any night she
needs me. I just need to know who to ring."

### Beth sy'n gweithio'n dda / What is working well

- Sian has taken her lithium every day since 01/12/2025; her blood level on 05/01/2026 was 0.7 mmol/L.
- Taid has had tea with the children every evening since Sian came home.
- Elin has been in school every day this term and has been back to Urdd.
- Sian and Elin are talking: Elin says "Mam actually listens now".

### Canlyniadau personol a'r cynllun / Personal outcomes and the plan

Each personal outcome is written in Elin's and Osian's words. Under each, the numbered actions say what
will happen, with **Pwy / Who**, **Pryd / When** and **Sut byddwn ni'n gwybod / How we'll know** for
every one.

#### Canlyniad 1 / Outcome 1: "There's always a grown-up who is well looking after us, and I don't have to be the mum." (Elin)

**1.1** Review Sian's Care and Treatment Plan with her (Mental Health (Wales) Measure), adding her relapse
signs and what must happen for Elin and Osian if she becomes unwell; visit Sian at home; and write a
report for each core group on her mental health, how it affects her care of the children, her capacity
to stay well and keep up the changes the children need, and the likely timescale.
- **Pwy / Who:** Gwawr Ellis, community psychiatric nurse and care coordinator, Cilgwenol Community Mental Health Team
- **Pryd / When:** Care and Treatment Plan review by 30/01/2026; home visits weekly until the review conference; report in the week before each core group
- **Sut byddwn ni'n gwybod / How we'll know:** Care and Treatment Plan with the relapse plan copied to Mererid; Gwawr's written report read at each core group

**1.2** Outpatient review of Sian's lithium and her mood, with a letter giving the psychiatrist's
assessment of Sian's capacity to stay well and make the changes Elin and Osian need, and how long that
is likely to take.
- **Pwy / Who:** Dr Rhian Pugh, consultant psychiatrist, Cilgwenol Community Mental Health Team
- **Pryd / When:** Review by 20/02/2026
- **Sut byddwn ni'n gwybod / How we'll know:** Clinic letter to the GP and to Mererid by 27/02/2026, shared at core group 2

**1.3** Sian will take her lithium every evening and go for her blood test each month, so that she stays
well enough to care for Elin and Osian.
- **Pwy / Who:** Sian Morgan (Mam)
- **Pryd / When:** Every evening; blood test in the first week of each month
- **Sut byddwn ni'n gwybod / How we'll know:** Lithium level between 0.6 and 0.8 mmol/L on each result, sent by the GP surgery to Gwawr and Mererid

**1.4** Tell Gwawr and Mererid within 2 working days if Sian's monthly lithium prescription is not
collected or a blood test is missed.
- **Pwy / Who:** Dr Alun Hopkins, GP, Cilgwenol Health Centre
- **Pryd / When:** Each monthly prescription and blood test, from 01/02/2026
- **Sut byddwn ni'n gwybod / How we'll know:** Message from the practice recorded on the children's case file

**1.5** Come to the house at 6pm to have tea with the children and stay until Osian is asleep; stay the
night whenever Sian asks or Elin or Taid see any of the early warning signs in the relapse plan.
- **Pwy / Who:** Gareth Morgan (Taid)
- **Pryd / When:** Every evening, 6pm to about 8pm, until the review conference
- **Sut byddwn ni'n gwybod / How we'll know:** Taid's diary of the evenings and any nights he stayed, read by Mererid at each visit; Elin asked on her own

**1.6** Visit the children at home, seeing Elin on her own and Osian in his room, with one visit a
fortnight after 7pm.
- **Pwy / Who:** Mererid Hughes (SW)
- **Pryd / When:** Weekly until the review conference
- **Sut byddwn ni'n gwybod / How we'll know:** Visit records on the case file within 2 working days, with each child's words

#### Canlyniad 2 / Outcome 2: "I go to school every day, I have time for me and my friends, and I get help with the scratching." (Elin)

**2.1** Young carer's needs assessment with Elin, and a place at the Tuesday young carers' group.
- **Pwy / Who:** Llinos Davies, young carers worker, Cilgwenol Young Carers (Gofalwyr Ifanc Cilgwenol)
- **Pryd / When:** Assessment by 13/02/2026; group every Tuesday, 4.30pm to 6pm, from 17/02/2026
- **Sut byddwn ni'n gwybod / How we'll know:** Assessment, with what matters to Elin, copied to Mererid; group register sent each half term

**2.2** Choice appointment with Elin about the scratching, her sleep and her mood, then Partnership
sessions if she wants them.
- **Pwy / Who:** Cerys Walters, practitioner, Cilgwenol CAMHS
- **Pryd / When:** Choice appointment by 06/02/2026; Partnership sessions fortnightly after that
- **Sut byddwn ni'n gwybod / How we'll know:** Letter with Elin's care plan to Mererid and the GP; Elin's own mood score (0-10) at each session, in the letter each month

**2.3** Ring Sian, then Mererid, if Elin is not in by 9.15am, and meet Elin each Monday to plan her week.
- **Pwy / Who:** Mr Dafydd Griffiths, Head of Year 8 and designated safeguarding person, Ysgol Gyfun Cilgwenol
- **Pryd / When:** Every school day; Mondays at 8.45am
- **Sut byddwn ni'n gwybod / How we'll know:** Attendance sent to Mererid every Friday; 95% or more by the February half term

#### Canlyniad 3 / Outcome 3: "Mam reads the dragon book at bedtime, and I go to school happy." (Osian)

**3.1** Bedtime, meals and money routines with Sian at home, so that Osian has the same tea-time and bedtime
every day.
- **Pwy / Who:** Dewi Roberts, family support worker, Cilgwenol Family Support Team (Tîm Cefnogi Teuluoedd)
- **Pryd / When:** Twice a week for 8 weeks from 20/01/2026
- **Sut byddwn ni'n gwybod / How we'll know:** Osian's picture routine chart on the fridge, checked at each session; Dewi's notes to Mererid every fortnight

**3.2** Morning check-in with Osian using his feelings chart, and a call to Mererid the same day if he is
hungry, tired or upset.
- **Pwy / Who:** Mrs Eirlys Jones, Reception teacher, Ysgol Gymraeg Cilgwenol
- **Pryd / When:** Every school day
- **Sut byddwn ni'n gwybod / How we'll know:** Feelings chart and any calls e-mailed to Mererid every Friday

#### Canlyniad 4 / Outcome 4: "If Mam gets poorly again, we know what happens and who looks after us." (Elin and Osian)

**4.1** Write a family plan "Pan mae Mam yn sâl" (When Mam is poorly) with Sian, Taid and Elin, in Welsh,
with a card for Elin listing who to ring, and a picture version for Osian.
- **Pwy / Who:** Mererid Hughes (SW), with Gwawr Ellis (care coordinator)
- **Pryd / When:** By 13/02/2026
- **Sut byddwn ni'n gwybod / How we'll know:** Family plan signed by Sian, Taid and Elin, on the fridge and on file; Elin can tell Mererid who she would ring

### Os bydd pethau'n mynd o chwith / If things go wrong

- If Elin or Taid see the early warning signs (Sian not sleeping for two nights, talking very fast,
  spending money she does not have), they ring Gwawr, or the Cilgwenol Crisis Resolution and Home
  Treatment Team out of hours, the same day. Taid stays at the house that night and every night until
  Gwawr says Sian is well again, and Mererid visits the next working day.
- If Sian leaves the children without an adult, brings strangers home, or is too unwell to care for
  them, the children go to Taid's house at 14 Heol yr Eglwys that day.
- If Taid cannot help (he is ill, away, or it is too much for him), he or Elin rings Mererid, or the
  Emergency Duty Team out of hours, and Mererid arranges a foster placement with Cilgwenol foster
  carers that day, keeping Elin and Osian together and at their schools.
- If Elin hurts herself badly enough to need treatment, Taid or school take her to the Emergency
  Department at Ysbyty Cilgwenol and ring CAMHS and Mererid the same day.

### Cynllunio cyfreithiol / Legal planning

If Sian stops her lithium again, the children are left without a well adult again, or Gwawr's and Dr
Pugh's reports say the changes are not happening by the review conference, Aled Morris (Team Manager)
will ask for a Legal Gateway meeting within 5 working days, to decide whether to start pre-proceedings
under the Public Law Outline or apply to the court for a care order.

### Grŵp craidd ac adolygu / Core group and review

- Core group: every four weeks at Ysgol Gymraeg Cilgwenol, 3.45pm: 27/01/2026, 24/02/2026 and
  24/03/2026. Sian and Taid are members; Elin is invited to the first half.
- Review child protection conference: 09/04/2026 at 10am, Canolfan Ddinesig Cilgwenol (Cilgwenol
  Civic Centre).

Copi i / Copies to: Sian Morgan (in Welsh), Gareth Morgan (in Welsh), Elin (her own version, read with
Mererid), and all core group members.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Northern Ireland: Trust Child Protection Plan from an initial Child
#    Protection Case Conference, UNOCINI domain banner rows over one table,
#    page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_clonavarra_icpcc_unocini_domain_banners_evidence_mcelroy.pdf",
    "doc_title": "Child Protection Plan - Daniel and Niamh McElroy",
    "split": "heldout",
    "actions": 11,
    "min_pages": 2,
    "header": "CONFIDENTIAL · Clonavarra Health and Social Care Trust · Child Protection Plan: Daniel and Niamh McElroy",
    "footer": "ICPCC 15/01/2026 · Review CPCC 14/04/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "ni-hsc-trust-child-protection-plan-paged-header-footer-after-initial-cpcc-kv-register-gateway-joint-protocol-history-unocini-summary-three-domains-daniels-world-and-niamh-observed-parents-views-desired-outcomes-then-one-table-unocini-domain-banner-rows-no-action-responsible-person-timescale-evidence-of-progress-then-contingency-legal-planning-meeting-article-50-core-group-review-cpcc",
    "description": (
        "Exemplary Northern Ireland Trust Child Protection Plan from an Initial Child Protection Case "
        "Conference for a 4-year-old boy and a 7-month-old baby: the father hit their mother while she "
        "held the baby, in front of the boy; PSNI referred to the Gateway team, a joint protocol "
        "investigation followed, the father is on bail with a non-molestation order, and the mother has "
        "postnatal depression. A UNOCINI summary by domain, Daniel's words and what is seen of Niamh, "
        "desired outcomes for the children, then one table with UNOCINI domain banner rows (No. / Action "
        "/ Responsible person / Timescale / Evidence of progress). Every action has a named owner, a real "
        "timescale and evidence someone can see; the Trust's perinatal mental health service reports on "
        "the mother's capacity to change and its timescale; a Sure Start worker comes through the Family "
        "Support Hub; the grandmother's help has a fallback; a Legal Planning Meeting on a Care Order "
        "under Article 50 follows named triggers; core group dates and the review CPCC are set, with the "
        "review date also in the page footer."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Clonavarra Health and Social Care Trust · Children's Services · Family Intervention Team "
              "(Clonavarra North)"),
        ("p", "Agreed at the Initial Child Protection Case Conference (ICPCC) held on 15/01/2026 at Clonavarra "
              "Trust Headquarters, chaired by Gráinne Mallon, Principal Social Worker (Safeguarding). The "
              "conference decided to place Daniel's and Niamh's names on the Child Protection Register under "
              "the category of physical abuse (risk of), and the case has moved from the Gateway team to the "
              "Family Intervention Team."),
        ("kv", [
            ("Children", "Daniel McElroy, DOB 03/03/2021 (4), P1, Clonavarra Primary School; Niamh McElroy, DOB "
                         "12/06/2025 (7 months)"),
            ("Address", "41 Glebe Park, Clonavarra CV6 3RT"),
            ("Mother", "Aoife McElroy (26), lives with the children"),
            ("Father", "Ryan Toner (29), living with his mother in Clonavarra town; on PSNI bail not to contact "
                       "Aoife or attend Glebe Park; non-molestation order granted 12/12/2025"),
            ("Maternal grandmother", "Bernadette (Bernie) Quinn (54), Cluain Road, Clonavarra"),
            ("Social worker (key worker)", "Orla Kearney, Family Intervention Team; Senior Practitioner Declan "
                                           "Hughes"),
            ("Registered", "15/01/2026"),
        ]),
        ("h1", "How the Trust became involved"),
        ("p", "On 17/11/2025 PSNI were called to Glebe Park by a neighbour. Ryan had punched Aoife in the face "
              "while she was holding Niamh; Daniel was in the room. PSNI referred to the Gateway team the next "
              "morning, a strategy discussion was held on 18/11/2025, and a joint protocol investigation by "
              "the Gateway team and PSNI Public Protection Branch followed. Ryan was charged with assault and "
              "bailed. Aoife disclosed two earlier assaults and said Ryan checked her phone and kept her money. "
              "Her GP diagnosed postnatal depression in September 2025 and referred her to the Trust's "
              "perinatal mental health service in December."),
        ("h1", "UNOCINI assessment: summary"),
        ("h2", "The child's needs"),
        ("p", "Niamh is growing along the 50th centile and is a smiley, sociable baby, but she startles at raised "
              "voices. Daniel is a bright boy who loves dinosaurs; since November he has wet the bed most nights "
              "and his teacher has seen him hit other children when they shout."),
        ("h2", "Parents' and carers' capacity"),
        ("p", "Aoife is a loving mother who keeps the children clean and fed. On her low days she stays in bed "
              "until Bernie arrives, and Daniel has been late for school eleven times. Ryan accepts he hit Aoife "
              "\"once\" but says he was provoked; he wants to see the children."),
        ("h2", "Family and environment"),
        ("p", "The family rents from the Housing Executive. Bernie lives nearby and is a strong support. Aoife has "
              "been isolated from her friends during the relationship."),
        ("h1", "Daniel's world, and what we see for Niamh"),
        ("p", "Orla saw Daniel at school on 09/01/2026 with his teacher nearby. He drew his house with \"Mammy, "
              "Niamh and me\" inside and Daddy \"outside in the car\". He said: \"Daddy shouted and Mammy cried. "
              "I hid behind the sofa.\" \"I want to see Daddy at the dinosaur place but not at my house.\" He "
              "likes Granny Bernie's because \"she has the good biscuits\". Niamh was seen at home on 09/01/2026 "
              "and at clinic on 12/01/2026: she reaches for Aoife, babbles back when spoken to, and settled "
              "quickly in Aoife's arms after her injection."),
        ("h1", "What Aoife and Ryan said"),
        ("p", "Aoife said: \"I want the kids to never see that again. Some days I can't get out of bed, and I "
              "need help with that.\" Ryan said he would do a programme if it meant he could see the children."),
        ("h1", "Desired outcomes for Daniel and Niamh"),
        ("numbers", [
            "Daniel and Niamh live free from domestic abuse and do not see or hear violence at home.",
            "Niamh keeps growing and developing well, with a mum who notices and answers her cues even on low "
            "days.",
            "Daniel is settled and happy at school, is dry at night more often, and can talk about his feelings "
            "and what he saw.",
            "Daniel and Niamh see their dad in a way that is safe and does not frighten them.",
        ]),
        ("h1", "Child Protection Plan"),
        ("table", {
            "header": ["No.", "Action", "Responsible person", "Timescale", "Evidence of progress"],
            "widths": [1.2, 6.0, 3.6, 2.8, 3.4],
            "rows": [
                ["Domain 1: The child's developmental needs", H, H, H, H],
                ["1",
                 "Home visits to weigh Niamh and check her development, with an ASQ-3 review at 9 months",
                 "Siobhán Carr, Health Visitor, Clonavarra Health Visiting Team",
                 "Fortnightly until the review CPCC; ASQ-3 by 12/03/2026",
                 "Weights and ASQ-3 scores in Niamh's Personal Child Health Record, shared at each core group"],
                ["2",
                 "Check in with Daniel each morning, keep a note of his behaviour and any bed-wetting he mentions, "
                 "and tell the social worker the same day about anything he says about home",
                 "Mrs Róisín Kelly, designated teacher for child protection, Clonavarra Primary School",
                 "Every school day",
                 "Attendance, lateness and behaviour notes e-mailed to Orla every Friday"],
                ["3",
                 "Eight sessions of the children's programme for Daniel about feelings and what he saw at home",
                 "Eimear Nolan, children's worker, Clonavarra Women's Aid",
                 "Weekly for 8 weeks from 29/01/2026",
                 "End-of-programme report with Daniel's feelings faces at the first and last sessions, sent to "
                 "Orla"],
                ["Domain 2: Parents' and carers' capacity", H, H, H, H],
                ["4",
                 "Home visits, seeing Daniel on his own and Niamh with Aoife; one visit a month unannounced",
                 "Orla Kearney, social worker",
                 "Weekly until the review CPCC",
                 "Visit records on the children's file within 2 working days, with Daniel's words"],
                ["5",
                 "Treatment for Aoife's postnatal depression at home, and a written report on her mood, how it "
                 "affects her care of Daniel and Niamh, her capacity to change and the likely timescale",
                 "Lorraine Boyd, CPN, with Dr Sinéad Mulholland, Clonavarra Trust Perinatal Mental Health Service",
                 "Fortnightly from 20/01/2026; report by 05/03/2026",
                 "EPDS score at each visit sent to Orla; written report to core group 2 (26/02/2026) and "
                 "updated for the review CPCC"],
                ["6",
                 "Safety planning with Aoife for herself and the children, and the 12-week recovery programme",
                 "Aisling Doran, outreach worker, Clonavarra Women's Aid",
                 "Safety plan by 30/01/2026; programme weekly from 05/02/2026",
                 "Signed safety plan copied to Orla; programme attendance record sent monthly"],
                ["7",
                 "Ryan will complete the Clonavarra Men's Domestic Abuse Programme",
                 "Ryan Toner",
                 "Weekly for 24 weeks from 03/02/2026",
                 "Facilitator's progress report to Orla before each core group"],
                ["8",
                 "Supervise contact between Ryan and the children at Clonavarra Family Centre and stop it if Ryan "
                 "is abusive or under the influence",
                 "Maria Devine, contact supervisor, Clonavarra Family Centre",
                 "Every Saturday, 10am to 12 noon, from 24/01/2026",
                 "Contact recording sheet sent to Orla within 2 working days of each contact"],
                ["Domain 3: Family and environmental factors", H, H, H, H],
                ["9",
                 "Tell the social worker of any breach of Ryan's bail or of the non-molestation order, and any "
                 "call to Glebe Park",
                 "DC Janine Ross, PSNI Public Protection Branch (Clonavarra)",
                 "Within 24 hours of any incident",
                 "PSNI notification on the children's file"],
                ["10",
                 "Weekly home visits through the Family Support Hub: play with Niamh and Daniel, baby routines, "
                 "and linking Aoife with the Clonavarra parent and baby group",
                 "Ciara Byrne, family support worker, Clonavarra Sure Start",
                 "Weekly for 12 weeks from 22/01/2026",
                 "Ciara's visit notes and a routine chart shared with Orla monthly; group register"],
                ["11",
                 "Collect Daniel from school and give the children their tea on Aoife's appointment days",
                 "Bernie Quinn (maternal grandmother)",
                 "Every Tuesday and Thursday, 2.30pm to 6pm",
                 "School's collection log; Bernie texts Orla if Aoife was not home by 6pm"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Ryan comes to Glebe Park or contacts Aoife in breach of his bail or the non-molestation order, "
            "Aoife will ring 999; PSNI will attend and arrest; Orla (or the Regional Emergency Social Work "
            "Service out of hours) will hold a strategy discussion with PSNI the same day, and Women's Aid will "
            "offer Aoife and the children a refuge place.",
            "If Aoife tells anyone she has thoughts of harming herself or the children, or stays in bed and "
            "cannot care for them, the perinatal service will see her within 24 hours and Bernie will move into "
            "Glebe Park to care for Daniel and Niamh until the perinatal service says Aoife is well enough.",
            "If Bernie cannot care for the children or collect Daniel (she is ill, away, or it becomes too "
            "much), she will ring Orla; the school will keep Daniel until Aoife or Orla collects him, and if no "
            "safe adult can care for the children that night, Orla will arrange an emergency foster placement "
            "for them together.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If Aoife lets Ryan back into the house, contact happens outside the family centre, or the "
              "perinatal service's report says Aoife is unlikely to make the changes needed in Niamh's timescale, "
              "Declan Hughes (Senior Practitioner) will request a Legal Planning Meeting with the Trust's legal "
              "advisers within 5 working days to decide whether to apply for a Care Order under Article 50 of "
              "the Children (Northern Ireland) Order 1995. If the children are at immediate risk, the Trust will "
              "apply for an Emergency Protection Order under Article 63."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group: every four weeks at Clonavarra Family Centre at 10am, on 29/01/2026, 26/02/2026 and "
            "26/03/2026. Aoife and Bernie are members; Ryan attends the second half of each meeting.",
            "Review Child Protection Case Conference: 14/04/2026 at 10am, Clonavarra Trust Headquarters.",
        ]),
        ("p", "Plan sent to Aoife, Ryan (with the address details removed) and all core group members on "
              "16/01/2026."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Northern Ireland: record of a Review Child Protection Case Conference
#    with its recommendations as the plan; the family moving to England.
#    Page header and footer (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_creggandoon_review_cpcc_record_recommendations_gormley.pdf",
    "doc_title": "Record of Review Child Protection Case Conference - Chloe and Oisin Gormley",
    "split": "heldout",
    "actions": 10,
    "min_pages": 2,
    "header": "IN CONFIDENCE · Creggandoon Health and Social Care Trust · Review CPCC: Chloe and Oisín Gormley",
    "footer": "Record issued 30/01/2026 · Page {PAGE} of {NUMPAGES}",
    "template": "ni-review-cpcc-record-paged-header-footer-numbered-sections-attendance-list-progress-since-icpcc-unocini-update-by-domain-childrens-views-not-obtained-decision-transfer-then-outcomes-then-recommendations-table-ref-recommendation-lead-date-outcome-indicator-then-contingency-core-group-next-review",
    "description": (
        "Record of a Northern Ireland Review Child Protection Case Conference for a 12-year-old girl and a "
        "9-year-old boy (neglect, their mother's drinking; police twice found her drunk and the children "
        "without tea), whose mother plans to move with them to an English council in March. Numbered "
        "sections (attendance, progress since the ICPCC, a UNOCINI update by domain, the children's views, "
        "the decision, the transfer), outcomes, then the conference's recommendations as the plan (Ref / "
        "Recommendation / Lead / Date / Outcome indicator). Faults: the children's views were not obtained "
        "and nothing records their wishes, feelings or experience (F003); the mother's row at the "
        "addiction team measured by 'Engagement with the service' (M002); the school nurse's health "
        "assessment with no date (T001); the family support worker's budgeting and morning routine work "
        "'As required' (T002); Oisín's speech and language assessment handed to the receiving council to "
        "request after the transfer (X001); and no legal planning if nothing changes (R002)."
    ),
    "blocks": [
        ("title", "Record of Review Child Protection Case Conference"),
        ("p", "Creggandoon Health and Social Care Trust · Children's Services · Family Intervention Team "
              "(Creggandoon South)"),
        ("kv", [
            ("Children", "Chloe Gormley, DOB 08/09/2013 (12), Year 8, Creggandoon High School; Oisín Gormley, "
                         "DOB 21/04/2016 (9), P5, Creggandoon Primary School"),
            ("Address", "17 Mill Brae, Creggandoon CR3 5TD"),
            ("Mother", "Lisa Gormley (38)"),
            ("Conference", "Review CPCC, 22/01/2026, Creggandoon Trust Offices. Initial CPCC held 16/10/2025."),
            ("Chair", "Michael Devenney, Principal Social Worker"),
            ("Social worker", "Kerry-Ann Doherty, Family Intervention Team; Senior Practitioner Anne Marie "
                              "Keenan"),
            ("Register", "Chloe and Oisín, Child Protection Register since 16/10/2025, category neglect"),
        ]),
        ("h1", "1. Attendance"),
        ("p", "Michael Devenney (Chair); Kerry-Ann Doherty (SW); Anne Marie Keenan (Senior Practitioner); Lisa "
              "Gormley (mother); Mr Conor Brady (designated teacher, Creggandoon High School); Mrs Eileen Hagan "
              "(designated teacher, Creggandoon Primary School); Fiona Magee (school nurse, Creggandoon Trust "
              "School Health Team); Martin Coyle (key worker, Creggandoon Community Addiction Team); DC Neil "
              "Burns (PSNI Public Protection Branch); minute taker Claire Rooney. Apologies: Dr Brendan Rice (GP)."),
        ("h1", "2. Progress since the initial conference"),
        ("p", "Lisa has attended 3 of 8 appointments with the Community Addiction Team. PSNI attended the house "
              "on 24/11/2025 and 28/12/2025 and on both occasions found Lisa intoxicated and no food prepared "
              "for the children. Chloe's attendance since October is 71% and Oisín's is 84%. Oisín has not had "
              "a dental check since 2022. Lisa has reduced her rent arrears with the Housing Executive."),
        ("h1", "3. UNOCINI update"),
        ("h2", "3.1 The child's needs"),
        ("p", "Both children are behind with their school work because of absence. Oisín has a stammer that his "
              "teacher thinks has got worse this year, and has not been assessed."),
        ("h2", "3.2 Parents' and carers' capacity"),
        ("p", "Lisa drinks vodka most evenings and accepts that \"it's got out of hand since Christmas\". She "
              "loves the children and wants to keep them, and says a fresh start in England will help her stop."),
        ("h2", "3.3 Family and environmental factors"),
        ("p", "Lisa's new partner, Gary Fenton, lives in Callendish, England. Lisa intends to move there with "
              "the children in March 2026. Lisa's sister, Tracey Gormley, lives in Creggandoon."),
        ("h1", "4. The children's views"),
        ("p", "Not obtained for this review. Chloe and Oisín were not seen alone before the conference; the "
              "social worker's planned visit on 19/01/2026 was cancelled because of sickness."),
        ("h1", "5. Decision"),
        ("p", "The conference agreed that Chloe and Oisín remain at risk of significant harm through neglect. "
              "Their names remain on the Child Protection Register under the category of neglect."),
        ("h1", "6. Transfer"),
        ("p", "Kerry-Ann will notify Callendish Children's Services of the planned move and ask them to hold a "
              "transfer-in conference. Until that conference the Trust keeps responsibility for this plan."),
        ("h1", "7. Outcomes for Chloe and Oisín"),
        ("numbers", [
            "Chloe and Oisín are cared for by a sober adult every day and every night.",
            "Chloe and Oisín are in school every day and on time, and catch up with their work.",
            "Oisín's health, teeth and speech needs are checked and met.",
        ]),
        ("h1", "8. Recommendations (the child protection plan)"),
        ("table", {
            "header": ["Ref", "Recommendation", "Lead", "Date", "Outcome indicator"],
            "widths": [1.1, 6.1, 3.6, 2.8, 3.4],
            "rows": [
                ["R1",
                 "Home visits to see Chloe and Oisín, each on their own, and the home; at least one a month "
                 "unannounced",
                 "Kerry-Ann Doherty (SW)",
                 "Fortnightly until the transfer-in conference",
                 "Visit records on the children's file within 3 working days"],
                ["R2",
                 "Lisa to engage with the Creggandoon Community Addiction Team and reduce her drinking",
                 "Lisa Gormley",
                 "Weekly appointments from 26/01/2026",
                 "Engagement with the service"],
                ["R3",
                 "Complete a full alcohol assessment of Lisa and report on her drinking and whether she can "
                 "reduce it in the children's timescale",
                 "Martin Coyle, key worker, Creggandoon Community Addiction Team",
                 "By 27/02/2026",
                 "Written report to the SW and the core group by 27/02/2026"],
                ["R4",
                 "First-day call to Lisa, then the SW, if Chloe is not in school by 9.15am",
                 "Mr Conor Brady, designated teacher, Creggandoon High School",
                 "Every school day",
                 "Attendance sent to the SW every Friday; 90% by the Easter holidays"],
                ["R5",
                 "Breakfast club place for Oisín, and a call to the SW if he is not in by 9.15am",
                 "Mrs Eileen Hagan, designated teacher, Creggandoon Primary School",
                 "Every school day from 26/01/2026",
                 "Breakfast club register and attendance sent to the SW every Friday"],
                ["R6",
                 "Health assessment for Oisín, including registering him with a dentist",
                 "Fiona Magee, school nurse",
                 "",
                 "Health assessment form and dental registration letter sent to the SW"],
                ["R7",
                 "Help Lisa with budgeting and a morning routine so that Chloe and Oisín are up, fed and out to "
                 "school on time",
                 "Bronagh Rafferty, family support worker, Creggandoon Family Works",
                 "As required",
                 "Routine chart and worker's notes sent to the SW every fortnight"],
                ["R8",
                 "Share any call to 17 Mill Brae, and any incident involving Lisa, with the SW",
                 "DC Neil Burns, PSNI Public Protection Branch",
                 "Within 24 hours of any incident",
                 "PSNI notification on the children's file"],
                ["R9",
                 "Speech and language therapy assessment for Oisín's stammer to be requested by the receiving "
                 "authority after the case transfers",
                 "Callendish Children's Services",
                 "Within 4 weeks of the transfer-in conference",
                 "Speech and language therapy assessment report"],
                ["R10",
                 "Send the children's records and this plan to Callendish Children's Services and request a "
                 "transfer-in conference",
                 "Kerry-Ann Doherty (SW)",
                 "Within 5 working days of Lisa confirming her moving date",
                 "Callendish's written acknowledgement and the transfer-in conference date on file"],
            ],
        }),
        ("h1", "9. Contingency"),
        ("p", "If Lisa is found under the influence of alcohol while she is caring for the children, or the "
              "children are found at home without an adult after 8pm, they will stay that night with their aunt, "
              "Tracey Gormley, and the SW (or the Regional Emergency Social Work Service out of hours) will hold "
              "a strategy discussion with PSNI the same day. If Tracey cannot have them, the Trust will place "
              "the children together with Trust foster carers that night."),
        ("h1", "10. Core group and next review"),
        ("bullets", [
            "Core group every four weeks at Creggandoon Trust Offices, 2pm: 05/02/2026, 05/03/2026 and "
            "02/04/2026, until the transfer-in conference.",
            "Next Review CPCC: 23/04/2026 at 10am, Creggandoon Trust Offices, unless the transfer-in conference "
            "in Callendish has been held before then.",
        ]),
    ],
    "findings": [
        F("F003"),
        F("M002", "Lisa to engage with the Creggandoon Community Addiction Team"),
        F("T001", "Health assessment for Oisín, including registering him with a dentist"),
        F("T002", "Help Lisa with budgeting and a morning routine so that"),
        F("X001", "Speech and language therapy assessment for Oisín's stammer"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. England: a London borough's Signs of Safety child protection plan, the
#    family's rules and the professionals' next steps. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b225_calvington_sos_danger_goal_family_rules_next_steps_adeyemi.md",
    "split": "heldout",
    "actions": 11,
    "template": "london-borough-signs-of-safety-cp-plan-md-details-table-what-are-we-worried-about-harm-danger-statement-complicating-factors-whats-working-well-safety-goal-bottom-lines-three-houses-and-wizard-scaling-table-then-family-rules-table-rule-who-makes-sure-when-how-well-know-then-professionals-next-steps-what-who-by-when-how-we-will-know-then-what-happens-if-legal-planning-meetings",
    "description": (
        "Exemplary Signs of Safety child protection plan in a London borough's form after an initial "
        "conference for an 8-year-old boy and a 5-year-old girl: the boy came to school with belt-shaped "
        "bruises and said his father hit him for lying about homework; the father accepted it, saying it "
        "is how he was raised, and the police took no further action. Harm, a danger statement, "
        "complicating factors, what is working well, a safety goal and the local authority's bottom "
        "lines, Tobi's Three Houses and Feyi's Wizard, a scaling table, then the safety plan as the "
        "family's rules (Rule / Who makes sure / When / How we'll know) and the professionals' next steps "
        "(What / Who / By when / How we will know). Every rule and step has a named owner, a real time "
        "and a check someone can see or read; the aunt's and the church elder's parts have a fallback; "
        "a legal planning meeting on the PLO follows named triggers; core group dates and the review "
        "conference are set."
    ),
    "text": """\
# London Borough of Calvington
## Children and Families Service - Child Protection Plan (Signs of Safety)

| | |
|---|---|
| **Children** | Tobi Adeyemi (8), DOB 11/03/2017, Year 4; Feyi Adeyemi (5), DOB 30/09/2020, Year 1; both at Calvington Park Primary School |
| **Parents** | Olumide Adeyemi (41), Dad; Funke Adeyemi (37), Mum; 28 Chandos Road, Calvington, London CN9 4QS |
| **Safety network** | Auntie Bisi (Bisi Okonkwo, Funke's sister), Mrs Grace Adebiyi (church elder, Christ Light Church, Calvington), Ms Priya Shah (DSL, Calvington Park Primary) |
| **Conference** | Initial child protection conference, 14/01/2026; both children subject to a child protection plan, category physical abuse |
| **Chair** | Simone Clarke, Child Protection Chair, Calvington Safeguarding and Quality Assurance Service |
| **Social worker** | Jessica Tam, Calvington Assessment and Intervention Team (Team Manager: Marcus Bell) |

### What are we worried about?

**Harm.** On 02/12/2025 Tobi's teacher saw bruises on his thigh when he changed for PE. Tobi told her,
and then Ms Shah, that Dad had hit him with his belt the night before "because I lied about my
homework". A child protection medical at Calvington University Hospital on 03/12/2025 found six linear
bruises on his thigh and lower back, consistent with being hit with a belt. Olumide told Jessica and the
police that he did hit Tobi, that he has smacked both children with his hand "when they are rude", and
that this is how he was raised in Lagos. The Metropolitan Police took no further action on 09/01/2026
after Olumide's voluntary interview.

**Danger statement.** Children's Social Care, the school and the police are worried that when Olumide
is angry with Tobi or Feyi about their behaviour or school work, he may hit them with a belt or his
hand, that they could be badly hurt, and that they will grow up frightened of their dad and believing
they are bad children.

**Complicating factors.** Olumide works long shifts as a security supervisor and is often tired when he
checks homework. Funke says she has "never been able to stop him" and has sometimes taken the children
out of the room. The family has no relatives in London apart from Bisi.

### What's working well?

- Olumide told the truth about what he did, and has not hit either child since 02/12/2025 (Tobi and
  Feyi have said the same to Jessica on their own).
- Funke took Tobi to school the morning after, knowing the bruises might be seen.
- Bisi and Mrs Adebiyi came to the family network meeting on 08/01/2026 and both offered to help.
- Tobi and Feyi are loved, well cared for, doing well at school, and close to each other.

### Safety goal (what will be different for Tobi and Feyi)

Children's Social Care, the school and the children's network will be confident that Tobi and Feyi
are safe when, for at least six months, Olumide deals with his anger and the children's behaviour
without ever hitting or hurting them, Funke steps in whenever he is angry, and Tobi and Feyi know and
can tell the adults in their safety network if anyone hurts or frightens them.

### Bottom lines (from Children's Social Care)

- No one will hit, smack or use a belt or any object on Tobi or Feyi.
- If either child is hurt or says they have been hit, the network tells Jessica the same day.

### What Tobi and Feyi say

**Tobi's Three Houses** (with Jessica at school, 07/01/2026). *House of Worries:* "Dad's belt. When
Dad checks my spellings and I get them wrong." *House of Good Things:* "Football with Dad on Saturdays.
Auntie Bisi's jollof. My sister." *House of Dreams:* "Dad is never angry and we go to Nigeria on the
plane." Tobi said: "I don't want Dad to go away. I just want him to stop the belt."

**Feyi's Wizard** (at home, 09/01/2026). *What makes her sad:* "When Tobi cries." *What makes her
happy:* "Mummy's cuddles and Sunday club." *Her wish:* "Everybody is kind in my house." Feyi said
Daddy "smacks my hand when I'm rude, but not the belt".

### Scaling (0 = Tobi and Feyi will be hit again; 10 = everyone is confident they are safe)

| Who | Score at conference |
|---|---|
| Olumide | 7 |
| Funke | 6 |
| Bisi | 6 |
| Ms Shah (school) | 4 |
| Jessica Tam (SW) | 3 |
| Simone Clarke (Chair) | 3 |

### The safety plan: our family's rules

Agreed by Olumide, Funke, Bisi and Mrs Adebiyi at the network meeting on 08/01/2026 and confirmed at
conference. The family safety book is a notebook kept in the kitchen drawer.

| Rule | Who makes sure | When | How we'll know |
|---|---|---|---|
| 1. Dad will not hit, smack or use a belt or any object on Tobi or Feyi, for any reason. | Olumide (Dad) | Every day, from 14/01/2026 | Tobi and Feyi asked on their own by Jessica at every visit; any mark seen at school reported to Jessica the same day |
| 2. When Dad feels angry with the children, he says "I need a minute", leaves the room and texts Bisi, and Mum takes over. | Olumide, with Funke (Mum) | Every time he feels angry, from 14/01/2026 | Each time written in the family safety book; Bisi keeps the texts and shows Jessica weekly |
| 3. Homework and spellings are done with Mum or Auntie Bisi, not Dad, until the review conference. | Funke (Mum) | Every school night until 09/04/2026 | Reading record signed by Funke or Bisi; Tobi's teacher sends Jessica a note each Friday |
| 4. Auntie Bisi comes to tea, asks Tobi and Feyi the "three questions" (Has anyone hurt you? Is anything worrying you? What made you happy today?) and writes the answers in the family safety book. | Bisi Okonkwo (Auntie Bisi) | Every Tuesday and Friday, 5pm to 8pm | Family safety book read by Jessica at each visit; Bisi rings Jessica the same day if the children tell her something worrying |
| 5. Mrs Adebiyi takes Tobi and Feyi to Sunday children's club and has a few minutes with each of them on their own. | Mrs Grace Adebiyi (church elder) | Every Sunday, 10am to 1pm | Mrs Adebiyi writes a line in the family safety book each Sunday; she rings Jessica the same day if worried |

### What the professionals will do next

| What | Who | By when | How we will know |
|---|---|---|---|
| Make a Words and Pictures story with the family explaining to Tobi and Feyi why Jessica is involved and what the rules are | Jessica Tam (SW) | By 06/02/2026 | The Words and Pictures book is read with the children and the family; a copy on file; Tobi can retell it in his own words |
| Home visits, seeing each child on their own, with one visit a fortnight unannounced | Jessica Tam (SW) | Weekly until the review conference | Visit records on the child's file within 2 working days, with the children's words |
| Individual sessions with Olumide on anger, discipline without hitting and what the children told us, respecting the family's culture and faith | Kwame Asante, family practitioner, Calvington Family Hub | Weekly for 8 sessions from 22/01/2026 | Session notes and Olumide's anger log shared with Jessica; end-of-work report by 20/03/2026 |
| The 10-week Calvington Calm Parenting programme for both parents | Olumide and Funke | Wednesdays, 6pm to 8pm, from 28/01/2026 | Facilitator's attendance record and end-of-course report sent to Jessica |
| Check in with Tobi and Feyi each morning, and tell Jessica (or the Calvington MASH) the same day about any mark, injury or anything the children say about being hit | Ms Priya Shah, DSL, Calvington Park Primary School | Every school day | Entries on the school's safeguarding record, summarised to Jessica every Friday |
| Ten play therapy sessions with Tobi about what happened and his feelings about Dad | Lauren Pike, play therapist, Calvington Mental Health Support Team in Schools | Weekly from 28/01/2026 | Strengths and Difficulties Questionnaire at the first and last sessions; end report to Jessica |

### What happens if ...

- **Either child has a mark or injury, or says anyone has hit them:** the adult who sees or hears it
  rings Jessica (or the Calvington MASH, or the Emergency Duty Team out of hours) straight away. A
  strategy discussion with the police is held the same day. Olumide leaves the house that day to stay
  with his brother Tunde in Calvington while the children stay at home with Funke; if Funke cannot keep
  them safe, they stay with Bisi, and if Bisi cannot have them, Jessica arranges an emergency foster
  placement for them together that day.
- **Bisi or Mrs Adebiyi cannot do their part** (illness, travel, or it becomes too much): they tell
  Jessica the same day. Jessica arranges for a family support worker from Calvington Family Hub to visit
  on Bisi's evenings, and Funke takes the children to Sunday club herself, until a network meeting held
  within 5 working days finds someone else.
- **Legal planning:** if Olumide hits either child again, or the family rules are broken twice (in the
  family safety book or told to Jessica), Marcus Bell (Team Manager) will request a legal planning meeting
  within 5 working days to decide whether to start pre-proceedings under the Public Law Outline.

### Meetings

- Core group: every four weeks at Calvington Park Primary School, 4pm: 28/01/2026, 25/02/2026 and
  25/03/2026. The safety network is invited.
- Review child protection conference: 09/04/2026 at 10am, Calvington Town Hall.

Plan shared with Olumide, Funke, Bisi and Mrs Adebiyi on 15/01/2026; Tobi and Feyi have their own
Words and Pictures copy.
""",
    "findings": [],
})
