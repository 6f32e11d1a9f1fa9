"""Batch 64, module c: seven fictional plans (held-out material), places beginning with "c".

Everything here is made up: children, families, professionals, services, schools,
hospitals and councils. Labels were written by hand from docs/rules.md and the
conventions in sample_plans/README.md, without running planlint or reading its code.

Focus: plans from different agencies and nations - a Scottish child's plan
(GIRFEC wellbeing indicators, CPPM, Named Person, Lead Professional, IRD), a
Welsh care and support protection plan with bilingual headings, a health-led
plan written by the health visiting service, a looked-after toddler still on a
children's ward, a family moving to another council, a plan typed into a plain
text email after a core group, and a child-friendly "my plan". Two plans are
exemplary (the Scottish child's plan and the "my plan").
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. Scottish child's plan after an initial CPPM, action table grouped by the
#    SHANARRI wellbeing indicators (outcome cells merged down) (docx, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_carnbrae_cppm_childs_plan_wellbeing_merged_mcinnes.docx",
    "doc_title": "Child's Plan (Child Protection) - Rowan and Callum McInnes",
    "split": "heldout",
    "actions": 10,
    "template": "scottish-childs-plan-docx-kv-my-world-summary-then-wellbeing-indicator-and-outcome-merged-down-action-who-when-how-we-will-know",
    "description": (
        "Scottish Child's Plan agreed at an initial Child Protection Planning Meeting for an 8-year-old "
        "and a 2-year-old (mother's drinking, neglect). GIRFEC layout: Named Persons, Lead Professional, "
        "a My World Triangle summary, the children's views and days, then a table grouped by wellbeing "
        "indicator with the outcome for the children merged down over its actions (four real Word "
        "vertical merges). The recovery service reports on change, grandmother's mornings have a "
        "fallback in the contingency (dad, then an emergency placement), IRD the same day, legal advice "
        "and a referral to the Children's Reporter on a named trigger, core group dates and review CPPM "
        "set. Exemplary."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child's Plan – Child Protection"),
        ("p", "Carnbrae Council Children and Families Social Work · NHS Strathard · Carnbrae Education Services"),
        ("kv", [
            ("Children", "Rowan McInnes, born 14/06/2017 (8), P4 at Glenhead Primary School; Callum McInnes, "
                         "born 02/09/2023 (2), Wee Acorns Nursery, Tuesday to Thursday"),
            ("Living with", "Leanne McInnes (31), mum, 9 Sorn Crescent, Carnbrae"),
            ("Dad", "Jamie Drummond (33), lives in Dunmorag; has the boys every other Saturday"),
            ("Gran", "Morag McInnes (64), Leanne's mum, 14 Glebe Street, five minutes' walk away"),
            ("Meeting", "Initial Child Protection Planning Meeting (CPPM), Tuesday 4 November 2025, "
                        "Carnbrae Council Offices. Both boys' names were placed on the child protection register."),
            ("Area of concern", "Neglect; parental alcohol use"),
            ("Lead Professional", "Eilidh Ferguson, social worker, Carnbrae North Children and Families Team"),
            ("Named Persons", "Rowan – Mrs Anne Corrigan, Depute Head, Glenhead Primary; "
                              "Callum – Fiona Strachan, health visitor"),
            ("Chair", "Iain Baird, Independent Child Protection Chair"),
        ]),
        ("h1", "Why there is a plan"),
        ("p", "Since Leanne and Jamie separated last winter Leanne has been drinking most evenings, and at "
              "weekends from lunchtime. On 11 October Rowan (then the only one awake) phoned Morag at 10pm "
              "because he could not wake his mum and Callum was crying; Morag found Leanne asleep on the "
              "sofa with an empty bottle of vodka beside her and Callum in a soaked nappy. On 21 October the "
              "school found Rowan walking home alone at 3.15pm because nobody had come for him. His "
              "attendance this term is 84%, and he has been late on 11 mornings. Callum's 27–30 month "
              "review has been missed twice."),
        ("p", "Leanne was honest at the meeting. She said the drinking \"got out of hand\" after Jamie left, "
              "that she does not want the boys to grow up the way she did, and that she wants help to stop. "
              "She has already been to the Carnbrae Alcohol and Drug Recovery Service (ADRS) drop-in once."),
        ("h1", "My World Triangle – summary"),
        ("bullets", [
            "How Rowan and Callum grow and develop: both are well attached to Leanne and to Morag. Callum "
            "has about 20 words and his speech has not been checked. Rowan is bright but tired and behind "
            "in reading.",
            "What they need from the people who look after them: a sober adult every morning, evening and "
            "night; meals at regular times; someone there for Rowan at 3pm.",
            "Their wider world: Morag is a strong support and wants to help; Jamie is reliable on his "
            "Saturdays. The family has a two-bedroom council flat in good repair.",
        ]),
        ("h1", "What Rowan and Callum have told us and what we have seen"),
        ("p", "Rowan (seen on his own by Eilidh at school on 30 October and by Mrs Corrigan on 31 October): "
              "\"Mum's juice makes her go to sleep and then I have to do Callum's tea. I can do toast and "
              "cereal.\" He said the worst bit is \"when she won't wake up\" and the best bit is \"Saturdays "
              "with Dad at the football\". He wants \"Gran to come in the mornings\" and \"Mum to not have "
              "the juice any more\". On the three houses sheet he put his gran in his house of good things."),
        ("p", "Callum is too young to tell us in words. At nursery he runs to the snack table as soon as he "
              "arrives, and staff have seen him eat two breakfasts. On Eilidh's home visit on 28 October he "
              "brought Leanne a book, climbed onto her knee and stayed there for the story; he went to "
              "Morag for a cuddle when she arrived."),
        ("h1", "What is working well"),
        ("bullets", [
            "Leanne loves the boys and they love her; she came to the CPPM sober and on time.",
            "Morag has offered to come to the flat every school morning, and she has done so since 22 October.",
            "Jamie has not missed a Saturday since the summer and came to the CPPM.",
        ]),
        ("h1", "The plan"),
        ("table", {
            "header": ["Wellbeing indicator and what we want for Rowan and Callum", "What will happen",
                       "Who", "When", "How we will know"],
            "widths": [3.6, 4.6, 2.8, 2.8, 3.2],
            "rows": [
                ["SAFE – Rowan and Callum are looked after by a sober adult every day and every night, "
                 "and Rowan is never the one in charge of Callum.",
                 "See Rowan and Callum at home, Rowan on his own each time; look in the fridge and the boys' "
                 "room; at least one visit in three unannounced and one in the evening",
                 "Eilidh Ferguson, Lead Professional",
                 "Weekly until the review CPPM",
                 "Visit records note what Rowan says in his own words, where the boys slept and whether "
                 "Leanne was sober"],
                [V,
                 "Keywork with Leanne, a breath test at each session and a relapse prevention plan; a written "
                 "update on whether her drinking is changing and what that means for her care of the boys",
                 "Stuart Mackay, recovery worker, Carnbrae ADRS",
                 "Keywork weekly from 10 November; written update before each core group",
                 "Breath test results and the written update sent to the Lead Professional and read at each "
                 "core group"],
                [V,
                 "Come to the flat at 7.30am on school days, help get the boys up and fed, and walk Rowan to "
                 "breakfast club",
                 "Morag McInnes (gran)",
                 "Every school day, Monday to Friday, until the review CPPM",
                 "Breakfast club register shows Rowan in by 8.20am; Morag initials the calendar on the fridge, "
                 "which Eilidh checks at each visit"],
                ["HEALTHY – Callum's speech and development are checked and both boys' health appointments "
                 "are kept.",
                 "Callum's 27–30 month review at home with Leanne, including a speech and language screen",
                 "Fiona Strachan, health visitor (Callum's Named Person)",
                 "By Friday 19 December 2025",
                 "ASQ-3 scores and a written summary sent to the Lead Professional; speech and language "
                 "therapy request made if he scores below the cut-off"],
                [V,
                 "Take Rowan for the dental check-up and fillings he missed in the summer",
                 "Leanne McInnes",
                 "By Friday 30 January 2026",
                 "Letter from Braeside Dental Practice confirming the treatment, seen by Eilidh"],
                ["ACHIEVING – Rowan is in school every day and on time, and his reading catches up.",
                 "Check Rowan's attendance each morning; phone Leanne by 9.15am if he is not in, and tell the "
                 "Lead Professional the same day if there is no answer",
                 "Mrs Anne Corrigan, Depute Head (Rowan's Named Person)",
                 "Every school day",
                 "Weekly attendance print-out emailed to Eilidh every Friday; attendance over 95% by the "
                 "review CPPM"],
                [V,
                 "Twenty minutes of one-to-one reading with Rowan before the bell, with his reading book",
                 "Mr Kyle Rennie, pupil support assistant, Glenhead Primary",
                 "Monday, Wednesday and Friday mornings from 10 November",
                 "Reading record signed each session; reading age re-tested at the end of term 2"],
                ["NURTURED – evenings at home are calm, with tea, a bath and a story, and both boys are in "
                 "bed by 8pm.",
                 "Evening routine sessions at the flat with Leanne and the boys: tea, bath, story and bed",
                 "Gary Nisbet, family support worker, Carnbrae Family Support Service",
                 "Tuesday and Thursday, 5–7.30pm, for 8 weeks from 11 November",
                 "Routine chart on the kitchen wall filled in each night; Gary's session notes record what the "
                 "boys ate and when they were asleep"],
                [V,
                 "Check in with Rowan in the nurture base about how things are at home, and pass anything "
                 "worrying to the Named Person the same day",
                 "Mrs Linda Paton, nurture teacher, Glenhead Primary",
                 "Every Monday and Friday morning in term time",
                 "Check-in notes kept in the nurture log; concerns recorded on the school's wellbeing "
                 "chronology"],
                ["ACTIVE – Rowan keeps his football and his time with his dad.",
                 "Take Rowan to Carnbrae Thistle under-9s training and matches on Saturday mornings",
                 "Jamie Drummond (dad)",
                 "Every other Saturday, on his weekends with the boys",
                 "Club attendance list, seen by Eilidh at the core group"],
            ],
        }),
        ("h1", "If things go wrong"),
        ("bullets", [
            "If Leanne has been drinking while she is looking after Rowan or Callum (a positive breath test, "
            "Morag, school or nursery smelling alcohol, or Rowan telling us), the boys will stay with Morag at "
            "14 Glebe Street that night and Eilidh (or the Standby Social Work Service out of hours) will "
            "arrange an Inter-agency Referral Discussion (IRD) with police and health the same day.",
            "If Morag cannot come in the mornings or have the boys (if she is ill, away, or it becomes too "
            "much), she or Leanne will tell Eilidh that day. The boys will then go to Jamie's flat in "
            "Dunmorag, and Jamie will take Rowan to school; if neither Morag nor Jamie can have them, Eilidh "
            "will arrange an emergency kinship or foster placement the same day.",
            "If Leanne drinks while caring for the boys twice before the review CPPM, or Rowan's attendance "
            "is still under 90% at the end of January, Eilidh will ask her team manager to seek legal advice "
            "from Carnbrae Council Legal Services within 5 working days and will make a referral to the "
            "Children's Reporter.",
        ]),
        ("h1", "Core group and review"),
        ("p", "The core group (Leanne, Jamie, Morag, Eilidh, Stuart, Fiona, Mrs Corrigan, Gary and Wee Acorns "
              "Nursery) meets every 4 weeks at Glenhead Primary, 3.30pm: Tuesday 18 November 2025, Tuesday "
              "16 December 2025, Tuesday 13 January 2026 and Tuesday 10 February 2026."),
        ("p", "Review Child Protection Planning Meeting: Tuesday 3 March 2026, 10am, Carnbrae Council Offices."),
        ("p", "Plan written by Eilidh Ferguson, Lead Professional, on 6 November 2025, read through with Leanne "
              "and Rowan, and sent to everyone named above."),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 2. Welsh care and support protection plan, bilingual headings, outcome
#    ("what matters") merged down over its actions, landscape (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_cwmderwen_care_support_protection_plan_bilingual_bevan.docx",
    "doc_title": "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan - Elis and Nia Bevan",
    "split": "heldout",
    "actions": 12,
    "landscape": True,
    "template": "welsh-care-and-support-protection-plan-docx-landscape-bilingual-headings-what-matters-outcome-merged-down-action-who-by-when-how-will-we-know",
    "description": (
        "Welsh care and support protection plan from an initial conference for a 9-year-old and a "
        "3-year-old (mother's depression and anxiety, neglect). Bilingual headings, a 'what matters' "
        "section in Elis's words (he was spoken to in Welsh), and a landscape table with the outcome "
        "merged down over its actions (four real Word vertical merges). Faults: an outcome about the "
        "mother only (F002), the CMHT only offering support appointments (H001), 'All professionals' "
        "and 'As and when' on one row (W002, T002), 'When Sian feels able' (T002), 'Improvement in "
        "routines' (M002), a referral with an empty measure (M001), a contingency that only says the "
        "core group will meet sooner (C002) and no legal step anywhere (R002)."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Cynllun Amddiffyn Gofal a Chymorth / Care and Support Protection Plan"),
        ("p", "Cyngor Bwrdeistref Sirol Cwmderwen / Cwmderwen County Borough Council · Gwasanaethau Plant / "
              "Children's Services · Tîm Diogelu / Safeguarding Team"),
        ("p", "Mae'r cynllun hwn ar gael yn Gymraeg. This plan is available in Welsh. Elis's first language is "
              "Welsh and he was spoken to in Welsh; Sian asked for the plan in English."),
        ("kv", [
            ("Plant / Children", "Elis Bevan, 9 (DOB 11/03/2016), Blwyddyn 5, Ysgol Gymraeg Bro Derwen; "
                                 "Nia Bevan, 3 (DOB 27/07/2022), Cylch Meithrin Derwen, three mornings a week"),
            ("Rhiant / Parent", "Sian Bevan (34), mam, 31 Heol y Felin, Cwmderwen"),
            ("Dad", "Lee Bevan, lives in Bristol; phones the children most Sundays, not otherwise involved"),
            ("Cynhadledd / Conference", "Initial child protection conference, Thursday 20 November 2025, "
                                        "Canolfan Deulu Cwmderwen. Both children placed on the child "
                                        "protection register."),
            ("Category", "Neglect"),
            ("Social worker", "Rhian Pugh"),
            ("Chair", "Huw Jenkins, Independent Chair"),
        ]),
        ("h1", "Pam mae angen cynllun / Why we are worried"),
        ("p", "Sian has had depression and anxiety since Lee left in spring 2024. She is open to the Cwmderwen "
              "Community Mental Health Team and takes sertraline. Since September there have been many days "
              "when she has stayed in bed until the afternoon. Elis has been late to school 14 times this "
              "term and has told his teacher he made Nia's breakfast and dressed her. On two home visits "
              "there was no fresh food in the house and Nia's nappy had not been changed. Nia has missed her "
              "27-month check and two dental appointments, and her speech is behind for her age."),
        ("h1", "Beth sy'n gweithio'n dda / What is working well"),
        ("bullets", [
            "Sian loves the children and was honest at conference about how hard the mornings are.",
            "Elis is doing well in his Welsh reading and has good friends at school.",
            "Nain (Glenys, Sian's mum) visits most Sunday afternoons and the children love seeing her.",
        ]),
        ("h1", "Beth sy'n bwysig i Elis a Nia / What matters to Elis and Nia"),
        ("p", "Elis (seen on his own by Rhian at school on 13 November, in Welsh): \"Dw i'n gwneud brecwast i "
              "Nia achos mae Mam yn rhy flinedig\" – \"I make Nia's breakfast because Mam is too tired.\" He "
              "said he worries about Mam when he is at school and that he wants \"someone to help Mam so I "
              "can go to the Urdd again\". He put home at 5 out of 10 and said his favourite time is Sundays "
              "with Nain."),
        ("p", "Nia cannot yet tell us in words. At the Cylch she is quiet for the first hour, eats everything "
              "at snack time and likes the home corner, where she puts the dolls to bed. When Rhian visited "
              "on 17 November Nia stayed close to Elis and took his hand when the doorbell went."),
        ("h1", "Y cynllun / The plan"),
        ("table", {
            "header": ["Canlyniad / Outcome", "Beth sydd angen digwydd / What needs to happen", "Pwy / Who",
                       "Erbyn pryd / By when", "Sut byddwn ni'n gwybod / How will we know"],
            "widths": [5.0, 7.2, 4.3, 4.0, 5.2],
            "rows": [
                ["Elis and Nia are safe at home, with Mam up with them in the morning, meals every day and "
                 "both of them at school and the Cylch on time.",
                 "Visit Elis and Nia at home, seeing Elis on his own and in Welsh; look at the food in the "
                 "cupboards and the children's bedroom",
                 "Rhian Pugh, social worker",
                 "Weekly until the review conference",
                 "Visit records with Elis's own words and what was seen in the kitchen and bedroom"],
                [V,
                 "Help Sian with morning and bedtime routines for Elis and Nia",
                 "Dewi Rowlands, family support worker, Cwmderwen Family Support Team",
                 "Monday and Thursday for 10 weeks from 24 November 2025",
                 "Improvement in routines"],
                [V,
                 "Check Elis's attendance each morning and ring Sian by 9.30am if he is not in; tell the social "
                 "worker the same day if there is no answer",
                 "Mrs Eirlys Thomas, DSL, Ysgol Gymraeg Bro Derwen",
                 "Every school day",
                 "Attendance print-out emailed to Rhian every Friday"],
                [V,
                 "Share any worries about Elis or Nia with the social worker",
                 "All professionals",
                 "As and when",
                 "Each worry logged on the children's file by the social worker"],
                ["Sian's mental health will improve and she will feel less anxious.",
                 "Continue to offer Sian fortnightly appointments with her care coordinator for support with "
                 "her low mood and anxiety",
                 "Gareth Vaughan, care coordinator, Cwmderwen CMHT",
                 "Fortnightly",
                 "Appointments attended, recorded on the CMHT system"],
                [V,
                 "Review Sian's antidepressant and write to the social worker about how her mood is affecting "
                 "her care of Elis and Nia",
                 "Dr Owain Hughes, Meddygfa Heol y Bont",
                 "By 12 December 2025",
                 "GP letter on the children's file"],
                ["Nia's health and development are looked after: her checks are up to date, her speech is "
                 "assessed and her teeth are seen to.",
                 "Nia's developmental review (ASQ-3) at home with Sian",
                 "Catrin Lewis, health visitor",
                 "By 19 December 2025",
                 "ASQ-3 scores shared with the social worker and the Cylch"],
                [V,
                 "Refer Nia to speech and language therapy",
                 "Catrin Lewis, health visitor",
                 "By 5 December 2025",
                 ""],
                [V,
                 "Register Elis and Nia with a dentist and take them for a check-up",
                 "Sian Bevan",
                 "When Sian feels able",
                 "Registration letter from the dental practice seen by the social worker"],
                [V,
                 "Record how Nia arrives at each session (clean, fed, dressed for the weather) and anything she "
                 "says about home",
                 "Mererid Jones, arweinydd, Cylch Meithrin Derwen",
                 "Every session: Monday, Wednesday and Friday mornings",
                 "Daily sheet; weekly summary emailed to the social worker on Fridays"],
                ["Elis can be a 9-year-old: he is not looking after Nia, and he goes back to the Urdd and sees "
                 "his friends.",
                 "Young carer's assessment with Elis, in Welsh, about the jobs he does at home for Nia and Mam",
                 "Ffion Daniel, Cwmderwen Young Carers Service",
                 "By 16 January 2026",
                 "Written assessment shared with Elis, Sian and the social worker"],
                [V,
                 "Take Elis to the Urdd club at the Canolfan on Wednesday evenings and collect him afterwards",
                 "Sian Bevan",
                 "Every Wednesday, 6–7.30pm",
                 "Urdd register, seen by the social worker"],
            ],
        }),
        ("h1", "Cynllun wrth gefn / Contingency plan"),
        ("p", "If things do not get better for Elis and Nia, or there are further concerns, the core group will "
              "meet sooner to review the plan and the social worker will discuss next steps with her team "
              "manager."),
        ("h1", "Grŵp craidd ac adolygu / Core group and review"),
        ("p", "Core group meetings, 1.30pm at Canolfan Deulu Cwmderwen: Tuesday 2 December 2025, Tuesday 6 "
              "January 2026 and Tuesday 3 February 2026."),
        ("p", "Review child protection conference: Thursday 19 February 2026, 10am, Swyddfeydd y Cyngor, "
              "Cwmderwen."),
        ("p", "Plan written by Rhian Pugh and agreed with the chair on 21 November 2025. Copies to Sian and "
              "to every agency named above."),
    ],
    "findings": [
        F("F002", "Sian's mental health will improve and she will feel less anxious."),
        F("M002", "Help Sian with morning and bedtime routines for Elis"),
        F("W002", "Share any worries about Elis or Nia with the social worker"),
        F("T002", "Share any worries about Elis or Nia with the social worker"),
        F("H001", "Continue to offer Sian fortnightly appointments with her care coordinator"),
        F("M001", "Refer Nia to speech and language therapy"),
        F("T002", "Register Elis and Nia with a dentist"),
        F("C002"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 3. Health-led plan written by the health visiting service in SBAR form,
#    mostly about the mother's health; paged PDF with header and footer
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_chalkbourne_health_safeguarding_plan_sbar_whitlock.pdf",
    "doc_title": "Health Safeguarding Plan - Isla-Rose Whitlock",
    "split": "heldout",
    "actions": 9,
    "template": "health-led-safeguarding-plan-pdf-sbar-sections-expected-health-outcomes-then-no-health-need-intervention-lead-timescale-evidence-table-header-footer",
    "description": (
        "Health-led safeguarding plan written by the 0-19 health visiting service for a 10-week-old on a "
        "child protection plan for neglect (mother's postnatal depression, falling weight). SBAR "
        "background, expected health outcomes, and a No | Health need | Intervention | Lead | Timescale | "
        "Evidence table. Six of the nine rows are about the mother's own health with no mention of the "
        "baby (F001), and nothing records the baby's days or how she is (F003). Also an outcome about the "
        "mother's EPDS score only (F002), the perinatal CPN only supporting (H001), a referral with no "
        "timescale (T001), a postnatal check with no evidence (M001), 'Kayleigh feels better' (M002), "
        "and no legal step (R002). Header and page footer on every page."
    ),
    "header": "Chalkbourne Community Health NHS Trust – Safeguarding Children – CONFIDENTIAL",
    "footer": "Health safeguarding plan – Whitlock – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Health Safeguarding Plan"),
        ("p", "Child subject to a child protection plan · 0–19 Health Visiting Service, Westgate Locality"),
        ("kv", [
            ("Child", "Isla-Rose Whitlock, born 28/08/2025 (10 weeks), bottle fed"),
            ("Mother", "Kayleigh Whitlock (22)"),
            ("Father", "Connor Hale (24), lives at the address; works shifts at Chalkbourne distribution centre"),
            ("Address", "Flat 6, Brewery Yard, Chalkbourne"),
            ("GP practice", "Westgate Medical Practice, Chalkbourne"),
            ("Child protection plan", "Initial child protection conference 06/11/2025; category neglect"),
            ("Lead social worker", "Ben Okafor, Chalkbourne Children's Services, Assessment and Intervention Team 2"),
            ("Health lead", "Jo Pennington, health visitor"),
            ("Safeguarding supervision", "Sarah Dunne, Named Nurse for Safeguarding Children"),
            ("Plan date", "10/11/2025"),
        ]),
        ("h1", "1. Situation"),
        ("p", "Isla-Rose became subject to a child protection plan under the category of neglect at the initial "
              "conference on 06/11/2025. This plan sets out the health contribution to the multi-agency plan "
              "and is shared with the lead social worker and the core group."),
        ("h1", "2. Background"),
        ("p", "Kayleigh has a history of depression and self-harm since the age of 16 and was known to CAMHS "
              "as a teenager. Postnatal depression was diagnosed by the GP at 6 weeks and she was started on "
              "sertraline 50mg; she has since been referred to the perinatal mental health team. She smokes "
              "about 15 cigarettes a day. She did not attend her own 6-week postnatal check."),
        ("p", "Isla-Rose was born at 39+3 weeks weighing 3.41kg (50th centile). At the 9-week weigh on "
              "30/10/2025 she was 4.32kg, just above the 9th centile. Her 8-week immunisations and 6–8 week "
              "check are outstanding after two missed appointments. Four of seven planned HV contacts since "
              "the new birth visit have been missed or cancelled."),
        ("h1", "3. Assessment"),
        ("p", "EPDS score 19 at the 6-week contact and 17 on 04/11/2025. Kayleigh reports low mood, poor sleep, "
              "anxiety when leaving the flat and no thoughts of self-harm at present. Connor is supportive but "
              "works nights three times a week. The health visiting assessment is that the family needs a "
              "universal partnership plus service and a safeguarding health plan."),
        ("h1", "4. Expected health outcomes"),
        ("bullets", [
            "Isla-Rose gains weight steadily and is back on or above the 25th centile by the review conference.",
            "Isla-Rose's immunisations and developmental checks are up to date by 31/12/2025.",
            "Kayleigh's mood will improve and her EPDS score will fall below 10.",
        ]),
        ("h1", "5. Health action plan"),
        ("table", {
            "header": ["No", "Health need", "Intervention", "Lead practitioner", "Timescale", "Evidence of progress"],
            "widths": [1.1, 2.4, 4.8, 3.0, 2.5, 3.2],
            "rows": [
                ["1", "Maternal mental health",
                 "Fortnightly home visits from the perinatal CPN to support Kayleigh with her low mood and "
                 "anxiety",
                 "Holly Marsh, CPN, Chalkbourne Perinatal Mental Health Team",
                 "Fortnightly from 13/11/2025",
                 "Visits recorded on the perinatal team's clinical record"],
                ["2", "Maternal mental health",
                 "Review Kayleigh's sertraline dose and side effects at a face-to-face appointment",
                 "Dr Amir Chaudhry, GP, Westgate Medical Practice",
                 "By 28/11/2025",
                 "Medication review recorded in GP notes; letter copied to the HV"],
                ["3", "Maternal mood screening",
                 "Complete the Edinburgh Postnatal Depression Scale with Kayleigh at each contact and share "
                 "the score with the perinatal team",
                 "Jo Pennington, HV",
                 "At every HV contact",
                 "EPDS score recorded in the HV record"],
                ["4", "Maternal smoking",
                 "Refer Kayleigh to the Chalkbourne stop smoking service",
                 "Jo Pennington, HV",
                 "",
                 "Referral accepted; carbon monoxide reading recorded at her first session"],
                ["5", "Postnatal health",
                 "Kayleigh to attend her postnatal check and contraception appointment",
                 "Kayleigh Whitlock",
                 "By 05/12/2025",
                 ""],
                ["6", "Maternal mental health",
                 "Self-refer to Chalkbourne Talking Therapies for a course of CBT",
                 "Kayleigh Whitlock",
                 "By 21/11/2025",
                 "Kayleigh feels better"],
                ["7", "Infant growth",
                 "Weigh Isla-Rose at home and plot her weight in the red book",
                 "Jo Pennington, HV",
                 "Weekly until 16 weeks old, then fortnightly",
                 "Weight plotted at each visit; on or above the 25th centile by the review conference"],
                ["8", "Infant feeding",
                 "Observe Isla-Rose having a full bottle feed and write a feeding plan with Kayleigh and Connor",
                 "Sam Idowu, infant feeding specialist",
                 "By 21/11/2025",
                 "Written feeding plan in the red book; copy sent to the social worker"],
                ["9", "Immunisations and checks",
                 "Give Isla-Rose her 8-week immunisations and complete her 6–8 week baby check",
                 "Dr Amir Chaudhry, GP",
                 "By 28/11/2025",
                 "Immunisations and check recorded in the red book and on the GP record"],
            ],
        }),
        ("h1", "6. Contingency"),
        ("p", "If Isla-Rose's weight falls below the 2nd centile, or she is not seen at two planned HV contacts "
              "in a row, the HV will tell the social worker the same day and arrange a same-day review at the "
              "Children's Assessment Unit, Chalkbourne General Hospital; the social worker will hold a "
              "strategy discussion with police and health the same day."),
        ("p", "If Kayleigh tells any practitioner she has thoughts of harming herself or Isla-Rose, the "
              "practitioner will contact the perinatal crisis line and the social worker straight away, and "
              "Isla-Rose will not be left alone in Kayleigh's care: Connor will stay at home, or, if he is at "
              "work, the social worker will arrange for Isla-Rose to be cared for elsewhere that day."),
        ("h1", "7. Recommendation and review"),
        ("p", "Health visiting will stay at universal partnership plus level and provide a written report to "
              "every core group. Core group meetings every 4 weeks at Westgate Children's Centre: Thursday "
              "20/11/2025, Thursday 18/12/2025 and Thursday 15/01/2026. Review child protection conference: "
              "Thursday 29/01/2026, 1.30pm, Chalkbourne Civic Centre."),
        ("p", "Plan written by Jo Pennington, HV, and agreed in safeguarding supervision with Sarah Dunne, Named "
              "Nurse, on 10/11/2025. Copy to the lead social worker, the GP and the perinatal mental health team."),
    ],
    "findings": [
        F("F002", "Kayleigh's mood will improve and her EPDS score will fall below 10."),
        F("H001", "Fortnightly home visits from the perinatal CPN to support Kayleigh"),
        F("T001", "Refer Kayleigh to the Chalkbourne stop smoking service"),
        F("M001", "Kayleigh to attend her postnatal check and contraception appointment"),
        F("M002", "Self-refer to Chalkbourne Talking Therapies for a course of CBT"),
        F("F001"),
        F("F003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Looked-after toddler (s20) still on the children's ward with a hip spica;
#    initial conference plan with no visits to him on the ward (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_corvenham_icpc_lac_ward_spica_rafferty.docx",
    "doc_title": "Child Protection Plan - Kai Rafferty",
    "split": "heldout",
    "actions": 10,
    "template": "icpc-plan-docx-looked-after-toddler-on-childrens-ward-kv-details-numbered-headings-outcome-bullets-action-who-when-evidence-table",
    "description": (
        "Initial conference plan for a 19-month-old with a spiral fracture of the femur, accommodated "
        "under section 20 and still on the children's ward in a hip spica while a spica-trained foster "
        "placement is found. The ward's observations of Kai are recorded and the contingency and legal "
        "step are sound, but nobody is set to visit Kai on the ward: the SW only liaises with the ward "
        "by phone and parental contact has no frequency (L001). Also contact 'TBC' (T002), a nursery "
        "task with no timescale (T001), a passive referral with no owner (W001), a connected person "
        "assessment with no evidence (M001), 'development monitored' (M002), and the review conference "
        "'to be confirmed' (R001)."
    ),
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Corvenham Borough Council – Children's Services – Initial Child Protection Conference"),
        ("kv", [
            ("Child", "Kai Rafferty, DOB 12/04/2024 (19 months)"),
            ("Mother", "Shannon Rafferty (20)"),
            ("Father", "Lee Doherty (23)"),
            ("Family home", "22 Tanner's Close, Corvenham"),
            ("Where Kai is now", "Ward 7 (children's ward), Corvenham Royal Infirmary, since 24/11/2025"),
            ("Legal status", "Looked after, accommodated under section 20 Children Act 1989 since 27/11/2025, "
                             "with both parents' agreement. Kai will go to foster carers when he is medically "
                             "fit for discharge (expected mid to late December)."),
            ("Conference", "Friday 05/12/2025, Corvenham Civic Centre"),
            ("Category", "Physical abuse"),
            ("Social worker", "Marcus Bell, Children in Care Team"),
            ("Independent Reviewing Officer", "Anita Sood"),
        ]),
        ("h1", "1. Why Kai has a plan"),
        ("p", "Kai was brought to the emergency department by Shannon and Lee on 24/11/2025 with a swollen left "
              "thigh. X-ray showed a spiral fracture of the left femur. His parents said he fell from the "
              "sofa the evening before while Lee was in the kitchen. The consultant paediatrician's "
              "preliminary view is that this explanation is not consistent with the injury in a child who is "
              "not yet walking confidently. Kai was put in a hip spica cast on 25/11/2025. Police are "
              "investigating; both parents are on bail with a condition not to have unsupervised contact "
              "with Kai. Kai is otherwise well, has had all his immunisations and has no previous injuries "
              "on record."),
        ("h1", "2. Kai's days on the ward"),
        ("p", "The nurses and the play specialist have written down what they see. Kai cries hard when he is "
              "moved or changed because of the cast, and calms when he is held close and sung to. He loves "
              "bubbles and the light-up piano, and laughs when the play specialist hides a teddy under a "
              "blanket. He eats well, especially toast and yoghurt. At contact he reaches for Shannon "
              "straight away and holds her hair; he is wary of new men on the ward and turns his face away "
              "from them."),
        ("h1", "3. What we want for Kai"),
        ("bullets", [
            "Kai is safe from any further injury, in hospital and afterwards.",
            "Kai goes from the ward straight to carers who know how to look after a child in a spica cast.",
            "Kai keeps his bond with his mum and dad through contact that is safe for him.",
            "Kai's play, movement and speech keep developing while he is in the cast.",
        ]),
        ("h1", "4. The plan"),
        ("table", {
            "header": ["Action", "Who", "When", "Evidence"],
            "widths": [6.4, 3.6, 3.0, 4.0],
            "rows": [
                ["Liaise with Ward 7 about Kai's treatment and his likely discharge date",
                 "Marcus Bell, SW",
                 "Weekly phone call with the nurse in charge",
                 "Discharge date confirmed in writing by the ward"],
                ["Find a foster placement able to care for a child in a hip spica, and arrange spica care "
                 "training for the carers with the ward's orthopaedic nurses",
                 "Marcus Bell, SW, with Tanya Ross, placements officer, Corvenham Fostering Service",
                 "Before discharge",
                 "Placement confirmed in writing; training signed off by the ward"],
                ["Contact between Kai and his parents on the ward, supervised by ward staff",
                 "Ward 7 nurse in charge",
                 "TBC",
                 "Each contact recorded in the nursing notes"],
                ["Repeat skeletal survey and a written medical opinion on the cause of Kai's fracture",
                 "Dr Helen Ashby, consultant paediatrician",
                 "By 12/12/2025",
                 "Written report sent to the SW and police"],
                ["Criminal investigation into how Kai was injured, including interviews with Shannon, Lee and "
                 "anyone who cared for Kai on 23/11/2025",
                 "DC Priya Nair, Corvenham Police Child Abuse Investigation Unit",
                 "Written update before each core group",
                 "Police updates on the case file; outcome shared with the SW in writing"],
                ["A referral will be made for a parenting assessment of Shannon and Lee",
                 "–",
                 "By 19/12/2025",
                 "Referral acceptance letter on file"],
                ["Assess Kai's maternal grandmother, Jean Rafferty, as a connected person carer",
                 "Marcus Bell, SW",
                 "By 16/01/2026",
                 ""],
                ["Keep in touch with the ward about Kai's development and play while he is in the spica",
                 "Lorna Kitt, health visitor",
                 "Fortnightly",
                 "Kai's development monitored"],
                ["Initial health assessment for Kai as a looked-after child",
                 "Dr Femi Adeyemi, paediatrician for children in care",
                 "Within 20 working days of Kai coming into care (by 24/12/2025)",
                 "Health assessment report sent to the SW and the IRO"],
                ["Tell Kai's nursery that he is in care and agree how his place will be kept open",
                 "Marcus Bell, SW",
                 "",
                 "Nursery place confirmed in writing by Little Oaks Nursery"],
            ],
        }),
        ("h1", "5. Contingency"),
        ("p", "If Shannon or Lee withdraw their agreement to section 20, try to take Kai from the ward, or "
              "breach their bail conditions, ward staff will call the police straight away. Marcus (or the "
              "emergency duty team out of hours) will hold a strategy discussion the same day and apply for "
              "an emergency protection order."),
        ("p", "A legal planning meeting was held on 02/12/2025. If the medical opinion due on 12/12/2025 does "
              "not support the parents' account, or the parenting assessment shows they cannot keep Kai safe, "
              "Marcus will take the case back to the legal gateway panel within 5 working days to consider "
              "issuing care proceedings."),
        ("h1", "6. Core group and review"),
        ("p", "First core group: Tuesday 16/12/2025, 2pm, Corvenham Civic Centre, then every 4 weeks. Kai's "
              "first looked-after review is on 19/12/2025, chaired by Anita Sood. Review child protection "
              "conference: date to be confirmed."),
        ("p", "Plan written by Marcus Bell, SW, on 05/12/2025 and sent to Shannon, Lee and every agency above."),
    ],
    "findings": [
        F("L001"),
        F("T002", "Contact between Kai and his parents on the ward"),
        F("W001", "A referral will be made for a parenting assessment"),
        F("M001", "Assess Kai's maternal grandmother, Jean Rafferty, as a connected"),
        F("M002", "Keep in touch with the ward about Kai's development"),
        F("T001", "Tell Kai's nursery that he is in care"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 5. Review conference plan for a family moving to another council: classic
#    markdown table; three actions left for the receiving authority, no
#    contingency at all although family supervise contact and do the school run
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_caverleigh_rcpc_transfer_hollinbury_doyle.md",
    "split": "heldout",
    "actions": 12,
    "template": "rcpc-plan-md-bold-details-transfer-section-outcome-bullets-action-who-when-how-we-will-know-table-no-contingency",
    "description": (
        "Review conference plan for a 6-year-old and a 2-year-old (domestic abuse by the younger child's "
        "father) whose mother has accepted a flat in another council's area. Classic markdown table with "
        "a transfer section above it. Three actions are left for the receiving authority or paused until "
        "the transfer (X001): the mother's recovery programme, the parenting assessment and the speech "
        "referral. Also a school place 'ASAP' (T002), 'All agencies' sharing information (W002), the "
        "transfer request with no measure (M001). The plan leans on the paternal grandparents "
        "supervising contact and an aunt doing the school run, but there is no contingency at all (C001, "
        "C003) and no legal step (R002)."
    ),
    "text": """\
