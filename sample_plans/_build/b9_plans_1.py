"""Batch 9, module 1: six fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Initial CP plan on a council's own landscape form (CP1), invented column
#    headers, concern and outcome cells merged down the rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_bramblecote_icpc_landscape_form_okeke.docx",
    "doc_title": "Form CP1 - Initial Child Protection Plan - Riley and Mia Okeke",
    "split": "tune",
    "template": "council-form-landscape-merged-concern-outcome",
    "description": (
        "Initial CP plan for a 7-year-old and a toddler (domestic abuse, mother's depression) on a council's "
        "own landscape form CP1 with columns 'Presenting concern | What should be different | Agreed "
        "intervention | Accountable worker | Deadline or frequency | Indicator of progress'; concern and "
        "outcome cells merged down the rows. One 'Ongoing', one blank worker, one blank indicator, one "
        "'Monitored', a CMHT care coordinator who only supports, an adult-only merged outcome and no legal step."
    ),
    "landscape": True,
    "font_size": 9.5,
    "check_vmerge": 6,
    "blocks": [
        ("pr", "Form CP1 (rev. 11/2024)"),
        ("title", "Child Protection Plan – Initial"),
        ("p", "Bramblecote Metropolitan Borough Council · Children's Safeguarding and Family Help · "
              "Locality Team East"),
        ("kv", [
            ("Child 1", "Riley Okeke, DOB 22/08/2017 (7 yrs), Year 2, St Aldhelm's C of E Primary"),
            ("Child 2", "Mia Okeke-Brandt, DOB 30/06/2023 (20 months), no nursery place at present"),
            ("Address", "14 Wenlock Rise, Bramblecote BC4 7HT"),
            ("Conference date / chair", "04/03/2025 – Gwen Ashworth, Child Protection Chair"),
            ("Category", "Riley: emotional abuse. Mia: neglect"),
            ("Allocated SW", "Priya Nandra (Advanced Practitioner), tel. 01632 960 774"),
        ]),
        ("h2", "Part A – Who lives in the household"),
        ("p", "Chantelle Okeke (mum, 29) lives with Riley and Mia. Dean Brandt (Mia's father, 33) lived at "
              "the address until 19/02/2025 and is now staying with a friend in Fairoak; he is on police bail "
              "with a condition not to contact Chantelle. Riley's father is not involved and his whereabouts "
              "are not known."),
        ("h2", "Part B – Reason the children need a plan"),
        ("p", "Police have been called to the address four times since September 2024. On 19/02/2025 Dean "
              "punched Chantelle and pulled her hair while both children were in the house; Riley rang 999 "
              "from the landline. Chantelle has depression diagnosed in 2021 and is under Bramblecote CMHT; "
              "she stopped her medication in December and tells us most mornings she cannot get up. Riley's "
              "attendance this term is 71% and he has been late 14 times. On two unannounced visits Mia was in "
              "a full, cold nappy at midday and there was little food in the flat."),
        ("h2", "Part C – The children's experience"),
        ("p", "Riley (seen on his own at school, 27/02/2025): \"When Dean shouts I take Mia in my room and put "
              "the telly loud.\" He said he rang the police \"because Mummy was crying on the floor\". He likes "
              "football club and his teacher Mrs Ferris, and says the best thing about home is \"when Mum does "
              "pancakes\". He would like \"Dean not to come back but Mia can still see him\". He worries about "
              "who gives Mia her breakfast when he is at school."),
        ("p", "Mia (observed at home, 21/02 and 26/02): Mia was quiet and watchful, and did not go to her "
              "mum for comfort when she bumped her head; she went to Riley. She ate two slices of toast quickly "
              "and reached for more. She babbles but has few words for her age."),
        ("pagebreak",),
        ("h2", "Part D – The plan"),
        ("table", {
            "header": ["Presenting concern", "What should be different for Riley & Mia",
                       "Agreed intervention", "Accountable worker", "Deadline or frequency",
                       "Indicator of progress"],
            "widths": [3.4, 4.0, 6.0, 3.6, 3.2, 5.5],
            "rows": [
                ["1. Domestic abuse – Dean's violence towards Chantelle, 4 police call-outs since 09/2024, "
                 "children present at the assault on 19/02/2025",
                 "Riley and Mia live in a home with no violence or shouting, and Riley can name two adults "
                 "he would tell if he felt scared",
                 "Refer Chantelle to Bramblecote Domestic Abuse Service for an IDVA, a safety plan and a "
                 "MARAC referral if assessed high risk",
                 "SW Priya Nandra",
                 "by 14/03/2025",
                 "Referral acknowledged by BDAS; copy of Chantelle's safety plan on both children's files"],
                [V, V,
                 "Dean to start the Turning Point domestic abuse perpetrator programme (24 weeks); no "
                 "unsupervised contact with Mia until the programme ends",
                 "Dean Brandt, with the Turning Point facilitator",
                 "Start by 07/04/2025",
                 "Facilitator's mid-point and end-of-programme reports sent to the SW"],
                [V, V,
                 "Supervised contact for Dean with Mia at Larkhill Family Centre",
                 "Contact worker, Larkhill Family Centre (Bev Tolley)",
                 "Tuesdays and Fridays, 3–4.30pm",
                 "Contact records note how Mia responds before, during and after contact; copy to SW "
                 "after each session"],
                [V, V,
                 "Police to share all call-outs to 14 Wenlock Rise with children's services",
                 "Bramblecote Police, Public Protection Unit",
                 "Ongoing",
                 "Notification on the children's file within 24 hours of any call-out"],
                [V, V,
                 "Keeping-safe sessions with Riley about what to do and who to tell if there is "
                 "shouting or fighting at home",
                 "",
                 "Six sessions, from w/c 17/03/2025",
                 "Riley's own safety plan drawn up with him and a copy kept in his school bag"],
                ["2. Chantelle's depression – not getting up in the mornings, not taking medication; "
                 "Riley late or absent, Mia left in a full nappy",
                 "Chantelle's depression is treated and she feels more motivated in herself.",
                 "Care coordinator to support Chantelle with her mood and with taking her medication",
                 "Owen Marsh, care coordinator, Bramblecote CMHT",
                 "Fortnightly",
                 "Appointments attended (CMHT record)"],
                [V, V,
                 "Chantelle to see her GP to restart and review her antidepressant",
                 "Chantelle, with GP Dr Ilse Moreno, Wenlock Medical Practice",
                 "by 21/03/2025",
                 "Medication review on the GP record; GP letter to the SW"],
                [V, V,
                 "Morning routine support at home so that Riley leaves for school by 8.30am and Mia is "
                 "changed, dressed and has had breakfast",
                 "FSW Kerry-Ann Bolt",
                 "3 mornings a week (Mon/Wed/Fri) for 8 weeks",
                 "FSW routine checklist signed each visit; Riley's register shows him in by 8.50am"],
                [V, V,
                 "Check Mia's weight, development and nappy area and talk to Chantelle about a "
                 "2-year-old funded nursery place",
                 "HV Siobhan Keogh",
                 "Every 4 weeks at home",
                 ""],
                ["3. Riley's school attendance (71%), lateness, and Riley coming in tired and hungry",
                 "Riley is in school on time every day, has eaten breakfast, and tells his teacher he feels "
                 "safe at home",
                 "Free breakfast club place for Riley",
                 "DSL Tom Achebe, St Aldhelm's Primary",
                 "From 10/03/2025, every school day",
                 "Breakfast club register"],
                [V, V,
                 "Keep an eye on Riley's attendance and punctuality",
                 "School attendance officer, Mrs Lorna Pike",
                 "Weekly",
                 "Monitored"],
                [V, V,
                 "Unannounced home visits; see Riley on his own, see where both children sleep and "
                 "check the food cupboards",
                 "SW Priya Nandra",
                 "Every 10 working days",
                 "Visit records show Riley seen alone, beds and bedding seen and food in the flat"],
            ],
        }),
        ("h2", "Part E – Safety / contingency arrangements"),
        ("p", "If Dean comes to the house or contacts Chantelle, or the police are called to the address "
              "again, Chantelle will ring 999 and the police will inform the SW (or EDT out of hours) the same "
              "day. The SW will hold a strategy discussion within 24 hours. If the children cannot stay "
              "safely at home, Riley and Mia will stay with their maternal aunt, Gina Okeke, 3 Hollin Close, "
              "who was checked and agreed at conference, while that discussion takes place. If Riley misses "
              "school with no explanation, the DSL will ring the SW by 10am that day and the SW will visit."),
        ("h2", "Part F – Monitoring of the plan"),
        ("kv", [
            ("First core group", "13/03/2025, 1.30pm, St Aldhelm's Primary"),
            ("Core group frequency", "every 4 weeks thereafter (10/04/2025, 08/05/2025)"),
            ("Review child protection conference", "29/05/2025, 10am, Bramblecote Civic Offices"),
            ("Plan distributed to", "Chantelle Okeke, Dean Brandt (Parts B and D only), core group members"),
        ]),
    ],
    "findings": [
        F("T002", "Police to share all call-outs to 14 Wenlock Rise"),
        F("W001", "Keeping-safe sessions with Riley about what to do"),
        F("F002", "Chantelle's depression is treated and she feels more motivated in herself."),
        F("H001", "Care coordinator to support Chantelle with her mood"),
        F("M001", "Check Mia's weight, development and nappy area"),
        F("M002", "Keep an eye on Riley's attendance and punctuality"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan with a merged "Baby's needs" column and several rows per
#    need; PDF with a header and a "Page N of M" footer on every page
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_culverhithe_prebirth_babys_needs_marsh.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby of Leanne Marsh",
    "split": "tune",
    "template": "prebirth-merged-babys-needs-paged",
    "description": (
        "Pre-birth CP plan (mother a care leaver with anxiety and past self-harm, father's daily cannabis use) "
        "with a merged 'Baby's needs' column over several rows per need, a header and 'Page N of M' footer on "
        "every page. A blank 'How we'll check', a perinatal nurse who only supports (measured by Leanne "
        "feeling less anxious), 'TBC', 'engagement', a 'Family network' owner, a blank 'By when'; the paternal "
        "grandmother carries night care and the contingency sends the baby to her; review conference "
        "'to be arranged after the birth'."
    ),
    "header": "RESTRICTED – Culverhithe Council Children's Services – Pre-birth CP Plan",
    "footer": "Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font_size": 10,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby of Leanne Marsh, EDD 28/07/2025"),
            ("Mother", "Leanne Marsh (19), care leaver, open to the Culverhithe Leaving Care Team"),
            ("Father", "Kieran Doyle (22)"),
            ("Current address", "Living at Kieran's mother's house, 41 Saltings Road, Culverhithe"),
            ("Pre-birth ICPC", "22/04/2025, chaired by Martin Oyelaran"),
            ("Category", "Neglect (likelihood of significant harm)"),
            ("Social worker", "Callum Price, Culverhithe Children's Services (Family Support & Protection 3)"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Leanne has had anxiety since she was 14 and self-harmed by cutting until early 2024. She was in "
              "foster care from 12 to 18 with Bev Saunders, who still sees her most weeks. Kieran smokes "
              "cannabis every day, by his own account \"about an eighth a week\", and has a conviction for "
              "affray (2022). Neighbours have reported shouting from the couple's room twice since March. They "
              "share one bedroom in Kieran's mother's house and have nothing ready for a baby. Leanne missed "
              "her 16-week appointment and her booking bloods were late."),
        ("h1", "The baby's world right now"),
        ("p", "The 20-week scan on 03/04/2025 showed a healthy baby growing as expected. Leanne has given up "
              "smoking tobacco, but the bedroom smelled strongly of cannabis at both visits. There is no space "
              "for a cot beside the double bed and the room is up two flights of stairs with no stair gate. "
              "Leanne says she talks to the baby \"all the time\" and has chosen the name Ivy if it is a girl. "
              "Kieran says he wants to be \"a better dad than mine was\"."),
        ("h1", "What we want for the baby"),
        ("bullets", [
            "The baby is born healthy, at a planned hospital birth, with a discharge plan everyone knows.",
            "After the birth the baby is fed on time, sleeps on their back in their own cot in a smoke-free "
            "room, and is gaining weight at the 10–14 day check.",
            "The baby never sees or hears fighting and is cared for by adults who are sober and awake.",
        ]),
        ("h1", "How we will meet the baby's needs"),
        ("table", {
            "header": ["Baby's needs", "What must happen", "Whose job", "By when", "How we'll check"],
            "widths": [2.9, 4.7, 3.1, 3.0, 3.3],
            "rows": [
                ["I need a healthy pregnancy and a safe birth",
                 "Go to every antenatal appointment and growth scan; ring the midwife to rebook any missed one",
                 "Leanne",
                 "Every appointment up to the birth",
                 "Midwife's attendance record sent to the SW each month"],
                [V,
                 "Write the birth and discharge plan, including who may stay on the ward and who must not "
                 "take the baby off the ward",
                 "Safeguarding midwife Nadia Frost",
                 "By 34 weeks (23/06/2025)",
                 ""],
                [V,
                 "Visit Leanne and Kieran at home, see the baby's space and the bedroom, and see "
                 "Leanne on her own",
                 "SW Callum Price",
                 "Fortnightly, then weekly after the birth",
                 "Visit records; Leanne seen alone at each visit"],
                ["I need my mum to be well enough to notice me, feed me and keep calm when I cry",
                 "Perinatal mental health assessment of Leanne's anxiety and risk of self-harm after the "
                 "birth, with a view on what needs to change and how long it may take",
                 "Dr Amara Quist, Culverhithe Perinatal Mental Health Service",
                 "By 30/05/2025",
                 "Written assessment shared at the core group on 12/06/2025"],
                [V,
                 "Weekly home visits from the perinatal nurse to help Leanne manage her anxiety",
                 "Perinatal CPN Grace Adair",
                 "Weekly",
                 "Leanne feels less anxious"],
                ["I need to sleep safely and be fed and warm",
                 "Buy a cot, mattress and Moses basket with the Baby Bank voucher and set them up in the "
                 "bedroom",
                 "Leanne and Kieran",
                 "TBC",
                 "Cot seen set up by the SW or HV"],
                [V,
                 "Antenatal contact on safe sleep, bottle feeding and the risks of sharing a bed after "
                 "using cannabis",
                 "HV Joanne Pike",
                 "Between 28 and 32 weeks",
                 "Engagement"],
                [V,
                 "Stay over for the first two weeks after the baby comes home and help with night feeds",
                 "Tina Doyle (PGM)",
                 "Every night for the first 14 nights after discharge",
                 "Night-feed chart kept by Tina and seen by the HV"],
                ["I need a home without fighting, shouting or cannabis smoke",
                 "Kieran to cut down and stop his cannabis use, with regular drug screening",
                 "Kieran, with Compass substance misuse service (key worker Dale Ibbotson)",
                 "Fortnightly from 12/05/2025",
                 "Urine screens reported to the SW; hair strand test at 3 months"],
                [V,
                 "No one to smoke cannabis in the house or around the baby",
                 "Family network",
                 "From 12/05/2025",
                 "Unannounced visits find no smell of cannabis"],
                [V,
                 "Healthy relationships work with Leanne and Kieran (Freedom-style sessions)",
                 "FSW Omar Reid",
                 "",
                 "Session record and completed worksheets on file"],
                [V,
                 "Ring the SW if Kieran smokes cannabis in her house or there is shouting or fighting",
                 "Tina Doyle (PGM)",
                 "The same day",
                 "Calls logged on the case file with the time and what was done"],
                ["I need a home of our own with room for my cot",
                 "Housing application and priority banding for a one-bedroom flat before the birth",
                 "Leaving care PA Rhian Gould",
                 "By 31/05/2025",
                 "Banding letter copied to the SW"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Kieran smokes cannabis in the house after 12/05/2025, there is any shouting or violence "
              "reported by Tina or the neighbours, or Leanne self-harms, the SW will hold a strategy "
              "discussion the same day. After the birth, Leanne and the baby will go to stay at Tina's "
              "house without Kieran while the plan is reviewed, and Kieran will leave the address."),
        ("p", "If by 32 weeks (09/06/2025) the cot is not set up, the housing application has not been made or "
              "Kieran's screens are still positive, the team manager will request a legal planning meeting "
              "so that pre-proceedings (PLO) can start before the birth."),
        ("h1", "Meetings"),
        ("bullets", [
            "Core group every 4 weeks: 15/05/2025, 12/06/2025 and 10/07/2025, at Saltings Children's Centre.",
            "Review child protection conference: to be arranged after the birth.",
        ]),
        ("p", "Signed on behalf of Culverhithe Council: Callum Price, Social Worker, 24/04/2025."),
    ],
    "findings": [
        F("M001", "Write the birth and discharge plan, including who may stay"),
        F("H001", "Weekly home visits from the perinatal nurse to help Leanne"),
        F("M002", "Weekly home visits from the perinatal nurse to help Leanne"),
        F("T002", "Buy a cot, mattress and Moses basket with the Baby Bank voucher"),
        F("M002", "Antenatal contact on safe sleep, bottle feeding and the risks"),
        F("W002", "No one to smoke cannabis in the house or around the baby"),
        F("T001", "Healthy relationships work with Leanne and Kieran"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Extract from a looked-after child's care plan: one small table per area
#    of need, each with a title row merged across the top above its header
#    row (docx)
# ---------------------------------------------------------------------------
_LAC_COLS = ["What will be done", "Lead", "Timescale", "How we will know"]

PLANS.append({
    "name": "b9_dunhallow_lac_care_plan_need_tables_pryor.docx",
    "doc_title": "Care Plan (extract) - Kayden Pryor",
    "split": "tune",
    "template": "lac-care-plan-table-per-need-merged-title-row",
    "description": (
        "Extract (Part 3) of a looked-after 11-year-old's care plan (section 20, physical abuse) with one "
        "small table per area of need, each under a title row merged across the top. Kayden has a planned "
        "hip operation and stay on the ward, but only the carers visit 'as often as they can' and the SW "
        "phones the ward; a blank lead, a CAMHS referral with no output, 'date TBC', 'Professionals', "
        "'Improvement in behaviour', a blank timescale; a vague contingency; only a looked after review "
        "date. The legal step sits in a separate legal status section."
    ),
    "blocks": [
        ("pr", "Dunhallow County Council – Children in Care Service"),
        ("title", "Care Plan – Part 3: Meeting Kayden's needs"),
        ("p", "Extract prepared for the foster carers and the IRO. Parts 1 (background), 2 (permanence plan) "
              "and 4 (delegated authority) are held on Kayden's file and are not reproduced here."),
        ("kv", [
            ("Name", "Kayden Pryor"),
            ("Date of birth", "17/10/2013 (11 years)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 24/01/2025"),
            ("Placement", "Sue and Martin Ellery (Dunhallow foster carers), Thornley village"),
            ("Social worker", "Joel Amadi, Children in Care Team 2"),
            ("IRO", "Linda Farrow"),
            ("Plan date", "07/04/2025 (reviewed at first looked after review)"),
        ]),
        ("h2", "Why Kayden is looked after"),
        ("p", "Kayden came into care with his mother Stacey's agreement after he went to school with belt "
              "marks on his back and legs on 22/01/2025. Stacey told the police she \"could not cope with "
              "his temper\". Kayden's brother Lewis (16) lives with their father in Rothwick and has weekly "
              "contact with Kayden by phone."),
        ("h2", "What Kayden says"),
        ("p", "Kayden said at his review that he likes living with Sue and Martin \"because there's a dog and "
              "a trampoline\" and because \"nobody screams at you\". He wants to see his mum but not at her "
              "flat, and he wants more time with Lewis. He is scared about his operation and asked if Sue "
              "can stay with him in the hospital. He wants to go to Dunhallow Academy with his friend "
              "Ashton in September."),
        ("h2", "Legal status and planning"),
        ("p", "Stacey has agreed to Kayden being accommodated. If she withdraws her consent or tries to "
              "remove Kayden from the placement, or if contact shows that Kayden cannot safely return home "
              "by the second looked after review, the SW will ask the team manager for a legal planning "
              "meeting within 5 working days to consider care proceedings."),
        ("h2", "How we will meet Kayden's needs"),
        ("kv", [("Outcome we want", "Kayden's hip is treated, he recovers well and he is up to date with "
                                    "his health checks.")]),
        ("table", {
            "header": ["1. HEALTH – including Kayden's hip operation (admission booked 19/05/2025, "
                       "Marlow Vale Children's Hospital, expected stay 4–6 days)", H, H, H],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "header_fill": "DDEBF7",
            "rows": [
                _LAC_COLS,
                ["Review health assessment", "LAC nurse Hazel Quinn", "By 30/04/2025",
                 "Health plan updated and shared with the SW and carers"],
                ["Take Kayden to his pre-op assessment and to the ward on the day of his operation",
                 "Sue Ellery (foster carer)", "06/05/2025 and 19/05/2025",
                 "Attendance noted by the ward; Stacey's consent form signed with the SW by 06/05/2025"],
                ["Keep in touch with the ward during Kayden's stay and update Stacey and Lewis",
                 "SW Joel Amadi", "During the admission",
                 "Ward phone calls and updates recorded in case notes"],
                ["Foster carers to visit Kayden on the ward and take his things in",
                 "Sue and Martin Ellery", "As often as they can",
                 "Visits noted in the carers' daily log"],
                ["Dental check-up and eye test", "", "By 30/06/2025",
                 "Dates and results recorded on the health plan"],
            ],
        }),
        ("kv", [("Outcome we want", "Kayden reads at his age level and moves up to secondary school with a "
                                    "plan that supports him.")]),
        ("table", {
            "header": ["2. EDUCATION – Year 6, Thornley CE Primary", H, H, H],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "header_fill": "DDEBF7",
            "rows": [
                _LAC_COLS,
                ["Summer term PEP meeting to set targets for Year 6 and for the move to secondary",
                 "Designated teacher Mrs Ada Nkemdirim", "By 09/05/2025",
                 "PEP completed on ePEP with three SMART targets"],
                ["1:1 reading support paid for from Pupil Premium Plus",
                 "Class TA Mr Gary Holt", "3 x 20 minutes a week",
                 "Reading age re-tested in July and shared at the PEP"],
                ["Three transition visits to Dunhallow Academy with the SENCo",
                 "Sue Ellery with the Academy SENCo", "During June 2025",
                 "Visits recorded on the transition plan; Kayden's timetable given to him before 18/07/2025"],
            ],
        }),
        ("kv", [("Outcome we want", "Kayden can manage his anger without hurting himself or others, and "
                                    "sleeps through most nights.")]),
        ("table", {
            "header": ["3. EMOTIONAL AND BEHAVIOURAL DEVELOPMENT", H, H, H],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "header_fill": "DDEBF7",
            "rows": [
                _LAC_COLS,
                ["Referral to CAMHS (Children in Care pathway) for an assessment of Kayden's anger, "
                 "nightmares and sleep",
                 "SW Joel Amadi", "By 25/04/2025", ""],
                ["Therapeutic parenting (PACE) training for Sue and Martin",
                 "Supervising SW Ruth Hale, Fostering", "Next course – date TBC",
                 "Training certificate on the carers' file"],
                ["Direct work with Kayden on feelings and managing his temper",
                 "Professionals", "Fortnightly",
                 "Improvement in Kayden's behaviour"],
            ],
        }),
        ("kv", [("Outcome we want", "Kayden keeps safe, regular contact with the people who matter to him.")]),
        ("table", {
            "header": ["4. FAMILY AND SOCIAL RELATIONSHIPS (including contact)", H, H, H],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "header_fill": "DDEBF7",
            "rows": [
                _LAC_COLS,
                ["Supervised contact with Stacey at Ferncroft Contact Centre",
                 "Contact supervisor, Ferncroft", "Weekly, Wednesdays 4–5.30pm",
                 "Contact record sent to the SW after every session"],
                ["Phone calls with Lewis", "Martin Ellery", "Every Sunday evening",
                 "Calls noted in the carers' daily log"],
                ["Viability assessment of Kayden's maternal grandparents, Ron and Joan Pryor, as carers "
                 "for weekend stays",
                 "SW Joel Amadi", "", "Viability report to the looked after review"],
            ],
        }),
        ("kv", [("Outcome we want", "Kayden understands why he is in care and looks after his own "
                                    "appearance with growing confidence.")]),
        ("table", {
            "header": ["5. IDENTITY, SELF-CARE AND INDEPENDENCE", H, H, H],
            "widths": [6.6, 3.4, 3.2, 3.8],
            "header_fill": "DDEBF7",
            "rows": [
                _LAC_COLS,
                ["Start Kayden's life-story book with him", "SW Joel Amadi", "First session by 30/05/2025",
                 "Book seen by the IRO at the next review"],
                ["Help Kayden choose and buy his own clothes and toiletries with his allowance",
                 "Sue Ellery", "Monthly",
                 "Kayden chooses at least one item himself each month (daily log)"],
            ],
        }),
        ("h2", "Contingency"),
        ("p", "If there are any further concerns about the stability of the placement, a placement "
              "stability meeting will be held to discuss the options for Kayden."),
        ("h2", "Review"),
        ("p", "Next looked after review: 24/06/2025, 4pm, at the Ellerys' home, chaired by Linda Farrow (IRO). "
              "Stacey, Sue and Martin, Kayden's school and the LAC nurse will be invited; Kayden has asked "
              "to chair the first part himself."),
    ],
    "findings": [
        F("T002", "Foster carers to visit Kayden on the ward"),
        F("W001", "Dental check-up and eye test"),
        F("M001", "Referral to CAMHS (Children in Care pathway) for an assessment"),
        F("T002", "Therapeutic parenting (PACE) training for Sue and Martin"),
        F("W002", "Direct work with Kayden on feelings and managing his temper"),
        F("M002", "Direct work with Kayden on feelings and managing his temper"),
        F("T001", "Viability assessment of Kayden's maternal grandparents, Ron and Joan Pryor"),
        F("L001"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Core group update: an "Agency updates" table (what each agency has done
#    since the last meeting, with dates) then an action log with a Status
#    column (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_eskdown_core_group_agency_updates_loftus.md",
    "split": "tune",
    "template": "core-group-update-agency-table-then-status-log",
    "description": (
        "Third core group update for two children (neglect, mother's anxiety; family planning to move to "
        "another authority): an 'Agency updates' table of what each agency did since the last meeting, "
        "then an action log with Ref | Action | Owner | Due | How we'll know | Status. A talking-therapies "
        "row that only continues treatment, 'ongoing', 'All agencies', a blank measure, a young carers "
        "referral left for the next authority, 'reviewed at core group'."
    ),
    "text": """\
