"""Batch 38, module 1: seven fictional plans (held-out material), places beginning with "k".

Everything here is made up: children, families, professionals, services,
councils and Health and Social Care Trusts. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: initial and review child protection plans as case systems export them
in England, Wales and Northern Ireland: landscape Word action tables with
invented column headings in different orders, paged PDF exports whose field
labels sit on their own lines under repeated page headers and footers, a
plain-text print from a case system and a markdown plan kept on a shared
drive. Parents live with depression, alcohol misuse, a learning disability,
kidney failure and domestic abuse; each plan says whether adult services are
part of it. One plan is for an unborn baby, one child is on a hospital ward,
and one family is about to move to another council. Three are exemplary.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. England. Initial conference plan exported to Word, landscape, outcome
#    column merged down, Ref | Outcome | Task | Lead | Completed by | Evidence.
#    Mother's depression, CMHT part of the plan. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_kelsworth_icpc_landscape_task_lead_evidence_shorrock.docx",
    "doc_title": "Child Protection Plan (Initial) - Freya Shorrock and Alfie Tate",
    "split": "heldout",
    "template": "icpc-plan-docx-landscape-case-system-export-details-grid-household-table-adult-services-section-then-ref-merged-outcome-task-lead-completed-by-evidence-table",
    "description": (
        "Exemplary initial conference plan for a 7-year-old and a 3-year-old (neglect; mother's severe "
        "depression, under the CMHT, who was part of writing the plan). Landscape table with the outcome "
        "merged down each group of tasks. Every task has a named lead, a date or frequency and evidence "
        "that can be seen; the care coordinator reports on capacity to change, the GP owns a task, the "
        "grandfather's school runs have a fallback, core group and review dates are set, and legal "
        "planning follows a named trigger."
    ),
    "landscape": True,
    "header": "Kelsworth MBC  |  OFFICIAL-SENSITIVE  |  Child Protection Plan",
    "check_vmerge": 3,
    "blocks": [
        ("title", "Child Protection Plan – Initial Conference"),
        ("p", "Kelsworth Metropolitan Borough Council · Children and Families Directorate · Safeguarding and "
              "Review Unit · exported from CaseHorizon 12/09/2025"),
        ("table", {
            "rows": [
                ["Plan ID", "KMB-CPP-2025-0417", "Date of conference", "11/09/2025 (initial)"],
                ["Category", "Neglect", "Conference chair", "Maxine Oduya, Child Protection Chair"],
                ["Allocated social worker", "Ruth Amankwah, Locality Team North", "Team manager", "Colin Haigh"],
            ],
            "widths": [4.5, 8.35, 4.5, 8.35],
            "bold_first_col": True,
        }),
        ("h1", "1. Household"),
        ("table", {
            "header": ["Name", "Relationship", "Date of birth / age", "School, nursery or work"],
            "widths": [5.5, 6.0, 5.0, 9.2],
            "rows": [
                ["Freya Shorrock", "Child", "02/03/2018 (7)", "Year 3, St Wilfrid's CE Primary"],
                ["Alfie Tate", "Child", "19/06/2022 (3)", "Not yet at nursery"],
                ["Danielle Shorrock", "Mother of both children", "29", "Not working"],
                ["Lewis Tate", "Alfie's father, lives in the home", "33", "Warehouse, 6am–2pm shifts"],
                ["Brian Shorrock", "Maternal grandfather, 12 Marl Pit Lane", "64", "Retired"],
            ],
        }),
        ("h1", "2. Why Freya and Alfie need a plan"),
        ("p", "Danielle has had depression since she was a teenager. Since a miscarriage in April it has been "
              "much worse: she has spent whole days in bed, has stopped taking her medication twice, and told "
              "her GP in August that she \"can't see the point of anything\". Lewis leaves for work at 5.30am. "
              "On 21 August a neighbour found Alfie on his own in the front garden at 8am in a wet nappy, and "
              "on a visit on 28 August there was no food in the house other than cereal and there was "
              "dirty bedding on both children's beds. Freya's attendance has fallen to 81%; she has been late "
              "23 times since Easter and told her teacher she \"had to do Alfie's breakfast\"."),
        ("p", "Danielle and Lewis agree that things have slipped. Danielle has gone back on her medication "
              "since 1 September and has been seen twice by the Community Mental Health Team."),
        ("h1", "3. What Freya and Alfie have told and shown us"),
        ("p", "Freya (seen on her own at school on 4 and 9 September) said: \"When Mummy is sad she stays in "
              "bed and I do Alfie's Coco Pops. I'm good at it but I'm late for school.\" She said the best "
              "days are when Grandad walks her to school \"because we go past the ducks\". She would like Mum "
              "to \"get up and do the packed lunches like before\" and said she does not want anyone to be "
              "cross with Mummy."),
        ("p", "Alfie has few words yet. On visits he has been hungry, has eaten quickly when offered a snack, "
              "and follows Freya from room to room. He lifts his arms to be picked up by Lewis and settles "
              "when Lewis sings to him."),
        ("h1", "4. Adult services in this plan"),
        ("p", "Yes. Kelsworth Community Mental Health Team (North) is part of this plan. Danielle's care "
              "coordinator, Joanne Pilling, came to conference, agreed tasks 2.1 and 2.2 with Danielle and will "
              "attend every core group. Danielle's GP has agreed task 2.3 and sent a report to conference."),
        ("h1", "5. Outcomes for Freya and Alfie"),
        ("numbers", [
            "Freya and Alfie are fed, washed and watched by an adult who is awake and up, every day.",
            "Freya and Alfie live with a mum whose depression is treated and watched closely enough that "
            "somebody acts quickly if she becomes unwell.",
            "Freya gets to school on time every day and no longer looks after Alfie; Alfie's development "
            "catches up with other children his age.",
        ]),
        ("h1", "6. The plan"),
        ("table", {
            "header": ["Ref", "Outcome", "Task", "Lead (name and role)", "Completed by / how often",
                       "Evidence we will see"],
            "widths": [1.3, 4.0, 6.6, 4.2, 3.8, 5.8],
            "rows": [
                ["1.1", "O1 – Freya and Alfie fed, washed and watched every day",
                 "Visit Freya and Alfie at home, at least one visit in three unannounced and one before school; "
                 "see Freya on her own, and look at the food in the house and where both children sleep",
                 "Ruth Amankwah, social worker", "Every 10 working days",
                 "Visit record notes the food in the house, both beds seen, and Freya's own words from her "
                 "time alone"],
                ["1.2", V,
                 "Give Alfie his breakfast and get Freya's school bag ready before leaving for his early shift, "
                 "and tick the morning chart",
                 "Lewis Tate (Alfie's dad)", "Every working day from 15/09/2025",
                 "Morning chart on the fridge, photographed by the SW at each visit; no more than one blank day "
                 "in any 4 weeks"],
                ["1.3", V,
                 "Take up Alfie's funded place at Little Acorns Nursery, three mornings a week",
                 "Danielle Shorrock, with Lewis Tate", "Mon, Wed and Fri mornings from 22/09/2025",
                 "Little Acorns register emailed to the SW every Friday"],
                ["1.4", V,
                 "Walk Freya to school on Mondays and Thursdays and collect her on Thursdays",
                 "Brian Shorrock (maternal grandfather)", "Mondays and Thursdays in term time",
                 "School register shows Freya in by 8.50am on those days; Brian signs the collection book"],
                ["2.1", "O2 – Freya and Alfie kept safe while Mum's depression is treated",
                 "See Danielle at home, check her mood, medication and early warning signs, and report to each "
                 "core group on whether she is making the changes Freya and Alfie need and how long that is "
                 "likely to take",
                 "Joanne Pilling, care coordinator, Kelsworth CMHT (North)",
                 "Every 2 weeks; written report 3 working days before each core group",
                 "Written report at every core group giving Danielle's PHQ-9 score, any warning signs seen and "
                 "the care coordinator's view of her capacity to change"],
                ["2.2", V,
                 "Write a relapse and crisis plan with Danielle and Lewis, with a part in words Freya understands "
                 "saying what she does if Mum will not wake up",
                 "Joanne Pilling, care coordinator, with the SW", "By 03/10/2025",
                 "Signed crisis plan on the CMHT and children's files; Freya's part on the fridge, seen by the SW"],
                ["2.3", V,
                 "Review Danielle's antidepressant, prescribe it in 14-day amounts, and tell the care "
                 "coordinator and SW the same day if a prescription is not collected",
                 "Dr Imran Qadir, GP, Holme Lane Medical Practice", "Review by 26/09/2025, then every 14 days",
                 "Pharmacy collection record sent to the SW monthly; letter to the SW after the review"],
                ["3.1", "O3 – Freya at school on time and not a carer; Alfie's development",
                 "Ring home by 9.30am whenever Freya is not in school, and tell the SW the same day",
                 "Mrs Karen Ebbs, DSL, St Wilfrid's CE Primary", "Every school day",
                 "Attendance sent to the SW every 2 weeks; 95% or better by the review conference (81% now)"],
                ["3.2", V,
                 "Weekly worry-time session for Freya, including the jobs she does at home for Mum",
                 "Mrs Lorna Piggott, ELSA, St Wilfrid's CE Primary", "Every Tuesday in term time",
                 "ELSA session notes; anything Freya says about home passed to the DSL and SW the same day"],
                ["3.3", V,
                 "Young carers assessment for Freya, with a list of the jobs she will stop doing",
                 "Amrit Basi, Kelsworth Young Carers Service", "By 24/10/2025",
                 "Assessment and the agreed list of jobs sent to the SW and read out at the core group"],
                ["3.4", V,
                 "Check Alfie's development (ASQ-3), weight and nappy area, and agree a bedtime routine with "
                 "Danielle and Lewis",
                 "Sian Doherty, health visitor", "Full review by 17/10/2025, then every 4 weeks",
                 "ASQ-3 scores and weight recorded in the red book and sent to the SW"],
            ],
        }),
        ("h1", "7. Contingency"),
        ("p", "If Danielle says she has thoughts of harming herself or the children, is found in bed and cannot "
              "be woken while she is alone with Alfie, or two prescriptions in a row are not collected, whoever "
              "finds this will ring the CMHT crisis line (or 999) and the SW or the Emergency Duty Team straight "
              "away. The SW will hold a strategy discussion the same day, and Freya and Alfie will stay with "
              "Lewis, or with Brian while Lewis is at work, until Danielle has been assessed."),
        ("p", "If Brian is ill or away and cannot do a school run, Lewis will change to a late shift that day "
              "(his manager has agreed this in writing) and take Freya himself. If neither Lewis nor Brian can "
              "care for the children when they are needed, the SW or the Emergency Duty Team will place Freya "
              "and Alfie together with approved foster carers that day under section 20."),
        ("p", "If Freya's attendance is still below 90% at the core group on 23/10/2025, or the CMHT report "
              "says Danielle is unlikely to make the changes needed within Alfie's timescale, the SW will ask the "
              "team manager for a legal planning meeting within 5 working days."),
        ("h1", "8. Core group and review"),
        ("p", "Core group every 4 weeks at St Wilfrid's CE Primary, 3.30pm: 25/09/2025, 23/10/2025 and "
              "20/11/2025. Review child protection conference: 04/12/2025, 10am, Kelsworth Civic Hall, Room 2."),
        ("p", "Distribution: Danielle Shorrock, Lewis Tate, Brian Shorrock (tasks 1.4 and section 7 only), "
              "Kelsworth CMHT (North), Holme Lane Medical Practice, St Wilfrid's CE Primary, Little Acorns "
              "Nursery, health visiting, Kelsworth Young Carers Service."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Wales. Review conference plan, landscape Word table with the timescale
#    first: Timescale | What will be done | By whom | How progress will be
#    measured | Links to outcome. Father's drinking and domestic abuse;
#    grandparents carry contact (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_kilgwyn_rcpc_timescale_first_landscape_hopkins.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cerys and Osian Hopkins",
    "split": "heldout",
    "template": "welsh-rcpc-plan-docx-landscape-bilingual-section-headings-progress-since-icpc-then-timescale-first-what-by-whom-how-measured-outcome-link-table",
    "description": (
        "Review conference plan from a Welsh council for an 11-year-old and a 5-year-old (father's "
        "drinking and violence to the mother; he has moved out and his parents supervise contact). "
        "Timescale is the first column. The CDAT row is owned by the father alone, with 'Ongoing' and "
        "'Engagement'; the school's check-ins are 'Monitored by school'; the safety plan update has no "
        "owner; 'All agencies' are to keep the children safe 'throughout the plan' with no measure; one "
        "outcome is the father's; no adult service owns an action; the contingency never says what "
        "happens if the grandparents cannot supervise."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Cilgwyn / Kilgwyn County Borough Council – Gwasanaethau Plant / "
              "Children's Services – Tîm Diogelu / Safeguarding Team"),
        ("kv", [
            ("Plentyn / Child", "Cerys Hopkins, born 14/01/2014 (11), Year 7, Ysgol Bro Cilgwyn"),
            ("Plentyn / Child", "Osian Hopkins, born 30/05/2020 (5), Reception, Ysgol Gynradd Heol y Felin"),
            ("Mam / Mother", "Bethan Hopkins (36), 4 Clos y Wennol, Kilgwyn"),
            ("Tad / Father", "Gareth Hopkins (39), living with his brother at 61 Stryd y Bont since 02/07/2025"),
            ("Cynhadledd / Conference", "Review child protection conference, 11/09/2025 (initial 12/06/2025)"),
            ("Categori / Category", "Emotional abuse; neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Non Pritchard"),
            ("Cadeirydd / Chair", "Alun Bowen, Independent Reviewing Officer"),
        ]),
        ("h1", "Cynnydd / Progress since the initial conference"),
        ("p", "Gareth moved out in July after police were called to the house for the fourth time this year; "
              "on that night he had been drinking since lunchtime and pushed Bethan into the kitchen door in "
              "front of Osian. A non-molestation order was made on 18/07/2025. There have been no call-outs "
              "since, but Bethan says Gareth still rings her late at night when he has been drinking, and "
              "twice he has turned up at the school gate. Gareth says he has \"cut right down\"; his GP "
              "referred him to Kilgwyn Community Drug and Alcohol Team (CDAT) in August and he has been to one "
              "appointment."),
        ("p", "Saturday contact at Dilys and Emlyn's has happened every week and the children enjoy it. Cerys "
              "is still doing a lot at home: she walks Osian to school, and on the nights Bethan goes to her "
              "group she has been putting him to bed."),
        ("h1", "Llais y plant / What Cerys and Osian say"),
        ("p", "Cerys (seen alone at school, 4 September): \"It's calmer without Dad there but I still listen "
              "for the car. I like Saturdays because Nain does cawl and Dad is normal.\" She said she worries "
              "that Mam \"will let him back because she feels sorry for him\". She wants to go to the Urdd club "
              "on Wednesdays instead of minding Osian."),
        ("p", "Osian drew a house with \"Mam, Cerys, me and the cat\" and a separate house for \"Dad and Nain "
              "and Taid\". He told the school nurse he wets the bed \"when there's shouting in my dreams\"."),
        ("h1", "Gwasanaethau oedolion / Adult services"),
        ("p", "None at present. Gareth was referred to Kilgwyn CDAT by his GP in August; CDAT were invited to "
              "this conference but did not attend or send a report."),
        ("h1", "Canlyniadau / Outcomes we want"),
        ("bullets", [
            "O1 Cerys and Osian live without shouting, violence or drunkenness at home, and Cerys tells us she "
            "feels safe there.",
            "O2 Cerys and Osian see their dad in a way that is safe, and contact stops if he has been drinking.",
            "O3 Cerys is a child at home, not the one who looks after Osian or her mam.",
            "O4 Gareth will cut down his drinking and engage with services.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Timescale", "What will be done", "By whom", "How progress will be measured",
                       "Links to outcome"],
            "widths": [3.6, 7.6, 4.4, 7.6, 2.5],
            "rows": [
                ["From 18/09/2025, every 2 weeks",
                 "Home visits to see Cerys and Osian, with time alone with Cerys in her room or at school",
                 "Non Pritchard, social worker",
                 "Visit notes record Cerys's own words and how Osian presents at each visit",
                 "O1, O3"],
                ["Every Saturday, 10am–2pm",
                 "Supervise Gareth's time with Cerys and Osian at Dilys and Emlyn's home on Heol y Felin, with no "
                 "alcohol in the house during contact",
                 "Dilys and Emlyn Hopkins (paternal grandparents)",
                 "Contact diary signed by Dilys after every visit and read by the SW",
                 "O2"],
                ["Every Wednesday, 3.30pm–7pm",
                 "Have Cerys and Osian for tea and homework while Bethan is at her group, so Cerys is not "
                 "minding Osian",
                 "Dilys Hopkins (Nain)",
                 "Wednesday entries in the contact diary; Cerys asked at SW visits",
                 "O3"],
                ["Ongoing",
                 "Attend appointments with Kilgwyn CDAT and cut down his drinking",
                 "Gareth Hopkins",
                 "Engagement with CDAT",
                 "O4"],
                ["Wednesday evenings for 12 weeks from 24/09/2025",
                 "Complete the Freedom Programme at the Kilgwyn Women's Centre",
                 "Bethan Hopkins",
                 "Attendance sheet shared with the SW at the end of each month",
                 "O1"],
                ["By 10/10/2025",
                 "Refer Gareth to the Newid Llwybr domestic abuse perpetrator programme and tell Bethan the "
                 "outcome",
                 "Non Pritchard, social worker",
                 "Programme acceptance letter on file; start date shared with the core group",
                 "O1"],
                ["Weekly in term time",
                 "Check-in sessions for Cerys with the wellbeing officer, including her worries about her mam "
                 "and dad",
                 "Miss Ffion Rees, wellbeing officer, Ysgol Bro Cilgwyn",
                 "Monitored by school",
                 "O1, O3"],
                ["By the next core group (16/10/2025)",
                 "Update the family safety plan with Bethan, including who Cerys rings if her dad comes to "
                 "the house",
                 "",
                 "Copy of the updated safety plan on the children's file",
                 "O1"],
                ["Every 4 weeks",
                 "See Osian about his bedwetting and sleep, and give Bethan a star chart and an alarm",
                 "Llinos Evans, school nurse",
                 "Record of each contact and a letter to the SW after each one",
                 "O1"],
                ["Throughout the plan",
                 "Keep the children safe and pass any worries about home to the social worker",
                 "All agencies",
                 "",
                 "O1"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency"),
        ("p", "If Gareth comes to the family home, contacts Bethan or the children outside the agreed Saturday "
              "contact, or arrives at contact smelling of alcohol, Bethan or Dilys will ring 999 and the SW (or "
              "the out-of-hours team). Saturday contact will stop, and the SW will hold a strategy discussion "
              "the same day. If Bethan lets Gareth back into the house, Cerys and Osian will stay with foster "
              "carers while the risk is assessed."),
        ("p", "If the police are called to another incident involving Gareth, or he breaches the order, the SW "
              "will ask the team manager for a Legal Gateway meeting within 5 working days."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("p", "Core group every 4 weeks at Ysgol Bro Cilgwyn, 9.30am: 16/10/2025, 13/11/2025 and 11/12/2025. "
              "Next review child protection conference: 08/01/2026, 1.30pm, Tŷ Cilgwyn, Kilgwyn."),
    ],
    "findings": [
        F("F002", "O4 Gareth will cut down his drinking and engage with services."),
        F("T002", "Attend appointments with Kilgwyn CDAT and cut down his drinking"),
        F("M002", "Attend appointments with Kilgwyn CDAT and cut down his drinking"),
        F("M002", "Check-in sessions for Cerys with the wellbeing officer"),
        F("W001", "Update the family safety plan with Bethan"),
        F("T002", "Keep the children safe and pass any worries about home"),
        F("W002", "Keep the children safe and pass any worries about home"),
        F("M001", "Keep the children safe and pass any worries about home"),
        F("F004"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland. Pre-birth case conference plan for an unborn baby,
#    landscape Word table with the owner first: Who is responsible | What
#    needs to happen for baby | By when | How we will know. Mother has a
#    learning disability; the Community LD Team is part of the plan (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_knockcarran_prebirth_who_first_landscape_gormley.docx",
    "doc_title": "Pre-Birth Child Protection Plan - Baby Gormley",
    "split": "heldout",
    "template": "ni-trust-prebirth-case-conference-plan-docx-landscape-register-decision-babys-world-now-adult-services-paragraph-then-who-responsible-what-for-baby-by-when-how-know-table",
    "description": (
        "Northern Ireland pre-birth plan for an unborn baby whose 20-year-old mother has a learning "
        "disability (Community Learning Disability Team part of the plan) and lives with her own mother. "
        "Owner first in the table. The LD nurse's sessions are measured by 'Niamh's confidence will "
        "improve'; the adapted parenting assessment has no stated output; 'Niamh's family' are to help "
        "with bottles 'when needed'; the father's group is 'Ongoing'. The grandmother's nights are not "
        "covered by the contingency, and the review conference is 'to be arranged after the birth'."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("p", "Knockcarran Health and Social Care Trust · Directorate of Children's Community Services · "
              "Family Intervention Team (Ballycrennan)"),
        ("table", {
            "rows": [
                ["Unborn baby", "Baby Gormley, due 14/11/2025 (28 weeks at conference)"],
                ["Expectant mother", "Niamh Gormley (20), 17 Drumlea Park, Ballycrennan; lives with her mother"],
                ["Baby's father", "Conor Magill (23), 3 Orchard Row, Ballycrennan"],
                ["Maternal grandmother", "Bernie Gormley, 17 Drumlea Park"],
                ["Conference", "Pre-birth child protection case conference, 04/09/2025, Knockcarran Trust "
                               "Headquarters, Ballycrennan"],
                ["Decision", "Baby's name will be placed on the Child Protection Register at birth; category: "
                             "potential neglect"],
                ["Social worker", "Declan Rafferty, Family Intervention Team"],
                ["Chair", "Geraldine Mulholland, Principal Social Worker"],
            ],
            "widths": [5.0, 20.7],
            "bold_first_col": True,
        }),
        ("h1", "Why there is a plan for the baby"),
        ("p", "Niamh has a mild learning disability and has been known to the Community Learning Disability "
              "Team since she left school. She is looking forward to the baby and has bought a Moses basket. "
              "The UNOCINI pre-birth assessment found that Niamh finds it hard to remember a routine without "
              "prompts, missed her first two antenatal appointments, and told the midwife she would \"just "
              "put the baby in the bed with me, that's what my cousin does\". Her bedroom, where the baby "
              "will sleep, is full of bags and there is no space yet for a cot. Bernie works nights at a care "
              "home three nights a week. Conor is supportive and visits most days but lives with his parents."),
        ("h1", "Baby's world now"),
        ("p", "Baby is growing well: the 20-week scan was normal and Niamh has been to every appointment since "
              "July. Niamh talks to her bump and plays it music on her phone, and keeps the scan photo on her "
              "mirror. Nobody smokes in the house. The Moses basket is at the end of Niamh's bed, under a pile "
              "of baby clothes that have not been washed yet."),
        ("h1", "Adult services in this plan"),
        ("p", "Yes. The Community Learning Disability Team (Adult Services) is part of this plan. Martina "
              "Hughes, CLDT social worker, and Paula Cassidy, community learning disability nurse, came to the "
              "conference and agreed their actions. Niamh's advocate, Eimear Toner of Voice Together Advocacy, "
              "helped Niamh say what she wanted at the conference."),
        ("h1", "What we want for baby"),
        ("bullets", [
            "Baby is fed on time, kept warm and clean, and sleeps on their back in their own Moses basket or "
            "cot for every sleep.",
            "Baby is cared for by adults who know what a baby needs and who ask for help early.",
            "Baby goes home to a bedroom with a clear, safe space for a cot.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Who is responsible", "What needs to happen for baby", "By when", "How we will know"],
            "widths": [5.2, 9.0, 5.0, 6.5],
            "rows": [
                ["Orla Keenan, Named Midwife for Safeguarding, Ballycrennan Area Hospital",
                 "See Niamh at every antenatal appointment, check she has understood using the easy-read "
                 "sheets, and tell the SW the same day if she misses one",
                 "Every antenatal appointment until the birth",
                 "Attendance and scan results emailed to the SW within 2 working days"],
                ["Paula Cassidy, Community Learning Disability Nurse (CLDT)",
                 "Easy-read sessions at home with Niamh on feeding, bathing and safe sleep, practising with "
                 "the baby doll",
                 "Weekly from 11/09/2025 until 36 weeks",
                 "Niamh's confidence will improve"],
                ["Declan Rafferty, SW (Family Intervention Team), with Martina Hughes, CLDT social worker",
                 "Complete a parenting assessment adapted for Niamh's learning disability (PAMS)",
                 "By 31/10/2025",
                 ""],
                ["Bernie Gormley (Niamh's mum)",
                 "Stay with Niamh and baby every night for the first two weeks home and help with the 2am feed",
                 "First 14 nights after discharge",
                 "Night feed chart filled in by Bernie and Niamh and checked by the health visitor at each "
                 "visit"],
                ["Niamh's family",
                 "Help Niamh make up bottles and sterilise them",
                 "When needed",
                 ""],
                ["Ciara Lavery, Health Visitor",
                 "Antenatal visit to look at where baby will sleep and talk through safe sleep, then home "
                 "visits after the birth",
                 "Antenatal visit by 16/10/2025 (32 weeks); weekly for 8 weeks after birth",
                 "Baby's weight and feeds recorded in the red book and sent to the SW every week"],
                ["Conor Magill (baby's dad)",
                 "Go to the dads' antenatal group at the Ballycrennan Family Centre",
                 "Ongoing",
                 "Family centre attendance register"],
                ["Declan Rafferty, SW",
                 "Go through the easy-read version of this plan with Niamh and her advocate",
                 "Within 5 working days of conference",
                 "Advocate confirms in writing that Niamh has had the plan explained"],
                ["Martina Hughes, CLDT social worker",
                 "Assess what help Niamh will need with money, her tenancy and appointments once baby "
                 "arrives, and set it up",
                 "By 24/10/2025",
                 "Adult support plan shared with the SW and in place before 36 weeks"],
                ["Niamh Gormley, with Conor Magill",
                 "Clear the bedroom so there is space for the cot, and wash and put away the baby clothes",
                 "By 16/10/2025",
                 "Cot set up and seen by the health visitor at the antenatal visit"],
            ],
        }),
        ("h1", "Contingency"),
        ("p", "If, after the birth, Niamh is found asleep with baby in her bed or on the sofa, baby misses two "
              "feeds in a row, or baby is left alone in the house, the SW (or the Regional Emergency Social "
              "Work Service out of hours) will hold a strategy meeting the same day, and baby will be cared for "
              "by Trust foster carers while it is decided whether baby can safely go home."),
        ("p", "If the PAMS assessment finds that Niamh cannot care for baby safely even with support, or Niamh "
              "is not using safe sleep with the doll by 36 weeks, the SW will ask for legal advice at the "
              "Trust's Legal Planning Meeting before the birth."),
        ("h1", "Core group and review"),
        ("p", "Core group every 4 weeks at the Ballycrennan Family Centre, 2pm: 18/09/2025, 16/10/2025 and "
              "13/11/2025."),
        ("p", "Review child protection case conference: to be arranged after the birth."),
    ],
    "findings": [
        F("M002", "Easy-read sessions at home with Niamh on feeding"),
        F("M001", "Complete a parenting assessment adapted for Niamh's learning disability"),
        F("W002", "Help Niamh make up bottles and sterilise them"),
        F("T002", "Help Niamh make up bottles and sterilise them"),
        F("M001", "Help Niamh make up bottles and sterilise them"),
        F("T002", "Go to the dads' antenatal group"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. England. Review plan as a paged case-system export, field labels on their
#    own lines; a looked-after 8-year-old on a children's ward; father on
#    dialysis for kidney failure (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_kersholme_rcpc_field_label_export_ward_maddock.pdf",
    "doc_title": "Review Child Protection Plan - Lily and Jack Maddock",
    "split": "heldout",
    "template": "rcpc-case-system-export-paged-field-label-line-then-value-line-numbered-actions-what-will-happen-responsible-target-date-evidence-of-progress-lac-child-on-ward",
    "description": (
        "Review plan exported from a case system for a 13-year-old and an 8-year-old accommodated under "
        "section 20 while their father, their only carer, is on dialysis for kidney failure; the "
        "8-year-old is on a children's ward after a severe asthma attack. Each field label is on its own "
        "line. Nobody is set to visit Lily on the ward at a stated frequency (the SW 'when possible', the "
        "foster carer 'as often as she can'); the asthma nurse's teaching has no evidence; the renal "
        "social worker's row is measured by 'Neil's health remains stable'; Jack's support has no one "
        "responsible and 'Jack feeling less worried'; the network meeting is 'TBC'."
    ),
    "header": "OFFICIAL – SENSITIVE  |  Kersholme Borough Council  |  Children's Social Care",
    "footer": "CareFile export 12/09/2025 – Review Child Protection Plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("h2", "Section 1: Details"),
        ("boldp", "Children subject to the plan"),
        ("p", "Lily Maddock, born 03/05/2017 (8). Jack Maddock, born 21/01/2012 (13)."),
        ("boldp", "Where the children are"),
        ("p", "Lily: Ward 12 (children's ward), Kersholme Royal Infirmary, since 02/09/2025. Jack: with foster "
              "carers Mr and Mrs Okafor, Elm Rise, Kersholme."),
        ("boldp", "Legal status"),
        ("p", "Both children accommodated under section 20 of the Children Act 1989, with Neil's agreement, "
              "since 18/07/2025. Lily's foster carer is Mrs Pauline Orme."),
        ("boldp", "Parent"),
        ("p", "Neil Maddock (44), father and sole carer. End-stage kidney failure; haemodialysis on Monday, "
              "Wednesday and Friday mornings at Kersholme Renal Unit. The children's mother has not been in "
              "contact since 2019."),
        ("boldp", "Conference"),
        ("p", "Review child protection conference, 11/09/2025, Kersholme Town Hall. Initial conference "
              "05/06/2025. Plan continues under the category of neglect."),
        ("boldp", "Social worker"),
        ("p", "Hayley Marsh, Children in Care Team 2"),
        ("boldp", "Adult services part of this plan?"),
        ("p", "Yes. Kersholme Renal Unit (renal social worker Gail Foster) attended the conference and agreed "
              "action 5."),
        ("h2", "Section 2: Progress and current worries"),
        ("p", "At the initial conference Neil was struggling to manage his own dialysis, his medication and "
              "the children's care. Lily's asthma inhalers had not been collected for six weeks, she had been "
              "to A&E three times since March, and Jack, then 12, was getting Lily up, doing her inhalers when "
              "he remembered and missing school to sit with his dad after dialysis."),
        ("p", "In July Neil was admitted with sepsis and there was no one else to care for the children. They "
              "have been accommodated since then, and Neil has been home since 30 July. On 2 September Lily "
              "had a severe asthma attack at her foster home and was admitted; she spent two nights in the "
              "high dependency unit and is still on Ward 12 on oxygen at night. The ward expects her to be "
              "discharged to Mrs Orme in the last week of September."),
        ("p", "Neil wants the children home. He has not missed dialysis since August and has visited Lily on "
              "the ward when he has felt well enough. There is not yet a plan for who would care for the "
              "children on dialysis mornings, and Jack still says he is the one who looks after his dad."),
        ("h2", "Section 3: The children's views"),
        ("boldp", "Lily (seen on the ward, 9 September)"),
        ("p", "\"I want to go home to Dad when he's better and have my own puffer in my bag. The nurses are "
              "nice but it's boring at night and nobody comes after tea.\" Lily showed the SW her colouring "
              "book and said she misses Jack."),
        ("boldp", "Jack (seen alone at school, 8 September)"),
        ("p", "\"I used to do Dad's tablets and Lily's inhalers. I don't mind, I'm good at it. I just want us "
              "all back together.\" Jack said he worries that his dad will \"go in hospital and not come "
              "out\", and that he does not want to talk about it at school."),
        ("h2", "Section 4: Outcomes"),
        ("bullets", [
            "Lily has her inhalers every day, as her asthma plan says, and has no more emergency admissions.",
            "Jack and Lily are looked after by an adult who is well enough to care for them every day, "
            "including dialysis mornings.",
            "Jack goes to school every day and no longer has to be his dad's and his sister's carer.",
        ]),
        ("h2", "Section 5: Actions"),
        ("boldp", "Action 1"),
        ("boldp", "What will happen"),
        ("p", "Visit Lily on Ward 12 and talk to the nurses about her care and her discharge."),
        ("boldp", "Responsible"),
        ("p", "Hayley Marsh, social worker"),
        ("boldp", "Target date"),
        ("p", "When possible"),
        ("boldp", "Evidence of progress"),
        ("p", "Visits recorded on Lily's file"),
        ("boldp", "Action 2"),
        ("boldp", "What will happen"),
        ("p", "See Jack at his placement and at school, on his own, and ask him about contact with his dad."),
        ("boldp", "Responsible"),
        ("p", "Hayley Marsh, social worker"),
        ("boldp", "Target date"),
        ("p", "Every 2 weeks"),
        ("boldp", "Evidence of progress"),
        ("p", "Visit record with Jack's own words at each visit"),
        ("boldp", "Action 3"),
        ("boldp", "What will happen"),
        ("p", "Take Lily her clothes, books and school reading folder on the ward and sit with her."),
        ("boldp", "Responsible"),
        ("p", "Mrs Pauline Orme, foster carer"),
        ("boldp", "Target date"),
        ("p", "As often as she can"),
        ("boldp", "Evidence of progress"),
        ("p", "Foster carer's daily log, sent to the SW weekly"),
        ("boldp", "Action 4"),
        ("boldp", "What will happen"),
        ("p", "Teach Mrs Orme and Neil Lily's inhaler, spacer and peak flow routine, and write her asthma plan."),
        ("boldp", "Responsible"),
        ("p", "Children's asthma nurse specialist, Kersholme Royal Infirmary respiratory team"),
        ("boldp", "Target date"),
        ("p", "Before Lily is discharged"),
        ("boldp", "Evidence of progress"),
        ("p", "-"),
        ("boldp", "Action 5"),
        ("boldp", "What will happen"),
        ("p", "Support Neil with his dialysis timetable, his transport and his medication."),
        ("boldp", "Responsible"),
        ("p", "Gail Foster, renal social worker, Kersholme Renal Unit"),
        ("boldp", "Target date"),
        ("p", "Every dialysis day (Monday, Wednesday, Friday)"),
        ("boldp", "Evidence of progress"),
        ("p", "Neil's health remains stable"),
        ("boldp", "Action 6"),
        ("boldp", "What will happen"),
        ("p", "Jack to be helped to talk about his worries about his dad's illness."),
        ("boldp", "Responsible"),
        ("p", "-"),
        ("boldp", "Target date"),
        ("p", "Weekly"),
        ("boldp", "Evidence of progress"),
        ("p", "Jack feeling less worried"),
        ("boldp", "Action 7"),
        ("boldp", "What will happen"),
        ("p", "Family network meeting to find out who can care for Jack and Lily on dialysis mornings once "
              "they go home."),
        ("boldp", "Responsible"),
        ("p", "Hayley Marsh, social worker"),
        ("boldp", "Target date"),
        ("p", "TBC"),
        ("boldp", "Evidence of progress"),
        ("p", "Written network plan shared with the core group"),
        ("boldp", "Action 8"),
        ("boldp", "What will happen"),
        ("p", "Young carers assessment for Jack, including what he has been doing for his dad at home."),
        ("boldp", "Responsible"),
        ("p", "Owen Pike, Kersholme Young Carers"),
        ("boldp", "Target date"),
        ("p", "By 03/10/2025"),
        ("boldp", "Evidence of progress"),
        ("p", "Assessment and support offer sent to the SW and to Neil"),
        ("boldp", "Action 9"),
        ("boldp", "What will happen"),
        ("p", "Ring the foster carers by 9.30am if Jack is not in school, and tell the SW the same day."),
        ("boldp", "Responsible"),
        ("p", "Mr Dev Sandhu, DSL, Kersholme Academy"),
        ("boldp", "Target date"),
        ("p", "Every school day"),
        ("boldp", "Evidence of progress"),
        ("p", "Attendance report sent to the SW every Friday; 95% or above by the next review"),
        ("h2", "Section 6: Contingency"),
        ("p", "If Lily's asthma plan is not followed after discharge (a missed preventer inhaler two days "
              "running, or a missed clinic appointment), or Neil asks for the children to come home before "
              "the network plan is agreed, the SW will hold a strategy discussion within 24 hours and the "
              "children will stay with their foster carers. If Neil withdraws his agreement to section 20, "
              "the SW will ask for an urgent legal planning meeting the same day."),
        ("p", "If the network meeting has not found carers for dialysis mornings by the core group on "
              "09/10/2025, the team manager will hold a legal planning meeting within 10 working days."),
        ("h2", "Section 7: Review arrangements"),
        ("boldp", "Core group"),
        ("p", "Every 4 weeks: 09/10/2025, 06/11/2025 and 04/12/2025, 4pm, Kersholme Academy."),
        ("boldp", "Looked after review"),
        ("p", "25/09/2025 (IRO: Sandra Kaye)"),
        ("boldp", "Next review child protection conference"),
        ("p", "11/12/2025, 10am, Kersholme Town Hall"),
    ],
    "findings": [
        F("T002", "Visit Lily on Ward 12 and talk to the nurses"),
        F("T002", "Take Lily her clothes, books and school reading folder"),
        F("M001", "Teach Mrs Orme and Neil Lily's inhaler, spacer and peak flow routine"),
        F("M002", "Support Neil with his dialysis timetable, his transport"),
        F("W001", "Jack to be helped to talk about his worries"),
        F("M002", "Jack to be helped to talk about his worries"),
        F("T002", "Family network meeting to find out who can care"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Northern Ireland. Initial case conference plan exported from a Trust's
#    case system, paged, upper-case field labels on their own lines with the
#    lead professional first. Domestic abuse; no adult services. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_kilvarnagh_icpcc_lead_first_field_lines_mcalinden.pdf",
    "doc_title": "Child Protection Plan - Ella McAlinden and Darragh Corr",
    "split": "heldout",
    "template": "ni-trust-initial-case-conference-plan-paged-export-upper-case-field-labels-own-lines-numbered-actions-lead-professional-first-then-action-required-start-complete-by-how-we-will-know",
    "description": (
        "Exemplary Northern Ireland initial case conference plan for a 9-year-old and a 3-year-old after "
        "domestic abuse by the younger child's father, who has left the home under a non-molestation "
        "order. Paged export with a repeated header and footer; each action is a block of upper-case "
        "field labels on their own lines, lead professional first. No adult services (none needed). "
        "Every action has a lead, a date or frequency and evidence; the grandmother's collections have a "
        "fallback, core group and review dates are set, and the Trust's legal planning meeting follows "
        "named triggers."
    ),
    "header": "Kilvarnagh Health and Social Care Trust – Children's Services – RESTRICTED",
    "footer": "Child Protection Plan – McAlinden / Corr – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Initial Child Protection Case Conference · Family Intervention Team (Kilvarnagh North)"),
        ("h2", "1  CHILDREN AND FAMILY"),
        ("boldp", "CHILDREN ON THE CHILD PROTECTION REGISTER"),
        ("pl", "Ella McAlinden, born 08/02/2016 (9), P6, St Brigid's Primary School"),
        ("pl", "Darragh Corr, born 27/07/2022 (3), Kilvarnagh Nursery School"),
        ("boldp", "CATEGORY OF REGISTRATION"),
        ("pl", "Physical abuse and emotional abuse (likely)"),
        ("boldp", "MOTHER"),
        ("pl", "Roisin McAlinden (31), 22 Glenside Avenue, Kilvarnagh"),
        ("boldp", "DARRAGH'S FATHER"),
        ("pl", "Shane Corr (34), living with his mother at 9 Carnmore Terrace since 10/08/2025"),
        ("boldp", "MATERNAL GRANDMOTHER"),
        ("pl", "Patricia McAlinden, 40 Glenside Avenue"),
        ("boldp", "CONFERENCE"),
        ("pl", "Initial child protection case conference, 10/09/2025, Kilvarnagh Trust Offices"),
        ("boldp", "KEY WORKER"),
        ("pl", "Conal Boyle, Social Worker"),
        ("boldp", "ADULT SERVICES"),
        ("pl", "None are part of this plan. The UNOCINI assessment found no parental mental health, learning "
               "disability or substance use needs."),
        ("h2", "2  REASONS FOR REGISTRATION"),
        ("p", "Police were called to the family home three times between May and August 2025. On 9 August "
              "Shane punched Roisin and held her against the living room wall while Ella was in the room; "
              "Ella ran next door to get help and Darragh was found hiding behind the sofa. Roisin has told "
              "the social worker that Shane has controlled the money and her phone for two years and that "
              "the children have seen him shout at her and break things many times. A non-molestation order "
              "was granted on 14/08/2025 and runs to 14/08/2026. Shane accepts he has \"a temper\" and has "
              "asked to keep seeing Darragh."),
        ("h2", "3  THE CHILDREN'S WORDS AND DAILY LIVES"),
        ("p", "Ella (seen alone at school on 2 September): \"I'm glad he's gone but I still feel sick when a "
              "car door bangs outside. I want Mummy to be happy and I want to go to drama club again.\" She "
              "scored how safe she feels at home as 7 out of 10, up from 2 in August. She said she does not "
              "want to see Shane but is happy for Darragh to."),
        ("p", "Darragh is talking in short sentences. At nursery he plays well but hides under the table when "
              "an adult raises their voice, and he has started wetting again at night. At the social "
              "worker's visit he showed off his bike and asked for \"Daddy at the centre\"."),
        ("h2", "4  OUTCOMES"),
        ("bullets", [
            "Ella and Darragh live in a home free from violence, threats and control.",
            "Ella knows what to do and who to call if she is frightened, and says she feels safe at home.",
            "Darragh sees his dad safely at the family centre and his sleep and speech settle.",
        ]),
        ("h2", "5  ACTIONS"),
        ("boldp", "ACTION 1"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Conal Boyle, Social Worker, Family Intervention Team"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Visit Ella and Darragh at home, at least one visit a month unannounced, and see Ella on her "
               "own at home or at school."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "Every 2 weeks from 18/09/2025"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Visit records show both children seen and Ella's own words written down at each visit."),
        ("boldp", "ACTION 2"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Majella Devlin, Outreach Worker, Kilvarnagh Women's Aid"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Complete a safety plan with Roisin, repeat the DASH risk checklist, and make a simple safety "
               "plan with Ella about who she calls and where she goes."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "By 26/09/2025, then every 4 weeks"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Both safety plans on file; Ella's safety card seen by the social worker; DASH score sent to "
               "the social worker each time."),
        ("boldp", "ACTION 3"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Roisin McAlinden, with Kilvarnagh Women's Aid"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Attend the 'Moving On' group for women who have lived with domestic abuse, including the "
               "sessions on how it affects children."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "Thursday mornings for 10 weeks from 02/10/2025"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Women's Aid attendance record shared with the social worker at the end of each month."),
        ("boldp", "ACTION 4"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Shane Corr; facilitator Peter Grogan, Safer Futures programme"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Attend the Safer Futures domestic abuse programme, including the sessions on how children "
               "are affected by abuse at home."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "Every Tuesday evening, 30/09/2025 to 16/12/2025"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Attendance sent to the social worker monthly; facilitator's mid-point report to the core "
               "group by 04/11/2025."),
        ("boldp", "ACTION 5"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Gemma Reilly, Family Centre Worker, Kilvarnagh Family Centre"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Supervise Shane's contact with Darragh at the family centre, with Shane and Roisin arriving "
               "and leaving at different times."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "Every second Saturday, 11am to 12.30pm, from 20/09/2025"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Contact record after each session, with how Darragh responded, read by the social worker."),
        ("boldp", "ACTION 6"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Mrs Anne Keown, Designated Teacher for Child Protection, St Brigid's Primary School"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Check in with Ella each week, and tell the social worker the same day about any worry she "
               "raises or any time Shane comes to the school."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "Every Monday in term time"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Designated teacher's log emailed to the social worker every Monday."),
        ("boldp", "ACTION 7"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Ruth Mawhinney, Children's Worker, Kilvarnagh Women's Aid"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Run the 10-week 'Helping Hands' group for Ella with other children who have lived with "
               "domestic abuse."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "Wednesdays after school from 08/10/2025"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Attendance record and the worker's end-of-group report sent to the social worker."),
        ("boldp", "ACTION 8"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Sharon Breen, Health Visitor"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Complete Darragh's pre-school developmental check, including his speech, his sleep and his "
               "night-time wetting."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "By 17/10/2025"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Results recorded in Darragh's child health record and sent to the social worker and GP."),
        ("boldp", "ACTION 9"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Detective Constable Niall Brady, Public Protection Unit, Kilvarnagh District Police"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Place a marker on the family home and tell the social worker of any call-out or breach of "
               "the order."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "Marker by 19/09/2025; any call-out or breach reported within 24 hours"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Email from the police confirming the marker; breach reports on the children's file."),
        ("boldp", "ACTION 10"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Roisin McAlinden"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Give copies of the non-molestation order to St Brigid's Primary School and Kilvarnagh "
               "Nursery School."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "By 22/09/2025"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Copies seen on the school and nursery files by the social worker."),
        ("boldp", "ACTION 11"),
        ("boldp", "LEAD PROFESSIONAL"),
        ("pl", "Patricia McAlinden (maternal grandmother)"),
        ("boldp", "ACTION REQUIRED"),
        ("pl", "Collect Darragh from nursery on Tuesdays and Thursdays and give both children their tea "
               "until Roisin finishes work."),
        ("boldp", "START / COMPLETE BY"),
        ("pl", "Tuesdays and Thursdays from 16/09/2025"),
        ("boldp", "HOW WE WILL KNOW"),
        ("pl", "Nursery collection book signed by Patricia; Ella asked about it at the social worker's "
               "visits."),
        ("h2", "6  CONTINGENCY"),
        ("p", "If Shane comes to the house, contacts Roisin or the children outside the family centre, or "
              "breaches the order, Roisin will ring 999 and the social worker (or the Regional Emergency Social "
              "Work Service out of hours) will hold a strategy discussion the same day. Contact at the family "
              "centre will stop until a new risk assessment has been completed."),
        ("p", "If Roisin lets Shane back into the home, Ella and Darragh will go to stay with Patricia "
              "McAlinden that day; if Patricia cannot have them, they will stay together with Trust foster "
              "carers. If Patricia cannot collect Darragh on a Tuesday or Thursday, the nursery school will "
              "keep him in its after-school club and Roisin will collect him there at 5pm."),
        ("p", "If Roisin lets Shane back into the home, or Shane misses two Safer Futures sessions, the social "
              "worker will ask for legal advice through the Trust's Legal Planning Meeting within 5 working "
              "days."),
        ("h2", "7  CORE GROUP AND REVIEW"),
        ("boldp", "CORE GROUP"),
        ("pl", "Every 4 weeks at St Brigid's Primary School, 2.30pm: 24/09/2025, 22/10/2025, 19/11/2025"),
        ("boldp", "REVIEW CHILD PROTECTION CASE CONFERENCE"),
        ("pl", "10/12/2025, 10am, Kilvarnagh Trust Offices"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. England. Plain-text print from a case system: step lines with
#    RESP. and DUE on the step's first line, the description under it and an
#    ">> Evidence:" line. Mother's drinking; the family move to another
#    council in four weeks (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_kirkstennet_move_pending_step_print_ashurst.txt",
    "split": "heldout",
    "template": "cp-plan-case-system-print-txt-colon-aligned-header-fields-bracket-letter-sections-then-step-resp-due-line-description-beneath-evidence-chevron-line-move-to-other-council",
    "description": (
        "Plain-text print of a child protection plan at a core group for a 6-year-old and a 2-year-old "
        "(mother's drinking), four weeks before the family move to another council. The social "
        "worker's visits carry on to the transfer-in conference and the recovery service reports, but the "
        "detox assessment and the parenting assessment are left for the new council with 'TBC' dates, the "
        "speech referral is held back for the new health visitors, the aunt helps 'when she can', the "
        "health visitor's checks are 'Monitored', the GP's test has no evidence, 'Core group' owns the "
        "transfer pack, and the review conference is left to the new council."
    ),
    "text": """\
