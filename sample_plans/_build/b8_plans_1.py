"""Batch 8, module 1: eight fictional plans (held-out test material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial CP plan in a council's own form (CP/3) with unusual column
#    names: Agreed task | Accountable worker | Review point | Success
#    indicator; concern and outcome columns merged (docx, landscape)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_aldercombe_icpc_council_form_dobson.docx",
    "doc_title": "Child Protection Plan (Form CP/3) - Lacey and Mason Dobson",
    "split": "heldout",
    "template": "icpc-council-form-unusual-columns-merged",
    "description": (
        "Initial CP plan for two children (mother's relapse into heroin use, needles within reach) on a "
        "council's own landscape form with 'Agreed task', 'Accountable worker', 'Review point' and "
        "'Success indicator' columns and merged concern and outcome cells. One blank accountable worker, "
        "'All agencies', an 'Ongoing' row measured by 'Improvement in home conditions', an assessment with "
        "no success indicator and one adult-only outcome; contingency, reviews and legal step are sound."
    ),
    "landscape": True,
    "check_vmerge": 5,
    "blocks": [
        ("pr", "Aldercombe Metropolitan Borough Council"),
        ("pr", "Children's Social Care – Safeguarding and Family Support"),
        ("title", "Child Protection Plan"),
        ("p", "Form CP/3 – Plan agreed at Initial Child Protection Conference (ICPC). To be completed by the "
              "conference chair and lead social worker and circulated within 1 working day."),
        ("kv", [
            ("Child(ren)", "Lacey Dobson, DOB 19/07/2017 (7 yrs), Year 2, Highfield Lane Primary; "
                           "Mason Dobson, DOB 02/01/2022 (3 yrs), Little Owls Pre-school"),
            ("Address", "14 Corby Walk, Eastfold estate, Aldercombe"),
            ("Parent(s)/carer(s)", "Jade Dobson (mother, 29). Mason's father Ryan Tully (31) lives in Aldercombe, "
                                   "irregular contact. Lacey's father not involved."),
            ("Date of ICPC", "06/03/2025"),
            ("Category of plan", "Neglect (both children)"),
            ("Conference chair", "Marion Ellery, Child Protection Chair"),
            ("Lead social worker", "Nadia Farouk, Eastfold Locality Team"),
        ]),
        ("h2", "Section 1: Reasons for the plan"),
        ("p", "Jade has been prescribed methadone by Aldercombe Recovery Partnership since 2021. In January 2025 "
              "she relapsed into heroin use after the death of her mother. On 24/02/2025 police attending a "
              "neighbour dispute found used needles and a methadone bottle on the bathroom windowsill, within "
              "Mason's reach, and Jade drowsy and unable to give a clear account of who had been in the flat. "
              "Lacey has been late to school on 14 of the last 30 days, often in unwashed uniform, and has told "
              "staff she makes breakfast for Mason. Mason has not had his 2-year review and pre-school have "
              "raised concerns about his speech. Jade has engaged with the conference and agrees that her use "
              "has affected the children."),
        ("h2", "Section 2: The child's views, wishes and daily experience"),
        ("p", "Lacey was seen alone at school on 03/03/2025. She said \"Mummy is poorly sometimes and sleeps on the "
              "settee\" and that she gets Mason his cereal \"because he can't reach\". She said she likes it "
              "when Mummy takes them to the park and that she would like \"a proper tea every night and my hair "
              "done for school\". She does not want to live anywhere else. Mason was seen at home on 27/02/2025 "
              "and at pre-school. He was grubby, with a full nappy, and went straight to Lacey rather than Jade "
              "when he was upset. Pre-school say he uses about 10 words, eats everything at snack time and "
              "plays happily in the sand."),
        ("h2", "Section 3: The plan"),
        ("table", {
            "header": ["Ref", "Concern to be addressed", "Outcome sought for the child", "Agreed task",
                       "Accountable worker", "Review point", "Success indicator"],
            "widths": [1.2, 3.4, 3.8, 5.5, 3.6, 3.2, 5.0],
            "header_fill": "C6E0B4",
            "rows": [
                ["1.1",
                 "Jade's relapse into heroin use; needles and methadone found within the children's reach "
                 "(24/02/2025)",
                 "Lacey and Mason cannot reach needles, foil or medication anywhere in the flat.",
                 "Buy and fit a lockable box for methadone, needles and foil, and keep it locked at all times",
                 "Jade Dobson (mother)",
                 "By 14/03/2025, then checked at every SW and FSW visit",
                 "Box fitted and locked at each visit; no paraphernalia seen within the children's reach"],
                ["1.2",
                 V,
                 "Jade will be stable on her script and engage with the Recovery Partnership.",
                 "Daily supervised methadone consumption at Corby Road pharmacy, weekly key work sessions and "
                 "fortnightly drug screens",
                 "Recovery worker Simon Achebe, Aldercombe Recovery Partnership",
                 "Key work weekly; screens fortnightly",
                 "Screen results and key work attendance emailed to the SW before each core group"],
                ["2.1",
                 "The children's daily care: lateness, unwashed clothes, Mason's speech and missed health checks",
                 "Lacey and Mason are clean, fed and on time for school and pre-school every day, and Mason's "
                 "health and development needs are met.",
                 "Unannounced home visits, seeing both children and their bedrooms and speaking with Lacey on "
                 "her own",
                 "SW Nadia Farouk",
                 "Fortnightly",
                 "Visit records show Lacey seen alone; home conditions checklist completed at each visit"],
                ["2.2",
                 V,
                 V,
                 "Complete Mason's missed 2-year review, including ASQ-3, and refer for a hearing test if needed",
                 "HV Claire Pennington",
                 "By 04/04/2025",
                 "ASQ-3 scores and weight/height plotted in the red book; copy of the review sent to the SW"],
                ["2.3",
                 V,
                 V,
                 "Record Lacey's attendance, lateness and whether she has had breakfast, and send to the SW",
                 "DSL Ravi Sandhu, Highfield Lane Primary",
                 "Daily; log emailed to the SW every Friday",
                 "Attendance at 95% or above by the review conference; weekly log on file"],
                ["2.4",
                 V,
                 V,
                 "Practical help with home conditions and a bedtime routine for the children",
                 "FSW Kerry Wade",
                 "Ongoing",
                 "Improvement in home conditions"],
                ["3.1",
                 "Knowing whether Jade can keep the children safe, and who else can help",
                 "Lacey and Mason are protected by adults who know what is happening at home and act on it "
                 "quickly.",
                 "Parenting assessment of Jade, including how her drug use affects her care of the children",
                 "SW Nadia Farouk",
                 "By 25/04/2025",
                 ""],
                ["3.2",
                 V,
                 V,
                 "Refer Lacey to the Aldercombe Young Carers service and arrange a first visit",
                 "",
                 "By 28/03/2025",
                 "Lacey offered a place in the Tuesday after-school group"],
                ["3.3",
                 V,
                 V,
                 "Pass any concern about the children's care to the SW (or duty) on the same day",
                 "All agencies",
                 "Same day",
                 "Concern logged on both children's files with the action taken"],
                ["3.4",
                 V,
                 V,
                 "Ask Ryan Tully (Mason's father) whether he wants to be assessed as a carer for Mason",
                 "SW Nadia Farouk",
                 "At the first core group (20/03/2025)",
                 "Ryan's answer recorded; viability assessment started within 10 working days if he agrees"],
            ],
        }),
        ("h2", "Section 4: Contingency arrangements"),
        ("p", "If Jade's drug screen is positive for heroin, she misses two supervised doses in a row, or either "
              "child is found without a sober adult caring for them, the SW (or the Emergency Duty Team out of "
              "hours) will visit the same day and a strategy discussion will be held within 24 hours. If Jade "
              "cannot care for the children safely that day they will be placed together with Aldercombe foster "
              "carers, and the SW will request a legal planning meeting within 5 working days."),
        ("h2", "Section 5: Core group and review"),
        ("kv", [
            ("Core group", "Every 4 weeks – 20/03/2025, 17/04/2025 and 15/05/2025, 10am at Highfield Lane Primary"),
            ("Review conference", "04/06/2025 at 1.30pm, Aldercombe Town Hall, Committee Room 2"),
            ("Legal planning", "If the parenting assessment or Jade's screens show no sustained change by the "
                               "core group on 15/05/2025, the team manager will request a legal planning meeting "
                               "before the review conference."),
        ]),
        ("p", "Signed (chair): M. Ellery          Date: 06/03/2025"),
    ],
    "findings": [
        F("F002", "Jade will be stable on her script and engage with the Recovery Partnership."),
        F("T002", "Practical help with home conditions and a bedtime routine"),
        F("M002", "Practical help with home conditions and a bedtime routine"),
        F("M001", "Parenting assessment of Jade, including how her drug use affects"),
        F("W001", "Refer Lacey to the Aldercombe Young Carers service"),
        F("W002", "Pass any concern about the children's care to the SW"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan, "Baby's need" merged column, PDF with header and page
#    footer on every page
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_bramblethorpe_prebirth_need_table_mallory.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Mallory",
    "split": "heldout",
    "template": "prebirth-baby-need-merged-paged",
    "description": (
        "Pre-birth plan (19-year-old care leaver with depression; father's cannabis use and past violence) "
        "with a merged 'Baby's need' column, OFFICIAL-SENSITIVE header and 'Page N of M' footer. A perinatal "
        "nurse who only supports and a 'feels more able to cope' measure, 'ASAP' and 'when a place becomes "
        "available', a birth plan with no owner, an adult-only outcome; the grandmother houses mother and "
        "baby and supervises contact but the contingency never covers her, and the review conference is "
        "'to be arranged after the birth'."
    ),
    "header": "OFFICIAL-SENSITIVE – Bramblethorpe Children's Services – Pre-birth plan",
    "footer": "Baby Mallory – plan agreed 18/03/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 3,
    "font": "Calibri",
    "font_size": 11,
    "blocks": [
        ("title", "Pre-Birth Child Protection Plan"),
        ("h2", "Section A – Details"),
        ("kv", [
            ("Unborn baby", "Baby Mallory (a girl, from the 20-week scan), due 30/05/2025"),
            ("Mother", "Kirsty-Ann Mallory (19), care leaver, Wren House supported flats, Bramblethorpe"),
            ("Father", "Dean Ashby (23), lives with his brother in Tollgate Road"),
            ("Maternal grandmother", "Lorraine Mallory (46), 9 Sycamore Close, Bramblethorpe"),
            ("Conference", "Pre-birth initial child protection conference, 18/03/2025"),
            ("Category", "Neglect and emotional abuse (risk of)"),
            ("Social worker", "Owen Pryce, Bramblethorpe Children's Services, Pre-birth and Infant Team"),
            ("Personal adviser", "Jas Kaur, Leaving Care Service"),
        ]),
        ("h2", "Section B – Summary of risk"),
        ("p", "Kirsty was in foster care from the age of 11. She has a history of depression and self-harm and "
              "was referred to the Bramblethorpe perinatal mental health team at 16 weeks after she told her "
              "midwife she was \"not sleeping and crying all the time\". Dean smokes cannabis daily and has a "
              "2022 caution for assaulting a previous partner. Kirsty says Dean has never hurt her, but "
              "neighbours at Wren House reported shouting in February. Kirsty's flat is a single room with damp "
              "in the corner and no space for a cot. Kirsty's mum Lorraine has offered to have Kirsty and the "
              "baby to live with her after the birth."),
        ("h2", "Section C – Baby's world"),
        ("p", "At the 20-week scan on 21/01/2025 the baby was growing well. Kirsty smokes about 10 cigarettes a "
              "day and has cut down from 20. At the midwife's home visit on 04/03/2025 the room was cold, there "
              "was mould on the wall by the bed and Dean's cannabis could be smelt in the corridor. Kirsty has "
              "bought a Moses basket and a bag of baby clothes, talks to the bump and showed the SW the scan "
              "photo on her phone. Dean has attended one antenatal appointment."),
        ("h2", "Section D – What we want for baby"),
        ("bullets", [
            "Baby is fed, warm and sleeps safely on her back in her own Moses basket, and gains weight along "
            "her centile.",
            "Baby is never left alone with Dean until the pre-birth assessment says it is safe.",
            "Kirsty's mental health will be stable and she will engage with the perinatal team.",
        ]),
        ("pagebreak",),
        ("h2", "Section E – The plan"),
        ("table", {
            "header": ["Baby's need", "What will be done", "By whom", "By when", "Evidence of progress"],
            "widths": [2.8, 4.6, 3.0, 2.6, 4.0],
            "header_fill": "DDEBF7",
            "rows": [
                ["Safe sleep, feeding and health checks from birth",
                 "Antenatal home contacts covering safe sleep, feeding and coping with crying (ICON)",
                 "Community midwife Joanne Keele",
                 "At 28, 32 and 36 weeks",
                 "Safe sleep and ICON checklists signed by Kirsty and Dean and recorded in the maternity notes"],
                [V,
                 "Birth plan and discharge planning meeting on the ward",
                 "",
                 "Before 36 weeks",
                 "Signed birth plan on the maternity record, copied to the SW and EDT"],
                [V,
                 "New birth visit, then weekly weights for the first 6 weeks",
                 "HV Priya Raman",
                 "Day 10–14 after the birth, then weekly",
                 "Weights plotted in the red book and sent to the SW each week"],
                ["A mum who is well enough to care for baby",
                 "Weekly support visits to Kirsty for her low mood and anxiety",
                 "Perinatal mental health nurse Hayley Brook",
                 "Weekly",
                 "Kirsty feels more able to cope"],
                [V,
                 "Assess Dean's cannabis use and agree a plan for him to stop",
                 "Bramblethorpe Drug and Alcohol Service, duty worker Mark Ellis",
                 "ASAP",
                 "Assessment outcome and Dean's plan sent to the SW"],
                ["Baby is kept safe from violence",
                 "Pre-birth assessment, including Dean's history of violence to a previous partner",
                 "SW Owen Pryce",
                 "By 02/05/2025 (36 weeks)",
                 "Written assessment shared with Kirsty, Dean and the core group by 02/05/2025"],
                [V,
                 "Attend the Choices domestic abuse perpetrator programme",
                 "Dean Ashby, with Choices facilitator Gary Lund",
                 "When a place becomes available",
                 "Attendance record and facilitator's report to the core group"],
                [V,
                 "Supervise all of Dean's time with the baby",
                 "Lorraine Mallory (MGM)",
                 "Every contact, from birth",
                 "Contact log signed by Lorraine and checked by the SW at each visit"],
                ["Somewhere safe and warm to live",
                 "Kirsty and baby to live with Lorraine for the first 6 weeks after discharge, with the Moses "
                 "basket set up in Lorraine's back bedroom",
                 "Lorraine Mallory (MGM) and Kirsty",
                 "From discharge, for 6 weeks",
                 "SW and HV see Kirsty and baby at Lorraine's at every visit; Moses basket seen in place"],
            ],
        }),
        ("h2", "Section F – Contingency plan"),
        ("p", "If Dean comes to Lorraine's house under the influence of cannabis or alcohol, if there is any "
              "report of violence between Kirsty and Dean, or if Kirsty tells any professional she is thinking "
              "of harming herself or the baby, the SW (or EDT out of hours) will hold a strategy discussion the "
              "same day and the baby will be placed with Bramblethorpe foster carers. The SW will request a "
              "legal planning meeting within 2 working days."),
        ("h2", "Section G – Monitoring the plan"),
        ("bullets", [
            "Core group: every 4 weeks – 09/04/2025, 07/05/2025 and 04/06/2025, at Bramblethorpe Family Hub.",
            "Review child protection conference: to be arranged after the birth.",
            "Pre-birth assessment to be presented to the core group on 07/05/2025.",
        ]),
        ("p", "Distribution: Kirsty Mallory, Dean Ashby, Lorraine Mallory, core group members, conference file."),
    ],
    "findings": [
        F("F002", "Kirsty's mental health will be stable and she will engage with the perinatal team."),
        F("W001", "Birth plan and discharge planning meeting on the ward"),
        F("H001", "Weekly support visits to Kirsty for her low mood and anxiety"),
        F("M002", "Weekly support visits to Kirsty for her low mood and anxiety"),
        F("T002", "Assess Dean's cannabis use and agree a plan for him to stop"),
        F("T002", "Attend the Choices domestic abuse perpetrator programme"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Looked-after child's care plan extract (Part 2, by dimension of need),
#    one small table per section (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_cobbleford_lac_care_plan_extract_fairclough.docx",
    "doc_title": "Care Plan Part 2 (extract) - Leon Fairclough",
    "split": "heldout",
    "template": "lac-care-plan-part2-dimension-tables",
    "description": (
        "Extract from a looked-after 12-year-old's care plan (s20, mother's alcohol dependency, PLO) with an "
        "outcome line and a small Action | Responsible | Timescale | Measure of success table per dimension. "
        "'As and when', a tuition row with no measure, 'Leon's behaviour improving', 'Professional network'; "
        "only the mother owns the alcohol action and only a LAC review is set. Aunt and grandfather's family "
        "time is covered in the contingency; PLO legal step present; the child is not in hospital."
    ),
    "blocks": [
        ("p", "COBBLEFORD COUNCIL – CHILDREN IN CARE SERVICE"),
        ("title", "Care Plan – Part 2: How Leon's needs will be met"),
        ("p", "EXTRACT prepared for the second looked after review. Part 1 (legal, placement and contact "
              "details) and Part 3 (permanence report) are held on the case record."),
        ("kv", [
            ("Name", "Leon Fairclough"),
            ("Date of birth", "17/08/2012 (12)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 09/12/2024"),
            ("Placement", "Sue and Martin Hadley, Cobbleford in-house foster carers, Nettlebed Lane"),
            ("Social worker", "Farah Quadri, Children in Care Team 1"),
            ("IRO", "Gwen Talbot"),
            ("Date of this plan", "27/03/2025"),
        ]),
        ("h1", "Why Leon is looked after"),
        ("p", "Leon was on a child protection plan (neglect) from June 2023 to July 2024. On 08/12/2024 police found "
              "him alone in the house late at night; his mother, Stacey Fairclough, had been drinking and was "
              "found asleep in a friend's car. Stacey has been alcohol dependent for several years and has had "
              "two detoxes. She agreed to Leon being accommodated. A pre-proceedings (PLO) letter was sent on "
              "20/01/2025."),
        ("h1", "Leon's wishes and feelings"),
        ("p", "Leon told me on 18/03/2025 that he likes living with Sue and Martin \"because there's always food "
              "and Martin takes me to the tip in the van\". He misses his mum and wants to go home \"when she's "
              "properly stopped, not like last time\". He wants to see his Grandad Phil more and to keep going "
              "to Auntie Gemma's on Saturdays. He hates maths and says his teacher \"always picks on me\". He "
              "finds it hard to get to sleep and sometimes punches his pillow. He asked that his mum is not "
              "told what he says about her drinking."),
        ("h1", "Permanence plan"),
        ("p", "The plan is for Leon to return home to Stacey if she can show at least 3 months of abstinence, "
              "confirmed by hair strand and blood tests, and keep it up during a phased return. The parallel "
              "plan is long-term foster care with Sue and Martin, who have said they would care for Leon until "
              "he is 18."),
        ("h1", "1. Health"),
        ("p", "Outcome for Leon: Leon is healthy, up to date with his checks, and sleeps through most nights."),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Complete Leon's review health assessment and update his health plan",
                 "LAC nurse Bridget Omondi",
                 "By 30/05/2025",
                 "RHA report on file and health plan actions added to this care plan"],
                ["Take Leon to the dentist and optician for his overdue checks",
                 "Foster carers Sue and Martin Hadley",
                 "As and when",
                 "Appointments and results recorded in the placement diary"],
            ],
        }),
        ("h1", "2. Education"),
        ("p", "Outcome for Leon: Leon goes to school every day and catches up in maths and reading by the end "
              "of Year 8."),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["PEP meeting to agree SMART targets and how Pupil Premium Plus is spent",
                 "Designated teacher Dale Umeh, Cobbleford Academy",
                 "Termly; next PEP 08/05/2025",
                 "Signed PEP with targets uploaded to ePEP within 5 days of the meeting"],
                ["One-to-one maths tuition through the virtual school",
                 "Virtual school caseworker Anita Rowe",
                 "Weekly from 28/04/2025",
                 ""],
            ],
        }),
        ("h1", "3. Emotional and behavioural development"),
        ("p", "Outcome for Leon: Leon can manage his anger without hurting himself or anyone else, and "
              "understands why he is in care."),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Refer Leon to CAMHS Looked After Children team about his anger and poor sleep",
                 "SW Farah Quadri",
                 "By 11/04/2025",
                 "Leon's behaviour improving"],
                ["Life story work with Leon, using his memory box",
                 "SW Farah Quadri",
                 "Monthly sessions, first on 15/04/2025",
                 "Pages added to Leon's life story book, which Leon keeps"],
                ["Statutory visits to Leon at the Hadleys', seeing him on his own",
                 "SW Farah Quadri",
                 "Every 4 weeks",
                 "Visit records show Leon seen alone and his views written up"],
            ],
        }),
        ("h1", "4. Family and social relationships"),
        ("p", "Outcome for Leon: Leon keeps a safe, regular relationship with his mum, his aunt and his grandad."),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Supervise Saturday family time between Leon and his mum at Gemma's home",
                 "Gemma Fairclough (maternal aunt)",
                 "Every Saturday, 10am–1pm",
                 "Family time record signed by Gemma and emailed to the SW by Monday"],
                ["Overnight stay at Grandad Phil's; Phil will not let Stacey visit if she has been drinking",
                 "Phil Fairclough (maternal grandfather)",
                 "Every other Friday night",
                 "Phil texts the SW at drop-off and pick-up; Leon's account of the stay noted in the placement "
                 "diary"],
            ],
        }),
        ("h1", "5. Parenting capacity and returning home"),
        ("p", "Outcome for Leon: Leon can go home to a mum who is sober and able to look after him."),
        ("table", {
            "header": ["Action", "Responsible", "Timescale", "Measure of success"],
            "widths": [6.0, 3.6, 3.0, 4.4],
            "rows": [
                ["Stacey to attend the Cobbleford Alcohol Service and keep all her appointments",
                 "Stacey Fairclough (mother)",
                 "Weekly",
                 "Attendance letters shown to the SW each month"],
                ["Share information on Leon's progress ahead of his LAC review",
                 "Professional network",
                 "10 working days before each LAC review",
                 "Written reports received by the IRO"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Leon goes missing overnight or the Hadleys give notice, Leon will move the same day to "
              "Cobbleford's emergency foster carers, Mr and Mrs Dyer, and a placement stability meeting will be "
              "held within 5 working days. If Gemma cannot supervise Saturday family time, or Phil cannot have "
              "Leon overnight, that week's family time will take place at Lark Lane Family Centre, supervised by "
              "FSW Dionne Clarke, and there will be no overnight stay."),
        ("h1", "Legal planning"),
        ("p", "The PLO review meeting is on 20/06/2025. If Stacey has not shown 3 months' abstinence by then "
              "(clear hair strand and blood tests), the SW will take Leon's case back to the legal gateway panel "
              "to issue care proceedings."),
        ("h1", "Reviewing this plan"),
        ("bullets", [
            "Next looked after review: 03/07/2025, chaired by Gwen Talbot (IRO).",
            "Statutory visits every 4 weeks; PEP termly.",
            "Placement support meetings with the Hadleys' supervising social worker every 6 weeks.",
        ]),
    ],
    "findings": [
        F("T002", "Take Leon to the dentist and optician for his overdue checks"),
        F("M001", "One-to-one maths tuition through the virtual school"),
        F("M002", "Refer Leon to CAMHS Looked After Children team"),
        F("W002", "Share information on Leon's progress ahead of his LAC review"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety plan: danger statement, safety goals, scaling, three
#    houses, Next step | Who | By when | How we'll know. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_duncarrow_sos_next_steps_haddon.md",
    "split": "heldout",
    "template": "signs-of-safety-next-step-who-by-when-md",
    "description": (
        "Exemplary Signs of Safety ICPC plan for two children (father's violence and drinking, mother's "
        "anxiety): danger statement, child-focused safety goals, scaling, three houses, safety network and "
        "a Next step | Who | By when | How we'll know table. The alcohol service and GP own actions, aunt "
        "and grandmother's help is covered in a specific contingency, core group and review dates are set "
        "and a legal planning meeting follows named triggers."
    ),
    "text": """\
