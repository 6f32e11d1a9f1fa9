"""Batch 5, module 1: four fictional files (tuning material).

Everything here is made up: children, families, professionals, services and
councils. Labels were written by hand from docs/rules.md and the conventions
in sample_plans/README.md, without running planlint or reading its code.
"""
from build_batch5 import F, V

PLANS = []


# ---------------------------------------------------------------------------
# 1. "Who and when" column (owner + date in one cell), outcome column in the
#    child's words merged vertically (docx)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_harrowdene_who_and_when_okonjo.docx",
    "doc_title": "Child Protection Plan - Ellie Okonjo",
    "split": "tune",
    "template": "who-and-when-merged-child-outcome",
    "description": (
        "ICPC plan for a 4-year-old (neglect; mother's depression, partner's cannabis use). "
        "Owner and date share a 'Who and when' cell; 'What we want for Ellie' is merged down the rows. "
        "One cell has only an owner, one only a date, one says 'ongoing'; a core group owner, a "
        "'Monitored' measure, a support-only mental health row and one adult-only outcome."
    ),
    "check_vmerge": 4,
    "blocks": [
        ("title", "Child Protection Plan"),
        ("p", "Harrowdene Council – Children and Families Service"),
        ("kv", [
            ("Child", "Ellie Okonjo, born 02/09/2020 (4 years)"),
            ("Lives with", "Grace Okonjo (mum) and Callum Reid (mum's partner), Flat 6, Pellow Court"),
            ("Conference", "Initial child protection conference, 10/03/2025"),
            ("Category", "Neglect"),
            ("Social worker", "Tomasz Wrobel, Harrowdene Children and Families Service"),
        ]),
        ("h1", "Why we are worried"),
        ("p", "Ellie has come into nursery hungry on most Mondays since Christmas and has worn the same "
              "clothes for several days at a time. Grace told her GP in February that she feels low most "
              "days, and she stopped taking her sertraline in January. Callum smokes cannabis in the flat "
              "most evenings, and on two home visits Ellie was alone in the living room while both adults "
              "were asleep at 11am."),
        ("h1", "What Ellie told me at nursery"),
        ("p", "I saw Ellie on her own in the nursery's quiet room on 4 March. She told me \"Mummy sleeps on "
              "the sofa a lot\" and \"I get my own cereal\". She said the best bit of nursery is \"the toast "
              "and the big bikes\". When I asked who looks after her when Mummy is tired she said "
              "\"Callum, but he's in his room\". She drew her flat with herself at the window."),
        ("h1", "The plan"),
        ("table", {
            "header": ["What will happen", "Who and when", "How will we know", "What we want for Ellie"],
            "widths": [5.2, 3.6, 4.4, 3.8],
            "rows": [
                ["Visit Ellie at home, see her bedroom and the food cupboards, and talk to her on her own",
                 "SW Tomasz Wrobel – every 10 working days",
                 "Visit records show Ellie seen alone and food in the cupboards at each visit",
                 "\"I want breakfast and tea every day, clean clothes, and a grown-up who is up and ready "
                 "to look after me.\""],
                ["Make sure Ellie gets to nursery by 9.15am with breakfast eaten or a snack packed",
                 "Grace – every nursery day from 17/03/2025",
                 "Nursery register shows Ellie in by 9.15am on at least 9 of every 10 days",
                 V],
                ["Home visits to help Grace plan meals and a morning routine",
                 "FSW Dana Reyes – ongoing",
                 "Weekly meal plan on the fridge; FSW checklist shows the morning routine followed",
                 V],
                ["Check Ellie's weight, height and development",
                 "HV Maureen Tate",
                 "Measurements plotted in the red book; ASQ-3 completed and shared with the SW",
                 "\"I want to be healthy and big enough for big school in September.\""],
                ["Book Ellie's dental check and her overdue pre-school booster",
                 "by 28/03/2025",
                 "Dental and immunisation records updated and copied to the SW",
                 V],
                ["Weekly support sessions for Grace with her low mood",
                 "Primary care mental health practitioner Lewis Ogden – weekly",
                 "Attendance recorded",
                 "Grace feels less low and Callum stops using cannabis."],
                ["Assess Callum's cannabis use and agree a plan for him to stop using in the flat",
                 "Step Forward drug service, Ruth Nyambura – assessment by 24/03/2025, then fortnightly",
                 "Written update to each core group on Callum's use and whether cannabis is kept in the flat",
                 V],
                ["Share any worries about Ellie's care with the SW on the same day",
                 "Core group – same day",
                 "Worries logged on Ellie's file with the date and what was done",
                 "\"I want the grown-ups to notice quickly if I am hungry or on my own.\""],
                ["Keep an eye on Ellie's presentation at nursery",
                 "Nursery manager Fiona Cole – daily",
                 "Monitored",
                 V],
            ],
        }),
        ("h1", "What we will do if things don't get better"),
        ("p", "If Ellie arrives at nursery hungry or unwashed on three days in any fortnight, or Grace or "
              "Callum is found unable to wake to look after her, the SW (or the emergency duty team out of "
              "hours) will visit the same day. Ellie will stay with her aunt, Blessing Okonjo, who was "
              "assessed and agreed at conference, while a strategy discussion is held within 24 hours, and "
              "the SW will ask the team manager for a legal planning meeting within 5 working days."),
        ("h1", "When we will meet again"),
        ("bullets", [
            "Core group: every 4 weeks; first meeting 20/03/2025 at Little Acorns Nursery, then 17/04/2025 and 15/05/2025.",
            "Review child protection conference: 05/06/2025, 10am, Harrowdene Civic Centre.",
            "If Grace has not restarted treatment and Ellie's attendance has not improved by the second "
            "core group, the SW will request a legal planning meeting.",
        ]),
    ],
    "findings": [
        F("T002", "Home visits to help Grace plan meals and a morning routine"),
        F("T001", "Check Ellie's weight, height and development"),
        F("W001", "Book Ellie's dental check and her overdue pre-school booster"),
        F("H001", "Weekly support sessions for Grace with her low mood"),
        F("F002", "Grace feels less low and Callum stops using cannabis"),
        F("W002", "Share any worries about Ellie's care with the SW"),
        F("M002", "Keep an eye on Ellie's presentation at nursery"),
    ],
})