# Child Protection Plan – Ruby Doyle and Alfie Slater

**Caverleigh Borough Council · Children's Services · Safeguarding Team 1**

**Children:** Ruby Doyle, 6 (Year 2, Caverleigh Primary School); Alfie Slater, 2 (at home)
**Mum:** Hannah Doyle (27), 41 Weir Road, Caverleigh
**Alfie's dad:** Ricky Slater (29), lives with his parents at 8 Mill Bank, Caverleigh. Non-molestation order (Hannah and both children) until October 2026.
**Ruby's dad:** Daniel Price, no contact for four years
**Conference:** First review child protection conference, Tuesday 25 November 2025, Caverleigh Civic Offices
**Category:** Emotional abuse
**Social worker:** Tom Haskins · **Chair:** Lorraine Fitch

## Why the children are on a plan

Ruby and Alfie have lived with domestic abuse from Ricky towards Hannah since Alfie was born. The last
incident was on 30 August, when Ricky came to the flat, smashed the front window and pushed Hannah to the
floor while Ruby and Alfie were in the room. Since the initial conference in September, Ricky has kept to
the order and has seen Alfie every Saturday at his parents' house. Hannah has been open with professionals
and has ended the relationship.

## Moving to Hollinbury

Hannah has accepted a two-bedroom housing association flat in Hollinbury, about 20 miles away, so that she
and the children can live away from Ricky's area. The family moves on Monday 12 January 2026. Tom will ask
Hollinbury City Council to hold a transfer-in conference; some of the work below will be picked up by
Hollinbury once the case has transferred.

