"""Batch 135, module m: seven fictional plans (tuning material), places beginning with "m".

Everything here is made up: children, families, professionals, services,
schools, hospitals, police offices, housing providers, health boards, Trusts
and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading
its code.

Focus: plans by experienced practitioners from all four UK nations, each in
its own framework's words and its own authority's house style. Wales: a
"Care and Support Protection Plan" under the Wales Safeguarding Procedures,
with Welsh-then-English headings, the child protection register, Dechrau'n
Deg and Team Around the Family, and core group minutes with an action log.
Scotland: a GIRFEC "Child's Plan" from a Child Protection Planning Meeting
(CPPM) with the Named Person, the Lead Professional, a table under each
SHANARRI wellbeing indicator, an IRD, legal advice and a referral to the
Children's Reporter for a Children's Hearing to consider a Compulsory
Supervision Order; and a teenager's Child's Plan from a review CPPM.
Northern Ireland: a Health and Social Care Trust plan from a review Child
Protection Case Conference (CPCC), grouped under the UNOCINI domains, with
the Gateway and Family Intervention Teams, an Article 4 report on an Article
8 application, and legal planning with the Trust's solicitors. England: a
Signs of Safety "safety plan" from a family network meeting, and a Public
Law Outline letter before proceedings written to a mother.

Five plans are exemplary: the Welsh initial conference plan in a landscape
Word table with each outcome merged down (docx); the Scottish initial CPPM
Child's Plan under SHANARRI headings, printed to PDF with a page header and
footer; the Northern Ireland review CPCC plan with UNOCINI domain banner rows
(docx); the Signs of Safety safety plan (Markdown); and the PLO letter before
proceedings with "What we need you to do" and "What we and others will do"
tables (PDF). Two carry a realistic mix of faults among mostly good rows: the
Scottish teenager's review Child's Plan (Markdown) and the Welsh core group
minutes with an action log (plain text).

Counting convention used for "actions" (README, "Files" and labelling
convention 1): each live row of an action table (domain banner rows are not
rows of action), each live entry of an action log. Not counted: the
contingency, meeting dates, the children's words, the bottom lines and
network list of the safety plan, the minutes' narrative and agency updates,
and a one-off action already done and closed (one closed entry in the core
group action log).
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Wales: initial child protection conference, Care and Support Protection
#    Plan, mother's drinking, two children, Welsh-first bilingual headings,
#    landscape table with each outcome merged down. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_mynachdyfi_cascp_bilingual_merged_outcomes_prydderch.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Cerys a Gethin Prydderch",
    "split": "tune",
    "actions": 12,
    "landscape": True,
    "check_vmerge": 3,
    "header": "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE – Cyngor Sir Mynachdyfi / Mynachdyfi County Council",
    "template": "wales-care-and-support-protection-plan-docx-landscape-welsh-then-english-headings-details-kv-register-what-matters-to-the-children-welsh-quotes-with-english-then-canlyniad-outcome-merged-down-beth-fydd-yn-digwydd-pwy-erbyn-pryd-sut-byddwn-ni-gwybod-table-contingency-core-group",
    "description": (
        "Exemplary Welsh Care and Support Protection Plan from an initial child protection "
        "conference under the Wales Safeguarding Procedures, for an 8-year-old and a 2-year-old "
        "whose mother drinks; names on the child protection register (neglect). Headings are "
        "Welsh then English, the 8-year-old's words are quoted in Welsh with an English "
        "translation, and a landscape Word table has three outcomes for the children merged "
        "down over their actions. Every row has a named owner, a date or frequency and something "
        "that will be seen; the substance misuse service reports on change and the GP owns a "
        "row; Nain's part has a fallback, legal planning follows named triggers, core group and "
        "review conference dates are set."
    ),
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Sir Mynachdyfi – Gwasanaethau Plant / Mynachdyfi County Council – Children's Services · "
              "Tîm Diogelu (Gogledd) / Safeguarding Team (North)"),
        ("p", "Made at the initial child protection conference under the Wales Safeguarding Procedures. The "
              "family's first language is Welsh; Lowri asked for the plan in Welsh and English."),
        ("kv", [
            ("Plant / Children", "Cerys Prydderch (8), DOB 02/03/2017, Blwyddyn 4 / Year 4, Ysgol Gymraeg Glan "
                                 "Dyfi; Gethin Prydderch (2), DOB 19/07/2023"),
            ("Cyfeiriad / Address", "7 Heol y Felin, Mynachdyfi MD4 2RT"),
            ("Mam / Mother", "Lowri Prydderch (30)"),
            ("Tad / Father", "Rhys Morgan (33), 12 Maes Teg, Mynachdyfi; separated from Lowri in 2024"),
            ("Nain / Maternal grandmother", "Eirlys Jenkins, 3 Bryn Awel, Mynachdyfi (five minutes' walk)"),
            ("Cynhadledd / Conference", "Initial child protection conference, 14/10/2025. Chair: Gwenan Pugh "
                                        "(independent chair)"),
            ("Cofrestr / Register", "Both children's names placed on the child protection register; category: "
                                    "neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Siân Harries (team manager: Huw Beynon)"),
        ]),
        ("h1", "Pam mae gennym ni gynllun / Why there is a plan"),
        ("p", "Lowri has been drinking heavily since the spring, most of all on weekday evenings. On 26/09/2025 "
              "Cerys rang Nain at 9pm because Lowri was asleep on the sofa and would not wake; Gethin had not had "
              "his tea and there were empty wine bottles in the kitchen. Cerys was late to school 21 times last "
              "term, and Gethin missed his two-year health check and two hearing appointments."),
        ("h1", "Beth sy'n mynd yn dda / What is going well"),
        ("bullets", [
            "Lowri went to her first appointment at Mynachdyfi Substance Misuse Service on 08/10/2025 and says "
            "she wants to stop drinking.",
            "Nain lives five minutes away and has had the children whenever Cerys has rung her.",
            "Cerys is reading above her age and her teacher says she is kind and popular.",
            "Rhys has seen the children every Saturday since the summer and nobody has any worry about his care.",
        ]),
        ("h1", "Beth sy'n bwysig i Cerys a Gethin / What matters to Cerys and Gethin"),
        ("p", "Siân saw Cerys on her own at school on 09/10/2025 and they talked in Welsh. Cerys said: “Weithiau "
              "mae Mam yn cysgu ar y soffa a fi sy'n gwneud tost i Gethin.” (“Sometimes Mam sleeps on the sofa "
              "and I make toast for Gethin.”) “Dw i'n hoffi mynd i dŷ Nain achos mae hi'n gwneud uwd.” (“I like "
              "going to Nain's because she makes porridge.”) She scored home 4 out of 10 and said a 10 would be "
              "“Mam not drinking wine and us having tea at the table”. She wants to stay living with Mam and wants "
              "her Saturdays with Dad to carry on."),
        ("p", "Gethin was seen at home on 09/10/2025. He has about ten words in Welsh and signs for “mwy” "
              "(more). When he fell on the step he went to Cerys, not to Lowri, to be picked up. Nain says that "
              "at Bryn Awel he eats a full bowl of porridge and settles for his nap without crying."),
        ("h1", "Barn Lowri / Lowri's views"),
        ("p", "Lowri said: “I know I've let it get out of hand. I don't want Cerys doing my job.” She agrees with "
              "the plan and with breath tests at visits."),
        ("h1", "Canlyniadau a'r cynllun / Outcomes and the plan"),
        ("p", "Each outcome is for Cerys and Gethin. The rows beside it say what will happen, who will do it, by "
              "when, and how we will know it is working."),
        ("table", {
            "header": ["Canlyniad i'r plant / Outcome for the children", "Beth fydd yn digwydd / What will happen",
                       "Pwy / Who", "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [5.0, 7.0, 4.4, 4.3, 5.0],
            "rows": [
                ["1. Mae Cerys a Gethin yn cael gofal bob dydd gan oedolyn sobr. / Cerys and Gethin are cared for "
                 "every day by a sober adult who feeds them, gets them up and gets Cerys to school on time.",
                 "Visit Cerys and Gethin at home and see Cerys on her own, in Welsh; at least one visit in three "
                 "unannounced, some in the early evening",
                 "Siân Harries, social worker",
                 "Weekly from 15/10/2025 until the review conference",
                 "Visit records show both children seen every week and Cerys seen alone, with her words and her "
                 "score out of 10 written down"],
                [V,
                 "Drink no alcohol on any day she is caring for Cerys and Gethin, and take a breath test whenever "
                 "the social worker or key worker asks",
                 "Lowri Prydderch (Mam)",
                 "Every day from 14/10/2025",
                 "Every breath test reads zero; results written on the visit record and in the key worker's report"],
                [V,
                 "Assess Lowri's drinking, give her key-work and breath tests, and report to each core group on "
                 "whether she is making the changes the children need and how long that is likely to take",
                 "Gareth Lewis, key worker, Gwasanaeth Camddefnyddio Sylweddau Mynachdyfi (Mynachdyfi Substance "
                 "Misuse Service)",
                 "Assessment by 31/10/2025; key-work every Tuesday; report two working days before each core group",
                 "Assessment and written reports on the social worker's file, with every breath test result"],
                [V,
                 "Give Cerys and Gethin breakfast at Bryn Awel and walk Cerys to school",
                 "Eirlys Jenkins (Nain)",
                 "Every Monday, Wednesday and Friday in term time, from 15/10/2025",
                 "School register shows Cerys on time on Nain's days; Eirlys texts the social worker every Friday"],
                [V,
                 "Check Cerys's attendance and punctuality and whether she has had breakfast, and ring the social "
                 "worker the same day if she is absent, late or hungry",
                 "Aled Vaughan, designated safeguarding person, Ysgol Gymraeg Glan Dyfi",
                 "Every school day",
                 "Attendance printout emailed to the social worker each Friday; same-day calls written in the "
                 "school's safeguarding log; attendance 95% or more by the review"],
                ["2. Mae anghenion iechyd a datblygiad Gethin yn cael eu diwallu. / Gethin's health and development "
                 "needs are met: he gets to every appointment, gains weight steadily and his words keep increasing.",
                 "Visit Gethin at home, weigh him, and complete his missed two-year development check (ASQ-3)",
                 "Nia Powell, health visitor",
                 "Development check by 31/10/2025; visits every two weeks from 21/10/2025",
                 "ASQ-3 scores and weights in his red book and shared with each core group; Gethin's word count "
                 "written down at each visit"],
                [V,
                 "Take Gethin to his hearing test at the audiology clinic, Ysbyty Bro Dyfi",
                 "Lowri Prydderch (Mam)",
                 "Appointment on 05/11/2025",
                 "Audiology letter to the health visitor and social worker saying Gethin was seen"],
                [V,
                 "Give Gethin a Dechrau'n Deg (Flying Start) childcare place, five mornings a week",
                 "Menna Hopkins, Dechrau'n Deg co-ordinator",
                 "Place to start by 03/11/2025",
                 "The setting's register emailed to the social worker weekly; attendance 80% or more"],
                [V,
                 "Share Lowri's alcohol-related health history and prescriptions with the social worker, and tell "
                 "her of any missed appointment for Gethin or Lowri",
                 "Dr Meinir Rowlands, GP, Meddygfa Stryd y Bont",
                 "Letter by 28/10/2025, then an update before each core group",
                 "GP letter and updates on the social worker's file"],
                ["3. Mae Cerys yn cael bod yn blentyn. / Cerys gets to be a child: she no longer looks after Gethin "
                 "or Mam, and knows who to ring if Mam has been drinking.",
                 "Six sessions of direct work with Cerys, in Welsh, about home, her worries and who she can ring",
                 "Siân Harries, social worker",
                 "Weekly, 22/10/2025 to 26/11/2025",
                 "Cerys's own safety card, with Nain's and Dad's numbers, made by session 3; her worry score at "
                 "sessions 1 and 6"],
                [V,
                 "Work with Lowri on a morning and bedtime routine, so that Cerys is not the one getting Gethin up, "
                 "fed and to bed",
                 "Owain Bowen, family support worker, Teulu Cyntaf (Families First) team",
                 "Eight weekly sessions from 21/10/2025",
                 "Session notes show, each week, who got Gethin up and fed; Cerys tells the social worker who did it"],
                [V,
                 "Have Cerys and Gethin at Maes Teg for the day and bring them home by 5pm",
                 "Rhys Morgan (Dad)",
                 "Every Saturday, 10am to 5pm",
                 "Contact diary signed by Rhys and Lowri, seen by the social worker at the first visit each month"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Lowri has been drinking while caring for the children (a breath test above zero, Nain or Rhys "
              "finds her drunk, or Cerys rings), Cerys and Gethin will go to Nain's at 3 Bryn Awel that night, and "
              "Siân (or the Emergency Duty Team out of hours) will hold a strategy discussion the same day."),
        ("p", "If Nain cannot have them (she is ill or away), Rhys will collect the children and keep them at 12 "
              "Maes Teg; if neither can, Siân will place Cerys and Gethin together with Mynachdyfi foster carers "
              "that night. If Nain cannot do a school morning, Owain Bowen will be at Heol y Felin by 7.45am that "
              "day and walk Cerys to school."),
        ("p", "If Lowri drinks while caring for the children twice before the review conference, or Gareth reports "
              "that she is not able to make the changes in the time the children need, Siân will ask Huw Beynon "
              "for a legal planning meeting within five working days, to decide whether to start the Public Law "
              "Outline."),
        ("h1", "Grŵp craidd a'r gynhadledd adolygu / Core group and review conference"),
        ("bullets", [
            "First core group on 28/10/2025, within ten working days of the conference, then every four weeks: "
            "25/11/2025 and 23/12/2025, 10am at Canolfan Deulu Mynachdyfi.",
            "Review child protection conference: 13/01/2026, 10am, Neuadd y Sir, Mynachdyfi.",
            "Siân will see Cerys on her own before each core group and bring her words, in Welsh and English.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scotland: Child's Plan from an initial Child Protection Planning Meeting
#    (CPPM), father's drinking and domestic abuse, mother's postnatal
#    depression, two children; one table under each SHANARRI heading; printed
#    to PDF with a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_muirlochan_cppm_childs_plan_shanarri_tables_lennie.pdf",
    "doc_title": "Child's Plan - Kayleigh and Lewis Lennie",
    "split": "tune",
    "actions": 13,
    "header": "OFFICIAL-SENSITIVE – Muirlochan Council Social Work Services – Child's Plan",
    "footer": "Kayleigh and Lewis Lennie – Child's Plan from the CPPM of 07/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "scotland-girfec-childs-plan-paged-cppm-details-kv-named-person-lead-professional-register-concerns-then-kayleighs-views-lewis-observed-then-what-we-want-line-and-small-what-who-when-how-we-will-see-it-table-under-each-shanarri-heading-contingency-ird-reporter-core-group-review-cppm",
    "description": (
        "Exemplary Scottish Child's Plan (GIRFEC) from an initial Child Protection Planning Meeting "
        "for a 6-year-old and a 7-month-old: the father's drinking and an assault on the mother in "
        "front of the children, the mother's postnatal depression. Named Persons for each child, "
        "the social worker as Lead Professional, names on the Child Protection Register by area of "
        "concern. Under each SHANARRI heading a 'What we want' line and a small table of what will "
        "happen, who, when and how we will see it. The recovery service and the perinatal "
        "community psychiatric nurse report on capacity to change, the GP owns a row; the "
        "6-year-old's words and the baby's day, a contingency with an IRD and a fallback if Gran "
        "cannot help, legal advice and a referral to the Children's Reporter on named triggers, "
        "core group and review CPPM dates."
    ),
    "blocks": [
        ("title", "Child's Plan (Child Protection)"),
        ("p", "Muirlochan Council · Children and Families Social Work · Getting it right for every child"),
        ("kv", [
            ("Children", "Kayleigh Lennie (6), DOB 11/02/2019, Primary 2, Muirlochan Primary School; Lewis "
                         "Lennie (7 months), DOB 03/03/2025"),
            ("Address", "14 Glebe Crescent, Muirlochan MU7 3JD"),
            ("Mother", "Shannon Lennie (25)"),
            ("Father", "Craig Baird (29), father of both children, living at home"),
            ("Gran", "Agnes Lennie (maternal grandmother), 2 Burnside Road, Muirlochan"),
            ("Meeting", "Initial Child Protection Planning Meeting (CPPM), 07/10/2025. Chair: Moira Kerr, Child "
                        "Protection Chair"),
            ("Decision", "Both children's names placed on the Child Protection Register. Areas of concern: "
                         "domestic abuse; parental alcohol misuse; parental mental health"),
            ("Lead Professional", "Fiona Galbraith, social worker (team leader: Alan Drysdale)"),
            ("Named Person (Kayleigh)", "Mrs Gillian Rennie, depute head teacher, Muirlochan Primary School"),
            ("Named Person (Lewis)", "Ailsa Nicol, health visitor"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "On 20/09/2025 a neighbour called the police to shouting at 14 Glebe Crescent. Craig had been "
              "drinking and pushed Shannon against the kitchen door while she was holding Lewis; Kayleigh was on "
              "the stairs and saw it. Craig was charged and stayed with his brother for two weeks; he came home "
              "on 04/10/2025. He says he drinks six to eight cans most nights."),
        ("p", "Shannon was diagnosed with postnatal depression in May and takes an antidepressant. She told the "
              "health visitor that on some days she does not get dressed and Kayleigh makes her own breakfast. "
              "Lewis's weight has dropped from the 50th to the 25th centile since July."),
        ("h1", "What is going well"),
        ("bullets", [
            "Shannon rang the police herself on 20/09/2025 and took the children to her mum's that night.",
            "Craig has agreed to an alcohol assessment and to breath tests at home visits.",
            "Agnes sees the children most days and Kayleigh stays with her every Friday.",
            "Kayleigh's attendance is 96% and her teacher says she is settled and loves reading.",
        ]),
        ("h1", "What Kayleigh says, and Lewis's day"),
        ("p", "Kayleigh was seen on her own at school on 02/10/2025, with Mrs Rennie there because Kayleigh asked "
              "for her. She drew her house with a grey cloud over the kitchen and said: “Daddy gets loud when he "
              "has his cans. I go to my room and put my hands on my ears. I like it when Gran does my hair.” She "
              "wants Daddy to “stop the cans” and she wants to stay at home with Mummy and Lewis."),
        ("p", "Lewis was seen at home on 03/10/2025. He smiles and babbles, reaches for Shannon and settles on "
              "her shoulder. He startled and cried when Craig raised his voice at the dog. Shannon says he feeds "
              "well at Gran's, where he has his bottles on time."),
        ("h1", "What Shannon and Craig say"),
        ("p", "Shannon said: “I want the kids to feel safe. I'll take whatever help there is for my head.” Craig "
              "said: “I'm not proud of it. I'll do the tests.” Both agree with the plan."),
        ("h1", "Our plan, under the wellbeing indicators"),
        ("p", "Under each wellbeing indicator is what we want for Kayleigh and Lewis, then the actions that will "
              "get there. Responsible and Included have no separate actions at this stage."),
        ("h2", "Safe"),
        ("p", "What we want: Kayleigh and Lewis live in a home where nobody is drunk while caring for them and "
              "where they do not see or hear violence."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will see it"],
            "widths": [6.0, 3.8, 3.4, 3.8],
            "rows": [
                ["Visit Kayleigh and Lewis at home, see Kayleigh on her own, and see Lewis awake, fed and handled",
                 "Fiona Galbraith, Lead Professional (social worker)",
                 "Weekly until the review CPPM; one visit in three unannounced",
                 "Visit records show both children seen each week and Kayleigh seen alone, with her words "
                 "written down"],
                ["Drink no alcohol at home or when caring for the children, and take a breath test at every "
                 "social work visit",
                 "Craig Baird (Dad)",
                 "Every day from 07/10/2025",
                 "Every breath test reads zero; results written on the visit record"],
                ["Assess Craig's drinking, offer key-work, and report in writing to each core group on whether he "
                 "is making the changes Kayleigh and Lewis need and how long it is likely to take",
                 "Euan Mackie, recovery worker, Muirlochan Alcohol and Drug Recovery Service",
                 "Assessment by 24/10/2025; key-work every Monday; report two working days before each core group",
                 "Assessment and reports on the social work file, with attendance and breath test results"],
                ["Tell the Lead Professional of any police call to 14 Glebe Crescent or any incident involving "
                 "Craig and Shannon",
                 "DS Morag Lindsay, Domestic Abuse Unit, Muirlochan police office",
                 "By 9am the next working day after any call",
                 "Police concern reports on the social work file; the number of calls given at each core group"],
                ["Attend the Muirlochan Men and Change programme on how his behaviour affects Kayleigh and Lewis",
                 "Craig Baird (Dad)",
                 "Weekly for 16 weeks from 21/10/2025",
                 "Attendance report from the programme worker after sessions 4, 8, 12 and 16"],
            ],
        }),
        ("h2", "Healthy"),
        ("p", "What we want: Lewis gains weight steadily, back to the 50th centile, and meets his milestones; "
              "Kayleigh is fed and well."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will see it"],
            "widths": [6.0, 3.8, 3.4, 3.8],
            "rows": [
                ["Weigh Lewis, check his development, and see how he and Shannon are together at feeds and play",
                 "Ailsa Nicol, health visitor (Lewis's Named Person)",
                 "Every two weeks from 14/10/2025",
                 "Weight plotted on his centile chart, back on the 50th by the review CPPM; visit notes shared "
                 "at each core group"],
                ["See Shannon about her postnatal depression and write to each core group on her mood, how she is "
                 "caring for Lewis and Kayleigh, whether she can make the changes needed and how long that may "
                 "take",
                 "Kirsty Fraser, community psychiatric nurse, NHS Strathmuir Perinatal Mental Health Team",
                 "Every two weeks from 09/10/2025; written report before each core group",
                 "Written report on the social work file before every core group"],
                ["Review Shannon's antidepressant and tell the Lead Professional of any missed appointment for "
                 "Shannon, Lewis or Kayleigh",
                 "Dr Alan Kerr, GP, Burnside Medical Practice",
                 "Review by 31/10/2025; a note before each core group",
                 "GP letter and notes on the social work file"],
            ],
        }),
        ("h2", "Achieving"),
        ("p", "What we want: Kayleigh gets to school every day on time, fed and ready to learn."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will see it"],
            "widths": [6.0, 3.8, 3.4, 3.8],
            "rows": [
                ["Check Kayleigh's attendance, timekeeping and whether she has had breakfast, and phone the Lead "
                 "Professional the same day with any worry",
                 "Mrs Gillian Rennie, depute head teacher (Kayleigh's Named Person)",
                 "Every school day",
                 "Attendance emailed to the Lead Professional every Friday (95% or more); same-day calls logged"],
            ],
        }),
        ("h2", "Nurtured"),
        ("p", "What we want: Kayleigh and Lewis have parents who notice what they need, and a gran they can go to."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will see it"],
            "widths": [6.0, 3.8, 3.4, 3.8],
            "rows": [
                ["Eight sessions with Shannon on Lewis's routine (feeds, naps and play), so that she can notice and "
                 "answer his cues",
                 "Lorna Mitchell, family support worker, Muirlochan Family Centre",
                 "Every Thursday, 16/10/2025 to 04/12/2025",
                 "Lewis's routine chart seen at each session; session notes sent to the Lead Professional"],
                ["Have Kayleigh and Lewis to stay every Friday night, and be the person Kayleigh phones if Daddy "
                 "has been drinking",
                 "Agnes Lennie (Gran)",
                 "Every Friday night; the same night whenever Kayleigh or Shannon phones",
                 "Agnes texts the Lead Professional every Saturday; Kayleigh shows the Lead Professional Gran's "
                 "number on her card"],
            ],
        }),
        ("h2", "Active"),
        ("p", "What we want: Kayleigh has fun outside home with children her own age."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will see it"],
            "widths": [6.0, 3.8, 3.4, 3.8],
            "rows": [
                ["Take Kayleigh to Rainbows at Muirlochan Parish Church hall",
                 "Shannon Lennie (Mum)",
                 "Every Tuesday at 6pm from 14/10/2025",
                 "Rainbows register, seen by the Lead Professional at the first visit each month"],
            ],
        }),
        ("h2", "Respected"),
        ("p", "What we want: Kayleigh's views shape her plan and she understands what is happening in her family."),
        ("table", {
            "header": ["What will happen", "Who", "When", "How we will see it"],
            "widths": [6.0, 3.8, 3.4, 3.8],
            "rows": [
                ["Three sessions with Kayleigh using the My World Triangle and drawings, so that her views come "
                 "to each core group",
                 "Fiona Galbraith, Lead Professional",
                 "One session in the week before each core group",
                 "Kayleigh's drawings and words recorded in each core group's minutes"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Craig is drunk at home, a breath test reads above zero, or the police are called to any incident "
              "at 14 Glebe Crescent, Craig will leave the house that night to stay with his brother, Gary Baird, "
              "at 30 Mill Wynd; Kayleigh and Lewis will go to Gran's at 2 Burnside Road if Shannon is not well "
              "enough to care for them; and the Lead Professional will hold an Inter-agency Referral Discussion "
              "(IRD) the same day."),
        ("p", "If Agnes cannot have the children (she is ill or away), the Lead Professional will arrange for "
              "Kayleigh and Lewis to stay together with Muirlochan foster carers that night."),
        ("p", "If Shannon tells anyone she has thoughts of harming herself or the baby, or the perinatal team says "
              "she is too unwell to care for Lewis, Kirsty Fraser will see her the same day and Agnes will stay at "
              "Glebe Crescent until the perinatal team's plan is agreed."),
        ("p", "If Craig drinks at home twice before the review CPPM, or the recovery service reports that he cannot "
              "make the changes in the time Lewis needs, the Lead Professional will seek legal advice from the "
              "council's Legal Services within five working days and refer Kayleigh and Lewis to the Children's "
              "Reporter, so that a Children's Hearing can consider a Compulsory Supervision Order."),
        ("h1", "Core group and review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 1.30pm, Muirlochan Family Centre: 21/10/2025, 18/11/2025 "
            "and 16/12/2025.",
            "Review Child Protection Planning Meeting: 13/01/2026, 10am, Muirlochan Council Offices.",
            "Kayleigh will be asked before each core group what she wants said, and may come to part of the review "
            "CPPM with Mrs Rennie if she wishes.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland: Health and Social Care Trust plan from a review Child
#    Protection Case Conference (CPCC), domestic abuse by the younger
#    child's father, mother's depression; actions under the three UNOCINI
#    domains as banner rows; Article 4 report on an Article 8 application.
#    Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_maghernabrook_review_cpcc_unocini_domains_mcilwaine.docx",
    "doc_title": "Child Protection Plan (Review CPCC) - Oisín and Clodagh McIlwaine",
    "split": "tune",
    "actions": 13,
    "header": "RESTRICTED – Lagan Glens Health and Social Care Trust – Family and Childcare Services",
    "template": "ni-hsc-trust-review-cpcc-plan-docx-registration-kv-numbered-sections-unocini-summary-childrens-views-outcomes-then-no-action-person-responsible-agency-timescale-how-progress-measured-table-with-merged-unocini-domain-banner-rows-contingency-core-group-review",
    "description": (
        "Exemplary Northern Ireland Child Protection Plan from a first review Child Protection Case "
        "Conference, written by the Family Intervention Team of a Health and Social Care Trust, "
        "for an 11-year-old and a 4-year-old after domestic abuse by the younger child's father, "
        "now under a non-molestation order and applying for an Article 8 contact order; the "
        "mother has depression. A UNOCINI summary, both children's views, numbered outcomes, "
        "then a numbered table with a merged banner row for each UNOCINI domain. The CMHT nurse "
        "reports on capacity to change and the GP owns a row; the grandmother's part has a "
        "fallback, legal planning with the Trust's solicitors follows named triggers, core group "
        "and next review CPCC dates are set."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Lagan Glens Health and Social Care Trust · Family and Childcare Services · Family Intervention Team "
              "(Maghernabrook)"),
        ("kv", [
            ("Children", "Oisín McIlwaine (11), DOB 18/06/2014, P7, St Colman's Primary School; Clodagh "
                         "McIlwaine (4), DOB 09/09/2021, Maghernabrook Nursery School"),
            ("Address", "23 Drumard Park, Maghernabrook"),
            ("Mother", "Shauna McIlwaine (31)"),
            ("Clodagh's father", "Gary Beattie (35), does not live in the home. A non-molestation order made on "
                                 "22/07/2025 forbids him to come within 100 metres of Drumard Park"),
            ("Oisín's father", "Ciarán Devlin, lives in Dundalk; phones Oisín on Sundays"),
            ("Maternal grandmother", "Bernie McIlwaine, 5 Lough Road, Maghernabrook"),
            ("Registration", "Both children's names placed on the Child Protection Register at the initial CPCC on "
                             "15/07/2025; category: emotional abuse"),
            ("This conference", "First review Child Protection Case Conference, 14/10/2025. Chair: Gráinne "
                                "O'Hare, Principal Social Worker. Decision: both names remain on the register"),
            ("Social worker", "Niamh Quinn, Family Intervention Team (senior social worker: Declan Moore)"),
            ("Assessment", "UNOCINI initial assessment by the Gateway Team, 02/07/2025; UNOCINI pathway "
                           "assessment updated 06/10/2025"),
        ]),
        ("h1", "1. Summary of the assessment and progress since the initial CPCC"),
        ("p", "The Gateway Team received a referral from the police on 30/06/2025 after Gary assaulted Shauna in "
              "the living room while both children were in the house; Oisín rang 999. The case transferred to the "
              "Family Intervention Team after the initial CPCC. Shauna obtained a non-molestation order on "
              "22/07/2025. On 13/09/2025 Gary came to the door after drinking; Shauna did not open it, rang 999 "
              "and took the children to Bernie's, as the contingency plan asked."),
        ("p", "Shauna has depression. She was referred by her GP to the Maghernabrook Community Mental Health Team "
              "in August and takes an antidepressant. Gary has applied to the Family Proceedings Court for an "
              "Article 8 contact order for Clodagh, and the court has asked the Trust for an Article 4 report."),
        ("h1", "2. What Oisín and Clodagh have told us"),
        ("p", "Oisín was seen on his own at school on 07/10/2025. He said: “When Gary came back I was scared but "
              "Mummy rang the police straight away, so that was good. I don't want to see Gary. I want Clodagh to "
              "be safe.” He scored how safe he feels at home 6 out of 10 (3 out of 10 in July). He wants to go "
              "back to Gaelic football on Saturday mornings."),
        ("p", "Clodagh was seen at nursery and at home. In the home corner she plays a daddy doll who shouts and "
              "is put outside. She sleeps in Shauna's bed most nights. She told the social worker “Nana's house "
              "nice” and, when asked about her daddy, “see Daddy at the play place”."),
        ("h1", "3. Outcomes for Oisín and Clodagh"),
        ("numbers", [
            "Oisín and Clodagh live at home without seeing or hearing violence, and Gary does not come to the "
            "house.",
            "Both children feel safe: Oisín's own safety score reaches 8 out of 10 and Clodagh sleeps in her own "
            "bed.",
            "Both children get to school and nursery every day, and Oisín is back at football.",
            "If Clodagh sees her father, it is safe and planned around what she needs.",
        ]),
        ("h1", "4. The plan"),
        ("p", "Actions are grouped under the three UNOCINI domains. Each row names the one person responsible."),
        ("table", {
            "header": ["No.", "Action", "Person responsible (agency)", "Timescale", "How progress will be measured"],
            "widths": [1.0, 5.4, 3.8, 2.9, 3.9],
            "rows": [
                ["Domain 1: the child's developmental needs", H, H, H, H],
                ["1.1",
                 "Visit Oisín and Clodagh at home, see Oisín on his own, and make at least one visit a month "
                 "unannounced",
                 "Niamh Quinn, social worker, Family Intervention Team",
                 "Every two weeks until the next review CPCC",
                 "Visit records show both children seen, and Oisín seen alone at every visit with his safety "
                 "score and his words written down"],
                ["1.2",
                 "Check Oisín's attendance and how he presents, and tell the social worker the same day if he says "
                 "anything about Gary or home",
                 "Mr Paddy Rooney, designated teacher for child protection, St Colman's Primary School",
                 "Every school day",
                 "Weekly attendance email to the social worker; same-day calls written in the school's child "
                 "protection record"],
                ["1.3",
                 "Twelve sessions of play therapy and counselling with Oisín about what he has seen at home",
                 "Sinéad Corr, counsellor, Lagan Glens Children's Counselling Service",
                 "Weekly from 04/11/2025",
                 "Summary to the social worker after sessions 6 and 12, with Oisín's own worry score at the first "
                 "and last session"],
                ["1.4",
                 "Record Clodagh's attendance, how she presents and what she says or plays out, and ring the "
                 "social worker the same day with any worry",
                 "Mrs Orla Devlin, teacher, Maghernabrook Nursery School",
                 "Every nursery session",
                 "Weekly attendance email to the social worker; same-day calls logged"],
                ["Domain 2: parents' and carers' capacity", H, H, H, H],
                ["2.1",
                 "Keep Gary out of the house, ring 999 if he comes near Drumard Park, and tell the social worker "
                 "the same day",
                 "Shauna McIlwaine (Mum)",
                 "Every day from 14/10/2025",
                 "Police log shows every approach reported at once; Gary is not found at the house at unannounced "
                 "visits"],
                ["2.2",
                 "Twelve-week recovery programme with Shauna on how domestic abuse affects mothers and children",
                 "Leanne Gilmore, outreach worker, Lagan Haven Women's Aid",
                 "Weekly from 21/10/2025",
                 "Attendance and a short written summary to the social worker after sessions 6 and 12"],
                ["2.3",
                 "See Shauna about her depression and write to each core group on whether she is making and "
                 "keeping the changes Oisín and Clodagh need, and how long that is likely to take",
                 "Ciara Doherty, community psychiatric nurse, Maghernabrook Community Mental Health Team",
                 "Every two weeks; report two working days before each core group",
                 "Written report on the social worker's file before every core group"],
                ["2.4",
                 "Review Shauna's antidepressant and let the social worker know of any missed appointment for "
                 "Shauna or the children",
                 "Dr Conor Hegarty, GP, Bridge Street Health Centre",
                 "By 31/10/2025, then before each core group",
                 "GP letter on file by 31/10/2025 and a written update before every core group"],
                ["2.5",
                 "Write the Article 4 report asked for by the Family Proceedings Court on Gary's Article 8 "
                 "application, setting out Clodagh's and Oisín's wishes and feelings",
                 "Niamh Quinn, social worker",
                 "Filed by 21/11/2025",
                 "Report filed with the court and its recommendations shared at the core group of 02/12/2025"],
                ["Domain 3: family and environmental factors", H, H, H, H],
                ["3.1",
                 "Tell the social worker of any call to Drumard Park or any breach of the non-molestation order",
                 "DC Mark Agnew, Public Protection Unit, Maghernabrook police station",
                 "By 10am the next working day after any call",
                 "Notifications logged on the Trust's file; the number of calls given at each core group"],
                ["3.2",
                 "Fit a door camera and stronger locks at 23 Drumard Park under the Sanctuary Scheme",
                 "Ryan Boyd, housing officer, Glenside Housing Association",
                 "By 31/10/2025",
                 "Work completed and checked by the social worker at the next visit"],
                ["3.3",
                 "Have Oisín and Clodagh after school for tea, and take Oisín to Gaelic football",
                 "Bernie McIlwaine (maternal grandmother)",
                 "Every Wednesday after school and every Saturday morning",
                 "Bernie texts the social worker each Sunday; the club register shows Oisín at training"],
                ["3.4",
                 "Be the adult Shauna and the children go to if Gary comes near the house, and have them to stay "
                 "that night",
                 "Bernie McIlwaine (maternal grandmother)",
                 "The same night as any approach by Gary",
                 "Bernie rings the social worker by 10am the next morning; Oisín can show the social worker "
                 "Nana's number on his phone"],
            ],
        }),
        ("h1", "5. Contingency plan"),
        ("p", "If Gary comes to the house or near the children, breaks the non-molestation order, or Shauna lets "
              "him in, Shauna will ring 999, the children will go to Bernie's at 5 Lough Road that night, and the "
              "social worker (or the Regional Emergency Social Work Service out of hours) will hold a strategy "
              "discussion with the police the same day."),
        ("p", "If Bernie cannot have the children after an approach by Gary (she is ill, away or cannot be "
              "reached), the social worker will place Oisín and Clodagh together with Trust foster carers that "
              "night. If she cannot do a Wednesday, the social worker will book both children into the after-school "
              "club at Maghernabrook Family Centre that day; if she cannot do a Saturday, Shauna will take Oisín "
              "to football."),
        ("p", "If Shauna lets Gary into the house, or Ciara Doherty reports that Shauna cannot make the changes in "
              "the time the children need, the social worker will ask Declan Moore for a legal planning meeting "
              "with the Trust's solicitors within five working days, to decide whether the threshold for a Care "
              "Order is met."),
        ("h1", "6. Core group and next review"),
        ("bullets", [
            "Core group every four weeks, Tuesdays at 2pm, Maghernabrook Family Centre: 04/11/2025, 02/12/2025 and "
            "13/01/2026.",
            "Next review Child Protection Case Conference: 14/04/2026, 10am, Drumard House, Maghernabrook.",
            "Oisín will be offered the chance to come to part of the review CPCC or to write to the chair; Clodagh's "
            "views will come through her nursery teacher and the social worker.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. England, a Signs of Safety authority: the safety plan agreed at a family
#    network meeting and the initial conference, mother's weekend drinking,
#    two children, a safety network of grandad, aunt and neighbour.
#    Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_merrowdene_sos_network_safety_plan_rules_kellaway.md",
    "split": "tune",
    "actions": 12,
    "template": "signs-of-safety-safety-plan-md-danger-statement-safety-goal-bottom-lines-working-well-childrens-words-three-houses-scaling-network-list-then-what-will-happen-who-when-how-well-know-table-then-if-the-safety-plan-is-not-working-meetings",
    "description": (
        "Exemplary Signs of Safety safety plan in Markdown, from a family network meeting and the "
        "initial conference, for a 9-year-old and a 3-year-old whose mother drinks at weekend "
        "parties at home; the 3-year-old was found in the street at night. Danger statement, "
        "safety goal, bottom lines, what is working well, the 9-year-old's three houses, scaling, "
        "the safety network, then a 'What will happen / Who / When / How we'll know' table in "
        "which the grandad, the aunt and a neighbour own rows. The drug and alcohol service "
        "reports on change, the GP owns a row; the contingency covers each network member being "
        "unable to help, legal planning follows named triggers, core group and review conference "
        "dates are set."
    ),
    "text": """\
