"""Batch 59, module t: seven fictional plans (tuning material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
councils and health and social care trusts. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans as busy teams in the four UK nations write them - a Welsh
bilingual child protection plan, a Scottish GIRFEC child's plan, a Northern
Ireland trust plan set out under the UNOCINI domains, an English child in
need plan, a case-system export of a plan held up by a move to another
authority, core group minutes with an action log for a looked-after baby on a
children's ward, and a plan written for and with a 10-year-old. Three plans
are exemplary; the other four carry a realistic mix of faults across the
rules (owners, timescales, measures, mental health support, outcomes,
voice, adult services, contingency, family support, review, legal planning,
transfer and a looked-after child in hospital), not one rule in particular.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Welsh bilingual plan: Welsh/English headings and table headings, content
#    in English at the family's request (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_tawelfryn_bilingual_cynllun_pwy_erbyn_pryd_rhys.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Elis a Cadi Rhys",
    "split": "tune",
    "actions": 12,
    "template": "welsh-icpc-plan-docx-bilingual-welsh-english-headings-kv-manylion-then-beth-fydd-yn-digwydd-pwy-erbyn-pryd-sut-byddwn-ni-gwybod-table-content-in-english",
    "description": (
        "Welsh initial conference plan for an 8-year-old and a 2-year-old (father's drinking and weekend "
        "cocaine use, two police call-outs, neglect and emotional abuse). Every heading and the four table "
        "headings are Welsh / English; the content is in English at the family's request. Twelve rows, each "
        "with a named person, a date or frequency and what will be seen; the substance misuse service "
        "reports on change and what it means for the children; Nain's school runs and Saturday nights are "
        "covered in the contingency; core group dates, review conference and a legal gateway meeting set. "
        "Exemplary."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Tawelfryn · Gwasanaethau Plant / Tawelfryn County Borough Council · "
              "Children's Services · Tîm Diogelu / Safeguarding Team (Dwyrain / East)"),
        ("p", "Mae'r cynllun hwn ar gael yn Gymraeg. Gofynnodd y teulu am y cynllun yn Saesneg. / This plan "
              "is available in Welsh. The family asked for the plan in English."),
        ("h1", "Manylion / Details"),
        ("kv", [
            ("Plant / Children", "Elis Rhys (8), Blwyddyn 3 / Year 3, Ysgol Gymraeg Bro Tawel; Cadi Rhys (2), "
                                 "at home with Mum"),
            ("Mam / Mother", "Ffion Rhys (30)"),
            ("Tad / Father", "Gethin Rhys (33). Ffion and Gethin are married and both live at home."),
            ("Cyfeiriad / Address", "14 Heol y Felin, Tawelfryn"),
            ("Nain / Grandmother", "Eirlys Morgan (Ffion's mother), Bryn Afon, Pentre Isaf – a mile away"),
            ("Cynhadledd / Conference", "Cynhadledd Amddiffyn Plant Gychwynnol / Initial Child Protection "
                                        "Conference, dydd Iau / Thursday 6 March 2025"),
            ("Categori / Category", "Esgeulustod a cham-drin emosiynol / Neglect and emotional abuse"),
            ("Gweithiwr cymdeithasol / Social worker", "Sioned Pugh"),
            ("Cadeirydd / Chair", "Huw Prydderch, Independent Chair"),
        ]),
        ("h1", "Pam fod gan Elis a Cadi gynllun / Why Elis and Cadi have a plan"),
        ("p", "The police were called to Heol y Felin twice in January 2025 after neighbours heard shouting "
              "late at night. On 25 January Gethin came home drunk at 1am, broke the kitchen door and "
              "shouted at Ffion while Elis watched from the stairs. Gethin told conference he drinks \"most "
              "nights, more at the weekend\" and has used cocaine on Saturday nights out since the summer. "
              "On the social worker's visits the house has been cold, there was little food for the "
              "children, and on 18 February Cadi was still in the clothes and nappy she had slept in at "
              "2pm. Ffion says she is worn out with doing everything on her own and keeping the peace."),
        ("h1", "Beth sy'n bwysig i Elis a Cadi / What matters to Elis and Cadi"),
        ("p", "Elis talked to Sioned in school on 27 February, in Welsh. He said \"Dw i ddim yn hoffi pan mae "
              "Dad yn gweiddi\" (I don't like it when Dad shouts) and that he puts his headphones on and "
              "turns his tablet up. He said the best days are Saturdays at Nain's \"because we make cawl and "
              "I can stay up for Pobol y Cwm\". He would like Dad to take him to rugby training again. On "
              "his worry scale he put home at 4 out of 10 and Nain's at 10."),
        ("p", "Cadi is starting to talk, with about twenty words in Welsh and a few in English. On visits she "
              "has been quiet and has watched the door when Gethin comes in; she goes straight to Ffion when "
              "voices are raised. She eats quickly when food is offered, and on 3 March she fell asleep on "
              "the floor by the fire at 11am. With Nain she babbles, laughs and follows her round the "
              "kitchen."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("bullets", [
            "Ffion and Gethin both came to conference, listened, and said they want to keep the family "
            "together.",
            "Gethin says he wants help with his drinking and has not used cocaine since 25 January.",
            "Nain is close to both children and has offered practical help every week.",
            "Elis is doing well at school and is in the under-9s rugby squad.",
        ]),
        ("h1", "Beth rydyn ni eisiau ei weld i'r plant / What we want to see for the children"),
        ("bullets", [
            "Elis and Cadi live in a calm home where nobody shouts, breaks things or comes home drunk, and "
            "Elis tells us he feels safe there.",
            "Elis and Cadi are always looked after by an adult who is sober and not using drugs.",
            "Cadi is clean, warm and fed on time, and her talking and play are checked and helped.",
            "Elis gets to school every day on time and keeps going to rugby.",
        ]),
        ("h1", "Y cynllun gweithredu / The action plan"),
        ("table", {
            "header": ["Rhif / No.", "Beth fydd yn digwydd / What will happen", "Pwy / Who",
                       "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [1.3, 5.4, 3.2, 3.2, 3.9],
            "rows": [
                ["1", "Visit Elis and Cadi at home, at least one visit in three unannounced; see Elis on his own "
                      "and write down what he says in the words he uses",
                 "Gweithiwr cymdeithasol / SW Sioned Pugh",
                 "Bob wythnos / Weekly until the review conference",
                 "Visit records show Elis seen alone, his words recorded, and what Cadi was doing and wearing"],
                ["2", "Go to a first appointment at the Tawelfryn Substance Misuse Service at Canolfan Dyfnant "
                      "and sign consent for the service to share information with the SW",
                 "Gethin Rhys",
                 "By Friday 14 March 2025",
                 "Keyworker emails the SW to confirm the appointment and the signed consent"],
                ["3", "Keywork sessions with Gethin, with breath tests and oral fluid drug tests, and a written "
                      "report on whether he is cutting down and stopping and what this means for Elis and Cadi",
                 "Rhodri Lloyd, keyworker, Tawelfryn Substance Misuse Service",
                 "Weekly from 17 March 2025; report before each core group",
                 "Test results and the report reach the SW at least 2 working days before each core group"],
                ["4", "Gethin will not drink alcohol or use any drug while he is looking after Elis and Cadi, "
                      "and will take a breath test when the SW visits",
                 "Gethin Rhys",
                 "Every day, from 6 March 2025",
                 "Breath test reading at each SW visit written on the visit record (zero each time)"],
                ["5", "Ten-week Rhaglen Rhianta Teulu / Family Parenting Programme at Canolfan Deulu Tawelfryn, "
                      "including the sessions on how drinking at home affects children",
                 "Ffion a / and Gethin Rhys",
                 "Every Wednesday morning for 10 weeks from 19 March 2025",
                 "Attendance register sent to the SW each month; group leader's letter at the end of the course"],
                ["6", "Cadi's two-year developmental review (ASQ-3) at home with both parents, with a check on "
                      "her talking in Welsh and English",
                 "Ymwelydd iechyd Dechrau'n Deg / Flying Start HV Manon Griffiths",
                 "By 28 March 2025",
                 "ASQ-3 scores on the HV record and sent to the SW; any referral to speech and language made"],
                ["7", "Take up Cadi's Flying Start childcare place at Cylch Meithrin Pen y Bryn, three mornings "
                      "a week",
                 "Ffion Rhys",
                 "Place started by 31 March 2025",
                 "Cylch confirmation letter; cylch register sent to the SW each month"],
                ["8", "Check Elis's attendance and punctuality each morning and ring Ffion by 9.30am if he is "
                      "not in school",
                 "Mr Dafydd Jenkins, Person Dynodedig / DSL, Ysgol Gymraeg Bro Tawel",
                 "Every school day",
                 "Weekly attendance printout to the SW every Friday; attendance at 95% or above"],
                ["9", "ELSA sessions with Elis about his worries at home, using the worry thermometer",
                 "Mrs Non Evans, ELSA, Ysgol Gymraeg Bro Tawel",
                 "Every Tuesday afternoon for 8 weeks from 11 March 2025",
                 "Elis's worry score written in the ELSA log each week and sent to the SW before each core group"],
                ["10", "Take Elis to school and collect him, and give both children their tea at Bryn Afon",
                 "Nain – Eirlys Morgan",
                 "Every Tuesday and Thursday",
                 "School's morning sign-in book shows Eirlys dropped Elis off; SW sees the tea diary at Bryn Afon"],
                ["11", "Elis and Cadi to sleep at Nain's every Saturday night, the night Gethin has gone out "
                       "drinking in the past",
                 "Nain – Eirlys Morgan",
                 "Every Saturday night until the review conference",
                 "Eirlys marks each night on the calendar on her fridge; the SW checks it at the next visit"],
                ["12", "Parenting assessment of Ffion and Gethin, including the children's daily routine and how "
                       "Gethin's drinking has affected it",
                 "SW Sioned Pugh",
                 "By 22 May 2025",
                 "Written assessment shared with Ffion, Gethin and the core group before the review conference"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Gethin comes home drunk or under the influence of drugs while the children are there, if "
              "the police are called to the house, or if a breath test at a visit is over zero, Gethin will "
              "leave that night to stay with his brother Iwan at 3 Maes yr Ysgol, and the SW (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day. The "
              "children will stay at home with Ffion."),
        ("p", "If Nain cannot do the Tuesday and Thursday school runs or have the children on a Saturday night "
              "(because she is ill or away), Ffion will take Elis to school herself, and on a Saturday Gethin "
              "will stay at Iwan's for the night so that there is no drinking in the house. If neither Nain "
              "nor Iwan can help, Sioned will arrange for the children to stay with the family's approved "
              "respite foster carers, Mr and Mrs Hopkins, that night."),
        ("p", "If Gethin has not started keywork by the first core group, or there is another incident of "
              "drinking at home before the review conference, Sioned will ask her team manager for a "
              "Cyfarfod Porth Cyfreithiol / Legal Gateway Meeting within 5 working days."),
        ("h1", "Grŵp craidd a chynhadledd adolygu / Core group and review conference"),
        ("bullets", [
            "Grŵp craidd / Core group: every 4 weeks, 2pm at Ysgol Gymraeg Bro Tawel – Thursday 20 March, "
            "Thursday 17 April and Thursday 15 May 2025.",
            "Cynhadledd adolygu / Review child protection conference: Thursday 5 June 2025, 10am, Canolfan "
            "Ddinesig Tawelfryn.",
        ]),
        ("p", "Teipiwyd gan / Typed by Sioned Pugh, 7 March 2025. Sent to Ffion, Gethin, Eirlys and every "
              "agency named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Northern Ireland trust plan: UNOCINI domains as full-width band rows over
#    a Need | Action | Lead person | Timescale | Evidence table (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_tarrenbrook_unocini_domain_bands_quinn.docx",
    "doc_title": "Child Protection Plan - Niamh and Darragh Quinn",
    "split": "tune",
    "actions": 13,
    "template": "ni-trust-icpcc-plan-docx-kv-unocini-assessment-summary-three-domains-childrens-views-outcomes-then-domain-band-rows-merged-across-need-action-lead-person-timescale-outcome-evidence-table",
    "description": (
        "Northern Ireland initial case conference plan for an 11-year-old and a 5-year-old (mother's "
        "depression and two overdoses, Niamh caring for her brother). UNOCINI assessment summary under the "
        "three domains, then an action table whose domain headings are full-width band rows. Faults: a "
        "family support row 'Ongoing' and the aunt's overnights 'As required' (T002), 'All professionals' "
        "(W002), an empty evidence cell (M001), 'Children's wellbeing monitored' (M002), the CMHT care "
        "coordinator only supporting (H001), an outcome about Roisin only (F002), grandmother and aunt "
        "carrying after-school care and overnights with a contingency that sends the children to the "
        "grandmother and never says what happens if she cannot (C003), and no legal planning (R002)."
    ),
    "landscape": True,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Tarrenbrook Health and Social Care Trust · Children's Services · Family Intervention Team 2"),
        ("kv", [
            ("Children", "Niamh Quinn (11), P7, and Darragh Quinn (5), P1, both at St Enda's Primary School, "
                         "Drumcreevy"),
            ("Mother", "Roisin Quinn (36)"),
            ("Father", "Martin Quinn (38), separated from Roisin since 2022, lives in Ballyhollan and sees the "
                       "children every second Sunday"),
            ("Address", "22 Glebe View, Drumcreevy"),
            ("Case conference", "Initial Child Protection Case Conference, Tuesday 13 May 2025"),
            ("Category of registration", "Neglect"),
            ("Key worker", "Ciara Donnelly, Social Worker"),
            ("Chair", "Brendan Hughes, Principal Social Worker"),
        ]),
        ("h1", "UNOCINI assessment summary"),
        ("h2", "Child's developmental needs"),
        ("p", "Niamh is bright and well liked at school, but her attendance this year is 86% and she has been "
              "late 19 times, mostly after dropping Darragh at the P1 door. She makes the tea most evenings "
              "and puts Darragh to bed. Darragh is wet most days in school and his teacher is worried that "
              "his speech is behind the other children in the class."),
        ("h2", "Parents' / carers' capacity"),
        ("p", "Roisin has had depression since Darragh was born and has been open to the Tarrenbrook "
              "Community Mental Health Team since February 2025. She took overdoses of her tablets in "
              "January and again on 22 April 2025; on the second occasion Niamh found her and rang Granny "
              "Bernie. Roisin says she spends most days in bed and \"can't face\" the school run. She loves "
              "the children and wants help. Martin is reliable with his Sundays but works long hours and "
              "does not feel he can have the children more often."),
        ("h2", "Family and environmental factors"),
        ("p", "Roisin's mother, Bernie McCann, lives five minutes away at 4 Church Brae and is the children's "
              "main support; Roisin's sister Siobhan lives in the town and works shifts. The family owes "
              "about £1,400 in rent arrears to the Housing Executive."),
        ("h1", "The children's views"),
        ("p", "Niamh (seen alone at school, 8 May 2025): \"I have to mind Darragh when Mammy's in bed. I don't "
              "mind but sometimes I'm tired in school.\" She said she was scared when she found her mum in "
              "April and that she would like \"someone to check Mammy is OK so I don't have to\". She wants "
              "to go to the P7 residential in June."),
        ("p", "Darragh drew his family with Granny Bernie the biggest. He told the social worker he likes "
              "\"Granny's chips\" and that \"Mammy sleeps a lot\". He was happy and chatty in school and "
              "cuddled into Niamh when the social worker visited at home."),
        ("h1", "Outcomes we want to achieve"),
        ("numbers", [
            "Niamh and Darragh are looked after every day by an adult who is well enough to get them up, fed "
            "and to school on time.",
            "Niamh does not have to care for her brother or her mum, and has time to be eleven.",
            "Roisin will engage with mental health services and her mood will stabilise.",
            "Darragh is dry during the school day and any help he needs with his speech has started.",
        ]),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["Identified need", "Action", "Lead person", "Timescale", "Outcome / evidence"],
            "widths": [4.2, 7.4, 4.8, 3.6, 5.7],
            "band_fill": "E2EFD9",
            "rows": [
                ["1. CHILD'S DEVELOPMENTAL NEEDS", H, H, H, H],
                ["Niamh is caring for Darragh and for her mum",
                 "Refer Niamh to Tarrenbrook Young Carers for a young carer's assessment and a place at the "
                 "Thursday group",
                 "Ciara Donnelly, SW", "By 30 May 2025", ""],
                ["Darragh is wet most days in school",
                 "Arrange a continence assessment for Darragh and give the school and Roisin a written "
                 "toileting plan",
                 "Gráinne Kelly, School Nurse", "By 20 June 2025",
                 "Toileting plan in place at home and in school; P1 teacher records wet days each week"],
                ["Niamh's attendance is 86%",
                 "Check both children's attendance every morning and telephone Roisin if either child is not in "
                 "by 9.30am",
                 "Mrs Teresa Grogan, Designated Teacher", "Every school day",
                 "Weekly attendance sent to the SW; both children above 95% by the review conference"],
                ["Darragh's speech is behind",
                 "Speech and language screen for Darragh in school, with advice for his teacher and for Roisin",
                 "Aoife Mallon, Speech and Language Therapist", "By 27 June 2025",
                 "SLT report with recommendations sent to the school and the SW"],
                ["2. PARENTS' / CARERS' CAPACITY", H, H, H, H],
                ["Roisin's depression and overdoses",
                 "Care coordinator to continue supporting Roisin with her mood through home visits",
                 "Paula Breen, Care Coordinator, Tarrenbrook CMHT", "Fortnightly",
                 "Roisin keeps her appointments (CMHT attendance record)"],
                ["Tablets kept in the house",
                 "Review Roisin's antidepressant and move her to weekly prescriptions so that no more than a "
                 "week's supply is in the house",
                 "Dr Seán Ferris, GP, Drumcreevy Health Centre", "By 27 May 2025",
                 "Weekly prescriptions set up on the GP system; GP letter to the SW"],
                ["Mornings and bedtimes",
                 "Family support worker to help Roisin set up a morning and bedtime routine for the children",
                 "Declan Morrow, Family Support Worker", "Ongoing",
                 "Routine chart up in the kitchen; school reports both children arriving on time"],
                ["The children need to be seen and heard",
                 "Visit the home and see Niamh and Darragh on their own",
                 "Ciara Donnelly, SW", "Every two weeks, at least one visit in three unannounced",
                 "Children's wellbeing monitored"],
                ["3. FAMILY AND ENVIRONMENTAL FACTORS", H, H, H, H],
                ["After-school care",
                 "Granny Bernie to collect both children from school and give them their tea at Church Brae",
                 "Bernie McCann (maternal grandmother)", "Monday to Thursday",
                 "School's collection record shows the children collected by Bernie"],
                ["Breaks for Roisin",
                 "Aunt Siobhan to have Niamh and Darragh overnight at her flat",
                 "Siobhan McCann (maternal aunt)", "As required",
                 "Overnight stays written in the family diary, which the SW sees at visits"],
                ["Sharing information",
                 "Share any concerns about the children's care with the social worker the same day",
                 "All professionals", "Same day",
                 "Concerns recorded on the children's Trust file"],
                ["Rent arrears",
                 "Help Roisin agree a repayment plan for the Housing Executive arrears and apply for a "
                 "discretionary support grant",
                 "Rachel Quigley, Drumcreevy Advice Centre", "By 30 June 2025",
                 "Repayment plan agreed in writing; grant decision letter on file"],
                ["Time with Dad",
                 "Niamh and Darragh to spend every second Sunday with their dad, 11am to 5pm",
                 "Martin Quinn", "Every second Sunday",
                 "Martin texts the SW after each Sunday; the children's views of the visits recorded by the SW"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Roisin takes an overdose, tells anyone she is thinking of ending her life, or is found not "
              "able to care for the children (in bed and not responding when they come home), Niamh and "
              "Darragh will go to Granny Bernie's at 4 Church Brae that day, and the social worker (or the "
              "out-of-hours social work service) will hold a strategy discussion with the police the same "
              "day. Niamh has Granny Bernie's number in her phone and knows to ring 999 first if her mum "
              "will not wake."),
        ("h1", "Core group and review"),
        ("p", "Core group meetings every four weeks at St Enda's Primary School: Tuesday 27 May, Tuesday 24 "
              "June and Tuesday 22 July 2025, 2pm."),
        ("p", "Review Child Protection Case Conference: Tuesday 12 August 2025, 10am, Drumcreevy Health "
              "Centre."),
        ("p", "Plan circulated to Roisin, Martin and all agencies on 14 May 2025 by Ciara Donnelly."),
    ],
    "findings": [
        F("M001", "Refer Niamh to Tarrenbrook Young Carers for a young carer's assessment"),
        F("H001", "continue supporting Roisin with her mood through home visits"),
        F("T002", "help Roisin set up a morning and bedtime routine"),
        F("M002", "Visit the home and see Niamh and Darragh on their own"),
        F("T002", "Aunt Siobhan to have Niamh and Darragh overnight"),
        F("W002", "Share any concerns about the children's care with the social worker"),
        F("F002", "Roisin will engage with mental health services and her mood will stabilise"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Scottish child's plan (child protection): GIRFEC, My World Triangle,
#    outcomes under the wellbeing indicators, then an action table whose Ref
#    column codes each row to an indicator (paged landscape PDF, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_tulliebrae_girfec_childs_plan_indicator_refs_macleod.pdf",
    "doc_title": "Child's Plan (Child Protection) - Ruaridh MacLeod",
    "split": "tune",
    "actions": 18,
    "template": "scottish-childs-plan-cp-paged-landscape-kv-named-person-lead-professional-my-world-triangle-summary-outcomes-by-wellbeing-indicator-then-ref-coded-s1-h1-a1-action-who-when-how-we-will-know-table",
    "description": (
        "Scottish child's plan agreed at an initial child protection planning meeting for a 9-year-old "
        "(domestic abuse by mum's ex-partner, mum's drinking, neglect). Named Person and Lead Professional, "
        "Ruaridh's views in his own Scots words, a My World Triangle summary and outcomes under the eight "
        "wellbeing indicators, then eighteen rows whose Ref codes them to an indicator (S1-S6, H1-H3, A1-A2, "
        "N1-N2, AC1, R1, RS1, I1-I2). Each row has a named person, a date or frequency and what will be "
        "seen; the recovery service and GP report on change; the contingency covers Gran not being able "
        "to help; core group dates, a review CPPM and a legal planning meeting with a referral to the "
        "Reporter set. Header and page footer on every page. Exemplary."
    ),
    "header": "OFFICIAL – SENSITIVE · Tulliebrae Council · Children and Families Social Work",
    "footer": "Child's Plan – Ruaridh MacLeod – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "landscape": True,
    "blocks": [
        ("title", "Child's Plan (Child Protection)"),
        ("p", "Getting it right for every child · Tulliebrae Council and partners"),
        ("kv", [
            ("Child", "Ruaridh MacLeod, born 02/09/2015 (9), P5, Lochanside Primary School"),
            ("Lives with", "Shona MacLeod (34), mum – Flat 2/1, 19 Burnside Terrace, Tulliebrae"),
            ("Dad", "Stuart Grant (37), lives in Auchterglen; has Ruaridh every other weekend"),
            ("Gran", "Morag MacLeod (61), Shona's mum, 14 Mill Wynd, Tulliebrae"),
            ("Other adult", "Darren Baird (31), Shona's ex-partner, on bail not to approach Shona or the flat"),
            ("Named Person", "Mrs Aileen Forsyth, Head Teacher, Lochanside Primary School"),
            ("Lead Professional", "Callum Reid, Social Worker, Tulliebrae Children and Families (North)"),
            ("Meeting", "Initial Child Protection Planning Meeting (CPPM), Thursday 24 April 2025"),
            ("Child protection register", "Name placed on the register. Concerns: domestic abuse; parental "
                                          "alcohol misuse; neglect"),
            ("Chair", "Fiona Lennox, Child Protection Chair"),
        ]),
        ("h1", "1. Why Ruaridh's name is on the child protection register"),
        ("p", "On 30 March 2025 Darren Baird assaulted Shona in the flat while Ruaridh was there. Ruaridh "
              "hid in the bathroom and phoned 999 himself. Darren was arrested and released on bail. Shona "
              "told the CPPM that she has been drinking vodka most days since then, \"to get through it\". "
              "Since the assault Ruaridh has missed 9 days of school and has come in six times without a "
              "lunch or a jacket. On 14 April the social worker found no food in the flat and no credit on "
              "the gas meter. There were three earlier police call-outs to the flat in 2024, each after "
              "Darren had been drinking."),
        ("h1", "2. What Ruaridh told us"),
        ("p", "Ruaridh spoke with Kayleigh Brodie from the Tulliebrae Children's Rights Service on 17 April "
              "and chose to have his words read out at the meeting:"),
        ("bullets", [
            "\"I'm feart Darren will come back roond. I keep the chain on the door.\"",
            "\"Mum's no well when she's had her voddie. She sleeps on the couch and I make my ain piece.\"",
            "\"I want tae stay wi' Mum but I want her tae stop drinking.\"",
            "\"Gran's is the best. She does mince and tatties and I get tae watch the fitba.\"",
            "\"I miss my football. I'm a defender.\"",
        ]),
        ("p", "At school Ruaridh has been tired and quiet, and has twice hit out at other boys in the "
              "playground. His teacher says he is a kind boy who looks after younger children."),
        ("h1", "3. What Mum and Dad told us"),
        ("p", "Shona said she knows her drinking has got worse and that she wants help to stop; she does "
              "not want Darren back. Stuart said he would like to see Ruaridh more and can have him every "
              "other weekend, but works away during the week."),
        ("h1", "4. My World Triangle – summary of the assessment"),
        ("h2", "How I grow and develop"),
        ("p", "Ruaridh is healthy but small for his age and has not seen a dentist for two years. He is "
              "working at the expected level in reading but has fallen behind in maths since March."),
        ("h2", "What I need from people who look after me"),
        ("p", "Shona loves Ruaridh and he is close to her, but her drinking means that on many evenings "
              "there is no tea and no one to get him up in the morning. Shona has low mood and sees her GP."),
        ("h2", "My wider world"),
        ("p", "Gran Morag lives nearby and sees Ruaridh most days. The flat is rented from Tulliebrae "
              "Housing Association; the family has debts on the gas and electricity."),
        ("h1", "5. Wellbeing outcomes – what we want for Ruaridh"),
        ("bullets", [
            "Safe: Ruaridh lives in a home where Darren does not come and where there is no violence, and he "
            "knows what to do if he is scared.",
            "Healthy: Ruaridh is fed every day, has a check-up and sees a dentist.",
            "Achieving: Ruaridh is in school every day on time and catches up in maths.",
            "Nurtured: Ruaridh is looked after every evening and every morning by an adult who is sober.",
            "Active: Ruaridh is back at football twice a week.",
            "Respected: Ruaridh's views are heard at every meeting about him.",
            "Responsible: Ruaridh finds ways to deal with his anger that do not hurt other children.",
            "Included: Ruaridh's home is warm, with gas and electric on and food in the cupboard.",
        ]),
        ("h1", "6. Action plan"),
        ("p", "Ref: S Safe · H Healthy · A Achieving · N Nurtured · AC Active · R Respected · RS Responsible · "
              "I Included"),
        ("table", {
            "header": ["Ref", "What will be done", "Who", "When", "How we will know it is working"],
            "widths": [1.3, 8.6, 4.6, 4.6, 6.6],
            "rows": [
                ["S1", "Visit Ruaridh at home, at least one visit in three unannounced, see him on his own, and "
                       "look at the food in the kitchen and the gas and electric meters",
                 "Callum Reid, Lead Professional (SW)", "Weekly until the review CPPM",
                 "Visit records say where Ruaridh was seen, what he said, what food there was and the meter "
                 "credit"],
                ["S2", "Go over Shona's safety plan with her, complete a new DASH risk checklist and refer to "
                       "MARAC if the score is 14 or more",
                 "Kirsty Muir, Domestic Abuse Advocate, Tulliebrae Women's Support Project", "By 8 May 2025",
                 "Written safety plan and DASH score sent to Callum; MARAC referral number if made"],
                ["S3", "Put a priority marker on the flat and tell Callum of any breach of Darren's bail "
                       "conditions",
                 "PC Gary Kerr, Police Domestic Abuse Investigation Unit, Tulliebrae",
                 "Marker by 28 April 2025; breaches the same day",
                 "Email confirming the marker; any breach on Callum's record the day it happens"],
                ["S4", "Make a safety card with Ruaridh (who to ring, Mrs Boyle at 2/2 next door) and practise "
                       "it with him",
                 "Callum Reid, Lead Professional (SW)", "By the first core group, 8 May 2025",
                 "Card kept in Ruaridh's school bag; Ruaridh can tell the Named Person what he would do"],
                ["S5", "Not let Darren into the flat or see him while Ruaridh is there, and tell Callum the "
                       "same day if Darren gets in touch",
                 "Shona MacLeod", "Every day, from 24 April 2025",
                 "No police call-outs to the flat; any contact reported to Callum that day"],
                ["S6", "Ruaridh to stay at Gran's every Friday night, with tea and the football on",
                 "Morag MacLeod (Gran)", "Every Friday night until the review CPPM",
                 "Gran's diary, which Callum reads at his next visit"],
                ["H1", "Key work with Shona, with breath tests, and a written report on whether she is "
                       "cutting down and stopping her drinking and what that means for her care of Ruaridh",
                 "Neil Sutherland, Recovery Worker, Tulliebrae Alcohol and Drug Recovery Service",
                 "Weekly from 1 May 2025; report before each core group",
                 "Breath test results and the report sent to Callum 2 working days before each core group"],
                ["H2", "Review Shona's low mood and her sertraline, and write to Callum on how her mood and "
                       "drinking affect her care of Ruaridh",
                 "Dr Anna Ross, GP, Burnside Medical Practice", "By 15 May 2025",
                 "GP letter on Ruaridh's file"],
                ["H3", "Health check for Ruaridh (height, weight, eyes) and help to register him with a dentist",
                 "Lorna Baxter, School Nurse", "By 30 May 2025",
                 "Results sent to Callum; dental registration letter and first appointment date"],
                ["A1", "Check Ruaridh's attendance every morning and phone Shona by 9.15am if he is not in, "
                       "then Callum if she does not answer",
                 "Mrs Aileen Forsyth, Named Person", "Every school day",
                 "Weekly attendance figure to Callum every Friday; 95% or more by the review CPPM"],
                ["A2", "Breakfast club place and extra maths support in a small group",
                 "Mr Ian Drummond, Depute Head Teacher", "Every school day from Monday 28 April 2025",
                 "Breakfast club register; maths tracking score at the end of May and June"],
                ["N1", "Home visits at 8am or 7.30pm to help Shona with Ruaridh's morning and bedtime routine",
                 "Jenna Paterson, Family Support Worker", "Twice a week for 8 weeks from 28 April 2025",
                 "Routine chart on the fridge; visit notes record whether Ruaridh was up, washed and fed"],
                ["N2", "Steady Ground group for mothers after domestic abuse (8 sessions)",
                 "Shona MacLeod", "Every Tuesday morning from 6 May 2025",
                 "Attendance sheet to Callum; group worker's letter at the end of the group"],
                ["AC1", "Take Ruaridh to training and to his Saturday match with Tulliebrae Thistle under-10s",
                 "Morag MacLeod (Gran)", "Every Wednesday evening and Saturday morning",
                 "Coach's register; Ruaridh tells Callum how it went"],
                ["R1", "Meet Ruaridh before each meeting to hear his views and agree how he wants them shared",
                 "Kayleigh Brodie, Children's Rights Officer", "Before each core group and the review CPPM",
                 "Ruaridh's views sheet, in his own words, given to the chair at each meeting"],
                ["RS1", "Sessions with Ruaridh about what happened on 30 March and what he can do when he feels "
                        "angry",
                 "Mrs Claire Dunn, Pupil Support Teacher", "Every Thursday for 6 weeks from 1 May 2025",
                 "Session log; playground incident log shows fewer incidents each fortnight"],
                ["I1", "Apply for a Scottish Welfare Fund crisis grant and sort out the gas and electric debt "
                       "so that Ruaridh's home is warm and there is food",
                 "Euan Gillies, Money Advice Worker, Tulliebrae Council", "By 9 May 2025",
                 "Grant decision letter; meters in credit at Callum's visits"],
                ["I2", "Ruaridh to stay with his dad every other weekend, Saturday 10am to Sunday 5pm",
                 "Stuart Grant (Dad)", "Every other weekend from 3 May 2025",
                 "Stuart texts Callum when Ruaridh is home; Ruaridh tells Callum about his weekends"],
            ],
        }),
        ("h1", "7. Contingency plan"),
        ("p", "If Darren comes to the flat or gets in touch with Shona or Ruaridh, Shona or Ruaridh will ring "
              "999, and Ruaridh will go to Gran's at 14 Mill Wynd that night. Callum, or the Social Work "
              "Standby Service out of hours, will hold an Inter-agency Referral Discussion (IRD) the same day."),
        ("p", "If Shona has been drinking while she is looking after Ruaridh on her own (a breath test over "
              "zero, Ruaridh telling someone, or school smelling drink when she collects him), Ruaridh will "
              "go to Gran's that night and an IRD will be held the same day."),
        ("p", "If Gran cannot have Ruaridh on a Friday, or cannot take him in an emergency because she is ill "
              "or away, he will go to his dad in Auchterglen; if neither Gran nor Stuart can have him, Callum "
              "will arrange an emergency placement with Tulliebrae Council foster carers that day."),
        ("p", "If Shona is still drinking at the core group on 3 July 2025, or there is any further incident "
              "of drinking while caring for Ruaridh or of contact with Darren before the review CPPM, Callum "
              "will ask his team leader for a legal planning meeting with Tulliebrae Council Legal Services "
              "within 5 working days and will refer Ruaridh to the Children's Reporter."),
        ("h1", "8. Core group and review"),
        ("bullets", [
            "Core group: every 4 weeks at Lochanside Primary School, 1.30pm – Thursday 8 May, Thursday 5 June "
            "and Thursday 3 July 2025.",
            "Review Child Protection Planning Meeting (review case conference): Thursday 17 July 2025, 10am, "
            "Tulliebrae Council Offices, Room 4.",
        ]),
        ("p", "Plan agreed at the CPPM on 24 April 2025 and sent to Shona, Stuart and all agencies on 25 April "
              "2025 by Callum Reid, Lead Professional."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. English child in need plan after a section 47 enquiry: numbered actions,
#    each with a "Who | When | How we'll know" line (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_tenterholme_cin_plan_numbered_who_when_pemberton.md",
    "split": "tune",
    "actions": 9,
    "template": "cin-plan-md-bold-label-lines-why-worried-what-kai-and-ruby-say-what-we-want-then-numbered-bold-actions-each-with-who-when-how-well-know-line-cin-review-dates",
    "description": (
        "English child in need plan for a 13-year-old young carer and his 6-year-old sister after a section "
        "47 enquiry (mother's misuse of prescribed and bought codeine and tramadol, chronic back pain). "
        "Numbered bold actions, each followed by a 'Who | When | How we'll know' line. Faults: a passive "
        "young carers assessment with no one named (W001), 'monitored' as the measure (M002), mentoring "
        "with no measure (M001), a pain course 'when a place comes up' (T002), a housing application with "
        "no date (T001), five of nine actions about Lisa's own needs with no link to the children (F001), "
        "an outcome about Lisa only (F002), the recovery hub only somewhere Lisa goes (F004), a vague "
        "'step it up' contingency (C002), CIN reviews only (R001) and no legal step (R002)."
    ),
    "text": """\
