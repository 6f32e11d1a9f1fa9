"""Batch 99, module t: seven fictional plans (tuning material), places beginning with "t".

Everything here is made up: children, families, professionals, services,
schools, hospitals, councils and trusts. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: good plans written in the forms of the four UK nations and of
different professions, each in a layout of its own. Five plans are
exemplary: a Scottish GIRFEC child's plan (SHANARRI grid, named persons, lead
professional, "what needs to change / how / by whom / by when" table with the
change merged down), printed to PDF; a Welsh care and support protection plan
with bilingual headings; a Northern Ireland UNOCINI-style plan whose actions
sit under the three UNOCINI domains with who, when and how we will know on
separate lines of one cell; a case-system PDF export of a review plan where
each action's fields stand on labelled lines under page headers and footers;
and a pre-birth plan written by a specialist midwife in maternity phases.
The other two, a secondary school DSL's working copy of a plan (plain text,
initials key) and the minutes of a core group with a numbered action log
(Word), carry realistic faults among good rows.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scotland: GIRFEC child's plan after an initial CPPM. Domestic abuse and a
#    father's drinking. SHANARRI grid, named persons, lead professional, then a
#    landscape "what needs to change / how / by whom / by when / how we will
#    know" table with the change merged down. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_tornacraig_girfec_childs_plan_shanarri_mcandrew.pdf",
    "doc_title": "Child's Plan - Rowan and Isla McAndrew",
    "split": "tune",
    "actions": 13,
    "landscape": True,
    "template": "scottish-girfec-childs-plan-landscape-word-printed-to-pdf-page-header-footer-details-list-named-persons-lead-professional-shanarri-wellbeing-grid-childrens-views-what-needs-to-change-then-change-merged-down-how-by-whom-by-when-how-we-will-know-table-contingency-core-group-review-cppm",
    "description": (
        "Exemplary Scottish child's plan made at an initial child protection planning meeting for a "
        "9-year-old and a 4-year-old living with domestic abuse and their father's daily drinking. "
        "GIRFEC form printed to PDF with page header and footer: named persons for each child, a "
        "lead professional, a SHANARRI wellbeing grid (not actions), the children's own words, and "
        "a landscape child's plan table of what needs to change (merged down), how, by whom, by "
        "when and how we will know. Every row has an owner, a timescale and something seen, "
        "counted or said by the children; the recovery service reports on change, the granny's "
        "part has a fallback, legal planning and a Reporter referral follow named triggers, and "
        "core group and review CPPM dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Strathtorran Council · Children and Families Social Work",
    "footer": "Child's Plan – Rowan and Isla McAndrew – CPPM 16/09/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Strathtorran Council · Children and Families Social Work · Tornacraig Area Team"),
        ("p", "A multi-agency child's plan under Getting it right for every child (GIRFEC). Rowan's and Isla's "
              "names were placed on the child protection register at the initial child protection planning "
              "meeting (CPPM) on Tuesday 16/09/2025. This is the child protection part of their child's plan."),
        ("kv", [
            ("Children", "Rowan McAndrew (9), DOB 22/02/2016, P5 at Tornacraig Primary; Isla McAndrew (4), "
                         "DOB 05/06/2021, at Kirkbrae Early Learning Centre (ELC)"),
            ("Address", "12 Kirkbrae Terrace, Tornacraig TC7 2LB"),
            ("Mum", "Shona McAndrew (33)"),
            ("Dad", "Garry McAndrew (36), lives at home; warehouse supervisor"),
            ("Maternal granny", "Catriona Shaw, 4 Loanhead Road, Tornacraig (ten minutes' walk)"),
            ("Areas of concern", "Domestic abuse; parental alcohol use; neglect"),
            ("Named person (Rowan)", "Mrs Fiona Baird, depute head teacher, Tornacraig Primary"),
            ("Named person (Isla)", "Morag Lyle, health visitor, Tornacraig Health Centre"),
            ("Lead professional", "Calum Reid, social worker, Tornacraig Area Team (team leader: Anne Sinclair)"),
            ("CPPM chair", "Graham Tosh, child protection reviewing officer"),
        ]),
        ("h1", "Why Rowan and Isla need this plan"),
        ("p", "Police have been called to 12 Kirkbrae Terrace four times since March 2025, each time late at night "
              "after Garry had been drinking. On 30/08/2025 Garry threw a chair across the living room while Isla "
              "was playing on the floor beside it; Rowan took Isla into his room and phoned his granny. On "
              "02/09/2025 a neighbour found Isla on Kirkbrae Terrace at 7.30am in her pyjamas while both parents "
              "were asleep. Rowan's attendance this term is 84% and he has been late 11 times, often without "
              "breakfast. Garry accepts that he drinks most days; Shona says she has been too frightened to ask "
              "him to stop. The inter-agency referral discussion (IRD) on 03/09/2025 led to a joint "
              "investigation and to this plan."),
        ("h1", "Wellbeing assessment (SHANARRI)"),
        ("p", "The eight wellbeing indicators as the core group sees them now. The child's plan below works on "
              "the indicators marked “needs to change”."),
        ("table", {
            "header": ["Wellbeing indicator", "Rowan", "Isla"],
            "widths": [4.5, 10.6, 10.6],
            "bold_first_col": True,
            "rows": [
                ["Safe", "Needs to change. He hears his dad shouting most weekends, saw the chair thrown and takes "
                         "Isla to his room when his parents argue.",
                 "Needs to change. She was found outside alone early in the morning and was beside the chair "
                 "when it was thrown."],
                ["Healthy", "Well, and registered with the GP, but not with a dentist. Often arrives at school "
                            "without breakfast.",
                 "Needs to change. Her 27–30 month review was missed, her speech is behind for her age and she "
                 "has two decayed teeth."],
                ["Achieving", "Needs to change. Reading is at the expected level but attendance is 84% and he is "
                              "tired in class.",
                 "Settling well at the ELC since August."],
                ["Nurtured", "Close to his mum and his granny. Says he worries about his mum at night.",
                 "Warm with her mum and her granny; goes to Rowan for comfort."],
                ["Active", "Needs to change. Stopped going to football in the spring because nobody could take him.",
                 "Plays happily outdoors at the ELC every day."],
                ["Respected", "Wants adults to ask him before they decide things about his family.",
                 "Keyworker says Isla is listened to and chooses her own play."],
                ["Responsible", "Takes on too much: makes Isla's breakfast and puts her to bed.",
                 "Helps tidy up at the ELC, as expected for her age."],
                ["Included", "Has good friends at school. The family has rent arrears since Garry's hours were cut.",
                 "Has friends at the ELC."],
            ],
        }),
        ("h1", "What Rowan and Isla have told us"),
        ("p", "Rowan (seen on his own at school, 10/09/2025): “When Dad's been at the drink I put my headphones "
              "on and take Isla in beside me. I'd like Dad to stop drinking and Mum to not be scared. I want to "
              "go back to the football.” In his three houses drawing he put “Dad shouting” and “no cereal” in "
              "his house of worries and “Granny's house” and “football” in his house of good things. He gave "
              "home 4 out of 10 for feeling safe and his granny's house 10 out of 10."),
        ("p", "Isla (seen at home on 11/09/2025 and at the ELC on 12/09/2025) chats easily with people she knows. "
              "She told her keyworker “Daddy shouted and the chair broke”. At home she stayed close to Rowan and "
              "held on to his sleeve when her dad came into the room. At the ELC she played in the sand for a long "
              "time and ran to her granny at pick-up."),
        ("h1", "What needs to change for Rowan and Isla"),
        ("bullets", [
            "Rowan and Isla live in a home where no adult looking after them is drunk, and where there is no "
            "shouting or violence.",
            "Isla's speech, teeth and growth are checked and she gets the help she needs.",
            "Rowan is at school every day, on time and fed, and no longer looks after Isla.",
            "Rowan and Isla always have a safe adult to go to, and Rowan is back playing football.",
        ]),
        ("h1", "Child's plan"),
        ("p", "What needs to change, how, by whom and by when. The last column says what the core group will "
              "see, count or hear from Rowan and Isla."),
        ("table", {
            "header": ["What needs to change", "How", "By whom", "By when", "How we will know"],
            "widths": [4.2, 7.6, 4.1, 3.8, 6.0],
            "rows": [
                ["SAFE\nRowan and Isla live in a home free from drinking, shouting and violence",
                 "Visit Rowan and Isla at home, with at least one visit in three unannounced and one at teatime, "
                 "and see Rowan on his own each time",
                 "Calum Reid, lead professional (social worker)",
                 "Every week from 17/09/2025",
                 "Visit records show both children seen every week and Rowan seen alone, with his own words "
                 "written down each time"],
                [V,
                 "Assess Garry's drinking, agree a recovery plan with him and breath test him at every "
                 "appointment; report to each core group on whether he is making the changes Rowan and Isla "
                 "need, and how long any further change is likely to take",
                 "Eilidh Munro, recovery worker, Tornacraig Alcohol and Drug Recovery Service",
                 "Assessment by 30/09/2025, then every Monday",
                 "Recovery plan copied to Calum by 01/10/2025; breath test results and a written report to "
                 "Calum two days before each core group"],
                [V,
                 "Drink no alcohol while he is looking after Rowan and Isla, and keep no alcohol in the house",
                 "Garry McAndrew (dad)",
                 "Every day, from 16/09/2025",
                 "Breath tests negative at every Monday appointment and every home visit; no alcohol seen in "
                 "the house"],
                [V,
                 "Complete a domestic abuse risk assessment with Shona and refer to MARAC if the risk is high",
                 "DC Lorna Fraser, Domestic Abuse Investigation Unit, Tornacraig police office",
                 "Within 5 working days (by 23/09/2025)",
                 "Risk score and any MARAC referral sent to Calum"],
                [V,
                 "Meet Shona to write and update a safety plan for her, Rowan and Isla, including what Rowan "
                 "does and who he rings if there is shouting",
                 "Ailsa Grant, support worker, Strathtorran Women's Aid",
                 "Every Wednesday from 17/09/2025",
                 "Safety plan copied to Calum after each meeting; Rowan can tell Calum what he would do and who "
                 "he would ring"],
                [V,
                 "Go to every session of the 24-week Tornacraig Men's Change Programme about his abusive "
                 "behaviour (Calum to refer by 30/09/2025)",
                 "Garry McAndrew (dad)",
                 "Thursday evenings from 16/10/2025",
                 "Attendance record every four weeks and an end-of-programme report from the programme worker "
                 "to Calum"],
                ["HEALTHY\nIsla's speech, teeth and growth are checked and any needs are met",
                 "Complete Isla's missed child health review, including her speech, weight and teeth, and refer "
                 "her to speech and language therapy if she needs it",
                 "Morag Lyle, health visitor (Isla's named person)",
                 "By 24/10/2025",
                 "Health review findings written to Calum and Shona; any referral letter on Isla's file"],
                [V,
                 "Register Rowan and Isla with Kirkbrae Dental Practice and take them both to a check-up",
                 "Shona McAndrew (mum)",
                 "Registered by 26/09/2025; check-ups before the October holidays (by 10/10/2025)",
                 "Dental practice letter confirming both check-ups, shown to Calum"],
                ["ACHIEVING and INCLUDED\nRowan is at school every day, on time and fed, with an adult he trusts",
                 "Check Rowan's attendance and punctuality each morning, give him a place at breakfast club, and "
                 "phone Calum the same day if he is absent without a reason",
                 "Mrs Fiona Baird, depute head teacher (Rowan's named person)",
                 "Every school day",
                 "Attendance print emailed to Calum each Friday; attendance up from 84% to 95% or more by the "
                 "review CPPM"],
                [V,
                 "Meet Rowan in the Nurture Room to talk through his week",
                 "Mr Iain Drummond, pupil support teacher",
                 "Every Tuesday lunchtime",
                 "Rowan's “my week” sheet kept in his pupil support file; Rowan tells Calum that he has an "
                 "adult at school to talk to"],
                ["NURTURED and ACTIVE\nRowan and Isla always have a safe adult to go to, and time to be children",
                 "Collect Isla from the ELC and give both children their tea, and have them to stay the night "
                 "whenever Shona rings to say Garry has been drinking",
                 "Catriona Shaw (maternal granny)",
                 "Every Tuesday and Thursday; the same night whenever Shona rings",
                 "ELC collection book signed; Catriona texts Calum by 9am the morning after any overnight stay"],
                [V,
                 "Take Rowan to Tornacraig Thistle under-10s football training and matches",
                 "Shona McAndrew (mum)",
                 "Every Saturday morning from 20/09/2025",
                 "Coach's attendance list; Rowan tells Calum about his football at visits"],
                [V,
                 "Do four sessions of direct work with Rowan about what has happened at home, and about being a "
                 "child rather than Isla's carer",
                 "Calum Reid, lead professional",
                 "Every other Friday; all four done by 14/11/2025",
                 "Rowan's drawings and worksheets on his file; his “safe at home” score asked at each session "
                 "and brought to the review CPPM"],
            ],
        }),
        ("h1", "Contingency plan: if things go wrong"),
        ("p", "If Garry is found to have been drinking while looking after the children (a positive breath test, a "
              "call from Rowan or Shona, or a report from school, the ELC or a neighbour), or the police are called "
              "to the house again, Rowan and Isla will go to Catriona's home at 4 Loanhead Road that day and Calum "
              "will hold an inter-agency referral discussion (IRD) with the police and health the same day."),
        ("p", "If Catriona cannot have the children (she is unwell, away, or no longer able to help), Calum will "
              "arrange that day for Rowan and Isla to stay together with Strathtorran foster carers, and the IRD "
              "will decide whether to apply for a child protection order."),
        ("p", "If by the review CPPM Garry has had two or more positive breath tests, has stopped going to the "
              "Men's Change Programme, or Rowan's attendance is still below 90%, Calum will ask Anne Sinclair "
              "(team leader) for a legal planning meeting with the council's solicitor within 5 working days, to "
              "decide on a referral to the Children's Reporter for a compulsory supervision order."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every three weeks, Tuesdays at 3.30pm at Tornacraig Primary: 30/09/2025, 21/10/2025, "
            "11/11/2025 and 02/12/2025.",
            "Review child protection planning meeting (review conference): Tuesday 09/12/2025 at 10am, "
            "Tornacraig Area Office.",
            "Before each core group Calum will ask Rowan what has changed at home and take his views to the "
            "meeting; Rowan can come to the first part of the review CPPM if he wants to.",
        ]),
        ("p", "Plan agreed at the CPPM on 16/09/2025. Copies to Shona, Garry, Catriona and everyone named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Wales: care and support protection plan with bilingual (Welsh / English)
#    headings and field labels. Mother with recurrent depression and an
#    overdose; baby losing weight, 6-year-old young carer. Owners written as
#    job titles with the name in brackets. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_trefelyn_bilingual_care_support_protection_pritchard.docx",
    "doc_title": "Cynllun Gofal a Chymorth (Amddiffyn) / Care and Support Protection Plan - Elis and Mali Pritchard",
    "split": "tune",
    "actions": 11,
    "template": "welsh-care-and-support-protection-plan-bilingual-welsh-english-headings-and-labels-details-list-why-working-well-llais-y-plentyn-personal-outcomes-then-numbered-table-job-title-owners-bilingual-column-headers-contingency-core-group",
    "description": (
        "Exemplary Welsh care and support protection plan from an initial conference for a "
        "6-year-old young carer and a 7-month-old baby whose mother has recurrent depression and "
        "took an overdose while alone with them. Every heading, detail label and column header is "
        "in Welsh and English; the action text is in English, with the Welsh active offer noted. "
        "Owners are job titles with the name in brackets. Both the CMHT care coordinator and the "
        "consultant psychiatrist assess capacity to change, the GP owns the immunisations, the "
        "grandmother's and father's help has a fallback, legal planning follows named triggers, "
        "core group and review dates are set."
    ),
    "blocks": [
        ("title", "Cynllun Gofal a Chymorth (Amddiffyn) / Care and Support Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Trefelyn · Gwasanaethau Plant / Trefelyn County Borough Council · "
              "Children's Services"),
        ("h1", "Manylion / Details"),
        ("kv", [
            ("Plant / Children", "Elis Pritchard (6), DOB 14/03/2019, Year 2 at Ysgol Gynradd Bryn Celyn; "
                                 "Mali Pritchard (7 months), DOB 02/02/2025"),
            ("Cyfeiriad / Address", "8 Heol y Nant, Trefelyn TF3 6DW"),
            ("Mam / Mother", "Ceri Pritchard (27)"),
            ("Tad / Father", "Dafydd Owen (30), father of both children; lives at 5 Heol y Felin, Trefelyn"),
            ("Nain / Maternal grandmother", "Eirlys Pritchard, 21 Stryd y Capel, Trefelyn"),
            ("Iaith / Language", "Welsh is the family's first language. Every worker named below speaks Welsh or "
                                 "brings a Welsh-speaking colleague (the active offer)."),
            ("Categori / Category", "Neglect; emotional abuse"),
            ("Cynhadledd / Conference", "Initial child protection conference, Thursday 18/09/2025, Canolfan "
                                        "Ddinesig Trefelyn. Chair: Iwan Bowen"),
            ("Gweithiwr cymdeithasol / Social worker", "Gwenllian Hughes (team manager: Aled Rowlands)"),
        ]),
        ("h1", "Pam mae angen cynllun / Why Elis and Mali need this plan"),
        ("p", "Ceri has recurrent depression and has self-harmed three times since Mali was born. On 27/08/2025 "
              "she took an overdose of her tablets while alone with both children; Elis, who is 6, rang his nain, "
              "who called an ambulance. Ceri spent two nights on Ward Tegid at Ysbyty Trefelyn and was "
              "discharged to weekly follow-up by the community mental health team (CMHT). Since June Mali's weight "
              "has dropped from the 25th to the 9th centile and she has missed her 16-week immunisations. Elis's "
              "school says he arrives late and hungry about two days a week, and he told his teacher that he "
              "“looks after mam when she's sad”."),
        ("h1", "Beth sy'n gweithio'n dda / What is working well"),
        ("p", "Ceri loves her children and asked for help herself; she has taken every dose of her new medication "
              "since she came home. Dafydd has Elis and Mali every Saturday and has never let them down. Eirlys "
              "lives five minutes away and has walked Elis to school every morning since the overdose. The house "
              "is warm and clean and Mali has everything she needs."),
        ("h1", "Llais y plentyn / What Elis and Mali tell us"),
        ("p", "Elis (seen on his own at school on 10/09/2025, in Welsh): “Pan mae mam yn drist dw i'n gwneud "
              "brechdan i fi a Mali.” (“When mam is sad I make a sandwich for me and Mali.”) He said that when mam "
              "went in the ambulance he was “scared she wasn't coming back”. He loves football with his tad on "
              "Saturdays and wants mam “to be happy again and get up in the morning”. He chose a sad face for "
              "school mornings and a happy face for Saturdays."),
        ("p", "Mali is 7 months old. On four visits she was clean and warm. She smiles and babbles when Eirlys or "
              "Dafydd talk to her and reaches for Elis. On 11/09/2025 she cried in her cot for several minutes "
              "while Ceri stayed in bed, and stopped when Elis went in and sang to her."),
        ("h1", "Canlyniadau personol / Personal outcomes for Elis and Mali"),
        ("bullets", [
            "Elis and Mali are looked after every day and every night by an adult who is well enough to care "
            "for them.",
            "Mali is fed on time, her weight climbs back to the 25th centile and her immunisations are up to date.",
            "Elis gets to school on time and fed every day and no longer looks after his mam or his sister.",
            "Elis understands his mam's illness and knows who to call if she is unwell.",
        ]),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Rhif / No.", "Cam gweithredu / Action", "Pwy / Who", "Erbyn pryd / By when",
                       "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [1.5, 5.5, 3.4, 2.8, 3.8],
            "rows": [
                ["1", "Visit Elis and Mali at home, with one visit a month unannounced, and see Elis on his own "
                      "each time",
                 "Social worker (Gwenllian Hughes)", "Every week from 22/09/2025",
                 "Visit records show both children seen each week and Elis seen alone, with his words written "
                 "down in Welsh and English"],
                ["2", "Weigh Mali at home, check her feeding and development, and go through safe sleep with Ceri",
                 "Health visitor (Menna Jones)", "Every other Tuesday from 23/09/2025",
                 "Weight plotted in Mali's red book and emailed to the social worker the same day; back on the "
                 "25th centile by the review conference"],
                ["3", "Give Mali her missed 16-week immunisations and book her 12-month ones",
                 "GP (Dr Owain Parry, Meddygfa'r Bont)", "By 17/10/2025",
                 "Immunisations recorded in the red book and on the child health system; copy to the health "
                 "visitor"],
                ["4", "See Ceri at home, check her medication and crisis plan, and report to each core group on "
                      "whether her mood and her care of Elis and Mali are changing, and how long further change "
                      "is likely to take",
                 "Care coordinator (Rhys Morgan, CPN), Trefelyn CMHT",
                 "Every Wednesday; written report 2 days before each core group",
                 "Written report on the children's file before every core group"],
                ["5", "Review Ceri's diagnosis and medication and give a written view of her capacity to change, "
                      "the steps still needed for her to care safely for Elis and Mali, and the likely timescale",
                 "Consultant psychiatrist (Dr Nia Llewelyn), Trefelyn CMHT", "By 31/10/2025",
                 "Letter to the social worker, copied to the core group before the meeting on 27/11/2025"],
                ["6", "Go to every CMHT appointment, and tell the care coordinator or the social worker the same "
                      "day if she has thoughts of harming herself, so that Elis and Mali are never left alone "
                      "with her when she is in crisis",
                 "Mam (Ceri Pritchard)", "Every appointment, from 18/09/2025",
                 "CMHT attendance sent to the social worker each month, with no appointment missed"],
                ["7", "Come to the house at 7.30am to help get Elis ready and walk him to school",
                 "Nain (Eirlys Pritchard)", "Every school day from 22/09/2025",
                 "School register shows Elis in by 8.50am; Eirlys signs the school's morning book"],
                ["8", "Have Elis and Mali at his home from 10am to 6pm, and have them that evening whenever "
                      "Ceri's crisis plan is used",
                 "Tad (Dafydd Owen)", "Every Saturday; the same evening whenever he is called",
                 "Dafydd texts the social worker after any extra evening; Elis tells the social worker about "
                 "his Saturdays"],
                ["9", "Check Elis's attendance, lateness and how he presents each morning, and phone the social "
                      "worker the same day if he is absent, hungry or upset",
                 "Designated safeguarding person (Mrs Sioned Rees), Ysgol Gynradd Bryn Celyn",
                 "Every school day",
                 "Attendance emailed to the social worker each Friday; every same-day call logged on the "
                 "school's safeguarding log"],
                ["10", "Do six play sessions with Elis, in Welsh, about his mam's illness and about being a "
                       "child, not a carer",
                 "Family support worker (Huw Jenkins), Trefelyn Family Support Team",
                 "Every Thursday after school from 25/09/2025; all six done by 30/10/2025",
                 "Elis's session book kept; by the last session Elis can name three adults he can call if "
                 "mam is unwell"],
                ["11", "Write a family crisis plan with Ceri, Dafydd, Eirlys and Elis saying who looks after the "
                       "children when Ceri is unwell, and give each of them a copy",
                 "Social worker (Gwenllian Hughes), with the care coordinator", "By 03/10/2025",
                 "Plan signed by all three adults; a copy on the fridge, and Elis can show the social worker "
                 "where it is"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Ceri self-harms, tells anyone she has thoughts of harming herself or the children, or is found "
              "unable to get up and care for them, Elis and Mali will go to Dafydd's home at 5 Heol y Felin that "
              "day, Rhys Morgan will arrange a same-day mental health assessment through the CMHT crisis team, and "
              "Gwenllian will hold a strategy discussion with the police the same day."),
        ("p", "If Dafydd or Eirlys cannot help (they are ill, working or away), Gwenllian will arrange that day for "
              "Elis and Mali to stay together with Welsh-speaking Trefelyn foster carers, and Ceri will be offered "
              "time with the children every day."),
        ("p", "If Mali loses weight at two weighs in a row, Ceri is admitted to hospital again, or Dr Llewelyn's "
              "assessment says Ceri cannot make the changes needed within the children's timescales, Gwenllian "
              "will ask Aled Rowlands for a legal planning meeting within 5 working days to decide whether to "
              "start the Public Law Outline."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group: every four weeks, Thursdays at 1.30pm, Canolfan Deulu Trefelyn: "
            "02/10/2025, 30/10/2025 and 27/11/2025.",
            "Cynhadledd adolygu / Review child protection conference: Thursday 11/12/2025 at 10am, Canolfan "
            "Ddinesig Trefelyn.",
            "Meetings are held in Welsh with simultaneous translation for anyone who needs it.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland: UNOCINI-style child protection plan from an initial
#    case conference. Mother's partner drinks and uses cocaine, domestic
#    abuse, 12-year-old self-harming. Actions grouped under the three UNOCINI
#    domains; each two-column table puts who, when and how we will know on
#    separate lines of one cell. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_tullabrannock_unocini_domains_one_cell_fields_mcconville.docx",
    "doc_title": "UNOCINI Child Protection Plan - Cara and Odhran McConville",
    "split": "tune",
    "actions": 10,
    "template": "northern-ireland-unocini-child-protection-plan-trust-details-list-concerns-childrens-views-strengths-outcomes-then-three-unocini-domain-subheadings-each-a-two-column-table-action-and-one-cell-with-who-when-how-we-will-know-on-separate-lines-contingency-core-group",
    "description": (
        "Exemplary Northern Ireland child protection plan from an initial child protection case "
        "conference for a 12-year-old who self-harms and her 7-year-old brother, living with their "
        "mother's partner's drinking, cocaine use and violence. The actions sit under the three "
        "UNOCINI domains (child's needs, parents' and carers' capacity, family and environment) in "
        "two-column tables whose right-hand cell holds 'Who:', 'When:' and 'How we will know:' on "
        "separate lines. The community addiction team reports on change, CAMHS and the designated "
        "teacher own the children's rows, the grandparents' help has a fallback, legal planning "
        "with the Trust's legal services follows named triggers, core group and review dates set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lough Brannock Health and Social Care Trust · Family Intervention Team (Tullabrannock) · "
              "UNOCINI pathway"),
        ("kv", [
            ("Children", "Cara McConville (12), DOB 08/07/2013, Year 9 at Tullabrannock High School; Odhran "
                         "McConville (7), DOB 19/01/2018, P4 at St Colman's Primary School"),
            ("Address", "27 Drumcarn Park, Tullabrannock TB4 7HS"),
            ("Mother", "Aoife McConville (35)"),
            ("Mother's partner", "Stephen Kerr (38), lives at the address; not the children's father"),
            ("Father", "Ciaran McConville (39), lives in Dublin; phones the children every Sunday"),
            ("Maternal grandparents", "Pat and Sean Fegan, 3 Glebe Road, Tullabrannock"),
            ("Registration", "Both children placed on the Child Protection Register at the initial child "
                             "protection case conference, Wednesday 24/09/2025. Category: emotional abuse"),
            ("Chair", "Maureen Laverty, principal social worker"),
            ("Key worker", "Niamh Quinn, social worker (senior practitioner: Brendan Hughes)"),
        ]),
        ("h1", "Summary of concerns"),
        ("p", "Stephen moved in with Aoife in 2023. Police have attended five domestic incidents since January "
              "2025. The last was on 06/09/2025, when Stephen, who had been drinking and taking cocaine, pushed "
              "Aoife down the stairs while Cara and Odhran watched from the landing. The next day Cara told her "
              "form teacher what had happened and showed her cuts on her forearm that she said she made “to stop "
              "the noise in my head”. Odhran has started wetting the bed and has been late for school 14 times "
              "this term. Stephen has been charged with common assault and released on bail. Aoife wants Stephen "
              "to stay if he stops drinking and using."),
        ("h1", "The children's views"),
        ("p", "Cara (seen on her own at school, 15/09/2025): “I hate the shouting. I put my music on loud, and when "
              "it gets really bad I cut my arm. I don't want Stephen to go, I just want him to stop drinking. I "
              "want to keep staying at Granny's on Fridays.” She scored “how safe do I feel at home” 3 out of 10."),
        ("p", "Odhran (seen at home, 17/09/2025) drew his family with Stephen “in the kitchen with the bottles”. He "
              "said: “When they fight I get under my covers. Cara lets me in her bed.” His best things are staying "
              "at Granny and Granda's and hurling on Saturday mornings."),
        ("h1", "Strengths"),
        ("p", "Aoife is a warm mother and both children are close to her. Pat and Sean are involved every week and "
              "the children already stay with them on Fridays. Cara does well in English and music. Aoife has "
              "agreed to this plan and has asked for help to keep the children safe."),
        ("h1", "What we want to achieve for Cara and Odhran"),
        ("bullets", [
            "Cara and Odhran live in a home with no violence, and no adult caring for them is drunk or using "
            "drugs.",
            "Cara stops cutting herself and has an adult she trusts to talk to when she feels overwhelmed.",
            "Odhran gets to school on time every day, rested and fed, and his bedwetting is looked into.",
            "Both children know what to do and who to ring if there is shouting or violence at home.",
        ]),
        ("h1", "The plan, by UNOCINI domain"),
        ("p", "Each action's lead, timescale and how we will know it is working are written on separate lines in "
              "the right-hand cell."),
        ("h2", "Domain 1 – The child's needs"),
        ("table", {
            "header": ["Action", "Who / when / how we will know"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Visit Cara and Odhran at home, see each child on their own, and complete the UNOCINI child's "
                 "views pages with each of them",
                 "Who: Niamh Quinn, social worker (key worker)\nWhen: every Monday after school, with one visit a "
                 "month unannounced\nHow we will know: visit records show both children seen alone each week, "
                 "with their own words and Cara's safety score written down"],
                ["Assess Cara's low mood and self-harm, agree a safety plan with her and see her each week",
                 "Who: Dr Roisin Maguire, clinical psychologist, Lough Brannock CAMHS\nWhen: assessment by "
                 "10/10/2025, then every Thursday\nHow we will know: Cara's safety plan copied to the key worker; "
                 "her mood score from each session sent to the key worker every month"],
                ["Meet Odhran at the school gate with his key adult, make sure he has breakfast, and phone the "
                 "key worker the same day if he is absent or upset",
                 "Who: Mrs Bernie Toner, designated teacher for child protection, St Colman's Primary School\n"
                 "When: every school day\nHow we will know: breakfast club register and attendance emailed to "
                 "the key worker every Friday; attendance rises from 89% to 95%"],
                ["Check Odhran's growth and bedwetting and refer him to the enuresis clinic if he needs it",
                 "Who: Claire Nugent, school nurse\nWhen: by 17/10/2025\nHow we will know: school nurse's letter "
                 "on Odhran's file with what she found and any clinic date"],
            ],
        }),
        ("h2", "Domain 2 – Parents' and carers' capacity"),
        ("table", {
            "header": ["Action", "Who / when / how we will know"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Assess Stephen's alcohol and cocaine use, agree a treatment plan and carry out random tests; "
                 "report to each core group on whether he is cutting down and what this means for Cara and Odhran",
                 "Who: Gerard Doherty, key worker, Lough Brannock Community Addiction Team\nWhen: assessment by "
                 "03/10/2025; tests every fortnight\nHow we will know: test results and a written report to the "
                 "key worker two days before each core group"],
                ["Attend the 20-week Brannock Respect for Change programme for men who have been abusive",
                 "Who: Stephen Kerr (key worker to refer by 01/10/2025)\nWhen: Tuesday evenings from 14/10/2025\n"
                 "How we will know: monthly attendance report and an end-of-programme report from the facilitator"],
                ["Write a safety plan with Aoife, Cara and Odhran saying what each child does if there is "
                 "shouting, and update it after any incident",
                 "Who: Siobhan Devlin, outreach worker, Brannock Women's Aid\nWhen: every other Tuesday from "
                 "30/09/2025\nHow we will know: safety plan copied to the key worker after each session; both "
                 "children can tell the key worker their plan"],
                ["Phone the key worker if Stephen comes home after drinking or taking drugs",
                 "Who: Aoife McConville (mother)\nWhen: the same day, every time, from 24/09/2025\nHow we will "
                 "know: calls logged by the key worker; Cara's account at her Monday visit matches Aoife's"],
            ],
        }),
        ("h2", "Domain 3 – Family and environmental factors"),
        ("table", {
            "header": ["Action", "Who / when / how we will know"],
            "widths": [7.5, 9.5],
            "rows": [
                ["Have Cara and Odhran to stay, and have them the same night whenever Aoife rings because "
                 "Stephen has been drinking",
                 "Who: Pat and Sean Fegan (maternal grandparents)\nWhen: every Friday night; the same night "
                 "whenever Aoife rings\nHow we will know: Pat texts the key worker after every stay; both "
                 "children tell the key worker about their Fridays"],
                ["Refer Odhran to the Little Stars group for children who have lived with domestic abuse",
                 "Who: Niamh Quinn, social worker\nWhen: referral by 10/10/2025\nHow we will know: acceptance "
                 "letter on file; Odhran goes to at least 8 of the 10 weekly sessions"],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "If the police are called to the house again, Stephen is found drunk or under the influence of drugs "
              "while the children are in his care, or Cara self-harms and needs treatment, Cara and Odhran will go "
              "to Pat and Sean's home that day, Stephen will be asked to leave the house, and Niamh will hold a "
              "strategy discussion with the police the same day."),
        ("p", "If Pat and Sean cannot have the children (illness, holidays, or they feel unable to), the Trust's "
              "out-of-hours social work service will place Cara and Odhran together with Trust foster carers that "
              "night."),
        ("p", "If Stephen has two positive tests, stops going to the programme, or there is another incident before "
              "the review case conference, Niamh will ask Brendan Hughes for a legal planning meeting within 5 "
              "working days, with advice from the Trust's Directorate of Legal Services on an application under "
              "the Children (Northern Ireland) Order 1995."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Wednesdays at 3.30pm, Tullabrannock Family Centre: 08/10/2025, "
            "05/11/2025 and 03/12/2025.",
            "Review child protection case conference: Wednesday 17/12/2025 at 10am, Tullabrannock Health and "
            "Care Centre.",
            "Cara can give her views to the review conference in writing, through Niamh, or in person.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. England: review conference plan exported from a case system to PDF.
#    Father with schizophrenia, recently in hospital; each action is a bold
#    "Action n of 10" line followed by labelled field lines. Page header and
#    footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_thrupcott_rcpc_case_export_labelled_lines_osei.pdf",
    "doc_title": "Child Protection Plan (Review) - Kofi and Ama Osei",
    "split": "tune",
    "actions": 10,
    "template": "rcpc-case-system-export-pdf-page-header-footer-record-fields-progress-since-icpc-childs-voice-goal-list-then-action-n-of-10-bold-line-with-labelled-field-lines-action-responsible-timescale-measure-contingency-meetings",
    "description": (
        "Exemplary first review conference plan for a 10-year-old and a 2-year-old whose father has "
        "schizophrenia and was in hospital in June after stopping his medication. A case-system "
        "export printed to PDF with a page header and footer: each action is a bold 'Action n of 10' "
        "line followed by labelled lines (Goal, Action, Responsible, Timescale, Measure of success), "
        "with timescales as weekdays and events and measures as records, counts and what Kofi will "
        "say. The EIP care co-ordinator and psychiatrist both report on change, the aunt's care has "
        "a fallback, legal planning follows relapse, core group and review dates are set."
    ),
    "header": "OFFICIAL-SENSITIVE · Thrupcott Borough Council · CaseView child protection plan export",
    "footer": "Exported 07/10/2025 09:48 by jmensah · Plan ID CPP-44817 · Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "font": "Calibri",
    "blocks": [
        ("title", "Child Protection Plan – Review"),
        ("kv", [
            ("Record", "CPP-44817 (status: current; version 2 of 2)"),
            ("Children", "Kofi Osei (10), DOB 11/12/2014, Year 6 at Thrupcott Park Primary; Ama Osei (2), DOB "
                         "27/04/2023"),
            ("Address", "46 Furnace Lane, Thrupcott TH6 1RG"),
            ("Mother", "Hannah Osei (34), senior carer at Elmfield Care Home"),
            ("Father", "Kwabena Osei (37)"),
            ("Maternal aunt", "Efua Boateng, Flat 3, 14 Canal Side, Thrupcott"),
            ("Category", "Emotional abuse"),
            ("Conferences", "Initial 07/07/2025; first review Monday 06/10/2025"),
            ("Chair", "Patricia Gale, independent reviewing officer (child protection chair)"),
            ("Allocated worker", "Jonas Mensah, social worker, Safeguarding Team 4 (team manager: Ruth Adair)"),
        ]),
        ("h1", "Section A · Progress since the initial conference"),
        ("p", "Kwabena was diagnosed with paranoid schizophrenia in 2019. He stopped his medication in May 2025. "
              "In June he told Kofi that the food in the house was poisoned, kept him off school for eight days and "
              "would not let Hannah take Ama out. He was admitted informally to Thrupcott Lodge from 12/06/2025 to "
              "02/07/2025. Since the initial conference he has had every depot injection, has seen his care "
              "co-ordinator every week and has shown no warning signs. Hannah has moved from night shifts to day "
              "shifts. Kofi's attendance has risen from 71% to 88%. The review conference agreed that Kofi and Ama "
              "remain subject to a plan because Kwabena's recovery is recent and has not yet been tested."),
        ("h1", "Section B · Child's voice and lived experience"),
        ("p", "Kofi (seen on his own at school, 30/09/2025): “Dad's better. He made jollof on Sunday and I ate it. "
              "I still check sometimes if he's talking funny, and I keep my phone on at night.” On his worry scale "
              "he scored 4 out of 10 (9 out of 10 in July). He wants to join the cubs on Thursdays and for “Dad to "
              "keep having his injection”."),
        ("p", "Ama (seen at home on 24/09/2025 and 01/10/2025) ran to the door shouting “Dada!” when Kwabena came "
              "home, and sat on his knee for a story. She chatters in English and some Twi, eats well and sleeps "
              "in her own cot in her parents' room. Nursery staff say she settles quickly in the mornings."),
        ("h1", "Section C · Goals for the children"),
        ("bullets", [
            "G1: Kofi and Ama are cared for every day by a parent who is well, or by another safe adult when their "
            "dad is unwell.",
            "G2: Kofi goes to school every day, no longer checks on his dad's health, and is not a carer at home.",
            "G3: Ama goes to nursery four days a week and is seen by professionals outside the home.",
        ]),
        ("h1", "Section D · Actions"),
        ("boldp", "Action 1 of 10 · Goal G1 · Status: open"),
        ("kv", [
            ("Action", "Visit Kofi and Ama at home, with one evening and one weekend visit each month, and see Kofi "
                       "on his own each time"),
            ("Responsible", "Jonas Mensah, social worker"),
            ("Timescale", "Every Wednesday"),
            ("Measure of success", "CaseView visit episodes show both children seen every week and Kofi seen alone, "
                                   "with what he said"),
        ]),
        ("boldp", "Action 2 of 10 · Goal G1 · Status: open"),
        ("kv", [
            ("Action", "Visit Kwabena at home, check his depot record and his early warning signs, and report to "
                       "each core group on whether he is staying well enough to care for Kofi and Ama and what "
                       "still needs to change"),
            ("Responsible", "Lerato Dube, care co-ordinator, Thrupcott Early Intervention in Psychosis Team"),
            ("Timescale", "Every Thursday; report 2 working days before each core group"),
            ("Measure of success", "Written report on CaseView before every core group, with the warning-signs "
                                   "checklist for each week"),
        ]),
        ("boldp", "Action 3 of 10 · Goal G1 · Status: open"),
        ("kv", [
            ("Action", "Assess Kwabena's mental health, his prognosis and his capacity to change, with the likely "
                       "timescale, and write to the second review conference"),
            ("Responsible", "Dr Felix Arkwright, consultant psychiatrist, Thrupcott Early Intervention in "
                            "Psychosis Team"),
            ("Timescale", "Outpatient review by 14/11/2025; report 10 working days before the second review "
                          "conference"),
            ("Measure of success", "Written assessment on CaseView and sent to the conference chair"),
        ]),
        ("boldp", "Action 4 of 10 · Goal G1 · Status: open"),
        ("kv", [
            ("Action", "Have his depot injection at the EIP clinic so that he stays well enough to look after Kofi "
                       "and Ama safely"),
            ("Responsible", "Kwabena Osei (father)"),
            ("Timescale", "Every other Monday"),
            ("Measure of success", "Clinic record shows every injection given; a copy emailed to the social worker "
                                   "on the first Monday of each month"),
        ]),
        ("boldp", "Action 5 of 10 · Goal G2 · Status: open"),
        ("kv", [
            ("Action", "Be at home on school mornings to get Kofi to school and Ama to nursery"),
            ("Responsible", "Hannah Osei (mother)"),
            ("Timescale", "Every school day from 06/10/2025"),
            ("Measure of success", "Kofi's attendance rises from 88% to 96% by the second review; the nursery "
                                   "register shows Ama there four days a week"),
        ]),
        ("boldp", "Action 6 of 10 · Goal G2 · Status: open"),
        ("kv", [
            ("Action", "Meet Kofi with his learning mentor to talk about his week at home, using his 0 to 10 "
                       "worry scale"),
            ("Responsible", "Mr Tariq Hussain, DSL, Thrupcott Park Primary"),
            ("Timescale", "Every Friday afternoon"),
            ("Measure of success", "Kofi's worry score logged each week and emailed to the social worker monthly; "
                                   "Kofi says he no longer keeps his phone on at night to check on his dad"),
        ]),
        ("boldp", "Action 7 of 10 · Goal G3 · Status: open"),
        ("kv", [
            ("Action", "Give Ama a funded place four days a week and phone the social worker the same day if she "
                       "is absent without a reason or is not collected"),
            ("Responsible", "Dee Fowler, manager, Little Acorns Nursery"),
            ("Timescale", "Monday to Thursday from 06/10/2025"),
            ("Measure of success", "Nursery register emailed to the social worker every Friday"),
        ]),
        ("boldp", "Action 8 of 10 · Goal G2 · Status: open"),
        ("kv", [
            ("Action", "Complete a young carer's assessment with Kofi and offer him a place at the young carers' "
                       "group"),
            ("Responsible", "Amy Lister, Thrupcott Young Carers"),
            ("Timescale", "Assessment by 31/10/2025; group every other Tuesday after that"),
            ("Measure of success", "Assessment report on CaseView; Kofi at 5 or more of the first 6 sessions"),
        ]),
        ("boldp", "Action 9 of 10 · Goal G1 · Status: open"),
        ("kv", [
            ("Action", "Have Kofi and Ama to stay at her flat whenever Kwabena shows his warning signs, until the "
                       "EIP team says he is well again"),
            ("Responsible", "Efua Boateng (maternal aunt)"),
            ("Timescale", "The same day whenever Hannah or Lerato Dube calls her"),
            ("Measure of success", "Efua texts the social worker by 9am after each night; every stay recorded on "
                                   "CaseView"),
        ]),
        ("boldp", "Action 10 of 10 · Goal G1 · Status: open"),
        ("kv", [
            ("Action", "Write a family relapse plan with Kwabena, Hannah, Efua and Kofi: Kwabena's warning signs, "
                       "who looks after the children, and who Kofi phones"),
            ("Responsible", "Jonas Mensah, social worker, with Lerato Dube"),
            ("Timescale", "By the core group on 16/10/2025"),
            ("Measure of success", "Signed plan uploaded to CaseView and a copy at home; Kofi can tell the social "
                                   "worker who he would phone"),
        ]),
        ("h1", "Section E · Contingency"),
        ("p", "If Kwabena misses a depot injection by more than 3 days, or shows any of his warning signs (not "
              "sleeping, saying the food or water is poisoned, keeping the children indoors), Lerato Dube will "
              "arrange a mental health assessment the same day, Kofi and Ama will go to Efua's flat that evening, "
              "and Jonas will hold a strategy discussion the same day."),
        ("p", "If Efua cannot have them, Jonas (or the Emergency Duty Team out of hours) will place Kofi and Ama "
              "together with Thrupcott foster carers that night."),
        ("p", "If Kwabena is admitted to hospital again, or misses two injections before the second review "
              "conference, Jonas will request a legal planning meeting within 5 working days to consider starting "
              "the PLO pre-proceedings process."),
        ("h1", "Section F · Meetings"),
        ("kv", [
            ("Core group", "Every four weeks, Thursdays at 4pm, Thrupcott Park Primary: 16/10/2025, 13/11/2025, "
                           "11/12/2025, 08/01/2026, 05/02/2026 and 05/03/2026"),
            ("Second review conference", "Tuesday 31/03/2026, 10am, Thrupcott Civic Centre"),
        ]),
        ("p", "End of export."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. England: pre-birth child protection plan written by a specialist midwife,
#    mother on methadone with a first child adopted. Markdown, actions in
#    maternity phases (before birth, at birth and on the ward, after
#    discharge), each bullet with owner, event timescale and measure.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_tollcarrow_prebirth_midwife_led_phases_harrington.md",
    "split": "tune",
    "actions": 16,
    "template": "pre-birth-plan-written-by-specialist-midwife-markdown-who-is-who-list-family-why-what-we-know-about-baby-parents-words-outcomes-then-maternity-phase-subheadings-bullets-with-owner-event-timescale-and-measure-contingency-meetings",
    "description": (
        "Exemplary pre-birth child protection plan written in the first person by a specialist "
        "midwife for a baby due in November, whose mother is on methadone after years of heroin use "
        "and whose first child was adopted; the father smokes cannabis. Markdown in maternity "
        "phases (before birth, at birth and on the ward, after discharge); each bullet names its "
        "owner, an event or weekday timescale (at 32 and 36 weeks, within 2 hours of the birth, "
        "every day until discharge) and a record. The drug service and the perinatal nurse report "
        "on change, the GP owns the medication review, the SW visits the ward daily, the "
        "grandmother's help has a fallback, legal planning follows named triggers, dates are set."
    ),
    "text": """\