# Safety plan for Jayden and Mia Kellaway

**Merrowdene Borough Council – Children's Social Care – Locality Team East**

- **Children:** Jayden Kellaway (9), Year 5, Merrowdene Juniors; Mia Kellaway (3), Little Owls Nursery
- **Home:** 8 Finch Row, Merrowdene MW3 5PL, with their mum, Kelsey Kellaway (28)
- **Dad:** Jayden's and Mia's dad, Connor Webb, lives in Spain and has not seen the children since 2023
- **Family network meeting:** 10/10/2025 at Merrowdene Family Hub
- **Initial child protection conference:** 16/10/2025 (category: neglect). Chair: Paula Leighton
- **Social worker:** Hannah Greaves (team manager: Claire Ndlovu)

This safety plan was written by Kelsey and her network at the family network meeting and agreed at the
initial child protection conference. In Merrowdene the child protection plan is the safety plan.

## Danger statement

Children's Social Care, the police, Jayden's school and Mia's nursery are worried that when Kelsey drinks
with friends at the house at weekends, she falls asleep or goes out, and Mia (3) and Jayden (9) are left
with no sober adult looking after them. On 27/09/2025 the police found Mia on the pavement outside 8 Finch
Row at 1.40am in her pyjamas; Kelsey was asleep after a party and Jayden was asleep upstairs. If nothing
changes we are worried that Mia could be hurt on the road or by an adult at the house, and that Jayden will
go on feeling that he has to look after his sister.