# Child in Need Plan

**Tenterholme Borough Council – Children's Services – Assessment and Intervention Team (South)**

**Children:** Kai Pemberton (13), Year 8, Tenterholme Academy; Ruby Pemberton (6), Year 1, Greenside Primary School
**Parent:** Lisa Pemberton (39), mum. Kai and Ruby's dad, Wayne, lives abroad and has no contact.
**Address:** 48 Mercer Street, Tenterholme
**Plan agreed:** Child in need planning meeting, Monday 9 June 2025, at Tenterholme Academy
**Social worker:** Hannah Blake
**Present:** Lisa, Kai (first half), Hannah Blake (SW), Mr Carl Obi (Learning Mentor, Tenterholme Academy), Mrs Joanne Platt (Family Support Lead, Greenside Primary), Debbie Lane (Housing Officer, Tenterholme Homes)

## Why we are worried

On 19 May 2025 Kai told his form tutor that he could not wake his mum the night before and had "sat with her till she woke up" before getting Ruby to bed. Lisa hurt her back in a fall at work in 2022. She is prescribed codeine by her GP and told us she has also been buying codeine and tramadol online, "more than I should". A section 47 enquiry found that Kai gets Ruby up, fed and to school most days, collects her three afternoons a week and often cooks the tea. Kai's attendance is 88% and he has been late 22 times this year. The enquiry concluded that the children are children in need and that a child in need plan should be put in place.

