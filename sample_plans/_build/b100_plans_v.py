"""Batch 100, module v: seven fictional plans (held-out material), places beginning with "v".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and health and social care trusts. Labels were
written by hand from docs/rules.md and the conventions in
sample_plans/README.md, without running planlint or reading its code.

Focus: good plans written in the forms of the four UK nations and of
different professions, each in a layout of its own. Five plans are
exemplary: a Scottish GIRFEC child's plan (SHANARRI bands, named persons, a
lead professional, "what needs to change / how / by whom / by when"); a Welsh
plan with bilingual headings and table headers; a Northern Ireland
UNOCINI-style plan whose owner, timescale and evidence share one cell on
labelled lines; a case-system PDF export with each action's fields on
labelled lines under page headers and footers; and a pre-birth plan written
by a specialist safeguarding midwife. The other two carry realistic faults
among good rows: a school-led plan from the DSL's point of view (plain text),
and the minutes of a core group with a numbered action log (Word).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: GIRFEC child's plan (child protection), mother's depression
#    after an overdose, a 6-year-old and an 18-month-old. Landscape Word
#    table banded by SHANARRI indicator; "what needs to change" merged down
#    over its actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_vorlanbrae_girfec_shanarri_banded_childs_plan_mcandrew.docx",
    "doc_title": "Child's Plan (Child Protection) - Ailsa and Rory McAndrew",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 5,
    "template": "scottish-girfec-childs-plan-word-details-list-named-persons-lead-professional-my-world-views-then-landscape-table-banded-by-shanarri-indicator-what-needs-to-change-merged-down-how-by-whom-by-when-how-we-will-know-contingency-core-group-review-cppm",
    "description": (
        "Exemplary Scottish child's plan made at a child protection planning meeting for a 6-year-old "
        "and an 18-month-old whose mother took an overdose of her antidepressants while caring for them. "
        "GIRFEC form: named persons and a lead professional, the child's views from the My World "
        "triangle, and a landscape table banded by SHANARRI wellbeing indicator with 'what needs to "
        "change' merged down over its 'how / by whom / by when / how we will know' rows. The CMHT nurse "
        "assesses capacity to change, the GP owns the medication review, the grandmother's part has a "
        "fallback, a legal planning meeting and a referral to the Children's Reporter follow named "
        "triggers, core group and review CPPM dates are set."
    ),
    "blocks": [
        ("title", "Child's Plan (Child Protection)"),
        ("p", "Vorlanbrae Council - Children and Families Social Work - Getting It Right For Every Child"),
        ("kv", [
            ("Children", "Ailsa McAndrew (6), DOB 14/03/2019, Primary 3; Rory McAndrew (18 months), DOB 02/03/2024"),
            ("Address", "Flat 2/1, 31 Tolbooth Street, Vorlanbrae VB4 2LS"),
            ("Mother", "Kerry McAndrew (28)"),
            ("Father", "Stuart Kerr (31), lives in Aberdeen; phones the children most Sundays"),
            ("Gran", "Moira McAndrew, Kerry's mum, 12 Tolbooth Wynd (five minutes' walk)"),
            ("Meeting", "Initial child protection planning meeting (CPPM), Tuesday 09/09/2025, Vorlanbrae "
                        "Council Chambers. Chair: Alasdair Gow, independent chair"),
            ("Registration", "Both children's names placed on the child protection register: neglect"),
            ("Lead professional", "Calum Drysdale, social worker, Vorlanbrae Children and Families (East)"),
            ("Named person (Ailsa)", "Mrs Fiona Lennox, depute head teacher, Vorlanbrae Primary School"),
            ("Named person (Rory)", "Shona Rennie, health visitor, Kirkgate Health Centre"),
        ]),
        ("h1", "Why Ailsa and Rory need a child's plan"),
        ("p", "Kerry has had depression since Rory was born. On Saturday 16/08/2025 she took an overdose of her "
              "antidepressants in the afternoon while she was alone with the children. Ailsa could not wake "
              "her, took Rory into her room and phoned her gran on Kerry's mobile; Moira found Rory in a "
              "soaked nappy with no food since breakfast. Kerry was in Vorlanbrae Royal Infirmary for two "
              "nights and has been seen by the Community Mental Health Team since. The school has recorded "
              "Ailsa late 14 times last term, often without breakfast, and the flat has been cold with "
              "little food in on two of the social worker's visits."),
        ("h1", "What is going well"),
        ("p", "Kerry has told everyone that she wants help and has kept every CMHT appointment since she came "
              "home. She loves the children and they are close to her. Moira has had Ailsa and Rory on the "
              "days Kerry could not cope and wants to keep helping. Ailsa is reading well above her age and "
              "has a good friend, Evie, in her class."),
        ("h1", "Ailsa's views and Rory's world"),
        ("p", "Ailsa (seen on her own at school with the My World triangle, 04/09/2025): “I like it when Mum "
              "does my hair and we watch films. When Mum sleeps in the day I give Rory his biscuits and his "
              "juice. I was scared when she wouldn't wake up and I don't want it to happen again.” She put "
              "her gran, her teacher Miss Hardie and Evie in the “people who help me” part of the triangle. "
              "She said the best thing would be “Mum being happy and going swimming on Saturdays again”."),
        ("p", "Rory is 18 months old and says a few words (“Nana”, “juice”, “Ailsa”). On three home visits he "
              "followed Ailsa from room to room and cried when she went to the toilet. At his gran's house "
              "he played with the pans and laughed. He went to Kerry for a cuddle when he bumped his head, "
              "and settled quickly when she held him."),
        ("h1", "The plan"),
        ("p", "Each band is one of the SHANARRI wellbeing indicators. Under it, “What needs to change” is what "
              "must be different for Ailsa and Rory; each row then says how it will happen, by whom, by when "
              "and how we will know it is working."),
        ("table", {
            "header": ["What needs to change", "How", "By whom", "By when", "How we will know"],
            "widths": [4.6, 6.6, 4.4, 4.2, 5.9],
            "rows": [
                ["SAFE", H, H, H, H],
                ["Ailsa and Rory are never left with an adult who is too unwell to look after them, and "
                 "Ailsa knows who to call if she is worried.",
                 "Visit Ailsa and Rory at home, at least one visit a month unannounced, and see Ailsa on her "
                 "own at every visit",
                 "Calum Drysdale, social worker (lead professional)",
                 "Every week from Monday 15/09/2025",
                 "Visit records on the council's case system show both children seen each week and Ailsa's "
                 "own words written down"],
                [V,
                 "Make a safety card with Ailsa with her gran's number and what to do if her mum will not "
                 "wake up, and practise it with her and Moira",
                 "Calum Drysdale, lead professional",
                 "By Friday 26/09/2025",
                 "Ailsa can show her card and tell Calum what she would do when he asks at the next visit"],
                ["HEALTHY", H, H, H, H],
                ["Rory is fed, changed and growing well, and both children are looked after by a mum whose "
                 "depression is treated and who is well enough to care for them.",
                 "Weigh Rory and check his feeding, nappy area and development at home, and do his missed "
                 "13-15 month review",
                 "Shona Rennie, health visitor (Rory's named person)",
                 "Every second Thursday from 18/09/2025; review by 31/10/2025",
                 "Weights plotted in Rory's red book and emailed to the lead professional; review results "
                 "shared at the next core group"],
                [V,
                 "See Kerry at home, check her mood and her safety plan, and assess whether she can make and "
                 "keep the changes Ailsa and Rory need and how long this is likely to take",
                 "Gillian Maxwell, community psychiatric nurse, Vorlanbrae Community Mental Health Team",
                 "Every Tuesday; written assessment by 31/10/2025",
                 "Written report on Kerry's capacity to change, with the likely timescale, sent to the lead "
                 "professional two days before each core group"],
                [V,
                 "Review Kerry's antidepressant, change it to a weekly prescription, and tell the lead "
                 "professional and the CPN of any missed collection",
                 "Dr Hamish Ure, GP, Kirkgate Medical Practice",
                 "Review by Friday 19/09/2025, then weekly prescriptions",
                 "Pharmacy collection record shared with the CPN and the lead professional every Friday"],
                ["ACHIEVING", H, H, H, H],
                ["Ailsa gets to school on time every day, fed and ready to learn, and Rory starts at "
                 "nursery.",
                 "Check Ailsa's arrival time and whether she has had breakfast, and phone the lead "
                 "professional the same morning if she is absent or late",
                 "Mrs Fiona Lennox, depute head teacher, Vorlanbrae Primary (Ailsa's named person)",
                 "Every school day",
                 "Late and absence figures emailed to the lead professional each Friday; attendance 95% or "
                 "more by the review"],
                [V,
                 "Start Rory at his funded early learning and childcare place at Tolbooth Nursery for three "
                 "mornings a week",
                 "Lorna Pettigrew, early years officer, Vorlanbrae Council",
                 "First morning Monday 06/10/2025",
                 "Nursery register shows Rory at three sessions every week; the nursery phones the lead "
                 "professional the same day if he is absent"],
                ["NURTURED", H, H, H, H],
                ["Ailsa and Rory have a warm daily routine with tea, a bath and a bedtime story, and Ailsa no "
                 "longer looks after Rory or her mum.",
                 "Work with Kerry at home on the children's morning and bedtime routines, using a routine "
                 "chart that Ailsa helps to make",
                 "Jenna Muir, family support worker, Vorlanbrae Family Centre",
                 "Monday and Wednesday, 5pm to 7pm, for 8 weeks from 15/09/2025",
                 "Routine chart filled in every day and checked at each session; Ailsa tells Calum who put "
                 "her to bed the night before"],
                [V,
                 "Collect Ailsa from school, give both children their tea at her house and bring them home "
                 "by 6.30pm",
                 "Moira McAndrew (Gran)",
                 "Every Tuesday and Thursday",
                 "Moira signs the school's collection book; she texts Calum when the children are home"],
                ["ACTIVE", H, H, H, H],
                ["Ailsa gets back to her swimming and Rory plays outside every day.",
                 "Take Ailsa to her swimming lesson at Vorlanbrae Leisure Centre, with Rory watching from the "
                 "gallery",
                 "Kerry McAndrew (Mum)",
                 "Every Saturday at 10am",
                 "Ailsa's swimming card stamped each week; Ailsa shows Calum her next badge by December"],
                ["RESPECTED, RESPONSIBLE AND INCLUDED", H, H, H, H],
                ["Ailsa's views are heard and acted on, and she understands, in words she can manage, why "
                 "her mum has been unwell.",
                 "Do four sessions of direct work with Ailsa using the My World triangle, and take her views "
                 "to each core group",
                 "Calum Drysdale, lead professional",
                 "Fortnightly from Wednesday 17/09/2025, each one before a core group",
                 "Ailsa's drawings and her own words kept on file and read out at each core group"],
                [V,
                 "Use a storybook about parents with depression to explain Mum's illness to Ailsa, with Kerry "
                 "there for the last session",
                 "Eilidh Shand, children's worker, Vorlanbrae Carers Centre",
                 "Two sessions by Friday 24/10/2025",
                 "Ailsa can tell Eilidh in her own words why Mum was in hospital and who to tell if Mum is "
                 "poorly"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Kerry cannot be woken or is too unwell to care for the children, if she tells anyone she is "
              "thinking of harming herself, or if Ailsa or Rory are found without an adult, the children will "
              "go to Moira's house at 12 Tolbooth Wynd that day, and Calum will hold an inter-agency referral "
              "discussion (IRD) with police and health the same day."),
        ("p", "If Moira cannot have the children (she is ill, away or cannot manage), Calum will place Ailsa "
              "and Rory together with Vorlanbrae Council foster carers the same day."),
        ("p", "If Kerry takes another overdose, or the CPN's report by 31/10/2025 says she cannot make the "
              "changes in time for Ailsa and Rory, Calum will ask his team leader, Ruth Fyfe, for a legal "
              "planning meeting within five working days and refer both children to the Children's Reporter."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 3.30pm, Vorlanbrae Family Centre: 23/09/2025, "
            "14/10/2025, 04/11/2025 and 25/11/2025.",
            "Review child protection planning meeting (review conference): Tuesday 09/12/2025, 10am, "
            "Vorlanbrae Council Chambers.",
            "Kerry and Moira are invited to every core group; Calum will bring Ailsa's views to each one.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Wales: initial conference plan with bilingual (Welsh / English)
#    headings and table headers. Father's heavy drinking, a 9-year-old at a
#    Welsh-medium school and a 3-year-old. Owners as job titles with names,
#    timescales often events. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_vrynbach_bilingual_headed_job_title_table_pritchard.docx",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Cerys and Osian Pritchard",
    "split": "heldout",
    "actions": 11,
    "template": "welsh-icpc-word-plan-bilingual-welsh-english-headings-details-list-reasons-childrens-words-in-welsh-with-translation-working-well-outcomes-then-bilingual-header-table-job-title-owners-event-timescales-contingency-core-group",
    "description": (
        "Exemplary Welsh initial conference plan for a 9-year-old at a Welsh-medium school and a 3-year-old "
        "whose father drinks heavily and drove them after drinking. Every heading and table header is "
        "bilingual (Welsh / English); the 9-year-old's words are given in Welsh with a translation. "
        "Owners are job titles with names, timescales are often events (before each core group, by half "
        "term) with dates. The drug and alcohol team assesses and reports, the GP owns an action, the "
        "aunt's Friday nights have a fallback, legal planning follows named triggers, dates are set."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Vrynbach - Gwasanaethau Plant / Vrynbach County Borough Council - "
              "Children's Services"),
        ("h1", "Manylion / Details"),
        ("kv", [
            ("Plant / Children", "Cerys Pritchard (9), DOB 21/05/2016, Year 5, Ysgol Gymraeg Bro Vrynbach; "
                                 "Osian Pritchard (3), DOB 08/01/2022, Cylch Meithrin Vrynbach"),
            ("Cyfeiriad / Address", "4 Heol y Felin, Vrynbach VR2 6TE"),
            ("Mam / Mother", "Elin Pritchard (33)"),
            ("Tad / Father", "Gareth Pritchard (37)"),
            ("Modryb / Aunt", "Sioned Rowlands, Elin's sister, 19 Stryd yr Eglwys, Vrynbach"),
            ("Cynhadledd / Conference", "Initial child protection conference, Wednesday 24/09/2025, "
                                        "Canolfan Ddinesig Vrynbach. Chair: Meinir Watcyn"),
            ("Categori / Category", "Neglect and emotional abuse (both children)"),
            ("Gweithiwr cymdeithasol / Social worker", "Rhian Morgan (team manager: Iwan Bowen)"),
            ("Iaith / Language", "The family's first language is Welsh. The plan was discussed in Welsh at "
                                 "conference and a Welsh copy is given to Elin and Gareth."),
        ]),
        ("h1", "Pam mae angen cynllun / Why a plan is needed"),
        ("p", "Gareth drinks most evenings and heavily at weekends. On Saturday 06/09/2025 police stopped him "
              "driving Cerys and Osian home from a party; he was over twice the limit and Osian was not in a "
              "car seat. He has been charged and his licence is suspended. Cerys's school has noticed that "
              "she is tired and tearful on Mondays, and Elin says that Gareth shouts and breaks things when "
              "he has been drinking, though he has not hit anyone. Elin has found it hard to stop him "
              "taking the children out."),
        ("h1", "Beth mae'r plant yn ei ddweud / What the children tell us"),
        ("p", "Cerys (seen on her own at school, 18/09/2025): “Dw i ddim yn hoffi pan mae Dad yn yfed. Mae o'n "
              "gweiddi ac mae Osian yn crio. Dw i'n mynd â fo i'r llofft ac yn darllen iddo fo.” (“I don't "
              "like it when Dad drinks. He shouts and Osian cries. I take him upstairs and read to him.”) She "
              "scored home 4 out of 10 on Saturdays and 8 out of 10 at Anti Sioned's. She wants “Dad to stop "
              "the beer so we can go to the beach again”."),
        ("p", "Osian is 3 and speaks mostly Welsh. At the home visit on 19/09/2025 he showed the social worker "
              "his tractor and sat on Gareth's lap to do a jigsaw. The Cylch leader says he goes quiet and "
              "sucks his thumb on Monday mornings and brightens by lunchtime."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("p", "Gareth accepts that his drinking is harming the children and went to the drug and alcohol team's "
              "drop-in on 15/09/2025. Elin is warm and organised, and the house is clean and full of books. "
              "Sioned sees the children every week and has offered to have them on Friday nights. Cerys is "
              "doing well at school and sings in the school choir."),
        ("h1", "Canlyniadau i'r plant / Outcomes for the children"),
        ("numbers", [
            "Mae Cerys ac Osian yn ddiogel / Cerys and Osian are always cared for by a sober adult and are "
            "never driven by anyone who has been drinking.",
            "Cerys and Osian no longer hear shouting or see things broken at home, and Cerys's Saturday score "
            "rises to 7 out of 10 or more.",
            "Cerys is not looking after Osian when the adults should be, and Osian is settled at the Cylch "
            "every Monday.",
        ]),
        ("h1", "Y cynllun gweithredu / Action plan"),
        ("table", {
            "header": ["Cam gweithredu / Action", "Pwy sy'n gyfrifol / Who is responsible",
                       "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [5.6, 3.6, 3.4, 4.4],
            "rows": [
                ["Visit Cerys and Osian at home, with an evening visit after 6pm every other week, and see "
                 "Cerys on her own each time",
                 "Gweithiwr cymdeithasol / Social worker (Rhian Morgan)",
                 "Bob wythnos / Every week from 29/09/2025",
                 "Visit records show both children seen and Cerys seen alone, with her words written down in "
                 "Welsh and English"],
                ["Make a safety plan with Cerys and Osian in Welsh: who to ring and where to go if Dad has been "
                 "drinking, with a copy on the kitchen wall",
                 "Gweithiwr cymdeithasol / Social worker (Rhian Morgan)",
                 "Erbyn / By Friday 10/10/2025",
                 "Cerys can tell the social worker the plan without looking at it at the next visit"],
                ["Assess Gareth's drinking, agree a treatment plan with him and see him for key-work, with a "
                 "breath test at every session",
                 "Gweithiwr adferiad / Recovery worker, Vrynbach Community Drug and Alcohol Team (Huw "
                 "Jenkins)",
                 "Assessment by 10/10/2025, then every Thursday",
                 "Treatment plan copied to the social worker; breath test results emailed to her every "
                 "Friday"],
                ["Write to the core group on whether Gareth is making the changes Cerys and Osian need, and "
                 "how long further change is likely to take",
                 "Gweithiwr adferiad / Recovery worker (Huw Jenkins)",
                 "Cyn pob grŵp craidd / Two days before each core group",
                 "Written report on the children's file before every core group"],
                ["Drink no alcohol while caring for Cerys and Osian, and never drive or take them out after "
                 "drinking",
                 "Tad / Dad (Gareth Pritchard)",
                 "Bob dydd / Every day from 24/09/2025",
                 "Breath test negative at every visit and every Thursday session; no police report about the "
                 "family"],
                ["Carry out blood tests and a health review of Gareth's drinking, and send the results to the "
                 "drug and alcohol team and the social worker",
                 "Meddyg teulu / GP, Meddygfa'r Bont (Dr Alun Prys)",
                 "Erbyn / By 17/10/2025",
                 "GP letter with the blood results on the children's file"],
                ["Check Cerys's attendance and how she is each morning, and give her a weekly talk time "
                 "(amser siarad) with her class teacher",
                 "Person diogelu dynodedig / Designated safeguarding person, Ysgol Gymraeg Bro Vrynbach (Mrs "
                 "Llinos Harries)",
                 "Every school day; talk time every Monday",
                 "Attendance emailed to the social worker each Friday; Cerys's feelings thermometer score "
                 "from each Monday written on her school file"],
                ["Do Osian's developmental review, including his speech in Welsh and English, and refer him "
                 "for speech and language therapy if needed",
                 "Ymwelydd iechyd / Health visitor (Bethan Lloyd)",
                 "Erbyn hanner tymor / By half term, 24/10/2025",
                 "Review results, and any referral, shared with the core group"],
                ["Have Cerys and Osian for tea and to stay overnight at her home on Friday nights, when Gareth "
                 "has usually drunk most",
                 "Modryb / Aunt (Sioned Rowlands)",
                 "Bob nos Wener / Every Friday night",
                 "Sioned texts the social worker on Saturday morning; Cerys tells her about her Friday at the "
                 "next visit"],
                ["Go to the eight-week Cadw'n Ddiogel group for partners of people who drink, so that she can "
                 "keep Cerys and Osian safe when Gareth has been drinking",
                 "Mam / Mum (Elin Pritchard), referred by the social worker",
                 "Every Tuesday for 8 weeks from 07/10/2025",
                 "Attendance record and the group worker's end-of-course letter to the social worker"],
                ["Tell the social worker about any police call to 4 Heol y Felin or any drink-driving "
                 "incident involving Gareth",
                 "Heddlu Vrynbach Police, Public Protection Unit (PC Dafydd Owen)",
                 "Within 24 hours of any call, from 24/09/2025",
                 "Police notification on the children's file within 24 hours"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Gareth is found to have been drinking while caring for Cerys and Osian (a positive breath "
              "test, a call from Cerys or a police report), or he drives either child after drinking, Elin "
              "will take the children to Sioned's home that day and Rhian will hold a strategy discussion "
              "with Heddlu Vrynbach Police the same day. Gareth has agreed that he would then stay with his "
              "brother in Llanvair until the strategy discussion decides what happens next."),
        ("p", "If Sioned cannot have the children (she is ill, working nights or away), Rhian will place Cerys "
              "and Osian together with Welsh-speaking foster carers from Vrynbach the same day."),
        ("p", "If Gareth has two positive breath tests in any four weeks, or drives after drinking again, Rhian "
              "will ask Iwan Bowen for a legal planning meeting within five working days to decide whether "
              "to start the Public Law Outline."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group every four weeks, Wednesdays at 3.30pm, Canolfan Deulu Vrynbach: "
            "08/10/2025, 05/11/2025 and 03/12/2025.",
            "Cynhadledd adolygu / Review child protection conference: Wednesday 17/12/2025, 10am, Canolfan "
            "Ddinesig Vrynbach.",
            "Meetings are held in Welsh with English where needed; Cerys can send her views with Rhian.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland: UNOCINI-style child protection plan from a health and
#    social care trust. Mother with emotionally unstable personality disorder
#    who self-harms and binge drinks; a 13-year-old young carer and an
#    8-year-old. Landscape table: UNOCINI domain merged down, need, action,
#    and one cell with Key person / Timescale / Evidence on labelled lines.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_varraghan_unocini_domains_one_cell_fields_devlin.pdf",
    "doc_title": "Child Protection Plan (UNOCINI) - Niamh and Conor Devlin",
    "split": "heldout",
    "actions": 11,
    "landscape": True,
    "check_vmerge": 3,
    "header": "OFFICIAL-SENSITIVE: PERSONAL - Varraghan Health and Social Care Trust - Family and Childcare",
    "footer": "Devlin - Child Protection Plan (ICPCC 02/10/2025) - Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "northern-ireland-unocini-child-protection-plan-trust-word-printed-to-pdf-page-header-footer-details-list-reasons-childrens-views-strengths-desired-outcomes-then-landscape-table-unocini-domain-merged-down-need-action-and-one-cell-with-key-person-timescale-evidence-on-labelled-lines-contingency-core-group",
    "description": (
        "Exemplary Northern Ireland initial case conference plan for a 13-year-old young carer and her "
        "8-year-old brother whose mother, with emotionally unstable personality disorder, self-harms and "
        "binge drinks. A trust Word plan printed to PDF with a page header and footer; the action table "
        "follows the three UNOCINI domains (merged down), and each row's key person, timescale and "
        "evidence of progress share one cell on labelled lines. The psychiatrist and the care "
        "co-ordinator both assess change, CAMHS sees the 13-year-old, the father and grandmother are in "
        "the plan with a fallback, legal planning follows named triggers, dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Varraghan Health and Social Care Trust - Family and Childcare - Family Intervention Team (South)"),
        ("p", "Prepared using the UNOCINI assessment framework (Understanding the Needs of Children in Northern "
              "Ireland)"),
        ("kv", [
            ("Children", "Niamh Devlin (13), DOB 30/06/2012, Year 10, St Colmcille's College; Conor Devlin (8), "
                         "DOB 11/12/2016, P5, Varraghan Primary School"),
            ("Address", "27 Drumlee Park, Varraghan BT98 4QE"),
            ("Mother", "Aoife Devlin (38)"),
            ("Father", "Ciaran Devlin (41), separated from Aoife; lives at 5 Killyvane Road, Varraghan"),
            ("Maternal grandmother", "Bernadette (Bernie) Quinn, 3 Chapel Row, Varraghan"),
            ("Conference", "Initial Child Protection Case Conference, Thursday 02/10/2025, Varraghan "
                           "Civic Centre. Chair: Seamus Toner, Principal Social Worker"),
            ("Registration", "Both children placed on the Child Protection Register: neglect"),
            ("Key worker", "Sinead McAleer, social worker (senior practitioner: Karen Lavery)"),
        ]),
        ("h1", "Why Niamh and Conor need a plan"),
        ("p", "Aoife has emotionally unstable personality disorder. Since her relationship ended in June she "
              "has cut herself four times and taken two overdoses, each after drinking heavily at home. On "
              "13/09/2025 Niamh found her mum bleeding in the bathroom, phoned for an ambulance and looked "
              "after Conor until her granny arrived at midnight. Niamh has started cutting her own arms. "
              "Conor has been late to school 11 times this term and has twice come in without lunch."),
        ("h1", "What Niamh and Conor have told us"),
        ("p", "Niamh (seen on her own at school, 25/09/2025): “I'm like the mum in the house. I check Mum's "
              "tablets and hide the vodka. I don't want Conor to find her like I did.” She said she wants "
              "“someone else to be in charge when Mum's bad” and to go back to camogie training on "
              "Tuesdays. She scored how safe she feels at home as 3 out of 10 and at her daddy's as 8."),
        ("p", "Conor (seen at home, 29/09/2025): “Mummy gets sad and sleeps. Niamh makes my toast.” He drew "
              "his house with his mum in bed and himself and Niamh on the settee with the dog. He said he "
              "likes Wednesdays at his daddy's “because we get chippy tea and do my homework”."),
        ("h1", "Strengths"),
        ("p", "Aoife loves her children, asked for help herself after the last overdose and has kept every "
              "CMHT appointment since. Ciaran sees the children every other weekend and has offered more "
              "time. Bernie lives two streets away and the children are close to her. Both children are "
              "doing well at school when they are there, and Niamh has a close friend and a supportive "
              "head of year."),
        ("h1", "Desired outcomes for Niamh and Conor"),
        ("bullets", [
            "Niamh and Conor always have a safe adult caring for them, including when their mum is in "
            "crisis, and never again find her hurt.",
            "Niamh no longer manages her mum's tablets or alcohol, stops self-harming and gets back to "
            "camogie.",
            "Conor gets to school on time every day, with breakfast and a packed lunch.",
        ]),
        ("h1", "Child protection plan"),
        ("p", "The table follows the three UNOCINI domains. The right-hand cell gives, on separate lines, the "
              "key person responsible, the timescale and the evidence the core group will look for."),
        ("table", {
            "header": ["UNOCINI domain", "Need identified", "Action",
                       "Key person / Timescale / Evidence of progress"],
            "widths": [3.6, 5.4, 7.4, 9.3],
            "rows": [
                ["1. Child's developmental needs",
                 "Niamh is self-harming and carries worry for her mum and brother.",
                 "Assess Niamh's low mood and self-harm, and offer her weekly appointments",
                 "Key person: Dr Orla Kearney, clinical psychologist, Varraghan CAMHS\n"
                 "Timescale: Assessment by Friday 17/10/2025, then every Wednesday after school\n"
                 "Evidence: Assessment letter to the key worker; Niamh's mood score from each appointment "
                 "shared at core group"],
                [V,
                 "Niamh needs a safe person and a quiet place at school.",
                 "Meet Niamh with her head of year each week and give her a pass to the pastoral room when "
                 "she needs it",
                 "Key person: Mr Declan Rooney, designated teacher for child protection, St Colmcille's "
                 "College\n"
                 "Timescale: Every Monday, registration period, from 06/10/2025\n"
                 "Evidence: Pastoral log sent to the key worker fortnightly; Niamh's attendance 95% or more"],
                [V,
                 "Conor is late and sometimes hungry.",
                 "Check Conor arrives fed, on time and with his lunch, and ring the key worker the same day "
                 "if not",
                 "Key person: Mrs Gráinne Hughes, designated teacher, Varraghan Primary School\n"
                 "Timescale: Every school day\n"
                 "Evidence: Weekly attendance and lateness emailed to the key worker each Friday"],
                [V,
                 "Niamh is a young carer.",
                 "Complete a young carer's assessment with Niamh and offer her a place at the Thursday young "
                 "carers' group",
                 "Key person: Clodagh Boyle, Loughside Young Carers\n"
                 "Timescale: Assessment by Friday 31/10/2025; group every Thursday after that\n"
                 "Evidence: Group register; Niamh can tell her worker three jobs at home she no longer does"],
                ["2. Parents' capacity",
                 "The children need to be seen often by a worker who hears them.",
                 "Visit Niamh and Conor at home, see each child on their own, with an evening visit at least "
                 "every other week",
                 "Key person: Sinead McAleer, social worker (key worker)\n"
                 "Timescale: Every Thursday from 09/10/2025\n"
                 "Evidence: Visit records show both children seen, each seen alone, with their words "
                 "recorded"],
                [V,
                 "The core group needs an expert view of whether Aoife can keep the children safe when she "
                 "is in crisis.",
                 "Review Aoife's diagnosis and medication and give a written view on whether she can keep "
                 "Niamh and Conor safe in a crisis, the changes needed and how long they are likely to take",
                 "Key person: Dr Padraig Mulholland, consultant psychiatrist, Varraghan Community Mental "
                 "Health Team\n"
                 "Timescale: Outpatient review by 24/10/2025; written report by Friday 05/12/2025\n"
                 "Evidence: Written assessment of capacity to change on file and presented at the core group "
                 "on 11/12/2025"],
                [V,
                 "Aoife needs to use safer ways of coping than drinking and self-harm.",
                 "See Aoife each week, update her crisis plan with her, and report to each core group on "
                 "whether she is making the changes Niamh and Conor need",
                 "Key person: Ruth Cassidy, community psychiatric nurse (care co-ordinator), Varraghan "
                 "Community Mental Health Team\n"
                 "Timescale: Every Tuesday; crisis plan updated by 17/10/2025\n"
                 "Evidence: Written update to the key worker two days before each core group; crisis plan "
                 "copied to the key worker and to Ciaran and Bernie"],
                [V,
                 "Niamh should not have to hide her mum's tablets or alcohol.",
                 "Keep all her medication in the locked box for the CPN to count, and not drink when Niamh "
                 "and Conor are in her care",
                 "Key person: Aoife Devlin (mum)\n"
                 "Timescale: Every day from 02/10/2025; tablet count every Tuesday\n"
                 "Evidence: CPN's count matches the prescription each week; no alcohol seen on any visit"],
                [V,
                 "The children need more time with a well parent.",
                 "Have Niamh and Conor every other weekend and every Wednesday overnight, and collect them "
                 "within an hour if Aoife is in crisis",
                 "Key person: Ciaran Devlin (dad)\n"
                 "Timescale: Alternate weekends from Saturday 04/10/2025; every Wednesday overnight\n"
                 "Evidence: Contact diary seen by the key worker at each visit; the children tell her about "
                 "their stays"],
                ["3. Family and environmental factors",
                 "Niamh needs an adult nearby she can call at any hour.",
                 "Be the adult Niamh phones if her mum is unwell or drinking, and come to the house",
                 "Key person: Bernie Quinn (maternal grandmother)\n"
                 "Timescale: From 02/10/2025; at the house within 30 minutes of Niamh's call\n"
                 "Evidence: Bernie's number saved in Niamh's phone (checked by the key worker); Bernie texts "
                 "the key worker after every call"],
                [V,
                 "The back door will not lock and the bathroom window is broken.",
                 "Repair the back-door lock and the bathroom window at 27 Drumlee Park",
                 "Key person: Eamon Doherty, housing officer, Varraghan Housing Association\n"
                 "Timescale: By Friday 31/10/2025\n"
                 "Evidence: Repair completion notice copied to the key worker"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If Aoife self-harms, takes an overdose or is found drunk while the children are in her care, or "
              "Niamh tells anyone her mum is in crisis, Ciaran will collect Niamh and Conor within the hour and "
              "they will stay with him (or with Bernie if Ciaran is at work), and the key worker will hold a "
              "strategy discussion with the police Public Protection Unit in Varraghan the same day."),
        ("p", "If neither Ciaran nor Bernie can care for the children, the key worker (or the Trust's "
              "out-of-hours social work service) will place Niamh and Conor together with Trust "
              "foster carers the same day."),
        ("p", "If Aoife has a further overdose while caring for the children, or Dr Mulholland's report says "
              "she cannot make the changes needed within the children's timescales, the key worker will ask "
              "the Principal Social Worker for a legal planning meeting, with legal advice from the Trust's "
              "solicitors, within five working days."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Thursdays at 2pm, Varraghan Family Centre: 16/10/2025, 13/11/2025 "
            "and 11/12/2025.",
            "Review Child Protection Case Conference: Thursday 08/01/2026, 10am, Varraghan Civic Centre.",
            "Niamh is invited to the first part of each core group, or can send her views with Sinead.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. England: first review conference plan exported from a case system as a
#    PDF. Each action is a record with labelled lines (Action, Outcome,
#    Responsible, Timescale, Evidence, Status) under a page header and footer.
#    Parents' heroin and crack cocaine use, a 10-year-old and a baby.
#    Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_velstow_rcpc_case_system_export_field_lines_okonjo.pdf",
    "doc_title": "CarePath export - Child Protection Plan - Zara Okonjo and Leon Reid",
    "split": "heldout",
    "actions": 15,
    "header": "OFFICIAL-SENSITIVE - Velstow City Council Children's Social Care - CarePath export",
    "footer": "Okonjo/Reid - Child Protection Plan (review conference 14/10/2025) - Page {PAGE} of {NUMPAGES}",
    "min_pages": 3,
    "template": "england-rcpc-case-system-export-printed-to-pdf-page-header-footer-record-fields-then-numbered-action-records-each-with-labelled-lines-action-outcome-responsible-timescale-evidence-status-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 10-year-old and a 10-month-old whose mother is on "
        "a methadone script after relapsing into heroin use and whose father (the baby's) uses crack "
        "cocaine. Exported from a case system to PDF with a page header and footer; each action is a "
        "numbered record whose fields stand on labelled lines (Action, Outcome, Responsible, Timescale, "
        "Evidence, Status). Every record has a named owner, a date or frequency and evidence; the drug "
        "service reports on change, the GP owns an action, the grandfather's part has a fallback, the "
        "legal gateway follows named triggers, dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "CarePath record export. Form CP-PLAN v4. Exported 15/10/2025 11:02 by user TKOWALCZYK."),
        ("kv", [
            ("Subjects", "Zara Okonjo (10), DOB 19/02/2015, CarePath ID 5510238; Leon Reid (10 months), "
                         "DOB 05/12/2024, CarePath ID 5528841"),
            ("Address", "22 Holloway Rise, Velstow VS6 1NB"),
            ("Mother", "Chantelle Okonjo (30)"),
            ("Leon's father", "Marcus Reid (34), lives at the address"),
            ("Zara's father", "Not involved; whereabouts unknown"),
            ("Maternal grandfather", "Samuel Okonjo, 8 Ashdown Court, Velstow"),
            ("Plan type", "Review child protection plan (first review conference, Tuesday 14/10/2025, "
                          "chair: Geraldine Amos). Category: neglect"),
            ("Allocated worker", "Tom Kowalczyk, social worker, Safeguarding Team 4 (TM: Ros Whitfield)"),
        ]),
        ("h1", "Reason for plan and progress since the initial conference"),
        ("p", "At the initial conference on 15/07/2025 Chantelle had relapsed into heroin use on top of her "
              "methadone, and Marcus was using crack cocaine in the flat. Leon, then 7 months, was found by "
              "the health visitor in a dirty nappy with a bottle of sour milk, and a foil and a lighter were "
              "on the living room table. Since then Chantelle's screens have been clear of heroin for six of "
              "the last eight weeks, Leon's weight has moved from the 2nd to the 9th centile, and the flat "
              "has been clean at every visit. Marcus has missed four of his eight drug service "
              "appointments and had two positive screens for cocaine in September."),
        ("h1", "Child's views and lived experience"),
        ("p", "Zara (seen alone at school, 08/10/2025): “It's better now because Mum gets up in the morning "
              "and makes my breakfast. I still don't like the people who come round for Marcus at night. I "
              "listen to music so I can't hear them.” She scored home 6 out of 10, up from 3 in July. She "
              "wants to keep going to Grandad Sam's on Fridays and to get back into the football team."),
        ("p", "Leon (observed at home, 10/10/2025): he crawled to Chantelle and pulled himself up on her knee, "
              "babbled back to her when she talked to him, and ate his tea in his high chair. He cried when "
              "Marcus's phone rang loudly and settled when Chantelle picked him up."),
        ("h1", "Outcomes"),
        ("kv", [
            ("Outcome 1", "Leon is fed, clean, sleeps safely and keeps growing on or above the 9th centile, "
                          "and is always cared for by a sober adult."),
            ("Outcome 2", "Zara goes to school every day, is not looking after Leon or worrying about her "
                          "mum at night, and is back in the football team."),
            ("Outcome 3", "Zara and Leon never see drug use, drugs or drug equipment, and no one who uses or "
                          "sells drugs comes to their home."),
        ]),
        ("h1", "Actions"),
        ("boldp", "Action record 1 of 15"),
        ("kv", [
            ("Action", "Visit Zara and Leon at home, with at least one unannounced visit a month, and see "
                       "Zara on her own"),
            ("Outcome", "1, 2 and 3"),
            ("Responsible", "Tom Kowalczyk, social worker"),
            ("Timescale", "Weekly, Mondays or Fridays, from 20/10/2025"),
            ("Evidence", "CarePath visit records show both children seen and Zara seen alone, with her score "
                         "out of 10"),
            ("Status", "Carried forward"),
        ]),
        ("boldp", "Action record 2 of 15"),
        ("kv", [
            ("Action", "Supervise Chantelle's methadone, carry out urine screens, and report on whether she "
                       "is stable enough to care for Leon and Zara"),
            ("Outcome", "1 and 3"),
            ("Responsible", "Kelly Abara, recovery worker, Velstow Drug and Alcohol Service"),
            ("Timescale", "Screens every Wednesday; written report two days before each core group"),
            ("Evidence", "Screen results emailed to the SW every Thursday; written report on CarePath before "
                         "each core group"),
            ("Status", "Carried forward"),
        ]),
        ("boldp", "Action record 3 of 15"),
        ("kv", [
            ("Action", "Assess Marcus's crack cocaine use again and start him on the structured Thursday "
                       "group programme with urine screens at each session"),
            ("Outcome", "3"),
            ("Responsible", "Dean Fuller, recovery worker, Velstow Drug and Alcohol Service"),
            ("Timescale", "Reassessment by 24/10/2025, then every Thursday"),
            ("Evidence", "Assessment, attendance and screen results sent to the SW each Friday"),
            ("Status", "New"),
        ]),
        ("boldp", "Action record 4 of 15"),
        ("kv", [
            ("Action", "Arrange hair strand tests for Chantelle and Marcus covering the three months since "
                       "the initial conference"),
            ("Outcome", "3"),
            ("Responsible", "Tom Kowalczyk, social worker"),
            ("Timescale", "Samples taken by 31/10/2025"),
            ("Evidence", "Laboratory results shared with Chantelle, Marcus and the core group"),
            ("Status", "New"),
        ]),
        ("boldp", "Action record 5 of 15"),
        ("kv", [
            ("Action", "Review Chantelle's methadone dose with the drug service and start her hepatitis C "
                       "treatment referral"),
            ("Outcome", "1"),
            ("Responsible", "Dr Sunita Rao, GP, Holloway Medical Centre"),
            ("Timescale", "By 07/11/2025"),
            ("Evidence", "GP letter to the SW confirming the dose and the referral"),
            ("Status", "New"),
        ]),
        ("boldp", "Action record 6 of 15"),
        ("kv", [
            ("Action", "Weigh Leon, check his development and where and how he sleeps"),
            ("Outcome", "1"),
            ("Responsible", "Amira Said, health visitor"),
            ("Timescale", "Every other Tuesday; 12-month review by 12/12/2025"),
            ("Evidence", "Weights in Leon's red book and on CarePath; he stays on or above the 9th centile"),
            ("Status", "Carried forward"),
        ]),
        ("boldp", "Action record 7 of 15"),
        ("kv", [
            ("Action", "Keep her methadone in the locked box in the top kitchen cupboard, out of Leon's and "
                       "Zara's reach"),
            ("Outcome", "1 and 3"),
            ("Responsible", "Chantelle Okonjo (mum)"),
            ("Timescale", "Every day from 14/10/2025"),
            ("Evidence", "Box seen locked at every SW and health visitor visit"),
            ("Status", "Carried forward"),
        ]),
        ("boldp", "Action record 8 of 15"),
        ("kv", [
            ("Action", "Give Leon his funded place at Little Acorns Nursery three days a week and phone the "
                       "SW the same morning if he does not arrive"),
            ("Outcome", "1"),
            ("Responsible", "Sam Pickard, manager, Little Acorns Nursery"),
            ("Timescale", "Mondays, Wednesdays and Fridays from 20/10/2025"),
            ("Evidence", "Nursery register sent to the SW every Friday; three sessions a week"),
            ("Status", "New"),
        ]),
        ("boldp", "Action record 9 of 15"),
        ("kv", [
            ("Action", "Check Zara's attendance and presentation every morning and give her an ELSA session "
                       "each week"),
            ("Outcome", "2"),
            ("Responsible", "Mr Owen Tait, designated safeguarding lead, Velstow Park Primary"),
            ("Timescale", "Every school day; ELSA every Thursday"),
            ("Evidence", "Attendance 95% or more; Zara's worry scale from each ELSA session sent to the SW "
                         "monthly"),
            ("Status", "Carried forward"),
        ]),
        ("boldp", "Action record 10 of 15"),
        ("kv", [
            ("Action", "Refer Zara to Velstow Young Carers and to the Hidden Harm group for children whose "
                       "parents use drugs"),
            ("Outcome", "2"),
            ("Responsible", "Tom Kowalczyk, social worker"),
            ("Timescale", "Referrals by 31/10/2025"),
            ("Evidence", "Acceptance letters on CarePath; Zara at 6 group sessions by the next review"),
            ("Status", "New"),
        ]),
        ("boldp", "Action record 11 of 15"),
        ("kv", [
            ("Action", "Tell the SW about any report of drug dealing or callers at 22 Holloway Rise"),
            ("Outcome", "3"),
            ("Responsible", "PC Ben Agyei, Velstow Police Neighbourhood Team"),
            ("Timescale", "Within 24 hours of any report"),
            ("Evidence", "Police emails logged on both children's records"),
            ("Status", "Carried forward"),
        ]),
        ("boldp", "Action record 12 of 15"),
        ("kv", [
            ("Action", "Bring no drugs or drug-using friends to the flat, and not care for Leon on his own "
                       "until his screens have been clear for eight weeks"),
            ("Outcome", "1 and 3"),
            ("Responsible", "Marcus Reid (Leon's dad)"),
            ("Timescale", "From 14/10/2025"),
            ("Evidence", "No callers seen at visits or reported by police; Thursday screens clear"),
            ("Status", "New"),
        ]),
        ("boldp", "Action record 13 of 15"),
        ("kv", [
            ("Action", "Work with Chantelle on Leon's feeds, bath and bedtime, and on Zara's morning routine "
                       "before school"),
            ("Outcome", "1 and 2"),
            ("Responsible", "Nadia Farouk, family support worker, Velstow Family Hub"),
            ("Timescale", "Every Tuesday, 4pm to 6pm, for 8 weeks from 21/10/2025"),
            ("Evidence", "Routine chart filled in daily and checked at each session; session notes to the SW"),
            ("Status", "New"),
        ]),
        ("boldp", "Action record 14 of 15"),
        ("kv", [
            ("Action", "Have Zara to stay every Friday night and take her to football training on Saturday "
                       "mornings"),
            ("Outcome", "2"),
            ("Responsible", "Samuel Okonjo (maternal grandfather)"),
            ("Timescale", "Every Friday night from 17/10/2025"),
            ("Evidence", "Samuel texts the SW each Saturday; Zara tells the SW about her weekend"),
            ("Status", "Carried forward"),
        ]),
        ("boldp", "Action record 15 of 15"),
        ("kv", [
            ("Action", "Complete a parenting assessment of Chantelle and Marcus, together and separately"),
            ("Outcome", "1, 2 and 3"),
            ("Responsible", "Tom Kowalczyk, social worker"),
            ("Timescale", "Report by 05/12/2025"),
            ("Evidence", "Report shared with Chantelle, Marcus and the core group, and sent to the second "
                         "review conference"),
            ("Status", "New"),
        ]),
        ("h1", "Contingency plan"),
        ("p", "If either parent has a screen positive for heroin or crack cocaine, is found under the influence "
              "while caring for the children, or drugs, foil or needles are found in the flat, Zara and Leon "
              "will go to Samuel Okonjo's home at 8 Ashdown Court that day and the SW will hold a strategy "
              "discussion with Velstow Police the same day."),
        ("p", "If Samuel cannot care for them (he is ill or away, or cannot manage a baby overnight), the SW "
              "will place Zara and Leon together with Velstow foster carers the same day."),
        ("p", "The case went to the legal gateway panel on 07/10/2025, which advised continuing the plan. If "
              "any trigger above happens, or the hair strand results show continued use, the SW will "
              "return the case to the legal gateway panel within five working days and ask that the PLO "
              "pre-proceedings process starts."),
        ("h1", "Meetings"),
        ("kv", [
            ("Core group", "Every 4 weeks, Tuesdays 1.30pm, Velstow Family Hub: 28/10/2025, 25/11/2025; then "
                           "16/12/2025 (3 weeks, for Christmas)"),
            ("Second review conference", "Tuesday 13/01/2026, 10am, Velstow Civic Offices"),
        ]),
        ("p", "End of export."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. Health-led pre-birth plan written by a specialist safeguarding midwife.
#    Mother with bipolar disorder and a past postpartum psychosis, a 2-year-
#    old sibling. Markdown, first-person introduction, actions grouped by
#    stage of care, bold owner in each bullet with an italic "We will know"
#    clause. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_vimbridge_prebirth_midwife_stages_of_care_fairbairn.md",
    "split": "heldout",
    "actions": 11,
    "template": "health-led-prebirth-markdown-plan-written-by-specialist-midwife-first-person-intro-family-list-worries-kayas-days-and-the-baby-outcomes-then-bullets-under-stage-of-care-subheadings-bold-owner-timescale-we-will-know-clause-contingency-meetings",
    "description": (
        "Exemplary pre-birth child protection plan written by a specialist safeguarding midwife for an "
        "unborn baby and a 2-year-old whose mother has bipolar disorder and had postpartum psychosis after "
        "her first birth. Markdown in the midwife's first-person voice; actions are bullets grouped by "
        "stage of care (before the birth, on the ward, the first weeks at home), each with a bold owner, "
        "a week of pregnancy, date or event, and a 'we will know' clause. The perinatal psychiatrist and "
        "nurse both assess change, the GP owns lithium checks, the grandmother's nights have a fallback, "
        "legal planning follows named triggers, dates are set."
    ),
    "text": """\