# ---------------------------------------------------------------------------
# 2. Pre-birth plan, "Lead / by when" column, PDF with header and page
#    footer on every page. Exemplary.
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_lyndhaven_lead_by_when_prebirth_adeyemi.pdf",
    "doc_title": "Pre-birth Child Protection Plan - Baby Adeyemi",
    "split": "tune",
    "template": "prebirth-lead-by-when-paged",
    "description": (
        "Exemplary pre-birth plan (mother's bipolar disorder; 7-year-old brother) with a 'Lead / by when' "
        "column, OFFICIAL-SENSITIVE header and 'Page N of M' footer on every page: named leads, real "
        "timescales, observable measures, perinatal team asked to assess change, grandmother's support "
        "covered in a specific contingency, core group and review dates, legal planning meeting."
    ),
    "header": "OFFICIAL-SENSITIVE | Lyndhaven Children's Services | Case ref LYN-CP-25-0417",
    "footer": "Pre-birth child protection plan – Page {PAGE} of {NUMPAGES}",
    "min_pages": 2,
    "blocks": [
        ("title", "Pre-birth Child Protection Plan"),
        ("kv", [
            ("Unborn baby", "Baby Adeyemi, due 06/06/2025"),
            ("Brother", "Tobi Adeyemi, born 14/01/2018 (7 years), Year 2 at Lyndhaven Primary"),
            ("Mother", "Funmi Adeyemi (24)"),
            ("Baby's father", "Daniel Mensah (27), lives separately, visits daily"),
            ("Conference", "Pre-birth initial child protection conference, 13/03/2025"),
            ("Category", "Neglect (risk of)"),
            ("Social worker", "Rachel Imrie, Lyndhaven Children's Services"),
        ]),
        ("h1", "What we are worried about"),
        ("p", "Funmi has bipolar disorder. In 2022 she stopped her medication, became very unwell and was "
              "admitted to Larchfield Unit for six weeks; Tobi went to stay with his grandmother. Funmi has "
              "been well since then, but the risk of relapse is highest in the weeks after birth, and her "
              "medication plan has to change during pregnancy. If she became unwell with a newborn in the "
              "house, the baby could go unfed or be handled unsafely, and Tobi would again be caring for "
              "himself."),
        ("h1", "What is going well"),
        ("p", "Funmi goes to every antenatal appointment, takes her medication and has told professionals "
              "herself when she has felt her mood lifting. Tobi's attendance is 98%. Bisi Adeyemi, Tobi's "
              "grandmother, lives ten minutes away and cared for Tobi safely in 2022."),
        ("h1", "How Tobi sees things"),
        ("p", "I saw Tobi on his own at school on 6 March. He said he is \"a bit excited and a bit worried\" "
              "about the baby and that he wants to help with bath time. He remembered that when Mummy was "
              "poorly before he stayed with Nana Bisi, and said \"that was OK because she makes jollof and I "
              "had my own bed\". He said he worries Mummy will \"go quiet again\" and asked who he can tell "
              "if she does. We agreed it can be Mr Fields at school, Nana Bisi or me."),
        ("h1", "What we want for the baby and for Tobi"),
        ("bullets", [
            "The baby is born into a home where a well, awake adult is always there to feed, settle and "
            "keep the baby safe, day and night.",
            "The baby sleeps in a Moses basket on their back, is fed every 3–4 hours and gains weight "
            "along their centile.",
            "Tobi goes to school every day, is not left to look after himself or the baby, and knows who "
            "to tell if Mummy becomes unwell.",
        ]),
        ("pagebreak",),
        ("h1", "What needs to happen"),
        ("table", {
            "header": ["What needs to happen", "Lead / by when", "How we will know it has happened and made a difference"],
            "widths": [6.4, 4.4, 6.2],
            "rows": [
                ["See Funmi fortnightly, agree her medication plan for late pregnancy and after the birth, "
                 "and assess whether she can keep herself and the baby well",
                 "Dr Hannah Croft, perinatal psychiatrist – fortnightly; written assessment by 25/04/2025",
                 "Written assessment of Funmi's capacity to change, her early warning signs and the likely "
                 "timescale, shared with the core group by 25/04/2025"],
                ["Check Funmi's lithium levels and repeat her prescriptions only in 28-day amounts",
                 "GP Dr Sanjay Mehra – monthly until the birth",
                 "Blood results and prescription dates sent to the perinatal team and SW each month"],
                ["Write a birth and discharge plan, including who stays with Funmi and the baby on the ward",
                 "Safeguarding midwife Karen Oduya – by 02/05/2025 (36 weeks)",
                 "Signed plan on the maternity record and copied to the SW and the emergency duty team"],
                ["Visit Funmi and Tobi at home, see Tobi on his own, and check the baby's sleeping space",
                 "SW Rachel Imrie – every 2 weeks until the birth, then weekly",
                 "Visit records show Tobi seen alone each visit and the Moses basket set up by 36 weeks"],
                ["Antenatal visit on safe sleep and feeding, then the new birth visit",
                 "HV Gemma Pryce – antenatal visit by 18/04/2025; new birth visit on day 10–14",
                 "Safe sleep checklist signed; baby's weight recorded at the new birth visit"],
                ["Stay overnight with Funmi and the baby and help with night feeds",
                 "Bisi Adeyemi (maternal grandmother) – every night for the first 14 nights after discharge",
                 "Night-feed chart on the fridge, checked by the SW and HV at each visit"],
                ["Ring the SW and the perinatal team if Funmi sleeps less than 3 hours on two nights running "
                 "or stops her medication",
                 "Daniel Mensah (baby's father) – the same day",
                 "Calls logged on the case record with the time and what was done"],
                ["Weekly check-in with Tobi and pass on anything he says about home",
                 "DSL Aaron Fields, Lyndhaven Primary – weekly, every Monday",
                 "Check-in notes record what Tobi says; any worry passed to the SW the same day"],
            ],
        }),
        ("h1", "If things start to go wrong"),
        ("p", "If Funmi stops her medication, goes two nights with less than 3 hours' sleep, or the perinatal "
              "team see early signs of relapse, the SW will hold a strategy discussion the same day. Tobi "
              "and the baby will stay with Bisi, and Funmi will be offered an admission to the Larchfield "
              "mother and baby unit with the baby. If Bisi cannot stay overnight or becomes unwell herself, "
              "the baby and Tobi will be placed together with approved foster carers the same day, and the "
              "SW will request a legal planning meeting within 5 working days."),
        ("h1", "Checking how it's going"),
        ("bullets", [
            "Core group: every 3 weeks, on 27/03/2025, 17/04/2025, 08/05/2025 and 29/05/2025, then within "
            "10 working days of the birth.",
            "Review child protection conference: 19/06/2025, 2pm, Lyndhaven Town Hall.",
            "If the perinatal assessment says Funmi is not managing the changes needed, or the birth plan is "
            "not agreed by 36 weeks, the team manager will request a legal planning meeting (pre-proceedings) "
            "before the birth.",
        ]),
    ],
    "findings": [],
})