## What Kai and Ruby say

Kai said: "I don't mind helping, Mum can't help being in pain. But I get scared when she's dead sleepy and I can't wake her." He said he has stopped going to cadets because he has to get Ruby. He would like "someone to talk to who isn't a teacher" and to be able to go back to cadets on Thursdays.

Ruby drew a picture of her house with Kai "doing the dinner". She told Mrs Platt that she likes it when Kai does her hair "but he pulls".

## What we want to achieve

- Kai and Ruby are always cared for by an adult who is awake and able to look after them.
- Kai gets to be a 13-year-old: he is not the one getting Ruby up, fed and to school, and he goes back to cadets.
- Lisa's pain is better managed and she is using her medication safely.
- Ruby is collected from school by an adult every day.

## The plan

1. **A young carers assessment will be completed for Kai, looking at the jobs he does for his mum and Ruby.**
   Who: – | When: by Friday 18 July 2025 | How we'll know: written assessment shared with Kai and Lisa

2. **Visit Kai and Ruby at home and see each of them on their own.**
   Who: Hannah Blake (SW) | When: every three weeks | How we'll know: Kai's wellbeing will be monitored

3. **Mentoring sessions for Kai in school, so he has a trusted adult to talk to about home.**
   Who: Mr Carl Obi, Learning Mentor | When: every Monday, period 1, from 16 June 2025 | How we'll know: –