# Pre-birth child protection plan — Baby Harrington

**Tollcarrow Maternity Unit · Safeguarding Midwifery Team**, with **Tollcarrow City Council Children's Services**

Written by **Bethany Cole (BC)**, specialist midwife for substance use and vulnerable pregnancies, from the plan
agreed at the pre-birth initial child protection conference on Tuesday 16/09/2025 (chair: Marion Steele;
category: neglect). Maternity care runs in phases, so the plan does too. Where it says "I", that is me.

## Who is who

- **BC** — Bethany Cole, specialist midwife (that's me), Harbour Clinic
- **SW** — Nikhil Rao, social worker, Tollcarrow Children's Services (team manager: Ruth Bexley)
- **HV** — Claire Dunmore, health visitor, Quayside Health Centre
- **Callum Price** — Jade's recovery worker, Tollcarrow Drug and Alcohol Service
- **Priya Shah** — Lewis's recovery worker, Tollcarrow Drug and Alcohol Service
- **Sasha Ingram** — perinatal mental health nurse, Tollcarrow Perinatal Mental Health Team
- **Dr Leah Fenwick** — Jade's GP, Quayside Surgery
- **Mr Arun Desai** — consultant obstetrician; **Dr Helen Moss** — consultant neonatologist

## Family

- **Baby Harrington**, a girl, due 25/11/2025 (30 weeks at conference)
- **Jade Harrington**, 24, mum
- **Lewis Crane**, 26, dad; lives with Jade at Flat 9, Wharf House, Tollcarrow TL1 4QE
- **Maggie Harrington**, Jade's mum; lives on the next estate
- **Kian**, Jade's first child, born 2021 and adopted in 2022 after care proceedings

## Why baby needs a plan

Jade used heroin every day for five years. Kian was removed at nine months old after he was found alone in
the flat while Jade was out buying drugs. Jade started a methadone prescription in 2023 but used heroin on top
until she was 20 weeks pregnant. Her last seven weekly oral fluid tests have been clear of heroin. Jade has
depression, treated with sertraline by her GP, and was referred to the perinatal team at 22 weeks. Lewis smokes
cannabis most evenings, sometimes in the flat, and says he has used nothing else since 2022. The flat is clean
and warm but there is no cot yet.

## What we know about baby so far

Baby can't tell us anything yet, so this is what we have seen. Her 28-week growth scan showed her growing on
the 10th centile: small, but following her line. Jade says she kicks most in the evenings "when Lewis talks to
the bump", and at the 29-week appointment I saw her move each time Lewis put his hand on the bump and spoke to
her. Baby has been exposed to methadone all through the pregnancy and may withdraw after birth. From the day she
is born, every professional will write down how she feeds, settles and responds to Jade and Lewis.

Jade said at conference: "I want to be the mum I couldn't be for Kian. I know you've got to see it." Lewis said
he will "do whatever it takes, even the weed".

## What we want for baby

1. Baby is born at term, growing along her line, and is not exposed to heroin, cocaine or cannabis smoke before
   or after birth.
2. Baby's withdrawal is picked up and treated on the ward, and she goes home only when she is feeding well and
   a written discharge plan is agreed.
3. Baby goes home to a flat with a safe cot and sober, well parents who feed her on time and pick her up when
   she cries.
4. Baby is seen by a professional every week for her first three months.

## The plan

Each bullet is one action: who does it, when, and how we will know it has happened.

### Before birth

- I (BC) will see Jade at the Harbour Clinic every Tuesday until 36 weeks and twice a week from then until the
  birth, with an oral fluid drug test each time; every result goes on the maternity record and to the SW by the
  Friday of that week.
- Mr Arun Desai will arrange growth scans at 32 and 36 weeks and copy each scan report to the SW, the GP and me
  within two working days.
- Callum Price will see Jade every Thursday, review her methadone dose with the prescriber, and write to the SW
  before each core group on whether Jade is staying off heroin, what still needs to change before baby comes
  home and how long that is likely to take.
- Sasha Ingram will see Jade every other Wednesday and write to the SW by 24/10/2025 with her assessment of
  Jade's capacity to change, the steps still needed for her to care for baby and the likely timescale.
- Lewis will see Priya Shah every Monday to stop his cannabis use before baby is born, with a urine test each
  Monday and the results sent to the SW at the end of each month.
- Dr Leah Fenwick will review Jade's sertraline by 07/10/2025, so that Jade is well when baby arrives, and send
  her medication plan to the SW and Sasha the same week.
- The SW will complete the pre-birth assessment, including what has changed since Kian was adopted, by
  31/10/2025, and share the report with Jade, Lewis and every core group member.
- The SW will complete a viability assessment of Maggie as a daytime support for Jade and baby by 10/10/2025 and
  send it to the core group.
- The HV will make an antenatal home visit by 17/10/2025, check that there is a cot, a clear sleeping space and
  no smoking indoors, and send her home environment checklist to the SW.
- Jade and Lewis will go to the six Ready for Baby sessions at the Harbour Family Hub on Fridays from
  26/09/2025, and the hub worker will send the SW the attendance sheet and her notes from each session.

### At birth and on the ward

- The labour ward co-ordinator on duty will phone the SW (or the Emergency Duty Team out of hours) within 2
  hours of baby's birth, and the call will be logged on the maternity safeguarding alert.
- Dr Helen Moss will keep baby on the postnatal ward for at least 5 days with Finnegan withdrawal scores every 4
  hours, and the ward will email the day's scores to the SW each morning.
- The SW will visit baby on the postnatal ward every day until discharge and chair the discharge planning
  meeting before she goes home; each visit and the written discharge plan go on baby's record.

### After discharge

- I (BC) will visit with the community midwife every day for the first 10 days and write down baby's feeds,
  weight and how Jade and Lewis respond to her; the postnatal record goes to the SW on day 10.
- The HV will do the new birth visit within 3 days of discharge and then weigh baby every week for eight weeks,
  plotting each weight in the red book and emailing it to the SW.
- Maggie will stay at the flat from 8am to 8pm every day for the first two weeks after discharge and sign the
  visitors' page in baby's folder, which the SW will check at each visit.

## If things go wrong

- If any of Jade's tests shows heroin or cocaine, or Jade or Lewis miss two appointments in a row, the SW will
  hold a strategy discussion the same day and Jade's clinic visits will go up to twice a week.
- If Jade or Lewis come onto the ward under the influence, the midwife in charge will call hospital security,
  they will not care for baby alone, and the SW will hold a strategy discussion the same day; every visit after
  that is supervised by a nurse.
- If Maggie cannot stay at the flat after discharge (she is ill or cannot get the time off work), baby will not
  go home until the SW has arranged a mother and baby foster placement for Jade and baby, and the SW will tell
  the ward that day.
- If Jade's tests show heroin or cocaine after 32 weeks, or the pre-birth assessment finds that baby cannot
  safely go home with Jade and Lewis, the SW will ask Ruth Bexley for a legal planning meeting within 5 working
  days, so that the PLO pre-proceedings process can start before the birth.

## Meetings

- Core group every three weeks, Tuesdays at 11am at the Harbour Clinic after Jade's appointment: 30/09/2025,
  21/10/2025, 11/11/2025 and 02/12/2025 (on the ward if baby has been born).
- Review child protection conference: Tuesday 09/12/2025, 2pm, Tollcarrow Civic Centre.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. England: a secondary school DSL's working copy of a child protection plan
#    for a 14-year-old young carer whose mother drinks. Plain text with an
#    initials key and numbered actions with inline Who / When / Evidence
#    fields. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_tilsbourne_school_dsl_working_copy_brennan.txt",
    "split": "tune",
    "actions": 12,
    "template": "school-dsl-working-copy-plain-text-dotted-fields-initials-key-numbered-upper-case-sections-dsl-summary-what-jayden-said-outcomes-then-numbered-actions-inline-who-when-evidence-fields-contingency-meetings",
    "description": (
        "Initial conference plan for a 14-year-old young carer whose mother is dependent on "
        "alcohol, written up by his secondary school's DSL as the school's working copy: plain text, "
        "owners as initials explained in a key, each numbered action with inline Who, When and "
        "Evidence fields, measures as registers, scores and what Jayden says. Most rows are sound. "
        "Faults: the free school meals application has no one named and is 'ASAP', all staff are "
        "to keep an eye on him, the counselling referral has no evidence, the mother's recovery "
        "service appointment is 'when she is ready'; one outcome is only about the mother; no adult "
        "service owns an action, the contingency is 'if things do not improve ... discuss', the "
        "review conference date is TBC and there is no legal step."
    ),
    "text": """\
TILSBOURNE ACADEMY - SAFEGUARDING
CHILD PROTECTION PLAN: SCHOOL'S WORKING COPY (RESTRICTED)

Written up by ... Mrs Karen Ashdown (KA), Designated Safeguarding Lead
Date ............ 03/10/2025, from the plan agreed at conference on 02/10/2025
Pupil ........... Jayden BRENNAN, Year 10 (tutor group 10HW), DOB 14/05/2011
Sibling ......... Lacey BRENNAN (8), Tilsbourne Primary (DSL there: Mr Peter Okon)
Home ............ 31 Cherry Tree Way, Tilsbourne TL2 8NB
Mum ............. Michelle Brennan (38)
Stepdad ......... Wayne Doyle (45), works away Monday to Friday
Category ........ Neglect
Conference ...... Initial CP conference 02/10/2025. Chair: Sarah Pike
Social worker ... Dean Walsh (DW), Tilsbourne Children's Services

KEY TO INITIALS
  KA   Mrs Karen Ashdown, DSL
  RB   Mr Rob Bailey, deputy DSL and head of Year 10
  LM   Ms Leanne Moss, learning mentor
  GH   Ms Gill Harte, school nurse
  DW   Dean Walsh, social worker

1. WHY JAYDEN IS ON A PLAN (DSL SUMMARY)

Since the start of Year 10 Jayden has often come in hungry and in the same shirt
for several days. On 15/09/2025 he was absent without a call; RB did a home visit
at 11am and found Michelle drunk, and Jayden at home looking after Lacey, who was
off sick. Jayden told LM that he buys food with the money from his paper round and
gets Lacey to school most mornings. Michelle has been drinking heavily since her
own mum died in 2024; at conference she said she drinks "a bottle of wine most
nights, more at the weekend" when Wayne is away. Jayden's attendance is 86%.

2. WHAT JAYDEN HAS SAID

LM session, 24/09/2025: "I'm fine, honestly. Mum's just sad about Nan. I do
Lacey's packed lunch and make sure she's up. I don't want to be taken off Mum."
He scored home 5 out of 10 and school 7 out of 10. He would like "someone to help
Mum" and to keep his place in the rugby squad. He asked that his friends are not
told about the plan.

3. WHAT WE WANT TO SEE

- Jayden comes to school every day, on time, fed and in clean uniform, and his
  attendance is above 95%.
- Jayden no longer has to get Lacey up and to school.
- Michelle stops drinking.
- Jayden has an adult in school he trusts and goes to when he is worried.

4. ACTIONS

4.1  Check Jayden's attendance by 9.15am and phone Michelle, then DW, if he is not in.
     Who: RB.  When: every school day.  Evidence: register check logged daily;
     attendance emailed to DW every Friday.

4.2  Free school meals application to be completed for Jayden and Lacey.
     When: ASAP.  Evidence: FSM confirmation letter on file.

4.3  Mentoring session with Jayden using his home and school scale.
     Who: LM.  When: every Wednesday, period 3.  Evidence: Jayden's scores recorded
     after each session; Jayden tells LM he has an adult in school to go to.

4.4  All staff to keep an eye on Jayden's mood and appearance in every lesson.
     Who: all staff.  When: every lesson.

4.5  Referral to the school counsellor for Jayden.
     Who: KA.  When: by October half-term (24/10/2025).  Evidence: -

4.6  Home visits, seeing Jayden and Lacey on their own.
     Who: DW.  When: weekly from 06/10/2025.  Evidence: visit notes shared with KA
     before each core group.

4.7  Michelle to attend Tilsbourne Recovery Service for help with her drinking.
     Who: Michelle.  When: when she is ready.  Evidence: letter from the service
     to DW confirming she has been seen.

4.8  Get Lacey up, dressed and to school by 8.45am so that Jayden does not have to.
     Who: Michelle.  When: every school day from 06/10/2025.  Evidence: Tilsbourne
     Primary register (Mr Okon emails KA each Friday); Jayden tells LM he no longer
     takes Lacey.

4.9  Keep Jayden's place in the Year 10 rugby squad and pay his kit and match fees
     from pupil premium.
     Who: RB.  When: by 10/10/2025.  Evidence: payment on the finance system; PE
     register shows Jayden at training on Tuesdays and Thursdays.

4.10 Health check with Jayden: weight, sleep and teeth, with a dentist appointment
     booked if he needs one.
     Who: GH.  When: by 17/10/2025.  Evidence: health check form sent to DW and KA.

4.11 Referral to Tilsbourne Young Carers and a place at their Thursday lunch club.
     Who: LM.  When: referral by 17/10/2025.  Evidence: acceptance letter; lunch club
     register shows Jayden there each Thursday.

4.12 Written school report for the core group: attendance, presentation and what
     Jayden has said.
     Who: KA.  When: 2 days before each core group.  Evidence: report saved on the
     safeguarding system and sent to DW.

5. IF THINGS DON'T IMPROVE

If things do not improve or there are further concerns, KA will contact DW and we
will discuss at the next core group.

6. MEETINGS

Core group ...... every 4 weeks, first on 14/10/2025 at 3.30pm in school
Review conf ..... date TBC by the conference service

KA 03/10/2025
""",
    "findings": [
        F("W001", "Free school meals application to be completed for Jayden and Lacey"),
        F("T002", "Free school meals application to be completed for Jayden and Lacey"),
        F("W002", "All staff to keep an eye on Jayden's mood"),
        F("M002", "All staff to keep an eye on Jayden's mood"),
        F("M001", "Referral to the school counsellor for Jayden"),
        F("T002", "Michelle to attend Tilsbourne Recovery Service for help with her drinking"),
        F("F002", "Michelle stops drinking."),
        F("F004"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. England: minutes of a second core group meeting, with an attendance
#    table, the children's views, progress notes and a numbered action log
#    (No. / Action / Owner / Due / Evidence / RAG). Mother with postnatal
#    depression and anxiety after domestic abuse; family moving to another
#    authority. Faulty (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b99_tunnerleigh_core_group_minutes_action_log_fairweather.docx",
    "doc_title": "Core Group Minutes - Amber Fairweather and Logan Tully",
    "split": "tune",
    "actions": 12,
    "template": "core-group-minutes-word-details-list-attendance-table-childrens-views-progress-bullets-outcomes-from-plan-then-numbered-action-log-table-no-action-owner-due-evidence-rag-contingency-next-meetings",
    "description": (
        "Minutes of the second core group for a 3-year-old and a 7-month-old whose father was "
        "violent to their mother, who has postnatal depression and anxiety; the mother and children "
        "are moving to another authority in November. The updated action log is a numbered table "
        "(No., Action, Owner, Due, Evidence of progress, RAG) with mostly sound rows. Faults: CBT "
        "that only treats the mother, a nursery place with no due date, the parenting assessment "
        "handed on to the new authority after the transfer, a 'Core group' row measured by "
        "'Reviewed at core group', an outcome about the mother only; both grandmothers carry care "
        "and contact but the contingency has no fallback, and there is no legal step."
    ),
    "blocks": [
        ("title", "Core Group Meeting – Minutes"),
        ("p", "Tunnerleigh Metropolitan Borough Council · Children's Social Care · Safeguarding Team 2"),
        ("kv", [
            ("Children", "Amber Fairweather (3), DOB 09/06/2022; Logan Tully (7 months), DOB 28/02/2025"),
            ("Mother", "Chloe Fairweather (22), 15 Hazel Court, Tunnerleigh TN9 3PD"),
            ("Father", "Jake Tully (25), father of both children; living with his mother since 18/09/2025"),
            ("Meeting", "Second core group, Wednesday 08/10/2025, 10am, Tunnerleigh Family Hub"),
            ("Plan", "Made at the initial conference on 17/09/2025. Category: emotional abuse"),
            ("Chair", "Priya Nair, social worker"),
            ("Minutes", "Dawn Keane, business support"),
        ]),
        ("h2", "1. Attendance"),
        ("table", {
            "header": ["Name", "Role and agency", "Attendance"],
            "widths": [4.0, 9.0, 4.0],
            "rows": [
                ["Priya Nair", "Social worker, Tunnerleigh Children's Social Care", "Present"],
                ["Chloe Fairweather", "Mum", "Present"],
                ["Jake Tully", "Dad", "Present for items 1–3"],
                ["Sue Fairweather", "Maternal grandmother", "Present"],
                ["Lorraine Tully", "Paternal grandmother", "Present"],
                ["Hayley Burns", "Health visitor, Tunnerleigh Community Health", "Present"],
                ["Kelly Moran", "IDVA, Tunnerleigh Domestic Abuse Service", "Present"],
                ["Jo Hart", "Psychological wellbeing practitioner, Tunnerleigh Talking Therapies",
                 "Apologies; update sent"],
                ["Dr Sam Oduya", "GP, Larchfield Surgery", "Apologies; letter sent"],
            ],
        }),
        ("h2", "2. Amber and Logan's views and experience"),
        ("p", "Priya saw Amber on her own at home on 06/10/2025. Amber showed Priya her new bed and said: “Daddy "
              "lives at Nana Lorraine's now. I see him on Saturday. Mummy doesn't cry as much.” She drew a house "
              "with “no shouting” in it. Hayley saw Logan on 29/09/2025: he is rolling, babbling and smiling, and "
              "he settled quickly on Chloe's shoulder after his weigh."),
        ("h2", "3. Progress since the last core group (24/09/2025)"),
        ("bullets", [
            "Jake moved out on 18/09/2025 and has kept to the agreement not to come to Hazel Court. Saturday "
            "contact at Lorraine's has happened twice and Lorraine says it went well.",
            "Chloe has been offered a housing association flat in Westmarch, near her sister, and expects to "
            "move on 17/11/2025. Priya sent the transfer notification to Westmarch Children's Services on "
            "06/10/2025.",
            "Chloe has been to two of her Talking Therapies sessions. Her EPDS score was 16 (14 at the last "
            "meeting).",
            "Logan's weight is on the 50th centile. Amber is on the waiting list for a nursery place.",
        ]),
        ("h2", "4. Outcomes from the child protection plan"),
        ("bullets", [
            "Amber and Logan live free from shouting, violence and fear at home.",
            "Logan keeps growing well and meets his milestones.",
            "Amber starts nursery and is seen by adults outside the home four days a week.",
            "Chloe's mental health improves.",
        ]),
        ("h2", "5. Action log (updated at this meeting)"),
        ("p", "Completed actions have been taken off the log. Numbering follows the plan agreed at conference."),
        ("table", {
            "header": ["No.", "Action", "Owner", "Due", "Evidence of progress", "RAG"],
            "widths": [1.1, 5.0, 2.9, 2.5, 4.1, 1.4],
            "rows": [
                ["5.1", "Visit Amber and Logan at home, with one unannounced visit each month, and see Amber on "
                        "her own",
                 "Priya Nair (SW)", "Weekly", "Visit records show both children seen weekly and Amber's words "
                 "recorded", "Green"],
                ["5.2", "Weigh Logan, check his development and complete an EPDS with Chloe",
                 "Hayley Burns (HV)", "Every other Monday",
                 "Weights plotted in the red book; EPDS scores emailed to the SW", "Green"],
                ["5.3", "Supervise Jake's contact with Amber and Logan at her home",
                 "Lorraine Tully (PGM)", "Every Saturday, 10am to 2pm",
                 "Contact record signed by Lorraine and Jake after each visit, seen by the SW", "Green"],
                ["5.4", "Have Amber and Logan to stay overnight so that Chloe can sleep",
                 "Sue Fairweather (MGM)", "Every Wednesday night",
                 "Sue's diary, checked by the SW at each Thursday visit", "Green"],
                ["5.5", "Continue weekly CBT sessions for Chloe's anxiety and low mood",
                 "Tunnerleigh Talking Therapies (Jo Hart)", "Weekly",
                 "Attendance letter to the SW each month", "Amber"],
                ["5.6", "Review Chloe's sertraline and write to the SW about any change and how it affects her "
                        "care of the children",
                 "Dr Sam Oduya (GP)", "By 24/10/2025", "GP letter on the children's file", "Amber"],
                ["5.7", "Find Amber a funded nursery place for four mornings a week",
                 "Hayley Burns (HV)", "-", "Nursery confirms Amber's start date in writing", "Red"],
                ["5.8", "Parenting assessment of Chloe to be handed on to Westmarch and started by them after "
                        "the transfer-in conference",
                 "Priya Nair (SW) to pass to Westmarch", "After the transfer-in conference",
                 "Westmarch's assessment report", "Red"],
                ["5.9", "Share any new worry about Amber or Logan with the SW",
                 "Core group", "Same day", "Reviewed at core group", "Green"],
                ["5.10", "Complete a DASH risk assessment with Chloe and refer to MARAC if the score is 14 or "
                         "more",
                 "Kelly Moran (IDVA)", "By 15/10/2025", "DASH score and any MARAC referral sent to the SW",
                 "Amber"],
                ["5.11", "Three houses sessions with Amber about what she saw and heard at home",
                 "Priya Nair (SW)", "Fortnightly; four sessions by 21/11/2025",
                 "Amber's drawings on file and shared at the next core group", "Green"],
                ["5.12", "Attend the Steps to Respect domestic abuse programme",
                 "Jake Tully", "Mondays from 13/10/2025",
                 "Attendance report from the programme worker to the SW every four weeks", "Green"],
            ],
        }),
        ("h2", "6. Contingency (unchanged from conference)"),
        ("p", "If Jake comes to Hazel Court or there is any further violence, Chloe will call 999, Amber and Logan "
              "will go to Sue Fairweather's home that day, and Priya will hold a strategy discussion with the "
              "police the same day."),
        ("h2", "7. Next meetings"),
        ("bullets", [
            "Core group every three weeks, Wednesdays at 10am, Tunnerleigh Family Hub: 29/10/2025 and 19/11/2025.",
            "Review child protection conference: Wednesday 10/12/2025, 1.30pm, Tunnerleigh Town Hall.",
            "Transfer-in conference: Westmarch to confirm the date after the move.",
        ]),
        ("p", "Minutes agreed by Priya Nair, 09/10/2025. Copies to everyone present and to those who sent apologies."),
    ],
    "findings": [
        F("H001", "Continue weekly CBT sessions for Chloe's anxiety and low mood"),
        F("T001", "Find Amber a funded nursery place for four mornings a week"),
        F("X001", "Parenting assessment of Chloe to be handed on to Westmarch"),
        F("W002", "Share any new worry about Amber or Logan with the SW"),
        F("M002", "Share any new worry about Amber or Logan with the SW"),
        F("F002", "Chloe's mental health improves."),
        F("C003"),
        F("R002"),
    ],
})
