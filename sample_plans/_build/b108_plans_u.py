"""Batch 108, module u: seven fictional plans (held-out material), places beginning with "u".

Everything here is made up: children, families, professionals, services,
schools, hospitals and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: what a serious case review found missing when a premature baby's plan
was built around her mother's needs. Parents with a mental illness or who
misuse drugs or alcohol (adult services owning actions and assessing capacity
to change in some plans, a mental health worker who only "supports" in
others); grandparents and friends carrying supervision, with and without a
fallback; looked-after babies in hospital, with and without visits at a stated
frequency; families moving between local authorities (work rightly carried on,
work deferred "until the transfer"); monitoring with and without legal
planning. Layouts: a health-led pre-birth plan in stages (exemplary), a "team
around the family" grid, a neonatal discharge planning meeting's plan, a
transfer-in conference plan (exemplary), a core group minute with its action
log, a letter to the parents that sets out the plan, and a child's "my plan"
beside the professional plan.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Health-led pre-birth plan. Mother with bipolar disorder (postpartum
#    psychosis after her first child); grandmother to stay after the birth.
#    Word table in three stages, the stage merged down. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_ullenhithe_prebirth_midwife_led_stage_table_okonkwo.docx",
    "doc_title": "Pre-birth Child Protection Plan - Baby Okonkwo-Hurst and Zara Okonkwo",
    "split": "heldout",
    "actions": 14,
    "template": "prebirth-health-led-word-plan-details-list-why-going-well-zaras-words-and-unborn-baby-observed-outcomes-then-stage-merged-down-what-who-by-when-how-we-will-know-table-contingency-core-group-review",
    "description": (
        "Exemplary health-led pre-birth plan for an unborn baby and her 6-year-old sister, whose mother "
        "has bipolar disorder and had a postpartum psychosis after her first birth. The specialist "
        "safeguarding midwife leads the health side; the action table follows the baby's journey in "
        "three stages (before the birth, on the postnatal ward, first six weeks at home), the stage "
        "merged down beside its actions. The perinatal psychiatrist and CPN both assess and report on "
        "change, the GP owns the lithium checks, the grandmother's nights have a fallback, legal "
        "planning follows named triggers, and core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE – Ullenhithe MBC Children's Services and Ullenhithe General Hospital Maternity",
    "check_vmerge": 3,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Ullenhithe Metropolitan Borough Council · Children's Services, jointly with Ullenhithe General "
              "Hospital Maternity Services. Health lead: the specialist safeguarding midwife until the baby is "
              "28 days old, then the health visitor. The social worker holds case responsibility throughout."),
        ("kv", [
            ("Unborn baby", "Girl, due 16/10/2025 (33 weeks at conference); her parents plan to call her Amara"),
            ("Sister", "Zara Okonkwo (6), Year 2 at St Aidan's C of E Primary; her father lives abroad and has "
                       "no contact"),
            ("Mother", "Adaeze Okonkwo (29), bipolar affective disorder, under Ullenhithe Perinatal Mental "
                       "Health Service"),
            ("Father of the baby", "Daniel Hurst (32), lives with Adaeze and Zara; warehouse supervisor on "
                                   "rotating shifts"),
            ("Maternal grandmother", "Ngozi Okonkwo, 41 Sedge Lane, Ullenhithe (ten minutes' drive), retired "
                                     "nurse"),
            ("Address", "22 Farrier Court, Ullenhithe UH4 7BN"),
            ("Category", "Neglect (unborn baby and Zara)"),
            ("Conference", "Pre-birth initial child protection conference, 28/08/2025, Ullenhithe Civic Centre. "
                           "Chair: Yvonne Asante"),
            ("Health lead", "Bethan Grieve, specialist safeguarding midwife"),
            ("Social worker", "Owen Attah, Safeguarding and Assessment Team 2 (team manager: Priya Lal)"),
        ]),
        ("h1", "Why this plan is needed"),
        ("p", "Adaeze has bipolar affective disorder. After Zara was born in 2019 she had a postpartum psychosis "
              "and spent six weeks with Zara in the Rowan Mother and Baby Unit. In April 2025, at 11 weeks "
              "pregnant, she stopped her lithium without advice, became high and did not sleep for four nights; "
              "a neighbour found Zara in the street at 7am looking for her mum, who had gone out in the night. "
              "Adaeze was admitted informally to the Ullenhithe acute ward for three weeks and Zara stayed with "
              "Ngozi. Adaeze is well now and back on lithium, but the perinatal team advise that the risk of a "
              "relapse in the weeks after this birth is high, and a relapse would leave a newborn baby and Zara "
              "without safe care."),
        ("h1", "What is going well"),
        ("p", "Adaeze has taken her lithium every day since May, her blood levels are in range and she has kept "
              "every perinatal appointment. She and Daniel asked for this plan to be written with the midwife so "
              "that it fits around the birth. Daniel knows Adaeze's early warning signs and rang the crisis line "
              "himself in April. Ngozi looked after Zara during the admission and has offered to stay with the "
              "family after the birth. Zara is happy at school and her attendance is 98%."),
        ("h1", "What Zara says, and what we know of the baby"),
        ("p", "Zara (seen on her own at school on 20/08/2025 and at home on 22/08/2025): “When Mummy was poorly "
              "she didn't sleep and talked really fast and I was scared. I went outside to find her.” She says "
              "the baby is “going to sleep in my room when she is big” and the best thing in her week is "
              "“Grandma Ngozi's jollof on Sundays”. Asked who she would tell if Mummy got poorly again, she said "
              "“Daniel or Grandma or Miss Pike”."),
        ("p", "The baby cannot tell us anything yet, so this is what the midwife has seen. At the 32-week scan on "
              "21/08/2025 she was growing on the 50th centile and moving well. Adaeze feels her kick most in the "
              "evenings, when Zara sings to the bump. In April, at 11 weeks, the baby went through four days of "
              "her mother not eating or sleeping; there have been no concerns about her growth since."),
        ("h1", "What we want for the baby and for Zara"),
        ("bullets", [
            "The baby is born safely in hospital, with a birth plan that everyone on the ward knows about.",
            "The baby is fed on time day and night, gains weight along her centile and is never left in the sole "
            "care of an adult who is unwell.",
            "Zara is looked after by a well adult every day, keeps going to school, and knows who to tell if her "
            "mum starts to become unwell.",
            "If Adaeze becomes unwell after the birth, the baby and Zara are safe that same day and their care "
            "carries on without a gap.",
        ]),
        ("h1", "The plan"),
        ("p", "The plan follows the baby's journey in three stages. Each stage is written once, beside all the "
              "actions in it. Each row says who will do it, by when, and what will be seen."),
        ("table", {
            "header": ["Stage", "What will happen", "Who", "By when", "How we will know"],
            "widths": [2.4, 5.4, 3.0, 2.8, 3.4],
            "bold_first_col": True,
            "rows": [
                ["Before the birth\n(33 weeks to labour)",
                 "Give Adaeze her antenatal care at home, checking the baby's growth and movements, Adaeze's mood "
                 "(EPDS) and her lithium plan at every visit",
                 "Bethan Grieve, specialist safeguarding midwife",
                 "Every 2 weeks to 36 weeks (18/09/2025), then weekly",
                 "Fundal height, EPDS score and lithium level recorded in the maternity notes and emailed to the "
                 "SW after each visit"],
                [V, "Write a perinatal mental health birth plan with Adaeze and Daniel, covering her medication and "
                    "how the baby will be fed; assess and report on whether Adaeze can make the changes the baby "
                    "needs, and the likely timescale",
                 "Dr Miriam Castell, consultant perinatal psychiatrist",
                 "Birth plan by 18/09/2025; written assessment by 02/10/2025",
                 "Birth plan filed in the maternity notes and copied to the SW; written assessment sent to the SW "
                 "and every core group member by 02/10/2025"],
                [V, "See Adaeze at home to write her relapse signature with Daniel and Ngozi, and assess and report "
                    "on whether she is making the changes the baby needs and how long that is likely to take",
                 "Rosa Tennant, perinatal community psychiatric nurse (CPN)",
                 "Weekly from 01/09/2025",
                 "Relapse signature shared in writing with Daniel, Ngozi and the SW by 19/09/2025; CPN's written "
                 "update to each core group"],
                [V, "Complete a pre-birth assessment with Adaeze and Daniel, including how Ngozi will help and what "
                    "Zara says about the baby",
                 "Owen Attah, social worker (SW)",
                 "By 26/09/2025",
                 "Assessment report shared with Adaeze, Daniel and the core group by 26/09/2025"],
                [V, "See Zara on her own, at school and at home, and write down what she says about her mum and "
                    "the baby",
                 "Owen Attah, SW",
                 "Every 2 weeks from 01/09/2025",
                 "Visit records show Zara seen alone each time, with her own words recorded"],
                [V, "Check Zara's attendance, lateness and how she presents each morning, and phone the SW the same "
                    "day about any worry",
                 "Mrs Carol Pike, DSL, St Aidan's C of E Primary",
                 "Every school day from 03/09/2025",
                 "Attendance sheet emailed to the SW each Friday; every same-day call logged on CPOMS"],
                [V, "Go with Adaeze to the three parent education sessions and the infant feeding workshop, and "
                    "learn to make up bottles so that he can do night feeds",
                 "Daniel Hurst (father)",
                 "10/09, 17/09 and 24/09/2025",
                 "Attendance signed on the parent education register and noted in the maternity notes"],
                ["At the birth and on the postnatal ward",
                 "Observe and record every feed, nappy change and settle, and how Adaeze and Daniel respond to the "
                 "baby, and phone the SW the same day about any concern",
                 "Sister Jean Ruddock, Maple Ward (postnatal)",
                 "Every shift from the birth until discharge (at least 72 hours)",
                 "Feeding and care chart in the baby's notes; copy given to the SW at the discharge planning "
                 "meeting"],
                [V, "Chair a discharge planning meeting on the ward with Adaeze, Daniel, Ngozi, the HV, the CPN and "
                    "the SW, and agree the written discharge plan before the baby goes home",
                 "Bethan Grieve, specialist safeguarding midwife",
                 "Before discharge, on day 3 after the birth",
                 "Written discharge plan signed by both parents and sent to every core group member the same day"],
                ["First 6 weeks at home",
                 "Visit the baby at home, weigh her, watch a feed and check where and how she sleeps",
                 "Lorraine Fisk, health visitor (HV)",
                 "Weekly for 6 weeks after discharge, then every 2 weeks",
                 "Weight plotted in the red book and emailed to the SW after each visit; the baby stays on or "
                 "above her birth centile"],
                [V, "Stay at the family home and share the night feeds with Daniel, so that Adaeze sleeps through "
                    "and the baby is fed every 3 hours",
                 "Ngozi Okonkwo (maternal grandmother)",
                 "Every night for the first 4 weeks after discharge",
                 "Night feed chart kept in the red book and checked by the HV at each weekly visit"],
                [V, "Be at home with Adaeze and the baby during the day, using his paternity leave and four weeks' "
                    "unpaid leave agreed with his employer",
                 "Daniel Hurst (father)",
                 "First 4 weeks after discharge",
                 "Employer's leave letter shown to the SW by 30/09/2025; Daniel seen at home at SW and HV visits"],
                [V, "Check Adaeze's lithium level after the birth and send the result to the perinatal psychiatrist "
                    "and the SW, so the team knows she is well enough to care for the baby",
                 "Dr Imran Qadir, GP, Mereside Surgery",
                 "Day 7 and week 4 after the birth",
                 "Blood results letter on the baby's and Zara's files"],
                [V, "Visit the baby and Zara at home, with one unannounced visit each month, and see the baby awake "
                    "and being cared for",
                 "Owen Attah, SW",
                 "Weekly for the first 6 weeks after discharge",
                 "Visit records describe the baby's feeding, sleep and how she responds to each parent, and "
                 "Zara's words"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Adaeze shows two or more of the early warning signs in her relapse signature (less than four "
              "hours' sleep two nights running, racing speech, missing her lithium, spending large sums), or "
              "Daniel, Ngozi or Zara raise a worry, Rosa (or the crisis team out of hours) will see Adaeze the "
              "same day. From that moment Adaeze will not have sole care of the baby or Zara: Daniel and Ngozi "
              "will care for them at home, and Owen will hold a strategy discussion the same day."),
        ("p", "If Ngozi cannot stay (she is ill or called away) or Daniel cannot take his leave, Owen will arrange "
              "that day for Adaeze and the baby to go to the Rowan Mother and Baby Unit, or, if no bed is free or "
              "Adaeze is too unwell, for the baby and Zara to stay together with Ullenhithe foster carers until a "
              "relative can be assessed."),
        ("p", "If the perinatal team's assessment on 02/10/2025 says Adaeze is unlikely to stay well enough to care "
              "for a newborn, or at any time the baby is found in Adaeze's sole care while she is unwell, Owen will "
              "ask Priya Lal (team manager) for a legal planning meeting within 5 working days, to decide whether "
              "to start pre-proceedings under the Public Law Outline."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks, Tuesdays at 10am in the antenatal clinic, Ullenhithe General Hospital: "
            "09/09/2025, 07/10/2025 and 04/11/2025, with an extra core group within 10 working days of the birth.",
            "Review child protection conference: 25/11/2025 at 2pm, Ullenhithe Civic Centre.",
            "Before each core group Owen will ask Zara what has changed at home, and Bethan (after day 28, "
            "Lorraine) will bring the baby's chart.",
        ]),
        ("p", "Plan agreed at conference on 28/08/2025 with Adaeze and Daniel. Copies to Adaeze, Daniel, Ngozi and "
              "every professional named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. "Team around the family" grid: father's alcohol dependence, mother's
#    depression; grandparents and a friend carry the evenings and the nursery
#    run, with no fallback. Landscape Word grid printed to PDF. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_uskmarsh_taf_grid_team_member_bands_pelling.pdf",
    "doc_title": "Team Around the Family - Child Protection Plan - Alfie and Ruby Pelling",
    "split": "heldout",
    "actions": 13,
    "landscape": True,
    "template": "icpc-team-around-the-family-landscape-grid-printed-to-pdf-page-header-footer-details-list-worries-childrens-experience-outcomes-then-banded-grid-parents-family-and-friends-professionals-team-member-what-we-will-do-when-how-we-will-know-contingency-meetings",
    "description": (
        "Initial conference plan for a 4-year-old and a 10-month-old written as a 'team around the "
        "family' grid, rows banded into parents, family and friends, and professionals. Father is "
        "alcohol dependent, mother has depression and anxiety; the maternal grandparents supervise "
        "every evening and a friend does the nursery run. Most rows are sound and the alcohol service "
        "reports on change. Faults: father's recovery groups 'when he feels ready' measured by "
        "'engagement', the community mental health team only supports mother and measures 'Kayleigh "
        "feels better', the nursery will 'keep an eye on' Alfie, the GP review 'TBC', family support "
        "work with no measure, 'Everyone in the team' owning same-day reporting, an outcome about the "
        "mother only, and a contingency that never says what happens if the grandparents or friend "
        "cannot help."
    ),
    "header": "OFFICIAL-SENSITIVE · Uskmarsh District Council · Children's Services · Team Around the Family",
    "footer": "Alfie and Ruby Pelling – TAF child protection plan (ICPC 02/09/2025) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Team Around the Family: Child Protection Plan"),
        ("p", "Uskmarsh District Council · Children's Services · Locality Team South. In Uskmarsh every child "
              "protection plan is written as a team around the family grid: each member of the team, family or "
              "professional, has a row saying what they will do."),
        ("kv", [
            ("Children", "Alfie Pelling (4), DOB 11/06/2021; Ruby Pelling (10 months), DOB 28/10/2024"),
            ("Address", "5 Reedbed Lane, Uskmarsh US2 6TL"),
            ("Mother", "Kayleigh Pelling (27)"),
            ("Father", "Gary Pelling (35)"),
            ("Maternal grandparents", "Jim and Sue Fenner, 19 Saltway Close, Uskmarsh (five minutes' walk)"),
            ("Family friend", "Donna Oakes, 7 Reedbed Lane (neighbour)"),
            ("Category", "Neglect"),
            ("Conference", "Initial child protection conference, 02/09/2025, Uskmarsh Council Offices. Chair: "
                           "Mark Hollis"),
            ("Social worker", "Femi Adebayo (team manager: Gill Rowntree)"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Gary has drunk eight to ten cans of strong lager a day since he was made redundant in January. On "
              "15/08/2025 Kayleigh came back from the shop to find him asleep on the sofa, drunk, with Ruby lying "
              "on his chest; Ruby had rolled towards the edge. Police were called to an argument about his "
              "drinking on 23/08/2025, with both children in the house. Kayleigh has depression and anxiety and "
              "has been under the Uskmarsh Community Mental Health Team since 2023. On bad days she cannot get up "
              "in the morning; Alfie has been late to nursery 14 times since June and twice was not taken at "
              "all."),
        ("h1", "What Alfie and Ruby's days are like"),
        ("p", "Alfie (4, seen at nursery with his key worker on 27/08/2025) drew his family and put Daddy at the "
              "edge of the page, “far away because he's shouty when he has his beer”. He said the best bit of the "
              "day is when “Nanny Sue does bath and stories”. He told his key worker that sometimes he has "
              "“crisps for breakfast”."),
        ("p", "Ruby is 10 months old. On three visits she was clean and well fed, pulled herself up on the sofa and "
              "babbled to Kayleigh, who talked back to her. She startled and cried when a door banged and took a "
              "long time to settle."),
        ("h1", "What the team wants for Alfie and Ruby"),
        ("bullets", [
            "Alfie and Ruby are cared for every evening and every night by a sober adult.",
            "Alfie and Ruby no longer see their dad drunk or hear arguments about his drinking.",
            "Ruby keeps growing well and reaches her first-year milestones.",
            "Alfie gets to nursery every day on time, having had breakfast.",
            "Kayleigh's mood lifts and she feels less anxious.",
        ]),
        ("h1", "The team around Alfie and Ruby"),
        ("table", {
            "header": ["Who (team member)", "What I / we will do", "When", "How we will know"],
            "widths": [5.2, 8.8, 4.6, 7.1],
            "rows": [
                ["Mum and Dad", H, H, H],
                ["Gary Pelling (Dad)",
                 "Go to the alcohol service's recovery group and one-to-one sessions",
                 "When he feels ready",
                 "Engagement with the service"],
                ["Gary Pelling (Dad)",
                 "Not be alone with Alfie and Ruby, and not drink at home or come home after drinking",
                 "Every day from 02/09/2025",
                 "Grandparents' daily diary; breath test results from the alcohol service"],
                ["Kayleigh Pelling (Mum)",
                 "Go to the eight-week Triple P group at Uskmarsh Family Hub and use the bedtime plan with Alfie",
                 "Tuesdays, 16/09/2025 to 04/11/2025",
                 "Group register; group worker's end-of-course note to the SW; bedtime chart seen at visits"],
                ["Family and friends", H, H, H],
                ["Jim and Sue Fenner (maternal grandparents)",
                 "Be at the house from 5pm until the children's bedtime and supervise whenever Gary is with "
                 "Alfie and Ruby",
                 "Every evening from 02/09/2025",
                 "Daily diary signed by Jim or Sue and seen by the SW at each visit"],
                ["Donna Oakes (family friend and neighbour)",
                 "Take Alfie to Little Acorns Nursery for 8.45am and collect him at 3pm",
                 "Every weekday from 03/09/2025",
                 "Nursery signing-in book shows Donna at drop-off and pick-up"],
                ["Professionals", H, H, H],
                ["Femi Adebayo, social worker (SW)",
                 "Visit Alfie and Ruby at home, with one unannounced and one evening visit each month, and see "
                 "Alfie on his own",
                 "Weekly from 08/09/2025",
                 "Visit records show both children seen and Alfie's words written down"],
                ["Ian Dorsey, recovery worker, Uskmarsh Alcohol Service",
                 "Assess Gary's drinking, agree a detox and relapse prevention plan, breathalyse him at every "
                 "session and report on whether he is making the changes Alfie and Ruby need",
                 "Assessment by 19/09/2025, then weekly",
                 "Written report with breath test results to the SW before each core group"],
                ["Pauline Hersey, care coordinator, Uskmarsh Community Mental Health Team",
                 "Support Kayleigh with her low mood and anxiety through home visits",
                 "Fortnightly",
                 "Kayleigh feels better"],
                ["Nicola Shaw, health visitor (HV)",
                 "Complete Ruby's 9 to 12 month review, weigh her and check her development",
                 "By 30/09/2025",
                 "Ruby's weight and ASQ scores in the red book and emailed to the SW"],
                ["Little Acorns Nursery (key worker Jade Lowe)",
                 "Check Alfie's presentation and mood each day and tell the SW about any worries",
                 "Every nursery day",
                 "Nursery staff will keep an eye on him"],
                ["Dr Paul Ansah, GP, Marsh Lane Surgery",
                 "Review Kayleigh's sertraline and share her mental health history with the SW",
                 "TBC",
                 "GP letter on both children's files"],
                ["Lisa Kerr, family support worker",
                 "Work with Gary and Kayleigh on a calm bedtime and mealtime routine for Alfie and Ruby",
                 "Weekly for 8 weeks from 15/09/2025",
                 ""],
                ["Everyone in the team",
                 "Tell the SW the same day about any sign that Gary has been drinking",
                 "Same day",
                 "Calls logged on the children's file"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Gary drinks at home, comes home after drinking, or is found alone with the children, Kayleigh "
              "will ask him to leave and ring 999 if he will not go, and Femi will hold a strategy discussion with "
              "Uskmarsh Police the same day."),
        ("p", "If Gary has a positive breath test twice in any six weeks, Femi will ask Gill Rowntree (team "
              "manager) for a legal planning meeting within 5 working days."),
        ("h1", "When the team meets"),
        ("bullets", [
            "Core group every 4 weeks on Tuesdays at 1.30pm, Uskmarsh Family Hub: 16/09/2025, 14/10/2025 and "
            "11/11/2025.",
            "Review child protection conference: 25/11/2025 at 10am, Uskmarsh Council Offices.",
        ]),
    ],
    "findings": [
        F("T002", "Go to the alcohol service's recovery group and one-to-one sessions"),
        F("M002", "Go to the alcohol service's recovery group and one-to-one sessions"),
        F("H001", "Support Kayleigh with her low mood and anxiety"),
        F("M002", "Support Kayleigh with her low mood and anxiety"),
        F("M002", "Check Alfie's presentation and mood each day"),
        F("T002", "Review Kayleigh's sertraline and share her mental health history"),
        F("M001", "Work with Gary and Kayleigh on a calm bedtime"),
        F("W002", "Tell the SW the same day about any sign"),
        F("F002", "Kayleigh's mood lifts and she feels less anxious."),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Discharge planning meeting's plan for a premature baby, accommodated
#    under section 20 and still on the special care baby unit; mother uses
#    heroin on top of methadone. No one is set to visit the baby at a stated
#    frequency, and the drug service owns nothing. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_ursholt_discharge_planning_meeting_scbu_tiernan.docx",
    "doc_title": "Discharge Planning Meeting - Plan for Poppy Tiernan",
    "split": "heldout",
    "actions": 12,
    "template": "neonatal-discharge-planning-meeting-word-plan-details-list-attendees-why-on-unit-how-poppy-is-doing-outcomes-then-numbered-discharge-plan-table-action-lead-by-when-how-we-will-know-if-things-go-wrong-meetings",
    "description": (
        "Plan from a discharge planning meeting on a special care baby unit for a 7-week-old born at "
        "30 weeks with neonatal abstinence syndrome, accommodated under section 20 and waiting to go "
        "to foster carers; she is also on a child protection plan. Mother uses heroin on top of her "
        "methadone. Most discharge rows are sound (carers trained, health assessment, hearing screen, "
        "contact and health visiting after discharge), and legal advice follows a withdrawal of "
        "consent. Faults: nobody is set to visit the baby on the unit at a stated frequency (mother "
        "'when she is able', the SW only keeps in touch 'ongoing'), the follow-up clinic has no owner, "
        "the parenting assessment has no output, mother's drug use is measured by 'improvement', the "
        "drug service owns no action, and the review conference is 'to be confirmed'."
    ),
    "blocks": [
        ("title", "Discharge Planning Meeting: Plan for Poppy"),
        ("p", "Ursholt Royal Infirmary Special Care Baby Unit with Ursholt City Council Children's Services"),
        ("kv", [
            ("Baby", "Poppy Tiernan, born 02/07/2025 at 30+2 weeks; 7 weeks old, 37+2 weeks corrected"),
            ("Where Poppy is", "Special Care Baby Unit (SCBU), Ursholt Royal Infirmary, cot 6"),
            ("Legal status", "Accommodated under section 20 since 25/07/2025, with Jade's agreement; also "
                             "subject to a child protection plan (neglect) since the pre-birth conference on "
                             "10/06/2025"),
            ("Mother", "Jade Tiernan (24), 4 Cinder Street, Ursholt"),
            ("Father", "Not named on the birth certificate; not involved"),
            ("Maternal grandmother", "Carol Tiernan, Ursholt"),
            ("Proposed carers", "Angela and Stuart Hallam, Ursholt City Council foster carers"),
            ("Meeting", "20/08/2025, SCBU parents' room. Chair: Sister Ruth Ekwueme, SCBU ward manager"),
            ("Social worker", "Nadia Brook, Children in Care Team (team manager: Alan Frost)"),
            ("IRO", "Malcolm Seddon"),
        ]),
        ("h1", "Who came"),
        ("p", "Sister Ruth Ekwueme (SCBU, chair); Dr Owain Pryce (neonatal consultant); Staff Nurse Kirsty "
              "Aldred (Poppy's named nurse); Nadia Brook (SW); Gemma Frost (health visitor); Angela and Stuart "
              "Hallam (foster carers); Jade Tiernan (for the first half). Apologies: Ursholt Drug and Alcohol "
              "Service (Jade's keyworker, Sam Greaves); Malcolm Seddon (IRO)."),
        ("h1", "Why Poppy is on the unit"),
        ("p", "Poppy was born nine weeks early after Jade went into labour at home. Jade has used heroin since she "
              "was 19 and is prescribed methadone by Ursholt Drug and Alcohol Service; her urine tests in "
              "pregnancy showed heroin and crack cocaine on top of her script. Poppy was treated for neonatal "
              "abstinence syndrome with oral morphine, which was stopped on 12/08/2025. On 24/07/2025 Jade came "
              "onto the unit under the influence and fell asleep holding Poppy in the chair; the next day she "
              "agreed to Poppy being accommodated so that she can go to foster carers when she is well enough to "
              "leave hospital."),
        ("h1", "How Poppy is doing"),
        ("p", "Poppy now weighs 2.04kg. She takes all her feeds by bottle, 50ml every three hours, and no longer "
              "needs the tube. The nurses say she is still jittery and sneezy in the evenings and settles best "
              "swaddled and held upright against a shoulder, rocked slowly. She calms when Angela hums to her and "
              "has started to follow faces. Jade has come to the unit six times since 25/07/2025; the nurses noted "
              "that Poppy fed well for her on three of those visits. Carol has visited twice."),
        ("h1", "What we want for Poppy"),
        ("bullets", [
            "Poppy goes home from hospital to carers who know her feeding plan, her withdrawal signs and safe "
            "sleep.",
            "Poppy keeps gaining weight on her corrected-age chart after she leaves the unit.",
            "Poppy keeps a relationship with her mum through regular, safe contact.",
            "A decision about where Poppy will grow up is made without delay.",
        ]),
        ("h1", "Discharge plan"),
        ("table", {
            "header": ["No.", "Action", "Lead", "By when", "How we will know"],
            "widths": [1.0, 5.6, 3.4, 3.0, 4.0],
            "rows": [
                ["1", "Confirm Poppy's placement with Angela and Stuart Hallam and complete the placement plan",
                 "Nadia Brook, SW", "By 27/08/2025",
                 "Placement plan signed by Jade and the carers, on Poppy's file"],
                ["2", "Teach Angela and Stuart Poppy's feeding plan, withdrawal scoring and safe sleep on the unit",
                 "Staff Nurse Kirsty Aldred, SCBU", "Before discharge",
                 "Competency checklist signed and filed in Poppy's notes"],
                ["3", "Jade to come to the unit to do Poppy's cares and feeds",
                 "Jade Tiernan", "When she is able",
                 "Ward visitors' book and nursing notes"],
                ["4", "Keep in touch with the ward about Poppy's progress",
                 "Nadia Brook, SW", "Ongoing",
                 "Phone calls with the ward recorded on the case notes"],
                ["5", "Hearing screen and cranial ultrasound before Poppy leaves the unit",
                 "Dr Owain Pryce, neonatal consultant", "Before discharge",
                 "Results in the discharge summary sent to the GP, HV and SW"],
                ["6", "Book Poppy's neonatal follow-up clinic appointment and send the letter to the carers",
                 "-", "At 6 weeks corrected age (by 14/10/2025)",
                 "Appointment letter copied to Angela, Stuart and the SW"],
                ["7", "Complete a parenting assessment of Jade",
                 "Nadia Brook, SW", "By 30/09/2025",
                 ""],
                ["8", "Jade to attend her drug service appointments and take her methadone as prescribed",
                 "Jade Tiernan", "Weekly",
                 "Improvement in drug use"],
                ["9", "Supervise Jade's contact with Poppy at Ursholt Family Centre once Poppy is discharged",
                 "Bev Onslow, contact supervisor, Ursholt Family Centre",
                 "Three times a week from discharge (Mon, Wed, Fri, 10am to 12 noon)",
                 "Contact record sent to the SW after each session"],
                ["10", "Visit Poppy at the foster home, weigh her and plot her weight on her corrected chart",
                 "Gemma Frost, health visitor", "Within 7 days of discharge, then weekly",
                 "Weights in the red book and emailed to the SW"],
                ["11", "Initial health assessment for Poppy as a looked-after child, on the unit",
                 "Dr Sunita Rao, looked-after children's paediatrician", "21/08/2025",
                 "Health assessment report sent to the SW and IRO before the first looked-after review"],
                ["12", "Assess Carol as a possible kinship carer for Poppy",
                 "Nadia Brook, SW, with the Ursholt Kinship Team", "By 26/09/2025",
                 "Viability assessment report shared with the IRO and the core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Jade comes onto the unit under the influence of drugs or alcohol, the nurse in charge will ask her "
            "to leave and phone Nadia (the Emergency Duty Team out of hours) the same day.",
            "If Jade tries to take Poppy from the unit, staff will call Ursholt Police on 999 and hospital "
            "security will stay with Poppy.",
            "If Jade withdraws her section 20 agreement, Nadia will seek legal advice the same day and Alan Frost "
            "will hold a legal planning meeting within 2 working days to decide whether to apply for an interim "
            "care order.",
        ]),
        ("h1", "Meetings"),
        ("bullets", [
            "First looked-after review: 04/09/2025, chaired by Malcolm Seddon (IRO).",
            "Core group: monthly, next on 03/09/2025 at Ursholt Family Centre.",
            "Review child protection conference: to be confirmed once Poppy has left hospital.",
        ]),
    ],
    "findings": [
        F("T002", "Jade to come to the unit to do Poppy's cares"),
        F("T002", "Keep in touch with the ward about Poppy's progress"),
        F("W001", "Book Poppy's neonatal follow-up clinic appointment"),
        F("M001", "Complete a parenting assessment of Jade"),
        F("M002", "Jade to attend her drug service appointments"),
        F("L001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Transfer-in conference plan: family moved in from another authority;
#    mother misuses cocaine and alcohol; a friend does weekend nights, with a
#    fallback. Markdown, two tables (carried over / new). Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_ungerby_transfer_in_conference_carried_over_table_drummond.md",
    "split": "heldout",
    "actions": 12,
    "template": "transfer-in-conference-markdown-bold-field-lines-why-meeting-worries-working-well-skyes-words-leos-day-outcomes-then-two-tables-carried-over-from-transferring-authority-and-new-from-today-contingency-core-group-who-came",
    "description": (
        "Exemplary transfer-in conference plan written by the receiving authority for a 7-year-old and "
        "a 14-week-old born at 33 weeks, whose mother misuses cocaine and alcohol and who moved from "
        "another authority three weeks earlier. The transferring authority kept visiting until the "
        "conference; the plan sets out the actions carried over (now owned by named receiving-authority "
        "workers) and the new ones, each with an owner, a timescale and something seen. The drug and "
        "alcohol service assesses and reports on change, the friend's weekend nights have a fallback, "
        "legal planning follows named triggers, core group and review dates are set."
    ),
    "text": """\
