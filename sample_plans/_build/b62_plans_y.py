"""Batch 62, module y: seven fictional plans (held-out material), places beginning with "y".

Everything here is made up: children, families, professionals, services,
schools, hospitals, trusts and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans from across the four UK nations and from different agencies - a
Welsh care and support protection plan with bilingual headings, a Scottish
child's plan set out by the SHANARRI wellbeing indicators, a Northern Ireland
Trust protection plan for a family about to move to England, an English
pre-birth plan, a looked-after baby's care plan while he is on a children's
ward, a plan written up by a health visitor, and a plan typed into a plain
text email. Two are exemplary (the Scottish and the health visitor's plans);
the others carry a realistic mix of faults.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Wales: care and support protection plan with bilingual (Welsh / English)
#    headings and table headers (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_ystradgwyn_bilingual_headings_table_pritchard.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Cerys ac Osian Pritchard",
    "split": "heldout",
    "actions": 12,
    "template": "wales-care-and-support-protection-plan-docx-bilingual-welsh-english-headings-kv-details-numbered-sections-no-what-who-by-when-how-we-will-know-table",
    "description": (
        "Welsh care and support protection plan (initial conference) for a 9-year-old and a 4-year-old: "
        "domestic abuse by the younger child's father, mother's depression and nightly drinking. Every "
        "heading and table header is bilingual (Welsh / English); the children's words are given in "
        "Welsh with a translation. Nain supervises Saturday contact and does two school pick-ups a week, "
        "and the contingency sends the children to her but says nothing about her not being able to "
        "(C003), and there is no legal step (R002). Also an outcome about the mother only (F002), the "
        "CMHT only supporting (H001), 'Monitored' (M002), 'All professionals' (W002), 'Ongoing' and "
        "'when a place is available' as the only timescales (T002), and an empty measure (M001)."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Sir Ystradgwyn – Gwasanaethau Plant / Ystradgwyn County Council – Children's Services. "
              "Tîm Diogelu Dyffryn / Valley Safeguarding Team."),
        ("kv", [
            ("Plant / Children", "Cerys Pritchard (9), Blwyddyn 4 / Year 4, and Osian Pritchard (4), Dosbarth "
                                 "Meithrin / nursery class, both at Ysgol Gynradd Bryn Celyn"),
            ("Rhiant / Parent", "Siân Pritchard (33), mam / mum. Cerys's father lives in Bristol and has no "
                                "contact."),
            ("Tad Osian / Osian's father", "Dylan Hughes (36). Separated from Siân in July 2025; does not live "
                                           "at the address."),
            ("Cyfeiriad / Address", "14 Heol y Felin, Ystradgwyn"),
            ("Cynhadledd / Conference", "Cynhadledd amddiffyn plant gychwynnol / Initial child protection "
                                        "conference, 11/11/2025, Canolfan Ddinesig Ystradgwyn"),
            ("Categori / Category", "Emotional abuse and neglect"),
            ("Iaith / Language", "Welsh is the family's first language. Cerys and Osian choose which language "
                                 "they speak; Siân prefers meetings in Welsh."),
            ("Gweithiwr cymdeithasol / Social worker", "Rhys Bevan"),
            ("Cadeirydd / Chair", "Eirlys Morgan, Independent Chair"),
        ]),
        ("h1", "1. Pam ein bod yn poeni / What we are worried about"),
        ("p", "Heddlu Dyfed-Ystrad (the police) were called to Heol y Felin on 14 September and 19 October 2025. "
              "Both times Dylan had been drinking, came to the house shouting about money, and pushed Siân "
              "against the kitchen door. On 19 October Cerys rang her nain from the upstairs bedroom. Siân has "
              "had depression since Osian was born; she has been open to Ystradgwyn Community Mental Health "
              "Team (CMHT) since 2023 and takes fluoxetine. She told conference she has been drinking a bottle "
              "of wine most nights \"to get to sleep\". Cerys has been late to school 14 times this term, and "
              "Osian was collected late from nursery four times in October."),
        ("h1", "2. Beth sy'n gweithio'n dda / What is working well"),
        ("bullets", [
            "Siân came to conference, was open about her drinking and said she wants help with it.",
            "Nain, Glenys Pritchard (Siân's mum), lives five minutes away and the children are close to her.",
            "Cerys loves school and the Urdd, and her teachers describe her as kind and hard-working.",
        ]),
        ("h1", "3. Llais y plant / What Cerys and Osian tell us"),
        ("p", "Cerys (seen on her own at school by Rhys on 4 November, in Welsh): \"Pan mae Dad Osian yn gweiddi, "
              "dw i'n mynd â Osian i'r llofft a rhoi'r teledu ymlaen\" (\"When Osian's dad shouts I take Osian "
              "upstairs and put the telly on\"). She said she worries about Mam \"being sad all the time\" and "
              "that some mornings she gets Osian dressed because Mam is still asleep. She gave home 5 out of 10 "
              "and Nain's house 10 out of 10. She wants Dylan \"to stop coming round shouting\"."),
        ("p", "Osian chats mainly in Welsh. He told his nursery teacher \"Dadi'n flin\" (\"Daddy's cross\") after "
              "the October weekend, and he has wet himself at nursery on three Mondays. He runs to Nain at "
              "pick-up and shows her his drawings."),
        ("h1", "4. Canlyniadau / What we want for Cerys and Osian"),
        ("bullets", [
            "Cerys and Osian live in a home with no shouting, pushing or police being called.",
            "Cerys gets to school on time and does not have to look after Osian when the adults argue.",
            "Osian's time with his dad is safe and supervised, and he comes back from it calm.",
            "Siân will stop drinking and her depression will be under control.",
        ]),
        ("h1", "5. Cynllun gweithredu / Action plan"),
        ("table", {
            "header": ["Rhif / No.", "Beth fydd yn digwydd / What will happen", "Pwy / Who",
                       "Erbyn pryd / By when", "Sut byddwn yn gwybod / How we will know"],
            "widths": [1.4, 5.6, 3.2, 3.2, 3.6],
            "rows": [
                ["1",
                 "Visit 14 Heol y Felin, see Cerys and Osian on their own and record their views in the "
                 "language each child chooses",
                 "SW Rhys Bevan",
                 "Weekly, at least one visit in three unannounced, until the review conference",
                 "Visit records with each child's own words, in Welsh where they used Welsh"],
                ["2",
                 "Supervise Osian's Saturday contact with his dad at her house, and stop the contact if Dylan "
                 "has been drinking",
                 "Glenys Pritchard (Nain, maternal grandmother)",
                 "Every Saturday, 10am to 12 noon",
                 "Contact log signed by Glenys after each contact; checked by the SW at each visit"],
                ["3",
                 "Collect Cerys and Osian from school and give them their tea until Siân finishes work",
                 "Glenys Pritchard (Nain)",
                 "Every Monday and Thursday in term time",
                 "School pick-up log at the office shows Glenys collecting"],
                ["4",
                 "Home appointments with Siân to support her with her low mood and her medication",
                 "Delyth Price, care coordinator, Ystradgwyn CMHT",
                 "Every two weeks",
                 "Appointment letters on file; Siân attends 4 of 4 appointments"],
                ["5",
                 "Alcohol assessment and weekly key-work with Siân, with a written update for each core group "
                 "on her drinking and what it means for her care of the children",
                 "Aled Jenkins, keyworker, Gwasanaeth Camddefnyddio Sylweddau Ystradgwyn / Ystradgwyn "
                 "Substance Misuse Service",
                 "Assessment by 28/11/2025, then weekly",
                 "Written update with breath test results sent to the SW before each core group"],
                ["6",
                 "Check Cerys's and Osian's attendance and punctuality each morning and tell the SW about any "
                 "late arrival or absence",
                 "Mrs Nerys Lloyd, DSL, Ysgol Gynradd Bryn Celyn",
                 "Every school day",
                 "Monitored"],
                ["7",
                 "Pass on any incident involving Dylan at the house or at school to the SW",
                 "Pob gweithiwr proffesiynol / All professionals",
                 "The same day",
                 "Each incident logged on the children's file by the SW"],
                ["8",
                 "Talking and drawing sessions with Cerys about home and the worries she carries for Osian",
                 "Mrs Bethan Rowlands, ELSA, Ysgol Gynradd Bryn Celyn",
                 "Parhaus / Ongoing",
                 "Session notes kept in the ELSA log and shared with the DSL"],
                ["9",
                 "Safety planning with Siân, and with Cerys in a way she understands, about what to do if "
                 "Dylan comes to the house",
                 "Ceri Watkins, IDVA, Cymorth i Fenywod Ystradgwyn",
                 "By 05/12/2025",
                 ""],
                ["10",
                 "Parenting assessment with Siân, including the mornings, evenings and bedtimes",
                 "SW Rhys Bevan",
                 "By 30/01/2026",
                 "Assessment report shared with Siân and the core group before the review conference"],
                ["11",
                 "Health review for Osian: height, weight, hearing and toileting",
                 "Llinos Evans, school nurse",
                 "By 19/12/2025",
                 "Results shared with the SW and GP; continence referral made if he is still wetting"],
                ["12",
                 "Place on the Freedom Programme for Siân at the women's centre",
                 "Siân Pritchard",
                 "Pan fydd lle ar gael / When a place is available",
                 "Attendance sheet from Cymorth i Fenywod sent to the SW"],
            ],
        }),
        ("h1", "6. Cynllun wrth gefn / Contingency plan"),
        ("p", "Os daw Dylan i'r tŷ, neu os yw Siân wedi bod yn yfed tra mae hi ar ei phen ei hun gyda'r plant, "
              "bydd Cerys ac Osian yn aros gyda Nain y noson honno. / If Dylan comes to Heol y Felin, or Siân "
              "has been drinking while she is on her own with the children, Cerys and Osian will stay with Nain "
              "that night, and Rhys (or the Emergency Duty Team out of hours) will hold a strategy discussion "
              "the same day. If Dylan has been drinking before Saturday contact, Glenys will not let the contact "
              "go ahead and will ring Rhys that morning."),
        ("h1", "7. Grŵp craidd ac adolygu / Core group and review"),
        ("p", "Grŵp craidd / Core group: at Ysgol Gynradd Bryn Celyn, 3.30pm, on 25/11/2025, 16/12/2025 and "
              "13/01/2026. Cynhadledd adolygu / Review child protection conference: "
              "10/02/2026, 10am, Canolfan Ddinesig Ystradgwyn."),
        ("p", "Cynllun wedi'i ysgrifennu gan / Plan written by Rhys Bevan (SW), 13/11/2025. Copïau / Copies in "
              "Welsh and English to Siân and to every agency named above."),
    ],
    "findings": [
        F("F002", "Siân will stop drinking and her depression will be under control."),
        F("H001", "Home appointments with Siân to support her with her low mood"),
        F("M002", "Check Cerys's and Osian's attendance and punctuality each morning"),
        F("W002", "Pass on any incident involving Dylan at the house"),
        F("T002", "Talking and drawing sessions with Cerys about home"),
        F("M001", "about what to do if Dylan comes to the house"),
        F("T002", "Place on the Freedom Programme for Siân at the women's centre"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Scotland: child's plan (child protection) under GIRFEC, actions set out
#    by SHANARRI wellbeing indicator, indicator and outcome merged down
#    (docx, landscape, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_yarrowburn_girfec_shanarri_childs_plan_moffat.docx",
    "doc_title": "Child's Plan (Child Protection) - Lachlan Moffat",
    "split": "heldout",
    "actions": 12,
    "template": "scotland-girfec-childs-plan-docx-landscape-my-world-triangle-summary-then-wellbeing-indicator-outcome-merged-down-what-who-when-how-we-will-know",
    "description": (
        "Scottish child's plan agreed at a child protection planning meeting (CPPM) for a 7-year-old whose "
        "mum is on methadone and has been using street benzodiazepines. My World Triangle summary, "
        "Lachlan's own words, then a landscape table set out by SHANARRI wellbeing indicator with the "
        "indicator and the outcome for Lachlan merged down over their actions (eight real vertical "
        "merges). The recovery service reports on change and its likely timescale, Gran's part has a "
        "fallback in the contingency, an IRD the same day, legal advice and a Reporter referral on named "
        "triggers, core group dates and the review CPPM date. Exemplary."
    ),
    "landscape": True,
    "check_vmerge": 8,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Yarrowburn Council Social Work Services with NHS Yarrowburn, Police Scotland and Yarrowburn "
              "Education. Getting it right for every child."),
        ("kv", [
            ("Child", "Lachlan Moffat, aged 7 (date of birth 14/03/2018), P3 at Glenbarr Primary School"),
            ("Lives with", "Kerry Moffat (29), his mum, at 3/1, 46 Kirkhill Street, Yarrowburn"),
            ("Family", "Agnes Moffat (61), Kerry's mum (Gran), 12 Lochview Court, a five-minute walk away. "
                       "Shona Moffat (34), Kerry's sister, lives in Inverdee. Lachlan's dad, Scott Rennie, "
                       "lives in Aberlour and has no contact."),
            ("Child protection planning meeting", "Tuesday 18/11/2025, Yarrowburn Social Work Centre. Lachlan's "
                                                   "name was placed on the child protection register."),
            ("Area of concern", "Parental drug misuse; neglect"),
            ("Lead professional", "Fiona Strachan, social worker, Yarrowburn Children and Families East"),
            ("Chair", "Derek Galbraith, Child Protection Reviewing Officer"),
        ]),
        ("h1", "Why there is a plan for Lachlan"),
        ("p", "Kerry has been on a methadone prescription since 2021 and was doing well. Since the summer she "
              "has been using street benzodiazepines (\"street Valium\") on top of her methadone. On Friday "
              "31 October, at 8.40pm, Lachlan was found by a shop assistant in the Co-op on Kirkhill Street "
              "in his pyjamas, looking for his gran's phone number. Police Scotland found Kerry at home asleep "
              "on the couch and hard to wake; her methadone bottle was on the kitchen table. Lachlan spent the "
              "weekend with Gran. School say he is often late on Mondays, sometimes hungry, and has missed "
              "swimming three times because his kit was not in his bag."),
        ("h1", "My World Triangle – summary of the assessment"),
        ("boldp", "How I grow and develop"),
        ("p", "Lachlan is a healthy, chatty boy who is doing well with his reading. He is behind with his dental "
              "checks and has not had an eye test since nursery. His teacher says he \"switches off\" on "
              "Monday mornings and is tired."),
        ("boldp", "What I need from the people who look after me"),
        ("p", "Lachlan and Kerry are very close and she is warm with him. When Kerry has used benzos she sleeps "
              "through the evening and Lachlan makes his own tea and puts himself to bed. Kerry has been honest "
              "with Fiona about her use since the Co-op night and says she wants to stop."),
        ("boldp", "My wider world"),
        ("p", "Gran sees Lachlan most days and he has stayed with her often. The flat is warm and tidy. Lachlan "
              "used to go to Beavers at the Kirkhill church hall and stopped in September."),
        ("h1", "What Lachlan thinks and feels"),
        ("p", "Fiona saw Lachlan on his own at school on 12/11/2025 and at home on 14/11/2025. He said: \"Mum "
              "sleeps a lot when she's had her wee tablets. I make my own pieces and watch YouTube.\" He said he "
              "went to the Co-op \"because I cannae wake Mum and Gran's number is on the phone but the phone "
              "was dead\". He likes Gran's \"because she's got a dog called Biscuit and she makes mince\". "
              "When asked what he would change, he said: \"Mum not being sleepy, and going back to Beavers.\" "
              "He put himself on 6 out of 10 for feeling safe at home and 10 out of 10 at Gran's."),
        ("h1", "Lachlan's plan"),
        ("table", {
            "header": ["Wellbeing indicator", "What we want for Lachlan", "What will happen", "Who",
                       "When", "How we will know"],
            "widths": [2.6, 4.2, 6.5, 3.6, 4.0, 4.8],
            "bold_first_col": True,
            "rows": [
                ["Safe",
                 "Lachlan is looked after every day and night by an adult who is sober and awake, and he "
                 "knows who to go to if he can't wake his mum.",
                 "See Lachlan at home and on his own, look at his bedroom and the kitchen, and check with Kerry "
                 "that her methadone is in the lock box",
                 "Fiona Strachan, social worker (lead professional)",
                 "Weekly, at least one visit in three unannounced, until the review CPPM",
                 "Visit notes record Lachlan's own words, what food was in and whether the lock box was "
                 "locked"],
                [V, V,
                 "Supervised methadone dispensing and random oral fluid tests; a written report for each core "
                 "group on whether Kerry is staying off street benzodiazepines, what still needs to change and "
                 "how long that is likely to take",
                 "Craig Nisbet, recovery worker, Yarrowburn Alcohol and Drug Recovery Service",
                 "Tests twice a month from 24/11/2025; report before every core group",
                 "Test results and the report sent to Fiona and read at the core group"],
                [V, V,
                 "Make a safety plan with Lachlan in words and pictures: who to phone and what to do if he "
                 "can't wake his mum",
                 "Fiona Strachan",
                 "By 05/12/2025",
                 "Lachlan can tell Fiona and his teacher his plan; copies on the fridge at home and at "
                 "Gran's"],
                [V, V,
                 "Phone Kerry at 7pm and speak to Lachlan; if Kerry does not answer or sounds unwell, go round "
                 "and take Lachlan back to her flat for the night",
                 "Agnes Moffat (Gran)",
                 "Every evening until the review CPPM",
                 "Gran's call diary (time, how Kerry sounded, what she did), seen by Fiona at each visit"],
                ["Healthy",
                 "Lachlan is fed, clean and well, and his health, dental and eye checks are up to date.",
                 "Health check for Lachlan (height, weight, eyesight and hearing), and book him a dental "
                 "appointment",
                 "Morag Lennie, school nurse",
                 "By 19/12/2025",
                 "Results sent to Fiona and the GP; dental appointment date given to Kerry in writing"],
                [V, V,
                 "Take Lachlan to the dental appointment the school nurse books",
                 "Kerry Moffat",
                 "On the date booked, before 31/01/2026",
                 "Dental practice tells the school nurse that Lachlan attended"],
                ["Achieving and Included",
                 "Lachlan is in school every day and on time, with breakfast before lessons and his kit for "
                 "swimming.",
                 "Breakfast club place every school day, and a phone call to Kerry by 9.15am if Lachlan is not "
                 "in",
                 "Mrs Anne Dow, head teacher and child protection coordinator, Glenbarr Primary",
                 "Every school day from 24/11/2025",
                 "Breakfast club register and attendance sent to Fiona each Friday; attendance above 95% by "
                 "the review CPPM"],
                [V, V,
                 "Walk Lachlan to school and see him into breakfast club",
                 "Agnes Moffat (Gran)",
                 "Monday, Wednesday and Friday mornings in term time",
                 "Breakfast club sign-in sheet shows Gran dropping him off"],
                ["Nurtured",
                 "Lachlan has calm evenings at home, with his tea, a bath and a story before a set bedtime.",
                 "Six home sessions with Kerry on teatime and bedtime routines, using a picture routine chart "
                 "Lachlan helps to make",
                 "Jenna Baird, family support worker, Yarrowburn Family Support Service",
                 "Weekly for 6 weeks from w/c 24/11/2025",
                 "Chart on the wall; Kerry's bedtime diary shows Lachlan in bed by 7.30pm on at least 5 nights "
                 "out of 7"],
                ["Active",
                 "Lachlan is back at Beavers and swimming with his class.",
                 "Take Lachlan to Beavers at Kirkhill church hall",
                 "Kerry Moffat",
                 "Every Thursday, 6pm to 7pm, from 27/11/2025",
                 "Beavers attendance card signed by the leader, seen by Fiona"],
                ["Respected and Responsible",
                 "Lachlan does not carry worries about his mum on his own, and his views are heard at every "
                 "meeting.",
                 "Time with Lachlan in the nurture room to talk about his week, using his worry monster",
                 "Mr Sandy Reid, pupil support teacher, Glenbarr Primary",
                 "Every Tuesday in term time until the review CPPM",
                 "Session notes; Lachlan's own \"how my week was\" sheet brought to each core group"],
                [V, V,
                 "Young carer assessment with Lachlan and a young carer statement",
                 "Holly McInnes, Yarrowburn Young Carers",
                 "Referral by 28/11/2025; statement by 23/01/2026",
                 "Young carer statement shared with Kerry and the core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Kerry is under the influence of street benzodiazepines or alcohol while she is looking after "
            "Lachlan, or Lachlan tells anyone he could not wake his mum, Gran will take Lachlan to her flat and "
            "Fiona (or the Out of Hours Social Work Service) will hold an inter-agency referral discussion "
            "(IRD) with the police and health the same day.",
            "If Gran cannot make the evening call or have Lachlan – she is due a knee operation in January and will be in Yarrowburn "
            "Royal Infirmary for about three nights – he will stay with his aunt Shona in Inverdee. If neither "
            "Gran nor Shona can have him, Fiona will arrange an emergency foster placement that day.",
            "If Kerry has two positive tests for street benzodiazepines before the review CPPM, or Lachlan is "
            "found out on his own again, Fiona will seek legal advice from Yarrowburn Council Legal Services "
            "within 5 working days and refer Lachlan to the Children's Reporter.",
        ]),
        ("h1", "Core group and review"),
        ("p", "Core group every four weeks at Glenbarr Primary School, 3.30pm: Tuesday 02/12/2025, Tuesday "
              "06/01/2026 and Tuesday 03/02/2026. Review child protection planning meeting (review CPPM): "
              "Tuesday 17/02/2026, 10am, Yarrowburn Social Work Centre."),
        ("p", "Plan written by Fiona Strachan, lead professional, 20/11/2025. Lachlan's own picture version of "
              "the plan was made with him on 21/11/2025 and is kept at home and at Gran's."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland: Trust child protection plan after an initial case
#    conference; the family are about to move to England and two actions
#    wait for the receiving authority (pdf, header and page footer)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_yallinagh_hsct_case_conference_transfer_corrigan.pdf",
    "doc_title": "Child Protection Plan - Aoife and Rian Corrigan",
    "split": "heldout",
    "actions": 11,
    "template": "northern-ireland-hsct-protection-plan-pdf-header-footer-kv-details-reasons-outcomes-no-action-responsible-timescale-evidence-table-unocini",
    "description": (
        "Northern Ireland Health and Social Care Trust plan after an initial child protection case "
        "conference for a 12-year-old and a 6-year-old (neglect, mother's drinking and low mood, domestic "
        "abuse by the younger child's father). The mother plans to move the family to England: a "
        "parenting referral is left to the receiving authority and the Education Welfare referral is "
        "paused until the transfer-in conference (X001 x2). Also a blank timescale (T001), 'As soon as "
        "possible' (T002), a passive row with no one responsible (W001), a UNOCINI assessment with no "
        "output (M001), 'Monitored by school' (M002), no record of the children's views (F003), a vague "
        "contingency (C002) and the review conference date to be confirmed (R001). Legal advice follows "
        "insufficient progress. Header and page footer on every page."
    ),
    "header": "Dorran Valley Health and Social Care Trust – Children's Services – CONFIDENTIAL",
    "footer": "Child protection plan – Corrigan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Dorran Valley Health and Social Care Trust · Family Intervention Team (Yallinagh)"),
        ("kv", [
            ("Children", "Aoife Corrigan (12), Year 9, St Brigid's College, Yallinagh; Rian Corrigan (6), P3, "
                         "Drumkeel Primary School"),
            ("Mother", "Lisa Corrigan (34)"),
            ("Fathers", "Aoife's father, Martin Corrigan, lives in Dublin and phones most weeks. Rian's father, "
                        "Gerard Devine (38), lives in Carrickmoy."),
            ("Address", "22 Mill Brae, Yallinagh"),
            ("Conference", "Initial child protection case conference, 20/11/2025, Yallinagh Health Centre"),
            ("Registration", "Both children's names placed on the Child Protection Register under the category "
                             "of neglect"),
            ("Key worker", "Niamh Doherty, Social Worker, Family Intervention Team"),
            ("Chair", "Brendan McKenna, Principal Social Worker"),
        ]),
        ("h2", "1. Reasons for registration"),
        ("p", "PSNI attended 22 Mill Brae on 2 October 2025 after neighbours reported shouting. Gerard had been "
              "drinking and was arrested for assaulting Lisa; he has bail conditions not to attend the address. "
              "When the social worker visited on 6 and 13 October the house was cold and there was little food. "
              "Aoife's attendance this term is 78% and Rian's is 81%. Lisa has been drinking heavily since her "
              "mother died in May and has told her GP that her mood is low. Lisa accepts that she has been "
              "struggling and wants support."),
        ("p", "Aoife and Rian did not attend conference and their views were not available."),
        ("h2", "2. Planned move"),
        ("p", "Lisa told conference that she intends to move with the children to her sister's house in "
              "Castleby, in the Merrowfield City Council area of England, in January 2026. No date has been "
              "set. The key worker will notify Merrowfield City Council in writing once a date is known."),
        ("h2", "3. Outcomes to be achieved"),
        ("bullets", [
            "Aoife and Rian are in school every day.",
            "Aoife and Rian live in a warm home with food, cared for by a sober adult.",
            "Aoife and Rian are not exposed to violence between the adults around them.",
        ]),
        ("h2", "4. Protection plan"),
        ("table", {
            "header": ["No.", "Action", "Responsible", "Timescale", "Evidence of progress"],
            "widths": [1.3, 5.3, 3.6, 3.2, 3.6],
            "rows": [
                ["1",
                 "Home visits to see Aoife and Rian, including one unannounced visit each month",
                 "Niamh Doherty, Social Worker",
                 "Fortnightly until the review conference",
                 "Visit records shared at each core group"],
                ["2",
                 "Alcohol assessment for Lisa, with a report on her drinking and how it affects her care of "
                 "the children",
                 "Paddy Keenan, Community Addiction Team, Dorran Valley HSCT",
                 "Assessment by 12/12/2025",
                 "Written report shared with the core group"],
                ["3",
                 "Home conditions, food in the cupboards and the children's beds to be checked",
                 "",
                 "At every home visit",
                 "Home conditions checklist completed and kept on file"],
                ["4",
                 "Lisa to see her GP about her low mood and her drinking",
                 "Lisa Corrigan",
                 "",
                 "GP confirms the appointment to the social worker"],
                ["5",
                 "Offer Rian breakfast club each morning and check that he has eaten",
                 "Mrs Gráinne Hughes, Designated Teacher, Drumkeel Primary School",
                 "Every school day",
                 "Monitored by school"],
                ["6",
                 "Notify the Trust of any domestic incident at 22 Mill Brae or breach of Gerard's bail",
                 "PSNI Public Protection Branch (DS Alan Fee)",
                 "Next working day after any incident",
                 "Each notification logged on the children's file"],
                ["7",
                 "Complete the UNOCINI pathway assessment with Lisa, Aoife and Rian",
                 "Niamh Doherty, Social Worker",
                 "By 16/01/2026",
                 ""],
                ["8",
                 "Health review for Rian: weight, teeth and his wetting at night",
                 "Mary Coyle, School Nurse",
                 "As soon as possible",
                 "Results shared with the GP and the social worker"],
                ["9",
                 "Counselling for Aoife through the school counselling service",
                 "Mrs Teresa Quinn, Head of Pastoral Care, St Brigid's College",
                 "First session by 18/12/2025",
                 "Counsellor confirms to the social worker how many sessions Aoife has attended"],
                ["10",
                 "Triple P parenting referral for Lisa to be picked up by the receiving authority after the "
                 "move",
                 "Merrowfield City Council Children's Services",
                 "After the transfer-in conference",
                 "Confirmation of a place sent to the Trust"],
                ["11",
                 "Education Welfare referral for the children's attendance paused pending the family's move "
                 "to England",
                 "Martin Gormley, Education Welfare Officer, Education Authority",
                 "Paused until the transfer-in conference",
                 "Attendance plan agreed with Lisa"],
            ],
        }),
        ("h2", "5. Contingency plan"),
        ("p", "If there are further concerns about Aoife and Rian's care, or Lisa does not engage with the plan, "
              "the core group will be reconvened to review the plan and consider next steps."),
        ("h2", "6. Review arrangements"),
        ("p", "Core group meetings will be held monthly at Yallinagh Health Centre: 04/12/2025 and 08/01/2026, "
              "11am. Review child protection case conference: date to be confirmed."),
        ("p", "If there is insufficient progress by the review case conference, the key worker will seek legal "
              "advice from the Directorate of Legal Services."),
        ("h2", "7. Distribution"),
        ("p", "Lisa Corrigan; Gerard Devine (sections 1, 3 and 5 only); Drumkeel Primary School; St Brigid's "
              "College; GP (Dr F. Mallon, Yallinagh Medical Practice); School Nursing; Community Addiction Team; "
              "PSNI Public Protection Branch; Education Authority."),
    ],
    "findings": [
        F("W001", "Home conditions, food in the cupboards and the children's beds"),
        F("T001", "Lisa to see her GP about her low mood"),
        F("M002", "Offer Rian breakfast club each morning and check"),
        F("M001", "Complete the UNOCINI pathway assessment with Lisa, Aoife and Rian"),
        F("T002", "Health review for Rian: weight, teeth and his wetting"),
        F("X001", "Triple P parenting referral for Lisa to be picked up"),
        F("X001", "Education Welfare referral for the children's attendance paused"),
        F("F003"),
        F("C002"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 4. England: pre-birth plan for a care leaver's baby; bullet plan mostly
#    about mum's own needs, no contingency at all (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_yelverby_prebirth_bullets_hartigan.md",
    "split": "heldout",
    "actions": 10,
    "template": "england-prebirth-icpc-md-bold-kv-details-worries-baby-so-far-outcomes-then-one-line-bullet-actions-no-contingency",
    "description": (
        "English pre-birth conference plan for the unborn baby of a 19-year-old care leaver (anxiety and "
        "depression, daily cannabis, domestic abuse by the baby's father). The plan is ten one-line "
        "bullets, six of them about Chloe's own health, money, housing and safety with no word about the "
        "baby (F001). Faults: an outcome only about Chloe (F002), the perinatal mental health team only "
        "supporting (H001), 'when she feels ready' and 'asap' as the only timescales (T002), a bullet with "
        "no measure (M001), 'progress monitored' (M002), no contingency at all (C001) and nothing about "
        "legal planning (R002). The baby's growth, movements and Chloe talking to the bump are recorded."
    ),
    "text": """\
