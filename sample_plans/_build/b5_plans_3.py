"""Batch 5, module 3: four fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 9. Bilingual Welsh/English headings, typed 1 / 1.1 / a) numbering; PDF with
#    a bilingual header and page footer on every page
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_llanferwen_bilingual_numbered_rhys.pdf",
    "doc_title": "Cynllun Amddiffyn Plant / Child Protection Plan - Osian and Gwen Rhys",
    "split": "tune",
    "template": "bilingual-typed-multilevel-paged",
    "description": (
        "Welsh/English child protection plan for two children (mother's heroin relapse) with typed "
        "1 / 1.1 / a) numbering under theme headings and a bilingual header and page footer on every page. "
        "Grandparents carry much of the plan but the contingency relies on them too; 'as soon as possible', "
        "'regularly', 'Family', a passive referral, 'engagement', an adult outcome, no review date."
    ),
    "header": "SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE – Cyf. achos / Case ref: LLF-2025-0912",
    "footer": "Tudalen {PAGE} o {NUMPAGES} / Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Cynllun Amddiffyn Plant / Child Protection Plan"),
        ("p", "Cyngor Sir Llanferwen – Gwasanaethau Plant / Llanferwen County Council – Children's Services"),
        ("kv", [
            ("Plant / Children", "Osian Rhys (8), Gwen Rhys (3)"),
            ("Rhiant / Parent", "Sioned Rhys (mam / mum)"),
            ("Teulu / Family", "Eleri Pugh (nain / maternal grandmother), Dafydd Pugh (taid / maternal grandfather)"),
            ("Cynhadledd / Conference", "Initial child protection conference, 01/04/2025"),
            ("Categori / Category", "Esgeulustod / Neglect"),
            ("Gweithiwr cymdeithasol / Social worker", "Rhian Powell"),
        ]),
        ("h1", "Pam ein bod yn poeni / Why we are worried"),
        ("p", "Sioned has been on a methadone script for three years. In March she started using heroin "
              "again; on 18 March Osian could not wake her and rang Nain, and Gwen was found in a wet nappy "
              "with no food in the house. Osian has missed 11 days of school this term and often comes in "
              "without his PE kit or lunch."),
        ("h1", "Beth ddywedodd Osian wrthyf / What Osian told me"),
        ("p", "Osian told me, in Welsh, that he \"has to be the grown-up when Mam is asleep\" and that he "
              "makes Gwen toast. He said he likes staying at Nain and Taid's \"because Taid does pancakes and "
              "nobody is sleeping in the day\". He wants to stay living with Mam \"if she stops the medicine "
              "that makes her sleepy\". Gwen was observed to go straight to Nain for comfort, and to eat "
              "quickly and hide food in her pockets at nursery."),
        ("h1", "Beth rydym eisiau ei weld / What we want to see"),
        ("pi", "• Osian and Gwen are looked after by an adult who is awake, sober and able to care for them, "
               "every day and every night."),
        ("pi", "• Osian goes to school every day with his kit and lunch, and does not have to look after Gwen."),
        ("pi", "• Gwen is fed, clean and dry, and her speech starts to catch up."),
        ("pi", "• Sioned is free from heroin and keeps to her script."),
        ("pagebreak",),
        ("h1", "Y cynllun / The plan"),
        ("boldp", "1  Cadw Osian a Gwen yn ddiogel / Keeping Osian and Gwen safe"),
        ("boldp", "1.1  Gartref / At home"),
        ("pi2", "a)  SW Rhian Powell to visit weekly, at least once a fortnight unannounced, and see Osian on "
                "his own; visit records show both children seen and Osian spoken to alone."),
        ("pi2", "b)  Nain (Eleri Pugh) to stay overnight at the house every Friday and Saturday night."),
        ("pi2", "c)  Taid (Dafydd Pugh) to do the school and nursery run every weekday morning; the school "
                "and nursery registers show both children in by 8.55am."),
        ("boldp", "1.2  Adferiad Sioned / Sioned's recovery"),
        ("pi2", "a)  Sioned to collect her methadone daily from Morgan's Pharmacy and go to every key worker "
                "appointment at the Llwybr Recovery Service; measured by her engagement with Llwybr."),
        ("pi2", "b)  Llwybr key worker Tomos Jenkins to do weekly urine tests and send the results to the SW "
                "every fortnight; results on file, with no heroin found."),
        ("boldp", "2  Iechyd / Health"),
        ("boldp", "2.1  Gwen"),
        ("pi2", "a)  HV Bethan Morgan to complete Gwen's overdue 27-month review as soon as possible and share "
                "the results with the SW."),
        ("pi2", "b)  Referral to speech and language therapy for Gwen by 30/04/2025."),
        ("boldp", "2.2  Osian"),
        ("pi2", "a)  School nurse Alys Vaughan to check Osian's hair and hygiene regularly; success will be "
                "an improvement in his presentation."),
        ("boldp", "3  Ysgol / School"),
        ("pi2", "a)  DSL Mr Huw Edwards, Ysgol Gynradd Llanferwen, to send Osian's attendance to the SW every "
                "Friday; attendance of 95% or more by the review."),
        ("pi2", "b)  Mrs Ffion Lloyd (ELSA) to run six weekly ELSA sessions with Osian from 22/04/2025; her "
                "session sheets, with Osian's own words, shared with the SW."),
        ("pi2", "c)  Family to make sure Osian has his PE kit and a packed lunch every day; the class "
                "teacher's tick sheet will show this."),
        ("h1", "Beth fydd yn digwydd os… / What will happen if…"),
        ("p", "If Sioned uses heroin while she is looking after the children, or a urine test is positive "
              "for heroin, the SW will visit the same day and Osian and Gwen will go to stay with Nain and "
              "Taid while a strategy discussion is held within 24 hours. If this happens a second time, the "
              "SW will ask the team manager for a legal gateway meeting."),
        ("h1", "Adolygu'r cynllun / Reviewing the plan"),
        ("pi", "• Grŵp craidd / Core group: every 4 weeks, first meeting 24/04/2025 at Canolfan Deulu Llanferwen."),
        ("pi", "• Cynhadledd adolygu / Review conference: dyddiad i'w gadarnhau / date to be confirmed."),
    ],
    "findings": [
        F("M001", "Nain (Eleri Pugh) to stay overnight at the house"),
        F("M002", "Sioned to collect her methadone daily from Morgan's Pharmacy"),
        F("T002", "HV Bethan Morgan to complete Gwen's overdue 27-month review"),
        F("W001", "Referral to speech and language therapy for Gwen"),
        F("M001", "Referral to speech and language therapy for Gwen"),
        F("T002", "School nurse Alys Vaughan to check Osian's hair and hygiene"),
        F("M002", "School nurse Alys Vaughan to check Osian's hair and hygiene"),
        F("W002", "Family to make sure Osian has his PE kit"),
        F("F002", "Sioned is free from heroin and keeps to her script"),
        F("C003"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 10. Northern Ireland style plan (UNOCINI domains), landscape, separate who /
#     when columns and "Our goal for the twins" merged down rows (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_drumcarragh_unocini_goal_twins_mcgarrity.docx",
    "doc_title": "Child Protection Plan - Aoife and Conor McGarrity",
    "split": "tune",
    "template": "unocini-domains-merged-goal-landscape",
    "description": (
        "Northern Ireland Trust child protection plan for 2-year-old twins (unexplained bruise, father's "
        "cannabis use and temper) with UNOCINI domain rows and an 'Our goal for the twins' column merged "
        "down rows. 'Monitored', 'when a place becomes available', an empty measure, 'Extended family' "
        "with 'improvement', a passive 'ASAP' action; no record of the twins' lived experience; a "
        "contingency triggered by 'further concerns'."
    ),
    "landscape": True,
    "check_vmerge": 6,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Drumcarragh Health and Social Care Trust – Family Intervention Team (East)"),
        ("kv", [
            ("Children", "Aoife McGarrity and Conor McGarrity (twins), born 19/02/2023"),
            ("Parents", "Ciara McGarrity (20) and Ryan Devlin (22), 3 Glenview Terrace, Drumcarragh"),
            ("Initial child protection case conference", "02/04/2025"),
            ("Category of registration", "Physical abuse (risk of)"),
            ("Key social worker", "Declan Moore"),
        ]),
        ("h1", "Summary of concerns (UNOCINI assessment)"),
        ("p", "On 21/03/2025 the nursery found a bruise on Conor's upper arm in the shape of fingertips. The "
              "parents' explanation (that Aoife pulled him) was not thought consistent with the injury by the "
              "paediatrician. Ryan smokes cannabis daily and has punched a door in front of the twins. The "
              "bedroom the twins share has black mould on two walls."),
        ("h1", "Children's views"),
        ("p", "Aoife and Conor are too young to give their views."),
        ("h1", "Child protection plan"),
        ("table", {
            "header": ["UNOCINI domain", "What will be done", "By whom", "By when", "How we will know",
                       "Our goal for the twins"],
            "widths": [3.2, 5.6, 3.9, 3.2, 5.0, 4.8],
            "rows": [
                ["Child's developmental needs",
                 "Full medical for Conor and follow-up of the skeletal survey, with the findings explained to "
                 "both parents",
                 "Community paediatrician Dr Niamh Quinn", "By 11/04/2025",
                 "Medical report shared with the social worker and the core group",
                 "Aoife and Conor are safe from harm, and any mark or bruise is seen and explained the same day."],
                [V,
                 "Check both twins for marks at each visit and record them on a body map",
                 "Health visitor Siobhan Kerr", "Every 2 weeks",
                 "Body maps on file; any mark reported to the social worker the same day",
                 V],
                [V,
                 "Unannounced visits to see both twins and the home",
                 "Social worker Declan Moore", "Weekly",
                 "Monitored",
                 V],
                ["Parents' capacity",
                 "Ryan to complete anger management work",
                 "Ryan Devlin", "When a place becomes available",
                 "Certificate of completion given to the social worker",
                 "Aoife and Conor are handled gently and calmly by Ciara and Ryan, with no rough handling and "
                 "no shouting."],
                [V,
                 "Ciara and Ryan to attend the Growing Together parenting course",
                 "Ciara McGarrity and Ryan Devlin", "12-week course from 29/04/2025",
                 "",
                 V],
                [V,
                 "Assess Ryan's cannabis use, give him regular drug tests and report to the core group",
                 "Drumcarragh Community Addictions Team, Padraig Lavery", "Assessment by 02/05/2025, then monthly",
                 "Written report to each core group with test results",
                 V],
                ["Family and environmental factors",
                 "Practical help at bath time and bedtime so the twins have a routine",
                 "Extended family", "Daily",
                 "Improvement in the home routine",
                 "Aoife and Conor have a calm, warm, mould-free bedroom and a bedtime routine every night."],
                [V,
                 "Drumcarragh Housing Partnership to be contacted about the mould in the twins' bedroom",
                 "", "ASAP",
                 "Mould treated and the bedroom checked by the social worker",
                 V],
            ],
        }),
        ("h1", "Contingency plan"),
        ("p", "Should there be further concerns, a strategy meeting will be convened."),
        ("h1", "Core group and review"),
        ("p", "The core group will meet every 4 weeks, first on 16/04/2025 at Drumcarragh Family Centre. The "
              "review child protection case conference will be held on 10/07/2025. If the core group finds "
              "that the parents have not made enough progress by the review, the key social worker will seek "
              "legal advice through the Trust's Gateway legal planning meeting."),
    ],
    "findings": [
        F("M002", "Unannounced visits to see both twins and the home"),
        F("T002", "Ryan to complete anger management work"),
        F("M001", "Ciara and Ryan to attend the Growing Together parenting course"),
        F("W002", "Practical help at bath time and bedtime so the twins"),
        F("M002", "Practical help at bath time and bedtime so the twins"),
        F("W001", "Drumcarragh Housing Partnership to be contacted about the mould"),
        F("T002", "Drumcarragh Housing Partnership to be contacted about the mould"),
        F("F003"),
        F("C002"),
    ],
})


# ---------------------------------------------------------------------------
# 11. Looked-after child's care plan, two-column Action | Update, child in
#     hospital with no visits at a stated frequency (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_foxhallow_lac_action_update_benn.docx",
    "doc_title": "Care Plan - Destiny Benn",
    "split": "tune",
    "template": "lac-care-plan-two-column-action-update",
    "description": (
        "Looked-after 14-year-old's care plan while she is on a hospital ward after an overdose, with a "
        "two-column Action | Update table carrying owners and dates in the update. The SW visits 'when his "
        "caseload allows' and the carers 'as often as they can'; a one-off IRO visit is not a visiting "
        "frequency; 'ongoing' with 'keep an eye on'; no core group or review conference."
    ),
    "blocks": [
        ("title", "Care Plan (Looked After Child)"),
        ("p", "Foxhallow City Council – Children in Care Team"),
        ("kv", [
            ("Young person", "Destiny Benn, born 30/08/2010 (14)"),
            ("Legal status", "Accommodated under section 20 since 05/11/2024, with her mother's agreement"),
            ("Placement", "Jan and Phil Morrow, Foxhallow foster carers"),
            ("Current location", "Ward 12 (adolescent ward), Foxhallow General Hospital, since 20/03/2025"),
            ("Social worker", "Marcus Bell"),
            ("IRO", "Sandra Kirk"),
            ("Date of plan", "26/03/2025"),
        ]),
        ("h1", "What has happened"),
        ("p", "On 20/03/2025 Destiny took an overdose of paracetamol at her foster home and was admitted. She "
              "is medically fit but is staying on Ward 12 while CAMHS decide whether she needs an inpatient "
              "mental health bed. Destiny has asked not to see her mum while she is in hospital; Lorraine has "
              "agreed to write to her instead."),
        ("h1", "Destiny's views"),
        ("p", "Destiny said she \"didn't want to die, just wanted everything to stop for a bit\". She said the "
              "ward is \"boring and loud at night\" and that she wants to go back to Jan and Phil's, \"not a "
              "unit miles away\". She misses her dog at the Morrows' and her friend Kai. She wants her "
              "social worker to \"actually come and see me, not just ring\"."),
        ("h1", "What we want for Destiny"),
        ("bullets", [
            "Destiny is kept safe from harming herself while she is on the ward and when she leaves.",
            "Destiny goes back to a home where she feels wanted, with the mental health help she needs.",
            "Destiny keeps her school place and catches up with the work she has missed.",
        ]),
        ("h1", "Action plan"),
        ("table", {
            "header": ["Action", "Update"],
            "widths": [6.5, 10.5],
            "rows": [
                ["Social worker visits to Destiny on Ward 12",
                 "SW Marcus Bell will visit when his caseload allows; last visit 21/03/2025."],
                ["Foster carers to keep in touch with Destiny and bring her things from home",
                 "Jan and Phil Morrow (foster carers) will visit as often as they can. Destiny has asked for "
                 "her phone charger and grey hoodie."],
                ["CAMHS assessment of Destiny's mental health and risk before discharge",
                 "Dr Imran Qadir, CAMHS liaison psychiatrist, to assess by 04/04/2025 and share a written risk "
                 "assessment and recommendation (Tier 4 bed or discharge home) with the SW and IRO."],
                ["Education: keep Destiny's school place and get work sent to the ward",
                 "Virtual School (Head, Ms Carla Pike). No update yet."],
                ["IRO to see Destiny before her looked after review",
                 "IRO Sandra Kirk will see Destiny on the ward before the review on 17/04/2025 and add her "
                 "notes to the review record."],
                ["Destiny's views about where she lives after discharge",
                 "Advocate Jodie Marr (Foxhallow Advocacy) to meet Destiny by 11/04/2025 and write up her "
                 "views for the looked after review."],
                ["Keep an eye on Destiny's mood and risk of self-harm on the ward",
                 "Ward 12 nursing staff – ongoing."],
            ],
        }),
        ("h1", "If things go wrong"),
        ("p", "If Destiny tries to leave the ward or harms herself, ward staff will follow the hospital's "
              "missing protocol, ring the police and tell the SW (or the emergency duty team out of hours) "
              "within the hour. If she is discharged before a placement is agreed, she will go back to Jan and "
              "Phil with a 1:1 support worker for the first week. If Lorraine withdraws her section 20 consent, "
              "the SW will request a legal planning meeting the same day."),
        ("h1", "Reviews"),
        ("p", "Looked after review: 17/04/2025, on Ward 12 if Destiny is still there, chaired by Sandra Kirk."),
    ],
    "findings": [
        F("T002", "Social worker visits to Destiny on Ward 12"),
        F("M001", "Social worker visits to Destiny on Ward 12"),
        F("T002", "Foster carers to keep in touch with Destiny and bring her things"),
        F("M001", "Foster carers to keep in touch with Destiny and bring her things"),
        F("T001", "Education: keep Destiny's school place and get work sent"),
        F("M001", "Education: keep Destiny's school place and get work sent"),
        F("T002", "Keep an eye on Destiny's mood and risk of self-harm"),
        F("M002", "Keep an eye on Destiny's mood and risk of self-harm"),
        F("L001"),
        F("R001"),
    ],
})


# ---------------------------------------------------------------------------
# 12. Child-friendly "my plan" (md). Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_kilnworth_my_plan_dodd.md",
    "split": "tune",
    "template": "child-friendly-my-plan-table",
    "description": (
        "Exemplary child-friendly 'my plan' written to a 9-year-old (mother's drinking): her own words, "
        "outcomes from her point of view, a Who / When / How we'll know table with named people, real "
        "timescales and things you can see, the alcohol service reporting on change, grandad's help "
        "covered in a specific contingency, core group and review conference dates, legal planning meeting."
    ),
    "text": """\