# Transfer-in Child Protection Conference: Plan for Skye and Leo Drummond

**Ungerby City Council · Children's Social Care · Safeguarding Team (East)**

**Children:** Skye Drummond (7), DOB 03/02/2018; Leo Drummond, born 20/05/2025 at 33 weeks (14 weeks old, 7 weeks corrected)
**Address:** 9 Wren Court, Ungerby UG3 5NF (since 04/08/2025; before that 61 Tanner's Row, Thornlow)
**Mother:** Kerry Drummond (31)
**Fathers:** Skye's father, Paul Lowry, lives in Thornlow and sees her one Sunday a month; Leo's father is not known
**Family friend:** Michelle Acres (Leo's godmother), 14 Arden Court, Ungerby
**Category:** Neglect (both children), as at Thornlow's initial conference on 13/05/2025
**Conference:** Transfer-in conference, Tuesday 26/08/2025, Ungerby Council House. Chair: Anita Rowe
**Social worker:** Sian Feltham, Ungerby (team manager: Colin Bright). Transferring social worker: Karen Pugh, Thornlow Borough Council

## Why we are meeting

Kerry moved with Skye and Leo from Thornlow to Ungerby on 04/08/2025, to be near her friend Michelle.
Thornlow Borough Council made a child protection plan at an initial conference on 13/05/2025, while Leo
was still on the Thornlow neonatal unit, and told us about the move on 05/08/2025. Under the transfer
protocol Thornlow kept its plan going until today: Karen Pugh visited every week, and Leo's health
visitor handed over to the Ungerby 0-19 team on 18/08/2025. From the end of this conference Ungerby
holds the plan.

## What worries us

Kerry has used cocaine and drunk heavily since 2022. In April 2025 she was found at home drunk and
bleeding, and Leo was born early that night; his cord blood was positive for cocaine. Skye has told
teachers that on days when Mum is "poorly" she makes her own breakfast and tea. Kerry's tests in
Thornlow were negative from June to mid-July, but she tested positive for cocaine on 21/07/2025, two
weeks before the move, after a night out while Leo was with a babysitter Thornlow did not know.

## What is working well

Kerry kept every appointment with Thornlow's drug service and had her first appointment with Ungerby
Pathways on 19/08/2025. The flat is clean and Leo has a cot and everything he needs. Michelle has done
Leo's night feeds at weekends since the move and Kerry says the weekends are when she used to go out.
Skye has had two taster days at Ferndale Primary, starts there on 03/09/2025 and "loves the library".

## What Skye says, and what we see of Leo

Skye (seen on her own at home by Karen Pugh on 12/08/2025 and with Sian Feltham on 21/08/2025):
"I like it here because Michelle is nice and she does Leo at night. When Mum goes out I get scared
because Leo cries and I don't know how to do his bottle." She gave the new flat 7 out of 10 and said
she wants "Mum to stay in at night" and "to see Dad more".

Leo is 14 weeks old, 7 weeks corrected. On four visits since the move he was clean, warm and fed; he
smiles at Kerry and Michelle and follows Skye round the room with his eyes. He was on the 2nd centile
when he left the neonatal unit and is now just under the 9th. He sleeps in his own cot in Kerry's room.

## What we want for Skye and Leo

1. Skye and Leo are cared for every day and every night by a sober adult who is not using drugs.
2. Leo keeps gaining weight and stays on or above the 9th centile, and his health checks are up to date.
3. Skye no longer looks after Leo or herself; she goes to school every day, fed and on time.
4. Skye and Leo's care carries on without a gap now that their plan has moved to Ungerby.

## The plan

Actions carried over from Thornlow's plan keep the same aim; each is now owned by the Ungerby worker named.

### Carried over from Thornlow's plan

| No. | What needs to happen | Who | When | How we will know |
|---|---|---|---|---|
| 1 | Visit Skye and Leo at home, with at least one unannounced visit a month, and see Skye on her own each time | Sian Feltham, SW (Ungerby) | Weekly from 27/08/2025 | Visit records show both children seen and Skye seen alone, with her own words written down |
| 2 | Weigh Leo at Ferndale clinic and plot his weight on his corrected-age chart | Grace Mensah, health visitor (Ungerby 0-19 team) | Every Monday from 01/09/2025 | Weight emailed to the SW the same day; Leo stays on or above the 9th centile |
| 3 | Key work with Kerry, with a random saliva test for cocaine and a breath test at each session; assess and report on whether Kerry is making the changes Skye and Leo need, and how long further change would take | Lee Parkes, recovery worker, Ungerby Pathways Drug and Alcohol Service | Assessment by 12/09/2025, then every Thursday | Test results emailed to the SW each Friday; written report to the SW before each core group |
| 4 | Stay overnight with Kerry and the children and do Leo's night feeds | Michelle Acres (family friend, Leo's godmother) | Every Friday and Saturday night | Michelle's diary of each night, seen by the SW at each visit; Michelle texts the SW by 10am each Saturday and Sunday |
| 5 | Finish the parenting assessment that Thornlow started, using Karen Pugh's draft and Skye's words | Sian Feltham, SW | By 10/10/2025 | Completed report shared with Kerry and every core group member by 10/10/2025 |
| 6 | Check Skye's attendance and how she presents each morning, and phone the SW the same day if she is absent, hungry or worried | Mr Dev Anand, DSL, Ferndale Primary School | Every school day from 03/09/2025 | Attendance printout emailed to the SW each Friday; same-day calls logged on CPOMS |

### New from today

| No. | What needs to happen | Who | When | How we will know |
|---|---|---|---|---|
| 7 | Use no cocaine or alcohol while caring for Skye and Leo, and keep none in the flat | Kerry Drummond (Mum) | Every day from 26/08/2025 | Negative saliva and breath tests each Thursday; no drugs or alcohol seen at any visit |
| 8 | Register Skye and Leo at the practice, give Leo his missed 12-week immunisations and send his neonatal discharge summary to the HV | Dr Helen Oduya, GP, Ferndale Health Centre | By 19/09/2025 | Immunisations recorded in Leo's red book; GP letter on both children's files |
| 9 | Take Leo to his neonatal follow-up clinic at Ungerby Royal Infirmary | Kerry Drummond (Mum) | 23/09/2025 at 2.30pm | Clinic letter copied to the GP and the SW |
| 10 | Go with Leo to the six-week "Baby Steps" group at Ungerby Family Hub | Kerry Drummond (Mum) | Wednesdays, 10/09/2025 to 15/10/2025 | Group register and the group worker's written report to the SW by 22/10/2025 |
| 11 | Do three sessions of direct work with Skye and make her a safety card with the people she can ring | Sian Feltham, SW | By 26/09/2025 | Skye's safety card and session worksheets on file; Skye can tell the SW who she would ring |
| 12 | Send the rest of Thornlow's records, the police information and Leo's neonatal records to Ungerby | Karen Pugh, SW, Thornlow Borough Council | By 05/09/2025 | Receipt of the records noted on the Ungerby file by 05/09/2025 |

## If things go wrong

- **If** Kerry tests positive for cocaine or alcohol, is seen or reported to be under the influence while
  caring for Skye or Leo, or Skye tells anyone that Mum is "poorly", **then** Michelle will care for the
  children at her flat (14 Arden Court) that day, Kerry will not have sole care of them until Sian has
  seen her, and Sian will hold a strategy discussion with Ungerby Police the same day.
- **If Michelle cannot help** (she is ill, away, or cannot do her weekend nights), Sian will place Skye
  and Leo together with Ungerby foster carers that day, and will ask Paul Lowry the next morning whether
  Skye can stay with him while he is assessed.
- **If** Kerry has two positive tests in any six weeks, or Leo's weight falls below the 2nd centile,
  Sian will ask Colin Bright (team manager) for a legal planning meeting within 5 working days, to decide
  whether to start the Public Law Outline.

## Core group and review

- Core group every 4 weeks on Tuesdays at 9.30am, Ferndale Children's Centre: 09/09/2025, 07/10/2025 and 04/11/2025.
- Review child protection conference: Tuesday 18/11/2025 at 10am, Ungerby Council House.
- Sian will see Skye before each core group and bring her views to the meeting.

## Who came

Anita Rowe (chair); Kerry Drummond; Michelle Acres; Sian Feltham (SW, Ungerby); Karen Pugh (SW, Thornlow);
Grace Mensah (HV); Lee Parkes (Ungerby Pathways); Mr Dev Anand (DSL, Ferndale Primary); DC Ian Marsh
(Ungerby Police). Apologies: Dr Helen Oduya (GP, report sent).
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group minute with its action log: mother's alcohol dependence;
#    family moving to another authority in three weeks. Some work rightly
#    carried on, some paused or deferred until the transfer; no legal step.
#    Plain-text minutes with field-line action log. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_uthwick_core_group_minute_action_log_hollins.txt",
    "split": "heldout",
    "actions": 12,
    "template": "core-group-minutes-plain-text-dotted-field-header-numbered-upper-case-sections-updates-childrens-views-outcomes-rag-move-contingency-then-action-log-numbered-items-with-action-owner-due-evidence-field-lines-next-meetings",
    "description": (
        "Minutes of the third core group for a 9-year-old and a 5-year-old whose mother is alcohol "
        "dependent, three weeks before the family moves to another authority. The action log is plain "
        "text with field lines per item. The SW rightly keeps visiting until the transfer-in conference "
        "and the schools pass on records; the contingency names the grandmother with a foster fallback. "
        "Faults: the alcohol key work pauses until the new authority accepts the case, family support "
        "and speech therapy referrals wait for the move (one with no owner), the GP's review is 'ASAP', "
        "'All agencies' keep an eye on drinking with 'Monitored' as evidence, mutual aid meetings "
        "'Regularly'; the review conference has been stood down with the transfer-in date 'TBC', and "
        "nothing leads to legal planning."
    ),
    "text": """\
UTHWICK BOROUGH COUNCIL
Children's Social Care - Safeguarding Team North

CORE GROUP MEETING - MINUTES AND ACTION LOG
=======================================================================

Children ....... Tia HOLLINS (9), DOB 14/01/2016
                 Mason HOLLINS (5), DOB 02/03/2020
Parent ......... Leanne Hollins (33), 23 Foundry Street, Uthwick UT6 1QE
Plan ........... Child protection plan, category neglect, from ICPC 17/06/2025
Meeting ........ Third core group, Tuesday 09/09/2025, 4pm, Uthwick Family Hub
Chair .......... Jess Morley, social worker
Present ........ Leanne Hollins; Brenda Hollins (maternal grandmother);
                 Jess Morley (SW); Mark Fenwick (Uthwick Alcohol Team);
                 Ruth Dale (DSL, Uthwick Junior School - Tia);
                 Sam Whitlock (DSL, Uthwick Infant School - Mason);
                 Tasha Begum (school nurse)
Apologies ...... Dr Ravi Sandhu (GP, Brookside Surgery)
Minutes ........ Carla Dunn, business support

1. UPDATES FROM EACH AGENCY

Mark (alcohol team): Leanne has come to 9 of her 11 sessions since June.
Breath tests were negative at 8 and positive (0.4) on 26/08/2025, the day
after the bank holiday. She started acamprosate in July. Mark's view is
that Leanne has made a real start but it is too early to say whether she
can stay sober without this support; he would want another three months.

Ruth (Tia's school): attendance 96% this term; Tia is tired on Mondays.
Sam (Mason's school): attendance 93%; two late marks, both on Mondays.
Tasha (school nurse): Mason's speech is still hard for adults outside the
family to understand; he needs a speech and language therapy referral.
Brenda: the children have had tea with her every Wednesday and stayed
every Saturday since conference; she has seen no drinking at handovers.
Jess: Leanne has accepted a housing association tenancy at 6 Mallard Rise,
Farrowdale, near her sister, and the family moves on 30/09/2025. Farrowdale
Metropolitan Borough Council was told on 05/09/2025.

2. WHAT TIA AND MASON SAY

Tia (seen on her own at school, 04/09/2025): "Mum's better than before.
She still has wine on Sundays when Mason's asleep. I want to go to the new
house but I don't want to leave Nan." She scored home 6 out of 10.
Mason (seen at home, 08/09/2025) showed Jess his room and his dinosaurs
and said his favourite thing is "Nan's chips on Wednesday". He sat on
Leanne's knee for most of the visit.

3. OUTCOMES - ARE WE GETTING THERE?

a) Tia and Mason are looked after every day by a sober adult ...... AMBER
b) Tia and Mason get to school every day, on time and fed ......... AMBER
c) Tia no longer worries about looking after her mum or Mason ...... AMBER
d) Mason's speech is assessed and he gets the help he needs ......... RED

4. THE MOVE TO FARROWDALE

Jess explained that Uthwick keeps case responsibility until Farrowdale
holds a transfer-in conference. Leanne is worried about losing Mark, who
she trusts. Brenda will still see the children at weekends after the move
(Farrowdale is 40 minutes by bus).

5. CONTINGENCY (as agreed at conference, unchanged)

If Leanne has a positive breath test, is found to have been drinking while
caring for Tia and Mason, or Tia rings Brenda, Brenda will collect the
children and they will stay with her at 8 Holly Row that night; Jess (or
the Emergency Duty Team out of hours) will hold a strategy discussion with
Uthwick Police the same day. If Brenda cannot have them, Jess will place
Tia and Mason together with Uthwick foster carers that day.

6. ACTION LOG (agreed 09/09/2025)

 1. Action ..... Continue weekly home visits to Tia and Mason, seeing each
                 child on their own, until Farrowdale's transfer-in conference
    Owner ...... Jess Morley (SW)
    Due ........ Weekly, until the transfer-in conference
    Evidence ... Visit records show both children seen alone, with their words

 2. Action ..... Send the transfer request, chronology, assessment and plan
                 to Farrowdale Children's Services
    Owner ...... Jess Morley (SW)
    Due ........ By 12/09/2025
    Evidence ... Farrowdale's written acknowledgement on both children's files

 3. Action ..... Weekly key work and breath tests for Leanne; sessions to
                 pause from 30/09/2025 until Farrowdale accepts the case
    Owner ...... Mark Fenwick (Uthwick Alcohol Team)
    Due ........ Weekly to 29/09/2025, then paused pending transfer
    Evidence ... Breath test results emailed to the SW each Friday

 4. Action ..... Referral for family support work with Leanne, Tia and Mason
                 to be made after the transfer
    Owner ...... -
    Due ........ Once the family has moved
    Evidence ... Referral accepted by Farrowdale Family Support

 5. Action ..... Check Tia's attendance and how she presents each morning,
                 phone the SW the same day about any concern, and send her
                 records to her new school
    Owner ...... Ruth Dale (DSL, Uthwick Junior School)
    Due ........ Every school day; records by 26/09/2025
    Evidence ... Weekly attendance email to the SW; new school's receipt

 6. Action ..... Speech and language therapy referral for Mason to wait
                 until he is registered with a Farrowdale GP
    Owner ...... Tasha Begum (school nurse)
    Due ........ When the family has moved
    Evidence ... Referral accepted letter on Mason's file

 7. Action ..... Review Leanne's acamprosate and repeat her liver function
                 tests
    Owner ...... Dr Ravi Sandhu (GP, Brookside Surgery)
    Due ........ ASAP
    Evidence ... Results letter to the SW

 8. Action ..... Have Tia and Mason for tea every Wednesday and to stay
                 every Saturday night
    Owner ...... Brenda Hollins (maternal grandmother)
    Due ........ Wednesdays and Saturdays until the move
    Evidence ... Brenda's diary of each visit, seen by the SW at each visit

 9. Action ..... Keep an eye on Leanne's drinking at every contact with the
                 family
    Owner ...... All agencies
    Due ........ Every contact
    Evidence ... Monitored

10. Action ..... Two sessions of direct work with Tia about the move, her new
                 school and who she can ring if she is worried
    Owner ...... Jess Morley (SW)
    Due ........ By 26/09/2025
    Evidence ... Tia's "my move" workbook on file; safety card with Brenda's
                 number seen by the SW

11. Action ..... Go to AA or SMART Recovery meetings near home
    Owner ...... Leanne Hollins
    Due ........ Regularly
    Evidence ... Attendance card signed at each meeting

12. Action ..... Pass Mason's school records and the speech concerns to his
                 new school
    Owner ...... Sam Whitlock (DSL, Uthwick Infant School)
    Due ........ By 26/09/2025
    Evidence ... New school's receipt on Mason's file

7. NEXT MEETINGS

Next core group ....... Tuesday 07/10/2025, 4pm (by Teams if the family
                        has moved)
Review conference ..... Uthwick review conference (due 16/09/2025) stood
                        down; Farrowdale transfer-in conference, date TBC

Minutes circulated 11/09/2025 to all present and to Dr Sandhu.
""",
    "findings": [
        F("X001", "sessions to pause from 30/09/2025 until Farrowdale accepts the case"),
        F("X001", "Referral for family support work with Leanne, Tia and Mason"),
        F("W001", "Referral for family support work with Leanne, Tia and Mason"),
        F("X001", "Speech and language therapy referral for Mason to wait"),
        F("T002", "Review Leanne's acamprosate and repeat her liver function"),
        F("W002", "Keep an eye on Leanne's drinking at every contact"),
        F("M002", "Keep an eye on Leanne's drinking at every contact"),
        F("T002", "Go to AA or SMART Recovery meetings near home"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Letter to the parents setting out the plan after an initial conference
#    for a premature baby whose mother has postnatal depression. Most of the
#    plan is about the mother; the perinatal nurse and psychologist only
#    support and treat. Word letter printed to PDF. Faulty (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_ulbarrow_icpc_letter_to_parents_fairclough.pdf",
    "doc_title": "Letter to Chloe Fairclough and Aaron Webb - Isla's child protection plan",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-letter-to-parents-word-printed-to-pdf-page-header-footer-letterhead-address-block-bold-paragraph-headings-why-what-we-have-seen-outcomes-then-bulleted-second-person-actions-what-will-happen-if-things-go-wrong-meetings-signature",
    "description": (
        "Letter from the social worker to a mother and father after the initial conference for their "
        "10-week-old born at 32 weeks, setting out the plan in plain words; mother has postnatal "
        "depression and anxiety with thoughts of self-harm. A Word letter printed to PDF with a page "
        "header and footer. The SW, HV and parent-infant sessions are sound, and legal planning "
        "follows insufficient progress. Faults: six of the nine actions are about the parents' own "
        "needs with no link to the baby, the perinatal nurse only supports ('so that your mood "
        "improves') and the psychologist only treats, the father's group 'as often as you can', "
        "mother's appointments and tablets with no timescale or measure, two outcomes about the "
        "adults only, and a contingency that only says a meeting will discuss things if they get worse."
    ),
    "header": "OFFICIAL-SENSITIVE – PERSONAL",
    "footer": "Ulbarrow County Council – letter to Chloe Fairclough and Aaron Webb, 01/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("pr", "Ulbarrow County Council"),
        ("pr", "Children and Families Service"),
        ("pr", "Safeguarding Team (West)"),
        ("pr", "Tannery House, Mill Street, Ulbarrow UB2 3HF"),
        ("pr", "Telephone 01632 960418"),
        ("p", ""),
        ("pl", "Chloe Fairclough and Aaron Webb"),
        ("pl", "Flat 3, 17 Chandler's Yard"),
        ("pl", "Ulbarrow UB5 8JS"),
        ("p", ""),
        ("pr", "1 September 2025"),
        ("p", "Dear Chloe and Aaron,"),
        ("boldp", "Isla's child protection plan"),
        ("p", "Thank you both for coming to the initial child protection conference on Thursday 28 August. I know "
              "it was a hard meeting. As I promised, I am writing to set out the plan that was agreed, in plain "
              "words, so that you have it all in one place. The conference team will send the full minutes."),
        ("boldp", "Why Isla has a plan"),
        ("p", "Isla was born on 23/06/2025 at 32 weeks and came home from the Ulbarrow Royal neonatal unit on "
              "21/07/2025. Since then, Chloe, you have been very low and anxious, and on 14/08/2025 you told your "
              "health visitor that you had thought about harming yourself and had not slept for three days. Isla "
              "had dropped from the 25th to the 9th centile, and on two visits she had not been fed for more than "
              "five hours. Aaron, you have been working long shifts and have not always known how unwell Chloe "
              "was. The conference agreed that Isla needs a child protection plan under the category of neglect."),
        ("boldp", "What we have seen of Isla"),
        ("p", "When I visited on 19/08/2025 and 26/08/2025 Isla was clean and in a fresh sleepsuit. She fed "
              "hungrily from her bottle and finished 110ml in ten minutes. She watched Aaron's face and went quiet "
              "when he talked to her. When Chloe held her she arched her back and cried, and after a minute Chloe "
              "handed her back to Aaron, saying “she doesn't like me”. Isla sleeps in a cot next to your bed."),
        ("boldp", "What we want to be different"),
        ("bullets", [
            "Chloe's mood and anxiety are better and she feels able to cope.",
            "Aaron finds steadier work so that the money worries ease.",
            "Isla is fed at least every four hours and gets back to the 25th centile.",
            "Isla is held, talked to and comforted by parents who notice what she needs.",
        ]),
        ("boldp", "What will happen"),
        ("p", "These are the things everyone agreed to do at the conference."),
        ("bullets", [
            "Grace Ellery, your perinatal mental health nurse, will visit you, Chloe, every week to support you "
            "with your mood, so that your mood improves.",
            "Dr Leon Fry, clinical psychologist with the perinatal mental health service, will see you, Chloe, "
            "for twelve sessions of therapy for your anxiety from 15/09/2025, and will write to me when the "
            "sessions end.",
            "Dr Anita Shah, your GP, will review your antidepressant with you, Chloe, by 19/09/2025 and write to "
            "me about any change.",
            "Hayley Brock, the Ulbarrow Housing tenancy support officer, will help you both with the damp in the "
            "flat, your debts and your benefits by 30/09/2025, and I will keep a copy of her letter on file.",
            "Aaron, you will go to the Ulbarrow Carers' Centre group for partners of new mums as often as you "
            "can, and the centre will let me know which sessions you went to.",
            "Chloe, you will go to all your appointments and take your tablets.",
            "I (Rachel Dunmore, social worker) will visit you at home every week, with some visits not arranged "
            "in advance, see Isla awake and being fed, and write down her weight from the red book.",
            "Marie Cotton, your health visitor, will weigh Isla at home every Monday, plot her weight on her "
            "corrected chart and email the chart to me the same day.",
            "Joanne Pike, nursery nurse at the Ulbarrow Parent-Infant Service, will do six sessions of video "
            "interaction guidance with Chloe and Isla from 08/09/2025, and will send me a written summary of what "
            "has changed in how you and Isla respond to each other.",
        ]),
        ("boldp", "If things go wrong"),
        ("p", "If things get worse, or if any of us is worried about Isla, I will talk to my manager and we will "
              "hold a meeting to discuss what to do next. If there is not enough progress by the review "
              "conference, my manager will arrange a legal planning meeting to consider whether the court should "
              "be involved."),
        ("boldp", "Meetings"),
        ("p", "The core group (you both, me, Grace, Marie and Joanne) will meet every four weeks at Ulbarrow "
              "Family Hub: first on Thursday 11/09/2025 at 10am, then on 09/10/2025 and 06/11/2025. The review "
              "child protection conference will be on Thursday 20/11/2025 at 2pm at County Hall."),
        ("p", "If anything in this letter is wrong, or you would like it explained, please ring me on "
              "01632 960418. You can also ask your advocate from Ulbarrow Family Voice to go through it with you."),
        ("p", "Yours sincerely,"),
        ("pl", "Rachel Dunmore"),
        ("pl", "Social Worker, Safeguarding Team (West)"),
        ("p", "Copies: Isla's file; Mrs Helen Osei, conference chair"),
    ],
    "findings": [
        F("H001", "will visit you, Chloe, every week to support you"),
        F("M002", "will visit you, Chloe, every week to support you"),
        F("H001", "for twelve sessions of therapy for your anxiety"),
        F("T002", "go to the Ulbarrow Carers' Centre group for partners"),
        F("T001", "Chloe, you will go to all your appointments"),
        F("M001", "Chloe, you will go to all your appointments"),
        F("F002", "Chloe's mood and anxiety are better and she feels able to cope."),
        F("F002", "Aaron finds steadier work so that the money worries ease."),
        F("F001"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A child's "my plan" written with a 10-year-old, beside the professional
#    plan; his baby brother is looked after and in hospital (visited twice a
#    week), the grandparents care for him with a fallback. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b108_umbledene_my_plan_beside_professional_plan_whitcombe.md",
    "split": "heldout",
    "actions": 11,
    "template": "icpc-markdown-part-one-childs-my-plan-first-person-about-me-worries-wishes-helpers-if-im-worried-then-part-two-professional-plan-bold-field-lines-why-teddys-day-on-ward-outcomes-action-table-contingency-meetings",
    "description": (
        "Initial conference plan for a 10-year-old living with his grandparents and his 5-month-old "
        "brother, accommodated under section 20 and on a children's ward with faltering weight, "
        "after their mother came onto the ward drunk. Part one is the older boy's own 'my plan' in "
        "his words; part two is the professional plan. The SW visits the baby on the ward twice a "
        "week, the grandparents' care has a foster fallback and legal planning follows named "
        "triggers. Faults: the alcohol service's assessment has no output, 'Family' to get the boy "
        "to school measured by 'Attendance improves', the counselling referral has no timescale, the "
        "'Core group' decides where the baby will live, one outcome is about the mother only, and "
        "the review conference is 'to be arranged'."
    ),
    "text": """\
# Noah and Teddy's child protection plan

Umbledene Borough Council · Children's Services · Initial child protection conference, Thursday 04/09/2025

This plan has two parts. Part 1 is Noah's own plan, written with him by his social worker, Lorna, in his
words. Part 2 is the plan the professionals agreed at conference.

---

## Part 1: My plan (by Noah, age 10)

### About me

My name is Noah. I am 10 and I am in Year 6 at Brook Lane Primary. I like Minecraft, drawing dragons
and Grandad's dog, Biscuit. My baby brother Teddy is in hospital because he wasn't putting on weight
and he had a bad cough. I am living at Nana and Grandad's house for now.

### What I am worried about

I worry when Mum drinks because she falls asleep and doesn't wake up when Teddy cries. Once I had to
make his bottle on my own and I didn't know how much milk to put in. I worry about Teddy being in
hospital without us.

### What I want

- I want to stay at Nana and Grandad's until Mum is better.
- I want to see Teddy every week.
- I want Mum to stop drinking wine.
- I want to still go to Brook Lane and walk there with Grandad and Biscuit.

### The people helping me

Lorna is my social worker. Nana Pauline and Grandad Ray look after me. Mrs Kaur at school is who I
talk to if I'm sad. The nurses on Ward 4 look after Teddy.

### If I'm worried

I can tell Nana or Grandad, or Mrs Kaur, or ring Lorna (her number is on my card). If Mum is drunk
and I am with her, I will ring Nana. If I can't get anyone I will ring 999.

---

## Part 2: The professional plan

**Children:** Noah Whitcombe (10), DOB 19/05/2015; Teddy Whitcombe (5 months), DOB 02/04/2025
**Mother:** Stacey Whitcombe (30), 12 Kiln Road, Umbledene UM4 2SX
**Father:** Lee Whitcombe (34), lives in Spain; no contact since 2024
**Maternal grandparents:** Pauline and Ray Hook, 3 Orchard View, Umbledene
**Where the children are:** Noah lives with Pauline and Ray under a family arrangement. Teddy has been accommodated under section 20 since 22/08/2025 and is on Ward 4, Umbledene Children's Hospital.
**Category:** Neglect (both children)
**Chair:** Deborah Vance · **Social worker:** Lorna Quayle (team manager: Steve Okafor) · **IRO for Teddy:** Martin Gale

### Why Noah and Teddy need a plan

Teddy was admitted on 15/08/2025 with bronchiolitis and faltering weight: he had dropped from the 25th
to the 2nd centile. On 21/08/2025 Stacey came onto the ward drunk, shouted at staff and left without
Teddy; she agreed the next day to his being accommodated. Stacey has drunk heavily since her
relationship ended in 2024, and Noah has often looked after Teddy in the evenings. Noah went to stay with
his grandparents on 22/08/2025.

### Teddy's day on the ward

Teddy is 5 months old. The nurses say he now takes 150ml every four hours, smiles at the nurses he
knows and settles best on his tummy on a nurse's lap. He cries when he is put down. On the ward he has
put on 310g in two weeks. He brightens when Noah visits and follows him round the cot with his eyes.

### Outcomes

- Teddy gains weight steadily and is back on the 9th centile before he leaves hospital.
- Teddy leaves hospital to a home where a sober adult cares for him day and night.
- Noah feels safe, sees Teddy every week and goes to school every day.
- Stacey stops drinking and is able to manage her own health.

### Action plan

| # | Action | Lead | Timescale | How we will know |
|---|---|---|---|---|
| 1 | Visit Teddy on Ward 4, see him awake, read his feeding chart and talk to the nurse in charge | Lorna Quayle, SW | Every Tuesday and Friday until discharge | Visit notes on Teddy's looked-after record, with his weight and who has visited him |
| 2 | See Noah on his own, at school or at his grandparents' home | Lorna Quayle, SW | Every Tuesday after school | Visit records with Noah's words written down |
| 3 | Weigh Teddy every morning, record every feed, and tell the SW the same day if he loses weight | Ellie Harte, named nurse, Ward 4 | Daily until discharge | Weight chart in Teddy's notes; Teddy back on the 9th centile before discharge |
| 4 | Visit Teddy on the ward to do his morning feed and bath, with a nurse present | Stacey Whitcombe (Mum) | Daily, 10am to 12 noon | Ward visitors' log and the nurse's note of each feed |
| 5 | Care for Noah at their home and supervise all his time with his mum | Pauline and Ray Hook (maternal grandparents) | Every day from 22/08/2025 | Contact diary, checked by the SW every week |
| 6 | Take Noah to see Teddy on the ward | Pauline Hook (MGM) | Every Saturday afternoon | Ward visitors' log shows Noah's visits |
| 7 | Assess Stacey's drinking and start a treatment plan with her | Dom Arkwright, Umbledene Recovery Service | By 26/09/2025 | - |
| 8 | Make sure Noah gets to school on time every day | Family | Every school day | Attendance improves |
| 9 | Refer Noah to Umbledene Young Minds for help with his worries about his mum | Mrs Harpreet Kaur, DSL, Brook Lane Primary | - | Referral accepted letter on Noah's file |
| 10 | Decide where Teddy will live when he is ready to leave hospital | Core group | Before discharge | Decision written into Teddy's discharge plan |
| 11 | Complete a viability assessment of Pauline and Ray as carers for Teddy | Lorna Quayle, SW, with the Umbledene Kinship Team | By 03/10/2025 | Assessment report shared with the IRO and the core group |

### Contingency

- If Stacey comes onto the ward smelling of alcohol or appearing drunk, the nurse in charge will stop
  the visit and phone Lorna (the Emergency Duty Team out of hours) the same day. If she tries to take
  Teddy from the ward, staff will call the police on 999.
- If Stacey withdraws her section 20 agreement, Lorna will seek legal advice that day and Steve Okafor
  will hold a legal planning meeting within 2 working days.
- If Pauline and Ray cannot care for Noah (they are ill, or Stacey has unsupervised time with him),
  Lorna will place Noah with Umbledene foster carers that day.
- If Stacey has not started treatment with the Recovery Service by 31/10/2025, Lorna will request a
  legal planning meeting to decide whether to start the Public Law Outline for both boys.

### Meetings

- Core group: every 4 weeks, first on Tuesday 16/09/2025 in the Ward 4 parents' room.
- Teddy's first looked-after review: Thursday 18/09/2025, chaired by Martin Gale (IRO).
- Review child protection conference: to be arranged.
""",
    "findings": [
        F("M001", "Assess Stacey's drinking and start a treatment plan"),
        F("W002", "Make sure Noah gets to school on time"),
        F("M002", "Make sure Noah gets to school on time"),
        F("T001", "Refer Noah to Umbledene Young Minds for help"),
        F("W002", "Decide where Teddy will live when he is ready"),
        F("F002", "Stacey stops drinking and is able to manage her own health."),
        F("R001"),
    ],
})
