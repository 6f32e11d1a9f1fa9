"""Batch 98, module s: seven fictional plans (held-out material), places beginning with "s".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: what a serious case review found missing when a premature baby's plan
was built around her mother's needs. Parents with a mental illness or who
misuse drugs or alcohol (adult services owning actions and assessing capacity
to change, or a mental health worker who only "supports"); grandparents and
friends carrying supervision, with and without a fallback; a looked-after
baby in hospital with no visits at a stated frequency; a family moving to
another authority, with some actions carried on and some deferred "until the
move"; legal planning on insufficient progress, or none. Layouts: a
health-led pre-birth plan by stage, a "team around the family" grid, a
discharge planning meeting's plan, a transfer-in conference plan, a core
group minute with its action log, a letter to the parents setting out the
plan, and a child's own "my plan" beside the professional plan. Two plans
(the transfer-in conference plan and the letter) are exemplary.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Health-led pre-birth plan, mother drinking and depressed, 5-year-old
#    sibling. Stage column (antenatal / at the birth / after the birth)
#    merged down. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_sellingthorpe_prebirth_health_led_stage_table_lockwood.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby Lockwood and Rio Lockwood",
    "split": "heldout",
    "actions": 14,
    "template": "prebirth-health-led-word-plan-maternity-header-details-list-why-rios-words-strengths-outcomes-then-stage-merged-down-action-lead-when-evidence-table-contingency-core-group",
    "description": (
        "Pre-birth plan led by the maternity safeguarding team for the unborn baby of a mother who "
        "drinks and has depression, and for her 5-year-old son. The action table is grouped by "
        "stage (antenatal, at the birth, after the birth) in a Stage column merged down. Most rows "
        "are sound and the alcohol team reports on change, but the perinatal CPN only offers "
        "supportive sessions measured by 'Demi feels better in herself', the pre-birth assessment "
        "has no stated output, 'Family' is to have Rio 'as and when needed', one outcome is about "
        "the mother only, the baby's nights rest on the paternal grandmother with no fallback, and "
        "nothing leads to legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE: personal and health information",
    "check_vmerge": 3,
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Sellingthorpe Maternity Safeguarding Team (Sellingthorpe General Hospital), with Sellingthorpe "
              "Council Children's Services. This plan is co-ordinated by the specialist safeguarding midwife "
              "until the baby is born and then by the social worker."),
        ("kv", [
            ("Unborn baby", "Baby Lockwood, due 23/10/2025 (27 weeks at conference)"),
            ("Sibling", "Rio Lockwood (5), DOB 21/03/2020, starting Year 1 at Brambling Lane Primary"),
            ("Mother", "Demi Lockwood (23)"),
            ("Father of the baby", "Reece Tandy (26), lives with Demi and Rio"),
            ("Paternal grandmother", "Angela Tandy, 30 Sexton Street, Sellingthorpe"),
            ("Address", "Flat 9, Carrow Court, Sellingthorpe SL2 6HD"),
            ("Category", "Neglect (unborn baby and Rio)"),
            ("Pre-birth conference", "24/07/2025, Sellingthorpe Civic Centre. Chair: Yvonne Hartley"),
            ("Lead midwife", "Maria Keane, specialist safeguarding midwife"),
            ("Social worker", "Kate Mullins, Safeguarding and Assessment Team"),
        ]),
        ("h1", "Why there is a pre-birth plan"),
        ("p", "Demi told her community midwife at her booking appointment (16 weeks) that she was drinking "
              "a bottle of wine most evenings. She has had depression since she was a teenager and stopped "
              "taking her citalopram when she found out she was pregnant. She has missed three of her six "
              "antenatal appointments. On 02/07/2025 Rio was found by a neighbour on the landing outside the "
              "flat at 8.30pm, in his pyjamas, looking for his mum; Demi was asleep and Reece was at work. "
              "Brambling Lane Primary recorded Rio late 22 times last term, and twice he had no lunch."),
        ("h1", "What Rio has told us, and what we have seen"),
        ("p", "Rio (seen at school on his own, 14/07/2025) said: \u201cMummy is sleepy a lot. I make my cereal "
              "myself. When the baby comes I will show it my dinosaurs.\u201d He said the best place is "
              "\u201cNanny Angela's, because she does pancakes.\u201d He asked whether the baby would be "
              "sleepy too."),
        ("p", "At home on 18/07/2025 Rio stayed close to Reece and showed the SW where the cot would go. He "
              "was clean and in clean clothes, but said he had not had breakfast. The baby is moving well and "
              "the 20-week scan was normal."),
        ("h1", "What is going well"),
        ("p", "Demi came to the conference, agreed that her drinking is a worry and has started seeing the "
              "alcohol team. Reece works days at a builders' merchant and does bedtime with Rio when he is "
              "home. Angela is close to Rio and has offered to stay with the family after the birth."),
        ("h1", "What we want for the baby and for Rio"),
        ("bullets", [
            "The baby is born without harm from alcohol and goes home to a sober adult at every feed, day and "
            "night.",
            "The baby is fed, warm and gaining weight, and sleeps safely on their back in their own cot.",
            "Rio gets to school on time every day, fed and clean, and is never left on his own.",
            "Demi's drinking will stop and her mood will lift.",
        ]),
        ("h1", "The plan, stage by stage"),
        ("table", {
            "header": ["Stage", "Action", "Lead", "When", "Evidence we will see"],
            "widths": [2.2, 5.6, 3.2, 2.8, 3.2],
            "bold_first_col": True,
            "rows": [
                ["Antenatal\n(now until the birth)",
                 "See Demi at the Willow Suite antenatal clinic, check the baby's growth and heartbeat, and "
                 "breath-test Demi for alcohol at every appointment",
                 "Maria Keane, specialist safeguarding midwife",
                 "Fortnightly to 36 weeks, then weekly until the birth",
                 "Breath test readings and growth measurements in the maternity record, emailed to the SW "
                 "after each appointment"],
                [V, "Growth scans to check that the baby is growing well",
                 "Dr Priti Anand, consultant obstetrician",
                 "At 28, 32 and 36 weeks (31/07/2025, 28/08/2025, 25/09/2025)",
                 "Scan reports show growth on or above the 10th centile; copies to the SW and HV"],
                [V, "Offer Demi supportive sessions for her low mood through the rest of the pregnancy",
                 "Shona Blake, CPN, Sellingthorpe Perinatal Mental Health Team",
                 "Every two weeks from 04/08/2025",
                 "Demi feels better in herself"],
                [V, "Assess Demi's drinking, agree a plan with her to stop before the baby is born, breath-test "
                    "her weekly, and report to each core group on whether she is making and keeping the change "
                    "the baby needs",
                 "Lee Akers, recovery worker, Sellingthorpe Alcohol Team",
                 "Assessment by 08/08/2025, then every Monday",
                 "Weekly breath test results, and a written report to the SW two days before each core group"],
                [V, "Complete a pre-birth assessment of Demi's and Reece's parenting, including how Demi cares "
                    "for Rio",
                 "Kate Mullins, social worker",
                 "By 26/09/2025",
                 ""],
                [V, "Visit Rio at home, with one visit a month unannounced, see him on his own, and after the "
                    "birth see the baby at every visit",
                 "Kate Mullins, social worker",
                 "Every two weeks until the birth, then weekly",
                 "Visit records show Rio seen alone with his words written down, and the baby seen"],
                [V, "Antenatal home visit to meet Demi and Reece, see Rio, and check where the baby will sleep",
                 "Jade Fowler, health visitor",
                 "By 32 weeks (28/08/2025)",
                 "Safe sleep checklist completed and a cot seen in the parents' bedroom"],
                [V, "Check Rio's attendance, lateness and how he arrives each morning, and call the SW the same "
                    "day about any worry",
                 "Mrs Helen Price, DSL, Brambling Lane Primary",
                 "Every school day from 03/09/2025",
                 "Attendance sent to the SW every Friday; any call logged on CPOMS"],
                [V, "Go to the Bumps and Babies group with Demi to learn about feeding, crying and safe sleep",
                 "Reece Tandy (father of the baby)",
                 "Six Thursday sessions from 04/09/2025",
                 "Group register and the group leader's end-of-course note sent to the SW"],
                [V, "Have Rio for days out at weekends so that Demi can rest in late pregnancy",
                 "Family",
                 "As and when needed",
                 "Rio's weekends written in the family diary"],
                ["At the birth",
                 "Put an alert and this plan on the maternity system so that labour ward staff ring the SW (or "
                 "the Emergency Duty Team out of hours) when Demi is admitted in labour",
                 "Maria Keane, specialist safeguarding midwife",
                 "By 30 weeks (14/08/2025)",
                 "Alert visible on the maternity system; screenshot sent to the SW"],
                [V, "Hold a discharge planning meeting on the postnatal ward before the baby goes home",
                 "Postnatal ward manager, Sellingthorpe General",
                 "Before discharge",
                 "Written discharge plan copied to the SW, HV, GP and Angela"],
                ["After the birth",
                 "Stay at the flat every night and be the adult awake for the baby's night feeds",
                 "Angela Tandy (PGM)",
                 "Every night for the first four weeks after discharge",
                 "Angela fills in the night feed chart; the HV checks it at each visit"],
                [V, "New birth visit, then weigh the baby every week for the first eight weeks",
                 "Jade Fowler, health visitor",
                 "Within 10 days of the birth, then every Tuesday",
                 "Weights plotted in the red book and emailed to the SW; the baby is back to birth weight by "
                 "day 14"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If Demi has a positive breath test, or is seen to have been drinking at an appointment or at "
              "home, before or after the birth, the midwife or HV will ring the SW the same day and the SW "
              "will hold a strategy discussion with Sellingthorpe Police the same day."),
        ("p", "After the birth the baby will not leave hospital until Angela has moved into the flat. If Demi "
              "drinks while caring for the baby, Angela will take over all of the baby's care and Demi will not "
              "be left alone with the baby or with Rio."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm in the Willow Suite: 05/08/2025, 02/09/2025 and "
            "30/09/2025, and within 10 days of the birth.",
            "Review child protection conference: 21/10/2025, 10am, Sellingthorpe Civic Centre.",
        ]),
    ],
    "findings": [
        F("H001", "Offer Demi supportive sessions for her low mood"),
        F("M002", "Offer Demi supportive sessions for her low mood"),
        F("M001", "Complete a pre-birth assessment of Demi's and Reece's parenting"),
        F("W002", "Have Rio for days out at weekends"),
        F("T002", "Have Rio for days out at weekends"),
        F("F002", "Demi's drinking will stop and her mood will lift."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. ICPC plan in a "team around the family" grid, mother on methadone with
#    bipolar disorder, two young children. Banded landscape grid: the
#    children's team, then Tasha's team. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_shawbeck_team_around_family_grid_greenhalgh.pdf",
    "doc_title": "Child Protection Plan (Team Around the Family) - Mason and Poppy Greenhalgh",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "icpc-team-around-the-family-grid-landscape-word-printed-to-pdf-page-header-footer-details-list-worries-childrens-words-outcomes-then-banded-who-what-when-how-grid-childrens-team-then-mums-team-contingency-meetings",
    "description": (
        "Initial conference plan for a 7-year-old and a 3-year-old whose mother is on a methadone "
        "script and has bipolar disorder, set out as a 'team around the family' grid printed to PDF "
        "with page header and footer: a band of rows for the children's team and a longer band for "
        "Mum's team. The children's rows are sound and a family friend's help has a fallback, but "
        "seven of the twelve rows are about the mother's own treatment and support without a word "
        "about the children; the CMHT care co-ordinator only supports, welfare rights help is "
        "'Ongoing', Mum's appointments are measured by 'Engagement', the HV's overdue review has no "
        "measure, and nothing leads to legal planning."
    ),
    "header": "OFFICIAL-SENSITIVE \u2013 Shawbeck Metropolitan Council \u2013 Children's Services",
    "footer": "Greenhalgh \u2013 Team Around the Family plan (ICPC 22/07/2025) \u2013 Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan: Team Around the Family"),
        ("p", "Shawbeck Metropolitan Council \u00b7 Children's Services \u00b7 Bankside Locality Team"),
        ("kv", [
            ("Children", "Mason Greenhalgh (7), DOB 09/01/2018; Poppy Greenhalgh (3), DOB 27/04/2022"),
            ("Mother", "Tasha Greenhalgh (29)"),
            ("Father", "Lee Greenhalgh, no contact since 2023"),
            ("Family friend", "Gail Rowe, 12 Kestrel Road, Shawbeck (next door but one; Mason's godmother)"),
            ("Address", "10 Kestrel Road, Shawbeck SB3 1TW"),
            ("Category", "Neglect"),
            ("Initial conference", "22/07/2025, Shawbeck Town Hall. Chair: Derek Osei"),
            ("Lead professional", "Amira Sayed, social worker"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Tasha used heroin for six years and has been on a methadone script since January 2025. She has "
              "bipolar disorder. In June she stopped her lithium and became very low. On 30/06/2025 the nursery "
              "could not reach her when Poppy was not collected, and Gail found Tasha asleep and hard to wake; "
              "Mason had let himself in and was looking after Poppy. Tasha's urine screen on 01/07/2025 showed "
              "heroin as well as methadone. Mason's attendance was 84% last year and the nursery says Poppy "
              "often arrives hungry."),
        ("h1", "What Mason and Poppy have told us"),
        ("p", "Mason (seen on his own at school, 15/07/2025): \u201cWhen Mum is poorly I do Poppy's tea. I can "
              "do toast. I don't like it when Mum won't wake up.\u201d He gave home 5 out of 10 and said he would "
              "like \u201cMum to be awake in the mornings and to go to the park\u201d."),
        ("p", "Poppy (seen at home and at nursery) says only a few words. At nursery she eats quickly and asks "
              "for more. At home she climbed onto Mason's lap, not her mum's, and cried when he went upstairs."),
        ("h1", "What we want for Mason and Poppy"),
        ("bullets", [
            "Mason and Poppy are cared for every day by a mum who is not using heroin and is well enough to get "
            "them up, fed and to school and nursery.",
            "Mason goes to school on time every day (95% attendance or more) and Poppy goes to every nursery "
            "session.",
            "Poppy's speech and development are checked and any help she needs is in place.",
            "Mason no longer looks after Poppy, and both children have a safe adult to go to if Mum is unwell.",
        ]),
        ("h1", "The team around the family"),
        ("table", {
            "header": ["Who", "What will be done", "By when / how often", "How we will know"],
            "widths": [5.5, 8.2, 4.8, 7.2],
            "rows": [
                ["Mason and Poppy's team", H, H, H],
                ["Amira Sayed, social worker (lead professional)",
                 "Visit Mason and Poppy at home, with one visit a month unannounced, and see Mason on his own",
                 "Every two weeks from 29/07/2025",
                 "Visit records show both children seen, Mason seen alone and his words written down"],
                ["Mr Owen Tait, DSL, Shawbeck Junior School",
                 "Check Mason's attendance and how he arrives each morning, and call the SW the same day if he "
                 "is absent, late or hungry",
                 "Every school day from 03/09/2025",
                 "Attendance printout emailed to the SW each Friday; calls logged on CPOMS"],
                ["Lisa Crane, manager, Little Acorns Nursery",
                 "Check Poppy in at each session, note who brings and collects her, and call the SW the same "
                 "day if she is not brought",
                 "Every Monday, Wednesday and Friday session",
                 "Signing-in sheet copied to the SW each Friday"],
                ["Hannah Doyle, health visitor",
                 "Complete Poppy's overdue developmental review, including her speech and her weight",
                 "By 29/08/2025",
                 ""],
                ["Gail Rowe (family friend and Mason's godmother)",
                 "Take Mason to school and Poppy to nursery on the mornings Tasha collects her methadone",
                 "Every Tuesday and Thursday morning",
                 "School and nursery registers show both children in on time on those days"],
                ["Tasha's team", H, H, H],
                ["Sean Kirby, recovery worker, Shawbeck Drug and Alcohol Service",
                 "Prescribe and review Tasha's methadone, with supervised consumption and a urine screen each "
                 "month",
                 "Script reviewed monthly; screen on the first Tuesday of each month",
                 "Screen results emailed to the SW within two days of each test"],
                ["Rachel Moss, care co-ordinator, Shawbeck Community Mental Health Team",
                 "Support Tasha at home visits and help her keep to her mood-stabilising medication",
                 "Every two weeks",
                 "Visit dates recorded on the CMHT notes and sent to the SW monthly"],
                ["Dr Ian Fairclough, GP, Bankside Surgery",
                 "Review Tasha's lithium levels, her medication and her physical health",
                 "By 15/08/2025, then every three months",
                 "GP letter to the SW after each review"],
                ["Paul Ngata, welfare rights adviser, Shawbeck Council",
                 "Help Tasha claim PIP and set up a payment plan for her rent arrears",
                 "Ongoing",
                 "PIP claim reference and a payment plan letter on file"],
                ["Tasha Greenhalgh (Mum)",
                 "Keep all her appointments with the drug service and the CMHT",
                 "Weekly and fortnightly, from 29/07/2025",
                 "Engagement"],
                ["Tasha Greenhalgh (Mum)",
                 "Go to the women's recovery group at the Shawbeck Recovery Hub",
                 "Every Wednesday, 10am to 12pm",
                 "Group register copied to the SW each month"],
                ["Beverley Hart, peer mentor, Shawbeck Recovery Hub",
                 "Meet Tasha each week and help her build a life in recovery",
                 "Every Friday from 01/08/2025",
                 "Peer mentor's session log sent to the SW monthly"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Tasha's urine screen shows heroin or cocaine, she misses two methadone pick-ups in a row, or "
              "school or nursery staff see her under the influence, Amira will visit the same day and hold a "
              "strategy discussion with Shawbeck Police the same day, and Mason and Poppy will stay with Gail at "
              "12 Kestrel Road that night."),
        ("p", "If Gail cannot have them, Amira (or the Emergency Duty Team out of hours) will place Mason and "
              "Poppy together with foster carers that evening."),
        ("h1", "Meetings"),
        ("bullets", [
            "Team around the family (core group) every four weeks, Tuesdays at 3.30pm, Shawbeck Family Hub: "
            "12/08/2025, 09/09/2025 and 07/10/2025.",
            "Review child protection conference: 21/10/2025, 2pm, Shawbeck Town Hall.",
        ]),
    ],
    "findings": [
        F("M001", "Complete Poppy's overdue developmental review, including her speech"),
        F("H001", "Support Tasha at home visits and help her keep"),
        F("T002", "Help Tasha claim PIP and set up a payment plan"),
        F("M002", "Keep all her appointments with the drug service and the CMHT"),
        F("F001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Discharge planning meeting's plan for a looked-after premature baby
#    (section 20) still on the neonatal unit; mother uses cocaine and
#    alcohol. Nobody is set to visit the baby at a stated frequency.
#    Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_silverhay_discharge_planning_meeting_plan_marchbank.pdf",
    "doc_title": "Discharge Planning Meeting - Ivy Marchbank",
    "split": "heldout",
    "actions": 11,
    "template": "discharge-planning-meeting-notes-word-printed-to-pdf-page-header-footer-details-list-attendees-progress-on-the-unit-discharge-goals-then-task-who-by-when-evidence-table-problems-next-meetings",
    "description": (
        "Plan from a neonatal discharge planning meeting for a baby born at 32 weeks, accommodated "
        "under section 20 and still on the neonatal unit, who is also on a child protection plan; "
        "her mother uses cocaine and alcohol. Printed to PDF with page header and footer. Ward, "
        "outreach and IRO rows are sound, but the social worker visits the unit 'As and when "
        "possible' and no one else is set to visit at a stated frequency, the foster carers are 'to "
        "be identified' by no one, the parenting assessment has no output, the drug service is only "
        "somewhere the mother goes, the contingency is to 'discuss' and 'review' on 'concerns', the "
        "review conference is 'to be confirmed' and there is no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE \u2013 Silverhay General Hospital and Silverhay Council Children's Services",
    "footer": "Ivy Marchbank \u2013 Discharge planning meeting 30/07/2025 \u2013 Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Discharge Planning Meeting: Plan"),
        ("p", "Wren Neonatal Unit, Silverhay General Hospital, with Silverhay Council Children's Services"),
        ("kv", [
            ("Baby", "Ivy Marchbank, born 04/07/2025 at 32+1 weeks (birth weight 1.62kg), now 26 days old"),
            ("Where Ivy is now", "Wren Neonatal Unit, Silverhay General Hospital, special care nursery, cot 3"),
            ("Legal status", "Looked after, accommodated under section 20 of the Children Act 1989 since "
                             "11/07/2025; subject to a child protection plan (neglect) since the pre-birth "
                             "conference on 10/06/2025"),
            ("Mother", "Jodie Marchbank (19), 4 Tanner's Yard, Silverhay SV6 2LQ"),
            ("Father", "Not named"),
            ("Meeting", "30/07/2025, Wren Unit parents' room. Chair: Fiona Grant, neonatal discharge "
                        "co-ordinator"),
            ("Present", "Fiona Grant; Dr Marcus Lyle (consultant neonatologist); Sister Claire Odell; Nina "
                        "Brook (neonatal outreach nurse); Aaron Whitby (social worker); Liz Tomkins (health "
                        "visitor); Jodie Marchbank"),
        ]),
        ("h1", "Why Ivy is looked after"),
        ("p", "Jodie used cocaine and drank heavily through her pregnancy. Ivy was born early after Jodie was "
              "brought to the hospital by ambulance from a party. On 09/07/2025 Jodie came onto the unit drunk "
              "and tried to lift Ivy out of her incubator, and was asked to leave by security. On 11/07/2025 "
              "she agreed that Ivy should be looked after and signed section 20 consent. Jodie has open "
              "visiting and has visited four times since then, each time sober."),
        ("h1", "Ivy's progress on the unit"),
        ("p", "Ivy is now out of her incubator and in a cot. She is fed by nasogastric tube and has started "
              "two breastmilk bottle feeds a day; she weighs 1.98kg. Nurses say she is alert before feeds, "
              "tires quickly at the bottle and settles best when she is wrapped and held skin to skin. When "
              "Jodie held her on 26/07/2025 Ivy went quiet and fell asleep on her chest, and Jodie asked the "
              "nurse to show her how to do the tube feed. Ivy startles at loud noise and the nurses keep her "
              "cot away from the door."),
        ("h1", "Discharge goals for Ivy"),
        ("bullets", [
            "Ivy takes all her feeds by bottle or breast and gains weight steadily before she leaves the unit.",
            "Ivy goes home from hospital to foster carers trained in her care, with a written discharge plan.",
            "Ivy keeps getting to know her mum through regular, safe family time after discharge.",
        ]),
        ("h1", "Discharge plan"),
        ("table", {
            "header": ["Task", "Who", "By when", "Evidence"],
            "widths": [6.0, 3.8, 3.0, 4.2],
            "rows": [
                ["Teach Jodie Ivy's tube feeding, bathing and basic life support, with a nurse present",
                 "Sister Claire Odell, Wren Neonatal Unit",
                 "By 15/08/2025",
                 "Competency checklist signed off and kept in Ivy's notes"],
                ["Foster carers experienced with premature babies to be identified",
                 "-",
                 "By 08/08/2025",
                 "Placement confirmed in writing to the unit"],
                ["Visit Ivy on the unit and meet her nursing team",
                 "Aaron Whitby, social worker",
                 "As and when possible",
                 "Visit notes on Ivy's file"],
                ["Train the foster carers in tube feeding and resuscitation before Ivy leaves the unit",
                 "Sister Claire Odell, Wren Neonatal Unit",
                 "Before discharge",
                 "Training record signed by the carers and the nurse"],
                ["Confirm the discharge date and write Ivy's discharge summary",
                 "Dr Marcus Lyle, consultant neonatologist",
                 "At least 5 days before discharge",
                 "Discharge summary copied to the SW, the carers, the GP and the HV"],
                ["Register Ivy with the foster carers' GP and hand over her health visiting",
                 "Liz Tomkins, health visitor, Silverhay Community Health",
                 "Before discharge",
                 "GP registration confirmed and Ivy's records received by the carers' HV"],
                ["Visit the foster home, then weigh Ivy and check her feeding for her first six weeks out of "
                 "hospital",
                 "Nina Brook, neonatal outreach nurse",
                 "Within 48 hours of discharge, then every Thursday",
                 "Weights on Ivy's corrected-age chart, emailed to the SW after each visit"],
                ["Hold Ivy's first looked-after child review on the unit",
                 "Grace Ellery, IRO",
                 "08/08/2025",
                 "Review record and decisions sent to the SW and Jodie within 5 working days"],
                ["Arrange Jodie's family time with Ivy at Silverhay Family Centre after discharge",
                 "Aaron Whitby, social worker",
                 "Three sessions a week from the first week after discharge",
                 "Family centre record of each session, including how Jodie feeds and settles Ivy"],
                ["Attend the Silverhay Drug and Alcohol Service about her cocaine and alcohol use",
                 "Jodie Marchbank (mother)",
                 "Weekly from 04/08/2025",
                 "Attendance letter from the service sent to the SW every month"],
                ["Complete a parenting assessment of Jodie",
                 "Aaron Whitby, social worker",
                 "Start by 11/08/2025; finish by 26/09/2025",
                 ""],
            ],
        }),
        ("h1", "If there are problems"),
        ("p", "If there are concerns about Jodie's visits or about the placement, the unit and the social "
              "worker will discuss them and review the discharge plan."),
        ("h1", "Next meetings"),
        ("bullets", [
            "Core group: every four weeks; next on 19/08/2025 at Silverhay Family Centre.",
            "Review child protection conference: to be confirmed once Ivy has left hospital.",
            "Looked-after child review: 08/08/2025 on the Wren Unit.",
        ]),
    ],
    "findings": [
        F("W001", "Foster carers experienced with premature babies to be identified"),
        F("T002", "Visit Ivy on the unit and meet her nursing team"),
        F("M001", "Complete a parenting assessment of Jodie"),
        F("L001"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Transfer-in conference plan: the family has moved into Sprackleton from
#    another authority; mother recovering from postpartum psychosis, baby
#    born at 35 weeks. Markdown with a transfer summary table and an action
#    table with a "from the old plan?" column. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_sprackleton_transfer_in_conference_plan_aldridge.md",
    "split": "heldout",
    "actions": 14,
    "template": "transfer-in-conference-markdown-transfer-summary-table-family-why-childrens-words-and-observed-day-outcomes-then-action-table-who-when-how-well-know-carried-over-or-new-column-contingency-with-fallback-and-legal-meetings",
    "description": (
        "Exemplary plan made at a transfer-in conference for a 3-year-old and a 10-week-old baby "
        "born at 35 weeks, whose mother is recovering from postpartum psychosis and has bipolar "
        "disorder; the family has moved to be near the maternal grandmother. Markdown with a "
        "transfer summary table and an action table whose last column says whether each action is "
        "carried over from the old authority's plan or new. Nothing waits for the move: every row "
        "has an owner, a date or frequency and something that will be seen; the perinatal "
        "psychiatrist and CPN both report on capacity to change, the GP owns the prescription, the "
        "grandmother's afternoons have a fallback, legal planning follows named triggers, core "
        "group and review dates are set."
    ),
    "text": """\