KIRKSTENNET CITY COUNCIL  ::  CHILDREN'S SOCIAL CARE
SafeSteps CP module  ::  PLAN PRINT (FULL)          run 29/09/2025 11:02
printed by OBIK (Kemi Obi)                                      sheet 1/1
=========================================================================
 Subject children : Mia ASHURST     F  DOB 14/02/2019  6y   ID 448213
                    Harvey ASHURST  M  DOB 30/06/2023  2y   ID 448214
 Address          : 27 Cobden Street, Kirkstennet
 Parent/carer     : Kayleigh ASHURST (27), mother
 Plan type        : Child Protection  -  Neglect
 ICPC             : 03/07/2025
 Core group       : 25/09/2025 (this print reflects changes agreed)
 Key worker       : Kemi Obi, Safeguarding Team 3
 MOVE             : Family moving to Ravendale Metropolitan Borough on
                    20/10/2025 (housing association flat, 9 Larch Court,
                    near maternal aunt). Transfer-in request sent to
                    Ravendale Children's Services 22/09/2025.
 Adult services   : YES - Kirkstennet Recovery Partnership (alcohol) and
                    Kayleigh's GP; see steps 2.1 and 2.2.
=========================================================================

[A] WHAT WE ARE WORRIED ABOUT
Kayleigh has drunk heavily since Harvey's father left in 2024, mostly
cider at home in the evenings and sometimes in the day. In June Mia
(then 6) rang her aunt at 9pm because she could not wake her mum;
Harvey was in a dirty nappy and had not had tea. Police found Kayleigh
drunk in charge of both children at the park on 19/06/2025. Mia's
attendance is 84%. Harvey has very few words for his age.

