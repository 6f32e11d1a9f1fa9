"""Batch 10, module 1: seven fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Looked-after baby on a neonatal unit: interim care plan with a
#    What needs doing | Who | When | How we'll know table and two band rows
#    (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_quenbridge_lac_neonatal_care_plan_kinsella.docx",
    "doc_title": "Care Plan - Looked After Child - Poppy-Rae Kinsella",
    "split": "tune",
    "template": "lac-care-plan-neonatal-unit-band-rows",
    "description": (
        "Interim care plan for a 2-week-old accommodated under section 20 while on a neonatal unit "
        "(mother's heroin use on top of methadone; withdrawal). The SW visits twice a week and the "
        "parents have daily family time, so visits are stated. Breast milk 'as and when she can', a "
        "discharge meeting 'TBC', a blank measure, a '-' owner, 'Improvement in his confidence', one "
        "adult-only outcome, and the review conference date is still to be confirmed."
    ),
    "blocks": [
        ("title", "Care Plan – Looked After Child"),
        ("p", "Quenbridge City Council – Children's Services, Children in Care Team 1"),
        ("p", "Part 1: interim care plan (child in hospital)"),
        ("kv", [
            ("Child", "Poppy-Rae Kinsella, born 18/04/2025 at 34+2 weeks (2 weeks old)"),
            ("Where Poppy-Rae is", "Neonatal Unit (Robin Ward), Quenbridge General Hospital – cot 6, special care nursery"),
            ("Legal status", "Accommodated under section 20, Children Act 1989 – consent given by Chantelle and "
                             "Jordan on 21/04/2025"),
            ("Child protection plan", "Yes – pre-birth ICPC 12/03/2025, category neglect; the plan continues "
                                      "alongside this care plan"),
            ("Mother", "Chantelle Kinsella (24), 9 Tanner's Row, Quenbridge"),
            ("Father", "Jordan Pike (26), named on the birth certificate; lives with his mother in Eastholme"),
            ("Social worker", "Hannah Oyelaran, Children in Care Team 1 (07700 900 318)"),
            ("IRO", "Sandra Whitlock"),
            ("Date of plan", "02/05/2025"),
        ]),
        ("h1", "Why Poppy-Rae is looked after"),
        ("p", "Chantelle is on a methadone script (70ml daily) through Quenbridge Drug and Alcohol Service. Her "
              "urine tests at 28 and 32 weeks were positive for heroin and crack cocaine, and she missed 4 of her "
              "last 7 antenatal appointments. The flat had no electricity when I visited on 10/04/2025 and nothing "
              "was ready for a baby. Police were called to the flat twice in March after arguments between "
              "Chantelle and Jordan. Jordan says he stopped using cannabis last summer and his hair strand test in "
              "March was negative."),
        ("p", "At the legal planning meeting on 17/04/2025 it was agreed that Poppy-Rae could not safely go home "
              "when she is discharged. Both parents agreed to her being accommodated. The local authority has "
              "started pre-proceedings (PLO) and the letter before proceedings was given to Chantelle and Jordan "
              "at the meeting on 24/04/2025."),
        ("h1", "How Poppy-Rae is doing – what we see"),
        ("p", "Poppy-Rae weighed 1.98kg at birth and 2.06kg on 30/04/2025. She started showing signs of "
              "withdrawal on day 2 – a high-pitched cry, sneezing, tremors and loose stools – with scores of 10 "
              "to 12, and has been on oral morphine since 20/04/2025, which is being reduced every 48 hours. She "
              "is fed by nasogastric tube and bottle and is taking a bit more by bottle each day. The nurses say "
              "she is very unsettled after feeds and at night, but calms quickly when she is swaddled and held "
              "skin to skin. When I visited on 29/04/2025 she took 30ml from Jordan, stayed awake looking at his "
              "face, then fell asleep on his chest. She startles and cries when the nursery is noisy and settles "
              "best in the quieter side room."),
        ("h1", "What we want for Poppy-Rae"),
        ("bullets", [
            "Poppy-Rae comes off morphine, feeds well by bottle (with breast milk if Chantelle can provide it) "
            "and gains weight along her centile, so that she is well enough to leave hospital.",
            "Poppy-Rae goes straight from Robin Ward to carers who already know her routine and her cares, with "
            "no extra days in hospital waiting for a placement.",
            "Poppy-Rae spends safe, regular time with her mum and dad and builds a bond with them while the "
            "assessments are done.",
            "Chantelle stays on her methadone script and stops using heroin on top.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["What needs doing", "Who", "When", "How we'll know"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["While Poppy-Rae is on Robin Ward", H, H, H],
                ["Visit Poppy-Rae on the unit, see her awake and being fed, and speak to the nurse looking "
                 "after her that shift",
                 "SW Hannah Oyelaran",
                 "Twice a week (Tuesday and Friday) until she is discharged",
                 "Visit recorded on Poppy-Rae's file the same day, with her weight, withdrawal scores and what "
                 "the nurses say"],
                ["Family time for Chantelle and Jordan on the unit, supervised by the nurse in charge, "
                 "including doing Poppy-Rae's cares (nappy, feeds, bath)",
                 "Chantelle Kinsella and Jordan Pike; nurse in charge",
                 "Daily, between 11am and 7pm, up to 3 hours a day",
                 "Ward contact log signed by the nurse in charge after every visit, noting how each parent "
                 "handled and fed her"],
                ["Express breast milk and bring it in to the unit in labelled bottles",
                 "Chantelle, with infant feeding lead Bev Saunders",
                 "As and when she can",
                 "Milk log on the unit fridge, checked by the SW at visits"],
                ["Update the SW on Poppy-Rae's weight, feeding, withdrawal scores and morphine weaning",
                 "Dr Femi Adeyinka, neonatal consultant (or the ward sister if he is away)",
                 "Weekly, after the Thursday ward round",
                 "Email update on Poppy-Rae's file every Thursday"],
                ["Keep prescribing Chantelle's methadone, do weekly urine tests and send the results and her "
                 "attendance to the SW",
                 "Quenbridge Drug and Alcohol Service – key worker Mo Rahman",
                 "Weekly; results to the SW every Monday",
                 "Results on Poppy-Rae's file; any positive test for heroin reported to the SW the same day"],
                ["Learn to bath, change and feed Poppy-Rae with the nursery nurse, and practise safe sleep",
                 "Jordan Pike",
                 "Every Wednesday, 2pm–4pm, with nursery nurse Gemma Hollis",
                 "Improvement in his confidence with her"],
                ["Getting ready for discharge", H, H, H],
                ["Hold a discharge planning meeting on the ward with the SW, foster carers and both parents",
                 "Kirsty Dale, neonatal discharge co-ordinator",
                 "TBC",
                 "Written discharge plan sent to everyone who attended"],
                ["Find foster carers for Poppy-Rae and arrange for them to come onto the unit to learn her cares "
                 "before she goes home with them",
                 "Placements team – Kev Marsh, placements officer",
                 "Before discharge; carers identified by 09/05/2025",
                 ""],
                ["Parenting assessment of Chantelle and Jordan, including whether a residential parent and baby "
                 "placement is realistic",
                 "-",
                 "Report by 27/06/2025",
                 "Written report to the legal planning meeting and the looked after review"],
                ["Register Poppy-Rae with a GP near the foster carers and book her 8-week check and first "
                 "immunisations",
                 "SW Hannah Oyelaran with the foster carers",
                 "Within 5 working days of discharge",
                 "GP registration letter on file; red book shows the 8-week check and immunisations done"],
                ["Take over from the neonatal outreach nurses and visit Poppy-Rae at the foster home",
                 "HV Rachael Cope, Quenbridge South health visiting team",
                 "First visit within 7 days of discharge, then every 2 weeks",
                 "Visits recorded; weight plotted in the red book at each visit"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If either parent comes onto the unit under the influence of drugs or alcohol, is threatening to "
              "staff, or tries to take Poppy-Rae off the unit, the nurse in charge will end the visit, call "
              "hospital security and the police, and tell the SW (or the emergency duty team out of hours) "
              "straight away. Family time will then move to Quenbridge Family Centre, supervised by a contact "
              "worker, and the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("p", "If Chantelle or Jordan withdraws their consent to section 20 before Poppy-Rae is discharged, the "
              "ward will tell the SW at once and the SW will seek legal advice the same day about an application "
              "for an interim care order. Poppy-Rae will not be discharged to either parent in the meantime."),
        ("h1", "Reviews and meetings"),
        ("bullets", [
            "First looked after review: 16/05/2025, 2pm, parents' room on Robin Ward, chaired by the IRO, "
            "Sandra Whitlock.",
            "Core group (child protection plan): every 4 weeks – next 14/05/2025, then 11/06/2025.",
            "Review child protection conference: date to be confirmed by the Safeguarding Unit.",
            "Legal planning meeting to review pre-proceedings: 03/07/2025, once the parenting assessment is in.",
        ]),
        ("p", "Social worker: Hannah Oyelaran      Team manager: Paul Greatorex      Date: 02/05/2025"),
    ],
    "findings": [
        F("T002", "Express breast milk and bring it in to the unit"),
        F("M002", "Learn to bath, change and feed Poppy-Rae with the nursery nurse"),
        F("T002", "Hold a discharge planning meeting on the ward"),
        F("M001", "Find foster carers for Poppy-Rae and arrange for them"),
        F("W001", "Parenting assessment of Chantelle and Jordan, including whether"),
        F("F002", "Chantelle stays on her methadone script and stops using heroin on top"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Scottish GIRFEC Child's Plan under the eight SHANARRI headings, a small
#    What will happen | Who and when | How we'll know table under each; PDF
#    with header and page footer on every page
# ---------------------------------------------------------------------------
_GIRFEC_HEAD = ["What will happen", "Who and when", "How we'll know"]
_GIRFEC_W = [6.6, 5.0, 5.4]


def _girfec(heading, want, rows):
    return [
        ("h2", heading),
        ("p", f"What we want for Finlay: {want}"),
        ("table", {"header": _GIRFEC_HEAD, "widths": _GIRFEC_W, "rows": rows}),
    ]


_blocks_2 = [
    ("title", "Child's Plan"),
    ("p", "Getting it right for every child in Quarrybrae – Quarrybrae Council Social Work Services, "
          "NHS Quarrybrae and Braeside Primary School"),
    ("kv", [
        ("Child", "Finlay Baird, born 14/08/2017 (7 years), P3 at Braeside Primary"),
        ("Lives with", "Lorna Baird (mum) and brother Cody (2), 4/2 Millside Court, Quarrybrae"),
        ("Dad", "Steven Baird – lives in Glenholm, phone contact on Sundays"),
        ("Named Person", "Mrs Aileen Tait, Head Teacher, Braeside Primary"),
        ("Lead Professional", "Niall Crawford, Social Worker, Quarrybrae Children and Families (North)"),
        ("Child protection register", "Placed on the register at the Child Protection Planning Meeting (CPPM) "
                                      "on 03/04/2025 – neglect; parental alcohol misuse"),
        ("Plan agreed", "03/04/2025 (this plan also covers Cody, who has his own Child's Plan)"),
    ]),
    ("h1", "Why Finlay has a Child's Plan"),
    ("p", "Lorna has been drinking heavily since she lost her job last autumn, mostly wine, mostly in the "
          "evenings. The police were called three times between January and March: twice by neighbours "
          "because Cody had been crying for a long time, and once on 14/03/2025 when Finlay was found in the "
          "stair at 9pm looking for his mum, who was asleep on the sofa and could not be woken. Finlay has "
          "missed 19 days of school this year and is often late and hungry. There is damp and black mould in "
          "the boys' bedroom. Lorna has told the Lead Professional she wants to stop and has asked for help."),
    ("h1", "What is going well"),
    ("p", "Lorna loves the boys and is warm with them when she is sober; Finlay and Cody run to her. Her mum, "
          "Jean McFadyen, and her sister, Shona McFadyen, live a few streets away and have offered to help. "
          "Lorna went to her first appointment with the alcohol and drug recovery service on 28/03/2025."),
    ("h1", "What Finlay says"),
    ("p", "I saw Finlay on his own at school on 27/03/2025 and we did a My World Triangle together. He said the "
          "best thing about home is \"when Mum makes pancakes and we watch a film\" and the worst is \"when "
          "Mum's sleeping and Cody's greetin' and I cannae wake her\". He likes Fridays at his gran's \"'cos "
          "she makes mince and tatties and I get my own bed\". He wants \"Mum to stop the wine\" and to go to "
          "football every week \"like Lewis\". Cody was seen at the home visit on 01/04/2025 to go to Finlay, "
          "not Lorna, when he fell, and to eat two bowls of cereal very quickly."),
    ("h1", "Finlay's wellbeing – what will happen"),
]
_blocks_2 += _girfec("Safe", "Finlay and Cody are looked after by a sober adult every day and night, and "
                     "Finlay knows who to phone if Mum has been drinking.", [
    ["Visit Finlay and Cody at home, at least one visit in three unannounced, and see Finlay on his own",
     "Niall Crawford, Lead Professional – every week until the review CPPM",
     "Visit notes show Finlay seen on his own, and food in the cupboards, at every visit"],
    ["Lorna not to drink when she is looking after Finlay and Cody",
     "Lorna Baird – ongoing",
     "Monitored by all agencies"],
    ["Go through Finlay's \"who I can phone\" card with him and keep a copy in his school bag",
     "Named Person, Mrs Aileen Tait – by 17/04/2025",
     "Finlay can show his card and name three safe adults"],
])
_blocks_2 += _girfec("Healthy", "Finlay and Cody are fed, clean and warm, and have their health and dental "
                     "checks.", [
    ["Assess Lorna's drinking, agree a plan with her and her GP to cut down safely, and send the Lead "
     "Professional her breath test readings and attendance",
     "Quarrybrae Alcohol and Drug Recovery Service, recovery worker Gillian Moffat – assessment by "
     "24/04/2025, then fortnightly",
     "Assessment shared at the first core group; breath test readings and attendance in each core group "
     "report"],
    ["Register Finlay and Cody with a dentist and take them to their first check-up",
     "Lorna Baird – by 30/05/2025",
     "Letter from the dental practice copied to the Lead Professional"],
])
_blocks_2 += _girfec("Achieving", "Finlay is in school every day, on time, and is catching up with his reading.", [
    ["Track Finlay's attendance and lateness and phone the Lead Professional the same day if he is off "
     "without a reason",
     "Named Person, Mrs Aileen Tait – daily, with a summary every Friday",
     "Weekly attendance figure emailed to the Lead Professional; Finlay's attendance at 95% or more"],
    ["Extra reading support in a small group with two other P3s",
     "Class teacher, Miss Rhona Gall",
     "Finlay's reading age on the school reading test goes up, shared at core group"],
])
_blocks_2 += _girfec("Nurtured", "Finlay and Cody have warm, regular time with the people who love them.", [
    ["Have Finlay and Cody to stay every Friday night so Lorna gets a break",
     "Gran, Jean McFadyen – every Friday, 5pm to Saturday 12 noon",
     ""],
    ["Collect Finlay from school on Tuesdays and Thursdays and give him his tea",
     "Auntie Shona McFadyen – Tuesday and Thursday, 3.15pm",
     "School sign-out book shows Shona collected him"],
])
_blocks_2 += _girfec("Active", "Finlay gets to football like his pals.", [
    ["Take Finlay to Saturday football with Braeside Colts",
     "Lorna Baird – every Saturday, 10am",
     "Coach's register shows Finlay at training"],
])
_blocks_2 += _girfec("Respected", "Finlay's views are heard and written down at every meeting about him.", [
    ["Help Finlay put his views in his own words before each meeting, using the \"Having Your Say\" form",
     "Children's rights worker, Ally Brennan – before each core group and the review CPPM",
     "Finlay's form read out at each meeting and attached to the minutes"],
])
_blocks_2 += _girfec("Responsible", "Finlay can manage his temper in the playground and stay out of fights.", [
    ["Work with Finlay on his anger in the playground, using the Zones of Regulation",
     "Pupil support assistant, Mrs Kay Dunlop – as required",
     "Fewer than 2 incidents a week in the school's behaviour log"],
])
_blocks_2 += _girfec("Included", "Finlay and Cody live in a warm, dry home and there is enough money for food and "
                     "school clothes.", [
    ["Benefits check for Lorna, including the school clothing grant",
     "Welfare rights officer, Raj Basra – by 09/05/2025",
     "Outcome letter; any award confirmed to the Lead Professional"],
    ["Get the damp and mould in the boys' bedroom treated",
     "by 31/05/2025",
     "Work completed, checked by the Lead Professional at a home visit"],
])
_blocks_2 += [
    ("h1", "If things go wrong"),
    ("p", "If Lorna is found under the influence of alcohol while she is looking after the boys, or Finlay is "
          "off school without a reason for two days in a row, the Lead Professional (or the out-of-hours social "
          "work service) will visit the same day. Finlay and Cody will go to stay with their gran, Jean "
          "McFadyen, while an inter-agency referral discussion (IRD) is held within 24 hours. If Lorna is found "
          "drunk while caring for the boys a second time, the Lead Professional will seek legal advice and "
          "refer Finlay and Cody to the Children's Reporter."),
    ("h1", "Core group and review"),
    ("bullets", [
        "Core group: every 4 weeks – 24/04/2025, 22/05/2025 and 19/06/2025, at Braeside Primary, 9.30am.",
        "Review Child Protection Planning Meeting: 03/07/2025, 10am, Quarrybrae Council Offices.",
    ]),
    ("p", "Lead Professional: Niall Crawford      Named Person: Aileen Tait      Date: 03/04/2025"),
]

PLANS.append({
    "name": "b10_quarrybrae_girfec_shanarri_child_plan_baird.pdf",
    "doc_title": "Child's Plan - Finlay Baird",
    "split": "tune",
    "template": "girfec-shanarri-sections-who-and-when-cell-paged",
    "description": (
        "Scottish Child's Plan (child protection register; mother's drinking) with a small table under each "
        "of the eight SHANARRI headings, owner and date in one 'Who and when' cell, Named Person / Lead "
        "Professional wording, header and 'Page N of M' footer on every page. 'Ongoing' with 'Monitored', "
        "an owner with no date, a date with no owner, 'as required', gran's overnights with no measure; "
        "gran and aunt carry the plan and the contingency sends the boys to gran without a fallback."
    ),
    "header": "OFFICIAL-SENSITIVE | Quarrybrae Council Social Work Services | Child's Plan – Finlay Baird",
    "footer": "Child's Plan (child protection) – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": _blocks_2,
    "findings": [
        F("T002", "Lorna not to drink when she is looking after Finlay and Cody"),
        F("M002", "Lorna not to drink when she is looking after Finlay and Cody"),
        F("T001", "Extra reading support in a small group"),
        F("M001", "Have Finlay and Cody to stay every Friday night"),
        F("T002", "Work with Finlay on his anger in the playground"),
        F("W001", "Get the damp and mould in the boys' bedroom treated"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Child protection plan with bilingual Welsh / English headings and table
#    header (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_quenllys_bilingual_cp_plan_gwilym.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cai ac Elin Gwilym",
    "split": "tune",
    "template": "bilingual-welsh-english-cp-table",
    "description": (
        "ICPC plan for two Welsh-speaking children (domestic abuse by mother's partner, his drinking, "
        "mother's depression) with bilingual Welsh/English headings and table header. A primary mental "
        "health row that only supports, a perpetrator programme 'when a place is available', a blank "
        "measure, 'All professionals'; the contingency only reviews 'further concerns' and there is no "
        "legal step anywhere."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Quenllys / Quenllys County Borough Council – "
              "Gwasanaethau Plant / Children's Services"),
        ("h1", "Gwybodaeth am y teulu / Family details"),
        ("kv", [
            ("Plant / Children", "Cai Gwilym (11), Ysgol Gyfun Quenllys; Elin Gwilym (6), Ysgol Gynradd y Nant"),
            ("Cyfeiriad / Address", "14 Heol y Nant, Quenllys"),
            ("Mam / Mum", "Rhian Gwilym (34)"),
            ("Partner Mam / Mum's partner", "Dean Prosser (37), Elin's dad – not living at the house since 28/03/2025"),
            ("Tad Cai / Cai's dad", "Gareth Gwilym, lives in Aberquel, sees Cai every other weekend"),
            ("Cynhadledd / Conference", "Initial child protection conference, 07/04/2025"),
            ("Categori / Category", "Niwed emosiynol / Emotional abuse"),
            ("Gweithiwr cymdeithasol / Social worker", "Llinos Morgan"),
            ("Iaith / Language", "Cai and Elin – Welsh; Rhian – English; Dean – English"),
        ]),
        ("h1", "Pam ein bod ni'n poeni / Why we are worried"),
        ("p", "The police have been called to the house four times since October. On 22/03/2025 Dean, who had "
              "been drinking all afternoon, put his hands round Rhian's throat in the kitchen while Elin was "
              "at the table; Cai rang his dad, who rang 999. Dean was arrested and is on bail not to come to "
              "Heol y Nant. Dean told the conference he drinks \"a few cans every night, more at weekends\". "
              "Rhian has depression and has been on sertraline since January; she says she has stopped going "
              "out and some days does not get dressed. Cai is getting Elin ready for school most mornings and "
              "has been in trouble at school for fighting."),
        ("h1", "Beth sy'n gweithio'n dda / What's working well"),
        ("p", "Rhian asked Dean to leave and has kept to the bail conditions. She met the IDVA on 27/03/2025 and "
              "agreed to a MARAC referral. Elin's attendance is 97%. Rhian's mum (Nain) lives two streets away "
              "and collects Elin from school on Fridays. Gareth has kept up his weekends with Cai."),
        ("h1", "Beth sy'n bwysig i Cai ac Elin / What matters to Cai and Elin"),
        ("p", "I saw Cai on his own at school on 02/04/2025; we talked in Welsh, which he prefers. He said "
              "\"Dw i ddim eisiau i Dean ddod nôl i'r tŷ\" (I don't want Dean to come back to the house) and "
              "\"Dw i'n gofalu am Elin pan mae Mam yn crio\" (I look after Elin when Mam is crying). He said "
              "he gets angry at school \"because everything at home is in my head\". Elin drew her family with "
              "Dean outside the house and said she misses him at bedtime but does not like it when he shouts. "
              "She told her teacher she wants \"Mam to be happy and take me to the park\"."),
        ("h1", "Canlyniadau / Outcomes"),
        ("bullets", [
            "Cai and Elin live in a home where there is no violence or shouting, and they both say they feel "
            "safe at home.",
            "Cai no longer has to get Elin ready or look after his mam, and has time to be eleven.",
            "Elin sees her dad safely, without arguments, and comes back from family time calm.",
        ]),
        ("h1", "Beth sydd angen digwydd / What needs to happen"),
        ("table", {
            "header": ["Beth sydd angen digwydd / What needs to happen", "Pwy / Who",
                       "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [5.8, 3.6, 3.0, 4.6],
            "rows": [
                ["Visit Cai and Elin at home and speak to each of them on their own, in Welsh",
                 "SW Llinos Morgan",
                 "Every 10 working days",
                 "Visit records show each child seen alone, with what they said in their own words"],
                ["Weekly sessions with Rhian's primary mental health practitioner to support her with her low "
                 "mood and anxiety",
                 "Quenllys Primary Mental Health Support Service – Owain Rees",
                 "Weekly for 8 weeks from 14/04/2025",
                 "Attendance record sent to the SW"],
                ["Review Rhian's antidepressant and write to the SW about how her mood is affecting her care of "
                 "Cai and Elin",
                 "GP Dr Siân Hughes, Meddygfa'r Bont",
                 "By 30/04/2025",
                 "GP letter on the children's file"],
                ["Risk assessment and safety plan with Rhian that covers Cai and Elin, including the panic "
                 "alarm and what the children do if Dean comes to the house",
                 "IDVA Nia Thomas, Quenllys Domestic Abuse Service",
                 "First session by 11/04/2025, then fortnightly",
                 "DASH and written safety plan shared with the SW; Cai can tell the SW what he would do"],
                ["Dean to complete a domestic abuse perpetrator programme (Camau Newydd)",
                 "Dean Prosser, referred by the SW",
                 "When a place is available",
                 "End-of-programme report from the facilitator to the SW"],
                ["Assess Dean's drinking and agree a plan with him to cut down",
                 "Quenllys Substance Misuse Service – Gwyn Parry",
                 "Assessment by 25/04/2025",
                 "Assessment and Dean's plan shared at the first core group"],
                ["ELSA sessions for Cai at school to talk about home and his anger",
                 "Cai's school, Ysgol Gyfun Quenllys – ELSA Mrs Eleri Price",
                 "Weekly, Thursday lunchtime, from 24/04/2025",
                 ""],
                ["Tell the SW the same day about any incident, or any sighting of Dean near the house",
                 "All professionals",
                 "Same day",
                 "Logged on the children's file with what was done"],
                ["Make sure Elin is collected from school by Rhian or Nain, and never by Dean",
                 "Rhian Gwilym",
                 "Every school day",
                 "School collection log shows who collected Elin"],
                ["Supervised family time for Elin with her dad",
                 "Quenllys Family Centre – contact worker Bethan Lloyd",
                 "Fortnightly, Saturday 10am–12pm, from 12/04/2025",
                 "Contact notes sent to the SW, including how Elin is before and after"],
                ["Change the locks and fit a door chain so that Cai and Elin are safe at home",
                 "Housing officer Mark Jenkins, Cartrefi Quenllys",
                 "By 18/04/2025",
                 "Work order completed and confirmed to the SW"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If there are further concerns, or the plan is not working, the core group will meet to review the "
              "plan and consider what else needs to happen."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group: every 4 weeks – 17/04/2025, 15/05/2025 and 12/06/2025, at Ysgol "
            "Gynradd y Nant, 1.30pm.",
            "Cynhadledd adolygu / Review child protection conference: 03/07/2025, 10am, Canolfan Ddinesig "
            "Quenllys.",
        ]),
        ("p", "Cadeirydd / Chair: Alun Roberts      Dyddiad / Date: 07/04/2025"),
    ],
    "findings": [
        F("H001", "Weekly sessions with Rhian's primary mental health practitioner"),
        F("T002", "Dean to complete a domestic abuse perpetrator programme"),
        F("M001", "ELSA sessions for Cai at school to talk about home"),
        F("W002", "Tell the SW the same day about any incident"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Signs of Safety safety plan written with the family at a network meeting
#    (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_quillamoor_sos_family_safety_plan_royle.md",
    "split": "tune",
    "template": "signs-of-safety-family-network-rules-next-steps-md",
    "description": (
        "Signs of Safety safety plan written with the family network (father's drinking and violence): "
        "worries / working well, danger statement, safety goal, scaling, the children's views, a table of "
        "family safety rules (all complete) and numbered next steps. 'When a place comes up', 'as and when', "
        "the safety network as owner, 'keep an eye on', a step with no measure; the contingency covers the "
        "network failing but the review conference is 'to be confirmed'."
    ),
    "text": """\