# Pre-birth Child Protection Plan: Baby Fairbairn (unborn) and Kaya Penrose

**Vimbridge Hospitals NHS Foundation Trust, Maternity Safeguarding Team, with Vimbridge Borough Council Children's Services**
Pre-birth initial child protection conference: Wednesday 15/10/2025, Vimbridge Civic Centre. Chair: Hilary Rourke.
Category: neglect (risk of). Expected date of delivery: 28/11/2025 (Lauren was 33+5 weeks at conference).

I am Anna Wren, specialist safeguarding midwife. I wrote this plan with Lauren and Josh, the social worker and
the perinatal mental health team after the conference, and the conference agreed it. Because most of what
happens in the next three months happens in maternity care, the plan is set out by stage of care. Every action
names who will do it, when, and how we will know it has happened.

## Family

- **Baby Fairbairn**, due 28/11/2025, to be born at Vimbridge General Hospital
- **Kaya Penrose**, 2 (DOB 17/07/2023), at home with her parents; goes to Little Wrens nursery on Mondays
- **Lauren Fairbairn**, 24, mum
- **Josh Penrose**, 26, dad; works as an electrician
- **Jackie Fairbairn**, Lauren's mum, lives at 40 Orchard Way, Vimbridge

Social worker: Owen Blackett, Vimbridge Children's Services, Assessment and Intervention Team 2.