## What Ruby and Alfie have told us

Ruby (seen on her own at school on 18 November): "When Ricky smashed the window I hid Alfie behind the sofa
so he wouldn't see." She said she is "a bit excited and a bit sad" about moving, that she wants a school
"with a big field" and that she will miss Aunty Gemma walking her to school. She drew Alfie's Saturdays at
Nana Sandra's as "fun with the trains".

Alfie is too young to say. Hannah and Gemma say he now sleeps through, and on Tom's last visit he showed
Tom his toy cars one by one and went back to Hannah to be picked up when the doorbell rang.

## What needs to be different for Ruby and Alfie

- Ruby and Alfie live where Ricky does not come, and they do not see or hear any more violence.
- Alfie sees his dad only at contact that is safe and supervised.
- Ruby settles into her new school quickly and goes every day.
- Alfie's speech is checked and any help he needs follows him to Hollinbury.

## The plan

| Action | Who | When | How we'll know |
|---|---|---|---|
| Visit Ruby and Alfie at home, see Ruby on her own, and check Ricky has not been to the flat | Tom Haskins, SW | Fortnightly until the transfer-in conference in Hollinbury | Visit notes with Ruby's own words; any sign of Ricky at the flat recorded |
| Supervise Alfie's contact with his dad at their house, and make sure Ricky does not take Alfie out or see Hannah | Sandra and Keith Slater (paternal grandparents) | Every Saturday, 10am to 12 noon | Contact log signed by Sandra after each contact and seen by the SW |
| Take Ruby to school in the morning and collect her at 3.15pm | Gemma Doyle (maternal aunt) | Each school day until Ruby leaves Caverleigh Primary | School register and the office collection book |
| Tell the SW the same day if Ruby is absent or late, or says anything worrying about home | Mrs Sarah Ellison, DSL, Caverleigh Primary | Every school day until Ruby leaves Caverleigh Primary | Absence and concern log emailed to the SW every Friday |
| Safety plan with Hannah for the new flat, including a police marker on the Hollinbury address | Claire Ruddock, IDVA, Caverleigh Domestic Abuse Service | By 9 January 2026 | Written safety plan, copy to the SW; marker confirmed by police in writing |
| Alfie's 2-year review with an ASQ-3 at home | Becky Lund, HV, Caverleigh Health Visiting | By 9 January 2026 | ASQ-3 scores sent to the SW and passed to Hollinbury with Alfie's health records |
| Refer Hannah to a domestic abuse recovery programme in Hollinbury once the case has transferred | Tom Haskins, SW | After the move on 12 January 2026 | Referral confirmed by the Hollinbury social worker |
| Parenting assessment of Hannah – paused until the transfer, Hollinbury to complete it | Tom Haskins, SW | On hold until the transfer-in conference | Assessment report shared with the core group |
| Speech and language therapy referral for Alfie, to be made by the Hollinbury health visitor after the move | Hollinbury health visiting team | After the move | SALT appointment letter |
| Apply for a school place for Ruby in Hollinbury | Hannah Doyle | ASAP | Offer letter from Hollinbury school admissions |
| Share any information about Ricky's whereabouts or any breach of the non-molestation order | All agencies | Same day | Each report logged on the children's file by the SW |
| Send Hollinbury the transfer-in request with the chronology, the latest assessment and this plan | Tom Haskins, SW | By 19 December 2025 | |