# Quillamoor Council – Children's Services
## Our safety plan for Tyler and Ruby (Signs of Safety)

**Children:** Tyler Royle (7) and Ruby Royle (4)
**Mum:** Kayleigh Dunn  **Dad:** Jason Royle (staying with his sister Lisa since February)
**Child protection plan:** from the initial conference on 27/03/2025 (emotional abuse)
**Social worker:** Sam Whitcombe

Written together at the family network meeting at Nana Pat's house on 14/04/2025.
Who was there: Kayleigh, Jason, Nana Pat (Pat Dunn, Kayleigh's mum), Uncle Dan (Dan Dunn),
Auntie Lisa (Lisa Royle, Jason's sister), Sam (SW) and Mrs Hewitt (Tyler's teacher, for the
first half).

---

### What we are worried about

- On 08/02/2025 Jason came home drunk, punched a hole in the living room door and pushed
  Kayleigh while she was holding Ruby. Tyler rang 999 from Kayleigh's phone.
- The police had been called three times before that since last summer. Every time Jason had
  been drinking.
- Tyler has been wetting the bed again and told his teacher he "has to listen out for Dad".
- Ruby hides behind the sofa when voices are raised, even on the TV.

### What's working well

- Jason moved out to Lisa's the day after the 999 call and has kept to the agreement not to
  come to the house unless someone from the network is there.
- Jason has been to Quillamoor Recovery Service five times and says he has cut right down.
- Nana Pat, Uncle Dan and Auntie Lisa all came to this meeting and want to help.
- Kayleigh gets both children to school and nursery class every day, on time.

### Danger statement

Sam (SW), the police and Tyler's school are worried that if Jason drinks and gets angry when
he is with Kayleigh and the children, Tyler and Ruby could be hurt, like when Ruby was in
Kayleigh's arms when she was pushed, and they will keep being frightened at home, which is
already making Tyler wet the bed and Ruby hide.

### Safety goal

Everyone, including Children's Services, will be confident that Tyler and Ruby are always
with a sober adult, that there is no more fighting, pushing or breaking things in front of
them, and that Tyler does not have to "listen out for Dad" – and that this has lasted for at
least six months.

### Scaling

On a scale of 0 to 10, where 10 means everyone is confident the children are safe enough for
the plan to end and 0 means the children can't stay at home:

| Who | Score | Why |
|---|---|---|
| Kayleigh | 7 | "Jason's not in the house and I'd ring the police again." |
| Jason | 6 | "I've cut down but I know I've got more to do." |
| Nana Pat | 5 | "I'll believe it when it's been a few months." |
| Sam (SW) | 3 | It has only been two months and Jason has not yet been tested. |
| School | 4 | Tyler is still tired and wetting. |

### What Tyler and Ruby say

Sam did the three houses with Tyler at school on 03/04/2025. In his **house of worries** he
drew "Dad's fist and the door" and "police cars". In his **house of good things** he drew
"Nana's dog Biscuit", "Mum's spaghetti" and "football with Uncle Dan". In his **house of
dreams** he wrote "Dad comes for tea and he's not drunk and nobody shouts". He said he likes
seeing his dad at Auntie Lisa's "because Lisa's there". Ruby was too shy to talk to Sam at
first; she showed Sam her toy kitchen and made everyone a cup of tea. Nursery staff say she
jumps at loud noises and asks "is Daddy cross?" when she hears shouting in the playground.

### Our family safety rules

| Rule | Who makes sure | When | How we'll know |
|---|---|---|---|
| Jason only sees Tyler and Ruby when Nana Pat or Auntie Lisa is with them the whole time | Nana Pat / Auntie Lisa | Every time – Wednesday tea (4pm–6.30pm) and Saturday 10am–4pm | Contact book signed by Pat or Lisa each time, seen by Sam at every visit |
| No alcohol kept in Kayleigh's house, and Jason does not come round if he has had a drink | Kayleigh and Jason | Every day | Sam checks the kitchen at visits; Jason's breath test readings from Quillamoor Recovery |
| If Jason turns up drunk, Kayleigh doesn't open the door and rings 999; Tyler takes Ruby to his room and uses the tablet to ring Nana Pat | Kayleigh; Tyler knows what to do | Straight away, every time | Police log; Tyler can tell Sam what he would do when she asks at each visit |
| Nana Pat stays over on Friday and Saturday nights | Nana Pat | Every Friday and Saturday night until 13/06/2025 | Pat texts Sam on Saturday and Sunday mornings to say she was there |

### Next steps

1. Sam (SW) will see Tyler and Ruby at home every two weeks, and see Tyler on his own at
   school once a month; what Tyler says will be written into the plan for each core group.
2. Sam will do a words and pictures explanation with Tyler and Ruby by 16/05/2025 so they
   know why there is a plan, and give Kayleigh and Jason a copy.
3. Jason will go to the Caring Dads group when a place comes up, and the group worker will
   send Sam a report at the end of the course.
4. Jason's worker at Quillamoor Recovery Service, Ade Ogundipe, will breath test Jason at every
   fortnightly appointment and send Sam the readings before each core group.
5. The safety network will meet every month at Nana Pat's to go through the rules and send Sam
   the notes.
6. School will keep an eye on Tyler and Ruby every day, especially on Mondays.
7. Kayleigh will take Ruby to her speech and language appointments at Quillamoor Health
   Centre, starting on 29/04/2025.
8. Sam will help Kayleigh with her application to move nearer her mum, as and when.

### If the safety plan breaks down

If Jason comes to the house after drinking, or any of the rules are broken, Kayleigh (or
whoever from the network is there) will ring 999, and Sam (or the emergency duty team out of
hours) will hold a strategy discussion the same day. If Nana Pat or Auntie Lisa can't be there
for Jason's time with the children, it does not go ahead that day – it is never done without
them. If Nana Pat can't stay over at the weekend, Uncle Dan will stay instead; if neither of
them can, Kayleigh and the children will stay at Nana Pat's. If the rules are broken twice,
Sam will ask her manager for a legal planning meeting.

### When we will meet again

- Core group: every 4 weeks – 29/04/2025, 27/05/2025 and 24/06/2025, at Quillamoor Primary.
- Family network meeting: monthly at Nana Pat's (see step 5).
- Review child protection conference: to be confirmed.

*Agreed by Kayleigh, Jason, Pat, Dan and Lisa on 14/04/2025. Everyone has a copy. Tyler has his
own copy in words and pictures.*
""",
    "findings": [
        F("T002", "Jason will go to the Caring Dads group"),
        F("W002", "The safety network will meet every month at Nana Pat's"),
        F("M002", "School will keep an eye on Tyler and Ruby"),
        F("M001", "Kayleigh will take Ruby to her speech and language appointments"),
        F("T002", "Sam will help Kayleigh with her application to move"),
        F("M001", "Sam will help Kayleigh with her application to move"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Family moving to another local authority: the SW's email after the core
#    group, typed as plain text (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_quaysmouth_transfer_email_marsh.txt",
    "split": "tune",
    "template": "transfer-out-email-numbered-actions",
    "description": (
        "A social worker's email to the core group setting out the CP plan while the family move to another "
        "authority: numbered actions with owner, timing and evidence typed inline. Visits carry on until the "
        "transfer-in conference (not stalled), but the parenting assessment is paused, a young carers referral "
        "and father's contact are left for the new authority; 'when she gets a chance', 'Everyone - keep an "
        "eye on', and the review conference is left for the receiving authority to set."
    ),
    "text": """\
From: Dan Foley
Sent: 29 April 2025 16:48
To: Julie Ashton (HV); Mrs S Khan (DSL, Quaysmouth Academy); Abbie Reid (Sunflower Nursery); Leanne Cartwright (Quaysmouth Recovery)
Cc: Rachel Osei (Team Manager)
Subject: Kezia & Rio Marsh - CP plan while the family move to Elderholt - actions from today's core group

Hi all,

Thanks for coming today. As discussed, Jade has been offered a 2-bed housing association flat in
Elderholt (near her sister) and the family move on Fri 23 May. Kezia and Rio stay on CP plans
(neglect) and Quaysmouth keeps case responsibility until Elderholt hold their transfer-in
conference - Rachel sent the transfer request this afternoon. Below is what we agreed, incl. what
carries on until then. Pls shout if I've got anything wrong.

Where things are
- Jade is still drinking most evenings but says less (3-4 cans, was 8). Breath tests clear at
  Quaysmouth Recovery on 22/04 and 25/04, positive 15/04.
- Kezia's attendance 81% this half term, late 9 times. Rio (2) at nursery 3 mornings a week,
  missed 1 session since last core group.
- House better - food in and Rio's cot made up at the last 2 visits.

What the kids have said
Kezia (seen on her own 24/04) says she's "kind of excited" about the new flat because she'll have
her own room, but "gutted" about leaving her friends and her netball team. She said Mum "still
drinks but not as much" and that she still does Rio's breakfast most days. She asked if she can
still see me - I explained she'll get a new SW in Elderholt. Rio was chatty at nursery, ran to Jade
at pick up and ate well at snack time.

What we're still aiming for (from the conference)
- Kezia and Rio are looked after by a sober adult every evening and night.
- Kezia gets to school on time every day and doesn't have to do Rio's care.
- Rio's speech and development catch up, so he is ready for his nursery place in Elderholt.

Actions (until Elderholt take over)
1. Me (Dan, SW) - keep visiting weekly, at least one unannounced a fortnight, and see Kezia on her
   own, until Elderholt's transfer-in conference. Visits written up on the case file within 24 hrs.
2. Leanne (Quaysmouth Recovery) - carry on fortnightly appts and breath tests with Jade right up
   to the move and send me the results before each core group. Leanne has already booked Jade's
   first appt with Elderholt's alcohol service for 27/05 so there's no gap - appt letter copied to me.
3. Parenting assessment - paused for now, Elderholt to restart at some point after the move.
4. Julie (HV) - Rio's 2 yr review before the move (booked 12/05), ASQ and weight sent to me and to
   the Elderholt HV team by 16/05.
5. Mrs Khan (DSL) - attendance and lateness to me every Fri until Kezia's last day (16/05), and
   Kezia's school file to her new school by her start date - confirmation from the new school.
6. Kezia's young carers referral - leave for the Elderholt SW to make within 10 working days of
   their transfer-in conference; they'll confirm it to Jade and Kezia in writing.
7. Abbie (nursery) - register every session and tell me the same day if Rio is not in or is
   collected by Kezia; attendance figures to me wkly until his last session.
8. Jade - register herself, Kezia and Rio with a GP in Elderholt when she gets a chance.
9. Supervised contact between Rio and his dad (Connor) at the family centre - on hold until
   they've moved, Elderholt to sort out new arrangements, date TBC.
10. Everyone - keep an eye on Kezia and Rio and let me know the same day if you're worried.
11. Rachel (TM) - chase Elderholt for a date for the transfer-in conference by 09/05 and send
   them the plan, chronology and assessments the same day - confirmation email on file.

If things go wrong
If Jade is found drunk while she's looking after Rio or Kezia, or Kezia tells any of us she has had
to put Rio to bed because Mum was drunk, I (or EDT out of hours) will visit the same day and the
kids will go to Jade's mum, Carol Marsh, in Quaysmouth while we hold a strategy discussion. Carol
has agreed and I checked her house on 25/04. If Carol can't have them they will go to emergency
foster carers. This stays in place after the move until Elderholt agree their own plan - if it
happens after the move Elderholt EDT will be asked to visit and I'll liaise. If there's another
incident like 15/04, Rachel will request a legal planning meeting.

Meetings
- Core group: next 13/05, 10am, Quaysmouth Family Hub (last one here before the move), then
  monthly until the transfer-in conference.
- Review conference: was due 26/06 - Elderholt will set the date for their transfer-in
  conference instead, not confirmed yet.

Thanks all,
Dan

Dan Foley | Social Worker | Children and Families Team 3 | Quaysmouth Council
01632 960 774 | Working days Mon-Thu
""",
    "findings": [
        F("X001", "Parenting assessment - paused for now, Elderholt to restart"),
        F("T002", "Parenting assessment - paused for now, Elderholt to restart"),
        F("M001", "Parenting assessment - paused for now, Elderholt to restart"),
        F("X001", "Kezia's young carers referral - leave for the Elderholt SW"),
        F("T002", "register herself, Kezia and Rio with a GP in Elderholt"),
        F("M001", "register herself, Kezia and Rio with a GP in Elderholt"),
        F("X001", "Supervised contact between Rio and his dad (Connor)"),
        F("T002", "Supervised contact between Rio and his dad (Connor)"),
        F("M001", "Supervised contact between Rio and his dad (Connor)"),
        F("W002", "Everyone - keep an eye on Kezia and Rio"),
        F("M002", "Everyone - keep an eye on Kezia and Rio"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Exemplary pre-birth plan, mother with schizoaffective disorder, written
#    jointly with adult mental health services; outcome column merged down
#    rows (docx)
# ---------------------------------------------------------------------------
_OUT_A = ("The baby is cared for day and night by a mother who is well enough to feed, settle and respond "
          "to them, with another adult there in the first weeks.")
_OUT_B = ("The baby is born safely, with a birth and discharge plan everyone knows, and goes home to a warm "
          "flat with a safe place to sleep.")
_OUT_C = ("The baby is fed every 3–4 hours, sleeps on their back in their own cot and gains weight along "
          "their centile.")
_OUT_D = ("If Naomi starts to become unwell, the adults around the baby notice early and act the same day, "
          "so the baby is never left alone with her while she is unwell.")

PLANS.append({
    "name": "b10_quelmoor_prebirth_joint_amh_ferreday.docx",
    "doc_title": "Pre-birth Child Protection Plan (joint with Adult Mental Health) - Baby Ferreday-Ashby",
    "split": "tune",
    "template": "prebirth-joint-amh-merged-baby-outcome",
    "description": (
        "Exemplary pre-birth plan for a mother with schizoaffective disorder, written jointly with the "
        "CMHT and perinatal mental health team, with a 'What we want for the baby' column merged down the "
        "rows. Every mental health row asks for an assessment or report on change, named owners, real "
        "timescales and observable measures, the baby's world recorded, father's and grandmother's support "
        "covered in a specific contingency, core group and review dates and a legal planning meeting."
    ),
    "check_vmerge": 3,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("p", "Written jointly by Quelmoor Children's Services and Quelmoor Adult Mental Health Services "
              "(Community Mental Health Team North and the Perinatal Mental Health Team) at a joint planning "
              "meeting on 02/04/2025, and agreed with Naomi and Tom. It sits alongside Naomi's Care Programme "
              "Approach (CPA) care plan; both plans are reviewed together."),
        ("kv", [
            ("Unborn baby", "Baby Ferreday-Ashby, due 20/07/2025 (24 weeks at conference)"),
            ("Mother", "Naomi Ferreday (29)"),
            ("Father", "Tom Ashby (31), lives with Naomi"),
            ("Address", "Flat 3, 11 Linden Grove, Quelmoor"),
            ("Conference", "Pre-birth initial child protection conference, 31/03/2025"),
            ("Category", "Neglect (likelihood of significant harm)"),
            ("Social worker", "Marcus Lyle, Quelmoor Children's Services"),
            ("Care co-ordinator", "Ruth Kaplan (CPN), CMHT North"),
            ("Perinatal psychiatrist", "Dr Priya Venkat, Quelmoor Perinatal Mental Health Team"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Naomi has schizoaffective disorder. In 2021 she stopped her medication, stopped sleeping and "
              "became convinced her food was being poisoned; she heard voices telling her she was \"not fit to "
              "live\" and was detained in hospital for eleven weeks. She has been well since 2022. The risk of "
              "a relapse is much higher in the weeks after a birth, particularly with broken sleep, and her "
              "medication was changed when she planned the pregnancy. If Naomi became unwell while caring for "
              "a newborn, the baby could go unfed or be handled unsafely, and Naomi might not recognise the "
              "baby's needs or ask for help."),
        ("h1", "What is working well"),
        ("p", "Naomi has taken her aripiprazole every day since 2023 and has seen her care co-ordinator every "
              "week. She knows her own early warning signs and wrote her relapse signature with Ruth. Tom has "
              "been with Naomi for five years, supported her through the 2021 admission, and has no concerns "
              "recorded about his own health or alcohol use. Naomi's mum, Maureen Ferreday, lives five minutes "
              "away, is retired and has offered to stay over after the birth."),
        ("h1", "The baby's world so far"),
        ("p", "The 20-week scan on 10/03/2025 was normal and the baby is growing on the 50th centile. Naomi "
              "has stopped smoking (carbon monoxide reading 1ppm at the midwife appointment on 24/03/2025). The "
              "second bedroom has been painted and a cot and Moses basket are set up; the flat was warm and "
              "tidy at both visits. Naomi says she plays the baby music in the evenings and that the baby "
              "kicks most after her tea. Tom talks to the bump and has been to two antenatal classes with her."),
        ("h1", "What Naomi and Tom want"),
        ("p", "Naomi said: \"I want to be the one who looks after my baby, and I want people to tell me early "
              "if they think I'm getting ill – I'd rather go into the mother and baby unit than be apart from "
              "her.\" Tom said he is \"scared of it happening again, but this time we've got a plan\"."),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["What we want for the baby", "What will happen", "Who (lead)", "When",
                       "How we'll know"],
            "widths": [3.2, 4.8, 2.9, 2.8, 3.3],
            "rows": [
                [_OUT_A,
                 "See Naomi and review her medication and mental state through the pregnancy, and assess "
                 "whether she can stay well enough to care for the baby after the birth",
                 "Dr Priya Venkat, consultant perinatal psychiatrist",
                 "Fortnightly until 32 weeks, then weekly; written assessment by 06/06/2025",
                 "Written assessment of Naomi's capacity to change, her relapse risk after the birth and the "
                 "likely timescale, shared with the core group by 06/06/2025"],
                [V,
                 "Care co-ordination: see Naomi at home, check her early warning signs against her relapse "
                 "signature, and report whether she is keeping to the changes needed to care for the baby",
                 "Ruth Kaplan, care co-ordinator (CPN), CMHT North",
                 "Weekly; written report before each core group",
                 "Report to each core group scoring each early warning sign; any new sign reported to the SW "
                 "the same day"],
                [V,
                 "Relapse prevention sessions for Naomi (staying well after the birth), with a report on "
                 "whether she is using her plan and is likely to stay well enough to care for the baby",
                 "Dr Lewis Hart, clinical psychologist, CMHT North",
                 "8 sessions from 22/04/2025; report by 20/06/2025",
                 "Psychology report shared with the core group by 20/06/2025"],
                [V,
                 "Prescribe Naomi's aripiprazole in 14-day amounts, check she collects it, and share any "
                 "missed collection, so the baby is cared for by a mother who is taking her medication",
                 "GP Dr Alan Brightwell, Linden Road Surgery",
                 "Every 14 days; missed collections reported within 2 working days",
                 "Pharmacy collection record sent to the care co-ordinator and SW monthly"],
                [_OUT_B,
                 "Write a joint birth and postnatal plan: who stays with Naomi on the ward, night feeds, "
                 "medication times, and a mother and baby unit bed if she needs one",
                 "Dr Priya Venkat with safeguarding midwife Helen Moss",
                 "By 36 weeks (22/06/2025)",
                 "Signed plan in the maternity notes, copied to the SW, GP, HV and emergency duty team"],
                [V,
                 "Antenatal care, including growth checks for the baby at 28 and 34 weeks",
                 "Community midwife Jess Wardle",
                 "28 weeks (27/04/2025) and 34 weeks (08/06/2025)",
                 "Growth measurements and appointment records shared with the SW after each check"],
                [V,
                 "Visit Naomi and Tom at home, see the baby's room, and talk to each parent on their own "
                 "about how they are getting ready",
                 "SW Marcus Lyle",
                 "Every 2 weeks until the birth, then weekly for the first 12 weeks",
                 "Visit records on the baby's file; safe sleep space seen set up by 34 weeks"],
                [_OUT_C,
                 "Antenatal visit on safe sleep and feeding, the new birth visit, then weekly weighs",
                 "HV Amina Rauf",
                 "Antenatal visit by 32 weeks (25/05/2025); new birth visit day 10–14; weekly weighs until "
                 "8 weeks old",
                 "Safe sleep checklist signed; the baby's weight plotted weekly in the red book"],
                [V,
                 "Do the baby's night feeds two nights a week so that Naomi gets at least 6 hours' sleep",
                 "Tom Ashby (baby's father)",
                 "Every Monday and Thursday night from the day the baby comes home, for the first 12 weeks",
                 "Sleep and feed diary on the fridge, checked by the CPN and SW at each visit"],
                [V,
                 "Stay overnight at the flat and help with the baby on the nights Tom is working late",
                 "Maureen Ferreday (maternal grandmother)",
                 "Every night Tom is on a late shift for the first 12 weeks (Tom sends the SW his rota "
                 "monthly)",
                 "Maureen's name on the feed diary for those nights, checked by the SW and HV at visits"],
                [_OUT_D,
                 "Ring the care co-ordinator (or the crisis team out of hours) and the SW if Naomi stops her "
                 "medication, sleeps less than 4 hours on two nights running, or says anything that worries "
                 "them about the baby",
                 "Tom Ashby; Maureen Ferreday",
                 "The same day",
                 "Calls logged on the baby's file and Naomi's CMHT record with the time and what was done"],
            ],
        }),
        ("h1", "If Naomi starts to become unwell"),
        ("p", "If Naomi stops taking her medication, sleeps less than 4 hours on two nights running, or shows "
              "any of the early warning signs in her relapse signature (talking very fast, not eating, "
              "believing she is being watched or poisoned), the care co-ordinator – or the Quelmoor Crisis "
              "Resolution and Home Treatment Team out of hours – will assess her the same day and tell the SW. "
              "While Naomi is assessed, the baby will be cared for by Tom with Maureen staying in the flat, and "
              "Naomi will be offered a bed with the baby at the Linden Mother and Baby Unit."),
        ("p", "If Tom and Maureen cannot provide care day and night between them, the baby will be placed with "
              "approved foster carers the same day and family time arranged for Naomi on the unit. If Naomi "
              "relapses and does not accept treatment, or the perinatal assessment says she is not able to make "
              "the changes needed in time for the baby, the SW will request a legal planning meeting within 5 "
              "working days."),
        ("h1", "Checking the plan"),
        ("bullets", [
            "Core group: every 4 weeks – 24/04/2025, 22/05/2025 and 19/06/2025, then within 10 working days of "
            "the birth. Ruth Kaplan (CMHT) and a member of the perinatal team attend every core group.",
            "Review child protection conference: 26/06/2025, 10am, Quelmoor Civic Offices.",
            "Naomi's CPA review: 10/06/2025; the SW is invited and the CPA care plan is shared with the core group.",
        ]),
        ("p", "Social worker: Marcus Lyle      Care co-ordinator: Ruth Kaplan      Date: 02/04/2025"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 7. Not a plan: a child and family assessment summary with recommendations
#    in prose (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b10_quessington_assessment_summary_dawes.docx",
    "doc_title": "Child and Family Assessment - Summary and Recommendations - Leo Dawes",
    "split": "tune",
    "template": "not-a-plan-assessment-summary-recommendations",
    "description": (
        "Not a plan: the summary, analysis and recommendations of a child and family assessment for a "
        "5-year-old, with a manager's decision. It recommends a strategy discussion and services in prose, "
        "but there is no child's plan."
    ),
    "not_a_plan": True,
    "blocks": [
        ("title", "Child and Family Assessment"),
        ("p", "Summary, analysis and recommendations"),
        ("p", "Quessington Borough Council – Children's Social Care, Assessment Team 2"),
        ("kv", [
            ("Child", "Leo Dawes, born 02/02/2020 (5 years), Reception at St Aidan's Primary"),
            ("Mother", "Amy Dawes (27)"),
            ("Father", "Ryan Cole (29), lives separately in Quessington; sees Leo on Sundays"),
            ("Mother's partner", "Kyle Bramwell (32), stays at the house most nights"),
            ("Assessment started", "03/03/2025"),
            ("Assessment completed", "14/04/2025 (working day 30 of 45)"),
            ("Social worker", "Priya Sandhu"),
            ("Team manager", "Graham Holt"),
        ]),
        ("h1", "Reason for the assessment"),
        ("p", "St Aidan's Primary referred Leo on 28/02/2025 after he came into school with a bruise on his left "
              "cheek and told his teacher \"Mummy's friend did it because I was noisy\". Amy said Leo had "
              "fallen off the sofa. A strategy discussion on 28/02/2025 agreed a single agency assessment with a "
              "child protection medical, which found the bruise was consistent with a slap but could not rule "
              "out a fall."),
        ("h1", "How the assessment was done"),
        ("p", "I saw Leo four times: twice at home, once at school on his own and once at his dad's. I met Amy "
              "three times and Kyle once, and spoke to Ryan by phone and in person. I spoke to Leo's class "
              "teacher, the school's DSL, the health visitor who knew the family until last year and the GP. "
              "Police checks were completed on both adults in the home."),
        ("h1", "Leo's experience"),
        ("p", "Leo is a chatty, funny boy who loves dinosaurs and his scooter. At school on his own he told me "
              "home is \"OK when Kyle's at work\" and that Kyle \"shouts and does the angry face\". He said "
              "\"Mummy cries in the bathroom sometimes\". He drew his house with himself in his bedroom with "
              "the door shut. At his dad's he was relaxed and showed me his tent in the garden. His teacher says "
              "he is often tired on Mondays, flinches when adults move quickly near him, and asks to stay in at "
              "playtime to help tidy the classroom."),
        ("h1", "What is going well"),
        ("p", "Amy is a caring mother who has met Leo's health needs; his immunisations and checks are up to "
              "date and his attendance is 96%. Leo has a warm relationship with his dad and paternal "
              "grandparents, and Ryan's home was safe and well kept. Amy was open with me about her own "
              "anxiety and has a GP appointment booked."),
        ("h1", "What we are worried about"),
        ("p", "Police checks show Kyle was convicted of assault against a previous partner in 2019. Neighbours "
              "called the police to a \"loud argument\" at Amy's address on 09/03/2025; Amy told officers "
              "nothing had happened. Leo's account of the bruise has stayed the same. Amy has said she drinks "
              "\"a bottle of wine on a Friday and Saturday\" and that Kyle \"has a temper but would never hurt "
              "Leo\". She became tearful when I asked about the bruise and said she was frightened of losing Leo."),
        ("h1", "Analysis"),
        ("p", "Leo's clear and consistent account, the medical findings, Kyle's history and the recent police "
              "call-out together point to Leo being at risk of physical harm and of living with domestic abuse. "
              "Amy's minimising of Kyle's behaviour and her own anxiety make it less likely that she can protect "
              "Leo on her own at present, although she has cooperated with the assessment and wants to keep Leo "
              "safe. Leo's time with his dad is a real strength and a place where he is relaxed. In my view the "
              "threshold for significant harm is met."),
        ("h1", "Recommendations"),
        ("p", "I recommend that a further strategy discussion is held to consider a section 47 enquiry and an "
              "initial child protection conference for Leo. I also recommend that Amy is offered support from "
              "a domestic abuse service, that the police consider a disclosure to Amy about Kyle's history, "
              "and that Leo's school offers him a trusted adult he can talk to. Ryan has said he would be "
              "willing for Leo to stay with him more often and this should be explored further. A plan for Leo "
              "should be agreed with the family and professionals at conference if the threshold is confirmed."),
        ("h1", "Team manager's comments"),
        ("p", "I have read the assessment and agree with the analysis and recommendations. A strategy "
              "discussion will be convened this week. – Graham Holt, Team Manager, 15/04/2025"),
    ],
    "findings": [],
})