4. **Lisa will make an appointment with her GP to talk about cutting down her codeine.**
   Who: Lisa | When: by Friday 20 June 2025 | How we'll know: appointment letter shown to Hannah

5. **Lisa will self-refer to the Tenterholme Recovery Hub for help with the tablets she buys online.**
   Who: Lisa | When: by Friday 27 June 2025 | How we'll know: the Hub confirms to Hannah that Lisa has had her first assessment

6. **Lisa will go on the Living Well with Pain course at Tenterholme Community Hospital.**
   Who: Lisa | When: when a place comes up | How we'll know: certificate of attendance

7. **Apply to Tenterholme Homes for a move to a ground-floor flat with a walk-in shower.**
   Who: Debbie Lane, Housing Officer | When: – | How we'll know: application number and banding letter on file

8. **Help Lisa claim Personal Independence Payment and agree a plan for the council tax arrears.**
   Who: Sam Hussey, Tenterholme Advice Service | When: by Thursday 31 July 2025 | How we'll know: copy of the PIP claim and the council tax repayment letter

9. **Book Ruby into the after-school club at Greenside three days a week, so Kai does not have to collect her.**
   Who: Mrs Joanne Platt, Family Support Lead | When: Monday, Wednesday and Friday from 16 June 2025 | How we'll know: after-school club register