# Pre-Birth Child Protection Plan – Baby Hartigan (unborn)

**Yelverby City Council – Children's Social Care – Pre-Birth and Infant Team**

**Mother:** Chloe Hartigan, 19, care leaver (looked after by Yelverby from 11 to 18)
**Father:** Jordan Elms, 21
**Baby:** a boy, due 28 January 2026. Chloe plans to call him Leo.
**Address:** Room 6, Westgate Foyer (supported housing for 16–25s), Westgate Road, Yelverby. Jordan lives with his mum in Dunnock Street.
**Conference:** Pre-birth initial child protection conference, Thursday 4 December 2025, Yelverby Civic Centre (Chloe 32+3 weeks)
**Category:** Neglect
**Social worker:** Priya Nandra  |  **Chair:** Lorna Fitzgerald

## Why we are worried

Chloe has a history of self-harm and anxiety and was diagnosed with depression at 17. She stopped her
sertraline when she found out she was pregnant and restarted it at 24 weeks. She smoked cannabis every
day until about 28 weeks and says she now has "a couple of joints at the weekend to calm down".
Police were called to the Foyer twice in the autumn after arguments between Chloe and Jordan: on
21 August Jordan punched a door, and on 12 October Foyer staff saw him grab Chloe by the arm and push
her against the wall of the stairwell. Jordan is not allowed at the Foyer after 10pm. Babies cannot
live at the Foyer, so Chloe needs a new home before Leo is born.