# My plan – Skye Dodd

*Kilnworth Council Children's Services – child protection plan written for Skye (9).
Agreed at the initial child protection conference on 3 April 2025.*

## Hello Skye

This is your plan. It says what the grown-ups are going to do so that you are safe
and happy at home with Mum. Hannah (your social worker) will go through it with you,
and you can ask her to change the words if they don't make sense.

## What you told Hannah

- "When Mum drinks the wine she falls asleep and I make my own tea."
- "I don't like it when she shouts at the telly."
- "I love Grandad Ray's house because we play Uno and he makes proper dinners."
- "I want to stay with Mum but I want her to stop the wine."
- You gave home a 4 out of 10 for feeling safe, and school a 9.

## Why there is a plan

Mum has been drinking a lot of alcohol, most days. Some evenings she has been too
drunk to look after you, and once in March you walked to Grandad's in the dark on
your own. The grown-ups at the conference were worried that you could get hurt or
go without food.

## What we want to be better for you

- You come home to a Mum who is sober, awake and has tea ready for you.
- You never have to look after yourself in the evenings or walk anywhere on your own in the dark.
- You feel safe at home, and you give home a 7 out of 10 or more when Hannah asks you.
- Your asthma is looked after and you have your inhaler at school.

## Who is going to do what

| What | Who | When | How we'll know |
|---|---|---|---|
| Come and see you at home and at school, and talk to you on your own | Hannah Yates, your social worker | Every 2 weeks, at least one visit a month without telling Mum first | Hannah's visit notes show you were seen on your own every time, and your safety score is written down |
| Stop drinking alcohol and do a breath test when Ben visits | Mum (Kelly Dodd) | Breath test twice a week, from 7 April 2025 | Ben's results show every test is zero |
| Do Mum's breath tests, work with her on stopping drinking, and tell the core group whether she can keep it up | Ben Achebe, Kilnworth Alcohol Service | Twice a week; written report before each core group | Report to each core group with every result and Ben's view of how likely Mum is to stay sober |
| Make sure you get to school on time after breakfast | Mum (Kelly Dodd) | Every school day | School register shows you in by 8.50am on at least 19 of every 20 days |
| Worry box and a check-in with you every Monday | Mrs Anita Shah, school safeguarding lead (DSL) | Every Monday | Check-in notes; Mrs Shah tells Hannah the same day if you are worried |
| Pick you up from after-school club on Wednesdays and have you for tea | Grandad Ray (Ray Dodd) | Every Wednesday | Grandad signs the club's pick-up book |
| Check your asthma plan and your inhaler at school | School nurse Gail Owusu | By 30 May 2025 | Asthma plan in the school office and your inhaler in date |

## If things get worse

- If Mum drinks while she is looking after you, or one of Ben's breath tests is not
  zero, you will go to Grandad Ray's that day, and Hannah will hold a meeting with the
  police and the other grown-ups (a strategy discussion) within one working day.
- If Grandad Ray can't have you, you will stay with Auntie Jo (Joanne Dodd), who has
  said yes and been checked by Hannah. If neither of them can, you will stay with
  foster carers the council knows, and Hannah will tell you who they are.
- If things are not better by the review conference, Hannah's manager will ask for a
  legal planning meeting with the council's lawyers.

## When we will meet

- **Core group** (Mum, Hannah, Ben, Mrs Shah, Grandad Ray): every 4 weeks – 1 May,
  29 May and 26 June 2025.
- **Review child protection conference:** 17 July 2025. You can come for part of it,
  or Hannah can read out what you want to say.
""",
    "findings": [],
})