Since July Kayleigh has had weekly key work and breath tests with the
Recovery Partnership; 9 of 11 tests have been clear. She says the move
will be a fresh start and she wants to be near her sister Stacey.

[B] WHAT MIA AND HARVEY SAY AND SHOW US
Mia (seen alone at school 18/09/2025): "Mummy's better now, she only
has the fizzy drink at the weekend. I'm scared about the new school, I
won't know anyone. Auntie Stacey has a trampoline." She said that when
Mum is "sleepy" she makes Harvey a jam sandwich.
Harvey (seen at home 23/09/2025): came to the door with his mum, pointed
to his cup and said "juice", played with the SW's lanyard, and went to
Kayleigh for a cuddle when the buzzer went.

[C] OUTCOMES FOR THE CHILDREN
 C1  Mia and Harvey are looked after by a sober adult every day and
     every night, before and after the move.
 C2  Mia goes to school every day and settles into her new school.
 C3  Harvey's speech is helped and he is fed, changed and put to bed
     on time.

[D] PLAN STEPS
 STEP  RESP.                          DUE
 ----  -----------------------------  -------------------------------
 1.1   SW Kemi Obi                    Weekly until Ravendale's
                                      transfer-in conference
       Visit Mia and Harvey at home, one unannounced visit a fortnight;
       see Mia on her own; check food, beds and Harvey's bottles.
       >> Evidence: visit record with Mia's own words at every visit

 1.2   Stacey Ashurst (maternal aunt) When she can
       Have Mia and Harvey to stay on Saturday nights so Kayleigh
       has a break before the move.
       >> Evidence: Saturday stays written in the family diary

 1.3   HV Jo Pearce                   Monthly; next visit 06/10/2025
       Harvey's weight, sleep and development checks at home.
       >> Evidence: Monitored

 2.1   Kirkstennet Recovery           Weekly until the transfer-in
       Partnership (Dan Kerr)         conference (by video after the
                                      move); handover meeting with the
                                      Ravendale service before 20/10/2025
       Weekly key work and breath test with Kayleigh, and a written
       update before each core group on whether her drinking is
       changing and what that means for Mia and Harvey.
       >> Evidence: breath test results and written update read at
          every core group; handover note copied to the SW

 2.2   Dr Sara Lomas, GP,             by 10/10/2025
       Cobden Street Surgery
       Liver function blood test and a review of Kayleigh's drinking
       and her medication.
       >> Evidence:

 2.3   Ravendale Drug and Alcohol     TBC - after move
       Service
       Community alcohol detox assessment for Kayleigh, to be done by
       the Ravendale service once the family has moved.
       >> Evidence: detox plan sent to the SW

 3.1   Mrs Helen Grice, DSL,          every school day until 17/10/2025
       Cobden Street Primary
       Ring home by 9.30am if Mia is absent and tell the SW the same
       day; pass Mia's records to her new school.
       >> Evidence: attendance sent to SW fortnightly; records
          transfer confirmed by the new school

 3.2   Kayleigh Ashurst, with SW      by 10/10/2025
       Apply for Mia's place at Larchfield Primary, Ravendale.
       >> Evidence: written offer of a place, copy to the SW

 3.3   Ravendale Children's Services  TBC by Ravendale
       Parenting assessment of Kayleigh - paused pending transfer, to
       be picked up by Ravendale.
       >> Evidence: assessment report

 3.4   Ravendale health visiting team On transfer
       Speech and language referral for Harvey - held back so that
       Ravendale HVs can refer to their own service.
       >> Evidence: referral acceptance letter on file

 3.5   Core group                     by 13/10/2025
       Make sure all agency information is sent to Ravendale with
       the transfer pack.
       >> Evidence: Ravendale confirm they have the pack by email