## What we are worried about

Lauren has bipolar affective disorder. Eight days after Kaya was born in July 2023 she became very unwell with
postpartum psychosis: she stopped sleeping, believed Kaya was being poisoned, and was admitted to the Larkfield
Mother and Baby Unit for seven weeks. In April 2025, when she found out she was pregnant, Lauren stopped her
lithium without telling anyone. In August Josh found her at 3am walking in the street in her nightwear with
Kaya in the buggy. She was seen by the perinatal crisis team and is now taking a mood stabiliser again. The
risk of psychosis in the first weeks after this birth is high.

## Kaya's days, and what we know of the baby

Kaya is 2. On my home visit on 07/10/2025 and the social worker's visits she was clean, chatty and played "baby"
with her doll, feeding it and putting it in the Moses basket: "Baby in Mummy's tummy. Shh, baby sleeping." She
ran to Josh when he came home and showed him her drawing. Nursery say she is happy and confident, but that after
the night in August she cried at drop-off for two weeks and asked for her dad. She loves her Nana Jackie, who
has her on Thursdays.

The baby is growing well on the scans, with good movements every day. Lauren says she talks to the bump and that
Kaya "sings to the baby" at bathtime.

## What we want for the baby and Kaya

1. The baby is born safely and, from birth, is always cared for by an adult who is well: if Lauren becomes
   unwell, the baby is never left alone with her.