## What is going well

- Chloe has been to every antenatal appointment since 20 weeks and has a good relationship with her midwife.
- Chloe trusts her personal adviser, Sophie, and asks her for help.
- Jordan came to conference, has been to two scans and says he wants to be a good dad.

## What we know about Leo so far

Leo is growing well: the 20-week and 30-week scans put him on the 50th centile. Chloe says he kicks
most at night and after her breakfast, and "goes mad" when Jordan plays music next to the bump. She
talks to him every night and has been knitting him a blanket with Foyer staff. The midwife notes that
Leo was exposed to cannabis every day until about 28 weeks.

## What we want for Leo

- Leo is born safely and goes home to a calm home with no violence and no cannabis smoke.
- Leo has a cot, a safe place to sleep and everything he needs before he is born.
- Chloe will engage with perinatal mental health and reduce her cannabis use.

## The plan

- The Yelverby Perinatal Mental Health Team (Gail Holt, CPN) will see Chloe every two weeks to support her with her anxiety and low mood, and will send the SW a record of the appointments she attends.
- Dr Harpreet Kaur, Chloe's GP at Millbrook Surgery, will review Chloe's sertraline by 19 December 2025 and write to the SW and the perinatal team.
- Chloe will go to the Yelverby Young People's Drug and Alcohol Service for cannabis sessions when she feels ready, and her keyworker will confirm her attendance to the SW.
- Sophie Lane, Chloe's personal adviser (Leaving Care Team), will help Chloe with budgeting and her Universal Credit claim by 31 December 2025.
- Sophie Lane will support Chloe with her housing application asap, and the tenancy offer letter from Yelverby Homes will go on file.
- Kerry-Ann Shaw, IDVA at Yelverby Domestic Abuse Service, will update Chloe's own safety plan and help her apply for a non-molestation order if she wants one by 19 December 2025, sending a copy of the safety plan to the SW.
- Hannah Reese, community midwife, will see Chloe at every antenatal appointment to check Leo's growth and ask about cannabis and about Jordan, recording this in the maternity notes and emailing the SW after each appointment.
- Priya Nandra (SW) will complete the pre-birth assessment of how Chloe and Jordan will care for Leo by 9 January 2026 and share the report with them and the core group.
- Jordan will attend the Yelverby Choices programme for men who have been abusive to a partner, weekly from 6 January 2026, with his progress monitored by the programme facilitator.
- Priya Nandra (SW) and Hannah Reese (midwife) will agree a birth and discharge plan with Chloe and Jordan by 31 December 2025, saying who can visit on the ward and where Leo will sleep, and send it to the maternity unit.