## Core group and review

- Core group meetings at Caverleigh Primary, 3.30pm: Tuesday 9 December 2025 and Tuesday 6 January 2026.
- Transfer-in conference: Hollinbury to convene within 15 working days of the move.
- Review child protection conference (Caverleigh): Tuesday 24 February 2026, 10am, Caverleigh Civic Offices, if the family has not moved by then.

*Plan typed by Tom Haskins on 26 November 2025 and sent to Hannah and every agency named above.*
""",
    "findings": [
        F("X001", "Refer Hannah to a domestic abuse recovery programme in Hollinbury"),
        F("X001", "Parenting assessment of Hannah – paused until the transfer"),
        F("X001", "Speech and language therapy referral for Alfie, to be made"),
        F("T002", "Apply for a school place for Ruby in Hollinbury"),
        F("W002", "Share any information about Ricky's whereabouts or any breach"),
        F("M001", "Send Hollinbury the transfer-in request with the chronology"),
        F("C001"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 6. Updated plan typed into a plain text email after core group 2 (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_cressfold_email_core_group_update_finch.txt",
    "split": "heldout",
    "actions": 9,
    "template": "plain-text-email-headers-greeting-where-we-are-dashes-kids-views-numbered-actions-one-line-each-contingency-paragraph-meetings-signature",
    "description": (
        "Plain text email from the social worker to the core group after core group 2, for an 11-year-old "
        "and a 5-year-old (father's drinking, police call-outs). Email headers, a 'where we are' list, "
        "the children's words, nine numbered actions one to a line in the worker's own voice, a sound "
        "contingency with a fallback and a legal step, and the next meeting. Faults: no outcome for the "
        "children anywhere (O001), the father's drinking owned only by him (F004), the review conference "
        "date not yet set (R001), a passive referral (W001), 'keep an eye on' as the only measure (M002), "
        "'as soon as she can' (T002), a family support start with no measure (M001), a family safety "
        "plan with no timescale (T001), and 'Everyone' as owner (W002)."
    ),
    "text": """\