2. The baby is fed, kept warm and sleeps safely on their back, and gains weight from birth.
3. Kaya's days stay the same as far as possible: nursery on Mondays, Nana on Thursdays, her dad at bedtime, and
   she is never frightened by her mum being unwell.

## The plan

### Before the birth

- **Anna Wren (specialist safeguarding midwife)** will hold a birth planning meeting with Lauren, Josh, the
  perinatal team and the labour ward manager by 36 weeks (Friday 31/10/2025), and will put the written birth and
  postnatal plan in Lauren's hand-held and electronic notes; *we will know* because a copy is sent to the social
  worker and everyone on the plan the same week.
- **Dr Miriam Oyelowo (consultant perinatal psychiatrist, Vimbridge Perinatal Mental Health Service)** will see
  Lauren every two weeks until the birth to adjust her medication, and will write to the core group by
  07/11/2025 with her assessment of the risk of postpartum psychosis, whether Lauren can make and keep the
  changes needed to care safely for the baby and Kaya, and over what timescale; *we will know* because the
  written assessment is on the social worker's file before the core group on 19/11/2025.
- **Gemma Shah (perinatal community psychiatric nurse)** will visit Lauren at home every Wednesday, go through
  her relapse signs with her and Josh, and report in writing to each core group on whether Lauren is making the
  changes the baby will need; *we will know* because her written update reaches the social worker two days
  before each core group.