[E] CONTINGENCY
If Kayleigh has a positive breath test, is found drunk while caring
for the children, or Mia rings anyone because she cannot wake her mum,
the SW (or EDT out of hours) will hold a strategy discussion the same
day and Mia and Harvey will stay with Stacey Ashurst; if Stacey cannot
have them, they will be placed together with foster carers that night
under s20. If this happens before the move, or Kayleigh has two
positive tests, the SW will ask the team manager for a legal planning
meeting within 5 working days and share the outcome with Ravendale.

[F] MEETINGS
 Core group ...... every 3 weeks; next and last in Kirkstennet
                   16/10/2025, 10am, Cobden Street Primary
 RCPC ............ not booked - transfer-in conference to be arranged
                   by Ravendale

-- end of print --
""",
    "findings": [
        F("T002", "Have Mia and Harvey to stay on Saturday nights"),
        F("M002", "Harvey's weight, sleep and development checks at home."),
        F("M001", "Liver function blood test and a review of Kayleigh's drinking"),
        F("X001", "Community alcohol detox assessment for Kayleigh, to be done by"),
        F("T002", "Community alcohol detox assessment for Kayleigh, to be done by"),
        F("X001", "Parenting assessment of Kayleigh - paused pending transfer, to"),
        F("T002", "Parenting assessment of Kayleigh - paused pending transfer, to"),
        F("X001", "Speech and language referral for Harvey - held back"),
        F("W002", "Make sure all agency information is sent to Ravendale"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Wales. Review plan kept as markdown on a team's shared drive: path line,
#    version history table, bilingual headings, then # | Step | What we'll see
#    if it's working | Person responsible | Start – finish. Father, the main
#    carer, has depression; primary mental health service and GP in the plan.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b38_kennerton_shared_drive_versioned_review_rees.md",
    "split": "heldout",
    "template": "welsh-rcpc-plan-md-shared-drive-path-blockquote-version-history-table-bilingual-headings-then-step-what-well-see-person-responsible-start-finish-table-measure-before-owner",
    "description": (
        "Exemplary review plan kept on a Welsh locality team's shared drive for a 10-year-old and a "
        "6-year-old cared for by their father, whose depression left the children neglected. Version "
        "history at the top; the step table puts the evidence before the person responsible. The primary "
        "mental health practitioner reports on capacity to change and the GP owns a step; Nain's "
        "mornings have a fallback; core group and review dates are set; a legal gateway meeting follows "
        "named triggers."
    ),
    "text": """\