From: Leah Brannigan <leah.brannigan@cressfold.gov.uk>
Sent: Thursday, 27 November 2025 16:42
To: Sophie Finch; Dean Finch; Mrs R. Patel (Ashgrove Primary); Jo Carey (Family Support); Ms S. Akhtar (Ashgrove Primary); Nicola Vance (School Nursing)
Cc: Martin Crewe (Team Manager)
Subject: Amber & Leo Finch - core group 2 - updated plan [OFFICIAL-SENSITIVE]

Hi all,

Thanks for coming yesterday, and thank you Sophie and Dean for being there on time and being so open. As promised here is the updated plan from core group 2 so we are all working off the same page. Please let me know by Tuesday if I've got anything wrong and I'll correct it.

Where we are:
- Two police call-outs to 14 Maple Close since conference (1 Nov and 15 Nov), both after Dean had been drinking. No injuries. On the 15th the kids were in bed but Amber came downstairs.
- Dean says he is drinking "a few cans most nights", more at weekends. He hasn't been to the GP or the Recovery Hub yet.
- Amber's attendance is 91% this half term and Leo's 88%. Leo is wetting the bed most nights.
- Sophie has been doing really well getting the kids up and out in the mornings.

What the kids are saying:
Amber (seen on her own at school on 20/11): "When Dad's had a drink he gets shouty and Mum cries. I put my music on and get under the covers with Leo." She wants "Dad to stop the cans" and really wants to go on the Year 6 residential in March.
Leo drew the family with Dad "being loud" and told me he likes it when Nanna Pat picks him up from school. He was chatty and showed me his Lego.