## Core group and review

- Core group every four weeks at Westgate Foyer, 2pm: Tuesday 16 December 2025 and Tuesday 13 January 2026, then after Leo is born.
- Review child protection conference: Thursday 26 February 2026, 10am, Yelverby Civic Centre.

*Plan typed by Priya Nandra (SW), 5 December 2025. Copies to Chloe, Jordan and all agencies.*
""",
    "findings": [
        F("F002", "Chloe will engage with perinatal mental health and reduce her cannabis use."),
        F("H001", "will see Chloe every two weeks to support her with her anxiety"),
        F("T002", "for cannabis sessions when she feels ready"),
        F("M001", "will help Chloe with budgeting and her Universal Credit claim"),
        F("T002", "will support Chloe with her housing application asap"),
        F("M002", "Jordan will attend the Yelverby Choices programme for men"),
        F("F001"),
        F("C001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 5. England: looked-after baby (section 20) who is on the children's ward;
#    care plan and child protection plan in one, area merged down (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_yeomanstow_lac_care_plan_ward_oyelaran.docx",
    "doc_title": "Care Plan and Child Protection Plan - Reuben Oyelaran",
    "split": "heldout",
    "actions": 10,
    "template": "england-looked-after-baby-care-plan-and-cp-plan-docx-kv-status-then-area-merged-down-action-person-responsible-timescale-how-measured",
    "description": (
        "Combined care plan and child protection plan for a 10-month-old accommodated under section 20 and "
        "now on the children's ward with bronchiolitis and weight loss. The plan deals with discharge, "
        "contact after discharge and permanence, but nobody is set to visit Reuben on the ward: the SW only "
        "liaises with the ward and the parents' ward contact is 'to be arranged' (L001). Area column "
        "merged down over four groups of rows. Also 'As and when' and 'Ongoing' as the only timescales "
        "(T002), an overdue health assessment with no measure (M001), a development review with no "
        "timescale (T001), the passive contact row with no one responsible (W001) and 'Monitored through "
        "supervision' (M002). Legal planning follows a withdrawal of section 20 consent."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Care Plan (Looked After Child) and Child Protection Plan"),
        ("p", "Yeomanstow Metropolitan Borough Council – Children in Care Service"),
        ("kv", [
            ("Child", "Reuben Oyelaran, born 22/01/2025 (10 months)"),
            ("Legal status", "Accommodated under section 20, Children Act 1989, since 03/10/2025, with the "
                             "agreement of both parents"),
            ("Placement", "Pat and Clive Dawes, Yeomanstow Council foster carers, 8 Ash Grove, Yeomanstow"),
            ("Where Reuben is now", "Ward 4 (children's ward), Yeomanstow General Hospital, since 24/11/2025, "
                                    "with bronchiolitis and weight loss; fed by nasogastric tube. The ward "
                                    "expects him to stay one to two weeks."),
            ("Mother", "Tasha Oyelaran (23), 17 Fairfax Walk, Yeomanstow"),
            ("Father", "Kwame Mensah (26), same address"),
            ("Child protection plan", "Since the initial conference on 12/09/2025 (category: neglect); "
                                      "continues while Reuben is accommodated"),
            ("Social worker", "Hannah Briggs"),
            ("Independent reviewing officer", "Jane Pryce"),
            ("Plan agreed", "Core group and care planning meeting, 27/11/2025, Ward 4 parents' room"),
        ]),
        ("h1", "1. Why Reuben is looked after"),
        ("p", "Between 4 and 7 months Reuben's weight fell from the 50th to below the 2nd centile. He missed "
              "three health visitor appointments and his 16-week immunisations, the flat was cold and dirty, "
              "and feeds were being made up with too few scoops. Tasha has a learning disability and finds "
              "written instructions hard; Kwame works nights at a warehouse. Both parents agreed to Reuben "
              "being accommodated on 03/10/2025 while a parenting assessment is done. In foster care Reuben "
              "gained weight steadily and reached the 9th centile by mid-November. On 24/11/2025 he was "
              "admitted to Ward 4 with bronchiolitis and was too breathless to feed."),
        ("h1", "2. Reuben's day"),
        ("p", "Pat describes Reuben as \"a smiler\". Before he went into hospital he was crawling, pulling "
              "himself up on the sofa and saying \"ba-ba\" and \"da\". He loved bath time and splashed until "
              "the water was cold, and he reached for Pat when strangers came in. At contact he looks for "
              "Tasha when she sings to him and laughs when Kwame blows on his tummy. On the ward he is tired "
              "and sleeps a lot on oxygen; the nurses say he settles when he is held upright and sung to, and "
              "cries when the tube is checked."),
        ("h1", "3. Plan for permanence"),
        ("p", "The plan is for Reuben to go home to Tasha and Kwame if the parenting assessment shows they can "
              "care for him safely with support. At the same time his paternal aunt, Efua Mensah, in Leeds, "
              "is being assessed as a carer. The permanence plan will be decided at the second looked-after "
              "review."),
        ("h1", "4. What we want for Reuben"),
        ("bullets", [
            "Reuben gets better, feeds well and goes back to Pat and Clive as soon as he is medically fit.",
            "Reuben gains weight steadily, back towards the 25th centile.",
            "Reuben sees his parents often and safely, and they learn to feed and care for him.",
            "Reuben has a permanent home decided by spring 2026.",
        ]),
        ("h1", "5. Action plan"),
        ("table", {
            "header": ["Area", "Action", "Person responsible", "Timescale", "How progress will be measured"],
            "widths": [2.2, 5.4, 3.4, 2.8, 3.2],
            "bold_first_col": True,
            "rows": [
                ["Health and development",
                 "Liaise with Ward 4 staff about Reuben's progress and discharge date, and update the foster "
                 "carers",
                 "Hannah Briggs, SW",
                 "As and when",
                 "Discharge date agreed and shared with the foster carers and parents"],
                [V,
                 "Show the foster carers how to manage Reuben's nasogastric tube and feeding plan",
                 "Sunita Rao, paediatric dietitian, Yeomanstow General",
                 "Before discharge",
                 "Pat and Clive signed off on the ward's NG tube training record"],
                [V,
                 "Initial health assessment for Reuben as a looked-after child (overdue)",
                 "Dr Femi Adebayo, designated doctor for looked-after children",
                 "By 15/12/2025",
                 ""],
                [V,
                 "Reuben's one-year developmental review, with an ASQ-3",
                 "Claire Yates, health visitor",
                 "",
                 "ASQ-3 scores shared with the SW and the IRO"],
                ["Family time",
                 "Parents' contact with Reuben on the ward to be arranged with ward staff",
                 "",
                 "While Reuben is in hospital",
                 "Contact noted in the ward record"],
                [V,
                 "Supervised contact for Tasha and Kwame with Reuben at Yeomanstow Family Centre",
                 "Lorraine Kent, contact supervisor",
                 "Monday, Wednesday and Friday, 10–11.30am, from the first week after discharge",
                 "Contact recording sent to the SW within 2 working days of each session"],
                ["Placement",
                 "Support Pat and Clive with Reuben's feeding and sleep when he returns to the foster home",
                 "Mark Ellison, supervising social worker, Fostering Service",
                 "Weekly phone call and monthly visit",
                 "Monitored through supervision"],
                [V,
                 "Keep photos and a diary of Reuben's milestones for his life story book",
                 "Pat Dawes, foster carer",
                 "Ongoing",
                 "Diary and photo album brought to each looked-after review"],
                ["Permanence",
                 "PAMS parenting assessment of Tasha and Kwame, adapted for Tasha's learning disability",
                 "Ruth Okoye, independent social worker",
                 "By 30/01/2026",
                 "PAMS report shared with the parents, the IRO and the core group"],
                [V,
                 "Viability assessment of Efua Mensah (paternal aunt) as a carer for Reuben",
                 "Hannah Briggs, SW",
                 "By 16/01/2026",
                 "Viability report shared with the IRO and the parents"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Tasha or Kwame withdraw their agreement to section 20, or try to take Reuben off the ward or "
              "from the foster home, ward staff or the foster carers will call the police, and Hannah (or the "
              "emergency duty team out of hours) will hold a strategy discussion and ask for a legal planning "
              "meeting the same day to consider an application for an interim care order."),
        ("p", "If Reuben's weight falls below the 2nd centile after he leaves hospital, Pat will take him back "
              "to Ward 4 that day and the health visitor will tell the SW and the GP."),
        ("h1", "7. Meetings"),
        ("p", "Core group every four weeks: 27/11/2025 (Ward 4), 23/12/2025 and 20/01/2026, 2pm, Yeomanstow "
              "Family Centre. Second looked-after review (IRO Jane Pryce): 29/01/2026. Review child protection "
              "conference: 05/02/2026, 10am, Yeomanstow Town Hall."),
        ("p", "Plan written by Hannah Briggs (SW) and agreed with the IRO, 28/11/2025."),
    ],
    "findings": [
        F("T002", "Liaise with Ward 4 staff about Reuben's progress and discharge date"),
        F("M001", "Initial health assessment for Reuben as a looked-after child"),
        F("T001", "Reuben's one-year developmental review, with an ASQ-3"),
        F("W001", "Parents' contact with Reuben on the ward to be arranged"),
        F("M002", "Support Pat and Clive with Reuben's feeding and sleep"),
        F("T002", "Keep photos and a diary of Reuben's milestones"),
        F("L001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. England: plan written up by the health visitor after the initial
#    conference, in her own voice, bold-owner bullets grouped by child
#    (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_yennerby_health_visitor_written_plan_kowalski.md",
    "split": "heldout",
    "actions": 10,
    "template": "england-icpc-plan-written-up-by-health-visitor-md-first-person-who-is-who-worries-childrens-days-outcomes-bold-owner-bullets-grouped-by-child",
    "description": (
        "Initial conference plan for a 5-month-old with faltering growth and her 2-year-old brother "
        "(neglect; mother's postnatal depression; cold house), written up in plain English by the health "
        "visitor at the chair's request, partly in her own first person ('Me (Rachel, HV): ...'). What "
        "the baby's and the toddler's days are like, outcomes for both children, then one bullet per "
        "action under 'For Maja', 'For Kacper' and 'For Agnieszka and Tomasz, so they can care for Maja "
        "and Kacper', each with a bold owner, a time and what will show it. The perinatal team reports on "
        "change and its likely timescale; the contingency has same-day triggers and responses, the aunt "
        "as a fallback and a legal planning meeting; core group dates and the review date. Exemplary."
    ),
    "text": """\