- **Owen Blackett (social worker)** will visit Kaya at home every week, seeing her with each parent, and
  complete the pre-birth assessment by 07/11/2025; *we will know* because his visit records describe Kaya's day
  and the assessment report is shared with Lauren, Josh and the core group by that date.
- **Josh Penrose (dad)** will book paternity leave and two weeks' annual leave so that he is at home for the
  first four weeks after the birth, and give his employer's letter to the social worker by 31/10/2025; *we will
  know* because the letter is on file.
- **Tasha Green (health visitor)** will make an antenatal visit and do Kaya's two-year review at home by
  Friday 07/11/2025; *we will know* because the review is written in Kaya's red book and copied to the social
  worker.

### On the labour ward and postnatal ward

- **Sister Carol Moran (postnatal ward manager)** will keep Lauren and the baby on the ward for at least five
  days after the birth and make sure a midwife notes how Lauren feeds, settles and handles the baby on every
  shift; *we will know* because the baby's care chart has an entry for every shift and is brought to the
  discharge planning meeting.
- **Anna Wren (specialist safeguarding midwife)** will chair a discharge planning meeting on the ward before the
  baby goes home, with the perinatal team, the social worker, the health visitor, Lauren, Josh and Jackie; *we
  will know* because the written discharge plan is in the notes and sent to everyone on the plan the same day.