# ---------------------------------------------------------------------------
# 3. Case-system export: Task / Assigned / Due / Evidence blocks (txt)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_merstock_task_export_frazer.txt",
    "split": "tune",
    "template": "task-assigned-due-evidence-export",
    "description": (
        "Case-system print of a review CP plan for two siblings (father's drinking) with one "
        "Task/Assigned/Due/Evidence block per task, wrapped lines and abbreviations. Blank Assigned, "
        "Due and Evidence lines, 'asap', 'Family', 'engagement'; grandmother's pick-ups with no fallback, "
        "a vague contingency, no legal step, no adult service owning an action, one adult outcome."
    ),
    "text": """\
MERSTOCK CITY COUNCIL - CHILDREN'S SOCIAL CARE
Case Management System 7.3   |  Report: CP PLAN (PRINT VIEW)
Printed: 14/04/2025 16:02   by: JPOWELL
====================================================================
Child:        Kacey FRAZER   DOB 11/11/2016 (8y)   ID 4471902
Child:        Reece FRAZER   DOB 03/05/2019 (5y)   ID 4471903
Plan type:    Child Protection - Review (RCPC 09/04/2025)
Category:     Neglect
Key worker:   J Powell (SW)
Team:         Merstock North Safeguarding Team
====================================================================

[SECTION] CONCERNS
  Dad (Gary Frazer) drinks most days, usually from lunchtime. Police
  called x2 (Jan & Feb 25) to reports of shouting at the address. Home
  conditions poor on 3 of 5 visits. Both children often late to school
  and Reece has untreated tooth decay. Mum (Nicola Frazer) works
  evening shifts at the Co-op so Gary is often sole carer 4pm-10pm.

[SECTION] CHILD'S VIEWS
  Kacey (seen alone at school 02/04/25): said she worries when Dad
  "gets shouty" and that she likes it when Nan picks them up because
  "we have tea at the table". Reece (seen with Kacey): said his tooth
  hurts "when I eat crunchy things" and pointed to a back tooth.

[SECTION] OUTCOMES
  1. Kacey and Reece get to school on time every day and are not
     hungry.
  2. Reece's teeth are treated and he is not in pain.
  3. Gary will reduce his drinking and engage with services.

[SECTION] TASKS
Task 01
  Task:      Unannounced home visits to see Kacey and Reece, incl.
             bedrooms and kitchen; see both children alone
  Assigned:  J Powell (SW)
  Due:       fortnightly
  Evidence:  Visit recs - children seen alone; home conditions tool
             score 3 or above
Task 02
  Task:      Book and take Reece to emergency dental appt
  Assigned:  Nicola Frazer (mum)
  Due:       asap
  Evidence:  Dental letter confirming treatment sent to SW
Task 03
  Task:      Attend Recovery Hub drop-in re alcohol use
  Assigned:  Gary Frazer (dad)
  Due:       by 30/04/2025
  Evidence:  engagement
Task 04
  Task:      Log lateness and any signs of hunger and pass to SW
             wkly
  Assigned:  DSL Mrs K Anand, Merstock Juniors
  Due:       wkly (Fridays)
  Evidence:  Attendance and lateness figures emailed to SW every Fri
Task 05
  Task:      Walk the children to school on the days Dad has been
             drinking
  Assigned:  Family
  Due:       every school day
  Evidence:  School register shows both children in by 8.50am
Task 06
  Task:      After-school pick up Tue/Thu and tea at Nan's house
  Assigned:  Pat Frazer (PGM)
  Due:       Tue & Thu each week
  Evidence:
Task 07
  Task:      Home conditions and routines work with parents (6
             sessions)
  Assigned:
  Due:       w/c 21/04/2025, then wkly x6
  Evidence:  Home conditions tool completed at sessions 1 and 6
Task 08
  Task:      Parenting assessment of Nicola and Gary
  Assigned:  J Powell (SW)
  Due:
  Evidence:  Written report to RCPC

[SECTION] CONTINGENCY
  If things do not improve the case will be discussed with the team
  manager and next steps considered.

[SECTION] REVIEW
  Core group: monthly - next 24/04/2025, 22/05/2025, 19/06/2025
  RCPC: 09/07/2025

-- END OF REPORT --  Page 1 of 1
""",
    "findings": [
        F("T002", "Book and take Reece to emergency dental appt"),
        F("M002", "Attend Recovery Hub drop-in re alcohol use"),
        F("W002", "Walk the children to school on the days Dad has been drinking"),
        F("M001", "After-school pick up Tue/Thu and tea at Nan's house"),
        F("W001", "Home conditions and routines work with parents (6 sessions)"),
        F("T001", "Parenting assessment of Nicola and Gary"),
        F("F002", "Gary will reduce his drinking and engage with services"),
        F("F004"),
        F("C002"),
        F("C003"),
        F("R002"),
    ],
})