Actions agreed (numbered as on the whiteboard):
1. I'll keep visiting every week, at least once after school so I see Amber and Leo together and Amber on her own, and I'll write up what they tell me on the file.
2. Dean to self-refer to the Recovery Hub on Cobden Street for help with his drinking by Friday 5 December and forward me the appointment letter.
3. A referral will go to the school nurse about Leo's bedwetting before the next core group, and her notes will be shared with me.
4. Mrs Patel (DSL, Ashgrove Primary) will keep an eye on Amber in school every day.
5. Sophie to take Leo to the dentist as soon as she can get an appointment and show me the appointment card.
6. Jo Carey (family support worker) will start bedtime routine sessions with Sophie and Dean on Tuesday evenings from 9 December.
7. Sophie and Dean to sit down with Jo and write a family safety plan for what happens if Dean has been drinking, with a copy on the fridge.
8. Ms Akhtar (school counsellor) will see Amber every Wednesday lunchtime and pass anything she says about home to Mrs Patel the same day; sessions noted in her log.
9. Everyone to keep me posted about any worries the same day, and I'll add them to the chronology.

If things go wrong: if Dean has been drinking while he's looking after the kids on his own, or the police are called to Maple Close again, Sophie has agreed that Amber and Leo will go to Nanna Pat's (Pat Reilly, 3 Ash Row) that night and I (or EDT out of hours) will hold a strategy discussion with the police the same day. If Pat can't have them, I'll arrange an emergency foster placement for the night. If this happens twice before the review conference, I'll ask Martin for a legal planning meeting.