# Child Protection Plan – Maja and Kacper

**Yennerby Council Children's Services with the Yennerby 0–19 Healthy Child Service**

*This plan was agreed at the initial child protection conference on Wednesday 14 January 2026. The chair
asked me to write it up, as most of it is about Maja's feeding and growth and I see the family every
week. I have kept it in plain English so that Agnieszka and Tomasz can read it, and a Polish copy was
given to them on 16 January. Jo Whitfield, the social worker, is the lead professional; she checked
this plan before it went out.*
*– Rachel Tindall, Health Visitor, Yennerby 0–19 Healthy Child Service*

## Who's who

- **Maja Kowalska**, 5 months (born 9 August 2025)
- **Kacper Kowalski**, 2 years 8 months (born 3 May 2023)
- **Agnieszka Kowalska** (31), their mum. Agnieszka speaks good everyday English but prefers Polish for meetings and anything about health.
- **Tomasz Kowalski** (34), their dad. He works shifts at the Yennerby distribution centre.
- **Kasia Nowak**, Agnieszka's sister, 9 Holme Road, Yennerby.
- Home: 41 Ferriby Lane, Yennerby (Yennerby Homes tenancy).
- Category: neglect. Lead professional: Jo Whitfield (SW). Chair: Martin Ashdown.

## Why we are worried