## Safety goal

Children's Social Care and the safety network will be confident that whenever Jayden and Mia are at home
there is a sober adult awake and looking after them, day and night, and that Jayden knows he does not have
to look after Mia. We want this to have been true for six months before the plan can end.

## Bottom lines

- Kelsey does not drink any alcohol when she is the only adult caring for the children.
- No parties and no visitors after 9pm at Finch Row when the children are at home.
- If Kelsey wants a night out, the children stay at Grandad Pete's.

## What's working well

- Kelsey rang Pete herself the morning after the police came, and has been honest with Hannah about how
  much she drinks.
- Pete, Jodie and Sam all came to the family network meeting and all signed the safety plan.
- Jayden is doing well at school and loves football; Mia is talking in sentences and is settled at nursery.

## What Jayden and Mia say

Hannah saw Jayden on his own at school on 08/10/2025 and did his three houses with him.

- **House of worries:** "When Mum's friends come it's loud and I can't sleep. I worry Mia will get out
  again because the door doesn't lock properly."
- **House of good things:** "Grandad's house. Football on Saturdays. When Mum does pancakes."
- **House of dreams:** "Mum doesn't have parties any more and I don't have to check on Mia."

Jayden scored home 5 out of 10. He wants to keep living with his mum and asked for a lock "up high" on the
front door.