# Core Group Meeting – Update and Action Log

**Eskdown Borough Council · Children's Services (Safeguarding East)**

| | |
|---|---|
| Children | Lacey Loftus (9, DOB 02/02/2016) · Jaxon Loftus (4, DOB 19/11/2020) |
| Meeting | Core group no. 3, 10/06/2025, 9.30–11.00, Brookside Family Hub |
| Plan made at | RCPC 12/02/2025 (category: neglect) |
| Chair / minutes | Mark Tennison (SW) / Aisha Patel (business support) |
| Present | Gemma Loftus (mum), Ryan Shaw (mum's partner), Mark Tennison (SW), Mrs Jo Priestley (attendance lead, Eskdown Juniors), Tasha Reed (Little Wrens Nursery), Bernie Cole (HV), Ali Maher (Eskdown Talking Therapies, first 20 mins) |
| Apologies | PC Dan Ogun (Eskdown Police), Eskdown Homes repairs team |

## Reminder – what the plan is trying to achieve (from RCPC 12/02/2025)

1. Lacey and Jaxon live in a clean, warm home with food in the cupboards and their own beds to sleep in.
2. Lacey gets to school on time and is not worrying about looking after Jaxon or her mum.
3. Jaxon's speech and hearing are checked and he gets the help he needs before he starts school in September.

## What Lacey and Jaxon have told us

Mark saw Lacey on her own in her bedroom on 03/06/2025. She said the house is "better, because Ryan
cleaned the kitchen", but her bedroom window "still goes black" (damp) and it smells. She said she
still gets Jaxon dressed most mornings "because Mum's tired" and that makes her late. She is looking
forward to moving "to Nana's town" but is sad about leaving her friend Evie. Jaxon showed Mark his new
bed and said "my bed" and "dinosaur" several times; nursery say he uses single words and points a lot.

## Agency updates since core group 2 (13/05/2025)

| Agency | What has been done since last time | Date(s) |
|---|---|---|
| Children's social care | Home visits x2, both unannounced. Kitchen and living room clean; children's rooms tidier; damp in Lacey's room worse. Lacey seen alone both times. | 22/05/2025, 03/06/2025 |
| Eskdown Juniors | Lacey late 9 times out of 18 days (down from 13). Attendance 91%. Lacey now goes to the Thursday Time-to-Talk group. | 13/05–06/06/2025 |
| Little Wrens Nursery | Jaxon attended 14 of 15 sessions. Arrived hungry twice. No injuries. SENCo completed a WellComm screen – Jaxon in the red band for speech. | 14/05–06/06/2025, screen on 28/05/2025 |
| Health visiting | Visited at home; Jaxon weighed and measured (on the 25th centile). 2½-year review still outstanding – two appointments missed. | 20/05/2025 |
| Eskdown Talking Therapies | Gemma has attended 5 of 6 CBT sessions for anxiety. Ali said Gemma is "working hard on her sleep". | 15/05–05/06/2025 |
| Eskdown Police | No call-outs to the address since the last meeting (by email). | 09/06/2025 |
| Eskdown Homes | Damp reported by Gemma; inspection booked but tenant not in. | 29/05/2025 |

Gemma told the meeting that she and Ryan have been offered a tenancy in Holmbridge near her mum and expect
to move in mid-August. Mark will tell Holmbridge Children's Services and ask for a transfer-in conference.
Until that conference is held Eskdown keeps the plan and every action below carries on.

## Action log

| Ref | Action | Owner | Due | How we'll know | Status |
|---|---|---|---|---|---|
| 3.1 | SW to see Lacey and Jaxon at home, unannounced, see both bedrooms and see Lacey on her own | Mark Tennison (SW) | Every 2 weeks | Visit records show Lacey seen alone and both bedrooms seen | Open – carried forward |
| 3.2 | Complete Jaxon's 2½-year review at home and refer him for a hearing test | Bernie Cole (HV) | By 27/06/2025 | ASQ-3 scores and audiology referral letter copied to SW | Open – overdue from CG2 |
| 3.3 | Record Jaxon's attendance, how he arrives (fed, clean, dressed) and any marks or injuries | Tasha Reed, Little Wrens Nursery | Daily; summary emailed every Friday | Weekly nursery summary on Jaxon's file | Open |
| 3.4 | Continue weekly CBT sessions with Gemma for her anxiety and sleep | Ali Maher, Eskdown Talking Therapies | Weekly until 24/07/2025 | Sessions attended (Talking Therapies record) | Open |
| 3.5 | Keep the kitchen, bathroom and children's rooms clean and clear the dog mess from the back garden | Gemma and Ryan | Ongoing | SW sees the rooms and garden at each visit | Part done |
| 3.6 | Share any new worry about the children with Mark on the day it happens | All agencies | Same day | Worry recorded on the children's file with date and action taken | Open |
| 3.7 | Meet Gemma about Lacey's lateness and agree a morning plan so Lacey does not dress Jaxon | Mrs Jo Priestley (attendance lead) | By 20/06/2025 | | New |
| 3.8 | Refer Lacey to Eskdown Young Carers – on hold, to be picked up by Holmbridge once the case has transferred | Mark Tennison (SW) | After transfer | Young carers assessment completed | On hold |
| 3.9 | Refer Jaxon to speech and language therapy using the WellComm results | Nursery SENCo (Kerry Dunn) | By 13/06/2025 | Reviewed at core group | New |
| 3.10 | Inspect the damp in Lacey's bedroom and treat the wall and window frame | Eskdown Homes repairs (via Gemma's housing officer, Neil Cross) | Inspection by 20/06/2025; repair by 18/07/2025 | Repair job closed; SW sees the bedroom dry at a visit | New |