Next core group: Thursday 8 January 2026, 3.30pm at Ashgrove Primary, then every 6 weeks. The review conference date hasn't been set yet - I'll let you all know as soon as the chair's office confirms.

Thanks all, and have a good weekend when it comes.

Leah

Leah Brannigan
Social Worker | Family Safeguarding Team East
Cressfold Council Children's Services
Tel: 01632 960418 | Mob: 07700 900277

OFFICIAL-SENSITIVE. This email and any attachments are confidential and intended for the named recipients only. If you have received it in error please tell the sender and delete it.
""",
    "findings": [
        F("W001", "A referral will go to the school nurse about Leo's bedwetting"),
        F("M002", "will keep an eye on Amber in school every day"),
        F("T002", "Sophie to take Leo to the dentist as soon as"),
        F("M001", "will start bedtime routine sessions with Sophie and Dean"),
        F("T001", "Sophie and Dean to sit down with Jo and write"),
        F("W002", "Everyone to keep me posted about any worries the same day"),
        F("O001"),
        F("F004"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 7. Child-friendly "my plan" written to a 10-year-old in her own words and
#    the social worker's plain ones (md, exemplary)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b64_copperdale_my_plan_child_friendly_nowak.md",
    "split": "heldout",
    "actions": 10,
    "template": "child-friendly-my-plan-md-second-person-family-list-what-you-told-us-goals-what-who-when-how-we-know-its-working-table-if-things-go-wrong-bullets",
    "description": (
        "Child-friendly 'my plan' written to a 10-year-old by her social worker after an initial conference "
        "(domestic abuse by her mother's ex-partner). Second person throughout: her family, why there is "
        "a plan, what she told us and what nursery see of her little brother, goals in her terms, a What | "
        "Who | When | How we'll know it's working table, a contingency with a same-day strategy "
        "discussion, grandmother and then foster carers as fallback, a legal planning meeting explained in "
        "plain words, and the meeting dates. Exemplary."
    ),
    "text": """\