Maja was born on the 50th centile. By 16 weeks her weight had dropped to just under the 9th centile,
and she missed two weigh-ins in December. When I watched a feed on 5 January the bottle had been made
up with three scoops to 150 ml instead of five, "so the tin lasts longer". Agnieszka was diagnosed with
postnatal depression in October; she takes sertraline and was referred to the perinatal mental health
team in December. She has told me that most mornings she cannot get out of bed until Tomasz gets home
at lunchtime. The boiler has not worked since November and the children's bedroom was 13°C on 6 January.
Kacper is not at nursery and is using only a handful of words.

## What is going well

- Agnieszka and Tomasz came to conference together, with an interpreter, and agreed with most of what was said.
- Agnieszka has had her first appointment with the perinatal team and says she "wants to feel like a mother again".
- Tomasz plays with Kacper on his days off and takes him to the park.
- Both parents let me watch feeds and have been honest about money.

## What Maja's and Kacper's days are like

On my visits on 5 and 12 January, Maja was in her bouncer in the living room in a vest and sleepsuit
while the room was 15°C. She fed hungrily when I watched – 120 ml in ten minutes – then smiled and cooed
at me. She turns to Agnieszka's voice and stops crying as soon as Agnieszka picks her up. She has a flat
patch on the back of her head from lying on her back for long spells.