### The first weeks at home

- **Jackie Fairbairn (maternal grandmother)** will stay at the family home every night for the first four weeks
  after discharge and do the 2am feed so that Lauren can sleep; *we will know* because Jackie signs the night
  feed chart, which the health visitor and the social worker check at each visit.
- **Dr Robert Heald (GP, Orchard Surgery)** will check Lauren's lithium level 7 days after the birth and at her
  six-week check, and send the results to the perinatal team and the social worker within two days of each test;
  *we will know* because both results are on the baby's file.
- **Tasha Green (health visitor)** will do the new birth visit within 48 hours of discharge and then visit every
  week for six weeks to weigh the baby and watch a feed; *we will know* because the weights are in the baby's red
  book and emailed to the social worker after each visit.

## If things go wrong

- **If Lauren shows any of her relapse signs** (not sleeping for two nights, racing thoughts, believing the baby
  is in danger, not eating) **or stops her medication**, Josh or Jackie will care for the baby and Kaya at all
  times and Lauren will not be left alone with the baby; the perinatal crisis team will assess her the same day,
  with admission to the Larkfield Mother and Baby Unit if needed, and Owen will hold a strategy discussion the
  same day.
- **If Josh and Jackie cannot give care around the clock between them** (illness, work, or they cannot manage),
  Owen will place the baby and Kaya together with Vimbridge foster carers the same day, or the baby will go to
  the Mother and Baby Unit with Lauren if she is admitted.