# My plan – Oliwia

**Copperdale City Council · Children's Services**

*This is your child protection plan, Oliwia. Zoe, your social worker, wrote it for you after the
meeting on Tuesday 2 December 2025. The grown-ups have a longer version with the same things in it.
If anything here doesn't make sense, ask Zoe, Mum or Mrs Kaur.*

## Who is in your family

- **You**, Oliwia, 10, in Year 6 at Foundry Lane Primary School
- **Filip**, your brother, 3, who goes to Little Stars Nursery
- **Mum** (Kasia Nowak), who you and Filip live with at 5 Kiln Walk
- **Tata** (your dad, Tomasz), who lives in Poland and video-calls you every Sunday
- **Babcia Ewa**, Mum's mum, who lives in the flats on Foundry Street

## Why there is a plan

In October, Shane (Mum's old boyfriend) came to the house when he had been told not to. He shouted,
pushed Mum against the wall and broke the kitchen door. You rang 999, which was brave and exactly the
right thing to do. The police arrested Shane, and the court has made an order that says he must not
come to your house or get in touch with Mum. Shane had hurt Mum before, and you and Filip saw it. The
grown-ups at the meeting agreed that you and Filip need a plan to make sure you are safe.

## What you told us

- "I get scared when the doorbell goes at night."
- "I like it at Babcia's because she makes pierogi and we watch films."
- "I want Mum to stop answering when Shane rings." (Mum has changed her number since you said this.)
- "I don't want to move school. I want to finish Year 6 at Foundry Lane."
- You said home was a 4 out of 10 after Shane came round, and an 8 now.

Filip is too little to tell us much in words. Nursery say he hides under the table when there is a
loud bang, and he has started wetting the bed again. He loves the train track and runs to Mum at home
time.

## What the grown-ups are pleased about

- Mum has told the police every time Shane has tried to ring her.
- You and Filip are always clean, fed and at school and nursery on time.
- Babcia is close by, and you both love being with her.

## What needs to be better (our goals)

- You feel safe at home, and Shane does not come to the house or get in touch with your family.
- You and Filip do not see or hear any more fighting or shouting at home.
- You can talk to Mum, and to a grown-up at school, about what happened and how you feel.
- Filip sleeps through in his own bed and is not frightened by loud noises.

## Who is going to do what

| What | Who | When | How we'll know it's working |
|---|---|---|---|
| Come and see you at home and talk with you on your own | Zoe Marsh, your social worker | Every Tuesday after school until the review meeting | Zoe writes down what you say in your own words and reads it back to you |
| Talk with you about feelings and worries in the Rainbow Room | Mrs Kaur, ELSA at Foundry Lane Primary | Every Thursday after lunch until the Easter holidays | Your feelings chart, which you and Mrs Kaur look at together each half-term; Mrs Kaur tells Zoe the same day if you are worried about home |
| Change the locks, and fit a video doorbell so Mum can see who is there before she opens the door | Becky Hale, Mum's domestic abuse worker (IDVA), Copperdale Safe Homes | By Friday 12 December | New keys for Mum; Becky emails Zoe when the doorbell is working |
| Go to a 12-week group for mums about staying safe and about how what happened affects children like you and Filip | Mum | Every Wednesday morning from 7 January 2026 | The group leader sends Zoe Mum's attendance every month and a report at the end |
| Tell Zoe the same day if Shane comes to the house, rings or messages, and ring 999 if he is at the door | Mum | Every time, the same day | Police log numbers given to Zoe, who checks them with the police before each core group |
| Put a marker on your address, so the police come quickly if anyone rings 999 from your house | PC Dan Ibbotson, Copperdale Police Domestic Abuse Team | By Friday 12 December | Email to Zoe confirming the marker is on |
| Write down how Filip is at nursery each day, and tell Zoe about anything he says or does that worries them | Gemma Ward, Filip's key person, Little Stars Nursery | Every day Filip is at nursery | Nursery daily sheet; a summary emailed to Zoe every Friday |
| Check Filip's sleep and bedwetting and give Mum a plan to help him | Jess Okoye, Filip's health visitor | By Friday 9 January 2026 | Sleep diary filled in by Mum, which Jess shares with Zoe |
| Make your own safety plan: who you can ring, where you can go, and your family's safe word | Zoe, with you and Mum | By the first core group on 16 December | You keep one copy in your school bag and one goes on the fridge |
| Take you and Filip swimming at Copperdale Leisure Centre | Babcia Ewa | Every Saturday morning | Your swimming card gets stamped each week |

## If things go wrong

- If Shane comes to the house, gets in touch with Mum, or Mum lets him in, Mum will ring 999. You and Filip will go to Babcia's flat at 22 Foundry Street that night, and Zoe (or the social worker on duty at night) will have a meeting with the police the same day, called a strategy discussion, to decide how to keep you safe.
- If Babcia is poorly or away and can't have you, Zoe will find foster carers to look after you and Filip for a short time, until it is safe to go home.
- If Shane comes to the house twice before the review meeting, or Mum stops going to her group before the end, Zoe will ask her manager for a legal planning meeting. That is a meeting with the council's lawyers to decide whether a court needs to help keep you safe.

## When we will check how it's going

- The core group (the grown-ups who look after your plan, with Mum) meets every 4 weeks at Foundry Lane Primary, 3.30pm: Tuesday 16 December 2025, Tuesday 13 January 2026 and Tuesday 10 February 2026.
- The review meeting (the review child protection conference) is on Thursday 26 February 2026 at 10am at the Council House. You can come for the first part, or write or draw something for Zoe to bring.

*Zoe read this plan with you on Thursday 4 December. You asked, "Can you put that I want to keep doing
swimming?" – so we did.*
""",
    "findings": [],
})