# Child Protection Plan: Transfer-In Conference

**Sprackleton County Council, Children's Services, Family Safeguarding Team (West)**

| Transfer summary | |
|---|---|
| Children | **Keira Aldridge**, 3 (DOB 12/05/2022) and **Finn Aldridge**, 10 weeks (DOB 22/05/2025, born at 35 weeks) |
| Address | 6 Wickham Close, Sprackleton SP4 8JN (since 14/07/2025) |
| Parents | Sophie Aldridge (27) and Dean Aldridge (30) |
| Maternal grandmother | Pauline Hayes, 19 Orchard Mews, Sprackleton (five minutes' walk) |
| Transferring authority | Mereford City Council (plan made at ICPC on 03/06/2025; category: neglect) |
| Transfer-in conference | Monday 04/08/2025, Sprackleton County Hall. Chair: Rosalind Eke |
| Social worker from today | Bethan Cole, Sprackleton (Mereford's social worker, Priya Nair, attended and handed over) |

The Mereford plan stays in force, action by action, until each action below takes over from it today.
Nothing in it has been stopped or put on hold because of the move.

## 1. Why Keira and Finn have a plan

Sophie has bipolar disorder. Ten days after Finn was born she became unwell with postpartum
psychosis: she did not sleep for three nights, believed Finn was "not really hers" and was found by
Dean trying to leave the house with him at 3am in the rain. She was admitted with Finn to the Mereford
mother and baby unit for nearly three weeks and came home on 20/06/2025, much better and taking lithium. The
family moved to Sprackleton on 14/07/2025 so that Pauline can help every day. Dean works 7am to 3pm,
Monday to Friday.

## 2. What Keira and Finn have shown and told us

Keira (seen at home on 31/07/2025, with Pauline and then on her own in the garden) said: "Mummy was
poorly in her head and went to the baby hospital. I stayed with Daddy. Nanna Pauline does my hair."
She drew her new house with "a big bed for Finn" and said she did not like the old house "because
Mummy cried". She asked twice whether Mummy would go away again.

Finn is feeding well from a bottle, 150ml every three to four hours. On the visit he fixed his eyes on
Sophie's face while she fed him and she talked to him the whole time. He startles when Keira shouts
and settles quickly when Dean holds him upright. He is on the 25th centile for his corrected age.

## 3. What needs to be true for Keira and Finn

1. Keira and Finn are cared for every day by a parent who is well, and are never alone with Sophie if
   she shows signs of becoming unwell.
2. Finn is fed on time and keeps growing along the 25th centile for his corrected age.
3. Keira settles in her new home and at nursery and understands, in words she can follow, why Mummy
   was poorly.

## 4. The plan

| # | What will happen | Who | When | How we'll know | From the Mereford plan? |
|---|---|---|---|---|---|
| 1 | Visit Keira and Finn at home, with one visit a month unannounced; see Keira on her own and watch Finn being fed and settled | Bethan Cole, SW, Sprackleton | Every Thursday from 07/08/2025 | Visit records with Keira's own words and how Finn was handled and fed | Carried over (weekly in Mereford) |
| 2 | Weigh Finn at home and plot his weight on his corrected-age chart | Ruth Ingham, health visitor, Sprackleton Community Health | Every Tuesday from 05/08/2025 | Weight on or above the 25th centile, emailed to the SW the same day | Carried over |
| 3 | Assess Sophie's recovery from postpartum psychosis, and write to the SW with her view of Sophie's capacity to change, the steps still needed and how long they will take, so that she can care safely for Keira and Finn | Dr Amina Sheikh, consultant perinatal psychiatrist, Sprackleton Perinatal Mental Health Team | First appointment by 15/08/2025; written assessment by 19/09/2025 | Written assessment on file and shared with the core group by 19/09/2025 | New |
| 4 | Visit Sophie at home, check her mood, sleep and lithium, and report to each core group on whether she is staying well enough to care for Keira and Finn and what still needs to change | Joel Barker, perinatal CPN, Sprackleton Perinatal Mental Health Team | Every Monday; written report two days before each core group | Visit notes with Sophie's relapse signs checked; report on file before each core group | Carried over (from the Mereford perinatal team) |
| 5 | Register the family, take over Sophie's prescription and check her lithium level | Dr Helen Marsh, GP, Priory Lane Surgery | Registered by 08/08/2025; lithium level by 22/08/2025 | GP letter with the lithium result sent to the SW and Dr Sheikh | New |
| 6 | Be at the house from 12pm to 6pm so that Sophie is never on her own with Keira and Finn in the afternoons, and fill in the day log | Pauline Hayes (MGM) | Every weekday from 04/08/2025 | Day log in the red folder, read by the SW at each Thursday visit | New |
| 7 | Take Keira to nursery and collect her at the end of each session | Pauline Hayes (MGM) | Monday to Friday mornings from 01/09/2025 | Little Wrens signing-in book shows Pauline at drop-off and pick-up | New |
| 8 | Do Finn's 10pm and 2am feeds and write them on the feed chart | Dean Aldridge (Dad) | Every night from 04/08/2025 | Feed chart checked by the HV every Tuesday | Carried over |
| 9 | Check Keira in at each session, note how she arrives, and call the SW the same day about any worry | Mrs Jenny Ashworth, manager, Little Wrens Nursery | Every session from 01/09/2025 | Attendance and a short note on Keira emailed to the SW every Friday | New |
| 10 | Arrange Keira's funded nursery place at Little Wrens Nursery | Bethan Cole, SW, Sprackleton | By 22/08/2025 | Written offer with Keira's start date on file | New |
| 11 | Complete an updated child and family assessment, building on Mereford's parenting assessment | Bethan Cole, SW, Sprackleton | By 26/09/2025 | Assessment shared with Sophie, Dean and the core group by 26/09/2025 | New |
| 12 | Do three sessions of direct work with Keira about the move and about Mummy being poorly, using her worry monster book | Bethan Cole, SW, Sprackleton | By 29/08/2025 | Keira's drawings and what she said kept on her file and brought to the core group | New |
| 13 | Send the Mereford perinatal team's discharge summary and the full parenting assessment to Sprackleton | Priya Nair, SW, Mereford City Council | By 08/08/2025 | Both documents logged on Sprackleton's system; receipt emailed to Priya | Carried over |
| 14 | Take Finn to his neonatal follow-up clinic at Sprackleton Royal Infirmary | Sophie and Dean | 02/09/2025 | Clinic letter on Finn's file and copied to the HV | Carried over |

## 5. If things go wrong

- **If Sophie shows two or more of her relapse signs** (not sleeping for two nights, racing thoughts,
  missing her lithium, saying Finn is not hers) **or says she has thoughts of harming herself or the
  children**: Dean or Pauline ring the perinatal crisis line at once; Sophie is not left alone with
  Keira or Finn; Bethan holds a strategy discussion the same day.
- **If Pauline cannot come** (she is ill or away): Dean takes carer's leave, which his employer has
  agreed in writing. If neither Dean nor Pauline can be there, Bethan arranges that day for Keira and
  Finn to stay together with Sprackleton foster carers, with Sophie and Dean seeing them every day.
- **If Sophie is admitted to hospital again**, if Dr Sheikh's assessment says Sophie cannot make the
  changes within Finn's timescale, or if Finn's weight falls below the 9th centile at two weighs in a
  row: Bethan requests a legal planning meeting within 5 working days.

## 6. Meetings

- Core group every four weeks, Tuesdays at 10am, Sprackleton Family Hub: 19/08/2025, 16/09/2025 and
  14/10/2025.
- Review child protection conference: Tuesday 28/10/2025, 1.30pm, Sprackleton County Hall.
- Sophie and Dean can bring Pauline or an advocate to every meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group minute with its action log; mother drinks and has low mood,
#    two school-age children; the family moves to another authority in
#    three weeks. Some work carried on, some deferred to the move.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_swanscar_core_group_minute_action_log_hepworth.docx",
    "doc_title": "Core Group Minutes and Action Log - Tia and Alfie Hepworth",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "template": "core-group-minute-landscape-word-details-list-agency-updates-childrens-views-outcomes-from-icpc-the-move-contingency-then-action-log-table-no-action-owner-due-how-we-will-know-status-next-meetings",
    "description": (
        "Minutes of a third core group for a 10-year-old and a 6-year-old whose mother drinks and "
        "has low mood, three weeks before the family moves to another authority; the action log is "
        "the plan. Weekly visits rightly carry on until the receiving authority's transfer-in "
        "conference and the alcohol service reports on change, and the grandparents' weekends have "
        "a fallback. Faults: the Triple P referral is deferred until after the move and Alfie's "
        "continence assessment is handed on to the new area, Talking Therapies only treats, the "
        "'Family network' is to keep an eye on Mum's drinking measured by 'Monitored', the review "
        "conference is left for the new authority to arrange, and there is no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting: Minutes and Action Log"),
        ("p", "Swanscar Borough Council \u00b7 Children's Services \u00b7 Safeguarding Team North \u00b7 Core group 3"),
        ("kv", [
            ("Children", "Tia Hepworth (10), DOB 14/02/2015; Alfie Hepworth (6), DOB 30/09/2018"),
            ("Parent", "Leanne Hepworth (34), mother"),
            ("Maternal grandparents", "Ron and Val Hepworth, 8 Gorse Lane, Swanscar"),
            ("Plan", "Child protection plan made at the initial conference on 06/05/2025 (neglect)"),
            ("Meeting", "Tuesday 01/07/2025, 4pm, Swanscar Family Centre"),
            ("Chair and minutes", "Dylan Marsh, social worker"),
            ("Present", "Leanne Hepworth; Val Hepworth; Dylan Marsh (SW); Marcus Obi (Swanscar Alcohol "
                        "Service); Mrs Ann Fielding (DSL, Swanscar Park Primary); Kim Dolan (school nurse)"),
            ("Apologies", "Leah Brown (Swanscar Talking Therapies), report sent"),
        ]),
        ("h1", "1. Updates since the last core group (03/06/2025)"),
        ("p", "Alcohol service: Leanne has been to four of five Thursday sessions. Three breath tests were "
              "clear; the test on 19/06/2025 read 0.21 in the morning, and Leanne said she had drunk the night "
              "before after a row with her landlord. School: Tia's attendance is 93% this half-term (86% in "
              "the spring); Alfie was late three times. Tia has told her teacher she is worried about moving "
              "school. School nurse: Alfie is still wetting the bed most nights and sometimes in the day. "
              "Talking Therapies: Leanne has had six CBT sessions for low mood and anxiety."),
        ("h1", "2. What Tia and Alfie have said"),
        ("p", "Tia (seen on her own at school, 26/06/2025): \u201cMum's better on the days she goes to Marcus. "
              "I don't want to move, all my friends are here. If Mum drinks I'll ring Nana Val.\u201d She scored "
              "home 6 out of 10 (4 out of 10 in May). Alfie (seen at home, 27/06/2025) showed the SW his new "
              "bike from Grandad Ron and said his favourite day is Saturday \u201cat Nana's\u201d. He said he "
              "gets \u201ca bit scared\u201d when Mum is \u201cgrumpy and sleepy\u201d."),
        ("h1", "3. Outcomes in the plan (agreed at the initial conference)"),
        ("bullets", [
            "Tia and Alfie are cared for every day by a sober adult who gets them to school on time, fed and "
            "clean.",
            "Tia no longer worries about or looks after her mum and brother.",
            "Alfie's wetting is assessed and he gets the help he needs.",
        ]),
        ("h1", "4. The move to Kelderby"),
        ("p", "Leanne has been offered a housing association house at 21 Lark Rise, Kelderby, and the family "
              "moves on Friday 25/07/2025. Kelderby City Council was told on 20/06/2025 and will hold a "
              "transfer-in conference within 15 working days of the move. Ron and Val are staying in Swanscar, "
              "35 minutes' drive from Kelderby, and will keep having the children at weekends."),
        ("h1", "5. Contingency plan (reviewed, unchanged)"),
        ("p", "If Leanne is found to have been drinking while caring for Tia and Alfie (a positive breath test, "
              "a call from Tia, or a report from school), the children will go to Ron and Val's home at 8 Gorse "
              "Lane that day and the SW will hold a strategy discussion the same day."),
        ("p", "If Ron and Val cannot have them, the SW (or the Emergency Duty Team out of hours) will place Tia "
              "and Alfie together with foster carers that night."),
        ("h1", "6. Action log"),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "How we will know", "Status"],
            "widths": [1.4, 7.4, 4.4, 4.0, 6.0, 2.5],
            "rows": [
                ["CG3.1", "Continue home visits to Tia and Alfie, seeing each child on their own, until the "
                          "Kelderby transfer-in conference",
                 "Dylan Marsh, SW", "Every week until the transfer-in conference",
                 "Visit records show both children seen alone each week, with their words written down",
                 "Carried forward"],
                ["CG3.2", "Send Kelderby the transfer pack: chronology, assessment, this plan and all core "
                          "group minutes",
                 "Dylan Marsh, SW", "By 11/07/2025",
                 "Kelderby's written receipt on both children's files", "New"],
                ["CG3.3", "Key-work and breath tests with Leanne, and a written report to each core group on "
                          "whether she is making the changes Tia and Alfie need",
                 "Marcus Obi, recovery worker, Swanscar Alcohol Service",
                 "Every Thursday; report two days before each core group",
                 "Breath test results and the written report emailed to the SW", "Carried forward"],
                ["CG3.4", "Continue weekly CBT sessions with Leanne for her low mood and anxiety",
                 "Leah Brown, CBT therapist, Swanscar Talking Therapies",
                 "Every Monday until 21/07/2025",
                 "Attendance letter to the SW", "Carried forward"],
                ["CG3.5", "Refer Leanne to the Triple P parenting programme nearest her new home",
                 "Dylan Marsh, SW", "Deferred until after the move on 25/07/2025",
                 "Place confirmed in writing", "Deferred"],
                ["CG3.6", "Alfie's continence assessment to be handed on to the Kelderby school nursing team "
                          "once the family has moved",
                 "Kim Dolan, school nurse, Swanscar School Nursing", "At the move, 25/07/2025",
                 "Referral letter copied to the SW", "Deferred"],
                ["CG3.7", "Check Tia's and Alfie's attendance and how they arrive every morning, and call the "
                          "SW the same day about any worry",
                 "Mrs Ann Fielding, DSL, Swanscar Park Primary",
                 "Every school day until the end of term, 22/07/2025",
                 "Attendance sent to the SW every Friday; calls logged on CPOMS", "Carried forward"],
                ["CG3.8", "Have Tia and Alfie to stay every Friday night and all day Saturday",
                 "Ron and Val Hepworth (MGPs)", "Every weekend",
                 "Val texts the SW each Saturday; the children talk about their weekends at each SW visit",
                 "Carried forward"],
                ["CG3.9", "Keep an eye on Leanne's drinking when the children come home on Sundays",
                 "Family network", "Every Sunday", "Monitored", "New"],
                ["CG3.10", "Drink no alcohol while caring for Tia and Alfie and keep none in the house",
                 "Leanne Hepworth (Mum)", "Every day, from 01/07/2025",
                 "Breath tests clear at every Thursday session and every SW visit", "Carried forward"],
                ["CG3.11", "Apply to Kelderby for school places for Tia and Alfie from 03/09/2025",
                 "Dylan Marsh, SW", "By 15/07/2025",
                 "School place offers on file before the move", "New"],
            ],
        }),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group 4: Tuesday 22/07/2025, 4pm, Swanscar Family Centre (the last before the move).",
            "Transfer-in conference: to be arranged by Kelderby City Council.",
            "Review child protection conference: to be arranged by Kelderby after the transfer.",
        ]),
        ("p", "Minutes agreed by Leanne and Val at the end of the meeting. Copies to all present and to Leah "
              "Brown."),
    ],
    "findings": [
        F("H001", "Continue weekly CBT sessions with Leanne for her low mood"),
        F("X001", "Refer Leanne to the Triple P parenting programme"),
        F("X001", "Alfie's continence assessment to be handed on to the Kelderby"),
        F("W002", "Keep an eye on Leanne's drinking when the children"),
        F("M002", "Keep an eye on Leanne's drinking when the children"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Letter to the parents after a review conference setting out the plan;
#    baby born at 30 weeks, mother with postnatal depression, father
#    drinking, paternal grandparents at weekends. Each numbered paragraph is
#    one action. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_saddlecombe_letter_to_parents_plan_fenwick.docx",
    "doc_title": "Letter to Kerry and Gary Fenwick - Child Protection Plan for Jack and Lola",
    "split": "heldout",
    "actions": 10,
    "template": "letter-to-parents-after-rcpc-word-council-address-lines-date-right-dear-paragraphs-then-headed-sections-why-childrens-words-outcomes-numbered-what-will-happen-sentences-if-things-go-wrong-meetings-sign-off",
    "description": (
        "Exemplary letter from the social worker to both parents after a review conference, setting "
        "out the plan for a 5-year-old and a 7-month-old born at 30 weeks; the mother has postnatal "
        "depression and the father drinks. Written to the parents in the second person, with each "
        "action a numbered sentence naming who, when and what will be seen. The perinatal "
        "psychiatrist and nursery nurse assess and report on change, the alcohol service reports on "
        "whether the father is making the changes needed, the paternal grandparents' weekends have a "
        "fallback, legal planning follows named triggers, and core group and review dates are set."
    ),
    "blocks": [
        ("pl", "Saddlecombe Council, Children's Services"),
        ("pl", "Safeguarding Team (South), Abbey House, 3 Minster Street, Saddlecombe SD1 2AW"),
        ("pl", "Telephone 01632 960 418"),
        ("pr", "31 July 2025"),
        ("pl", "Kerry and Gary Fenwick"),
        ("pl", "22 Heron Way"),
        ("pl", "Saddlecombe SD4 7NB"),
        ("p", ""),
        ("boldp", "Jack and Lola's child protection plan"),
        ("p", "Dear Kerry and Gary,"),
        ("p", "Thank you both for coming to the review child protection conference on Tuesday 29 July 2025 and "
              "for being so open about how the last three months have been. The conference decided that Jack "
              "and Lola still need a child protection plan, under the category of neglect. I said I would put "
              "the plan in writing for you, so that you know exactly what each of us will do and what will "
              "happen if things go wrong. Please read it together and ring me if anything is unclear."),
        ("h2", "Why Jack and Lola still need a plan"),
        ("p", "Lola was born at 30 weeks and spent seven weeks on the neonatal unit. Since she came home "
              "Kerry has had postnatal depression, and she told the conference that some days she still "
              "cannot face feeding Lola. Gary has been drinking most evenings; in April he was found asleep "
              "and smelling of alcohol while looking after both children. Things are better than they were: "
              "Gary has had five clear breath tests in a row, and Kerry's mood has lifted since she started "
              "with the perinatal team. But Lola's weight dropped in June and is only just back on her line, "
              "and the conference wants to see the changes last."),
        ("h2", "What Jack and Lola have shown and told us"),
        ("p", "When I saw Jack on his own at school on 22 July he said: \u201cDaddy doesn't do the shouting "
              "now. Nanny Maureen does the best tea. I want Mummy to smile more.\u201d He gave home 7 out of "
              "10, up from 4 in April, and said the best thing is \u201cDaddy taking me to the swings\u201d."),
        ("p", "Lola is 7 months old (about 4\u00bd months for her corrected age). On my visits she has been "
              "clean and warm. She smiles at Jack and follows him round the room with her eyes. She feeds "
              "best when she is held upright and is talked to; on 24 July she turned away and fussed when "
              "Kerry fed her without looking at her, and settled when Kerry sang to her."),
        ("h2", "What we all want for Jack and Lola"),
        ("bullets", [
            "Lola is fed on time, day and night, and her weight stays on or above the 9th centile for her "
            "corrected age.",
            "Jack and Lola are looked after every day by a parent who is sober and well enough to notice and "
            "meet their needs.",
            "Jack goes to school every day, on time, and tells us he feels safe and happy at home.",
        ]),
        ("h2", "What will happen"),
        ("numbers", [
            "I, Nadia Farrell (your social worker), will visit Jack and Lola at home every Wednesday, with at "
            "least one visit a month unannounced, and I will write down in my visit record how Lola is "
            "feeding and what Jack tells me on his own.",
            "Ruth Okoro, your health visitor, will weigh Lola at Heron Way Clinic every other Monday and plot "
            "her weight on her corrected-age chart, and she will email me the weight the same day.",
            "Dr Sara Lindh, consultant perinatal psychiatrist at the Saddlecombe Perinatal Mental Health Team, "
            "will see Kerry every other Thursday, and by 12 September 2025 she will write to me with her "
            "assessment of whether Kerry is recovering well enough to care for Lola and Jack, what still "
            "needs to change and how long it is likely to take.",
            "Sam Harte, nursery nurse in the perinatal team, will film a short feed-and-play session with "
            "Kerry and Lola every Friday for six weeks from 8 August 2025, and will score the first and last "
            "films and send me both scores to show whether Kerry's responses to Lola are changing.",
            "Tom Reddy, Gary's recovery worker at Saddlecombe Alcohol Service, will see Gary every Tuesday and "
            "breath-test him at each session, and he will send me the results every Friday and a written "
            "report before each core group on whether Gary is making the changes Jack and Lola need and how "
            "long further change is likely to take.",
            "Gary, from today, 31 July 2025, you will not drink any alcohol while you are looking after Jack and Lola, and "
            "your breath tests at every Tuesday session and every one of my visits will show this.",
            "Brian and Maureen Fenwick (Gary's parents) will be at your house every Saturday and Sunday from "
            "8am to 4pm while Kerry is at work, and they will sign the contact book, which I will read at "
            "each Wednesday visit.",
            "Mrs Joanne Pike, the designated safeguarding lead at Saddlecombe Infant School, will check Jack's "
            "attendance and how he arrives every school day from 3 September 2025, and she will email me his "
            "attendance every Friday and ring me the same day about any worry.",
            "Kerry and Gary, you will take Lola to her neonatal follow-up appointment at Saddlecombe Royal "
            "Hospital on 19 August 2025, and the clinic letter will go on her file.",
            "I, Nadia, will do four sessions of direct work with Jack at school about home and his feelings "
            "by 26 September 2025, and I will keep his drawings and what he says on his file and bring them "
            "to the core group.",
        ]),
        ("h2", "If things go wrong"),
        ("p", "If Gary has a positive breath test or is found to have been drinking while looking after the "
              "children, or if Kerry tells anyone that she has thoughts of harming herself or Lola, I will hold "
              "a strategy discussion the same day, and Jack and Lola will stay with Brian and Maureen at 5 "
              "Orchard Rise that night."),
        ("p", "If Brian and Maureen cannot be at your house on a weekend (for example one of them is ill), "
              "Kerry will not go to work that day, which her manager at Greenways has agreed. If that is not "
              "possible either, I will arrange for Jack and Lola to be looked after together by Saddlecombe "
              "foster carers that day."),
        ("p", "If Gary has two positive breath tests in any four weeks, Lola's weight falls below the 2nd "
              "centile at two weighs in a row, or Dr Lindh's assessment says Kerry cannot make the changes in "
              "time for Lola, I will ask my manager, Carl Boyd, for a legal planning meeting within 5 working "
              "days to decide whether to start the Public Law Outline."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 10am, Heron Way Children's Centre: 20 August, "
            "17 September and 15 October 2025.",
            "Second review child protection conference: Tuesday 11 November 2025, 10am, Saddlecombe Civic "
            "Centre.",
        ]),
        ("p", "You can bring a friend or an advocate to any meeting. If you disagree with any part of the "
              "plan, please tell me or the conference chair, Helen Ambrose, on 01632 960 400."),
        ("p", "Yours sincerely,"),
        ("pl", "Nadia Farrell"),
        ("pl", "Social worker, Safeguarding Team (South)"),
        ("pl", "Copies: Dr Sara Lindh; Tom Reddy; Ruth Okoro; Mrs Joanne Pike; Brian and Maureen Fenwick"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A 9-year-old's own "my plan" beside the professional plan; mother with
#    depression, father smoking cannabis, an aunt and a friend helping.
#    Plain text: Part 1 in Jayden's words, Part 2 with bracketed field
#    lines under each numbered action. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b98_skipwell_my_plan_beside_professional_plan_tully.txt",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plain-text-two-parts-childs-own-my-plan-about-me-what-i-told-wishes-if-i-am-worried-then-professional-plan-family-why-outcomes-numbered-actions-with-bracketed-who-when-how-field-lines-if-things-go-wrong-meetings",
    "description": (
        "Initial conference plan for a 9-year-old and a 3-year-old, in two parts: Jayden's own 'my "
        "plan' in his words (about me, what I told Sam, my three wishes, if I am worried), then the "
        "professional plan with numbered actions and bracketed who / when / how we'll know lines. "
        "The mother has depression and the father smokes cannabis daily, but no adult service has "
        "any action; the mother is to see her GP 'when she feels ready', the father's action is "
        "measured by 'improvement', a friend calls round 'when she can' with no measure, the "
        "'family network' owns football, the speech referral has no timescale, one outcome is about "
        "the parents only, the aunt and friend carry the mornings and the contingency with no "
        "fallback, and there is no legal step."
    ),
    "text": """\
SKIPWELL COUNCIL - CHILDREN AND FAMILIES SERVICE
CHILD PROTECTION PLAN - Jayden Tully (9) and Mia Tully (3)
Initial child protection conference: Thursday 17/07/2025, Skipwell Town Hall
Chair: Marion Okoye          Social worker: Sam Adeyemi, Skipwell Family Safeguarding

This plan has two parts. Part 1 is Jayden's own plan. He made it with Sam at
school on 10/07/2025 and chose what went in it; a copy is on his bedroom wall.
Part 2 is the plan the conference agreed. Both parts are the plan.

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
PART 1 - MY PLAN, by Jayden Tully, age 9
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

ABOUT ME
  I am 9 and I am going into Year 5. I like football, Minecraft and my
  dog Biscuit. My sister is Mia and she is 3. She is annoying but I love her.

WHAT I TOLD SAM
  "Mum stays in bed a lot. I get Mia's cereal and find her socks and we are
  late and Mrs Khan asks why. Dad smokes the funny-smelling stuff in the
  kitchen and it makes my eyes sting. I like it at Auntie Stacey's because
  she does fish fingers and it's quiet."
  Jayden scored home 4 out of 10. Auntie Stacey's got 9 out of 10.

MY THREE WISHES
  1. For Mum to get up in the mornings.
  2. For Dad to not smoke in the house.
  3. To go to football every Saturday and not miss it.

IF I AM WORRIED
  I can tell Mrs Khan at school, or ring Auntie Stacey. Her number is on the
  card in my school bag.

~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
PART 2 - PROFESSIONAL PLAN
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

FAMILY
  Jayden Tully (9), DOB 03/04/2016 - Skipwell Juniors, Year 5 from September
  Mia Tully (3), DOB 18/11/2021 - Skipwell Pre-School, mornings
  Carly Tully (31), mother        Shaun Tully (33), father
  Stacey Byrne, Carly's sister, 4 Mill Court, Skipwell
  Donna Reilly, family friend and neighbour
  Address: 15 Tanyard Row, Skipwell SK2 9PE
  Category: neglect

WHY THERE IS A PLAN
  Carly has depression. She stopped taking her sertraline in May and has
  been in bed most mornings since. Shaun smokes cannabis every day, in the
  house, and works evenings. Jayden was late for school 31 times last term,
  and on 26/06/2025 he and Mia arrived at the school gate at 10am on their
  own; Mia had no shoes on. Mia's nursery says she has very few words for
  her age. When Sam visited on 03/07/2025 there was no food in the fridge
  and a strong smell of cannabis in the kitchen.

WHAT MIA'S DAYS ARE LIKE
  At nursery Mia is cheerful and plays next to other children rather than
  with them. At home she follows Jayden everywhere and goes to him, not her
  mum, when she is hungry. On both home visits she was still in her pyjamas
  at lunchtime.

OUTCOMES
  - Jayden and Mia are got up, fed and taken to school and nursery on time
    every day.
  - Jayden no longer looks after Mia or his mum in the mornings.
  - Mia's speech is checked and she gets the help she needs.
  - Carly's mood will be better and Shaun will stop using cannabis.

ACTION PLAN

  1. Visit Jayden and Mia at home and see Jayden on his own.
     [who]  Sam Adeyemi, social worker
     [when] every Tuesday after school, from 22/07/2025
     [how we'll know] visit notes record both children seen and what Jayden said

  2. Check Jayden's attendance and how he arrives each morning, and ring Sam
     the same day if he is late, absent or hungry.
     [who]  Mrs Farah Khan, DSL, Skipwell Juniors
     [when] every school day from 03/09/2025
     [how we'll know] attendance emailed to Sam every Friday; calls logged on CPOMS

  3. Check Mia in at pre-school and tell Sam the same day if she is not
     brought or seems unwell.
     [who]  Becky Hollins, key worker, Skipwell Pre-School
     [when] every morning session, Monday to Friday
     [how we'll know] pre-school register copied to Sam every Friday

  4. Go to see her GP about her low mood and her medication.
     [who]  Carly
     [when] when she feels ready
     [how we'll know] GP letter shared with Sam

  5. Stop smoking cannabis in the house and in front of Jayden and Mia.
     [who]  Shaun
     [when] from 17/07/2025
     [how we'll know] improvement at home

  6. Collect Jayden and Mia from school and pre-school and give them their
     tea at her flat.
     [who]  Stacey Byrne (aunt)
     [when] every Tuesday and Thursday
     [how we'll know] school and pre-school collection books signed by Stacey

  7. Call round in the mornings to help get Jayden and Mia up and ready.
     [who]  Donna Reilly (family friend)
     [when] when she can
     [how we'll know] -

  8. Make sure Jayden gets to his football training every week.
     [who]  family network
     [when] every Saturday morning
     [how we'll know] Jayden tells Sam he has been, and his coach's register

  9. Refer Mia to speech and language therapy.
     [who]  Lucy Barnes, health visitor
     [when] -
     [how we'll know] referral accepted letter on Mia's file

  10. Do four sessions of direct work with Jayden about home, using his
      "three houses" drawings.
     [who]  Sam Adeyemi, social worker
     [when] by 29/08/2025
     [how we'll know] Jayden's drawings shared with Carly and Shaun and brought to the core group

IF THINGS GO WRONG
  If Carly cannot get up to get the children ready, or Shaun has smoked
  cannabis while looking after them, Jayden will ring Auntie Stacey, Stacey
  will take Jayden and Mia to her flat at 4 Mill Court that day, and Sam
  will visit them there the same day.

MEETINGS
  Core group: every 4 weeks, Tuesdays 3.30pm, Skipwell Family Hub -
              05/08/2025, 02/09/2025, 30/09/2025
  Review conference: Tuesday 14/10/2025, 10am, Skipwell Town Hall
""",
    "findings": [
        F("F002", "Carly's mood will be better and Shaun will stop using cannabis."),
        F("T002", "Go to see her GP about her low mood"),
        F("M002", "Stop smoking cannabis in the house and in front of"),
        F("T002", "Call round in the mornings to help get Jayden"),
        F("M001", "Call round in the mornings to help get Jayden"),
        F("W002", "Make sure Jayden gets to his football training"),
        F("T001", "Refer Mia to speech and language therapy"),
        F("F004"),
        F("C003"),
        F("R002"),
    ],
})