- **If Lauren stops her medication again before the birth, or Dr Oyelowo's assessment says she cannot make the
  changes in time**, Owen will request a legal planning meeting by 37 weeks (07/11/2025) to decide whether to
  start the PLO before the baby is born.

## Meetings

- Core group every three weeks, Wednesdays at 2pm, Vimbridge General Hospital antenatal clinic: 29/10/2025,
  19/11/2025 and 10/12/2025 (after the birth, at the family home).
- Review child protection conference: Wednesday 14/01/2026, 10am, Vimbridge Civic Centre.
- Written by Anna Wren, specialist safeguarding midwife, 16/10/2025.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. England: school-led plan written up by the DSL of a secondary academy
#    for the school's safeguarding file, domestic abuse by the mother's ex-
#    partner. Plain text, first-person DSL voice, owners as initials from a
#    key, timescales as weekdays and events, measures often what the child
#    will say. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_voxley_dsl_school_led_initials_weekdays_brennock.txt",
    "split": "heldout",
    "actions": 10,
    "template": "school-led-plain-text-plan-dsl-first-person-for-school-safeguarding-file-key-of-initials-reasons-jaydens-words-poppy-outcomes-then-numbered-sentences-initials-weekday-or-event-measures-what-child-will-say-contingency-meetings",
    "description": (
        "Initial conference plan for a 12-year-old and his 6-year-old sister after domestic abuse by their "
        "mother's ex-partner, written up by the secondary school's DSL in the first person for the school "
        "safeguarding file. Plain text; owners are initials from a key, timescales weekdays or events, "
        "measures often what the child will say. Most actions are sound. Faults: a seat move with no "
        "timescale, the infant school only to 'monitor', Talking Therapies CBT that only treats the mother, "
        "a 'core group' action 'as and when' with no measure; the aunt carries after-school care and the "
        "contingency with no fallback if she cannot."
    ),
    "text": """\
VOXLEY ACADEMY - SAFEGUARDING FILE - CONFIDENTIAL
Child protection plan: Jayden Brennock (Year 8) and Poppy Brennock (Year 1, Voxley Infants)
Written up by Rachel Oduya, Designated Safeguarding Lead, 24/09/2025

I attended the initial child protection conference for Jayden and Poppy on Tuesday 23/09/2025 at Voxley Civic
Centre (chair: Martin Ebdon). Both children are on plans under the category of emotional abuse. This is the
plan as agreed at conference, written up for our safeguarding file so that staff who work with Jayden know what
school has to do, and what everyone else is doing. Where an action says "I", it is me.

KEY TO INITIALS
RO  Rachel Oduya, DSL, Voxley Academy (me)
SP  Sunil Patel, Head of Year 8, Voxley Academy
LF  Lisa Farrow, Jayden's form tutor
JA  Janet Ashworth, DSL, Voxley Infants (Poppy's school)
OB  Olivia Brandt, social worker, Voxley Children's Services
KR  Kim Reeve, IDVA, Voxley Domestic Abuse Service
SB  Stacey Brennock, mum
DB  Dawn Brennock, Stacey's sister (the children's aunt), 4 Mill Lane, Voxley

WHY THERE IS A PLAN
Stacey's ex-partner, Lee Doran, lived with the family until August. On 29/08/2025 he strangled Stacey in the
kitchen while Jayden and Poppy were upstairs; Jayden came down, saw it and rang 999. Lee was arrested and is on
bail not to contact Stacey or the children or go to the house. There had been shouting and smashed plates for
over a year. Stacey has panic attacks and anxiety and has not been out of the house on her own since August.
Jayden has been in three fights since the start of term and is sleeping badly.

WHAT JAYDEN AND POPPY SAY
Jayden (with me and OB at school, 17/09/2025): "I'm always listening for his car. If he comes back I'll hit him
before he hurts Mum." He scored how safe he feels at home 5 out of 10 and at school 8. He wants Lee "to never
come back" and to get back into the basketball team.
Poppy (seen by OB at home, 19/09/2025) said "the shouting man" has gone and that she sleeps in Mummy's bed now.
JA says she has started wetting herself at school and hides under the table at loud noises.

WHAT WE WANT FOR JAYDEN AND POPPY
- Jayden and Poppy are safe from Lee at home, at school and on the way between.
- Jayden feels safe enough to sleep, stays out of fights and scores school and home 8 out of 10 or more.
- Poppy is dry at school and settled in class, and no longer frightened by loud noises.

THE PLAN
1. I (RO) will see Jayden every Monday morning in the pastoral base for a ten-minute check-in, and Jayden will
   give me his safety score out of 10, which I log on CPOMS each week.
2. LF will check Jayden is in registration at 8.40am every day and ring OB by 10am if he is absent, and his
   attendance figure goes to OB every Friday.
3. SP will move Jayden's seat in maths and science away from the boys he fought with, and Jayden will tell me
   whether it has helped.
4. JA will monitor Poppy's attendance and presentation at Voxley Infants every school day.
5. OB will visit Jayden and Poppy at home every Thursday after school and see Jayden on his own, and her visit
   records will have what each child says.
6. Voxley Talking Therapies will give Stacey twelve weekly sessions of CBT for her panic attacks from
   06/10/2025, and will send OB a letter with her attendance.
7. KR will meet Stacey every Tuesday to update her safety plan and DASH risk assessment, and will copy the
   updated safety plan to OB after each meeting.
8. DB will collect Jayden and Poppy from school every Monday and Wednesday and give them tea at 4 Mill Lane, and
   she will sign both schools' collection books.
9. DB will keep beds made up and have both children to stay the same evening if Stacey rings her because Lee has
   come near the house, and Jayden will be able to tell me how he would get to her.
10. The core group will share any new information about Lee with one another as and when it comes in.

IF LEE COMES BACK
If Lee comes to the house, contacts Stacey or the children, or is seen near either school, Stacey will ring
999, Jayden and Poppy will go to Dawn's at 4 Mill Lane that night, and OB will hold a strategy discussion with
Voxley Police the same day. If Lee comes to our gate, school will keep Jayden inside, ring 999 and tell OB and
JA at once.
If Stacey lets Lee back into the house, or the children see or hear another incident, OB will ask her manager
for a legal planning meeting within five working days.

MEETINGS
Core group: every four weeks, Tuesdays 3.45pm at Voxley Academy - 07/10/2025, 04/11/2025, 02/12/2025.
Review child protection conference: Tuesday 16/12/2025, 10am, Voxley Civic Centre.
I will go to every core group and bring Jayden's scores from his Monday check-ins.
""",
    "findings": [
        F("T001", "SP will move Jayden's seat in maths and science"),
        F("M002", "JA will monitor Poppy's attendance and presentation at Voxley Infants"),
        F("H001", "Voxley Talking Therapies will give Stacey twelve weekly sessions"),
        F("W002", "The core group will share any new information about Lee"),
        F("T002", "The core group will share any new information about Lee"),
        F("M001", "The core group will share any new information about Lee"),
        F("C003"),
    ],
})