# Duncarrow City Council – Children's Services
## Child Protection Plan (Signs of Safety)

**Children:** Zara Haddon (9, Year 4, Meadowside Primary) and Theo Haddon (4, Acorn Tree Nursery)
**Mum:** Leanne Haddon (33) – the children live with her at 22 Larkspur Road
**Dad:** Craig Haddon (36) – moved out on 28/12/2024, lives with his sister Mel
**Initial child protection conference:** 13/03/2025   **Category:** Emotional abuse
**Social worker:** Imogen Tate   **Team manager:** Paul Brennan

---

### What are we worried about?

**Danger statement**

Children's services, Leanne, the police and Zara's school are worried that if
Craig drinks and gets angry when he is with the family, Zara and Theo could be
hurt, as Theo nearly was when Craig pushed the high chair over on 27/12/2024,
and that they will keep growing up frightened, as Zara is now when she hears a
car door slam at night.

**Complicating factors**

- Craig drinks most days and says he "can stop whenever he wants".
- Leanne has had anxiety since Theo was born and has not been sleeping; she
  worries about managing on her own.
- Craig still has a key to the house (Leanne is getting the locks changed).

### What's working well?

- Leanne asked Craig to leave and called the police herself on 27/12/2024.
- Mel and June (Craig's sister and mum) have supervised every contact since
  January and have stopped it once when Craig smelt of drink.
- Zara's attendance is 97% and she has a close friend, Amelie.
- Craig has agreed to go on the Caring Dads programme.

### Safety goals

1. Zara and Theo only see their dad when Mel or June is with them and Craig is
   sober, and they come home from contact calm.
2. Zara and Theo live in a home where nobody shouts, hits or throws things, and
   are never at home when Craig is there.
3. Zara knows who to call if she is scared, and Theo sleeps through the night
   in his own bed.

### Scaling

0 = the children cannot stay at home with Leanne; 10 = everyone is confident
the children are safe enough to close the plan.

Imogen (SW) 4 · Leanne 6 · Mel 7 · Meadowside Primary 5 · Acorn Tree Nursery 5

### Zara's words and Theo's world

Zara and I did "three houses" at school on 10/03/2025.

- **House of worries:** "Daddy shouting", "the high chair", "when Mummy cries in
  the bathroom".
- **House of good things:** "Auntie Mel's trampoline", "Mummy doing my plaits",
  "Amelie".
- **House of dreams:** "Daddy stops drinking beer and we go to the seaside, but
  I still live with Mummy."

Zara said she wants to keep seeing her dad "but only when Auntie Mel is there".
Theo was seen at home and at nursery. He runs to Leanne when the doorbell goes,
wakes most nights and climbs into her bed, and at nursery he plays "police
cars" and crashes them together. His key worker says he is settling better
since January and loves the water tray.

### Safety network

Leanne (mum); Mel Haddon (paternal aunt); June Haddon (paternal grandmother);
Leanne's friend Rachel Osei (next door); Mrs Ruth Ibbotson (DSL, Meadowside
Primary); Priya Sandhu (Theo's key worker).

### Next steps

| Next step | Who | By when | How we'll know |
|---|---|---|---|
| See Zara and Theo at home and at school/nursery, Zara on her own, and do words and pictures work with Zara | Imogen Tate (SW) | Every 2 weeks | Visit notes record what Zara says and how Theo plays; shared at each core group |
| Make a safety plan with Zara so she knows who to call if she is scared | Imogen Tate (SW), with Zara | By 04/04/2025 | Zara can name three safe adults and keeps her copy in her bedroom (checked at the next visit) |
| Supervise all of Craig's contact with Zara and Theo at Mel's house | Mel Haddon (paternal aunt) | Every Saturday, 10am–1pm | Contact sheet signed by Mel and Craig, sent to the SW by Monday |
| Take Zara and Theo to school and nursery so Leanne can go to her IDVA sessions | June Haddon (paternal grandmother) | Every Wednesday and Friday | School and nursery registers show both children in on time |
| Go to the Caring Dads programme and talk about how the children felt when he was violent | Craig Haddon, with facilitator Rob Lyle | Starts 07/04/2025, weekly for 17 weeks | Attendance record and facilitator's mid-point report to the core group by 02/06/2025 |
| Alcohol assessment for Craig, then a breath test before every contact so he is sober with the children | Ameena Shah, Next Step Alcohol Service | Assessment by 28/03/2025; breath test before each Saturday contact | Assessment report and every test result sent to the SW; any positive test means contact does not go ahead |
| Review Leanne's anxiety and sleep medication and write to the SW about how she is managing Zara and Theo | Dr Femi Osei (GP), Larkspur Medical Practice | By 11/04/2025 | GP letter on the children's file before the core group on 24/04/2025 |
| Safety planning with Leanne, including what she will do to keep Zara and Theo safe if Craig comes to the house | Carla Moss (IDVA), Duncarrow Women's Aid | Weekly until 30/05/2025 | DASH risk assessment repeated by 30/05/2025; Leanne's written safety plan copied to the SW |
| Check in with Zara and let her choose a safe adult at school | Mrs Ruth Ibbotson (DSL) | Every Monday morning | Check-in log sent to the SW every fortnight |
| Note Theo's play, sleep and any worries at nursery | Priya Sandhu (key worker), Acorn Tree Nursery | Every day; summary every Friday | Weekly summary emailed to the SW and saved on Theo's file |

### If the safety plan isn't followed

- If Craig comes to the house, or contact happens without Mel or June there,
  Leanne will call 999 and then Imogen (or the Emergency Duty Team out of
  hours). Imogen will hold a strategy discussion the same day and all contact
  will stop until the core group has met.
- If Mel or June cannot supervise a Saturday, contact does not go ahead that
  week, and Imogen will arrange supervised contact at Duncarrow Family Centre,
  with a family support worker, within 7 days.
- If June cannot do the Wednesday or Friday school run, Rachel Osei will take
  the children and Leanne's IDVA session will be moved to the afternoon.
- If Craig has contact outside this plan, tests positive for alcohol twice, or
  Leanne lets him back into the house, Imogen will ask the team manager for a
  legal planning meeting within 5 working days.

### Reviewing the plan

- Core group every 4 weeks: 27/03/2025, 24/04/2025 and 22/05/2025, 9.30am at
  Meadowside Primary.
- Review child protection conference: 12/06/2025, 10am, Duncarrow Civic
  Centre.
- Zara will be asked to re-do her three houses before each core group, and her
  scaling and Leanne's will be added to the plan.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Core group update with an action log (Ref | Action | Lead | By |
#    Evidence | Status), family moving to another authority; PDF with header
#    and page footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_fallowmere_core_group_update_reilly.pdf",
    "doc_title": "Core Group Meeting 3 - Kayden and Maisie Reilly",
    "split": "heldout",
    "template": "core-group-update-status-action-log-paged",
    "description": (
        "Record of a third core group (neglect; mother's depression under the CMHT, father's cannabis use; "
        "family moving to another council) with agency updates and a Ref | Action | Lead | By | Evidence | "
        "Status log, header and 'Page N of M' footer. A CMHT row that only supports, with 'mood monitored'; "
        "'TBC' and 'to restart in Hexley'; a parenting assessment and FSW work left for the new authority; "
        "'Core group' as owner; two rows with no evidence; vague contingency and no legal step."
    ),
    "header": "OFFICIAL-SENSITIVE | Fallowmere Council Children's Services | Reilly – core group 3",
    "footer": "Core group record 24/04/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Arial",
    "font_size": 10,
    "blocks": [
        ("title", "Core Group Meeting – Record and Action Log"),
        ("kv", [
            ("Children", "Kayden Reilly (DOB 05/06/2016, 8) and Maisie Reilly (DOB 11/02/2024, 14 months)"),
            ("Parents", "Tanya Reilly and Lee Reilly, 31 Bellfield Crescent, Fallowmere"),
            ("Plan", "Child protection plan since ICPC 13/02/2025 – Neglect"),
            ("Meeting", "Core group meeting 3, 24/04/2025, 10am–11.30am, Fallowmere Family Hub"),
            ("Chair / minutes", "Bethany Cole (SW) / Sian Moore (business support)"),
        ]),
        ("boldp", "Present"),
        ("p", "Tanya Reilly (mum); Lee Reilly (dad); Bethany Cole (SW); Ayesha Noor (HV); Lynn Hurst (DSL, "
              "Ashgrove Primary); Dan Whitlock (care coordinator, Fallowmere CMHT); Kim Barlow (FSW); Carl "
              "Dyson (housing officer, Fallowmere Homes)."),
        ("boldp", "Apologies"),
        ("p", "Jo Ledger (Compass drug service) – update sent by email."),
        ("h2", "1. Outcomes for the children (agreed at ICPC)"),
        ("bullets", [
            "Kayden gets to school every day, on time and having eaten, and has clean clothes.",
            "Maisie is fed regularly, gains weight and has her health checks and immunisations.",
            "Kayden and Maisie are cared for by parents who are awake, sober and able to respond to them.",
        ]),
        ("h2", "2. Children's views and experience"),
        ("p", "Bethany saw Kayden on his own at school on 15/04/2025. He said home is \"a bit better\" because "
              "Dad gets up with him now, but Mum \"stays in bed a lot\". He is excited about moving because "
              "\"I'll have my own room\" but sad about leaving his friend Cody and his football team. He asked "
              "if his new school has a football club. Maisie was seen at home on 15/04/2025 and 22/04/2025; she "
              "was walking, babbling and went to both parents for comfort. Her nappy was clean on both visits."),
        ("h2", "3. Agency updates"),
        ("p", "SW: home conditions have improved since the last core group; there was food in the fridge on both "
              "visits. The family have been offered a three-bedroom house in Hexley (Hexley Borough Council) "
              "and hope to move on 30/05/2025."),
        ("p", "HV: Maisie weighed 9.1kg on 10/04/2025 (25th centile, up from the 9th). Her 12-month review and "
              "immunisations are still outstanding after two missed appointments."),
        ("p", "School: Kayden's attendance this half term is 91%. He has been late 6 times and came in without "
              "breakfast twice. Staff have noticed he is calmer in class."),
        ("p", "CMHT: Tanya has been seen fortnightly. Her mood remains low but she is taking her sertraline. "
              "Dan will continue to see her until the move and will pass her details to the Hexley team."),
        ("p", "Compass (email): Lee is on the waiting list for structured cannabis work. He says he has cut "
              "down to weekends only."),
        ("p", "Housing: the Hexley tenancy start date is not yet confirmed; Carl is chasing the housing "
              "association."),
        ("h2", "4. Transfer"),
        ("p", "Bethany will send a transfer request to Hexley Children's Services once the move date is known. "
              "Hexley should hold a transfer-in conference within 15 working days of the move. Until then "
              "Fallowmere keeps case responsibility."),
        ("h2", "5. Action log"),
        ("table", {
            "header": ["Ref", "Action", "Lead", "By", "Evidence", "Status"],
            "widths": [1.9, 4.5, 2.9, 2.6, 3.3, 1.8],
            "header_fill": "E2EFDA",
            "rows": [
                ["CG3/01",
                 "Home visits to see Kayden and Maisie, seeing Kayden on his own at least once a month",
                 "SW Bethany Cole",
                 "Fortnightly",
                 "Visit records; Kayden's words recorded on his file",
                 "Carried forward – on track"],
                ["CG3/02",
                 "Chase Maisie's 12-month review and overdue immunisations",
                 "HV Ayesha Noor",
                 "By 09/05/2025",
                 "Review and immunisations recorded in the red book; copy to the SW",
                 "New"],
                ["CG3/03",
                 "Continue support visits to Tanya at home and at clinic",
                 "CMHT care coordinator Dan Whitlock",
                 "Fortnightly",
                 "Tanya's mood monitored",
                 "Carried forward"],
                ["CG3/04",
                 "Lee to start structured cannabis work with Compass",
                 "Compass worker Jo Ledger",
                 "TBC – Lee is on the waiting list",
                 "Attendance and drug screens shared with the SW monthly",
                 "Carried forward – not started"],
                ["CG3/05",
                 "Parenting assessment of Tanya and Lee to be picked up by Hexley",
                 "Hexley Children's Services",
                 "Once the case transfers",
                 "",
                 "Not started"],
                ["CG3/06",
                 "Family support sessions on routines and Maisie's feeding – paused until the family have moved",
                 "FSW Kim Barlow",
                 "To restart in Hexley",
                 "Routine chart in use; Maisie's meals written in the food diary",
                 "Paused"],
                ["CG3/07",
                 "Get Kayden to school every day with breakfast eaten or a snack packed",
                 "Tanya and Lee",
                 "Every school day",
                 "Attendance at 95% or above on the school register",
                 "91% this half term"],
                ["CG3/08",
                 "Tell the SW about any new concerns for Kayden or Maisie",
                 "Core group",
                 "Same day",
                 "Concerns logged on the children's files",
                 "Ongoing"],
                ["CG3/09",
                 "Confirm the move date and the new address in Hexley",
                 "Housing officer Carl Dyson, Fallowmere Homes",
                 "By 02/05/2025",
                 "",
                 "New"],
                ["CG3/10",
                 "Send Kayden's safeguarding file to his new school",
                 "DSL Lynn Hurst, Ashgrove Primary",
                 "Before Kayden's last day at Ashgrove",
                 "New school confirms in writing that the file has arrived",
                 "New"],
            ],
        }),
        ("h2", "6. Contingency"),
        ("p", "If things deteriorate at home or the family do not work with the plan, Bethany will discuss the "
              "case with her team manager and consider next steps, including whether the conference needs to be "
              "reconvened."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Next core group: 22/05/2025, 10am, Fallowmere Family Hub (the last before the move), then monthly.",
            "Review child protection conference: 19/06/2025, Fallowmere Civic Offices, unless Hexley have held "
            "the transfer-in conference by then.",
        ]),
        ("p", "Record agreed by the chair on 25/04/2025 and sent to all core group members."),
    ],
    "findings": [
        F("H001", "Continue support visits to Tanya at home and at clinic"),
        F("M002", "Continue support visits to Tanya at home and at clinic"),
        F("T002", "Lee to start structured cannabis work with Compass"),
        F("X001", "Parenting assessment of Tanya and Lee to be picked up by Hexley"),
        F("M001", "Parenting assessment of Tanya and Lee to be picked up by Hexley"),
        F("X001", "Family support sessions on routines and Maisie's feeding"),
        F("T002", "Family support sessions on routines and Maisie's feeding"),
        F("W002", "Tell the SW about any new concerns for Kayden or Maisie"),
        F("M001", "Confirm the move date and the new address in Hexley"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Child-friendly "My plan" written with a 10-year-old (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_gildersby_my_plan_child_friendly_pritchard.md",
    "split": "heldout",
    "template": "child-friendly-my-plan-table-md",
    "description": (
        "Child-friendly plan written with a 10-year-old (mother's drinking, her boyfriend's violence) in the "
        "child's words, with a What will happen | Who | When | How we'll know table. 'I feel happier' as a "
        "measure, 'when Mum needs a break' and 'when there's a place', 'Everyone' keeping an eye with no "
        "measure; Nana does pick-ups and sleepovers but the contingency sends the children to Nana; the next "
        "big meeting is only 'in the summer'. Drink and drug team owns an action; legal meeting named."
    ),
    "text": """\
# My Plan

## Ellie-May's child protection plan

Made with Ellie-May Pritchard (age 10) at her school on 9 April 2025, after the
big meeting (the child protection conference) on 3 April 2025.

- My brother is Jaxon. He is 6.
- I live with Mum (Donna) at 5 Kestrel Way, Gildersby.
- My social worker is Lucy Barnes from Gildersby Children's Services.
- The plan is because of **neglect** and **emotional harm**.

---

## Why the grown-ups are worried

Mum's boyfriend Carl hit Mum in the kitchen in March when me and Jaxon were
there. The police came. Mum has been drinking a lot of wine and some nights
she falls asleep on the sofa and doesn't make tea, so I make toast for me and
Jaxon. Jaxon has been wetting the bed and missing school.

## What I think

- I love my mum and I want to stay living with her and Jaxon.
- I don't want Carl to come back. He is "shouty" and I hide in my wardrobe.
- I like it at Nana Sheila's because she makes shepherd's pie and lets us
  watch Bluey.
- I worry about Mum when she is sad.
- I don't like it when people at school ask me questions in front of my
  friends.

## What I want to happen

- I want to feel safe at home and not hear shouting or hitting.
- I want a proper tea every night and to not have to look after Jaxon on my own.
- I want Jaxon to go to school every day and not be teased about wet beds.

## What is going to happen

| What will happen | Who | When | How we'll know it's working |
|---|---|---|---|
| Lucy (my social worker) will come and see me at home and at school, and talk to me on my own | Lucy | Every 2 weeks | Lucy writes down what I say and reads it back to me |
| Mum won't let Carl come to our house or see us | Mum | Every day | Carl is never there when Lucy or Nana come round, and there are no police call-outs to our house |
| Sam from the Gildersby Drink and Drug Team will see Mum and do breath tests | Sam | Every week | Sam tells Lucy the test results, and they are all clear |
| Mrs Khan will check in with me when I get to school | Mrs Khan (my teacher) | Every morning | I feel happier at school |
| Nana Sheila will pick me and Jaxon up from school and give us tea | Nana | Tuesdays and Thursdays | Nana signs the pick-up book in the school office |
| Nana will have us for a sleepover at her house if Mum needs a break | Nana | When Mum needs a break | Nana writes the sleepover dates on the calendar on our fridge |
| Everyone will keep an eye on me and Jaxon | Everyone | Every day | |
| Mrs Okoro (the school nurse) will help Jaxon with his wet beds | Mrs Okoro | Before half term (23 May) | Jaxon has a dry-night chart and a plan that Mum has a copy of |
| Mum will go on a course about staying safe in relationships (the Freedom Programme) | Mum | When there's a place | Mum gets her certificate at the end |

## If things go wrong

If Carl comes to our house, or Mum has been drinking when she is looking after
us, Mum or me will ring Lucy (or 999 if it is scary). Me and Jaxon will go and
stay at Nana Sheila's that night. Lucy will have a meeting with her manager and
the council's lawyers (a legal planning meeting) within a week to decide if
they need to go to court.

## When we'll check the plan

Lucy, Mum, Nana, Mrs Khan, Mrs Okoro and Sam will meet every month to check
the plan is working. The next one is on 24 April. There will be another big
meeting in the summer to see how things are going.

*Lucy will go through this plan with me again at my next visit. I can change
the words if they are not right.*
""",
    "findings": [
        F("M002", "Mrs Khan will check in with me when I get to school"),
        F("T002", "Nana will have us for a sleepover at her house"),
        F("W002", "Everyone will keep an eye on me and Jaxon"),
        F("M001", "Everyone will keep an eye on me and Jaxon"),
        F("T002", "Mum will go on a course about staying safe in relationships"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A health visitor's plan written mostly as prose (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_hessleford_hv_prose_kerr.txt",
    "split": "heldout",
    "template": "health-visitor-prose-plan",
    "description": (
        "A health visitor's plan for a 7-week-old (mother's postnatal depression, faltering weight), written "
        "as prose under plain headings with one action per sentence. A passive referral to the perinatal "
        "team and a passive course offer, a hedged GP visit with no date, 'when I can', housing with no date; "
        "most actions are the mother's own needs, no adult service owns an action, an adult-only hope, "
        "'further concerns' contingency that only discusses, and no legal step."
    ),
    "text": """\
HESSLEFORD COMMUNITY HEALTH SERVICES - 0-19 SERVICE (HEALTH VISITING)
Eastgate Health Visiting Team, Eastgate Family Hub, Mill Street, Hessleford

CHILD PROTECTION PLAN - HEALTH VISITOR'S WRITTEN PLAN

Child:        Noah Kerr, born 21/02/2025 (7 weeks)
Parents:      Chloe Kerr (20) and Josh Penrose (22)
Address:      Flat 3, 18 Tannery Row, Hessleford
Conference:   Initial child protection conference 08/04/2025 - Neglect
Written by:   Rachel Dunmore, Health Visitor (RD)
Date:         11/04/2025


Background

I have known Chloe since her antenatal contact at 28 weeks. Noah was born at
39 weeks weighing 3.4kg (50th centile). Chloe stopped breastfeeding at 10 days
and since then Noah's weight has dropped to just below the 9th centile. At the
new birth visit Chloe scored 19 on the Edinburgh Postnatal Depression Scale and
told me she "can't feel anything" for Noah some days. Her GP diagnosed
postnatal depression on 18/03/2025 and started her on sertraline, but she told
me last week that she has stopped taking it because it made her feel sick.
Josh works nights at the distribution centre and sleeps in the day, so Chloe is
on her own with Noah for most of the day and night. The flat is damp and the
bedroom wall has black mould behind Noah's cot.


Noah's day, as I have seen it

On my visits Noah has often been in his bouncer facing the television, and on
two visits he was still in the babygro I saw him in the day before. Feeds are
made up in advance and left on the side, and Chloe told me she sometimes "props
the bottle" so she can lie down. When Josh is home Noah is picked up quickly
and Josh talks to him during changes, and Noah watches his face and smiles. On
the visit on 09/04/2025 Noah fed well for me, finished 120ml and settled on
Chloe's shoulder. He has a mild nappy rash and a flat patch on the back of his
head.


What we hope will be different

We hope that Noah will keep gaining weight and be back towards the 25th centile
by the time he is 12 weeks old, and that he is held for his feeds and has time
on his tummy and out of the bouncer every day. We also hope that Chloe's mood
will lift and she will feel more confident as a mum.


What will happen

I will visit Noah at home every week until he is 12 weeks old, weigh him and
plot his weight in the red book, and send the chart to the social worker after
each visit. A referral will be made to the Hessleford perinatal mental health
team about Chloe's low mood by 02/05/2025. Chloe will hopefully go to see her
GP about her low mood and her sleep. I will try to repeat the Edinburgh
Postnatal Depression Scale with Chloe when I can. Chloe is going to contact
Hessleford Housing Options about the damp in the flat. Josh has agreed to do
the 2am feed every night so that Noah is fed while Chloe sleeps, and he will
fill in the feed chart on the fridge. Chloe will be offered a place on the
Mellow Mums wellbeing course at the Family Hub. The social worker, Adaeze
Abara, will see Noah at home every fortnight and record how Chloe and Josh
respond to his cues.


If things do not improve

If I have any further concerns about Noah I will discuss them with my
safeguarding supervisor and the social worker.


Reviewing the plan

The core group will meet every four weeks, first on 17/04/2025 at Eastgate
Family Hub. The review child protection conference is booked for 01/07/2025.


Rachel Dunmore
Health Visitor, Eastgate Team
""",
    "findings": [
        F("W001", "A referral will be made to the Hessleford perinatal mental health"),
        F("M001", "A referral will be made to the Hessleford perinatal mental health"),
        F("T001", "Chloe will hopefully go to see her GP about her low mood"),
        F("M001", "Chloe will hopefully go to see her GP about her low mood"),
        F("T002", "I will try to repeat the Edinburgh Postnatal Depression Scale"),
        F("M001", "I will try to repeat the Edinburgh Postnatal Depression Scale"),
        F("T001", "Chloe is going to contact Hessleford Housing Options about the damp"),
        F("M001", "Chloe is going to contact Hessleford Housing Options about the damp"),
        F("W001", "Chloe will be offered a place on the Mellow Mums wellbeing course"),
        F("T001", "Chloe will be offered a place on the Mellow Mums wellbeing course"),
        F("M001", "Chloe will be offered a place on the Mellow Mums wellbeing course"),
        F("F002", "Chloe's mood will lift and she will feel more confident as a mum"),
        F("F001"),
        F("F004"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 8. Review CP plan with "What we want for Amira and Yusuf" merged down the
#    rows (real Word vertical merges). Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b8_ladderwick_rcpc_merged_outcomes_hassan.docx",
    "doc_title": "Review Child Protection Plan - Amira and Yusuf Hassan",
    "split": "heldout",
    "template": "rcpc-merged-child-outcome-five-column",
    "description": (
        "Exemplary review CP plan for a 13-year-old young carer and her 5-year-old brother (neglect; "
        "mother's multiple sclerosis) with a merged 'What we want for Amira and Yusuf' column: named leads, "
        "real timescales and observable measures, adult social care and the MS nurse own actions, CAMHS "
        "works with Amira's self-harm, a specific contingency with a named relative and a foster-care "
        "fallback, core group and review dates, and a legal planning meeting if progress stalls."
    ),
    "check_vmerge": 3,
    "font": "Arial",
    "font_size": 10,
    "blocks": [
        ("title", "Review Child Protection Plan"),
        ("p", "Ladderwick Borough Council – Family Safeguarding Service"),
        ("kv", [
            ("Children", "Amira Hassan, DOB 30/09/2011 (13), Year 9, Ladderwick Park School; "
                         "Yusuf Hassan, DOB 12/12/2019 (5), Reception, Orchard Street Primary"),
            ("Mother", "Samira Hassan (41), 7 Weaver's Yard, Ladderwick"),
            ("Father", "Omar Hassan – lives in Alexandria, weekly video calls with the children"),
            ("Conference", "First review child protection conference, 08/04/2025 (ICPC 14/01/2025)"),
            ("Category", "Neglect"),
            ("Social worker", "Daniel Frost"),
            ("Chair", "Helen Mayhew, Independent Reviewing Officer"),
        ]),
        ("h1", "Progress since the initial conference"),
        ("p", "Samira's MS relapsed last autumn and she now uses a wheelchair most of the time. At the ICPC "
              "Yusuf was often late and unwashed, his eczema was infected, and Amira was helping her mum to "
              "wash and dress and had missed 31 days of school. Since then a morning routine worker has started, "
              "Yusuf's attendance has risen to 88% and his skin is clearer. Amira's attendance is 80%. Amira "
              "told the school nurse in March that she has been cutting her arms, and she has been seen by "
              "CAMHS twice. Samira has been open with professionals and asked for more help at home."),
        ("h1", "What we are still worried about"),
        ("p", "Without care support for Samira, Amira will keep missing school to look after her mum and Yusuf, "
              "and Yusuf's care slips when Amira is not there. Amira's self-harm shows how much pressure she is "
              "under."),
        ("h1", "What Amira and Yusuf told us"),
        ("p", "Amira (seen alone at school, 01/04/2025): \"I don't mind helping Mum, but I'm tired all the time "
              "and I've lost my friends because I never go out.\" She wants \"someone else to do Mum's shower\" "
              "and to go back to netball. She said cutting \"makes the noise in my head stop\" and that she "
              "likes her CAMHS worker. Yusuf (seen at home, 03/04/2025) showed me his star chart and said "
              "\"Carol does my cream and we have Weetabix\". He said the best thing is \"when Mummy reads me "
              "the dinosaur book\"."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What we want for Amira and Yusuf", "What will happen", "Who", "When", "How we will know"],
            "widths": [3.6, 4.6, 3.0, 2.6, 3.2],
            "header_fill": "FCE4D6",
            "rows": [
                ["Yusuf is washed, fed and at school on time every day, and his eczema is treated.",
                 "Morning and bedtime routine support at home, including Yusuf's eczema creams and breakfast",
                 "FSW Carol Benn",
                 "Mon–Fri, 7.30–8.45am and 6–7pm, until 30/06/2025",
                 "Routine chart signed each day; school register shows Yusuf in by 8.50am on 95% of days"],
                [V,
                 "Review Yusuf's eczema and agree a cream routine Samira can manage from her wheelchair",
                 "GP Dr Wen Liu, Ladderwick Health Centre",
                 "Appointment by 18/04/2025",
                 "Written treatment plan copied to the SW; school nurse checks Yusuf's skin every 2 weeks and "
                 "records it"],
                [V,
                 "Breakfast club place and a daily wellbeing check-in for Yusuf",
                 "DSL Mr Kwame Okafor, Orchard Street Primary",
                 "Every school day from 14/04/2025",
                 "Breakfast club register; weekly email to the SW on attendance and presentation"],
                ["Amira goes to school, sees her friends and does not do her mum's personal care.",
                 "Care Act assessment of Samira's care needs and a care package so Amira does not do her "
                 "personal care",
                 "Liam Croft, social worker, Ladderwick Adult Social Care",
                 "Assessment by 25/04/2025; care calls in place by 16/05/2025",
                 "Care and support plan shared with the SW; agency rota shows morning and evening calls every "
                 "day"],
                [V,
                 "Young carers assessment and a place at Ladderwick Young Carers Club",
                 "Young carers worker Aisha Rahman",
                 "Assessment by 02/05/2025; club every Thursday after that",
                 "Assessment report sent to the SW; club register shows Amira attending"],
                [V,
                 "Weekly sessions with Amira about her self-harm, and a written safety plan agreed with her",
                 "CAMHS practitioner Dr Ellen Moss",
                 "Weekly from 10/04/2025",
                 "Amira's safety plan on file by 24/04/2025; CAMHS update to each core group"],
                ["Amira and Yusuf are seen and heard by adults who act quickly if care at home slips.",
                 "Home visits, seeing Amira and Yusuf on their own, and checking food, bedrooms and the care "
                 "calls log",
                 "SW Daniel Frost",
                 "Every 2 weeks",
                 "Visit records show both children seen alone and what they said"],
                [V,
                 "Review Samira's MS treatment and write to the SW about how her symptoms affect her care of "
                 "Yusuf and Amira",
                 "MS specialist nurse Janet Peel",
                 "By 30/04/2025, then after each 3-monthly clinic",
                 "Letter to the SW on file before the next core group"],
            ],
        }),
        ("h1", "If the plan isn't working"),
        ("p", "If Yusuf is late or absent on 3 days in any fortnight, Amira misses 3 days of school in a "
              "fortnight, Amira tells anyone she has cut herself badly enough to need treatment, or the care "
              "calls are missed on two days running, the SW (or the Emergency Duty Team) will visit the same day "
              "and hold a strategy discussion. If Samira cannot care for Yusuf safely, Amira and Yusuf will stay "
              "with their uncle, Tariq Hassan, who was assessed and agreed at the ICPC. If Tariq cannot have "
              "them, they will be placed together with Ladderwick foster carers the same day."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every 4 weeks: 24/04/2025, 22/05/2025, 19/06/2025 and 17/07/2025, at Orchard Street "
            "Primary.",
            "Next review child protection conference: 07/10/2025, 2pm, Ladderwick Town Hall.",
            "If by the core group on 19/06/2025 Yusuf's attendance is below 90% or the care package is not in "
            "place, the team manager will request a legal planning meeting.",
        ]),
    ],
    "findings": [],
})