Kacper says a few words in Polish and in English: "mama", "tata", "am-am" (food), "car". When Jo called
at 11am on 8 January he was in front of the television eating dry cereal out of the box and told her
"Mama śpi" (Mummy's asleep). He brought me his shoes and said "park!" – he wants to go out. He runs to
the door when he hears Tomasz's key.

## What we want for Maja and Kacper by the review conference

- Maja is fed enough every day, and her weight is going back up towards the 25th centile.
- Kacper has breakfast, lunch and tea every day, goes to nursery and gets help with his talking.
- Both children live in a warm home, with a parent who is up, well enough and there for them every day.

## The plan

### For Maja

- **Me (Rachel Tindall, HV):** I will visit every Tuesday until the review conference to weigh Maja and watch a feed; each weight goes in her red book and on the growth chart I email to Jo every Tuesday afternoon.
- **Agnieszka and Tomasz:** from 15 January, make every bottle with five scoops to 150 ml, give Maja five bottles a day and write each feed on the chart on the fridge; Jo and I will look at the chart at every visit.
- **Dr Sam Haworth (GP, Ferriby Lane Surgery):** see Maja by 23 January to check for any medical reason for her weight loss and write to me and Jo afterwards; if she has not gained weight by 6 February he will refer her to the paediatric clinic at Yennerby General.
- **Claire Pearce (infant feeding specialist, 0–19 service):** joint visit with me by 30 January to go through bottles, teats and making up feeds, leaving a written feeding plan in Polish and English with Agnieszka.

### For Kacper

- **Me (Rachel, HV):** Kacper's overdue 2½-year review, with a Polish interpreter, by 13 February, including the ASQ-3 and a language screen; I will share the scores with Jo and the nursery and refer him to speech and language therapy that week if he scores below the cut-off.
- **Lucy Morrow (key worker, Bright Stars Nursery):** start Kacper's funded 15 hours on Monday 19 January (Monday to Wednesday, 9am to 2pm with lunch) and note on his daily sheet how he arrives – fed, dressed for the weather, who brought him – emailing Jo a summary every Friday.
- **Jo Whitfield (SW):** visit every week until the review conference, at least one visit in three unannounced, see Kacper on his own at nursery once a month, and record what he says and how Maja is being cared for.

### For Agnieszka and Tomasz, so they can care for Maja and Kacper

- **Dr Olena Marsh (Yennerby Perinatal Mental Health Team):** see Agnieszka every two weeks with a Polish interpreter and review her medication, and send Jo a written report before each core group on whether Agnieszka's mood is improving enough for her to get up with the children and respond to Maja's feeds, what still needs to change and how long that is likely to take.
- **Tomasz:** from 26 January, be home by 6pm on weekdays to give Maja her evening feed and bath and put Kacper to bed; his name will be on the feed chart for the 6pm and 10pm feeds.
- **Jo Whitfield (SW):** get the boiler repaired through Yennerby Homes and apply to the Household Support Fund for heating costs, both by 30 January; the thermometer in the children's bedroom should read between 16 and 20°C at each visit from then on.

## If things go wrong

- If Maja loses weight at two weighs in a row, or drops below the 2nd centile, I will ring Dr Haworth the same day and Maja will be seen at the children's assessment unit at Yennerby General that day; Jo will hold a strategy discussion the same day.
- If Agnieszka tells anyone she is thinking of harming herself or the children, or she cannot get up to care for them, the perinatal team's crisis service will see her the same day and Tomasz will stay home from work. If Tomasz cannot be at home, Maja and Kacper will go to their aunt Kasia; if neither can look after them, Jo will arrange a foster placement that day.
- If Maja has not gained weight by the core group on 18 February, or the feed chart has not been kept for two weeks in a row, Jo will ask her team manager for a legal planning meeting within 5 working days.

## Meetings

- Core group every three weeks at Ferriby Lane Children's Centre, 1.30pm: Wednesday 28 January, Wednesday 18 February and Wednesday 11 March 2026.
- Review child protection conference: Wednesday 8 April 2026, 10am, Yennerby Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. England: updated plan typed into a plain text email after core group 2
#    because the case system was down (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b62_yorwell_email_core_group_plan_brennan.txt",
    "split": "heldout",
    "actions": 9,
    "template": "england-core-group-2-plan-in-plain-text-email-headers-update-childrens-words-then-numbered-owner-dash-action-lines-contingency-line-next-meetings-signature",
    "description": (
        "Social worker's email after the second core group for an 8-year-old and a 5-year-old (father's "
        "drinking, arguments at home), typed because the case system was down: email headers, a short "
        "update with both children's words, then nine numbered 'Owner - action' lines. Faults: 'asap' and "
        "'once they reopen to new referrals' as the only timescales (T002), 'keep an eye on him' (M002), "
        "the father to cut down with no timescale or measure (T001, M001), 'Everyone' as owner (W002), a "
        "passive referral with no owner and no measure (W001, M001), no outcomes for the children (O001), "
        "the father's drinking owned by no adult service (F004), a vague contingency (C002) with no legal "
        "step (R002), and the review conference date 'tbc' (R001)."
    ),
    "text": """\
From: Dan Whitley <Dan.Whitley@yorwell.gov.uk>
Sent: 04 December 2025 17:42
To: Sharon Penrose; Sarah Oduya; Amy Clarke; Gemma Brennan; Liam Brennan
Cc: Nicola Hirst
Subject: Core group 2 - Kai & Lexi Brennan - updated plan

Hi all,

Thanks for coming to core group yesterday. LCS is down again so I'm sending the updated plan by email and will upload it once the system is back - please shout if I've missed anything or got anything wrong.

Quick update from the meeting: Liam is still drinking most nights. Gemma said there were two arguments last week when Liam was "steaming", one of them with Kai in the room. Liam accepts he drinks "too much at weekends" but says it's under control, and said he'd think about seeing his GP. Gemma has asked him to leave twice but he is back at home. Sharon said Kai has been tired and tearful and fell asleep in class twice. Lexi is doing well in reception but Amy has heard her saying "daddy's wobbly" in the home corner.

Kai told me at school on Monday: "I hate it when Dad's wobbly and shouty. I go in Lexi's room and we hide under the duvet." He wants his dad "to stop the beer". Lexi showed me a drawing of the family with Dad "asleep on the floor" and said she likes it when Mummy does her hair.

Plan going forward:

1. Me (Dan, SW) - home visits every 2 weeks, will see Kai and Lexi on their own each time and record what they say on LCS.
2. Sarah Oduya (school nurse) - health checks for both kids asap, results to me.
3. Sharon Penrose (DSL, Yorwell Park Primary) - daily check-in with Kai, will keep an eye on him and let me know if anything comes up.
4. Liam - to cut down on his drinking.
5. Gemma - Freedom Programme at the Oakfield Centre, Tuesdays from 13 Jan, the centre will send me her attendance.
6. Everyone - let me know the same day of any concerns about Liam being drunk around the kids, I'll log them on LCS.
7. Referral to be made to Yorwell Family Support Service for parenting sessions for Gemma and Liam by next core group.
8. Me (Dan) - refer Kai to Yorwell Young Carers once they reopen to new referrals, and forward their acceptance letter to everyone.
9. Amy Clarke (Lexi's reception teacher) - note anything Lexi says or shows in play about home and email me a summary every Friday.

Contingency - if things don't improve or there are any further concerns we'll bring the core group forward and look at next steps.

Next core group: Wed 7 Jan 2026, 3.15pm at Yorwell Park Primary. RCPC date tbc - Nicola is sorting it with the chair and I'll let you know.

Thanks all,

Dan

Dan Whitley | Social Worker | Safeguarding Team 2 | Yorwell Council Children's Services
Tel 01632 960 418 | Mob 07700 900 263
This email and any attachments are confidential and intended only for the people it is addressed to. If you have received it in error please tell the sender and delete it.
""",
    "findings": [
        F("T002", "health checks for both kids asap, results to me"),
        F("M002", "daily check-in with Kai, will keep an eye on him"),
        F("T001", "Liam - to cut down on his drinking"),
        F("M001", "Liam - to cut down on his drinking"),
        F("W002", "let me know the same day of any concerns about Liam"),
        F("W001", "Referral to be made to Yorwell Family Support Service"),
        F("M001", "Referral to be made to Yorwell Family Support Service"),
        F("T002", "refer Kai to Yorwell Young Carers once they reopen"),
        F("O001"),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