# ---------------------------------------------------------------------------
# 7. England: minutes of the third core group, with a numbered action log
#    whose owners are initials from the attendance table. Mother's depression,
#    father's daily cannabis use, a 7-year-old and a 2-year-old; neglect.
#    Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b100_vintcombe_core_group_minutes_numbered_action_log_tarrant.docx",
    "doc_title": "Core Group Minutes 3 - Millie and Leo Tarrant",
    "split": "heldout",
    "actions": 16,
    "template": "core-group-minutes-word-attendance-table-with-initials-childrens-views-progress-since-last-meeting-outcomes-then-numbered-action-log-table-no-action-owner-initials-due-evidence-contingency-restated-next-meetings",
    "description": (
        "Minutes of the third core group for a 7-year-old and a 2-year-old on plans for neglect; their "
        "mother has depression and their father smokes cannabis daily. Attendance table with initials, "
        "children's views, progress, outcomes, then a numbered action log whose owners are initials. Most "
        "rows are sound (weekly visits, drug service screens, the CPN's capacity report, GP review). "
        "Faults: the toddler's developmental check has no evidence, the CPN's fortnightly visits only "
        "support, 'Jodie to engage' is 'Ongoing' with 'Engagement' as evidence, the damp repair is 'TBC', "
        "the parenting referral has no owner, 'All professionals' share concerns 'As needed'; the "
        "contingency only reconvenes to consider next steps, with no legal step, and the review "
        "conference date is to be confirmed."
    ),
    "blocks": [
        ("title", "Core Group Meeting - Minutes"),
        ("p", "Vintcombe District Council - Children's Services - Safeguarding and Support Team (West)"),
        ("kv", [
            ("Children", "Millie Tarrant (7), DOB 22/01/2018, Year 3, Vintcombe Primary; Leo Tarrant (2), "
                         "DOB 09/06/2023"),
            ("Address", "15 Cooper's Row, Vintcombe VC3 7HA"),
            ("Meeting", "Core group 3, Tuesday 04/11/2025, 10am, Vintcombe Children's Centre"),
            ("Plan", "Child protection plan made at the initial conference on 02/09/2025 (category: neglect)"),
            ("Chair and minutes", "Jess Collier, social worker (chair); minutes by Dawn Pryor, business "
                                  "support"),
        ]),
        ("h1", "1. Attendance"),
        ("table", {
            "header": ["Initials", "Name", "Role"],
            "widths": [2.0, 4.5, 10.5],
            "bold_first_col": True,
            "rows": [
                ["JC", "Jess Collier", "Social worker, Vintcombe Children's Services (lead)"],
                ["AL", "Amy Loftus", "Health visitor, Vintcombe Community Health"],
                ["PN", "Mrs Priya Nair", "Designated safeguarding lead, Vintcombe Primary School"],
                ["TH", "Tom Hadley", "Community psychiatric nurse, Vintcombe Community Mental Health Team"],
                ["LG", "Lewis Grant", "Recovery worker, Vintcombe Substance Misuse Service"],
                ["KM", "Kirsty Moss", "Family support worker, Vintcombe Children's Centre"],
                ["JT", "Jodie Tarrant", "Mum"],
                ["RT", "Ryan Tarrant", "Dad"],
            ],
        }),
        ("p", "Apologies: Dr Nadia Hussain, GP, Cooper's Row Surgery (report sent)."),
        ("h1", "2. The children's views and lived experience"),
        ("p", "JC saw Millie on her own at school on 30/10/2025. Millie said: “Dad's smoke smells in my room "
              "and it makes me cough. Mum stays in bed when I get home but she gets up for tea now.” She "
              "said the best thing this half term was breakfast club “because I get toast and play "
              "Connect 4 with Mrs Nair”. She would like her bedroom wall “not to be black any more”."),
        ("p", "Leo was seen at home by AL on 28/10/2025 and by JC on 31/10/2025. He was in a clean nappy and "
              "pyjamas at 11am, said a handful of words, and brought his shoes to Ryan to go to the park. He "
              "coughed through both visits. He ate a full bowl of pasta at lunch with KM on 27/10/2025."),
        ("h1", "3. Progress since core group 2"),
        ("p", "JC has visited weekly and the home has been cleaner at every visit. Millie has been at breakfast "
              "club on 18 of 20 days since 06/10/2025 and her attendance is up to 94%. Jodie restarted "
              "sertraline in October and says she is getting up earlier. Ryan has been to three of four "
              "sessions with LG; his screens still show daily cannabis use. The damp and black mould in "
              "the children's bedroom has not been fixed and Leo is coughing at night. TH's last report was "
              "received and read out."),
        ("h1", "4. Outcomes (from the child protection plan)"),
        ("bullets", [
            "Millie and Leo are fed, washed and dressed every day, and Leo's weight and speech are in line "
            "with his age.",
            "Millie gets to school on time every day and her attendance is 96% or more.",
            "Millie and Leo live in a warm, dry home without cannabis smoke, and sleep in a room free of damp "
            "and mould.",
        ]),
        ("h1", "5. Action log"),
        ("p", "Actions agreed today. Owners are shown by initials (see the attendance table)."),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "Evidence / how we will know"],
            "widths": [1.0, 6.2, 2.2, 3.2, 4.4],
            "rows": [
                ["3.1", "Visit Millie and Leo at home, one visit a month unannounced, and see Millie on her own",
                 "JC", "Weekly (Tuesdays or Fridays)",
                 "Visit records show both children seen and Millie's words recorded"],
                ["3.2", "AL to complete Leo's ASQ-3 developmental check at home",
                 "AL", "By next core group (25/11/2025)", ""],
                ["3.3", "Weigh Leo and plot his weight, and check his cough and sleeping position",
                 "AL", "Every other Wednesday",
                 "Weights in the red book; Leo stays on or above the 25th centile"],
                ["3.4", "Check Millie's attendance and lateness daily and phone JC the same morning if she is "
                        "absent",
                 "PN", "Every school day",
                 "Attendance printout to JC each Friday; 96% or more by the review"],
                ["3.5", "Keep Millie's breakfast club place and note whether she has eaten at home",
                 "PN", "Every school day from 10/11/2025",
                 "Breakfast club register shows Millie in five days a week"],
                ["3.6", "Continue fortnightly support visits to Jodie at home",
                 "TH", "Fortnightly", "Visit dates sent to JC"],
                ["3.7", "Write a report on Jodie's capacity to make the changes Millie and Leo need, and the "
                        "likely timescale",
                 "TH", "By 21/11/2025", "Report received by JC and shared at the next core group"],
                ["3.8", "Jodie to engage with the CMHT and take her medication",
                 "JT", "Ongoing", "Engagement"],
                ["3.9", "Weekly key-work session with Ryan, with a urine screen at each session, working to "
                        "an agreed reduction plan",
                 "LG", "Every Thursday", "Screen results emailed to JC every Friday"],
                ["3.10", "Ryan not to smoke cannabis in the house or the car, or while caring for Millie and "
                         "Leo",
                 "RT", "Every day from 04/11/2025",
                 "No smell of cannabis at any visit; screens show falling levels"],
                ["3.11", "Family support sessions at home on meals and bedtime routines for Millie and Leo",
                 "KM", "Mondays and Thursdays, 4pm to 6pm, for 6 weeks",
                 "Routine chart filled in daily and checked at each session"],
                ["3.12", "Damp and mould in the children's bedroom to be chased with Vintcombe Homes",
                 "JC", "TBC", "Repair date confirmed in writing"],
                ["3.13", "Referral to the Growing Together parenting group to be made",
                 "-", "By 14/11/2025", "Place confirmed in writing"],
                ["3.14", "Share any concerns about Millie's or Leo's care with the social worker",
                 "All professionals", "As needed", "Concerns logged on the case file"],
                ["3.15", "Three sessions of direct work with Millie about her worries, using the three houses",
                 "JC", "By 28/11/2025",
                 "Millie's three houses drawings on file and her words taken to the review conference"],
                ["3.16", "Review Jodie's sertraline and send a letter to JC",
                 "Dr Hussain (GP)", "By 21/11/2025", "GP letter on the children's file"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If things do not improve or there are further concerns about the children's care, the core "
              "group will reconvene and consider next steps."),
        ("h1", "7. Next meetings"),
        ("bullets", [
            "Core group 4: Tuesday 25/11/2025, 10am, Vintcombe Children's Centre; then every three weeks.",
            "Review child protection conference: date to be confirmed by the conference team.",
        ]),
        ("p", "Minutes agreed by JC on 05/11/2025 and sent to everyone present, Jodie and Ryan included."),
    ],
    "findings": [
        F("M001", "AL to complete Leo's ASQ-3 developmental check at home"),
        F("H001", "Continue fortnightly support visits to Jodie at home"),
        F("T002", "Jodie to engage with the CMHT and take her medication"),
        F("M002", "Jodie to engage with the CMHT and take her medication"),
        F("T002", "Damp and mould in the children's bedroom to be chased"),
        F("W001", "Referral to the Growing Together parenting group to be made"),
        F("W002", "Share any concerns about Millie's or Leo's care"),
        F("T002", "Share any concerns about Millie's or Leo's care"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
