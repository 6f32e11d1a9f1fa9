"""Batch 224, module a: seven fictional plans (tuning material), places beginning with "a".

Batch: 224. Letter: a. Split: tune (every plan).

Everything here is made up: children, parents, relatives, professionals,
schools, nurseries, hospitals, health boards, Health and Social Care Trusts,
police units, services and councils (Auchterdrum, Abergwernydd, Aughnacraig,
Arnclavie, Aberfelin, Altnacoyle, Ashmanby and the villages and towns around
them). Any resemblance to real people, places or cases is a coincidence. The
labels were written by hand from docs/rules.md and the conventions in
sample_plans/README.md (conventions 1 to 13), without running planlint or
reading its code.

Focus: plans from the four nations' own child protection systems, each in
its own forms and words. Scotland (GIRFEC): a Child Protection Plan after a
Child Protection Planning Meeting, the Named Person and the Lead
Professional, the Child Protection Register, the wellbeing indicators and the
My World Triangle, the Core Group and the Review CPPM, an Inter-agency
Referral Discussion, a Young Carer Statement, a Child Protection Order and a
referral to the Children's Reporter. Wales: a Care and Support Protection Plan
under the Social Services and Well-being (Wales) Act and the Wales
Safeguarding Procedures, "what matters" conversations, personal outcomes, the
five elements of the assessment, Welsh / English headings, a Legal Gateway
meeting and the Public Law Outline. Northern Ireland: plans after an initial
and a review Child Protection Case Conference, UNOCINI domains, the Gateway
team, the Family Support Hub, the Health and Social Care Trust, the Child
Protection Register, a Legal Planning Meeting on an order under the Children
(NI) Order 1995, and a family moving to a Scottish council. England: a
county's Signs of Safety variant (danger statements, safety goals, the
network's family safety rules and next steps, scaling, Three Houses), with
PLO pre-proceedings after named triggers. Owners, times and checks are
given in each system's words ("Lead Professional", "Named Person (HT)", "by
the Review CPPM", "at each Core Group", "before the review case conference",
"recorded in the chronology and shared with the LP").

Four plans are exemplary (1, 3, 5 and 7); the other three carry a handful of
realistic faults each, written in the system's voice as confidently as the
good parts.

1. Scotland: Auchterdrum Council's Child Protection Plan after an initial
   CPPM for an 8-year-old young carer and his 2-year-old sister whose mother
   has bipolar disorder (a relapse and an informal admission): details
   grid, the My World Triangle as a table, the children's views, outcomes
   tagged by wellbeing indicator, then a landscape action table (Ref / What
   will be done / Lead / By when or how often / How we will know it is
   making a difference / Wellbeing indicators); the CPN and the consultant
   psychiatrist report on the mother's capacity to change, the gran's part
   has a fallback, a CPO and a Reporter referral follow named triggers
   (docx, exemplary);
2. Wales: Abergwernydd's reviewed Care and Support Protection Plan for a
   9-year-old and a 5-year-old whose mother drinks, set out in the five
   elements of the Welsh assessment (personal circumstances, personal
   outcomes, barriers, risks, strengths) then a delivery plan keyed by
   personal outcome number, printed with a page header and footer (pdf):
   faults are a routines row with an empty timescale, a passive school
   nurse referral with "-" for who, a nurture group row with an empty
   evidence cell, a personal outcome about the mother only, the mother's
   drinking with no adult service owning any step, and the review
   conference "to be arranged" (T001, W001, M001, F002, F004, R001);
3. Northern Ireland: Aughnacraig Health and Social Care Trust's Child
   Protection Plan after an initial Child Protection Case Conference for a
   10-year-old and a 3-year-old after domestic abuse by a father who uses
   cocaine: registration details, the Gateway team's route, UNOCINI
   summary, the children's views, outcomes, then one action table with
   UNOCINI domain banner rows (No. / Action required / Person and agency
   responsible / Timescale / Outcome indicator), a paternal grandmother
   supervising contact with a fallback, a Legal Planning Meeting after named
   triggers; page header and footer (pdf, exemplary);
4. Scotland: Arnclavie Council's case-system print of a Child Protection Plan
   after a Review CPPM for a 9-year-old and a 4-year-old whose mother has
   depression, tasks grouped under wellbeing indicators with Responsible /
   Target / Measure of success fields (txt): faults are the Named Person's
   check-ins "As required", the health visitor's visits measured by
   "Monitored at Core Group", "Core Group members" sharing concerns, the
   CPN's support for the mother with no view on change, no fallback if the
   gran and aunt cannot help, and no legal step (T002, M002, W002, H001,
   C003, R002);
5. Wales: Aberfelin's Care and Support Protection Plan for a 4-month-old
   baby whose young mother, a care leaver, has postnatal depression:
   Welsh / English headings, the "what matters" conversations, the baby's
   day as seen, then a personal outcome per heading with numbered steps
   and Pwy / Pryd / Sut byddwn ni'n gwybod lines, the perinatal team
   assessing change, the former foster carer's part with a fallback, a
   Legal Gateway meeting after named triggers (md, exemplary);
6. Northern Ireland: Altnacoyle Health and Social Care Trust's plan after a
   review Child Protection Case Conference for a 12-year-old and a 7-year-old
   whose family are moving to a Scottish council, actions numbered under
   UNOCINI domain headings with Lead / By / Evidence run-in labels (md):
   faults are a parenting assessment handed to the receiving council, the
   Family Support Hub's link "when appropriate", counselling evidenced by
   "engagement", "All agencies" sharing information, and a contingency that
   only says the plan will be reviewed if there are further concerns
   (X001, T002, M002, W002, C002);
7. England: Ashmanby County Council's Signs of Safety child protection
   plan for a 6-year-old and a 10-month-old whose father drinks: danger
   statements, safety goals, what's working well, scaling, the children's
   Three Houses and the baby's day, the safety network, then the family
   safety rules and the next steps as tables (Rule or step / Who / When /
   How the network will know), the recovery service assessing change, the
   grandparents' part with a fallback, PLO pre-proceedings after named
   triggers (docx, exemplary).

Every exemplary plan gives each action a named owner (by name, role, the
Named Person or Lead Professional, or the service), a real timescale (a date,
a frequency, "by the Review CPPM", "before each Core Group", an event) and a
real check (a record kept and shared, a score, a test result, a letter on
file); every outcome is about the child; each has the child's voice (a baby's
day as seen), a contingency with specific triggers, a concrete protective
response and a fallback for any relative's help, legal planning in that
nation's form after named triggers, core group dates or frequency and a
dated review meeting, and, where a parent is ill or misuses alcohol or drugs,
an adult service owning work and asked for its view of the parent's
capacity to change and how long it would take.

Counting convention used for "actions" (README convention 1): each row of an
action table (banner rows, header rows and a details grid excepted), each
numbered task of the case-system print, each numbered step of a personal
outcome (its Pwy / Pryd / Sut lines belong to it), each numbered action under
a UNOCINI heading and each safety rule and next step of the Signs of Safety
plan counts once. The My World Triangle table, the five elements of the Welsh
assessment, UNOCINI summaries, worries, what is working well, scaling, the
children's words, outcomes, contingency, legal planning and meeting dates are
not actions.
"""
from build_batch5 import F, H, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: Auchterdrum Council, Child Protection Plan after an initial
#    CPPM. My World Triangle table, outcomes tagged by wellbeing indicator,
#    landscape action table with a wellbeing indicators column. Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_auchterdrum_cppm_my_world_triangle_indicator_column_mathieson.docx",
    "doc_title": "Child Protection Plan - Rory and Maisie Mathieson (initial CPPM 10/11/2025)",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "scotland-girfec-child-protection-plan-docx-landscape-initial-cppm-details-grid-named-person-per-child-lead-professional-register-then-my-world-triangle-three-sides-going-well-worried-table-then-what-rory-says-and-maisies-day-outcomes-tagged-by-wellbeing-indicator-then-ref-what-will-be-done-lead-by-when-how-we-will-know-indicator-column-then-contingency-ird-cpo-legal-advice-reporter-core-group-review-cppm",
    "description": (
        "Exemplary Scottish Child Protection Plan after an initial Child Protection Planning Meeting "
        "for an 8-year-old boy who has been caring for his 2-year-old sister while their mother, who "
        "has bipolar disorder, relapsed (she stopped her lithium and was admitted informally for nine "
        "days). A details grid with each child's Named Person and the social worker as Lead "
        "Professional, the My World Triangle as a table, Rory's own words and Maisie's day as seen, "
        "outcomes tagged by wellbeing indicator, then a landscape action table (Ref / What will be "
        "done / Lead / By when or how often / How we will know it is making a difference / Wellbeing "
        "indicators). The CPN and the consultant psychiatrist both report on the mother's capacity to "
        "change and its likely timescale; the gran's after-school part has a fallback (the father when "
        "onshore, then council foster carers); the contingency names an IRD and a Child Protection "
        "Order; legal advice and a referral to the Children's Reporter follow named triggers; Core "
        "Group dates and the Review CPPM are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Auchterdrum Council · Children and Families Social Work (East) · Getting it right for every "
              "child. Agreed at the initial Child Protection Planning Meeting (CPPM) on 10/11/2025 and "
              "written up by the Lead Professional on 12/11/2025."),
        ("table", {
            "rows": [
                ["Children", "Rory Mathieson, DOB 03/04/2017 (8), P4, Auchterdrum Primary School. "
                             "Maisie Mathieson, DOB 22/08/2023 (2 years 2 months)"],
                ["Address", "Flat 2/2, 14 Craigour Court, Auchterdrum"],
                ["Mum", "Gemma Mathieson (29). Bipolar disorder, diagnosed 2019; under the Auchterdrum "
                        "Community Mental Health Team"],
                ["Dad", "Ryan Brodie (33), works offshore, two weeks on and two weeks off; flat in "
                        "Auchterdrum"],
                ["Gran", "Agnes Mathieson (61), Gemma's mum, 3 Lintmill Row, Auldbreck (ten minutes by car)"],
                ["Named Person", "Rory: Mrs Lorna Baird, Head Teacher, Auchterdrum Primary School (Named "
                                 "Person (HT)). Maisie: Lynne Cowie, Health Visitor, Auchterdrum Health Centre"],
                ["Lead Professional", "Fiona Gallacher, social worker (Team Manager: Graham Shand)"],
                ["CPPM", "Initial CPPM, 10/11/2025. Chair: Elaine Cuthbert, Child Protection Chair"],
                ["Register", "Both children's names placed on the Child Protection Register. Concerns "
                             "recorded: neglect; parental mental ill health; a young carer's unmet needs"],
                ["Review CPPM", "10/02/2026, 10am, Auchterdrum House"],
            ],
            "widths": [4.5, 21.2],
            "bold_first_col": True,
        }),
        ("h1", "Why Rory and Maisie need a Child Protection Plan"),
        ("p", "Gemma stopped taking her lithium in September. On 28/10/2025 Rory told his teacher that Mum had "
              "\"not slept for three days\" and was painting the kitchen at night. On 30/10/2025 police called "
              "to the flat at 11pm found Rory (8) and Maisie on their own; Gemma had gone out \"walking to clear "
              "her head\" and came back an hour later. Maisie had a sore nappy rash and there was little food "
              "in the flat. An Inter-agency Referral Discussion was held on 31/10/2025. Gemma agreed to an "
              "informal admission to Ward 4, Auchterdrum Royal Infirmary, from 31/10/2025 to 08/11/2025; the "
              "children stayed with Agnes. Gemma has been home since 08/11/2025 and is back on lithium."),
        ("h1", "My World Triangle: what we know"),
        ("table", {
            "header": ["Side of the triangle", "What is going well", "What we are worried about"],
            "widths": [5.0, 10.3, 10.4],
            "rows": [
                ["How I grow and develop",
                 "Rory is a bright, chatty boy who loves football and reading about animals. Maisie is "
                 "walking, says about 30 words and is on the 50th centile for weight.",
                 "Rory is tired in class and says he stays awake \"to listen for Mum\". Maisie's speech has "
                 "not moved on since the summer and she missed her 27-30 month review."],
                ["What I need from the people who look after me",
                 "Gemma loves her children and is warm with them when she is well. She asked for help "
                 "herself on 31/10/2025. Agnes has cared for the children many times and knows their "
                 "routines.",
                 "When Gemma is unwell she sleeps little, goes out at night and forgets meals and nappies. "
                 "Rory then makes Maisie's tea and puts her to bed. Gemma stopped her lithium without "
                 "telling anyone."],
                ["My wider world",
                 "Rory has friends at school and at Auchterdrum Colts football on Saturdays. Ryan phones "
                 "the children when he is offshore.",
                 "Gemma has rent arrears and the flat is two floors up with no lift. Agnes is due a hip "
                 "replacement in February 2026 and will not be able to drive for six weeks."],
            ],
        }),
        ("h1", "What Rory and Maisie tell us"),
        ("p", "Rory (seen on his own at school by Fiona on 05/11/2025): \"When Mum's poorly I do Maisie's tea and "
              "put the telly on for her. I don't mind, she's my wee sister.\" \"I don't like it when Mum goes "
              "out in the dark.\" \"I want Mum to take her medicine so she doesn't go to hospital again.\" He "
              "likes Gran's \"because she makes mince and tatties and I can just play\". He put home at 5 out of "
              "10 and Gran's at 9. He wants to keep living with Mum and to keep going to football."),
        ("p", "Maisie is 2. At Agnes's house on 04/11/2025 she followed Rory from room to room, said \"Ro-Ro\" "
              "and \"Nana\", and went to Rory, not to an adult, when she bumped her head. She ate two helpings "
              "of soup. At the flat on 09/11/2025 she was quiet and clung to Gemma's leg, and settled when "
              "Gemma sat on the floor and sang to her."),
        ("p", "Gemma said: \"I know I stopped my tablets because I felt great. I won't do it again. I don't want "
              "Rory looking after Maisie, that's my job.\" Agnes said she will help \"for as long as it takes\" "
              "but is worried about her operation."),
        ("h1", "What we want for Rory and Maisie"),
        ("bullets", [
            "SAFE: Rory and Maisie are never left without an adult, and are looked after every day by an adult "
            "who is well enough to care for them.",
            "HEALTHY: Maisie keeps growing on her centile and her speech catches up; Rory sleeps through the "
            "night without listening for his mum.",
            "ACHIEVING: Rory is at school every day, on time and not tired in class.",
            "NURTURED: Rory and Maisie have the same meals, bath and bedtime routines whether their mum is "
            "well or not.",
            "RESPECTED and RESPONSIBLE: Rory's views are heard, and he no longer has to look after Maisie or "
            "his mum.",
            "ACTIVE and INCLUDED: Rory keeps playing football on Saturdays, and Maisie plays with other "
            "children her age every week.",
        ]),
        ("h1", "The plan"),
        ("p", "Each action has one lead, a time, and what we will see if it is making a difference. The Lead "
              "Professional co-ordinates the plan and brings the evidence to each Core Group."),
        ("table", {
            "header": ["Ref", "What will be done", "Lead", "By when / how often",
                       "How we will know it is making a difference", "Wellbeing indicators"],
            "widths": [1.2, 7.4, 4.3, 4.0, 6.3, 2.5],
            "rows": [
                ["1",
                 "Visit Rory and Maisie at home, one visit in three unannounced, and spend time with Rory on "
                 "his own",
                 "Fiona Gallacher, Lead Professional (social worker)",
                 "Every week from 17/11/2025 until the Review CPPM",
                 "Visit records on the social work system within two working days, with Rory's own words and "
                 "what was seen of Maisie's care",
                 "Safe, Nurtured, Respected"],
                ["2",
                 "Check Rory is in by 9am and, if he is not, phone Gemma and then the Lead Professional by "
                 "9.30am; keep his place at breakfast club",
                 "Mrs Lorna Baird, Named Person (HT), Auchterdrum Primary School",
                 "Every school day",
                 "Attendance and late-comings e-mailed to Fiona every Friday; attendance at 95% or above by "
                 "the Review CPPM",
                 "Achieving, Safe"],
                ["3",
                 "\"Check and connect\" time for Rory with Mrs Fyfe, his support for learning assistant, "
                 "about his sleep and anything worrying him at home",
                 "Mrs Lorna Baird, Named Person (HT)",
                 "Every Monday at 9.15am from 17/11/2025",
                 "Rory's own sleep and worry scores (0-10) on the school's wellbeing log, shared at each "
                 "Core Group",
                 "Healthy, Respected"],
                ["4",
                 "Complete Maisie's 27-30 month review, with a speech and language screen, then visit her at "
                 "home",
                 "Lynne Cowie, Health Visitor (Maisie's Named Person)",
                 "Review by 05/12/2025; then a home visit every two weeks",
                 "Review and screen results sent to Fiona within a week; a speech and language therapy "
                 "referral made by 12/12/2025 if the screen shows a delay",
                 "Healthy"],
                ["5",
                 "Offer Maisie a crèche place and record how she arrives (fed, clean, changed), how she plays "
                 "and anything she shows about home",
                 "Morag Sinclair, leader, Auchterdrum Family Centre",
                 "Monday, Wednesday and Friday mornings from 24/11/2025",
                 "Attendance and daily record sheet to Fiona every Friday; any worry phoned to Fiona the "
                 "same day",
                 "Healthy, Included"],
                ["6",
                 "Home sessions with Gemma on the children's routines: Maisie's meals and naps, Rory's "
                 "bedtime by 8pm, and the morning school run",
                 "Jamie Rennie, family support worker, Auchterdrum Family Support Service",
                 "Tuesday and Thursday mornings for 10 weeks from 18/11/2025",
                 "Routine chart filled in by Gemma and checked by Jamie at each session; Jamie's notes to "
                 "Fiona every fortnight",
                 "Nurtured, Achieving"],
                ["7",
                 "Collect Rory from school, give both children their tea at her house in Auldbreck, and bring "
                 "them home for bath time",
                 "Agnes Mathieson (Gran)",
                 "Monday to Thursday, 3.15pm to 6.30pm, until the Review CPPM",
                 "School collection sheet; Agnes's diary of tea and drop-off times, read by Fiona at her "
                 "visits",
                 "Nurtured, Safe"],
                ["8",
                 "Have Rory and Maisie to stay at his flat on his onshore weekends, take Rory to football, "
                 "and phone Rory every Wednesday evening when he is offshore",
                 "Ryan Brodie (Dad)",
                 "Friday 5pm to Sunday 5pm on each onshore fortnight; every Wednesday offshore",
                 "Ryan texts Fiona at each handover; Rory tells Fiona about the calls at her visits",
                 "Nurtured, Active"],
                ["9",
                 "Take her lithium every evening, go for her blood level test at Auchterdrum Health Centre, "
                 "and tell Stuart or Fiona the same day if she sleeps less than five hours a night",
                 "Gemma Mathieson (Mum)",
                 "Lithium daily; blood test every 4 weeks",
                 "Lithium levels within the range Dr Raman has set, reported by Stuart at each Core Group; "
                 "Gemma's sleep diary seen at Fiona's visits",
                 "Safe"],
                ["10",
                 "Visit Gemma at home to review her mood, early warning signs and lithium, and write a report "
                 "for each Core Group on whether she is making and keeping the changes Rory and Maisie need "
                 "and how long further change is likely to take",
                 "Stuart Menzies, CPN, Auchterdrum Community Mental Health Team",
                 "Every two weeks from 20/11/2025; report two working days before each Core Group",
                 "CPN report on the children's file before every Core Group; relapse signature completed "
                 "with Gemma by 12/12/2025",
                 "Safe, Nurtured"],
                ["11",
                 "Outpatient review of Gemma's treatment, and a written opinion on her insight, her prognosis "
                 "and how likely she is to sustain safe care of Rory and Maisie, and over what timescale",
                 "Dr Priya Raman, Consultant Psychiatrist, Auchterdrum Community Mental Health Team",
                 "Review by 19/12/2025; written opinion by 26/01/2026",
                 "Letter with the opinion on Fiona's file by 26/01/2026 and shared at the Review CPPM",
                 "Safe"],
                ["12",
                 "Agree a written crisis plan with Gemma, Agnes and Ryan saying who looks after Rory and "
                 "Maisie, and where, if Gemma becomes unwell, and give copies to the school and the Family "
                 "Centre",
                 "Fiona Gallacher, Lead Professional, with Gemma",
                 "By 05/12/2025",
                 "Signed crisis plan on the children's file; the school and the Family Centre confirm they "
                 "hold a copy",
                 "Safe"],
                ["13",
                 "Complete a Young Carer Statement with Rory, and offer him a place at the young carers' "
                 "Saturday club",
                 "Kelly Dow, young carers worker, Auchterdrum Carers Centre",
                 "Statement by 30/01/2026; club every other Saturday from 06/12/2025",
                 "Young Carer Statement signed by Rory and on file, with his own view of what he does at "
                 "home; club register",
                 "Respected, Responsible, Included"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "This part is used if any of these happen: Gemma shows the early warning signs in her crisis plan "
              "(sleeping less than five hours for two nights running, missing her lithium, a lithium level "
              "below range, going out at night or spending she cannot explain); anyone finds Rory or Maisie "
              "without an adult; or Rory says he has had to look after Maisie on his own."),
        ("bullets", [
            "Agnes collects the children and they stay with her in Auldbreck that night. Gemma does not care "
            "for them on her own until the Lead Professional has agreed it with the Team Manager.",
            "Fiona (or the Auchterdrum Out of Hours Social Work Service) holds an Inter-agency Referral "
            "Discussion with police and health the same day.",
            "Stuart arranges an urgent psychiatric review for Gemma within 24 hours (out of hours, the "
            "Auchterdrum Crisis and Home Treatment Team).",
            "If Agnes cannot have the children (she is ill, or recovering from her operation in February), "
            "Ryan has them if he is onshore; if he is offshore, Fiona or the out of hours service places "
            "Rory and Maisie together with Auchterdrum Council foster carers that day.",
            "If Rory or Maisie is at immediate risk and Gemma will not agree to them staying with Agnes, Ryan "
            "or foster carers, Fiona and the police will apply to the sheriff for a Child Protection Order.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If by the Review CPPM Gemma has stopped her treatment again, or the children have had to leave "
              "home twice under the contingency plan, or Dr Raman's opinion is that Gemma is unlikely to "
              "sustain safe care within Maisie's timescales, Graham Shand (Team Manager) will seek legal advice "
              "from Auchterdrum Council Legal Services within five working days, and Fiona will make a referral "
              "to the Children's Reporter asking for a Children's Hearing to consider a Compulsory Supervision "
              "Order."),
        ("h1", "Core Group and review"),
        ("bullets", [
            "Core Group every three weeks at Auchterdrum Primary School at 1.30pm: 25/11/2025 (within 15 days "
            "of the CPPM), 16/12/2025, 13/01/2026 and 03/02/2026.",
            "Review CPPM: 10/02/2026 at 10am, Auchterdrum House. Fiona will see Rory on his own the week "
            "before and bring his views, and Lynne will bring Maisie's review results.",
        ]),
        ("p", "Plan shared with Gemma, Ryan, Agnes and every agency named in it on 12/11/2025. Rory has his "
              "own copy with pictures, talked through with Fiona."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Wales: Abergwernydd, reviewed Care and Support Protection Plan set out
#    in the five elements of the assessment, then a delivery plan keyed by
#    personal outcome number. Page header and footer. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_abergwernydd_cscp_five_elements_delivery_plan_pritchard.pdf",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Tomos ac Efa Pritchard",
    "split": "tune",
    "actions": 11,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE - Abergwernydd County Borough Council - Care and Support Protection Plan",
    "footer": "Tomos and Efa Pritchard - plan reviewed 02/12/2025 - Page {PAGE} of {NUMPAGES}",
    "template": "wales-care-and-support-protection-plan-pdf-header-footer-bilingual-headings-active-offer-register-details-then-five-elements-personal-circumstances-personal-outcomes-numbered-barriers-risks-strengths-then-delivery-plan-outcome-number-column-step-responsible-timescale-evidence-then-contingency-legal-gateway-meetings",
    "description": (
        "Reviewed Welsh Care and Support Protection Plan for a 9-year-old and a 5-year-old on the child "
        "protection register (neglect) whose mother drinks heavily since the parents separated. Set "
        "out under the Welsh / English headings of the five elements of the assessment (personal "
        "circumstances, personal outcomes, barriers, risks, personal resources and strengths), with "
        "the children's 'what matters' conversations, then a delivery plan keyed by personal outcome "
        "number (Outcome / Step / Responsible / Timescale / Evidence). Contingency and a Legal Gateway "
        "meeting after named triggers are good. Faults: the family support worker's routines sessions "
        "have an empty timescale; a passive school nurse referral has '-' for who; Tomos's nurture "
        "group has an empty evidence cell; the third personal outcome is about the mother only; the "
        "mother's drinking is recorded but no adult service owns any step (the social worker only "
        "supports a self-referral); the core group dates are set but the review conference is 'to be "
        "arranged'."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Abergwernydd / Abergwernydd County Borough Council · Gwasanaethau Plant / "
              "Children's Services · Tîm Diogelu a Chymorth / Safeguarding and Support Team"),
        ("p", "Made under the Wales Safeguarding Procedures and Part 4 of the Social Services and Well-being "
              "(Wales) Act 2014. This plan was reviewed at the second core group on 02/12/2025. The Active Offer "
              "was made: the family chose English for meetings, and Tomos has his direct work in Welsh."),
        ("kv", [
            ("Plant / Children", "Tomos Pritchard, DOB 17/06/2016 (9), Year 5; Efa Pritchard, DOB 09/03/2020 "
                                 "(5), Reception; both at Ysgol Gynradd Abergwernydd"),
            ("Cyfeiriad / Address", "22 Heol y Gamlas, Abergwernydd"),
            ("Rhieni / Parents", "Leanne Pritchard (33), Mam, lives with the children; Gareth Pritchard (36), "
                                 "Dad, lives in Abercarreg and works shifts at the bottling plant"),
            ("Cofrestr / Register", "Names placed on the child protection register at the initial conference "
                                    "on 21/10/2025; category neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Siân Roberts (team manager: Huw Bevan)"),
        ]),
        ("h1", "1. Amgylchiadau personol / Personal circumstances"),
        ("p", "Leanne and Gareth separated in March 2025. Since then Leanne has been drinking heavily, mostly "
              "vodka, from the afternoon. On 04/10/2025 she was found by police asleep on a bench by the canal "
              "with Efa beside her at 7pm; she was too drunk to say where Tomos was, and he was found at home on "
              "his own. Tomos has been late to school 19 times this term and says he gets Efa ready in the "
              "mornings. Leanne owes £1,100 in rent and the electricity meter has run out twice. Gareth has the "
              "children most weekends."),
        ("h2", "Sgyrsiau \"beth sy'n bwysig\" / \"What matters\" conversations"),
        ("p", "What matters to Tomos (seen on his own at school, in Welsh, 25/11/2025): \"Dw i eisiau i Mam fod "
              "yn iawn.\" (I want Mam to be OK.) \"I do Efa's hair and her cereal because Mam's still asleep. "
              "I'm not allowed to be late but it's not my fault.\" \"I like Dad's because we go to the "
              "football and he makes the tea.\" He said that what matters most is \"Mam not drinking the "
              "clear stuff\" and being on time for school so he can play at break."),
        ("p", "What matters to Efa (at school, 25/11/2025, with her teaching assistant): she drew Mam \"sleeping "
              "on the settee\" and Tomos \"doing my breakfast\". She said she likes \"Dad's house and the "
              "dog\". She wets the bed most nights and told her teacher she is \"scared of the dark\"."),
        ("p", "What matters to Leanne: \"I want my kids to stay with me. I know the drink has got out of hand "
              "since Gareth left. I want to sort my money out.\" Gareth wants the children to stay with "
              "Leanne \"if she sorts herself out\" and will have them more if he can change his shifts."),
        ("h1", "2. Canlyniadau personol / Personal outcomes"),
        ("p", "The personal outcomes for Tomos and Efa agreed at the review of this plan:"),
        ("numbers", [
            "Tomos and Efa are cared for by a sober adult every day and every night, and get to school on "
            "time, fed and in clean uniform.",
            "Tomos can be a child: he does not have to look after Efa or his Mam, and he has someone to talk "
            "to about home.",
            "Leanne lives free from alcohol and manages her tenancy and her money.",
        ]),
        ("h1", "3. Rhwystrau / Barriers to achieving the outcomes"),
        ("bullets", [
            "Leanne's drinking, and her belief until recently that \"it doesn't affect the kids\".",
            "Debt and the threat of losing the tenancy, which Leanne says makes her drink more.",
            "Gareth's shift pattern means he cannot do school runs in the week.",
        ]),
        ("h1", "4. Risgiau / Risks"),
        ("bullets", [
            "Efa and Tomos being left in the care of an adult who is drunk, or left alone.",
            "Tomos carrying responsibility for Efa and for his mother, and falling behind at school.",
            "The children being cold or hungry if the meter runs out.",
        ]),
        ("h1", "5. Adnoddau personol a chryfderau / Personal resources and strengths"),
        ("bullets", [
            "Leanne is honest about her drinking and has not missed a visit since the conference.",
            "Gareth has had the children every weekend since 10/10/2025 and they are happy there.",
            "The school knows the children well and gives them breakfast club places.",
        ]),
        ("h1", "6. Cynllun cyflawni / Delivery plan"),
        ("p", "The first column gives the number of the personal outcome the step works towards."),
        ("table", {
            "header": ["Canlyniad / Outcome", "Cam / Step", "Cyfrifol / Responsible", "Amserlen / Timescale",
                       "Tystiolaeth / Evidence"],
            "widths": [2.6, 5.0, 3.2, 2.8, 3.4],
            "rows": [
                ["1",
                 "Visit Tomos and Efa at home, at least one visit a fortnight unannounced, and see Tomos on "
                 "his own",
                 "Siân Roberts, social worker",
                 "Weekly until the review conference",
                 "Visit records on WCCIS within two working days, with Tomos's words"],
                ["1",
                 "Have Tomos and Efa every weekend from Friday after school, and bring them to school on "
                 "Monday morning",
                 "Gareth Pritchard (Dad)",
                 "Every weekend, Friday 3.15pm to Monday 8.45am",
                 "School register shows both children on time on Mondays; Gareth texts Siân on Sunday "
                 "night"],
                ["1",
                 "Check Tomos and Efa are in by 8.50am, ring Leanne and then Siân if they are not, and give "
                 "both children breakfast club",
                 "Mrs Eleri Hughes, designated safeguarding person, Ysgol Gynradd Abergwernydd",
                 "Every school day",
                 "Attendance and lateness e-mailed to Siân every Friday; both children at 95% or above"],
                ["1",
                 "Sessions with Leanne at home on routines for the children (getting up, the school run, "
                 "tea and bed), using a picture chart for Efa",
                 "Catrin Owen, family support worker, Abergwernydd Family Support Team",
                 "",
                 "Routine chart filled in by Leanne and signed off by Catrin"],
                ["1",
                 "A referral will be made to the school nursing service about Efa's bedwetting and sleep",
                 "-",
                 "By 19/12/2025",
                 "School nurse's first appointment letter on the children's file"],
                ["2",
                 "Tomos to go to Y Nyth, the school's nurture group, for three afternoons a week",
                 "Mr Dylan Price, ALNCo, Ysgol Gynradd Abergwernydd",
                 "Monday, Wednesday and Friday afternoons from 08/12/2025",
                 ""],
                ["2",
                 "Carry out a young carer's assessment with Tomos and offer him a place at the Young Carers "
                 "Club",
                 "Nia Jenkins, young carers worker, Abergwernydd Young Carers Service",
                 "Assessment by 16/01/2026; club every Thursday, 4pm to 6pm",
                 "Assessment on file with Tomos's own words; club register"],
                ["2",
                 "Four sessions of direct work with Tomos, in Welsh, using \"My Three Houses\"",
                 "Siân Roberts, social worker",
                 "Four sessions by 30/01/2026",
                 "Tomos's Three Houses and his words kept on file and brought to the review conference"],
                ["3",
                 "Talk with Leanne about her drinking and support her to self-refer to the Abergwernydd "
                 "Community Drug and Alcohol Team",
                 "Siân Roberts, social worker",
                 "By 12/12/2025",
                 "Letter confirming Leanne's first appointment seen by Siân and noted on WCCIS"],
                ["3",
                 "Not drink alcohol at all while Tomos and Efa are in her care, and take a breath test at "
                 "every visit Siân makes",
                 "Leanne Pritchard (Mam)",
                 "From 02/12/2025; at every visit",
                 "Every breath test reads zero, recorded on the visit record"],
                ["3",
                 "Help Leanne agree a rent arrears repayment plan with Abergwernydd Homes and apply to the "
                 "Discretionary Assistance Fund for the meter",
                 "Catrin Owen, family support worker",
                 "By 09/01/2026",
                 "Repayment agreement letter and fund decision on the children's file"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Leanne is drunk while she is caring for the children (a breath test above zero, alcohol smelt "
              "at a visit, or Tomos, Efa, the school or Gareth tells us), Tomos and Efa will go to Gareth's in "
              "Abercarreg that day, and Siân (or the Emergency Duty Team out of hours) will hold a strategy "
              "discussion with the police the same day. Leanne will not care for the children on her own "
              "until the strategy discussion has agreed a safe plan."),
        ("p", "If Gareth cannot have the children because of his shifts, Siân or the Emergency Duty Team will "
              "place Tomos and Efa together with Abergwernydd foster carers that day."),
        ("p", "If there is another incident of Leanne being drunk in charge of the children before the review "
              "conference, or she has not had a first appointment with the drug and alcohol team by "
              "09/01/2026, Huw Bevan (team manager) will ask for a Legal Gateway meeting within five working "
              "days to decide whether to start pre-proceedings under the Public Law Outline."),
        ("h1", "Cyfarfodydd / Meetings"),
        ("bullets", [
            "Core group every four weeks at Ysgol Gynradd Abergwernydd, 1.30pm: 06/01/2026 and 03/02/2026.",
            "Review child protection conference: to be arranged by the Safeguarding Unit.",
        ]),
        ("p", "Copies to Leanne, Gareth and everyone named in the plan on 04/12/2025."),
    ],
    "findings": [
        F("T001", "Sessions with Leanne at home on routines for the children"),
        F("W001", "A referral will be made to the school nursing service"),
        F("M001", "Tomos to go to Y Nyth, the school's nurture group"),
        F("F002", "Leanne lives free from alcohol and manages her tenancy and her money."),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland: Aughnacraig Health and Social Care Trust, plan after an
#    initial Child Protection Case Conference. UNOCINI domain banner rows
#    across one action table. Page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_aughnacraig_icpcc_unocini_domain_banners_devlin.pdf",
    "doc_title": "Child Protection Plan - Aoife and Oisín Devlin (initial CPCC 17/11/2025)",
    "split": "tune",
    "actions": 13,
    "min_pages": 2,
    "header": "OFFICIAL-SENSITIVE - Aughnacraig Health and Social Care Trust - Child Protection Plan",
    "footer": "Devlin children - initial case conference 17/11/2025 - Page {PAGE} of {NUMPAGES}",
    "template": "northern-ireland-hsc-trust-child-protection-plan-pdf-header-footer-after-initial-cpcc-registration-grid-key-worker-then-how-the-trust-became-involved-gateway-joint-protocol-unocini-summary-three-domains-then-childrens-views-and-oisins-day-parents-views-outcomes-then-one-table-no-action-required-person-and-agency-responsible-timescale-outcome-indicator-with-unocini-domain-banner-rows-then-contingency-legal-planning-meeting-children-ni-order-core-group-review-cpcc",
    "description": (
        "Exemplary Northern Ireland Child Protection Plan from an initial Child Protection Case "
        "Conference for a 10-year-old girl and a 3-year-old boy after their father, who uses cocaine, "
        "assaulted their mother in front of them (the girl rang 999). A registration grid with the "
        "social worker as key worker, the route in through the Gateway team and a joint protocol "
        "investigation, a UNOCINI summary by domain, the children's views and the boy's day as seen, "
        "outcomes for the children, then one action table (No. / Action required / Person and agency "
        "responsible / Timescale / Outcome indicator) under UNOCINI domain banner rows. The Community "
        "Addictions Team reports on the father's capacity to change, the paternal grandmother's "
        "supervision of contact has a fallback (the Trust's family centre), the Family Support Hub "
        "links the mother to help, PSNI share incidents within 24 hours; a Legal Planning Meeting on "
        "an order under the Children (NI) Order 1995 follows named triggers; core group dates and the "
        "review case conference are set; a page header and footer are on every page."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Aughnacraig Health and Social Care Trust · Children's Services · Family Intervention Team "
              "(Annalurgan). Agreed at the initial Child Protection Case Conference on 17/11/2025 under the "
              "regional child protection policy and procedures."),
        ("table", {
            "rows": [
                ["Children", "Aoife Devlin, DOB 08/05/2015 (10), P7, Aughnacraig Primary School. "
                             "Oisín Devlin, DOB 14/09/2022 (3), Aughnacraig Nursery School"],
                ["Address", "41 Carnreagh Park, Annalurgan"],
                ["Mother", "Shauna Devlin (31), lives with the children"],
                ["Father", "Martin Devlin (34), living with his mother since 12/10/2025; on police bail not to "
                           "attend Carnreagh Park or contact Shauna; non-molestation order granted 06/11/2025"],
                ["Paternal grandmother", "Bernie Devlin (62), 7 Corncrake Road, Annalurgan"],
                ["Conference", "Initial Child Protection Case Conference, 17/11/2025. Chair: Maureen Toner, "
                               "Principal Social Worker (Safeguarding)"],
                ["Decision", "Both children's names placed on the Child Protection Register, category "
                             "emotional abuse"],
                ["Key worker", "Ciara Hamill, social worker, Family Intervention Team (Senior Practitioner: "
                               "Declan Rafferty; Principal Social Worker: Anne-Marie Kerr)"],
                ["Review case conference", "17/02/2026 at 10am, Aughnacraig Civic Centre"],
            ],
            "widths": [4.2, 12.8],
            "bold_first_col": True,
        }),
        ("h1", "How the Trust became involved"),
        ("p", "On 12/10/2025 Aoife rang 999 at 11.20pm. Police found Shauna with a cut to her head and Martin "
              "in the kitchen; Martin was arrested and later released on bail. Aoife told officers that Daddy "
              "had \"banged Mummy's head off the cupboard\" and that Oisín had been \"screaming on the stairs\". "
              "PSNI referred the children to the Aughnacraig Gateway Team on 13/10/2025. A strategy discussion "
              "was held the same day and a joint protocol investigation followed; the Gateway social worker, "
              "Paddy Rooney, completed a UNOCINI initial assessment on 24/10/2025, and the family was "
              "transferred to the Family Intervention Team on 27/10/2025. Shauna said there had been \"four or "
              "five\" earlier incidents, all when Martin had been taking cocaine."),
        ("h1", "UNOCINI summary"),
        ("p", "The child's developmental needs. Aoife is doing well at school but is tired, sleeps with the "
              "light on and has become \"the one who watches the door\". Oisín has a small vocabulary for his "
              "age, hits out at other children when voices are raised and still wakes most nights."),
        ("p", "Parents' or carers' capacity. Shauna is warm and protective; she sought the non-molestation "
              "order herself. She has kept the children's routines going. Martin says he has \"a problem with "
              "the coke\" and wants help; he has not yet accepted that the children were harmed by what they "
              "saw and heard."),
        ("p", "Family and environmental factors. Bernie is close to the children and has agreed to supervise "
              "contact. Shauna has debts Martin left in her name. The family is known to the Annalurgan Family "
              "Support Hub from 2023."),
        ("h1", "What Aoife and Oisín have told us"),
        ("p", "Aoife (seen on her own at school by Ciara, 11/11/2025): \"I rang 999 because Daddy was hurting "
              "Mummy. I'm not in trouble, am I?\" \"I want to see Daddy but only at Granny Bernie's, not at our "
              "house.\" \"I sleep with the light on in case.\" She scored how safe she feels at home at 6 out "
              "of 10 (\"because Daddy might come back\") and at Granny Bernie's at 9."),
        ("p", "Oisín is 3. At nursery on 10/11/2025 he played with cars and said \"Daddy shouty\" when a car "
              "crashed. He hid under the table when two staff laughed loudly. At home on 13/11/2025 he stayed "
              "close to Shauna, brought Ciara his toy digger and settled on Shauna's knee for a story. He "
              "sleeps in Shauna's bed."),
        ("h1", "What Shauna and Martin said"),
        ("p", "Shauna: \"I'm not taking him back. I want the kids to feel safe in their own house.\" Martin: \"I "
              "love my kids. I know I need to sort the drugs out. I'll do whatever it takes to see them.\""),
        ("h1", "What we want for Aoife and Oisín"),
        ("numbers", [
            "Aoife and Oisín live free from domestic abuse and do not see or hear violence at home.",
            "Aoife feels safe at home, knows what to do if she is frightened, and is no longer the one who has "
            "to ring the police.",
            "Oisín's speech, play and sleep are where they should be for a 3-year-old, and he is at nursery "
            "every day.",
            "Aoife and Oisín see their dad only in ways that are safe for them: supervised, and never when he "
            "has taken drugs.",
        ]),
        ("h1", "The plan"),
        ("p", "The actions are grouped under the three UNOCINI domains. Each has one person responsible, a "
              "timescale and an outcome indicator the core group will check."),
        ("table", {
            "header": ["No.", "Action required", "Person and agency responsible", "Timescale",
                       "Outcome indicator (how we will know)"],
            "widths": [1.1, 5.4, 3.6, 3.0, 3.9],
            "rows": [
                ["Domain 1: The child's developmental needs", H, H, H, H],
                ["1",
                 "Visit Aoife and Oisín at home, at least every second visit unannounced, and see Aoife on her "
                 "own",
                 "Ciara Hamill, key worker (social worker), Family Intervention Team",
                 "Weekly from 18/11/2025 until the review case conference",
                 "Visit records on the Trust's system within three working days, with Aoife's words and what "
                 "was seen of Oisín"],
                ["2",
                 "Check Aoife's attendance every day and meet her each Monday morning to ask how her weekend "
                 "was and who she saw",
                 "Mrs Clare Hegarty, Designated Teacher for Child Protection, Aughnacraig Primary School",
                 "Every school day; Monday meeting at 9am",
                 "Attendance sent to Ciara each Friday; Monday notes kept on the school's child protection "
                 "file and shared at each core group"],
                ["3",
                 "Eight sessions of the Helping Hands programme with Aoife about what happened, feeling safe "
                 "and her own safety plan",
                 "Orla Keenan, children's worker, Aughnacraig Women's Aid",
                 "Weekly from 01/12/2025, all eight sessions by 02/02/2026",
                 "Aoife's own safety plan written by 15/12/2025 and copied to Ciara; session summaries to "
                 "Ciara every fortnight"],
                ["4",
                 "Complete Oisín's developmental review using ASQ-3 and ASQ:SE-2, then visit him at home",
                 "Gráinne McCann, Health Visitor, Annalurgan Health Centre",
                 "Review by 12/12/2025; home visit every 4 weeks after that",
                 "ASQ scores sent to Ciara within a week; any area below the cut-off referred on by "
                 "19/12/2025"],
                ["5",
                 "Record Oisín's attendance, how he arrives, his play and anything he says or shows about "
                 "home, and phone the key worker the same day with any worry",
                 "Mrs Deirdre Lavery, Principal, Aughnacraig Nursery School",
                 "Every nursery session (Monday to Friday mornings)",
                 "Weekly attendance and observation sheet to Ciara every Friday; same-day calls logged by "
                 "the nursery"],
                ["Domain 2: Parents' or carers' capacity", H, H, H, H],
                ["6",
                 "Keep the non-molestation order in place, not let Martin into the house, and ring 999 if he "
                 "comes to the door",
                 "Shauna Devlin (Mum)",
                 "From 17/11/2025, every time",
                 "No visit by Martin on the PSNI incident log or reported by Aoife; Ciara checks the log with "
                 "PSNI before each core group"],
                ["7",
                 "Weekly outreach sessions with Shauna, including the Freedom Programme, and a written safety "
                 "plan for her and the children",
                 "Lisa Conway, outreach worker, Aughnacraig Women's Aid",
                 "Weekly from 24/11/2025; safety plan by 05/12/2025",
                 "Safety plan on Ciara's file by 05/12/2025; Freedom Programme attendance record to each core "
                 "group"],
                ["8",
                 "Attend his assessment and weekly key work at the Aughnacraig Community Addictions Team, and "
                 "give a urine sample at each appointment",
                 "Martin Devlin (Dad)",
                 "Assessment by 05/12/2025; key work weekly after that",
                 "Attendance record and every urine result sent to Ciara before each core group"],
                ["9",
                 "Assess Martin's cocaine and alcohol use, and report to each core group on his test results, "
                 "whether he is making the changes Aoife and Oisín need, and how long further change is likely "
                 "to take",
                 "Seán Mallon, addictions practitioner, Aughnacraig Community Addictions Team",
                 "Assessment by 05/12/2025; report two working days before each core group",
                 "Written report with the test results on the Trust's system before every core group"],
                ["10",
                 "Attend the Aughnacraig Men's Programme, a 26-week domestic abuse perpetrator programme",
                 "Martin Devlin (Dad)",
                 "Every Wednesday, 7pm to 9pm, from 07/01/2026",
                 "Facilitator's attendance report to Ciara every month, the first by 30/01/2026"],
                ["Domain 3: Family and environmental factors", H, H, H, H],
                ["11",
                 "Supervise Martin's contact with Aoife and Oisín at her home, staying in the room throughout; "
                 "no contact anywhere else",
                 "Bernie Devlin (paternal grandmother)",
                 "Every Saturday, 2pm to 4pm",
                 "Contact record sheet signed by Bernie after each contact and read by Ciara each week; Aoife "
                 "asked about contact at Ciara's visits"],
                ["12",
                 "Link Shauna with Hub member services: the Incredible Years toddler programme for Oisín's "
                 "sleep and tantrums, and debt advice",
                 "Eimear Quinn, co-ordinator, Annalurgan Family Support Hub",
                 "By 19/12/2025",
                 "Hub's written confirmation to Ciara of which services accepted Shauna, with the programme "
                 "start date"],
                ["13",
                 "Tell the key worker about any call to 41 Carnreagh Park, any breach of Martin's bail or of "
                 "the non-molestation order, and any new report involving Martin",
                 "DS Paula Grant, PSNI Aughnacraig Public Protection Unit",
                 "Within 24 hours of any incident",
                 "Notification recorded on the Trust's system, with the PSNI incident reference"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("bullets", [
            "If Martin comes to Carnreagh Park, contacts Shauna or the children outside this plan, or breaks "
            "his bail or the non-molestation order: Shauna rings 999 and PSNI attend; all contact stops; "
            "Ciara (or the Regional Emergency Social Work Service out of hours) holds a strategy discussion "
            "with PSNI the same day.",
            "If Martin arrives at Bernie's under the influence of drugs or alcohol, Bernie ends the contact, "
            "keeps the children with her and rings Ciara (or the Regional Emergency Social Work Service) "
            "straight away.",
            "If Bernie cannot supervise a contact (she is ill or away), that contact does not happen; Ciara "
            "arranges supervised contact at the Trust's Aughnacraig Family Centre within five working days "
            "and tells Martin and the children.",
            "If Shauna lets Martin into the house or agrees to unsupervised contact, the children stay with "
            "Bernie or, if Bernie cannot have them, with Trust foster carers that day, while a strategy "
            "discussion agrees a safe plan.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If Martin breaks his bail or the non-molestation order, comes to a contact under the influence, "
              "or Shauna lets him into the house or agrees to unsupervised contact, or Martin's test results "
              "still show cocaine use at the review case conference, Anne-Marie Kerr (Principal Social Worker) "
              "will convene a Legal Planning Meeting within five working days to decide whether to apply for a "
              "Care Order or an Article 8 order under the Children (Northern Ireland) Order 1995."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group within ten working days of the conference, on 28/11/2025, then every four weeks at "
            "Aughnacraig Primary School at 2pm: 23/12/2025 and 20/01/2026.",
            "Review Child Protection Case Conference: 17/02/2026 at 10am, Aughnacraig Civic Centre. Ciara "
            "will bring Aoife's views, in her own words, and Oisín's ASQ results.",
        ]),
        ("p", "Plan sent to Shauna, Martin (without the address details he is barred from), Bernie and every "
              "agency named in it on 19/11/2025."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. Scotland: Arnclavie Council, case-system print of a Child Protection
#    Plan after a Review CPPM, tasks grouped under wellbeing indicators with
#    Responsible / Target / Measure of success fields. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_arnclavie_review_cppm_case_print_indicator_tasks_lennox.txt",
    "split": "tune",
    "actions": 13,
    "template": "scotland-child-protection-plan-case-system-print-txt-review-cppm-dot-leader-record-fields-named-person-lead-professional-register-then-concerns-childrens-views-parents-views-progress-since-initial-cppm-outcomes-by-wellbeing-indicator-then-tasks-numbered-under-indicator-headings-responsible-target-measure-of-success-fields-then-contingency-core-group-review-cppm",
    "description": (
        "A Scottish Child Protection Plan after a Review CPPM, printed from the council's case system, "
        "for a 9-year-old boy and a 4-year-old girl whose mother has depression and anxiety and some "
        "days does not get up; the maternal gran and aunt help with school runs and after school. "
        "Dot-leader record fields (Named Person for each child, Lead Professional, register details), "
        "concerns, the children's and mother's views, progress since the initial CPPM, outcomes by "
        "wellbeing indicator, then tasks numbered under indicator headings with Responsible / Target / "
        "Measure of success fields, a contingency and meeting dates. Faults: the Named Person's "
        "check-ins are 'As required'; the health visitor's visits are measured by 'Monitored at Core "
        "Group'; 'Core Group members' share new concerns; the CPN only supports the mother, measured by "
        "visit dates, with no view on her capacity to change; the contingency sends the children to the "
        "gran but says nothing if she or the aunt cannot help; and nothing says legal advice or a "
        "referral to the Reporter follows if things do not change."
    ),
    "text": """\
ARNCLAVIE COUNCIL - SOCIAL WORK SERVICES - CHILDREN AND FAMILIES
ACORN case record  |  Form CP3: Child Protection Plan  |  Printed 27/11/2025 16:12
======================================================================================

CHILD PROTECTION PLAN - VERSION 2 (FOLLOWING REVIEW CPPM OF 25/11/2025)

Record ID ............... CP/2025/0418
Child 1 ................. Callum LENNOX    DOB 12/02/2016 (9)   P5, Arnclavie Primary School
Child 2 ................. Ava LENNOX       DOB 30/07/2021 (4)   ELC place, Arnclavie Nursery
Address ................. 9 Hazelbank Wynd, Arnclavie
Mother .................. Nicola LENNOX (34)
Father .................. Scott LENNOX (37); no contact with the children since 2023
Maternal gran ........... Margaret DOIG (63), 4 Kilnburn Lane, Aikenshaw (15 minutes by bus)
Maternal aunt ........... Jennifer DOIG (30), Arnclavie
Named Person ............ Callum: Mr Alan Geddes, Head Teacher, Arnclavie Primary School
                          Ava: Claire Murdoch, Health Visitor, Arnclavie Health Centre
Lead Professional ....... Jamie Paterson, Social Worker, Arnclavie Children and Families Team
Team Leader ............. Susan Blair
Register ................ Names placed on the Child Protection Register at the initial
                          CPPM, 02/09/2025. Concerns: neglect; parental mental ill health
Review CPPM ............. 25/11/2025. Chair: Ian Kinnear, Child Protection Chair.
                          Decision: names remain on the Register.
Next Review CPPM ........ 24/02/2026, 10:00, Arnclavie Council Offices, Room 2


SUMMARY OF CONCERNS (UPDATED AT REVIEW CPPM)
--------------------------------------------
Nicola has depression and anxiety and has been under the Arnclavie Community Mental
Health Team since 2024. On her worst days she does not get out of bed until the afternoon.
Callum has been late or absent on 31 days since August, and has told school he makes Ava's
breakfast and gets her dressed. Ava started nursery in a nappy, often arrives hungry and
has had two untreated ear infections. Home conditions were poor at the initial CPPM
(dishes and rubbish in every room, no food in the fridge on 21/08/2025).

CHILDREN'S VIEWS
----------------
Callum (seen alone at school by Jamie, 18/11/2025): "Mum's in her bed a lot. I make toast
for Ava and put her shoes on. I'm not meant to but I do." "I like it at Gran's, she has
Sky and she does chips." "I want Mum to get better and get up in the mornings." Callum
rated home 4/10 and Gran's 9/10. He said he worries about Mum "when I'm at school".

Ava (observed at nursery, 19/11/2025, and at home, 20/11/2025): Ava is chatty at nursery
and loves the home corner, where she "makes breakfast for Callum". At home she climbed onto
the bed beside Nicola and patted her face, saying "Mummy sleeping". She ate a yoghurt and
a banana quickly when Jamie was there.

PARENT'S VIEWS
--------------
Nicola: "I'm trying, I really am. Some days I just can't face it. I don't want Callum doing
my job." Nicola said the help from her mum and sister is "the only thing keeping us
going" and asked for more help in the mornings.

PROGRESS SINCE THE INITIAL CPPM
-------------------------------
- Home conditions have improved: kitchen and bedrooms clean at the last three visits.
- Ava's ear infections have been treated and she has been seen by the dentist.
- Callum's attendance has risen from 81% to 88% this term.
- Nicola has been seen by her CPN and her GP has changed her medication.

OUTCOMES (BY WELLBEING INDICATOR)
---------------------------------
SAFE ........... Callum and Ava are cared for every day by an adult who is up, well enough
                 to look after them and knows where they are.
HEALTHY ........ Ava is dry in the day, eats three meals a day, and both children have
                 their health and dental checks.
ACHIEVING ...... Callum is at school every day, on time.
NURTURED ....... Callum and Ava have breakfast, tea, a bath and a bedtime every day.
RESPECTED ...... Callum does not have to look after his mum or his sister.


PLAN - TASKS
============

[SAFE]

Task 1    Home visits to see Callum and Ava, with Callum seen on his own at least
          once a fortnight; at least one visit a month before 9am.
          Responsible ......... Jamie Paterson, Lead Professional (SW)
          Target .............. Weekly until the Review CPPM
          Measure of success .. Visit recorded on ACORN within 2 working days, with the
                                children's views and the state of the home

Task 2    Share any new concern about Callum or Ava with the Lead Professional.
          Responsible ......... Core Group members
          Target .............. Same day
          Measure of success .. Concern recorded in the chronology and shared with the LP

[HEALTHY]

Task 3    Home visits to Ava to check her development, diet and toileting.
          Responsible ......... Claire Murdoch, Health Visitor (Named Person)
          Target .............. Every 4 weeks
          Measure of success .. Monitored at Core Group

Task 4    Review Nicola's antidepressant and write to the Lead Professional about her
          health and any missed appointments.
          Responsible ......... Dr Morven Lindsay, GP, Arnclavie Medical Practice
          Target .............. By 19/12/2025, then before each Core Group
          Measure of success .. GP letter scanned to ACORN

Task 5    Continue to support Nicola with her low mood and anxiety through home visits.
          Responsible ......... Derek Fairlie, CPN, Arnclavie Community Mental Health Team
          Target .............. Fortnightly
          Measure of success .. Dates of CPN visits sent to the LP each month

Task 6    Go to every appointment with her CPN and GP, and phone the LP if she has to
          cancel one.
          Responsible ......... Nicola Lennox (Mum)
          Target .............. Every CPN visit (fortnightly) and every GP appointment
          Measure of success .. CPN and GP confirm attendance to the LP

[ACHIEVING]

Task 7    Record Callum's attendance and late-coming, and phone Nicola and then the LP
          if he is not in school by 9.15am.
          Responsible ......... Mr Alan Geddes, Named Person (HT)
          Target .............. Every school day
          Measure of success .. Attendance print e-mailed to the LP every Friday;
                                attendance 92% or above by the Review CPPM

Task 8    Check in with Callum about how things are at home and how he is feeling.
          Responsible ......... Mr Alan Geddes, Named Person (HT)
          Target .............. As required
          Measure of success .. Check-ins written on the school's pastoral log and
                                shared with the LP each month

Task 9    Offer Ava her funded ELC place five mornings a week, and record her attendance,
          whether she has had breakfast, and how she presents.
          Responsible ......... Mrs Shona Wylie, Depute Head, Arnclavie Nursery
          Target .............. Monday to Friday mornings
          Measure of success .. Attendance and breakfast sheet sent to the LP every Friday

[NURTURED]

Task 10   Family support sessions with Nicola on meals, bedtime and getting the children
          out in the morning.
          Responsible ......... Lorraine Craig, Family Support Worker, Arnclavie Family
                                Support Team
          Target .............. Twice weekly for 12 weeks from 01/12/2025
          Measure of success .. Routine planner filled in by Nicola and checked with
                                Lorraine; children's bedtimes recorded in the planner

Task 11   Have Callum and Ava at her house in Aikenshaw after school and nursery, and
          give them their tea.
          Responsible ......... Margaret Doig (Gran)
          Target .............. Monday, Wednesday and Friday, 3pm to 6pm
          Measure of success .. Gran's diary, seen by the LP at a visit each month

Task 12   Take Callum to school and Ava to nursery.
          Responsible ......... Jennifer Doig (aunt)
          Target .............. Tuesday and Thursday mornings
          Measure of success .. School and nursery registers show both children on time on
                                those days

[RESPECTED]

Task 13   Direct work with Callum using "My World" drawings about home, his worries
          and who he can talk to.
          Responsible ......... Jamie Paterson, Lead Professional (SW)
          Target .............. Four sessions by 06/02/2026
          Measure of success .. Callum's drawings and words on ACORN and brought to the
                                Review CPPM


CONTINGENCY PLAN
================
Trigger ........ Nicola is not up and able to care for the children (Callum or Ava late
                 or absent two days in one week because Mum was in bed, or Nicola found in
                 bed in the afternoon with the children at home).
Response ....... Callum and Ava go to Margaret's house in Aikenshaw that day and stay
                 there until the LP agrees they can go home. The LP holds an Inter-agency
                 Referral Discussion with health and police the same day. The CPN is asked
                 to see Nicola within 48 hours.


CORE GROUP AND REVIEW
=====================
Core Group ............. Every 4 weeks, 13:30, Arnclavie Primary School:
                         16/12/2025, 13/01/2026, 10/02/2026
Review CPPM ............ 24/02/2026, 10:00, Arnclavie Council Offices

Plan shared with Nicola, Margaret and Jennifer and with every Core Group member on
27/11/2025.
--- END OF PRINT --- ACORN CP3 v4.2 ---
""",
    "findings": [
        F("W002", "Share any new concern about Callum or Ava with"),
        F("M002", "Home visits to Ava to check her development, diet"),
        F("H001", "Continue to support Nicola with her low mood and anxiety"),
        F("T002", "Check in with Callum about how things are at home"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Wales: Aberfelin, Care and Support Protection Plan for a 4-month-old
#    baby; Welsh / English headings, "what matters" conversations, a
#    personal outcome per heading with numbered steps and Pwy / Pryd / Sut
#    lines. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_aberfelin_cscp_personal_outcome_steps_pwy_pryd_gwilym.md",
    "split": "tune",
    "actions": 11,
    "template": "wales-care-and-support-protection-plan-md-welsh-english-headings-active-offer-details-table-then-why-what-matters-conversations-ffion-carys-dion-lowris-day-as-seen-then-h3-per-personal-outcome-numbered-steps-with-pwy-pryd-sut-byddwn-ni-gwybod-sub-bullets-then-contingency-legal-gateway-core-group-review-conference",
    "description": (
        "Exemplary Welsh Care and Support Protection Plan from an initial child protection conference "
        "for a 4-month-old girl whose 19-year-old mother, a care leaver, has postnatal depression and "
        "told the perinatal team she had thoughts of shaking the baby to stop her crying; the baby "
        "had dropped from the 50th to the 9th centile. Welsh / English headings, the Active Offer, "
        "the 'what matters' conversations with the mother, her former foster carer (a When I am Ready "
        "carer) and the father, the baby's day as seen, then a personal outcome per heading with "
        "numbered steps and Pwy / Pryd / Sut byddwn ni'n gwybod lines. The perinatal nurse and "
        "psychiatrist both assess the mother's capacity to change and its timescale; the former "
        "foster carer's part has a fallback (council foster carers); the contingency has a same-day "
        "strategy discussion and child protection medical; a Legal Gateway meeting follows named "
        "triggers; core group and review conference dates are set."
    ),
    "text": """\
# Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan

**Cyngor Sir Aberfelin / Aberfelin County Council** · Gwasanaethau Plant / Children's Services ·
Tîm Diogelu Babanod / Baby Safeguarding Team

Agreed at the initial child protection conference on 30/10/2025 under the Wales Safeguarding
Procedures. Ffion chose Welsh under the Active Offer: her copy of this plan is in Welsh, and Gwen,
Manon and Rhian speak with her in Welsh. This bilingual copy is for agencies.

| Manylion / Details | |
|---|---|
| **Plentyn / Child** | Lowri Gwilym, DOB 30/06/2025 (17 weeks) |
| **Cyfeiriad / Address** | Flat 4, 12 Heol Penrhos, Aberfelin |
| **Mam / Mother** | Ffion Gwilym (19). In foster care with Carys Ellis from 13 to 18, then with Carys under When I am Ready until Lowri was born |
| **Tad / Father** | Dion Pryce (22), lives with his mother in Aberfelin; sees Lowri at Carys's on Sundays |
| **Rhwydwaith / Network** | Carys Ellis, Ffion's former foster carer, 3 Maes Tegid, Afonwern (ten minutes by car) |
| **Cofrestr / Register** | Lowri's name placed on the child protection register on 30/10/2025; categories neglect and physical abuse (risk) |
| **Gweithiwr cymdeithasol / Social worker** | Gwenllian (Gwen) Morris; team manager Elin Harries |
| **Cynhadledd adolygu / Review conference** | 22/01/2026, 10am, Canolfan Ddinesig Aberfelin / Aberfelin Civic Centre |

## Pam mae angen cynllun / Why Lowri needs a plan

On 02/10/2025 Ffion rang the Aberfelin Perinatal Mental Health Service in tears and said she had
"thoughts of shaking Lowri to make her stop crying" and was frightened she might do it. She had not
harmed Lowri. A strategy discussion was held that day and Lowri stayed with Carys for five nights
while Ffion was seen at home by the perinatal crisis team. At the health visitor's visit on
09/10/2025 Lowri had dropped from the 50th to the 9th centile; Ffion had been making up feeds too
weak "so they last longer". The flat is damp and Lowri's cot was in the coldest room. Ffion has
postnatal depression and is on sertraline.

There is a lot to build on. Ffion asked for help herself, she loves Lowri and talks and sings to her,
and she has kept every appointment since. Carys has been her family for six years.

## Beth sy'n bwysig / What matters

**Ffion** (what matters conversation with Gwen, 24/10/2025): "Dw i eisiau bod yn fam dda iddi hi."
(I want to be a good mam to her.) "When she screams for ages I feel like I'm going to explode, and
then I hate myself." "I want to keep her. I don't want her growing up in care like me." What matters
most to Ffion is keeping Lowri, sleeping, and "not being on my own with it all the time".

**Carys**: "Ffion's my girl, and Lowri's my grandbaby as far as I'm concerned. I'll have them as much
as they need, but Ffion has to be the mam."

**Dion**: "I want to see Lowri more. I'm not good with babies yet but I want to learn." He wants to
do Lowri's Sunday feeds himself.

## Diwrnod Lowri / Lowri's day, as seen

Lowri is 17 weeks old. At the visit on 27/10/2025 she was awake in her bouncer and watched Ffion's
face the whole time Ffion talked to her in Welsh. She cried hard at 11am; Ffion walked with her,
then put her down in her cot and went into the kitchen for two minutes, came back and picked her
up, which she has learned to do on the ICON course. Lowri took 5oz and settled on Ffion's chest.
At Carys's on Sunday 26/10/2025 she was passed between Carys, Dion and Ffion and smiled at all of
them. Her nappy area is clear and she has put on 310g in two weeks.

## Canlyniadau personol a'r camau / Personal outcomes and the steps

Each step has its own **Pwy / Who**, **Pryd / When** and **Sut byddwn ni'n gwybod / How we'll know**.

### Canlyniad 1 / Outcome 1: Lowri is fed properly, kept warm and clean, and is back on her own centile (the 25th or above) by the review conference.

1. Weigh Lowri at home and check her feeds, her sleep and where she sleeps.
   - **Pwy / Who:** Manon Tudur, Flying Start health visitor
   - **Pryd / When:** Every week until Lowri is back on the 25th centile, then every two weeks until the review conference
   - **Sut byddwn ni'n gwybod / How we'll know:** Weights plotted in Lowri's red book and e-mailed to Gwen after each visit; Lowri on the 25th centile or above by 22/01/2026
2. Make up every feed as Manon has shown her and write each one on the feed chart.
   - **Pwy / Who:** Ffion
   - **Pryd / When:** Every feed, every day
   - **Sut byddwn ni'n gwybod / How we'll know:** Feed chart seen by Manon and Gwen at every visit, showing at least six feeds a day
3. Take Lowri to the Flying Start "Babi a Fi / Baby and Me" group at Canolfan Deulu Aberfelin.
   - **Pwy / Who:** Ffion, with Lowri
   - **Pryd / When:** Every Tuesday at 10am for eight weeks from 11/11/2025
   - **Sut byddwn ni'n gwybod / How we'll know:** Group register, and the group leader's note of what she saw of Ffion and Lowri together, sent to Gwen every month

### Canlyniad 2 / Outcome 2: Lowri is always handled gently, and is never left with an adult who cannot cope with her crying.

4. Visit Lowri at home, one visit in three unannounced, and see her awake, being fed and changed.
   - **Pwy / Who:** Gwen Morris, social worker
   - **Pryd / When:** Every week until the review conference
   - **Sut byddwn ni'n gwybod / How we'll know:** Visit records on WCCIS within two working days, saying what was seen of Lowri's care and how Ffion handled her crying
5. Sessions with Ffion for her postnatal depression and her thoughts about harming Lowri, and a written assessment for each core group of whether she is making the changes Lowri needs and how long further change is likely to take.
   - **Pwy / Who:** Rhian Gruffydd, specialist perinatal mental health nurse, Aberfelin Perinatal Mental Health Service (Aberfelin University Health Board)
   - **Pryd / When:** Weekly from 04/11/2025; each assessment two working days before the core group
   - **Sut byddwn ni'n gwybod / How we'll know:** Assessment with Ffion's mood scores (EPDS) on Lowri's file before every core group
6. Review Ffion's medication and give a written opinion on her prognosis, how likely she is to care safely for Lowri on her own, and over what timescale.
   - **Pwy / Who:** Dr Sioned Parry, consultant perinatal psychiatrist, Aberfelin Perinatal Mental Health Service
   - **Pryd / When:** Review by 21/11/2025; written opinion by 09/01/2026
   - **Sut byddwn ni'n gwybod / How we'll know:** Dr Parry's letter on Lowri's file by 09/01/2026 and shared at the review conference
7. Write out the crying plan from the ICON course with Manon and keep it on the fridge; use it by putting Lowri down safely in her cot, stepping away for a few minutes, and ringing Carys or the perinatal team if she still feels she cannot cope.
   - **Pwy / Who:** Ffion
   - **Pryd / When:** Plan on the fridge by 14/11/2025; used every time Lowri has cried for more than ten minutes and will not settle
   - **Sut byddwn ni'n gwybod / How we'll know:** Ffion tells Gwen at each visit how many times she used the plan, and Gwen writes it in the visit record; Carys and Rhian tell Gwen of every call

### Canlyniad 3 / Outcome 3: Lowri has a settled routine with people who know her, in a warm, dry home.

8. Have Ffion and Lowri for tea on Wednesdays, and have Lowri overnight on Saturdays so that Ffion can sleep.
   - **Pwy / Who:** Carys Ellis (Ffion's former foster carer)
   - **Pryd / When:** Every Wednesday 4pm to 8pm, and Saturday 6pm to Sunday 10am
   - **Sut byddwn ni'n gwybod / How we'll know:** Lowri's day book (feeds, sleep and nappies) goes back and forth with her, and Gwen reads it every week
9. See Lowri at Carys's house, and give her a feed and a change himself.
   - **Pwy / Who:** Dion Pryce (Dad)
   - **Pryd / When:** Every Sunday, 11am to 1pm
   - **Sut byddwn ni'n gwybod / How we'll know:** Carys writes each visit in the day book; Gwen asks Dion about it at a visit each month
10. Review Ffion's pathway plan with her, including her budget and the damp in the flat, so that Lowri's room is warm and dry.
    - **Pwy / Who:** Iwan Rees, young person's adviser, Aberfelin 16+ Team
    - **Pryd / When:** Pathway plan review by 28/11/2025, then every month
    - **Sut byddwn ni'n gwybod / How we'll know:** Updated pathway plan on file; the landlord's notice that the damp repair is complete by 19/12/2025
11. Hold a family network meeting with Ffion, Carys, Dion and his mother to agree who looks after Lowri if Ffion is unwell, and write it down.
    - **Pwy / Who:** Gwen Morris, social worker
    - **Pryd / When:** By 28/11/2025
    - **Sut byddwn ni'n gwybod / How we'll know:** Family network plan signed by everyone who came, on Lowri's file and given to Manon and Rhian

## Cynllun wrth gefn / Contingency plan

- **If** Ffion says she has thoughts of harming Lowri that the crying plan does not settle, misses
  two perinatal appointments running, or stops her sertraline: Lowri goes to Carys's house that
  day and Ffion does not care for her on her own until a strategy discussion has agreed a safe
  plan. Gwen (or the Emergency Duty Team) holds the strategy discussion with the police and health
  the same day, and Rhian arranges a perinatal crisis review for Ffion within 24 hours.
- **If** anyone sees a bruise or mark on Lowri that is not explained: Gwen (or the Emergency Duty
  Team) holds a strategy discussion the same day and Lowri has a child protection medical at Ysbyty
  Aberfelin that day.
- **If** Lowri drops below the 9th centile again: Manon tells Gwen the same day, and Lowri is seen
  by the paediatrician at Ysbyty Aberfelin within 48 hours.
- **If Carys cannot have Lowri** (she is ill, away, or it becomes too much): Gwen or the Emergency
  Duty Team places Lowri with Aberfelin foster carers that day, and Ffion's time with her is at the
  family centre with a family support worker.

## Cynllunio cyfreithiol / Legal planning

If Lowri has an injury that is not explained, or has to leave Ffion's care twice under the
contingency plan, or Dr Parry's opinion is that Ffion is unlikely to care safely for Lowri within
Lowri's timescales, Elin Harries (team manager) will request a Legal Gateway meeting within five
working days to decide whether to start pre-proceedings under the Public Law Outline or to issue
care proceedings.

## Y grŵp craidd a'r adolygiad / Core group and review

- Core group within ten working days, on 11/11/2025, then every four weeks at Canolfan Deulu
  Aberfelin at 1pm: 09/12/2025 and 06/01/2026.
- Review child protection conference: 22/01/2026, 10am, Aberfelin Civic Centre. Gwen will bring
  what Ffion, Carys and Dion say, and Lowri's weights.

Copïau / Copies: Ffion (Welsh), Dion, Carys, and everyone named in the plan, 31/10/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Northern Ireland: Altnacoyle Health and Social Care Trust, plan after a
#    review Child Protection Case Conference; the family is moving to a
#    Scottish council. A small table under each UNOCINI domain heading.
#    Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_altnacoyle_review_cpcc_domain_tables_move_to_scotland_mckeown.md",
    "split": "tune",
    "actions": 12,
    "template": "northern-ireland-hsc-trust-child-protection-plan-md-after-review-cpcc-details-table-family-moving-to-scottish-council-then-progress-since-initial-cpcc-childrens-views-parents-views-outcomes-then-ref-action-lead-by-evidence-table-under-each-unocini-domain-heading-then-contingency-legal-planning-transfer-core-group-review",
    "description": (
        "Northern Ireland Child Protection Plan after a review Child Protection Case Conference for a "
        "12-year-old boy and a 7-year-old girl on the register for neglect (a dirty, cold house, the "
        "girl's untreated tooth decay, the boy missing school to mind her). The family is moving to a "
        "Scottish council in February. Details, progress since the initial conference, the "
        "children's and parents' views and outcomes, then a small table (Ref / Action / Lead / By / "
        "Evidence) under each UNOCINI domain heading, a contingency, legal planning, the transfer and "
        "meeting dates. Faults: the parenting assessment is paused and handed to the receiving "
        "council to finish after the transfer; the Family Support Hub will link the mother to help "
        "'when appropriate'; the boy's counselling is evidenced by 'engagement with sessions'; 'All "
        "agencies' share information about the move; the contingency only says that if there are "
        "further concerns the key worker will discuss them and the plan will be reviewed."
    ),
    "text": """\
# Altnacoyle Health and Social Care Trust

## Child Protection Plan: Conor and Grace McKeown

**Agreed at the Review Child Protection Case Conference, 08/12/2025.** Children's Services, Family
Intervention Team (Ardnabrack).

| | |
|---|---|
| **Children** | Conor McKeown, DOB 03/03/2013 (12), Year 9, Altnacoyle High School; Grace McKeown, DOB 21/06/2018 (7), P4, Altnacoyle Primary School |
| **Address** | 16 Drumcor Gardens, Ardnabrack |
| **Mother** | Lisa McKeown (38) |
| **Mother's partner** | Gary Boyd (41), lives in the home, works nights at a meat plant |
| **Register** | Both children's names remain on the Child Protection Register, category neglect (first registered 09/09/2025) |
| **Key worker** | Orlaith Kerr, social worker (Senior Practitioner: Brendan Lynch; Principal Social Worker: Catherine Diamond) |
| **Chair** | Roisin Mulholland, independent chair |
| **The move** | The family has been offered a Housing Association tenancy in Achnaleith, Scotland, near Lisa's sister, from 02/02/2026 |

### Progress since the initial case conference

- Grace's head lice have been treated and she has new school shoes and a winter coat.
- The living room and kitchen were clean at the last two visits; the children's bedrooms were not
  (no bedding on Grace's bed on 01/12/2025, and the light in Conor's room still does not work).
- Conor's attendance is 79% (it was 71%); he says he stays off "when Grace isn't well and Mum's
  sleeping after Gary's shift".
- Grace has still not had dental treatment; she had toothache on three days in November.

### What Conor and Grace told us

Conor (seen on his own at home, 02/12/2025): "Moving's good. Auntie Dee's there and she's sound."
"I don't mind taking Grace to school but I get in trouble for being late." "My room's freezing, I
sleep on the sofa." He scored home 5 out of 10 and said he wants "a proper bed and a light".

Grace (seen at school, 03/12/2025, with her classroom assistant): she drew her family in a big
house "in Scotland with a garden". She said her tooth "hurts when I eat sweets and when I eat
toast". She said Conor "does my hair and my cornflakes".

### What Lisa and Gary said

Lisa: "I know the house got on top of me. A fresh start will sort it." Gary: "I'm on nights, I'm
not here in the mornings. I'll do what I can at the weekends."

### Outcomes for Conor and Grace

1. Conor and Grace live in a house that is clean and warm, each with their own bed, bedding and a
   working light.
2. Grace's teeth are treated and she is no longer in pain.
3. Conor is at school every day, on time, and is not the one who gets Grace ready.
4. Conor and Grace's plan carries on without a gap when they move, and their new school and workers
   know them from the first day.

### Domain 1: The child's developmental needs

| Ref | Action | Lead | By | Evidence |
|---|---|---|---|---|
| 1.1 | Visit Conor and Grace at home and see each of them on their own | Orlaith Kerr, key worker | Fortnightly until the transfer-in Child Protection Planning Meeting in Achnaleith, with a joint visit with the Achnaleith social worker in the week of the move | Visit records on the Trust's system within three working days, with each child's words |
| 1.2 | Record Conor's attendance and lateness, and phone Lisa and then the key worker if he is not in by 9.15am | Mr Paul Gormley, designated teacher, Altnacoyle High School | Every school day until the move | Weekly attendance print to Orlaith; attendance at 90% or above by the move |
| 1.3 | Counselling sessions for Conor in school about home, being a young carer and the move | Sinead Rafferty, counsellor, Altnacoyle Youth Counselling Service | Every Thursday, period 4, until the move | Conor's engagement with sessions |
| 1.4 | Book Grace's dental treatment with the community dental service and take her to every appointment | Lisa McKeown (Mum) | First appointment by 19/12/2025 | Treatment plan letter on file; the clinic confirms to Orlaith that each appointment was kept |
| 1.5 | Check Grace arrives clean, fed and with her lunch; give her breakfast club each morning | Mrs Anne Hughes, designated teacher, Altnacoyle Primary School | Every school day until the move | Daily check sheet sent to Orlaith every Friday |

### Domain 2: Parents' or carers' capacity

| Ref | Action | Lead | By | Evidence |
|---|---|---|---|---|
| 2.1 | The parenting assessment (started 20/10/2025) is paused and will be completed by the receiving council after the family has transferred | Achnaleith Council Children and Families social work team | Within four weeks of the transfer-in Child Protection Planning Meeting | Completed assessment report to the new Core Group |
| 2.2 | Home sessions with Lisa and Gary on the children's routines, hygiene and the home, using the Graded Care Profile 2 | Noreen Tully, family support worker, Trust Family Support Team | Twice a week until the move | GCP2 scores at the first session and at six weeks, shared with Orlaith |
| 2.3 | Make sure each child has a bed with clean bedding and a working light in their room | Lisa McKeown and Gary Boyd | By 19/12/2025, and every day after | Checked by Orlaith at every visit and written in the visit record |

### Domain 3: Family and environmental factors

| Ref | Action | Lead | By | Evidence |
|---|---|---|---|---|
| 3.1 | Link Lisa with a Hub member organisation for help with debts and budgeting before the move | Aidan Coyle, co-ordinator, Ardnabrack Family Support Hub | When appropriate | Hub's letter to Orlaith confirming which organisation has accepted Lisa |
| 3.2 | Share any information about the family's move, new address or school places with the key worker | All agencies | Within 24 hours of hearing it | Recorded on the Trust's system by Orlaith |
| 3.3 | Send the transfer notification and the full records (chronology, UNOCINI assessments, this plan) to Achnaleith Council and ask for a transfer-in Child Protection Planning Meeting | Orlaith Kerr, key worker | By 09/01/2026 | Achnaleith Council's written acknowledgement on the Trust's system |
| 3.4 | Confirm the tenancy start date and the children's new schools in Achnaleith, and tell the key worker | Lisa McKeown (Mum) | By 09/01/2026 | Tenancy letter and school offer letters seen by Orlaith |

### Contingency plan

If there are further concerns about Conor's or Grace's care, the key worker will discuss them with
the Senior Practitioner and the core group will meet to review the plan.

### Legal planning

If by the review Child Protection Case Conference the children's bedrooms are still without beds,
bedding or light, or Grace has missed her dental appointments, or the family moves without telling
the Trust, Catherine Diamond (Principal Social Worker) will convene a Legal Planning Meeting within
five working days to decide whether to apply for a Care Order or a Supervision Order under the
Children (Northern Ireland) Order 1995.

### Transfer, core group and review

- The Trust stays responsible for the plan until the transfer-in Child Protection Planning Meeting
  in Achnaleith has been held.
- Core group every four weeks at Altnacoyle Primary School at 2pm: 06/01/2026 and 03/02/2026.
- Review Child Protection Case Conference: 09/03/2026 at 10am, Ardnabrack Health Centre, unless the
  transfer-in Child Protection Planning Meeting has been held before then.

Plan sent to Lisa, Gary and every agency named in it on 10/12/2025.
""",
    "findings": [
        F("M002", "Counselling sessions for Conor in school about home"),
        F("X001", "The parenting assessment (started 20/10/2025) is paused"),
        F("T002", "Link Lisa with a Hub member organisation for help"),
        F("W002", "Share any information about the family's move, new address"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. England: Ashmanby County Council's Signs of Safety child protection
#    plan; danger statements, safety goals, scaling, Three Houses, safety
#    network, then family safety rules and next steps tables. Exemplary
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b224_ashmanby_sos_safety_rules_next_steps_network_harding.docx",
    "doc_title": "Signs of Safety Child Protection Plan - Poppy and Alfie Harding",
    "split": "tune",
    "actions": 13,
    "template": "england-county-signs-of-safety-child-protection-plan-docx-details-kv-then-danger-statement-safety-goals-then-whats-working-well-worried-complicating-grid-then-scaling-table-poppys-three-houses-alfies-day-then-safety-network-who-is-who-table-then-family-safety-rules-table-rule-who-keeps-it-when-how-the-network-will-know-then-next-steps-table-then-if-the-safety-plan-is-not-working-legal-gateway-plo-meetings",
    "description": (
        "Exemplary English county Signs of Safety child protection plan from an initial conference for "
        "a 6-year-old girl and a 10-month-old boy whose father drinks heavily; police were called when "
        "he was drunk and punching doors while he was looking after the children during their "
        "mother's night shift, and the girl hid in a wardrobe. A danger statement, safety goals for "
        "the children, what's working well / what we are worried about / complicating factors, "
        "scaling by each person, Poppy's Three Houses and Alfie's day as seen, the safety network, "
        "then the family safety rules and the next steps as tables (Rule or step / Who / When / How "
        "the network will know). The recovery service assesses the father's capacity to change and "
        "its timescale, the grandparents' nights have a fallback (the mother off shift or the aunt, "
        "then foster carers), PLO pre-proceedings follow named triggers through the Legal Gateway "
        "panel, core group and review conference dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Signs of Safety)"),
        ("p", "Ashmanby County Council · Children's Social Care · Family Safeguarding Team (Anderwell). "
              "Safety plan agreed at the initial child protection conference on 04/11/2025 and built with "
              "the family's safety network."),
        ("kv", [
            ("Children", "Poppy Harding, DOB 19/02/2019 (6), Year 2, Anderwell Primary School; Alfie Harding, "
                         "DOB 02/01/2025 (10 months)"),
            ("Address", "27 Whinfield Rise, Anderwell"),
            ("Parents", "Chloe Harding (27), senior carer at a care home, nights on Tuesdays and Thursdays; "
                        "Liam Harding (30), warehouse supervisor"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Becky Thornton, Family Safeguarding Team (team manager: Mark Ellery)"),
            ("Conference chair", "Janet Osei, child protection chair"),
        ]),
        ("h1", "Danger statement"),
        ("p", "Children's social care, the police and Poppy's school are worried that when Liam drinks a lot "
              "he gets angry and loses control, shouting, punching doors and throwing things, and that if "
              "this happens while he is looking after Poppy and Alfie, Poppy will be frightened and hurt "
              "inside, and both children could be physically hurt, because there may be no sober adult "
              "there to keep them safe. On 14/10/2025 neighbours rang the police at 11.40pm: Liam was drunk, "
              "had punched through the bathroom door and was shouting, Alfie was screaming in his cot and "
              "Poppy was hiding in her wardrobe. Chloe was at work. Something similar happened in March 2025."),
        ("h1", "Safety goals"),
        ("p", "Children's social care will be confident that Poppy and Alfie are safe enough to end the plan "
              "when, for at least six months:"),
        ("bullets", [
            "Poppy and Alfie are always looked after by a sober adult, and are never with Liam when he has "
            "been drinking.",
            "Poppy feels safe at home, knows who to tell and what to do if she is frightened, and says so "
            "to her teacher and her social worker.",
            "Alfie is calm, well fed and growing, and is handled gently by everyone who looks after him.",
            "Poppy and Alfie have a safety network around them who know the rules and keep them.",
        ]),
        ("h1", "What we know"),
        ("table", {
            "header": ["What's working well", "What we are worried about", "Complicating factors"],
            "widths": [5.7, 5.7, 5.6],
            "rows": [
                ["Chloe acted on the night: she came home, rang her mum and asked Liam to leave. Liam has "
                 "told Becky \"I can't keep doing this to them\" and booked his own recovery appointment. "
                 "Nanna Sue and Grandad Derek have the children every night Chloe works. Poppy is doing well "
                 "at school and has friends.",
                 "Liam has drunk most evenings for two years, often eight or more cans. Poppy has seen "
                 "him angry and drunk at least twice. Alfie was left in his cot screaming for over an hour "
                 "on 14/10/2025.",
                 "Chloe needs her night shifts for the money. Liam's dad was a heavy drinker and Liam says "
                 "drinking is \"just what men do\". Sue has angina and is waiting for tests."],
            ],
        }),
        ("h1", "Scaling"),
        ("p", "On a scale of 0 to 10, where 10 means everyone is confident Poppy and Alfie are safe enough to end "
              "the plan and 0 means they will be hurt again if nothing changes:"),
        ("table", {
            "header": ["Who", "Score", "Why"],
            "widths": [4.0, 1.5, 11.5],
            "rows": [
                ["Chloe", "6", "\"Liam's moved to Kerry's till he's sorted and Mum has the kids when I work.\""],
                ["Liam", "5", "\"I've not had a drink for two weeks. I know one night isn't enough.\""],
                ["Becky Thornton (SW)", "3", "Liam's sobriety is new and untested, and the plan depends on "
                                            "the grandparents."],
                ["Mrs Julie Kemp (DSL)", "4", "Poppy is calmer at school since Liam moved out."],
            ],
        }),
        ("h1", "What Poppy says, and Alfie's day"),
        ("p", "Poppy made her Three Houses with Becky at school on 28/10/2025. House of worries: \"Daddy shouting "
              "and banging the door\", \"when Daddy smells funny and talks silly\", \"Alfie crying and I can't "
              "make him stop\". House of good things: \"Nanna Sue's, we have pancakes\", \"Daddy playing "
              "dinosaurs\", \"Mummy's cuddles\". House of dreams: \"Daddy not drinking beer any more\" and "
              "\"Alfie's birthday party with a bouncy castle\". She said she hid in the wardrobe \"because it "
              "has a door\"."),
        ("p", "Alfie is 10 months old. At home on 30/10/2025 he crawled to Chloe and pulled himself up on her "
              "legs, babbled \"da-da\" when Liam's photo was on the phone, and ate a whole pouch and half a "
              "banana. He startled and cried when a cupboard door banged shut, and settled within a minute on "
              "Chloe's shoulder. At Nanna Sue's on 01/11/2025 he slept in his travel cot from 7pm."),
        ("h1", "Poppy and Alfie's safety network"),
        ("table", {
            "header": ["Person", "Who they are", "Their part"],
            "widths": [4.0, 5.0, 8.0],
            "rows": [
                ["Sue and Derek Walsh", "Chloe's mum and dad (Nanna Sue and Grandad Derek), Anderwell",
                 "Have the children on Chloe's night shifts"],
                ["Kerry Harding", "Liam's sister, Avonbury",
                 "Liam is staying with her; back-up carer if Sue and Derek cannot help"],
                ["Mrs Julie Kemp", "DSL, Anderwell Primary School", "Poppy's trusted adult at school"],
                ["Nadia Akhtar", "Health visitor, Anderwell Health Centre", "Alfie's health and development"],
                ["Tom Ridley", "Recovery worker, Ashmanby Recovery Partnership", "Liam's drinking"],
            ],
        }),
        ("h1", "Family safety rules"),
        ("p", "These are the rules everyone in the network agreed on 01/11/2025 and signed at the conference."),
        ("table", {
            "header": ["Rule", "Who keeps it", "When", "How the network will know"],
            "widths": [6.0, 3.2, 3.3, 4.5],
            "rows": [
                ["Liam does not drink any alcohol before or while he is with Poppy or Alfie, and blows into the "
                 "remote breathalyser before every time he sees them",
                 "Liam Harding (Dad)",
                 "Every time he sees the children, from 04/11/2025",
                 "Breathalyser readings go straight to Chloe's and Becky's phones; every reading is zero, "
                 "and Becky checks the log every week"],
                ["Liam is never the only adult looking after Poppy and Alfie",
                 "Chloe Harding (Mum)",
                 "From 04/11/2025 until the review conference",
                 "Network calendar on the fridge shows who is with the children every day; Poppy tells "
                 "Becky who put her to bed"],
                ["On Chloe's night shifts the children sleep at Nanna Sue and Grandad Derek's",
                 "Sue and Derek Walsh (maternal grandparents)",
                 "Every Tuesday and Thursday night",
                 "Sue texts Chloe and Becky \"both in bed\" by 8pm; Poppy's reading record signed by Sue on "
                 "Wednesday and Friday mornings"],
                ["Poppy has a safety card with a picture of Nanna Sue's phone number, knows how to ring her, "
                 "and practises it",
                 "Chloe Harding (Mum)",
                 "Card made by 21/11/2025, then practised every Sunday",
                 "Poppy shows Becky her card at a visit and tells her in her own words what she would do"],
            ],
        }),
        ("h1", "Next steps"),
        ("table", {
            "header": ["Next step", "Who", "When", "How the network will know"],
            "widths": [6.0, 3.2, 3.3, 4.5],
            "rows": [
                ["Visit Poppy and Alfie at home, one visit in three unannounced, seeing Poppy on her own and "
                 "Alfie awake",
                 "Becky Thornton, social worker",
                 "Every week until the review conference",
                 "Visit records within two working days, with Poppy's words and what was seen of Alfie"],
                ["Assess Liam's drinking, give him key work and a PEth blood test every month, and write a "
                 "report for each core group on whether he is making the changes Poppy and Alfie need and "
                 "how long further change is likely to take",
                 "Tom Ridley, recovery worker, Ashmanby Recovery Partnership",
                 "Assessment by 21/11/2025; PEth test monthly; report two working days before each core group",
                 "Report with the PEth results on the children's record before every core group"],
                ["Go to key work at Ashmanby Recovery Partnership",
                 "Liam Harding (Dad)",
                 "Every Thursday at 10am from 13/11/2025",
                 "Attendance record sent to Becky each month"],
                ["Complete the 17-week Caring Dads programme",
                 "Liam Harding (Dad)",
                 "Every Monday, 6pm to 8pm, from 12/01/2026",
                 "Facilitator's attendance and progress report to Becky every four weeks"],
                ["Make a Words and Pictures story with Chloe and Liam explaining to Poppy why Becky visits and "
                 "what the safety rules are, then read it with Poppy",
                 "Becky Thornton, social worker, with Chloe and Liam",
                 "Story by 12/12/2025; read with Poppy by 19/12/2025",
                 "Story on file; Poppy can tell Becky in her own words why there are rules"],
                ["Check in with Poppy each morning and tell Becky the same day if she says anything about home "
                 "or is upset",
                 "Mrs Julie Kemp, DSL, Anderwell Primary School",
                 "Every school day",
                 "Logged on CPOMS; weekly summary e-mailed to Becky on Fridays"],
                ["Complete Alfie's 9-12 month review and visit him at home to check his weight, development "
                 "and how he is handled",
                 "Nadia Akhtar, health visitor",
                 "Review by 28/11/2025; home visit every month",
                 "Review results sent to Becky within a week; weight plotted in Alfie's red book"],
                ["Hold safety network meetings with Chloe, Liam, Sue, Derek and Kerry to check the rules are "
                 "working, and update the safety plan and everyone's scaling",
                 "Becky Thornton, social worker",
                 "Every six weeks: 02/12/2025 and 13/01/2026",
                 "Updated safety plan and network scores on the children's record after each meeting"],
                ["Tell Becky about any police call-out to 27 Whinfield Rise or any incident involving Liam",
                 "DS Owen Fletcher, Ashmanby Police Domestic Abuse Unit",
                 "Within 24 hours of any call-out",
                 "Notification e-mail on the children's record with the police incident number"],
            ],
        }),
        ("h1", "If the safety plan is not working"),
        ("bullets", [
            "If Liam has a breathalyser reading above zero, misses a reading before seeing the children, or "
            "is seen drunk: he does not see the children that day; Chloe rings Becky, or the Emergency Duty "
            "Team out of hours, and Becky holds a strategy discussion with the police the same day.",
            "If Liam is drunk at the house, or Poppy or Alfie is hurt or frightened by him: Chloe rings 999, "
            "the children go to Nanna Sue and Grandad Derek's that night, and Becky holds a strategy "
            "discussion with the police the same day.",
            "If Sue and Derek cannot have the children on a night shift (Sue's health, holidays), Chloe does "
            "not work that shift (her manager has agreed this in writing) or Kerry looks after the children "
            "at 27 Whinfield Rise; if none of them can, Becky or the Emergency Duty Team arranges foster carers "
            "for that night.",
        ]),
        ("h1", "Legal planning"),
        ("p", "If Liam is drunk while the children are with him, his PEth tests show he is still drinking "
              "heavily by the review conference, or Poppy or Alfie has to leave home under this plan, Mark "
              "Ellery (team manager) will take the case to Ashmanby's Legal Gateway panel within five working "
              "days to decide whether to start pre-proceedings under the Public Law Outline."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every four weeks at Anderwell Primary School at 3.30pm: 18/11/2025 (within ten "
            "working days of the conference), 16/12/2025 and 13/01/2026.",
            "Review child protection conference: 27/01/2026 at 10am, Ashmanby County Hall.",
        ]),
        ("p", "Plan shared with Chloe, Liam, Sue, Derek, Kerry and every agency named in it on 06/11/2025."),
    ],
    "findings": [],
})