## If things get worse

If things get worse at home or there are further concerns, we will talk about whether the plan needs to be stepped up to child protection.

## Reviewing the plan

Child in need review meetings every six weeks at Tenterholme Academy, 4pm: Monday 21 July 2025 and Monday 1 September 2025.

*Plan typed by Hannah Blake, 10 June 2025. Copies to Lisa, Kai and everyone who came to the meeting.*
""",
    "findings": [
        F("W001", "A young carers assessment will be completed for Kai"),
        F("M002", "Visit Kai and Ruby at home and see each of them"),
        F("M001", "Mentoring sessions for Kai in school, so he has"),
        F("T002", "Lisa will go on the Living Well with Pain course"),
        F("T001", "Apply to Tenterholme Homes for a move to a ground-floor flat"),
        F("F001"),
        F("F002", "Lisa's pain is better managed and she is using her medication safely"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Case-system print of an initial plan for a family about to move to
#    another authority: dotted field labels, one block per action (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_thackerley_carefile_print_transfer_pending_sutcliffe.txt",
    "split": "tune",
    "actions": 15,
    "template": "icpc-plan-case-system-print-txt-header-fields-transfer-note-caps-sections-then-action-blocks-task-assigned-to-due-evidence-status-dotted-labels",
    "description": (
        "Case-system print of an initial plan for a 7-year-old and a 4-year-old (neglect, mother's partner's "
        "cannabis and drinking, mother's anxiety) whose family move to another council's area in four weeks. "
        "Fifteen action blocks with dotted Task / Assigned to / Due / Evidence / Status labels. Faults: a "
        "parenting assessment left for the receiving authority and a speech referral held back for it "
        "(X001 x2), 'Ongoing' and 'ASAP' (T002 x2), a blank Due (T001), a blank Assigned to on a passive task "
        "(W001), 'Core group' as owner (W002), two blank Evidence lines (M001 x2), 'Monitored' (M002), "
        "talking therapy sessions only (H001), the children's views 'to be gathered' (F003), a vague "
        "contingency (C002), the review conference left to the receiving authority (R001) and no legal "
        "planning (R002)."
    ),
    "text": """\