Actions 2.3 (GP letter re Gemma's medication) and 2.5 (bunk bed for Jaxon) were **completed** and are closed.

## Contingency (unchanged from the RCPC)

If Lacey or Jaxon are found at home without an adult, or Jaxon misses three nursery sessions in a week
with no reason given, Mark (or EDT out of hours) will visit the same day and hold a strategy discussion
within 24 hours. If the children cannot stay safely at home they will be placed with Eskdown foster
carers, and the team manager will request a legal planning meeting within 5 working days.

## Next meetings

- Core group 4: 08/07/2025, 9.30am, Brookside Family Hub (then every 4 weeks until transfer).
- Review child protection conference: 19/08/2025, 1pm, Eskdown Civic Centre.

Minutes circulated 12/06/2025 by A. Patel. Please tell Mark of any errors within 5 working days.
""",
    "findings": [
        F("H001", "Continue weekly CBT sessions with Gemma for her anxiety and sleep"),
        F("T002", "Keep the kitchen, bathroom and children's rooms clean"),
        F("W002", "Share any new worry about the children with Mark"),
        F("M001", "Meet Gemma about Lacey's lateness and agree a morning plan"),
        F("X001", "Refer Lacey to Eskdown Young Carers – on hold"),
        F("M002", "Refer Jaxon to speech and language therapy using the WellComm results"),
    ],
})


# ---------------------------------------------------------------------------
# 5. A child's own "My plan", written in the child's words (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_fellbrook_my_plan_in_my_words_harte.md",
    "split": "tune",
    "template": "child-my-plan-first-person-who-will-headings",
    "description": (
        "A 10-year-old's own child protection plan in her words ('I will…', 'My mum will…', 'My social "
        "worker Sam will…'; mother's drinking, ex-partner's violence). Several bullets have no way of "
        "knowing they happened, one 'when she can', one with no time at all, 'the grown-ups' keeping an "
        "eye; one wish is only about Mum; Nan and Grandad carry weekends and the school run and the "
        "'if things go wrong' part sends Maisie to Nan with no plan if Nan can't; no legal step."
    ),
    "text": """\
# My plan

*Fellbrook City Council – Children and Families*
*Child protection plan for Maisie Harte (10) and her brother Alfie (6)*
*Maisie wrote this with her social worker, Sam Okafor, at Fellbrook Primary on 4 June 2025, after the big meeting on 29 May. Sam typed it up using Maisie's words. Alfie's ideas are in too.*

---

## About me

My name is Maisie. I am 10 and I am in Year 5. I live with my mum (Kelly) and my little brother Alfie.
I like gymnastics, drawing horses and my cat Biscuit. My best friend is Tilly. My nan Pauline and my
grandad Tony live on Ferris Street, five minutes away.

## What I am worried about

- Sometimes Mum drinks a lot of wine and falls asleep on the sofa and I can't wake her up. Then I make
  Alfie's tea (cereal) and put him to bed.
- Jay (Mum's old boyfriend) used to shout and he hit Mum. Once he threw the remote at the telly.
  He isn't allowed to come to our house now but I am scared he will.
- I get tired at school because I worry about Mum at night.

Alfie said: "I don't like it when Mummy is sleepy in the day."

## What I want to be different

- I want to go to bed at the right time and not have to look after Alfie at night.
- I want to feel safe in my house and know Jay won't come.
- Mum stops drinking wine and feels happier.
- I want to get to school on time and do gymnastics club on Wednesdays again.

## What I will do

- I will tell Sam or Miss Kaur the same day if Jay comes to our house or rings Mum.
- I will go to my Rainbows group at school every Thursday and Miss Kaur will tick that I went.
- I will use my worry book every night before bed.

## What my mum will do

- My mum will go to Horizons every Tuesday morning to get help to stop drinking.
- My mum will not drink any wine on school nights. Lou and Sam will do a breath test when they come round and write down what it says.
- My mum will get me and Alfie to school on time when she can.

## What my nan and grandad will do

- My nan will have me and Alfie at her house every weekend from Friday tea time to Sunday tea time, and she will write it in the little blue book Sam gave her.
- My grandad Tony will walk me and Alfie to school on Mondays and Wednesdays.

## What my social worker Sam will do

- My social worker Sam will come to see me every two weeks and we will talk on our own. Sam writes down what I say and reads it back to me.
- Sam will help Mum find a new house that Jay doesn't know about.

## What Lou from Horizons will do

- Lou from Horizons will meet Mum every Tuesday, do a breath test and tell Sam the result that same day.

## What school will do

- Miss Kaur will check I am OK every morning at 8.45 and write it in her safeguarding notes.
- The grown-ups in my meeting will keep an eye on how things are going at home.

## If things go wrong

If Mum has been drinking when she picks us up from school, Miss Kaur will ring Sam straight away and
me and Alfie will go to Nan's house that night. If Jay comes to the house, Mum will ring 999 and the
police will come. If Mum is asleep and I can't wake her up, I will ring 999 and then Nan.

## When the grown-ups will check my plan

The grown-ups (Mum, Sam, Miss Kaur, Lou, our health visitor and Nan) will meet every 4 weeks. The next
one is on 26 June 2025 at school. The next big meeting (the review conference) is on 21 August 2025.
I can go to the first part if I want to, or Sam will take my pictures.

---

*Signed:* Maisie ✎ (with a horse drawing) *Social worker:* Sam Okafor, 4 June 2025
""",
    "findings": [
        F("M001", "I will tell Sam or Miss Kaur the same day"),
        F("M001", "I will use my worry book every night before bed"),
        F("M001", "My mum will go to Horizons every Tuesday morning"),
        F("T002", "My mum will get me and Alfie to school on time"),
        F("M001", "My mum will get me and Alfie to school on time"),
        F("M001", "My grandad Tony will walk me and Alfie to school"),
        F("T001", "Sam will help Mum find a new house"),
        F("M001", "Sam will help Mum find a new house"),
        F("W002", "The grown-ups in my meeting will keep an eye on"),
        F("T001", "The grown-ups in my meeting will keep an eye on"),
        F("M002", "The grown-ups in my meeting will keep an eye on"),
        F("F002", "Mum stops drinking wine and feels happier."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. A health visitor's plan in prose paragraphs, one action per sentence,
#    with sentences about what has already happened mixed in (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b9_glasswick_hv_prose_plan_tolland.txt",
    "split": "tune",
    "template": "hv-prose-paragraphs-past-and-future-sentences",
    "description": (
        "A health visitor's child protection plan for a 7-week-old (mother's postnatal depression, faltering "
        "weight, damp flat) written as prose: one action per sentence, mixed with sentences about visits and "
        "checks already done. A passive referral, a perinatal nurse who only continues support visits, 'keep "
        "an eye on', 'as soon as possible', 'the family' as owner and several sentences with nothing to show "
        "they happened; no outcome for Ava, a contingency that only discusses, no legal step."
    ),
    "text": """\
GLASSWICK COMMUNITY HEALTH SERVICES
0-19 Public Health Nursing (Health Visiting) - Glasswick North Team
Glasswick Health Centre, Quarry Lane, Glasswick GW3 2PL

HEALTH VISITOR'S PLAN - CHILD PROTECTION

Child:          Ava TOLLAND, DOB 21/04/2025 (7 weeks)
Parents:        Jade Tolland (20) and Connor Fenn (23)
Address:        Flat 2, 9 Mill Race, Glasswick
On CP plan:     since ICPC 05/06/2025, category neglect
Social worker:  Dominic Yeo, Glasswick Children's Services (Assessment & Protection 1)
GP:             Dr Fiona Haldane, Mill Race Surgery
Plan written:   11/06/2025 by Yetunde Adebayo, Health Visitor (SCPHN)

BACKGROUND

Jade was diagnosed with postnatal depression by Dr Haldane on 28/05/2025 and started sertraline. She
has told me she does not feel "connected" to Ava and that some days she stays in bed until Connor
gets home. Ava was born at 39 weeks weighing 3.3kg (50th centile); by 9 June she had dropped to just
under the 9th centile. Connor works nights at the Glasswick distribution centre and sleeps until the
afternoon. The flat has black mould around the bedroom window and on the ceiling above the cot space.

AVA'S DAY, AS I HAVE SEEN IT

Ava is a small, alert baby who fixes on faces and startles easily. When Jade holds her close Ava turns
towards her voice and settles, but at my visit on 9 June she was left in her bouncer for the whole 50
minutes and cried for about ten minutes before anyone went to her. Her bottles are made up with the
scoop heaped. She has mild nappy rash. She smiled at Connor when he came in from the bedroom.

MY PLAN FOR THE NEXT EIGHT WEEKS

Feeding and weight. I weighed Ava at the clinic on 9 June and she was 4.1kg. I will weigh Ava at home
every week and plot each weight in her red book and on the SystmOne growth chart. Jade will offer Ava a
feed at least every three hours in the day and write each feed on the chart I left on the fridge. A
referral will be made to the Glasswick infant feeding team by Friday 13 June. On 9 June I showed Jade
and Connor how to make up a bottle with level scoops, and Connor made the next one himself.

Jade's mood. I completed the EPDS with Jade on 2 June and she scored 17. I rang Dr Haldane the same
afternoon and she agreed to see Jade sooner. Dr Haldane will review Jade's sertraline by 20 June and
write to me and to the SW with any change. Carol Ince, the perinatal mental health nurse, will continue
her fortnightly support visits to Jade. I will keep an eye on Jade's mood at each weekly visit.

Sleep and the flat. When I called on 9 June Ava was asleep in her pram in the living room with a fleece
blanket up to her chin. I will go through safe sleep again with Jade and Connor at my next visit and
leave them the Lullaby Trust leaflet. Connor will put Ava's cot up in their bedroom by 20 June, and I
will check it is up at my visit that week. The damp in the bedroom will be reported to Glasswick Homes
as soon as possible.

Connor and the wider picture. Connor came to the new birth visit but has not been at home for any of
my visits since. Connor will be at home for at least one of my weekly visits each month so that I can
see how he is with Ava. The family will ring me the same day if Ava is unwell, off her feeds or has a
temperature.

Sharing information. I sent Dominic a copy of my health chronology on 10 June. I will send Dominic a
written report of Ava's weights and my visits before each core group, for the core group notes.

IF I AM WORRIED

If I have any further concerns about Ava's weight or Jade's mood I will discuss them with my
safeguarding supervisor, Anne Corrie, and with Dominic.

MEETINGS

Core group: every four weeks, next on 01/07/2025 at Glasswick Health Centre.
Review child protection conference: 02/09/2025.

Y. Adebayo, Health Visitor, 11/06/2025
Copied to: Dominic Yeo (SW); Dr F Haldane (GP); Carol Ince (Perinatal MH); Named Nurse Safeguarding
""",
    "findings": [
        F("W001", "referral will be made to the Glasswick infant feeding team"),
        F("M001", "referral will be made to the Glasswick infant feeding team"),
        F("H001", "will continue her fortnightly support visits to Jade"),
        F("M001", "will continue her fortnightly support visits to Jade"),
        F("M002", "I will keep an eye on Jade's mood"),
        F("M001", "I will go through safe sleep again with Jade and Connor"),
        F("W001", "The damp in the bedroom will be reported to Glasswick Homes"),
        F("T002", "The damp in the bedroom will be reported to Glasswick Homes"),
        F("M001", "The damp in the bedroom will be reported to Glasswick Homes"),
        F("M001", "Connor will be at home for at least one of my"),
        F("W002", "The family will ring me the same day if Ava"),
        F("M001", "The family will ring me the same day if Ava"),
        F("O001"),
        F("C002"),
        F("R002"),
    ],
})