# Cynllun Amddiffyn Plant / Child Protection Plan – Tomos and Alys Rees

> `S:\\ChildrensServices\\LocalityWest\\CP Plans\\REES T & A\\CPP_v3_review.md`
> Working copy – Kennerton County Borough Council (Cyngor Bwrdeistref Sirol Cenerton), Locality Team West.
> Keep on the secure drive. Print only for meetings.

| Version | Date | Changed by | What changed |
|---|---|---|---|
| v1 | 12/06/2025 | Eleri Vaughan (SW) | Plan agreed at the initial conference |
| v2 | 03/07/2025 | Eleri Vaughan (SW) | First core group: breakfast chart and dental step added |
| v3 | 18/09/2025 | Eleri Vaughan (SW) | Agreed at the review conference on 18/09/2025 – this version |

## Pwy yw pwy / Who's who

- **Tomos Rees**, 10, Year 6, Ysgol St Illtud
- **Alys Rees**, 6, Year 2, Ysgol St Illtud
- **Rhodri Rees**, 41, their dad, who has cared for them on his own since their mum moved abroad in 2023
- **Gwenda Rees**, 68, Nain (Rhodri's mum), lives on Heol Fawr, a five-minute walk away
- Category: neglect. Plan continues after the review conference on 18/09/2025 (chair: Meinir Jenkins).

## Pam mae'r cynllun yn parhau / Why the plan continues

Rhodri has had depression since he lost his job in 2024. By the spring he was spending most days
in bed. Tomos was making breakfasts and getting Alys to school, Alys arrived hungry with head lice
and an unwashed uniform, and she needed two teeth taken out. The kitchen had no clean surfaces and
there was mould in the children's bedroom.

Since June Rhodri has been taking sertraline, has been to 11 of 12 sessions with the primary mental
health service and has got up for the school run on every day that Nain has not done it. The house
is cleaner and the mould has been treated. Everyone agreed that things are better but new, and that
a relapse would fall on Tomos first.

## Gwasanaethau oedolion / Adult services

Yes. Kennerton Local Primary Mental Health Support Service is part of this plan: Rhodri's
practitioner, Huw Bevan, came to the review conference and agreed step 2. Dr Menna Price, Rhodri's
GP, has agreed step 3.

## Llais Tomos ac Alys / What Tomos and Alys say

Tomos (seen alone at school, 11/09/2025): "Dad's way better. He makes the porridge now and I just
do my own toast. I still check he's up before I go downstairs." He put home at 7 out of 10, up from
3 in June, and said he'd like "to go to the youth club on a Thursday without worrying about Alys".

Alys (seen at home, 15/09/2025) showed Eleri her bedroom "with no black on the wall any more" and
said "Nain does the best boiled eggs. Dad does them too now, but runny." She said she is sad when
Dad "goes quiet".

## Beth rydyn ni eisiau / What we want for Tomos and Alys

1. Tomos and Alys get up to a parent who is up, dressed and makes their breakfast, every school day.
2. Alys goes to school clean, fed and free of lice, and her teeth are looked after.
3. Tomos stops checking on his dad and has time for his own friends and clubs.
4. The children live in a clean, warm home where their bedroom is dry.

## Y cynllun / The plan

| # | Step | What we'll see if it's working | Person responsible | Start – finish |
|---|---|---|---|---|
| 1 | Visit at home, one visit each month before school; see Tomos on his own and Alys in her room | Visit notes describe the kitchen, food and beds, and Tomos's own words | Eleri Vaughan, social worker | Every 2 weeks until the next review conference |
| 2 | Weekly CBT sessions with Rhodri, and a written report on whether he is making and keeping the changes Tomos and Alys need, and how long that is likely to take | Written report before each core group with PHQ-9 score and Huw's view of Rhodri's capacity to change | Huw Bevan, practitioner, Kennerton Local Primary Mental Health Support Service | Weekly until 18/12/2025; report 2 days before each core group |
| 3 | Review Rhodri's sertraline and tell the SW the same day if he stops taking it | Letter from the GP to the SW after each review | Dr Menna Price, GP, Heol Fawr Surgery | By 09/10/2025, then every 8 weeks |
| 4 | Get up with the children, make breakfast and walk them to school on Mondays, Tuesdays and Thursdays | Breakfast chart on the fridge seen at every SW visit; school register shows both in by 8.55am | Rhodri Rees | Mondays, Tuesdays and Thursdays in term time |
| 5 | Breakfast and the school run on Wednesdays and Fridays | Gwenda signs the breakfast chart; school register shows both in by 8.55am | Gwenda Rees (Nain) | Wednesdays and Fridays in term time |
| 6 | Weekly session at home with Rhodri on cleaning, laundry and treating lice, using a room checklist | Room checklist scored at each session; every room at 3 out of 4 or better by 30/11/2025 | Sara Jenkins, family support worker, Kennerton Family Support Team | Every Thursday for 10 weeks from 25/09/2025 |
| 7 | Take Alys to the community dental clinic and finish her treatment | Letter from the clinic to the SW saying treatment is complete | Rhodri Rees | First appointment 08/10/2025; treatment finished by 30/11/2025 |
| 8 | Young carers group and a 1:1 session for Tomos, with a list of the jobs he no longer does at home | Attendance record; Tomos's list of jobs, checked with him by the SW at each visit | Mererid Lloyd, Kennerton Young Carers | Fortnightly from 01/10/2025 |
| 9 | Check in with Alys and Tomos each week and tell the SW the same day if either is hungry, has lice or is absent | DSL log emailed to the SW every Friday | Mrs Angharad Pugh, DSL, Ysgol St Illtud | Every Monday in term time |
| 10 | Weigh and measure Alys and check her hair and skin | Height, weight and notes sent to the SW and GP | Nia Morris, school nurse | By 24/10/2025 and again by 12/12/2025 |

## Os aiff pethau o chwith / If things go wrong

If Rhodri cannot get up when the children need to go to school, stops his sertraline, or tells anyone
that he has thoughts of ending his life, the adult who finds this will take Tomos and Alys to
Gwenda's, ring Rhodri's GP or the crisis team (or 999), and ring Eleri or the out-of-hours team.
Eleri will hold a strategy discussion the same day and the children will stay with Gwenda until
Rhodri has been seen.

If Gwenda is ill or away on a Wednesday or Friday, Rhodri will do that morning and Eleri will make
an early visit that week. If Gwenda cannot have the children when they need to leave home, Eleri or
the out-of-hours team will place them together with approved foster carers that day.

If the room checklist is below target at the core group on 20/11/2025, or Rhodri stops his
treatment, Eleri will ask her team manager for a legal gateway meeting within 5 working days.

## Cyfarfodydd / Meetings

- Core group every 4 weeks at Ysgol St Illtud, 3.30pm: 16/10/2025, 13/11/2025 and 11/12/2025.
- Review child protection conference: 15/01/2026, 10am, Swyddfeydd y Cyngor / Council Offices, Kennerton.
""",
    "findings": [],
})