# ---------------------------------------------------------------------------
# 4. Not a plan: a team's duty rota note (md)
# ---------------------------------------------------------------------------
PLANS.append({
    "name": "b5_selbridge_duty_rota_note_patel.md",
    "split": "tune",
    "template": "not-a-plan-duty-rota",
    "description": (
        "Not a plan: a team manager's duty rota note with names, days and deadlines but no child "
        "and no child's plan."
    ),
    "not_a_plan": True,
    "text": """\
# Duty rota – Selbridge Assessment Team

**Weeks commencing 7 and 14 April 2025**
From: Bev Patel, Team Manager

Hi all – here's the rota for the next fortnight. Easter has made it messy,
so please check your days carefully.

| Day | Duty SW | Back-up | Manager on call |
|---|---|---|---|
| Mon 07/04 | Kwame Asante | Lucy Tran | Bev Patel |
| Tue 08/04 | Ffion Jarvis | Kwame Asante | Bev Patel |
| Wed 09/04 | Lucy Tran | Oisin Bell | Hamid Sarwar |
| Thu 10/04 | Oisin Bell | Ffion Jarvis | Hamid Sarwar |
| Fri 11/04 | Kwame Asante | Lucy Tran | Bev Patel |
| Mon 14/04 | Ffion Jarvis | Oisin Bell | Hamid Sarwar |
| Tue 15/04 | Lucy Tran | Kwame Asante | Bev Patel |
| Wed 16/04 | Oisin Bell | Ffion Jarvis | Bev Patel |
| Thu 17/04 | Kwame Asante | Oisin Bell | Hamid Sarwar |
| Fri 18/04 | Bank holiday – EDT cover from 5pm Thursday | – | – |

## Reminders

- If you need to swap a duty day, agree it with a colleague and tell me by
  Thursday lunchtime so the front door team have the right name.
- Duty SW: please keep the duty phone on you and log every contact on the
  system the same day.
- Back-up: you pick up any second strategy discussion that comes in while
  duty is out on a visit.
- Annual leave requests for May half term need to be in by 25 April.
- The pool car (Corsa) is booked for the Wednesday duty worker both weeks.

Thanks – Bev
""",
    "findings": [],
})