Mia was seen at home and at nursery. She chatted about her "big bed at Grandad's", brought her shoes to
Pete when it was time to go, and at nursery played at putting the baby dolls to bed and "locking the
door". Her key person says she is tired and tearful on Monday mornings.

## Scaling

On a scale of 0 to 10, where 10 means everyone is confident the children are always cared for by a sober
adult and 0 means they cannot live at home: Kelsey 7, Pete 6, Jodie 6, Hannah 4, school 5, nursery 4.

## The safety network

- **Pete Kellaway** – Grandad (Kelsey's dad), 3 Linnet Close, ten minutes' drive
- **Jodie Kellaway** – Auntie Jodie (Kelsey's sister), 22 Wren Court
- **Sam Cole** – neighbour and friend, 10 Finch Row
- **Hannah Greaves** – social worker

## The safety plan – who will do what

| What will happen | Who | When | How we'll know |
|---|---|---|---|
| Not drink any alcohol when she is the only adult caring for Jayden and Mia | Kelsey (Mum) | Every day and night from 16/10/2025 | Breath test at every SW visit reads zero; Pete's 8pm call each Friday and Saturday written in the safety diary |
| Keep Finch Row party-free: no visitors after 9pm when the children are home, and a high bolt on the front door | Kelsey (Mum) | Every night from 16/10/2025; bolt fitted by 20/10/2025 | Bolt seen by the SW; no visitors found at the SW's evening visits |
| Ring Kelsey at 8pm, and go round and take the children to Linnet Close if she sounds as if she has been drinking | Grandad Pete Kellaway | Every Friday and Saturday at 8pm | Pete writes each call in the safety diary; the SW reads the diary at each visit |
| Collect Jayden from school and Mia from nursery, give them tea and bring them home at 6pm | Auntie Jodie Kellaway | Every Friday | School and nursery collection books signed by Jodie |
| Be the grown-up Jayden goes to next door if Mum is asleep and won't wake, or if there is a party | Sam Cole (neighbour, 10 Finch Row) | The same night, any time Jayden knocks | Sam texts the SW and Pete that night; Jayden can show the SW Sam's door on his safety map |
| Visit Jayden and Mia at home, see Jayden on his own using his three houses, and see Mia at bath time | Hannah Greaves, SW | Weekly until the review conference; one visit a month on a Friday or Saturday evening | Visit records show both children seen each week and Jayden seen alone, with his three houses and his score |
| Finish the Words and Pictures story with Kelsey and go through it with Jayden and Mia | Hannah Greaves, SW | By 07/11/2025 | Jayden can tell the SW in his own words who he goes to and why; a copy is on the fridge |
| Key-work with Kelsey about her weekend drinking, with a breath test at each session, and a written view to each core group on whether she is changing and how long it is likely to take | Adam Frost, recovery worker, Merrowdene Drug and Alcohol Service | Every Wednesday; report two working days before each core group | Breath test results and the written report on the SW's file before each core group |
| Send Kelsey's alcohol-related health history to the SW and check her liver function | Dr Fiona Achebe, GP, Finch Lane Surgery | By 31/10/2025 | GP letter and blood test result on the SW's file |
| Check Jayden's attendance and how he is on Monday mornings, with a check-in with his trusted adult, Mrs Patel | Mr Dean Holloway, DSL, Merrowdene Juniors | Every Monday morning in term time | Check-ins logged on CPOMS; attendance emailed to the SW each Friday |
| Record Mia's attendance and how she arrives, and ring the SW the same day with any worry | Leanne Price, key person, Little Owls Nursery | Every nursery day (Monday to Thursday) | Weekly attendance email to the SW; same-day calls logged |
| Mia's 3-year development review, including her speech and her sleep | Chloe Marsh, health visitor | By 30/11/2025 | ASQ-3 scores sent to the SW and shared at the core group |

## If the safety plan is not working

- If Kelsey has been drinking while she is caring for the children (a breath test over zero, Pete finds
  her drunk on his 8pm call, or Jayden knocks for Sam), Pete will collect Jayden and Mia and keep them at
  3 Linnet Close that night, and Hannah (or the Emergency Duty Team out of hours) will hold a strategy
  discussion the same day.
- If Pete can't (he is ill, away or not answering), Jodie will collect the children and keep them at 22
  Wren Court. If neither of them can, Hannah or the Emergency Duty Team will place Jayden and Mia together
  with foster carers that night.
- If Jodie can't do a Friday, Pete will collect the children; if neither can, Hannah will visit Finch Row
  that Friday evening. If Sam moves away or can't be the grown-up next door, the network will name someone
  else at the next family network meeting and Jayden's safety map will be changed the same week.
- If the bottom lines are broken twice before the review conference, or Adam reports that Kelsey is not
  able to make the changes in the time the children need, Hannah will ask Claire Ndlovu for a legal
  planning meeting within five working days, to decide whether to start the Public Law Outline.

## Meetings

- Next family network meeting: 20/11/2025, 5.30pm, Merrowdene Family Hub, to check the safety plan with
  the network.
- Core group every four weeks, Thursdays at 3.30pm, Merrowdene Family Hub: 30/10/2025, 27/11/2025 and
  08/01/2026.
- Review child protection conference: 14/01/2026, 10am, Merrowdene Civic Offices.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. England: Public Law Outline letter before proceedings to a mother with
#    depression, two young children on child protection plans for neglect;
#    "What we need you to do" and "What we and others will do to help"
#    tables; printed to PDF with a page header and footer. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_marlingford_plo_letter_before_proceedings_hextall.pdf",
    "doc_title": "Letter before proceedings - Becky Hextall",
    "split": "tune",
    "actions": 14,
    "header": "PRIVATE AND CONFIDENTIAL – Marlingford City Council – Children's Services",
    "footer": "Letter before proceedings to Becky Hextall, 21/10/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "plo-letter-before-proceedings-paged-letterhead-address-block-second-person-why-we-are-worried-childrens-words-what-needs-to-be-different-then-what-we-need-you-to-do-table-and-what-we-and-others-will-do-table-then-if-things-do-not-change-what-happens-next-legal-advice",
    "description": (
        "Exemplary Public Law Outline letter before proceedings, printed to PDF with a page header "
        "and footer, written by the social worker to a mother with depression whose 4-year-old and "
        "18-month-old have been on child protection plans for neglect for nine months. It says "
        "why the council is worried, what the children have said and shown, what must be "
        "different for them, then two tables: what Becky needs to do ('You (Becky)') and what the "
        "social worker ('I'), the family support worker, health visitor, dietitian, psychiatrist, "
        "assessor, nursery, landlord and grandmother will do. The psychiatrist reports on capacity "
        "to change; triggers lead to the grandmother's care or foster carers, with a fallback; "
        "care proceedings and a further legal planning meeting follow if change falls short; "
        "pre-proceedings, core group and review conference dates are set."
    ),
    "blocks": [
        ("pr", "Marlingford City Council"),
        ("pr", "Children's Services – Safeguarding Team West"),
        ("pr", "Civic Centre, Abbey Street, Marlingford MF1 2AA"),
        ("pr", "Telephone: 01632 960412"),
        ("p", ""),
        ("pl", "Ms Becky Hextall"),
        ("pl", "Flat 3, 19 Tanner's Yard"),
        ("pl", "Marlingford MF4 7HS"),
        ("p", ""),
        ("p", "21 October 2025"),
        ("boldp", "LETTER BEFORE PROCEEDINGS – Ruby Hextall (4) and Alfie Hextall (18 months)"),
        ("boldp", "Please take this letter to a solicitor straight away. Legal advice is free for you."),
        ("p", "Dear Becky,"),
        ("p", "I am writing because Marlingford City Council is very worried about Ruby and Alfie, and is thinking "
              "about asking the Family Court to make decisions about them. Before we do that, we want to give you "
              "the chance to make the changes they need, with help. This letter tells you what we are worried "
              "about, what needs to be different, what we need you to do, what we and others will do to help you, "
              "and what will happen next. We call this stage of our work the Public Law Outline (pre-proceedings)."),
        ("h1", "Why we are worried"),
        ("p", "Ruby and Alfie have been on child protection plans, for neglect, since 14/01/2025. At the review "
              "conference on 16/09/2025 we agreed that there had not been enough change. Alfie's weight has "
              "fallen from the 25th centile to below the 2nd. On three of my last six visits there was dog mess "
              "on the floors and no food for the children in the flat. Ruby has been at nursery for 61% of her "
              "sessions this term, and Alfie has missed five of his last nine health appointments. You have told "
              "me that your depression makes it very hard to get up in the mornings."),
        ("p", "A legal planning meeting on 02/10/2025 decided that the council should start the pre-proceedings "
              "part of the Public Law Outline and write to you."),
        ("h1", "What Ruby and Alfie have told us, and what we have seen"),
        ("p", "When I saw Ruby on her own at nursery on 14/10/2025 she said: “I like it when Mummy does playdough "
              "with me.” She also said: “My tummy is rumbly in the mornings,” and told me she gets Alfie's "
              "bottle from the fridge when he cries."),
        ("p", "Alfie is not yet walking. On my visit on 14/10/2025 he drank a whole bottle very fast, cried when "
              "he was put down, and crawled to Ruby to be picked up. At nursery pick-up he held his arms up to you "
              "and smiled when you sang to him."),
        ("h1", "What needs to be different for Ruby and Alfie"),
        ("bullets", [
            "Ruby and Alfie live in a clean, safe home with food in the cupboards every day.",
            "Alfie is fed enough to grow: his weight goes back up towards the 9th centile by the review meeting.",
            "Ruby gets to nursery every day she has a place, fed and on time, and no longer looks after Alfie.",
            "Ruby and Alfie are cared for by a mum who is well enough to get up for them every morning.",
        ]),
        ("h1", "What we need you to do"),
        ("p", "The list below is also the action list in Ruby and Alfie's child protection plan."),
        ("table", {
            "header": ["What we need you to do", "Who", "By when", "How we will know"],
            "widths": [6.0, 3.2, 3.4, 4.4],
            "rows": [
                ["Keep the flat clean and safe for the children: no dog mess on the floors, food in the cupboards "
                 "and fridge, and a clean cot for Alfie",
                 "You (Becky), with help from Chantelle",
                 "Every day from 22/10/2025",
                 "I will score the flat on the home conditions checklist at every visit; we want 8 out of 10 or "
                 "more at every visit from 01/12/2025"],
                ["Take Alfie to every weigh-in at the baby clinic and every dietitian appointment, and give him "
                 "his feeds and meals as the dietitian's plan says",
                 "You (Becky)",
                 "Clinic every other Tuesday; dietitian on 18/11/2025 and 16/12/2025",
                 "The health visitor's records show every appointment kept and Alfie's weight going up"],
                ["Get Ruby to nursery by 9am on every day she has a place",
                 "You (Becky)",
                 "Monday to Friday in term time, from 22/10/2025",
                 "The nursery register shows 90% attendance or more; I check it every Friday"],
                ["Go to your appointments with Dr Shah and take your antidepressant every day, so that you have the "
                 "energy to get up for Ruby and Alfie",
                 "You (Becky)",
                 "Every appointment (every four weeks), and every day",
                 "Dr Shah's team tells me whether you came; the pharmacy record shows your prescription collected "
                 "each month"],
                ["Take part in the parenting assessment at home, and let the assessor see you feed, bath and play "
                 "with Ruby and Alfie",
                 "You (Becky)",
                 "Eight sessions from 10/11/2025",
                 "The assessor's session record shows you at all eight sessions"],
            ],
        }),
        ("h1", "What we and others will do to help"),
        ("table", {
            "header": ["What will happen", "Who", "By when", "How you and we will know"],
            "widths": [6.0, 3.2, 3.4, 4.4],
            "rows": [
                ["I will visit you and the children, at least one visit in three unannounced, and see Ruby on her "
                 "own",
                 "Tom Ashby (me), social worker",
                 "Every week until the review meeting on 13/01/2026",
                 "My visit records, and a copy of the home conditions checklist left with you each time"],
                ["Help you with a morning routine, cleaning, shopping on a budget and cooking simple meals for the "
                 "children",
                 "Chantelle Boyd, family support worker",
                 "Monday and Thursday mornings for 12 weeks from 27/10/2025",
                 "Chantelle's session sheets show the checklist score and what was done; a copy is left with you"],
                ["Weigh Alfie, check Ruby's and Alfie's development, and show you how to offer Alfie three meals "
                 "and two snacks a day",
                 "Gemma Lord, health visitor",
                 "Every other Tuesday at clinic, and a home visit every four weeks",
                 "Alfie's weights plotted in his red book; development scores shared with you and at the core "
                 "group"],
                ["Write a feeding plan for Alfie and check his growth",
                 "Priya Nair, paediatric dietitian, Marlingford General Hospital",
                 "Appointments on 18/11/2025 and 16/12/2025",
                 "Written feeding plan sent to you, the health visitor and me; Alfie's weight at each "
                 "appointment"],
                ["See you about your depression and medication, and write a report on whether you can make the "
                 "changes Ruby and Alfie need and how long that is likely to take",
                 "Dr Imran Shah, consultant psychiatrist, Marlingford Community Mental Health Team",
                 "Appointments every four weeks; report by 12/12/2025",
                 "Report sent to you, your solicitor and me by 12/12/2025"],
                ["Assess how you care for Ruby and Alfie and what help you would need to do it on your own",
                 "Jo Akers, parenting assessor, Marlingford Family Assessment Service",
                 "Eight sessions from 10/11/2025; report by 09/01/2026",
                 "Assessment report sent to you and your solicitor, and shared at the review meeting"],
                ["Record Ruby's attendance and whether she arrives fed and clean, and tell me the same day about "
                 "any worry",
                 "Tina Walsh, manager, Sunflower Nursery",
                 "Every nursery day",
                 "Weekly attendance email to me; same-day calls noted in the nursery's log"],
                ["Fix the damp and mould in the children's bedroom",
                 "Darren Price, repairs officer, Marlingford Homes",
                 "By 28/11/2025",
                 "Repair signed off by Marlingford Homes; I will check the bedroom at my next visit"],
                ["Come to the flat to help with the washing and play with the children",
                 "Sandra Hextall (your mum)",
                 "Every Sunday, 1pm to 5pm",
                 "Sandra texts me each Sunday evening; you and Ruby tell me about it at my visits"],
            ],
        }),
        ("h1", "What will happen if things do not change, or the children are not safe"),
        ("p", "If Alfie loses weight at two weigh-ins in a row, if the flat scores less than 5 out of 10 on two "
              "visits, or if we find the children without food or with nobody awake to care for them, I will hold "
              "a strategy discussion the same day, and Ruby and Alfie will stay with your mum, Sandra, at 40 "
              "Orchard Rise while we decide what to do."),
        ("p", "If Sandra cannot have them (she is unwell or cannot be reached), I will arrange for Ruby and Alfie "
              "to stay together with foster carers that day. If Sandra cannot come on a Sunday, Chantelle will "
              "make an extra visit on the Monday afternoon."),
        ("p", "If there is not enough change by the review meeting on 13/01/2026 (the flat scoring below 8 out of "
              "10, Alfie's weight still below the 2nd centile, or Ruby's attendance below 90%), the council will "
              "hold a further legal planning meeting and is likely to apply to the Family Court for care "
              "proceedings. We could then ask the court to decide that the children should live away from you."),
        ("h1", "What happens next"),
        ("bullets", [
            "Pre-proceedings meeting: 30/10/2025 at 2pm, Marlingford Civic Centre, Room 4. Please bring your "
            "solicitor; you can also bring your mum or a friend.",
            "Core group every four weeks, Wednesdays at 10am at Sunflower Nursery: 05/11/2025, 03/12/2025 and "
            "07/01/2026.",
            "Pre-proceedings review meeting: 13/01/2026 at 2pm, Marlingford Civic Centre.",
            "Review child protection conference: 28/01/2026 at 10am, Marlingford Civic Centre.",
        ]),
        ("h1", "Getting legal advice"),
        ("p", "Because you have received this letter you can get free legal advice, whatever your income. A list "
              "of local family law solicitors is enclosed. Please show them this letter and ask them to contact "
              "our legal team before the meeting on 30/10/2025."),
        ("p", "Yours sincerely,"),
        ("pl", "Tom Ashby"),
        ("pl", "Social Worker, Safeguarding Team West"),
        ("p", "Countersigned: Lisa Moreno, Team Manager"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Scotland: a 15-year-old's Child's Plan from a review CPPM, mother's
#    drinking and low mood, a young carer who goes missing at night. Markdown
#    with a SHANARRI grid and a plan table. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_mossgarth_review_cppm_teen_childs_plan_mcbride.md",
    "split": "tune",
    "actions": 13,
    "template": "scotland-girfec-teenager-childs-plan-md-review-cppm-bold-field-lines-named-person-lead-professional-register-then-since-initial-cppm-callums-views-and-disagreements-shanarri-going-well-worried-grid-outcomes-then-what-will-happen-who-when-how-well-know-table-if-things-go-wrong-meetings",
    "description": (
        "Scottish Child's Plan from a review Child Protection Planning Meeting for a 15-year-old "
        "young carer whose mother drinks and has low mood; he goes missing at night and has "
        "self-harmed. Markdown: field lines with the Named Person and Lead Professional, his own "
        "words and what he disagrees with, a SHANARRI grid, outcomes, then a plan table. Most rows "
        "are good (weekly contact with the Lead Professional, his curfew, the recovery service's "
        "report on change, Gran's two parts, a young carer statement, careers, return "
        "discussions), but attendance is only 'monitored', the school nurse's drop-ins are "
        "'ongoing', the CMHT only counsels the mother, 'all agencies' share sightings, the youth "
        "project referral has no measure, one outcome is only the mother's, the contingency sends "
        "him to Gran with nothing if she cannot help, and nothing leads to the Children's "
        "Reporter or legal advice if progress stalls."
    ),
    "text": """\
# Child's Plan – Callum McBride

**Mossgarth Council Social Work Services – Children and Families (Child Protection)**
Plan agreed at the review Child Protection Planning Meeting (CPPM) on 03/11/2025

**Young person:** Callum McBride (15), DOB 27/05/2010, S4 at Mossgarth Academy
**Lives with:** his mum, Donna McBride (41), and his sister Ava (8), at 9 Wellbrae Court, Mossgarth
**Gran:** Isobel McBride, 16 Kirk Brae, Mossgarth (ten minutes' walk)
**Dad:** Steven McBride, lives in Aberdeen and phones Callum most weekends
**Named Person:** Mr Stuart Lauder, principal teacher of pupil support, Mossgarth Academy
**Lead Professional:** Jenna Reid, social worker (team leader: Graeme Henderson)
**Child Protection Register:** Callum's and Ava's names were placed on the register at the initial CPPM on
11/08/2025 and stay on it. Areas of concern: parental alcohol misuse; neglect; a young person who goes missing.
**Ava:** Ava has her own Child's Plan; the actions for her that affect Callum are repeated here.

## What has happened since the initial CPPM

Donna still drinks most evenings, mostly vodka, and is seeing her GP and the community mental health team
for low mood. Callum does the shopping, gets Ava up for school and makes the tea on the nights his mum is
drunk. He has been reported missing four times since July; the last time, on 18/10/2025, the police found
him at 2am at the skate park with a group of older young men who are known for dealing cannabis. In
September the school nurse saw cuts on his forearm; Callum said he did it after an argument at home. His
attendance this term is 84%. Donna has started with the alcohol and drug recovery service and has had
three negative breath tests out of five.

## What Callum says

Jenna saw Callum on his own in her car outside school on 29/10/2025. He said:

> "I'm not a wean. I can look after myself. I go out because the house is mental when Mum's had a drink.
> Ava's the one that needs looking after, not me. If I could talk to anyone it'd be Mr Lauder, he's sound."

He scored how safe he feels at home 5 out of 10, and out at night 6. He wants to pass his National 5s and
to be a joiner. He wants his mum to "stop the voddy" and wants to be able to stay at Gran's when he needs
to. He does not want to be referred to CAMHS ("I'm no mental") and agreed to see the school nurse instead;
the meeting accepted this. He disagreed with his curfew being 10pm on school nights and wanted 11pm.

## How Callum is doing (wellbeing indicators)

| Indicator | What's going well | What we're worried about |
|---|---|---|
| Safe | Callum has not been missing since 18/10/2025 | Late nights with older young men at the skate park |
| Healthy | He eats at Gran's twice a week | Cannabis, cuts to his arm, poor sleep |
| Achieving | Predicted passes in English and Maths | Attendance 84%, late on Mondays |
| Nurtured | Close to Gran and to Ava | Looks after his mum and Ava on her bad nights |
| Active | Goes to the gym with a friend | Has stopped football |
| Respected | His views are in this plan | Says adults "talk about him, not to him" |
| Responsible | Honest with Jenna about the skate park | Carrying cannabis for others, as he admits |
| Included | Good friends in his year | Few safe places to go at night |

## What needs to change (outcomes)

1. Callum is safe at night: he is home by his curfew and is not reported missing.
2. Callum no longer carries the care of Ava and his mum, and has time for school and his friends.
3. Callum sits his National 5 exams in May 2026 and has a place on a joinery course.
4. Mum will be less stressed and feel more able to cope.
5. Callum has a trusted adult he talks to, and he stops hurting himself.

## The plan

| What will happen | Who | When | How we'll know |
|---|---|---|---|
| See Callum on his own, at school or out in the car, and talk about home, nights out and his mood | Jenna Reid, Lead Professional | Weekly until the next review CPPM | Contact records show Callum seen alone every week, with his own words and his safety scores |
| Be home by 10pm on school nights and 11pm at weekends, and text Mum or Gran if he is running late | Callum | Every night from 03/11/2025 | Curfew log kept by Mum and Gran and read by Jenna each week; no missing reports |
| Check Callum's attendance and give him a check-in with Mr Lauder on Monday mornings | Mr Stuart Lauder, Named Person | Every Monday | Attendance monitored |
| Drop-in sessions with Callum about his cannabis use, his sleep and his mood | Shona Gillies, school nurse | Ongoing | Sessions written in Callum's health record; his self-harm safety plan saved on his phone |
| Assess Donna's drinking, key-work every week with a breath test, and report to each core group on whether she is cutting down in ways Callum and Ava notice | Ross Niven, recovery worker, Mossgarth Alcohol and Drug Recovery Service | Assessment by 14/11/2025; key-work every Thursday; report before each core group | Written report with breath test results on the social work file |
| Counselling sessions for Donna's low mood and anxiety | Mossgarth Community Mental Health Team | Fortnightly from 10/11/2025 | Attendance sent to the Lead Professional |
| Share any information about Callum being seen with the older group at the skate park | All agencies | Same day | Logged on the social work file |
| Have Ava after school and give her tea, so that Callum does not have to | Isobel McBride (Gran) | Every Tuesday and Thursday | Gran texts Jenna each Friday; Ava's school collection book signed by Gran |
| Be the person Callum goes to if the house is too much at night, and let him stay over | Isobel McBride (Gran) | The same night, whenever Callum turns up or rings | Gran texts Jenna the next morning; Callum tells Jenna at their weekly meeting |
| Refer Callum to the Friday night youth project at Mossgarth Community Hub | Kirsty Allan, youth worker | By 21/11/2025 | |
| Young carer's statement with Callum and a place at the young carers' group | Paul Hendry, Mossgarth Young Carers | Statement by 30/11/2025; group on Wednesdays from 03/12/2025 | Young carer statement sent to Jenna; group register shows Callum there |
| Careers guidance on joinery courses and a foundation apprenticeship | Mr Alan Craig, careers adviser, Mossgarth Careers Service | By 12/12/2025 | Callum has applied for the college joinery taster day |
| Return discussion with Callum after every missing episode | Laura Birrell, missing persons co-ordinator | Within 72 hours of every return | Return discussion record on the social work file and shared with Jenna |

## If things go wrong

- If Callum is not home by his curfew and is not answering his phone, Donna or Gran will phone the police
  on 101 (999 if they think he is in danger) and tell Jenna, or the out of hours social work service,
  the same night. Callum will have a return discussion within 72 hours.
- If Donna is drunk and unable to look after Ava, Callum and Ava will go to Gran's at 16 Kirk Brae that
  night, and Jenna will hold an Inter-agency Referral Discussion (IRD) the next working day.
- If Callum hurts himself, Gran or Donna will take him to the emergency department at Mossgarth
  Infirmary, and the school nurse will see him the next school day.

## Meetings

- Core group every four weeks, Wednesdays at 3.30pm, Mossgarth Academy: 19/11/2025, 17/12/2025 and
  14/01/2026.
- Next review CPPM: 02/02/2026, 10am, Mossgarth Council Offices. Callum has said he will come for the
  first half.
""",
    "findings": [
        F("M002", "Check Callum's attendance and give him a check-in"),
        F("T002", "Drop-in sessions with Callum about his cannabis use"),
        F("H001", "Counselling sessions for Donna's low mood and anxiety"),
        F("W002", "Share any information about Callum being seen with the older"),
        F("M001", "Refer Callum to the Friday night youth project"),
        F("F002", "Mum will be less stressed and feel more able to cope."),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Wales: core group minutes with an action log, Care and Support
#    Protection Plan for a 5-month-old, father's cannabis and cocaine use,
#    mother's postnatal depression, Team Around the Family. Plain text with
#    initials from the attendance list. Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b135_moelwenfa_core_group_minutes_action_log_bevan.txt",
    "split": "tune",
    "actions": 11,
    "template": "wales-core-group-minutes-txt-bilingual-caps-heading-attendance-initials-numbered-minutes-agency-updates-malis-day-parents-views-outcomes-restated-scaling-contingency-next-meetings-then-action-log-ref-action-lead-due-how-well-know-update-lines-closed-entry-kept",
    "description": (
        "Welsh core group minutes (second meeting) for a Care and Support Protection Plan for a "
        "5-month-old on the child protection register: the father uses cannabis and cocaine and "
        "the mother has postnatal depression. Plain text with initials defined in the attendance "
        "list, numbered minutes with agency updates, the baby's day, the parents' views, the "
        "outcomes from the conference, then an action log with one closed entry (not counted). "
        "Good rows from the social worker, the substance misuse service, the perinatal team "
        "(which reports on capacity to change), the father and the Team Around the Family "
        "worker; but the health visitor's row is measured only by 'progress monitored', the GP "
        "letter is 'ASAP', a Dechrau'n Deg referral has no owner, the father's programme has no "
        "date, the housing row has no measure, the contingency has no specific trigger or "
        "protective response, nothing leads to legal planning, and the review conference date is "
        "to be confirmed."
    ),
    "text": """\
CYNGOR BWRDEISTREF SIROL MOELWENFA / MOELWENFA COUNTY BOROUGH COUNCIL
Gwasanaethau Plant / Children's Services - Tim Diogelu / Safeguarding Team

COFNODION Y GRWP CRAIDD / CORE GROUP MINUTES
Care and Support Protection Plan (Wales Safeguarding Procedures)

Child ........... Mali Bevan, DOB 02/06/2025 (5 months)
Parents ......... Catrin Bevan (22) and Jac Morris (24), 4 Stryd y Capel, Moelwenfa
Register ........ Name placed on the child protection register at the initial
                  child protection conference on 09/10/2025. Category: neglect
Meeting ......... Core group 2, Thursday 06/11/2025, 10am, Canolfan Deulu Moelwenfa
Chair / minutes . Bethan Rees, social worker / Rhian Lloyd, business support

PRESENT
  BR  Bethan Rees, social worker (chair)
  CB  Catrin Bevan, Mali's mum
  JM  Jac Morris, Mali's dad
  EP  Elin Parry, health visitor
  DT  Dewi Tudur, key worker, Gwasanaeth Camddefnyddio Sylweddau Moelwenfa
      (Moelwenfa Substance Misuse Service)
  LW  Lisa Watkins, community psychiatric nurse, Moelwenfa Perinatal Mental
      Health Team
  GE  Gaynor Evans, family support worker, Tim o Amgylch y Teulu (Team Around
      the Family)
  MB  Marian Bevan, Mali's nain (maternal grandmother), at Catrin's request
APOLOGIES
  OP  Dr Owen Pritchard, GP, Meddygfa'r Bont (no report received)

1. WELCOME AND PURPOSE
   BR welcomed everyone. The meeting was held in English at the parents'
   request; Catrin and Marian were reminded they can speak Welsh at any time.
   The purpose is to check the Care and Support Protection Plan made at the
   conference on 09/10/2025 and to update the action log.

2. ACTIONS FROM CORE GROUP 1 (16/10/2025)
   Reviewed line by line; see the action log at the end of these minutes.
   The referral of Jac to the substance misuse service is done and closed.

3. AGENCY UPDATES
   3.1 Health visiting (EP): Mali weighed 6.9kg on 04/11/2025, on the 25th
       centile, up from between the 9th and 25th at the conference. She is
       smiling and rolling. The Moses basket is now in the parents' room;
       on one visit there was a pillow and a throw in it, which Catrin
       removed when asked.
   3.2 Substance misuse (DT): Jac has been to four of five sessions. Two urine
       screens were positive for cannabis and one for cocaine (18/10/2025);
       the screen of 30/10/2025 was negative for both. Jac says he has cut
       down to weekends and smokes outside.
   3.3 Perinatal mental health (LW): Catrin's mood is lower in the afternoons.
       She has started an antidepressant and is sleeping better. LW will give
       a view on Catrin's capacity to change in her report to the next core
       group.
   3.4 Team Around the Family (GE): three sessions on Mali's routine, bath and
       play. Catrin is doing the bath herself now and sings to Mali in Welsh.
   3.5 GP: no report received; BR to chase.

4. MALI'S DAY (LIVED EXPERIENCE)
   Mali was seen by BR at home on 03/11/2025 at 8.30am. She was awake in her
   basket, in a wet nappy, and had had her last bottle at 4am. She settled
   quickly when Catrin picked her up and stopped crying when Catrin talked to
   her. MB said that at her house Mali has her bottles on time and naps in
   her cot. EP has seen Mali turn to Catrin's voice and reach for her face.
   When Jac raised his voice on the visit of 27/10/2025 Mali startled and
   cried and took ten minutes to settle.

5. PARENTS' VIEWS
   Catrin said she feels "less on my own" since GE started and wants help
   with money and housing: the flat is one bedroom with damp in the corner of
   Mali's room. Jac said he "is not using in the house any more" and wants
   the plan to end by the spring. Both agreed with the action log.

6. OUTCOMES FOR MALI (FROM THE INITIAL CONFERENCE)
   6.1 Mali is cared for by parents who are sober, awake and able to respond
       every time she needs feeding, changing or comforting.
   6.2 Mali sleeps safely every night, on her back in a clear cot.
   6.3 Mali gains weight steadily and meets her milestones.
   6.4 Mali lives in a home free from arguments and shouting.

7. SCALING
   0 = Mali cannot live with her parents; 10 = the plan can end.
   Catrin 7, Jac 8, EP 5, DT 4, LW 5, GE 6, BR 4.

8. CONTINGENCY (AGREED AT THE CONFERENCE, CONFIRMED TODAY)
   If there are any further concerns about Mali's care, the core group will
   meet to review the plan and BR will discuss next steps with her team
   manager.

9. NEXT MEETINGS
   Next core group: Thursday 04/12/2025, 10am, Canolfan Deulu Moelwenfa,
   then every four weeks.
   Review child protection conference: date to be confirmed by the
   Safeguarding Unit.

================================================================================
ACTION LOG (updated 06/11/2025)
================================================================================
A1  ACTION   Visit Mali at home, at least one visit in three unannounced, and
             see her awake, fed and changed
    LEAD     BR
    DUE      Weekly until the review conference
    MEASURE  Visit records show Mali seen each week, with what she was doing
             and how her parents responded to her
    UPDATE   4 of 4 visits done, one unannounced

A2  ACTION   Weigh Mali at home, check her development and look at where she
             sleeps
    LEAD     EP
    DUE      Every two weeks
    MEASURE  Mali's progress monitored
    UPDATE   Weighed 04/11/2025

A3  ACTION   Key-work with Jac and urine screens, with a written report to each
             core group on whether he has stopped using and what that means
             for his care of Mali
    LEAD     DT
    DUE      Every Tuesday; report two working days before each core group
    MEASURE  Screen results and the written report on the social worker's file
    UPDATE   Report received for this meeting

A4  ACTION   Use no cannabis or cocaine in the flat or on any day he is caring
             for Mali
    LEAD     JM
    DUE      Every day from 09/10/2025
    MEASURE  Every urine screen from 06/11/2025 negative
    UPDATE   Latest screen negative (30/10/2025)

A5  ACTION   See Catrin every two weeks, and report to each core group on her
             mood, her bond with Mali, her capacity to change and the likely
             timescale
    LEAD     LW
    DUE      Every two weeks; report before each core group
    MEASURE  Written report on the social worker's file before every core group
    UPDATE   First report due 02/12/2025

A6  ACTION   Send a summary of Catrin's and Jac's health records and
             prescriptions to the social worker
    LEAD     OP
    DUE      ASAP
    MEASURE  GP letter on the social worker's file
    UPDATE   Not received - carried forward

A7  ACTION   A referral will be made for Catrin and Jac to join the Dechrau'n
             Deg (Flying Start) parenting group
    LEAD     -
    DUE      By 20/11/2025
    MEASURE  Letter accepting the referral on file
    UPDATE   New

A8  ACTION   Write a safe sleep plan with Catrin and Jac, and check the basket
             is clear at every visit
    LEAD     GE
    DUE      Plan by 13/11/2025; basket checked at every visit
    MEASURE  Signed safe sleep plan on file; basket seen clear at each visit
    UPDATE   New - after EP's update at 3.1

A9  ACTION   Weekly sessions with Catrin and Jac on Mali's routine, bath time
             and play
    LEAD     GE
    DUE      Every Wednesday, 15/10/2025 to 17/12/2025
    MEASURE  Session notes sent to BR; Mali's feed and sleep chart kept
    UPDATE   3 of 3 sessions done

A10 ACTION   Jac to go to the Newid programme for fathers on arguments at home
             and how they affect Mali
    LEAD     JM
    DUE      -
    MEASURE  Attendance report from the Newid programme worker to BR
    UPDATE   Waiting for a start date

A11 ACTION   Contact Cartrefi Moelwenfa about moving the family from the
             one-bedroom flat and about the damp in Mali's room
    LEAD     BR
    DUE      By 20/11/2025
    MEASURE
    UPDATE   New

CLOSED
C1  ACTION   Refer Jac to Moelwenfa Substance Misuse Service
    LEAD     BR      DUE  By 17/10/2025
    UPDATE   DONE 14/10/2025 - CLOSED
================================================================================
""",
    "findings": [
        F("M002", "Weigh Mali at home, check her development and look"),
        F("T002", "Send a summary of Catrin's and Jac's health records"),
        F("W001", "A referral will be made for Catrin and Jac to join"),
        F("T001", "Jac to go to the Newid programme for fathers"),
        F("M001", "Contact Cartrefi Moelwenfa about moving the family from the"),
        F("C002"),
        F("R001"),
        F("R002"),
    ],
})