THACKERLEY METROPOLITAN BOROUGH COUNCIL                     CareFile 8.2
Children's Social Care                   Print: CHILD PROTECTION PLAN
Printed 08/07/2025 16:42 by KPATEL                                Page 1
========================================================================
PLAN ID ........... CP-2025-04417
PLAN TYPE ......... Child Protection Plan (ICPC)
PLAN STATUS ....... Active
SUBJECT(S) ........ Leah SUTCLIFFE   DOB 14/11/2017 (7y)  ID 884120
                    Tommy SUTCLIFFE  DOB 02/03/2021 (4y)  ID 884121
ADDRESS ........... 31 Foundry Lane, Thackerley
HOUSEHOLD ......... Kayleigh SUTCLIFFE (mother, 26)
                    Jordan PLATT (mother's partner, 29)
CONFERENCE ........ Initial Child Protection Conference 03/07/2025
CATEGORY .......... Neglect
ALLOCATED WORKER .. Kiran Patel, Social Worker, Safeguarding Team 4
TEAM MANAGER ...... Andrea Lumb
------------------------------------------------------------------------

REASON FOR PLAN
  Referral from Thackerley St Mary's Primary 02/06/2025: Leah arriving
  hungry and unwashed, late on 14 of the last 20 school days. On
  11/06/2025 a neighbour found Tommy in the street at 7.10am in his
  pyjamas; Kayleigh and Jordan were asleep. Home visit 13/06/2025: strong
  smell of cannabis, dog mess in the kitchen, no bedding on the
  children's beds. Jordan smokes cannabis daily and drinks most evenings;
  police attended an argument at the address on 21/05/2025. Kayleigh is
  on the waiting list for Talking Therapies for anxiety (GP letter
  05/06/2025). Tommy has missed two health visitor appointments and his
  dental check; his speech is behind for his age.

TRANSFER NOTE
  Family have accepted a tenancy at 8 Linnet Close, Haverby (Wenmouth
  County Council area) from 01/08/2025. Transfer-in request to be sent to
  Wenmouth Children's Services after the move.

CHILD'S VIEWS / LIVED EXPERIENCE
  To be gathered at next visit.

OUTCOMES SOUGHT
  1. Leah and Tommy are fed, clean and supervised by a sober adult at all
     times, day and night.
  2. Leah gets to school on time every day, washed and with breakfast.
  3. Tommy's health, dental and speech needs are checked and met.

------------------------------------------------------------------------
ACTIONS (15)
------------------------------------------------------------------------
ACTION 01
  Task .......... Visit Leah and Tommy at home, see Leah on her own and
                  check the bedrooms and the food in the house
  Assigned to ... Kiran Patel (SW)
  Due ........... Every 10 working days until the transfer-in conference
  Evidence ...... Visit recorded on CareFile with what was seen in each
                  room
  Status ........ Open

ACTION 02
  Task .......... Parenting assessment of Kayleigh and Jordan to be
                  completed by Wenmouth once the case has transferred
  Assigned to ... Wenmouth Children's Services
  Due ........... On transfer
  Evidence ...... Parenting assessment report
  Status ........ Not started

ACTION 03
  Task .......... Tommy's speech and language referral to be held and
                  passed to the Wenmouth health visiting team to make
                  after the move
  Assigned to ... HV Bev Crossley
  Due ........... Within 2 weeks of the move (w/c 11/08/2025)
  Evidence ...... Handover form sent; referral accepted by Wenmouth SLT
  Status ........ On hold

ACTION 04
  Task .......... FSW to work with Kayleigh on a morning routine so that
                  Leah gets to school on time
  Assigned to ... FSW Nadia Hussain
  Due ........... Ongoing
  Evidence ...... School late book shows Leah in by 8.50am on 4 of 5
                  days
  Status ........ Open

ACTION 05
  Task .......... Take Tommy to the dentist for the check-up and
                  treatment he has missed
  Assigned to ... Kayleigh Sutcliffe
  Due ........... ASAP
  Evidence ...... Appointment card seen by SW
  Status ........ Open

ACTION 06
  Task .......... Jordan to attend Thackerley Drug and Alcohol Service
                  for an assessment of his cannabis and alcohol use
  Assigned to ... Jordan Platt
  Due ........... 18/07/2025
  Evidence ...... TDAS confirms attendance to SW by email
  Status ........ Open

ACTION 07
  Task .......... Keywork with Jordan, with drug screens, and a report on
                  whether his use is changing and how it affects the
                  children's care
  Assigned to ... Gary Firth, Recovery Worker, TDAS
  Due ........... Fortnightly from 21/07/2025; report before each core
                  group
  Evidence ...... Screen results and written report sent to SW
  Status ........ Open

ACTION 08
  Task .......... Kayleigh to have 8 sessions of guided self-help for
                  her anxiety
  Assigned to ... Lucy Dean, PWP, Thackerley Talking Therapies
  Due ........... Weekly for 8 weeks from 14/07/2025
  Evidence ...... Sessions attended (Talking Therapies record)
  Status ........ Open

ACTION 09
  Task .......... Apply for Tommy's funded 15 hours at Foundry Lane
                  Nursery
  Assigned to ... Kayleigh Sutcliffe
  Due ........... 21/07/2025
  Evidence ......
  Status ........ Open

ACTION 10
  Task .......... Check Leah's attendance every morning and phone
                  Kayleigh if she is not in by 9.30am
  Assigned to ... Mrs Helen Crabtree, DSL, Thackerley St Mary's Primary
  Due ........... Every school day to the end of term (18/07/2025)
  Evidence ...... Weekly attendance print sent to SW
  Status ........ Open

ACTION 11
  Task .......... Tell the SW the same day about any worry about the
                  children's care
  Assigned to ... Core group
  Due ........... Same day
  Evidence ...... Concern logged on CareFile
  Status ........ Open

ACTION 12
  Task .......... Home conditions to be checked and photographed,
                  including the children's bedding
  Assigned to ...
  Due ........... At each home visit
  Evidence ...... Photos saved to the children's file
  Status ........ Open

ACTION 13
  Task .......... Get beds, mattresses and bedding for Leah and Tommy
                  for the new house
  Assigned to ... Kayleigh Sutcliffe
  Due ...........
  Evidence ...... Receipts or photos shown to the SW
  Status ........ Open

ACTION 14
  Task .......... Send the plan, chronology and assessments to Wenmouth
                  with the transfer-in request
  Assigned to ... Kiran Patel (SW)
  Due ........... 25/07/2025
  Evidence ...... Monitored
  Status ........ Open

ACTION 15
  Task .......... Development review for Tommy, including his speech and
                  his missed immunisations
  Assigned to ... HV Bev Crossley
  Due ........... 25/07/2025
  Evidence ......
  Status ........ Open

------------------------------------------------------------------------
CONTINGENCY
  If concerns escalate or the plan is not followed, SW to discuss with
  Team Manager and consider next steps, including whether a strategy
  discussion is needed.

REVIEW ARRANGEMENTS
  Core group ........ Every 4 weeks; first meeting 17/07/2025, 1.30pm,
                      Thackerley St Mary's Primary
  Review conference . To be arranged by Wenmouth following transfer

------------------------------------------------------------------------
END OF PRINT                         CP-2025-04417          Page 3 of 3
""",
    "findings": [
        F("X001", "Parenting assessment of Kayleigh and Jordan to be"),
        F("X001", "speech and language referral to be held and passed"),
        F("T002", "to work with Kayleigh on a morning routine"),
        F("T002", "Take Tommy to the dentist for the check-up"),
        F("H001", "Kayleigh to have 8 sessions of guided self-help"),
        F("M001", "Apply for Tommy's funded 15 hours at Foundry"),
        F("W002", "Tell the SW the same day about any worry"),
        F("W001", "Home conditions to be checked and photographed"),
        F("T001", "Get beds, mattresses and bedding for Leah and Tommy"),
        F("M002", "Send the plan, chronology and assessments to Wenmouth"),
        F("M001", "Development review for Tommy, including his speech"),
        F("F003"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Core group minutes with an action log, for a looked-after baby (section
#    20) now on the children's ward; initials, agency updates, then a
#    No | Action | Who | By when | Evidence log (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_thurlingham_core_group_minutes_action_log_ward_bell.docx",
    "doc_title": "Core Group Meeting 2 - Minutes and Action Log - Zara Bell",
    "split": "tune",
    "actions": 11,
    "template": "core-group-2-minutes-docx-kv-meeting-details-present-apologies-initials-numbered-agenda-items-zaras-day-on-the-ward-agency-updates-parents-views-outcomes-recap-then-no-action-who-by-when-evidence-log",
    "description": (
        "Second core group minutes for a 6-month-old accommodated under section 20 with foster carers and "
        "now on the children's ward with bronchiolitis and faltering growth (mother a care leaver with "
        "postnatal depression). Numbered agenda items with agency updates by initials, what the ward has "
        "seen of Zara's days and a recap of the plan's outcomes, then an 11-row action log. Faults: the "
        "social worker visits the ward 'when diary allows' and the foster carers 'as often as they can' "
        "(T002 x2) so nobody visits at a stated frequency (L001), the discharge meeting with no one named "
        "(W001), 'All agencies' (W002), the perinatal nurse only supporting (H001), the parenting "
        "assessment with no evidence (M001), 'to be reviewed at next core group' (M002), Tyrone's address "
        "with no date (T001), no contingency (C001) and no legal planning (R002)."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes and Action Log"),
        ("p", "Thurlingham City Council · Children and Families · Child Protection and Court Team B"),
        ("kv", [
            ("Child", "Zara Bell, born 03/12/2024 (6 months)"),
            ("Legal status", "Looked after under section 20 (Children Act 1989) since 10/04/2025; placed with "
                             "foster carers Pat and Graham Hughes. Child protection plan since the ICPC on "
                             "24/04/2025 (category: neglect)."),
            ("Where Zara is now", "Ward 7 (children's ward), Thurlingham Royal Infirmary, since Monday "
                                  "02/06/2025"),
            ("Mother", "Danielle Bell (19), care leaver"),
            ("Father", "Tyrone Okafor (22)"),
            ("Meeting", "Core group 2, Friday 06/06/2025, 10.00am, Ward 7 parents' room"),
            ("Chair", "Amir Hussain, Social Worker (AH)"),
            ("Minutes", "Leanne Cross, Business Support"),
        ]),
        ("h2", "Present"),
        ("p", "Danielle Bell (DB), Tyrone Okafor (TO), Amir Hussain, SW (AH), Sophie Kemp, HV (SK), Pat Hughes, "
              "foster carer (PH), Carol Stead, supervising social worker, fostering (CS), Kerry Lowe, "
              "community perinatal mental health nurse (KL), Jade Morris, contact supervisor (JM), Staff Nurse "
              "Emma Walsh, Ward 7 (EW), Marcus Dale, leaving care personal adviser (MD)."),
        ("h2", "Apologies"),
        ("p", "Dr Ruth Okonkwo, GP, Tanner Street Surgery."),
        ("h2", "1. Minutes of core group 1 (09/05/2025)"),
        ("p", "Agreed as accurate. Actions from core group 1 are carried into the log below where they are "
              "not finished."),
        ("h2", "2. Zara's days on the ward"),
        ("p", "EW: Zara was admitted on 02/06/2025 with bronchiolitis. She needed oxygen for two days and is "
              "now in air. She is fed through a nasogastric tube at night because she tires at the bottle; her "
              "weight has dropped from the 25th to below the 9th centile since April and the paediatricians "
              "are looking at why. She is likely to be on the ward for at least another week."),
        ("p", "EW and PH: Zara settles best held upright against Pat's shoulder and sleeps on her side of "
              "the cot facing the window. She smiles and kicks when Pat sings to her and cries hard when she "
              "is laid flat for her obs. When Danielle visited on 04/06 Zara watched her face and quietened "
              "when Danielle stroked her head; she fed 60 ml for Danielle, her best feed that day."),
        ("h2", "3. Agency updates"),
        ("p", "AH: Visited Zara on the ward on 03/06. The parenting assessment has had 4 of 8 sessions; two "
              "were missed in May. Danielle and Tyrone's supervised contact at the family centre "
              "(Monday, Wednesday and Friday) is suspended while Zara is in hospital; ward staff let them "
              "visit when Zara is awake and well enough."),
        ("p", "PH / CS: Pat has been in most days but Graham works, and they have two other children in "
              "placement, so they cannot be on the ward every day."),
        ("p", "KL: Danielle has had postnatal depression since Zara was born and is on sertraline. She has "
              "had 5 visits from KL since April and has missed 2."),
        ("p", "SK: Zara was last weighed at the foster home on 28/05 (5.9 kg). SK will pick up once Zara is "
              "home with Pat and Graham."),
        ("p", "MD: Danielle's Universal Credit was stopped in May for a missed appointment and she is behind "
              "with her rent."),
        ("h2", "4. Parents' views"),
        ("p", "DB said she wants to be on the ward more but cannot afford the bus every day and feels the "
              "nurses watch her. TO said he has moved in with his brother and wants Zara home with him and "
              "Danielle \"when the assessment is done\"."),
        ("h2", "5. The plan's outcomes (from the ICPC)"),
        ("bullets", [
            "Zara is fed enough to grow steadily along her centile and her health needs are met.",
            "Zara is cared for by adults who notice and respond to her cues for feeds, sleep and comfort.",
            "Zara spends regular, safe time with her mum and dad that she enjoys.",
        ]),
        ("h2", "6. Action log"),
        ("table", {
            "header": ["No.", "Action", "Who", "By when", "Evidence"],
            "widths": [1.0, 6.4, 3.4, 2.8, 3.4],
            "rows": [
                ["1", "Visit Zara on Ward 7 and speak to the nurse in charge about her feeding and weight",
                 "AH (SW)", "When diary allows", "Visit recorded on Zara's file"],
                ["2", "Pat and Graham to visit Zara on the ward and do her daytime feeds",
                 "PH / Graham Hughes (foster carers)", "As often as they can",
                 "Feeds given by the carers written on the ward feed chart"],
                ["3", "Arrange a discharge planning meeting with the ward, the foster carers and the parents",
                 "", "Before discharge", "Written discharge plan shared with the core group"],
                ["4", "Perinatal mental health nurse to continue support visits to Danielle",
                 "KL (perinatal mental health)", "Fortnightly", "Visits attended, recorded on the PMH record"],
                ["5", "Complete the parenting assessment of Danielle and Tyrone, rebooking the sessions missed "
                      "in May",
                 "AH (SW)", "By 04/07/2025", ""],
                ["6", "Supervised contact for Danielle and Tyrone at Elm Road Family Centre to restart after "
                      "discharge",
                 "JM (contact supervisor)", "Monday, Wednesday and Friday from the week after discharge",
                 "To be reviewed at next core group"],
                ["7", "Tyrone to give the SW his new address and the name of his GP",
                 "TO", "", "Address and GP recorded on Zara's file"],
                ["8", "Send chronology entries for each contact with the family since the ICPC",
                 "All agencies", "By 20/06/2025", "Updated chronology circulated before core group 3"],
                ["9", "Weigh Zara on the ward and send her feeding plan to the foster carers and the SW",
                 "Helen Gray, paediatric dietitian, Ward 7", "Twice weekly until discharge",
                 "Weights on the growth chart; feeding plan emailed to PH and AH"],
                ["10", "Help Danielle get her Universal Credit restarted and agree a plan for the rent arrears",
                 "MD (leaving care PA)", "By 30/06/2025",
                 "UC journal shows the claim restarted; repayment letter from the landlord"],
                ["11", "Home visit to weigh Zara and check the feeding plan is being followed by the foster "
                       "carers",
                 "SK (HV)", "Within 5 working days of discharge",
                 "Weight plotted in the red book; SK's notes sent to AH"],
            ],
        }),
        ("h2", "7. Next meetings"),
        ("p", "Core group 3: Friday 04/07/2025, 10.00am, Elm Road Family Centre (or Ward 7 if Zara is still in "
              "hospital). Review child protection conference: Thursday 17/07/2025, 1.30pm, Thurlingham Civic "
              "Offices."),
        ("p", "Minutes and action log sent to all present, the GP and the IRO (Janice Ferris) on 09/06/2025."),
    ],
    "findings": [
        F("T002", "Visit Zara on Ward 7 and speak to the nurse in charge"),
        F("T002", "Pat and Graham to visit Zara on the ward"),
        F("W001", "Arrange a discharge planning meeting with the ward"),
        F("H001", "Perinatal mental health nurse to continue support visits to Danielle"),
        F("M001", "Complete the parenting assessment of Danielle and Tyrone"),
        F("M002", "Supervised contact for Danielle and Tyrone at Elm Road"),
        F("T001", "Tyrone to give the SW his new address"),
        F("W002", "Send chronology entries for each contact with the family"),
        F("L001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. A plan written for and with a 10-year-old: her words, "Plan B", owner
#    first in a Who | What | When | How we'll know table (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b59_tollerby_my_plan_child_friendly_holloway.md",
    "split": "tune",
    "actions": 9,
    "template": "child-friendly-icpc-plan-md-first-person-written-with-10-year-old-about-me-worries-what-i-think-what-we-want-then-who-what-when-how-well-know-owner-first-table-plan-b-meetings",
    "description": (
        "Initial conference plan written for and with a 10-year-old girl, in her voice, for her and her "
        "3-year-old brother (mother's depression and an overdose in August; Tegan caring for Archie). "
        "About me, the worries in plain words, what Tegan thinks, what we want, then a Who | What they will "
        "do | When | How we'll know table with the owner first. The adult mental health nurse writes "
        "before every core group on whether Mum is getting well enough and how long it will take; 'Plan B' "
        "names triggers, Auntie Kerry, foster carers if she can't, and a legal planning meeting; meeting "
        "dates set. Exemplary."
    ),
    "text": """\
# My Plan

### The child protection plan for Tegan and Archie Holloway

*Tollerby Borough Council – Children's Services. Written with Tegan (age 10) by her social worker, Jo Fairweather, after the meeting on Wednesday 17 September 2025. That meeting is called an initial child protection conference. Tegan chose the headings and the words in quotation marks are hers.*

## About me

My name is Tegan and I am 10. I am in Year 6 at Pennyfield Primary School. I live at 5 Kestrel Walk with my mum, Jess, and my little brother Archie, who is 3 and goes to Little Owls Nursery in the mornings. My grandad Ron lives on Marsh Road and my Auntie Kerry lives on Heron Way. My dad, Lee, lives in Brackenthwaite and phones me on Sundays. I like netball, drawing dogs and making slime.

## Why the grown-ups are worried

Mum has an illness called depression. In August she took too many of her tablets and had to go to hospital. Some days Mum stays in bed all day. On those days I get Archie up, give him his breakfast and take him to nursery before school, and sometimes there isn't any food in the house. Archie has missed two check-ups with the health visitor, and he had a bad nappy rash that Jo saw when she visited. The grown-ups are worried that Archie and I are not being looked after properly when Mum is poorly, and that I am doing too much.

## What I think and feel

- "I love my mum. I don't want anyone to take us away from her."
- "When Mum won't get up I feel scared and a bit cross. I have to do everything for Archie."
- "The scariest bit was when the ambulance came. I still think about it at night."
- "I like it at Grandad's. He does proper breakfasts."
- "I want Mum to get better and I want to go to netball on Thursdays again."

Home today is a 5 out of 10 for me. I want it to be an 8.

Archie is too little to say what he thinks, so Jo and Nikki (his health visitor) watch what he does. He runs to me when he falls over, not to Mum. He eats everything on his plate really fast. He laughs a lot at Grandad's and hides behind the sofa when there is shouting on the TV.

## What we all want for me and Archie

- Me and Archie are looked after every day by a grown-up who is well enough to get us up, fed and out on time.
- I don't have to look after Archie or Mum. I get to be 10 and go to netball.
- Archie goes to nursery every morning he's meant to, his check-ups are done and his talking catches up.
- I know what to do and who to ring if Mum is poorly, and home feels safe – at least an 8 out of 10.

## Who is going to do what

| Who | What they will do | When | How we will know it's working |
|---|---|---|---|
| Jo Fairweather, my social worker | Come to our house, see me on my own so I can tell her how things really are, and see Archie and what's in the fridge | Every week until the review meeting in December | Jo writes down what I say and what she sees, and reads it back to me if I want |
| Sam Ellis, Mum's nurse from the Tollerby Adult Mental Health Team | See Mum, help her with her medicine, and write to Jo before each core group saying whether Mum is getting well enough to look after us and how long that might take | Every two weeks, starting on 22 September 2025 | Sam's letter arrives before every core group meeting |
| Mum | Take her tablets every day and keep them in the locked box on top of the fridge, where Archie and I can't reach them | Every day | Sam counts the tablets and checks the box is locked when she visits |
| Mum | Take Archie to Little Owls on Monday, Wednesday and Friday mornings so I don't have to | Every Monday, Wednesday and Friday | The nursery's signing-in book shows Mum dropped him off |
| Grandad Ron | Take Archie to nursery on Tuesday and Thursday mornings and give us both breakfast at his house first | Every Tuesday and Thursday | The nursery's signing-in book shows Grandad dropped Archie off |
| Mum | Do a big food shop with the list Jo helped her make, so there is breakfast and tea for us every day | Every Saturday | Jo looks in the cupboards and fridge on her visits and writes down what she saw |
| Mrs Akhtar, my school's safeguarding lead | Have a chat with me at lunchtime and help me fill in my feelings diary | Every Monday lunchtime this term | My feelings score out of 10 goes in my diary each week, and Mrs Akhtar tells Jo anything I ask her to |
| Nikki Shaw, Archie's health visitor | Check Archie's weight, teeth and talking, and do the check-up he missed | By Friday 10 October 2025 | Archie's red book is filled in and Nikki sends Jo the results |
| Leon Grant, Tollerby Young Carers | Do my young carer's assessment at school and get me a place at the Wednesday after-school group | Assessment by Friday 17 October 2025, then the group every Wednesday | Leon's written assessment shared with me and Mum; the group register |

## Plan B – if things go wrong

- If I can't wake Mum up, or Mum says she wants to hurt herself, I will ring 999 first and then Grandad. Archie and I will go to Auntie Kerry's at 12 Heron Way that day, and Jo (or the out-of-hours social work team) will have a meeting with the police and my school the same day. This is called a strategy discussion.
- If Grandad is poorly or away and can't take Archie to nursery, Auntie Kerry will take him instead. If Auntie Kerry can't have us when we need to go there, Jo will find foster carers for us to stay with that night, together.
- If Mum still isn't well enough to look after us by the core group meeting on 29 October, or Plan B has to be used twice, Jo will ask her manager for a legal planning meeting with the council's lawyers. That is a meeting to decide whether a judge should be asked to help decide where Archie and I live.

## Meetings about my plan

- The grown-ups who help us are called the core group. They meet every 4 weeks at Pennyfield Primary, at 3.45pm: Wednesday 1 October, Wednesday 29 October and Wednesday 26 November 2025. I can come to the first part of each meeting if I want to.
- The review child protection conference is on Wednesday 10 December 2025 at 10am at Tollerby Town Hall. I can go or send a letter or a drawing.

*Jo gave a copy of this plan to Tegan, to Mum, and to everyone in the core group on 19 September 2025.*
""",
    "findings": [],
})
