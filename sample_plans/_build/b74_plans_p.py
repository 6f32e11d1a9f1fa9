"""Batch 74, module p: seven fictional plans (held-out material), places beginning with "p".

Everything here is made up: children, families, professionals, services,
hospitals, schools and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: a broad mix - a looked-after baby on a neonatal unit, a family moving
to another council, a pre-birth plan with a mother under the perinatal mental
health team, a core group action log with RAG status, a young person's own
plan, a case-system PDF export with page headers and labelled lines, and a
short hurried plan. Two plans are exemplary.
"""
from build_batch5 import F, V  # noqa: F401

PLANS = []


# ---------------------------------------------------------------------------
# 1. Looked-after baby on the neonatal unit (section 20); the SW only rings
#    the ward, nobody is set to visit (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_pellingford_nnu_looked_after_baby_kowalczyk.docx",
    "doc_title": "Child Protection Plan - Baby Rosie Kowalczyk",
    "split": "heldout",
    "actions": 8,
    "template": "icpc-looked-after-baby-on-nicu-docx-kv-details-then-action-who-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for an 18-day-old born at 29 weeks after heavy drinking in pregnancy, "
        "accommodated under section 20 and still on the neonatal unit. The SW rings the ward weekly "
        "(not a visit) and the mother's time on the unit is 'as and when', so nobody is set to visit "
        "(L001). Faults: 'as and when' and 'Ongoing' timescales (T002), 'All professionals' (W002), "
        "the initial health assessment with '-' as its measure (M001), 'engagement' (M002), an outcome "
        "about the mother only (F002), the mother's drinking with no adult service owning an action "
        "(F004), and the review conference 'to be confirmed' (R001). The contingency and the legal "
        "step are sound; the LAC review date is not a review conference date."
    ),
    "blocks": [
        ("title", "Child Protection Plan – Looked After Baby"),
        ("p", "Pellingford Borough Council · Children's Services · Children in Care and Safeguarding Team"),
        ("kv", [
            ("Baby", "Rosie Kowalczyk, born 02/03/2025 at 29+4 weeks; Neonatal Intensive Care Unit, "
                     "Pellingford Royal Infirmary (bay 2, cot 11)"),
            ("Mother", "Natalia Kowalczyk (22), no fixed address since 10/03/2025"),
            ("Father", "Not named on the birth registration; Natalia has not said who he is."),
            ("Legal status", "Accommodated under section 20 since 14/03/2025, with Natalia's written "
                             "agreement. Rosie is looked after by Pellingford Borough Council and will go "
                             "to foster carers when she is discharged."),
            ("Foster carers", "Jan and Phil Abbot, approved Pellingford foster carers"),
            ("Conference", "Initial child protection conference, Thursday 20/03/2025, Pellingford Royal "
                           "Infirmary education centre"),
            ("Category", "Neglect"),
            ("Social worker", "Gareth Pryce"),
            ("Chair", "Sunita Rao"),
        ]),
        ("h1", "Why Rosie has a plan"),
        ("p", "Natalia drank heavily through her pregnancy. She told the midwife she was drinking \"most of a "
              "bottle of vodka a day\" until she found out she was pregnant at 20 weeks, and \"less\" after "
              "that. She went to one antenatal appointment. Rosie was born early after Natalia was found "
              "collapsed in a friend's flat with a high blood alcohol level. Natalia left the ward on "
              "05/03/2025 and has visited Rosie twice since, once smelling strongly of alcohol. She told the "
              "social worker she has no history of mental health difficulties and did not want to be "
              "referred to the mental health team. She agreed to Rosie being accommodated while she finds "
              "somewhere to live."),
        ("h1", "Rosie on the unit"),
        ("p", "Rosie is 18 days old and weighs 1.42 kg. She comes out of her incubator for cuddles and is fed "
              "by nasogastric tube every three hours; she started small bottle feeds this week. The nurses "
              "say she is jittery and hard to settle when she is handled, and calms best when she is "
              "swaddled and held firmly against someone's chest in a quiet corner of the bay. She opens her "
              "eyes and turns her head towards voices. When Natalia visited on 12/03/2025 she held Rosie for "
              "twenty minutes and sang to her, and Rosie fell asleep in her arms."),
        ("h1", "What needs to be different"),
        ("bullets", [
            "Rosie leaves the unit to foster carers who know how to feed, settle and care for her, with no "
            "gap in her care.",
            "Rosie keeps gaining weight and is fed on time, every time.",
            "Rosie's health and development are checked so that any effects of alcohol are found early.",
            "Natalia will stop drinking and find somewhere settled to live.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Who", "When", "How we will know"],
            "widths": [6.4, 3.6, 3.2, 3.8],
            "rows": [
                ["Ring the ward for an update on Rosie's feeding, weight and breathing, and on any visit "
                 "from Natalia",
                 "SW Gareth Pryce",
                 "Weekly, every Monday",
                 "Update written up in Rosie's case notes the same day"],
                ["Complete Rosie's placement plan and delegated authority with the foster carers",
                 "SW Gareth Pryce",
                 "Before discharge",
                 "Placement plan signed by Jan and Phil Abbot and by Natalia"],
                ["Teach Jan and Phil Abbot Rosie's tube and bottle feeds, safe sleep and how to settle her",
                 "Sister Claire Dunn, discharge coordinator, NICU",
                 "Before discharge",
                 "Each foster carer gives three feeds on their own, signed off on the unit's competency "
                 "checklist"],
                ["Offer Natalia supervised time with Rosie on the unit, with a nurse present throughout",
                 "NICU nursing staff",
                 "As and when Natalia asks",
                 "Each visit written in the unit's visiting log, with how Natalia presented"],
                ["Refer Natalia to the Pellingford Alcohol Service for an assessment",
                 "SW Gareth Pryce",
                 "By 27/03/2025",
                 "Referral acknowledgement from the service on Rosie's file"],
                ["Share any concern about Natalia arriving on the unit smelling of alcohol",
                 "All professionals",
                 "Same day",
                 "Each concern logged on Rosie's file by the SW"],
                ["Initial health assessment for Rosie as a looked-after child, including a check for signs "
                 "of fetal alcohol spectrum disorder",
                 "Dr Ifeoma Bassey, designated doctor for looked-after children",
                 "Within 20 working days of Rosie becoming looked after (by 11/04/2025)",
                 "-"],
                ["Support Natalia to think about her drinking and what it means for Rosie",
                 "FSW Carla Mendes",
                 "Ongoing",
                 "Natalia's engagement"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Natalia tries to take Rosie from the unit, or arrives drunk and will not leave, the nurse in "
              "charge will call hospital security and the police, and the SW (or the emergency duty team out "
              "of hours) will hold a strategy discussion the same day. If Natalia withdraws her agreement to "
              "Rosie being accommodated, the SW will ask the team manager for a legal planning meeting the "
              "same day to consider an application for an interim care order."),
        ("h1", "Core group and review"),
        ("p", "Core group every four weeks at Pellingford Civic Centre, 2pm: Thursday 03/04/2025 and Thursday "
              "01/05/2025. Rosie's first looked-after child review with her IRO will be on 10/04/2025. Review "
              "child protection conference: date to be confirmed once Rosie's discharge date is known."),
        ("p", "Plan typed by Gareth Pryce (SW) on 21/03/2025 and sent to Natalia and every agency named above."),
    ],
    "findings": [
        F("F002", "Natalia will stop drinking and find somewhere settled to live."),
        F("T002", "Offer Natalia supervised time with Rosie on the unit"),
        F("W002", "Share any concern about Natalia arriving on the unit"),
        F("M001", "Initial health assessment for Rosie as a looked-after child"),
        F("T002", "Support Natalia to think about her drinking"),
        F("M002", "Support Natalia to think about her drinking"),
        F("L001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Review plan for a family about to move to another council; actions as
#    bullets, two handed on to the receiving authority (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_porrowmere_transfer_out_bullets_greenhalgh.docx",
    "doc_title": "Review Child Protection Plan - Kai and Mia Greenhalgh",
    "split": "heldout",
    "actions": 11,
    "template": "rcpc-plan-docx-transfer-out-kv-details-then-one-bullet-per-action-owner-timescale-measure-in-the-bullet",
    "description": (
        "Review conference plan for a 5-year-old and a 2-year-old (domestic abuse by their father, now on "
        "bail) whose mother is moving to Pardlestow, another council, to be near her mother and sister. "
        "One bullet per action. The SW keeps visiting weekly until the transfer-in conference and sends "
        "the transfer papers by a date (not X001), but the parenting assessment and the 2-year review "
        "are left for the receiving authority (X001 twice). Also a school registration with no "
        "timescale (T001), a passive attendance check (W001), the grandmother's weekends with no measure "
        "(M001), 'The family' as owner (W002); the plan leans on the grandmother and aunt but the "
        "contingency never says what happens if they cannot help (C003), and there is no legal step "
        "(R002)."
    ),
    "blocks": [
        ("title", "Child Protection Plan (Review) – Transfer Out"),
        ("p", "Porrowmere District Council · Children and Families · Safeguarding Team South"),
        ("kv", [
            ("Children", "Kai Greenhalgh (5), Reception, Porrowmere Infants; Mia Greenhalgh (2), at home"),
            ("Mother", "Tasha Greenhalgh (26)"),
            ("Father", "Jordan Pell (29), father of both children. On bail not to contact Tasha until his "
                       "trial on 14/07/2025."),
            ("Address", "22 Wickham Close, Porrowmere. Moving to Pardlestow (Pardlestow County Council), "
                        "expected week commencing 02/06/2025."),
            ("Conference", "Review child protection conference, Tuesday 29/04/2025"),
            ("Category", "Emotional abuse"),
            ("Social worker", "Amira Baig"),
            ("Chair", "Douglas Fairweather"),
        ]),
        ("h1", "What has happened since the initial conference"),
        ("p", "Jordan was arrested on 28/01/2025 after assaulting Tasha in front of both children, and is on "
              "bail not to contact her. Tasha has kept to the safety plan and has not let Jordan back into "
              "the house. He has twice turned up in Wickham Close, on 15 February and 9 April, and the police "
              "were called both times. Tasha has been offered a two-bedroom housing association flat in "
              "Pardlestow, round the corner from her mother, Linda Greenhalgh, and her sister, Kerry. She "
              "wants the move so that Jordan does not know where she lives. Once the family have moved the "
              "case will transfer to Pardlestow County Council, whose transfer-in conference must be held "
              "within 15 working days of the move."),
        ("h1", "What Kai and Mia have shown and told us"),
        ("p", "Kai (seen on his own at school, 22/04/2025): \"Daddy shouted and hurt Mummy and I hid behind "
              "the sofa with Mia.\" He is excited about \"Nanny's new road\" and wants to take his scooter. "
              "He asked whether Daddy will know where the new house is. Mia is saying a few words. At home "
              "she stays close to Tasha, and she cries and hides her face when a man's voice is raised on "
              "the television."),
        ("h1", "What we want for Kai and Mia"),
        ("bullets", [
            "Kai and Mia live somewhere Jordan does not know about, without shouting or violence.",
            "Kai starts at his new school in September without missing days in between.",
            "Mia's speech and play are checked and she gets help if she needs it.",
            "Kai and Mia keep the people who know them well around them through the move.",
        ]),
        ("h1", "Action plan"),
        ("bullets", [
            "SW Amira Baig will keep visiting Kai and Mia every week until Pardlestow's transfer-in "
            "conference, seeing Kai on his own each time and writing down what he says.",
            "SW Amira Baig will send the transfer request, the chronology and all conference reports to "
            "Pardlestow Children's Services by 09/05/2025, and put their receipt email on file.",
            "Pardlestow Children's Services will start the parenting assessment with Tasha once the "
            "transfer is complete, and share the report with the core group.",
            "HV Rebecca Stott will leave Mia's 2-year review for the Pardlestow health visiting team to do "
            "after the case has transferred; her handover letter will go on Mia's file.",
            "Yvonne Achebe (IDVA, Porrowmere Domestic Abuse Service) will update Tasha's safety plan for the "
            "new address by 23/05/2025, including a plan for Kai, and give copies to the SW and to Kai's "
            "new school.",
            "Tasha will register Kai with a primary school in Pardlestow and tell the SW which school has "
            "offered him a place.",
            "Kai's attendance at Porrowmere Infants will be checked every Friday and sent to the SW with any "
            "absences explained.",
            "Linda (maternal grandmother) will have Kai and Mia to stay from Friday teatime to Sunday every "
            "weekend until the move.",
            "Kerry (maternal aunt) will collect Kai from school every Tuesday and Thursday while Tasha packs, "
            "signing him out on the school's collection sheet.",
            "The family will make sure nobody gives Jordan or his relatives the new address, from today; any "
            "contact from Jordan's side will be reported to the police and the reference passed to the SW.",
            "Porrowmere Police (Public Protection Unit) will put a marker on the new address before the move "
            "and confirm it to the SW in writing.",
        ]),
        ("h1", "If things go wrong"),
        ("p", "If Jordan comes to the house, contacts Tasha or the children, or turns up at Kai's school, Tasha "
              "or the school will ring 999 and the SW (or the emergency duty team out of hours) will hold a "
              "strategy discussion the same day. If Tasha and the children cannot stay safely at home, the "
              "IDVA will find them a refuge place that day."),
        ("h1", "Core group and review"),
        ("p", "Core group every three weeks at Porrowmere Family Hub, 10am: Tuesday 13/05/2025 and Tuesday "
              "03/06/2025. Review child protection conference: Tuesday 22/07/2025, unless the case has "
              "transferred by then, when Pardlestow's transfer-in conference takes its place."),
    ],
    "findings": [
        F("X001", "will start the parenting assessment with Tasha once the transfer"),
        F("X001", "will leave Mia's 2-year review for the Pardlestow health visiting team"),
        F("T001", "Tasha will register Kai with a primary school in Pardlestow"),
        F("W001", "Kai's attendance at Porrowmere Infants will be checked every Friday"),
        F("M001", "will have Kai and Mia to stay from Friday teatime"),
        F("W002", "The family will make sure nobody gives Jordan"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Pre-birth plan, mother with bipolar disorder under the perinatal mental
#    health team; most rows are about the parents' own needs (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_plessingham_prebirth_perinatal_table_hartigan.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby of Aoife Hartigan",
    "split": "heldout",
    "actions": 9,
    "template": "pre-birth-icpc-plan-docx-kv-details-baby-experience-section-what-who-by-when-how-we-will-know-table",
    "description": (
        "Pre-birth conference plan at 28 weeks; the mother has bipolar disorder, stopped her lithium in "
        "April and is under the perinatal mental health team. The consultant psychiatrist is asked for "
        "a report on capacity to change (not H001), but the CPN only supports her mood (H001, with "
        "'mood is stable' as the measure, M002). Five of nine rows are about the parents' own needs "
        "with no link to the baby (F001); housing help 'as soon as possible' (T002); the father's GP "
        "visit measured by 'feels better' (M002); an outcome about the mother's mental health only "
        "(F002). The baby's life before birth is recorded, contingency, legal step and dates are set."
    ),
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Plessingham City Council · Children's Social Care · Pre-Birth and Early Help Team"),
        ("kv", [
            ("Unborn baby", "Baby of Aoife Hartigan, due 14/08/2025 (28 weeks at conference)"),
            ("Mother", "Aoife Hartigan (26), 41B Tolland Street, Plessingham"),
            ("Father", "Connor Blake (29), lives with Aoife"),
            ("Conference", "Initial (pre-birth) child protection conference, Wednesday 21/05/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Bethan Moyo"),
            ("Chair", "Richard Salt"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Aoife has bipolar disorder. In 2022 she spent six weeks in Plessingham Park Hospital after a "
              "manic episode in which she stopped eating and sleeping and was found walking along the ring "
              "road at night. She is under the Plessingham Perinatal Mental Health Team and takes lithium, "
              "which is being reviewed for the pregnancy. In April she stopped her medication for two weeks "
              "without telling anyone and was not sleeping. Connor works long shifts at a distribution centre "
              "and has been signed off work since early May. Neither parent has any history of drug or "
              "alcohol use. Aoife and Connor are in debt and have been served notice on their flat."),
        ("h1", "The baby's experience so far"),
        ("p", "The baby cannot tell us anything yet, so this is what we know of their life before birth. At "
              "the 20-week scan on 27/03/2025 the baby was growing on the 50th centile. Aoife missed her "
              "16-week appointment when she was not sleeping. She says the baby kicks most when Connor plays "
              "his guitar in the evenings, and she has started reading to the bump. Aoife and Connor have "
              "bought a Moses basket and a car seat and have chosen names."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born safely and goes home with parents who can feed, settle and keep them safe.",
            "Aoife's mental health stays stable through the pregnancy and after the birth.",
            "The baby has a warm, settled home with a safe place to sleep.",
            "The baby is seen at home by the midwife and health visitor at every planned check.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["What needs to happen", "Who", "By when", "How we will know"],
            "widths": [6.6, 3.8, 3.0, 3.6],
            "rows": [
                ["Monthly home appointments with Aoife to support her mood and help her manage stress at "
                 "home",
                 "Dara Whelan, CPN, Plessingham Perinatal Mental Health Team",
                 "Monthly",
                 "Aoife's mood is stable"],
                ["Review Aoife's lithium for the rest of the pregnancy and after the birth, and write a report "
                 "on how her illness is likely to affect her care of the baby, whether she can make the "
                 "changes needed and how long that is likely to take",
                 "Dr Ruth Menon, consultant perinatal psychiatrist",
                 "Report by 02/07/2025",
                 "Written report sent to the SW and discussed at the core group on 09/07/2025"],
                ["Go to the Plessingham Money Advice drop-in and make a plan for paying off the debts",
                 "Aoife Hartigan",
                 "By 30/06/2025",
                 "Repayment plan letter seen by the SW"],
                ["Support Aoife with her housing application and the appeal against the notice on the flat",
                 "SW Bethan Moyo",
                 "As soon as possible",
                 "Housing decision letter on file"],
                ["Apply for Universal Credit and a council tax reduction",
                 "Aoife Hartigan",
                 "By 13/06/2025",
                 "Award letters seen by the SW"],
                ["See his GP about how he is coping since being signed off work",
                 "Connor Blake",
                 "By 20/06/2025",
                 "Connor feels better"],
                ["Pre-birth assessment of how Aoife and Connor will care for the baby",
                 "SW Bethan Moyo",
                 "By 23/07/2025",
                 "Assessment report shared with Aoife, Connor and the core group"],
                ["Agree a birth plan with Aoife and Connor, including who stays with the baby on the ward at "
                 "night and the checks before discharge",
                 "Lucy Penrose, safeguarding midwife, Plessingham General Hospital",
                 "By 36 weeks (17/07/2025)",
                 "Birth plan on the hospital record and copied to the SW, HV and perinatal team"],
                ["Antenatal visit to talk with both parents about feeding, safe sleep and the baby's first "
                 "weeks at home",
                 "HV Mandeep Gill",
                 "By 32 weeks (19/06/2025)",
                 "Visit recorded; safe sleep checklist signed by Aoife and Connor"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Aoife stops her lithium, goes two nights without sleep, or shows any of the early signs in "
              "her relapse plan, Connor will ring the perinatal team duty line the same day and the SW (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day. If this happens "
              "after the birth, the baby will be cared for by Connor, with Aoife's mother, Maureen Hartigan, "
              "moving in until the strategy discussion has agreed a plan; if Maureen cannot, the baby will go "
              "to an emergency foster placement that day."),
        ("p", "If the pre-birth assessment finds that the baby could not be cared for safely at home, or Aoife "
              "stops her medication again before 34 weeks, the SW will ask the team manager for a legal "
              "planning meeting within 5 working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks at Tolland Street Family Centre, 2pm: 11/06/2025, 09/07/2025 and "
            "06/08/2025.",
            "Review child protection conference: Wednesday 10/09/2025, 10am, Plessingham Civic Centre.",
        ]),
    ],
    "findings": [
        F("F002", "Aoife's mental health stays stable through the pregnancy and after the birth."),
        F("H001", "Monthly home appointments with Aoife to support her mood"),
        F("M002", "Monthly home appointments with Aoife to support her mood"),
        F("T002", "Support Aoife with her housing application and the appeal"),
        F("M002", "See his GP about how he is coping"),
        F("F001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group 3 action log with a RAG column and an update column; paged
#    landscape PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_pavencourt_core_group_rag_log_dunmore.pdf",
    "doc_title": "Core Group 3 Action Log - Leo and Ava Dunmore",
    "split": "heldout",
    "actions": 11,
    "template": "core-group-action-log-paged-pdf-landscape-no-action-lead-due-how-we-will-know-rag-update-columns",
    "description": (
        "Third core group action log for a 9-year-old and a 4-year-old (neglect; mother's depression "
        "under the CMHT, father's cannabis use with the drug service reporting on change). No. | Action "
        "| Lead | Due | How we will know | RAG | Update table; work already done is listed apart. Faults: "
        "the CMHT row only supports (H001), 'TBC' due (T002), a blank measure (M001), 'Reviewed at core "
        "group' (M002), 'Core group' as lead (W002), '-' as lead (W001), a blank due date (T001), "
        "ELSA sessions 'Ongoing' (T002), and a vague contingency with no legal step (C002, R002). Hard "
        "negatives: 'Weekly, ongoing', progress notes in the update column beside an empty measure, "
        "and completed work listed apart. Header and page footer on every page."
    ),
    "header": "OFFICIAL-SENSITIVE · Pavencourt Borough Council · Children's Services",
    "footer": "Core group action log – Leo and Ava Dunmore – page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Core Group Action Log"),
        ("kv", [
            ("Children", "Leo Dunmore (9), Year 4, Pavencourt Juniors; Ava Dunmore (4), Little Oaks Nursery "
                         "(Monday, Wednesday and Friday)"),
            ("Parents", "Kirsty Dunmore (33) and Ryan Dunmore (35), 7 Fletcher Row, Pavencourt"),
            ("Plan", "Child protection plan since the initial conference on 05/02/2025 (category: neglect)"),
            ("Meeting", "Core group 3, Wednesday 16/04/2025, 3.30pm, Pavencourt Juniors"),
            ("Social worker and chair", "Hannah Okoye"),
            ("Present", "Kirsty and Ryan Dunmore; Hannah Okoye (SW); Marcus Lee (care coordinator, "
                        "Pavencourt CMHT); Sam Kaur (Pavencourt Drug and Alcohol Service); Gemma Fry (HV); "
                        "Mrs Priya Shah (DSL, Pavencourt Juniors); Tom Ashe (FSW). Apologies: Little Oaks "
                        "Nursery."),
        ]),
        ("h2", "Why Leo and Ava are on a plan"),
        ("p", "Kirsty has depression and anxiety and is under the Pavencourt Community Mental Health Team; on "
              "bad days she stays in bed and Leo gets himself and Ava ready. Ryan smokes cannabis most "
              "evenings and says it helps him sleep after night shifts. At the initial conference the house "
              "was cluttered and dirty, Leo was sharing a bed with Ava, and Leo's attendance was 83%."),
        ("h2", "Leo and Ava since the last core group"),
        ("p", "Leo (seen on his own at school on 09/04/2025) said home is \"better than before\" and gave it 6 "
              "out of 10. He still makes Ava's breakfast \"when Mum's tired\" and would like his own room "
              "\"for my Lego\". Ava was seen at home twice: she was dressed and clean, chatted about nursery "
              "and showed the SW her new shoes. Nursery say she arrives hungry on some Mondays."),
        ("h2", "What we are aiming for (from the conference plan)"),
        ("bullets", [
            "Leo and Ava are up, fed and at school or nursery on time every day.",
            "Leo does not have to look after Ava or his mum, and has time to play and see his friends.",
            "Leo has his own bedroom and both children sleep in clean beds.",
            "Ava's health and development are checked and she is ready to start school in September.",
        ]),
        ("h2", "Done since core group 2"),
        ("p", "New beds for both children delivered and put up by Ryan on 28/03/2025. Kitchen cleared and deep "
              "cleaned with the FSW on 04/04/2025."),
        ("h2", "RAG key"),
        ("p", "G – on track. A – started but behind or at risk. R – not started or off track."),
        ("h2", "Action log"),
        ("table", {
            "header": ["No.", "Action", "Lead", "Due", "How we will know", "RAG", "Update at core group 3"],
            "widths": [1.2, 6.6, 3.8, 3.2, 4.6, 1.5, 4.8],
            "rows": [
                ["1",
                 "See Leo and Ava at home, at least one visit in three unannounced, and see Leo on his own at "
                 "school",
                 "SW Hannah Okoye",
                 "Weekly, ongoing",
                 "Visit records with Leo's words written down and what was seen of Ava",
                 "G",
                 "Seen every week; Leo seen alone three times"],
                ["2",
                 "Fortnightly appointments with Kirsty for her low mood and anxiety, and help her get back "
                 "to the Tuesday walking group",
                 "Marcus Lee, care coordinator, Pavencourt CMHT",
                 "Fortnightly",
                 "Attendance on the CMHT diary",
                 "A",
                 "Kirsty came to 2 of 3; walking group not started"],
                ["3",
                 "Key work with Ryan on his cannabis use, with urine screens, and a written update on whether "
                 "his use is changing and what that means for Leo and Ava",
                 "Sam Kaur, Pavencourt Drug and Alcohol Service",
                 "Screens weekly; update before each core group",
                 "Screen results and the written update sent to the SW",
                 "A",
                 "Two of four screens clear; update received 14/04"],
                ["4",
                 "Ava's pre-school health review, with her height, weight, teeth and speech",
                 "HV Gemma Fry",
                 "TBC",
                 "Results and ASQ-3 scores shared with the SW and nursery",
                 "R",
                 "Not yet booked"],
                ["5",
                 "Take Ava to nursery on each of her days and collect her on time",
                 "Kirsty Dunmore",
                 "Every Monday, Wednesday and Friday",
                 "",
                 "A",
                 "Kirsty finds Monday mornings hardest"],
                ["6",
                 "Help Kirsty and Ryan clear the back bedroom so Leo can have his own room",
                 "FSW Tom Ashe",
                 "By 30/05/2025",
                 "Reviewed at core group",
                 "A",
                 "Started; Kirsty and Ryan keen"],
                ["7",
                 "Tell the SW the same day about any injury, or Leo saying he is hungry or frightened at home",
                 "Core group",
                 "Same day",
                 "Each concern logged on the children's file by the SW",
                 "G",
                 "None raised"],
                ["8",
                 "Refer Leo to Pavencourt Young Carers for an assessment of what he does at home",
                 "-",
                 "By 16/05/2025",
                 "Acceptance letter on Leo's file",
                 "R",
                 "Not done; agreed today it must be done"],
                ["9",
                 "Book and take Leo and Ava to a dental check at Pavencourt Community Dental",
                 "Ryan Dunmore",
                 "",
                 "Dentist's letter seen by the SW",
                 "R",
                 "Not booked"],
                ["10",
                 "Send Leo's attendance and punctuality to the SW",
                 "Mrs Priya Shah, DSL, Pavencourt Juniors",
                 "Every Friday",
                 "Weekly printout on file; attendance at 95% or more by the review",
                 "G",
                 "94% this half-term"],
                ["11",
                 "ELSA sessions for Leo on his worries about home",
                 "Mrs Ruth Bell, ELSA, Pavencourt Juniors",
                 "Ongoing",
                 "ELSA log; anything Leo says about home passed to the DSL",
                 "G",
                 "Leo enjoys the sessions"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If things do not improve or there are further concerns, the core group will meet sooner and "
              "discuss next steps with the team manager."),
        ("h2", "Next meetings"),
        ("p", "Core group every 4 weeks at Pavencourt Juniors, 3.30pm: Wednesday 14/05/2025 and Wednesday "
              "11/06/2025. Review child protection conference: Tuesday 01/07/2025, 10am, Pavencourt Town Hall."),
        ("p", "Log written up by Hannah Okoye (SW) on 17/04/2025 and sent to everyone present."),
    ],
    "findings": [
        F("H001", "Fortnightly appointments with Kirsty for her low mood and anxiety"),
        F("T002", "Ava's pre-school health review, with her height, weight"),
        F("M001", "Take Ava to nursery on each of her days"),
        F("M002", "Help Kirsty and Ryan clear the back bedroom"),
        F("W002", "Tell the SW the same day about any injury"),
        F("W001", "Refer Leo to Pavencourt Young Carers for an assessment"),
        F("T001", "Book and take Leo and Ava to a dental check"),
        F("T002", "ELSA sessions for Leo on his worries about home"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A young person's own plan, written with her in the first person (md,
#    exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_prindlewick_young_persons_own_plan_sorensen.md",
    "split": "heldout",
    "actions": 9,
    "template": "icpc-young-persons-own-plan-md-first-person-headings-what-will-happen-who-when-how-we-will-know-table",
    "description": (
        "Initial conference plan for a 15-year-old, written with her in her own words (mother's "
        "drinking, self-harm). What will happen | Who does it | When | How we'll know it's working "
        "table in plain language: weekly SW visits, CAMHS weekly for 10 weeks, the alcohol team "
        "reporting to each core group on whether mum is cutting down, breath tests sent to grandad, "
        "grandad's nights triggered by mum drinking. Her safety plan covers grandad being unable to "
        "help (aunt, then a foster placement), names the legal planning meeting, and the meetings are "
        "dated. Exemplary."
    ),
    "text": """\
# My plan – Maya Sorensen

*This is my child protection plan. I wrote it with Kate, my social worker, after
the conference on Monday 12 May 2025, and we changed the words until I was happy
with them. The grown-ups' parts are written so I can understand them too.*

Prindlewick Council · Children's Services · Adolescent Support Team

- **Me:** Maya Sorensen, 15, Year 10 at Prindlewick Academy
- **I live with:** my mum, Lorna Sorensen (43), 12 Hatter's Lane, Prindlewick
- **My grandad:** Alan Sorensen (68), 3 Mill Yard, five minutes' walk away
- **My aunty:** Sian Sorensen, Pollbridge (half an hour on the bus)
- **My dad:** Stefan Lind, lives in Denmark; we message most weekends
- **My social worker:** Kate Marchant, Prindlewick Adolescent Support Team
- **Chair of the conference:** Owen Bright
- **Category:** Neglect

## Why I have a plan

Mum drinks a lot, mostly wine, and it has got worse since she lost her job last
year. On bad nights she falls asleep on the sofa or gets angry and shouts, and
there isn't always food in. In March I cut my arms after a row and school found
out. The police came twice in April when Mum was drunk and I rang Grandad. Mum
knows she drinks too much. She came to the conference and she has started seeing
the Prindlewick Alcohol Team.

## What I think and feel

"I love my mum but I hate it when she's been drinking. It's like she's not there."

"I don't want to go into care. Grandad's is my safe place."

"I cut when I can't get the feelings out. I want to stop, but not be forced."

I'd like people to text before they come round, and I don't want to be taken out
of art or English. Right now home is a 4 out of 10 and Grandad's is a 9.

## What I want to be different by the review

- I have tea every night and a sober adult with me at home, or I'm at Grandad's.
- I'm not scared at night and I don't have to ring the police about my mum.
- I've got better ways to cope than cutting, and someone to talk to who gets it.
- I'm in school every day and on track with my GCSEs.

## My plan

| What will happen | Who does it | When | How we'll know it's working |
|---|---|---|---|
| Kate sees me on my own, at home and once a month at school. She texts me first, apart from one surprise visit at home each month | Kate Marchant, my social worker | Every week until the review conference | Kate writes down what I say in my own words, and what she saw in the fridge and my room |
| Sessions with me about my cutting and my feelings, and a safety plan we write together | Jess Ormerod, Prindlewick CAMHS | Every Thursday at 4pm for 10 weeks, from 15 May | I have a copy of my safety plan; Jess tells Kate after each session whether I have cut |
| I go to my CAMHS sessions and show the school nurse any new cuts so they can be cleaned | Me (Maya) | Every Thursday for the CAMHS sessions; the same day for any new cut | Jess's attendance record and the school nurse's notes |
| Weekly appointments with Mum about her drinking, with a breath test each time, and a written report before each core group on whether she is cutting down and what that means for me | Dev Rahman, Prindlewick Alcohol Team | Weekly; report before each core group | Breath test results and Dev's report, read out at each core group |
| Mum doesn't drink on school nights and does a breath test at 7pm, sending the photo to Grandad | Mum (Lorna Sorensen) | Every Sunday to Thursday evening | Grandad keeps the photos and shows Kate at each visit |
| Grandad has me to stay any night Mum has been drinking and texts Kate the next morning | Grandad (Alan Sorensen) | Every night Mum has had a drink; text by 9am the next day | Grandad's texts, checked against the dates by Kate at each visit |
| Check in with me before registration and give me a time-out card for lessons | Mrs Helen Frost, head of Year 10 | Every Monday at 8.40am in term time | Check-in notes kept by the pastoral office, shared at each core group |
| Send Kate my attendance, and ring her if I'm not in school by 9.30am | Mrs Helen Frost | Attendance every Friday; a call the same day if I'm not in | Attendance printout on my file; 95% or more by the review |
| Cooking and shopping sessions with Mum and me so there is tea every night | Zoe Clarke, family support worker | Every Wednesday for 6 weeks, from 21 May | Shopping list on the fridge and food in the cupboards, seen by Kate at her visits |

## My safety plan (if things go wrong)

- If Mum has been drinking and I don't feel safe, I go to Grandad's or ring him to
  fetch me. If I can't reach him I ring Kate, or the emergency duty team on
  01632 960418 after 5pm, and they will come and collect me that night.
- If Grandad is ill, away or can't have me, Aunty Sian will have me in Pollbridge.
  If she can't either, Kate will find me a foster placement for the night. I'd
  rather this didn't happen but I agree with it.
- If Mum hurts me or I'm in danger, I ring 999. Kate (or the emergency duty team)
  will hold a strategy discussion the same day.
- If Mum is drunk while she is looking after me three times before the review, or
  she stops seeing Dev, Kate will ask her manager for a legal planning meeting.
  Kate explained this means the council getting legal advice about whether I
  should live with Grandad under a court order.

## Meetings

- Core group every 4 weeks at Prindlewick Academy, 4pm: Monday 2 June, Monday
  30 June and Monday 28 July 2025. I'll go to the first half of each one.
- Review child protection conference: Monday 11 August 2025, 10am, Prindlewick
  Civic Centre. Kate will help me write down my views for it.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Case-system export: every action is a block of labelled lines under an
#    "Action n of 10" line; header and page footer on every page (pdf,
#    exemplary)
# ---------------------------------------------------------------------------
_P6_ACTIONS = [
    ("Action 1 of 10", [
        ("Action", "See Ellie-Mae and Jacob at home, at least one visit in three unannounced, and see Ellie-Mae "
                   "on her own at school; look at where Jacob is while Danielle is at home"),
        ("Responsible", "Nadia Hussain, social worker"),
        ("Start / frequency", "Weekly from w/c 23/06/2025 until the review conference"),
        ("Measure of success", "Visit records with Ellie-Mae's words written down and Jacob seen awake, and "
                               "who was caring for him"),
        ("Linked outcome", "O1, O2, O3"),
    ]),
    ("Action 2 of 10", [
        ("Action", "Home visits to Danielle to check her medication and early warning signs, and a written "
                   "report for each core group on whether she is making the changes needed to care for the "
                   "children safely and how long that is likely to take"),
        ("Responsible", "Ben Okafor, care coordinator, Pethercombe Early Intervention in Psychosis Service"),
        ("Start / frequency", "Weekly home visits; report before each core group, the first by 08/07/2025"),
        ("Measure of success", "Written report sent to the SW and read at each core group; pharmacy record "
                               "shows each weekly blister pack collected"),
        ("Linked outcome", "O1"),
    ]),
    ("Action 3 of 10", [
        ("Action", "Outpatient review of Danielle's medication after her discharge from Beacon Ward, with a "
                   "letter on whether she can stay well enough to look after Ellie-Mae and Jacob and the "
                   "likely timescale"),
        ("Responsible", "Dr Anjali Shah, consultant psychiatrist, Pethercombe EIP Service"),
        ("Start / frequency", "Once, by 15/07/2025"),
        ("Measure of success", "Letter to the SW and the GP, shared at the core group on 05/08/2025"),
        ("Linked outcome", "O1"),
    ]),
    ("Action 4 of 10", [
        ("Action", "Take her tablets from the blister pack every morning with Luke there, and tick the chart "
                   "on the fridge"),
        ("Responsible", "Danielle Farrant (Luke Farrant checks the chart each evening)"),
        ("Start / frequency", "Every morning from 17/06/2025"),
        ("Measure of success", "Chart ticked for every day, seen by the SW and the care coordinator at their "
                               "visits; tablets counted by the care coordinator weekly"),
        ("Linked outcome", "O1"),
    ]),
    ("Action 5 of 10", [
        ("Action", "Look after Jacob at her house on his non-nursery weekdays, from 8am until Luke collects "
                   "him after work"),
        ("Responsible", "Sandra Farrant, paternal grandmother"),
        ("Start / frequency", "Every Monday and Friday from 23/06/2025"),
        ("Measure of success", "Calendar signed by Sandra each day, checked by the SW at each visit"),
        ("Linked outcome", "O1, O2"),
    ]),
    ("Action 6 of 10", [
        ("Action", "Record how Jacob arrives at nursery (fed, dressed, who brought him) and anything he says "
                   "about home"),
        ("Responsible", "Kerry Lowe, manager, Tiddlers Day Nursery"),
        ("Start / frequency", "Every Tuesday, Wednesday and Thursday session"),
        ("Measure of success", "Arrival sheet and register emailed to the SW every Friday"),
        ("Linked outcome", "O2, O4"),
    ]),
    ("Action 7 of 10", [
        ("Action", "Check in with Ellie-Mae using her worry jar, and pass anything she says about home to the "
                   "SW"),
        ("Responsible", "Mrs Joanne Pike, DSL, Pethercombe Vale Primary"),
        ("Start / frequency", "Every Wednesday in term time; anything about home passed on the same day"),
        ("Measure of success", "Check-in log, with Ellie-Mae's worries written in her words, shared at each "
                               "core group"),
        ("Linked outcome", "O3"),
    ]),
    ("Action 8 of 10", [
        ("Action", "Write a relapse and crisis plan with Danielle, Luke and Sandra listing Danielle's early "
                   "warning signs and who looks after the children if they appear"),
        ("Responsible", "Nadia Hussain, social worker (lead), with Ben Okafor (EIP)"),
        ("Start / frequency", "By the first core group on 08/07/2025"),
        ("Measure of success", "Signed plan on the file, with copies to the school, the nursery and Sandra"),
        ("Linked outcome", "O1, O2"),
    ]),
    ("Action 9 of 10", [
        ("Action", "Four sessions with Ellie-Mae about Mummy's illness, using a storybook, so she knows it is "
                   "not her job to look after Mum or Jacob and who to tell"),
        ("Responsible", "Owen Tranter, family support worker"),
        ("Start / frequency", "Weekly, from 24/06/2025 to 15/07/2025"),
        ("Measure of success", "Ellie-Mae can tell the SW, in her own words, who she would tell and how; "
                               "session notes on file"),
        ("Linked outcome", "O3"),
    ]),
    ("Action 10 of 10", [
        ("Action", "Jacob's 3-year review, with an ASQ-3 and a speech and language screen"),
        ("Responsible", "HV Rachel Bright, Pethercombe 0-19 Service"),
        ("Start / frequency", "Once, by 31/07/2025"),
        ("Measure of success", "ASQ-3 scores shared with the SW and nursery; speech referral made if he "
                               "scores below the cut-off"),
        ("Linked outcome", "O2, O4"),
    ]),
]

_P6_BLOCKS = [
    ("title", "Child Protection Plan"),
    ("p", "CareLink · Form CP02 · Plan agreed at the initial child protection conference · Status: Authorised"),
    ("h1", "1. Subjects"),
    ("kv", [
        ("Child 1", "Ellie-Mae Farrant, DOB 14/02/2018 (7), Year 2, Pethercombe Vale Primary; CareLink ID "
                    "700431"),
        ("Child 2", "Jacob Farrant, DOB 03/10/2021 (3), Tiddlers Day Nursery (Tuesday to Thursday); CareLink "
                    "ID 700432"),
        ("Address", "19 Quarry Bank, Pethercombe"),
        ("Mother", "Danielle Farrant (30)"),
        ("Father", "Luke Farrant (32), lives at the address"),
        ("Paternal grandmother", "Sandra Farrant (58), 4 Orchard Gate, Pethercombe"),
        ("Conference", "Initial child protection conference, 17/06/2025"),
        ("Category", "Neglect"),
        ("Allocated worker", "Nadia Hussain, Pethercombe Safeguarding Team 2"),
        ("Chair", "Colin Redfern"),
    ]),
    ("h1", "2. Reason for plan"),
    ("p", "Danielle had a first episode of psychosis in autumn 2024 and is under the Pethercombe Early "
          "Intervention in Psychosis Service (EIP). In May 2025 she stopped her antipsychotic medication. On "
          "28/05/2025 a neighbour found Jacob alone in the front garden in his nappy while Danielle was in the "
          "bath talking to people who were not there; Ellie-Mae had let herself in from school. Danielle was "
          "admitted to Beacon Ward for nine days and came home on 09/06/2025, back on medication. Luke works "
          "7am to 4pm and had not realised she had stopped her tablets. Neither parent uses drugs or alcohol."),
    ("h1", "3. Children's views and lived experience"),
    ("p", "Ellie-Mae (seen on her own at school, 12/06/2025): \"Mummy was talking to the ceiling and said the "
          "TV was watching us. I was scared and I hid Jacob's juice so she wouldn't throw it.\" She likes it "
          "when Nanny Sandra does her hair, and wants \"Mummy to be better and Daddy to not go to work so "
          "early\". She put home at 5 out of 10."),
    ("p", "Jacob (seen at home and at nursery) talks in short sentences, calls for \"Nanny\" when he hurts "
          "himself and follows Luke round the house. Nursery say he has become clingy at drop-off and cries "
          "if Luke leaves quickly."),
    ("h1", "4. Outcomes for the children"),
    ("kv", [
        ("O1", "Ellie-Mae and Jacob are always cared for by an adult who is well enough to keep them safe, "
               "day and night."),
        ("O2", "Jacob is never left on his own, indoors or outside."),
        ("O3", "Ellie-Mae does not have to look after Jacob or her mum, and knows who to tell if Mum seems "
               "unwell."),
        ("O4", "Both children are at school and nursery on time every day they are due."),
    ]),
    ("h1", "5. Actions"),
]
for _head, _lines in _P6_ACTIONS:
    _P6_BLOCKS.append(("boldp", _head))
    _P6_BLOCKS.append(("kv", _lines))
_P6_BLOCKS += [
    ("h1", "6. Contingency plan"),
    ("kv", [
        ("Trigger", "Danielle misses her morning tablets two days running, shows any early warning sign in her "
                    "relapse plan (not sleeping, saying she is being watched), or either child is found "
                    "unsupervised."),
        ("Response", "Luke or Sandra stays with the children and Danielle is not left alone with them. Luke "
                     "rings the EIP duty line, and the SW (or the emergency duty team out of hours) holds a "
                     "strategy discussion the same day."),
        ("If family support fails", "If Sandra is ill or away, Luke takes carer's leave (agreed with his "
                                    "employer) and the children are not left with Danielle; if Luke cannot, "
                                    "the SW arranges a foster placement that day."),
        ("Legal planning", "If Danielle stops her medication again, or either child is left alone again, "
                           "before the review conference, the SW will ask the team manager for a legal "
                           "planning meeting within 5 working days."),
    ]),
    ("h1", "7. Core group and review"),
    ("kv", [
        ("Core group", "Every 4 weeks, Tuesdays 1.30pm, Pethercombe Family Hub: 08/07/2025, 05/08/2025 and "
                       "02/09/2025"),
        ("Review conference", "Tuesday 16/09/2025, 10am, Pethercombe Civic Offices"),
        ("Plan authorised by", "Colin Redfern, Chair, 18/06/2025"),
    ]),
]

PLANS.append({
    "name": "b74_pethercombe_carelink_labelled_lines_export_farrant.pdf",
    "doc_title": "CareLink Child Protection Plan - Ellie-Mae and Jacob Farrant",
    "split": "heldout",
    "actions": 10,
    "template": "case-system-export-paged-pdf-numbered-sections-action-n-of-10-blocks-of-labelled-lines-responsible-start-frequency-measure-linked-outcome",
    "description": (
        "Case-system (CareLink) export of an initial conference plan for a 7-year-old and a 3-year-old "
        "whose mother had a first episode of psychosis and stopped her medication. Each action is an "
        "'Action n of 10' line followed by labelled lines (Action, Responsible, Start / frequency, "
        "Measure of success, Linked outcome). The early intervention in psychosis service reports on "
        "capacity to change and the psychiatrist on whether she can stay well and the timescale; the "
        "grandmother's two days have a fallback; labelled contingency with trigger, response, family "
        "fallback and legal step; dates set. Header and page footer on every page. Exemplary."
    ),
    "header": "PETHERCOMBE CITY COUNCIL | CareLink | Child Protection Plan | OFFICIAL-SENSITIVE",
    "footer": "CareLink export 19/06/2025 10:14 – Farrant – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _P6_BLOCKS,
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. A short plan typed up in a hurry after conference (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b74_polverack_hurried_short_plan_tiernan.txt",
    "split": "heldout",
    "actions": 8,
    "template": "icpc-plan-txt-hurried-short-notes-dash-bullets-no-outcomes-no-contingency",
    "description": (
        "Plan for a 6-year-old and a 4-year-old (father's daily drinking, two domestic abuse call-outs, "
        "poor home conditions) typed up in a hurry after conference as a few dash bullets. Faults: two "
        "bullets with no timescale (T001), three with no measure (M001), 'keep an eye on' (M002), "
        "'Family' as owner (W002); no outcomes (O001), no contingency though the grandmother carries "
        "after-school care and supervision (C001, C003), no child's voice (F003), the father's drinking "
        "with no adult service (F004), the core group 'to be arranged' (R001) and no legal step (R002). "
        "The FSW and HV bullets are sound."
    ),
    "text": """\
CP PLAN - TIERNAN children - ICPC 04/06/25
(typed up quickly after conf - full minutes to follow)

Children: Shay Tiernan 6 (Yr 1, Polverack St Mary's), Ella Tiernan 4
Mum: Chloe Tiernan   Dad: Martin Tiernan (lives at the address)
Address: 31 Gannet Way, Polverack
SW: Rhys Kettle   Chair: J. Moss   Category: neglect

Concerns: dad drinking daily, 2 DA call outs (March and May), house in a poor
state, Shay late or absent a lot (attendance 79%), Ella not registered at
nursery. Mum says dad's drinking is "under control". Dad's mum Maureen lives
round the corner and helps a lot.

ACTIONS
- SW to visit and see both kids, visit notes on file.
- FSW (Jade Morris) to help mum and dad clear the house, weekly for 6 weeks, before and after photos to SW.
- Dad to cut down on his drinking.
- Maureen (PGM) to have the kids after school on weekdays and give them tea.
- Maureen to be there every time dad has the kids on his own, and write it in the diary.
- Family to support mum with the school run every day.
- Shay's school to keep an eye on him every day.
- HV to do Ella's 3 yr check and get her a nursery place by 30/06/25, results to SW.

Core group - to be arranged.
Review conf 27/08/25.
""",
    "findings": [
        F("T001", "SW to visit and see both kids"),
        F("T001", "Dad to cut down on his drinking"),
        F("M001", "Dad to cut down on his drinking"),
        F("M001", "Maureen (PGM) to have the kids after school on weekdays"),
        F("W002", "Family to support mum with the school run"),
        F("M001", "Family to support mum with the school run"),
        F("M002", "Shay's school to keep an eye on him"),
        F("O001"),
        F("C001"),
        F("C003"),
        F("F003"),
        F("F004"),
        F("R001"),
        F("R002"),
    ],
})
