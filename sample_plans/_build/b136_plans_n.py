"""Batch 136, module n: seven fictional plans (held-out material), places beginning with "n".

Everything here is made up: children, families, professionals, services,
schools, hospitals, Trusts and councils. Labels were written by hand from
docs/rules.md and the conventions in sample_plans/README.md, without running
planlint or reading its code.

Focus: plans written by experienced practitioners in all four UK nations and
in English authorities with house styles of their own, each in its own
template and words. A Welsh "Cynllun Gofal a Chymorth Amddiffyn / Care and
Support Protection Plan" under the Wales Safeguarding Procedures, with
Welsh-then-English headings, the child protection register and an outcome
column merged down a landscape table; a Scottish GIRFEC Child's Plan for a
15-year-old agreed at an initial Child Protection Planning Meeting (Named
Person, Lead Professional, SHANARRI, an IRD, the Children's Reporter and a
Compulsory Supervision Order); a Northern Ireland Trust plan from an initial
Child Protection Case Conference (UNOCINI domains as banner rows, the Gateway
team, the Family Intervention Team's key worker, Article 8 orders, a legal
planning meeting with the Trust's solicitor); a Signs of Safety "safety plan"
with the family network's rules and the professionals' next steps; a Public
Law Outline letter before proceedings with the pre-proceedings plan; a
Scottish review CPPM record with a SHANARRI table; and Team Around the Family
core group minutes in a Strengthening Families authority.

Five plans are exemplary (the Welsh docx, the Scottish teenager's PDF, the
Northern Ireland PDF, the Signs of Safety Markdown plan and the PLO letter
docx). Two carry a realistic mix of faults among mostly good rows: the
Scottish review CPPM record (Markdown) and the Team Around the Family minutes
(plain text).

Counting convention used for "actions" (sample_plans/README.md, convention 1
and "Files"): every live row of an action table and every action block of an
action log counts. In the Signs of Safety plan both the family network's
rules table and the professionals' next steps table are the plan's action
sections and both count. Not counted: the contingency, meeting dates,
assessment grids (SHANARRI "going well / worried about" tables), discussion
in minutes, and one-off actions shown as done or closed. Banner rows naming a
UNOCINI domain are headings, not actions.
"""
from build_batch5 import F, H, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Wales. Care and Support Protection Plan from an initial child protection
#    conference, mother with bipolar disorder, two children, Nain helping.
#    Welsh-then-English headings, landscape table with the outcome merged
#    down over its actions. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_nantgwenlli_care_support_protection_plan_merged_llewelyn.docx",
    "doc_title": "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan - Elis and Mali Llewelyn",
    "split": "heldout",
    "actions": 14,
    "landscape": True,
    "check_vmerge": 4,
    "header": "SWYDDOGOL – SENSITIF / OFFICIAL – SENSITIVE",
    "template": "wales-care-and-support-protection-plan-docx-landscape-welsh-then-english-headings-kv-register-details-why-views-then-outcome-merged-down-action-who-when-how-we-will-know-table-contingency-core-group-review",
    "description": (
        "Exemplary Welsh care and support protection plan from an initial child protection "
        "conference under the Wales Safeguarding Procedures, for a 7-year-old and a 2-year-old "
        "whose mother has bipolar disorder and stopped her lithium in the summer. Headings are in "
        "Welsh then English; the children's names are on the child protection register; a "
        "landscape Word table has each outcome for the children merged down over its actions. "
        "The CMHT care co-ordinator and the consultant psychiatrist both report on capacity to "
        "change, the GP owns an action, Nain's part has a fallback, legal planning follows named "
        "triggers, core group dates and the review conference date are set."
    ),
    "blocks": [
        ("title", "Cynllun Gofal a Chymorth Amddiffyn / Care and Support Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Nantgwenlli / Nantgwenlli County Borough Council – Gwasanaethau Plant / "
              "Children's Services – Tîm Amddiffyn Plant / Child Protection Team"),
        ("kv", [
            ("Plant / Children", "Elis Llewelyn (7), DOB 22/03/2018, Year 3, Ysgol Gymraeg Bro Gwenlli; "
                                 "Mali Llewelyn (2), DOB 09/08/2023"),
            ("Cyfeiriad / Address", "14 Heol y Bryn, Nantgwenlli NW4 2TD"),
            ("Mam / Mother", "Sioned Llewelyn (30)"),
            ("Tad / Father", "Dafydd Price (33), lives in Aberwern; video calls with Elis and Mali on Sunday "
                             "evenings"),
            ("Nain / Maternal grandmother", "Glenys Llewelyn, 3 Maes y Felin, Nantgwenlli (five minutes by car)"),
            ("Iaith / Language", "Welsh is the family's first language. Elis and Mali are spoken to in Welsh at "
                                 "home, at school and at the cylch; Sioned and Glenys prefer meetings in Welsh."),
            ("Cofrestr / Register", "Elis and Mali's names were placed on the child protection register under "
                                    "the category of neglect at the initial child protection conference on "
                                    "14/10/2025."),
            ("Cadeirydd / Chair", "Alun Tudor, Independent Conference Chair, Nantgwenlli Safeguarding Unit"),
            ("Gweithiwr cymdeithasol / Social worker", "Catrin Beynon (team manager: Rhian Owen)"),
        ]),
        ("p", "This plan was agreed at the initial child protection conference under the Wales Safeguarding "
              "Procedures. It is Elis and Mali's care and support protection plan: it says what must happen to "
              "keep them safe and to meet their care and support needs, who will do it and by when. Sioned and "
              "Glenys helped to write it and have a copy in Welsh."),
        ("h1", "Pam fod gan Elis a Mali gynllun / Why Elis and Mali have a plan"),
        ("p", "Sioned has bipolar disorder and has been well on lithium for several years. In August 2025, after "
              "her father died, she stopped taking it. She was awake most nights, spent her rent on furniture "
              "she did not need, and on 19/09/2025 a neighbour found Elis at 8pm pushing Mali along Heol y Bryn "
              "in her pushchair, on his way to Nain's because “Mam won't stop talking”. Elis missed eleven days "
              "of school in September and Mali was not taken to her two-year development review. Sioned was "
              "treated at home by the crisis team and restarted her lithium on 29/09/2025."),
        ("p", "Sioned told the conference: “Dw i eisiau bod yn iach i'r plant. I know I scared Elis. I want to "
              "be the one who looks after him, not the other way round.” She agrees with the plan and asked for "
              "Nain to be part of it."),
        ("h1", "Beth mae Elis a Mali yn ei ddweud / What Elis and Mali tell us"),
        ("p", "Elis (seen on his own at school on 08/10/2025, in Welsh): “Pan mae Mam yn sâl dw i'n gwneud brecwast "
              "i Mali.” (When Mam is poorly I make Mali's breakfast.) “I like Nain's because she makes cawl and I "
              "don't have to listen for Mali in the night.” He put his worries at 8 out of 10. He wants Mam “to "
              "take her tablets every day” and to keep going to Nain's on Saturdays."),
        ("p", "Mali is two. On the visits of 30/09/2025 and 07/10/2025 she went to Elis, not to Sioned, when she "
              "fell over, and her nappy had not been changed since the morning. At Nain's she ate all her tea, "
              "babbled away in Welsh and fell asleep on Glenys's lap."),
        ("h1", "Y cynllun / The plan"),
        ("p", "The first column gives the outcome we want for Elis and Mali; the actions beside it are how we will "
              "get there. Every action has one person who leads it."),
        ("table", {
            "header": ["Canlyniad / Outcome for Elis and Mali", "Cam / Action", "Pwy / Who",
                       "Erbyn pryd / When", "Sut byddwn ni'n gwybod / How we will know"],
            "widths": [5.0, 6.6, 4.2, 4.0, 5.9],
            "rows": [
                ["1. Elis and Mali are looked after every day by a parent who is well enough to get them up, "
                 "fed, clean and to school or the cylch on time.",
                 "Visit Elis and Mali at home, one visit in every three unannounced, and see Elis on his own, "
                 "in Welsh",
                 "Catrin Beynon, social worker",
                 "Weekly from 16/10/2025 until the review conference",
                 "Visit records show both children seen every week and Elis seen alone, with his own words "
                 "written down"],
                [V,
                 "See Sioned at home, check her lithium and her early warning signs, and report on whether she "
                 "is making and keeping the changes Elis and Mali need and how long that is likely to take",
                 "Huw Bevan, care co-ordinator, Nantgwenlli Community Mental Health Team",
                 "Every two weeks; written report two working days before each core group",
                 "Written report on the children's file before every core group, with the visit dates and "
                 "Huw's view of the timescale"],
                [V,
                 "Review Sioned's medication and give a written assessment of her insight, her relapse signs, "
                 "her capacity to change and the likely timescale for the children",
                 "Dr Meleri Vaughan, consultant psychiatrist, Nantgwenlli CMHT",
                 "Outpatient review by 21/11/2025; written assessment by the core group on 02/12/2025",
                 "Assessment letter sent to the social worker and shared at the core group on 02/12/2025"],
                [V,
                 "Take her lithium every evening and have her blood level checked every month, so that she "
                 "stays well enough to care for Elis and Mali",
                 "Sioned Llewelyn (Mam)",
                 "Every evening; blood test in the first week of each month",
                 "Every monthly lithium level in the therapeutic range, as shown on the result the GP sends to "
                 "the social worker"],
                [V,
                 "Send the social worker each lithium result, and tell her of any missed blood test or review",
                 "Dr Iwan Roberts, GP, Meddygfa Heol y Bryn",
                 "Monthly from November 2025; within two working days of any missed appointment",
                 "GP letter on the children's file each month; every missed appointment reported in writing"],
                ["2. Mali grows well, is safe at home and gets the health care a child of her age needs.",
                 "Visit Mali at home, weigh her, check her development and see that the stair gate and "
                 "fireguard are in place",
                 "Ffion Rowlands, health visitor",
                 "Every two weeks from 21/10/2025",
                 "Weight plotted in Mali's red book, staying on or above the 50th centile; gate and fireguard "
                 "seen at each visit"],
                [V,
                 "Complete Mali's missed two-year development review with Sioned and share the results",
                 "Ffion Rowlands, health visitor",
                 "By 14/11/2025",
                 "Ages and Stages scores, and any referral made, sent to the social worker by 21/11/2025"],
                [V,
                 "Record Mali's attendance, how she arrives and anything she says or shows about home, and "
                 "phone the social worker the same day with any worry",
                 "Meinir Jenkins, leader, Cylch Meithrin Nantgwenlli",
                 "Every session (Monday, Wednesday and Friday mornings)",
                 "Weekly attendance email to the social worker showing 90% or more; same-day calls written in "
                 "the cylch's safeguarding log"],
                ["3. Elis is in school every day and no longer feels he has to look after Mali or his mam.",
                 "Check Elis's attendance each morning and give him a weekly check-in with his ELSA, Mrs "
                 "Hafwen Lloyd",
                 "Mr Dylan Pugh, designated safeguarding person, Ysgol Gymraeg Bro Gwenlli",
                 "Every school day; check-in every Tuesday",
                 "Attendance sent to the social worker each Friday, at 95% or more; each check-in noted on the "
                 "school's safeguarding system"],
                [V,
                 "Carry out a young carer's assessment with Elis and offer him a place at the Saturday young "
                 "carers' club",
                 "Lowri Hughes, Nantgwenlli Young Carers Service",
                 "Assessment by 28/11/2025; club place from 06/12/2025",
                 "Elis's young carer's plan, in his own words, sent to the social worker; the club register "
                 "shows him there"],
                [V,
                 "Do four sessions of direct work with Elis about his mam's illness, using a “Mam's weather” "
                 "worksheet, so that he knows the warning signs and who to tell",
                 "Catrin Beynon, social worker",
                 "Four sessions by 16/12/2025",
                 "Elis's worksheets on file; at the last session he can name three warning signs and two "
                 "adults to tell"],
                ["4. Elis and Mali have a safe adult to go to the same day if their mam becomes unwell.",
                 "Have Elis and Mali to stay every Saturday night, and collect Elis from school on Tuesdays and "
                 "Thursdays",
                 "Glenys Llewelyn (Nain)",
                 "Every Saturday, Tuesday and Thursday from 18/10/2025",
                 "Glenys texts the social worker each Sunday; the school's collection book shows her name on "
                 "Tuesdays and Thursdays"],
                [V,
                 "Be the adult Elis phones if his mam shows her warning signs, and take both children to 3 Maes "
                 "y Felin that day",
                 "Glenys Llewelyn (Nain)",
                 "From 14/10/2025; the same day whenever Elis or Sioned phones",
                 "Glenys tells the social worker by 9am the next day; Elis shows the social worker Nain's number "
                 "by the house phone at each visit"],
                [V,
                 "Hold a family network meeting with Sioned, Glenys, Dafydd and his sister Bethan Price to agree "
                 "who steps in if Glenys cannot",
                 "Catrin Beynon, social worker",
                 "Before the core group on 04/11/2025",
                 "Written family network plan sent to every core group member by 04/11/2025"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If Sioned misses her lithium for two days, or shows two of her warning signs (not sleeping, "
              "spending money she does not have, talking very fast, leaving the children on their own), Huw "
              "Bevan will see her the same day and arrange a Mental Health Act assessment if it is needed, and "
              "Elis and Mali will go to Glenys at 3 Maes y Felin that evening."),
        ("p", "If Glenys cannot have the children (she is ill or away), Catrin will ask Bethan Price to have them "
              "if the family network meeting has agreed it; if neither can, Catrin will place Elis and Mali "
              "together with Welsh-speaking foster carers in Nantgwenlli the same day."),
        ("p", "If the children are found without a well adult again, Sioned is admitted to hospital, or Dr "
              "Vaughan's assessment says Sioned cannot make the changes in a timescale that meets Elis and Mali's "
              "needs, Catrin will ask Rhian Owen for a legal planning meeting within five working days, to decide "
              "whether to begin pre-proceedings under the Public Law Outline."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("bullets", [
            "Grŵp craidd / Core group: every four weeks, Tuesdays at 10am, Canolfan Deulu Nantgwenlli – "
            "04/11/2025, 02/12/2025 and 06/01/2026.",
            "Cynhadledd adolygu / Review child protection conference: Tuesday 13/01/2026, 1.30pm, Canolfan "
            "Ddinesig Nantgwenlli.",
            "Catrin will see Elis on his own before each core group and bring his words to the meeting.",
            "Meetings are held in Welsh with simultaneous translation for anyone who wants it.",
        ]),
        ("p", "Copïau / Copies: Sioned, Dafydd, Glenys and every person named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Scotland. GIRFEC Child's Plan for a 15-year-old, agreed at the initial
#    Child Protection Planning Meeting: exploitation and going missing. Her
#    own words first, a SHANARRI assessment grid, outcomes by indicator, then
#    a numbered action table with an indicator column. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_nethergarvock_girfec_childs_plan_teen_cppm_mackintosh.pdf",
    "doc_title": "Child's Plan - Skye Mackintosh",
    "split": "heldout",
    "actions": 13,
    "header": "OFFICIAL-SENSITIVE – Nethergarvock Council – Child's Plan (Child Protection)",
    "footer": "Skye Mackintosh – Child's Plan agreed at the initial CPPM, 05/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "scotland-girfec-childs-plan-teenager-paged-header-footer-about-me-in-own-words-why-plan-shanarri-going-well-worried-grid-outcomes-by-indicator-then-numbered-what-who-when-how-well-know-indicator-table-if-things-go-wrong-core-group-review-cppm-whos-who",
    "description": (
        "Exemplary Scottish Child's Plan for a 15-year-old who has gone missing five times and "
        "been found with adult men, agreed at the initial Child Protection Planning Meeting; a "
        "Word document printed to PDF with a page header and footer. It opens with Skye's own "
        "words, then a SHANARRI 'going well / worried about' grid (an assessment, not actions), "
        "outcomes tagged by wellbeing indicator and a numbered action table naming the Named "
        "Person, the Lead Professional, the school nurse, the police Public Protection Unit, the "
        "youth substance service, CAMHS, an advocate, her mum, her aunt and Skye herself. The "
        "contingency names an IRD, the aunt's fallback and legal advice with a referral to the "
        "Children's Reporter; core group dates and the review CPPM date are set."
    ),
    "blocks": [
        ("title", "Child's Plan"),
        ("p", "Getting it right for every child – Nethergarvock Council Children and Families Social Work, "
              "Nethergarvock Health and Social Care Partnership and Nethergarvock Academy"),
        ("kv", [
            ("Name", "Skye Mackintosh, DOB 17/06/2010 (15), S4, Nethergarvock Academy"),
            ("Address", "27 Craigend Crescent, Nethergarvock NV7 3PL"),
            ("Lives with", "her mum, Lorna Mackintosh (41)"),
            ("Dad", "Graham Mackintosh, lives in Port Carran; phones Skye most weekends"),
            ("Aunt", "Morag Fraser (Lorna's sister), 5 Glebe Row, Nethergarvock"),
            ("Named Person", "Mrs Shona Reid, Pupil Support Leader, Nethergarvock Academy"),
            ("Lead Professional", "Fiona Baird, social worker, Nethergarvock Council (senior: Alan Strachan)"),
            ("Plan agreed at", "Initial Child Protection Planning Meeting (CPPM), 05/11/2025. Chair: Derek "
                               "Lindsay, Child Protection Chair"),
            ("Registration", "Skye's name was placed on the child protection register. Area of concern: child "
                             "sexual exploitation."),
        ]),
        ("h1", "1. About me – in Skye's own words"),
        ("p", "Skye wrote this with Fiona on 30/10/2025 and asked for it to go first."),
        ("p", "“I'm Skye. I like boxing, drawing and my dog Bruno. I don't really think I need a plan because I can "
              "look after myself, but I know Mum was scared when I didn't come home. The boys I was with are my "
              "pals, they give me lifts and stuff. I hate being asked where I've been every five minutes. What "
              "would help: Mum not shouting when I come in, going to Auntie Morag's more, and school letting me "
              "do more art and less maths. I'll come to the meetings if I can leave when I want.”"),
        ("h1", "2. Why Skye has a child protection plan"),
        ("p", "Since August Skye has been reported missing five times, twice overnight. Three times she was found "
              "in cars or in a flat in Carsebank with men aged 19 and 24 who have given her vodka and cannabis and "
              "bought her a phone. On 18/10/2025 she came home at 4am, could not say where she had been and had "
              "bruises on her upper arms. An inter-agency referral discussion (IRD) was held on 20/10/2025. Skye "
              "did not want to speak about what happened. Her attendance this term is 71%. Lorna works night "
              "shifts on Thursdays, Fridays and Saturdays, and Skye has been on her own on those nights."),
        ("p", "Lorna said at the CPPM: “I'm frightened for her. I'll do whatever it takes, even change my shifts.”"),
        ("h1", "3. Skye's wellbeing – what is going well and what we are worried about"),
        ("table", {
            "header": ["Wellbeing indicator", "What is going well", "What we are worried about"],
            "widths": [3.2, 6.9, 6.9],
            "rows": [
                ["Safe", "Skye phoned her mum herself on the last missing night and said where she was.",
                 "Adults are exploiting her with alcohol, cannabis and gifts; she has been missing overnight."],
                ["Healthy", "She is fit and trains hard when she goes to boxing.",
                 "She sleeps badly, has said she feels “flat”, and uses cannabis most weekends."],
                ["Achieving", "Her art teacher says her portfolio is the best in S4.",
                 "Attendance of 71%; she is behind in maths and English."],
                ["Nurtured", "Skye and Lorna love each other and both want to get on better.",
                 "Skye is alone at night three times a week; arguments when she comes in late."],
                ["Active", "Boxing twice a week until September.", "She stopped going when she met the men."],
                ["Respected", "Skye has said clearly what she thinks of the plan.",
                 "She feels adults talk about her, not to her."],
                ["Responsible", "She has kept to her curfew on the nights Morag has had her.",
                 "She does not see the men as a risk to her."],
                ["Included", "She has two close friends at school.",
                 "The men's friends are becoming her main group."],
            ],
        }),
        ("h1", "4. What we want for Skye"),
        ("numbers", [
            "Safe: Skye is at home, or with an adult her mum has agreed, by 10pm every night, and has no contact "
            "with the adults who have exploited her.",
            "Healthy: Skye sleeps better, uses less cannabis, and knows how to get sexual health care and keep "
            "herself safe in relationships.",
            "Achieving: Skye is in school for at least 90% of sessions and is on course for her National 5 Art.",
            "Nurtured: Skye has a calm, reliable adult with her every night, including the nights her mum works.",
            "Respected and included: Skye's views are heard at every meeting and she has a real say in how her "
            "plan works.",
        ]),
        ("h1", "5. The plan"),
        ("p", "Fiona, as Lead Professional, co-ordinates the plan. The last column shows the wellbeing indicator "
              "each action mainly helps."),
        ("table", {
            "header": ["No.", "What will happen", "Who", "When", "How we'll know it's working", "Indicator"],
            "widths": [0.8, 4.6, 2.9, 2.8, 4.1, 1.8],
            "rows": [
                ["1",
                 "See Skye on her own every week, at school or at home, and do six sessions of direct work "
                 "with her on healthy and exploitative relationships",
                 "Fiona Baird, Lead Professional",
                 "Weekly from 07/11/2025; six sessions by 19/12/2025",
                 "Visit records show Skye seen alone every week, in her own words; Skye and Fiona agree a "
                 "safety score out of 10 at each session and Fiona records it",
                 "Safe"],
                ["2",
                 "Hold a return discussion with Skye after every missing episode, about where she was, who "
                 "with and what would have helped her come home",
                 "Fiona Baird, Lead Professional",
                 "Within 72 hours of every return",
                 "Return discussion record on Skye's file and sent to the Public Protection Unit the same week",
                 "Safe"],
                ["3",
                 "Check every address and car Skye is found in, act against the adults involved and tell the "
                 "Lead Professional what was found",
                 "DS Ross Dalgleish, Public Protection Unit, Nethergarvock police office",
                 "Within 24 hours of every missing episode; written update before each core group",
                 "Intelligence update to Fiona after each episode; written police update at every core group",
                 "Safe"],
                ["4",
                 "Phone the police and then Fiona, or the out-of-hours social work service, if Skye is not home "
                 "by 10pm and has not said where she is",
                 "Lorna Mackintosh (Mum)",
                 "By 10.30pm on any night Skye is not home",
                 "Each call logged by the police and in the missing log, which Fiona reads every Monday",
                 "Safe"],
                ["5",
                 "Change her night shifts from Thursday–Saturday to Sunday–Tuesday, so that she is at home with "
                 "Skye on Friday and Saturday nights",
                 "Lorna Mackintosh (Mum)",
                 "From 14/11/2025",
                 "New shift rota from her employer seen by Fiona by 14/11/2025; Skye tells Fiona each week who "
                 "was at home at the weekend",
                 "Nurtured"],
                ["6",
                 "Have Skye to stay on the nights Lorna works, and text Fiona if Skye is not in by 10pm",
                 "Morag Fraser (aunt)",
                 "Every Sunday, Monday and Tuesday night from 16/11/2025",
                 "Morag texts Fiona each Wednesday morning with the nights Skye stayed; any late return texted "
                 "the same night",
                 "Nurtured"],
                ["7",
                 "As Named Person, check Skye's attendance at every period, phone Fiona the same day if she is "
                 "missing from class, and meet her each Monday to plan her week",
                 "Mrs Shona Reid, Named Person",
                 "Every school day; meeting every Monday",
                 "Period attendance sent to Fiona each Friday, rising to 90% by the review CPPM; Monday meetings "
                 "noted in Skye's pupil support record",
                 "Achieving"],
                ["8",
                 "Swap one maths class for an extra art class, and give Skye a lunchtime place in the art "
                 "department",
                 "Mrs Shona Reid, Named Person",
                 "By 21/11/2025",
                 "Skye's new timetable given to her and to Fiona by 21/11/2025; art teacher's attendance note "
                 "each month",
                 "Achieving"],
                ["9",
                 "See Skye at the school drop-in for sexual health advice and talk with her about consent and "
                 "contraception",
                 "Ailsa Kerr, school nurse",
                 "Every two weeks from 12/11/2025",
                 "Drop-in record shows Skye seen at least five times by 31/01/2026; with her agreement, a short "
                 "note to Fiona after each session",
                 "Healthy"],
                ["10",
                 "One-to-one sessions with Skye about her cannabis and alcohol use, using her own use diary",
                 "Craig Muir, youth worker, Nethergarvock Young People's Substance Service",
                 "Every Thursday from 13/11/2025",
                 "Skye's use diary, with her agreement, and Craig's written update to each core group showing "
                 "how many days a week she used",
                 "Healthy"],
                ["11",
                 "Assess Skye's low mood and poor sleep, and give written recommendations to the core group",
                 "Dr Euan Paterson, clinical psychologist, Nethergarvock CAMHS",
                 "Appointment by 28/11/2025; letter by the core group on 09/12/2025",
                 "Assessment letter with recommendations sent to Fiona and shared at the core group on "
                 "09/12/2025",
                 "Healthy"],
                ["12",
                 "Go back to boxing training at Carsebank Amateur Boxing Club, with her coach's lift home",
                 "Skye, with her coach Gary Lennox",
                 "Every Tuesday and Thursday, 6pm to 8pm, from 11/11/2025",
                 "Club register, which Gary texts to Fiona every Friday",
                 "Active"],
                ["13",
                 "Help Skye get her views ready for each core group and the review CPPM, and come with her if "
                 "she wants",
                 "Kirsten Hay, children's rights officer, Nethergarvock Council",
                 "Before every core group and the review CPPM",
                 "Skye's written or recorded views shared at every meeting",
                 "Respected"],
            ],
        }),
        ("h1", "6. If things go wrong"),
        ("p", "If Skye is out after 10pm and nobody can reach her, the adult caring for her that night phones the "
              "police at once and then Fiona or the out-of-hours social work service. The police will check the "
              "known addresses in Carsebank that night."),
        ("p", "If Skye is found with either of the two men or at the Carsebank flat, or comes home drunk, under the "
              "influence or hurt, Fiona will hold an IRD with the police and health the same or the next working "
              "day, and Skye will stay with Morag at 5 Glebe Row until the IRD has agreed how to keep her safe."),
        ("p", "If Morag cannot have Skye (she is ill or away), or Lorna cannot get her shifts changed, Fiona will "
              "arrange for Skye to stay with Nethergarvock Council foster carers on those nights, from the same "
              "day."),
        ("p", "If Skye goes missing three times in any four weeks, or is found again with an adult who has "
              "exploited her, Fiona will seek legal advice from the council's solicitor within five working days "
              "and refer Skye to the Children's Reporter, asking that a Children's Hearing consider a Compulsory "
              "Supervision Order."),
        ("h1", "7. Core group and review CPPM"),
        ("bullets", [
            "Core group: every four weeks, Tuesdays at 3.45pm, Nethergarvock Academy – 11/11/2025, 09/12/2025 "
            "and 13/01/2026.",
            "Review Child Protection Planning Meeting: Tuesday 03/02/2026, 10am, Burgh Hall, Nethergarvock.",
            "Skye is invited to every meeting. She can come for part of it, send her views with Kirsten, or both.",
        ]),
        ("h1", "8. Who's who"),
        ("kv", [
            ("Named Person", "Mrs Shona Reid – Nethergarvock Academy"),
            ("Lead Professional", "Fiona Baird – Children and Families Social Work"),
            ("School nurse", "Ailsa Kerr – Nethergarvock Health and Social Care Partnership"),
            ("Police", "DS Ross Dalgleish – Public Protection Unit"),
            ("Advocacy", "Kirsten Hay – children's rights officer"),
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Northern Ireland. Child protection plan from an initial Child Protection
#    Case Conference, a Health and Social Care Trust, domestic abuse and the
#    father's cocaine and alcohol use, two children, supervised contact at the
#    paternal grandmother's. UNOCINI summary, then a plan table with a banner
#    row for each UNOCINI domain. Exemplary (pdf)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_novenagh_cpcc_trust_unocini_domain_banners_magennis.pdf",
    "doc_title": "Child Protection Plan - Cara and Rory Magennis",
    "split": "heldout",
    "actions": 13,
    "header": "Novenagh and Glenarden Health and Social Care Trust – Child Protection Plan – CONFIDENTIAL",
    "footer": "Cara and Rory Magennis – initial CPCC 18/11/2025 – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "template": "ni-hsc-trust-initial-cpcc-record-and-plan-paged-header-footer-decision-kv-unocini-summary-by-domain-childrens-and-parents-views-outcomes-then-ref-action-responsible-timescale-evidence-table-with-unocini-domain-banner-rows-contingency-core-group-review-cpcc",
    "description": (
        "Exemplary Northern Ireland child protection plan from an initial Child Protection Case "
        "Conference of a Health and Social Care Trust, for a 9-year-old and a 4-year-old after "
        "their father, who uses cocaine and alcohol, assaulted their mother in front of them. The "
        "Gateway team's UNOCINI assessment is summarised by domain; the plan table has a banner "
        "row for each UNOCINI domain (headings, not actions) and names the Family Intervention "
        "Team key worker, the Trust's Community Addiction Team (reporting on change), a "
        "perpetrator programme, a domestic abuse outreach worker, the paternal grandmother who "
        "supervises contact and an aunt; the mother is to get advice on Article 8 orders. The "
        "contingency covers contact breaking down, the family help failing and a legal planning "
        "meeting with the Trust's solicitor; core group dates and the review CPCC date are set."
    ),
    "blocks": [
        ("title", "Child Protection Case Conference: Decision and Child Protection Plan"),
        ("kv", [
            ("Conference", "Initial Child Protection Case Conference (CPCC), 18/11/2025, Novenagh Health and Care "
                           "Centre"),
            ("Chair", "Eileen Corr, Principal Social Worker (Safeguarding)"),
            ("Children", "Cara Magennis (9), DOB 03/04/2016, P6, Glenarden Road Primary School; Rory Magennis "
                         "(4), DOB 21/09/2021, Ballyshane Nursery School"),
            ("Address", "8 Drumlagh Gardens, Novenagh NB5 7QR"),
            ("Mother", "Niamh Magennis (32)"),
            ("Father", "Declan Magennis (36), living with his mother at 61 Church Brae, Novenagh, since "
                       "03/10/2025"),
            ("Paternal grandmother", "Bernadette Magennis, 61 Church Brae, Novenagh"),
            ("Maternal aunt", "Orla Devlin, 14 Millview, Novenagh"),
            ("Referral", "Police referral to the Gateway team, 03/10/2025; UNOCINI assessment completed by the "
                         "Gateway team on 07/11/2025"),
            ("Key worker", "Sean McAleese, social worker, Family Intervention Team (Novenagh); team leader: "
                           "Ciara Doran"),
            ("Decision", "Cara's and Rory's names were placed on the Child Protection Register under the "
                         "category of emotional abuse."),
        ]),
        ("h1", "1. Summary of the UNOCINI assessment"),
        ("boldp", "The children's needs"),
        ("p", "On 02/10/2025 Declan, who had been drinking and taking cocaine, pushed Niamh into the kitchen door "
              "and punched her while Rory was on the floor beside her. Cara phoned 999. Cara has been anxious and "
              "tearful at school since and has twice asked to phone home at break. Rory has started wetting the "
              "bed again and has few words for his age."),
        ("boldp", "Parents' capacity"),
        ("p", "Niamh gives the children warm, good daily care and acted to protect them by ending the relationship. "
              "Declan accepts he has a cocaine problem but says the assault was “a one-off”. The police have "
              "recorded four earlier call-outs to the house since 2023, each after Declan had been drinking."),
        ("boldp", "Family and environment"),
        ("p", "Bernadette has offered to supervise Declan's contact at her home and Orla lives a few streets away. "
              "The house has no working lock on the back door."),
        ("h1", "2. What Cara and Rory have told us"),
        ("p", "Cara (seen on her own at school on 12/11/2025): “I rang 999 because Mummy was on the floor. I want "
              "to see Daddy but only at Granny's and only if he's not cross. I'd like a lock on the back door so "
              "he can't just come in.” She put her worry at 7 out of 10."),
        ("p", "Rory (seen at home on 13/11/2025) played with his cars and said “Daddy shout” when the social "
              "worker asked about the kitchen. He stayed close to Niamh and let her comfort him when he bumped "
              "his head. Nursery say he is happiest with his key worker in the sand area."),
        ("h1", "3. Parents' views"),
        ("p", "Niamh agrees with the plan and wants to “get it right for the kids”. Declan attended part of the "
              "conference. He disagrees with registration but agreed to keep to the written agreement, to see "
              "the addiction team and to go to the perpetrator programme."),
        ("h1", "4. What the plan must achieve for Cara and Rory"),
        ("bullets", [
            "Cara and Rory live free from violence and from seeing or hearing their father abuse their mother.",
            "Cara and Rory see their daddy only when he is sober and another adult is with them the whole time.",
            "Cara feels less worried at school and knows who she can talk to; Rory's sleep, toileting and speech "
            "get back on track.",
        ]),
        ("h1", "5. Child Protection Plan"),
        ("table", {
            "header": ["Ref", "Action", "Responsible", "Timescale", "How progress will be evidenced"],
            "widths": [1.0, 5.6, 3.6, 2.8, 4.0],
            "rows": [
                ["Domain 1 – Cara and Rory's developmental needs", H, H, H, H],
                ["1.1",
                 "Visit Cara and Rory at home, see Cara on her own at every visit and note how Rory plays and "
                 "settles",
                 "Sean McAleese, key worker",
                 "Weekly from 20/11/2025; at least one visit in four unannounced",
                 "Visit records show both children seen each week and Cara's own words recorded"],
                ["1.2",
                 "Complete six sessions of direct work with Cara about what she saw on 02/10/2025 and her "
                 "worries about her daddy",
                 "Sean McAleese, key worker",
                 "Six sessions by 23/01/2026",
                 "Cara's worry jar and drawings kept on file; her views brought to each core group"],
                ["1.3",
                 "Check Cara's attendance and how she presents each day, and phone the key worker the same "
                 "day with any concern",
                 "Mr Brendan Quinn, designated teacher for child protection, Glenarden Road Primary School",
                 "Every school day",
                 "Attendance sent to the key worker each Friday; same-day concerns written in the school's "
                 "child protection log"],
                ["1.4",
                 "Visit Rory at home and at nursery, check his sleep, toileting and speech, and refer him to "
                 "speech and language therapy if his targets are not met",
                 "Clare Hanna, health visitor",
                 "Every three weeks from 25/11/2025; speech therapy decision by 13/01/2026",
                 "Record of each visit with Rory's word count sent to the key worker; referral letter on file "
                 "if one is made"],
                ["Domain 2 – Parents' capacity", H, H, H, H],
                ["2.1",
                 "Keep to the written agreement: live at Church Brae, stay away from 8 Drumlagh Gardens and see "
                 "the children only at supervised contact",
                 "Declan Magennis (father)",
                 "From 18/11/2025 until the review CPCC",
                 "No police call-outs; Niamh, Cara and the school tell the key worker at each visit whether "
                 "Declan has come to the house"],
                ["2.2",
                 "Assess Declan's cocaine and alcohol use, give him weekly key-work with a monthly drug screen, "
                 "and report on whether he is making the changes Cara and Rory need and how long that is "
                 "likely to take",
                 "Paddy Loughran, addiction worker, Trust Community Addiction Team",
                 "Assessment by 05/12/2025; weekly from then; report two working days before each core group",
                 "Assessment and screen results on the key worker's file; written report before every core "
                 "group"],
                ["2.3",
                 "Attend the Trust's Changing Ways domestic abuse perpetrator programme",
                 "Declan Magennis; facilitator Mark Gilmore reports to the key worker",
                 "Assessment by 19/12/2025; 20 weekly sessions from 07/01/2026",
                 "Attendance report after every fourth session and a final report on the risk to the "
                 "children"],
                ["2.4",
                 "Weekly outreach sessions with Niamh on domestic abuse, safety planning and how the abuse has "
                 "affected Cara and Rory",
                 "Roisin Carville, outreach worker, Novenagh Domestic Abuse Outreach Service",
                 "Every Wednesday for 12 weeks from 26/11/2025",
                 "Attendance record sent to the key worker monthly; Niamh's written safety plan for the "
                 "children shared at the first core group"],
                ["2.5",
                 "Get legal advice about Article 8 residence and contact orders and a non-molestation order, so "
                 "that the children's living and contact arrangements are settled",
                 "Niamh Magennis (mother), with the key worker's help to find a solicitor",
                 "First appointment by 05/12/2025",
                 "Solicitor's appointment letter seen by the key worker; any application or order shared with "
                 "the core group"],
                ["Domain 3 – Family and environmental factors", H, H, H, H],
                ["3.1",
                 "Supervise Declan's contact with Cara and Rory at 61 Church Brae, staying in the room "
                 "throughout, and end it if he has been drinking or using",
                 "Bernadette Magennis (paternal grandmother)",
                 "Every Saturday, 2pm to 5pm, from 22/11/2025",
                 "Bernadette signs the contact record each week; the key worker reads it at the next visit and "
                 "asks Cara how contact went"],
                ["3.2",
                 "Have Cara and Rory for tea on Wednesdays and be the adult Niamh calls if Declan comes to the "
                 "house",
                 "Orla Devlin (maternal aunt)",
                 "Every Wednesday; the same day whenever Niamh calls",
                 "Orla texts the key worker every Wednesday evening; any call from Niamh reported to the key "
                 "worker by 9am the next day"],
                ["3.3",
                 "Fit a lock to the back door and a video doorbell at 8 Drumlagh Gardens",
                 "Novenagh Housing Association, repairs team",
                 "By 12/12/2025",
                 "Fitting confirmed in writing to the key worker by 12/12/2025 and seen at the next visit"],
                ["3.4",
                 "Share with the key worker any call-out, breach of bail or new incident involving Declan",
                 "DS Karen Moffett, Public Protection Branch, Novenagh police",
                 "Within 24 hours of any incident; written update before each core group",
                 "Police notifications on the Trust file within 24 hours; written summary at every core group"],
            ],
        }),
        ("h1", "6. Contingency plan"),
        ("p", "If Declan comes to 8 Drumlagh Gardens, contacts Niamh outside the agreement, or arrives at contact "
              "under the influence of alcohol or cocaine: Niamh will phone 999, Bernadette will end contact at "
              "once, and the key worker will hold a strategy discussion with the police the same day. Contact "
              "will stop until the core group has met."),
        ("p", "If Bernadette cannot supervise a Saturday, that contact does not take place; if she cannot "
              "supervise for two weeks running, the key worker will arrange supervised contact at the Trust's "
              "Family Centre on Carn Road within five working days. If Orla cannot come when Niamh calls, "
              "the outreach service will arrange a refuge place for Niamh and the children that night."),
        ("p", "If Declan breaks the agreement twice, there is any further violence, or the addiction team's "
              "report shows no real change by the review CPCC, the key worker will ask the Principal Social "
              "Worker for a legal planning meeting with the Trust's solicitor within five working days, to "
              "consider applying for a Care Order or Supervision Order under Article 50 of the Children "
              "(Northern Ireland) Order 1995."),
        ("h1", "7. Core group and review"),
        ("bullets", [
            "Core group: first meeting Tuesday 02/12/2025, within ten working days of the conference, then every "
            "four weeks on Tuesdays at 11am, Novenagh Family Centre: 06/01/2026 and 03/02/2026.",
            "Review Child Protection Case Conference: Tuesday 17/02/2026, 10am, Novenagh Health and Care Centre.",
            "The key worker will see Cara on her own before each core group and bring her views to it.",
        ]),
        ("p", "Distribution: Niamh Magennis, Declan Magennis and all those named in the plan."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 4. England, a Signs of Safety authority. The whole plan is called the
#    "safety plan": danger statements, what's working well, safety goals,
#    scaling, the children's words, then the family network's rules and the
#    professionals' next steps as two tables. Father's drinking and violence,
#    nan supervising contact, grandad and a neighbour helping. Exemplary (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_nyewell_sos_safety_plan_network_rules_kershaw.md",
    "split": "heldout",
    "actions": 14,
    "template": "signs-of-safety-safety-plan-md-whole-plan-called-safety-plan-danger-statements-whats-working-well-safety-goals-scaling-childrens-words-then-family-network-rules-table-and-professionals-next-steps-table-who-when-how-well-know-if-the-plan-isnt-working-meetings",
    "description": (
        "Exemplary Signs of Safety plan from an English authority where the whole plan is called "
        "the safety plan, for a 4-year-old and a 14-month-old whose father hit their mother while "
        "she held the baby after drinking. Markdown: danger statements, what's working well, "
        "safety goals (the outcomes), scaling, Harvey's three houses and Ruby's day, then two "
        "action tables: the rules the family network agreed at the family network meeting "
        "(father, nan, grandad, mother, a neighbour) and the professionals' next steps. The "
        "alcohol service reports on change, the contingency covers each helper being unable, and "
        "a legal planning meeting follows named triggers; core group dates and the review "
        "conference date are set."
    ),
    "text": """\
# Safety Plan for Harvey and Ruby Kershaw

**Nyewell Borough Council – Children's Services – Locality Team North**
*We work with families using Signs of Safety. In Nyewell the child protection plan is called the safety plan.*

| | |
|---|---|
| Children | Harvey Kershaw (4), DOB 02/02/2021, Little Owls Nursery; Ruby Kershaw (14 months), DOB 11/08/2024 |
| Address | 11 Fernlea Walk, Nyewell NY2 8DE |
| Mum | Leanne Kershaw (26) |
| Dad | Connor Blake (29), staying with his mum at 40 Mill Lane, Nyewell, since 13/09/2025 |
| Safety network | Pat Blake (Nan, Connor's mum); Steve Kershaw (Grandad, Leanne's dad), 2 Canal Row; Amy Forde (Leanne's friend and next-door neighbour) |
| Plan made | Initial child protection conference, 14/10/2025 (chair: Helen Ashdown); the family network's rules agreed at the family network meeting on 21/10/2025 |
| Social worker | Jess Okoro (team manager: Alison Pike) |
| Category | Emotional abuse (both children) |

## What are we worried about? (danger statements)

- Children's Services, the police and Leanne are worried that when Connor drinks he gets angry and hurts Leanne, as he did on 12/09/2025 when he hit her across the face while she was holding Ruby. Harvey was in the room and hid behind the sofa. We are worried that if nothing changes Harvey and Ruby could be hurt, physically or by living with fear, and that Harvey will learn that shouting and hitting are how grown-ups sort things out.
- We are worried that Leanne has found it hard to stop Connor coming back before, and that she has been on her own with two small children since he left.

## What's working well?

- Leanne asked Connor to leave the same night and rang her dad. She has kept Connor away from the house since.
- Connor has said he wants to stop drinking and has agreed to the rules below. Pat has offered to supervise his time with the children.
- Harvey's nursery say he is a bright, chatty boy who is always clean and fed. Ruby is gaining weight well.

## Safety goals

1. Harvey and Ruby live in a home where nobody hurts anybody, and where they never see or hear their dad hurt their mum.
2. Harvey and Ruby only see their dad when he is sober and Nan is with them the whole time.
3. Harvey knows who keeps him safe and feels able to tell them if he is scared; Ruby keeps growing and settling well.
4. Everyone in the children's network knows what to do, and does it, if Connor drinks or turns up.

## Scaling

On a scale where 10 means everyone is sure Harvey and Ruby are safe enough for the plan to end, and 0 means they cannot stay at home: Leanne 7, Connor 6, Pat 6, Steve 5, Jess 3, Harvey's nursery 5. Jess is at 3 because the rules are new and have not yet been tested.

## What Harvey and Ruby tell us

Harvey drew his three houses with Jess on 17/10/2025. In his **house of worries** he drew "Daddy shouting" and "Mummy crying in the kitchen". In his **house of good things** he drew Nan's dog, Grandad's van and "football at Saturday". In his **house of dreams** everyone was in the garden and "Daddy not cross". He told Jess, "I want to see Daddy at Nan's."

Ruby is 14 months. At Jess's visits on 15/10/2025 and 20/10/2025 she crawled after Harvey, laughed when he pulled faces, and reached for Leanne to be picked up when Jess came in. She startled and cried at a door slamming next door, and settled within a minute in Leanne's arms.

## The family network's rules

These are the rules the network agreed at the family network meeting on 21/10/2025. Everyone has a copy.

| No. | Rule | Who | When | How everyone will know it is happening |
|---|---|---|---|---|
| R1 | Not come to 11 Fernlea Walk, and see Harvey and Ruby only at Nan's with Nan in the room | Connor Blake (Dad) | From 21/10/2025 until the review conference | Pat signs the contact book after every visit; Leanne, Amy and Harvey tell Jess at each visit whether Connor has been to the house |
| R2 | Supervise Connor's time with the children at 40 Mill Lane, and stop the visit if he has had a drink | Pat Blake (Nan) | Every Wednesday 4pm to 6pm and every Sunday 11am to 2pm | Signed contact book, read by Jess every week; any stopped visit texted to Jess the same day |
| R3 | Stay at Fernlea Walk on Friday and Saturday nights and take Harvey to football tots on Saturday mornings | Steve Kershaw (Grandad) | Every Friday and Saturday night from 24/10/2025 | Steve texts Jess each Sunday; Harvey tells Jess who was at home at the weekend |
| R4 | Keep a charged phone by the bed, and ring 999 and then Steve if Connor turns up | Leanne Kershaw (Mum) | Every night from 21/10/2025 | Jess checks the phone and the saved numbers at each visit; the police tell Jess of any call the next working day |
| R5 | Pop in to see Leanne every weekday morning and walk Harvey to nursery on Tuesdays and Thursdays | Amy Forde (friend and neighbour) | Every weekday from 22/10/2025 | Nursery register shows Harvey in by 9am on Amy's days; Amy texts Jess each Friday |
| R6 | Read Harvey his words and pictures story about who keeps him safe, and go over it with him at bedtime | Leanne Kershaw (Mum) | By 31/10/2025, then every Sunday night | At Jess's next visit Harvey can say who he would go to if Daddy shouted |

## Professionals' next steps

| No. | Next step | Who | By when | How we'll know |
|---|---|---|---|---|
| P1 | Visit Harvey and Ruby at home, one visit a month unannounced, and talk to Harvey on his own using his three houses | Jess Okoro, social worker | Weekly from 16/10/2025 | Visit records show both children seen every week and Harvey's own words written down |
| P2 | Key-work with Connor, breath tests at every session, and a written report on whether his drinking is changing in ways that make the children safer and how long that is likely to take | Dan Whitlock, recovery worker, Nyewell Recovery Hub (adult alcohol service) | Every Monday; report two working days before each core group | Breath test results and the written report on Jess's file before every core group |
| P3 | Assess Connor for the Nyewell Choices domestic abuse perpetrator programme and start him on it | Tariq Hussain, programme lead, Nyewell Choices | Assessment by 14/11/2025; 24 weekly sessions from 01/12/2025 | Assessment outcome sent to Jess by 21/11/2025; attendance report after every fourth session |
| P4 | Help Leanne write her own safety plan for herself and the children, and apply for a non-molestation order if she wishes | Kerry Nolan, IDVA, Nyewell Domestic Abuse Service | Fortnightly from 20/10/2025 | Leanne's written safety plan shared with Jess by 07/11/2025; any order sent to Jess and the police the same day |
| P5 | Weigh Ruby, check her development, and ask Leanne how she and the children are sleeping | Sophie Barnes, health visitor | Every three weeks from 28/10/2025 | Ruby's weight in her red book on or above the 50th centile; a note of each visit sent to Jess |
| P6 | Record Harvey's attendance and anything he says or shows about home, and ring Jess the same day with any worry | Mrs Gail Pritchard, nursery manager and DSL, Little Owls Nursery | Every session, Monday to Thursday | Weekly attendance email to Jess; same-day calls logged on the nursery's safeguarding record |
| P7 | Tell Jess of any police call-out to Fernlea Walk or Mill Lane, or any intelligence about Connor | PC Liam Shaw, Nyewell Police Domestic Abuse Unit | Within 24 hours of any call-out | Police notification on the children's file within 24 hours |
| P8 | Hold a second family network meeting to check the rules are working and bring in anyone else who can help | Jess Okoro, social worker | By 25/11/2025 | Updated rules, signed by everyone, sent to the network and the core group by 02/12/2025 |

## If the safety plan isn't working

- **If Connor comes to Fernlea Walk, or has had a drink at contact:** Leanne rings 999, Pat stops the visit, and Jess holds a strategy discussion with the police the same day. Connor's time with the children stops until the core group has met.
- **If Pat can't supervise** (she is ill or away, or Connor won't leave): the visit doesn't happen. If she can't for two weeks running, Jess arranges supervised contact at Nyewell Family Centre within five working days.
- **If Steve can't stay at the weekend,** Amy stays instead; if neither can, Leanne and the children sleep at Steve's flat, 2 Canal Row, that night. If no one in the network can help and Leanne and the children are not safe at home, Jess arranges a refuge place or an emergency foster placement for Harvey and Ruby together the same day.
- **If Connor breaks the rules twice, there is any more violence, or Dan's report shows no change by the review conference,** Jess will ask Alison Pike for a legal planning meeting within five working days to decide whether to start the Public Law Outline.

## Meetings

- Core group every four weeks, Tuesdays at 10am, Fernlea Children's Centre: 28/10/2025, 25/11/2025 and 06/01/2026.
- Review child protection conference: Tuesday 13/01/2026, 2pm, Nyewell Town Hall.
- Jess will see Harvey before every core group and bring his words, and a note of how Ruby is, to the meeting.
""",
    "findings": [],
})


# ---------------------------------------------------------------------------
# 5. England. Public Law Outline letter before proceedings to both parents,
#    with the pre-proceedings plan as a table. Neglect, both parents' cannabis
#    use and the mother's depression, two children, maternal grandmother
#    helping. Exemplary (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_nuttingley_plo_letter_before_proceedings_hartley.docx",
    "doc_title": "Letter before proceedings - Millie Hartley and Jacob Moss",
    "split": "heldout",
    "actions": 13,
    "header": "PRIVATE AND CONFIDENTIAL – LETTER BEFORE PROCEEDINGS – PLEASE TAKE THIS TO A SOLICITOR",
    "template": "plo-letter-before-proceedings-docx-addresses-right-aligned-dear-parents-why-we-are-writing-worries-what-has-been-tried-childrens-words-what-needs-to-be-different-then-pre-proceedings-plan-table-who-by-when-how-we-will-know-what-happens-if-things-do-not-change-meetings-signature",
    "description": (
        "Exemplary Public Law Outline letter before proceedings from an English council to the "
        "parents of an 8-year-old and a 3-year-old already on child protection plans, after the "
        "Legal Gateway Panel decided to start pre-proceedings for neglect linked to both "
        "parents' cannabis use and the mother's depression. A Word letter signed by the team "
        "manager: why we are writing, the worries, what has been tried, the children's words, "
        "what needs to be different for them, the pre-proceedings plan as a table (drug service "
        "and talking therapies both reporting on capacity to change, the GP, an independent "
        "parenting assessment, a family group conference, the grandmother's help), the "
        "pre-proceedings meeting, what happens the same day if the children are unsafe (with a "
        "fallback if the grandmother cannot help) and the return to the Legal Gateway Panel if "
        "there is not enough change; core group dates and the review conference date."
    ),
    "blocks": [
        ("pr", "Nuttingley Metropolitan Borough Council"),
        ("pr", "Children's Services – Family Safeguarding Team East"),
        ("pr", "Civic Centre, Bank Street, Nuttingley NT1 4AA"),
        ("pr", "20/10/2025"),
        ("pl", "Ms Kelly Hartley and Mr Dean Moss"),
        ("pl", "6 Spinner's Row"),
        ("pl", "Nuttingley NT3 9JS"),
        ("p", ""),
        ("boldp", "LETTER BEFORE PROCEEDINGS – Public Law Outline: pre-proceedings"),
        ("p", "About: Millie Hartley (8), DOB 14/05/2017, and Jacob Moss (3), DOB 27/01/2022"),
        ("p", "Please take this letter to a solicitor straight away. You are entitled to free legal advice because "
              "of this letter; a list of local solicitors who specialise in children law is enclosed."),
        ("p", "Dear Kelly and Dean,"),
        ("h2", "Why I am writing to you"),
        ("p", "I am the team manager for your family's social worker, Hana Clarke. Millie and Jacob have been on "
              "child protection plans since the initial conference on 03/06/2025 because of neglect. At the "
              "review conference on 26/08/2025 everyone agreed that some things had got better but that the "
              "children were still not getting the care they need every day. On 16/10/2025 our Legal Gateway "
              "Panel looked at everything we know. It decided that the council should not apply to court now, "
              "but that we should start the pre-proceedings part of the Public Law Outline, so that you have a "
              "clear plan, a solicitor and a fixed time to make the changes."),
        ("h2", "What we are worried about"),
        ("bullets", [
            "The house has often been dirty, with no clean bedding for the children and little food in the "
            "cupboards. On 09/10/2025 there was no electricity credit and the children had had no hot meal.",
            "You both smoke cannabis, and it has been smelt in the house at 7 of Hana's 16 visits. On 29/09/2025 "
            "Jacob was found holding a grinder with cannabis in it.",
            "Kelly has depression. On bad days she stays in bed and Millie gets herself and Jacob dressed and "
            "gives him cereal.",
            "Millie was late to school 21 times last term and often arrives hungry. Jacob has missed two hearing "
            "tests and has never seen a dentist.",
        ]),
        ("h2", "What has been tried already"),
        ("p", "Since June you have had weekly visits from Hana, eight sessions with a family support worker on "
              "routines and cooking, a referral to the drug and alcohol service and help with your electricity "
              "debt. Dean went to four key-work sessions and then stopped; Kelly went to one. We know you both "
              "love Millie and Jacob, and the times the house has been clean and the children happy show us you "
              "can do this."),
        ("h2", "What Millie and Jacob have told us"),
        ("p", "Millie, seen on her own at school on 13/10/2025: “I don't like my bedroom because it smells and my "
              "sheets are sticky. When Mum's in bed I do Jacob's breakfast. I like it at Nana Janet's because she "
              "makes proper tea.” She said the thing she wants most is “Mum and Dad to stop the smoking that "
              "smells”."),
        ("p", "Jacob is three. At visits he often asks Hana for food. On 13/10/2025 he showed her his cot, which "
              "had no sheet, and said “Jacob cold”. At Nana Janet's on 16/10/2025 he ate all his tea and played "
              "happily with his cars."),
        ("h2", "What needs to be different for Millie and Jacob"),
        ("numbers", [
            "Millie and Jacob have clean beds, warm clothes, a clean home and three meals a day, every day.",
            "Millie and Jacob are cared for by parents who are not under the influence of cannabis, and no drugs "
            "are ever within their reach.",
            "Millie is at school on time every day and no longer looks after Jacob or her mum.",
            "Jacob goes to every health appointment, and his hearing, teeth and speech are checked and treated.",
        ]),
        ("h2", "The pre-proceedings plan"),
        ("p", "This is the plan we will go through with you and your solicitors at the pre-proceedings meeting. "
              "It runs alongside the children's child protection plan and replaces the action part of it."),
        ("table", {
            "header": ["No.", "What needs to happen", "Who", "By when", "How we will know"],
            "widths": [0.9, 5.4, 3.3, 3.2, 4.2],
            "rows": [
                ["1",
                 "Visit Millie and Jacob at home, at least one visit in three unannounced, and see Millie on her "
                 "own",
                 "Hana Clarke, social worker",
                 "Weekly from 23/10/2025",
                 "Visit records show both children seen each week, the kitchen and bedrooms checked, and "
                 "Millie's own words written down"],
                ["2",
                 "Keep the kitchen, bathroom and the children's bedrooms clean, with clean bedding and food in "
                 "the house for the children every day",
                 "Kelly Hartley and Dean Moss",
                 "Every day from 20/10/2025",
                 "Hana's home conditions checklist scores “good” at 10 or more of the 12 visits before the "
                 "review meeting"],
                ["3",
                 "Stop smoking cannabis in the house and while caring for the children, and give hair strand "
                 "tests",
                 "Kelly Hartley and Dean Moss",
                 "From 20/10/2025; hair tests by 07/11/2025 and by 09/01/2026",
                 "Hair strand results sent to Hana show use falling between the two tests; no cannabis smelt "
                 "at any visit"],
                ["4",
                 "Key-work with Kelly and Dean about their cannabis use, with a monthly urine test, and a written "
                 "report on whether each of them is making the changes Millie and Jacob need and how long that "
                 "is likely to take",
                 "Ryan Dobson, recovery worker, Nuttingley Drug and Alcohol Service",
                 "Every Tuesday; written report by 04/12/2025 and again before the review meeting",
                 "Test results and the written report sent to Hana by 04/12/2025"],
                ["5",
                 "Assess Kelly's depression, offer her treatment, and write to Hana on whether her mood is likely "
                 "to lift enough for her to give the children their daily care, and in what timescale",
                 "Dr Priya Sood, clinical psychologist, Nuttingley Talking Therapies",
                 "Assessment by 14/11/2025; report by 05/12/2025",
                 "Assessment letter and capacity-to-change report sent to Hana by 05/12/2025"],
                ["6",
                 "Review Kelly's antidepressant, and tell Hana in writing of any missed appointment or "
                 "prescription not collected",
                 "Dr Mark Ainsworth, GP, Spinner's Row Surgery",
                 "Review by 07/11/2025; anything missed reported within two working days",
                 "GP letter on the children's file by 14/11/2025; missed appointments reported in writing"],
                ["7",
                 "Take Jacob to his hearing test and register both children with a dentist",
                 "Kelly Hartley",
                 "Hearing test on 12/11/2025; dentist by 28/11/2025",
                 "Audiology result and dental registration letters seen by the health visitor"],
                ["8",
                 "Visit Jacob at home, check his weight, development and speech, and tell Hana what she sees of "
                 "his care",
                 "Joanne Pickles, health visitor",
                 "Every four weeks from 28/10/2025",
                 "Note of each visit sent to Hana; Jacob's weight plotted on his growth chart"],
                ["9",
                 "Check Millie's attendance, punctuality and hygiene each morning, and give her a breakfast club "
                 "place and spare uniform",
                 "Mrs Sarah Lumb, DSL, Nuttingley Moor Primary School",
                 "Every school day",
                 "Attendance and lateness sent to Hana each Friday; breakfast club register; any concern "
                 "logged the same day"],
                ["10",
                 "Complete a parenting assessment of Kelly and Dean, including observed mealtimes and bedtimes",
                 "Marcus Greaves, independent social worker",
                 "Report by 19/12/2025",
                 "Written assessment report sent to Hana and both parents' solicitors by 19/12/2025"],
                ["11",
                 "Hold a family group conference so that the wider family can plan how they will help and who "
                 "could care for Millie and Jacob if they cannot stay at home",
                 "Noreen Addy, coordinator, Nuttingley Family Group Conference Service",
                 "By 28/11/2025",
                 "The family's written plan sent to Hana and both solicitors by 05/12/2025"],
                ["12",
                 "Collect Millie from school and give both children their tea at 19 Loom Street",
                 "Janet Hartley (maternal grandmother)",
                 "Every Monday and Thursday from 20/10/2025",
                 "Name in the school's collection book; Janet texts Hana each Friday"],
                ["13",
                 "Do three sessions of direct work with Millie about home, using her three houses",
                 "Hana Clarke, social worker",
                 "By 09/01/2026",
                 "Millie's drawings and her own words on file and shared at the review meeting"],
            ],
        }),
        ("h2", "The pre-proceedings meeting"),
        ("p", "Please come with your solicitors to the pre-proceedings meeting on Thursday 30/10/2025 at 10am at "
              "the Civic Centre. Hana and I will be there, and so will the council's solicitor. We will go "
              "through the plan with you, and you can tell us what you think of it and what help you need."),
        ("h2", "What will happen if the children are not safe"),
        ("p", "If Millie or Jacob is found at home with no sober adult caring for them, or drugs are found within "
              "Jacob's reach, or there is no food, heating or electricity for the children, Hana will arrange the "
              "same day for them to stay with Janet at 19 Loom Street. If Janet cannot have them, or cannot keep "
              "collecting Millie, we will place Millie and Jacob together with Nuttingley foster carers that day, "
              "with your agreement, or ask the police to use their powers of protection if you do not agree."),
        ("p", "If at the review meeting on 15/01/2026 the second hair tests show no fall in your cannabis use, "
              "the home conditions checklist has been “poor” at more than three visits, or Marcus's assessment says "
              "the changes cannot be made in the time Millie and Jacob need, I will take the case back to the "
              "Legal Gateway Panel on 22/01/2026 to ask for agreement to apply to the court for care orders. If "
              "you make and keep the changes, we will end the pre-proceedings and keep working with you under "
              "the child protection plan."),
        ("h2", "Meetings"),
        ("bullets", [
            "Core group: every four weeks, Thursdays at 1.30pm, Spinner's Row Family Hub – 06/11/2025, "
            "04/12/2025 and 08/01/2026.",
            "Pre-proceedings review meeting: Thursday 15/01/2026, 10am, Civic Centre.",
            "Second review child protection conference: Tuesday 10/02/2026, 10am, Civic Centre.",
        ]),
        ("p", "I know this letter is hard to read. We want Millie and Jacob to stay at home with you, and the plan "
              "is there to help make that possible."),
        ("p", "Yours sincerely,"),
        ("pl", "Angela Broadbent"),
        ("pl", "Team Manager, Family Safeguarding Team East"),
        ("pl", "Copy: Hana Clarke (social worker); Nuttingley Legal Services"),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 6. Scotland. Child's Plan updated at the review Child Protection Planning
#    Meeting, mother with depression and anxiety, two children, gran helping.
#    Markdown with a SHANARRI indicator column and a progress column, one
#    closed row kept. Faulty (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_nockendrie_review_cppm_childs_plan_shanarri_table_mcphee.md",
    "split": "heldout",
    "actions": 13,
    "template": "scotland-review-cppm-childs-plan-md-details-list-named-person-lead-professional-progress-since-initial-cppm-childrens-and-familys-views-shanarri-outcomes-then-indicator-action-who-when-how-well-know-progress-table-closed-row-kept-contingency-meetings",
    "description": (
        "Scottish Child's Plan updated at the review Child Protection Planning Meeting for an "
        "11-year-old and a 6-year-old whose mother has depression and anxiety, with their gran "
        "doing school mornings and teas. Markdown, with a SHANARRI indicator column, a progress "
        "column and a closed referral kept in the table. Most rows are sound (the Lead "
        "Professional's weekly visits, gran's days, the GP's letter, the high school transition, "
        "young carers, direct work, advocacy). Faults: 'Team Around the Child' shares concerns; "
        "the CPN only continues support visits, measured by the mother's mood being more stable; "
        "the school nurse's row has no measure; the Named Person's check is only 'Monitored'; "
        "debt help is 'Ongoing'; one outcome is about the mother only; the contingency is "
        "concrete and covers gran, but nothing says legal advice or a referral to the Children's "
        "Reporter follows if progress stalls."
    ),
    "text": """\
# Child's Plan (Child Protection) – Callum and Ava McPhee

**Nockendrie Council · Children's Services · Getting it right for every child**
Updated at the review Child Protection Planning Meeting (CPPM) on 26/11/2025.

- **Children:** Callum McPhee (11), DOB 08/01/2014, P7; Ava McPhee (6), DOB 30/06/2019, P2 – both at Nockendrie Primary School
- **Address:** 4 Tolbooth Wynd, Nockendrie NK3 5RW
- **Mum:** Donna McPhee (34)
- **Gran:** Isobel Reid (Donna's mum), 9 Kirkgate, Nockendrie
- **Named Person:** Mrs Laura Gow, head teacher, Nockendrie Primary School
- **Lead Professional:** Neil Cairns, social worker, Nockendrie Children and Families Team (team leader: Morven Dick)
- **Initial CPPM:** 03/09/2025 – the children's names were placed on the child protection register (concern: neglect)
- **Review CPPM chair:** Gordon Baxter, Child Protection Reviewing Officer

## Progress since the initial CPPM

Donna has depression and anxiety. In the summer she was staying in bed most days; Callum was getting Ava up, making her breakfast and taking her to school, and both were often late. The house was cold and there was little food. Since September Isobel has done three school mornings a week and two teas, and both children's attendance is now above 90%. Donna has seen the community psychiatric nurse five times and says she is "getting there, some days". She still finds mornings very hard, has Council Tax arrears, and has not yet been to her GP about her medication. Ava has started wetting the bed again and is tired in class.

## What Callum and Ava say

**Callum** (seen on his own at school, 19/11/2025): "It's better when Gran comes because I don't have to do Ava. I still check Mum's okay when I get in. I'm a bit scared about the big school." He scored how things are at home at 6 out of 10, up from 3 in September.

**Ava** (seen at home, 20/11/2025) drew her family with Gran holding her hand and said, "Gran does pancakes. Mummy sleeps a lot." She wants "Gran every day".

**Donna:** "I know the kids need me up in the morning. Some days I just can't." **Isobel:** "I'll keep doing my days, but I can't do every day with my hip."

## Outcomes (SHANARRI)

- **Safe:** Callum and Ava have an adult who gets them up, fed and to school on time every day.
- **Healthy:** Ava's bedwetting and tiredness are understood and treated, and both children eat three meals a day.
- **Achieving:** Callum starts at Nockendrie High in August 2026 ready to learn, with attendance of 95% or more.
- **Nurtured:** Callum no longer carries the worry of looking after his mum and his sister.
- Donna's mental health improves and she feels able to manage the house.

## The plan

| Indicator | What will happen | Who | When | How we'll know | Progress at review CPPM |
|---|---|---|---|---|---|
| Safe | Visit Callum and Ava at home and see each child on their own at least every other visit | Neil Cairns, Lead Professional | Weekly until the next review CPPM | Visit records show both children seen every week and each seen alone every fortnight, with their words written down | On track – 12 of 12 weeks |
| Safe | Share any concern about Callum or Ava with the Lead Professional the same day | Team Around the Child | Same day | Concern noted on the children's chronology | No concerns shared since October |
| Safe | Get the children up, give them breakfast and walk them to school | Isobel Reid (Gran) | Every Monday, Wednesday and Friday in term time | School register shows both children in by 8.55am on Gran's days; Isobel texts Neil each Friday | Achieved – every day kept |
| Nurtured | Have Callum and Ava at 9 Kirkgate for their tea and a bath | Isobel Reid (Gran) | Every Tuesday and Thursday, 4pm to 7pm | Isobel's diary, seen by Neil at his visits | Achieved |
| Healthy | Continue home support visits to Donna for her low mood and anxiety | Gillian Moffat, community psychiatric nurse, Nockendrie Community Mental Health Team | Every two weeks | Donna's mood is more stable | Ongoing – five visits since September |
| Healthy | Review Donna's medication and write to the Lead Professional about how her illness affects the children's daily care | Dr Stuart Lyle, GP, Nockendrie Medical Practice | By 19/12/2025 | GP letter on the children's file by 19/12/2025 | Carried forward – letter not yet received |
| Healthy | Arrange for Ava to see the school nurse about her bedwetting and tiredness | Jill Sandeman, school nurse | By 19/12/2025 | | Not started – nurse on leave in November |
| Achieving | Check Callum's attendance, punctuality and how he is in class | Mrs Laura Gow, Named Person | Every school day | Monitored by the Named Person | Named Person has no concerns this term |
| Achieving | Four extra transition visits to Nockendrie High for Callum, with a named key adult there | Mr Iain Dunlop, depute head (pupil support), Nockendrie High School | Between 12/01/2026 and 27/03/2026 | Visit record and the name of Callum's key adult sent to Neil by 27/03/2026 | New at review |
| Responsible | Refer Callum to Nockendrie Young Carers | Neil Cairns, Lead Professional | By 30/09/2025 | Acceptance letter on file | Done 24/09/2025 – closed |
| Responsible | Go to the young carers' group at the Tolbooth Centre | Callum, with Nadia Shah, young carers worker | Every Thursday, 6pm to 7.30pm | Group register sent to Neil each month | Going every week |
| Nurtured | Four sessions of worry work with Callum, using a worry book he keeps | Neil Cairns, Lead Professional | By 27/02/2026 | Callum's worry book on file; he scores his worry at each session and Neil records the score | New at review |
| Included | Help Donna with her debt and Council Tax arrears | Karen Bell, family support worker | Ongoing | Repayment arrangement letter from the council on file | Referral to money advice made |
| Respected | Help Callum and Ava put their views on paper before each core group and the next review CPPM | Kirsty Allan, children's rights worker, Nockendrie Council | Before every core group and the review CPPM | Each child's views sheet shared at every meeting | On track |

## Contingency

If Donna is not up and able to care for the children on a morning Isobel is not there, if the children arrive at school hungry or unwashed on two days in a week, or if Donna tells anyone she has thoughts of harming herself, the Named Person will phone Neil the same day, Neil will visit that day, and Callum and Ava will stay with Isobel at 9 Kirkgate until the core group has met. If Isobel cannot have them (her hip, or she is away), Neil will arrange for Callum and Ava to stay together with Nockendrie foster carers that day. If Donna needs urgent mental health care, the CMHT duty worker will see her the same day.

## Meetings

- Core group: every four weeks, Wednesdays at 3.30pm, Nockendrie Primary School – 17/12/2025, 14/01/2026, 11/02/2026 and 11/03/2026.
- Next review CPPM: Wednesday 20/05/2026, 10am, Nockendrie Council Offices.
""",
    "findings": [
        F("W002", "Share any concern about Callum or Ava with the Lead Professional"),
        F("H001", "Continue home support visits to Donna for her low mood"),
        F("M002", "Continue home support visits to Donna for her low mood"),
        F("M001", "Arrange for Ava to see the school nurse about her bedwetting"),
        F("M002", "Check Callum's attendance, punctuality and how he is in class"),
        F("T002", "Help Donna with her debt and Council Tax arrears"),
        F("F002", "Donna's mental health improves and she feels able to manage the house."),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 7. England, a Strengthening Families authority. Minutes of the second Team
#    Around the Family (core group) meeting, mother's drinking, a teenager
#    and a 5-year-old, grandad doing school runs and Saturday nights. Numbered
#    minutes, then an action log of labelled blocks with a done row kept.
#    Faulty (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b136_nabbsworth_taf_core_group_minutes_action_log_ridley.txt",
    "split": "heldout",
    "actions": 12,
    "template": "strengthening-families-team-around-the-family-core-group-minutes-txt-caps-header-attendance-initials-numbered-minutes-updates-views-working-well-worries-scaling-outcomes-step-down-discussion-contingency-next-meetings-then-action-log-labelled-action-lead-due-evidence-status-blocks",
    "description": (
        "Minutes of the second Team Around the Family (core group) meeting in a Strengthening "
        "Families authority, for a 13-year-old and a 5-year-old whose mother drinks; plain text "
        "with numbered minutes and an action log of labelled blocks (Action / Lead / Due / "
        "Evidence / Status), one done row kept. Most actions are sound (weekly visits, the "
        "mother's own referral and sobriety, grandad's school runs and Saturday nights, the "
        "academy's checks, the parenting group, direct work). Faults: the young carers referral "
        "is due 'ASAP'; 'All agencies' report drinking; the infant school's check is measured by "
        "'Monitor at TAF'; the school nurse's assessment has no evidence; no adult service owns "
        "an action for the mother's drinking; the contingency has no specific trigger and only "
        "considers a strategy discussion, and says nothing of grandad being unable to help; the "
        "review conference date is 'TBC'."
    ),
    "text": """\
NABBSWORTH CITY COUNCIL - CHILDREN AND FAMILIES SERVICE
STRENGTHENING FAMILIES: TEAM AROUND THE FAMILY (CORE GROUP) - MINUTES
=============================================================================
Children ....... Jayden RIDLEY (13), DOB 19/04/2012, Year 9, Nabbsworth Academy
                 Lily-Rose RIDLEY (5), DOB 02/07/2020, Reception, Cobbler's
                 Lane Primary
Address ........ 27 Weaver Street, Nabbsworth NB8 2LU
Category ....... Neglect (both children)
Conference ..... Initial Strengthening Families conference 30/10/2025
Meeting ........ TAF 2, Thursday 27/11/2025, 4pm, Weaver Street Family Hub
Chair .......... Sam Mercer (SM), social worker
Present ........ Gemma Ridley (GR), Mum; Terry Ridley (TR), maternal grandad;
                 Mrs Helen Crossley (HC), DSL, Cobbler's Lane Primary;
                 Mr Paul Haigh (PH), DSL, Nabbsworth Academy; Kate Foley (KF),
                 school nurse; Dionne Ward (DW), family support worker
Apologies ...... Dr R. Anand, GP
Minutes ........ Bev Tait, business support
=============================================================================

1. WELCOME AND PURPOSE
SM reminded everyone that the TAF is the core group for the children's
child protection plan and that its job is to check the plan is happening and
making a difference for Jayden and Lily-Rose.

2. UPDATES SINCE TAF 1 (06/11/2025)
GR said she has cut down her drinking "a lot" and has not had a drink on a
school night for two weeks. She has not yet contacted the Community Alcohol
Team; she said she "wanted to do it on her own first". TR has taken
Lily-Rose to school every day and has had both children on Saturday nights.
HC: Lily-Rose's attendance is 94% this half-term. She has twice come in with
no lunch and has had two soiling accidents. PH: Jayden's attendance is 88%;
he was late four times, all on Mondays. KF has not yet seen Lily-Rose. DW has
done three home visits on morning routines; the kitchen was clean each time.
A food voucher and an emergency gas top-up were given on 31/10/2025.

3. THE CHILDREN'S VIEWS
Jayden (seen on his own by SM, 24/11/2025): "It's better since Grandad does
Lily-Rose. Mum still drinks at weekends when we're not there, I can tell
when we get back. I don't want to go to a young carers thing where everyone
knows." He scored home 6 out of 10, up from 4.
Lily-Rose (seen at school by SM, 25/11/2025) said she likes "Grandad's
sausages on Saturday" and that "Mummy's juice makes her sleepy". She drew
herself and Jayden holding hands.

4. WHAT'S WORKING WELL / WHAT WE'RE WORRIED ABOUT
Working well: Terry's help; Lily-Rose's attendance; Gemma is honest about
her drinking at weekends; the house is warmer and cleaner.
Worried about: Gemma drinks heavily most weekends and on 14/11/2025 was
seen by school staff smelling of alcohol at pick-up. Jayden still looks out
for his mum and sister. Lily-Rose's soiling and missed lunches.
Scaling (10 = children safe, plan can end): GR 8, TR 7, school 5, SM 4.

5. OUTCOMES FOR THE CHILDREN (from the conference plan)
- Jayden and Lily-Rose are cared for every day by a sober adult.
- Lily-Rose has lunch every school day and her soiling is understood and
  treated.
- Jayden goes to school on time and has time to be a teenager, not a carer.

6. DISCUSSION
The chair noted that if things keep improving the review conference may be
able to step the plan down to child in need, and later to Early Help, but
everyone agreed it is too soon to say. Jayden does not want young carers
support at school; SM will look for a group outside school.

7. CONTINGENCY
If concerns escalate, the TAF will reconvene and a strategy discussion will
be considered. If there has been no real progress by the review conference,
SM will request a legal planning meeting.

8. NEXT MEETINGS
TAF (core group) every three weeks, Thursdays 4pm, Weaver Street Family Hub:
18/12/2025, 08/01/2026 and 29/01/2026.
Review Strengthening Families conference: date TBC by the conference team.

=============================================================================
ACTION LOG
=============================================================================
A1  Action .... Visit Jayden and Lily-Rose at home, one visit a month
                unannounced, and see each child on their own
    Lead ...... SM (social worker)
    Due ....... Weekly until the review conference
    Evidence .. Visit records show both children seen weekly and each seen
                alone, with their words written down
    Status .... Ongoing from conference

A2  Action .... Refer herself to the Nabbsworth Community Alcohol Team and go
                to the assessment appointment
    Lead ...... GR (Mum)
    Due ....... By 05/12/2025
    Evidence .. Referral confirmation and appointment letter seen by SM
    Status .... C/F from TAF 1

A3  Action .... Not drink while caring for Jayden and Lily-Rose, and keep no
                alcohol in the house during the week
    Lead ...... GR (Mum)
    Due ....... Every day from 27/11/2025
    Evidence .. No alcohol seen at any visit; school and TR report GR sober at
                every pick-up
    Status .... New

A4  Action .... Take Lily-Rose to school each morning and give her breakfast
                first
    Lead ...... TR (Grandad)
    Due ....... Every school day
    Evidence .. School register shows Lily-Rose in by 8.50am; TR texts SM
                each Friday
    Status .... Ongoing - every day kept

A5  Action .... Have Jayden and Lily-Rose to stay at his flat every Saturday
                night
    Lead ...... TR (Grandad)
    Due ....... Every Saturday, collecting at 4pm
    Evidence .. TR texts SM each Sunday morning to confirm the stay
    Status .... Ongoing - kept every week

A6  Action .... Check Lily-Rose's presentation, lunch and attendance each day
                and give her a school lunch if she has none
    Lead ...... HC (DSL, Cobbler's Lane Primary)
    Due ....... Every school day
    Evidence .. Monitor at TAF
    Status .... Ongoing

A7  Action .... Check Jayden's attendance and punctuality, and give him a
                weekly session with his learning mentor
    Lead ...... PH (DSL, Nabbsworth Academy)
    Due ....... Every school day; mentor session every Wednesday
    Evidence .. Attendance sent to SM each Friday; mentor sessions logged on
                the academy's safeguarding system
    Status .... Ongoing

A8  Action .... Make a referral for Jayden to Nabbsworth Young Carers for a
                group outside school
    Lead ...... SM (social worker)
    Due ....... ASAP
    Evidence .. Acceptance letter on file and Jayden's first session booked
    Status .... New

A9  Action .... Tell the social worker the same day about any sign that GR has
                been drinking while caring for the children
    Lead ...... All agencies
    Due ....... Same day
    Evidence .. Each report logged on the children's case file
    Status .... Ongoing

A10 Action .... Do a health assessment with Lily-Rose about her soiling, and
                weigh and measure her
    Lead ...... KF (school nurse)
    Due ....... By 19/12/2025
    Evidence ..
    Status .... C/F from TAF 1

A11 Action .... Arrange a food bank voucher and an emergency gas top-up
    Lead ...... DW (family support worker)
    Due ....... By 31/10/2025
    Evidence .. Voucher and top-up receipt on file
    Status .... DONE 31/10/2025 - closed

A12 Action .... Go to the eight-week Who's in Charge? parenting group, so
                that GR can manage the children's routines and bedtimes
    Lead ...... GR; place booked by DW (family support worker)
    Due ....... Mondays for 8 weeks from 12/01/2026
    Evidence .. Group register sent to SM after weeks 4 and 8
    Status .... New

A13 Action .... Three sessions of direct work with Jayden about home and
                about being a young carer, using a "my week" diary
    Lead ...... SM (social worker)
    Due ....... Three sessions by 18/12/2025
    Evidence .. Jayden's diary and his own words on file and brought to the
                next TAF
    Status .... New
=============================================================================
Minutes circulated 01/12/2025 to all present and to Dr R. Anand.
""",
    "findings": [
        F("T002", "Make a referral for Jayden to Nabbsworth Young Carers"),
        F("W002", "Tell the social worker the same day about any sign"),
        F("M002", "Check Lily-Rose's presentation, lunch and attendance each day"),
        F("M001", "Do a health assessment with Lily-Rose about her soiling"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R001"),
    ],
})
